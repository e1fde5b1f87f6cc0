from lib import *
PAGES = []

PAGES.append(page("b6779-thainguyen-huyenuy-soket-2017", """
Thứ Bảy, 15/07/2017
BÁO THÁI NGUYÊN ĐIỆN TỬ
Chính trị > Xây dựng Đảng
14/07/2017 - 10:05
Phú Lương: Hơn 600 đảng viên làm kinh tế giỏi
Ngày 12/7, Ban Thường vụ Huyện ủy Phú Lương tổ chức hội nghị sơ kết 6 tháng đầu năm 2017 phong trào đảng viên làm kinh tế giỏi, giúp nhau thoát nghèo, gắn với thực hiện Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị và Nghị quyết Trung ương 4 (khóa XII).
Đồng chí Ma Thị Nguyệt, Bí thư Huyện ủy phát biểu chỉ đạo hội nghị.
Theo báo cáo, sau 6 tháng triển khai Kế hoạch số 38-KH/HU ngày 10/1/2017 của Huyện ủy, toàn huyện có hơn 600 đảng viên đạt tiêu chí làm kinh tế giỏi, trong đó 87 đảng viên có thu nhập trên 300 triệu đồng/năm. Chủ yếu là các hộ trồng, chế biến chè búp khô, chăn nuôi gà đồi và làm dịch vụ vận tải. Đảng viên đã hỗ trợ 312 hộ nghèo vay vốn với tổng số tiền 2,56 tỷ đồng, tặng 4.500 cây chè giống và 120 con lợn giống.
Tại xã Phấn Mễ, đồng chí Hoàng Văn Quý, Bí thư Chi bộ xóm Đồng Tâm, đứng ra thành lập Hợp tác xã chè Đồng Tâm với 32 thành viên, trong đó 11 hộ nghèo được miễn phí góp vốn năm đầu. Sản phẩm chè của hợp tác xã hiện bán với giá 250.000 - 400.000 đồng/kg. Ở xã Yên Ninh, chị Nông Thị Tuyết, Chi hội trưởng Chi hội nông dân xóm Khe Cốc, nuôi 3.000 con gà đồi mỗi lứa và bao tiêu gà cho 15 hộ chăn nuôi nhỏ.
Các đại biểu cũng chỉ ra một số hạn chế: việc nhân rộng mô hình còn chậm, có đảng viên khá giả nhưng chưa tích cực giúp đỡ người nghèo; 3 xã chưa xây dựng được kế hoạch cụ thể. Một số hộ nghèo còn tư tưởng trông chờ, ỷ lại vào sự hỗ trợ của Nhà nước; giá chè, giá gà thường xuyên biến động khiến nhiều hộ mới thoát nghèo gặp khó khăn. Phú Lương hiện là huyện có diện tích chè lớn thứ hai tỉnh Thái Nguyên.
Đồng chí Dương Văn Lượng, Huyện ủy viên, Chủ tịch Hội Nông dân huyện, đề nghị Ngân hàng Chính sách xã hội huyện ưu tiên nguồn vốn cho các tổ hợp tác có đảng viên dẫn dắt.
Phát biểu chỉ đạo, đồng chí Ma Thị Nguyệt, Bí thư Huyện ủy yêu cầu 6 tháng cuối năm mỗi chi bộ nông thôn có ít nhất 1 mô hình đảng viên giúp hộ nghèo phát triển sản xuất; phấn đấu đến hết năm 2017 giảm tỷ lệ hộ nghèo xuống dưới 8%. Đồng chí lưu ý việc đánh giá phải thực chất, không chạy theo thành tích; gắn kết quả phong trào với đánh giá, xếp loại tổ chức đảng cuối năm.
Theo đồng chí Trần Thị Lan, Trưởng Ban Dân vận Huyện ủy, từ nay đến cuối năm huyện sẽ tổ chức 2 buổi giao lưu giữa đảng viên làm kinh tế giỏi với hộ nghèo và 1 hội thi sản phẩm chè của hộ đảng viên.
Mai Hương
Tin liên quan
- Đại Từ: nâng chất lượng sinh hoạt chi bộ nông thôn (10/07/2017)
- Định Hóa tôn vinh 45 gương sáng học tập và làm theo Bác (05/07/2017)
- Võ Nhai: hiệu quả mô hình "Dân vận khéo" (28/06/2017)
""", "2017-07-14", "Phú Lương: Hơn 600 đảng viên làm kinh tế giỏi",
E("so_ket", "2017-H1", "2017-07-12"),
[P("Ma Thị Nguyệt", "Bí thư Huyện ủy"),
 P("Hoàng Văn Quý", "Bí thư Chi bộ xóm Đồng Tâm"),
 P("Nông Thị Tuyết", "Chi hội trưởng Chi hội nông dân xóm Khe Cốc"),
 P("Dương Văn Lượng", "Huyện ủy viên", "Chủ tịch Hội Nông dân huyện"),
 P("Trần Thị Lan", "Trưởng Ban Dân vận Huyện ủy")],
[Q("Hơn 600 đảng viên", 600, "đảng viên", "over"), Q("87 đảng viên", 87, "đảng viên"),
 Q("trên 300 triệu đồng/năm", 300000000, "đồng", "over"), Q("312 hộ nghèo", 312, "hộ nghèo"),
 Q("2,56 tỷ đồng", 2560000000, "đồng"), Q("4.500 cây chè giống", 4500, "cây chè giống"),
 Q("120 con lợn giống", 120, "con lợn giống"), Q("32 thành viên", 32, "thành viên"), Q("11 hộ nghèo", 11, "hộ nghèo"),
 Q("250.000 - 400.000 đồng/kg", 250000, "đồng"), Q("400.000 đồng/kg", 400000, "đồng"),
 Q("3.000 con gà đồi", 3000, "con gà đồi"), Q("15 hộ chăn nuôi nhỏ", 15, "hộ chăn nuôi nhỏ"), Q("3 xã", 3, "xã"),
 Q("dưới 8%", 8, "%"), Q("2 buổi giao lưu", 2, "buổi giao lưu"), Q("1 hội thi", 1, "hội thi")],
[D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị 05-CT/TW ngày 15/5/2016"),
 D("Kế hoạch", "38", "KH/HU", "2017-01-10", "Huyện ủy", "Kế hoạch số 38-KH/HU ngày 10/1/2017")],
[prov("Thái Nguyên"), com("Phấn Mễ"), com("Yên Ninh")],
["BÁO THÁI NGUYÊN ĐIỆN TỬ", "Chính trị > Xây dựng Đảng", "Đồng chí Ma Thị Nguyệt, Bí thư Huyện ủy phát biểu chỉ đạo hội nghị.",
 "Nghị quyết Trung ương 4 (khóa XII)", "Hợp tác xã chè Đồng Tâm", "Ngân hàng Chính sách xã hội huyện"],
["Thứ Bảy, 15/07/2017", "14/07/2017 - 10:05", "6 tháng đầu năm 2017", "6 tháng cuối năm", "Nghị quyết Trung ương 4",
 "khóa XII", "1 mô hình", "năm 2017"]))

