from lib import *
PAGES = []

PAGES.append(page("b3647-quangninh-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY QUẢNG NINH
Hôm nay: Thứ Sáu, 02/01/2026
Trang chủ » Hoạt động » Công tác dân vận
Thứ Hai, 29/12/2025 - 16:30
Toàn cảnh hội nghị.
Công tác dân vận năm 2025: sát cơ sở, gần công nhân mỏ và ngư dân
Ngày 26/12/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ninh tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Hoàng Thị Thu Hường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Lê Thị Minh Phượng, Vy Văn Toàn, Hoàng Quốc Bảo.
Năm 2025 là năm đầu vận hành chính quyền địa phương 2 cấp; toàn tỉnh có 54 xã, phường, đặc khu. Khối dân vận đã bám sát tình hình tư tưởng hơn 84.000 công nhân ngành than, 9.600 ngư dân; phối hợp tổ chức 312 cuộc đối thoại tại cơ sở. Thực hiện Kết luận số 150, 151-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong doanh nghiệp và vùng biển đảo, 100% công ty than đã xây dựng quy chế phối hợp với đảng ủy phường nơi có khai trường.
Phong trào "Dân vận khéo" có 1.175 mô hình, trong đó 86 mô hình cấp tỉnh; nhân dân hiến hơn 26.000 m2 đất, đóng góp khoảng 64,3 tỷ đồng xây dựng nông thôn mới, đô thị văn minh. Qua chương trình xóa nhà tạm, nhà dột nát, tỉnh đã hoàn thành 1.012 căn nhà, trong đó 146 căn cho hộ công nhân mỏ có hoàn cảnh khó khăn.
Tại hội nghị, bà Chìu Thị Phương, người Sán Chỉ, Bí thư Đảng ủy xã Hải Sơn, chia sẻ cách vận động đồng bào vùng biên giới tham gia tổ tự quản đường biên, cột mốc. Ông Nguyễn Tiến Lực, Bí thư Đảng ủy phường Hà Lầm, cho biết phường đã lập 28 tổ tự quản ở khu tập thể công nhân mỏ. Ông Trần Văn Biên, Chủ tịch Nghiệp đoàn nghề cá đặc khu Vân Đồn, đề nghị sớm sửa chữa khu neo đậu tránh trú bão Cái Rồng.
Kết luận hội nghị, đồng chí Hoàng Thị Thu Hường yêu cầu năm 2026 triển khai hiệu quả Quy định số 304-QĐ/TW của Bộ Chính trị về công tác dân vận của hệ thống chính trị; bám sát Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI; chủ động nắm tình hình công nhân khi các mỏ hầm lò xuống sâu, ngư dân khai thác vùng khơi.
Dịp này, 18 tập thể và 25 cá nhân được Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen.
Các đại biểu cũng thống nhất duy trì giao ban định kỳ hằng tháng với đảng ủy các xã, phường, đặc khu, nhất là những địa bàn có nhiều công nhân thuê trọ, ngư dân đi biển dài ngày.
Hải Yến
Tin liên quan
- Đặc khu Cô Tô đối thoại với ngư dân (18/12/2025)
- Trao 30 căn nhà cho thợ mỏ khó khăn (10/12/2025)
- Hội nghị người có uy tín tỉnh Quảng Ninh năm 2025 (28/11/2025)
""", "2025-12-29", "Công tác dân vận năm 2025: sát cơ sở, gần công nhân mỏ và ngư dân",
E("tong_ket", "2025", "2025-12-26"),
[P("Hoàng Thị Thu Hường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Thị Minh Phượng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vy Văn Toàn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Quốc Bảo", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Chìu Thị Phương", "Bí thư Đảng ủy xã Hải Sơn"),
 P("Nguyễn Tiến Lực", "Bí thư Đảng ủy phường Hà Lầm"),
 P("Trần Văn Biên", "Chủ tịch Nghiệp đoàn nghề cá đặc khu Vân Đồn")],
[Q("54 xã, phường, đặc khu", 54, "xã, phường, đặc khu"), Q("hơn 84.000 công nhân ngành than", 84000, "công nhân ngành than", "over"),
 Q("9.600 ngư dân", 9600, "ngư dân"), Q("312 cuộc đối thoại", 312, "cuộc đối thoại"), Q("100% công ty than", 100, "%"),
 Q("1.175 mô hình", 1175, "mô hình"), Q("86 mô hình cấp tỉnh", 86, "mô hình cấp tỉnh"), Q("hơn 26.000 m2", 26000, "m2", "over"),
 Q("khoảng 64,3 tỷ đồng", 64300000000, "đồng", "approx"), Q("1.012 căn nhà", 1012, "căn nhà"), Q("146 căn", 146, "căn"),
 Q("28 tổ tự quản", 28, "tổ tự quản"), Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Kết luận", "150", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 150, 151-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "151", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 150, 151-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Quy định", "304", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 304-QĐ/TW của Bộ Chính trị")],
[prov("Quảng Ninh"), com("Hải Sơn"), com("Hà Lầm"), com("Vân Đồn")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY QUẢNG NINH", "Hôm nay: Thứ Sáu, 02/01/2026", "Trang chủ » Hoạt động » Công tác dân vận",
 "Toàn cảnh hội nghị.", "Dân vận khéo", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI", "Cái Rồng"],
["Hôm nay: Thứ Sáu, 02/01/2026", "Thứ Hai, 29/12/2025 - 16:30", "năm 2025", "năm 2026", "2 cấp", "lần thứ XVI"]))

PAGES.append(page("b3648-haiphong-anduong-doithoai-2025", """
ĐẢNG ỦY PHƯỜNG AN DƯƠNG - THÀNH PHỐ HẢI PHÒNG
Trang chủ > Tin tức > Hoạt động dân vận
Ngày đăng 24/10/2025 | 10:10
Bí thư Đảng ủy phường đối thoại với công nhân, người lao động năm 2025
Ngày 22/10/2025, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam phường An Dương tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với công nhân, người lao động năm 2025. Chủ trì hội nghị có đồng chí Phạm Văn Quyết, Bí thư Đảng ủy, Chủ tịch HĐND phường; đồng chí Nguyễn Thị Huế, Phó Bí thư Đảng ủy, Chủ tịch UBND phường; đồng chí Đào Văn Chính, Chủ tịch Ủy ban MTTQ Việt Nam phường, Trưởng khối dân vận phường.
Phường An Dương được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp các xã, thị trấn của huyện An Dương cũ; hiện có khoảng 42.000 công nhân đang làm việc tại Khu công nghiệp Tràng Duệ và Khu công nghiệp An Dương, trong đó hơn 60% là lao động ngoại tỉnh thuê trọ tại 1.380 nhà trọ. Hội nghị có 150 đại biểu công nhân, chủ nhà trọ, đại diện 26 doanh nghiệp.
Tại hội nghị, 19 ý kiến được nêu. Chị Hà Thị Hoa, người Mường quê Phú Thọ, công nhân Công ty TNHH Hana Micron Vina, phản ánh đường dẫn vào khu nhà trọ thôn Đồng Xá ngập khi mưa lớn. Anh Y Đăng Mlô, người Êđê quê Đắk Lắk, công nhân Công ty TNHH LG Innotek Việt Nam Hải Phòng, đề nghị phường hỗ trợ làm thủ tục đăng ký thường trú cho con để đi học. Ông Nguyễn Văn Phả, chủ nhà trọ, kiến nghị được hướng dẫn cải tạo phòng cháy theo quy chuẩn mới, chi phí khoảng 35 triệu đồng cho dãy 10 phòng.
Trả lời công nhân, đồng chí Nguyễn Thị Huế cho biết phường đã bố trí 2,8 tỷ đồng nâng cấp tuyến đường vào khu trọ, hoàn thành trong tháng 12/2025; đồng thời đề nghị Thành phố Hải Phòng (mới) mở rộng Trường Mầm non An Dương thêm 240 chỗ học. Về phòng cháy, phường phối hợp với Công an phường tổ chức 6 lớp tập huấn miễn phí cho chủ nhà trọ.
Kết luận hội nghị, đồng chí Phạm Văn Quyết khẳng định hội nghị được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Kế hoạch số 08-KH/ĐU ngày 20/8/2025 của Đảng ủy phường. Các kiến nghị chưa trả lời được sẽ được phản hồi trong 30 ngày.
Nhiều công nhân bày tỏ phấn khởi vì lần đầu được gặp, nói chuyện trực tiếp với Bí thư Đảng ủy phường; mong muốn hội nghị được tổ chức thường xuyên để những khó khăn về chỗ ở, đi lại, học hành của con em công nhân được giải quyết kịp thời.
Ban biên tập
Tin khác
- Phường An Dương ra mắt mô hình "Nhà trọ an toàn" (15/10/2025)
- Trao 100 suất học bổng cho con công nhân (06/09/2025)
- Hội nghị triển khai Nghị quyết Đại hội Đảng bộ phường (28/08/2025)
""", "2025-10-24", "Bí thư Đảng ủy phường đối thoại với công nhân, người lao động năm 2025",
E("doi_thoai", "2025", "2025-10-22"),
[P("Phạm Văn Quyết", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
 P("Nguyễn Thị Huế", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Đào Văn Chính", "Chủ tịch Ủy ban MTTQ Việt Nam phường", "Trưởng khối dân vận phường"),
 P("Hà Thị Hoa", "công nhân Công ty TNHH Hana Micron Vina"),
 P("Y Đăng Mlô", "công nhân Công ty TNHH LG Innotek Việt Nam Hải Phòng"),
 P("Nguyễn Văn Phả", "chủ nhà trọ")],
[Q("khoảng 42.000 công nhân", 42000, "công nhân", "approx"), Q("hơn 60%", 60, "%", "over"), Q("1.380 nhà trọ", 1380, "nhà trọ"),
 Q("150 đại biểu công nhân, chủ nhà trọ", 150, "đại biểu công nhân, chủ nhà trọ"), Q("26 doanh nghiệp", 26, "doanh nghiệp"),
 Q("19 ý kiến", 19, "ý kiến"), Q("khoảng 35 triệu đồng", 35000000, "đồng", "approx"), Q("10 phòng", 10, "phòng"),
 Q("2,8 tỷ đồng", 2800000000, "đồng"), Q("240 chỗ học", 240, "chỗ học"), Q("6 lớp tập huấn", 6, "lớp tập huấn")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị"),
 D("Kế hoạch", "08", "KH/ĐU", "2025-08-20", "Đảng ủy phường", "Kế hoạch số 08-KH/ĐU ngày 20/8/2025 của Đảng ủy phường")],
[prov("Hải Phòng"), prov("Phú Thọ"), prov("Đắk Lắk"), com("An Dương")],
["ĐẢNG ỦY PHƯỜNG AN DƯƠNG - THÀNH PHỐ HẢI PHÒNG", "Trang chủ > Tin tức > Hoạt động dân vận", "Ban biên tập",
 "Trường Mầm non An Dương"],
["Ngày đăng 24/10/2025 | 10:10", "năm 2025", "1/7/2025", "tháng 12/2025", "30 ngày"]))

PAGES.append(page("b3649-haiphong-tetsumvay-traoqua-2026", """
Liên đoàn Lao động thành phố Hải Phòng
Trang chủ › Tin tức › Chăm lo đoàn viên
23.01.2026 | 14:35
Ảnh: Đồng chí Lê Văn Hiệu trao quà cho công nhân tại phường Chí Linh.
Hơn 12.000 suất quà Tết đến với đoàn viên, người lao động
Ngày 22/1/2026, Liên đoàn Lao động thành phố Hải Phòng tổ chức chương trình "Tết Sum vầy - Xuân Bính Ngọ 2026" tại phường Chí Linh và phường Thủy Nguyên. Đây là năm đầu tiên chương trình được tổ chức sau khi hợp nhất thành phố Hải Phòng và tỉnh Hải Dương, với quy mô lớn nhất từ trước đến nay.
Dự chương trình có đồng chí Lê Văn Hiệu, Phó Bí thư Thành ủy; đồng chí Vũ Thị Hải Yến, Thành ủy viên, Chủ tịch LĐLĐ thành phố; đồng chí Lương Thế Anh, Trưởng ban Tổ chức Công đoàn Than - Khoáng sản Việt Nam.
Theo LĐLĐ thành phố, dịp Tết Nguyên đán 2026, các cấp công đoàn dự kiến chăm lo cho hơn 12.000 suất quà với tổng kinh phí khoảng 18,6 tỷ đồng; mỗi suất quà trị giá từ 1 triệu đến 2 triệu đồng. Riêng tại 2 điểm tổ chức, LĐLĐ thành phố trao 600 suất quà, mỗi suất gồm 1,5 triệu đồng tiền mặt và 1 túi quà; tặng 120 vé xe, vé tàu miễn phí cho công nhân về quê đón Tết.
Phường Chí Linh có hơn 9.000 công nhân làm việc tại các doanh nghiệp sản xuất, khai thác than ở khu vực Hoàng Thạch, Phả Lại. Chị Đinh Thị Mai, người Mường, công nhân Công ty CP Xi măng Phúc Sơn, cho biết chị được nhận quà và vé xe về quê ở tỉnh Thanh Hóa. Anh Phan Văn Tú, công nhân mỏ than Công ty TNHH Than Chí Linh, xúc động khi được tặng sổ tiết kiệm 3 triệu đồng vì có hoàn cảnh đặc biệt khó khăn.
Tại phường Thủy Nguyên, đoàn thăm, tặng quà 40 hộ ngư dân, công nhân đóng tàu bị giảm việc; trao 2 Mái ấm Công đoàn, mỗi căn hỗ trợ 70 triệu đồng cho đoàn viên Nguyễn Thị Xoan và anh Lục Văn Kình, người Nùng, thợ hàn Công ty Đóng tàu Phà Rừng.
Phát biểu tại chương trình, đồng chí Lê Văn Hiệu đề nghị các cấp công đoàn thực hiện tốt Kế hoạch số 25-KH/ThU ngày 10/12/2025 của Ban Thường vụ Thành ủy về chăm lo Tết cho Nhân dân, bảo đảm "không để ai không có Tết"; chủ động nắm tình hình nợ lương, thưởng Tết tại các doanh nghiệp.
Theo khảo sát của LĐLĐ thành phố tại 316 doanh nghiệp, mức thưởng Tết bình quân năm 2026 khoảng 7,8 triệu đồng/người, cao nhất 210 triệu đồng; vẫn còn 14 doanh nghiệp chưa có phương án thưởng Tết.
Chương trình văn nghệ "Xuân Công đoàn - Tết Sum vầy" với nhiều tiết mục do chính công nhân biểu diễn đã mang lại không khí ấm áp, vui tươi cho người lao động xa quê.
Thanh Bình
Tin liên quan
- Công đoàn Than Chí Linh tổng kết năm 2025 (16/01/2026)
- Ký kết chương trình phối hợp chăm lo công nhân dịp Tết (08/01/2026)
- Hải Phòng: 100% doanh nghiệp trả lương đầy đủ tháng 12 (05/01/2026)
""", "2026-01-23", "Hơn 12.000 suất quà Tết đến với đoàn viên, người lao động",
E("trao_qua", None, "2026-01-22"),
[P("Lê Văn Hiệu", "Phó Bí thư Thành ủy"),
 P("Vũ Thị Hải Yến", "Thành ủy viên", "Chủ tịch LĐLĐ thành phố"),
 P("Lương Thế Anh", "Trưởng ban Tổ chức Công đoàn Than - Khoáng sản Việt Nam"),
 P("Đinh Thị Mai", "công nhân Công ty CP Xi măng Phúc Sơn"),
 P("Phan Văn Tú", "công nhân mỏ than Công ty TNHH Than Chí Linh"),
 P("Nguyễn Thị Xoan"),
 P("Lục Văn Kình", "thợ hàn Công ty Đóng tàu Phà Rừng")],
[Q("Hơn 12.000 suất quà Tết", 12000, "suất quà", "over"), Q("khoảng 18,6 tỷ đồng", 18600000000, "đồng", "approx"),
 Q("1 triệu đến 2 triệu đồng", 1000000, "đồng"), Q("2 triệu đồng", 2000000, "đồng"), Q("600 suất quà", 600, "suất quà"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("120 vé xe, vé tàu", 120, "vé xe, vé tàu"), Q("hơn 9.000 công nhân", 9000, "công nhân", "over"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("40 hộ ngư dân, công nhân đóng tàu", 40, "hộ ngư dân, công nhân đóng tàu"),
 Q("2 Mái ấm Công đoàn", 2, "Mái ấm Công đoàn"), Q("70 triệu đồng", 70000000, "đồng"), Q("316 doanh nghiệp", 316, "doanh nghiệp"),
 Q("khoảng 7,8 triệu đồng", 7800000, "đồng", "approx"), Q("210 triệu đồng", 210000000, "đồng"), Q("14 doanh nghiệp", 14, "doanh nghiệp")],
[D("Kế hoạch", "25", "KH/ThU", "2025-12-10", "Ban Thường vụ Thành ủy", "Kế hoạch số 25-KH/ThU ngày 10/12/2025 của Ban Thường vụ Thành ủy")],
[prov("Hải Phòng"), prov("Hải Dương"), prov("Thanh Hóa"), com("Chí Linh"), com("Thủy Nguyên")],
["Liên đoàn Lao động thành phố Hải Phòng", "Trang chủ › Tin tức › Chăm lo đoàn viên",
 "Ảnh: Đồng chí Lê Văn Hiệu trao quà cho công nhân tại phường Chí Linh.", "Tết Sum vầy - Xuân Bính Ngọ 2026",
 "không để ai không có Tết", "Xuân Công đoàn - Tết Sum vầy"],
["23.01.2026 | 14:35", "Tết Nguyên đán 2026", "2 điểm tổ chức", "1 túi quà", "năm 2026", "Xuân Bính Ngọ 2026"]))

PAGES.append(page("b3650-quangninh-caoson-daihoi-2025", """
Công đoàn Than - Khoáng sản Việt Nam
Trang chủ / Tin tức / Đại hội công đoàn các cấp
Cập nhật: 15:20, 17/04/2025 (GMT+7)
Đại hội Công đoàn Công ty CP Than Cao Sơn lần thứ XIII, nhiệm kỳ 2025 - 2030
Ngày 15/4/2025, Công đoàn Công ty CP Than Cao Sơn - TKV tổ chức Đại hội đại biểu lần thứ XIII, nhiệm kỳ 2025 - 2030. Dự đại hội có đồng chí Phạm Thị Thu Trang, Ủy viên Ban Thường vụ, Trưởng ban Chính sách - Pháp luật Công đoàn Than - Khoáng sản Việt Nam; đồng chí Bùi Quang Lâm, Bí thư Đảng ủy, Chủ tịch HĐQT Công ty; cùng 150 đại biểu thay mặt cho hơn 2.700 đoàn viên.
Nhiệm kỳ 2020 - 2025, Công ty bóc xúc đất đá bình quân 42 triệu m3/năm, khai thác khoảng 3,5 triệu tấn than/năm. Thu nhập bình quân của người lao động năm 2024 đạt 18,9 triệu đồng/người/tháng. Công đoàn Công ty đã phối hợp tổ chức 12 cuộc đối thoại định kỳ, 3 hội nghị người lao động; phát triển 215 đoàn viên mới; hỗ trợ 27 đoàn viên xây, sửa nhà với tổng kinh phí hơn 1,35 tỷ đồng.
Báo cáo của Ban Chấp hành cũng chỉ ra hạn chế: một số tổ công đoàn sinh hoạt chưa đều; việc đối thoại ở cấp công trường có lúc còn hình thức; thợ lái xe, thợ máy xúc trẻ nghỉ việc tăng, năm 2024 có 96 người xin thôi việc.
Tham luận tại đại hội, chị Lý Thị Vân, người Dao, Chủ tịch Công đoàn bộ phận Phân xưởng Sàng tuyển, đề xuất mở thêm nhóm trẻ cho con công nhân ở phường Cẩm Sơn. Anh Ma Văn Cường, người Tày, Tổ trưởng Tổ xe 5, kiến nghị tăng định mức phụ cấp độc hại. Anh Lò Văn Thuận, người Thái, thợ vận hành máy xúc Công trường Khai thác 2, nêu ý kiến về việc bố trí nhà ở tập thể cho công nhân độc thân.
Phát biểu chỉ đạo, đồng chí Phạm Thị Thu Trang đề nghị Công đoàn Công ty thực hiện tốt Luật Công đoàn năm 2024, Nghị quyết Đại hội XIII Công đoàn Việt Nam và Chương trình hành động số 02-CTr/CĐTKV của Ban Chấp hành Công đoàn Than - Khoáng sản Việt Nam; chú trọng thương lượng, ký kết thỏa ước lao động tập thể có lợi hơn cho người lao động.
Đại hội đã bầu Ban Chấp hành Công đoàn Công ty nhiệm kỳ 2025 - 2030 gồm 15 đồng chí. Đồng chí Nông Thị Hằng tái đắc cử Chủ tịch Công đoàn Công ty CP Than Cao Sơn; đồng chí Vương Văn Thạch được bầu giữ chức Phó Chủ tịch Công đoàn Công ty. Đại hội cũng bầu 8 đại biểu đi dự Đại hội Công đoàn Than - Khoáng sản Việt Nam.
Đại hội thông qua các chỉ tiêu chủ yếu nhiệm kỳ mới: phấn đấu 100% người lao động được ký hợp đồng lao động, thu nhập bình quân tăng từ 5% trở lên mỗi năm; mỗi năm hỗ trợ ít nhất 5 Mái ấm Công đoàn.
Đức Toàn
Các tin đã đưa
- Đại hội Công đoàn Công ty Than Đèo Nai - Cọc Sáu (10/04/2025)
- Hội thi an toàn vệ sinh viên giỏi vùng Cẩm Phả (02/04/2025)
- Công đoàn TKV trao quà cho công nhân khó khăn (25/03/2025)
""", "2025-04-17", "Đại hội Công đoàn Công ty CP Than Cao Sơn lần thứ XIII, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-04-15"),
[P("Phạm Thị Thu Trang", "Ủy viên Ban Thường vụ", "Trưởng ban Chính sách - Pháp luật Công đoàn Than - Khoáng sản Việt Nam"),
 P("Bùi Quang Lâm", "Bí thư Đảng ủy", "Chủ tịch HĐQT Công ty"),
 P("Lý Thị Vân", "Chủ tịch Công đoàn bộ phận Phân xưởng Sàng tuyển"),
 P("Ma Văn Cường", "Tổ trưởng Tổ xe 5"),
 P("Lò Văn Thuận", "thợ vận hành máy xúc Công trường Khai thác 2"),
 P("Nông Thị Hằng", "Chủ tịch Công đoàn Công ty CP Than Cao Sơn"),
 P("Vương Văn Thạch", "Phó Chủ tịch Công đoàn Công ty")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 2.700 đoàn viên", 2700, "đoàn viên", "over"),
 Q("42 triệu m3", 42000000, "m3"), Q("khoảng 3,5 triệu tấn", 3500000, "tấn", "approx"), Q("18,9 triệu đồng", 18900000, "đồng"),
 Q("12 cuộc đối thoại định kỳ", 12, "cuộc đối thoại định kỳ"), Q("3 hội nghị người lao động", 3, "hội nghị người lao động"),
 Q("215 đoàn viên mới", 215, "đoàn viên mới"), Q("27 đoàn viên", 27, "đoàn viên"), Q("hơn 1,35 tỷ đồng", 1350000000, "đồng", "over"),
 Q("96 người", 96, "người"), Q("15 đồng chí", 15, "đồng chí"), Q("8 đại biểu", 8, "đại biểu"), Q("100% người lao động", 100, "%"),
 Q("5% trở lên", 5, "%", "over"), Q("ít nhất 5 Mái ấm Công đoàn", 5, "Mái ấm Công đoàn", "over")],
[D("Chương trình hành động", "02", "CTr/CĐTKV", None, "Ban Chấp hành Công đoàn Than - Khoáng sản Việt Nam",
   "Chương trình hành động số 02-CTr/CĐTKV của Ban Chấp hành Công đoàn Than - Khoáng sản Việt Nam")],
[com("Cẩm Sơn")],
["Công đoàn Than - Khoáng sản Việt Nam", "Trang chủ / Tin tức / Đại hội công đoàn các cấp", "Luật Công đoàn năm 2024",
 "Nghị quyết Đại hội XIII Công đoàn Việt Nam", "TKV"],
["Cập nhật: 15:20, 17/04/2025 (GMT+7)", "lần thứ XIII", "nhiệm kỳ 2025 - 2030", "2020 - 2025", "năm 2024", "15 đồng chí",
 "Tổ xe 5", "Khai thác 2"]))

PAGES.append(page("b3651-haiphong-btgdv-soket-2026", """
BÁO HẢI PHÒNG - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN THÀNH PHỐ HẢI PHÒNG
Chính trị » Xây dựng Đảng
Thứ Ba, 14/07/2026 - 09:05
Sơ kết công tác tuyên giáo và dân vận: ổn định tư tưởng công nhân, ngư dân sau hợp nhất
Ngày 10/7, Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026. Đồng chí Nguyễn Đình Chiến, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy chủ trì. Cùng chủ trì có các đồng chí Phó Trưởng ban: Lương Thị Thu Hà, Đào Trọng Đức, Tăng Văn Thắng.
6 tháng qua, thành phố có khoảng 1,1 triệu người lao động làm việc tại 61 khu công nghiệp, cụm công nghiệp và khu kinh tế. Khối dân vận đã phối hợp với công đoàn tổ chức 428 cuộc đối thoại tại doanh nghiệp; nắm tình hình tại 9 vụ ngừng việc tập thể với khoảng 5.600 người tham gia, tất cả đã được giải quyết trong vòng 3 ngày.
Ban đã tham mưu Ban Thường vụ Thành ủy ban hành Chỉ thị số 07, 08-CT/ThU về công tác dân vận trong doanh nghiệp có vốn đầu tư nước ngoài và về vận động ngư dân chống khai thác IUU; hướng dẫn đảng ủy 114 xã, phường, đặc khu thực hiện Quy định số 304-QĐ/TW ngày 12/6/2025 của Bộ Chính trị. Tại đặc khu Bạch Long Vĩ và đặc khu Cát Hải, 100% tàu cá đã lắp thiết bị giám sát hành trình.
Tại hội nghị, đồng chí Hà Văn Sơn, Bí thư Đảng ủy phường Kinh Môn, cho biết phường có 3 doanh nghiệp khai thác đá, xi măng với 4.200 công nhân; đã vận động 210 hộ dân tái định cư bàn giao mặt bằng mở rộng mỏ. Bà Triệu Thị Lụa, người Dao, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Chủ tịch Hội Liên hiệp Phụ nữ thành phố, đề nghị tiếp tục nhân rộng mô hình "Mái ấm tình thương" cho nữ công nhân khó khăn, hiện đã trao 58 căn.
Đồng chí Đinh Văn Hảo, Bí thư Đảng ủy đặc khu Cát Hải, phản ánh một số ngư dân lo ngại khi ngư trường bị thu hẹp; đề nghị có chính sách chuyển đổi nghề, hỗ trợ học nghề 5 triệu đồng/người.
Kết luận hội nghị, đồng chí Nguyễn Đình Chiến yêu cầu 6 tháng cuối năm tập trung thực hiện Nghị quyết số 15-NQ/ThU của Ban Chấp hành Đảng bộ thành phố về phát triển nhà ở xã hội cho công nhân giai đoạn 2026 - 2030, phấn đấu khởi công thêm 20.000 căn hộ; tăng cường đối thoại, không để hình thành điểm nóng.
Hội nghị cũng nghe phổ biến kết quả khảo sát dư luận xã hội về đời sống công nhân sau hợp nhất; đa số người lao động được hỏi bày tỏ tin tưởng vào chủ trương sắp xếp bộ máy, mong muốn thủ tục hành chính về cư trú, bảo hiểm được giải quyết nhanh hơn.
Trần Hoa
Tin cùng chuyên mục
- Hải Phòng: trao 500 Mái ấm Công đoàn năm 2026 (05/07/2026)
- Đặc khu Cát Hải đối thoại với ngư dân (26/06/2026)
- Hội nghị người có uy tín thành phố năm 2026 (18/06/2026)
""", "2026-07-14", "Sơ kết công tác tuyên giáo và dân vận: ổn định tư tưởng công nhân, ngư dân sau hợp nhất",
E("so_ket", "2026-H1", "2026-07-10"),
[P("Nguyễn Đình Chiến", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Lương Thị Thu Hà", "Phó Trưởng ban"), P("Đào Trọng Đức", "Phó Trưởng ban"), P("Tăng Văn Thắng", "Phó Trưởng ban"),
 P("Hà Văn Sơn", "Bí thư Đảng ủy phường Kinh Môn"),
 P("Triệu Thị Lụa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Chủ tịch Hội Liên hiệp Phụ nữ thành phố"),
 P("Đinh Văn Hảo", "Bí thư Đảng ủy đặc khu Cát Hải")],
[Q("khoảng 1,1 triệu người lao động", 1100000, "người lao động", "approx"),
 Q("61 khu công nghiệp, cụm công nghiệp và khu kinh tế", 61, "khu công nghiệp, cụm công nghiệp và khu kinh tế"),
 Q("428 cuộc đối thoại", 428, "cuộc đối thoại"), Q("9 vụ ngừng việc tập thể", 9, "vụ ngừng việc tập thể"),
 Q("khoảng 5.600 người", 5600, "người", "approx"), Q("114 xã, phường, đặc khu", 114, "xã, phường, đặc khu"),
 Q("100% tàu cá", 100, "%"), Q("3 doanh nghiệp khai thác đá, xi măng", 3, "doanh nghiệp khai thác đá, xi măng"),
 Q("4.200 công nhân", 4200, "công nhân"), Q("210 hộ dân tái định cư", 210, "hộ dân tái định cư"), Q("58 căn", 58, "căn"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("20.000 căn hộ", 20000, "căn hộ")],
[D("Chỉ thị", "07", "CT/ThU", None, "Ban Thường vụ Thành ủy", "Chỉ thị số 07, 08-CT/ThU"),
 D("Chỉ thị", "08", "CT/ThU", None, "Ban Thường vụ Thành ủy", "Chỉ thị số 07, 08-CT/ThU"),
 D("Quy định", "304", "QĐ/TW", "2025-06-12", "Bộ Chính trị", "Quy định số 304-QĐ/TW ngày 12/6/2025 của Bộ Chính trị"),
 D("Nghị quyết", "15", "NQ/ThU", None, "Ban Chấp hành Đảng bộ thành phố", "Nghị quyết số 15-NQ/ThU của Ban Chấp hành Đảng bộ thành phố")],
[prov("Hải Phòng"), com("Bạch Long Vĩ"), com("Cát Hải"), com("Kinh Môn")],
["BÁO HẢI PHÒNG - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "Chính trị » Xây dựng Đảng", "Mái ấm tình thương"],
["Thứ Ba, 14/07/2026 - 09:05", "6 tháng đầu năm", "6 tháng cuối năm 2026", "3 ngày", "2026 - 2030"]))

PAGES.append(page("b3652-quangninh-ldld-baocao-quy3-2026", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG NINH
Bạn đang ở: Trang chủ > Văn bản - Báo cáo > Tình hình công nhân lao động
Thứ Hai, 12/10/2026 | 08:00
Báo cáo tình hình việc làm, thu nhập của công nhân lao động quý III năm 2026
Thường trực Liên đoàn Lao động tỉnh Quảng Ninh báo cáo nhanh tình hình việc làm, thu nhập, đời sống của công nhân, viên chức, lao động quý III/2026 như sau:
I. Tình hình chung
Toàn tỉnh hiện có khoảng 238.000 người lao động làm việc trong các doanh nghiệp, trong đó khối than - khoáng sản có hơn 81.500 người, các khu công nghiệp có khoảng 62.000 người. Tiền lương bình quân quý III của người lao động ngành than đạt 19,4 triệu đồng/người/tháng; thợ lò đạt khoảng 26 triệu đồng; lao động khu công nghiệp khoảng 9,1 triệu đồng.
Do ảnh hưởng của cơn bão số 2 cuối tháng 8, 17 doanh nghiệp phải tạm dừng sản xuất từ 2 đến 5 ngày; các đặc khu Vân Đồn, Cô Tô có 212 tàu cá bị hư hỏng, 3 ngư dân bị thương. Các cấp công đoàn đã thăm hỏi, hỗ trợ 1.460 đoàn viên bị thiệt hại với tổng số tiền hơn 2,9 tỷ đồng.
II. Quan hệ lao động
Trong quý, không xảy ra ngừng việc tập thể. Các công đoàn cơ sở đã phối hợp tổ chức 236 cuộc đối thoại định kỳ theo Nghị định số 145/2020/NĐ-CP của Chính phủ, tiếp nhận 1.054 ý kiến, kiến nghị; đã giải quyết 968 ý kiến. Có 5 doanh nghiệp chậm đóng bảo hiểm xã hội với số tiền khoảng 3,7 tỷ đồng, ảnh hưởng đến quyền lợi của 640 người lao động ở phường Đông Triều và phường Quảng Yên.
III. Nhà ở và thiết chế công đoàn
Thực hiện Kế hoạch số 210/KH-UBND ngày 2/3/2026 của UBND tỉnh về phát triển nhà ở xã hội cho công nhân giai đoạn 2026 - 2030 và Nghị quyết số 09-NQ/TU ngày 15/1/2026 của Ban Chấp hành Đảng bộ tỉnh, dự án thiết chế công đoàn tại phường Việt Hưng đã bàn giao 520 căn hộ cho công nhân thuê với giá 1,8 triệu đồng/căn/tháng. Trong quý, LĐLĐ tỉnh trao 41 Mái ấm Công đoàn với tổng kinh phí 2,87 tỷ đồng.
Ý kiến công nhân qua khảo sát của Ban Tuyên giáo và Dân vận Tỉnh ủy cho thấy khoảng 72% người lao động hài lòng với việc làm, thu nhập; mối quan tâm lớn nhất vẫn là nhà ở, trường học cho con và giá thuê trọ.
IV. Kiến nghị
Đề nghị UBND tỉnh chỉ đạo các sở, ngành xử lý dứt điểm doanh nghiệp nợ bảo hiểm xã hội; hỗ trợ ngư dân khôi phục 212 tàu cá bị hư hỏng; bố trí quỹ đất xây dựng thêm thiết chế công đoàn tại phường Mạo Khê và đặc khu Vân Đồn.
Đồng chí Lục Thị Hoa, Phó Chủ tịch Thường trực LĐLĐ tỉnh, ký báo cáo; nơi nhận gồm Thường trực Tỉnh ủy, UBND tỉnh và Tổng Liên đoàn Lao động Việt Nam.
Ban Chính sách - Pháp luật
Tin liên quan
- Báo cáo tình hình công nhân lao động quý II năm 2026 (10/07/2026)
- LĐLĐ tỉnh hỗ trợ đoàn viên bị thiệt hại do bão số 2 (03/09/2026)
- Bàn giao 520 căn hộ thiết chế công đoàn Việt Hưng (21/08/2026)
""", "2026-10-12", "Báo cáo tình hình việc làm, thu nhập của công nhân lao động quý III năm 2026",
E("bao_cao", "2026-Q3", None),
[P("Lục Thị Hoa", "Phó Chủ tịch Thường trực LĐLĐ tỉnh")],
[Q("khoảng 238.000 người lao động", 238000, "người lao động", "approx"), Q("hơn 81.500 người", 81500, "người", "over"),
 Q("khoảng 62.000 người", 62000, "người", "approx"), Q("19,4 triệu đồng", 19400000, "đồng"),
 Q("khoảng 26 triệu đồng", 26000000, "đồng", "approx"), Q("khoảng 9,1 triệu đồng", 9100000, "đồng", "approx"),
 Q("17 doanh nghiệp", 17, "doanh nghiệp"), Q("212 tàu cá", 212, "tàu cá"), Q("3 ngư dân", 3, "ngư dân"),
 Q("1.460 đoàn viên", 1460, "đoàn viên"), Q("hơn 2,9 tỷ đồng", 2900000000, "đồng", "over"),
 Q("236 cuộc đối thoại định kỳ", 236, "cuộc đối thoại định kỳ"), Q("1.054 ý kiến, kiến nghị", 1054, "ý kiến, kiến nghị"),
 Q("968 ý kiến", 968, "ý kiến"), Q("5 doanh nghiệp", 5, "doanh nghiệp"), Q("khoảng 3,7 tỷ đồng", 3700000000, "đồng", "approx"),
 Q("640 người lao động", 640, "người lao động"), Q("520 căn hộ", 520, "căn hộ"), Q("1,8 triệu đồng", 1800000, "đồng"),
 Q("41 Mái ấm Công đoàn", 41, "Mái ấm Công đoàn"), Q("2,87 tỷ đồng", 2870000000, "đồng"), Q("khoảng 72%", 72, "%", "approx")],
[D("Nghị định", "145", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 145/2020/NĐ-CP của Chính phủ"),
 D("Kế hoạch", "210", "KH-UBND", "2026-03-02", "UBND tỉnh", "Kế hoạch số 210/KH-UBND ngày 2/3/2026 của UBND tỉnh"),
 D("Nghị quyết", "09", "NQ/TU", "2026-01-15", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 09-NQ/TU ngày 15/1/2026 của Ban Chấp hành Đảng bộ tỉnh")],
[prov("Quảng Ninh"), com("Đông Triều"), com("Quảng Yên"), com("Việt Hưng"), com("Mạo Khê"), com("Vân Đồn"), com("Cô Tô")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG NINH", "Bạn đang ở: Trang chủ > Văn bản - Báo cáo > Tình hình công nhân lao động",
 "Ban Chính sách - Pháp luật", "I. Tình hình chung"],
["Thứ Hai, 12/10/2026 | 08:00", "quý III/2026", "quý III năm 2026", "bão số 2", "tháng 8", "2 đến 5 ngày", "2026 - 2030"]))
