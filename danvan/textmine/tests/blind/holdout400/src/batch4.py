from lib import *
PAGES = []

PAGES.append(page("b9575-tuyenquang-tuphap-taphuan-hoagiai-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ › Pháp luật › Phổ biến pháp luật
Thứ Sáu, 15/08/2025, 08:05
Bồi dưỡng kỹ năng hòa giải cho hòa giải viên 12 xã vùng cao sau sắp xếp
Trong hai ngày 13 và 14/8, Sở Tư pháp tỉnh Tuyên Quang phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức lớp tập huấn nghiệp vụ hòa giải ở cơ sở năm 2025 cho 160 hòa giải viên, trưởng thôn, cán bộ tư pháp của 12 xã vùng cao phía Bắc tỉnh, tại xã Yên Minh.
Học viên thực hành tình huống hòa giải tranh chấp đất nương.
Đây là lớp tập huấn đầu tiên dành cho các xã thuộc tỉnh Hà Giang trước đây, sau khi thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh và vận hành chính quyền địa phương hai cấp từ ngày 1/7/2025.
Phát biểu khai mạc, ông Nguyễn Hồng Quân, Phó Giám đốc Sở Tư pháp, cho biết sau sắp xếp, toàn tỉnh có 1.046 tổ hòa giải với khoảng 7.800 hòa giải viên. Việc nhập thôn, nhập xã làm phát sinh một số tranh chấp về ranh giới nương, bãi chăn thả, nguồn nước giữa các thôn; từ tháng 7 đến nay các tổ đã tiếp nhận 23 vụ việc, hòa giải thành 19 vụ việc.
Bà Giàng Thị Dợ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị hòa giải viên ở vùng đồng bào Mông, Dao, Lô Lô sử dụng tiếng dân tộc khi hòa giải, phát huy vai trò của trưởng dòng họ và người có uy tín, gắn hòa giải với thực hiện Quy ước thôn.
Các báo cáo viên đã hướng dẫn kỹ năng nhận diện mâu thuẫn, xác minh nguồn gốc đất khi chưa có giấy chứng nhận, lập biên bản hòa giải; giới thiệu những điểm mới về thẩm quyền của UBND cấp xã trong giải quyết tranh chấp đất đai khi không còn cấp huyện.
Chia sẻ tại lớp học, ông Vàng Mí Lử, Trưởng thôn Na Pô, xã Mậu Duệ, kể: thôn vừa sáp nhập với thôn bên cạnh, hai dòng họ tranh chấp một bãi chăn thả rộng khoảng 6 ha; tổ hòa giải đã mời trưởng hai dòng họ ngồi lại 3 lần, cuối cùng thống nhất chia đôi và cùng bảo vệ rừng đầu nguồn. Bà Lò Thị Mỷ, hòa giải viên thôn Lô Lô Chải, xã Lũng Cú, đề nghị in tài liệu hỏi đáp pháp luật bằng hình ảnh cho bà con chưa biết chữ.
Theo Kế hoạch số 118/KH-UBND ngày 22/7/2025 của UBND tỉnh, mỗi học viên được hỗ trợ 200.000 đồng/ngày; Sở Tư pháp sẽ mở thêm 5 lớp cho các xã còn lại trong quý IV.
Bế mạc lớp tập huấn, ông Sùng Mí Dình, Chủ tịch UBND xã Yên Minh, đề nghị các hòa giải viên về cơ sở chủ động nắm tình hình, không để mâu thuẫn nhỏ thành điểm nóng trong giai đoạn đầu vận hành bộ máy mới.
Thu Phương
Lượt xem: 731
Tin liên quan
- Xã Đồng Văn ra mắt tổ hòa giải thôn sau sáp nhập (08/08/2025)
- Tuyên Quang: hơn 1.000 tổ hòa giải được kiện toàn (01/08/2025)
- Ngày đầu vận hành chính quyền hai cấp ở các xã vùng cao (01/07/2025)
""", "2025-08-15", "Bồi dưỡng kỹ năng hòa giải cho hòa giải viên 12 xã vùng cao sau sắp xếp",
E("tap_huan", "2025", "2025-08-13"),
[P("Nguyễn Hồng Quân", "Phó Giám đốc Sở Tư pháp"),
 P("Giàng Thị Dợ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vàng Mí Lử", "Trưởng thôn Na Pô"),
 P("Lò Thị Mỷ", "hòa giải viên thôn Lô Lô Chải"),
 P("Sùng Mí Dình", "Chủ tịch UBND xã Yên Minh")],
[Q("12 xã vùng cao", 12, "xã vùng cao"), Q("160 hòa giải viên, trưởng thôn, cán bộ tư pháp", 160, "hòa giải viên, trưởng thôn, cán bộ tư pháp"),
 Q("1.046 tổ hòa giải", 1046, "tổ hòa giải"), Q("khoảng 7.800 hòa giải viên", 7800, "hòa giải viên", "approx"),
 Q("23 vụ việc", 23, "vụ việc"), Q("19 vụ việc", 19, "vụ việc"), Q("khoảng 6 ha", 6, "ha", "approx"),
 Q("200.000 đồng/ngày", 200000, "đồng"), Q("5 lớp", 5, "lớp")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Kế hoạch", "118", "KH-UBND", "2025-07-22", "UBND tỉnh", "Kế hoạch số 118/KH-UBND ngày 22/7/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Yên Minh"), com("Mậu Duệ"), com("Lũng Cú")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ › Pháp luật › Phổ biến pháp luật",
 "Học viên thực hành tình huống hòa giải tranh chấp đất nương.", "Quy ước thôn", "Lượt xem: 731"],
["Thứ Sáu, 15/08/2025, 08:05", "hai ngày", "hai cấp", "ngày 1/7/2025", "3 lần", "quý IV", "Lượt xem: 731"]))

PAGES.append(page("b9576-vinhlong-btgdv-giaoban-quy3-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Chính trị > Xây dựng Đảng > Dân vận
10/10/2025 16:20 GMT+7
Khối dân vận quan tâm giải quyết đơn thư đất đai ở các xã, phường mới
Ngày 8/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị giao ban công tác dân vận quý III/2025, quý đầu tiên sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh và vận hành chính quyền địa phương hai cấp. Chủ trì hội nghị có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Thạch Thị Sa Phiến, Lê Văn Hưởng, Nguyễn Thị Thanh Trúc.
Các đồng chí chủ trì hội nghị giao ban.
Báo cáo cho biết, tư tưởng của cán bộ, đảng viên và nhân dân trong tỉnh cơ bản ổn định; đa số đồng tình với việc sắp xếp bộ máy. Tuy nhiên, người dân ở một số xã, phường còn gặp khó khăn khi làm thủ tục đất đai do trụ sở hành chính xa, dữ liệu địa chính chưa được chuyển giao đầy đủ từ cấp huyện cũ. Trong quý, các cơ quan chức năng tiếp 486 lượt công dân, nhận 352 đơn, trong đó khoảng 71% liên quan đến đất đai; xảy ra 2 vụ tụ tập đông người ở khu vực ven biển liên quan đến tranh chấp bãi bồi nuôi nghêu.
Tham luận tại hội nghị, đồng chí Huỳnh Quang Triệu, Phó Bí thư Thường trực Đảng ủy phường An Hội, cho biết phường đã thành lập tổ công tác đặc biệt gồm 11 thành viên để rà soát, giải quyết 37 hồ sơ đất đai tồn đọng do các đơn vị cũ bàn giao. Đồng chí Sơn Minh Thắng, Bí thư Đảng ủy xã Long Hiệp, chia sẻ cách vận động đồng bào Khmer hòa giải tranh chấp đất chùa, đất sản xuất với sự tham gia của các vị sư cả và Ban quản trị chùa; nhờ vậy 6 vụ tranh chấp trong phum, sóc đã được hòa giải thành.
Đồng chí Thạch Thị Sa Phiến đề nghị các Đảng ủy xã, phường thực hiện nghiêm Kết luận số 14-KL/TU ngày 5/9/2025 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong giải quyết khiếu nại, tranh chấp đất đai sau sắp xếp; rà soát, phân loại toàn bộ đơn thư còn tồn đọng, hoàn thành trong tháng 12/2025.
Đồng chí Nguyễn Thị Thanh Trúc lưu ý việc chuẩn bị đại hội đảng bộ các cấp theo Chỉ thị số 45-CT/TW của Bộ Chính trị, trong đó chú trọng tổng hợp ý kiến nhân dân góp ý dự thảo văn kiện; kịp thời nắm các thông tin xấu, độc trên mạng xã hội về đất đai để định hướng dư luận.
Hội nghị thống nhất trong quý IV, Ban Tuyên giáo và Dân vận Tỉnh ủy ban hành Hướng dẫn số 05-HD/BTGDVTU về tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền xã với nhân dân, và tổ chức khảo sát dư luận tại 20 xã, phường có nhiều đơn thư.
Bảo Ngọc
Lượt đọc: 1.024
Tin liên quan
- Xã Long Hiệp: hòa giải thành vụ tranh chấp đất chùa kéo dài (30/09/2025)
- Phường An Hội đối thoại với nhân dân về chỉnh trang đô thị (22/09/2025)
- Giao ban công tác dân vận tháng 8/2025 (05/09/2025)
""", "2025-10-10", "Khối dân vận quan tâm giải quyết đơn thư đất đai ở các xã, phường mới",
E("giao_ban", "2025-Q3", "2025-10-08"),
[P("Thạch Thị Sa Phiến", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Văn Hưởng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thanh Trúc", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Huỳnh Quang Triệu", "Phó Bí thư Thường trực Đảng ủy phường An Hội"),
 P("Sơn Minh Thắng", "Bí thư Đảng ủy xã Long Hiệp")],
[Q("3 tỉnh", 3, "tỉnh"), Q("486 lượt công dân", 486, "lượt công dân"), Q("352 đơn", 352, "đơn"), Q("khoảng 71%", 71, "%", "approx"),
 Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"), Q("11 thành viên", 11, "thành viên"), Q("37 hồ sơ đất đai tồn đọng", 37, "hồ sơ đất đai tồn đọng"),
 Q("6 vụ tranh chấp", 6, "vụ tranh chấp"), Q("20 xã, phường", 20, "xã, phường")],
[D("Kết luận", "14", "KL/TU", "2025-09-05", "Ban Thường vụ Tỉnh ủy", "Kết luận số 14-KL/TU ngày 5/9/2025"),
 D("Chỉ thị", "45", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 45-CT/TW"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BTGDVTU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("An Hội"), com("Long Hiệp")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Chính trị > Xây dựng Đảng > Dân vận", "Các đồng chí chủ trì hội nghị giao ban.", "Lượt đọc: 1.024"],
["10/10/2025 16:20 GMT+7", "quý III/2025", "hai cấp", "tháng 12/2025", "quý IV", "Lượt đọc: 1.024"]))

PAGES.append(page("b9577-dongnai-phurieng-doithoai-2025", """
ĐẢNG ỦY XÃ PHÚ RIỀNG - TỈNH ĐỒNG NAI
Trang chủ / Tin tức - Sự kiện / Hoạt động của Đảng ủy
Cập nhật 10:05 ngày 12/12/2025
Đối thoại với nhân dân về tranh chấp đất giáp ranh vườn cao su
Chiều 10/12, Đảng ủy, UBND xã Phú Riềng tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2025. Chủ trì hội nghị có đồng chí Lê Minh Trí, Bí thư Đảng ủy, Chủ tịch HĐND xã Phú Riềng và đồng chí Hoàng Văn Sinh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Tham dự có hơn 320 cử tri đại diện cho các thôn, sóc trên địa bàn.
Quang cảnh hội nghị đối thoại. Ảnh: Minh Quân
Báo cáo tại hội nghị cho biết, xã Phú Riềng được thành lập trên cơ sở sáp nhập 3 xã cũ thuộc huyện Phú Riềng, tỉnh Bình Phước (cũ). Từ ngày 1/7/2025 đến nay, xã đã tiếp nhận 64 đơn thư, trong đó 41 đơn liên quan đến đất đai; phần lớn là tranh chấp ranh giới giữa đất của người dân với các lô cao su của công ty. Tổ hòa giải các thôn đã hòa giải thành 18 vụ việc.
Tại hội nghị, cử tri nêu 47 ý kiến. Ông Điểu Khanh, sóc Bù Ka, phản ánh gia đình ông cùng 86 hộ đồng bào S'tiêng có khoảng 145 ha đất sản xuất nằm xen trong vườn cao su, chưa được cấp giấy chứng nhận; đề nghị xã sớm đo đạc, cắm mốc. Bà Thị Loan đề nghị làm rõ việc công ty rào chắn lối đi vào rẫy của 11 hộ. Một số ý kiến phản ánh việc đi lại làm thủ tục hành chính xa sau khi nhập xã.
Ông Điểu Bảo, Phó Chủ tịch UBND xã, đã trả lời trực tiếp 32 ý kiến; các ý kiến còn lại được giao bộ phận chuyên môn trả lời bằng văn bản. Theo ông Điểu Bảo, xã đang phối hợp với công ty cao su rà soát 2 vụ tụ tập đông người trong năm, đồng thời áp dụng Nghị định số 102/2024/NĐ-CP của Chính phủ để hướng dẫn người dân lập hồ sơ cấp giấy chứng nhận.
Kết luận hội nghị, đồng chí Lê Minh Trí khẳng định sẽ thực hiện Kế hoạch số 56-KH/ĐU ngày 15/9/2025 của Đảng ủy xã về giải quyết dứt điểm tranh chấp đất đai giáp ranh; giao Ủy ban MTTQ Việt Nam xã chủ trì giám sát; đề nghị công ty tháo dỡ rào chắn trước ngày 31/12/2025. Với diện tích đất xen kẹt, xã sẽ đo đạc xong trong quý I/2026 và báo cáo UBND tỉnh Đồng Nai xem xét.
Đại diện công ty cao su cam kết phối hợp với xã cắm mốc ranh giới, không để xảy ra xô xát với người dân trong quá trình đo đạc.
Bà con cử tri đánh giá hội nghị diễn ra dân chủ, thẳng thắn; nhiều vấn đề được giải đáp ngay tại chỗ. Đây là hội nghị đối thoại đầu tiên của xã Phú Riềng kể từ khi vận hành chính quyền địa phương hai cấp.
Minh Quân
Lượt truy cập: 488
Tin khác
- Xã Phú Riềng ra mắt 14 tổ hòa giải thôn, sóc (20/11/2025)
- Hội nghị giao ban khối dân vận xã tháng 11 (05/11/2025)
- Trao 30 căn nhà Đại đoàn kết cho hộ nghèo đồng bào S'tiêng (18/10/2025)
""", "2025-12-12", "Đối thoại với nhân dân về tranh chấp đất giáp ranh vườn cao su",
E("doi_thoai", "2025", "2025-12-10"),
[P("Lê Minh Trí", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Phú Riềng"),
 P("Hoàng Văn Sinh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Điểu Khanh"),
 P("Thị Loan"),
 P("Điểu Bảo", "Phó Chủ tịch UBND xã")],
[Q("hơn 320 cử tri", 320, "cử tri", "over"), Q("3 xã cũ", 3, "xã cũ"), Q("64 đơn thư", 64, "đơn thư"), Q("41 đơn", 41, "đơn"),
 Q("18 vụ việc", 18, "vụ việc"), Q("47 ý kiến", 47, "ý kiến"), Q("86 hộ đồng bào S'tiêng", 86, "hộ đồng bào S'tiêng"),
 Q("khoảng 145 ha", 145, "ha", "approx"), Q("11 hộ", 11, "hộ"), Q("32 ý kiến", 32, "ý kiến"),
 Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người")],
[D("Nghị định", "102", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 102/2024/NĐ-CP"),
 D("Kế hoạch", "56", "KH/ĐU", "2025-09-15", "Đảng ủy xã", "Kế hoạch số 56-KH/ĐU ngày 15/9/2025")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Phú Riềng")],
["ĐẢNG ỦY XÃ PHÚ RIỀNG - TỈNH ĐỒNG NAI", "Trang chủ / Tin tức - Sự kiện / Hoạt động của Đảng ủy",
 "Quang cảnh hội nghị đối thoại. Ảnh: Minh Quân", "Lượt truy cập: 488"],
["Cập nhật 10:05 ngày 12/12/2025", "ngày 1/7/2025", "trước ngày 31/12/2025", "quý I/2026", "hai cấp", "Lượt truy cập: 488"]))

PAGES.append(page("b9578-khanhhoa-mttq-tongket-hoagiai-2025", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Hôm nay: Thứ Bảy, 17/01/2026
Chính trị - Xã hội / Mặt trận
16/01/2026 - 06:00
Toàn cảnh hội nghị tổng kết.
Hòa giải thành 2.014 vụ việc, giữ bình yên từ thôn, tổ dân phố
Ngày 15/1, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa phối hợp với Sở Tư pháp tổ chức hội nghị tổng kết công tác hòa giải ở cơ sở năm 2025, triển khai nhiệm vụ năm 2026. Dự hội nghị có ông Phan Đình Khôi, Phó Chủ tịch UBND tỉnh; ông Thông Minh Tuấn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Năm 2025 là năm đặc biệt khi tỉnh Khánh Hòa và tỉnh Ninh Thuận hợp nhất, tổ chức chính quyền địa phương hai cấp. Toàn tỉnh đã kiện toàn 1.573 tổ hòa giải với 10.412 hòa giải viên, trong đó có 1.206 hòa giải viên là người đồng bào Chăm, Raglai. Các tổ đã tiếp nhận 2.286 vụ việc, hòa giải thành 2.014 vụ việc, đạt 88,1%; tranh chấp đất đai chiếm khoảng 46%.
Tham luận tại hội nghị, ông Quảng Văn Sáu, Tổ trưởng tổ hòa giải thôn Hữu Đức, xã Phước Hữu, chia sẻ kinh nghiệm hòa giải các tranh chấp đất thừa kế theo chế độ mẫu hệ của đồng bào Chăm với sự tham gia của chức sắc Bàlamôn và Bàni. Bà Pinăng Thị Lợi, Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hà, cho biết sau khi nhập xã, tranh chấp đất rẫy giữa 2 thôn người Raglai đã được hòa giải thành nhờ các già làng cùng ngồi lại.
Bên cạnh kết quả đạt được, một số tổ hòa giải ở các phường ven biển hoạt động chưa thường xuyên; chế độ chi cho hòa giải viên ở một số xã chưa kịp thời do mới sắp xếp. Có 38 vụ việc hòa giải không thành phải chuyển cơ quan có thẩm quyền giải quyết.
Theo Nghị quyết số 05/2025/NQ-HĐND ngày 26/9/2025 của HĐND tỉnh, mỗi vụ việc hòa giải thành được chi thù lao 300.000 đồng; năm 2025 tổng kinh phí hỗ trợ hoạt động hòa giải là gần 3,2 tỷ đồng. Năm 2026, tỉnh phấn đấu hòa giải thành từ 85% trở lên.
Phát biểu chỉ đạo, ông Phan Đình Khôi đề nghị Sở Tư pháp tham mưu UBND tỉnh sửa đổi Quyết định số 3120/QĐ-UBND về củng cố tổ hòa giải sau sắp xếp; Mặt trận các cấp phát huy vai trò Ban công tác Mặt trận ở khu dân cư, kịp thời hòa giải mâu thuẫn, tranh chấp, không để phát sinh điểm nóng, nhất là trước và sau Tết Nguyên đán Bính Ngọ.
Ông Thông Minh Tuấn đề nghị Mặt trận các xã, phường lựa chọn người có uy tín, chức sắc tôn giáo tham gia tổ hòa giải, nhất là ở vùng đồng bào dân tộc thiểu số.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 20 tập thể, 35 cá nhân có thành tích xuất sắc trong công tác hòa giải ở cơ sở năm 2025.
Thanh Thủy
Lượt xem: 903
Tin liên quan
- Xã Phước Hữu ra mắt tổ hòa giải có chức sắc tôn giáo tham gia (12/01/2026)
- Ninh Hải: tập huấn hòa giải cho 90 hòa giải viên (20/12/2025)
- Tổng kết Ngày hội Đại đoàn kết toàn dân tộc năm 2025 (05/12/2025)
""", "2026-01-16", "Hòa giải thành 2.014 vụ việc, giữ bình yên từ thôn, tổ dân phố",
E("tong_ket", "2025", "2026-01-15"),
[P("Phan Đình Khôi", "Phó Chủ tịch UBND tỉnh"),
 P("Thông Minh Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quảng Văn Sáu", "Tổ trưởng tổ hòa giải thôn Hữu Đức"),
 P("Pinăng Thị Lợi", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hà")],
[Q("1.573 tổ hòa giải", 1573, "tổ hòa giải"), Q("10.412 hòa giải viên", 10412, "hòa giải viên"),
 Q("1.206 hòa giải viên", 1206, "hòa giải viên"), Q("2.286 vụ việc", 2286, "vụ việc"), Q("2.014 vụ việc", 2014, "vụ việc"),
 Q("88,1%", 88.1, "%"), Q("khoảng 46%", 46, "%", "approx"), Q("2 thôn", 2, "thôn"), Q("38 vụ việc", 38, "vụ việc"),
 Q("300.000 đồng", 300000, "đồng"), Q("gần 3,2 tỷ đồng", 3200000000, "đồng", "approx"), Q("từ 85% trở lên", 85, "%", "over"),
 Q("20 tập thể", 20, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Nghị quyết", "05", "2025/NQ-HĐND", "2025-09-26", "HĐND tỉnh", "Nghị quyết số 05/2025/NQ-HĐND ngày 26/9/2025"),
 D("Quyết định", "3120", "QĐ-UBND", None, None, "Quyết định số 3120/QĐ-UBND")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Phước Hữu"), com("Phước Hà")],
["BÁO KHÁNH HÒA ĐIỆN TỬ", "Chính trị - Xã hội / Mặt trận", "Toàn cảnh hội nghị tổng kết.", "Tết Nguyên đán Bính Ngọ", "Lượt xem: 903"],
["Hôm nay: Thứ Bảy, 17/01/2026", "16/01/2026 - 06:00", "năm 2026", "hai cấp", "Lượt xem: 903"]))

PAGES.append(page("b9579-nghean-mttq-tiepxuccutri-2026", """
BÁO NGHỆ AN
Thời sự > Bầu cử Quốc hội khóa XVI và HĐND các cấp
Thứ Sáu, 6 tháng 3, 2026 | 15:30
Cử tri miền Tây xứ Nghệ mong giải quyết dứt điểm tranh chấp đất với nông, lâm trường
Ngày 4/3, Ủy ban MTTQ Việt Nam tỉnh Nghệ An phối hợp với UBND xã Quỳ Hợp tổ chức hội nghị tiếp xúc cử tri để những người ứng cử đại biểu Quốc hội khóa XVI thuộc đơn vị bầu cử số 3 vận động bầu cử. Hơn 250 cử tri đại diện cho các xã Quỳ Hợp, Châu Tiến, Tam Hợp tham dự.
Những người ứng cử đại biểu Quốc hội tiếp xúc cử tri xã Quỳ Hợp.
Tại hội nghị, các ứng cử viên gồm: ông Lô Văn Thành, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Vi Thị Hằng, Phó Trưởng Ban Dân tộc và Tôn giáo tỉnh; ông Trần Quốc Bảo, Giám đốc Sở Nông nghiệp và Môi trường đã trình bày chương trình hành động nếu trúng cử.
Nhiều ý kiến cử tri tập trung vào tình trạng thiếu đất sản xuất của đồng bào Thái, Thổ. Ông Lữ Văn Kiên, cử tri bản Tổng Chai, xã Châu Tiến, phản ánh: hàng trăm hộ trong bản từ nhiều năm nay canh tác trên đất do lâm trường quản lý, nhiều lần xảy ra tranh chấp; đề nghị sớm bàn giao đất về địa phương theo tinh thần Nghị quyết 30-NQ/TW ngày 12/3/2014 của Bộ Chính trị về tiếp tục sắp xếp, đổi mới và phát triển, nâng cao hiệu quả hoạt động của công ty nông, lâm nghiệp.
Cử tri Hà Thị Nguyệt, xã Tam Hợp, kiến nghị xử lý dứt điểm 3 vụ tranh chấp ranh giới đất giữa các bản sau khi sáp nhập xã; đồng thời đề nghị có chính sách hỗ trợ cho tổ hòa giải ở bản, vì hiện mỗi tổ chỉ được hỗ trợ vài trăm nghìn đồng mỗi năm.
Thay mặt các ứng cử viên, ông Trần Quốc Bảo tiếp thu ý kiến và thông tin: theo Quyết định số 1258/QĐ-UBND ngày 20/5/2025 của UBND tỉnh, tỉnh đã phê duyệt phương án bàn giao 2.640 ha đất từ các công ty lâm nghiệp về cho các xã miền Tây; trong đó khoảng 780 ha thuộc địa bàn các xã Quỳ Hợp, Châu Tiến. Nếu trúng cử, ông sẽ kiến nghị đẩy nhanh tiến độ đo đạc, giao đất cho hộ thiếu đất sản xuất.
Ông Lô Văn Thành cho biết Mặt trận các cấp sẽ tăng cường giám sát việc giao đất, bảo đảm công khai, đúng đối tượng; phối hợp với chính quyền cơ sở hòa giải các tranh chấp ngay từ bản, không để phát sinh điểm nóng trong thời gian diễn ra bầu cử.
Bà Vi Thị Hằng cam kết sẽ quan tâm đến chính sách cho người có uy tín và hòa giải viên ở vùng đồng bào dân tộc thiểu số.
Kết thúc hội nghị, ông Vi Văn Sơn, Chủ tịch UBND xã Quỳ Hợp, thay mặt địa phương cảm ơn các ứng cử viên và cam kết tổ chức ngày bầu cử 15/3 an toàn, đúng luật.
Hữu Vi
Lượt xem: 1.377
Tin liên quan
- Nghệ An: hoàn thành niêm yết danh sách cử tri (04/03/2026)
- Người có uy tín vận động bà con đi bầu cử (28/02/2026)
- Hội nghị hiệp thương lần thứ ba (18/02/2026)
""", "2026-03-06", "Cử tri miền Tây xứ Nghệ mong giải quyết dứt điểm tranh chấp đất với nông, lâm trường",
E("hoi_nghi", None, "2026-03-04"),
[P("Lô Văn Thành", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vi Thị Hằng", "Phó Trưởng Ban Dân tộc và Tôn giáo tỉnh"),
 P("Trần Quốc Bảo", "Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Lữ Văn Kiên"),
 P("Hà Thị Nguyệt"),
 P("Vi Văn Sơn", "Chủ tịch UBND xã Quỳ Hợp")],
[Q("Hơn 250 cử tri", 250, "cử tri", "over"), Q("3 vụ tranh chấp ranh giới đất", 3, "vụ tranh chấp ranh giới đất"),
 Q("2.640 ha", 2640, "ha"), Q("khoảng 780 ha", 780, "ha", "approx")],
[D("Nghị quyết", "30", "NQ/TW", "2014-03-12", "Bộ Chính trị", "Nghị quyết 30-NQ/TW ngày 12/3/2014"),
 D("Quyết định", "1258", "QĐ-UBND", "2025-05-20", "UBND tỉnh", "Quyết định số 1258/QĐ-UBND ngày 20/5/2025")],
[prov("Nghệ An"), com("Quỳ Hợp"), com("Châu Tiến"), com("Tam Hợp")],
["BÁO NGHỆ AN", "Thời sự > Bầu cử Quốc hội khóa XVI và HĐND các cấp",
 "Những người ứng cử đại biểu Quốc hội tiếp xúc cử tri xã Quỳ Hợp.", "Lượt xem: 1.377"],
["Thứ Sáu, 6 tháng 3, 2026 | 15:30", "khóa XVI", "đơn vị bầu cử số 3", "hàng trăm hộ", "vài trăm nghìn đồng", "15/3",
 "Lượt xem: 1.377"]))

PAGES.append(page("b9580-angiang-btgdv-baocao-quy1-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY AN GIANG
Trang chủ :: Tin tức :: Tình hình nhân dân
Ngày 24/04/2026 | 09:40
Quý I/2026: Tình hình nhân dân ổn định, đơn thư về đất đai ở đặc khu tăng
Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang vừa ban hành Báo cáo số 112-BC/BTGDVTU ngày 15/4/2026 về tình hình nhân dân quý I năm 2026, tổng hợp từ các Đảng ủy xã, phường, đặc khu và đội ngũ cộng tác viên dư luận xã hội.
Theo báo cáo, trong quý I, nhân dân phấn khởi trước kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 thành công với tỷ lệ cử tri đi bầu đạt 99,2%. Tết Nguyên đán Bính Ngọ được tổ chức vui tươi, an toàn; các cấp đã trao 86.500 phần quà cho hộ nghèo, gia đình chính sách với tổng trị giá hơn 52 tỷ đồng.
Tuy vậy, một số vấn đề được nhân dân quan tâm: giá lúa vụ đông xuân giảm; sạt lở bờ sông tại xã Mỹ Hội Đông khiến 14 hộ phải di dời; tại đặc khu Phú Quốc, đơn thư liên quan đến tranh chấp đất, cấp giấy chứng nhận ở khu vực ven biển tăng so với cùng kỳ. Trong quý, các cơ quan chức năng tiếp 538 lượt công dân, nhận 417 đơn; có 3 vụ khiếu nại đông người, đều liên quan đến bồi thường, hỗ trợ tái định cư.
Các tổ hòa giải ở cơ sở đã hòa giải thành 326 vụ việc. Tại xã Tri Tôn, Ban công tác Mặt trận và các vị sư cả đã hòa giải thành vụ tranh chấp 2,4 ha đất ruộng giữa các hộ đồng bào Khmer kéo dài nhiều năm. Tại xã Châu Phong, chức sắc Hồi giáo tham gia hòa giải tranh chấp lối đi trong cộng đồng người Chăm. Nhiều cộng tác viên phản ánh người dân mong muốn thủ tục đất đai ở cấp xã được giải quyết nhanh hơn sau khi không còn cấp huyện.
Báo cáo kiến nghị Ban Thường vụ Tỉnh ủy chỉ đạo UBND tỉnh tập trung giải quyết các vụ việc tồn đọng tại đặc khu Phú Quốc; tiếp tục thực hiện Kết luận số 32-KL/TU ngày 20/1/2026 của Ban Thường vụ Tỉnh ủy về công tác dân vận trong giải quyết khiếu nại, tranh chấp đất đai; chỉ đạo các Đảng ủy xã, phường tổ chức đối thoại định kỳ với nhân dân theo Quy định 11-QĐi/TW của Bộ Chính trị.
Đồng chí Chau Thị Sóc Phi, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, đề nghị cộng tác viên dư luận xã hội tại 102 xã, phường, đặc khu tiếp tục phản ánh kịp thời, trung thực tâm tư, nguyện vọng của nhân dân; đồng chí Danh Út Nhỏ, Bí thư Đảng ủy xã Tri Tôn, được giao báo cáo chuyên đề về kinh nghiệm hòa giải có sự tham gia của chức sắc tôn giáo trong quý II.
Ngọc Hân
Lượt xem: 657
Các tin khác
- Giao ban công tác dân vận tháng 3/2026 (06/04/2026)
- Phú Quốc đối thoại với hộ dân khu vực Bãi Trường (27/03/2026)
- Tri Tôn ra mắt tổ hòa giải có sư cả tham gia (15/03/2026)
""", "2026-04-24", "Quý I/2026: Tình hình nhân dân ổn định, đơn thư về đất đai ở đặc khu tăng",
E("bao_cao", "2026-Q1", "2026-04-15"),
[P("Chau Thị Sóc Phi", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Danh Út Nhỏ", "Bí thư Đảng ủy xã Tri Tôn")],
[Q("99,2%", 99.2, "%"), Q("86.500 phần quà", 86500, "phần quà"), Q("hơn 52 tỷ đồng", 52000000000, "đồng", "over"),
 Q("14 hộ", 14, "hộ"), Q("538 lượt công dân", 538, "lượt công dân"), Q("417 đơn", 417, "đơn"),
 Q("3 vụ khiếu nại đông người", 3, "vụ khiếu nại đông người"), Q("326 vụ việc", 326, "vụ việc"), Q("2,4 ha", 2.4, "ha"),
 Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu")],
[D("Báo cáo", "112", "BC/BTGDVTU", "2026-04-15", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Báo cáo số 112-BC/BTGDVTU ngày 15/4/2026"),
 D("Kết luận", "32", "KL/TU", "2026-01-20", "Ban Thường vụ Tỉnh ủy", "Kết luận số 32-KL/TU ngày 20/1/2026"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định 11-QĐi/TW")],
[prov("An Giang"), com("Mỹ Hội Đông"), com("Phú Quốc"), com("Tri Tôn"), com("Châu Phong")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY AN GIANG", "Trang chủ :: Tin tức :: Tình hình nhân dân", "Tết Nguyên đán Bính Ngọ",
 "Lượt xem: 657"],
["Ngày 24/04/2026 | 09:40", "quý I năm 2026", "lần thứ XIV", "khóa XVI", "nhiệm kỳ 2026 - 2031", "quý II", "Lượt xem: 657"]))
