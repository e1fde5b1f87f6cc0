from lib import *
PAGES = []

PAGES.append(page("b1637-laocai-hlphn-tongket-2011", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI
Trang chủ » Tin tức - Sự kiện » Hoạt động Hội
Thứ Hai, 26/12/2011 - 09:30
Ảnh: Toàn cảnh hội nghị tổng kết.
Hội LHPN tỉnh Lào Cai tổng kết công tác Hội năm 2011
Ngày 23/12/2011, Hội Liên hiệp Phụ nữ tỉnh Lào Cai tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Giàng Thị Dung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Vàng Thị Mai, Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị.
Năm 2011, các cấp Hội đã tập trung triển khai Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ XI và Chỉ thị số 07-CT/TU ngày 12/4/2011 của Ban Thường vụ Tỉnh ủy về tăng cường công tác phụ nữ vùng cao. Toàn tỉnh kết nạp mới 3.215 hội viên, nâng tổng số hội viên lên 96.480 chị, đạt 81,6% so với tổng số phụ nữ trong độ tuổi. Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" được triển khai ở 164 xã, phường, thị trấn.
Công tác hỗ trợ phụ nữ phát triển kinh tế có chuyển biến rõ. Hội nhận ủy thác từ Ngân hàng Chính sách xã hội với tổng dư nợ trên 512 tỷ đồng, thông qua 1.186 tổ tiết kiệm và vay vốn, giúp 24.300 hộ vay vốn sản xuất; tỷ lệ nợ quá hạn chỉ còn 0,38%. Các cấp Hội đã giúp 1.042 hộ do phụ nữ làm chủ thoát nghèo, xây dựng 27 mô hình nuôi lợn đen bản địa và trồng chè Shan tuyết. Hội cũng vận động được 1,35 tỷ đồng xây dựng "Mái ấm tình thương", trao 18 căn nhà cho hội viên nghèo.
Tại hội nghị, chị Lù Thị Sinh, Chủ tịch Hội LHPN xã Bản Vược, huyện Bát Xát chia sẻ kinh nghiệm duy trì tổ tiết kiệm ở thôn vùng cao; chị Sùng Thị Chở, Phó Chủ tịch Hội LHPN huyện Bắc Hà nêu khó khăn trong vận động chị em đồng bào Mông bỏ tảo hôn.
Phát biểu chỉ đạo, đồng chí Giàng Thị Dung ghi nhận những kết quả các cấp Hội đã đạt được, đồng thời đề nghị năm 2012 Hội tập trung thực hiện Kế hoạch số 31-KH/TU của Tỉnh ủy về thực hiện Nghị quyết số 11-NQ/TW của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước; quan tâm đào tạo nghề cho lao động nữ nông thôn theo Quyết định số 295/QĐ-TTg của Thủ tướng Chính phủ.
Dịp này, Trung ương Hội LHPN Việt Nam tặng bằng khen cho 5 tập thể; UBND tỉnh tặng bằng khen cho 12 tập thể và 21 cá nhân có thành tích xuất sắc trong công tác Hội năm 2011.
Đồng chí Vàng Thị Mai trao bằng khen cho các tập thể xuất sắc.
Minh Thu
Lượt xem: 1.204
Tin liên quan
- Phụ nữ Sa Pa học nghề thêu thổ cẩm (15/12/2011)
- Hội LHPN huyện Mường Khương sơ kết mô hình "Tổ phụ nữ tiết kiệm" (08/12/2011)
- Trao 10 con bò giống cho hội viên nghèo xã Y Tý (29/11/2011)
- Lào Cai: Tập huấn kỹ năng tuyên truyền cho chi hội trưởng (17/11/2011)
""", "2011-12-26", "Hội LHPN tỉnh Lào Cai tổng kết công tác Hội năm 2011",
E("tong_ket", "2011", "2011-12-23"),
[P("Giàng Thị Dung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng Thị Mai", "Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam", "Chủ tịch Hội LHPN tỉnh"),
 P("Lù Thị Sinh", "Chủ tịch Hội LHPN xã Bản Vược"),
 P("Sùng Thị Chở", "Phó Chủ tịch Hội LHPN huyện Bắc Hà")],
[Q("3.215 hội viên", 3215, "hội viên"), Q("96.480 chị", 96480, "chị"), Q("81,6%", 81.6, "%"),
 Q("164 xã, phường, thị trấn", 164, "xã, phường, thị trấn"), Q("trên 512 tỷ đồng", 512000000000, "đồng", "over"),
 Q("1.186 tổ tiết kiệm và vay vốn", 1186, "tổ tiết kiệm và vay vốn"), Q("24.300 hộ", 24300, "hộ"), Q("0,38%", 0.38, "%"),
 Q("1.042 hộ do phụ nữ làm chủ", 1042, "hộ"), Q("27 mô hình", 27, "mô hình"), Q("1,35 tỷ đồng", 1350000000, "đồng"),
 Q("18 căn nhà", 18, "căn nhà"), Q("5 tập thể", 5, "tập thể"), Q("12 tập thể", 12, "tập thể"), Q("21 cá nhân", 21, "cá nhân")],
[D("Chỉ thị", "07", "CT/TU", "2011-04-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU ngày 12/4/2011"),
 D("Kế hoạch", "31", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 31-KH/TU"),
 D("Nghị quyết", "11", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 11-NQ/TW"),
 D("Quyết định", "295", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 295/QĐ-TTg")],
[prov("Lào Cai"), com("Bản Vược")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI", "Trang chủ » Tin tức - Sự kiện » Hoạt động Hội", "Ảnh: Toàn cảnh hội nghị tổng kết.",
 "Đồng chí Vàng Thị Mai trao bằng khen cho các tập thể xuất sắc.", "Xây dựng gia đình 5 không, 3 sạch", "Mái ấm tình thương",
 "Lượt xem: 1.204", "Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ XI"],
["Thứ Hai, 26/12/2011 - 09:30", "5 không, 3 sạch", "lần thứ XI", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b1638-nghean-tinhdoan-soket-2012", """
Cổng thông tin điện tử Tỉnh đoàn Nghệ An
Trang chủ > Tin tức > Hoạt động Đoàn
Cập nhật: 16:40, 18/07/2012 (GMT+7)
Tuổi trẻ Nghệ An: Hơn 1.200 công trình thanh niên trong nửa đầu năm
Sáng 17/7, Ban Thường vụ Tỉnh đoàn Nghệ An tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Văn Thông, Phó Bí thư Tỉnh ủy dự và phát biểu chỉ đạo. Chủ trì hội nghị có đồng chí Lê Hồng Vinh, Bí thư Tỉnh đoàn và các đồng chí Phó Bí thư Tỉnh đoàn: Hồ Thị Hạnh, Trần Quốc Khánh.
Theo báo cáo, 6 tháng qua các cấp bộ Đoàn đã triển khai Chương trình hành động số 26-CTr/TU của Tỉnh ủy thực hiện Nghị quyết 25-NQ/TW về tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên. Toàn tỉnh có hơn 1.200 công trình, phần việc thanh niên với tổng giá trị ước tính 18,6 tỷ đồng; làm mới và nâng cấp 146 km đường giao thông nông thôn; trồng 52.000 cây xanh.
Về hỗ trợ thanh niên lập nghiệp, Tỉnh đoàn phối hợp với Ngân hàng Chính sách xã hội giải ngân 42,5 tỷ đồng cho 2.370 đoàn viên, thanh niên vay vốn; tư vấn hướng nghiệp cho khoảng 9.000 lượt học sinh lớp 12. Hiện toàn tỉnh có 318 tổ tiết kiệm và vay vốn do Đoàn quản lý. Mô hình "Thanh niên làm kinh tế giỏi" được nhân rộng với 64 câu lạc bộ thanh niên làm kinh tế.
Chiến dịch tình nguyện hè "Thanh niên Nghệ An vì cộng đồng" đã thu hút trên 35.000 lượt đoàn viên tham gia. Nhiều hoạt động như sửa chữa trường học, khám bệnh, cấp thuốc miễn phí, dạy chữ cho trẻ em vùng biên được tổ chức thiết thực. Tỉnh đoàn kết nạp 4.812 đoàn viên mới, giới thiệu 1.056 đoàn viên ưu tú cho Đảng xem xét kết nạp.
Tại hội nghị, anh Vi Văn Tám, Bí thư Huyện đoàn Kỳ Sơn cho biết khó khăn trong giữ chân đoàn viên đi làm ăn xa; chị Lô Thị Hoa, Bí thư Đoàn xã Châu Thôn, huyện Quế Phong đề xuất Tỉnh đoàn hỗ trợ giống cây keo cho thanh niên vùng biên.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Thông đề nghị các cấp bộ Đoàn thực hiện tốt Chỉ thị 03-CT/TW của Bộ Chính trị về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh, đồng thời chuẩn bị chu đáo cho Đại hội Đoàn các cấp tiến tới Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XVII.
Đồng chí Lê Hồng Vinh cho biết 6 tháng cuối năm, Tỉnh đoàn phấn đấu giải ngân thêm 20 tỷ đồng vốn vay, thành lập mới 15 câu lạc bộ thanh niên làm kinh tế.
Hồng Nhung
Tin khác
- Ra quân chiến dịch Mùa hè xanh năm 2012 (05/07/2012)
- Tuyên dương 50 thầy thuốc trẻ tiêu biểu (28/06/2012)
- Đoàn khối doanh nghiệp tổ chức ngày hội việc làm (20/06/2012)
- Hơn 300 sinh viên tình nguyện về huyện Tương Dương (11/06/2012)
""", "2012-07-18", "Tuổi trẻ Nghệ An: Hơn 1.200 công trình thanh niên trong nửa đầu năm",
E("so_ket", "2012-H1", "2012-07-17"),
[P("Nguyễn Văn Thông", "Phó Bí thư Tỉnh ủy"),
 P("Lê Hồng Vinh", "Bí thư Tỉnh đoàn"),
 P("Hồ Thị Hạnh", "Phó Bí thư Tỉnh đoàn"),
 P("Trần Quốc Khánh", "Phó Bí thư Tỉnh đoàn"),
 P("Vi Văn Tám", "Bí thư Huyện đoàn Kỳ Sơn"),
 P("Lô Thị Hoa", "Bí thư Đoàn xã Châu Thôn")],
[Q("hơn 1.200 công trình, phần việc thanh niên", 1200, "công trình, phần việc thanh niên", "over"),
 Q("18,6 tỷ đồng", 18600000000, "đồng", "approx"), Q("146 km", 146, "km"), Q("52.000 cây xanh", 52000, "cây xanh"),
 Q("42,5 tỷ đồng", 42500000000, "đồng"), Q("2.370 đoàn viên, thanh niên", 2370, "đoàn viên, thanh niên"),
 Q("khoảng 9.000 lượt học sinh lớp 12", 9000, "lượt học sinh", "approx"),
 Q("318 tổ tiết kiệm và vay vốn", 318, "tổ tiết kiệm và vay vốn"),
 Q("64 câu lạc bộ thanh niên làm kinh tế", 64, "câu lạc bộ thanh niên làm kinh tế"),
 Q("trên 35.000 lượt đoàn viên", 35000, "lượt đoàn viên", "over"), Q("4.812 đoàn viên mới", 4812, "đoàn viên mới"),
 Q("1.056 đoàn viên ưu tú", 1056, "đoàn viên ưu tú"), Q("20 tỷ đồng", 20000000000, "đồng"),
 Q("15 câu lạc bộ thanh niên làm kinh tế", 15, "câu lạc bộ thanh niên làm kinh tế")],
[D("Chương trình hành động", "26", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 26-CTr/TU"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW"),
 D("Chỉ thị", "03", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 03-CT/TW")],
[prov("Nghệ An"), com("Châu Thôn")],
["Cổng thông tin điện tử Tỉnh đoàn Nghệ An", "Trang chủ > Tin tức > Hoạt động Đoàn", "Thanh niên làm kinh tế giỏi",
 "Thanh niên Nghệ An vì cộng đồng", "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XVII"],
["Cập nhật: 16:40, 18/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "lớp 12", "lần thứ XVII"]))

PAGES.append(page("b1639-soctrang-hlphn-traoqua-2013", """
BÁO SÓC TRĂNG ĐIỆN TỬ
Xã hội / Phụ nữ - Gia đình
Thứ Hai, 28/01/2013
Hội LHPN tỉnh mang Tết đến với phụ nữ nghèo vùng đồng bào Khmer
Chị Thạch Thị Sa Rươl (bìa phải) trao quà cho hội viên ấp Prey Chóp.
(Báo Sóc Trăng) - Ngày 26/1, Hội Liên hiệp Phụ nữ tỉnh phối hợp với Công ty TNHH Thủy sản Phương Đông tổ chức trao 400 phần quà Tết cho phụ nữ nghèo, phụ nữ đơn thân nuôi con nhỏ tại huyện Trần Đề và thị xã Vĩnh Châu. Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt, tổng trị giá hơn 200 triệu đồng.
Đến dự và trao quà có bà Lâm Thị Sa Phia, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; bà Thạch Thị Sa Rươl, Phó Chủ tịch Thường trực Hội LHPN tỉnh; ông Trần Văn Lực, Giám đốc Công ty TNHH Thủy sản Phương Đông.
Tại điểm trao quà ở xã Lịch Hội Thượng, huyện Trần Đề, bà Lâm Thị Sa Phia thăm hỏi đời sống của chị em và mong muốn các chị tiếp tục cố gắng vươn lên, tích cực tham gia các tổ hợp tác, tổ tiết kiệm để có vốn làm ăn. Bà cũng đề nghị Hội LHPN các cấp tiếp tục thực hiện tốt Kế hoạch số 18-KH/TU ngày 5/6/2012 của Tỉnh ủy về chăm lo đời sống đồng bào Khmer và Quyết định số 1956/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án đào tạo nghề cho lao động nông thôn đến năm 2020.
Theo bà Thạch Thị Sa Rươl, trong năm 2012, Hội LHPN tỉnh đã vận động các nhà hảo tâm xây dựng 36 căn nhà "Mái ấm tình thương" cho hội viên nghèo, mỗi căn trị giá 30 triệu đồng; trao 125 con bò giống cho chị em dân tộc Khmer vay quay vòng. Nguồn vốn ủy thác qua Hội đạt 386 tỷ đồng với 19.845 hộ vay. Tổ vay vốn của chị em ấp Prey Chóp, xã Vĩnh Hải có 45 thành viên, trả lãi đầy đủ, không có nợ quá hạn.
Chị Kim Thị Sà Ri, hội viên ấp Prey Chóp, xúc động chia sẻ: "Nhà em có 5 người, chồng đi làm thuê ở Bình Dương. Có phần quà này, mấy mẹ con có thêm gạo ăn Tết". Cùng ngày, đoàn đã thăm và tặng 20 suất học bổng, mỗi suất 500.000 đồng cho con hội viên nghèo học giỏi tại Trường Trung học cơ sở Vĩnh Hải.
Dịp này, Hội LHPN huyện Trần Đề cũng ra mắt câu lạc bộ "Phụ nữ Khmer với pháp luật" với 30 thành viên. Bà Trần Thị Kim Huệ, Chủ tịch Hội LHPN huyện Trần Đề cho biết, dự kiến đến Tết Chôl Chnăm Thmây, Hội sẽ vận động thêm 150 phần quà cho chị em có hoàn cảnh khó khăn.
Những năm gần đây, công tác vận động phụ nữ đồng bào Khmer tham gia sinh hoạt Hội có nhiều chuyển biến; nhiều chị đã mạnh dạn chuyển đổi cây trồng, vật nuôi, tham gia các lớp dạy nghề may, đan lục bình do Hội tổ chức.
Bài, ảnh: Sa Quân
Lượt xem: 645
Tin liên quan
- Vĩnh Châu: Hội phụ nữ giúp chị em trồng hành tím (17/01/2013)
- Trao 40 căn nhà Mái ấm tình thương ở Mỹ Xuyên (09/01/2013)
- Hội LHPN tỉnh tổng kết công tác năm 2012 (27/12/2012)
""", "2013-01-28", "Hội LHPN tỉnh mang Tết đến với phụ nữ nghèo vùng đồng bào Khmer",
E("trao_qua", None, "2013-01-26"),
[P("Thạch Thị Sa Rươl", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Lâm Thị Sa Phia", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Lực", "Giám đốc Công ty TNHH Thủy sản Phương Đông"),
 P("Kim Thị Sà Ri", "hội viên ấp Prey Chóp"),
 P("Trần Thị Kim Huệ", "Chủ tịch Hội LHPN huyện Trần Đề")],
[Q("400 phần quà Tết", 400, "phần quà Tết"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("hơn 200 triệu đồng", 200000000, "đồng", "over"), Q("36 căn nhà", 36, "căn nhà"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("125 con bò giống", 125, "con bò giống"), Q("386 tỷ đồng", 386000000000, "đồng"), Q("19.845 hộ vay", 19845, "hộ vay"),
 Q("45 thành viên", 45, "thành viên"), Q("5 người", 5, "người"), Q("20 suất học bổng", 20, "suất học bổng"),
 Q("500.000 đồng", 500000, "đồng"), Q("30 thành viên", 30, "thành viên"), Q("150 phần quà", 150, "phần quà")],
[D("Kế hoạch", "18", "KH/TU", "2012-06-05", "Tỉnh ủy", "Kế hoạch số 18-KH/TU ngày 5/6/2012"),
 D("Quyết định", "1956", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1956/QĐ-TTg")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Vĩnh Hải")],
["BÁO SÓC TRĂNG ĐIỆN TỬ", "Xã hội / Phụ nữ - Gia đình", "Chị Thạch Thị Sa Rươl (bìa phải) trao quà cho hội viên ấp Prey Chóp.",
 "(Báo Sóc Trăng)", "Mái ấm tình thương", "Phụ nữ Khmer với pháp luật", "Tết Chôl Chnăm Thmây", "Trường Trung học cơ sở Vĩnh Hải",
 "Công ty TNHH Thủy sản Phương Đông", "Lượt xem: 645"],
["Thứ Hai, 28/01/2013", "năm 2012", "đến năm 2020", "Lượt xem: 645"]))

PAGES.append(page("b1640-hatinh-hlphn-giamsat-2014", """
Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh
Bạn đang ở: Trang chủ / Hoạt động Hội / Giám sát, phản biện
08:15 | 22/10/2014
Giám sát việc thực hiện vốn vay ủy thác tại huyện Hương Khê
Trong 2 ngày 20 và 21/10, Đoàn giám sát của Hội LHPN tỉnh do bà Phan Thị Thanh Tâm, Chủ tịch Hội LHPN tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách tín dụng ưu đãi đối với hộ nghèo, hộ cận nghèo tại huyện Hương Khê, theo chương trình giám sát năm 2014 của Hội.
Cùng tham gia đoàn có bà Nguyễn Thị Lan Anh, Phó Chủ tịch Hội LHPN tỉnh và đại diện Chi nhánh Ngân hàng Chính sách xã hội tỉnh. Làm việc với đoàn có ông Hồ Văn Châu, HUV, Phó Chủ tịch UBND huyện Hương Khê, Trưởng Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội huyện.
Hoạt động giám sát nhằm đánh giá việc triển khai Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội, Chỉ thị số 40-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với tín dụng chính sách xã hội và Hướng dẫn số 05/HD-ĐCT của Đoàn Chủ tịch Hội LHPN Việt Nam.
Qua giám sát cho thấy, đến 30/9/2014, tổng dư nợ ủy thác qua Hội LHPN huyện đạt 168,4 tỷ đồng, chiếm 41,2% tổng dư nợ của Ngân hàng Chính sách xã hội huyện, với 94 tổ tiết kiệm và vay vốn, 5.316 hộ còn dư nợ. Nợ quá hạn 412 triệu đồng, chiếm 0,24%. Đoàn đã trực tiếp kiểm tra 3 xã Phúc Đồng, Hương Trà, Phú Gia và đối thoại với 86 hộ vay. Phần lớn hộ vay sử dụng vốn đúng mục đích, đầu tư chăn nuôi bò, trồng cam, bưởi Phúc Trạch; nhiều hộ đã thoát nghèo.
Tuy vậy, đoàn cũng chỉ ra một số hạn chế: 7 tổ chưa sinh hoạt định kỳ; một số tổ trưởng chưa nắm chắc quy trình bình xét; còn 23 hộ sử dụng vốn chưa đúng mục đích; việc lồng ghép tuyên truyền, chuyển giao khoa học kỹ thuật cho hộ vay chưa thường xuyên.
Kết luận buổi giám sát, bà Phan Thị Thanh Tâm đề nghị Hội LHPN huyện phối hợp chặt với Phòng giao dịch Ngân hàng Chính sách xã hội huyện củng cố các tổ yếu kém, thu hồi nợ quá hạn trước ngày 31/12/2014; đồng thời kiến nghị UBND huyện chỉ đạo các xã bố trí nơi giao dịch thuận lợi cho hộ vay. Bà Phan Thị Thanh Tâm cũng yêu cầu các cấp Hội nhân rộng mô hình "Tổ phụ nữ tiết kiệm vì hội viên nghèo".
Ông Hồ Văn Châu tiếp thu ý kiến của đoàn và cho biết, huyện sẽ bổ sung 2 tỷ đồng từ ngân sách địa phương ủy thác qua Ngân hàng Chính sách xã hội trong năm 2015.
Thu Hà
Tin khác
- Hội LHPN tỉnh giám sát thực hiện chính sách dân số tại Kỳ Anh (15/10/2014)
- Hương Sơn: Ra mắt 12 tổ hợp tác phụ nữ (03/10/2014)
- Tập huấn kỹ năng giám sát, phản biện xã hội cho cán bộ Hội cơ sở (25/09/2014)
""", "2014-10-22", "Giám sát việc thực hiện vốn vay ủy thác tại huyện Hương Khê",
E("giam_sat", "2014", "2014-10-20"),
[P("Phan Thị Thanh Tâm", "Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Lan Anh", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Hồ Văn Châu", "HUV", "Phó Chủ tịch UBND huyện Hương Khê", "Trưởng Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội huyện")],
[Q("168,4 tỷ đồng", 168400000000, "đồng"), Q("41,2%", 41.2, "%"), Q("94 tổ tiết kiệm và vay vốn", 94, "tổ tiết kiệm và vay vốn"),
 Q("5.316 hộ còn dư nợ", 5316, "hộ"), Q("412 triệu đồng", 412000000, "đồng"), Q("0,24%", 0.24, "%"),
 Q("3 xã", 3, "xã"), Q("86 hộ vay", 86, "hộ vay"), Q("7 tổ", 7, "tổ"), Q("23 hộ", 23, "hộ"), Q("2 tỷ đồng", 2000000000, "đồng")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Chỉ thị", "40", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 40-CT/TW"),
 D("Hướng dẫn", "05", "HD-ĐCT", None, "Đoàn Chủ tịch Hội LHPN Việt Nam", "Hướng dẫn số 05/HD-ĐCT")],
[prov("Hà Tĩnh"), com("Phúc Đồng"), com("Hương Trà"), com("Phú Gia")],
["Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh", "Bạn đang ở: Trang chủ / Hoạt động Hội / Giám sát, phản biện",
 "Tổ phụ nữ tiết kiệm vì hội viên nghèo", "Quy chế giám sát và phản biện xã hội"],
["08:15 | 22/10/2014", "2 ngày", "30/9/2014", "31/12/2014", "năm 2014", "năm 2015"]))

PAGES.append(page("b1641-daklak-tinhdoan-taphuan-khoinghiep-2015", """
TỈNH ĐOÀN ĐẮK LẮK - ĐOÀN TNCS HỒ CHÍ MINH
Vị trí: Trang chủ :: Tin tức :: Thanh niên lập nghiệp
2015-06-10 14:20
Ảnh: Các học viên thảo luận nhóm tại lớp tập huấn.
Trang bị kiến thức khởi nghiệp cho 120 thanh niên dân tộc thiểu số
Trong 2 ngày 9 - 10/6/2015, tại thành phố Buôn Ma Thuột, Tỉnh đoàn Đắk Lắk phối hợp với Trung tâm Hỗ trợ thanh niên khởi nghiệp thuộc Trung ương Đoàn tổ chức lớp tập huấn "Khởi sự doanh nghiệp và quản lý vốn vay" năm 2015 cho 120 đoàn viên, thanh niên là người đồng bào dân tộc thiểu số tại 15 huyện, thị xã, thành phố.
Dự khai mạc có anh Y Dhăm Ênuôl, Ủy viên Ban Thường vụ Trung ương Đoàn, Bí thư Tỉnh đoàn, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh; chị H'Luyến Niê, Phó Bí thư Tỉnh đoàn; ông Nguyễn Hữu Tấn, Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh.
Phát biểu khai mạc, anh Y Dhăm Ênuôl cho biết, thực hiện Quyết định số 2474/QĐ-TTg ngày 30/12/2011 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển thanh niên Việt Nam giai đoạn 2011 - 2020 và Kế hoạch số 112-KH/TĐTN của Ban Thường vụ Tỉnh đoàn, thời gian qua các cấp bộ Đoàn trong tỉnh đã hỗ trợ 1.450 thanh niên tiếp cận nguồn vốn vay với tổng dư nợ 47 tỷ đồng, trong đó thanh niên dân tộc thiểu số chiếm gần 38%. Toàn tỉnh hiện có 21 tổ hợp tác, hợp tác xã do thanh niên làm chủ và 312 mô hình kinh tế thanh niên có thu nhập từ 100 triệu đồng/năm trở lên.
Trong chương trình tập huấn, các học viên được các báo cáo viên hướng dẫn cách lập phương án sản xuất, kinh doanh; kỹ năng quản lý tài chính hộ gia đình; quy trình vay vốn từ Quỹ Hỗ trợ thanh niên lập nghiệp và các chương trình cho vay của Ngân hàng Chính sách xã hội theo Nghị định số 61/2015/NĐ-CP của Chính phủ về chính sách hỗ trợ tạo việc làm. Mỗi học viên được hỗ trợ 150.000 đồng/ngày tiền ăn và tài liệu.
Anh Y Khem Byă, Bí thư Đoàn xã Ea Tul, huyện Cư M'gar chia sẻ: "Ở buôn em nhiều bạn trẻ muốn trồng cà phê xen sầu riêng nhưng không biết cách tính toán. Sau lớp tập huấn, em sẽ về hướng dẫn lại cho 3 tổ thanh niên của xã". Chị H'Nhi Ayun, đoàn viên buôn Tring, phường An Lạc, thị xã Buôn Hồ cũng đăng ký tham gia cuộc thi ý tưởng khởi nghiệp cấp tỉnh với dự án nuôi dế thương phẩm.
Kết thúc lớp tập huấn, Ban tổ chức đã chọn 10 ý tưởng tốt nhất để giới thiệu vay vốn, mỗi dự án được xem xét cho vay tối đa 50 triệu đồng. Chị H'Luyến Niê cho biết trong năm 2015, Tỉnh đoàn sẽ tổ chức thêm 4 lớp tương tự tại các huyện phía Đông của tỉnh.
Tin, ảnh: Hoàng Gia
Lượt truy cập: 2.311
Tin liên quan
- Khánh thành 3 công trình thanh niên ở Lắk (03/06/2015)
- Tỉnh đoàn tuyên dương 40 gương thanh niên làm kinh tế giỏi (26/05/2015)
- Ra mắt Câu lạc bộ doanh nhân trẻ Buôn Ma Thuột (14/05/2015)
""", "2015-06-10", "Trang bị kiến thức khởi nghiệp cho 120 thanh niên dân tộc thiểu số",
E("tap_huan", "2015", "2015-06-09"),
[P("Y Dhăm Ênuôl", "Ủy viên Ban Thường vụ Trung ương Đoàn", "Bí thư Tỉnh đoàn", "Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh"),
 P("H'Luyến Niê", "Phó Bí thư Tỉnh đoàn"),
 P("Nguyễn Hữu Tấn", "Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
 P("Y Khem Byă", "Bí thư Đoàn xã Ea Tul"),
 P("H'Nhi Ayun", "đoàn viên buôn Tring")],
[Q("120 đoàn viên, thanh niên", 120, "đoàn viên, thanh niên"),
 Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"), Q("1.450 thanh niên", 1450, "thanh niên"),
 Q("47 tỷ đồng", 47000000000, "đồng"), Q("gần 38%", 38, "%", "approx"),
 Q("21 tổ hợp tác, hợp tác xã", 21, "tổ hợp tác, hợp tác xã"), Q("312 mô hình kinh tế thanh niên", 312, "mô hình kinh tế thanh niên"),
 Q("100 triệu đồng", 100000000, "đồng"), Q("150.000 đồng", 150000, "đồng"), Q("3 tổ thanh niên", 3, "tổ thanh niên"),
 Q("10 ý tưởng", 10, "ý tưởng"), Q("50 triệu đồng", 50000000, "đồng"), Q("4 lớp", 4, "lớp")],
[D("Quyết định", "2474", "QĐ-TTg", "2011-12-30", "Thủ tướng Chính phủ", "Quyết định số 2474/QĐ-TTg ngày 30/12/2011"),
 D("Kế hoạch", "112", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 112-KH/TĐTN"),
 D("Nghị định", "61", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 61/2015/NĐ-CP")],
[prov("Đắk Lắk"), com("Ea Tul"), com("An Lạc")],
["TỈNH ĐOÀN ĐẮK LẮK - ĐOÀN TNCS HỒ CHÍ MINH", "Vị trí: Trang chủ :: Tin tức :: Thanh niên lập nghiệp",
 "Ảnh: Các học viên thảo luận nhóm tại lớp tập huấn.", "Khởi sự doanh nghiệp và quản lý vốn vay",
 "Quỹ Hỗ trợ thanh niên lập nghiệp", "Lượt truy cập: 2.311"],
["2015-06-10 14:20", "2 ngày", "giai đoạn 2011 - 2020", "năm 2015", "Lượt truy cập: 2.311"]))

PAGES.append(page("b1642-thainguyen-daihoi-phunu-2016", """
BÁO THÁI NGUYÊN ĐIỆN TỬ
Thời sự | Chính trị
Thứ Sáu, 20/05/2016 - 17:00
Đại hội đại biểu Phụ nữ tỉnh Thái Nguyên lần thứ XIV, nhiệm kỳ 2016 - 2021 thành công tốt đẹp
Các đồng chí lãnh đạo tỉnh tặng hoa chúc mừng Ban Chấp hành khóa mới.
Sau 2 ngày làm việc (18 - 19/5) khẩn trương, nghiêm túc, chiều 19/5, Đại hội đại biểu Phụ nữ tỉnh Thái Nguyên lần thứ XIV, nhiệm kỳ 2016 - 2021 đã bế mạc. Dự đại hội có đồng chí Trần Thị Thu Hằng, Ủy viên Đoàn Chủ tịch, Phó Chủ tịch Hội LHPN Việt Nam; đồng chí Phạm Xuân Đương, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; cùng 300 đại biểu đại diện cho hơn 271.000 hội viên phụ nữ toàn tỉnh.
Nhiệm kỳ 2011 - 2016, các cấp Hội đã thực hiện hiệu quả Nghị quyết số 11-NQ/TW của Bộ Chính trị, Chỉ thị số 21-CT/TW của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới và Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch". Hội đã hỗ trợ thành lập 146 tổ hợp tác, 18 hợp tác xã do phụ nữ quản lý; giúp 9.860 hộ nghèo do phụ nữ làm chủ hộ thoát nghèo; dư nợ ủy thác qua Hội đạt 1.120 tỷ đồng với 39.450 hộ vay. Toàn tỉnh có 2.874 chi hội đạt tiêu chí "5 không, 3 sạch".
Đại hội đã thảo luận, thống nhất thông qua Nghị quyết đại hội với 12 chỉ tiêu chủ yếu, trong đó phấn đấu mỗi năm giúp ít nhất 1.500 phụ nữ thoát nghèo, hỗ trợ thành lập 50 tổ hợp tác, 10 hợp tác xã do phụ nữ làm chủ; 100% cơ sở Hội có mô hình "Phụ nữ khởi nghiệp".
Đại hội đã bầu Ban Chấp hành Hội LHPN tỉnh khóa XIV gồm 35 đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm 9 đồng chí. Đồng chí Nguyễn Thị Hồng Lan tiếp tục được tín nhiệm bầu giữ chức Chủ tịch Hội LHPN tỉnh khóa XIV; các đồng chí: Lê Thị Thúy, Dương Thị Hiền được bầu giữ chức Phó Chủ tịch Hội LHPN tỉnh. Đại hội cũng bầu 11 đại biểu chính thức đi dự Đại hội đại biểu Phụ nữ toàn quốc lần thứ XII.
Phát biểu chỉ đạo, đồng chí Phạm Xuân Đương đề nghị các cấp Hội bám sát Kế hoạch số 06-KH/TU ngày 18/3/2016 của Tỉnh ủy về thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, chăm lo nâng cao đời sống vật chất, tinh thần cho phụ nữ, nhất là phụ nữ vùng đồng bào dân tộc thiểu số ở các huyện Võ Nhai, Định Hóa.
Dịp này, Hội LHPN Việt Nam tặng Bằng khen cho 6 tập thể và 8 cá nhân; Hội LHPN tỉnh trao 20 suất quà, mỗi suất 1 triệu đồng cho hội viên nghèo vượt khó.
Phan Thủy
Lượt xem: 983
Bài viết liên quan
- Phụ nữ Đồng Hỷ khởi nghiệp với chè an toàn (12/05/2016)
- Đại hội Phụ nữ huyện Phú Lương nhiệm kỳ 2016 - 2021 (21/04/2016)
- Hội LHPN tỉnh ra mắt 5 hợp tác xã do phụ nữ làm chủ (08/04/2016)
""", "2016-05-20", "Đại hội đại biểu Phụ nữ tỉnh Thái Nguyên lần thứ XIV, nhiệm kỳ 2016 - 2021 thành công tốt đẹp",
E("dai_hoi", None, "2016-05-18"),
[P("Trần Thị Thu Hằng", "Ủy viên Đoàn Chủ tịch", "Phó Chủ tịch Hội LHPN Việt Nam"),
 P("Phạm Xuân Đương", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Thị Hồng Lan", "Chủ tịch Hội LHPN tỉnh khóa XIV"),
 P("Lê Thị Thúy", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Dương Thị Hiền", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("300 đại biểu", 300, "đại biểu"), Q("hơn 271.000 hội viên phụ nữ", 271000, "hội viên phụ nữ", "over"),
 Q("146 tổ hợp tác", 146, "tổ hợp tác"), Q("18 hợp tác xã", 18, "hợp tác xã"), Q("9.860 hộ nghèo", 9860, "hộ nghèo"),
 Q("1.120 tỷ đồng", 1120000000000, "đồng"), Q("39.450 hộ vay", 39450, "hộ vay"), Q("2.874 chi hội", 2874, "chi hội"),
 Q("12 chỉ tiêu chủ yếu", 12, "chỉ tiêu chủ yếu"), Q("ít nhất 1.500 phụ nữ", 1500, "phụ nữ", "over"),
 Q("50 tổ hợp tác", 50, "tổ hợp tác"), Q("10 hợp tác xã", 10, "hợp tác xã"), Q("100%", 100, "%"),
 Q("35 đồng chí", 35, "đồng chí"), Q("9 đồng chí", 9, "đồng chí"), Q("11 đại biểu chính thức", 11, "đại biểu chính thức"),
 Q("6 tập thể", 6, "tập thể"), Q("8 cá nhân", 8, "cá nhân"), Q("20 suất quà", 20, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "11", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 11-NQ/TW"),
 D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 21-CT/TW"),
 D("Kế hoạch", "06", "KH/TU", "2016-03-18", "Tỉnh ủy", "Kế hoạch số 06-KH/TU ngày 18/3/2016")],
[prov("Thái Nguyên")],
["BÁO THÁI NGUYÊN ĐIỆN TỬ", "Thời sự | Chính trị", "Các đồng chí lãnh đạo tỉnh tặng hoa chúc mừng Ban Chấp hành khóa mới.",
 "Xây dựng gia đình 5 không, 3 sạch", "Phụ nữ khởi nghiệp", "Lượt xem: 983", "Nghị quyết đại hội"],
["Thứ Sáu, 20/05/2016 - 17:00", "lần thứ XIV", "nhiệm kỳ 2016 - 2021", "2 ngày", "35 đồng chí", "9 đồng chí", "5 không, 3 sạch",
 "lần thứ XII", "lần thứ XIX", "phiên họp thứ nhất"]))
