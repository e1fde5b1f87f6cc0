from lib import *
PAGES = []

PAGES.append(page("b1265-gialai-bchqs-baocao-danvan-2020", """
BÁO GIA LAI ĐIỆN TỬ
Trang chủ » Quốc phòng - An ninh » Lực lượng vũ trang
Thứ Tư, 23/12/2020 - 09:50
Lực lượng vũ trang tỉnh: Năm 2020 giúp dân 24.600 ngày công
(GLO)- Bộ Chỉ huy Quân sự tỉnh vừa có Báo cáo số 318/BC-BCH ngày 18/12/2020 về kết quả công tác dân vận của lực lượng vũ trang tỉnh năm 2020. Theo báo cáo, trong điều kiện vừa phòng, chống dịch Covid-19 vừa khắc phục hậu quả mưa bão, các cơ quan, đơn vị trong lực lượng vũ trang Gia Lai đã giúp dân 24.600 ngày công, làm mới và sửa chữa 38 km đường giao thông nông thôn, xây dựng 12 nhà Đại đoàn kết cho hộ nghèo người Jrai, Bahnar.
Bộ đội Bộ Chỉ huy Quân sự tỉnh giúp dân thu hoạch cà phê ở xã Ia Dom. Ảnh: Đinh Yến
Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư và Nghị quyết số 18-NQ/ĐU của Đảng ủy Quân sự tỉnh về công tác dân vận giai đoạn 2016 - 2020, Bộ Chỉ huy Quân sự tỉnh duy trì 3 đội công tác thường xuyên bám địa bàn 14 xã biên giới của các huyện Đức Cơ, Ia Grai, Chư Prông. Trong đợt cao điểm phòng, chống dịch, các đơn vị đã hỗ trợ 1.850 hộ khó khăn với 46 tấn gạo và 2.300 suất nhu yếu phẩm, tổng trị giá khoảng 1,4 tỷ đồng. Phong trào "Bộ đội Cụ Hồ giúp dân" được đồng bào ghi nhận, 27 mô hình "Dân vận khéo" của lực lượng vũ trang được các cấp biểu dương.
Báo cáo cho biết, các đội công tác đã phối hợp với cấp ủy, chính quyền cơ sở nắm chắc tình hình, vận động 64 hộ tách khỏi các nhóm "Tin lành Đê Ga", không để kẻ xấu lợi dụng tôn giáo kích động. Lực lượng dân quân tự vệ, công an xã phối hợp giải quyết ổn định 11 vụ tranh chấp đất đai tại cơ sở. Tại xã Ia Chía, đồng chí Rơ Mah Tuân, Chủ tịch UBND xã, cho biết bộ đội đã giúp bà con trồng 15 ha rừng phòng hộ và mở 2 lớp xóa mù chữ cho phụ nữ.
Theo Đại tá Nguyễn Văn Hùng, Chính ủy Bộ Chỉ huy Quân sự tỉnh, năm 2021 lực lượng vũ trang tỉnh sẽ tiếp tục thực hiện Kế hoạch số 90/KH-BCH về xây dựng "thế trận lòng dân" vững chắc ở khu vực biên giới, phấn đấu 100% đơn vị có mô hình "Dân vận khéo". Trung tá Siu Blưn, Phó Chủ nhiệm Chính trị Bộ Chỉ huy Quân sự tỉnh, cho biết đơn vị cũng sẽ phối hợp với Ban Dân vận Tỉnh ủy tổ chức 2 lớp bồi dưỡng tiếng Jrai, Bahnar cho cán bộ trẻ.
Đồng chí Nay H'Blin, Phó Trưởng Ban Dân vận Tỉnh ủy đánh giá, công tác dân vận của lực lượng vũ trang tỉnh năm 2020 có nhiều cách làm sáng tạo, góp phần giữ vững an ninh chính trị vùng biên; trong năm, Ban Dân vận Tỉnh ủy đã đề nghị khen thưởng 6 tập thể thuộc khối lực lượng vũ trang.
Đinh Yến
Lượt xem: 1.390
Tin liên quan
- Đức Cơ: Bộ đội giúp dân xây nhà sau bão (15/11/2020)
- Trao 100 suất quà cho đồng bào vùng biên (02/11/2020)
- Chư Prông ra mắt mô hình "Dân vận khéo" (20/10/2020)
""", "2020-12-23", "Lực lượng vũ trang tỉnh: Năm 2020 giúp dân 24.600 ngày công",
E("bao_cao", "2020", "2020-12-18"),
[P("Rơ Mah Tuân", "Chủ tịch UBND xã"),
 P("Nguyễn Văn Hùng", "Đại tá", "Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
 P("Siu Blưn", "Trung tá", "Phó Chủ nhiệm Chính trị Bộ Chỉ huy Quân sự tỉnh"),
 P("Nay H'Blin", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("24.600 ngày công", 24600, "ngày công"), Q("38 km", 38, "km"), Q("12 nhà Đại đoàn kết", 12, "nhà Đại đoàn kết"),
 Q("3 đội công tác", 3, "đội công tác"), Q("14 xã biên giới", 14, "xã biên giới"), Q("1.850 hộ khó khăn", 1850, "hộ khó khăn"),
 Q("46 tấn", 46, "tấn"), Q("2.300 suất nhu yếu phẩm", 2300, "suất nhu yếu phẩm"),
 Q("khoảng 1,4 tỷ đồng", 1400000000, "đồng", "approx"), Q("27 mô hình", 27, "mô hình"), Q("64 hộ", 64, "hộ"),
 Q("11 vụ tranh chấp đất đai", 11, "vụ tranh chấp đất đai"), Q("15 ha", 15, "ha"),
 Q("2 lớp xóa mù chữ", 2, "lớp xóa mù chữ"), Q("100%", 100, "%"), Q("2 lớp bồi dưỡng tiếng Jrai, Bahnar", 2, "lớp bồi dưỡng tiếng Jrai, Bahnar"),
 Q("6 tập thể", 6, "tập thể")],
[D("Báo cáo", "318", "BC-BCH", "2020-12-18", "Bộ Chỉ huy Quân sự tỉnh", "Báo cáo số 318/BC-BCH ngày 18/12/2020"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Nghị quyết", "18", "NQ/ĐU", None, "Đảng ủy Quân sự tỉnh", "Nghị quyết số 18-NQ/ĐU"),
 D("Kế hoạch", "90", "KH-BCH", None, None, "Kế hoạch số 90/KH-BCH")],
[prov("Gia Lai"), com("Ia Dom"), com("Ia Chía")],
["BÁO GIA LAI ĐIỆN TỬ", "Trang chủ » Quốc phòng - An ninh » Lực lượng vũ trang", "(GLO)",
 "Bộ đội Bộ Chỉ huy Quân sự tỉnh giúp dân thu hoạch cà phê ở xã Ia Dom. Ảnh: Đinh Yến", "Bộ đội Cụ Hồ giúp dân",
 "Dân vận khéo", "Tin lành Đê Ga", "thế trận lòng dân", "Lượt xem: 1.390"],
["Thứ Tư, 23/12/2020 - 09:50", "Covid-19", "Năm 2020", "năm 2020", "năm 2021", "giai đoạn 2016 - 2020", "Lượt xem: 1.390"]))

PAGES.append(page("b1266-laocai-batxat-doithoai-nguoicouytin-2021", """
BÁO LÀO CAI
Chính trị › Xây dựng Đảng › Dân vận
T3, 20/04/2021 - 15:30
Ảnh: Đồng chí Chủ tịch UBND huyện trả lời ý kiến của người dân.
Bát Xát: Lắng nghe tâm tư của người có uy tín vùng biên
Ngày 17/4, UBND huyện Bát Xát (Lào Cai) phối hợp với Ban Dân vận Huyện ủy, Đồn Biên phòng Y Tý và Công an huyện tổ chức hội nghị đối thoại giữa người đứng đầu chính quyền với người có uy tín, chức sắc tôn giáo và đồng bào các dân tộc khu vực biên giới năm 2021. Đồng chí Vương Trung Hiếu, HUV, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì đối thoại; tham dự có 115 đại biểu đến từ 8 xã biên giới của huyện.
Tại buổi đối thoại, người dân đã nêu 26 ý kiến, kiến nghị, tập trung vào việc cấp giấy chứng nhận quyền sử dụng đất, hỗ trợ nhà ở, chính sách cho người có uy tín và tình trạng một số người đi làm thuê ở nước ngoài không qua đăng ký. Ông Chu Chin Sừ, người có uy tín thôn Tả Gì Thàng, xã Y Tý, dân tộc Hà Nhì, đề nghị huyện sớm sửa chữa tuyến đường liên thôn bị sạt lở; ông Tẩn Láo Lở, người có uy tín thôn Ngải Thầu, xã A Lù, phản ánh việc chậm chi trả tiền hỗ trợ trồng rừng. Bà Vàng Thị Chía, Trưởng thôn Lũng Pô, xã A Mú Sung, kiến nghị tăng cường tuyên truyền cho phụ nữ về thủ đoạn lừa bán người qua biên giới.
Trả lời các ý kiến, đồng chí Vương Trung Hiếu và lãnh đạo các phòng, ban chuyên môn đã giải đáp trực tiếp 19 ý kiến; 7 ý kiến còn lại được giao cho các cơ quan chức năng xem xét, trả lời bằng văn bản trước ngày 30/5. Về chế độ cho người có uy tín, Chủ tịch UBND huyện cho biết huyện đang thực hiện đúng Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ; năm 2021 huyện có 98 người có uy tín được hưởng chính sách, tổng kinh phí khoảng 380 triệu đồng.
Thiếu tá Lý Seo Chảo, Phó Đồn trưởng Đồn Biên phòng Y Tý, thông tin đơn vị đã phối hợp tiếp nhận, cách ly 137 công dân nhập cảnh trở về trong đợt dịch Covid-19; đề nghị người có uy tín tiếp tục vận động con cháu không xuất cảnh trái phép, không nghe theo lời rủ rê đi theo "Vàng Chứ". Đồng chí Giàng Thị Dung, Trưởng Ban Dân vận Huyện ủy, cho biết các ý kiến sau đối thoại sẽ được Ban Dân vận theo dõi, đôn đốc giải quyết theo Quy chế số 09-QC/HU ngày 15/1/2021 của Ban Thường vụ Huyện ủy về tiếp xúc, đối thoại với nhân dân.
Kết thúc hội nghị, đồng chí Chủ tịch UBND huyện đề nghị các xã thực hiện nghiêm Kế hoạch số 45/KH-UBND ngày 10/3/2021 của UBND huyện, định kỳ đối thoại với nhân dân ít nhất 1 lần mỗi quý.
Thu Thủy
Lượt xem: 682
Tin liên quan
- Bát Xát: 300 suất quà cho hộ nghèo biên giới (05/02/2021)
- Đồn Biên phòng A Mú Sung giúp dân làm nhà (18/01/2021)
- Tỉnh Lào Cai có 1.258 người có uy tín (08/01/2021)
""", "2021-04-20", "Bát Xát: Lắng nghe tâm tư của người có uy tín vùng biên",
E("doi_thoai", "2021", "2021-04-17"),
[P("Vương Trung Hiếu", "HUV", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Chu Chin Sừ", "người có uy tín thôn Tả Gì Thàng"),
 P("Tẩn Láo Lở", "người có uy tín thôn Ngải Thầu"),
 P("Vàng Thị Chía", "Trưởng thôn Lũng Pô"),
 P("Lý Seo Chảo", "Thiếu tá", "Phó Đồn trưởng Đồn Biên phòng Y Tý"),
 P("Giàng Thị Dung", "Trưởng Ban Dân vận Huyện ủy")],
[Q("115 đại biểu", 115, "đại biểu"), Q("8 xã biên giới", 8, "xã biên giới"), Q("26 ý kiến, kiến nghị", 26, "ý kiến, kiến nghị"),
 Q("19 ý kiến", 19, "ý kiến"), Q("7 ý kiến", 7, "ý kiến"), Q("98 người có uy tín", 98, "người có uy tín"),
 Q("khoảng 380 triệu đồng", 380000000, "đồng", "approx"), Q("137 công dân", 137, "công dân")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Quy chế", "09", "QC/HU", "2021-01-15", "Ban Thường vụ Huyện ủy", "Quy chế số 09-QC/HU ngày 15/1/2021"),
 D("Kế hoạch", "45", "KH-UBND", "2021-03-10", "UBND huyện", "Kế hoạch số 45/KH-UBND ngày 10/3/2021")],
[prov("Lào Cai"), com("Y Tý"), com("A Lù"), com("A Mú Sung")],
["BÁO LÀO CAI", "Chính trị › Xây dựng Đảng › Dân vận", "Ảnh: Đồng chí Chủ tịch UBND huyện trả lời ý kiến của người dân.",
 "Vàng Chứ", "Lượt xem: 682"],
["T3, 20/04/2021 - 15:30", "Covid-19", "năm 2021", "1 lần mỗi quý", "Lượt xem: 682"]))

PAGES.append(page("b1267-daknong-giaoban-khoidanvan-thang9-2021", """
BAN DÂN VẬN TỈNH ỦY ĐẮK NÔNG
Vị trí: Trang chủ >> Hoạt động dân vận >> Dân vận trong lực lượng vũ trang
Ngày đăng 08/10/2021 | 10:20
Đồng chí Trưởng Ban Dân vận Tỉnh ủy chủ trì buổi giao ban.
Phát huy vai trò lực lượng vũ trang trong vận động đồng bào vùng biên
Ngày 7/10/2021, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận tháng 9/2021 với Đảng ủy Quân sự tỉnh, Đảng ủy BĐBP tỉnh, Đảng ủy Công an tỉnh và Ban Dân vận các huyện ủy biên giới Tuy Đức, Đắk Mil, Đắk Song, Cư Jút. Đồng chí Điểu Xuân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Hội Cựu chiến binh tỉnh chủ trì giao ban.
Theo báo cáo, trong tháng 9/2021 các lực lượng vũ trang tỉnh tiếp tục hỗ trợ địa phương phòng, chống dịch Covid-19, tiếp nhận và đưa 2.140 người dân từ các tỉnh phía Nam về quê an toàn; trao 860 suất quà cho đồng bào Mnông, Ê Đê và đồng bào dân tộc thiểu số phía Bắc di cư tự do tại các xã Quảng Trực, Đắk Ngo. Bộ Chỉ huy Quân sự tỉnh triển khai Chỉ thị số 04-CT/ĐU ngày 12/8/2021 của Đảng ủy Quân sự tỉnh về công tác dân vận năm 2021, cử 36 cán bộ, chiến sĩ tăng cường giúp dân thu hoạch nông sản.
Trung tá Y Khiêm, Phó Chính ủy BĐBP tỉnh, báo cáo tình hình trên tuyến biên giới của Đắk Nông với Campuchia dài hơn 130 km; các đồn biên phòng đã vận động 22 hộ sinh hoạt tôn giáo trái pháp luật trở về sinh hoạt tại điểm nhóm Tin lành được công nhận. Thượng tá Lê Thị Thùy, Phó Trưởng phòng Tham mưu Công an tỉnh cho biết, trong tháng ngành công an phối hợp hòa giải thành 14 vụ việc tranh chấp đất rẫy, không để xảy ra điểm nóng.
Tại buổi giao ban, đồng chí H'Mai, Trưởng Ban Dân vận Huyện ủy Tuy Đức, đề xuất sớm giải quyết tình trạng 340 hộ dân di cư tự do chưa có hộ khẩu ở xã Đắk Ngo; đồng chí Trương Văn Hòa, HUV, Bí thư Đảng ủy xã Thuận Hạnh, đề nghị lực lượng công an chính quy về xã phối hợp chặt chẽ hơn với tổ dân vận thôn, bon.
Kết luận, đồng chí Điểu Xuân đề nghị các đơn vị lực lượng vũ trang tiếp tục thực hiện Quy chế phối hợp số 12-QC/BDVTU-ĐUQS-ĐUCA giữa Ban Dân vận Tỉnh ủy với Đảng ủy Quân sự tỉnh, Đảng ủy Công an tỉnh; chủ động tham mưu Ban Thường vụ Tỉnh ủy sơ kết 5 năm thực hiện Kết luận số 01-KL/TU, 02-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào dân tộc thiểu số tại chỗ và đồng bào di cư tự do. Tháng 10/2021, các cơ quan tập trung rà soát mô hình "Dân vận khéo", chuẩn bị khen thưởng cuối năm.
Văn phòng Ban
Lượt truy cập: 356
Tin khác
- Giao ban công tác dân vận tháng 8/2021 (09/09/2021)
- Tuy Đức: Trao 200 suất quà cho người dân khó khăn (28/08/2021)
- Đắk Song tổ chức hội nghị người có uy tín (14/08/2021)
""", "2021-10-08", "Phát huy vai trò lực lượng vũ trang trong vận động đồng bào vùng biên",
E("giao_ban", "2021-09", "2021-10-07"),
[P("Điểu Xuân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Y Khiêm", "Trung tá", "Phó Chính ủy BĐBP tỉnh"),
 P("Lê Thị Thùy", "Thượng tá", "Phó Trưởng phòng Tham mưu Công an tỉnh"),
 P("H'Mai", "Trưởng Ban Dân vận Huyện ủy Tuy Đức"),
 P("Trương Văn Hòa", "HUV", "Bí thư Đảng ủy xã Thuận Hạnh")],
[Q("2.140 người dân", 2140, "người dân"), Q("860 suất quà", 860, "suất quà"), Q("36 cán bộ, chiến sĩ", 36, "cán bộ, chiến sĩ"),
 Q("hơn 130 km", 130, "km", "over"), Q("22 hộ", 22, "hộ"), Q("14 vụ việc tranh chấp đất rẫy", 14, "vụ việc tranh chấp đất rẫy"),
 Q("340 hộ dân di cư tự do", 340, "hộ dân di cư tự do")],
[D("Chỉ thị", "04", "CT/ĐU", "2021-08-12", "Đảng ủy Quân sự tỉnh", "Chỉ thị số 04-CT/ĐU ngày 12/8/2021"),
 D("Quy chế phối hợp", "12", "QC/BDVTU-ĐUQS-ĐUCA", None, None, "Quy chế phối hợp số 12-QC/BDVTU-ĐUQS-ĐUCA"),
 D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 01-KL/TU"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "02-KL/TU")],
[prov("Đắk Nông"), com("Quảng Trực"), com("Đắk Ngo"), com("Thuận Hạnh")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK NÔNG", "Vị trí: Trang chủ >> Hoạt động dân vận >> Dân vận trong lực lượng vũ trang",
 "Đồng chí Trưởng Ban Dân vận Tỉnh ủy chủ trì buổi giao ban.", "Dân vận khéo", "Lượt truy cập: 356"],
["Ngày đăng 08/10/2021 | 10:20", "Covid-19", "tháng 9/2021", "năm 2021", "5 năm", "Tháng 10/2021", "Lượt truy cập: 356"]))

PAGES.append(page("b1268-thanhhoa-bdv-bchqs-tongket-2022", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Chính trị / Quốc phòng - An ninh
29/12/2022 - 17:05
Quân - dân xứ Thanh chung sức xây dựng vùng biên giới vững mạnh
(Baothanhhoa.vn) - Chiều 28/12, Ban Dân vận Tỉnh ủy phối hợp với Bộ Chỉ huy Quân sự tỉnh và Bộ Chỉ huy BĐBP tỉnh tổ chức hội nghị tổng kết công tác dân vận năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Phạm Thị Thanh Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và Đại tá Lê Văn Tuấn, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh đồng chủ trì hội nghị.
Các đại biểu dự hội nghị. Ảnh: Minh Hiếu
Năm 2022, thực hiện Nghị quyết số 58-NQ/TW ngày 5/8/2020 của Bộ Chính trị về xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045 và Chương trình phối hợp số 03/CTrPH-BDVTU-BCHQS-BĐBP, các lực lượng vũ trang đã giúp dân hơn 12.000 ngày công, xây dựng 75 nhà đồng đội, nhà tình nghĩa với tổng kinh phí 3,75 tỷ đồng. Trên tuyến biên giới dài 213,6 km với 16 xã biên giới thuộc 5 huyện, các đồn biên phòng vận động 1.035 hộ đồng bào Thái, Mông, Mường ký cam kết tự quản đường biên, cột mốc; 98,5% hộ dân vùng biên đăng ký và thực hiện tốt "Quy ước bản không có ma túy".
Thượng tá Hà Văn Thư, Phó Chỉ huy trưởng - Tham mưu trưởng Bộ Chỉ huy BĐBP tỉnh cho biết, lực lượng biên phòng đã phát hiện, bắt giữ 42 vụ mua bán, vận chuyển trái phép chất ma túy, phần lớn nhờ nguồn tin do nhân dân cung cấp. Tại xã Tam Chung, đồn biên phòng phối hợp với chi bộ bản xây dựng mô hình "Bản không có người di cư tự do"; xã Trung Lý vận động 27 hộ đồng bào Mông từ bỏ đạo trái pháp luật.
Ở vùng đồng bào Công giáo, các đơn vị quân đội phối hợp chặt chẽ với giáo xứ trong các hoạt động từ thiện. Linh mục Giuse Trần Văn Khang, Quản xứ Giáo xứ Mường Lát bày tỏ cảm ơn bộ đội đã giúp giáo dân khắc phục thiệt hại sau đợt mưa lũ tháng 9. Đồng chí Lò Văn Piêng, Bí thư Đảng ủy xã Na Mèo, đề nghị tiếp tục duy trì đội công tác tăng cường cho các bản giáp biên.
Kết luận hội nghị, đồng chí Phạm Thị Thanh Thủy đề nghị năm 2023 hai lực lượng tiếp tục thực hiện Kết luận số 41-KL/TU ngày 12/4/2021 của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng công tác dân vận vùng đồng bào dân tộc thiểu số, tôn giáo; gắn phong trào thi đua "Dân vận khéo" với phong trào "Quân đội chung sức xây dựng nông thôn mới". Các đồng chí Phạm Văn Định, Lương Thị Sen - Phó Trưởng Ban Dân vận Tỉnh ủy được giao theo dõi việc thực hiện tại các huyện miền núi.
Dịp này, Ban Dân vận Tỉnh ủy và Bộ Chỉ huy Quân sự tỉnh tặng giấy khen cho 18 tập thể, 26 cá nhân.
Minh Hiếu
Lượt xem: 1.871
Tin cùng chuyên mục
- Mường Lát: Bàn giao 10 nhà "Đồng đội" cho hộ nghèo (15/12/2022)
- Quan Sơn tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc (08/12/2022)
- Đồn Biên phòng Pù Nhi giúp dân sau lũ (20/10/2022)
""", "2022-12-29", "Quân - dân xứ Thanh chung sức xây dựng vùng biên giới vững mạnh",
E("tong_ket", "2022", "2022-12-28"),
[P("Phạm Thị Thanh Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Tuấn", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Hà Văn Thư", "Thượng tá", "Phó Chỉ huy trưởng - Tham mưu trưởng Bộ Chỉ huy BĐBP tỉnh"),
 P("Giuse Trần Văn Khang", "Linh mục", "Quản xứ Giáo xứ Mường Lát"),
 P("Lò Văn Piêng", "Bí thư Đảng ủy xã Na Mèo"),
 P("Phạm Văn Định", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Thị Sen", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("hơn 12.000 ngày công", 12000, "ngày công", "over"), Q("75 nhà đồng đội, nhà tình nghĩa", 75, "nhà đồng đội, nhà tình nghĩa"),
 Q("3,75 tỷ đồng", 3750000000, "đồng"), Q("213,6 km", 213.6, "km"), Q("16 xã biên giới", 16, "xã biên giới"),
 Q("5 huyện", 5, "huyện"), Q("1.035 hộ đồng bào Thái, Mông, Mường", 1035, "hộ đồng bào Thái, Mông, Mường"),
 Q("98,5%", 98.5, "%"), Q("42 vụ mua bán, vận chuyển trái phép chất ma túy", 42, "vụ mua bán, vận chuyển trái phép chất ma túy"),
 Q("27 hộ đồng bào Mông", 27, "hộ đồng bào Mông"), Q("18 tập thể", 18, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
[D("Nghị quyết", "58", "NQ/TW", "2020-08-05", "Bộ Chính trị", "Nghị quyết số 58-NQ/TW ngày 5/8/2020"),
 D("Chương trình phối hợp", "03", "CTrPH-BDVTU-BCHQS-BĐBP", None, None, "Chương trình phối hợp số 03/CTrPH-BDVTU-BCHQS-BĐBP"),
 D("Kết luận", "41", "KL/TU", "2021-04-12", "Ban Thường vụ Tỉnh ủy", "Kết luận số 41-KL/TU ngày 12/4/2021")],
[prov("Thanh Hóa"), com("Tam Chung"), com("Trung Lý"), com("Na Mèo")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Chính trị / Quốc phòng - An ninh",
 "(Baothanhhoa.vn)", "Các đại biểu dự hội nghị. Ảnh: Minh Hiếu", "Quy ước bản không có ma túy",
 "Bản không có người di cư tự do", "Dân vận khéo", "Quân đội chung sức xây dựng nông thôn mới", "Lượt xem: 1.871"],
["29/12/2022 - 17:05", "năm 2022", "năm 2023", "năm 2030", "năm 2045", "tháng 9", "Lượt xem: 1.871"]))

PAGES.append(page("b1269-quangnam-mttq-giamsat-1719-taygiang-2022", """
BÁO QUẢNG NAM ONLINE
Trang chủ | Chính trị | Mặt trận - Đoàn thể
19/08/2022 14:00 GMT+7
Giám sát thực hiện Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số tại Tây Giang
(QNO) - Ngày 18/8, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí Nguyễn Thị Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn làm việc với UBND huyện Tây Giang về việc triển khai Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Cùng đi có các đồng chí Alăng Thị Mai, Đinh Văn Hùng - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và đại diện Bộ Chỉ huy BĐBP tỉnh.
Đoàn giám sát khảo sát công trình nước sinh hoạt tại xã A Xan. Ảnh: Alăng Ngước
Tây Giang là huyện vùng cao biên giới của Quảng Nam, hơn 90% dân số là đồng bào Cơ Tu. Đây là nội dung giám sát chuyên đề năm 2022 theo Kế hoạch số 215/KH-MTTQ-BTT ngày 20/6/2022 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, thực hiện Quyết định số 217-QĐ/TW của Bộ Chính trị về giám sát và phản biện xã hội của Mặt trận.
Báo cáo với đoàn, đồng chí Clâu Nhân, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Tây Giang cho biết: thực hiện Nghị quyết số 120/2020/QH14 của Quốc hội và Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, năm 2022 huyện được giao hơn 132 tỷ đồng; đến ngày 15/8 mới giải ngân đạt 31,4%. Huyện đã hỗ trợ đất sản xuất cho 215 hộ, nước sinh hoạt phân tán cho 630 hộ và nhà ở cho 148 hộ nghèo người Cơ Tu, mỗi hộ 40 triệu đồng. Nguyên nhân giải ngân chậm là hướng dẫn chưa đồng bộ, Thông tư số 15/2022/TT-BTC của Bộ Tài chính mới ban hành; địa hình chia cắt, nhiều công trình ở xã biên giới Ga Ri chỉ thi công được vào mùa khô.
Thiếu tá A Lăng Dũng, Chính trị viên Đồn Biên phòng Ga Ri, cho biết đồn đã cử 12 cán bộ phối hợp với xã rà soát đối tượng thụ hưởng, vận động bà con đối ứng ngày công làm nhà. Tại xã A Xan, ông Ating Blui, người có uy tín thôn Aur, phản ánh một số công trình nước tự chảy xuống cấp chỉ sau một mùa mưa; bà Bhriu Thị Hơn, Chủ tịch Ủy ban MTTQ Việt Nam xã A Xan, đề nghị công khai danh sách hộ được hỗ trợ tại nhà sinh hoạt cộng đồng.
Kết luận buổi giám sát, đồng chí Nguyễn Thị Hương đánh giá cao sự chủ động của huyện, đồng thời đề nghị đẩy nhanh tiến độ giải ngân, bảo đảm đến cuối năm đạt trên 90% kế hoạch vốn; phát huy vai trò giám sát của Ban Giám sát đầu tư của cộng đồng và người có uy tín; phối hợp với lực lượng biên phòng trong lựa chọn mô hình sinh kế phù hợp với tập quán của đồng bào Cơ Tu. Sau đợt giám sát, Ban Thường trực sẽ tổng hợp kiến nghị gửi UBND tỉnh.
Alăng Ngước
Lượt xem: 843
Tin liên quan
- Nam Giang: Đồng bào Cơ Tu hiến đất làm đường biên giới (05/08/2022)
- Mặt trận tỉnh giám sát chính sách người có uy tín (21/07/2022)
- Tây Giang trao 100 suất quà cho hộ khó khăn (10/07/2022)
""", "2022-08-19", "Giám sát thực hiện Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số tại Tây Giang",
E("giam_sat", "2022", "2022-08-18"),
[P("Nguyễn Thị Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Alăng Thị Mai", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Hùng", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Clâu Nhân", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Tây Giang"),
 P("A Lăng Dũng", "Thiếu tá", "Chính trị viên Đồn Biên phòng Ga Ri"),
 P("Ating Blui", "người có uy tín thôn Aur"),
 P("Bhriu Thị Hơn", "Chủ tịch Ủy ban MTTQ Việt Nam xã A Xan")],
[Q("hơn 90%", 90, "%", "over"), Q("hơn 132 tỷ đồng", 132000000000, "đồng", "over"), Q("31,4%", 31.4, "%"), Q("215 hộ", 215, "hộ"),
 Q("630 hộ", 630, "hộ"), Q("148 hộ nghèo người Cơ Tu", 148, "hộ nghèo người Cơ Tu"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("12 cán bộ", 12, "cán bộ"), Q("trên 90%", 90, "%", "over")],
[D("Kế hoạch", "215", "KH-MTTQ-BTT", "2022-06-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 215/KH-MTTQ-BTT ngày 20/6/2022"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Nghị quyết", "120", "2020/QH14", None, "Quốc hội", "Nghị quyết số 120/2020/QH14"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Thông tư", "15", "2022/TT-BTC", None, "Bộ Tài chính", "Thông tư số 15/2022/TT-BTC")],
[prov("Quảng Nam"), com("A Xan"), com("Ga Ri")],
["BÁO QUẢNG NAM ONLINE", "Trang chủ | Chính trị | Mặt trận - Đoàn thể", "(QNO)",
 "Đoàn giám sát khảo sát công trình nước sinh hoạt tại xã A Xan. Ảnh: Alăng Ngước",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 843"],
["19/08/2022 14:00 GMT+7", "năm 2022", "một mùa mưa", "Lượt xem: 843"]))

PAGES.append(page("b1270-binhphuoc-bdbp-traonha-quatrungthu-2023", """
BÁO BÌNH PHƯỚC ĐIỆN TỬ
Trang chủ :: Quốc phòng - An ninh :: Biên giới
Thứ Hai, 25/09/2023 - 16:45
Trao 5 căn nhà và 300 phần quà cho đồng bào S'tiêng, Khmer vùng biên Lộc Ninh
Đại tá Lê Văn Bảy trao quyết định bàn giao nhà cho gia đình bà Thị Bưng. Ảnh: Văn Thắng
BP - Ngày 23/9, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với Ngân hàng TMCP Quân đội chi nhánh Bình Phước và UBND huyện Lộc Ninh tổ chức bàn giao 5 căn nhà "Mái ấm Biên phòng" và trao quà cho đồng bào dân tộc thiểu số có hoàn cảnh khó khăn tại 3 xã biên giới Lộc Thành, Lộc Thiện, Lộc Tấn. Tham dự có Đại tá Lê Văn Bảy, Chỉ huy trưởng BĐBP tỉnh; đồng chí Điểu Minh, Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch UBND huyện Lộc Ninh; đồng chí Thạch Thị Huỳnh, Trưởng phòng Dân tộc huyện cùng lãnh đạo các xã.
Mỗi căn nhà có diện tích 60 m2, trị giá 70 triệu đồng, trong đó Ngân hàng hỗ trợ 60 triệu đồng, gia đình đối ứng 10 triệu đồng và ngày công. Cán bộ, chiến sĩ các Đồn Biên phòng Lộc Thành, Lộc Thiện đã góp 420 ngày công giúp các hộ vận chuyển vật liệu, làm móng, dựng khung nhà. Cũng tại buổi lễ, ban tổ chức trao 300 phần quà, mỗi phần trị giá 700.000 đồng cho các hộ nghèo người S'tiêng, Khmer và 500 phần quà Trung thu cho thiếu nhi; tặng 20 chiếc xe đạp cho học sinh vượt khó thuộc Chương trình "Nâng bước em tới trường". Tổng trị giá các phần quà và nhà ở khoảng 690 triệu đồng. Dịp này, Đồn Biên phòng Lộc Tấn còn tổ chức khám bệnh, cấp thuốc miễn phí cho 250 lượt người dân trong xã.
Đón nhận căn nhà mới ở ấp Cần Dực, xã Lộc Thành, bà Thị Bưng, 62 tuổi, xúc động: "Cả đời tôi sống trong căn chòi lợp lá, mùa mưa dột khắp nơi. Nay có nhà kiên cố, tôi cảm ơn bộ đội nhiều lắm". Ông Lâm Văn Sang, người có uy tín ấp Tà Thiết, xã Lộc Thiện, cho biết bà con Khmer ở ấp coi các chiến sĩ biên phòng như con em trong nhà.
Theo Đại tá Lê Văn Bảy, thực hiện Kế hoạch số 1458/KH-BCH ngày 4/8/2023 của Bộ Chỉ huy BĐBP tỉnh về công tác dân vận năm 2023, từ đầu năm đến nay lực lượng biên phòng tỉnh đã vận động xây dựng 21 căn nhà "Mái ấm Biên phòng", nhận đỡ đầu 46 học sinh, trong đó có 19 em là con hộ nghèo người dân tộc thiểu số. Đồng chí Điểu Minh đề nghị chính quyền các xã tiếp tục phối hợp với đồn biên phòng rà soát hộ còn nhà tạm để vận động nguồn lực hỗ trợ trong năm 2024.
Văn Thắng
Lượt xem: 1.046
Tin khác
- Đồn Biên phòng Hoàng Diệu khám bệnh, cấp thuốc cho 300 người dân (15/09/2023)
- Bù Gia Mập: Trao 200 suất quà cho đồng bào S'tiêng (05/09/2023)
- Khai giảng lớp xóa mù chữ cho đồng bào vùng biên (28/08/2023)
- Lộc Ninh: Ra mắt tổ tự quản an ninh trật tự ở ấp biên giới (16/08/2023)
""", "2023-09-25", "Trao 5 căn nhà và 300 phần quà cho đồng bào S'tiêng, Khmer vùng biên Lộc Ninh",
E("trao_qua", None, "2023-09-23"),
[P("Lê Văn Bảy", "Đại tá", "Chỉ huy trưởng BĐBP tỉnh"),
 P("Điểu Minh", "Ủy viên Ban Thường vụ Huyện ủy", "Phó Chủ tịch UBND huyện Lộc Ninh"),
 P("Thạch Thị Huỳnh", "Trưởng phòng Dân tộc huyện"),
 P("Thị Bưng"),
 P("Lâm Văn Sang", "người có uy tín ấp Tà Thiết")],
[Q("5 căn nhà", 5, "căn nhà"), Q("300 phần quà", 300, "phần quà"), Q("3 xã biên giới", 3, "xã biên giới"),
 Q("60 m2", 60, "m2"), Q("70 triệu đồng", 70000000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("10 triệu đồng", 10000000, "đồng"), Q("420 ngày công", 420, "ngày công"), Q("700.000 đồng", 700000, "đồng"),
 Q("500 phần quà Trung thu", 500, "phần quà Trung thu"), Q("20 chiếc xe đạp", 20, "chiếc xe đạp"),
 Q("khoảng 690 triệu đồng", 690000000, "đồng", "approx"), Q("250 lượt người dân", 250, "lượt người dân"), Q("21 căn nhà", 21, "căn nhà"),
 Q("46 học sinh", 46, "học sinh"), Q("19 em", 19, "em")],
[D("Kế hoạch", "1458", "KH-BCH", "2023-08-04", "Bộ Chỉ huy BĐBP tỉnh", "Kế hoạch số 1458/KH-BCH ngày 4/8/2023")],
[prov("Bình Phước"), com("Lộc Thành"), com("Lộc Thiện"), com("Lộc Tấn")],
["BÁO BÌNH PHƯỚC ĐIỆN TỬ", "Trang chủ :: Quốc phòng - An ninh :: Biên giới",
 "Đại tá Lê Văn Bảy trao quyết định bàn giao nhà cho gia đình bà Thị Bưng. Ảnh: Văn Thắng", "BP",
 "Mái ấm Biên phòng", "Nâng bước em tới trường", "Ngân hàng TMCP Quân đội chi nhánh Bình Phước", "Lượt xem: 1.046"],
["Thứ Hai, 25/09/2023 - 16:45", "62 tuổi", "năm 2023", "năm 2024", "Lượt xem: 1.046"]))
