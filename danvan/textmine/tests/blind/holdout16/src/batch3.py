from lib import *

PAGES = []

# b353 — Quảng Ngãi, Ban Dân vận Tỉnh ủy, 6-month review held 18/7/2023; year only after "6 tháng cuối năm"
PAGES.append(page("b353-quangngai-bdv-soket-2023", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NGÃI
Trang chủ / Tin tức / Dân vận các cấp
20/07/2023 15:45:12
Quảng Ngãi: 1.380 hộ đồng bào Hrê, Cor được hỗ trợ sinh kế
Ngày 18/7, Ban Dân vận Tỉnh ủy Quảng Ngãi tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023.
Đồng chí Phạm Thị Hương, UVBTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy phát biểu tại hội nghị.
Theo báo cáo, khối dân vận các cấp đã phối hợp hỗ trợ sinh kế cho 1.380 hộ đồng bào Hrê, Cor ở các huyện miền núi với tổng kinh phí 11,4 tỷ đồng, bình quân 8,26 triệu đồng/hộ. Nhân dân đã hiến 1,45 ha đất mở rộng đường liên thôn; hơn 2.000 lượt người tham gia diễn tập phòng chống thiên tai theo phương châm "4 tại chỗ".
Các cấp triển khai chương trình hành động số 21-CTr/TU của Tỉnh ủy và Kết luận số 238-KL/TW của Ban Bí thư về công tác dân vận trong tình hình mới. Hai Phó Trưởng Ban Dân vận Tỉnh ủy Hồ Văn Dũng và Đinh Thị Ngọc Bích báo cáo kết quả phong trào thi đua "Dân vận khéo" với 167 mô hình.
Ông Hồ Văn Kiếp, người có uy tín thôn Bắc Nguyên, xã Trà Thủy chia sẻ việc vận động 36 hộ người Cor chuyển sang trồng quế. Bà Đinh Thị Lứ (dân tộc Ca Dong), Chủ tịch Hội Phụ nữ xã Sơn Liên cho biết chị em trong xã Sơn Liên đã thành lập 5 tổ hợp tác dệt thổ cẩm.
Tại hội nghị, đồng chí Đinh Văn Ní (dân tộc Hrê) vừa được điều động, bổ nhiệm giữ chức Phó Trưởng Ban Dân vận Tỉnh ủy đã ra mắt và nhận nhiệm vụ. Kết luận hội nghị, đồng chí Phạm Thị Hương, Trưởng Ban Dân vận Tỉnh ủy đề nghị trong 6 tháng cuối năm, tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số tỉnh Quảng Ngãi giảm thêm 3,5%.
Minh Châu
Lượt xem: 987
Tin liên quan
- Quảng Ngãi giao ban khối dân vận quý I/2023
- Trà Bồng: 300 hộ dân được hỗ trợ giống quế
""",
    "2023-07-20", "Quảng Ngãi: 1.380 hộ đồng bào Hrê, Cor được hỗ trợ sinh kế",
    E("so_ket", "2023-H1", "2023-07-18"),
    [P("Phạm Thị Hương", "UVBTV Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Hồ Văn Dũng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Đinh Thị Ngọc Bích", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Hồ Văn Kiếp", "người có uy tín thôn Bắc Nguyên"),
     P("Đinh Thị Lứ", "Chủ tịch Hội Phụ nữ xã Sơn Liên"),
     P("Đinh Văn Ní", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
    [Q("1.380 hộ đồng bào Hrê, Cor", 1380, "hộ đồng bào Hrê, Cor"),
     Q("11,4 tỷ đồng", 11400000000, "đồng"),
     Q("8,26 triệu đồng/hộ", 8260000, "đồng"),
     Q("1,45 ha", 1.45, "ha"),
     Q("hơn 2.000 lượt người", 2000, "lượt người", "over"),
     Q("167 mô hình", 167, "mô hình"),
     Q("36 hộ người Cor", 36, "hộ người Cor"),
     Q("5 tổ hợp tác", 5, "tổ hợp tác"),
     Q("3,5%", 3.5, "%")],
    [D("Chương trình", "21", "CTr/TU", None, "Tỉnh ủy", "chương trình hành động số 21-CTr/TU"),
     D("Kết luận", "238", "KL/TW", None, "Ban Bí thư", "Kết luận số 238-KL/TW")],
    [prov("Quảng Ngãi"), com("Trà Thủy"), com("Sơn Liên")],
    ["BAN DÂN VẬN TỈNH ỦY QUẢNG NGÃI", "Trang chủ / Tin tức / Dân vận các cấp",
     "Đồng chí Phạm Thị Hương, UVBTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy phát biểu tại hội nghị.", "Dân vận khéo",
     "thôn Bắc Nguyên", "Lượt xem: 987"],
    ["4 tại chỗ", "Lượt xem: 987", "6 tháng đầu năm", "6 tháng cuối năm 2023", "trong 6 tháng cuối năm", "Ngày 18/7",
     "15:45:12"]))

# b354 — An Giang, Ủy ban MTTQ tỉnh, dialogue with religious leaders "năm 2024" held 19/9; headline has the kind
PAGES.append(page("b354-angiang-mttq-doithoai-2024", """
ỦY BAN MTTQ VIỆT NAM TỈNH AN GIANG
Cổng thông tin điện tử Mặt trận An Giang
Trang chủ > Hoạt động > Dân tộc - Tôn giáo
Thứ bảy, 21/9/2024 - 08:00
Đối thoại với chức sắc, tín đồ các tôn giáo
(MTAG) - Ngày 19/9, tại xã Châu Phong, Ủy ban MTTQ Việt Nam tỉnh An Giang tổ chức hội nghị đối thoại giữa lãnh đạo tỉnh với chức sắc, chức việc, tín đồ các tôn giáo năm 2024.
Các đại biểu tham dự buổi đối thoại tại xã Châu Phong.
Chủ trì hội nghị có đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy - Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Võ Thành Lợi và ông Đỗ Minh Khoa, Phó Chủ tịch UBND tỉnh.
Hơn 150 chức sắc, chức việc, tín đồ Phật giáo, Phật giáo Hòa Hảo, Cao Đài, Hồi giáo và Phật giáo Nam tông Khmer đã nêu 28 ý kiến. Hakim Mohamad Sa Ly, Phó Trưởng Ban Đại diện Cộng đồng Hồi giáo tỉnh đề nghị hỗ trợ sửa chữa thánh đường ở xã Châu Phong; Ni sư Thích Nữ Diệu Hiền, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh kiến nghị về đất cơ sở thờ tự ở phường Núi Sam. Ông Chau Sóc Thi, Achar chùa Svay Ton và bà Néang Sa Ri, tín đồ ấp Phước Lộc, xã Nhơn Hội, đề nghị làm đường vào chùa.
Trả lời các ý kiến, ông Đỗ Minh Khoa cho biết tỉnh đã dành 3,75 tỷ đồng xây 75 căn nhà cho tín đồ nghèo, mức 50 triệu đồng/căn, và hỗ trợ trùng tu 12 cơ sở thờ tự trên địa bàn An Giang theo Nghị quyết 33, 34/NQ-HĐND của HĐND tỉnh. Ông Nguyễn Văn Điểu, Phó Trưởng Ban Trị sự Trung ương Phật giáo Hòa Hảo ghi nhận tỉnh đã giải quyết xong 21 ý kiến từ buổi đối thoại trước.
Phát biểu kết luận, đồng chí Võ Thành Lợi đề nghị bà Lâm Thị Huỳnh Mai, Trưởng Ban Dân tộc và Tôn giáo Ủy ban MTTQ tỉnh, theo dõi việc trả lời các ý kiến trong 30 ngày.
Bích Ngọc
Lượt xem: 2.409
Tin liên quan
- An Giang: Họp mặt 200 chức sắc tôn giáo mừng Quốc khánh
- Ủy ban MTTQ tỉnh thăm Ban Trị sự Trung ương Phật giáo Hòa Hảo
""",
    "2024-09-21", "Đối thoại với chức sắc, tín đồ các tôn giáo",
    E("doi_thoai", "2024", "2024-09-19"),
    [P("Võ Thành Lợi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy - Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Đỗ Minh Khoa", "Phó Chủ tịch UBND tỉnh"),
     P("Mohamad Sa Ly", "Hakim", "Phó Trưởng Ban Đại diện Cộng đồng Hồi giáo tỉnh"),
     P("Thích Nữ Diệu Hiền", "Ni sư", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
     P("Chau Sóc Thi", "Achar chùa Svay Ton"),
     P("Néang Sa Ri", "tín đồ ấp Phước Lộc"),
     P("Nguyễn Văn Điểu", "Phó Trưởng Ban Trị sự Trung ương Phật giáo Hòa Hảo"),
     P("Lâm Thị Huỳnh Mai", "Trưởng Ban Dân tộc và Tôn giáo Ủy ban MTTQ tỉnh")],
    [Q("Hơn 150 chức sắc, chức việc, tín đồ", 150, "chức sắc, chức việc, tín đồ", "over"),
     Q("28 ý kiến", 28, "ý kiến"),
     Q("3,75 tỷ đồng", 3750000000, "đồng"),
     Q("75 căn nhà", 75, "căn nhà"),
     Q("50 triệu đồng/căn", 50000000, "đồng"),
     Q("12 cơ sở thờ tự", 12, "cơ sở thờ tự"),
     Q("21 ý kiến", 21, "ý kiến")],
    [D("Nghị quyết", "33", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 33, 34/NQ-HĐND"),
     D("Nghị quyết", "34", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 33, 34/NQ-HĐND")],
    [prov("An Giang"), com("Châu Phong"), com("Núi Sam"), com("Nhơn Hội")],
    ["ỦY BAN MTTQ VIỆT NAM TỈNH AN GIANG", "Cổng thông tin điện tử Mặt trận An Giang",
     "Trang chủ > Hoạt động > Dân tộc - Tôn giáo", "Các đại biểu tham dự buổi đối thoại tại xã Châu Phong.",
     "chùa Svay Ton", "ấp Phước Lộc", "Lượt xem: 2.409"],
    ["Lượt xem: 2.409", "năm 2024", "trong 30 ngày", "Ngày 19/9"]))

# b355 — Kiên Giang (January 2025, before the merger), Hội CCB tỉnh, review of 2024 held 13/1/2025
PAGES.append(page("b355-kiengiang-ccb-tongket-2024", """
HỘI CỰU CHIẾN BINH TỈNH KIÊN GIANG
Trang thông tin điện tử
Hôm nay: Thứ Năm, 16/01/2025
Trang chủ » Tin tức » Hoạt động Hội
09:40 AM, 15/01/2025
Năm 2024, CCB Kiên Giang giúp 214 hội viên thoát nghèo
Ngày 13/1, Hội Cựu chiến binh tỉnh Kiên Giang tổ chức hội nghị tổng kết công tác Hội và phong trào CCB năm 2024, triển khai nhiệm vụ năm 2025.
Đại tá Danh Hùng (đứng giữa) trao Bằng khen cho các tập thể.
Dự hội nghị có Thiếu tướng Trần Văn Tám, Ủy viên Thường trực Trung ương Hội CCB Việt Nam; đồng chí Mai Văn Phước, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh. Chủ trì hội nghị là Đại tá Danh Hùng (Chủ tịch Hội CCB tỉnh).
Năm qua, Hội thực hiện Kết luận 66, 67 của Thường trực Trung ương Hội và Quyết định số 1045-QĐ/TU ngày 20/12/2024 của Ban Thường vụ Tỉnh ủy về công tác cựu chiến binh. Toàn tỉnh Kiên Giang hiện có 48.750 hội viên; trong năm, Hội đã giúp 214 hội viên thoát nghèo, xây mới và sửa chữa 63 căn nhà Đồng đội với tổng kinh phí 1 tỷ 890 triệu đồng. Tổng dư nợ vốn vay ủy thác qua Hội đạt 312,4 tỷ đồng với 9.860 hộ vay.
Phong trào "CCB 5 tốt" lan rộng ở vùng đồng bào Khmer. Ông Danh Sóc, hội viên ấp Xẻo Rô, xã Đông Thạnh cho biết mô hình lúa - tôm của ông cho lãi khoảng 180 triệu/năm. Hội cũng phối hợp trao 1.500 suất quà cho hội viên nghèo dịp Tết Ất Tỵ, mỗi suất 500.000 đồng.
Dịp này, Trung ương Hội tặng Bằng khen cho 8 tập thể, 15 cá nhân; Hội CCB tỉnh khen thưởng 42 tập thể, 87 cá nhân.
CCB Kiên Giang
Lượt xem: 1.244
Tin cùng chuyên mục
- Hội CCB tỉnh sơ kết 6 tháng đầu năm 2024
- Trao 20 căn nhà Đồng đội cho hội viên Phú Quốc
""",
    "2025-01-15", "Năm 2024, CCB Kiên Giang giúp 214 hội viên thoát nghèo",
    E("tong_ket", "2024", "2025-01-13"),
    [P("Danh Hùng", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
     P("Trần Văn Tám", "Thiếu tướng", "Ủy viên Thường trực Trung ương Hội CCB Việt Nam"),
     P("Mai Văn Phước", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
     P("Danh Sóc", "hội viên ấp Xẻo Rô")],
    [Q("214 hội viên", 214, "hội viên"),
     Q("48.750 hội viên", 48750, "hội viên"),
     Q("63 căn nhà Đồng đội", 63, "căn nhà Đồng đội"),
     Q("1 tỷ 890 triệu đồng", 1890000000, "đồng"),
     Q("312,4 tỷ đồng", 312400000000, "đồng"),
     Q("9.860 hộ vay", 9860, "hộ vay"),
     Q("khoảng 180 triệu/năm", 180000000, "đồng", "approx"),
     Q("1.500 suất quà", 1500, "suất quà"),
     Q("500.000 đồng", 500000, "đồng"),
     Q("8 tập thể", 8, "tập thể"),
     Q("15 cá nhân", 15, "cá nhân"),
     Q("42 tập thể", 42, "tập thể"),
     Q("87 cá nhân", 87, "cá nhân")],
    [D("Kết luận", "66", None, None, "Thường trực Trung ương Hội", "Kết luận 66, 67"),
     D("Kết luận", "67", None, None, "Thường trực Trung ương Hội", "Kết luận 66, 67"),
     D("Quyết định", "1045", "QĐ/TU", "2024-12-20", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1045-QĐ/TU")],
    [prov("Kiên Giang"), com("Đông Thạnh")],
    ["HỘI CỰU CHIẾN BINH TỈNH KIÊN GIANG", "Trang thông tin điện tử", "Trang chủ » Tin tức » Hoạt động Hội",
     "Đại tá Danh Hùng (đứng giữa) trao Bằng khen cho các tập thể.", "CCB 5 tốt", "ấp Xẻo Rô", "CCB Kiên Giang",
     "Lượt xem: 1.244"],
    ["Hôm nay: Thứ Năm, 16/01/2025", "09:40 AM", "Lượt xem: 1.244", "CCB 5 tốt", "Tết Ất Tỵ", "năm 2024", "năm 2025",
     "Năm 2024", "Ngày 13/1"]))

# b356 — Lào Cai (+Yên Bái), Ban Tuyên giáo và Dân vận Tỉnh ủy, thematic conference "năm 2025" held 8/8; hoi_nghi from the lead
PAGES.append(page("b356-laocai-btgdv-hoinghi-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÀO CAI
Trang thông tin điện tử
Trang chủ | Dân vận | Dân vận chính quyền
Ngày xuất bản: 12/08/2025
Lào Cai: Dân vận chính quyền ở 99 xã, phường sau sắp xếp
Ngày 8/8, Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị chuyên đề về công tác dân vận của chính quyền các cấp năm 2025, lần đầu tiên sau khi tỉnh Lào Cai và tỉnh Yên Bái hợp nhất, vận hành mô hình chính quyền 2 cấp.
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Hội nghị được kết nối tới 99 xã, phường với hơn 1.200 cán bộ tham dự. Chủ trì có đồng chí Giàng Thị Dung, người vừa được Ban Chấp hành Đảng bộ tỉnh bầu giữ chức Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy Hoàng Văn Sứ.
Hội nghị quán triệt Hướng dẫn số 05-HD/BTGDVTW của Ban Tuyên giáo và Dân vận Trung ương và Nghị quyết số 1708/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã. Sau hơn một tháng vận hành, các xã, phường đã tiếp nhận và giải quyết 3.418 hồ sơ trực tuyến, đạt 96,7% hồ sơ đúng hạn. Tỉnh bố trí 2,85 tỷ đồng cho các tổ công nghệ số cộng đồng, mỗi thành viên được hỗ trợ 1,2 triệu đồng/tháng.
Bà Lý Mấy Thu (dân tộc Hà Nhì), Chủ tịch UBND xã Y Tý, chia sẻ: người dân xã Y Tý nay làm thủ tục ngay tại xã, không phải đi hơn 70 km như trước. Ông Thào A Chử, Bí thư Đảng ủy xã Mù Cang Chải, cho biết xã Mù Cang Chải đã hòa giải thành 57 vụ mâu thuẫn trong tháng 7. Ông Vàng Văn Páo, người có uy tín thôn Lồng Sĩ Tổng, xã Bát Xát, đề nghị giữ ổn định cán bộ công an xã.
Đồng chí Giàng Thị Dung yêu cầu các xã, phường của tỉnh Lào Cai đưa công tác dân vận chính quyền vào nghị quyết hằng quý.
Ban Tuyên giáo và Dân vận
Lượt xem: 604
Các tin khác
- Lào Cai: Tập huấn cho 300 cán bộ dân vận cấp xã
- Yên Bái sơ kết công tác dân vận 6 tháng đầu năm 2025
""",
    "2025-08-12", "Lào Cai: Dân vận chính quyền ở 99 xã, phường sau sắp xếp",
    E("hoi_nghi", "2025", "2025-08-08"),
    [P("Giàng Thị Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Hoàng Văn Sứ", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Lý Mấy Thu", "Chủ tịch UBND xã Y Tý"),
     P("Thào A Chử", "Bí thư Đảng ủy xã Mù Cang Chải"),
     P("Vàng Văn Páo", "người có uy tín thôn Lồng Sĩ Tổng")],
    [Q("99 xã, phường", 99, "xã, phường"),
     Q("hơn 1.200 cán bộ", 1200, "cán bộ", "over"),
     Q("3.418 hồ sơ trực tuyến", 3418, "hồ sơ trực tuyến"),
     Q("96,7%", 96.7, "%"),
     Q("2,85 tỷ đồng", 2850000000, "đồng"),
     Q("1,2 triệu đồng/tháng", 1200000, "đồng"),
     Q("hơn 70 km", 70, "km", "over"),
     Q("57 vụ mâu thuẫn", 57, "vụ mâu thuẫn")],
    [D("Hướng dẫn", "05", "HD/BTGDVTW", None, "Ban Tuyên giáo và Dân vận Trung ương", "Hướng dẫn số 05-HD/BTGDVTW"),
     D("Nghị quyết", "1708", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1708/NQ-UBTVQH15")],
    [prov("Lào Cai"), prov("Yên Bái"), com("Y Tý"), com("Mù Cang Chải"), com("Bát Xát")],
    ["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÀO CAI", "Trang thông tin điện tử", "Trang chủ | Dân vận | Dân vận chính quyền",
     "Toàn cảnh hội nghị tại điểm cầu tỉnh.", "thôn Lồng Sĩ Tổng", "Ban Tuyên giáo và Dân vận", "Lượt xem: 604"],
    ["chính quyền 2 cấp", "Lượt xem: 604", "năm 2025", "Sau hơn một tháng", "trong tháng 7", "Ngày 8/8"]))

# b357 — Phú Thọ (+Hòa Bình, Vĩnh Phúc), commune site xã Cao Phong, monthly briefing "tháng 11/2025" held 2/12
PAGES.append(page("b357-phutho-xa-giaoban-2025", """
ĐẢNG ỦY XÃ CAO PHONG
Trang thông tin điện tử xã Cao Phong - tỉnh Phú Thọ
Trang chủ > Tin tức - Sự kiện > Công tác dân vận
Thứ tư - 03/12/2025 17:10
Giao ban công tác dân vận tháng 11
Chiều 2/12, Đảng ủy xã Cao Phong tổ chức hội nghị giao ban công tác dân vận tháng 11/2025, đánh giá kết quả tháng đầu tiên triển khai cao điểm "Dân vận khéo" trên địa bàn.
Các đại biểu dự hội nghị giao ban tháng 11.
Dự hội nghị có bà Bùi Thị Thìn, Bí thư Đảng ủy, Chủ tịch HĐND xã; các Phó Chủ tịch UBND xã gồm Quách Văn Tiến và Đinh Công Sứ; ông Bùi Văn Khánh, ĐUV, Chủ tịch Ủy ban MTTQ Việt Nam xã, Trưởng khối dân vận xã.
Thực hiện Kế hoạch 14, 15 của Đảng ủy xã, trong tháng 11, các đoàn thể đã hướng dẫn 1.150 lượt người sử dụng dịch vụ công trực tuyến, tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,2%. Nhân dân các xóm quyên góp 184.500.000đ ủng hộ đồng bào miền Trung bị lũ lụt. Xã đã tiếp nhận 34 kiến nghị, trong đó 29 kiến nghị đã được trả lời.
Xã Cao Phong được thành lập từ thị trấn Cao Phong và 2 xã của huyện Cao Phong (tỉnh Hòa Bình cũ), nay thuộc tỉnh Phú Thọ. Bà Xa Thị Liên, người có uy tín xóm Bưng, cho biết bà con người Mường trong xóm đã góp 45 ngày công sửa 800 m kênh mương; phong trào "3 xây, 3 chống" tiếp tục được duy trì.
Kết luận hội nghị, bà Bùi Thị Thìn đề nghị tháng 12 tập trung vận động 100% hộ dân tham gia bảo hiểm y tế năm 2026, phối hợp với xã Mường Thàng giải quyết dứt điểm vụ tranh chấp đất ở giáp ranh.
Văn phòng Đảng ủy
Lượt xem: 86
Tin liên quan
- Giao ban công tác dân vận tháng 10
- Xã Cao Phong trao 40 suất quà cho hộ nghèo
""",
    "2025-12-03", "Giao ban công tác dân vận tháng 11",
    E("giao_ban", "2025-11", "2025-12-02"),
    [P("Bùi Thị Thìn", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
     P("Quách Văn Tiến", "Phó Chủ tịch UBND xã"),
     P("Đinh Công Sứ", "Phó Chủ tịch UBND xã"),
     P("Bùi Văn Khánh", "ĐUV", "Chủ tịch Ủy ban MTTQ Việt Nam xã", "Trưởng khối dân vận xã"),
     P("Xa Thị Liên", "người có uy tín xóm Bưng")],
    [Q("1.150 lượt người", 1150, "lượt người"),
     Q("97,2%", 97.2, "%"),
     Q("184.500.000đ", 184500000, "đồng"),
     Q("34 kiến nghị", 34, "kiến nghị"),
     Q("29 kiến nghị", 29, "kiến nghị"),
     Q("2 xã", 2, "xã"),
     Q("45 ngày công", 45, "ngày công"),
     Q("800 m", 800, "m"),
     Q("100% hộ dân", 100, "%")],
    [D("Kế hoạch", "14", None, None, "Đảng ủy xã", "Kế hoạch 14, 15"),
     D("Kế hoạch", "15", None, None, "Đảng ủy xã", "Kế hoạch 14, 15")],
    [prov("Phú Thọ"), prov("Hòa Bình"), com("Cao Phong"), com("Mường Thàng")],
    ["ĐẢNG ỦY XÃ CAO PHONG", "Trang thông tin điện tử xã Cao Phong - tỉnh Phú Thọ",
     "Trang chủ > Tin tức - Sự kiện > Công tác dân vận", "Các đại biểu dự hội nghị giao ban tháng 11.", "Dân vận khéo",
     "xóm Bưng", "huyện Cao Phong", "Văn phòng Đảng ủy", "Lượt xem: 86"],
    ["Lượt xem: 86", "Giao ban công tác dân vận tháng 11", "giao ban tháng 11", "3 xây, 3 chống", "tháng 11/2025", "trong tháng 11", "tháng 12", "bảo hiểm y tế năm 2026",
     "Chiều 2/12"]))

# b358 — Gia Lai (+Bình Định), Ủy ban MTTQ tỉnh, review of 2025 held 14/1/2026; headline has neither kind nor period
PAGES.append(page("b358-gialai-mttq-tongket-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI
Cổng thông tin điện tử Mặt trận Tổ quốc tỉnh
Trang chủ › Tin tức › Hoạt động Mặt trận
Cập nhật ngày 16/01/2026
Mặt trận Gia Lai: Một năm chuyển mình sau hợp nhất
(MTGL) - Ngày 14/1, Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026.
Quang cảnh hội nghị tại hội trường Tỉnh ủy ở phường Quy Nhơn.
Đây là hội nghị tổng kết đầu tiên của Ủy ban MTTQ tỉnh khóa mới gồm 97 vị ủy viên, sau khi tỉnh Gia Lai và tỉnh Bình Định hợp nhất, tổ chức tại phường Quy Nhơn. Chủ trì hội nghị là đồng chí Nguyễn Thanh Sơn - Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh Rơ Mah Tuân và đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Liên đoàn Lao động tỉnh Siu H'Mai.
Năm 2025, Mặt trận các cấp đã cùng chính quyền xóa 4.215 căn nhà tạm, nhà dột nát với tổng kinh phí 251,6 tỷ đồng; Quỹ "Vì người nghèo" vận động được 86 tỷ đồng. Mặt trận 135 xã, phường đã giám sát việc thực hiện Nghị quyết số 69/2025/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh và Chỉ thị số 22 và số 23-CT/TU của Ban Thường vụ Tỉnh ủy; 92,5% khu dân cư đạt danh hiệu văn hóa.
Bà Đinh Thị Bương, người Bahnar, Trưởng Ban Công tác Mặt trận làng Kon Giang, xã An Toàn, kể lại việc cả làng góp gần 600 ngày công dựng nhà cho 7 hộ khó khăn.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho 38 tập thể, 65 cá nhân.
Thu Trang
Lượt xem: 1.877
Tin liên quan
- Gia Lai: 300 đại biểu dự Ngày hội Đại đoàn kết ở làng Plei Ơi
- Ủy ban MTTQ tỉnh Bình Định tổng kết công tác năm 2024
""",
    "2026-01-16", "Mặt trận Gia Lai: Một năm chuyển mình sau hợp nhất",
    E("tong_ket", "2025", "2026-01-14"),
    [P("Nguyễn Thanh Sơn", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Rơ Mah Tuân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
     P("Siu H'Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Liên đoàn Lao động tỉnh"),
     P("Đinh Thị Bương", "Trưởng Ban Công tác Mặt trận làng Kon Giang")],
    [Q("97 vị ủy viên", 97, "vị ủy viên"),
     Q("4.215 căn nhà tạm, nhà dột nát", 4215, "căn nhà tạm, nhà dột nát"),
     Q("251,6 tỷ đồng", 251600000000, "đồng"),
     Q("86 tỷ đồng", 86000000000, "đồng"),
     Q("135 xã, phường", 135, "xã, phường"),
     Q("92,5%", 92.5, "%"),
     Q("gần 600 ngày công", 600, "ngày công", "approx"),
     Q("7 hộ khó khăn", 7, "hộ khó khăn"),
     Q("38 tập thể", 38, "tập thể"),
     Q("65 cá nhân", 65, "cá nhân")],
    [D("Nghị quyết", "69", "2025/NQ-HĐND", "2025-12-10", "HĐND tỉnh", "Nghị quyết số 69/2025/NQ-HĐND"),
     D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 22 và số 23-CT/TU"),
     D("Chỉ thị", "23", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 22 và số 23-CT/TU")],
    [prov("Gia Lai"), prov("Bình Định"), com("Quy Nhơn"), com("An Toàn")],
    ["ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI", "Cổng thông tin điện tử Mặt trận Tổ quốc tỉnh",
     "Trang chủ › Tin tức › Hoạt động Mặt trận", "Quang cảnh hội nghị tại hội trường Tỉnh ủy ở phường Quy Nhơn.",
     "Vì người nghèo", "làng Kon Giang", "Lượt xem: 1.877"],
    ["Lượt xem: 1.877", "năm 2025", "năm 2026", "Năm 2025", "Ngày 14/1"]))
