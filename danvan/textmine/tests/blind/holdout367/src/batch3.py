from lib import *
PAGES = []

PAGES.append(page("b8777-bacninh-ldld-chotet-2022", """
Báo Bắc Ninh
Thời sự › Công đoàn › Chăm lo đoàn viên
19 tháng 1, 2022 | 17:45
Chợ Tết Công đoàn 2022: 4.000 đoàn viên được tặng phiếu mua hàng
(BNP) - Sáng 19/1, Liên đoàn Lao động tỉnh tổ chức khai mạc "Chợ Tết Công đoàn năm 2022" kết hợp trực tiếp và trực tuyến tại Khu công nghiệp Quế Võ và Khu công nghiệp Yên Phong. Đây là năm thứ hai tỉnh tổ chức chợ Tết dành cho đoàn viên, người lao động có thu nhập thấp.
Công nhân mua sắm tại gian hàng Chợ Tết Công đoàn. Ảnh: Đức Anh
Theo đó, 4.000 đoàn viên có hoàn cảnh khó khăn, bị ảnh hưởng bởi dịch Covid-19 được tặng phiếu mua hàng, mỗi phiếu trị giá 500.000 đồng; tổng trị giá 2 tỷ đồng, trong đó Tổng LĐLĐ Việt Nam hỗ trợ 1,2 tỷ đồng, LĐLĐ tỉnh và các doanh nghiệp đối ứng 800 triệu đồng. Chợ có 48 gian hàng của 26 doanh nghiệp, bán hàng giảm giá từ 10% trở lên. Đoàn viên ở xa có thể đặt hàng trên ứng dụng và nhận hàng tại 15 điểm giao hàng.
Dự khai mạc có đồng chí Đàm Văn Nghĩa, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Nguyễn Thị Tuyết Nhung, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh; Phó Giám đốc Sở Công Thương Ngô Văn Phúc.
Chợ Tết được tổ chức theo Quyết định số 3937/QĐ-TLĐ ngày 8/12/2021 của Đoàn Chủ tịch Tổng LĐLĐ Việt Nam và Kế hoạch số 136/KH-LĐLĐ của LĐLĐ tỉnh về tổ chức các hoạt động chăm lo Tết Nhâm Dần 2022. Dịp Tết này, với Chương trình "Tết Sum vầy", công đoàn các cấp trong tỉnh chăm lo cho khoảng 152.000 lượt đoàn viên, người lao động với tổng kinh phí hơn 68 tỷ đồng; tổ chức 20 chuyến xe đưa công nhân về quê và hỗ trợ 1.000 vé tàu, vé xe.
Trước đó, thực hiện Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ, công đoàn đã phối hợp hỗ trợ 45.600 người lao động bị ảnh hưởng bởi dịch với số tiền hơn 21,3 tỷ đồng.
Anh Hoàng Văn Tình, người Tày quê tỉnh Lạng Sơn, công nhân Công ty TNHH Hana Micron Vina, chia sẻ: "Năm ngoái dịch bệnh, em không về quê được. Năm nay có phiếu mua hàng, em mua được ít quà mang về cho bố mẹ". Chị Nguyễn Thị Thơm, Chủ tịch Công đoàn cơ sở Công ty TNHH điện tử Mỹ Hà ở phường Phương Liễu, cho biết công đoàn cơ sở đã rà soát, lập danh sách 120 đoàn viên khó khăn nhất để nhận phiếu.
Phát biểu khai mạc, đồng chí Đàm Văn Nghĩa đánh giá cao cách làm của LĐLĐ tỉnh, đề nghị bảo đảm an toàn phòng dịch, thực hiện nghiêm quét mã QR, đeo khẩu trang tại chợ. Cũng trong sáng 19/1, các đồng chí Phó Chủ tịch LĐLĐ tỉnh: Trần Văn Sơn, Đỗ Thị Hương trao 300 suất quà cho công nhân thuê trọ tại xã Long Châu, mỗi suất trị giá 700.000 đồng.
Chợ Tết Công đoàn mở cửa đến hết ngày 23/1/2022. Theo LĐLĐ tỉnh, đến ngày 18/1, 93% doanh nghiệp có tổ chức công đoàn đã chốt thưởng Tết, bình quân 6,4 triệu đồng/người.
Thu Hà
Tin liên quan
- Bắc Ninh: công nhân được hỗ trợ vé xe về quê đón Tết (17/01/2022)
- Trao 500 suất quà Tết cho công nhân Khu công nghiệp VSIP (14/01/2022)
- Tổng kết công tác công đoàn năm 2021 (07/01/2022)
""", "2022-01-19", "Chợ Tết Công đoàn 2022: 4.000 đoàn viên được tặng phiếu mua hàng",
E("trao_qua", None, "2022-01-19"),
[P("Đàm Văn Nghĩa", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Nguyễn Thị Tuyết Nhung", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Ngô Văn Phúc", "Phó Giám đốc Sở Công Thương"),
 P("Hoàng Văn Tình", "công nhân Công ty TNHH Hana Micron Vina"),
 P("Nguyễn Thị Thơm", "Chủ tịch Công đoàn cơ sở Công ty TNHH điện tử Mỹ Hà"),
 P("Trần Văn Sơn", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Đỗ Thị Hương", "Phó Chủ tịch LĐLĐ tỉnh")],
[Q("4.000 đoàn viên", 4000, "đoàn viên"), Q("500.000 đồng", 500000, "đồng"), Q("2 tỷ đồng", 2000000000, "đồng"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("800 triệu đồng", 800000000, "đồng"), Q("48 gian hàng", 48, "gian hàng"),
 Q("26 doanh nghiệp", 26, "doanh nghiệp"), Q("từ 10% trở lên", 10, "%", "over"), Q("15 điểm giao hàng", 15, "điểm giao hàng"),
 Q("khoảng 152.000 lượt đoàn viên, người lao động", 152000, "lượt đoàn viên, người lao động", "approx"),
 Q("hơn 68 tỷ đồng", 68000000000, "đồng", "over"), Q("20 chuyến xe", 20, "chuyến xe"), Q("1.000 vé tàu, vé xe", 1000, "vé tàu, vé xe"),
 Q("45.600 người lao động", 45600, "người lao động"), Q("hơn 21,3 tỷ đồng", 21300000000, "đồng", "over"),
 Q("120 đoàn viên", 120, "đoàn viên"), Q("300 suất quà", 300, "suất quà"), Q("700.000 đồng", 700000, "đồng"),
 Q("93%", 93, "%"), Q("6,4 triệu đồng", 6400000, "đồng")],
[D("Quyết định", "3937", "QĐ-TLĐ", "2021-12-08", "Đoàn Chủ tịch Tổng LĐLĐ Việt Nam", "Quyết định số 3937/QĐ-TLĐ ngày 8/12/2021"),
 D("Kế hoạch", "136", "KH-LĐLĐ", None, "LĐLĐ tỉnh", "Kế hoạch số 136/KH-LĐLĐ"),
 D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 1/7/2021")],
[prov("Bắc Ninh"), prov("Lạng Sơn"), com("Phương Liễu"), com("Long Châu")],
["Báo Bắc Ninh", "Thời sự › Công đoàn › Chăm lo đoàn viên", "(BNP)", "Chợ Tết Công đoàn năm 2022", "Tết Sum vầy",
 "Công nhân mua sắm tại gian hàng Chợ Tết Công đoàn. Ảnh: Đức Anh", "Khu công nghiệp Quế Võ", "Khu công nghiệp Yên Phong"],
["19 tháng 1, 2022 | 17:45", "năm thứ hai", "Tết Nhâm Dần 2022", "Covid-19", "năm 2022"]))

PAGES.append(page("b8778-khanhhoa-bdv-chuctet-2022", """
Báo Khánh Hòa điện tử
Chính trị › Dân vận - Tôn giáo
2022-01-24 16:40
Ban Dân vận Tỉnh ủy thăm, chúc Tết các cơ sở tôn giáo
Ngày 23/1, đoàn công tác Ban Dân vận Tỉnh ủy Khánh Hòa do đồng chí Lê Thị Ngọc Bích, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết Nguyên đán Nhâm Dần 2022 tại Tòa Giám mục Nha Trang, Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh và Chi hội Tin Lành Nha Trang. Cùng đi có đồng chí Phạm Văn Thạnh, Phó Trưởng Ban Dân vận Tỉnh ủy.
Đoàn công tác chúc Tết tại Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.
Tại Tòa Giám mục Nha Trang (phường Phương Sài), Linh mục Phaolô Trần Đình Khải, Chánh văn phòng Tòa Giám mục Nha Trang, thông tin: năm 2021, các giáo xứ trong tỉnh đã quyên góp hơn 4,2 tỷ đồng, tặng 15.000 suất quà cho người dân khó khăn trong các đợt giãn cách; 120 tu sĩ, tình nguyện viên tham gia phục vụ tại các khu điều trị Covid-19.
Tiếp đoàn tại chùa Long Sơn, Hòa thượng Thích Quảng Hiền, Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, cho biết dịp Tết, Ban Trị sự sẽ phối hợp Ủy ban MTTQ tỉnh tổ chức "Bếp ăn nghĩa tình" và trao quà cho bệnh nhân nghèo. Tại phường Xương Huân, Mục sư Nguyễn Văn Lợi, Quản nhiệm Chi hội Tin Lành Nha Trang, bày tỏ vui mừng vì các hoạt động tôn giáo diễn ra bình thường trở lại.
Đồng chí Lê Thị Ngọc Bích ghi nhận những đóng góp của chức sắc, chức việc, tín đồ trong phòng, chống dịch, đồng thời thông tin: thực hiện Kế hoạch số 63-KH/BDVTU ngày 5/1/2022 của Ban Dân vận Tỉnh ủy, dịp Tết Nhâm Dần, các cấp, các ngành trong tỉnh dự kiến dành khoảng 26 tỷ đồng để trao 48.000 suất quà cho hộ nghèo, gia đình chính sách, người lao động mất việc; tổ chức phiên "Chợ Tết 0 đồng" tại 9 huyện, thị xã, thành phố.
Đồng chí mong các tổ chức tôn giáo tiếp tục đồng hành cùng chính quyền, vận động tín đồ thực hiện tốt Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương (khóa IX) về công tác tôn giáo và Luật Tín ngưỡng, tôn giáo; đón Tết an toàn, thực hiện nghiêm các biện pháp phòng dịch theo Nghị quyết số 128/NQ-CP của Chính phủ.
Theo Ban Dân vận Tỉnh ủy, toàn tỉnh hiện có khoảng 520.000 tín đồ các tôn giáo, chiếm trên 42% dân số, với 340 cơ sở thờ tự. Trước đó, ngày 21/1, đoàn do đồng chí Phạm Văn Thạnh làm trưởng đoàn đã thăm, chúc Tết Ban Đại diện Hội thánh Cao Đài tỉnh tại xã Cam Hải Tây.
Ngọc Dung
Tin liên quan
- Khánh Hòa: trao 2.000 suất quà Tết cho công nhân (20/01/2022)
- Hội nghị cung cấp thông tin cho chức sắc tôn giáo năm 2021 (29/12/2021)
- Vận động đồng bào Raglai đón Tết an toàn (24/12/2021)
""", "2022-01-24", "Ban Dân vận Tỉnh ủy thăm, chúc Tết các cơ sở tôn giáo",
E("khac", None, "2022-01-23"),
[P("Lê Thị Ngọc Bích", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Thạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phaolô Trần Đình Khải", "Linh mục", "Chánh văn phòng Tòa Giám mục Nha Trang"),
 P("Thích Quảng Hiền", "Hòa thượng", "Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Nguyễn Văn Lợi", "Mục sư", "Quản nhiệm Chi hội Tin Lành Nha Trang")],
[Q("hơn 4,2 tỷ đồng", 4200000000, "đồng", "over"), Q("15.000 suất quà", 15000, "suất quà"),
 Q("120 tu sĩ, tình nguyện viên", 120, "tu sĩ, tình nguyện viên"), Q("khoảng 26 tỷ đồng", 26000000000, "đồng", "approx"),
 Q("48.000 suất quà", 48000, "suất quà"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("khoảng 520.000 tín đồ", 520000, "tín đồ", "approx"), Q("trên 42%", 42, "%", "over"), Q("340 cơ sở thờ tự", 340, "cơ sở thờ tự")],
[D("Kế hoạch", "63", "KH/BDVTU", "2022-01-05", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 63-KH/BDVTU ngày 5/1/2022"),
 D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 12/3/2003"),
 D("Nghị quyết", "128", "NQ-CP", None, "Chính phủ", "Nghị quyết số 128/NQ-CP")],
[prov("Khánh Hòa"), com("Phương Sài"), com("Xương Huân"), com("Cam Hải Tây")],
["Báo Khánh Hòa điện tử", "Chính trị › Dân vận - Tôn giáo", "Đoàn công tác chúc Tết tại Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.",
 "Tòa Giám mục Nha Trang", "Bếp ăn nghĩa tình", "Chợ Tết 0 đồng", "Luật Tín ngưỡng, tôn giáo", "chùa Long Sơn"],
["2022-01-24 16:40", "Tết Nguyên đán Nhâm Dần 2022", "năm 2021", "khóa IX", "Covid-19", "0 đồng"]))

PAGES.append(page("b8779-daklak-mttq-traoqua-2023", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Xã hội - Mặt trận - Vì người nghèo
10/01/2023 - 10:05
Trao 1.500 suất quà Tết cho hộ nghèo đồng bào Êđê, M'nông
Ngày 9/1, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk tổ chức chương trình "Xuân yêu thương" tại xã Ea Tiêu và xã Krông Na, trao 1.500 suất quà Tết cho hộ nghèo, hộ cận nghèo đồng bào dân tộc thiểu số; mỗi suất trị giá 600.000 đồng, gồm tiền mặt, gạo và nhu yếu phẩm. Tổng trị giá chương trình 900 triệu đồng do các doanh nghiệp, nhà hảo tâm tài trợ.
H'Luy Niê trao quà cho người dân buôn Trí. Ảnh: H.Gia
Tham dự có đồng chí H'Luy Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Phó Chủ tịch UBND tỉnh Lê Trọng Khang; đồng chí Y Krăk Byă, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Chương trình được thực hiện theo Thông tri số 02/TT-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 212/KH-MTTQ-BTT ngày 12/12/2022 của Ban Thường trực Ủy ban MTTQ tỉnh về vận động chăm lo Tết Quý Mão 2023, gắn với Quyết định số 90/QĐ-TTg ngày 18/1/2022 của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia giảm nghèo bền vững.
Cùng ngày, tại xã Ea Tiêu, Ủy ban MTTQ tỉnh phối hợp với Hội LHPN tỉnh tổ chức "Phiên chợ 0 đồng" cho 800 hộ nghèo; mỗi hộ được phát phiếu để chọn hàng hóa trị giá 300.000 đồng. Chủ tịch Ủy ban MTTQ xã Ea Tiêu Y Bhin Mlô cho biết, xã có 326 hộ nghèo, chiếm 11,4%; năm 2022 xã đã vận động xây 6 căn nhà Đại đoàn kết.
Ông Y Phu Knul, Trưởng buôn Trí, xã Krông Na, phấn khởi: "Buôn có 58 hộ nghèo thì hôm nay hộ nào cũng có quà. Bà con hứa ăn Tết tiết kiệm, ra Tết lo làm ăn". Bà H'Bla Adrơng, 72 tuổi, sống một mình ở buôn Trí, nhận quà mà rưng rưng xúc động. Dịp này, một doanh nghiệp cà phê trên địa bàn tặng thêm 200 chăn ấm cho người già neo đơn ở 2 xã.
Theo Ban Thường trực Ủy ban MTTQ tỉnh, dịp Tết Quý Mão, Mặt trận các cấp dự kiến trao khoảng 42.600 suất quà với tổng kinh phí khoảng 21 tỷ đồng. Hiện toàn tỉnh còn 52.412 hộ nghèo, chiếm 9,7%. Năm 2022, Quỹ "Vì người nghèo" các cấp tiếp nhận trên 38 tỷ đồng, hỗ trợ xây mới, sửa chữa 320 nhà Đại đoàn kết.
Phát biểu tại chương trình, đồng chí H'Luy Niê đề nghị cấp ủy, chính quyền xã bảo đảm các hộ đều được đón Tết ấm no; đồng thời nhắc bà con cảnh giác với các đối tượng lợi dụng dịp Tết để tuyên truyền, lôi kéo, chia rẽ khối đại đoàn kết các dân tộc.
H'Gia
Tin liên quan
- Krông Bông: 400 suất quà Tết cho hộ nghèo (06/01/2023)
- Mặt trận tỉnh bàn giao 20 nhà Đại đoàn kết (30/12/2022)
- Hội nghị tổng kết công tác Mặt trận năm 2022 (23/12/2022)
""", "2023-01-10", "Trao 1.500 suất quà Tết cho hộ nghèo đồng bào Êđê, M'nông",
E("trao_qua", None, "2023-01-09"),
[P("H'Luy Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Trọng Khang", "Phó Chủ tịch UBND tỉnh"),
 P("Y Krăk Byă", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Bhin Mlô", "Chủ tịch Ủy ban MTTQ xã Ea Tiêu"),
 P("Y Phu Knul", "Trưởng buôn Trí"),
 P("H'Bla Adrơng")],
[Q("1.500 suất quà", 1500, "suất quà"), Q("600.000 đồng", 600000, "đồng"), Q("900 triệu đồng", 900000000, "đồng"),
 Q("800 hộ nghèo", 800, "hộ nghèo"), Q("300.000 đồng", 300000, "đồng"), Q("326 hộ nghèo", 326, "hộ nghèo"),
 Q("11,4%", 11.4, "%"), Q("6 căn nhà Đại đoàn kết", 6, "căn nhà Đại đoàn kết"), Q("58 hộ nghèo", 58, "hộ nghèo"), Q("200 chăn ấm", 200, "chăn ấm"), Q("2 xã", 2, "xã"),
 Q("khoảng 42.600 suất quà", 42600, "suất quà", "approx"), Q("khoảng 21 tỷ đồng", 21000000000, "đồng", "approx"),
 Q("52.412 hộ nghèo", 52412, "hộ nghèo"), Q("9,7%", 9.7, "%"), Q("trên 38 tỷ đồng", 38000000000, "đồng", "over"),
 Q("320 nhà Đại đoàn kết", 320, "nhà Đại đoàn kết")],
[D("Thông tri", "02", "TT-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Thông tri số 02/TT-MTTW-BTT"),
 D("Kế hoạch", "212", "KH-MTTQ-BTT", "2022-12-12", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 212/KH-MTTQ-BTT ngày 12/12/2022"),
 D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", "Quyết định số 90/QĐ-TTg ngày 18/1/2022")],
[prov("Đắk Lắk"), com("Ea Tiêu"), com("Krông Na")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Xã hội - Mặt trận - Vì người nghèo", "Xuân yêu thương", "Phiên chợ 0 đồng",
 "H'Luy Niê trao quà cho người dân buôn Trí. Ảnh: H.Gia", "Vì người nghèo",
 "Chương trình mục tiêu quốc gia giảm nghèo bền vững"],
["10/01/2023 - 10:05", "Tết Quý Mão 2023", "năm 2022", "72 tuổi", "0 đồng"]))

PAGES.append(page("b8780-vinhlong-xa-baocao-2024", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂN QUỚI - HUYỆN BÌNH TÂN - TỈNH VĨNH LONG
You are here: Trang chủ / Mặt trận - Đoàn thể / Vì người nghèo
Ngày đăng 30/12/2024 | 16:20
Lượt xem: 312
Báo cáo kết quả vận động Quỹ "Vì người nghèo" và chăm lo Tết cho hộ nghèo năm 2024
Ngày 27/12/2024, Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Quới ban hành Báo cáo số 35/BC-MTTQ về kết quả vận động Quỹ "Vì người nghèo" và công tác chăm lo Tết cho hộ nghèo năm 2024, phương hướng chăm lo Tết Nguyên đán Ất Tỵ 2025. Trang thông tin điện tử xã trích đăng nội dung chính.
I. Kết quả vận động
Thực hiện Kế hoạch số 18/KH-MTTQ-BTT ngày 10/10/2024 của Ban Thường trực Ủy ban MTTQ huyện Bình Tân về tổ chức "Tháng cao điểm vì người nghèo" năm 2024, Ủy ban MTTQ xã đã vận động được 186.450.000 đồng, đạt 124% chỉ tiêu huyện giao. Trong đó: cán bộ, công chức, viên chức xã đóng góp 12.300.000 đồng; 6 ấp vận động trong nhân dân 98.150.000 đồng; các doanh nghiệp, nhà hảo tâm 76.000.000 đồng.
II. Kết quả chi hỗ trợ
- Xây mới 2 căn nhà Đại đoàn kết, mỗi căn 60.000.000 đồng; sửa chữa 3 căn nhà, mỗi căn 15.000.000 đồng.
- Tết Nguyên đán Giáp Thìn (đầu năm 2024): trao 320 phần quà Tết cho hộ nghèo, hộ cận nghèo, mỗi phần 300.000 đồng; phối hợp Hội LHPN xã tổ chức "Phiên chợ 0 đồng" với 250 suất hàng.
- Hỗ trợ 10 học sinh nghèo, mỗi em 1.000.000 đồng.
Tổng chi: 271.000.000 đồng (bao gồm nguồn quỹ năm 2023 chuyển sang). Đến cuối năm 2024, xã còn 42 hộ nghèo, chiếm 1,82%; 68 hộ cận nghèo, chiếm 2,96%.
III. Phương hướng chăm lo Tết Ất Tỵ 2025
Thực hiện Hướng dẫn số 12/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, Ủy ban MTTQ xã dự kiến trao 350 phần quà, mỗi phần trị giá 500.000 đồng; tổ chức chương trình "Tết sum vầy" đón khoảng 120 công nhân quê xã làm việc tại Bình Dương, TP Hồ Chí Minh về quê ăn Tết, hỗ trợ mỗi người 200.000 đồng tiền xe. Ủy ban MTTQ xã phối hợp Ngân hàng Chính sách xã hội ưu tiên 15 hộ nghèo được vay vốn sản xuất sau Tết, mức vay tối đa 100 triệu đồng/hộ theo chính sách của tỉnh Vĩnh Long.
Báo cáo do bà Nguyễn Thị Kim Cương, Chủ tịch Ủy ban MTTQ Việt Nam xã ký. Tại cuộc họp Ban Thường trực mở rộng ngày 27/12, đồng chí Lê Văn Út, Phó Bí thư Thường trực Đảng ủy xã, đề nghị công khai danh sách nhận quà tại trụ sở ấp trước ngày 15/1/2025. Bà Thạch Thị Chanh Thu, Phó Chủ tịch Ủy ban MTTQ xã, phụ trách phối hợp với các chi hội và ông Phạm Văn Mười, Trưởng ban công tác Mặt trận ấp Tân Hưng, rà soát đối tượng.
MTTQ xã Tân Quới
Tin khác
- Tân Quới: bàn giao nhà Đại đoàn kết cho hộ nghèo ấp Tân Thới (12/12/2024)
- Ra mắt mô hình "Dân vận khéo" ấp Tân Hưng (20/11/2024)
- Ngày hội Đại đoàn kết toàn dân tộc năm 2024 (18/11/2024)
""", "2024-12-30", "Báo cáo kết quả vận động Quỹ \"Vì người nghèo\" và chăm lo Tết cho hộ nghèo năm 2024",
E("bao_cao", "2024", "2024-12-27"),
[P("Nguyễn Thị Kim Cương", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lê Văn Út", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Thạch Thị Chanh Thu", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Phạm Văn Mười", "Trưởng ban công tác Mặt trận ấp Tân Hưng")],
[Q("186.450.000 đồng", 186450000, "đồng"), Q("124%", 124, "%"), Q("12.300.000 đồng", 12300000, "đồng"),
 Q("6 ấp", 6, "ấp"), Q("98.150.000 đồng", 98150000, "đồng"), Q("76.000.000 đồng", 76000000, "đồng"),
 Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"), Q("60.000.000 đồng", 60000000, "đồng"), Q("3 căn nhà", 3, "căn nhà"),
 Q("15.000.000 đồng", 15000000, "đồng"), Q("320 phần quà", 320, "phần quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("250 suất hàng", 250, "suất hàng"), Q("10 học sinh nghèo", 10, "học sinh nghèo"), Q("1.000.000 đồng", 1000000, "đồng"),
 Q("271.000.000 đồng", 271000000, "đồng"), Q("42 hộ nghèo", 42, "hộ nghèo"), Q("1,82%", 1.82, "%"),
 Q("68 hộ cận nghèo", 68, "hộ cận nghèo"), Q("2,96%", 2.96, "%"), Q("350 phần quà", 350, "phần quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("khoảng 120 công nhân", 120, "công nhân", "approx"), Q("200.000 đồng", 200000, "đồng"),
 Q("15 hộ nghèo", 15, "hộ nghèo"), Q("tối đa 100 triệu đồng", 100000000, "đồng")],
[D("Báo cáo", "35", "BC-MTTQ", "2024-12-27", "Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Quới", "Báo cáo số 35/BC-MTTQ"),
 D("Kế hoạch", "18", "KH-MTTQ-BTT", "2024-10-10", "Ban Thường trực Ủy ban MTTQ huyện Bình Tân", "Kế hoạch số 18/KH-MTTQ-BTT ngày 10/10/2024"),
 D("Hướng dẫn", "12", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 12/HD-MTTQ-BTT")],
[prov("Vĩnh Long"), prov("Bình Dương"), prov("Hồ Chí Minh"), com("Tân Quới")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂN QUỚI - HUYỆN BÌNH TÂN - TỈNH VĨNH LONG", "You are here: Trang chủ / Mặt trận - Đoàn thể / Vì người nghèo",
 "Lượt xem: 312", "Vì người nghèo", "Tháng cao điểm vì người nghèo", "Phiên chợ 0 đồng", "Tết sum vầy", "MTTQ xã Tân Quới"],
["Ngày đăng 30/12/2024 | 16:20", "Lượt xem: 312", "Tết Nguyên đán Ất Tỵ 2025", "năm 2024", "năm 2023", "0 đồng", "I. Kết quả vận động"]))

PAGES.append(page("b8781-thainguyen-mttq-hoinghi-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH THÁI NGUYÊN
Thời sự » Mặt trận - Đoàn thể
Thứ Sáu, 26/12/2025 - 15:45
Quang cảnh hội nghị tại điểm cầu tỉnh.
Bảo đảm mọi người dân, người lao động đều có Tết
Chiều 25/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên tổ chức hội nghị trực tuyến triển khai công tác chăm lo Tết Nguyên đán Bính Ngọ năm 2026 cho hộ nghèo, đối tượng chính sách và đoàn viên, người lao động, kết nối tới 92 điểm cầu xã, phường. Đồng chí Hoàng Thị Thu Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Dự hội nghị có đồng chí Ma Thị Nguyệt, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lường Văn Đoàn (Chủ tịch LĐLĐ tỉnh), Đinh Thị Hoa, Triệu Đức Tâm.
Đây là dịp Tết đầu tiên sau khi hợp nhất tỉnh Thái Nguyên và tỉnh Bắc Kạn, tổ chức chính quyền địa phương hai cấp. Thực hiện Chỉ thị số 45-CT/TU ngày 10/12/2025 của Ban Thường vụ Tỉnh ủy về lãnh đạo tổ chức Tết và Kế hoạch số 96/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, dịp Tết Bính Ngọ, Mặt trận và các tổ chức chính trị - xã hội các cấp dự kiến trao khoảng 65.000 suất quà cho hộ nghèo, hộ cận nghèo, người có công, đoàn viên khó khăn với tổng kinh phí khoảng 58 tỷ đồng. Mức quà tối thiểu 500.000 đồng/suất.
Đồng chí Phó Chủ tịch - Tổng Thư ký Ủy ban MTTQ Việt Nam tỉnh Đinh Thị Hoa cho biết, hiện toàn tỉnh còn 21.340 hộ nghèo, chiếm 5,8%, tập trung ở các xã vùng cao như Ba Bể, Bằng Thành, Nà Phặc. Năm 2025, hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", tỉnh đã hoàn thành xóa 3.200 căn nhà tạm, nhà dột nát, trong đó Quỹ "Vì người nghèo" các cấp hỗ trợ hơn 96 tỷ đồng.
Về chăm lo cho người lao động, đồng chí Lường Văn Đoàn thông tin: theo Hướng dẫn 05, 06-HD/LĐLĐ của LĐLĐ tỉnh, công đoàn sẽ tổ chức "Chợ Tết Công đoàn" cho 5.000 đoàn viên, mỗi người một phiếu 500.000 đồng; chương trình "Tết Sum vầy" với 30 chuyến xe đưa công nhân về quê. Ở cơ sở, ông Triệu Văn Lìu, Chủ tịch Ủy ban MTTQ xã Ba Bể, cho biết xã đã vận động được 420 triệu đồng, bảo đảm 100% hộ nghèo có quà Tết. Bí thư Đảng ủy phường Đức Xuân Nông Văn Hậu đề nghị tỉnh hướng dẫn thống nhất mức quà giữa các xã, phường có nguồn lực khác nhau sau sắp xếp.
Kết luận hội nghị, đồng chí Hoàng Thị Thu Hiền yêu cầu Mặt trận các xã, phường rà soát kỹ đối tượng, công khai danh sách tại khu dân cư; hoàn thành trao quà trước ngày 10/2/2026; giám sát chặt chẽ việc sử dụng nguồn vận động, không để trùng lặp, bỏ sót.
Phạm Hằng
Tin liên quan
- Phường Phan Đình Phùng ra mắt mô hình "Bữa cơm nghĩa tình" (20/12/2025)
- Thái Nguyên: 1.200 công nhân được tặng vé xe về quê đón Tết (18/12/2025)
- Hội nghị Ban Chấp hành Ủy ban MTTQ tỉnh lần thứ hai (05/12/2025)
""", "2025-12-26", "Bảo đảm mọi người dân, người lao động đều có Tết",
E("hoi_nghi", "2026", "2025-12-25"),
[P("Hoàng Thị Thu Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ma Thị Nguyệt", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lường Văn Đoàn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch LĐLĐ tỉnh"),
 P("Đinh Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Phó Chủ tịch - Tổng Thư ký Ủy ban MTTQ Việt Nam tỉnh"),
 P("Triệu Đức Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Triệu Văn Lìu", "Chủ tịch Ủy ban MTTQ xã Ba Bể"),
 P("Nông Văn Hậu", "Bí thư Đảng ủy phường Đức Xuân")],
[Q("92 điểm cầu xã, phường", 92, "điểm cầu xã, phường"), Q("khoảng 65.000 suất quà", 65000, "suất quà", "approx"),
 Q("khoảng 58 tỷ đồng", 58000000000, "đồng", "approx"), Q("tối thiểu 500.000 đồng", 500000, "đồng"),
 Q("21.340 hộ nghèo", 21340, "hộ nghèo"), Q("5,8%", 5.8, "%"), Q("3.200 căn nhà tạm, nhà dột nát", 3200, "căn nhà tạm, nhà dột nát"),
 Q("hơn 96 tỷ đồng", 96000000000, "đồng", "over"), Q("5.000 đoàn viên", 5000, "đoàn viên"), Q("phiếu 500.000 đồng", 500000, "đồng"),
 Q("30 chuyến xe", 30, "chuyến xe"), Q("420 triệu đồng", 420000000, "đồng"), Q("100%", 100, "%")],
[D("Chỉ thị", "45", "CT/TU", "2025-12-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 45-CT/TU ngày 10/12/2025"),
 D("Kế hoạch", "96", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 96/KH-MTTQ-BTT"),
 D("Hướng dẫn", "05", "HD/LĐLĐ", None, "LĐLĐ tỉnh", "Hướng dẫn 05, 06-HD/LĐLĐ"),
 D("Hướng dẫn", "06", "HD/LĐLĐ", None, "LĐLĐ tỉnh", "Hướng dẫn 05, 06-HD/LĐLĐ")],
[prov("Thái Nguyên"), prov("Bắc Kạn"), com("Ba Bể"), com("Bằng Thành"), com("Nà Phặc"), com("Đức Xuân")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH THÁI NGUYÊN", "Thời sự » Mặt trận - Đoàn thể", "Quang cảnh hội nghị tại điểm cầu tỉnh.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Vì người nghèo", "Chợ Tết Công đoàn", "Tết Sum vầy"],
["Thứ Sáu, 26/12/2025 - 15:45", "Tết Nguyên đán Bính Ngọ năm 2026", "Năm 2025", "một phiếu", "hai cấp"]))

PAGES.append(page("b8782-hcm-ldld-tetsumvay-2026", """
CÔNG ĐOÀN TP HỒ CHÍ MINH - Cổng thông tin điện tử
Trang chủ > Tin tức > Chăm lo đoàn viên
Cập nhật 28/01/2026 08:05 GMT+7
Tết Sum vầy Xuân Bính Ngọ: hơn 2.000 suất quà đến với công nhân Thuận An, Dĩ An
Tối 27/1, tại phường Thuận An, Liên đoàn Lao động TP Hồ Chí Minh phối hợp với Ủy ban MTTQ Việt Nam phường Thuận An và phường Dĩ An tổ chức chương trình "Tết Sum vầy - Xuân Bính Ngọ 2026", trao 2.150 suất quà cho công nhân lao động có hoàn cảnh khó khăn, mỗi suất trị giá 1 triệu đồng. Đây là lần đầu chương trình được tổ chức tại khu vực tỉnh Bình Dương cũ sau khi hợp nhất vào TP Hồ Chí Minh.
Công nhân nhận quà tại chương trình. Ảnh: Hoàng Triều
Tham dự có đồng chí Lâm Quốc Thịnh, Phó Bí thư Thành ủy; đồng chí Đặng Thị Mai Phương, Ủy viên Đoàn Chủ tịch Tổng LĐLĐ Việt Nam, Chủ tịch LĐLĐ TP Hồ Chí Minh; đồng chí Tô Hữu Nghĩa, Bí thư Đảng ủy phường Thuận An.
Theo Kế hoạch số 286/KH-TLĐ ngày 10/11/2025 của Tổng LĐLĐ Việt Nam và Chỉ thị số 12-CT/TU ngày 5/12/2025 của Ban Thường vụ Thành ủy về tổ chức Tết Nguyên đán Bính Ngọ, LĐLĐ Thành phố đã ban hành Kế hoạch số 410, 411/KH-LĐLĐ về chăm lo Tết và tổ chức "Chợ Tết Công đoàn" năm 2026. Theo đó, công đoàn các cấp dành hơn 820 tỷ đồng chăm lo cho khoảng 1,2 triệu lượt đoàn viên, người lao động; trong đó "Chợ Tết Công đoàn" trực tuyến và trực tiếp tặng 30.000 phiếu mua hàng, mỗi phiếu 600.000 đồng.
Chương trình "Tết Sum vầy" còn tặng 1.200 vé tàu, vé xe và phối hợp với các hãng hàng không tặng 300 vé máy bay cho công nhân về quê miền Bắc, miền Trung. Tại phường Dĩ An, LĐLĐ Thành phố tổ chức "Bữa cơm sum vầy" cho 800 công nhân ở trọ không về quê, kèm 50 suất học bổng cho con công nhân, mỗi suất 2 triệu đồng.
Đồng chí Đặng Thị Mai Phương cho biết, theo khảo sát tại 2.300 doanh nghiệp, mức thưởng Tết bình quân năm nay khoảng 8,6 triệu đồng/người, tăng 6,5% so với năm trước; tuy nhiên vẫn còn 37 doanh nghiệp chậm trả lương với gần 9.400 lao động bị ảnh hưởng, công đoàn đang phối hợp xử lý.
Chị Néang Sa Ly, người Khmer quê tỉnh An Giang, công nhân Công ty TNHH giày da Phú Lợi, chia sẻ: "Hai năm rồi em không về quê vì tiền vé đắt. Năm nay được Công đoàn tặng vé xe, cả nhà em sẽ có Tết sum vầy". Các đồng chí Phó Chủ tịch LĐLĐ Thành phố: Võ Thị Thanh Hằng, Trần Văn Lâm trao quà và vé cho công nhân.
Phát biểu tại chương trình, đồng chí Lâm Quốc Thịnh đề nghị Ủy ban MTTQ các phường Thuận An, Dĩ An, Bình Dương phối hợp với công đoàn rà soát, không để công nhân nào bị bỏ sót; quan tâm nhà ở xã hội, nhà trẻ cho con công nhân trong năm 2026.
Ngọc Hân
Tin liên quan
- Chợ Tết Công đoàn 2026 mở cửa tại 12 điểm (25/01/2026)
- Phường Bình Dương trao 500 suất quà cho hộ khó khăn (23/01/2026)
- 6.000 công nhân được tặng vé xe về quê (20/01/2026)
""", "2026-01-28", "Tết Sum vầy Xuân Bính Ngọ: hơn 2.000 suất quà đến với công nhân Thuận An, Dĩ An",
E("trao_qua", None, "2026-01-27"),
[P("Lâm Quốc Thịnh", "Phó Bí thư Thành ủy"),
 P("Đặng Thị Mai Phương", "Ủy viên Đoàn Chủ tịch Tổng LĐLĐ Việt Nam", "Chủ tịch LĐLĐ TP Hồ Chí Minh"),
 P("Tô Hữu Nghĩa", "Bí thư Đảng ủy phường Thuận An"),
 P("Néang Sa Ly", "công nhân Công ty TNHH giày da Phú Lợi"),
 P("Võ Thị Thanh Hằng", "Phó Chủ tịch LĐLĐ Thành phố"),
 P("Trần Văn Lâm", "Phó Chủ tịch LĐLĐ Thành phố")],
[Q("hơn 2.000 suất quà", 2000, "suất quà", "over"), Q("2.150 suất quà", 2150, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("hơn 820 tỷ đồng", 820000000000, "đồng", "over"),
 Q("khoảng 1,2 triệu lượt đoàn viên, người lao động", 1200000, "lượt đoàn viên, người lao động", "approx"),
 Q("30.000 phiếu mua hàng", 30000, "phiếu mua hàng"), Q("600.000 đồng", 600000, "đồng"), Q("1.200 vé tàu, vé xe", 1200, "vé tàu, vé xe"),
 Q("300 vé máy bay", 300, "vé máy bay"), Q("800 công nhân", 800, "công nhân"), Q("50 suất học bổng", 50, "suất học bổng"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("2.300 doanh nghiệp", 2300, "doanh nghiệp"),
 Q("khoảng 8,6 triệu đồng", 8600000, "đồng", "approx"), Q("6,5%", 6.5, "%"), Q("37 doanh nghiệp", 37, "doanh nghiệp"),
 Q("gần 9.400 lao động", 9400, "lao động", "approx")],
[D("Kế hoạch", "286", "KH-TLĐ", "2025-11-10", "Tổng LĐLĐ Việt Nam", "Kế hoạch số 286/KH-TLĐ ngày 10/11/2025"),
 D("Chỉ thị", "12", "CT/TU", "2025-12-05", "Ban Thường vụ Thành ủy", "Chỉ thị số 12-CT/TU ngày 5/12/2025"),
 D("Kế hoạch", "410", "KH-LĐLĐ", None, "LĐLĐ Thành phố", "Kế hoạch số 410, 411/KH-LĐLĐ"),
 D("Kế hoạch", "411", "KH-LĐLĐ", None, "LĐLĐ Thành phố", "Kế hoạch số 410, 411/KH-LĐLĐ")],
[prov("Hồ Chí Minh"), prov("Bình Dương"), prov("An Giang"), com("Thuận An"), com("Dĩ An"), com("Bình Dương")],
["CÔNG ĐOÀN TP HỒ CHÍ MINH - Cổng thông tin điện tử", "Trang chủ > Tin tức > Chăm lo đoàn viên",
 "Tết Sum vầy - Xuân Bính Ngọ 2026", "Chợ Tết Công đoàn", "Bữa cơm sum vầy", "Công nhân nhận quà tại chương trình. Ảnh: Hoàng Triều"],
["Cập nhật 28/01/2026 08:05 GMT+7", "Xuân Bính Ngọ 2026", "năm 2026", "Hai năm"]))
