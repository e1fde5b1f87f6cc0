from lib import *
PAGES = []

PAGES.append(page("b4817-yenbai-mttq-tongket-2021", """
Báo Yên Bái - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Yên Bái
Chính trị › Mặt trận - Đoàn thể
2021-12-28 16:40
Ảnh: Đồng chí Giàng A Tông phát biểu tại hội nghị.
Phát huy vai trò chức việc Tin lành trong xây dựng khối đại đoàn kết
YBĐT - Chiều 27/12, Ủy ban MTTQ tỉnh Yên Bái tổ chức hội nghị tổng kết công tác dân tộc, tôn giáo năm 2021 và triển khai nhiệm vụ năm 2022. Đồng chí Giàng A Tông, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh chủ trì; dự có đồng chí Hoàng Thị Vịnh, Phó Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Nguyễn Thị Thanh Hà, Hà Đức Tiến và 64 đại biểu là chức sắc, chức việc, người có uy tín.
Theo báo cáo, Yên Bái có 1.982 hộ với trên 11.700 tín đồ Tin lành, tập trung ở các huyện Mù Cang Chải, Trạm Tấu, Văn Chấn; đến nay có 2 chi hội thuộc Tổng Liên hội Hội thánh Tin lành Việt Nam (miền Bắc) được công nhận và 39 điểm nhóm được đăng ký. Năm 2021, Mặt trận các cấp đã gặp gỡ, đối thoại 86 cuộc với chức việc các điểm nhóm; hướng dẫn 7 điểm nhóm hoàn thiện hồ sơ theo Nghị định 162/2017/NĐ-CP; phối hợp giải quyết 12 vụ việc liên quan đến đạo Tin lành tại cơ sở, không để phát sinh điểm nóng.
Thực hiện Kế hoạch số 72-KH/MTTQ-BTT và Hướng dẫn số 09-HD/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, các chi hội, điểm nhóm đã vận động tín đồ đóng góp trên 650 triệu đồng, hơn 3.400 ngày công xây dựng nông thôn mới; hưởng ứng "Quỹ vắc-xin phòng Covid-19" trên 127 triệu đồng. Phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" có 215 hộ tín đồ Tin lành đạt gia đình văn hóa tiêu biểu.
Tại hội nghị, Truyền đạo Thào A Của, phụ trách Chi hội Tin lành Mù Cang Chải, bày tỏ phấn khởi khi 3 điểm nhóm tại xã Púng Luông được cấp đất sinh hoạt; ông Sùng A Thái, trưởng điểm nhóm Tin lành bản Tà Xùa, xã Xà Hồ, đề nghị được tham gia các lớp tập huấn kiến thức pháp luật. Bà Hờ Thị Mua, Chủ tịch Ủy ban MTTQ xã Nậm Khắt, chia sẻ kinh nghiệm vận động 28 hộ tín đồ trồng quế, thảo quả, thoát nghèo bền vững.
Đánh giá chung, năm 2021 đồng bào có đạo cơ bản yên tâm sinh hoạt tôn giáo, tin tưởng vào sự lãnh đạo của Đảng; tuy nhiên ở một số nơi vẫn còn hoạt động của "Bà Cô Dợ", "Giê Sùa", lôi kéo khoảng 40 hộ; việc giải quyết nhu cầu xây dựng nơi sinh hoạt còn chậm.
Phát biểu kết luận, đồng chí Giàng A Tông đề nghị năm 2022 các cấp Mặt trận tiếp tục thực hiện Kết luận số 73, 74-KL/TU của Ban Thường vụ Tỉnh ủy; phấn đấu 100% điểm nhóm đủ điều kiện được đăng ký, chủ động tham mưu giải quyết dứt điểm các kiến nghị của chức việc. Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 6 tập thể, 11 cá nhân tiêu biểu trong công tác dân tộc, tôn giáo năm 2021.
Thanh Thủy
Lượt xem: 934
Tin cùng chuyên mục
- Trạm Tấu: gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (22/12/2021)
- Văn Chấn tập huấn công tác Mặt trận cho cán bộ cơ sở (15/12/2021)
- Lục Yên: 120 hộ nghèo được tặng quà (09/12/2021)
""", "2021-12-28", "Phát huy vai trò chức việc Tin lành trong xây dựng khối đại đoàn kết",
E("tong_ket", "2021", "2021-12-27"),
[P("Giàng A Tông", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Thị Vịnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thanh Hà", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Đức Tiến", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Thào A Của", "Truyền đạo", "phụ trách Chi hội Tin lành Mù Cang Chải"),
 P("Sùng A Thái", "trưởng điểm nhóm Tin lành bản Tà Xùa"),
 P("Hờ Thị Mua", "Chủ tịch Ủy ban MTTQ xã Nậm Khắt")],
[Q("64 đại biểu", 64, "đại biểu"), Q("1.982 hộ", 1982, "hộ"), Q("trên 11.700 tín đồ Tin lành", 11700, "tín đồ Tin lành", "over"),
 Q("2 chi hội", 2, "chi hội"), Q("39 điểm nhóm", 39, "điểm nhóm"), Q("86 cuộc", 86, "cuộc"), Q("7 điểm nhóm", 7, "điểm nhóm"),
 Q("12 vụ việc", 12, "vụ việc"), Q("trên 650 triệu đồng", 650000000, "đồng", "over"), Q("hơn 3.400 ngày công", 3400, "ngày công", "over"),
 Q("trên 127 triệu đồng", 127000000, "đồng", "over"), Q("215 hộ tín đồ Tin lành", 215, "hộ tín đồ Tin lành"), Q("3 điểm nhóm", 3, "điểm nhóm"),
 Q("28 hộ tín đồ", 28, "hộ tín đồ"), Q("khoảng 40 hộ", 40, "hộ", "approx"), Q("100%", 100, "%"), Q("6 tập thể", 6, "tập thể"),
 Q("11 cá nhân tiêu biểu", 11, "cá nhân tiêu biểu")],
[D("Nghị định", "162", "2017/NĐ-CP", None, None, "Nghị định 162/2017/NĐ-CP"),
 D("Kế hoạch", "72", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 72-KH/MTTQ-BTT"),
 D("Hướng dẫn", "09", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 09-HD/MTTQ-BTT"),
 D("Kết luận", "73", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 73, 74-KL/TU"),
 D("Kết luận", "74", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 73, 74-KL/TU")],
[prov("Yên Bái"), com("Púng Luông"), com("Xà Hồ"), com("Nậm Khắt")],
["Báo Yên Bái - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Yên Bái", "Chính trị › Mặt trận - Đoàn thể",
 "Ảnh: Đồng chí Giàng A Tông phát biểu tại hội nghị.", "YBĐT", "Quỹ vắc-xin phòng Covid-19",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Bà Cô Dợ", "Giê Sùa", "Lượt xem: 934"],
["2021-12-28 16:40", "năm 2021", "năm 2022", "Covid-19", "Lượt xem: 934"]))

PAGES.append(page("b4818-daklak-bdv-hoinghi-2021", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ > Tin tức > Công tác dân tộc - tôn giáo
12/11/2021 - 10:05
Hội nghị gặp mặt chức sắc, chức việc đạo Tin lành tiêu biểu năm 2021
Ngày 11/11/2021, tại Hội trường Tỉnh ủy, Ban Dân vận Tỉnh ủy Đắk Lắk phối hợp Ủy ban MTTQ Việt Nam tỉnh, Sở Nội vụ tổ chức hội nghị gặp mặt chức sắc, chức việc đạo Tin lành tiêu biểu năm 2021, kết hợp trực tuyến đến 15 điểm cầu huyện, thị xã, thành phố với trên 420 đại biểu tham dự.
Các đại biểu dự hội nghị tại điểm cầu Tỉnh ủy. Ảnh: H.Xuân
Chủ trì hội nghị có các đồng chí: Phạm Minh Tấn, Phó Bí thư Thường trực Tỉnh ủy; Y Biêr Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; H'Yim Kđoh, Phó Chủ tịch UBND tỉnh.
Theo báo cáo của Ban Dân vận Tỉnh ủy, toàn tỉnh hiện có 22 tổ chức, hệ phái Tin lành với khoảng 240.000 tín đồ, chiếm 12,8% dân số; trong đó Hội thánh Tin lành Việt Nam (miền Nam) có 1 ban đại diện, 121 chi hội, 386 mục sư, mục sư nhiệm chức, truyền đạo. Từ năm 2018 đến nay, chính quyền các cấp đã chấp thuận 148 điểm nhóm đăng ký sinh hoạt tôn giáo tập trung, công nhận 29 chi hội, cấp giấy chứng nhận quyền sử dụng đất cho 41 cơ sở thờ tự. Thực hiện Kết luận số 01-KL/TU của Tỉnh ủy và Chương trình hành động số 27-CTr/TU của Ban Chấp hành Đảng bộ tỉnh, khối dân vận đã xây dựng 136 mô hình "Dân vận khéo" trong vùng đồng bào có đạo.
Tại hội nghị, Mục sư Y Phen Ayun, Trưởng Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh Đắk Lắk, cho biết năm 2021 các chi hội đã quyên góp trên 3,6 tỷ đồng phòng, chống dịch Covid-19; Mục sư Y Kiên Hmok, Quản nhiệm Chi hội Tin lành Ea Tiêu, xã Ea Tiêu, kiến nghị sớm giải quyết hồ sơ xây dựng nhà thờ. Bà H'Loan Mlô, Thư ký Ban Trị sự Hội thánh Liên hữu Cơ đốc tỉnh, và ông Y Bhim Kbuôr, Trưởng điểm nhóm Tin lành buôn Ea Ktur, đề nghị tăng cường tập huấn pháp luật cho chức việc.
Đồng chí Y Biêr Niê tiếp thu và giải đáp 16 ý kiến; đồng thời thông tin về các thủ đoạn của FULRO lưu vong và "Tin lành Đê Ga" lợi dụng dịch bệnh để lôi kéo, kích động. Theo Công an tỉnh, trong năm đã vận động 47 đối tượng ra đầu thú, từ bỏ tổ chức phản động.
Phát biểu chỉ đạo, đồng chí Phạm Minh Tấn ghi nhận sự đồng hành của các hệ phái; yêu cầu các cấp thực hiện nghiêm Chỉ thị số 18-CT/TW ngày 10/1/2018 của Ban Bí thư, Quyết định 219/QĐ-TTg của Thủ tướng Chính phủ, giải quyết kịp thời nhu cầu tôn giáo chính đáng. Dịp này, UBND tỉnh tặng bằng khen cho 25 tập thể, 40 cá nhân là chức sắc, chức việc tiêu biểu giai đoạn 2018 - 2021.
Hoàng Xuân
Số lượt xem: 2.914
Bài viết liên quan
- Krông Búk: 5 điểm nhóm Tin lành được cấp đăng ký (05/11/2021)
- Gặp mặt người có uy tín năm 2021 (28/10/2021)
- Đối thoại với chức sắc tôn giáo huyện Lắk (20/10/2021)
""", "2021-11-12", "Hội nghị gặp mặt chức sắc, chức việc đạo Tin lành tiêu biểu năm 2021",
E("hoi_nghi", "2021", "2021-11-11"),
[P("Phạm Minh Tấn", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Y Biêr Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Yim Kđoh", "Phó Chủ tịch UBND tỉnh"),
 P("Y Phen Ayun", "Mục sư", "Trưởng Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh Đắk Lắk"),
 P("Y Kiên Hmok", "Mục sư", "Quản nhiệm Chi hội Tin lành Ea Tiêu"),
 P("H'Loan Mlô", "Thư ký Ban Trị sự Hội thánh Liên hữu Cơ đốc tỉnh"),
 P("Y Bhim Kbuôr", "Trưởng điểm nhóm Tin lành buôn Ea Ktur")],
[Q("15 điểm cầu huyện, thị xã, thành phố", 15, "điểm cầu huyện, thị xã, thành phố"), Q("trên 420 đại biểu", 420, "đại biểu", "over"),
 Q("22 tổ chức, hệ phái Tin lành", 22, "tổ chức, hệ phái Tin lành"), Q("khoảng 240.000 tín đồ", 240000, "tín đồ", "approx"),
 Q("12,8%", 12.8, "%"), Q("121 chi hội", 121, "chi hội"), Q("386 mục sư, mục sư nhiệm chức, truyền đạo", 386, "mục sư, mục sư nhiệm chức, truyền đạo"),
 Q("148 điểm nhóm", 148, "điểm nhóm"), Q("29 chi hội", 29, "chi hội"), Q("41 cơ sở thờ tự", 41, "cơ sở thờ tự"),
 Q("136 mô hình", 136, "mô hình"), Q("trên 3,6 tỷ đồng", 3600000000, "đồng", "over"), Q("16 ý kiến", 16, "ý kiến"),
 Q("47 đối tượng", 47, "đối tượng"), Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Kết luận", "01", "KL/TU", None, "Tỉnh ủy", "Kết luận số 01-KL/TU"),
 D("Chương trình hành động", "27", "CTr/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Chương trình hành động số 27-CTr/TU"),
 D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/1/2018"),
 D("Quyết định", "219", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 219/QĐ-TTg")],
[prov("Đắk Lắk"), com("Ea Tiêu")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ > Tin tức > Công tác dân tộc - tôn giáo",
 "Các đại biểu dự hội nghị tại điểm cầu Tỉnh ủy. Ảnh: H.Xuân", "Dân vận khéo", "FULRO", "Tin lành Đê Ga", "Số lượt xem: 2.914"],
["12/11/2021 - 10:05", "năm 2021", "năm 2018", "1 ban đại diện", "Covid-19", "giai đoạn 2018 - 2021", "Số lượt xem: 2.914"]))

PAGES.append(page("b4819-kontum-mttq-giangsinh-2022", """
Báo Kon Tum điện tử
Tin tức | Chính trị | Mặt trận - Đoàn thể
Thứ Năm, 22/12/2022, 08:05
Trao 150 suất quà Giáng sinh cho tín đồ Tin lành khó khăn
Ngày 21/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum phối hợp Ban Dân vận Tỉnh ủy tổ chức đoàn đến thăm, chúc mừng Lễ Giáng sinh năm 2022 và trao 150 suất quà cho tín đồ Tin lành có hoàn cảnh khó khăn tại các huyện Đắk Hà, Sa Thầy và thành phố Kon Tum. Đoàn do ông A Vinh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn.
Ông A Vinh trao quà cho tín đồ Chi hội Tin lành Kon Tum. Ảnh: Đ.Thiết
Tại Chi hội Tin lành Kon Tum, Mục sư A Sáng, Ủy viên Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh, Quản nhiệm Chi hội, báo cáo: chi hội hiện có khoảng 2.900 tín hữu, quản lý 6 điểm nhóm ở các xã Đắk Cấm, Ngọk Bay, Vinh Quang. Năm 2022, chi hội đã hướng dẫn tín hữu đăng ký chương trình sinh hoạt định kỳ đúng theo Luật Tín ngưỡng, tôn giáo; hỗ trợ 12 hộ tín đồ sửa chữa nhà ở, 26 học sinh nghèo vào đầu năm học.
Tại huyện Sa Thầy, đoàn thăm điểm nhóm Tin lành làng Khúc Na, xã Ya Xiêr, do Truyền đạo A Phương phụ trách, và điểm nhóm làng Rắc, xã Sa Nghĩa, nơi bà Y Hnơ, thủ quỹ Ban chấp sự, cho biết điểm nhóm có 310 tín đồ người Gia Rai, Rơ Măm.
Mỗi suất quà gồm 1 bao gạo 10 kg, nhu yếu phẩm và 300.000 đồng tiền mặt, tổng trị giá trên 105 triệu đồng, do Quỹ "Vì người nghèo" tỉnh và các doanh nghiệp hỗ trợ. Ngoài ra, đoàn trao 18 suất quà (mỗi suất 2 triệu đồng) cho các chi hội, điểm nhóm.
Thay mặt đoàn, ông A Vinh chúc mừng các chức sắc, chức việc và bà con tín đồ đón Lễ Giáng sinh vui tươi, an toàn; đề nghị các chi hội tiếp tục hưởng ứng phong trào thi đua "Kon Tum chung sức xây dựng nông thôn mới", hướng dẫn tín đồ không nghe theo "Hà Mòn", "Tin lành Đê Ga".
Đi cùng đoàn có bà Y Thị Bích Thu, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Nguyễn Văn Lực, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Dân tộc - Tôn giáo.
Theo Kế hoạch số 156/KH-MTTQ-BTT ngày 30/11/2022 của Ban Thường trực Ủy ban MTTQ tỉnh, dịp Giáng sinh năm nay Mặt trận các cấp thăm, tặng quà 41 chi hội, 93 điểm nhóm Tin lành và 27 giáo xứ Công giáo với tổng kinh phí khoảng 260 triệu đồng. Bên cạnh đó, Ban Dân vận Tỉnh ủy đã ban hành Công văn số 212-CV/BDVTU đề nghị các huyện ủy chủ động nắm tình hình, bảo đảm an ninh, trật tự trong các ngày lễ.
Đăng Thiết
Lượt xem: 1.285
Tin khác
- Ngọc Hồi: 100 suất quà cho hộ nghèo biên giới (19/12/2022)
- Gặp mặt chức sắc Công giáo nhân dịp Giáng sinh (16/12/2022)
- Hội nghị tổng kết công tác Mặt trận năm 2022 (13/12/2022)
""", "2022-12-22", "Trao 150 suất quà Giáng sinh cho tín đồ Tin lành khó khăn",
E("trao_qua", None, "2022-12-21"),
[P("A Vinh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Sáng", "Mục sư", "Ủy viên Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh", "Quản nhiệm Chi hội"),
 P("A Phương", "Truyền đạo"),
 P("Y Hnơ", "thủ quỹ Ban chấp sự"),
 P("Y Thị Bích Thu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Lực", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Dân tộc - Tôn giáo")],
[Q("150 suất quà", 150, "suất quà"), Q("khoảng 2.900 tín hữu", 2900, "tín hữu", "approx"), Q("6 điểm nhóm", 6, "điểm nhóm"),
 Q("12 hộ tín đồ", 12, "hộ tín đồ"), Q("26 học sinh nghèo", 26, "học sinh nghèo"), Q("310 tín đồ", 310, "tín đồ"),
 Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"), Q("trên 105 triệu đồng", 105000000, "đồng", "over"),
 Q("18 suất quà", 18, "suất quà"), Q("2 triệu đồng", 2000000, "đồng"), Q("41 chi hội", 41, "chi hội"),
 Q("93 điểm nhóm Tin lành", 93, "điểm nhóm Tin lành"), Q("27 giáo xứ Công giáo", 27, "giáo xứ Công giáo"),
 Q("khoảng 260 triệu đồng", 260000000, "đồng", "approx")],
[D("Kế hoạch", "156", "KH-MTTQ-BTT", "2022-11-30", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 156/KH-MTTQ-BTT ngày 30/11/2022"),
 D("Công văn", "212", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 212-CV/BDVTU")],
[prov("Kon Tum"), com("Đắk Cấm"), com("Ngọk Bay"), com("Vinh Quang"), com("Ya Xiêr"), com("Sa Nghĩa")],
["Báo Kon Tum điện tử", "Tin tức | Chính trị | Mặt trận - Đoàn thể", "Ông A Vinh trao quà cho tín đồ Chi hội Tin lành Kon Tum. Ảnh: Đ.Thiết",
 "Luật Tín ngưỡng, tôn giáo", "Vì người nghèo", "Kon Tum chung sức xây dựng nông thôn mới", "Hà Mòn", "Tin lành Đê Ga", "Lượt xem: 1.285"],
["Thứ Năm, 22/12/2022, 08:05", "Lễ Giáng sinh năm 2022", "1 bao gạo", "Lượt xem: 1.285"]))

PAGES.append(page("b4820-tuyenquang-bdv-giaoban-2022", """
Báo Tuyên Quang điện tử
Chính trị / Xây dựng Đảng / Dân vận
30 tháng 11, 2022 | 17:45
Đồng chí Ma Thế Hồng chủ trì giao ban.
Nắm chắc tình hình vùng đồng bào có đạo, không để phát sinh điểm nóng
Sáng 29/11, Ban Dân vận Tỉnh ủy Tuyên Quang tổ chức giao ban công tác dân vận tháng 11/2022, nội dung trọng tâm là công tác vận động đồng bào theo đạo Tin lành trước mùa Giáng sinh. Đồng chí Ma Thế Hồng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có đồng chí Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy Trần Ngọc Thực và trưởng ban dân vận 7 huyện ủy, thành ủy.
Báo cáo tại giao ban cho biết, trong tháng, khối dân vận các cấp đã phối hợp Ban Tôn giáo (Sở Nội vụ) tổ chức 18 buổi gặp mặt với chức việc, trưởng nhóm; hướng dẫn 3 điểm nhóm tại huyện Lâm Bình, Na Hang hoàn thiện hồ sơ đăng ký sinh hoạt tôn giáo tập trung. Toàn tỉnh hiện có khoảng 1.450 hộ, gần 6.800 khẩu theo đạo Tin lành, sinh hoạt tại 17 điểm nhóm đã đăng ký và 9 nhóm chưa đăng ký; chủ yếu là người Mông, Dao, Pà Thẻn.
Ban đã tham mưu Thường trực Tỉnh ủy ban hành Công văn số 1025-CV/TU về tăng cường lãnh đạo công tác bảo đảm an ninh, trật tự dịp lễ Giáng sinh; ban hành Kế hoạch số 89-KH/BDVTU ngày 15/11/2022 kiểm tra việc thực hiện Quy chế dân vận tại 6 xã vùng có đạo.
Tại giao ban, đồng chí Hoàng Thị Hiền, HUV, Trưởng Ban Dân vận Huyện ủy Lâm Bình, thông tin xã Phúc Yên, xã Khuôn Hà có thêm 11 hộ theo đạo; tổ công tác đã gặp gỡ từng hộ, vận động thực hiện đúng quy định. Đồng chí Nông Văn Chuyên, Phó Chủ tịch UBND huyện Na Hang, cho biết điểm nhóm Tin lành thôn Nặm Đâng, xã Thượng Giáp đề nghị sinh hoạt lễ Giáng sinh với khoảng 220 người, đã được UBND xã chấp thuận.
Bà Lý Thị Nhất, trưởng điểm nhóm Tin lành thôn Khuổi Phìn, được mời dự giao ban, phát biểu cam kết hướng dẫn 64 tín đồ sinh hoạt trong khuôn khổ pháp luật, tham gia làm 1,2 km đường bê tông của thôn.
Kết luận giao ban, đồng chí Ma Thế Hồng yêu cầu trong tháng 12 các huyện ủy chỉ đạo thăm, chúc mừng 100% điểm nhóm đã đăng ký; triển khai có hiệu quả Nghị quyết số 11, 12-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế vùng đồng bào dân tộc thiểu số; chủ động nắm tình hình, không để các đối tượng lợi dụng dịp lễ tuyên truyền "Vàng Chứ", "Giê Sùa". Dự kiến tổng kinh phí thăm, tặng quà dịp Giáng sinh của tỉnh khoảng 45 triệu đồng.
Giao ban cũng thống nhất đề nghị khen thưởng 5 tập thể, 8 cá nhân trong thực hiện phong trào thi đua "Dân vận khéo" năm 2022 ở vùng đồng bào có đạo.
Thu Hà
Lượt xem: 807
Xem thêm
- Lâm Bình: tập huấn công tác tôn giáo cho cán bộ cơ sở (22/11/2022)
- Giao ban công tác dân vận tháng 10 năm 2022 (31/10/2022)
- Chiêm Hóa phát huy vai trò người có uy tín (18/10/2022)
""", "2022-11-30", "Nắm chắc tình hình vùng đồng bào có đạo, không để phát sinh điểm nóng",
E("giao_ban", "2022-11", "2022-11-29"),
[P("Ma Thế Hồng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Ngọc Thực", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Hiền", "HUV", "Trưởng Ban Dân vận Huyện ủy Lâm Bình"),
 P("Nông Văn Chuyên", "Phó Chủ tịch UBND huyện Na Hang"),
 P("Lý Thị Nhất", "trưởng điểm nhóm Tin lành thôn Khuổi Phìn")],
[Q("7 huyện ủy, thành ủy", 7, "huyện ủy, thành ủy"), Q("18 buổi gặp mặt", 18, "buổi gặp mặt"), Q("3 điểm nhóm", 3, "điểm nhóm"),
 Q("khoảng 1.450 hộ", 1450, "hộ", "approx"), Q("gần 6.800 khẩu", 6800, "khẩu", "approx"), Q("17 điểm nhóm", 17, "điểm nhóm"),
 Q("9 nhóm", 9, "nhóm"), Q("6 xã vùng có đạo", 6, "xã vùng có đạo"), Q("11 hộ", 11, "hộ"), Q("khoảng 220 người", 220, "người", "approx"),
 Q("64 tín đồ", 64, "tín đồ"), Q("1,2 km", 1.2, "km"), Q("100%", 100, "%"), Q("khoảng 45 triệu đồng", 45000000, "đồng", "approx"),
 Q("5 tập thể", 5, "tập thể"), Q("8 cá nhân", 8, "cá nhân")],
[D("Công văn", "1025", "CV/TU", None, "Thường trực Tỉnh ủy", "Công văn số 1025-CV/TU"),
 D("Kế hoạch", "89", "KH/BDVTU", "2022-11-15", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 89-KH/BDVTU ngày 15/11/2022"),
 D("Nghị quyết", "11", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 11, 12-NQ/TU"),
 D("Nghị quyết", "12", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 11, 12-NQ/TU")],
[prov("Tuyên Quang"), com("Phúc Yên"), com("Khuôn Hà"), com("Thượng Giáp")],
["Báo Tuyên Quang điện tử", "Chính trị / Xây dựng Đảng / Dân vận", "Đồng chí Ma Thế Hồng chủ trì giao ban.",
 "Quy chế dân vận", "Vàng Chứ", "Giê Sùa", "Dân vận khéo", "Lượt xem: 807"],
["30 tháng 11, 2022 | 17:45", "tháng 11/2022", "tháng 12", "năm 2022", "Lượt xem: 807"]))

PAGES.append(page("b4821-lamdong-bdv-soket-2023", """
BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Bạn đang ở: Trang chủ » Hoạt động Ban Dân vận » Dân tộc - Tôn giáo
Thứ Hai, 17/07/2023 - 14:10
Sơ kết công tác vận động chức sắc, tín đồ Tin lành 6 tháng đầu năm
Ngày 14/7/2023, Ban Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị sơ kết công tác dân tộc, tôn giáo 6 tháng đầu năm 2023, trong đó dành phần lớn thời gian đánh giá công tác vận động chức sắc, chức việc và tín đồ đạo Tin lành. Đồng chí Ka Đè, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì; dự có đồng chí Lê Thị Hồng Nhung, Trưởng Ban Tôn giáo - Sở Nội vụ và đại diện các ban dân vận 12 huyện ủy, thành ủy.
Toàn cảnh hội nghị sơ kết. Ảnh: Văn Báu
Theo báo cáo, đến tháng 6/2023, tỉnh có 11 tổ chức, hệ phái Tin lành với khoảng 151.000 tín đồ, 142 chi hội và 211 điểm nhóm; trong 6 tháng, đã có thêm 6 điểm nhóm được đăng ký, 2 chi hội được thành lập, 14 mục sư, truyền đạo được bổ nhiệm, thuyên chuyển. Các cơ quan đã giải quyết 19 hồ sơ xây dựng, cải tạo nhà thờ, nhà nguyện, không có hồ sơ quá hạn.
Thực hiện Kế hoạch số 148-KH/TU của Tỉnh ủy về thực hiện Chỉ thị số 18-CT/TW, các cấp đã tổ chức 63 cuộc gặp mặt, đối thoại với 2.170 lượt chức sắc, chức việc; vận động xây dựng 21 mô hình "Chi hội Tin lành chung tay xây dựng nông thôn mới". Các chi hội đóng góp trên 1,7 tỷ đồng cho công tác an sinh xã hội, giúp xây 11 căn nhà cho hộ nghèo.
Tại hội nghị, đồng chí K'Brơi, HUV, Trưởng Ban Dân vận Huyện ủy Di Linh, nêu kinh nghiệm phối hợp với Mục sư K'Thuyên, Quản nhiệm Chi hội Tin lành Di Linh, vận động 27 hộ đồng bào K'Ho trả lại đất lấn chiếm rừng. Đồng chí Ma Sa, Phó Chủ tịch Ủy ban MTTQ huyện Lạc Dương, phản ánh tình trạng một số người tự xưng "mục sư" của nhóm "Tin lành Ba Sa" sinh hoạt trái phép tại xã Đạ Sar.
Hội nghị cũng chỉ ra hạn chế: còn 38 điểm nhóm chưa được đăng ký, tình trạng "nhóm tại gia" phát triển ở vùng ven đô; công tác nắm tình hình ở một số xã chưa sâu.
Kết luận, đồng chí Ka Đè yêu cầu 6 tháng cuối năm tiếp tục thực hiện nghiêm Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ; tham mưu tổ chức tốt Hội nghị gặp mặt chức sắc tôn giáo năm 2023, phấn đấu đăng ký thêm không dưới 15 điểm nhóm.
Trao đổi tại hội nghị, ông Ya Hoa, Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh, đề nghị các huyện tiếp tục nhân rộng cách làm của thành phố Bảo Lộc, nơi 100% chi hội đã ký kết chương trình phối hợp với Ủy ban MTTQ phường, xã; mỗi chi hội nhận đỡ đầu ít nhất 1 hộ nghèo là tín đồ.
Văn Báu
Lượt xem: 1.056
Tin liên quan
- Đơn Dương: sơ kết 5 năm Luật Tín ngưỡng, tôn giáo (07/07/2023)
- Bảo Lộc gặp mặt chức sắc các tôn giáo (28/06/2023)
- Hội nghị giao ban khối dân vận quý II/2023 (22/06/2023)
""", "2023-07-17", "Sơ kết công tác vận động chức sắc, tín đồ Tin lành 6 tháng đầu năm",
E("so_ket", "2023-H1", "2023-07-14"),
[P("Ka Đè", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Hồng Nhung", "Trưởng Ban Tôn giáo - Sở Nội vụ"),
 P("K'Brơi", "HUV", "Trưởng Ban Dân vận Huyện ủy Di Linh"),
 P("K'Thuyên", "Mục sư", "Quản nhiệm Chi hội Tin lành Di Linh"),
 P("Ma Sa", "Phó Chủ tịch Ủy ban MTTQ huyện Lạc Dương"),
 P("Ya Hoa", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh")],
[Q("12 huyện ủy, thành ủy", 12, "huyện ủy, thành ủy"), Q("11 tổ chức, hệ phái Tin lành", 11, "tổ chức, hệ phái Tin lành"),
 Q("khoảng 151.000 tín đồ", 151000, "tín đồ", "approx"), Q("142 chi hội", 142, "chi hội"), Q("211 điểm nhóm", 211, "điểm nhóm"),
 Q("6 điểm nhóm", 6, "điểm nhóm"), Q("2 chi hội", 2, "chi hội"), Q("14 mục sư, truyền đạo", 14, "mục sư, truyền đạo"),
 Q("19 hồ sơ xây dựng, cải tạo nhà thờ, nhà nguyện", 19, "hồ sơ xây dựng, cải tạo nhà thờ, nhà nguyện"),
 Q("63 cuộc gặp mặt, đối thoại", 63, "cuộc gặp mặt, đối thoại"), Q("2.170 lượt chức sắc, chức việc", 2170, "lượt chức sắc, chức việc"),
 Q("21 mô hình", 21, "mô hình"), Q("trên 1,7 tỷ đồng", 1700000000, "đồng", "over"), Q("11 căn nhà", 11, "căn nhà"),
 Q("27 hộ đồng bào K'Ho", 27, "hộ đồng bào K'Ho"), Q("38 điểm nhóm", 38, "điểm nhóm"), Q("không dưới 15 điểm nhóm", 15, "điểm nhóm", "over"), Q("100%", 100, "%")],
[D("Kế hoạch", "148", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 148-KH/TU"),
 D("Chỉ thị", "18", "CT/TW", None, None, "Chỉ thị số 18-CT/TW"),
 D("Nghị định", "162", "2017/NĐ-CP", "2017-12-30", "Chính phủ", "Nghị định số 162/2017/NĐ-CP ngày 30/12/2017")],
[prov("Lâm Đồng"), com("Đạ Sar")],
["BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Bạn đang ở: Trang chủ » Hoạt động Ban Dân vận » Dân tộc - Tôn giáo", "Toàn cảnh hội nghị sơ kết. Ảnh: Văn Báu",
 "Chi hội Tin lành chung tay xây dựng nông thôn mới", "Tin lành Ba Sa", "nhóm tại gia", "Lượt xem: 1.056"],
["Thứ Hai, 17/07/2023 - 14:10", "6 tháng đầu năm 2023", "tháng 6/2023", "6 tháng cuối năm", "năm 2023", "1 hộ nghèo", "Lượt xem: 1.056"]))

PAGES.append(page("b4822-hagiang-bdv-doithoai-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÈO VẠC - TỈNH HÀ GIANG
Trang chủ › Tin tức sự kiện › Hoạt động các xã, thị trấn
Ngày đăng 26/12/2023 | 16:20
Ảnh: Các đại biểu dự hội nghị đối thoại.
Người đứng đầu cấp ủy, chính quyền đối thoại với chức việc, tín đồ Tin lành
Ngày 25/12/2023, tại xã Sơn Vĩ, Ban Thường vụ Huyện ủy Mèo Vạc tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với chức việc, trưởng nhóm và tín đồ Tin lành năm 2023 theo Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị và Kế hoạch số 256-KH/HU của Huyện ủy. Đồng chí Lò Thị Hiền, Bí thư Huyện ủy chủ trì; cùng dự có đồng chí Vàng Mí Sinh, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; đồng chí Thào Thị Dính, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện.
Huyện Mèo Vạc (tỉnh Hà Giang) có 2.146 hộ với 11.380 khẩu theo đạo Tin lành, chiếm khoảng 12% dân số, sinh hoạt tại 24 điểm nhóm đã đăng ký thuộc Tổng Liên hội Hội thánh Tin lành Việt Nam (miền Bắc) và 3 điểm thuộc Hội thánh Cơ đốc Phục lâm Việt Nam. Năm 2023, huyện đã giải quyết 5 hồ sơ đăng ký mới, 2 hồ sơ thay đổi người phụ trách; cấp đất xây dựng nơi sinh hoạt cho 4 điểm nhóm.
Tại hội nghị, có 14 ý kiến phát biểu. Ông Sùng Mí Pó, trưởng điểm nhóm Tin lành thôn Lũng Lầu, xã Sơn Vĩ, đề nghị hỗ trợ xi măng làm sân sinh hoạt chung; ông Giàng Mí Chơ, Ban chấp sự điểm nhóm Tin lành thôn Sủng Khúa, xã Pả Vi, hỏi về chính sách hỗ trợ hộ nghèo làm nhà; bà Vừ Thị Mỷ (thôn Tả Chải, xã Sủng Trà) kiến nghị mở lớp dạy nghề cho thanh niên có đạo. Truyền đạo Ly Mí Sủa, Ủy viên Ban Trị sự Tổng Liên hội phụ trách các điểm nhóm miền núi phía Bắc, cảm ơn huyện đã tạo điều kiện cho 120 tín đồ tham dự lớp bồi linh tại Hà Nội.
Các ý kiến đã được đồng chí Bí thư Huyện ủy, Chủ tịch UBND huyện và các phòng chuyên môn trả lời trực tiếp; huyện cam kết hỗ trợ 60 tấn xi măng cho 6 điểm nhóm trong quý I/2024 từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ.
Phát biểu kết luận, đồng chí Lò Thị Hiền đề nghị chức việc, trưởng nhóm tiếp tục hướng dẫn bà con "kính Chúa, yêu nước", chấp hành tốt Luật Tín ngưỡng, tôn giáo; không nghe theo kẻ xấu tuyên truyền "Giê Sùa", "Bà Cô Dợ". Cấp ủy, chính quyền các xã tiếp tục thực hiện hiệu quả Kết luận 57, 58-KL/HU của Ban Thường vụ Huyện ủy về công tác vận động quần chúng ở vùng đồng bào có đạo, gắn với xây dựng thôn "4 an".
Sau hội nghị, Ban Thường vụ Huyện ủy trao 30 suất quà, mỗi suất trị giá 500.000 đồng cho tín đồ nghèo nhân dịp Giáng sinh.
Minh Hoàng
Lượt truy cập: 508
Tin khác
- Xã Pả Vi ra mắt mô hình "Dân vận khéo" (19/12/2023)
- Mèo Vạc gặp mặt người có uy tín năm 2023 (12/12/2023)
- Huyện ủy Mèo Vạc giao ban công tác dân vận quý IV (05/12/2023)
""", "2023-12-26", "Người đứng đầu cấp ủy, chính quyền đối thoại với chức việc, tín đồ Tin lành",
E("doi_thoai", "2023", "2023-12-25"),
[P("Lò Thị Hiền", "Bí thư Huyện ủy"),
 P("Vàng Mí Sinh", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Thào Thị Dính", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Sùng Mí Pó", "trưởng điểm nhóm Tin lành thôn Lũng Lầu"),
 P("Giàng Mí Chơ", "Ban chấp sự điểm nhóm Tin lành thôn Sủng Khúa"),
 P("Vừ Thị Mỷ"),
 P("Ly Mí Sủa", "Truyền đạo", "Ủy viên Ban Trị sự Tổng Liên hội phụ trách các điểm nhóm miền núi phía Bắc")],
[Q("2.146 hộ", 2146, "hộ"), Q("11.380 khẩu", 11380, "khẩu"), Q("khoảng 12%", 12, "%", "approx"), Q("24 điểm nhóm", 24, "điểm nhóm"),
 Q("3 điểm", 3, "điểm"), Q("5 hồ sơ đăng ký mới", 5, "hồ sơ đăng ký mới"), Q("2 hồ sơ thay đổi người phụ trách", 2, "hồ sơ thay đổi người phụ trách"),
 Q("4 điểm nhóm", 4, "điểm nhóm"), Q("14 ý kiến", 14, "ý kiến"), Q("120 tín đồ", 120, "tín đồ"), Q("60 tấn xi măng", 60, "tấn"),
 Q("6 điểm nhóm", 6, "điểm nhóm"), Q("30 suất quà", 30, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "256", "KH/HU", None, "Huyện ủy", "Kế hoạch số 256-KH/HU"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kết luận", "57", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 57, 58-KL/HU"),
 D("Kết luận", "58", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 57, 58-KL/HU")],
[prov("Hà Giang"), com("Sơn Vĩ"), com("Pả Vi"), com("Sủng Trà")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÈO VẠC - TỈNH HÀ GIANG", "Trang chủ › Tin tức sự kiện › Hoạt động các xã, thị trấn",
 "Ảnh: Các đại biểu dự hội nghị đối thoại.", "kính Chúa, yêu nước", "Luật Tín ngưỡng, tôn giáo", "Giê Sùa", "Bà Cô Dợ",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt truy cập: 508"],
["Ngày đăng 26/12/2023 | 16:20", "năm 2023", "quý I/2024", "4 an", "Lượt truy cập: 508"]))
