from lib import *
PAGES = []

PAGES.append(page("b4979-daklak-mttq-giamsat-congan-2017", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ >> Hoạt động Mặt trận >> Giám sát, phản biện xã hội
Thứ Tư, 27/09/2017
Đoàn giám sát làm việc tại Công an huyện Krông Bông.
Ủy ban MTTQ tỉnh giám sát việc tiếp nhận, giải quyết tin báo tội phạm tại Công an huyện Krông Bông
Ngày 25/9/2017, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk do ông Y Khiêm Mlô, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc tiếp nhận, giải quyết tố giác, tin báo về tội phạm và kiến nghị khởi tố năm 2017 tại Công an huyện Krông Bông.
Cuộc giám sát thực hiện theo Kế hoạch số 42/KH-MTTQ-BTT ngày 14/8/2017 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Quyết định 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội của Mặt trận và các đoàn thể và về góp ý xây dựng Đảng, xây dựng chính quyền. Cùng dự có bà H'Bhim Êban, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Krông Bông; đại diện Viện Kiểm sát nhân dân và Hội Luật gia tỉnh.
Báo cáo của Công an huyện do Trung tá Nguyễn Hữu Thắng, Phó Trưởng Công an huyện trình bày cho biết, từ tháng 10/2016 đến tháng 8/2017, đơn vị đã tiếp nhận 164 tố giác, tin báo về tội phạm; đã giải quyết 151 tin, đạt 92,07%; khởi tố 48 vụ án với 73 bị can. Không có trường hợp nào quá hạn giải quyết. Đơn vị đã công khai số điện thoại đường dây nóng tại 14 xã, thị trấn và tổ chức 62 buổi tuyên truyền ở các buôn đồng bào Êđê, M'nông.
Qua giám sát, đoàn đánh giá Công an huyện đã thực hiện nghiêm Thông tư liên tịch số 01/2013/TTLT-BCA-BQP-BTC-BNN&PTNT-VKSNDTC và Thông tư 28/2014/TT-BCA; tuy nhiên còn 13 tin báo chậm thông báo kết quả cho người tố giác; việc phối hợp với Ban Công tác Mặt trận các buôn chưa chặt chẽ. Ông Y Nuê Byă, người có uy tín buôn Cư Drăm, phản ánh người dân còn ngại tố giác vì sợ bị trả thù.
Phát biểu kết luận, ông Y Khiêm Mlô đề nghị Công an huyện trả lời người tố giác đúng thời hạn, bảo vệ bí mật thông tin người cung cấp tin; phối hợp với Ủy ban MTTQ các xã thực hiện Nghị quyết liên tịch số 01/2015/NQLT-BCA-ĐCTUBTWMTTQVN về phối hợp thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc. Đoàn cũng kiến nghị UBND huyện bố trí kinh phí khoảng 120 triệu đồng/năm cho hoạt động của các tổ hòa giải.
Thượng tá Phan Văn Định, Trưởng Công an huyện tiếp thu ý kiến, cho biết trong quý IV đơn vị sẽ hoàn thành việc trả lời 13 tin báo còn tồn và mở thêm 2 hòm thư tố giác tội phạm tại xã Cư Pui và xã Hòa Phong.
Cũng trong đợt này, Đoàn giám sát đã làm việc với Ủy ban MTTQ xã Cư Pui. Ông Y Ngông Niê, Chủ tịch Ủy ban MTTQ xã, cho biết Mặt trận xã đã vận động 9 đối tượng ngoài xã hội về địa phương làm ăn, tổ chức 4 buổi nói chuyện về "Tin lành Đấng Christ" cho người dân các buôn Khanh, Ea Uôl.
H'Nhi
Tin liên quan
- Ủy ban MTTQ tỉnh giám sát thực hiện chính sách người có uy tín (12/09/2017)
- Hội nghị phản biện dự thảo quy hoạch nông thôn mới (30/08/2017)
- Ea Kar: ra mắt 3 tổ hòa giải ở cơ sở (18/08/2017)
- Mặt trận tham gia xây dựng khu dân cư an toàn (04/08/2017)
""", "2017-09-27", "Ủy ban MTTQ tỉnh giám sát việc tiếp nhận, giải quyết tin báo tội phạm tại Công an huyện Krông Bông",
E("giam_sat", "2017", "2017-09-25"),
[P("Y Khiêm Mlô", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Bhim Êban", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Krông Bông"),
 P("Nguyễn Hữu Thắng", "Trung tá", "Phó Trưởng Công an huyện"),
 P("Y Nuê Byă", "người có uy tín buôn Cư Drăm"),
 P("Phan Văn Định", "Thượng tá", "Trưởng Công an huyện"),
 P("Y Ngông Niê", "Chủ tịch Ủy ban MTTQ xã")],
[Q("164 tố giác, tin báo", 164, "tố giác, tin báo"), Q("151 tin", 151, "tin"), Q("92,07%", 92.07, "%"),
 Q("48 vụ án", 48, "vụ án"), Q("73 bị can", 73, "bị can"), Q("14 xã, thị trấn", 14, "xã, thị trấn"),
 Q("62 buổi tuyên truyền", 62, "buổi tuyên truyền"), Q("13 tin báo", 13, "tin báo"),
 Q("khoảng 120 triệu đồng", 120000000, "đồng", "approx"), Q("2 hòm thư tố giác tội phạm", 2, "hòm thư tố giác tội phạm"),
 Q("9 đối tượng", 9, "đối tượng"), Q("4 buổi nói chuyện", 4, "buổi nói chuyện")],
[D("Kế hoạch", "42", "KH-MTTQ-BTT", "2017-08-14", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 42/KH-MTTQ-BTT ngày 14/8/2017"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013"),
 D("Thông tư liên tịch", "01", "2013/TTLT-BCA-BQP-BTC-BNN&PTNT-VKSNDTC", None, None, "Thông tư liên tịch số 01/2013/TTLT-BCA-BQP-BTC-BNN&PTNT-VKSNDTC"),
 D("Thông tư", "28", "2014/TT-BCA", None, None, "Thông tư 28/2014/TT-BCA"),
 D("Nghị quyết liên tịch", "01", "2015/NQLT-BCA-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 01/2015/NQLT-BCA-ĐCTUBTWMTTQVN")],
[prov("Đắk Lắk"), com("Cư Pui"), com("Hòa Phong")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ >> Hoạt động Mặt trận >> Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại Công an huyện Krông Bông.", "Tin lành Đấng Christ", "Ban Công tác Mặt trận"],
["Thứ Tư, 27/09/2017", "năm 2017", "120 triệu đồng/năm", "quý IV"]))

PAGES.append(page("b4980-thaibinh-congan-traonha-2018", """
Báo Thái Bình điện tử
Xã hội / Nhân ái
21.12.2018 | 11:05
Công an tỉnh trao 12 nhà "Mái ấm nghĩa tình" cho hộ nghèo
Ngày 20/12, tại xã Thụy Liên (huyện Thái Thụy), Công an tỉnh Thái Bình phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức lễ bàn giao 12 nhà "Mái ấm nghĩa tình" và trao 350 suất quà Tết cho hộ nghèo, gia đình chính sách trên địa bàn huyện Thái Thụy, Tiền Hải.
Đại tá Vũ Đức Cường trao quà cho các hộ nghèo.
Dự buổi lễ có Đại tá Vũ Đức Cường, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh; bà Bùi Thị Mai Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Giám đốc Công an tỉnh: Thượng tá Trần Quang Khởi, Thượng tá Đoàn Thị Yến.
Thực hiện Kế hoạch số 305/KH-CAT-PX15 của Công an tỉnh về công tác dân vận năm 2018 và hưởng ứng cuộc vận động "Ngày vì người nghèo", cán bộ, chiến sĩ toàn lực lượng đã ủng hộ mỗi người một ngày lương, cùng với sự đóng góp của các doanh nghiệp, tổng kinh phí xây nhà là 840 triệu đồng, mỗi nhà được hỗ trợ 70 triệu đồng. Mỗi suất quà gồm 300.000 đồng tiền mặt, 10 kg gạo và một số nhu yếu phẩm, tổng trị giá trên 175 triệu đồng.
Phát biểu tại buổi lễ, Đại tá Vũ Đức Cường cho biết, năm 2018 Công an tỉnh đã xây dựng 4 mô hình "Dân vận khéo" trong lực lượng; 2.136 cán bộ, chiến sĩ tham gia 41 đợt "Về với cơ sở, gần gũi nhân dân"; giúp nhân dân hơn 6.200 ngày công. Toàn tỉnh có 1.842 tổ an ninh nhân dân với trên 14.000 thành viên, 97% số thôn, tổ dân phố có tổ tự quản về an ninh, trật tự.
Bà Bùi Thị Mai Lan đánh giá cao việc làm nghĩa tình của lực lượng Công an, đề nghị các gia đình được nhận nhà tiếp tục phấn đấu vươn lên thoát nghèo, tích cực tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc. Bà cũng nhắc lại Chỉ thị số 23-CT/TU ngày 05/3/2018 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận của lực lượng vũ trang.
Xúc động nhận chìa khóa nhà mới, bà Phạm Thị Nhài, thôn Tân Bồi, xã Thụy Liên, một mình nuôi hai con nhỏ, cho biết mơ ước cả chục năm nay đã thành hiện thực. Ông Đinh Văn Khoa, Bí thư Đảng ủy, Chủ tịch UBND xã Thụy Liên, thay mặt chính quyền địa phương cảm ơn Công an tỉnh.
Nhân dịp này, Công an tỉnh cũng trao 20 suất học bổng, mỗi suất 1 triệu đồng cho học sinh nghèo vượt khó ở xã Đông Minh và xã Thụy Liên. Trước đó, Đoàn Thanh niên Công an tỉnh đã tặng 200 chiếc áo ấm cho học sinh vùng ven biển.
Theo kế hoạch, từ nay đến Tết Nguyên đán Kỷ Hợi 2019, Công an tỉnh tiếp tục trao thêm 8 nhà và thăm hỏi các gia đình có công với cách mạng.
Thu Hiền
Tin cùng chuyên mục
- Hội Chữ thập đỏ tỉnh trao 500 suất quà cho hộ nghèo (18/12/2018)
- Vũ Thư: trao 3 nhà đại đoàn kết (14/12/2018)
- Ngân hàng Chính sách xã hội hỗ trợ vốn cho hộ cận nghèo (10/12/2018)
- Tặng quà người cao tuổi có hoàn cảnh khó khăn (04/12/2018)
""", "2018-12-21", "Công an tỉnh trao 12 nhà \"Mái ấm nghĩa tình\" cho hộ nghèo",
E("trao_qua", None, "2018-12-20"),
[P("Vũ Đức Cường", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Giám đốc Công an tỉnh"),
 P("Bùi Thị Mai Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Quang Khởi", "Phó Giám đốc Công an tỉnh", "Thượng tá"),
 P("Đoàn Thị Yến", "Phó Giám đốc Công an tỉnh", "Thượng tá"),
 P("Phạm Thị Nhài"),
 P("Đinh Văn Khoa", "Bí thư Đảng ủy", "Chủ tịch UBND xã Thụy Liên")],
[Q("12 nhà", 12, "nhà"), Q("350 suất quà", 350, "suất quà"), Q("840 triệu đồng", 840000000, "đồng"),
 Q("70 triệu đồng", 70000000, "đồng"), Q("300.000 đồng", 300000, "đồng"), Q("10 kg", 10, "kg"),
 Q("trên 175 triệu đồng", 175000000, "đồng", "over"), Q("4 mô hình", 4, "mô hình"),
 Q("2.136 cán bộ, chiến sĩ", 2136, "cán bộ, chiến sĩ"), Q("41 đợt", 41, "đợt"),
 Q("hơn 6.200 ngày công", 6200, "ngày công", "over"), Q("1.842 tổ an ninh nhân dân", 1842, "tổ an ninh nhân dân"),
 Q("trên 14.000 thành viên", 14000, "thành viên", "over"), Q("97%", 97, "%"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("200 chiếc áo ấm", 200, "chiếc áo ấm"),
 Q("8 nhà", 8, "nhà")],
[D("Kế hoạch", "305", "KH-CAT-PX15", None, "Công an tỉnh", "Kế hoạch số 305/KH-CAT-PX15"),
 D("Chỉ thị", "23", "CT/TU", "2018-03-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 23-CT/TU ngày 05/3/2018")],
[prov("Thái Bình"), com("Thụy Liên"), com("Đông Minh")],
["Báo Thái Bình điện tử", "Xã hội / Nhân ái", "Đại tá Vũ Đức Cường trao quà cho các hộ nghèo.", "Mái ấm nghĩa tình",
 "Ngày vì người nghèo", "Dân vận khéo", "Về với cơ sở, gần gũi nhân dân", "Thu Hiền"],
["21.12.2018 | 11:05", "năm 2018", "một ngày lương", "Tết Nguyên đán Kỷ Hợi 2019", "cả chục năm"]))

PAGES.append(page("b4981-bacgiang-tanson-mttq-daihoi-2019", """
Cổng Thông tin điện tử huyện Lục Ngạn - tỉnh Bắc Giang
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Tin cơ sở
Cập nhật lúc 15:30 ngày 26/04/2019
Đại hội đại biểu MTTQ xã Tân Sơn lần thứ XIV, nhiệm kỳ 2019 - 2024
Ngày 25/4, Ủy ban MTTQ Việt Nam xã Tân Sơn tổ chức Đại hội đại biểu lần thứ XIV, nhiệm kỳ 2019 - 2024. Về dự có ông Hoàng Văn Nghiệp, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Lục Ngạn; Thiếu tá Giáp Văn Tuyến, Phó Trưởng Công an huyện cùng 120 đại biểu đại diện cho hơn 9.700 nhân dân các dân tộc Kinh, Tày, Nùng, Sán Dìu trong xã.
Đoàn Chủ tịch điều hành Đại hội.
Nhiệm kỳ 2014 - 2019, Mặt trận xã đã phối hợp với Công an xã vận động nhân dân thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc gắn với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Thực hiện Nghị quyết liên tịch số 01/2015/NQLT-BCA-ĐCTUBTWMTTQVN, 18/18 thôn đã thành lập tổ hòa giải và tổ tự quản về an ninh, trật tự; hòa giải thành 54/61 vụ việc; vận động 23 người nghiện ma túy đi cai nghiện tập trung. Nhân dân đóng góp trên 4,6 tỷ đồng, hiến 12.500 m2 đất làm đường giao thông nông thôn; xây mới 31 nhà đại đoàn kết cho hộ nghèo.
Đại hội đã hiệp thương cử 35 vị vào Ủy ban MTTQ Việt Nam xã khóa XIV. Tại phiên họp thứ nhất, ông Lương Văn Thành được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã nhiệm kỳ 2019 - 2024; các ông Hà Văn Lợi, Trương Văn Sáu - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Ông Lương Văn Thành là Đảng ủy viên, nguyên Trưởng Công an xã Tân Sơn.
Phát biểu chỉ đạo, ông Hoàng Văn Nghiệp đề nghị Mặt trận xã nhiệm kỳ mới bám sát Chỉ thị số 17-CT/TW ngày 18/7/2017 của Ban Bí thư về đổi mới, nâng cao chất lượng hoạt động của Mặt trận; Kế hoạch 102-KH/HU của Huyện ủy Lục Ngạn về đại hội Mặt trận các cấp. Mỗi khu dân cư phấn đấu có ít nhất 2 mô hình tự quản hiệu quả, 85% trở lên số hộ đạt danh hiệu "Gia đình văn hóa".
Thiếu tá Giáp Văn Tuyến đề nghị Mặt trận xã tiếp tục phối hợp với Công an xã nắm tình hình vùng giáp ranh xã Tân Mộc, kịp thời phát hiện việc tụ tập đánh bạc trong mùa thu hoạch vải thiều và việc thương lái lạ vào địa bàn.
Đại hội thông qua Chương trình hành động với 5 chỉ tiêu chủ yếu và 3 nhóm giải pháp; bầu 9 đại biểu đi dự Đại hội MTTQ huyện Lục Ngạn lần thứ XXI. Bà Nông Thị Thơm, Trưởng ban Công tác Mặt trận thôn Khuôn Thần, phát biểu tham luận về kinh nghiệm vận động người Nùng bỏ tục ma chay kéo dài.
Trước đó, Đảng ủy xã đã ban hành Nghị quyết chuyên đề số 07-NQ/ĐU về lãnh đạo công tác Mặt trận, và Quyết định 210-QĐ/ĐU về nhân sự Đại hội.
Văn Huấn
Tin khác
- Xã Kiên Thành tổ chức Đại hội MTTQ nhiệm kỳ 2019 - 2024 (22/04/2019)
- Lục Ngạn chuẩn bị cho mùa vải thiều năm 2019 (18/04/2019)
- Tập huấn nghiệp vụ công tác Mặt trận cơ sở (10/04/2019)
- Thị trấn Chũ ra mắt tổ dân phố tự quản (05/04/2019)
""", "2019-04-26", "Đại hội đại biểu MTTQ xã Tân Sơn lần thứ XIV, nhiệm kỳ 2019 - 2024",
E("dai_hoi", None, "2019-04-25"),
[P("Hoàng Văn Nghiệp", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Lục Ngạn"),
 P("Giáp Văn Tuyến", "Thiếu tá", "Phó Trưởng Công an huyện"),
 P("Lương Văn Thành", "Chủ tịch Ủy ban MTTQ Việt Nam xã nhiệm kỳ 2019 - 2024", "Đảng ủy viên", "nguyên Trưởng Công an xã Tân Sơn"),
 P("Hà Văn Lợi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Trương Văn Sáu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nông Thị Thơm", "Trưởng ban Công tác Mặt trận thôn Khuôn Thần")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 9.700 nhân dân", 9700, "nhân dân", "over"), Q("18/18 thôn", 18, "thôn"),
 Q("54/61 vụ việc", 54, "vụ việc"), Q("23 người nghiện ma túy", 23, "người nghiện ma túy"),
 Q("trên 4,6 tỷ đồng", 4600000000, "đồng", "over"), Q("12.500 m2", 12500, "m2"),
 Q("31 nhà đại đoàn kết", 31, "nhà đại đoàn kết"), Q("35 vị", 35, "vị"),
 Q("ít nhất 2 mô hình tự quản", 2, "mô hình tự quản", "over"), Q("85% trở lên", 85, "%", "over"), Q("5 chỉ tiêu chủ yếu", 5, "chỉ tiêu chủ yếu"), Q("3 nhóm giải pháp", 3, "nhóm giải pháp"),
 Q("9 đại biểu", 9, "đại biểu")],
[D("Nghị quyết liên tịch", "01", "2015/NQLT-BCA-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 01/2015/NQLT-BCA-ĐCTUBTWMTTQVN"),
 D("Chỉ thị", "17", "CT/TW", "2017-07-18", "Ban Bí thư", "Chỉ thị số 17-CT/TW ngày 18/7/2017"),
 D("Kế hoạch", "102", "KH/HU", None, "Huyện ủy Lục Ngạn", "Kế hoạch 102-KH/HU"),
 D("Nghị quyết", "07", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 07-NQ/ĐU"),
 D("Quyết định", "210", "QĐ/ĐU", None, "Đảng ủy xã", "Quyết định 210-QĐ/ĐU")],
[prov("Bắc Giang"), com("Tân Sơn"), com("Tân Mộc")],
["Cổng Thông tin điện tử huyện Lục Ngạn - tỉnh Bắc Giang", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Tin cơ sở",
 "Đoàn Chủ tịch điều hành Đại hội.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Gia đình văn hóa"],
["Cập nhật lúc 15:30 ngày 26/04/2019", "lần thứ XIV", "nhiệm kỳ 2019 - 2024", "Nhiệm kỳ 2014 - 2019", "khóa XIV",
 "phiên họp thứ nhất", "lần thứ XXI"]))

PAGES.append(page("b4982-kontum-congan-nguoicouytin-2019", """
BÁO KON TUM ĐIỆN TỬ
Chính trị | An ninh - Quốc phòng | Kinh tế | Xã hội
14 tháng 8, 2019 | 08:20
Ảnh: Các đại biểu dự hội nghị.
Phát huy vai trò người có uy tín trong bảo vệ an ninh trật tự
Ngày 13/8, Công an tỉnh Kon Tum phối hợp với Ban Dân tộc tỉnh và Ban Dân vận Tỉnh ủy tổ chức Hội nghị gặp mặt, biểu dương người có uy tín tiêu biểu trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2019. Dự hội nghị có 186 người có uy tín là già làng, trưởng thôn, chức sắc tôn giáo trong đồng bào Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng.
Hội nghị do Đại tá Đỗ Văn Hải, Phó Giám đốc Công an tỉnh và ông A Dũng, Tỉnh ủy viên, Trưởng Ban Dân tộc tỉnh đồng chủ trì. Dự có bà Y Thị Hoa, Phó Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo tại hội nghị cho biết, thực hiện Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, năm 2019 toàn tỉnh có 612 người có uy tín được công nhận. Từ đầu năm, người có uy tín đã cung cấp cho cơ quan công an 74 nguồn tin có giá trị; tham gia hòa giải 39 vụ tranh chấp đất rẫy; vận động 52 hộ từ bỏ "Hà Mòn" trở về sinh hoạt tôn giáo bình thường; vận động 8 thanh niên bỏ sang Thái Lan lao động trái phép trở về.
Tại hội nghị, già làng A Nhứ, thôn Đăk Răng, xã Đăk Dục, chia sẻ việc cùng công an xã đi từng nhà giải thích cho bà con không nghe theo kẻ xấu. Ông A Biếu, trưởng thôn Kon Klor, phường Thắng Lợi, kiến nghị tăng mức hỗ trợ cho người có uy tín; bà Y Nguyệt, người có uy tín làng Plei Kần, đề nghị mở thêm các lớp dạy tiếng Kinh cho phụ nữ.
Phát biểu kết luận, Đại tá Đỗ Văn Hải ghi nhận đóng góp của người có uy tín, đồng thời thông tin về Kết luận số 44-KL/TW ngày 22/01/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị 09-CT/TW về phong trào toàn dân bảo vệ an ninh Tổ quốc và Chỉ thị 04/CT-UBND của UBND tỉnh về bảo đảm an ninh vùng biên giới.
Dịp này, Giám đốc Công an tỉnh tặng giấy khen cho 25 người có uy tín tiêu biểu; Ban Dân tộc tỉnh tặng 186 phần quà, mỗi phần trị giá 500.000 đồng. Tổng kinh phí tổ chức hội nghị hơn 160 triệu đồng từ nguồn Chương trình 135 và đóng góp của doanh nghiệp.
Sau hội nghị, các đại biểu đi thăm Bảo tàng Công an tỉnh và được nghe giới thiệu về truyền thống của lực lượng an ninh vùng Tây Nguyên. Nhiều người có uy tín bày tỏ mong muốn được gặp mặt hằng năm để trao đổi kinh nghiệm giữ làng.
Hương Lan
Tin liên quan
- Kon Tum: tổng kết 10 năm Ngày hội toàn dân bảo vệ an ninh Tổ quốc (08/08/2019)
- Sa Thầy: ra mắt mô hình "Làng bình yên" (25/07/2019)
- Ngọc Hồi: đối thoại với người có uy tín về đất rẫy (12/07/2019)
- Trao 30 xe đạp cho học sinh nghèo vùng biên (01/07/2019)
""", "2019-08-14", "Phát huy vai trò người có uy tín trong bảo vệ an ninh trật tự",
E("hoi_nghi", "2019", "2019-08-13"),
[P("Đỗ Văn Hải", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("A Dũng", "Tỉnh ủy viên", "Trưởng Ban Dân tộc tỉnh"),
 P("Y Thị Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Nhứ", "già làng"),
 P("A Biếu", "trưởng thôn Kon Klor"),
 P("Y Nguyệt", "người có uy tín làng Plei Kần")],
[Q("186 người có uy tín", 186, "người có uy tín"), Q("612 người có uy tín", 612, "người có uy tín"),
 Q("74 nguồn tin", 74, "nguồn tin"), Q("39 vụ tranh chấp đất rẫy", 39, "vụ tranh chấp đất rẫy"), Q("52 hộ", 52, "hộ"),
 Q("8 thanh niên", 8, "thanh niên"), Q("25 người có uy tín tiêu biểu", 25, "người có uy tín tiêu biểu"),
 Q("186 phần quà", 186, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("hơn 160 triệu đồng", 160000000, "đồng", "over")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018"),
 D("Kết luận", "44", "KL/TW", "2019-01-22", "Ban Bí thư", "Kết luận số 44-KL/TW ngày 22/01/2019"),
 D("Chỉ thị", "09", "CT/TW", None, None, "Chỉ thị 09-CT/TW"),
 D("Chỉ thị", "04", "CT-UBND", None, "UBND tỉnh", "Chỉ thị 04/CT-UBND")],
[prov("Kon Tum"), com("Đăk Dục"), com("Thắng Lợi")],
["BÁO KON TUM ĐIỆN TỬ", "Chính trị | An ninh - Quốc phòng | Kinh tế | Xã hội", "Ảnh: Các đại biểu dự hội nghị.", "Hà Mòn",
 "Chương trình 135", "Bảo tàng Công an tỉnh"],
["14 tháng 8, 2019 | 08:20", "năm 2019", "Chương trình 135"]))

PAGES.append(page("b4983-camau-congan-baocao-2020", """
CÔNG AN TỈNH CÀ MAU
Trang chủ | Tin tức | Công tác dân vận
30-12-2020 17:10
Báo cáo kết quả công tác dân vận của lực lượng Công an tỉnh năm 2020
Ngày 28/12/2020, Công an tỉnh Cà Mau có Báo cáo số 1368/BC-CAT-PX03 gửi Ban Dân vận Tỉnh ủy về kết quả công tác dân vận của lực lượng Công an tỉnh năm 2020. Báo cáo do Đại tá Lê Văn Sự, Phó Giám đốc Công an tỉnh ký, cho biết năm qua, bên cạnh nhiệm vụ phòng, chống dịch Covid-19, toàn lực lượng đã thực hiện nghiêm Chỉ thị số 01/CT-BCA-X15 ngày 10/01/2020 của Bộ trưởng Bộ Công an về công tác dân vận trong Công an nhân dân và Kế hoạch số 27-KH/TU của Tỉnh ủy về thực hiện Kết luận số 44-KL/TW.
Trụ sở Công an tỉnh Cà Mau. Ảnh: Hoàng Vũ
Theo báo cáo, 100% xã, thị trấn trong tỉnh đã được bố trí công an chính quy với 383 cán bộ, chiến sĩ. Lực lượng đã tổ chức 2.714 buổi tuyên truyền với khoảng 168.000 lượt người dự; phát 45.000 tờ rơi về phòng, chống tội phạm và mua bán người. Nhân dân đã cung cấp 1.126 tin báo, giúp phát hiện 214 vụ vi phạm pháp luật; tổ chức cho 17 đối tượng truy nã ra đầu thú.
Trong phòng, chống dịch, lực lượng Công an đã vận động 1.540 hộ dân ven biên giới biển ký cam kết không tiếp tay cho người xuất, nhập cảnh trái phép; phối hợp với Ủy ban MTTQ và các đoàn thể trao 4.800 phần quà cho hộ nghèo, hộ cận nghèo, tổng trị giá gần 2,1 tỷ đồng. Thực hiện "Chương trình mỗi cán bộ giúp đỡ một hộ nghèo", mỗi đồng chí lãnh đạo cấp phòng nhận đỡ đầu 1 hộ; có 46 hộ đã thoát nghèo.
Toàn tỉnh hiện có 2.035 tổ nhân dân tự quản, 104 câu lạc bộ phòng, chống tội phạm và 57 mô hình "Camera an ninh" với 1.260 camera; tỷ lệ khu dân cư đạt tiêu chuẩn an toàn về an ninh, trật tự đạt 92,3%, tăng 3,1% so với năm 2019.
Báo cáo cũng nêu hạn chế: việc nắm tình hình ở các khu vực đông người Khmer, Hoa có lúc chưa kịp thời; còn 6 vụ khiếu kiện đông người liên quan đất đai ở huyện Ngọc Hiển chưa giải quyết dứt điểm. Một số cán bộ, chiến sĩ trẻ chưa có kỹ năng tiếp xúc với quần chúng.
Năm 2021, Công an tỉnh đề ra 5 nhóm nhiệm vụ trọng tâm, trong đó phấn đấu mỗi xã có ít nhất 2 mô hình tự quản về an ninh, trật tự; tiếp tục phối hợp thực hiện Quy chế phối hợp số 02/QCPH-BDV-CAT với Ban Dân vận Tỉnh ủy. Thượng tá Nguyễn Thị Bé Tư, Trưởng phòng Công tác đảng và công tác chính trị, được giao theo dõi, tổng hợp.
Báo cáo được gửi kèm danh sách 38 tập thể, 62 cá nhân đề nghị khen thưởng. Ông Danh Út, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết Ban sẽ tổng hợp trình Thường trực Tỉnh ủy.
Phòng PX03
Tin khác
- Công an Cà Mau trao 120 suất quà cho ngư dân khó khăn (22/12/2020)
- Ra mắt mô hình "Tổ tự quản bến đò an toàn" (15/12/2020)
- Tập huấn công tác dân vận cho công an xã chính quy (01/12/2020)
- Khen thưởng 14 tập thể trong phòng, chống dịch Covid-19 (20/11/2020)
""", "2020-12-30", "Báo cáo kết quả công tác dân vận của lực lượng Công an tỉnh năm 2020",
E("bao_cao", "2020", "2020-12-28"),
[P("Lê Văn Sự", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Nguyễn Thị Bé Tư", "Thượng tá", "Trưởng phòng Công tác đảng và công tác chính trị"),
 P("Danh Út", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("100% xã, thị trấn", 100, "%"), Q("383 cán bộ, chiến sĩ", 383, "cán bộ, chiến sĩ"),
 Q("2.714 buổi tuyên truyền", 2714, "buổi tuyên truyền"), Q("khoảng 168.000 lượt người", 168000, "lượt người", "approx"),
 Q("45.000 tờ rơi", 45000, "tờ rơi"), Q("1.126 tin báo", 1126, "tin báo"),
 Q("214 vụ vi phạm pháp luật", 214, "vụ vi phạm pháp luật"), Q("17 đối tượng truy nã", 17, "đối tượng truy nã"),
 Q("1.540 hộ dân", 1540, "hộ dân"), Q("4.800 phần quà", 4800, "phần quà"),
 Q("gần 2,1 tỷ đồng", 2100000000, "đồng", "approx"), Q("46 hộ", 46, "hộ"),
 Q("2.035 tổ nhân dân tự quản", 2035, "tổ nhân dân tự quản"), Q("104 câu lạc bộ phòng, chống tội phạm", 104, "câu lạc bộ phòng, chống tội phạm"),
 Q("57 mô hình", 57, "mô hình"), Q("1.260 camera", 1260, "camera"), Q("92,3%", 92.3, "%"), Q("3,1%", 3.1, "%"),
 Q("6 vụ khiếu kiện đông người", 6, "vụ khiếu kiện đông người"), Q("5 nhóm nhiệm vụ trọng tâm", 5, "nhóm nhiệm vụ trọng tâm"),
 Q("ít nhất 2 mô hình tự quản", 2, "mô hình tự quản", "over"), Q("38 tập thể", 38, "tập thể"), Q("62 cá nhân", 62, "cá nhân")],
[D("Báo cáo", "1368", "BC-CAT-PX03", "2020-12-28", "Công an tỉnh Cà Mau", "Báo cáo số 1368/BC-CAT-PX03"),
 D("Chỉ thị", "01", "CT-BCA-X15", "2020-01-10", "Bộ trưởng Bộ Công an", "Chỉ thị số 01/CT-BCA-X15 ngày 10/01/2020"),
 D("Kế hoạch", "27", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 27-KH/TU"),
 D("Kết luận", "44", "KL/TW", None, None, "Kết luận số 44-KL/TW"),
 D("Quy chế phối hợp", "02", "QCPH-BDV-CAT", None, None, "Quy chế phối hợp số 02/QCPH-BDV-CAT")],
[prov("Cà Mau")],
["CÔNG AN TỈNH CÀ MAU", "Trang chủ | Tin tức | Công tác dân vận", "Trụ sở Công an tỉnh Cà Mau. Ảnh: Hoàng Vũ",
 "Chương trình mỗi cán bộ giúp đỡ một hộ nghèo", "Camera an ninh", "Phòng PX03"],
["30-12-2020 17:10", "năm 2020", "năm 2019", "Năm 2021", "1 hộ", "Covid-19"]))

PAGES.append(page("b4984-phuyen-bdv-congan-giaoban-thang8-2020", """
Báo Phú Yên Online
Vị trí: Trang chủ :: Chính trị :: Dân vận
Thứ Sáu, 04/09/2020 - 07:45
Giao ban công tác dân vận khối lực lượng vũ trang tháng 8
(Báo Phú Yên) - Chiều 3/9, Ban Dân vận Tỉnh ủy chủ trì giao ban công tác dân vận tháng 8/2020 với Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh. Đồng chí Phan Thị Thu Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Toàn cảnh buổi giao ban tháng 8.
Theo báo cáo của Công an tỉnh do Thượng tá Trần Hữu Nhân, Trưởng phòng Công tác đảng và công tác chính trị trình bày, trong tháng 8, lực lượng Công an đã tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc điểm tại 3 xã Xuân Lãnh, Sơn Hội, An Ninh Đông với khoảng 2.400 người tham dự; ra mắt 7 mô hình "Tổ liên gia an toàn phòng cháy, chữa cháy"; vận động nhân dân giao nộp 11 khẩu súng, 34 kg vật liệu nổ và 120 kíp nổ.
Lực lượng Bộ đội Biên phòng đã duy trì 14 tổ công tác tại các thôn ven biển, phối hợp cấp ủy, chính quyền tuyên truyền cho 1.260 lượt ngư dân về chống khai thác hải sản bất hợp pháp (IUU); 100% tàu cá hoạt động xa bờ đã lắp thiết bị giám sát hành trình. Bộ Chỉ huy Quân sự tỉnh cử 260 lượt cán bộ, chiến sĩ giúp dân dọn vệ sinh môi trường sau mưa lớn.
Đồng chí Nguyễn Thị Hằng, Phó Trưởng Ban Dân vận Tỉnh ủy, thông tin về việc thực hiện Kế hoạch liên tịch số 65-KHLT/BDV-CAT-BCHQS-BĐBP về phối hợp công tác dân vận giai đoạn 2020 - 2025 và Quy chế 12-QC/TU của Tỉnh ủy về công tác dân vận của hệ thống chính trị; đề nghị các đơn vị chuẩn bị nội dung sơ kết Chỉ thị 16, 17-CT/TU của Ban Thường vụ Tỉnh ủy.
Các đại biểu đã thảo luận về tình hình tư tưởng của người dân vùng thực hiện dự án khu công nghiệp Hòa Tâm; theo Công an tỉnh, còn 27 hộ chưa đồng thuận bàn giao mặt bằng. Trung tá Ma Văn Chiến, Phó Chính ủy Bộ đội Biên phòng tỉnh, đề nghị lồng ghép tuyên truyền về chủ quyền biển đảo trong các buổi họp dân.
Nhiều ý kiến cho rằng việc phối hợp giữa các lực lượng vũ trang với khối dân vận ở cơ sở đôi lúc còn chồng chéo; thông tin về những vụ việc phức tạp chưa được chia sẻ kịp thời. Một số địa phương chưa chủ động mời lực lượng vũ trang tham gia các buổi tiếp xúc, đối thoại với nhân dân.
Kết luận giao ban, đồng chí Phan Thị Thu Nguyệt đề nghị tháng 9 tập trung chuẩn bị cho Đại hội Đảng bộ tỉnh lần thứ XVII; phối hợp vận động 27 hộ còn lại; chủ động nắm tình hình, không để xảy ra điểm nóng. Mỗi đơn vị xây dựng ít nhất 2 mô hình "Dân vận khéo" trong năm 2020.
Trường Sơn
Tin liên quan
- Giao ban công tác dân vận tháng 7/2020 (05/08/2020)
- Đồng Xuân: xây dựng mô hình "Dân vận khéo" trong đồng bào Chăm H'roi (29/07/2020)
- Bộ đội Biên phòng tặng 50 suất quà cho ngư dân (18/07/2020)
- Tuy An: ra mắt tổ tự quản về an ninh trật tự (06/07/2020)
""", "2020-09-04", "Giao ban công tác dân vận khối lực lượng vũ trang tháng 8",
E("giao_ban", "2020-08", "2020-09-03"),
[P("Phan Thị Thu Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Hữu Nhân", "Thượng tá", "Trưởng phòng Công tác đảng và công tác chính trị"),
 P("Nguyễn Thị Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ma Văn Chiến", "Trung tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh")],
[Q("3 xã", 3, "xã"), Q("khoảng 2.400 người", 2400, "người", "approx"),
 Q("7 mô hình", 7, "mô hình"), Q("11 khẩu súng", 11, "khẩu súng"), Q("34 kg", 34, "kg"), Q("120 kíp nổ", 120, "kíp nổ"),
 Q("14 tổ công tác", 14, "tổ công tác"), Q("1.260 lượt ngư dân", 1260, "lượt ngư dân"), Q("100% tàu cá", 100, "%"),
 Q("260 lượt cán bộ, chiến sĩ", 260, "lượt cán bộ, chiến sĩ"),
 Q("27 hộ", 27, "hộ"), Q("ít nhất 2 mô hình", 2, "mô hình", "over")],
[D("Kế hoạch liên tịch", "65", "KHLT/BDV-CAT-BCHQS-BĐBP", None, None, "Kế hoạch liên tịch số 65-KHLT/BDV-CAT-BCHQS-BĐBP"),
 D("Quy chế", "12", "QC/TU", None, "Tỉnh ủy", "Quy chế 12-QC/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 16, 17-CT/TU"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 16, 17-CT/TU")],
[prov("Phú Yên"), com("Xuân Lãnh"), com("Sơn Hội"), com("An Ninh Đông")],
["Báo Phú Yên Online", "Vị trí: Trang chủ :: Chính trị :: Dân vận", "(Báo Phú Yên)", "Toàn cảnh buổi giao ban tháng 8.",
 "Tổ liên gia an toàn phòng cháy, chữa cháy", "Dân vận khéo", "IUU"],
["Thứ Sáu, 04/09/2020 - 07:45", "tháng 8/2020", "giai đoạn 2020 - 2025", "lần thứ XVII", "tháng 9", "năm 2020"]))
