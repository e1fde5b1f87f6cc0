from lib import *
PAGES = []

PAGES.append(page("b3815-vinhlong-trao-qua-27-7-2025", """
BÁO VĨNH LONG ONLINE
Trang chủ > Xã hội > Chính sách
Thứ Sáu, 25/07/2025 - 15:10
Chủ tịch UBND tỉnh Lữ Quang Ngời trao quà cho Mẹ Việt Nam anh hùng Thạch Thị Sóc.
Vĩnh Long: Hơn 180.000 suất quà tri ân người có công dịp 27/7
Trong ngày 23 và 24/7/2025, các đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long đã đến thăm, tặng quà Mẹ Việt Nam anh hùng, thương binh nặng và gia đình chính sách tiêu biểu nhân kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2025). Đây là năm đầu tiên tỉnh Vĩnh Long mới (hợp nhất từ Vĩnh Long, Bến Tre và Trà Vinh) tổ chức các hoạt động tri ân.
Đoàn do ông Lữ Quang Ngời, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh làm trưởng đoàn đã đến thăm Mẹ Việt Nam anh hùng Thạch Thị Sóc, 101 tuổi, người Khmer ở phường Trà Vinh. Mẹ có 2 người con là liệt sĩ. Ông Lữ Quang Ngời trao tặng mẹ phần quà của Chủ tịch nước và của tỉnh, tổng trị giá 6 triệu đồng.
Các đoàn do bà Nguyễn Thị Quyên Thanh, Phó Bí thư Tỉnh ủy, và ông Châu Văn Hòa, Phó Chủ tịch Thường trực UBND tỉnh làm trưởng đoàn thăm, tặng quà các gia đình chính sách ở xã Cầu Kè, xã Mỏ Cày và phường An Hội.
Theo Sở Nội vụ, dịp này toàn tỉnh tặng hơn 180.000 suất quà cho người có công và thân nhân, tổng kinh phí trên 76 tỷ đồng, trong đó quà của Chủ tịch nước 62.450 suất, mỗi suất 300.000 đồng hoặc 600.000 đồng; quà của tỉnh mỗi suất 500.000 đồng. Tỉnh hiện còn 49 Mẹ Việt Nam anh hùng đang sống, 100% được phụng dưỡng.
Thực hiện Kế hoạch 12, 13-KH/TU của Ban Thường vụ Tỉnh ủy về tổ chức các hoạt động kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ và về xây dựng nhà tình nghĩa năm 2025, các địa phương đã khởi công, bàn giao 315 căn nhà tình nghĩa, mỗi căn trị giá 60 triệu đồng, từ nguồn Quỹ "Đền ơn đáp nghĩa" và chương trình xóa nhà tạm, nhà dột nát. Các chế độ ưu đãi được chi trả theo Nghị định số 55/2023/NĐ-CP ngày 21/7/2023 của Chính phủ.
Cùng ngày, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh do bà Kim Thị Sa Phol, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn thăm, tặng 120 phần quà cho thương binh, bệnh binh tại Trung tâm Điều dưỡng người có công. Hòa thượng Thạch Sok Xane, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, cũng vận động các chùa Khmer trao 250 phần quà cho gia đình chính sách khó khăn.
Tối 26/7, tuổi trẻ toàn tỉnh tổ chức thắp nến tri ân tại các nghĩa trang liệt sĩ; hơn 5.000 đoàn viên, thanh niên tham gia chăm sóc phần mộ liệt sĩ.
Thanh Tùng - Sa Rinh
Tin liên quan
- Tỉnh Vĩnh Long dâng hương tưởng niệm các anh hùng liệt sĩ (24/07/2025)
- Khởi công 50 căn nhà tình nghĩa tại phường Bến Tre (20/07/2025)
- Họp mặt 300 người có công tiêu biểu (18/07/2025)
""", "2025-07-25", "Vĩnh Long: Hơn 180.000 suất quà tri ân người có công dịp 27/7",
E("trao_qua", None, "2025-07-23"),
[P("Lữ Quang Ngời", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Thạch Thị Sóc", "Mẹ Việt Nam anh hùng"),
 P("Nguyễn Thị Quyên Thanh", "Phó Bí thư Tỉnh ủy"),
 P("Châu Văn Hòa", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Kim Thị Sa Phol", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sok Xane", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh")],
[Q("hơn 180.000 suất quà", 180000, "suất quà", "over"), Q("2 người con", 2, "người con"), Q("6 triệu đồng", 6000000, "đồng"),
 Q("trên 76 tỷ đồng", 76000000000, "đồng", "over"), Q("62.450 suất", 62450, "suất"), Q("300.000 đồng", 300000, "đồng"),
 Q("600.000 đồng", 600000, "đồng"), Q("500.000 đồng", 500000, "đồng"), Q("49 Mẹ Việt Nam anh hùng", 49, "Mẹ Việt Nam anh hùng"),
 Q("100%", 100, "%"), Q("315 căn nhà tình nghĩa", 315, "căn nhà tình nghĩa"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("120 phần quà", 120, "phần quà"), Q("250 phần quà", 250, "phần quà"), Q("hơn 5.000 đoàn viên, thanh niên", 5000, "đoàn viên, thanh niên", "over")],
[D("Kế hoạch", "12", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 12, 13-KH/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kế hoạch", "13", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 12, 13-KH/TU của Ban Thường vụ Tỉnh ủy"),
 D("Nghị định", "55", "2023/NĐ-CP", "2023-07-21", "Chính phủ", "Nghị định số 55/2023/NĐ-CP ngày 21/7/2023 của Chính phủ")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Vinh"), com("Cầu Kè"), com("Mỏ Cày"), com("An Hội")],
["BÁO VĨNH LONG ONLINE", "Trang chủ > Xã hội > Chính sách", "Chủ tịch UBND tỉnh Lữ Quang Ngời trao quà cho Mẹ Việt Nam anh hùng Thạch Thị Sóc.",
 "Đền ơn đáp nghĩa", "Trung tâm Điều dưỡng người có công", "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["Thứ Sáu, 25/07/2025 - 15:10", "78 năm", "27/7/1947 - 27/7/2025", "101 tuổi", "năm 2025", "27/7"]))

PAGES.append(page("b3816-lamdong-daihoi-nct-phuong-2025", """
Trang thông tin điện tử phường 2 Bảo Lộc - tỉnh Lâm Đồng
Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể
Ngày đăng 19/12/2025 | 16:20
Đại hội đại biểu Hội Người cao tuổi phường 2 Bảo Lộc lần thứ I, nhiệm kỳ 2026 - 2031
Ngày 18/12/2025, Hội Người cao tuổi phường 2 Bảo Lộc long trọng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2026 - 2031 - đại hội đầu tiên sau khi sắp xếp đơn vị hành chính, hợp nhất hội người cao tuổi của các phường Lộc Sơn, Lộc Phát, phường 2 và xã Đại Lào cũ.
Quang cảnh đại hội.
Dự đại hội có ông K'Điểu, Phó Bí thư Thường trực Đảng ủy phường; bà Ka Hòa, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường; ông Trần Văn Lợi, Phó Chủ tịch Hội Người cao tuổi tỉnh Lâm Đồng cùng 142 đại biểu đại diện cho 4.860 hội viên của 31 chi hội.
Báo cáo chính trị cho biết, nhiệm kỳ qua các hội cơ sở đã vận động Quỹ chăm sóc và phát huy vai trò người cao tuổi đạt hơn 1,2 tỷ đồng; tổ chức mừng thọ cho 6.215 lượt cụ; phối hợp xây dựng 9 căn nhà tình nghĩa và 14 căn nhà đại đoàn kết cho hội viên khó khăn. Có 680 hội viên người K'Ho, Mạ tích cực tham gia giữ gìn bản sắc văn hóa, truyền dạy đánh cồng chiêng cho con cháu. Phong trào "Tuổi cao - gương sáng" có 1.150 cụ đạt danh hiệu "Người cao tuổi làm kinh tế giỏi" các cấp, nhiều cụ có thu nhập trên 300 triệu đồng/năm từ cây chè, cà phê.
Đại hội thống nhất các chỉ tiêu nhiệm kỳ 2026 - 2031: phát triển ít nhất 600 hội viên mới; 100% chi hội có quỹ; từ 95% người cao tuổi trở lên được chăm sóc sức khỏe ban đầu; thành lập mới 5 câu lạc bộ liên thế hệ tự giúp nhau.
Phát biểu chỉ đạo, ông K'Điểu đề nghị Hội tiếp tục thực hiện Nghị quyết số 03-NQ/ĐU ngày 15/8/2025 của Đảng ủy phường về phát huy vai trò người cao tuổi trong xây dựng đô thị văn minh và Quyết định số 2163/QĐ-UBND ngày 10/9/2025 của UBND tỉnh về kiện toàn tổ chức Hội Người cao tuổi các cấp sau sắp xếp.
Đại hội đã bầu Ban Chấp hành gồm 15 đồng chí. Ông Nguyễn Hữu Thanh được bầu giữ chức Chủ tịch Hội Người cao tuổi phường 2 Bảo Lộc khóa I; các ông, bà Bon Đơng K'Sơn, Lê Thị Hoa được bầu làm Phó Chủ tịch Hội. Đại hội cũng bầu 6 đại biểu đi dự Đại hội đại biểu Hội Người cao tuổi tỉnh Lâm Đồng lần thứ I.
Tại đại hội, cụ Kră Jăn K'Brơi, 82 tuổi, Chi hội trưởng Chi hội Người cao tuổi thôn Đại Lào, tham luận về kinh nghiệm vận động con cháu người K'Ho không bán đất, giữ rừng. Dịp này, UBND phường tặng Giấy khen cho 7 tập thể và 16 cá nhân.
K'Thương
Lượt xem: 765
Tin khác
- Phường 2 Bảo Lộc ra mắt Ủy ban MTTQ Việt Nam phường (05/07/2025)
- Mừng thọ 420 người cao tuổi dịp 1/10 (02/10/2025)
- Hội Cựu chiến binh phường tổng kết năm 2025 (15/12/2025)
""", "2025-12-19", "Đại hội đại biểu Hội Người cao tuổi phường 2 Bảo Lộc lần thứ I, nhiệm kỳ 2026 - 2031",
E("dai_hoi", None, "2025-12-18"),
[P("K'Điểu", "Phó Bí thư Thường trực Đảng ủy phường"),
 P("Ka Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Trần Văn Lợi", "Phó Chủ tịch Hội Người cao tuổi tỉnh Lâm Đồng"),
 P("Nguyễn Hữu Thanh", "Chủ tịch Hội Người cao tuổi phường 2 Bảo Lộc khóa I"),
 P("Bon Đơng K'Sơn", "Phó Chủ tịch Hội"),
 P("Lê Thị Hoa", "Phó Chủ tịch Hội"),
 P("Kră Jăn K'Brơi", "Chi hội trưởng Chi hội Người cao tuổi thôn Đại Lào")],
[Q("142 đại biểu", 142, "đại biểu"), Q("4.860 hội viên", 4860, "hội viên"), Q("31 chi hội", 31, "chi hội"),
 Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("6.215 lượt cụ", 6215, "lượt cụ"), Q("9 căn nhà tình nghĩa", 9, "căn nhà tình nghĩa"),
 Q("14 căn nhà đại đoàn kết", 14, "căn nhà đại đoàn kết"), Q("680 hội viên", 680, "hội viên"), Q("1.150 cụ", 1150, "cụ"),
 Q("trên 300 triệu đồng", 300000000, "đồng", "over"), Q("ít nhất 600 hội viên mới", 600, "hội viên mới", "over"), Q("100%", 100, "%"),
 Q("95%", 95, "%", "over"), Q("5 câu lạc bộ liên thế hệ tự giúp nhau", 5, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("15 đồng chí", 15, "đồng chí"), Q("6 đại biểu", 6, "đại biểu"), Q("7 tập thể", 7, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Nghị quyết", "03", "NQ/ĐU", "2025-08-15", "Đảng ủy phường", "Nghị quyết số 03-NQ/ĐU ngày 15/8/2025 của Đảng ủy phường"),
 D("Quyết định", "2163", "QĐ-UBND", "2025-09-10", "UBND tỉnh", "Quyết định số 2163/QĐ-UBND ngày 10/9/2025 của UBND tỉnh")],
[prov("Lâm Đồng"), com("2 Bảo Lộc"), com("Lộc Sơn"), com("Lộc Phát"), com("Đại Lào")],
["Trang thông tin điện tử phường 2 Bảo Lộc - tỉnh Lâm Đồng", "Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể", "Quang cảnh đại hội.",
 "Tuổi cao - gương sáng", "Người cao tuổi làm kinh tế giỏi", "Lượt xem: 765"],
["Ngày đăng 19/12/2025 | 16:20", "phường 2 Bảo Lộc", "lần thứ I", "2026 - 2031", "15 đồng chí", "khóa I", "82 tuổi", "Lượt xem: 765"]))

PAGES.append(page("b3817-dongnai-bangiao-nhatinhnghia-2025", """
Báo Đồng Nai điện tử
Xã hội › An sinh
Cập nhật: 14:15, 25/08/2025 (GMT+7)
Bàn giao 20 căn nhà tình nghĩa cho gia đình chính sách ở xã Bù Gia Mập
Người dân xã Bù Gia Mập vui mừng nhận nhà mới. Ảnh: Điểu Linh
Sáng 23/8, tại xã Bù Gia Mập, Ủy ban MTTQ Việt Nam tỉnh Đồng Nai phối hợp với Sở Nội vụ và Bộ Chỉ huy Quân sự tỉnh tổ chức lễ bàn giao 20 căn nhà tình nghĩa cho gia đình người có công, thân nhân liệt sĩ có hoàn cảnh khó khăn ở các xã Bù Gia Mập, Đăk Ơ và Phú Nghĩa (trước đây thuộc tỉnh Bình Phước).
Dự lễ bàn giao có các đồng chí: Điểu Huỳnh Sang, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Thị Lan Anh, Phó Giám đốc Sở Nội vụ; Điểu Kiên, Bí thư Đảng ủy xã Bù Gia Mập.
Mỗi căn nhà có diện tích 60 m2, trị giá 80 triệu đồng, được xây dựng từ Quỹ "Đền ơn đáp nghĩa" tỉnh và nguồn vận động của các doanh nghiệp trong chương trình "Cả nước chung tay xóa nhà tạm, nhà dột nát". Các căn nhà khởi công từ đầu tháng 6 và hoàn thành sau khoảng 70 ngày. Tổng kinh phí xây dựng 1,6 tỷ đồng, trong đó Tổng Công ty Cao su Đồng Nai hỗ trợ 800 triệu đồng.
Phát biểu tại buổi lễ, ông Điểu Huỳnh Sang cho biết, thực hiện Kế hoạch số 09-KH/MTTQ-BTT ngày 15/7/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, từ nay đến ngày 31/12/2025, toàn tỉnh phấn đấu hoàn thành hỗ trợ 420 căn nhà cho hộ người có công và thân nhân liệt sĩ còn khó khăn về nhà ở, theo Quyết định số 21/2024/QĐ-TTg ngày 22/11/2024 của Thủ tướng Chính phủ.
Bà Thị Rinh, 74 tuổi, người S'tiêng ở thôn Bù Lư, vợ liệt sĩ, xúc động: "Cả đời tôi ở nhà tạm lợp lá, mùa mưa dột khắp nơi. Nay có nhà mới, tôi yên tâm thờ cúng chồng và sống với các cháu". Ông Điểu Brôn, thương binh hạng 2/4 ở thôn Bù Rên, cũng là một trong 20 hộ nhận nhà.
Dịp này, Bộ Chỉ huy Quân sự tỉnh trao tặng mỗi hộ một tivi và 1 triệu đồng tiền mặt; Hội Liên hiệp Phụ nữ tỉnh tặng 20 bộ chăn, màn. Ông Điểu Kiên cam kết Đảng ủy, UBND xã sẽ tiếp tục quan tâm, giúp các hộ phát triển sản xuất, ổn định cuộc sống lâu dài.
Theo Sở Nội vụ, Đồng Nai hiện có hơn 31.000 người có công và thân nhân đang hưởng trợ cấp hằng tháng; 61 Mẹ Việt Nam anh hùng còn sống đều được các cơ quan, đơn vị nhận phụng dưỡng. Sau hợp nhất, tỉnh đã rà soát còn khoảng 1.050 hộ gia đình chính sách có nhà ở xuống cấp cần hỗ trợ trong giai đoạn 2025 - 2026.
Điểu Linh - Hồng Nhung
Tin cùng chuyên mục
- Đồng Nai: chi trả trợ cấp cho người có công theo mức mới (15/08/2025)
- Xã Bình Tân khởi công 5 căn nhà tình nghĩa (05/08/2025)
- Họp mặt kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ (25/07/2025)
- Bù Đăng: trao sổ tiết kiệm cho thân nhân liệt sĩ (18/07/2025)
""", "2025-08-25", "Bàn giao 20 căn nhà tình nghĩa cho gia đình chính sách ở xã Bù Gia Mập",
E("trao_qua", None, "2025-08-23"),
[P("Điểu Huỳnh Sang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Lan Anh", "Phó Giám đốc Sở Nội vụ"),
 P("Điểu Kiên", "Bí thư Đảng ủy xã Bù Gia Mập"),
 P("Thị Rinh", "vợ liệt sĩ"),
 P("Điểu Brôn", "thương binh hạng 2/4")],
[Q("20 căn nhà tình nghĩa", 20, "căn nhà tình nghĩa"), Q("60 m2", 60, "m2"), Q("80 triệu đồng", 80000000, "đồng"),
 Q("1,6 tỷ đồng", 1600000000, "đồng"), Q("800 triệu đồng", 800000000, "đồng"),
 Q("420 căn nhà", 420, "căn nhà"), Q("1 triệu đồng", 1000000, "đồng"), Q("20 bộ chăn, màn", 20, "bộ chăn, màn"),
 Q("hơn 31.000 người có công và thân nhân", 31000, "người có công và thân nhân", "over"), Q("61 Mẹ Việt Nam anh hùng", 61, "Mẹ Việt Nam anh hùng"),
 Q("khoảng 1.050 hộ gia đình chính sách", 1050, "hộ gia đình chính sách", "approx")],
[D("Kế hoạch", "09", "KH/MTTQ-BTT", "2025-07-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 09-KH/MTTQ-BTT ngày 15/7/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 D("Quyết định", "21", "2024/QĐ-TTg", "2024-11-22", "Thủ tướng Chính phủ", "Quyết định số 21/2024/QĐ-TTg ngày 22/11/2024 của Thủ tướng Chính phủ")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đăk Ơ"), com("Phú Nghĩa")],
["Báo Đồng Nai điện tử", "Xã hội › An sinh", "Người dân xã Bù Gia Mập vui mừng nhận nhà mới. Ảnh: Điểu Linh", "Đền ơn đáp nghĩa",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Tổng Công ty Cao su Đồng Nai", "Bộ Chỉ huy Quân sự tỉnh"],
["Cập nhật: 14:15, 25/08/2025 (GMT+7)", "khoảng 70 ngày", "74 tuổi", "hạng 2/4", "một tivi", "2025 - 2026", "tháng 6"]))

PAGES.append(page("b3818-quangngai-noivu-tongket-nguoicocong-2025", """
BÁO QUẢNG NGÃI ĐIỆN TỬ
Chính trị | Xã hội | Lao động - Việc làm
Thứ Tư, 14/01/2026, 10:20
Quang cảnh hội nghị. Ảnh: Thanh Nhị
Triển khai nhiệm vụ năm 2026: tiếp tục chăm lo tốt hơn cho người có công
(Báo Quảng Ngãi) - Ngày 13/1, Sở Nội vụ tổ chức hội nghị tổng kết công tác người có công, bảo trợ xã hội và người cao tuổi năm 2025, triển khai nhiệm vụ năm 2026. Đây là hội nghị đầu tiên của ngành sau khi hợp nhất tỉnh Quảng Ngãi và tỉnh Kon Tum.
Dự hội nghị có đồng chí Y Ngọc, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; đồng chí Đinh Thị Hạnh, Phó Giám đốc Sở Nội vụ cùng lãnh đạo phòng văn hóa - xã hội của 96 xã, phường, đặc khu.
Báo cáo cho biết, năm 2025 toàn tỉnh chi trả trợ cấp ưu đãi hằng tháng cho khoảng 38.600 người có công và thân nhân, tổng kinh phí hơn 1.120 tỷ đồng; tặng 95.300 suất quà của Chủ tịch nước nhân dịp Tết Nguyên đán và ngày 27/7. Quỹ "Đền ơn đáp nghĩa" các cấp vận động được 21,4 tỷ đồng, hỗ trợ xây mới 486 căn nhà và sửa chữa 312 căn nhà cho gia đình chính sách; 100% Mẹ Việt Nam anh hùng còn sống (78 mẹ) được phụng dưỡng. Công tác người cao tuổi có nhiều kết quả: 26.840 cụ được mừng thọ, 9.120 người từ đủ 75 tuổi trở lên được hưởng trợ cấp xã hội theo Nghị định số 176/2025/NĐ-CP ngày 30/6/2025 của Chính phủ.
Ngành đã tham mưu UBND tỉnh ban hành Quyết định 45, 46/QĐ-UBND về phê duyệt danh sách hỗ trợ nhà ở người có công và về kiện toàn Ban Quản lý Quỹ "Đền ơn đáp nghĩa" tỉnh sau hợp nhất.
Tại hội nghị, ông A Vương, Trưởng phòng Văn hóa - Xã hội xã Đăk Tô, chia sẻ cách làm khi tiếp nhận hồ sơ người có công từ hai tỉnh cũ. Bà Đinh Thị Ngọc Lan, Phó Chủ tịch UBND xã Sơn Hà, kiến nghị sớm số hóa hồ sơ, rút ngắn thời gian chi trả.
Phát biểu chỉ đạo, đồng chí Y Ngọc đề nghị ngành năm 2026 không để sót đối tượng, chấm dứt tình trạng người có công ở nhà tạm; thực hiện nghiêm Chỉ thị số 03-CT/TU ngày 20/10/2025 của Ban Thường vụ Tỉnh ủy về công tác người có công trong tình hình mới.
Dịp này, UBND tỉnh tặng Bằng khen cho 8 tập thể, 12 cá nhân; Giám đốc Sở Nội vụ tặng Giấy khen cho 25 tập thể, 40 cá nhân.
Theo kế hoạch, trong quý I/2026, Sở Nội vụ sẽ phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức thăm, tặng quà Tết cho người có công, Mẹ Việt Nam anh hùng và người cao tuổi cô đơn; đồng thời hoàn thành việc chuyển đổi dữ liệu hồ sơ người có công của các địa phương thuộc tỉnh Kon Tum cũ vào hệ thống quản lý chung của tỉnh, bảo đảm việc chi trả không bị gián đoạn.
Thanh Nhị
Các tin khác
- Sở Nội vụ triển khai chi trả trợ cấp qua tài khoản (05/01/2026)
- Quảng Ngãi: hơn 90.000 suất quà Tết cho người có công (02/01/2026)
- Kon Plông bàn giao 10 nhà tình nghĩa (20/12/2025)
""", "2026-01-14", "Triển khai nhiệm vụ năm 2026: tiếp tục chăm lo tốt hơn cho người có công",
E("tong_ket", "2025", "2026-01-13"),
[P("Y Ngọc", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Đinh Thị Hạnh", "Phó Giám đốc Sở Nội vụ"),
 P("A Vương", "Trưởng phòng Văn hóa - Xã hội xã Đăk Tô"),
 P("Đinh Thị Ngọc Lan", "Phó Chủ tịch UBND xã Sơn Hà")],
[Q("96 xã, phường, đặc khu", 96, "xã, phường, đặc khu"), Q("khoảng 38.600 người có công và thân nhân", 38600, "người có công và thân nhân", "approx"),
 Q("hơn 1.120 tỷ đồng", 1120000000000, "đồng", "over"), Q("95.300 suất quà", 95300, "suất quà"), Q("21,4 tỷ đồng", 21400000000, "đồng"),
 Q("486 căn nhà", 486, "căn nhà"), Q("312 căn nhà", 312, "căn nhà"), Q("100%", 100, "%"), Q("78 mẹ", 78, "mẹ"),
 Q("26.840 cụ", 26840, "cụ"), Q("9.120 người", 9120, "người"), Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân", 12, "cá nhân"),
 Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Nghị định", "176", "2025/NĐ-CP", "2025-06-30", "Chính phủ", "Nghị định số 176/2025/NĐ-CP ngày 30/6/2025 của Chính phủ"),
 D("Quyết định", "45", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 45, 46/QĐ-UBND"),
 D("Quyết định", "46", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 45, 46/QĐ-UBND"),
 D("Chỉ thị", "03", "CT/TU", "2025-10-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 20/10/2025 của Ban Thường vụ Tỉnh ủy")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Đăk Tô"), com("Sơn Hà")],
["BÁO QUẢNG NGÃI ĐIỆN TỬ", "Chính trị | Xã hội | Lao động - Việc làm", "Quang cảnh hội nghị. Ảnh: Thanh Nhị", "(Báo Quảng Ngãi)",
 "Đền ơn đáp nghĩa", "Ban Quản lý Quỹ"],
["Thứ Tư, 14/01/2026, 10:20", "năm 2026", "năm 2025", "75 tuổi trở lên", "27/7", "quý I/2026"]))

PAGES.append(page("b3819-angiang-hnct-giaoban-q1-2026", """
HỘI NGƯỜI CAO TUỔI TỈNH AN GIANG
Hôm nay: Chủ Nhật, 12/04/2026
You are here: Trang chủ > Tin tức > Hoạt động Hội
Thứ Sáu, 10/04/2026
Ảnh: Ông Chau Sóc Khon phát biểu tại buổi giao ban.
Hội Người cao tuổi tỉnh giao ban công tác quý I
Ngày 8/4/2026, Ban Đại diện Hội Người cao tuổi tỉnh An Giang tổ chức giao ban công tác Hội quý I năm 2026 với Hội Người cao tuổi 102 xã, phường, đặc khu. Chủ trì giao ban có các ông Phó Trưởng Ban Đại diện Hội Người cao tuổi tỉnh: Chau Sóc Khon, Lê Văn Tám.
Báo cáo cho thấy, quý I, các cấp hội đã phối hợp thăm, tặng 14.620 phần quà Tết cho người cao tuổi nghèo, cô đơn, tổng trị giá khoảng 7,3 tỷ đồng; mừng thọ cho 9.840 cụ đầu xuân Bính Ngọ, trong đó có 312 cụ tròn 100 tuổi và trên 100 tuổi. Quỹ chăm sóc và phát huy vai trò người cao tuổi của tỉnh (sau hợp nhất với Kiên Giang) có số dư hơn 26 tỷ đồng; trong quý, các cấp hội vận động tăng thêm 1,15 tỷ đồng. Hội đã phối hợp Sở Y tế khám, tư vấn sức khỏe miễn phí cho 3.200 lượt người cao tuổi tại các xã biên giới.
Ông Chau Sóc Khon cho biết, thực hiện Kế hoạch số 05-KH/BĐD ngày 6/1/2026 của Ban Đại diện Hội Người cao tuổi tỉnh, đến nay đã có 96/102 Hội Người cao tuổi cấp xã kiện toàn xong Ban Chấp hành sau sắp xếp; toàn tỉnh duy trì 412 câu lạc bộ liên thế hệ tự giúp nhau với hơn 28.000 thành viên.
Tại buổi giao ban, ông Haji Ma Ri, Chủ tịch Hội Người cao tuổi xã Châu Phong, chia sẻ kinh nghiệm vận động các cụ người Chăm theo đạo Hồi tham gia sinh hoạt hội. Bà Néang Sa Phi, Chủ tịch Hội Người cao tuổi xã Tri Tôn, đề nghị hỗ trợ kinh phí in tài liệu song ngữ Việt - Khmer. Ông Danh Sóc, Chủ tịch Hội Người cao tuổi đặc khu Phú Quốc, nêu khó khăn trong việc thăm hỏi các cụ ở các đảo xa.
Kết luận giao ban, ông Lê Văn Tám yêu cầu quý II tập trung thực hiện Nghị quyết số 02-NQ/ĐĐ ngày 15/1/2026 của Ban Đại diện Hội về nâng cao chất lượng hoạt động chi hội; chuẩn bị tổ chức đại hội Hội Người cao tuổi cấp xã theo Hướng dẫn 01, 02-HD/BĐD; phối hợp tổ chức Ngày Gia đình Việt Nam 28/6 với chủ đề "Ông bà mẫu mực, con cháu thảo hiền".
Cũng tại buổi giao ban, Hội Người cao tuổi tỉnh trao 30 xe lăn do nhà hảo tâm tài trợ cho hội viên khuyết tật tại các xã Tịnh Biên, Châu Phong, Tri Tôn, mỗi xe trị giá 2,5 triệu đồng.
Kim Ngân
Tin liên quan
- An Giang mừng thọ gần 10.000 người cao tuổi dịp xuân Bính Ngọ (20/02/2026)
- Hội Người cao tuổi tỉnh tổng kết năm 2025 (28/12/2025)
- Phú Quốc ra mắt câu lạc bộ dưỡng sinh người cao tuổi (15/03/2026)
- Xã Châu Phong trao 20 sổ tiết kiệm cho hội viên nghèo (05/03/2026)
""", "2026-04-10", "Hội Người cao tuổi tỉnh giao ban công tác quý I",
E("giao_ban", "2026-Q1", "2026-04-08"),
[P("Chau Sóc Khon", "Phó Trưởng Ban Đại diện Hội Người cao tuổi tỉnh"),
 P("Lê Văn Tám", "Phó Trưởng Ban Đại diện Hội Người cao tuổi tỉnh"),
 P("Haji Ma Ri", "Chủ tịch Hội Người cao tuổi xã Châu Phong"),
 P("Néang Sa Phi", "Chủ tịch Hội Người cao tuổi xã Tri Tôn"),
 P("Danh Sóc", "Chủ tịch Hội Người cao tuổi đặc khu Phú Quốc")],
[Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"), Q("14.620 phần quà", 14620, "phần quà"),
 Q("khoảng 7,3 tỷ đồng", 7300000000, "đồng", "approx"), Q("9.840 cụ", 9840, "cụ"), Q("312 cụ", 312, "cụ"),
 Q("hơn 26 tỷ đồng", 26000000000, "đồng", "over"), Q("1,15 tỷ đồng", 1150000000, "đồng"),
 Q("3.200 lượt người cao tuổi", 3200, "lượt người cao tuổi"), Q("96/102 Hội Người cao tuổi cấp xã", 96, "Hội Người cao tuổi cấp xã"),
 Q("412 câu lạc bộ liên thế hệ tự giúp nhau", 412, "câu lạc bộ liên thế hệ tự giúp nhau"), Q("hơn 28.000 thành viên", 28000, "thành viên", "over"),
 Q("30 xe lăn", 30, "xe lăn"), Q("2,5 triệu đồng", 2500000, "đồng")],
[D("Kế hoạch", "05", "KH/BĐD", "2026-01-06", "Ban Đại diện Hội Người cao tuổi tỉnh", "Kế hoạch số 05-KH/BĐD ngày 6/1/2026 của Ban Đại diện Hội Người cao tuổi tỉnh"),
 D("Nghị quyết", "02", "NQ/ĐĐ", "2026-01-15", "Ban Đại diện Hội", "Nghị quyết số 02-NQ/ĐĐ ngày 15/1/2026 của Ban Đại diện Hội"),
 D("Hướng dẫn", "01", "HD/BĐD", None, None, "Hướng dẫn 01, 02-HD/BĐD"),
 D("Hướng dẫn", "02", "HD/BĐD", None, None, "Hướng dẫn 01, 02-HD/BĐD")],
[prov("An Giang"), prov("Kiên Giang"), com("Châu Phong"), com("Tri Tôn"), com("Phú Quốc"), com("Tịnh Biên")],
["HỘI NGƯỜI CAO TUỔI TỈNH AN GIANG", "Hôm nay: Chủ Nhật, 12/04/2026", "You are here: Trang chủ > Tin tức > Hoạt động Hội",
 "Ảnh: Ông Chau Sóc Khon phát biểu tại buổi giao ban.", "Ông bà mẫu mực, con cháu thảo hiền", "Ngày Gia đình Việt Nam"],
["Thứ Sáu, 10/04/2026", "quý I năm 2026", "quý II", "100 tuổi", "Bính Ngọ", "28/6"]))

PAGES.append(page("b3820-gialai-hoinghi-trienkhai-nguoicocong-2026", """
Cổng thông tin điện tử tỉnh Gia Lai
Trang chủ :: Tin tức :: Văn hóa - Xã hội
08:15 | 25/03/2026
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Gia Lai triển khai công tác chăm sóc người có công và người cao tuổi năm 2026
Sáng 24/3/2026, UBND tỉnh Gia Lai tổ chức hội nghị trực tuyến triển khai công tác chăm sóc người có công, Mẹ Việt Nam anh hùng và người cao tuổi năm 2026 tới 135 điểm cầu xã, phường. Đồng chí Rah Lan Lâm, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.
Đồng chí Rah Lan Lâm phát biểu chỉ đạo hội nghị.
Theo Sở Nội vụ, sau hợp nhất với tỉnh Bình Định, tỉnh Gia Lai hiện có hơn 72.000 người có công và thân nhân đang hưởng trợ cấp; 58 Mẹ Việt Nam anh hùng còn sống; 68.450 người từ đủ 75 tuổi trở lên hưởng trợ cấp xã hội hằng tháng. Năm 2026, tỉnh dự kiến dành khoảng 2.300 tỷ đồng chi trả chế độ ưu đãi; phấn đấu hỗ trợ xây mới, sửa chữa 600 căn nhà cho người có công, mức hỗ trợ tối đa 80 triệu đồng/căn xây mới.
Hội nghị đã quán triệt Chỉ thị số 05-CT/TU ngày 12/1/2026 của Ban Thường vụ Tỉnh ủy về tăng cường công tác người có công và người cao tuổi; Kế hoạch số 38/KH-UBND ngày 20/2/2026 của UBND tỉnh thực hiện Pháp lệnh Ưu đãi người có công với cách mạng và Nghị định số 131/2021/NĐ-CP. Theo đó, mỗi xã, phường phải rà soát, cập nhật đầy đủ dữ liệu người có công lên hệ thống số hóa trước ngày 30/6/2026; bảo đảm không dưới 98% người cao tuổi có thẻ bảo hiểm y tế.
Ông Nguyễn Văn Thành, Phó Giám đốc Sở Nội vụ, đề nghị các địa phương phối hợp Ủy ban MTTQ Việt Nam cùng cấp vận động Quỹ "Đền ơn đáp nghĩa", quan tâm các Mẹ Việt Nam anh hùng ở vùng sâu, vùng xa. Ông Siu Hyêng, Chủ tịch Hội Người cao tuổi tỉnh, cho biết năm 2025 các cấp hội vận động quỹ được khoảng 9,6 tỷ đồng, mừng thọ cho hơn 41.000 cụ.
Tại điểm cầu xã Ia Grai, bà Rơ Châm H'Yưl, Phó Chủ tịch UBND xã, chia sẻ kinh nghiệm giao cho mỗi người có uy tín trong làng theo dõi, giúp đỡ ít nhất 2 gia đình chính sách. Tại điểm cầu phường Quy Nhơn, ông Đinh Văn Bá, Chủ tịch UBND phường, kiến nghị hướng dẫn cụ thể việc chuyển hồ sơ người có công giữa hai tỉnh cũ.
Kết luận hội nghị, đồng chí Rah Lan Lâm yêu cầu các sở, ngành, địa phương hoàn thành việc tặng quà dịp 27/7 trước ngày 25/7/2026; mỗi xã, phường nhận chăm sóc ít nhất 1 gia đình chính sách đặc biệt khó khăn.
Minh Châu
Lượt xem: 2.047
Tin khác
- Gia Lai: hơn 120.000 suất quà Tết cho người có công (05/02/2026)
- Hội Người cao tuổi tỉnh tổng kết năm 2025 (26/12/2025)
- Phường Pleiku mừng thọ người cao tuổi (04/10/2025)
- Bàn giao 30 nhà tình nghĩa cho gia đình chính sách (20/01/2026)
""", "2026-03-25", "Gia Lai triển khai công tác chăm sóc người có công và người cao tuổi năm 2026",
E("hoi_nghi", "2026", "2026-03-24"),
[P("Rah Lan Lâm", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Văn Thành", "Phó Giám đốc Sở Nội vụ"),
 P("Siu Hyêng", "Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Rơ Châm H'Yưl", "Phó Chủ tịch UBND xã"),
 P("Đinh Văn Bá", "Chủ tịch UBND phường")],
[Q("135 điểm cầu xã, phường", 135, "điểm cầu xã, phường"), Q("hơn 72.000 người có công và thân nhân", 72000, "người có công và thân nhân", "over"),
 Q("58 Mẹ Việt Nam anh hùng", 58, "Mẹ Việt Nam anh hùng"), Q("68.450 người", 68450, "người"),
 Q("khoảng 2.300 tỷ đồng", 2300000000000, "đồng", "approx"), Q("600 căn nhà", 600, "căn nhà"), Q("80 triệu đồng", 80000000, "đồng"),
 Q("không dưới 98%", 98, "%", "over"), Q("khoảng 9,6 tỷ đồng", 9600000000, "đồng", "approx"), Q("hơn 41.000 cụ", 41000, "cụ", "over"),
 Q("ít nhất 2 gia đình chính sách", 2, "gia đình chính sách", "over")],
[D("Chỉ thị", "05", "CT/TU", "2026-01-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 12/1/2026 của Ban Thường vụ Tỉnh ủy"),
 D("Kế hoạch", "38", "KH-UBND", "2026-02-20", "UBND tỉnh", "Kế hoạch số 38/KH-UBND ngày 20/2/2026 của UBND tỉnh"),
 D("Nghị định", "131", "2021/NĐ-CP", None, None, "Nghị định số 131/2021/NĐ-CP")],
[prov("Gia Lai"), prov("Bình Định"), com("Ia Grai"), com("Quy Nhơn")],
["Cổng thông tin điện tử tỉnh Gia Lai", "Trang chủ :: Tin tức :: Văn hóa - Xã hội", "Toàn cảnh hội nghị tại điểm cầu tỉnh.",
 "Đồng chí Rah Lan Lâm phát biểu chỉ đạo hội nghị.", "Pháp lệnh Ưu đãi người có công với cách mạng", "Đền ơn đáp nghĩa", "Lượt xem: 2.047"],
["08:15 | 25/03/2026", "năm 2026", "75 tuổi trở lên", "năm 2025", "ít nhất 1 gia đình chính sách", "27/7", "Lượt xem: 2.047"]))
