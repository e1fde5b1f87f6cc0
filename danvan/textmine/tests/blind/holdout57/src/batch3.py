from lib import *
PAGES = []

PAGES.append(page("b1337-quangtri-hlhpn-hailang-traoqua-2020", """
BÁO QUẢNG TRỊ ĐIỆN TỬ
Trang chủ > Xã hội > Khắc phục hậu quả mưa lũ
02/11/2020 | 17:20
Trao 350 suất quà cho phụ nữ vùng lũ Hải Lăng
QTO - Chiều 1/11, Hội LHPN huyện Hải Lăng phối hợp với Hội LHPN quận 3, TP Hồ Chí Minh tổ chức trao 350 suất quà cho hội viên phụ nữ bị thiệt hại nặng trong đợt mưa lũ lịch sử vừa qua tại các xã Hải Chánh, Hải Sơn, Hải Phong.
Các đại biểu trao quà cho hội viên phụ nữ xã Hải Chánh.
Mỗi suất quà gồm 500.000 đồng tiền mặt, 10 kg gạo, mì tôm và nước uống, tổng trị giá 245 triệu đồng. Tham dự buổi trao quà có bà Hoàng Thị Thu Hiền, Phó Chủ tịch Hội LHPN tỉnh Quảng Trị; bà Nguyễn Thị Mai Anh, Phó Chủ tịch Hội LHPN quận 3, TP Hồ Chí Minh; bà Lê Thị Hương, Huyện ủy viên, Chủ tịch Hội LHPN huyện Hải Lăng.
Theo thống kê ban đầu, đợt mưa lũ từ ngày 6 đến 20/10 đã làm hơn 1.260 hộ ở 3 xã nói trên bị ngập sâu, 28 căn nhà bị hư hỏng nặng, gần 4.500 con gia cầm bị cuốn trôi; nhiều hội viên mất trắng vụ lúa, rau màu. Trong đó, có 97 hội viên thuộc hộ nghèo, hộ cận nghèo và phụ nữ đơn thân nuôi con nhỏ.
Bà Lê Thị Hương cho biết, thực hiện Công văn số 245/HLHPN-GĐXH của Hội LHPN tỉnh về vận động hỗ trợ phụ nữ vùng lũ và Kế hoạch số 112/KH-UBND ngày 20/10/2020 của UBND huyện Hải Lăng về khắc phục hậu quả mưa lũ, các cấp Hội trong huyện đã tiếp nhận 18 đoàn cứu trợ, trao hơn 2.300 suất quà với tổng trị giá khoảng 1,1 tỷ đồng. Hội LHPN huyện cũng huy động 460 lượt hội viên giúp dọn dẹp nhà cửa, trường học, trạm y tế sau lũ.
Xúc động nhận quà, bà Trần Thị Lài, ở thôn Câu Nhi, xã Hải Chánh chia sẻ: "Nhà tôi ngập gần tới nóc, lúa giống, heo gà trôi hết. Số tiền này tôi sẽ mua giống để gieo lại vụ đông xuân". Chị Phan Thị Ngọc, Chi hội trưởng phụ nữ thôn Mỹ Chánh, xã Hải Chánh, cho biết chi hội có 64 hội viên thì 51 chị bị thiệt hại.
Phát biểu tại buổi trao quà, bà Hoàng Thị Thu Hiền cảm ơn tình cảm của phụ nữ quận 3 dành cho phụ nữ Quảng Trị, đồng thời đề nghị Hội LHPN huyện rà soát, ưu tiên hỗ trợ sinh kế cho phụ nữ nghèo sau lũ theo Quyết định số 1409/QĐ-UBND ngày 26/10/2020 của UBND tỉnh về hỗ trợ khôi phục sản xuất. Bà Nguyễn Thị Mai Anh cho biết, thời gian tới Hội LHPN quận 3 sẽ tiếp tục hỗ trợ 5 căn nhà "Mái ấm tình thương" cho hội viên có nhà bị sập hoàn toàn.
Cùng ngày, đoàn đã đến thăm, trao quà cho 2 trường mầm non bị ảnh hưởng nặng tại xã Hải Sơn.
Hoàng Táo
Lượt xem: 1.478
Tin liên quan
- Hội LHPN tỉnh tiếp nhận 600 triệu đồng ủng hộ vùng lũ (30/10/2020)
- Triệu Phong: phụ nữ nấu cơm cho bà con vùng ngập (21/10/2020)
- Hải Lăng: ngập sâu diện rộng (18/10/2020)
""", "2020-11-02", "Trao 350 suất quà cho phụ nữ vùng lũ Hải Lăng",
E("trao_qua", None, "2020-11-01"),
[P("Hoàng Thị Thu Hiền", "Phó Chủ tịch Hội LHPN tỉnh Quảng Trị"),
 P("Nguyễn Thị Mai Anh", "Phó Chủ tịch Hội LHPN quận 3"),
 P("Lê Thị Hương", "Huyện ủy viên", "Chủ tịch Hội LHPN huyện Hải Lăng"),
 P("Trần Thị Lài"),
 P("Phan Thị Ngọc", "Chi hội trưởng phụ nữ thôn Mỹ Chánh")],
[Q("350 suất quà", 350, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("10 kg", 10, "kg"), Q("245 triệu đồng", 245000000, "đồng"),
 Q("hơn 1.260 hộ", 1260, "hộ", "over"), Q("3 xã", 3, "xã"), Q("28 căn nhà", 28, "căn nhà"), Q("gần 4.500 con gia cầm", 4500, "con gia cầm", "approx"),
 Q("97 hội viên", 97, "hội viên"), Q("18 đoàn cứu trợ", 18, "đoàn cứu trợ"), Q("hơn 2.300 suất quà", 2300, "suất quà", "over"),
 Q("khoảng 1,1 tỷ đồng", 1100000000, "đồng", "approx"), Q("460 lượt hội viên", 460, "lượt hội viên"), Q("64 hội viên", 64, "hội viên"),
 Q("51 chị", 51, "chị"), Q('5 căn nhà "Mái ấm tình thương"', 5, "căn nhà"), Q("2 trường mầm non", 2, "trường mầm non")],
[D("Công văn", "245", "HLHPN-GĐXH", None, "Hội LHPN tỉnh", "Công văn số 245/HLHPN-GĐXH của Hội LHPN tỉnh"),
 D("Kế hoạch", "112", "KH-UBND", "2020-10-20", "UBND huyện Hải Lăng", "Kế hoạch số 112/KH-UBND ngày 20/10/2020 của UBND huyện Hải Lăng"),
 D("Quyết định", "1409", "QĐ-UBND", "2020-10-26", "UBND tỉnh", "Quyết định số 1409/QĐ-UBND ngày 26/10/2020 của UBND tỉnh")],
[prov("Quảng Trị"), prov("Hồ Chí Minh"), com("Hải Chánh"), com("Hải Sơn"), com("Hải Phong")],
["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Trang chủ > Xã hội > Khắc phục hậu quả mưa lũ", "QTO -", "Các đại biểu trao quà cho hội viên phụ nữ xã Hải Chánh.",
 "Mái ấm tình thương", "Lượt xem: 1.478"],
["02/11/2020 | 17:20", "từ ngày 6 đến 20/10", "quận 3", "Lượt xem: 1.478"]))

PAGES.append(page("b1338-angiang-hnd-thoaison-tongket-2021", """
BÁO AN GIANG ONLINE
Chính trị › Mặt trận - Đoàn thể
Ngày 24/12/2021 | 15:05
Nông dân Thoại Sơn vượt khó trong đại dịch
Toàn cảnh hội nghị. Ảnh: Hữu Huynh
(BAG) - Chiều 23/12, Hội Nông dân huyện Thoại Sơn tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2021, triển khai phương hướng, nhiệm vụ năm 2022. Tham dự có ông Lâm Quang Thi, Ủy viên Ban Thường vụ, Phó Chủ tịch Hội Nông dân tỉnh An Giang; ông Nguyễn Văn Quí, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận - Chủ tịch Ủy ban MTTQ Việt Nam huyện Thoại Sơn.
Năm 2021, trong bối cảnh dịch COVID-19 diễn biến phức tạp, nhất là thời gian thực hiện giãn cách xã hội theo Chỉ thị 15, 16/CT-TTg của Thủ tướng Chính phủ, các cấp Hội đã linh hoạt chuyển sang hình thức sinh hoạt chi hội trực tuyến, qua nhóm Zalo. Hội vận động hội viên, nông dân đóng góp hơn 5.600 tấn nông sản, rau củ quả cho các điểm cách ly và "Bếp ăn nghĩa tình"; phối hợp thu mua, giải cứu trên 1.200 tấn dưa hấu, khoai lang giúp nông dân.
Toàn huyện có 22.318 hội viên sinh hoạt ở 17 cơ sở Hội. Năm qua, Hội kết nạp mới 615 hội viên; có 8.120 hộ đạt danh hiệu nông dân sản xuất, kinh doanh giỏi các cấp. Nguồn Quỹ Hỗ trợ nông dân huyện tăng thêm 480 triệu đồng, đạt tổng nguồn vốn 6,7 tỷ đồng; dư nợ ủy thác qua Ngân hàng Chính sách xã hội đạt 198 tỷ đồng. Hội phối hợp triển khai chính sách hỗ trợ người lao động gặp khó khăn theo Nghị quyết 68/NQ-CP ngày 1/7/2021 của Chính phủ và Quyết định 23/2021/QĐ-TTg của Thủ tướng Chính phủ đến hơn 3.400 lao động tự do là hội viên nông dân.
Đặc biệt, các cơ sở Hội ở xã Vọng Thê, Óc Eo, Định Thành và thị trấn Núi Sập đã vận động thành lập 12 tổ hợp tác sản xuất lúa theo chuỗi liên kết, diện tích hơn 4.200 ha. Ông Trương Văn Dũng, Chủ tịch Hội Nông dân xã Vọng Thê, cho biết: "Nhờ liên kết với doanh nghiệp bao tiêu, nông dân bán lúa cao hơn giá thị trường 150 đồng/kg, bớt lo thương lái ép giá khi giãn cách".
Theo ông Phan Văn Nhẫn, Huyện ủy viên, Chủ tịch Hội Nông dân huyện, năm 2022, Hội tập trung thực hiện Nghị quyết 128/NQ-CP ngày 11/10/2021 của Chính phủ về thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19, khôi phục sản xuất; đồng thời triển khai Kế hoạch số 47-KH/HU của Huyện ủy Thoại Sơn thực hiện Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025 về phát triển nông nghiệp công nghệ cao.
Phát biểu chỉ đạo, ông Lâm Quang Thi biểu dương Hội Nông dân huyện Thoại Sơn là một trong những đơn vị dẫn đầu khối huyện, thị, thành Hội của tỉnh năm 2021. Ông Nguyễn Văn Quí đề nghị Hội tiếp tục bám sát cơ sở, nắm chắc tâm tư của nông dân, tham gia hòa giải mâu thuẫn ngay từ chi hội.
Dịp này, Ban Thường vụ Hội Nông dân huyện tặng giấy khen cho 14 tập thể, 31 cá nhân; Hội Nông dân tỉnh tặng cờ thi đua cho Hội Nông dân xã Vọng Thê.
Hữu Huynh
Lượt xem: 826
Tin cùng chuyên mục
- Hội Nông dân tỉnh tổng kết năm 2021 (21/12/2021)
- Châu Thành: trao 100 phần quà cho hội viên khó khăn (16/12/2021)
- Chợ Mới: nông dân đóng góp xây cầu nông thôn (09/12/2021)
""", "2021-12-24", "Nông dân Thoại Sơn vượt khó trong đại dịch",
E("tong_ket", "2021", "2021-12-23"),
[P("Lâm Quang Thi", "Ủy viên Ban Thường vụ", "Phó Chủ tịch Hội Nông dân tỉnh An Giang"),
 P("Nguyễn Văn Quí", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận - Chủ tịch Ủy ban MTTQ Việt Nam huyện Thoại Sơn"),
 P("Trương Văn Dũng", "Chủ tịch Hội Nông dân xã Vọng Thê"),
 P("Phan Văn Nhẫn", "Huyện ủy viên", "Chủ tịch Hội Nông dân huyện")],
[Q("hơn 5.600 tấn", 5600, "tấn", "over"), Q("trên 1.200 tấn", 1200, "tấn", "over"), Q("22.318 hội viên", 22318, "hội viên"),
 Q("17 cơ sở Hội", 17, "cơ sở Hội"), Q("615 hội viên", 615, "hội viên"), Q("8.120 hộ", 8120, "hộ"),
 Q("480 triệu đồng", 480000000, "đồng"), Q("6,7 tỷ đồng", 6700000000, "đồng"), Q("198 tỷ đồng", 198000000000, "đồng"),
 Q("hơn 3.400 lao động tự do", 3400, "lao động tự do", "over"), Q("12 tổ hợp tác sản xuất lúa", 12, "tổ hợp tác sản xuất lúa"),
 Q("hơn 4.200 ha", 4200, "ha", "over"), Q("150 đồng/kg", 150, "đồng"), Q("14 tập thể", 14, "tập thể"), Q("31 cá nhân", 31, "cá nhân")],
[D("Chỉ thị", "15", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 15, 16/CT-TTg của Thủ tướng Chính phủ"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 15, 16/CT-TTg của Thủ tướng Chính phủ"),
 D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết 68/NQ-CP ngày 1/7/2021 của Chính phủ"),
 D("Quyết định", "23", "2021/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 23/2021/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Nghị quyết", "128", "NQ-CP", "2021-10-11", "Chính phủ", "Nghị quyết 128/NQ-CP ngày 11/10/2021 của Chính phủ"),
 D("Kế hoạch", "47", "KH/HU", None, "Huyện ủy Thoại Sơn", "Kế hoạch số 47-KH/HU của Huyện ủy Thoại Sơn")],
[prov("An Giang"), com("Vọng Thê"), com("Óc Eo"), com("Định Thành"), com("Núi Sập")],
["BÁO AN GIANG ONLINE", "Chính trị › Mặt trận - Đoàn thể", "Toàn cảnh hội nghị. Ảnh: Hữu Huynh", "(BAG)", "Bếp ăn nghĩa tình",
 "Nghị quyết Đại hội Đảng bộ huyện", "Lượt xem: 826"],
["Ngày 24/12/2021 | 15:05", "năm 2021", "năm 2022", "COVID-19", "Năm qua", "nhiệm kỳ 2020 - 2025", "Lượt xem: 826"]))

PAGES.append(page("b1339-binhdinh-hccb-phucat-daihoi-2022", """
BÁO BÌNH ĐỊNH ONLINE
Trang chủ » Chính trị » Xây dựng Đảng
Thứ Sáu, 20/05/2022 - 16:45
Ông Huỳnh Văn Bình tái đắc cử Chủ tịch Hội Cựu chiến binh huyện Phù Cát
Ban Chấp hành Hội Cựu chiến binh huyện khóa VII ra mắt đại hội.
Ngày 19/5, Hội Cựu chiến binh huyện Phù Cát tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022 - 2027. Dự đại hội có các đồng chí: Trần Văn Ba, Ủy viên Ban Thường vụ, Phó Chủ tịch Hội Cựu chiến binh tỉnh Bình Định; Lê Thị Kim Lan, Tỉnh ủy viên, Bí thư Huyện ủy Phù Cát; Nguyễn Thành Trung, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện cùng 168 đại biểu thay mặt cho 4.215 hội viên của 18 cơ sở Hội.
Nhiệm kỳ 2017 - 2022, Hội Cựu chiến binh huyện đã lãnh đạo thực hiện đạt và vượt 12/14 chỉ tiêu đại hội đề ra. Các cấp Hội triển khai có hiệu quả Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và Kết luận 11, 12-KL/HU của Ban Thường vụ Huyện ủy về xây dựng tổ chức cơ sở đảng, phát triển đảng viên trong cựu chiến binh. Hội viên cựu chiến binh đã hỗ trợ nhau 2,8 tỷ đồng vốn không lãi, 6.300 ngày công; phối hợp xây dựng 23 căn nhà "Nghĩa tình đồng chí, đồng đội" trị giá gần 1,4 tỷ đồng. Toàn huyện có 516 hội viên là chủ trang trại, gia trại, cơ sở sản xuất kinh doanh, giải quyết việc làm cho 1.870 lao động. Số hộ hội viên nghèo giảm còn 0,92%.
Thực hiện Quyết định số 1162/QĐ-TTg ngày 26/9/2016 của Thủ tướng Chính phủ về đề án Hội Cựu chiến binh tham gia giữ gìn trật tự an toàn giao thông, bảo vệ môi trường, các cấp Hội đã ra mắt 26 mô hình tự quản về an ninh trật tự ở thôn, khu phố. Tiêu biểu là mô hình "Cựu chiến binh tham gia bảo vệ biển đảo" ở xã Cát Tiến và "Tổ tuần tra cựu chiến binh" ở thị trấn Ngô Mây.
Phát biểu chỉ đạo đại hội, bà Lê Thị Kim Lan đề nghị Hội Cựu chiến binh huyện quán triệt Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; phát huy vai trò nòng cốt trong tham gia giải quyết đơn thư, tranh chấp đất đai ở cơ sở, nhất là tại các xã Cát Hanh, Cát Trinh nơi triển khai các dự án năng lượng tái tạo.
Đại hội đã bầu Ban Chấp hành Hội Cựu chiến binh huyện khóa VII gồm 15 ông, bà. Ông Huỳnh Văn Bình, Huyện ủy viên, được tín nhiệm tái cử giữ chức Chủ tịch Hội Cựu chiến binh huyện khóa VII; các ông Phó Chủ tịch Hội: Võ Ngọc Lâm, Đặng Văn Hòa. Đại hội cũng bầu 7 đại biểu dự Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VII.
Ngọc Nhuận
Lượt xem: 935
Tin liên quan
- Đại hội Hội Cựu chiến binh thị xã Hoài Nhơn nhiệm kỳ 2022 - 2027 (17/05/2022)
- Tây Sơn: đại hội điểm Hội Cựu chiến binh cấp xã (22/03/2022)
- Hội Cựu chiến binh tỉnh chỉ đạo đại hội cấp huyện (10/03/2022)
""", "2022-05-20", "Ông Huỳnh Văn Bình tái đắc cử Chủ tịch Hội Cựu chiến binh huyện Phù Cát",
E("dai_hoi", None, "2022-05-19"),
[P("Huỳnh Văn Bình", "Huyện ủy viên", "Chủ tịch Hội Cựu chiến binh huyện khóa VII", "Chủ tịch Hội Cựu chiến binh huyện Phù Cát"),
 P("Trần Văn Ba", "Ủy viên Ban Thường vụ", "Phó Chủ tịch Hội Cựu chiến binh tỉnh Bình Định"),
 P("Lê Thị Kim Lan", "Tỉnh ủy viên", "Bí thư Huyện ủy Phù Cát"),
 P("Nguyễn Thành Trung", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Võ Ngọc Lâm", "Phó Chủ tịch Hội"),
 P("Đặng Văn Hòa", "Phó Chủ tịch Hội")],
[Q("168 đại biểu", 168, "đại biểu"), Q("4.215 hội viên", 4215, "hội viên"), Q("18 cơ sở Hội", 18, "cơ sở Hội"),
 Q("12/14 chỉ tiêu", 12, "chỉ tiêu"), Q("2,8 tỷ đồng", 2800000000, "đồng"), Q("6.300 ngày công", 6300, "ngày công"),
 Q('23 căn nhà "Nghĩa tình đồng chí, đồng đội"', 23, "căn nhà"), Q("gần 1,4 tỷ đồng", 1400000000, "đồng", "approx"),
 Q("516 hội viên", 516, "hội viên"), Q("1.870 lao động", 1870, "lao động"), Q("0,92%", 0.92, "%"),
 Q("26 mô hình tự quản về an ninh trật tự", 26, "mô hình tự quản về an ninh trật tự"), Q("15 ông, bà", 15, "ông, bà"),
 Q("7 đại biểu", 7, "đại biểu")],
[D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 05-CT/TW của Bộ Chính trị"),
 D("Kết luận", "11", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 11, 12-KL/HU của Ban Thường vụ Huyện ủy"),
 D("Kết luận", "12", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 11, 12-KL/HU của Ban Thường vụ Huyện ủy"),
 D("Quyết định", "1162", "QĐ-TTg", "2016-09-26", "Thủ tướng Chính phủ", "Quyết định số 1162/QĐ-TTg ngày 26/9/2016 của Thủ tướng Chính phủ"),
 D("Kết luận", "21", "KL/TW", "2021-10-25", "Ban Chấp hành Trung ương", "Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương")],
[prov("Bình Định"), com("Cát Tiến"), com("Ngô Mây"), com("Cát Hanh"), com("Cát Trinh")],
["BÁO BÌNH ĐỊNH ONLINE", "Trang chủ » Chính trị » Xây dựng Đảng", "Ban Chấp hành Hội Cựu chiến binh huyện khóa VII ra mắt đại hội.",
 "Nghĩa tình đồng chí, đồng đội", "tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Cựu chiến binh tham gia bảo vệ biển đảo", "Tổ tuần tra cựu chiến binh", "Lượt xem: 935"],
["Thứ Sáu, 20/05/2022 - 16:45", "lần thứ VII", "nhiệm kỳ 2022 - 2027", "Nhiệm kỳ 2017 - 2022", "khóa VII", "Lượt xem: 935"]))

PAGES.append(page("b1340-quangngai-huyendoan-binhson-giaoban-2022", """
TỈNH ĐOÀN QUẢNG NGÃI - CỔNG THÔNG TIN ĐIỆN TỬ
Vị trí: Trang chủ / Tin tức - Sự kiện / Hoạt động cơ sở
07/07/2022 - 15:40
Quang cảnh buổi giao ban.
Huyện đoàn Bình Sơn giao ban công tác Đoàn quý II
Ngày 6/7/2022, Ban Thường vụ Huyện đoàn Bình Sơn tổ chức giao ban công tác Đoàn và phong trào thanh thiếu nhi quý II/2022, triển khai nhiệm vụ quý III. Chủ trì giao ban có anh Phạm Văn Tâm, Ủy viên Ban Chấp hành Tỉnh đoàn, Bí thư Huyện đoàn và các đồng chí Phó Bí thư Huyện đoàn: Đinh Thị Ngọc Lan, Trương Công Hậu. Dự giao ban có anh Lê Quang Vinh, Phó Bí thư Tỉnh đoàn Quảng Ngãi cùng bí thư đoàn 22 xã, thị trấn và 9 đoàn cơ sở trực thuộc.
Theo báo cáo, trong quý II, các cơ sở Đoàn đã tổ chức lễ ra quân Chiến dịch thanh niên tình nguyện hè năm 2022 theo Kế hoạch 82-KH/TĐTN-PT của Ban Thường vụ Tỉnh đoàn với 5 đội hình tình nguyện; hơn 1.500 lượt đoàn viên, thanh niên tham gia dọn vệ sinh môi trường, thu gom 12 tấn rác thải tại các bãi biển xã Bình Hải, Bình Châu. Huyện đoàn phối hợp Hội Liên hiệp Thanh niên huyện tổ chức 4 buổi tư vấn hướng nghiệp cho khoảng 900 học sinh cuối cấp, giới thiệu 136 thanh niên làm việc tại Khu kinh tế Dung Quất.
Trong quý, toàn huyện kết nạp 218 đoàn viên mới; thành lập 2 chi đoàn ngư dân trên biển tại xã Bình Châu với 37 đoàn viên. Các cơ sở Đoàn xây dựng 3 "Ngôi nhà khăn quàng đỏ" tặng thiếu nhi có hoàn cảnh đặc biệt khó khăn, mỗi căn trị giá 45 triệu đồng. Thực hiện Nghị quyết 09-NQ/HU ngày 15/4/2021 của Ban Chấp hành Đảng bộ huyện Bình Sơn về phát triển kinh tế biển, Huyện đoàn đã hỗ trợ 6 mô hình thanh niên phát triển kinh tế với tổng số vốn 720 triệu đồng.
Bên cạnh đó, giao ban cũng thẳng thắn chỉ ra hạn chế: một số đoàn xã chưa chủ động nắm tình hình thanh niên đi làm ăn xa; việc báo cáo số liệu về Huyện đoàn còn chậm; hoạt động của các câu lạc bộ đội nhóm chưa đều.
Phát biểu kết luận, anh Phạm Văn Tâm đề nghị quý III các cơ sở Đoàn tập trung thực hiện Chỉ thị số 13-CT/HU ngày 20/5/2022 của Ban Thường vụ Huyện ủy Bình Sơn về tăng cường công tác phòng chống đuối nước cho trẻ em trong dịp hè; tổ chức các hoạt động kỷ niệm 75 năm Ngày Thương binh - Liệt sĩ; chuẩn bị tốt đại hội đoàn cấp cơ sở nhiệm kỳ 2022 - 2027 theo Hướng dẫn số 15-HD/TĐTN-TCKT của Ban Thường vụ Tỉnh đoàn. Anh Tâm lưu ý đến ngày 30/9/2022, 100% đoàn cơ sở phải hoàn thành đại hội.
Cũng tại buổi giao ban, chị Đinh Thị Ngọc Lan triển khai kế hoạch tổ chức Tuyên dương "Thanh niên tiên tiến làm theo lời Bác" cấp huyện lần thứ VI. Anh Nguyễn Văn Hùng, Bí thư Đoàn xã Bình Trị, chia sẻ cách tập hợp thanh niên công nhân lao động tại các doanh nghiệp trên địa bàn xã.
Tuổi trẻ Bình Sơn
Lượt xem: 310
Tin khác
- Tỉnh đoàn ra quân Chiến dịch thanh niên tình nguyện hè (25/06/2022)
- Sơn Tịnh: đại hội điểm Đoàn xã Tịnh Hà (15/06/2022)
- Bình Sơn: trao 30 suất học bổng "Tiếp sức đến trường" (01/06/2022)
""", "2022-07-07", "Huyện đoàn Bình Sơn giao ban công tác Đoàn quý II",
E("giao_ban", "2022-Q2", "2022-07-06"),
[P("Phạm Văn Tâm", "Ủy viên Ban Chấp hành Tỉnh đoàn", "Bí thư Huyện đoàn"),
 P("Đinh Thị Ngọc Lan", "Phó Bí thư Huyện đoàn"),
 P("Trương Công Hậu", "Phó Bí thư Huyện đoàn"),
 P("Nguyễn Văn Hùng", "Bí thư Đoàn xã Bình Trị"),
 P("Lê Quang Vinh", "Phó Bí thư Tỉnh đoàn Quảng Ngãi")],
[Q("22 xã, thị trấn", 22, "xã, thị trấn"), Q("9 đoàn cơ sở trực thuộc", 9, "đoàn cơ sở trực thuộc"),
 Q("5 đội hình tình nguyện", 5, "đội hình tình nguyện"), Q("hơn 1.500 lượt đoàn viên, thanh niên", 1500, "lượt đoàn viên, thanh niên", "over"),
 Q("12 tấn", 12, "tấn"), Q("4 buổi tư vấn hướng nghiệp", 4, "buổi tư vấn hướng nghiệp"), Q("khoảng 900 học sinh cuối cấp", 900, "học sinh cuối cấp", "approx"),
 Q("136 thanh niên", 136, "thanh niên"), Q("218 đoàn viên mới", 218, "đoàn viên mới"), Q("2 chi đoàn ngư dân trên biển", 2, "chi đoàn ngư dân trên biển"),
 Q("37 đoàn viên", 37, "đoàn viên"), Q('3 "Ngôi nhà khăn quàng đỏ"', 3, "Ngôi nhà khăn quàng đỏ"), Q("45 triệu đồng", 45000000, "đồng"),
 Q("6 mô hình thanh niên phát triển kinh tế", 6, "mô hình thanh niên phát triển kinh tế"), Q("720 triệu đồng", 720000000, "đồng"),
 Q("100% đoàn cơ sở", 100, "%")],
[D("Kế hoạch", "82", "KH/TĐTN-PT", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 82-KH/TĐTN-PT của Ban Thường vụ Tỉnh đoàn"),
 D("Nghị quyết", "09", "NQ/HU", "2021-04-15", "Ban Chấp hành Đảng bộ huyện Bình Sơn", "Nghị quyết 09-NQ/HU ngày 15/4/2021 của Ban Chấp hành Đảng bộ huyện Bình Sơn"),
 D("Chỉ thị", "13", "CT/HU", "2022-05-20", "Ban Thường vụ Huyện ủy Bình Sơn", "Chỉ thị số 13-CT/HU ngày 20/5/2022 của Ban Thường vụ Huyện ủy Bình Sơn"),
 D("Hướng dẫn", "15", "HD/TĐTN-TCKT", None, "Ban Thường vụ Tỉnh đoàn", "Hướng dẫn số 15-HD/TĐTN-TCKT của Ban Thường vụ Tỉnh đoàn")],
[prov("Quảng Ngãi"), com("Bình Hải"), com("Bình Châu"), com("Bình Trị")],
["TỈNH ĐOÀN QUẢNG NGÃI - CỔNG THÔNG TIN ĐIỆN TỬ", "Vị trí: Trang chủ / Tin tức - Sự kiện / Hoạt động cơ sở", "Quang cảnh buổi giao ban.",
 "Chiến dịch thanh niên tình nguyện hè năm 2022", "Ngôi nhà khăn quàng đỏ", "Thanh niên tiên tiến làm theo lời Bác", "Tuổi trẻ Bình Sơn", "Lượt xem: 310"],
["07/07/2022 - 15:40", "quý II/2022", "quý III", "năm 2022", "75 năm", "nhiệm kỳ 2022 - 2027", "lần thứ VI", "Lượt xem: 310"]))

PAGES.append(page("b1341-binhphuoc-hlhpn-budang-doithoai-2023", """
BÁO BÌNH PHƯỚC ONLINE
Trang chủ > Xã hội > Dân tộc - Tôn giáo
Thứ Sáu, 18/08/2023 | 10:20
Bù Đăng: Phụ nữ dân tộc thiểu số đối thoại với lãnh đạo huyện
Ngày 17/8/2023, tại xã Đăk Nhau, Hội LHPN huyện Bù Đăng phối hợp với Ban Dân vận Huyện ủy tổ chức đối thoại giữa Thường trực Huyện ủy, lãnh đạo UBND huyện với phụ nữ dân tộc thiểu số năm 2023. Chủ trì buổi đối thoại có bà Nguyễn Thị Xuân Hòa, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy; ông Điểu Lên, Phó Chủ tịch UBND huyện Bù Đăng và bà Trần Thị Thu Hương, Chủ tịch Hội LHPN huyện.
Bà Thị Khăng, hội viên phụ nữ thôn Bu Tiên, xã Đăk Nhau nêu ý kiến tại buổi đối thoại. Ảnh: Hoài Thu
Tham dự có hơn 200 hội viên phụ nữ là người S'tiêng, Mnông, Tày, Nùng, Dao đến từ 7 xã có đông đồng bào dân tộc thiểu số như Đăk Nhau, Bom Bo, Đường 10, Phú Sơn. Buổi đối thoại nằm trong khuôn khổ Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, được phê duyệt tại Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ.
Tại buổi đối thoại, 14 ý kiến của chị em tập trung vào vấn đề vay vốn phát triển kinh tế, đất sản xuất, nước sinh hoạt, tảo hôn và hôn nhân cận huyết thống. Bà Điểu Thị Nhanh, Chi hội trưởng phụ nữ sóc Bom Bo, xã Bom Bo, phản ánh nhiều hộ đồng bào S'tiêng vẫn thiếu đất sản xuất, phải đi làm thuê; bà Thị Khăng, hội viên phụ nữ thôn Bu Tiên, xã Đăk Nhau đề nghị hỗ trợ giếng nước cho 23 hộ trong thôn. Chị Hoàng Thị Lan, người Tày, thôn 4, xã Đường 10, hỏi về thủ tục vay vốn tạo việc làm cho lao động nữ.
Trả lời các ý kiến, ông Điểu Lên cho biết, năm 2023 huyện được phân bổ trên 82 tỷ đồng từ Chương trình mục tiêu quốc gia, đã hỗ trợ 146 hộ đất ở, 312 hộ nước sinh hoạt phân tán và chuyển đổi nghề cho 95 lao động. UBND huyện sẽ chỉ đạo xã Đăk Nhau khảo sát, hỗ trợ giếng khoan cho thôn Bu Tiên trong quý IV. Bà Trần Thị Thu Hương thông tin, thực hiện Quy chế phối hợp số 05-QCPH/CAH-HPN giữa Công an huyện và Hội LHPN huyện, năm 2023 các cấp Hội đã tổ chức 18 buổi truyền thông về phòng, chống tảo hôn cho hơn 1.100 lượt người; thành lập 4 "Địa chỉ tin cậy" tại cộng đồng.
Kết luận buổi đối thoại, bà Nguyễn Thị Xuân Hòa ghi nhận các ý kiến thẳng thắn, tâm huyết của chị em; yêu cầu các phòng, ban trả lời bằng văn bản những kiến nghị vượt thẩm quyền trước ngày 15/9. Bà đề nghị các cấp Hội tiếp tục thực hiện Kết luận số 03-KL/HU ngày 8/3/2023 của Ban Thường vụ Huyện ủy về công tác vận động phụ nữ dân tộc thiểu số và Kế hoạch 09-KH/HPN của Ban Thường vụ Hội LHPN huyện; vận động chị em không để con em bỏ học, không tảo hôn.
Dịp này, Hội LHPN huyện trao 50 phần quà, mỗi phần trị giá 300.000 đồng cho hội viên phụ nữ dân tộc thiểu số có hoàn cảnh khó khăn. Đây là buổi đối thoại thứ hai trong năm do Hội LHPN các huyện của tỉnh Bình Phước tổ chức theo Dự án 8.
Hoài Thu
Lượt xem: 1.203
Tin liên quan
- Bù Gia Mập: ra mắt 5 "Địa chỉ tin cậy" (10/08/2023)
- Hội LHPN tỉnh tập huấn Dự án 8 (28/07/2023)
- Phước Long: phụ nữ S'tiêng giữ nghề dệt thổ cẩm (20/07/2023)
""", "2023-08-18", "Bù Đăng: Phụ nữ dân tộc thiểu số đối thoại với lãnh đạo huyện",
E("doi_thoai", "2023", "2023-08-17"),
[P("Nguyễn Thị Xuân Hòa", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Điểu Lên", "Phó Chủ tịch UBND huyện Bù Đăng"),
 P("Trần Thị Thu Hương", "Chủ tịch Hội LHPN huyện"),
 P("Thị Khăng", "hội viên phụ nữ thôn Bu Tiên"),
 P("Điểu Thị Nhanh", "Chi hội trưởng phụ nữ sóc Bom Bo"),
 P("Hoàng Thị Lan")],
[Q("hơn 200 hội viên phụ nữ", 200, "hội viên phụ nữ", "over"), Q("7 xã", 7, "xã"), Q("14 ý kiến", 14, "ý kiến"),
 Q("23 hộ", 23, "hộ"), Q("trên 82 tỷ đồng", 82000000000, "đồng", "over"), Q("146 hộ", 146, "hộ"), Q("312 hộ", 312, "hộ"),
 Q("95 lao động", 95, "lao động"), Q("18 buổi truyền thông", 18, "buổi truyền thông"), Q("hơn 1.100 lượt người", 1100, "lượt người", "over"),
 Q('4 "Địa chỉ tin cậy"', 4, "Địa chỉ tin cậy"), Q("50 phần quà", 50, "phần quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ"),
 D("Quy chế phối hợp", "05", "QCPH/CAH-HPN", None, None, "Quy chế phối hợp số 05-QCPH/CAH-HPN"),
 D("Kết luận", "03", "KL/HU", "2023-03-08", "Ban Thường vụ Huyện ủy", "Kết luận số 03-KL/HU ngày 8/3/2023 của Ban Thường vụ Huyện ủy"),
 D("Kế hoạch", "09", "KH/HPN", None, "Ban Thường vụ Hội LHPN huyện", "Kế hoạch 09-KH/HPN của Ban Thường vụ Hội LHPN huyện")],
[prov("Bình Phước"), com("Đăk Nhau"), com("Bom Bo"), com("Đường 10"), com("Phú Sơn")],
["BÁO BÌNH PHƯỚC ONLINE", "Trang chủ > Xã hội > Dân tộc - Tôn giáo",
 "Bà Thị Khăng, hội viên phụ nữ thôn Bu Tiên, xã Đăk Nhau nêu ý kiến tại buổi đối thoại. Ảnh: Hoài Thu",
 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030",
 "Địa chỉ tin cậy", "Lượt xem: 1.203"],
["Thứ Sáu, 18/08/2023 | 10:20", "năm 2023", "Dự án 8", "giai đoạn 2021 - 2030", "thôn 4", "Đường 10", "quý IV", "Lượt xem: 1.203"]))

PAGES.append(page("b1342-haugiang-hnd-phunghiep-giamsat-2023", """
BÁO HẬU GIANG ĐIỆN TỬ
Trang chủ | Chính trị | Mặt trận - Đoàn thể
Thứ Năm, 14/09/2023 - 14:50
Giám sát việc hỗ trợ nông dân chuyển đổi cơ cấu cây trồng tại Phụng Hiệp
Ngày 13/9, Đoàn giám sát Hội Nông dân huyện Phụng Hiệp, tỉnh Hậu Giang do ông Lê Văn Tươi, Huyện ủy viên, Chủ tịch Hội Nông dân huyện làm trưởng đoàn, đã giám sát việc thực hiện chính sách hỗ trợ nông dân chuyển đổi cơ cấu cây trồng trên đất lúa tại xã Tân Phước Hưng và xã Hòa An.
Đoàn giám sát khảo sát vườn mít Thái của hội viên ở ấp Mỹ Hiệp, xã Tân Phước Hưng.
Đây là 1 trong 3 cuộc giám sát chuyên đề năm 2023 nằm trong Chương trình giám sát số 03-CTr/HND ngày 10/2/2023 của Ban Thường vụ Hội Nông dân huyện, thực hiện Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Kết luận số 29-KL/HU của Ban Thường vụ Huyện ủy về phát huy vai trò giám sát, phản biện xã hội của Mặt trận và các đoàn thể. Thành viên đoàn gồm các ông, bà: Nguyễn Thị Bé Ba, Võ Minh Triều - Phó Chủ tịch Hội Nông dân huyện; ông Trần Quốc Khởi, Phó Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện.
Theo báo cáo của UBND xã Tân Phước Hưng, thực hiện Nghị quyết số 12-NQ/TU ngày 18/5/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp theo hướng hàng hóa và Quyết định số 08/2023/QĐ-UBND ngày 10/3/2023 của UBND tỉnh Hậu Giang quy định mức hỗ trợ chuyển đổi cây trồng, từ năm 2021 đến nay, xã đã chuyển đổi 286 ha đất lúa kém hiệu quả sang trồng mít, bưởi, chanh không hạt; 174 hộ được hỗ trợ giống, phân bón với tổng kinh phí hơn 1,9 tỷ đồng. Tại xã Hòa An, có 92 hộ tham gia chuyển đổi với diện tích 118 ha, được hỗ trợ 760 triệu đồng. Thu nhập bình quân trên diện tích chuyển đổi tăng 2,5 đến 3 lần so với trồng lúa.
Qua làm việc, đoàn giám sát ghi nhận việc bình xét đối tượng hỗ trợ cơ bản công khai, đúng quy trình; tuy nhiên còn 17 hộ chưa được giải ngân kinh phí hỗ trợ năm 2022 do vướng thủ tục. Ông Nguyễn Văn Chín, hội viên Chi hội Nông dân ấp Mỹ Hiệp, xã Tân Phước Hưng, phản ánh giá mít giảm sâu, nhiều hộ chuyển đổi lo lắng đầu ra. Ông Huỳnh Thanh Phong, Phó Bí thư Thường trực Đảng ủy, Chủ tịch Hội Nông dân xã Hòa An, kiến nghị có chính sách hỗ trợ xây dựng mã số vùng trồng để xuất khẩu.
Kết luận buổi giám sát, ông Lê Văn Tươi đề nghị UBND 2 xã khẩn trương hoàn thiện hồ sơ, giải ngân dứt điểm kinh phí cho các hộ còn tồn đọng trước ngày 30/10/2023; phối hợp Hội Nông dân xã vận động nông dân liên kết thành lập tổ hợp tác, hợp tác xã để ổn định đầu ra. Kết quả giám sát sẽ được báo cáo Ban Thường vụ Huyện ủy và Hội Nông dân tỉnh Hậu Giang.
Ông Lê Văn Tươi cũng cho biết, năm 2023 các cấp Hội Nông dân trong huyện chủ trì 12 cuộc giám sát, 5 hội nghị phản biện xã hội; đến nay đã thực hiện được 9 cuộc giám sát.
Minh Huyền
Lượt xem: 574
Tin cùng chuyên mục
- Hội Nông dân tỉnh giám sát việc thực hiện Quỹ Hỗ trợ nông dân (07/09/2023)
- Long Mỹ: nông dân liên kết trồng khóm (31/08/2023)
- Vị Thủy: hội nghị phản biện dự thảo quy định hỗ trợ sản xuất (25/08/2023)
""", "2023-09-14", "Giám sát việc hỗ trợ nông dân chuyển đổi cơ cấu cây trồng tại Phụng Hiệp",
E("giam_sat", "2023", "2023-09-13"),
[P("Lê Văn Tươi", "Huyện ủy viên", "Chủ tịch Hội Nông dân huyện"),
 P("Nguyễn Thị Bé Ba", "Phó Chủ tịch Hội Nông dân huyện"),
 P("Võ Minh Triều", "Phó Chủ tịch Hội Nông dân huyện"),
 P("Trần Quốc Khởi", "Phó Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện"),
 P("Nguyễn Văn Chín", "hội viên Chi hội Nông dân ấp Mỹ Hiệp"),
 P("Huỳnh Thanh Phong", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch Hội Nông dân xã Hòa An")],
[Q("3 cuộc giám sát chuyên đề", 3, "cuộc giám sát chuyên đề"), Q("286 ha", 286, "ha"), Q("174 hộ", 174, "hộ"),
 Q("hơn 1,9 tỷ đồng", 1900000000, "đồng", "over"), Q("92 hộ", 92, "hộ"), Q("118 ha", 118, "ha"), Q("760 triệu đồng", 760000000, "đồng"),
 Q("17 hộ", 17, "hộ"), Q("2 xã", 2, "xã"), Q("12 cuộc giám sát", 12, "cuộc giám sát"), Q("5 hội nghị phản biện xã hội", 5, "hội nghị phản biện xã hội"),
 Q("9 cuộc giám sát", 9, "cuộc giám sát")],
[D("Chương trình", "03", "CTr/HND", "2023-02-10", "Ban Thường vụ Hội Nông dân huyện", "Chương trình giám sát số 03-CTr/HND ngày 10/2/2023 của Ban Thường vụ Hội Nông dân huyện"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"),
 D("Kết luận", "29", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận số 29-KL/HU của Ban Thường vụ Huyện ủy"),
 D("Nghị quyết", "12", "NQ/TU", "2021-05-18", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 12-NQ/TU ngày 18/5/2021 của Ban Chấp hành Đảng bộ tỉnh"),
 D("Quyết định", "08", "2023/QĐ-UBND", "2023-03-10", "UBND tỉnh Hậu Giang", "Quyết định số 08/2023/QĐ-UBND ngày 10/3/2023 của UBND tỉnh Hậu Giang")],
[prov("Hậu Giang"), com("Tân Phước Hưng"), com("Hòa An")],
["BÁO HẬU GIANG ĐIỆN TỬ", "Trang chủ | Chính trị | Mặt trận - Đoàn thể",
 "Đoàn giám sát khảo sát vườn mít Thái của hội viên ở ấp Mỹ Hiệp, xã Tân Phước Hưng.", "Lượt xem: 574"],
["Thứ Năm, 14/09/2023 - 14:50", "1 trong 3", "từ năm 2021 đến nay", "2,5 đến 3 lần", "năm 2022", "năm 2023", "Lượt xem: 574"]))
