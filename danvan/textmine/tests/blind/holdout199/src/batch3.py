from lib import *
PAGES = []

PAGES.append(page("b4745-quangtri-giaoban-2023", """
Cổng thông tin điện tử Hội LHPN tỉnh Quảng Trị
Trang chủ - Tin tức - Hoạt động Hội
06.07.2023 | 14:10
Đồng chí Hồ Thị Thu Hằng chủ trì buổi giao ban.
Giao ban công tác Hội quý II năm 2023: tập trung hỗ trợ phụ nữ di cư trở về
Ngày 5/7, Ban Thường vụ Hội LHPN tỉnh tổ chức giao ban công tác Hội và phong trào phụ nữ quý II năm 2023 với Hội LHPN 10 huyện, thị xã, thành phố, trong đó dành nhiều thời gian đánh giá công tác phòng, chống mua bán người, hỗ trợ phụ nữ di cư trở về. Đồng chí Hồ Thị Thu Hằng, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì.
Theo báo cáo, quý II các cấp Hội đã phối hợp tổ chức 72 buổi truyền thông tại cộng đồng với hơn 5.600 lượt người tham dự, trong đó có 18 buổi tại các bản đồng bào Vân Kiều, Pa Kô; tiếp nhận 9 phụ nữ trở về từ Lào, Thái Lan, Hàn Quốc. Hội đã kết nối cho 4 chị vào làm việc tại Khu kinh tế Đông Nam, hỗ trợ 3 chị vay vốn mỗi người 40 triệu đồng từ Quỹ "Phụ nữ khởi nghiệp". 22 "Địa chỉ tin cậy" và 115 câu lạc bộ "Phòng, chống bạo lực gia đình" duy trì sinh hoạt đều đặn.
Cũng trong quý, Hội LHPN tỉnh đã phối hợp triển khai Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ; thành lập mới 14 "Địa chỉ tin cậy" và 6 tổ truyền thông cộng đồng ở huyện Hướng Hóa, Đakrông, nâng số "Địa chỉ tin cậy" toàn tỉnh lên 36 địa chỉ.
Tại giao ban, bà Hồ Thị Lai, Chủ tịch Hội LHPN huyện Hướng Hóa, cho biết tình trạng tảo hôn ở một số xã biên giới còn 11 cặp trong 6 tháng, tập trung ở xã Hướng Lập và xã A Xing; bà Kăn Thị Lưu, Chủ tịch Hội LHPN xã A Ngo, đề nghị tỉnh hỗ trợ thêm tài liệu bằng tiếng Pa Kô. Bà Nguyễn Thị Ly, Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh, hướng dẫn các huyện xây dựng kế hoạch theo Hướng dẫn số 24/HD-ĐCT ngày 12/4/2023 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam.
Kết luận, đồng chí Hồ Thị Thu Hằng yêu cầu quý III các cấp Hội tập trung giải ngân nguồn vốn Dự án 8, tổ chức "Tháng hành động phòng, chống mua bán người" gắn với Ngày toàn dân phòng, chống mua bán người 30/7; thực hiện Kế hoạch 68-KH/TU, 69-KH/TU của Ban Thường vụ Tỉnh ủy; phấn đấu cuối năm có không dưới 45 "Địa chỉ tin cậy".
Ngọc Trâm
Lượt xem: 842
Tin cùng chuyên mục
- Hướng Hóa: ra mắt 5 tổ truyền thông cộng đồng (28/06/2023)
- Tập huấn Dự án 8 cho cán bộ Hội cơ sở (20/06/2023)
- Hội LHPN tỉnh trao 50 suất quà cho trẻ em mồ côi (01/06/2023)
""", "2023-07-06", "Giao ban công tác Hội quý II năm 2023: tập trung hỗ trợ phụ nữ di cư trở về",
E("giao_ban", "2023-Q2", "2023-07-05"),
[P("Hồ Thị Thu Hằng", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Hồ Thị Lai", "Chủ tịch Hội LHPN huyện Hướng Hóa"),
 P("Kăn Thị Lưu", "Chủ tịch Hội LHPN xã A Ngo"),
 P("Nguyễn Thị Ly", "Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh")],
[Q("10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố"), Q("72 buổi truyền thông", 72, "buổi truyền thông"),
 Q("hơn 5.600 lượt người", 5600, "lượt người", "over"), Q("18 buổi", 18, "buổi"), Q("9 phụ nữ", 9, "phụ nữ"),
 Q("4 chị", 4, "chị"), Q("3 chị", 3, "chị"), Q("40 triệu đồng", 40000000, "đồng"), Q('22 "Địa chỉ tin cậy"', 22, "Địa chỉ tin cậy"),
 Q('115 câu lạc bộ "Phòng, chống bạo lực gia đình"', 115, "câu lạc bộ"), Q('14 "Địa chỉ tin cậy"', 14, "Địa chỉ tin cậy"),
 Q("6 tổ truyền thông cộng đồng", 6, "tổ truyền thông cộng đồng"), Q("36 địa chỉ", 36, "địa chỉ"), Q("11 cặp", 11, "cặp"),
 Q('không dưới 45 "Địa chỉ tin cậy"', 45, "Địa chỉ tin cậy", "over")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg ngày 14/10/2021"),
 D("Hướng dẫn", "24", "HD-ĐCT", "2023-04-12", "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn số 24/HD-ĐCT ngày 12/4/2023"),
 D("Kế hoạch", "68", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 68-KH/TU"),
 D("Kế hoạch", "69", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "69-KH/TU")],
[prov("Quảng Trị"), com("Hướng Lập"), com("A Xing"), com("A Ngo")],
["Cổng thông tin điện tử Hội LHPN tỉnh Quảng Trị", "Trang chủ - Tin tức - Hoạt động Hội", "Đồng chí Hồ Thị Thu Hằng chủ trì buổi giao ban.",
 "Phụ nữ khởi nghiệp", "Địa chỉ tin cậy", "Phòng, chống bạo lực gia đình",
 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em", "Tháng hành động phòng, chống mua bán người",
 "Ngày toàn dân phòng, chống mua bán người", "Lượt xem: 842"],
["06.07.2023 | 14:10", "quý II năm 2023", "Dự án 8", "6 tháng", "quý III", "30/7", "Lượt xem: 842"]))

PAGES.append(page("b4746-laichau-giamsat-2023", """
BÁO LAI CHÂU ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
Cập nhật: 15:30, 18/10/2023 (GMT+7)
Hội LHPN tỉnh giám sát việc thực hiện chính sách hỗ trợ nạn nhân mua bán người
Trong 2 ngày (16 - 17/10/2023), đoàn giám sát của Ban Thường vụ Hội LHPN tỉnh Lai Châu do bà Tao Thị Vân, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ nạn nhân mua bán người và phòng, chống tảo hôn, hôn nhân cận huyết thống tại xã Pa Vây Sử và xã Mù Cả. Cùng đi có bà Phàn Thị Chiên, Phó Chủ tịch Hội LHPN tỉnh; ông Lò Văn Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Đoàn giám sát làm việc tại xã Mù Cả. Ảnh: Thu Hà
Theo báo cáo của UBND xã Pa Vây Sử, từ năm 2021 đến tháng 9/2023, xã có 6 phụ nữ bị mua bán trở về, trong đó 4 trường hợp được xác định là nạn nhân và hưởng hỗ trợ theo Nghị định số 09/2013/NĐ-CP và Nghị định 62/2012/NĐ-CP của Chính phủ, mỗi người được hỗ trợ ban đầu 1,5 triệu đồng, hỗ trợ học nghề 3 triệu đồng. Xã còn 7 cặp tảo hôn, 2 cặp kết hôn cận huyết thống; đã tổ chức 26 buổi tuyên truyền bằng tiếng Mông với khoảng 1.400 lượt người nghe.
Tại xã Mù Cả, ông Pờ Gò Phà, Chủ tịch UBND xã, cho biết xã đã thành lập 1 "Địa chỉ tin cậy" và 3 tổ truyền thông cộng đồng với 21 thành viên; đưa quy định không tảo hôn vào hương ước của 11 bản. Bà Chu Mỹ Xí, Chủ tịch Hội LHPN xã, phản ánh nhiều chị em trở về nhưng không khai báo vì mặc cảm; các cháu nhỏ sinh ra ở nước ngoài chưa có giấy tờ nên chưa được đi học.
Qua giám sát, đoàn đánh giá các xã đã quan tâm, song việc xác minh, xác định nạn nhân còn chậm; kinh phí cho tổ truyền thông thấp, chỉ 200.000 đồng/tháng; chưa có xã nào tổ chức đối thoại riêng với phụ nữ trở về. Đoàn kiến nghị UBND huyện Mường Tè chỉ đạo rà soát toàn bộ phụ nữ vắng mặt, phối hợp Đồn Biên phòng Ka Lăng hỗ trợ thủ tục cho trẻ em; đề nghị Sở Lao động - Thương binh và Xã hội tăng mức hỗ trợ theo Thông tư liên tịch số 134/2013/TTLT-BTC-BLĐTBXH.
Phát biểu kết luận, bà Tao Thị Vân đề nghị cấp ủy, chính quyền các xã tiếp tục thực hiện Chỉ thị 10-CT/TU, 11-CT/TU của Ban Thường vụ Tỉnh ủy và Kế hoạch số 3271/KH-UBND của UBND tỉnh; phân công mỗi cán bộ Hội phụ trách ít nhất 5 hộ có phụ nữ, trẻ em gái có nguy cơ.
Đợt giám sát nằm trong Kế hoạch giám sát số 21/KH-BTV năm 2023 của Ban Thường vụ Hội LHPN tỉnh, được thực hiện theo Quyết định 217-QĐ/TW của Bộ Chính trị.
Thu Hà
Lượt xem: 1.065
Tin liên quan
- Phong Thổ: 120 phụ nữ được tuyên truyền về phòng, chống tảo hôn (10/10/2023)
- Hội LHPN tỉnh ra mắt mô hình "Tổ truyền thông cộng đồng" tại Sìn Hồ (02/10/2023)
- Hỗ trợ 2 con bò cho phụ nữ nghèo xã Bum Tở (25/09/2023)
""", "2023-10-18", "Hội LHPN tỉnh giám sát việc thực hiện chính sách hỗ trợ nạn nhân mua bán người",
E("giam_sat", None, "2023-10-16"),
[P("Tao Thị Vân", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh", "trưởng đoàn"),
 P("Phàn Thị Chiên", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lò Văn Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Pờ Gò Phà", "Chủ tịch UBND xã"),
 P("Chu Mỹ Xí", "Chủ tịch Hội LHPN xã")],
[Q("6 phụ nữ", 6, "phụ nữ"), Q("4 trường hợp", 4, "trường hợp"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("7 cặp tảo hôn", 7, "cặp tảo hôn"), Q("2 cặp kết hôn cận huyết thống", 2, "cặp kết hôn cận huyết thống"),
 Q("26 buổi tuyên truyền", 26, "buổi tuyên truyền"), Q("khoảng 1.400 lượt người nghe", 1400, "lượt người nghe", "approx"),
 Q("3 tổ truyền thông cộng đồng", 3, "tổ truyền thông cộng đồng"), Q("21 thành viên", 21, "thành viên"), Q("11 bản", 11, "bản"),
 Q("200.000 đồng/tháng", 200000, "đồng"), Q("ít nhất 5 hộ", 5, "hộ", "over")],
[D("Nghị định", "09", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 09/2013/NĐ-CP"),
 D("Nghị định", "62", "2012/NĐ-CP", None, "Chính phủ", "Nghị định 62/2012/NĐ-CP"),
 D("Thông tư liên tịch", "134", "2013/TTLT-BTC-BLĐTBXH", None, None, "Thông tư liên tịch số 134/2013/TTLT-BTC-BLĐTBXH"),
 D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 10-CT/TU"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "11-CT/TU"),
 D("Kế hoạch", "3271", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 3271/KH-UBND"),
 D("Kế hoạch", "21", "KH-BTV", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch giám sát số 21/KH-BTV"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW")],
[prov("Lai Châu"), com("Pa Vây Sử"), com("Mù Cả")],
["BÁO LAI CHÂU ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "Đoàn giám sát làm việc tại xã Mù Cả.", "Địa chỉ tin cậy",
 "Đồn Biên phòng Ka Lăng", "Lượt xem: 1.065"],
["Cập nhật: 15:30, 18/10/2023 (GMT+7)", "2 ngày", "năm 2021", "tháng 9/2023", '1 "Địa chỉ tin cậy"', "năm 2023", "Lượt xem: 1.065"]))

PAGES.append(page("b4747-tayninh-soket-2024", """
Báo Tây Ninh Online
Trang chủ » Chính trị » Đoàn thể
Thứ Sáu, 12/07/2024 - 16:45
Sơ kết 6 tháng: hòa giải thành 84 vụ mâu thuẫn gia đình
(BTN) - Chiều 11/7, Hội LHPN tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Dự hội nghị có bà Nguyễn Thị Xuân Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Huỳnh Thị Hằng, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh.
Bà Huỳnh Thị Hằng trao cờ thi đua cho các đơn vị. Ảnh: Mai Hương
Báo cáo sơ kết cho biết, 6 tháng đầu năm 2024 các cấp Hội đã tham gia hòa giải thành 84 vụ mâu thuẫn gia đình trên tổng số 97 vụ tiếp nhận; 42 "Địa chỉ tin cậy" tiếp nhận, hỗ trợ 31 lượt nạn nhân bạo lực gia đình. Toàn tỉnh có 196 câu lạc bộ "Gia đình hạnh phúc", "Phụ nữ với pháp luật" với 5.720 thành viên; thành lập mới 8 câu lạc bộ tại các xã biên giới giáp Campuchia.
Về phòng, chống mua bán người, các cấp Hội phối hợp Công an, Bộ đội Biên phòng tuyên truyền cho trên 9.000 lượt hội viên, phụ nữ; tiếp nhận 5 phụ nữ trở về từ Campuchia, Myanmar sau khi bị lừa đi làm "việc nhẹ lương cao" tại các casino, cơ sở lừa đảo trực tuyến. Hội đã hỗ trợ mỗi chị 2 triệu đồng và giới thiệu việc làm tại các khu công nghiệp Phước Đông, Trảng Bàng. Đối với đồng bào Khmer, Chăm ở xã Tân Hà, xã Hòa Hiệp, Hội tổ chức 12 buổi nói chuyện chuyên đề về phòng, chống tảo hôn.
Tham luận tại hội nghị, bà Võ Thị Kim Chi, HUV, Chủ tịch Hội LHPN huyện Tân Biên, chia sẻ mô hình "Tổ phụ nữ tự quản an ninh biên giới" với 16 tổ, 204 thành viên. Bà Mã Thị Sa Rích, Chủ tịch Hội LHPN xã Tân Hà, kiến nghị hỗ trợ kinh phí cho các "Địa chỉ tin cậy" ở xã, hiện chủ yếu do thành viên tự bỏ tiền túi.
Phát biểu chỉ đạo, bà Nguyễn Thị Xuân Hương đánh giá cao kết quả, đề nghị 6 tháng cuối năm Hội tiếp tục thực hiện Kết luận 64, 65-KL/TU của Ban Thường vụ Tỉnh ủy, Chương trình hành động số 07-CTr/TU về thực hiện Nghị quyết Đại hội XIII của Đảng về công tác phụ nữ; phối hợp tổ chức tốt Kế hoạch số 2105/KH-UBND ngày 15/6/2024 của UBND tỉnh về phòng, chống bạo lực gia đình; bảo đảm 100% vụ việc bạo lực gia đình được phát hiện, can thiệp kịp thời.
Dịp này, Hội LHPN tỉnh trao cờ thi đua cho 3 đơn vị, tặng bằng khen cho 17 tập thể và 24 cá nhân tiêu biểu; trao 10 phần quà, mỗi phần 1 triệu đồng cho phụ nữ là nạn nhân mua bán người.
Mai Hương
Lượt xem: 2.011
Tin khác
- Dương Minh Châu: 200 phụ nữ dự hội thi "Phụ nữ với pháp luật" (05/07/2024)
- Tân Châu: ra mắt câu lạc bộ "Phụ nữ biên giới" (28/06/2024)
- Hội LHPN tỉnh tập huấn kỹ năng nhận diện thủ đoạn lừa đảo trên mạng (20/06/2024)
""", "2024-07-12", "Sơ kết 6 tháng: hòa giải thành 84 vụ mâu thuẫn gia đình",
E("so_ket", "2024-H1", "2024-07-11"),
[P("Nguyễn Thị Xuân Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Thị Hằng", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Võ Thị Kim Chi", "HUV", "Chủ tịch Hội LHPN huyện Tân Biên"),
 P("Mã Thị Sa Rích", "Chủ tịch Hội LHPN xã Tân Hà")],
[Q("84 vụ mâu thuẫn gia đình", 84, "vụ mâu thuẫn gia đình"), Q("97 vụ", 97, "vụ"), Q('42 "Địa chỉ tin cậy"', 42, "Địa chỉ tin cậy"),
 Q("31 lượt nạn nhân bạo lực gia đình", 31, "lượt nạn nhân bạo lực gia đình"), Q("196 câu lạc bộ", 196, "câu lạc bộ"),
 Q("5.720 thành viên", 5720, "thành viên"), Q("8 câu lạc bộ", 8, "câu lạc bộ"),
 Q("trên 9.000 lượt hội viên, phụ nữ", 9000, "lượt hội viên, phụ nữ", "over"), Q("5 phụ nữ", 5, "phụ nữ"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("12 buổi nói chuyện chuyên đề", 12, "buổi nói chuyện chuyên đề"), Q("16 tổ", 16, "tổ"),
 Q("204 thành viên", 204, "thành viên"), Q("100%", 100, "%"), Q("3 đơn vị", 3, "đơn vị"), Q("17 tập thể", 17, "tập thể"),
 Q("24 cá nhân tiêu biểu", 24, "cá nhân tiêu biểu"), Q("10 phần quà", 10, "phần quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kết luận", "64", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 64, 65-KL/TU"),
 D("Kết luận", "65", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 64, 65-KL/TU"),
 D("Chương trình hành động", "07", "CTr/TU", None, None, "Chương trình hành động số 07-CTr/TU"),
 D("Kế hoạch", "2105", "KH-UBND", "2024-06-15", "UBND tỉnh", "Kế hoạch số 2105/KH-UBND ngày 15/6/2024")],
[prov("Tây Ninh"), com("Tân Hà"), com("Hòa Hiệp")],
["Báo Tây Ninh Online", "Trang chủ » Chính trị » Đoàn thể", "Bà Huỳnh Thị Hằng trao cờ thi đua cho các đơn vị.",
 "Gia đình hạnh phúc", "Phụ nữ với pháp luật", "Địa chỉ tin cậy", "Tổ phụ nữ tự quản an ninh biên giới", "Lượt xem: 2.011"],
["Thứ Sáu, 12/07/2024 - 16:45", "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "Đại hội XIII", "Lượt xem: 2.011"]))

PAGES.append(page("b4748-kontum-baocao-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐẮK NHOONG - HUYỆN ĐẮK GLEI - TỈNH KON TUM
Trang chủ > Tin tức - Sự kiện > Văn bản - Báo cáo
Ngày 18/10/2024 | 08:05
Báo cáo kết quả thực hiện Dự án 8 và công tác phòng, chống tảo hôn, hôn nhân cận huyết thống năm 2024
UBND xã Đắk Nhoong, huyện Đắk Glei, tỉnh Kon Tum báo cáo kết quả thực hiện Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" và công tác phòng, chống tảo hôn, hôn nhân cận huyết thống năm 2024 (số liệu tính từ ngày 01/01/2024 đến ngày 30/9/2024) như sau:
I. Công tác chỉ đạo, triển khai
Thực hiện Kế hoạch số 95/KH-UBND ngày 22/3/2024 của UBND huyện và Nghị quyết số 12-NQ/ĐU ngày 05/01/2024 của Đảng ủy xã, UBND xã đã ban hành kế hoạch số 17/KH-UBND, thành lập Ban chỉ đạo do ông A Phiên, Phó Bí thư Đảng ủy, Chủ tịch UBND xã làm Trưởng ban; bà Y Nhung, Chủ tịch Hội LHPN xã làm Phó Trưởng ban thường trực.
II. Kết quả thực hiện
1. Xã đã duy trì 2 "Địa chỉ tin cậy" tại thôn Đắk Nhoong và thôn Róc Măng, 3 tổ truyền thông cộng đồng với 24 thành viên; thành lập 1 câu lạc bộ "Thủ lĩnh của sự thay đổi" tại Trường PTDTBT THCS với 30 em học sinh tham gia.
2. Tổ chức 18 buổi truyền thông tại thôn với 1.236 lượt người tham dự, trong đó 712 lượt là phụ nữ; cấp phát 450 tờ rơi song ngữ Việt - Xơ Đăng. Tổng kinh phí thực hiện là 186.500.000 đồng, đạt 93,25% dự toán được giao.
3. Về tình hình tảo hôn: 9 tháng năm 2024 trên địa bàn xã phát hiện 5 cặp tảo hôn, giảm 4 cặp so với cùng kỳ năm 2023; không phát sinh trường hợp hôn nhân cận huyết thống. Tổ hòa giải thôn đã ngăn chặn 3 trường hợp dự định tổ chức cưới khi chưa đủ tuổi.
4. Về hỗ trợ phụ nữ, trẻ em: đã trợ giúp pháp lý cho 14 lượt phụ nữ; hỗ trợ 6 phụ nữ mang thai sinh con tại Trạm Y tế, mỗi người 500.000 đồng.
III. Tồn tại, hạn chế
Một bộ phận nhân dân, nhất là đồng bào Xơ Đăng ở thôn vùng sâu còn giữ tập quán cưới sớm; nhiều học sinh nữ bỏ học sau lớp 9. Cán bộ Hội cơ sở còn kiêm nhiệm, thiếu kỹ năng tư vấn.
IV. Phương hướng quý IV/2024
Phấn đấu giảm ít nhất 20% số cặp tảo hôn; 100% thôn đưa nội dung phòng, chống tảo hôn vào hương ước, quy ước. Đề nghị UBND huyện hỗ trợ thêm khoảng 50 triệu đồng cho hoạt động của tổ truyền thông cộng đồng.
Nơi nhận: UBND huyện; Thường trực Đảng ủy, HĐND xã; Lưu VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
A Phiên
Lượt truy cập: 412
Các tin khác
- Thông báo lịch tiếp công dân tháng 10/2024 (01/10/2024)
- Xã Đắk Nhoong ra quân dọn vệ sinh môi trường (20/09/2024)
- Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024 (15/09/2024)
""", "2024-10-18", "Báo cáo kết quả thực hiện Dự án 8 và công tác phòng, chống tảo hôn, hôn nhân cận huyết thống năm 2024",
E("bao_cao", "2024", None),
[P("A Phiên", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã", "Trưởng ban"),
 P("Y Nhung", "Chủ tịch Hội LHPN xã", "Phó Trưởng ban thường trực")],
[Q('2 "Địa chỉ tin cậy"', 2, "Địa chỉ tin cậy"), Q("3 tổ truyền thông cộng đồng", 3, "tổ truyền thông cộng đồng"),
 Q("24 thành viên", 24, "thành viên"), Q("30 em học sinh", 30, "em học sinh"), Q("18 buổi truyền thông", 18, "buổi truyền thông"),
 Q("1.236 lượt người", 1236, "lượt người"), Q("712 lượt", 712, "lượt"), Q("450 tờ rơi song ngữ", 450, "tờ rơi song ngữ"),
 Q("186.500.000 đồng", 186500000, "đồng"), Q("93,25%", 93.25, "%"), Q("5 cặp tảo hôn", 5, "cặp tảo hôn"), Q("4 cặp", 4, "cặp"),
 Q("3 trường hợp", 3, "trường hợp"), Q("14 lượt phụ nữ", 14, "lượt phụ nữ"), Q("6 phụ nữ mang thai", 6, "phụ nữ mang thai"),
 Q("500.000 đồng", 500000, "đồng"), Q("ít nhất 20%", 20, "%", "over"), Q("100%", 100, "%"),
 Q("khoảng 50 triệu đồng", 50000000, "đồng", "approx")],
[D("Kế hoạch", "95", "KH-UBND", "2024-03-22", "UBND huyện", "Kế hoạch số 95/KH-UBND ngày 22/3/2024"),
 D("Nghị quyết", "12", "NQ/ĐU", "2024-01-05", "Đảng ủy xã", "Nghị quyết số 12-NQ/ĐU ngày 05/01/2024"),
 D("Kế hoạch", "17", "KH-UBND", None, "UBND xã", "kế hoạch số 17/KH-UBND")],
[prov("Kon Tum"), com("Đắk Nhoong")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐẮK NHOONG - HUYỆN ĐẮK GLEI - TỈNH KON TUM", "Trang chủ > Tin tức - Sự kiện > Văn bản - Báo cáo",
 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em", "Địa chỉ tin cậy", "Thủ lĩnh của sự thay đổi",
 "TM. ỦY BAN NHÂN DÂN", "Lượt truy cập: 412"],
["Ngày 18/10/2024 | 08:05", "Dự án 8", "năm 2024", "01/01/2024", "30/9/2024", "9 tháng năm 2024", "năm 2023", "lớp 9",
 "quý IV/2024", "1 câu lạc bộ", "Lượt truy cập: 412"]))

PAGES.append(page("b4749-quangninh-taphuan-2025", """
Trung tâm Truyền thông tỉnh Quảng Ninh
Xã hội / Phụ nữ - Gia đình
2025-05-20 11:25
Ảnh: Học viên thảo luận nhóm tại lớp tập huấn.
Bình Liêu: tập huấn nâng cao năng lực cho 70 thành viên địa chỉ tin cậy, tổ truyền thông
Ngày 19/5, Hội LHPN tỉnh phối hợp với Hội LHPN huyện Bình Liêu tổ chức lớp tập huấn "Nâng cao năng lực phòng, chống bạo lực gia đình, mua bán người và tảo hôn cho thành viên địa chỉ tin cậy, tổ truyền thông cộng đồng" năm 2025 cho 70 học viên là người Tày, Dao, Sán Chỉ đến từ các xã Hoành Mô, Đồng Văn, Lục Hồn.
Phát biểu khai mạc, bà Vi Thị Thanh, Phó Chủ tịch Thường trực Hội LHPN tỉnh, cho biết Quảng Ninh hiện có 118 "Địa chỉ tin cậy", 64 tổ truyền thông cộng đồng và 352 câu lạc bộ "Gia đình hạnh phúc, phát triển bền vững". Năm 2024, các địa chỉ tin cậy đã tiếp nhận 47 trường hợp, trong đó 9 trường hợp cần tạm lánh; các cấp Hội tiếp nhận, hỗ trợ 7 phụ nữ bị lừa bán sang Trung Quốc trở về qua cửa khẩu Hoành Mô.
Báo cáo viên tại lớp tập huấn gồm ThS. Lã Thị Thu Trang, giảng viên Trường Chính trị Nguyễn Văn Cừ, và Thiếu tá Chíu Văn Sáng, Đội trưởng Đội Phòng chống ma túy và tội phạm Đồn Biên phòng Hoành Mô. Học viên được tìm hiểu những điểm mới của Luật Phòng, chống bạo lực gia đình năm 2022, Luật Phòng, chống mua bán người năm 2024; cách nhận diện thủ đoạn lừa đảo qua mạng xã hội, kỹ năng tiếp cận, tư vấn và chuyển gửi nạn nhân.
Tại buổi thảo luận, bà Lỷ Thị Kiều, Chủ tịch Hội LHPN xã Đồng Văn, chia sẻ: 5 tháng đầu năm, xã đã can thiệp kịp thời 2 vụ bạo lực và vận động hoãn 1 đám cưới tảo hôn của cô gái 16 tuổi. Bà Lục Thị Mai, người có uy tín thôn Khe Mò, xã Lục Hồn, kể việc cùng tổ truyền thông đến từng nhà ở bản người Dao để tuyên truyền bằng tiếng dân tộc.
Lớp tập huấn được tổ chức theo Kế hoạch số 29/KH-HPN ngày 12/3/2025 của Ban Thường vụ Hội LHPN tỉnh, sử dụng nguồn kinh phí Dự án 8 thuộc Chương trình mục tiêu quốc gia 1719, với tổng kinh phí khoảng 65 triệu đồng; mỗi học viên được hỗ trợ 150.000 đồng/ngày và 1 bộ tài liệu. Đây là lớp thứ 4 trong năm 2025, nâng tổng số học viên được tập huấn lên 286 người.
Theo bà Vi Thị Thanh, việc sắp xếp tổ chức bộ máy, bỏ cấp huyện từ ngày 1/7/2025 đòi hỏi Hội cấp xã phải chủ động hơn; Hội LHPN tỉnh sẽ tiếp tục hướng dẫn thực hiện Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư và Hướng dẫn số 15/HD-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam, bảo đảm hoạt động các địa chỉ tin cậy không bị gián đoạn.
Thu Nguyệt
Lượt xem: 1.133
Tin liên quan
- Hội LHPN tỉnh sơ kết 5 năm mô hình "Phụ nữ biên giới" (10/05/2025)
- Tiên Yên: 150 hội viên dự tọa đàm về gia đình (28/04/2025)
- Trao 30 suất quà cho phụ nữ là nạn nhân bạo lực gia đình (15/04/2025)
""", "2025-05-20", "Bình Liêu: tập huấn nâng cao năng lực cho 70 thành viên địa chỉ tin cậy, tổ truyền thông",
E("tap_huan", "2025", "2025-05-19"),
[P("Vi Thị Thanh", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Lã Thị Thu Trang", "ThS.", "giảng viên Trường Chính trị Nguyễn Văn Cừ"),
 P("Chíu Văn Sáng", "Thiếu tá", "Đội trưởng Đội Phòng chống ma túy và tội phạm Đồn Biên phòng Hoành Mô"),
 P("Lỷ Thị Kiều", "Chủ tịch Hội LHPN xã Đồng Văn"),
 P("Lục Thị Mai", "người có uy tín thôn Khe Mò")],
[Q("70 thành viên", 70, "thành viên"), Q('118 "Địa chỉ tin cậy"', 118, "Địa chỉ tin cậy"),
 Q("64 tổ truyền thông cộng đồng", 64, "tổ truyền thông cộng đồng"), Q('352 câu lạc bộ "Gia đình hạnh phúc, phát triển bền vững"', 352, "câu lạc bộ"),
 Q("47 trường hợp", 47, "trường hợp"), Q("9 trường hợp", 9, "trường hợp"), Q("7 phụ nữ", 7, "phụ nữ"), Q("2 vụ bạo lực", 2, "vụ bạo lực"),
 Q("khoảng 65 triệu đồng", 65000000, "đồng", "approx"), Q("150.000 đồng/ngày", 150000, "đồng"), Q("286 người", 286, "người")],
[D("Kế hoạch", "29", "KH-HPN", "2025-03-12", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 29/KH-HPN ngày 12/3/2025"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Hướng dẫn", "15", "HD-ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn số 15/HD-ĐCT")],
[prov("Quảng Ninh"), com("Hoành Mô"), com("Đồng Văn"), com("Lục Hồn")],
["Trung tâm Truyền thông tỉnh Quảng Ninh", "Xã hội / Phụ nữ - Gia đình", "Ảnh: Học viên thảo luận nhóm tại lớp tập huấn.",
 "Nâng cao năng lực phòng, chống bạo lực gia đình, mua bán người và tảo hôn cho thành viên địa chỉ tin cậy, tổ truyền thông cộng đồng",
 "Địa chỉ tin cậy", "Gia đình hạnh phúc, phát triển bền vững", "Luật Phòng, chống bạo lực gia đình năm 2022",
 "Luật Phòng, chống mua bán người năm 2024", "Lượt xem: 1.133"],
["2025-05-20 11:25", "năm 2025", "Năm 2024", "5 tháng đầu năm", "1 đám cưới tảo hôn", "16 tuổi", "Dự án 8", "1719", "1 bộ tài liệu",
 "lớp thứ 4", "1/7/2025", "Lượt xem: 1.133"]))

PAGES.append(page("b4750-tuyenquang-hoinghi-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Xã hội › Dân tộc - Miền núi
Thứ Ba, 14/10/2025 - 10:30
Xã Mèo Vạc: hội nghị tuyên truyền giảm thiểu tảo hôn, hôn nhân cận huyết thống
Ngày 13/10/2025, Ủy ban MTTQ Việt Nam xã Mèo Vạc phối hợp Hội LHPN xã tổ chức hội nghị tuyên truyền, đối thoại chính sách về giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống năm 2025 cho 160 hội viên phụ nữ, người có uy tín và học sinh Trường PTDTNT THCS và THPT Mèo Vạc. Dự hội nghị có bà Sùng Thị Mai, Phó Chủ tịch Hội LHPN tỉnh Tuyên Quang; ông Vàng Mí Dính, Bí thư Đảng ủy xã; bà Giàng Thị Dung, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã.
Bà Sùng Thị Mai (đứng) tuyên truyền tại hội nghị. Ảnh: Ly Ly
Đây là xã đầu tiên trên địa bàn tỉnh Tuyên Quang (mới) tổ chức hội nghị chuyên đề sau khi sắp xếp đơn vị hành chính và vận hành chính quyền địa phương hai cấp. Theo báo cáo của UBND xã, năm 2024 và 9 tháng năm 2025 trên địa bàn 3 xã cũ sáp nhập vào xã Mèo Vạc có 41 cặp tảo hôn, 3 cặp hôn nhân cận huyết thống; tỷ lệ tảo hôn khoảng 18%, cao hơn mức bình quân của tỉnh. Hội LHPN xã đã thành lập 9 câu lạc bộ "Thủ lĩnh của sự thay đổi" trong trường học với 270 học sinh tham gia, duy trì 2 "Địa chỉ tin cậy" và 5 tổ truyền thông cộng đồng.
Tại hội nghị, các đại biểu được nghe bà Thào Thị Pà, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam xã, phổ biến Luật Hôn nhân và gia đình; ông Lù Mí Chơ, người có uy tín thôn Sủng Pờ A, kể chuyện dòng họ Lù đã cùng ký cam kết không cho con cháu lấy vợ, lấy chồng khi chưa đủ tuổi. Em Vừ Thị Sinh, học sinh lớp 10, mạnh dạn nói: "Em muốn học xong để làm cô giáo, chưa muốn lấy chồng".
Đối thoại với 12 ý kiến của hội viên, ông Vàng Mí Dính cho biết xã đang triển khai Kế hoạch số 08/KH-UBND của UBND xã và Nghị quyết chuyên đề số 04-NQ/ĐU ngày 25/8/2025 của Ban Chấp hành Đảng bộ xã về giảm tảo hôn giai đoạn 2025 - 2030, phấn đấu mỗi năm giảm từ 10% trở lên số cặp tảo hôn; đồng thời thực hiện Quyết định số 1719/QĐ-TTg và Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy Tuyên Quang.
Kết thúc hội nghị, Hội LHPN tỉnh trao 40 suất quà, mỗi suất 300.000 đồng cho học sinh nữ có hoàn cảnh khó khăn, tổng trị giá 12 triệu đồng.
Theo bà Sùng Thị Mai, sau sắp xếp, tỉnh Tuyên Quang có nhiều xã vùng cao biên giới với tỷ lệ tảo hôn cao; Hội LHPN tỉnh sẽ chọn xã Mèo Vạc làm điểm để rút kinh nghiệm, nhân rộng cách làm gắn trách nhiệm dòng họ, người có uy tín với nhà trường.
Ly Ly
Lượt xem: 678
Tin khác
- Xã Đồng Văn ra mắt tổ truyền thông cộng đồng (08/10/2025)
- Hội LHPN tỉnh Tuyên Quang tổng kết Dự án 8 giai đoạn 1 (02/10/2025)
- Phường Hà Giang 1: 300 phụ nữ dự ngày hội văn hóa (25/09/2025)
""", "2025-10-14", "Xã Mèo Vạc: hội nghị tuyên truyền giảm thiểu tảo hôn, hôn nhân cận huyết thống",
E("hoi_nghi", "2025", "2025-10-13"),
[P("Sùng Thị Mai", "Phó Chủ tịch Hội LHPN tỉnh Tuyên Quang"),
 P("Vàng Mí Dính", "Bí thư Đảng ủy xã"),
 P("Giàng Thị Dung", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Thào Thị Pà", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam xã"),
 P("Lù Mí Chơ", "người có uy tín thôn Sủng Pờ A"),
 P("Vừ Thị Sinh")],
[Q("160 hội viên phụ nữ, người có uy tín và học sinh", 160, "hội viên phụ nữ, người có uy tín và học sinh"),
 Q("3 xã", 3, "xã"), Q("41 cặp tảo hôn", 41, "cặp tảo hôn"), Q("3 cặp hôn nhân cận huyết thống", 3, "cặp hôn nhân cận huyết thống"),
 Q("khoảng 18%", 18, "%", "approx"), Q('9 câu lạc bộ "Thủ lĩnh của sự thay đổi"', 9, "câu lạc bộ"), Q("270 học sinh", 270, "học sinh"),
 Q('2 "Địa chỉ tin cậy"', 2, "Địa chỉ tin cậy"), Q("5 tổ truyền thông cộng đồng", 5, "tổ truyền thông cộng đồng"),
 Q("12 ý kiến", 12, "ý kiến"), Q("từ 10% trở lên", 10, "%", "over"), Q("40 suất quà", 40, "suất quà"),
 Q("300.000 đồng", 300000, "đồng"), Q("12 triệu đồng", 12000000, "đồng")],
[D("Kế hoạch", "08", "KH-UBND", None, "UBND xã", "Kế hoạch số 08/KH-UBND"),
 D("Nghị quyết", "04", "NQ/ĐU", "2025-08-25", "Ban Chấp hành Đảng bộ xã", "Nghị quyết chuyên đề số 04-NQ/ĐU ngày 25/8/2025"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy Tuyên Quang", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy Tuyên Quang", "Chỉ thị 03, 04-CT/TU")],
[prov("Tuyên Quang"), com("Mèo Vạc")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Xã hội › Dân tộc - Miền núi", "Bà Sùng Thị Mai (đứng) tuyên truyền tại hội nghị.",
 "Thủ lĩnh của sự thay đổi", "Địa chỉ tin cậy", "Luật Hôn nhân và gia đình", "Lượt xem: 678"],
["Thứ Ba, 14/10/2025 - 10:30", "năm 2025", "năm 2024", "9 tháng năm 2025", "lớp 10", "giai đoạn 2025 - 2030", "Lượt xem: 678"]))
