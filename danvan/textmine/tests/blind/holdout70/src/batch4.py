from lib import *
PAGES = []

PAGES.append(page("b1655-tuyenquang-hlphn-giaoban-q3-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Hôm nay: Thứ Năm, 09/10/2025
Trang chủ > Chính trị > Mặt trận - Đoàn thể
Thứ Tư, 08/10/2025 - 09:40
Hội LHPN tỉnh Tuyên Quang giao ban quý III: 48 tổ hợp tác phụ nữ ra đời sau sáp nhập
Ảnh: Toàn cảnh hội nghị giao ban.
Ngày 7/10/2025, Ban Thường vụ Hội LHPN tỉnh Tuyên Quang tổ chức hội nghị giao ban công tác Hội quý III năm 2025, kết nối trực tuyến tới 124 điểm cầu xã, phường. Đây là lần giao ban đầu tiên sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất và chính quyền địa phương 2 cấp đi vào hoạt động.
Chủ trì hội nghị có bà Hoàng Thị Thu Trang, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; các bà Phó Chủ tịch Hội LHPN tỉnh: Vàng Thị Dợ, Nguyễn Thị Thanh Hà. Dự hội nghị có ông Ma Văn Lực, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Báo cáo cho thấy, quý III, Hội đã hoàn thành việc kiện toàn tổ chức Hội ở 124 xã, phường theo Hướng dẫn số 12-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 28-KH/ĐĐMTTQ của Đảng ủy Mặt trận Tổ quốc tỉnh. Toàn tỉnh có 1.312 chi hội với 268.500 hội viên. Trong quý, các cấp Hội đã hỗ trợ thành lập 48 tổ hợp tác, 6 hợp tác xã do phụ nữ làm chủ; dư nợ ủy thác qua Hội đạt 2.846 tỷ đồng với 58.920 hộ vay, nợ quá hạn chiếm 0,11%.
Đặc biệt, hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", Hội LHPN tỉnh đã huy động hơn 5.400 ngày công, hỗ trợ 92 hộ do phụ nữ làm chủ hoàn thiện nhà ở với tổng kinh phí 4,6 tỷ đồng. Mô hình "Địa chỉ tin cậy ở cộng đồng" tiếp nhận, hỗ trợ 37 phụ nữ, trẻ em bị bạo lực.
Tại hội nghị, bà Giàng Thị Mỷ, Chủ tịch Hội LHPN xã Mèo Vạc chia sẻ khó khăn khi địa bàn xã mới rộng gấp 3 lần, chị em ở xa trung tâm; bà Lý Thị Phương, Chủ tịch Hội LHPN phường Minh Xuân đề xuất tổ chức sinh hoạt chi hội theo hình thức trực tuyến.
Phát biểu, ông Ma Văn Lực đề nghị các cấp Hội quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, tích cực tham gia phong trào "Bình dân học vụ số"; thực hiện tốt Quyết định số 35/2025/QĐ-UBND của UBND tỉnh quy định chính sách hỗ trợ phát triển kinh tế tập thể.
Kết luận hội nghị, bà Hoàng Thị Thu Trang yêu cầu quý IV các cấp Hội tập trung chuẩn bị Đại hội đại biểu Phụ nữ tỉnh, hoàn thành chỉ tiêu giúp 1.200 hộ nghèo do phụ nữ làm chủ hộ thoát nghèo năm 2025.
Thu Hằng
Lượt xem: 634
Tin liên quan
- Phụ nữ Đồng Văn với mô hình "Tổ liên kết trồng chè Shan" (01/10/2025)
- Hội LHPN phường An Tường ra mắt câu lạc bộ "Phụ nữ khởi nghiệp số" (24/09/2025)
- Kiện toàn Ban Thường vụ Hội LHPN tỉnh sau hợp nhất (02/08/2025)
""", "2025-10-08", "Hội LHPN tỉnh Tuyên Quang giao ban quý III: 48 tổ hợp tác phụ nữ ra đời sau sáp nhập",
E("giao_ban", "2025-Q3", "2025-10-07"),
[P("Hoàng Thị Thu Trang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Vàng Thị Dợ", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Thanh Hà", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Ma Văn Lực", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Giàng Thị Mỷ", "Chủ tịch Hội LHPN xã Mèo Vạc"),
 P("Lý Thị Phương", "Chủ tịch Hội LHPN phường Minh Xuân")],
[Q("48 tổ hợp tác", 48, "tổ hợp tác"), Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"),
 Q("124 xã, phường", 124, "xã, phường"), Q("1.312 chi hội", 1312, "chi hội"), Q("268.500 hội viên", 268500, "hội viên"),
 Q("6 hợp tác xã", 6, "hợp tác xã"), Q("2.846 tỷ đồng", 2846000000000, "đồng"), Q("58.920 hộ vay", 58920, "hộ vay"),
 Q("0,11%", 0.11, "%"), Q("hơn 5.400 ngày công", 5400, "ngày công", "over"), Q("92 hộ", 92, "hộ"),
 Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("37 phụ nữ, trẻ em", 37, "phụ nữ, trẻ em"), Q("1.200 hộ nghèo", 1200, "hộ nghèo")],
[D("Hướng dẫn", "12", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 12-HD/MTTW-BTT"),
 D("Kế hoạch", "28", "KH/ĐĐMTTQ", None, "Đảng ủy Mặt trận Tổ quốc tỉnh", "Kế hoạch số 28-KH/ĐĐMTTQ"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW"),
 D("Quyết định", "35", "2025/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 35/2025/QĐ-UBND")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Minh Xuân")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Hôm nay: Thứ Năm, 09/10/2025", "Trang chủ > Chính trị > Mặt trận - Đoàn thể",
 "Ảnh: Toàn cảnh hội nghị giao ban.", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Địa chỉ tin cậy ở cộng đồng",
 "Bình dân học vụ số", "Lượt xem: 634"],
["Hôm nay: Thứ Năm, 09/10/2025", "Thứ Tư, 08/10/2025 - 09:40", "quý III năm 2025", "2 cấp", "gấp 3 lần", "quý IV", "năm 2025",
 "Lượt xem: 634"]))

PAGES.append(page("b1656-vinhlong-doithoai-thanhnien-2025", """
Cổng thông tin điện tử Tỉnh đoàn Vĩnh Long
Trang chủ | Tin tức | Hoạt động Đoàn
Cập nhật: 14:30, 28/08/2025 (GMT+7)
Đồng chí Chủ tịch UBND tỉnh Lữ Quang Ngời trả lời câu hỏi của thanh niên.
"Thanh niên Vĩnh Long khởi nghiệp, chuyển đổi số": Chủ tịch UBND tỉnh đối thoại với 500 đoàn viên
Sáng 27/8, UBND tỉnh Vĩnh Long phối hợp với Ban Thường vụ Tỉnh đoàn tổ chức chương trình đối thoại giữa Chủ tịch UBND tỉnh với thanh niên năm 2025. Đây là lần đầu tiên chương trình được tổ chức sau khi tỉnh Vĩnh Long, tỉnh Bến Tre và tỉnh Trà Vinh hợp nhất thành tỉnh Vĩnh Long mới.
Chủ trì đối thoại có đồng chí Lữ Quang Ngời, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Thạch Thị Sô Phi, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Cùng dự có đồng chí Nguyễn Hoàng Khanh, Ủy viên Ban Thường vụ Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn và các đồng chí Phó Bí thư Tỉnh đoàn: Kim Sa Rinh, Võ Thị Ngọc Hân, Trần Đức Lợi.
Tham gia đối thoại có 500 đoàn viên, thanh niên tiêu biểu tại 124 xã, phường và trực tuyến tới 36 điểm cầu. Theo báo cáo của Tỉnh đoàn, 6 tháng đầu năm 2025 các cấp bộ Đoàn đã hỗ trợ 1.846 thanh niên vay vốn với tổng số tiền 142 tỷ đồng; giới thiệu việc làm cho 6.350 lượt thanh niên; 43 dự án tham gia cuộc thi "Thanh niên khởi nghiệp - Sáng tạo" cấp tỉnh. Toàn tỉnh có 86 hợp tác xã, 214 tổ hợp tác do thanh niên làm chủ, tập trung vào dừa, bưởi da xanh, thủy sản và hoa kiểng.
Tại buổi đối thoại, 21 câu hỏi được gửi đến lãnh đạo tỉnh. Anh Sơn Hoàng Long, Bí thư Đoàn xã Cầu Kè hỏi về cơ chế hỗ trợ thanh niên đồng bào Khmer tiếp cận vốn vay khởi nghiệp; chị Nguyễn Ngọc Bích, Giám đốc Hợp tác xã Dừa xanh Mỏ Cày, đề nghị tỉnh hỗ trợ xúc tiến thương mại cho sản phẩm của thanh niên.
Trả lời, đồng chí Lữ Quang Ngời cho biết tỉnh đang xây dựng Nghị quyết của HĐND tỉnh về chính sách hỗ trợ khởi nghiệp đổi mới sáng tạo, dự kiến dành 20 tỷ đồng mỗi năm, mỗi dự án được vay tối đa 200 triệu đồng. Chủ tịch UBND tỉnh giao Sở Khoa học và Công nghệ hướng dẫn thanh niên triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị và Kế hoạch số 07-KH/TU ngày 15/7/2025 của Ban Thường vụ Tỉnh ủy về phong trào "Bình dân học vụ số".
Đồng chí Nguyễn Hoàng Khanh cam kết Tỉnh đoàn sẽ theo dõi, đôn đốc việc thực hiện các ý kiến đã trả lời; các câu hỏi chưa trả lời trực tiếp sẽ được giải đáp bằng văn bản trong 15 ngày. Dịp này, Tỉnh đoàn trao 20 suất học bổng, mỗi suất 2 triệu đồng cho học sinh nghèo ở phường Trà Vinh.
Quốc Việt
Tin liên quan
- Tỉnh đoàn Vĩnh Long ra mắt Ban Thường vụ sau hợp nhất (12/07/2025)
- Thanh niên Bến Tre cũ tình nguyện hè tại xã Thạnh Phú (22/07/2025)
- Tuyên dương 30 gương thanh niên khởi nghiệp (05/08/2025)
""", "2025-08-28", '"Thanh niên Vĩnh Long khởi nghiệp, chuyển đổi số": Chủ tịch UBND tỉnh đối thoại với 500 đoàn viên',
E("doi_thoai", "2025", "2025-08-27"),
[P("Lữ Quang Ngời", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Thạch Thị Sô Phi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hoàng Khanh", "Ủy viên Ban Thường vụ Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
 P("Kim Sa Rinh", "Phó Bí thư Tỉnh đoàn"),
 P("Võ Thị Ngọc Hân", "Phó Bí thư Tỉnh đoàn"),
 P("Trần Đức Lợi", "Phó Bí thư Tỉnh đoàn"),
 P("Sơn Hoàng Long", "Bí thư Đoàn xã Cầu Kè"),
 P("Nguyễn Ngọc Bích", "Giám đốc Hợp tác xã Dừa xanh Mỏ Cày")],
[Q("500 đoàn viên, thanh niên tiêu biểu", 500, "đoàn viên, thanh niên tiêu biểu"), Q("124 xã, phường", 124, "xã, phường"), Q("36 điểm cầu", 36, "điểm cầu"),
 Q("1.846 thanh niên", 1846, "thanh niên"), Q("142 tỷ đồng", 142000000000, "đồng"),
 Q("6.350 lượt thanh niên", 6350, "lượt thanh niên"), Q("43 dự án", 43, "dự án"), Q("86 hợp tác xã", 86, "hợp tác xã"),
 Q("214 tổ hợp tác", 214, "tổ hợp tác"), Q("21 câu hỏi", 21, "câu hỏi"), Q("20 tỷ đồng", 20000000000, "đồng"),
 Q("200 triệu đồng", 200000000, "đồng"), Q("20 suất học bổng", 20, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW"),
 D("Kế hoạch", "07", "KH/TU", "2025-07-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 07-KH/TU ngày 15/7/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Cầu Kè"), com("Trà Vinh")],
["Cổng thông tin điện tử Tỉnh đoàn Vĩnh Long", "Trang chủ | Tin tức | Hoạt động Đoàn",
 "Đồng chí Chủ tịch UBND tỉnh Lữ Quang Ngời trả lời câu hỏi của thanh niên.", "Thanh niên khởi nghiệp - Sáng tạo",
 "Bình dân học vụ số", "Hợp tác xã Dừa xanh Mỏ Cày"],
["Cập nhật: 14:30, 28/08/2025 (GMT+7)", "năm 2025", "6 tháng đầu năm 2025", "15 ngày"]))

PAGES.append(page("b1657-lamdong-tinhdoan-tongket-he-2025", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Xã hội » Thanh niên
2025-09-05 16:40
Ảnh: Các đội hình tình nguyện nhận bằng khen của Tỉnh đoàn.
2.146 công trình, phần việc thanh niên trong mùa hè tình nguyện đầu tiên của tỉnh mới
Ngày 4/9/2025, tại phường Xuân Hương - Đà Lạt, Ban Thường vụ Tỉnh đoàn Lâm Đồng tổ chức hội nghị tổng kết Chiến dịch thanh niên tình nguyện hè năm 2025. Đây là chiến dịch đầu tiên được tổ chức trên địa bàn tỉnh Lâm Đồng sau hợp nhất với tỉnh Đắk Nông và tỉnh Bình Thuận.
Dự hội nghị có đồng chí K'Mák, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Trần Thị Hoài Thương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn chủ trì. Cùng dự có các đồng chí: Điểu Thị Thu, Nguyễn Minh Phương, Lê Quang Vinh - Phó Bí thư Tỉnh đoàn.
Theo báo cáo, thực hiện Kế hoạch số 15-KH/TĐTN-PT của Ban Thường vụ Tỉnh đoàn và Hướng dẫn số 02-HD/TWĐTN-PTTN của Ban Bí thư Trung ương Đoàn, chiến dịch đã huy động hơn 42.000 lượt đoàn viên, thanh niên, sinh viên tham gia; thực hiện 2.146 công trình, phần việc thanh niên với tổng giá trị khoảng 38,7 tỷ đồng. Các đội hình đã làm mới, sửa chữa 63 km đường giao thông nông thôn, trồng 125.000 cây xanh, xây dựng 14 "Ngôi nhà khăn quàng đỏ" và 21 "Nhà nhân ái" cho hộ nghèo.
Đặc biệt, chiến dịch gắn với phong trào "Bình dân học vụ số": 860 đội hình thanh niên tình nguyện đã hướng dẫn trên 96.000 lượt người dân cài đặt ứng dụng VNeID, dịch vụ công trực tuyến; hỗ trợ chính quyền cấp xã số hóa 215.000 hồ sơ. Tại các xã vùng đồng bào dân tộc thiểu số như Đam Rông 1, Quảng Trực, Đắk Wil, các đội hình đã tổ chức 48 lớp dạy chữ, dạy kỹ năng cho 1.320 thiếu nhi.
Về hỗ trợ thanh niên lập nghiệp, trong dịp hè Tỉnh đoàn đã giải ngân 11,4 tỷ đồng vốn vay cho 265 thanh niên, tổ chức 9 phiên giao dịch việc làm với 3.200 lượt thanh niên tham gia.
Tại hội nghị, anh Y Siêng Ênuôl, Bí thư Đoàn xã Quảng Trực chia sẻ kinh nghiệm huy động thanh niên người M'nông làm đường nội thôn; chị Nguyễn Thị Thu Trang, Bí thư Đoàn phường Phan Thiết nêu mô hình "Ngày chủ nhật xanh" làm sạch bãi biển với sự tham gia của 1.500 đoàn viên.
Phát biểu, đồng chí K'Mák đề nghị Tỉnh đoàn tiếp tục thực hiện Chỉ thị số 08-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác thanh niên sau hợp nhất, quan tâm thanh niên vùng đồng bào dân tộc thiểu số. Dịp này, Trung ương Đoàn tặng Bằng khen cho 4 tập thể, 6 cá nhân; Ban Thường vụ Tỉnh đoàn tặng Bằng khen cho 35 tập thể và 62 cá nhân.
Hoài Nam
Lượt xem: 872
Tin liên quan
- Tuổi trẻ Bảo Lộc ra quân Ngày chủ nhật xanh (31/08/2025)
- 150 sinh viên tình nguyện về vùng sâu Đắk Song (21/07/2025)
- Lễ ra quân chiến dịch tình nguyện hè 2025 (28/06/2025)
""", "2025-09-05", "2.146 công trình, phần việc thanh niên trong mùa hè tình nguyện đầu tiên của tỉnh mới",
E("tong_ket", "2025", "2025-09-04"),
[P("K'Mák", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Hoài Thương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
 P("Điểu Thị Thu", "Phó Bí thư Tỉnh đoàn"),
 P("Nguyễn Minh Phương", "Phó Bí thư Tỉnh đoàn"),
 P("Lê Quang Vinh", "Phó Bí thư Tỉnh đoàn"),
 P("Y Siêng Ênuôl", "Bí thư Đoàn xã Quảng Trực"),
 P("Nguyễn Thị Thu Trang", "Bí thư Đoàn phường Phan Thiết")],
[Q("hơn 42.000 lượt đoàn viên, thanh niên, sinh viên", 42000, "lượt đoàn viên, thanh niên, sinh viên", "over"),
 Q("2.146 công trình, phần việc thanh niên", 2146, "công trình, phần việc thanh niên"),
 Q("khoảng 38,7 tỷ đồng", 38700000000, "đồng", "approx"), Q("63 km", 63, "km"), Q("125.000 cây xanh", 125000, "cây xanh"),
 Q('14 "Ngôi nhà khăn quàng đỏ"', 14, "Ngôi nhà khăn quàng đỏ"), Q('21 "Nhà nhân ái"', 21, "Nhà nhân ái"),
 Q("860 đội hình thanh niên tình nguyện", 860, "đội hình thanh niên tình nguyện"),
 Q("trên 96.000 lượt người dân", 96000, "lượt người dân", "over"), Q("215.000 hồ sơ", 215000, "hồ sơ"),
 Q("48 lớp", 48, "lớp"), Q("1.320 thiếu nhi", 1320, "thiếu nhi"), Q("11,4 tỷ đồng", 11400000000, "đồng"),
 Q("265 thanh niên", 265, "thanh niên"), Q("9 phiên giao dịch việc làm", 9, "phiên giao dịch việc làm"),
 Q("3.200 lượt thanh niên", 3200, "lượt thanh niên"), Q("1.500 đoàn viên", 1500, "đoàn viên"),
 Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân"), Q("35 tập thể", 35, "tập thể"), Q("62 cá nhân", 62, "cá nhân")],
[D("Kế hoạch", "15", "KH/TĐTN-PT", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 15-KH/TĐTN-PT"),
 D("Hướng dẫn", "02", "HD/TWĐTN-PTTN", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn số 02-HD/TWĐTN-PTTN"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 08-CT/TU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Xuân Hương - Đà Lạt"), com("Đam Rông 1"), com("Quảng Trực"),
 com("Đắk Wil"), com("Phan Thiết")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Xã hội » Thanh niên", "Ảnh: Các đội hình tình nguyện nhận bằng khen của Tỉnh đoàn.",
 "Bình dân học vụ số", "VNeID", "Ngày chủ nhật xanh", "Lượt xem: 872", "Chiến dịch thanh niên tình nguyện hè năm 2025"],
["2025-09-05 16:40", "năm 2025", "Đam Rông 1", "Lượt xem: 872"]))

PAGES.append(page("b1658-dongnai-hlphn-tongket-2025", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Hôm nay: Thứ Bảy, 17/01/2026
Chính trị - Xã hội > Mặt trận - Đoàn thể
Thứ Sáu, 16/01/2026, 08:05
Ảnh: Toàn cảnh hội nghị.
Hội LHPN tỉnh triển khai nhiệm vụ năm 2026, hướng về Đại hội Phụ nữ tỉnh
Ngày 14/1/2026, Ban Chấp hành Hội LHPN tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Hội hoạt động trên địa bàn tỉnh Đồng Nai mới sau khi hợp nhất với tỉnh Bình Phước.
Dự hội nghị có bà Đỗ Thị Thu Hằng, Phó Chủ tịch Hội LHPN Việt Nam; ông Nguyễn Văn Út, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy. Chủ trì hội nghị có bà Nguyễn Thị Hoàng, Ủy viên Ban Thường vụ Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh và các bà Phó Chủ tịch Hội LHPN tỉnh: Điểu Thị Nhung, Trương Thị Kim Liên.
Năm 2025, Hội LHPN tỉnh triển khai Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp, tinh gọn tổ chức bộ máy; kiện toàn tổ chức Hội tại 95 xã, phường. Toàn tỉnh có 1.642 chi hội với 386.700 hội viên. Hội đã hỗ trợ 156 ý tưởng khởi nghiệp, thành lập 42 tổ hợp tác và 8 hợp tác xã do phụ nữ quản lý; dư nợ ủy thác qua Ngân hàng Chính sách xã hội đạt 3.215 tỷ đồng với 71.480 hộ vay.
Trong phong trào xóa nhà tạm, nhà dột nát, các cấp Hội vận động được 11,2 tỷ đồng, hỗ trợ xây mới, sửa chữa 146 căn nhà cho hội viên nghèo; tặng 3.860 phần quà cho phụ nữ, trẻ em có hoàn cảnh khó khăn, mỗi phần trị giá 500.000 đồng. Hội đã phối hợp thực hiện Quy chế phối hợp số 05/QCPH-CAT-HLHPN với Công an tỉnh trong phòng, chống mua bán người, tuyên truyền cho 24.000 lượt hội viên.
Tại hội nghị, bà Thị Bé, Chủ tịch Hội LHPN xã Bù Gia Mập chia sẻ mô hình "Tổ vay vốn phụ nữ S'tiêng" với 38 thành viên, không có nợ quá hạn; bà Phan Thị Mỹ Linh, Chủ tịch Hội LHPN phường Trấn Biên nêu cách hỗ trợ nữ công nhân nhập cư thuê trọ.
Phát biểu, bà Đỗ Thị Thu Hằng đề nghị các cấp Hội thực hiện tốt Nghị quyết Đại hội Phụ nữ toàn quốc lần thứ XIII, Chỉ thị số 45-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp và chuẩn bị chu đáo Đại hội đại biểu Phụ nữ tỉnh Đồng Nai nhiệm kỳ 2026 - 2031. Ông Nguyễn Văn Út đề nghị Hội chủ động tham gia giám sát việc thực hiện Quyết định số 18/2025/QĐ-UBND của UBND tỉnh về hỗ trợ nhà ở cho hộ nghèo.
Dịp này, Hội LHPN tỉnh tặng bằng khen cho 25 tập thể và 40 cá nhân có thành tích xuất sắc năm 2025.
Kim Liễu
Lượt xem: 1.103
Tin khác
- Phụ nữ Phước Long làm giàu từ hạt điều (09/01/2026)
- Hội LHPN phường Long Khánh trao 30 suất học bổng (03/01/2026)
- Đồng Nai: 100 phụ nữ khởi nghiệp được tôn vinh (27/12/2025)
""", "2026-01-16", "Hội LHPN tỉnh triển khai nhiệm vụ năm 2026, hướng về Đại hội Phụ nữ tỉnh",
E("tong_ket", "2025", "2026-01-14"),
[P("Đỗ Thị Thu Hằng", "Phó Chủ tịch Hội LHPN Việt Nam"),
 P("Nguyễn Văn Út", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hoàng", "Ủy viên Ban Thường vụ Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Điểu Thị Nhung", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trương Thị Kim Liên", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Thị Bé", "Chủ tịch Hội LHPN xã Bù Gia Mập"),
 P("Phan Thị Mỹ Linh", "Chủ tịch Hội LHPN phường Trấn Biên")],
[Q("95 xã, phường", 95, "xã, phường"), Q("1.642 chi hội", 1642, "chi hội"), Q("386.700 hội viên", 386700, "hội viên"),
 Q("156 ý tưởng khởi nghiệp", 156, "ý tưởng khởi nghiệp"), Q("42 tổ hợp tác", 42, "tổ hợp tác"), Q("8 hợp tác xã", 8, "hợp tác xã"),
 Q("3.215 tỷ đồng", 3215000000000, "đồng"), Q("71.480 hộ vay", 71480, "hộ vay"), Q("11,2 tỷ đồng", 11200000000, "đồng"),
 Q("146 căn nhà", 146, "căn nhà"), Q("3.860 phần quà", 3860, "phần quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("24.000 lượt hội viên", 24000, "lượt hội viên"), Q("38 thành viên", 38, "thành viên"), Q("25 tập thể", 25, "tập thể"),
 Q("40 cá nhân", 40, "cá nhân")],
[D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Quy chế phối hợp", "05", "QCPH-CAT-HLHPN", None, None, "Quy chế phối hợp số 05/QCPH-CAT-HLHPN"),
 D("Chỉ thị", "45", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 45-CT/TW"),
 D("Quyết định", "18", "2025/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 18/2025/QĐ-UBND")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Trấn Biên")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Hôm nay: Thứ Bảy, 17/01/2026", "Chính trị - Xã hội > Mặt trận - Đoàn thể", "Ảnh: Toàn cảnh hội nghị.",
 "Tổ vay vốn phụ nữ S'tiêng", "Nghị quyết Đại hội Phụ nữ toàn quốc lần thứ XIII", "Lượt xem: 1.103"],
["Hôm nay: Thứ Bảy, 17/01/2026", "Thứ Sáu, 16/01/2026, 08:05", "năm 2025", "năm 2026", "lần thứ XIII", "nhiệm kỳ 2026 - 2031",
 "Lượt xem: 1.103"]))

PAGES.append(page("b1659-hanoi-phuongviethung-giaoban-t3-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG VIỆT HƯNG - THÀNH PHỐ HÀ NỘI
You are here: Trang chủ › Tin tức - Sự kiện › Mặt trận và các đoàn thể
27/03/2026 - 10:05
Đồng chí Đặng Thị Thu Huyền phát biểu tại buổi giao ban.
Giao ban tháng 3: Hội Phụ nữ, Đoàn Thanh niên phường ra mắt 4 mô hình mới
Chiều 26/3, Ban Thường trực Ủy ban MTTQ Việt Nam phường Việt Hưng, thành phố Hà Nội tổ chức giao ban công tác tháng 3/2026 với Hội Liên hiệp Phụ nữ, Đoàn Thanh niên, Hội Cựu chiến binh và các chi hội ở 43 tổ dân phố. Chủ trì giao ban có đồng chí Đặng Thị Thu Huyền, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường. Dự có đồng chí Lê Văn Chiến, Đảng ủy viên, Phó Chủ tịch UBND phường.
Trong tháng 3, nhân kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8/3 và 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh 26/3, Hội LHPN phường đã ra mắt 2 mô hình "Chi hội phụ nữ không rác thải nhựa" và "Tổ phụ nữ bình dân học vụ số"; Đoàn phường ra mắt 2 mô hình "Tuyến phố văn minh do thanh niên tự quản" và "Đội hình thanh niên tình nguyện hỗ trợ người cao tuổi". Hội LHPN phường kết nạp 186 hội viên mới; trao 25 suất quà, mỗi suất 1 triệu đồng cho hội viên có hoàn cảnh khó khăn; giải ngân 1,45 tỷ đồng vốn vay giải quyết việc làm cho 19 hộ.
Bà Nguyễn Thị Mai Phương, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội LHPN phường cho biết, Hội đang triển khai Kế hoạch số 05-KH/ĐU ngày 10/1/2026 của Đảng ủy phường về thực hiện Nghị quyết Đại hội Đảng bộ phường lần thứ I và Kế hoạch số 21/KH-UBND của UBND phường về chuyển đổi số năm 2026; hiện 100% chi hội đã lập nhóm Zalo, 38 tổ dân phố có "Tổ phụ nữ bình dân học vụ số".
Anh Vũ Đức Mạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Bí thư Đoàn phường báo cáo: Đoàn phường tổ chức thành công Ngày hội "Tháng Thanh niên" với 1.200 lượt đoàn viên tham gia; vận động 312 đơn vị máu; tặng 50 chiếc xe đạp cho học sinh khó khăn. Đoàn cũng phối hợp Hội LHPN hỗ trợ 12 thanh niên khởi nghiệp kinh doanh trực tuyến, mỗi người được vay tối đa 100 triệu đồng từ Quỹ hỗ trợ thanh niên lập nghiệp của thành phố.
Các ý kiến tại giao ban phản ánh việc một số tổ dân phố sau sắp xếp còn đông hộ, có tổ trên 600 hộ, gây khó cho hoạt động chi hội; đề nghị phường sớm hướng dẫn thực hiện Quyết định số 2047/QĐ-UBND của UBND thành phố về tổ chức tổ dân phố.
Kết luận, đồng chí Đặng Thị Thu Huyền đề nghị trong tháng 4, các đoàn thể tập trung chuẩn bị bầu cử đại biểu HĐND các cấp, thực hiện Chỉ thị số 46-CT/TW của Ban Bí thư về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, đồng thời nhân rộng 4 mô hình mới ra mắt.
Ban Biên tập
Lượt truy cập: 9.842
Tin liên quan
- Đảng ủy phường Việt Hưng sơ kết quý I năm 2026 (24/03/2026)
- Phụ nữ phường Việt Hưng gói bánh chưng tặng người nghèo (10/02/2026)
- Hội nghị đối thoại giữa Chủ tịch UBND phường với nhân dân (28/01/2026)
""", "2026-03-27", "Giao ban tháng 3: Hội Phụ nữ, Đoàn Thanh niên phường ra mắt 4 mô hình mới",
E("giao_ban", "2026-03", "2026-03-26"),
[P("Đặng Thị Thu Huyền", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Lê Văn Chiến", "Đảng ủy viên", "Phó Chủ tịch UBND phường"),
 P("Nguyễn Thị Mai Phương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội LHPN phường"),
 P("Vũ Đức Mạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Bí thư Đoàn phường")],
[Q("4 mô hình mới", 4, "mô hình mới"), Q("43 tổ dân phố", 43, "tổ dân phố"), Q("2 mô hình", 2, "mô hình"), Q("2 mô hình", 2, "mô hình"),
 Q("186 hội viên mới", 186, "hội viên mới"), Q("25 suất quà", 25, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("1,45 tỷ đồng", 1450000000, "đồng"), Q("19 hộ", 19, "hộ"), Q("100%", 100, "%"), Q("38 tổ dân phố", 38, "tổ dân phố"),
 Q("1.200 lượt đoàn viên", 1200, "lượt đoàn viên"), Q("312 đơn vị máu", 312, "đơn vị máu"),
 Q("50 chiếc xe đạp", 50, "chiếc xe đạp"), Q("12 thanh niên", 12, "thanh niên"), Q("100 triệu đồng", 100000000, "đồng"),
 Q("trên 600 hộ", 600, "hộ", "over")],
[D("Kế hoạch", "05", "KH/ĐU", "2026-01-10", "Đảng ủy phường", "Kế hoạch số 05-KH/ĐU ngày 10/1/2026"),
 D("Kế hoạch", "21", "KH-UBND", None, "UBND phường", "Kế hoạch số 21/KH-UBND"),
 D("Quyết định", "2047", "QĐ-UBND", None, "UBND thành phố", "Quyết định số 2047/QĐ-UBND"),
 D("Chỉ thị", "46", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 46-CT/TW")],
[prov("Hà Nội"), com("Việt Hưng")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG VIỆT HƯNG - THÀNH PHỐ HÀ NỘI",
 "You are here: Trang chủ › Tin tức - Sự kiện › Mặt trận và các đoàn thể",
 "Đồng chí Đặng Thị Thu Huyền phát biểu tại buổi giao ban.", "Chi hội phụ nữ không rác thải nhựa",
 "Tổ phụ nữ bình dân học vụ số", "Tuyến phố văn minh do thanh niên tự quản", "Tháng Thanh niên",
 "Quỹ hỗ trợ thanh niên lập nghiệp", "Lượt truy cập: 9.842", "Ban Biên tập"],
["27/03/2026 - 10:05", "tháng 3/2026", "116 năm", "95 năm", "8/3", "26/3", "lần thứ I", "năm 2026", "tháng 4", "khóa XVI",
 "nhiệm kỳ 2026 - 2031", "Lượt truy cập: 9.842"]))

PAGES.append(page("b1660-angiang-tinhdoan-baocao-q1-2026", """
TỈNH ĐOÀN AN GIANG
Trang chủ - Tin tức - Hoạt động Đoàn
Ngày 10/04/2026 | 09:15
Tỉnh đoàn báo cáo Thường trực Tỉnh ủy kết quả công tác quý I năm 2026
Ảnh: Đồng chí Bí thư Tỉnh đoàn báo cáo tại buổi làm việc.
Chiều 9/4, Ban Thường vụ Tỉnh đoàn An Giang đã báo cáo với Thường trực Tỉnh ủy kết quả công tác Đoàn và phong trào thanh thiếu nhi quý I năm 2026, nhiệm vụ trọng tâm quý II. Tiếp và làm việc với đoàn có đồng chí Nguyễn Thanh Nhàn, Phó Bí thư Tỉnh ủy; đồng chí Danh Minh Thức, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Đồng chí Lâm Quang Thi, Ủy viên Ban Thường vụ Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh báo cáo: quý I, Tỉnh đoàn đã kiện toàn tổ chức Đoàn tại 102 xã, phường, đặc khu sau sắp xếp; tổ chức Tháng Thanh niên năm 2026 với 1.068 công trình, phần việc thanh niên, tổng trị giá khoảng 21,5 tỷ đồng. Các cấp bộ Đoàn đã kết nạp 6.480 đoàn viên mới, giới thiệu 1.215 đoàn viên ưu tú cho Đảng.
Về hỗ trợ thanh niên khởi nghiệp, lập nghiệp, Tỉnh đoàn đã phối hợp với Ngân hàng Chính sách xã hội giải ngân 58,3 tỷ đồng cho 812 thanh niên vay vốn; hỗ trợ 26 dự án khởi nghiệp, trong đó 5 dự án của thanh niên đặc khu Phú Quốc về du lịch biển. Toàn tỉnh hiện có 137 hợp tác xã, tổ hợp tác do thanh niên làm chủ. Chương trình "Xuân tình nguyện" và "Tết vì bạn nghèo" đã trao 8.600 phần quà, 42 "Nhà nhân ái" cho thanh niên, thiếu nhi và hộ nghèo với tổng trị giá 9,8 tỷ đồng.
Đồng chí Thạch Thị Sa Quênh, Phó Bí thư Tỉnh đoàn cho biết, Tỉnh đoàn đang thực hiện Kết luận số 121-KL/TW của Ban Chấp hành Trung ương và Kế hoạch số 32-KH/TU ngày 20/2/2026 của Ban Thường vụ Tỉnh ủy về công tác thanh niên trong tình hình mới; đồng thời phối hợp Hội LHPN tỉnh triển khai Chương trình phối hợp số 02-CTrPH/TĐTN-HLHPN về hỗ trợ nữ thanh niên khởi nghiệp, với mục tiêu năm 2026 hỗ trợ 150 nữ thanh niên.
Tuy nhiên, báo cáo cũng thẳng thắn nêu hạn chế: còn 9 cơ sở Đoàn ở các xã biên giới hoạt động chưa đều; việc quản lý đoàn viên đi làm ăn xa, nhất là tại các xã vùng đồng bào Khmer như Tri Tôn, Ba Chúc, còn khó khăn; tỷ lệ đoàn viên tham gia sinh hoạt chỉ đạt 74,6%.
Kết luận buổi làm việc, đồng chí Nguyễn Thanh Nhàn ghi nhận kết quả của Tỉnh đoàn và đề nghị quý II tập trung tuyên truyền bầu cử, xây dựng ít nhất 20 mô hình "Thanh niên khởi nghiệp số" gắn với sản phẩm OCOP; đồng chí Danh Minh Thức đề nghị Tỉnh đoàn phối hợp chặt chẽ với Ban trong nắm tình hình tư tưởng thanh niên tôn giáo.
Phương Lan
Tin liên quan
- Tuổi trẻ An Giang ra quân Tháng Thanh niên năm 2026 (02/03/2026)
- Đặc khu Phú Quốc: Đoàn viên dọn rác bờ biển (21/03/2026)
- Tỉnh đoàn trao 200 suất học bổng cho học sinh Khmer (15/01/2026)
""", "2026-04-10", "Tỉnh đoàn báo cáo Thường trực Tỉnh ủy kết quả công tác quý I năm 2026",
E("bao_cao", "2026-Q1", "2026-04-09"),
[P("Nguyễn Thanh Nhàn", "Phó Bí thư Tỉnh ủy"),
 P("Danh Minh Thức", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lâm Quang Thi", "Ủy viên Ban Thường vụ Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn",
   "Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh"),
 P("Thạch Thị Sa Quênh", "Phó Bí thư Tỉnh đoàn")],
[Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"),
 Q("1.068 công trình, phần việc thanh niên", 1068, "công trình, phần việc thanh niên"),
 Q("khoảng 21,5 tỷ đồng", 21500000000, "đồng", "approx"), Q("6.480 đoàn viên mới", 6480, "đoàn viên mới"),
 Q("1.215 đoàn viên ưu tú", 1215, "đoàn viên ưu tú"), Q("58,3 tỷ đồng", 58300000000, "đồng"), Q("812 thanh niên", 812, "thanh niên"),
 Q("26 dự án khởi nghiệp", 26, "dự án khởi nghiệp"), Q("5 dự án", 5, "dự án"),
 Q("137 hợp tác xã, tổ hợp tác", 137, "hợp tác xã, tổ hợp tác"), Q("8.600 phần quà", 8600, "phần quà"),
 Q('42 "Nhà nhân ái"', 42, "Nhà nhân ái"), Q("9,8 tỷ đồng", 9800000000, "đồng"), Q("150 nữ thanh niên", 150, "nữ thanh niên"),
 Q("9 cơ sở Đoàn", 9, "cơ sở Đoàn"), Q("74,6%", 74.6, "%"), Q("ít nhất 20 mô hình", 20, "mô hình", "over")],
[D("Kết luận", "121", "KL/TW", None, "Ban Chấp hành Trung ương", "Kết luận số 121-KL/TW"),
 D("Kế hoạch", "32", "KH/TU", "2026-02-20", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 32-KH/TU ngày 20/2/2026"),
 D("Chương trình phối hợp", "02", "CTrPH/TĐTN-HLHPN", None, None, "Chương trình phối hợp số 02-CTrPH/TĐTN-HLHPN")],
[prov("An Giang"), com("Phú Quốc"), com("Tri Tôn"), com("Ba Chúc")],
["TỈNH ĐOÀN AN GIANG", "Trang chủ - Tin tức - Hoạt động Đoàn", "Ảnh: Đồng chí Bí thư Tỉnh đoàn báo cáo tại buổi làm việc.",
 "Tháng Thanh niên", "Xuân tình nguyện", "Tết vì bạn nghèo", "Thanh niên khởi nghiệp số", "OCOP"],
["Ngày 10/04/2026 | 09:15", "quý I năm 2026", "quý II", "năm 2026"]))
