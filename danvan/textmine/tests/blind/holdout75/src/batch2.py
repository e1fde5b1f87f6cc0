from lib import *
PAGES = []

PAGES.append(page("b1763-daklak-bdv-giaoban-quy3-2017", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Vị trí: Trang chủ › Tin tức - Sự kiện › Hoạt động của Ban
Cập nhật lúc 16:20 ngày 06/10/2017
Toàn cảnh buổi giao ban.
Nắm chắc tình hình vùng đồng bào có đạo trước mùa thu hoạch cà phê
Ngày 5/10, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức giao ban công tác dân vận quý III năm 2017 với ban dân vận các huyện ủy, thị ủy, thành ủy. Đồng chí Y Jăk Niê Kdăm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí H'Yim Kđoh, Nguyễn Quang Vinh - Phó Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo giao ban cho biết, quý III, khối dân vận các cấp đã nắm tình hình ở 184 buôn có đông đồng bào theo đạo Tin lành, Công giáo; tham gia giải quyết 32 vụ việc tranh chấp đất đai, trong đó thành công 27 vụ. Toàn tỉnh có 2.047 người có uy tín; người có uy tín đã vận động 58 hộ tách khỏi tổ chức "Tin lành Đấng Christ Tây Nguyên". Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 15, 16-CT/TU về công tác vận động quần chúng vùng tôn giáo và về phòng ngừa di cư tự do; ban hành kế hoạch số 62-KH/BDVTU về kiểm tra công tác dân vận chính quyền tại 8 xã.
Tại giao ban, đồng chí Y Ngông Byă, HUV, Trưởng Ban Dân vận Huyện ủy Krông Búk cho biết huyện đã phối hợp tổ chức 6 buổi đối thoại với chức sắc, tín đồ. Bà H'Ly Mlô, Bí thư Đảng ủy xã Ea Hồ, huyện Krông Năng, đề nghị quan tâm hỗ trợ đất sản xuất cho 120 hộ đồng bào Êđê thiếu đất. Đồng chí Lê Văn Dũng, Trưởng Ban Dân vận Huyện ủy Ea Súp, phản ánh tình trạng người dân các tỉnh phía Bắc di cư tự do đến xã Ia Rvê ngày càng tăng, có 312 khẩu chưa đăng ký thường trú.
Ý kiến của Mục sư Y Sơn Êban, Ủy viên Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh, được Ban tổng hợp gửi kèm: các chi hội cam kết sinh hoạt đúng pháp luật, vận động tín đồ tham gia xây dựng nông thôn mới, đóng góp trên 1,3 tỷ đồng làm đường buôn. Linh mục Giuse Trần Quang Định, Quản xứ giáo xứ Buôn Hồ, được đề nghị khen thưởng vì vận động giáo dân hiến 4.200 m2 đất mở rộng trường mầm non.
Kết luận giao ban, đồng chí Y Jăk Niê Kdăm yêu cầu quý IV các cấp tập trung thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; chủ động nắm tình hình trong mùa thu hoạch cà phê, không để các đối tượng lợi dụng tôn giáo, dân tộc kích động. Các huyện chuẩn bị tổng kết phong trào thi đua "Dân vận khéo" năm 2017 với chỉ tiêu mỗi xã có ít nhất 1 mô hình.
Tại giao ban, 3 huyện báo cáo chưa hoàn thành việc kiện toàn tổ dân vận buôn; Ban đề nghị hoàn thành trước ngày 15/11/2017. Tỷ lệ đảng viên ở buôn đồng bào dân tộc thiểu số theo đạo đạt 18,5%.
H'Nuôl
Lượt đọc: 731
Các tin đã đưa
- Krông Ana: gặp mặt người có uy tín dịp Lễ mừng lúa mới (28/09/2017)
- Buôn Đôn tập huấn nghiệp vụ dân vận cho 120 cán bộ cơ sở (20/09/2017)
- Cư M'gar: vận động đồng bào Êđê xây dựng buôn văn hóa (12/09/2017)
- Lắk: đối thoại với người dân về tranh chấp đất rừng (05/09/2017)
Ban Dân vận Tỉnh ủy Đắk Lắk. Địa chỉ: thành phố Buôn Ma Thuột. Ghi rõ nguồn khi phát hành lại thông tin.
""", "2017-10-06", "Nắm chắc tình hình vùng đồng bào có đạo trước mùa thu hoạch cà phê",
E("giao_ban", "2017-Q3", "2017-10-05"),
[P("Y Jăk Niê Kdăm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Yim Kđoh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Quang Vinh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Ngông Byă", "HUV", "Trưởng Ban Dân vận Huyện ủy Krông Búk"),
 P("H'Ly Mlô", "Bí thư Đảng ủy xã Ea Hồ"),
 P("Lê Văn Dũng", "Trưởng Ban Dân vận Huyện ủy Ea Súp"),
 P("Y Sơn Êban", "Mục sư", "Ủy viên Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh"),
 P("Giuse Trần Quang Định", "Linh mục", "Quản xứ giáo xứ Buôn Hồ")],
[Q("184 buôn", 184, "buôn"), Q("32 vụ việc tranh chấp đất đai", 32, "vụ việc tranh chấp đất đai"), Q("27 vụ", 27, "vụ"),
 Q("2.047 người có uy tín", 2047, "người có uy tín"), Q("58 hộ", 58, "hộ"), Q("8 xã", 8, "xã"),
 Q("6 buổi đối thoại", 6, "buổi đối thoại"), Q("120 hộ đồng bào Êđê", 120, "hộ đồng bào Êđê"),
 Q("312 khẩu", 312, "khẩu"), Q("trên 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("4.200 m2", 4200, "m2"),
 Q("3 huyện", 3, "huyện"), Q("18,5%", 18.5, "%")],
[D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Kế hoạch", "62", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 62-KH/BDVTU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015")],
[prov("Đắk Lắk"), com("Ea Hồ"), com("Ia Rvê")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Vị trí: Trang chủ › Tin tức - Sự kiện › Hoạt động của Ban", "Toàn cảnh buổi giao ban.",
 "Tin lành Đấng Christ Tây Nguyên", "Dân vận khéo", "Lượt đọc: 731"],
["Cập nhật lúc 16:20 ngày 06/10/2017", "quý III năm 2017", "quý IV", "năm 2017", "1 mô hình", "15/11/2017", "Lượt đọc: 731"]))

PAGES.append(page("b1764-dienbien-bdv-soket-2018", """
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Điện Biên
Trang chủ - Tin tức - Dân vận các cấp
13.07.2018 | 08:45
Điện Biên: 6 tháng, người có uy tín vận động 214 hộ bỏ tảo hôn, hôn nhân cận huyết
Sáng 12/7, Ban Dân vận Tỉnh ủy Điện Biên tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2018. Đồng chí Lò Văn Mừng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Đồng chí Lò Văn Mừng phát biểu kết luận hội nghị. Ảnh: Quàng Hương
Báo cáo sơ kết cho biết, 6 tháng đầu năm 2018, khối dân vận các cấp tiếp tục thực hiện Kết luận số 01-KL/TU, 02-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Mông và về phòng, chống tảo hôn; tham mưu UBND tỉnh ban hành Quyết định 512/QĐ-UBND ngày 18/5/2018 về kiện toàn Ban chỉ đạo công tác tôn giáo. Người có uy tín đã vận động 214 hộ bỏ tảo hôn, hôn nhân cận huyết; tham gia hòa giải thành 47/52 vụ việc; phát hiện 9 trường hợp tuyên truyền đạo trái pháp luật ở vùng biên giới. Toàn tỉnh có 1.496 người có uy tín, trong đó người Mông 612 người, người Thái 538 người.
Hiện toàn tỉnh có 178 điểm nhóm Tin lành với trên 48.000 tín đồ; 37 điểm nhóm đã được cấp đăng ký sinh hoạt tôn giáo tập trung. Các cấp đã vận động nhân dân hiến 21.300 m2 đất, góp 14.800 ngày công và gần 2,1 tỷ đồng xây dựng nông thôn mới; 100% bản ký cam kết "5 không".
Tại hội nghị, đồng chí Cà Thị Hoa, HUV, Trưởng Ban Dân vận Huyện ủy Điện Biên Đông cho biết huyện đã xây dựng 15 mô hình "Dân vận khéo". Đồng chí Thào A Sử, Bí thư Đảng ủy xã Mường Nhé nêu khó khăn trong vận động đồng bào ở các bản xa trung tâm, có bản phải đi bộ 2 ngày. Ông Quàng Văn Pâng, người có uy tín bản Huổi Lếch, xã Nà Hỳ, người Khơ Mú, đề nghị tăng thời lượng phát sóng tiếng Khơ Mú trên đài truyền thanh huyện. Bà Lầu Thị Dợ, Chủ tịch Hội LHPN xã Sín Thầu, cho biết Hội đã vận động 36 chị em người Hà Nhì tham gia tổ vay vốn.
Phát biểu kết luận, đồng chí Lò Văn Mừng đề nghị 6 tháng cuối năm tập trung thực hiện Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số; tổ chức tốt việc bình chọn lại người có uy tín; triển khai kế hoạch số 84-KH/BDVTU của Ban Dân vận Tỉnh ủy về tổng kết phong trào thi đua "Dân vận khéo" giai đoạn 2016 - 2018.
Hội nghị cũng nghe đồng chí Lường Văn Thiêm, Phó Trưởng Ban Dân vận Tỉnh ủy thông báo lịch giao ban quý III.
Quàng Hương
Tin khác
- Mường Chà: hội nghị người có uy tín năm 2018 (05/07/2018)
- Tuần Giáo: đối thoại với người dân về giải phóng mặt bằng (28/06/2018)
- Tủa Chùa ra mắt mô hình "Bản không có người sinh con thứ 3" (19/06/2018)
- Nậm Pồ: vận động đồng bào Mông bỏ tục thách cưới (12/06/2018)
Ban Dân vận Tỉnh ủy Điện Biên. Địa chỉ: phường Mường Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên.
""", "2018-07-13", "Điện Biên: 6 tháng, người có uy tín vận động 214 hộ bỏ tảo hôn, hôn nhân cận huyết",
E("so_ket", "2018-H1", "2018-07-12"),
[P("Lò Văn Mừng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Cà Thị Hoa", "HUV", "Trưởng Ban Dân vận Huyện ủy Điện Biên Đông"),
 P("Thào A Sử", "Bí thư Đảng ủy xã Mường Nhé"),
 P("Quàng Văn Pâng", "người có uy tín bản Huổi Lếch"),
 P("Lầu Thị Dợ", "Chủ tịch Hội LHPN xã Sín Thầu"),
 P("Lường Văn Thiêm", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("214 hộ", 214, "hộ"), Q("47/52 vụ việc", 47, "vụ việc"), Q("9 trường hợp", 9, "trường hợp"),
 Q("1.496 người có uy tín", 1496, "người có uy tín"), Q("612 người", 612, "người"), Q("538 người", 538, "người"),
 Q("178 điểm nhóm Tin lành", 178, "điểm nhóm Tin lành"), Q("trên 48.000 tín đồ", 48000, "tín đồ", "over"),
 Q("37 điểm nhóm", 37, "điểm nhóm"), Q("21.300 m2", 21300, "m2"), Q("14.800 ngày công", 14800, "ngày công"),
 Q("gần 2,1 tỷ đồng", 2100000000, "đồng", "approx"), Q("100%", 100, "%"), Q("15 mô hình", 15, "mô hình"),
 Q("36 chị em người Hà Nhì", 36, "chị em người Hà Nhì")],
[D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 01-KL/TU, 02-KL/TU"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 01-KL/TU, 02-KL/TU"),
 D("Quyết định", "512", "QĐ-UBND", "2018-05-18", "UBND tỉnh", "Quyết định 512/QĐ-UBND ngày 18/5/2018"),
 D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018"),
 D("Kế hoạch", "84", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 84-KH/BDVTU")],
[prov("Điện Biên"), com("Mường Nhé"), com("Nà Hỳ"), com("Sín Thầu")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Điện Biên", "Trang chủ - Tin tức - Dân vận các cấp",
 "Đồng chí Lò Văn Mừng phát biểu kết luận hội nghị. Ảnh: Quàng Hương", "5 không", "Dân vận khéo"],
["13.07.2018 | 08:45", "6 tháng đầu năm", "6 tháng cuối năm 2018", "6 tháng đầu năm 2018", "5 không", "2 ngày",
 "quý III", "giai đoạn 2016 - 2018"]))

PAGES.append(page("b1765-travinh-daihoi-dtts-2019", """
Ban Dân vận Tỉnh ủy Trà Vinh
Trang chủ :: Tin tức :: Dân tộc - Tôn giáo
2019-06-20 09:30
Ảnh: Các đại biểu dự Đại hội.
Đại hội đại biểu các dân tộc thiểu số tỉnh Trà Vinh lần thứ III
Ngày 19/6/2019, tại Trung tâm Văn hóa tỉnh, Đại hội đại biểu các dân tộc thiểu số tỉnh Trà Vinh lần thứ III, năm 2019 long trọng khai mạc với sự tham dự của 300 đại biểu chính thức, đại diện cho trên 320.000 đồng bào Khmer, Hoa và các dân tộc thiểu số khác trong tỉnh. Đại biểu chính thức có 58 vị sư sãi, Achar, 74 người có uy tín và 41 đại biểu là nữ.
Dự và chỉ đạo Đại hội có đồng chí Thạch Dư, Phó Bí thư Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh; đồng chí Kim Thị Mỹ Liên, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; Hòa thượng Thạch Sóc Xane, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh.
Báo cáo tại Đại hội nêu rõ, 5 năm qua, tỉnh đã triển khai Nghị quyết số 03-NQ/TU ngày 21/4/2015 của Tỉnh ủy về phát triển toàn diện vùng đồng bào Khmer; thực hiện Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ về chính sách đặc thù hỗ trợ phát triển kinh tế - xã hội vùng dân tộc thiểu số. Tỷ lệ hộ nghèo người Khmer giảm từ 23,4% xuống còn 7,9%; đã xây dựng 2.315 căn nhà cho hộ nghèo, hỗ trợ đất ở cho 1.027 hộ; 141 chùa Phật giáo Nam tông Khmer được hỗ trợ sửa chữa với tổng kinh phí 18,6 tỷ đồng.
Tham luận tại Đại hội, Đại đức Kim Phươl, Phó trụ trì chùa Kompong, xã Đa Lộc, chia sẻ việc nhà chùa duy trì 6 lớp dạy chữ Khmer hè cho con em phật tử. Ông Kiên Sóc Phon, người có uy tín ấp Bến Cát, xã Lương Hòa A, kể lại cách vận động bà con chuyển 40 ha lúa kém hiệu quả sang trồng màu. Bà Lâm Thị Sóc Khum, Phó Chủ tịch UBND xã Tập Sơn, phát biểu về vai trò phụ nữ Khmer trong giảm nghèo.
Phát biểu chỉ đạo, đồng chí Thạch Dư nhấn mạnh, Đại hội là ngày hội đại đoàn kết các dân tộc; đề nghị thực hiện tốt Chỉ thị số 19-CT/TW ngày 10/1/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới. Đại hội đã biểu dương 85 tập thể, 120 cá nhân tiêu biểu và bầu 8 đại biểu đi dự Đại hội đại biểu toàn quốc các dân tộc thiểu số Việt Nam lần thứ II.
Sơn Lâm
Lượt xem: 1.980
Tin liên quan
- Trà Cú: Đại hội đại biểu các dân tộc thiểu số huyện lần thứ III (18/04/2019)
- Cầu Ngang: biểu dương 30 người có uy tín tiêu biểu (10/04/2019)
- Tiểu Cần: thăm, chúc Tết Chôl Chnăm Thmây năm 2019 (11/04/2019)
- Châu Thành: hội thi "Dân vận khéo" vùng đồng bào Khmer (28/03/2019)
- Duyên Hải: hỗ trợ 25 căn nhà cho hộ nghèo Khmer (20/03/2019)
- Càng Long: đối thoại với người dân về dự án đê bao (12/03/2019)
Bản quyền thuộc Ban Dân vận Tỉnh ủy Trà Vinh. Địa chỉ: phường 1, thành phố Trà Vinh. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""", "2019-06-20", "Đại hội đại biểu các dân tộc thiểu số tỉnh Trà Vinh lần thứ III",
E("dai_hoi", None, "2019-06-19"),
[P("Thạch Dư", "Phó Bí thư Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh"),
 P("Kim Thị Mỹ Liên", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sóc Xane", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Kim Phươl", "Đại đức", "Phó trụ trì chùa Kompong"),
 P("Kiên Sóc Phon", "người có uy tín ấp Bến Cát"),
 P("Lâm Thị Sóc Khum", "Phó Chủ tịch UBND xã Tập Sơn")],
[Q("300 đại biểu chính thức", 300, "đại biểu chính thức"), Q("trên 320.000 đồng bào Khmer, Hoa", 320000, "đồng bào Khmer, Hoa", "over"),
 Q("58 vị sư sãi, Achar", 58, "vị sư sãi, Achar"), Q("74 người có uy tín", 74, "người có uy tín"),
 Q("41 đại biểu là nữ", 41, "đại biểu"), Q("23,4%", 23.4, "%"), Q("7,9%", 7.9, "%"),
 Q("2.315 căn nhà", 2315, "căn nhà"), Q("1.027 hộ", 1027, "hộ"),
 Q("141 chùa Phật giáo Nam tông Khmer", 141, "chùa Phật giáo Nam tông Khmer"), Q("18,6 tỷ đồng", 18600000000, "đồng"),
 Q("6 lớp dạy chữ Khmer hè", 6, "lớp dạy chữ Khmer hè"), Q("40 ha", 40, "ha"),
 Q("85 tập thể", 85, "tập thể"), Q("120 cá nhân tiêu biểu", 120, "cá nhân tiêu biểu"), Q("8 đại biểu", 8, "đại biểu")],
[D("Nghị quyết", "03", "NQ/TU", "2015-04-21", "Tỉnh ủy", "Nghị quyết số 03-NQ/TU ngày 21/4/2015"),
 D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg ngày 31/10/2016"),
 D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/1/2018")],
[prov("Trà Vinh"), com("Đa Lộc"), com("Lương Hòa A"), com("Tập Sơn")],
["Ban Dân vận Tỉnh ủy Trà Vinh", "Trang chủ :: Tin tức :: Dân tộc - Tôn giáo", "Ảnh: Các đại biểu dự Đại hội.",
 "Trung tâm Văn hóa tỉnh", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Lượt xem: 1.980"],
["2019-06-20 09:30", "lần thứ III", "năm 2019", "5 năm", "lần thứ II", "Lượt xem: 1.980"]))

PAGES.append(page("b1766-lamdong-bdv-taphuan-tongiao-2019", """
BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Bạn đang ở: Trang chủ > Tin tức > Công tác tôn giáo
28 tháng 11, 2019 | 14:00
Học viên dự lớp tập huấn.
Lâm Đồng: 180 cán bộ được tập huấn công tác tôn giáo vùng đồng bào K'Ho, Mạ, Churu
Trong 2 ngày 26 và 27/11/2019, tại thành phố Bảo Lộc, Ban Dân vận Tỉnh ủy Lâm Đồng phối hợp Ban Tôn giáo tỉnh mở lớp tập huấn nghiệp vụ công tác tôn giáo năm 2019 cho 180 học viên là cán bộ dân vận, Mặt trận, công an xã ở 6 huyện phía Nam tỉnh. Đồng chí Ka Sô Ha Biên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy khai mạc lớp tập huấn.
Các học viên được nghe ông Liêng Hót Ha Thuận, Phó Trưởng Ban Tôn giáo tỉnh quán triệt Luật Tín ngưỡng, tôn giáo và Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ; nghe Thượng tá Bon Niêng Ha Kông, Phó Trưởng phòng An ninh chính trị nội bộ Công an tỉnh thông tin tình hình hoạt động của "Hội thánh Đức Chúa Trời Mẹ" và các hiện tượng tôn giáo mới.
Theo báo cáo, tỉnh có 6 tôn giáo với trên 780.000 tín đồ, chiếm 58% dân số; đạo Công giáo và Tin lành phát triển mạnh trong đồng bào K'Ho, Mạ, Churu. Năm 2019, các cấp đã giải quyết 43 đơn thư liên quan đến tôn giáo, cấp 12 giấy chứng nhận quyền sử dụng đất cho cơ sở tôn giáo.
Tại lớp học, Linh mục Giuse K'Brăh, Quản xứ giáo xứ Đạ Tẻh cùng Mục sư Ya Sơn, Hội trưởng Chi hội Tin lành Bảo Lâm trao đổi kinh nghiệm phối hợp với chính quyền trong tổ chức lễ Giáng sinh. Bà K'Hiên, Chủ tịch Ủy ban MTTQ xã Lộc Bắc, người Mạ, chia sẻ: xã có 3 điểm nhóm Tin lành với 420 tín đồ, Mặt trận đã vận động chức việc tham gia ban công tác Mặt trận thôn.
Bế mạc lớp học, đồng chí Ka Sô Ha Biên đề nghị học viên vận dụng Hướng dẫn số 27-HD/BDVTU của Ban Dân vận Tỉnh ủy về quy trình nắm tình hình tôn giáo ở cơ sở; thực hiện tốt Kết luận 16, 17-KL/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo và về đất đai có nguồn gốc tôn giáo; mỗi xã xây dựng ít nhất 1 mô hình "Dân vận khéo" trong vùng có đạo. Kinh phí tổ chức lớp học là 96 triệu đồng.
Cuối lớp, 100% học viên đạt yêu cầu bài thu hoạch; Ban Dân vận Tỉnh ủy trao giấy chứng nhận cho 180 học viên.
K'Thương
Lượt xem: 512
Tin liên quan
- Di Linh: gặp mặt chức sắc các tôn giáo dịp Giáng sinh (20/11/2019)
- Lạc Dương: đối thoại với người dân về giao khoán bảo vệ rừng (13/11/2019)
- Đam Rông: biểu dương 40 người có uy tín tiêu biểu (06/11/2019)
- Bảo Lâm: ra mắt mô hình "Thôn Tin lành không có người vi phạm pháp luật" (30/10/2019)
- Đơn Dương: tập huấn nghiệp vụ dân vận cho cán bộ thôn (22/10/2019)
Ban Dân vận Tỉnh ủy Lâm Đồng. Địa chỉ: 36 Trần Phú, thành phố Đà Lạt. Ghi rõ nguồn khi phát hành lại thông tin.
""", "2019-11-28", "Lâm Đồng: 180 cán bộ được tập huấn công tác tôn giáo vùng đồng bào K'Ho, Mạ, Churu",
E("tap_huan", "2019", "2019-11-26"),
[P("Ka Sô Ha Biên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Liêng Hót Ha Thuận", "Phó Trưởng Ban Tôn giáo tỉnh"),
 P("Bon Niêng Ha Kông", "Thượng tá", "Phó Trưởng phòng An ninh chính trị nội bộ Công an tỉnh"),
 P("Giuse K'Brăh", "Linh mục", "Quản xứ giáo xứ Đạ Tẻh"),
 P("Ya Sơn", "Mục sư", "Hội trưởng Chi hội Tin lành Bảo Lâm"),
 P("K'Hiên", "Chủ tịch Ủy ban MTTQ xã Lộc Bắc")],
[Q("180 học viên", 180, "học viên"), Q("6 huyện", 6, "huyện"), Q("6 tôn giáo", 6, "tôn giáo"),
 Q("trên 780.000 tín đồ", 780000, "tín đồ", "over"), Q("58%", 58, "%"), Q("43 đơn thư", 43, "đơn thư"),
 Q("12 giấy chứng nhận quyền sử dụng đất", 12, "giấy chứng nhận quyền sử dụng đất"),
 Q("3 điểm nhóm Tin lành", 3, "điểm nhóm Tin lành"), Q("420 tín đồ", 420, "tín đồ"), Q("96 triệu đồng", 96000000, "đồng"),
 Q("100%", 100, "%")],
[D("Nghị định", "162", "2017/NĐ-CP", "2017-12-30", "Chính phủ", "Nghị định số 162/2017/NĐ-CP ngày 30/12/2017"),
 D("Hướng dẫn", "27", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 27-HD/BDVTU"),
 D("Kết luận", "16", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 16, 17-KL/TU"),
 D("Kết luận", "17", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 16, 17-KL/TU")],
[prov("Lâm Đồng"), com("Lộc Bắc")],
["BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Bạn đang ở: Trang chủ > Tin tức > Công tác tôn giáo", "Học viên dự lớp tập huấn.",
 "Luật Tín ngưỡng, tôn giáo", "Hội thánh Đức Chúa Trời Mẹ", "Dân vận khéo", "Lượt xem: 512"],
["28 tháng 11, 2019 | 14:00", "2 ngày", "năm 2019", "1 mô hình", "Lượt xem: 512"]))
