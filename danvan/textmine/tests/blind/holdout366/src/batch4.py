from lib import *
PAGES = []

PAGES.append(page("b8759-khanhhoa-mttq-giamsat-2024", """
Báo Khánh Hòa điện tử
Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 24/05/2024 - 09:20
Giám sát việc phục hồi rừng ngập mặn tại Ninh Hòa và Cam Ranh
Trong 2 ngày 22 và 23/5, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa do bà Võ Thị Tuyết Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Đề án phục hồi rừng ngập mặn tại thị xã Ninh Hòa và thành phố Cam Ranh. Đây là nội dung trong chương trình giám sát năm 2024 của Ủy ban MTTQ Việt Nam tỉnh. Tham gia đoàn có các Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: Lê Thị Hoa, Phan Văn Thái.
Theo báo cáo, thực hiện Quyết định số 1152/QĐ-UBND ngày 10/5/2022 của UBND tỉnh phê duyệt Đề án phục hồi rừng ngập mặn giai đoạn 2022 - 2030, từ năm 2022 đến nay thị xã Ninh Hòa đã trồng mới 52 ha rừng ngập mặn tại các xã Ninh Ích, Ninh Lộc và phường Ninh Hà, kinh phí 4,8 tỷ đồng; Cam Ranh trồng 18 ha ở xã Cam Thịnh Đông và xã Cam Lập. Tổng diện tích rừng ngập mặn toàn tỉnh hiện khoảng 180 ha, nhiều nhất ở đầm Nha Phu và vịnh Cam Ranh.
Qua giám sát thực tế, đoàn ghi nhận tỷ lệ cây sống ở một số khu vực chỉ đạt khoảng 60% do sóng lớn, sâu hại và tình trạng thả lưới, cào nghêu trong rừng non. Mới có 21 hộ dân được giao khoán bảo vệ rừng, mức khoán chưa đủ hấp dẫn; một số diện tích bị lấn chiếm để nuôi tôm chưa được thu hồi.
Ông Nguyễn Văn Sáu, Tổ trưởng Tổ cộng đồng bảo vệ rừng ngập mặn thôn Mỹ Giang, xã Ninh Phước cho biết tổ có 14 thành viên, mỗi tuần tuần tra 2 lần; đề nghị hỗ trợ xuồng, áo phao và kinh phí tuần tra. Ông Trần Đình Tâm, Phó Chủ tịch UBND thị xã Ninh Hòa, tiếp thu ý kiến và cho biết thị xã sẽ đề xuất nâng mức khoán, phối hợp kiểm lâm xử lý dứt điểm các trường hợp lấn chiếm.
Kết luận buổi giám sát, bà Võ Thị Tuyết Nhung đề nghị các địa phương thực hiện đúng Quy định số 124-QĐ/TW ngày 04/10/2023 của Ban Bí thư về giám sát và phản biện xã hội của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội; công khai kế hoạch trồng, chăm sóc rừng để người dân tham gia giám sát; ưu tiên giao khoán cho hộ nghèo, hộ cận nghèo sống ven đầm; phát huy vai trò Ban công tác Mặt trận thôn trong vận động người dân bảo vệ rừng. Đoàn đã tiếp nhận 14 kiến nghị, sẽ tổng hợp gửi UBND tỉnh.
Bà Lê Thị Hoa cho biết, sau đợt giám sát, Ủy ban MTTQ Việt Nam tỉnh sẽ phối hợp Sở Nông nghiệp và PTNT tổ chức hội nghị phản biện về mức hỗ trợ khoán bảo vệ rừng ngập mặn trong quý III/2024.
Hải Lăng
Tin liên quan
- Vạn Ninh: ra quân trồng 5 ha rừng ngập mặn đầm Môn (10/05/2024)
- MTTQ tỉnh phản biện dự thảo quy hoạch vùng ven biển (25/04/2024)
- Cam Ranh: sạt lở bờ biển Cam Lập đe dọa nhà dân (12/04/2024)
""", "2024-05-24", "Giám sát việc phục hồi rừng ngập mặn tại Ninh Hòa và Cam Ranh",
E("giam_sat", "2024", "2024-05-22"),
[P("Võ Thị Tuyết Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Hoa", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Văn Thái", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Sáu", "Tổ trưởng Tổ cộng đồng bảo vệ rừng ngập mặn thôn Mỹ Giang"),
 P("Trần Đình Tâm", "Phó Chủ tịch UBND thị xã Ninh Hòa")],
[Q("52 ha", 52, "ha"), Q("4,8 tỷ đồng", 4800000000, "đồng"), Q("18 ha", 18, "ha"), Q("khoảng 180 ha", 180, "ha", "approx"),
 Q("khoảng 60%", 60, "%", "approx"), Q("21 hộ dân", 21, "hộ dân"), Q("14 thành viên", 14, "thành viên"),
 Q("14 kiến nghị", 14, "kiến nghị")],
[D("Quyết định", "1152", "QĐ-UBND", "2022-05-10", "UBND tỉnh", "Quyết định số 1152/QĐ-UBND ngày 10/5/2022"),
 D("Quy định", "124", "QĐ/TW", "2023-10-04", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 04/10/2023")],
[prov("Khánh Hòa"), com("Ninh Ích"), com("Ninh Lộc"), com("Ninh Hà"), com("Cam Thịnh Đông"), com("Cam Lập"), com("Ninh Phước")],
["Báo Khánh Hòa điện tử", "Chính trị › Mặt trận - Đoàn thể", "Đề án phục hồi rừng ngập mặn", "đầm Nha Phu"],
["Thứ Sáu, 24/05/2024 - 09:20", "2 ngày 22 và 23/5", "chương trình giám sát năm 2024", "giai đoạn 2022 - 2030", "từ năm 2022",
 "mỗi tuần tuần tra 2 lần", "quý III/2024"]))

PAGES.append(page("b8760-binhdinh-mttq-traoqua-2024", """
BÁO BÌNH ĐỊNH ONLINE
Thời sự | Xã hội | Mặt trận
2024-11-14 10:30
Trao 300 suất quà và ra quân trồng rừng ngập mặn ở đầm Thị Nại
Ngày 13/11, Ủy ban MTTQ Việt Nam huyện Tuy Phước, tỉnh Bình Định phối hợp với Hội Chữ thập đỏ huyện và các nhà hảo tâm trao 300 suất quà cho các hộ dân bị ảnh hưởng bởi triều cường, sạt lở bờ đầm ở xã Phước Sơn và xã Phước Thuận. Mỗi suất quà gồm 500.000 đồng tiền mặt và 10 kg gạo, tổng trị giá gần 200 triệu đồng.
Dự buổi trao quà có ông Nguyễn Văn Dũng, Phó Bí thư Thường trực Huyện ủy Tuy Phước; bà Trần Thị Thu Hương, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam huyện. Sau khi trao quà, hơn 400 cán bộ, hội viên, đoàn viên và người dân đã cùng ra quân trồng 3 ha rừng ngập mặn với 15.000 cây đước, cây bần tại bãi bồi thôn Lộc Thượng, xã Phước Thuận.
Theo ông Nguyễn Văn Dũng, đầm Thị Nại từng có hàng trăm ha rừng ngập mặn, nhưng do phá rừng làm đầm nuôi tôm, đến đầu những năm 2000 chỉ còn vài chục ha. Thực hiện Chỉ thị số 45-CT/TU ngày 18/3/2022 của Ban Thường vụ Tỉnh ủy về tăng cường trồng, bảo vệ rừng ngập mặn ven đầm, vịnh, huyện đã trồng mới 41 ha, nâng diện tích rừng ngập mặn toàn huyện lên khoảng 150 ha. Từ năm 2024, việc trồng rừng được hỗ trợ theo Nghị định số 58/2024/NĐ-CP ngày 24/5/2024 của Chính phủ về một số chính sách đầu tư trong lâm nghiệp.
Bà Trần Thị Thu Hương cho biết, đợt mưa lớn cuối tháng 10 vừa qua đã làm sạt lở khoảng 700 m bờ đầm, 35 hộ phải di chuyển tài sản. Mặt trận huyện đã phát động các xã xây dựng mô hình "Dân vận khéo" trong bảo vệ rừng ngập mặn; đến nay có 6 mô hình được công nhận cấp huyện.
Ông Lê Văn Mười, Trưởng thôn Lộc Thượng, bày tỏ: "Có rừng đước đứng phía trước, mùa nước lên sóng yếu hẳn, ghe thuyền có chỗ trú. Bà con nhận quà rồi ai cũng xắn quần xuống bãi trồng cây". Chị Đặng Thị Mỹ Dung, Bí thư Đoàn xã Phước Sơn, cho biết đoàn viên sẽ nhận chăm sóc diện tích vừa trồng trong 12 tháng đầu.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao hỗ trợ 2 căn nhà Đại đoàn kết, mỗi căn 60 triệu đồng, cho 2 hộ nghèo ở xã Phước Sơn có nhà bị hư hỏng do triều cường.
Theo kế hoạch, từ nay đến năm 2025, huyện Tuy Phước tiếp tục vận động nhân dân trồng thêm khoảng 20 ha rừng ngập mặn ven đầm Thị Nại, gắn với phát triển du lịch sinh thái cộng đồng. Ủy ban MTTQ Việt Nam huyện sẽ phối hợp với Hạt Kiểm lâm tổ chức ký cam kết bảo vệ rừng với các hộ nuôi trồng thủy sản ven đầm, đồng thời giám sát việc chăm sóc diện tích rừng vừa trồng để bảo đảm tỷ lệ cây sống.
Lê Nga
Tin liên quan
- Phù Cát: trao 500 suất quà cho ngư dân khó khăn (08/11/2024)
- Quy Nhơn: kè chống sạt lở bờ biển Nhơn Lý đưa vào sử dụng (30/10/2024)
- Tuy Phước: hội thảo phát triển du lịch sinh thái đầm Thị Nại (15/10/2024)
""", "2024-11-14", "Trao 300 suất quà và ra quân trồng rừng ngập mặn ở đầm Thị Nại",
E("trao_qua", None, "2024-11-13"),
[P("Nguyễn Văn Dũng", "Phó Bí thư Thường trực Huyện ủy Tuy Phước"),
 P("Trần Thị Thu Hương", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam huyện"),
 P("Lê Văn Mười", "Trưởng thôn Lộc Thượng"),
 P("Đặng Thị Mỹ Dung", "Bí thư Đoàn xã Phước Sơn")],
[Q("300 suất quà", 300, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("10 kg", 10, "kg"),
 Q("gần 200 triệu đồng", 200000000, "đồng", "approx"), Q("hơn 400 cán bộ, hội viên, đoàn viên và người dân", 400, "cán bộ, hội viên, đoàn viên và người dân", "over"),
 Q("3 ha", 3, "ha"), Q("15.000 cây đước, cây bần", 15000, "cây đước, cây bần"), Q("41 ha", 41, "ha"), Q("khoảng 150 ha", 150, "ha", "approx"),
 Q("khoảng 700 m", 700, "m", "approx"), Q("35 hộ", 35, "hộ"), Q("6 mô hình", 6, "mô hình"),
 Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"), Q("2 hộ nghèo", 2, "hộ nghèo"), Q("khoảng 20 ha", 20, "ha", "approx")],
[D("Chỉ thị", "45", "CT/TU", "2022-03-18", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 45-CT/TU ngày 18/3/2022"),
 D("Nghị định", "58", "2024/NĐ-CP", "2024-05-24", "Chính phủ", "Nghị định số 58/2024/NĐ-CP ngày 24/5/2024")],
[prov("Bình Định"), com("Phước Sơn"), com("Phước Thuận")],
["BÁO BÌNH ĐỊNH ONLINE", "Thời sự | Xã hội | Mặt trận", "Dân vận khéo", "đầm Thị Nại", "Hội Chữ thập đỏ huyện"],
["2024-11-14 10:30", "đầu những năm 2000", "vài chục ha", "hàng trăm ha", "Từ năm 2024", "cuối tháng 10", "12 tháng đầu", "đến năm 2025"]))

PAGES.append(page("b8761-nghean-mttq-quynhluu-tongket-2024", """
Báo Nghệ An điện tử
Trang chủ › Chính trị › Mặt trận
Thứ Năm, 16/01/2025
Ảnh: Đồng chí Hồ Thị Lành phát biểu chỉ đạo hội nghị.
Mặt trận Quỳnh Lưu triển khai nhiệm vụ năm 2025, lấy bảo vệ rừng ven biển làm trọng tâm
Ngày 15/1/2025, Ủy ban MTTQ Việt Nam huyện Quỳnh Lưu tổ chức hội nghị tổng kết công tác Mặt trận năm 2024, triển khai chương trình phối hợp và thống nhất hành động năm 2025. Dự hội nghị có đồng chí Hồ Thị Lành, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy; đồng chí Trần Đức Lợi, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì. Tham dự có 31 đồng chí là chủ tịch Ủy ban MTTQ các xã, thị trấn.
Năm 2024, Mặt trận các cấp huyện Quỳnh Lưu đã vận động nhân dân vùng bãi ngang ven biển tham gia trồng, bảo vệ rừng ngập mặn và phi lao chắn cát. Thực hiện Đề án số 05-ĐA/HU ngày 12/3/2023 của Ban Thường vụ Huyện ủy về phát triển rừng phòng hộ ven biển giai đoạn 2023 - 2027 và Chỉ thị 15, 16-CT/HU của Ban Thường vụ Huyện ủy về công tác dân vận ở vùng biển, các xã Tiến Thủy, Sơn Hải, Quỳnh Thọ, Quỳnh Nghĩa đã trồng mới 25 ha rừng ngập mặn, 18 ha phi lao. Nhân dân đóng góp hơn 3.500 ngày công và khoảng 1,3 tỷ đồng; 46 hộ tự nguyện tháo dỡ lều trại, ao nuôi lấn chiếm bãi triều.
Sau cơn bão số 3 năm 2024, Mặt trận huyện đã tiếp nhận 2,1 tỷ đồng ủng hộ đồng bào các tỉnh phía Bắc và hỗ trợ 120 hộ ngư dân bị thiệt hại tại địa phương. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" tiếp tục được triển khai sâu rộng, 98,2% hộ đạt danh hiệu gia đình văn hóa.
Tại hội nghị, ông Hồ Sỹ Quang, Chủ tịch Ủy ban MTTQ xã Tiến Thủy, chia sẻ: "Bãi triều trước cửa Lạch Quèn trước kia trống trơn, giờ có gần 10 ha rừng đước, sú. Con nghêu, con cua về nhiều, bà con thấy lợi thì tự giữ rừng". Bà Nguyễn Thị Thủy, Trưởng Ban công tác Mặt trận xóm Tân Hải, xã Sơn Hải, kiến nghị hỗ trợ kinh phí cho tổ tuần tra bảo vệ rừng.
Phát biểu chỉ đạo, đồng chí Hồ Thị Lành đề nghị năm 2025 Mặt trận các cấp chuẩn bị tốt đại hội Mặt trận; tiếp tục vận động nhân dân bảo vệ rừng ven biển, giám sát việc sử dụng kinh phí trồng rừng; phát huy vai trò người có uy tín trong giải quyết mâu thuẫn về đất bãi triều; phấn đấu trồng mới từ 20 ha rừng ngập mặn trở lên.
Dịp này, Ủy ban MTTQ Việt Nam huyện tặng giấy khen cho 12 tập thể, 20 cá nhân tiêu biểu; tặng 50 suất quà Tết cho hộ nghèo vùng biển, mỗi suất trị giá 500.000 đồng.
Hoàng Vĩnh
Tin liên quan
- Quỳnh Lưu: 500 đoàn viên ra quân trồng rừng phi lao (20/12/2024)
- MTTQ tỉnh tổng kết công tác năm 2024 (10/01/2025)
- Nghi Lộc: giữ rừng ngập mặn cửa Hội (05/12/2024)
""", "2025-01-16", "Mặt trận Quỳnh Lưu triển khai nhiệm vụ năm 2025, lấy bảo vệ rừng ven biển làm trọng tâm",
E("tong_ket", "2024", "2025-01-15"),
[P("Hồ Thị Lành", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Trần Đức Lợi", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Hồ Sỹ Quang", "Chủ tịch Ủy ban MTTQ xã Tiến Thủy"),
 P("Nguyễn Thị Thủy", "Trưởng Ban công tác Mặt trận xóm Tân Hải")],
[Q("31 đồng chí", 31, "đồng chí"), Q("25 ha", 25, "ha"), Q("18 ha", 18, "ha"), Q("hơn 3.500 ngày công", 3500, "ngày công", "over"),
 Q("khoảng 1,3 tỷ đồng", 1300000000, "đồng", "approx"), Q("46 hộ", 46, "hộ"), Q("2,1 tỷ đồng", 2100000000, "đồng"),
 Q("120 hộ ngư dân", 120, "hộ ngư dân"), Q("98,2%", 98.2, "%"), Q("gần 10 ha", 10, "ha", "approx"),
 Q("từ 20 ha rừng ngập mặn trở lên", 20, "ha", "over"), Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân tiêu biểu", 20, "cá nhân tiêu biểu"),
 Q("50 suất quà", 50, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Đề án", "05", "ĐA/HU", "2023-03-12", "Ban Thường vụ Huyện ủy", "Đề án số 05-ĐA/HU ngày 12/3/2023"),
 D("Chỉ thị", "15", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 15, 16-CT/HU"),
 D("Chỉ thị", "16", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 15, 16-CT/HU")],
[prov("Nghệ An"), com("Tiến Thủy"), com("Sơn Hải"), com("Quỳnh Thọ"), com("Quỳnh Nghĩa")],
["Báo Nghệ An điện tử", "Trang chủ › Chính trị › Mặt trận", "Ảnh: Đồng chí Hồ Thị Lành phát biểu chỉ đạo hội nghị.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lạch Quèn"],
["Thứ Năm, 16/01/2025", "năm 2025", "năm 2024", "31 đồng chí", "giai đoạn 2023 - 2027", "bão số 3 năm 2024", "Chỉ thị 15, 16-CT/HU"]))

PAGES.append(page("b8762-vinhlong-btgdv-soket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG
Trang chủ » Dân vận » Tin hoạt động
Thứ Sáu, 25/07/2025 - 15:40
Lá chắn xanh ven biển: vận động người dân giữ từng mét rừng
Ngày 24/7/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm 2025 - hội nghị đầu tiên sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Đồng chí Nguyễn Thị Minh Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Trần Văn Hiếu, Thạch Thị Kim Phượng, Lê Hoàng Nam.
Theo báo cáo, tỉnh Vĩnh Long mới có khoảng 171 km bờ biển, trải dài qua 18 xã, phường ven biển. 6 tháng đầu năm, triều cường và gió chướng làm sạt lở 14 điểm với tổng chiều dài hơn 6 km, nhiều nhất ở các xã Thạnh Phong, Bảo Thạnh, Thừa Đức, Trường Long Hòa và Đông Hải. Khối dân vận đã phối hợp vận động 236 hộ dân di dời khỏi vùng nguy hiểm; nhân dân đóng góp khoảng 4.200 ngày công làm hàng rào tre giảm sóng dài 5.600 m và trồng mới 68 ha rừng đước, mắm, bần.
Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh và Kế hoạch số 03-KH/BTGDVTU ngày 10/7/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy, các đảng ủy xã ven biển đã kiện toàn tổ dân vận, duy trì 42 mô hình "Dân vận khéo" về giữ rừng, giữ đê của các tỉnh Bến Tre, Trà Vinh trước đây. Quỹ "Vì người nghèo" các cấp đã hỗ trợ 3,5 tỷ đồng xây 58 căn nhà cho hộ di dời.
Tại hội nghị, đồng chí Kim Sa Rươne, Bí thư Đảng ủy xã Trường Long Hòa, cho biết xã có 1.124 hộ đồng bào Khmer sinh sống ven biển; việc vận động thông qua người có uy tín, các vị sư cả chùa Khmer giúp người dân đồng thuận di dời. Đồng chí Huỳnh Văn Tám, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Thạnh Phong, kiến nghị tỉnh sớm đầu tư kè kiên cố đoạn bờ biển dài 2,5 km đang bị sạt lở.
Phát biểu kết luận, đồng chí Nguyễn Thị Minh Tâm yêu cầu 6 tháng cuối năm khối tuyên giáo và dân vận tập trung tuyên truyền, vận động nhân dân đồng thuận với chủ trương vận hành chính quyền địa phương hai cấp; nắm chắc tình hình tư tưởng người dân vùng sạt lở; phối hợp Mặt trận giám sát các công trình chống sạt lở; phấn đấu năm 2025 trồng mới ít nhất 120 ha rừng ngập mặn.
Hội nghị cũng nghe đồng chí Lê Hoàng Nam quán triệt phong trào thi đua "Dân vận khéo" giai đoạn 2025 - 2030.
Thanh Trúc
Tin liên quan
- Đảng ủy xã Bảo Thạnh ra mắt tổ dân vận bảo vệ rừng (18/07/2025)
- Vĩnh Long: 100% xã, phường vận hành chính quyền hai cấp ổn định (10/07/2025)
- Trồng 20 ha rừng ngập mặn tại xã Thừa Đức (05/07/2025)
""", "2025-07-25", "Lá chắn xanh ven biển: vận động người dân giữ từng mét rừng",
E("so_ket", "2025-H1", "2025-07-24"),
[P("Nguyễn Thị Minh Tâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Văn Hiếu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Thị Kim Phượng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Hoàng Nam", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kim Sa Rươne", "Bí thư Đảng ủy xã Trường Long Hòa"),
 P("Huỳnh Văn Tám", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Thạnh Phong")],
[Q("3 tỉnh", 3, "tỉnh"), Q("khoảng 171 km", 171, "km", "approx"), Q("18 xã, phường ven biển", 18, "xã, phường"),
 Q("14 điểm", 14, "điểm"), Q("hơn 6 km", 6, "km", "over"), Q("236 hộ dân", 236, "hộ dân"),
 Q("khoảng 4.200 ngày công", 4200, "ngày công", "approx"), Q("5.600 m", 5600, "m"), Q("68 ha", 68, "ha"),
 Q("42 mô hình", 42, "mô hình"), Q("3,5 tỷ đồng", 3500000000, "đồng"), Q("58 căn nhà", 58, "căn nhà"),
 Q("1.124 hộ đồng bào Khmer", 1124, "hộ đồng bào Khmer"), Q("2,5 km", 2.5, "km"), Q("ít nhất 120 ha", 120, "ha", "over")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Kế hoạch", "03", "KH/BTGDVTU", "2025-07-10", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 03-KH/BTGDVTU ngày 10/7/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Thạnh Phong"), com("Bảo Thạnh"), com("Thừa Đức"),
 com("Trường Long Hòa"), com("Đông Hải")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG", "Trang chủ » Dân vận » Tin hoạt động", "Lá chắn xanh ven biển",
 "Dân vận khéo", "Vì người nghèo"],
["Thứ Sáu, 25/07/2025 - 15:40", "6 tháng đầu năm 2025", "6 tháng cuối năm", "năm 2025", "giai đoạn 2025 - 2030", "hai cấp"]))

PAGES.append(page("b8763-angiang-vankhanh-doithoai-2026", """
Hôm nay: Chủ Nhật, 15/03/2026
TRANG THÔNG TIN ĐIỆN TỬ XÃ VÂN KHÁNH - TỈNH AN GIANG
Trang chủ > Tin tức > Hoạt động của Đảng ủy
Ngày đăng 13/03/2026 | 16:20
Người đứng đầu cấp ủy, chính quyền xã Vân Khánh đối thoại với nhân dân về sạt lở bờ biển Tây
Ngày 12/3/2026, Đảng ủy, UBND xã Vân Khánh tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2026, chuyên đề phòng, chống sạt lở bờ biển và bảo vệ rừng phòng hộ. Đồng chí Danh Hoàng Sơn, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì; cùng chủ trì có đồng chí Lê Văn Thuận, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Tham dự có hơn 180 người dân các ấp ven biển.
Xã Vân Khánh được thành lập trên cơ sở sắp xếp các xã Vân Khánh, Vân Khánh Đông, Vân Khánh Tây thuộc huyện An Minh, tỉnh Kiên Giang trước đây, nay thuộc tỉnh An Giang, có 8,5 km bờ biển Tây. Năm 2025, sạt lở làm mất khoảng 2,3 km đai rừng phòng hộ, có nơi sóng đánh sát chân đê quốc phòng. Tỉnh đã đầu tư tuyến kè dài 1,2 km với tổng vốn 95 tỷ đồng, dự kiến hoàn thành trong năm 2026; phía sau kè sẽ trồng lại 15 ha rừng mắm, đước.
Tại hội nghị, bà Thị Sa Ranh, ấp Xẻo Nhàu, hỏi về thời gian bố trí tái định cư cho 136 hộ trong vùng nguy cơ. Ông Danh Út Nhỏ, người có uy tín ấp Kênh Tư, đề nghị giao khoán rừng phòng hộ cho các hộ nghèo tại chỗ, mỗi hộ khoảng 2 ha, để vừa giữ rừng vừa nuôi cua, sò huyết dưới tán rừng. Ông Nguyễn Văn Lũy hỏi về việc chi trả tiền hỗ trợ đất bị sạt lở năm 2025.
Trả lời ý kiến, đồng chí Lê Văn Thuận cho biết xã đã trình UBND tỉnh phương án bố trí khu tái định cư 4,5 ha; mức hỗ trợ di dời theo quy định của tỉnh là 50 triệu đồng/hộ, hộ nghèo được hỗ trợ thêm 20 triệu đồng. Việc giao khoán rừng sẽ thực hiện theo Nghị định số 58/2024/NĐ-CP của Chính phủ, ưu tiên hộ đồng bào Khmer và hộ nghèo.
Kết luận hội nghị, đồng chí Danh Hoàng Sơn nhấn mạnh, đối thoại là để thực hiện Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Kế hoạch số 12-KH/ĐU ngày 20/01/2026 của Ban Thường vụ Đảng ủy xã. Hội nghị ghi nhận 27 ý kiến, 21 ý kiến được trả lời tại chỗ; các ý kiến còn lại sẽ được trả lời bằng văn bản trong 15 ngày.
Chị Danh Thị Mỹ Tiên, Bí thư Đoàn xã, cho biết Đoàn xã sẽ nhận chăm sóc 5 ha rừng mới trồng sau kè, ra mắt đội "Thanh niên giữ rừng phòng hộ".
Hữu Phước
Tin liên quan
- Xã Vân Khánh ra quân trồng rừng phòng hộ ven biển (28/02/2026)
- Đảng ủy xã quán triệt nghị quyết Đại hội Đảng toàn quốc lần thứ XIV (10/02/2026)
- Trao 200 phần quà Tết cho hộ nghèo ven biển (20/01/2026)
""", "2026-03-13", "Người đứng đầu cấp ủy, chính quyền xã Vân Khánh đối thoại với nhân dân về sạt lở bờ biển Tây",
E("doi_thoai", "2026", "2026-03-12"),
[P("Danh Hoàng Sơn", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lê Văn Thuận", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Thị Sa Ranh"),
 P("Danh Út Nhỏ", "người có uy tín ấp Kênh Tư"),
 P("Nguyễn Văn Lũy"),
 P("Danh Thị Mỹ Tiên", "Bí thư Đoàn xã")],
[Q("hơn 180 người dân", 180, "người dân", "over"), Q("8,5 km", 8.5, "km"), Q("khoảng 2,3 km", 2.3, "km", "approx"),
 Q("1,2 km", 1.2, "km"), Q("95 tỷ đồng", 95000000000, "đồng"), Q("15 ha", 15, "ha"), Q("136 hộ", 136, "hộ"),
 Q("khoảng 2 ha", 2, "ha", "approx"), Q("4,5 ha", 4.5, "ha"), Q("50 triệu đồng/hộ", 50000000, "đồng"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("27 ý kiến", 27, "ý kiến"), Q("21 ý kiến", 21, "ý kiến"), Q("5 ha", 5, "ha")],
[D("Nghị định", "58", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 58/2024/NĐ-CP"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/02/2019"),
 D("Kế hoạch", "12", "KH/ĐU", "2026-01-20", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 12-KH/ĐU ngày 20/01/2026")],
[prov("An Giang"), prov("Kiên Giang"), com("Vân Khánh"), com("Vân Khánh Đông"), com("Vân Khánh Tây")],
["Hôm nay: Chủ Nhật, 15/03/2026", "TRANG THÔNG TIN ĐIỆN TỬ XÃ VÂN KHÁNH - TỈNH AN GIANG", "Trang chủ > Tin tức > Hoạt động của Đảng ủy",
 "Thanh niên giữ rừng phòng hộ"],
["Hôm nay: Chủ Nhật, 15/03/2026", "Ngày đăng 13/03/2026 | 16:20", "năm 2026", "Năm 2025", "năm 2025", "15 ngày"]))

PAGES.append(page("b8764-daklak-xuancanh-guongdienhinh-2026", """
Báo và Phát thanh, Truyền hình Đắk Lắk
Xã hội › Người tốt việc tốt
08/05/2026 06:00
Bà Nguyễn Thị Kim Liên (bìa phải) cùng tổ cộng đồng kiểm tra cây đước mới trồng. Ảnh: Minh Thuận
Người phụ nữ 15 năm "giữ rừng" đước bên đầm Cù Mông
Ở thôn Hòa Mỹ, xã Xuân Cảnh, tỉnh Đắk Lắk, ai cũng biết bà Nguyễn Thị Kim Liên, Tổ trưởng Tổ cộng đồng bảo vệ rừng ngập mặn thôn Hòa Mỹ. Hơn 15 năm qua, người phụ nữ 58 tuổi ấy đã cùng bà con trồng, giữ gìn dải rừng đước dọc bờ đầm Cù Mông - nơi từng bị phá gần hết để làm ao nuôi tôm.
Bà Liên kể, năm 2010 bờ đầm trước nhà chỉ còn lác đác vài bụi đước, mỗi mùa mưa bão nước đánh lở từng mảng đất, nhiều ao nuôi bị vỡ. Bà cùng chồng tự ươm 2.000 cây đước trên bãi trước nhà, rồi đi từng hộ vận động. Đến nay, tổ cộng đồng có 32 thành viên, trực tiếp quản lý, bảo vệ 12,5 ha rừng ngập mặn; mỗi tháng tổ tuần tra ít nhất 8 lần.
"Lúc đầu nhiều người nói tôi dở hơi, trồng cây không ăn được. Giờ con cua, con ốc hương về nhiều, ao không vỡ nữa, bà con mới tin", bà Liên cười. Sau bão số 13 năm 2025, khu vực có rừng gần như không bị sạt lở, trong khi đoạn bờ không có rừng phía nam thôn bị sóng cuốn mất khoảng 200 m bờ đầm.
Ông Trần Văn Bình, Chủ tịch UBND xã Xuân Cảnh, cho biết xã hiện có khoảng 45 ha rừng ngập mặn ven đầm Cù Mông, trong đó 30 ha được giao cho 3 tổ cộng đồng quản lý. Mô hình của bà Liên được Ban Tuyên giáo và Dân vận Tỉnh ủy công nhận là mô hình "Dân vận khéo" tiêu biểu năm 2025. Theo Quyết định số 3105/QĐ-UBND ngày 22/12/2025 của UBND tỉnh, tổ được hỗ trợ 150 triệu đồng để mua xuồng, áo phao và cây giống.
Bà H'Yim Niê, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk, đánh giá: "Sau hợp nhất, tỉnh có thêm bờ biển, đầm vịnh. Những tấm gương như bà Liên là cách làm dân vận gần dân nhất: người dân tự nhận việc, tự giữ rừng, chính quyền đồng hành". Tỉnh đang nhân rộng mô hình ra các xã ven biển, phấn đấu đến năm 2030 có ít nhất 20 tổ cộng đồng bảo vệ rừng ngập mặn.
Anh Lê Văn Hậu, Bí thư Đoàn xã Xuân Cảnh, cho biết đoàn viên thường xuyên cùng tổ của bà Liên trồng dặm cây; năm 2026, Đoàn xã nhận chăm sóc thêm 3 ha. Bà Liên nói giản dị: "Còn sức thì còn trồng. Rừng này để lại cho con cháu".
Những buổi chiều nước ròng, người ta vẫn thấy bà Liên lội bùn ra bãi, nhổ cỏ, gỡ rác bám quanh gốc cây non. Bà bảo, cây đước phải 3 - 4 năm mới đứng vững trước sóng, nên ai trồng mà bỏ là mất công. Nhiều hộ trước kia phá rừng làm ao nay đã tự nguyện nhường lại một phần bờ ao để tổ trồng đước, coi như góp đất giữ làng.
Minh Thuận
Tin liên quan
- Đắk Lắk: trồng 50 ha rừng ngập mặn ven biển năm 2026 (25/04/2026)
- Xã Xuân Cảnh ra mắt tổ cộng đồng thứ ba (10/03/2026)
- Ban Tuyên giáo và Dân vận Tỉnh ủy tôn vinh 100 mô hình "Dân vận khéo" (15/01/2026)
""", "2026-05-08", "Người phụ nữ 15 năm \"giữ rừng\" đước bên đầm Cù Mông",
E("khac", None, None),
[P("Nguyễn Thị Kim Liên", "Tổ trưởng Tổ cộng đồng bảo vệ rừng ngập mặn thôn Hòa Mỹ"),
 P("Trần Văn Bình", "Chủ tịch UBND xã Xuân Cảnh"),
 P("H'Yim Niê", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk"),
 P("Lê Văn Hậu", "Bí thư Đoàn xã Xuân Cảnh")],
[Q("2.000 cây đước", 2000, "cây đước"), Q("32 thành viên", 32, "thành viên"), Q("12,5 ha", 12.5, "ha"),
 Q("ít nhất 8 lần", 8, "lần", "over"), Q("khoảng 200 m", 200, "m", "approx"), Q("khoảng 45 ha", 45, "ha", "approx"),
 Q("30 ha", 30, "ha"), Q("3 tổ cộng đồng", 3, "tổ cộng đồng"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("ít nhất 20 tổ cộng đồng bảo vệ rừng ngập mặn", 20, "tổ cộng đồng bảo vệ rừng ngập mặn", "over"), Q("3 ha", 3, "ha")],
[D("Quyết định", "3105", "QĐ-UBND", "2025-12-22", "UBND tỉnh", "Quyết định số 3105/QĐ-UBND ngày 22/12/2025")],
[prov("Đắk Lắk"), com("Xuân Cảnh")],
["Báo và Phát thanh, Truyền hình Đắk Lắk", "Xã hội › Người tốt việc tốt",
 "Bà Nguyễn Thị Kim Liên (bìa phải) cùng tổ cộng đồng kiểm tra cây đước mới trồng. Ảnh: Minh Thuận", "Dân vận khéo", "đầm Cù Mông"],
["08/05/2026 06:00", "15 năm", "Hơn 15 năm", "58 tuổi", "năm 2010", "bão số 13 năm 2025", "năm 2025", "năm 2030", "năm 2026", "3 - 4 năm"]))
