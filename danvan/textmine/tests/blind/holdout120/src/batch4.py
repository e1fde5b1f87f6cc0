from lib import *
PAGES = []

PAGES.append(page("b2855-tuyenquang-btgdv-giaoban-quy3-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ » Dân vận » Tin hoạt động
10/10/2025 | 08:45
Đồng chí Ma Thế Hồng kết luận hội nghị. Ảnh: Vàng Thị Dung
Nắm chắc tình hình nhân dân sau sắp xếp đơn vị hành chính
Sáng 8/10, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý III/2025 theo hình thức trực tiếp kết hợp trực tuyến tới 124 điểm cầu xã, phường. Đồng chí Ma Thế Hồng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Đây là quý đầu tiên tỉnh Tuyên Quang (mới) vận hành mô hình chính quyền địa phương hai cấp sau khi hợp nhất với tỉnh Hà Giang. Báo cáo tại hội nghị cho biết, tình hình tư tưởng của cán bộ, đảng viên và nhân dân cơ bản ổn định; tuy nhiên vẫn còn băn khoăn về thủ tục hành chính, việc bố trí trụ sở và tranh chấp đất đai phát sinh tại vùng giáp ranh giữa các xã mới.
Trong quý, khối dân vận các cấp đã tham gia tiếp 1.218 lượt công dân; tiếp nhận 342 đơn thư, kiến nghị, chủ yếu về đất đai, chế độ chính sách; đã giải quyết 289 đơn. Có 2 vụ tụ tập đông người: khoảng 40 người dân thôn Nà Khà, xã Lâm Bình phản đối việc khai thác cát; hơn 30 hộ ở xã Yên Minh kiến nghị về ranh giới đất rừng. Các vụ việc đã được lãnh đạo xã đối thoại, giải quyết ổn định trong ngày.
Các xã đã kiện toàn 1.946 tổ hòa giải ở thôn, tổ dân phố theo địa giới mới, hòa giải thành 213 vụ việc. Tại xã Mèo Vạc, ông Vàng Seo Sử, người có uy tín thôn Pả Vi Hạ, phối hợp tổ hòa giải vận động 2 dòng họ Vàng, Giàng ký biên bản thống nhất ranh giới nương.
Tham luận, đồng chí Lý Thị Xuân, Bí thư Đảng ủy xã Na Hang, nêu cách làm "mỗi tuần một buổi Bí thư tiếp dân" tại nhà văn hóa thôn; đồng chí Sùng Mí Dình, Chủ tịch Ủy ban MTTQ Việt Nam xã Đồng Văn, đề nghị tỉnh sớm hướng dẫn chế độ cho hòa giải viên thôn sau sáp nhập.
Kết luận hội nghị, đồng chí Ma Thế Hồng yêu cầu quý IV tiếp tục quán triệt Kết luận số 150-KL/TW, 151-KL/TW của Bộ Chính trị; thực hiện Kế hoạch số 12-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về nắm tình hình tư tưởng nhân dân sau sắp xếp; tham mưu Ban Thường vụ Tỉnh ủy ban hành Quy định về tiếp xúc, đối thoại của người đứng đầu cấp ủy xã với nhân dân. Đồng chí nhấn mạnh: mọi kiến nghị của dân phải có địa chỉ trả lời, không để đơn thư "ngủ quên" trong quá trình bàn giao giữa các đơn vị cũ và mới.
Theo kế hoạch, quý IV toàn tỉnh phấn đấu 100% xã, phường tổ chức ít nhất 1 buổi đối thoại giữa người đứng đầu cấp ủy với nhân dân.
Hoàng Thái
Tin liên quan
- Lâm Bình: đối thoại với người dân về khai thác cát (25/09/2025)
- Hội nghị người có uy tín các dân tộc tỉnh Tuyên Quang năm 2025 (12/09/2025)
- Giao ban công tác tuyên giáo và dân vận tháng 8/2025 (29/08/2025)
""", "2025-10-10", "Nắm chắc tình hình nhân dân sau sắp xếp đơn vị hành chính",
E("giao_ban", "2025-Q3", "2025-10-08"),
[P("Ma Thế Hồng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vàng Seo Sử", "người có uy tín thôn Pả Vi Hạ"),
 P("Lý Thị Xuân", "Bí thư Đảng ủy xã Na Hang"),
 P("Sùng Mí Dình", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đồng Văn")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("1.218 lượt công dân", 1218, "lượt công dân"),
 Q("342 đơn thư, kiến nghị", 342, "đơn thư, kiến nghị"), Q("289 đơn", 289, "đơn"), Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"),
 Q("khoảng 40 người dân", 40, "người dân", "approx"), Q("hơn 30 hộ", 30, "hộ", "over"), Q("1.946 tổ hòa giải", 1946, "tổ hòa giải"),
 Q("213 vụ việc", 213, "vụ việc"), Q("2 dòng họ", 2, "dòng họ"), Q("100%", 100, "%")],
[D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận số 150-KL/TW, 151-KL/TW"),
 D("Kết luận", "151", "KL/TW", None, "Bộ Chính trị", "Kết luận số 150-KL/TW, 151-KL/TW"),
 D("Kế hoạch", "12", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 12-KH/BTGDVTU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lâm Bình"), com("Yên Minh"), com("Mèo Vạc"), com("Na Hang"), com("Đồng Văn")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ » Dân vận » Tin hoạt động",
 "Đồng chí Ma Thế Hồng kết luận hội nghị. Ảnh: Vàng Thị Dung", "mỗi tuần một buổi Bí thư tiếp dân"],
["10/10/2025 | 08:45", "quý III/2025", "hai cấp", "quý IV", "1 buổi", "quý đầu tiên"]))

PAGES.append(page("b2856-lamdong-xa-doithoai-2025", """
Báo và Phát thanh, Truyền hình Lâm Đồng
Thời sự / Chính trị
Thứ Sáu, 19/12/2025, 07:10
Bí thư Đảng ủy xã Quảng Tín đối thoại với người dân bon Bu Prăng
Ngày 17/12/2025, tại nhà văn hóa bon Bu Prăng 2, Đảng ủy xã Quảng Tín tổ chức buổi đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2025. Đồng chí Điểu Hăn, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì; cùng dự có ông Nguyễn Hữu Phước, Chủ tịch UBND xã; bà H'Lim Niê, Trưởng Ban Dân vận Đảng ủy xã, Chủ tịch Ủy ban MTTQ Việt Nam xã và khoảng 180 người dân, phần lớn là đồng bào M'nông.
Xã Quảng Tín thuộc tỉnh Lâm Đồng (mới), được thành lập trên cơ sở sáp nhập xã Quảng Tín và xã Đắk Ru của huyện Đắk R'Lấp, tỉnh Đắk Nông cũ. Theo báo cáo, từ tháng 7 đến nay xã tiếp nhận 38 đơn thư, trong đó 26 đơn liên quan tranh chấp đất rẫy, đất bị lấn chiếm tại khu vực giáp ranh với Công ty lâm nghiệp Quảng Tín; có 1 lần khoảng 50 người dân kéo đến trụ sở xã yêu cầu giải quyết.
Tại buổi đối thoại, 15 lượt ý kiến được nêu. Ông Điểu Ngọc Sơn, người có uy tín bon Bu Prăng 2, đề nghị trả lại cho bà con khoảng 85 ha đất rẫy mà công ty đang quản lý nhưng bỏ hoang nhiều năm. Bà Thị Nhiên, người dân bon Bu Dấp, phản ánh việc đăng ký cấp sổ đỏ sau sáp nhập phải đi xa, chờ lâu. Ông Y Bông, Trưởng bon Bu Prăng 2, kiến nghị có tổ hòa giải riêng cho khu vực giáp ranh vì nhiều hộ đã xảy ra xô xát.
Trả lời, đồng chí Điểu Hăn cho biết xã đã đề nghị UBND tỉnh thu hồi 85 ha đất công ty để giao cho 112 hộ đồng bào thiếu đất sản xuất, theo Nghị quyết số 112/NQ-CP của Chính phủ; chỉ đạo bố trí 2 cán bộ địa chính trực tiếp tại bon vào thứ Tư hằng tuần để hướng dẫn thủ tục. Xã cũng sẽ thành lập thêm 1 tổ hòa giải tại khu vực giáp ranh, nâng tổng số tổ hòa giải toàn xã lên 31 tổ.
Ông Nguyễn Hữu Phước yêu cầu các thôn, bon thực hiện Quyết định số 04-QĐ/ĐU ngày 2/9/2025 của Ban Thường vụ Đảng ủy xã về Quy chế tiếp công dân, đối thoại của người đứng đầu; đồng thời công khai kết quả giải quyết đơn thư trên hệ thống loa của xã.
Bà con phấn khởi, tin tưởng vào lời hứa của lãnh đạo xã; nhiều người cho biết đây là lần đầu tiên được đối thoại trực tiếp với Bí thư Đảng ủy xã ngay tại bon của mình. Đồng chí H'Lim Niê cho biết Ban Dân vận Đảng ủy xã sẽ theo dõi việc thực hiện các cam kết, định kỳ báo cáo Ban Thường vụ Đảng ủy và thông tin lại cho bà con tại các buổi sinh hoạt bon.
Nguyễn Lượng
Bài viết liên quan
- Lâm Đồng: tổng kết công tác dân vận năm 2025 (16/12/2025)
- Xã Nhân Cơ: hòa giải thành tranh chấp đất giữa 2 hộ đồng bào M'nông (05/12/2025)
- Đối thoại giữa Bí thư Tỉnh ủy với nhân dân vùng Tây Nguyên (20/11/2025)
""", "2025-12-19", "Bí thư Đảng ủy xã Quảng Tín đối thoại với người dân bon Bu Prăng",
E("doi_thoai", "2025", "2025-12-17"),
[P("Điểu Hăn", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Nguyễn Hữu Phước", "Chủ tịch UBND xã"),
 P("H'Lim Niê", "Trưởng Ban Dân vận Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Điểu Ngọc Sơn", "người có uy tín bon Bu Prăng 2"),
 P("Thị Nhiên"),
 P("Y Bông", "Trưởng bon Bu Prăng 2")],
[Q("khoảng 180 người dân", 180, "người dân", "approx"), Q("38 đơn thư", 38, "đơn thư"), Q("26 đơn", 26, "đơn"),
 Q("khoảng 50 người dân", 50, "người dân", "approx"), Q("15 lượt ý kiến", 15, "lượt ý kiến"), Q("khoảng 85 ha", 85, "ha", "approx"),
 Q("112 hộ đồng bào thiếu đất sản xuất", 112, "hộ đồng bào thiếu đất sản xuất"), Q("2 cán bộ địa chính", 2, "cán bộ địa chính"),
 Q("31 tổ", 31, "tổ")],
[D("Nghị quyết", "112", "NQ-CP", None, "Chính phủ", "Nghị quyết số 112/NQ-CP"),
 D("Quyết định", "04", "QĐ/ĐU", "2025-09-02", "Ban Thường vụ Đảng ủy xã", "Quyết định số 04-QĐ/ĐU ngày 2/9/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), com("Quảng Tín"), com("Đắk Ru")],
["Báo và Phát thanh, Truyền hình Lâm Đồng", "Thời sự / Chính trị", "Công ty lâm nghiệp Quảng Tín"],
["Thứ Sáu, 19/12/2025, 07:10", "năm 2025", "tháng 7", "1 lần", "nhiều năm", "1 tổ hòa giải", "thứ Tư hằng tuần", "lần đầu tiên"]))

PAGES.append(page("b2857-vinhlong-hoinghi-hoagiai-2025", """
Cổng Thông tin điện tử Sở Tư pháp tỉnh Vĩnh Long
Tin tức > Phổ biến giáo dục pháp luật - Hòa giải cơ sở
21 tháng 11, 2025 | 10:15
Biểu dương 60 tổ hòa giải tiêu biểu năm 2025
Ngày 20/11/2025, UBND tỉnh Vĩnh Long tổ chức hội nghị biểu dương tổ hòa giải, hòa giải viên tiêu biểu năm 2025. Dự hội nghị có bà Nguyễn Thị Diễm Thanh, Phó Chủ tịch UBND tỉnh; ông Thạch Phước Hùng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và 320 đại biểu là hòa giải viên, công chức tư pháp các xã, phường.
Sau hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh, toàn tỉnh có 124 xã, phường với 4.816 tổ hòa giải và hơn 29.000 hòa giải viên. Từ đầu năm, các tổ đã tiếp nhận 6.930 vụ việc, hòa giải thành 5.958 vụ việc, đạt 86%; nhiều vụ tranh chấp đất đai, ranh đất vườn dừa, lối đi nội đồng được giải quyết ngay tại ấp, không phát sinh khiếu kiện. Mỗi vụ việc hòa giải thành được hỗ trợ tối đa 500.000 đồng.
Bà Nguyễn Thị Diễm Thanh ghi nhận trong giai đoạn sắp xếp đơn vị hành chính, các tổ hòa giải đã góp phần quan trọng giữ ổn định tình hình; nhiều hòa giải viên là chức sắc Phật giáo Nam tông Khmer, người có uy tín trong đồng bào đã vận động bà con rút đơn, tự thỏa thuận. Tại phường Trà Vinh, tổ hòa giải khóm 3 đã thuyết phục thành công 14 hộ dân tháo dỡ công trình lấn chiếm lòng kênh.
Chia sẻ kinh nghiệm, Đại đức Thạch Sô Phanh, trụ trì chùa Kompong Chrây, xã Long Hiệp, cho biết nhà chùa phối hợp tổ hòa giải ấp tổ chức 12 buổi nói chuyện pháp luật trong năm. Bà Kim Thị Ngọc Hân, Tổ trưởng tổ hòa giải ấp Phước Hưng, xã Tân Thủy, kể việc tổ kiên trì hòa giải vụ tranh chấp đất giữa 3 hộ kéo dài từ năm 2019.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 60 tổ hòa giải và 85 hòa giải viên tiêu biểu; tổng giá trị khen thưởng khoảng 210 triệu đồng. Ông Lê Hoàng Sơn, Giám đốc Sở Tư pháp, đề nghị các xã thực hiện Kế hoạch số 145/KH-UBND ngày 3/10/2025 của UBND tỉnh về kiện toàn tổ hòa giải theo địa bàn ấp, khóm mới, Thông tư số 04/2025/TT-BTP của Bộ Tư pháp; phấn đấu năm 2026 tỷ lệ hòa giải thành trên 88%.
Ông Thạch Phước Hùng đề nghị Ban Công tác Mặt trận ở khu dân cư phối hợp chặt chẽ với tổ hòa giải, nắm tình hình từ sớm, không để mâu thuẫn nhỏ thành vụ việc phức tạp.
Hội nghị cũng chỉ ra một số hạn chế: việc kiện toàn tổ hòa giải sau sáp nhập ở một số nơi còn chậm; nhiều hòa giải viên lớn tuổi, chưa được cập nhật các quy định mới về đất đai; kinh phí hỗ trợ chưa kịp thời.
Tin, ảnh: Minh Tuyền
Các tin khác
- Vĩnh Long: tập huấn nghiệp vụ hòa giải cho hòa giải viên các xã mới (30/10/2025)
- Tổ hòa giải ấp Phú Lợi - 10 năm không có đơn thư vượt cấp (14/10/2025)
- Tuyên truyền Luật Đất đai năm 2024 bằng tiếng Khmer (25/09/2025)
""", "2025-11-21", "Biểu dương 60 tổ hòa giải tiêu biểu năm 2025",
E("hoi_nghi", "2025", "2025-11-20"),
[P("Nguyễn Thị Diễm Thanh", "Phó Chủ tịch UBND tỉnh"),
 P("Thạch Phước Hùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Phanh", "Đại đức", "trụ trì chùa Kompong Chrây"),
 P("Kim Thị Ngọc Hân", "Tổ trưởng tổ hòa giải ấp Phước Hưng"),
 P("Lê Hoàng Sơn", "Giám đốc Sở Tư pháp")],
[Q("60 tổ hòa giải tiêu biểu", 60, "tổ hòa giải tiêu biểu"), Q("320 đại biểu", 320, "đại biểu"), Q("3 tỉnh", 3, "tỉnh"),
 Q("124 xã, phường", 124, "xã, phường"), Q("4.816 tổ hòa giải", 4816, "tổ hòa giải"), Q("hơn 29.000 hòa giải viên", 29000, "hòa giải viên", "over"),
 Q("6.930 vụ việc", 6930, "vụ việc"), Q("5.958 vụ việc", 5958, "vụ việc"), Q("86%", 86, "%"), Q("500.000 đồng", 500000, "đồng"),
 Q("14 hộ dân", 14, "hộ dân"), Q("12 buổi nói chuyện pháp luật", 12, "buổi nói chuyện pháp luật"), Q("3 hộ", 3, "hộ"),
 Q("85 hòa giải viên tiêu biểu", 85, "hòa giải viên tiêu biểu"), Q("khoảng 210 triệu đồng", 210000000, "đồng", "approx"),
 Q("trên 88%", 88, "%", "over")],
[D("Kế hoạch", "145", "KH-UBND", "2025-10-03", "UBND tỉnh", "Kế hoạch số 145/KH-UBND ngày 3/10/2025"),
 D("Thông tư", "04", "2025/TT-BTP", None, "Bộ Tư pháp", "Thông tư số 04/2025/TT-BTP")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Vinh"), com("Long Hiệp"), com("Tân Thủy")],
["Cổng Thông tin điện tử Sở Tư pháp tỉnh Vĩnh Long", "Tin tức > Phổ biến giáo dục pháp luật - Hòa giải cơ sở", "Kompong Chrây"],
["21 tháng 11, 2025 | 10:15", "năm 2025", "từ năm 2019", "năm 2026", "khóm 3"]))

PAGES.append(page("b2858-dongnai-btgdv-trienkhai-2026", """
Hôm nay: Thứ Hai, 19/01/2026
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐỒNG NAI
Trang chủ >> Tin tức >> Hoạt động Ban
Thứ Sáu, 16/01/2026 - 14:30
Toàn cảnh hội nghị.
Triển khai nhiệm vụ công tác tuyên giáo và dân vận năm 2026
Ngày 14/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Điểu Minh Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Lê Thị Kim Phượng, Trần Văn Hiếu, Thị Bích đồng chủ trì.
Năm 2025 là năm tỉnh Đồng Nai (mới) được hình thành trên cơ sở hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước, vận hành chính quyền địa phương hai cấp với 95 xã, phường. Khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 03-CT/TU ngày 20/8/2025 về công tác dân vận trong thời gian sắp xếp bộ máy, Kế hoạch 18, 19-KH/TU về tiếp xúc, đối thoại của người đứng đầu cấp ủy và về nắm tình hình nhân dân vùng dự án.
Trong năm, người đứng đầu cấp ủy các cấp đã tổ chức 318 cuộc đối thoại với nhân dân; khối dân vận tham gia tiếp 5.462 lượt công dân, tiếp nhận 2.107 đơn thư, kiến nghị. Đã giải quyết ổn định 23 vụ việc phức tạp kéo dài liên quan đến dự án Cảng hàng không quốc tế Long Thành, các khu công nghiệp và tranh chấp đất giữa hộ dân với công ty cao su ở vùng Bình Phước cũ. Số vụ tụ tập đông người giảm còn 11 vụ, với khoảng 900 lượt người tham gia.
Các tổ hòa giải ở cơ sở đã hòa giải thành 3.184 vụ việc trên 3.612 vụ việc tiếp nhận, đạt 88,2%. Mô hình "Sóc không có đơn thư vượt cấp" được nhân rộng ra 46 sóc, ấp đồng bào S'tiêng, Chơ Ro, Khmer.
Tham luận tại hội nghị, đồng chí Điểu Lên, Bí thư Đảng ủy xã Bù Gia Mập, chia sẻ kinh nghiệm giải quyết vụ tranh chấp 120 ha đất rẫy giữa 57 hộ đồng bào S'tiêng với Ban Quản lý rừng phòng hộ. Bà Huỳnh Thị Mỹ Lệ, Chủ tịch Ủy ban MTTQ Việt Nam phường Long Khánh, nêu cách phối hợp Ban Công tác Mặt trận khu phố tổ chức "cà phê sáng với dân" mỗi tháng.
Phát biểu chỉ đạo, đồng chí Trương Văn Lĩnh, Phó Bí thư Thường trực Tỉnh ủy, đề nghị năm 2026 các cấp quán triệt, thực hiện Quy định số 124-QĐ/TW của Ban Bí thư về tiếp xúc, đối thoại; tiếp tục thực hiện Nghị quyết số 66-NQ/TW của Bộ Chính trị; chủ động nắm tình hình, giải quyết dứt điểm 15 vụ việc còn tồn đọng trước quý III/2026.
Dịp này, 20 tập thể, 35 cá nhân được tặng Giấy khen của Ban Tuyên giáo và Dân vận Tỉnh ủy.
Phương Hằng
Tin liên quan
- Xã Bù Gia Mập đối thoại với hộ dân về đất rẫy (08/01/2026)
- Long Khánh ra mắt mô hình "cà phê sáng với dân" (30/12/2025)
- Giao ban công tác dân vận tháng 12/2025 (26/12/2025)
""", "2026-01-16", "Triển khai nhiệm vụ công tác tuyên giáo và dân vận năm 2026",
E("tong_ket", "2025", "2026-01-14"),
[P("Điểu Minh Tâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Thị Kim Phượng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Văn Hiếu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thị Bích", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Lên", "Bí thư Đảng ủy xã Bù Gia Mập"),
 P("Huỳnh Thị Mỹ Lệ", "Chủ tịch Ủy ban MTTQ Việt Nam phường Long Khánh"),
 P("Trương Văn Lĩnh", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("95 xã, phường", 95, "xã, phường"), Q("318 cuộc đối thoại", 318, "cuộc đối thoại"), Q("5.462 lượt công dân", 5462, "lượt công dân"),
 Q("2.107 đơn thư, kiến nghị", 2107, "đơn thư, kiến nghị"), Q("23 vụ việc phức tạp kéo dài", 23, "vụ việc phức tạp kéo dài"),
 Q("11 vụ", 11, "vụ"), Q("khoảng 900 lượt người", 900, "lượt người", "approx"), Q("3.184 vụ việc", 3184, "vụ việc"),
 Q("3.612 vụ việc", 3612, "vụ việc"), Q("88,2%", 88.2, "%"), Q("46 sóc, ấp đồng bào S'tiêng, Chơ Ro, Khmer", 46, "sóc, ấp đồng bào S'tiêng, Chơ Ro, Khmer"),
 Q("120 ha", 120, "ha"), Q("57 hộ đồng bào S'tiêng", 57, "hộ đồng bào S'tiêng"), Q("15 vụ việc còn tồn đọng", 15, "vụ việc còn tồn đọng"),
 Q("20 tập thể", 20, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Chỉ thị", "03", "CT/TU", "2025-08-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 20/8/2025"),
 D("Kế hoạch", "18", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 18, 19-KH/TU"),
 D("Kế hoạch", "19", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 18, 19-KH/TU"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW"),
 D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 66-NQ/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Long Khánh")],
["Hôm nay: Thứ Hai, 19/01/2026", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐỒNG NAI", "Trang chủ >> Tin tức >> Hoạt động Ban", "Toàn cảnh hội nghị.",
 "Sóc không có đơn thư vượt cấp", "cà phê sáng với dân", "Cảng hàng không quốc tế Long Thành"],
["Hôm nay: Thứ Hai, 19/01/2026", "năm 2025", "năm 2026", "hai cấp", "quý III/2026"]))

PAGES.append(page("b2859-phutho-phuong-giaoban-thang1-2026", """
ĐẢNG BỘ PHƯỜNG VĨNH YÊN - TỈNH PHÚ THỌ
Trang chủ / Xây dựng Đảng / Dân vận
Ngày 05/02/2026 | 09:15
Đảng ủy phường Vĩnh Yên giao ban công tác dân vận, tiếp dân tháng 1
Chiều 3/2/2026, Đảng ủy phường Vĩnh Yên tổ chức giao ban công tác dân vận và tiếp công dân tháng 1/2026. Đồng chí Trần Duy Khánh, Phó Bí thư Thường trực Đảng ủy phường chủ trì; dự có đồng chí Nguyễn Thị Thu Hà, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Dân vận Đảng ủy phường, Chủ tịch Ủy ban MTTQ Việt Nam phường, cùng Bí thư chi bộ, Trưởng khu phố và Tổ trưởng tổ hòa giải của 42 khu phố.
Theo báo cáo, trong tháng 1, Bí thư Đảng ủy phường đã tiếp công dân định kỳ 2 buổi, Chủ tịch UBND phường tiếp 4 buổi; tiếp nhận 27 đơn, kiến nghị, trong đó 16 đơn liên quan đến tranh chấp ranh giới đất ở, lối đi chung và bồi thường khi mở rộng đường Nguyễn Tất Thành. Đã giải quyết, trả lời 21 đơn; 6 đơn đang xác minh. Có 1 nhóm khoảng 20 hộ dân tổ dân phố Đồng Tâm 5 đến trụ sở phường phản ánh về tiếng ồn, bụi của công trình xây dựng; phường đã mời chủ đầu tư đối thoại và thống nhất biện pháp khắc phục.
Các tổ hòa giải đã tiếp nhận 11 vụ việc, hòa giải thành 9 vụ. Đồng chí Đỗ Văn Bình, Tổ trưởng tổ hòa giải khu phố Đống Đa, chia sẻ việc hòa giải thành vụ tranh chấp 0,8 m đất lối đi giữa 2 gia đình kéo dài hơn 5 năm nhờ mời được người cao tuổi trong dòng họ cùng tham gia.
Đồng chí Nguyễn Thị Thu Hà đề nghị các chi bộ thực hiện nghiêm Kế hoạch số 07-KH/ĐU ngày 6/1/2026 của Ban Thường vụ Đảng ủy phường về công tác dân vận năm 2026, Quy chế số 02-QC/ĐU về tiếp xúc, đối thoại giữa Bí thư Đảng ủy phường với nhân dân; mỗi khu phố duy trì sinh hoạt tổ hòa giải ít nhất 1 lần mỗi tháng.
Kết luận giao ban, đồng chí Trần Duy Khánh yêu cầu tháng 2 tập trung nắm tình hình nhân dân dịp Tết Nguyên đán Bính Ngọ; vận động nhân dân đón Tết an toàn, tiết kiệm; thăm hỏi, tặng 350 suất quà Tết cho hộ nghèo, hộ cận nghèo, gia đình chính sách với tổng trị giá khoảng 175 triệu đồng; giải quyết dứt điểm 6 đơn đang xác minh trước ngày 28/2/2026. Đồng chí lưu ý khối dân vận và các khu phố không để phát sinh đơn thư vượt cấp, tụ tập đông người trong dịp Tết và thời gian diễn ra bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Theo Ban Dân vận Đảng ủy phường Vĩnh Yên (tỉnh Phú Thọ), năm 2025 phường đã giảm 32% số đơn thư so với năm trước nhờ duy trì đều đặn việc giao ban hằng tháng và đối thoại trực tiếp của người đứng đầu.
Ban Dân vận
Tin khác
- Phường Vĩnh Yên tổng kết công tác dân vận năm 2025 (28/12/2025)
- Ra mắt mô hình "Khu phố không có đơn thư vượt cấp" (15/12/2025)
- Giao ban công tác dân vận tháng 12/2025 (05/01/2026)
""", "2026-02-05", "Đảng ủy phường Vĩnh Yên giao ban công tác dân vận, tiếp dân tháng 1",
E("giao_ban", "2026-01", "2026-02-03"),
[P("Trần Duy Khánh", "Phó Bí thư Thường trực Đảng ủy phường"),
 P("Nguyễn Thị Thu Hà", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Dân vận Đảng ủy phường", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Đỗ Văn Bình", "Tổ trưởng tổ hòa giải khu phố Đống Đa")],
[Q("42 khu phố", 42, "khu phố"), Q("2 buổi", 2, "buổi"), Q("4 buổi", 4, "buổi"), Q("27 đơn, kiến nghị", 27, "đơn, kiến nghị"),
 Q("16 đơn", 16, "đơn"), Q("21 đơn", 21, "đơn"), Q("6 đơn", 6, "đơn"), Q("khoảng 20 hộ dân", 20, "hộ dân", "approx"),
 Q("11 vụ việc", 11, "vụ việc"), Q("9 vụ", 9, "vụ"), Q("0,8 m", 0.8, "m"), Q("2 gia đình", 2, "gia đình"),
 Q("350 suất quà", 350, "suất quà"), Q("khoảng 175 triệu đồng", 175000000, "đồng", "approx"), Q("32%", 32, "%")],
[D("Kế hoạch", "07", "KH/ĐU", "2026-01-06", "Ban Thường vụ Đảng ủy phường", "Kế hoạch số 07-KH/ĐU ngày 6/1/2026"),
 D("Quy chế", "02", "QC/ĐU", None, None, "Quy chế số 02-QC/ĐU")],
[prov("Phú Thọ"), com("Vĩnh Yên")],
["ĐẢNG BỘ PHƯỜNG VĨNH YÊN - TỈNH PHÚ THỌ", "Trang chủ / Xây dựng Đảng / Dân vận", "đường Nguyễn Tất Thành", "Tết Nguyên đán Bính Ngọ"],
["Ngày 05/02/2026 | 09:15", "tháng 1/2026", "1 nhóm", "hơn 5 năm", "1 lần", "tháng 2", "28/2/2026", "khóa XVI", "2026 - 2031", "năm 2025"]))

PAGES.append(page("b2860-angiang-xa-baocao-quy1-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TRI TÔN
Tỉnh An Giang
Trang chủ › Tin tức › Thông tin chỉ đạo, điều hành
10-04-2026 16:50
Xã Tri Tôn: Báo cáo kết quả tiếp công dân, xử lý đơn thư quý I/2026
Ngày 8/4/2026, Đảng ủy xã Tri Tôn ban hành báo cáo kết quả công tác tiếp công dân, xử lý đơn thư, hòa giải ở cơ sở quý I năm 2026 và phương hướng quý II. Báo cáo do đồng chí Chau Ty, Phó Bí thư Đảng ủy, Chủ tịch UBND xã ký, gửi Ban Thường vụ Tỉnh ủy và Ban Tuyên giáo và Dân vận Tỉnh ủy.
Theo báo cáo, quý I/2026, lãnh đạo xã đã tổ chức 13 buổi tiếp công dân, tiếp 76 lượt người; tiếp nhận 31 đơn thư, trong đó 19 đơn tranh chấp đất sản xuất, ranh đất giữa các hộ đồng bào Khmer ở các phum, sóc; 5 đơn khiếu nại về bồi thường dự án nâng cấp tuyến tỉnh lộ 948. Đã giải quyết 24 đơn, đạt 77,4%; còn 7 đơn đang xác minh. Trong quý xảy ra 1 vụ khoảng 35 người dân ấp Ninh Thuận tập trung tại khu vực chân núi Cô Tô phản đối việc khai thác đá; Bí thư Đảng ủy xã đã trực tiếp đối thoại, vận động bà con giải tán.
Xã có 38 tổ hòa giải với 214 hòa giải viên, trong đó có 9 vị sư sãi, 22 người có uy tín trong đồng bào Khmer. Các tổ đã hòa giải thành 17/20 vụ việc, đạt 85%. Tiêu biểu, tổ hòa giải ấp Tà Dung do bà Néang Sa Phal làm Tổ trưởng đã hòa giải thành vụ tranh chấp 2 công đất ruộng giữa 3 hộ kéo dài từ năm 2022. Đại đức Chau Sóc Phol, Phó trụ trì chùa Tà Dung, tham gia 6 buổi tuyên truyền pháp luật đất đai tại chùa.
Báo cáo nêu hạn chế: một số đơn thư chuyển từ các đơn vị hành chính cũ (thị trấn Tri Tôn, xã Núi Tô, xã Châu Lăng) chưa đủ hồ sơ; cán bộ địa chính thiếu, mỗi công chức phải theo dõi hơn 40 hồ sơ.
Quý II, Đảng ủy xã đề ra 6 nhiệm vụ trọng tâm: giải quyết dứt điểm 7 đơn tồn; tổ chức ít nhất 2 buổi đối thoại giữa Bí thư Đảng ủy xã với nhân dân; thực hiện Kế hoạch số 25-KH/ĐU ngày 15/1/2026 của Ban Chấp hành Đảng bộ xã và Hướng dẫn số 03-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang về công tác dân vận năm 2026; hỗ trợ 30 triệu đồng kinh phí hoạt động cho các tổ hòa giải. Đồng chí Danh Hoàng, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Đảng ủy xã được giao theo dõi, đôn đốc.
Theo đánh giá của Đảng ủy xã, sau khi sắp xếp đơn vị hành chính, khối lượng công việc tiếp dân tăng gần gấp ba so với trước, nhưng nhờ phát huy vai trò của sư sãi, người có uy tín và tổ hòa giải ở phum, sóc nên tình hình an ninh trật tự trên địa bàn cơ bản ổn định, không để phát sinh điểm nóng. Báo cáo đề nghị Tỉnh ủy quan tâm bổ sung biên chế cán bộ địa chính cho các xã vùng đồng bào dân tộc thiểu số.
Huỳnh Tâm
Tin liên quan
- Tri Tôn: đối thoại với bà con ấp Ninh Thuận về khai thác đá (20/03/2026)
- Tổ hòa giải ấp Tà Dung - điểm sáng hòa giải vùng đồng bào Khmer (05/03/2026)
- Xã Tri Tôn giao ban công tác dân vận tháng 2/2026 (27/02/2026)
""", "2026-04-10", "Xã Tri Tôn: Báo cáo kết quả tiếp công dân, xử lý đơn thư quý I/2026",
E("bao_cao", "2026-Q1", "2026-04-08"),
[P("Chau Ty", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Néang Sa Phal", "Tổ trưởng"),
 P("Chau Sóc Phol", "Đại đức", "Phó trụ trì chùa Tà Dung"),
 P("Danh Hoàng", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Đảng ủy xã")],
[Q("13 buổi tiếp công dân", 13, "buổi tiếp công dân"), Q("76 lượt người", 76, "lượt người"), Q("31 đơn thư", 31, "đơn thư"),
 Q("19 đơn", 19, "đơn"), Q("5 đơn", 5, "đơn"), Q("24 đơn", 24, "đơn"), Q("77,4%", 77.4, "%"), Q("7 đơn", 7, "đơn"),
 Q("khoảng 35 người dân", 35, "người dân", "approx"), Q("38 tổ hòa giải", 38, "tổ hòa giải"), Q("214 hòa giải viên", 214, "hòa giải viên"),
 Q("9 vị sư sãi", 9, "vị sư sãi"), Q("22 người có uy tín", 22, "người có uy tín"), Q("17/20 vụ việc", 17, "vụ việc"), Q("85%", 85, "%"),
 Q("2 công đất ruộng", 2, "công"), Q("3 hộ", 3, "hộ"), Q("6 buổi tuyên truyền pháp luật đất đai", 6, "buổi tuyên truyền pháp luật đất đai"),
 Q("hơn 40 hồ sơ", 40, "hồ sơ", "over"), Q("6 nhiệm vụ trọng tâm", 6, "nhiệm vụ trọng tâm"), Q("2 buổi đối thoại", 2, "buổi đối thoại"),
 Q("30 triệu đồng", 30000000, "đồng")],
[D("Kế hoạch", "25", "KH/ĐU", "2026-01-15", "Ban Chấp hành Đảng bộ xã", "Kế hoạch số 25-KH/ĐU ngày 15/1/2026"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang", "Hướng dẫn số 03-HD/BTGDVTU")],
[prov("An Giang"), com("Tri Tôn"), com("Núi Tô"), com("Châu Lăng")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TRI TÔN", "Trang chủ › Tin tức › Thông tin chỉ đạo, điều hành", "tỉnh lộ 948", "núi Cô Tô"],
["10-04-2026 16:50", "quý I/2026", "quý I năm 2026", "quý II", "1 vụ", "từ năm 2022", "năm 2026"]))
