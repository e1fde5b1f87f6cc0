from lib import *
PAGES = []

PAGES.append(page("b9629-namdinh-mttq-hoinghi-ntm-2011", """
BÁO NAM ĐỊNH ĐIỆN TỬ
Trang chủ > Chính trị - Xã hội > Mặt trận - Đoàn thể
Thứ Tư, 12/10/2011 - 16:30
Toàn cảnh hội nghị. Ảnh: Việt Thắng
Mặt trận các cấp chung sức xây dựng nông thôn mới
Chiều 11/10, Ủy ban MTTQ tỉnh Nam Định tổ chức hội nghị triển khai phong trào thi đua "Cả nước chung sức xây dựng nông thôn mới" gắn với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" năm 2011. Đồng chí Trần Văn Khiêm, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh chủ trì. Dự hội nghị có 186 đại biểu là chủ tịch Ủy ban MTTQ các huyện, thành phố, các xã, phường, thị trấn và trưởng ban công tác Mặt trận ở các khu dân cư điểm.
Hội nghị đã được quán triệt Quyết định số 1620/QĐ-TTg ngày 20/9/2011 của Thủ tướng Chính phủ về kế hoạch tổ chức thực hiện phong trào thi đua và Quyết định số 800/QĐ-TTg phê duyệt Chương trình mục tiêu quốc gia về xây dựng nông thôn mới giai đoạn 2010 - 2020. Theo đánh giá của Ban Thường trực, sau hơn một năm thực hiện Nghị quyết số 05-NQ/TU ngày 18/8/2010 của Ban Thường vụ Tỉnh ủy, toàn tỉnh đã chọn 18 xã điểm; các địa phương đã hoàn thành quy hoạch chung cho 194 xã. Nhân dân tự nguyện hiến trên 112.000 m2 đất, đóng góp gần 46 tỷ đồng và hàng chục nghìn ngày công để làm mới, nâng cấp 320 km đường giao thông nông thôn.
Trong cuộc vận động xây dựng đời sống văn hóa, đến nay có 2.180 khu dân cư tổ chức đăng ký; tỷ lệ hộ đạt danh hiệu gia đình văn hóa đạt 78,6%. Tuy vậy, ở một số nơi nhận thức của người dân về xây dựng nông thôn mới còn chưa đầy đủ, còn tâm lý trông chờ vào đầu tư của Nhà nước.
Tại hội nghị, ông Mai Văn Sáu, Chủ tịch Ủy ban MTTQ xã Hải Đường, chia sẻ cách vận động người dân dồn điền đổi thửa bằng việc họp từng xóm, công khai phương án. Bà Lê Thị Huề, Trưởng ban công tác Mặt trận xóm 4, xã Nghĩa Lạc, cho biết xóm có 97% hộ ký cam kết không xả rác ra kênh mương.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Phạm Thị Nhung, Đỗ Văn Hùng đã hướng dẫn nội dung Kế hoạch số 35-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, trong đó xác định năm 2012 mỗi huyện chọn ít nhất 2 khu dân cư làm điểm. Đồng chí Vũ Đình Quyết, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, giải đáp các ý kiến về cơ chế hỗ trợ xi măng làm đường.
Phát biểu kết luận, đồng chí Trần Văn Khiêm đề nghị Mặt trận các cấp lấy khu dân cư làm địa bàn, lấy hộ gia đình làm đối tượng vận động; phát huy vai trò giám sát của nhân dân đối với các công trình có sự đóng góp của dân, thực hiện tốt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra".
Thu Hà
Lượt xem: 1.204
Tin liên quan
- Xuân Trường: hội nghị xây dựng nông thôn mới ở xã điểm Xuân Ngọc (05/10/2011)
- Ý Yên phát động thi đua làm đường giao thông nông thôn (28/09/2011)
- Mặt trận tỉnh triển khai chương trình phối hợp với Hội Nông dân (16/09/2011)
- 25 hộ nghèo ở Giao Thủy được hỗ trợ xây nhà (09/09/2011)
""", "2011-10-12", "Mặt trận các cấp chung sức xây dựng nông thôn mới",
E("hoi_nghi", "2011", "2011-10-11"),
[P("Trần Văn Khiêm", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Mai Văn Sáu", "Chủ tịch Ủy ban MTTQ xã Hải Đường"),
 P("Lê Thị Huề", "Trưởng ban công tác Mặt trận xóm 4"),
 P("Phạm Thị Nhung", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đỗ Văn Hùng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vũ Đình Quyết", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn")],
[Q("186 đại biểu", 186, "đại biểu"), Q("18 xã điểm", 18, "xã điểm"), Q("194 xã", 194, "xã"),
 Q("trên 112.000 m2", 112000, "m2", "over"), Q("gần 46 tỷ đồng", 46000000000, "đồng", "approx"),
 Q("320 km", 320, "km"), Q("2.180 khu dân cư", 2180, "khu dân cư"), Q("78,6%", 78.6, "%"), Q("97%", 97, "%"),
 Q("ít nhất 2 khu dân cư", 2, "khu dân cư", "over")],
[D("Quyết định", "1620", "QĐ-TTg", "2011-09-20", "Thủ tướng Chính phủ", "Quyết định số 1620/QĐ-TTg ngày 20/9/2011"),
 D("Quyết định", "800", "QĐ-TTg", None, None, "Quyết định số 800/QĐ-TTg"),
 D("Nghị quyết", "05", "NQ/TU", "2010-08-18", "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 05-NQ/TU ngày 18/8/2010"),
 D("Kế hoạch", "35", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 35-KH/MTTQ-BTT")],
[prov("Nam Định"), com("Hải Đường"), com("Nghĩa Lạc")],
["BÁO NAM ĐỊNH ĐIỆN TỬ", "Trang chủ > Chính trị - Xã hội > Mặt trận - Đoàn thể", "Toàn cảnh hội nghị. Ảnh: Việt Thắng",
 "Cả nước chung sức xây dựng nông thôn mới", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Chương trình mục tiêu quốc gia về xây dựng nông thôn mới", "dân biết, dân bàn, dân làm, dân kiểm tra", "Lượt xem: 1.204"],
["Thứ Tư, 12/10/2011 - 16:30", "năm 2011", "giai đoạn 2010 - 2020", "hơn một năm", "năm 2012", "xóm 4", "Lượt xem: 1.204"]))

PAGES.append(page("b9630-hatinh-ngayhoi-ddk-2012", """
Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh
Thời sự | Chính trị | Mặt trận
Cập nhật: 09:42, 19/11/2012 (GMT+7)
Đồng chí Trần Hữu Nghị trao giấy khen cho các hộ tiêu biểu của thôn Trung Tiến.
Rộn ràng Ngày hội Đại đoàn kết ở thôn Trung Tiến
(Baohatinh.vn) - Sáng 18/11, nhân dịp kỷ niệm 82 năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam (18/11/1930 - 18/11/2012), hơn 600 người dân thôn Trung Tiến, xã Thạch Châu (Lộc Hà) đã tưng bừng tổ chức Ngày hội Đại đoàn kết toàn dân tộc. Về dự có đồng chí Trần Hữu Nghị, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh.
Thôn Trung Tiến có 236 hộ với 912 nhân khẩu, phần lớn sống bằng nghề trồng lúa và chăn nuôi. Năm qua, thực hiện Nghị quyết số 08-NQ/TU ngày 12/8/2011 của Ban Thường vụ Tỉnh ủy về xây dựng nông thôn mới, bà con đã hiến 3.450 m2 đất, góp hơn 1,35 tỷ đồng cùng ngày công để bê tông hóa 2,8 km đường thôn, xây dựng nhà văn hóa và hệ thống mương nội đồng. Toàn thôn có 96,2% hộ đạt danh hiệu gia đình văn hóa; không còn hộ đói, hộ nghèo giảm còn 11 hộ.
Ông Phan Đình Lộc, Trưởng ban công tác Mặt trận thôn Trung Tiến, báo cáo: thôn đã thành lập 7 tổ tự quản về vệ sinh môi trường và an ninh trật tự, duy trì đều đặn việc ra quân dọn đường làng vào sáng Chủ nhật cuối tháng. Bí thư Chi bộ thôn, ông Nguyễn Văn Kỷ, cho biết thôn phấn đấu năm 2013 đạt chuẩn làng văn hóa.
Phát biểu tại ngày hội, đồng chí Trần Hữu Nghị biểu dương những kết quả mà nhân dân thôn Trung Tiến đạt được trong thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" và Chỉ thị số 17-CT/TU của Ban Thường vụ Tỉnh ủy về nếp sống văn minh trong việc cưới, việc tang. Đồng chí mong muốn bà con tiếp tục đoàn kết, giúp nhau phát triển kinh tế vườn hộ, giữ gìn đường làng xanh, sạch, đẹp.
Dịp này, Ủy ban MTTQ huyện Lộc Hà tặng giấy khen cho 5 hộ gia đình tiêu biểu; bà Hồ Thị Tâm, Chủ tịch Ủy ban MTTQ xã Thạch Châu, trao giấy khen của xã cho 2 dòng họ tiêu biểu trong phong trào khuyến học.
Theo ông Phan Đình Lộc, để có con đường bê tông chạy qua 4 xóm, nhiều gia đình đã tự nguyện phá tường rào, chặt cây lâu năm. Có hộ hiến tới 120 m2 đất vườn mà không nhận bồi thường. Từ đầu năm đến nay, thôn không có đơn thư vượt cấp, không có người mắc tệ nạn xã hội.
Phần văn nghệ, thi gói bánh chưng, kéo co giữa các xóm diễn ra sôi nổi, kéo dài đến tận trưa.
Ngọc Loan
Tin khác
- Thạch Hà: 100% khu dân cư tổ chức Ngày hội Đại đoàn kết (17/11/2012)
- Hương Sơn trao 40 nhà Đại đoàn kết cho hộ nghèo (15/11/2012)
- Mặt trận tỉnh gặp mặt trưởng ban công tác Mặt trận tiêu biểu (12/11/2012)
- Can Lộc: hiến đất làm đường, dân làng đồng lòng (06/11/2012)
""", "2012-11-19", "Rộn ràng Ngày hội Đại đoàn kết ở thôn Trung Tiến",
E("khac", None, "2012-11-18"),
[P("Trần Hữu Nghị", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phan Đình Lộc", "Trưởng ban công tác Mặt trận thôn Trung Tiến"),
 P("Nguyễn Văn Kỷ", "Bí thư Chi bộ thôn"),
 P("Hồ Thị Tâm", "Chủ tịch Ủy ban MTTQ xã Thạch Châu")],
[Q("hơn 600 người dân", 600, "người dân", "over"), Q("236 hộ", 236, "hộ"), Q("912 nhân khẩu", 912, "nhân khẩu"),
 Q("3.450 m2", 3450, "m2"), Q("4 xóm", 4, "xóm"), Q("120 m2", 120, "m2"), Q("hơn 1,35 tỷ đồng", 1350000000, "đồng", "over"), Q("2,8 km", 2.8, "km"),
 Q("96,2%", 96.2, "%"), Q("11 hộ", 11, "hộ"), Q("7 tổ tự quản", 7, "tổ tự quản"),
 Q("5 hộ gia đình tiêu biểu", 5, "hộ gia đình tiêu biểu"), Q("2 dòng họ tiêu biểu", 2, "dòng họ tiêu biểu")],
[D("Nghị quyết", "08", "NQ/TU", "2011-08-12", "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 08-NQ/TU ngày 12/8/2011"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU")],
[prov("Hà Tĩnh"), com("Thạch Châu")],
["Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh", "Thời sự | Chính trị | Mặt trận",
 "Đồng chí Trần Hữu Nghị trao giấy khen cho các hộ tiêu biểu của thôn Trung Tiến.", "(Baohatinh.vn)",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Mặt trận Dân tộc Thống nhất Việt Nam"],
["Cập nhật: 09:42, 19/11/2012 (GMT+7)", "82 năm", "18/11/1930 - 18/11/2012", "năm 2013", "Năm qua"]))

PAGES.append(page("b9631-thaibinh-bcd-ntm-soket-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI BÌNH
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Nông nghiệp - Nông thôn
Thứ Năm, 11/07/2013 - 15:45
Thái Bình: 37 xã đạt từ 10 tiêu chí nông thôn mới trở lên
Ngày 10/7/2013, Ban Chỉ đạo Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2013, bàn nhiệm vụ trọng tâm 6 tháng cuối năm. Đồng chí Phạm Văn Sinh, Phó Chủ tịch UBND tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo chủ trì hội nghị.
Quang cảnh hội nghị sơ kết.
Sau hơn 2 năm triển khai, đến hết tháng 6/2013, toàn tỉnh có 37 xã đạt từ 10 tiêu chí nông thôn mới trở lên, 128 xã đạt từ 5 đến 9 tiêu chí, không còn xã dưới 3 tiêu chí. Công tác dồn điền đổi thửa cơ bản hoàn thành với 18.600 ha, số thửa bình quân giảm từ 6,8 thửa xuống 1,9 thửa/hộ. Trong 6 tháng, tổng nguồn lực huy động cho xây dựng nông thôn mới đạt 1.245 tỷ đồng, trong đó nhân dân đóng góp 412 tỷ đồng; nhân dân hiến 86 ha đất để mở rộng đường trục xã, trục thôn.
Báo cáo cũng chỉ rõ: việc thực hiện Kết luận 15, 16-KL/TU của Ban Thường vụ Tỉnh ủy về phát triển sản xuất hàng hóa và về xử lý rác thải nông thôn còn chậm; nợ đọng xây dựng cơ bản ở một số xã có chiều hướng tăng. Tiêu chí thu nhập và tiêu chí môi trường là hai tiêu chí khó đạt nhất.
Đồng chí Đặng Thị Kim Oanh, Phó Chủ tịch Ủy ban MTTQ tỉnh, thông tin: Mặt trận các cấp đã vận động 96% hộ gia đình ký cam kết thực hiện nếp sống văn minh; 64 xã thành lập tổ thu gom rác. Ông Hoàng Văn Cử, Bí thư Đảng ủy xã Vũ Hội (Vũ Thư), kiến nghị tỉnh sớm có cơ chế hỗ trợ lò đốt rác quy mô xã.
Tại hội nghị, nhiều ý kiến cho rằng việc huy động doanh nghiệp tham gia còn hạn chế, mới có 27 doanh nghiệp ký cam kết hỗ trợ các xã; một số xã còn làm thay dân, chưa để người dân thực sự là chủ thể. Đại diện Sở Tài chính đề nghị các huyện rà soát, ưu tiên vốn cho công trình chuyển tiếp, không khởi công mới khi chưa cân đối được nguồn.
Kết luận hội nghị, đồng chí Phạm Văn Sinh yêu cầu các thành viên Ban Chỉ đạo bám sát địa bàn phụ trách, rà soát Quyết định số 342/QĐ-TTg ngày 20/2/2013 của Thủ tướng Chính phủ sửa đổi một số tiêu chí của Bộ tiêu chí quốc gia về nông thôn mới để điều chỉnh lộ trình; thực hiện nghiêm Công văn số 1120/UBND-NNPTNT của UBND tỉnh về không để phát sinh nợ đọng. Phấn đấu đến cuối năm 2013 có 8 xã đạt chuẩn nông thôn mới.
PV
Số lần đọc: 2417
Các tin đã đưa
- Đông Hưng ra quân làm đường giao thông nông thôn (04/07/2013)
- Hội nghị tập huấn cán bộ làm công tác nông thôn mới cấp xã (27/06/2013)
- Kiến Xương: hoàn thành dồn điền đổi thửa (19/06/2013)
- Tiền Hải có 3 xã đạt 15 tiêu chí (10/06/2013)
""", "2013-07-11", "Thái Bình: 37 xã đạt từ 10 tiêu chí nông thôn mới trở lên",
E("so_ket", "2013-H1", "2013-07-10"),
[P("Phạm Văn Sinh", "Phó Chủ tịch UBND tỉnh", "Phó Trưởng ban Thường trực Ban Chỉ đạo"),
 P("Đặng Thị Kim Oanh", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Văn Cử", "Bí thư Đảng ủy xã Vũ Hội")],
[Q("37 xã", 37, "xã"), Q("10 tiêu chí", 10, "tiêu chí", "over"), Q("128 xã", 128, "xã"),
 Q("18.600 ha", 18600, "ha"), Q("1.245 tỷ đồng", 1245000000000, "đồng"), Q("412 tỷ đồng", 412000000000, "đồng"),
 Q("86 ha", 86, "ha"), Q("96%", 96, "%"), Q("64 xã", 64, "xã"), Q("27 doanh nghiệp", 27, "doanh nghiệp"), Q("8 xã", 8, "xã")],
[D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Kết luận", "16", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Quyết định", "342", "QĐ-TTg", "2013-02-20", "Thủ tướng Chính phủ", "Quyết định số 342/QĐ-TTg ngày 20/2/2013"),
 D("Công văn", "1120", "UBND-NNPTNT", None, "UBND tỉnh", "Công văn số 1120/UBND-NNPTNT")],
[prov("Thái Bình"), com("Vũ Hội")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI BÌNH", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Nông nghiệp - Nông thôn",
 "Quang cảnh hội nghị sơ kết.", "Bộ tiêu chí quốc gia về nông thôn mới", "Số lần đọc: 2417"],
["Thứ Năm, 11/07/2013 - 15:45", "6 tháng đầu năm 2013", "6 tháng cuối năm", "hơn 2 năm", "tháng 6/2013",
 "6,8 thửa", "1,9 thửa/hộ", "3 tiêu chí", "cuối năm 2013", "Số lần đọc: 2417"]))

PAGES.append(page("b9632-quangtri-huyenuy-doithoai-ntm-2014", """
Báo Quảng Trị điện tử
Xã hội › Nông thôn mới
08:15 | 22/08/2014
Bí thư Huyện ủy Hướng Hóa đối thoại với người dân xã Hướng Phùng
QTO - Ngày 21/8, Thường trực Huyện ủy Hướng Hóa tổ chức buổi đối thoại với cán bộ và nhân dân xã Hướng Phùng về xây dựng nông thôn mới năm 2014. Đồng chí Lê Quang Chiến, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Hướng Hóa chủ trì buổi đối thoại.
Người dân bản Cợp nêu ý kiến tại buổi đối thoại. Ảnh: H.T
Hướng Phùng là xã vùng cao biên giới với 2.214 hộ, trong đó gần 60% là đồng bào Vân Kiều. Đến nay xã đạt 9/19 tiêu chí nông thôn mới; tỷ lệ hộ nghèo còn 31,5%. Thực hiện Kế hoạch số 47-KH/HU của Ban Thường vụ Huyện ủy, năm 2014 xã phấn đấu đạt thêm 3 tiêu chí về giao thông, thủy lợi và văn hóa.
Tại buổi đối thoại, 23 ý kiến của người dân tập trung vào việc chậm hỗ trợ giống cà phê, giá thu mua chuối thấp, đường vào khu sản xuất bản Hướng Choa lầy lội về mùa mưa. Già làng Hồ Văn Pả, bản Cợp, đề nghị huyện hỗ trợ xi măng để bà con tự làm đường bê tông; anh Kăn Tờ Ré, bản Hướng Choa, hỏi về việc cấp giấy chứng nhận quyền sử dụng đất rẫy. Chị Hồ Thị Cuôi, Chi hội trưởng Chi hội Phụ nữ bản Cợp, phản ánh 14 hộ chưa có nhà tiêu hợp vệ sinh.
Ông Hồ Văn Nhâm, Bí thư Đảng ủy xã Hướng Phùng, cho biết Đảng ủy đã ban hành Nghị quyết chuyên đề số 06-NQ/ĐU về vận động nhân dân hiến đất, đến nay đã có 41 hộ hiến 2,3 ha đất mở đường nội đồng.
Các đồng chí Nguyễn Hữu Trí, Phó Chủ tịch UBND huyện và Trần Thị Lan, Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện, đã trả lời trực tiếp các kiến nghị. Huyện sẽ bố trí 500 tấn xi măng cho xã trong quý IV, hỗ trợ 1,2 tỷ đồng làm đường vào khu sản xuất.
Trước đó, đoàn công tác đã đi thăm mô hình trồng chuối xuất khẩu của tổ hợp tác bản Hướng Choa, với 15 hộ tham gia trên diện tích 12 ha. Người dân cho biết nhờ được vận động bỏ thói quen phát rẫy, nay nhiều hộ đã có thu nhập ổn định, con em được đến trường đầy đủ.
Kết luận buổi đối thoại, đồng chí Lê Quang Chiến đề nghị cấp ủy, chính quyền xã thực hiện tốt Quyết định số 491/QĐ-TTg của Thủ tướng Chính phủ, công khai các nguồn vốn hỗ trợ; mỗi cán bộ, đảng viên phải gương mẫu đi đầu trong hiến đất, chỉnh trang nhà cửa. Các kiến nghị chưa trả lời được sẽ được huyện giải quyết và thông báo bằng văn bản trước ngày 30/9.
Hoài Thương
Tin cùng chuyên mục
- Gio Linh: 4 xã về đích nông thôn mới trước hạn (15/08/2014)
- Đakrông hỗ trợ bò giống cho hộ nghèo (08/08/2014)
- Vận động đồng bào Pa Kô chỉnh trang khu dân cư (30/07/2014)
- Triệu Phong: dồn điền đổi thửa gắn với xây dựng cánh đồng mẫu lớn (24/07/2014)
- Hải Lăng phát động phong trào hiến đất làm đường (17/07/2014)
""", "2014-08-22", "Bí thư Huyện ủy Hướng Hóa đối thoại với người dân xã Hướng Phùng",
E("doi_thoai", "2014", "2014-08-21"),
[P("Lê Quang Chiến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Huyện ủy Hướng Hóa"),
 P("Hồ Văn Pả", "Già làng"),
 P("Kăn Tờ Ré"),
 P("Hồ Thị Cuôi", "Chi hội trưởng Chi hội Phụ nữ bản Cợp"),
 P("Hồ Văn Nhâm", "Bí thư Đảng ủy xã Hướng Phùng"),
 P("Nguyễn Hữu Trí", "Phó Chủ tịch UBND huyện"),
 P("Trần Thị Lan", "Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện")],
[Q("2.214 hộ", 2214, "hộ"), Q("gần 60%", 60, "%", "approx"), Q("9/19 tiêu chí", 9, "tiêu chí"), Q("31,5%", 31.5, "%"),
 Q("3 tiêu chí", 3, "tiêu chí"), Q("23 ý kiến", 23, "ý kiến"), Q("14 hộ", 14, "hộ"), Q("41 hộ", 41, "hộ"),
 Q("2,3 ha", 2.3, "ha"), Q("15 hộ", 15, "hộ"), Q("12 ha", 12, "ha"), Q("500 tấn", 500, "tấn"), Q("1,2 tỷ đồng", 1200000000, "đồng")],
[D("Kế hoạch", "47", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 47-KH/HU"),
 D("Nghị quyết", "06", "NQ/ĐU", None, "Đảng ủy", "Nghị quyết chuyên đề số 06-NQ/ĐU"),
 D("Quyết định", "491", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 491/QĐ-TTg")],
[prov("Quảng Trị"), com("Hướng Phùng")],
["Báo Quảng Trị điện tử", "Xã hội › Nông thôn mới", "Người dân bản Cợp nêu ý kiến tại buổi đối thoại. Ảnh: H.T", "QTO"],
["08:15 | 22/08/2014", "năm 2014", "quý IV", "ngày 30/9", "19 tiêu chí"]))

PAGES.append(page("b9633-longan-mttq-tongket-cvd-2015", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LONG AN
Trang chủ :: Hoạt động Mặt trận :: Cuộc vận động
18/12/2015 | 10:20
Tổng kết cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" năm 2015
Sáng ngày 17/12/2015, Ban Chỉ đạo cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" tỉnh Long An tổ chức hội nghị tổng kết năm 2015 và triển khai nhiệm vụ năm 2016. Chủ trì hội nghị có đồng chí Nguyễn Thị Thu Vân, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng Ban Chỉ đạo cuộc vận động tỉnh.
Năm 2015, cuộc vận động được triển khai tại 1.034 ấp, khu phố. Toàn tỉnh có 402.118 hộ đạt gia đình văn hóa, chiếm 96,7%; 957 ấp, khu phố được công nhận ấp, khu phố văn hóa. Quỹ "Vì người nghèo" các cấp vận động được 28,4 tỷ đồng; từ nguồn quỹ, Mặt trận các cấp đã xây dựng, bàn giao 1.215 căn nhà Đại đoàn kết, sửa chữa 326 căn nhà cho hộ nghèo.
Quang cảnh hội nghị tổng kết.
Ban Chỉ đạo đã tham mưu Ban Thường vụ Tỉnh ủy tổng kết 10 năm thực hiện Chỉ thị 04, 05-CT/TU về vận động nhân dân xây dựng nông thôn mới và về thực hiện nếp sống văn minh trong việc cưới, việc tang, lễ hội. Theo Kế hoạch số 86/KH-UBND ngày 15/3/2015 của UBND tỉnh, Mặt trận đã phối hợp với ngành văn hóa kiểm tra, phúc tra danh hiệu tại 15 huyện, thị xã, thành phố. Tiêu chí xây dựng khu dân cư "Xanh - sạch - đẹp" được lồng ghép với 19 tiêu chí nông thôn mới tại 46 xã điểm.
Đại biểu dự hội nghị đã trao đổi kinh nghiệm phát huy vai trò Ban công tác Mặt trận. Ông Trần Văn Bé Tư, Trưởng ban công tác Mặt trận ấp Bình Hòa, xã Bình Đức, cho biết ấp đã duy trì 12 tổ nhân dân tự quản và vận động được 180 triệu đồng làm cầu giao thông. Bà Võ Thị Ngọc Lan, Chủ tịch Ủy ban MTTQ xã Mỹ Yên, đề nghị nâng mức hỗ trợ kinh phí hoạt động cho Ban công tác Mặt trận ấp.
Các đồng chí Lê Văn Mười, Huỳnh Thị Kim Hoa - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đã giải đáp những kiến nghị của cơ sở. Đồng chí Lê Văn Mười thông báo Hướng dẫn số 21/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về chấm điểm khu dân cư văn hóa năm 2016.
Phát biểu chỉ đạo, đồng chí Phạm Văn Cảnh, Phó Bí thư Thường trực Tỉnh ủy, đề nghị năm 2016 các cấp chuẩn bị tốt việc chuyển cuộc vận động sang giai đoạn mới, gắn với phong trào thi đua "Long An chung sức xây dựng nông thôn mới".
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 24 tập thể và 31 cá nhân tiêu biểu.
Minh Trí
Xem thêm
- Cần Giuộc: 100% khu dân cư tổ chức Ngày hội Đại đoàn kết (20/11/2015)
- Bàn giao nhà Đại đoàn kết tại Thạnh Hóa (06/11/2015)
- Mặt trận Đức Hòa giám sát công trình nông thôn mới (22/10/2015)
""", "2015-12-18", "Tổng kết cuộc vận động \"Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư\" năm 2015",
E("tong_ket", "2015", "2015-12-17"),
[P("Nguyễn Thị Thu Vân", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng Ban Chỉ đạo cuộc vận động tỉnh"),
 P("Trần Văn Bé Tư", "Trưởng ban công tác Mặt trận ấp Bình Hòa"),
 P("Võ Thị Ngọc Lan", "Chủ tịch Ủy ban MTTQ xã Mỹ Yên"),
 P("Lê Văn Mười", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Thị Kim Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Văn Cảnh", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("1.034 ấp, khu phố", 1034, "ấp, khu phố"), Q("402.118 hộ", 402118, "hộ"), Q("96,7%", 96.7, "%"),
 Q("957 ấp, khu phố", 957, "ấp, khu phố"), Q("28,4 tỷ đồng", 28400000000, "đồng"),
 Q("1.215 căn nhà Đại đoàn kết", 1215, "căn nhà Đại đoàn kết"), Q("326 căn nhà", 326, "căn nhà"),
 Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"), Q("46 xã điểm", 46, "xã điểm"),
 Q("12 tổ nhân dân tự quản", 12, "tổ nhân dân tự quản"), Q("180 triệu đồng", 180000000, "đồng"),
 Q("24 tập thể", 24, "tập thể"), Q("31 cá nhân tiêu biểu", 31, "cá nhân tiêu biểu")],
[D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 04, 05-CT/TU"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 04, 05-CT/TU"),
 D("Kế hoạch", "86", "KH-UBND", "2015-03-15", "UBND tỉnh", "Kế hoạch số 86/KH-UBND ngày 15/3/2015"),
 D("Hướng dẫn", "21", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 21/HD-MTTQ-BTT")],
[prov("Long An"), com("Bình Đức"), com("Mỹ Yên")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LONG AN", "Trang chủ :: Hoạt động Mặt trận :: Cuộc vận động",
 "Quang cảnh hội nghị tổng kết.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo",
 "Xanh - sạch - đẹp", "Long An chung sức xây dựng nông thôn mới"],
["18/12/2015 | 10:20", "năm 2015", "năm 2016", "10 năm", "19 tiêu chí"]))

PAGES.append(page("b9634-danang-mttq-taphuan-dtvm-2016", """
MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ ĐÀ NẴNG
Trang chủ - Tin tức - Hoạt động Mặt trận
Ngày đăng: 20-05-2016
Tập huấn nghiệp vụ cho cán bộ Mặt trận cơ sở về cuộc vận động mới
Trong 2 ngày 18 và 19/5, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Đà Nẵng tổ chức lớp tập huấn năm 2016 cho 120 học viên là chủ tịch, phó chủ tịch Ủy ban MTTQ 56 phường, xã và trưởng ban công tác Mặt trận một số khu dân cư. Đồng chí Lê Văn Thịnh, Thành ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố, khai mạc lớp tập huấn.
Đồng chí Lê Văn Thịnh phát biểu khai mạc lớp tập huấn.
Các học viên được quán triệt Hướng dẫn số 04/HD-MTTW-BTT ngày 3/3/2016 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", cùng Kế hoạch số 125/KH-UBND của UBND thành phố về xây dựng phường văn minh đô thị. Lớp học gồm 3 chuyên đề: nội dung, tiêu chí đánh giá khu dân cư văn hóa; kỹ năng vận động nhân dân giữ gìn trật tự vỉa hè, vệ sinh môi trường; và cách tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư.
Theo báo cáo viên, bà Trương Thị Mỹ Hạnh, Trưởng ban Phong trào Ủy ban MTTQ Việt Nam thành phố, trong giai đoạn mới mỗi khu dân cư sẽ được chấm điểm theo 5 nội dung, thay cho 4 nội dung trước đây; tiêu chí "phường đạt chuẩn văn minh đô thị" đòi hỏi tối thiểu 80% tổ dân phố đạt danh hiệu văn hóa. Bà cũng lưu ý "5 không, 3 có" là chương trình riêng của thành phố, cần lồng ghép chứ không thay thế cuộc vận động.
Trong phần thảo luận, bà Bh'riu Thị Hồng, Chủ tịch Ủy ban MTTQ xã Hòa Bắc, chia sẻ cách vận động đồng bào Cơ Tu ở thôn Tà Lang, Giàn Bí giữ gìn nhà Gươl, bỏ tập tục chôn chung. Ông Phan Công Danh, Trưởng ban công tác Mặt trận tổ dân phố 27, phường Hòa Cường Bắc, nêu khó khăn khi vận động các hộ kinh doanh không lấn chiếm vỉa hè. Ông Alăng Văn Bốn, Bí thư Chi bộ thôn Giàn Bí, đề nghị tổ chức thêm lớp tập huấn tại thôn.
Nhiều học viên cho rằng khó nhất là duy trì sự tự giác của người dân sau các đợt ra quân; một số tổ dân phố có tới 40% hộ là người thuê trọ, thường xuyên thay đổi, nên việc vận động ký cam kết gặp nhiều trở ngại. Ban tổ chức đã giới thiệu cách lập nhóm Zalo của tổ dân phố để thông tin kịp thời.
Bế mạc lớp tập huấn, đồng chí Nguyễn Thị Thanh Bình, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, yêu cầu các phường, xã hoàn thành việc xây dựng kế hoạch thực hiện cuộc vận động trước ngày 30/6/2016 và gửi báo cáo về Ban Thường trực.
Thanh Tâm
Lượt truy cập: 35.612
Bài viết liên quan
- Hải Châu ra mắt mô hình "Tuyến phố văn minh" (10/05/2016)
- Liên Chiểu trao 12 nhà Đại đoàn kết (28/04/2016)
- Mặt trận thành phố giám sát việc thực hiện "5 không, 3 có" (15/04/2016)
""", "2016-05-20", "Tập huấn nghiệp vụ cho cán bộ Mặt trận cơ sở về cuộc vận động mới",
E("tap_huan", "2016", "2016-05-18"),
[P("Lê Văn Thịnh", "Thành ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố"),
 P("Trương Thị Mỹ Hạnh", "Trưởng ban Phong trào Ủy ban MTTQ Việt Nam thành phố"),
 P("Bh'riu Thị Hồng", "Chủ tịch Ủy ban MTTQ xã Hòa Bắc"),
 P("Phan Công Danh", "Trưởng ban công tác Mặt trận tổ dân phố 27"),
 P("Alăng Văn Bốn", "Bí thư Chi bộ thôn Giàn Bí"),
 P("Nguyễn Thị Thanh Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố")],
[Q("120 học viên", 120, "học viên"), Q("56 phường, xã", 56, "phường, xã"), Q("3 chuyên đề", 3, "chuyên đề"),
 Q("5 nội dung", 5, "nội dung"), Q("4 nội dung", 4, "nội dung"), Q("tối thiểu 80%", 80, "%"), Q("40%", 40, "%")],
[D("Hướng dẫn", "04", "HD-MTTW-BTT", "2016-03-03", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 04/HD-MTTW-BTT ngày 3/3/2016"),
 D("Kế hoạch", "125", "KH-UBND", None, "UBND thành phố", "Kế hoạch số 125/KH-UBND")],
[prov("Đà Nẵng"), com("Hòa Bắc"), com("Hòa Cường Bắc")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ ĐÀ NẴNG", "Trang chủ - Tin tức - Hoạt động Mặt trận",
 "Đồng chí Lê Văn Thịnh phát biểu khai mạc lớp tập huấn.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Ngày hội Đại đoàn kết toàn dân tộc", "5 không, 3 có", "Zalo", "Lượt truy cập: 35.612"],
["Ngày đăng: 20-05-2016", "2 ngày", "năm 2016", "5 không, 3 có", "tổ dân phố 27", "ngày 30/6/2016", "Lượt truy cập: 35.612"]))
