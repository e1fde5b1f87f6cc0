from lib import *
PAGES = []

PAGES.append(page("b4571-hochiminh-congdoan-chuyenxe-2017", """
Báo Lao Động Online - Cơ quan của Tổng Liên đoàn Lao động Việt Nam
Trang chủ › Công đoàn › Chăm lo đoàn viên
Thứ Bảy, 14/01/2017 - 11:35
Hơn 5.000 công nhân được tặng vé xe về quê đón Tết Đinh Dậu
(LĐO) - Sáng 14-1, tại Nhà Văn hóa Lao động TP Hồ Chí Minh, LĐLĐ thành phố tổ chức lễ tiễn công nhân về quê đón Tết trên "Chuyến xe Công đoàn - Xuân yêu thương 2017", đồng thời trao 1.000 phần quà Tết cho công nhân có hoàn cảnh khó khăn.
Ảnh: Các đại biểu tiễn đoàn xe đưa công nhân về quê.
Tham dự có ông Huỳnh Văn Khởi - Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy; bà Đỗ Thị Bích Liên - Thành ủy viên, Chủ tịch LĐLĐ TP Hồ Chí Minh; ông Trần Đình Khoa - Phó Chủ tịch Ủy ban MTTQ Việt Nam TP Hồ Chí Minh cùng đại diện lãnh đạo các quận, huyện.
Theo bà Đỗ Thị Bích Liên, năm nay LĐLĐ thành phố tặng hơn 5.000 vé xe khách, vé tàu miễn phí cho công nhân về quê ăn Tết tại 23 tỉnh, thành phía Bắc và miền Trung, trong đó có 86 chuyến xe do công đoàn trực tiếp thuê. Mỗi phần quà trao dịp này trị giá 700.000 đồng; tổng kinh phí chương trình khoảng 4,6 tỷ đồng, do công đoàn các cấp và 112 doanh nghiệp, nhà hảo tâm đóng góp. Toàn thành phố dự kiến chăm lo Tết cho trên 300.000 lượt đoàn viên, người lao động với tổng trị giá hơn 150 tỷ đồng.
Trước đó, thực hiện Kế hoạch số 79/KH-LĐLĐ ngày 2/11/2016 của Ban Thường vụ LĐLĐ thành phố và Chỉ thị 01, 02-CT/TU về chăm lo Tết cho người nghèo và người lao động, công đoàn đã khảo sát nhu cầu tại 1.640 khu nhà trọ ở quận Bình Tân, quận 12, Thủ Đức, huyện Củ Chi; 62% công nhân được khảo sát cho biết không đủ tiền mua vé về quê.
Ông Huỳnh Văn Khởi ghi nhận các cấp công đoàn đã chủ động chăm lo cho công nhân xa quê, góp phần thực hiện cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" và chương trình "Tết Sum vầy". Ông đề nghị công đoàn tiếp tục vận động doanh nghiệp thưởng Tết đúng hạn, quan tâm công nhân ở lại thành phố, nhất là ở phường Bình Hưng Hòa A, phường Tân Tạo, xã Tân Thông Hội nơi tập trung đông người lao động thuê trọ.
Chị Nông Thị Thúy, 26 tuổi, quê Cao Bằng, làm việc tại Khu công nghiệp Tân Bình, cho biết: "Đã 3 năm em không về quê vì vé xe đắt. Năm nay được công đoàn tặng vé, em sẽ được đón Tết cùng bố mẹ". Cùng chuyến xe với chị có 44 công nhân quê Cao Bằng, Lạng Sơn.
Dịp này, LĐLĐ thành phố cũng trao 15 Mái ấm Công đoàn cho đoàn viên khó khăn về nhà ở, mỗi căn hỗ trợ 40 triệu đồng.
Nam Dương
Tin liên quan
- Công nhân khu chế xuất Linh Trung hào hứng với "Phiên chợ Tết"
- 120 công nhân nghèo nhận "Tết Sum vầy" tại quận Bình Tân
- Thưởng Tết 2017: Cao nhất hơn 1 tỷ đồng
""", "2017-01-14", "Hơn 5.000 công nhân được tặng vé xe về quê đón Tết Đinh Dậu",
E("trao_qua", None, "2017-01-14"),
[P("Huỳnh Văn Khởi", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Đỗ Thị Bích Liên", "Thành ủy viên", "Chủ tịch LĐLĐ TP Hồ Chí Minh"),
 P("Trần Đình Khoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam TP Hồ Chí Minh"),
 P("Nông Thị Thúy")],
[Q("Hơn 5.000 công nhân", 5000, "công nhân", "over"), Q("1.000 phần quà", 1000, "phần quà"),
 Q("hơn 5.000 vé xe khách, vé tàu", 5000, "vé xe khách, vé tàu", "over"), Q("23 tỉnh, thành", 23, "tỉnh, thành"),
 Q("86 chuyến xe", 86, "chuyến xe"), Q("700.000 đồng", 700000, "đồng"), Q("khoảng 4,6 tỷ đồng", 4600000000, "đồng", "approx"),
 Q("112 doanh nghiệp, nhà hảo tâm", 112, "doanh nghiệp, nhà hảo tâm"), Q("trên 300.000 lượt đoàn viên, người lao động", 300000, "lượt đoàn viên, người lao động", "over"),
 Q("hơn 150 tỷ đồng", 150000000000, "đồng", "over"), Q("1.640 khu nhà trọ", 1640, "khu nhà trọ"), Q("62%", 62, "%"),
 Q("44 công nhân", 44, "công nhân"), Q("15 Mái ấm Công đoàn", 15, "Mái ấm Công đoàn"), Q("40 triệu đồng", 40000000, "đồng")],
[D("Kế hoạch", "79", "KH-LĐLĐ", "2016-11-02", "Ban Thường vụ LĐLĐ thành phố", "Kế hoạch số 79/KH-LĐLĐ ngày 2/11/2016"),
 D("Chỉ thị", "01", "CT/TU", None, None, "Chỉ thị 01, 02-CT/TU"),
 D("Chỉ thị", "02", "CT/TU", None, None, "Chỉ thị 01, 02-CT/TU")],
[prov("Hồ Chí Minh"), com("Bình Hưng Hòa A"), com("Tân Tạo"), com("Tân Thông Hội")],
["Báo Lao Động Online - Cơ quan của Tổng Liên đoàn Lao động Việt Nam", "Trang chủ › Công đoàn › Chăm lo đoàn viên", "(LĐO)",
 "Ảnh: Các đại biểu tiễn đoàn xe đưa công nhân về quê.", "Chuyến xe Công đoàn - Xuân yêu thương 2017",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Tết Sum vầy", "Nhà Văn hóa Lao động TP Hồ Chí Minh", "Khu công nghiệp Tân Bình"],
["Thứ Bảy, 14/01/2017 - 11:35", "Sáng 14-1", "26 tuổi", "3 năm", "Tết Đinh Dậu"]))

PAGES.append(page("b4572-bariavungtau-ldld-taphuan-2018", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH BÀ RỊA - VŨNG TÀU
Vị trí: Trang chủ - Tuyên truyền - Tập huấn nghiệp vụ
22/06/2018 06:00
Giảng viên hướng dẫn học viên thực hành tình huống thương lượng. Ảnh: Ngọc Hân
Tập huấn kỹ năng đối thoại, thương lượng tập thể cho 150 cán bộ công đoàn cơ sở
Trong 2 ngày 20 và 21/6, LĐLĐ tỉnh phối hợp Viện Công nhân và Công đoàn (Tổng Liên đoàn Lao động Việt Nam) mở lớp tập huấn kỹ năng đối thoại, thương lượng tập thể năm 2018 cho 150 cán bộ công đoàn cơ sở các doanh nghiệp trong các khu công nghiệp Phú Mỹ, Mỹ Xuân, Châu Đức.
Khai mạc lớp học, đồng chí Lê Minh Thành, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh cho biết, hiện tỉnh Bà Rịa - Vũng Tàu có 16 khu công nghiệp với hơn 900 doanh nghiệp đang hoạt động, thu hút trên 95.000 lao động, phần lớn là người từ các tỉnh miền Bắc, miền Trung và Tây Nguyên đến thuê trọ. Tuy nhiên chỉ khoảng 42% doanh nghiệp có công đoàn đã ký thỏa ước lao động tập thể, nhiều bản thỏa ước còn sao chép luật, chưa có điều khoản có lợi hơn cho người lao động.
Lớp tập huấn nằm trong kế hoạch số 97/KH-LĐLĐ ngày 14/3/2018 của LĐLĐ tỉnh, nhằm triển khai Nghị quyết số 6b/NQ-TLĐ ngày 29/1/2011 của Ban Chấp hành Tổng Liên đoàn về công tác đại diện, bảo vệ quyền, lợi ích hợp pháp của đoàn viên và Nghị định 05/2015/NĐ-CP của Chính phủ hướng dẫn Bộ luật Lao động.
Các học viên được TS. Nguyễn Đức Tĩnh, Phó Viện trưởng Viện Công nhân và Công đoàn và ThS. Vũ Thị Mai Hoa, giảng viên Trường Đại học Công đoàn truyền đạt 3 chuyên đề: kỹ năng thu thập thông tin, xây dựng yêu sách; tổ chức đối thoại định kỳ tại nơi làm việc; quy trình thương lượng và ký kết thỏa ước. Học viên được chia thành 6 nhóm, thực hành 8 tình huống giả định như doanh nghiệp cắt giảm phụ cấp nhà trọ, tăng ca quá 300 giờ/năm, công nhân ngừng việc tự phát.
Chị Châu Thị Thanh Tâm, Chủ tịch Công đoàn cơ sở Công ty TNHH Dệt may Phú Mỹ, chia sẻ: "Năm ngoái công ty tôi có 1.200 công nhân, ai cũng than tiền trọ. Nhờ thương lượng, công ty đồng ý trợ cấp nhà trọ 300.000 đồng/người/tháng và tăng bữa ăn ca lên 18.000 đồng".
Theo LĐLĐ tỉnh, năm 2017 toàn tỉnh xảy ra 12 vụ ngừng việc tập thể; 5 tháng đầu năm 2018 có 3 vụ, đều đã được giải quyết. Sau tập huấn, mỗi công đoàn cơ sở phấn đấu tổ chức ít nhất 2 cuộc đối thoại định kỳ trong năm và ký mới hoặc sửa đổi 24 bản thỏa ước lao động tập thể trước tháng 12/2018. Ông Đặng Văn Tịnh, Phó Chủ tịch LĐLĐ tỉnh đề nghị các học viên về cơ sở tổ chức lại cho ban chấp hành công đoàn, tổ trưởng công đoàn ở phường Mỹ Xuân, phường Tân Phước.
Ngọc Hân
Lượt xem: 514
Tin khác
- Trao 10 "Mái ấm Công đoàn" cho đoàn viên khó khăn (12/06/2018)
- Công đoàn Khu công nghiệp Phú Mỹ I ra mắt tủ sách nhà trọ (30/05/2018)
- Hội thi an toàn vệ sinh viên giỏi năm 2018 (18/05/2018)
""", "2018-06-22", "Tập huấn kỹ năng đối thoại, thương lượng tập thể cho 150 cán bộ công đoàn cơ sở",
E("tap_huan", "2018", "2018-06-20"),
[P("Lê Minh Thành", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Nguyễn Đức Tĩnh", "TS.", "Phó Viện trưởng Viện Công nhân và Công đoàn"),
 P("Vũ Thị Mai Hoa", "ThS.", "giảng viên Trường Đại học Công đoàn"),
 P("Châu Thị Thanh Tâm", "Chủ tịch Công đoàn cơ sở Công ty TNHH Dệt may Phú Mỹ"),
 P("Đặng Văn Tịnh", "Phó Chủ tịch LĐLĐ tỉnh")],
[Q("150 cán bộ công đoàn cơ sở", 150, "cán bộ công đoàn cơ sở"), Q("16 khu công nghiệp", 16, "khu công nghiệp"),
 Q("hơn 900 doanh nghiệp", 900, "doanh nghiệp", "over"), Q("trên 95.000 lao động", 95000, "lao động", "over"),
 Q("khoảng 42%", 42, "%", "approx"), Q("3 chuyên đề", 3, "chuyên đề"), Q("6 nhóm", 6, "nhóm"),
 Q("8 tình huống giả định", 8, "tình huống giả định"), Q("1.200 công nhân", 1200, "công nhân"),
 Q("300.000 đồng/người/tháng", 300000, "đồng"), Q("18.000 đồng", 18000, "đồng"),
 Q("12 vụ ngừng việc tập thể", 12, "vụ ngừng việc tập thể"), Q("3 vụ", 3, "vụ"),
 Q("ít nhất 2 cuộc đối thoại định kỳ", 2, "cuộc đối thoại định kỳ", "over"),
 Q("24 bản thỏa ước lao động tập thể", 24, "bản thỏa ước lao động tập thể")],
[D("Kế hoạch", "97", "KH-LĐLĐ", "2018-03-14", "LĐLĐ tỉnh", "kế hoạch số 97/KH-LĐLĐ ngày 14/3/2018"),
 D("Nghị quyết", "6b", "NQ-TLĐ", "2011-01-29", "Ban Chấp hành Tổng Liên đoàn", "Nghị quyết số 6b/NQ-TLĐ ngày 29/1/2011"),
 D("Nghị định", "05", "2015/NĐ-CP", None, "Chính phủ", "Nghị định 05/2015/NĐ-CP")],
[prov("Bà Rịa - Vũng Tàu"), com("Mỹ Xuân"), com("Tân Phước")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH BÀ RỊA - VŨNG TÀU", "Vị trí: Trang chủ - Tuyên truyền - Tập huấn nghiệp vụ",
 "Giảng viên hướng dẫn học viên thực hành tình huống thương lượng. Ảnh: Ngọc Hân", "Bộ luật Lao động", "Lượt xem: 514"],
["22/06/2018 06:00", "2 ngày", "300 giờ/năm", "Năm ngoái", "5 tháng đầu năm 2018", "tháng 12/2018", "Lượt xem: 514"]))

PAGES.append(page("b4573-longan-mttq-tiepxuc-2019", """
Báo Long An Online
Chính trị › Mặt trận - Đoàn thể
2019-04-20 16:40
Cử tri công nhân khu công nghiệp kiến nghị về nhà ở, nhà trẻ
Ngày 19/4, Ủy ban MTTQ Việt Nam tỉnh phối hợp Đoàn đại biểu Quốc hội (ĐBQH) tỉnh tổ chức hội nghị tiếp xúc cử tri là công nhân lao động năm 2019 trước kỳ họp thứ 7, Quốc hội khóa XIV tại xã Hựu Thạnh, huyện Đức Hòa. Hơn 200 cử tri là công nhân của 14 doanh nghiệp trong Khu công nghiệp Hựu Thạnh và Tân Đức tham dự.
Đại biểu Quốc hội tiếp xúc cử tri công nhân. Ảnh: Thanh Nga
Tham gia tiếp xúc có ông Đỗ Hữu Lâm, Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh; bà Trần Thị Kim Phụng, Đại biểu Quốc hội, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; các ông bà Nguyễn Văn Hai, Lâm Thị Kiều - đại biểu HĐND tỉnh. Bà Hồ Thị Ngọc Trâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Tại hội nghị, cử tri đã nêu 17 ý kiến, kiến nghị. Cử tri Kim Thị Sa Ra (quê Sóc Trăng) cho biết khu trọ nơi chị ở tại xã Đức Lập Hạ có 26 phòng nhưng chỉ 2 nhà vệ sinh chung, giá thuê lại tăng từ 800.000 đồng lên 1 triệu đồng/tháng; con chị 3 tuổi phải gửi trẻ tự phát vì không có nhóm trẻ gần khu công nghiệp. Cử tri Nguyễn Văn Thuận kiến nghị sửa quy định để người lao động rút bảo hiểm xã hội một lần ít bị thiệt, đồng thời đề nghị nâng mức lương tối thiểu vùng. Cử tri Thạch Thị Mỹ Linh, Tổ trưởng tổ công đoàn Công ty TNHH Giày Tân Đức, phản ánh tình trạng tăng ca kéo dài ở một số doanh nghiệp, có tháng vượt 60 giờ, đề nghị cơ quan chức năng kiểm tra.
Trả lời cử tri, ông Đỗ Hữu Lâm cho biết Đoàn sẽ tổng hợp ý kiến gửi tới kỳ họp. Đại diện Ban Quản lý khu kinh tế tỉnh thông tin, thực hiện Quyết định số 655/QĐ-TTg ngày 12/5/2017 của Thủ tướng Chính phủ về đầu tư thiết chế công đoàn tại khu công nghiệp, tỉnh đã dành 5,2 ha đất tại huyện Đức Hòa để xây nhà ở, nhà trẻ, siêu thị cho công nhân. Theo Nghị định 100/2015/NĐ-CP của Chính phủ và Nghị quyết 12/2018/NQ-HĐND của HĐND tỉnh, giai đoạn 2019-2020 tỉnh phấn đấu hoàn thành khoảng 4.500 căn hộ nhà ở xã hội; hiện đã có 3 nhóm trẻ tư thục được hỗ trợ 50% tiền thuê mặt bằng.
Bà Hồ Thị Ngọc Trâm cho biết, năm 2018 các cấp Mặt trận đã phối hợp công đoàn vận động 612 chủ nhà trọ ký cam kết giữ giá, đạt khoảng 40% số nhà trọ trên địa bàn các huyện có khu công nghiệp. Toàn tỉnh có trên 128.000 công nhân lao động, trong đó khoảng 1.800 trẻ em là con công nhân trong độ tuổi nhà trẻ.
Sau hội nghị, Đoàn ĐBQH tỉnh tặng 50 suất quà cho công nhân khó khăn, mỗi suất 500.000 đồng.
Thanh Nga
Tin khác
- Đức Hòa: Ra mắt mô hình "Khu nhà trọ an toàn, văn minh" (10/04/2019)
- Long An đối thoại với doanh nghiệp về quan hệ lao động (02/04/2019)
- Hơn 1.000 công nhân được khám sức khỏe miễn phí (25/03/2019)
""", "2019-04-20", "Cử tri công nhân khu công nghiệp kiến nghị về nhà ở, nhà trẻ",
E("hoi_nghi", "2019", "2019-04-19"),
[P("Đỗ Hữu Lâm", "Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh"),
 P("Trần Thị Kim Phụng", "Đại biểu Quốc hội", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Nguyễn Văn Hai", "đại biểu HĐND tỉnh"), P("Lâm Thị Kiều", "đại biểu HĐND tỉnh"),
 P("Hồ Thị Ngọc Trâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Thị Sa Ra"), P("Nguyễn Văn Thuận"),
 P("Thạch Thị Mỹ Linh", "Tổ trưởng tổ công đoàn Công ty TNHH Giày Tân Đức")],
[Q("Hơn 200 cử tri", 200, "cử tri", "over"), Q("14 doanh nghiệp", 14, "doanh nghiệp"), Q("17 ý kiến, kiến nghị", 17, "ý kiến, kiến nghị"),
 Q("26 phòng", 26, "phòng"), Q("2 nhà vệ sinh chung", 2, "nhà vệ sinh chung"), Q("800.000 đồng", 800000, "đồng"),
 Q("1 triệu đồng/tháng", 1000000, "đồng"), Q("5,2 ha", 5.2, "ha"), Q("khoảng 4.500 căn hộ nhà ở xã hội", 4500, "căn hộ nhà ở xã hội", "approx"),
 Q("3 nhóm trẻ tư thục", 3, "nhóm trẻ tư thục"), Q("50%", 50, "%"), Q("612 chủ nhà trọ", 612, "chủ nhà trọ"),
 Q("khoảng 40%", 40, "%", "approx"), Q("trên 128.000 công nhân lao động", 128000, "công nhân lao động", "over"),
 Q("khoảng 1.800 trẻ em", 1800, "trẻ em", "approx"), Q("50 suất quà", 50, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "655", "QĐ-TTg", "2017-05-12", "Thủ tướng Chính phủ", "Quyết định số 655/QĐ-TTg ngày 12/5/2017"),
 D("Nghị định", "100", "2015/NĐ-CP", None, "Chính phủ", "Nghị định 100/2015/NĐ-CP"),
 D("Nghị quyết", "12", "2018/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 12/2018/NQ-HĐND")],
[prov("Long An"), com("Hựu Thạnh"), com("Đức Lập Hạ")],
["Báo Long An Online", "Chính trị › Mặt trận - Đoàn thể", "Đại biểu Quốc hội tiếp xúc cử tri công nhân. Ảnh: Thanh Nga",
 "Khu công nghiệp Hựu Thạnh"],
["2019-04-20 16:40", "kỳ họp thứ 7", "khóa XIV", "3 tuổi", "60 giờ", "giai đoạn 2019-2020", "năm 2018"]))

PAGES.append(page("b4574-binhduong-mttq-baocao-2020", """
BÁO BÌNH DƯƠNG ONLINE
Chính trị | Mặt trận - Đoàn thể | Chung tay phòng, chống dịch COVID-19
08.05.2020 | 15:30
Hơn 142 tỷ đồng hỗ trợ người lao động gặp khó khăn do dịch COVID-19
(BDO) Ngày 6/5/2020, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh có Báo cáo số 152/BC-MTTQ-BTT về kết quả vận động, tiếp nhận, phân bổ nguồn ủng hộ phòng, chống dịch COVID-19 và hỗ trợ người lao động mất việc, ngừng việc. Theo báo cáo, từ ngày 1/4 đến 30/4/2020, các cấp Mặt trận, đoàn thể và doanh nghiệp tỉnh Bình Dương đã hỗ trợ người lao động, hộ nghèo, người ở trọ hơn 142 tỷ đồng bằng tiền và hiện vật.
Lực lượng đoàn viên trao gạo cho công nhân ở trọ tại phường Thuận Giao. Ảnh: Lê Quang
Cụ thể, Ủy ban MTTQ tỉnh đã tiếp nhận 38,6 tỷ đồng từ 1.246 tập thể, cá nhân; trao 62.300 phần quà cho công nhân ở trọ, người bán vé số, lao động tự do; 27 "cây ATM gạo" hoạt động ở các khu nhà trọ đông công nhân. LĐLĐ tỉnh hỗ trợ 9.650 đoàn viên bị chấm dứt hợp đồng lao động hoặc ngừng việc, mỗi người 1 triệu đồng; đề nghị 37 doanh nghiệp xây dựng phương án hỗ trợ người lao động tạm hoãn hợp đồng.
Triển khai Nghị quyết 42/NQ-CP ngày 9/4/2020 của Chính phủ và Quyết định 15/2020/QĐ-TTg của Thủ tướng Chính phủ, Mặt trận các cấp đã tham gia giám sát việc lập danh sách tại 91 xã, phường, thị trấn; đến cuối tháng 4, toàn tỉnh đã chi trả cho 4.870 người lao động tạm hoãn hợp đồng mức 1.800.000 đồng/người/tháng. Ủy ban MTTQ các phường cũng vận động 2.315 chủ nhà trọ giảm tiền thuê phòng từ 10% đến 50% trong thời gian thực hiện Chỉ thị 16/CT-TTg.
Trao đổi với phóng viên, ông Nguyễn Hoàng Minh, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh cho biết, bên cạnh kết quả, việc hỗ trợ người lao động không có hợp đồng, người ở trọ không đăng ký tạm trú còn vướng; Ban Thường trực đã có văn bản kiến nghị UBND tỉnh xem xét. Bà Ngô Thị Kim Nguyên, Chủ tịch Ủy ban MTTQ phường Bình Hòa, kể: chỉ trong 3 tuần, phường vận động được 1.200 phần quà cho công nhân, trong đó có 150 hộ chủ nhà trọ tự nguyện miễn tiền phòng tháng 4.
Báo cáo cũng đề xuất thời gian tới tiếp tục thực hiện cuộc vận động "Toàn dân đoàn kết phòng, chống dịch COVID-19", không để người lao động nào bị đói; công khai minh bạch các khoản tiếp nhận trên Cổng thông tin điện tử của Ủy ban MTTQ tỉnh. Đồng chí Hồ Thị Lan, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh ký báo cáo.
Lê Quang
Tin cùng chuyên mục
- Thuận An: 3.000 suất cơm miễn phí cho công nhân (06/05/2020)
- Dĩ An: "Tủ bánh mì 0 đồng" đến với người lao động (04/05/2020)
- Công đoàn Khu công nghiệp VSIP hỗ trợ 500 công nhân (30/04/2020)
""", "2020-05-08", "Hơn 142 tỷ đồng hỗ trợ người lao động gặp khó khăn do dịch COVID-19",
E("bao_cao", None, "2020-05-06"),
[P("Nguyễn Hoàng Minh", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ngô Thị Kim Nguyên", "Chủ tịch Ủy ban MTTQ phường Bình Hòa"),
 P("Hồ Thị Lan", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("Hơn 142 tỷ đồng", 142000000000, "đồng", "over"), Q("38,6 tỷ đồng", 38600000000, "đồng"),
 Q("1.246 tập thể, cá nhân", 1246, "tập thể, cá nhân"), Q("62.300 phần quà", 62300, "phần quà"),
 Q("27 \"cây ATM gạo\"", 27, "cây ATM gạo"), Q("9.650 đoàn viên", 9650, "đoàn viên"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("37 doanh nghiệp", 37, "doanh nghiệp"), Q("91 xã, phường, thị trấn", 91, "xã, phường, thị trấn"),
 Q("4.870 người lao động", 4870, "người lao động"), Q("1.800.000 đồng/người/tháng", 1800000, "đồng"),
 Q("2.315 chủ nhà trọ", 2315, "chủ nhà trọ"), Q("10%", 10, "%"), Q("50%", 50, "%"),
 Q("1.200 phần quà", 1200, "phần quà"), Q("150 hộ chủ nhà trọ", 150, "hộ chủ nhà trọ")],
[D("Báo cáo", "152", "BC-MTTQ-BTT", "2020-05-06", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Báo cáo số 152/BC-MTTQ-BTT"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết 42/NQ-CP ngày 9/4/2020"),
 D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 15/2020/QĐ-TTg"),
 D("Chỉ thị", "16", "CT-TTg", None, None, "Chỉ thị 16/CT-TTg")],
[prov("Bình Dương"), com("Thuận Giao"), com("Bình Hòa")],
["BÁO BÌNH DƯƠNG ONLINE", "Chính trị | Mặt trận - Đoàn thể | Chung tay phòng, chống dịch COVID-19", "(BDO)",
 "Lực lượng đoàn viên trao gạo cho công nhân ở trọ tại phường Thuận Giao. Ảnh: Lê Quang", "cây ATM gạo",
 "Toàn dân đoàn kết phòng, chống dịch COVID-19"],
["08.05.2020 | 15:30", "từ ngày 1/4 đến 30/4/2020", "3 tuần", "tháng 4", "COVID-19"]))

PAGES.append(page("b4575-hochiminh-cdkcx-daihoi-2023", """
CÔNG ĐOÀN CÁC KHU CHẾ XUẤT VÀ CÔNG NGHIỆP TP HỒ CHÍ MINH
Trang chủ > Tin tức - Sự kiện > Đại hội Công đoàn các cấp
Thứ Năm, 04/05/2023, 19:10
Đại hội Công đoàn các Khu chế xuất và công nghiệp TP Hồ Chí Minh lần thứ VI: Vì việc làm, thu nhập và chỗ ở của công nhân
Trong 2 ngày 3 và 4/5, Đại hội Công đoàn các Khu chế xuất và công nghiệp TP Hồ Chí Minh lần thứ VI, nhiệm kỳ 2023 - 2028 đã diễn ra với sự tham dự của 190 đại biểu chính thức, đại diện cho hơn 330.000 đoàn viên của 1.487 công đoàn cơ sở.
Các đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: Bảo Trân
Dự đại hội có đồng chí Thái Văn Hiệp, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam; đồng chí Lâm Thị Phương Thảo, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy; đồng chí Võ Khắc Thái, Thành ủy viên, Chủ tịch LĐLĐ TP Hồ Chí Minh; đồng chí Huỳnh Minh Tâm, Phó Trưởng Ban Quản lý các khu chế xuất và công nghiệp TP Hồ Chí Minh.
Báo cáo tại đại hội cho biết, nhiệm kỳ 2018 - 2023, công đoàn đã phát triển 86.400 đoàn viên mới, thành lập 312 công đoàn cơ sở; 94,6% doanh nghiệp có công đoàn đã tổ chức đối thoại định kỳ. Thông qua thương lượng, 1.126 bản thỏa ước lao động tập thể được ký kết, trong đó 78% có điều khoản hỗ trợ tiền nhà trọ, tiền đi lại cho công nhân. Trong 2 năm dịch COVID-19, công đoàn và doanh nghiệp đã chăm lo cho hơn 420.000 lượt công nhân với số tiền trên 680 tỷ đồng; xây dựng 57 Mái ấm Công đoàn và vận động 1.930 chủ nhà trọ giảm giá phòng.
Nhiệm kỳ qua, các khu chế xuất, khu công nghiệp không để xảy ra đình công kéo dài; 28 vụ ngừng việc tập thể đều được giải quyết trong 1 - 2 ngày. Công đoàn đã thực hiện Nghị quyết 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới và Chỉ thị 19, 20-CT/TU của Ban Thường vụ Thành ủy về chăm lo đời sống công nhân và phát triển đảng viên trong doanh nghiệp.
Phát biểu chỉ đạo, đồng chí Thái Văn Hiệp đề nghị công đoàn tập trung bảo vệ việc làm cho công nhân khi đơn hàng giảm, nhất là tại Khu chế xuất Linh Trung và Khu chế xuất Tân Thuận; phối hợp chính quyền phường Linh Trung, phường Tân Thuận Đông xây dựng thiết chế văn hóa cho công nhân ở trọ.
Đại hội đã bầu Ban Chấp hành khóa VI gồm 35 đồng chí. Tại phiên họp thứ nhất, bà Phạm Thị Ngọc Hà được tín nhiệm bầu giữ chức Chủ tịch Công đoàn các Khu chế xuất và công nghiệp TP Hồ Chí Minh nhiệm kỳ 2023 - 2028; các ông bà được bầu làm Phó Chủ tịch: Nguyễn Hữu Lộc, Trương Thị Thanh Xuân. Đại hội bầu 9 đại biểu dự Đại hội Công đoàn TP Hồ Chí Minh lần thứ XII.
Bảo Trân
Lượt xem: 3.041
Tin liên quan
- Công đoàn Khu công nghiệp Hiệp Phước tổ chức đại hội điểm (12/04/2023)
- 2.000 công nhân khu chế xuất tham gia ngày hội việc làm (05/04/2023)
- Khảo sát nhu cầu nhà ở của công nhân năm 2023 (20/03/2023)
""", "2023-05-04", "Đại hội Công đoàn các Khu chế xuất và công nghiệp TP Hồ Chí Minh lần thứ VI: Vì việc làm, thu nhập và chỗ ở của công nhân",
E("dai_hoi", None, "2023-05-03"),
[P("Thái Văn Hiệp", "Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam"),
 P("Lâm Thị Phương Thảo", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Võ Khắc Thái", "Thành ủy viên", "Chủ tịch LĐLĐ TP Hồ Chí Minh"),
 P("Huỳnh Minh Tâm", "Phó Trưởng Ban Quản lý các khu chế xuất và công nghiệp TP Hồ Chí Minh"),
 P("Phạm Thị Ngọc Hà", "Chủ tịch Công đoàn các Khu chế xuất và công nghiệp TP Hồ Chí Minh nhiệm kỳ 2023 - 2028"),
 P("Nguyễn Hữu Lộc", "Phó Chủ tịch"), P("Trương Thị Thanh Xuân", "Phó Chủ tịch")],
[Q("190 đại biểu chính thức", 190, "đại biểu chính thức"), Q("hơn 330.000 đoàn viên", 330000, "đoàn viên", "over"),
 Q("1.487 công đoàn cơ sở", 1487, "công đoàn cơ sở"), Q("86.400 đoàn viên mới", 86400, "đoàn viên mới"),
 Q("312 công đoàn cơ sở", 312, "công đoàn cơ sở"), Q("94,6%", 94.6, "%"),
 Q("1.126 bản thỏa ước lao động tập thể", 1126, "bản thỏa ước lao động tập thể"), Q("78%", 78, "%"),
 Q("hơn 420.000 lượt công nhân", 420000, "lượt công nhân", "over"), Q("trên 680 tỷ đồng", 680000000000, "đồng", "over"),
 Q("57 Mái ấm Công đoàn", 57, "Mái ấm Công đoàn"), Q("1.930 chủ nhà trọ", 1930, "chủ nhà trọ"),
 Q("28 vụ ngừng việc tập thể", 28, "vụ ngừng việc tập thể"), Q("35 đồng chí", 35, "đồng chí"), Q("9 đại biểu", 9, "đại biểu")],
[D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết 02-NQ/TW ngày 12/6/2021"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 19, 20-CT/TU"),
 D("Chỉ thị", "20", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 19, 20-CT/TU")],
[prov("Hồ Chí Minh"), com("Linh Trung"), com("Tân Thuận Đông")],
["CÔNG ĐOÀN CÁC KHU CHẾ XUẤT VÀ CÔNG NGHIỆP TP HỒ CHÍ MINH", "Trang chủ > Tin tức - Sự kiện > Đại hội Công đoàn các cấp",
 "Các đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: Bảo Trân", "Khu chế xuất Linh Trung", "Lượt xem: 3.041"],
["Thứ Năm, 04/05/2023, 19:10", "lần thứ VI", "nhiệm kỳ 2023 - 2028", "nhiệm kỳ 2018 - 2023", "2 năm", "1 - 2 ngày", "khóa VI",
 "lần thứ XII", "35 đồng chí", "Lượt xem: 3.041"]))

PAGES.append(page("b4576-dongnai-mttq-giamsat-2021", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai
Trang chủ | Giám sát và phản biện xã hội
15/10/2021 | 14:05
Ảnh: Đoàn giám sát làm việc tại huyện Trảng Bom.
Chậm hỗ trợ lao động tự do, người ở trọ không đăng ký tạm trú
Chiều 14/10, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí Bùi Thị Minh Nguyệt, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch COVID-19 tại huyện Trảng Bom, theo chương trình giám sát năm 2021.
Cuộc giám sát tập trung vào việc triển khai Nghị quyết 68/NQ-CP ngày 1/7/2021 của Chính phủ, Quyết định 23/2021/QĐ-TTg ngày 7/7/2021 của Thủ tướng Chính phủ, Nghị quyết 116/NQ-CP về hỗ trợ từ Quỹ bảo hiểm thất nghiệp và Kế hoạch số 9450/KH-UBND của UBND tỉnh. Tham gia đoàn có đại diện Sở Lao động - Thương binh và Xã hội, LĐLĐ tỉnh, Bảo hiểm xã hội tỉnh.
Theo báo cáo của UBND huyện, đến ngày 10/10, huyện đã tiếp nhận 3.714 hồ sơ của 312 doanh nghiệp đề nghị hỗ trợ người lao động tạm hoãn hợp đồng, ngừng việc; đã chi trả cho 2.986 người với tổng số tiền gần 11,4 tỷ đồng. Riêng nhóm lao động tự do, huyện đã hỗ trợ 18.240 người, mỗi người 1,5 triệu đồng; tuy nhiên còn khoảng 2.100 hồ sơ của người ở trọ chưa đăng ký tạm trú đang phải xác minh. Qua Quỹ bảo hiểm thất nghiệp, trên 86.000 người lao động của huyện đã được hỗ trợ từ 1,8 đến 3,3 triệu đồng/người.
Bà Điểu Thị Hạnh, Chủ tịch Ủy ban MTTQ xã Bắc Sơn, cho biết xã có hơn 9.000 công nhân ở trọ trong 640 khu nhà trọ; trong thời gian giãn cách, Ban công tác Mặt trận các ấp đã vận động 215 chủ nhà trọ giảm 30-50% tiền phòng, trao 7.500 túi an sinh. Ông Nguyễn Văn Hiền, Chủ tịch Ủy ban MTTQ xã Hố Nai 3, phản ánh nhiều công nhân mất việc về quê tự phát nên không nhận được hỗ trợ.
Kết luận buổi giám sát, đồng chí Bùi Thị Minh Nguyệt ghi nhận huyện đã chi trả nhanh, đúng đối tượng; đề nghị rút ngắn thời gian xác minh, không để sót người ở trọ, lao động tự do; công khai danh sách tại ấp, khu phố để nhân dân giám sát. Đoàn sẽ tổng hợp kiến nghị gửi Ban Thường vụ Tỉnh ủy và UBND tỉnh. Theo kế hoạch, đoàn tiếp tục giám sát tại thành phố Biên Hòa và huyện Nhơn Trạch, nơi có đông công nhân thuê trọ nhất tỉnh.
Nhân dịp này, đoàn giám sát trao 200 phần quà, mỗi phần trị giá 500.000 đồng, cho công nhân có hoàn cảnh khó khăn ở xã Bắc Sơn.
Khánh Minh
Tin khác
- Ủy ban MTTQ tỉnh tiếp nhận 30 tấn gạo hỗ trợ công nhân (08/10/2021)
- Mặt trận các cấp đồng hành cùng người lao động trở lại làm việc (01/10/2021)
- Hội nghị phản biện dự thảo nghị quyết hỗ trợ người lao động (24/09/2021)
""", "2021-10-15", "Chậm hỗ trợ lao động tự do, người ở trọ không đăng ký tạm trú",
E("giam_sat", "2021", "2021-10-14"),
[P("Bùi Thị Minh Nguyệt", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Hạnh", "Chủ tịch Ủy ban MTTQ xã Bắc Sơn"),
 P("Nguyễn Văn Hiền", "Chủ tịch Ủy ban MTTQ xã Hố Nai 3")],
[Q("3.714 hồ sơ", 3714, "hồ sơ"), Q("312 doanh nghiệp", 312, "doanh nghiệp"), Q("2.986 người", 2986, "người"),
 Q("gần 11,4 tỷ đồng", 11400000000, "đồng", "approx"), Q("18.240 người", 18240, "người"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("khoảng 2.100 hồ sơ", 2100, "hồ sơ", "approx"), Q("trên 86.000 người lao động", 86000, "người lao động", "over"),
 Q("1,8", 1800000, "đồng"), Q("3,3 triệu đồng/người", 3300000, "đồng"),
 Q("hơn 9.000 công nhân", 9000, "công nhân", "over"), Q("640 khu nhà trọ", 640, "khu nhà trọ"),
 Q("215 chủ nhà trọ", 215, "chủ nhà trọ"), Q("30-50%", 30, "%"), Q("30-50%", 50, "%"), Q("7.500 túi an sinh", 7500, "túi an sinh"),
 Q("200 phần quà", 200, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết 68/NQ-CP ngày 1/7/2021"),
 D("Quyết định", "23", "2021/QĐ-TTg", "2021-07-07", "Thủ tướng Chính phủ", "Quyết định 23/2021/QĐ-TTg ngày 7/7/2021"),
 D("Nghị quyết", "116", "NQ-CP", None, None, "Nghị quyết 116/NQ-CP"),
 D("Kế hoạch", "9450", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 9450/KH-UBND")],
[prov("Đồng Nai"), com("Bắc Sơn"), com("Hố Nai 3")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai", "Trang chủ | Giám sát và phản biện xã hội",
 "Ảnh: Đoàn giám sát làm việc tại huyện Trảng Bom.", "Quỹ bảo hiểm thất nghiệp"],
["15/10/2021 | 14:05", "năm 2021", "ngày 10/10", "COVID-19"]))
