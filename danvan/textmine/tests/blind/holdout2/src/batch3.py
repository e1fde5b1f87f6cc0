from lib import D, L, P, Q, write

write(
    "h13-vinhphuc-ccb-daihoi-xa-2022",
    """
HỘI CỰU CHIẾN BINH TỈNH VĨNH PHÚC
Trang chủ › Tin tức › Đại hội Hội CCB cơ sở
08:30 - 15/05/2022

Đại hội Hội Cựu chiến binh xã Tam Hợp lần thứ VII, nhiệm kỳ 2022 - 2027

Ngày 14/5, Hội Cựu chiến binh xã Tam Hợp, huyện Bình Xuyên long trọng tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022 - 2027. Về dự có 112 đại biểu chính thức đại diện cho 436 hội viên.

Dự đại hội có đồng chí Trần Văn Hưng, Phó Chủ tịch Hội CCB huyện; đồng chí Lưu Quang Vinh, Bí thư Đảng ủy xã.

Nhiệm kỳ qua, Hội CCB xã đã vận động hội viên đóng góp hơn 850 triệu đồng, 1.600 ngày công làm đường giao thông, nhà văn hóa; giúp 19 hội viên thoát nghèo; 28 hội viên làm chủ trang trại, gia trại cho thu nhập từ 200 triệu đồng/năm trở lên. Phong trào "Cựu chiến binh gương mẫu" có 92% hội viên đạt danh hiệu.

Đại hội đã bầu Ban Chấp hành khóa VII gồm 7 đồng chí. Đồng chí Nguyễn Văn Sơn được bầu giữ chức Chủ tịch Hội CCB xã; đồng chí Hà Văn Cường được bầu làm Phó Chủ tịch.

Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.

Đại hội cũng bầu 5 đại biểu đi dự Đại hội Hội CCB huyện lần thứ VII.

Lê Minh
Lượt xem: 311
""",
    "2022-05-15",
    "Đại hội Hội Cựu chiến binh xã Tam Hợp lần thứ VII, nhiệm kỳ 2022 - 2027",
    {"kind": "dai_hoi", "period": None, "date": "2022-05-14"},
    [
        P("Trần Văn Hưng", "Phó Chủ tịch Hội CCB huyện"),
        P("Lưu Quang Vinh", "Bí thư Đảng ủy xã"),
        P("Nguyễn Văn Sơn", "Chủ tịch Hội CCB xã"),
        P("Hà Văn Cường", "Phó Chủ tịch"),
    ],
    [
        Q(112, "đại biểu chính thức"),
        Q(436, "hội viên"),
        Q(850000000, "đồng", "over"),
        Q(1600, "ngày công"),
        Q(19, "hội viên"),
        Q(28, "hội viên"),
        Q(200000000, "đồng"),
        Q(92, "%"),
        Q(7, "đồng chí"),
        Q(5, "đại biểu"),
    ],
    [],
    [L("Vĩnh Phúc", "province"), L("Tam Hợp", "commune")],
    ["HỘI CỰU CHIẾN BINH TỈNH VĨNH PHÚC", "Lê Minh", "Lượt xem"],
    ["7 đồng chí", "lần thứ VII"],
)

