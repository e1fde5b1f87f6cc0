from lib import *
PAGES = []

PAGES.append(page("b6119-tuyenquang-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Trang chủ » Chính trị » Mặt trận - Đoàn thể
Thứ Ba, 26/08/2025 - 15:30
Tuyên Quang tổng kết chiến dịch tình nguyện hè đầu tiên sau hợp nhất
Ảnh: Toàn cảnh hội nghị tổng kết.
Chiều 25/8, Tỉnh đoàn Tuyên Quang tổ chức hội nghị tổng kết chiến dịch thanh niên tình nguyện hè năm 2025 - chiến dịch đầu tiên sau khi hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang. Dự hội nghị có đồng chí Hầu Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Ma Văn Chiến, Ủy viên Ban Thường vụ Ủy ban MTTQ Việt Nam tỉnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn.
Chiến dịch được triển khai theo Kế hoạch số 18-KH/TĐTN ngày 10/6/2025 của Ban Thường vụ Tỉnh đoàn và Kế hoạch số 392-KH/TWĐTN-PTTN của Ban Bí thư Trung ương Đoàn, với chủ đề "Tuổi trẻ chung tay xây dựng chính quyền địa phương hai cấp". Toàn tỉnh có 420 đội hình, 21.300 lượt đoàn viên, thanh niên tham gia ở 124 xã, phường.
Điểm nhấn của chiến dịch là 1.260 đoàn viên tham gia hỗ trợ người dân làm thủ tục hành chính trực tuyến tại trung tâm phục vụ hành chính công của 124 xã, phường trong những ngày đầu vận hành chính quyền hai cấp, hướng dẫn trên 38.000 lượt người dân. Các đội hình "Mùa hè xanh" của 7 trường đại học đã về các xã vùng cao Lũng Cú, Mèo Vạc, Sủng Máng, làm 32 km đường giao thông, xây dựng 15 nhà nhân ái và hỗ trợ xóa 46 nhà tạm, nhà dột nát theo chương trình của Thủ tướng Chính phủ. Tổng giá trị công trình, phần việc ước đạt 18,4 tỷ đồng.
Báo cáo tổng kết do đồng chí Nông Thị Thu Trang, Phó Bí thư Thường trực Tỉnh đoàn trình bày, cũng nêu các hạn chế: cơ sở vật chất nhiều trung tâm phục vụ hành chính công ở xã vùng cao còn thiếu; tình nguyện viên chưa quen các phần mềm mới.
Tại hội nghị, đồng chí Sùng Mí Páo, Bí thư Đoàn xã Lũng Cú, chia sẻ cách lập "Tổ công nghệ số cộng đồng" gồm 25 thanh niên người Mông; đồng chí Lý Thị Hương, Bí thư Đoàn phường Minh Xuân, đề nghị Tỉnh đoàn duy trì đội hình hỗ trợ thủ tục hành chính đến hết năm 2025.
Phát biểu chỉ đạo, đồng chí Hầu Thị Mai ghi nhận tuổi trẻ đã góp phần quan trọng giúp người dân làm quen với mô hình chính quyền mới; đề nghị Tỉnh đoàn tiếp tục thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Kết luận 03, 04-KL/TU của Ban Thường vụ Tỉnh ủy về công tác thanh niên sau sắp xếp đơn vị hành chính.
Dịp này, Ban Thường vụ Tỉnh đoàn tặng bằng khen cho 30 tập thể, 52 cá nhân; 4 tập thể được Trung ương Đoàn tặng bằng khen. Các đồng chí Phó Bí thư Tỉnh đoàn: Nông Thị Thu Trang, Giàng Seo Dìn trao cờ lưu niệm cho 12 đội hình tiêu biểu.
Ngọc Ánh - Thu Phương
Tin liên quan
- Tuyên Quang ra quân chiến dịch tình nguyện hè 2025 (20/6/2025)
- Đoàn viên hỗ trợ người dân tại trung tâm hành chính công xã (05/7/2025)
- Hà Giang cũ: 300 sinh viên về vùng cao (15/7/2025)
""", "2025-08-26", "Tuyên Quang tổng kết chiến dịch tình nguyện hè đầu tiên sau hợp nhất",
E("tong_ket", "2025", "2025-08-25"),
[P("Hầu Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ma Văn Chiến", "Ủy viên Ban Thường vụ Ủy ban MTTQ Việt Nam tỉnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
 P("Nông Thị Thu Trang", "Phó Bí thư Thường trực Tỉnh đoàn", "Phó Bí thư Tỉnh đoàn"),
 P("Sùng Mí Páo", "Bí thư Đoàn xã Lũng Cú"),
 P("Lý Thị Hương", "Bí thư Đoàn phường Minh Xuân"),
 P("Giàng Seo Dìn", "Phó Bí thư Tỉnh đoàn")],
[Q("420 đội hình", 420, "đội hình"), Q("21.300 lượt đoàn viên, thanh niên", 21300, "lượt đoàn viên, thanh niên"),
 Q("124 xã, phường", 124, "xã, phường"), Q("1.260 đoàn viên", 1260, "đoàn viên"),
 Q("trên 38.000 lượt người dân", 38000, "lượt người dân", "over"), Q("7 trường đại học", 7, "trường đại học"),
 Q("32 km", 32, "km"), Q("15 nhà nhân ái", 15, "nhà nhân ái"), Q("46 nhà tạm, nhà dột nát", 46, "nhà tạm, nhà dột nát"),
 Q("18,4 tỷ đồng", 18400000000, "đồng"), Q("25 thanh niên người Mông", 25, "thanh niên người Mông"),
 Q("30 tập thể", 30, "tập thể"), Q("52 cá nhân", 52, "cá nhân"), Q("4 tập thể", 4, "tập thể"),
 Q("12 đội hình tiêu biểu", 12, "đội hình tiêu biểu")],
[D("Kế hoạch", "18", "KH/TĐTN", "2025-06-10", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 18-KH/TĐTN ngày 10/6/2025"),
 D("Kế hoạch", "392", "KH/TWĐTN-PTTN", None, "Ban Bí thư Trung ương Đoàn", "Kế hoạch số 392-KH/TWĐTN-PTTN"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW"),
 D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Mèo Vạc"), com("Sủng Máng"), com("Minh Xuân")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Trang chủ » Chính trị » Mặt trận - Đoàn thể",
 "Ảnh: Toàn cảnh hội nghị tổng kết.", "Tuổi trẻ chung tay xây dựng chính quyền địa phương hai cấp", "Mùa hè xanh",
 "Tổ công nghệ số cộng đồng"],
["Thứ Ba, 26/08/2025 - 15:30", "năm 2025", "hai cấp"]))

PAGES.append(page("b6120-vinhlong-xa-traoqua-2025", """
Báo Vĩnh Long điện tử
Xã hội › Đoàn - Hội › Tin địa phương
07:50 | 18/07/2025
Sinh viên tình nguyện trao 100 phần quà cho hộ Khmer khó khăn ở xã Tập Sơn
Sáng 17/7, Đoàn xã Tập Sơn phối hợp đội hình "Mùa hè xanh" Trường Đại học Trà Vinh và Ban Quản trị chùa Ô Mịch tổ chức trao 100 phần quà cho hộ đồng bào Khmer có hoàn cảnh khó khăn, 20 suất học bổng cho học sinh nghèo hiếu học và 10 chiếc xe đạp cho học sinh ở xa trường.
Lãnh đạo xã và đội hình tình nguyện trao quà cho người dân.
Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt; mỗi suất học bổng trị giá 1,5 triệu đồng. Tổng giá trị chương trình gần 98 triệu đồng, do 5 doanh nghiệp, Hội Doanh nhân trẻ tỉnh và các mạnh thường quân tài trợ.
Dự buổi trao quà có các đồng chí: Thạch Thị Sô Phi, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Tập Sơn; Kim Văn Tha, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã; Hòa thượng Thạch Sok Xane, trụ trì chùa Ô Mịch; đồng chí Lê Thành Nhân, Phó Bí thư Tỉnh đoàn Vĩnh Long.
Theo đồng chí Sơn Thanh Tùng, Bí thư Đoàn xã Tập Sơn, đây là năm đầu tiên xã mới Tập Sơn (hợp nhất từ 3 xã cũ) đón đội hình "Mùa hè xanh" sau khi tỉnh Vĩnh Long, tỉnh Bến Tre và tỉnh Trà Vinh hợp nhất. Trong 25 ngày, 48 chiến sĩ tình nguyện cùng 75 đoàn viên của xã đã làm 1,6 km đường bê tông nội ấp, sửa chữa 3 điểm trường, mở 6 lớp dạy chữ Khmer hè cho 210 em và hướng dẫn 430 lượt người dân sử dụng dịch vụ công trực tuyến.
Hoạt động được thực hiện theo Kế hoạch số 05-KH/ĐTN ngày 12/6/2025 của Ban Chấp hành Đoàn xã, Kế hoạch số 22-KH/TĐTN của Ban Thường vụ Tỉnh đoàn và Thông báo kết luận số 14-TB/ĐU của Ban Thường vụ Đảng ủy xã về công tác vận động đồng bào Khmer dịp hè.
Phát biểu tại buổi trao quà, đồng chí Thạch Thị Sô Phi ghi nhận sự đóng góp của các chiến sĩ tình nguyện; đề nghị Đoàn xã phối hợp chặt chẽ với các chùa Phật giáo Nam tông Khmer và người có uy tín trong đồng bào để nắm tình hình thanh thiếu niên, nhất là thanh niên đi làm ăn xa ở Bình Dương, Đồng Nai.
Bà Thạch Thị Sa Ly, người có uy tín ấp Ô Mịch, xúc động: "Năm nay được các cháu sinh viên về tận nhà dạy chữ cho con cháu, làm đường, lại còn tặng quà, bà con ai cũng mừng".
Cũng trong dịp này, Hòa thượng Thạch Sok Xane đã trao 5 triệu đồng ủng hộ quỹ khuyến học của xã; đội hình tình nguyện khám bệnh, phát thuốc miễn phí cho 180 người cao tuổi, trong đó 60 người là hộ nghèo, hộ cận nghèo.
Kim Ngân
Tin cùng chuyên mục
- Vĩnh Long: 3.000 chiến sĩ tình nguyện ra quân (28/6/2025)
- Xã Tập Sơn ra mắt "Tổ công nghệ số cộng đồng" (10/7/2025)
- Hội thi "Thanh niên với văn hóa Khmer" (02/7/2025)
""", "2025-07-18", "Sinh viên tình nguyện trao 100 phần quà cho hộ Khmer khó khăn ở xã Tập Sơn",
E("trao_qua", None, "2025-07-17"),
[P("Thạch Thị Sô Phi", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Tập Sơn"),
 P("Kim Văn Tha", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thạch Sok Xane", "Hòa thượng", "trụ trì chùa Ô Mịch"),
 P("Lê Thành Nhân", "Phó Bí thư Tỉnh đoàn Vĩnh Long"),
 P("Sơn Thanh Tùng", "Bí thư Đoàn xã Tập Sơn"),
 P("Thạch Thị Sa Ly", "người có uy tín ấp Ô Mịch")],
[Q("100 phần quà", 100, "phần quà"), Q("20 suất học bổng", 20, "suất học bổng"), Q("10 chiếc xe đạp", 10, "chiếc xe đạp"),
 Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("gần 98 triệu đồng", 98000000, "đồng", "approx"), Q("5 doanh nghiệp", 5, "doanh nghiệp"),
 Q("3 xã cũ", 3, "xã cũ"), Q("48 chiến sĩ tình nguyện", 48, "chiến sĩ tình nguyện"), Q("75 đoàn viên", 75, "đoàn viên"),
 Q("1,6 km", 1.6, "km"), Q("3 điểm trường", 3, "điểm trường"), Q("6 lớp dạy chữ Khmer hè", 6, "lớp dạy chữ Khmer hè"),
 Q("210 em", 210, "em"), Q("430 lượt người dân", 430, "lượt người dân"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("180 người cao tuổi", 180, "người cao tuổi"), Q("60 người", 60, "người")],
[D("Kế hoạch", "05", "KH/ĐTN", "2025-06-12", "Ban Chấp hành Đoàn xã", "Kế hoạch số 05-KH/ĐTN ngày 12/6/2025"),
 D("Kế hoạch", "22", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 22-KH/TĐTN"),
 D("Thông báo kết luận", "14", "TB/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Thông báo kết luận số 14-TB/ĐU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), prov("Bình Dương"), prov("Đồng Nai"), com("Tập Sơn")],
["Báo Vĩnh Long điện tử", "Xã hội › Đoàn - Hội › Tin địa phương", "Lãnh đạo xã và đội hình tình nguyện trao quà cho người dân.",
 "Mùa hè xanh", "Trường Đại học Trà Vinh"],
["07:50 | 18/07/2025", "25 ngày", "năm đầu tiên"]))

PAGES.append(page("b6121-dongnai-hoinghi-2026", """
ĐỒNG NAI ĐIỆN TỬ
Thời sự | Chính trị | Đoàn thể
Cập nhật: 10:12, 22/05/2026 (GMT+7)
Đồng Nai: 30.000 lượt đoàn viên, thanh niên sẽ tham gia chiến dịch tình nguyện hè
Quang cảnh hội nghị. Ảnh: Bảo Ngọc
Ngày 21/5/2026, Ban Thường vụ Tỉnh đoàn Đồng Nai tổ chức hội nghị triển khai chiến dịch thanh niên tình nguyện hè năm 2026, kết nối trực tuyến đến 95 xã, phường. Chủ trì hội nghị có đồng chí Điểu Thị Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn; đồng chí Lê Hữu Tín, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dự và phát biểu.
Theo Kế hoạch số 64-KH/TĐTN ngày 08/5/2026, chiến dịch năm nay huy động 30.000 lượt đoàn viên, thanh niên tham gia các chiến dịch thành phần "Mùa hè xanh", "Hoa phượng đỏ", "Kỳ nghỉ hồng", "Hành quân xanh" và chương trình "Tiếp sức mùa thi". Chỉ tiêu: mỗi xã, phường có ít nhất 2 công trình thanh niên; làm mới 60 km đường giao thông; xây 20 cầu nông thôn; trồng 100.000 cây xanh; hỗ trợ 300 hộ đồng bào S'tiêng, Chơ Ro, Mnông ở các xã vùng biên thuộc khu vực tỉnh Bình Phước cũ; tổng giá trị dự kiến khoảng 25 tỷ đồng.
Đồng chí Trần Thị Ngọc Bích, Phó Bí thư Tỉnh đoàn, Chỉ huy trưởng chiến dịch "Mùa hè xanh" cho biết năm nay có 3.500 sinh viên từ 14 trường đại học, cao đẳng; trong đó lần đầu có đội hình "Bình dân học vụ số" hỗ trợ 50.000 người dân sử dụng ứng dụng VNeID và dịch vụ công trực tuyến, tập trung tại 26 xã vùng sâu.
Tại hội nghị, đồng chí Điểu Minh Quân, Bí thư Đoàn xã Bù Gia Mập, báo cáo địa phương sẵn sàng đón 6 đội hình với 180 chiến sĩ; đồng chí Thị Hoa, Bí thư Đoàn xã Phú Lý, đề nghị quan tâm hỗ trợ nước sạch cho 45 hộ người Chơ Ro. Đồng chí Nguyễn Văn Phát, Bí thư Đoàn phường Trấn Biên, nêu kế hoạch "Tiếp sức mùa thi" tại 38 điểm thi với 1.600 tình nguyện viên.
Phát biểu chỉ đạo, đồng chí Lê Hữu Tín đề nghị Tỉnh đoàn bám sát Chỉ thị số 07-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong tình hình mới, Quyết định số 1331/QĐ-TTg của Thủ tướng Chính phủ và Luật Thanh niên số 57/2020/QH14 của Quốc hội; phát huy vai trò đoàn viên trong giám sát, phản biện xã hội theo Quy định 03, 04-QĐ/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Đồng chí Điểu Thị Hạnh yêu cầu các cơ sở hoàn thành ra quân trước ngày 15/6, bảo đảm an toàn cho tình nguyện viên; không để "chạy theo thành tích", mỗi công trình phải được người dân đồng thuận và có kế hoạch bàn giao, quản lý sau chiến dịch.
Lễ ra quân cấp tỉnh dự kiến tổ chức tại xã Bù Gia Mập với khoảng 2.000 đoàn viên, thanh niên tham gia.
Bảo Ngọc
Tin liên quan
- Đồng Nai: giao ban công tác Đoàn quý I/2026 (08/4/2026)
- Tuổi trẻ Đồng Nai ra quân "Tháng Thanh niên" (01/3/2026)
- Trao 200 suất học bổng cho học sinh S'tiêng (15/2/2026)
""", "2026-05-22", "Đồng Nai: 30.000 lượt đoàn viên, thanh niên sẽ tham gia chiến dịch tình nguyện hè",
E("hoi_nghi", "2026", "2026-05-21"),
[P("Điểu Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
 P("Lê Hữu Tín", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Thị Ngọc Bích", "Phó Bí thư Tỉnh đoàn", "Chỉ huy trưởng chiến dịch \"Mùa hè xanh\""),
 P("Điểu Minh Quân", "Bí thư Đoàn xã Bù Gia Mập"),
 P("Thị Hoa", "Bí thư Đoàn xã Phú Lý"),
 P("Nguyễn Văn Phát", "Bí thư Đoàn phường Trấn Biên")],
[Q("30.000 lượt đoàn viên, thanh niên", 30000, "lượt đoàn viên, thanh niên"), Q("95 xã, phường", 95, "xã, phường"),
 Q("ít nhất 2 công trình thanh niên", 2, "công trình thanh niên", "over"),
 Q("60 km", 60, "km"), Q("20 cầu nông thôn", 20, "cầu nông thôn"), Q("100.000 cây xanh", 100000, "cây xanh"),
 Q("300 hộ đồng bào S'tiêng, Chơ Ro, Mnông", 300, "hộ đồng bào S'tiêng, Chơ Ro, Mnông"),
 Q("khoảng 25 tỷ đồng", 25000000000, "đồng", "approx"), Q("3.500 sinh viên", 3500, "sinh viên"),
 Q("14 trường đại học, cao đẳng", 14, "trường đại học, cao đẳng"), Q("50.000 người dân", 50000, "người dân"),
 Q("26 xã vùng sâu", 26, "xã vùng sâu"), Q("6 đội hình", 6, "đội hình"), Q("180 chiến sĩ", 180, "chiến sĩ"),
 Q("45 hộ người Chơ Ro", 45, "hộ người Chơ Ro"), Q("38 điểm thi", 38, "điểm thi"),
 Q("1.600 tình nguyện viên", 1600, "tình nguyện viên"),
 Q("khoảng 2.000 đoàn viên, thanh niên", 2000, "đoàn viên, thanh niên", "approx")],
[D("Kế hoạch", "64", "KH/TĐTN", "2026-05-08", None, "Kế hoạch số 64-KH/TĐTN ngày 08/5/2026"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU"),
 D("Quyết định", "1331", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1331/QĐ-TTg"),
 D("Luật", "57", "2020/QH14", None, "Quốc hội", "Luật Thanh niên số 57/2020/QH14"),
 D("Quy định", "03", "QĐ/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Quy định 03, 04-QĐ/MTTW-BTT"),
 D("Quy định", "04", "QĐ/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Quy định 03, 04-QĐ/MTTW-BTT")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Phú Lý"), com("Trấn Biên")],
["ĐỒNG NAI ĐIỆN TỬ", "Thời sự | Chính trị | Đoàn thể", "Quang cảnh hội nghị. Ảnh: Bảo Ngọc", "Mùa hè xanh",
 "Hoa phượng đỏ", "Kỳ nghỉ hồng", "Hành quân xanh", "Tiếp sức mùa thi", "Bình dân học vụ số", "VNeID", "chạy theo thành tích"],
["Cập nhật: 10:12, 22/05/2026 (GMT+7)", "năm 2026", "15/6"]))

PAGES.append(page("b6122-lamdong-giamsat-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG
Trang chủ / Hoạt động Mặt trận / Giám sát và phản biện xã hội
2025-07-30 16:45
Giám sát chiến dịch "Mùa hè xanh" tại các xã khu vực Đắk Nông cũ
Ngày 29/7/2025, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng do đồng chí K'Brơi Ha Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc tổ chức chiến dịch thanh niên tình nguyện hè năm 2025 tại xã Quảng Sơn, xã Đắk Wil và phường Bắc Gia Nghĩa.
Đoàn giám sát kiểm tra công trình đường bê tông tại xã Quảng Sơn.
Tham gia đoàn có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Y Thuyên Ayun, Nguyễn Thị Hồng Lam; đồng chí Lê Trọng Nghĩa, Ủy viên Ban Thường vụ Ủy ban MTTQ Việt Nam tỉnh, Phó Bí thư Thường trực Tỉnh đoàn; đại diện Hội Cựu chiến binh và Hội Liên hiệp Phụ nữ tỉnh.
Cuộc giám sát thực hiện theo Kế hoạch số 31/KH-MTTQ-BTT ngày 10/7/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Quy định số 124-QĐ/TW của Ban Bí thư về giám sát, phản biện xã hội của Mặt trận và các đoàn thể chính trị - xã hội. Theo báo cáo, tại 3 xã, phường có 14 đội hình với 520 chiến sĩ tình nguyện, trong đó 160 sinh viên Trường Đại học Tây Nguyên và Trường Đại học Phan Thiết; đã thực hiện 11 công trình, phần việc trị giá khoảng 2,1 tỷ đồng, gồm 5,4 km đường bê tông, 2 nhà nhân ái cho hộ đồng bào Mnông, 160 bóng đèn năng lượng mặt trời và 1 sân chơi thiếu nhi.
Qua giám sát, đoàn ghi nhận 100% công trình có hồ sơ khảo sát, lấy ý kiến người dân trước khi thi công; kinh phí xã hội hóa được công khai tại nhà văn hóa bon. Đồng chí Y Thuyên Ayun cho rằng việc phối hợp giữa đội hình với già làng, người có uy tín ở bon Bu Prăng là điểm sáng.
Đoàn cũng chỉ ra hạn chế: 3 công trình chậm tiến độ do mưa; 42 tình nguyện viên chưa được mua bảo hiểm tai nạn; việc bàn giao công trình cho cộng đồng quản lý chưa có biên bản. Chị H'Lim Mlô, Bí thư Đoàn xã Quảng Sơn, giải trình do số xã mới sau sắp xếp lớn, đoàn viên phân tán ở 18 bon, thôn nên việc điều phối gặp khó.
Kết luận buổi giám sát, đồng chí K'Brơi Ha Thủy đề nghị Tỉnh đoàn khắc phục các hạn chế trước ngày 20/8; thực hiện đúng Kế hoạch số 12-KH/TĐTN của Ban Thường vụ Tỉnh đoàn và Hướng dẫn 01, 02-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; từ năm sau, mỗi chiến dịch cần ít nhất 30% công trình gắn với chuyển đổi số và bảo vệ rừng.
Đồng chí Lê Trọng Nghĩa tiếp thu, cam kết mua bổ sung bảo hiểm cho toàn bộ 42 tình nguyện viên trong tuần tới và báo cáo kết quả về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Ban Dân chủ - Pháp luật
Các tin khác
- Lâm Đồng: phản biện dự thảo nghị quyết hỗ trợ hộ nghèo (22/7/2025)
- Ủy ban MTTQ tỉnh thăm đồng bào vùng sạt lở (15/7/2025)
- Bình Thuận cũ: ra mắt Tổ giám sát cộng đồng (02/7/2025)
""", "2025-07-30", "Giám sát chiến dịch \"Mùa hè xanh\" tại các xã khu vực Đắk Nông cũ",
E("giam_sat", "2025", "2025-07-29"),
[P("K'Brơi Ha Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thuyên Ayun", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Hồng Lam", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Trọng Nghĩa", "Ủy viên Ban Thường vụ Ủy ban MTTQ Việt Nam tỉnh", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("H'Lim Mlô", "Bí thư Đoàn xã Quảng Sơn")],
[Q("3 xã, phường", 3, "xã, phường"), Q("14 đội hình", 14, "đội hình"), Q("520 chiến sĩ tình nguyện", 520, "chiến sĩ tình nguyện"),
 Q("160 sinh viên", 160, "sinh viên"), Q("11 công trình, phần việc", 11, "công trình, phần việc"),
 Q("khoảng 2,1 tỷ đồng", 2100000000, "đồng", "approx"), Q("5,4 km", 5.4, "km"),
 Q("2 nhà nhân ái", 2, "nhà nhân ái"), Q("160 bóng đèn năng lượng mặt trời", 160, "bóng đèn năng lượng mặt trời"),
 Q("100% công trình", 100, "%"), Q("3 công trình", 3, "công trình"), Q("42 tình nguyện viên", 42, "tình nguyện viên"),
 Q("18 bon, thôn", 18, "bon, thôn"), Q("ít nhất 30%", 30, "%", "over")],
[D("Kế hoạch", "31", "KH-MTTQ-BTT", "2025-07-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 31/KH-MTTQ-BTT ngày 10/7/2025"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW"),
 D("Kế hoạch", "12", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 12-KH/TĐTN"),
 D("Hướng dẫn", "01", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn 01, 02-HD/MTTW-BTT"),
 D("Hướng dẫn", "02", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn 01, 02-HD/MTTW-BTT")],
[prov("Lâm Đồng"), prov("Đắk Nông"), com("Quảng Sơn"), com("Đắk Wil"), com("Bắc Gia Nghĩa")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ / Hoạt động Mặt trận / Giám sát và phản biện xã hội",
 "Đoàn giám sát kiểm tra công trình đường bê tông tại xã Quảng Sơn.", "Mùa hè xanh",
 "Trường Đại học Tây Nguyên", "Trường Đại học Phan Thiết"],
["2025-07-30 16:45", "năm 2025", "1 sân chơi", "20/8"]))

PAGES.append(page("b6123-hungyen-phuong-doithoai-2026", """
Trang thông tin điện tử phường Trần Lãm - tỉnh Hưng Yên
Trang chủ > Tin tức > Mặt trận - Đoàn thể
Chủ Nhật, 14/06/2026
Ngày 12/06/2026 | 08:20
Bí thư Đảng ủy phường đối thoại với đoàn viên, thanh niên trước chiến dịch hè
Ngày 11/6, Đảng ủy phường Trần Lãm phối hợp Ủy ban MTTQ Việt Nam phường tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với đoàn viên, thanh niên năm 2026, với chủ đề "Tuổi trẻ Trần Lãm xung kích trong chiến dịch tình nguyện hè". Chủ trì đối thoại có đồng chí Phạm Văn Hưng, Bí thư Đảng ủy phường; đồng chí Vũ Thị Thanh Hoa, Phó Bí thư Đảng ủy, Chủ tịch UBND phường.
Các đại biểu dự hội nghị đối thoại. Ảnh: Đoàn phường
Dự hội nghị có các đồng chí Đặng Thị Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Bí thư Đoàn phường Trần Lãm; đồng chí Trần Đức Minh, Phó Bí thư Tỉnh đoàn Hưng Yên, cùng 150 đoàn viên, thanh niên, sinh viên đến từ 22 tổ dân phố, trong đó có 35 sinh viên là người con của phường đang học tại Hà Nội.
Theo báo cáo của Đoàn phường, sau khi tỉnh Thái Bình và tỉnh Hưng Yên hợp nhất, phường Trần Lãm có 2.860 thanh niên trong độ tuổi, 1.140 đoàn viên sinh hoạt tại 24 chi đoàn. Năm 2025, Đoàn phường đã vận động 420 đoàn viên tham gia chiến dịch "Mùa hè xanh", xây dựng 2 tuyến đường hoa dài 1,8 km, tặng 75 suất quà cho trẻ em khó khăn; chương trình "Tiếp sức mùa thi" phục vụ khoảng 3.000 thí sinh tại 4 điểm thi.
Tại hội nghị, 14 ý kiến góp ý đã được nêu ra. Bạn Ngô Thị Trang, sinh viên Trường Đại học Thái Bình, đề nghị phường bố trí điểm sinh hoạt hè có wifi miễn phí; anh Lương Văn Toàn, Bí thư Chi đoàn tổ dân phố số 7, hỏi về chính sách vay vốn tạo việc làm cho thanh niên, nhất là bộ đội xuất ngũ; chị Bùi Thu Hà, chủ hộ kinh doanh, muốn được hỗ trợ quảng bá sản phẩm trên sàn thương mại điện tử.
Trả lời, đồng chí Phạm Văn Hưng cho biết phường sẽ dành 200 triệu đồng từ ngân sách năm 2026 cho các hoạt động hè của thiếu nhi, trong đó lắp wifi miễn phí tại 5 nhà văn hóa; đề nghị Ngân hàng Chính sách xã hội ưu tiên cho thanh niên vay tối đa 100 triệu đồng/dự án theo Nghị định số 74/2019/NĐ-CP và Nghị định số 61/2015/NĐ-CP của Chính phủ. Đồng chí Vũ Thị Thanh Hoa giao Đoàn phường phối hợp Hội Liên hiệp Phụ nữ mở 2 lớp livestream bán hàng cho 60 thanh niên.
Kết thúc đối thoại, đồng chí Phạm Văn Hưng yêu cầu thực hiện tốt Kết luận số 05-KL/ĐU của Đảng ủy phường về đối thoại định kỳ, Quy định số 11-QĐi/TW của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong tiếp dân, đối thoại trực tiếp với dân; 100% ý kiến phải được trả lời bằng văn bản trước ngày 30/6.
Hoàng Yến
Tin liên quan
- Phường Trần Lãm ra quân chiến dịch hè 2026 (20/6/2026)
- Đại hội Đoàn phường lần thứ I (15/4/2026)
- Hội nghị sơ kết công tác Mặt trận quý I/2026 (05/4/2026)
""", "2026-06-12", "Bí thư Đảng ủy phường đối thoại với đoàn viên, thanh niên trước chiến dịch hè",
E("doi_thoai", "2026", "2026-06-11"),
[P("Phạm Văn Hưng", "Bí thư Đảng ủy phường"),
 P("Vũ Thị Thanh Hoa", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Đặng Thị Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Bí thư Đoàn phường Trần Lãm"),
 P("Trần Đức Minh", "Phó Bí thư Tỉnh đoàn Hưng Yên"),
 P("Ngô Thị Trang", "sinh viên Trường Đại học Thái Bình"),
 P("Lương Văn Toàn", "Bí thư Chi đoàn tổ dân phố số 7"),
 P("Bùi Thu Hà", "chủ hộ kinh doanh")],
[Q("150 đoàn viên, thanh niên, sinh viên", 150, "đoàn viên, thanh niên, sinh viên"), Q("22 tổ dân phố", 22, "tổ dân phố"),
 Q("35 sinh viên", 35, "sinh viên"), Q("2.860 thanh niên", 2860, "thanh niên"), Q("1.140 đoàn viên", 1140, "đoàn viên"),
 Q("24 chi đoàn", 24, "chi đoàn"), Q("420 đoàn viên", 420, "đoàn viên"), Q("2 tuyến đường hoa", 2, "tuyến đường hoa"),
 Q("1,8 km", 1.8, "km"), Q("75 suất quà", 75, "suất quà"), Q("khoảng 3.000 thí sinh", 3000, "thí sinh", "approx"),
 Q("4 điểm thi", 4, "điểm thi"), Q("14 ý kiến góp ý", 14, "ý kiến"), Q("200 triệu đồng", 200000000, "đồng"),
 Q("5 nhà văn hóa", 5, "nhà văn hóa"), Q("tối đa 100 triệu đồng", 100000000, "đồng"),
 Q("2 lớp livestream bán hàng", 2, "lớp livestream bán hàng"), Q("60 thanh niên", 60, "thanh niên"),
 Q("100% ý kiến", 100, "%")],
[D("Nghị định", "74", "2019/NĐ-CP", None, "Chính phủ", "Nghị định số 74/2019/NĐ-CP"),
 D("Nghị định", "61", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 61/2015/NĐ-CP"),
 D("Kết luận", "05", "KL/ĐU", None, "Đảng ủy phường", "Kết luận số 05-KL/ĐU"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW")],
[prov("Hưng Yên"), prov("Thái Bình"), prov("Hà Nội"), com("Trần Lãm")],
["Trang thông tin điện tử phường Trần Lãm - tỉnh Hưng Yên", "Trang chủ > Tin tức > Mặt trận - Đoàn thể",
 "Chủ Nhật, 14/06/2026", "Các đại biểu dự hội nghị đối thoại. Ảnh: Đoàn phường",
 "Tuổi trẻ Trần Lãm xung kích trong chiến dịch tình nguyện hè", "Mùa hè xanh", "Tiếp sức mùa thi", "Trường Đại học Thái Bình"],
["Chủ Nhật, 14/06/2026", "năm 2026", "Năm 2025", "tổ dân phố số 7", "30/6"]))

PAGES.append(page("b6124-quangngai-giaoban-q2-2026", """
BÁO QUẢNG NGÃI ĐIỆN TỬ
Vị trí: Trang chủ › Xã hội › Thanh niên
Thứ Hai, 13/07/2026, 09:00
Ảnh: Đồng chí Đinh Thị Hằng phát biểu kết luận.
Tuổi trẻ Quảng Ngãi bước vào cao điểm hè với 268 đội hình
Ngày 10/7, Ban Thường vụ Tỉnh đoàn Quảng Ngãi tổ chức hội nghị giao ban công tác Đoàn và phong trào thanh thiếu nhi quý II/2026, triển khai nhiệm vụ quý III. Đồng chí Đinh Thị Hằng, Tỉnh ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn chủ trì; dự có 96 đồng chí là bí thư đoàn các xã, phường, đặc khu và đoàn trực thuộc ở cả khu vực Quảng Ngãi và Kon Tum cũ.
Báo cáo do đồng chí A Ngọc Vũ, Phó Bí thư Thường trực Tỉnh đoàn trình bày cho biết, quý II các cấp bộ đoàn kết nạp 1.825 đoàn viên mới; tổ chức Tháng Thanh niên với 146 công trình, phần việc trị giá hơn 8,6 tỷ đồng. Cao điểm là chiến dịch thanh niên tình nguyện hè năm 2026 ra quân ngày 20/6 với 268 đội hình, 11.400 chiến sĩ. Đến ngày 9/7, các đội hình đã làm mới 19 km đường, sửa chữa 64 phòng học, mở 72 lớp dạy tiếng Việt cho trẻ em người Xơ Đăng, Ba Na, Hrê, Cor và hỗ trợ 2.400 lượt người dân làm thủ tục hành chính trên môi trường số. Chương trình "Tiếp sức mùa thi" phục vụ 24.600 thí sinh tại 52 điểm thi.
Quang cảnh hội nghị giao ban.
Tại hội nghị, các đồng chí Bí thư Đoàn xã: Y Nhân (Đăk Tô), Đinh Văn Lương (Sơn Hà), Hồ Thị Kim (Trà Bồng) báo cáo tiến độ công trình ở vùng cao; đồng chí Nguyễn Quốc Trung, Bí thư Đoàn đặc khu Lý Sơn, đề nghị hỗ trợ phương tiện cho 2 đội hình "Hành quân xanh" ra đảo. Đồng chí Lê Thị Mỹ, Trưởng ban Phong trào Tỉnh đoàn, cho biết đã có 31 doanh nghiệp cam kết tài trợ khoảng 5 tỷ đồng.
Hội nghị cũng chỉ ra hạn chế: 17 cơ sở đoàn chưa cập nhật dữ liệu đoàn viên; một số đội hình ở khu vực Kon Tum cũ thiếu nước sạch và thuốc sốt rét; việc sử dụng 2 nguồn kinh phí của hai tỉnh cũ chưa thống nhất.
Kết luận hội nghị, đồng chí Đinh Thị Hằng yêu cầu quý III hoàn thành 100% công trình trước ngày 25/8, tổng kết chiến dịch theo Hướng dẫn số 08-HD/TĐTN ngày 02/6/2026; thực hiện Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy về công tác thanh niên và bảo vệ rừng, Nghị quyết số 66-NQ/TW của Bộ Chính trị; chuẩn bị tổ chức Đại hội Hội LHTN Việt Nam tỉnh nhiệm kỳ 2026 - 2031 theo Kế hoạch 75, 76-KH/TWĐTN của Ban Bí thư Trung ương Đoàn. Đồng chí cũng đề nghị các cơ sở đoàn phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy nắm tình hình tư tưởng thanh niên, nhất là ở vùng đồng bào dân tộc thiểu số và vùng giáo dân.
Dịp này, Tỉnh đoàn trao cờ thi đua cho 6 đơn vị dẫn đầu quý II.
Minh Hiếu
Lượt xem: 912
TIN CÙNG CHUYÊN MỤC
- Quảng Ngãi ra quân chiến dịch tình nguyện hè 2026 (20/6/2026)
- Sinh viên tình nguyện về với Lý Sơn (02/7/2026)
- Giao ban công tác Đoàn quý I/2026 (08/4/2026)
""", "2026-07-13", "Tuổi trẻ Quảng Ngãi bước vào cao điểm hè với 268 đội hình",
E("giao_ban", "2026-Q2", "2026-07-10"),
[P("Đinh Thị Hằng", "Tỉnh ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
 P("A Ngọc Vũ", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Y Nhân", "Bí thư Đoàn xã"), P("Đinh Văn Lương", "Bí thư Đoàn xã"), P("Hồ Thị Kim", "Bí thư Đoàn xã"),
 P("Nguyễn Quốc Trung", "Bí thư Đoàn đặc khu Lý Sơn"),
 P("Lê Thị Mỹ", "Trưởng ban Phong trào Tỉnh đoàn")],
[Q("96 đồng chí", 96, "đồng chí"), Q("1.825 đoàn viên mới", 1825, "đoàn viên mới"),
 Q("146 công trình, phần việc", 146, "công trình, phần việc"), Q("hơn 8,6 tỷ đồng", 8600000000, "đồng", "over"),
 Q("268 đội hình", 268, "đội hình"), Q("11.400 chiến sĩ", 11400, "chiến sĩ"), Q("19 km", 19, "km"),
 Q("64 phòng học", 64, "phòng học"), Q("72 lớp dạy tiếng Việt", 72, "lớp dạy tiếng Việt"),
 Q("2.400 lượt người dân", 2400, "lượt người dân"), Q("24.600 thí sinh", 24600, "thí sinh"), Q("52 điểm thi", 52, "điểm thi"),
 Q("2 đội hình", 2, "đội hình"), Q("31 doanh nghiệp", 31, "doanh nghiệp"), Q("khoảng 5 tỷ đồng", 5000000000, "đồng", "approx"),
 Q("17 cơ sở đoàn", 17, "cơ sở đoàn"), Q("2 nguồn kinh phí", 2, "nguồn kinh phí"), Q("100% công trình", 100, "%"),
 Q("6 đơn vị", 6, "đơn vị")],
[D("Hướng dẫn", "08", "HD/TĐTN", "2026-06-02", None, "Hướng dẫn số 08-HD/TĐTN ngày 02/6/2026"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 66-NQ/TW"),
 D("Kế hoạch", "75", "KH/TWĐTN", None, "Ban Bí thư Trung ương Đoàn", "Kế hoạch 75, 76-KH/TWĐTN"),
 D("Kế hoạch", "76", "KH/TWĐTN", None, "Ban Bí thư Trung ương Đoàn", "Kế hoạch 75, 76-KH/TWĐTN")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Đăk Tô"), com("Sơn Hà"), com("Trà Bồng"), com("Lý Sơn")],
["BÁO QUẢNG NGÃI ĐIỆN TỬ", "Vị trí: Trang chủ › Xã hội › Thanh niên", "Ảnh: Đồng chí Đinh Thị Hằng phát biểu kết luận.",
 "Quang cảnh hội nghị giao ban.", "Tiếp sức mùa thi", "Hành quân xanh", "Lượt xem: 912"],
["Thứ Hai, 13/07/2026, 09:00", "96 đồng chí", "quý III", "năm 2026", "20/6", "9/7", "25/8", "2026 - 2031", "hai tỉnh cũ", "Lượt xem: 912"]))
