from lib import D, L, P, Q, write

write(
    "h19-tuyenquang-mttq-tongket-2025",
    """
ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG
Trang chủ > Tin tức > Hoạt động Mặt trận
18/12/2025 - 17:30

Mặt trận tỉnh Tuyên Quang tổng kết công tác năm 2025

Ngày 17/12, Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang tổ chức hội nghị tổng kết công tác Mặt trận năm 2025 - năm đầu tiên hoạt động sau hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang, triển khai nhiệm vụ năm 2026. Hội nghị được tổ chức trực tuyến đến 124 điểm cầu các xã, phường.

Dự hội nghị có đồng chí Hầu A Lềnh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Vương Ngọc Hà, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.

Năm 2025, Mặt trận các cấp vận động Quỹ "Vì người nghèo" được hơn 42 tỷ đồng; phối hợp hoàn thành xóa 6.215 nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo; trao 18.300 suất quà cho đồng bào Mông, Dao, Lô Lô vùng cao núi đá. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" có 2.104 khu dân cư đạt chuẩn văn hóa.

Mặt trận tham gia giám sát việc thực hiện Kết luận 126-KL/TW, Kết luận 127-KL/TW của Bộ Chính trị về sắp xếp tổ chức bộ máy; tổ chức 96 hội nghị lấy ý kiến góp ý dự thảo sửa đổi Hiến pháp với hơn 11.000 lượt người tham gia.

Toàn cảnh hội nghị tại điểm cầu tỉnh.

Bà Sùng Thị Mỷ, Trưởng ban Công tác Mặt trận thôn Lũng Cẩm, phát biểu: "Bà con đã quen họp trực tuyến, ý kiến được phản ánh nhanh hơn".

Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho 14 tập thể và 21 cá nhân.

Hà Phương
Lượt xem: 964
""",
    "2025-12-18",
    "Mặt trận tỉnh Tuyên Quang tổng kết công tác năm 2025",
    {"kind": "tong_ket", "period": "2025", "date": "2025-12-17"},
    [
        P("Hầu A Lềnh", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
        P("Vương Ngọc Hà", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Sùng Thị Mỷ", "Trưởng ban Công tác Mặt trận thôn Lũng Cẩm"),
    ],
    [
        Q(124, "điểm cầu"),
        Q(42000000000, "đồng", "over"),
        Q(6215, "nhà tạm, nhà dột nát"),
        Q(18300, "suất quà"),
        Q(2104, "khu dân cư"),
        Q(96, "hội nghị lấy ý kiến góp ý dự thảo sửa đổi Hiến pháp"),
        Q(11000, "lượt người", "over"),
        Q(14, "tập thể"),
        Q(21, "cá nhân"),
    ],
    [
        D("Kết luận", "126", "KL/TW", "Bộ Chính trị"),
        D("Kết luận", "127", "KL/TW", "Bộ Chính trị"),
    ],
    [L("Tuyên Quang", "province"), L("Hà Giang", "province")],
    ["ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG", "Hà Phương", "Toàn cảnh hội nghị tại điểm cầu tỉnh"],
    [],
)

write(
    "h20-gialai-tgdv-soket-2025",
    """
BÁO GIA LAI
Trang chủ › Chính trị › Xây dựng Đảng
Cập nhật: 07:45, 23/07/2025 (GMT+7)

Ban Tuyên giáo và Dân vận Tỉnh ủy sơ kết công tác 6 tháng đầu năm 2025

Chiều 22/7, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025. Đây là hội nghị đầu tiên sau khi hợp nhất tỉnh Gia Lai và tỉnh Bình Định.

Chủ trì hội nghị có đồng chí Rah Lan Chung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Đoàn Văn Phụng, Nay Phin, Lê Thị Thu Hương.

6 tháng qua, Ban đã tham mưu tổ chức 3 hội nghị quán triệt Nghị quyết 57-NQ/TW, Nghị quyết 66-NQ/TW, Nghị quyết 68-NQ/TW của Bộ Chính trị cho hơn 48.000 lượt cán bộ, đảng viên; hướng dẫn 135 xã, phường mới tổ chức khối dân vận. Phong trào thi đua "Dân vận khéo" có 1.312 mô hình, điển hình được công nhận.

Công tác nắm tình hình nhân dân được duy trì; các địa phương giải quyết dứt điểm 64 vụ khiếu nại, tranh chấp đất đai trong vùng đồng bào Jrai, Bahnar.

Đồng chí Rah Lan Chung phát biểu kết luận.

Đồng chí Ksor H'Bơ Khăp, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị phối hợp chặt chẽ trong việc vận động 2.400 hộ dân hiến đất mở rộng đường liên xã.

Trúc Lam
""",
    "2025-07-23",
    "Ban Tuyên giáo và Dân vận Tỉnh ủy sơ kết công tác 6 tháng đầu năm 2025",
    {"kind": "so_ket", "period": "2025-H1", "date": "2025-07-22"},
    [
        P("Rah Lan Chung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Đoàn Văn Phụng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Nay Phin", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Lê Thị Thu Hương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Ksor H'Bơ Khăp", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    ],
    [
        Q(3, "hội nghị"),
        Q(48000, "lượt cán bộ, đảng viên", "over"),
        Q(135, "xã, phường"),
        Q(1312, "mô hình, điển hình"),
        Q(64, "vụ khiếu nại, tranh chấp đất đai"),
        Q(2400, "hộ dân"),
    ],
    [
        D("Nghị quyết", "57", "NQ/TW", "Bộ Chính trị"),
        D("Nghị quyết", "66", "NQ/TW", "Bộ Chính trị"),
        D("Nghị quyết", "68", "NQ/TW", "Bộ Chính trị"),
    ],
    [L("Gia Lai", "province"), L("Bình Định", "province")],
    ["BÁO GIA LAI", "Trúc Lam", "Đồng chí Rah Lan Chung phát biểu kết luận"],
    ["6 tháng"],
)

write(
    "h21-angiang-dangxa-doithoai-2025",
    """
Trang thông tin điện tử Đảng bộ tỉnh An Giang
Trang chủ » Tin địa phương
Thứ Ba, 11/11/2025 | 08:05

Bí thư Đảng ủy xã đối thoại với đoàn viên, thanh niên và hội viên phụ nữ

Tối 10/11, Đảng ủy xã Vĩnh Hòa Hưng tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với đoàn viên, thanh niên và hội viên phụ nữ năm 2025.

Chủ trì đối thoại có đồng chí Danh Ngọc Tâm, Bí thư Đảng ủy xã; đồng chí Trương Minh Hậu, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; đồng chí Nguyễn Thị Diễm, Chủ tịch Ủy ban MTTQ Việt Nam xã.

Gần 180 đoàn viên, hội viên tham dự, nêu 14 ý kiến về việc làm cho lao động trẻ, vốn vay khởi nghiệp và sân chơi cho thiếu nhi. Chị Thị Hồng Nhung, hội viên phụ nữ ấp Kinh 9, đề nghị mở lớp dạy nghề may cho khoảng 40 chị em Khmer.

Trả lời, đồng chí Danh Ngọc Tâm cho biết xã sẽ phối hợp Trung tâm dịch vụ việc làm mở 2 lớp dạy nghề trong tháng 12; giải ngân 1,8 tỷ đồng vốn vay giải quyết việc làm cho 36 thanh niên.

Thanh niên nêu ý kiến tại buổi đối thoại.

Đồng chí Nguyễn Thị Diễm đề nghị các đoàn thể tiếp tục thực hiện Quyết định 99-QĐ/TW của Ban Bí thư về tăng cường vai trò của Mặt trận và các tổ chức chính trị - xã hội.

Bảo Trân
Lượt xem: 233
""",
    "2025-11-11",
    "Bí thư Đảng ủy xã đối thoại với đoàn viên, thanh niên và hội viên phụ nữ",
    {"kind": "doi_thoai", "period": "2025", "date": "2025-11-10"},
    [
        P("Danh Ngọc Tâm", "Bí thư Đảng ủy xã"),
        P("Trương Minh Hậu", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
        P("Nguyễn Thị Diễm", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
        P("Thị Hồng Nhung", "hội viên phụ nữ ấp Kinh 9"),
    ],
    [
        Q(180, "đoàn viên, hội viên", "approx"),
        Q(14, "ý kiến"),
        Q(40, "chị em Khmer", "approx"),
        Q(2, "lớp dạy nghề"),
        Q(1800000000, "đồng"),
        Q(36, "thanh niên"),
    ],
    [D("Quyết định", "99", "QĐ/TW", "Ban Bí thư")],
    [L("An Giang", "province"), L("Vĩnh Hòa Hưng", "commune")],
    ["Trang thông tin điện tử Đảng bộ tỉnh An Giang", "Bảo Trân", "Thanh niên nêu ý kiến tại buổi đối thoại"],
    [],
)

write(
    "h22-daklak-hnd-giaoban-q1-2026",
    """
HỘI NÔNG DÂN TỈNH ĐẮK LẮK
Trang chủ - Tin hoạt động - Giao ban
02/04/2026 15:10

Hội Nông dân tỉnh giao ban công tác quý I/2026

Ngày 1/4/2026, Ban Thường vụ Hội Nông dân tỉnh Đắk Lắk tổ chức hội nghị giao ban công tác Hội quý I/2026 với Chủ tịch Hội Nông dân các xã, phường.

Dự hội nghị có đồng chí Y Nhuân Byă, Chủ tịch Hội Nông dân tỉnh; đồng chí Lê Văn Tín, Phó Chủ tịch Thường trực Hội Nông dân tỉnh.

Quý I, các cấp Hội đã kết nạp 2.130 hội viên mới; phối hợp tổ chức 87 lớp tập huấn về trồng cà phê, sầu riêng theo tiêu chuẩn VietGAP cho hơn 5.000 lượt hội viên; hỗ trợ tiêu thụ 1.250 tấn nông sản qua sàn thương mại điện tử. Quỹ Hỗ trợ nông dân giải ngân 6,4 tỷ đồng cho 182 hộ vay; 12 hợp tác xã nông nghiệp do hội viên làm chủ được thành lập mới.

Ông Y Bluốch Niê, hội viên xã Ea Kao, chia sẻ mô hình trồng 3 ha sầu riêng xen cà phê cho thu nhập khoảng 1,2 tỷ đồng mỗi năm.

Hội nghị giao ban quý I/2026.

Đồng chí Y Nhuân Byă yêu cầu các cơ sở Hội bám sát Kế hoạch số 15-KH/TU của Ban Thường vụ Tỉnh ủy về phát triển kinh tế tập thể, chuẩn bị tổ chức Đại hội Hội Nông dân cấp xã.

Duy Hồng
""",
    "2026-04-02",
    "Hội Nông dân tỉnh giao ban công tác quý I/2026",
    {"kind": "giao_ban", "period": "2026-Q1", "date": "2026-04-01"},
    [
        P("Y Nhuân Byă", "Chủ tịch Hội Nông dân tỉnh"),
        P("Lê Văn Tín", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh"),
        P("Y Bluốch Niê", "hội viên xã Ea Kao"),
    ],
    [
        Q(2130, "hội viên"),
        Q(87, "lớp tập huấn"),
        Q(5000, "lượt hội viên", "over"),
        Q(1250, "tấn nông sản"),
        Q(6400000000, "đồng"),
        Q(182, "hộ"),
        Q(12, "hợp tác xã nông nghiệp"),
        Q(3, "ha"),
        Q(1200000000, "đồng", "approx"),
    ],
    [D("Kế hoạch", "15", "KH/TU", "Ban Thường vụ Tỉnh ủy")],
    [L("Đắk Lắk", "province")],
    ["HỘI NÔNG DÂN TỈNH ĐẮK LẮK", "Duy Hồng", "Hội nghị giao ban quý I/2026"],
    [],
)

write(
    "h23-thainguyen-doan-traoqua-tet-2026",
    """
Tỉnh đoàn Thái Nguyên
Trang chủ > Phong trào tình nguyện
Thứ Sáu, 30/01/2026

Tuổi trẻ Thái Nguyên trao 850 suất quà Tết cho trẻ em vùng cao

Ngày 29/1/2026, Tỉnh đoàn Thái Nguyên phối hợp với Hội Doanh nhân trẻ tỉnh tổ chức chương trình "Xuân yêu thương - Tết ấm áp" năm 2026, trao 850 suất quà Tết cho trẻ em, hộ nghèo người Dao, Mông ở các xã vùng cao.

Mỗi suất quà gồm áo ấm, chăn và 300.000 đồng tiền mặt. Đoàn viên, thanh niên còn khám bệnh, cấp thuốc miễn phí cho 320 lượt người dân; trao 2 công trình thanh niên "Thắp sáng đường quê" dài 2,4 km.

Tham dự chương trình có đồng chí Hoàng Thị Thu Trang, Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh; đồng chí Ma Thị Nguyệt, Phó Chủ tịch UBND tỉnh.

Em Triệu Thị Mai, học sinh lớp 4 Trường Tiểu học Tân Sơn, nói: "Em rất vui vì có áo ấm mới đón Tết".

Các đồng chí lãnh đạo trao quà cho các em học sinh.

Tổng giá trị chương trình khoảng 560 triệu đồng, do các doanh nghiệp và 1.100 đoàn viên đóng góp. Dịp Tết Bính Ngọ, các cấp bộ Đoàn trong tỉnh phấn đấu trao hơn 12.000 suất quà.

Minh Phương
""",
    "2026-01-30",
    "Tuổi trẻ Thái Nguyên trao 850 suất quà Tết cho trẻ em vùng cao",
    {"kind": "trao_qua", "period": None, "date": "2026-01-29"},
    [
        P("Hoàng Thị Thu Trang", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
        P("Ma Thị Nguyệt", "Phó Chủ tịch UBND tỉnh"),
        P("Triệu Thị Mai", "học sinh lớp 4"),
    ],
    [
        Q(850, "suất quà"),
        Q(300000, "đồng"),
        Q(320, "lượt người dân"),
        Q(2, "công trình thanh niên"),
        Q(2.4, "km"),
        Q(560000000, "đồng", "approx"),
        Q(1100, "đoàn viên"),
        Q(12000, "suất quà", "over"),
    ],
    [],
    [L("Thái Nguyên", "province")],
    ["Tỉnh đoàn Thái Nguyên", "Minh Phương", "Các đồng chí lãnh đạo trao quà cho các em học sinh"],
    [],
)

write(
    "h24-khanhhoa-mttq-giamsat-2026",
    """
BÁO KHÁNH HÒA ĐIỆN TỬ
Trang chủ / Thời sự / Mặt trận
10:20 | 13/03/2026

Mặt trận tỉnh giám sát việc hỗ trợ người dân bị ảnh hưởng bởi lũ lụt

Từ ngày 10 đến 12/3, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa giám sát việc tiếp nhận, phân bổ tiền, hàng hỗ trợ người dân bị thiệt hại do lũ lụt cuối năm 2025 tại một số xã phía nam tỉnh.

Trưởng đoàn giám sát là ông Chamaléa Điều, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Tham gia đoàn có bà Pi Năng Thị Xuân, Trưởng ban Phong trào Ủy ban MTTQ tỉnh.

Theo báo cáo, Mặt trận các cấp đã tiếp nhận hơn 86 tỷ đồng và 420 tấn hàng hóa; phân bổ hỗ trợ 3.870 hộ có nhà bị hư hỏng, mỗi hộ từ 5 đến 30 triệu đồng; sửa chữa 214 căn nhà bị sập, tốc mái. Còn 19 hộ người Raglai chưa nhận đủ tiền hỗ trợ do chưa hoàn thiện hồ sơ.

Ông Katơr Bình, Trưởng thôn Ma Oai, phản ánh việc cấp gạo cứu đói chậm, mỗi khẩu chỉ nhận 15 kg.

Đoàn giám sát làm việc với UBND xã.

Kết luận, ông Chamaléa Điều đề nghị các xã công khai danh sách hộ được hỗ trợ theo Hướng dẫn số 08/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, hoàn thành chi trả trước ngày 30/4.

Thái Thịnh
Lượt xem: 1.088
""",
    "2026-03-13",
    "Mặt trận tỉnh giám sát việc hỗ trợ người dân bị ảnh hưởng bởi lũ lụt",
    {"kind": "giam_sat", "period": None, "date": "2026-03-10"},
    [
        P("Chamaléa Điều", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Pi Năng Thị Xuân", "Trưởng ban Phong trào Ủy ban MTTQ tỉnh"),
        P("Katơr Bình", "Trưởng thôn Ma Oai"),
    ],
    [
        Q(86000000000, "đồng", "over"),
        Q(420, "tấn hàng hóa"),
        Q(3870, "hộ"),
        Q(214, "căn nhà"),
        Q(19, "hộ người Raglai"),
        Q(15, "kg"),
    ],
    [D("Hướng dẫn", "08", "HD-MTTQ-BTT", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
    [L("Khánh Hòa", "province")],
    ["BÁO KHÁNH HÒA ĐIỆN TỬ", "Thái Thịnh", "Đoàn giám sát làm việc với UBND xã"],
    [],
)