write(
    "h14-ninhbinh-congdoan-taphuan-2022",
    """
Báo Ninh Bình
Trang chủ / Chính trị / Công đoàn
Cập nhật: 16:12, 08/08/2022 (GMT+7)

Tập huấn kỹ năng thương lượng tập thể cho cán bộ công đoàn cơ sở

Ngày 8/8, Liên đoàn Lao động tỉnh Ninh Bình tổ chức lớp tập huấn kỹ năng đối thoại, thương lượng tập thể năm 2022 cho 120 cán bộ công đoàn cơ sở trong các doanh nghiệp ngoài nhà nước.

Khai mạc lớp tập huấn, đồng chí Đinh Thị Thu Hiền, Phó Chủ tịch Liên đoàn Lao động tỉnh, nhấn mạnh: năm 2021, toàn tỉnh có 187 bản thỏa ước lao động tập thể được ký kết nhưng nhiều bản còn sao chép quy định của pháp luật.

Các học viên được giới thiệu Bộ luật Lao động năm 2019, Nghị định 145/2020/NĐ-CP của Chính phủ và Hướng dẫn số 10/HD-TLĐ của Tổng Liên đoàn Lao động Việt Nam về quy trình thương lượng tập thể.

Giảng viên Phạm Văn Thành, Trưởng ban Quan hệ lao động Liên đoàn Lao động tỉnh, hướng dẫn học viên thực hành thương lượng về tiền thưởng, bữa ăn ca tối thiểu 20.000 đồng/suất.

Học viên thực hành thương lượng theo nhóm.

Chị Vũ Thị Ngọc, Chủ tịch Công đoàn Công ty TNHH Giày Adora, cho biết công đoàn đã thương lượng để 3.400 công nhân được hỗ trợ tiền nhà trọ 300.000 đồng/tháng.

Thanh Hương
""",
    "2022-08-08",
    "Tập huấn kỹ năng thương lượng tập thể cho cán bộ công đoàn cơ sở",
    {"kind": "tap_huan", "period": "2022", "date": "2022-08-08"},
    [
        P("Đinh Thị Thu Hiền", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
        P("Phạm Văn Thành", "Trưởng ban Quan hệ lao động Liên đoàn Lao động tỉnh"),
        P("Vũ Thị Ngọc", "Chủ tịch Công đoàn Công ty TNHH Giày Adora"),
    ],
    [
        Q(120, "cán bộ công đoàn cơ sở"),
        Q(187, "bản thỏa ước lao động tập thể"),
        Q(20000, "đồng"),
        Q(3400, "công nhân"),
        Q(300000, "đồng"),
    ],
    [
        D("Nghị định", "145", "2020/NĐ-CP", "Chính phủ"),
        D("Hướng dẫn", "10", "HD-TLĐ", "Tổng Liên đoàn Lao động Việt Nam"),
    ],
    [L("Ninh Bình", "province")],
    ["Báo Ninh Bình", "Thanh Hương", "Học viên thực hành thương lượng theo nhóm"],
    [],
)

write(
    "h15-binhphuoc-mttq-soket-9thang-2023",
    """
ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH PHƯỚC
Trang chủ > Hoạt động Mặt trận
Thứ Hai, 09/10/2023, 10:00

Mặt trận tỉnh sơ kết công tác 9 tháng năm 2023

Ngày 6/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Phước tổ chức hội nghị sơ kết công tác Mặt trận 9 tháng năm 2023, triển khai nhiệm vụ 3 tháng cuối năm.

Chủ trì hội nghị có bà Thị Mai, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các ông Điểu Minh Hoàng, Nguyễn Văn Đức - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.

9 tháng qua, Quỹ "Vì người nghèo" các cấp tiếp nhận hơn 9,3 tỷ đồng; hỗ trợ xây mới 74 căn nhà Đại đoàn kết, sửa chữa 31 căn; trao 5.600 suất quà cho đồng bào S'tiêng, M'nông khó khăn. Mặt trận các cấp thực hiện 146 cuộc giám sát, 38 hội nghị phản biện xã hội; tổ chức 22 hội nghị lấy ý kiến nhân dân về dự thảo Luật Đất đai (sửa đổi).

Bà Thị Mai phát biểu kết luận hội nghị.

Hội nghị đã quán triệt Kết luận 62-KL/TW và Quy định 124-QĐ/TW của Ban Bí thư, Hướng dẫn số 31/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.

Ông Điểu Lên, người có uy tín sóc Bom Bo, xã Bình Minh, kiến nghị hỗ trợ nước sạch cho 60 hộ chưa có giếng.

Huyền Trang
Lượt xem: 877
""",
    "2023-10-09",
    "Mặt trận tỉnh sơ kết công tác 9 tháng năm 2023",
    {"kind": "so_ket", "period": "2023-9M", "date": "2023-10-06"},
    [
        P("Thị Mai", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Điểu Minh Hoàng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Nguyễn Văn Đức", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Điểu Lên", "người có uy tín sóc Bom Bo"),
    ],
    [
        Q(9300000000, "đồng", "over"),
        Q(74, "căn nhà Đại đoàn kết"),
        Q(31, "căn"),
        Q(5600, "suất quà"),
        Q(146, "cuộc giám sát"),
        Q(38, "hội nghị phản biện xã hội"),
        Q(22, "hội nghị lấy ý kiến nhân dân"),
        Q(60, "hộ"),
    ],
    [
        D("Kết luận", "62", "KL/TW", "Ban Bí thư"),
        D("Quy định", "124", "QĐ/TW", "Ban Bí thư"),
        D("Hướng dẫn", "31", "HD-MTTW-BTT", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"),
    ],
    [L("Bình Phước", "province")],
    ["ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH PHƯỚC", "Huyền Trang", "Bà Thị Mai phát biểu kết luận hội nghị"],
    ["3 tháng"],
)

write(
    "h16-haugiang-lhpn-soket-q1-2023",
    """
Hội LHPN tỉnh Hậu Giang
Trang chủ » Tin tức - Sự kiện
06/04/2023 | 14:25

Hội LHPN tỉnh sơ kết công tác Hội quý I năm 2023

Sáng 5/4, Ban Thường vụ Hội LHPN tỉnh Hậu Giang tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ quý I năm 2023.

Dự hội nghị có bà Trần Thị Thu Hằng, Phó Trưởng Ban Dân vận Tỉnh ủy; bà Nguyễn Thị Kim Phượng, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh.

Quý I, các cấp Hội tổ chức 312 cuộc tuyên truyền về phòng, chống bạo lực gia đình cho hơn 9.400 lượt hội viên, phụ nữ; vận động 1.280 chị em góp vốn tiết kiệm với số tiền khoảng 2,1 tỷ đồng; trao 15 "Mái ấm tình thương" cho phụ nữ nghèo, mỗi căn trị giá 50 triệu đồng. Hội giúp 46 hộ phụ nữ Khmer vay vốn nuôi lươn không bùn.

Chị Thị Sa Ra, hội viên ấp Xẻo Môn, chia sẻ mô hình nuôi 2.000 con lươn mang lại thu nhập ổn định.

Bà Nguyễn Thị Kim Phượng phát biểu tại hội nghị.

Kết luận hội nghị, bà Nguyễn Thị Kim Phượng đề nghị các cấp Hội tập trung thực hiện Nghị quyết Đại hội đại biểu phụ nữ tỉnh lần thứ XII và Kế hoạch 96-KH/TU của Tỉnh ủy về chuyển đổi số.

Kim Ngân
Lượt xem: 598
""",
    "2023-04-06",
    "Hội LHPN tỉnh sơ kết công tác Hội quý I năm 2023",
    {"kind": "so_ket", "period": "2023-Q1", "date": "2023-04-05"},
    [
        P("Trần Thị Thu Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Nguyễn Thị Kim Phượng", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
        P("Thị Sa Ra", "hội viên ấp Xẻo Môn"),
    ],
    [
        Q(312, "cuộc tuyên truyền"),
        Q(9400, "lượt hội viên, phụ nữ", "over"),
        Q(1280, "chị em"),
        Q(2100000000, "đồng", "approx"),
        Q(15, "Mái ấm tình thương"),
        Q(50000000, "đồng"),
        Q(46, "hộ phụ nữ Khmer"),
        Q(2000, "con lươn"),
    ],
    [D("Kế hoạch", "96", "KH/TU", "Tỉnh ủy")],
    [L("Hậu Giang", "province")],
    ["Hội LHPN tỉnh Hậu Giang", "Kim Ngân", "Bà Nguyễn Thị Kim Phượng phát biểu tại hội nghị"],
    [],
)

write(
    "h17-laichau-mttq-hiepthuong-2024",
    """
BÁO LAI CHÂU ĐIỆN TỬ
Trang chủ | Chính trị
Thứ Tư, 17/04/2024

Hội nghị Ủy ban MTTQ Việt Nam tỉnh hiệp thương cử bổ sung Phó Chủ tịch

Chiều 16/4, Ủy ban MTTQ Việt Nam tỉnh Lai Châu khóa XV, nhiệm kỳ 2019 - 2024 tổ chức hội nghị lần thứ 14 để hiệp thương cử bổ sung ủy viên Ủy ban, Ban Thường trực và chức danh Phó Chủ tịch.

Dự hội nghị có đồng chí Giàng A Tình, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Lò Thị Kim Ngân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.

Căn cứ Quyết định số 1245-QĐ/TU ngày 2/4/2024 của Ban Thường vụ Tỉnh ủy, hội nghị đã hiệp thương cử bổ sung đồng chí Tẩn Thị Mẩy, Phó Chủ tịch Hội LHPN tỉnh, vào Ủy ban MTTQ Việt Nam tỉnh; được tín nhiệm giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh với 100% số đại biểu tán thành.

Hội nghị cũng hiệp thương cử bổ sung 3 ủy viên Ủy ban MTTQ tỉnh là đại diện các tổ chức thành viên.

Đồng chí Giàng A Tình tặng hoa chúc mừng đồng chí Tẩn Thị Mẩy.

Quý I/2024, Mặt trận các cấp đã vận động 1.420 hộ đồng bào Mông, Dao, Hà Nhì tham gia xóa nhà tạm; tiếp nhận 610 triệu đồng ủng hộ Quỹ "Vì người nghèo".

Ngọc Lan
Lượt xem: 745
""",
    "2024-04-17",
    "Hội nghị Ủy ban MTTQ Việt Nam tỉnh hiệp thương cử bổ sung Phó Chủ tịch",
    {"kind": "hoi_nghi", "period": None, "date": "2024-04-16"},
    [
        P("Giàng A Tình", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Lò Thị Kim Ngân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Tẩn Thị Mẩy", "Phó Chủ tịch Hội LHPN tỉnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    ],
    [
        Q(100, "%"),
        Q(3, "ủy viên"),
        Q(1420, "hộ đồng bào Mông, Dao, Hà Nhì"),
        Q(610000000, "đồng"),
    ],
    [D("Quyết định", "1245", "QĐ/TU", "Ban Thường vụ Tỉnh ủy", "2024-04-02")],
    [L("Lai Châu", "province")],
    ["BÁO LAI CHÂU ĐIỆN TỬ", "Ngọc Lan", "Đồng chí Giàng A Tình tặng hoa chúc mừng đồng chí Tẩn Thị Mẩy"],
    ["lần thứ 14"],
)

write(
    "h18-quangngai-bangiao-nha-2024",
    """
Báo Quảng Ngãi
Trang chủ > Xã hội > An sinh
Chủ nhật, 25/08/2024 - 19:40

Bàn giao 25 ngôi nhà cho hộ nghèo người Hrê ở Sơn Hà

Ngày 24/8, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi phối hợp với Ngân hàng TMCP Công Thương tổ chức lễ bàn giao 25 ngôi nhà cho hộ nghèo, hộ cận nghèo người Hrê tại huyện Sơn Hà.

Mỗi ngôi nhà được hỗ trợ 60 triệu đồng, các hộ tự góp thêm khoảng 20 triệu đồng và ngày công. Tổng kinh phí hỗ trợ là 1,5 tỷ đồng.

Dự lễ bàn giao có ông Phạm Tấn Hoàng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Đinh Văn Khiêm, Bí thư Huyện ủy Sơn Hà.

Ông Đinh Văn Bích, xã Sơn Bao, vui mừng: "Nhà mới có 3 phòng, mùa mưa bão không còn lo dột nát".

Năm 2024, Mặt trận các cấp trong tỉnh đặt mục tiêu hỗ trợ xóa 1.200 nhà tạm, nhà dột nát theo phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát" do Thủ tướng Chính phủ phát động; đến nay đã khởi công 742 căn.

Đại diện các đơn vị trao chìa khóa nhà cho các hộ.

Ông Phạm Tấn Hoàng đề nghị địa phương tiếp tục vận động các hộ giữ gìn vệ sinh, không để nhà mới xuống cấp.

Bá Sơn
""",
    "2024-08-25",
    "Bàn giao 25 ngôi nhà cho hộ nghèo người Hrê ở Sơn Hà",
    {"kind": "trao_qua", "period": None, "date": "2024-08-24"},
    [
        P("Phạm Tấn Hoàng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Đinh Văn Khiêm", "Bí thư Huyện ủy Sơn Hà"),
        P("Đinh Văn Bích"),
    ],
    [
        Q(25, "ngôi nhà"),
        Q(60000000, "đồng"),
        Q(20000000, "đồng", "approx"),
        Q(1500000000, "đồng"),
        Q(1200, "nhà tạm, nhà dột nát"),
        Q(742, "căn"),
    ],
    [],
    [L("Quảng Ngãi", "province"), L("Sơn Bao", "commune")],
    ["Báo Quảng Ngãi", "Bá Sơn", "Đại diện các đơn vị trao chìa khóa nhà cho các hộ"],
    ["3 phòng"],
)
