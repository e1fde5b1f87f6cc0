from lib import *
PAGES = []

PAGES.append(page("b6533-laocai-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ > Tin tức - Sự kiện > Hoạt động dân vận
Thứ Năm, 29/12/2011 - 16:20
Ảnh: Quang cảnh hội nghị tổng kết.
Lào Cai: Khối dân vận hoàn thành vượt mức nhiều chỉ tiêu năm 2011
Ngày 28/12/2011, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Lò Thị Hoan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; dự có đồng chí Giàng A Tủa, Phó Bí thư Tỉnh ủy cùng 65 đại biểu là lãnh đạo khối dân vận các huyện, thành phố.
Báo cáo do đồng chí Nguyễn Đức Thắng, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày nêu rõ, năm 2011 công tác dân vận tập trung vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XIII và HĐND các cấp nhiệm kỳ 2011-2016; khối dân vận đạt và vượt 9/10 chỉ tiêu đề ra. Một số kết quả cụ thể:
- Tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 22-CT/TU ngày 14/3/2011 về tăng cường công tác dân vận vùng đồng bào Mông; hướng dẫn các huyện thực hiện Quy chế công tác dân vận ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị.
- Phối hợp mở 86 lớp tuyên truyền pháp luật với trên 7.400 lượt người tham dự.
- Vận động nhân dân hiến 38.600 m2 đất, đóng góp 12.500 ngày công và gần 4,2 tỷ đồng làm 214 km đường giao thông nông thôn.
- Kiện toàn 1.528 tổ dân vận ở thôn, bản với 4.310 thành viên.
- Tiếp nhận 96 đơn thư, phối hợp giải quyết 87 đơn, đạt 90,6%.
- Vận động 312 hộ di cư tự do ổn định cuộc sống tại chỗ, không để phát sinh điểm nóng.
- Xây dựng 45 mô hình điển hình trong phong trào thi đua "Dân vận khéo".
Bên cạnh kết quả đạt được, hội nghị chỉ ra một số hạn chế: tình trạng truyền đạo trái pháp luật, di cư tự do ở một số xã vùng cao chưa được ngăn chặn triệt để; năng lực của một bộ phận cán bộ dân vận cơ sở còn hạn chế.
Hội nghị nghe 9 tham luận. Bà Sùng Thị Chứ, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Hà, cho biết huyện đã vận động 14 bản xây dựng hương ước mới, bỏ tục lệ lạc hậu trong ma chay, cưới xin. Ông Vàng A Sử, Bí thư Đảng ủy xã Bản Phố, đề nghị tỉnh có cơ chế hỗ trợ cán bộ dân vận thôn, bản.
Phát biểu chỉ đạo, đồng chí Giàng A Tủa đề nghị năm 2012 khối dân vận các cấp bám sát cơ sở, làm tốt công tác nắm tình hình; tiếp tục vận động đồng bào ổn định dân cư, phát triển sản xuất; nâng cao chất lượng phong trào thi đua "Dân vận khéo".
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể, 22 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2011.
Minh Hải
Tin liên quan
- Bắc Hà ra mắt mô hình "Bản không có người di cư tự do" (15/12/2011)
- Giao ban khối dân vận quý III năm 2011 (06/10/2011)
- Sa Pa: 120 cán bộ được tập huấn nghiệp vụ dân vận (22/09/2011)
""", "2011-12-29", "Lào Cai: Khối dân vận hoàn thành vượt mức nhiều chỉ tiêu năm 2011",
E("tong_ket", "2011", "2011-12-28"),
[P("Lò Thị Hoan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Tủa", "Phó Bí thư Tỉnh ủy"),
 P("Nguyễn Đức Thắng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng Thị Chứ", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Hà"),
 P("Vàng A Sử", "Bí thư Đảng ủy xã Bản Phố")],
[Q("65 đại biểu", 65, "đại biểu"), Q("9/10 chỉ tiêu", 9, "chỉ tiêu"), Q("86 lớp tuyên truyền pháp luật", 86, "lớp tuyên truyền pháp luật"),
 Q("trên 7.400 lượt người", 7400, "lượt người", "over"), Q("38.600 m2", 38600, "m2"), Q("12.500 ngày công", 12500, "ngày công"),
 Q("gần 4,2 tỷ đồng", 4200000000, "đồng", "approx"), Q("214 km", 214, "km"), Q("1.528 tổ dân vận", 1528, "tổ dân vận"),
 Q("4.310 thành viên", 4310, "thành viên"), Q("96 đơn thư", 96, "đơn thư"), Q("87 đơn", 87, "đơn"), Q("90,6%", 90.6, "%"),
 Q("312 hộ di cư tự do", 312, "hộ di cư tự do"), Q("45 mô hình điển hình", 45, "mô hình điển hình"), Q("9 tham luận", 9, "tham luận"),
 Q("14 bản", 14, "bản"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Chỉ thị", "22", "CT/TU", "2011-03-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 22-CT/TU ngày 14/3/2011"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Lào Cai"), com("Bản Phố")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ > Tin tức - Sự kiện > Hoạt động dân vận", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Dân vận khéo", "Quy chế công tác dân vận"],
["Thứ Năm, 29/12/2011 - 16:20", "năm 2011", "năm 2012", "khóa XIII", "nhiệm kỳ 2011-2016"]))

PAGES.append(page("b6534-nghean-mttq-tongket-2012", """
BÁO NGHỆ AN ĐIỆN TỬ
Thời sự | Chính trị | Mặt trận - Đoàn thể
27/12/2012 08:40 GMT+7
Mặt trận tỉnh tổng kết năm 2012: Quỹ "Vì người nghèo" vận động được hơn 21 tỷ đồng
(Baonghean) - Ngày 26/12, Ủy ban MTTQ Việt Nam tỉnh Nghệ An tổ chức hội nghị tổng kết công tác Mặt trận năm 2012 và triển khai chương trình phối hợp thống nhất hành động năm 2013.
Dự hội nghị có đồng chí Hồ Đức Lâm, Phó Bí thư Thường trực Tỉnh ủy. Bà Võ Thị Thanh Nga, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh và các Phó Chủ tịch Ủy ban MTTQ tỉnh: Lê Văn Cường, Nguyễn Thị Hoài đồng chủ trì.
Các đại biểu dự hội nghị tổng kết. Ảnh: Thu Huyền
Báo cáo tổng kết nêu, năm 2012 hệ thống Mặt trận các cấp đã bám sát 5 chương trình hành động, đạt kết quả trên nhiều mặt:
• Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư": Ngày hội Đại đoàn kết toàn dân tộc được tổ chức ở 5.270/5.830 khu dân cư; có 412.000 hộ đăng ký gia đình văn hóa, trong đó 83,5% số hộ đạt danh hiệu.
• Quỹ "Vì người nghèo" các cấp vận động được hơn 21 tỷ đồng; xây mới và sửa chữa 1.146 nhà Đại đoàn kết cho hộ nghèo, mỗi nhà được hỗ trợ từ 20 đến 30 triệu đồng.
• Trao 3.800 suất học bổng cho học sinh nghèo vượt khó với tổng trị giá 1,9 tỷ đồng.
• Giám sát, phản biện: Mặt trận các cấp chủ trì 1.420 cuộc giám sát; tổng hợp 2.340 ý kiến, kiến nghị của cử tri gửi tới kỳ họp Quốc hội và HĐND tỉnh.
• Ban Thanh tra nhân dân ở 480 xã, phường, thị trấn tiếp nhận 612 đơn, kiến nghị, đề nghị giải quyết 590 vụ việc.
• Kết nạp thêm 46 tổ chức thành viên ở cấp xã.
Hội nghị cũng chỉ ra nhiều hạn chế: hoạt động giám sát ở một số nơi còn hình thức, việc đóng góp Quỹ còn mang tính bình quân, chưa huy động được doanh nghiệp.
Trong phần thảo luận, bà Lương Thị Ban, Chủ tịch Ủy ban MTTQ xã Châu Tiến, chia sẻ cách làm ở vùng đồng bào Thái: vận động mỗi bản góp gạo "hũ gạo tình thương" để hỗ trợ hộ khó khăn. Ông Phan Hữu Đạt, Trưởng ban công tác Mặt trận khối 7, phường Hưng Bình, nêu kinh nghiệm hòa giải ở cơ sở, năm qua khu dân cư không có đơn thư vượt cấp.
Phát biểu chỉ đạo, đồng chí Hồ Đức Lâm ghi nhận những kết quả mà Mặt trận đạt được, đề nghị năm 2013 tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về khu dân cư; phấn đấu giảm tỷ lệ hộ nghèo toàn tỉnh 3%.
Dịp này, 18 tập thể và 25 cá nhân được Ủy ban Trung ương MTTQ Việt Nam và UBND tỉnh tặng bằng khen.
Thanh Lê
Tin khác
- Quỳnh Lưu: 200 suất quà tặng hộ nghèo đón Tết (24/12/2012)
- Hiệp thương giới thiệu người ứng cử bổ sung đại biểu HĐND tỉnh (18/12/2012)
- MTTQ thành phố Vinh giám sát việc thu chi các khoản đóng góp (10/12/2012)
""", "2012-12-27", 'Mặt trận tỉnh tổng kết năm 2012: Quỹ "Vì người nghèo" vận động được hơn 21 tỷ đồng',
E("tong_ket", "2012", "2012-12-26"),
[P("Hồ Đức Lâm", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Võ Thị Thanh Nga", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Văn Cường", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Hoài", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lương Thị Ban", "Chủ tịch Ủy ban MTTQ xã Châu Tiến"),
 P("Phan Hữu Đạt", "Trưởng ban công tác Mặt trận khối 7")],
[Q("5 chương trình hành động", 5, "chương trình hành động"), Q("5.270/5.830 khu dân cư", 5270, "khu dân cư"),
 Q("412.000 hộ", 412000, "hộ"), Q("83,5%", 83.5, "%"), Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"),
 Q("1.146 nhà Đại đoàn kết", 1146, "nhà Đại đoàn kết"), Q("từ 20", 20000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("3.800 suất học bổng", 3800, "suất học bổng"), Q("1,9 tỷ đồng", 1900000000, "đồng"), Q("1.420 cuộc giám sát", 1420, "cuộc giám sát"),
 Q("2.340 ý kiến, kiến nghị", 2340, "ý kiến, kiến nghị"), Q("480 xã, phường, thị trấn", 480, "xã, phường, thị trấn"),
 Q("612 đơn, kiến nghị", 612, "đơn, kiến nghị"), Q("590 vụ việc", 590, "vụ việc"), Q("46 tổ chức thành viên", 46, "tổ chức thành viên"),
 Q("3%", 3, "%"), Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[],
[prov("Nghệ An"), com("Châu Tiến"), com("Hưng Bình")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Thời sự | Chính trị | Mặt trận - Đoàn thể", "(Baonghean)", "Các đại biểu dự hội nghị tổng kết. Ảnh: Thu Huyền",
 "Vì người nghèo", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "hũ gạo tình thương", "Ngày hội Đại đoàn kết toàn dân tộc"],
["27/12/2012 08:40 GMT+7", "năm 2012", "năm 2013", "khối 7"]))

PAGES.append(page("b6535-camau-bdvhu-baocao-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRẦN VĂN THỜI - TỈNH CÀ MAU
Bạn đang ở: Trang chủ / Hoạt động các ban Đảng / Dân vận
Ngày đăng: 18-12-2013
KẾT QUẢ CÔNG TÁC DÂN VẬN NĂM 2013 CỦA HUYỆN TRẦN VĂN THỜI
Theo Báo cáo số 86-BC/BDVHU ngày 16/12/2013 của Ban Dân vận Huyện ủy Trần Văn Thời về kết quả công tác dân vận năm 2013 và phương hướng, nhiệm vụ năm 2014, khối dân vận huyện đã hoàn thành các chỉ tiêu Huyện ủy giao, góp phần vào kết quả chung của tỉnh Cà Mau. Trang tin trích đăng các số liệu chủ yếu.
I. Công tác tham mưu, hướng dẫn
1. Tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 57-KH/HU ngày 12/8/2013 triển khai Nghị quyết số 25-NQ/TW ngày 03/6/2013 của BCH Trung ương (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới.
2. Tổ chức 3 hội nghị quán triệt cho 1.245 cán bộ, đảng viên chủ chốt của 13 xã, thị trấn.
3. Ban hành 6 văn bản hướng dẫn Đảng ủy các xã, thị trấn thực hiện Quy chế dân chủ ở cơ sở.
II. Kết quả vận động các tầng lớp nhân dân
a) Vận động nhân dân hiến 27.300 m2 đất, đóng góp hơn 6,8 tỷ đồng, 41.000 ngày công xây dựng 63 cây cầu bê tông và 118 km đường giao thông nông thôn.
b) Phối hợp giải quyết 214/236 vụ việc tranh chấp đất đai, đạt 90,7%; hòa giải thành 158 vụ.
c) Hỗ trợ 1.020 hộ nghèo vay vốn với tổng số tiền 19,4 tỷ đồng; vận động xây dựng 85 căn nhà tình thương.
d) Vận động đồng bào Khmer ở ấp Kênh Tư, ấp Đá Bạc sửa chữa 4 điểm chùa, mở 7 lớp dạy chữ Khmer hè cho 216 em.
III. Về thực hiện phong trào thi đua "Dân vận khéo"
Toàn huyện có 52 mô hình, trong đó 12 mô hình cấp huyện. Tiêu biểu là mô hình "Tổ tự quản đường giao thông" của xã Khánh Bình Tây và mô hình "Nuôi tôm kết hợp trồng rừng" ở xã Trần Hợi.
Tại hội nghị cán bộ chủ chốt ngày 17/12, ông Trương Minh Dũng, Bí thư Chi bộ ấp Kênh Tư, xã Khánh Bình Tây, cho biết chi bộ vận động được 36 hộ hiến đất mở tuyến lộ dài 2,4 km. Ông Danh Sên, Trưởng ban Quản trị chùa Kênh Tư, cảm ơn cấp ủy, chính quyền đã hỗ trợ bà con Khmer xây dựng sala chùa.
IV. Hạn chế
Công tác nắm tình hình nhân dân ở thị trấn Sông Đốc chưa kịp thời; một số vụ việc khiếu kiện kéo dài chưa được giải quyết dứt điểm; mô hình "Dân vận khéo" ở một số xã chưa được nhân rộng.
Năm 2014, Ban Dân vận Huyện ủy đề ra 8 chỉ tiêu, trong đó phấn đấu giải quyết trên 92% vụ việc tranh chấp ngay tại cơ sở.
Ông Lâm Văn Bé, HUV, Trưởng Ban Dân vận Huyện ủy, nhấn mạnh: "Mỗi cán bộ dân vận phải là người sát dân nhất".
Quang Vinh (Ban Dân vận Huyện ủy)
Các tin đã đưa
- Trần Văn Thời tổ chức họp mặt chức sắc, sư sãi Khmer mừng lễ Sene Đôlta (01/10/2013)
- Khánh Bình Tây: 50 hộ hiến đất làm lộ (20/09/2013)
- Giao ban công tác dân vận 6 tháng đầu năm 2013 (05/07/2013)
""", "2013-12-18", "KẾT QUẢ CÔNG TÁC DÂN VẬN NĂM 2013 CỦA HUYỆN TRẦN VĂN THỜI",
E("bao_cao", "2013", "2013-12-16"),
[P("Trương Minh Dũng", "Bí thư Chi bộ ấp Kênh Tư"),
 P("Danh Sên", "Trưởng ban Quản trị chùa Kênh Tư"),
 P("Lâm Văn Bé", "HUV", "Trưởng Ban Dân vận Huyện ủy")],
[Q("3 hội nghị", 3, "hội nghị"), Q("1.245 cán bộ, đảng viên chủ chốt", 1245, "cán bộ, đảng viên chủ chốt"), Q("13 xã, thị trấn", 13, "xã, thị trấn"),
 Q("6 văn bản hướng dẫn", 6, "văn bản hướng dẫn"), Q("27.300 m2", 27300, "m2"), Q("hơn 6,8 tỷ đồng", 6800000000, "đồng", "over"),
 Q("41.000 ngày công", 41000, "ngày công"), Q("63 cây cầu bê tông", 63, "cây cầu bê tông"), Q("118 km", 118, "km"),
 Q("214/236 vụ việc tranh chấp đất đai", 214, "vụ việc tranh chấp đất đai"), Q("90,7%", 90.7, "%"), Q("158 vụ", 158, "vụ"),
 Q("1.020 hộ nghèo", 1020, "hộ nghèo"), Q("19,4 tỷ đồng", 19400000000, "đồng"), Q("85 căn nhà tình thương", 85, "căn nhà tình thương"),
 Q("4 điểm chùa", 4, "điểm chùa"), Q("7 lớp dạy chữ Khmer hè", 7, "lớp dạy chữ Khmer hè"), Q("216 em", 216, "em"),
 Q("52 mô hình", 52, "mô hình"), Q("12 mô hình cấp huyện", 12, "mô hình cấp huyện"), Q("36 hộ", 36, "hộ"), Q("2,4 km", 2.4, "km"),
 Q("8 chỉ tiêu", 8, "chỉ tiêu"), Q("trên 92%", 92, "%", "over")],
[D("Báo cáo", "86", "BC/BDVHU", "2013-12-16", "Ban Dân vận Huyện ủy Trần Văn Thời", "Báo cáo số 86-BC/BDVHU ngày 16/12/2013"),
 D("Kế hoạch", "57", "KH/HU", "2013-08-12", "Ban Thường vụ Huyện ủy", "Kế hoạch số 57-KH/HU ngày 12/8/2013"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 03/6/2013")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Trần Hợi"), com("Sông Đốc")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRẦN VĂN THỜI - TỈNH CÀ MAU", "Bạn đang ở: Trang chủ / Hoạt động các ban Đảng / Dân vận",
 "Dân vận khéo", "Tổ tự quản đường giao thông", "Nuôi tôm kết hợp trồng rừng", "Quy chế dân chủ ở cơ sở"],
["Ngày đăng: 18-12-2013", "năm 2013", "năm 2014", "khóa XI", "Năm 2014"]))

