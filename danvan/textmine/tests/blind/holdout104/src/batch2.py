from lib import *
PAGES = []

PAGES.append(page("b2459-daklak-bdv-soket-2018", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ >> Hoạt động dân vận >> Tin tức
Thứ Ba, 10/07/2018 - 15:45
Đồng chí Y Kriêng Mlô phát biểu tại hội nghị.
Khối dân vận vận động đồng bào hiến hơn 38.000 m2 đất làm đường
Ngày 9/7/2018, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2018. Dự và chỉ đạo có đồng chí Y Kriêng Mlô, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: H'Nhiên Byă, Nguyễn Đình Quế.
Báo cáo cho thấy, 6 tháng đầu năm 2018, khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 12, 13-CT/TU về công tác dân vận trong vùng đồng bào dân tộc thiểu số và về vận động nhân dân thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Thực hiện Hướng dẫn số 21-HD/BDVTW của Ban Dân vận Trung ương, toàn tỉnh có 312 mô hình "Dân vận khéo" được đăng ký, trong đó 47 mô hình cấp tỉnh.
Trong phong trào xây dựng nông thôn mới, nhân dân đã hiến hơn 38.000 m2 đất, đóng góp 11.500 ngày công và trên 9 tỷ đồng để làm 62 km đường buôn. Đến nay, toàn tỉnh Đắk Lắk có 36 xã đạt chuẩn nông thôn mới; 2 buôn đồng bào Êđê được công nhận buôn văn hóa kiểu mẫu. Công tác nắm tình hình được duy trì, đã giải quyết 23/25 vụ việc tranh chấp đất đai ngay từ cơ sở.
Tại hội nghị, ông Y Thông Ênuôl, HUV, Trưởng Ban Dân vận Huyện ủy Krông Bông, cho biết huyện đã vận động 9 hộ từ bỏ tà đạo "Hà Mòn" trở về sinh hoạt bình thường. Bà H'Lim Niê, Chủ tịch Hội Liên hiệp Phụ nữ xã Ea Tul, kể về mô hình "Tổ phụ nữ tiết kiệm" giúp 41 chị em có vốn nuôi bò. Ông Ama Thuật, người có uy tín buôn Tơng Jú, xã Ea Kao, đề nghị hỗ trợ thêm bóng đèn cho tuyến đường buôn vừa hoàn thành.
Phát biểu chỉ đạo, đồng chí Y Kriêng Mlô yêu cầu 6 tháng cuối năm thực hiện tốt Quy chế công tác dân vận của hệ thống chính trị theo Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị; chuẩn bị sơ kết 5 năm thực hiện Nghị quyết 25-NQ/TW ngày 03/6/2013 của BCH Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận; chủ động nắm tình hình, không để xảy ra điểm nóng.
Hội nghị cũng thống nhất tổ chức đợt cao điểm vận động nhân dân thực hiện "3 không: không nghe, không tin, không làm theo kẻ xấu" tại 15 xã biên giới trong quý III; đồng thời phối hợp với Ủy ban MTTQ tỉnh triển khai giám sát việc thực hiện chính sách đối với người có uy tín.
Lê Phương
Lượt xem: 2.031
Tin liên quan
- Krông Pắc: 14 mô hình dân vận khéo tiêu biểu (25/6/2018)
- Tập huấn nghiệp vụ cho cán bộ dân vận cơ sở (12/6/2018)
- Giao ban khối dân vận quý I năm 2018 (03/4/2018)
""", "2018-07-10", "Khối dân vận vận động đồng bào hiến hơn 38.000 m2 đất làm đường",
E("so_ket", "2018-H1", "2018-07-09"),
[P("Y Kriêng Mlô", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Nhiên Byă", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đình Quế", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Thông Ênuôl", "HUV", "Trưởng Ban Dân vận Huyện ủy Krông Bông"),
 P("H'Lim Niê", "Chủ tịch Hội Liên hiệp Phụ nữ xã Ea Tul"),
 P("Ama Thuật", "người có uy tín buôn Tơng Jú")],
[Q("312 mô hình", 312, "mô hình"), Q("47 mô hình cấp tỉnh", 47, "mô hình cấp tỉnh"),
 Q("hơn 38.000 m2", 38000, "m2", "over"), Q("11.500 ngày công", 11500, "ngày công"),
 Q("trên 9 tỷ đồng", 9000000000, "đồng", "over"), Q("62 km", 62, "km"), Q("36 xã", 36, "xã"),
 Q("2 buôn đồng bào Êđê", 2, "buôn đồng bào Êđê"), Q("23/25 vụ việc tranh chấp đất đai", 23, "vụ việc tranh chấp đất đai"),
 Q("9 hộ", 9, "hộ"), Q("41 chị em", 41, "chị em"), Q("15 xã biên giới", 15, "xã biên giới")],
[D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Hướng dẫn", "21", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 21-HD/BDVTW"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/02/2010"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết 25-NQ/TW ngày 03/6/2013")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Ea Kao")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ >> Hoạt động dân vận >> Tin tức", "Đồng chí Y Kriêng Mlô phát biểu tại hội nghị.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Dân vận khéo", "Hà Mòn", "Tổ phụ nữ tiết kiệm",
 "3 không: không nghe, không tin, không làm theo kẻ xấu", "Quy chế công tác dân vận của hệ thống chính trị", "Lượt xem: 2.031"],
["Thứ Ba, 10/07/2018 - 15:45", "6 tháng đầu năm", "6 tháng cuối năm 2018", "6 tháng đầu năm 2018", "5 năm", "3 không", "quý III",
 "Lượt xem: 2.031"]))

PAGES.append(page("b2460-laocai-mttq-traoqua-2019", """
MẶT TRẬN TỔ QUỐC TỈNH LÀO CAI - Cổng thông tin điện tử
Trang chủ / Tin tức / Công tác an sinh xã hội
Thứ Ba, 22/01/2019
Ảnh: Đồng chí Giàng Seo Vừ trao quà cho hộ nghèo xã Bản Phố.
Trao 650 suất quà Tết, bàn giao 18 căn nhà Đại đoàn kết cho đồng bào vùng cao
Ngày 21/1, Đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh do đồng chí Giàng Seo Vừ, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, tặng quà Tết Kỷ Hợi 2019 cho hộ nghèo tại các xã Bản Phố, Lùng Phình của huyện Bắc Hà, tỉnh Lào Cai và bàn giao nhà Đại đoàn kết cho hộ nghèo.
Trong chương trình "Tết vì người nghèo" năm nay, đoàn trao 650 suất quà, mỗi suất trị giá 500.000 đồng gồm tiền mặt, gạo, dầu ăn và chăn ấm, tổng trị giá 325 triệu đồng. Nguồn quà do Quỹ "Vì người nghèo" tỉnh và 9 doanh nghiệp đóng góp. Đồng thời, đoàn bàn giao 18 căn nhà Đại đoàn kết, mỗi căn được hỗ trợ 50 triệu đồng; các hộ được anh em, dòng họ góp thêm 2.300 ngày công và vật liệu.
Bà Sùng Thị Mỷ, người dân tộc Mông ở thôn Na Pá, xã Lùng Phình, xúc động chia sẻ: "Cả đời nhà tôi ở nhà trình tường dột nát, nay có nhà mới đón Tết, tôi cảm ơn Đảng, Mặt trận". Ông Vàng A Sử, Bí thư Chi bộ thôn Na Pá, cho biết thôn có 87 hộ thì 31 hộ nghèo; năm 2018 đã có 12 hộ thoát nghèo nhờ trồng lê, nuôi lợn đen.
Thông tin với đoàn, ông Lù Văn Dìn, Bí thư Đảng ủy xã Bản Phố, cho biết thực hiện Quyết định số 1600/QĐ-TTg ngày 16/8/2016 của Thủ tướng Chính phủ và cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", xã đã đạt 12/19 tiêu chí; nhân dân hiến 4.200 m2 đất mở đường liên thôn. Xã phấn đấu đạt chuẩn nông thôn mới trong năm 2020.
Đồng chí Giàng Seo Vừ ghi nhận những cố gắng của Đảng bộ, chính quyền và nhân dân các xã, đề nghị tiếp tục thực hiện Kế hoạch số 145/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về vận động xóa nhà tạm; phát huy tinh thần "Lá lành đùm lá rách", không để hộ nào không có Tết.
Cũng trong dịp này, Ủy ban MTTQ huyện Bắc Hà tổ chức "Phiên chợ 0 đồng" với 1.200 mặt hàng cho người dân xã Bản Phố. Toàn tỉnh, đến ngày 20/1, các cấp Mặt trận đã vận động được trên 7,3 tỷ đồng chăm lo Tết cho hơn 16.000 hộ nghèo, hộ cận nghèo và gia đình chính sách.
Phát biểu tại buổi trao quà, đồng chí Giàng Seo Vừ mong muốn bà con tiếp tục đoàn kết, giữ gìn an ninh trật tự ở thôn bản, không nghe kẻ xấu xúi giục di cư tự do; chăm lo cho con em đến trường đầy đủ sau Tết.
Thanh Huyền - Ảnh: Hữu Thắng
Các tin khác
- Mặt trận tỉnh phát động ủng hộ Quỹ "Vì người nghèo" năm 2019 (10/01/2019)
- Si Ma Cai: trao 120 chăn ấm cho học sinh bán trú (08/01/2019)
- Hội nghị tổng kết công tác Mặt trận năm 2018 (28/12/2018)
""", "2019-01-22", "Trao 650 suất quà Tết, bàn giao 18 căn nhà Đại đoàn kết cho đồng bào vùng cao",
E("trao_qua", None, "2019-01-21"),
[P("Giàng Seo Vừ", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Sùng Thị Mỷ"),
 P("Vàng A Sử", "Bí thư Chi bộ thôn Na Pá"),
 P("Lù Văn Dìn", "Bí thư Đảng ủy xã Bản Phố")],
[Q("650 suất quà", 650, "suất quà"), Q("18 căn nhà Đại đoàn kết", 18, "căn nhà Đại đoàn kết"),
 Q("500.000 đồng", 500000, "đồng"), Q("325 triệu đồng", 325000000, "đồng"), Q("9 doanh nghiệp", 9, "doanh nghiệp"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("2.300 ngày công", 2300, "ngày công"), Q("87 hộ", 87, "hộ"), Q("31 hộ nghèo", 31, "hộ nghèo"),
 Q("12 hộ", 12, "hộ"), Q("12/19 tiêu chí", 12, "tiêu chí"), Q("4.200 m2", 4200, "m2"), Q("1.200 mặt hàng", 1200, "mặt hàng"),
 Q("trên 7,3 tỷ đồng", 7300000000, "đồng", "over"),
 Q("hơn 16.000 hộ nghèo, hộ cận nghèo và gia đình chính sách", 16000, "hộ nghèo, hộ cận nghèo và gia đình chính sách", "over")],
[D("Quyết định", "1600", "QĐ-TTg", "2016-08-16", "Thủ tướng Chính phủ", "Quyết định số 1600/QĐ-TTg ngày 16/8/2016"),
 D("Kế hoạch", "145", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 145/KH-MTTQ-BTT")],
[prov("Lào Cai"), com("Bản Phố"), com("Lùng Phình")],
["MẶT TRẬN TỔ QUỐC TỈNH LÀO CAI - Cổng thông tin điện tử", "Trang chủ / Tin tức / Công tác an sinh xã hội",
 "Ảnh: Đồng chí Giàng Seo Vừ trao quà cho hộ nghèo xã Bản Phố.", "Tết vì người nghèo", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lá lành đùm lá rách", "Phiên chợ 0 đồng"],
["Thứ Ba, 22/01/2019", "Tết Kỷ Hợi 2019", "năm 2018", "năm 2020", "Phiên chợ 0 đồng", "ngày 20/1"]))

PAGES.append(page("b2461-hanoi-phuong-covid-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG NGỌC THỤY - QUẬN LONG BIÊN
Trang chủ > Tin tức > Mặt trận - Đoàn thể
Cập nhật lúc 17:20 ngày 14/04/2020
Phường Ngọc Thụy trao 420 suất quà cho người dân gặp khó khăn do dịch COVID-19
Chiều 13/4, Ủy ban MTTQ Việt Nam phường Ngọc Thụy phối hợp với các đoàn thể tổ chức trao quà hỗ trợ người dân có hoàn cảnh khó khăn do ảnh hưởng của dịch COVID-19 trên địa bàn phường thuộc quận Long Biên, thành phố Hà Nội. Tham dự có đồng chí Đỗ Thị Thanh Nga, Phó Chủ tịch Ủy ban MTTQ Việt Nam quận; đồng chí Phùng Văn Khải, Bí thư Đảng ủy, Chủ tịch HĐND phường.
Trao quà cho người lao động tự do trên địa bàn phường. Ảnh: Minh Tú
Thực hiện Chỉ thị 15, 16/CT-TTg của Thủ tướng Chính phủ về các biện pháp cấp bách phòng, chống dịch COVID-19 và Lời kêu gọi của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, từ ngày 20/3 đến nay Ban Thường trực Ủy ban MTTQ phường đã tiếp nhận 285 triệu đồng, 6,5 tấn gạo cùng nhiều nhu yếu phẩm do 46 tập thể, cá nhân ủng hộ. Phường cũng duy trì 2 "ATM gạo" tại nhà văn hóa tổ dân phố 8 và tổ dân phố 15, mỗi ngày phát khoảng 300 kg gạo.
Đợt này, 420 suất quà, mỗi suất gồm 10 kg gạo, mì tôm, dầu ăn và 300.000 đồng tiền mặt, được trao cho người bán hàng rong, xe ôm, lao động tự do, hộ nghèo, hộ cận nghèo. Các suất quà được chia theo khung giờ tại 3 điểm trao, bảo đảm giãn cách theo khuyến cáo của ngành y tế. Đồng thời, Ban Công tác Mặt trận 18 tổ dân phố đã rà soát, lập danh sách 137 người lao động mất việc để đề nghị hỗ trợ theo Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ.
Bà Nguyễn Thị Lành, 71 tuổi, ở tổ dân phố 12, bán rau ở chợ đầu mối đã nghỉ gần 1 tháng, xúc động nói: "Được hỗ trợ gạo và tiền mặt, tôi yên tâm ở nhà chống dịch". Ông Lý A Páo, sinh viên người Hmông đang ở trọ tại phường, cũng nhận 1 suất quà.
Phát biểu tại buổi trao quà, đồng chí Phùng Văn Khải ghi nhận tinh thần "tương thân tương ái" của nhân dân; đề nghị Mặt trận công khai minh bạch danh sách và nguồn ủng hộ, tiếp tục vận động thực hiện tốt thông điệp "5K" và tinh thần "chống dịch như chống giặc". Ông Trần Quốc Bình, Chủ tịch Ủy ban MTTQ Việt Nam phường, cho biết sẽ tổ chức đợt 2 vào cuối tháng 4.
Cùng ngày, Đoàn Thanh niên phường ra quân 25 tình nguyện viên hỗ trợ đi chợ hộ người cao tuổi sống một mình. Phường khuyến khích người dân hạn chế ra khỏi nhà, chỉ ra ngoài khi thật cần thiết.
Minh Tú
Tin liên quan
- Long Biên: Mặt trận quận tiếp nhận 2,1 tỷ đồng ủng hộ phòng chống dịch (10/4/2020)
- Phát động ủng hộ phòng, chống dịch COVID-19 (22/3/2020)
- Phường Ngọc Thụy phun khử khuẩn toàn bộ khu dân cư (15/3/2020)
""", "2020-04-14", "Phường Ngọc Thụy trao 420 suất quà cho người dân gặp khó khăn do dịch COVID-19",
E("trao_qua", None, "2020-04-13"),
[P("Đỗ Thị Thanh Nga", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Phùng Văn Khải", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
 P("Nguyễn Thị Lành"),
 P("Lý A Páo"),
 P("Trần Quốc Bình", "Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("285 triệu đồng", 285000000, "đồng"), Q("6,5 tấn gạo", 6.5, "tấn"), Q("46 tập thể, cá nhân", 46, "tập thể, cá nhân"),
 Q("2 \"ATM gạo\"", 2, "ATM gạo"), Q("khoảng 300 kg gạo", 300, "kg", "approx"), Q("420 suất quà", 420, "suất quà"),
 Q("10 kg gạo", 10, "kg"), Q("300.000 đồng", 300000, "đồng"), Q("3 điểm trao", 3, "điểm trao"),
 Q("18 tổ dân phố", 18, "tổ dân phố"), Q("137 người lao động", 137, "người lao động"),
 Q("25 tình nguyện viên", 25, "tình nguyện viên")],
[D("Chỉ thị", "15", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 15, 16/CT-TTg"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 15, 16/CT-TTg"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 09/4/2020")],
[prov("Hà Nội"), com("Ngọc Thụy")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG NGỌC THỤY - QUẬN LONG BIÊN", "Trang chủ > Tin tức > Mặt trận - Đoàn thể",
 "Trao quà cho người lao động tự do trên địa bàn phường. Ảnh: Minh Tú", "ATM gạo", "tương thân tương ái", "5K",
 "chống dịch như chống giặc", "Lời kêu gọi của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"],
["Cập nhật lúc 17:20 ngày 14/04/2020", "COVID-19", "ngày 20/3", "tổ dân phố 8", "tổ dân phố 15", "tổ dân phố 12", "71 tuổi",
 "gần 1 tháng", "1 suất quà", "5K", "đợt 2", "tháng 4"]))

PAGES.append(page("b2462-cantho-mttq-baocao-2020", """
ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ
Trang chủ | Hoạt động | Công tác vận động
Thứ Tư, 30/12/2020 - 08:30
Cần Thơ: công khai kết quả vận động ủng hộ phòng, chống dịch COVID-19 năm 2020
Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ vừa ban hành Báo cáo số 218/BC-MTTQ-BTT ngày 28/12/2020 về kết quả tiếp nhận, phân bổ nguồn ủng hộ phòng, chống dịch COVID-19 và hỗ trợ người dân gặp khó khăn năm 2020. Báo cáo do đồng chí Trần Thị Xuân Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố ký.
Ảnh minh họa: Trao quà cho công nhân khu nhà trọ quận Ninh Kiều.
Theo báo cáo, từ khi có Lời kêu gọi toàn dân tham gia ủng hộ phòng, chống dịch COVID-19 của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam ngày 17/3/2020, Ủy ban MTTQ các cấp thành phố đã tiếp nhận 42,6 tỷ đồng tiền mặt và hàng hóa, trong đó cấp thành phố tiếp nhận 18,9 tỷ đồng. Thành phố đã chi 11,2 tỷ đồng hỗ trợ ngành y tế mua 3 máy xét nghiệm, 40.000 bộ đồ bảo hộ và vật tư y tế; chi 21,4 tỷ đồng hỗ trợ trên 53.000 lượt hộ, người lao động gặp khó khăn.
Việc phân bổ được thực hiện theo Quy chế phối hợp số 04/QCPH-MTTQ-UBND giữa Ban Thường trực Ủy ban MTTQ thành phố và UBND thành phố, bảo đảm công khai trên Báo Cần Thơ và tại 83 xã, phường, thị trấn. Song song với hỗ trợ theo Nghị quyết 42/NQ-CP, Mặt trận các cấp đã vận động 126 "ATM gạo", 310 "Tủ bánh mì 0 đồng" và các bếp ăn từ thiện.
Cùng với phòng, chống dịch, cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" được gắn với giải cứu nông sản: các đoàn viên, hội viên đã tiêu thụ giúp nông dân khoảng 1.450 tấn dưa hấu, khóm, xoài khi xuất khẩu bị ách tắc. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" tiếp tục được duy trì, 34/36 xã đạt chuẩn nông thôn mới.
Báo cáo cũng chỉ ra hạn chế: một số nơi chậm công khai danh sách hộ được hỗ trợ; 7 trường hợp nhận trùng hỗ trợ đã được thu hồi. Số tiền còn lại 10,0 tỷ đồng được chuyển sang năm 2021 để tiếp tục chăm lo Tết Tân Sửu cho người nghèo và phòng, chống dịch.
Ban Thường trực Ủy ban MTTQ thành phố đề nghị Ủy ban MTTQ các quận, huyện tiếp tục rà soát, bổ sung kịp thời đối tượng khó khăn phát sinh; phối hợp với các tổ chức thành viên giám sát chặt chẽ việc chi hỗ trợ, bảo đảm đúng đối tượng, không để lợi dụng, trục lợi chính sách.
Ông Nguyễn Văn Hòa, Trưởng ban Công tác Mặt trận khu vực Thới Thuận, phường Thới An Đông, cho biết bà con rất đồng tình vì danh sách hỗ trợ được niêm yết tại nhà văn hóa khu vực trong 7 ngày, ai có ý kiến đều được Ban Công tác Mặt trận ghi nhận.
Thanh Lan
Bài viết liên quan
- Mặt trận thành phố tiếp nhận 2 tỷ đồng ủng hộ đồng bào miền Trung (28/10/2020)
- Vận động ủng hộ Quỹ "Vì người nghèo" năm 2020 (20/10/2020)
- Trao 1.000 phần quà cho người lao động khó khăn (15/4/2020)
""", "2020-12-30", "Cần Thơ: công khai kết quả vận động ủng hộ phòng, chống dịch COVID-19 năm 2020",
E("bao_cao", "2020", "2020-12-28"),
[P("Trần Thị Xuân Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Nguyễn Văn Hòa", "Trưởng ban Công tác Mặt trận khu vực Thới Thuận")],
[Q("42,6 tỷ đồng", 42600000000, "đồng"), Q("18,9 tỷ đồng", 18900000000, "đồng"), Q("11,2 tỷ đồng", 11200000000, "đồng"),
 Q("3 máy xét nghiệm", 3, "máy xét nghiệm"), Q("40.000 bộ đồ bảo hộ", 40000, "bộ đồ bảo hộ"), Q("21,4 tỷ đồng", 21400000000, "đồng"),
 Q("trên 53.000 lượt hộ, người lao động", 53000, "lượt hộ, người lao động", "over"),
 Q("83 xã, phường, thị trấn", 83, "xã, phường, thị trấn"), Q("126 \"ATM gạo\"", 126, "ATM gạo"),
 Q("310 \"Tủ bánh mì 0 đồng\"", 310, "Tủ bánh mì 0 đồng"), Q("khoảng 1.450 tấn", 1450, "tấn", "approx"),
 Q("34/36 xã", 34, "xã"), Q("7 trường hợp", 7, "trường hợp"), Q("10,0 tỷ đồng", 10000000000, "đồng")],
[D("Báo cáo", "218", "BC-MTTQ-BTT", "2020-12-28", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ", "Báo cáo số 218/BC-MTTQ-BTT ngày 28/12/2020"),
 D("Quy chế phối hợp", "04", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 04/QCPH-MTTQ-UBND"),
 D("Nghị quyết", "42", "NQ-CP", None, None, "Nghị quyết 42/NQ-CP")],
[prov("Cần Thơ"), com("Thới An Đông")],
["ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ", "Trang chủ | Hoạt động | Công tác vận động",
 "Ảnh minh họa: Trao quà cho công nhân khu nhà trọ quận Ninh Kiều.", "Báo Cần Thơ", "ATM gạo", "Tủ bánh mì 0 đồng",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Lời kêu gọi toàn dân tham gia ủng hộ phòng, chống dịch COVID-19"],
["Thứ Tư, 30/12/2020 - 08:30", "năm 2020", "ngày 17/3/2020", "COVID-19", "năm 2021", "Tết Tân Sửu", "7 ngày", "Tủ bánh mì 0 đồng"]))

PAGES.append(page("b2463-binhthuan-bdv-doithoai-2021", """
Ban Dân vận Tỉnh ủy Bình Thuận
Vị trí: Trang chủ » Dân vận chính quyền » Tin hoạt động
21.03.2021 | 16:05
Bí thư Huyện ủy Bắc Bình đối thoại với đồng bào Chăm xã Phan Hiệp
Ngày 19/3, Ban Thường vụ Huyện ủy Bắc Bình phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân xã Phan Hiệp năm 2021. Đồng chí Thông Văn Nhất, Tỉnh ủy viên, Bí thư Huyện ủy Bắc Bình và đồng chí Mai Thị Ngọc Diệp, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy đồng chủ trì; tham dự có 160 đại biểu là người dân, chức sắc Bàlamôn, Bàni và người có uy tín trong đồng bào Chăm, Raglai.
Hội nghị được tổ chức theo Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Kế hoạch số 27-KH/HU của Ban Thường vụ Huyện ủy. Trước hội nghị, Ủy ban MTTQ xã đã tổng hợp 19 ý kiến, kiến nghị của cử tri.
Quang cảnh buổi đối thoại.
Ông Bá Văn Lựu, người có uy tín thôn Bình Minh, phản ánh 34 hộ đồng bào Chăm chưa được cấp giấy chứng nhận quyền sử dụng đất sản xuất. Bà Pinăng Thị Lừng, hội viên phụ nữ thôn Bình Thạnh, đề nghị hỗ trợ nước tưới cho 120 ha đất lúa thường bị hạn vào mùa khô. Cả sư Thập Văn Đạt, chức sắc Hội đồng chức sắc Bàlamôn, đề nghị sớm nâng cấp đường vào đền thờ.
Trả lời các ý kiến, đồng chí Hán Văn Tâm, Chủ tịch UBND huyện Bắc Bình cho biết huyện đã bố trí 2,8 tỷ đồng nạo vét kênh, dự kiến hoàn thành trong tháng 5; giao Phòng Tài nguyên và Môi trường phối hợp với xã đo đạc, cấp giấy chứng nhận cho các hộ trước ngày 30/9/2021.
Kết luận hội nghị, đồng chí Thông Văn Nhất đề nghị cán bộ xã phải "sát dân, hiểu dân, gần dân, trọng dân", đồng thời tiếp tục vận động nhân dân tham gia cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", thực hiện nghiêm thông điệp "5K" phòng chống dịch COVID-19. Phan Hiệp hiện đạt 15/19 tiêu chí, phấn đấu về đích nông thôn mới trong năm 2022.
Nhiều đại biểu đánh giá cao hình thức đối thoại trực tiếp, thẳng thắn, cởi mở; các kiến nghị được lãnh đạo huyện và các phòng, ban chuyên môn trả lời cụ thể, có thời hạn giải quyết rõ ràng. Ban Dân vận Tỉnh ủy sẽ theo dõi, đôn đốc việc thực hiện các nội dung đã hứa với dân sau đối thoại.
Sau hội nghị, 19/19 ý kiến đã được trả lời trực tiếp hoặc giao cơ quan chuyên môn xem xét. Đây là cuộc đối thoại thứ 2 của huyện trong năm nay, sau cuộc đối thoại tại xã Phan Thanh hồi tháng 1.
Ngọc Lan
Tin khác
- Ban Dân vận Tỉnh ủy giao ban khối dân vận quý I năm 2021 (12/3/2021)
- Tuy Phong: vận động đồng bào Chăm thực hiện 5K (05/3/2021)
- Hội nghị tập huấn công tác dân vận chính quyền (26/2/2021)
""", "2021-03-21", "Bí thư Huyện ủy Bắc Bình đối thoại với đồng bào Chăm xã Phan Hiệp",
E("doi_thoai", "2021", "2021-03-19"),
[P("Thông Văn Nhất", "Tỉnh ủy viên", "Bí thư Huyện ủy Bắc Bình"),
 P("Mai Thị Ngọc Diệp", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Bá Văn Lựu", "người có uy tín thôn Bình Minh"),
 P("Pinăng Thị Lừng", "hội viên phụ nữ thôn Bình Thạnh"),
 P("Thập Văn Đạt", "Cả sư", "chức sắc Hội đồng chức sắc Bàlamôn"),
 P("Hán Văn Tâm", "Chủ tịch UBND huyện Bắc Bình")],
[Q("160 đại biểu", 160, "đại biểu"),
 Q("19 ý kiến, kiến nghị", 19, "ý kiến, kiến nghị"), Q("19/19 ý kiến", 19, "ý kiến"), Q("34 hộ đồng bào Chăm", 34, "hộ đồng bào Chăm"), Q("120 ha", 120, "ha"),
 Q("2,8 tỷ đồng", 2800000000, "đồng"), Q("15/19 tiêu chí", 15, "tiêu chí")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/02/2019"),
 D("Kế hoạch", "27", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 27-KH/HU")],
[prov("Bình Thuận"), com("Phan Hiệp"), com("Phan Thanh")],
["Ban Dân vận Tỉnh ủy Bình Thuận", "Vị trí: Trang chủ » Dân vận chính quyền » Tin hoạt động", "Quang cảnh buổi đối thoại.",
 "sát dân, hiểu dân, gần dân, trọng dân", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "5K",
 "Hội đồng chức sắc Bàlamôn", "Phòng Tài nguyên và Môi trường"],
["21.03.2021 | 16:05", "năm 2021", "tháng 5", "30/9/2021", "5K", "COVID-19", "năm 2022", "cuộc đối thoại thứ 2",
 "tháng 1"]))

PAGES.append(page("b2464-hcm-phuong-giamsat-2021", """
Ủy ban MTTQ Việt Nam quận Gò Vấp
Trang chủ › Tin tức › Giám sát - Phản biện xã hội
Thứ Năm, 16/09/2021 - 07:30
Giám sát chi hỗ trợ người lao động tự do tại phường 14
Ngày 15/9, Ban Thường trực Ủy ban MTTQ Việt Nam quận Gò Vấp tổ chức đoàn giám sát việc rà soát, chi hỗ trợ cho người lao động tự do, người có hoàn cảnh khó khăn do dịch COVID-19 tại phường 14, quận Gò Vấp, Thành phố Hồ Chí Minh. Đoàn do bà Lê Thị Ngọc Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam quận làm trưởng đoàn; tham gia có các ông, bà: Võ Văn Tám, Hứa Thị Mỹ Linh - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam quận.
Thành viên đoàn giám sát kiểm tra danh sách chi hỗ trợ.
Theo báo cáo của UBND phường, thực hiện Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ, Quyết định số 23/2021/QĐ-TTg ngày 07/7/2021 của Thủ tướng Chính phủ và Nghị quyết 97/NQ-CP, phường đã chi hỗ trợ đợt 1 cho 4.318 người lao động tự do với mức 1,5 triệu đồng/người; đợt 3 chi cho 9.720 hộ với tổng số tiền 7,26 tỷ đồng. Ban Công tác Mặt trận 62 khu phố đã tham gia rà soát, niêm yết công khai danh sách.
Qua giám sát, đoàn ghi nhận phường thực hiện đúng quy trình "3 công khai: công khai danh sách, công khai mức hỗ trợ, công khai số điện thoại đường dây nóng"; tuy nhiên còn 86 trường hợp bị trùng hoặc chưa đúng đối tượng phải rà soát lại, 214 hộ tạm trú chưa nhận được do chủ nhà trọ chậm xác nhận.
Ông Đặng Minh Hiếu, Chủ tịch UBND phường 14, tiếp thu và cam kết hoàn thành chi trả trước ngày 20/9. Bà Lâm Thị Phấn, người dân khu phố 3, phản ánh gia đình 5 người chỉ được nhận 1 phần hỗ trợ; đoàn đề nghị phường giải thích rõ theo hướng dẫn của thành phố.
Kết luận, bà Lê Thị Ngọc Dung đề nghị phường phối hợp với Mặt trận thành lập 5 tổ phản ứng nhanh tiếp nhận phản ánh; tiếp tục vận động các mạnh thường quân duy trì 12 "Bếp ăn nghĩa tình" và chương trình "Túi an sinh" cho hộ nghèo. Kết quả giám sát sẽ được tổng hợp báo cáo Ban Thường vụ Quận ủy theo Quyết định số 217-QĐ/TW của Bộ Chính trị.
Đoàn cũng lưu ý phường cần có phương án hỗ trợ kịp thời cho những người lao động ngoại tỉnh không có hợp đồng lao động, người mất việc chưa có tên trong danh sách đợt trước; đồng thời thường xuyên cập nhật thông tin trên nhóm Zalo của các khu phố để người dân nắm rõ quy trình.
Bên cạnh đó, đoàn cũng ghi nhận tinh thần tự nguyện của nhiều hộ dân đã chủ động từ chối nhận hỗ trợ để nhường cho người khó khăn hơn, góp phần lan tỏa tinh thần "tương thân tương ái" trong những ngày thành phố thực hiện giãn cách xã hội.
Phương Thảo
Tin cùng chuyên mục
- Mặt trận quận tiếp nhận 20 tấn rau củ từ các tỉnh miền Tây (10/9/2021)
- Phường 10 ra mắt mô hình "Tủ đồ 0 đồng" (05/9/2021)
- Trao 1.500 túi an sinh cho hộ nghèo phường 16 (28/8/2021)
""", "2021-09-16", "Giám sát chi hỗ trợ người lao động tự do tại phường 14",
E("giam_sat", None, "2021-09-15"),
[P("Lê Thị Ngọc Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận", "trưởng đoàn"),
 P("Võ Văn Tám", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam quận"),
 P("Hứa Thị Mỹ Linh", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam quận"),
 P("Đặng Minh Hiếu", "Chủ tịch UBND phường 14"),
 P("Lâm Thị Phấn")],
[Q("4.318 người lao động tự do", 4318, "người lao động tự do"), Q("1,5 triệu đồng/người", 1500000, "đồng"),
 Q("9.720 hộ", 9720, "hộ"), Q("7,26 tỷ đồng", 7260000000, "đồng"), Q("62 khu phố", 62, "khu phố"),
 Q("86 trường hợp", 86, "trường hợp"), Q("214 hộ tạm trú", 214, "hộ tạm trú"), Q("5 người", 5, "người"),
 Q("5 tổ phản ứng nhanh", 5, "tổ phản ứng nhanh"), Q("12 \"Bếp ăn nghĩa tình\"", 12, "Bếp ăn nghĩa tình")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 01/7/2021"),
 D("Quyết định", "23", "2021/QĐ-TTg", "2021-07-07", "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg ngày 07/7/2021"),
 D("Nghị quyết", "97", "NQ-CP", None, None, "Nghị quyết 97/NQ-CP"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW")],
[prov("Hồ Chí Minh"), com("phường 14")],
["Ủy ban MTTQ Việt Nam quận Gò Vấp", "Trang chủ › Tin tức › Giám sát - Phản biện xã hội",
 "Thành viên đoàn giám sát kiểm tra danh sách chi hỗ trợ.",
 "3 công khai: công khai danh sách, công khai mức hỗ trợ, công khai số điện thoại đường dây nóng", "Bếp ăn nghĩa tình", "Túi an sinh",
 "tương thân tương ái"],
["Thứ Năm, 16/09/2021 - 07:30", "COVID-19", "đợt 1", "đợt 3", "3 công khai", "ngày 20/9", "khu phố 3", "1 phần hỗ trợ"]))
