from lib import *

PAGES = []

PAGES.append(page("b497-hanam-lhpn-soket-2024", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ NAM
Thứ Tư, 17/07/2024
You are here: Trang chủ > Tin hoạt động > Tin Hội LHPN tỉnh
16/07/2024 - 10:20
Hội LHPN tỉnh sơ kết công tác Hội 6 tháng
Ngày 12/7, Ban Thường vụ Hội LHPN tỉnh Hà Nam tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Đinh Thị Lụa, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị.
Đồng chí Đinh Thị Lụa, Chủ tịch Hội LHPN tỉnh phát biểu tại hội nghị. Ảnh: Thu Hường
Dự hội nghị có đồng chí Phạm Văn Tuyên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Lại Thị Hồng, Trương Thị Vân cùng 95 đại biểu là Ủy viên Ban Chấp hành Hội LHPN tỉnh, chủ tịch Hội LHPN các huyện, thị xã, thành phố.
Sáu tháng đầu năm, các cấp Hội đã triển khai Kế hoạch 09, 10/KH-HPN của Ban Thường vụ Hội LHPN tỉnh về thực hiện Nghị quyết đại hội đại biểu phụ nữ toàn quốc lần thứ XIII và Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em". Các cấp Hội tiếp tục thực hiện Quyết định 939/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017-2025", hỗ trợ 48 ý tưởng, dự án khởi nghiệp của phụ nữ.
Kết quả, các cấp Hội đã kết nạp 1.860 hội viên mới; giúp 245 hộ phụ nữ nghèo có địa chỉ; vận động xây dựng 23 "Mái ấm tình thương" với tổng trị giá 1,25 tỷ đồng, mỗi mái ấm được hỗ trợ từ 50 đến 60 triệu đồng. Dư nợ ủy thác qua Hội tại Ngân hàng Chính sách xã hội đạt 1.132 tỷ đồng với 24.600 hộ vay.
Toàn cảnh hội nghị sơ kết 6 tháng đầu năm 2024.
Tại hội nghị, bà Trần Thị Bích, UVBCH Hội LHPN tỉnh, Chủ tịch Hội LHPN huyện Lý Nhân chia sẻ cách vận động phụ nữ tham gia mô hình "Cổng trường an toàn giao thông"; bà Nguyễn Thị Thắm, Chủ tịch Hội LHPN xã Thanh Hà báo cáo mô hình "Phụ nữ thu gom phế liệu gây quỹ" với số tiền thu được hơn 86 triệu đồng để giúp trẻ em có hoàn cảnh khó khăn. Cũng tại hội nghị, đồng chí Lê Thu Hà, vừa được bổ nhiệm làm Trưởng ban Tuyên giáo Hội LHPN tỉnh, trình bày dự thảo kế hoạch tổ chức Tháng hành động vì bình đẳng giới.
Bên cạnh kết quả, hội nghị cũng chỉ ra một số hạn chế: tỷ lệ tập hợp nữ công nhân trong khu công nghiệp còn thấp; một số chi hội sinh hoạt chưa đều; việc ứng dụng công nghệ số trong quản lý hội viên còn chậm.
Phát biểu tại hội nghị, đồng chí Phạm Văn Tuyên đề nghị các cấp Hội tiếp tục thực hiện Nghị quyết 21-NQ/TU của Tỉnh ủy về phát triển kinh tế tập thể; chủ động tham gia chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025-2030, thực hiện tốt cuộc vận động "Xây dựng gia đình 5 không, 3 sạch".
Thu Hường
Lượt xem: 742
Tin khác
- Phụ nữ Kim Bảng chung tay bảo vệ môi trường
- Hội LHPN tỉnh trao 10 "Mái ấm tình thương" cho hội viên nghèo
- Hội thi "Tuyên truyền viên giỏi" cấp tỉnh năm 2024
- Ra mắt mô hình "Gia đình 5 có" tại phường Lê Hồng Phong
- Phụ nữ Thanh Liêm khởi nghiệp từ nông sản sạch
- Tập huấn kỹ năng chuyển đổi số cho cán bộ Hội cơ sở
- Hội LHPN huyện Bình Lục giao ban công tác Hội quý II
- Trao vốn hỗ trợ phụ nữ khởi nghiệp tại thành phố Phủ Lý
""", "2024-07-16", "Hội LHPN tỉnh sơ kết công tác Hội 6 tháng",
 E("so_ket", "2024-H1", "2024-07-12"),
 [P("Đinh Thị Lụa", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
  P("Phạm Văn Tuyên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
  P("Lại Thị Hồng", "Phó Chủ tịch Hội LHPN tỉnh"),
  P("Trương Thị Vân", "Phó Chủ tịch Hội LHPN tỉnh"),
  P("Trần Thị Bích", "UVBCH Hội LHPN tỉnh", "Chủ tịch Hội LHPN huyện Lý Nhân"),
  P("Nguyễn Thị Thắm", "Chủ tịch Hội LHPN xã Thanh Hà"),
  P("Lê Thu Hà", "Trưởng ban Tuyên giáo Hội LHPN tỉnh")],
 [Q("95 đại biểu", 95, "đại biểu"),
  Q("48 ý tưởng, dự án khởi nghiệp", 48, "ý tưởng, dự án khởi nghiệp"),
  Q("1.860 hội viên mới", 1860, "hội viên mới"),
  Q("245 hộ phụ nữ nghèo", 245, "hộ phụ nữ nghèo"),
  Q("23 \"Mái ấm tình thương\"", 23, "Mái ấm tình thương"),
  Q("1,25 tỷ đồng", 1250000000, "đồng"),
  Q("từ 50", 50000000, "đồng"),
  Q("60 triệu đồng", 60000000, "đồng"),
  Q("1.132 tỷ đồng", 1132000000000, "đồng"),
  Q("24.600 hộ vay", 24600, "hộ vay"),
  Q("hơn 86 triệu đồng", 86000000, "đồng", "over")],
 [D("Kế hoạch", "09", "KH-HPN", issuer="Ban Thường vụ Hội LHPN tỉnh", surface="Kế hoạch 09, 10/KH-HPN của Ban Thường vụ Hội LHPN tỉnh"),
  D("Kế hoạch", "10", "KH-HPN", issuer="Ban Thường vụ Hội LHPN tỉnh", surface="Kế hoạch 09, 10/KH-HPN của Ban Thường vụ Hội LHPN tỉnh"),
  D("Quyết định", "939", "QĐ-TTg", issuer="Thủ tướng Chính phủ", surface="Quyết định 939/QĐ-TTg của Thủ tướng Chính phủ"),
  D("Nghị quyết", "21", "NQ/TU", issuer="Tỉnh ủy", surface="Nghị quyết 21-NQ/TU của Tỉnh ủy")],
 [prov("Hà Nam"), com("Thanh Hà")],
 ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ NAM", "You are here: Trang chủ > Tin hoạt động > Tin Hội LHPN tỉnh",
  "Đồng chí Đinh Thị Lụa, Chủ tịch Hội LHPN tỉnh phát biểu tại hội nghị. Ảnh: Thu Hường", "Toàn cảnh hội nghị sơ kết 6 tháng đầu năm 2024.",
  "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em", "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017-2025",
  "Mái ấm tình thương", "Cổng trường an toàn giao thông", "Phụ nữ thu gom phế liệu gây quỹ", "Xây dựng gia đình 5 không, 3 sạch",
  "Tháng hành động vì bình đẳng giới", "Ngân hàng Chính sách xã hội", "Lượt xem: 742"],
 ["Thứ Tư, 17/07/2024", "16/07/2024 - 10:20", "6 tháng đầu năm 2024", "6 tháng cuối năm", "lần thứ XIII", "Dự án 8",
  "giai đoạn 2017-2025", "nhiệm kỳ 2025-2030", "5 không, 3 sạch", "Lượt xem: 742"]))

PAGES.append(page("b498-hagiang-bdv-tongket-2025", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Hôm nay: Thứ Tư, 15/01/2025
Trang chủ » Hoạt động » Tin Ban Dân vận Tỉnh ủy
09:05 | 14/01/2025
Ban Dân vận Tỉnh ủy Hà Giang triển khai nhiệm vụ năm 2025
Ngày 13/1, Ban Dân vận Tỉnh ủy Hà Giang tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Dự và chỉ đạo hội nghị có đồng chí Thào Mí Lử, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.
Đồng chí Thào Mí Lử, Phó Bí thư Tỉnh ủy phát biểu chỉ đạo hội nghị. Ảnh: Mạnh Hùng
Chủ trì hội nghị có đồng chí Vừ Mí Kía, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Hồng, Hoàng Văn Pùng.
Năm 2024, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 05, 06 của Ban Thường vụ Tỉnh ủy về công tác dân vận trong thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ; hướng dẫn triển khai Kết luận 43-KL/TU của Ban Thường vụ Tỉnh ủy về tiếp tục thực hiện Chỉ thị 12-CT/TU về công tác dân vận ở vùng biên giới.
Điểm nhấn của năm là phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát". Khối dân vận các cấp đã vận động hỗ trợ xây dựng 3.450 căn nhà cho hộ nghèo, hộ cận nghèo, trong đó 2.870 căn đã hoàn thành, với tổng kinh phí hơn 215 tỷ đồng. Nhân dân đóng góp trên 41.000 ngày công và hiến 18.600 m2 đất. Tỷ lệ hộ nghèo toàn tỉnh giảm 4,2%, còn 27,8%.
Toàn cảnh hội nghị tổng kết công tác dân vận năm 2024.
Tại hội nghị, ông Sùng Mí Chớ, Bí thư Đảng ủy xã Sủng Là chia sẻ cách vận động đồng bào Mông bỏ tục thách cưới, giảm chi phí đám ma từ 7 ngày xuống còn 2 ngày. Bà Lù Thị Dín, người dân tộc Lô Lô, người có uy tín thôn Lô Lô Chải, xã Lũng Cú kể về mô hình làng văn hóa du lịch cộng đồng thu hút hơn 60.000 lượt khách mỗi năm. Bà Lý Thị Mây, người dân tộc Dao, Trưởng thôn Nặm Đăm, xã Quản Bạ chia sẻ việc vận động 26 hộ tham gia homestay.
Hội nghị cũng chỉ rõ những hạn chế: việc nắm bắt tình hình nhân dân ở một số xã biên giới chưa thường xuyên; tình trạng xuất cảnh trái phép, truyền đạo trái pháp luật còn xảy ra; một số mô hình "Dân vận khéo" chưa được duy trì bền vững.
Phát biểu chỉ đạo, đồng chí Thào Mí Lử đề nghị năm 2025 khối dân vận làm tốt công tác tuyên truyền, vận động nhân dân đồng thuận với chủ trương sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị; hoàn thành 100% chỉ tiêu xóa nhà tạm trước tháng 6/2025.
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 17 tập thể, 25 cá nhân.
Mạnh Hùng
Lượt xem: 1.925
Tin liên quan
- Hà Giang: Khánh thành nhà đại đoàn kết cho hộ nghèo Mèo Vạc
- Khối dân vận huyện Đồng Văn giao ban quý IV năm 2024
- Người có uy tín góp sức xóa nhà tạm ở Yên Minh
- Ban Dân vận Tỉnh ủy đối thoại với đoàn viên, thanh niên
- Hoàng Su Phì tôn vinh điển hình "Dân vận khéo"
- Xín Mần: Vận động nhân dân hiến đất làm đường
- Bắc Mê: Đối thoại giữa người đứng đầu cấp ủy với nhân dân
- Quang Bình tổng kết 5 năm thực hiện Quy chế dân chủ ở cơ sở
""", "2025-01-14", "Ban Dân vận Tỉnh ủy Hà Giang triển khai nhiệm vụ năm 2025",
 E("tong_ket", "2024", "2025-01-13"),
 [P("Thào Mí Lử", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
  P("Vừ Mí Kía", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
  P("Nguyễn Thị Hồng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
  P("Hoàng Văn Pùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
  P("Sùng Mí Chớ", "Bí thư Đảng ủy xã Sủng Là"),
  P("Lù Thị Dín", "người có uy tín thôn Lô Lô Chải"),
  P("Lý Thị Mây", "Trưởng thôn Nặm Đăm")],
 [Q("3.450 căn nhà", 3450, "căn nhà"),
  Q("2.870 căn", 2870, "căn"),
  Q("hơn 215 tỷ đồng", 215000000000, "đồng", "over"),
  Q("trên 41.000 ngày công", 41000, "ngày công", "over"),
  Q("18.600 m2 đất", 18600, "m2"),
  Q("4,2%", 4.2, "%"),
  Q("27,8%", 27.8, "%"),
  Q("hơn 60.000 lượt khách", 60000, "lượt khách", "over"),
  Q("26 hộ", 26, "hộ"),
  Q("100% chỉ tiêu", 100, "%"),
  Q("17 tập thể", 17, "tập thể"),
  Q("25 cá nhân", 25, "cá nhân")],
 [D("Chỉ thị", "05", None, issuer="Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 05, 06 của Ban Thường vụ Tỉnh ủy"),
  D("Chỉ thị", "06", None, issuer="Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 05, 06 của Ban Thường vụ Tỉnh ủy"),
  D("Quyết định", "1719", "QĐ-TTg", issuer="Thủ tướng Chính phủ", surface="Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ"),
  D("Kết luận", "43", "KL/TU", issuer="Ban Thường vụ Tỉnh ủy", surface="Kết luận 43-KL/TU của Ban Thường vụ Tỉnh ủy"),
  D("Chỉ thị", "12", "CT/TU", surface="Chỉ thị 12-CT/TU")],
 [prov("Hà Giang"), com("Sủng Là"), com("Lũng Cú"), com("Quản Bạ")],
 ["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Trang chủ » Hoạt động » Tin Ban Dân vận Tỉnh ủy",
  "Đồng chí Thào Mí Lử, Phó Bí thư Tỉnh ủy phát biểu chỉ đạo hội nghị. Ảnh: Mạnh Hùng",
  "Toàn cảnh hội nghị tổng kết công tác dân vận năm 2024.", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Dân vận khéo",
  "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
  "thôn Lô Lô Chải", "thôn Nặm Đăm", "Lượt xem: 1.925"],
 ["Hôm nay: Thứ Tư, 15/01/2025", "09:05 | 14/01/2025", "7 ngày", "2 ngày", "tháng 6/2025", "Lượt xem: 1.925"]))

PAGES.append(page("b499-sonla-mttq-giaoban-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SƠN LA
Trang chủ / Tin tức / Hoạt động Mặt trận tỉnh
Cập nhật: 14:20, 08/04/2025 (GMT+7)
Mặt trận các cấp chung tay về đích sớm xóa nhà tạm
Sáng 7/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sơn La tổ chức hội nghị giao ban công tác Mặt trận quý I/2025, triển khai nhiệm vụ quý II. Đồng chí Lò Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
Đồng chí Lò Thị Mai, Chủ tịch Ủy ban MTTQ tỉnh phát biểu kết luận hội nghị giao ban. Ảnh: Quỳnh Anh
Dự hội nghị có các đồng chí Cầm Văn Chinh, Quàng Thị Ánh, Đinh Công Lực - Phó Chủ tịch Ủy ban MTTQ tỉnh; lãnh đạo các tổ chức chính trị - xã hội tỉnh và Chủ tịch Ủy ban MTTQ 12 huyện, thành phố.
Trong quý I, Mặt trận các cấp đã tập trung tuyên truyền Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy, sắp xếp đơn vị hành chính các cấp; thực hiện Hướng dẫn 03/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về tổ chức Tết vì người nghèo Xuân Ất Tỵ. Dịp Tết, các cấp Mặt trận đã trao 45.600 suất quà với tổng trị giá hơn 21,8 tỷ đồng cho hộ nghèo, gia đình chính sách.
Về phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", theo Kế hoạch 36/KH-UBND của UBND tỉnh, Sơn La phải xóa 1.924 căn nhà tạm trong năm 2025. Đến hết quý I, đã khởi công 1.312 căn, hoàn thành 618 căn; mỗi căn xây mới được hỗ trợ 60 triệu đồng, sửa chữa 30 triệu đồng. Các lực lượng đã huy động 27.500 ngày công giúp các hộ vận chuyển vật liệu.
Toàn cảnh hội nghị giao ban quý I/2025.
Đồng chí Cầm Văn Chinh báo cáo, trong quý, Mặt trận các cấp tổ chức 58 cuộc giám sát, trong đó Ủy ban MTTQ tỉnh chủ trì 2 cuộc giám sát chuyên đề về thực hiện chính sách hỗ trợ nhà ở. Ông Mùa A Vảng, Chủ tịch Ủy ban MTTQ xã Chiềng Sại, huyện Bắc Yên cho biết, địa phương có 89 hộ thuộc diện xóa nhà tạm, nhờ sự vào cuộc của người có uy tín và các đoàn thể, 100% hộ đã khởi công.
Bà Lò Thị Xiêng, người có uy tín bản Nà Sành, xã Chiềng Khoong đề nghị tỉnh tăng mức hỗ trợ cho các hộ ở vùng đặc biệt khó khăn, nơi chi phí vận chuyển vật liệu cao gấp đôi vùng thấp. Ông Cầm Văn Ơn, Trưởng ban công tác Mặt trận bản Púng, phường Chiềng Sinh phản ánh tiến độ giải ngân nguồn hỗ trợ ở một số nơi còn chậm.
Kết luận hội nghị, đồng chí Lò Thị Mai yêu cầu Mặt trận các cấp tập trung hoàn thành 100% chỉ tiêu xóa nhà tạm trước ngày 30/6/2025; làm tốt công tác tuyên truyền, định hướng dư luận khi sắp xếp đơn vị hành chính cấp xã, không tổ chức cấp huyện; chuẩn bị tốt việc hợp nhất cơ quan Ủy ban MTTQ tỉnh với các tổ chức chính trị - xã hội theo chỉ đạo của Trung ương.
Quỳnh Anh
Lượt xem: 1.146
Tin khác
- Sơn La: Bàn giao 100 căn nhà cho hộ nghèo huyện Sốp Cộp
- Mặt trận tỉnh lấy ý kiến nhân dân về sắp xếp đơn vị hành chính cấp xã
- Hội nghị hiệp thương cử bổ sung Phó Chủ tịch Ủy ban MTTQ tỉnh
- Mường La: Người có uy tín góp sức xóa nhà tạm
- Ủy ban MTTQ tỉnh thăm, chúc mừng đồng bào Thái nhân lễ hội Xên bản
- Thuận Châu: Ra quân giúp hộ nghèo vận chuyển vật liệu làm nhà
- Ban Thanh tra nhân dân phường Tô Hiệu giám sát công trình dân sinh
- Mộc Châu vận động nhân dân bảo vệ rừng
""", "2025-04-08", "Mặt trận các cấp chung tay về đích sớm xóa nhà tạm",
 E("giao_ban", "2025-Q1", "2025-04-07"),
 [P("Lò Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
  P("Cầm Văn Chinh", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
  P("Quàng Thị Ánh", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
  P("Đinh Công Lực", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
  P("Mùa A Vảng", "Chủ tịch Ủy ban MTTQ xã Chiềng Sại"),
  P("Lò Thị Xiêng", "người có uy tín bản Nà Sành"),
  P("Cầm Văn Ơn", "Trưởng ban công tác Mặt trận bản Púng")],
 [Q("12 huyện, thành phố", 12, "huyện, thành phố"),
  Q("45.600 suất quà", 45600, "suất quà"),
  Q("hơn 21,8 tỷ đồng", 21800000000, "đồng", "over"),
  Q("1.924 căn nhà tạm", 1924, "căn nhà tạm"),
  Q("1.312 căn", 1312, "căn"),
  Q("618 căn", 618, "căn"),
  Q("60 triệu đồng", 60000000, "đồng"),
  Q("30 triệu đồng", 30000000, "đồng"),
  Q("27.500 ngày công", 27500, "ngày công"),
  Q("58 cuộc giám sát", 58, "cuộc giám sát"),
  Q("2 cuộc giám sát chuyên đề", 2, "cuộc giám sát chuyên đề"),
  Q("89 hộ", 89, "hộ"),
  Q("100% hộ", 100, "%"),
  Q("100% chỉ tiêu", 100, "%")],
 [D("Kết luận", "126", "KL/TW", issuer="Bộ Chính trị, Ban Bí thư", surface="Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư"),
  D("Kết luận", "127", "KL/TW", issuer="Bộ Chính trị, Ban Bí thư", surface="Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư"),
  D("Hướng dẫn", "03", "HD-MTTQ-BTT", issuer="Ban Thường trực Ủy ban MTTQ tỉnh", surface="Hướng dẫn 03/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh"),
  D("Kế hoạch", "36", "KH-UBND", issuer="UBND tỉnh", surface="Kế hoạch 36/KH-UBND của UBND tỉnh")],
 [prov("Sơn La"), com("Chiềng Sại"), com("Chiềng Khoong"), com("Chiềng Sinh")],
 ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SƠN LA", "Trang chủ / Tin tức / Hoạt động Mặt trận tỉnh",
  "Đồng chí Lò Thị Mai, Chủ tịch Ủy ban MTTQ tỉnh phát biểu kết luận hội nghị giao ban. Ảnh: Quỳnh Anh",
  "Toàn cảnh hội nghị giao ban quý I/2025.", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Tết vì người nghèo",
  "bản Nà Sành", "bản Púng", "Bắc Yên", "Lượt xem: 1.146"],
 ["Cập nhật: 14:20, 08/04/2025 (GMT+7)", "quý I/2025", "quý II", "Xuân Ất Tỵ", "gấp đôi", "30/6/2025", "Lượt xem: 1.146"]))

PAGES.append(page("b500-bacgiang-doan-traoqua-2025", """
TỈNH ĐOÀN BẮC GIANG
Trang chủ >> Tin tức >> Công tác Đội và phong trào thiếu nhi
20.05.2025 | 15:30
Trao 200 suất học bổng "Thắp sáng ước mơ" cho học sinh vượt khó
Nhân kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh, ngày 18/5, tại xã An Lạc, huyện Sơn Động, Ban Thường vụ Tỉnh đoàn Bắc Giang phối hợp với Hội đồng Đội tỉnh tổ chức chương trình trao 200 suất học bổng "Thắp sáng ước mơ" cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt.
Anh Thân Văn Hưng, Bí thư Tỉnh đoàn trao học bổng cho các em học sinh. Ảnh: Ngọc Ánh
Dự chương trình có anh Thân Văn Hưng, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh; các anh, chị Nguyễn Thùy Linh, Hoàng Văn Phúc, Ngọ Duy Hải - Phó Bí thư Tỉnh đoàn; đại diện Sở Giáo dục và Đào tạo và các nhà tài trợ.
Mỗi suất học bổng trị giá 2 triệu đồng, tổng trị giá 400 triệu đồng, do các doanh nghiệp trong khu công nghiệp Quang Châu, Vân Trung tài trợ. Ngoài ra, Ban tổ chức trao tặng 50 chiếc xe đạp, 300 bộ sách giáo khoa và 1.500 cuốn vở cho học sinh các xã vùng cao của huyện Sơn Động, Lục Ngạn.
Chương trình được thực hiện theo Kế hoạch 88-KH/TĐTN-TNTH của Ban Thường vụ Tỉnh đoàn và Chương trình phối hợp 02/CTrPH-TĐTN-SGDĐT giữa Tỉnh đoàn với Sở Giáo dục và Đào tạo, cụ thể hóa Quyết định 1331/QĐ-TTg của Thủ tướng Chính phủ ban hành Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021-2030.
Các em học sinh nhận học bổng "Thắp sáng ước mơ" tại xã An Lạc.
Em Lục Văn Sằn, học sinh lớp 9 Trường THCS An Lạc, dân tộc Nùng, xúc động chia sẻ: bố mất sớm, mẹ làm nương nuôi 3 anh em; suất học bổng giúp em có thêm điều kiện ôn thi vào lớp 10. Cô giáo La Thị Kim, Tổng phụ trách Đội Trường PTDTBT THCS Thanh Luận cho biết, nhà trường có 126 học sinh bán trú, phần lớn là con em đồng bào Dao, Tày, Nùng.
Phát biểu tại chương trình, anh Thân Văn Hưng cho biết, từ đầu năm 2025 đến nay, các cấp bộ Đoàn trong tỉnh đã trao 1.240 suất học bổng với tổng trị giá gần 1,9 tỷ đồng; vận động xây dựng 8 "Nhà nhân ái" cho đội viên có hoàn cảnh đặc biệt khó khăn. Đây là hoạt động thiết thực hướng tới Tháng hành động vì trẻ em và chuẩn bị cho mùa hè tình nguyện năm 2025.
Theo đại diện các nhà tài trợ, học bổng năm nay ưu tiên học sinh mồ côi, học sinh thuộc hộ nghèo ở các thôn đặc biệt khó khăn, có kết quả học tập từ khá trở lên. Danh sách học sinh được các liên đội đề xuất, Hội đồng Đội các huyện thẩm định và công khai tại trường trước khi trao.
Chị Nguyễn Thùy Linh, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội đồng Đội tỉnh đề nghị các cơ sở Đoàn tiếp tục duy trì các công trình "Ánh sáng vùng cao", "Tủ sách Khăn quàng đỏ", đồng hành cùng học sinh trước kỳ thi tuyển sinh vào lớp 10 và kỳ thi tốt nghiệp THPT.
Ngọc Ánh
Lượt xem: 968
Xem thêm
- Tỉnh đoàn Bắc Giang ra quân Chiến dịch Thanh niên tình nguyện hè 2025
- Tuổi trẻ Lục Nam giúp người dân thu hoạch vải thiều
- Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ 8 khóa XIX
- Trao 10 "Nhà nhân ái" cho đội viên nghèo huyện Yên Thế
- Tỉnh đoàn đối thoại với thanh niên công nhân khu công nghiệp
- Tuyên dương 95 "Gương mặt trẻ tiêu biểu" năm 2024
- Hiệp Hòa: Ra mắt mô hình "Cổng trường an toàn giao thông"
- Tỉnh đoàn tổ chức Ngày hội "Thiếu nhi vui khỏe - Tiến bước lên Đoàn"
""", "2025-05-20", "Trao 200 suất học bổng \"Thắp sáng ước mơ\" cho học sinh vượt khó",
 E("trao_qua", None, "2025-05-18"),
 [P("Thân Văn Hưng", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
  P("Nguyễn Thùy Linh", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội đồng Đội tỉnh"),
  P("Hoàng Văn Phúc", "Phó Bí thư Tỉnh đoàn"),
  P("Ngọ Duy Hải", "Phó Bí thư Tỉnh đoàn"),
  P("Lục Văn Sằn", "học sinh lớp 9 Trường THCS An Lạc"),
  P("La Thị Kim", "Tổng phụ trách Đội Trường PTDTBT THCS Thanh Luận")],
 [Q("200 suất học bổng", 200, "suất học bổng"),
  Q("2 triệu đồng", 2000000, "đồng"),
  Q("400 triệu đồng", 400000000, "đồng"),
  Q("50 chiếc xe đạp", 50, "chiếc xe đạp"),
  Q("300 bộ sách giáo khoa", 300, "bộ sách giáo khoa"),
  Q("1.500 cuốn vở", 1500, "cuốn vở"),
  Q("3 anh em", 3, "anh em"),
  Q("126 học sinh bán trú", 126, "học sinh bán trú"),
  Q("1.240 suất học bổng", 1240, "suất học bổng"),
  Q("gần 1,9 tỷ đồng", 1900000000, "đồng", "approx"),
  Q("8 \"Nhà nhân ái\"", 8, "Nhà nhân ái")],
 [D("Kế hoạch", "88", "KH/TĐTN-TNTH", issuer="Ban Thường vụ Tỉnh đoàn", surface="Kế hoạch 88-KH/TĐTN-TNTH của Ban Thường vụ Tỉnh đoàn"),
  D("Chương trình phối hợp", "02", "CTrPH-TĐTN-SGDĐT", surface="Chương trình phối hợp 02/CTrPH-TĐTN-SGDĐT"),
  D("Quyết định", "1331", "QĐ-TTg", issuer="Thủ tướng Chính phủ", surface="Quyết định 1331/QĐ-TTg của Thủ tướng Chính phủ")],
 [prov("Bắc Giang"), com("An Lạc")],
 ["TỈNH ĐOÀN BẮC GIANG", "Trang chủ >> Tin tức >> Công tác Đội và phong trào thiếu nhi", "Thắp sáng ước mơ",
  "Anh Thân Văn Hưng, Bí thư Tỉnh đoàn trao học bổng cho các em học sinh. Ảnh: Ngọc Ánh",
  "Các em học sinh nhận học bổng \"Thắp sáng ước mơ\" tại xã An Lạc.", "Ánh sáng vùng cao", "Tủ sách Khăn quàng đỏ",
  "Nhà nhân ái", "Tháng hành động vì trẻ em", "Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021-2030", "Lượt xem: 968"],
 ["20.05.2025 | 15:30", "135 năm", "lớp 9", "lớp 10", "giai đoạn 2021-2030", "Lượt xem: 968"]))

PAGES.append(page("b501-phutho-xamaichau-hoinghi-2025", """
ĐẢNG ỦY XÃ MAI CHÂU - TỈNH PHÚ THỌ
Trang thông tin điện tử
Trang chủ | Tin tức | Công tác dân vận
26/8/2025 | 18:20
Phát huy vai trò người có uy tín sau sắp xếp đơn vị hành chính
Chiều 25/8, Đảng ủy xã Mai Châu tổ chức hội nghị gặp mặt người có uy tín trong đồng bào dân tộc thiểu số năm 2025. Đây là lần đầu tiên xã tổ chức gặp mặt kể từ khi vận hành chính quyền địa phương 2 cấp.
Đồng chí Hà Văn Khiêm, Bí thư Đảng ủy xã phát biểu tại hội nghị gặp mặt. Ảnh: Hà Thu
Dự hội nghị có đồng chí Hà Văn Khiêm, Bí thư Đảng ủy xã; đồng chí Bùi Thị Nguyệt, Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã; đồng chí Xa Văn Hom, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; đồng chí Lò Văn Thiêm, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã cùng 86 người có uy tín của 32 bản.
Xã Mai Châu được thành lập theo Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã, trên cơ sở hợp nhất 3 xã cũ, thuộc tỉnh Phú Thọ sau khi tỉnh Hòa Bình, tỉnh Vĩnh Phúc và tỉnh Phú Thọ hợp nhất theo Nghị quyết 202/2025/QH15 của Quốc hội. Xã có 6.840 hộ với hơn 27.000 nhân khẩu, chủ yếu là đồng bào Thái, Mường.
Báo cáo tại hội nghị nêu rõ, thực hiện Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch 12-KH/ĐU của Đảng ủy xã, người có uy tín đã tích cực tham gia tuyên truyền, vận động nhân dân. Từ đầu năm đến nay, người có uy tín đã cung cấp 14 nguồn tin có giá trị cho lực lượng chức năng, tham gia hòa giải thành 23 vụ việc ở cơ sở, vận động 41 hộ hiến 2.150 m2 đất để mở rộng 5,2 km đường giao thông nông thôn.
Các đồng chí Phó Chủ tịch UBND xã: Vì Thị Nhung, Đinh Văn Tài trả lời các ý kiến của người có uy tín. Ảnh: Hà Thu
Tại hội nghị, bà Hà Thị Thơm, người có uy tín bản Lác, chia sẻ kinh nghiệm vận động 27 hộ làm du lịch cộng đồng giữ gìn nhà sàn truyền thống. Ông Bùi Văn Nhạn, người có uy tín xóm Pheo, đề nghị xã sớm bố trí kinh phí sửa chữa cầu treo bị hư hỏng sau mưa lũ và hướng dẫn người dân làm thủ tục hành chính trực tuyến khi trụ sở xã ở xa.
Các đồng chí Phó Chủ tịch UBND xã: Vì Thị Nhung, Đinh Văn Tài đã trả lời, làm rõ 12 ý kiến. Đồng chí Vì Thị Nhung cho biết xã đã bố trí 450 triệu đồng sửa cầu treo xóm Pheo, dự kiến hoàn thành trong tháng 10; bộ phận một cửa của xã đã cử công chức xuống các bản hỗ trợ người dân vào các ngày thứ Năm hằng tuần.
Phát biểu tại hội nghị, đồng chí Hà Văn Khiêm đề nghị người có uy tín tiếp tục là "cầu nối" giữa Đảng ủy, chính quyền với nhân dân; tham gia tuyên truyền Hướng dẫn 05-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác dân vận trong thời gian đầu vận hành chính quyền địa phương 2 cấp.
Dịp này, Đảng ủy xã trao quà tặng người có uy tín, mỗi suất 500.000 đồng.
Hà Thu
Lượt truy cập: 412
Tin khác
- Xã Mai Châu ra mắt Trung tâm Phục vụ hành chính công
- Đại hội Đảng bộ xã Mai Châu lần thứ I, nhiệm kỳ 2025-2030
- Ủy ban MTTQ Việt Nam xã kiện toàn các ban công tác Mặt trận bản
- Xã Mai Châu khắc phục hậu quả mưa lũ
- Hội nghị triển khai Quy chế làm việc của Đảng ủy xã
- Đoàn Thanh niên xã ra quân tình nguyện hè
""", "2025-08-26", "Phát huy vai trò người có uy tín sau sắp xếp đơn vị hành chính",
 E("hoi_nghi", "2025", "2025-08-25"),
 [P("Hà Văn Khiêm", "Bí thư Đảng ủy xã"),
  P("Bùi Thị Nguyệt", "Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã"),
  P("Xa Văn Hom", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
  P("Lò Văn Thiêm", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
  P("Vì Thị Nhung", "Phó Chủ tịch UBND xã"),
  P("Đinh Văn Tài", "Phó Chủ tịch UBND xã"),
  P("Hà Thị Thơm", "người có uy tín bản Lác"),
  P("Bùi Văn Nhạn", "người có uy tín xóm Pheo")],
 [Q("86 người có uy tín", 86, "người có uy tín"),
  Q("32 bản", 32, "bản"),
  Q("3 xã cũ", 3, "xã cũ"),
  Q("6.840 hộ", 6840, "hộ"),
  Q("hơn 27.000 nhân khẩu", 27000, "nhân khẩu", "over"),
  Q("14 nguồn tin", 14, "nguồn tin"),
  Q("23 vụ việc", 23, "vụ việc"),
  Q("41 hộ", 41, "hộ"),
  Q("2.150 m2 đất", 2150, "m2"),
  Q("5,2 km", 5.2, "km"),
  Q("27 hộ", 27, "hộ"),
  Q("12 ý kiến", 12, "ý kiến"),
  Q("450 triệu đồng", 450000000, "đồng"),
  Q("500.000 đồng", 500000, "đồng")],
 [D("Nghị quyết", "202", "2025/QH15", issuer="Quốc hội", surface="Nghị quyết 202/2025/QH15 của Quốc hội"),
  D("Quyết định", "12", "2018/QĐ-TTg", issuer="Thủ tướng Chính phủ", surface="Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ"),
  D("Kế hoạch", "12", "KH/ĐU", issuer="Đảng ủy xã", surface="Kế hoạch 12-KH/ĐU của Đảng ủy xã"),
  D("Hướng dẫn", "05", "HD/BTGDVTU", issuer="Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Hướng dẫn 05-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy")],
 [prov("Phú Thọ"), prov("Hòa Bình"), prov("Vĩnh Phúc"), com("Mai Châu")],
 ["ĐẢNG ỦY XÃ MAI CHÂU - TỈNH PHÚ THỌ", "Trang thông tin điện tử", "Trang chủ | Tin tức | Công tác dân vận",
  "Đồng chí Hà Văn Khiêm, Bí thư Đảng ủy xã phát biểu tại hội nghị gặp mặt. Ảnh: Hà Thu",
  "Các đồng chí Phó Chủ tịch UBND xã: Vì Thị Nhung, Đinh Văn Tài trả lời các ý kiến của người có uy tín. Ảnh: Hà Thu",
  "bản Lác", "xóm Pheo", "cầu nối", "Lượt truy cập: 412"],
 ["26/8/2025 | 18:20", "chính quyền địa phương 2 cấp", "thứ Năm hằng tuần", "Lượt truy cập: 412"]))

PAGES.append(page("b502-thainguyen-btgdv-taphuan-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THÁI NGUYÊN
Trang chủ › Hoạt động › Công tác dân vận
19/11/2025 16:45
Bồi dưỡng nghiệp vụ dân vận cho cán bộ cấp xã
Trong hai ngày 17 và 18/11, Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Nguyên tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2025 cho 185 học viên là trưởng, phó ban xây dựng Đảng, chủ tịch Ủy ban MTTQ Việt Nam của 92 xã, phường trên địa bàn tỉnh, trong đó có 37 xã, phường thuộc tỉnh Bắc Kạn trước đây.
Quang cảnh lớp tập huấn nghiệp vụ công tác dân vận năm 2025.
Đến dự và phát biểu khai mạc có đồng chí Ma Thị Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; cùng dự có các đồng chí Hoàng Văn Dận, Nông Thị Thu - Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Lớp tập huấn được tổ chức theo Kế hoạch 40-KH/TU của Ban Thường vụ Tỉnh ủy và Hướng dẫn 15, 16-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về tăng cường công tác dân vận trong giai đoạn đầu vận hành chính quyền địa phương 2 cấp. Các học viên được truyền đạt 6 chuyên đề, trong đó có chuyên đề về Nghị quyết 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; chuyên đề về kỹ năng đối thoại với nhân dân, nắm bắt và định hướng dư luận trên không gian mạng.
Đồng chí Hoàng Văn Dận, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy giới thiệu chuyên đề. Ảnh: Minh Hạnh
Theo báo cáo của Ban Tuyên giáo và Dân vận Tỉnh ủy, sau hơn 4 tháng vận hành mô hình mới, 100% xã, phường đã kiện toàn Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở; toàn tỉnh có 1.346 mô hình "Dân vận khéo" được duy trì, 218 mô hình mới đăng ký trong năm 2025. Nhân dân các xã khu vực Bắc Kạn cũ đã đóng góp hơn 12,6 tỷ đồng và 35.000 ngày công xây dựng đường giao thông nông thôn.
Trong phần thảo luận, đồng chí Lường Văn Tâm, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Ba Bể cho biết, xã có diện tích rộng, 48 thôn, nhiều thôn cách trung tâm xã trên 20 km nên việc tiếp dân, đối thoại phải linh hoạt, kết hợp trực tiếp và trực tuyến. Đồng chí Đàm Văn Huân, Trưởng Ban Xây dựng Đảng Đảng ủy phường Phổ Yên chia sẻ kinh nghiệm vận động công nhân tham gia các hoạt động của khu dân cư. Bà Triệu Thị Vần, người có uy tín thôn Nà Hin, xã Ba Bể phát biểu mong muốn cán bộ xã thường xuyên xuống thôn hơn.
Kết thúc lớp tập huấn, đồng chí Nông Thị Thu yêu cầu các học viên vận dụng kiến thức vào thực tiễn, tham mưu cấp ủy tổ chức tốt đối thoại với nhân dân năm 2026, bảo đảm mỗi xã, phường tổ chức ít nhất 2 cuộc đối thoại trong năm; 100% học viên hoàn thành bài thu hoạch.
Minh Hạnh
Lượt xem: 1.057
Bài viết liên quan
- Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban quý III năm 2025
- Thái Nguyên: Hội nghị tôn vinh điển hình "Dân vận khéo" năm 2025
- Xã Chợ Đồn đối thoại với nhân dân về quy hoạch
- Phường Đức Xuân ra mắt mô hình "Tổ dân phố tự quản"
- Tập huấn kỹ năng tuyên truyền trên mạng xã hội cho báo cáo viên
- Khối dân vận xã Ngân Sơn vận động nhân dân khắc phục sạt lở
- Hội nghị Ban Chấp hành Đảng bộ tỉnh Thái Nguyên lần thứ 3
- Phường Phan Đình Phùng đối thoại với hộ kinh doanh
""", "2025-11-19", "Bồi dưỡng nghiệp vụ dân vận cho cán bộ cấp xã",
 E("tap_huan", "2025", "2025-11-17"),
 [P("Ma Thị Xuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
  P("Hoàng Văn Dận", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
  P("Nông Thị Thu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
  P("Lường Văn Tâm", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ba Bể"),
  P("Đàm Văn Huân", "Trưởng Ban Xây dựng Đảng Đảng ủy phường Phổ Yên"),
  P("Triệu Thị Vần", "người có uy tín thôn Nà Hin")],
 [Q("185 học viên", 185, "học viên"),
  Q("92 xã, phường", 92, "xã, phường"),
  Q("37 xã, phường", 37, "xã, phường"),
  Q("6 chuyên đề", 6, "chuyên đề"),
  Q("100% xã, phường", 100, "%"),
  Q("1.346 mô hình", 1346, "mô hình"),
  Q("218 mô hình mới", 218, "mô hình mới"),
  Q("hơn 12,6 tỷ đồng", 12600000000, "đồng", "over"),
  Q("35.000 ngày công", 35000, "ngày công"),
  Q("48 thôn", 48, "thôn"),
  Q("trên 20 km", 20, "km", "over"),
  Q("ít nhất 2 cuộc đối thoại", 2, "cuộc đối thoại", "over"),
  Q("100% học viên", 100, "%")],
 [D("Kế hoạch", "40", "KH/TU", issuer="Ban Thường vụ Tỉnh ủy", surface="Kế hoạch 40-KH/TU của Ban Thường vụ Tỉnh ủy"),
  D("Hướng dẫn", "15", "HD/BTGDVTU", issuer="Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Hướng dẫn 15, 16-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy"),
  D("Hướng dẫn", "16", "HD/BTGDVTU", issuer="Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Hướng dẫn 15, 16-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy"),
  D("Nghị quyết", "57", "NQ/TW", issuer="Bộ Chính trị", surface="Nghị quyết 57-NQ/TW của Bộ Chính trị")],
 [prov("Thái Nguyên"), prov("Bắc Kạn"), com("Ba Bể"), com("Phổ Yên")],
 ["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THÁI NGUYÊN", "Trang chủ › Hoạt động › Công tác dân vận",
  "Quang cảnh lớp tập huấn nghiệp vụ công tác dân vận năm 2025.",
  "Đồng chí Hoàng Văn Dận, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy giới thiệu chuyên đề. Ảnh: Minh Hạnh",
  "Dân vận khéo", "thôn Nà Hin", "Quy chế dân chủ ở cơ sở", "Lượt xem: 1.057"],
 ["19/11/2025 16:45", "hai ngày 17 và 18/11", "chính quyền địa phương 2 cấp", "hơn 4 tháng", "Lượt xem: 1.057"]))
