from lib import *
PAGES = []

PAGES.append(page("b5183-tuyenquang-hlhpn-soket-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 11/07/2025, 08:05
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Hội LHPN tỉnh Tuyên Quang: kiện toàn tổ chức, giữ vững nhịp hỗ trợ phụ nữ làm kinh tế
Ngày 9/7/2025, Hội LHPN tỉnh Tuyên Quang tổ chức hội nghị trực tuyến sơ kết công tác Hội 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm, với 124 điểm cầu xã, phường. Đây là hội nghị đầu tiên sau khi hợp nhất Hội LHPN hai tỉnh Tuyên Quang và Hà Giang. Bà Hoàng Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh chủ trì.
Thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương và Hướng dẫn số 02/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, các cấp Hội đã hoàn thành sắp xếp tổ chức; toàn tỉnh hiện có 124 cơ sở Hội với hơn 312.000 hội viên. Các bà Sùng Thị Chúa, Ma Thị Nguyệt, Nông Thị Thanh - Phó Chủ tịch Hội LHPN tỉnh được phân công phụ trách các khu vực.
Dù tập trung sắp xếp bộ máy, công tác hỗ trợ phụ nữ phát triển kinh tế vẫn được duy trì: dư nợ ủy thác qua Ngân hàng Chính sách xã hội đạt trên 3.460 tỷ đồng với 58.700 hộ còn dư nợ; 99,1% tổ tiết kiệm và vay vốn xếp loại tốt. Sáu tháng đầu năm, Hội hỗ trợ 412 phụ nữ khởi nghiệp, thành lập mới 21 tổ hợp tác và 4 hợp tác xã do phụ nữ quản lý; 17 sản phẩm của phụ nữ được công nhận OCOP.
Theo Kế hoạch số 09-KH/HPN ngày 14/2/2025 của Ban Thường vụ Hội LHPN tỉnh, Hội đã triển khai Dự án 8 tại các xã vùng cao như Lũng Cú, Mèo Vạc, Lâm Bình, thành lập 64 tổ truyền thông cộng đồng và hỗ trợ 38 mô hình sinh kế cho phụ nữ Mông, Dao, Tày với tổng kinh phí khoảng 2,9 tỷ đồng.
Tại hội nghị, bà Lý Thị Hoa, Chủ tịch Hội LHPN xã Lâm Bình, chia sẻ kinh nghiệm phát triển du lịch cộng đồng gắn với nghề dệt thổ cẩm của phụ nữ Tày; bà Vàng Thị Dua, Chủ tịch Hội LHPN xã Mèo Vạc, đề nghị tỉnh Hội bố trí kinh phí tập huấn cho cán bộ Hội cơ sở mới được kiện toàn. Đại diện Hội LHPN phường Hà Giang 1 nêu khó khăn về trụ sở làm việc sau sắp xếp.
Phát biểu kết luận, bà Hoàng Thị Thu Hà đề nghị 6 tháng cuối năm các cấp Hội ổn định tổ chức, nắm chắc tình hình hội viên; tiếp tục thực hiện Quyết định 939/QĐ-TTg của Thủ tướng Chính phủ, phấn đấu hết năm 2025 hỗ trợ ít nhất 800 phụ nữ khởi nghiệp; chuẩn bị tốt đại hội phụ nữ các cấp nhiệm kỳ 2026 - 2031.
Hội nghị đã nghe ông Triệu Văn Kiên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, quán triệt một số nội dung về hoạt động của các tổ chức chính trị - xã hội trực thuộc Mặt trận.
Thu Phương
Tin liên quan
- Ra mắt Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang (02/07/2025)
- Phụ nữ Hà Giang chia tay trụ sở cũ (28/06/2025)
- Trao 40 con bò cho hội viên nghèo vùng cao (12/06/2025)
""", "2025-07-11", "Hội LHPN tỉnh Tuyên Quang: kiện toàn tổ chức, giữ vững nhịp hỗ trợ phụ nữ làm kinh tế",
E("so_ket", "2025-H1", "2025-07-09"),
[P("Hoàng Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Sùng Thị Chúa", "Phó Chủ tịch Hội LHPN tỉnh"), P("Ma Thị Nguyệt", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nông Thị Thanh", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lý Thị Hoa", "Chủ tịch Hội LHPN xã Lâm Bình"),
 P("Vàng Thị Dua", "Chủ tịch Hội LHPN xã Mèo Vạc"),
 P("Triệu Văn Kiên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("124 cơ sở Hội", 124, "cơ sở Hội"),
 Q("hơn 312.000 hội viên", 312000, "hội viên", "over"), Q("trên 3.460 tỷ đồng", 3460000000000, "đồng", "over"),
 Q("58.700 hộ", 58700, "hộ"), Q("99,1%", 99.1, "%"), Q("412 phụ nữ", 412, "phụ nữ"), Q("21 tổ hợp tác", 21, "tổ hợp tác"),
 Q("4 hợp tác xã", 4, "hợp tác xã"), Q("17 sản phẩm", 17, "sản phẩm"), Q("64 tổ truyền thông cộng đồng", 64, "tổ truyền thông cộng đồng"),
 Q("38 mô hình sinh kế", 38, "mô hình sinh kế"), Q("khoảng 2,9 tỷ đồng", 2900000000, "đồng", "approx"),
 Q("ít nhất 800 phụ nữ", 800, "phụ nữ", "over")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Hướng dẫn", "02", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 02/HD-MTTQ-BTT"),
 D("Kế hoạch", "09", "KH/HPN", "2025-02-14", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 09-KH/HPN ngày 14/2/2025"),
 D("Quyết định", "939", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 939/QĐ-TTg")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Mèo Vạc"), com("Lâm Bình"), com("Hà Giang 1")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "Toàn cảnh hội nghị tại điểm cầu tỉnh."],
["Thứ Sáu, 11/07/2025, 08:05", "6 tháng đầu năm 2025", "6 tháng cuối năm", "Sáu tháng đầu năm", "Dự án 8", "nhiệm kỳ 2026 - 2031"]))

PAGES.append(page("b5184-vinhlong-nudoanhnhan-daihoi-2025", """
Báo Vĩnh Long điện tử
Kinh tế | Doanh nhân - Doanh nghiệp
14/08/2025 | 17:30
Đại hội biểu quyết thông qua danh sách Ban Chấp hành.
Đại hội hợp nhất Hội Nữ doanh nhân tỉnh Vĩnh Long nhiệm kỳ 2025 - 2030
(VLO) Ngày 13/8/2025, Hội Nữ doanh nhân tỉnh Vĩnh Long tổ chức Đại hội đại biểu lần thứ nhất, nhiệm kỳ 2025 - 2030, trên cơ sở hợp nhất Hội Nữ doanh nhân ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh theo chủ trương sắp xếp đơn vị hành chính. Dự đại hội có bà Nguyễn Thị Minh Trang, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Kim Ngọc Thái, Phó Chủ tịch UBND tỉnh cùng 210 đại biểu đại diện cho 586 hội viên.
Báo cáo tại đại hội cho biết, nhiệm kỳ qua, hội viên của ba Hội đã duy trì sản xuất, kinh doanh ổn định, tạo việc làm cho khoảng 18.500 lao động, trong đó hơn 60% là lao động nữ; đóng góp ngân sách trên 1.200 tỷ đồng mỗi năm. Các Hội đã vận động hội viên ủng hộ các chương trình an sinh xã hội hơn 46 tỷ đồng, xây 128 căn nhà "Mái ấm tình thương", trao 3.400 suất học bổng cho học sinh nghèo.
Nhiều hội viên là doanh nhân người Khmer, như bà Thạch Thị Sa Rinh, Giám đốc Hợp tác xã bánh tét Trà Cuôn ở xã Long Hiệp, với sản phẩm đạt OCOP 4 sao; bà Sơn Thị Chanh Tha, chủ cơ sở đan đát lục bình ở phường Trà Vinh, tạo việc làm cho 140 lao động nữ tại nhà.
Đại hội đã thảo luận các giải pháp hỗ trợ hội viên theo Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân và Nghị quyết số 198/2025/QH15 của Quốc hội về một số cơ chế, chính sách đặc biệt phát triển kinh tế tư nhân; đề xuất tỉnh sớm ban hành kế hoạch thực hiện, trong đó có gói tín dụng ưu đãi cho doanh nghiệp do nữ làm chủ.
Phát biểu chỉ đạo, bà Nguyễn Thị Minh Trang đề nghị Hội nhanh chóng ổn định tổ chức sau hợp nhất, phát huy thế mạnh của từng vùng: trái cây, dừa, thủy sản; đồng hành với Hội LHPN tỉnh thực hiện Kế hoạch số 15-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về hỗ trợ phụ nữ khởi nghiệp, phấn đấu mỗi năm kết nạp ít nhất 50 hội viên mới.
Đại hội bầu Ban Chấp hành gồm 35 ủy viên. Bà Huỳnh Thị Ngọc Diệp, Giám đốc Công ty CP Dừa Xanh Bến Tre, được bầu giữ chức Chủ tịch Hội Nữ doanh nhân tỉnh Vĩnh Long nhiệm kỳ 2025 - 2030. Các bà Phan Thị Kim Chi, Thạch Thị Sa Rinh, Lê Thị Thu Ba - Phó Chủ tịch Hội.
Dịp này, Hội trao 20 suất vốn khởi nghiệp, mỗi suất 25 triệu đồng, cho phụ nữ có hoàn cảnh khó khăn ở xã Long Hiệp và xã Tân Thủy.
Minh Thư
Tin khác
- Phụ nữ Vĩnh Long làm giàu từ dừa sáp (05/08/2025)
- Ra mắt Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long (01/07/2025)
- Hội LHPN tỉnh trao 500 phần quà cho hội viên nghèo (20/06/2025)
""", "2025-08-14", "Đại hội hợp nhất Hội Nữ doanh nhân tỉnh Vĩnh Long nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-08-13"),
[P("Nguyễn Thị Minh Trang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Ngọc Thái", "Phó Chủ tịch UBND tỉnh"),
 P("Thạch Thị Sa Rinh", "Giám đốc Hợp tác xã bánh tét Trà Cuôn", "Phó Chủ tịch Hội"),
 P("Sơn Thị Chanh Tha", "chủ cơ sở đan đát lục bình"),
 P("Huỳnh Thị Ngọc Diệp", "Giám đốc Công ty CP Dừa Xanh Bến Tre", "Chủ tịch Hội Nữ doanh nhân tỉnh Vĩnh Long nhiệm kỳ 2025 - 2030"),
 P("Phan Thị Kim Chi", "Phó Chủ tịch Hội"), P("Lê Thị Thu Ba", "Phó Chủ tịch Hội")],
[Q("210 đại biểu", 210, "đại biểu"), Q("586 hội viên", 586, "hội viên"), Q("khoảng 18.500 lao động", 18500, "lao động", "approx"),
 Q("hơn 60%", 60, "%", "over"), Q("trên 1.200 tỷ đồng", 1200000000000, "đồng", "over"), Q("hơn 46 tỷ đồng", 46000000000, "đồng", "over"),
 Q("128 căn nhà", 128, "căn nhà"), Q("3.400 suất học bổng", 3400, "suất học bổng"), Q("140 lao động nữ", 140, "lao động nữ"),
 Q("ít nhất 50 hội viên mới", 50, "hội viên mới", "over"), Q("35 ủy viên", 35, "ủy viên"),
 Q("20 suất vốn khởi nghiệp", 20, "suất vốn khởi nghiệp"), Q("25 triệu đồng", 25000000, "đồng")],
[D("Nghị quyết", "68", "NQ/TW", "2025-05-04", "Bộ Chính trị", "Nghị quyết số 68-NQ/TW ngày 4/5/2025"),
 D("Nghị quyết", "198", "2025/QH15", None, "Quốc hội", "Nghị quyết số 198/2025/QH15"),
 D("Kế hoạch", "15", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 15-KH/MTTQ-BTT")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp"), com("Trà Vinh"), com("Tân Thủy")],
["Báo Vĩnh Long điện tử", "Kinh tế | Doanh nhân - Doanh nghiệp", "Đại hội biểu quyết thông qua danh sách Ban Chấp hành.", "(VLO)",
 "Mái ấm tình thương"],
["14/08/2025 | 17:30", "lần thứ nhất", "nhiệm kỳ 2025 - 2030", "OCOP 4 sao"]))

PAGES.append(page("b5185-lamdong-hlhpn-tongket-2025", """
Hôm nay: Thứ Hai, 22/12/2025
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Trang chủ / Xã hội / Phụ nữ
Thứ Sáu, 19/12/2025 - 16:40
Phụ nữ Lâm Đồng: 1.960 hộ thoát nghèo nhờ vốn vay và mô hình sinh kế
Ngày 18/12, Hội LHPN tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Hội hoạt động trên địa bàn tỉnh mới sau hợp nhất ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Dự hội nghị có bà K'Điểu Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Bà K'Điểu Hòa (giữa) trao bằng khen cho các tập thể.
Báo cáo do bà Trần Thị Thanh Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh trình bày cho biết, năm 2025 các cấp Hội đã hỗ trợ 1.960 hộ thoát nghèo, trong đó có 842 hộ đồng bào dân tộc thiểu số tại chỗ K'Ho, Mnông, Chu Ru, Chăm. Dư nợ ủy thác qua Ngân hàng Chính sách xã hội đạt 7.215 tỷ đồng với 112.400 hộ vay; 1.980 tổ tiết kiệm và vay vốn đang hoạt động.
Thực hiện Kế hoạch 11, 12-KH/HPN của Ban Thường vụ Hội LHPN tỉnh về hỗ trợ phụ nữ khởi nghiệp và về chuyển đổi số trong kinh doanh, Hội đã hỗ trợ 1.046 phụ nữ khởi nghiệp, 58 hợp tác xã do phụ nữ quản lý; 36 sản phẩm được công nhận OCOP từ 3 sao trở lên. Hơn 9.000 hội viên được tập huấn bán hàng trên sàn thương mại điện tử.
Tại hội nghị, bà H'Nhung Êban, Chủ tịch Hội LHPN xã Quảng Sơn, chia sẻ mô hình "Tổ phụ nữ trồng cà phê bền vững" với 45 thành viên; bà Đàng Thị Mỹ Hạnh, Chủ tịch Hội LHPN xã Phan Hòa, kể về việc hỗ trợ chị em người Chăm làm gốm, dệt thổ cẩm phục vụ du lịch. Bà Ka Sim, Chi hội trưởng Chi hội phụ nữ thôn Đăng Srôn, đề nghị có thêm vốn cho hội viên trồng rau công nghệ cao.
Hội nghị cũng chỉ ra hạn chế: chất lượng hoạt động ở một số cơ sở Hội mới sắp xếp chưa đồng đều; khoảng cách địa lý giữa các xã lớn nên việc kiểm tra, giám sát còn khó khăn.
Phát biểu chỉ đạo, bà K'Điểu Hòa đề nghị năm 2026 Hội tổ chức thành công đại hội phụ nữ các cấp, thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trong hỗ trợ phụ nữ kinh doanh; phấn đấu giảm ít nhất 1,5% hộ nghèo có phụ nữ làm chủ hộ.
Dịp này, Trung ương Hội LHPN Việt Nam tặng bằng khen cho 8 tập thể, 12 cá nhân; Hội LHPN tỉnh khen thưởng 45 tập thể và 76 cá nhân có thành tích xuất sắc.
Hoàng Yến
Tin liên quan
- Phụ nữ Đức Trọng làm du lịch nông nghiệp (10/12/2025)
- Trao 100 suất sinh kế cho phụ nữ Bình Thuận cũ (28/11/2025)
- Hội LHPN tỉnh giao ban quý III năm 2025 (08/10/2025)
""", "2025-12-19", "Phụ nữ Lâm Đồng: 1.960 hộ thoát nghèo nhờ vốn vay và mô hình sinh kế",
E("tong_ket", "2025", "2025-12-18"),
[P("K'Điểu Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Thanh Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("H'Nhung Êban", "Chủ tịch Hội LHPN xã Quảng Sơn"),
 P("Đàng Thị Mỹ Hạnh", "Chủ tịch Hội LHPN xã Phan Hòa"),
 P("Ka Sim", "Chi hội trưởng Chi hội phụ nữ thôn Đăng Srôn")],
[Q("1.960 hộ", 1960, "hộ"), Q("842 hộ đồng bào dân tộc thiểu số tại chỗ", 842, "hộ đồng bào dân tộc thiểu số tại chỗ"),
 Q("7.215 tỷ đồng", 7215000000000, "đồng"), Q("112.400 hộ", 112400, "hộ"), Q("1.980 tổ tiết kiệm và vay vốn", 1980, "tổ tiết kiệm và vay vốn"),
 Q("1.046 phụ nữ", 1046, "phụ nữ"), Q("58 hợp tác xã", 58, "hợp tác xã"), Q("36 sản phẩm", 36, "sản phẩm"),
 Q("Hơn 9.000 hội viên", 9000, "hội viên", "over"), Q("45 thành viên", 45, "thành viên"), Q("ít nhất 1,5%", 1.5, "%", "over"),
 Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân", 12, "cá nhân"), Q("45 tập thể", 45, "tập thể"), Q("76 cá nhân", 76, "cá nhân")],
[D("Kế hoạch", "11", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 11, 12-KH/HPN"),
 D("Kế hoạch", "12", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 11, 12-KH/HPN"),
 D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Sơn"), com("Phan Hòa")],
["Hôm nay: Thứ Hai, 22/12/2025", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Trang chủ / Xã hội / Phụ nữ",
 "Bà K'Điểu Hòa (giữa) trao bằng khen cho các tập thể.", "Tổ phụ nữ trồng cà phê bền vững"],
["Thứ Sáu, 19/12/2025 - 16:40", "năm 2025", "năm 2026", "3 sao"]))

PAGES.append(page("b5186-dongnai-hlhpn-giaoban-2026", """
BÁO ĐỒNG NAI
Thời sự » Chính trị
Cập nhật: 09:42, 10/04/2026 (GMT+7)
Giao ban công tác Hội quý I năm 2026
(ĐN) - Ngày 8/4, Thường trực Hội LHPN tỉnh Đồng Nai tổ chức giao ban công tác Hội quý I năm 2026 với Chủ tịch Hội LHPN 95 xã, phường. Bà Điểu Thị Hồng Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh chủ trì.
Quang cảnh buổi giao ban. Ảnh: Hải Quân
Theo báo cáo, quý I các cấp Hội đã tập trung chỉ đạo đại hội điểm phụ nữ cấp xã nhiệm kỳ 2026 - 2031 tại phường Bình Phước và xã Tân Phú theo Hướng dẫn số 05/HD-HPN của Ban Thường vụ Hội LHPN tỉnh; hoàn thành 95/95 đại hội chi hội. Dịp Tết Nguyên đán Bính Ngọ, các cấp Hội trao 6.850 phần quà Tết cho hội viên nghèo, tổng trị giá hơn 4,1 tỷ đồng.
Về hỗ trợ phụ nữ phát triển kinh tế, trong quý Hội đã giới thiệu 1.240 hộ vay vốn với tổng số tiền 68,5 tỷ đồng; hỗ trợ 96 phụ nữ khởi nghiệp, thành lập mới 8 tổ hợp tác, trong đó có 3 tổ hợp tác của phụ nữ S'tiêng trồng điều hữu cơ ở khu vực Bình Phước cũ. Hội triển khai Kế hoạch 04, 05-KH/HPN về phát triển kinh tế số cho hội viên và về hỗ trợ nữ công nhân mất việc làm.
Bà Thị Bích, Chủ tịch Hội LHPN xã Bù Gia Mập, cho biết xã có 1.870 hội viên, hơn 40% là đồng bào S'tiêng, M'nông; nhiều chị em đã chuyển sang trồng sầu riêng, nuôi ong lấy mật. Bà Nguyễn Thị Thanh Xuân, Chủ tịch Hội LHPN phường Long Bình, phản ánh khoảng 300 nữ công nhân trong phường bị giảm giờ làm do đơn hàng giảm, đề nghị tỉnh Hội phối hợp giới thiệu việc làm. Nhiều đại biểu cũng nêu khó khăn khi cán bộ Hội cấp xã mới kiện toàn, địa bàn rộng, chưa quen với nhiệm vụ.
Bà Phạm Thị Ngọc Ánh, Phó Chủ tịch Hội LHPN tỉnh, thông tin về Quyết định số 412/QĐ-UBND ngày 3/3/2026 của UBND tỉnh phê duyệt Đề án hỗ trợ phụ nữ khởi nghiệp giai đoạn 2026 - 2030, với mục tiêu hỗ trợ ít nhất 5.000 phụ nữ khởi nghiệp và 100 hợp tác xã do phụ nữ quản lý.
Kết luận giao ban, bà Điểu Thị Hồng Lan đề nghị quý II các cấp Hội hoàn thành đại hội phụ nữ cấp xã, chuẩn bị Đại hội đại biểu Phụ nữ tỉnh; thực hiện Chỉ thị số 03-CT/TU ngày 15/1/2026 của Ban Thường vụ Tỉnh ủy về lãnh đạo đại hội các tổ chức chính trị - xã hội; tổ chức ngày hội việc làm cho nữ công nhân tại phường Long Bình và phường Trấn Biên.
Giao ban cũng thống nhất phân công các bà Phó Chủ tịch Hội LHPN tỉnh: Phạm Thị Ngọc Ánh, Lê Thị Kim Phượng theo dõi đại hội ở các khu vực phía bắc và phía nam tỉnh.
Hải Quân
Tin liên quan
- Đại hội điểm phụ nữ phường Bình Phước (26/03/2026)
- Trao 200 phần quà Tết cho nữ công nhân (05/02/2026)
- Hội LHPN tỉnh tổng kết năm 2025 (24/12/2025)
""", "2026-04-10", "Giao ban công tác Hội quý I năm 2026",
E("giao_ban", "2026-Q1", "2026-04-08"),
[P("Điểu Thị Hồng Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Thị Bích", "Chủ tịch Hội LHPN xã Bù Gia Mập"),
 P("Nguyễn Thị Thanh Xuân", "Chủ tịch Hội LHPN phường Long Bình"),
 P("Phạm Thị Ngọc Ánh", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lê Thị Kim Phượng", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("95 xã, phường", 95, "xã, phường"), Q("95/95 đại hội chi hội", 95, "đại hội chi hội"), Q("6.850 phần quà", 6850, "phần quà"),
 Q("hơn 4,1 tỷ đồng", 4100000000, "đồng", "over"), Q("1.240 hộ", 1240, "hộ"), Q("68,5 tỷ đồng", 68500000000, "đồng"),
 Q("96 phụ nữ", 96, "phụ nữ"), Q("8 tổ hợp tác", 8, "tổ hợp tác"), Q("3 tổ hợp tác", 3, "tổ hợp tác"),
 Q("1.870 hội viên", 1870, "hội viên"), Q("hơn 40%", 40, "%", "over"), Q("khoảng 300 nữ công nhân", 300, "nữ công nhân", "approx"),
 Q("ít nhất 5.000 phụ nữ", 5000, "phụ nữ", "over"), Q("100 hợp tác xã", 100, "hợp tác xã")],
[D("Hướng dẫn", "05", "HD-HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Hướng dẫn số 05/HD-HPN"),
 D("Kế hoạch", "04", "KH/HPN", None, None, "Kế hoạch 04, 05-KH/HPN"),
 D("Kế hoạch", "05", "KH/HPN", None, None, "Kế hoạch 04, 05-KH/HPN"),
 D("Quyết định", "412", "QĐ-UBND", "2026-03-03", "UBND tỉnh", "Quyết định số 412/QĐ-UBND ngày 3/3/2026"),
 D("Chỉ thị", "03", "CT/TU", "2026-01-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 15/1/2026")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bình Phước"), com("Tân Phú"), com("Bù Gia Mập"), com("Long Bình"), com("Trấn Biên")],
["BÁO ĐỒNG NAI", "Thời sự » Chính trị", "(ĐN)", "Quang cảnh buổi giao ban. Ảnh: Hải Quân"],
["Cập nhật: 09:42, 10/04/2026 (GMT+7)", "quý I năm 2026", "nhiệm kỳ 2026 - 2031", "Tết Nguyên đán Bính Ngọ", "quý II", "giai đoạn 2026 - 2030"]))

PAGES.append(page("b5187-gialai-hlhpn-doithoai-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Trang chủ > Xã hội > Phụ nữ - Trẻ em
Thứ Năm, 21/05/2026 - 14:15
Chủ tịch UBND tỉnh đối thoại với phụ nữ khởi nghiệp, doanh nhân nữ
(GLO) - Chiều 19/5, tại phường Quy Nhơn, UBND tỉnh phối hợp Hội LHPN tỉnh Gia Lai tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với phụ nữ khởi nghiệp, doanh nhân nữ năm 2026. Ông Lê Hoàng Phúc, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; dự có bà Rah Lan H'Bloan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh cùng gần 400 đại biểu ở 135 xã, phường.
Ông Lê Hoàng Phúc trả lời ý kiến của đại biểu.
Mở đầu hội nghị, bà Rah Lan H'Bloan cho biết sau gần một năm hợp nhất hai tỉnh Gia Lai và Bình Định, toàn tỉnh có 2.310 doanh nghiệp do nữ làm chủ, 174 hợp tác xã và khoảng 6.800 hộ kinh doanh do phụ nữ đứng tên. Thực hiện Quyết định 939/QĐ-TTg và Kế hoạch số 27-KH/HPN ngày 2/2/2026 của Ban Thường vụ Hội LHPN tỉnh, 5 tháng đầu năm các cấp Hội hỗ trợ 318 phụ nữ khởi nghiệp, kết nối 62 sản phẩm lên sàn thương mại điện tử.
Tại hội nghị, 23 ý kiến tập trung vào vốn, mặt bằng, logistics và chuyển đổi số. Bà Võ Thị Kim Yến, Giám đốc Công ty TNHH Hải sản Nhơn Lý, đề nghị hỗ trợ chi phí chứng nhận xuất khẩu cho sản phẩm cá ngừ đại dương. Chị Ksor H'Lim, Giám đốc Hợp tác xã dệt thổ cẩm Ia Mơ Nông ở xã Ia Ly, mong được hỗ trợ gian hàng tại các khu du lịch ven biển. Chị Đinh Thị Blơng, hội viên làng Kon Hring, xã Kông Chro, hỏi thủ tục vay vốn tối đa 100 triệu đồng để mở rộng vườn dược liệu.
Trả lời các ý kiến, ông Lê Hoàng Phúc cho biết tỉnh đang triển khai Nghị quyết số 68-NQ/TW của Bộ Chính trị và Nghị quyết số 12/2026/NQ-HĐND của HĐND tỉnh về hỗ trợ doanh nghiệp nhỏ và vừa, trong đó dành 30% kinh phí hỗ trợ cho doanh nghiệp do nữ làm chủ. Các ông Trần Minh Khoa, Nguyễn Hữu Tín - Phó Giám đốc Sở Tài chính trả lời cụ thể về thủ tục đất đai, thuế.
Ông Nguyễn Văn Sang, Giám đốc Sở Công Thương, thông tin năm 2026 tỉnh sẽ tổ chức 4 hội chợ kết nối các sản phẩm vùng cao nguyên với vùng biển, ưu tiên miễn phí gian hàng cho hợp tác xã do phụ nữ quản lý.
Kết luận, Chủ tịch UBND tỉnh giao các sở, ngành giải quyết dứt điểm 9 kiến nghị trong tháng 6/2026, công khai kết quả trên cổng thông tin điện tử tỉnh; giao Hội LHPN tỉnh chủ trì xây dựng mạng lưới cố vấn khởi nghiệp với ít nhất 50 doanh nhân nữ tình nguyện.
Dịp này, UBND tỉnh tặng bằng khen cho 15 doanh nhân nữ tiêu biểu và 10 mô hình khởi nghiệp xuất sắc.
Hồng Thi
Tin cùng chuyên mục
- Ra mắt câu lạc bộ nữ doanh nhân khu vực phía Đông (12/05/2026)
- Phụ nữ Kon Chiêng làm du lịch cộng đồng (28/04/2026)
- Hội LHPN tỉnh giao ban quý I năm 2026 (09/04/2026)
""", "2026-05-21", "Chủ tịch UBND tỉnh đối thoại với phụ nữ khởi nghiệp, doanh nhân nữ",
E("doi_thoai", "2026", "2026-05-19"),
[P("Lê Hoàng Phúc", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Rah Lan H'Bloan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Võ Thị Kim Yến", "Giám đốc Công ty TNHH Hải sản Nhơn Lý"),
 P("Ksor H'Lim", "Giám đốc Hợp tác xã dệt thổ cẩm Ia Mơ Nông"),
 P("Đinh Thị Blơng", "hội viên làng Kon Hring"),
 P("Trần Minh Khoa", "Phó Giám đốc Sở Tài chính"), P("Nguyễn Hữu Tín", "Phó Giám đốc Sở Tài chính"),
 P("Nguyễn Văn Sang", "Giám đốc Sở Công Thương")],
[Q("gần 400 đại biểu", 400, "đại biểu", "approx"), Q("135 xã, phường", 135, "xã, phường"), Q("2.310 doanh nghiệp", 2310, "doanh nghiệp"),
 Q("174 hợp tác xã", 174, "hợp tác xã"), Q("khoảng 6.800 hộ kinh doanh", 6800, "hộ kinh doanh", "approx"), Q("318 phụ nữ", 318, "phụ nữ"),
 Q("62 sản phẩm", 62, "sản phẩm"), Q("23 ý kiến", 23, "ý kiến"), Q("tối đa 100 triệu đồng", 100000000, "đồng"), Q("30%", 30, "%"),
 Q("4 hội chợ", 4, "hội chợ"), Q("9 kiến nghị", 9, "kiến nghị"), Q("ít nhất 50 doanh nhân nữ", 50, "doanh nhân nữ", "over"),
 Q("15 doanh nhân nữ tiêu biểu", 15, "doanh nhân nữ tiêu biểu"), Q("10 mô hình khởi nghiệp xuất sắc", 10, "mô hình khởi nghiệp xuất sắc")],
[D("Quyết định", "939", "QĐ-TTg", None, None, "Quyết định 939/QĐ-TTg"),
 D("Kế hoạch", "27", "KH/HPN", "2026-02-02", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 27-KH/HPN ngày 2/2/2026"),
 D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 68-NQ/TW"),
 D("Nghị quyết", "12", "2026/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 12/2026/NQ-HĐND")],
[prov("Gia Lai"), prov("Bình Định"), com("Quy Nhơn"), com("Ia Ly"), com("Kông Chro")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Trang chủ > Xã hội > Phụ nữ - Trẻ em", "(GLO)",
 "Ông Lê Hoàng Phúc trả lời ý kiến của đại biểu."],
["Thứ Năm, 21/05/2026 - 14:15", "năm 2026", "gần một năm", "5 tháng đầu năm", "tháng 6/2026"]))

PAGES.append(page("b5188-quangngai-hlhpn-hoinghi-2026", """
Báo Quảng Ngãi điện tử
Kinh tế | Nông nghiệp - Nông thôn
Ngày đăng 16/10/2026 | 16:20
Các đại biểu tham quan gian hàng sản phẩm của phụ nữ.
Kết nối cung cầu sản phẩm OCOP của phụ nữ miền núi và đồng bằng
(Báo Quảng Ngãi) - Ngày 14/10/2026, Hội LHPN tỉnh Quảng Ngãi phối hợp Sở Công Thương tổ chức Hội nghị kết nối cung cầu sản phẩm OCOP và sản phẩm do phụ nữ làm chủ năm 2026. Hội nghị thu hút 86 doanh nghiệp, hợp tác xã, tổ hợp tác và 42 đơn vị phân phối, siêu thị đến từ các tỉnh miền Trung, Tây Nguyên.
Tham dự hội nghị có bà Y Thị Bích Thu, Tỉnh ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; ông Đinh Văn Khiêm, Phó Chủ tịch UBND tỉnh. Đây là hội nghị kết nối lớn nhất của Hội kể từ khi hợp nhất tỉnh Quảng Ngãi và tỉnh Kon Tum.
Theo bà Y Thị Bích Thu, thực hiện Kế hoạch số 31-KH/HPN ngày 8/5/2026 của Ban Thường vụ Hội LHPN tỉnh và Quyết định số 1256/QĐ-UBND ngày 20/4/2026 của UBND tỉnh về chương trình OCOP giai đoạn 2026 - 2030, toàn tỉnh có 214 sản phẩm OCOP do phụ nữ làm chủ thể, trong đó 61 sản phẩm đạt 4 sao; các sản phẩm tiêu biểu là sâm Ngọc Linh, tỏi Lý Sơn, quế Trà Bồng, cà phê Đăk Hà, mạch nha.
Tại hội nghị, các bên đã ký 37 biên bản ghi nhớ hợp tác, tổng giá trị dự kiến khoảng 126 tỷ đồng. Bà Đinh Thị Hương, Giám đốc Hợp tác xã quế Trà Bồng ở xã Trà Bồng, cho biết hợp tác xã có 58 thành viên người Cor, mỗi năm xuất bán khoảng 300 tấn quế khô. Bà Y Nhung, Chủ tịch Hội LHPN xã Măng Đen, đề nghị hỗ trợ kho lạnh bảo quản rau, hoa xứ lạnh cho các tổ hợp tác của phụ nữ Xơ Đăng.
Các đồng chí Phó Chủ tịch Hội LHPN tỉnh: A Thị Hoa, Phạm Thị Thu Sương đã giới thiệu 12 sản phẩm mới của các tổ hợp tác phụ nữ khởi nghiệp và kết quả thực hiện Chỉ thị số 07-CT/TU ngày 12/3/2026 của Ban Thường vụ Tỉnh ủy về phát triển kinh tế vùng đồng bào dân tộc thiểu số.
Phát biểu tại hội nghị, ông Đinh Văn Khiêm đề nghị Sở Công Thương, Sở Nông nghiệp và Môi trường hỗ trợ các chủ thể là phụ nữ xây dựng mã vùng trồng, truy xuất nguồn gốc; phấn đấu đến năm 2030 có ít nhất 300 sản phẩm OCOP do phụ nữ làm chủ thể, trong đó trên 30% sản phẩm đạt 4 sao trở lên.
Nhiều đại diện siêu thị cho biết sẵn sàng bao tiêu sản phẩm của phụ nữ nếu bảo đảm sản lượng ổn định, bao bì đẹp và có chứng nhận an toàn thực phẩm; đây cũng là điểm yếu mà các tổ hợp tác cần khắc phục.
Bên lề hội nghị, 65 gian hàng trưng bày sản phẩm thu hút hơn 2.000 lượt khách tham quan, mua sắm; doanh thu ước đạt 850 triệu đồng.
Kim Hiền
Tin liên quan
- Phụ nữ Lý Sơn làm giàu từ cây tỏi (05/10/2026)
- Trao 30 suất sinh kế cho phụ nữ Kon Plông (22/09/2026)
- Đại hội đại biểu Phụ nữ tỉnh lần thứ I (10/07/2026)
""", "2026-10-16", "Kết nối cung cầu sản phẩm OCOP của phụ nữ miền núi và đồng bằng",
E("hoi_nghi", "2026", "2026-10-14"),
[P("Y Thị Bích Thu", "Tỉnh ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Đinh Văn Khiêm", "Phó Chủ tịch UBND tỉnh"),
 P("Đinh Thị Hương", "Giám đốc Hợp tác xã quế Trà Bồng"),
 P("Y Nhung", "Chủ tịch Hội LHPN xã Măng Đen"),
 P("A Thị Hoa", "Phó Chủ tịch Hội LHPN tỉnh"), P("Phạm Thị Thu Sương", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("86 doanh nghiệp, hợp tác xã, tổ hợp tác", 86, "doanh nghiệp, hợp tác xã, tổ hợp tác"),
 Q("42 đơn vị phân phối, siêu thị", 42, "đơn vị phân phối, siêu thị"), Q("214 sản phẩm OCOP", 214, "sản phẩm OCOP"),
 Q("61 sản phẩm", 61, "sản phẩm"), Q("37 biên bản ghi nhớ", 37, "biên bản ghi nhớ"), Q("khoảng 126 tỷ đồng", 126000000000, "đồng", "approx"),
 Q("58 thành viên", 58, "thành viên"), Q("khoảng 300 tấn", 300, "tấn", "approx"), Q("12 sản phẩm mới", 12, "sản phẩm mới"),
 Q("ít nhất 300 sản phẩm OCOP", 300, "sản phẩm OCOP", "over"), Q("trên 30%", 30, "%", "over"),
 Q("65 gian hàng", 65, "gian hàng"), Q("hơn 2.000 lượt khách", 2000, "lượt khách", "over"), Q("850 triệu đồng", 850000000, "đồng", "approx")],
[D("Kế hoạch", "31", "KH/HPN", "2026-05-08", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 31-KH/HPN ngày 8/5/2026"),
 D("Quyết định", "1256", "QĐ-UBND", "2026-04-20", "UBND tỉnh", "Quyết định số 1256/QĐ-UBND ngày 20/4/2026"),
 D("Chỉ thị", "07", "CT/TU", "2026-03-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU ngày 12/3/2026")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Trà Bồng"), com("Măng Đen")],
["Báo Quảng Ngãi điện tử", "Kinh tế | Nông nghiệp - Nông thôn", "Các đại biểu tham quan gian hàng sản phẩm của phụ nữ.", "(Báo Quảng Ngãi)"],
["Ngày đăng 16/10/2026 | 16:20", "năm 2026", "giai đoạn 2026 - 2030", "4 sao", "năm 2030", "4 sao trở lên"]))
