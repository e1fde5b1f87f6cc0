from lib import *
PAGES = []

PAGES.append(page("b479-danang-mttq-tongket-2025", """
ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ ĐÀ NẴNG
Vị trí: Trang chủ >> Tin tức >> Hoạt động Mặt trận
9/1/2026 | 18:20
Mặt trận thành phố vận động hơn 512 tỷ đồng an sinh xã hội
Toàn cảnh hội nghị tổng kết.
Chiều 8/1, Ủy ban MTTQ Việt Nam thành phố Đà Nẵng tổ chức hội nghị tổng kết công tác Mặt trận năm 2025 - năm đầu tiên sau hợp nhất Đà Nẵng và Quảng Nam - và triển khai nhiệm vụ năm 2026.
Dự hội nghị có đồng chí Nguyễn Thị Anh Thi, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố; các Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố: Bling Mia, Trần Văn Hòa, Võ Thị Thu Sương.
Năm 2025, Mặt trận các cấp vận động hơn 512 tỷ đồng cho các hoạt động an sinh, trong đó Quỹ "Vì người nghèo" hơn 96 tỷ đồng; hoàn thành xóa 2.614 căn nhà tạm, nhà dột nát theo phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", mỗi căn hỗ trợ từ 40 đến 60 triệu đồng. Ban Thanh tra nhân dân 93 xã, phường, đặc khu tiếp nhận 1.870 đơn thư.
Ông Bling Mia, người Cơ Tu, phát biểu tại hội nghị. Ảnh: Hoài Sơn
Mặt trận đã triển khai Quyết định 70-QĐ/TW và Hướng dẫn 05, 06-HD/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố về giám sát sau hợp nhất. Hơn 512 tỷ đồng được công khai trên cổng thông tin của Mặt trận.
Dịp này, 30 tập thể và 45 cá nhân được tặng bằng khen; già làng Alăng Bhơ, thôn Aur, xã Avương được tuyên dương.
Hoài Sơn
Lượt xem: 1.210
Tin liên quan
- Trao 200 suất quà Tết cho đồng bào Cơ Tu xã Hùng Sơn (05/01/2026)
- Mặt trận phường Hải Châu ra mắt tổ tự quản (28/12/2025)
- Hội nghị Ủy ban MTTQ Việt Nam thành phố lần thứ 2, khóa I (20/12/2025)
- Tam Kỳ: Bàn giao 15 căn nhà Đại đoàn kết (12/12/2025)
""", "2026-01-09", "Mặt trận thành phố vận động hơn 512 tỷ đồng an sinh xã hội",
E("tong_ket", "2025", "2026-01-08"),
[P("Nguyễn Thị Anh Thi", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Bling Mia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"), P("Trần Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Võ Thị Thu Sương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"), P("Alăng Bhơ", "già làng")],
[Q("hơn 512 tỷ đồng", 512000000000, "đồng", "over"), Q("hơn 96 tỷ đồng", 96000000000, "đồng", "over"),
 Q("2.614 căn nhà tạm, nhà dột nát", 2614, "căn nhà tạm, nhà dột nát"), Q("từ 40 đến 60 triệu đồng", 40000000, "đồng"),
 Q("từ 40 đến 60 triệu đồng", 60000000, "đồng"), Q("93 xã, phường, đặc khu", 93, "xã, phường, đặc khu"),
 Q("1.870 đơn thư", 1870, "đơn thư"), Q("30 tập thể", 30, "tập thể"), Q("45 cá nhân", 45, "cá nhân")],
[D("Quyết định", "70", "QĐ/TW", None, None, "Quyết định 70-QĐ/TW"),
 D("Hướng dẫn", "05", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Hướng dẫn 05, 06-HD/MTTQ-BTT"),
 D("Hướng dẫn", "06", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Hướng dẫn 05, 06-HD/MTTQ-BTT")],
[prov("Đà Nẵng"), prov("Quảng Nam"), com("Avương")],
["ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ ĐÀ NẴNG", "Vị trí: Trang chủ >> Tin tức >> Hoạt động Mặt trận", "Toàn cảnh hội nghị tổng kết.",
 "Ông Bling Mia, người Cơ Tu, phát biểu tại hội nghị. Ảnh: Hoài Sơn", "Vì người nghèo",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "thôn Aur", "Ban Thanh tra nhân dân", "Lượt xem: 1.210"],
["9/1/2026 | 18:20", "năm 2025", "năm 2026", "Năm 2025", "Lượt xem: 1.210"]))

PAGES.append(page("b480-khanhhoa-hnd-giaoban-2026", """
HỘI NÔNG DÂN TỈNH KHÁNH HÒA
Trang chủ | Tin tức | Hoạt động Hội
2026-03-05 16:40
Giao ban công tác Hội tháng 2
Ngày 4/3, Ban Thường vụ Hội Nông dân tỉnh Khánh Hòa tổ chức giao ban công tác Hội tháng 2/2026 với Hội Nông dân 65 xã, phường, đặc khu.
Bà Cao Thị Hòa, Phó Chủ tịch Hội Nông dân tỉnh, chủ trì giao ban.
Chủ trì giao ban có ông Nguyễn Văn Phước, Chủ tịch Hội Nông dân tỉnh; bà Cao Thị Hòa và ông Chamaléa Điệp, Phó Chủ tịch Hội Nông dân tỉnh. Dự có bà Mấu Thị Bích Thủy, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Trong tháng 2, các cơ sở Hội tổ chức "Tết trồng cây" với 18.500 cây xanh; hỗ trợ nông dân tiêu thụ 640 tấn nho, táo và hành tím; giải ngân 4,2 tỷ đồng Quỹ hỗ trợ nông dân cho 96 hộ. Giá nho tại xã Phước Hậu tăng từ 25.000 đồng/kg lên 32.000 đồng/kg. Ông Pi Năng Văn Tư, Chủ tịch Hội Nông dân xã Phước Bình, người Raglai, báo cáo mô hình trồng mắc ca 35 ha.
Hội nghị quán triệt Nghị quyết 57-NQ/TW của Bộ Chính trị và Kế hoạch số 09-KH/HNDT ngày 12/01/2026 của Ban Thường vụ Hội Nông dân tỉnh về chuyển đổi số trong nông nghiệp; phấn đấu năm 2026 có 2.000 hộ nông dân bán hàng trên sàn thương mại điện tử.
Tháng 3, Hội tiếp tục tổ chức 12 lớp dạy nghề cho 420 nông dân.
Ngọc Sương
Lượt xem: 167
Tin khác
- Hội Nông dân tỉnh gặp mặt đầu xuân Bính Ngọ 2026 (24/02/2026)
- Ninh Hải: Nông dân thu hoạch nho vụ Tết (10/02/2026)
- Giao ban công tác Hội tháng 1/2026 (04/02/2026)
- Tập huấn kỹ thuật trồng măng tây cho hội viên xã Phước Dinh (28/01/2026)
- Cam Lâm: Nông dân liên kết trồng xoài xuất khẩu (20/01/2026)
""", "2026-03-05", "Giao ban công tác Hội tháng 2",
E("giao_ban", "2026-02", "2026-03-04"),
[P("Nguyễn Văn Phước", "Chủ tịch Hội Nông dân tỉnh"), P("Cao Thị Hòa", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Chamaléa Điệp", "Phó Chủ tịch Hội Nông dân tỉnh"), P("Mấu Thị Bích Thủy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Pi Năng Văn Tư", "Chủ tịch Hội Nông dân xã Phước Bình")],
[Q("65 xã, phường, đặc khu", 65, "xã, phường, đặc khu"), Q("18.500 cây xanh", 18500, "cây xanh"), Q("640 tấn", 640, "tấn"),
 Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("96 hộ", 96, "hộ"), Q("25.000 đồng/kg", 25000, "đồng"), Q("32.000 đồng/kg", 32000, "đồng"),
 Q("35 ha", 35, "ha"), Q("2.000 hộ nông dân", 2000, "hộ nông dân"), Q("12 lớp dạy nghề", 12, "lớp dạy nghề"), Q("420 nông dân", 420, "nông dân")],
[D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 57-NQ/TW của Bộ Chính trị"),
 D("Kế hoạch", "09", "KH/HNDT", "2026-01-12", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 09-KH/HNDT ngày 12/01/2026")],
[prov("Khánh Hòa"), com("Phước Hậu"), com("Phước Bình")],
["HỘI NÔNG DÂN TỈNH KHÁNH HÒA", "Trang chủ | Tin tức | Hoạt động Hội", "Bà Cao Thị Hòa, Phó Chủ tịch Hội Nông dân tỉnh, chủ trì giao ban.",
 "Tết trồng cây", "Quỹ hỗ trợ nông dân", "Lượt xem: 167"],
["2026-03-05 16:40", "tháng 2/2026", "Trong tháng 2", "năm 2026", "Tháng 3", "Lượt xem: 167"]))

PAGES.append(page("b481-hcm-thanhdoan-giaoban-2026", """
THÀNH ĐOÀN THÀNH PHỐ HỒ CHÍ MINH
Hôm nay: Thứ Hai, 06/04/2026
Trang chủ / Tin tức / Hoạt động Đoàn
03/04/2026, 08:05
Thành Đoàn giao ban công tác quý I với cơ sở Đoàn khu vực Bình Dương, Bà Rịa - Vũng Tàu
Anh Ngô Minh Hải (giữa) cùng các đại biểu tại điểm cầu Thủ Dầu Một.
Chiều 2/4, Ban Thường vụ Thành Đoàn TP Hồ Chí Minh tổ chức giao ban trực tuyến công tác Đoàn và phong trào thanh thiếu nhi quý I/2026 với 168 xã, phường, đặc khu.
Chủ trì giao ban có anh Ngô Minh Hải, Ủy viên dự khuyết BCH Trung ương Đảng, Bí thư Thành Đoàn; các anh, chị Phan Thị Thanh Phương, Lê Thị Hà Giang, Nguyễn Văn Thạnh - Phó Bí thư Thành Đoàn. Dự có anh Danh Hoàng Ân, Bí thư Đoàn phường Thủ Dầu Một, và chị Châu Thị Kim Linh, Bí thư Đoàn đặc khu Côn Đảo.
Quý I, các cơ sở Đoàn tổ chức chiến dịch "Xuân tình nguyện" với 1,5 triệu lượt đoàn viên tham gia; kết nạp 12.480 đoàn viên mới; trao 3.000 phần quà, mỗi phần 500.000 đồng. Tháng Thanh niên 2026 huy động khoảng 86 tỷ đồng làm 120 công trình thanh niên.
Thành Đoàn triển khai Kế hoạch 37, 38-KH/TĐTN-BTC và Hướng dẫn số 14-HD/TĐTN của Ban Thường vụ Thành Đoàn về Đại hội Đoàn các cấp nhiệm kỳ 2027 - 2032, thực hiện Chỉ thị 52-CT/TW của Ban Bí thư.
1,5 triệu lượt đoàn viên tham gia "Xuân tình nguyện" là con số cao nhất từ trước đến nay.
Minh Khang
Lượt xem: 902
Tin liên quan
- Tuổi trẻ thành phố ra quân Tháng Thanh niên 2026 (01/03/2026)
- Đoàn phường Bà Rịa tổ chức "Ngày Chủ nhật xanh" (22/03/2026)
- Thành Đoàn tuyên dương 100 Bí thư Chi đoàn tiêu biểu (26/03/2026)
- Đoàn đặc khu Côn Đảo ra quân làm sạch bờ biển (15/03/2026)
""", "2026-04-03", "Thành Đoàn giao ban công tác quý I với cơ sở Đoàn khu vực Bình Dương, Bà Rịa - Vũng Tàu",
E("giao_ban", "2026-Q1", "2026-04-02"),
[P("Ngô Minh Hải", "Ủy viên dự khuyết BCH Trung ương Đảng", "Bí thư Thành Đoàn"),
 P("Phan Thị Thanh Phương", "Phó Bí thư Thành Đoàn"), P("Lê Thị Hà Giang", "Phó Bí thư Thành Đoàn"),
 P("Nguyễn Văn Thạnh", "Phó Bí thư Thành Đoàn"), P("Danh Hoàng Ân", "Bí thư Đoàn phường Thủ Dầu Một"),
 P("Châu Thị Kim Linh", "Bí thư Đoàn đặc khu Côn Đảo")],
[Q("168 xã, phường, đặc khu", 168, "xã, phường, đặc khu"), Q("1,5 triệu lượt đoàn viên", 1500000, "lượt đoàn viên"),
 Q("12.480 đoàn viên mới", 12480, "đoàn viên mới"), Q("3.000 phần quà", 3000, "phần quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("khoảng 86 tỷ đồng", 86000000000, "đồng", "approx"), Q("120 công trình thanh niên", 120, "công trình thanh niên")],
[D("Kế hoạch", "37", "KH/TĐTN-BTC", None, "Ban Thường vụ Thành Đoàn", "Kế hoạch 37, 38-KH/TĐTN-BTC"),
 D("Kế hoạch", "38", "KH/TĐTN-BTC", None, "Ban Thường vụ Thành Đoàn", "Kế hoạch 37, 38-KH/TĐTN-BTC"),
 D("Hướng dẫn", "14", "HD/TĐTN", None, "Ban Thường vụ Thành Đoàn", "Hướng dẫn số 14-HD/TĐTN của Ban Thường vụ Thành Đoàn"),
 D("Chỉ thị", "52", "CT/TW", None, "Ban Bí thư", "Chỉ thị 52-CT/TW của Ban Bí thư")],
[prov("Hồ Chí Minh"), prov("Bình Dương"), prov("Bà Rịa - Vũng Tàu"), com("Thủ Dầu Một"), com("Côn Đảo")],
["THÀNH ĐOÀN THÀNH PHỐ HỒ CHÍ MINH", "Trang chủ / Tin tức / Hoạt động Đoàn",
 "Anh Ngô Minh Hải (giữa) cùng các đại biểu tại điểm cầu Thủ Dầu Một.", "Xuân tình nguyện", "Tháng Thanh niên 2026", "Lượt xem: 902"],
["Hôm nay: Thứ Hai, 06/04/2026", "03/04/2026, 08:05", "quý I/2026", "Quý I", "Tháng Thanh niên 2026", "nhiệm kỳ 2027 - 2032",
 "Lượt xem: 902"]))

PAGES.append(page("b482-dongthap-ccb-traoqua-2026", """
HỘI CỰU CHIẾN BINH TỈNH ĐỒNG THÁP
Trang chủ » Tin tức » Nghĩa tình đồng đội
Cập nhật lúc 10:05 ngày 18/05/2026
Trao 45 căn nhà "Nghĩa tình đồng đội" cho hội viên khó khăn
Ngày 16/5, tại xã Mỹ Thọ, Hội Cựu chiến binh tỉnh Đồng Tháp tổ chức lễ trao 45 căn nhà "Nghĩa tình đồng đội" cho hội viên CCB có hoàn cảnh khó khăn ở các xã, phường thuộc địa bàn tỉnh Đồng Tháp và Tiền Giang cũ.
Đại tá Lê Văn Út (thứ ba từ trái) trao nhà cho CCB Nguyễn Văn Ba.
Mỗi căn nhà trị giá 80 triệu đồng, trong đó Hội CCB tỉnh hỗ trợ 50 triệu đồng, gia đình và địa phương đóng góp phần còn lại; tổng kinh phí 3,6 tỷ đồng. Dự lễ có Đại tá Lê Văn Út, Chủ tịch Hội CCB tỉnh; các ông Trung tá Huỳnh Văn Tám và Đặng Thanh Hùng, Phó Chủ tịch Hội CCB tỉnh; bà Nguyễn Thị Bích Ngọc, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Ông Nguyễn Văn Ba, 78 tuổi, thương binh 3/4 ở ấp Mỹ Phú, xúc động nhận nhà mới sau hơn 20 năm ở nhà tạm.
Thực hiện Hướng dẫn 17/HD-CCB ngày 20/02/2026 của Thường trực Hội CCB tỉnh và Kết luận 97-KL/TW của Bộ Chính trị, từ đầu năm đến nay các cấp Hội đã trao 126 căn nhà và 1.850 suất quà cho hội viên; 45 căn lần này hoàn thành trước ngày 19/5.
Đại tá Lê Văn Út cho biết, năm 2026 Hội phấn đấu không còn hộ CCB ở nhà tạm.
Thanh Tuấn
Lượt xem: 284
Tin liên quan
- Cái Bè: CCB làm kinh tế giỏi (10/05/2026)
- Hội CCB phường Cao Lãnh kết nạp 32 hội viên (30/04/2026)
- Hội CCB tỉnh sơ kết quý I/2026 (05/04/2026)
- Hội CCB phường Mỹ Tho tặng 50 suất quà cho đồng đội (28/03/2026)
- Gặp mặt CCB tiêu biểu nhân kỷ niệm 51 năm Ngày Giải phóng miền Nam (29/04/2026)
""", "2026-05-18", "Trao 45 căn nhà \"Nghĩa tình đồng đội\" cho hội viên khó khăn",
E("trao_qua", None, "2026-05-16"),
[P("Lê Văn Út", "Đại tá", "Chủ tịch Hội CCB tỉnh"), P("Nguyễn Văn Ba", "CCB", "thương binh 3/4 ở ấp Mỹ Phú"),
 P("Huỳnh Văn Tám", "Trung tá", "Phó Chủ tịch Hội CCB tỉnh"), P("Đặng Thanh Hùng", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Nguyễn Thị Bích Ngọc", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("45 căn nhà", 45, "căn nhà"), Q("80 triệu đồng", 80000000, "đồng"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("3,6 tỷ đồng", 3600000000, "đồng"), Q("126 căn nhà", 126, "căn nhà"), Q("1.850 suất quà", 1850, "suất quà")],
[D("Hướng dẫn", "17", "HD-CCB", "2026-02-20", "Thường trực Hội CCB tỉnh", "Hướng dẫn 17/HD-CCB ngày 20/02/2026"),
 D("Kết luận", "97", "KL/TW", None, "Bộ Chính trị", "Kết luận 97-KL/TW của Bộ Chính trị")],
[prov("Đồng Tháp"), prov("Tiền Giang"), com("Mỹ Thọ")],
["HỘI CỰU CHIẾN BINH TỈNH ĐỒNG THÁP", "Trang chủ » Tin tức » Nghĩa tình đồng đội", "Nghĩa tình đồng đội",
 "Đại tá Lê Văn Út (thứ ba từ trái) trao nhà cho CCB Nguyễn Văn Ba.", "ấp Mỹ Phú", "Lượt xem: 284"],
["Cập nhật lúc 10:05 ngày 18/05/2026", "78 tuổi", "3/4", "hơn 20 năm", "45 căn lần này", "ngày 19/5", "năm 2026", "Lượt xem: 284"]))

PAGES.append(page("b483-quangngai-phuong-soket-2026", """
ĐẢNG BỘ PHƯỜNG KON TUM - TỈNH QUẢNG NGÃI
Trang chủ > Tin tức > Công tác dân vận
Ngày 10/07/2026 | 14:05
Sơ kết 6 tháng công tác dân vận: 9/9 chỉ tiêu đạt và vượt
Chiều 9/7, Ban Xây dựng Đảng Đảng ủy phường Kon Tum, tỉnh Quảng Ngãi tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026.
Bà Y Hoàng, Phó Bí thư Đảng ủy phường, phát biểu.
Dự hội nghị có bà Y Hoàng, Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND phường; ông A Dũng, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy phường; ông Đinh Văn Rông, Chủ tịch Ủy ban MTTQ Việt Nam phường. Cũng dự có các già làng A Hmui, A Blưk - người có uy tín làng Kon Klor, Plei Đôn.
6 tháng đầu năm, phường đạt 9/9 chỉ tiêu; Nhân dân hiến 5.400 m2 đất, góp 2.100 ngày công và hơn 1,3 tỷ đồng chỉnh trang đô thị; 14 tổ dân phố và 6 làng đồng bào Ba Na, Xơ Đăng đạt chuẩn "Khu dân cư kiểu mẫu". Đảng ủy phường tổ chức 8 cuộc đối thoại với 640 lượt người dân.
Hội nghị triển khai Kế hoạch 21-KH/ĐU ngày 02/6/2026 của Ban Thường vụ Đảng ủy phường thực hiện Chỉ thị 08, 09 của Ban Thường vụ Tỉnh ủy Quảng Ngãi về công tác dân vận sau sắp xếp đơn vị hành chính.
Bà Y Hoàng đề nghị 6 tháng cuối năm xây dựng thêm 5 mô hình "Dân vận khéo".
Hồng Nhung
Lượt xem: 143
Các tin khác
- Phường Kon Tum ra mắt mô hình "Làng không có người vi phạm pháp luật" (25/06/2026)
- Gặp mặt người có uy tín tỉnh Quảng Ngãi năm 2026 (10/06/2026)
- Ban Xây dựng Đảng Đảng ủy phường tập huấn cho bí thư chi bộ (02/06/2026)
- Phường Kon Tum đối thoại với Nhân dân về chỉnh trang đô thị (20/05/2026)
""", "2026-07-10", "Sơ kết 6 tháng công tác dân vận: 9/9 chỉ tiêu đạt và vượt",
E("so_ket", "2026-H1", "2026-07-09"),
[P("Y Hoàng", "Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND phường", "Phó Bí thư Đảng ủy phường"),
 P("A Dũng", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy phường"),
 P("Đinh Văn Rông", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("A Hmui", "già làng", "người có uy tín làng Kon Klor, Plei Đôn"), P("A Blưk", "già làng", "người có uy tín làng Kon Klor, Plei Đôn")],
[Q("9/9 chỉ tiêu", 9, "chỉ tiêu"), Q("5.400 m2", 5400, "m2"), Q("2.100 ngày công", 2100, "ngày công"),
 Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("14 tổ dân phố", 14, "tổ dân phố"), Q("6 làng", 6, "làng"),
 Q("8 cuộc đối thoại", 8, "cuộc đối thoại"), Q("640 lượt người dân", 640, "lượt người dân"), Q("5 mô hình", 5, "mô hình")],
[D("Kế hoạch", "21", "KH/ĐU", "2026-06-02", "Ban Thường vụ Đảng ủy phường", "Kế hoạch 21-KH/ĐU ngày 02/6/2026"),
 D("Chỉ thị", "08", None, None, "Ban Thường vụ Tỉnh ủy Quảng Ngãi", "Chỉ thị 08, 09 của Ban Thường vụ Tỉnh ủy Quảng Ngãi"),
 D("Chỉ thị", "09", None, None, "Ban Thường vụ Tỉnh ủy Quảng Ngãi", "Chỉ thị 08, 09 của Ban Thường vụ Tỉnh ủy Quảng Ngãi")],
[prov("Quảng Ngãi"), com("Kon Tum")],
["ĐẢNG BỘ PHƯỜNG KON TUM - TỈNH QUẢNG NGÃI", "Trang chủ > Tin tức > Công tác dân vận",
 "Bà Y Hoàng, Phó Bí thư Đảng ủy phường, phát biểu.", "Khu dân cư kiểu mẫu", "Dân vận khéo", "làng Kon Klor", "Lượt xem: 143"],
["Ngày 10/07/2026 | 14:05", "6 tháng đầu năm", "6 tháng cuối năm 2026", "Lượt xem: 143"]))

PAGES.append(page("b484-lamdong-baochi-chandung-2026", """
BÁO LÂM ĐỒNG
Thời sự | Chính trị | Kinh tế | Xã hội | Dân tộc - Tôn giáo
Chủ Nhật, 20/09/2026 06:00 (GMT+7)
Người "giữ lửa" dân vận ở buôn K'Ho
Ông K'Brël (bìa trái) trò chuyện với người dân bon Đạ Nhar.
Hơn 15 năm làm Chi hội trưởng Chi hội Nông dân bon Đạ Nhar, xã Lạc Dương, tỉnh Lâm Đồng, ông K'Brël, người K'Ho, đã vận động bà con hiến hơn 3.000 m2 đất làm đường, bỏ tục phát rừng làm rẫy.
Năm 2026, ông được bà con tín nhiệm bầu làm Trưởng bon, đồng thời là Ủy viên Ban Công tác Mặt trận bon. Ông cùng vợ là bà Liêng Jrang Ha Thủy, Chi hội trưởng Chi hội Phụ nữ bon, vận động 62 hộ chuyển sang trồng cà phê xen sầu riêng, thu nhập bình quân đạt khoảng 180 triệu đồng/hộ/năm.
Bà Ka Hô Mai Lan, Phó Chủ tịch Hội Nông dân tỉnh, nhận xét: "Ông K'Brël là 1 trong 25 gương nông dân tiêu biểu được Hội biểu dương năm nay". Theo ông Đa Cát Tuấn, Bí thư Đảng ủy xã Lạc Dương, nhờ những người như ông K'Brël mà bon Đạ Nhar không còn hộ nghèo, tỷ lệ hộ cận nghèo còn 2,5%.
Ông K'Brël kể, có lần phải đến nhà 11 lần mới vận động được một hộ tháo dỡ nhà tạm để xây nhà mới theo chương trình "Xóa nhà tạm" của tỉnh. Nay bon có 140 hộ, 100% hộ có điện lưới và nước sạch.
Bài, ảnh: Ngọc Thạch
Tin khác
- Đạ Huoai: Hội Nông dân giúp hội viên chuyển đổi cây trồng (15/09/2026)
- Gia Nghĩa: Tuyên dương người có uy tín tiêu biểu (10/09/2026)
- Bình Thuận cũ: Ngư dân vươn khơi bám biển (05/09/2026)
- Xã Đam Rông 2 ra mắt mô hình "Dân vận khéo" (01/09/2026)
- Lạc Dương: Bon Đạ Nhar đón nhận danh hiệu khu dân cư kiểu mẫu (28/08/2026)
""", "2026-09-20", "Người \"giữ lửa\" dân vận ở buôn K'Ho",
E(None, None, None),
[P("K'Brël", "Chi hội trưởng Chi hội Nông dân bon Đạ Nhar", "Trưởng bon", "Ủy viên Ban Công tác Mặt trận bon"),
 P("Liêng Jrang Ha Thủy", "Chi hội trưởng Chi hội Phụ nữ bon"), P("Ka Hô Mai Lan", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Đa Cát Tuấn", "Bí thư Đảng ủy xã Lạc Dương")],
[Q("hơn 3.000 m2", 3000, "m2", "over"), Q("62 hộ", 62, "hộ"), Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"),
 Q("25 gương nông dân tiêu biểu", 25, "gương nông dân tiêu biểu"), Q("2,5%", 2.5, "%"), Q("140 hộ", 140, "hộ"), Q("100% hộ", 100, "%")],
[],
[prov("Lâm Đồng"), com("Lạc Dương")],
["BÁO LÂM ĐỒNG", "Thời sự | Chính trị | Kinh tế | Xã hội | Dân tộc - Tôn giáo",
 "Ông K'Brël (bìa trái) trò chuyện với người dân bon Đạ Nhar.", "bon Đạ Nhar", "Xóa nhà tạm", "K'Ho", "Bài, ảnh: Ngọc Thạch"],
["Chủ Nhật, 20/09/2026 06:00 (GMT+7)", "Hơn 15 năm", "Năm 2026", "1 trong 25", "11 lần", "năm nay"]))
