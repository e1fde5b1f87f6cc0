from lib import D, L, P, Q, write

write(
    "h01-backan-hnd-tongket-2011",
    """
HỘI NÔNG DÂN TỈNH BẮC KẠN
Trang chủ » Tin hoạt động » Hội nghị
Thứ Năm, 29/12/2011 - 15:20

Hội Nông dân tỉnh tổng kết công tác Hội và phong trào nông dân năm 2011

Ngày 28/12, Ban Chấp hành Hội Nông dân tỉnh Bắc Kạn tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2011, triển khai nhiệm vụ năm 2012.

Dự hội nghị có đồng chí Hà Văn Thuận, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam; đồng chí Triệu Đức Lân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.

Năm 2011, các cấp Hội đã kết nạp 1.870 hội viên mới, nâng tổng số hội viên toàn tỉnh lên 62.415 hội viên. Phong trào nông dân thi đua sản xuất, kinh doanh giỏi có 18.240 hộ đăng ký, trong đó 9.615 hộ đạt danh hiệu các cấp. Quỹ Hỗ trợ nông dân tăng trưởng 1,35 tỷ đồng, cho 214 hộ vay phát triển chăn nuôi lợn đen, trồng hồng không hạt.

Hội phối hợp tổ chức 426 lớp chuyển giao khoa học kỹ thuật cho hơn 21.000 lượt nông dân; cung ứng 380 tấn phân bón trả chậm. Thực hiện Chỉ thị số 59-CT/TW của Bộ Chính trị về công tác Hội Nông dân, các cấp Hội tham gia hòa giải thành 57 vụ việc ở cơ sở.

Toàn cảnh hội nghị tổng kết.

Bà Hoàng Thị Nhung, hội viên chi hội thôn Nà Cà, chia sẻ kinh nghiệm nuôi 40 con lợn đen theo hướng hàng hóa, mỗi năm thu khoảng 120 triệu đồng.

Phát biểu tại hội nghị, đồng chí Triệu Đức Lân đề nghị các cấp Hội tiếp tục thực hiện Kết luận 61-KL/TW của Ban Bí thư, chú trọng xây dựng chi hội nghề nghiệp.

Dịp này, Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 6 tập thể, 9 cá nhân.

Thu Hà
Lượt xem: 1.034

Tin khác
- Chợ Đồn: Hội nghị giao ban khối dân vận
- Na Rì: Trao 50 suất quà cho hội viên nghèo
""",
    "2011-12-29",
    "Hội Nông dân tỉnh tổng kết công tác Hội và phong trào nông dân năm 2011",
    {"kind": "tong_ket", "period": "2011", "date": "2011-12-28"},
    [
        P("Hà Văn Thuận", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"),
        P("Triệu Đức Lân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Hoàng Thị Nhung", "hội viên chi hội thôn Nà Cà"),
    ],
    [
        Q(1870, "hội viên"),
        Q(62415, "hội viên"),
        Q(18240, "hộ"),
        Q(9615, "hộ"),
        Q(1350000000, "đồng"),
        Q(214, "hộ"),
        Q(426, "lớp chuyển giao khoa học kỹ thuật"),
        Q(21000, "lượt nông dân", "over"),
        Q(380, "tấn phân bón"),
        Q(57, "vụ việc"),
        Q(40, "con lợn đen"),
        Q(120000000, "đồng", "approx"),
        Q(6, "tập thể"),
        Q(9, "cá nhân"),
    ],
    [
        D("Chỉ thị", "59", "CT/TW", "Bộ Chính trị"),
        D("Kết luận", "61", "KL/TW", "Ban Bí thư"),
    ],
    [L("Bắc Kạn", "province")],
    ["HỘI NÔNG DÂN TỈNH BẮC KẠN", "Lượt xem", "Thu Hà", "Toàn cảnh hội nghị tổng kết"],
    [],
)

write(
    "h02-quangbinh-doan-taphuan-2012",
    """
TỈNH ĐOÀN QUẢNG BÌNH
Bạn đang ở: Trang chủ > Hoạt động Đoàn
Cập nhật: 14:05, 18/04/2012 (GMT+7)

Tập huấn nghiệp vụ công tác Đoàn cho cán bộ Đoàn cơ sở vùng biên giới

(Tỉnh đoàn) - Trong 3 ngày 16, 17 và 18/4/2012, Ban Thường vụ Tỉnh đoàn Quảng Bình tổ chức lớp tập huấn nghiệp vụ công tác Đoàn, Hội, Đội cho 95 cán bộ Đoàn chủ chốt các xã biên giới thuộc huyện Minh Hóa, Bố Trạch và Lệ Thủy.

Khai mạc lớp tập huấn có đồng chí Đinh Thị Hiền, Phó Bí thư Thường trực Tỉnh đoàn; đồng chí Cao Văn Dũng, Phó Chủ tịch Hội LHTN Việt Nam tỉnh.

Các học viên được truyền đạt kỹ năng tổ chức sinh hoạt chi đoàn, phương pháp vận động đoàn viên là người dân tộc Bru - Vân Kiều, Chứt tham gia phát triển kinh tế. Báo cáo viên Hồ Văn Bốn, Trưởng Ban Tuyên giáo Tỉnh đoàn, giới thiệu Chỉ thị 42-CT/TW của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng cho thế hệ trẻ.

Năm 2011, tuổi trẻ các xã biên giới đã tu sửa 27 km đường giao thông, xây 14 nhà văn hóa bản, giúp 310 ngày công thu hoạch lúa cho gia đình chính sách.

Quang cảnh lớp tập huấn.

Anh Hồ Xuân Nhàn, Bí thư Đoàn xã Dân Hóa, cho biết: "Lớp học giúp chúng tôi biết cách làm đề án nhỏ, tự tin hơn khi vận động thanh niên".

Kết thúc lớp tập huấn, 93 học viên được cấp giấy chứng nhận.

Nguyễn Hoàng
Số lần đọc: 688
""",
    "2012-04-18",
    "Tập huấn nghiệp vụ công tác Đoàn cho cán bộ Đoàn cơ sở vùng biên giới",
    {"kind": "tap_huan", "period": None, "date": "2012-04-16"},
    [
        P("Đinh Thị Hiền", "Phó Bí thư Thường trực Tỉnh đoàn"),
        P("Cao Văn Dũng", "Phó Chủ tịch Hội LHTN Việt Nam tỉnh"),
        P("Hồ Văn Bốn", "Báo cáo viên", "Trưởng Ban Tuyên giáo Tỉnh đoàn"),
        P("Hồ Xuân Nhàn", "Bí thư Đoàn xã Dân Hóa"),
    ],
    [
        Q(95, "cán bộ Đoàn"),
        Q(27, "km"),
        Q(14, "nhà văn hóa"),
        Q(310, "ngày công"),
        Q(93, "học viên"),
    ],
    [D("Chỉ thị", "42", "CT/TW", "Bộ Chính trị")],
    [L("Quảng Bình", "province"), L("Dân Hóa", "commune")],
    ["TỈNH ĐOÀN QUẢNG BÌNH", "Nguyễn Hoàng", "Quang cảnh lớp tập huấn"],
    ["3 ngày"],
)

write(
    "h03-soctrang-mttq-traonha-2013",
    """
Báo Sóc Trăng điện tử
Trang chủ | Chính trị | Mặt trận
08:40 | 22/01/2013

Bàn giao 18 căn nhà Đại đoàn kết cho hộ nghèo dân tộc Khmer

Sáng 21/1, Ủy ban MTTQ Việt Nam huyện Trần Đề phối hợp với Ủy ban nhân dân xã Lịch Hội Thượng tổ chức lễ bàn giao 18 căn nhà Đại đoàn kết cho hộ nghèo là đồng bào Khmer.

Mỗi căn nhà có diện tích 40 m2, trị giá 30 triệu đồng, từ nguồn Quỹ "Vì người nghèo" của tỉnh và sự đóng góp của các nhà hảo tâm. Các hộ tự góp thêm ngày công và vật liệu.

Tham dự buổi lễ có ông Lâm Văn Mẫn, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Đại đức Lý Minh Hiếu, trụ trì chùa Prey Chóp, Phó Chủ tịch Ủy ban MTTQ xã Lịch Hội Thượng.

Ông Lâm Văn Mẫn trao quyết định bàn giao nhà cho hộ ông Thạch Sang.

Theo ông Trần Văn Lam, Chủ tịch Ủy ban MTTQ Việt Nam huyện, năm 2012 toàn huyện vận động Quỹ "Vì người nghèo" được 2,4 tỷ đồng, xây mới và sửa chữa 96 căn nhà, trao 3.200 phần quà Tết cho hộ nghèo, hộ cận nghèo. Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" có 84 ấp, khóm đạt danh hiệu văn hóa.

Ông Thạch Sang, 62 tuổi, xúc động: "Cả đời làm thuê, nay gia đình tôi mới có căn nhà vững chắc để đón Tết".

Dịp này, các đơn vị còn tặng mỗi hộ 1 bao gạo 50 kg và 500.000 đồng tiền mặt.

Ngọc Hân
""",
    "2013-01-22",
    "Bàn giao 18 căn nhà Đại đoàn kết cho hộ nghèo dân tộc Khmer",
    {"kind": "trao_qua", "period": None, "date": "2013-01-21"},
    [
        P("Lâm Văn Mẫn", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Lý Minh Hiếu", "Đại đức", "trụ trì chùa Prey Chóp", "Phó Chủ tịch Ủy ban MTTQ xã Lịch Hội Thượng"),
        P("Trần Văn Lam", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
        P("Thạch Sang"),
    ],
    [
        Q(18, "căn nhà Đại đoàn kết"),
        Q(40, "m2"),
        Q(30000000, "đồng"),
        Q(2400000000, "đồng"),
        Q(96, "căn nhà"),
        Q(3200, "phần quà"),
        Q(84, "ấp, khóm"),
        Q(1, "bao gạo"),
        Q(500000, "đồng"),
    ],
    [],
    [L("Sóc Trăng", "province"), L("Lịch Hội Thượng", "commune")],
    ["Báo Sóc Trăng điện tử", "Ngọc Hân", "Ông Lâm Văn Mẫn trao quyết định bàn giao nhà cho hộ ông Thạch Sang"],
    ["62 tuổi", "50 kg"],
)

write(
    "h04-laocai-batxat-soket-2014",
    """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁT XÁT
Tin tức - Sự kiện » Hoạt động các cơ quan
Ngày đăng 11/07/2014 | 09:12

Khối dân vận huyện Bát Xát sơ kết công tác 6 tháng đầu năm

Ngày 10/7, Ban Dân vận Huyện ủy Bát Xát tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm.

Chủ trì hội nghị có đồng chí Vàng Seo Dín, Phó Bí thư Thường trực Huyện ủy; đồng chí Lý Thị Xuân, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện.

6 tháng qua, khối dân vận đã tuyên truyền, vận động nhân dân không nghe theo kẻ xấu truyền đạo trái pháp luật; 23 hộ người Mông ở xã Y Tý đã tự nguyện từ bỏ tà đạo. Phong trào "Dân vận khéo" có 37 mô hình, trong đó nổi bật là mô hình "Bản không có người nghiện ma túy". Nhân dân hiến 6.500 m2 đất, đóng góp hơn 1.200 ngày công để làm 9 km đường bê tông nội bản.

Các đoàn thể giúp 158 hộ nghèo vay vốn với tổng số tiền 5,6 tỷ đồng; tổ chức 64 buổi tuyên truyền pháp luật cho khoảng 7.300 lượt người.

Đồng chí Lý Thị Xuân phát biểu tại hội nghị.

Tại hội nghị, các đại biểu thảo luận việc thực hiện Quyết định 217-QĐ/TW và Quyết định 218-QĐ/TW của Bộ Chính trị; đề xuất tăng phụ cấp cho người có uy tín. Đồng chí Vàng Seo Dín đề nghị 6 tháng cuối năm tiếp tục thực hiện Quy chế công tác dân vận của hệ thống chính trị, phấn đấu xóa 120 nhà tạm.

Phạm Hòa
Lượt truy cập: 20.418
""",
    "2014-07-11",
    "Khối dân vận huyện Bát Xát sơ kết công tác 6 tháng đầu năm",
    {"kind": "so_ket", "period": "2014-H1", "date": "2014-07-10"},
    [
        P("Vàng Seo Dín", "Phó Bí thư Thường trực Huyện ủy"),
        P("Lý Thị Xuân", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
    ],
    [
        Q(23, "hộ người Mông"),
        Q(37, "mô hình"),
        Q(6500, "m2"),
        Q(1200, "ngày công", "over"),
        Q(9, "km"),
        Q(158, "hộ nghèo"),
        Q(5600000000, "đồng"),
        Q(64, "buổi tuyên truyền pháp luật"),
        Q(7300, "lượt người", "approx"),
        Q(120, "nhà tạm"),
    ],
    [
        D("Quyết định", "217", "QĐ/TW", "Bộ Chính trị"),
        D("Quyết định", "218", "QĐ/TW", "Bộ Chính trị"),
    ],
    [L("Y Tý", "commune")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁT XÁT", "Phạm Hòa", "Lượt truy cập", "Đồng chí Lý Thị Xuân phát biểu tại hội nghị"],
    ["6 tháng"],
)

write(
    "h05-binhdinh-congdoan-doithoai-2015",
    """
LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH ĐỊNH
Trang chủ > Tin tức > Hoạt động công đoàn
17/09/2015 - 16:45

Chủ tịch UBND tỉnh đối thoại với công nhân lao động Khu công nghiệp Phú Tài

Chiều 16/9, Liên đoàn Lao động tỉnh Bình Định phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với công nhân lao động các doanh nghiệp trong Khu công nghiệp Phú Tài năm 2015.

Chủ trì đối thoại có đồng chí Hồ Quốc Dũng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Nguyễn Thị Thu Hương, Chủ tịch Liên đoàn Lao động tỉnh.

Tham dự có gần 300 đoàn viên, người lao động đại diện cho 46 doanh nghiệp. Công nhân đã nêu 21 ý kiến về tiền lương, bữa ăn ca, nhà trọ và việc một số doanh nghiệp chậm đóng bảo hiểm xã hội.

Chị Trần Thị Bích, công nhân Công ty cổ phần Gỗ Đức Thành, phản ánh giá phòng trọ tăng trong khi lương chỉ khoảng 3,5 triệu đồng/tháng.

Trả lời, đồng chí Hồ Quốc Dũng cho biết tỉnh sẽ xây dựng 500 căn hộ nhà ở xã hội cho công nhân theo Nghị định 188/2013/NĐ-CP của Chính phủ; yêu cầu 12 doanh nghiệp đang nợ bảo hiểm xã hội hơn 7 tỷ đồng khắc phục trước ngày 31/12.

Công nhân nêu ý kiến tại buổi đối thoại.

Năm 2015, các cấp công đoàn tỉnh đã tổ chức 218 cuộc đối thoại tại nơi làm việc, thương lượng ký mới 64 thỏa ước lao động tập thể.

Minh Khôi
""",
    "2015-09-17",
    "Chủ tịch UBND tỉnh đối thoại với công nhân lao động Khu công nghiệp Phú Tài",
    {"kind": "doi_thoai", "period": "2015", "date": "2015-09-16"},
    [
        P("Hồ Quốc Dũng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
        P("Nguyễn Thị Thu Hương", "Chủ tịch Liên đoàn Lao động tỉnh"),
        P("Trần Thị Bích", "công nhân Công ty cổ phần Gỗ Đức Thành"),
    ],
    [
        Q(300, "đoàn viên, người lao động", "approx"),
        Q(46, "doanh nghiệp"),
        Q(21, "ý kiến"),
        Q(3500000, "đồng", "approx"),
        Q(500, "căn hộ nhà ở xã hội"),
        Q(12, "doanh nghiệp"),
        Q(7000000000, "đồng", "over"),
        Q(218, "cuộc đối thoại"),
        Q(64, "thỏa ước lao động tập thể"),
    ],
    [D("Nghị định", "188", "2013/NĐ-CP", "Chính phủ")],
    [L("Bình Định", "province")],
    ["LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH ĐỊNH", "Minh Khôi", "Công nhân nêu ý kiến tại buổi đối thoại"],
    [],
)

write(
    "h06-dienbien-lhpn-giaoban-q3-2016",
    """
Hội LHPN tỉnh Điện Biên
Trang chủ › Hoạt động Hội › Tin cơ sở
[ 30/09/2016 ]

Hội LHPN huyện Tuần Giáo giao ban công tác Hội quý III

Ngày 29/9/2016, Ban Thường vụ Hội LHPN huyện Tuần Giáo tổ chức hội nghị giao ban công tác Hội quý III năm 2016.

Dự và chỉ đạo hội nghị có đồng chí Lò Thị Luyến, Phó Chủ tịch Hội LHPN tỉnh; đồng chí Quàng Văn Hặc, Phó Trưởng Ban Dân vận Huyện ủy Tuần Giáo.

Trong quý III, các cơ sở Hội đã kết nạp 215 hội viên mới; tổ chức 48 buổi sinh hoạt chuyên đề về phòng, chống mua bán người và tảo hôn cho hơn 2.600 lượt hội viên. Hội phối hợp Ngân hàng Chính sách xã hội giải ngân 3,2 tỷ đồng cho 96 hộ phụ nữ nghèo; thành lập mới 5 tổ hợp tác dệt thổ cẩm của phụ nữ Thái.

Chị Lường Thị Ban, Chủ tịch Hội LHPN xã Quài Tở, chia sẻ cách vận động chị em người Mông không sinh con thứ ba. Xã đã có 14 chi hội không có trẻ em bỏ học.

Hội viên tổ dệt thổ cẩm xã Quài Tở.

Kết luận hội nghị, đồng chí Lò Thị Luyến đề nghị quý IV các cơ sở Hội tập trung thực hiện Đề án 938 của Thủ tướng Chính phủ, tổ chức tốt Ngày Phụ nữ Việt Nam 20/10.

Mai Anh
Lượt xem: 402
""",
    "2016-09-30",
    "Hội LHPN huyện Tuần Giáo giao ban công tác Hội quý III",
    {"kind": "giao_ban", "period": "2016-Q3", "date": "2016-09-29"},
    [
        P("Lò Thị Luyến", "Phó Chủ tịch Hội LHPN tỉnh"),
        P("Quàng Văn Hặc", "Phó Trưởng Ban Dân vận Huyện ủy Tuần Giáo"),
        P("Lường Thị Ban", "Chủ tịch Hội LHPN xã Quài Tở"),
    ],
    [
        Q(215, "hội viên"),
        Q(48, "buổi sinh hoạt chuyên đề"),
        Q(2600, "lượt hội viên", "over"),
        Q(3200000000, "đồng"),
        Q(96, "hộ phụ nữ nghèo"),
        Q(5, "tổ hợp tác dệt thổ cẩm"),
        Q(14, "chi hội"),
    ],
    [D("Đề án", "938", None, "Thủ tướng Chính phủ")],
    [L("Điện Biên", "province"), L("Quài Tở", "commune")],
    ["Hội LHPN tỉnh Điện Biên", "Mai Anh", "Hội viên tổ dệt thổ cẩm xã Quài Tở"],
    [],
)
