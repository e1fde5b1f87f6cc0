from lib import *
PAGES = []

PAGES.append(page("b257-kontum-doan-soket-2023", """
TỈNH ĐOÀN KON TUM
Bạn đang ở: Trang chủ › Tin hoạt động › Tin Tỉnh đoàn
Cập nhật: 16:45, 13/07/2023 (GMT+7)
Tuổi trẻ Kon Tum làm mới 27 km đường giao thông nông thôn
Sáng 12/7, Ban Chấp hành Tỉnh đoàn tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm.
Đoàn viên xã Đăk Choong ra quân làm đường giao thông nông thôn.
Dự hội nghị có đồng chí A Thiêm, Tỉnh ủy viên, Bí thư Tỉnh đoàn; đồng chí Y Ngọc Hà và đồng chí Nguyễn Văn Phước, cùng là Phó Bí thư Tỉnh đoàn; đồng chí A Lễ, Phó Trưởng Ban Dân vận Tỉnh ủy. Tại hội nghị, đồng chí Y Đơn Bia, Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn, vừa được Ban Chấp hành Tỉnh đoàn bầu bổ sung giữ chức Ủy viên Ban Thường vụ Tỉnh đoàn.
Sáu tháng qua, các cơ sở Đoàn đã làm mới và sửa chữa 27 km đường giao thông nông thôn, xây dựng 14 "Ngôi nhà khăn quàng đỏ" với tổng trị giá 840 triệu đồng; tổ chức Chiến dịch "Tình nguyện hè" với 6.300 lượt đoàn viên tham gia. Tỉnh đoàn đã giới thiệu 215 đoàn viên ưu tú cho Đảng xem xét kết nạp, đạt 107% chỉ tiêu. Các cấp bộ Đoàn thực hiện Chương trình 08-CTr/TĐTN-TNNT và Kế hoạch 15-KH/TĐTN về hỗ trợ thanh niên dân tộc thiểu số khởi nghiệp. Hội LHTN Việt Nam tỉnh hỗ trợ 5 dự án khởi nghiệp, mỗi dự án 35 triệu đồng.
Đồng chí A Thiêm đề nghị 6 tháng cuối năm tập trung thực hiện phong trào "Thanh niên Kon Tum 3 trách nhiệm", vận động đoàn viên trồng 20.000 cây xanh.
Y Diễm
Lượt xem: 514
Tin liên quan
- Đăk Hà: Tuyên dương 30 thanh niên tiêu biểu (05/07/2023)
- Tập huấn kỹ năng cho 150 cán bộ Đoàn (28/06/2023)
""", "2023-07-13",
"Tuổi trẻ Kon Tum làm mới 27 km đường giao thông nông thôn",
E("so_ket", "2023-H1", "2023-07-12"),
[P("A Thiêm", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"),
 P("Y Ngọc Hà", "Phó Bí thư Tỉnh đoàn"), P("Nguyễn Văn Phước", "Phó Bí thư Tỉnh đoàn"),
 P("A Lễ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Đơn Bia", "Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn", "Ủy viên Ban Thường vụ Tỉnh đoàn")],
[Q("27 km", 27, "km"), Q("14 \"Ngôi nhà khăn quàng đỏ\"", 14, "Ngôi nhà khăn quàng đỏ"), Q("840 triệu đồng", 840000000, "đồng"),
 Q("6.300 lượt đoàn viên", 6300, "lượt đoàn viên"), Q("215 đoàn viên", 215, "đoàn viên"), Q("107%", 107, "%"),
 Q("5 dự án", 5, "dự án"), Q("35 triệu đồng", 35000000, "đồng"), Q("20.000 cây xanh", 20000, "cây xanh")],
[D("Chương trình", "08", "CTr/TĐTN-TNNT", None, None, "Chương trình 08-CTr/TĐTN-TNNT"),
 D("Kế hoạch", "15", "KH/TĐTN", None, None, "Kế hoạch 15-KH/TĐTN")],
[prov("Kon Tum"), com("Đăk Choong")],
["TỈNH ĐOÀN KON TUM", "Bạn đang ở: Trang chủ › Tin hoạt động › Tin Tỉnh đoàn",
 "Đoàn viên xã Đăk Choong ra quân làm đường giao thông nông thôn.", "Ngôi nhà khăn quàng đỏ", "Tình nguyện hè",
 "Hội LHTN Việt Nam tỉnh", "Thanh niên Kon Tum 3 trách nhiệm", "Lượt xem: 514"],
["(GMT+7)", "Lượt xem: 514", "6 tháng đầu năm 2023", "6 tháng cuối năm", "Sáu tháng qua", "3 trách nhiệm"]))

PAGES.append(page("b258-travinh-hccb-hoinghi-2024", """
HỘI CỰU CHIẾN BINH TỈNH TRÀ VINH
Trang chủ > Tin tức > Phong trào thi đua
Thứ Ba, 15/10/2024
Tôn vinh 92 cựu chiến binh làm kinh tế giỏi
Ngày 14/10, Hội CCB tỉnh Trà Vinh tổ chức hội nghị biểu dương cựu chiến binh sản xuất, kinh doanh giỏi năm 2024.
Các cựu chiến binh tiêu biểu nhận Bằng khen tại hội nghị.
Dự hội nghị có Đại tá Thạch Phươl, Ủy viên BCH Trung ương Hội CCB Việt Nam, Chủ tịch Hội CCB tỉnh; các ông Kim Sô Thanh, Lê Văn Út - Phó Chủ tịch Hội CCB tỉnh; bà Sơn Thị Ánh Hồng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Dương Hoàng Sum, Phó Trưởng Ban Dân tộc và Tôn giáo tỉnh.
Toàn tỉnh hiện có 1.286 hội viên làm kinh tế giỏi, trong đó 92 cựu chiến binh được biểu dương lần này có thu nhập từ 500 triệu đến 2 tỷ đồng/năm, giải quyết việc làm cho 1.430 lao động. Các doanh nghiệp của CCB đóng góp hơn 3,6 tỷ đồng xây nhà "Nghĩa tình đồng đội" và giúp 72 hội viên thoát nghèo. Ông Thạch Sóc, hội viên CCB ấp Ô Răng, xã Hòa Lợi, nuôi 2.000 con vịt, lãi 420 triệu đồng mỗi năm.
Các cấp hội đang thực hiện Kết luận 180, 181-KL/TW của Ban Bí thư và Chỉ thị 46-CT/CCB của Ban Thường vụ Hội CCB tỉnh; phong trào "CCB gương mẫu" và cuộc vận động "4 không" được duy trì ở 100% chi hội.
Đại tá Thạch Phươl đề nghị mỗi doanh nghiệp CCB nhận đỡ đầu ít nhất 2 hộ nghèo; dịp này 92 cựu chiến binh tiêu biểu nhận Bằng khen, mỗi phần thưởng 1,5 triệu đồng.
Bài, ảnh: Sơn Lâm
Lượt xem: 723
Tin liên quan
- Hội CCB Cầu Ngang giao ban quý III (09/10/2024)
- Trao 6 căn nhà đồng đội tại Trà Cú (30/09/2024)
""", "2024-10-15",
"Tôn vinh 92 cựu chiến binh làm kinh tế giỏi",
E("hoi_nghi", "2024", "2024-10-14"),
[P("Thạch Phươl", "Đại tá", "Ủy viên BCH Trung ương Hội CCB Việt Nam", "Chủ tịch Hội CCB tỉnh"),
 P("Kim Sô Thanh", "Phó Chủ tịch Hội CCB tỉnh"), P("Lê Văn Út", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Sơn Thị Ánh Hồng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Dương Hoàng Sum", "Phó Trưởng Ban Dân tộc và Tôn giáo tỉnh"),
 P("Thạch Sóc", "hội viên CCB ấp Ô Răng")],
[Q("92 cựu chiến binh", 92, "cựu chiến binh"), Q("1.286 hội viên", 1286, "hội viên"),
 Q("500 triệu đến 2 tỷ đồng/năm", 500000000, "đồng"), Q("500 triệu đến 2 tỷ đồng/năm", 2000000000, "đồng"),
 Q("1.430 lao động", 1430, "lao động"), Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"), Q("72 hội viên", 72, "hội viên"),
 Q("2.000 con vịt", 2000, "con vịt"), Q("420 triệu đồng", 420000000, "đồng"), Q("100%", 100, "%"),
 Q("ít nhất 2 hộ nghèo", 2, "hộ nghèo"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Kết luận", "180", "KL/TW", None, "Ban Bí thư", "Kết luận 180, 181-KL/TW"),
 D("Kết luận", "181", "KL/TW", None, "Ban Bí thư", "Kết luận 180, 181-KL/TW"),
 D("Chỉ thị", "46", "CT/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Chỉ thị 46-CT/CCB")],
[prov("Trà Vinh"), com("Hòa Lợi")],
["HỘI CỰU CHIẾN BINH TỈNH TRÀ VINH", "Trang chủ > Tin tức > Phong trào thi đua",
 "Các cựu chiến binh tiêu biểu nhận Bằng khen tại hội nghị.", "Nghĩa tình đồng đội", "CCB gương mẫu", "ấp Ô Răng", "Lượt xem: 723"],
["Lượt xem: 723", "4 không", "năm 2024"]))

PAGES.append(page("b259-laichau-bdv-tongket-2024", """
BAN DÂN VẬN TỈNH ỦY LAI CHÂU
Trang chủ » Tin tức » Tin hoạt động
Ngày đăng 14/01/2025 | 10:30
Năm 2024, nhân dân Lai Châu hiến hơn 61.000 m2 đất xây dựng nông thôn mới
Ngày 13/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị trực tuyến tổng kết công tác dân vận năm 2024 và triển khai nhiệm vụ năm 2025 tới 8 điểm cầu huyện, thành phố.
Quang cảnh hội nghị tại điểm cầu tỉnh.
Dự hội nghị có đồng chí Tẩn Thị Dung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Lò Văn Hương, Phàn Văn Sài - Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lý Thị Chiêu, Phó Trưởng ban Nội chính Tỉnh ủy; 45 đồng chí trưởng, phó ban dân vận các huyện ủy, thành ủy.
Năm 2024, các cấp đã vận động nhân dân hiến hơn 61.000 m2 đất, góp 38.500 ngày công xây dựng nông thôn mới; giải quyết 61/66 vụ việc khiếu nại; 4.120 hộ tháo dỡ nhà tạm theo phong trào "Chung sức xóa nhà tạm, nhà dột nát". Khối dân vận toàn tỉnh có 241 mô hình "Dân vận khéo", tăng 27 mô hình. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 412-KL/TU và Quy chế 09-QC/TU về công tác dân vận; thực hiện Quy định 23-QĐ/TW của Bộ Chính trị.
Đồng chí Tẩn Thị Dung đề nghị năm 2025 thực hiện tốt công tác dân vận phục vụ sắp xếp tổ chức bộ máy, vận động nhân dân theo phương châm "3 trước, 3 sau". Hội nghị trao Bằng khen cho 9 tập thể, 14 cá nhân. Các đại biểu cũng thảo luận về việc nắm bắt tâm tư của cán bộ, công chức và nhân dân trước khi sắp xếp lại đơn vị hành chính cấp xã.
Phương Thảo
Lượt xem: 698
Các tin đã đưa
- Phong Thổ: Ra mắt 12 tổ dân vận thôn (06/01/2025)
- Giao ban khối dân vận quý IV năm 2024 (24/12/2024)
""", "2025-01-14",
"Năm 2024, nhân dân Lai Châu hiến hơn 61.000 m2 đất xây dựng nông thôn mới",
E("tong_ket", "2024", "2025-01-13"),
[P("Tẩn Thị Dung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Văn Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Phàn Văn Sài", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Thị Chiêu", "Phó Trưởng ban Nội chính Tỉnh ủy")],
[Q("8 điểm cầu", 8, "điểm cầu"), Q("45 đồng chí", 45, "đồng chí"), Q("hơn 61.000 m2", 61000, "m2", "over"),
 Q("38.500 ngày công", 38500, "ngày công"), Q("61/66 vụ việc", 61, "vụ việc"), Q("61/66 vụ việc", 66, "vụ việc"),
 Q("4.120 hộ", 4120, "hộ"), Q("241 mô hình", 241, "mô hình"), Q("27 mô hình", 27, "mô hình"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Kết luận", "412", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 412-KL/TU"),
 D("Quy chế", "09", "QC/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy chế 09-QC/TU"),
 D("Quy định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quy định 23-QĐ/TW")],
[prov("Lai Châu")],
["BAN DÂN VẬN TỈNH ỦY LAI CHÂU", "Trang chủ » Tin tức » Tin hoạt động", "Quang cảnh hội nghị tại điểm cầu tỉnh.",
 "Chung sức xóa nhà tạm, nhà dột nát", "Dân vận khéo", "Lượt xem: 698"],
["Lượt xem: 698", "45 đồng chí", "3 trước, 3 sau", "Năm 2024", "năm 2024", "năm 2025"]))

PAGES.append(page("b260-laocai-btgdv-taphuan-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÀO CAI
Hôm nay: Thứ Hai, 25/08/2025
Trang chủ > Tin tức > Dân vận
Thứ Năm, 21/8/2025 - 08:10
Nâng cao kỹ năng vận động nhân dân cho cán bộ xã, phường mới
Trong 2 ngày 19 và 20/8, tại phường Văn Phú, Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai tổ chức tập huấn nghiệp vụ công tác dân vận năm 2025 cho 186 học viên là trưởng, phó khối dân vận của 99 xã, phường sau sắp xếp.
Các học viên tại lớp tập huấn.
Đồng chí Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy Giàng Seo Vần khai mạc lớp học. Cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Hoàng Thị Vân Anh, Sùng A Páo, Nguyễn Minh Khuê.
Học viên được nghe quán triệt Kế hoạch số 112-KH/BTGDVTU ngày 04/8/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác dân vận trong vận hành chính quyền địa phương 2 cấp, Hướng dẫn 07-HD/BTGDVTW của Ban Tuyên giáo và Dân vận Trung ương; trao đổi cách tiếp dân, đối thoại và giải quyết kiến nghị ngay tại cơ sở. Từ ngày 1/7 đến nay, các xã của tỉnh đã tiếp nhận 1.742 hồ sơ, giải quyết đúng hạn 96,4%.
Đồng chí Lò Thị Thảo, vừa được bổ nhiệm giữ chức Phó Trưởng Phòng Văn hóa - Xã hội xã Khao Mang, chia sẻ: xã mới rộng hơn 300 km2, có 22 thôn, nhiều thôn cách trung tâm trên 30 km nên cán bộ phải "cắm bản" để nắm tình hình. Đồng chí Mùa A Sinh, Chủ tịch Ủy ban MTTQ Việt Nam xã Mù Cang Chải, kể về việc vận động bà con người Mông ở các thôn thuộc tỉnh Yên Bái trước đây di dời khỏi vùng sạt lở.
Kết thúc tập huấn, 100% học viên hoàn thành bài thu hoạch.
Thu Trang
Lượt xem: 463
Tin liên quan
- Phát huy vai trò người có uy tín sau sáp nhập (14/08/2025)
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy (01/07/2025)
""", "2025-08-21",
"Nâng cao kỹ năng vận động nhân dân cho cán bộ xã, phường mới",
E("tap_huan", "2025", "2025-08-19"),
[P("Giàng Seo Vần", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Thị Vân Anh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng A Páo", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Minh Khuê", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lò Thị Thảo", "Phó Trưởng Phòng Văn hóa - Xã hội xã Khao Mang"),
 P("Mùa A Sinh", "Chủ tịch Ủy ban MTTQ Việt Nam xã Mù Cang Chải")],
[Q("186 học viên", 186, "học viên"), Q("99 xã, phường", 99, "xã, phường"), Q("1.742 hồ sơ", 1742, "hồ sơ"),
 Q("96,4%", 96.4, "%"), Q("hơn 300 km2", 300, "km2", "over"), Q("22 thôn", 22, "thôn"), Q("trên 30 km", 30, "km", "over"),
 Q("100%", 100, "%")],
[D("Kế hoạch", "112", "KH/BTGDVTU", "2025-08-04", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 112-KH/BTGDVTU"),
 D("Hướng dẫn", "07", "HD/BTGDVTW", None, "Ban Tuyên giáo và Dân vận Trung ương", "Hướng dẫn 07-HD/BTGDVTW")],
[prov("Lào Cai"), prov("Yên Bái"), com("Văn Phú"), com("Khao Mang"), com("Mù Cang Chải")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ > Tin tức > Dân vận", "Các học viên tại lớp tập huấn.",
 "cắm bản", "Lượt xem: 463"],
["Hôm nay: Thứ Hai, 25/08/2025", "Lượt xem: 463", "Trong 2 ngày", "chính quyền địa phương 2 cấp", "ngày 1/7", "năm 2025"]))

PAGES.append(page("b261-gialai-mttq-traoqua-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI
Cổng thông tin điện tử
Trang chủ | Tin tức | An sinh xã hội
18/09/2025 - 14:20
Trao 650 suất quà cho người dân vùng lũ phía Đông tỉnh
Ngày 17/9, Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức trao 650 suất quà cho các hộ bị thiệt hại do mưa lũ tại xã An Lão, xã Vĩnh Thạnh và phường Quy Nhơn Nam.
Hơn 650 suất quà đã đến tay người dân vùng lũ.
Tham gia đoàn có ông Hồ Văn Kiên, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Rah Lan Lâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; các ông Đinh Văn Hlơm, Trần Quang Vũ - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Mỗi suất quà gồm 3tr tiền mặt, 20 kg gạo và nhu yếu phẩm; riêng 48 hộ có nhà bị sập hoàn toàn được hỗ trợ thêm 30.000.000 đồng/hộ. Tổng giá trị đợt hỗ trợ là 2 tỷ 390 triệu đồng, từ Quỹ Cứu trợ tỉnh theo Thông báo số 45/TB-MTTQ-BTT ngày 12/9/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Tại xã An Lão, ông Đinh Văn Hlơm thăm hỏi bà Đinh Thị Bứa, 78 tuổi, người Bana có nhà bị lũ cuốn trôi.
Trước đó, Mặt trận các cấp trong tỉnh đã tiếp nhận hơn 6,8 tỷ đồng ủng hộ đồng bào vùng lũ qua chương trình "Gia Lai chung tay khắc phục hậu quả bão lũ", trong đó các địa phương thuộc tỉnh Bình Định trước đây đóng góp 2,95 tỷ đồng. Ông Hồ Văn Kiên đề nghị chính quyền các xã rà soát, không để hộ nào bị đói, rét, đồng thời huy động lực lượng đoàn viên, thanh niên giúp bà con dọn dẹp nhà cửa, khôi phục sản xuất trước vụ đông xuân.
Nhóm PV
Lượt xem: 2.108
Tin khác
- Mặt trận tỉnh kêu gọi ủng hộ đồng bào bị thiệt hại do bão (10/09/2025)
- Hội nghị hiệp thương lần thứ nhất (02/09/2025)
""", "2025-09-18",
"Trao 650 suất quà cho người dân vùng lũ phía Đông tỉnh",
E("trao_qua", None, "2025-09-17"),
[P("Hồ Văn Kiên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Rah Lan Lâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Đinh Văn Hlơm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Trần Quang Vũ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Bứa")],
[Q("650 suất quà", 650, "suất quà"), Q("3tr", 3000000, "đồng"), Q("20 kg", 20, "kg"), Q("48 hộ", 48, "hộ"),
 Q("30.000.000 đồng/hộ", 30000000, "đồng"), Q("2 tỷ 390 triệu đồng", 2390000000, "đồng"),
 Q("hơn 6,8 tỷ đồng", 6800000000, "đồng", "over"), Q("2,95 tỷ đồng", 2950000000, "đồng")],
[D("Thông báo", "45", "TB-MTTQ-BTT", "2025-09-12", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Thông báo số 45/TB-MTTQ-BTT")],
[prov("Gia Lai"), prov("Bình Định"), com("An Lão"), com("Vĩnh Thạnh"), com("Quy Nhơn Nam")],
["ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI", "Cổng thông tin điện tử", "Trang chủ | Tin tức | An sinh xã hội",
 "Hơn 650 suất quà đã đến tay người dân vùng lũ.", "Quỹ Cứu trợ tỉnh", "Gia Lai chung tay khắc phục hậu quả bão lũ", "Nhóm PV", "Lượt xem: 2.108"],
["Lượt xem: 2.108", "78 tuổi"]))

PAGES.append(page("b262-cantho-xa-giaoban-2025", """
ĐẢNG ỦY XÃ NHU GIA
Thành phố Cần Thơ
Trang chủ > Tin tức > Công tác dân vận
Cập nhật lúc 16:05 04/11/2025
Vận động 143 hộ Khmer tham gia mô hình tôm - lúa
Sáng 3/11, Ban Thường vụ Đảng ủy xã Nhu Gia tổ chức giao ban công tác dân vận tháng 10 năm 2025 với Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội.
Đồng chí Lâm Thị Sô Khanh phát biểu tại buổi giao ban.
Chủ trì giao ban có đồng chí Trương Minh Luân, Bí thư Đảng ủy xã; đồng chí Lâm Thị Sô Khanh, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; đồng chí Kim Văn Thươl, Trưởng Ban Xây dựng Đảng Đảng ủy xã, Chủ tịch Ủy ban MTTQ Việt Nam xã. Dự giao ban có Hòa thượng Thạch Huôl, Trụ trì chùa Tà Lợt.
Trong tháng 10, các đoàn thể đã vận động 143 hộ đồng bào Khmer chuyển 94 ha ruộng sang mô hình tôm - lúa; tổ chức 11 cuộc đối thoại nhỏ tại 11 ấp, tiếp nhận 34 ý kiến, đã trả lời 31 ý kiến. Hội Nông dân xã phối hợp giải ngân 2,36 tỷ đồng cho 49 hộ vay. Xã thực hiện Nghị quyết 12, 13-NQ/ĐU của Đảng ủy xã về giảm nghèo bền vững và chỉnh trang 18 tuyến đường ấp.
Đồng chí Trương Minh Luân đề nghị tháng 11 tập trung vận động bà con chuẩn bị lễ Ok Om Bok, góp sức xây dựng xã nông thôn mới nâng cao như khi còn thuộc tỉnh Sóc Trăng; mỗi hộ đóng góp tự nguyện 100 ngàn đồng cho quỹ "Ngày vì người nghèo". Các chi bộ ấp được giao nắm chắc tình hình, kịp thời phản ánh về Đảng ủy những kiến nghị của bà con về giá tôm giống, nước tưới và đường nội đồng.
Văn phòng Đảng ủy
Lượt xem: 287
Tin cùng chuyên mục
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 3 (28/10/2025)
- Ra mắt tổ dân vận ấp Kinh Ngay (17/10/2025)
""", "2025-11-04",
"Vận động 143 hộ Khmer tham gia mô hình tôm - lúa",
E("giao_ban", "2025-10", "2025-11-03"),
[P("Trương Minh Luân", "Bí thư Đảng ủy xã"),
 P("Lâm Thị Sô Khanh", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Kim Văn Thươl", "Trưởng Ban Xây dựng Đảng Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thạch Huôl", "Hòa thượng", "Trụ trì chùa Tà Lợt")],
[Q("143 hộ", 143, "hộ"), Q("94 ha", 94, "ha"), Q("11 cuộc đối thoại", 11, "cuộc đối thoại"), Q("11 ấp", 11, "ấp"),
 Q("34 ý kiến", 34, "ý kiến"), Q("31 ý kiến", 31, "ý kiến"), Q("2,36 tỷ đồng", 2360000000, "đồng"), Q("49 hộ vay", 49, "hộ vay"),
 Q("18 tuyến đường ấp", 18, "tuyến đường ấp"), Q("100 ngàn đồng", 100000, "đồng")],
[D("Nghị quyết", "12", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 12, 13-NQ/ĐU"),
 D("Nghị quyết", "13", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 12, 13-NQ/ĐU")],
[prov("Cần Thơ"), prov("Sóc Trăng"), com("Nhu Gia")],
["ĐẢNG ỦY XÃ NHU GIA", "Thành phố Cần Thơ", "Trang chủ > Tin tức > Công tác dân vận",
 "Đồng chí Lâm Thị Sô Khanh phát biểu tại buổi giao ban.", "chùa Tà Lợt", "Ngày vì người nghèo", "Văn phòng Đảng ủy", "Lượt xem: 287"],
["Lượt xem: 287", "tháng 10 năm 2025", "Trong tháng 10", "tháng 11", "Ok Om Bok"]))
