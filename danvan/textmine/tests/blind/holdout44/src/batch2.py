"""holdout44 batch 2: b1019-b1024 (Thừa Thiên Huế 2017, Đà Nẵng 2018, Quảng Ngãi 2019, Bình Định 2020, Phú Yên 2020, Khánh Hòa 2021)."""
from lib import *

PAGES = []

# ---------------------------------------------------------------- b1019
PAGES.append(page(
"b1019-thuathienhue-tinhdoan-giaoban-2017",
"""
TỈNH ĐOÀN THỪA THIÊN HUẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ :: Tin tức :: Hoạt động Đoàn
28.09.2017 | 15:20
Đồng chí Lê Văn Phước chủ trì hội nghị giao ban.
Tuổi trẻ Thừa Thiên Huế xây 12 “Ngôi nhà khăn quàng đỏ” cho học sinh nghèo
Ngày 27/9, Ban Thường vụ Tỉnh đoàn tổ chức hội nghị giao ban công tác Đoàn và phong trào thanh thiếu nhi quý III/2017. Đồng chí Lê Văn Phước, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn chủ trì; dự có các đồng chí Phó Bí thư Tỉnh đoàn: Nguyễn Thị Diệu Linh, Hồ Văn Thái cùng bí thư các huyện, thị, thành đoàn và đoàn trực thuộc.
Trong quý III, trọng tâm là Chiến dịch Thanh niên tình nguyện hè 2017, các cấp bộ Đoàn đã huy động 12.500 lượt đoàn viên, thanh niên tham gia; làm mới, sửa chữa 15 km đường giao thông nông thôn; xây dựng 12 “Ngôi nhà khăn quàng đỏ”, mỗi nhà trị giá 40 triệu đồng. Tổng giá trị các công trình, phần việc thanh niên hơn 6,2 tỷ đồng, đạt 104% kế hoạch. Chương trình “Tiếp sức mùa thi” hỗ trợ 5.200 thí sinh và người nhà; các đơn vị tổ chức hiến được 1.850 đơn vị máu.
Về công tác xây dựng tổ chức, quý III các cơ sở Đoàn kết nạp 1.036 đoàn viên mới, giới thiệu 215 đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó 86 đoàn viên đã được kết nạp Đảng. Ở huyện miền núi A Lưới, đồng chí Kăn Sích, Bí thư Huyện đoàn A Lưới, cho biết Huyện đoàn đã thành lập 7 tổ hợp tác thanh niên trồng chuối, nuôi cá; anh A Viết Trình, Bí thư Đoàn xã A Roàng, chia sẻ mô hình “Thắp sáng đường quê” với 3,5 km điện chiếu sáng do đoàn viên, thanh niên đóng góp.
Hội nghị cũng công bố quyết định của Ban Thường vụ Trung ương Đoàn chuẩn y đồng chí Hồ Văn Thái, Ủy viên Ban Thường vụ Tỉnh đoàn, được bầu giữ chức Phó Bí thư Tỉnh đoàn nhiệm kỳ 2017 - 2022.
Phát biểu kết luận, đồng chí Lê Văn Phước đề nghị trong quý IV các cơ sở Đoàn tiếp tục thực hiện Chỉ thị 42-CT/TW ngày 24/3/2015 của Bộ Chính trị về giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ và Nghị quyết 25-NQ/TW của Ban Chấp hành Trung ương Đảng khóa X về công tác thanh niên; triển khai Kế hoạch 125, 126-KH/TĐTN-PT của Ban Thường vụ Tỉnh đoàn về Tháng cao điểm “Vì đàn em thân yêu” và chăm lo Tết cho thanh thiếu nhi vùng cao. Phấn đấu đến cuối năm kết nạp thêm 2.000 đoàn viên, hỗ trợ 30 thanh niên khởi nghiệp vay vốn, mỗi dự án không quá 50 triệu đồng.
Dịp này, Ban Thường vụ Tỉnh đoàn tặng Bằng khen cho 14 tập thể và 26 cá nhân có thành tích xuất sắc trong Chiến dịch Thanh niên tình nguyện hè 2017.
Minh Quân
Xem thêm
- Ra quân chiến dịch tình nguyện “Kỳ nghỉ hồng” năm 2017 (10/07/2017)
- Tỉnh đoàn trao 200 suất học bổng cho học sinh nghèo vượt khó (02/09/2017)
- A Lưới: Khánh thành cầu thanh niên tại xã Hồng Hạ (21/08/2017)
""",
"2017-09-28",
"Tuổi trẻ Thừa Thiên Huế xây 12 “Ngôi nhà khăn quàng đỏ” cho học sinh nghèo",
E("giao_ban", "2017-Q3", "2017-09-27"),
[
    P("Lê Văn Phước", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
    P("Nguyễn Thị Diệu Linh", "Phó Bí thư Tỉnh đoàn"),
    P("Hồ Văn Thái", "Phó Bí thư Tỉnh đoàn", "Ủy viên Ban Thường vụ Tỉnh đoàn"),
    P("Kăn Sích", "Bí thư Huyện đoàn A Lưới"),
    P("A Viết Trình", "Bí thư Đoàn xã A Roàng"),
],
[
    Q("12 “Ngôi nhà khăn quàng đỏ”", 12, "Ngôi nhà khăn quàng đỏ"),
    Q("12.500 lượt đoàn viên, thanh niên", 12500, "lượt đoàn viên, thanh niên"),
    Q("15 km", 15, "km"),
    Q("40 triệu đồng", 40000000, "đồng"),
    Q("hơn 6,2 tỷ đồng", 6200000000, "đồng", "over"),
    Q("104% kế hoạch", 104, "%"),
    Q("5.200 thí sinh", 5200, "thí sinh"),
    Q("1.850 đơn vị máu", 1850, "đơn vị máu"),
    Q("1.036 đoàn viên mới", 1036, "đoàn viên mới"),
    Q("215 đoàn viên ưu tú", 215, "đoàn viên ưu tú"),
    Q("86 đoàn viên", 86, "đoàn viên"),
    Q("7 tổ hợp tác thanh niên", 7, "tổ hợp tác thanh niên"),
    Q("3,5 km", 3.5, "km"),
    Q("2.000 đoàn viên", 2000, "đoàn viên"),
    Q("30 thanh niên", 30, "thanh niên"),
    Q("50 triệu đồng", 50000000, "đồng"),
    Q("14 tập thể", 14, "tập thể"),
    Q("26 cá nhân", 26, "cá nhân"),
],
[
    D("Chỉ thị", "42", "CT/TW", "2015-03-24", "Bộ Chính trị", surface="Chỉ thị 42-CT/TW ngày 24/3/2015"),
    D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương Đảng", surface="Nghị quyết 25-NQ/TW"),
    D("Kế hoạch", "125", "KH/TĐTN-PT", None, "Ban Thường vụ Tỉnh đoàn", surface="Kế hoạch 125, 126-KH/TĐTN-PT"),
    D("Kế hoạch", "126", "KH/TĐTN-PT", None, "Ban Thường vụ Tỉnh đoàn", surface="Kế hoạch 125, 126-KH/TĐTN-PT"),
],
[prov("Thừa Thiên Huế"), com("A Roàng")],
["TỈNH ĐOÀN THỪA THIÊN HUẾ - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ :: Tin tức :: Hoạt động Đoàn",
 "Đồng chí Lê Văn Phước chủ trì hội nghị giao ban.", "Ngôi nhà khăn quàng đỏ", "Chiến dịch Thanh niên tình nguyện hè 2017",
 "Tiếp sức mùa thi", "Thắp sáng đường quê", "Vì đàn em thân yêu", "Ban Thường vụ Trung ương Đoàn"],
["28.09.2017 | 15:20", "Ngày 27/9", "quý III/2017", "quý III", "quý IV", "nhiệm kỳ 2017 - 2022", "hè 2017", "khóa X"],
))

# ---------------------------------------------------------------- b1020
PAGES.append(page(
"b1020-danang-ldld-traoqua-2018",
"""
LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ ĐÀ NẴNG
Trang chủ - Hoạt động công đoàn - Chăm lo đời sống
Ngày đăng 06/05/2018 | 16:20
Trao 12 Mái ấm Công đoàn cho đoàn viên khó khăn về nhà ở
Sáng 5/5, nhân Tháng Công nhân năm 2018, Liên đoàn Lao động (LĐLĐ) thành phố Đà Nẵng tổ chức lễ trao 12 Mái ấm Công đoàn cho đoàn viên, người lao động có hoàn cảnh khó khăn về nhà ở và trao 500 suất quà cho công nhân tại các khu công nghiệp Hòa Khánh, Liên Chiểu.
Dự buổi lễ có đồng chí Phan Thị Kim Loan, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy; đồng chí Đặng Văn Sáu, Thành ủy viên, Chủ tịch LĐLĐ thành phố; các đồng chí Lê Thị Hà, Trần Đức Phúc - Phó Chủ tịch LĐLĐ thành phố.
Mỗi Mái ấm Công đoàn được hỗ trợ 50 triệu đồng từ Quỹ Mái ấm Công đoàn thành phố, phần còn lại do gia đình, công đoàn cơ sở và doanh nghiệp cùng đóng góp. Mỗi suất quà trị giá 1 triệu đồng, gồm tiền mặt và nhu yếu phẩm. Tổng kinh phí chương trình hơn 1,1 tỷ đồng.
Ảnh: Đồng chí Phan Thị Kim Loan trao quyết định hỗ trợ Mái ấm Công đoàn cho đoàn viên.
Chị Nguyễn Thị Bé, công nhân Công ty TNHH May Hòa Cầm, nhà ở phường Hòa Khánh Bắc, xúc động chia sẻ: sau 9 năm ở trọ, gia đình 4 người của chị đã có căn nhà 45 m2. Anh Trương Văn Lực, tổ trưởng tổ sản xuất Công ty CP Cơ khí Liên Chiểu, nhà ở xã Hòa Tiến, cho biết anh được công ty hỗ trợ thêm 20 triệu đồng và 60 ngày công của đồng nghiệp.
Theo đồng chí Đặng Văn Sáu, từ năm 2010 đến nay, Quỹ Mái ấm Công đoàn thành phố đã hỗ trợ xây mới, sửa chữa 486 căn nhà với tổng số tiền 16,8 tỷ đồng. Riêng năm 2018, LĐLĐ thành phố phấn đấu hỗ trợ 40 Mái ấm Công đoàn; các cấp công đoàn thành phố ký kết 126 thỏa ước lao động tập thể, tổ chức 85 cuộc đối thoại tại doanh nghiệp; chương trình “Phúc lợi cho đoàn viên công đoàn” đã ký thỏa thuận ưu đãi với 62 doanh nghiệp, mang lại lợi ích cho hơn 310.000 đoàn viên.
Hoạt động trong Tháng Công nhân được triển khai theo Nghị quyết 9c/NQ-BCH của Ban Chấp hành Tổng LĐLĐ Việt Nam về đẩy mạnh thực hiện chương trình phúc lợi cho đoàn viên và Kế hoạch số 57/KH-LĐLĐ ngày 12/3/2018 của Ban Thường vụ LĐLĐ thành phố. Phát biểu tại buổi lễ, đồng chí Phan Thị Kim Loan đề nghị các cấp công đoàn tiếp tục thực hiện Chỉ thị 22-CT/TW ngày 5/6/2008 của Ban Bí thư về xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong doanh nghiệp, quan tâm nhà ở, nhà trẻ cho con công nhân.
Cùng ngày, Công đoàn các khu công nghệ cao và các khu công nghiệp Đà Nẵng tổ chức “Bữa cơm công đoàn” cho 300 công nhân và khám sức khỏe miễn phí cho 450 lao động nữ.
Hồng Vân
Tin cùng chuyên mục
- Khởi động Tháng Công nhân năm 2018 với 15 hoạt động trọng tâm (28/04/2018)
- LĐLĐ quận Cẩm Lệ trao 5 suất học bổng cho con công nhân (20/04/2018)
- Hội thảo về nhà ở cho công nhân khu công nghiệp (11/04/2018)
""",
"2018-05-06",
"Trao 12 Mái ấm Công đoàn cho đoàn viên khó khăn về nhà ở",
E("trao_qua", None, "2018-05-05"),
[
    P("Phan Thị Kim Loan", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
    P("Đặng Văn Sáu", "Thành ủy viên", "Chủ tịch LĐLĐ thành phố"),
    P("Lê Thị Hà", "Phó Chủ tịch LĐLĐ thành phố"),
    P("Trần Đức Phúc", "Phó Chủ tịch LĐLĐ thành phố"),
    P("Nguyễn Thị Bé", "công nhân Công ty TNHH May Hòa Cầm"),
    P("Trương Văn Lực", "tổ trưởng tổ sản xuất Công ty CP Cơ khí Liên Chiểu"),
],
[
    Q("12 Mái ấm Công đoàn", 12, "Mái ấm Công đoàn"),
    Q("500 suất quà", 500, "suất quà"),
    Q("50 triệu đồng", 50000000, "đồng"),
    Q("1 triệu đồng", 1000000, "đồng"),
    Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"),
    Q("4 người", 4, "người"),
    Q("45 m2", 45, "m2"),
    Q("20 triệu đồng", 20000000, "đồng"),
    Q("60 ngày công", 60, "ngày công"),
    Q("486 căn nhà", 486, "căn nhà"),
    Q("16,8 tỷ đồng", 16800000000, "đồng"),
    Q("40 Mái ấm Công đoàn", 40, "Mái ấm Công đoàn"),
    Q("126 thỏa ước lao động tập thể", 126, "thỏa ước lao động tập thể"),
    Q("85 cuộc đối thoại", 85, "cuộc đối thoại"),
    Q("62 doanh nghiệp", 62, "doanh nghiệp"),
    Q("hơn 310.000 đoàn viên", 310000, "đoàn viên", "over"),
    Q("300 công nhân", 300, "công nhân"),
    Q("450 lao động nữ", 450, "lao động nữ"),
],
[
    D("Nghị quyết", "9c", "NQ-BCH", None, "Ban Chấp hành Tổng LĐLĐ Việt Nam", surface="Nghị quyết 9c/NQ-BCH"),
    D("Kế hoạch", "57", "KH-LĐLĐ", "2018-03-12", "Ban Thường vụ LĐLĐ thành phố", surface="Kế hoạch số 57/KH-LĐLĐ ngày 12/3/2018"),
    D("Chỉ thị", "22", "CT/TW", "2008-06-05", "Ban Bí thư", surface="Chỉ thị 22-CT/TW ngày 5/6/2008"),
],
[prov("Đà Nẵng"), com("Hòa Khánh Bắc"), com("Hòa Tiến")],
["LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ ĐÀ NẴNG", "Trang chủ - Hoạt động công đoàn - Chăm lo đời sống", "Tháng Công nhân",
 "Ảnh: Đồng chí Phan Thị Kim Loan trao quyết định hỗ trợ Mái ấm Công đoàn cho đoàn viên.", "Quỹ Mái ấm Công đoàn",
 "Phúc lợi cho đoàn viên công đoàn", "Bữa cơm công đoàn", "Công ty TNHH May Hòa Cầm", "khu công nghiệp Hòa Khánh, Liên Chiểu"],
["Ngày đăng 06/05/2018 | 16:20", "Sáng 5/5", "Tháng Công nhân năm 2018", "9 năm", "từ năm 2010", "năm 2018", "9c/NQ-BCH"],
))

# ---------------------------------------------------------------- b1021
PAGES.append(page(
"b1021-quangngai-mttq-baocao-2019",
"""
ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NGÃI
Trang chủ | Giới thiệu | Tin hoạt động | Vì người nghèo | Văn bản
Thứ Sáu, 27 tháng 12, 2019 | 10:30
Quỹ “Vì người nghèo” năm 2019 tiếp nhận 38,6 tỷ đồng
Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi vừa có Báo cáo số 112/BC-MTTQ-BTT ngày 26/12/2019 về kết quả vận động, quản lý và sử dụng Quỹ “Vì người nghèo” năm 2019.
Theo báo cáo, năm 2019 Quỹ “Vì người nghèo” các cấp trong tỉnh tiếp nhận 38,6 tỷ đồng, tăng 4,2 tỷ đồng so với năm 2018; trong đó cấp tỉnh 11,3 tỷ đồng, cấp huyện 14,9 tỷ đồng, cấp xã 12,4 tỷ đồng. Riêng đợt cao điểm “Tháng cao điểm vì người nghèo” từ 17/10 đến 18/11 đã tiếp nhận hơn 9 tỷ đồng.
Từ nguồn quỹ, Mặt trận các cấp đã hỗ trợ xây mới 612 nhà Đại đoàn kết và sửa chữa 248 nhà, với mức hỗ trợ 40 triệu đồng/nhà xây mới, 20 triệu đồng/nhà sửa chữa; hỗ trợ 3.150 học sinh nghèo đến trường; 2.460 lượt người nghèo được hỗ trợ khám, chữa bệnh; tặng 21.800 suất quà Tết cho hộ nghèo, hộ cận nghèo. Hơn 70% số nhà Đại đoàn kết được xây dựng tại 6 huyện miền núi Ba Tơ, Sơn Tây, Tây Trà, Minh Long, Trà Bồng, Sơn Hà, nơi đồng bào Hrê, Cor, Ca Dong sinh sống.
Bà Đinh Thị Ven ở thôn Gò Rô, xã Ba Thành, huyện Ba Tơ, là một trong những hộ được hỗ trợ. Căn nhà 48 m2 của bà được xây với kinh phí 65 triệu đồng; ngoài phần hỗ trợ của Quỹ, gia đình vay thêm 15 triệu đồng từ Ngân hàng Chính sách xã hội, bà con trong thôn góp hơn 80 ngày công. Ông Hồ Văn Đẽo, Trưởng ban công tác Mặt trận thôn Tang, xã Sơn Liên, cho biết cả thôn có 17 hộ được làm nhà trong 2 năm qua.
Báo cáo đánh giá việc quản lý quỹ được thực hiện công khai, đúng quy định; Ban Thường trực đã tổ chức 12 cuộc giám sát việc sử dụng quỹ ở cấp huyện, xã. Công tác giảm nghèo được thực hiện gắn với Nghị quyết 76/2014/QH13 của Quốc hội về đẩy mạnh thực hiện mục tiêu giảm nghèo bền vững và Kết luận 03, 04-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận ở vùng đồng bào dân tộc thiểu số. Tỷ lệ hộ nghèo toàn tỉnh cuối năm 2019 giảm còn 8,29%.
Theo ông Võ Thanh Hùng, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, năm 2020 Mặt trận phấn đấu vận động Quỹ đạt 40 tỷ đồng, hỗ trợ xây mới ít nhất 600 nhà Đại đoàn kết; thực hiện Kế hoạch liên tịch số 19/KHLT-MTTQ-UBND ngày 20/12/2019 giữa Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh về huy động nguồn lực xóa nhà tạm cho hộ nghèo.
Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đề nghị Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố hoàn thành quyết toán quỹ năm 2019 trước ngày 15/01/2020.
Ban Phong trào
Các tin khác
- Ủy ban MTTQ tỉnh bàn giao 20 nhà Đại đoàn kết ở Sơn Tây (20/12/2019)
- Hội nghị giao ban công tác Mặt trận cụm miền núi (12/12/2019)
- Trao 500 suất quà cho đồng bào bị ảnh hưởng bão số 5 (04/11/2019)
- Đồng chí Võ Thanh Hùng kiểm tra công tác xóa nhà tạm ở Ba Tơ (06/12/2019)
- Triển khai Quyết định 1211/QĐ-UBND về Quỹ “Vì người nghèo” (25/11/2019)
""",
"2019-12-27",
"Quỹ “Vì người nghèo” năm 2019 tiếp nhận 38,6 tỷ đồng",
E("bao_cao", "2019", "2019-12-26"),
[
    P("Đinh Thị Ven"),
    P("Hồ Văn Đẽo", "Trưởng ban công tác Mặt trận thôn Tang"),
    P("Võ Thanh Hùng", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
],
[
    Q("38,6 tỷ đồng", 38600000000, "đồng"),
    Q("4,2 tỷ đồng", 4200000000, "đồng"),
    Q("11,3 tỷ đồng", 11300000000, "đồng"),
    Q("14,9 tỷ đồng", 14900000000, "đồng"),
    Q("12,4 tỷ đồng", 12400000000, "đồng"),
    Q("hơn 9 tỷ đồng", 9000000000, "đồng", "over"),
    Q("612 nhà Đại đoàn kết", 612, "nhà Đại đoàn kết"),
    Q("248 nhà", 248, "nhà"),
    Q("40 triệu đồng/nhà xây mới", 40000000, "đồng"),
    Q("20 triệu đồng/nhà sửa chữa", 20000000, "đồng"),
    Q("3.150 học sinh nghèo", 3150, "học sinh nghèo"),
    Q("2.460 lượt người nghèo", 2460, "lượt người nghèo"),
    Q("21.800 suất quà Tết", 21800, "suất quà Tết"),
    Q("Hơn 70%", 70, "%", "over"),
    Q("6 huyện miền núi", 6, "huyện miền núi"),
    Q("48 m2", 48, "m2"),
    Q("65 triệu đồng", 65000000, "đồng"),
    Q("15 triệu đồng", 15000000, "đồng"),
    Q("hơn 80 ngày công", 80, "ngày công", "over"),
    Q("17 hộ", 17, "hộ"),
    Q("12 cuộc giám sát", 12, "cuộc giám sát"),
    Q("8,29%", 8.29, "%"),
    Q("40 tỷ đồng", 40000000000, "đồng"),
    Q("ít nhất 600 nhà Đại đoàn kết", 600, "nhà Đại đoàn kết", "over"),
],
[
    D("Báo cáo", "112", "BC-MTTQ-BTT", "2019-12-26", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi", surface="Báo cáo số 112/BC-MTTQ-BTT ngày 26/12/2019"),
    D("Nghị quyết", "76", "2014/QH13", None, "Quốc hội", surface="Nghị quyết 76/2014/QH13"),
    D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kết luận 03, 04-KL/TU"),
    D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kết luận 03, 04-KL/TU"),
    D("Kế hoạch liên tịch", "19", "KHLT-MTTQ-UBND", "2019-12-20", None, surface="Kế hoạch liên tịch số 19/KHLT-MTTQ-UBND ngày 20/12/2019"),
],
[prov("Quảng Ngãi"), com("Ba Thành"), com("Sơn Liên")],
["ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NGÃI", "Trang chủ | Giới thiệu | Tin hoạt động | Vì người nghèo | Văn bản",
 "Vì người nghèo", "Tháng cao điểm vì người nghèo", "thôn Gò Rô", "huyện Ba Tơ", "Ban Phong trào"],
["Thứ Sáu, 27 tháng 12, 2019 | 10:30", "năm 2019", "năm 2018", "từ 17/10 đến 18/11", "2 năm qua", "năm 2020",
 "trước ngày 15/01/2020"],
))

# ---------------------------------------------------------------- b1022
PAGES.append(page(
"b1022-binhdinh-hlhpn-soket-2020",
"""
BÁO BÌNH ĐỊNH ONLINE
Xã hội >> Phụ nữ - Gia đình
10/07/2020 16:45:12
Bà Đặng Thị Kim Oanh phát biểu tại hội nghị. Ảnh: N.M
Phụ nữ Bình Định hỗ trợ 4.126 hội viên khó khăn do dịch Covid-19
(BĐ) - Ngày 9/7, Hội LHPN tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm. Bà Đặng Thị Kim Oanh, UVBCH Trung ương Hội LHPN Việt Nam, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì; dự có bà Lê Thị Thu Hà, Phó Trưởng Ban Dân vận Tỉnh ủy và các Phó Chủ tịch Hội LHPN tỉnh: Nguyễn Thị Mỹ Lệ, Đinh Thị Hoa.
6 tháng đầu năm, trong bối cảnh dịch Covid-19, các cấp Hội đã vận động hỗ trợ 4.126 hội viên, phụ nữ và gia đình gặp khó khăn với tổng trị giá 1,65 tỷ đồng; phối hợp triển khai Nghị quyết 42/NQ-CP ngày 9/4/2020 của Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch, rà soát giúp 2.870 hộ phụ nữ nghèo nhận hỗ trợ đúng đối tượng. Hội còn may và phát 36.500 khẩu trang vải, trao 2.300 bộ sách giáo khoa cho học sinh nghèo.
Các cấp Hội kết nạp 2.180 hội viên mới; giới thiệu 560 phụ nữ vay vốn với tổng số tiền 18 tỷ đồng; thành lập mới 9 tổ hợp tác do phụ nữ làm chủ. Thực hiện Quyết định 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ về Đề án “Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025”, Hội đã hỗ trợ 24 ý tưởng khởi nghiệp, mỗi ý tưởng từ 5 đến 10 triệu đồng. Mô hình “Tiết kiệm vì phụ nữ nghèo” có 1.480 thành viên, huy động được gần 2,3 tỷ đồng. Tỷ lệ hộ gia đình đạt tiêu chuẩn “5 không, 3 sạch” đạt 98,6%. Hội cũng quản lý dư nợ ủy thác của Ngân hàng Chính sách xã hội 1.265 tỷ đồng với 38.400 hộ vay, tỷ lệ nợ quá hạn chỉ 0,18%.
Tại hội nghị, bà Đinh Thị Nhung, Chủ tịch Hội LHPN huyện An Lão, cho biết Hội đã vận động 46 hộ đồng bào Hrê bỏ tục sinh con tại rẫy; chị Đinh Thị Hlê, Chi hội trưởng phụ nữ làng O3, xã Vĩnh Kim (Vĩnh Thạnh), đề nghị tăng nguồn vốn vay cho phụ nữ Ba Na nuôi bò, trồng keo.
Phát biểu chỉ đạo, bà Lê Thị Thu Hà đề nghị các cấp Hội thực hiện Hướng dẫn số 12/HD-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về tổ chức đại hội phụ nữ cơ sở, chuẩn bị tốt Đại hội đại biểu phụ nữ tỉnh lần thứ XVII; tiếp tục thực hiện Đề án 938 về hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội.
6 tháng cuối năm, Hội phấn đấu mỗi cơ sở Hội giúp ít nhất 2 hộ phụ nữ nghèo thoát nghèo, xây dựng 15 “Mái ấm tình thương”, mỗi căn 40 triệu đồng, và hoàn thành 100% đại hội phụ nữ cấp cơ sở trong tháng 9.
Ngọc Mai
Tin liên quan
- Hội LHPN tỉnh trao 200 suất quà cho phụ nữ nghèo (22/04/2020)
- Ra mắt 12 tổ phụ nữ “Sạch nhà - Đẹp ngõ” (15/06/2020)
- Hoài Nhơn: Phụ nữ góp 500 triệu đồng xây nhà cho hội viên nghèo (02/06/2020)
""",
"2020-07-10",
"Phụ nữ Bình Định hỗ trợ 4.126 hội viên khó khăn do dịch Covid-19",
E("so_ket", "2020-H1", "2020-07-09"),
[
    P("Đặng Thị Kim Oanh", "UVBCH Trung ương Hội LHPN Việt Nam", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
    P("Lê Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Nguyễn Thị Mỹ Lệ", "Phó Chủ tịch Hội LHPN tỉnh"),
    P("Đinh Thị Hoa", "Phó Chủ tịch Hội LHPN tỉnh"),
    P("Đinh Thị Nhung", "Chủ tịch Hội LHPN huyện An Lão"),
    P("Đinh Thị Hlê", "Chi hội trưởng phụ nữ làng O3"),
],
[
    Q("4.126 hội viên", 4126, "hội viên"),
    Q("1,65 tỷ đồng", 1650000000, "đồng"),
    Q("2.870 hộ phụ nữ nghèo", 2870, "hộ phụ nữ nghèo"),
    Q("36.500 khẩu trang vải", 36500, "khẩu trang vải"),
    Q("2.300 bộ sách giáo khoa", 2300, "bộ sách giáo khoa"),
    Q("2.180 hội viên mới", 2180, "hội viên mới"),
    Q("560 phụ nữ", 560, "phụ nữ"),
    Q("18 tỷ đồng", 18000000000, "đồng"),
    Q("9 tổ hợp tác", 9, "tổ hợp tác"),
    Q("24 ý tưởng khởi nghiệp", 24, "ý tưởng khởi nghiệp"),
    Q("từ 5 đến 10 triệu đồng", 5000000, "đồng"),
    Q("10 triệu đồng", 10000000, "đồng"),
    Q("1.480 thành viên", 1480, "thành viên"),
    Q("gần 2,3 tỷ đồng", 2300000000, "đồng", "approx"),
    Q("98,6%", 98.6, "%"),
    Q("1.265 tỷ đồng", 1265000000000, "đồng"),
    Q("38.400 hộ vay", 38400, "hộ vay"),
    Q("0,18%", 0.18, "%"),
    Q("46 hộ đồng bào Hrê", 46, "hộ đồng bào Hrê"),
    Q("2 hộ phụ nữ nghèo", 2, "hộ phụ nữ nghèo", "over"),
    Q("15 “Mái ấm tình thương”", 15, "Mái ấm tình thương"),
    Q("40 triệu đồng", 40000000, "đồng"),
    Q("100% đại hội phụ nữ cấp cơ sở", 100, "%"),
],
[
    D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", surface="Nghị quyết 42/NQ-CP ngày 9/4/2020"),
    D("Quyết định", "939", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", surface="Quyết định 939/QĐ-TTg ngày 30/6/2017"),
    D("Hướng dẫn", "12", "HD-ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", surface="Hướng dẫn số 12/HD-ĐCT"),
    D("Đề án", "938", None, None, None, surface="Đề án 938"),
],
[prov("Bình Định"), com("Vĩnh Kim")],
["BÁO BÌNH ĐỊNH ONLINE", "Xã hội >> Phụ nữ - Gia đình", "Bà Đặng Thị Kim Oanh phát biểu tại hội nghị. Ảnh: N.M", "(BĐ)",
 "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025", "Tiết kiệm vì phụ nữ nghèo", "5 không, 3 sạch", "làng O3",
 "Đại hội đại biểu phụ nữ tỉnh lần thứ XVII"],
["10/07/2020 16:45:12", "6 tháng đầu năm 2020", "6 tháng cuối năm", "5 không, 3 sạch", "giai đoạn 2017 - 2025",
 "lần thứ XVII", "tháng 9"],
))

# ---------------------------------------------------------------- b1023
PAGES.append(page(
"b1023-phuyen-mttq-traoqua-2020",
"""
Báo Phú Yên Online
Chính trị > Mặt trận - Đoàn thể
Thứ Ba, 17/11/2020 - 07:30
Trao 1.200 suất quà cho người dân vùng lũ Sơn Hòa, Sông Hinh
Ngày 16/11, Ủy ban MTTQ Việt Nam tỉnh Phú Yên phối hợp với Ủy ban MTTQ Việt Nam TP Hồ Chí Minh trao 1.200 suất quà cho người dân bị ảnh hưởng bởi bão số 9 và mưa lũ tại các xã Sơn Hội, Phước Tân (huyện Sơn Hòa) và Ea Lâm (huyện Sông Hinh). Mỗi suất quà gồm 500.000 đồng tiền mặt và 10 kg gạo, tổng trị giá 720 triệu đồng.
Tham dự có bà Nguyễn Thị Diệp Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Lâm Quang Vĩnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam TP Hồ Chí Minh; ông Nguyễn Văn Kỳ, Phó Chủ tịch UBND huyện Sơn Hòa.
Ảnh: Bà Nguyễn Thị Diệp Hằng và ông Lâm Quang Vĩnh trao quà cho người dân xã Sơn Hội.
Đợt mưa lũ từ ngày 28/10 đến 9/11 làm 3 người chết, 35 nhà bị sập hoàn toàn, 1.640 nhà bị tốc mái, hư hỏng; hơn 2.700 ha hoa màu bị ngập úng. Tại xã Sơn Hội, nhiều hộ đồng bào Chăm H'roi, Ba Na mất trắng vụ lúa mùa.
Bà Ma Thị Nhang, ở buôn Ma Giai, xã Sơn Hội, cho biết lũ cuốn trôi toàn bộ 4 con bò và 2 tấn lúa của gia đình. Ông Y Bước Niê, Chủ tịch Ủy ban MTTQ xã Ea Lâm, cho biết xã có 126 hộ bị thiệt hại nặng, Mặt trận xã đã vận động các hộ khá giả góp hơn 3 tấn gạo giúp bà con.
Theo báo cáo của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, đến ngày 15/11, Ủy ban MTTQ Việt Nam tỉnh đã tiếp nhận 14,7 tỷ đồng và nhiều hàng hóa ủng hộ đồng bào bị thiệt hại do bão lũ; đã phân bổ 11,2 tỷ đồng cho 9 huyện, thị xã, thành phố. Cụ thể: hỗ trợ 35 hộ có nhà bị sập hoàn toàn, mỗi hộ 30 triệu đồng; 1.640 hộ có nhà bị tốc mái, hư hỏng, mỗi hộ 3 triệu đồng; gia đình có người chết được hỗ trợ 10 triệu đồng.
Việc tiếp nhận, phân bổ được thực hiện theo Nghị định 64/2008/NĐ-CP ngày 14/5/2008 của Chính phủ về vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện hỗ trợ nhân dân khắc phục khó khăn do thiên tai, và Công văn số 1256/MTTQ-BTT ngày 30/10/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Trước đó, thực hiện Công điện của Thủ tướng Chính phủ về ứng phó mưa lũ, Mặt trận các cấp đã cùng chính quyền di dời hơn 4.500 hộ dân đến nơi an toàn.
Bà Nguyễn Thị Diệp Hằng cảm ơn nhân dân TP Hồ Chí Minh đã chia sẻ với đồng bào Phú Yên và đề nghị Mặt trận cơ sở công khai danh sách hộ nhận hỗ trợ tại nhà văn hóa thôn, buôn.
Phương Nhi
Tin khác
- Thanh niên Phú Yên dọn dẹp trường học sau lũ (14/11/2020)
- Hội LHPN tỉnh trao 300 suất quà cho phụ nữ vùng lũ (12/11/2020)
- Tuy An: Khắc phục hậu quả mưa lũ (10/11/2020)
""",
"2020-11-17",
"Trao 1.200 suất quà cho người dân vùng lũ Sơn Hòa, Sông Hinh",
E("trao_qua", None, "2020-11-16"),
[
    P("Nguyễn Thị Diệp Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Lâm Quang Vĩnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam TP Hồ Chí Minh"),
    P("Nguyễn Văn Kỳ", "Phó Chủ tịch UBND huyện Sơn Hòa"),
    P("Ma Thị Nhang"),
    P("Y Bước Niê", "Chủ tịch Ủy ban MTTQ xã Ea Lâm"),
],
[
    Q("1.200 suất quà", 1200, "suất quà"),
    Q("500.000 đồng", 500000, "đồng"),
    Q("10 kg", 10, "kg"),
    Q("720 triệu đồng", 720000000, "đồng"),
    Q("3 người", 3, "người"),
    Q("35 nhà", 35, "nhà"),
    Q("1.640 nhà", 1640, "nhà"),
    Q("hơn 2.700 ha", 2700, "ha", "over"),
    Q("4 con bò", 4, "con bò"),
    Q("2 tấn", 2, "tấn"),
    Q("126 hộ", 126, "hộ"),
    Q("hơn 3 tấn", 3, "tấn", "over"),
    Q("14,7 tỷ đồng", 14700000000, "đồng"),
    Q("11,2 tỷ đồng", 11200000000, "đồng"),
    Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
    Q("35 hộ", 35, "hộ"),
    Q("30 triệu đồng", 30000000, "đồng"),
    Q("1.640 hộ", 1640, "hộ"),
    Q("3 triệu đồng", 3000000, "đồng"),
    Q("10 triệu đồng", 10000000, "đồng"),
    Q("hơn 4.500 hộ dân", 4500, "hộ dân", "over"),
],
[
    D("Nghị định", "64", "2008/NĐ-CP", "2008-05-14", "Chính phủ", surface="Nghị định 64/2008/NĐ-CP ngày 14/5/2008"),
    D("Công văn", "1256", "MTTQ-BTT", "2020-10-30", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", surface="Công văn số 1256/MTTQ-BTT ngày 30/10/2020"),
],
[prov("Phú Yên"), prov("Hồ Chí Minh"), com("Sơn Hội"), com("Phước Tân"), com("Ea Lâm")],
["Báo Phú Yên Online", "Chính trị > Mặt trận - Đoàn thể",
 "Ảnh: Bà Nguyễn Thị Diệp Hằng và ông Lâm Quang Vĩnh trao quà cho người dân xã Sơn Hội.", "buôn Ma Giai",
 "Công điện của Thủ tướng Chính phủ", "huyện Sơn Hòa", "huyện Sông Hinh"],
["Thứ Ba, 17/11/2020 - 07:30", "Ngày 16/11", "bão số 9", "từ ngày 28/10 đến 9/11", "đến ngày 15/11", "hộ đồng bào"],
))

# ---------------------------------------------------------------- b1024
PAGES.append(page(
"b1024-khanhhoa-mttq-hiepthuong-2021",
"""
Khánh Hòa Online - Báo Khánh Hòa
Chính trị › Bầu cử đại biểu Quốc hội và HĐND các cấp
17/04/2021 - 10:12
Toàn cảnh hội nghị hiệp thương lần thứ ba.
Lập danh sách 88 người ứng cử đại biểu HĐND tỉnh khóa VII
Ngày 16/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa tổ chức Hội nghị hiệp thương lần thứ ba để lựa chọn, lập danh sách những người đủ tiêu chuẩn ứng cử đại biểu Quốc hội khóa XV và đại biểu HĐND tỉnh khóa VII, nhiệm kỳ 2021 - 2026. Bà Nguyễn Thị Hồng Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị; dự có ông Trần Mạnh Dũng, Phó Chủ tịch Thường trực HĐND tỉnh, Phó Chủ tịch Ủy ban Bầu cử tỉnh.
Hội nghị diễn ra theo Nghị quyết liên tịch số 09/2021/NQLT-UBTVQH-CP-ĐCTUBTWMTTQVN của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 28, 29/KH-UBBC của Ủy ban Bầu cử tỉnh. Sau khi nghe báo cáo kết quả lấy ý kiến cử tri nơi cư trú, với 2.150 cử tri tham dự và tỷ lệ tín nhiệm đều trên 90%, hội nghị đã hiệp thương thống nhất lập danh sách chính thức 12 người ứng cử đại biểu Quốc hội để bầu 7 đại biểu, và 88 người ứng cử đại biểu HĐND tỉnh để bầu 50 đại biểu.
Trong 88 người ứng cử đại biểu HĐND tỉnh có 31 phụ nữ, chiếm 35,2%; 9 người ngoài Đảng; 10 người dân tộc thiểu số; 28 người tái cử. Số người ứng cử là người trẻ tuổi (dưới 40 tuổi) có 16 người.
Trong danh sách có các ông, bà người Raglai: Mấu Thị Bích, Chủ tịch Hội LHPN huyện Khánh Sơn; Cao Minh Sang, Bí thư Đảng ủy xã Sơn Thái; Bo Bo Thị Hạnh, giáo viên Trường Phổ thông Dân tộc nội trú huyện Khánh Vĩnh. Đại diện các tôn giáo có Hòa thượng Thích Minh Tâm, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh và Linh mục Antôn Lê Minh Quang, Ủy viên Ủy ban MTTQ Việt Nam tỉnh.
Phát biểu tại hội nghị, bà Nguyễn Thị Hồng Hải đề nghị Ủy ban MTTQ các cấp phối hợp tổ chức tốt các hội nghị tiếp xúc cử tri để người ứng cử vận động bầu cử, bảo đảm mỗi người ứng cử đại biểu HĐND tỉnh tiếp xúc ít nhất 3 lần. Mặt trận các cấp tăng cường tuyên truyền để cử tri trong toàn tỉnh, nhất là đồng bào Raglai, T'rin ở 2 huyện miền núi, hiểu rõ quyền và nghĩa vụ bầu cử. Ngày bầu cử được ấn định là Chủ nhật, 23/5/2021.
Trước đó, hội nghị hiệp thương lần thứ hai ngày 17/3 đã thống nhất danh sách sơ bộ 91 người ứng cử đại biểu HĐND tỉnh; qua lấy ý kiến cử tri, 3 người không đủ tiêu chuẩn hoặc xin rút. Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh cũng đã thực hiện Chỉ thị 06-CT/TU của Ban Thường vụ Tỉnh ủy về lãnh đạo cuộc bầu cử, trả lời 14 đơn thư liên quan người ứng cử.
Khánh Hòa
Bài viết liên quan
- Hội nghị hiệp thương lần thứ hai: Danh sách sơ bộ 91 người (18/03/2021)
- Cử tri Cam Lâm góp ý người ứng cử (09/04/2021)
- Khánh Vĩnh chuẩn bị 64 tổ bầu cử (02/04/2021)
- Ủy ban Bầu cử tỉnh triển khai Kế hoạch số 30/KH-UBBC (25/03/2021)
- Hòa thượng Thích Minh Tâm: Chức sắc tôn giáo gương mẫu tham gia bầu cử (12/04/2021)
""",
"2021-04-17",
"Lập danh sách 88 người ứng cử đại biểu HĐND tỉnh khóa VII",
E("hoi_nghi", None, "2021-04-16"),
[
    P("Nguyễn Thị Hồng Hải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Trần Mạnh Dũng", "Phó Chủ tịch Thường trực HĐND tỉnh", "Phó Chủ tịch Ủy ban Bầu cử tỉnh"),
    P("Mấu Thị Bích", "Chủ tịch Hội LHPN huyện Khánh Sơn"),
    P("Cao Minh Sang", "Bí thư Đảng ủy xã Sơn Thái"),
    P("Bo Bo Thị Hạnh", "giáo viên Trường Phổ thông Dân tộc nội trú huyện Khánh Vĩnh"),
    P("Thích Minh Tâm", "Hòa thượng", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
    P("Antôn Lê Minh Quang", "Linh mục", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"),
],
[
    Q("88 người", 88, "người"),
    Q("2.150 cử tri", 2150, "cử tri"),
    Q("trên 90%", 90, "%", "over"),
    Q("12 người", 12, "người"),
    Q("7 đại biểu", 7, "đại biểu"),
    Q("50 đại biểu", 50, "đại biểu"),
    Q("31 phụ nữ", 31, "phụ nữ"),
    Q("35,2%", 35.2, "%"),
    Q("9 người ngoài Đảng", 9, "người ngoài Đảng"),
    Q("10 người dân tộc thiểu số", 10, "người dân tộc thiểu số"),
    Q("28 người tái cử", 28, "người tái cử"),
    Q("16 người", 16, "người"),
    Q("2 huyện miền núi", 2, "huyện miền núi"),
    Q("91 người", 91, "người"),
    Q("3 người", 3, "người"),
    Q("14 đơn thư", 14, "đơn thư"),
],
[
    D("Nghị quyết liên tịch", "09", "2021/NQLT-UBTVQH-CP-ĐCTUBTWMTTQVN", None,
      "Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
      surface="Nghị quyết liên tịch số 09/2021/NQLT-UBTVQH-CP-ĐCTUBTWMTTQVN"),
    D("Kế hoạch", "28", "KH-UBBC", None, "Ủy ban Bầu cử tỉnh", surface="Kế hoạch số 28, 29/KH-UBBC"),
    D("Kế hoạch", "29", "KH-UBBC", None, "Ủy ban Bầu cử tỉnh", surface="Kế hoạch số 28, 29/KH-UBBC"),
    D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 06-CT/TU"),
],
[prov("Khánh Hòa"), com("Sơn Thái")],
["Khánh Hòa Online - Báo Khánh Hòa", "Chính trị › Bầu cử đại biểu Quốc hội và HĐND các cấp",
 "Toàn cảnh hội nghị hiệp thương lần thứ ba.", "Giáo hội Phật giáo Việt Nam", "Trường Phổ thông Dân tộc nội trú huyện Khánh Vĩnh"],
["17/04/2021 - 10:12", "Ngày 16/4", "lần thứ ba", "khóa XV", "khóa VII", "nhiệm kỳ 2021 - 2026", "dưới 40 tuổi", "3 lần",
 "Chủ nhật, 23/5/2021", "lần thứ hai ngày 17/3"],
))
