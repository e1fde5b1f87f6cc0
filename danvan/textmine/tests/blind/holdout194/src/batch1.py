from lib import *
PAGES = []

PAGES.append(page("b4613-thainguyen-mttq-ramat-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ CHỢ RÃ - TỈNH THÁI NGUYÊN
Trang chủ > Mặt trận - Đoàn thể > Tin hoạt động
Ngày đăng 12/08/2025 | 16:20
Ảnh: Các Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam xã ra mắt hội nghị.
Ủy ban MTTQ Việt Nam xã Chợ Rã ra mắt, kiện toàn bộ máy sau sắp xếp
Chiều 11/8, Ủy ban MTTQ Việt Nam xã Chợ Rã tổ chức hội nghị công bố các quyết định về công tác cán bộ và ra mắt Ban Thường trực Ủy ban MTTQ Việt Nam xã nhiệm kỳ 2024 - 2029. Dự hội nghị có đồng chí Hoàng Văn Quyết, Bí thư Đảng ủy xã; đồng chí Ma Thị Thúy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên cùng 96 đại biểu là ủy viên Ủy ban MTTQ xã, bí thư chi bộ, trưởng ban công tác Mặt trận các thôn.
Xã Chợ Rã được thành lập trên cơ sở sắp xếp thị trấn Chợ Rã, xã Thượng Giáo và xã Địa Linh của tỉnh Bắc Kạn (cũ) theo Nghị quyết số 1683/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội; có diện tích tự nhiên 178 km2, hơn 19.800 nhân khẩu với 4.760 hộ, 7 dân tộc cùng sinh sống, đông nhất là đồng bào Tày, Dao.
Tại hội nghị, đồng chí Lường Văn Toán, Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng Đảng ủy xã công bố Quyết định số 142-QĐ/ĐU ngày 08/7/2025 của Ban Thường vụ Đảng ủy xã về chỉ định nhân sự Ủy ban MTTQ Việt Nam xã; Quyết định số 05/QĐ-MTTQ về công nhận 32 Ban công tác Mặt trận ở khu dân cư.
Theo đó, Ủy ban MTTQ Việt Nam xã Chợ Rã có 58 ủy viên, Ban Thường trực gồm 5 đồng chí. Đồng chí Nông Thị Hạnh, Phó Bí thư Đảng ủy xã, giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; các đồng chí Triệu Văn Sình, Hà Thị Mây, Lục Văn Khiêm giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã; đồng chí Bàn Thị Liên là Ủy viên Thường trực, Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam xã. Đồng chí Hà Thị Mây đồng thời là Chủ tịch Hội Liên hiệp Phụ nữ xã; đồng chí Lục Văn Khiêm kiêm Chủ tịch Hội Cựu chiến binh xã.
Đồng chí Nông Thị Hạnh phát biểu nhận nhiệm vụ. Ảnh: Minh Thư
Ngay sau khi đi vào hoạt động, Mặt trận xã đã phát động ủng hộ Quỹ "Vì người nghèo", tiếp nhận 86,5 triệu đồng; hỗ trợ 12 hộ nghèo sửa chữa nhà ở, mỗi hộ 20 triệu đồng; phối hợp tổ chức 9 hội nghị đối thoại, lắng nghe 214 ý kiến góp ý của nhân dân về hoạt động của chính quyền xã mới.
Phát biểu chỉ đạo, đồng chí Hoàng Văn Quyết đề nghị Ủy ban MTTQ xã sớm ban hành quy chế làm việc, quán triệt Kết luận số 150-KL/TW của Bộ Chính trị và Hướng dẫn số 22-HD/MTTW-BTT ngày 30/6/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; giữ mối liên hệ thường xuyên với người có uy tín, không để người dân "đi xa" hơn khi thủ tục hành chính chuyển về xã.
Đồng chí Ma Thị Thúy ghi nhận sự chủ động của xã trong những ngày đầu vận hành chính quyền hai cấp, đề nghị phát huy vai trò 32 Ban công tác Mặt trận, tiếp tục thực hiện Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Minh Thư - Văn phòng HĐND-UBND xã
Lượt truy cập: 1.245
Tin liên quan
- Xã Chợ Rã tổ chức Đại hội Đảng bộ lần thứ I, nhiệm kỳ 2025 - 2030 (05/08/2025)
- Hội Nông dân xã ra mắt Ban Chấp hành lâm thời (30/07/2025)
- Trao 10 suất học bổng cho học sinh nghèo vượt khó (24/07/2025)
""", "2025-08-12", "Ủy ban MTTQ Việt Nam xã Chợ Rã ra mắt, kiện toàn bộ máy sau sắp xếp",
E("hoi_nghi", None, "2025-08-11"),
[P("Hoàng Văn Quyết", "Bí thư Đảng ủy xã"),
 P("Ma Thị Thúy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên"),
 P("Lường Văn Toán", "Ủy viên Ban Thường vụ", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Nông Thị Hạnh", "Phó Bí thư Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Triệu Văn Sình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Hà Thị Mây", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Lục Văn Khiêm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Cựu chiến binh xã"),
 P("Bàn Thị Liên", "Ủy viên Thường trực", "Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam xã")],
[Q("96 đại biểu", 96, "đại biểu"), Q("178 km2", 178, "km2"), Q("hơn 19.800 nhân khẩu", 19800, "nhân khẩu", "over"),
 Q("4.760 hộ", 4760, "hộ"), Q("7 dân tộc", 7, "dân tộc"), Q("32 Ban công tác Mặt trận", 32, "Ban công tác Mặt trận"),
 Q("58 ủy viên", 58, "ủy viên"), Q("5 đồng chí", 5, "đồng chí"), Q("86,5 triệu đồng", 86500000, "đồng"),
 Q("12 hộ nghèo", 12, "hộ nghèo"), Q("20 triệu đồng", 20000000, "đồng"), Q("9 hội nghị đối thoại", 9, "hội nghị đối thoại"),
 Q("214 ý kiến", 214, "ý kiến")],
[D("Nghị quyết", "1683", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1683/NQ-UBTVQH15 ngày 16/6/2025"),
 D("Quyết định", "142", "QĐ/ĐU", "2025-07-08", "Ban Thường vụ Đảng ủy xã", "Quyết định số 142-QĐ/ĐU ngày 08/7/2025"),
 D("Quyết định", "05", "QĐ-MTTQ", None, None, "Quyết định số 05/QĐ-MTTQ"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận số 150-KL/TW"),
 D("Hướng dẫn", "22", "HD/MTTW-BTT", "2025-06-30", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 22-HD/MTTW-BTT ngày 30/6/2025")],
[prov("Thái Nguyên"), prov("Bắc Kạn"), com("Chợ Rã"), com("Thượng Giáo"), com("Địa Linh")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ CHỢ RÃ - TỈNH THÁI NGUYÊN", "Trang chủ > Mặt trận - Đoàn thể > Tin hoạt động",
 "Ảnh: Các Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam xã ra mắt hội nghị.", "Đồng chí Nông Thị Hạnh phát biểu nhận nhiệm vụ. Ảnh: Minh Thư",
 "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt truy cập: 1.245"],
["Ngày đăng 12/08/2025 | 16:20", "nhiệm kỳ 2024 - 2029", "5 đồng chí", "Lượt truy cập: 1.245"]))

PAGES.append(page("b4614-hanoi-mttq-giaoban-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM PHƯỜNG HOÀN KIẾM - THÀNH PHỐ HÀ NỘI
Đoàn kết - Dân chủ - Đồng thuận - Đổi mới
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận
Cập nhật: 09:42, 08/10/2025 (GMT+7)
Ảnh: Quang cảnh hội nghị giao ban.
Giao ban Mặt trận và các tổ chức chính trị - xã hội phường tháng 9
Sáng 7/10, Ban Thường trực Ủy ban MTTQ Việt Nam phường Hoàn Kiếm (thành phố Hà Nội) tổ chức hội nghị giao ban công tác Mặt trận và các tổ chức chính trị - xã hội tháng 9/2025, triển khai nhiệm vụ tháng 10. Đồng chí Đỗ Thị Thu Hằng, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường chủ trì. Dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam phường: Nguyễn Quang Vinh, Lê Thị Bích Ngọc, Phạm Tuấn Anh và 41 đồng chí là trưởng ban công tác Mặt trận các tổ dân phố.
Báo cáo cho biết, trong tháng 9, Mặt trận và các đoàn thể phường đã tổ chức 18 buổi sinh hoạt chuyên đề, tuyên truyền Luật Tổ chức chính quyền địa phương năm 2025 và Nghị quyết số 57-NQ/TW, 66-NQ/TW, 68-NQ/TW của Bộ Chính trị tới hơn 3.600 lượt hội viên, đoàn viên. Ban Thường trực đã phối hợp tiếp nhận, chuyển 27 đơn thư, kiến nghị của công dân; 23/27 đơn đã được trả lời.
Các chi hội, tổ hội vận động được 312 triệu đồng ủng hộ đồng bào các tỉnh miền Bắc bị thiệt hại do bão số 10; 1.450 suất quà Trung thu được trao cho thiếu nhi có hoàn cảnh khó khăn. Hội Liên hiệp Phụ nữ phường kết nạp 64 hội viên mới, nâng tổng số lên 5.218 hội viên; Đoàn Thanh niên phường ra quân 6 đợt làm sạch tuyến phố, thu gom khoảng 4 tấn rác thải.
Đồng chí Tô Minh Châu, Chủ tịch Hội Cựu chiến binh phường, đề nghị rà soát lại 214 cựu chiến binh cao tuổi sống một mình để có kế hoạch thăm hỏi; bà Vũ Thị Lan Phương, Trưởng ban công tác Mặt trận tổ dân phố số 9, phản ánh việc chuyển hồ sơ sang Trung tâm Phục vụ hành chính công phường còn lúng túng với người cao tuổi.
Đồng chí Nguyễn Quang Vinh phát biểu tại hội nghị. Ảnh: Hà Linh
Kết luận hội nghị, đồng chí Đỗ Thị Thu Hằng yêu cầu trong tháng 10 tập trung thực hiện Kế hoạch số 36/KH-MTTQ-BTT ngày 25/9/2025 của Ban Thường trực về tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 41 khu dân cư; hoàn thành việc lấy ý kiến góp ý dự thảo văn kiện Đại hội XIV của Đảng trước ngày 20/10; phấn đấu 100% tổ dân phố tổ chức Ngày hội trước 15/11.
Hà Linh
Lượt xem: 2.037
Tin khác
- Phường Hoàn Kiếm ra mắt Ban Thường trực Ủy ban MTTQ Việt Nam phường (03/07/2025)
- Trao 50 suất quà cho người cao tuổi neo đơn (28/09/2025)
- Giao ban Mặt trận tháng 8/2025 (09/09/2025)
- Phường Hoàn Kiếm phát động ủng hộ đồng bào bị thiệt hại do bão lũ (02/10/2025)
- Hội Liên hiệp Phụ nữ phường ra mắt mô hình "Tổ phụ nữ tự quản an toàn thực phẩm" (22/09/2025)
""", "2025-10-08", "Giao ban Mặt trận và các tổ chức chính trị - xã hội phường tháng 9",
E("giao_ban", "2025-09", "2025-10-07"),
[P("Đỗ Thị Thu Hằng", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Nguyễn Quang Vinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Lê Thị Bích Ngọc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Phạm Tuấn Anh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Tô Minh Châu", "Chủ tịch Hội Cựu chiến binh phường"),
 P("Vũ Thị Lan Phương", "Trưởng ban công tác Mặt trận tổ dân phố số 9")],
[Q("41 đồng chí", 41, "đồng chí"), Q("18 buổi sinh hoạt chuyên đề", 18, "buổi sinh hoạt chuyên đề"),
 Q("hơn 3.600 lượt hội viên, đoàn viên", 3600, "lượt hội viên, đoàn viên", "over"), Q("27 đơn thư, kiến nghị", 27, "đơn thư, kiến nghị"),
 Q("23/27 đơn", 23, "đơn"), Q("312 triệu đồng", 312000000, "đồng"), Q("1.450 suất quà", 1450, "suất quà"),
 Q("64 hội viên mới", 64, "hội viên mới"), Q("5.218 hội viên", 5218, "hội viên"), Q("6 đợt", 6, "đợt"),
 Q("khoảng 4 tấn", 4, "tấn", "approx"), Q("214 cựu chiến binh cao tuổi", 214, "cựu chiến binh cao tuổi"),
 Q("41 khu dân cư", 41, "khu dân cư"), Q("100%", 100, "%")],
[D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW, 66-NQ/TW, 68-NQ/TW"),
 D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW, 66-NQ/TW, 68-NQ/TW"),
 D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW, 66-NQ/TW, 68-NQ/TW"),
 D("Kế hoạch", "36", "KH-MTTQ-BTT", "2025-09-25", "Ban Thường trực", "Kế hoạch số 36/KH-MTTQ-BTT ngày 25/9/2025")],
[prov("Hà Nội"), com("Hoàn Kiếm")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM PHƯỜNG HOÀN KIẾM - THÀNH PHỐ HÀ NỘI", "Đoàn kết - Dân chủ - Đồng thuận - Đổi mới",
 "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận", "Ảnh: Quang cảnh hội nghị giao ban.",
 "Đồng chí Nguyễn Quang Vinh phát biểu tại hội nghị. Ảnh: Hà Linh", "Luật Tổ chức chính quyền địa phương năm 2025",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 2.037"],
["Cập nhật: 09:42, 08/10/2025 (GMT+7)", "tháng 9/2025", "41 đồng chí", "bão số 10", "Đại hội XIV", "Lượt xem: 2.037"]))

PAGES.append(page("b4615-nghean-hnd-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN DIỄN CHÂU - NGHỆ AN
Tin tức >> Tin từ xã, thị trấn
15-12-2011 08:30
Hội Nông dân xã Diễn Kỷ tổng kết công tác Hội và phong trào nông dân năm 2011
Ngày 13/12, Hội Nông dân xã Diễn Kỷ (huyện Diễn Châu, tỉnh Nghệ An) tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2011, triển khai nhiệm vụ năm 2012. Về dự có đồng chí Hoàng Văn Lộc, HUV, Chủ tịch Hội Nông dân huyện; đồng chí Trần Đình Thắng, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Cao Xuân Hùng, Phó Bí thư Đảng ủy, Chủ tịch UBND xã cùng 85 đại biểu là chi hội trưởng, hội viên nông dân tiêu biểu của 14 xóm.
Toàn cảnh hội nghị tổng kết. Ảnh: Văn Hải
Năm 2011, dù thời tiết diễn biến phức tạp, dịch bệnh gia súc, gia cầm xảy ra ở một số xóm, Hội đã vận động hội viên chuyển đổi 42 ha đất lúa kém hiệu quả sang trồng rau màu, cho thu nhập bình quân 95 triệu đồng/ha. Phong trào nông dân sản xuất kinh doanh giỏi có 624 hộ đăng ký, cuối năm bình xét được 318 hộ đạt danh hiệu các cấp, trong đó 27 hộ đạt cấp huyện, 4 hộ đạt cấp tỉnh.
Hội phối hợp Ngân hàng Chính sách xã hội huyện quản lý 9 tổ tiết kiệm và vay vốn với tổng dư nợ 6,8 tỷ đồng cho 412 hộ vay; tỷ lệ nợ quá hạn chỉ 0,3%. Quỹ Hỗ trợ nông dân xã đạt 186 triệu đồng, giúp 31 hộ vay vốn phát triển chăn nuôi. Thực hiện Nghị quyết 26-NQ/TW của BCH Trung ương về nông nghiệp, nông dân, nông thôn và Chỉ thị 59-CT/TW của Ban Bí thư, Hội đã tổ chức 12 lớp tập huấn chuyển giao khoa học kỹ thuật cho gần 1.100 lượt hội viên. Hội viên đóng góp trên 1,2 tỷ đồng và 3.400 ngày công làm đường giao thông nông thôn theo đề án 02 của Đảng ủy xã.
Công tác xây dựng Hội được quan tâm: kết nạp 96 hội viên mới, nâng tổng số hội viên lên 2.135, chiếm 87% số hộ nông nghiệp; 11/14 chi hội được xếp loại vững mạnh.
Tại hội nghị, các đồng chí Nguyễn Văn Tứ, Chi hội trưởng xóm 5; Hồ Thị Sen, Chi hội trưởng xóm 11 và ông Phan Văn Đào, hội viên xóm 3 trao đổi kinh nghiệm làm vườn mẫu, chăn nuôi lợn theo hướng an toàn sinh học.
Phát biểu tại hội nghị, đồng chí Hoàng Văn Lộc đề nghị năm 2012 Hội Nông dân xã triển khai Kế hoạch số 18-KH/HND ngày 5/12/2011 của Ban Thường vụ Hội Nông dân huyện, chú trọng xây dựng mô hình kinh tế tập thể, phấn đấu có ít nhất 2 tổ hợp tác mới.
Dịp này, UBND xã tặng giấy khen cho 8 tập thể và 21 hội viên nông dân có thành tích xuất sắc.
Văn Hải - Đài truyền thanh xã Diễn Kỷ
Số lượt xem: 412
Các tin khác
- Diễn Kỷ ra quân làm thủy lợi nội đồng vụ Xuân 2012 (10/12/2011)
- Hội Cựu chiến binh xã Diễn Kỷ tổng kết năm 2011 (08/12/2011)
- Trao 15 suất quà cho hộ nghèo xóm 7 (30/11/2011)
- Xã Diễn Kỷ tổ chức Ngày hội Đại đoàn kết toàn dân tộc (18/11/2011)
""", "2011-12-15", "Hội Nông dân xã Diễn Kỷ tổng kết công tác Hội và phong trào nông dân năm 2011",
E("tong_ket", "2011", "2011-12-13"),
[P("Hoàng Văn Lộc", "HUV", "Chủ tịch Hội Nông dân huyện"),
 P("Trần Đình Thắng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Cao Xuân Hùng", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Nguyễn Văn Tứ", "Chi hội trưởng xóm 5"),
 P("Hồ Thị Sen", "Chi hội trưởng xóm 11"),
 P("Phan Văn Đào", "hội viên xóm 3")],
[Q("85 đại biểu", 85, "đại biểu"), Q("14 xóm", 14, "xóm"), Q("42 ha", 42, "ha"), Q("95 triệu đồng/ha", 95000000, "đồng"),
 Q("624 hộ", 624, "hộ"), Q("318 hộ", 318, "hộ"), Q("27 hộ", 27, "hộ"), Q("4 hộ", 4, "hộ"),
 Q("9 tổ tiết kiệm và vay vốn", 9, "tổ tiết kiệm và vay vốn"), Q("6,8 tỷ đồng", 6800000000, "đồng"), Q("412 hộ", 412, "hộ"),
 Q("0,3%", 0.3, "%"), Q("186 triệu đồng", 186000000, "đồng"), Q("31 hộ", 31, "hộ"), Q("12 lớp tập huấn", 12, "lớp tập huấn"),
 Q("gần 1.100 lượt hội viên", 1100, "lượt hội viên", "approx"), Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("3.400 ngày công", 3400, "ngày công"), Q("96 hội viên mới", 96, "hội viên mới"), Q("2.135", 2135, "hội viên"),
 Q("87%", 87, "%"), Q("11/14 chi hội", 11, "chi hội"), Q("ít nhất 2 tổ hợp tác mới", 2, "tổ hợp tác", "over"),
 Q("8 tập thể", 8, "tập thể"), Q("21 hội viên nông dân", 21, "hội viên nông dân")],
[D("Nghị quyết", "26", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 26-NQ/TW"),
 D("Chỉ thị", "59", "CT/TW", None, "Ban Bí thư", "Chỉ thị 59-CT/TW"),
 D("Đề án", "02", None, None, "Đảng ủy xã", "đề án 02"),
 D("Kế hoạch", "18", "KH/HND", "2011-12-05", "Ban Thường vụ Hội Nông dân huyện", "Kế hoạch số 18-KH/HND ngày 5/12/2011")],
[prov("Nghệ An"), com("Diễn Kỷ")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN DIỄN CHÂU - NGHỆ AN", "Tin tức >> Tin từ xã, thị trấn", "Toàn cảnh hội nghị tổng kết. Ảnh: Văn Hải",
 "Số lượt xem: 412"],
["15-12-2011 08:30", "năm 2011", "năm 2012", "Số lượt xem: 412"]))

PAGES.append(page("b4616-vinhlong-mttq-nhadaidoanket-2025", """
Báo Vĩnh Long điện tử
Xã hội › Mặt trận - Đoàn thể
2025-11-14 15:30
Xã Long Hiệp trao 15 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Khmer
(VLO) - Ngày 13/11, Ủy ban MTTQ Việt Nam xã Long Hiệp phối hợp Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức lễ bàn giao 15 căn nhà Đại đoàn kết và trao 300 phần quà cho hộ nghèo, hộ cận nghèo đồng bào Khmer trên địa bàn xã.
Dự buổi lễ có đồng chí Thạch Thị Sa Rươl, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Kim Ngọc Thái, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh; Đại đức Thạch Sô Phết, trụ trì chùa Ô Mịch; các đồng chí Sơn Văn Dũng, Bí thư Đảng ủy xã; Huỳnh Thị Kim Loan, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã.
Ảnh: Trao quyết định hỗ trợ nhà ở cho các hộ.
Xã Long Hiệp (tỉnh Trà Vinh cũ) được thành lập từ xã Long Hiệp, xã Ngọc Biên và xã Tân Hiệp, có 3.912 hộ đồng bào Khmer, chiếm 61,4% dân số. Đầu tháng 7, Ủy ban MTTQ xã rà soát còn 146 hộ nghèo, 212 hộ cận nghèo, trong đó 38 hộ có nhà ở dột nát.
Mỗi căn nhà có diện tích từ 40 m2 trở lên, tổng kinh phí gần 1,05 tỷ đồng, trong đó Quỹ "Vì người nghèo" tỉnh hỗ trợ 60 triệu đồng/căn, phần còn lại do gia đình, dòng họ và nhà hảo tâm đóng góp. Đoàn Thanh niên, Hội Cựu chiến binh xã huy động 420 ngày công giúp tháo dỡ, vận chuyển vật liệu. Mỗi phần quà gồm gạo, nhu yếu phẩm và 300.000 đồng tiền mặt, tổng trị giá 150 triệu đồng.
Bà Thạch Thị Mỹ Linh, ấp Ô Mịch, một trong 15 hộ nhận nhà, xúc động: "Gia đình tôi ở căn nhà lá hơn 20 năm, mùa mưa phải chạy nhờ nhà hàng xóm, nay có nhà kiên cố để con cháu yên tâm đi học".
Theo đồng chí Lâm Văn Tuấn, Phó Chủ tịch UBND xã Long Hiệp, thực hiện Kế hoạch số 09/KH-UBND của UBND xã và Chỉ thị 42-CT/TU của Ban Thường vụ Tỉnh ủy, từ nay đến cuối năm xã tiếp tục khởi công 23 căn nhà còn lại, phấn đấu xóa 100% nhà tạm, nhà dột nát trước Tết Nguyên đán.
Phát biểu tại buổi lễ, đồng chí Thạch Thị Sa Rươl đánh giá cao cách làm "Nhà nước hỗ trợ, cộng đồng giúp sức" của xã mới; đề nghị Ủy ban MTTQ các xã, phường vùng đồng bào Khmer phát huy vai trò các vị sư sãi, Ban quản trị chùa và người có uy tín như ông Kim Sa Ranh, người có uy tín ấp Ngọc Hồ, trong vận động nhân dân.
Hữu Thọ
Lượt xem: 1.876
Tin liên quan
- Vĩnh Long: Hơn 2.000 nhà Đại đoàn kết được trao trong năm 2025 (05/11/2025)
- Phường Trà Vinh giao ban công tác Mặt trận tháng 10 (31/10/2025)
- Hội Chữ thập đỏ tỉnh tặng 500 suất quà cho đồng bào Khmer dịp Lễ Sene Dolta (20/09/2025)
""", "2025-11-14", "Xã Long Hiệp trao 15 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Khmer",
E("trao_qua", None, "2025-11-13"),
[P("Thạch Thị Sa Rươl", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Ngọc Thái", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Thạch Sô Phết", "Đại đức", "trụ trì chùa Ô Mịch"),
 P("Sơn Văn Dũng", "Bí thư Đảng ủy xã"),
 P("Huỳnh Thị Kim Loan", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Thạch Thị Mỹ Linh"),
 P("Lâm Văn Tuấn", "Phó Chủ tịch UBND xã Long Hiệp"),
 P("Kim Sa Ranh", "người có uy tín ấp Ngọc Hồ")],
[Q("15 căn nhà Đại đoàn kết", 15, "căn nhà Đại đoàn kết"), Q("300 phần quà", 300, "phần quà"), Q("3.912 hộ", 3912, "hộ"),
 Q("61,4%", 61.4, "%"), Q("146 hộ nghèo", 146, "hộ nghèo"), Q("212 hộ cận nghèo", 212, "hộ cận nghèo"), Q("38 hộ", 38, "hộ"),
 Q("từ 40 m2 trở lên", 40, "m2", "over"), Q("gần 1,05 tỷ đồng", 1050000000, "đồng", "approx"),
 Q("60 triệu đồng/căn", 60000000, "đồng"), Q("420 ngày công", 420, "ngày công"), Q("300.000 đồng", 300000, "đồng"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("23 căn nhà", 23, "căn nhà"), Q("100%", 100, "%")],
[D("Kế hoạch", "09", "KH-UBND", None, "UBND xã", "Kế hoạch số 09/KH-UBND"),
 D("Chỉ thị", "42", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 42-CT/TU")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Long Hiệp"), com("Ngọc Biên"), com("Tân Hiệp")],
["Báo Vĩnh Long điện tử", "Xã hội › Mặt trận - Đoàn thể", "(VLO)", "Ảnh: Trao quyết định hỗ trợ nhà ở cho các hộ.", "Vì người nghèo",
 "Nhà nước hỗ trợ, cộng đồng giúp sức", "Lượt xem: 1.876"],
["2025-11-14 15:30", "hơn 20 năm", "Lượt xem: 1.876"]))

PAGES.append(page("b4617-lamdong-hlhpn-daihoi-2026", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÂM ĐỒNG
Trang chủ | Hoạt động Hội cơ sở
17/03/2026 - 10:05
Đại hội đại biểu Phụ nữ xã Quảng Tín lần thứ I, nhiệm kỳ 2026 - 2031
Trong 2 ngày 14 và 15/3, Hội Liên hiệp Phụ nữ xã Quảng Tín tổ chức thành công Đại hội đại biểu Phụ nữ xã lần thứ I, nhiệm kỳ 2026 - 2031 - đại hội đầu tiên của Hội sau khi xã Quảng Tín được thành lập trên cơ sở hợp nhất xã Quảng Tín, xã Đắk Ru và xã Đắk Sin (tỉnh Đắk Nông cũ). 152 đại biểu chính thức đại diện cho hơn 4.300 hội viên của 21 chi hội về dự.
Dự đại hội có đồng chí H'Đim Niê, Phó Chủ tịch Hội LHPN tỉnh Lâm Đồng; đồng chí Điểu K'Rông, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã; đồng chí Trần Văn Bình, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.
Đoàn Chủ tịch điều hành đại hội.
Nhiệm kỳ qua, các cấp Hội đã vận động 1.276 lượt hội viên vay vốn với tổng dư nợ 54,7 tỷ đồng; duy trì 46 tổ hợp tác, câu lạc bộ phụ nữ; hỗ trợ 85 phụ nữ khởi nghiệp, trong đó có 12 dự án khởi nghiệp được công nhận cấp huyện. Hội đã hỗ trợ xây dựng 18 "Mái ấm tình thương", giúp 347 hộ do phụ nữ làm chủ thoát nghèo; tỷ lệ hộ nghèo trong hội viên giảm còn dưới 3%.
Hội đã thực hiện Đề án 939 của Thủ tướng Chính phủ, Đề án 938 của Thủ tướng Chính phủ và Kế hoạch 05-KH/HPN ngày 10/01/2026 của Ban Thường vụ Hội LHPN tỉnh về tổ chức đại hội phụ nữ cơ sở.
Tham luận tại đại hội, chị Thị Hoa, Chi hội trưởng phụ nữ bon Bu Đưng, chia sẻ việc vận động chị em người Mnông bỏ tảo hôn; chị Nguyễn Thị Thanh Tâm, Chủ nhiệm Hợp tác xã cà phê Quảng Tín, giới thiệu chuỗi liên kết với 96 thành viên.
Phát biểu chỉ đạo, đồng chí H'Đim Niê đề nghị Hội xã tập trung thực hiện Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII, gắn với phong trào thi đua "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc".
Đại hội đã hiệp thương cử 23 đồng chí vào Ban Chấp hành Hội LHPN xã khóa I. Đồng chí Thị Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, tái cử giữ chức Chủ tịch Hội LHPN xã; các đồng chí Lê Thị Hồng Nhung, H'Rin Byă được bầu làm Phó Chủ tịch Hội LHPN xã. Đại hội bầu 9 đại biểu đi dự Đại hội đại biểu Phụ nữ tỉnh lần thứ I.
Nhiệm kỳ 2026 - 2031, Hội LHPN xã đặt mục tiêu mỗi năm kết nạp ít nhất 150 hội viên mới, hỗ trợ 30 phụ nữ dân tộc thiểu số phát triển sinh kế, duy trì 100% chi hội có mô hình "Tiếng kẻng an ninh" hoặc "Nhóm phụ nữ giữ rừng" ở các bon, thôn giáp ranh.
Bích Ngọc - Hội LHPN xã Quảng Tín
Số lượt truy cập: 732
Tin liên quan
- Phường Bảo Lộc 1 tổ chức Đại hội điểm Hội LHPN (10/03/2026)
- Hội LHPN xã Đắk Wil trao 5 mái ấm cho phụ nữ nghèo (02/03/2026)
- Lâm Đồng: 100% cơ sở Hội hoàn thành đại hội trước tháng 6/2026 (20/02/2026)
- Hội LHPN xã Nam Dong hoàn thành kiện toàn 18 chi hội sau sáp nhập (12/02/2026)
""", "2026-03-17", "Đại hội đại biểu Phụ nữ xã Quảng Tín lần thứ I, nhiệm kỳ 2026 - 2031",
E("dai_hoi", None, "2026-03-14"),
[P("H'Đim Niê", "Phó Chủ tịch Hội LHPN tỉnh Lâm Đồng"),
 P("Điểu K'Rông", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Trần Văn Bình", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Thị Hoa", "Chi hội trưởng phụ nữ bon Bu Đưng"),
 P("Nguyễn Thị Thanh Tâm", "Chủ nhiệm Hợp tác xã cà phê Quảng Tín"),
 P("Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã"),
 P("Lê Thị Hồng Nhung", "Phó Chủ tịch Hội LHPN xã"),
 P("H'Rin Byă", "Phó Chủ tịch Hội LHPN xã")],
[Q("152 đại biểu chính thức", 152, "đại biểu chính thức"), Q("hơn 4.300 hội viên", 4300, "hội viên", "over"), Q("21 chi hội", 21, "chi hội"),
 Q("1.276 lượt hội viên", 1276, "lượt hội viên"), Q("54,7 tỷ đồng", 54700000000, "đồng"),
 Q("46 tổ hợp tác, câu lạc bộ phụ nữ", 46, "tổ hợp tác, câu lạc bộ phụ nữ"), Q("85 phụ nữ", 85, "phụ nữ"),
 Q("12 dự án khởi nghiệp", 12, "dự án khởi nghiệp"), Q('18 "Mái ấm tình thương"', 18, "Mái ấm tình thương"),
 Q("347 hộ", 347, "hộ"), Q("dưới 3%", 3, "%", "approx"), Q("96 thành viên", 96, "thành viên"), Q("23 đồng chí", 23, "đồng chí"),
 Q("9 đại biểu", 9, "đại biểu"), Q("ít nhất 150 hội viên mới", 150, "hội viên mới", "over"),
 Q("30 phụ nữ dân tộc thiểu số", 30, "phụ nữ dân tộc thiểu số"), Q("100% chi hội", 100, "%")],
[D("Đề án", "939", None, None, "Thủ tướng Chính phủ", "Đề án 939"),
 D("Đề án", "938", None, None, "Thủ tướng Chính phủ", "Đề án 938"),
 D("Kế hoạch", "05", "KH/HPN", "2026-01-10", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 05-KH/HPN ngày 10/01/2026")],
[prov("Lâm Đồng"), prov("Đắk Nông"), com("Quảng Tín"), com("Đắk Ru"), com("Đắk Sin")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÂM ĐỒNG", "Trang chủ | Hoạt động Hội cơ sở", "Đoàn Chủ tịch điều hành đại hội.",
 "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "Tiếng kẻng an ninh", "Nhóm phụ nữ giữ rừng", "Số lượt truy cập: 732"],
["17/03/2026 - 10:05", "2 ngày", "lần thứ I", "nhiệm kỳ 2026 - 2031", "lần thứ XIII", "23 đồng chí", "khóa I", "Số lượt truy cập: 732"]))

PAGES.append(page("b4618-quangtri-mttq-giamsat-2014", """
UBND XÃ HẢI THƯỢNG - HUYỆN HẢI LĂNG - TỈNH QUẢNG TRỊ
Trang chủ :: Mặt trận và các đoàn thể
Cập nhật lúc 17:20 ngày 20/10/2014
Mặt trận xã Hải Thượng giám sát việc bình xét hộ nghèo năm 2014
Thực hiện Chương trình giám sát năm 2014, từ ngày 13 đến 17/10, Ban Thường trực Ủy ban MTTQ Việt Nam xã Hải Thượng chủ trì, phối hợp Hội Nông dân, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh, Đoàn Thanh niên xã tổ chức giám sát việc rà soát, bình xét hộ nghèo, hộ cận nghèo tại 9 thôn.
Đoàn giám sát do ông Lê Văn Bảy, Chủ tịch Ủy ban MTTQ Việt Nam xã làm trưởng đoàn; bà Nguyễn Thị Thu, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội LHPN xã làm phó đoàn; các thành viên gồm các ông Hồ Sĩ Lâm, Trần Đức Lợi - Phó Chủ tịch Hội Nông dân xã.
Đoàn giám sát làm việc tại thôn Thượng Xá. Ảnh: Thanh Bình
Qua giám sát cho thấy, các thôn đã tổ chức 9 cuộc họp dân với trên 1.200 lượt người tham dự, bình xét đúng quy trình theo Quyết định số 09/2011/QĐ-TTg của Thủ tướng Chính phủ và Thông tư số 21/2012/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội. Kết quả sơ bộ, toàn xã còn 187 hộ nghèo, chiếm 7,9%, giảm 52 hộ so với năm 2013; 164 hộ cận nghèo. Đoàn phát hiện 6 trường hợp chưa đúng đối tượng, đề nghị thôn họp bình xét lại; 11 ý kiến của người dân được giải đáp ngay tại buổi giám sát.
Tuy vậy, ở 2 thôn việc niêm yết danh sách chưa đủ thời gian 7 ngày theo quy định; một số trưởng thôn chưa nắm vững bộ tiêu chí.
Làm việc với đoàn, ông Phan Văn Cường, Chủ tịch UBND xã tiếp thu và cam kết chỉ đạo khắc phục trước ngày 30/10. Ông Văn Đình Hải, Trưởng thôn Thượng Xá, cho biết thôn đã rà soát lại 3 hộ theo kiến nghị của đoàn.
Theo Kế hoạch số 15/KH-MTTQ ngày 02/10/2014 của Ban Thường trực Ủy ban MTTQ Việt Nam xã, kết quả giám sát sẽ được báo cáo tại kỳ họp cuối năm của HĐND xã, đồng thời gửi Ủy ban MTTQ huyện Hải Lăng. Đây cũng là hoạt động cụ thể thực hiện Quyết định 217-QĐ/TW và Quyết định 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền.
Năm 2014, Ủy ban MTTQ Việt Nam xã Hải Thượng đã chủ trì 4 cuộc giám sát theo chương trình của Ủy ban MTTQ tỉnh Quảng Trị và huyện, tập trung vào bình xét hộ nghèo, chính sách người có công, xây dựng nông thôn mới; 2 cuộc còn lại sẽ hoàn thành trong tháng 11.
Thanh Bình
Lượt xem: 358
Tin liên quan
- Hải Thượng: trao 40 suất quà cho hộ nghèo dịp Tết Trung thu (08/09/2014)
- Hội Cựu chiến binh xã sơ kết 6 tháng đầu năm 2014 (15/07/2014)
- Xã Hải Thượng đối thoại với nhân dân về xây dựng nông thôn mới (20/06/2014)
""", "2014-10-20", "Mặt trận xã Hải Thượng giám sát việc bình xét hộ nghèo năm 2014",
E("giam_sat", "2014", "2014-10-13"),
[P("Lê Văn Bảy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Thị Thu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã"),
 P("Hồ Sĩ Lâm", "Phó Chủ tịch Hội Nông dân xã"),
 P("Trần Đức Lợi", "Phó Chủ tịch Hội Nông dân xã"),
 P("Phan Văn Cường", "Chủ tịch UBND xã"),
 P("Văn Đình Hải", "Trưởng thôn Thượng Xá")],
[Q("9 thôn", 9, "thôn"), Q("9 cuộc họp dân", 9, "cuộc họp dân"), Q("trên 1.200 lượt người", 1200, "lượt người", "over"),
 Q("187 hộ nghèo", 187, "hộ nghèo"), Q("7,9%", 7.9, "%"), Q("52 hộ", 52, "hộ"), Q("164 hộ cận nghèo", 164, "hộ cận nghèo"),
 Q("6 trường hợp", 6, "trường hợp"), Q("11 ý kiến", 11, "ý kiến"), Q("2 thôn", 2, "thôn"), Q("3 hộ", 3, "hộ"), Q("4 cuộc giám sát", 4, "cuộc giám sát"), Q("2 cuộc", 2, "cuộc")],
[D("Quyết định", "09", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 09/2011/QĐ-TTg"),
 D("Thông tư", "21", "2012/TT-BLĐTBXH", None, "Bộ Lao động - Thương binh và Xã hội", "Thông tư số 21/2012/TT-BLĐTBXH"),
 D("Kế hoạch", "15", "KH-MTTQ", "2014-10-02", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 15/KH-MTTQ ngày 02/10/2014"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 218-QĐ/TW")],
[prov("Quảng Trị"), com("Hải Thượng")],
["UBND XÃ HẢI THƯỢNG - HUYỆN HẢI LĂNG - TỈNH QUẢNG TRỊ", "Trang chủ :: Mặt trận và các đoàn thể",
 "Đoàn giám sát làm việc tại thôn Thượng Xá. Ảnh: Thanh Bình", "Lượt xem: 358"],
["Cập nhật lúc 17:20 ngày 20/10/2014", "7 ngày", "năm 2013", "Lượt xem: 358"]))
