from lib import *
PAGES = []

PAGES.append(page("b4367-vinhlong-sotxuathuyet-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Thời sự - Xã hội / Y tế
26/09/2025 - 15:10
Ra quân diệt lăng quăng tại phường Nguyệt Hóa. Ảnh: Thạch Dung
Phụ nữ, thanh niên "gõ cửa từng nhà" diệt lăng quăng
Sáng 25/9, Ủy ban MTTQ Việt Nam tỉnh phối hợp Sở Y tế ra quân chiến dịch vệ sinh môi trường, diệt lăng quăng phòng, chống sốt xuất huyết đợt cao điểm mùa mưa năm 2025 tại phường Nguyệt Hóa, đồng thời ở tất cả 124 xã, phường của tỉnh với hơn 15.000 đoàn viên, hội viên, nhân dân tham gia.
Tham dự lễ ra quân có các đồng chí: Kim Ngọc Thái, Phó Chủ tịch UBND tỉnh; Thạch Thị Chanh Tha, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Nguyễn Thị Bích Ngân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; Kiên Sa Rết, Phó Giám đốc Sở Y tế.
Theo Sở Y tế, từ đầu năm đến ngày 21/9/2025, tỉnh Vĩnh Long ghi nhận 5.864 ca sốt xuất huyết, tăng 38,6% so với cùng kỳ, 2 ca tử vong; trong đó địa bàn tỉnh Trà Vinh cũ chiếm gần 40% số ca. Các phường Nguyệt Hóa, Long Đức và xã Hòa Minh có chỉ số mật độ lăng quăng cao.
Thực hiện Công văn số 415/UBND-KGVX của UBND tỉnh và Kế hoạch số 36/KH-MTTQ-BTT ngày 18/8/2025 của Ban Thường trực Ủy ban MTTQ tỉnh, Mặt trận và các tổ chức chính trị - xã hội đã thành lập 1.286 tổ xung kích diệt lăng quăng tại các ấp, khóm; huy động 3.400 chi hội phụ nữ, 1.820 chi đoàn tham gia. Mỗi tổ phụ trách từ 20 đến 30 hộ, kiểm tra ít nhất 1 lần/tuần.
Tại phường Nguyệt Hóa, bà Sơn Thị Sa Phine, Chủ tịch Ủy ban MTTQ Việt Nam phường, cho biết phường có 3.126 hộ, trong đó 1.045 hộ đồng bào Khmer; chùa Kompông Chrây đã cho phép tổ xung kích nói chuyện phòng bệnh với phật tử sau các buổi lễ. Anh Thạch Rô Ta, Bí thư Đoàn phường, cho biết chỉ trong buổi sáng, 120 đoàn viên đã thu gom khoảng 3 tấn vật dụng phế thải và thả cá bảy màu tại 86 hộ.
Phát biểu tại lễ ra quân, đồng chí Thạch Thị Chanh Tha đề nghị Ủy ban MTTQ các xã, phường phát huy vai trò người có uy tín, sư sãi, Achar trong vận động đồng bào; công khai danh sách hộ để có lăng quăng tại cuộc họp khóm, ấp. Đồng chí Kim Ngọc Thái yêu cầu ngành y tế bảo đảm đủ thuốc, hóa chất, giường bệnh, không để xảy ra tử vong do chuyển viện muộn.
Dịp này, Ủy ban MTTQ tỉnh trao 500 bộ dụng cụ vệ sinh môi trường và 300 phần quà, mỗi phần trị giá 400.000 đồng, cho hộ nghèo tại các phường, xã có dịch.
Thạch Dung
Lượt xem: 2.084
Tin liên quan
- Vĩnh Long: sốt xuất huyết tăng cao tại nhiều địa phương (19/09/2025)
- Hội LHPN tỉnh ra mắt 50 mô hình "Nhà sạch, vườn đẹp" (10/09/2025)
- Trà Cú: tổ xung kích phòng dịch hoạt động hiệu quả (02/09/2025)
""", "2025-09-26", 'Phụ nữ, thanh niên "gõ cửa từng nhà" diệt lăng quăng',
E("khac", None, "2025-09-25"),
[P("Kim Ngọc Thái", "Phó Chủ tịch UBND tỉnh"),
 P("Thạch Thị Chanh Tha", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Bích Ngân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Kiên Sa Rết", "Phó Giám đốc Sở Y tế"),
 P("Sơn Thị Sa Phine", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Thạch Rô Ta", "Bí thư Đoàn phường")],
[Q("124 xã, phường", 124, "xã, phường"), Q("hơn 15.000 đoàn viên, hội viên, nhân dân", 15000, "đoàn viên, hội viên, nhân dân", "over"),
 Q("5.864 ca sốt xuất huyết", 5864, "ca sốt xuất huyết"), Q("38,6%", 38.6, "%"), Q("2 ca tử vong", 2, "ca tử vong"), Q("gần 40%", 40, "%", "approx"),
 Q("1.286 tổ xung kích", 1286, "tổ xung kích"), Q("3.400 chi hội phụ nữ", 3400, "chi hội phụ nữ"), Q("1.820 chi đoàn", 1820, "chi đoàn"),
 Q("từ 20 đến 30 hộ", 20, "hộ", "approx"), Q("3.126 hộ", 3126, "hộ"), Q("1.045 hộ đồng bào Khmer", 1045, "hộ đồng bào Khmer"),
 Q("120 đoàn viên", 120, "đoàn viên"), Q("khoảng 3 tấn", 3, "tấn", "approx"), Q("86 hộ", 86, "hộ"),
 Q("500 bộ dụng cụ vệ sinh môi trường", 500, "bộ dụng cụ vệ sinh môi trường"), Q("300 phần quà", 300, "phần quà"), Q("400.000 đồng", 400000, "đồng")],
[D("Công văn", "415", "UBND-KGVX", None, "UBND tỉnh", "Công văn số 415/UBND-KGVX"),
 D("Kế hoạch", "36", "KH-MTTQ-BTT", "2025-08-18", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 36/KH-MTTQ-BTT ngày 18/8/2025")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Nguyệt Hóa"), com("Long Đức"), com("Hòa Minh")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Thời sự - Xã hội / Y tế", "Ra quân diệt lăng quăng tại phường Nguyệt Hóa. Ảnh: Thạch Dung", "gõ cửa từng nhà",
 "chùa Kompông Chrây", "Lượt xem: 2.084"],
["26/09/2025 - 15:10", "năm 2025", "1 lần/tuần", "Lượt xem: 2.084"]))

PAGES.append(page("b4368-lamdong-tiemchung-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG
You are here: Trang chủ / Giám sát - Phản biện xã hội
Thứ Sáu, 14/11/2025 - 16:00
Các đại biểu dự hội nghị phản biện. Ảnh: K'Trinh
Phản biện xã hội dự thảo Nghị quyết hỗ trợ nhân viên y tế thôn, bon và cô đỡ thôn bản
Ngày 12/11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh quy định mức hỗ trợ hằng tháng cho nhân viên y tế thôn, bon, tổ dân phố và cô đỡ thôn bản trên địa bàn tỉnh Lâm Đồng sau sắp xếp.
Chủ trì hội nghị có ông Ka Sô Ha Phin, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Đàng Thị Mỹ Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Dân chủ - Pháp luật. Tham dự có ông Y Quang B'Krông, Phó Giám đốc Sở Y tế; các ông, bà K'Brơi, Điểu Thị Hồng, Thông Minh Trí - Ủy viên Hội đồng tư vấn Dân tộc của Ủy ban MTTQ Việt Nam tỉnh cùng 64 đại biểu.
Theo tờ trình của Sở Y tế, sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận, toàn tỉnh có 3.562 nhân viên y tế thôn, bon, tổ dân phố và 148 cô đỡ thôn bản; mức hỗ trợ giữa các địa bàn cũ chênh lệch từ 0,3 đến 0,7 lần mức lương cơ sở. Dự thảo đề xuất mức thống nhất 0,5 lần đối với vùng đặc biệt khó khăn, 0,3 lần đối với địa bàn còn lại, tổng kinh phí dự kiến khoảng 46,8 tỷ đồng/năm, thực hiện theo Nghị định số 101/2024/NĐ-CP của Chính phủ và Thông tư số 07/2013/TT-BYT của Bộ Y tế.
Nhân viên y tế thôn, bon là lực lượng nòng cốt đưa trẻ đi tiêm chủng: 10 tháng năm 2025, tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi toàn tỉnh đạt 84,6%, nhưng tại 37 xã vùng đồng bào dân tộc thiểu số chỉ khoảng 71%. Ở xã Quảng Tín, Đắk Wil, hơn 1.200 trẻ người Mông, Mnông di cư tự do chưa có sổ tiêm chủng.
Góp ý dự thảo, ông K'Brơi, người có uy tín bon Bu Koh, xã Quảng Tín, đề nghị nâng mức hỗ trợ cho nhân viên y tế ở bon xa, "mỗi tháng đi bộ vào rẫy vận động bà con cả chục lần, không đủ tiền xăng xe". Bà Điểu Thị Hồng đề nghị bổ sung tiêu chí biết tiếng dân tộc. Ông Thông Minh Trí, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Hòa, đề nghị giữ nguyên mức cũ với những nơi đang cao hơn để không làm giảm thu nhập của 214 nhân viên y tế khu vực ven biển.
Phát biểu kết luận, ông Ka Sô Ha Phin cho biết Ủy ban MTTQ tỉnh sẽ tổng hợp 19 ý kiến gửi HĐND tỉnh trước kỳ họp cuối năm; đồng thời đề nghị cơ quan soạn thảo thực hiện đúng Quyết định số 99-QĐ/TW của Ban Bí thư về giám sát và phản biện xã hội, và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN.
Ban Thường trực Ủy ban MTTQ tỉnh cũng đề nghị bố trí ít nhất 2 nhân viên y tế tại mỗi thôn, bon có từ 300 hộ trở lên.
Kim Ánh
Lượt xem: 397
Tin khác
- Mặt trận tỉnh giám sát chính sách bảo hiểm y tế cho người dân tộc thiểu số (05/11/2025)
- Trao 60 căn nhà Đại đoàn kết tại xã Đắk Wil (28/10/2025)
- Ra mắt Hội đồng tư vấn Dân tộc của Ủy ban MTTQ tỉnh (15/10/2025)
""", "2025-11-14", "Phản biện xã hội dự thảo Nghị quyết hỗ trợ nhân viên y tế thôn, bon và cô đỡ thôn bản",
E("hoi_nghi", None, "2025-11-12"),
[P("Ka Sô Ha Phin", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đàng Thị Mỹ Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Dân chủ - Pháp luật"),
 P("Y Quang B'Krông", "Phó Giám đốc Sở Y tế"),
 P("K'Brơi", "Ủy viên Hội đồng tư vấn Dân tộc của Ủy ban MTTQ Việt Nam tỉnh", "người có uy tín bon Bu Koh"),
 P("Điểu Thị Hồng", "Ủy viên Hội đồng tư vấn Dân tộc của Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thông Minh Trí", "Ủy viên Hội đồng tư vấn Dân tộc của Ủy ban MTTQ Việt Nam tỉnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Hòa")],
[Q("64 đại biểu", 64, "đại biểu"), Q("3 tỉnh", 3, "tỉnh"), Q("3.562 nhân viên y tế thôn, bon, tổ dân phố", 3562, "nhân viên y tế thôn, bon, tổ dân phố"),
 Q("148 cô đỡ thôn bản", 148, "cô đỡ thôn bản"), Q("khoảng 46,8 tỷ đồng/năm", 46800000000, "đồng", "approx"),
 Q("84,6%", 84.6, "%"), Q("37 xã vùng đồng bào dân tộc thiểu số", 37, "xã vùng đồng bào dân tộc thiểu số"), Q("khoảng 71%", 71, "%", "approx"),
 Q("hơn 1.200 trẻ người Mông, Mnông di cư tự do", 1200, "trẻ người Mông, Mnông di cư tự do", "over"),
 Q("214 nhân viên y tế", 214, "nhân viên y tế"), Q("19 ý kiến", 19, "ý kiến"), Q("ít nhất 2 nhân viên y tế", 2, "nhân viên y tế", "over"),
 Q("từ 300 hộ trở lên", 300, "hộ", "over")],
[D("Nghị định", "101", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 101/2024/NĐ-CP"),
 D("Thông tư", "07", "2013/TT-BYT", None, "Bộ Y tế", "Thông tư số 07/2013/TT-BYT"),
 D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 99-QĐ/TW"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Tín"), com("Đắk Wil"), com("Phan Hòa")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG", "You are here: Trang chủ / Giám sát - Phản biện xã hội",
 "Các đại biểu dự hội nghị phản biện. Ảnh: K'Trinh", "mỗi tháng đi bộ vào rẫy vận động bà con cả chục lần, không đủ tiền xăng xe", "Lượt xem: 397"],
["Thứ Sáu, 14/11/2025 - 16:00", "0,3 đến 0,7 lần", "0,5 lần", "0,3 lần", "10 tháng năm 2025", "dưới 1 tuổi", "Lượt xem: 397"]))

PAGES.append(page("b4369-tuyenquang-nuocsach-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Hôm nay: Thứ Sáu, 16/01/2026
Chính trị › Mặt trận - Đoàn thể
Ngày 15/01/2026 | 16:20
Hội LHPN tỉnh triển khai nhiệm vụ năm 2026: ưu tiên nước sạch, vệ sinh và dinh dưỡng vùng cao
Ngày 14/1, Hội LHPN tỉnh tổ chức hội nghị Ban Chấp hành lần thứ 3 (mở rộng) tổng kết công tác Hội và phong trào phụ nữ năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Hội tổng kết sau khi hợp nhất hai tỉnh Tuyên Quang và Hà Giang.
Đồng chí Sùng Thị Mỷ phát biểu tại hội nghị.
Dự hội nghị có đồng chí Hầu A Lềnh, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Sùng Thị Mỷ, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Ma Thị Thúy, Lò Thị Pằng, Nguyễn Thị Hải Yến.
Năm 2025, các cấp Hội đã vận động 5.846 hộ xây mới, sửa chữa nhà tiêu hợp vệ sinh; phối hợp triển khai Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, thành lập mới 312 "Địa chỉ tin cậy", câu lạc bộ "Thủ lĩnh của sự thay đổi". Hội cũng vận động xây dựng 64 bể chứa nước sinh hoạt tập trung tại các thôn vùng núi đá Đồng Văn, Mèo Vạc cũ, mỗi bể dung tích từ 50 m3 trở lên, tổng kinh phí trên 7,2 tỷ đồng.
Về dinh dưỡng, Hội phối hợp ngành y tế tổ chức 1.950 buổi truyền thông "1.000 ngày vàng đầu đời" cho khoảng 41.000 lượt phụ nữ mang thai, bà mẹ nuôi con nhỏ; tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi toàn tỉnh giảm còn 24,9%. 98% cơ sở Hội có mô hình "5 không, 3 sạch"; giúp 1.120 hộ phụ nữ nghèo vay vốn 56,3 tỷ đồng qua kênh Ngân hàng Chính sách xã hội.
Tham luận tại hội nghị, chị Vàng Thị Dính, Chủ tịch Hội LHPN xã Sà Phìn, chia sẻ cách vận động đồng bào Mông bỏ tập quán thả rông gia súc, đưa chuồng trại ra xa nhà; chị Nông Thị Huyên, Chủ tịch Hội LHPN phường Minh Xuân, giới thiệu mô hình "Tổ phụ nữ phân loại rác tại nguồn" với 2.300 hộ tham gia.
Phát biểu chỉ đạo, đồng chí Hầu A Lềnh đề nghị năm 2026 Hội bám sát Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân; Kế hoạch số 15-KH/TU, 16-KH/TU của Ban Thường vụ Tỉnh ủy; phấn đấu mỗi xã vùng cao có ít nhất 1 mô hình nước sạch do phụ nữ quản lý, giảm tỷ lệ thấp còi thêm 1,5%.
Dịp này, Trung ương Hội LHPN Việt Nam tặng Bằng khen cho 6 tập thể, 9 cá nhân; Hội LHPN tỉnh khen thưởng 45 tập thể, 82 cá nhân xuất sắc năm 2025.
Bích Ngọc
Lượt xem: 1.406
Tin liên quan
- Trao 100 suất quà Tết cho phụ nữ nghèo xã Lũng Cú (12/01/2026)
- Hội nghị giao ban công tác Hội quý IV/2025 (26/12/2025)
- Khánh thành bể nước "Nước sạch cho em" tại xã Mậu Duệ (18/12/2025)
""", "2026-01-15", "Hội LHPN tỉnh triển khai nhiệm vụ năm 2026: ưu tiên nước sạch, vệ sinh và dinh dưỡng vùng cao",
E("tong_ket", "2025", "2026-01-14"),
[P("Hầu A Lềnh", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng Thị Mỷ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Ma Thị Thúy", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lò Thị Pằng", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Hải Yến", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Vàng Thị Dính", "Chủ tịch Hội LHPN xã Sà Phìn"),
 P("Nông Thị Huyên", "Chủ tịch Hội LHPN phường Minh Xuân")],
[Q("5.846 hộ", 5846, "hộ"), Q("312", 312, "Địa chỉ tin cậy"), Q("64 bể chứa nước sinh hoạt tập trung", 64, "bể chứa nước sinh hoạt tập trung"),
 Q("từ 50 m3 trở lên", 50, "m3", "over"), Q("trên 7,2 tỷ đồng", 7200000000, "đồng", "over"), Q("1.950 buổi truyền thông", 1950, "buổi truyền thông"),
 Q("khoảng 41.000 lượt phụ nữ mang thai, bà mẹ nuôi con nhỏ", 41000, "lượt phụ nữ mang thai, bà mẹ nuôi con nhỏ", "approx"),
 Q("24,9%", 24.9, "%"), Q("98%", 98, "%"), Q("1.120 hộ phụ nữ nghèo", 1120, "hộ phụ nữ nghèo"), Q("56,3 tỷ đồng", 56300000000, "đồng"),
 Q("2.300 hộ", 2300, "hộ"), Q("ít nhất 1 mô hình nước sạch", 1, "mô hình nước sạch", "over"), Q("1,5%", 1.5, "%"),
 Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân"), Q("45 tập thể", 45, "tập thể"), Q("82 cá nhân xuất sắc", 82, "cá nhân xuất sắc")],
[D("Nghị quyết", "72", "NQ/TW", "2025-09-09", "Bộ Chính trị", "Nghị quyết số 72-NQ/TW ngày 09/9/2025"),
 D("Kế hoạch", "15", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 15-KH/TU"),
 D("Kế hoạch", "16", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "16-KH/TU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Sà Phìn"), com("Minh Xuân")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Chính trị › Mặt trận - Đoàn thể", "Đồng chí Sùng Thị Mỷ phát biểu tại hội nghị.",
 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em", "Thủ lĩnh của sự thay đổi", "1.000 ngày vàng đầu đời",
 "5 không, 3 sạch", "Tổ phụ nữ phân loại rác tại nguồn", "Ngân hàng Chính sách xã hội", "Lượt xem: 1.406"],
["Hôm nay: Thứ Sáu, 16/01/2026", "lần thứ 3", "năm 2025", "năm 2026", "Dự án 8", "1.000 ngày vàng đầu đời", "dưới 5 tuổi", "5 không, 3 sạch", "Lượt xem: 1.406"]))

PAGES.append(page("b4370-dongnai-taychanmieng-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐỒNG NAI
Hôm nay: Chủ Nhật, 12/04/2026
Trang chủ » Tin tức » Dân vận
Ngày 10/04/2026 | 09:15
Ảnh: Toàn cảnh buổi giao ban.
Giao ban công tác dân vận quý I/2026: chủ động phòng bệnh tay chân miệng, sốt xuất huyết từ cơ sở
Chiều 8/4/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý I năm 2026 với Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, các tổ chức chính trị - xã hội và đại diện Đảng ủy 16 xã, phường. Đồng chí Điểu Thị Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Báo cáo tại giao ban, đồng chí Lâm Thị Mỹ Tiên, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy cho biết, quý I toàn tỉnh ghi nhận 1.347 ca tay chân miệng, tăng 22% so với cùng kỳ, và 912 ca sốt xuất huyết; số ca tập trung tại các phường Trảng Dài, Long Bình, Bình Phước và xã Bù Đăng. Thực hiện Kế hoạch số 34-KH/BTGDVTU ngày 15/01/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy, khối dân vận đã phối hợp ngành y tế tổ chức 1.208 buổi tuyên truyền tại khu phố, ấp; huy động 4.600 tình nguyện viên "Gia đình sạch - Con khỏe" tham gia vệ sinh 2.860 nhóm trẻ, lớp mẫu giáo.
Ủy ban MTTQ tỉnh vận động ủng hộ Quỹ "Vì người nghèo" được trên 12,4 tỷ đồng, trong đó dành 1,8 tỷ đồng hỗ trợ xây 360 nhà tiêu hợp vệ sinh cho hộ nghèo, hộ đồng bào S'tiêng, Mạ, Chơ Ro. Hội LHPN tỉnh ra mắt 75 câu lạc bộ "Nuôi con khỏe"; Tỉnh đoàn tổ chức 12 chương trình "Tuổi trẻ chung tay phòng dịch" tại các khu nhà trọ công nhân.
Tại giao ban, đồng chí Điểu Minh Hải, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Bù Đăng, cho biết xã có 1.680 hộ đồng bào S'tiêng; nhờ già làng Điểu Lên, bon Bù Gia Phúc, đi cùng cán bộ y tế vận động, 92% gia đình có trẻ nhỏ đã được hướng dẫn rửa tay, khử khuẩn. Đồng chí Trần Văn Thạnh, Bí thư Đảng ủy phường Trảng Dài, đề nghị có cơ chế phối hợp với chủ nhà trọ, vì phường có khoảng 18.000 lao động thuê trọ.
Các đại biểu cũng chỉ ra hạn chế: sau sắp xếp, nhiều xã, phường của tỉnh Đồng Nai có địa bàn rộng, cán bộ y tế thôn, ấp còn thiếu; việc nắm số trẻ ở nhóm trẻ gia đình tự phát chưa đầy đủ, còn khoảng 140 nhóm trẻ chưa được kiểm tra.
Kết luận giao ban, đồng chí Điểu Thị Hương đề nghị các cơ quan khối dân vận tiếp tục thực hiện Quy định số 304-QĐ/TW của Ban Bí thư và Kết luận 09, 10-KL/TU của Ban Thường vụ Tỉnh ủy; quý II tập trung vận động 100% nhóm trẻ tư thục đăng ký với trạm y tế, phấn đấu không dưới 200 nhà tiêu được xây mới.
Huỳnh Nhung
Lượt xem: 824
Tin liên quan
- Giao ban dân vận quý IV/2025 (09/01/2026)
- Tập huấn kỹ năng dân vận cho cán bộ xã, phường (20/03/2026)
- Trao 50 suất học bổng cho học sinh dân tộc thiểu số (05/03/2026)
""", "2026-04-10", "Giao ban công tác dân vận quý I/2026: chủ động phòng bệnh tay chân miệng, sốt xuất huyết từ cơ sở",
E("giao_ban", "2026-Q1", "2026-04-08"),
[P("Điểu Thị Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lâm Thị Mỹ Tiên", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Minh Hải", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Bù Đăng"),
 P("Điểu Lên", "già làng"),
 P("Trần Văn Thạnh", "Bí thư Đảng ủy phường Trảng Dài")],
[Q("16 xã, phường", 16, "xã, phường"), Q("1.347 ca tay chân miệng", 1347, "ca tay chân miệng"), Q("22%", 22, "%"),
 Q("912 ca sốt xuất huyết", 912, "ca sốt xuất huyết"), Q("1.208 buổi tuyên truyền", 1208, "buổi tuyên truyền"),
 Q("4.600 tình nguyện viên", 4600, "tình nguyện viên"), Q("2.860 nhóm trẻ, lớp mẫu giáo", 2860, "nhóm trẻ, lớp mẫu giáo"),
 Q("trên 12,4 tỷ đồng", 12400000000, "đồng", "over"), Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("360 nhà tiêu hợp vệ sinh", 360, "nhà tiêu hợp vệ sinh"),
 Q("75 câu lạc bộ", 75, "câu lạc bộ"), Q("12 chương trình", 12, "chương trình"), Q("1.680 hộ đồng bào S'tiêng", 1680, "hộ đồng bào S'tiêng"),
 Q("92%", 92, "%"), Q("khoảng 140 nhóm trẻ", 140, "nhóm trẻ", "approx"), Q("khoảng 18.000 lao động", 18000, "lao động", "approx"), Q("100%", 100, "%"), Q("không dưới 200 nhà tiêu", 200, "nhà tiêu", "over")],
[D("Kế hoạch", "34", "KH/BTGDVTU", "2026-01-15", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 34-KH/BTGDVTU ngày 15/01/2026"),
 D("Quy định", "304", "QĐ/TW", None, "Ban Bí thư", "Quy định số 304-QĐ/TW"),
 D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 09, 10-KL/TU"),
 D("Kết luận", "10", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 09, 10-KL/TU")],
[prov("Đồng Nai"), com("Trảng Dài"), com("Long Bình"), com("Bình Phước"), com("Bù Đăng")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐỒNG NAI", "Trang chủ » Tin tức » Dân vận", "Ảnh: Toàn cảnh buổi giao ban.",
 "Gia đình sạch - Con khỏe", "Vì người nghèo", "Nuôi con khỏe", "Tuổi trẻ chung tay phòng dịch", "Lượt xem: 824"],
["Hôm nay: Chủ Nhật, 12/04/2026", "quý I năm 2026", "quý II", "Lượt xem: 824"]))

PAGES.append(page("b4371-gialai-dinhduong-2026", """
Báo và Phát thanh, Truyền hình Gia Lai
Xã hội » Sức khỏe » Cơ sở
Thứ Sáu, 22/05/2026, 07:30
Già làng Đinh Wơr phát biểu tại buổi đối thoại. Ảnh: Hồng Thi
Chủ tịch UBND xã đối thoại với phụ nữ, thanh niên về chăm sóc dinh dưỡng trẻ em, nước sạch
Ngày 20/5, UBND xã Kông Bơ La phối hợp Ủy ban MTTQ Việt Nam xã tổ chức đối thoại năm 2026 giữa Chủ tịch UBND xã với hội viên phụ nữ, đoàn viên thanh niên về chăm sóc dinh dưỡng trẻ em, nước sạch và vệ sinh môi trường. Gần 160 người dân của 14 làng đã tham dự.
Chủ trì đối thoại có ông Đinh Hmia, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; bà Đinh Thị Jin, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã. Dự có bà Siu H'Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; ông Trần Quốc Khánh, Phó Bí thư Tỉnh đoàn.
Theo báo cáo của Trạm Y tế xã, toàn xã có 2.416 trẻ dưới 5 tuổi, trong đó 612 trẻ suy dinh dưỡng thể thấp còi, chiếm 25,3%; tỷ lệ hộ dùng nước hợp vệ sinh đạt 83%, nhưng mới có 58,4% hộ có nhà tiêu hợp vệ sinh. Từ năm 2025, xã được đầu tư 3 công trình cấp nước tập trung theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ, phục vụ 1.050 hộ.
Tại buổi đối thoại, 17 ý kiến đã được nêu. Chị Đinh Thị Blơi, Chi hội trưởng phụ nữ làng Kon Hleng, hỏi vì sao trẻ làng mình vẫn thấp còi dù gia đình đã nuôi gà, trồng rau; anh Đinh Văn Hyơk, Bí thư Chi đoàn làng Leng, phản ánh công trình nước làng Leng hỏng van từ tháng 3 chưa được sửa, 86 hộ phải gánh nước suối. Già làng Đinh Wơr, làng Kuk Kôn, đề nghị xã hỗ trợ xi măng để bà con tự làm nhà tiêu.
Trả lời, ông Đinh Hmia cho biết UBND xã sẽ sửa công trình nước làng Leng trong tháng 6, giao Trạm Y tế tổ chức cân đo, khám dinh dưỡng cho 100% trẻ dưới 2 tuổi mỗi quý; dành 320 triệu đồng từ nguồn Chương trình mục tiêu quốc gia hỗ trợ 160 hộ nghèo, mỗi hộ 2 triệu đồng làm nhà tiêu. Ông Trần Quốc Khánh cho biết Tỉnh đoàn sẽ đưa 1 đội hình "Thanh niên tình nguyện" về xã giúp làm 50 nhà tiêu trong chiến dịch hè.
Bà Siu H'Mai đề nghị các chi hội phụ nữ thực hiện tốt Kế hoạch số 47/KH-HPN của Ban Thường vụ Hội LHPN tỉnh về "1.000 ngày đầu đời", mỗi chi hội nhận kèm ít nhất 5 trẻ suy dinh dưỡng; gắn với Chỉ thị số 21-CT/TU, 22-CT/TU của Ban Thường vụ Tỉnh ủy và Nghị quyết 72-NQ/TW của Bộ Chính trị. Dịp này, Hội LHPN tỉnh trao 200 suất quà dinh dưỡng, mỗi suất trị giá 250.000 đồng, cho trẻ suy dinh dưỡng.
Bà Đinh Thị Jin cho biết Ủy ban MTTQ xã sẽ giám sát việc thực hiện các kết luận sau đối thoại, báo cáo lại người dân trong tháng 9/2026.
Hồng Thi
Lượt xem: 518
Tin liên quan
- Xã Kông Bơ La ra mắt 5 tổ phụ nữ "Nhà sạch, bếp sạch" (08/05/2026)
- Gia Lai: 120 đoàn viên ra quân vệ sinh làng (30/04/2026)
- Đối thoại về chính sách vay vốn hộ nghèo tại xã Ia Hrú (15/04/2026)
""", "2026-05-22", "Chủ tịch UBND xã đối thoại với phụ nữ, thanh niên về chăm sóc dinh dưỡng trẻ em, nước sạch",
E("doi_thoai", "2026", "2026-05-20"),
[P("Đinh Wơr", "Già làng"),
 P("Đinh Hmia", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Đinh Thị Jin", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Siu H'Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Trần Quốc Khánh", "Phó Bí thư Tỉnh đoàn"),
 P("Đinh Thị Blơi", "Chi hội trưởng phụ nữ làng Kon Hleng"),
 P("Đinh Văn Hyơk", "Bí thư Chi đoàn làng Leng")],
[Q("Gần 160 người dân", 160, "người dân", "approx"), Q("14 làng", 14, "làng"), Q("2.416 trẻ dưới 5 tuổi", 2416, "trẻ dưới 5 tuổi"),
 Q("612 trẻ suy dinh dưỡng thể thấp còi", 612, "trẻ suy dinh dưỡng thể thấp còi"), Q("25,3%", 25.3, "%"), Q("83%", 83, "%"), Q("58,4%", 58.4, "%"),
 Q("3 công trình cấp nước tập trung", 3, "công trình cấp nước tập trung"), Q("1.050 hộ", 1050, "hộ"), Q("17 ý kiến", 17, "ý kiến"),
 Q("86 hộ", 86, "hộ"), Q("100%", 100, "%"), Q("320 triệu đồng", 320000000, "đồng"), Q("160 hộ nghèo", 160, "hộ nghèo"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("1 đội hình", 1, "đội hình"), Q("50 nhà tiêu", 50, "nhà tiêu"),
 Q("ít nhất 5 trẻ suy dinh dưỡng", 5, "trẻ suy dinh dưỡng", "over"), Q("200 suất quà dinh dưỡng", 200, "suất quà dinh dưỡng"), Q("250.000 đồng", 250000, "đồng")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Kế hoạch", "47", "KH-HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 47/KH-HPN"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "22-CT/TU"),
 D("Nghị quyết", "72", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 72-NQ/TW")],
[prov("Gia Lai"), com("Kông Bơ La")],
["Báo và Phát thanh, Truyền hình Gia Lai", "Xã hội » Sức khỏe » Cơ sở", "Già làng Đinh Wơr phát biểu tại buổi đối thoại. Ảnh: Hồng Thi",
 "Thanh niên tình nguyện", "1.000 ngày đầu đời", "Chương trình mục tiêu quốc gia", "Lượt xem: 518"],
["Thứ Sáu, 22/05/2026, 07:30", "năm 2026", "Từ năm 2025", "dưới 2 tuổi", "tháng 3", "tháng 6", "tháng 9/2026", "1.000 ngày đầu đời", "Lượt xem: 518"]))

PAGES.append(page("b4372-cantho-nuocsach-2026", """
BÁO CẦN THƠ ONLINE
Chính trị | Mặt trận - Đoàn thể
10/07/2026 - 16:20
Vận động hơn 4.100 hộ đấu nối nước sạch, xây nhà tiêu hợp vệ sinh
Ngày 8/7/2026, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Thị Ngọc Diệp, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì.
Đồng chí Nguyễn Thị Ngọc Diệp phát biểu kết luận hội nghị.
Trong 6 tháng, Mặt trận và các tổ chức chính trị - xã hội thành phố lấy chủ đề "Nước sạch, nhà sạch, xóm ấp sạch" làm nội dung vận động trọng tâm. Kết quả, đã vận động hơn 4.100 hộ ở 38 xã đấu nối nước sạch và xây mới nhà tiêu hợp vệ sinh, trong đó 1.260 hộ đồng bào Khmer ở khu vực Sóc Trăng cũ; Quỹ "Vì người nghèo" các cấp hỗ trợ 2.150 đồng hồ nước, tổng trị giá khoảng 4,3 tỷ đồng. Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 79,5%, tăng 3,2% so với cuối năm 2025.
Thực hiện Kế hoạch số 27/KH-MTTQ-BTT ngày 12/02/2026 và Hướng dẫn số 08/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ thành phố, Mặt trận các xã, phường đã giám sát 96 công trình cấp nước nông thôn, phát hiện 11 công trình chất lượng nước chưa đạt, kiến nghị xử lý. Hội LHPN thành phố duy trì 420 chi hội "5 không, 3 sạch"; Đoàn Thanh niên ra quân 150 đợt "Ngày thứ Bảy tình nguyện", khơi thông 86 km kênh, mương nội đồng.
Tại hội nghị, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố: Lâm Văn Tâm, Trần Thị Bé Năm, Sơn Thị Ngọc Hân tham luận về phối hợp với ngành y tế phòng, chống sốt xuất huyết mùa mưa. Đồng chí Thạch Chanh Đa Ra, Bí thư Đảng ủy, Chủ tịch HĐND xã Lịch Hội Thượng, cho biết xã đã vận động chùa Trà Nô cùng 312 hộ góp gần 900 triệu đồng kéo tuyến ống nước dài 6,5 km. Bà Phạm Thị Kiều, Chủ tịch Ủy ban MTTQ Việt Nam phường Tân An, kiến nghị thành phố hỗ trợ khoảng 300 hộ ven sông di dời nhà tiêu cầu cá.
Phát biểu kết luận, đồng chí Nguyễn Thị Ngọc Diệp đề nghị 6 tháng cuối năm, Mặt trận các cấp tiếp tục thực hiện Quy định số 124-QĐ/TW của Ban Bí thư, Nghị quyết số 72-NQ/TW của Bộ Chính trị và Chương trình phối hợp số 05/CTrPH-MTTQ-SYT giữa Ủy ban MTTQ thành phố với Sở Y tế; phấn đấu cuối năm 2026 có trên 82% hộ nông thôn dùng nước sạch, không còn nhà tiêu cầu cá ở các xã Phong Điền, Vị Thủy.
Dịp này, Ủy ban MTTQ thành phố tặng giấy khen cho 18 tập thể, 25 cá nhân tiêu biểu.
Ngọc Trinh
Lượt xem: 1.263
Tin khác
- Hậu Giang cũ: trao 200 bồn chứa nước cho hộ nghèo (02/07/2026)
- Ra quân diệt lăng quăng tại phường Ninh Kiều (25/06/2026)
- Tập huấn giám sát công trình nước sạch nông thôn (10/06/2026)
""", "2026-07-10", "Vận động hơn 4.100 hộ đấu nối nước sạch, xây nhà tiêu hợp vệ sinh",
E("so_ket", "2026-H1", "2026-07-08"),
[P("Nguyễn Thị Ngọc Diệp", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lâm Văn Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Trần Thị Bé Năm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Sơn Thị Ngọc Hân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Thạch Chanh Đa Ra", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Lịch Hội Thượng"),
 P("Phạm Thị Kiều", "Chủ tịch Ủy ban MTTQ Việt Nam phường Tân An")],
[Q("hơn 4.100 hộ", 4100, "hộ", "over"), Q("38 xã", 38, "xã"), Q("1.260 hộ đồng bào Khmer", 1260, "hộ đồng bào Khmer"),
 Q("2.150 đồng hồ nước", 2150, "đồng hồ nước"), Q("khoảng 4,3 tỷ đồng", 4300000000, "đồng", "approx"), Q("79,5%", 79.5, "%"), Q("3,2%", 3.2, "%"),
 Q("96 công trình cấp nước nông thôn", 96, "công trình cấp nước nông thôn"), Q("11 công trình", 11, "công trình"), Q("420 chi hội", 420, "chi hội"),
 Q("150 đợt", 150, "đợt"), Q("86 km", 86, "km"), Q("312 hộ", 312, "hộ"), Q("gần 900 triệu đồng", 900000000, "đồng", "approx"),
 Q("6,5 km", 6.5, "km"), Q("khoảng 300 hộ", 300, "hộ", "approx"), Q("trên 82%", 82, "%", "over"), Q("18 tập thể", 18, "tập thể"),
 Q("25 cá nhân tiêu biểu", 25, "cá nhân tiêu biểu")],
[D("Kế hoạch", "27", "KH-MTTQ-BTT", "2026-02-12", "Ban Thường trực Ủy ban MTTQ thành phố", "Kế hoạch số 27/KH-MTTQ-BTT ngày 12/02/2026"),
 D("Hướng dẫn", "08", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ thành phố", "Hướng dẫn số 08/HD-MTTQ-BTT"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW"),
 D("Nghị quyết", "72", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 72-NQ/TW"),
 D("Chương trình phối hợp", "05", "CTrPH-MTTQ-SYT", None, "Ủy ban MTTQ thành phố với Sở Y tế", "Chương trình phối hợp số 05/CTrPH-MTTQ-SYT")],
[prov("Cần Thơ"), prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Tân An"), com("Phong Điền"), com("Vị Thủy")],
["BÁO CẦN THƠ ONLINE", "Chính trị | Mặt trận - Đoàn thể", "Đồng chí Nguyễn Thị Ngọc Diệp phát biểu kết luận hội nghị.",
 "Nước sạch, nhà sạch, xóm ấp sạch", "Vì người nghèo", "5 không, 3 sạch", "Ngày thứ Bảy tình nguyện", "chùa Trà Nô", "Lượt xem: 1.263"],
["10/07/2026 - 16:20", "6 tháng đầu năm 2026", "6 tháng cuối năm", "Trong 6 tháng", "cuối năm 2025", "5 không, 3 sạch", "Lượt xem: 1.263"]))
