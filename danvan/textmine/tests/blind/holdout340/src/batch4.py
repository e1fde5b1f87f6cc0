from lib import *
PAGES = []

PAGES.append(page("b8135-hoabinh-tongket-2024", """
BAN DÂN VẬN TỈNH ỦY HÒA BÌNH
Trang chủ › Tin tức › Dân vận các cấp
Thứ Sáu, 27/12/2024 - 16:20
Hòa Bình: Năm 2024 vận động 1.034 học sinh bỏ học trở lại trường
Ngày 26/12/2024, Ban Dân vận Tỉnh ủy Hòa Bình tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Bùi Văn Khánh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Ảnh: Quang cảnh hội nghị tổng kết.
Năm 2024, một trong những điểm sáng của khối dân vận là công tác phối hợp vận động học sinh bỏ học trở lại trường theo Kế hoạch số 245-KH/BDVTU ngày 18/01/2024. Toàn tỉnh đã rà soát 1.352 học sinh bỏ học và nghỉ học dài ngày, chủ yếu là học sinh người Mường, Dao, Thái ở các huyện Đà Bắc, Mai Châu, Lạc Sơn; vận động được 1.034 em trở lại trường, đạt 76,5%, tăng 11% so với năm 2023.
Các huyện, thành phố đã thành lập 210 tổ vận động, huy động trên 2.800 lượt cán bộ, đảng viên, giáo viên tham gia. Đồng chí Đinh Thị Lan, HUV, Trưởng Ban Dân vận Huyện ủy Đà Bắc, cho biết huyện triển khai mô hình "Mỗi đảng viên nhận đỡ đầu một học sinh có nguy cơ bỏ học" tại 17 xã, thị trấn với 356 học sinh được đỡ đầu. Ông Quách Văn Nghĩa, Bí thư Chi bộ xóm Mỗ, xã Tân Lập, Trưởng ban công tác Mặt trận xóm, chia sẻ xóm có 8 em bỏ học đi làm công nhân, nay 6 em đã trở lại lớp.
Mặt trận và các đoàn thể đã vận động hơn 5,6 tỷ đồng, trao 4.120 suất học bổng, 560 xe đạp và hỗ trợ sửa chữa 35 nhà bán trú dân nuôi. Hội Cựu chiến binh tỉnh nhận đỡ đầu 90 học sinh mồ côi, mỗi em 500.000 đồng/tháng.
Ngoài ra, năm 2024 khối dân vận tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 21, 22-CT/TU về tăng cường công tác dân vận trong tình hình mới và về phòng, chống tảo hôn, hôn nhân cận huyết thống trong vùng đồng bào dân tộc thiểu số; phối hợp tổ chức 128 hội nghị đối thoại; ra mắt 46 mô hình "Dân vận khéo" cấp tỉnh.
Tuy nhiên, hội nghị cũng chỉ ra vẫn còn 318 em chưa trở lại lớp; một số xã còn coi việc vận động học sinh là việc riêng của ngành giáo dục; việc nắm số học sinh theo gia đình ra các tỉnh khác làm ăn còn chậm.
Phát biểu kết luận, đồng chí Bùi Văn Khánh đề nghị năm 2025 các cấp tiếp tục thực hiện Kết luận số 43-KL/TW của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 (khóa XI) về công tác dân vận, chú trọng vận động học sinh ra lớp sau Tết Nguyên đán; phấn đấu giảm ít nhất 20% số học sinh bỏ học so với năm 2024. Đồng chí cũng lưu ý chuẩn bị tốt cho việc sắp xếp tổ chức bộ máy, bảo đảm không gián đoạn công tác dân vận ở cơ sở.
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 18 tập thể và 27 cá nhân xuất sắc.
Thu Hằng
Tin liên quan
- Mai Châu ra mắt mô hình "Bản không có học sinh bỏ học" (20/12/2024)
- Hội nghị giao ban khối dân vận quý IV (10/12/2024)
- Lạc Sơn trao 300 suất học bổng cho học sinh Mường (02/12/2024)
""", "2024-12-27", "Hòa Bình: Năm 2024 vận động 1.034 học sinh bỏ học trở lại trường",
E("tong_ket", "2024", "2024-12-26"),
[P("Bùi Văn Khánh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Lan", "HUV", "Trưởng Ban Dân vận Huyện ủy Đà Bắc"),
 P("Quách Văn Nghĩa", "Bí thư Chi bộ xóm Mỗ", "Trưởng ban công tác Mặt trận xóm")],
[Q("1.034 học sinh", 1034, "học sinh"), Q("1.352 học sinh", 1352, "học sinh"), Q("76,5%", 76.5, "%"), Q("11%", 11, "%"),
 Q("210 tổ vận động", 210, "tổ vận động"), Q("trên 2.800 lượt cán bộ, đảng viên, giáo viên", 2800, "lượt cán bộ, đảng viên, giáo viên", "over"),
 Q("17 xã, thị trấn", 17, "xã, thị trấn"), Q("356 học sinh", 356, "học sinh"), Q("8 em", 8, "em"), Q("6 em", 6, "em"),
 Q("hơn 5,6 tỷ đồng", 5600000000, "đồng", "over"), Q("4.120 suất học bổng", 4120, "suất học bổng"), Q("560 xe đạp", 560, "xe đạp"),
 Q("35 nhà bán trú dân nuôi", 35, "nhà bán trú dân nuôi"), Q("90 học sinh mồ côi", 90, "học sinh mồ côi"),
 Q("500.000 đồng", 500000, "đồng"), Q("128 hội nghị đối thoại", 128, "hội nghị đối thoại"),
 Q("46 mô hình \"Dân vận khéo\" cấp tỉnh", 46, "mô hình"), Q("318 em", 318, "em"), Q("ít nhất 20%", 20, "%", "over"),
 Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân xuất sắc", 27, "cá nhân xuất sắc")],
[D("Kế hoạch", "245", "KH/BDVTU", "2024-01-18", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 245-KH/BDVTU ngày 18/01/2024"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận số 43-KL/TW")],
[prov("Hòa Bình"), com("Tân Lập")],
["BAN DÂN VẬN TỈNH ỦY HÒA BÌNH", "Trang chủ › Tin tức › Dân vận các cấp", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Mỗi đảng viên nhận đỡ đầu một học sinh có nguy cơ bỏ học", "Dân vận khéo", "Nghị quyết Trung ương 7 (khóa XI)",
 "Hội Cựu chiến binh tỉnh"],
["Thứ Sáu, 27/12/2024 - 16:20", "năm 2024", "năm 2025", "năm 2023", "Nghị quyết Trung ương 7", "khóa XI"]))

PAGES.append(page("b8136-ninhthuan-soket-2025", """
Báo Ninh Thuận điện tử
Xã hội > Giáo dục - Đào tạo
Ngày 27/06/2025 | 09:15
Ninh Thuận sơ kết 6 tháng công tác vận động học sinh dân tộc thiểu số đến trường
Sáng 26/6, Ban Dân vận Tỉnh ủy phối hợp với Sở Giáo dục và Đào tạo và Ban Dân tộc tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2025 công tác vận động học sinh bỏ học trở lại trường vùng đồng bào Chăm, Raglai. Đồng chí Pinăng Thị Hoa, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Đồng chí Pinăng Thị Hoa phát biểu kết luận hội nghị. Ảnh: Văn Nỷ
Báo cáo cho biết, học kỳ II năm học 2024 - 2025, toàn tỉnh có 276 học sinh bỏ học, trong đó học sinh Raglai 158 em, học sinh Chăm 64 em, tập trung ở các huyện Bác Ái, Thuận Bắc, Ninh Sơn. Từ tháng 1 đến tháng 6/2025, các cấp đã tổ chức 342 buổi tuyên truyền tại thôn, làng với hơn 9.000 lượt người nghe; vận động được 197 em trở lại lớp, đạt 71,4%.
Theo đồng chí Katơr Thị Ngọc, HUV, Trưởng Ban Dân vận Huyện ủy Bác Ái, thực hiện Kế hoạch 72-KH/HU của Huyện ủy, các xã Phước Bình, Phước Hòa, Phước Tân đã thành lập 24 tổ "3 cùng" gồm cán bộ xã, giáo viên và người có uy tín, đến từng chòi rẫy vận động học sinh. Ông Chamaléa Ếch, người có uy tín thôn Gia É, xã Phước Bình, nói: "Mình nói tiếng Raglai, bà con nghe. Có nhà mình phải đến 5 lần".
Cả Sư Đàng Văn Hiếu, Phó Trưởng Ban Thường trực Hội đồng Chức sắc Bà-la-môn tỉnh, cho biết các chức sắc đã lồng ghép việc khuyến khích con em đi học vào các lễ Katê, Ramưwan. Hội đồng đã trao 60 suất học bổng, mỗi suất 800.000 đồng cho học sinh Chăm nghèo học giỏi.
Đại diện Sở Giáo dục và Đào tạo cho biết, ngành đang thực hiện Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, đầu tư 14 phòng học, 9 nhà ở bán trú với tổng kinh phí khoảng 23 tỷ đồng.
Hội nghị cũng nêu khó khăn: một số em bỏ học đã quá tuổi, không muốn quay lại học cùng em nhỏ; nhiều gia đình đi làm thuê theo mùa vụ ở các tỉnh Tây Nguyên; việc sáp nhập trường, điểm trường khiến quãng đường đến lớp của một số em xa hơn.
Phát biểu kết luận, đồng chí Pinăng Thị Hoa đề nghị các địa phương tiếp tục thực hiện Hướng dẫn số 31-HD/BDVTU của Ban Dân vận Tỉnh ủy; chuẩn bị tốt việc bàn giao hồ sơ theo dõi học sinh khi thực hiện mô hình chính quyền địa phương hai cấp từ ngày 01/7/2025, không để "khoảng trống" trong công tác vận động; phấn đấu trước khai giảng năm học 2025 - 2026 vận động thêm từ 50 học sinh trở lên.
Văn Nỷ
Tin khác
- Bác Ái trao 100 xe đạp cho học sinh Raglai (20/06/2025)
- Hội nghị người có uy tín tỉnh Ninh Thuận năm 2025 (12/06/2025)
- Thuận Bắc: ra mắt mô hình "Làng không có học sinh bỏ học" (30/05/2025)
""", "2025-06-27", "Ninh Thuận sơ kết 6 tháng công tác vận động học sinh dân tộc thiểu số đến trường",
E("so_ket", "2025-H1", "2025-06-26"),
[P("Pinăng Thị Hoa", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Katơr Thị Ngọc", "HUV", "Trưởng Ban Dân vận Huyện ủy Bác Ái"),
 P("Chamaléa Ếch", "người có uy tín thôn Gia É"),
 P("Đàng Văn Hiếu", "Cả Sư", "Phó Trưởng Ban Thường trực Hội đồng Chức sắc Bà-la-môn tỉnh")],
[Q("276 học sinh", 276, "học sinh"), Q("158 em", 158, "em"), Q("64 em", 64, "em"), Q("342 buổi tuyên truyền", 342, "buổi tuyên truyền"),
 Q("hơn 9.000 lượt người nghe", 9000, "lượt người nghe", "over"), Q("197 em", 197, "em"), Q("71,4%", 71.4, "%"),
 Q("24 tổ \"3 cùng\"", 24, "tổ"), Q("60 suất học bổng", 60, "suất học bổng"), Q("800.000 đồng", 800000, "đồng"),
 Q("14 phòng học", 14, "phòng học"), Q("9 nhà ở bán trú", 9, "nhà ở bán trú"),
 Q("khoảng 23 tỷ đồng", 23000000000, "đồng", "approx"), Q("từ 50 học sinh trở lên", 50, "học sinh", "over")],
[D("Kế hoạch", "72", "KH/HU", None, "Huyện ủy", "Kế hoạch 72-KH/HU"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Hướng dẫn", "31", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 31-HD/BDVTU")],
[prov("Ninh Thuận"), com("Phước Bình"), com("Phước Hòa"), com("Phước Tân")],
["Báo Ninh Thuận điện tử", "Xã hội > Giáo dục - Đào tạo", "Đồng chí Pinăng Thị Hoa phát biểu kết luận hội nghị. Ảnh: Văn Nỷ",
 "3 cùng", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Hội đồng Chức sắc Bà-la-môn tỉnh"],
["Ngày 27/06/2025 | 09:15", "6 tháng đầu năm 2025", "năm học 2024 - 2025", "tháng 6/2025", "5 lần", "01/7/2025",
 "năm học 2025 - 2026", "3 cùng"]))

PAGES.append(page("b8137-tuyenquang-lungcu-phongsu-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Xã hội / Giáo dục / Phóng sự
26 tháng 9, 2025 | 07:30
Theo chân "đội đặc nhiệm" đưa học trò về lớp ở xã Lũng Cú
Cán bộ xã Lũng Cú trò chuyện với gia đình học sinh ở thôn Séo Lủng. Ảnh: Giàng Lan
Đầu năm học 2025 - 2026, xã Lũng Cú (tỉnh Tuyên Quang) có 47 học sinh chưa đến lớp, phần lớn là học sinh lớp 6, lớp 10 người Mông, Lô Lô. Thay vì chờ nhà trường báo cáo, xã thành lập "đội đặc nhiệm" 12 người gồm cán bộ xã, công an, bộ đội biên phòng, giáo viên và người có uy tín, chia nhau đến từng thôn.
Đội do ông Sùng Mí Chơ, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Lũng Cú làm đội trưởng. Ông Chơ kể: sau sắp xếp đơn vị hành chính, xã Lũng Cú mới có diện tích rộng gấp 3 lần trước, có thôn cách trung tâm xã hơn 20 km đường núi. "Không đi ngay thì các em theo bố mẹ sang xã khác làm thuê, lúc đó khó tìm lắm", ông nói.
Trong 3 tuần, đội đã đến 41 gia đình; có nhà phải đến 4 - 5 lần. Đến ngày 24/9, 39 em đã đến lớp; 8 em còn lại, 5 em đã lấy vợ, lấy chồng, 3 em đi làm thuê ở Bắc Ninh.
Chúng tôi theo chân đội vào thôn Séo Lủng. Gia đình ông Vàng Chúng Dình có con gái Vàng Thị Mỷ, 15 tuổi, nghỉ học ở nhà trông em. Bà Lò Thị Dua, Phó Chủ tịch Hội Liên hiệp Phụ nữ xã, người Lô Lô, ngồi bên bếp lửa nói chuyện với mẹ Mỷ bằng tiếng Mông. Thiếu tá Hầu Mí Lử, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Lũng Cú, hứa đồn sẽ nhận Mỷ vào chương trình "Nâng bước em tới trường", hỗ trợ 500.000 đồng mỗi tháng. Sáng hôm sau, Mỷ đã có mặt ở lớp.
Theo các đồng chí Phó Chủ tịch UBND xã Lũng Cú: Ly Mí Giàng, Nguyễn Văn Hùng, xã đang thực hiện Nghị quyết số 05-NQ/ĐU của Ban Chấp hành Đảng bộ xã về phát triển giáo dục giai đoạn 2025 - 2030, đặt mục tiêu đến năm 2030 không còn học sinh bỏ học; mỗi năm dành khoảng 150 triệu đồng từ ngân sách xã để hỗ trợ học sinh nghèo.
Thầy Phàn Văn Sính, Hiệu trưởng Trường PTDTBT THCS Lũng Cú, cho biết trường hiện có 586 học sinh, trong đó 412 em ăn, ở bán trú. Nhà trường thực hiện chính sách theo Nghị định số 66/2025/NĐ-CP của Chính phủ quy định chính sách cho trẻ em nhà trẻ, học sinh, học viên ở vùng đồng bào dân tộc thiểu số, vùng miền núi; mỗi em bán trú được hỗ trợ 15 kg gạo/tháng.
Theo cán bộ văn hóa - xã hội xã, nguyên nhân chính khiến các em nghỉ học vẫn là gia đình khó khăn, nhà xa trường, một số em học lực yếu, ngại đến lớp. Vì vậy, bên cạnh vận động, xã đề nghị nhà trường tổ chức phụ đạo để các em theo kịp bạn bè.
Trên đường về, ông Chơ bảo: "Mỗi em trở lại lớp là một niềm vui. Đội chúng tôi sẽ còn đi nữa, đến khi nào đủ sĩ số mới thôi".
Bài, ảnh: Giàng Lan
Tin liên quan
- Tuyên Quang: hơn 420 nghìn học sinh bước vào năm học mới (05/09/2025)
- Xã Mèo Vạc ra mắt tổ vận động học sinh ra lớp (15/09/2025)
- Trao 200 xe đạp cho học sinh vùng cao (10/09/2025)
""", "2025-09-26", "Theo chân \"đội đặc nhiệm\" đưa học trò về lớp ở xã Lũng Cú",
E("khac", None, None),
[P("Sùng Mí Chơ", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Lũng Cú", "đội trưởng"),
 P("Vàng Chúng Dình"), P("Vàng Thị Mỷ"),
 P("Lò Thị Dua", "Phó Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Hầu Mí Lử", "Thiếu tá", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Lũng Cú"),
 P("Ly Mí Giàng", "Phó Chủ tịch UBND xã Lũng Cú"),
 P("Nguyễn Văn Hùng", "Phó Chủ tịch UBND xã Lũng Cú"),
 P("Phàn Văn Sính", "Hiệu trưởng Trường PTDTBT THCS Lũng Cú")],
[Q("47 học sinh", 47, "học sinh"), Q("12 người", 12, "người"), Q("hơn 20 km", 20, "km", "over"), Q("41 gia đình", 41, "gia đình"),
 Q("39 em", 39, "em"), Q("8 em", 8, "em"), Q("5 em", 5, "em"), Q("3 em", 3, "em"), Q("500.000 đồng", 500000, "đồng"),
 Q("khoảng 150 triệu đồng", 150000000, "đồng", "approx"), Q("586 học sinh", 586, "học sinh"), Q("412 em", 412, "em"),
 Q("15 kg", 15, "kg")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Ban Chấp hành Đảng bộ xã", "Nghị quyết số 05-NQ/ĐU"),
 D("Nghị định", "66", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 66/2025/NĐ-CP")],
[prov("Tuyên Quang"), com("Lũng Cú"), prov("Bắc Ninh")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Xã hội / Giáo dục / Phóng sự",
 "Cán bộ xã Lũng Cú trò chuyện với gia đình học sinh ở thôn Séo Lủng. Ảnh: Giàng Lan", "đội đặc nhiệm",
 "Nâng bước em tới trường"],
["26 tháng 9, 2025 | 07:30", "năm học 2025 - 2026", "lớp 6", "lớp 10", "gấp 3 lần", "3 tuần", "4 - 5 lần", "15 tuổi",
 "giai đoạn 2025 - 2030", "năm 2030"]))

PAGES.append(page("b8138-gialai-taphuan-2025", """
Báo và Phát thanh, Truyền hình Gia Lai
Trang chủ >> Xã hội >> Giáo dục
Thứ Năm, 23/10/2025
Bồi dưỡng kỹ năng vận động học sinh bỏ học cho cán bộ cấp xã
(GLO) - Trong 2 ngày 21 và 22/10, tại phường Quy Nhơn, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai phối hợp với Sở Giáo dục và Đào tạo tổ chức lớp tập huấn kỹ năng công tác dân vận trong vận động học sinh bỏ học trở lại trường năm 2025 cho 180 cán bộ phụ trách văn hóa - xã hội, Mặt trận và đoàn thể của 58 xã, phường khu vực phía Đông và phía Tây tỉnh.
Lớp tập huấn kỹ năng công tác dân vận năm 2025.
Phát biểu khai mạc, đồng chí Rơ Châm H'Yên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy cho biết, sau hợp nhất, tỉnh Gia Lai có 135 xã, phường, nhiều xã mới có địa bàn rộng, đông đồng bào Jrai, Bahnar, Hrê, Chăm. Đầu năm học 2025 - 2026, toàn tỉnh có 1.764 học sinh chưa ra lớp hoặc đã nghỉ học, trong đó khoảng 60% thuộc các xã vùng đồng bào dân tộc thiểu số.
Các học viên được TS. Nguyễn Thị Thanh Bình, Trưởng phòng Giáo dục mầm non - phổ thông Sở Giáo dục và Đào tạo, phổ biến Nghị định số 66/2025/NĐ-CP của Chính phủ và Kế hoạch số 214/KH-UBND ngày 15/8/2025 của UBND tỉnh về huy động học sinh ra lớp; đồng chí Đinh Văn Hrin, Trưởng phòng Dân vận, Dân tộc và Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy, hướng dẫn kỹ năng nắm tình hình, tiếp cận gia đình học sinh, phối hợp với người có uy tín và chức sắc tôn giáo.
Tại phần trao đổi, bà Siu H'Nơ, Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Pa, chia sẻ kinh nghiệm "3 bám" (bám làng, bám nhà, bám học sinh) giúp xã vận động 46/52 em trở lại lớp chỉ trong 1 tháng. Ông Đinh Văn Thơm, Phó Chủ tịch UBND xã An Lão, đề nghị bố trí thêm kinh phí đưa đón học sinh ở các làng xa, nơi có em phải đi bộ 8 - 10 km mỗi ngày.
Các học viên cũng làm bài thu hoạch, xây dựng kế hoạch vận động cụ thể cho xã, phường mình; 100% học viên đạt yêu cầu. Kinh phí lớp học khoảng 120 triệu đồng từ nguồn Chương trình mục tiêu quốc gia.
Bế giảng lớp học, đồng chí Rơ Châm H'Yên đề nghị các học viên về cơ sở tham mưu cấp ủy xã thực hiện Hướng dẫn số 08-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy; phấn đấu đến hết học kỳ I, không dưới 85% số học sinh bỏ học được vận động trở lại lớp; báo cáo kết quả về Ban trước ngày 20/12.
Cùng ngày, Ban Tuyên giáo và Dân vận Tỉnh ủy trao 30 suất học bổng, mỗi suất 2 triệu đồng cho học sinh người Bahnar, Hrê vừa trở lại trường ở các xã An Lão, Vĩnh Thạnh.
Hồng Thi
Tin liên quan
- Gia Lai: 100% xã, phường có tổ vận động học sinh ra lớp (15/10/2025)
- Hội nghị người có uy tín trong đồng bào dân tộc thiểu số (08/10/2025)
- Trao 500 xe đạp cho học sinh vùng khó (01/10/2025)
""", "2025-10-23", "Bồi dưỡng kỹ năng vận động học sinh bỏ học cho cán bộ cấp xã",
E("tap_huan", "2025", "2025-10-21"),
[P("Rơ Châm H'Yên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thanh Bình", "TS.", "Trưởng phòng Giáo dục mầm non - phổ thông Sở Giáo dục và Đào tạo"),
 P("Đinh Văn Hrin", "Trưởng phòng Dân vận, Dân tộc và Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Siu H'Nơ", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Pa"),
 P("Đinh Văn Thơm", "Phó Chủ tịch UBND xã An Lão")],
[Q("180 cán bộ", 180, "cán bộ"), Q("58 xã, phường", 58, "xã, phường"), Q("135 xã, phường", 135, "xã, phường"),
 Q("1.764 học sinh", 1764, "học sinh"), Q("khoảng 60%", 60, "%", "approx"), Q("46/52 em", 46, "em"),
 Q("8 - 10 km", 8, "km"), Q("8 - 10 km", 10, "km"), Q("100% học viên", 100, "%"),
 Q("khoảng 120 triệu đồng", 120000000, "đồng", "approx"), Q("không dưới 85%", 85, "%", "over"),
 Q("30 suất học bổng", 30, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Nghị định", "66", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 66/2025/NĐ-CP"),
 D("Kế hoạch", "214", "KH-UBND", "2025-08-15", "UBND tỉnh", "Kế hoạch số 214/KH-UBND ngày 15/8/2025"),
 D("Hướng dẫn", "08", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 08-HD/BTGDVTU")],
[prov("Gia Lai"), com("Quy Nhơn"), com("Ia Pa"), com("An Lão"), com("Vĩnh Thạnh")],
["Báo và Phát thanh, Truyền hình Gia Lai", "Trang chủ >> Xã hội >> Giáo dục", "(GLO)",
 "Lớp tập huấn kỹ năng công tác dân vận năm 2025.", "3 bám", "Chương trình mục tiêu quốc gia"],
["Thứ Năm, 23/10/2025", "2 ngày", "năm 2025", "năm học 2025 - 2026", "1 tháng", "học kỳ I", "20/12", "3 bám"]))

PAGES.append(page("b8139-vinhlong-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG
Trang chủ | Dân vận | Tin hoạt động
2026-01-16 08:30
Vĩnh Long tổng kết công tác vận động học sinh bỏ học trở lại trường năm 2025
Toàn cảnh hội nghị.
Ngày 14/01/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long phối hợp với Sở Giáo dục và Đào tạo tổ chức hội nghị tổng kết công tác phối hợp vận động học sinh bỏ học trở lại trường năm 2025. Đồng chí Kim Thị Sa Rươne, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy và đồng chí Trần Văn Tâm, Giám đốc Sở Giáo dục và Đào tạo đồng chủ trì.
Năm 2025 là năm đầu tiên tỉnh Vĩnh Long mới (hợp nhất từ 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh) vận hành chính quyền địa phương hai cấp với 124 xã, phường. Trong bối cảnh đó, công tác vận động học sinh bỏ học vẫn được duy trì: toàn tỉnh đã rà soát 2.931 học sinh bỏ học, vận động được 2.215 em trở lại trường, đạt 75,6%. Khu vực có nhiều học sinh dân tộc Khmer như các xã Trà Cú, Tập Sơn, Long Hiệp đạt trên 80%.
Thực hiện Kế hoạch số 19-KH/BTGDVTU ngày 20/8/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy, 124/124 xã, phường thành lập tổ vận động; các chùa Khmer mở 65 lớp dạy chữ Khmer hè và 18 lớp phụ đạo cho học sinh yếu. Mặt trận và các đoàn thể vận động được hơn 9,4 tỷ đồng, trao 6.300 suất học bổng, 1.120 xe đạp và 420 chiếc áo phao cho học sinh vùng sông nước.
Hòa thượng Thạch Sóc Xane, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Âng, phường Nguyệt Hóa, cho biết nhà chùa cho 34 học sinh nghèo ở nhờ để đi học. Bà Sơn Thị Sà Phol, Bí thư Đảng ủy xã Trà Cú, chia sẻ: xã giao mỗi chi bộ ấp theo dõi từng học sinh, nhờ đó 96 em đã trở lại lớp. Ông Nguyễn Văn Út, người có uy tín ấp Giồng Trôm, xã Long Hiệp, cũng tham gia vận động 11 gia đình.
Hội nghị chỉ ra hạn chế: số liệu giữa các xã mới hợp nhất chưa thống nhất; khoảng 500 em theo gia đình lên TP Hồ Chí Minh, Đồng Nai làm ăn chưa liên lạc được; một số xã chưa bố trí cán bộ theo dõi chuyên trách.
Phát biểu kết luận, đồng chí Kim Thị Sa Rươne đề nghị năm 2026 các cấp ủy xã, phường tiếp tục thực hiện Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong vùng đồng bào Khmer và về phòng, chống học sinh bỏ học; phấn đấu tỷ lệ học sinh bỏ học toàn tỉnh dưới 0,7%. Đồng chí Trần Văn Tâm cho biết Sở sẽ trình UBND tỉnh ban hành đề án giữ sĩ số học sinh giai đoạn 2026 - 2030.
Dịp này, UBND tỉnh tặng Bằng khen cho 12 tập thể và 20 cá nhân; Ban Tuyên giáo và Dân vận Tỉnh ủy tặng Giấy khen cho 25 cá nhân tiêu biểu.
Ngọc Hân
Các tin khác
- Vĩnh Long: giao ban công tác tuyên giáo và dân vận quý IV (30/12/2025)
- Trao 300 phần quà Tết cho học sinh Khmer nghèo (25/12/2025)
- Hội nghị đối thoại với chức sắc tôn giáo năm 2025 (12/12/2025)
""", "2026-01-16", "Vĩnh Long tổng kết công tác vận động học sinh bỏ học trở lại trường năm 2025",
E("tong_ket", "2025", "2026-01-14"),
[P("Kim Thị Sa Rươne", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Văn Tâm", "Giám đốc Sở Giáo dục và Đào tạo"),
 P("Thạch Sóc Xane", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Âng"),
 P("Sơn Thị Sà Phol", "Bí thư Đảng ủy xã Trà Cú"),
 P("Nguyễn Văn Út", "người có uy tín ấp Giồng Trôm")],
[Q("3 tỉnh", 3, "tỉnh"), Q("124 xã, phường", 124, "xã, phường"), Q("2.931 học sinh", 2931, "học sinh"), Q("2.215 em", 2215, "em"),
 Q("75,6%", 75.6, "%"), Q("trên 80%", 80, "%", "over"), Q("124/124 xã, phường", 124, "xã, phường"),
 Q("65 lớp dạy chữ Khmer hè", 65, "lớp dạy chữ Khmer hè"), Q("18 lớp phụ đạo", 18, "lớp phụ đạo"),
 Q("hơn 9,4 tỷ đồng", 9400000000, "đồng", "over"), Q("6.300 suất học bổng", 6300, "suất học bổng"),
 Q("1.120 xe đạp", 1120, "xe đạp"), Q("420 chiếc áo phao", 420, "chiếc áo phao"), Q("34 học sinh nghèo", 34, "học sinh nghèo"),
 Q("96 em", 96, "em"), Q("11 gia đình", 11, "gia đình"), Q("khoảng 500 em", 500, "em", "approx"), Q("dưới 0,7%", 0.7, "%"),
 Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân", 20, "cá nhân"), Q("25 cá nhân tiêu biểu", 25, "cá nhân tiêu biểu")],
[D("Kế hoạch", "19", "KH/BTGDVTU", "2025-08-20", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 19-KH/BTGDVTU ngày 20/8/2025"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Cú"), com("Tập Sơn"), com("Long Hiệp"), com("Nguyệt Hóa"),
 prov("TP Hồ Chí Minh"), prov("Đồng Nai")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG", "Trang chủ | Dân vận | Tin hoạt động", "Toàn cảnh hội nghị.",
 "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["2026-01-16 08:30", "năm 2025", "năm 2026", "giai đoạn 2026 - 2030"]))

PAGES.append(page("b8140-lamdong-giaoban-q1-2026", """
Trang thông tin điện tử Đảng bộ tỉnh Lâm Đồng
Hôm nay: Thứ Năm, 09/04/2026
Trang chủ » Dân vận » Hoạt động
Cập nhật lúc 10:10 ngày 08/04/2026
Ảnh: Đồng chí K'Mai phát biểu tại giao ban.
Giao ban quý I/2026: Giữ vững sĩ số học sinh sau Tết ở các xã vùng đồng bào
Ngày 7/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức giao ban công tác dân vận quý I năm 2026 với Ban Tuyên giáo và Dân vận Đảng ủy các xã, phường, đặc khu. Đồng chí K'Mai, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, sau Tết Nguyên đán Bính Ngọ, toàn tỉnh có 1.482 học sinh nghỉ học không lý do, tập trung ở các xã vùng đồng bào K'Ho, Mạ, Mnông, S'tiêng thuộc khu vực Đắk Nông cũ và phía Tây Lâm Đồng. Các xã đã thành lập 196 tổ vận động; đến ngày 31/3/2026 đã có 1.397 em trở lại lớp, đạt 94,3%.
Tại xã Quảng Tín, bà Thị Hương, Phó Bí thư Đảng ủy, Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã, cho biết xã có 58 học sinh nghỉ học sau Tết, phần lớn là học sinh lớp 8, lớp 9 người Mnông theo cha mẹ đi hái cà phê muộn; xã giao chi bộ các bon phối hợp với giáo viên đưa đón, nay đã vận động được 53 em.
Các đồng chí Bí thư Đảng ủy xã Đinh Trang Thượng, Lộc Bắc, K'Brèo cho biết các xã đã lồng ghép nội dung vận động học sinh vào các buổi sinh hoạt của Hội Người cao tuổi, Hội Phụ nữ ở thôn, bon. Già làng Điểu K'Rang, người có uy tín bon Bu N'Đơr, xã Quảng Tín, đã cùng tổ vận động đến 7 gia đình trong bon để vận động.
Ở khu vực ven biển phía Đông, xã Phan Rí Cửa vận động được 41 em con ngư dân bỏ học theo cha mẹ đi biển. Mặt trận các xã, phường trao 1.250 suất học bổng, trị giá khoảng 1,1 tỷ đồng.
Quý I, Ban Tuyên giáo và Dân vận Tỉnh ủy cũng tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 07-CT/TU ngày 12/02/2026 về tăng cường sự lãnh đạo của các cấp ủy đối với công tác huy động, duy trì sĩ số học sinh; hướng dẫn các xã sơ kết 6 tháng thực hiện Quy định số 11-QĐ/BTGDVTU về chế độ giao ban dân vận cấp xã.
Các ý kiến tại giao ban cho rằng, sau khi sắp xếp, địa bàn nhiều xã rộng, cán bộ làm công tác dân vận ở cấp xã phần lớn mới được phân công, chưa quen địa bàn; một số nơi chưa có sự phối hợp chặt chẽ giữa nhà trường với ban công tác Mặt trận thôn, bon, nhất là ở những nơi có nhiều hộ dân đi làm ăn theo mùa vụ.
Kết luận giao ban, đồng chí K'Mai đề nghị quý II các xã, phường, đặc khu tiếp tục theo dõi 85 em chưa trở lại lớp; chủ động phòng ngừa học sinh bỏ học dịp hè; phấn đấu năm 2026 tỷ lệ học sinh bỏ học toàn tỉnh dưới 0,5%.
Phạm Hòa
Tin liên quan
- Lâm Đồng: 100% xã có tổ vận động học sinh ra lớp (28/03/2026)
- Hội nghị người có uy tín khu vực Đắk Nông cũ (20/03/2026)
- Bình Thuận cũ trao 400 xe đạp cho học sinh (10/03/2026)
""", "2026-04-08", "Giao ban quý I/2026: Giữ vững sĩ số học sinh sau Tết ở các xã vùng đồng bào",
E("giao_ban", "2026-Q1", "2026-04-07"),
[P("K'Mai", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thị Hương", "Phó Bí thư Đảng ủy", "Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã"),
 P("Điểu K'Rang", "Già làng", "người có uy tín bon Bu N'Đơr")],
[Q("1.482 học sinh", 1482, "học sinh"), Q("196 tổ vận động", 196, "tổ vận động"), Q("1.397 em", 1397, "em"), Q("94,3%", 94.3, "%"),
 Q("58 học sinh", 58, "học sinh"), Q("53 em", 53, "em"), Q("7 gia đình", 7, "gia đình"), Q("41 em", 41, "em"),
 Q("1.250 suất học bổng", 1250, "suất học bổng"), Q("khoảng 1,1 tỷ đồng", 1100000000, "đồng", "approx"),
 Q("85 em", 85, "em"), Q("dưới 0,5%", 0.5, "%")],
[D("Chỉ thị", "07", "CT/TU", "2026-02-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU ngày 12/02/2026"),
 D("Quy định", "11", "QĐ/BTGDVTU", None, None, "Quy định số 11-QĐ/BTGDVTU")],
[prov("Lâm Đồng"), com("Quảng Tín"), com("Đinh Trang Thượng"), com("Lộc Bắc"), com("K'Brèo"), com("Phan Rí Cửa")],
["Trang thông tin điện tử Đảng bộ tỉnh Lâm Đồng", "Trang chủ » Dân vận » Hoạt động", "Ảnh: Đồng chí K'Mai phát biểu tại giao ban.",
 "Tết Nguyên đán Bính Ngọ", "Hội Người cao tuổi"],
["Hôm nay: Thứ Năm, 09/04/2026", "quý I năm 2026", "31/3/2026", "lớp 8", "lớp 9", "6 tháng", "quý II", "năm 2026"]))
