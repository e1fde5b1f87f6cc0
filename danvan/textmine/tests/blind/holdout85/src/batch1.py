from lib import *
PAGES = []

PAGES.append(page("b1997-laocai-hlhpn-tongket-2011", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI
Trang chủ » Hoạt động Hội » Tin tức - Sự kiện
Thứ Năm, 29/12/2011 - 16:20
Ảnh: Toàn cảnh hội nghị tổng kết.
Lào Cai: Phụ nữ vay trên 412 tỷ đồng vốn ưu đãi trong năm 2011
Ngày 27/12/2011, Hội Liên hiệp Phụ nữ tỉnh Lào Cai tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Giàng Thị Dung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy. Đồng chí Hoàng Thị Thanh Mai, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị.
Theo báo cáo, năm 2011 các cấp Hội nhận ủy thác của Ngân hàng Chính sách xã hội tỉnh với tổng dư nợ trên 412 tỷ đồng, tăng 38,6 tỷ đồng so với năm 2010, thông qua 486 tổ tiết kiệm và vay vốn với 17.350 hộ vay; tỷ lệ nợ quá hạn chỉ còn 0,42%. Hội còn vận động hội viên thành lập 215 tổ, nhóm phụ nữ tiết kiệm, số tiền tiết kiệm đạt 6.752.000.000 đồng, giúp 1.130 lượt chị em vay không lãi để mua giống, phân bón. Trong năm, Hội kết nạp 3.418 hội viên mới, nâng tỷ lệ tập hợp phụ nữ vào Hội lên 87,5%.
Các cấp Hội bám sát Nghị định số 78/2002/NĐ-CP của Chính phủ về tín dụng đối với người nghèo và các đối tượng chính sách, phối hợp bình xét công khai đối tượng vay tại thôn, bản. Hội LHPN tỉnh tham mưu triển khai Quyết định số 295/QĐ-TTg ngày 26/2/2010 của Thủ tướng Chính phủ về hỗ trợ phụ nữ học nghề, tạo việc làm; trong năm đã mở 24 lớp dạy nghề cho 720 lao động nữ. Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" được triển khai tới 100% chi hội.
Tại hội nghị, bà Lù Thị Sính, Chủ tịch Hội LHPN xã Bản Phiệt, chia sẻ cách làm đưa chị em người Giáy, người Nùng vào tổ vay vốn. Chị Tẩn Mẩy Chiêu, Tổ trưởng tổ tiết kiệm và vay vốn thôn Sín Chải, xã Tả Van, cho biết tổ có 52 thành viên, dư nợ 1,86 tỷ đồng, nhiều năm liền không có nợ quá hạn; nhờ vốn vay, chị em người Dao đỏ đã làm homestay, thêu thổ cẩm bán cho khách du lịch.
Ông Vũ Quang Hiệp, Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh, đánh giá Hội LHPN là đơn vị nhận ủy thác có chất lượng tín dụng tốt nhất tỉnh và đề nghị các cấp Hội tiếp tục củng cố những tổ xếp loại trung bình, yếu.
Phát biểu chỉ đạo, đồng chí Giàng Thị Dung đề nghị năm 2012 các cấp Hội bám sát Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ, quan tâm phụ nữ vùng cao, giảm tình trạng tảo hôn. Các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Sần Thị Hoa, Phàn Thị Mây đã trình bày dự thảo chương trình công tác năm 2012 với chỉ tiêu giảm ít nhất 3% số hộ nghèo do phụ nữ làm chủ.
Dịp này, Trung ương Hội LHPN Việt Nam tặng bằng khen cho 5 tập thể và 8 cá nhân; UBND tỉnh tặng bằng khen cho 14 tập thể có thành tích xuất sắc trong phong trào thi đua "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc".
Minh Hằng
Lượt xem: 1.254
Tin liên quan
- Bát Xát ra mắt 12 tổ phụ nữ tiết kiệm (15/12/2011)
- Hội LHPN tỉnh trao 50 con bò giống cho hội viên nghèo (02/12/2011)
- Tập huấn nghiệp vụ ủy thác cho cán bộ Hội cơ sở (18/11/2011)
""", "2011-12-29", "Lào Cai: Phụ nữ vay trên 412 tỷ đồng vốn ưu đãi trong năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Giàng Thị Dung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Thanh Mai", "Chủ tịch Hội LHPN tỉnh"),
 P("Lù Thị Sính", "Chủ tịch Hội LHPN xã Bản Phiệt"),
 P("Tẩn Mẩy Chiêu", "Tổ trưởng tổ tiết kiệm và vay vốn thôn Sín Chải"),
 P("Vũ Quang Hiệp", "Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
 P("Sần Thị Hoa", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Phàn Thị Mây", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("trên 412 tỷ đồng", 412000000000, "đồng", "over"), Q("38,6 tỷ đồng", 38600000000, "đồng"),
 Q("486 tổ tiết kiệm và vay vốn", 486, "tổ tiết kiệm và vay vốn"), Q("17.350 hộ", 17350, "hộ"),
 Q("0,42%", 0.42, "%"), Q("215 tổ, nhóm phụ nữ tiết kiệm", 215, "tổ, nhóm phụ nữ tiết kiệm"),
 Q("6.752.000.000 đồng", 6752000000, "đồng"), Q("1.130 lượt chị em", 1130, "lượt chị em"),
 Q("3.418 hội viên mới", 3418, "hội viên mới"), Q("87,5%", 87.5, "%"),
 Q("24 lớp dạy nghề", 24, "lớp dạy nghề"), Q("720 lao động nữ", 720, "lao động nữ"), Q("100%", 100, "%"),
 Q("52 thành viên", 52, "thành viên"), Q("1,86 tỷ đồng", 1860000000, "đồng"),
 Q("3%", 3, "%"), Q("5 tập thể", 5, "tập thể"), Q("8 cá nhân", 8, "cá nhân"), Q("14 tập thể", 14, "tập thể")],
[D("Nghị định", "78", "2002/NĐ-CP", None, "Chính phủ", "Nghị định số 78/2002/NĐ-CP"),
 D("Quyết định", "295", "QĐ-TTg", "2010-02-26", "Thủ tướng Chính phủ", "Quyết định số 295/QĐ-TTg ngày 26/2/2010"),
 D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", "Nghị quyết số 11-NQ/TW ngày 27/4/2007")],
[prov("Lào Cai"), com("Bản Phiệt"), com("Tả Van")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI", "Trang chủ » Hoạt động Hội » Tin tức - Sự kiện", "Ảnh: Toàn cảnh hội nghị tổng kết.",
 "Xây dựng gia đình 5 không, 3 sạch", "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc",
 "Lượt xem: 1.254"],
["Thứ Năm, 29/12/2011 - 16:20", "năm 2011", "năm 2012", "năm 2010", "5 không, 3 sạch", "Lượt xem: 1.254"]))

PAGES.append(page("b1998-nghean-hnd-soket-2012", """
Báo Nghệ An điện tử
Chính trị | Dân vận | Nông nghiệp - Nông thôn
Cập nhật: 09:42, 20/07/2012 (GMT+7)
Nông dân Nghệ An vay hơn 1.250 tỷ đồng phát triển sản xuất
(Baonghean) - Sáng 18/7, Hội Nông dân tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Hữu Phúc, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì; dự có đồng chí Lô Thị Kim Oanh, Phó Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Nguyễn Hữu Phúc phát biểu tại hội nghị.
6 tháng qua, dư nợ ủy thác của Ngân hàng Chính sách xã hội qua Hội Nông dân toàn tỉnh đạt hơn 1.250 tỷ đồng, tăng 4,3% so với cuối năm 2011, với 1.926 tổ tiết kiệm và vay vốn. Quỹ Hỗ trợ nông dân các cấp có tổng nguồn vốn 45,7 tỷ đồng, trong đó ngân sách tỉnh cấp bổ sung 3 tỷ 450 triệu đồng; đã cho 2.380 hộ vay để chăn nuôi bò, trồng chè, nuôi cá lồng. Hội kết nạp 12.560 hội viên mới, thành lập 85 chi hội nghề nghiệp và 23 tổ hợp tác.
Ban Thường vụ Hội Nông dân tỉnh đã ban hành kế hoạch số 112-KH/HNDT về thực hiện Kết luận 61-KL/TW của Ban Bí thư và Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ về việc Hội Nông dân trực tiếp thực hiện và phối hợp thực hiện các chương trình phát triển kinh tế - xã hội nông thôn. Các huyện miền Tây được ưu tiên tập huấn khoa học kỹ thuật cho 14.200 lượt hội viên. Việc thực hiện Chỉ thị 14, 15-CT/TU của Ban Thường vụ Tỉnh ủy về dồn điền đổi thửa và về xây dựng nông thôn mới được sơ kết tại 21 huyện, thành, thị.
Phong trào "Nông dân thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững" có 98,2% hộ hội viên đăng ký thi đua.
Tại hội nghị, ông Vi Văn Sơn, Chủ tịch Hội Nông dân huyện Quế Phong, phản ánh ở vùng cao người Thái, người Mông nhiều hộ muốn vay vốn nhưng thiếu tài sản thế chấp. Ông Moong Văn Ngân, Chủ tịch Hội Nông dân xã Mường Típ, kể về nhóm hộ người Khơ Mú cùng nuôi 140 con dê từ nguồn vốn Quỹ Hỗ trợ nông dân. Bà Lang Thị Bích, Phó Giám đốc Ngân hàng Chính sách xã hội tỉnh, đề nghị Hội tiếp tục chấn chỉnh 47 tổ vay vốn hoạt động yếu.
Kết luận hội nghị, đồng chí Lô Thị Kim Oanh ghi nhận kết quả 6 tháng đầu năm và yêu cầu các cấp Hội thực hiện tốt phương châm "3 cùng" khi xuống cơ sở; ông Vừ Bá Lử, Ủy viên Ban Thường vụ Hội Nông dân tỉnh, được giao theo dõi các xã biên giới.
Hội nghị cũng chỉ ra hạn chế: một số cơ sở Hội còn lúng túng khi xây dựng mô hình kinh tế tập thể, việc kiểm tra, giám sát sử dụng vốn vay ở vài nơi chưa thường xuyên, nguồn Quỹ Hỗ trợ nông dân cấp xã còn nhỏ, chưa đáp ứng nhu cầu của hội viên.
Thành Chung
Tin liên quan
- Hội Nông dân Anh Sơn ra mắt câu lạc bộ nuôi bò (10/07/2012)
- Trao 35 con bò giống cho hộ nghèo xã Tri Lễ (02/07/2012)
- Nông dân Diễn Châu thu 300 tỷ đồng từ cây lạc (25/06/2012)
""", "2012-07-20", "Nông dân Nghệ An vay hơn 1.250 tỷ đồng phát triển sản xuất",
E("so_ket", "2012-H1", "2012-07-18"),
[P("Nguyễn Hữu Phúc", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lô Thị Kim Oanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Sơn", "Chủ tịch Hội Nông dân huyện Quế Phong"),
 P("Moong Văn Ngân", "Chủ tịch Hội Nông dân xã Mường Típ"),
 P("Lang Thị Bích", "Phó Giám đốc Ngân hàng Chính sách xã hội tỉnh"),
 P("Vừ Bá Lử", "Ủy viên Ban Thường vụ Hội Nông dân tỉnh")],
[Q("hơn 1.250 tỷ đồng", 1250000000000, "đồng", "over"), Q("4,3%", 4.3, "%"),
 Q("1.926 tổ tiết kiệm và vay vốn", 1926, "tổ tiết kiệm và vay vốn"), Q("45,7 tỷ đồng", 45700000000, "đồng"),
 Q("3 tỷ 450 triệu đồng", 3450000000, "đồng"), Q("2.380 hộ", 2380, "hộ"),
 Q("12.560 hội viên mới", 12560, "hội viên mới"), Q("85 chi hội nghề nghiệp", 85, "chi hội nghề nghiệp"),
 Q("23 tổ hợp tác", 23, "tổ hợp tác"), Q("14.200 lượt hội viên", 14200, "lượt hội viên"),
 Q("21 huyện, thành, thị", 21, "huyện, thành, thị"), Q("98,2%", 98.2, "%"),
 Q("140 con dê", 140, "con dê"), Q("47 tổ vay vốn", 47, "tổ vay vốn")],
[D("Kế hoạch", "112", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "kế hoạch số 112-KH/HNDT"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW của Ban Bí thư"),
 D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Chỉ thị", "14", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14, 15-CT/TU"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14, 15-CT/TU")],
[prov("Nghệ An"), com("Mường Típ")],
["Báo Nghệ An điện tử", "Chính trị | Dân vận | Nông nghiệp - Nông thôn", "(Baonghean)",
 "Đồng chí Nguyễn Hữu Phúc phát biểu tại hội nghị.",
 "Nông dân thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững", "Quỹ Hỗ trợ nông dân", "3 cùng"],
["Cập nhật: 09:42, 20/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "năm 2011", "3 cùng"]))

PAGES.append(page("b1999-daklak-tinhdoan-hocbong-2013", """
TỈNH ĐOÀN ĐẮK LẮK - ĐOÀN TNCS HỒ CHÍ MINH
Bạn đang ở: Trang chủ / Tin tức / Công tác Đội và phong trào thiếu nhi
08:15 | 26/08/2013
Các em học sinh nhận học bổng. Ảnh: H.Y
Trao 215 suất học bổng "Tiếp sức đến trường" cho học sinh, sinh viên nghèo
Sáng 24/8, Tỉnh Đoàn Đắk Lắk phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh tổ chức trao 215 suất học bổng "Tiếp sức đến trường" cho học sinh, sinh viên có hoàn cảnh khó khăn, vượt khó học giỏi năm học 2013 - 2014. Mỗi suất học bổng trị giá 1,5 triệu đồng; tổng trị giá hơn 322 triệu đồng, do các doanh nghiệp, nhà hảo tâm và đoàn viên, thanh niên đóng góp.
Đến dự có đồng chí H'Yên Knul, Bí thư Tỉnh Đoàn, Chủ tịch Hội đồng Đội tỉnh; đồng chí Y Sơn Mlô, Phó Bí thư - Chủ tịch Hội LHTN Việt Nam tỉnh; ông Trần Quốc Vinh, Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh Đắk Lắk.
Trong số các em nhận học bổng có 128 em là người đồng bào dân tộc thiểu số tại chỗ, 37 tân sinh viên vừa trúng tuyển đại học, cao đẳng. Ngoài học bổng, Ban tổ chức còn trao 10 chiếc xe đạp, 300 bộ sách giáo khoa và 2.000 cuốn vở cho học sinh các xã Ea Sol, Cư M'ta và Krông Jing.
Phát biểu tại buổi lễ, đồng chí H'Yên Knul cho biết, thực hiện Kế hoạch số 86-KH/TĐTN-TNTH của Ban Thường vụ Tỉnh Đoàn, các cấp bộ Đoàn đang quản lý dư nợ ủy thác 186,4 tỷ đồng với 5.912 hộ vay vốn, trong đó có 1.043 hộ vay theo Quyết định số 157/2007/QĐ-TTg ngày 27/9/2007 của Thủ tướng Chính phủ về tín dụng đối với học sinh, sinh viên. Mức cho vay tối đa hiện nay là 1.000.000 đ/tháng/sinh viên. Đồng chí đề nghị các cơ sở Đoàn thông báo kịp thời để tân sinh viên được vay vốn ngay từ đầu năm học.
Em H'Nhung Êban, tân sinh viên Trường Đại học Tây Nguyên, xúc động chia sẻ: "Cha mẹ em làm rẫy, năm nay cà phê mất giá, có học bổng này em đủ tiền đóng học kỳ đầu". Em Y Phúc Byă, học sinh lớp 12 Trường THPT Ea Súp, đạt giải Nhì môn Toán cấp tỉnh, cũng được nhận học bổng và 1 chiếc xe đạp.
Cũng trong chương trình, Tỉnh Đoàn phát động đợt quyên góp "Áo ấm cho em", phấn đấu đến cuối năm trao 1.500 chiếc áo ấm cho học sinh vùng sâu. Chị H'Dơk Niê Kđăm, Bí thư Đoàn xã Ea Sol, cho biết chi đoàn các buôn đã góp được gần 15 triệu đồng từ việc thu gom phế liệu.
Năm học mới, Tỉnh Đoàn sẽ tiếp tục vận động nguồn lực xã hội hóa, mở rộng chương trình tới các huyện phía Đông và phía Nam tỉnh, đồng thời phối hợp với ngành giáo dục nắm danh sách học sinh có nguy cơ bỏ học để kịp thời hỗ trợ, không để em nào phải nghỉ học vì hoàn cảnh khó khăn.
Hồng Yến
Lượt truy cập: 2.318.406
Các tin khác
- Tuổi trẻ Đắk Lắk ra quân Chiến dịch Thanh niên tình nguyện hè 2013 (02/06/2013)
- Trao 50 suất quà cho thiếu nhi buôn Ea Kmar (01/06/2013)
- Hội thi "Thủ lĩnh Đoàn giỏi" năm 2013 (20/05/2013)
""", "2013-08-26", "Trao 215 suất học bổng \"Tiếp sức đến trường\" cho học sinh, sinh viên nghèo",
E("trao_qua", None, "2013-08-24"),
[P("H'Yên Knul", "Bí thư Tỉnh Đoàn", "Chủ tịch Hội đồng Đội tỉnh"),
 P("Y Sơn Mlô", "Phó Bí thư - Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Trần Quốc Vinh", "Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh Đắk Lắk"),
 P("H'Nhung Êban", "tân sinh viên Trường Đại học Tây Nguyên"),
 P("Y Phúc Byă", "học sinh lớp 12 Trường THPT Ea Súp"),
 P("H'Dơk Niê Kđăm", "Bí thư Đoàn xã Ea Sol")],
[Q("215 suất học bổng", 215, "suất học bổng"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("hơn 322 triệu đồng", 322000000, "đồng", "over"), Q("128 em", 128, "em"), Q("37 tân sinh viên", 37, "tân sinh viên"),
 Q("10 chiếc xe đạp", 10, "chiếc xe đạp"), Q("300 bộ sách giáo khoa", 300, "bộ sách giáo khoa"),
 Q("2.000 cuốn vở", 2000, "cuốn vở"), Q("186,4 tỷ đồng", 186400000000, "đồng"), Q("5.912 hộ", 5912, "hộ"),
 Q("1.043 hộ", 1043, "hộ"), Q("1.000.000 đ", 1000000, "đồng"), Q("1.500 chiếc áo ấm", 1500, "chiếc áo ấm"),
 Q("gần 15 triệu đồng", 15000000, "đồng", "approx")],
[D("Kế hoạch", "86", "KH/TĐTN-TNTH", None, "Ban Thường vụ Tỉnh Đoàn", "Kế hoạch số 86-KH/TĐTN-TNTH"),
 D("Quyết định", "157", "2007/QĐ-TTg", "2007-09-27", "Thủ tướng Chính phủ", "Quyết định số 157/2007/QĐ-TTg ngày 27/9/2007")],
[prov("Đắk Lắk"), com("Ea Sol"), com("Cư M'ta"), com("Krông Jing")],
["TỈNH ĐOÀN ĐẮK LẮK - ĐOÀN TNCS HỒ CHÍ MINH", "Bạn đang ở: Trang chủ / Tin tức / Công tác Đội và phong trào thiếu nhi",
 "Các em học sinh nhận học bổng. Ảnh: H.Y", "Tiếp sức đến trường", "Áo ấm cho em", "Lượt truy cập: 2.318.406"],
["08:15 | 26/08/2013", "năm học 2013 - 2014", "lớp 12", "giải Nhì", "1 chiếc xe đạp", "Lượt truy cập: 2.318.406"]))

PAGES.append(page("b2000-soctrang-hlhpn-quatet-2015", """
Cổng thông tin điện tử Hội LHPN tỉnh Sóc Trăng
Trang chủ > Tin tức > Hoạt động các cấp Hội
05/02/2015 - 10:05
Trao 1.200 phần quà Tết cho phụ nữ nghèo đồng bào Khmer
Bà Lâm Thị Phươl trao quà cho hội viên xã Lai Hòa.
Ngày 4/2, Hội Liên hiệp Phụ nữ tỉnh Sóc Trăng tổ chức trao 1.200 phần quà Tết Nguyên đán Ất Mùi 2015 cho phụ nữ nghèo, phụ nữ đơn thân nuôi con nhỏ, chủ yếu là đồng bào Khmer, tại thị trấn Lịch Hội Thượng và các xã Lai Hòa, Vĩnh Hải. Mỗi phần quà trị giá 400.000 đồng gồm gạo, nhu yếu phẩm và tiền mặt; tổng trị giá 480 triệu đồng, do Trung ương Hội LHPN Việt Nam và các nhà hảo tâm hỗ trợ qua chương trình "Xuân yêu thương".
Đến dự và trao quà có bà Lâm Thị Phươl, Phó Chủ tịch Thường trực Hội LHPN tỉnh; bà Lý Thị Cẩm Hồng, Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh; ông Thạch Sô Phol, Phó Trưởng Ban Dân tộc tỉnh.
Theo bà Lâm Thị Phươl, thực hiện Hướng dẫn số 09-HD/ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về chăm lo Tết cho phụ nữ nghèo, năm nay các cấp Hội trong tỉnh vận động được hơn 2,1 tỷ đồng, trao tổng cộng 5.630 phần quà, bàn giao 5 căn nhà "Mái ấm tình thương", mỗi căn 40 triệu đồng. Dư nợ ủy thác của Ngân hàng Chính sách xã hội qua Hội đến cuối năm 2014 đạt 342,8 tỷ đồng với 14.906 hộ còn dư nợ; tỷ lệ hộ nghèo trong đồng bào Khmer đã giảm còn 14,6%.
Bà Thạch Thị Sa Phươne, Chủ tịch Hội LHPN xã Lai Hòa, cho biết xã có 26 tổ tiết kiệm và vay vốn, các chị em người Khmer góp mỗi tháng từ 20.000 đến 50.000 đồng vào quỹ tiết kiệm, đến nay quỹ đã có 186 triệu đồng, xoay vòng cho 74 chị vay nuôi heo, trồng hành tím. Chị Kim Thị Sóc Khanh, ngụ ấp Vĩnh Thành, nhận quà với niềm vui: "Năm rồi tôi vay 15 triệu đồng của Hội nuôi 2 con bò, nay bò đã đẻ, Tết này nhà tôi đủ đầy hơn".
Dịp này, Hội LHPN tỉnh còn phối hợp với Bệnh viện Đa khoa tỉnh khám bệnh, cấp thuốc miễn phí cho 350 phụ nữ cao tuổi và trao 30 suất học bổng, mỗi suất 1.000.000đ, cho con em hội viên nghèo học giỏi.
Theo kế hoạch, từ nay đến trước Tết, các cấp Hội tiếp tục đến thăm, tặng quà các gia đình chính sách, hội viên neo đơn; tổ chức hoạt động "Tết sum vầy" ở khu nhà trọ công nhân; vận động chị em giữ gìn an ninh trật tự, không đốt pháo, tiết kiệm trong mua sắm ngày Tết. Ban Thường vụ Hội LHPN tỉnh cũng giao các huyện, thị xã rà soát những hộ chưa được nhận quà để bổ sung kịp thời, bảo đảm phụ nữ nghèo nào cũng có Tết.
Thu Thảo - Ban Tuyên giáo
Lượt xem: 642
TIN CÙNG CHUYÊN MỤC
- Hội LHPN huyện Trần Đề ra mắt câu lạc bộ phụ nữ Khmer (28/01/2015)
- Trao 20 con bò cho phụ nữ nghèo Ngã Năm (20/01/2015)
- Tổng kết công tác Hội năm 2014 (16/01/2015)
""", "2015-02-05", "Trao 1.200 phần quà Tết cho phụ nữ nghèo đồng bào Khmer",
E("trao_qua", None, "2015-02-04"),
[P("Lâm Thị Phươl", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Lý Thị Cẩm Hồng", "Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh"),
 P("Thạch Sô Phol", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Thạch Thị Sa Phươne", "Chủ tịch Hội LHPN xã Lai Hòa"),
 P("Kim Thị Sóc Khanh")],
[Q("1.200 phần quà", 1200, "phần quà"), Q("400.000 đồng", 400000, "đồng"), Q("480 triệu đồng", 480000000, "đồng"),
 Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("5.630 phần quà", 5630, "phần quà"),
 Q("5 căn nhà", 5, "căn nhà"), Q("40 triệu đồng", 40000000, "đồng"), Q("342,8 tỷ đồng", 342800000000, "đồng"),
 Q("14.906 hộ", 14906, "hộ"), Q("14,6%", 14.6, "%"), Q("26 tổ tiết kiệm và vay vốn", 26, "tổ tiết kiệm và vay vốn"),
 Q("20.000", 20000, "đồng"), Q("50.000 đồng", 50000, "đồng"), Q("186 triệu đồng", 186000000, "đồng"),
 Q("74 chị", 74, "chị"), Q("15 triệu đồng", 15000000, "đồng"), Q("2 con bò", 2, "con bò"),
 Q("350 phụ nữ cao tuổi", 350, "phụ nữ cao tuổi"), Q("30 suất học bổng", 30, "suất học bổng"), Q("1.000.000đ", 1000000, "đồng")],
[D("Hướng dẫn", "09", "HD/ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn số 09-HD/ĐCT")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Lai Hòa"), com("Vĩnh Hải")],
["Cổng thông tin điện tử Hội LHPN tỉnh Sóc Trăng", "Trang chủ > Tin tức > Hoạt động các cấp Hội",
 "Bà Lâm Thị Phươl trao quà cho hội viên xã Lai Hòa.", "Xuân yêu thương", "Mái ấm tình thương", "Tết sum vầy", "Lượt xem: 642"],
["05/02/2015 - 10:05", "Tết Nguyên đán Ất Mùi 2015", "năm 2014", "Lượt xem: 642"]))

PAGES.append(page("b2001-thanhhoa-uythac-giaoban-2016", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA
Vị trí: Trang chủ :: Tin tức - Sự kiện :: Hoạt động dân vận
Ngày đăng 08/04/2016 | 16:20
Đồng chí Phạm Thị Xoan phát biểu chỉ đạo tại hội nghị.
Giao ban công tác ủy thác cho vay vốn ưu đãi quý I/2016
Ngày 7/4, Ban Dân vận Tỉnh ủy phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh Thanh Hóa tổ chức hội nghị giao ban công tác ủy thác cho vay vốn qua các tổ chức chính trị - xã hội quý I/2016. Đồng chí Phạm Thị Xoan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Trưởng Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh chủ trì.
Đến ngày 31/3/2016, tổng dư nợ ủy thác qua 4 tổ chức hội, đoàn thể đạt 7.412,6 tỷ đồng, chiếm 98,9% tổng dư nợ của Ngân hàng Chính sách xã hội tỉnh, với 6.480 tổ tiết kiệm và vay vốn và 231.540 hộ đang còn dư nợ. Trong đó, Hội Nông dân quản lý 2.193,4 tỷ đồng; Hội LHPN 2.540,2 tỷ đồng; Hội Cựu chiến binh 1.405 tỷ đồng; Đoàn Thanh niên 1.274 tỷ đồng. Nợ quá hạn giảm còn 0,31%, thấp hơn cùng kỳ năm 2015. Quý I, doanh số cho vay đạt 612 tỷ đồng, giúp 21.870 hộ nghèo và đối tượng chính sách được vay vốn; doanh số thu nợ 458,5 tỷ đồng.
Thực hiện Chỉ thị số 40-CT/TW ngày 22/11/2014 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với tín dụng chính sách xã hội và kế hoạch số 62-KH/TU của Ban Thường vụ Tỉnh ủy, 27 huyện, thị xã, thành phố đã trích ngân sách địa phương chuyển sang Ngân hàng Chính sách xã hội với tổng số 38,75 tỷ đồng để cho vay. Lãi suất cho vay hộ nghèo hiện ở mức 0,6%/tháng theo Nghị định số 78/2002/NĐ-CP ngày 4/10/2002 của Chính phủ.
Tại hội nghị, bà Hà Thị Ban, Phó Chủ tịch Hội LHPN tỉnh, cho biết các tổ tiết kiệm và vay vốn do Hội quản lý huy động tiền gửi tiết kiệm của tổ viên được 96,3 tỷ đồng, bình quân mỗi tổ viên gửi 150.000 đồng/tháng. Ông Lò Văn Thanh, Chủ tịch Hội Nông dân huyện Mường Lát, phản ánh ở các bản người Mông, người Thái, việc giao dịch tại điểm giao dịch xã còn khó khăn do đường xa; có 3 xã chưa có sóng điện thoại. Ông Lê Đình Tuấn, Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh, đề nghị các hội, đoàn thể rà soát 156 tổ xếp loại yếu và kiên quyết thay 42 tổ trưởng không đủ năng lực.
Kết luận giao ban, đồng chí Phạm Thị Xoan yêu cầu quý II các tổ chức hội tập trung nâng chất lượng hoạt động tổ, thực hiện công khai dư nợ tại 100% điểm giao dịch xã, phối hợp đôn đốc thu hồi nợ đến hạn, không để phát sinh nợ xấu; phát huy vai trò của Ban giảm nghèo thôn trong bình xét đối tượng vay.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Văn Hòa, Phạm Bá Tùng cùng đại diện lãnh đạo Hội Cựu chiến binh tỉnh và Tỉnh Đoàn dự hội nghị. Trong tháng 4, Ban Dân vận Tỉnh ủy sẽ tổ chức kiểm tra công tác ủy thác tại các huyện Như Xuân, Lang Chánh và Bá Thước.
Lê Hà
Bài viết liên quan
- Thanh Hóa: Sơ kết 1 năm thực hiện Chỉ thị 40 (15/01/2016)
- Hội Nông dân tỉnh tập huấn cho tổ trưởng tổ vay vốn (28/12/2015)
- Ra mắt 20 tổ tiết kiệm và vay vốn mới ở Thường Xuân (10/12/2015)
""", "2016-04-08", "Giao ban công tác ủy thác cho vay vốn ưu đãi quý I/2016",
E("giao_ban", "2016-Q1", "2016-04-07"),
[P("Phạm Thị Xoan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh"),
 P("Hà Thị Ban", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lò Văn Thanh", "Chủ tịch Hội Nông dân huyện Mường Lát"),
 P("Lê Đình Tuấn", "Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
 P("Lê Văn Hòa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Bá Tùng", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("4 tổ chức hội, đoàn thể", 4, "tổ chức hội, đoàn thể"), Q("7.412,6 tỷ đồng", 7412600000000, "đồng"),
 Q("98,9%", 98.9, "%"), Q("6.480 tổ tiết kiệm và vay vốn", 6480, "tổ tiết kiệm và vay vốn"),
 Q("231.540 hộ", 231540, "hộ"), Q("2.193,4 tỷ đồng", 2193400000000, "đồng"), Q("2.540,2 tỷ đồng", 2540200000000, "đồng"),
 Q("1.405 tỷ đồng", 1405000000000, "đồng"), Q("1.274 tỷ đồng", 1274000000000, "đồng"), Q("0,31%", 0.31, "%"),
 Q("612 tỷ đồng", 612000000000, "đồng"), Q("21.870 hộ nghèo và đối tượng chính sách", 21870, "hộ nghèo và đối tượng chính sách"),
 Q("458,5 tỷ đồng", 458500000000, "đồng"), Q("27 huyện, thị xã, thành phố", 27, "huyện, thị xã, thành phố"),
 Q("38,75 tỷ đồng", 38750000000, "đồng"), Q("0,6%", 0.6, "%"), Q("96,3 tỷ đồng", 96300000000, "đồng"),
 Q("150.000 đồng", 150000, "đồng"), Q("3 xã", 3, "xã"), Q("156 tổ", 156, "tổ"), Q("42 tổ trưởng", 42, "tổ trưởng"),
 Q("100%", 100, "%")],
[D("Chỉ thị", "40", "CT/TW", "2014-11-22", "Ban Bí thư", "Chỉ thị số 40-CT/TW ngày 22/11/2014"),
 D("Kế hoạch", "62", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "kế hoạch số 62-KH/TU"),
 D("Nghị định", "78", "2002/NĐ-CP", "2002-10-04", "Chính phủ", "Nghị định số 78/2002/NĐ-CP ngày 4/10/2002")],
[prov("Thanh Hóa")],
["BAN DÂN VẬN TỈNH ỦY THANH HÓA", "Vị trí: Trang chủ :: Tin tức - Sự kiện :: Hoạt động dân vận",
 "Đồng chí Phạm Thị Xoan phát biểu chỉ đạo tại hội nghị."],
["Ngày đăng 08/04/2016 | 16:20", "quý I/2016", "31/3/2016", "năm 2015", "Quý I", "quý II", "tháng 4"]))

PAGES.append(page("b2002-gialai-hnd-doithoai-2017", """
Báo Gia Lai điện tử
Hôm nay: Thứ Hai, 11/09/2017
Trang chủ › Chính trị - Xã hội › Dân vận
Thứ Hai, 11/09/2017
Chủ tịch UBND tỉnh lắng nghe, tháo gỡ khó khăn cho nông dân
(GLO)- Sáng 9/9, Hội Nông dân tỉnh phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2017 theo Quyết định 81/2014/QĐ-TTg của Thủ tướng Chính phủ. Đồng chí Trương Văn Đạt, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; cùng dự có đồng chí Kpă H'Nhi, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh và đại diện lãnh đạo các sở, ngành.
Toàn cảnh hội nghị đối thoại. Ảnh: Đức Thụy
Tham dự hội nghị có 300 hội viên nông dân tiêu biểu đến từ 17 huyện, thị xã, thành phố. Trước hội nghị, Hội Nông dân tỉnh đã tổng hợp 46 ý kiến, kiến nghị gửi UBND tỉnh, tập trung vào giá cả nông sản, vốn vay, đất sản xuất và dịch bệnh trên cây hồ tiêu. Tại hội nghị, 14 nông dân đã trực tiếp nêu ý kiến.
Ông Rơ Mah Blim, hội viên làng Plei Ring, xã Ia Băng, cho biết năm nay gia đình có gần 2 ha hồ tiêu bị chết, đề nghị tỉnh có chính sách khoanh nợ, giãn nợ. Trả lời, ông Nguyễn Văn Hải, Phó Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh, cho biết toàn tỉnh có hơn 2.000 ha hồ tiêu bị bệnh chết; các ngân hàng đã cơ cấu lại thời hạn trả nợ cho 1.265 khách hàng với dư nợ khoảng 410 tỷ đồng, thực hiện theo Nghị định 55/2015/NĐ-CP của Chính phủ về chính sách tín dụng phục vụ phát triển nông nghiệp, nông thôn.
Bà Ksor H'Biăk, Chi hội trưởng Chi hội nông dân làng Tơ Nâng, xã Ia Pết, hỏi về vốn vay giải quyết việc làm cho thanh niên người Jrai. Ông Đinh Văn Thưng, Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh, trả lời: mức cho vay hộ nghèo hiện tối đa 50 triệu đồng/hộ, thời hạn đến 5 năm; năm 2017 ngân hàng được giao thêm 287 tỷ đồng vốn, dư nợ ủy thác qua Hội Nông dân đạt 1.068 tỷ đồng với 29.416 hộ vay.
Ông A Sol, nông dân làng Kon Mahar, xã Hà Tây, huyện Chư Păh, phản ánh giá phân bón tăng cao, đề nghị kiểm tra hàng giả. Giám đốc Sở Công Thương Lê Thị Hồng Nhung cho biết trong 8 tháng ngành đã kiểm tra 126 cơ sở kinh doanh vật tư nông nghiệp, xử phạt 19 trường hợp với số tiền 215,5 triệu đồng.
Kết luận hội nghị, đồng chí Trương Văn Đạt ghi nhận các ý kiến thẳng thắn, giao các sở, ngành trả lời bằng văn bản trong 15 ngày những ý kiến chưa giải đáp xong. Chủ tịch UBND tỉnh đề nghị Hội Nông dân tiếp tục phát triển Quỹ Hỗ trợ nông dân, hiện đạt 12,3 tỷ đồng, và nhân rộng mô hình trồng xen cây ăn quả trong vườn cà phê. UBND tỉnh cũng sẽ bổ sung 2 tỷ đồng từ ngân sách cho Quỹ trong năm 2018.
Cùng dự còn có các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Nguyễn Thị Hồng Vân, Rơ Châm Tiêng.
Thanh Nhật
Tin khác
- Hội Nông dân tỉnh trao 100 con bò cho hộ nghèo (30/08/2017)
- Nông dân Chư Sê chuyển đổi 500 ha hồ tiêu (22/08/2017)
- Tập huấn kỹ thuật trồng cà phê cho hội viên (10/08/2017)
""", "2017-09-11", "Chủ tịch UBND tỉnh lắng nghe, tháo gỡ khó khăn cho nông dân",
E("doi_thoai", "2017", "2017-09-09"),
[P("Trương Văn Đạt", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Kpă H'Nhi", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Rơ Mah Blim", "hội viên làng Plei Ring"),
 P("Nguyễn Văn Hải", "Phó Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh"),
 P("Ksor H'Biăk", "Chi hội trưởng Chi hội nông dân làng Tơ Nâng"),
 P("Đinh Văn Thưng", "Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
 P("A Sol", "nông dân làng Kon Mahar"),
 P("Lê Thị Hồng Nhung", "Giám đốc Sở Công Thương"),
 P("Nguyễn Thị Hồng Vân", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Rơ Châm Tiêng", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("300 hội viên nông dân tiêu biểu", 300, "hội viên nông dân tiêu biểu"),
 Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"), Q("46 ý kiến, kiến nghị", 46, "ý kiến, kiến nghị"),
 Q("14 nông dân", 14, "nông dân"), Q("gần 2 ha", 2, "ha", "approx"), Q("hơn 2.000 ha", 2000, "ha", "over"),
 Q("1.265 khách hàng", 1265, "khách hàng"), Q("khoảng 410 tỷ đồng", 410000000000, "đồng", "approx"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("287 tỷ đồng", 287000000000, "đồng"), Q("1.068 tỷ đồng", 1068000000000, "đồng"),
 Q("29.416 hộ", 29416, "hộ"), Q("126 cơ sở kinh doanh vật tư nông nghiệp", 126, "cơ sở kinh doanh vật tư nông nghiệp"),
 Q("19 trường hợp", 19, "trường hợp"), Q("215,5 triệu đồng", 215500000, "đồng"), Q("12,3 tỷ đồng", 12300000000, "đồng"),
 Q("2 tỷ đồng", 2000000000, "đồng")],
[D("Quyết định", "81", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 81/2014/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Nghị định", "55", "2015/NĐ-CP", None, "Chính phủ", "Nghị định 55/2015/NĐ-CP của Chính phủ")],
[prov("Gia Lai"), com("Ia Băng"), com("Ia Pết"), com("Hà Tây")],
["Báo Gia Lai điện tử", "Trang chủ › Chính trị - Xã hội › Dân vận", "(GLO)", "Toàn cảnh hội nghị đối thoại. Ảnh: Đức Thụy",
 "Quỹ Hỗ trợ nông dân"],
["Hôm nay: Thứ Hai, 11/09/2017", "năm 2017", "5 năm", "8 tháng", "15 ngày", "năm 2018"]))
