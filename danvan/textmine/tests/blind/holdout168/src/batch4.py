from lib import *
PAGES = []

PAGES.append(page("b4007-binhphuoc-tinhdoan-hoinghi-2025", """
TỈNH ĐOÀN BÌNH PHƯỚC
Trang chủ / Tin tức - Sự kiện / Phong trào
Thứ Sáu, 11/04/2025, 08:05
Ảnh: Các đại biểu bấm nút phát động phong trào.
Phát động phong trào "Bình dân học vụ số", ra mắt 111 đội hình "Thanh niên xung kích chuyển đổi số"
Sáng 10/4, Tỉnh đoàn Bình Phước phối hợp Sở Khoa học và Công nghệ tổ chức hội nghị phát động phong trào "Bình dân học vụ số" trong đoàn viên, thanh niên và nhân dân năm 2025, kết nối trực tuyến đến 111 xã, phường, thị trấn.
Dự hội nghị có đồng chí Tôn Ngọc Hạnh, Phó Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh; đồng chí Điểu Huỳnh Sang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Lê Thị Thu Thảo, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn.
Phong trào nhằm thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ và Kế hoạch số 01-KH/BCĐTW ngày 21/3/2025 của Ban Chỉ đạo Trung ương. Tại Bình Phước, Ban Thường vụ Tỉnh ủy đã ban hành các kế hoạch 412, 413-KH/TU để triển khai.
Theo Tỉnh đoàn, mục tiêu năm 2025 là phổ cập kỹ năng số cơ bản cho ít nhất 80% đoàn viên, thanh niên; hỗ trợ khoảng 150.000 người dân sử dụng dịch vụ công trực tuyến toàn trình; 100% cơ sở Đoàn cấp xã có đội hình "Thanh niên xung kích chuyển đổi số". Hiện toàn tỉnh có 826 tổ công nghệ số cộng đồng với 4.950 thành viên, trong đó 1.240 thành viên là đoàn viên.
Tại hội nghị, anh Điểu Minh Tuấn, Bí thư Đoàn xã Bù Gia Mập, người S'tiêng, chia sẻ: thanh niên xã đã về từng sóc hướng dẫn 670 người cài VNeID, lập 14 "Góc học tập số" tại nhà văn hóa sóc. Chị Thị Hạnh, Phó Bí thư Đoàn xã Đắk Ơ, kiến nghị hỗ trợ thiết bị phát wifi vì nhiều sóc sóng yếu.
Phát biểu chỉ đạo, đồng chí Tôn Ngọc Hạnh nhấn mạnh: "Bình dân học vụ số" là cuộc vận động mang tinh thần "ai biết gì dạy nấy"; đề nghị các cấp ủy xem đây là nhiệm vụ chính trị, đưa kết quả vào đánh giá người đứng đầu. Đồng chí Điểu Huỳnh Sang đề nghị MTTQ, các đoàn thể mỗi cấp xây dựng ít nhất 1 mô hình "Dân vận khéo" về chuyển đổi số.
Dịp này, Tỉnh đoàn trao 50 máy tính, 30 bộ phát wifi trị giá 420 triệu đồng cho các xã biên giới; ra mắt 111 đội hình với 2.300 đoàn viên.
Phương Uyên
Lượt xem: 5.612
Tin liên quan
- Bù Đăng: ra quân Tháng Thanh niên năm 2025 (26/03/2025)
- Tỉnh đoàn gặp mặt kỷ niệm 94 năm Ngày thành lập Đoàn (25/03/2025)
- Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ 12 (10/03/2025)
- Thanh niên Đồng Xoài hướng dẫn người dân nộp thuế điện tử (28/02/2025)
""", "2025-04-11", 'Phát động phong trào "Bình dân học vụ số", ra mắt 111 đội hình "Thanh niên xung kích chuyển đổi số"',
E("hoi_nghi", "2025", "2025-04-10"),
[P("Tôn Ngọc Hạnh", "Phó Bí thư Tỉnh ủy", "Trưởng đoàn đại biểu Quốc hội tỉnh"),
 P("Điểu Huỳnh Sang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Thu Thảo", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Điểu Minh Tuấn", "Bí thư Đoàn xã Bù Gia Mập"),
 P("Thị Hạnh", "Phó Bí thư Đoàn xã Đắk Ơ")],
[Q("111 đội hình", 111, "đội hình"), Q("111 xã, phường, thị trấn", 111, "xã, phường, thị trấn"),
 Q("ít nhất 80%", 80, "%", "over"), Q("khoảng 150.000 người dân", 150000, "người dân", "approx"), Q("100% cơ sở Đoàn cấp xã", 100, "%"),
 Q("826 tổ công nghệ số cộng đồng", 826, "tổ công nghệ số cộng đồng"), Q("4.950 thành viên", 4950, "thành viên"),
 Q("1.240 thành viên", 1240, "thành viên"), Q("670 người", 670, "người"), Q('14 "Góc học tập số"', 14, "Góc học tập số"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("50 máy tính", 50, "máy tính"), Q("30 bộ phát wifi", 30, "bộ phát wifi"),
 Q("420 triệu đồng", 420000000, "đồng"), Q("2.300 đoàn viên", 2300, "đoàn viên")],
[D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024"),
 D("Nghị quyết", "03", "NQ-CP", "2025-01-09", "Chính phủ", "Nghị quyết số 03/NQ-CP ngày 09/01/2025"),
 D("Kế hoạch", "01", "KH/BCĐTW", "2025-03-21", "Ban Chỉ đạo Trung ương", "Kế hoạch số 01-KH/BCĐTW ngày 21/3/2025"),
 D("Kế hoạch", "412", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "kế hoạch 412, 413-KH/TU"),
 D("Kế hoạch", "413", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "kế hoạch 412, 413-KH/TU")],
[prov("Bình Phước"), com("Bù Gia Mập"), com("Đắk Ơ")],
["TỈNH ĐOÀN BÌNH PHƯỚC", "Trang chủ / Tin tức - Sự kiện / Phong trào", "Ảnh: Các đại biểu bấm nút phát động phong trào.",
 "Bình dân học vụ số", "Thanh niên xung kích chuyển đổi số", "VNeID", "ai biết gì dạy nấy", "Dân vận khéo", "Lượt xem: 5.612"],
["Thứ Sáu, 11/04/2025, 08:05", "năm 2025", "Lượt xem: 5.612"]))

PAGES.append(page("b4008-tuyenquang-btgdv-soket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ » Dân vận » Chuyển đổi số
Ngày đăng 14/08/2025 | 16:20
Tuyên Quang: 6 tháng, hơn 312.000 lượt người được phổ cập kỹ năng số
Ngày 13/8/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị sơ kết 6 tháng đầu năm 2025 thực hiện phong trào "Bình dân học vụ số" và Đề án 06 trong hệ thống dân vận, kết nối trực tuyến với 124 xã, phường. Đây là hội nghị chuyên đề đầu tiên sau khi hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang, vận hành chính quyền địa phương hai cấp.
Toàn cảnh hội nghị tại điểm cầu tỉnh. Ảnh: Thanh Phúc
Đồng chí Hoàng Văn Chiến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Vàng Seo Dính, Ma Thị Thúy, Nguyễn Hồng Quân.
Báo cáo cho thấy, 6 tháng qua các cấp đã mở 2.846 lớp "Bình dân học vụ số" với hơn 312.000 lượt người tham gia; 1.986 tổ công nghệ số cộng đồng được kiện toàn với 10.420 thành viên; 94,6% người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức 2; tỷ lệ hồ sơ trực tuyến toàn trình tại các xã, phường đạt 71,3%. Tỷ lệ giao dịch không dùng tiền mặt tại các chợ trung tâm xã đạt khoảng 40%, có 86 chợ được công nhận "Chợ 4.0".
Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 02-CT/TU ngày 15/7/2025 về tăng cường lãnh đạo phong trào "Bình dân học vụ số", Kế hoạch số 18-KH/TU về thực hiện Nghị quyết 57-NQ/TW; Ban Tuyên giáo và Dân vận Tỉnh ủy ban hành hướng dẫn 05-HD/BTGDVTU về xây dựng mô hình "Dân vận khéo" trong chuyển đổi số.
Tham luận tại hội nghị, ông Lò Văn Sủng, Bí thư Đảng ủy xã Lũng Cú, cho biết xã biên giới có 9 thôn người Mông, Lô Lô, nhiều thôn chưa có sóng 4G; cán bộ phải "đưa lớp học lên nương", dùng loa kéo tay để dạy. Bà Lý Thị Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh, đề nghị mỗi chi hội phụ nữ có ít nhất 1 "tuyên truyền viên số".
Bên cạnh kết quả, hội nghị chỉ ra: sau sắp xếp, nhiều xã mới có diện tích rộng, cán bộ còn lúng túng với phần mềm dùng chung; một số tổ công nghệ số cộng đồng hoạt động cầm chừng; tình trạng lừa đảo qua mạng nhắm vào người cao tuổi có chiều hướng tăng.
Kết luận, đồng chí Hoàng Văn Chiến yêu cầu 6 tháng cuối năm 2025 phấn đấu trên 98% người dân có tài khoản định danh mức 2, 100% xã, phường có ít nhất 1 mô hình "Dân vận khéo" về chuyển đổi số.
Phúc Sơn
Lượt xem: 3.719
Tin liên quan
- Phường Hà Giang 1 ra mắt "Tổ dân phố số" (05/08/2025)
- Hội nghị cán bộ chủ chốt sau hợp nhất tỉnh (02/07/2025)
- Xã Yên Sơn hướng dẫn người dân dùng dịch vụ công trực tuyến (20/07/2025)
- Tuyên Quang: công bố các nghị quyết về sắp xếp đơn vị hành chính (30/06/2025)
""", "2025-08-14", "Tuyên Quang: 6 tháng, hơn 312.000 lượt người được phổ cập kỹ năng số",
E("so_ket", "2025-H1", "2025-08-13"),
[P("Hoàng Văn Chiến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vàng Seo Dính", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ma Thị Thúy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Hồng Quân", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lò Văn Sủng", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Lý Thị Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh")],
[Q("hơn 312.000 lượt người", 312000, "lượt người", "over"), Q("124 xã, phường", 124, "xã, phường"),
 Q("2.846 lớp", 2846, "lớp"), Q("1.986 tổ công nghệ số cộng đồng", 1986, "tổ công nghệ số cộng đồng"),
 Q("10.420 thành viên", 10420, "thành viên"), Q("94,6%", 94.6, "%"), Q("71,3%", 71.3, "%"),
 Q("khoảng 40%", 40, "%", "approx"), Q("86 chợ", 86, "chợ"), Q("9 thôn", 9, "thôn"),
 Q('ít nhất 1 "tuyên truyền viên số"', 1, "tuyên truyền viên số", "over"), Q("trên 98%", 98, "%", "over"),
 Q("100% xã, phường", 100, "%"), Q("ít nhất 1 mô hình", 1, "mô hình", "over")],
[D("Đề án", "06", None, None, None, "Đề án 06"),
 D("Chỉ thị", "02", "CT/TU", "2025-07-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 02-CT/TU ngày 15/7/2025"),
 D("Kế hoạch", "18", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 18-KH/TU"),
 D("Nghị quyết", "57", "NQ/TW", None, None, "Nghị quyết 57-NQ/TW"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "hướng dẫn 05-HD/BTGDVTU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ » Dân vận » Chuyển đổi số",
 "Toàn cảnh hội nghị tại điểm cầu tỉnh. Ảnh: Thanh Phúc", "Bình dân học vụ số", "Chợ 4.0", "Dân vận khéo",
 "đưa lớp học lên nương", "Lượt xem: 3.719"],
["Ngày đăng 14/08/2025 | 16:20", "6 tháng, hơn", "6 tháng qua", "6 tháng đầu năm 2025", "14 tuổi", "mức 2", "6 tháng cuối năm 2025", "Lượt xem: 3.719"]))

PAGES.append(page("b4009-vinhlong-mttq-giamsat-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH VĨNH LONG
Trang chủ › Hoạt động › Giám sát, phản biện xã hội
Thứ Tư, 22/10/2025 - 15:10
Giám sát việc giải quyết thủ tục hành chính trực tuyến tại phường Trà Vinh và xã Long Hồ
Thực hiện Kế hoạch số 27/KH-MTTQ-BTT ngày 05/9/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long về giám sát chuyên đề năm 2025, trong 2 ngày 20 và 21/10, Đoàn giám sát do bà Thạch Thị Sa Rươne, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc tiếp nhận, giải quyết thủ tục hành chính trên môi trường điện tử tại Trung tâm phục vụ hành chính công phường Trà Vinh và xã Long Hồ.
Thành viên đoàn gồm: ông Nguyễn Văn Lợi, Trưởng ban Dân chủ - Pháp luật và Giám sát, phản biện xã hội Ủy ban MTTQ Việt Nam tỉnh; bà Kim Thị Phương Dung, Phó Giám đốc Sở Khoa học và Công nghệ; đại diện Công an tỉnh, Hội Cựu chiến binh, Hội Nông dân tỉnh.
Bà Thạch Thị Sa Rươne phát biểu tại buổi giám sát.
Nội dung giám sát tập trung vào việc thực hiện Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông, Đề án 06 và phong trào "Bình dân học vụ số". Theo báo cáo, từ ngày 01/7 đến 15/10/2025, Trung tâm phục vụ hành chính công phường Trà Vinh tiếp nhận 6.214 hồ sơ, trong đó 5.390 hồ sơ trực tuyến, đạt 86,7%; giải quyết trước và đúng hạn 98,2%, có 37 hồ sơ trễ hạn đã gửi thư xin lỗi. Xã Long Hồ tiếp nhận 3.905 hồ sơ, tỷ lệ trực tuyến khoảng 64%; thu phí, lệ phí không dùng tiền mặt đạt 100%.
Ông Sơn Ngọc Thành, Chủ tịch UBND phường Trà Vinh, cho biết phường bố trí 6 đoàn viên thanh niên trực "Góc hỗ trợ số" hằng ngày, tổ công nghệ số cộng đồng của 21 khóm hỗ trợ 1.870 lượt người dân nộp hồ sơ. Bà Lê Thị Hồng Nhung, Phó Chủ tịch UBND xã Long Hồ, giải trình: hệ thống phần mềm sau sắp xếp còn chập chờn, có ngày ngưng 3 - 4 tiếng; xã có 13 ấp thì 4 ấp đông người cao tuổi, ít dùng điện thoại thông minh.
Ông Trần Văn Chín, người dân ấp Phước Hanh, góp ý đoàn giám sát: "Làm trên mạng nhanh thật, nhưng nhiều lúc tin nhắn báo kết quả không tới, phải lên xã hỏi lại".
Qua giám sát, đoàn kiến nghị UBND tỉnh nâng cấp đường truyền, bổ sung ít nhất 2 máy tính tự phục vụ tại mỗi trung tâm; UBND các xã, phường công khai số điện thoại đường dây nóng, giảm tỷ lệ hồ sơ trễ hạn xuống dưới 1%. Ủy ban MTTQ hai địa phương tiếp tục vận động đoàn viên, hội viên tham gia tổ công nghệ số cộng đồng.
Kết luận, bà Thạch Thị Sa Rươne ghi nhận 2 địa phương đã nỗ lực trong giai đoạn đầu vận hành chính quyền hai cấp; đoàn sẽ tổng hợp báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh trước ngày 15/11/2025.
Ngọc Diễm
Lượt xem: 1.046
Tin liên quan
- MTTQ tỉnh phản biện dự thảo Nghị quyết về chính sách hỗ trợ người có uy tín (10/10/2025)
- Phường Bến Tre ra mắt mô hình "Khóm không tiền mặt" (02/10/2025)
- Hội nghị hiệp thương Ủy ban MTTQ Việt Nam tỉnh sau hợp nhất (15/08/2025)
""", "2025-10-22", "Giám sát việc giải quyết thủ tục hành chính trực tuyến tại phường Trà Vinh và xã Long Hồ",
E("giam_sat", "2025", "2025-10-20"),
[P("Thạch Thị Sa Rươne", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Lợi", "Trưởng ban Dân chủ - Pháp luật và Giám sát, phản biện xã hội Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Thị Phương Dung", "Phó Giám đốc Sở Khoa học và Công nghệ"),
 P("Sơn Ngọc Thành", "Chủ tịch UBND phường Trà Vinh"),
 P("Lê Thị Hồng Nhung", "Phó Chủ tịch UBND xã Long Hồ"),
 P("Trần Văn Chín")],
[Q("6.214 hồ sơ", 6214, "hồ sơ"), Q("5.390 hồ sơ", 5390, "hồ sơ"), Q("86,7%", 86.7, "%"), Q("98,2%", 98.2, "%"),
 Q("37 hồ sơ trễ hạn", 37, "hồ sơ trễ hạn"), Q("3.905 hồ sơ", 3905, "hồ sơ"), Q("khoảng 64%", 64, "%", "approx"),
 Q("100%", 100, "%"), Q("6 đoàn viên thanh niên", 6, "đoàn viên thanh niên"), Q("21 khóm", 21, "khóm"),
 Q("1.870 lượt người dân", 1870, "lượt người dân"), Q("13 ấp", 13, "ấp"), Q("4 ấp", 4, "ấp"),
 Q("ít nhất 2 máy tính tự phục vụ", 2, "máy tính tự phục vụ", "over"), Q("dưới 1%", 1, "%", "exact")],
[D("Kế hoạch", "27", "KH-MTTQ-BTT", "2025-09-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 27/KH-MTTQ-BTT ngày 05/9/2025"),
 D("Nghị định", "118", "2025/NĐ-CP", "2025-06-09", "Chính phủ", "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025"),
 D("Đề án", "06", None, None, None, "Đề án 06")],
[prov("Vĩnh Long"), com("Trà Vinh"), com("Long Hồ")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH VĨNH LONG", "Trang chủ › Hoạt động › Giám sát, phản biện xã hội",
 "Bà Thạch Thị Sa Rươne phát biểu tại buổi giám sát.", "Bình dân học vụ số", "Góc hỗ trợ số", "Lượt xem: 1.046"],
["Thứ Tư, 22/10/2025 - 15:10", "năm 2025", "2 ngày", "3 - 4 tiếng", "15/10/2025", "15/11/2025", "Lượt xem: 1.046"]))

PAGES.append(page("b4010-lamdong-btgdv-tongket-2026", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Trang chủ | Chính trị | Xây dựng Đảng
Thứ Sáu, 09/01/2026 | 06:30
Đồng chí K'Mách phát biểu tại hội nghị.
Năm 2026, phấn đấu 100% thôn, tổ dân phố có tổ công nghệ số cộng đồng hoạt động hiệu quả
(LĐ online) - Ngày 7/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên tỉnh Lâm Đồng mới (hợp nhất từ các tỉnh Lâm Đồng, Đắk Nông, Bình Thuận) tổng kết toàn diện công tác dân vận gắn với chuyển đổi số.
Dự và chỉ đạo hội nghị có đồng chí Nguyễn Thị Hoàng Yến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí K'Mách, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban: Y Thanh Mlô, Đàng Thị Ngọc Hà.
Năm 2025, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 06, 07-CT/TU về phong trào "Bình dân học vụ số" và về công tác dân vận trong vận hành chính quyền địa phương hai cấp; phối hợp triển khai Kết luận 121, 127-KL/TW của Ban Chấp hành Trung ương và Bộ Chính trị. Toàn tỉnh có 3.864 tổ công nghệ số cộng đồng với 19.750 thành viên; mở 6.120 lớp "Bình dân học vụ số" cho khoảng 428.000 lượt người; 92,8% người dân trong độ tuổi có tài khoản định danh điện tử mức 2. Phong trào "Dân vận khéo" có 1.246 mô hình, trong đó 318 mô hình về chuyển đổi số, 64 mô hình tiêu biểu được khen thưởng.
Tham luận, ông K'Brèo, Bí thư Đảng ủy xã Lạc Dương, người K'Ho, chia sẻ mô hình "Buôn số" ở 5 buôn, thôn; đồng bào đã bán cà phê, rau qua mạng, thanh toán bằng mã QR. Bà Thị Mai, Chủ tịch Hội LHPN xã Quảng Khê, người Mnông, và ông Thông Văn Chánh, Bí thư Đảng ủy phường Phan Rí Cửa, người Chăm, nêu khó khăn về sóng di động, thiết bị ở vùng sâu và vùng bãi ngang ven biển.
Báo cáo cũng nêu các hạn chế: công tác nắm tình hình dư luận trên không gian mạng có lúc chưa kịp thời; còn 27 thôn, buôn chưa có sóng 4G; khoảng 15% tổ công nghệ số cộng đồng hoạt động hình thức.
Phát biểu kết luận, đồng chí Nguyễn Thị Hoàng Yến yêu cầu năm 2026 thực hiện tốt Quy định số 304-QĐ/TW ngày 21/5/2025 của Ban Bí thư và Kết luận 150-KL/TW; phấn đấu 100% thôn, tổ dân phố có tổ công nghệ số cộng đồng hoạt động hiệu quả, trên 95% người dân có tài khoản định danh mức 2, mỗi xã, phường có ít nhất 1 mô hình "Dân vận khéo" về chuyển đổi số.
Dịp này, Ban tặng giấy khen cho 35 tập thể, 52 cá nhân.
Hoài Anh
Lượt xem: 2.918
Tin liên quan
- Lâm Đồng ra mắt Trung tâm hỗ trợ chuyển đổi số cộng đồng (28/12/2025)
- Phường Xuân Hương - Đà Lạt tổng kết năm 2025 (25/12/2025)
- Gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (18/12/2025)
- Đối thoại giữa người đứng đầu cấp ủy với nhân dân xã Đam Rông 4 (10/12/2025)
""", "2026-01-09", "Năm 2026, phấn đấu 100% thôn, tổ dân phố có tổ công nghệ số cộng đồng hoạt động hiệu quả",
E("tong_ket", "2025", "2026-01-07"),
[P("K'Mách", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hoàng Yến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Thanh Mlô", "Phó Trưởng Ban"), P("Đàng Thị Ngọc Hà", "Phó Trưởng Ban"),
 P("K'Brèo", "Bí thư Đảng ủy xã Lạc Dương"),
 P("Thị Mai", "Chủ tịch Hội LHPN xã Quảng Khê"),
 P("Thông Văn Chánh", "Bí thư Đảng ủy phường Phan Rí Cửa")],
[Q("100% thôn, tổ dân phố", 100, "%"), Q("3.864 tổ công nghệ số cộng đồng", 3864, "tổ công nghệ số cộng đồng"),
 Q("19.750 thành viên", 19750, "thành viên"), Q("6.120 lớp", 6120, "lớp"),
 Q("khoảng 428.000 lượt người", 428000, "lượt người", "approx"), Q("92,8%", 92.8, "%"),
 Q("1.246 mô hình", 1246, "mô hình"), Q("318 mô hình", 318, "mô hình"), Q("64 mô hình tiêu biểu", 64, "mô hình tiêu biểu"),
 Q("5 buôn, thôn", 5, "buôn, thôn"), Q("27 thôn, buôn", 27, "thôn, buôn"), Q("khoảng 15%", 15, "%", "approx"),
 Q("trên 95%", 95, "%", "over"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"),
 Q("35 tập thể", 35, "tập thể"), Q("52 cá nhân", 52, "cá nhân")],
[D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Kết luận", "121", "KL/TW", None, "Ban Chấp hành Trung ương và Bộ Chính trị", "Kết luận 121, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Ban Chấp hành Trung ương và Bộ Chính trị", "Kết luận 121, 127-KL/TW"),
 D("Quy định", "304", "QĐ/TW", "2025-05-21", "Ban Bí thư", "Quy định số 304-QĐ/TW ngày 21/5/2025"),
 D("Kết luận", "150", "KL/TW", None, None, "Kết luận 150-KL/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lạc Dương"), com("Quảng Khê"), com("Phan Rí Cửa")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Trang chủ | Chính trị | Xây dựng Đảng", "Đồng chí K'Mách phát biểu tại hội nghị.", "(LĐ online)",
 "Bình dân học vụ số", "Dân vận khéo", "Buôn số", "Lượt xem: 2.918"],
["Thứ Sáu, 09/01/2026 | 06:30", "Năm 2026", "năm 2025", "năm 2026", "mức 2", "Lượt xem: 2.918"]))

PAGES.append(page("b4011-angiang-phuong-doithoai-2026", """
ĐẢNG ỦY - HĐND - UBND - UBMTTQVN PHƯỜNG RẠCH GIÁ
Trang chủ » Tin tức » Hoạt động phường
17:20 | 18/03/2026
Người đứng đầu phường Rạch Giá đối thoại với nhân dân về chính quyền số
Chiều 16/3, Đảng ủy, UBND, Ủy ban MTTQ Việt Nam phường Rạch Giá (tỉnh An Giang) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2026, chủ đề "Chính quyền số - phục vụ người dân, doanh nghiệp". Gần 250 cử tri, tiểu thương, hội viên các đoàn thể của 24 khu phố tham dự.
Ảnh: Quang cảnh hội nghị đối thoại.
Chủ trì đối thoại có đồng chí Trần Minh Khoa, Bí thư Đảng ủy, Chủ tịch HĐND phường; đồng chí Danh Út, Phó Bí thư Đảng ủy, Chủ tịch UBND phường; đồng chí Huỳnh Thị Kim Loan, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường. Dự có đồng chí Lâm Văn Tấn, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang.
Mở đầu, đồng chí Danh Út thông tin: năm 2025, phường tiếp nhận 18.460 hồ sơ thủ tục hành chính, 91,5% nộp trực tuyến; 146 tổ công nghệ số cộng đồng hướng dẫn 9.870 lượt người; 3 chợ Rạch Giá, Vĩnh Thanh Vân, Rạch Sỏi có 2.136 tiểu thương, trong đó 1.920 tiểu thương dùng mã QR, đạt gần 90%. Phường thực hiện Nghị quyết số 08-NQ/ĐU ngày 12/8/2025 của Đảng ủy phường về xây dựng "Phường số" và Kế hoạch 45/KH-UBND của UBND phường về Đề án 06.
Tại hội nghị có 21 ý kiến gửi đến, tập trung vào phí chuyển khoản, thời gian trả kết quả, tình trạng tin nhắn lừa đảo giả danh cơ quan thuế. Bà Thị Sà Rết, tiểu thương chợ Rạch Sỏi, người Khmer, phản ánh: "Bán hàng mã QR tiện thật, nhưng có lần bị chuyển khoản giả, mất 2,4 triệu đồng". Ông Lâm Quang Minh, cựu chiến binh khu phố Vĩnh Lạc 3, đề nghị tổ công nghệ số cộng đồng về tận nhà hỗ trợ người già đổi căn cước.
Đồng chí Trần Minh Khoa tiếp thu, trả lời trực tiếp 18 ý kiến; giao Công an phường phối hợp Đoàn Thanh niên mở 12 lớp "Bình dân học vụ số" chuyên đề phòng chống lừa đảo trong quý II/2026; cam kết trả lời bằng văn bản 3 ý kiến còn lại trong 15 ngày.
Nhiều hộ kinh doanh cũng đề nghị ngân hàng có điểm hỗ trợ ngay tại chợ vào buổi sáng; đại diện các ngân hàng thương mại trên địa bàn cho biết sẽ bố trí cán bộ trực tại ba chợ vào các ngày cuối tuần, hướng dẫn cài đặt cảnh báo giao dịch bất thường.
Đồng chí Lâm Văn Tấn đánh giá cao cách làm của phường, đề nghị nhân rộng mô hình đối thoại định kỳ, lồng ghép phong trào "Dân vận khéo" với chuyển đổi số.
Minh Khôi
Lượt xem: 864
Tin liên quan
- Phường Rạch Giá ra mắt "Khu phố không tiền mặt" (05/03/2026)
- Đặc khu Phú Quốc tổng kết công tác dân vận năm 2025 (20/01/2026)
- Xã Tri Tôn tập huấn cho tổ công nghệ số cộng đồng (12/01/2026)
- Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 5 (08/01/2026)
""", "2026-03-18", "Người đứng đầu phường Rạch Giá đối thoại với nhân dân về chính quyền số",
E("doi_thoai", "2026", "2026-03-16"),
[P("Trần Minh Khoa", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
 P("Danh Út", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Huỳnh Thị Kim Loan", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Lâm Văn Tấn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang"),
 P("Thị Sà Rết"), P("Lâm Quang Minh")],
[Q("Gần 250 cử tri, tiểu thương, hội viên", 250, "cử tri, tiểu thương, hội viên", "approx"), Q("24 khu phố", 24, "khu phố"),
 Q("18.460 hồ sơ", 18460, "hồ sơ"), Q("91,5%", 91.5, "%"), Q("146 tổ công nghệ số cộng đồng", 146, "tổ công nghệ số cộng đồng"),
 Q("9.870 lượt người", 9870, "lượt người"), Q("3 chợ", 3, "chợ"), Q("2.136 tiểu thương", 2136, "tiểu thương"),
 Q("1.920 tiểu thương", 1920, "tiểu thương"), Q("gần 90%", 90, "%", "approx"), Q("21 ý kiến", 21, "ý kiến"),
 Q("2,4 triệu đồng", 2400000, "đồng"), Q("18 ý kiến", 18, "ý kiến"), Q("12 lớp", 12, "lớp"), Q("3 ý kiến", 3, "ý kiến")],
[D("Nghị quyết", "08", "NQ/ĐU", "2025-08-12", "Đảng ủy phường", "Nghị quyết số 08-NQ/ĐU ngày 12/8/2025"),
 D("Kế hoạch", "45", "KH-UBND", None, "UBND phường", "Kế hoạch 45/KH-UBND"),
 D("Đề án", "06", None, None, None, "Đề án 06")],
[prov("An Giang"), com("Rạch Giá")],
["ĐẢNG ỦY - HĐND - UBND - UBMTTQVN PHƯỜNG RẠCH GIÁ", "Trang chủ » Tin tức » Hoạt động phường", "Ảnh: Quang cảnh hội nghị đối thoại.",
 "Chính quyền số - phục vụ người dân, doanh nghiệp", "Phường số", "Bình dân học vụ số", "Dân vận khéo", "Vĩnh Thanh Vân", "Rạch Sỏi", "Lượt xem: 864"],
["17:20 | 18/03/2026", "năm 2026", "năm 2025", "quý II/2026", "15 ngày", "Vĩnh Lạc 3", "Lượt xem: 864"]))

PAGES.append(page("b4012-dongnai-mttq-taphuan-2026", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ > Tin tức > Tập huấn, bồi dưỡng
Thứ Tư, 06/05/2026 - 10:15
Chủ Nhật, 10/05/2026
Trang bị kỹ năng số cho 380 cán bộ Mặt trận cơ sở
Trong 2 ngày 4 và 5/5/2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức lớp tập huấn kỹ năng số và nghiệp vụ giám sát trên môi trường số năm 2026 cho 380 cán bộ là chủ tịch, phó chủ tịch Ủy ban MTTQ Việt Nam 95 xã, phường và trưởng ban công tác Mặt trận khu dân cư.
Học viên thực hành trên nền tảng "Mặt trận số". Ảnh: Hồng Nhung
Phát biểu khai mạc, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nguyễn Thị Thu Hiền, Điểu Thị Hồng Nhân nhấn mạnh: sau hợp nhất Đồng Nai và Bình Phước, địa bàn rộng, 95 xã, phường phải vận hành theo mô hình chính quyền hai cấp, nên cán bộ Mặt trận cần thành thạo công cụ số để nắm tình hình nhân dân.
Lớp tập huấn triển khai Hướng dẫn số 22/HD-MTTW-BTT ngày 18/02/2026 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về ứng dụng công nghệ số trong hoạt động Mặt trận cơ sở, Kế hoạch số 36-KH/ĐĐ của Đảng đoàn MTTQ tỉnh và Kế hoạch 14, 15-KH/MTTQ-BTT về "Bình dân học vụ số". TS. Phạm Quang Vinh, Phó Giám đốc Trung tâm Chuyển đổi số tỉnh, hướng dẫn học viên sử dụng nền tảng "Mặt trận số", tiếp nhận phản ánh qua ứng dụng, tổng hợp số liệu trên bản đồ số.
Các đồng chí Hồ Thị Bích, Điểu Thanh Lâm - Ủy viên Thường trực Ủy ban MTTQ Việt Nam tỉnh trực tiếp giới thiệu chuyên đề giám sát, phản biện xã hội trên môi trường số.
Theo báo cáo, quý I/2026 toàn tỉnh có 4.215 tổ công nghệ số cộng đồng với 21.380 thành viên, trong đó trên 60% là đoàn viên, hội viên các tổ chức chính trị - xã hội; 97,1% người dân có tài khoản định danh mức 2; tỷ lệ người cao tuổi biết dùng thanh toán điện tử mới đạt khoảng 38%.
Bà Thị Lành, vừa được bầu giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập, người S'tiêng, chia sẻ: xã có 11 thôn, sóc giáp biên, tổ công nghệ số phải "ba cùng" với bà con mới hướng dẫn được. Ông Vũ Đình Hải, được bổ nhiệm làm Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh từ tháng 3/2026, giới thiệu cách chấm điểm "Khu dân cư số".
Kết thúc lớp, 100% học viên đạt yêu cầu bài kiểm tra; Ban Thường trực Ủy ban MTTQ tỉnh giao mỗi xã, phường trong quý II/2026 tổ chức ít nhất 2 lớp nhân rộng cho trưởng ban công tác Mặt trận, phấn đấu 1.200 khu dân cư sử dụng nền tảng "Mặt trận số".
Thanh Hải
Lượt xem: 1.337
Tin khác
- Đồng Nai: 95 xã, phường ra mắt tổ giám sát cộng đồng trên môi trường số (22/04/2026)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 3 (10/04/2026)
- Phường Trấn Biên đối thoại với người lao động về bảo hiểm xã hội điện tử (30/03/2026)
- Xã Bù Gia Mập hỗ trợ người S'tiêng làm căn cước (15/03/2026)
""", "2026-05-06", "Trang bị kỹ năng số cho 380 cán bộ Mặt trận cơ sở",
E("tap_huan", "2026", "2026-05-04"),
[P("Nguyễn Thị Thu Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Hồng Nhân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Quang Vinh", "TS.", "Phó Giám đốc Trung tâm Chuyển đổi số tỉnh"),
 P("Hồ Thị Bích", "Ủy viên Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thanh Lâm", "Ủy viên Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Lành", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập"),
 P("Vũ Đình Hải", "Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh")],
[Q("380 cán bộ", 380, "cán bộ"), Q("95 xã, phường", 95, "xã, phường"),
 Q("4.215 tổ công nghệ số cộng đồng", 4215, "tổ công nghệ số cộng đồng"), Q("21.380 thành viên", 21380, "thành viên"),
 Q("trên 60%", 60, "%", "over"), Q("97,1%", 97.1, "%"), Q("khoảng 38%", 38, "%", "approx"),
 Q("11 thôn, sóc", 11, "thôn, sóc"), Q("100% học viên", 100, "%"), Q("ít nhất 2 lớp", 2, "lớp", "over"),
 Q("1.200 khu dân cư", 1200, "khu dân cư")],
[D("Hướng dẫn", "22", "HD-MTTW-BTT", "2026-02-18", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 22/HD-MTTW-BTT ngày 18/02/2026"),
 D("Kế hoạch", "36", "KH/ĐĐ", None, "Đảng đoàn MTTQ tỉnh", "Kế hoạch số 36-KH/ĐĐ"),
 D("Kế hoạch", "14", "KH/MTTQ-BTT", None, None, "Kế hoạch 14, 15-KH/MTTQ-BTT"),
 D("Kế hoạch", "15", "KH/MTTQ-BTT", None, None, "Kế hoạch 14, 15-KH/MTTQ-BTT")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ > Tin tức > Tập huấn, bồi dưỡng", "Chủ Nhật, 10/05/2026",
 'Học viên thực hành trên nền tảng "Mặt trận số". Ảnh: Hồng Nhung', "Mặt trận số", "Bình dân học vụ số", "ba cùng", "Khu dân cư số", "Lượt xem: 1.337"],
["Thứ Tư, 06/05/2026 - 10:15", "2 ngày", "năm 2026", "quý I/2026", "tháng 3/2026", "quý II/2026", "Lượt xem: 1.337"]))
