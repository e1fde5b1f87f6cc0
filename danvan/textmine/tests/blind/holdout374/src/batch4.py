from lib import *
PAGES = []

PAGES.append(page("b8951-haiphong-thanhdoan-giaoban-2024", """
THÀNH ĐOÀN HẢI PHÒNG
Trang chủ › Tin tức › Hoạt động Thành đoàn
Thứ Sáu, 04/10/2024 08:05
Thành đoàn giao ban công tác Đoàn quý III
Chiều 3/10, Ban Thường vụ Thành đoàn Hải Phòng tổ chức hội nghị giao ban công tác Đoàn và phong trào thanh niên quý III năm 2024, triển khai nhiệm vụ quý IV. Dự hội nghị có đồng chí Nguyễn Văn Khoa - Thành ủy viên, Trưởng Ban Dân vận Thành ủy; đồng chí Phạm Quang Huy, Bí thư Thành đoàn chủ trì.
Toàn cảnh hội nghị giao ban. Ảnh: Hải Yến
Báo cáo nêu rõ, chiến dịch Thanh niên tình nguyện hè năm 2024 đã thực hiện 215 công trình, phần việc thanh niên trị giá hơn 18 tỷ đồng, trong đó có 32 công trình thanh niên cấp thành phố. Các đội hình đã làm mới 46 km đường giao thông nông thôn, trồng 25.000 cây xanh, tổ chức 380 điểm sinh hoạt hè cho thiếu nhi; chương trình "Tiếp sức mùa thi" có 2.600 tình nguyện viên hỗ trợ thí sinh tại 68 điểm thi.
Sau khi bão số 3 đổ bộ, Thành đoàn đã huy động khoảng 12.000 lượt đoàn viên, thanh niên ra quân khắc phục hậu quả, dọn dẹp hơn 3.500 cây xanh đổ gãy, hỗ trợ 240 hộ dân sửa chữa nhà cửa; các đội hình tình nguyện tại xã Việt Hải, xã Lập Lễ và phường Đồ Sơn trực 24/24 giờ hỗ trợ người dân. Thực hiện Công điện số 86/CĐ-TTg của Thủ tướng Chính phủ, các cơ sở Đoàn còn vận động được 1,35 tỷ đồng ủng hộ đồng bào các tỉnh miền núi phía Bắc.
Thực hiện Kế hoạch 85, 86-KH/TĐTN của Ban Thường vụ Thành đoàn về chiến dịch tình nguyện hè và về chương trình "Thanh niên Hải Phòng chung tay vì cộng đồng", các quận, huyện đoàn đã hoàn thành 92% chỉ tiêu công trình năm 2024.
Hội nghị thông báo đồng chí Trần Thu Trang, Trưởng ban Phong trào Thành đoàn vừa được bầu bổ sung làm Phó Bí thư Thành đoàn khóa XV. Tại hội nghị, đồng chí Bùi Văn Quý, Bí thư Đoàn xã Việt Hải chia sẻ khó khăn khi vận chuyển vật liệu ra đảo; đồng chí Hoàng Thị Yến, Bí thư Huyện đoàn Thủy Nguyên đề nghị Thành đoàn hỗ trợ kinh phí cho 5 công trình thanh niên bị hư hỏng do bão.
Phát biểu tại hội nghị, đồng chí Nguyễn Văn Khoa đề nghị tổ chức Đoàn tiếp tục phát huy vai trò xung kích trong khắc phục hậu quả thiên tai, gắn công trình thanh niên với nhu cầu thiết thực của nhân dân; thực hiện tốt công tác dân vận, không để xảy ra tình trạng "làm thay" người dân.
Kết luận hội nghị, đồng chí Phạm Quang Huy yêu cầu trong quý IV hoàn thành 100% chỉ tiêu công trình thanh niên, tổ chức tổng kết chiến dịch hè và chuẩn bị Hội nghị Ban Chấp hành Thành đoàn cuối năm.
Hải Yến
Tin cùng chuyên mục
- Tuổi trẻ Hải Phòng ra quân khắc phục hậu quả bão số 3 (09/09/2024)
- Tổng kết chiến dịch "Mùa hè xanh" năm 2024 (28/08/2024)
- Giao ban công tác Đoàn quý II năm 2024 (05/07/2024)
""", "2024-10-04", "Thành đoàn giao ban công tác Đoàn quý III",
E("giao_ban", "2024-Q3", "2024-10-03"),
[P("Nguyễn Văn Khoa", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Phạm Quang Huy", "Bí thư Thành đoàn"),
 P("Trần Thu Trang", "Trưởng ban Phong trào Thành đoàn", "Phó Bí thư Thành đoàn khóa XV"),
 P("Bùi Văn Quý", "Bí thư Đoàn xã Việt Hải"),
 P("Hoàng Thị Yến", "Bí thư Huyện đoàn Thủy Nguyên")],
[Q("215 công trình, phần việc thanh niên", 215, "công trình, phần việc thanh niên"),
 Q("hơn 18 tỷ đồng", 18000000000, "đồng", "over"), Q("32 công trình thanh niên cấp thành phố", 32, "công trình thanh niên cấp thành phố"),
 Q("46 km", 46, "km"), Q("25.000 cây xanh", 25000, "cây xanh"), Q("380 điểm sinh hoạt hè", 380, "điểm sinh hoạt hè"),
 Q("2.600 tình nguyện viên", 2600, "tình nguyện viên"), Q("68 điểm thi", 68, "điểm thi"),
 Q("khoảng 12.000 lượt đoàn viên, thanh niên", 12000, "lượt đoàn viên, thanh niên", "approx"),
 Q("hơn 3.500 cây xanh", 3500, "cây xanh", "over"), Q("240 hộ dân", 240, "hộ dân"), Q("1,35 tỷ đồng", 1350000000, "đồng"),
 Q("92% chỉ tiêu", 92, "%"), Q("5 công trình thanh niên", 5, "công trình thanh niên"), Q("100% chỉ tiêu", 100, "%")],
[D("Kế hoạch", "85", "KH/TĐTN", None, "Ban Thường vụ Thành đoàn", "Kế hoạch 85, 86-KH/TĐTN"),
 D("Kế hoạch", "86", "KH/TĐTN", None, "Ban Thường vụ Thành đoàn", "Kế hoạch 85, 86-KH/TĐTN")],
[prov("Hải Phòng"), com("Việt Hải"), com("Lập Lễ"), com("Đồ Sơn")],
["THÀNH ĐOÀN HẢI PHÒNG", "Trang chủ › Tin tức › Hoạt động Thành đoàn", "Toàn cảnh hội nghị giao ban.", "Tiếp sức mùa thi",
 "Thanh niên Hải Phòng chung tay vì cộng đồng", "Công điện số 86/CĐ-TTg"],
["Thứ Sáu, 04/10/2024 08:05", "quý III năm 2024", "quý IV", "bão số 3", "24/24 giờ", "khóa XV", "năm 2024"]))

PAGES.append(page("b8952-ninhthuan-baoninhthuan-soket-2024", """
Báo Ninh Thuận điện tử
Chính trị - Xã hội :: Đoàn thể :: Thanh niên
12.07.2024 | 14:35
Tuổi trẻ Ninh Thuận khởi công 25 công trình thanh niên trong hè
Ngày 11/7, Tỉnh đoàn tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh niên 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Thập Văn Tấn, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy dự và phát biểu chỉ đạo; đồng chí Quảng Thị Ngọc Lan, Tỉnh ủy viên, Bí thư Tỉnh đoàn chủ trì.
6 tháng đầu năm, các cấp bộ Đoàn trong tỉnh kết nạp 1.320 đoàn viên mới, giới thiệu 186 đoàn viên ưu tú cho Đảng; Tháng Thanh niên thu hút trên 30.000 lượt đoàn viên, thanh niên tham gia. Tỉnh đoàn ban hành Nghị quyết chuyên đề số 05-NQ/TĐTN về phát huy vai trò thanh niên trong thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Từ đầu tháng 6, chiến dịch Thanh niên tình nguyện hè năm 2024 đã khởi công 25 công trình thanh niên với tổng kinh phí khoảng 3,8 tỷ đồng, trong đó 9 công trình ở các xã vùng đồng bào Raglai. Đội hình "Mùa hè xanh" gồm 450 sinh viên của 5 trường đại học đã về xã Phước Hà, xã Phước Bình và xã Phước Nam, cùng bà con làm 2,6 km đường nội đồng, mở 14 lớp ôn tập hè cho 420 học sinh.
Tại hội nghị, anh Pinăng Văn Hùng, Bí thư Đoàn xã Phước Bình cho biết, xã đang thi công "Cầu tràn thanh niên" trị giá 650 triệu đồng, đoàn viên và nhân dân góp 900 ngày công. Chị Katơr Thị Lan, Phó Bí thư Huyện đoàn Bác Ái đề xuất Tỉnh đoàn ưu tiên đội hình y tế về các thôn vùng cao, nơi trên 70% hộ là đồng bào Raglai. Chị Chamaléa Thị Bé, người có uy tín thôn Ma Ty, xã Phước Hà, bày tỏ mong muốn sinh viên dạy chữ cho phụ nữ lớn tuổi.
Phát biểu chỉ đạo, đồng chí Thập Văn Tấn đề nghị Tỉnh đoàn 6 tháng cuối năm tập trung hoàn thành các công trình trước ngày 31/8, phát huy vai trò người có uy tín trong vận động đồng bào Chăm, Raglai; hỗ trợ ít nhất 50 thanh niên dân tộc thiểu số khởi nghiệp, lập nghiệp.
Kết luận hội nghị, đồng chí Quảng Thị Ngọc Lan yêu cầu các huyện, thành đoàn rà soát chỉ tiêu, phấn đấu năm 2024 hoàn thành 60 công trình thanh niên cấp tỉnh, cấp huyện trị giá trên 8 tỷ đồng. Dịp này, Tỉnh đoàn tặng bằng khen cho 12 tập thể, 18 cá nhân.
Minh Đức
Tin liên quan
- Bác Ái: bàn giao 3 nhà nhân ái cho đoàn viên nghèo (05/07/2024)
- Ra quân chiến dịch Thanh niên tình nguyện hè năm 2024 (02/06/2024)
- Thanh niên Chăm tham gia giữ gìn tháp cổ (20/05/2024)
- Ninh Sơn: 200 đoàn viên hưởng ứng Ngày Chủ nhật xanh (12/05/2024)
""", "2024-07-12", "Tuổi trẻ Ninh Thuận khởi công 25 công trình thanh niên trong hè",
E("so_ket", "2024-H1", "2024-07-11"),
[P("Thập Văn Tấn", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Quảng Thị Ngọc Lan", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"),
 P("Pinăng Văn Hùng", "Bí thư Đoàn xã Phước Bình"),
 P("Katơr Thị Lan", "Phó Bí thư Huyện đoàn Bác Ái"),
 P("Chamaléa Thị Bé", "người có uy tín thôn Ma Ty")],
[Q("1.320 đoàn viên mới", 1320, "đoàn viên mới"), Q("186 đoàn viên ưu tú", 186, "đoàn viên ưu tú"),
 Q("trên 30.000 lượt đoàn viên, thanh niên", 30000, "lượt đoàn viên, thanh niên", "over"),
 Q("25 công trình thanh niên", 25, "công trình thanh niên"), Q("khoảng 3,8 tỷ đồng", 3800000000, "đồng", "approx"),
 Q("9 công trình", 9, "công trình"), Q("450 sinh viên", 450, "sinh viên"), Q("5 trường đại học", 5, "trường đại học"),
 Q("2,6 km", 2.6, "km"), Q("14 lớp ôn tập hè", 14, "lớp ôn tập hè"), Q("420 học sinh", 420, "học sinh"),
 Q("650 triệu đồng", 650000000, "đồng"), Q("900 ngày công", 900, "ngày công"), Q("trên 70%", 70, "%", "over"),
 Q("ít nhất 50 thanh niên dân tộc thiểu số", 50, "thanh niên dân tộc thiểu số", "over"),
 Q("60 công trình thanh niên cấp tỉnh, cấp huyện", 60, "công trình thanh niên cấp tỉnh, cấp huyện"),
 Q("trên 8 tỷ đồng", 8000000000, "đồng", "over"), Q("12 tập thể", 12, "tập thể"), Q("18 cá nhân", 18, "cá nhân")],
[D("Nghị quyết", "05", "NQ/TĐTN", None, "Tỉnh đoàn", "Nghị quyết chuyên đề số 05-NQ/TĐTN"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Ninh Thuận"), com("Phước Hà"), com("Phước Bình"), com("Phước Nam")],
["Báo Ninh Thuận điện tử", "Chính trị - Xã hội :: Đoàn thể :: Thanh niên", "Tháng Thanh niên", "Mùa hè xanh", "Cầu tràn thanh niên",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["12.07.2024 | 14:35", "6 tháng đầu năm 2024", "6 tháng cuối năm", "Từ đầu tháng 6", "ngày 31/8", "năm 2024"]))

PAGES.append(page("b8953-phuyen-baophuyen-raquan-2025", """
BÁO PHÚ YÊN ONLINE
Thời sự | Chính trị | Thanh niên
Thứ Hai, 02/06/2025 - 07:40
Hơn 2.000 đoàn viên, thanh niên ra quân chiến dịch tình nguyện hè 2025
Sáng 1/6, tại xã An Ninh Đông, huyện Tuy An, Tỉnh đoàn Phú Yên tổ chức lễ ra quân chiến dịch Thanh niên tình nguyện hè năm 2025 với sự tham gia của hơn 2.000 đoàn viên, thanh niên. Đồng chí Lương Văn Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dự và phát động.
Đoàn viên, thanh niên diễu hành sau lễ ra quân.
Theo đồng chí Võ Thị Thu Hiền, Bí thư Tỉnh đoàn, chiến dịch năm nay diễn ra trong bối cảnh tỉnh chuẩn bị hợp nhất với tỉnh Đắk Lắk và sắp xếp chính quyền địa phương hai cấp. Thực hiện Kế hoạch số 248-KH/TĐTN ngày 15/5/2025 của Ban Thường vụ Tỉnh đoàn, các cơ sở Đoàn tập trung vào 4 nhóm việc: tham gia xây dựng nông thôn mới, chuyển đổi số, bảo vệ môi trường biển và hỗ trợ người dân trong quá trình sắp xếp đơn vị hành chính.
Chỉ tiêu đặt ra là thực hiện 40 công trình thanh niên với tổng trị giá khoảng 4 tỷ đồng; xây dựng 15 nhà nhân ái; trồng 30.000 cây xanh; thành lập 110 tổ công nghệ số cộng đồng hướng dẫn người dân sử dụng dịch vụ công trực tuyến. Ngay sau lễ ra quân, đoàn viên đã thu gom khoảng 3 tấn rác thải dọc bãi biển thôn Phú Thạnh, xã An Ninh Đông và trồng 500 cây phi lao chắn cát.
Các đội hình "Mùa hè xanh" của 4 trường đại học, cao đẳng sẽ về các xã miền núi Ea Bá, Phú Mỡ, nơi có đông đồng bào Êđê, Chăm H'roi, Ba Na sinh sống. Anh Ksor Y Nhuận, Bí thư Đoàn xã Ea Bá cho biết, xã đề xuất đội hình giúp bà con làm 1,5 km đường vào khu sản xuất và sửa 2 nhà sinh hoạt cộng đồng buôn.
Phát biểu tại lễ ra quân, đồng chí Lương Văn Hòa nhấn mạnh, các đội hình phải quán triệt Quyết định số 23-QĐ/TW của Ban Chấp hành Trung ương về Quy chế công tác dân vận, "nói để dân hiểu, làm để dân tin"; thực hiện các công trình đúng nhu cầu người dân, công khai kinh phí. Đồng chí đề nghị các cơ sở Đoàn hoàn thành bàn giao công trình trước ngày 30/6 ở những nơi sẽ sắp xếp lại đơn vị hành chính.
Dịp này, Tỉnh đoàn trao cờ chiến dịch cho 9 huyện, thị, thành đoàn và 12 đội hình tình nguyện; Công ty Điện lực Phú Yên trao tặng 200 triệu đồng hỗ trợ chương trình "Thắp sáng đường quê".
Năm 2024, tuổi trẻ Phú Yên đã thực hiện 37 công trình thanh niên trị giá 3,6 tỷ đồng.
Hồng Nhung
Tin khác
- Tuy Hòa: 500 đoàn viên tham gia ngày hội chuyển đổi số (25/05/2025)
- Đồng Xuân: bàn giao cầu thanh niên tại xã Phú Mỡ (15/05/2025)
- Tỉnh đoàn tổng kết Tháng Thanh niên năm 2025 (08/04/2025)
- Sông Hinh: thanh niên giúp đồng bào Êđê thu hoạch mì (20/03/2025)
""", "2025-06-02", "Hơn 2.000 đoàn viên, thanh niên ra quân chiến dịch tình nguyện hè 2025",
E("khac", None, "2025-06-01"),
[P("Lương Văn Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Võ Thị Thu Hiền", "Bí thư Tỉnh đoàn"),
 P("Ksor Y Nhuận", "Bí thư Đoàn xã Ea Bá")],
[Q("Hơn 2.000 đoàn viên, thanh niên", 2000, "đoàn viên, thanh niên", "over"), Q("4 nhóm việc", 4, "nhóm việc"),
 Q("40 công trình thanh niên", 40, "công trình thanh niên"), Q("khoảng 4 tỷ đồng", 4000000000, "đồng", "approx"),
 Q("15 nhà nhân ái", 15, "nhà nhân ái"), Q("30.000 cây xanh", 30000, "cây xanh"),
 Q("110 tổ công nghệ số cộng đồng", 110, "tổ công nghệ số cộng đồng"), Q("khoảng 3 tấn", 3, "tấn", "approx"),
 Q("500 cây phi lao", 500, "cây phi lao"), Q("4 trường đại học, cao đẳng", 4, "trường đại học, cao đẳng"),
 Q("1,5 km", 1.5, "km"), Q("2 nhà sinh hoạt cộng đồng", 2, "nhà sinh hoạt cộng đồng"),
 Q("9 huyện, thị, thành đoàn", 9, "huyện, thị, thành đoàn"), Q("12 đội hình tình nguyện", 12, "đội hình tình nguyện"),
 Q("200 triệu đồng", 200000000, "đồng"), Q("37 công trình thanh niên", 37, "công trình thanh niên"),
 Q("3,6 tỷ đồng", 3600000000, "đồng")],
[D("Kế hoạch", "248", "KH/TĐTN", "2025-05-15", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 248-KH/TĐTN ngày 15/5/2025"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW")],
[prov("Phú Yên"), prov("Đắk Lắk"), com("An Ninh Đông"), com("Ea Bá"), com("Phú Mỡ")],
["BÁO PHÚ YÊN ONLINE", "Thời sự | Chính trị | Thanh niên", "Đoàn viên, thanh niên diễu hành sau lễ ra quân.", "Mùa hè xanh",
 "nói để dân hiểu, làm để dân tin", "Thắp sáng đường quê"],
["Thứ Hai, 02/06/2025 - 07:40", "năm 2025", "hai cấp", "ngày 30/6", "Năm 2024"]))

PAGES.append(page("b8954-lamdong-mttq-giamsat-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG
Trang chủ - Tin tức - Giám sát và phản biện xã hội
22/08/2025 - 16:20
Giám sát công trình thanh niên tại các xã, phường sau sắp xếp
Ngày 21/8, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí K'Nhiên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn làm trưởng đoàn đã giám sát việc thực hiện các công trình thanh niên trong chiến dịch tình nguyện hè năm 2025 tại xã Đắk Song, xã Quảng Tín và phường Phan Thiết.
Đây là chiến dịch tình nguyện hè đầu tiên sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận và vận hành chính quyền địa phương hai cấp. Cuộc giám sát thực hiện theo Kế hoạch số 27/KH-MTTQ-BTT ngày 5/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; nội dung tập trung vào việc lựa chọn công trình, huy động và sử dụng kinh phí, sự tham gia và giám sát của nhân dân.
Theo báo cáo của Tỉnh đoàn, thực hiện Kế hoạch số 09-KH/TĐTN ngày 2/7/2025 của Ban Thường vụ Tỉnh đoàn, toàn tỉnh có 124 công trình thanh niên với tổng giá trị hơn 15 tỷ đồng; 2.700 sinh viên tình nguyện về 86 xã, phường. Đến ngày 20/8, đã hoàn thành 98 công trình, đạt 79%.
Tại xã Đắk Song, đoàn đã kiểm tra tuyến đường bê tông thanh niên dài 1,8 km trị giá 720 triệu đồng và điểm trường mầm non được sửa chữa trị giá 160 triệu đồng. Chị Điểu Thị Bình, Bí thư Đoàn xã Đắk Song, cho biết 45 hộ đồng bào Mnông đã góp 600 ngày công. Tại phường Phan Thiết, ông Lê Văn Hậu, Chủ tịch UBND phường báo cáo 3 công trình "Tuyến phố văn minh" và 1.500 cây xanh do đoàn viên trồng ven biển.
Qua giám sát, đoàn ghi nhận các công trình được lựa chọn từ ý kiến của người dân, niêm yết công khai tại nhà văn hóa. Tuy nhiên, có 6 công trình ở khu vực tỉnh Đắk Nông (cũ) chậm tiến độ do mưa kéo dài; một số xã mới chưa giao người quản lý công trình sau bàn giao; 2 đội hình chưa thực hiện đúng việc báo cáo tạm trú cho sinh viên.
Bà Ma Thị Hà, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam các xã, phường đưa công trình thanh niên vào nội dung giám sát thường xuyên của Ban Thanh tra nhân dân.
Kết luận giám sát, đồng chí K'Nhiên yêu cầu Đoàn các xã, phường hoàn thành bàn giao trước ngày 15/9, quyết toán kinh phí công khai; UBND các xã, phường bố trí nguồn duy tu công trình.
Phương Thảo
Tin liên quan
- Tỉnh đoàn ra quân chiến dịch hè tình nguyện năm 2025 (05/07/2025)
- Mặt trận tỉnh giám sát việc sắp xếp tổ dân phố (14/08/2025)
- Lâm Đồng: 300 sinh viên "Mùa hè xanh" về xã biên giới (25/07/2025)
""", "2025-08-22", "Giám sát công trình thanh niên tại các xã, phường sau sắp xếp",
E("giam_sat", None, "2025-08-21"),
[P("K'Nhiên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
 P("Điểu Thị Bình", "Bí thư Đoàn xã Đắk Song"),
 P("Lê Văn Hậu", "Chủ tịch UBND phường"),
 P("Ma Thị Hà", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("3 tỉnh", 3, "tỉnh"), Q("124 công trình thanh niên", 124, "công trình thanh niên"), Q("hơn 15 tỷ đồng", 15000000000, "đồng", "over"),
 Q("2.700 sinh viên tình nguyện", 2700, "sinh viên tình nguyện"), Q("86 xã, phường", 86, "xã, phường"),
 Q("98 công trình", 98, "công trình"), Q("79%", 79, "%"), Q("1,8 km", 1.8, "km"), Q("720 triệu đồng", 720000000, "đồng"),
 Q("160 triệu đồng", 160000000, "đồng"), Q("45 hộ đồng bào Mnông", 45, "hộ đồng bào Mnông"), Q("600 ngày công", 600, "ngày công"),
 Q("3 công trình", 3, "công trình"), Q("1.500 cây xanh", 1500, "cây xanh"), Q("6 công trình", 6, "công trình"),
 Q("2 đội hình", 2, "đội hình")],
[D("Kế hoạch", "27", "KH-MTTQ-BTT", "2025-08-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 27/KH-MTTQ-BTT ngày 5/8/2025"),
 D("Kế hoạch", "09", "KH/TĐTN", "2025-07-02", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 09-KH/TĐTN ngày 2/7/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Đắk Song"), com("Quảng Tín"), com("Phan Thiết")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ - Tin tức - Giám sát và phản biện xã hội", "Tuyến phố văn minh",
 "Ban Thanh tra nhân dân"],
["22/08/2025 - 16:20", "năm 2025", "hai cấp", "Đến ngày 20/8", "ngày 15/9"]))

PAGES.append(page("b8955-vinhlong-baovinhlong-tongket-2026", """
BÁO VĨNH LONG ĐIỆN TỬ
Hôm nay: Thứ Hai, 19/01/2026
Chính trị › Đoàn thể › Thanh niên
Thứ Sáu, 16/01/2026 - 15:30
Quang cảnh hội nghị. Ảnh: Minh Khoa
Tỉnh đoàn Vĩnh Long triển khai nhiệm vụ năm 2026
Ngày 15/1, Ban Chấp hành Tỉnh đoàn tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh niên năm 2025, triển khai nhiệm vụ năm 2026. Dự hội nghị có đồng chí Trần Văn Bảy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Thạch Thị Sô Phi, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn chủ trì.
Năm 2025 là năm đầu tiên Tỉnh đoàn hoạt động sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội. Dù vừa sắp xếp tổ chức, chiến dịch Thanh niên tình nguyện hè năm 2025 vẫn thực hiện 312 công trình, phần việc thanh niên với tổng trị giá hơn 26 tỷ đồng, trong đó có 48 cây cầu nông thôn và 35 nhà nhân ái. Đội hình "Mùa hè xanh" thu hút 2.800 sinh viên của 11 trường đại học, cao đẳng.
Các cơ sở Đoàn kết nạp 6.450 đoàn viên mới; thành lập 124 tổ công nghệ số cộng đồng tại các xã, phường; hỗ trợ 210 dự án khởi nghiệp của thanh niên vay vốn với tổng dư nợ 38 tỷ đồng. Tại xã Tập Ngãi và xã An Hiệp, đoàn viên cùng nhân dân làm mới 9,5 km đường giao thông nông thôn, 86 hộ hiến hơn 5.000 m2 đất.
Đồng chí Kim Văn Rết, Bí thư Đoàn phường Nguyệt Hóa, chia sẻ cách vận động đồng bào Khmer tham gia "Ngày Chủ nhật xanh" tại các chùa; anh Nguyễn Minh Luân, Bí thư Đoàn xã Tập Ngãi, kiến nghị Tỉnh đoàn sớm ban hành hướng dẫn về tổ chức Đoàn ở các xã mới có địa bàn rộng.
Các đồng chí Lê Hoàng Nam, Phan Thị Kiều Oanh, Sơn Ngọc Thạch - Phó Bí thư Tỉnh đoàn trình bày các chương trình công tác năm 2026. Theo đó, Tỉnh đoàn phấn đấu thực hiện ít nhất 300 công trình, phần việc thanh niên; tổ chức chiến dịch tình nguyện hè theo Kế hoạch 01, 02-KH/TĐTN của Ban Thường vụ Tỉnh đoàn về công tác năm 2026 và về chuyển đổi số trong tổ chức Đoàn.
Phát biểu chỉ đạo, đồng chí Trần Văn Bảy đề nghị tổ chức Đoàn gắn các công trình thanh niên với công tác dân vận ở cơ sở, nhất là vùng đồng bào Khmer, vùng ven biển; thực hiện tốt Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương.
Dịp này, Trung ương Đoàn tặng bằng khen cho 5 tập thể, 7 cá nhân; Ban Chấp hành Tỉnh đoàn tặng bằng khen cho 42 tập thể, 65 cá nhân có thành tích xuất sắc năm 2025.
Minh Khoa
Tin khác
- Tuổi trẻ Vĩnh Long ra quân Xuân tình nguyện năm 2026 (10/01/2026)
- Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ 3 (25/12/2025)
- Trà Cú: bàn giao 5 cây cầu thanh niên (12/12/2025)
""", "2026-01-16", "Tỉnh đoàn Vĩnh Long triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-15"),
[P("Trần Văn Bảy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Thị Sô Phi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
 P("Kim Văn Rết", "Bí thư Đoàn phường Nguyệt Hóa"),
 P("Nguyễn Minh Luân", "Bí thư Đoàn xã Tập Ngãi"),
 P("Lê Hoàng Nam", "Phó Bí thư Tỉnh đoàn"),
 P("Phan Thị Kiều Oanh", "Phó Bí thư Tỉnh đoàn"),
 P("Sơn Ngọc Thạch", "Phó Bí thư Tỉnh đoàn")],
[Q("3 tỉnh", 3, "tỉnh"), Q("312 công trình, phần việc thanh niên", 312, "công trình, phần việc thanh niên"),
 Q("hơn 26 tỷ đồng", 26000000000, "đồng", "over"), Q("48 cây cầu nông thôn", 48, "cây cầu nông thôn"),
 Q("35 nhà nhân ái", 35, "nhà nhân ái"), Q("2.800 sinh viên", 2800, "sinh viên"),
 Q("11 trường đại học, cao đẳng", 11, "trường đại học, cao đẳng"), Q("6.450 đoàn viên mới", 6450, "đoàn viên mới"),
 Q("124 tổ công nghệ số cộng đồng", 124, "tổ công nghệ số cộng đồng"), Q("210 dự án khởi nghiệp", 210, "dự án khởi nghiệp"),
 Q("38 tỷ đồng", 38000000000, "đồng"), Q("9,5 km", 9.5, "km"), Q("86 hộ", 86, "hộ"), Q("hơn 5.000 m2", 5000, "m2", "over"),
 Q("ít nhất 300 công trình, phần việc thanh niên", 300, "công trình, phần việc thanh niên", "over"),
 Q("5 tập thể", 5, "tập thể"), Q("7 cá nhân", 7, "cá nhân"), Q("42 tập thể", 42, "tập thể"), Q("65 cá nhân", 65, "cá nhân")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Kế hoạch", "01", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 01, 02-KH/TĐTN"),
 D("Kế hoạch", "02", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 01, 02-KH/TĐTN"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Tập Ngãi"), com("An Hiệp"), com("Nguyệt Hóa")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Hôm nay: Thứ Hai, 19/01/2026", "Chính trị › Đoàn thể › Thanh niên", "Quang cảnh hội nghị.",
 "Mùa hè xanh", "Ngày Chủ nhật xanh"],
["Hôm nay: Thứ Hai, 19/01/2026", "Thứ Sáu, 16/01/2026 - 15:30", "năm 2025", "năm 2026"]))

PAGES.append(page("b8956-tuyenquang-xameovac-baocao-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG
Trang chủ » Tin tức - Sự kiện » Hoạt động đoàn thể
Ngày đăng: 07/08/2026 | Lượt xem: 312
Báo cáo sơ bộ kết quả chiến dịch thanh niên tình nguyện hè năm 2026
Ngày 5/8/2026, Ban Chấp hành Đoàn xã Mèo Vạc ban hành Báo cáo số 18-BC/ĐTN sơ bộ kết quả thực hiện chiến dịch thanh niên tình nguyện hè năm 2026, trình Đảng ủy xã và Ban Thường vụ Tỉnh đoàn.
Theo báo cáo, thực hiện Kế hoạch số 35-KH/TĐTN ngày 20/5/2026 của Ban Thường vụ Tỉnh đoàn Tuyên Quang và Kế hoạch số 04-KH/ĐTN ngày 28/5/2026 của Ban Chấp hành Đoàn xã, chiến dịch được triển khai tại 38 thôn, tổ dân phố với 27 chi đoàn và 640 đoàn viên, thanh niên tham gia. Đây là năm thứ hai xã Mèo Vạc tổ chức chiến dịch theo mô hình chính quyền địa phương hai cấp, trên địa bàn trước đây thuộc tỉnh Hà Giang.
Đến nay, Đoàn xã đã hoàn thành 6 công trình thanh niên với tổng trị giá 1,25 tỷ đồng, gồm: 2,2 km đường bê tông lên thôn Sán Tớ trị giá 680 triệu đồng; 2 bể chứa nước sinh hoạt dung tích 50 m3 phục vụ 64 hộ đồng bào Mông trị giá 240 triệu đồng; sửa chữa 3 phòng học điểm trường Pả Vi Hạ trị giá 330 triệu đồng. Nguồn kinh phí do Tỉnh đoàn hỗ trợ 300 triệu đồng, Đoàn Thanh niên Bộ đội Biên phòng tỉnh hỗ trợ 150 triệu đồng, còn lại từ Chương trình mục tiêu quốc gia và nhân dân đóng góp 1.800 ngày công.
Đội hình sinh viên tình nguyện của 2 trường đại học ở Hà Nội đã mở 12 lớp học hè cho 350 trẻ em, dạy tiếng Việt cho 45 phụ nữ người Mông; 15 thanh niên được hướng dẫn bán hàng nông sản qua mạng. Chương trình "Tiếp sức mùa thi" có 20 tình nguyện viên hỗ trợ 118 thí sinh của xã.
Báo cáo đánh giá 100% chi đoàn tham gia chiến dịch; 24/27 chi đoàn hoàn thành tốt nhiệm vụ. Hạn chế là kinh phí còn thấp, nhiều đoàn viên đi làm ăn xa nên lực lượng tại chỗ mỏng.
Anh Giàng Mí Sính, Bí thư Đoàn xã Mèo Vạc cho biết: "Con đường lên Sán Tớ bà con chờ đã lâu. Thanh niên làm trước, bà con góp đá, góp cát, có nhà góp cả con gà cho đội hình". Ông Vừ Mí Lử, Trưởng thôn Sán Tớ, xác nhận 57 hộ trong thôn đã hiến đất làm đường. Chị Ly Thị Dính, Phó Bí thư Đoàn xã, đề xuất duy trì lớp dạy tiếng Việt cho phụ nữ sau chiến dịch.
Đồng chí Thào Thị Mai, Phó Bí thư Đảng ủy xã, đề nghị Đoàn xã hoàn thiện hồ sơ, bàn giao công trình cho UBND xã trước ngày 31/8 và báo cáo tổng kết chiến dịch trong tháng 9.
Ban Biên tập
Các tin khác
- Xã Mèo Vạc ra quân chiến dịch tình nguyện hè năm 2026 (01/06/2026)
- Đảng ủy xã sơ kết 6 tháng đầu năm 2026 (10/07/2026)
- Thông báo lịch tiếp công dân tháng 8 năm 2026 (01/08/2026)
""", "2026-08-07", "Báo cáo sơ bộ kết quả chiến dịch thanh niên tình nguyện hè năm 2026",
E("bao_cao", "2026", "2026-08-05"),
[P("Giàng Mí Sính", "Bí thư Đoàn xã Mèo Vạc"),
 P("Vừ Mí Lử", "Trưởng thôn Sán Tớ"),
 P("Ly Thị Dính", "Phó Bí thư Đoàn xã"),
 P("Thào Thị Mai", "Phó Bí thư Đảng ủy xã")],
[Q("38 thôn, tổ dân phố", 38, "thôn, tổ dân phố"), Q("27 chi đoàn", 27, "chi đoàn"),
 Q("640 đoàn viên, thanh niên", 640, "đoàn viên, thanh niên"), Q("6 công trình thanh niên", 6, "công trình thanh niên"),
 Q("1,25 tỷ đồng", 1250000000, "đồng"), Q("2,2 km", 2.2, "km"), Q("680 triệu đồng", 680000000, "đồng"),
 Q("2 bể chứa nước sinh hoạt", 2, "bể chứa nước sinh hoạt"), Q("50 m3", 50, "m3"),
 Q("64 hộ đồng bào Mông", 64, "hộ đồng bào Mông"), Q("240 triệu đồng", 240000000, "đồng"), Q("3 phòng học", 3, "phòng học"),
 Q("330 triệu đồng", 330000000, "đồng"), Q("57 hộ", 57, "hộ"), Q("300 triệu đồng", 300000000, "đồng"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("1.800 ngày công", 1800, "ngày công"), Q("2 trường đại học", 2, "trường đại học"), Q("12 lớp học hè", 12, "lớp học hè"),
 Q("350 trẻ em", 350, "trẻ em"), Q("45 phụ nữ người Mông", 45, "phụ nữ người Mông"), Q("15 thanh niên", 15, "thanh niên"),
 Q("20 tình nguyện viên", 20, "tình nguyện viên"), Q("118 thí sinh", 118, "thí sinh"), Q("100% chi đoàn", 100, "%"),
 Q("24/27 chi đoàn", 24, "chi đoàn")],
[D("Báo cáo", "18", "BC/ĐTN", "2026-08-05", "Ban Chấp hành Đoàn xã Mèo Vạc", "Báo cáo số 18-BC/ĐTN"),
 D("Kế hoạch", "35", "KH/TĐTN", "2026-05-20", "Ban Thường vụ Tỉnh đoàn Tuyên Quang", "Kế hoạch số 35-KH/TĐTN ngày 20/5/2026"),
 D("Kế hoạch", "04", "KH/ĐTN", "2026-05-28", "Ban Chấp hành Đoàn xã", "Kế hoạch số 04-KH/ĐTN ngày 28/5/2026")],
[prov("Tuyên Quang"), prov("Hà Giang"), prov("Hà Nội"), com("Mèo Vạc")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG", "Trang chủ » Tin tức - Sự kiện » Hoạt động đoàn thể",
 "Lượt xem: 312", "Tiếp sức mùa thi", "Chương trình mục tiêu quốc gia", "Ban Biên tập"],
["Ngày đăng: 07/08/2026 | Lượt xem: 312", "năm 2026", "năm thứ hai", "hai cấp", "ngày 31/8", "tháng 9"]))
