from lib import *
PAGES = []

PAGES.append(page("b9641-tuyenquang-ngayhoi-ddk-nakha-2021", """
Báo Tuyên Quang điện tử
Chính trị › Mặt trận - Đoàn thể
Thứ Năm, 18/11/2021 - 20:15
Lâm Bình: Ngày hội Đại đoàn kết ở thôn Nà Khà tổ chức gọn, an toàn
Chiều 17/11, thôn Nà Khà, xã Hồng Quang (Lâm Bình) tổ chức Ngày hội Đại đoàn kết toàn dân tộc với quy mô phù hợp, bảo đảm an toàn phòng, chống dịch Covid-19. Dự có đồng chí Hoàng Văn Thạch, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Ma Thị Lụa, Phó Chủ tịch Ủy ban MTTQ tỉnh.
Đồng chí Hoàng Văn Thạch tặng hoa chúc mừng thôn Nà Khà.
Theo Công văn số 1265/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, năm nay ngày hội chỉ tổ chức phần lễ ngắn gọn, không quá 50 người, thực hiện nghiêm Nghị quyết số 128/NQ-CP của Chính phủ về thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19. Các thôn còn lại của xã tổ chức trực tuyến qua hệ thống loa truyền thanh.
Nà Khà có 94 hộ, 402 nhân khẩu, 100% là đồng bào Tày. Thực hiện Nghị quyết số 10-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới giai đoạn 2021 - 2025, năm 2021 nhân dân trong thôn đã hiến 2.600 m2 đất, góp 185 triệu đồng và 900 ngày công làm 1,2 km đường bê tông nội thôn, sửa chữa nhà văn hóa. Thôn có 86 hộ đạt gia đình văn hóa, đạt 91,5%; hộ nghèo giảm còn 19 hộ. Đặc biệt, thôn duy trì được 4 tổ homestay đón khách du lịch đến tham quan hồ thủy điện Na Hang.
Ông Nông Văn Thuận, Trưởng ban công tác Mặt trận thôn Nà Khà, cho biết: "Bà con bảo nhau giữ nhà sàn, giữ làn điệu Then, đàn tính để làm du lịch. Năm tới thôn phấn đấu có thêm 3 hộ làm homestay". Bà Ma Thị Vần, Bí thư Chi bộ kiêm Trưởng thôn Nà Khà, nói thêm: toàn thôn không có người vi phạm pháp luật, không có trẻ em bỏ học.
Phát biểu tại ngày hội, đồng chí Hoàng Văn Thạch biểu dương nhân dân thôn Nà Khà đã đoàn kết vượt qua khó khăn do dịch bệnh, tích cực hưởng ứng cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Đồng chí đề nghị cấp ủy, chính quyền xã Hồng Quang quan tâm đào tạo nghề, giúp thanh niên thôn có việc làm tại chỗ.
Trước phần lễ, các đại biểu đã đến thăm gia đình bà Hà Thị Nhất, một trong những hộ đầu tiên của thôn làm homestay. Từ khi đón khách, mỗi năm gia đình có thêm khoảng 60 triệu đồng, đủ trang trải cho hai con học đại học.
Ông Hà Văn Tiến, Chủ tịch Ủy ban MTTQ xã Hồng Quang, thông báo cả 7 thôn của xã đã hoàn thành ngày hội trước ngày 18/11. Ngày hội khép lại bằng tiết mục hát Then và chương trình bốc thăm trao giấy khen cho các gia đình văn hóa tiêu biểu.
Thu Phương
Tin liên quan
- Sơn Dương: trao 20 nhà Đại đoàn kết cho hộ nghèo (15/11/2021)
- Ngày hội Đại đoàn kết trực tuyến ở thành phố Tuyên Quang (13/11/2021)
- Hàm Yên: 100% khu dân cư tổ chức ngày hội an toàn (11/11/2021)
""", "2021-11-18", "Lâm Bình: Ngày hội Đại đoàn kết ở thôn Nà Khà tổ chức gọn, an toàn",
E("khac", None, "2021-11-17"),
[P("Hoàng Văn Thạch", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ma Thị Lụa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nông Văn Thuận", "Trưởng ban công tác Mặt trận thôn Nà Khà"),
 P("Ma Thị Vần", "Bí thư Chi bộ kiêm Trưởng thôn Nà Khà"),
 P("Hà Văn Tiến", "Chủ tịch Ủy ban MTTQ xã Hồng Quang")],
[Q("không quá 50 người", 50, "người"), Q("94 hộ", 94, "hộ"), Q("402 nhân khẩu", 402, "nhân khẩu"), Q("100%", 100, "%"),
 Q("2.600 m2", 2600, "m2"), Q("185 triệu đồng", 185000000, "đồng"), Q("900 ngày công", 900, "ngày công"), Q("1,2 km", 1.2, "km"),
 Q("86 hộ", 86, "hộ"), Q("91,5%", 91.5, "%"), Q("19 hộ", 19, "hộ"), Q("4 tổ homestay", 4, "tổ homestay"), Q("3 hộ", 3, "hộ"),
 Q("khoảng 60 triệu đồng", 60000000, "đồng", "approx"), Q("7 thôn", 7, "thôn")],
[D("Công văn", "1265", "MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Công văn số 1265/MTTW-BTT"),
 D("Nghị quyết", "128", "NQ-CP", None, "Chính phủ", "Nghị quyết số 128/NQ-CP"),
 D("Nghị quyết", "10", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 10-NQ/TU")],
[prov("Tuyên Quang"), com("Hồng Quang")],
["Báo Tuyên Quang điện tử", "Chính trị › Mặt trận - Đoàn thể", "Đồng chí Hoàng Văn Thạch tặng hoa chúc mừng thôn Nà Khà.",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Then"],
["Thứ Năm, 18/11/2021 - 20:15", "Covid-19", "giai đoạn 2021 - 2025", "năm 2021", "Năm tới", "ngày 18/11"]))

PAGES.append(page("b9642-daklak-bcd-cvd-krongpac-tongket-2021", """
ỦY BAN MTTQ VIỆT NAM HUYỆN KRÔNG PẮC - TỈNH ĐẮK LẮK
Trang chủ / Tin tức / Cuộc vận động - Phong trào
Cập nhật lúc 16:05 ngày 29/12/2021
Ảnh: Các đại biểu chủ trì hội nghị.
Krông Pắc: 142 buôn, thôn, tổ dân phố đạt danh hiệu văn hóa
Ngày 28/12/2021, Ban Chỉ đạo cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" huyện Krông Pắc tổ chức hội nghị tổng kết công tác năm 2021, triển khai phương hướng năm 2022. Đồng chí Y Sang Kbuôr, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Năm 2021, dù chịu ảnh hưởng của dịch Covid-19 và đợt bùng phát dịch lớn nhất từ trước đến nay trên địa bàn tỉnh Đắk Lắk, cuộc vận động vẫn được duy trì tại 196 buôn, thôn, tổ dân phố. Đến nay toàn huyện có 142 buôn, thôn, tổ dân phố đạt danh hiệu văn hóa; 49.830 hộ đạt gia đình văn hóa, chiếm 89,4%; 10/15 xã đạt chuẩn nông thôn mới. Nhân dân đã đóng góp 17,6 tỷ đồng, hiến 5,4 ha đất để làm đường, kênh mương nội đồng. Quỹ "Vì người nghèo" huyện tiếp nhận 1,48 tỷ đồng, xây mới 22 nhà Đại đoàn kết cho hộ nghèo đồng bào Êđê.
Ban Chỉ đạo đã tham mưu Ban Thường vụ Huyện ủy ban hành Kết luận 21, 22-KL/HU về xây dựng buôn văn hóa gắn với bảo tồn văn hóa cồng chiêng và về vận động đồng bào chỉnh trang khuôn viên nhà dài truyền thống. Thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, huyện đã rà soát 38 buôn đặc biệt khó khăn để đưa vào danh mục đầu tư.
Tại hội nghị, ông Y Ngọc Byă, người có uy tín buôn Ea Kung, xã Ea Uy, chia sẻ: "Buôn mình trước có 40 hộ nghèo, giờ còn 11 hộ. Mình đi từng nhà nói bà con không bán đất rẫy, không nghe kẻ xấu xúi giục". Bà H'Lim Mlô, Trưởng ban công tác Mặt trận buôn Ea Kung, đề nghị hỗ trợ thêm bộ chiêng cho đội văn nghệ thanh niên.
Hội nghị cũng chỉ ra những hạn chế: việc đánh giá, bình xét gia đình văn hóa ở một số buôn còn nể nang; tình trạng mua bán, chuyển nhượng đất trái phép ở vùng đồng bào chưa được ngăn chặn triệt để; một số Ban công tác Mặt trận hoạt động cầm chừng.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện: Nguyễn Thị Mai Hương, Y Hoan Niê, Trần Quốc Bảo báo cáo chuyên đề về công tác giám sát, về nhà Đại đoàn kết và về Quy chế phối hợp số 03/QCPH-MTTQ-UBND giữa Ủy ban MTTQ Việt Nam huyện với UBND huyện.
Phát biểu chỉ đạo, đồng chí Lê Văn Định, Phó Bí thư Thường trực Huyện ủy, đề nghị năm 2022 tập trung xây dựng 3 buôn kiểu mẫu; phấn đấu thêm 2 xã đạt chuẩn nông thôn mới, 1 xã đạt nông thôn mới nâng cao. Dịp này, Ủy ban MTTQ Việt Nam huyện tặng giấy khen cho 17 tập thể, 23 cá nhân có thành tích xuất sắc.
H'Nhi
Lượt xem: 940
Tin khác
- Ea Uy: Ngày hội Đại đoàn kết ở buôn Ea Kung (18/11/2021)
- Giám sát việc thực hiện chính sách hỗ trợ người dân gặp khó khăn do dịch (05/11/2021)
- Trao 5 nhà Đại đoàn kết tại xã Ea Yông (20/10/2021)
""", "2021-12-29", "Krông Pắc: 142 buôn, thôn, tổ dân phố đạt danh hiệu văn hóa",
E("tong_ket", "2021", "2021-12-28"),
[P("Y Sang Kbuôr", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện", "Trưởng Ban Chỉ đạo"),
 P("Y Ngọc Byă", "người có uy tín buôn Ea Kung"),
 P("H'Lim Mlô", "Trưởng ban công tác Mặt trận buôn Ea Kung"),
 P("Nguyễn Thị Mai Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Y Hoan Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Trần Quốc Bảo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lê Văn Định", "Phó Bí thư Thường trực Huyện ủy")],
[Q("142 buôn, thôn, tổ dân phố", 142, "buôn, thôn, tổ dân phố"), Q("196 buôn, thôn, tổ dân phố", 196, "buôn, thôn, tổ dân phố"),
 Q("49.830 hộ", 49830, "hộ"), Q("89,4%", 89.4, "%"), Q("10/15 xã", 10, "xã"), Q("17,6 tỷ đồng", 17600000000, "đồng"),
 Q("5,4 ha", 5.4, "ha"), Q("1,48 tỷ đồng", 1480000000, "đồng"), Q("22 nhà Đại đoàn kết", 22, "nhà Đại đoàn kết"),
 Q("38 buôn đặc biệt khó khăn", 38, "buôn đặc biệt khó khăn"), Q("40 hộ nghèo", 40, "hộ nghèo"), Q("11 hộ", 11, "hộ"),
 Q("3 buôn kiểu mẫu", 3, "buôn kiểu mẫu"), Q("2 xã", 2, "xã"), Q("17 tập thể", 17, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Kết luận", "21", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 21, 22-KL/HU"),
 D("Kết luận", "22", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 21, 22-KL/HU"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Quy chế phối hợp", "03", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 03/QCPH-MTTQ-UBND")],
[prov("Đắk Lắk"), com("Ea Uy")],
["ỦY BAN MTTQ VIỆT NAM HUYỆN KRÔNG PẮC - TỈNH ĐẮK LẮK", "Trang chủ / Tin tức / Cuộc vận động - Phong trào",
 "Ảnh: Các đại biểu chủ trì hội nghị.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Lượt xem: 940"],
["Cập nhật lúc 16:05 ngày 29/12/2021", "năm 2021", "năm 2022", "Covid-19", "1 xã", "Lượt xem: 940"]))

PAGES.append(page("b9643-ninhbinh-bcd-ntm-soket-2022", """
Báo Ninh Bình
Kinh tế » Nông nghiệp - Nông thôn
Thứ Sáu, 08/07/2022, 16:45
Toàn cảnh hội nghị. Ảnh: Đức Lâm
Phấn đấu năm 2022 có thêm 12 xã đạt chuẩn nông thôn mới kiểu mẫu
Chiều 7/7, Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Ninh Bình tổ chức hội nghị sơ kết công tác xây dựng nông thôn mới 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022. Đồng chí Tống Quang Thìn, Phó Chủ tịch Thường trực UBND tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo chủ trì hội nghị.
Theo báo cáo, 6 tháng đầu năm 2022, tỉnh đã triển khai Quyết định số 263/QĐ-TTg ngày 22/2/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025 và Quyết định số 318/QĐ-TTg ngày 8/3/2022 ban hành Bộ tiêu chí quốc gia về xã nông thôn mới. UBND tỉnh đã ban hành Quyết định 415, 416/QĐ-UBND về bộ tiêu chí xã nông thôn mới nâng cao và xã nông thôn mới kiểu mẫu của tỉnh.
Đến ngày 30/6/2022, toàn tỉnh có 119/119 xã đạt chuẩn nông thôn mới, 46 xã đạt chuẩn nâng cao, 8 xã đạt chuẩn kiểu mẫu; 6/8 huyện, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới. Tổng nguồn lực huy động trong 6 tháng đạt 1.932 tỷ đồng, trong đó nhân dân đóng góp 148,5 tỷ đồng. Toàn tỉnh có 87 sản phẩm OCOP đạt từ 3 sao trở lên.
Bà Đinh Thị Thu Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết Mặt trận các cấp đã vận động 100% khu dân cư đăng ký xây dựng "Khu dân cư nông thôn mới kiểu mẫu", trong đó 312 khu dân cư đã được công nhận. Ông Bùi Văn Thưởng, Chủ tịch UBND xã Kỳ Phú (Nho Quan), nêu khó khăn của xã vùng đồng bào Mường khi thực hiện tiêu chí thu nhập nâng cao.
Phát biểu kết luận, đồng chí Tống Quang Thìn yêu cầu các huyện thực hiện Nghị quyết số 25-NQ/TU của Ban Thường vụ Tỉnh ủy về xây dựng nông thôn mới kiểu mẫu; không nợ đọng xây dựng cơ bản, chú trọng chất lượng môi trường, cảnh quan. Năm 2022, tỉnh phấn đấu có thêm 12 xã đạt chuẩn kiểu mẫu, 18 xã đạt chuẩn nâng cao, thu nhập bình quân đầu người khu vực nông thôn đạt 58 triệu đồng/năm.
Thảo luận tại hội nghị, đại diện các huyện Gia Viễn, Hoa Lư, Yên Mô đề nghị tỉnh sớm bố trí vốn đối ứng, có cơ chế khuyến khích doanh nghiệp đầu tư vào nông nghiệp; đồng thời hướng dẫn cụ thể cách chấm điểm tiêu chí về chuyển đổi số và về cảnh quan, môi trường ở thôn, xóm. Một số ý kiến lo ngại giá vật liệu xây dựng tăng cao làm chậm tiến độ các công trình đường giao thông, nhà văn hóa.
Dịp này, UBND tỉnh trao Bằng khen cho 9 tập thể, 14 cá nhân có thành tích trong phong trào thi đua "Ninh Bình chung sức xây dựng nông thôn mới".
Hồng Vân
Lượt đọc: 3.105
Tin cùng chuyên mục
- Yên Khánh: ra mắt 4 khu dân cư kiểu mẫu (01/07/2022)
- Nho Quan hỗ trợ đồng bào Mường phát triển du lịch cộng đồng (24/06/2022)
- Kim Sơn: xây dựng 38 tuyến đường hoa (16/06/2022)
""", "2022-07-08", "Phấn đấu năm 2022 có thêm 12 xã đạt chuẩn nông thôn mới kiểu mẫu",
E("so_ket", "2022-H1", "2022-07-07"),
[P("Tống Quang Thìn", "Phó Chủ tịch Thường trực UBND tỉnh", "Phó Trưởng ban Thường trực Ban Chỉ đạo"),
 P("Đinh Thị Thu Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bùi Văn Thưởng", "Chủ tịch UBND xã Kỳ Phú")],
[Q("12 xã", 12, "xã"), Q("119/119 xã", 119, "xã"), Q("46 xã", 46, "xã"), Q("8 xã", 8, "xã"),
 Q("6/8 huyện, thành phố", 6, "huyện, thành phố"), Q("1.932 tỷ đồng", 1932000000000, "đồng"), Q("148,5 tỷ đồng", 148500000000, "đồng"),
 Q("87 sản phẩm OCOP", 87, "sản phẩm OCOP"), Q("100%", 100, "%"), Q("312 khu dân cư", 312, "khu dân cư"), Q("18 xã", 18, "xã"),
 Q("58 triệu đồng", 58000000, "đồng"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Quyết định", "263", "QĐ-TTg", "2022-02-22", "Thủ tướng Chính phủ", "Quyết định số 263/QĐ-TTg ngày 22/2/2022"),
 D("Quyết định", "318", "QĐ-TTg", "2022-03-08", None, "Quyết định số 318/QĐ-TTg ngày 8/3/2022"),
 D("Quyết định", "415", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 415, 416/QĐ-UBND"),
 D("Quyết định", "416", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 415, 416/QĐ-UBND"),
 D("Nghị quyết", "25", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 25-NQ/TU")],
[prov("Ninh Bình"), com("Kỳ Phú")],
["Báo Ninh Bình", "Kinh tế » Nông nghiệp - Nông thôn", "Toàn cảnh hội nghị. Ảnh: Đức Lâm",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Bộ tiêu chí quốc gia về xã nông thôn mới",
 "Khu dân cư nông thôn mới kiểu mẫu", "Ninh Bình chung sức xây dựng nông thôn mới", "Lượt đọc: 3.105"],
["Thứ Sáu, 08/07/2022, 16:45", "năm 2022", "6 tháng đầu năm", "6 tháng cuối năm 2022", "6 tháng đầu năm 2022",
 "giai đoạn 2021 - 2025", "ngày 30/6/2022", "3 sao", "Lượt đọc: 3.105"]))

PAGES.append(page("b9644-camau-khoidanvan-giaoban-thang9-2023", """
BAN DÂN VẬN TỈNH ỦY CÀ MAU
Trang chủ › Hoạt động › Tin trong tỉnh
Thứ Ba, 03/10/2023 | 07:30
Đồng chí Huỳnh Thị Mỹ Ngọc phát biểu chỉ đạo giao ban.
Khối dân vận triển khai nhiệm vụ tháng 10: tập trung vận động chỉnh trang ấp văn hóa
Ngày 2/10, Ban Dân vận Tỉnh ủy Cà Mau tổ chức giao ban khối dân vận đánh giá kết quả công tác tháng 9/2023, triển khai nhiệm vụ tháng 10/2023. Đồng chí Huỳnh Thị Mỹ Ngọc, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì.
Trong tháng 9, các cơ quan khối dân vận đã tập trung tuyên truyền, vận động nhân dân tham gia xây dựng nông thôn mới nâng cao, kiểu mẫu theo Nghị quyết số 06-NQ/TU của Ban Chấp hành Đảng bộ tỉnh; hướng dẫn Ủy ban MTTQ các huyện chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc năm 2023 ở 855 ấp, khóm. Các hội, đoàn thể đã vận động 1.247 hội viên hiến 3,9 ha đất, góp 2,36 tỷ đồng để làm 14 cây cầu bê tông nông thôn; trồng mới 21 km tuyến đường hoa.
Ban Dân vận Tỉnh ủy đã phối hợp kiểm tra việc thực hiện Kế hoạch số 129-KH/BDVTU về xây dựng mô hình "Dân vận khéo" trong nông thôn mới tại huyện Trần Văn Thời, U Minh; qua đó 31 mô hình được công nhận. Tình hình tư tưởng nhân dân cơ bản ổn định, tuy nhiên vẫn còn 6 vụ tranh chấp đất đai kéo dài tại xã Khánh Bình Tây Bắc và thị trấn Sông Đốc.
Thảo luận tại giao ban, ông Danh Út, Trưởng Ban Dân vận Huyện ủy Trần Văn Thời, cho biết huyện đang vận động 96 hộ đồng bào Khmer ấp Cây Bàng, xã Khánh Bình Tây Bắc di dời chuồng trại ra khỏi nhà ở; bà Thạch Thị Kim Ngân, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, thông tin về mô hình "Năm không, ba sạch" của phụ nữ. Ông Lâm Văn Khải, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị các đơn vị phối hợp thẩm định 40 căn nhà Đại đoàn kết đã khởi công.
Phát biểu chỉ đạo, đồng chí Huỳnh Thị Mỹ Ngọc yêu cầu trong tháng 10, khối dân vận bám sát Chỉ thị 23, 24-CT/TU của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng ấp văn hóa và về vận động nhân dân thực hiện nếp sống văn minh; chủ động nắm tình hình dư luận trước kỳ họp HĐND tỉnh; hoàn thành báo cáo sơ kết 2 năm thực hiện Quyết định số 23-QĐ/TW của Bộ Chính trị về thực hiện Quy chế dân vận của hệ thống chính trị.
Đồng chí cũng lưu ý các ngành kiểm tra kỹ hồ sơ đề nghị công nhận ấp văn hóa, tránh để ấp đạt chuẩn nhưng còn hộ chưa có nhà tiêu hợp vệ sinh. Dịp này, Ban Dân vận Tỉnh ủy thông qua dự thảo kế hoạch tổ chức hội thi "Dân vận khéo" cấp tỉnh, dự kiến có 24 tiết mục tham gia.
Phương Mai
Bài viết liên quan
- Năm Căn: giao ban khối dân vận quý III (28/09/2023)
- Trao 20 nhà Đại đoàn kết tại xã Tân Hưng Đông (20/09/2023)
- Đầm Dơi ra mắt mô hình "Dân vận khéo" xây dựng tuyến đường hoa (12/09/2023)
""", "2023-10-03", "Khối dân vận triển khai nhiệm vụ tháng 10: tập trung vận động chỉnh trang ấp văn hóa",
E("giao_ban", "2023-09", "2023-10-02"),
[P("Huỳnh Thị Mỹ Ngọc", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Danh Út", "Trưởng Ban Dân vận Huyện ủy Trần Văn Thời"),
 P("Thạch Thị Kim Ngân", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Lâm Văn Khải", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("855 ấp, khóm", 855, "ấp, khóm"), Q("1.247 hội viên", 1247, "hội viên"), Q("3,9 ha", 3.9, "ha"),
 Q("2,36 tỷ đồng", 2360000000, "đồng"), Q("14 cây cầu bê tông nông thôn", 14, "cây cầu bê tông nông thôn"), Q("21 km", 21, "km"),
 Q("31 mô hình", 31, "mô hình"), Q("6 vụ tranh chấp đất đai kéo dài", 6, "vụ tranh chấp đất đai kéo dài"),
 Q("96 hộ đồng bào Khmer", 96, "hộ đồng bào Khmer"), Q("40 căn nhà Đại đoàn kết", 40, "căn nhà Đại đoàn kết"),
 Q("24 tiết mục", 24, "tiết mục")],
[D("Nghị quyết", "06", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 06-NQ/TU"),
 D("Kế hoạch", "129", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 129-KH/BDVTU"),
 D("Chỉ thị", "23", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 23, 24-CT/TU"),
 D("Chỉ thị", "24", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 23, 24-CT/TU"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc"), com("Sông Đốc")],
["BAN DÂN VẬN TỈNH ỦY CÀ MAU", "Trang chủ › Hoạt động › Tin trong tỉnh", "Đồng chí Huỳnh Thị Mỹ Ngọc phát biểu chỉ đạo giao ban.",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Dân vận khéo", "Năm không, ba sạch", "Quy chế dân vận của hệ thống chính trị"],
["Thứ Ba, 03/10/2023 | 07:30", "tháng 10", "tháng 9/2023", "tháng 10/2023", "Trong tháng 9", "năm 2023", "Năm không, ba sạch", "2 năm"]))

PAGES.append(page("b9645-hanoi-phuong-doithoai-dtvm-2024", """
Báo Hànộimới
Thời sự > Hà Nội > Quận - Huyện
Ngày 20/9/2024 10:35
Phường Phúc Tân: Người dân hiến kế xây dựng phường văn minh đô thị
(HNMO) - Tối 19/9, UBND phường Phúc Tân (quận Hoàn Kiếm, thành phố Hà Nội) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân về xây dựng phường văn minh đô thị năm 2024. Đồng chí Đỗ Hoàng Nam, Bí thư Đảng ủy, Chủ tịch HĐND phường và đồng chí Trịnh Thị Bích Thủy, Phó Bí thư Đảng ủy, Chủ tịch UBND phường chủ trì.
Quang cảnh buổi đối thoại tại nhà văn hóa tổ dân phố số 12.
Phúc Tân là phường ngoài đê sông Hồng với 4.860 hộ, gần 18.000 nhân khẩu. Thực hiện Chỉ thị số 14-CT/QU của Ban Thường vụ Quận ủy Hoàn Kiếm và Kế hoạch số 203/KH-UBND của UBND quận, từ đầu năm đến nay phường đã giải tỏa 312 trường hợp lấn chiếm vỉa hè, lòng đường; cải tạo 2 bãi rác tự phát thành vườn hoa, sân chơi; lắp đặt 46 camera an ninh tại các ngõ. Có 27/28 tổ dân phố đạt danh hiệu "Tổ dân phố văn hóa", 94,8% hộ đạt gia đình văn hóa.
Tại buổi đối thoại, 17 ý kiến của người dân được nêu. Ông Nguyễn Văn Khương, tổ dân phố số 9, phản ánh tình trạng đổ trộm phế thải xây dựng dưới chân cầu Chương Dương; bà Lê Thị Sâm, Tổ trưởng tổ dân phố số 3, đề nghị bố trí thêm điểm tập kết rác có mái che. Ông Phạm Quang Dũng, Trưởng ban công tác Mặt trận tổ dân phố số 12, hỏi về tiến độ cải tạo tuyến đường Phúc Tân. Một số hộ kinh doanh đề nghị phường cho phép sử dụng một phần vỉa hè có thu phí theo Quyết định số 03/2024/QĐ-UBND của UBND thành phố.
Trả lời các ý kiến, đồng chí Trịnh Thị Bích Thủy cho biết phường sẽ phối hợp Đội Quản lý trật tự xây dựng đô thị quận tổ chức chốt trực tại chân cầu từ 22 giờ đến 5 giờ sáng; bố trí thêm 6 điểm tập kết rác trong tháng 10. Đồng chí Đoàn Minh Tâm, Phó Chủ tịch UBND quận Hoàn Kiếm, thông tin dự án cải tạo đường Phúc Tân dự kiến khởi công trong quý I/2025 với tổng mức đầu tư khoảng 36 tỷ đồng.
Bà Nguyễn Thị Hương Giang, Chủ tịch Ủy ban MTTQ Việt Nam phường, cho biết Mặt trận sẽ tiếp tục phát huy vai trò giám sát của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng và vận động 100% hộ ký cam kết thực hiện nếp sống văn minh theo Quy tắc ứng xử nơi công cộng của Thủ đô.
Kết thúc buổi đối thoại, đồng chí Đỗ Hoàng Nam đề nghị các tổ dân phố tiếp tục thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", phấn đấu năm 2024 phường được công nhận đạt chuẩn văn minh đô thị.
Hà Phong
Tin liên quan
- Hoàn Kiếm: ra mắt 5 tuyến phố văn minh mới (13/09/2024)
- Phường Chương Dương tổ chức đối thoại về giải phóng mặt bằng (05/09/2024)
- Bãi rác thành vườn hoa ở bãi giữa sông Hồng (28/08/2024)
""", "2024-09-20", "Phường Phúc Tân: Người dân hiến kế xây dựng phường văn minh đô thị",
E("doi_thoai", "2024", "2024-09-19"),
[P("Đỗ Hoàng Nam", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
 P("Trịnh Thị Bích Thủy", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Nguyễn Văn Khương"),
 P("Lê Thị Sâm", "Tổ trưởng tổ dân phố số 3"),
 P("Phạm Quang Dũng", "Trưởng ban công tác Mặt trận tổ dân phố số 12"),
 P("Đoàn Minh Tâm", "Phó Chủ tịch UBND quận Hoàn Kiếm"),
 P("Nguyễn Thị Hương Giang", "Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("4.860 hộ", 4860, "hộ"), Q("gần 18.000 nhân khẩu", 18000, "nhân khẩu", "approx"), Q("312 trường hợp", 312, "trường hợp"),
 Q("2 bãi rác tự phát", 2, "bãi rác tự phát"), Q("46 camera an ninh", 46, "camera an ninh"), Q("27/28 tổ dân phố", 27, "tổ dân phố"),
 Q("94,8%", 94.8, "%"), Q("17 ý kiến", 17, "ý kiến"), Q("6 điểm tập kết rác", 6, "điểm tập kết rác"),
 Q("khoảng 36 tỷ đồng", 36000000000, "đồng", "approx"), Q("100%", 100, "%")],
[D("Chỉ thị", "14", "CT/QU", None, "Ban Thường vụ Quận ủy Hoàn Kiếm", "Chỉ thị số 14-CT/QU"),
 D("Kế hoạch", "203", "KH-UBND", None, "UBND quận", "Kế hoạch số 203/KH-UBND"),
 D("Quyết định", "03", "2024/QĐ-UBND", None, "UBND thành phố", "Quyết định số 03/2024/QĐ-UBND")],
[prov("Hà Nội"), com("Phúc Tân")],
["Báo Hànộimới", "Thời sự > Hà Nội > Quận - Huyện", "(HNMO)", "Quang cảnh buổi đối thoại tại nhà văn hóa tổ dân phố số 12.",
 "Tổ dân phố văn hóa", "Quy tắc ứng xử nơi công cộng của Thủ đô", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Đội Quản lý trật tự xây dựng đô thị quận"],
["Ngày 20/9/2024 10:35", "năm 2024", "tổ dân phố số 9", "tổ dân phố số 3", "22 giờ", "5 giờ sáng", "tháng 10", "quý I/2025"]))

PAGES.append(page("b9646-quangnam-traonha-ddk-traleng-2025", """
QUẢNG NAM ONLINE - Báo Quảng Nam
Xã hội / Mặt trận / Nhà Đại đoàn kết
16.05.2025 | 10:12
Bà con Xê Đăng ở làng Trà Dinh nhận chìa khóa nhà mới.
Trao 36 nhà Đại đoàn kết cho hộ nghèo xã Trà Leng
(QNO) - Sáng 15/5, tại xã Trà Leng (Nam Trà My), Ủy ban MTTQ Việt Nam tỉnh phối hợp với UBND huyện Nam Trà My tổ chức lễ bàn giao 36 nhà Đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở, hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025".
Dự buổi lễ có đồng chí Nguyễn Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Hồ Văn Điều, Phó Chủ tịch UBND huyện Nam Trà My; đại diện Tập đoàn Sông Hồng Xanh, đơn vị tài trợ.
Các căn nhà có diện tích từ 40 m2 trở lên, được xây dựng theo mẫu nhà chống lũ, bão, với tổng kinh phí gần 2,9 tỷ đồng, trong đó Quỹ "Vì người nghèo" tỉnh hỗ trợ 60 triệu đồng/căn, phần còn lại do doanh nghiệp tài trợ và người dân đối ứng ngày công. Tất cả 36 hộ đều là đồng bào Xê Đăng và Ca Dong, nhiều hộ trước đây sống trong nhà tạm dựng bằng tre nứa ven suối, thường xuyên bị sạt lở đe dọa.
Theo Kế hoạch số 45/KH-UBND ngày 14/11/2024 của UBND tỉnh về xóa nhà tạm, nhà dột nát, toàn tỉnh phải hoàn thành 6.528 căn trước ngày 30/8/2025. Đến giữa tháng 5, đã có 4.911 căn được khởi công, 3.470 căn hoàn thành và bàn giao. Riêng huyện Nam Trà My có 612 hộ thuộc diện hỗ trợ.
Xúc động khi nhận chìa khóa nhà mới, bà Hồ Thị Mai ở làng Trà Dinh nói: "Mấy năm mưa lũ, cả nhà 6 người phải chạy lên nhà văn hóa ngủ nhờ. Giờ có nhà kiên cố, mình yên tâm cho con đi học". Ông Hồ Văn Lợi, Bí thư Chi bộ thôn 1, xã Trà Leng, cho biết thôn đã huy động 120 thanh niên giúp vận chuyển vật liệu lên các điểm xây nhà xa đường ô tô.
Phát biểu tại buổi lễ, đồng chí Nguyễn Thị Hồng Nhung đề nghị chính quyền địa phương hướng dẫn các hộ sử dụng, giữ gìn nhà; gắn việc xóa nhà tạm với hỗ trợ sinh kế, trồng sâm Ngọc Linh dưới tán rừng để người dân thoát nghèo bền vững. Đồng chí cũng đề nghị các xã chuẩn bị tốt cho việc sắp xếp đơn vị hành chính, không để ảnh hưởng tiến độ bàn giao nhà cho dân.
Dịp này, Ban tổ chức trao tặng mỗi hộ 1 bộ nồi cơm điện và chăn màn; Hội Chữ thập đỏ huyện trao 50 suất quà cho học sinh nghèo làng Trà Dinh, mỗi suất trị giá 500.000 đồng.
Văn Hiền
Tin liên quan
- Tây Giang: bàn giao 24 nhà cho đồng bào Cơ Tu (08/05/2025)
- Phước Sơn: còn 180 căn nhà tạm cần xóa trước tháng 8 (29/04/2025)
- Mặt trận tỉnh tiếp nhận 12 tỷ đồng ủng hộ xóa nhà tạm (21/04/2025)
- Bắc Trà My: vận động 300 ngày công giúp dựng nhà cho hộ nghèo (15/04/2025)
""", "2025-05-16", "Trao 36 nhà Đại đoàn kết cho hộ nghèo xã Trà Leng",
E("trao_qua", None, "2025-05-15"),
[P("Nguyễn Thị Hồng Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Điều", "Phó Chủ tịch UBND huyện Nam Trà My"),
 P("Hồ Thị Mai"),
 P("Hồ Văn Lợi", "Bí thư Chi bộ thôn 1")],
[Q("36 nhà Đại đoàn kết", 36, "nhà Đại đoàn kết"), Q("từ 40 m2 trở lên", 40, "m2", "over"),
 Q("gần 2,9 tỷ đồng", 2900000000, "đồng", "approx"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("36 hộ", 36, "hộ"), Q("6.528 căn", 6528, "căn"), Q("4.911 căn", 4911, "căn"), Q("3.470 căn", 3470, "căn"), Q("612 hộ", 612, "hộ"),
 Q("6 người", 6, "người"), Q("120 thanh niên", 120, "thanh niên"), Q("50 suất quà", 50, "suất quà"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "45", "KH-UBND", "2024-11-14", "UBND tỉnh", "Kế hoạch số 45/KH-UBND ngày 14/11/2024")],
[prov("Quảng Nam"), com("Trà Leng")],
["QUẢNG NAM ONLINE - Báo Quảng Nam", "Xã hội / Mặt trận / Nhà Đại đoàn kết", "(QNO)",
 "Bà con Xê Đăng ở làng Trà Dinh nhận chìa khóa nhà mới.", "Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025",
 "Vì người nghèo", "Tập đoàn Sông Hồng Xanh", "Hội Chữ thập đỏ huyện"],
["16.05.2025 | 10:12", "ngày 30/8/2025", "giữa tháng 5", "Mấy năm", "thôn 1", "1 bộ nồi cơm điện"]))
