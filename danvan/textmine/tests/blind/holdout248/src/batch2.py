from lib import *
PAGES = []

PAGES.append(page("b5915-hanam-ldld-traoqua-2017", """
HÀ NAM ĐIỆN TỬ - Cổng thông tin của Liên đoàn Lao động tỉnh Hà Nam
Trang chủ >> Hoạt động công đoàn >> Chăm lo đời sống
Thứ Hai, 16/01/2017 - 08:50
Trao quà Tết cho công nhân ở doanh nghiệp vừa ổn định sau ngừng việc
Ngày 14/1, đồng chí Trần Văn Đạo, Tỉnh ủy viên, Chủ tịch Liên đoàn Lao động tỉnh cùng đoàn công tác đã đến thăm, trao 350 suất quà Tết cho công nhân Công ty TNHH may Đồng Văn, nơi cuối tháng 11/2016 xảy ra vụ ngừng việc của gần 900 người lao động.
Đồng chí Trần Văn Đạo trao quà cho công nhân. Ảnh: Phương Thảo
Mỗi suất quà trị giá 700.000 đồng, gồm 500.000 đồng tiền mặt và hàng hóa; tổng trị giá 245 triệu đồng, do Quỹ "Tết Sum vầy" của Liên đoàn Lao động tỉnh và các nhà hảo tâm ủng hộ. Cùng đi có các đồng chí Phó Chủ tịch Liên đoàn Lao động tỉnh: Đinh Thị Mai, Vũ Hồng Quân.
Theo ông Lại Văn Khoa, Chủ tịch Công đoàn cơ sở công ty, sau vụ ngừng việc, Ban Dân vận Huyện ủy Duy Tiên, Liên đoàn Lao động tỉnh và UBND thị trấn Đồng Văn đã 3 lần đối thoại với chủ doanh nghiệp. Công ty đồng ý tăng phụ cấp chuyên cần thêm 100.000 đồng/tháng, trả thưởng Tết bằng 1 tháng lương cho 100% công nhân, và chi trả đủ 1,2 tỷ đồng tiền lương làm thêm giờ còn nợ.
Bà Nguyễn Thị Thu Hà, Phó Trưởng Ban Dân vận Huyện ủy Duy Tiên, cho biết năm 2016 huyện xảy ra 4 vụ ngừng việc tập thể; cả 4 vụ đều được giải quyết trong vòng 48 giờ theo Quy chế phối hợp số 03-QC/HU ngày 5/5/2015 giữa Ban Dân vận Huyện ủy với UBND huyện và Liên đoàn Lao động huyện về xử lý tranh chấp lao động tập thể.
Dịp này, Liên đoàn Lao động tỉnh còn trao 20 suất quà cho công nhân có hoàn cảnh đặc biệt khó khăn, mỗi suất 1 triệu đồng, và hỗ trợ 2 "Mái ấm Công đoàn" mỗi căn 40 triệu đồng cho chị Trần Thị Lụa và anh Phạm Văn Hải, công nhân lâu năm của công ty.
Theo kế hoạch số 02/KH-LĐLĐ của Liên đoàn Lao động tỉnh, Tết Đinh Dậu năm 2017, các cấp công đoàn tỉnh Hà Nam trao trên 12.000 suất quà cho đoàn viên, người lao động với tổng trị giá khoảng 6,5 tỷ đồng; tổ chức "Chuyến xe mùa xuân" đưa 450 công nhân về quê đón Tết.
Nhận quà, chị Hà Thị Dịu, công nhân tổ cắt, quê huyện Kim Bảng, xúc động cho biết: "Sau đợt ngừng việc, chúng tôi lo công ty cắt thưởng Tết. Nay được công đoàn đứng ra thương lượng, anh chị em yên tâm làm việc". Ông Đặng Quang Huy, Phó Chủ tịch UBND thị trấn Đồng Văn, cho biết thị trấn đang có khoảng 3.200 công nhân thuê trọ tại 86 khu nhà trọ; các tổ dân vận đã đến từng phòng trọ tuyên truyền pháp luật lao động.
Phương Thảo
Lượt xem: 2.315
Tin liên quan
- Duy Tiên: đối thoại với công nhân Khu công nghiệp Đồng Văn II (30/12/2016)
- Liên đoàn Lao động tỉnh tổng kết năm 2016 (22/12/2016)
- Công nhân may trở lại làm việc sau 2 ngày ngừng việc (29/11/2016)
""", "2017-01-16", "Trao quà Tết cho công nhân ở doanh nghiệp vừa ổn định sau ngừng việc",
E("trao_qua", None, "2017-01-14"),
[P("Trần Văn Đạo", "Tỉnh ủy viên", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Đinh Thị Mai", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Vũ Hồng Quân", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Lại Văn Khoa", "Chủ tịch Công đoàn cơ sở công ty"),
 P("Nguyễn Thị Thu Hà", "Phó Trưởng Ban Dân vận Huyện ủy Duy Tiên"),
 P("Trần Thị Lụa"), P("Phạm Văn Hải"),
 P("Hà Thị Dịu", "công nhân tổ cắt"), P("Đặng Quang Huy", "Phó Chủ tịch UBND thị trấn Đồng Văn")],
[Q("350 suất quà Tết", 350, "suất quà"), Q("gần 900 người lao động", 900, "người lao động", "approx"),
 Q("700.000 đồng", 700000, "đồng"), Q("500.000 đồng", 500000, "đồng"), Q("245 triệu đồng", 245000000, "đồng"),
 Q("100.000 đồng", 100000, "đồng"), Q("100%", 100, "%"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("4 vụ ngừng việc tập thể", 4, "vụ ngừng việc tập thể"), Q("20 suất quà", 20, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng"), Q('2 "Mái ấm Công đoàn"', 2, "Mái ấm Công đoàn"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("trên 12.000 suất quà", 12000, "suất quà", "over"),
 Q("khoảng 6,5 tỷ đồng", 6500000000, "đồng", "approx"), Q("450 công nhân", 450, "công nhân"),
 Q("khoảng 3.200 công nhân", 3200, "công nhân", "approx"), Q("86 khu nhà trọ", 86, "khu nhà trọ")],
[D("Quy chế phối hợp", "03", "QC/HU", "2015-05-05", None, "Quy chế phối hợp số 03-QC/HU ngày 5/5/2015"),
 D("Kế hoạch", "02", "KH-LĐLĐ", None, "Liên đoàn Lao động tỉnh", "kế hoạch số 02/KH-LĐLĐ")],
[prov("Hà Nam"), com("Đồng Văn")],
["HÀ NAM ĐIỆN TỬ - Cổng thông tin của Liên đoàn Lao động tỉnh Hà Nam", "Trang chủ >> Hoạt động công đoàn >> Chăm lo đời sống",
 "Đồng chí Trần Văn Đạo trao quà cho công nhân. Ảnh: Phương Thảo", "Tết Sum vầy", "Chuyến xe mùa xuân",
 "Công ty TNHH may Đồng Văn", "Lượt xem: 2.315"],
["Thứ Hai, 16/01/2017 - 08:50", "tháng 11/2016", "3 lần", "1 tháng lương", "năm 2016", "48 giờ", "năm 2017", "Lượt xem: 2.315", "Tết Đinh Dậu"]))

PAGES.append(page("b5916-tayninh-congdoan-kcn-daihoi-2018", """
Báo Tây Ninh Online
Chính trị | Công đoàn | Lao động
25/06/2018 06:00
Toàn cảnh đại hội. Ảnh: Vũ Nguyệt
Đại hội Công đoàn các Khu công nghiệp tỉnh: Đưa đối thoại về tận tổ sản xuất
Ngày 22 và 23/6/2018, Công đoàn các Khu công nghiệp tỉnh Tây Ninh tổ chức Đại hội đại biểu lần thứ III, nhiệm kỳ 2018 - 2023. Dự đại hội có 198 đại biểu chính thức đại diện cho hơn 41.000 đoàn viên tại 176 công đoàn cơ sở.
Báo cáo chính trị cho thấy, nhiệm kỳ qua các khu công nghiệp của tỉnh xảy ra 29 cuộc ngừng việc tập thể với khoảng 18.600 lượt người tham gia; riêng năm 2014 có 11 cuộc. Từ năm 2016, nhờ thực hiện Quy chế phối hợp số 11-QC/BDVTU-CĐKCN ngày 14/4/2016 giữa Ban Dân vận Tỉnh ủy và Công đoàn các Khu công nghiệp về nắm tình hình, vận động công nhân, số cuộc ngừng việc giảm còn 3 cuộc mỗi năm. Công đoàn các cấp đã tham gia hòa giải thành 64 vụ tranh chấp lao động cá nhân, đòi lại quyền lợi trên 3,4 tỷ đồng cho người lao động.
Phát biểu chỉ đạo, đồng chí Nguyễn Thanh Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, đề nghị công đoàn nhiệm kỳ mới thực hiện tốt Chỉ thị 37-CT/TW của Ban Bí thư, đưa đối thoại về tận tổ sản xuất, không để phát sinh ngừng việc do chậm giải quyết kiến nghị. Đồng chí cũng đề nghị phối hợp với Đảng ủy Khối doanh nghiệp phấn đấu mỗi năm giới thiệu ít nhất 150 đoàn viên ưu tú cho Đảng xem xét kết nạp.
Đại hội đã bầu Ban Chấp hành khóa III gồm 19 đồng chí. Tại phiên họp thứ nhất, đồng chí Huỳnh Thị Bích Thủy được tín nhiệm giữ chức Chủ tịch Công đoàn các Khu công nghiệp tỉnh nhiệm kỳ 2018 - 2023; các đồng chí Đoàn Văn Lâm, Chau Sóc Ry được bầu giữ chức Phó Chủ tịch Công đoàn các Khu công nghiệp tỉnh.
Đại hội thông qua chỉ tiêu nhiệm kỳ: 100% công đoàn cơ sở tổ chức đối thoại định kỳ, trên 90% doanh nghiệp có thỏa ước lao động tập thể, phát triển mới 15.000 đoàn viên. Anh Chau Sóc Ry, người Khmer, nguyên là công nhân Công ty TNHH giày Phước Đông, từng thuyết phục gần 500 công nhân trở lại làm việc trong vụ ngừng việc tháng 3/2015.
Tham luận tại đại hội, chị Nguyễn Thị Kiều Oanh, Chủ tịch Công đoàn cơ sở Công ty TNHH dệt may Hưng Thịnh, cho biết tổ đối thoại của công ty họp mỗi tháng một lần, năm 2017 tiếp nhận 47 kiến nghị, giải quyết xong 45 kiến nghị. Ông Trương Văn Út, Chủ tịch UBND xã An Tịnh, đề nghị doanh nghiệp phối hợp với xã quản lý khoảng 6.000 công nhân thuê trọ.
Dịp này, Liên đoàn Lao động tỉnh tặng Bằng khen cho 8 tập thể, 12 cá nhân; bà Lâm Thị Mỹ Hạnh, Phó Chủ tịch Liên đoàn Lao động tỉnh trao Quyết định số 1025/QĐ-LĐLĐ chuẩn y kết quả bầu cử.
Vũ Nguyệt
Tin liên quan
- Công đoàn cơ sở Công ty Phước Đông tổ chức đại hội điểm (28/04/2018)
- Đối thoại với công nhân Khu công nghiệp Trảng Bàng (12/03/2018)
- Trao 400 phần quà cho công nhân khó khăn (05/02/2018)
""", "2018-06-25", "Đại hội Công đoàn các Khu công nghiệp tỉnh: Đưa đối thoại về tận tổ sản xuất",
E("dai_hoi", None, "2018-06-22"),
[P("Nguyễn Thanh Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Thị Bích Thủy", "Chủ tịch Công đoàn các Khu công nghiệp tỉnh nhiệm kỳ 2018 - 2023"),
 P("Đoàn Văn Lâm", "Phó Chủ tịch Công đoàn các Khu công nghiệp tỉnh"),
 P("Chau Sóc Ry", "Phó Chủ tịch Công đoàn các Khu công nghiệp tỉnh"),
 P("Lâm Thị Mỹ Hạnh", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Nguyễn Thị Kiều Oanh", "Chủ tịch Công đoàn cơ sở Công ty TNHH dệt may Hưng Thịnh"),
 P("Trương Văn Út", "Chủ tịch UBND xã An Tịnh")],
[Q("198 đại biểu chính thức", 198, "đại biểu chính thức"), Q("hơn 41.000 đoàn viên", 41000, "đoàn viên", "over"),
 Q("176 công đoàn cơ sở", 176, "công đoàn cơ sở"), Q("29 cuộc ngừng việc tập thể", 29, "cuộc ngừng việc tập thể"),
 Q("khoảng 18.600 lượt người", 18600, "lượt người", "approx"), Q("11 cuộc", 11, "cuộc"), Q("3 cuộc", 3, "cuộc"),
 Q("64 vụ tranh chấp lao động cá nhân", 64, "vụ tranh chấp lao động cá nhân"),
 Q("trên 3,4 tỷ đồng", 3400000000, "đồng", "over"), Q("ít nhất 150 đoàn viên ưu tú", 150, "đoàn viên ưu tú", "over"),
 Q("19 đồng chí", 19, "đồng chí"), Q("100%", 100, "%"), Q("trên 90%", 90, "%", "over"),
 Q("15.000 đoàn viên", 15000, "đoàn viên"), Q("gần 500 công nhân", 500, "công nhân", "approx"),
 Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân", 12, "cá nhân"),
 Q("47 kiến nghị", 47, "kiến nghị"), Q("45 kiến nghị", 45, "kiến nghị"), Q("khoảng 6.000 công nhân", 6000, "công nhân", "approx")],
[D("Quy chế phối hợp", "11", "QC/BDVTU-CĐKCN", "2016-04-14", None, "Quy chế phối hợp số 11-QC/BDVTU-CĐKCN ngày 14/4/2016"),
 D("Chỉ thị", "37", "CT/TW", None, "Ban Bí thư", "Chỉ thị 37-CT/TW"),
 D("Quyết định", "1025", "QĐ-LĐLĐ", None, None, "Quyết định số 1025/QĐ-LĐLĐ")],
[prov("Tây Ninh"), com("An Tịnh")],
["Báo Tây Ninh Online", "Chính trị | Công đoàn | Lao động", "Toàn cảnh đại hội. Ảnh: Vũ Nguyệt", "Công ty TNHH giày Phước Đông",
 "Đảng ủy Khối doanh nghiệp"],
["25/06/2018 06:00", "lần thứ III", "nhiệm kỳ 2018 - 2023", "năm 2014", "năm 2016", "mỗi năm", "khóa III", "phiên họp thứ nhất", "tháng 3/2015", "19 đồng chí", "mỗi tháng một lần", "năm 2017"]))

PAGES.append(page("b5917-daklak-bdv-baocao-h1-2019", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Bạn đang ở: Trang chủ › Tin tức › Công tác dân vận
Ngày 12/07/2019 | 09:15
Báo cáo công tác dân vận trong doanh nghiệp 6 tháng đầu năm: còn 4 vụ ngừng việc ở nông trường cà phê
Ngày 8/7/2019, Ban Dân vận Tỉnh ủy Đắk Lắk ban hành Báo cáo số 215-BC/BDVTU về kết quả công tác dân vận trong doanh nghiệp và các công ty nông, lâm nghiệp 6 tháng đầu năm 2019, gửi Thường trực Tỉnh ủy và Ban Dân vận Trung ương.
Ảnh minh họa: Công nhân thu hái cà phê tại một công ty trên địa bàn tỉnh.
Báo cáo nêu, 6 tháng đầu năm trên địa bàn tỉnh xảy ra 4 vụ ngừng việc tập thể tại 3 công ty cà phê với tổng cộng khoảng 640 công nhân, chủ yếu là đồng bào Êđê, M'nông nhận khoán; nguyên nhân do công ty chậm thanh toán tiền khoán sản phẩm niên vụ 2018 - 2019 và giá thu mua thấp hơn thỏa thuận khoảng 12%. Đến cuối tháng 6, các vụ việc đã được giải quyết dứt điểm; người lao động được trả bổ sung hơn 2,3 tỷ đồng.
Trong giải quyết, Ban Dân vận Tỉnh ủy đã cử đồng chí Y Ngông Niê, Phó Trưởng Ban Dân vận Tỉnh ủy, trực tiếp làm việc tại cơ sở, phối hợp với Ban Dân vận Huyện ủy Krông Búk và Ủy ban MTTQ các xã Ea Sin, Cư Né vận động công nhân. Già làng Y Kuê Kbuôr, người có uy tín buôn Ea Kung, và chị H'Bia Mlô, Chủ tịch Hội Liên hiệp Phụ nữ xã Ea Sin, đã đến từng nhà giải thích chủ trương, giúp bà con không nghe theo kẻ xấu kích động kéo lên trụ sở công ty.
Thực hiện Kết luận 15, 16-KL/TU của Ban Thường vụ Tỉnh ủy về sắp xếp, đổi mới các công ty nông, lâm nghiệp và về công tác dân vận vùng đồng bào dân tộc thiểu số, các đơn vị đã tổ chức 37 buổi đối thoại với 2.150 lượt công nhân nhận khoán; tiếp nhận 96 ý kiến, kiến nghị, đã trả lời 81 ý kiến. Toàn tỉnh có 26 công ty nông, lâm nghiệp, trong đó 19 công ty đã có tổ chức công đoàn.
Báo cáo đánh giá, công tác nắm tình hình ở một số nơi còn chậm; việc thực hiện Nghị định số 118/2014/NĐ-CP của Chính phủ về sắp xếp, đổi mới và phát triển công ty nông, lâm nghiệp còn lúng túng, phương án giao khoán chưa công khai với người dân.
6 tháng cuối năm, Ban Dân vận Tỉnh ủy đề xuất Thường trực Tỉnh ủy chỉ đạo rà soát toàn bộ hợp đồng giao khoán; tổ chức hội nghị đối thoại giữa lãnh đạo tỉnh với công nhân nông trường; nhân rộng mô hình "Dân vận khéo" trong doanh nghiệp, phấn đấu có thêm ít nhất 10 mô hình. Đồng chí Nguyễn Thị Hồng Nhung, Trưởng phòng Dân vận chính quyền - Doanh nghiệp Ban Dân vận Tỉnh ủy, được giao theo dõi, tổng hợp.
Ban Dân vận Tỉnh ủy cũng đề nghị Ủy ban MTTQ Việt Nam tỉnh tổ chức giám sát việc thực hiện chính sách đối với người nhận khoán tại 5 công ty trong quý III.
H'Xuân
Các tin khác
- Krông Búk: đối thoại với người dân nhận khoán (28/06/2019)
- Ban Dân vận Tỉnh ủy giao ban quý II (05/07/2019)
- Ra mắt mô hình "Dân vận khéo" tại Công ty cà phê Thắng Lợi (20/06/2019)
""", "2019-07-12", "Báo cáo công tác dân vận trong doanh nghiệp 6 tháng đầu năm: còn 4 vụ ngừng việc ở nông trường cà phê",
E("bao_cao", "2019-H1", "2019-07-08"),
[P("Y Ngông Niê", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Kuê Kbuôr", "Già làng", "người có uy tín buôn Ea Kung"),
 P("H'Bia Mlô", "Chủ tịch Hội Liên hiệp Phụ nữ xã Ea Sin"),
 P("Nguyễn Thị Hồng Nhung", "Trưởng phòng Dân vận chính quyền - Doanh nghiệp Ban Dân vận Tỉnh ủy")],
[Q("4 vụ ngừng việc tập thể", 4, "vụ ngừng việc tập thể"), Q("3 công ty cà phê", 3, "công ty cà phê"),
 Q("khoảng 640 công nhân", 640, "công nhân", "approx"), Q("khoảng 12%", 12, "%", "approx"),
 Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("37 buổi đối thoại", 37, "buổi đối thoại"),
 Q("2.150 lượt công nhân nhận khoán", 2150, "lượt công nhân"), Q("96 ý kiến, kiến nghị", 96, "ý kiến, kiến nghị"),
 Q("81 ý kiến", 81, "ý kiến"), Q("26 công ty nông, lâm nghiệp", 26, "công ty nông, lâm nghiệp"), Q("19 công ty", 19, "công ty"),
 Q("ít nhất 10 mô hình", 10, "mô hình", "over"), Q("5 công ty", 5, "công ty")],
[D("Báo cáo", "215", "BC/BDVTU", None, "Ban Dân vận Tỉnh ủy Đắk Lắk", "Báo cáo số 215-BC/BDVTU"),
 D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Kết luận", "16", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Nghị định", "118", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 118/2014/NĐ-CP")],
[prov("Đắk Lắk"), com("Ea Sin"), com("Cư Né")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Bạn đang ở: Trang chủ › Tin tức › Công tác dân vận",
 "Ảnh minh họa: Công nhân thu hái cà phê tại một công ty trên địa bàn tỉnh.", "Dân vận khéo", "buôn Ea Kung"],
["Ngày 12/07/2019 | 09:15", "6 tháng đầu năm 2019", "niên vụ 2018 - 2019", "tháng 6", "6 tháng cuối năm", "quý III"]))

PAGES.append(page("b5918-quangnam-khoidanvan-giaoban-q3-2020", """
Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam
Thời sự > Chính trị > Dân vận
Thứ Tư, 07/10/2020
Đồng chí Bríu Thị Hoa chủ trì giao ban.
Giao ban khối dân vận quý III: Giữ ổn định quan hệ lao động sau đợt dịch thứ hai
Ngày 6/10, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức giao ban khối dân vận tỉnh quý III năm 2020. Đồng chí Bríu Thị Hoa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự có lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể, Liên đoàn Lao động tỉnh và Ban Quản lý các khu kinh tế và khu công nghiệp tỉnh.
Báo cáo của Liên đoàn Lao động tỉnh cho biết, do ảnh hưởng đợt dịch Covid-19 thứ hai từ cuối tháng 7, toàn tỉnh có 87 doanh nghiệp phải tạm dừng hoặc thu hẹp sản xuất, khoảng 24.500 lao động bị ảnh hưởng, trong đó 3.120 người bị chấm dứt hợp đồng lao động. Trong quý đã xảy ra 3 vụ ngừng việc tập thể tại các doanh nghiệp may và giày da ở Khu công nghiệp Điện Nam - Điện Ngọc với khoảng 2.700 người tham gia, đều do doanh nghiệp cho nghỉ luân phiên nhưng không trả đủ lương ngừng việc.
Đồng chí Lê Văn Dũng, Phó Chủ tịch Liên đoàn Lao động tỉnh, cho biết công đoàn các cấp đã cùng chính quyền tổ chức 14 cuộc đối thoại, thương lượng; 2 doanh nghiệp đồng ý trả bổ sung khoảng 1,8 tỷ đồng. Thực hiện Nghị quyết số 42/NQ-CP của Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch, toàn tỉnh đã hỗ trợ trên 19 tỷ đồng cho 12.400 lao động. Công đoàn trao 2.600 suất quà, mỗi suất 500.000 đồng, cho đoàn viên mất việc.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Alăng Thị Mai, Trần Văn Quý cho biết Mặt trận đã vận động được hơn 5,6 tỷ đồng ủng hộ phòng, chống dịch, trong đó 1,2 tỷ đồng dành hỗ trợ công nhân thuê trọ. Ông Zơ Râm Bốn, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang, phản ánh khoảng 300 lao động người Cơ Tu làm việc tại khu công nghiệp phải về quê, chưa có việc làm.
Đại diện UBND phường Điện Nam Bắc và xã Điện Ngọc phản ánh tình trạng công nhân nợ tiền trọ; đề nghị hỗ trợ tiền thuê nhà theo Quyết định số 15/2020/QĐ-TTg của Thủ tướng Chính phủ.
Kết luận giao ban, đồng chí Bríu Thị Hoa yêu cầu thực hiện nghiêm Kế hoạch số 137-KH/TU ngày 16/8/2020 của Ban Thường vụ Tỉnh ủy về phòng, chống dịch và ổn định đời sống nhân dân; các cơ quan khối dân vận tăng cường nắm tình hình công nhân, kịp thời đối thoại, không để ngừng việc lan rộng. Quý IV, khối tập trung tuyên truyền Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và chuẩn bị Tháng Công nhân năm 2021.
Minh Hải
Tin liên quan
- Quảng Nam: đối thoại với công nhân Khu công nghiệp Điện Nam - Điện Ngọc (25/09/2020)
- Trao 1.000 suất quà cho công nhân mất việc do Covid-19 (10/09/2020)
- Khối dân vận giao ban quý II năm 2020 (07/07/2020)
""", "2020-10-07", "Giao ban khối dân vận quý III: Giữ ổn định quan hệ lao động sau đợt dịch thứ hai",
E("giao_ban", "2020-Q3", "2020-10-06"),
[P("Bríu Thị Hoa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Dũng", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Alăng Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Quý", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Zơ Râm Bốn", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang")],
[Q("87 doanh nghiệp", 87, "doanh nghiệp"), Q("khoảng 24.500 lao động", 24500, "lao động", "approx"),
 Q("3.120 người", 3120, "người"), Q("3 vụ ngừng việc tập thể", 3, "vụ ngừng việc tập thể"),
 Q("khoảng 2.700 người", 2700, "người", "approx"), Q("14 cuộc đối thoại, thương lượng", 14, "cuộc đối thoại, thương lượng"),
 Q("2 doanh nghiệp", 2, "doanh nghiệp"), Q("khoảng 1,8 tỷ đồng", 1800000000, "đồng", "approx"),
 Q("trên 19 tỷ đồng", 19000000000, "đồng", "over"), Q("12.400 lao động", 12400, "lao động"),
 Q("2.600 suất quà", 2600, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("hơn 5,6 tỷ đồng", 5600000000, "đồng", "over"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("khoảng 300 lao động người Cơ Tu", 300, "lao động người Cơ Tu", "approx")],
[D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP"),
 D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg"),
 D("Kế hoạch", "137", "KH/TU", "2020-08-16", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 137-KH/TU ngày 16/8/2020")],
[prov("Quảng Nam"), com("Điện Nam Bắc"), com("Điện Ngọc")],
["Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam", "Thời sự > Chính trị > Dân vận",
 "Đồng chí Bríu Thị Hoa chủ trì giao ban.", "Khu công nghiệp Điện Nam - Điện Ngọc", "Tháng Công nhân"],
["Thứ Tư, 07/10/2020", "quý III năm 2020", "đợt dịch Covid-19 thứ hai", "tháng 7", "Quý IV", "lần thứ XIII", "năm 2021", "Covid-19"]))

PAGES.append(page("b5919-vinhphuc-ngungviec-khac-2021", """
BÁO VĨNH PHÚC
Xã hội | Lao động - Việc làm
03/06/2021 - 10:05
Hơn 1.000 công nhân trở lại làm việc sau 2 ngày ngừng việc
Sáng 2/6, toàn bộ hơn 1.000 công nhân Công ty TNHH điện tử Minh Quang (Khu công nghiệp Bá Thiện, huyện Bình Xuyên) đã trở lại làm việc bình thường sau 2 ngày ngừng việc tập thể phản đối việc công ty yêu cầu ở lại nhà máy "3 tại chỗ" mà không có phụ cấp.
Công nhân trở lại làm việc tại dây chuyền sản xuất sáng 2/6. Ảnh: Trà Hương
Theo tìm hiểu, trước yêu cầu phòng, chống dịch Covid-19, công ty bố trí cho khoảng 600 công nhân ăn, nghỉ tại chỗ nhưng chỉ hỗ trợ 30.000 đồng/người/ngày. Nhiều công nhân, phần lớn là lao động nữ có con nhỏ, không đồng tình nên đã ngừng việc từ sáng 31/5.
Ngay khi nắm được sự việc, Ban Dân vận Huyện ủy Bình Xuyên, Liên đoàn Lao động tỉnh, Phòng Lao động - Thương binh và Xã hội huyện và UBND xã Thiện Kế đã có mặt, nghe công nhân trình bày. Bà Đào Thị Thu Hương, HUV, Trưởng Ban Dân vận Huyện ủy Bình Xuyên, cho biết: Qua 3 buổi làm việc, công ty đã đồng ý nâng mức hỗ trợ lên 100.000 đồng/người/ngày, cho phép lao động nữ có con dưới 36 tháng tuổi được đăng ký không ở lại, và trả đủ lương cho 2 ngày ngừng việc. Tổng kinh phí công ty bổ sung khoảng 1,5 tỷ đồng/tháng.
Ông Nguyễn Trọng Nghĩa, Phó Chủ tịch Liên đoàn Lao động tỉnh, cho biết từ đầu năm 2021 trên địa bàn tỉnh đã xảy ra 6 vụ ngừng việc tập thể, cả 6 vụ đều không do công đoàn lãnh đạo. Liên đoàn Lao động tỉnh đã có Công văn số 312/LĐLĐ ngày 28/5/2021 đề nghị các doanh nghiệp thực hiện "3 tại chỗ" phải thỏa thuận với người lao động theo hướng dẫn tại Công văn số 1747/BYT-MT của Bộ Y tế.
Anh Triệu Văn Sinh (dân tộc Sán Dìu, quê xã Trung Mỹ) chia sẻ: "Chúng tôi không muốn ngừng việc, chỉ mong công ty nghe ý kiến của anh chị em". Ông Hoàng Minh Tiến, Chủ tịch Công đoàn cơ sở công ty, nhận trách nhiệm vì chưa kịp thời phản ánh tâm tư công nhân, và cho biết công đoàn sẽ đề nghị tổ chức đối thoại 2 tháng/lần thay vì 3 tháng/lần.
Theo Kế hoạch số 95-KH/TU ngày 12/5/2021 của Ban Thường vụ Tỉnh ủy về phòng, chống dịch trong các khu công nghiệp, đến nay toàn tỉnh có 142 doanh nghiệp với trên 68.000 lao động đăng ký thực hiện "3 tại chỗ". Ban Dân vận Tỉnh ủy Vĩnh Phúc đã đề nghị các huyện ủy chỉ đạo tổ dân vận ở các thôn có đông công nhân nắm tình hình, vận động hộ gia đình ủng hộ người lao động.
Trà Hương
Tin khác
- Bình Xuyên: 5.000 suất quà hỗ trợ công nhân khó khăn do dịch (28/05/2021)
- Liên đoàn Lao động tỉnh kiểm tra phòng dịch tại doanh nghiệp (20/05/2021)
- Khối dân vận tỉnh giao ban tháng 5 (14/05/2021)
""", "2021-06-03", "Hơn 1.000 công nhân trở lại làm việc sau 2 ngày ngừng việc",
E("khac", None, None),
[P("Đào Thị Thu Hương", "HUV", "Trưởng Ban Dân vận Huyện ủy Bình Xuyên"),
 P("Nguyễn Trọng Nghĩa", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Triệu Văn Sinh"),
 P("Hoàng Minh Tiến", "Chủ tịch Công đoàn cơ sở công ty")],
[Q("hơn 1.000 công nhân", 1000, "công nhân", "over"), Q("khoảng 600 công nhân", 600, "công nhân", "approx"),
 Q("30.000 đồng", 30000, "đồng"), Q("3 buổi làm việc", 3, "buổi làm việc"), Q("100.000 đồng", 100000, "đồng"),
 Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx"), Q("6 vụ ngừng việc tập thể", 6, "vụ ngừng việc tập thể"),
 Q("142 doanh nghiệp", 142, "doanh nghiệp"), Q("trên 68.000 lao động", 68000, "lao động", "over")],
[D("Công văn", "312", "LĐLĐ", "2021-05-28", "Liên đoàn Lao động tỉnh", "Công văn số 312/LĐLĐ ngày 28/5/2021"),
 D("Công văn", "1747", "BYT-MT", None, "Bộ Y tế", "Công văn số 1747/BYT-MT"),
 D("Kế hoạch", "95", "KH/TU", "2021-05-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 95-KH/TU ngày 12/5/2021")],
[prov("Vĩnh Phúc"), com("Thiện Kế"), com("Trung Mỹ")],
["BÁO VĨNH PHÚC", "Xã hội | Lao động - Việc làm", "Công nhân trở lại làm việc tại dây chuyền sản xuất sáng 2/6. Ảnh: Trà Hương",
 "3 tại chỗ", "Công ty TNHH điện tử Minh Quang", "Khu công nghiệp Bá Thiện"],
["03/06/2021 - 10:05", "2 ngày", "36 tháng tuổi", "năm 2021", "2 tháng/lần", "3 tháng/lần", "3 tại chỗ", "Covid-19"]))

PAGES.append(page("b5920-hatinh-ubnd-doithoai-congnhan-2021", """
Cổng thông tin điện tử tỉnh Hà Tĩnh
Hôm nay: Thứ Sáu, 22/10/2021
Trang chủ / Tin tức / Chỉ đạo điều hành
Ngày đăng 21/10/2021 | 16:20
Chủ tịch UBND tỉnh đối thoại với công nhân Khu kinh tế Vũng Áng
Sáng 20/10, tại phường Kỳ Long, thị xã Kỳ Anh, đồng chí Đặng Quốc Thái, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã chủ trì buổi đối thoại với người lao động năm 2021 trong Khu kinh tế Vũng Áng. Cùng dự có đồng chí Hồ Thị Minh Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và 230 công nhân, đại diện công đoàn cơ sở của 41 doanh nghiệp.
Toàn cảnh buổi đối thoại.
Buổi đối thoại được tổ chức theo Chương trình phối hợp số 08/CTr-UBND-LĐLĐ giữa UBND tỉnh và Liên đoàn Lao động tỉnh, trong bối cảnh tháng 9 vừa qua xảy ra 2 vụ ngừng việc tại các nhà thầu phụ của dự án nhiệt điện với khoảng 450 lao động, do chậm lương 2 tháng. Sau khi các ngành vào cuộc, nhà thầu đã trả hơn 6,2 tỷ đồng tiền lương còn nợ.
Tại buổi đối thoại, người lao động đã nêu 32 ý kiến, tập trung vào chậm lương ở nhà thầu phụ, chi phí xét nghiệm Covid-19, nhà ở xã hội, thời gian làm thêm. Anh Nguyễn Văn Thanh, công nhân Công ty TNHH cơ khí Sơn Dương, phản ánh mỗi lần xét nghiệm công nhân tự trả 238.000 đồng. Chị Lê Thị Hoài, Chủ tịch Công đoàn cơ sở Công ty cổ phần cảng Vũng Áng Xanh, đề nghị xây thêm nhà trẻ cho con công nhân.
Các đồng chí Phó Chủ tịch UBND tỉnh: Trần Bá Hưng, Lê Ngọc Chương đã trực tiếp trả lời các kiến nghị thuộc lĩnh vực phụ trách. Đồng chí Đặng Quốc Thái yêu cầu Ban Quản lý Khu kinh tế tỉnh chủ trì, kiểm tra 100% nhà thầu phụ, buộc trả lương đúng hạn; giao Sở Y tế hướng dẫn doanh nghiệp chi trả chi phí xét nghiệm cho người lao động; đồng thời chỉ đạo thực hiện Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ và Quyết định số 23/2021/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ người lao động gặp khó khăn do đại dịch.
Bà Hồ Thị Minh Ngọc đề nghị các doanh nghiệp thực hiện tốt Kết luận số 24-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong doanh nghiệp; Mặt trận các cấp sẽ giám sát việc giải quyết kiến nghị sau đối thoại. Liên đoàn Lao động tỉnh cam kết hỗ trợ 50% chi phí xét nghiệm cho khoảng 3.000 đoàn viên trong quý IV.
UBND tỉnh giao các sở, ngành trả lời bằng văn bản 11 ý kiến còn lại trước ngày 15/11/2021. Kết quả giải quyết sẽ được công khai trên Cổng thông tin điện tử tỉnh và thông báo tới từng công đoàn cơ sở.
Thu Hà
Bài viết liên quan
- Kỳ Anh: hỗ trợ 1.200 lao động mất việc do dịch (10/10/2021)
- Liên đoàn Lao động tỉnh trao quà cho công nhân Vũng Áng (02/09/2021)
- Đối thoại với người lao động năm 2020 (28/10/2020)
""", "2021-10-21", "Chủ tịch UBND tỉnh đối thoại với công nhân Khu kinh tế Vũng Áng",
E("doi_thoai", "2021", "2021-10-20"),
[P("Đặng Quốc Thái", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Hồ Thị Minh Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Thanh", "công nhân Công ty TNHH cơ khí Sơn Dương"),
 P("Lê Thị Hoài", "Chủ tịch Công đoàn cơ sở Công ty cổ phần cảng Vũng Áng Xanh"),
 P("Trần Bá Hưng", "Phó Chủ tịch UBND tỉnh"), P("Lê Ngọc Chương", "Phó Chủ tịch UBND tỉnh")],
[Q("230 công nhân", 230, "công nhân"), Q("41 doanh nghiệp", 41, "doanh nghiệp"), Q("2 vụ ngừng việc", 2, "vụ ngừng việc"),
 Q("khoảng 450 lao động", 450, "lao động", "approx"), Q("hơn 6,2 tỷ đồng", 6200000000, "đồng", "over"),
 Q("32 ý kiến", 32, "ý kiến"), Q("238.000 đồng", 238000, "đồng"), Q("100%", 100, "%"), Q("50%", 50, "%"),
 Q("khoảng 3.000 đoàn viên", 3000, "đoàn viên", "approx"), Q("11 ý kiến", 11, "ý kiến")],
[D("Chương trình phối hợp", "08", "CTr-UBND-LĐLĐ", None, None, "Chương trình phối hợp số 08/CTr-UBND-LĐLĐ"),
 D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 1/7/2021"),
 D("Quyết định", "23", "2021/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg"),
 D("Kết luận", "24", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 24-KL/TU")],
[prov("Hà Tĩnh"), com("Kỳ Long")],
["Cổng thông tin điện tử tỉnh Hà Tĩnh", "Trang chủ / Tin tức / Chỉ đạo điều hành", "Toàn cảnh buổi đối thoại.",
 "Khu kinh tế Vũng Áng", "Công ty TNHH cơ khí Sơn Dương"],
["Hôm nay: Thứ Sáu, 22/10/2021", "Ngày đăng 21/10/2021 | 16:20", "năm 2021", "tháng 9", "2 tháng", "quý IV", "Covid-19"]))
