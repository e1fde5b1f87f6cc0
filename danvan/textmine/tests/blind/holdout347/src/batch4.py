from lib import *
PAGES = []

PAGES.append(page("b8303-binhdinh-hlhpn-giaoban-quy1-2025", """
BÁO BÌNH ĐỊNH ONLINE
You are here: Trang chủ › Xã hội › Phụ nữ - Gia đình
Thứ Ba, 08/04/2025 | 15:30
Vốn nhỏ, sinh kế lớn cho phụ nữ miền núi An Lão, Vĩnh Thạnh
(BĐ) - Sáng 07/4, Hội LHPN tỉnh Bình Định tổ chức giao ban công tác Hội quý I/2025 với Hội LHPN các huyện, thị xã, thành phố, tập trung đánh giá kết quả hỗ trợ phụ nữ khởi nghiệp và vốn vay cho chị em vùng đồng bào dân tộc thiểu số. Bà Nguyễn Thị Thu Hà, Phó Chủ tịch Thường trực Hội LHPN tỉnh chủ trì.
Quang cảnh giao ban quý I.
Theo báo cáo, quý I/2025, các cấp Hội đã giúp 1.126 hội viên vay vốn ưu đãi với số tiền 56,3 tỷ đồng; hỗ trợ 18 ý tưởng khởi nghiệp, thành lập 3 tổ hợp tác mới. Riêng ở hai huyện miền núi An Lão và Vĩnh Thạnh, Hội đã hỗ trợ 47 phụ nữ Bana, Hrê vay vốn từ Quỹ "Phụ nữ miền núi vươn lên" với mức vay từ 10 đến 20 triệu đồng/người, không tính lãi trong 12 tháng đầu.
Bà Đinh Thị Hiền, Chủ tịch Hội LHPN huyện An Lão cho biết, 47 chị được vay đều có phương án cụ thể như nuôi heo đen, trồng bời lời, dệt thổ cẩm. Chị Đinh Thị Xuân, người Hrê ở làng Xà Ưng, xã An Dũng vay 15 triệu đồng mua 3 con heo nái, đến nay đã có lứa heo con đầu tiên. Bà Đinh Thị Lê, Chủ tịch Hội LHPN huyện Vĩnh Thạnh, đề nghị có thêm nguồn vốn vì số hội viên đăng ký vay còn hơn 120 người.
Thực hiện Kế hoạch số 15/KH-HPN ngày 20/01/2025 của Ban Thường vụ Hội LHPN tỉnh và Công văn 27, 28/HPN-GĐXH, các huyện cũng đã rà soát, chuẩn bị phương án sắp xếp tổ chức bộ máy Hội cơ sở theo chủ trương sắp xếp đơn vị hành chính, bảo đảm không để gián đoạn việc quản lý 1.842 tổ tiết kiệm và vay vốn với tổng dư nợ ủy thác 3.196 tỷ đồng.
Tại giao ban, nhiều ý kiến lo ngại khi sáp nhập xã, việc bàn giao sổ sách tổ vay vốn có thể chậm, ảnh hưởng thu lãi, thu tiết kiệm. Bà Võ Thị Ngọc Trâm, Trưởng ban Tổ chức - Kiểm tra Hội LHPN tỉnh thông tin, tỉnh hội đã phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh thống nhất quy trình bàn giao, hoàn thành trước ngày 30/6/2025.
Kết luận giao ban, bà Nguyễn Thị Thu Hà yêu cầu trong quý II, các cấp Hội tiếp tục hỗ trợ ít nhất 20 phụ nữ khởi nghiệp; tổ chức Ngày hội "Phụ nữ khởi nghiệp sáng tạo" gắn với trưng bày sản phẩm OCOP vào tháng 5; giữ tỷ lệ nợ quá hạn ở mức 0,07% như hiện nay.
Ngoài ra, dịp này Hội LHPN tỉnh đã trao 5 suất hỗ trợ sinh kế, mỗi suất 8 triệu đồng cho phụ nữ đơn thân nghèo ở xã An Dũng.
Hồng Phúc
Tin cùng chuyên mục
- Tuy Phước: ra mắt mô hình "Phụ nữ tiết kiệm xanh" (01/04/2025)
- Hội LHPN tỉnh tuyên dương 30 phụ nữ tiêu biểu (06/03/2025)
- Phù Cát: chị em làm giàu từ nuôi bò vỗ béo (20/02/2025)
""", "2025-04-08", "Vốn nhỏ, sinh kế lớn cho phụ nữ miền núi An Lão, Vĩnh Thạnh",
E("giao_ban", "2025-Q1", "2025-04-07"),
[P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Đinh Thị Hiền", "Chủ tịch Hội LHPN huyện An Lão"),
 P("Đinh Thị Xuân"),
 P("Đinh Thị Lê", "Chủ tịch Hội LHPN huyện Vĩnh Thạnh"),
 P("Võ Thị Ngọc Trâm", "Trưởng ban Tổ chức - Kiểm tra Hội LHPN tỉnh")],
[Q("1.126 hội viên", 1126, "hội viên"), Q("56,3 tỷ đồng", 56300000000, "đồng"), Q("18 ý tưởng khởi nghiệp", 18, "ý tưởng khởi nghiệp"),
 Q("3 tổ hợp tác mới", 3, "tổ hợp tác mới"), Q("47 phụ nữ Bana, Hrê", 47, "phụ nữ Bana, Hrê"),
 Q("từ 10 đến 20 triệu đồng/người", 10000000, "đồng"), Q("từ 10 đến 20 triệu đồng/người", 20000000, "đồng"),
 Q("15 triệu đồng", 15000000, "đồng"), Q("3 con heo nái", 3, "con heo nái"), Q("hơn 120 người", 120, "người", "over"),
 Q("1.842 tổ tiết kiệm và vay vốn", 1842, "tổ tiết kiệm và vay vốn"), Q("3.196 tỷ đồng", 3196000000000, "đồng"),
 Q("ít nhất 20 phụ nữ", 20, "phụ nữ", "over"), Q("0,07%", 0.07, "%"), Q("5 suất hỗ trợ sinh kế", 5, "suất hỗ trợ sinh kế"),
 Q("8 triệu đồng", 8000000, "đồng")],
[D("Kế hoạch", "15", "KH-HPN", "2025-01-20", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 15/KH-HPN ngày 20/01/2025"),
 D("Công văn", "27", "HPN-GĐXH", None, None, "Công văn 27, 28/HPN-GĐXH"),
 D("Công văn", "28", "HPN-GĐXH", None, None, "Công văn 27, 28/HPN-GĐXH")],
[prov("Bình Định"), com("An Dũng")],
["BÁO BÌNH ĐỊNH ONLINE", "You are here: Trang chủ › Xã hội › Phụ nữ - Gia đình", "(BĐ)", "Quang cảnh giao ban quý I.",
 "Phụ nữ miền núi vươn lên", "Phụ nữ khởi nghiệp sáng tạo", "OCOP"],
["Thứ Ba, 08/04/2025 | 15:30", "quý I/2025", "12 tháng", "30/6/2025", "quý II", "tháng 5"]))

PAGES.append(page("b8304-tuyenquang-meovac-traovon-phunu-mong-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG
Trang chủ > Tin tức - Sự kiện > Mặt trận và các đoàn thể
24/09/2025 10:00
Trao vốn và dê giống giúp phụ nữ Mông xã Mèo Vạc phát triển sinh kế
Sáng 22/9, Ủy ban MTTQ Việt Nam xã Mèo Vạc phối hợp với Hội LHPN xã và Hội LHPN tỉnh Tuyên Quang tổ chức trao vốn vay không lãi và dê giống cho 36 hội viên phụ nữ người Mông có hoàn cảnh khó khăn. Tổng giá trị hỗ trợ 468 triệu đồng từ nguồn Quỹ "Vì phụ nữ vùng cao" và Dự án 8 thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Đến dự có bà Ma Thị Thúy, Phó Chủ tịch Hội LHPN tỉnh; ông Sùng Mí Vần, Bí thư Đảng ủy xã Mèo Vạc; bà Lầu Thị Dí, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội LHPN xã.
Các hộ hội viên nhận dê giống tại trụ sở UBND xã.
Theo đó, 20 chị được nhận mỗi người 4 con dê giống, trị giá 12 triệu đồng/suất; 16 chị được vay vốn không lãi, mỗi người 14 triệu đồng trong thời hạn 36 tháng để trồng cỏ, làm chuồng, mua bò. Trước khi nhận, các hộ đã được tập huấn kỹ thuật chăn nuôi dê, phòng bệnh cho vật nuôi trong mùa đông giá rét.
Bà Lầu Thị Dí cho biết, sau khi sắp xếp đơn vị hành chính, xã Mèo Vạc có 11.480 hội viên phụ nữ, sinh hoạt ở 62 chi hội; trong đó khoảng 85% là phụ nữ dân tộc Mông. Hội đang quản lý 71 tổ tiết kiệm và vay vốn với dư nợ trên 148 tỷ đồng. Thực hiện Kế hoạch số 09/KH-UBMTTQ ngày 05/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã, Hội đặt mục tiêu đến cuối năm 2025 hỗ trợ thêm ít nhất 50 hộ phụ nữ nghèo có sinh kế.
Chị Vàng Thị Pà, thôn Pả Vi Hạ, vui mừng: "Nhà em trước nuôi 1 con bò thôi, giờ có thêm dê, em sẽ chăm cho dê đẻ, sang năm trả lại cho chị em khác". Theo quy định của Quỹ, sau 24 tháng mỗi hộ chuyển lại 2 con dê con cho hộ khác trong thôn. Cán bộ thú y xã sẽ đến từng nhà kiểm tra, tiêm phòng định kỳ; chi hội trưởng mỗi tháng báo cáo tình hình đàn dê để Hội kịp thời hỗ trợ những hộ gặp khó khăn.
Phát biểu tại buổi trao, bà Ma Thị Thúy ghi nhận xã Mèo Vạc là một trong những địa phương làm tốt mô hình "Nuôi lợn tiết kiệm", "Phụ nữ Mông giữ nghề dệt lanh"; đề nghị Hội LHPN xã tiếp tục kết nối, đưa sản phẩm thổ cẩm lanh, mật ong bạc hà, thịt bò khô của chị em đạt chuẩn OCOP, phục vụ khách du lịch trên Cao nguyên đá Đồng Văn.
Ông Sùng Mí Vần đề nghị các chi hội theo dõi, giúp đỡ các hộ được nhận hỗ trợ, bảo đảm sử dụng đúng mục đích, phấn đấu có 80% số hộ thoát nghèo sau 2 năm.
Giàng Sình
Tin liên quan
- Xã Mèo Vạc ra mắt Ban Chấp hành Hội LHPN xã sau sắp xếp (15/08/2025)
- Hội LHPN tỉnh trao 100 áo ấm cho học sinh vùng cao (02/09/2025)
- Tập huấn bán hàng trực tuyến cho hội viên vùng cao (20/08/2025)
""", "2025-09-24", "Trao vốn và dê giống giúp phụ nữ Mông xã Mèo Vạc phát triển sinh kế",
E("trao_qua", None, "2025-09-22"),
[P("Ma Thị Thúy", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Sùng Mí Vần", "Bí thư Đảng ủy xã Mèo Vạc"),
 P("Lầu Thị Dí", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã"),
 P("Vàng Thị Pà")],
[Q("36 hội viên phụ nữ người Mông", 36, "hội viên phụ nữ người Mông"), Q("468 triệu đồng", 468000000, "đồng"),
 Q("20 chị", 20, "chị"), Q("4 con dê giống", 4, "con dê giống"), Q("12 triệu đồng/suất", 12000000, "đồng"),
 Q("16 chị", 16, "chị"), Q("14 triệu đồng", 14000000, "đồng"), Q("11.480 hội viên phụ nữ", 11480, "hội viên phụ nữ"),
 Q("62 chi hội", 62, "chi hội"), Q("khoảng 85%", 85, "%", "approx"), Q("71 tổ tiết kiệm và vay vốn", 71, "tổ tiết kiệm và vay vốn"),
 Q("trên 148 tỷ đồng", 148000000000, "đồng", "over"), Q("ít nhất 50 hộ phụ nữ nghèo", 50, "hộ phụ nữ nghèo", "over"),
 Q("2 con dê con", 2, "con dê con"), Q("80% số hộ", 80, "%")],
[D("Kế hoạch", "09", "KH-UBMTTQ", "2025-08-05", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 09/KH-UBMTTQ ngày 05/8/2025")],
[prov("Tuyên Quang"), com("Mèo Vạc")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG", "Trang chủ > Tin tức - Sự kiện > Mặt trận và các đoàn thể",
 "Các hộ hội viên nhận dê giống tại trụ sở UBND xã.", "Vì phụ nữ vùng cao", "Dự án 8", "Nuôi lợn tiết kiệm",
 "Phụ nữ Mông giữ nghề dệt lanh", "OCOP", "Cao nguyên đá Đồng Văn",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["24/09/2025 10:00", "36 tháng", "năm 2025", "1 con bò", "24 tháng", "2 năm", "Dự án 8"]))

PAGES.append(page("b8305-vinhlong-hlhpn-tongket-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 26/12/2025, 08:05
Ảnh: Toàn cảnh hội nghị tổng kết.
Phụ nữ Vĩnh Long năm đầu hợp nhất: hơn 2.000 phụ nữ được hỗ trợ khởi nghiệp
Ngày 24/12, Hội LHPN tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2025, triển khai phương hướng, nhiệm vụ năm 2026. Đây là năm đầu tiên tổ chức Hội hoạt động theo mô hình mới sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh và tổ chức chính quyền địa phương 2 cấp.
Dự hội nghị có đồng chí Nguyễn Thị Bích Liên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Thạch Thị Sô Phia, Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Lê Thị Ngọc Diễm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh.
Theo báo cáo, năm 2025, các cấp Hội đã hỗ trợ hơn 2.000 phụ nữ khởi nghiệp, phát triển kinh tế; 186 ý tưởng, dự án khởi nghiệp được hỗ trợ vốn với số tiền khoảng 11,4 tỷ đồng. Dư nợ ủy thác qua Hội đạt 5.830 tỷ đồng với 142.600 hộ vay, nợ quá hạn 0,09%. Hội thành lập mới 52 tổ hợp tác, 17 hợp tác xã do phụ nữ quản lý; 64 sản phẩm do phụ nữ làm chủ được công nhận OCOP, trong đó có 9 sản phẩm 4 sao từ dừa sáp Cầu Kè, kẹo dừa, bánh tráng, mật hoa dừa.
Sau sắp xếp, toàn tỉnh có 124 xã, phường với hơn 612.000 hội viên. Thực hiện Kết luận 150, 155-KL/TW của Bộ Chính trị và Hướng dẫn số 26-HD/BTGDVTU ngày 18/7/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy, Hội đã kiện toàn Ban Chấp hành Hội LHPN 124 xã, phường, bảo đảm không gián đoạn hoạt động tổ tiết kiệm và vay vốn.
Tại hội nghị, bà Kim Thị Chanh Tha, Chủ tịch Hội LHPN phường Trà Vinh, chia sẻ mô hình "Phụ nữ Khmer làm bánh truyền thống" giúp 28 chị em có thu nhập từ 5 - 7 triệu đồng/tháng. Bà Nguyễn Thị Kim Yến, Chủ tịch Hội LHPN xã Mỏ Cày, cho biết xã đã ra mắt Câu lạc bộ "Nữ chủ thể OCOP" với 21 thành viên, đưa sản phẩm lên các sàn thương mại điện tử; doanh thu của câu lạc bộ năm 2025 tăng khoảng 35%.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Bích Liên đánh giá cao sự chủ động của các cấp Hội trong thời gian sắp xếp bộ máy. Đồng chí đề nghị năm 2026, Hội tiếp tục thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, hỗ trợ chị em ứng dụng công nghệ số trong sản xuất, kinh doanh; phấn đấu có thêm ít nhất 50 sản phẩm OCOP của phụ nữ.
Dịp này, Trung ương Hội LHPN Việt Nam tặng bằng khen cho 6 tập thể, 8 cá nhân; Hội LHPN tỉnh khen thưởng 35 tập thể, 52 cá nhân có thành tích xuất sắc năm 2025.
Thanh Nhàn
Tin liên quan
- Hội LHPN tỉnh tổ chức phiên chợ "Sản phẩm phụ nữ Vĩnh Long" (18/12/2025)
- Phường Trà Vinh: phụ nữ Khmer giữ nghề làm bánh tét (10/12/2025)
- Xã Mỏ Cày ra mắt Câu lạc bộ "Nữ chủ thể OCOP" (28/11/2025)
""", "2025-12-26", "Phụ nữ Vĩnh Long năm đầu hợp nhất: hơn 2.000 phụ nữ được hỗ trợ khởi nghiệp",
E("tong_ket", "2025", "2025-12-24"),
[P("Nguyễn Thị Bích Liên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Thị Sô Phia", "Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Thị Ngọc Diễm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Kim Thị Chanh Tha", "Chủ tịch Hội LHPN phường Trà Vinh"),
 P("Nguyễn Thị Kim Yến", "Chủ tịch Hội LHPN xã Mỏ Cày")],
[Q("hơn 2.000 phụ nữ", 2000, "phụ nữ", "over"), Q("186 ý tưởng, dự án khởi nghiệp", 186, "ý tưởng, dự án khởi nghiệp"),
 Q("khoảng 11,4 tỷ đồng", 11400000000, "đồng", "approx"), Q("5.830 tỷ đồng", 5830000000000, "đồng"),
 Q("142.600 hộ", 142600, "hộ"), Q("0,09%", 0.09, "%"), Q("52 tổ hợp tác", 52, "tổ hợp tác"), Q("17 hợp tác xã", 17, "hợp tác xã"),
 Q("64 sản phẩm", 64, "sản phẩm"), Q("9 sản phẩm", 9, "sản phẩm"), Q("124 xã, phường", 124, "xã, phường"),
 Q("hơn 612.000 hội viên", 612000, "hội viên", "over"), Q("28 chị em", 28, "chị em"),
 Q("5 - 7 triệu đồng/tháng", 5000000, "đồng"), Q("5 - 7 triệu đồng/tháng", 7000000, "đồng"), Q("21 thành viên", 21, "thành viên"),
 Q("khoảng 35%", 35, "%", "approx"), Q("ít nhất 50 sản phẩm OCOP", 50, "sản phẩm OCOP", "over"),
 Q("6 tập thể", 6, "tập thể"), Q("8 cá nhân", 8, "cá nhân"), Q("35 tập thể", 35, "tập thể"), Q("52 cá nhân", 52, "cá nhân")],
[D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận 150, 155-KL/TW của Bộ Chính trị"),
 D("Kết luận", "155", "KL/TW", None, "Bộ Chính trị", "Kết luận 150, 155-KL/TW của Bộ Chính trị"),
 D("Hướng dẫn", "26", "HD/BTGDVTU", "2025-07-18", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 26-HD/BTGDVTU ngày 18/7/2025"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW của Bộ Chính trị")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Vinh"), com("Mỏ Cày")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "Ảnh: Toàn cảnh hội nghị tổng kết.", "Phụ nữ Khmer làm bánh truyền thống",
 "Nữ chủ thể OCOP", "OCOP"],
["Thứ Sáu, 26/12/2025, 08:05", "năm 2025", "năm 2026", "3 tỉnh", "2 cấp", "4 sao"]))

PAGES.append(page("b8306-lamdong-quangson-doithoai-phunu-2026", """
Chủ Nhật, 25/01/2026
TRANG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG SƠN
Trang chủ » Tin tức » Hoạt động của Đảng ủy, chính quyền
Ngày đăng: 2026-01-21 09:20
Bí thư Đảng ủy xã Quảng Sơn đối thoại với phụ nữ về vốn vay, khởi nghiệp
Chiều 19/01, Đảng ủy xã Quảng Sơn (tỉnh Lâm Đồng) phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy xã với cán bộ, hội viên phụ nữ năm 2026, chủ đề "Phụ nữ tiếp cận vốn vay, khởi nghiệp và làm ra sản phẩm OCOP". Đồng chí Điểu Văn Lâm, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì; cùng dự có các đồng chí: Trần Văn Hòa, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; H'Mai Ja, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội LHPN xã và 115 hội viên phụ nữ đại diện 26 thôn, bon.
Quang cảnh buổi đối thoại tại Hội trường Đảng ủy xã.
Mở đầu, bà H'Mai Ja báo cáo, Hội LHPN xã hiện có 4.326 hội viên, trong đó 1.618 hội viên là đồng bào Mnông, Mạ, Êđê; Hội quản lý 38 tổ tiết kiệm và vay vốn với dư nợ 84,7 tỷ đồng. Năm 2025, Hội đã hỗ trợ 42 phụ nữ khởi nghiệp với các mô hình trồng sầu riêng, cà phê, nuôi heo rừng lai; xã có 3 sản phẩm OCOP, trong đó 2 sản phẩm do phụ nữ làm chủ.
Tại buổi đối thoại, 17 ý kiến được nêu trực tiếp. Chị Thị Rơnh, người Mnông ở bon Bu Sir, đề nghị nâng mức vay cho hộ mới thoát nghèo lên 100 triệu đồng vì đầu tư vườn sầu riêng cần vốn lớn. Chị Phạm Thị Lan, thôn Đắk Snao 2, phản ánh 7 hộ trong thôn vay qua ứng dụng trên điện thoại, bị đòi lãi lên tới 2%/ngày. Chị H'Brơi Niê, Tổ trưởng tổ hợp tác cà phê nữ Quảng Sơn, mong xã hỗ trợ đăng ký nhãn hiệu tập thể và máy rang xay trị giá khoảng 250 triệu đồng.
Trả lời các ý kiến, đồng chí Điểu Văn Lâm cho biết, mức cho vay hộ mới thoát nghèo thực hiện theo Quyết định số 28/2015/QĐ-TTg và các văn bản sửa đổi của Thủ tướng Chính phủ; xã sẽ đề nghị tỉnh bổ sung nguồn vốn ngân sách ủy thác qua Ngân hàng Chính sách xã hội. Về tín dụng đen qua ứng dụng, Đảng ủy giao Công an xã phối hợp với Hội LHPN xã tuyên truyền đến từng chi hội, xử lý nghiêm các trường hợp vi phạm.
Đồng chí Trần Văn Hòa thông tin, thực hiện Nghị quyết số 03-NQ/ĐU ngày 10/10/2025 của Ban Chấp hành Đảng bộ xã về phát triển nông nghiệp công nghệ cao, năm 2026 xã dành khoảng 1,2 tỷ đồng hỗ trợ các tổ hợp tác, hợp tác xã, ưu tiên các mô hình do phụ nữ làm chủ; hỗ trợ 50% kinh phí đăng ký nhãn hiệu tập thể cho tổ hợp tác cà phê nữ.
Kết thúc hội nghị, Bí thư Đảng ủy xã giao Văn phòng Đảng ủy tổng hợp các ý kiến chưa trả lời tại chỗ để trả lời bằng văn bản trong tháng 2/2026, đồng thời đề nghị Hội LHPN xã phấn đấu năm 2026 hỗ trợ ít nhất 50 phụ nữ khởi nghiệp.
Văn phòng Đảng ủy xã
Tin khác
- Xã Quảng Sơn trao 60 phần quà Tết cho hộ nghèo (16/01/2026)
- Hội LHPN xã ra mắt tổ hợp tác cà phê nữ (05/01/2026)
- Tổng kết công tác Mặt trận xã năm 2025 (26/12/2025)
""", "2026-01-21", "Bí thư Đảng ủy xã Quảng Sơn đối thoại với phụ nữ về vốn vay, khởi nghiệp",
E("doi_thoai", "2026", "2026-01-19"),
[P("Điểu Văn Lâm", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Trần Văn Hòa", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("H'Mai Ja", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã"),
 P("Thị Rơnh"),
 P("Phạm Thị Lan"),
 P("H'Brơi Niê", "Tổ trưởng tổ hợp tác cà phê nữ Quảng Sơn")],
[Q("115 hội viên phụ nữ", 115, "hội viên phụ nữ"), Q("26 thôn, bon", 26, "thôn, bon"), Q("4.326 hội viên", 4326, "hội viên"),
 Q("1.618 hội viên", 1618, "hội viên"), Q("38 tổ tiết kiệm và vay vốn", 38, "tổ tiết kiệm và vay vốn"),
 Q("84,7 tỷ đồng", 84700000000, "đồng"), Q("42 phụ nữ", 42, "phụ nữ"), Q("3 sản phẩm OCOP", 3, "sản phẩm OCOP"),
 Q("2 sản phẩm", 2, "sản phẩm"), Q("17 ý kiến", 17, "ý kiến"), Q("100 triệu đồng", 100000000, "đồng"), Q("7 hộ", 7, "hộ"),
 Q("2%/ngày", 2, "%"), Q("khoảng 250 triệu đồng", 250000000, "đồng", "approx"),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("50% kinh phí", 50, "%"),
 Q("ít nhất 50 phụ nữ", 50, "phụ nữ", "over")],
[D("Quyết định", "28", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 28/2015/QĐ-TTg"),
 D("Nghị quyết", "03", "NQ/ĐU", "2025-10-10", "Ban Chấp hành Đảng bộ xã", "Nghị quyết số 03-NQ/ĐU ngày 10/10/2025")],
[prov("Lâm Đồng"), com("Quảng Sơn")],
["Chủ Nhật, 25/01/2026", "TRANG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG SƠN", "Trang chủ » Tin tức » Hoạt động của Đảng ủy, chính quyền",
 "Quang cảnh buổi đối thoại tại Hội trường Đảng ủy xã.", "Phụ nữ tiếp cận vốn vay, khởi nghiệp và làm ra sản phẩm OCOP",
 "OCOP", "Văn phòng Đảng ủy xã"],
["Chủ Nhật, 25/01/2026", "Ngày đăng: 2026-01-21 09:20", "năm 2026", "Năm 2025", "tháng 2/2026"]))

PAGES.append(page("b8307-dongnai-daihoi-phunu-xa-budang-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Chính trị | Đoàn thể | Phụ nữ
14.03.2026 | 10:30
Các đại biểu biểu quyết thông qua Nghị quyết đại hội. Ảnh: Hải Yến
Xã Bù Đăng: Đại hội Phụ nữ lần thứ I đặt mục tiêu mỗi năm 30 phụ nữ khởi nghiệp
Ngày 12/3, Hội LHPN xã Bù Đăng, tỉnh Đồng Nai tổ chức Đại hội đại biểu Phụ nữ xã lần thứ I, nhiệm kỳ 2026 - 2031. Đây là đại hội điểm cấp xã của tỉnh sau khi hợp nhất tỉnh Bình Phước và Đồng Nai. Dự đại hội có bà Nguyễn Thị Hoàng Oanh, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; ông Điểu Lý, Bí thư Đảng ủy xã Bù Đăng cùng 180 đại biểu đại diện cho 6.420 hội viên phụ nữ trong xã.
Báo cáo tại đại hội cho biết, nhiệm kỳ qua, Hội LHPN các xã cũ (nay là xã Bù Đăng) đã giúp 1.356 lượt hội viên vay vốn với tổng dư nợ ủy thác 158,2 tỷ đồng; hỗ trợ 96 phụ nữ khởi nghiệp; thành lập 8 tổ hợp tác và 2 hợp tác xã do phụ nữ làm chủ, trong đó Hợp tác xã hạt điều Bom Bo có sản phẩm điều rang muối đạt OCOP 4 sao. Tỷ lệ hộ nghèo là đồng bào S'tiêng, M'nông giảm từ 9,8% xuống 2,6%.
Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp và Hướng dẫn số 12, 13-HD/ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về đại hội phụ nữ các cấp, đại hội đã thảo luận, thông qua 10 chỉ tiêu nhiệm kỳ 2026 - 2031, trong đó mỗi năm hỗ trợ ít nhất 30 phụ nữ khởi nghiệp; 100% chi hội có tổ tiết kiệm; có thêm từ 3 đến 5 sản phẩm OCOP do phụ nữ làm chủ.
Tham luận tại đại hội, chị Thị Bích, người S'tiêng ở thôn Bù Cà Mau, kể về hành trình vay 50 triệu đồng từ tổ tiết kiệm để mở xưởng dệt thổ cẩm, nay tạo việc làm cho 12 chị em trong thôn. Chị Điểu Thị Rỏi, Giám đốc Hợp tác xã hạt điều Bom Bo, chia sẻ hợp tác xã đang liên kết với 147 hộ trồng điều trên diện tích khoảng 420 ha.
Phát biểu chỉ đạo, bà Nguyễn Thị Hoàng Oanh đề nghị Hội LHPN xã Bù Đăng đổi mới phương thức hoạt động theo mô hình tổ chức mới trực thuộc Ủy ban MTTQ Việt Nam xã; tập trung hỗ trợ phụ nữ dân tộc thiểu số chuyển đổi số, đưa sản phẩm hạt điều, thổ cẩm, rượu cần lên sàn thương mại điện tử.
Đại hội đã hiệp thương cử Ban Chấp hành Hội LHPN xã khóa I gồm 23 ủy viên. Bà Trần Thị Thu Hà được tín nhiệm giữ chức Chủ tịch Hội LHPN xã khóa I; các bà: Điểu Thị Hạnh, Nguyễn Thị Ngọc Bích - Phó Chủ tịch Hội LHPN xã. Đại hội cũng bầu 7 đại biểu chính thức dự Đại hội đại biểu Phụ nữ tỉnh Đồng Nai lần thứ I.
Dịp này, Hội LHPN tỉnh trao 10 suất vốn, mỗi suất 10 triệu đồng cho hội viên nghèo xã Bù Đăng.
Hải Yến
Tin liên quan
- Đồng Nai chọn 3 xã tổ chức đại hội phụ nữ điểm (02/03/2026)
- Xã Bom Bo: phụ nữ S'tiêng giữ nghề dệt (20/02/2026)
- Hội LHPN tỉnh tập huấn công tác đại hội cho cán bộ cơ sở (10/02/2026)
""", "2026-03-14", "Xã Bù Đăng: Đại hội Phụ nữ lần thứ I đặt mục tiêu mỗi năm 30 phụ nữ khởi nghiệp",
E("dai_hoi", None, "2026-03-12"),
[P("Nguyễn Thị Hoàng Oanh", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Điểu Lý", "Bí thư Đảng ủy xã Bù Đăng"),
 P("Thị Bích"),
 P("Điểu Thị Rỏi", "Giám đốc Hợp tác xã hạt điều Bom Bo"),
 P("Trần Thị Thu Hà", "Chủ tịch Hội LHPN xã khóa I"),
 P("Điểu Thị Hạnh", "Phó Chủ tịch Hội LHPN xã"),
 P("Nguyễn Thị Ngọc Bích", "Phó Chủ tịch Hội LHPN xã")],
[Q("30 phụ nữ", 30, "phụ nữ", "over"), Q("180 đại biểu", 180, "đại biểu"), Q("6.420 hội viên phụ nữ", 6420, "hội viên phụ nữ"),
 Q("1.356 lượt hội viên", 1356, "lượt hội viên"), Q("158,2 tỷ đồng", 158200000000, "đồng"), Q("96 phụ nữ", 96, "phụ nữ"),
 Q("8 tổ hợp tác", 8, "tổ hợp tác"), Q("2 hợp tác xã", 2, "hợp tác xã"), Q("9,8%", 9.8, "%"), Q("2,6%", 2.6, "%"),
 Q("10 chỉ tiêu", 10, "chỉ tiêu"), Q("100% chi hội", 100, "%"),
 Q("từ 3 đến 5 sản phẩm OCOP", 3, "sản phẩm OCOP"), Q("từ 3 đến 5 sản phẩm OCOP", 5, "sản phẩm OCOP"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("12 chị em", 12, "chị em"), Q("147 hộ", 147, "hộ"), Q("khoảng 420 ha", 420, "ha", "approx"),
 Q("23 ủy viên", 23, "ủy viên"), Q("7 đại biểu chính thức", 7, "đại biểu chính thức"), Q("10 suất vốn", 10, "suất vốn"),
 Q("10 triệu đồng", 10000000, "đồng")],
[D("Chỉ thị", "35", "CT/TW", "2024-06-14", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị"),
 D("Hướng dẫn", "12", "HD/ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn số 12, 13-HD/ĐCT"),
 D("Hướng dẫn", "13", "HD/ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn số 12, 13-HD/ĐCT")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Đăng")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Chính trị | Đoàn thể | Phụ nữ", "Các đại biểu biểu quyết thông qua Nghị quyết đại hội. Ảnh: Hải Yến",
 "Hợp tác xã hạt điều Bom Bo", "OCOP"],
["14.03.2026 | 10:30", "lần thứ I", "2026 - 2031", "4 sao", "khóa I"]))

PAGES.append(page("b8308-ninhbinh-mttq-giamsat-phunu-khoinghiep-2026", """
BÁO NINH BÌNH ĐIỆN TỬ
Trang chủ / Chính trị / Mặt trận
Thứ Sáu, 10/4/2026 - 14:45
Giám sát chính sách tín dụng, hỗ trợ phụ nữ khởi nghiệp tại xã Hải Hậu
Ngày 08/4, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Ninh Bình do bà Đặng Thị Thu Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách tín dụng ưu đãi và hỗ trợ phụ nữ khởi nghiệp năm 2026 tại xã Hải Hậu và xã Hải Thịnh.
Đoàn giám sát làm việc với Đảng ủy, UBND xã Hải Hậu.
Tham gia đoàn có các ông, bà: Trần Văn Nam, Lê Thị Thanh Nhàn - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Vũ Thị Hồng, Phó Chủ tịch Hội LHPN tỉnh (Hội trực thuộc Ủy ban MTTQ Việt Nam tỉnh) cùng đại diện Chi nhánh Ngân hàng Chính sách xã hội tỉnh, Sở Tài chính.
Cuộc giám sát được thực hiện theo Quy định số 124-QĐ/TW ngày 03/10/2023 của Ban Bí thư về giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội và nhân dân, và Kế hoạch số 21/KH-MTTQ-BTT ngày 02/3/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo của UBND xã Hải Hậu, sau sắp xếp, xã có 9.860 hội viên phụ nữ; Hội LHPN xã quản lý 46 tổ tiết kiệm và vay vốn với 2.315 hộ còn dư nợ, tổng dư nợ 127,9 tỷ đồng, nợ quá hạn 0,04%. Quý I/2026, xã đã giải ngân 9,6 tỷ đồng cho 173 hộ vay, trong đó 21 phụ nữ vay vốn khởi nghiệp với mức vay từ 50 đến 100 triệu đồng. Xã có 7 sản phẩm OCOP, 5 sản phẩm do phụ nữ làm chủ thể như nước mắm, chè lam, gạo tám thơm.
Đoàn đã kiểm tra thực tế tại tổ tiết kiệm và vay vốn xóm 5 và cơ sở sản xuất chè lam của bà Nguyễn Thị Hảo, Tổ trưởng tổ hợp tác chè lam Hải Thịnh, tạo việc làm cho 14 lao động nữ với thu nhập khoảng 6 triệu đồng/người/tháng. Bà Hảo kiến nghị được hỗ trợ chi phí tham gia hội chợ và chứng nhận an toàn thực phẩm, ước khoảng 30 triệu đồng mỗi năm.
Qua giám sát, đoàn ghi nhận việc bình xét cho vay công khai, đúng đối tượng; song còn 4 hộ sử dụng vốn chưa đúng mục đích, một số tổ sinh hoạt chưa đều sau khi sáp nhập thôn, xóm; 2 tổ hợp tác của phụ nữ chưa được hướng dẫn thủ tục tiếp cận gói hỗ trợ của tỉnh theo Nghị quyết số 18/2025/NQ-HĐND của HĐND tỉnh.
Kết luận buổi giám sát, bà Đặng Thị Thu Hương đề nghị UBND xã và Hội LHPN xã chấn chỉnh ngay những tồn tại, thu hồi vốn sử dụng sai mục đích trước ngày 30/6/2026; ưu tiên hỗ trợ phụ nữ khởi nghiệp gắn với sản phẩm OCOP. Kết quả giám sát sẽ được tổng hợp, kiến nghị với UBND tỉnh trong tháng 5/2026.
Năm 2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức 6 cuộc giám sát chuyên đề, trong đó có 2 cuộc về chính sách đối với phụ nữ.
Minh Đức
Tin khác
- Ủy ban MTTQ tỉnh giao ban quý I/2026 (02/04/2026)
- Xã Hải Thịnh ra mắt câu lạc bộ phụ nữ khởi nghiệp (25/03/2026)
- Phản biện dự thảo nghị quyết về hỗ trợ hợp tác xã (18/03/2026)
""", "2026-04-10", "Giám sát chính sách tín dụng, hỗ trợ phụ nữ khởi nghiệp tại xã Hải Hậu",
E("giam_sat", "2026", "2026-04-08"),
[P("Đặng Thị Thu Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Trần Văn Nam", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Thanh Nhàn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vũ Thị Hồng", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Hảo", "Tổ trưởng tổ hợp tác chè lam Hải Thịnh")],
[Q("9.860 hội viên phụ nữ", 9860, "hội viên phụ nữ"), Q("46 tổ tiết kiệm và vay vốn", 46, "tổ tiết kiệm và vay vốn"),
 Q("2.315 hộ", 2315, "hộ"), Q("127,9 tỷ đồng", 127900000000, "đồng"), Q("0,04%", 0.04, "%"), Q("9,6 tỷ đồng", 9600000000, "đồng"),
 Q("173 hộ", 173, "hộ"), Q("21 phụ nữ", 21, "phụ nữ"), Q("từ 50 đến 100 triệu đồng", 50000000, "đồng"),
 Q("từ 50 đến 100 triệu đồng", 100000000, "đồng"), Q("7 sản phẩm OCOP", 7, "sản phẩm OCOP"), Q("5 sản phẩm", 5, "sản phẩm"),
 Q("14 lao động nữ", 14, "lao động nữ"), Q("khoảng 6 triệu đồng/người/tháng", 6000000, "đồng", "approx"),
 Q("khoảng 30 triệu đồng", 30000000, "đồng", "approx"), Q("4 hộ", 4, "hộ"), Q("2 tổ hợp tác", 2, "tổ hợp tác"),
 Q("6 cuộc giám sát chuyên đề", 6, "cuộc giám sát chuyên đề"), Q("2 cuộc", 2, "cuộc")],
[D("Quy định", "124", "QĐ/TW", "2023-10-03", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 03/10/2023 của Ban Bí thư"),
 D("Kế hoạch", "21", "KH-MTTQ-BTT", "2026-03-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 21/KH-MTTQ-BTT ngày 02/3/2026"),
 D("Nghị quyết", "18", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 18/2025/NQ-HĐND của HĐND tỉnh")],
[prov("Ninh Bình"), com("Hải Hậu"), com("Hải Thịnh")],
["BÁO NINH BÌNH ĐIỆN TỬ", "Trang chủ / Chính trị / Mặt trận", "Đoàn giám sát làm việc với Đảng ủy, UBND xã Hải Hậu.", "OCOP"],
["Thứ Sáu, 10/4/2026 - 14:45", "năm 2026", "Quý I/2026", "xóm 5", "30/6/2026", "tháng 5/2026", "Năm 2026"]))
