from lib import *

PAGES = []

# b737 Kiên Giang, Hội Chữ thập đỏ tỉnh, sơ kết 6 tháng đầu năm 2019
PAGES.append(page("b737-kiengiang-hctd-soket-2019", """
BÁO KIÊN GIANG ĐIỆN TỬ
Trang chủ | Xã hội | Nhân đạo - Từ thiện
Thứ Tư, 10/07/2019 - 14:10
Ảnh: Quang cảnh hội nghị sơ kết.
Hội Chữ thập đỏ tỉnh vận động trên 18 tỷ đồng chăm lo người nghèo
Ngày 9/7, Hội Chữ thập đỏ tỉnh Kiên Giang tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2019. Trong 6 tháng qua, các cấp Hội đã vận động trên 18 tỷ đồng chăm lo cho người nghèo, người có hoàn cảnh khó khăn.
Dự hội nghị có bà Đỗ Thị Ngọc Hạnh, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Danh Út, Chủ tịch Hội Chữ thập đỏ tỉnh; các ông, bà: Trần Văn Bình, Thị Sa Phiên, Huỳnh Quốc Việt - Phó Chủ tịch Hội Chữ thập đỏ tỉnh; cùng lãnh đạo Hội Chữ thập đỏ 15 huyện, thành phố.
Theo báo cáo, từ nguồn vận động, Hội đã trao 9.420 phần quà Tết cho hộ nghèo, nạn nhân chất độc da cam; xây dựng, sửa chữa 46 căn nhà nhân đạo cho hộ nghèo người Khmer, mỗi căn hỗ trợ từ 30 đến 50 triệu đồng. Phong trào hiến máu tình nguyện tiếp nhận được 6.850 đơn vị máu, đạt 57% kế hoạch năm. Chương trình "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo" kết nối giúp đỡ 1.120 địa chỉ.
Thực hiện Chỉ thị 43-CT/TW của Ban Bí thư và Kết luận 22-KL/TW của Ban Bí thư về tiếp tục thực hiện Chỉ thị 43, Hội đã phối hợp Sở Y tế tập huấn sơ cấp cứu cho 2.300 tình nguyện viên, thành lập thêm 12 đội sơ cấp cứu ở các xã ven biển, đảo; tổ chức 18 đợt khám bệnh, phát thuốc miễn phí cho 5.600 lượt người ở huyện Giang Thành, Kiên Hải.
Ông Danh Út phát biểu tại hội nghị. Ảnh: Thúy Kiều
Tại hội nghị, ông Lâm Văn Hên, Chủ tịch Hội Chữ thập đỏ xã Vĩnh Hòa Hưng Bắc (huyện Gò Quao), chia sẻ kinh nghiệm vận động chùa Khmer và các vị sư sãi tham gia công tác nhân đạo. Bà Nguyễn Thị Mỹ Tiên, Chủ tịch Hội Chữ thập đỏ huyện Phú Quốc, đề nghị tỉnh hỗ trợ áo phao, dụng cụ cứu hộ cho ngư dân.
Bà Đỗ Thị Ngọc Hạnh đề nghị các cấp Hội bám sát Kế hoạch 118-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận 22-KL/TW, tăng cường công khai, minh bạch nguồn lực nhân đạo, không để xảy ra trục lợi.
6 tháng cuối năm, Hội phấn đấu vận động thêm 10 tỷ đồng, hoàn thành 30 căn nhà nhân đạo trước Tết Canh Tý.
Các đại biểu cũng thống nhất tiếp tục duy trì bếp ăn từ thiện tại bệnh viện tỉnh, tủ bánh mì và nồi cháo nghĩa tình ở các bệnh viện tuyến huyện; đẩy mạnh kết nối các nhà hảo tâm, doanh nghiệp, sư sãi, chức sắc tôn giáo cùng chung tay chăm lo cho người nghèo, người khuyết tật, trẻ em mồ côi.
Thúy Kiều
Tin cùng chuyên mục
- Trao 200 phần quà cho người dân huyện đảo Kiên Hải (02/07/2019)
- Hiến máu tình nguyện "Hành trình Đỏ" năm 2019 (25/06/2019)
- Hội Chữ thập đỏ Hà Tiên trao nhà nhân đạo (18/06/2019)
- Phát động Tháng Nhân đạo năm 2019 (08/05/2019)
- Hội Chữ thập đỏ huyện An Minh trao 50 xe đạp cho học sinh nghèo (28/04/2019)
- Tập huấn kỹ năng truyền thông cho cán bộ Hội cơ sở (15/04/2019)
Báo Kiên Giang - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Kiên Giang. Giấy phép số 51/GP-BTTTT. Địa chỉ: 1 Lê Lợi, thành phố Rạch Giá. Điện thoại: 0297.3862.xxx. Ghi rõ nguồn "Báo Kiên Giang" khi phát hành lại thông tin từ website này.
""",
    "2019-07-10", "Hội Chữ thập đỏ tỉnh vận động trên 18 tỷ đồng chăm lo người nghèo",
    E("so_ket", "2019-H1", "2019-07-09"),
    [P("Đỗ Thị Ngọc Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Danh Út", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
     P("Trần Văn Bình", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
     P("Thị Sa Phiên", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
     P("Huỳnh Quốc Việt", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh"),
     P("Lâm Văn Hên", "Chủ tịch Hội Chữ thập đỏ xã Vĩnh Hòa Hưng Bắc"),
     P("Nguyễn Thị Mỹ Tiên", "Chủ tịch Hội Chữ thập đỏ huyện Phú Quốc")],
    [Q("trên 18 tỷ đồng", 18000000000, "đồng", "over"),
     Q("15 huyện, thành phố", 15, "huyện, thành phố"),
     Q("9.420 phần quà Tết", 9420, "phần quà Tết"),
     Q("46 căn nhà nhân đạo", 46, "căn nhà nhân đạo"),
     Q("30", 30000000, "đồng"),
     Q("50 triệu đồng", 50000000, "đồng"),
     Q("6.850 đơn vị máu", 6850, "đơn vị máu"),
     Q("57%", 57, "%"),
     Q("1.120 địa chỉ", 1120, "địa chỉ"),
     Q("2.300 tình nguyện viên", 2300, "tình nguyện viên"),
     Q("12 đội sơ cấp cứu", 12, "đội sơ cấp cứu"),
     Q("18 đợt", 18, "đợt"),
     Q("5.600 lượt người", 5600, "lượt người"),
     Q("10 tỷ đồng", 10000000000, "đồng"),
     Q("30 căn nhà nhân đạo", 30, "căn nhà nhân đạo")],
    [D("Chỉ thị", "43", "CT/TW", issuer="Ban Bí thư", surface="Chỉ thị 43-CT/TW"),
     D("Kết luận", "22", "KL/TW", issuer="Ban Bí thư", surface="Kết luận 22-KL/TW"),
     D("Kế hoạch", "118", "KH/TU", issuer="Ban Thường vụ Tỉnh ủy", surface="Kế hoạch 118-KH/TU")],
    [prov("Kiên Giang"), com("Vĩnh Hòa Hưng Bắc")],
    ["BÁO KIÊN GIANG ĐIỆN TỬ", "Trang chủ | Xã hội | Nhân đạo - Từ thiện", "Ảnh: Quang cảnh hội nghị sơ kết.",
     "Ông Danh Út phát biểu tại hội nghị. Ảnh: Thúy Kiều", "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo",
     "Khmer", "Thúy Kiều", "Tết Canh Tý"],
    ["Thứ Tư, 10/07/2019 - 14:10", "6 tháng đầu năm", "6 tháng cuối năm 2019", "Ngày 9/7", "Chỉ thị 43, Hội"]))

# b738 Hà Nam, Hội LHPN tỉnh, giao ban quý II/2020
PAGES.append(page("b738-hanam-lhpn-giaoban-2020", """
hoilhpn.hanam.gov.vn - Cổng thông tin Hội Liên hiệp Phụ nữ tỉnh Hà Nam
Trang chủ > Hoạt động > Tin hoạt động Hội
09/07/2020 | 09:35
Hội LHPN tỉnh giao ban công tác quý II năm 2020
Sáng 8/7, Ban Thường vụ Hội LHPN tỉnh Hà Nam tổ chức hội nghị giao ban công tác Hội quý II, triển khai nhiệm vụ quý III năm 2020 với Ban Thường vụ Hội LHPN 6 huyện, thị xã, thành phố.
Chủ trì hội nghị có đồng chí Trần Thị Thu Hương, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Nguyễn Thị Bích Ngọc, Đinh Thị Lành. Dự hội nghị có đồng chí Lại Văn Hà, Phó Trưởng Ban Dân vận Tỉnh ủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Toàn cảnh hội nghị giao ban.
Quý II, mặc dù chịu ảnh hưởng của dịch Covid-19, các cấp Hội đã linh hoạt tổ chức hoạt động. Hưởng ứng phong trào "Phụ nữ chung tay phòng, chống dịch Covid-19", hội viên đã may và phát 52.000 chiếc khẩu trang vải, đóng góp 1.860 suất quà cho lực lượng tuyến đầu và các khu cách ly với tổng trị giá 685 triệu đồng; tổ chức 34 "Cây gạo nghĩa tình" hỗ trợ 21 tấn gạo cho lao động mất việc làm.
Thực hiện Đề án 939 về hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025, Hội đã hỗ trợ thành lập 7 hợp tác xã, 25 tổ hợp tác do phụ nữ làm chủ; 260 phụ nữ được hướng dẫn ý tưởng khởi nghiệp. Hội tiếp tục thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị và Chương trình phối hợp 02/CTPH-HLHPN-CAT giữa Hội LHPN tỉnh và Công an tỉnh về phòng, chống bạo lực gia đình, mua bán người; ra mắt 18 mô hình "Địa chỉ tin cậy tại cộng đồng".
Đồng chí Lại Văn Hà đánh giá cao các hoạt động của Hội, đề nghị quý III tập trung tuyên truyền Đại hội Đảng bộ các cấp, chuẩn bị tốt Đại hội Đảng bộ tỉnh lần thứ XX; tích cực tham gia giám sát, phản biện xã hội theo Quyết định 217-QĐ/TW của Bộ Chính trị.
Chị Trần Thị Nhàn, Chủ tịch Hội LHPN xã Thanh Hà (huyện Thanh Liêm), vừa được bổ nhiệm làm Phó Chủ tịch UBND xã, báo cáo cách làm giúp chị em làng nghề thêu ren khôi phục sản xuất sau dịch. Bà Vũ Thị Hoa, Chủ tịch Hội LHPN huyện Lý Nhân, đề nghị tỉnh tăng nguồn vốn ủy thác cho hội viên tái sản xuất.
Kết luận hội nghị, đồng chí Trần Thị Thu Hương yêu cầu các cấp Hội tiếp tục thực hiện cuộc vận động "Xây dựng gia đình 5 không, 3 sạch", phấn đấu đến cuối quý III kết nạp thêm 1.500 hội viên mới, giúp 120 hộ phụ nữ nghèo thoát nghèo.
Các đại biểu cũng thảo luận về việc chuẩn bị tổng kết 10 năm thực hiện Chỉ thị của Ban Bí thư về công tác phụ nữ, kiện toàn cán bộ Hội cấp xã sau sắp xếp thôn, tổ dân phố; đề nghị có cơ chế hỗ trợ chi hội trưởng phụ nữ ở những thôn có quy mô dân số lớn.
Thu Trang
Lượt truy cập: 4.215
Tin khác
- Trao 40 suất học bổng "Thắp sáng ước mơ" cho học sinh nghèo (30/06/2020)
- Hội LHPN Duy Tiên ra mắt câu lạc bộ nữ doanh nhân (22/06/2020)
- Tập huấn kỹ năng tuyên truyền trực tuyến cho cán bộ Hội (15/06/2020)
- Phụ nữ Kim Bảng chung tay xây dựng nông thôn mới kiểu mẫu (05/06/2020)
Cơ quan chủ quản: Hội Liên hiệp Phụ nữ tỉnh Hà Nam. Địa chỉ: đường Trần Phú, thành phố Phủ Lý. Điện thoại: 0226.3852.xxx. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""",
    "2020-07-09", "Hội LHPN tỉnh giao ban công tác quý II năm 2020",
    E("giao_ban", "2020-Q2", "2020-07-08"),
    [P("Trần Thị Thu Hương", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
     P("Nguyễn Thị Bích Ngọc", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Đinh Thị Lành", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Lại Văn Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Trần Thị Nhàn", "Chủ tịch Hội LHPN xã Thanh Hà", "Phó Chủ tịch UBND xã"),
     P("Vũ Thị Hoa", "Chủ tịch Hội LHPN huyện Lý Nhân")],
    [Q("6 huyện, thị xã, thành phố", 6, "huyện, thị xã, thành phố"),
     Q("52.000 chiếc khẩu trang vải", 52000, "chiếc khẩu trang vải"),
     Q("1.860 suất quà", 1860, "suất quà"),
     Q("685 triệu đồng", 685000000, "đồng"),
     Q("34 \"Cây gạo nghĩa tình\"", 34, "Cây gạo nghĩa tình"),
     Q("21 tấn", 21, "tấn"),
     Q("7 hợp tác xã", 7, "hợp tác xã"),
     Q("25 tổ hợp tác", 25, "tổ hợp tác"),
     Q("260 phụ nữ", 260, "phụ nữ"),
     Q("18 mô hình", 18, "mô hình"),
     Q("1.500 hội viên mới", 1500, "hội viên mới"),
     Q("120 hộ phụ nữ nghèo", 120, "hộ phụ nữ nghèo")],
    [D("Đề án", "939", None, surface="Đề án 939"),
     D("Chỉ thị", "05", "CT/TW", issuer="Bộ Chính trị", surface="Chỉ thị 05-CT/TW"),
     D("Chương trình phối hợp", "02", "CTPH-HLHPN-CAT", surface="Chương trình phối hợp 02/CTPH-HLHPN-CAT"),
     D("Quyết định", "217", "QĐ/TW", issuer="Bộ Chính trị", surface="Quyết định 217-QĐ/TW")],
    [prov("Hà Nam"), com("Thanh Hà")],
    ["hoilhpn.hanam.gov.vn - Cổng thông tin Hội Liên hiệp Phụ nữ tỉnh Hà Nam", "Trang chủ > Hoạt động > Tin hoạt động Hội",
     "Toàn cảnh hội nghị giao ban.", "Phụ nữ chung tay phòng, chống dịch Covid-19", "Địa chỉ tin cậy tại cộng đồng",
     "Xây dựng gia đình 5 không, 3 sạch", "Thu Trang", "Lượt truy cập: 4.215"],
    ["09/07/2020 | 09:35", "quý II", "quý III năm 2020", "Covid-19", "2017 - 2025", "lần thứ XX", "5 không, 3 sạch",
     "10 năm", "Lượt truy cập: 4.215"]))

# b739 Quảng Trị, Hội CCB tỉnh + Bộ CHQS tỉnh, trao quà sau lũ 2020
PAGES.append(page("b739-quangtri-ccb-traoqua-2020", """
Báo Quảng Trị
Tin tức > Xã hội > Chung tay cùng vùng lũ
Cập nhật: 10:15, 05/11/2020 (GMT+7)
Đại tá Hồ Thanh Tùng trao quà cho hội viên Cựu chiến binh xã Hải Sơn.
Trao 800 suất quà cho hội viên Cựu chiến binh và người dân bị thiệt hại do lũ
QTO - Trong 2 ngày 3 và 4/11, Hội Cựu chiến binh tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh trao 800 suất quà cho hội viên Cựu chiến binh và người dân bị thiệt hại nặng do mưa lũ tại các huyện Hải Lăng, Triệu Phong, Hướng Hóa và Đakrông.
Đoàn do Đại tá Hồ Thanh Tùng, Chủ tịch Hội CCB tỉnh và Đại tá Lê Văn Hoàng, Chính ủy Bộ Chỉ huy Quân sự tỉnh, dẫn đầu. Cùng đi có Thượng tá Nguyễn Đức Vĩnh, Phó Chủ nhiệm Chính trị Bộ Chỉ huy Quân sự tỉnh; ông Trương Công Sinh, Phó Chủ tịch Hội CCB tỉnh.
Mỗi suất quà trị giá 1 triệu đồng, gồm tiền mặt, gạo, mì tôm và nước uống; tổng giá trị 800 triệu đồng, do Trung ương Hội CCB Việt Nam, Bộ Tư lệnh Quân khu 4 và các doanh nghiệp của cựu chiến binh ủng hộ. Riêng tại xã Hải Sơn (huyện Hải Lăng) đoàn trao 150 suất quà; tại xã A Bung (huyện Đakrông) trao 120 suất quà cho đồng bào Pa Cô, Vân Kiều.
Ông Hồ Văn Thoại, Chủ tịch Hội CCB xã A Bung, cho biết đợt lũ vừa qua đã làm 9 hộ hội viên mất trắng nhà cửa, hơn 40 ha hoa màu bị vùi lấp. Già làng Hồ Văn Lai, thôn A La, cảm ơn bộ đội đã kịp thời sơ tán 68 hộ ra khỏi vùng sạt lở.
Trước đó, thực hiện Công văn 1235/BCH-CT của Bộ Chỉ huy Quân sự tỉnh, lực lượng vũ trang tỉnh đã huy động hơn 5.200 lượt cán bộ, chiến sĩ, dân quân tự vệ giúp dân dọn dẹp bùn đất, khắc phục hậu quả mưa lũ; vận chuyển 46 tấn hàng cứu trợ đến các vùng bị chia cắt. Hội CCB tỉnh ban hành Kế hoạch 86-KH/CCB về vận động hội viên ủng hộ đồng đội vùng lũ, đến nay đã tiếp nhận 1,65 tỷ đồng.
Đại tá Hồ Thanh Tùng đề nghị các cấp Hội phát huy phẩm chất "Bộ đội Cụ Hồ", tinh thần "Nghĩa tình đồng đội", tiếp tục nắm tình hình, hỗ trợ hội viên sửa chữa nhà cửa, khôi phục sản xuất sau lũ, không để hội viên nào bị đói, rét.
Cùng ngày, đoàn đến thăm hỏi, động viên gia đình liệt sĩ hy sinh trong khi làm nhiệm vụ cứu hộ, cứu nạn tại Thủy điện Rào Trăng 3, trao tặng 10 triệu đồng.
Đợt mưa lũ lịch sử kéo dài nhiều ngày đã khiến hàng nghìn ngôi nhà bị ngập sâu, nhiều tuyến đường sạt lở, chia cắt. Tại các điểm trao quà, nhiều cựu chiến binh tuổi cao vẫn xung phong cùng bộ đội dọn dẹp trường học, trạm y tế, giúp các gia đình neo đơn dựng lại chuồng trại, gieo trồng lại rau màu.
Hoàng Hà - Lê Trường
Bài viết liên quan
- Chiến sĩ Biên phòng giúp dân Hướng Hóa khắc phục hậu quả sạt lở (01/11/2020)
- Hội LHPN tỉnh trao quà cho phụ nữ vùng lũ (28/10/2020)
- Cựu chiến binh Gio Linh quyên góp ủng hộ đồng đội (25/10/2020)
- Bộ Chỉ huy Quân sự tỉnh giúp dân Triệu Phong dọn bùn sau lũ (22/10/2020)
- Đoàn Thanh niên tỉnh tiếp nhận hàng cứu trợ từ các tỉnh bạn (20/10/2020)
- Hội CCB Vĩnh Linh sơ tán người dân vùng trũng (18/10/2020)
Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị. Địa chỉ: 244 Hùng Vương, thành phố Đông Hà. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""",
    "2020-11-05", "Trao 800 suất quà cho hội viên Cựu chiến binh và người dân bị thiệt hại do lũ",
    E("trao_qua", None, "2020-11-03"),
    [P("Hồ Thanh Tùng", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
     P("Lê Văn Hoàng", "Đại tá", "Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
     P("Nguyễn Đức Vĩnh", "Thượng tá", "Phó Chủ nhiệm Chính trị Bộ Chỉ huy Quân sự tỉnh"),
     P("Trương Công Sinh", "Phó Chủ tịch Hội CCB tỉnh"),
     P("Hồ Văn Thoại", "Chủ tịch Hội CCB xã A Bung"),
     P("Hồ Văn Lai", "Già làng")],
    [Q("800 suất quà", 800, "suất quà"),
     Q("1 triệu đồng", 1000000, "đồng"),
     Q("800 triệu đồng", 800000000, "đồng"),
     Q("150 suất quà", 150, "suất quà"),
     Q("120 suất quà", 120, "suất quà"),
     Q("9 hộ hội viên", 9, "hộ hội viên"),
     Q("hơn 40 ha", 40, "ha", "over"),
     Q("68 hộ", 68, "hộ"),
     Q("hơn 5.200 lượt cán bộ, chiến sĩ, dân quân tự vệ", 5200, "lượt cán bộ, chiến sĩ, dân quân tự vệ", "over"),
     Q("46 tấn", 46, "tấn"),
     Q("1,65 tỷ đồng", 1650000000, "đồng"),
     Q("10 triệu đồng", 10000000, "đồng")],
    [D("Công văn", "1235", "BCH-CT", issuer="Bộ Chỉ huy Quân sự tỉnh", surface="Công văn 1235/BCH-CT"),
     D("Kế hoạch", "86", "KH/CCB", issuer="Hội CCB tỉnh", surface="Kế hoạch 86-KH/CCB")],
    [prov("Quảng Trị"), com("Hải Sơn"), com("A Bung")],
    ["Báo Quảng Trị", "Tin tức > Xã hội > Chung tay cùng vùng lũ",
     "Đại tá Hồ Thanh Tùng trao quà cho hội viên Cựu chiến binh xã Hải Sơn.", "QTO", "Pa Cô, Vân Kiều", "thôn A La",
     "Bộ đội Cụ Hồ", "Nghĩa tình đồng đội", "Hoàng Hà - Lê Trường", "Thủy điện Rào Trăng 3"],
    ["Cập nhật: 10:15, 05/11/2020 (GMT+7)", "2 ngày", "3 và 4/11", "Quân khu 4", "Rào Trăng 3"]))

# b740 Bình Dương, LĐLĐ tỉnh, đối thoại với công nhân 2021
PAGES.append(page("b740-binhduong-ldld-doithoai-2021", """
BÁO BÌNH DƯƠNG ONLINE
Chính trị > Công đoàn
Thứ Năm, 25/11/2021 - 07:30
Bí thư Tỉnh ủy đối thoại với công nhân sau giãn cách
Quang cảnh buổi đối thoại tại điểm cầu trung tâm.
(BDO) Chiều 23/11/2021, Tỉnh ủy, UBND tỉnh Bình Dương phối hợp với Liên đoàn Lao động tỉnh tổ chức chương trình Bí thư Tỉnh ủy đối thoại với công nhân lao động năm 2021. Chương trình được tổ chức trực tiếp kết hợp trực tuyến tại 12 điểm cầu, với khoảng 1.800 công nhân, đoàn viên công đoàn tham gia.
Tham dự có đồng chí Nguyễn Văn Lợi, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh; đồng chí Võ Văn Minh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Nguyễn Thị Kim Oanh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trương Thị Bích Hạnh, Chủ tịch Liên đoàn Lao động tỉnh; các đồng chí Phó Chủ tịch Liên đoàn Lao động tỉnh: Nguyễn Văn Định, Hồ Thị Ngọc Mai.
Theo báo cáo của Liên đoàn Lao động tỉnh, trong đợt dịch Covid-19 lần thứ tư, toàn tỉnh có hơn 2.200 doanh nghiệp thực hiện "3 tại chỗ"; các cấp công đoàn đã trao 486.000 phần quà, túi an sinh cho công nhân với tổng kinh phí gần 260 tỷ đồng. Thực hiện Nghị quyết 68/NQ-CP của Chính phủ và Quyết định 23/2021/QĐ-TTg của Thủ tướng Chính phủ, đã có 392.500 lượt người lao động được hỗ trợ. Hiện vẫn còn khoảng 15% công nhân chưa quay lại làm việc.
Buổi đối thoại ghi nhận 36 ý kiến trực tiếp. Chị Lò Thị Xuân, công nhân Công ty TNHH Giày Apache (người dân tộc Thái, quê Sơn La), hỏi về việc hỗ trợ tiền thuê nhà cho công nhân trọ; anh Đặng Minh Quân, Chủ tịch Công đoàn Công ty cổ phần Gỗ Thuận An, phản ánh nhiều doanh nghiệp gỗ thiếu đơn hàng, công nhân chỉ làm 4 ngày mỗi tuần. Chị Rơ Châm H'Dung, công nhân Khu công nghiệp VSIP II, đề nghị bố trí điểm tiêm vắc-xin mũi 3 ngay tại doanh nghiệp.
Trả lời, đồng chí Võ Văn Minh cho biết tỉnh đang triển khai Kế hoạch 4386/KH-UBND của UBND tỉnh về phục hồi sản xuất; sẽ hỗ trợ tiền thuê nhà 500.000 đồng/người/tháng trong 3 tháng cho lao động đang làm việc và sớm xây dựng thêm 3 thiết chế công đoàn.
Phát biểu kết luận, đồng chí Nguyễn Văn Lợi ghi nhận sự hy sinh, chia sẻ của công nhân trong thời gian giãn cách, yêu cầu các cấp ủy, chính quyền, công đoàn thực hiện tốt Chỉ thị 37-CT/TW của Ban Bí thư về xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ, quan tâm chăm lo Tết cho công nhân.
Cuối buổi, lãnh đạo tỉnh trao 1.000 phần quà cho công nhân có hoàn cảnh khó khăn, mỗi phần 1,5 triệu đồng.
Phương Lê
Tin cùng chuyên mục
- Công đoàn các Khu công nghiệp tổ chức "Chuyến xe nghĩa tình" (20/11/2021)
- Trao 5.000 túi an sinh cho công nhân ở trọ tại Thuận An (12/11/2021)
- Hơn 90% công nhân được tiêm đủ 2 mũi vắc-xin (05/11/2021)
- Liên đoàn Lao động Dĩ An thăm hỏi công nhân khó khăn (28/10/2021)
- Doanh nghiệp gỗ tuyển dụng lao động trở lại (20/10/2021)
- Công đoàn VSIP tặng quà cho con công nhân (12/10/2021)
Báo Bình Dương - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Dương. Địa chỉ: đường Đoàn Thị Liên, thành phố Thủ Dầu Một. Ghi rõ nguồn "Báo Bình Dương" khi phát hành lại thông tin từ website này.
""",
    "2021-11-25", "Bí thư Tỉnh ủy đối thoại với công nhân sau giãn cách",
    E("doi_thoai", "2021", "2021-11-23"),
    [P("Nguyễn Văn Lợi", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng Đoàn đại biểu Quốc hội tỉnh"),
     P("Võ Văn Minh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
     P("Nguyễn Thị Kim Oanh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Trương Thị Bích Hạnh", "Chủ tịch Liên đoàn Lao động tỉnh"),
     P("Nguyễn Văn Định", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
     P("Hồ Thị Ngọc Mai", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
     P("Lò Thị Xuân", "công nhân Công ty TNHH Giày Apache"),
     P("Đặng Minh Quân", "Chủ tịch Công đoàn Công ty cổ phần Gỗ Thuận An"),
     P("Rơ Châm H'Dung", "công nhân Khu công nghiệp VSIP II")],
    [Q("12 điểm cầu", 12, "điểm cầu"),
     Q("khoảng 1.800 công nhân, đoàn viên công đoàn", 1800, "công nhân, đoàn viên công đoàn", "approx"),
     Q("hơn 2.200 doanh nghiệp", 2200, "doanh nghiệp", "over"),
     Q("486.000 phần quà, túi an sinh", 486000, "phần quà, túi an sinh"),
     Q("gần 260 tỷ đồng", 260000000000, "đồng", "approx"),
     Q("392.500 lượt người lao động", 392500, "lượt người lao động"),
     Q("khoảng 15%", 15, "%", "approx"),
     Q("36 ý kiến", 36, "ý kiến"),
     Q("500.000 đồng", 500000, "đồng"),
     Q("3 thiết chế công đoàn", 3, "thiết chế công đoàn"),
     Q("1.000 phần quà", 1000, "phần quà"),
     Q("1,5 triệu đồng", 1500000, "đồng")],
    [D("Nghị quyết", "68", "NQ-CP", issuer="Chính phủ", surface="Nghị quyết 68/NQ-CP"),
     D("Quyết định", "23", "2021/QĐ-TTg", issuer="Thủ tướng Chính phủ", surface="Quyết định 23/2021/QĐ-TTg"),
     D("Kế hoạch", "4386", "KH-UBND", issuer="UBND tỉnh", surface="Kế hoạch 4386/KH-UBND"),
     D("Chỉ thị", "37", "CT/TW", issuer="Ban Bí thư", surface="Chỉ thị 37-CT/TW")],
    [prov("Bình Dương")],
    ["BÁO BÌNH DƯƠNG ONLINE", "Chính trị > Công đoàn", "Quang cảnh buổi đối thoại tại điểm cầu trung tâm.", "(BDO)",
     "Sơn La", "Thái", "Phương Lê", "VSIP II"],
    ["Thứ Năm, 25/11/2021 - 07:30", "năm 2021", "Covid-19 lần thứ tư", "3 tại chỗ", "4 ngày mỗi tuần", "mũi 3",
     "3 tháng", "Chiều 23/11/2021"]))

# b741 Lâm Đồng, Hội Nông dân tỉnh, hội nghị thông báo kết quả giám sát 2022
PAGES.append(page("b741-lamdong-hnd-giamsat-2022", """
Báo Lâm Đồng điện tử
Trang chủ » Chính trị » Mặt trận - Đoàn thể
16/06/2022 - 15:40
Ảnh: Ông Đặng Trí Dũng (giữa) chủ trì hội nghị.
Hội Nông dân tỉnh giám sát việc thực hiện chính sách hỗ trợ sản xuất nông nghiệp
(LĐ) - Ngày 14/6, Hội Nông dân tỉnh Lâm Đồng tổ chức hội nghị thông báo kết quả giám sát việc thực hiện chính sách hỗ trợ phát triển sản xuất nông nghiệp ứng dụng công nghệ cao năm 2022 tại huyện Lâm Hà và huyện Đam Rông.
Dự hội nghị có ông Đặng Trí Dũng, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh, Trưởng đoàn giám sát; bà K' Hương, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Nguyễn Minh Trí, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn; các ông, bà Hoàng Văn Sang, Ka Điều, Bon Yô Ha Phin - Phó Chủ tịch Hội Nông dân tỉnh.
Theo báo cáo, thực hiện Quyết định 217-QĐ/TW của Bộ Chính trị, Chương trình phối hợp 12/CTPH-HND-UBND giữa Hội Nông dân tỉnh và UBND tỉnh, đoàn giám sát đã làm việc với 8 xã và 46 hộ nông dân. Giai đoạn 2020 - 2022, hai huyện đã hỗ trợ xây dựng 310 ha nhà kính, nhà lưới; cấp 1.240 giấy chứng nhận VietGAP; giải ngân 186 tỷ đồng vốn vay theo Nghị quyết 05/2020/NQ-HĐND của HĐND tỉnh.
Đoàn giám sát chỉ ra một số hạn chế: việc hỗ trợ giống cây trồng còn chậm, có 17 hộ đồng bào Cơ Ho, Mạ ở xã Đạ Rsal đăng ký nhưng chưa được tiếp cận vốn; một số mô hình liên kết tiêu thụ sản phẩm chưa bền vững, giá rau giảm còn 3.000 đồng/kg vào thời điểm thu hoạch rộ.
Ông Ya Tuấn, nông dân thôn Liêng Trang, xã Đạ Rsal, kiến nghị đơn giản hóa thủ tục vay vốn cho đồng bào. Bà Trần Thị Thu, Chủ tịch Hội Nông dân xã Tân Hà (huyện Lâm Hà), đề nghị tăng mức hỗ trợ chuyển đổi cây cà phê già cỗi, hiện mới khoảng 15 triệu đồng/ha.
Ông Nguyễn Minh Trí tiếp thu các kiến nghị, cho biết Sở sẽ tham mưu UBND tỉnh điều chỉnh Kế hoạch 2145/KH-UBND, bổ sung nguồn vốn hỗ trợ đồng bào dân tộc thiểu số.
Kết luận hội nghị, ông Đặng Trí Dũng đề nghị UBND hai huyện khắc phục hạn chế trong quý III/2022; các cấp Hội tiếp tục thực hiện Quyết định 18-QĐ/HNDTW của Ban Thường vụ Trung ương Hội Nông dân Việt Nam về giám sát, phản biện xã hội.
Đoàn giám sát cũng đề nghị các xã công khai danh sách hộ được hỗ trợ tại nhà văn hóa thôn, để nông dân theo dõi, góp ý; các cấp Hội cử cán bộ hướng dẫn hội viên lập hồ sơ vay vốn, kết nối doanh nghiệp bao tiêu sản phẩm, tránh cảnh được mùa mất giá như những năm trước.
Khánh Phúc
Lượt xem: 1.112
Tin liên quan
- Nông dân Đơn Dương liên kết trồng rau an toàn (08/06/2022)
- Hội Nông dân tỉnh phản biện dự thảo quy định hỗ trợ sản xuất (30/05/2022)
- Trao 25 con bò sinh sản cho hội viên nghèo huyện Đam Rông (20/05/2022)
- Hội Nông dân Di Linh đối thoại với nông dân trồng chè (12/05/2022)
- Nông dân Lạc Dương giữ rừng, làm du lịch cộng đồng (05/05/2022)
- Hội thi nhà nông đua tài cấp tỉnh (28/04/2022)
- Hội Nông dân Bảo Lộc ký kết phối hợp với ngân hàng (20/04/2022)
- Tập huấn chuyển đổi số cho cán bộ Hội cơ sở (12/04/2022)
Báo Lâm Đồng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng. Địa chỉ: 38 Quang Trung, thành phố Đà Lạt. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""",
    "2022-06-16", "Hội Nông dân tỉnh giám sát việc thực hiện chính sách hỗ trợ sản xuất nông nghiệp",
    E("hoi_nghi", "2022", "2022-06-14"),
    [P("Đặng Trí Dũng", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh", "Trưởng đoàn giám sát"),
     P("K' Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Nguyễn Minh Trí", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
     P("Hoàng Văn Sang", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Ka Điều", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Bon Yô Ha Phin", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Ya Tuấn", "nông dân thôn Liêng Trang"),
     P("Trần Thị Thu", "Chủ tịch Hội Nông dân xã Tân Hà")],
    [Q("8 xã", 8, "xã"),
     Q("46 hộ nông dân", 46, "hộ nông dân"),
     Q("310 ha", 310, "ha"),
     Q("1.240 giấy chứng nhận VietGAP", 1240, "giấy chứng nhận VietGAP"),
     Q("186 tỷ đồng", 186000000000, "đồng"),
     Q("17 hộ", 17, "hộ"),
     Q("3.000 đồng/kg", 3000, "đồng"),
     Q("khoảng 15 triệu đồng/ha", 15000000, "đồng", "approx")],
    [D("Quyết định", "217", "QĐ/TW", issuer="Bộ Chính trị", surface="Quyết định 217-QĐ/TW"),
     D("Chương trình phối hợp", "12", "CTPH-HND-UBND", surface="Chương trình phối hợp 12/CTPH-HND-UBND"),
     D("Nghị quyết", "05", "2020/NQ-HĐND", issuer="HĐND tỉnh", surface="Nghị quyết 05/2020/NQ-HĐND"),
     D("Kế hoạch", "2145", "KH-UBND", surface="Kế hoạch 2145/KH-UBND"),
     D("Quyết định", "18", "QĐ/HNDTW", issuer="Ban Thường vụ Trung ương Hội Nông dân Việt Nam", surface="Quyết định 18-QĐ/HNDTW")],
    [prov("Lâm Đồng"), com("Đạ Rsal"), com("Tân Hà")],
    ["Báo Lâm Đồng điện tử", "Trang chủ » Chính trị » Mặt trận - Đoàn thể", "Ảnh: Ông Đặng Trí Dũng (giữa) chủ trì hội nghị.",
     "(LĐ)", "Cơ Ho, Mạ", "Liêng Trang", "VietGAP", "Khánh Phúc", "Lượt xem: 1.112"],
    ["16/06/2022 - 15:40", "năm 2022", "2020 - 2022", "quý III/2022", "Ngày 14/6", "hai huyện", "Lượt xem: 1.112"]))

# b742 Thái Bình, Tỉnh đoàn, tổng kết công tác Đoàn năm 2022
PAGES.append(page("b742-thaibinh-doan-tongket-2022", """
BÁO THÁI BÌNH ĐIỆN TỬ
Hôm nay: Thứ Sáu, 23/12/2022
Trang chủ - Chính trị - Đoàn thể
Thứ Năm, 22/12/2022 | 16:00
Tuổi trẻ Thái Bình hoàn thành 312 công trình, phần việc thanh niên
Các tập thể nhận Bằng khen của Ban Chấp hành Trung ương Đoàn.
Chiều 21/12, Ban Chấp hành Tỉnh đoàn Thái Bình tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2022, triển khai nhiệm vụ năm 2023. Năm qua, tuổi trẻ toàn tỉnh đã hoàn thành 312 công trình, phần việc thanh niên với tổng giá trị hơn 14 tỷ đồng.
Dự hội nghị có đồng chí Nguyễn Minh Triết, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Trung ương Đoàn, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam; đồng chí Phạm Văn Nghiêm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phạm Thị Hương, Tỉnh ủy viên, Bí thư Tỉnh đoàn; các đồng chí Đỗ Văn Thành, Vũ Thị Thúy Hằng - Phó Bí thư Tỉnh đoàn.
Năm 2022, thực hiện Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII và Chương trình hành động thực hiện Kết luận 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW, các cấp bộ Đoàn trong tỉnh đã tổ chức 1.650 buổi sinh hoạt chính trị với 96.000 lượt đoàn viên, thanh niên tham gia; kết nạp 7.820 đoàn viên mới; giới thiệu 2.140 đoàn viên ưu tú cho Đảng xem xét, trong đó 1.385 đoàn viên đã được kết nạp Đảng.
Phong trào "Thanh niên tình nguyện" có nhiều dấu ấn: tu sửa 86 km đường giao thông nông thôn, thắp sáng 124 km "Đường điện thanh niên", trao 1.050 suất học bổng. Tỉnh đoàn phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức tuyên truyền Luật Nghĩa vụ quân sự, động viên 2.460 thanh niên lên đường nhập ngũ. Chương trình phối hợp 09/CTPH-TĐTN-CAT với Công an tỉnh ra mắt 45 "Đội thanh niên xung kích bảo vệ an ninh trật tự".
Anh Bùi Quang Huy, Bí thư Đoàn xã Thụy Xuân (huyện Thái Thụy), vừa được bầu giữ chức Phó Chủ tịch Hội Nông dân xã, chia sẻ mô hình "Thanh niên khởi nghiệp nuôi ngao". Chị Lương Thị Ngọc Ánh, Bí thư Huyện đoàn Kiến Xương, nêu cách vận động đoàn viên là con em đồng bào Công giáo tham gia sinh hoạt Đoàn.
Phát biểu tại hội nghị, đồng chí Nguyễn Minh Triết biểu dương tuổi trẻ Thái Bình, đề nghị năm 2023 tập trung triển khai Nghị quyết Đại hội Đoàn các cấp, đẩy mạnh chuyển đổi số trong công tác Đoàn. Đồng chí Phạm Văn Nghiêm đề nghị Tỉnh đoàn thực hiện tốt Kế hoạch 41-KH/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận năm 2023, trong đó thanh niên là lực lượng xung kích.
Dịp này, Ban Chấp hành Trung ương Đoàn tặng Bằng khen cho 5 tập thể, 7 cá nhân; Tỉnh đoàn khen thưởng 24 tập thể, 41 cá nhân.
Đức Duy
Tin khác
- Tỉnh đoàn tuyên dương 36 "Thanh niên tiêu biểu làm theo lời Bác" (15/12/2022)
- Ra quân chiến dịch "Xuân tình nguyện" năm 2023 (10/12/2022)
- Đối thoại giữa lãnh đạo tỉnh với thanh niên (05/12/2022)
- Huyện đoàn Đông Hưng ra mắt câu lạc bộ thanh niên khởi nghiệp (28/11/2022)
- Tuổi trẻ Tiền Hải ra quân làm sạch bãi biển (20/11/2022)
Báo Thái Bình - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thái Bình. Địa chỉ: 10 Lý Thường Kiệt, thành phố Thái Bình. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""",
    "2022-12-22", "Tuổi trẻ Thái Bình hoàn thành 312 công trình, phần việc thanh niên",
    E("tong_ket", "2022", "2022-12-21"),
    [P("Nguyễn Minh Triết", "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", "Bí thư Trung ương Đoàn", "Chủ tịch Hội Liên hiệp Thanh niên Việt Nam"),
     P("Phạm Văn Nghiêm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Phạm Thị Hương", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"),
     P("Đỗ Văn Thành", "Phó Bí thư Tỉnh đoàn"),
     P("Vũ Thị Thúy Hằng", "Phó Bí thư Tỉnh đoàn"),
     P("Bùi Quang Huy", "Bí thư Đoàn xã Thụy Xuân", "Phó Chủ tịch Hội Nông dân xã"),
     P("Lương Thị Ngọc Ánh", "Bí thư Huyện đoàn Kiến Xương")],
    [Q("312 công trình, phần việc thanh niên", 312, "công trình, phần việc thanh niên"),
     Q("hơn 14 tỷ đồng", 14000000000, "đồng", "over"),
     Q("1.650 buổi sinh hoạt chính trị", 1650, "buổi sinh hoạt chính trị"),
     Q("96.000 lượt đoàn viên, thanh niên", 96000, "lượt đoàn viên, thanh niên"),
     Q("7.820 đoàn viên mới", 7820, "đoàn viên mới"),
     Q("2.140 đoàn viên ưu tú", 2140, "đoàn viên ưu tú"),
     Q("1.385 đoàn viên", 1385, "đoàn viên"),
     Q("86 km", 86, "km"),
     Q("124 km", 124, "km"),
     Q("1.050 suất học bổng", 1050, "suất học bổng"),
     Q("2.460 thanh niên", 2460, "thanh niên"),
     Q("45 \"Đội thanh niên xung kích bảo vệ an ninh trật tự\"", 45, "Đội thanh niên xung kích bảo vệ an ninh trật tự"),
     Q("5 tập thể", 5, "tập thể"),
     Q("7 cá nhân", 7, "cá nhân"),
     Q("24 tập thể", 24, "tập thể"),
     Q("41 cá nhân", 41, "cá nhân")],
    [D("Kết luận", "01", "KL/TW", issuer="Bộ Chính trị", surface="Kết luận 01-KL/TW"),
     D("Chỉ thị", "05", "CT/TW", surface="Chỉ thị 05-CT/TW"),
     D("Chương trình phối hợp", "09", "CTPH-TĐTN-CAT", surface="Chương trình phối hợp 09/CTPH-TĐTN-CAT"),
     D("Kế hoạch", "41", "KH/TU", issuer="Ban Thường vụ Tỉnh ủy", surface="Kế hoạch 41-KH/TU")],
    [prov("Thái Bình"), com("Thụy Xuân")],
    ["BÁO THÁI BÌNH ĐIỆN TỬ", "Hôm nay: Thứ Sáu, 23/12/2022", "Trang chủ - Chính trị - Đoàn thể",
     "Các tập thể nhận Bằng khen của Ban Chấp hành Trung ương Đoàn.", "Thanh niên tình nguyện", "Đường điện thanh niên",
     "Thanh niên khởi nghiệp nuôi ngao", "Công giáo", "Đức Duy", "Luật Nghĩa vụ quân sự"],
    ["Hôm nay: Thứ Sáu, 23/12/2022", "năm 2022", "năm 2023", "lần thứ XII", "Chiều 21/12"]))
