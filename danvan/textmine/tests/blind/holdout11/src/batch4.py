from lib import *

PAGES = []

# ---------------------------------------------------------------- b239
PAGES.append(page("b239-vinhlong-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG
Trang chủ » Tin tức » Hoạt động của Ban
Thứ Tư, 14/01/2026 - 10:40
Nhân dân đóng góp hơn 307 tỷ đồng xây dựng nông thôn mới
Chiều 13/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, kết nối trực tuyến tới 105 điểm cầu xã, phường. Năm đầu tiên sau hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh, nhân dân đã đóng góp hơn 307 tỷ đồng làm đường, cầu và nhà văn hóa.
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Dự hội nghị có đồng chí Nguyễn Thành Đông, Phó Bí thư Tỉnh ủy; đồng chí Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy Kiên Sô Phanh; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Dương Thị Sóc Kha, Lê Hoàng Nam, Võ Thị Ngọc Ánh.
Năm 2025, toàn tỉnh có 1.428 mô hình "Dân vận khéo" được công nhận; Mặt trận và các đoàn thể bàn giao 3.216 căn nhà Đại đoàn kết. Các cấp đã giải quyết 73/81 vụ việc phức tạp ở cơ sở. Ban đã tham mưu triển khai Kết luận 21, 22-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong đồng bào Khmer và về vận động tín đồ các tôn giáo, cùng Quy định số 327-QĐ/TW của BCH Trung ương về công tác dân vận.
Hòa thượng Thạch Sô Phanh Tha, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, cho biết đồng bào Khmer chiếm khoảng 9% dân số tỉnh mới; các chùa đã cùng chính quyền vận động 640 hộ hiến đất làm đường.
Ông Trần Văn Út, trưởng ấp Giồng Lức, xã Hòa Minh, kể: "Ấp tôi góp 1 tỷ 200 triệu đồng làm cây cầu bê tông, bà con tự giám sát từng bao xi măng".
Phát biểu chỉ đạo, đồng chí Nguyễn Thành Đông đề nghị năm 2026 thực hiện tốt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng". Dịp này, phường Long Châu và phường Nguyệt Hóa được tặng Bằng khen của Chủ tịch UBND tỉnh.
Ngọc Hân
Lượt xem: 1.577
Tin liên quan
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long (01/07/2025)
- Giao ban khối dân vận quý IV năm 2025 (05/12/2025)
""", "2026-01-14",
    "Nhân dân đóng góp hơn 307 tỷ đồng xây dựng nông thôn mới",
    E("tong_ket", "2025", "2026-01-13"),
    [P("Nguyễn Thành Đông", "Phó Bí thư Tỉnh ủy"),
     P("Kiên Sô Phanh", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Dương Thị Sóc Kha", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Lê Hoàng Nam", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Võ Thị Ngọc Ánh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Thạch Sô Phanh Tha", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
     P("Trần Văn Út", "trưởng ấp Giồng Lức")],
    [Q("hơn 307 tỷ đồng", 307000000000, "đồng", "over"),
     Q("105 điểm cầu", 105, "điểm cầu"),
     Q("1.428 mô hình", 1428, "mô hình"),
     Q("3.216 căn nhà Đại đoàn kết", 3216, "căn nhà Đại đoàn kết"),
     Q("73/81 vụ việc", 73, "vụ việc"),
     Q("73/81 vụ việc", 81, "vụ việc"),
     Q("khoảng 9%", 9, "%", "approx"),
     Q("640 hộ", 640, "hộ"),
     Q("1 tỷ 200 triệu đồng", 1200000000, "đồng")],
    [D("Kết luận", "21", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 21, 22-KL/TU của Ban Thường vụ Tỉnh ủy"),
     D("Kết luận", "22", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 21, 22-KL/TU của Ban Thường vụ Tỉnh ủy"),
     D("Quy định", "327", "QĐ/TW", None, "BCH Trung ương", "Quy định số 327-QĐ/TW của BCH Trung ương")],
    [prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Hòa Minh"), com("Long Châu"), com("Nguyệt Hóa")],
    ["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG", "Trang chủ » Tin tức » Hoạt động của Ban",
     "Toàn cảnh hội nghị tại điểm cầu tỉnh.", "Dân vận khéo", "Hội Đoàn kết sư sãi yêu nước tỉnh", "ấp Giồng Lức",
     "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "Bằng khen", "Lượt xem: 1.577"],
    ["ba tỉnh", "Năm đầu tiên", "Lượt xem: 1.577"]))

# ---------------------------------------------------------------- b240
PAGES.append(page("b240-quangtri-hnd-doithoai-2026", """
HỘI NÔNG DÂN TỈNH QUẢNG TRỊ
Trang chủ > Tin tức - Sự kiện > Hoạt động Hội
26/03/2026 - 16:15
Nông dân vùng biên đối thoại với Chủ tịch UBND tỉnh về đất sản xuất và giá cà phê
Ngày 25/3, tại xã Khe Sanh, Hội Nông dân tỉnh Quảng Trị phối hợp với UBND tỉnh tổ chức hội nghị Chủ tịch UBND tỉnh đối thoại với nông dân năm 2026. Hơn 260 hội viên nông dân các xã vùng biên, trong đó nhiều người là đồng bào Vân Kiều, Pa Kô, đã dự và gửi 29 kiến nghị. Đây là lần đầu hội nghị được tổ chức ở vùng biên phía tây kể từ khi tỉnh Quảng Trị và tỉnh Quảng Bình hợp nhất.
Ông Hồ Văn Pừng, xã Hướng Lập, nêu kiến nghị tại hội nghị.
Chủ trì hội nghị có đồng chí Phan Văn Quyết, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và đồng chí Lê Thị Hà Thanh, TUV, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh. Cùng dự có các đồng chí Hồ Văn Nhơn, Nguyễn Thị Mai Hương, Trần Quang Đức - Phó Chủ tịch Hội Nông dân tỉnh và đồng chí Đoàn Minh Tuấn, Giám đốc Sở Nông nghiệp và Môi trường.
Nhiều ý kiến phản ánh giá cà phê tươi có lúc chỉ còn 28.000 đồng/kg, thương lái ép giá. Ông Hồ Văn Pừng, hội viên nông dân thôn Cù Bai, xã Hướng Lập, đề nghị cấp giấy chứng nhận cho diện tích nương rẫy gia đình đã canh tác từ năm 1995.
Trả lời, đồng chí Đoàn Minh Tuấn cho biết theo Nghị định 58/2026/NĐ-CP của Chính phủ, tỉnh sẽ rà soát, giao 1.037 thửa đất sản xuất cho hộ đồng bào dân tộc thiểu số trong năm nay. Chủ tịch UBND tỉnh Phan Văn Quyết giao Quỹ Hỗ trợ nông dân tỉnh bổ sung 15,8 tỷ đồng cho vay trồng cà phê theo chuỗi, mỗi hộ vay tối đa 150 triệu đồng.
Bà Kray Thị Bơi, Chủ tịch Hội Nông dân xã Lìa, ĐUV, cho biết xã có 12 tổ hợp tác cà phê; năm 2025 nông dân trong tổ có thu nhập tăng khoảng 20%.
Kết thúc hội nghị, 25/29 kiến nghị được trả lời ngay; 4 kiến nghị còn lại giao các sở trả lời trước ngày 30/4.
Hồng Vân
Lượt xem: 709
Tin liên quan
- Hội Nông dân tỉnh tổng kết công tác năm 2025 (15/01/2026)
- Hội nghị Chủ tịch UBND tỉnh đối thoại với nông dân năm 2024 tại Lệ Thủy (12/06/2024)
""", "2026-03-26",
    "Nông dân vùng biên đối thoại với Chủ tịch UBND tỉnh về đất sản xuất và giá cà phê",
    E("doi_thoai", "2026", "2026-03-25"),
    [P("Phan Văn Quyết", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
     P("Lê Thị Hà Thanh", "TUV", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
     P("Hồ Văn Nhơn", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Nguyễn Thị Mai Hương", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Trần Quang Đức", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Đoàn Minh Tuấn", "Giám đốc Sở Nông nghiệp và Môi trường"),
     P("Hồ Văn Pừng", "hội viên nông dân thôn Cù Bai"),
     P("Kray Thị Bơi", "Chủ tịch Hội Nông dân xã Lìa", "ĐUV")],
    [Q("Hơn 260 hội viên nông dân", 260, "hội viên nông dân", "over"),
     Q("29 kiến nghị", 29, "kiến nghị"),
     Q("28.000 đồng/kg", 28000, "đồng"),
     Q("1.037 thửa đất sản xuất", 1037, "thửa đất sản xuất"),
     Q("15,8 tỷ đồng", 15800000000, "đồng"),
     Q("150 triệu đồng", 150000000, "đồng"),
     Q("12 tổ hợp tác", 12, "tổ hợp tác"),
     Q("khoảng 20%", 20, "%", "approx"),
     Q("25/29 kiến nghị", 25, "kiến nghị"),
     Q("4 kiến nghị", 4, "kiến nghị")],
    [D("Nghị định", "58", "2026/NĐ-CP", None, "Chính phủ", "Nghị định 58/2026/NĐ-CP của Chính phủ")],
    [prov("Quảng Trị"), prov("Quảng Bình"), com("Khe Sanh"), com("Hướng Lập"), com("Lìa")],
    ["HỘI NÔNG DÂN TỈNH QUẢNG TRỊ", "Trang chủ > Tin tức - Sự kiện > Hoạt động Hội",
     "Ông Hồ Văn Pừng, xã Hướng Lập, nêu kiến nghị tại hội nghị.", "Quỹ Hỗ trợ nông dân tỉnh", "thôn Cù Bai",
     "Sở Nông nghiệp và Môi trường", "Lượt xem: 709"],
    ["năm 1995", "năm 2025", "ngày 30/4", "Lượt xem: 709"]))

# ---------------------------------------------------------------- b241
PAGES.append(page("b241-ninhbinh-hlhpn-hoinghi-2026", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH NINH BÌNH
Trang chủ / Hoạt động Hội / Tin tức - Sự kiện
Ngày đăng 21/05/2026 | 09:50
Vinh danh 87 phụ nữ khởi nghiệp tiêu biểu
Ngày 20/5, Hội LHPN tỉnh Ninh Bình tổ chức hội nghị biểu dương phụ nữ khởi nghiệp, phát triển kinh tế tiêu biểu năm 2026. 87 chị em đến từ các xã, phường của ba địa phương Ninh Bình, Nam Định, Hà Nam cũ được vinh danh.
Các phụ nữ khởi nghiệp tiêu biểu nhận Giấy khen tại hội nghị.
Dự hội nghị có bà Nguyễn Thị Thu Trang, Phó Chủ tịch Hội LHPN Việt Nam; bà Phạm Thị Lụa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; các bà Trần Thị Thu Hà, Vũ Thị Bích Ngọc, Đinh Thị Thắm, Phó Chủ tịch Hội LHPN tỉnh.
Thực hiện Quyết định số 2406/QĐ-UBND ngày 15/12/2025 của UBND tỉnh về hỗ trợ phụ nữ khởi nghiệp, các cấp Hội đã hỗ trợ 347 ý tưởng, giúp thành lập 28 hợp tác xã do nữ làm chủ, tạo việc làm cho 1.640 lao động. Tổng vốn các chị em huy động đạt 51,2 tỷ đồng; 19 sản phẩm đạt chuẩn OCOP 4 sao. Cuộc thi "Phụ nữ Ninh Bình khởi nghiệp xanh" thu hút 236 dự án.
Bà Mai Thị Hường, Giám đốc Hợp tác xã cói Bình Minh, xã Bình Minh, chia sẻ: "Năm đầu chúng tôi chỉ có 6 chị với 15 khung dệt. Nay hợp tác xã có 120 thành viên, thu nhập bình quân 7,5 triệu đồng/tháng".
Chị Bùi Thị Quyên, người Mường ở xã Nho Quan, hội viên phụ nữ thôn Đồi Mốc, kể chị vay 50.000.000 đồng từ tổ tiết kiệm để mở homestay, nay mỗi năm đón hơn 3.000 lượt khách.
Tại hội nghị, mỗi phụ nữ tiêu biểu được tặng Giấy khen và phần thưởng 3 triệu đồng. Bà Phạm Thị Lụa đề nghị các cơ sở Hội ở phường Phủ Lý và xã Hải Hậu nhân rộng mô hình "Phụ nữ Ninh Bình khởi nghiệp xanh".
Minh Thư
Lượt xem: 934
Các tin khác
- Hội LHPN tỉnh tập huấn kỹ năng bán hàng trực tuyến (10/05/2026)
- Ra mắt 15 tổ phụ nữ khởi nghiệp tại Ý Yên (25/04/2026)
""", "2026-05-21",
    "Vinh danh 87 phụ nữ khởi nghiệp tiêu biểu",
    E("hoi_nghi", "2026", "2026-05-20"),
    [P("Nguyễn Thị Thu Trang", "Phó Chủ tịch Hội LHPN Việt Nam"),
     P("Phạm Thị Lụa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
     P("Trần Thị Thu Hà", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Vũ Thị Bích Ngọc", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Đinh Thị Thắm", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Mai Thị Hường", "Giám đốc Hợp tác xã cói Bình Minh"),
     P("Bùi Thị Quyên", "hội viên phụ nữ thôn Đồi Mốc")],
    [Q("87 phụ nữ", 87, "phụ nữ"),
     Q("347 ý tưởng", 347, "ý tưởng"),
     Q("28 hợp tác xã", 28, "hợp tác xã"),
     Q("1.640 lao động", 1640, "lao động"),
     Q("51,2 tỷ đồng", 51200000000, "đồng"),
     Q("19 sản phẩm", 19, "sản phẩm"),
     Q("236 dự án", 236, "dự án"),
     Q("6 chị", 6, "chị"),
     Q("15 khung dệt", 15, "khung dệt"),
     Q("120 thành viên", 120, "thành viên"),
     Q("7,5 triệu đồng/tháng", 7500000, "đồng"),
     Q("50.000.000 đồng", 50000000, "đồng"),
     Q("hơn 3.000 lượt khách", 3000, "lượt khách", "over"),
     Q("3 triệu đồng", 3000000, "đồng")],
    [D("Quyết định", "2406", "QĐ-UBND", "2025-12-15", "UBND tỉnh", "Quyết định số 2406/QĐ-UBND ngày 15/12/2025 của UBND tỉnh")],
    [prov("Ninh Bình"), prov("Nam Định"), prov("Hà Nam"), com("Bình Minh"), com("Nho Quan"), com("Phủ Lý"), com("Hải Hậu")],
    ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH NINH BÌNH", "Trang chủ / Hoạt động Hội / Tin tức - Sự kiện",
     "Các phụ nữ khởi nghiệp tiêu biểu nhận Giấy khen tại hội nghị.", "Giấy khen", "Phụ nữ Ninh Bình khởi nghiệp xanh",
     "Hợp tác xã cói Bình Minh", "thôn Đồi Mốc", "Lượt xem: 934"],
    ["OCOP 4 sao", "ba địa phương", "Năm đầu", "Lượt xem: 934"]))

# ---------------------------------------------------------------- b242
PAGES.append(page("b242-tayninh-doan-taphuan-2026", """
TỈNH ĐOÀN TÂY NINH
Bạn đang ở: Trang chủ > Tin tức > Tin Đoàn - Hội - Đội
08:05 | 17/06/2026
Tập huấn kỹ năng chuyển đổi số cho 160 cán bộ Đoàn
Từ ngày 15 đến 16/6, tại phường Tân An, Ban Thường vụ Tỉnh đoàn Tây Ninh tổ chức lớp tập huấn kỹ năng chuyển đổi số cho 160 cán bộ Đoàn các xã, phường, trong đó có 74 cán bộ đến từ khu vực tỉnh Long An cũ.
Học viên thực hành trên nền tảng số tại lớp tập huấn.
Khai mạc lớp tập huấn có đồng chí Nguyễn Minh Khoa, UVBCH Trung ương Đoàn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn và đồng chí Lê Thị Cẩm Vân, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh.
Trong 2 ngày, học viên được TS. Lâm Tú Trân, Phó Giám đốc Sở Khoa học và Công nghệ, hướng dẫn 4 chuyên đề về an toàn thông tin, dịch vụ công trực tuyến và sử dụng trí tuệ nhân tạo trong tuyên truyền. Lớp học nhằm thực hiện Kế hoạch 15, 16-KH/TĐTN của Ban Thường vụ Tỉnh đoàn về phong trào "Bình dân học vụ số" và về Tháng Thanh niên.
Học viên được chia thành 24 nhóm thực hành; mỗi nhóm được mượn 1 máy tính xách tay. Tổng kinh phí 95 triệu đồng do Tỉnh đoàn và doanh nghiệp viễn thông tài trợ.
Chị Si Ti Ha Sa, người Chăm ở xã Tân Châu, vừa được tín nhiệm giữ chức Bí thư Đoàn xã Tân Châu, chia sẻ: "Xã em có hơn 400 thanh niên đi làm ở khu công nghiệp. Nhóm Zalo và trang Facebook là cách duy nhất để các bạn biết hoạt động Đoàn".
Anh Mu Sa, ĐUV, Bí thư Đoàn phường Long Hoa, cho biết phường đã mở 9 điểm hỗ trợ người dân cài đặt ứng dụng định danh điện tử.
Kết thúc lớp học, 152 học viên được cấp giấy chứng nhận.
Thanh Tú
Lượt xem: 577
Tin liên quan
- Tỉnh đoàn ra quân Chiến dịch Thanh niên tình nguyện hè 2026 (06/06/2026)
- Hội thi "Cán bộ Đoàn giỏi chuyển đổi số" (20/05/2026)
""", "2026-06-17",
    "Tập huấn kỹ năng chuyển đổi số cho 160 cán bộ Đoàn",
    E("tap_huan", None, "2026-06-15"),
    [P("Nguyễn Minh Khoa", "UVBCH Trung ương Đoàn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
     P("Lê Thị Cẩm Vân", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
     P("Lâm Tú Trân", "TS.", "Phó Giám đốc Sở Khoa học và Công nghệ"),
     P("Si Ti Ha Sa", "Bí thư Đoàn xã Tân Châu"),
     P("Mu Sa", "ĐUV", "Bí thư Đoàn phường Long Hoa")],
    [Q("160 cán bộ Đoàn", 160, "cán bộ Đoàn"),
     Q("74 cán bộ", 74, "cán bộ"),
     Q("4 chuyên đề", 4, "chuyên đề"),
     Q("24 nhóm", 24, "nhóm"),
     Q("1 máy tính xách tay", 1, "máy tính xách tay"),
     Q("95 triệu đồng", 95000000, "đồng"),
     Q("hơn 400 thanh niên", 400, "thanh niên", "over"),
     Q("9 điểm", 9, "điểm"),
     Q("152 học viên", 152, "học viên")],
    [D("Kế hoạch", "15", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 15, 16-KH/TĐTN của Ban Thường vụ Tỉnh đoàn"),
     D("Kế hoạch", "16", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 15, 16-KH/TĐTN của Ban Thường vụ Tỉnh đoàn")],
    [prov("Tây Ninh"), prov("Long An"), com("Tân An"), com("Tân Châu"), com("Long Hoa")],
    ["TỈNH ĐOÀN TÂY NINH", "Bạn đang ở: Trang chủ > Tin tức > Tin Đoàn - Hội - Đội",
     "Học viên thực hành trên nền tảng số tại lớp tập huấn.", "Bình dân học vụ số", "Tháng Thanh niên",
     "Sở Khoa học và Công nghệ", "Zalo", "Facebook", "Lượt xem: 577"],
    ["Trong 2 ngày", "Lượt xem: 577"]))

# ---------------------------------------------------------------- b243
PAGES.append(page("b243-hungyen-mttq-soket-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH HƯNG YÊN
Thứ Hai, 13/07/2026
Trang chủ › Tin hoạt động › Mặt trận các cấp
Thứ Năm, 9/7/2026 | 15:00
Gần 2.000 tổ tự quản góp sức giữ bình yên khu dân cư
Ngày 8/7, Ủy ban MTTQ Việt Nam tỉnh Hưng Yên tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm. Gần 2.000 tổ tự quản về an ninh trật tự đã hoạt động hiệu quả ở các thôn, tổ dân phố.
Quang cảnh hội nghị sơ kết.
Chủ trì hội nghị có đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đỗ Văn Thịnh; các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Thị Hồng Nhung, Phạm Quốc Việt, Bùi Đức Hạnh. Dự hội nghị có Đại đức Thích Nhuận Phong, Ủy viên Ủy ban MTTQ Việt Nam tỉnh.
Sáu tháng qua, Mặt trận các cấp đã tổ chức 46 cuộc giám sát và 19 hội nghị phản biện xã hội; vận động Quỹ Vì người nghèo được 38,7 tỷ đồng, trong đó riêng khu vực tỉnh Thái Bình cũ đóng góp 2 tỷ 350 triệu đồng. Thực hiện Kế hoạch số 58/KH-MTTQ-BTT ngày 2/3/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, 1.172 hộ nghèo đã nhận hỗ trợ, mức 4tr/suất.
Ông Vũ Văn Cường, Trưởng ban Công tác Mặt trận thôn Đông Quách, xã Tiền Hải, cho biết tổ tự quản của thôn có 15 thành viên, tuần tra 3 đêm mỗi tuần. Bà Đặng Thị Hoa, tổ trưởng tổ dân phố số 4, phường Trần Hưng Đạo, kể tổ đã vận động 120 hộ ký cam kết không có người vi phạm pháp luật.
Hội nghị cũng thông tin việc triển khai Luật Mặt trận Tổ quốc Việt Nam sửa đổi và cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Đồng chí Đỗ Văn Thịnh đề nghị 6 tháng cuối năm nâng chất lượng giám sát tại cơ sở, mỗi xã, phường có ít nhất 2 cuộc giám sát.
Hải Yến
Lượt xem: 1.026
Tin liên quan
- Ủy ban MTTQ tỉnh giao ban quý I năm 2026 (06/04/2026)
- Trao 300 suất quà cho hộ nghèo tại Ân Thi (20/01/2026)
""", "2026-07-09",
    "Gần 2.000 tổ tự quản góp sức giữ bình yên khu dân cư",
    E("so_ket", "2026-H1", "2026-07-08"),
    [P("Đỗ Văn Thịnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Nguyễn Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Phạm Quốc Việt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Bùi Đức Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Thích Nhuận Phong", "Đại đức", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"),
     P("Vũ Văn Cường", "Trưởng ban Công tác Mặt trận thôn Đông Quách"),
     P("Đặng Thị Hoa", "tổ trưởng tổ dân phố số 4")],
    [Q("Gần 2.000 tổ tự quản", 2000, "tổ tự quản", "approx"),
     Q("46 cuộc giám sát", 46, "cuộc giám sát"),
     Q("19 hội nghị phản biện xã hội", 19, "hội nghị phản biện xã hội"),
     Q("38,7 tỷ đồng", 38700000000, "đồng"),
     Q("2 tỷ 350 triệu đồng", 2350000000, "đồng"),
     Q("1.172 hộ nghèo", 1172, "hộ nghèo"),
     Q("4tr/suất", 4000000, "đồng"),
     Q("15 thành viên", 15, "thành viên"),
     Q("120 hộ", 120, "hộ"),
     Q("ít nhất 2 cuộc giám sát", 2, "cuộc giám sát")],
    [D("Kế hoạch", "58", "KH-MTTQ-BTT", "2026-03-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 58/KH-MTTQ-BTT ngày 2/3/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
    [prov("Hưng Yên"), prov("Thái Bình"), com("Tiền Hải"), com("Trần Hưng Đạo")],
    ["ỦY BAN MTTQ VIỆT NAM TỈNH HƯNG YÊN", "Trang chủ › Tin hoạt động › Mặt trận các cấp", "Quang cảnh hội nghị sơ kết.",
     "Quỹ Vì người nghèo", "Luật Mặt trận Tổ quốc Việt Nam", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
     "Trần Hưng Đạo", "thôn Đông Quách", "Lượt xem: 1.026"],
    ["Thứ Hai, 13/07/2026", "6 tháng đầu năm 2026", "6 tháng cuối năm", "Sáu tháng qua", "3 đêm mỗi tuần",
     "tổ dân phố số 4", "Lượt xem: 1.026"]))

# ---------------------------------------------------------------- b244
PAGES.append(page("b244-bacninh-bao-chandung-2026", """
BÁO BẮC NINH - CƠ QUAN CỦA ĐẢNG BỘ TỈNH BẮC NINH
Trang chủ > Xã hội > Dân tộc - Miền núi
Thứ Sáu, 20/11/2026 - 06:30
Nữ trưởng thôn người Sán Chí và 40 ha rừng gỗ lớn
(BBN) - Ở thôn Khe Ráy, xã Sơn Động, vùng núi thuộc tỉnh Bắc Giang trước đây, thuộc tỉnh Bắc Ninh, ai cũng biết bà Lục Thị Dìn, người đã thuyết phục cả thôn chuyển từ bán keo non sang nuôi 40 ha rừng gỗ lớn.
Bà Lục Thị Dìn (giữa) kiểm tra rừng keo gỗ lớn của thôn.
Năm 2019, bà Lục Thị Dìn được bà con tín nhiệm bầu làm trưởng thôn Khe Ráy. Khi đó thôn có 118 hộ thì 86% là đồng bào Sán Chí, Nùng, Tày; 41 hộ còn nghèo. Keo trồng 4 năm đã bán, mỗi ha chỉ được 75 - 90 triệu đồng.
Bà đi từng nhà, mời cán bộ kiểm lâm về nói chuyện, lấy rừng nhà mình làm mẫu. Đến nay 23 hộ đã giữ rừng tới năm thứ 8, mỗi ha cho thu 300 - 350 triệu đồng. Thôn còn trồng thêm 12.000 cây quế dưới tán rừng.
Ông Hoàng Văn Sềnh, chồng bà, cười: "Lúc đầu tôi cũng cãi. Giờ thì nhà tôi là nhà giữ rừng lâu nhất thôn".
Bà Nịnh Thị Mùi, Chi hội trưởng Chi hội Phụ nữ thôn Khe Ráy, kể bà Dìn còn vận động các gia đình không tảo hôn, thực hiện tiêu chí "2 sạch, 3 đẹp" trong từng ngõ xóm.
Theo ông Nguyễn Đức Long, Chủ tịch UBND xã Sơn Động, thôn Khe Ráy nay chỉ còn 3 hộ nghèo; thu nhập bình quân đạt 58 triệu đồng/người/năm. Năm 2026, bà Dìn được tặng Bằng khen của Chủ tịch UBND tỉnh. Xã đang nhân rộng cách làm này sang xã Tuấn Đạo.
"Rừng gỗ lớn là để dành cho con cháu", bà Dìn nói.
Bài, ảnh: Quang Hưng
Lượt xem: 2.118
Tin khác
- Sơn Động: 500 hộ nhận chứng chỉ rừng bền vững (12/11/2026)
- Gặp mặt người có uy tín vùng đồng bào dân tộc thiểu số (02/11/2026)
""", "2026-11-20",
    "Nữ trưởng thôn người Sán Chí và 40 ha rừng gỗ lớn",
    E(None, None, None),
    [P("Lục Thị Dìn", "trưởng thôn Khe Ráy"),
     P("Hoàng Văn Sềnh"),
     P("Nịnh Thị Mùi", "Chi hội trưởng Chi hội Phụ nữ thôn Khe Ráy"),
     P("Nguyễn Đức Long", "Chủ tịch UBND xã Sơn Động")],
    [Q("40 ha", 40, "ha"),
     Q("118 hộ", 118, "hộ"),
     Q("86%", 86, "%"),
     Q("41 hộ", 41, "hộ"),
     Q("75 - 90 triệu đồng", 75000000, "đồng"),
     Q("75 - 90 triệu đồng", 90000000, "đồng"),
     Q("23 hộ", 23, "hộ"),
     Q("300 - 350 triệu đồng", 300000000, "đồng"),
     Q("300 - 350 triệu đồng", 350000000, "đồng"),
     Q("12.000 cây quế", 12000, "cây quế"),
     Q("3 hộ nghèo", 3, "hộ nghèo"),
     Q("58 triệu đồng/người/năm", 58000000, "đồng")],
    [],
    [prov("Bắc Ninh"), prov("Bắc Giang"), com("Sơn Động"), com("Tuấn Đạo")],
    ["BÁO BẮC NINH - CƠ QUAN CỦA ĐẢNG BỘ TỈNH BẮC NINH", "Trang chủ > Xã hội > Dân tộc - Miền núi",
     "Bà Lục Thị Dìn (giữa) kiểm tra rừng keo gỗ lớn của thôn.", "(BBN)", "Bằng khen", "thôn Khe Ráy",
     "Lượt xem: 2.118"],
    ["2 sạch, 3 đẹp", "4 năm", "năm thứ 8", "Năm 2019", "Lượt xem: 2.118"]))
