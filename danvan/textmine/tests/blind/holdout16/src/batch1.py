from lib import *

PAGES = []

# b341 — Sơn La, Ban Dân vận Tỉnh ủy, review of 2010 held 17/1/2011; kind and period only in the lead
PAGES.append(page("b341-sonla-bdv-tongket-2010", """
BAN DÂN VẬN TỈNH ỦY SƠN LA
Cổng thông tin điện tử Dân vận
Hôm nay: Thứ Năm, 20/01/2011
Trang chủ » Hoạt động » Tin trong tỉnh
Cập nhật lúc 09:15 ngày 19/01/2011
Khối dân vận Sơn La giúp đồng bào xây 1.236 bể chứa nước sạch
(DVSL) - Sáng 17/1, Ban Dân vận Tỉnh ủy Sơn La tổ chức hội nghị tổng kết công tác dân vận năm 2010, triển khai nhiệm vụ năm 2011. Dự hội nghị có 52 đồng chí là trưởng ban dân vận các huyện ủy, thành ủy và lãnh đạo các đoàn thể trong khối dân vận của tỉnh Sơn La.
Đồng chí Cầm Văn Thịnh phát biểu tại hội nghị. Ảnh: Minh Thu
Báo cáo do đồng chí Cầm Văn Thịnh, TUV, Trưởng Ban Dân vận Tỉnh ủy trình bày cho biết: năm 2010, thực hiện Nghị quyết 24, 25-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về công tác dân vận vùng đồng bào dân tộc thiểu số, các cấp đã vận động nhân dân hiến trên 52.300 m2 đất, góp 41.800 ngày công và 17,6 tỷ đồng để làm 386 km đường giao thông nông thôn. Riêng chương trình nước sạch đã giúp đồng bào các bản vùng cao xây 1.236 bể chứa nước sạch, mỗi bể được hỗ trợ 1,5 triệu đồng tiền xi măng.
Phong trào thi đua "Dân vận khéo" có 214 mô hình được biểu dương; 11 huyện, thành phố đã kiện toàn tổ dân vận theo Quyết định số 372-QĐ/TW của Bộ Chính trị. Ông Tòng Văn Panh, trưởng bản Nà Sài, xã Chiềng Ban chia sẻ: bản có 93 hộ thì 88 hộ đã có bể nước và nhà tiêu hợp vệ sinh.
Tại hội nghị, các Phó Trưởng Ban Dân vận Tỉnh ủy: Lò Thị Hoa, Quàng Văn Binh và Hà Thị Nhung lần lượt hướng dẫn nhiệm vụ năm 2011, trong đó tập trung vào việc thực hiện quy chế dân chủ ở cơ sở và cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Phát biểu chỉ đạo, đồng chí Lò Văn Mừng, Phó Bí thư Tỉnh ủy đề nghị khối dân vận bám bản, bám dân, nhất là ở các xã biên giới như xã Mường Lạn, xã Chiềng Khương. Dịp này, 18 tập thể và 27 cá nhân được tặng Bằng khen của UBND tỉnh.
Lò Minh
Lượt xem: 1.582
Tin liên quan
- Sơn La: Tập huấn nghiệp vụ công tác dân vận năm 2010 cho 140 cán bộ
- Hội nghị giao ban khối dân vận quý IV/2010
- Mường La vận động dân hiến 6.000 m2 đất làm đường
""",
    "2011-01-19", "Khối dân vận Sơn La giúp đồng bào xây 1.236 bể chứa nước sạch",
    E("tong_ket", "2010", "2011-01-17"),
    [P("Cầm Văn Thịnh", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Tòng Văn Panh", "trưởng bản Nà Sài"),
     P("Lò Thị Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Quàng Văn Binh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Hà Thị Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Lò Văn Mừng", "Phó Bí thư Tỉnh ủy")],
    [Q("1.236 bể chứa nước sạch", 1236, "bể chứa nước sạch"),
     Q("52 đồng chí", 52, "đồng chí"),
     Q("trên 52.300 m2", 52300, "m2", "over"),
     Q("41.800 ngày công", 41800, "ngày công"),
     Q("17,6 tỷ đồng", 17600000000, "đồng"),
     Q("386 km", 386, "km"),
     Q("1,5 triệu đồng", 1500000, "đồng"),
     Q("214 mô hình", 214, "mô hình"),
     Q("11 huyện, thành phố", 11, "huyện, thành phố"),
     Q("93 hộ", 93, "hộ"),
     Q("88 hộ", 88, "hộ"),
     Q("18 tập thể", 18, "tập thể"),
     Q("27 cá nhân", 27, "cá nhân")],
    [D("Nghị quyết", "24", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 24, 25-NQ/TU"),
     D("Nghị quyết", "25", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 24, 25-NQ/TU"),
     D("Quyết định", "372", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 372-QĐ/TW")],
    [prov("Sơn La"), com("Chiềng Ban"), com("Mường Lạn"), com("Chiềng Khương")],
    ["BAN DÂN VẬN TỈNH ỦY SƠN LA", "Cổng thông tin điện tử Dân vận", "Trang chủ » Hoạt động » Tin trong tỉnh",
     "Đồng chí Cầm Văn Thịnh phát biểu tại hội nghị. Ảnh: Minh Thu", "Dân vận khéo",
     "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "bản Nà Sài", "Lượt xem: 1.582"],
    ["Hôm nay: Thứ Năm, 20/01/2011", "Lượt xem: 1.582", "52 đồng chí", "năm 2010", "năm 2011", "Sáng 17/1"]))

# b342 — Điện Biên, Ủy ban MTTQ tỉnh, Tết gifts 9-11/1/2012; trao_qua from the lead
PAGES.append(page("b342-dienbien-mttq-traoqua-2012", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐIỆN BIÊN
Trang thông tin điện tử Mặt trận Tổ quốc
Trang chủ | Tin tức | Hoạt động Mặt trận
Thứ Sáu, 13/01/2012, 08:40 GMT+7
Trao 3.450 suất quà Tết cho hộ nghèo vùng biên
(MTĐB) - Từ ngày 9 đến 11/1, Ủy ban MTTQ Việt Nam tỉnh Điện Biên chia thành 5 đoàn công tác về các huyện biên giới của Điện Biên trao 3.450 suất quà Tết Nhâm Thìn cho hộ nghèo, gia đình chính sách trong chương trình "Xuân biên giới - Ấm lòng dân bản".
Lãnh đạo Ủy ban MTTQ tỉnh trao quà cho hộ nghèo xã Sín Thầu (thứ 2, từ trái sang).
Thực hiện Kế hoạch số 112/KH-MTTQ-BTT ngày 15/12/2011 của Ban Thường trực Ủy ban MTTQ tỉnh và chỉ thị số 05/CT-UBND của UBND tỉnh về việc chăm lo Tết cho người nghèo, mỗi suất quà trị giá 400 nghìn đồng, gồm tiền mặt và 10 kg gạo. Tổng giá trị quà đạt hơn 1,38 tỷ đồng, trích từ Quỹ "Vì người nghèo" các cấp và sự ủng hộ của doanh nghiệp; riêng số gạo trao tặng là 34,5 tấn.
Ông Giàng A Tông, Chủ tịch Ủy ban MTTQ tỉnh Điện Biên dẫn đoàn về xã Sín Thầu và xã Chung Chải, nơi cuối cùng của Tổ quốc. Bà Lầu Thị Dua và ông Lò Văn Muôn, cùng là Phó Chủ tịch Ủy ban MTTQ tỉnh dẫn các đoàn về xã Mường Nhé, xã Mường Toong. Cùng đi có Thượng tá Vừ A Páo, Chính trị viên Đồn Biên phòng A Pa Chải.
Ngoài quà Tết, các đoàn còn trao 1.200 chăn ấm và 850 bộ quần áo do các nhà hảo tâm quyên góp. Anh Vàng A Sử, hộ nghèo bản Huổi Lếch xúc động: "Năm nay nhà có gạo ăn Tết, có chăn ấm cho bọn trẻ".
Được biết, năm 2011 Mặt trận các cấp trong tỉnh đã vận động xây 265 căn nhà Đại đoàn kết, mỗi căn hỗ trợ 20 triệu đồng.
Lò Hằng
Số lượt đọc: 964
Các tin đã đưa
- Điện Biên: Hội nghị tổng kết công tác Mặt trận năm 2011
- Trao 500 suất quà cho hộ nghèo thành phố Điện Biên Phủ
- Ủy ban MTTQ tỉnh tiếp nhận 2 tỷ đồng ủng hộ Quỹ "Vì người nghèo"
""",
    "2012-01-13", "Trao 3.450 suất quà Tết cho hộ nghèo vùng biên",
    E("trao_qua", None, "2012-01-09"),
    [P("Giàng A Tông", "Chủ tịch Ủy ban MTTQ tỉnh Điện Biên"),
     P("Lầu Thị Dua", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
     P("Lò Văn Muôn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
     P("Vừ A Páo", "Thượng tá", "Chính trị viên Đồn Biên phòng A Pa Chải"),
     P("Vàng A Sử", "hộ nghèo bản Huổi Lếch")],
    [Q("3.450 suất quà Tết", 3450, "suất quà Tết"),
     Q("5 đoàn công tác", 5, "đoàn công tác"),
     Q("400 nghìn đồng", 400000, "đồng"),
     Q("10 kg", 10, "kg"),
     Q("hơn 1,38 tỷ đồng", 1380000000, "đồng", "over"),
     Q("34,5 tấn", 34.5, "tấn"),
     Q("1.200 chăn ấm", 1200, "chăn ấm"),
     Q("850 bộ quần áo", 850, "bộ quần áo"),
     Q("265 căn nhà Đại đoàn kết", 265, "căn nhà Đại đoàn kết"),
     Q("20 triệu đồng", 20000000, "đồng")],
    [D("Kế hoạch", "112", "KH-MTTQ-BTT", "2011-12-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 112/KH-MTTQ-BTT"),
     D("Chỉ thị", "05", "CT-UBND", None, "UBND tỉnh", "chỉ thị số 05/CT-UBND")],
    [prov("Điện Biên"), com("Sín Thầu"), com("Chung Chải"), com("Mường Nhé"), com("Mường Toong")],
    ["ỦY BAN MTTQ VIỆT NAM TỈNH ĐIỆN BIÊN", "Trang thông tin điện tử Mặt trận Tổ quốc",
     "Trang chủ | Tin tức | Hoạt động Mặt trận", "Xuân biên giới - Ấm lòng dân bản",
     "Lãnh đạo Ủy ban MTTQ tỉnh trao quà cho hộ nghèo xã Sín Thầu (thứ 2, từ trái sang).", "Vì người nghèo",
     "bản Huổi Lếch", "Đồn Biên phòng A Pa Chải", "Số lượt đọc: 964"],
    ["GMT+7", "Số lượt đọc: 964", "Tết Nhâm Thìn", "năm 2011", "Từ ngày 9 đến 11/1", "(thứ 2, từ trái sang)"]))

# b343 — Lai Châu, Hội Nông dân tỉnh, dialogue "năm 2013" held 14/10; kind and period only in the lead
PAGES.append(page("b343-laichau-hnd-doithoai-2013", """
HỘI NÔNG DÂN TỈNH LAI CHÂU
Trang chủ > Tin hoạt động > Tin cơ sở
Đăng ngày 16 tháng 10 năm 2013 lúc 15:30
Nông dân Tam Đường hiến kế giữ giá chè búp tươi
Ngày 14/10, Hội Nông dân tỉnh Lai Châu phối hợp với UBND huyện Tam Đường tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nông dân năm 2013. Hơn 200 hội viên nông dân của 13 xã, thị trấn đã tham dự.
Quang cảnh buổi đối thoại. Ảnh: Minh Khoa
Chủ trì đối thoại có ông Sần Văn Hậu, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Tam Đường và ông Tẩn Láo Lở, HUV, Chủ tịch Hội Nông dân huyện. Về phía tỉnh có bà Lò Thị Ín, Phó Chủ tịch Hội Nông dân tỉnh.
Tại buổi đối thoại, nông dân đã nêu 37 ý kiến, kiến nghị, tập trung vào giá chè và vốn vay. Toàn huyện hiện có 3.150 ha chè, năng suất bình quân 9,2 tấn/ha, nhưng giá chè búp tươi chỉ còn 5.500 - 6.000 đồng/kg. Ông Lý A Giàng, hội viên bản Sin Câu, xã Bản Giang đề nghị huyện mời doanh nghiệp ký hợp đồng bao tiêu.
Trả lời kiến nghị về vốn, ông Sần Văn Hậu cho biết Quỹ Hỗ trợ nông dân của huyện sẽ cho vay 30 triệu đồng/hộ; huyện tiếp tục thực hiện Nghị định số 62/2012/NĐ-CP của Chính phủ và Quyết định số 1126/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ phát triển sản xuất vùng khó khăn. Chị Chảo Thị Mẩy, tổ trưởng tổ hợp tác chè xã Hồ Thầu hỏi về giống chè mới; cán bộ phòng nông nghiệp hứa cấp 12.000 bầu chè giống cho tổ trong tháng 11.
Bà Lò Thị Ín ghi nhận trên địa bàn tỉnh Lai Châu, phong trào "Nông dân Lai Châu chung sức xây dựng nông thôn mới" đã giúp 146 hộ vươn lên khá giàu, đạt 72,4% kế hoạch cả năm.
Vàng Văn Kiên
Lượt truy cập: 3.017
Tin khác
- Tam Đường: Tập huấn kỹ thuật trồng chè cho 80 nông dân
- Hội Nông dân tỉnh Lai Châu sơ kết 6 tháng đầu năm 2013
""",
    "2013-10-16", "Nông dân Tam Đường hiến kế giữ giá chè búp tươi",
    E("doi_thoai", "2013", "2013-10-14"),
    [P("Sần Văn Hậu", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Tam Đường"),
     P("Tẩn Láo Lở", "HUV", "Chủ tịch Hội Nông dân huyện"),
     P("Lò Thị Ín", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Lý A Giàng", "hội viên bản Sin Câu"),
     P("Chảo Thị Mẩy", "tổ trưởng tổ hợp tác chè xã Hồ Thầu")],
    [Q("Hơn 200 hội viên nông dân", 200, "hội viên nông dân", "over"),
     Q("13 xã, thị trấn", 13, "xã, thị trấn"),
     Q("37 ý kiến, kiến nghị", 37, "ý kiến, kiến nghị"),
     Q("3.150 ha", 3150, "ha"),
     Q("9,2 tấn/ha", 9.2, "tấn/ha"),
     Q("5.500 - 6.000 đồng/kg", 5500, "đồng"),
     Q("5.500 - 6.000 đồng/kg", 6000, "đồng"),
     Q("30 triệu đồng/hộ", 30000000, "đồng"),
     Q("12.000 bầu chè giống", 12000, "bầu chè giống"),
     Q("146 hộ", 146, "hộ"),
     Q("72,4%", 72.4, "%")],
    [D("Nghị định", "62", "2012/NĐ-CP", None, "Chính phủ", "Nghị định số 62/2012/NĐ-CP"),
     D("Quyết định", "1126", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1126/QĐ-TTg")],
    [prov("Lai Châu"), com("Bản Giang"), com("Hồ Thầu")],
    ["HỘI NÔNG DÂN TỈNH LAI CHÂU", "Trang chủ > Tin hoạt động > Tin cơ sở", "Quang cảnh buổi đối thoại. Ảnh: Minh Khoa",
     "Nông dân Lai Châu chung sức xây dựng nông thôn mới", "bản Sin Câu", "Quỹ Hỗ trợ nông dân", "huyện Tam Đường",
     "Lượt truy cập: 3.017"],
    ["Lượt truy cập: 3.017", "năm 2013", "Ngày 14/10", "trong tháng 11"]))

# b344 — Yên Bái, Tỉnh đoàn, 6-month review 2014 held 11/7; kind and period only in the lead
PAGES.append(page("b344-yenbai-doan-soket-2014", """
TỈNH ĐOÀN YÊN BÁI
Cổng thông tin Tuổi trẻ Yên Bái
Bạn đang xem: Trang chủ / Tin tức - Sự kiện / Hoạt động Đoàn
14.07.2014 | 10:02
Tuổi trẻ Yên Bái kết nạp 2.140 đoàn viên mới
Ngày 11/7, Ban Thường vụ Tỉnh đoàn Yên Bái tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Hội nghị có sự tham gia của cán bộ Đoàn các huyện vùng cao tỉnh Yên Bái.
Anh Hoàng Văn Thức, Bí thư Tỉnh đoàn trao cờ thi đua cho các đơn vị xuất sắc.
Theo báo cáo, 6 tháng qua các cơ sở Đoàn đã kết nạp 2.140 đoàn viên mới, đạt 107% chỉ tiêu; tổ chức 58 công trình thanh niên với tổng trị giá gần 3,2 tỉ đồng; đóng góp 15.600 ngày công làm đường, kênh mương. Tỉnh đoàn phối hợp với Ngân hàng Chính sách xã hội giúp 320 hộ thanh niên vay vốn, tổng dư nợ 18 tỷ 250 triệu đồng.
Các cơ sở Đoàn đã triển khai Chỉ thị 15, 16/CT-TĐTN của Ban Thường vụ Tỉnh đoàn về đợt sinh hoạt chính trị "Tuổi trẻ Yên Bái xung kích, tình nguyện" và Hướng dẫn số 18-HD/TWĐTN của Ban Bí thư Trung ương Đoàn về thực hiện "3 trách nhiệm" trong đoàn viên.
Tại hội nghị, các đồng chí Phó Bí thư Tỉnh đoàn: Đặng Văn Tuấn, Triệu Thị Mai đã giải đáp ý kiến của 19 đồng chí bí thư huyện đoàn, thành đoàn, thị đoàn. Anh Sùng A Lồng, Bí thư Đoàn xã Púng Luông chia sẻ cách đưa 46 thanh niên Mông đi học nghề tại xã Púng Luông và các xã lân cận.
Cũng tại hội nghị, chị Lò Thị Phanh được Ban Chấp hành Tỉnh đoàn tín nhiệm bầu giữ chức Phó Bí thư Tỉnh đoàn nhiệm kỳ 2012 - 2017.
Tuổi trẻ Yên Bái
Lượt xem: 742
TIN CÙNG CHUYÊN MỤC
- Yên Bái: 1.000 đoàn viên ra quân Chiến dịch Thanh niên tình nguyện hè 2014
- Tỉnh đoàn giao ban công tác Đoàn quý I/2014
""",
    "2014-07-14", "Tuổi trẻ Yên Bái kết nạp 2.140 đoàn viên mới",
    E("so_ket", "2014-H1", "2014-07-11"),
    [P("Hoàng Văn Thức", "Bí thư Tỉnh đoàn"),
     P("Đặng Văn Tuấn", "Phó Bí thư Tỉnh đoàn"),
     P("Triệu Thị Mai", "Phó Bí thư Tỉnh đoàn"),
     P("Sùng A Lồng", "Bí thư Đoàn xã Púng Luông"),
     P("Lò Thị Phanh", "Phó Bí thư Tỉnh đoàn")],
    [Q("2.140 đoàn viên mới", 2140, "đoàn viên mới"),
     Q("107%", 107, "%"),
     Q("58 công trình thanh niên", 58, "công trình thanh niên"),
     Q("gần 3,2 tỉ đồng", 3200000000, "đồng", "approx"),
     Q("15.600 ngày công", 15600, "ngày công"),
     Q("320 hộ thanh niên", 320, "hộ thanh niên"),
     Q("18 tỷ 250 triệu đồng", 18250000000, "đồng"),
     Q("19 đồng chí", 19, "đồng chí"),
     Q("46 thanh niên Mông", 46, "thanh niên Mông")],
    [D("Chỉ thị", "15", "CT-TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chỉ thị 15, 16/CT-TĐTN"),
     D("Chỉ thị", "16", "CT-TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chỉ thị 15, 16/CT-TĐTN"),
     D("Hướng dẫn", "18", "HD/TWĐTN", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn số 18-HD/TWĐTN")],
    [prov("Yên Bái"), com("Púng Luông")],
    ["TỈNH ĐOÀN YÊN BÁI", "Cổng thông tin Tuổi trẻ Yên Bái",
     "Bạn đang xem: Trang chủ / Tin tức - Sự kiện / Hoạt động Đoàn",
     "Anh Hoàng Văn Thức, Bí thư Tỉnh đoàn trao cờ thi đua cho các đơn vị xuất sắc.",
     "Tuổi trẻ Yên Bái xung kích, tình nguyện", "Ngân hàng Chính sách xã hội", "Lượt xem: 742"],
    ["Lượt xem: 742", "6 tháng đầu năm 2014", "6 tháng cuối năm", "6 tháng qua", "3 trách nhiệm", "19 đồng chí",
     "nhiệm kỳ 2012 - 2017", "Ngày 11/7"]))

# b345 — Cao Bằng, Hội LHPN tỉnh, training "năm 2015" 17-19/9; tap_huan from the lead
PAGES.append(page("b345-caobang-hlhpn-taphuan-2015", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH CAO BẰNG
Vị trí: Trang chủ › Hoạt động Hội › Tin cơ sở
Xuất bản: 22/09/2015 lúc 14:05
Nâng cao kỹ năng tuyên truyền cho cán bộ Hội vùng biên
Từ ngày 17 đến 19/9, Hội LHPN tỉnh Cao Bằng tổ chức lớp tập huấn nghiệp vụ công tác Hội năm 2015 cho 126 học viên là chủ tịch, phó chủ tịch hội phụ nữ các xã biên giới của tỉnh Cao Bằng.
Các học viên thực hành kỹ năng nói chuyện trước đông người.
Phát biểu khai mạc, bà Bế Thị Hồng Vân, UVBCH Trung ương Hội LHPN Việt Nam, Chủ tịch Hội LHPN tỉnh nhấn mạnh: cán bộ Hội cơ sở vùng biên phải là người "nói dân hiểu, làm dân tin".
Lớp học được tổ chức theo Kế hoạch số 27/KH-HPN ngày 05/8/2015 của Ban Thường vụ Hội LHPN tỉnh và đề án số 57 của UBND tỉnh về nâng cao năng lực cán bộ cơ sở. Các báo cáo viên là bà Lục Thị Nhàn, Phó Chủ tịch Hội LHPN tỉnh; bà Đàm Thị Thoa, Trưởng ban Tuyên giáo - Pháp luật Hội LHPN tỉnh và Thiếu tá Hoàng Văn Diệp, Phó Chỉ huy trưởng Đồn Biên phòng Trà Lĩnh. Học viên được trang bị kiến thức về phòng chống mua bán người, hôn nhân cận huyết và cuộc vận động "Xây dựng gia đình no ấm, bình đẳng, tiến bộ, hạnh phúc".
Trong 3 ngày học, mỗi học viên được hỗ trợ 150.000 đ/ngày tiền ăn. Chị Triệu Thị Cài, Chủ tịch Hội Phụ nữ xã Quang Hán cho biết: hội phụ nữ xã Quang Hán có 12 chi hội với 640 hội viên, năm nay đã giúp 35 chị em tại xã Quang Hán vay vốn nuôi bò.
Năm 2015, các cấp Hội trong tỉnh đã giúp 430 phụ nữ nghèo vay 6,45 tỷ đồng; tỷ lệ hộ nghèo do phụ nữ làm chủ hộ giảm còn 18,6%.
Nông Hà
Lượt xem: 1.107
Tin liên quan
- Cao Bằng: 200 phụ nữ được tập huấn kỹ năng khởi nghiệp
- Hội LHPN tỉnh sơ kết 6 tháng đầu năm 2015
""",
    "2015-09-22", "Nâng cao kỹ năng tuyên truyền cho cán bộ Hội vùng biên",
    E("tap_huan", "2015", "2015-09-17"),
    [P("Bế Thị Hồng Vân", "UVBCH Trung ương Hội LHPN Việt Nam", "Chủ tịch Hội LHPN tỉnh"),
     P("Lục Thị Nhàn", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Đàm Thị Thoa", "Trưởng ban Tuyên giáo - Pháp luật Hội LHPN tỉnh"),
     P("Hoàng Văn Diệp", "Thiếu tá", "Phó Chỉ huy trưởng Đồn Biên phòng Trà Lĩnh"),
     P("Triệu Thị Cài", "Chủ tịch Hội Phụ nữ xã Quang Hán")],
    [Q("126 học viên", 126, "học viên"),
     Q("150.000 đ/ngày", 150000, "đồng"),
     Q("12 chi hội", 12, "chi hội"),
     Q("640 hội viên", 640, "hội viên"),
     Q("35 chị em", 35, "chị em"),
     Q("430 phụ nữ nghèo", 430, "phụ nữ nghèo"),
     Q("6,45 tỷ đồng", 6450000000, "đồng"),
     Q("18,6%", 18.6, "%")],
    [D("Kế hoạch", "27", "KH-HPN", "2015-08-05", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 27/KH-HPN"),
     D("Đề án", "57", None, None, "UBND tỉnh", "đề án số 57")],
    [prov("Cao Bằng"), com("Quang Hán")],
    ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH CAO BẰNG", "Vị trí: Trang chủ › Hoạt động Hội › Tin cơ sở",
     "Các học viên thực hành kỹ năng nói chuyện trước đông người.", "nói dân hiểu, làm dân tin",
     "Xây dựng gia đình no ấm, bình đẳng, tiến bộ, hạnh phúc", "Đồn Biên phòng Trà Lĩnh", "Lượt xem: 1.107"],
    ["Lượt xem: 1.107", "năm 2015", "Năm 2015", "Trong 3 ngày học", "Từ ngày 17 đến 19/9"]))

# b346 — Thanh Hóa, Hội CCB tỉnh, quarterly briefing quý I 2016 held 6/4; headline has kind and quarter, year in the lead
PAGES.append(page("b346-thanhhoa-ccb-giaoban-2016", """
HỘI CỰU CHIẾN BINH TỈNH THANH HÓA
Trang tin điện tử
Trang chủ >> Hoạt động Hội >> Tin tức
Ngày: 08-04-2016
Giao ban công tác Hội quý I
Ngày 6/4, Thường trực Hội Cựu chiến binh tỉnh Thanh Hóa tổ chức giao ban công tác Hội quý I năm 2016 với 27 đồng chí là chủ tịch Hội CCB các huyện, thị xã, thành phố.
Đồng chí Trịnh Văn Hòe (giữa) chủ trì hội nghị giao ban.
Chủ trì hội nghị là đồng chí Trịnh Văn Hòe, Đại tá, Chủ tịch Hội CCB tỉnh. Cùng dự có các đồng chí Phạm Bá Ngà, Hà Văn Pặn và Lương Thị Xuân, Phó Chủ tịch Hội CCB tỉnh.
Trong quý, các cấp Hội đã kết nạp 412 hội viên mới, nâng tổng số hội viên toàn tỉnh lên 86.530 người; quỹ hội tăng thêm 1,12 tỷ đồng. Hội đã giúp 96 hội viên thoát nghèo và khởi công 14 căn nhà tình nghĩa, mỗi căn được hỗ trợ 40 - 50 triệu đồng. Hội viên các huyện miền núi của Thanh Hóa như ông Lò Văn Pánh, hội viên bản Pù Ngọc, xã Trung Sơn đã hiến 1.200 m2 đất làm nhà văn hóa.
Các cấp Hội tiếp tục thực hiện Kết luận số 37 và 38-KL/TU của Ban Thường vụ Tỉnh ủy về phát triển kinh tế miền núi và Chỉ thị số 03/CT-UBND của Chủ tịch UBND tỉnh về phòng chống cháy rừng; nhân rộng phong trào "CCB 3 không": không tham nhũng, không vi phạm pháp luật, không tệ nạn xã hội.
Trung tá Lương Thị Xuân, Phó Chủ tịch Hội CCB tỉnh đề nghị trong quý II các huyện hoàn thành việc sơ kết mô hình "Khu dân cư CCB không có tội phạm"; hiện toàn tỉnh đã có 318 khu dân cư đạt chuẩn.
Văn phòng Hội CCB tỉnh
Lượt xem: 689
Xem thêm
- Hội CCB tỉnh tổng kết công tác Hội năm 2015
- Trao 10 nhà tình nghĩa cho hội viên nghèo Như Xuân
""",
    "2016-04-08", "Giao ban công tác Hội quý I",
    E("giao_ban", "2016-Q1", "2016-04-06"),
    [P("Trịnh Văn Hòe", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
     P("Phạm Bá Ngà", "Phó Chủ tịch Hội CCB tỉnh"),
     P("Hà Văn Pặn", "Phó Chủ tịch Hội CCB tỉnh"),
     P("Lương Thị Xuân", "Trung tá", "Phó Chủ tịch Hội CCB tỉnh"),
     P("Lò Văn Pánh", "hội viên bản Pù Ngọc")],
    [Q("27 đồng chí", 27, "đồng chí"),
     Q("412 hội viên mới", 412, "hội viên mới"),
     Q("86.530 người", 86530, "người"),
     Q("1,12 tỷ đồng", 1120000000, "đồng"),
     Q("96 hội viên", 96, "hội viên"),
     Q("14 căn nhà tình nghĩa", 14, "căn nhà tình nghĩa"),
     Q("40 - 50 triệu đồng", 40000000, "đồng"),
     Q("40 - 50 triệu đồng", 50000000, "đồng"),
     Q("1.200 m2", 1200, "m2"),
     Q("318 khu dân cư", 318, "khu dân cư")],
    [D("Kết luận", "37", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 37 và 38-KL/TU"),
     D("Kết luận", "38", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 37 và 38-KL/TU"),
     D("Chỉ thị", "03", "CT-UBND", None, "Chủ tịch UBND tỉnh", "Chỉ thị số 03/CT-UBND")],
    [prov("Thanh Hóa"), com("Trung Sơn")],
    ["HỘI CỰU CHIẾN BINH TỈNH THANH HÓA", "Trang tin điện tử", "Trang chủ >> Hoạt động Hội >> Tin tức",
     "Đồng chí Trịnh Văn Hòe (giữa) chủ trì hội nghị giao ban.", "CCB 3 không",
     "Khu dân cư CCB không có tội phạm", "Văn phòng Hội CCB tỉnh", "bản Pù Ngọc", "Lượt xem: 689"],
    ["Lượt xem: 689", "quý I năm 2016", "Trong quý", "trong quý II", "27 đồng chí", "CCB 3 không", "Ngày 6/4"]))
