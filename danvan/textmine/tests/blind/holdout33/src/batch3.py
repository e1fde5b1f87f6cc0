from lib import *
PAGES = []

PAGES.append(page("b761-binhphuoc-doithoai-stieng-2021", """
BÌNH PHƯỚC ONLINE
Trang chủ - Chính trị - Dân vận
Ngày 16/04/2021 | 09:15
Lắng nghe đồng bào S'tiêng ở Bù Gia Mập
Sáng 15/4, Ban Dân vận Tỉnh ủy Bình Phước phối hợp Huyện ủy Bù Gia Mập tổ chức hội nghị đối thoại với đồng bào dân tộc thiểu số xã Đăk Ơ năm 2021, tiếp nhận và trả lời trực tiếp các đơn thư, kiến nghị của người dân.
Ông Điểu Kiên, người có uy tín sóc Bù Lư, nêu kiến nghị tại buổi đối thoại.
Chủ trì đối thoại có đồng chí Điểu Thị Hồng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Chủ tịch UBND huyện Bù Gia Mập: Trần Văn Lâm, Thị Mai. Tham dự có 210 người dân, chủ yếu là đồng bào S'tiêng, M'nông ở 8 thôn, sóc.
Trước buổi đối thoại, Ban Dân vận Tỉnh ủy đã nhận 19 đơn thư của bà con, trong đó 11 đơn về đất sản xuất, 5 đơn về hỗ trợ nhà ở, còn lại về chính sách cho người có uy tín. Ông Điểu Kiên, người có uy tín sóc Bù Lư, đề nghị giao lại 120 ha đất rừng nghèo cho hộ thiếu đất. Bà Thị Rết, sóc Bù Ka, hỏi vì sao gia đình chưa được hỗ trợ làm nhà theo chương trình 2 năm trước.
Ông Trần Văn Lâm trả lời, huyện đã rà soát, dự kiến cấp đất cho 64 hộ trong năm 2021; riêng hỗ trợ nhà ở, mỗi hộ được 40 triệu đồng, danh sách đã trình tỉnh. Đại diện Sở Tài nguyên và Môi trường giải đáp về thủ tục cấp giấy chứng nhận quyền sử dụng đất theo quy định.
Phát biểu kết luận, đồng chí Điểu Thị Hồng cho biết đối thoại được thực hiện theo Quy định 124-QĐ/TW của Ban Bí thư về giám sát của MTTQ và các đoàn thể đối với việc tu dưỡng, rèn luyện đạo đức của cán bộ, đảng viên, cùng Hướng dẫn 07-HD/BDVTU ngày 2/3/2021 của Ban Dân vận Tỉnh ủy về tổ chức đối thoại ở cơ sở. Những kiến nghị chưa trả lời được sẽ được chuyển bằng văn bản đến các sở, ngành, hạn trả lời trong 30 ngày.
Đồng chí đề nghị đồng bào không nghe theo kẻ xấu xúi giục khiếu kiện đông người, không phá rừng làm rẫy; tích cực tham gia phong trào "Dân vận khéo", góp ý xây dựng Đảng, chính quyền trong năm bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021 - 2026. Ông Lâm Văn Hiếu, Bí thư Đảng ủy xã Đăk Ơ, cam kết công khai kết quả giải quyết đơn thư tại hội nghị nhân dân các thôn, sóc.
Kết thúc buổi đối thoại, đoàn công tác trao 50 suất quà cho các hộ đồng bào khó khăn, mỗi suất trị giá 500.000 đồng.
Trước đó, Ban Dân vận Tỉnh ủy đã tổ chức đối thoại tại các xã Bù Gia Mập, Đắk Nhau; qua đó nhiều vướng mắc về đất đai kéo dài nhiều năm đã được tháo gỡ, người dân phấn khởi, tin tưởng vào sự lãnh đạo của Đảng.
Bảo Long
Tin liên quan
- Bù Đăng: gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (05/04/2021)
- Giao ban khối dân vận quý I/2021 (31/03/2021)
- Lộc Ninh ra mắt mô hình "Dân vận khéo" trong đồng bào Khmer (18/03/2021)
""", "2021-04-16", "Lắng nghe đồng bào S'tiêng ở Bù Gia Mập",
E("doi_thoai", "2021", "2021-04-15"),
[P("Điểu Kiên", "người có uy tín sóc Bù Lư"),
 P("Điểu Thị Hồng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Lâm", "Phó Chủ tịch UBND huyện Bù Gia Mập"),
 P("Thị Mai", "Phó Chủ tịch UBND huyện Bù Gia Mập"),
 P("Thị Rết"),
 P("Lâm Văn Hiếu", "Bí thư Đảng ủy xã Đăk Ơ")],
[Q("210 người dân", 210, "người dân"), Q("8 thôn, sóc", 8, "thôn, sóc"), Q("19 đơn thư", 19, "đơn thư"), Q("11 đơn", 11, "đơn"),
 Q("5 đơn", 5, "đơn"), Q("120 ha", 120, "ha"), Q("64 hộ", 64, "hộ"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("50 suất quà", 50, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định 124-QĐ/TW"),
 D("Hướng dẫn", "07", "HD/BDVTU", "2021-03-02", "Ban Dân vận Tỉnh ủy", "Hướng dẫn 07-HD/BDVTU ngày 2/3/2021")],
[prov("Bình Phước"), com("Đăk Ơ"), com("Bù Gia Mập"), com("Đắk Nhau")],
["BÌNH PHƯỚC ONLINE", "Trang chủ - Chính trị - Dân vận", "Ông Điểu Kiên, người có uy tín sóc Bù Lư, nêu kiến nghị tại buổi đối thoại.",
 "Bù Lư", "Bù Ka", "Dân vận khéo", "Bảo Long"],
["Ngày 16/04/2021 | 09:15", "2 năm", "năm 2021", "30 ngày", "khóa XV", "nhiệm kỳ 2021 - 2026"]))

PAGES.append(page("b762-phuyen-dvk-tongket-2021", """
BÁO PHÚ YÊN ĐIỆN TỬ
Hôm nay: Thứ Năm, 23/12/2021
Trang chủ › Chính trị › Dân vận
Cập nhật: 14:55, 22/12/2021 (GMT+7)
Tôn vinh 60 điển hình "Dân vận khéo"
Toàn cảnh hội nghị.
Chiều 21/12, Ban Dân vận Tỉnh ủy Phú Yên tổ chức hội nghị tổng kết phong trào thi đua "Dân vận khéo" năm 2021 và biểu dương 60 điển hình tiêu biểu (gồm 28 tập thể, 32 cá nhân). Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến 9 điểm cầu huyện, thị xã, thành phố.
Dự hội nghị có đồng chí Nguyễn Đức Thuận, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy và đồng chí Ma Thị Hơng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Ghi nhận trong năm, dù chịu ảnh hưởng của dịch Covid-19, các cấp đã xây dựng mới 214 mô hình "Dân vận khéo", nâng tổng số mô hình lên 1.087. Nhiều mô hình mang lại hiệu quả rõ nét: vận động nhân dân hiến 8,2 ha đất làm đường, xóa 136 căn nhà tạm cho hộ nghèo, lập 45 "Tổ Covid cộng đồng" ở các thôn, khu phố. Việc thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị được các cấp ủy triển khai nghiêm túc; Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch 70-KH/TU để thực hiện.
Tại hội nghị, ông Nay Y Nuê, người có uy tín buôn Ma Giai, xã Ea Bia, huyện Sông Hinh, chia sẻ cách vận động đồng bào Êđê tiêm vắc xin; bà La Thị Thơm, Chủ tịch Hội LHPN xã Phú Mỡ, giới thiệu mô hình "Mẹ đỡ đầu" giúp 27 trẻ em mồ côi do dịch. Ông Lê Văn Quang, Bí thư Chi bộ khu phố 3, phường Xuân Yên, kể việc vận động 100% hộ dân không có đơn thư vượt cấp.
Đồng chí Ma Thị Hơng nhấn mạnh, năm 2022 các cấp ủy cần triển khai Kết luận 06, 07-KL/TU của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng công tác dân vận chính quyền và công tác vận động đồng bào dân tộc thiểu số giai đoạn 2021 - 2025; gắn phong trào "Dân vận khéo" với thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới.
Dịp này, Ban Dân vận Trung ương tặng bằng khen cho 3 tập thể; Ban Thường vụ Tỉnh ủy tặng bằng khen cho 60 điển hình, mỗi điển hình kèm 2 triệu đồng tiền thưởng. Đồng chí Lương Văn Tín, Phó Trưởng Ban Dân vận Tỉnh ủy, công bố các quyết định khen thưởng.
Hội nghị cũng chỉ ra hạn chế: một số địa phương còn chạy theo số lượng mô hình, việc nhân rộng điển hình chưa thường xuyên, tuyên truyền gương người tốt việc tốt trên báo chí còn ít.
Ngọc Hân
Các tin khác
- Sông Hinh: 30 người có uy tín được tập huấn kỹ năng (10/12/2021)
- Giao ban khối dân vận quý IV (30/11/2021)
- Đồng Xuân vận động đồng bào Chăm H'roi giữ rừng (19/11/2021)
""", "2021-12-22", "Tôn vinh 60 điển hình \"Dân vận khéo\"",
E("tong_ket", "2021", "2021-12-21"),
[P("Nguyễn Đức Thuận", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Ma Thị Hơng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nay Y Nuê", "người có uy tín buôn Ma Giai, xã Ea Bia, huyện Sông Hinh"),
 P("La Thị Thơm", "Chủ tịch Hội LHPN xã Phú Mỡ"),
 P("Lê Văn Quang", "Bí thư Chi bộ khu phố 3, phường Xuân Yên"),
 P("Lương Văn Tín", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("60 điển hình", 60, "điển hình"), Q("28 tập thể", 28, "tập thể"), Q("32 cá nhân", 32, "cá nhân"),
 Q("9 điểm cầu huyện, thị xã, thành phố", 9, "điểm cầu huyện, thị xã, thành phố"), Q("214 mô hình", 214, "mô hình"),
 Q("1.087", 1087, "mô hình"), Q("8,2 ha", 8.2, "ha"), Q("136 căn nhà tạm", 136, "căn nhà tạm"), Q("45 \"Tổ Covid cộng đồng\"", 45, "Tổ Covid cộng đồng"),
 Q("27 trẻ em mồ côi", 27, "trẻ em mồ côi"), Q("100% hộ dân", 100, "%"), Q("3 tập thể", 3, "tập thể"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "70", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 70-KH/TU"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 06, 07-KL/TU"),
 D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 06, 07-KL/TU")],
[prov("Phú Yên"), com("Ea Bia"), com("Phú Mỡ"), com("Xuân Yên")],
["BÁO PHÚ YÊN ĐIỆN TỬ", "Hôm nay: Thứ Năm, 23/12/2021", "Trang chủ › Chính trị › Dân vận", "Toàn cảnh hội nghị.", "Dân vận khéo",
 "Mẹ đỡ đầu", "Tổ Covid cộng đồng", "Ma Giai", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"],
["Hôm nay: Thứ Năm, 23/12/2021", "Cập nhật: 14:55, 22/12/2021 (GMT+7)", "Covid-19", "năm 2022", "giai đoạn 2021 - 2025", "khu phố 3"]))

PAGES.append(page("b763-baclieu-giaoban-thang6-2022", """
BAN DÂN VẬN TỈNH ỦY BẠC LIÊU
Trang chủ » Hoạt động Ban » Giao ban
30 tháng 6, 2022 | 17:45
Đồng chí Thạch Thị Ngọc Diệp chủ trì giao ban.
Giao ban công tác dân vận tháng 6
Ngày 29/6/2022, Ban Dân vận Tỉnh ủy Bạc Liêu tổ chức giao ban công tác dân vận tháng 6/2022, nghe báo cáo tình hình nhân dân, tình hình đồng bào Khmer, Hoa và các tôn giáo trên địa bàn.
Giao ban do đồng chí Thạch Thị Ngọc Diệp, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự có các đồng chí: Trần Quốc Việt, Phó Trưởng Ban Dân vận Tỉnh ủy; Quách Minh Hào, Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy, và trưởng ban dân vận 7 huyện, thị xã, thành phố.
Theo báo cáo, trong tháng nhân dân quan tâm đến giá xăng dầu, phân bón tăng cao làm chi phí nuôi tôm, trồng lúa tăng khoảng 20%. Cộng đồng người Hoa tổ chức lễ vía Bà Thiên Hậu tại 4 miếu an toàn, trang trọng; đồng bào Khmer chuẩn bị lễ Sene Đôlta. Các cơ quan dân vận tiếp nhận 9 đơn thư, trong đó 6 đơn khiếu nại về bồi thường dự án điện gió ven biển, 3 đơn tố cáo cán bộ ấp thu tiền sai quy định.
Ông Lý Hoàng Sơn, Trưởng Ban Dân vận Huyện ủy Vĩnh Lợi, cho biết huyện đã phối hợp đối thoại với 42 hộ có đất trong vùng dự án; ông Kim Thanh Sang, người có uy tín ấp Cù Lao, xã Hưng Hội, đã giúp vận động 15 hộ nhận tiền bồi thường, bàn giao mặt bằng.
Kết luận giao ban, đồng chí Thạch Thị Ngọc Diệp yêu cầu các cơ quan tiếp tục quán triệt Quyết định 23-QĐ/TW của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị và Quy chế dân vận của Tỉnh ủy ban hành kèm Quyết định 215-QĐ/TU ngày 15/3/2022; tổng hợp góp ý của nhân dân vào dự thảo Luật Thực hiện dân chủ ở cơ sở gửi về Ban trước ngày 10/7. Đồng chí giao Văn phòng Ban phối hợp Thanh tra tỉnh theo dõi 3 đơn tố cáo, báo cáo kết quả vào giao ban tháng 7.
Ban Dân vận Tỉnh ủy cũng thống nhất chương trình kiểm tra việc thực hiện Chỉ thị 42, 43-CT/TU của Ban Thường vụ Tỉnh ủy ở 2 huyện Hồng Dân, Phước Long trong quý III.
Trước đó, trong tháng 6 Ban đã phối hợp tổ chức hội nghị gặp mặt 120 chức sắc, chức việc các tôn giáo, nghe bà con phản ánh tâm tư về việc đăng ký hoạt động tôn giáo, sửa chữa cơ sở thờ tự. Các ý kiến đã được Ban Tôn giáo tỉnh giải đáp, hướng dẫn.
Một số ý kiến tại giao ban đề nghị tăng cường đối thoại với người dân vùng dự án ngay từ khi lập quy hoạch, công khai phương án bồi thường để tránh phát sinh khiếu kiện; đồng thời quan tâm hơn đến đời sống của hộ nghèo người Khmer ở các ấp ven biển.
Kim Phượng
Lượt xem: 504
Tin liên quan
- Giao ban công tác dân vận tháng 5/2022 (31/05/2022)
- Hồng Dân: biểu dương 18 mô hình "Dân vận khéo" (20/05/2022)
- Đông Hải nắm tình hình ngư dân sau đợt tăng giá nhiên liệu (12/05/2022)
""", "2022-06-30", "Giao ban công tác dân vận tháng 6",
E("giao_ban", "2022-06", "2022-06-29"),
[P("Thạch Thị Ngọc Diệp", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Quốc Việt", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quách Minh Hào", "Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy"),
 P("Lý Hoàng Sơn", "Trưởng Ban Dân vận Huyện ủy Vĩnh Lợi"),
 P("Kim Thanh Sang", "người có uy tín ấp Cù Lao, xã Hưng Hội")],
[Q("7 huyện, thị xã, thành phố", 7, "huyện, thị xã, thành phố"), Q("khoảng 20%", 20, "%", "approx"), Q("4 miếu", 4, "miếu"),
 Q("9 đơn thư", 9, "đơn thư"), Q("6 đơn khiếu nại", 6, "đơn khiếu nại"), Q("3 đơn tố cáo", 3, "đơn tố cáo"), Q("42 hộ", 42, "hộ"),
 Q("15 hộ", 15, "hộ"), Q("2 huyện", 2, "huyện"), Q("120 chức sắc, chức việc", 120, "chức sắc, chức việc")],
[D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 23-QĐ/TW"),
 D("Quyết định", "215", "QĐ/TU", "2022-03-15", "Tỉnh ủy", "Quyết định 215-QĐ/TU ngày 15/3/2022"),
 D("Chỉ thị", "42", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 42, 43-CT/TU"),
 D("Chỉ thị", "43", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 42, 43-CT/TU")],
[prov("Bạc Liêu"), com("Hưng Hội")],
["BAN DÂN VẬN TỈNH ỦY BẠC LIÊU", "Trang chủ » Hoạt động Ban » Giao ban", "Đồng chí Thạch Thị Ngọc Diệp chủ trì giao ban.",
 "Bà Thiên Hậu", "Sene Đôlta", "Cù Lao", "Quy chế dân vận", "Luật Thực hiện dân chủ ở cơ sở", "Lượt xem: 504"],
["30 tháng 6, 2022 | 17:45", "tháng 6/2022", "10/7", "tháng 7", "quý III", "Lượt xem: 504"]))

PAGES.append(page("b764-thaibinh-gapmat-chucsac-2022", """
Báo Thái Bình điện tử
Trang chủ / Chính trị / Tôn giáo
12/10/2022 - 09:20
Ban Dân vận Tỉnh ủy gặp mặt chức sắc, chức việc các tôn giáo năm 2022
Ngày 11/10, Ban Dân vận Tỉnh ủy Thái Bình tổ chức hội nghị gặp mặt chức sắc, chức việc các tôn giáo năm 2022. Dự hội nghị có 134 đại biểu là linh mục, nhà sư, chức việc các giáo xứ, nhà chùa và đại diện Ban Tôn giáo Sở Nội vụ.
Linh mục Phêrô Vũ Văn Khải phát biểu ý kiến tại hội nghị.
Chủ trì hội nghị có đồng chí Đặng Thị Minh Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Ngô Văn Thiện, Trưởng ban Tôn giáo Sở Nội vụ.
Báo cáo tại hội nghị cho biết, tỉnh có 3 tôn giáo với hơn 150.000 tín đồ Công giáo, khoảng 570 cơ sở thờ tự Phật giáo. Từ đầu năm đến nay, các tôn giáo tổ chức 62 lễ hội lớn an toàn, đúng quy định; không có điểm nóng, phức tạp về tôn giáo.
Trong 9 tháng, các giáo xứ, nhà chùa đã ủng hộ quỹ "Vì người nghèo" hơn 3,4 tỷ đồng, trao 215 suất học bổng cho học sinh nghèo; tham gia xây dựng 18 nhà Đại đoàn kết. Ban Dân vận các cấp tiếp nhận 14 đơn thư liên quan đến đất đai của cơ sở tôn giáo, đã phối hợp giải quyết 12 đơn.
Tại hội nghị, Linh mục Phêrô Vũ Văn Khải, Quản xứ giáo xứ Bác Trạch, xã Thụy Hà, đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho nhà thờ. Thượng tọa Thích Thanh Phong, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, kiến nghị hỗ trợ trùng tu các chùa xuống cấp.
Đồng chí Đặng Thị Minh Hòa ghi nhận đóng góp của chức sắc, tín đồ; khẳng định tỉnh thực hiện nhất quán chính sách tôn trọng tự do tín ngưỡng, tôn giáo theo Nghị định 162/2017/NĐ-CP của Chính phủ và Chỉ thị 18, 19-CT/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo và công tác vận động đồng bào Công giáo trong tình hình mới. Đồng chí đề nghị chức sắc tiếp tục vận động giáo dân, Phật tử thực hiện phong trào "Dân vận khéo", tham gia xây dựng nông thôn mới kiểu mẫu.
Bà Trần Thị Bích, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết các kiến nghị sẽ được tổng hợp, chuyển đến UBND tỉnh và các sở, ngành để trả lời bằng văn bản trong tháng 11.
Hội nghị diễn ra trong không khí cởi mở, tin cậy. Nhiều chức sắc bày tỏ phấn khởi khi các kiến nghị tại hội nghị năm trước đã được giải quyết, trong đó có việc mở rộng đường vào nhà thờ và hỗ trợ kinh phí chống ngập cho các chùa vùng ven biển.
Minh Hằng
Tin cùng chuyên mục
- Vũ Thư: đối thoại với giáo dân về dự án khu công nghiệp (30/09/2022)
- Tiền Hải gặp mặt chức sắc nhân Lễ Vu lan (10/08/2022)
- Ban Dân vận Tỉnh ủy sơ kết công tác 6 tháng (08/07/2022)
- Kiến Xương: giáo dân hiến đất mở rộng đường liên xã (22/06/2022)
- Gặp mặt chức sắc Phật giáo nhân Đại lễ Phật đản (12/05/2022)
""", "2022-10-12", "Ban Dân vận Tỉnh ủy gặp mặt chức sắc, chức việc các tôn giáo năm 2022",
E("hoi_nghi", "2022", "2022-10-11"),
[P("Phêrô Vũ Văn Khải", "Linh mục", "Quản xứ giáo xứ Bác Trạch"),
 P("Đặng Thị Minh Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ngô Văn Thiện", "Trưởng ban Tôn giáo Sở Nội vụ"),
 P("Thích Thanh Phong", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Trần Thị Bích", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("134 đại biểu", 134, "đại biểu"), Q("3 tôn giáo", 3, "tôn giáo"), Q("hơn 150.000 tín đồ Công giáo", 150000, "tín đồ Công giáo", "over"),
 Q("khoảng 570 cơ sở thờ tự Phật giáo", 570, "cơ sở thờ tự Phật giáo", "approx"), Q("62 lễ hội lớn", 62, "lễ hội lớn"),
 Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"), Q("215 suất học bổng", 215, "suất học bổng"), Q("18 nhà Đại đoàn kết", 18, "nhà Đại đoàn kết"),
 Q("14 đơn thư", 14, "đơn thư"), Q("12 đơn", 12, "đơn")],
[D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định 162/2017/NĐ-CP"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 18, 19-CT/TU"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 18, 19-CT/TU")],
[prov("Thái Bình"), com("Thụy Hà")],
["Báo Thái Bình điện tử", "Trang chủ / Chính trị / Tôn giáo", "Linh mục Phêrô Vũ Văn Khải phát biểu ý kiến tại hội nghị.",
 "Vì người nghèo", "Dân vận khéo", "Bác Trạch", "Minh Hằng"],
["12/10/2022 - 09:20", "năm 2022", "9 tháng", "tháng 11"]))

PAGES.append(page("b765-lamdong-taphuan-nguoicouytin-2023", """
BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Trang chủ >> Tin tức >> Công tác dân tộc
Thứ Tư, 15/03/2023 - 10:10
Ảnh: Các học viên tham dự lớp bồi dưỡng.
Bồi dưỡng kiến thức cho 180 người có uy tín ở Lâm Hà, Đam Rông
Trong 2 ngày 13 - 14/3/2023, Ban Dân vận Tỉnh ủy Lâm Đồng phối hợp Ban Dân tộc tỉnh tổ chức lớp tập huấn, bồi dưỡng kiến thức năm 2023 cho 180 người có uy tín trong đồng bào dân tộc thiểu số 2 huyện Lâm Hà và Đam Rông.
Phát biểu khai giảng, đồng chí K'Điệu, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết toàn tỉnh có 612 người có uy tín, phần lớn là già làng, trưởng thôn người K'Ho, Mạ, Chu Ru, Mnông. Đội ngũ này đã góp phần hòa giải 87 vụ việc, vận động 132 hộ trả lại đất lấn chiếm rừng và tố giác nhiều đối tượng tuyên truyền tà đạo.
Các học viên được nghe ông Kơ Să Ha Tiến, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, phổ biến Kết luận 65-KL/TW của Bộ Chính trị về tiếp tục thực hiện Nghị quyết 24-NQ/TW về công tác dân tộc; bà Ka Hòa, Phó Trưởng ban Dân tộc tỉnh, giới thiệu chế độ theo Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ, mỗi năm người có uy tín được cấp 1 tờ báo, thăm hỏi ốm đau tối đa 2 triệu đồng. Báo cáo viên cũng hướng dẫn cách nhận diện thông tin sai trái trên mạng, cách tiếp nhận và chuyển đơn thư của bà con đến đúng cơ quan.
Buổi thảo luận sôi nổi. Già làng K'Brểu, thôn Đạ Nhar, xã Đạ Tông, chia sẻ cách vận động thanh niên không tham gia "Tin lành Đấng Christ". Ông Bon Niêng Ha Sép, Bí thư Chi bộ thôn Liêng Bông, xã Đạ Long, kiến nghị nâng mức hỗ trợ cho người có uy tín lên 700.000 đồng/quý.
Ông Võ Quang Trung, HUV, Trưởng Ban Dân vận Huyện ủy Đam Rông, cho biết huyện đang thực hiện Kế hoạch 302-KH/HU của Ban Thường vụ Huyện ủy về phát huy vai trò người có uy tín giai đoạn 2023 - 2025, phấn đấu mỗi thôn có ít nhất 1 mô hình "Dân vận khéo" do người có uy tín làm nòng cốt.
Kết thúc lớp tập huấn, Ban tổ chức tặng mỗi học viên 1 bộ tài liệu song ngữ Việt - K'Ho và quà trị giá 300.000 đồng. Tổng kinh phí lớp học trên 162 triệu đồng, từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Ban Dân vận Tỉnh ủy cho biết trong năm 2023 sẽ tiếp tục mở lớp tương tự ở các huyện Di Linh, Bảo Lâm, Lạc Dương; đồng thời tổ chức đoàn người có uy tín đi tham quan, học tập mô hình sản xuất ở các tỉnh bạn.
Theo đánh giá của học viên, nội dung lớp học thiết thực, dễ hiểu; nhiều ý kiến mong được tập huấn thêm về kỹ năng hòa giải ở cơ sở và kiến thức pháp luật về đất đai, rừng.
K'Sơn
Lượt xem: 812
Tin liên quan
- Lạc Dương: đối thoại với đồng bào K'Ho về đất rừng (02/03/2023)
- Tổng kết công tác dân vận năm 2022 (29/12/2022)
""", "2023-03-15", "Bồi dưỡng kiến thức cho 180 người có uy tín ở Lâm Hà, Đam Rông",
E("tap_huan", "2023", "2023-03-13"),
[P("K'Điệu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kơ Să Ha Tiến", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Ka Hòa", "Phó Trưởng ban Dân tộc tỉnh"),
 P("K'Brểu", "Già làng"),
 P("Bon Niêng Ha Sép", "Bí thư Chi bộ thôn Liêng Bông, xã Đạ Long"),
 P("Võ Quang Trung", "HUV", "Trưởng Ban Dân vận Huyện ủy Đam Rông")],
[Q("180 người có uy tín", 180, "người có uy tín"), Q("2 huyện", 2, "huyện"), Q("612 người có uy tín", 612, "người có uy tín"),
 Q("87 vụ việc", 87, "vụ việc"), Q("132 hộ", 132, "hộ"), Q("2 triệu đồng", 2000000, "đồng"), Q("700.000 đồng", 700000, "đồng"),
 Q("300.000 đồng", 300000, "đồng"), Q("trên 162 triệu đồng", 162000000, "đồng", "over")],
[D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị", "Kết luận 65-KL/TW"),
 D("Nghị quyết", "24", "NQ/TW", None, None, "Nghị quyết 24-NQ/TW"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg"),
 D("Kế hoạch", "302", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 302-KH/HU")],
[prov("Lâm Đồng"), com("Đạ Tông"), com("Đạ Long")],
["BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Trang chủ >> Tin tức >> Công tác dân tộc", "Ảnh: Các học viên tham dự lớp bồi dưỡng.",
 "Tin lành Đấng Christ", "Dân vận khéo", "Đạ Nhar", "Liêng Bông", "K'Sơn", "Lượt xem: 812",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Thứ Tư, 15/03/2023 - 10:10", "2 ngày", "năm 2023", "1 tờ báo", "700.000 đồng/quý", "giai đoạn 2023 - 2025", "1 mô hình", "1 bộ tài liệu", "Lượt xem: 812"]))

PAGES.append(page("b766-kiengiang-trao-qua-senedolta-2023", """
KIÊN GIANG - BÁO ĐIỆN TỬ
Hôm nay: Thứ Sáu, 29/09/2023
Thời sự | Chính trị | Dân tộc - Tôn giáo
2023-09-28 16:40
Trao 500 phần quà cho đồng bào Khmer nhân dịp lễ Sene Đôlta
Ngày 27/9, Ban Dân vận Tỉnh ủy Kiên Giang phối hợp Ban Dân tộc tỉnh và Hội Đoàn kết sư sãi yêu nước tỉnh trao 500 phần quà cho hộ đồng bào Khmer nghèo ở huyện Gò Quao và Châu Thành nhân dịp lễ Sene Đôlta năm 2023. Mỗi phần quà trị giá 500.000 đồng gồm gạo, nhu yếu phẩm và tiền mặt.
Đồng chí Danh Phước (bìa phải) trao quà cho bà con xã Định An.
Tham gia đoàn có các đồng chí: Danh Phước, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Thị Nguyệt, Phó Trưởng Ban Dân vận Tỉnh ủy; Danh Sa Huynh, Trưởng ban Dân tộc tỉnh.
Đoàn đã đến thăm, chúc mừng chư tăng tại 6 chùa Khmer, trao mỗi chùa 3 triệu đồng. Hòa thượng Danh Đồng, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Kh'Mer Phước Lâm, cho biết 75 chùa Khmer trong tỉnh đang tổ chức lễ theo đúng nghi thức truyền thống, an toàn, tiết kiệm.
Báo cáo với đoàn, ông Danh Chí Tâm, Bí thư Đảng ủy xã Định An, cho biết xã còn 214 hộ nghèo, chiếm 6,8%; thời gian qua, xã đã vận động người có uy tín, sư sãi tham gia hòa giải 11 vụ tranh chấp đất đai, giải quyết dứt điểm 9 đơn thư. Bà Thị Sa Ly, người có uy tín ấp Hòa Hớn, phản ánh một số hộ thiếu đất sản xuất phải đi làm thuê.
Đồng chí Danh Phước đề nghị cấp ủy, chính quyền xã tiếp tục thực hiện Chỉ thị 19-CT/TW của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới và Kế hoạch 156-KH/TU của Tỉnh ủy; chăm lo cho đồng bào theo Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ. Tổng kinh phí các hoạt động chăm lo lễ Sene Đôlta năm nay của khối dân vận toàn tỉnh trên 1,6 tỷ đồng.
Sau buổi trao quà, đoàn đến thăm gia đình một số người có uy tín, hộ chính sách; dặn dò bà con giữ gìn an ninh, trật tự, không nghe theo lời kích động của các đối tượng xấu trong dịp lễ, đồng thời tích cực tham gia phong trào "Dân vận khéo" ở ấp, xã.
Bà con phấn khởi cho biết, năm nay nhờ giá lúa ổn định, nhiều hộ đã sửa sang nhà cửa, chuẩn bị lễ chu đáo hơn. Các vị sư sãi cam kết tiếp tục đồng hành với chính quyền trong vận động con em Khmer đến trường, không bỏ học giữa chừng, không tảo hôn; giữ gìn chữ viết, phong tục tốt đẹp của dân tộc. Ban Dân vận Tỉnh ủy đề nghị Ban Dân vận các huyện, thành ủy kịp thời nắm tình hình, báo cáo những vấn đề phát sinh trong dịp lễ.
Thiện Nhân
Bài viết liên quan
- Gò Quao: 2 chùa Khmer đạt chuẩn "Chùa văn hóa" (15/09/2023)
- Gặp mặt người có uy tín nhân dịp Chôl Chnăm Thmây (12/04/2023)
- Giang Thành: vận động đồng bào Khmer giữ gìn an ninh biên giới (05/04/2023)
- Ban Dân vận Tỉnh ủy giao ban quý II/2023 (30/06/2023)
""", "2023-09-28", "Trao 500 phần quà cho đồng bào Khmer nhân dịp lễ Sene Đôlta",
E("trao_qua", None, "2023-09-27"),
[P("Danh Phước", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thị Nguyệt", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Sa Huynh", "Trưởng ban Dân tộc tỉnh"),
 P("Danh Đồng", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Kh'Mer Phước Lâm"),
 P("Danh Chí Tâm", "Bí thư Đảng ủy xã Định An"),
 P("Thị Sa Ly", "người có uy tín ấp Hòa Hớn")],
[Q("500 phần quà", 500, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("6 chùa Khmer", 6, "chùa Khmer"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("75 chùa Khmer", 75, "chùa Khmer"), Q("214 hộ nghèo", 214, "hộ nghèo"), Q("6,8%", 6.8, "%"), Q("11 vụ tranh chấp đất đai", 11, "vụ tranh chấp đất đai"),
 Q("9 đơn thư", 9, "đơn thư"), Q("trên 1,6 tỷ đồng", 1600000000, "đồng", "over")],
[D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị 19-CT/TW"),
 D("Kế hoạch", "156", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 156-KH/TU"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg")],
[prov("Kiên Giang"), com("Định An")],
["KIÊN GIANG - BÁO ĐIỆN TỬ", "Thời sự | Chính trị | Dân tộc - Tôn giáo", "Hôm nay: Thứ Sáu, 29/09/2023",
 "Đồng chí Danh Phước (bìa phải) trao quà cho bà con xã Định An.", "Sene Đôlta", "Kh'Mer Phước Lâm", "Hòa Hớn", "Dân vận khéo",
 "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["2023-09-28 16:40", "Hôm nay: Thứ Sáu, 29/09/2023", "năm 2023"]))
