from lib import *

PAGES = []

# b359 — Đắk Lắk (+Phú Yên), Hội LHPN tỉnh, 6-month review 2026 held 10/7; kind and period in lead and caption
PAGES.append(page("b359-daklak-hlhpn-soket-2026", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐẮK LẮK
Trang chủ > Tin tức > Hoạt động Hội
14/7/2026 | 15:20
Phụ nữ Đắk Lắk giúp 1.026 hội viên nghèo vay vốn
Ngày 10/7, Ban Thường vụ Hội LHPN tỉnh Đắk Lắk tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm.
Hội nghị sơ kết công tác Hội 6 tháng đầu năm 2026.
Chủ trì hội nghị là bà Chủ tịch Hội LHPN tỉnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Trần Thị Mỹ Dung. Dự hội nghị có các Phó Chủ tịch Hội LHPN tỉnh: bà La O Thị Hạnh, bà Nguyễn Thị Thu Nga.
Theo báo cáo, 6 tháng qua các cấp Hội đã giúp 1.026 hội viên nghèo vay vốn, mỗi hội viên được vay 30 - 50 triệu đồng; tổng dư nợ ủy thác qua Hội đạt 1.845,6 tỷ đồng. Các cơ sở Hội đã thành lập 48 tổ hợp tác, thu hút trên 12.000 hội viên tham gia. Tỷ lệ hội viên thuộc hộ nghèo giảm 1,8% so với cuối năm 2025.
Hội triển khai Nghị quyết 11, 12/NQ-ĐCT của Đoàn Chủ tịch Trung ương Hội và Quyết định số 2104/QĐ-UBND ngày 25/6/2026 của UBND tỉnh về hỗ trợ phụ nữ khởi nghiệp. Bà H'Yâm Niê, Chủ tịch Hội Phụ nữ xã Ea Súp, cho biết chị em người Ê Đê, M'Nông ở xã Ea Súp đã đưa 14 sản phẩm thổ cẩm lên sàn thương mại điện tử. Chị Ka Thị Nhung, hội viên buôn Ea Rớt, được tặng 1 con bò giống.
Dịp này, bà H'Zen Mlô vừa được Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam chuẩn y giữ chức Phó Chủ tịch Hội LHPN tỉnh đã nhận nhiệm vụ phụ trách các xã thuộc tỉnh Phú Yên cũ. Bà Trần Thị Mỹ Dung đề nghị phong trào phụ nữ ở phường Tuy Hòa và các xã ven biển của tỉnh Đắk Lắk tập trung hỗ trợ chị em bị ảnh hưởng bởi bão.
Phụ nữ Đắk Lắk
Lượt xem: 455
Tin liên quan
- Đắk Lắk: 500 phụ nữ được tập huấn kỹ năng số
- Hội LHPN tỉnh tổng kết công tác Hội năm 2025
""",
    "2026-07-14", "Phụ nữ Đắk Lắk giúp 1.026 hội viên nghèo vay vốn",
    E("so_ket", "2026-H1", "2026-07-10"),
    [P("Trần Thị Mỹ Dung", "Chủ tịch Hội LHPN tỉnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("La O Thị Hạnh", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Nguyễn Thị Thu Nga", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("H'Yâm Niê", "Chủ tịch Hội Phụ nữ xã Ea Súp"),
     P("Ka Thị Nhung", "hội viên buôn Ea Rớt"),
     P("H'Zen Mlô", "Phó Chủ tịch Hội LHPN tỉnh")],
    [Q("1.026 hội viên nghèo", 1026, "hội viên nghèo"),
     Q("30 - 50 triệu đồng", 30000000, "đồng"),
     Q("30 - 50 triệu đồng", 50000000, "đồng"),
     Q("1.845,6 tỷ đồng", 1845600000000, "đồng"),
     Q("48 tổ hợp tác", 48, "tổ hợp tác"),
     Q("trên 12.000 hội viên", 12000, "hội viên", "over"),
     Q("1,8%", 1.8, "%"),
     Q("14 sản phẩm thổ cẩm", 14, "sản phẩm thổ cẩm"),
     Q("1 con bò giống", 1, "con bò giống")],
    [D("Nghị quyết", "11", "NQ-ĐCT", None, "Đoàn Chủ tịch Trung ương Hội", "Nghị quyết 11, 12/NQ-ĐCT"),
     D("Nghị quyết", "12", "NQ-ĐCT", None, "Đoàn Chủ tịch Trung ương Hội", "Nghị quyết 11, 12/NQ-ĐCT"),
     D("Quyết định", "2104", "QĐ-UBND", "2026-06-25", "UBND tỉnh", "Quyết định số 2104/QĐ-UBND")],
    [prov("Đắk Lắk"), prov("Phú Yên"), com("Ea Súp"), com("Tuy Hòa")],
    ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐẮK LẮK", "Trang chủ > Tin tức > Hoạt động Hội",
     "Hội nghị sơ kết công tác Hội 6 tháng đầu năm 2026.", "buôn Ea Rớt", "Phụ nữ Đắk Lắk", "Lượt xem: 455"],
    ["Lượt xem: 455", "6 tháng đầu năm 2026", "6 tháng cuối năm", "6 tháng qua", "cuối năm 2025", "Ngày 10/7"]))

# b360 — Quảng Ngãi (+Kon Tum), Tỉnh đoàn, scholarships 22/8/2026; figure in headline, lead and caption
PAGES.append(page("b360-quangngai-doan-traoqua-2026", """
TỈNH ĐOÀN QUẢNG NGÃI
Tuổi trẻ Quảng Ngãi
Hôm nay: Thứ Ba, 25/08/2026
Trang chủ » Tin tức » Thanh niên tình nguyện
T2, 24/08/2026 09:12
Trao 180 suất học bổng cho học sinh dân tộc thiểu số vùng cao
Sáng 22/8, tại xã Măng Đen, Tỉnh đoàn Quảng Ngãi phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh trao 180 suất học bổng "Vươn tới ước mơ" cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn trước thềm năm học mới.
Anh A Vương (thứ ba, từ phải sang) trao 180 suất học bổng cho các em học sinh.
Đến trao học bổng có anh A Vương, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn; chị Y Thương, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh và Đại úy Hồ Văn Phát, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Đăk Plô.
Mỗi suất học bổng gồm 1,5 triệu đồng tiền mặt và 1 bộ sách giáo khoa, tổng giá trị 270 triệu đồng. Trong đó, Công ty cổ phần Điện lực miền Trung tài trợ 200.000.000 VNĐ. Dịp này, Tỉnh đoàn còn trao 15 chiếc xe đạp và 6 bình lọc nước cho 6 điểm trường ở xã Đăk Plô và xã Ba Tơ.
Chương trình thực hiện theo Kế hoạch số 86-KH/TĐTN-TNNT của Ban Thường vụ Tỉnh đoàn về chiến dịch "Mùa hè xanh" năm 2026 tại các xã thuộc tỉnh Kon Tum cũ và miền núi phía tây tỉnh Quảng Ngãi.
Em Y Nhung, học sinh lớp 10, người Xơ Đăng ở làng Kon Pring bày tỏ: "Có xe đạp, em không phải đi bộ 7 km đến trường nữa". Em A Sâm, học sinh lớp 7 xã Đăk Plô, nhận học bổng năm thứ 3 liên tiếp.
Tuổi trẻ Quảng Ngãi
Lượt xem: 372
Tin khác
- Quảng Ngãi: 1.200 tình nguyện viên ra quân Mùa hè xanh 2026
- Tỉnh đoàn trao 50 suất quà cho thiếu nhi làng Đăk Xú
""",
    "2026-08-24", "Trao 180 suất học bổng cho học sinh dân tộc thiểu số vùng cao",
    E("trao_qua", None, "2026-08-22"),
    [P("A Vương", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
     P("Y Thương", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
     P("Hồ Văn Phát", "Đại úy", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Đăk Plô"),
     P("Y Nhung", "học sinh lớp 10"),
     P("A Sâm", "học sinh lớp 7 xã Đăk Plô")],
    [Q("180 suất học bổng", 180, "suất học bổng"),
     Q("1,5 triệu đồng", 1500000, "đồng"),
     Q("1 bộ sách giáo khoa", 1, "bộ sách giáo khoa"),
     Q("270 triệu đồng", 270000000, "đồng"),
     Q("200.000.000 VNĐ", 200000000, "đồng"),
     Q("15 chiếc xe đạp", 15, "chiếc xe đạp"),
     Q("6 bình lọc nước", 6, "bình lọc nước"),
     Q("6 điểm trường", 6, "điểm trường"),
     Q("7 km", 7, "km")],
    [D("Kế hoạch", "86", "KH/TĐTN-TNNT", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 86-KH/TĐTN-TNNT")],
    [prov("Quảng Ngãi"), prov("Kon Tum"), com("Măng Đen"), com("Đăk Plô"), com("Ba Tơ")],
    ["TỈNH ĐOÀN QUẢNG NGÃI", "Tuổi trẻ Quảng Ngãi", "Trang chủ » Tin tức » Thanh niên tình nguyện",
     "Anh A Vương (thứ ba, từ phải sang) trao 180 suất học bổng cho các em học sinh.", "Vươn tới ước mơ",
     "Mùa hè xanh", "Đồn Biên phòng Đăk Plô", "Công ty cổ phần Điện lực miền Trung", "làng Kon Pring", "Lượt xem: 372"],
    ["Hôm nay: Thứ Ba, 25/08/2026", "Lượt xem: 372", "lớp 10", "lớp 7", "năm thứ 3", "năm 2026", "Sáng 22/8"]))

# b361 — An Giang (+Kiên Giang), Hội Nông dân tỉnh, dialogue "năm 2026" held 8/10; kind and period only in the lead
PAGES.append(page("b361-angiang-hnd-doithoai-2026", """
HỘI NÔNG DÂN TỈNH AN GIANG
Bạn đang ở: Trang chủ / Tin tức / Nông dân với pháp luật
10-10-2026 16:00
Nông dân An Giang kiến nghị về giá lúa và đê bao
Ngày 8/10, tại phường Rạch Giá, Hội Nông dân tỉnh An Giang phối hợp với UBND tỉnh tổ chức hội nghị Chủ tịch UBND tỉnh đối thoại với nông dân năm 2026, thu hút hơn 300 nông dân đến từ 102 xã, phường, đặc khu.
Quang cảnh buổi đối thoại với nông dân.
Chủ trì đối thoại có ông Trương Văn Lộc, Phó Chủ tịch UBND tỉnh và ông Lâm Văn Tư, Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh. Ông Trần Văn Bé và bà Danh Thị Sa Mây là Phó Chủ tịch Hội Nông dân tỉnh cùng dự.
Nông dân đã nêu 19 ý kiến, kiến nghị. Ông Chau Khanh, hội viên ấp Tà Lọt, xã Tri Tôn phản ánh giá lúa chỉ còn 5.600 - 5.800 đ/kg trong khi chi phí sản xuất khoảng 22 - 24 triệu đồng/ha. Ông Nguyễn Hữu Phước, Giám đốc Sở Nông nghiệp và Môi trường cho biết tỉnh sẽ hỗ trợ 1,5 triệu đồng/ha cho hộ tham gia Đề án "Phát triển bền vững 1 triệu ha lúa chất lượng cao" theo Nghị định số 112/2026/NĐ-CP của Chính phủ.
Bà Thị Sa Rươl, hội viên xã Vĩnh Bình, đề nghị gia cố đê bao. Ông Trương Văn Lộc cho biết năm nay tỉnh đầu tư 86 km đê bao với tổng vốn hơn 410 tỷ đồng; vùng lúa của tỉnh An Giang hiện có xấp xỉ 630.000 ha.
Ông Lâm Văn Tư đề nghị các cấp Hội ở các xã thuộc tỉnh Kiên Giang cũ phối hợp với ngân hàng cho nông dân vay 100 triệu đồng/hộ không cần tài sản bảo đảm.
Nông dân An Giang
Lượt xem: 812
Tin liên quan
- An Giang: Sơ kết 6 tháng đầu năm 2026 công tác Hội Nông dân
- 200 nông dân được tập huấn kỹ thuật canh tác lúa giảm phát thải
""",
    "2026-10-10", "Nông dân An Giang kiến nghị về giá lúa và đê bao",
    E("doi_thoai", "2026", "2026-10-08"),
    [P("Trương Văn Lộc", "Phó Chủ tịch UBND tỉnh"),
     P("Lâm Văn Tư", "Ủy viên BCH Đảng bộ tỉnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
     P("Trần Văn Bé", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Danh Thị Sa Mây", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Chau Khanh", "hội viên ấp Tà Lọt"),
     P("Nguyễn Hữu Phước", "Giám đốc Sở Nông nghiệp và Môi trường"),
     P("Thị Sa Rươl", "hội viên xã Vĩnh Bình")],
    [Q("hơn 300 nông dân", 300, "nông dân", "over"),
     Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"),
     Q("19 ý kiến, kiến nghị", 19, "ý kiến, kiến nghị"),
     Q("5.600 - 5.800 đ/kg", 5600, "đồng"),
     Q("5.600 - 5.800 đ/kg", 5800, "đồng"),
     Q("khoảng 22 - 24 triệu đồng/ha", 22000000, "đồng", "approx"),
     Q("khoảng 22 - 24 triệu đồng/ha", 24000000, "đồng", "approx"),
     Q("1,5 triệu đồng/ha", 1500000, "đồng"),
     Q("86 km", 86, "km"),
     Q("hơn 410 tỷ đồng", 410000000000, "đồng", "over"),
     Q("xấp xỉ 630.000 ha", 630000, "ha", "approx"),
     Q("100 triệu đồng/hộ", 100000000, "đồng")],
    [D("Nghị định", "112", "2026/NĐ-CP", None, "Chính phủ", "Nghị định số 112/2026/NĐ-CP")],
    [prov("An Giang"), prov("Kiên Giang"), com("Rạch Giá"), com("Tri Tôn"), com("Vĩnh Bình")],
    ["HỘI NÔNG DÂN TỈNH AN GIANG", "Bạn đang ở: Trang chủ / Tin tức / Nông dân với pháp luật",
     "Quang cảnh buổi đối thoại với nông dân.", "Phát triển bền vững 1 triệu ha lúa chất lượng cao", "ấp Tà Lọt",
     "Nông dân An Giang", "Lượt xem: 812"],
    ["1 triệu ha lúa chất lượng cao", "Lượt xem: 812", "năm 2026", "năm nay", "Ngày 8/10"]))

# b362 — Hưng Yên (+Thái Bình), Hội CCB tỉnh, quarterly briefing "quý 3/2026" held 6/10; kind and period only in the lead
PAGES.append(page("b362-hungyen-ccb-giaoban-2026", """
HỘI CỰU CHIẾN BINH TỈNH HƯNG YÊN
Trang tin điện tử Hội CCB
Trang chủ ›› Tin hoạt động ›› Cơ sở Hội
Thứ Năm, ngày 08/10/2026
Cựu chiến binh Hưng Yên giúp nhau làm kinh tế, giữ bình yên xóm làng
Ngày 6/10, Thường trực Hội CCB tỉnh Hưng Yên tổ chức giao ban công tác Hội quý 3/2026 với 62 đồng chí chủ tịch Hội CCB các xã, phường.
Chủ tịch Hội CCB tỉnh phát biểu chỉ đạo tại buổi giao ban.
Chủ trì giao ban là Chủ tịch Hội CCB tỉnh, Đại tá Nguyễn Văn Thành. Cùng dự có Đại tá Đỗ Văn Hào, Thượng tá Phạm Đình Tứ - Phó Chủ tịch Hội CCB tỉnh.
Trong quý, các cấp Hội đã giúp hơn 1.050 hội viên vay vốn với mức vay bình quân 65 triệu đồng/hộ, nâng tổng dư nợ lên 92,4 tỷ đồng; đóng góp 2,6 tỷ đồng xây 31 nhà tình nghĩa đồng đội. Hội viên tham gia 127 tổ tự quản về an ninh trật tự. Các cấp Hội đã triển khai Hướng dẫn 31, 32/HD-CCB của Ban Thường vụ Trung ương Hội và Nghị định số 157/2026/NĐ-CP của Chính phủ về chính sách đối với cựu chiến binh.
Tại phường Thái Bình, ông Giuse Trần Văn Hựu, hội viên CCB, Trưởng Ban hành giáo giáo xứ Đông Xuyên, vận động giáo dân góp 300 triệu đồng làm 1,8 km đường. Ông Lê Văn Cẩm, Chủ tịch Hội CCB xã Tiền Hải, cho biết xã Tiền Hải có 42 đồng chí hội viên được khen thưởng vì tích cực tham gia phòng chống ma túy.
Kết luận giao ban, Đại tá Nguyễn Văn Thành đề nghị quý 4 các cơ sở Hội ở các xã thuộc tỉnh Thái Bình cũ hoàn thành kiện toàn tổ chức sau sắp xếp; phấn đấu đến cuối năm tỉnh Hưng Yên không còn hội viên thuộc hộ nghèo.
CCB Hưng Yên
Lượt xem: 528
Tin cùng chuyên mục
- Hội CCB tỉnh sơ kết 6 tháng đầu năm 2026
- Trao 20 nhà tình nghĩa đồng đội cho hội viên khó khăn
""",
    "2026-10-08", "Cựu chiến binh Hưng Yên giúp nhau làm kinh tế, giữ bình yên xóm làng",
    E("giao_ban", "2026-Q3", "2026-10-06"),
    [P("Nguyễn Văn Thành", "Chủ tịch Hội CCB tỉnh", "Đại tá"),
     P("Đỗ Văn Hào", "Đại tá", "Phó Chủ tịch Hội CCB tỉnh"),
     P("Phạm Đình Tứ", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
     P("Giuse Trần Văn Hựu", "hội viên CCB", "Trưởng Ban hành giáo giáo xứ Đông Xuyên"),
     P("Lê Văn Cẩm", "Chủ tịch Hội CCB xã Tiền Hải")],
    [Q("62 đồng chí", 62, "đồng chí"),
     Q("hơn 1.050 hội viên", 1050, "hội viên", "over"),
     Q("65 triệu đồng/hộ", 65000000, "đồng"),
     Q("92,4 tỷ đồng", 92400000000, "đồng"),
     Q("2,6 tỷ đồng", 2600000000, "đồng"),
     Q("31 nhà tình nghĩa đồng đội", 31, "nhà tình nghĩa đồng đội"),
     Q("127 tổ tự quản", 127, "tổ tự quản"),
     Q("300 triệu đồng", 300000000, "đồng"),
     Q("1,8 km", 1.8, "km"),
     Q("42 đồng chí", 42, "đồng chí")],
    [D("Hướng dẫn", "31", "HD-CCB", None, "Ban Thường vụ Trung ương Hội", "Hướng dẫn 31, 32/HD-CCB"),
     D("Hướng dẫn", "32", "HD-CCB", None, "Ban Thường vụ Trung ương Hội", "Hướng dẫn 31, 32/HD-CCB"),
     D("Nghị định", "157", "2026/NĐ-CP", None, "Chính phủ", "Nghị định số 157/2026/NĐ-CP")],
    [prov("Hưng Yên"), prov("Thái Bình"), com("Thái Bình"), com("Tiền Hải")],
    ["HỘI CỰU CHIẾN BINH TỈNH HƯNG YÊN", "Trang tin điện tử Hội CCB", "Trang chủ ›› Tin hoạt động ›› Cơ sở Hội",
     "Chủ tịch Hội CCB tỉnh phát biểu chỉ đạo tại buổi giao ban.", "giáo xứ Đông Xuyên", "CCB Hưng Yên", "Lượt xem: 528"],
    ["Lượt xem: 528", "62 đồng chí", "42 đồng chí", "quý 3/2026", "Trong quý", "quý 4", "Ngày 6/10"]))

# b363 — Khánh Hòa (+Ninh Thuận), newspaper portrait of a Raglai hamlet head; no event
PAGES.append(page("b363-khanhhoa-bao-chandung-2026", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Thứ Hai, 23/11/2026
Trang chủ › Xã hội › Dân tộc - Tôn giáo
Đăng: Chủ nhật, 22/11/2026 - 06:30
Người phụ nữ Raglai giữ bình yên cho thôn vùng cao
(BKH) - Hơn 7 năm làm trưởng thôn Gia Rót, xã Ma Nới, bà Chamaléa Thị Hoa đã cùng bà con người Raglai đổi thay thôn nghèo nhất xã.
Bà Chamaléa Thị Hoa (bìa phải) trò chuyện với bà con trong thôn.
Năm 2019, được Chi bộ giới thiệu, bà được bà con tín nhiệm bầu làm trưởng thôn. Khi ấy thôn có 186 hộ, 742 khẩu, hơn một nửa là hộ nghèo. Bà vận động 11 hộ hiến 2.300 m2 đất làm đường vào khu sản xuất, hướng dẫn bà con trồng 35 ha mì thay cho lúa rẫy. Mì bán được 4.000 đ/kg, mỗi hộ thu 60 - 70 triệu đồng/năm. Đến nay thôn chỉ còn 9 hộ nghèo.
Ông Pinăng Văn Thiện, Bí thư Chi bộ thôn Gia Rót nói: "Bà Hoa nói gì bà con cũng nghe, vì bà làm trước". Ông Thuận Văn Tới, Chủ tịch Ủy ban MTTQ Việt Nam xã Ma Nới, kể bà còn hòa giải thành 6 vụ tranh chấp đất rẫy, không để vụ nào kéo dài.
Chị Katơr Thị Nhim, hội viên phụ nữ thôn Gia Rót, được bà giúp vay 50 triệu để nuôi dê. Già làng Mấu Văn Lộc cho biết nhờ bà mà thôn giữ được lễ hội mừng lúa mới và nghề đan gùi.
Tháng 10/2026, bà Chamaléa Thị Hoa được tặng Bằng khen theo Quyết định số 2381/QĐ-UBND ngày 02/10/2026 của UBND tỉnh Khánh Hòa. Xã Ma Nới trước thuộc huyện Ninh Sơn, tỉnh Ninh Thuận, nay là một trong các xã vùng cao của tỉnh Khánh Hòa.
Hải Lăng
Lượt xem: 1.903
Tin liên quan
- Khánh Hòa: Trao 100 căn nhà Đại đoàn kết cho đồng bào Raglai
- Người có uy tín ở vùng cao Khánh Sơn
""",
    "2026-11-22", "Người phụ nữ Raglai giữ bình yên cho thôn vùng cao",
    E(None, None, None),
    [P("Chamaléa Thị Hoa", "trưởng thôn Gia Rót", "trưởng thôn"),
     P("Pinăng Văn Thiện", "Bí thư Chi bộ thôn Gia Rót"),
     P("Thuận Văn Tới", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ma Nới"),
     P("Katơr Thị Nhim", "hội viên phụ nữ thôn Gia Rót"),
     P("Mấu Văn Lộc", "Già làng")],
    [Q("186 hộ", 186, "hộ"),
     Q("742 khẩu", 742, "khẩu"),
     Q("11 hộ", 11, "hộ"),
     Q("2.300 m2", 2300, "m2"),
     Q("35 ha", 35, "ha"),
     Q("4.000 đ/kg", 4000, "đồng"),
     Q("60 - 70 triệu đồng/năm", 60000000, "đồng"),
     Q("60 - 70 triệu đồng/năm", 70000000, "đồng"),
     Q("9 hộ nghèo", 9, "hộ nghèo"),
     Q("6 vụ tranh chấp đất rẫy", 6, "vụ tranh chấp đất rẫy"),
     Q("50 triệu", 50000000, "đồng")],
    [D("Quyết định", "2381", "QĐ-UBND", "2026-10-02", "UBND tỉnh Khánh Hòa", "Quyết định số 2381/QĐ-UBND")],
    [prov("Khánh Hòa"), prov("Ninh Thuận"), com("Ma Nới")],
    ["BÁO KHÁNH HÒA ĐIỆN TỬ", "Trang chủ › Xã hội › Dân tộc - Tôn giáo",
     "Bà Chamaléa Thị Hoa (bìa phải) trò chuyện với bà con trong thôn.", "thôn Gia Rót", "huyện Ninh Sơn",
     "Lượt xem: 1.903"],
    ["Thứ Hai, 23/11/2026", "Lượt xem: 1.903", "Hơn 7 năm", "Năm 2019", "Tháng 10/2026"]))

# b364 — Thái Nguyên (+Bắc Kạn), Ban Tuyên giáo và Dân vận Tỉnh ủy, training "năm 2026" 24-26/11; tap_huan from the lead
PAGES.append(page("b364-thainguyen-btgdv-taphuan-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THÁI NGUYÊN
Cổng thông tin điện tử
Trang chủ > Hoạt động > Tin trong tỉnh
Ngày đăng: 27-11-2026 08:45
Cán bộ dân vận 92 xã, phường cập nhật kỹ năng mới
Từ ngày 24 đến 26/11, Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Nguyên tổ chức lớp bồi dưỡng nghiệp vụ công tác dân vận năm 2026 cho 212 học viên là cán bộ làm công tác dân vận của 92 xã, phường trong tỉnh Thái Nguyên.
Học viên trao đổi trong giờ thảo luận nhóm. Ảnh: Lan Anh
Khai giảng lớp học, đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Diệp Văn Hùng đề nghị học viên vận dụng ngay kiến thức vào cơ sở, nhất là ở các xã vùng cao thuộc tỉnh Bắc Kạn trước đây.
Trong 3 ngày, học viên được nghe 4 chuyên đề. Báo cáo viên là các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Bế Văn Dìn, Hoàng Thị Slao; bà Lỷ Thị Hiền, Trưởng phòng Dân vận Ban Tuyên giáo và Dân vận Tỉnh ủy và Trung tá Lường Văn Sinh, Phó Trưởng phòng An ninh chính trị nội bộ Công an tỉnh.
Nội dung lớp học tập trung vào Kết luận 214, 215-KL/TW của Bộ Chính trị, Hướng dẫn số 12-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy và kỹ năng vận động nhân dân trên không gian mạng. Học viên đi thực tế tại xã Phú Đình, nơi 100% thôn, xóm có tổ dân vận; xã đã vận động nhân dân hiến 4.800 m2 đất làm đường trong năm.
Anh Triệu Văn Lèng (dân tộc Dao), công chức xã Bằng Vân, cho biết đây là lần đầu anh được học bài bản. Tổng kinh phí lớp học 186 triệu đồng; mỗi học viên được hỗ trợ 200 ngàn/ngày.
Ban Tuyên giáo và Dân vận Tỉnh ủy
Lượt xem: 233
Tin liên quan
- Thái Nguyên: Giao ban công tác dân vận quý III/2026
- 300 người có uy tín được biểu dương
""",
    "2026-11-27", "Cán bộ dân vận 92 xã, phường cập nhật kỹ năng mới",
    E("tap_huan", "2026", "2026-11-24"),
    [P("Diệp Văn Hùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Bế Văn Dìn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Hoàng Thị Slao", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Lỷ Thị Hiền", "Trưởng phòng Dân vận Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Lường Văn Sinh", "Trung tá", "Phó Trưởng phòng An ninh chính trị nội bộ Công an tỉnh"),
     P("Triệu Văn Lèng", "công chức xã Bằng Vân")],
    [Q("92 xã, phường", 92, "xã, phường"),
     Q("212 học viên", 212, "học viên"),
     Q("4 chuyên đề", 4, "chuyên đề"),
     Q("100% thôn, xóm", 100, "%"),
     Q("4.800 m2", 4800, "m2"),
     Q("186 triệu đồng", 186000000, "đồng"),
     Q("200 ngàn/ngày", 200000, "đồng")],
    [D("Kết luận", "214", "KL/TW", None, "Bộ Chính trị", "Kết luận 214, 215-KL/TW"),
     D("Kết luận", "215", "KL/TW", None, "Bộ Chính trị", "Kết luận 214, 215-KL/TW"),
     D("Hướng dẫn", "12", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BTGDVTU")],
    [prov("Thái Nguyên"), prov("Bắc Kạn"), com("Phú Đình"), com("Bằng Vân")],
    ["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY THÁI NGUYÊN", "Cổng thông tin điện tử", "Trang chủ > Hoạt động > Tin trong tỉnh",
     "Học viên trao đổi trong giờ thảo luận nhóm. Ảnh: Lan Anh", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Lượt xem: 233"],
    ["Lượt xem: 233", "Trong 3 ngày", "năm 2026", "trong năm", "Từ ngày 24 đến 26/11"]))
