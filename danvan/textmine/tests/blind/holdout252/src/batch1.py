from lib import *
PAGES = []

PAGES.append(page("b6005-thaibinh-hnd-tongket-2011", """
HỘI NÔNG DÂN TỈNH THÁI BÌNH
Trang chủ > Tin tức > Hoạt động Hội
Thứ Năm, 29/12/2011 - 16:20
Ảnh: Toàn cảnh hội nghị tổng kết.
Thái Bình: Quỹ Hỗ trợ nông dân tăng trưởng mạnh trong năm 2011
Ngày 27/12/2011, Ban Thường vụ Hội Nông dân tỉnh Thái Bình tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Phạm Văn Thắm, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Trần Thị Huê, Phó Trưởng Ban Dân vận Tỉnh ủy và 96 đại biểu là chủ tịch, phó chủ tịch Hội Nông dân các huyện, thành phố và hội viên tiêu biểu.
Báo cáo do đồng chí Vũ Đức Lợi, Phó Chủ tịch Hội Nông dân tỉnh trình bày cho biết, năm 2011 các cấp Hội tập trung thực hiện Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư và Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ về việc Hội Nông dân Việt Nam trực tiếp thực hiện và phối hợp thực hiện một số chương trình, dự án phát triển kinh tế, văn hóa, xã hội nông thôn. Ban Thường vụ Hội Nông dân tỉnh ban hành Kế hoạch 38, 39-KH/HNDT về phát động phong trào nông dân thi đua sản xuất kinh doanh giỏi và về vận động xây dựng Quỹ Hỗ trợ nông dân.
Toàn tỉnh có 142.600 hộ đăng ký phấn đấu đạt danh hiệu nông dân sản xuất kinh doanh giỏi các cấp; kết quả bình xét có 68.410 hộ đạt danh hiệu, trong đó 2.315 hộ nông dân sản xuất kinh doanh giỏi cấp tỉnh, tăng 12% so với năm 2010. Nhiều hộ có thu nhập trên 1 tỷ đồng mỗi năm.
Quỹ Hỗ trợ nông dân các cấp huy động thêm 4,2 tỷ đồng, nâng tổng nguồn vốn lên 18,6 tỷ đồng; đã cho vay 61 dự án với 1.127 hộ vay vốn, tỷ lệ nợ quá hạn chỉ 0,4%. Hội còn phối hợp với Ngân hàng Chính sách xã hội quản lý dư nợ ủy thác khoảng 1.080 tỷ đồng.
Tại hội nghị, ông Đào Văn Chiến, Chủ tịch Hội Nông dân huyện Kiến Xương, cho biết huyện đã thành lập 14 tổ hợp tác và 9 câu lạc bộ nông dân sản xuất kinh doanh giỏi. Bà Trần Thị Nhung, chủ trang trại nuôi lợn ở xã Vũ Hội, kể gia đình vay 50 triệu đồng từ Quỹ Hỗ trợ nông dân để mở rộng chuồng trại, nay thu lãi trên 300 triệu đồng mỗi năm và tạo việc làm cho 8 lao động địa phương.
Phát biểu chỉ đạo, đồng chí Trần Thị Huê đề nghị các cấp Hội tiếp tục thực hiện Chỉ thị số 12-CT/TU ngày 5/8/2011 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác Hội Nông dân, phấn đấu năm 2012 tăng nguồn Quỹ thêm ít nhất 3 tỷ đồng và nhân rộng các mô hình liên kết sản xuất.
Dịp này, Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 5 tập thể, 7 cá nhân; Hội Nông dân tỉnh tặng Giấy khen cho 32 tập thể và 58 hộ nông dân sản xuất kinh doanh giỏi tiêu biểu. Các đồng chí Ủy viên Ban Thường vụ Hội Nông dân tỉnh: Bùi Văn Tuấn, Lê Thị Hằng, Đỗ Quang Vinh công bố các quyết định khen thưởng.
Minh Hà
Lượt xem: 1.245
Tin liên quan
- Hưng Hà: 200 hộ được vay vốn Quỹ Hỗ trợ nông dân (12/12/2011)
- Tập huấn kỹ thuật nuôi gà an toàn sinh học cho 150 hội viên (30/11/2011)
- Hội Nông dân Đông Hưng tổ chức đại hội điểm (15/11/2011)
""", "2011-12-29", "Thái Bình: Quỹ Hỗ trợ nông dân tăng trưởng mạnh trong năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Phạm Văn Thắm", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Thị Huê", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Đức Lợi", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Đào Văn Chiến", "Chủ tịch Hội Nông dân huyện Kiến Xương"),
 P("Trần Thị Nhung", "chủ trang trại nuôi lợn"),
 P("Bùi Văn Tuấn", "Ủy viên Ban Thường vụ Hội Nông dân tỉnh"),
 P("Lê Thị Hằng", "Ủy viên Ban Thường vụ Hội Nông dân tỉnh"),
 P("Đỗ Quang Vinh", "Ủy viên Ban Thường vụ Hội Nông dân tỉnh")],
[Q("96 đại biểu", 96, "đại biểu"), Q("142.600 hộ", 142600, "hộ"), Q("68.410 hộ", 68410, "hộ"),
 Q("2.315 hộ nông dân sản xuất kinh doanh giỏi cấp tỉnh", 2315, "hộ nông dân sản xuất kinh doanh giỏi cấp tỉnh"),
 Q("12%", 12, "%"), Q("trên 1 tỷ đồng", 1000000000, "đồng", "over"), Q("4,2 tỷ đồng", 4200000000, "đồng"),
 Q("18,6 tỷ đồng", 18600000000, "đồng"), Q("61 dự án", 61, "dự án"), Q("1.127 hộ", 1127, "hộ"), Q("0,4%", 0.4, "%"),
 Q("khoảng 1.080 tỷ đồng", 1080000000000, "đồng", "approx"), Q("14 tổ hợp tác", 14, "tổ hợp tác"),
 Q("9 câu lạc bộ nông dân sản xuất kinh doanh giỏi", 9, "câu lạc bộ nông dân sản xuất kinh doanh giỏi"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("trên 300 triệu đồng", 300000000, "đồng", "over"), Q("8 lao động", 8, "lao động"),
 Q("ít nhất 3 tỷ đồng", 3000000000, "đồng", "over"), Q("5 tập thể", 5, "tập thể"), Q("7 cá nhân", 7, "cá nhân"),
 Q("32 tập thể", 32, "tập thể"), Q("58 hộ nông dân sản xuất kinh doanh giỏi tiêu biểu", 58, "hộ nông dân sản xuất kinh doanh giỏi tiêu biểu")],
[D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 3/12/2009"),
 D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg ngày 10/5/2011"),
 D("Kế hoạch", "38", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 38, 39-KH/HNDT"),
 D("Kế hoạch", "39", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 38, 39-KH/HNDT"),
 D("Chỉ thị", "12", "CT/TU", "2011-08-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 5/8/2011")],
[prov("Thái Bình"), com("Vũ Hội")],
["HỘI NÔNG DÂN TỈNH THÁI BÌNH", "Trang chủ > Tin tức > Hoạt động Hội", "Ảnh: Toàn cảnh hội nghị tổng kết.", "Lượt xem: 1.245",
 "Quỹ Hỗ trợ nông dân", "Ngân hàng Chính sách xã hội"],
["Thứ Năm, 29/12/2011 - 16:20", "năm 2011", "năm 2012", "năm 2010", "Lượt xem: 1.245"]))

PAGES.append(page("b6006-nghean-hnd-bieuduong-2012", """
Báo Nghệ An điện tử
Thời sự | Nông nghiệp - Nông thôn | Hội Nông dân
Cập nhật: 09:42, 18/10/2012 (GMT+7)
Yên Thành biểu dương 150 nông dân sản xuất kinh doanh giỏi
(Baonghean) - Ngày 16/10, Hội Nông dân huyện Yên Thành tổ chức Hội nghị biểu dương nông dân sản xuất kinh doanh giỏi năm 2012. Dự hội nghị có đồng chí Hồ Văn Lực, Phó Chủ tịch Hội Nông dân tỉnh Nghệ An; các đồng chí Nguyễn Đình Sơn, HUV, Phó Chủ tịch UBND huyện và Phan Thị Thủy, HUV, Trưởng Ban Dân vận Huyện ủy Yên Thành.
Đồng chí Hồ Văn Lực trao giấy khen cho các hộ tiêu biểu. Ảnh: Hữu Thắng
Theo báo cáo của Hội Nông dân huyện, thực hiện Nghị quyết số 05-NQ/HU ngày 12/4/2011 của Ban Chấp hành Đảng bộ huyện về phát triển nông nghiệp hàng hóa và Kế hoạch số 27-KH/HND của Ban Thường vụ Hội Nông dân huyện, phong trào thi đua sản xuất kinh doanh giỏi đã lan rộng ở 39 xã, thị trấn. Năm 2012 toàn huyện có 21.460 hộ đăng ký, 11.380 hộ đạt danh hiệu các cấp, chiếm 53% số hộ đăng ký; trong đó 38 hộ đạt cấp Trung ương, 312 hộ đạt cấp tỉnh.
Quỹ Hỗ trợ nông dân huyện hiện có 2,35 tỷ đồng, đang cho 214 hộ vay để chăn nuôi bò, trồng lạc, làm dịch vụ; bình quân mỗi hộ vay 11 triệu đồng. Hội cũng phối hợp mở 45 lớp chuyển giao khoa học kỹ thuật cho gần 4.000 lượt hội viên theo Quyết định số 673/QĐ-TTg của Thủ tướng Chính phủ.
Đồng chí Lê Quang Hải, Chủ tịch Hội Nông dân huyện cho biết, nhiều hộ đã mạnh dạn đầu tư trang trại tổng hợp. Ông Hoàng Văn Đức, Chi hội trưởng Chi hội nông dân xóm 3, xã Phúc Thành, phát triển mô hình vườn - ao - chuồng với 1.200 con gà, 2 ha ao cá, mỗi năm lãi khoảng 250 triệu đồng. Chị Nguyễn Thị Lan ở xã Công Thành mở xưởng chế biến nông sản, tạo việc làm thường xuyên cho 15 lao động với mức lương 3 triệu đồng/người/tháng.
Phát biểu tại hội nghị, đồng chí Nguyễn Đình Sơn ghi nhận đóng góp của hội viên trong xây dựng nông thôn mới; đề nghị Hội Nông dân huyện tham mưu xây dựng đề án nâng nguồn vốn Quỹ Hỗ trợ nông dân lên 3 tỷ đồng vào năm 2013, gắn phong trào với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Dịp này, 150 nông dân sản xuất kinh doanh giỏi được Hội Nông dân huyện tặng giấy khen; UBND huyện tặng thưởng cho 12 tập thể có thành tích xuất sắc. Các đồng chí Phó Chủ tịch Hội Nông dân huyện: Đặng Văn Bình, Cao Thị Hoa trao thưởng cho các hộ.
Hữu Thắng - Thanh Nga
Tin khác
- Đô Lương: hội viên góp 1,2 tỷ đồng làm đường giao thông nội đồng (10/10/2012)
- Hội Nông dân tỉnh kiểm tra Quỹ Hỗ trợ nông dân tại Quỳnh Lưu (02/10/2012)
- Nghĩa Đàn ra mắt câu lạc bộ nông dân trồng cam (25/09/2012)
""", "2012-10-18", "Yên Thành biểu dương 150 nông dân sản xuất kinh doanh giỏi",
E("hoi_nghi", "2012", "2012-10-16"),
[P("Hồ Văn Lực", "Phó Chủ tịch Hội Nông dân tỉnh Nghệ An"),
 P("Nguyễn Đình Sơn", "HUV", "Phó Chủ tịch UBND huyện"),
 P("Phan Thị Thủy", "HUV", "Trưởng Ban Dân vận Huyện ủy Yên Thành"),
 P("Lê Quang Hải", "Chủ tịch Hội Nông dân huyện"),
 P("Hoàng Văn Đức", "Chi hội trưởng Chi hội nông dân xóm 3"),
 P("Nguyễn Thị Lan"),
 P("Đặng Văn Bình", "Phó Chủ tịch Hội Nông dân huyện"),
 P("Cao Thị Hoa", "Phó Chủ tịch Hội Nông dân huyện")],
[Q("150 nông dân sản xuất kinh doanh giỏi", 150, "nông dân sản xuất kinh doanh giỏi"), Q("39 xã, thị trấn", 39, "xã, thị trấn"),
 Q("21.460 hộ", 21460, "hộ"), Q("11.380 hộ", 11380, "hộ"), Q("53%", 53, "%"), Q("38 hộ", 38, "hộ"), Q("312 hộ", 312, "hộ"),
 Q("2,35 tỷ đồng", 2350000000, "đồng"), Q("214 hộ", 214, "hộ"), Q("11 triệu đồng", 11000000, "đồng"),
 Q("45 lớp", 45, "lớp"), Q("gần 4.000 lượt hội viên", 4000, "lượt hội viên", "approx"),
 Q("1.200 con gà", 1200, "con gà"), Q("2 ha", 2, "ha"), Q("khoảng 250 triệu đồng", 250000000, "đồng", "approx"),
 Q("15 lao động", 15, "lao động"), Q("3 triệu đồng", 3000000, "đồng"), Q("3 tỷ đồng", 3000000000, "đồng"),
 Q("12 tập thể", 12, "tập thể")],
[D("Nghị quyết", "05", "NQ/HU", "2011-04-12", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 05-NQ/HU ngày 12/4/2011"),
 D("Kế hoạch", "27", "KH/HND", None, "Ban Thường vụ Hội Nông dân huyện", "Kế hoạch số 27-KH/HND"),
 D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg")],
[prov("Nghệ An"), com("Phúc Thành"), com("Công Thành")],
["Báo Nghệ An điện tử", "Thời sự | Nông nghiệp - Nông thôn | Hội Nông dân", "(Baonghean)",
 "Đồng chí Hồ Văn Lực trao giấy khen cho các hộ tiêu biểu. Ảnh: Hữu Thắng",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["Cập nhật: 09:42, 18/10/2012 (GMT+7)", "năm 2012", "năm 2013"]))

PAGES.append(page("b6007-gialai-hnd-soket-2013", """
HỘI NÔNG DÂN TỈNH GIA LAI
Bạn đang ở: Trang chủ / Tin tức - Sự kiện
08:15 | 12/07/2013
Nông dân vùng đồng bào dân tộc thiểu số vươn lên làm giàu
Sáng 11/7, Hội Nông dân tỉnh Gia Lai tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Thanh Bình, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì; đồng chí Ksor Phơ, Ủy viên Ban Thường vụ, Phó Chủ tịch Hội Nông dân tỉnh đồng chủ trì.
Quang cảnh hội nghị sơ kết.
Báo cáo cho biết, 6 tháng qua các cấp Hội đã triển khai Nghị quyết số 08-NQ/TU ngày 15/6/2012 của Tỉnh ủy về phát triển nông nghiệp vùng đồng bào dân tộc thiểu số và Kế hoạch 112, 113-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh. Toàn tỉnh có 9.870 hộ đăng ký thi đua sản xuất kinh doanh giỏi, trong đó 3.410 hộ đồng bào dân tộc thiểu số; kết nạp 4.500 hội viên mới, nâng tỷ lệ tập hợp nông dân vào Hội lên 68%.
Quỹ Hỗ trợ nông dân tỉnh có tổng nguồn vốn 7,8 tỷ đồng, tăng 620 triệu đồng so với cuối năm 2012; đã giải ngân cho 126 hộ đồng bào dân tộc thiểu số vay để mua 1.600 con bò giống và chăm sóc cà phê, hồ tiêu. Hội phối hợp dạy nghề cho lao động nông thôn theo Quyết định số 1956/QĐ-TTg của Thủ tướng Chính phủ, mở 35 lớp với 1.050 học viên.
Tại hội nghị, nhiều ý kiến nêu cách làm hay. Đồng chí Puih H'Nga, Chủ tịch Hội Nông dân xã Ia Dêr, cho biết xã thành lập 6 tổ hợp tác trồng rau an toàn, thu nhập bình quân 40 triệu đồng/hộ/năm. Ông Rah Lan Hới, người có uy tín làng Kép, xã Ia Kreng, vay 20 triệu đồng từ Quỹ để nuôi bò sinh sản, nay đàn bò đã lên 9 con và giúp 5 hộ cùng làng có giống.
Các đồng chí Kpă Thuyên, Rơ Mah Blưnh - Phó Chủ tịch Hội Nông dân huyện Chư Păh đề nghị tăng nguồn vốn ủy thác để đáp ứng nhu cầu vay của khoảng 700 hộ còn đang chờ.
Kết luận hội nghị, đồng chí Nguyễn Thanh Bình yêu cầu 6 tháng cuối năm mỗi cơ sở Hội xây dựng ít nhất 1 mô hình kinh tế tập thể; vận động tăng Quỹ thêm 1,5 tỷ đồng; phấn đấu có trên 5.000 hộ đạt danh hiệu sản xuất kinh doanh giỏi các cấp. Đồng chí Siu Thị Blik, Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh, quán triệt hướng dẫn bình xét danh hiệu năm 2013.
Tuy nhiên, công tác thu hồi vốn ở một số huyện còn chậm, có 11 hộ nợ quá hạn với số tiền 95 triệu đồng; việc xây dựng chi hội nghề nghiệp còn lúng túng. Dịp này, Ban Thường vụ Hội Nông dân tỉnh tặng giấy khen cho 8 tập thể và 14 hộ nông dân sản xuất kinh doanh giỏi tiêu biểu trong đồng bào dân tộc thiểu số; ký Quy chế phối hợp số 03-QCPH với Chi nhánh Ngân hàng Chính sách xã hội tỉnh về quản lý nguồn vốn ủy thác.
H'Yên
Xem thêm
- Chư Sê: ra mắt tổ hợp tác trồng hồ tiêu (05/07/2013)
- Giải ngân 500 triệu đồng vốn Quỹ Hỗ trợ nông dân tại Đak Đoa (26/06/2013)
- Hội Nông dân Ia Pa tập huấn kỹ thuật trồng mì (14/06/2013)
""", "2013-07-12", "Nông dân vùng đồng bào dân tộc thiểu số vươn lên làm giàu",
E("so_ket", "2013-H1", "2013-07-11"),
[P("Nguyễn Thanh Bình", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Ksor Phơ", "Ủy viên Ban Thường vụ", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Puih H'Nga", "Chủ tịch Hội Nông dân xã Ia Dêr"),
 P("Rah Lan Hới", "người có uy tín làng Kép"),
 P("Kpă Thuyên", "Phó Chủ tịch Hội Nông dân huyện Chư Păh"),
 P("Rơ Mah Blưnh", "Phó Chủ tịch Hội Nông dân huyện Chư Păh"),
 P("Siu Thị Blik", "Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh")],
[Q("9.870 hộ", 9870, "hộ"), Q("3.410 hộ đồng bào dân tộc thiểu số", 3410, "hộ đồng bào dân tộc thiểu số"),
 Q("4.500 hội viên mới", 4500, "hội viên mới"), Q("68%", 68, "%"), Q("7,8 tỷ đồng", 7800000000, "đồng"),
 Q("620 triệu đồng", 620000000, "đồng"), Q("126 hộ đồng bào dân tộc thiểu số", 126, "hộ đồng bào dân tộc thiểu số"),
 Q("1.600 con bò giống", 1600, "con bò giống"), Q("35 lớp", 35, "lớp"), Q("1.050 học viên", 1050, "học viên"),
 Q("6 tổ hợp tác trồng rau an toàn", 6, "tổ hợp tác trồng rau an toàn"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("9 con", 9, "con"), Q("5 hộ", 5, "hộ"), Q("khoảng 700 hộ", 700, "hộ", "approx"),
 Q("ít nhất 1 mô hình kinh tế tập thể", 1, "mô hình kinh tế tập thể", "over"), Q("1,5 tỷ đồng", 1500000000, "đồng"),
 Q("trên 5.000 hộ", 5000, "hộ", "over"), Q("11 hộ", 11, "hộ"), Q("95 triệu đồng", 95000000, "đồng"),
 Q("8 tập thể", 8, "tập thể"), Q("14 hộ nông dân sản xuất kinh doanh giỏi tiêu biểu", 14, "hộ nông dân sản xuất kinh doanh giỏi tiêu biểu")],
[D("Nghị quyết", "08", "NQ/TU", "2012-06-15", "Tỉnh ủy", "Nghị quyết số 08-NQ/TU ngày 15/6/2012"),
 D("Kế hoạch", "112", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 112, 113-KH/HNDT"),
 D("Kế hoạch", "113", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 112, 113-KH/HNDT"),
 D("Quyết định", "1956", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1956/QĐ-TTg"),
 D("Quy chế phối hợp", "03", "QCPH", None, None, "Quy chế phối hợp số 03-QCPH")],
[prov("Gia Lai"), com("Ia Dêr"), com("Ia Kreng")],
["HỘI NÔNG DÂN TỈNH GIA LAI", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện", "Quang cảnh hội nghị sơ kết."],
["08:15 | 12/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm", "năm 2012", "năm 2013"]))

PAGES.append(page("b6008-soctrang-xavinhhai-traoqua-2014", """
Cổng thông tin điện tử xã Vĩnh Hải - thị xã Vĩnh Châu
Trang chủ :: Đoàn thể :: Hội Nông dân
Ngày đăng 20/01/2014 | 14:30
Hội Nông dân xã Vĩnh Hải trao 120 phần quà Tết cho hội viên nghèo
Sáng 18/01/2014, Hội Nông dân xã Vĩnh Hải phối hợp với Hội Nông dân thị xã Vĩnh Châu tổ chức thăm, chúc Tết và trao 120 phần quà Tết cho hội viên nông dân nghèo, cận nghèo người Khmer trên địa bàn xã. Mỗi phần quà trị giá 400.000 đồng gồm gạo, nước mắm, đường và tiền mặt; tổng trị giá 48 triệu đồng do các mạnh thường quân và hội viên sản xuất kinh doanh giỏi đóng góp.
Đồng chí Thạch Sa Mết trao quà cho hội viên ấp Prey Chóp.
Đến dự và trao quà có các đồng chí Thạch Sa Mết, Bí thư Đảng ủy, Chủ tịch HĐND xã; Trần Văn Tám, Phó Chủ tịch Hội Nông dân thị xã Vĩnh Châu; Sơn Ngọc Hên, Phó Chủ tịch UBND xã Vĩnh Hải.
Thực hiện Hướng dẫn 05, 06-HD/HNDT của Ban Thường vụ Hội Nông dân tỉnh Sóc Trăng và Kế hoạch số 03-KH/HND ngày 6/1/2014 của Ban Chấp hành Hội Nông dân xã về chăm lo Tết cho hội viên, Hội đã rà soát, lập danh sách 82 hộ nghèo và 38 hộ cận nghèo để trao quà. Bên cạnh đó, Hội trao 3 con bò giống cho 3 hộ hội viên nghèo từ nguồn vốn Quỹ Hỗ trợ nông dân xã, mỗi con trị giá khoảng 12 triệu đồng.
Bà Lâm Thị Sa Rươl, Chủ tịch Hội Nông dân xã, cho biết năm 2013 xã có 1.642 hội viên, trong đó 412 hộ đạt danh hiệu nông dân sản xuất kinh doanh giỏi các cấp. Quỹ Hỗ trợ nông dân xã hiện có 320 triệu đồng, 46 hộ đang vay để trồng hành tím, nuôi heo; tỷ lệ hộ trả nợ đúng hạn đạt 100%. Hội còn quản lý 4 tổ tiết kiệm và vay vốn với dư nợ 5,6 tỷ đồng.
Nhận quà, bà Kim Thị Sà Rinh ở ấp Prey Chóp xúc động chia sẻ: "Năm nay nhờ được vay 10 triệu đồng nuôi 2 con heo nái nên gia đình có thêm thu nhập, Tết này lại được Hội tặng quà, tôi rất vui". Ông Lý Sên, hội viên ấp Wà Tưng, được nhận bò giống, hứa sẽ chăm sóc tốt và trả lại bê giống cho Hội để giúp hộ khác.
Phát biểu tại buổi trao quà, đồng chí Thạch Sa Mết đề nghị Hội Nông dân xã tiếp tục hưởng ứng Chương trình "Tết vì người nghèo" và phong trào "Nông dân thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững", vận động hội viên khá giỏi giúp đỡ ít nhất 30 hộ nghèo thoát nghèo trong năm 2014.
Cũng trong dịp này, Hội Nông dân thị xã trao 10 suất học bổng, mỗi suất 500.000 đồng, cho con em hội viên nghèo học giỏi. Các hoạt động được bà con đồng bào Khmer trong xã đồng tình, hưởng ứng.
Danh Sơn
Lượt truy cập: 25.817
Tin cùng chuyên mục
- Hội Nông dân xã tổ chức tập huấn trồng hành tím (10/12/2013)
- Vĩnh Hải: 15 hộ được vay vốn Quỹ Hỗ trợ nông dân (22/11/2013)
- Ra mắt tổ hợp tác nuôi tôm ấp Đại Bái (08/10/2013)
""", "2014-01-20", "Hội Nông dân xã Vĩnh Hải trao 120 phần quà Tết cho hội viên nghèo",
E("trao_qua", None, "2014-01-18"),
[P("Thạch Sa Mết", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Trần Văn Tám", "Phó Chủ tịch Hội Nông dân thị xã Vĩnh Châu"),
 P("Sơn Ngọc Hên", "Phó Chủ tịch UBND xã Vĩnh Hải"),
 P("Lâm Thị Sa Rươl", "Chủ tịch Hội Nông dân xã"),
 P("Kim Thị Sà Rinh"),
 P("Lý Sên", "hội viên ấp Wà Tưng")],
[Q("120 phần quà Tết", 120, "phần quà"), Q("400.000 đồng", 400000, "đồng"), Q("48 triệu đồng", 48000000, "đồng"),
 Q("82 hộ nghèo", 82, "hộ nghèo"), Q("38 hộ cận nghèo", 38, "hộ cận nghèo"), Q("3 con bò giống", 3, "con bò giống"),
 Q("3 hộ hội viên nghèo", 3, "hộ hội viên nghèo"), Q("khoảng 12 triệu đồng", 12000000, "đồng", "approx"),
 Q("1.642 hội viên", 1642, "hội viên"), Q("412 hộ", 412, "hộ"), Q("320 triệu đồng", 320000000, "đồng"),
 Q("46 hộ", 46, "hộ"), Q("100%", 100, "%"), Q("4 tổ tiết kiệm và vay vốn", 4, "tổ tiết kiệm và vay vốn"),
 Q("5,6 tỷ đồng", 5600000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("2 con heo nái", 2, "con heo nái"),
 Q("ít nhất 30 hộ nghèo", 30, "hộ nghèo", "over"), Q("10 suất học bổng", 10, "suất học bổng"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Hướng dẫn", "05", "HD/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh Sóc Trăng", "Hướng dẫn 05, 06-HD/HNDT"),
 D("Hướng dẫn", "06", "HD/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh Sóc Trăng", "Hướng dẫn 05, 06-HD/HNDT"),
 D("Kế hoạch", "03", "KH/HND", "2014-01-06", "Ban Chấp hành Hội Nông dân xã", "Kế hoạch số 03-KH/HND ngày 6/1/2014")],
[prov("Sóc Trăng"), com("Vĩnh Hải")],
["Cổng thông tin điện tử xã Vĩnh Hải - thị xã Vĩnh Châu", "Trang chủ :: Đoàn thể :: Hội Nông dân",
 "Đồng chí Thạch Sa Mết trao quà cho hội viên ấp Prey Chóp.", "Tết vì người nghèo",
 "Nông dân thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững", "Lượt truy cập: 25.817"],
["Ngày đăng 20/01/2014 | 14:30", "Lượt truy cập: 25.817", "năm 2013", "năm 2014"]))

PAGES.append(page("b6009-quangnam-hnd-giaoban-2015", """
HỘI NÔNG DÂN TỈNH QUẢNG NAM - Trang thông tin điện tử
Trang chủ » Hoạt động Hội » Tin tỉnh
02/10/2015 - 10:05
Đồng chí Lê Văn Mười phát biểu tại buổi giao ban.
Hội Nông dân Quảng Nam: Giải ngân 3,2 tỷ đồng vốn Quỹ Hỗ trợ nông dân
Ngày 30/9/2015, Ban Thường vụ Hội Nông dân tỉnh Quảng Nam tổ chức giao ban công tác Hội quý III năm 2015 với lãnh đạo Hội Nông dân 18 huyện, thị xã, thành phố. Đồng chí Lê Văn Mười, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì.
Theo báo cáo, trong quý III, Quỹ Hỗ trợ nông dân các cấp đã giải ngân 3,2 tỷ đồng cho 47 dự án với 298 hộ vay vốn, trong đó có 9 dự án ở các huyện miền núi. Tổng nguồn vốn Quỹ toàn tỉnh đạt 31,4 tỷ đồng. Thực hiện Quyết định số 2415/QĐ-UBND ngày 10/7/2015 của UBND tỉnh về bổ sung vốn ngân sách cho Quỹ Hỗ trợ nông dân tỉnh, Hội đã tiếp nhận thêm 2 tỷ đồng.
Phong trào nông dân thi đua sản xuất kinh doanh giỏi tiếp tục phát triển với 64.150 hộ đăng ký; Hội phối hợp tổ chức 112 lớp tập huấn khoa học kỹ thuật cho hơn 5.600 lượt hội viên. Hội đang triển khai Chỉ thị 04, 05-CT/TU của Ban Thường vụ Tỉnh ủy về lãnh đạo đại hội Hội Nông dân các cấp và về phát triển kinh tế vườn.
Tại buổi giao ban, đồng chí Briu Pố, Chủ tịch Hội Nông dân huyện Tây Giang, cho biết Hội hỗ trợ đồng bào Cơ Tu xã A Tiêng trồng 35 ha cây ba kích tím, nâng thu nhập cho 62 hộ. Bà Alăng Thị Nhung, Phó Chủ tịch Hội Nông dân huyện Nam Giang, phản ánh nhu cầu vay vốn Quỹ ở vùng cao rất lớn nhưng mức vay tối đa 30 triệu đồng/hộ chưa đủ để phát triển chăn nuôi.
Đồng chí Nguyễn Thị Thu Hà, Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh, và đồng chí Phạm Hữu Lộc, Giám đốc Trung tâm Hỗ trợ nông dân tỉnh, báo cáo kết quả phối hợp cung ứng 450 tấn phân bón trả chậm cho hội viên tại xã Đại Hiệp.
Kết luận giao ban, đồng chí Lê Văn Mười yêu cầu các cấp Hội tập trung thu hồi nợ quá hạn, hiện còn 412 triệu đồng; xây dựng Đề án số 07-ĐA/HNDT về nâng cao hiệu quả Quỹ Hỗ trợ nông dân giai đoạn 2016 - 2020, trình Ban Thường vụ Tỉnh ủy; hoàn thành đại hội Hội Nông dân cấp cơ sở ở 100% xã, phường, thị trấn trước quý I năm 2016. Đồng chí Zơ Râm Ly, Ủy viên Ban Chấp hành Hội Nông dân tỉnh, được giao theo dõi các huyện miền núi phía Tây.
Các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Trần Đình Khoa, Huỳnh Thị Mai cũng lưu ý việc bình xét hộ nông dân sản xuất kinh doanh giỏi năm 2015 phải thực chất, đúng tiêu chuẩn Quyết định số 1008/QĐ-HNDTW của Ban Thường vụ Trung ương Hội Nông dân Việt Nam.
Văn phòng Hội
Tin khác
- Duy Xuyên: hội viên góp 600 triệu đồng xây dựng nông thôn mới (21/09/2015)
- Tập huấn nghiệp vụ quản lý Quỹ Hỗ trợ nông dân năm 2015 (10/09/2015)
- Đại hội điểm Hội Nông dân xã Tam An (28/08/2015)
""", "2015-10-02", "Hội Nông dân Quảng Nam: Giải ngân 3,2 tỷ đồng vốn Quỹ Hỗ trợ nông dân",
E("giao_ban", "2015-Q3", "2015-09-30"),
[P("Lê Văn Mười", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Briu Pố", "Chủ tịch Hội Nông dân huyện Tây Giang"),
 P("Alăng Thị Nhung", "Phó Chủ tịch Hội Nông dân huyện Nam Giang"),
 P("Nguyễn Thị Thu Hà", "Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh"),
 P("Phạm Hữu Lộc", "Giám đốc Trung tâm Hỗ trợ nông dân tỉnh"),
 P("Zơ Râm Ly", "Ủy viên Ban Chấp hành Hội Nông dân tỉnh"),
 P("Trần Đình Khoa", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Huỳnh Thị Mai", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("18 huyện, thị xã, thành phố", 18, "huyện, thị xã, thành phố"),
 Q("47 dự án", 47, "dự án"), Q("298 hộ", 298, "hộ"), Q("9 dự án", 9, "dự án"), Q("31,4 tỷ đồng", 31400000000, "đồng"),
 Q("2 tỷ đồng", 2000000000, "đồng"), Q("64.150 hộ", 64150, "hộ"), Q("112 lớp tập huấn khoa học kỹ thuật", 112, "lớp tập huấn khoa học kỹ thuật"),
 Q("hơn 5.600 lượt hội viên", 5600, "lượt hội viên", "over"), Q("35 ha", 35, "ha"), Q("62 hộ", 62, "hộ"),
 Q("tối đa 30 triệu đồng", 30000000, "đồng"), Q("450 tấn", 450, "tấn"), Q("412 triệu đồng", 412000000, "đồng"),
 Q("100%", 100, "%")],
[D("Quyết định", "2415", "QĐ-UBND", "2015-07-10", "UBND tỉnh", "Quyết định số 2415/QĐ-UBND ngày 10/7/2015"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 04, 05-CT/TU"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 04, 05-CT/TU"),
 D("Đề án", "07", "ĐA/HNDT", None, None, "Đề án số 07-ĐA/HNDT"),
 D("Quyết định", "1008", "QĐ-HNDTW", None, "Ban Thường vụ Trung ương Hội Nông dân Việt Nam", "Quyết định số 1008/QĐ-HNDTW")],
[prov("Quảng Nam"), com("A Tiêng"), com("Đại Hiệp")],
["HỘI NÔNG DÂN TỈNH QUẢNG NAM - Trang thông tin điện tử", "Trang chủ » Hoạt động Hội » Tin tỉnh",
 "Đồng chí Lê Văn Mười phát biểu tại buổi giao ban."],
["02/10/2015 - 10:05", "quý III năm 2015", "giai đoạn 2016 - 2020", "quý I năm 2016", "năm 2015"]))

PAGES.append(page("b6010-laocai-xamuonghum-daihoi-2017", """
ĐẢNG BỘ XÃ MƯỜNG HUM - HUYỆN BÁT XÁT - TỈNH LÀO CAI
Trang chủ >> Tin tức >> Mặt trận - Đoàn thể
Thứ Tư, 15/03/2017
Đại hội Hội Nông dân xã Mường Hum lần thứ VIII, nhiệm kỳ 2017 - 2022
Ngày 14/3/2017, Hội Nông dân xã Mường Hum, huyện Bát Xát, tỉnh Lào Cai tổ chức Đại hội đại biểu lần thứ VIII, nhiệm kỳ 2017 - 2022. Dự đại hội có đồng chí Giàng Seo Phử, HUV, Chủ tịch Hội Nông dân huyện Bát Xát; đồng chí Lý Láo Lở, Bí thư Đảng ủy xã và 98 đại biểu chính thức đại diện cho 1.246 hội viên của 16 chi hội.
Các đại biểu biểu quyết thông qua báo cáo chính trị.
Nhiệm kỳ 2012 - 2017, thực hiện Chỉ thị số 19-CT/HU ngày 10/11/2016 của Ban Thường vụ Huyện ủy về lãnh đạo đại hội Hội Nông dân các cấp và Nghị quyết số 03-NQ/ĐU của Đảng ủy xã về phát triển cây chè, cây thảo quả, Hội Nông dân xã đã vận động hội viên người Dao, Mông, Giáy chuyển đổi 85 ha ruộng một vụ sang trồng chè; phát triển 420 ha thảo quả dưới tán rừng. Số hộ đạt danh hiệu nông dân sản xuất kinh doanh giỏi các cấp tăng từ 96 hộ lên 214 hộ; tỷ lệ hộ nghèo giảm từ 58% xuống còn 31,5%.
Quỹ Hỗ trợ nông dân xã được xây dựng từ năm 2013, đến nay đạt 185 triệu đồng, đã cho 27 hộ vay nuôi lợn đen, trâu sinh sản. Hội còn tín chấp vay vốn Ngân hàng Chính sách xã hội cho 312 hộ với dư nợ trên 9 tỷ đồng. Trên 90% hội viên tham gia sinh hoạt chi hội đều đặn; phong trào "3 tăng, 3 giảm" trong sản xuất lúa được bà con đồng tình.
Tại đại hội, bà Vàng Thị Mỷ, hội viên chi hội thôn Phìn Hồ, chia sẻ việc vay 20 triệu đồng từ Quỹ để nuôi 5 con lợn nái, nay gia đình đã thoát nghèo. Ông Tẩn Láo San, trưởng thôn Sín Chải, kiến nghị mở rộng diện tích chè hữu cơ.
Về hạn chế, báo cáo chỉ rõ một số chi hội sinh hoạt chưa đều, nội dung còn nghèo nàn; việc thu hồi vốn vay Quỹ ở thôn Phìn Hồ còn chậm với 2 hộ nợ quá hạn; trình độ cán bộ chi hội người dân tộc thiểu số còn hạn chế.
Đại hội đã bầu 15 đồng chí vào Ban Chấp hành Hội Nông dân xã khóa VIII. Đồng chí Sùng A Páo được tín nhiệm bầu giữ chức Chủ tịch Hội Nông dân xã nhiệm kỳ 2017 - 2022; các đồng chí Thào A Chứ, Vàng Thị Dung được bầu làm Phó Chủ tịch Hội Nông dân xã. Đại hội cũng bầu 9 đại biểu đi dự Đại hội Hội Nông dân huyện Bát Xát lần thứ IX.
Phát biểu chỉ đạo, đồng chí Giàng Seo Phử đề nghị Hội Nông dân xã phấn đấu trong nhiệm kỳ mới đưa Quỹ Hỗ trợ nông dân lên ít nhất 300 triệu đồng, kết nạp 150 hội viên mới, mỗi năm có thêm 20 hộ sản xuất kinh doanh giỏi và thực hiện tốt Hướng dẫn số 31-HD/HNDTW của Ban Thường vụ Trung ương Hội Nông dân Việt Nam về tổ chức đại hội.
Thào Mai
Tin liên quan
- Xã Mường Hum ra mắt hợp tác xã chè Shan tuyết (20/02/2017)
- Hội Nông dân xã tổng kết công tác năm 2016 (28/12/2016)
- 40 hộ được tập huấn trồng thảo quả (15/11/2016)
""", "2017-03-15", "Đại hội Hội Nông dân xã Mường Hum lần thứ VIII, nhiệm kỳ 2017 - 2022",
E("dai_hoi", None, "2017-03-14"),
[P("Giàng Seo Phử", "HUV", "Chủ tịch Hội Nông dân huyện Bát Xát"),
 P("Lý Láo Lở", "Bí thư Đảng ủy xã"),
 P("Vàng Thị Mỷ", "hội viên chi hội thôn Phìn Hồ"),
 P("Tẩn Láo San", "trưởng thôn Sín Chải"),
 P("Sùng A Páo", "Chủ tịch Hội Nông dân xã nhiệm kỳ 2017 - 2022"),
 P("Thào A Chứ", "Phó Chủ tịch Hội Nông dân xã"),
 P("Vàng Thị Dung", "Phó Chủ tịch Hội Nông dân xã")],
[Q("98 đại biểu chính thức", 98, "đại biểu chính thức"), Q("1.246 hội viên", 1246, "hội viên"), Q("16 chi hội", 16, "chi hội"),
 Q("85 ha", 85, "ha"), Q("420 ha", 420, "ha"), Q("96 hộ", 96, "hộ"), Q("214 hộ", 214, "hộ"), Q("58%", 58, "%"),
 Q("31,5%", 31.5, "%"), Q("185 triệu đồng", 185000000, "đồng"), Q("27 hộ", 27, "hộ"), Q("312 hộ", 312, "hộ"),
 Q("trên 9 tỷ đồng", 9000000000, "đồng", "over"), Q("Trên 90%", 90, "%", "over"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("5 con lợn nái", 5, "con lợn nái"), Q("15 đồng chí", 15, "đồng chí"), Q("9 đại biểu", 9, "đại biểu"),
 Q("ít nhất 300 triệu đồng", 300000000, "đồng", "over"), Q("150 hội viên mới", 150, "hội viên mới"),
 Q("20 hộ sản xuất kinh doanh giỏi", 20, "hộ sản xuất kinh doanh giỏi"), Q("2 hộ", 2, "hộ")],
[D("Chỉ thị", "19", "CT/HU", "2016-11-10", "Ban Thường vụ Huyện ủy", "Chỉ thị số 19-CT/HU ngày 10/11/2016"),
 D("Nghị quyết", "03", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 03-NQ/ĐU"),
 D("Hướng dẫn", "31", "HD/HNDTW", None, "Ban Thường vụ Trung ương Hội Nông dân Việt Nam", "Hướng dẫn số 31-HD/HNDTW")],
[prov("Lào Cai"), com("Mường Hum")],
["ĐẢNG BỘ XÃ MƯỜNG HUM - HUYỆN BÁT XÁT - TỈNH LÀO CAI", "Trang chủ >> Tin tức >> Mặt trận - Đoàn thể",
 "Các đại biểu biểu quyết thông qua báo cáo chính trị.", "3 tăng, 3 giảm"],
["Thứ Tư, 15/03/2017", "3 tăng, 3 giảm", "15 đồng chí", "lần thứ VIII", "nhiệm kỳ 2017 - 2022", "Nhiệm kỳ 2012 - 2017", "lần thứ IX", "khóa VIII"]))
