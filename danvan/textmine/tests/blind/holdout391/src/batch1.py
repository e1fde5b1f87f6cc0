from lib import *
PAGES = []

PAGES.append(page("b9341-laichau-bdbp-tongket-2011", """
BÁO LAI CHÂU ĐIỆN TỬ
Trang chủ > Quốc phòng - An ninh > Biên phòng
Thứ Năm, 29/12/2011 | 08:40
Bộ đội Biên phòng Lai Châu: Làm tốt công tác dân vận nơi vùng cao biên giới
(BLC) - Ngày 27/12, Đảng ủy, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đại tá Lò Văn Phanh, Chính ủy BĐBP tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Tẩn Thị Mẩy, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy.
Đại tá Lò Văn Phanh phát biểu kết luận hội nghị. Ảnh: Minh Quân
Năm 2011, BĐBP tỉnh đã quán triệt và thực hiện nghiêm Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị và Nghị quyết số 125-NQ/ĐU của Đảng ủy BĐBP tỉnh về lãnh đạo công tác vận động quần chúng khu vực biên giới giai đoạn 2011 - 2015. Các đồn biên phòng trên 265 km đường biên giới đã phối hợp chặt chẽ với cấp ủy, chính quyền 17 xã biên giới; cử 38 đảng viên về sinh hoạt tại 52 chi bộ bản, tham gia củng cố hệ thống chính trị cơ sở.
Cán bộ, chiến sĩ các đồn đã giúp nhân dân 4.650 ngày công làm thủy lợi, khai hoang 27 ha ruộng bậc thang, hỗ trợ 35 tấn gạo cứu đói giáp hạt; đội ngũ quân y khám, cấp thuốc miễn phí cho 6.820 lượt người với tổng trị giá gần 310 triệu đồng. Qua tuyên truyền, vận động, 126 hộ người Mông đã bỏ tục lệ ma chay kéo dài, tốn kém; nhiều bản không còn tình trạng tảo hôn, di cư tự do.
Tại hội nghị, Thiếu tá Lỳ Phì Hừ, Đồn trưởng Đồn Biên phòng Ka Lăng, chia sẻ kinh nghiệm "ba bám, bốn cùng" với đồng bào Hà Nhì: cán bộ đồn học tiếng, ăn ở cùng dân, giúp dân làm nương và dạy chữ cho trẻ em. Ông Giàng A Sếnh, trưởng bản Sì Choang, xã Mù Cả, phấn khởi cho biết nhờ bộ đội biên phòng hướng dẫn, cả bản đã có 14 hộ trồng thảo quả dưới tán rừng, thu nhập khá hơn trước.
Phát biểu chỉ đạo, đồng chí Tẩn Thị Mẩy ghi nhận BĐBP tỉnh là lực lượng nòng cốt trong phong trào "Dân vận khéo" ở khu vực biên giới; đề nghị các đồn tiếp tục phối hợp với Mặt trận, đoàn thể thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", chú trọng vận động đồng bào không nghe theo kẻ xấu, không vượt biên trái phép.
Kết luận hội nghị, Đại tá Lò Văn Phanh yêu cầu năm 2012 các đơn vị tập trung thực hiện Kế hoạch số 37/KH-BCH ngày 12/12/2011 của Bộ Chỉ huy BĐBP tỉnh về tổ chức "Ngày Biên phòng toàn dân" và đợt cao điểm vận động quần chúng dịp Tết; duy trì tổ công tác thường xuyên bám bản, không để xảy ra điểm nóng.
Dịp này, Bộ Chỉ huy BĐBP tỉnh tặng giấy khen cho 8 tập thể và 21 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2011. Thượng tá Vàng A Chứ, Phó Chính ủy BĐBP tỉnh, đọc quyết định khen thưởng.
Minh Quân
Lượt xem: 1.204
Tin liên quan
- Đồn Biên phòng Pa Vệ Sủ giúp dân làm đường lên bản (15/12/2011)
- Mường Tè: 200 suất quà đến với học sinh vùng biên (02/12/2011)
- Ra mắt mô hình "Bản bình yên" ở xã Thu Lũm (18/11/2011)
""", "2011-12-29", "Bộ đội Biên phòng Lai Châu: Làm tốt công tác dân vận nơi vùng cao biên giới",
E("tong_ket", "2011", "2011-12-27"),
[P("Lò Văn Phanh", "Đại tá", "Chính ủy BĐBP tỉnh"),
 P("Tẩn Thị Mẩy", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lỳ Phì Hừ", "Thiếu tá", "Đồn trưởng Đồn Biên phòng Ka Lăng"),
 P("Giàng A Sếnh", "trưởng bản Sì Choang"),
 P("Vàng A Chứ", "Thượng tá", "Phó Chính ủy BĐBP tỉnh")],
[Q("265 km", 265, "km"), Q("17 xã biên giới", 17, "xã biên giới"), Q("38 đảng viên", 38, "đảng viên"),
 Q("52 chi bộ bản", 52, "chi bộ bản"), Q("4.650 ngày công", 4650, "ngày công"), Q("27 ha", 27, "ha"),
 Q("35 tấn", 35, "tấn"), Q("6.820 lượt người", 6820, "lượt người"),
 Q("gần 310 triệu đồng", 310000000, "đồng", "approx"), Q("126 hộ người Mông", 126, "hộ người Mông"),
 Q("14 hộ", 14, "hộ"), Q("8 tập thể", 8, "tập thể"), Q("21 cá nhân", 21, "cá nhân")],
[D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Nghị quyết", "125", "NQ/ĐU", None, "Đảng ủy BĐBP tỉnh", "Nghị quyết số 125-NQ/ĐU"),
 D("Kế hoạch", "37", "KH-BCH", "2011-12-12", "Bộ Chỉ huy BĐBP tỉnh", "Kế hoạch số 37/KH-BCH ngày 12/12/2011")],
[prov("Lai Châu"), com("Mù Cả")],
["BÁO LAI CHÂU ĐIỆN TỬ", "Trang chủ > Quốc phòng - An ninh > Biên phòng", "(BLC)",
 "Đại tá Lò Văn Phanh phát biểu kết luận hội nghị. Ảnh: Minh Quân", "Dân vận khéo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Ngày Biên phòng toàn dân", "Đồn Biên phòng Ka Lăng",
 "ba bám, bốn cùng", "Lượt xem: 1.204"],
["Thứ Năm, 29/12/2011 | 08:40", "năm 2011", "năm 2012", "giai đoạn 2011 - 2015", "ba bám, bốn cùng", "Lượt xem: 1.204"]))

PAGES.append(page("b9342-soctrang-bcqs-soket-2012", """
SÓC TRĂNG ONLINE - Cơ quan của Đảng bộ tỉnh Sóc Trăng
Thời sự > Quốc phòng - An ninh
20/07/2012 16:35
LLVT tỉnh gắn công tác dân vận với xây dựng nông thôn mới
Toàn cảnh hội nghị. Ảnh: Kim Hoa
(STO) - Chiều 18/7, Đảng ủy Quân sự tỉnh tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2012 và triển khai phương hướng, nhiệm vụ 6 tháng cuối năm. Đại tá Trần Văn Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Bí thư Thường trực Đảng ủy Quân sự tỉnh, Chỉ huy trưởng Bộ Chỉ huy Quân sự (CHQS) tỉnh chủ trì. Cùng dự có ông Sơn Ngọc Hiền, Phó Trưởng Ban Dân vận Tỉnh ủy.
Theo báo cáo do Thượng tá Lâm Sa Vone, Phó Chính ủy Bộ CHQS tỉnh trình bày, 6 tháng qua, các cơ quan, đơn vị đã bám sát Nghị quyết số 49-NQ/ĐU ngày 10/1/2012 của Đảng ủy Quân sự tỉnh về lãnh đạo công tác dân vận năm 2012 và Hướng dẫn số 12, 13-HD/CT của Phòng Chính trị về xây dựng "Đơn vị dân vận tốt", hưởng ứng phong trào thi đua "Quân đội chung sức xây dựng nông thôn mới".
Lực lượng vũ trang tỉnh đã tổ chức 14 đợt làm công tác dân vận tại 23 ấp thuộc 11 xã đặc biệt khó khăn vùng đồng bào Khmer; giúp dân 3.200 ngày công, nạo vét 6,8 km kênh mương nội đồng, làm mới 2 cây cầu giao thông nông thôn; phối hợp xây dựng 12 căn nhà tình nghĩa, mỗi căn trị giá 40 triệu đồng. Quân y các đơn vị khám bệnh, cấp thuốc cho 2.150 lượt người nghèo. Công tác tuyên truyền Luật Nghĩa vụ quân sự được tổ chức cho hơn 8.000 lượt người, góp phần hoàn thành 100% chỉ tiêu giao quân.
Tại hội nghị, Thượng tá Thạch Phol, Chính trị viên Ban CHQS huyện Trần Đề, nêu cách làm ở xã Lai Hòa: cán bộ, chiến sĩ ở cùng nhà dân, học tiếng Khmer, tham gia cùng chính quyền vận động 47 hộ vay vốn chuyển đổi sang nuôi tôm. Đại đức Lý Chanh Đa Ra, trụ trì chùa Wath Pô Thi Prưc Sa, xã Viên Bình, cho biết nhà chùa luôn phối hợp với đơn vị quân đội trong những ngày ra quân giúp dân, nhất là dịp lễ Sene Dolta.
Ông Sơn Ngọc Hiền đề nghị lực lượng vũ trang tỉnh tiếp tục thực hiện tốt Quy chế phối hợp số 07-QC/BDV-BCH giữa Ban Dân vận Tỉnh ủy và Bộ CHQS tỉnh, quan tâm nắm tình hình tư tưởng đồng bào Khmer, kịp thời phát hiện những biểu hiện lợi dụng vấn đề dân tộc, tôn giáo.
Kết luận hội nghị, Đại tá Trần Văn Thắng yêu cầu 6 tháng cuối năm, các đơn vị tập trung giúp xã Thạnh Phú hoàn thành tiêu chí về giao thông, thủy lợi; mỗi Ban CHQS huyện xây dựng ít nhất 1 mô hình "Dân vận khéo" gắn với nhiệm vụ quốc phòng địa phương.
Kim Hoa
Các tin khác
- Trao 50 căn nhà Đại đoàn kết cho hộ nghèo Khmer (12/07/2012)
- Bộ CHQS tỉnh diễn tập phòng chống lụt bão (05/07/2012)
- Khai mạc Hội thao quốc phòng khối trường học (28/06/2012)
""", "2012-07-20", "LLVT tỉnh gắn công tác dân vận với xây dựng nông thôn mới",
E("so_ket", "2012-H1", "2012-07-18"),
[P("Trần Văn Thắng", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Bí thư Thường trực Đảng ủy Quân sự tỉnh",
   "Chỉ huy trưởng Bộ Chỉ huy Quân sự (CHQS) tỉnh"),
 P("Sơn Ngọc Hiền", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Sa Vone", "Thượng tá", "Phó Chính ủy Bộ CHQS tỉnh"),
 P("Thạch Phol", "Thượng tá", "Chính trị viên Ban CHQS huyện Trần Đề"),
 P("Lý Chanh Đa Ra", "Đại đức", "trụ trì chùa Wath Pô Thi Prưc Sa")],
[Q("14 đợt", 14, "đợt"), Q("23 ấp", 23, "ấp"), Q("11 xã đặc biệt khó khăn", 11, "xã đặc biệt khó khăn"),
 Q("3.200 ngày công", 3200, "ngày công"), Q("6,8 km", 6.8, "km"), Q("2 cây cầu giao thông nông thôn", 2, "cây cầu giao thông nông thôn"),
 Q("12 căn nhà tình nghĩa", 12, "căn nhà tình nghĩa"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("2.150 lượt người nghèo", 2150, "lượt người nghèo"), Q("hơn 8.000 lượt người", 8000, "lượt người", "over"),
 Q("100%", 100, "%"), Q("47 hộ", 47, "hộ"), Q("ít nhất 1 mô hình", 1, "mô hình", "over")],
[D("Nghị quyết", "49", "NQ/ĐU", "2012-01-10", "Đảng ủy Quân sự tỉnh", "Nghị quyết số 49-NQ/ĐU ngày 10/1/2012"),
 D("Hướng dẫn", "12", "HD/CT", None, "Phòng Chính trị", "Hướng dẫn số 12, 13-HD/CT"),
 D("Hướng dẫn", "13", "HD/CT", None, "Phòng Chính trị", "Hướng dẫn số 12, 13-HD/CT"),
 D("Quy chế phối hợp", "07", "QC/BDV-BCH", None, None, "Quy chế phối hợp số 07-QC/BDV-BCH")],
[prov("Sóc Trăng"), com("Lai Hòa"), com("Viên Bình"), com("Thạnh Phú")],
["SÓC TRĂNG ONLINE - Cơ quan của Đảng bộ tỉnh Sóc Trăng", "Thời sự > Quốc phòng - An ninh", "Toàn cảnh hội nghị. Ảnh: Kim Hoa",
 "(STO)", "Đơn vị dân vận tốt", "Quân đội chung sức xây dựng nông thôn mới", "Dân vận khéo", "Luật Nghĩa vụ quân sự",
 "Wath Pô Thi Prưc Sa", "Sene Dolta"],
["20/07/2012 16:35", "6 tháng đầu năm 2012", "6 tháng cuối năm", "năm 2012"]))

PAGES.append(page("b9343-kontum-bdbp-traoqua-2013", """
BÁO KON TUM ĐIỆN TỬ
Trang chủ / Xã hội / Biên giới - Biển đảo
Thứ Ba, 05/02/2013, 09:12
Ảnh: Đại tá Hồ Văn Lành trao quà Tết cho đồng bào xã Mô Rai.
"Xuân Biên phòng ấm lòng dân bản" đến với đồng bào Mô Rai
Ngày 3/2, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh tổ chức chương trình "Xuân Biên phòng ấm lòng dân bản" năm 2013 tại xã Mô Rai, huyện Sa Thầy, trao 350 suất quà Tết cho hộ nghèo, gia đình chính sách và người có uy tín trong đồng bào dân tộc thiểu số khu vực biên giới.
Đến dự có Đại tá Hồ Văn Lành, Chỉ huy trưởng BĐBP tỉnh; đồng chí A Pớt, Phó Trưởng Ban Dân vận Tỉnh ủy; bà Y Hlên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cùng lãnh đạo huyện Sa Thầy.
Mô Rai là xã biên giới rộng nhất tỉnh, dân cư thưa thớt, phần lớn là đồng bào Rơ Măm, Gia Rai, Xơ Đăng; tỷ lệ hộ nghèo của xã còn tới 58%. Những năm qua, Đồn Biên phòng Mô Rai luôn cử cán bộ bám làng, giúp dân làm lúa nước, chăm sóc cao su, vận động con em đến trường.
Mỗi suất quà trị giá 400.000 đồng, gồm gạo, dầu ăn, bánh kẹo, quần áo ấm. Dịp này, Bộ Chỉ huy BĐBP tỉnh còn trao tặng 20 con bò giống cho các hộ nghèo vay quay vòng, trao 120 bộ quần áo ấm cho học sinh Trường Tiểu học xã Mô Rai. Tổng giá trị chương trình trên 230 triệu đồng, do cán bộ, chiến sĩ đóng góp và vận động từ các doanh nghiệp trên địa bàn.
Thay mặt bà con, Già làng A Thiên ở làng Le bày tỏ: "Năm nào bộ đội biên phòng cũng về ăn Tết với dân làng. Dân làng hứa giữ rừng, giữ cột mốc, không nghe kẻ xấu xúi giục". Chị Y Sương, một hộ nghèo ở làng Rắc được nhận bò giống, vui mừng vì năm nay gia đình có thêm vốn làm ăn.
Theo Thiếu tá Đinh Văn Trung, Chính trị viên Đồn Biên phòng Mô Rai, thực hiện Kế hoạch số 15/KH-BCH ngày 8/1/2013 của Bộ Chỉ huy BĐBP tỉnh, từ đầu tháng 1 đơn vị đã tổ chức cho cán bộ, chiến sĩ giúp 42 hộ sửa chữa nhà cửa, dọn vệ sinh đón Tết; duy trì 3 lớp xóa mù chữ với 57 học viên. Đồn cũng phối hợp tuyên truyền Nghị định số 34/2000/NĐ-CP của Chính phủ về Quy chế khu vực biên giới đất liền để bà con nắm rõ quy định khi đi lại, làm rẫy gần biên giới.
Phát biểu tại buổi trao quà, Đại tá Hồ Văn Lành cho biết, chương trình "Xuân Biên phòng ấm lòng dân bản" năm nay được BĐBP tỉnh Kon Tum tổ chức tại 5 điểm ở các xã biên giới giáp Lào và Campuchia, dự kiến trao khoảng 1.500 suất quà. Ông mong bà con đón Tết vui tươi, an toàn, tiết kiệm; tiếp tục tham gia tự quản đường biên, cột mốc và tố giác các đối tượng vận chuyển gỗ trái phép qua biên giới.
Cùng ngày, đoàn đến thăm, động viên cán bộ, chiến sĩ Đồn Biên phòng Mô Rai trực Tết, bảo vệ đường biên.
Văn Tuấn
Tin liên quan
- Ngọc Hồi: Trao 100 suất quà cho học sinh nghèo vùng biên (30/01/2013)
- Đồn Biên phòng Đăk Blô giúp dân thu hoạch mì (22/01/2013)
- Khám bệnh miễn phí cho 300 người dân xã Bờ Y (15/01/2013)
""", "2013-02-05", "\"Xuân Biên phòng ấm lòng dân bản\" đến với đồng bào Mô Rai",
E("trao_qua", None, "2013-02-03"),
[P("Hồ Văn Lành", "Đại tá", "Chỉ huy trưởng BĐBP tỉnh"),
 P("A Pớt", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Hlên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Thiên", "Già làng"),
 P("Y Sương"),
 P("Đinh Văn Trung", "Thiếu tá", "Chính trị viên Đồn Biên phòng Mô Rai")],
[Q("350 suất quà", 350, "suất quà"), Q("5 điểm", 5, "điểm"), Q("khoảng 1.500 suất quà", 1500, "suất quà", "approx"), Q("58%", 58, "%"), Q("400.000 đồng", 400000, "đồng"),
 Q("20 con bò giống", 20, "con bò giống"), Q("120 bộ quần áo ấm", 120, "bộ quần áo ấm"),
 Q("trên 230 triệu đồng", 230000000, "đồng", "over"), Q("42 hộ", 42, "hộ"), Q("3 lớp xóa mù chữ", 3, "lớp xóa mù chữ"),
 Q("57 học viên", 57, "học viên")],
[D("Kế hoạch", "15", "KH-BCH", "2013-01-08", "Bộ Chỉ huy BĐBP tỉnh", "Kế hoạch số 15/KH-BCH ngày 8/1/2013"),
 D("Nghị định", "34", "2000/NĐ-CP", None, "Chính phủ", "Nghị định số 34/2000/NĐ-CP")],
[prov("Kon Tum"), com("Mô Rai")],
["BÁO KON TUM ĐIỆN TỬ", "Trang chủ / Xã hội / Biên giới - Biển đảo",
 "Ảnh: Đại tá Hồ Văn Lành trao quà Tết cho đồng bào xã Mô Rai.", "Xuân Biên phòng ấm lòng dân bản",
 "Đồn Biên phòng Mô Rai", "làng Le", "Trường Tiểu học xã Mô Rai"],
["Thứ Ba, 05/02/2013, 09:12", "năm 2013", "Ngày 3/2"]))

PAGES.append(page("b9344-angiang-bcqs-taphuan-2013", """
BAN DÂN VẬN TỈNH ỦY AN GIANG
Bạn đang ở: Trang chủ » Tin tức - Sự kiện » Dân vận lực lượng vũ trang
19-09-2013 | 15:45
Tập huấn nghiệp vụ dân vận cho 140 cán bộ lực lượng vũ trang
Thượng tá Chau Sóc Kha truyền đạt chuyên đề tại lớp tập huấn.
Từ ngày 17 đến 19/9, Bộ Chỉ huy Quân sự tỉnh An Giang phối hợp với Ban Dân vận Tỉnh ủy mở lớp tập huấn nghiệp vụ công tác dân vận năm 2013 cho 140 cán bộ là chính trị viên, chính trị viên phó Ban Chỉ huy Quân sự (CHQS) huyện, thị xã, thành phố và Ban CHQS các xã, phường, thị trấn trong tỉnh.
Trong 3 ngày, học viên được nghe truyền đạt 8 chuyên đề, trọng tâm là Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; Quy chế công tác dân vận của hệ thống chính trị; Kết luận số 62-KL/TW ngày 8/12/2009 của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội; công tác dân vận của Quân đội trong vùng đồng bào dân tộc Khmer, Chăm và đồng bào theo đạo Hòa Hảo.
Đồng chí Néang Sa Phi, Phó Trưởng Ban Dân vận Tỉnh ủy, trực tiếp giới thiệu chuyên đề về công tác vận động đồng bào dân tộc, tôn giáo. Thượng tá Chau Sóc Kha, Phó Chủ nhiệm Chính trị Bộ CHQS tỉnh, hướng dẫn cách nắm tình hình, xử lý các tình huống phức tạp ở cơ sở. ThS. Đỗ Minh Luân, giảng viên Trường Chính trị Tôn Đức Thắng, trao đổi kỹ năng tuyên truyền miệng, đối thoại với người dân.
Học viên dành một buổi thảo luận 24 tình huống giả định, như người dân khiếu kiện đông người về đất đai, tranh chấp ranh đất giáp biên, đối tượng xấu kích động đồng bào Khmer. Trung úy Chau Thanh Hải, Chính trị viên phó Ban CHQS xã Vĩnh Xương, cho biết: "Địa bàn xã giáp Campuchia, dân đi lại qua biên giới nhiều. Tập huấn giúp tôi biết cách phối hợp với Đồn Biên phòng và Mặt trận xã tuyên truyền cho bà con".
Theo Đại tá Huỳnh Văn Bảy, Chính ủy Bộ CHQS tỉnh, năm 2013 lực lượng vũ trang tỉnh phấn đấu mỗi Ban CHQS xã, phường, thị trấn xây dựng ít nhất 1 mô hình "Dân vận khéo"; tham gia giúp 2 xã Phú Hữu và Lê Trì đạt chuẩn nông thôn mới theo Kế hoạch số 85/KH-BCH ngày 14/3/2013 của Bộ CHQS tỉnh. Đến nay, đơn vị đã cùng địa phương làm mới 9 cây cầu bê tông, sửa chữa 1,5 km đường đal.
Kết thúc lớp học, 100% học viên đạt yêu cầu, trong đó 62 học viên đạt loại khá, giỏi.
Hồng Ngọc
Lượt truy cập: 25.318
Bài viết liên quan
- Hội nghị giao ban công tác dân vận khu vực biên giới (10/09/2013)
- Tri Tôn: 15 năm thực hiện Quy chế dân chủ ở cơ sở (30/08/2013)
- Bộ đội giúp dân thu hoạch lúa chạy lũ (20/08/2013)
""", "2013-09-19", "Tập huấn nghiệp vụ dân vận cho 140 cán bộ lực lượng vũ trang",
E("tap_huan", "2013", "2013-09-17"),
[P("Chau Sóc Kha", "Thượng tá", "Phó Chủ nhiệm Chính trị Bộ CHQS tỉnh"),
 P("Néang Sa Phi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Minh Luân", "ThS.", "giảng viên Trường Chính trị Tôn Đức Thắng"),
 P("Chau Thanh Hải", "Trung úy", "Chính trị viên phó Ban CHQS xã Vĩnh Xương"),
 P("Huỳnh Văn Bảy", "Đại tá", "Chính ủy Bộ CHQS tỉnh")],
[Q("140 cán bộ", 140, "cán bộ"), Q("8 chuyên đề", 8, "chuyên đề"), Q("24 tình huống giả định", 24, "tình huống giả định"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("2 xã", 2, "xã"), Q("9 cây cầu bê tông", 9, "cây cầu bê tông"),
 Q("1,5 km", 1.5, "km"), Q("100%", 100, "%"), Q("62 học viên", 62, "học viên")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận số 62-KL/TW ngày 8/12/2009"),
 D("Kế hoạch", "85", "KH-BCH", "2013-03-14", "Bộ CHQS tỉnh", "Kế hoạch số 85/KH-BCH ngày 14/3/2013")],
[prov("An Giang"), com("Vĩnh Xương"), com("Phú Hữu"), com("Lê Trì")],
["BAN DÂN VẬN TỈNH ỦY AN GIANG", "Bạn đang ở: Trang chủ » Tin tức - Sự kiện » Dân vận lực lượng vũ trang",
 "Thượng tá Chau Sóc Kha truyền đạt chuyên đề tại lớp tập huấn.", "Dân vận khéo", "Trường Chính trị Tôn Đức Thắng",
 "Hòa Hảo", "Lượt truy cập: 25.318"],
["19-09-2013 | 15:45", "3 ngày", "năm 2013", "khóa XI", "Lượt truy cập: 25.318"]))

PAGES.append(page("b9345-hagiang-bdbp-giaoban-2014", """
Báo Hà Giang điện tử
Trang chủ | Chính trị | Quốc phòng - An ninh
Ngày đăng: 08/10/2014 - 14:05
Phối hợp chặt chẽ trong vận động đồng bào vùng biên
BHG - Ngày 7/10, Ban Dân vận Tỉnh ủy và Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức giao ban công tác dân vận quý III/2014 theo Quy chế phối hợp số 06-QCPH/BDV-BĐBP giữa hai cơ quan. Đồng chí Vàng Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và Đại tá Hoàng Văn Thực, Phó Chỉ huy trưởng BĐBP tỉnh đồng chủ trì.
Quý III, BĐBP tỉnh đã cử 46 cán bộ tăng cường cho 34 xã biên giới, trong đó 29 đồng chí tham gia cấp ủy xã. Các đồn biên phòng phối hợp tuyên truyền Nghị định số 34/2014/NĐ-CP ngày 29/4/2014 của Chính phủ về Quy chế khu vực biên giới đất liền nước Cộng hòa xã hội chủ nghĩa Việt Nam được 186 buổi với trên 9.400 lượt người nghe; giúp nhân dân 1.870 ngày công làm nhà, sửa đường, trồng ngô trên đá. Qua nắm tình hình, lực lượng phát hiện 4 vụ truyền đạo trái pháp luật, phối hợp chính quyền vận động 9 hộ đã di cư trở về quê cũ ổn định cuộc sống.
Các đồn cũng duy trì 128 tổ tự quản đường biên, cột mốc với 3.610 hộ tham gia; tổ chức cho 215 hộ ở khu vực biên giới ký cam kết không vi phạm quy chế biên giới.
Hưởng ứng "Ngày Biên phòng toàn dân", các đồn phối hợp với Tỉnh đoàn Hà Giang tổ chức 12 buổi giao lưu văn nghệ ở các thôn giáp biên, trao tặng 300 lá cờ Tổ quốc cho hộ dân; quân y các đồn khám, cấp thuốc miễn phí cho 2.460 lượt người, kinh phí khoảng 95 triệu đồng. Đồn Biên phòng Xín Cái duy trì lớp học tiếng Mông cho cán bộ xã, thôn và lớp xóa mù chữ cho 35 phụ nữ.
Tại giao ban, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Mạnh Hà, Sùng Mí Vả đánh giá cao sự phối hợp giữa khối dân vận các huyện biên giới với các đồn biên phòng, đồng thời chỉ ra hạn chế: việc nắm tình hình ở một số thôn vùng sâu còn chậm; một số mô hình "Dân vận khéo" chưa được nhân rộng.
Thiếu tá Thào Seo Chứ, Chính trị viên Đồn Biên phòng Lũng Cú, cho biết đơn vị vừa phối hợp với Đảng ủy xã Lũng Cú vận động nhân dân hiến 2.300 m2 đất làm đường ra các mốc quốc giới. Ông Lý Văn Pao, Chủ tịch UBND xã Sơn Vĩ, đề nghị BĐBP tiếp tục hỗ trợ xã trong công tác vận động đồng bào bỏ phong tục lạc hậu, nhất là tảo hôn.
Kết luận giao ban, đồng chí Vàng Thị Dung đề nghị quý IV hai cơ quan tập trung quán triệt Nghị quyết 25-NQ/TW của BCH Trung ương khóa XI, triển khai Kế hoạch số 112-KH/BDVTU của Ban Dân vận Tỉnh ủy về thực hiện Quy chế dân chủ ở cơ sở; tăng cường vận động đồng bào giữ gìn an ninh trật tự dịp cuối năm.
Thanh Hà
Tin khác
- Đồng Văn: Tổng kết 5 năm xây dựng "Xã biên giới vững mạnh" (03/10/2014)
- Trao tặng 50 con bò giống cho hộ nghèo xã Xín Cái (26/09/2014)
- Mèo Vạc ra mắt tổ tự quản bản biên giới (15/09/2014)
""", "2014-10-08", "Phối hợp chặt chẽ trong vận động đồng bào vùng biên",
E("giao_ban", "2014-Q3", "2014-10-07"),
[P("Vàng Thị Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Thực", "Đại tá", "Phó Chỉ huy trưởng BĐBP tỉnh"),
 P("Nguyễn Mạnh Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng Mí Vả", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thào Seo Chứ", "Thiếu tá", "Chính trị viên Đồn Biên phòng Lũng Cú"),
 P("Lý Văn Pao", "Chủ tịch UBND xã Sơn Vĩ")],
[Q("46 cán bộ", 46, "cán bộ"), Q("12 buổi giao lưu văn nghệ", 12, "buổi giao lưu văn nghệ"), Q("300 lá cờ Tổ quốc", 300, "lá cờ Tổ quốc"), Q("2.460 lượt người", 2460, "lượt người"), Q("khoảng 95 triệu đồng", 95000000, "đồng", "approx"), Q("35 phụ nữ", 35, "phụ nữ"), Q("34 xã biên giới", 34, "xã biên giới"), Q("29 đồng chí", 29, "đồng chí"),
 Q("186 buổi", 186, "buổi"), Q("trên 9.400 lượt người", 9400, "lượt người", "over"), Q("1.870 ngày công", 1870, "ngày công"),
 Q("4 vụ truyền đạo trái pháp luật", 4, "vụ truyền đạo trái pháp luật"), Q("9 hộ", 9, "hộ"),
 Q("128 tổ tự quản đường biên, cột mốc", 128, "tổ tự quản đường biên, cột mốc"), Q("3.610 hộ", 3610, "hộ"),
 Q("215 hộ", 215, "hộ"), Q("2.300 m2", 2300, "m2")],
[D("Quy chế phối hợp", "06", "QCPH/BDV-BĐBP", None, None, "Quy chế phối hợp số 06-QCPH/BDV-BĐBP"),
 D("Nghị định", "34", "2014/NĐ-CP", "2014-04-29", "Chính phủ", "Nghị định số 34/2014/NĐ-CP ngày 29/4/2014"),
 D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 25-NQ/TW"),
 D("Kế hoạch", "112", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 112-KH/BDVTU")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sơn Vĩ")],
["Báo Hà Giang điện tử", "Trang chủ | Chính trị | Quốc phòng - An ninh", "BHG", "Dân vận khéo", "Đồn Biên phòng Lũng Cú"],
["Ngày đăng: 08/10/2014 - 14:05", "quý III/2014", "29 đồng chí", "quý IV", "khóa XI"]))

PAGES.append(page("b9346-gialai-bdbp-chandung-2014", """
BÁO GIA LAI ĐIỆN TỬ
Trang chủ › Xã hội › Người tốt - việc tốt
Thứ Bảy, 15/11/2014 - 07:20
Thượng úy Ksor Thu hướng dẫn người dân làng Mook Trê chăm sóc cà phê. Ảnh: Đức Thụy
Người "con" của buôn làng biên giới Ia O
Giữa những ngày mùa khô đầu tiên ở vùng biên Ia Grai, chúng tôi theo Thượng úy Ksor Thu, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Ia O, về làng Mook Trê. Thấy anh, lũ trẻ chạy ùa ra, người già gọi anh là "con của làng".
Sinh ra ở huyện Krông Pa, là người Jrai, Ksor Thu về công tác tại đồn từ năm 2008. Biết tiếng Jrai, hiểu phong tục, anh được Chi bộ đồn phân công phụ trách địa bàn xã Ia O, nơi có 6 làng với hơn 1.300 hộ, phần đông là đồng bào Jrai. Anh ăn ở cùng dân, học cách trồng cà phê, tiêu rồi quay lại hướng dẫn bà con.
Ông Rơ Mah Tuân, Chủ tịch UBND xã Ia O, cho biết: 3 năm trước, cả làng Mook Trê chỉ có vài hộ trồng cà phê, nay đã có 12 ha cà phê đang cho thu hoạch. Từ một làng có 47 hộ nghèo, cuối năm 2013 làng chỉ còn 19 hộ nghèo. "Cán bộ biên phòng như Thu là cầu nối giữa Đảng và dân làng", ông Tuân nói.
Già làng Siu Hyai kể, năm 2012 có mấy thanh niên trong làng nghe theo đối tượng xấu tuyên truyền "Tin lành Đêga", định bỏ làng đi. Ksor Thu cùng già làng đến từng nhà nói chuyện suốt nhiều đêm, đến khi các em hiểu ra và ở lại làm ăn. Từ đó đến nay, làng không có ai vượt biên trái phép.
Không chỉ vận động sản xuất, Thu còn lo chuyện học cho trẻ em trong làng. Anh cùng đồng đội đến từng nhà vận động 8 cháu bỏ học quay lại trường; mỗi tháng trích lương góp 300.000 đồng mua vở, bút cho các em. Tỷ lệ trẻ em trong độ tuổi đến trường ở làng đã đạt 96%.
Thiếu tá Nguyễn Văn Quế, Chính trị viên Đồn Biên phòng Ia O, nhận xét: "Thu là cán bộ vận động quần chúng giỏi tiếng, giỏi việc, thực hiện đúng phương châm 'ba bám, bốn cùng'. Năm 2013, đồng chí được Bộ Tư lệnh BĐBP tặng bằng khen về thành tích trong công tác dân vận".
Vợ anh, chị Rơ Châm H'Nhi, giáo viên Trường Mầm non xã Ia O, kể rằng có những tháng anh chỉ về nhà được vài ngày. "Anh bảo việc của làng cũng là việc của nhà mình", chị cười. Nhiều năm liền, Ksor Thu được Bộ Chỉ huy BĐBP tỉnh Gia Lai khen thưởng; riêng năm 2013 anh cùng đồng đội vận động 23 hộ trong làng góp 450 ngày công làm đường bê tông dài 1,2 km nối làng với trung tâm xã.
Rời làng Mook Trê khi trời đã chạng vạng, chúng tôi vẫn thấy Thu ngồi bên bếp lửa nhà rông, cùng các già làng bàn chuyện mở thêm lớp học chữ cho phụ nữ trong làng vào mùa khô tới.
Đức Thụy
Lượt đọc: 2.057
Tin cùng chuyên mục
- Cô giáo Rơ Châm H'Bia và lớp học xóa mù chữ (08/11/2014)
- Đồn Biên phòng Ia Nan: 20 năm gắn bó với dân (01/11/2014)
- Trao 30 suất học bổng cho học sinh nghèo Đức Cơ (25/10/2014)
""", "2014-11-15", "Người \"con\" của buôn làng biên giới Ia O",
E("khac", None, None),
[P("Ksor Thu", "Thượng úy", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Ia O"),
 P("Rơ Mah Tuân", "Chủ tịch UBND xã Ia O"),
 P("Siu Hyai", "Già làng"),
 P("Rơ Châm H'Nhi", "giáo viên Trường Mầm non xã Ia O"),
 P("Nguyễn Văn Quế", "Thiếu tá", "Chính trị viên Đồn Biên phòng Ia O")],
[Q("6 làng", 6, "làng"), Q("hơn 1.300 hộ", 1300, "hộ", "over"), Q("12 ha", 12, "ha"), Q("47 hộ nghèo", 47, "hộ nghèo"),
 Q("19 hộ nghèo", 19, "hộ nghèo"), Q("8 cháu", 8, "cháu"), Q("300.000 đồng", 300000, "đồng"), Q("96%", 96, "%"), Q("23 hộ", 23, "hộ"), Q("450 ngày công", 450, "ngày công"), Q("1,2 km", 1.2, "km")],
[],
[prov("Gia Lai"), com("Ia O")],
["BÁO GIA LAI ĐIỆN TỬ", "Trang chủ › Xã hội › Người tốt - việc tốt",
 "Thượng úy Ksor Thu hướng dẫn người dân làng Mook Trê chăm sóc cà phê. Ảnh: Đức Thụy", "Tin lành Đêga",
 "ba bám, bốn cùng", "Đồn Biên phòng Ia O", "làng Mook Trê", "Lượt đọc: 2.057"],
["Thứ Bảy, 15/11/2014 - 07:20", "năm 2008", "3 năm", "năm 2013", "năm 2012", "ba bám, bốn cùng", "Lượt đọc: 2.057"]))
