from lib import *
PAGES = []

PAGES.append(page("b5603-hue-llvt-tongket-2017", """
BÁO THỪA THIÊN HUẾ ONLINE
You are here: Trang chủ » Quốc phòng » Dân vận
Cập nhật lúc 17:20 ngày 27/12/2017
Ảnh: Đại tá Trần Hữu Quang trao giấy khen cho các tập thể.
Lực lượng vũ trang tỉnh: 45 mô hình "Dân vận khéo" giúp dân thoát nghèo
Chiều 26/12, Đảng ủy, Bộ CHQS tỉnh Thừa Thiên Huế tổ chức hội nghị tổng kết công tác dân vận và phong trào thi đua "Dân vận khéo" năm 2017. Đại tá Trần Hữu Quang, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ CHQS tỉnh và đồng chí Hồ Thị Xuân, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy đồng chủ trì.
Theo báo cáo, năm 2017 các cơ quan, đơn vị trong lực lượng vũ trang tỉnh đã xây dựng 45 mô hình "Dân vận khéo", trong đó 12 mô hình tiêu biểu được Ban Dân vận Tỉnh ủy công nhận. Thực hiện Kế hoạch số 64-KH/ĐU của Đảng ủy Quân sự tỉnh và Chỉ thị 15, 16-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận ở vùng đồng bào Tà Ôi, Cơ Tu, các đơn vị đã giúp 36 xã xây dựng nông thôn mới, hỗ trợ 2.100 ngày công, xây dựng 8 "Nhà đồng đội" với tổng kinh phí 480 triệu đồng, mỗi căn 60 triệu đồng.
Công tác quân dân y được duy trì thường xuyên với 19 đợt khám, cấp thuốc cho gần 7.500 lượt người; Bệnh xá Bộ CHQS tỉnh phối hợp Bệnh viện Quân y 268 phẫu thuật miễn phí cho 42 bệnh nhân nghèo. Tỷ lệ xã miền núi đạt chuẩn quốc gia về y tế tăng lên 78%.
Tại hội nghị, Trung tá Hồ Văn Lâm, Chính trị viên Ban CHQS huyện A Lưới, giới thiệu mô hình "Bò giống cho người nghèo" đã trao 56 con bò cho hộ nghèo người Pa Cô; ông Kăn Sơn, Chủ tịch UBND xã Hồng Vân, cho biết nhờ bộ đội giúp đỡ, xã đã giảm 9,5% hộ nghèo trong năm. Các Phó Chỉ huy trưởng Bộ CHQS tỉnh Thượng tá Lê Văn Sinh, Thượng tá Phan Bá Tùng, Thượng tá Nguyễn Ngọc Hiệp cùng tham gia thảo luận về nhiệm vụ năm 2018.
Phát biểu chỉ đạo, đồng chí Hồ Thị Xuân đề nghị lực lượng vũ trang tỉnh tiếp tục thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp và Nghị quyết số 49-NQ/QUTW của Quân ủy Trung ương về công tác dân vận của Quân đội trong tình hình mới; phấn đấu năm 2018 có ít nhất 50 mô hình "Dân vận khéo".
Kết luận hội nghị, Đại tá Trần Hữu Quang yêu cầu các đơn vị gắn phong trào thi đua "Dân vận khéo" với cuộc vận động "Phát huy truyền thống, cống hiến tài năng, xứng danh Bộ đội Cụ Hồ", tăng cường nắm tình hình ở 4 xã biên giới Việt - Lào.
Dịp này, Bộ CHQS tỉnh tặng giấy khen cho 14 tập thể và 27 cá nhân; Ban Dân vận Tỉnh ủy tặng giấy khen cho 6 tập thể có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" năm 2017.
Minh Văn
Tin liên quan
- A Lưới: Bộ đội giúp dân xã Hồng Vân trồng rừng (10/12/2017)
- Trao 3 "Nhà đồng đội" tại huyện Phong Điền (25/11/2017)
- Bệnh viện Quân y 268 khám bệnh miễn phí cho người dân vùng biên (03/11/2017)
""", "2017-12-27", "Lực lượng vũ trang tỉnh: 45 mô hình \"Dân vận khéo\" giúp dân thoát nghèo",
E("tong_ket", "2017", "2017-12-26"),
[P("Trần Hữu Quang", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ CHQS tỉnh"),
 P("Hồ Thị Xuân", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Lâm", "Trung tá", "Chính trị viên Ban CHQS huyện A Lưới"),
 P("Kăn Sơn", "Chủ tịch UBND xã Hồng Vân"),
 P("Lê Văn Sinh", "Phó Chỉ huy trưởng Bộ CHQS tỉnh", "Thượng tá"),
 P("Phan Bá Tùng", "Phó Chỉ huy trưởng Bộ CHQS tỉnh", "Thượng tá"),
 P("Nguyễn Ngọc Hiệp", "Phó Chỉ huy trưởng Bộ CHQS tỉnh", "Thượng tá")],
[Q("45 mô hình", 45, "mô hình"), Q("12 mô hình tiêu biểu", 12, "mô hình tiêu biểu"), Q("36 xã", 36, "xã"),
 Q("2.100 ngày công", 2100, "ngày công"), Q("8 \"Nhà đồng đội\"", 8, "Nhà đồng đội"), Q("480 triệu đồng", 480000000, "đồng"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("19 đợt", 19, "đợt"), Q("gần 7.500 lượt người", 7500, "lượt người", "approx"),
 Q("42 bệnh nhân nghèo", 42, "bệnh nhân nghèo"), Q("78%", 78, "%"), Q("56 con bò", 56, "con bò"), Q("9,5%", 9.5, "%"),
 Q("ít nhất 50 mô hình", 50, "mô hình", "over"), Q("4 xã biên giới", 4, "xã biên giới"), Q("14 tập thể", 14, "tập thể"),
 Q("27 cá nhân", 27, "cá nhân"), Q("6 tập thể", 6, "tập thể")],
[D("Kế hoạch", "64", "KH/ĐU", None, "Đảng ủy Quân sự tỉnh", "Kế hoạch số 64-KH/ĐU"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Nghị quyết", "49", "NQ/QUTW", None, "Quân ủy Trung ương", "Nghị quyết số 49-NQ/QUTW")],
[prov("Thừa Thiên Huế"), com("Hồng Vân")],
["BÁO THỪA THIÊN HUẾ ONLINE", "You are here: Trang chủ » Quốc phòng » Dân vận",
 "Ảnh: Đại tá Trần Hữu Quang trao giấy khen cho các tập thể.", "Dân vận khéo", "Bò giống cho người nghèo",
 "Phát huy truyền thống, cống hiến tài năng, xứng danh Bộ đội Cụ Hồ", "Bệnh viện Quân y 268", "A Lưới"],
["Cập nhật lúc 17:20 ngày 27/12/2017", "năm 2017", "năm 2018"]))

PAGES.append(page("b5604-gialai-mttq-giamsat-2018", """
Báo Gia Lai điện tử
Chính trị › Mặt trận - Đoàn thể
Ngày 14/09/2018 | 09:15
Giám sát việc thực hiện Quy chế dân chủ tại Bộ Chỉ huy Quân sự tỉnh
Đoàn giám sát làm việc tại Bộ CHQS tỉnh.
(GLO) - Ngày 12/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do bà Rơ Châm H'Loan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm Trưởng đoàn đã giám sát việc thực hiện Quy chế dân chủ ở cơ sở và công tác dân vận tại Bộ Chỉ huy Quân sự tỉnh, theo Chương trình giám sát năm 2018 và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.
Làm việc với đoàn có Đại tá Ksor Nham, Tỉnh ủy viên, Chính ủy Bộ CHQS tỉnh; Thượng tá Đỗ Minh Tuấn, Phó Chính ủy Bộ CHQS tỉnh. Tham gia đoàn có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: Siu Thái, Nguyễn Thị Thu Hà, Đinh Thị Byưk.
Theo báo cáo, từ năm 2015 đến nay, Đảng ủy Quân sự tỉnh đã ban hành Nghị quyết số 178-NQ/ĐU về lãnh đạo thực hiện Quy chế dân chủ trong Quân đội theo Nghị định số 120/2013/NĐ-CP của Chính phủ; 100% cơ quan, đơn vị tổ chức hội nghị quân nhân đúng quy định. Các đơn vị đã duy trì 68 tổ công tác dân vận, cử 1.240 lượt cán bộ, chiến sĩ về 52 làng đồng bào Jrai, Bahnar; giúp dân trên 14.000 ngày công, xây dựng 23 căn nhà tình nghĩa và khám, cấp thuốc cho 18.600 lượt người.
Qua giám sát, đoàn đánh giá Bộ CHQS tỉnh đã thực hiện tốt việc công khai tài chính, tiêu chuẩn, chế độ của bộ đội; trong 3 năm không có đơn thư khiếu nại vượt cấp. Tuy nhiên, việc lấy ý kiến nhân dân nơi đóng quân về các dự án quốc phòng ở một số đơn vị chưa thường xuyên; còn 2 vụ việc tranh chấp đất đai giữa đơn vị và 11 hộ dân chưa được giải quyết dứt điểm.
Bà Rơ Châm H'Loan đề nghị Bộ CHQS tỉnh phối hợp với UBND huyện Chư Prông giải quyết dứt điểm vụ việc; tiếp tục thực hiện Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện quy chế dân chủ ở cơ sở; mở rộng mô hình "Quân đội chung sức xây dựng nông thôn mới" ở 7 xã biên giới.
Đại tá Ksor Nham tiếp thu ý kiến, cho biết trong quý IV đơn vị sẽ thành lập tổ công tác 9 người để cùng chính quyền xã Ia Mơ rà soát lại nguồn gốc đất, đối thoại với các hộ dân; đồng thời đề nghị Ủy ban MTTQ tỉnh phối hợp vận động khoảng 150 hộ ở vùng biên tham gia mô hình tổ tự quản đường biên.
Cũng trong đợt giám sát năm 2018, đoàn đã làm việc với Ban CHQS các huyện Đức Cơ, Ia Grai và Đồn Biên phòng Ia Nan.
Hồng Thi
Tin khác
- Bộ CHQS tỉnh trao 5 căn nhà đồng đội (08/09/2018)
- Chư Prông: Bộ đội giúp dân thu hoạch lúa (28/08/2018)
- Ủy ban MTTQ tỉnh giám sát chính sách dân tộc (20/08/2018)
""", "2018-09-14", "Giám sát việc thực hiện Quy chế dân chủ tại Bộ Chỉ huy Quân sự tỉnh",
E("giam_sat", "2018", "2018-09-12"),
[P("Rơ Châm H'Loan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng đoàn"),
 P("Ksor Nham", "Đại tá", "Tỉnh ủy viên", "Chính ủy Bộ CHQS tỉnh"),
 P("Đỗ Minh Tuấn", "Thượng tá", "Phó Chính ủy Bộ CHQS tỉnh"),
 P("Siu Thái", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thu Hà", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Byưk", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("100%", 100, "%"), Q("68 tổ công tác dân vận", 68, "tổ công tác dân vận"), Q("1.240 lượt cán bộ, chiến sĩ", 1240, "lượt cán bộ, chiến sĩ"),
 Q("52 làng", 52, "làng"), Q("trên 14.000 ngày công", 14000, "ngày công", "over"), Q("23 căn nhà tình nghĩa", 23, "căn nhà tình nghĩa"),
 Q("18.600 lượt người", 18600, "lượt người"), Q("2 vụ việc tranh chấp đất đai", 2, "vụ việc tranh chấp đất đai"),
 Q("11 hộ dân", 11, "hộ dân"), Q("7 xã biên giới", 7, "xã biên giới"), Q("9 người", 9, "người"),
 Q("khoảng 150 hộ", 150, "hộ", "approx")],
[D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013"),
 D("Nghị quyết", "178", "NQ/ĐU", None, "Đảng ủy Quân sự tỉnh", "Nghị quyết số 178-NQ/ĐU"),
 D("Nghị định", "120", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 120/2013/NĐ-CP"),
 D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2016")],
[prov("Gia Lai"), com("Ia Mơ")],
["Báo Gia Lai điện tử", "Chính trị › Mặt trận - Đoàn thể", "Đoàn giám sát làm việc tại Bộ CHQS tỉnh.", "(GLO)",
 "Quân đội chung sức xây dựng nông thôn mới", "Chương trình giám sát năm 2018", "Đồn Biên phòng Ia Nan", "Chư Prông"],
["Ngày 14/09/2018 | 09:15", "năm 2018", "năm 2015", "3 năm", "quý IV"]))

PAGES.append(page("b5605-camau-bdbp-traoqua-2019", """
BÁO CÀ MAU
Trang chủ >> Quốc phòng - An ninh >> Biên phòng
15/01/2019 - 10:05
"Xuân Biên phòng ấm lòng dân bản" đến với ngư dân Đất Mũi
Niềm vui của người dân khi nhận quà Tết từ Bộ đội Biên phòng.
(CMO) Sáng 13/1, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau phối hợp với Ủy ban MTTQ Việt Nam huyện Ngọc Hiển tổ chức Chương trình "Xuân Biên phòng ấm lòng dân bản" năm 2019 tại xã Đất Mũi, trao 400 phần quà Tết cho hộ nghèo, gia đình chính sách và ngư dân có hoàn cảnh khó khăn.
Mỗi phần quà trị giá 500.000 đồng, gồm tiền mặt, gạo và nhu yếu phẩm; tổng trị giá chương trình hơn 260 triệu đồng, trong đó các nhà hảo tâm đóng góp khoảng 60 triệu đồng. Dịp này, Bộ đội Biên phòng tỉnh còn trao 2 căn "Nhà đại đoàn kết" cho hộ ngư dân Nguyễn Văn Tư và hộ bà Lâm Thị Út ở ấp Mũi, mỗi căn trị giá 50 triệu đồng, và nhận đỡ đầu 5 em học sinh theo chương trình "Nâng bước em tới trường", hỗ trợ 500.000 đồng/em/tháng.
Đến dự có Đại tá Tô Văn Hùng, Chỉ huy trưởng Bộ đội Biên phòng tỉnh; bà Huỳnh Thị Diễm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Trần Hoàng Lâm, Bí thư Đảng ủy xã Đất Mũi. Các đồng chí Tạ Minh Chiến, Lê Văn Bảy, Thạch Sang - Phó Chính ủy Bộ đội Biên phòng tỉnh trực tiếp trao quà tại các điểm ấp Khai Long, Rạch Tàu.
Cũng trong ngày, Bệnh xá Bộ đội Biên phòng tỉnh tổ chức khám bệnh, cấp thuốc miễn phí cho 520 lượt người; 45 đoàn viên thanh niên của Đồn Biên phòng Đất Mũi giúp dân dọn dẹp nhà cửa, sửa chữa 6 cây cầu gỗ dân sinh và cắt tóc miễn phí cho 120 em nhỏ.
Theo Đại tá Tô Văn Hùng, năm 2018, thực hiện Chỉ thị số 02/CT-BTL ngày 5/1/2018 của Bộ Tư lệnh Bộ đội Biên phòng và Kế hoạch số 96/KH-BCH của Bộ Chỉ huy Bộ đội Biên phòng tỉnh, các đồn biên phòng đã vận động 1.320 tàu cá với trên 6.800 lao động ký cam kết không vi phạm vùng biển nước ngoài; phối hợp giúp 38 hộ thoát nghèo. Tỷ lệ tàu cá lắp thiết bị giám sát hành trình đạt 87%.
Bà Huỳnh Thị Diễm ghi nhận sự đồng hành của Bộ đội Biên phòng trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và Tháng cao điểm "Vì người nghèo" năm 2018, qua đó huyện Ngọc Hiển đã xây mới 112 căn nhà cho hộ nghèo.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao bằng khen cho 3 tập thể và 4 cá nhân thuộc Bộ đội Biên phòng tỉnh.
Ông Trần Hoàng Lâm cho biết, toàn xã hiện còn 97 hộ nghèo và 54 hộ cận nghèo, phần lớn là lao động làm thuê trên tàu cá, nên sự hỗ trợ của bộ đội biên phòng mỗi dịp Tết rất có ý nghĩa.
Mỹ Hạnh
Tin liên quan
- Đồn Biên phòng Khánh Hội trao quà Tết cho ngư dân (10/01/2019)
- Chương trình "Xuân Biên phòng" tại xã Tân Ân (08/01/2019)
- Đất Mũi: Bàn giao nhà đại đoàn kết (02/01/2019)
""", "2019-01-15", "\"Xuân Biên phòng ấm lòng dân bản\" đến với ngư dân Đất Mũi",
E("trao_qua", None, "2019-01-13"),
[P("Tô Văn Hùng", "Đại tá", "Chỉ huy trưởng Bộ đội Biên phòng tỉnh"),
 P("Huỳnh Thị Diễm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Hoàng Lâm", "Bí thư Đảng ủy xã Đất Mũi"),
 P("Tạ Minh Chiến", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Lê Văn Bảy", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Thạch Sang", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Nguyễn Văn Tư"), P("Lâm Thị Út")],
[Q("400 phần quà Tết", 400, "phần quà"), Q("500.000 đồng, gồm", 500000, "đồng"), Q("hơn 260 triệu đồng", 260000000, "đồng", "over"),
 Q("khoảng 60 triệu đồng", 60000000, "đồng", "approx"), Q("2 căn \"Nhà đại đoàn kết\"", 2, "căn \"Nhà đại đoàn kết\""),
 Q("50 triệu đồng", 50000000, "đồng"), Q("5 em học sinh", 5, "em học sinh"), Q("500.000 đồng/em/tháng", 500000, "đồng"),
 Q("520 lượt người", 520, "lượt người"), Q("45 đoàn viên thanh niên", 45, "đoàn viên thanh niên"),
 Q("6 cây cầu gỗ dân sinh", 6, "cây cầu gỗ dân sinh"), Q("120 em nhỏ", 120, "em nhỏ"), Q("1.320 tàu cá", 1320, "tàu cá"),
 Q("trên 6.800 lao động", 6800, "lao động", "over"), Q("38 hộ", 38, "hộ"), Q("87%", 87, "%"),
 Q("112 căn nhà", 112, "căn nhà"), Q("97 hộ nghèo", 97, "hộ nghèo"), Q("54 hộ cận nghèo", 54, "hộ cận nghèo"), Q("3 tập thể", 3, "tập thể"), Q("4 cá nhân", 4, "cá nhân")],
[D("Chỉ thị", "02", "CT-BTL", "2018-01-05", "Bộ Tư lệnh Bộ đội Biên phòng", "Chỉ thị số 02/CT-BTL ngày 5/1/2018"),
 D("Kế hoạch", "96", "KH-BCH", None, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Kế hoạch số 96/KH-BCH")],
[prov("Cà Mau"), com("Đất Mũi")],
["BÁO CÀ MAU", "Trang chủ >> Quốc phòng - An ninh >> Biên phòng", "Niềm vui của người dân khi nhận quà Tết từ Bộ đội Biên phòng.",
 "(CMO)", "Xuân Biên phòng ấm lòng dân bản", "Nhà đại đoàn kết", "Nâng bước em tới trường",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Ngọc Hiển", "Rạch Tàu"],
["15/01/2019 - 10:05", "năm 2019", "năm 2018"]))

PAGES.append(page("b5606-haiphong-bdvtu-bchq-hoinghi-2020", """
BÁO HẢI PHÒNG ĐIỆN TỬ
Chính trị - Xây dựng Đảng / Quốc phòng
2020-06-18 16:40
Ký kết quy chế phối hợp công tác dân vận giữa Ban Dân vận Thành ủy và Bộ Chỉ huy Quân sự thành phố
Đại diện hai cơ quan ký kết quy chế phối hợp.
Sáng 17/6, tại Bộ Chỉ huy Quân sự (CHQS) thành phố, Ban Dân vận Thành ủy và Bộ CHQS thành phố Hải Phòng tổ chức hội nghị ký kết Quy chế phối hợp số 05-QC/BDVTU-BCH về công tác dân vận giai đoạn 2020 - 2025, thay thế Quy chế phối hợp số 02-QC/BDVTU-BCH giai đoạn 2015 - 2020.
Dự hội nghị có đồng chí Đào Thị Hương Lan, Thành ủy viên, Trưởng Ban Dân vận Thành ủy; Đại tá Phạm Quang Thiều, Ủy viên Ban Thường vụ Thành ủy, Chính ủy Bộ CHQS thành phố; Đại tá Bùi Văn Khiêm, Chỉ huy trưởng Bộ CHQS thành phố; các đồng chí Phó Trưởng Ban Dân vận Thành ủy: Nguyễn Thị Thúy, Vũ Đình Hào.
Theo báo cáo, 5 năm qua hai cơ quan đã phối hợp tổ chức 27 đợt làm công tác dân vận tại 41 xã, phường ven biển và hải đảo; lực lượng vũ trang thành phố giúp dân trên 21.000 ngày công, làm mới và sửa chữa 64 căn nhà tình nghĩa, "Nhà đồng đội", tặng 3.250 suất quà với tổng trị giá khoảng 1,6 tỷ đồng. Các đơn vị khám bệnh, cấp thuốc miễn phí cho hơn 16.000 lượt người, trong đó Bệnh xá Quân y Bộ CHQS thành phố tổ chức 11 đợt khám quân dân y tại huyện đảo Bạch Long Vĩ và Cát Hải.
Trung tá Lương Văn Tiến, Trưởng ban Dân vận Phòng Chính trị Bộ CHQS thành phố cho biết, lực lượng vũ trang đã xây dựng 38 mô hình "Dân vận khéo", trong đó mô hình "Dân quân tự vệ biển giúp ngư dân" ở phường Ngọc Xuyên được Ban Dân vận Trung ương biểu dương. Việc thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương và Quyết định số 1179-QĐ/QUTW của Quân ủy Trung ương được các đơn vị triển khai đồng bộ.
Quy chế mới gồm 5 chương, 16 điều, tập trung vào phối hợp nắm tình hình nhân dân, tuyên truyền chủ trương về quốc phòng, tham gia xây dựng hệ thống chính trị cơ sở và giải quyết các vụ việc phức tạp liên quan đến đất quốc phòng. Hai bên thống nhất tổ chức giao ban định kỳ 6 tháng một lần và sơ kết hằng năm.
Phát biểu tại hội nghị, đồng chí Đào Thị Hương Lan đề nghị Bộ CHQS thành phố phối hợp tổ chức tốt các hoạt động chào mừng Đại hội Đảng bộ thành phố lần thứ XVI; tiếp tục thực hiện Chỉ thị số 18-CT/TU ngày 10/3/2020 của Ban Thường vụ Thành ủy về phòng, chống dịch COVID-19, trong đó lực lượng vũ trang đã tiếp nhận, cách ly tập trung trên 2.400 công dân.
Dịp này, Ban Dân vận Thành ủy tặng giấy khen cho 8 tập thể, 12 cá nhân thuộc lực lượng vũ trang thành phố.
Đức Minh
Bài viết liên quan
- Lực lượng vũ trang Hải Phòng giúp dân phòng chống bão (05/06/2020)
- Bộ CHQS thành phố trao 10 "Nhà đồng đội" (20/05/2020)
- Dân vận khéo ở phường Ngọc Xuyên (30/04/2020)
""", "2020-06-18", "Ký kết quy chế phối hợp công tác dân vận giữa Ban Dân vận Thành ủy và Bộ Chỉ huy Quân sự thành phố",
E("hoi_nghi", None, "2020-06-17"),
[P("Đào Thị Hương Lan", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Phạm Quang Thiều", "Đại tá", "Ủy viên Ban Thường vụ Thành ủy", "Chính ủy Bộ CHQS thành phố"),
 P("Bùi Văn Khiêm", "Đại tá", "Chỉ huy trưởng Bộ CHQS thành phố"),
 P("Nguyễn Thị Thúy", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Vũ Đình Hào", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Lương Văn Tiến", "Trung tá", "Trưởng ban Dân vận Phòng Chính trị Bộ CHQS thành phố")],
[Q("27 đợt", 27, "đợt"), Q("41 xã, phường ven biển và hải đảo", 41, "xã, phường ven biển và hải đảo"), Q("trên 21.000 ngày công", 21000, "ngày công", "over"),
 Q("64 căn nhà tình nghĩa", 64, "căn nhà tình nghĩa"), Q("3.250 suất quà", 3250, "suất quà"),
 Q("khoảng 1,6 tỷ đồng", 1600000000, "đồng", "approx"), Q("hơn 16.000 lượt người", 16000, "lượt người", "over"),
 Q("11 đợt khám quân dân y", 11, "đợt khám quân dân y"), Q("38 mô hình", 38, "mô hình"), Q("5 chương", 5, "chương"),
 Q("16 điều", 16, "điều"), Q("trên 2.400 công dân", 2400, "công dân", "over"), Q("8 tập thể", 8, "tập thể"),
 Q("12 cá nhân", 12, "cá nhân")],
[D("Quy chế phối hợp", "02", "QC/BDVTU-BCH", None, None, "Quy chế phối hợp số 02-QC/BDVTU-BCH"),
 D("Quy chế phối hợp", "05", "QC/BDVTU-BCH", None, None, "Quy chế phối hợp số 05-QC/BDVTU-BCH"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW"),
 D("Quyết định", "1179", "QĐ/QUTW", None, "Quân ủy Trung ương", "Quyết định số 1179-QĐ/QUTW"),
 D("Chỉ thị", "18", "CT/TU", "2020-03-10", "Ban Thường vụ Thành ủy", "Chỉ thị số 18-CT/TU ngày 10/3/2020")],
[prov("Hải Phòng"), com("Ngọc Xuyên")],
["BÁO HẢI PHÒNG ĐIỆN TỬ", "Chính trị - Xây dựng Đảng / Quốc phòng", "Đại diện hai cơ quan ký kết quy chế phối hợp.",
 "Dân vận khéo", "Dân quân tự vệ biển giúp ngư dân", "Bạch Long Vĩ", "Cát Hải"],
["2020-06-18 16:40", "2015 - 2020", "2020 - 2025", "5 năm", "6 tháng", "lần thứ XVI", "COVID-19"]))

PAGES.append(page("b5607-kontum-bdbp-soket-2021", """
Báo Kon Tum điện tử
Trang chủ | Quốc phòng - An ninh | Biên giới
Ngày đăng 12/07/2021 | 16:20
Đại tá A Thuyên phát biểu chỉ đạo tại hội nghị.
Bộ đội Biên phòng Kon Tum bám dân, bám địa bàn trong mùa dịch
Ngày 9/7, Đảng ủy Bộ đội Biên phòng (BĐBP) tỉnh Kon Tum tổ chức hội nghị trực tuyến sơ kết công tác dân vận 6 tháng đầu năm 2021 với 6 điểm cầu tại các đồn biên phòng. Đại tá A Thuyên, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy, Chính ủy BĐBP tỉnh chủ trì hội nghị.
6 tháng qua, các đơn vị đã quán triệt, thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân và Kế hoạch số 1015/KH-BTL của Bộ Tư lệnh BĐBP về thực hiện Cuộc vận động "Bộ đội Biên phòng chung sức xây dựng nông thôn mới ở khu vực biên giới". Đảng ủy BĐBP tỉnh ban hành Nghị quyết chuyên đề số 31-NQ/ĐU về công tác dân vận trong tình hình dịch COVID-19 và Hướng dẫn 07, 08-HD/CT của Phòng Chính trị.
Các đồn biên phòng duy trì 24 tổ công tác với 96 đảng viên phụ trách 1.860 hộ ở 20 xã biên giới; lập 41 chốt phòng, chống dịch trên tuyến biên giới dài 280 km, phối hợp cách ly 312 trường hợp nhập cảnh trái phép. Lực lượng quân y khám, cấp thuốc cho khoảng 2.900 lượt người, vận động 100% hộ dân ký cam kết không tiếp tay đưa người xuất, nhập cảnh trái phép. Các đơn vị trao 1.200 suất quà, tổng trị giá trên 420 triệu đồng, cho người dân gặp khó khăn do dịch.
Tại hội nghị, Thiếu tá Y Bình, Chính trị viên Đồn Biên phòng Đăk Long, cho biết đơn vị phối hợp với Đảng ủy xã Đăk Long vận động 37 hộ người Gia Triêng bỏ tục chôn chung; ông A Sang, Bí thư Chi bộ, Trưởng thôn Đăk Ba, xã Đăk Long, đề nghị các đồn tiếp tục giúp dân trồng sâm dây. Các đồng chí Đồn trưởng: Trung tá Nguyễn Văn Lực, Thiếu tá Y Nhiêu, Thiếu tá Hoàng Đình Vũ lần lượt báo cáo tình hình trên tuyến.
Theo báo cáo, trong 6 tháng, các đơn vị đã xây dựng 9 mô hình "Dân vận khéo", nâng tổng số lên 32 mô hình; nhận đỡ đầu 28 "Con nuôi đồn Biên phòng", hỗ trợ mỗi em 500.000 đồng/tháng; phối hợp giải quyết 5 vụ việc mâu thuẫn trong nội bộ nhân dân.
Kết luận hội nghị, Đại tá A Thuyên yêu cầu 6 tháng cuối năm tiếp tục thực hiện nghiêm Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ, không để dịch xâm nhập qua biên giới; chuẩn bị tốt sơ kết 5 năm thực hiện Nghị quyết số 33-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế - xã hội vùng biên giới.
Dịp này, Đảng ủy BĐBP tỉnh tặng giấy khen cho 4 tập thể, 11 cá nhân có thành tích xuất sắc.
Văn Hoàng
Các tin khác
- BĐBP Kon Tum trao 300 suất quà cho người dân khu cách ly (02/07/2021)
- Đồn Biên phòng Bờ Y kết nghĩa với làng Đăk Răng (21/06/2021)
- Ra mắt mô hình "Tổ tự quản an ninh trật tự" ở xã Sa Loong (10/06/2021)
""", "2021-07-12", "Bộ đội Biên phòng Kon Tum bám dân, bám địa bàn trong mùa dịch",
E("so_ket", "2021-H1", "2021-07-09"),
[P("A Thuyên", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy", "Chính ủy BĐBP tỉnh"),
 P("Y Bình", "Thiếu tá", "Chính trị viên Đồn Biên phòng Đăk Long"),
 P("A Sang", "Bí thư Chi bộ", "Trưởng thôn Đăk Ba"),
 P("Nguyễn Văn Lực", "Đồn trưởng", "Trung tá"),
 P("Y Nhiêu", "Đồn trưởng", "Thiếu tá"),
 P("Hoàng Đình Vũ", "Đồn trưởng", "Thiếu tá")],
[Q("6 điểm cầu", 6, "điểm cầu"), Q("24 tổ công tác", 24, "tổ công tác"), Q("96 đảng viên", 96, "đảng viên"), Q("1.860 hộ", 1860, "hộ"),
 Q("20 xã biên giới", 20, "xã biên giới"), Q("41 chốt phòng, chống dịch", 41, "chốt phòng, chống dịch"), Q("280 km", 280, "km"),
 Q("312 trường hợp", 312, "trường hợp"), Q("khoảng 2.900 lượt người", 2900, "lượt người", "approx"), Q("100%", 100, "%"),
 Q("1.200 suất quà", 1200, "suất quà"), Q("trên 420 triệu đồng", 420000000, "đồng", "over"), Q("37 hộ", 37, "hộ"),
 Q("9 mô hình", 9, "mô hình"), Q("32 mô hình", 32, "mô hình"), Q("28 \"Con nuôi đồn Biên phòng\"", 28, "Con nuôi đồn Biên phòng"),
 Q("500.000 đồng/tháng", 500000, "đồng"), Q("5 vụ việc mâu thuẫn", 5, "vụ việc mâu thuẫn"), Q("4 tập thể", 4, "tập thể"),
 Q("11 cá nhân", 11, "cá nhân")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "1015", "KH-BTL", None, "Bộ Tư lệnh BĐBP", "Kế hoạch số 1015/KH-BTL"),
 D("Nghị quyết", "31", "NQ/ĐU", None, "Đảng ủy BĐBP tỉnh", "Nghị quyết chuyên đề số 31-NQ/ĐU"),
 D("Hướng dẫn", "07", "HD/CT", None, "Phòng Chính trị", "Hướng dẫn 07, 08-HD/CT"),
 D("Hướng dẫn", "08", "HD/CT", None, "Phòng Chính trị", "Hướng dẫn 07, 08-HD/CT"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Nghị quyết", "33", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 33-NQ/TU")],
[prov("Kon Tum"), com("Đăk Long")],
["Báo Kon Tum điện tử", "Trang chủ | Quốc phòng - An ninh | Biên giới", "Đại tá A Thuyên phát biểu chỉ đạo tại hội nghị.",
 "Bộ đội Biên phòng chung sức xây dựng nông thôn mới ở khu vực biên giới", "Dân vận khéo", "Con nuôi đồn Biên phòng", "Đăk Ba"],
["Ngày đăng 12/07/2021 | 16:20", "6 tháng đầu năm 2021", "6 tháng qua", "6 tháng cuối năm", "5 năm", "COVID-19"]))

PAGES.append(page("b5608-binhdinh-dqtv-guongdanvan-2022", """
BÁO BÌNH ĐỊNH ONLINE
Bạn đang ở: Trang chủ / Xã hội / Gương sáng
30 tháng 6, 2022 | 17:45
Chính trị viên phó Ban CHQS xã Đinh Văn Ngưu (bìa trái) cùng dân quân giúp dân làm đường.
Người chính trị viên "dân vận khéo" ở vùng cao An Lão
Gần 10 năm làm Chính trị viên phó Ban CHQS xã An Toàn, huyện An Lão, anh Đinh Văn Ngưu, người Ba Na, được bà con trong xã tin yêu gọi là "cán bộ của làng".
Xã An Toàn có 4 thôn với 386 hộ, hơn 1.400 nhân khẩu, 98% là đồng bào Ba Na; tỷ lệ hộ nghèo năm 2021 còn 41,3%. Từ năm 2019, anh Ngưu cùng 27 dân quân của xã tham gia mô hình "Dân quân giúp dân xóa nhà tạm" theo Kế hoạch số 52-KH/ĐU của Đảng ủy xã, đã dựng mới 15 căn nhà, sửa chữa 31 căn nhà cho hộ nghèo, mỗi căn nhà được hỗ trợ 40 triệu đồng từ Quỹ "Vì người nghèo" tỉnh.
Ông Đinh Văn Đàng, Bí thư Đảng ủy xã An Toàn, cho biết: "Ngưu nói tiếng Ba Na, hiểu phong tục, nên vận động được bà con bỏ tục bắt vợ, đưa 19 cháu trở lại trường học". Năm 2021, anh được Ban Dân vận Tỉnh ủy tặng giấy khen trong phong trào thi đua "Dân vận khéo" giai đoạn 2016 - 2021 và được Bộ CHQS tỉnh Bình Định chọn là 1 trong 10 điển hình tiêu biểu của lực lượng dân quân tự vệ.
Thượng tá Đinh Ngọc Hải, Chính trị viên Ban CHQS huyện An Lão, đánh giá: "Mô hình của anh Ngưu là cách làm hay để thực hiện Nghị quyết số 17-NQ/ĐU ngày 4/5/2020 của Đảng ủy Quân sự tỉnh về nâng cao chất lượng công tác dân vận của dân quân tự vệ và Luật Dân quân tự vệ năm 2019". Theo đồng chí Hải, toàn huyện đã nhân rộng mô hình ra 9 xã, thị trấn, với 212 dân quân tham gia, giúp dân gần 3.000 ngày công.
Ngoài giờ huấn luyện, anh Ngưu còn vận động bà con trồng 25 ha keo, chuyển 8 ha lúa rẫy sang trồng bời lời; cùng Hội Phụ nữ xã giúp 14 hộ vay vốn chăn nuôi bò, mỗi hộ vay 30 triệu đồng. Nhiều gia đình như hộ ông Đinh Văn Rớt ở thôn 3 đã thoát nghèo nhờ bầy bò 6 con.
Bà Đinh Thị Yến, Chủ tịch Hội Liên hiệp Phụ nữ xã An Toàn, kể: "Mỗi lần có bão, Ngưu là người đầu tiên đến giúp dân chằng chống nhà cửa. Năm 2020, sau bão số 9, anh cùng dân quân sửa lại mái cho 57 ngôi nhà".
Nói về dự định, anh Ngưu cho biết sẽ cùng Chi đoàn xã thành lập tổ "Thanh niên dân quân tình nguyện" để giúp bà con thu hoạch mùa vụ và kết nối tiêu thụ nông sản, thực hiện Chỉ thị số 05-CT/HU của Ban Thường vụ Huyện ủy An Lão về phát triển kinh tế vùng đồng bào dân tộc thiểu số.
Bài, ảnh: Ngọc Nhuận
Tin liên quan
- An Lão: Dân quân giúp dân dựng nhà (20/06/2022)
- Bình Định tuyên dương 100 điển hình "Dân vận khéo" (15/05/2022)
- Ban CHQS huyện Vĩnh Thạnh khám bệnh miễn phí cho đồng bào Ba Na (28/04/2022)
""", "2022-06-30", "Người chính trị viên \"dân vận khéo\" ở vùng cao An Lão",
E("khac", None, None),
[P("Đinh Văn Ngưu", "Chính trị viên phó Ban CHQS xã An Toàn"),
 P("Đinh Văn Đàng", "Bí thư Đảng ủy xã An Toàn"),
 P("Đinh Ngọc Hải", "Thượng tá", "Chính trị viên Ban CHQS huyện An Lão"),
 P("Đinh Văn Rớt"),
 P("Đinh Thị Yến", "Chủ tịch Hội Liên hiệp Phụ nữ xã An Toàn")],
[Q("4 thôn", 4, "thôn"), Q("386 hộ", 386, "hộ"), Q("hơn 1.400 nhân khẩu", 1400, "nhân khẩu", "over"), Q("98%", 98, "%"),
 Q("41,3%", 41.3, "%"), Q("27 dân quân", 27, "dân quân"), Q("15 căn nhà", 15, "căn nhà"), Q("31 căn nhà", 31, "căn nhà"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("19 cháu", 19, "cháu"), Q("10 điển hình tiêu biểu", 10, "điển hình tiêu biểu"),
 Q("9 xã, thị trấn", 9, "xã, thị trấn"), Q("212 dân quân", 212, "dân quân"), Q("gần 3.000 ngày công", 3000, "ngày công", "approx"),
 Q("25 ha", 25, "ha"), Q("8 ha", 8, "ha"), Q("14 hộ", 14, "hộ"), Q("30 triệu đồng", 30000000, "đồng"), Q("6 con", 6, "con"),
 Q("57 ngôi nhà", 57, "ngôi nhà")],
[D("Kế hoạch", "52", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 52-KH/ĐU"),
 D("Nghị quyết", "17", "NQ/ĐU", "2020-05-04", "Đảng ủy Quân sự tỉnh", "Nghị quyết số 17-NQ/ĐU ngày 4/5/2020"),
 D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy An Lão", "Chỉ thị số 05-CT/HU")],
[prov("Bình Định"), com("An Toàn")],
["BÁO BÌNH ĐỊNH ONLINE", "Bạn đang ở: Trang chủ / Xã hội / Gương sáng",
 "Chính trị viên phó Ban CHQS xã Đinh Văn Ngưu (bìa trái) cùng dân quân giúp dân làm đường.", "cán bộ của làng",
 "Dân quân giúp dân xóa nhà tạm", "Vì người nghèo", "Dân vận khéo", "Luật Dân quân tự vệ năm 2019",
 "Thanh niên dân quân tình nguyện", "An Lão"],
["30 tháng 6, 2022 | 17:45", "Gần 10 năm", "năm 2021", "2016 - 2021", "1 trong 10", "bão số 9", "thôn 3", "Năm 2020"]))