PAGES.append(page("b6536-hanam-bdv-tongket-2014", """
Báo Hà Nam điện tử
Chính trị > Xây dựng Đảng
15:30 | 19/12/2014
Lượt đọc: 1.204
Toàn cảnh hội nghị.
Ban Dân vận Tỉnh ủy Hà Nam triển khai nhiệm vụ năm 2015
BHN - Chiều 18/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2014, triển khai nhiệm vụ năm 2015. Đồng chí Trần Thị Hằng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; đồng chí Đinh Văn Toản, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy trình bày báo cáo.
Năm 2014, khối dân vận tỉnh tập trung thực hiện Nghị quyết 25-NQ/TW của BCH Trung ương khóa XI và Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị. Kết quả trên một số lĩnh vực chủ yếu như sau:
* Công tác tham mưu: tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 18-CTr/TU về thực hiện Nghị quyết 25; tổ chức sơ kết Chỉ thị số 11-CT/TU của Ban Thường vụ Tỉnh ủy tại 6 huyện, thành phố.
* Phong trào "Dân vận khéo": toàn tỉnh có 1.168 mô hình, 326 điển hình được biểu dương các cấp.
* Xây dựng nông thôn mới: nhân dân hiến 52.000 m2 đất, đóng góp khoảng 186 tỷ đồng; đến nay có 37 xã đạt chuẩn, chiếm 33,6% số xã của tỉnh.
* Giám sát, phản biện xã hội: MTTQ và các đoàn thể tổ chức 214 cuộc giám sát, 19 hội nghị phản biện xã hội; tổng hợp 1.870 ý kiến góp ý xây dựng Đảng, chính quyền.
* Tiếp dân, đối thoại: cấp ủy, chính quyền các cấp tổ chức 97 cuộc đối thoại trực tiếp với nhân dân; giải quyết 98/116 vụ việc khiếu nại, tố cáo.
* Quy chế dân chủ: 100% cơ quan, đơn vị xây dựng và thực hiện quy chế dân chủ; 35 doanh nghiệp ngoài nhà nước có thỏa ước lao động tập thể.
Hội nghị cũng chỉ ra một số hạn chế: việc thực hiện Quy chế dân chủ ở một số doanh nghiệp còn hình thức; công tác nắm bắt dư luận khi triển khai dự án còn chậm, để phát sinh đơn thư đông người ở phường Lê Hồng Phong.
Phát biểu tham luận, đồng chí Lại Văn Tiến, Bí thư Đảng ủy xã Nhân Thịnh, cho biết xã đã vận động 126 hộ dồn điền đổi thửa, hiến hơn 3.000 m2 đất làm đường trục thôn; đồng chí Vũ Thị Lan, Trưởng Ban Dân vận Huyện ủy Kim Bảng, nêu kinh nghiệm phối hợp giữa khối dân vận và khối chính quyền.
Kết luận hội nghị, đồng chí Trần Thị Hằng yêu cầu năm 2015 tập trung làm tốt công tác dân vận phục vụ đại hội đảng bộ các cấp nhiệm kỳ 2015 - 2020, đẩy mạnh phong trào thi đua "Dân vận khéo" gắn với xây dựng nông thôn mới.
Thanh Hương
Tin liên quan
- Lý Nhân: Hội nghị đối thoại với nông dân năm 2014 (10/12/2014)
- 14 tập thể, 20 cá nhân được khen thưởng về thực hiện Quy chế dân chủ (28/11/2014)
- Phủ Lý tập huấn nghiệp vụ công tác dân vận (15/11/2014)
""", "2014-12-19", "Ban Dân vận Tỉnh ủy Hà Nam triển khai nhiệm vụ năm 2015",
E("tong_ket", "2014", "2014-12-18"),
[P("Trần Thị Hằng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Toản", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lại Văn Tiến", "Bí thư Đảng ủy xã Nhân Thịnh"),
 P("Vũ Thị Lan", "Trưởng Ban Dân vận Huyện ủy Kim Bảng")],
[Q("6 huyện, thành phố", 6, "huyện, thành phố"), Q("1.168 mô hình", 1168, "mô hình"), Q("326 điển hình", 326, "điển hình"),
 Q("52.000 m2", 52000, "m2"), Q("khoảng 186 tỷ đồng", 186000000000, "đồng", "approx"), Q("37 xã", 37, "xã"), Q("33,6%", 33.6, "%"),
 Q("214 cuộc giám sát", 214, "cuộc giám sát"), Q("19 hội nghị phản biện xã hội", 19, "hội nghị phản biện xã hội"),
 Q("1.870 ý kiến", 1870, "ý kiến"), Q("97 cuộc đối thoại", 97, "cuộc đối thoại"),
 Q("98/116 vụ việc khiếu nại, tố cáo", 98, "vụ việc khiếu nại, tố cáo"), Q("100%", 100, "%"),
 Q("35 doanh nghiệp ngoài nhà nước", 35, "doanh nghiệp ngoài nhà nước"), Q("126 hộ", 126, "hộ"), Q("hơn 3.000 m2", 3000, "m2", "over")],
[D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 25-NQ/TW"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Chương trình hành động", "18", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 18-CTr/TU"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU")],
[prov("Hà Nam"), com("Lê Hồng Phong"), com("Nhân Thịnh")],
["Báo Hà Nam điện tử", "Chính trị > Xây dựng Đảng", "Lượt đọc: 1.204", "Toàn cảnh hội nghị.", "BHN", "Dân vận khéo", "Quy chế dân chủ"],
["15:30 | 19/12/2014", "Lượt đọc: 1.204", "năm 2014", "năm 2015", "khóa XI", "nhiệm kỳ 2015 - 2020", "Nghị quyết 25"]))

