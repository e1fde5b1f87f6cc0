from lib import *
PAGES = []

PAGES.append(page("b4001-soctrang-bdv-giaoban-2022", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ | Tin hoạt động | Dân vận chính quyền
Thứ Tư, 12/10/2022 - 08:40
Ảnh: Toàn cảnh buổi giao ban.
Khối dân vận chung tay thực hiện Đề án 06 trong đồng bào Khmer
Ngày 11/10/2022, Ban Dân vận Tỉnh ủy Sóc Trăng tổ chức giao ban công tác dân vận quý III năm 2022 với Ban cán sự đảng UBND tỉnh, Đảng ủy Công an tỉnh và Ủy ban MTTQ, các đoàn thể chính trị - xã hội tỉnh. Đồng chí Lâm Thị Sang, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Theo báo cáo, quý III, khối dân vận tập trung tuyên truyền, vận động nhân dân thực hiện Đề án 06 và Kế hoạch số 103-KH/TU ngày 18/4/2022 của Ban Thường vụ Tỉnh ủy về lãnh đạo thực hiện Đề án. Các lực lượng đã phối hợp thu nhận 48.215 hồ sơ cấp tài khoản định danh điện tử, kích hoạt 21.630 tài khoản; vận động 1.846 người có uy tín, 92 chùa Phật giáo Nam tông Khmer tuyên truyền đến phật tử trong các buổi lễ.
Toàn tỉnh đã thành lập 109 tổ công tác Đề án 06 cấp xã và 782 tổ cấp ấp, khóm; Đoàn Thanh niên ra quân 65 đội hình "Thanh niên tình nguyện hỗ trợ Đề án 06" với hơn 1.300 đoàn viên; Hội LHPN hướng dẫn khoảng 7.500 hội viên cài đặt VNeID. Qua đó, tỷ lệ thu nhận hồ sơ căn cước công dân gắn chíp đạt 97,4%.
Đại đức Thạch Sô Phênh, Phó Trưởng ban Trị sự Phật giáo tỉnh, trụ trì chùa Som Rông, cho biết nhà chùa dành phòng học chữ Khmer làm điểm cấp căn cước lưu động cho 3 ấp lân cận. Bà Thạch Thị Sa Ra, Chủ tịch Hội LHPN xã Viên An, và ông Danh Sà Ron, Bí thư Đoàn xã Tham Đôn, nêu khó khăn: nhiều bà con lớn tuổi không có điện thoại thông minh, sóng yếu ở các ấp ven biển.
Bên cạnh kết quả đạt được, công tác tuyên truyền ở một số nơi còn hình thức, chưa dùng song ngữ Việt - Khmer; việc phối hợp giữa tổ công tác cấp xã với ban nhân dân ấp chưa chặt chẽ, có nơi còn để người dân đi lại nhiều lần mới kích hoạt được tài khoản.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Văn Hưng, Sơn Thị Ánh Hồng báo cáo kết quả kiểm tra việc thực hiện Quy chế dân chủ ở 12 xã; đề nghị biểu dương 8 mô hình "Dân vận khéo" gắn với chuyển đổi số.
Phát biểu kết luận, đồng chí Lâm Thị Sang đề nghị trong quý IV/2022 các cơ quan khối dân vận phối hợp Công an tỉnh phấn đấu kích hoạt thêm ít nhất 40.000 tài khoản định danh mức 2, thực hiện Chỉ thị 12, 13-CT/TU của Tỉnh ủy về chuyển đổi số và cải cách hành chính; mỗi tổ chức chính trị - xã hội xây dựng ít nhất 1 mô hình điểm.
Kim Ngân
Lượt xem: 1.108
Tin liên quan
- Trần Đề: ra mắt mô hình "Ấp thông minh" (30/09/2022)
- Hội nghị người có uy tín trong đồng bào dân tộc Khmer năm 2022 (20/09/2022)
- Vĩnh Châu: đối thoại với nhân dân về giải phóng mặt bằng (05/09/2022)
- Tặng quà các chùa Khmer nhân dịp Lễ Sene Đolta (19/09/2022)
""", "2022-10-12", "Khối dân vận chung tay thực hiện Đề án 06 trong đồng bào Khmer",
E("giao_ban", "2022-Q3", "2022-10-11"),
[P("Lâm Thị Sang", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Phênh", "Đại đức", "Phó Trưởng ban Trị sự Phật giáo tỉnh", "trụ trì chùa Som Rông"),
 P("Thạch Thị Sa Ra", "Chủ tịch Hội LHPN xã Viên An"),
 P("Danh Sà Ron", "Bí thư Đoàn xã Tham Đôn"),
 P("Trần Văn Hưng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sơn Thị Ánh Hồng", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("48.215 hồ sơ", 48215, "hồ sơ"), Q("21.630 tài khoản", 21630, "tài khoản"),
 Q("1.846 người có uy tín", 1846, "người có uy tín"), Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("109 tổ công tác Đề án 06 cấp xã", 109, "tổ công tác Đề án 06 cấp xã"), Q("782 tổ cấp ấp, khóm", 782, "tổ cấp ấp, khóm"),
 Q("65 đội hình", 65, "đội hình"), Q("hơn 1.300 đoàn viên", 1300, "đoàn viên", "over"),
 Q("khoảng 7.500 hội viên", 7500, "hội viên", "approx"), Q("97,4%", 97.4, "%"), Q("3 ấp", 3, "ấp"),
 Q("12 xã", 12, "xã"), Q("8 mô hình", 8, "mô hình"),
 Q("ít nhất 40.000 tài khoản định danh mức 2", 40000, "tài khoản định danh mức 2", "over"),
 Q("ít nhất 1 mô hình điểm", 1, "mô hình điểm", "over")],
[D("Đề án", "06", None, None, None, "Đề án 06"),
 D("Kế hoạch", "103", "KH/TU", "2022-04-18", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 103-KH/TU ngày 18/4/2022"),
 D("Chỉ thị", "12", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 12, 13-CT/TU")],
[prov("Sóc Trăng"), com("Viên An"), com("Tham Đôn")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ | Tin hoạt động | Dân vận chính quyền", "Ảnh: Toàn cảnh buổi giao ban.",
 "Thanh niên tình nguyện hỗ trợ Đề án 06", "VNeID", "Dân vận khéo", "Lượt xem: 1.108"],
["Thứ Tư, 12/10/2022 - 08:40", "quý III năm 2022", "quý IV/2022", "mức 2", "Lượt xem: 1.108"]))

PAGES.append(page("b4002-gialai-tinhdoan-taphuan-2023", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị › Đoàn thể › Chuyển đổi số
18/05/2023 - 14:20
Bồi dưỡng kỹ năng số cho 215 thành viên tổ công nghệ số cộng đồng
(GLO) - Trong 2 ngày 16 và 17/5, Tỉnh đoàn Gia Lai phối hợp Sở Thông tin và Truyền thông tổ chức lớp tập huấn kỹ năng số năm 2023 cho 215 thành viên tổ công nghệ số cộng đồng là bí thư Đoàn xã, chi đoàn thôn, làng của 17 huyện, thị xã, thành phố.
Các học viên thực hành cài đặt ứng dụng VNeID. Ảnh: Hà Duy
Phát biểu khai mạc, đồng chí Rah Lan Hiệp, Ủy viên Ban Chấp hành Trung ương Đoàn, Phó Bí thư Thường trực Tỉnh đoàn, nhấn mạnh: tuổi trẻ phải là lực lượng nòng cốt, "đi từng ngõ, gõ từng nhà, hướng dẫn từng người" để người dân ở thôn, làng xa nhất cũng được tiếp cận dịch vụ số.
Lớp tập huấn nhằm cụ thể hóa Quyết định số 1150/QĐ-UBND ngày 20/10/2022 của UBND tỉnh về việc thành lập, kiện toàn tổ công nghệ số cộng đồng và Kế hoạch 168-KH/TĐTN-TNNT của Ban Thường vụ Tỉnh đoàn về "Tuổi trẻ Gia Lai xung kích chuyển đổi số" giai đoạn 2023 - 2025. Học viên được hướng dẫn cài đặt, kích hoạt VNeID mức 2, sử dụng Cổng dịch vụ công quốc gia, thanh toán qua mã QR, nhận diện thủ đoạn lừa đảo trên không gian mạng.
Theo Sở Thông tin và Truyền thông, toàn tỉnh đã thành lập 2.212 tổ công nghệ số cộng đồng với 11.960 thành viên, phủ 100% thôn, làng, tổ dân phố. Năm 2022, các tổ đã hướng dẫn khoảng 86.000 lượt người dân sử dụng dịch vụ công trực tuyến; 46% hộ gia đình có người dùng thanh toán điện tử.
Ông Nguyễn Minh Đức, Phó Giám đốc Sở Thông tin và Truyền thông, lưu ý: nhiều tổ mới thành lập trên giấy, thành viên chủ yếu là cán bộ thôn lớn tuổi, kỹ năng số hạn chế, trong khi đồng bào Jrai, Bahnar ở vùng sâu chưa tiếp cận được điện thoại thông minh. Vì vậy Tỉnh đoàn đề xuất bổ sung ít nhất 2 đoàn viên vào mỗi tổ.
Anh Siu Thuân, Bí thư Đoàn xã Ia Pếch, cho biết tổ công nghệ số của xã đã lập 9 nhóm Zalo theo làng, hướng dẫn 312 người cài VNeID chỉ trong 1 tháng. Chị H'Bla Ksor, Phó Bí thư Đoàn xã Ia Dreh, người Jrai, đề nghị in tài liệu hướng dẫn bằng tiếng Jrai.
Bế mạc lớp, đồng chí Rah Lan Hiệp trao giấy chứng nhận cho học viên, đề nghị mỗi học viên về cơ sở hướng dẫn ít nhất 50 người dân trong quý III/2023; Tỉnh đoàn sẽ tặng 30 điện thoại thông minh cho các tổ có thành tích tiêu biểu.
Hà Duy
Lượt đọc: 3.027
Tin cùng chuyên mục
- Ra mắt "Làng chuyển đổi số" đầu tiên ở Chư Păh (10/05/2023)
- Hội LHPN tỉnh triển khai mô hình "Chợ 4.0" (03/05/2023)
- Tuổi trẻ Gia Lai ra quân Tháng Thanh niên 2023 (26/03/2023)
- Gia Lai: 100% xã có điểm phục vụ dịch vụ công trực tuyến (15/03/2023)
""", "2023-05-18", "Bồi dưỡng kỹ năng số cho 215 thành viên tổ công nghệ số cộng đồng",
E("tap_huan", "2023", "2023-05-16"),
[P("Rah Lan Hiệp", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Nguyễn Minh Đức", "Phó Giám đốc Sở Thông tin và Truyền thông"),
 P("Siu Thuân", "Bí thư Đoàn xã Ia Pếch"),
 P("H'Bla Ksor", "Phó Bí thư Đoàn xã Ia Dreh")],
[Q("215 thành viên tổ công nghệ số cộng đồng", 215, "thành viên tổ công nghệ số cộng đồng"),
 Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
 Q("2.212 tổ công nghệ số cộng đồng", 2212, "tổ công nghệ số cộng đồng"), Q("11.960 thành viên", 11960, "thành viên"),
 Q("100% thôn, làng, tổ dân phố", 100, "%"), Q("khoảng 86.000 lượt người dân", 86000, "lượt người dân", "approx"),
 Q("46%", 46, "%"), Q("ít nhất 2 đoàn viên", 2, "đoàn viên", "over"), Q("9 nhóm Zalo", 9, "nhóm Zalo"),
 Q("312 người", 312, "người"), Q("ít nhất 50 người dân", 50, "người dân", "over"),
 Q("30 điện thoại thông minh", 30, "điện thoại thông minh")],
[D("Quyết định", "1150", "QĐ-UBND", "2022-10-20", "UBND tỉnh", "Quyết định số 1150/QĐ-UBND ngày 20/10/2022"),
 D("Kế hoạch", "168", "KH/TĐTN-TNNT", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 168-KH/TĐTN-TNNT")],
[prov("Gia Lai"), com("Ia Pếch"), com("Ia Dreh")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị › Đoàn thể › Chuyển đổi số", "(GLO)",
 "Các học viên thực hành cài đặt ứng dụng VNeID. Ảnh: Hà Duy", "đi từng ngõ, gõ từng nhà, hướng dẫn từng người",
 "Tuổi trẻ Gia Lai xung kích chuyển đổi số", "VNeID", "Cổng dịch vụ công quốc gia", "Lượt đọc: 3.027"],
["18/05/2023 - 14:20", "2 ngày", "năm 2023", "giai đoạn 2023 - 2025", "mức 2", "Năm 2022", "1 tháng", "quý III/2023", "Lượt đọc: 3.027"]))

PAGES.append(page("b4003-namdinh-lhpn-soket-2023", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH NAM ĐỊNH
You are here: Trang chủ / Tin tức / Hoạt động Hội
Cập nhật: 09:42, 20/07/2023 (GMT+7)
Phụ nữ Nam Định với "Chợ không dùng tiền mặt" và Đề án 06
Ngày 19/7, Ban Thường vụ Hội LHPN tỉnh Nam Định tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Trần Thị Thu Hương, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị; dự có đồng chí Đỗ Thị Hồng Thủy, Phó Trưởng Ban Dân vận Tỉnh ủy.
Chủ tịch Hội LHPN tỉnh phát biểu kết luận hội nghị.
6 tháng qua, các cấp Hội đã tích cực hưởng ứng Đề án 06 của Chính phủ và Chỉ thị số 05/CT-UBND ngày 14/02/2023 của Chủ tịch UBND tỉnh về đẩy mạnh chuyển đổi số. Hội đã ra mắt 28 mô hình "Chợ không dùng tiền mặt", vận động 3.460 tiểu thương là hội viên mở tài khoản, in mã QR thanh toán; hướng dẫn 41.200 hội viên cài đặt, kích hoạt tài khoản định danh điện tử mức 2, đạt 78% số hội viên từ 14 tuổi trở lên.
Toàn tỉnh có 226 chi hội phụ nữ thành lập tổ "Phụ nữ với chuyển đổi số", tham gia cùng tổ công nghệ số cộng đồng; tổ chức 412 buổi truyền thông về phòng chống lừa đảo qua mạng với trên 18.000 lượt người nghe. Hội cũng kết nạp 2.380 hội viên mới, vận động thành lập 6 hợp tác xã do phụ nữ làm chủ, bán hàng trên sàn thương mại điện tử.
Thực hiện Kế hoạch số 215-KH/TU của Ban Thường vụ Tỉnh ủy về triển khai Nghị quyết 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư, Hội LHPN tỉnh ban hành hướng dẫn số 19/HD-HPN về tiêu chí "Chi hội số".
Tham luận tại hội nghị, bà Vũ Thị Nga, Chủ tịch Hội LHPN xã Hải Đông, chia sẻ: chợ Cồn của xã có 146 hộ kinh doanh thì 139 hộ đã có mã QR. Bà Phạm Thị Liên, Chi hội trưởng phụ nữ xóm 5, xã Giao Thiện, cho biết chi hội lập nhóm "Zalo mẹ bỉm sữa" để nhắc nhau nộp học phí cho con bằng chuyển khoản.
Tuy nhiên, báo cáo cũng nêu một số nơi còn chạy theo chỉ tiêu số lượng, tài khoản kích hoạt xong nhưng chưa sử dụng; nhiều hội viên cao tuổi còn e ngại, sợ bị lộ thông tin cá nhân.
Kết luận hội nghị, đồng chí Trần Thị Thu Hương đề nghị 6 tháng cuối năm mỗi huyện, thành phố có ít nhất 3 chợ không dùng tiền mặt, phấn đấu trên 90% hội viên có tài khoản định danh điện tử.
Thu Hà
Lượt xem: 1.655
Tin khác
- Hội LHPN tỉnh tập huấn kỹ năng số cho cán bộ Hội cơ sở (05/07/2023)
- Trao 50 sinh kế cho phụ nữ nghèo huyện Xuân Trường (22/06/2023)
- Phụ nữ Giao Thủy chung tay bảo vệ môi trường biển (08/06/2023)
- Hội thi "Phụ nữ với chuyển đổi số" năm 2023 (18/05/2023)
""", "2023-07-20", 'Phụ nữ Nam Định với "Chợ không dùng tiền mặt" và Đề án 06',
E("so_ket", "2023-H1", "2023-07-19"),
[P("Trần Thị Thu Hương", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Đỗ Thị Hồng Thủy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Thị Nga", "Chủ tịch Hội LHPN xã Hải Đông"),
 P("Phạm Thị Liên", "Chi hội trưởng phụ nữ xóm 5")],
[Q("28 mô hình", 28, "mô hình"), Q("3.460 tiểu thương", 3460, "tiểu thương"), Q("41.200 hội viên", 41200, "hội viên"),
 Q("78%", 78, "%"), Q("226 chi hội phụ nữ", 226, "chi hội phụ nữ"), Q("412 buổi truyền thông", 412, "buổi truyền thông"),
 Q("trên 18.000 lượt người nghe", 18000, "lượt người nghe", "over"), Q("2.380 hội viên mới", 2380, "hội viên mới"),
 Q("6 hợp tác xã", 6, "hợp tác xã"), Q("146 hộ kinh doanh", 146, "hộ kinh doanh"), Q("139 hộ", 139, "hộ"),
 Q("ít nhất 3 chợ không dùng tiền mặt", 3, "chợ không dùng tiền mặt", "over"), Q("trên 90%", 90, "%", "over")],
[D("Đề án", "06", None, None, "Chính phủ", "Đề án 06 của Chính phủ"),
 D("Chỉ thị", "05", "CT-UBND", "2023-02-14", "Chủ tịch UBND tỉnh", "Chỉ thị số 05/CT-UBND ngày 14/02/2023"),
 D("Kế hoạch", "215", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 215-KH/TU"),
 D("Nghị quyết", "52", "NQ/TW", "2019-09-27", "Bộ Chính trị", "Nghị quyết 52-NQ/TW ngày 27/9/2019"),
 D("Hướng dẫn", "19", "HD-HPN", None, "Hội LHPN tỉnh", "hướng dẫn số 19/HD-HPN")],
[prov("Nam Định"), com("Hải Đông"), com("Giao Thiện")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH NAM ĐỊNH", "You are here: Trang chủ / Tin tức / Hoạt động Hội", "Chủ tịch Hội LHPN tỉnh phát biểu kết luận hội nghị.",
 "Chợ không dùng tiền mặt", "Phụ nữ với chuyển đổi số", "Chi hội số", "Zalo mẹ bỉm sữa", "Lượt xem: 1.655"],
["Cập nhật: 09:42, 20/07/2023 (GMT+7)", "6 tháng đầu năm 2023", "6 tháng cuối năm", "mức 2", "14 tuổi", "lần thứ tư", "xóm 5", "Lượt xem: 1.655"]))

PAGES.append(page("b4004-kiengiang-bcd06-giaoban-2024", """
CÔNG AN TỈNH KIÊN GIANG - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ >> Tin tức >> Đề án 06
04-06-2024 07:30
Hôm nay: Thứ Ba, 04/06/2024
Giao ban Đề án 06 tháng 5: 1.124.530 tài khoản VNeID đã được kích hoạt
Chiều 3/6, Tổ công tác triển khai Đề án 06 tỉnh Kiên Giang họp giao ban đánh giá kết quả thực hiện tháng 5/2024, triển khai nhiệm vụ tháng 6/2024. Đồng chí Lê Hoàng Anh, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh, Tổ trưởng Tổ công tác chủ trì.
Quang cảnh cuộc họp giao ban.
Theo báo cáo của Công an tỉnh, đến ngày 31/5/2024 toàn tỉnh đã thu nhận 1.385.206 hồ sơ định danh điện tử, kích hoạt 1.124.530 tài khoản VNeID, trong đó trên 940.000 tài khoản mức 2; tháng 5 đã tăng thêm 28.640 tài khoản. Tỷ lệ chi trả an sinh xã hội không dùng tiền mặt đạt 82,3%; 100% cơ sở khám chữa bệnh sử dụng căn cước công dân gắn chíp thay thẻ bảo hiểm y tế.
Thực hiện Kế hoạch số 84/KH-UBND ngày 10/4/2024 của UBND tỉnh về "Năm Đề án 06" và Công văn 1245/UBND-KSTT, 144 tổ Đề án 06 cấp xã cùng 1.017 tổ công nghệ số cộng đồng đã ra quân "Ngày cao điểm hướng dẫn người dân sử dụng VNeID" tại 950 ấp, khu phố. Đoàn Thanh niên duy trì 145 đội hình "Thanh niên tình nguyện hỗ trợ chuyển đổi số".
Thượng tá Danh Minh Tâm, Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh, nêu: trên địa bàn có 35 địa bàn sóng yếu ở các xã đảo, vùng U Minh Thượng; khoảng 12.000 người dân tộc Khmer cao tuổi chưa có điện thoại thông minh.
Bà Thị Sô Phi, Chủ tịch Ủy ban MTTQ xã Vĩnh Hòa Hưng Bắc, cho biết MTTQ xã đã vận động được 120 điện thoại thông minh cũ, sửa lại tặng hộ nghèo; ông Nguyễn Văn Út, Chủ tịch UBND xã Hòn Tre, đề nghị bố trí điểm cấp lưu động ra đảo vào tháng 7.
Tại cuộc họp, đại diện Ban Dân vận Tỉnh ủy đề nghị đưa chỉ tiêu Đề án 06 vào nội dung thi đua "Dân vận khéo" năm 2024; Ủy ban MTTQ tỉnh kiến nghị các ngân hàng thương mại hỗ trợ miễn phí chuyển khoản cho hộ nghèo, hộ cận nghèo, người có công. Một số địa phương phản ánh phần mềm một cửa điện tử của tỉnh còn lỗi, chưa kết nối thông suốt với Cơ sở dữ liệu quốc gia về dân cư, người dân phải khai báo lại nhiều lần.
Kết luận, đồng chí Lê Hoàng Anh yêu cầu trong tháng 6/2024 các sở, ngành hoàn thành làm sạch dữ liệu hộ tịch, phấn đấu đến 30/6 đạt trên 85% người dân trong độ tuổi có tài khoản mức 2; Hội LHPN, Đoàn Thanh niên, Hội Nông dân tỉnh mỗi đơn vị hỗ trợ ít nhất 5.000 hội viên, đoàn viên sử dụng ứng dụng thanh toán.
Hữu Trí
Lượt xem: 2.460
Tin liên quan
- Rạch Giá: ra mắt mô hình "Khu phố chuyển đổi số" (28/05/2024)
- Công an tỉnh cấp căn cước lưu động tại huyện đảo Kiên Hải (20/05/2024)
- Giao ban Đề án 06 tháng 4 năm 2024 (06/05/2024)
- Phú Quốc thí điểm chợ du lịch không dùng tiền mặt (15/04/2024)
""", "2024-06-04", "Giao ban Đề án 06 tháng 5: 1.124.530 tài khoản VNeID đã được kích hoạt",
E("giao_ban", "2024-05", "2024-06-03"),
[P("Lê Hoàng Anh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh", "Tổ trưởng Tổ công tác"),
 P("Danh Minh Tâm", "Thượng tá", "Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh"),
 P("Thị Sô Phi", "Chủ tịch Ủy ban MTTQ xã Vĩnh Hòa Hưng Bắc"),
 P("Nguyễn Văn Út", "Chủ tịch UBND xã Hòn Tre")],
[Q("1.124.530 tài khoản VNeID", 1124530, "tài khoản VNeID"),
 Q("1.385.206 hồ sơ định danh điện tử", 1385206, "hồ sơ định danh điện tử"),
 Q("trên 940.000 tài khoản mức 2", 940000, "tài khoản mức 2", "over"), Q("28.640 tài khoản", 28640, "tài khoản"),
 Q("82,3%", 82.3, "%"), Q("100% cơ sở khám chữa bệnh", 100, "%"), Q("144 tổ Đề án 06 cấp xã", 144, "tổ Đề án 06 cấp xã"),
 Q("1.017 tổ công nghệ số cộng đồng", 1017, "tổ công nghệ số cộng đồng"), Q("950 ấp, khu phố", 950, "ấp, khu phố"),
 Q("145 đội hình", 145, "đội hình"), Q("35 địa bàn sóng yếu", 35, "địa bàn sóng yếu"),
 Q("khoảng 12.000 người dân tộc Khmer cao tuổi", 12000, "người dân tộc Khmer cao tuổi", "approx"),
 Q("120 điện thoại thông minh cũ", 120, "điện thoại thông minh cũ"), Q("trên 85%", 85, "%", "over"),
 Q("ít nhất 5.000 hội viên, đoàn viên", 5000, "hội viên, đoàn viên", "over")],
[D("Đề án", "06", None, None, None, "Đề án 06"),
 D("Kế hoạch", "84", "KH-UBND", "2024-04-10", "UBND tỉnh", "Kế hoạch số 84/KH-UBND ngày 10/4/2024"),
 D("Công văn", "1245", "UBND-KSTT", None, None, "Công văn 1245/UBND-KSTT")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hưng Bắc"), com("Hòn Tre")],
["CÔNG AN TỈNH KIÊN GIANG - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ >> Tin tức >> Đề án 06", "Hôm nay: Thứ Ba, 04/06/2024",
 "Quang cảnh cuộc họp giao ban.", "Năm Đề án 06", "Ngày cao điểm hướng dẫn người dân sử dụng VNeID",
 "Thanh niên tình nguyện hỗ trợ chuyển đổi số", "Dân vận khéo", "Lượt xem: 2.460"],
["04-06-2024 07:30", "mức 2", "năm 2024", "tháng 5/2024", "tháng 6/2024", "31/5/2024", "tháng 7", "30/6", "Lượt xem: 2.460"]))

PAGES.append(page("b4005-phutho-mttqxa-daihoi-2024", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ MINH ĐÀI - HUYỆN TÂN SƠN
Trang chủ - Tin tức - Mặt trận và đoàn thể
Thứ Sáu, 27/09/2024
Đại hội đại biểu MTTQ Việt Nam xã Minh Đài lần thứ XIX, nhiệm kỳ 2024 - 2029
Ngày 25/9/2024, Ủy ban MTTQ Việt Nam xã Minh Đài, huyện Tân Sơn, tỉnh Phú Thọ long trọng tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XIX, nhiệm kỳ 2024 - 2029 với chủ đề "Đoàn kết - Dân chủ - Đổi mới - Sáng tạo - Phát triển". Về dự có 120 đại biểu đại diện cho hơn 4.600 nhân khẩu người Mường, Dao, Kinh của 9 khu dân cư.
Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Dự Đại hội có đồng chí Hà Văn Quế, Huyện ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam huyện Tân Sơn; đồng chí Đinh Văn Tuấn, Bí thư Đảng ủy xã; đồng chí Hà Thị Ngoan, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã.
Báo cáo tại Đại hội cho biết, nhiệm kỳ 2019 - 2024, Mặt trận xã đã vận động nhân dân hiến 8.400 m2 đất, góp 1,36 tỷ đồng làm 12,5 km đường giao thông nông thôn; Quỹ "Vì người nghèo" tiếp nhận 215 triệu đồng, hỗ trợ xây 14 nhà Đại đoàn kết. Thực hiện Đề án 06, Mặt trận phối hợp Công an xã và tổ công nghệ số cộng đồng của 9 khu hướng dẫn 3.120 người kích hoạt tài khoản định danh điện tử mức 2, 846 hộ mở tài khoản ngân hàng; 100% khu dân cư có nhóm Zalo do trưởng ban công tác Mặt trận quản trị.
Nhiệm kỳ 2024 - 2029, Đại hội đề ra 8 chỉ tiêu, trong đó phấn đấu hằng năm trên 95% khu dân cư đạt danh hiệu "Khu dân cư văn hóa", 80% người trưởng thành có tài khoản thanh toán điện tử, vận động xây mới ít nhất 10 nhà Đại đoàn kết, thực hiện Chương trình hành động số 35-CTr/ĐU của Đảng ủy xã về chuyển đổi số.
Phát biểu chỉ đạo, đồng chí Hà Văn Quế ghi nhận Mặt trận xã đã linh hoạt đưa chuyển đổi số vào vận động nhân dân; đề nghị Ủy ban MTTQ xã khóa mới thực hiện tốt Quy chế phối hợp số 03-QC/MTTQ-UBND, phát huy vai trò người có uy tín trong đồng bào Mường, Dao.
Đại hội đã hiệp thương cử 31 vị vào Ủy ban MTTQ Việt Nam xã khóa XIX. Tại phiên họp thứ nhất, bà Hà Thị Hương được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã nhiệm kỳ 2024 - 2029; ông Đinh Văn Khoa, bà Triệu Thị Hoa được cử làm Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội bầu 6 đại biểu đi dự Đại hội MTTQ Việt Nam huyện.
Hà Thủy
Lượt truy cập: 12.306
Tin khác
- Xã Minh Đài ra quân làm đường giao thông nông thôn (15/09/2024)
- Hội nghị tiếp xúc cử tri trước kỳ họp HĐND xã (06/09/2024)
- Khu Đồng Tâm ra mắt tổ công nghệ số cộng đồng (20/08/2024)
- Ngày hội Đại đoàn kết toàn dân tộc năm 2024 (05/08/2024)
- Hội Nông dân xã hướng dẫn hội viên bán nông sản trên sàn thương mại điện tử (22/07/2024)
""", "2024-09-27", "Đại hội đại biểu MTTQ Việt Nam xã Minh Đài lần thứ XIX, nhiệm kỳ 2024 - 2029",
E("dai_hoi", None, "2024-09-25"),
[P("Hà Văn Quế", "Huyện ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Tân Sơn"),
 P("Đinh Văn Tuấn", "Bí thư Đảng ủy xã"),
 P("Hà Thị Ngoan", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Hà Thị Hương", "Chủ tịch Ủy ban MTTQ Việt Nam xã nhiệm kỳ 2024 - 2029"),
 P("Đinh Văn Khoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Triệu Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 4.600 nhân khẩu", 4600, "nhân khẩu", "over"), Q("9 khu dân cư", 9, "khu dân cư"),
 Q("8.400 m2", 8400, "m2"), Q("1,36 tỷ đồng", 1360000000, "đồng"), Q("12,5 km", 12.5, "km"),
 Q("215 triệu đồng", 215000000, "đồng"), Q("14 nhà Đại đoàn kết", 14, "nhà Đại đoàn kết"), Q("9 khu", 9, "khu"),
 Q("3.120 người", 3120, "người"), Q("846 hộ", 846, "hộ"), Q("100% khu dân cư", 100, "%"), Q("8 chỉ tiêu", 8, "chỉ tiêu"),
 Q("trên 95%", 95, "%", "over"), Q("80%", 80, "%"), Q("ít nhất 10 nhà Đại đoàn kết", 10, "nhà Đại đoàn kết", "over"),
 Q("31 vị", 31, "vị"), Q("6 đại biểu", 6, "đại biểu")],
[D("Đề án", "06", None, None, None, "Đề án 06"),
 D("Chương trình hành động", "35", "CTr/ĐU", None, "Đảng ủy xã", "Chương trình hành động số 35-CTr/ĐU"),
 D("Quy chế phối hợp", "03", "QC/MTTQ-UBND", None, None, "Quy chế phối hợp số 03-QC/MTTQ-UBND")],
[prov("Phú Thọ"), com("Minh Đài")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ MINH ĐÀI - HUYỆN TÂN SƠN", "Trang chủ - Tin tức - Mặt trận và đoàn thể",
 "Đoàn kết - Dân chủ - Đổi mới - Sáng tạo - Phát triển", "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.",
 "Vì người nghèo", "Khu dân cư văn hóa", "Lượt truy cập: 12.306"],
["Thứ Sáu, 27/09/2024", "lần thứ XIX", "nhiệm kỳ 2024 - 2029", "nhiệm kỳ 2019 - 2024", "mức 2", "khóa XIX", "phiên họp thứ nhất", "Lượt truy cập: 12.306"]))

PAGES.append(page("b4006-binhdinh-mttq-traoqua-2024", """
Báo Bình Định - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Định
Thời sự › Xã hội › Chuyển đổi số
15/11/2024 | 17:45
Ảnh: Đồng chí Hồ Thị Mỹ Hạnh trao điện thoại cho người dân xã An Toàn.
Trao 500 điện thoại thông minh cho hộ nghèo đồng bào Bana
(BĐ) - Ngày 14/11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Định phối hợp Sở Thông tin và Truyền thông, Viễn thông Bình Định tổ chức trao 500 điện thoại thông minh kèm sim 4G cho hộ nghèo, hộ cận nghèo đồng bào dân tộc thiểu số ở 2 huyện An Lão, Vĩnh Thạnh, trong khuôn khổ chương trình "Sóng và máy tính cho em - Điện thoại cho người nghèo" năm 2024.
Tham dự có bà Hồ Thị Mỹ Hạnh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Đinh Văn Gút, Phó Chủ tịch UBND huyện An Lão; ông Đinh Thanh Tuấn, Phó Trưởng ban Dân tộc tỉnh.
Mỗi suất quà gồm 1 điện thoại, sim được miễn phí 3GB dữ liệu mỗi ngày trong 12 tháng, tổng trị giá 1.750.000 đồng; tổng kinh phí chương trình 875 triệu đồng do Quỹ "Vì người nghèo" tỉnh và các doanh nghiệp viễn thông đóng góp. Trong đó, xã An Toàn nhận 180 suất, xã An Quang 120 suất, xã Vĩnh Sơn 200 suất.
Cùng với trao máy, 25 thành viên tổ công nghệ số cộng đồng và đoàn viên thanh niên đã cài đặt sẵn VNeID, ứng dụng ngân hàng, ứng dụng Sổ sức khỏe điện tử cho bà con; hướng dẫn nhận trợ cấp, thanh toán tiền điện qua điện thoại. Trước đó, Ủy ban MTTQ tỉnh ban hành Kế hoạch số 126/KH-MTTQ-BTT ngày 02/10/2024 thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số.
Ông Đinh Văn Hrao, người có uy tín làng 2, xã An Toàn, xúc động: "Làng có 76 hộ thì hơn 40 hộ chưa có điện thoại thông minh. Có máy rồi, con cháu đi làm xa gọi về thấy mặt, bà con mừng lắm". Bà Đinh Thị Vân, Chủ tịch Hội LHPN xã An Quang, cho biết Hội sẽ mở 6 lớp "Bình dân học số" để chị em biết dùng máy.
Phát biểu tại buổi trao quà, bà Hồ Thị Mỹ Hạnh đề nghị các địa phương quản lý, hướng dẫn người dân sử dụng điện thoại hiệu quả, tránh bị lừa đảo; cho biết đến nay toàn tỉnh đã vận động trao 2.315 điện thoại thông minh, phấn đấu đến hết năm 2025 không còn hộ nghèo vùng đồng bào dân tộc thiểu số thiếu thiết bị kết nối.
Dịp này, Viễn thông Bình Định trao thêm 20 máy tính bảng cho Trường PTDTBT THCS An Toàn.
Ngọc Nhuận
Lượt xem: 1.894
Tin liên quan
- Hoài Nhơn: ra mắt mô hình "Chợ 4.0" (08/11/2024)
- Bình Định: hơn 1.000 tổ công nghệ số cộng đồng hoạt động hiệu quả (30/10/2024)
- MTTQ tỉnh hỗ trợ người dân bị thiệt hại do bão số 4 (25/09/2024)
- Trao 100 căn nhà Đại đoàn kết cho hộ nghèo (12/09/2024)
""", "2024-11-15", "Trao 500 điện thoại thông minh cho hộ nghèo đồng bào Bana",
E("trao_qua", None, "2024-11-14"),
[P("Hồ Thị Mỹ Hạnh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Gút", "Phó Chủ tịch UBND huyện An Lão"),
 P("Đinh Thanh Tuấn", "Phó Trưởng ban Dân tộc tỉnh"),
 P("Đinh Văn Hrao", "người có uy tín làng 2"),
 P("Đinh Thị Vân", "Chủ tịch Hội LHPN xã An Quang")],
[Q("500 điện thoại thông minh", 500, "điện thoại thông minh"), Q("2 huyện", 2, "huyện"),
 Q("3GB", 3, "GB"), Q("1.750.000 đồng", 1750000, "đồng"), Q("875 triệu đồng", 875000000, "đồng"),
 Q("180 suất", 180, "suất"), Q("120 suất", 120, "suất"), Q("200 suất", 200, "suất"),
 Q("25 thành viên tổ công nghệ số cộng đồng", 25, "thành viên tổ công nghệ số cộng đồng"), Q("76 hộ", 76, "hộ"),
 Q("hơn 40 hộ", 40, "hộ", "over"), Q("6 lớp", 6, "lớp"), Q("2.315 điện thoại thông minh", 2315, "điện thoại thông minh"),
 Q("20 máy tính bảng", 20, "máy tính bảng")],
[D("Kế hoạch", "126", "KH-MTTQ-BTT", "2024-10-02", "Ủy ban MTTQ tỉnh", "Kế hoạch số 126/KH-MTTQ-BTT ngày 02/10/2024"),
 D("Nghị quyết", "05", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 05-NQ/TU")],
[prov("Bình Định"), com("An Toàn"), com("An Quang"), com("Vĩnh Sơn")],
["Báo Bình Định - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Định", "Thời sự › Xã hội › Chuyển đổi số",
 "Ảnh: Đồng chí Hồ Thị Mỹ Hạnh trao điện thoại cho người dân xã An Toàn.", "(BĐ)",
 "Sóng và máy tính cho em - Điện thoại cho người nghèo", "Vì người nghèo", "Sổ sức khỏe điện tử", "Bình dân học số", "Lượt xem: 1.894"],
["15/11/2024 | 17:45", "năm 2024", "12 tháng", "1 điện thoại", "mỗi ngày", "làng 2", "năm 2025", "Lượt xem: 1.894"]))
