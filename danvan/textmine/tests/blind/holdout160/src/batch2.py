from lib import *
PAGES = []

PAGES.append(page("b3803-quangtri-khoicong-nhatinhnghia-2017", """
BÁO QUẢNG TRỊ ĐIỆN TỬ
Xã hội > Chính sách
Thứ Năm, 20/07/2017 - 14:05
Hôm nay: Thứ Bảy, 22/07/2017
Khởi công xây dựng 70 nhà tình nghĩa dịp 70 năm Ngày Thương binh - Liệt sĩ
QTO - Sáng 19/7, tại xã Gio Mai, huyện Gio Linh, Ủy ban MTTQ Việt Nam tỉnh Quảng Trị phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức lễ khởi công xây dựng 70 nhà tình nghĩa cho gia đình chính sách có hoàn cảnh khó khăn về nhà ở trên địa bàn tỉnh.
Các đại biểu thực hiện nghi thức khởi công. Ảnh: Đ.T
Dự lễ có ông Hà Sỹ Đồng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh; bà Hồ Thị Thu Hằng, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đại diện Ngân hàng TMCP Công Thương Việt Nam, nhà tài trợ chính của chương trình.
Theo ban tổ chức, mỗi ngôi nhà được hỗ trợ 50 triệu đồng, riêng 12 nhà của thân nhân Mẹ Việt Nam anh hùng được hỗ trợ 60 triệu đồng; tổng kinh phí hơn 3,6 tỷ đồng, trong đó Ngân hàng TMCP Công Thương Việt Nam tài trợ 2 tỷ đồng, phần còn lại từ Quỹ "Đền ơn đáp nghĩa" tỉnh và sự đóng góp của gia đình, dòng họ. Các ngôi nhà phải hoàn thành, bàn giao trước ngày 30/11/2017.
Ông Nguyễn Văn Hùng, Giám đốc Sở Lao động - Thương binh và Xã hội, cho biết Quảng Trị hiện có hơn 50.000 đối tượng người có công đang hưởng chế độ, 1.857 Mẹ Việt Nam anh hùng được phong tặng, truy tặng, trong đó 56 mẹ còn sống. Thực hiện Chỉ thị số 14-CT/TW ngày 19/7/2017 của Ban Bí thư về tiếp tục tăng cường công tác người có công với cách mạng, tỉnh đã xây dựng kế hoạch rà soát, hỗ trợ nhà ở cho khoảng 1.400 hộ người có công còn khó khăn.
Phát biểu tại lễ khởi công, ông Hà Sỹ Đồng đề nghị các địa phương giám sát chặt chẽ chất lượng công trình, huy động thêm nguồn lực xã hội hóa để giải quyết dứt điểm nhà ở cho gia đình chính sách trong năm 2018, theo Kế hoạch số 115/KH-UBND ngày 6/6/2017 của UBND tỉnh.
Ông Lê Văn Hào, thương binh hạng 2/4 ở thôn An Xuân, xã Gio Mai, một trong những hộ được hỗ trợ, bùi ngùi cho biết gia đình ông đã ở trong căn nhà cấp 4 xuống cấp hơn 30 năm, nay sắp có nhà mới trước mùa mưa bão.
Cùng ngày, lãnh đạo tỉnh đã dâng hương tại Nghĩa trang liệt sĩ quốc gia Trường Sơn và Nghĩa trang liệt sĩ quốc gia Đường 9, đồng thời thăm, tặng quà cho 10 Mẹ Việt Nam anh hùng ở các huyện Gio Linh, Vĩnh Linh.
Đình Thắng
Tin liên quan
- Quảng Trị: chi hơn 40 tỷ đồng tặng quà người có công dịp 27/7 (17/07/2017)
- Triệu Phong bàn giao 15 nhà tình nghĩa (10/07/2017)
- Thắp nến tri ân tại Thành cổ Quảng Trị (27/07/2016)
- Vĩnh Linh: vận động hơn 500 triệu đồng xây nhà cho gia đình chính sách (03/07/2017)
- Hải Lăng phụng dưỡng suốt đời 8 Mẹ Việt Nam anh hùng (28/06/2017)
""", "2017-07-20", "Khởi công xây dựng 70 nhà tình nghĩa dịp 70 năm Ngày Thương binh - Liệt sĩ",
E("khac", None, "2017-07-19"),
[P("Hà Sỹ Đồng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Hồ Thị Thu Hằng", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Hùng", "Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Lê Văn Hào", "thương binh hạng 2/4")],
[Q("70 nhà tình nghĩa", 70, "nhà tình nghĩa"), Q("50 triệu đồng", 50000000, "đồng"), Q("12 nhà", 12, "nhà"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"), Q("2 tỷ đồng", 2000000000, "đồng"),
 Q("hơn 50.000 đối tượng người có công", 50000, "đối tượng người có công", "over"),
 Q("1.857 Mẹ Việt Nam anh hùng", 1857, "Mẹ Việt Nam anh hùng"), Q("56 mẹ", 56, "mẹ"),
 Q("khoảng 1.400 hộ người có công", 1400, "hộ người có công", "approx"), Q("10 Mẹ Việt Nam anh hùng", 10, "Mẹ Việt Nam anh hùng")],
[D("Chỉ thị", "14", "CT/TW", "2017-07-19", "Ban Bí thư", "Chỉ thị số 14-CT/TW ngày 19/7/2017 của Ban Bí thư"),
 D("Kế hoạch", "115", "KH-UBND", "2017-06-06", "UBND tỉnh", "Kế hoạch số 115/KH-UBND ngày 6/6/2017 của UBND tỉnh")],
[prov("Quảng Trị"), com("Gio Mai")],
["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Xã hội > Chính sách", "Hôm nay: Thứ Bảy, 22/07/2017", "QTO",
 "Các đại biểu thực hiện nghi thức khởi công. Ảnh: Đ.T", "Đền ơn đáp nghĩa", "Ngân hàng TMCP Công Thương Việt Nam",
 "Nghĩa trang liệt sĩ quốc gia Trường Sơn", "Nghĩa trang liệt sĩ quốc gia Đường 9"],
["Thứ Năm, 20/07/2017 - 14:05", "70 năm", "hạng 2/4", "hơn 30 năm", "cấp 4", "năm 2018", "27/7"]))

PAGES.append(page("b3804-gialai-hnct-giaoban-q3-2018", """
Báo Gia Lai điện tử
Trang chủ › Xã hội › Người cao tuổi
Cập nhật lúc 17:20 ngày 12/10/2018
Ảnh: Quang cảnh buổi giao ban.
Quỹ chăm sóc người cao tuổi ở cơ sở tăng hơn 1 tỷ đồng
(GLO)- Ngày 11/10, Ban Đại diện Hội Người cao tuổi tỉnh Gia Lai tổ chức giao ban công tác Hội quý III năm 2018 với lãnh đạo hội người cao tuổi 17 huyện, thị xã, thành phố. Ông Ksor Hrin, Trưởng Ban Đại diện Hội Người cao tuổi tỉnh chủ trì.
Báo cáo tại buổi giao ban cho thấy, trong quý III, các cấp hội đã vận động bổ sung Quỹ chăm sóc và phát huy vai trò người cao tuổi được hơn 1 tỷ đồng, nâng tổng số dư quỹ toàn tỉnh lên khoảng 7,4 tỷ đồng. Hội đã phối hợp với Ngân hàng Chính sách xã hội giải ngân cho 326 hội viên vay vốn, tổng số tiền 9,1 tỷ đồng; tổ chức khám bệnh, cấp thuốc miễn phí cho 1.150 lượt người cao tuổi tại các huyện Krông Pa, Ia Pa, Chư Sê.
Toàn tỉnh đã thành lập thêm 8 câu lạc bộ liên thế hệ tự giúp nhau, nâng tổng số lên 42 câu lạc bộ với 2.140 thành viên, trong đó 60% là người dân tộc thiểu số. Hội đã tham mưu UBND tỉnh ban hành Kế hoạch số 3926/KH-UBND ngày 24/8/2018 tổ chức Tháng hành động vì người cao tuổi Việt Nam năm 2018.
Tại buổi giao ban, bà Rơ Mah H'Lươn, Phó Chủ tịch Hội Người cao tuổi huyện Chư Păh, phản ánh việc vận động con cháu đóng góp quỹ ở các làng đồng bào Jrai còn khó do thu nhập thấp. Ông Siu Thơm, Chủ tịch Hội Người cao tuổi xã Ia Mơ Nông, đề nghị Hội tỉnh sớm hướng dẫn thủ tục công nhận câu lạc bộ liên thế hệ theo Quyết định 1533/QĐ-TTg ngày 2/8/2016 của Thủ tướng Chính phủ.
Kết luận buổi giao ban, ông Ksor Hrin yêu cầu quý IV các cấp hội tập trung tổ chức Tháng hành động vì người cao tuổi; chúc thọ, mừng thọ đúng quy định; phấn đấu đến cuối năm 100% xã, phường, thị trấn có quỹ chăm sóc người cao tuổi; chuẩn bị hội nghị tổng kết năm và hội nghị điển hình tiên tiến giai đoạn 2013 - 2018.
Cũng tại buổi giao ban, ông Trần Văn Hiếu, Phó Trưởng Ban Đại diện Hội Người cao tuổi tỉnh, thông báo kế hoạch tổ chức hội thi "Ông bà mẫu mực, con cháu hiếu thảo" cấp tỉnh vào tháng 11, mỗi huyện cử 1 đội tham gia.
Các cụ ở làng Kép, xã Ia Mơ Nông, đánh giá cao việc Hội tỉnh hỗ trợ 20 bộ cồng chiêng cho các câu lạc bộ văn nghệ người cao tuổi năm 2017. Nhiều ý kiến đề nghị tiếp tục tổ chức lớp truyền dạy đánh chiêng cho con cháu.
Minh Nguyệt
Tin khác
- Ia Grai: trao 50 thẻ bảo hiểm y tế cho người cao tuổi (05/10/2018)
- Mừng thọ người cao tuổi làng Plei Ốp (01/10/2018)
- Gia Lai có 186 cụ thọ trên 100 tuổi (25/09/2018)
- Chư Prông: ra mắt câu lạc bộ liên thế hệ tự giúp nhau làng Grôn (18/09/2018)
- Hội Người cao tuổi tỉnh sơ kết 6 tháng đầu năm 2018 (10/07/2018)
""", "2018-10-12", "Quỹ chăm sóc người cao tuổi ở cơ sở tăng hơn 1 tỷ đồng",
E("giao_ban", "2018-Q3", "2018-10-11"),
[P("Ksor Hrin", "Trưởng Ban Đại diện Hội Người cao tuổi tỉnh"),
 P("Rơ Mah H'Lươn", "Phó Chủ tịch Hội Người cao tuổi huyện Chư Păh"),
 P("Siu Thơm", "Chủ tịch Hội Người cao tuổi xã Ia Mơ Nông"),
 P("Trần Văn Hiếu", "Phó Trưởng Ban Đại diện Hội Người cao tuổi tỉnh")],
[Q("hơn 1 tỷ đồng", 1000000000, "đồng", "over"), Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
 Q("khoảng 7,4 tỷ đồng", 7400000000, "đồng", "approx"), Q("326 hội viên", 326, "hội viên"), Q("9,1 tỷ đồng", 9100000000, "đồng"),
 Q("1.150 lượt người cao tuổi", 1150, "lượt người cao tuổi"), Q("8 câu lạc bộ liên thế hệ tự giúp nhau", 8, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("42 câu lạc bộ", 42, "câu lạc bộ"), Q("2.140 thành viên", 2140, "thành viên"), Q("60%", 60, "%"), Q("100%", 100, "%"),
 Q("20 bộ cồng chiêng", 20, "bộ cồng chiêng")],
[D("Kế hoạch", "3926", "KH-UBND", "2018-08-24", "UBND tỉnh", "Kế hoạch số 3926/KH-UBND ngày 24/8/2018"),
 D("Quyết định", "1533", "QĐ-TTg", "2016-08-02", "Thủ tướng Chính phủ", "Quyết định 1533/QĐ-TTg ngày 2/8/2016 của Thủ tướng Chính phủ")],
[prov("Gia Lai"), com("Ia Mơ Nông")],
["Báo Gia Lai điện tử", "Trang chủ › Xã hội › Người cao tuổi", "Ảnh: Quang cảnh buổi giao ban.", "(GLO)",
 "Tháng hành động vì người cao tuổi Việt Nam", "Ông bà mẫu mực, con cháu hiếu thảo"],
["Cập nhật lúc 17:20 ngày 12/10/2018", "quý III năm 2018", "quý IV", "2013 - 2018", "1 đội", "tháng 11", "năm 2017"]))

PAGES.append(page("b3805-bentre-thamtangqua-27-7-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẾN TRE
Vị trí: Trang chủ >> Tin tức - Sự kiện >> Lao động - Xã hội
26.07.2019 | 16:05
Bí thư Tỉnh ủy thăm Mẹ Việt Nam anh hùng Trần Thị Bảy. Ảnh: Thanh Đồng
Lãnh đạo tỉnh thăm, tặng quà gia đình chính sách nhân kỷ niệm 72 năm Ngày Thương binh - Liệt sĩ
Nhân kỷ niệm 72 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2019), trong hai ngày 24 và 25/7, các đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Bến Tre đã đến thăm hỏi, tặng quà Mẹ Việt Nam anh hùng, thương binh nặng và gia đình chính sách tiêu biểu ở 9 huyện, thành phố.
Đoàn do ông Phan Văn Mãi, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy làm trưởng đoàn đã đến thăm Mẹ Việt Nam anh hùng Trần Thị Bảy, 97 tuổi, ở xã Phú Khánh, huyện Thạnh Phú. Mẹ có chồng và 3 người con là liệt sĩ. Ông Phan Văn Mãi ân cần hỏi thăm sức khỏe, tặng mẹ phần quà gồm 5 triệu đồng và nhu yếu phẩm, đồng thời đề nghị đơn vị nhận phụng dưỡng chăm sóc mẹ chu đáo.
Đoàn do bà Hồ Thị Hoàng Yến, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh làm trưởng đoàn thăm, tặng quà thương binh Nguyễn Văn Tư (tỷ lệ thương tật 81%) ở xã Châu Bình, huyện Giồng Trôm và gia đình liệt sĩ Võ Văn Hòa ở thị trấn Mỏ Cày.
Theo Sở Lao động - Thương binh và Xã hội, dịp này, Chủ tịch nước tặng quà cho 46.210 người có công, tổng trị giá hơn 9,4 tỷ đồng; UBND tỉnh tặng 52.800 suất quà, mỗi suất 300.000 đồng cho người có công và thân nhân liệt sĩ. Toàn tỉnh hiện còn 124 Mẹ Việt Nam anh hùng đang sống, 100% được phụng dưỡng. Từ Quỹ "Đền ơn đáp nghĩa", năm 2019 tỉnh vận động được 14,5 tỷ đồng, xây mới 212 căn nhà tình nghĩa, sửa chữa 87 căn.
Cùng thời gian, ông Cao Văn Trọng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh cùng đoàn công tác đã viếng Nghĩa trang liệt sĩ tỉnh, thăm Trung tâm Điều dưỡng người có công tỉnh, tặng 65 phần quà cho các thương binh, bệnh binh đang điều dưỡng tại trung tâm. Ông Nguyễn Văn Đông, Giám đốc Trung tâm, cho biết trung tâm đang nuôi dưỡng tập trung 32 thương, bệnh binh nặng.
Thực hiện Kế hoạch số 3318/KH-UBND ngày 3/7/2019 của UBND tỉnh, các huyện, thành phố đồng loạt tổ chức họp mặt, tặng quà, thắp nến tri ân các anh hùng liệt sĩ vào tối 26/7. Các cơ quan, đơn vị nhận phụng dưỡng Mẹ Việt Nam anh hùng cũng được yêu cầu cử cán bộ đến thăm, chúc sức khỏe các mẹ, kịp thời báo cáo những trường hợp mẹ ốm đau để có hướng hỗ trợ.
Thanh Đồng - Thanh Tâm
Tin liên quan
- Bến Tre: bàn giao 30 căn nhà tình nghĩa (20/07/2019)
- Họp mặt 200 thương binh tiêu biểu tỉnh Bến Tre (18/07/2019)
- Tuổi trẻ Bến Tre thắp nến tri ân (26/07/2018)
- Chợ Lách trao 15 sổ tiết kiệm tình nghĩa (15/07/2019)
""", "2019-07-26", "Lãnh đạo tỉnh thăm, tặng quà gia đình chính sách nhân kỷ niệm 72 năm Ngày Thương binh - Liệt sĩ",
E("trao_qua", None, "2019-07-24"),
[P("Phan Văn Mãi", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Trần Thị Bảy", "Mẹ Việt Nam anh hùng"),
 P("Hồ Thị Hoàng Yến", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Văn Tư", "thương binh"),
 P("Võ Văn Hòa", "liệt sĩ"),
 P("Cao Văn Trọng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Nguyễn Văn Đông", "Giám đốc Trung tâm")],
[Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("3 người con", 3, "người con"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("81%", 81, "%"), Q("46.210 người có công", 46210, "người có công"), Q("hơn 9,4 tỷ đồng", 9400000000, "đồng", "over"),
 Q("52.800 suất quà", 52800, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("124 Mẹ Việt Nam anh hùng", 124, "Mẹ Việt Nam anh hùng"),
 Q("100%", 100, "%"), Q("14,5 tỷ đồng", 14500000000, "đồng"), Q("212 căn nhà tình nghĩa", 212, "căn nhà tình nghĩa"),
 Q("87 căn", 87, "căn"), Q("65 phần quà", 65, "phần quà"), Q("32 thương, bệnh binh nặng", 32, "thương, bệnh binh nặng")],
[D("Kế hoạch", "3318", "KH-UBND", "2019-07-03", "UBND tỉnh", "Kế hoạch số 3318/KH-UBND ngày 3/7/2019 của UBND tỉnh")],
[prov("Bến Tre"), com("Phú Khánh"), com("Châu Bình"), com("Mỏ Cày")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẾN TRE", "Vị trí: Trang chủ >> Tin tức - Sự kiện >> Lao động - Xã hội",
 "Bí thư Tỉnh ủy thăm Mẹ Việt Nam anh hùng Trần Thị Bảy. Ảnh: Thanh Đồng", "Đền ơn đáp nghĩa",
 "Trung tâm Điều dưỡng người có công tỉnh", "Nghĩa trang liệt sĩ tỉnh"],
["26.07.2019 | 16:05", "72 năm", "27/7/1947 - 27/7/2019", "hai ngày", "97 tuổi", "năm 2019"]))

PAGES.append(page("b3806-hanoi-phucxa-baocao-nct-2020", """
UBND PHƯỜNG PHÚC XÁ - QUẬN BA ĐÌNH - THÀNH PHỐ HÀ NỘI
Trang chủ / Văn bản - Báo cáo / Lao động - Xã hội
30/12/2020 - 10:05
Báo cáo kết quả công tác người cao tuổi năm 2020 và phương hướng năm 2021
Ngày 28/12/2020, UBND phường Phúc Xá ban hành Báo cáo số 215/BC-UBND về kết quả thực hiện công tác chăm sóc và phát huy vai trò người cao tuổi năm 2020. Trang thông tin điện tử phường trích đăng nội dung chính của báo cáo để người dân trong phường và bạn đọc Thủ đô Hà Nội tiện theo dõi, góp ý.
1. Tình hình chung
Năm 2020, trong bối cảnh dịch Covid-19 diễn biến phức tạp, UBND phường đã chỉ đạo triển khai Kế hoạch số 47/KH-UBND ngày 10/3/2020 của UBND quận Ba Đình về thực hiện Chương trình hành động quốc gia về người cao tuổi. Toàn phường hiện có 2.318 người cao tuổi, chiếm 11,6% dân số; 1.954 cụ sinh hoạt tại 14 chi hội người cao tuổi ở 14 tổ dân phố.
2. Kết quả thực hiện
- Chế độ chính sách: chi trả trợ cấp xã hội hằng tháng cho 261 người từ 80 tuổi trở lên không có lương hưu, mức 360.000 đồng/người/tháng, bảo đảm đúng, đủ, kịp thời; 100% người cao tuổi được cấp thẻ bảo hiểm y tế.
- Chúc thọ, mừng thọ: phối hợp Hội Người cao tuổi phường tổ chức chúc thọ, mừng thọ cho 342 cụ ở tuổi 70, 75, 80, 85, 90 và trên 100 tuổi; trong đó 3 cụ tròn 100 tuổi nhận thiếp và quà của Chủ tịch nước.
- Hỗ trợ phòng, chống dịch: vận động hơn 85 triệu đồng từ Quỹ chăm sóc người cao tuổi và nhà hảo tâm tặng 430 suất quà cho người cao tuổi cô đơn, hộ nghèo chịu ảnh hưởng của dịch; tổ chức khám sức khỏe định kỳ cho 680 lượt người cao tuổi.
- Quỹ chăm sóc và phát huy vai trò người cao tuổi của phường đến ngày 30/11/2020 có số dư 126,4 triệu đồng.
- Phong trào "Tuổi cao - gương sáng": 35 cụ được biểu dương là điển hình tiêu biểu; câu lạc bộ thơ, dưỡng sinh, khiêu vũ duy trì sinh hoạt đều.
3. Tồn tại
Một số tổ dân phố còn lúng túng trong việc phân loại, quản lý người cao tuổi cô đơn; việc khám sức khỏe định kỳ bị gián đoạn trong thời gian thực hiện giãn cách xã hội.
4. Phương hướng năm 2021
Tiếp tục triển khai Nghị quyết số 12-NQ/ĐU ngày 5/1/2020 của Đảng ủy phường; phấn đấu 100% người cao tuổi được khám sức khỏe định kỳ ít nhất 1 lần/năm, vận động quỹ đạt không dưới 150 triệu đồng.
Nơi nhận: UBND quận Ba Đình; Thường trực Đảng ủy phường; Lưu: VT.
TM. UBND PHƯỜNG - CHỦ TỊCH: Đỗ Thị Mai Anh
Bà Đỗ Thị Mai Anh, Chủ tịch UBND phường, ký ban hành báo cáo.
Tin khác
- Phường Phúc Xá tặng quà Tết người có công (05/02/2020)
- Ra mắt câu lạc bộ liên thế hệ tổ dân phố 9 (14/10/2020)
- Kế hoạch Tháng hành động vì người cao tuổi năm 2020 (25/09/2020)
""", "2020-12-30", "Báo cáo kết quả công tác người cao tuổi năm 2020 và phương hướng năm 2021",
E("bao_cao", "2020", "2020-12-28"),
[P("Đỗ Thị Mai Anh", "Chủ tịch UBND phường")],
[Q("2.318 người cao tuổi", 2318, "người cao tuổi"), Q("11,6%", 11.6, "%"), Q("1.954 cụ", 1954, "cụ"),
 Q("14 chi hội người cao tuổi", 14, "chi hội người cao tuổi"), Q("14 tổ dân phố", 14, "tổ dân phố"), Q("261 người", 261, "người"),
 Q("360.000 đồng", 360000, "đồng"), Q("100%", 100, "%"), Q("342 cụ", 342, "cụ"), Q("3 cụ", 3, "cụ"),
 Q("hơn 85 triệu đồng", 85000000, "đồng", "over"), Q("430 suất quà", 430, "suất quà"), Q("680 lượt người cao tuổi", 680, "lượt người cao tuổi"),
 Q("126,4 triệu đồng", 126400000, "đồng"), Q("35 cụ", 35, "cụ"), Q("không dưới 150 triệu đồng", 150000000, "đồng", "over")],
[D("Báo cáo", "215", "BC-UBND", "2020-12-28", "UBND phường Phúc Xá", "Báo cáo số 215/BC-UBND"),
 D("Kế hoạch", "47", "KH-UBND", "2020-03-10", "UBND quận Ba Đình", "Kế hoạch số 47/KH-UBND ngày 10/3/2020 của UBND quận Ba Đình"),
 D("Nghị quyết", "12", "NQ/ĐU", "2020-01-05", "Đảng ủy phường", "Nghị quyết số 12-NQ/ĐU ngày 5/1/2020 của Đảng ủy phường")],
[prov("Hà Nội"), com("Phúc Xá")],
["UBND PHƯỜNG PHÚC XÁ - QUẬN BA ĐÌNH - THÀNH PHỐ HÀ NỘI", "Trang chủ / Văn bản - Báo cáo / Lao động - Xã hội",
 "Chương trình hành động quốc gia về người cao tuổi", "Tuổi cao - gương sáng",
 "Nơi nhận: UBND quận Ba Đình; Thường trực Đảng ủy phường; Lưu: VT."],
["30/12/2020 - 10:05", "năm 2020", "năm 2021", "80 tuổi trở lên", "70, 75, 80, 85, 90 và trên 100 tuổi", "100 tuổi",
 "1 lần/năm", "Covid-19", "1. Tình hình chung"]))

PAGES.append(page("b3807-laocai-taphuan-chihoi-nct-2021", """
HỘI NGƯỜI CAO TUỔI TỈNH LÀO CAI
Trang chủ - Tin hoạt động - Tập huấn
Ngày 16/11/2021 | 09:15
Các học viên tham dự lớp tập huấn tại huyện Bát Xát.
Bồi dưỡng nghiệp vụ cho 120 chi hội trưởng người cao tuổi vùng cao
Trong 2 ngày 12 - 13/11/2021, Ban Đại diện Hội Người cao tuổi tỉnh Lào Cai phối hợp với Hội Người cao tuổi huyện Bát Xát tổ chức lớp tập huấn nghiệp vụ công tác Hội năm 2021 cho 120 chi hội trưởng, chi hội phó người cao tuổi của 21 xã, thị trấn trên địa bàn huyện.
Phát biểu khai mạc, ông Lý Seo Chản, Phó Trưởng Ban Đại diện Hội Người cao tuổi tỉnh, cho biết đa số chi hội trưởng ở vùng cao là người Mông, người Dao, người Hà Nhì, nhiều cụ chưa thạo tiếng phổ thông, vì vậy lớp học được tổ chức song ngữ, có cán bộ phiên dịch tiếng Mông.
Các học viên được nghe ông Hoàng Văn Thắm, Trưởng ban Công tác Hội thuộc Ban Đại diện Hội Người cao tuổi tỉnh, truyền đạt chuyên đề về Luật Người cao tuổi, Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội, trong đó người từ đủ 80 tuổi trở lên không có lương hưu được hưởng trợ cấp hằng tháng 360.000 đồng. Bà Phàn Thị Mẩy, Phó Chủ tịch Hội Người cao tuổi huyện Bát Xát, hướng dẫn cách xây dựng và quản lý Quỹ chăm sóc và phát huy vai trò người cao tuổi, cách ghi sổ sách, báo cáo thống kê của chi hội.
Học viên cũng được giới thiệu mô hình câu lạc bộ liên thế hệ tự giúp nhau theo Quyết định số 1533/QĐ-TTg và Kế hoạch số 215/KH-UBND ngày 20/7/2021 của UBND tỉnh về nhân rộng mô hình, phấn đấu đến năm 2025 mỗi huyện, thị xã, thành phố có ít nhất 3 câu lạc bộ.
Theo báo cáo, năm 2021 huyện Bát Xát có 7.468 người cao tuổi, 100% xã, thị trấn có quỹ chăm sóc người cao tuổi với tổng số dư khoảng 312 triệu đồng; 4 câu lạc bộ liên thế hệ đang hoạt động tại các xã Bản Vược, Quang Kim, Y Tý và A Mú Sung.
Tại lớp tập huấn, cụ Tẩn Láo Lở, Chi hội trưởng Chi hội Người cao tuổi thôn Ngải Thầu, xã Y Tý, chia sẻ kinh nghiệm vận động người dân bỏ tục mổ nhiều trâu, bò trong đám ma; cụ Chu Ngọc Hoa, Chi hội trưởng thôn Phìn Ngan, nêu cách phối hợp với công an viên giữ gìn an ninh thôn bản.
Bế mạc lớp học, ông Lý Seo Chản đề nghị các chi hội trưởng vận dụng kiến thức vào sinh hoạt, tuyên truyền để con cháu thực hiện tốt Chỉ thị số 08-CT/HU ngày 4/5/2021 của Ban Thường vụ Huyện ủy về xây dựng đời sống văn hóa ở thôn bản vùng cao.
Lớp tập huấn nằm trong chuỗi 8 lớp Hội Người cao tuổi tỉnh tổ chức năm 2021 cho gần 900 chi hội trưởng trong toàn tỉnh.
Phàn Văn Sơn
Lượt xem: 412
Tin liên quan
- Lào Cai có 1.560 người cao tuổi được biểu dương "Tuổi cao - gương sáng" (02/11/2021)
- Sa Pa: mừng thọ người cao tuổi dịp 1/10 (04/10/2021)
- Hội Người cao tuổi tỉnh sơ kết 6 tháng đầu năm 2021 (15/07/2021)
""", "2021-11-16", "Bồi dưỡng nghiệp vụ cho 120 chi hội trưởng người cao tuổi vùng cao",
E("tap_huan", "2021", "2021-11-12"),
[P("Lý Seo Chản", "Phó Trưởng Ban Đại diện Hội Người cao tuổi tỉnh"),
 P("Hoàng Văn Thắm", "Trưởng ban Công tác Hội thuộc Ban Đại diện Hội Người cao tuổi tỉnh"),
 P("Phàn Thị Mẩy", "Phó Chủ tịch Hội Người cao tuổi huyện Bát Xát"),
 P("Tẩn Láo Lở", "Chi hội trưởng Chi hội Người cao tuổi thôn Ngải Thầu"),
 P("Chu Ngọc Hoa", "Chi hội trưởng thôn Phìn Ngan")],
[Q("120 chi hội trưởng, chi hội phó người cao tuổi", 120, "chi hội trưởng, chi hội phó người cao tuổi"),
 Q("21 xã, thị trấn", 21, "xã, thị trấn"), Q("360.000 đồng", 360000, "đồng"), Q("ít nhất 3 câu lạc bộ", 3, "câu lạc bộ", "over"),
 Q("7.468 người cao tuổi", 7468, "người cao tuổi"), Q("100%", 100, "%"),
 Q("khoảng 312 triệu đồng", 312000000, "đồng", "approx"), Q("4 câu lạc bộ liên thế hệ", 4, "câu lạc bộ liên thế hệ"),
 Q("8 lớp", 8, "lớp"), Q("gần 900 chi hội trưởng", 900, "chi hội trưởng", "approx")],
[D("Nghị định", "20", "2021/NĐ-CP", "2021-03-15", "Chính phủ", "Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ"),
 D("Quyết định", "1533", "QĐ-TTg", None, None, "Quyết định số 1533/QĐ-TTg"),
 D("Kế hoạch", "215", "KH-UBND", "2021-07-20", "UBND tỉnh", "Kế hoạch số 215/KH-UBND ngày 20/7/2021 của UBND tỉnh"),
 D("Chỉ thị", "08", "CT/HU", "2021-05-04", "Ban Thường vụ Huyện ủy", "Chỉ thị số 08-CT/HU ngày 4/5/2021 của Ban Thường vụ Huyện ủy")],
[prov("Lào Cai"), com("Bản Vược"), com("Quang Kim"), com("Y Tý"), com("A Mú Sung")],
["HỘI NGƯỜI CAO TUỔI TỈNH LÀO CAI", "Trang chủ - Tin hoạt động - Tập huấn", "Các học viên tham dự lớp tập huấn tại huyện Bát Xát.",
 "Luật Người cao tuổi", "Lượt xem: 412"],
["Ngày 16/11/2021 | 09:15", "2 ngày", "năm 2021", "80 tuổi trở lên", "năm 2025", "Lượt xem: 412"]))

PAGES.append(page("b3808-camau-doithoai-giadinhchinhsach-2022", """
Báo Cà Mau
Chính trị - Xã hội / Dân vận
22 tháng 7, 2022 | 17:45
Lắng nghe tâm tư của gia đình chính sách
Ngày 20/7, tại Hội trường UBND xã Tân Hưng Đông, huyện Cái Nước, Ban Dân vận Huyện ủy phối hợp với UBND huyện tổ chức buổi đối thoại giữa người đứng đầu cấp ủy, chính quyền với người có công và thân nhân gia đình chính sách năm 2022.
Ông Lâm Văn Bi, Thường trực Huyện ủy Cái Nước, chủ trì đối thoại. Ảnh: Huỳnh Lâm
Chủ trì buổi đối thoại có ông Lâm Văn Bi, Phó Bí thư Thường trực Huyện ủy Cái Nước; ông Danh Út, HUV, Trưởng Ban Dân vận Huyện ủy; bà Nguyễn Thị Thùy Trang, Phó Chủ tịch UBND huyện. Tham dự có 86 người là thương binh, bệnh binh, thân nhân liệt sĩ, người hoạt động kháng chiến và đại diện gia đình 3 Mẹ Việt Nam anh hùng đang còn sống của các xã Tân Hưng Đông, Trần Thới, Đông Thới.
Theo báo cáo, toàn huyện đang quản lý 4.127 hồ sơ người có công; 6 tháng đầu năm 2022, chi trả trợ cấp ưu đãi hơn 28,6 tỷ đồng theo mức chuẩn mới tại Nghị định 75/2021/NĐ-CP của Chính phủ; xây mới 17 căn nhà tình nghĩa, mỗi căn trị giá 60 triệu đồng, từ Quỹ "Đền ơn đáp nghĩa" huyện.
Tại buổi đối thoại, có 14 ý kiến phản ánh, kiến nghị. Ông Trần Văn Út, thương binh ở ấp Tân Phong, đề nghị làm rõ thủ tục giám định lại thương tật theo Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14; bà Thạch Thị Ngọc, con liệt sĩ ở xã Trần Thới, hỏi về chế độ bảo hiểm y tế cho thân nhân. Ông Lê Minh Khởi, Trưởng phòng Lao động - Thương binh và Xã hội huyện, trả lời trực tiếp 11 ý kiến; 3 ý kiến còn lại được ghi nhận để chuyển Sở Lao động - Thương binh và Xã hội tỉnh giải quyết theo thẩm quyền.
Kết luận buổi đối thoại, ông Lâm Văn Bi ghi nhận các ý kiến thẳng thắn, tâm huyết; yêu cầu các xã rà soát 23 hộ gia đình chính sách còn nhà ở xuống cấp, hoàn thành hỗ trợ trước ngày 31/12/2022 theo Kế hoạch số 92-KH/HU ngày 15/3/2022 của Huyện ủy; đồng thời nêu rõ việc tri ân không chỉ là trách nhiệm của Nhà nước mà là tình cảm của mỗi người dân.
Sau đối thoại, ban tổ chức tặng 86 phần quà, mỗi phần 500.000 đồng cho các đại biểu tham dự.
Theo Ban Dân vận Huyện ủy Cái Nước, đây là năm thứ ba huyện tổ chức đối thoại chuyên đề với người có công. Qua các buổi đối thoại, nhiều vướng mắc kéo dài về hồ sơ, chế độ đã được giải quyết dứt điểm, góp phần củng cố niềm tin của gia đình chính sách đối với cấp ủy, chính quyền. Năm nay, huyện cũng chỉ đạo các xã công khai danh sách hộ được hỗ trợ nhà ở tại trụ sở ấp để người dân giám sát.
Huỳnh Lâm
Xem thêm
- Cái Nước: dâng hương tưởng niệm các anh hùng liệt sĩ (18/07/2022)
- Đối thoại với nông dân về chuyển đổi sản xuất (12/07/2022)
- Ngọc Hiển bàn giao 5 căn nhà tình nghĩa (05/07/2022)
""", "2022-07-22", "Lắng nghe tâm tư của gia đình chính sách",
E("doi_thoai", "2022", "2022-07-20"),
[P("Lâm Văn Bi", "Phó Bí thư Thường trực Huyện ủy Cái Nước"),
 P("Danh Út", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Thị Thùy Trang", "Phó Chủ tịch UBND huyện"),
 P("Trần Văn Út", "thương binh"),
 P("Thạch Thị Ngọc", "con liệt sĩ"),
 P("Lê Minh Khởi", "Trưởng phòng Lao động - Thương binh và Xã hội huyện")],
[Q("86 người", 86, "người"), Q("3 Mẹ Việt Nam anh hùng", 3, "Mẹ Việt Nam anh hùng"), Q("4.127 hồ sơ người có công", 4127, "hồ sơ người có công"),
 Q("hơn 28,6 tỷ đồng", 28600000000, "đồng", "over"), Q("17 căn nhà tình nghĩa", 17, "căn nhà tình nghĩa"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("14 ý kiến phản ánh, kiến nghị", 14, "ý kiến phản ánh, kiến nghị"), Q("11 ý kiến", 11, "ý kiến"), Q("3 ý kiến", 3, "ý kiến"),
 Q("23 hộ gia đình chính sách", 23, "hộ gia đình chính sách"), Q("86 phần quà", 86, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Nghị định", "75", "2021/NĐ-CP", None, "Chính phủ", "Nghị định 75/2021/NĐ-CP của Chính phủ"),
 D("Pháp lệnh", "02", "2020/UBTVQH14", None, None, "Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14"),
 D("Kế hoạch", "92", "KH/HU", "2022-03-15", "Huyện ủy", "Kế hoạch số 92-KH/HU ngày 15/3/2022 của Huyện ủy")],
[prov("Cà Mau"), com("Tân Hưng Đông"), com("Trần Thới"), com("Đông Thới")],
["Báo Cà Mau", "Chính trị - Xã hội / Dân vận", "Ông Lâm Văn Bi, Thường trực Huyện ủy Cái Nước, chủ trì đối thoại. Ảnh: Huỳnh Lâm",
 "Đền ơn đáp nghĩa", "Hội trường UBND xã Tân Hưng Đông"],
["22 tháng 7, 2022 | 17:45", "năm 2022", "6 tháng đầu năm 2022", "năm thứ ba"]))