PAGES.append(page("b6537-khanhhoa-ubnd-dvcq-tongket-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA
Tin tức > Hoạt động của lãnh đạo tỉnh
Thứ Năm, 24/12/2015
Tổng kết công tác dân vận chính quyền năm 2015: Tỷ lệ giải quyết hồ sơ đúng hạn đạt 97,8%
Sáng 23/12, UBND tỉnh Khánh Hòa phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận chính quyền năm 2015. Ông Lê Xuân Thành, Phó Chủ tịch UBND tỉnh và ông Nguyễn Văn Sáu, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy đồng chủ trì.
Ông Lê Xuân Thành phát biểu tại hội nghị. Ảnh: H.Ngân
Theo báo cáo của Sở Nội vụ, năm 2015 các cơ quan hành chính đã bám sát Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng công tác dân vận của cơ quan nhà nước, chính quyền các cấp và Kế hoạch 79-KH/UBND của UBND tỉnh. Các chỉ số chính:
+ Giải quyết hồ sơ thủ tục hành chính đúng hạn: 97,8% (năm 2014 là 94,1%).
+ Lãnh đạo các cấp tiếp 2.486 lượt công dân; tổ chức 134 cuộc đối thoại với người dân.
+ Giải quyết 1.915/2.103 đơn thư khiếu nại, tố cáo thuộc thẩm quyền, đạt 91%.
+ Mức độ hài lòng của người dân với dịch vụ hành chính công: 86,4%.
+ Kiểm tra công vụ tại 42 cơ quan, đơn vị; xử lý kỷ luật 12 cán bộ, công chức vi phạm.
+ Có 65 mô hình "Dân vận khéo" trong khối chính quyền, trong đó 9 mô hình cấp tỉnh.
Bên cạnh đó, hội nghị thẳng thắn chỉ ra: việc giải quyết bồi thường, hỗ trợ tái định cư ở một số dự án du lịch ven biển còn chậm, thái độ phục vụ của một bộ phận cán bộ "một cửa" chưa tốt.
Tại hội nghị, bà Bo Bo Thị Nghiệp, Chủ tịch UBND xã Sơn Thái, chia sẻ cách vận động đồng bào Raglai bỏ phát rừng làm rẫy, chuyển sang trồng 120 ha keo. Ông Trần Minh Quang, Chủ tịch UBND phường Vĩnh Hòa, cho biết phường đã công khai toàn bộ 78 thủ tục hành chính tại trụ sở và trên trang thông tin điện tử.
Ông Hồ Văn Mừng, Phó Giám đốc Sở Nội vụ, cho biết năm 2016 Sở sẽ tham mưu UBND tỉnh khảo sát mức độ hài lòng của người dân tại 100% xã, phường, thị trấn và công khai kết quả trên Cổng thông tin điện tử của tỉnh; đồng thời mở 4 lớp bồi dưỡng kỹ năng dân vận cho khoảng 300 cán bộ, công chức làm việc tại bộ phận tiếp nhận và trả kết quả.
Phát biểu kết luận, ông Lê Xuân Thành yêu cầu năm 2016 các sở, ngành, địa phương thực hiện nghiêm Kết luận 114, gắn công tác dân vận chính quyền với cải cách hành chính; người đứng đầu phải trực tiếp đối thoại khi phát sinh khiếu kiện đông người.
Hà Ngân
Các tin khác
- Khánh Vĩnh ra mắt 3 mô hình dân vận khéo (18/12/2015)
- Cam Ranh đối thoại với hộ dân vùng dự án (09/12/2015)
- Hội nghị sơ kết Quy chế dân chủ ở cơ sở (27/11/2015)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy Khối doanh nghiệp (20/11/2015)
""", "2015-12-24", "Tổng kết công tác dân vận chính quyền năm 2015: Tỷ lệ giải quyết hồ sơ đúng hạn đạt 97,8%",
E("tong_ket", "2015", "2015-12-23"),
[P("Lê Xuân Thành", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Văn Sáu", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bo Bo Thị Nghiệp", "Chủ tịch UBND xã Sơn Thái"),
 P("Trần Minh Quang", "Chủ tịch UBND phường Vĩnh Hòa"),
 P("Hồ Văn Mừng", "Phó Giám đốc Sở Nội vụ")],
[Q("97,8%", 97.8, "%"), Q("94,1%", 94.1, "%"), Q("2.486 lượt công dân", 2486, "lượt công dân"), Q("134 cuộc đối thoại", 134, "cuộc đối thoại"),
 Q("1.915/2.103 đơn thư khiếu nại, tố cáo", 1915, "đơn thư khiếu nại, tố cáo"), Q("91%", 91, "%"), Q("86,4%", 86.4, "%"),
 Q("42 cơ quan, đơn vị", 42, "cơ quan, đơn vị"), Q("12 cán bộ, công chức", 12, "cán bộ, công chức"), Q("65 mô hình", 65, "mô hình"),
 Q("9 mô hình cấp tỉnh", 9, "mô hình cấp tỉnh"), Q("120 ha", 120, "ha"), Q("78 thủ tục hành chính", 78, "thủ tục hành chính"),
 Q("100%", 100, "%"), Q("4 lớp bồi dưỡng kỹ năng dân vận", 4, "lớp bồi dưỡng kỹ năng dân vận"),
 Q("khoảng 300 cán bộ, công chức", 300, "cán bộ, công chức", "approx")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Kế hoạch", "79", "KH/UBND", None, "UBND tỉnh", "Kế hoạch 79-KH/UBND")],
[prov("Khánh Hòa"), com("Sơn Thái"), com("Vĩnh Hòa")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA", "Tin tức > Hoạt động của lãnh đạo tỉnh", "Ông Lê Xuân Thành phát biểu tại hội nghị. Ảnh: H.Ngân",
 "Dân vận khéo", "một cửa"],
["Thứ Năm, 24/12/2015", "năm 2015", "năm 2014", "năm 2016", "Kết luận 114"]))

PAGES.append(page("b6538-sonla-maison-bdvhu-tongket-2016", """
BÁO SƠN LA - Cơ quan của Đảng bộ tỉnh Sơn La
Trang chủ › Chính trị › Dân vận
28/12/2016 - 09:15
Mai Sơn: 2.650 hộ chuyển đổi cây trồng nhờ công tác dân vận
Năm 2016, công tác dân vận trên địa bàn huyện Mai Sơn có nhiều chuyển biến, trong đó nổi bật là vận động 2.650 hộ chuyển đổi cơ cấu cây trồng. Đó là thông tin tại hội nghị tổng kết công tác dân vận năm 2016, triển khai nhiệm vụ năm 2017 do Ban Dân vận Huyện ủy Mai Sơn tổ chức ngày 27/12.
Đồng chí Lò Văn Hương, HUV, Trưởng Ban Dân vận Huyện ủy, chủ trì hội nghị. Dự có đồng chí Cầm Thị Ương, Phó Chủ tịch UBND huyện.
Năm qua, Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch 112, 113-KH/HU triển khai Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị và Kết luận số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị. Kết quả cụ thể:
- 2.650 hộ chuyển đổi 1.820 ha đất trồng ngô trên đất dốc sang trồng cây ăn quả, chè và cà phê.
- Vận động nhân dân hiến 46.000 m2 đất, đóng góp trên 5 tỷ đồng làm 37 km đường bê tông bản.
- 22 xã, thị trấn tổ chức được đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân; tiếp nhận 318 ý kiến.
- Nắm tình hình và phối hợp giải quyết 18 vụ việc truyền đạo trái pháp luật, không để phát sinh điểm nóng; vận động 64 hộ từ bỏ tà đạo trở lại sinh hoạt bình thường.
- Phát huy vai trò của 426 người có uy tín trong đồng bào dân tộc thiểu số; mỗi người được hỗ trợ 500.000 đồng và 1 tờ báo.
- Xây dựng 39 mô hình "Dân vận khéo", khoảng 70% mô hình gắn với phát triển kinh tế.
- Phối hợp với Hội Nông dân huyện mở 12 lớp tập huấn cho hơn 600 lượt hội viên; Hội Liên hiệp Phụ nữ huyện giúp 85 hội viên nghèo vay vốn với số tiền 2,1 tỷ đồng.
Tại hội nghị, ông Quàng Văn Bình, người có uy tín bản Nà Sản, xã Chiềng Mung, chia sẻ cách vận động bà con trong bản góp 210 ngày công nạo vét mương thủy lợi. Ông Sồng A Chơ, Bí thư Đảng ủy xã Chiềng Lương, đề nghị huyện hỗ trợ giống cây ăn quả cho các bản người Mông.
Đánh giá hạn chế, hội nghị nêu: công tác nắm tình hình ở một số bản vùng sâu chưa thường xuyên; một số mô hình "Dân vận khéo" chưa có sức lan tỏa.
Năm 2017, huyện phấn đấu mỗi xã, thị trấn có ít nhất 2 mô hình "Dân vận khéo" và giảm tỷ lệ hộ nghèo từ 2% trở lên.
Hội nghị đã khen thưởng 8 tập thể và 14 cá nhân có thành tích xuất sắc trong thực hiện phong trào thi đua "Dân vận khéo".
Lò Thị Diệu (Trung tâm TT-VH huyện Mai Sơn)
Tin cùng chuyên mục
- Thuận Châu tổng kết công tác dân vận năm 2016 (26/12/2016)
- Sông Mã: vận động nhân dân giải phóng mặt bằng đường tỉnh 117 (19/12/2016)
- Bắc Yên gặp mặt 90 người có uy tín (12/12/2016)
""", "2016-12-28", "Mai Sơn: 2.650 hộ chuyển đổi cây trồng nhờ công tác dân vận",
E("tong_ket", "2016", "2016-12-27"),
[P("Lò Văn Hương", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Cầm Thị Ương", "Phó Chủ tịch UBND huyện"),
 P("Quàng Văn Bình", "người có uy tín bản Nà Sản"),
 P("Sồng A Chơ", "Bí thư Đảng ủy xã Chiềng Lương")],
[Q("2.650 hộ", 2650, "hộ"), Q("1.820 ha", 1820, "ha"), Q("46.000 m2", 46000, "m2"), Q("trên 5 tỷ đồng", 5000000000, "đồng", "over"),
 Q("37 km", 37, "km"), Q("22 xã, thị trấn", 22, "xã, thị trấn"), Q("318 ý kiến", 318, "ý kiến"),
 Q("18 vụ việc truyền đạo trái pháp luật", 18, "vụ việc truyền đạo trái pháp luật"), Q("64 hộ", 64, "hộ"),
 Q("426 người có uy tín", 426, "người có uy tín"), Q("500.000 đồng", 500000, "đồng"), Q("39 mô hình", 39, "mô hình"),
 Q("khoảng 70%", 70, "%", "approx"), Q("12 lớp tập huấn", 12, "lớp tập huấn"),
 Q("hơn 600 lượt hội viên", 600, "lượt hội viên", "over"), Q("85 hội viên nghèo", 85, "hội viên nghèo"), Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("210 ngày công", 210, "ngày công"), Q("ít nhất 2 mô hình", 2, "mô hình", "over"),
 Q("từ 2% trở lên", 2, "%", "over"), Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Kế hoạch", "112", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 112, 113-KH/HU"),
 D("Kế hoạch", "113", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 112, 113-KH/HU"),
 D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016"),
 D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 07/01/2016")],
[prov("Sơn La"), com("Chiềng Mung"), com("Chiềng Lương")],
["BÁO SƠN LA - Cơ quan của Đảng bộ tỉnh Sơn La", "Trang chủ › Chính trị › Dân vận", "Dân vận khéo"],
["28/12/2016 - 09:15", "năm 2016", "năm 2017", "1 tờ báo", "Năm 2017"]))
