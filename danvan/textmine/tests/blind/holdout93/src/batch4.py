from lib import *
PAGES = []

PAGES.append(page("b2207-haugiang-bdv-nha-khmer-2024", """
BAN DÂN VẬN TỈNH ỦY HẬU GIANG
Trang chủ › Tin hoạt động › An sinh xã hội
Thứ Ba, 16/04/2024 - 10:20
Bàn giao nhà Đại đoàn kết cho hộ Khmer nghèo dịp Tết Chôl Chnăm Thmây
Đồng chí Lâm Thị Sa Vi trao quyết định bàn giao nhà cho hộ bà Thị Sà Ni.
Ngày 13/4/2024, nhân dịp Tết Chôl Chnăm Thmây, Ban Dân vận Tỉnh ủy Hậu Giang phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức bàn giao 20 căn nhà Đại đoàn kết cho hộ đồng bào Khmer nghèo tại 2 xã Lương Nghĩa, Vĩnh Viễn (huyện Long Mỹ) và thăm, chúc Tết 6 chùa Phật giáo Nam tông Khmer.
Tham dự có đồng chí Lâm Thị Sa Vi, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Trần Văn Huyến, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Hòa thượng Danh Tha, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Cần Thơ Sà Ráng, xã Lương Nghĩa.
Mỗi căn nhà có diện tích 45 m2, trị giá 60 triệu đồng, trong đó nguồn Quỹ "Vì người nghèo" tỉnh hỗ trợ 50 triệu đồng, gia đình và dòng họ đóng góp phần còn lại. Tổng kinh phí xây dựng 20 căn nhà là 1,2 tỷ đồng. Bà Thị Sà Ni, 58 tuổi, ở ấp 10, xã Lương Nghĩa, xúc động: "Cả đời tôi ở nhà lá, năm nay được ăn Tết trong nhà mới, cảm ơn Đảng, Nhà nước".
Tại chùa Cần Thơ Sà Ráng, đồng chí Lâm Thị Sa Vi chúc chư tăng, Achar và bà con một năm mới an khang; thông tin năm 2023 tỉnh đã xây dựng, sửa chữa 412 căn nhà Đại đoàn kết, trong đó 96 căn cho hộ Khmer; thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ với tổng vốn hơn 38 tỷ đồng.
Hòa thượng Danh Tha cảm ơn lãnh đạo tỉnh và cho biết năm nay các chùa tổ chức Tết cổ truyền gọn nhẹ, dành 150 triệu đồng từ tiền phật tử cúng dường để giúp hộ nghèo sửa nhà. Ông Danh Chăn, Achar chùa Cần Thơ Sà Ráng, cùng ông Kiên Sol, người có uy tín ấp 10, đề nghị tỉnh tiếp tục hỗ trợ bê tông hóa tuyến đường dài 1,2 km vào chùa.
Dịp này, đoàn tặng mỗi chùa 5 triệu đồng và trao 300 phần quà Tết cho hộ Khmer nghèo, mỗi phần trị giá 500.000 đồng. Đồng chí Nguyễn Thị Kiều Oanh, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị các địa phương tổ chức vui Tết an toàn, phòng chống đuối nước cho trẻ em, không uống rượu bia khi điều khiển phương tiện giao thông.
Theo Kế hoạch số 63-KH/BDVTU ngày 20/3/2024 của Ban Dân vận Tỉnh ủy, từ nay đến cuối năm 2024, các đoàn thể sẽ vận động xây dựng thêm 80 căn nhà cho đồng bào Khmer, phấn đấu không còn hộ Khmer ở nhà tạm, nhà dột nát.
Sa Rươne
Lượt xem: 829
Tin liên quan
- Phụng Hiệp: họp mặt sư sãi, Achar, người có uy tín (10/04/2024)
- Long Mỹ: ra quân xây dựng 50 căn nhà đại đoàn kết (22/03/2024)
- Hội nghị người có uy tín năm 2024 (05/03/2024)
""", "2024-04-16", "Bàn giao nhà Đại đoàn kết cho hộ Khmer nghèo dịp Tết Chôl Chnăm Thmây",
E("trao_qua", None, "2024-04-13"),
[P("Lâm Thị Sa Vi", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Huyến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Tha", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Cần Thơ Sà Ráng"),
 P("Thị Sà Ni"),
 P("Danh Chăn", "Achar chùa Cần Thơ Sà Ráng"),
 P("Kiên Sol", "người có uy tín ấp 10"),
 P("Nguyễn Thị Kiều Oanh", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("20 căn nhà Đại đoàn kết", 20, "căn nhà Đại đoàn kết"),
 Q("2 xã", 2, "xã"),
 Q("6 chùa Phật giáo Nam tông Khmer", 6, "chùa Phật giáo Nam tông Khmer"),
 Q("45 m2", 45, "m2"),
 Q("60 triệu đồng", 60000000, "đồng"),
 Q("50 triệu đồng", 50000000, "đồng"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("412 căn nhà Đại đoàn kết", 412, "căn nhà Đại đoàn kết"),
 Q("96 căn", 96, "căn"),
 Q("hơn 38 tỷ đồng", 38000000000, "đồng", "over"),
 Q("150 triệu đồng", 150000000, "đồng"),
 Q("1,2 km", 1.2, "km"),
 Q("5 triệu đồng", 5000000, "đồng"),
 Q("300 phần quà", 300, "phần quà"),
 Q("500.000 đồng", 500000, "đồng"),
 Q("80 căn nhà", 80, "căn nhà")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "63", "KH/BDVTU", "2024-03-20", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 63-KH/BDVTU ngày 20/3/2024")],
[prov("Hậu Giang"), com("Lương Nghĩa"), com("Vĩnh Viễn")],
["BAN DÂN VẬN TỈNH ỦY HẬU GIANG", "Trang chủ › Tin hoạt động › An sinh xã hội",
 "Đồng chí Lâm Thị Sa Vi trao quyết định bàn giao nhà cho hộ bà Thị Sà Ni.", "Chôl Chnăm Thmây", "Vì người nghèo",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 829"],
["Thứ Ba, 16/04/2024 - 10:20", "58 tuổi", "ấp 10", "năm 2023", "năm 2024", "Lượt xem: 829"]))

PAGES.append(page("b2208-ninhthuan-bdv-taphuan-bani-2024", """
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Ninh Thuận
Bạn đang ở: Trang chủ > Hoạt động > Công tác tôn giáo
Cập nhật: 16:40, 30/08/2024 (GMT+7)
Lớp tập huấn khai mạc tại Hội trường Ban Dân vận Tỉnh ủy. Ảnh: Đàng Huy
Tập huấn cho 120 vị chức sắc, chức việc Hồi giáo Bà-ni
Trong 2 ngày 28 và 29/8/2024, Ban Dân vận Tỉnh ủy Ninh Thuận phối hợp với Sở Nội vụ tổ chức lớp tập huấn năm 2024 về pháp luật tín ngưỡng, tôn giáo cho 120 vị chức sắc, chức việc Hồi giáo Bà-ni và Hội đồng Chức sắc Hồi giáo Bà-ni tỉnh.
Phát biểu khai mạc, đồng chí Châu Thị Thu Hà, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, cho biết: tỉnh hiện có 22 thánh đường (Sang Magik) Hồi giáo Bà-ni với khoảng 44.000 tín đồ, 1.320 vị chức sắc, trong đó có 46 Po Acar cấp Imưm, Katip. Những năm qua, đội ngũ chức sắc luôn đồng hành cùng cấp ủy, chính quyền, vận động đồng bào tổ chức tháng Ramưwan, lễ Katê, lễ Rija Nưgar đúng quy định.
Các học viên được nghe ông Thiên Văn Bình, Trưởng ban Tôn giáo Sở Nội vụ, giới thiệu Luật Tín ngưỡng, tôn giáo năm 2016 và Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ quy định chi tiết và biện pháp thi hành Luật; nghe đồng chí Đàng Thị Mỹ Hương, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, triển khai Kế hoạch số 86-KH/BDVTU ngày 2/8/2024 của Ban Dân vận Tỉnh ủy về nâng cao vai trò chức sắc Chăm trong xây dựng khối đại đoàn kết.
Tại lớp học, Po Acar Hán Văn Diệm, Chủ tịch Hội đồng Chức sắc Hồi giáo Bà-ni tỉnh, chia sẻ việc hội đồng đã cùng chính quyền giải quyết 5 vụ tranh chấp đất nghĩa trang giữa hai làng Chăm. Ông Ông Văn Điểm, Imưm thánh đường làng Văn Lâm, xã Phước Nam, cho biết năm 2023 thánh đường đã vận động 34 hộ hiến đất làm kênh mương nội đồng. Ông Báo Văn Tân, Katip thánh đường làng Phước Nhơn, xã Xuân Hải, đề nghị mở lớp tiếng Chăm, chữ Akhar Thrah cho chức việc trẻ.
Kết quả bài kiểm tra cuối khóa, 116/120 học viên đạt loại khá, giỏi. Mỗi học viên được hỗ trợ 200.000 đồng/ngày và 1 bộ tài liệu. Ban tổ chức khen thưởng 10 học viên có kết quả cao, mỗi suất 500.000 đồng.
Bế mạc lớp học, đồng chí Châu Thị Thu Hà đề nghị các vị chức sắc về địa phương phổ biến những nội dung đã học đến tín đồ, phát huy phương châm "Tốt đời, đẹp đạo", tiếp tục tham gia phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và giữ vững an ninh ở các làng Chăm. Đồng chí cũng đề nghị Hội đồng Chức sắc rà soát, giới thiệu 15 chức việc trẻ để tiếp tục bồi dưỡng trong năm 2025.
Đàng Huy
Lượt truy cập: 908.114
Tin cùng chuyên mục
- Thăm, chúc mừng chức sắc Hồi giáo Bà-ni nhân tháng Ramưwan (12/03/2024)
- Ninh Phước: đối thoại với người có uy tín trong đồng bào Chăm (21/02/2024)
- Trao 100 suất học bổng cho học sinh Chăm (10/01/2024)
""", "2024-08-30", "Tập huấn cho 120 vị chức sắc, chức việc Hồi giáo Bà-ni",
E("tap_huan", "2024", "2024-08-28"),
[P("Châu Thị Thu Hà", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Thiên Văn Bình", "Trưởng ban Tôn giáo Sở Nội vụ"),
 P("Đàng Thị Mỹ Hương", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Hán Văn Diệm", "Po Acar", "Chủ tịch Hội đồng Chức sắc Hồi giáo Bà-ni tỉnh"),
 P("Ông Văn Điểm", "Imưm thánh đường làng Văn Lâm"),
 P("Báo Văn Tân", "Katip thánh đường làng Phước Nhơn")],
[Q("120 vị chức sắc, chức việc Hồi giáo Bà-ni", 120, "vị chức sắc, chức việc Hồi giáo Bà-ni"),
 Q("22 thánh đường", 22, "thánh đường"),
 Q("khoảng 44.000 tín đồ", 44000, "tín đồ", "approx"),
 Q("1.320 vị chức sắc", 1320, "vị chức sắc"),
 Q("46 Po Acar cấp Imưm, Katip", 46, "Po Acar cấp Imưm, Katip"),
 Q("5 vụ tranh chấp đất nghĩa trang", 5, "vụ tranh chấp đất nghĩa trang"),
 Q("34 hộ", 34, "hộ"),
 Q("116/120 học viên", 116, "học viên"),
 Q("200.000 đồng", 200000, "đồng"),
 Q("10 học viên", 10, "học viên"),
 Q("500.000 đồng", 500000, "đồng"),
 Q("15 chức việc trẻ", 15, "chức việc trẻ")],
[D("Nghị định", "95", "2023/NĐ-CP", "2023-12-29", "Chính phủ", "Nghị định số 95/2023/NĐ-CP ngày 29/12/2023"),
 D("Kế hoạch", "86", "KH/BDVTU", "2024-08-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 86-KH/BDVTU ngày 2/8/2024")],
[prov("Ninh Thuận"), com("Phước Nam"), com("Xuân Hải")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Ninh Thuận", "Bạn đang ở: Trang chủ > Hoạt động > Công tác tôn giáo",
 "Lớp tập huấn khai mạc tại Hội trường Ban Dân vận Tỉnh ủy. Ảnh: Đàng Huy", "Ramưwan", "lễ Katê", "lễ Rija Nưgar",
 "Luật Tín ngưỡng, tôn giáo", "Tốt đời, đẹp đạo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Akhar Thrah",
 "Lượt truy cập: 908.114"],
["Cập nhật: 16:40, 30/08/2024 (GMT+7)", "năm 2024", "năm 2016", "năm 2023", "năm 2025", "1 bộ tài liệu", "Lượt truy cập: 908.114"]))

PAGES.append(page("b2209-cantho-btgdv-senedolta-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY CẦN THƠ
Trang chủ >> Dân vận >> Dân tộc - Tôn giáo
Thứ Sáu, 19/09/2025 - 15:30
Đoàn công tác thăm chùa Kh'Leang. Ảnh: Sơn Lâm
Chúc mừng Lễ Sene Dolta tại các chùa Khmer ở phường Sóc Trăng, xã Lịch Hội Thượng
Ngày 17/9/2025, đoàn công tác Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ do đồng chí Huỳnh Thanh Phong, Thành ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Thành ủy làm trưởng đoàn đã đến thăm, chúc mừng Lễ Sene Dolta năm 2025 tại Hội Đoàn kết sư sãi yêu nước thành phố và các chùa Kh'Leang (phường Sóc Trăng), Trà Set (phường Phú Lợi), Bưng Tum (xã Lịch Hội Thượng).
Đây là dịp Sene Dolta đầu tiên sau khi thành phố Cần Thơ mới được hình thành từ việc hợp nhất thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang, và tổ chức chính quyền địa phương 2 cấp đi vào hoạt động. Theo báo cáo của Ban Tuyên giáo và Dân vận Thành ủy, thành phố hiện có 125 chùa Phật giáo Nam tông Khmer với hơn 3.900 vị sư sãi, gần 560.000 người Khmer, chiếm khoảng 13,7% dân số.
Tại chùa Kh'Leang, Hòa thượng Lâm Sóc Quân, Chủ tịch Hội Đoàn kết sư sãi yêu nước thành phố Cần Thơ, trụ trì chùa Kh'Leang, cảm ơn sự quan tâm của lãnh đạo thành phố. Hòa thượng cho biết, trong 3 ngày lễ, nhà chùa dự kiến đón khoảng 6.000 lượt phật tử; Ban quản trị chùa đã phối hợp với Công an phường Sóc Trăng lập 2 tổ giữ gìn an ninh trật tự, giữ xe miễn phí.
Tại chùa Bưng Tum, Đại đức Thạch Sóc Kênh, trụ trì chùa, và ông Lý Sà Mết, Achar chùa Bưng Tum, cho biết năm nay bà con phum sóc được mùa tôm, lúa; chùa đã vận động phật tử giúp 18 hộ nghèo sửa nhà. Đồng chí Kim Thị Sa Ra, Chủ tịch Ủy ban MTTQ Việt Nam xã Lịch Hội Thượng, thông tin xã mới có 62% dân số là người Khmer, đã hoàn thành xóa 47 căn nhà tạm, nhà dột nát theo Chỉ thị số 42/CT-TTg ngày 10/11/2024 của Thủ tướng Chính phủ.
Đồng chí Huỳnh Thanh Phong chúc chư tăng, Achar và đồng bào một mùa lễ an vui; đề nghị nhà chùa tiếp tục tuyên truyền đồng bào thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, hướng dẫn bà con sử dụng dịch vụ công trực tuyến ở xã, phường mới.
Dịp này, đoàn tặng mỗi chùa 5 triệu đồng và Hội Đoàn kết sư sãi yêu nước thành phố 10 triệu đồng; trao 200 suất quà cho hộ Khmer nghèo, mỗi suất 500.000 đồng. Trước đó, thực hiện Hướng dẫn số 14-HD/BTGDVTU ngày 5/9/2025 của Ban Tuyên giáo và Dân vận Thành ủy, 103 xã, phường trong thành phố đã thành lập các đoàn đến thăm, chúc mừng các chùa và gia đình sư sãi, Achar.
Sơn Lâm
Lượt xem: 1.775
Tin liên quan
- Phường Phú Lợi: họp mặt người có uy tín trong đồng bào Khmer (12/09/2025)
- Xã Lịch Hội Thượng: ra mắt tổ dân vận ấp (28/08/2025)
- Cần Thơ: bàn giao 300 căn nhà cho hộ nghèo (15/08/2025)
""", "2025-09-19", "Chúc mừng Lễ Sene Dolta tại các chùa Khmer ở phường Sóc Trăng, xã Lịch Hội Thượng",
E("trao_qua", None, "2025-09-17"),
[P("Huỳnh Thanh Phong", "Thành ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Lâm Sóc Quân", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước thành phố Cần Thơ", "trụ trì chùa Kh'Leang"),
 P("Thạch Sóc Kênh", "Đại đức", "trụ trì chùa"),
 P("Lý Sà Mết", "Achar chùa Bưng Tum"),
 P("Kim Thị Sa Ra", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lịch Hội Thượng")],
[Q("125 chùa Phật giáo Nam tông Khmer", 125, "chùa Phật giáo Nam tông Khmer"),
 Q("hơn 3.900 vị sư sãi", 3900, "vị sư sãi", "over"),
 Q("gần 560.000 người Khmer", 560000, "người Khmer", "approx"),
 Q("khoảng 13,7%", 13.7, "%", "approx"),
 Q("khoảng 6.000 lượt phật tử", 6000, "lượt phật tử", "approx"),
 Q("2 tổ", 2, "tổ"),
 Q("18 hộ nghèo", 18, "hộ nghèo"),
 Q("62%", 62, "%"),
 Q("47 căn nhà tạm, nhà dột nát", 47, "căn nhà tạm, nhà dột nát"),
 Q("5 triệu đồng", 5000000, "đồng"),
 Q("10 triệu đồng", 10000000, "đồng"),
 Q("200 suất quà", 200, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"),
 Q("103 xã, phường", 103, "xã, phường")],
[D("Chỉ thị", "42", "CT-TTg", "2024-11-10", "Thủ tướng Chính phủ", "Chỉ thị số 42/CT-TTg ngày 10/11/2024"),
 D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024"),
 D("Hướng dẫn", "14", "HD/BTGDVTU", "2025-09-05", "Ban Tuyên giáo và Dân vận Thành ủy", "Hướng dẫn số 14-HD/BTGDVTU ngày 5/9/2025")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Sóc Trăng"), com("Phú Lợi"), com("Lịch Hội Thượng")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY CẦN THƠ", "Trang chủ >> Dân vận >> Dân tộc - Tôn giáo",
 "Đoàn công tác thăm chùa Kh'Leang. Ảnh: Sơn Lâm", "Sene Dolta", "Hội Đoàn kết sư sãi yêu nước thành phố", "Lượt xem: 1.775"],
["Thứ Sáu, 19/09/2025 - 15:30", "năm 2025", "2 cấp", "3 ngày", "Lượt xem: 1.775"]))

PAGES.append(page("b2210-angiang-xachauphong-tongket-2025", """
ĐẢNG BỘ XÃ CHÂU PHONG - TỈNH AN GIANG
Trang chủ | Tin tức | Xây dựng Đảng | Dân vận
Ngày 09/01/2026 | 10:15
Toàn cảnh hội nghị.
Xã Châu Phong triển khai nhiệm vụ công tác dân vận năm 2026
Ngày 7/1/2026, Đảng ủy xã Châu Phong tổ chức hội nghị tổng kết công tác dân vận và công tác Mặt trận, các đoàn thể chính trị - xã hội năm 2025, triển khai phương hướng, nhiệm vụ năm 2026. Đồng chí Nguyễn Văn Thuận, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã chủ trì hội nghị.
Xã Châu Phong được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp xã Châu Phong, xã Lê Chánh và một phần phường Long Phú của thị xã Tân Châu cũ, thuộc tỉnh An Giang mới (hợp nhất tỉnh An Giang và tỉnh Kiên Giang), có 4.860 hộ với hơn 19.000 nhân khẩu, trong đó đồng bào Chăm 1.120 hộ, người Hoa 85 hộ; trên địa bàn có 4 thánh đường và 3 tiểu thánh đường Hồi giáo.
Theo báo cáo, năm 2025 khối dân vận đã chủ động tuyên truyền việc sắp xếp tổ chức bộ máy, vận hành chính quyền địa phương 2 cấp; tiếp nhận và hướng dẫn giải quyết 1.942 hồ sơ thủ tục hành chính, 96% trực tuyến. Ủy ban MTTQ Việt Nam xã vận động Quỹ "Vì người nghèo" được 865 triệu đồng, xóa 31 căn nhà tạm, nhà dột nát, trong đó 17 căn cho hộ Chăm. Xã có 14 mô hình "Dân vận khéo", trong đó 5 mô hình trong đồng bào Chăm.
Tại hội nghị, Hakim Haji Ysa Ly, Hakim thánh đường Mubarak, cho biết trong tháng Ramadan năm 2025, bà con Chăm đã đóng góp 240 triệu đồng giúp 60 hộ khó khăn. Ông Abdol Kô Rim, Imam thánh đường Jamiul Azhar, đề nghị xã quan tâm nạo vét tuyến kênh dài 1,5 km qua xóm Chăm. Bà Sa Ly Mah, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Trưởng ban Công tác Mặt trận ấp Phũm Soài, trình bày cách vận động phụ nữ Chăm tham gia tổ tiết kiệm.
Ban Thường vụ Đảng ủy xã đã ban hành Nghị quyết số 05-NQ/ĐU ngày 20/8/2025 về công tác dân vận trong tình hình mới và Kế hoạch số 12, 13-KH/ĐU của Đảng ủy xã về thực hiện Quy chế dân chủ ở cơ sở, về vận động đồng bào Chăm. Đồng chí Lê Thị Kim Yến, Trưởng Ban Xây dựng Đảng Đảng ủy xã, quán triệt Quy định số 304-QĐ/TW ngày 8/7/2025 của Ban Chấp hành Trung ương về công tác dân vận của hệ thống chính trị.
Phát biểu kết luận, đồng chí Nguyễn Văn Thuận đề nghị năm 2026 tập trung vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; phát huy vai trò của các vị Hakim, Imam, người có uy tín trong đồng bào Chăm; phấn đấu 100% ấp có tổ dân vận hoạt động hiệu quả.
Dịp này, Đảng ủy xã tặng giấy khen cho 8 tập thể, 12 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2025.
Văn phòng Đảng ủy xã
Tin khác
- Xã Châu Phong ra mắt Ủy ban MTTQ Việt Nam xã nhiệm kỳ 2025 - 2030 (05/09/2025)
- Thăm, tặng quà đồng bào Chăm nhân tháng Ramadan (03/03/2025)
- Hội nghị người có uy tín năm 2025 (18/02/2025)
""", "2026-01-09", "Xã Châu Phong triển khai nhiệm vụ công tác dân vận năm 2026",
E("tong_ket", "2025", "2026-01-07"),
[P("Nguyễn Văn Thuận", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Haji Ysa Ly", "Hakim", "Hakim thánh đường Mubarak"),
 P("Abdol Kô Rim", "Imam thánh đường Jamiul Azhar"),
 P("Sa Ly Mah", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Trưởng ban Công tác Mặt trận ấp Phũm Soài"),
 P("Lê Thị Kim Yến", "Trưởng Ban Xây dựng Đảng Đảng ủy xã")],
[Q("4.860 hộ", 4860, "hộ"),
 Q("hơn 19.000 nhân khẩu", 19000, "nhân khẩu", "over"),
 Q("1.120 hộ", 1120, "hộ"),
 Q("85 hộ", 85, "hộ"),
 Q("4 thánh đường", 4, "thánh đường"),
 Q("3 tiểu thánh đường Hồi giáo", 3, "tiểu thánh đường Hồi giáo"),
 Q("1.942 hồ sơ thủ tục hành chính", 1942, "hồ sơ thủ tục hành chính"),
 Q("96%", 96, "%"),
 Q("865 triệu đồng", 865000000, "đồng"),
 Q("31 căn nhà tạm, nhà dột nát", 31, "căn nhà tạm, nhà dột nát"),
 Q("17 căn", 17, "căn"),
 Q("14 mô hình", 14, "mô hình"),
 Q("5 mô hình", 5, "mô hình"),
 Q("240 triệu đồng", 240000000, "đồng"),
 Q("60 hộ", 60, "hộ"),
 Q("1,5 km", 1.5, "km"),
 Q("100%", 100, "%"),
 Q("8 tập thể", 8, "tập thể"),
 Q("12 cá nhân", 12, "cá nhân")],
[D("Nghị quyết", "05", "NQ/ĐU", "2025-08-20", "Ban Thường vụ Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU ngày 20/8/2025"),
 D("Kế hoạch", "12", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 12, 13-KH/ĐU"),
 D("Kế hoạch", "13", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 12, 13-KH/ĐU"),
 D("Quy định", "304", "QĐ/TW", "2025-07-08", "Ban Chấp hành Trung ương", "Quy định số 304-QĐ/TW ngày 8/7/2025")],
[prov("An Giang"), prov("Kiên Giang"), com("Châu Phong"), com("Lê Chánh"), com("Long Phú")],
["ĐẢNG BỘ XÃ CHÂU PHONG - TỈNH AN GIANG", "Trang chủ | Tin tức | Xây dựng Đảng | Dân vận", "Toàn cảnh hội nghị.",
 "Vì người nghèo", "Dân vận khéo", "Ramadan", "Quy chế dân chủ ở cơ sở", "Văn phòng Đảng ủy xã"],
["Ngày 09/01/2026 | 10:15", "năm 2025", "năm 2026", "2 cấp", "khóa XVI", "nhiệm kỳ 2026 - 2031", "1/7/2025"]))

PAGES.append(page("b2211-vinhlong-mttq-giamsat-uytin-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG
Trang chủ › Giám sát, phản biện xã hội
Thứ Sáu, 24/10/2025 - 08:30
Đoàn giám sát làm việc với UBND xã Tập Sơn. Ảnh: Ngọc Bích
Giám sát việc thực hiện chính sách đối với người có uy tín trong đồng bào Khmer
Ngày 22/10/2025, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long do đồng chí Thạch Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số năm 2025 tại UBND xã Tập Sơn và xã Tam Ngãi.
Đây là cuộc giám sát chuyên đề đầu tiên của Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long mới, được hợp nhất từ ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh. Toàn tỉnh hiện có khoảng 340.000 người Khmer, 196 chùa Phật giáo Nam tông Khmer và 412 người có uy tín được UBND tỉnh công nhận.
Thành viên đoàn gồm các đồng chí: Kim Ngọc Sa Vy, Trưởng ban Dân tộc, Tôn giáo Ủy ban MTTQ Việt Nam tỉnh; Lê Minh Tâm, Phó Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy; đại diện Sở Dân tộc và Tôn giáo.
Báo cáo của UBND xã Tập Sơn cho biết, xã mới được sắp xếp từ 3 xã cũ, có 68% dân số là người Khmer với 24 người có uy tín. Thực hiện Quyết định số 12/2018/QĐ-TTg và Quyết định số 28/2023/QĐ-TTg của Thủ tướng Chính phủ, năm 2025 xã đã chi trả chế độ cho người có uy tín với tổng số tiền 187 triệu đồng; tổ chức thăm, tặng quà 48 lượt người có uy tín nhân dịp Tết Nguyên đán, Tết Chôl Chnăm Thmây và Lễ Sene Dolta, mỗi lượt 500.000 đồng.
Ông Thạch Sô Phanh, người có uy tín ấp Đồn Điền, xã Tập Sơn, phản ánh việc cấp phát báo, tạp chí cho người có uy tín bị gián đoạn từ tháng 7/2025 do thay đổi đơn vị quản lý. Đại đức Sơn Chanh Thu, trụ trì chùa Ô Chích, xã Tam Ngãi, kiến nghị có chế độ hỗ trợ hằng tháng cho các vị sư cả, Achar có nhiều đóng góp. Bà Thạch Thị Bô Pha, Chủ tịch Ủy ban MTTQ Việt Nam xã Tam Ngãi, cho biết xã đang rà soát 6 trường hợp người có uy tín chưa được hưởng chế độ do thay đổi địa giới.
Qua giám sát, đồng chí Thạch Thị Thu Hà ghi nhận các xã đã kịp thời chi trả chế độ, chính sách; tuy nhiên việc bình xét, công nhận lại người có uy tín sau sắp xếp địa giới còn chậm; việc tuyên truyền Chỉ thị số 19-CT/TW và Kết luận số 65-KL/TW ở một số ấp chưa sâu. Đoàn đề nghị UBND các xã trong tháng 11/2025 hoàn thành việc rà soát, đề nghị công nhận lại người có uy tín; kiến nghị Sở Dân tộc và Tôn giáo sớm bố trí kinh phí cấp báo, tạp chí.
Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy theo Quy định số 124-QĐ/TW ngày 3/2/2018 của Ban Bí thư về giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam.
Ngọc Bích
Lượt xem: 377
Bài viết liên quan
- Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long mới ra mắt (01/07/2025)
- Chúc mừng Lễ Sene Dolta tại các chùa Khmer (19/09/2025)
- Tập Sơn: họp mặt người có uy tín (26/08/2025)
""", "2025-10-24", "Giám sát việc thực hiện chính sách đối với người có uy tín trong đồng bào Khmer",
E("giam_sat", "2025", "2025-10-22"),
[P("Thạch Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Ngọc Sa Vy", "Trưởng ban Dân tộc, Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Minh Tâm", "Phó Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Sô Phanh", "người có uy tín ấp Đồn Điền"),
 P("Sơn Chanh Thu", "Đại đức", "trụ trì chùa Ô Chích"),
 P("Thạch Thị Bô Pha", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tam Ngãi")],
[Q("khoảng 340.000 người Khmer", 340000, "người Khmer", "approx"),
 Q("196 chùa Phật giáo Nam tông Khmer", 196, "chùa Phật giáo Nam tông Khmer"),
 Q("412 người có uy tín", 412, "người có uy tín"),
 Q("3 xã cũ", 3, "xã cũ"),
 Q("68%", 68, "%"),
 Q("24 người có uy tín", 24, "người có uy tín"),
 Q("187 triệu đồng", 187000000, "đồng"),
 Q("48 lượt người có uy tín", 48, "lượt người có uy tín"),
 Q("500.000 đồng", 500000, "đồng"),
 Q("6 trường hợp", 6, "trường hợp")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 28/2023/QĐ-TTg"),
 D("Chỉ thị", "19", "CT/TW", None, None, "Chỉ thị số 19-CT/TW"),
 D("Kết luận", "65", "KL/TW", None, None, "Kết luận số 65-KL/TW"),
 D("Quy định", "124", "QĐ/TW", "2018-02-03", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 3/2/2018")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Tập Sơn"), com("Tam Ngãi")],
["ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG", "Trang chủ › Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc với UBND xã Tập Sơn. Ảnh: Ngọc Bích", "Chôl Chnăm Thmây", "Sene Dolta", "Lượt xem: 377"],
["Thứ Sáu, 24/10/2025 - 08:30", "năm 2025", "tháng 7/2025", "tháng 11/2025", "Lượt xem: 377"]))

PAGES.append(page("b2212-hcm-phuongcholon-giaoban-q1-2026", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM PHƯỜNG CHỢ LỚN - THÀNH PHỐ HỒ CHÍ MINH
Hôm nay: Thứ Sáu, 17/04/2026
Trang chủ > Tin hoạt động > Công tác người Hoa
Ngày đăng: 27/03/2026 | 15:40
Đồng chí Quách Ngọc Mai phát biểu kết luận giao ban.
Phường Chợ Lớn: giao ban công tác Mặt trận với các hội quán, cơ sở tín ngưỡng người Hoa
Chiều 26/3/2026, Ủy ban MTTQ Việt Nam phường Chợ Lớn tổ chức giao ban công tác Mặt trận quý I năm 2026 với Ban Quản trị các hội quán, cơ sở tín ngưỡng và người có uy tín trong cộng đồng người Hoa. Đồng chí Quách Ngọc Mai, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường chủ trì; dự có đồng chí Trịnh Gia Khang, Phó Chủ tịch UBND phường.
Phường Chợ Lớn được thành lập từ việc sắp xếp các phường 11, 12, 13, 14 của Quận 5 cũ, có hơn 21.000 hộ, trong đó người Hoa chiếm khoảng 48% dân số; trên địa bàn có 9 hội quán, 6 miếu và 2 chùa của người Hoa, trong đó có 3 di tích cấp quốc gia. Đây là một trong những địa bàn tập trung đông người Hoa nhất Thành phố Hồ Chí Minh.
Báo cáo quý I cho biết, các hội quán, cơ sở tín ngưỡng đã phối hợp với Mặt trận phường tổ chức Tết Nguyên đán, Lễ hội Nguyên tiêu năm 2026 trang trọng, an toàn, thu hút khoảng 120.000 lượt du khách. Ủy ban MTTQ phường đã vận động 1,86 tỷ đồng, trao 1.450 phần quà Tết cho hộ nghèo, hộ cận nghèo và người lao động khó khăn; 7 hội quán góp 640 triệu đồng vào Quỹ "Vì người nghèo" phường.
Tại giao ban, ông Diệp Vĩnh Xương, Trưởng ban Quản trị Hội quán Tuệ Thành (chùa Bà Thiên Hậu), đề nghị phường phối hợp tổ chức Lễ vía Bà Thiên Hậu ngày 23 tháng 3 âm lịch an toàn, hạn chế đốt vàng mã. Ông Lưu Khải Minh, Phó Trưởng ban Quản trị Hội quán Nghĩa An, kiến nghị sớm chỉnh trang vỉa hè đoạn trước hội quán. Bà Mạch Huệ Trân, Tổ trưởng tổ dân phố 37, đại diện bà con người Hoa, đề nghị mở thêm lớp tiếng Hoa miễn phí cho trẻ em.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam phường: Lý Tuấn Kiệt, Nguyễn Thị Thanh Thủy báo cáo việc tiếp nhận 23 ý kiến góp ý của nhân dân về dự thảo văn kiện và việc giám sát 4 công trình chỉnh trang đô thị trên địa bàn.
Kết luận giao ban, đồng chí Quách Ngọc Mai đề nghị trong quý II các hội quán tiếp tục phối hợp thực hiện Kế hoạch số 18-KH/MTTQ-BTT ngày 5/1/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam phường về công tác vận động người Hoa năm 2026 và Chỉ thị số 62-CT/TW của Bộ Chính trị; tuyên truyền bà con tham gia cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 vừa qua.
Thiên Ân
Tin liên quan
- Phường Chợ Lớn: sôi nổi Lễ hội Nguyên tiêu năm 2026 (04/03/2026)
- Trao 500 phần quà Tết cho người Hoa khó khăn (10/02/2026)
- Ra mắt tổ dân vận khu phố (15/01/2026)
""", "2026-03-27", "Phường Chợ Lớn: giao ban công tác Mặt trận với các hội quán, cơ sở tín ngưỡng người Hoa",
E("giao_ban", "2026-Q1", "2026-03-26"),
[P("Quách Ngọc Mai", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Trịnh Gia Khang", "Phó Chủ tịch UBND phường"),
 P("Diệp Vĩnh Xương", "Trưởng ban Quản trị Hội quán Tuệ Thành"),
 P("Lưu Khải Minh", "Phó Trưởng ban Quản trị Hội quán Nghĩa An"),
 P("Mạch Huệ Trân", "Tổ trưởng tổ dân phố 37"),
 P("Lý Tuấn Kiệt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Nguyễn Thị Thanh Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("hơn 21.000 hộ", 21000, "hộ", "over"),
 Q("khoảng 48%", 48, "%", "approx"),
 Q("9 hội quán", 9, "hội quán"),
 Q("6 miếu", 6, "miếu"),
 Q("2 chùa", 2, "chùa"),
 Q("3 di tích cấp quốc gia", 3, "di tích cấp quốc gia"),
 Q("khoảng 120.000 lượt du khách", 120000, "lượt du khách", "approx"),
 Q("1,86 tỷ đồng", 1860000000, "đồng"),
 Q("1.450 phần quà", 1450, "phần quà"),
 Q("7 hội quán", 7, "hội quán"),
 Q("640 triệu đồng", 640000000, "đồng"),
 Q("23 ý kiến", 23, "ý kiến"),
 Q("4 công trình chỉnh trang đô thị", 4, "công trình chỉnh trang đô thị")],
[D("Kế hoạch", "18", "KH/MTTQ-BTT", "2026-01-05", "Ban Thường trực Ủy ban MTTQ Việt Nam phường", "Kế hoạch số 18-KH/MTTQ-BTT ngày 5/1/2026"),
 D("Chỉ thị", "62", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 62-CT/TW")],
[prov("Hồ Chí Minh"), com("Chợ Lớn")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM PHƯỜNG CHỢ LỚN - THÀNH PHỐ HỒ CHÍ MINH", "Trang chủ > Tin hoạt động > Công tác người Hoa",
 "Đồng chí Quách Ngọc Mai phát biểu kết luận giao ban.", "Vì người nghèo", "Lễ hội Nguyên tiêu", "Lễ vía Bà Thiên Hậu",
 "Hội quán Tuệ Thành", "Hội quán Nghĩa An"],
["Hôm nay: Thứ Sáu, 17/04/2026", "Ngày đăng: 27/03/2026 | 15:40", "quý I năm 2026", "quý II", "năm 2026",
 "ngày 23 tháng 3 âm lịch", "khóa XVI", "nhiệm kỳ 2026 - 2031", "tổ dân phố 37", "phường 11, 12, 13, 14", "Quận 5"]))