PAGES.append(page("b6780-gialai-chandung-dangvien-jrai-2018", """
BÁO GIA LAI ĐIỆN TỬ
Xã hội | Dân tộc - Miền núi
Thứ Tư, 21/03/2018, 07:30
Ông Ksor Tlang (giữa) hướng dẫn người dân chăm sóc cà phê. Ảnh: R'Ô H'Lan
Người đảng viên Jrai "gánh" cả làng đi lên
(GLO)- Ở làng Plei Bông, xã Ia Mơ Nông, ông Ksor Tlang, Trưởng ban công tác Mặt trận làng, là cái tên được bà con nhắc đến với sự nể trọng. Không chỉ làm giàu từ cà phê, hồ tiêu, người đảng viên 28 năm tuổi Đảng này còn chỉ cách làm ăn cho hàng chục hộ nghèo trong làng.
Từ những năm 1995, ông Tlang đã mạnh dạn khai hoang, trồng cà phê khi bà con trong làng vẫn quen làm rẫy lúa, mì. Đến nay, gia đình ông có 4,5 ha cà phê, 1.200 trụ hồ tiêu và 20 con bò, mỗi năm thu về khoảng 600 triệu đồng. Ông đầu tư hệ thống giếng khoan, ống tưới tiết kiệm nước và cho các hộ xung quanh dùng chung.
Thấy nhiều hộ trong làng thiếu vốn, ông cho 9 hộ mượn không lấy lãi tổng cộng 135 triệu đồng để mua phân bón, cây giống; cho 6 hộ nghèo mượn bò cái để nuôi lấy bê. Bà Siu H'Nhi, một hộ nghèo được ông giúp đỡ, nay đã có 1 ha cà phê đang cho thu hoạch. "Ông Tlang dạy mình cách cắt cành, bón phân đúng lúc, mình làm theo thì cà phê ra trái nhiều", bà H'Nhi nói.
Ông Rah Lan Phơ, Bí thư Chi bộ làng Plei Bông, cho biết: làng có 187 hộ thì năm 2014 còn 52 hộ nghèo, nay chỉ còn 14 hộ. Công đầu thuộc về những đảng viên như ông Tlang, dám làm trước, làm mẫu cho bà con làm theo.
Theo đồng chí Nguyễn Thị Mỹ Dung, Phó Chủ tịch UBND xã Ia Mơ Nông, xã đang nhân rộng cách làm của ông Tlang theo Kế hoạch số 09/KH-UBND của UBND xã về giảm nghèo bền vững năm 2018; đồng thời thực hiện các chính sách theo Quyết định 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ về hỗ trợ phát triển kinh tế - xã hội vùng dân tộc thiểu số và miền núi. Năm 2017, xã có 31 hộ thoát nghèo, trong đó 22 hộ được đảng viên trực tiếp giúp đỡ.
Năm 2017, ông Ksor Tlang được UBND tỉnh tặng Bằng khen vì có thành tích trong phong trào thi đua "Gia Lai chung tay vì người nghèo - Không để ai bị bỏ lại phía sau". Dù đã ngoài 60 tuổi, ông vẫn hằng ngày ra rẫy, đi vận động từng nhà đưa con em đến trường.
"Làm đảng viên thì phải đi trước. Mình có cái ăn mà bà con còn đói thì mình không vui", ông Tlang chia sẻ bằng tiếng Việt lơ lớ. Những buổi tối, căn nhà sàn của ông vẫn sáng đèn, nơi bà con trong làng tìm đến hỏi cách trừ sâu, cách tính giá bán cà phê sao cho khỏi bị thương lái ép giá, hay đơn giản là để nghe ông kể chuyện làm ăn.
R'Ô H'Lan
Tin khác
- Chư Păh: già làng góp sức giữ bình yên buôn làng (19/03/2018)
- Đảng viên trẻ ở Kông Chro làm giàu từ cây mì (14/03/2018)
- Ia Grai: 120 hộ đồng bào hiến đất làm đường (09/03/2018)
""", "2018-03-21", "Người đảng viên Jrai \"gánh\" cả làng đi lên",
E("khac", None, None),
[P("Ksor Tlang", "Trưởng ban công tác Mặt trận làng"),
 P("Siu H'Nhi"),
 P("Rah Lan Phơ", "Bí thư Chi bộ làng Plei Bông"),
 P("Nguyễn Thị Mỹ Dung", "Phó Chủ tịch UBND xã Ia Mơ Nông")],
[Q("4,5 ha", 4.5, "ha"), Q("1.200 trụ hồ tiêu", 1200, "trụ hồ tiêu"), Q("20 con bò", 20, "con bò"),
 Q("khoảng 600 triệu đồng", 600000000, "đồng", "approx"), Q("9 hộ", 9, "hộ"), Q("135 triệu đồng", 135000000, "đồng"),
 Q("6 hộ nghèo", 6, "hộ nghèo"), Q("1 ha", 1, "ha"), Q("187 hộ", 187, "hộ"), Q("52 hộ nghèo", 52, "hộ nghèo"),
 Q("14 hộ", 14, "hộ"), Q("31 hộ", 31, "hộ"), Q("22 hộ", 22, "hộ")],
[D("Kế hoạch", "09", "KH-UBND", None, "UBND xã", "Kế hoạch số 09/KH-UBND"),
 D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định 2085/QĐ-TTg ngày 31/10/2016")],
[prov("Gia Lai"), com("Ia Mơ Nông")],
["BÁO GIA LAI ĐIỆN TỬ", "Xã hội | Dân tộc - Miền núi",
 "Ông Ksor Tlang (giữa) hướng dẫn người dân chăm sóc cà phê. Ảnh: R'Ô H'Lan", "(GLO)",
 "Gia Lai chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"],
["Thứ Tư, 21/03/2018, 07:30", "28 năm tuổi Đảng", "những năm 1995", "năm 2014", "năm 2018", "Năm 2017", "60 tuổi"]))

PAGES.append(page("b6781-quangtri-clb-daihoi-2019", """
Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị
Trang chủ › Chính trị › Tin tức
30/05/2019 06:00
Đại hội Câu lạc bộ Đảng viên làm kinh tế giỏi huyện Gio Linh lần thứ II
QTO - Ngày 28/5/2019, Câu lạc bộ Đảng viên làm kinh tế giỏi huyện Gio Linh tổ chức đại hội lần thứ II, nhiệm kỳ 2019 - 2024. Dự đại hội có đồng chí Lê Quang Thái, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trương Thị Thu Hiền, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy Gio Linh cùng 95 hội viên.
Ban Chủ nhiệm Câu lạc bộ khóa II ra mắt đại hội.
Câu lạc bộ được thành lập năm 2014 theo Quyết định số 1205-QĐ/HU của Ban Thường vụ Huyện ủy, ban đầu có 46 hội viên, nay đã phát triển lên 95 hội viên ở 19 xã, thị trấn. Hội viên là những đảng viên có mô hình trang trại, gia trại cho thu nhập từ 150 triệu đồng/năm trở lên; 14 hội viên là chủ doanh nghiệp, hợp tác xã.
Nhiệm kỳ qua, các hội viên đã giúp đỡ 623 hộ nghèo, hộ cận nghèo bằng nhiều hình thức: cho vay vốn không lãi hơn 1,8 tỷ đồng, hỗ trợ 215 con bê, lợn giống, gần 40 tấn phân bón, nhận 280 lao động vào làm việc tại các trang trại với thu nhập 4 - 5 triệu đồng/người/tháng. Nhờ vậy, 197 hộ đã thoát nghèo. Câu lạc bộ còn phối hợp Ủy ban MTTQ huyện xây tặng 7 "Nhà Đại đoàn kết" cho hộ nghèo, mỗi căn trị giá 50 triệu đồng.
Tham luận tại đại hội, đồng chí Nguyễn Văn Sỹ, Bí thư Chi bộ thôn Hà Thanh, xã Gio Châu, chia sẻ kinh nghiệm nuôi lợn an toàn sinh học gắn với xử lý chất thải bằng đệm lót sinh học; đồng chí Hồ Thị Lê, Bí thư Chi bộ thôn Tân Văn, xã Linh Thượng, chủ trang trại cao su, đề nghị tăng cường liên kết giữa hội viên để bao tiêu sản phẩm cho hộ nghèo.
Phát biểu tại đại hội, đồng chí Lê Quang Thái đề nghị Câu lạc bộ tiếp tục bám sát Chỉ thị 05-CT/TW của Bộ Chính trị và Nghị quyết số 12-NQ/TU ngày 5/12/2017 của Ban Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp hàng hóa; mỗi hội viên nhận giúp ít nhất 1 hộ nghèo trong nhiệm kỳ mới.
Đại hội đã bầu Ban Chủ nhiệm khóa II gồm 9 thành viên. Đồng chí Phan Văn Lộc, Chủ tịch Hội Nông dân huyện, được tín nhiệm bầu giữ chức Chủ nhiệm Câu lạc bộ; các đồng chí Lê Thị Hoa, Trần Đình Vũ được bầu làm Phó Chủ nhiệm Câu lạc bộ.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 12 hội viên có thành tích xuất sắc nhiệm kỳ 2014 - 2019. Đại hội cũng thông qua Quy chế hoạt động sửa đổi và chương trình hành động nhiệm kỳ mới, trong đó đặt mục tiêu kết nạp thêm ít nhất 30 hội viên, xây dựng 5 chuỗi liên kết sản xuất có hộ nghèo tham gia.
Hoàng Anh
Tin cùng chuyên mục
- Hướng Hóa: đảng viên người Vân Kiều làm kinh tế giỏi (24/05/2019)
- Cam Lộ sơ kết 5 năm thực hiện Chỉ thị 05 (20/05/2019)
- Đảng viên trẻ ở Triệu Phong khởi nghiệp từ dưa lưới (15/05/2019)
""", "2019-05-30", "Đại hội Câu lạc bộ Đảng viên làm kinh tế giỏi huyện Gio Linh lần thứ II",
E("dai_hoi", None, "2019-05-28"),
[P("Lê Quang Thái", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Thị Thu Hiền", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy Gio Linh"),
 P("Nguyễn Văn Sỹ", "Bí thư Chi bộ thôn Hà Thanh"),
 P("Hồ Thị Lê", "Bí thư Chi bộ thôn Tân Văn", "chủ trang trại cao su"),
 P("Phan Văn Lộc", "Chủ tịch Hội Nông dân huyện", "Chủ nhiệm Câu lạc bộ"),
 P("Lê Thị Hoa", "Phó Chủ nhiệm Câu lạc bộ"), P("Trần Đình Vũ", "Phó Chủ nhiệm Câu lạc bộ")],
[Q("95 hội viên", 95, "hội viên"), Q("46 hội viên", 46, "hội viên"), Q("19 xã, thị trấn", 19, "xã, thị trấn"),
 Q("từ 150 triệu đồng/năm trở lên", 150000000, "đồng", "over"), Q("14 hội viên", 14, "hội viên"),
 Q("623 hộ nghèo, hộ cận nghèo", 623, "hộ nghèo, hộ cận nghèo"), Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"),
 Q("215 con bê, lợn giống", 215, "con bê, lợn giống"), Q("gần 40 tấn", 40, "tấn", "approx"),
 Q("280 lao động", 280, "lao động"), Q("4 - 5 triệu đồng/người/tháng", 4000000, "đồng"),
 Q("5 triệu đồng/người/tháng", 5000000, "đồng"), Q("197 hộ", 197, "hộ"), Q('7 "Nhà Đại đoàn kết"', 7, "Nhà Đại đoàn kết"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("ít nhất 30 hội viên", 30, "hội viên", "over"),
 Q("5 chuỗi liên kết sản xuất", 5, "chuỗi liên kết sản xuất"), Q("9 thành viên", 9, "thành viên"), Q("12 hội viên", 12, "hội viên")],
[D("Quyết định", "1205", "QĐ/HU", None, "Ban Thường vụ Huyện ủy", "Quyết định số 1205-QĐ/HU"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW"),
 D("Nghị quyết", "12", "NQ/TU", "2017-12-05", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 12-NQ/TU ngày 5/12/2017")],
[prov("Quảng Trị"), com("Gio Châu"), com("Linh Thượng")],
["Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị", "Trang chủ › Chính trị › Tin tức", "QTO",
 "Ban Chủ nhiệm Câu lạc bộ khóa II ra mắt đại hội.", "Câu lạc bộ Đảng viên làm kinh tế giỏi huyện Gio Linh", "Nhà Đại đoàn kết"],
["30/05/2019 06:00", "lần thứ II", "2019 - 2024", "năm 2014", "khóa II", "1 hộ nghèo", "2014 - 2019"]))

PAGES.append(page("b6782-bentre-huyenuy-tongket-2020", """
Báo Đồng Khởi Online
Trang chủ / Chính trị / Xây dựng Đảng
29.12.2020 | 16:05
Thạnh Phú tổng kết phong trào đảng viên làm kinh tế giỏi năm 2020
(ĐK) - Sáng 28-12, Huyện ủy Thạnh Phú tổ chức hội nghị tổng kết phong trào "Đảng viên làm kinh tế giỏi, giúp nhau thoát nghèo" năm 2020 và biểu dương 52 đảng viên tiêu biểu. Tham dự có đồng chí Tỉnh ủy viên, Bí thư Huyện ủy Thạnh Phú Lê Văn Hiếu; đồng chí Đặng Thị Ngọc Hân, Phó Trưởng Ban Dân vận Tỉnh ủy Bến Tre.
Đồng chí Lê Văn Hiếu trao giấy khen cho các đảng viên tiêu biểu.
Năm 2020, dù chịu ảnh hưởng nặng của hạn mặn đầu năm và dịch Covid-19, phong trào vẫn được duy trì ở 18/18 đảng bộ xã, thị trấn. Toàn huyện có 2.713 đảng viên đạt danh hiệu làm kinh tế giỏi, chiếm 41,2% số đảng viên ở nông thôn; trong đó khoảng 300 đảng viên có thu nhập từ 1 tỷ đồng/năm trở lên, chủ yếu từ nuôi tôm công nghiệp, nuôi nghêu, trồng dừa hữu cơ.
Hưởng ứng lời kêu gọi "Chung tay phòng, chống dịch Covid-19" và thực hiện Chỉ thị 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, các đảng viên đã ủng hộ hơn 1.400 phần quà, khoảng 35 tấn gạo cho hộ nghèo, lao động mất việc; nhiều người góp tiền mua bồn chứa nước ngọt tặng hộ khó khăn trong mùa hạn mặn. Các đảng viên cũng hỗ trợ 486 hộ nghèo, cận nghèo con giống, vốn sản xuất với tổng trị giá 3,7 tỷ đồng. Đến cuối năm, có 379 hộ thoát nghèo, tỷ lệ hộ nghèo toàn huyện còn 5,93%.
Tại hội nghị, ông Nguyễn Văn Rở, Bí thư Chi bộ ấp Thạnh Hải, xã Thạnh Hải, chia sẻ: với 8 ha ao nuôi tôm thẻ siêu thâm canh, mỗi năm gia đình ông lãi hơn 2 tỷ đồng; ông nhận 25 lao động nghèo vào làm, lương 6 - 8 triệu đồng/tháng. Bà Võ Thị Bé Ba, Phó Bí thư Chi bộ ấp An Bình, xã An Thạnh, kể việc vận động 30 hộ trồng dừa liên kết với doanh nghiệp theo tiêu chuẩn hữu cơ, giá bán cao hơn thị trường 10%. Theo bà, điều khó nhất không phải là vốn mà là thay đổi thói quen canh tác của bà con: phải kiên trì "cầm tay chỉ việc", làm trước cho bà con thấy hiệu quả rồi mới vận động làm theo.
Phát biểu kết luận, đồng chí Lê Văn Hiếu yêu cầu năm 2021 các cấp ủy tiếp tục cụ thể hóa Nghị quyết Đại hội Đảng bộ huyện lần thứ XII, nhiệm kỳ 2020 - 2025, phấn đấu giảm 1% hộ nghèo mỗi năm; thực hiện tốt Quyết định 15/2020/QĐ-TTg về hỗ trợ người dân gặp khó khăn do đại dịch; mỗi đảng viên làm kinh tế giỏi giúp đỡ ít nhất 1 hộ nghèo, cận nghèo.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 52 đảng viên và 5 chi bộ; mỗi đảng viên được tặng 1 triệu đồng tiền thưởng.
Minh Thùy
Tin liên quan
- Mỏ Cày Nam: Biểu dương 60 điển hình "Dân vận khéo" (24.12.2020)
- Ba Tri hỗ trợ người dân vùng hạn mặn (18.12.2020)
- Giồng Trôm: hiệu quả mô hình "Ngôi nhà đại đoàn kết" (10.12.2020)
""", "2020-12-29", "Thạnh Phú tổng kết phong trào đảng viên làm kinh tế giỏi năm 2020",
E("tong_ket", "2020", "2020-12-28"),
[P("Lê Văn Hiếu", "Tỉnh ủy viên", "Bí thư Huyện ủy Thạnh Phú"),
 P("Đặng Thị Ngọc Hân", "Phó Trưởng Ban Dân vận Tỉnh ủy Bến Tre"),
 P("Nguyễn Văn Rở", "Bí thư Chi bộ ấp Thạnh Hải"),
 P("Võ Thị Bé Ba", "Phó Bí thư Chi bộ ấp An Bình")],
[Q("52 đảng viên tiêu biểu", 52, "đảng viên tiêu biểu"), Q("18/18 đảng bộ xã, thị trấn", 18, "đảng bộ xã, thị trấn"),
 Q("2.713 đảng viên", 2713, "đảng viên"), Q("41,2%", 41.2, "%"), Q("khoảng 300 đảng viên", 300, "đảng viên", "approx"),
 Q("từ 1 tỷ đồng/năm trở lên", 1000000000, "đồng", "over"), Q("hơn 1.400 phần quà", 1400, "phần quà", "over"),
 Q("khoảng 35 tấn", 35, "tấn", "approx"), Q("486 hộ nghèo, cận nghèo", 486, "hộ nghèo, cận nghèo"),
 Q("3,7 tỷ đồng", 3700000000, "đồng"), Q("379 hộ", 379, "hộ"), Q("5,93%", 5.93, "%"), Q("8 ha", 8, "ha"),
 Q("hơn 2 tỷ đồng", 2000000000, "đồng", "over"), Q("25 lao động nghèo", 25, "lao động nghèo"),
 Q("6 - 8 triệu đồng/tháng", 6000000, "đồng"), Q("8 triệu đồng/tháng", 8000000, "đồng"), Q("30 hộ", 30, "hộ"),
 Q("10%", 10, "%"), Q("1%", 1, "%"), Q("5 chi bộ", 5, "chi bộ"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg ngày 31/3/2020"),
 D("Quyết định", "15", "2020/QĐ-TTg", None, None, "Quyết định 15/2020/QĐ-TTg")],
[prov("Bến Tre"), com("Thạnh Hải"), com("An Thạnh")],
["Báo Đồng Khởi Online", "Trang chủ / Chính trị / Xây dựng Đảng", "(ĐK)",
 "Đồng chí Lê Văn Hiếu trao giấy khen cho các đảng viên tiêu biểu.", "Chung tay phòng, chống dịch Covid-19",
 "Nghị quyết Đại hội Đảng bộ huyện lần thứ XII"],
["29.12.2020 | 16:05", "năm 2020", "Covid-19", "năm 2021", "lần thứ XII", "2020 - 2025", "1 hộ nghèo"]))

PAGES.append(page("b6783-hatinh-dangyxa-baocao-q1-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ THẠCH ĐÀI - HUYỆN THẠCH HÀ - TỈNH HÀ TĨNH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp
Ngày 02/04/2021 | 09:15
Báo cáo kết quả thực hiện phong trào đảng viên làm kinh tế giỏi quý I năm 2021
Căn cứ Kế hoạch số 05-KH/ĐU ngày 8/1/2021 của Đảng ủy xã về thực hiện phong trào "Đảng viên làm kinh tế giỏi, giúp nhau thoát nghèo" năm 2021, ngày 30/3/2021 Đảng ủy xã Thạch Đài ban hành Báo cáo số 47-BC/ĐU về kết quả quý I năm 2021. Trang thông tin điện tử xã trích đăng nội dung chính.
I. Kết quả đạt được
1. Công tác lãnh đạo, chỉ đạo: Ban Thường vụ Đảng ủy đã quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Nghị quyết Đại hội Đảng bộ xã lần thứ XXIV đến 100% chi bộ. 14/14 chi bộ thôn đã xây dựng kế hoạch, có 213 đảng viên đăng ký làm kinh tế giỏi (tăng 18 đảng viên so với cùng kỳ năm 2020).
2. Kết quả giúp đỡ hộ nghèo: Trong quý, các đảng viên đã nhận giúp đỡ 64 hộ nghèo và 39 hộ cận nghèo; hỗ trợ 1.150 con gà giống, 22 con bê giống, 3,2 tấn phân bón; cho vay không lãi 415 triệu đồng. Câu lạc bộ đảng viên làm kinh tế giỏi của xã do đồng chí Nguyễn Hữu Đạt, Phó Bí thư Thường trực Đảng ủy, làm Chủ nhiệm, đã tổ chức 3 buổi chuyển giao kỹ thuật trồng cam, bưởi Phúc Trạch với 126 lượt người tham dự.
3. Một số mô hình tiêu biểu: mô hình trang trại tổng hợp của đồng chí Trần Văn Kỳ, Bí thư Chi bộ thôn Trung Tiến, doanh thu quý I đạt gần 400 triệu đồng, giải quyết việc làm cho 8 lao động; mô hình vườn mẫu của đồng chí Phan Thị Hằng, Trưởng thôn Đại Tiến, thu hút 6 hộ nghèo tham gia.
II. Hạn chế
Một số chi bộ chưa quan tâm kiểm tra việc giúp đỡ; 2 chi bộ chưa có đảng viên nhận đỡ đầu hộ nghèo; tỷ lệ hộ nghèo toàn xã còn 4,85%, cao hơn bình quân của huyện. Nguyên nhân chủ yếu là giá cam, bưởi giảm mạnh do ảnh hưởng của dịch Covid-19, một số hộ đã thoát nghèo nhưng thu nhập chưa bền vững; nguồn vốn vay ưu đãi tại Ngân hàng Chính sách xã hội tỉnh Hà Tĩnh chưa đáp ứng nhu cầu của người dân.
III. Nhiệm vụ quý II năm 2021
Tiếp tục thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị, Kết luận số 17-KL/HU ngày 20/2/2021 của Ban Thường vụ Huyện ủy về phát triển vùng cam, bưởi đặc sản; phấn đấu mỗi chi bộ có ít nhất 1 mô hình giúp hộ nghèo; rà soát, đề nghị công nhận 20 hộ thoát nghèo trong năm 2021. Văn phòng Đảng ủy phối hợp Ủy ban MTTQ xã theo dõi, tổng hợp kết quả hằng tháng.
T/M ĐẢNG ỦY
Phó Bí thư Lê Văn Toàn
Lượt truy cập: 45.217
Tin khác
- Thạch Đài ra quân làm đường giao thông nông thôn (28/03/2021)
- Hội nghị tiếp xúc cử tri trước bầu cử (20/03/2021)
- Đảng bộ xã tổ chức học tập Nghị quyết Đại hội XIII (10/03/2021)
""", "2021-04-02", "Báo cáo kết quả thực hiện phong trào đảng viên làm kinh tế giỏi quý I năm 2021",
E("bao_cao", "2021-Q1", "2021-03-30"),
[P("Nguyễn Hữu Đạt", "Phó Bí thư Thường trực Đảng ủy", "Chủ nhiệm"),
 P("Trần Văn Kỳ", "Bí thư Chi bộ thôn Trung Tiến"),
 P("Phan Thị Hằng", "Trưởng thôn Đại Tiến"),
 P("Lê Văn Toàn", "Phó Bí thư")],
[Q("100%", 100, "%"), Q("14/14 chi bộ thôn", 14, "chi bộ thôn"), Q("213 đảng viên", 213, "đảng viên"),
 Q("18 đảng viên", 18, "đảng viên"), Q("64 hộ nghèo", 64, "hộ nghèo"), Q("39 hộ cận nghèo", 39, "hộ cận nghèo"),
 Q("1.150 con gà giống", 1150, "con gà giống"), Q("22 con bê giống", 22, "con bê giống"), Q("3,2 tấn", 3.2, "tấn"),
 Q("415 triệu đồng", 415000000, "đồng"), Q("3 buổi chuyển giao kỹ thuật", 3, "buổi chuyển giao kỹ thuật"),
 Q("126 lượt người", 126, "lượt người"), Q("gần 400 triệu đồng", 400000000, "đồng", "approx"),
 Q("8 lao động", 8, "lao động"), Q("6 hộ nghèo", 6, "hộ nghèo"), Q("2 chi bộ", 2, "chi bộ"), Q("4,85%", 4.85, "%"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("20 hộ", 20, "hộ")],
[D("Kế hoạch", "05", "KH/ĐU", "2021-01-08", "Đảng ủy xã", "Kế hoạch số 05-KH/ĐU ngày 8/1/2021"),
 D("Báo cáo", "47", "BC/ĐU", "2021-03-30", "Đảng ủy xã Thạch Đài", "Báo cáo số 47-BC/ĐU"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW"),
 D("Kết luận", "17", "KL/HU", "2021-02-20", "Ban Thường vụ Huyện ủy", "Kết luận số 17-KL/HU ngày 20/2/2021")],
[prov("Hà Tĩnh"), com("Thạch Đài")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ THẠCH ĐÀI - HUYỆN THẠCH HÀ - TỈNH HÀ TĨNH", "Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp",
 "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "Nghị quyết Đại hội Đảng bộ xã lần thứ XXIV",
 "Câu lạc bộ đảng viên làm kinh tế giỏi", "T/M ĐẢNG ỦY", "Lượt truy cập: 45.217"],
["Ngày 02/04/2021 | 09:15", "quý I năm 2021", "lần thứ XIII", "lần thứ XXIV", "năm 2020", "quý II năm 2021",
 "năm 2021", "Lượt truy cập: 45.217"]))

PAGES.append(page("b6784-daklak-dangvien-traobo-2021", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Trang chủ >> Kinh tế >> Nông nghiệp
Cập nhật lúc 17:20 ngày 17/09/2021
Trao tặng 20 con bò giống cho hộ nghèo đồng bào Êđê
Ngày 15/9, Câu lạc bộ Đảng viên làm kinh tế giỏi huyện Cư M'gar phối hợp với Ủy ban MTTQ Việt Nam huyện tổ chức trao tặng 20 con bò giống cho 20 hộ nghèo đồng bào Êđê tại xã Ea Tul, tỉnh Đắk Lắk. Tổng trị giá số bò là 300 triệu đồng, do 17 hội viên của Câu lạc bộ đóng góp.
Các hộ nghèo nhận bò giống tại buổi trao tặng.
Tham dự buổi trao có đồng chí Y Thăm Niê, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Cư M'gar; đồng chí H'Bla Êban, Phó Chủ tịch UBND xã Ea Tul.
Do ảnh hưởng của dịch Covid-19, buổi trao tặng được tổ chức gọn nhẹ, bảo đảm "5K". Mỗi hộ nhận 1 con bò cái giống lai Sind trị giá 15 triệu đồng, kèm 2 bao thức ăn tinh và tài liệu hướng dẫn chăm sóc. Theo cam kết, sau 3 năm các hộ sẽ chuyển bê con đầu tiên cho hộ nghèo khác trong buôn, để "con bò" tiếp tục được nhân lên.
Phát biểu tại buổi trao, đồng chí Y Thăm Niê cho biết: thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW và Chương trình số 12-CTr/HU của Huyện ủy về giảm nghèo bền vững trong vùng đồng bào dân tộc thiểu số, từ năm 2019 đến nay, Câu lạc bộ đã trao tặng 76 con bò giống, 4 căn nhà tình nghĩa và hơn 500 suất học bổng cho học sinh nghèo với tổng giá trị khoảng 1,6 tỷ đồng. Nhiều hộ nhận bò năm 2019 nay đã có đàn bò 3 - 4 con và thoát nghèo.
Đồng chí Y Blô Kbuôr, Bí thư Chi bộ buôn Ea Knang, Chủ nhiệm Câu lạc bộ Đảng viên làm kinh tế giỏi huyện, chủ trang trại cà phê 10 ha, cho biết: các hội viên đều là những người đi lên từ hai bàn tay trắng, hiểu cái khó của người nghèo. Câu lạc bộ không chỉ tặng bò mà còn phân công mỗi hội viên theo dõi, hướng dẫn 1 - 2 hộ cách trồng cỏ, làm chuồng trại, tiêm phòng.
Bà H'Nhuê Mlô, ở buôn Ea Knang, một trong các hộ nhận bò, xúc động: "Nhà tôi có 5 người, chỉ có 3 sào rẫy, cả năm làm không đủ ăn. Có con bò, tôi sẽ chăm sóc thật tốt để sớm thoát nghèo".
Theo UBND xã Ea Tul, toàn xã hiện còn 312 hộ nghèo, chiếm 14,7% số hộ, phần lớn là đồng bào Êđê, M'nông. Thời gian tới, xã sẽ phối hợp với Câu lạc bộ lựa chọn thêm 15 hộ nghèo có đất, có lao động để tiếp tục hỗ trợ sinh kế theo Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Hoàng Gia
Tin liên quan
- Krông Pắc: đảng viên người Êđê làm kinh tế giỏi (10/09/2021)
- Buôn Đôn hỗ trợ sinh kế cho hộ nghèo (02/09/2021)
- Ea H'leo: 200 phần quà cho người dân khó khăn do dịch (27/08/2021)
""", "2021-09-17", "Trao tặng 20 con bò giống cho hộ nghèo đồng bào Êđê",
E("trao_qua", None, "2021-09-15"),
[P("Y Thăm Niê", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Cư M'gar"),
 P("H'Bla Êban", "Phó Chủ tịch UBND xã Ea Tul"),
 P("Y Blô Kbuôr", "Bí thư Chi bộ buôn Ea Knang", "Chủ nhiệm Câu lạc bộ Đảng viên làm kinh tế giỏi huyện", "chủ trang trại cà phê 10 ha"),
 P("H'Nhuê Mlô")],
[Q("20 con bò giống", 20, "con bò giống"), Q("20 hộ nghèo đồng bào Êđê", 20, "hộ nghèo đồng bào Êđê"),
 Q("300 triệu đồng", 300000000, "đồng"), Q("17 hội viên", 17, "hội viên"), Q("15 triệu đồng", 15000000, "đồng"),
 Q("2 bao thức ăn tinh", 2, "bao thức ăn tinh"), Q("76 con bò giống", 76, "con bò giống"), Q("4 căn nhà tình nghĩa", 4, "căn nhà tình nghĩa"),
 Q("hơn 500 suất học bổng", 500, "suất học bổng", "over"), Q("khoảng 1,6 tỷ đồng", 1600000000, "đồng", "approx"),
 Q("3 - 4 con", 3, "con"), Q("4 con", 4, "con"), Q("10 ha", 10, "ha"), Q("5 người", 5, "người"), Q("3 sào", 3, "sào"),
 Q("312 hộ nghèo", 312, "hộ nghèo"), Q("14,7%", 14.7, "%"), Q("15 hộ nghèo", 15, "hộ nghèo")],
[D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Chương trình", "12", "CTr/HU", None, "Huyện ủy", "Chương trình số 12-CTr/HU")],
[prov("Đắk Lắk"), com("Ea Tul")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Trang chủ >> Kinh tế >> Nông nghiệp", "Các hộ nghèo nhận bò giống tại buổi trao tặng.",
 "Câu lạc bộ Đảng viên làm kinh tế giỏi huyện Cư M'gar", "5K",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Cập nhật lúc 17:20 ngày 17/09/2021", "Covid-19", "5K", "1 con bò cái", "3 năm", "năm 2019", "1 - 2 hộ"]))
