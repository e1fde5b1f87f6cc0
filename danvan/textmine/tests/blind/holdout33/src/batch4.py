from lib import *
PAGES = []

PAGES.append(page("b767-bentre-chandung-dankheo-2024", """
BÁO ĐỒNG KHỞI ĐIỆN TỬ
Trang chủ | Xã hội | Gương sáng
24/05/2024 06:00
Ông Trần Văn Bảy (giữa) trao đổi với bà con ấp Phú Lợi.
"Ông Bảy dân vận" ở ấp Phú Lợi
Gần 20 năm làm Bí thư Chi bộ ấp, ông Trần Văn Bảy ở xã Phú Lễ (huyện Ba Tri, tỉnh Bến Tre) được bà con gọi thân mật là "ông Bảy dân vận". Năm 2023, ông là 1 trong 14 cá nhân được Ban Thường vụ Tỉnh ủy tặng bằng khen vì có thành tích tiêu biểu trong phong trào thi đua "Dân vận khéo".
Ấp Phú Lợi có 426 hộ, phần đông làm nghề trồng dừa, nuôi bò. Những năm trước, con đường đất duy nhất ra tỉnh lộ mùa mưa lầy lội, nhiều lần bà con góp ý nhưng chưa làm được vì vướng đất. Ông Bảy cùng Ban Công tác Mặt trận ấp đến từng nhà, họp dân 5 lần, cuối cùng vận động được 37 hộ hiến gần 3.200 m2 đất, góp 850 triệu đồng để bê tông hóa 2,4 km đường. "Việc gì cũng bàn với dân trước, dân đồng ý mới làm, làm xong công khai từng đồng", ông nói.
Cũng từ cách làm ấy, ấp Phú Lợi nhiều năm liền không có đơn thư vượt cấp. Khi có mâu thuẫn, tổ hòa giải do ông làm tổ trưởng có mặt ngay; năm 2023, tổ hòa giải thành 8/8 vụ việc. Ông còn vận động các hộ khá giúp 12 hộ nghèo con giống, đến nay đã có 9 hộ thoát nghèo.
Bà Nguyễn Thị Thu Hồng, HUV, Trưởng Ban Dân vận Huyện ủy Ba Tri, nhận xét: mô hình "Ấp không có đơn thư vượt cấp" của Phú Lợi đã được Ban Dân vận Huyện ủy nhân rộng ra 18 ấp trong huyện theo Kế hoạch 45-KH/BDVHU ngày 10/3/2023. Ông Lê Văn Nhàn, Bí thư Đảng ủy xã Phú Lễ, cho biết xã đang đề nghị khen thưởng ông Bảy ở cấp cao hơn.
Theo Ban Dân vận Tỉnh ủy Bến Tre, thực hiện Kết luận 01-KL/TU của Ban Thường vụ Tỉnh ủy về tiếp tục đẩy mạnh phong trào thi đua "Dân vận khéo" giai đoạn 2021 - 2025, toàn tỉnh đã có hơn 2.500 mô hình được công nhận. Bà Phan Thị Thanh Hà, Phó Trưởng Ban Dân vận Tỉnh ủy, cho rằng điểm chung của những mô hình hiệu quả là người cán bộ sống gần dân, hiểu dân, giữ chữ tín với dân như ông Bảy. Mới đây, theo tinh thần Quy định 124-QĐ/TW, ông cũng được Mặt trận xã mời tham gia giám sát cán bộ, đảng viên nơi cư trú.
Ở tuổi ngoài 60, ông Bảy vẫn chạy xe máy khắp các xóm mỗi chiều, ghé nhà này, hỏi chuyện nhà kia. Bà con bảo, có ông Bảy thì chuyện lớn hóa nhỏ, chuyện nhỏ hóa không. Dịp Tết, nhà ông lúc nào cũng đông khách, người đến hỏi chuyện làm ăn, người đến nhờ viết đơn, có cả những người từng giận ông vì chuyện hiến đất năm nào.
Bài, ảnh: Hữu Hiệp
Lượt đọc: 3.118
Tin liên quan
- Ba Tri: 100% ấp có mô hình "Dân vận khéo" (12/05/2024)
- Chợ Lách biểu dương 30 điển hình dân vận (28/04/2024)
- Giồng Trôm: người dân hiến đất làm đường nông thôn (15/04/2024)
- Ban Dân vận Tỉnh ủy giao ban quý I/2024 (02/04/2024)
""", "2024-05-24", "\"Ông Bảy dân vận\" ở ấp Phú Lợi",
E(None, None, None),
[P("Trần Văn Bảy", "Bí thư Chi bộ ấp"),
 P("Nguyễn Thị Thu Hồng", "HUV", "Trưởng Ban Dân vận Huyện ủy Ba Tri"),
 P("Lê Văn Nhàn", "Bí thư Đảng ủy xã Phú Lễ"),
 P("Phan Thị Thanh Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("14 cá nhân", 14, "cá nhân"), Q("426 hộ", 426, "hộ"), Q("37 hộ", 37, "hộ"), Q("gần 3.200 m2", 3200, "m2", "approx"),
 Q("850 triệu đồng", 850000000, "đồng"), Q("2,4 km", 2.4, "km"), Q("8/8 vụ việc", 8, "vụ việc"), Q("12 hộ nghèo", 12, "hộ nghèo"),
 Q("9 hộ", 9, "hộ"), Q("18 ấp", 18, "ấp"), Q("hơn 2.500 mô hình", 2500, "mô hình", "over")],
[D("Kế hoạch", "45", "KH/BDVHU", "2023-03-10", "Ban Dân vận Huyện ủy", "Kế hoạch 45-KH/BDVHU ngày 10/3/2023"),
 D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01-KL/TU"),
 D("Quy định", "124", "QĐ/TW", None, None, "Quy định 124-QĐ/TW")],
[prov("Bến Tre"), com("Phú Lễ")],
["BÁO ĐỒNG KHỞI ĐIỆN TỬ", "Trang chủ | Xã hội | Gương sáng", "Ông Trần Văn Bảy (giữa) trao đổi với bà con ấp Phú Lợi.",
 "Ông Bảy dân vận", "ông Bảy dân vận", "Phú Lợi", "Dân vận khéo", "Ấp không có đơn thư vượt cấp", "Bài, ảnh: Hữu Hiệp", "Lượt đọc: 3.118"],
["24/05/2024 06:00", "Gần 20 năm", "1 trong 14", "5 lần", "năm 2023", "Năm 2023", "giai đoạn 2021 - 2025", "ngoài 60", "Lượt đọc: 3.118"]))

PAGES.append(page("b768-daknong-bdv-tongket-2024", """
BAN DÂN VẬN TỈNH ỦY ĐẮK NÔNG
You are here: Trang chủ > Tin hoạt động
Thứ Sáu, 27/12/2024 - 15:00
Toàn cảnh hội nghị.
Đắk Nông: công tác dân vận góp phần giữ vững ổn định vùng đồng bào
Ngày 26/12/2024, Ban Dân vận Tỉnh ủy Đắk Nông tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Dự hội nghị có đồng chí Điểu K'Lơi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Y Quang B'Krông, Nguyễn Thị Hoài Thu, Thị Hồng; cùng 115 đại biểu.
Năm 2024, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 25-CT/TU về tăng cường công tác dân vận trong tình hình mới và Kế hoạch 189-KH/TU thực hiện Quyết định 23-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận; chỉ đạo sơ kết 3 năm Kết luận 04, 05-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào di cư tự do và đồng bào có đạo.
Khối dân vận đã phối hợp vận động 1.146 hộ đồng bào tham gia các dự án của Chương trình mục tiêu quốc gia theo Quyết định 1719/QĐ-TTg; hỗ trợ xóa 285 căn nhà tạm, nhà dột nát với tổng kinh phí gần 14,3 tỷ đồng. Toàn tỉnh có 893 mô hình "Dân vận khéo"; 316 người có uy tín được phát huy vai trò trong vận động bà con.
Về tình hình tôn giáo, tỉnh có hơn 148.000 tín đồ các tôn giáo; số điểm nhóm Tin Lành được đăng ký sinh hoạt tập trung tăng thêm 21 điểm. Cả năm, các cơ quan dân vận tiếp nhận 58 đơn thư, tham mưu giải quyết 52 đơn, đạt 89,7%.
Tại hội nghị, ông Điểu Xí, Bí thư Chi bộ bon Bu Prăng 1, xã Quảng Trực, huyện Tuy Đức, chia sẻ kinh nghiệm vận động đồng bào Mnông không bán đất cho người ngoài. Bà Lương Thị Hạnh, HUV, Trưởng Ban Dân vận Huyện ủy Đắk Glong, nêu khó khăn trong ổn định dân di cư tự do.
Phát biểu chỉ đạo, đồng chí Điểu K'Lơi yêu cầu năm 2025 tập trung công tác dân vận phục vụ sắp xếp tổ chức bộ máy theo Nghị quyết 18-NQ/TW, chuẩn bị hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy; nắm chắc tâm tư cán bộ, nhân dân, không để phát sinh điểm nóng.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 17 tập thể và 24 cá nhân.
Hội nghị cũng thảo luận về việc tổ chức lấy ý kiến nhân dân vào các dự thảo văn kiện đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030, bảo đảm dân chủ, thực chất.
Nhiều ý kiến cho rằng năm 2025 khối lượng công việc rất lớn, đòi hỏi đội ngũ cán bộ dân vận phải bám cơ sở hơn nữa, nhất là ở các bon, buôn vùng sâu, vùng biên giới; chú trọng đối thoại, giải quyết dứt điểm các vụ việc tranh chấp đất đai kéo dài giữa người dân với doanh nghiệp.
Mai Phương
Lượt xem: 967
Tin liên quan
- Tuy Đức: gặp mặt người có uy tín năm 2024 (18/12/2024)
- Giao ban khối dân vận quý IV/2024 (05/12/2024)
""", "2024-12-27", "Đắk Nông: công tác dân vận góp phần giữ vững ổn định vùng đồng bào",
E("tong_ket", "2024", "2024-12-26"),
[P("Điểu K'Lơi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Quang B'Krông", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hoài Thu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thị Hồng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Điểu Xí", "Bí thư Chi bộ bon Bu Prăng 1, xã Quảng Trực, huyện Tuy Đức"),
 P("Lương Thị Hạnh", "HUV", "Trưởng Ban Dân vận Huyện ủy Đắk Glong")],
[Q("115 đại biểu", 115, "đại biểu"), Q("1.146 hộ đồng bào", 1146, "hộ đồng bào"), Q("285 căn nhà tạm, nhà dột nát", 285, "căn nhà tạm, nhà dột nát"),
 Q("gần 14,3 tỷ đồng", 14300000000, "đồng", "approx"), Q("893 mô hình", 893, "mô hình"), Q("316 người có uy tín", 316, "người có uy tín"),
 Q("hơn 148.000 tín đồ", 148000, "tín đồ", "over"), Q("21 điểm", 21, "điểm"), Q("58 đơn thư", 58, "đơn thư"), Q("52 đơn", 52, "đơn"),
 Q("89,7%", 89.7, "%"), Q("17 tập thể", 17, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Chỉ thị", "25", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 25-CT/TU"),
 D("Kế hoạch", "189", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 189-KH/TU"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 23-QĐ/TW"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định 1719/QĐ-TTg"),
 D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết 18-NQ/TW")],
[prov("Đắk Nông"), com("Quảng Trực")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK NÔNG", "You are here: Trang chủ > Tin hoạt động", "Toàn cảnh hội nghị.", "Dân vận khéo", "Bu Prăng 1", "Lượt xem: 967"],
["Thứ Sáu, 27/12/2024 - 15:00", "năm 2024", "năm 2025", "3 năm", "Bu Prăng 1", "nhiệm kỳ 2025 - 2030", "Lượt xem: 967"]))

PAGES.append(page("b769-haugiang-btgdv-giaoban-q1-2025", """
BÁO HẬU GIANG ĐIỆN TỬ
Trang chủ >> Chính trị >> Tuyên giáo - Dân vận
18/04/2025 - 16:45
Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban quý I
Chiều 17/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Hậu Giang tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý I/2025 - hội nghị giao ban đầu tiên kể từ khi hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy.
Quang cảnh hội nghị giao ban.
Chủ trì hội nghị có đồng chí Lê Công Khanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Trần Thị Mỹ Linh, Lâm Văn Bé, Huỳnh Thanh Tâm.
Theo báo cáo, quý I tình hình tư tưởng cán bộ, đảng viên và nhân dân ổn định; đa số đồng tình với chủ trương sắp xếp tổ chức bộ máy theo Nghị quyết 18-NQ/TW của Ban Chấp hành Trung ương và Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư; tuy nhiên một bộ phận cán bộ cấp xã còn băn khoăn về việc bố trí công việc sau sáp nhập. Ban đã tổ chức 46 cuộc khảo sát dư luận xã hội tại 8 huyện, thị xã, thành phố; tiếp nhận 17 đơn thư, đã chuyển xử lý 15 đơn.
Phong trào "Dân vận khéo" tiếp tục lan tỏa với 63 mô hình mới; khối dân vận vận động xóa 412 căn nhà tạm, nhà dột nát theo phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", tổng kinh phí hơn 24,7 tỷ đồng.
Ông Nguyễn Văn Út, Phó Bí thư Thường trực Huyện ủy, Trưởng Ban Xây dựng Đảng Huyện ủy Châu Thành A, đề nghị sớm hướng dẫn việc kiện toàn khối dân vận cấp xã sau khi bỏ cấp huyện. Bà Thạch Thị Thu Hà, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy, báo cáo công tác vận động đồng bào Khmer dịp Tết Chôl Chnăm Thmây.
Kết luận, đồng chí Lê Công Khanh yêu cầu quý II triển khai Kế hoạch 41-KH/BTGDVTU về tổ chức lấy ý kiến nhân dân góp ý dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013; thực hiện nghiêm Quy chế làm việc của Ban ban hành kèm Quyết định 12-QĐ/BTGDVTU ngày 3/3/2025; chủ động nắm tình hình, định hướng dư luận trong quá trình sắp xếp đơn vị hành chính cấp xã.
Ban cũng giao các phòng chuyên môn xây dựng kế hoạch tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước.
Tại hội nghị, nhiều ý kiến đề nghị quan tâm công tác tư tưởng đối với cán bộ không chuyên trách cấp xã, ấp sau sắp xếp; tăng cường đối thoại, lắng nghe tâm tư để kịp thời tháo gỡ vướng mắc, bảo đảm hoạt động của bộ máy không bị gián đoạn, người dân không bị ảnh hưởng khi giải quyết thủ tục hành chính.
Ngọc Trinh
Các tin khác
- Long Mỹ: gặp mặt người có uy tín nhân dịp Chôl Chnăm Thmây (11/04/2025)
- Công bố quyết định thành lập Ban Tuyên giáo và Dân vận Tỉnh ủy (01/03/2025)
""", "2025-04-18", "Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban quý I",
E("giao_ban", "2025-Q1", "2025-04-17"),
[P("Lê Công Khanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Thị Mỹ Linh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lâm Văn Bé", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Huỳnh Thanh Tâm", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Út", "Phó Bí thư Thường trực Huyện ủy", "Trưởng Ban Xây dựng Đảng Huyện ủy Châu Thành A"),
 P("Thạch Thị Thu Hà", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("46 cuộc khảo sát dư luận xã hội", 46, "cuộc khảo sát dư luận xã hội"), Q("8 huyện, thị xã, thành phố", 8, "huyện, thị xã, thành phố"),
 Q("17 đơn thư", 17, "đơn thư"), Q("15 đơn", 15, "đơn"), Q("63 mô hình mới", 63, "mô hình mới"),
 Q("412 căn nhà tạm, nhà dột nát", 412, "căn nhà tạm, nhà dột nát"), Q("hơn 24,7 tỷ đồng", 24700000000, "đồng", "over")],
[D("Nghị quyết", "18", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 18-NQ/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Kế hoạch", "41", "KH/BTGDVTU", None, None, "Kế hoạch 41-KH/BTGDVTU"),
 D("Quyết định", "12", "QĐ/BTGDVTU", "2025-03-03", None, "Quyết định 12-QĐ/BTGDVTU ngày 3/3/2025")],
[prov("Hậu Giang")],
["BÁO HẬU GIANG ĐIỆN TỬ", "Trang chủ >> Chính trị >> Tuyên giáo - Dân vận", "Quang cảnh hội nghị giao ban.", "Dân vận khéo",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Chôl Chnăm Thmây", "Hiến pháp năm 2013"],
["18/04/2025 - 16:45", "quý I/2025", "quý II", "năm 2013", "50 năm"]))

PAGES.append(page("b770-dongthap-xa-gopy-vankien-2025", """
ĐẢNG BỘ XÃ MỸ HIỆP - TỈNH ĐỒNG THÁP
Trang chủ > Tin tức > Xây dựng Đảng
Thứ Sáu, 24/10/2025 | 10:30
Nhân dân xã Mỹ Hiệp góp ý dự thảo văn kiện Đại hội XIV của Đảng
Ngày 23/10/2025, Ban Thường vụ Đảng ủy xã Mỹ Hiệp (tỉnh Đồng Tháp) phối hợp Ủy ban MTTQ Việt Nam xã tổ chức hội nghị lấy ý kiến nhân dân góp ý dự thảo các văn kiện trình Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.
Ông Nguyễn Văn Tư, người có uy tín ấp Mỹ Thới, góp ý tại hội nghị.
Dự hội nghị có các đồng chí: Phan Thanh Tùng, Bí thư Đảng ủy, Chủ tịch HĐND xã; Lê Thị Kim Loan, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã; Võ Minh Trí, Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng Đảng ủy xã (phụ trách công tác dân vận). Tham dự có 168 đại biểu là cán bộ hưu trí, người có uy tín, chức sắc tôn giáo, doanh nghiệp và nhân dân 12 ấp.
Xã Mỹ Hiệp được thành lập trên cơ sở sáp nhập 3 xã cũ từ ngày 1/7/2025, dân số hơn 41.000 người. Thực hiện Kế hoạch 08-KH/ĐU ngày 14/10/2025 của Ban Thường vụ Đảng ủy xã và Hướng dẫn 26-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, xã đã tổ chức lấy ý kiến tại 12 ấp với 2.316 lượt người tham gia; tổng hợp được 287 ý kiến góp ý, trong đó 64 ý kiến về công tác dân vận, xây dựng khối đại đoàn kết.
Tại hội nghị có 11 ý kiến phát biểu. Ông Nguyễn Văn Tư, người có uy tín ấp Mỹ Thới, đề nghị văn kiện làm rõ hơn chính sách cho nông dân trồng lúa trước biến đổi khí hậu. Đại đức Thích Minh Chánh, trụ trì chùa Phước Hưng, góp ý về phát huy nguồn lực tôn giáo trong an sinh xã hội. Bà Trần Thị Nở, ấp Mỹ Phú, phản ánh 2 đơn thư về ranh đất của gia đình chưa được trả lời.
Phát biểu tiếp thu, đồng chí Phan Thanh Tùng cảm ơn nhân dân đã nhiệt tình đóng góp; khẳng định các ý kiến sẽ được tổng hợp trung thực, gửi Đảng ủy cấp trên. Riêng các đơn thư của người dân, Ban Xây dựng Đảng Đảng ủy xã sẽ phối hợp UBND xã trả lời trong thời hạn quy định theo Quy định 11-QĐi/TW của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân.
Đồng chí Võ Minh Trí cho biết, sau sắp xếp, công tác dân vận ở xã do Ban Xây dựng Đảng đảm nhận; Đảng ủy xã đang xây dựng Quy chế dân vận của hệ thống chính trị xã theo Quyết định 23-QĐ/TW, dự kiến ban hành trong tháng 11/2025.
Cùng ngày, Đảng ủy xã cũng ra mắt mô hình "Dân vận khéo" đầu tiên của xã mới: "Ấp Mỹ Thới sáng, xanh, sạch, đẹp", với 45 hộ đăng ký tham gia.
Hội nghị diễn ra dân chủ, cởi mở. Nhiều đại biểu bày tỏ tin tưởng vào sự lãnh đạo của Đảng, mong muốn chính quyền hai cấp vận hành thông suốt, giải quyết nhanh hồ sơ cho dân.
Văn phòng Đảng ủy xã
Tin khác
- Đảng ủy xã Mỹ Hiệp quán triệt nghị quyết Đại hội Đảng bộ tỉnh (10/10/2025)
- Ủy ban MTTQ xã ra mắt Ban Công tác Mặt trận 12 ấp (25/09/2025)
""", "2025-10-24", "Nhân dân xã Mỹ Hiệp góp ý dự thảo văn kiện Đại hội XIV của Đảng",
E("hoi_nghi", "2025", "2025-10-23"),
[P("Nguyễn Văn Tư", "người có uy tín ấp Mỹ Thới"),
 P("Phan Thanh Tùng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lê Thị Kim Loan", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Võ Minh Trí", "Ủy viên Ban Thường vụ", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Thích Minh Chánh", "Đại đức", "trụ trì chùa Phước Hưng"),
 P("Trần Thị Nở")],
[Q("168 đại biểu", 168, "đại biểu"), Q("12 ấp", 12, "ấp"), Q("3 xã cũ", 3, "xã cũ"), Q("hơn 41.000 người", 41000, "người", "over"),
 Q("2.316 lượt người", 2316, "lượt người"), Q("287 ý kiến góp ý", 287, "ý kiến góp ý"), Q("64 ý kiến", 64, "ý kiến"),
 Q("11 ý kiến", 11, "ý kiến"), Q("2 đơn thư", 2, "đơn thư"), Q("45 hộ", 45, "hộ")],
[D("Kế hoạch", "08", "KH/ĐU", "2025-10-14", "Ban Thường vụ Đảng ủy xã", "Kế hoạch 08-KH/ĐU ngày 14/10/2025"),
 D("Hướng dẫn", "26", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 26-HD/BTGDVTU"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định 11-QĐi/TW"),
 D("Quyết định", "23", "QĐ/TW", None, None, "Quyết định 23-QĐ/TW")],
[prov("Đồng Tháp"), com("Mỹ Hiệp")],
["ĐẢNG BỘ XÃ MỸ HIỆP - TỈNH ĐỒNG THÁP", "Trang chủ > Tin tức > Xây dựng Đảng", "Ông Nguyễn Văn Tư, người có uy tín ấp Mỹ Thới, góp ý tại hội nghị.",
 "Mỹ Thới", "Mỹ Phú", "Dân vận khéo", "Ấp Mỹ Thới sáng, xanh, sạch, đẹp", "Văn phòng Đảng ủy xã", "Quy chế dân vận"],
["Thứ Sáu, 24/10/2025 | 10:30", "lần thứ XIV", "Đại hội XIV", "1/7/2025", "tháng 11/2025", "hai cấp"]))

PAGES.append(page("b771-tayninh-btgdv-tongket-2025", """
BÁO TÂY NINH ĐIỆN TỬ
Chính trị › Xây dựng Đảng
Thứ Sáu, 16/01/2026, 08:05
Ảnh: Quang cảnh hội nghị tại điểm cầu Tỉnh ủy.
Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2026
Chiều 15/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Tây Ninh tổ chức hội nghị trực tuyến tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026, kết nối đến 96 điểm cầu xã, phường.
Dự và chỉ đạo hội nghị có đồng chí Phạm Văn Hậu, Phó Bí thư Thường trực Tỉnh ủy. Chủ trì có đồng chí Trần Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Võ Văn Sớm, Nguyễn Thị Thu Sương.
Năm 2025, trong bối cảnh hợp nhất tỉnh Long An và Tây Ninh, vận hành chính quyền địa phương 2 cấp, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quyết định 64-QĐ/TU về Quy chế công tác dân vận của hệ thống chính trị tỉnh và Chỉ thị 05, 06-CT/TU về công tác dân vận trong tình hình mới và về công tác tôn giáo. Khối dân vận đã nắm tình hình tư tưởng, kịp thời tham mưu giải quyết 163 đơn thư, kiến nghị; tổ chức lấy ý kiến nhân dân góp ý dự thảo văn kiện Đại hội XIV với hơn 58.000 lượt ý kiến.
Toàn tỉnh xây dựng 1.420 mô hình "Dân vận khéo"; hoàn thành xóa 2.137 căn nhà tạm, nhà dột nát với tổng kinh phí trên 101 tỷ đồng. Công tác tôn giáo ổn định; đạo Cao Đài với hơn 500.000 tín đồ tổ chức các lễ hội lớn an toàn. Các cấp đã phát huy vai trò 1.018 người có uy tín, trong đó có 34 người là đồng bào Khmer, Chăm.
Tại điểm cầu xã Tân Đông, bà Lâm Thị Sa Rên, Bí thư Đảng ủy xã, chia sẻ cách vận động đồng bào Khmer xây dựng nông thôn mới. Ông Huỳnh Văn Đực, Chánh Văn phòng Ban Tuyên giáo và Dân vận Tỉnh ủy, thông qua chương trình công tác năm 2026.
Phát biểu chỉ đạo, đồng chí Phạm Văn Hậu đề nghị năm 2026 tập trung đưa Nghị quyết Đại hội XIV của Đảng vào cuộc sống; thực hiện Kết luận 183-KL/TW của Bộ Chính trị, Ban Bí thư; làm tốt công tác dân vận phục vụ bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp.
Dịp này, 15 tập thể và 21 cá nhân được tặng bằng khen của Ban Thường vụ Tỉnh ủy.
Hội nghị cũng chỉ rõ hạn chế: cán bộ dân vận cấp xã sau sắp xếp chủ yếu kiêm nhiệm, chưa được tập huấn nghiệp vụ; việc nắm tình hình ở khu công nghiệp có lúc chưa kịp thời.
Các đại biểu đề nghị tỉnh sớm tổ chức tập huấn cho đội ngũ này, đồng thời có cơ chế phối hợp rõ giữa Ban Xây dựng Đảng các đảng ủy xã với Ủy ban MTTQ cùng cấp trong tiếp nhận, giải quyết đơn thư của nhân dân.
Minh Khôi
TIN CÙNG CHUYÊN MỤC
- Gặp mặt chức sắc đạo Cao Đài nhân dịp Tết (12/01/2026)
- Giao ban khối dân vận quý IV/2025 (22/12/2025)
""", "2026-01-16", "Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-15"),
[P("Phạm Văn Hậu", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Trần Thị Hồng Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Võ Văn Sớm", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Sương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lâm Thị Sa Rên", "Bí thư Đảng ủy xã"),
 P("Huỳnh Văn Đực", "Chánh Văn phòng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("96 điểm cầu xã, phường", 96, "điểm cầu xã, phường"), Q("163 đơn thư, kiến nghị", 163, "đơn thư, kiến nghị"),
 Q("hơn 58.000 lượt ý kiến", 58000, "lượt ý kiến", "over"), Q("1.420 mô hình", 1420, "mô hình"),
 Q("2.137 căn nhà tạm, nhà dột nát", 2137, "căn nhà tạm, nhà dột nát"), Q("trên 101 tỷ đồng", 101000000000, "đồng", "over"),
 Q("hơn 500.000 tín đồ", 500000, "tín đồ", "over"), Q("1.018 người có uy tín", 1018, "người có uy tín"), Q("34 người", 34, "người"),
 Q("15 tập thể", 15, "tập thể"), Q("21 cá nhân", 21, "cá nhân")],
[D("Quyết định", "64", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định 64-QĐ/TU"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Kết luận", "183", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 183-KL/TW")],
[prov("Tây Ninh"), prov("Long An"), com("Tân Đông")],
["BÁO TÂY NINH ĐIỆN TỬ", "Chính trị › Xây dựng Đảng", "Ảnh: Quang cảnh hội nghị tại điểm cầu Tỉnh ủy.", "Dân vận khéo", "Minh Khôi"],
["Thứ Sáu, 16/01/2026, 08:05", "năm 2025", "năm 2026", "chính quyền địa phương 2 cấp", "Đại hội XIV", "khóa XVI"]))

PAGES.append(page("b772-hcm-phuong-doithoai-2026", """
BÁO ĐIỆN TỬ ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
Chủ Nhật, 17/05/2026
Trang chủ » Xây dựng Đảng » Dân vận
Ngày đăng 15/05/2026 | 14:30
Bí thư Đảng ủy phường Thủ Dầu Một đối thoại với nhân dân
Toàn cảnh buổi đối thoại.
Sáng 14/5, Đảng ủy phường Thủ Dầu Một (TP Hồ Chí Minh) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền phường với nhân dân năm 2026. Hơn 250 người dân của 32 khu phố tham dự.
Chủ trì đối thoại có đồng chí Nguyễn Hoàng Phúc, Thành ủy viên, Bí thư Đảng ủy phường; ông Trương Minh Đức, Phó Bí thư Đảng ủy, Chủ tịch UBND phường; bà Đặng Thị Kim Yến, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy phường.
Trước hội nghị, Ủy ban MTTQ Việt Nam phường đã tổng hợp 37 đơn thư, kiến nghị của cử tri, chủ yếu về ngập nước, cấp giấy chứng nhận nhà đất và trật tự đô thị. Tại buổi đối thoại, có 16 ý kiến phát biểu trực tiếp. Ông Lê Văn Sáu, khu phố 7, phản ánh tuyến hẻm dài 400 m thường xuyên ngập khi triều cường; bà Nguyễn Thị Hường, Tổ trưởng tổ dân phố 12, khu phố 5, kiến nghị có điểm trông giữ trẻ cho công nhân.
Ông Trương Minh Đức cho biết phường đã bố trí 3,8 tỷ đồng nâng cấp hệ thống thoát nước; đã giải quyết 29/37 đơn thư, 8 đơn còn lại đang xác minh. Bà Đặng Thị Kim Yến thông tin việc thực hiện Quy định 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị và Kế hoạch 15-KH/ĐU của Ban Thường vụ Đảng ủy phường về tiếp xúc, đối thoại trực tiếp với nhân dân năm 2026; theo đó mỗi quý Bí thư Đảng ủy phường đối thoại ít nhất 1 lần.
Phát biểu kết luận, đồng chí Nguyễn Hoàng Phúc cảm ơn người dân thẳng thắn góp ý; giao UBND phường trả lời bằng văn bản các kiến nghị trong 15 ngày. Đồng chí đề nghị các chi bộ khu phố tiếp tục thực hiện Quy chế dân vận của hệ thống chính trị phường ban hành kèm Quyết định 09-QĐ/ĐU, phát huy phong trào "Dân vận khéo", lấy sự hài lòng của người dân làm thước đo.
Bà Võ Thị Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội Liên hiệp Phụ nữ phường, cho biết Mặt trận sẽ giám sát việc thực hiện các cam kết tại buổi đối thoại.
Theo Đảng ủy phường, từ đầu năm 2026 đến nay, các khu phố đã ra mắt 14 mô hình "Dân vận khéo", vận động 126 hộ tự nguyện tháo dỡ vật kiến trúc lấn chiếm hẻm.
Hội nghị diễn ra thẳng thắn, cởi mở; nhiều ý kiến được trả lời ngay tại chỗ. Người dân đánh giá, sau khi sắp xếp đơn vị hành chính, việc giải quyết thủ tục tại Trung tâm phục vụ hành chính công phường nhanh hơn, cán bộ niềm nở hơn; tuy vậy vẫn còn tình trạng hẹn lại nhiều lần đối với hồ sơ đất đai, cần được chấn chỉnh.
Phương Nam
Lượt xem: 1.932
Tin liên quan
- Phường Thủ Dầu Một ra mắt tổ dân vận khu phố (05/05/2026)
- Đối thoại với công nhân khu công nghiệp (21/04/2026)
""", "2026-05-15", "Bí thư Đảng ủy phường Thủ Dầu Một đối thoại với nhân dân",
E("doi_thoai", "2026", "2026-05-14"),
[P("Nguyễn Hoàng Phúc", "Thành ủy viên", "Bí thư Đảng ủy phường"),
 P("Trương Minh Đức", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Đặng Thị Kim Yến", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy phường"),
 P("Lê Văn Sáu"),
 P("Nguyễn Thị Hường", "Tổ trưởng tổ dân phố 12, khu phố 5"),
 P("Võ Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Liên hiệp Phụ nữ phường")],
[Q("Hơn 250 người dân", 250, "người dân", "over"), Q("32 khu phố", 32, "khu phố"), Q("37 đơn thư, kiến nghị", 37, "đơn thư, kiến nghị"),
 Q("16 ý kiến", 16, "ý kiến"), Q("400 m", 400, "m"), Q("3,8 tỷ đồng", 3800000000, "đồng"), Q("29/37 đơn thư", 29, "đơn thư"),
 Q("8 đơn", 8, "đơn"), Q("14 mô hình", 14, "mô hình"), Q("126 hộ", 126, "hộ")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "15", "KH/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kế hoạch 15-KH/ĐU"),
 D("Quyết định", "09", "QĐ/ĐU", None, None, "Quyết định 09-QĐ/ĐU")],
[prov("Hồ Chí Minh"), com("Thủ Dầu Một")],
["BÁO ĐIỆN TỬ ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "Chủ Nhật, 17/05/2026", "Trang chủ » Xây dựng Đảng » Dân vận", "Toàn cảnh buổi đối thoại.",
 "Dân vận khéo", "Quy chế dân vận", "Phương Nam", "Lượt xem: 1.932"],
["Chủ Nhật, 17/05/2026", "Ngày đăng 15/05/2026 | 14:30", "năm 2026", "khu phố 7", "tổ dân phố 12", "khu phố 5", "1 lần", "15 ngày", "Lượt xem: 1.932"]))
