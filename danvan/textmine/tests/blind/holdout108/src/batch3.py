from lib import *
PAGES = []

PAGES.append(page("b2561-yenbai-hlhpn-taphuan-tietkiem-2021", """
Báo Yên Bái điện tử
Trang chủ / Xã hội / Phụ nữ
2021-04-14 16:40
Nâng cao kỹ năng quản lý tổ tiết kiệm cho phụ nữ Mông
Trong 2 ngày 12 - 13/4/2021, tại xã Púng Luông, huyện Mù Cang Chải, Hội LHPN tỉnh Yên Bái tổ chức lớp tập huấn kỹ năng quản lý tổ tiết kiệm và vay vốn năm 2021 cho 65 tổ trưởng, tổ phó tổ tiết kiệm là phụ nữ người Mông của 8 xã vùng cao.
Giảng viên hướng dẫn học viên ghi sổ sách tổ tiết kiệm.
Khai mạc lớp tập huấn, bà Giàng Thị Dua, Phó Chủ tịch Hội LHPN tỉnh cho biết, thực hiện Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ phê duyệt Đề án "Hỗ trợ phụ nữ khởi nghiệp" và Kế hoạch số 28-KH/HPN ngày 20/1/2021 của Ban Thường vụ Hội LHPN tỉnh, toàn tỉnh hiện có 1.146 tổ tiết kiệm với 17.820 thành viên, số tiền tiết kiệm trên 31 tỷ đồng. Riêng huyện Mù Cang Chải có 124 tổ, nhưng nhiều tổ ghi chép sổ sách chưa đúng, có tổ chỉ ghi bằng trí nhớ của tổ trưởng.
Trong chương trình tập huấn, các học viên được bà Hà Thị Lan, Trưởng ban Kinh tế Hội LHPN tỉnh và ông Sùng A Thênh, Phó Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội huyện Mù Cang Chải hướng dẫn cách lập quy chế tổ, ghi sổ thu chi, tính lãi xoay vòng; lồng ghép tuyên truyền về tác hại của tảo hôn và hôn nhân cận huyết, về phòng, chống mua bán người.
Chị Mùa Thị Sua, tổ trưởng tổ tiết kiệm bản Háng Tảu, xã Púng Luông, chia sẻ: "Tổ mình có 24 chị em, mỗi tháng góp 50.000 đồng. Trước đây mình chỉ nhớ trong đầu, nay được học cách ghi sổ sẽ rõ ràng hơn, chị em tin tưởng hơn". Chị Lù Thị Dế, tổ phó tổ tiết kiệm xã Nậm Khắt, mong được tập huấn thêm về cách chọn giống lợn, giống gà phù hợp với khí hậu vùng cao.
Theo bà Giàng Thị Dua, các tổ tiết kiệm không chỉ là nơi chị em giúp nhau vốn, mà còn là nơi sinh hoạt, chia sẻ kinh nghiệm nuôi dạy con, giữ con gái ở lại trường học. Năm 2020, các tổ tiết kiệm ở Mù Cang Chải đã vận động 37 gia đình hoãn cưới cho con khi chưa đủ tuổi.
Kết thúc lớp tập huấn, Hội LHPN tỉnh trao tặng mỗi tổ 1 bộ sổ sách mẫu và 1 máy tính cầm tay; hỗ trợ 10 tổ có hoạt động tốt, mỗi tổ 3 triệu đồng bổ sung vốn xoay vòng.
Ban Thường vụ Hội LHPN tỉnh cho biết, trong năm 2021 sẽ tiếp tục mở thêm các lớp tập huấn tương tự tại các huyện Trạm Tấu, Văn Chấn, Lục Yên, ưu tiên tổ viên là phụ nữ người Mông, Dao, Tày; đồng thời phối hợp với ngân hàng chính sách để chuyển một số tổ tiết kiệm hoạt động tốt thành tổ vay vốn, giúp chị em có thêm nguồn lực phát triển kinh tế gia đình, giảm nghèo bền vững.
Thanh Tâm
Bài viết liên quan
- Trạm Tấu: phụ nữ Mông làm giàu từ cây sơn tra (02/04/2021)
- Hội LHPN tỉnh tổng kết công tác năm 2020 (15/01/2021)
- Văn Chấn: ra mắt câu lạc bộ "Phụ nữ khởi nghiệp" (28/12/2020)
- 100 hội viên tham gia hội thi "Tổ trưởng tổ tiết kiệm giỏi" (10/12/2020)
""", "2021-04-14", "Nâng cao kỹ năng quản lý tổ tiết kiệm cho phụ nữ Mông",
E("tap_huan", "2021", "2021-04-12"),
[P("Giàng Thị Dua", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Hà Thị Lan", "Trưởng ban Kinh tế Hội LHPN tỉnh"),
 P("Sùng A Thênh", "Phó Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội huyện Mù Cang Chải"),
 P("Mùa Thị Sua", "tổ trưởng tổ tiết kiệm bản Háng Tảu"),
 P("Lù Thị Dế", "tổ phó tổ tiết kiệm xã Nậm Khắt")],
[Q("65 tổ trưởng, tổ phó", 65, "tổ trưởng, tổ phó"), Q("8 xã vùng cao", 8, "xã vùng cao"),
 Q("1.146 tổ tiết kiệm", 1146, "tổ tiết kiệm"), Q("17.820 thành viên", 17820, "thành viên"),
 Q("trên 31 tỷ đồng", 31000000000, "đồng", "over"), Q("124 tổ", 124, "tổ"), Q("24 chị em", 24, "chị em"),
 Q("50.000 đồng", 50000, "đồng"), Q("37 gia đình", 37, "gia đình"), Q("10 tổ", 10, "tổ"),
 Q("3 triệu đồng", 3000000, "đồng")],
[D("Quyết định", "939", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định số 939/QĐ-TTg ngày 30/6/2017"),
 D("Kế hoạch", "28", "KH/HPN", "2021-01-20", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 28-KH/HPN ngày 20/1/2021")],
[prov("Yên Bái"), com("Púng Luông"), com("Nậm Khắt")],
["Báo Yên Bái điện tử", "Trang chủ / Xã hội / Phụ nữ", "Giảng viên hướng dẫn học viên ghi sổ sách tổ tiết kiệm.",
 "Hỗ trợ phụ nữ khởi nghiệp"],
["2021-04-14 16:40", "2 ngày", "năm 2021", "Năm 2020", "1 bộ sổ sách mẫu", "1 máy tính cầm tay"]))

PAGES.append(page("b2562-binhphuoc-tinhdoan-giaoban-thang11-2021", """
TỈNH ĐOÀN BÌNH PHƯỚC
Trang chủ › Tin tức › Hoạt động Đoàn
26/11/2021 09:15:32
Giao ban công tác Đoàn tháng 11: tập trung hỗ trợ thanh niên S'tiêng, Mnông
Sáng 25/11, Ban Thường vụ Tỉnh đoàn Bình Phước tổ chức giao ban công tác Đoàn và phong trào thanh thiếu nhi tháng 11/2021 theo hình thức trực tuyến với 11 điểm cầu huyện, thị xã, thành phố. Đồng chí Điểu Thị Nhung, Bí thư Tỉnh đoàn chủ trì.
Trong tháng, các cấp bộ Đoàn đã duy trì 57 đội hình thanh niên tình nguyện hỗ trợ tiêm vắc xin phòng Covid-19 cho đồng bào dân tộc thiểu số; vận động trao 2.450 túi an sinh cho hộ nghèo, tổng trị giá 735 triệu đồng. Chương trình "Sóng và máy tính cho em" đã trao 126 máy tính bảng cho học sinh người S'tiêng, Mnông học trực tuyến.
Tỉnh đoàn đã hướng dẫn thực hiện Kế hoạch số 312-KH/TĐTN ngày 02/11/2021 của Ban Thường vụ Tỉnh đoàn về đồng hành với thanh niên dân tộc thiểu số lập nghiệp giai đoạn 2021 - 2025 và tham gia triển khai Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, trong đó có nội dung giảm thiểu tảo hôn, hôn nhân cận huyết.
Tại buổi giao ban, đồng chí Điểu Văn Hoàng, Bí thư Huyện đoàn Bù Đăng, cho biết huyện đoàn đã phối hợp tuyên truyền về tảo hôn tại 14 sóc đồng bào S'tiêng; đồng chí Thị Hạnh, Phó Bí thư Đoàn xã Lộc Thành, đề xuất mở lớp tin học cho thanh niên nữ người Khmer. Đồng chí Nguyễn Thị Thu Trang, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh, thông tin kết quả vận động nguồn lực hỗ trợ học sinh khó khăn.
Kết luận buổi giao ban, đồng chí Điểu Thị Nhung đề nghị trong tháng 12, các cơ sở Đoàn tiếp tục hỗ trợ địa phương phòng, chống dịch; chuẩn bị tổ chức Tháng Thanh niên năm 2022; rà soát đoàn viên là người dân tộc thiểu số để giới thiệu cho Đảng xem xét kết nạp. Phấn đấu đến cuối năm 2021 có 350 đoàn viên ưu tú được giới thiệu, trong đó 30% là người dân tộc thiểu số.
Đồng chí cũng yêu cầu các huyện đoàn biên giới phối hợp với đồn biên phòng nắm tình hình thanh niên đi làm ăn xa, nhất là thanh niên nữ, để kịp thời tuyên truyền về phòng, chống mua bán người; các cơ sở Đoàn chủ động nắm bắt những khó khăn của đoàn viên sau dịch để có giải pháp hỗ trợ việc làm phù hợp, không để thanh niên bỏ học, kết hôn sớm.
P.V
Lượt xem: 219
Tin khác
- Tỉnh đoàn trao 200 suất quà cho thanh niên công nhân khó khăn (18/11/2021)
- Bù Gia Mập: đoàn viên hỗ trợ người dân thu hoạch điều (10/11/2021)
- Tuổi trẻ Bình Phước chung tay phòng, chống dịch Covid-19 (30/10/2021)
- Hớn Quản: ra mắt tổ thanh niên khởi nghiệp (20/10/2021)
""", "2021-11-26", "Giao ban công tác Đoàn tháng 11: tập trung hỗ trợ thanh niên S'tiêng, Mnông",
E("giao_ban", "2021-11", "2021-11-25"),
[P("Điểu Thị Nhung", "Bí thư Tỉnh đoàn"),
 P("Điểu Văn Hoàng", "Bí thư Huyện đoàn Bù Đăng"),
 P("Thị Hạnh", "Phó Bí thư Đoàn xã Lộc Thành"),
 P("Nguyễn Thị Thu Trang", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh")],
[Q("11 điểm cầu huyện, thị xã, thành phố", 11, "điểm cầu huyện, thị xã, thành phố"),
 Q("57 đội hình thanh niên tình nguyện", 57, "đội hình thanh niên tình nguyện"), Q("2.450 túi an sinh", 2450, "túi an sinh"),
 Q("735 triệu đồng", 735000000, "đồng"), Q("126 máy tính bảng", 126, "máy tính bảng"), Q("14 sóc", 14, "sóc"),
 Q("350 đoàn viên ưu tú", 350, "đoàn viên ưu tú"), Q("30%", 30, "%")],
[D("Kế hoạch", "312", "KH/TĐTN", "2021-11-02", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 312-KH/TĐTN ngày 02/11/2021"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Bình Phước"), com("Lộc Thành")],
["TỈNH ĐOÀN BÌNH PHƯỚC", "Trang chủ › Tin tức › Hoạt động Đoàn", "Sóng và máy tính cho em", "Tháng Thanh niên",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 219"],
["26/11/2021 09:15:32", "tháng 11/2021", "tháng 12", "giai đoạn 2021 - 2025", "năm 2022", "năm 2021", "Lượt xem: 219"]))

PAGES.append(page("b2563-laichau-mttq-hoinghi-uytin-2022", """
ỦY BAN MTTQ VIỆT NAM TỈNH LAI CHÂU
Trang chủ > Tin hoạt động > Công tác dân tộc, tôn giáo
Thứ Hai, 15/08/2022 - 10:20
Toàn cảnh hội nghị.
Người có uy tín chung tay đẩy lùi tảo hôn ở biên giới Lai Châu
Ngày 12/8, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lai Châu tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong phòng, chống tảo hôn, hôn nhân cận huyết năm 2022. Dự hội nghị có 146 người có uy tín là già bản, trưởng họ, thầy mo của các dân tộc Hà Nhì, Lự, Si La, Mảng, Cống, La Hủ.
Chủ trì hội nghị có bà Tẩn Thị Xoan, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các ông, bà Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lò Văn Pâng, Chẻo Mý Chiêu.
Báo cáo tại hội nghị cho biết, thực hiện Chỉ thị số 18-CT/TU ngày 22/4/2021 của Ban Thường vụ Tỉnh ủy về tăng cường công tác phòng, chống tảo hôn và Quyết định số 1163/QĐ-UBND của UBND tỉnh, người có uy tín đã trực tiếp tham gia vận động 412 gia đình không tổ chức cưới cho con khi chưa đủ tuổi, hòa giải thành 63 vụ việc mâu thuẫn trong gia đình, tố giác 5 vụ tụ tập đông người gây rối. Số cặp tảo hôn năm 2021 giảm 38% so với năm 2020; ở 2 huyện Mường Tè, Nậm Nhùn không còn hôn nhân cận huyết.
Tại hội nghị, ông Lỳ Chừ Xá, người có uy tín bản Pa Ủ, xã Pa Ủ, chia sẻ: "Người La Hủ trước đây 14, 15 tuổi đã lấy vợ lấy chồng. Mình là già bản phải nói trước, con cháu trong nhà mình phải làm trước". Bà Pờ Thị Xa, Trưởng bản Sì Thâu Chải, xã Bum Tở, kể về việc cùng chi hội phụ nữ đón các em gái về lại lớp học.
Phát biểu kết luận, bà Tẩn Thị Xoan đề nghị người có uy tín tiếp tục là cầu nối giữa Đảng, chính quyền với nhân dân; gắn vận động xóa bỏ tảo hôn với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và phong trào "Toàn dân bảo vệ an ninh Tổ quốc".
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 45 người có uy tín tiêu biểu, mỗi người được nhận kèm 1 triệu đồng tiền thưởng và 1 chiếc đèn pin sạc.
Các đại biểu cho rằng, cùng với tuyên truyền, cần quan tâm hơn đến đời sống của người có uy tín ở các bản biên giới xa xôi, thường xuyên cung cấp thông tin, tài liệu bằng tiếng dân tộc để họ có thêm kiến thức vận động bà con.
Nguyễn Hương
Tin cùng chuyên mục
- Mường Tè: Mặt trận hỗ trợ 20 nhà Đại đoàn kết (03/08/2022)
- Hội nghị giám sát thực hiện chính sách đối với người có uy tín (25/07/2022)
- Sìn Hồ: ra mắt mô hình "Dòng họ không có tảo hôn" (12/07/2022)
- Phong Thổ: già làng, trưởng bản tham gia giữ gìn an ninh biên giới (30/06/2022)
- Tam Đường: Ủy ban MTTQ huyện tổ chức đối thoại với người có uy tín (15/06/2022)
- Than Uyên: nhân rộng mô hình "Khu dân cư tự quản về an ninh trật tự" (02/06/2022)
""", "2022-08-15", "Người có uy tín chung tay đẩy lùi tảo hôn ở biên giới Lai Châu",
E("hoi_nghi", "2022", "2022-08-12"),
[P("Tẩn Thị Xoan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Văn Pâng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chẻo Mý Chiêu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lỳ Chừ Xá", "người có uy tín bản Pa Ủ"),
 P("Pờ Thị Xa", "Trưởng bản Sì Thâu Chải")],
[Q("146 người có uy tín", 146, "người có uy tín"), Q("412 gia đình", 412, "gia đình"),
 Q("63 vụ việc mâu thuẫn trong gia đình", 63, "vụ việc mâu thuẫn trong gia đình"),
 Q("5 vụ tụ tập đông người gây rối", 5, "vụ tụ tập đông người gây rối"), Q("38%", 38, "%"), Q("2 huyện", 2, "huyện"),
 Q("45 người có uy tín tiêu biểu", 45, "người có uy tín tiêu biểu"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "18", "CT/TU", "2021-04-22", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 18-CT/TU ngày 22/4/2021"),
 D("Quyết định", "1163", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1163/QĐ-UBND")],
[prov("Lai Châu"), com("Pa Ủ"), com("Bum Tở")],
["ỦY BAN MTTQ VIỆT NAM TỈNH LAI CHÂU", "Trang chủ > Tin hoạt động > Công tác dân tộc, tôn giáo", "Toàn cảnh hội nghị.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Toàn dân bảo vệ an ninh Tổ quốc"],
["Thứ Hai, 15/08/2022 - 10:20", "năm 2022", "năm 2021", "năm 2020", "14, 15 tuổi", "1 chiếc đèn pin sạc"]))

PAGES.append(page("b2564-soctrang-hlhpn-soket-2023", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH SÓC TRĂNG
Hôm nay: Thứ Năm, 20/07/2023
Trang chủ » Hoạt động Hội » Tin tỉnh
18/07/2023 - 14:30
Chị Lâm Thị Sa Quên phát biểu tại hội nghị. Ảnh: Kim Hoa
Phụ nữ Khmer Sóc Trăng tích cực tham gia các tổ tiết kiệm
Ngày 17/7, Hội LHPN tỉnh Sóc Trăng tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023. Bà Lâm Thị Sa Quên, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị.
Theo báo cáo, 6 tháng đầu năm 2023, các cấp hội đã phát triển 1.312 hội viên mới, trong đó 48% là phụ nữ người Khmer; thành lập mới 27 tổ tiết kiệm, nâng tổng số lên 684 tổ với 9.870 thành viên, số vốn tiết kiệm 14,2 tỷ đồng. Hội đã phối hợp Ngân hàng Chính sách xã hội giải ngân cho 1.056 hộ vay vốn với dư nợ ủy thác tăng 21 tỷ đồng.
Thực hiện Dự án 8 thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ, Hội đã thành lập 36 tổ truyền thông cộng đồng, 18 câu lạc bộ "Thủ lĩnh của sự thay đổi" trong trường học; tổ chức 96 cuộc truyền thông về phòng, chống tảo hôn cho gần 5.400 lượt người. Hội cũng hướng dẫn thực hiện Kế hoạch số 41-KH/ĐĐ ngày 10/3/2023 của Đảng đoàn Hội LHPN tỉnh và Hướng dẫn 09-HD/BTV của Ban Thường vụ Hội LHPN tỉnh.
Tại hội nghị, chị Thạch Thị Mỹ Hạnh, Chủ tịch Hội LHPN xã Vĩnh Hải, thị xã Vĩnh Châu, chia sẻ mô hình tổ tiết kiệm "Nuôi heo đất" của chị em Khmer; chị Danh Thị Sô Pha, Phó Chủ tịch Hội LHPN huyện Trần Đề, đề xuất hỗ trợ vốn để chị em làm nghề đan đát, bánh pía. Các bà Phó Chủ tịch Hội LHPN tỉnh: Trần Thị Ngọc Châu, Lý Thị Quyên thông tin kết quả các chương trình phối hợp.
Phát biểu kết luận, bà Lâm Thị Sa Quên đề nghị các cấp hội tập trung chuẩn bị Đại hội đại biểu Phụ nữ tỉnh lần thứ XII; phấn đấu đến cuối năm mỗi huyện có ít nhất 1 mô hình sinh kế cho phụ nữ Khmer; tiếp tục thực hiện tốt cuộc vận động "Xây dựng gia đình 5 không, 3 sạch".
Hội nghị thống nhất tập trung vận động chị em tham gia các lớp học nghề, phát triển kinh tế hộ gia đình, đồng thời chú trọng tuyên truyền để các gia đình Khmer ở vùng ven biển cho con em đi học đầy đủ, không để các em gái nghỉ học sớm, lấy chồng sớm.
Sơn Mai
Tin liên quan
- Vĩnh Châu: trao 30 con bò cho phụ nữ Khmer nghèo (12/07/2023)
- Hội LHPN tỉnh tập huấn Dự án 8 (20/06/2023)
- Trần Đề: ra mắt câu lạc bộ phụ nữ khởi nghiệp (05/06/2023)
- Tặng 100 suất quà Tết Chôl Chnăm Thmây (10/04/2023)
- Mỹ Xuyên: hội viên phụ nữ Khmer làm giàu từ nghề se nhang (28/03/2023)
- Hội LHPN tỉnh phát động Tháng hành động vì bình đẳng giới (15/03/2023)
""", "2023-07-18", "Phụ nữ Khmer Sóc Trăng tích cực tham gia các tổ tiết kiệm",
E("so_ket", "2023-H1", "2023-07-17"),
[P("Lâm Thị Sa Quên", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Thạch Thị Mỹ Hạnh", "Chủ tịch Hội LHPN xã Vĩnh Hải"),
 P("Danh Thị Sô Pha", "Phó Chủ tịch Hội LHPN huyện Trần Đề"),
 P("Trần Thị Ngọc Châu", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lý Thị Quyên", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("1.312 hội viên mới", 1312, "hội viên mới"), Q("48%", 48, "%"), Q("27 tổ tiết kiệm", 27, "tổ tiết kiệm"),
 Q("684 tổ", 684, "tổ"), Q("9.870 thành viên", 9870, "thành viên"), Q("14,2 tỷ đồng", 14200000000, "đồng"),
 Q("1.056 hộ", 1056, "hộ"), Q("21 tỷ đồng", 21000000000, "đồng"),
 Q("36 tổ truyền thông cộng đồng", 36, "tổ truyền thông cộng đồng"), Q("18 câu lạc bộ", 18, "câu lạc bộ"),
 Q("96 cuộc truyền thông", 96, "cuộc truyền thông"), Q("gần 5.400 lượt người", 5400, "lượt người", "approx")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Kế hoạch", "41", "KH/ĐĐ", "2023-03-10", "Đảng đoàn Hội LHPN tỉnh", "Kế hoạch số 41-KH/ĐĐ ngày 10/3/2023"),
 D("Hướng dẫn", "09", "HD/BTV", None, "Ban Thường vụ Hội LHPN tỉnh", "Hướng dẫn 09-HD/BTV")],
[prov("Sóc Trăng"), com("Vĩnh Hải")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH SÓC TRĂNG", "Trang chủ » Hoạt động Hội » Tin tỉnh",
 "Chị Lâm Thị Sa Quên phát biểu tại hội nghị. Ảnh: Kim Hoa", "Thủ lĩnh của sự thay đổi", "Nuôi heo đất",
 "Xây dựng gia đình 5 không, 3 sạch", "Dự án 8",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Hôm nay: Thứ Năm, 20/07/2023", "18/07/2023 - 14:30", "6 tháng đầu năm", "6 tháng cuối năm 2023",
 "6 tháng đầu năm 2023", "Dự án 8", "lần thứ XII", "1 mô hình", "5 không, 3 sạch"]))

PAGES.append(page("b2565-kontum-chandung-bithudoan-2023", """
Báo Kon Tum điện tử
Xã hội | Gương sáng
09/11/2023 | 07:45
Y Thúy trò chuyện với thanh niên làng Kon Pring. Ảnh: Thanh Tuyền
Nữ Bí thư Đoàn xã người Xơ Đăng và hành trình giữ các em gái ở lại trường
Ở tuổi 27, chị Y Thúy, Bí thư Đoàn xã Ngọk Lây, huyện Tu Mơ Rông, tỉnh Kon Tum, đã có 5 năm gắn bó với công tác Đoàn. Người dân các làng Kon Pring, Tu Thó quen gọi chị là "cô giáo Đoàn", bởi chị thường ngồi bên bếp lửa, nói chuyện bằng tiếng Xơ Đăng với từng gia đình có con gái sắp bỏ học.
Năm 2019, khi mới được tín nhiệm giữ chức Bí thư Đoàn xã, chị Y Thúy đã thống kê được 11 em gái tuổi 15, 16 bỏ học để lấy chồng. Chị cùng chi hội phụ nữ, già làng lập danh sách, đến từng nhà vận động; mỗi tuần chị dành 2 buổi tối sinh hoạt câu lạc bộ với thanh niên ở nhà rông. Đến nay, Đoàn xã đã đưa 23 em gái trở lại lớp học, trong đó 4 em đã tốt nghiệp trung học phổ thông.
Chị còn vận động thành lập tổ hợp tác trồng sâm dây của thanh niên với 19 thành viên, vốn góp ban đầu 95 triệu đồng. Mỗi năm tổ thu về khoảng 320 triệu đồng, nhiều bạn trẻ đã có thu nhập ổn định, không còn vội lập gia đình.
Ông A Bình, người có uy tín làng Kon Pring, nhận xét: "Y Thúy nói bà con nghe vì nó là con của làng, hiểu phong tục của làng". Bà Y Lan, Chủ tịch Hội LHPN xã Ngọk Lây, cho biết nhờ có sự phối hợp của Đoàn xã, năm 2022 xã chỉ còn 2 cặp tảo hôn, giảm 9 cặp so với năm 2019.
Với những đóng góp đó, năm 2023 chị Y Thúy được Trung ương Đoàn tặng Giải thưởng Lý Tự Trọng và được chọn là 1 trong 10 gương mặt trẻ tiêu biểu tỉnh Kon Tum. Anh A Tuấn, Phó Bí thư Tỉnh đoàn Kon Tum, đánh giá chị là hình mẫu của cán bộ Đoàn vùng đồng bào dân tộc thiểu số.
Chia sẻ về dự định sắp tới, chị Y Thúy mong muốn mở thêm lớp dạy nghề dệt thổ cẩm cho các em gái đã nghỉ học, để các em có nghề trong tay, tự tin hơn trong cuộc sống.
Trong những chuyến đi vận động, có khi chị phải lội suối, đi bộ cả buổi mới đến được nhà các em. Có gia đình đuổi chị về, chị lại đến lần nữa, lần nữa, cho đến khi cha mẹ các em hiểu ra. Chị tâm sự, điều vui nhất là khi thấy các em gái mặc áo trắng đến trường, còn những cô gái đã lập gia đình sớm thì cũng được Đoàn xã giúp học nghề, có việc làm.
Thanh Tuyền
Tin khác
- Kon Tum: 300 đoàn viên tham gia ngày hội việc làm (02/11/2023)
- Đắk Glei: phụ nữ Giẻ Triêng giữ nghề dệt (25/10/2023)
- Trao 50 suất học bổng cho học sinh vùng cao (16/10/2023)
- Tu Mơ Rông ra mắt mô hình "Làng không có tảo hôn" (05/10/2023)
- Ngọc Hồi: thanh niên biên giới giúp dân thu hoạch lúa rẫy (28/09/2023)
- Kon Plông: phụ nữ Mơ Nâm góp vốn trồng rau an toàn (20/09/2023)
""", "2023-11-09", "Nữ Bí thư Đoàn xã người Xơ Đăng và hành trình giữ các em gái ở lại trường",
E("khac", None, None),
[P("Y Thúy", "Bí thư Đoàn xã Ngọk Lây"),
 P("A Bình", "người có uy tín làng Kon Pring"),
 P("Y Lan", "Chủ tịch Hội LHPN xã Ngọk Lây"),
 P("A Tuấn", "Phó Bí thư Tỉnh đoàn Kon Tum")],
[Q("11 em gái", 11, "em gái"), Q("23 em gái", 23, "em gái"), Q("4 em", 4, "em"),
 Q("19 thành viên", 19, "thành viên"), Q("95 triệu đồng", 95000000, "đồng"),
 Q("khoảng 320 triệu đồng", 320000000, "đồng", "approx"), Q("2 cặp tảo hôn", 2, "cặp tảo hôn"), Q("9 cặp", 9, "cặp")],
[],
[prov("Kon Tum"), com("Ngọk Lây")],
["Báo Kon Tum điện tử", "Xã hội | Gương sáng", "Y Thúy trò chuyện với thanh niên làng Kon Pring. Ảnh: Thanh Tuyền",
 "cô giáo Đoàn", "Giải thưởng Lý Tự Trọng"],
["09/11/2023 | 07:45", "tuổi 27", "5 năm", "Năm 2019", "tuổi 15, 16", "2 buổi tối", "năm 2022", "năm 2023",
 "1 trong 10 gương mặt trẻ"]))

PAGES.append(page("b2566-hoabinh-tinhdoan-tongket-tnth-2024", """
Đoàn TNCS Hồ Chí Minh tỉnh Hòa Bình
Trang chủ / Phong trào / Thanh niên tình nguyện
Thứ Bảy, 24/08/2024 06:00
Đồng chí Bùi Thị Hằng trao bằng khen cho các đội hình xuất sắc.
Mùa hè tình nguyện 2024: hơn 500 công trình, phần việc cho vùng đồng bào
Ngày 22/8/2024, Ban Thường vụ Tỉnh đoàn Hòa Bình tổ chức hội nghị tổng kết Chiến dịch thanh niên tình nguyện hè năm 2024. Đồng chí Bùi Thị Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự và chỉ đạo; đồng chí Quách Văn Mạnh, Bí thư Tỉnh đoàn chủ trì.
Báo cáo tổng kết cho biết, chiến dịch năm nay có 4.280 lượt đoàn viên, thanh niên tham gia với 512 công trình, phần việc thanh niên, tổng trị giá hơn 6,3 tỷ đồng. Các đội hình đã làm mới 14 km đường giao thông nông thôn, sửa chữa 37 nhà văn hóa xóm, trồng 28.000 cây xanh; tổ chức 64 lớp kỹ năng sống cho 2.900 thiếu nhi người Mường, Dao, Tày.
Nội dung phòng, chống tảo hôn, hôn nhân cận huyết được triển khai theo Kế hoạch số 145-KH/TĐTN ngày 28/5/2024 của Ban Thường vụ Tỉnh đoàn và Hướng dẫn số 23-HD/TĐTN của Tỉnh đoàn. Các đội hình đã tổ chức 41 buổi tư vấn tiền hôn nhân tại các xóm vùng cao, thành lập 12 câu lạc bộ "Thủ lĩnh của sự thay đổi" ở các trường trung học cơ sở.
Tại hội nghị, chị Xa Thị Minh, Bí thư Đoàn xã Tân Pheo, người Mường, chia sẻ cách đội hình tình nguyện phối hợp với chi hội phụ nữ "gõ cửa từng nhà" có con em ở tuổi vị thành niên; anh Triệu Văn Sìn, Phó Bí thư Huyện đoàn Đà Bắc, người Dao, đề nghị hỗ trợ thêm kinh phí để duy trì lớp học tiếng Dao cho thiếu nhi. Các đồng chí Phó Bí thư Tỉnh đoàn: Hà Thu Trang, Đinh Công Sỹ báo cáo tham luận về công tác chuyển đổi số trong Đoàn.
Phát biểu chỉ đạo, đồng chí Bùi Thị Hằng đề nghị các cấp bộ Đoàn tiếp tục thực hiện Kết luận số 80-KL/TW ngày 10/6/2024 của Ban Bí thư, gắn tình nguyện với hỗ trợ thanh niên dân tộc thiểu số lập nghiệp, không để thanh niên bỏ học, kết hôn sớm.
Dịp này, Tỉnh đoàn tặng bằng khen cho 24 tập thể, 56 cá nhân; 3 đội hình được đề nghị Trung ương Đoàn khen thưởng.
Hội nghị cũng đánh giá những tồn tại: một số cơ sở Đoàn còn tổ chức các hoạt động mang tính hình thức; việc huy động nguồn lực xã hội hóa ở vùng sâu, vùng xa còn khó khăn; sự phối hợp giữa tổ chức Đoàn với Hội LHPN, ngành y tế trong tư vấn sức khỏe sinh sản cho thanh niên chưa thường xuyên.
Bùi Hương
Lượt xem: 1.032
Tin liên quan
- Tuổi trẻ Đà Bắc ra quân chiến dịch tình nguyện hè (02/07/2024)
- Mai Châu: 200 đoàn viên tham gia hiến máu (20/06/2024)
- Tỉnh đoàn tổ chức Ngày hội thiếu nhi vui khỏe (01/06/2024)
- Lạc Sơn: ra mắt câu lạc bộ thanh niên khởi nghiệp (15/05/2024)
""", "2024-08-24", "Mùa hè tình nguyện 2024: hơn 500 công trình, phần việc cho vùng đồng bào",
E("tong_ket", "2024", "2024-08-22"),
[P("Bùi Thị Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quách Văn Mạnh", "Bí thư Tỉnh đoàn"),
 P("Xa Thị Minh", "Bí thư Đoàn xã Tân Pheo"),
 P("Triệu Văn Sìn", "Phó Bí thư Huyện đoàn Đà Bắc"),
 P("Hà Thu Trang", "Phó Bí thư Tỉnh đoàn"),
 P("Đinh Công Sỹ", "Phó Bí thư Tỉnh đoàn")],
[Q("4.280 lượt đoàn viên, thanh niên", 4280, "lượt đoàn viên, thanh niên"),
 Q("512 công trình, phần việc thanh niên", 512, "công trình, phần việc thanh niên"),
 Q("hơn 6,3 tỷ đồng", 6300000000, "đồng", "over"), Q("14 km", 14, "km"), Q("37 nhà văn hóa xóm", 37, "nhà văn hóa xóm"),
 Q("28.000 cây xanh", 28000, "cây xanh"), Q("64 lớp kỹ năng sống", 64, "lớp kỹ năng sống"),
 Q("2.900 thiếu nhi", 2900, "thiếu nhi"), Q("41 buổi tư vấn tiền hôn nhân", 41, "buổi tư vấn tiền hôn nhân"),
 Q("12 câu lạc bộ", 12, "câu lạc bộ"), Q("24 tập thể", 24, "tập thể"), Q("56 cá nhân", 56, "cá nhân"),
 Q("3 đội hình", 3, "đội hình")],
[D("Kế hoạch", "145", "KH/TĐTN", "2024-05-28", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 145-KH/TĐTN ngày 28/5/2024"),
 D("Hướng dẫn", "23", "HD/TĐTN", None, "Tỉnh đoàn", "Hướng dẫn số 23-HD/TĐTN"),
 D("Kết luận", "80", "KL/TW", "2024-06-10", "Ban Bí thư", "Kết luận số 80-KL/TW ngày 10/6/2024")],
[prov("Hòa Bình"), com("Tân Pheo")],
["Đoàn TNCS Hồ Chí Minh tỉnh Hòa Bình", "Trang chủ / Phong trào / Thanh niên tình nguyện",
 "Đồng chí Bùi Thị Hằng trao bằng khen cho các đội hình xuất sắc.", "Chiến dịch thanh niên tình nguyện hè",
 "Thủ lĩnh của sự thay đổi", "gõ cửa từng nhà", "Lượt xem: 1.032"],
["Thứ Bảy, 24/08/2024 06:00", "năm 2024", "Mùa hè tình nguyện 2024", "Lượt xem: 1.032"]))
