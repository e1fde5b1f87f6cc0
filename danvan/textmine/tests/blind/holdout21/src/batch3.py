from lib import *
PAGES = []

PAGES.append(page("b473-baclieu-tinhdoan-traoqua-2023", """
TỈNH ĐOÀN BẠC LIÊU
Trang chủ | Tin tức | Phong trào thanh niên
03/11/2023 - 17:10
Tuổi trẻ Bạc Liêu trao 8 căn nhà "Khăn quàng đỏ" và 250 phần quà
Ngày 2/11, Ban Thường vụ Tỉnh đoàn Bạc Liêu phối hợp với Hội đồng Đội tỉnh trao 8 căn nhà "Khăn quàng đỏ" và 250 phần quà cho thiếu nhi có hoàn cảnh khó khăn tại các xã Vĩnh Hậu, Long Điền Đông và phường Nhà Mát.
Chị Thạch Thị Sa Rết (thứ hai từ phải) trao nhà cho gia đình em Lâm Sóc Phi.
Mỗi căn nhà trị giá 60 triệu đồng, tổng trị giá 480 triệu đồng; mỗi phần quà 500.000 đồng gồm tập vở, xe đạp và tiền mặt. Tham dự có anh Huỳnh Chí Nguyện, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn; chị Thạch Thị Sa Rết, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội đồng Đội tỉnh.
Tại buổi lễ, anh Huỳnh Chí Nguyện công bố quyết định anh Trần Quốc Khải được bổ nhiệm làm Phó Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn, và anh Lý Hoàng Em được tín nhiệm giữ chức Bí thư Đoàn xã Vĩnh Hậu.
Thực hiện Kế hoạch 112-KH/TĐTN-TNNT ngày 05/3/2023 và Chương trình số 04-CTr/TĐTN của Ban Thường vụ Tỉnh đoàn, năm 2023 tuổi trẻ Bạc Liêu đã xây dựng 21 căn nhà nhân ái, tặng 1.420 suất quà với tổng trị giá gần 2,3 tỷ đồng; huy động 3.600 lượt đoàn viên tham gia "Ngày thứ Bảy tình nguyện".
Em Lâm Sóc Phi, học sinh lớp 7 Trường THCS Vĩnh Hậu A, xúc động cảm ơn các anh chị Đoàn.
Minh Thư
Lượt xem: 422
Tin liên quan
- Bạc Liêu: Tuyên dương 50 gương thanh niên tiêu biểu (20/10/2023)
- Đoàn khối các cơ quan tỉnh ra quân "Ngày Chủ nhật xanh" (08/10/2023)
- Hội thi "Tuổi trẻ học tập và làm theo lời Bác" năm 2023 (25/09/2023)
""", "2023-11-03", "Tuổi trẻ Bạc Liêu trao 8 căn nhà \"Khăn quàng đỏ\" và 250 phần quà",
E("trao_qua", None, "2023-11-02"),
[P("Thạch Thị Sa Rết", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội đồng Đội tỉnh"),
 P("Lâm Sóc Phi", "học sinh lớp 7 Trường THCS Vĩnh Hậu A"),
 P("Huỳnh Chí Nguyện", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Trần Quốc Khải", "Phó Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn"), P("Lý Hoàng Em", "Bí thư Đoàn xã Vĩnh Hậu")],
[Q("8 căn nhà", 8, "căn nhà"), Q("250 phần quà", 250, "phần quà"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("480 triệu đồng", 480000000, "đồng"), Q("500.000 đồng", 500000, "đồng"), Q("21 căn nhà nhân ái", 21, "căn nhà nhân ái"),
 Q("1.420 suất quà", 1420, "suất quà"), Q("gần 2,3 tỷ đồng", 2300000000, "đồng", "approx"),
 Q("3.600 lượt đoàn viên", 3600, "lượt đoàn viên")],
[D("Kế hoạch", "112", "KH/TĐTN-TNNT", "2023-03-05", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 112-KH/TĐTN-TNNT ngày 05/3/2023"),
 D("Chương trình", "04", "CTr/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chương trình số 04-CTr/TĐTN của Ban Thường vụ Tỉnh đoàn")],
[prov("Bạc Liêu"), com("Vĩnh Hậu"), com("Long Điền Đông"), com("Nhà Mát")],
["TỈNH ĐOÀN BẠC LIÊU", "Trang chủ | Tin tức | Phong trào thanh niên", "Khăn quàng đỏ",
 "Chị Thạch Thị Sa Rết (thứ hai từ phải) trao nhà cho gia đình em Lâm Sóc Phi.", "Ngày thứ Bảy tình nguyện",
 "Hội đồng Đội tỉnh", "Lượt xem: 422"],
["03/11/2023 - 17:10", "năm 2023", "lớp 7", "Lượt xem: 422"]))

PAGES.append(page("b474-daknong-ccb-taphuan-2024", """
HỘI CỰU CHIẾN BINH TỈNH ĐẮK NÔNG
Thứ Hai, 11/11/2024
Trang chủ > Hoạt động Hội > Tin trong tỉnh
Cập nhật: 09:42, 11/11/2024 (GMT+7)
Bồi dưỡng nghiệp vụ công tác Hội năm 2024 cho 150 cán bộ Hội cơ sở
Trong 2 ngày 7 và 8/11, Hội Cựu chiến binh tỉnh Đắk Nông tổ chức lớp bồi dưỡng nghiệp vụ công tác Hội năm 2024 cho 150 chủ tịch, phó chủ tịch Hội CCB xã, phường, thị trấn.
Đại tá Điểu Kré, Chủ tịch Hội CCB tỉnh (giữa), chụp ảnh cùng học viên.
Khai mạc lớp học có Đại tá Điểu Kré, Chủ tịch Hội CCB tỉnh; các ông Y Thinh Ktla, Nông Văn Sơn - Phó Chủ tịch Hội CCB tỉnh; bà H'Bia Ksơr, TUV, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Học viên được quán triệt Chỉ thị 46-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với Hội CCB Việt Nam, Điều lệ Hội và Hướng dẫn 25, 26-HD/CCB của Ban Thường vụ Hội CCB tỉnh. Thượng tá Điểu Xiêng, Chủ tịch Hội CCB xã Quảng Trực, giới thiệu mô hình "CCB giúp nhau giảm nghèo" giúp 37 hộ vươn lên.
Năm 2024, toàn tỉnh có 11.350 hội viên; Hội đã hỗ trợ 64 hộ CCB xây, sửa nhà với kinh phí hơn 3 tỷ đồng, mỗi hộ từ 30 đến 50 triệu đồng. 41 đồng chí CCB được bầu vào cấp ủy cơ sở nhiệm kỳ 2025 - 2030.
Kết thúc lớp học, 100% học viên đạt yêu cầu.
Quang Minh
Lượt xem: 189
Tin liên quan
- Tuy Đức: Đại hội Hội CCB xã Đắk Buk So (30/10/2024)
- Hội CCB tỉnh tặng quà đồng đội khó khăn (15/10/2024)
- Gặp mặt kỷ niệm 35 năm Ngày thành lập Hội CCB Việt Nam (05/12/2023)
- Đắk Song: CCB giúp nhau phát triển kinh tế vườn hộ (02/10/2024)
- Hội CCB huyện Krông Nô sơ kết 9 tháng năm 2024 (25/09/2024)
""", "2024-11-11", "Bồi dưỡng nghiệp vụ công tác Hội năm 2024 cho 150 cán bộ Hội cơ sở",
E("tap_huan", "2024", "2024-11-07"),
[P("Điểu Kré", "Đại tá", "Chủ tịch Hội CCB tỉnh"), P("Y Thinh Ktla", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Nông Văn Sơn", "Phó Chủ tịch Hội CCB tỉnh"),
 P("H'Bia Ksơr", "TUV", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Xiêng", "Thượng tá", "Chủ tịch Hội CCB xã Quảng Trực")],
[Q("150 cán bộ", 150, "cán bộ"), Q("37 hộ", 37, "hộ"), Q("11.350 hội viên", 11350, "hội viên"), Q("64 hộ CCB", 64, "hộ CCB"),
 Q("hơn 3 tỷ đồng", 3000000000, "đồng", "over"), Q("từ 30 đến 50 triệu đồng", 30000000, "đồng"), Q("từ 30 đến 50 triệu đồng", 50000000, "đồng"),
 Q("41 đồng chí", 41, "đồng chí"), Q("100% học viên", 100, "%")],
[D("Chỉ thị", "46", "CT/TW", None, "Ban Bí thư", "Chỉ thị 46-CT/TW của Ban Bí thư"),
 D("Hướng dẫn", "25", "HD/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Hướng dẫn 25, 26-HD/CCB"),
 D("Hướng dẫn", "26", "HD/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Hướng dẫn 25, 26-HD/CCB")],
[prov("Đắk Nông"), com("Quảng Trực")],
["HỘI CỰU CHIẾN BINH TỈNH ĐẮK NÔNG", "Trang chủ > Hoạt động Hội > Tin trong tỉnh",
 "Đại tá Điểu Kré, Chủ tịch Hội CCB tỉnh (giữa), chụp ảnh cùng học viên.", "CCB giúp nhau giảm nghèo", "Điều lệ Hội",
 "Lượt xem: 189"],
["Thứ Hai, 11/11/2024", "Cập nhật: 09:42, 11/11/2024 (GMT+7)", "2 ngày 7 và 8/11", "41 đồng chí", "nhiệm kỳ 2025 - 2030",
 "Lượt xem: 189"]))

PAGES.append(page("b475-kiengiang-bdv-tongket-2024", """
BAN DÂN VẬN TỈNH ỦY KIÊN GIANG
Hôm nay: Thứ Năm, 16/01/2025
You are here: Trang chủ / Tin tức / Hoạt động dân vận
09/01/2025 16:45
Ban Dân vận Tỉnh ủy: Phát huy vai trò Nhân dân trong sắp xếp tổ chức bộ máy
Đồng chí Danh Út, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu chỉ đạo hội nghị.
Sáng 8/1, Ban Dân vận Tỉnh ủy Kiên Giang tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025.
Dự và chỉ đạo hội nghị có đồng chí Danh Út, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh. Chủ trì hội nghị có đồng chí Trần Thanh Việt, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, cùng các Phó Trưởng ban: Thị Ngọc Hà, Lê Minh Tuấn.
Năm 2024, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 84, 85-KL/TU và Chỉ thị 31-CT/TU về công tác dân vận trong tình hình mới; triển khai Kết luận 120-KL/TW của Bộ Chính trị. Toàn tỉnh công nhận 1.215 mô hình "Dân vận khéo"; Nhân dân đóng góp hơn 412 tỷ đồng, 86.500 ngày công, hiến 153.000 m2 đất xây dựng nông thôn mới. Các cấp ủy tổ chức 1.140 cuộc tiếp xúc, đối thoại với Nhân dân.
Tại hội nghị, đồng chí Danh Thị Sa Ráth, người có uy tín ấp Ba Núi, xã Phú Mỹ, và Đại đức Danh Tuấn, chùa Sóc Xoài, được biểu dương.
Đồng chí Trần Thanh Việt trao giấy khen cho 18 tập thể và 26 cá nhân có thành tích trong phong trào thi đua "Dân vận khéo" năm 2024.
Đồng chí Danh Út đề nghị năm 2025 tập trung tuyên truyền, tạo đồng thuận trong Nhân dân khi sắp xếp đơn vị hành chính, thực hiện Nghị quyết 18-NQ/TW.
Hoài Phương
Lượt xem: 733
Tin khác
- Phú Quốc: Khen thưởng 20 gương điển hình dân vận khéo (27/12/2024)
- Gặp mặt chức sắc tôn giáo nhân dịp Lễ Giáng sinh (20/12/2024)
""", "2025-01-09", "Ban Dân vận Tỉnh ủy: Phát huy vai trò Nhân dân trong sắp xếp tổ chức bộ máy",
E("tong_ket", "2024", "2025-01-08"),
[P("Danh Út", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Trần Thanh Việt", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thị Ngọc Hà", "Phó Trưởng ban"), P("Lê Minh Tuấn", "Phó Trưởng ban"),
 P("Danh Thị Sa Ráth", "người có uy tín ấp Ba Núi"), P("Danh Tuấn", "Đại đức")],
[Q("1.215 mô hình", 1215, "mô hình"), Q("hơn 412 tỷ đồng", 412000000000, "đồng", "over"), Q("86.500 ngày công", 86500, "ngày công"),
 Q("153.000 m2", 153000, "m2"), Q("1.140 cuộc tiếp xúc, đối thoại", 1140, "cuộc tiếp xúc, đối thoại"),
 Q("18 tập thể", 18, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
[D("Kết luận", "84", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 84, 85-KL/TU"),
 D("Kết luận", "85", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 84, 85-KL/TU"),
 D("Chỉ thị", "31", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 31-CT/TU"),
 D("Kết luận", "120", "KL/TW", None, "Bộ Chính trị", "Kết luận 120-KL/TW của Bộ Chính trị"),
 D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết 18-NQ/TW")],
[prov("Kiên Giang"), com("Phú Mỹ")],
["BAN DÂN VẬN TỈNH ỦY KIÊN GIANG", "You are here: Trang chủ / Tin tức / Hoạt động dân vận",
 "Đồng chí Danh Út, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu chỉ đạo hội nghị.", "Dân vận khéo", "ấp Ba Núi",
 "chùa Sóc Xoài", "Lượt xem: 733"],
["Hôm nay: Thứ Năm, 16/01/2025", "09/01/2025 16:45", "năm 2024", "năm 2025", "Lượt xem: 733"]))

PAGES.append(page("b476-phuyen-lhpn-giaoban-2025", """
HỘI LHPN TỈNH PHÚ YÊN
Trang chủ >> Tin tức - Sự kiện >> Hoạt động Hội
Ngày 03/04/2025 | 15:30
Hội LHPN tỉnh giao ban công tác Hội
Chiều 2/4, Thường trực Hội LHPN tỉnh Phú Yên tổ chức giao ban công tác Hội quý I/2025 với Hội LHPN 9 huyện, thị xã, thành phố.
Bà La Thị Hải Yến, Chủ tịch Hội LHPN tỉnh, chủ trì giao ban. Cùng dự có các bà Phó Chủ tịch Hội LHPN tỉnh Nguyễn Thị Mỹ Lệ, Ma Thị Xuân; bà Lê Thị Sen, Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy.
Bà La Thị Hải Yến, Chủ tịch Hội LHPN tỉnh, phát biểu kết luận. Ảnh: Ngọc Hân
Trong quý I, các cấp Hội vận động 2.650 hội viên tham gia "Ngày thứ Bảy yêu thương", hỗ trợ 73 phụ nữ khởi nghiệp với số tiền 1,46 tỷ đồng theo Đề án 939 "Hỗ trợ phụ nữ khởi nghiệp" của Thủ tướng Chính phủ. Tại huyện Sông Hinh, bà Ksor H'Rin, Chủ tịch Hội LHPN xã Ea Lâm, vận động 42 hộ người Ê Đê thoát nghèo.
Hội quán triệt Kết luận 121-KL/TW của Ban Chấp hành Trung ương về sắp xếp tổ chức bộ máy và Công văn số 215-CV/HPN ngày 17/3/2025 của Ban Thường vụ Hội LHPN tỉnh về chuẩn bị sáp nhập Hội cấp huyện; đến cuối tháng 3 đã rà soát 1.128 cán bộ Hội chuyên trách, không chuyên trách.
Quý II, Hội phấn đấu giải ngân thêm 2 tỷ đồng vốn vay cho hội viên nghèo, duy trì 312 tổ phụ nữ tiết kiệm.
Ngọc Hân
Lượt xem: 264
Tin liên quan
- Phụ nữ Đồng Xuân ra quân làm sạch môi trường (25/03/2025)
- Họp mặt kỷ niệm 115 năm Ngày Quốc tế Phụ nữ (08/03/2025)
- Hội LHPN Tuy An trao 20 con bò giống cho hội viên nghèo (28/02/2025)
- Sơn Hòa: Phụ nữ dân tộc thiểu số học nghề dệt thổ cẩm (20/02/2025)
- Gặp mặt đầu xuân Ất Tỵ 2025 (05/02/2025)
""", "2025-04-03", "Hội LHPN tỉnh giao ban công tác Hội",
E("giao_ban", "2025-Q1", "2025-04-02"),
[P("La Thị Hải Yến", "Chủ tịch Hội LHPN tỉnh"), P("Nguyễn Thị Mỹ Lệ", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Ma Thị Xuân", "Phó Chủ tịch Hội LHPN tỉnh"), P("Lê Thị Sen", "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ksor H'Rin", "Chủ tịch Hội LHPN xã Ea Lâm")],
[Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"), Q("2.650 hội viên", 2650, "hội viên"),
 Q("73 phụ nữ", 73, "phụ nữ"), Q("1,46 tỷ đồng", 1460000000, "đồng"), Q("42 hộ", 42, "hộ"),
 Q("1.128 cán bộ", 1128, "cán bộ"), Q("2 tỷ đồng", 2000000000, "đồng"), Q("312 tổ phụ nữ tiết kiệm", 312, "tổ phụ nữ tiết kiệm")],
[D("Đề án", "939", None, None, "Thủ tướng Chính phủ", "Đề án 939 \"Hỗ trợ phụ nữ khởi nghiệp\" của Thủ tướng Chính phủ"),
 D("Kết luận", "121", "KL/TW", None, "Ban Chấp hành Trung ương", "Kết luận 121-KL/TW của Ban Chấp hành Trung ương"),
 D("Công văn", "215", "CV/HPN", "2025-03-17", "Ban Thường vụ Hội LHPN tỉnh", "Công văn số 215-CV/HPN ngày 17/3/2025")],
[prov("Phú Yên"), com("Ea Lâm")],
["HỘI LHPN TỈNH PHÚ YÊN", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động Hội",
 "Bà La Thị Hải Yến, Chủ tịch Hội LHPN tỉnh, phát biểu kết luận. Ảnh: Ngọc Hân", "Ngày thứ Bảy yêu thương",
 "Hỗ trợ phụ nữ khởi nghiệp", "Sông Hinh", "Lượt xem: 264"],
["Ngày 03/04/2025 | 15:30", "quý I/2025", "Trong quý I", "cuối tháng 3", "Quý II", "Lượt xem: 264"]))

PAGES.append(page("b477-cantho-xa-doithoai-2025", """
ĐẢNG BỘ XÃ LỊCH HỘI THƯỢNG - THÀNH PHỐ CẦN THƠ
Trang chủ > Tin tức > Xây dựng Đảng
Ngày đăng 22/08/2025 | 10:15
Bí thư Đảng ủy xã đối thoại với Nhân dân năm 2025
Quang cảnh hội nghị đối thoại tại Hội trường UBND xã.
Ngày 21/8, Đảng ủy xã Lịch Hội Thượng, thành phố Cần Thơ tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2025, thu hút hơn 150 người dân, chức sắc Phật giáo Nam tông Khmer tham dự.
Chủ trì đối thoại có các đồng chí: Lâm Thị Sóc Khanh - Bí thư Đảng ủy xã; Trần Văn Lợi - Phó Bí thư Đảng ủy, Chủ tịch UBND xã; Sơn Thị Ngọc Mai - Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Người dân đã nêu 24 ý kiến về thủ tục hành chính sau khi chính quyền địa phương 2 cấp vận hành từ ngày 1/7/2025, đền bù mở rộng Quốc lộ 91C và giá hành tím giảm còn 9.000 đồng/kg. Đại đức Thạch Sa Phên, trụ trì chùa Prếk Chrôp, đề nghị hỗ trợ sửa chữa điểm trường ấp Tâm Phước.
Đồng chí Lâm Thị Sóc Khanh trả lời ý kiến của Nhân dân. Ảnh: Kim Sang
Đảng ủy xã cho biết đã giải quyết 21/24 ý kiến ngay tại hội nghị; thực hiện Kế hoạch số 07-KH/ĐU ngày 15/7/2025 của Đảng ủy xã và Quy định 11-QĐi/TW của Bộ Chính trị, xã sẽ tiếp dân định kỳ mỗi tháng 2 lần. Năm 2025, xã dành 1,2 tỷ đồng hỗ trợ 85 hộ nghèo sửa nhà.
Kim Sang
Lượt xem: 156
Tin liên quan
- Xã Lịch Hội Thượng ra mắt Trung tâm phục vụ hành chính công (01/07/2025)
- Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030 (20/07/2025)
- Trao 30 phần quà cho học sinh nghèo người Khmer (10/08/2025)
- Ủy ban MTTQ xã giám sát thực hiện thủ tục hành chính (05/08/2025)
""", "2025-08-22", "Bí thư Đảng ủy xã đối thoại với Nhân dân năm 2025",
E("doi_thoai", "2025", "2025-08-21"),
[P("Lâm Thị Sóc Khanh", "Bí thư Đảng ủy xã"), P("Trần Văn Lợi", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Sơn Thị Ngọc Mai", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thạch Sa Phên", "Đại đức", "trụ trì chùa Prếk Chrôp")],
[Q("hơn 150 người dân", 150, "người dân", "over"), Q("24 ý kiến", 24, "ý kiến"), Q("9.000 đồng/kg", 9000, "đồng"),
 Q("21/24 ý kiến", 21, "ý kiến"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("85 hộ nghèo", 85, "hộ nghèo")],
[D("Kế hoạch", "07", "KH/ĐU", "2025-07-15", "Đảng ủy xã", "Kế hoạch số 07-KH/ĐU ngày 15/7/2025 của Đảng ủy xã"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định 11-QĐi/TW của Bộ Chính trị")],
[prov("Cần Thơ"), com("Lịch Hội Thượng")],
["ĐẢNG BỘ XÃ LỊCH HỘI THƯỢNG - THÀNH PHỐ CẦN THƠ", "Trang chủ > Tin tức > Xây dựng Đảng",
 "Quang cảnh hội nghị đối thoại tại Hội trường UBND xã.",
 "Đồng chí Lâm Thị Sóc Khanh trả lời ý kiến của Nhân dân. Ảnh: Kim Sang", "ấp Tâm Phước", "Quốc lộ 91C", "Lượt xem: 156"],
["Ngày đăng 22/08/2025 | 10:15", "năm 2025", "chính quyền địa phương 2 cấp", "1/7/2025", "Quốc lộ 91C", "mỗi tháng 2 lần",
 "Năm 2025", "Lượt xem: 156"]))

PAGES.append(page("b478-quangtri-btgdv-taphuan-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Trang chủ » Dân vận » Tin hoạt động
12.11.2025 | 15:30
Tập huấn công tác dân vận cho cán bộ cấp xã sau sắp xếp
Quang cảnh lớp tập huấn tại Trường Chính trị tỉnh.
Ngày 11/11, Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2025 cho 234 cán bộ làm công tác tuyên giáo và dân vận của 78 xã, phường, đặc khu.
Dự khai giảng có đồng chí Hoàng Thị Thu Trang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Hồ Văn Thăm, Đinh Thị Lan.
Học viên được nghe quán triệt Quy chế công tác dân vận ban hành kèm Quyết định 23-QĐ/TW của Bộ Chính trị, Hướng dẫn 02-HD/BTGDVTU ngày 20/10/2025 về hoạt động của Ban Xây dựng Đảng các đảng ủy xã, phường. Đồng chí Hồ Thị Pả, Phó Bí thư Đảng ủy xã Hướng Lập, người Vân Kiều, chia sẻ cách vận động bà con bản Cù Bai giữ rừng, đưa 120 ha rừng vào bảo vệ.
Năm 2025, sau hợp nhất Quảng Bình và Quảng Trị, toàn tỉnh đã xây dựng 640 mô hình "Dân vận khéo"; vận động Nhân dân hiến 48.000 m2 đất và đóng góp khoảng 37 tỷ đồng xây dựng nông thôn mới.
Đồng chí Hồ Thị Pả (phải) trao đổi với học viên. Ảnh: Hữu Thắng
Lớp tập huấn kết thúc ngày 12/11.
Hữu Thắng
Lượt xem: 312
Tin khác
- Gặp mặt người có uy tín tiêu biểu tỉnh Quảng Trị năm 2025 (28/10/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy làm việc với Đảng ủy xã Dân Hóa (20/10/2025)
- Hội nghị báo cáo viên tháng 10/2025 (15/10/2025)
- Ra mắt mô hình "Dân vận khéo" ở đặc khu Cồn Cỏ (08/10/2025)
""", "2025-11-12", "Tập huấn công tác dân vận cho cán bộ cấp xã sau sắp xếp",
E("tap_huan", "2025", "2025-11-11"),
[P("Hoàng Thị Thu Trang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hồ Văn Thăm", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Đinh Thị Lan", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hồ Thị Pả", "Phó Bí thư Đảng ủy xã Hướng Lập")],
[Q("234 cán bộ", 234, "cán bộ"), Q("78 xã, phường, đặc khu", 78, "xã, phường, đặc khu"), Q("120 ha", 120, "ha"),
 Q("640 mô hình", 640, "mô hình"), Q("48.000 m2", 48000, "m2"), Q("khoảng 37 tỷ đồng", 37000000000, "đồng", "approx")],
[D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 23-QĐ/TW của Bộ Chính trị"),
 D("Hướng dẫn", "02", "HD/BTGDVTU", "2025-10-20", None, "Hướng dẫn 02-HD/BTGDVTU ngày 20/10/2025")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Hướng Lập")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Trang chủ » Dân vận » Tin hoạt động",
 "Quang cảnh lớp tập huấn tại Trường Chính trị tỉnh.", "Đồng chí Hồ Thị Pả (phải) trao đổi với học viên. Ảnh: Hữu Thắng",
 "Dân vận khéo", "bản Cù Bai", "Quy chế công tác dân vận", "Lượt xem: 312"],
["12.11.2025 | 15:30", "năm 2025", "Năm 2025", "ngày 12/11", "Lượt xem: 312"]))
