from lib import *
PAGES = []

PAGES.append(page("b1907-ninhbinh-xa-mttq-tongket-2025", """
Ủy ban MTTQ Việt Nam tỉnh Ninh Bình
Trang chủ | Tin tức | Hoạt động Mặt trận cơ sở
19.12.2025 | 08:30
Mặt trận xã Trực Ninh: năm đầu vận hành mô hình mới
Ngày 17/12/2025, Ủy ban MTTQ Việt Nam xã Trực Ninh tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026. Đồng chí Trần Thị Lụa, Phó Bí thư Đảng ủy xã, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì hội nghị.
Tham dự có đồng chí Đoàn Văn Khiêm, Bí thư Đảng ủy, Chủ tịch HĐND xã; Linh mục Giuse Trần Văn Hiển, Chánh xứ giáo xứ Quần Phương; Đại đức Thích Minh Tuệ, trụ trì chùa Cổ Lễ cùng 132 đại biểu đại diện 32 khu dân cư.
Báo cáo do các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Vũ Văn Tường, Phạm Thị Nhàn, Lê Thị Thanh Thủy trình bày cho biết, năm 2025 là năm đầu các tổ chức chính trị - xã hội của xã hoạt động trực thuộc Ủy ban MTTQ Việt Nam xã. Mặt trận và các đoàn thể đã kết nạp 412 hội viên mới; vận động Quỹ "Vì người nghèo" được 1,35 tỷ đồng, xây mới 47 căn nhà Đại đoàn kết; 97,6% hộ đạt danh hiệu "Gia đình văn hóa". Phong trào "5 không, 3 sạch" tiếp tục được duy trì ở 100% chi hội.
Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị số 05-CT/TW của Bộ Chính trị gắn với thực hiện Nghị quyết số 03-NQ/ĐU ngày 15/7/2025 của Ban Chấp hành Đảng bộ xã về xây dựng xã nông thôn mới kiểu mẫu. Ủy ban MTTQ xã và UBND xã ký Chương trình phối hợp số 02/CTrPH-MTTQ-UBND ngày 10/8/2025 về tiếp nhận, giải quyết kiến nghị của cử tri; qua đó 58 ý kiến, kiến nghị đã được trả lời.
Tại hội nghị, đồng chí Vũ Văn Tường, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã - Chủ tịch Hội Nông dân xã cho biết, 1.120 hộ đăng ký danh hiệu sản xuất, kinh doanh giỏi. Bà Nguyễn Thị Mận, Trưởng ban Công tác Mặt trận xóm 6, chia sẻ cách làm "Mỗi hội viên một đóng góp" để làm 1,2 km đường điện chiếu sáng.
Phát biểu chỉ đạo, đồng chí Đoàn Văn Khiêm đề nghị năm 2026 Mặt trận xã tập trung chuẩn bị tốt cuộc bầu cử đại biểu Quốc hội và HĐND các cấp, phát huy vai trò giám sát, phản biện xã hội, đẩy mạnh cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam".
Dịp này, Ủy ban MTTQ Việt Nam xã tặng giấy khen cho 15 tập thể, 28 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2025.
Xã Trực Ninh được thành lập từ thị trấn Cổ Lễ và các xã Trực Chính, Phương Định, Trực Tuấn (huyện Trực Ninh, tỉnh Nam Định cũ), với gần 40.000 nhân khẩu, trong đó khoảng 18% là đồng bào Công giáo.
Phạm Hiền
Lượt xem: 356
Tin liên quan
- Ninh Bình: 100% xã, phường tổng kết công tác Mặt trận năm 2025 (18/12/2025)
- Xã Trực Ninh trao 200 suất quà Giáng sinh (15/12/2025)
- Hội nghị phản biện dự thảo Nghị quyết của HĐND xã (02/12/2025)
""", "2025-12-19", "Mặt trận xã Trực Ninh: năm đầu vận hành mô hình mới",
E("tong_ket", "2025", "2025-12-17"),
[P("Trần Thị Lụa", "Phó Bí thư Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Đoàn Văn Khiêm", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Giuse Trần Văn Hiển", "Linh mục", "Chánh xứ giáo xứ Quần Phương"),
 P("Thích Minh Tuệ", "Đại đức", "trụ trì chùa Cổ Lễ"),
 P("Vũ Văn Tường", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã - Chủ tịch Hội Nông dân xã"),
 P("Phạm Thị Nhàn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lê Thị Thanh Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Thị Mận", "Trưởng ban Công tác Mặt trận xóm 6")],
[Q("132 đại biểu", 132, "đại biểu"), Q("32 khu dân cư", 32, "khu dân cư"), Q("412 hội viên mới", 412, "hội viên mới"),
 Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("47 căn nhà Đại đoàn kết", 47, "căn nhà Đại đoàn kết"), Q("97,6%", 97.6, "%"),
 Q("100%", 100, "%"), Q("58 ý kiến, kiến nghị", 58, "ý kiến, kiến nghị"), Q("1.120 hộ", 1120, "hộ"),
 Q("1,2 km", 1.2, "km"), Q("15 tập thể", 15, "tập thể"), Q("28 cá nhân", 28, "cá nhân"),
 Q("gần 40.000 nhân khẩu", 40000, "nhân khẩu", "approx"), Q("khoảng 18%", 18, "%", "approx")],
[D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 05-CT/TW"),
 D("Nghị quyết", "03", "NQ/ĐU", "2025-07-15", "Ban Chấp hành Đảng bộ xã", "Nghị quyết số 03-NQ/ĐU ngày 15/7/2025"),
 D("Chương trình phối hợp", "02", "CTrPH-MTTQ-UBND", "2025-08-10", None, "Chương trình phối hợp số 02/CTrPH-MTTQ-UBND ngày 10/8/2025")],
[prov("Ninh Bình"), prov("Nam Định"), com("Trực Ninh"), com("Cổ Lễ"), com("Trực Chính"), com("Phương Định"), com("Trực Tuấn")],
["Ủy ban MTTQ Việt Nam tỉnh Ninh Bình", "Trang chủ | Tin tức | Hoạt động Mặt trận cơ sở", "Vì người nghèo",
 "Gia đình văn hóa", "5 không, 3 sạch", "Mỗi hội viên một đóng góp", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Lượt xem: 356"],
["19.12.2025 | 08:30", "năm 2025", "năm 2026", "5 không, 3 sạch", "xóm 6", "Lượt xem: 356"]))

PAGES.append(page("b1908-bacgiang-bdvhu-soket-2019", """
BAN DÂN VẬN TỈNH ỦY BẮC GIANG
Trang chủ >> Tin tức >> Dân vận cơ sở
Thứ Sáu, 12/07/2019 - 14:30
Lục Ngạn: Nhân dân hiến hơn 30.000 m2 đất làm đường
Ngày 10/7, Ban Dân vận Huyện ủy Lục Ngạn tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2019. Theo báo cáo, từ đầu năm nhân dân trong huyện đã hiến hơn 30.000 m2 đất, đóng góp trên 4,6 tỷ đồng và 12.500 ngày công để làm đường giao thông nông thôn. Tham dự hội nghị có 37 đồng chí là trưởng khối dân vận, chủ tịch Ủy ban MTTQ các xã, thị trấn.
Đồng chí Vi Văn Thắng phát biểu tại hội nghị.
Đồng chí Vi Văn Thắng, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị. Báo cáo cho biết, 6 tháng đầu năm, Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy sơ kết Chỉ thị 11, 12-CT/HU về tăng cường công tác dân vận trong đồng bào dân tộc Sán Chí, Nùng và về vận động nhân dân tham gia giải phóng mặt bằng. Huyện tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của BCH Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới.
Phong trào thi đua "Dân vận khéo" có 64 mô hình mới đăng ký, nâng tổng số mô hình toàn huyện lên 318. Khối dân vận các xã đã hòa giải thành 43/49 vụ việc mâu thuẫn trong nhân dân; tiếp 215 lượt công dân.
Tại hội nghị, đồng chí Hoàng Văn Nhì, Bí thư Đảng ủy xã Sa Lý cho biết xã đã vận động 96 hộ người Sán Chí chuyển đổi 120 ha vải thiều sang trồng vải sớm theo tiêu chuẩn VietGAP. Bà Chu Thị Pảng, Chủ tịch Hội Liên hiệp Phụ nữ xã Phong Minh, đề nghị huyện có cơ chế hỗ trợ vốn cho các tổ hợp tác do phụ nữ làm chủ. Ông Lý Văn Sềnh, Trưởng thôn Khuân Cầu, xã Phong Minh kể việc vận động 14 hộ hiến đất mở rộng đường thôn lên 5 m.
Cũng tại hội nghị, đồng chí Phạm Thị Hoa, Phó Trưởng Ban Thường trực Ban Dân vận Huyện ủy triển khai Kế hoạch số 86-KH/BDVHU về kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở 6 tháng cuối năm tại 10 xã.
Kết luận hội nghị, đồng chí Vi Văn Thắng đề nghị 6 tháng cuối năm 2019 các cấp tập trung vận động nhân dân tiêu thụ vải thiều, thực hiện tốt phương châm "4 tại chỗ" trong phòng chống thiên tai; làm tốt công tác dân vận trong giải phóng mặt bằng các dự án giao thông qua địa bàn tỉnh Bắc Giang.
Dịp này, Ban Dân vận Huyện ủy tặng giấy khen cho 6 tập thể, 11 cá nhân có mô hình "Dân vận khéo" tiêu biểu, mỗi tập thể được thưởng 1,5 triệu đồng.
Ngọc Lan
Tin liên quan
- Yên Thế: tọa đàm về công tác dân vận chính quyền (08/07/2019)
- Ban Dân vận Tỉnh ủy kiểm tra tại Sơn Động (02/07/2019)
- Lạng Giang ra mắt 5 mô hình "Dân vận khéo" (25/06/2019)
""", "2019-07-12", "Lục Ngạn: Nhân dân hiến hơn 30.000 m2 đất làm đường",
E("so_ket", "2019-H1", "2019-07-10"),
[P("Vi Văn Thắng", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hoàng Văn Nhì", "Bí thư Đảng ủy xã Sa Lý"),
 P("Chu Thị Pảng", "Chủ tịch Hội Liên hiệp Phụ nữ xã Phong Minh"),
 P("Lý Văn Sềnh", "Trưởng thôn Khuân Cầu"),
 P("Phạm Thị Hoa", "Phó Trưởng Ban Thường trực Ban Dân vận Huyện ủy")],
[Q("hơn 30.000 m2", 30000, "m2", "over"), Q("trên 4,6 tỷ đồng", 4600000000, "đồng", "over"),
 Q("12.500 ngày công", 12500, "ngày công"), Q("37 đồng chí", 37, "đồng chí"), Q("64 mô hình mới", 64, "mô hình mới"),
 Q("318", 318, "mô hình"), Q("43/49 vụ việc mâu thuẫn", 43, "vụ việc mâu thuẫn"), Q("215 lượt công dân", 215, "lượt công dân"),
 Q("96 hộ người Sán Chí", 96, "hộ người Sán Chí"), Q("120 ha", 120, "ha"), Q("14 hộ", 14, "hộ"), Q("5 m", 5, "m"),
 Q("10 xã", 10, "xã"), Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Chỉ thị", "11", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 11, 12-CT/HU"),
 D("Chỉ thị", "12", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 11, 12-CT/HU"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Kế hoạch", "86", "KH/BDVHU", None, "Ban Dân vận Huyện ủy", "Kế hoạch số 86-KH/BDVHU")],
[prov("Bắc Giang"), com("Sa Lý"), com("Phong Minh")],
["BAN DÂN VẬN TỈNH ỦY BẮC GIANG", "Trang chủ >> Tin tức >> Dân vận cơ sở",
 "Đồng chí Vi Văn Thắng phát biểu tại hội nghị.", "Dân vận khéo", "VietGAP"],
["Thứ Sáu, 12/07/2019 - 14:30", "6 tháng đầu năm 2019", "6 tháng cuối năm 2019", "37 đồng chí", "4 tại chỗ"]))

PAGES.append(page("b1909-lamdong-xa-giaoban-q1-2026", """
Trang thông tin điện tử Đảng bộ xã Quảng Sơn - tỉnh Lâm Đồng
Vị trí: Trang chủ / Xây dựng Đảng / Công tác dân vận
Cập nhật lúc 16:45 ngày 02/04/2026
Quang cảnh hội nghị giao ban.
Khối dân vận xã Quảng Sơn giao ban, bàn cách vận động đồng bào Mnông giữ đất sản xuất
Ngày 31/3, Ban Tuyên giáo và Dân vận Đảng ủy xã Quảng Sơn tổ chức giao ban công tác dân vận quý I năm 2026 với Ủy ban MTTQ Việt Nam xã, các chi bộ thôn, bon và lực lượng công an, quân sự xã. Đồng chí Thị Hạnh, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã chủ trì.
Theo báo cáo, trong quý I, khối dân vận xã đã nắm tình hình tại 19 thôn, bon; tổ chức 2 đợt tuyên truyền về Luật Đất đai năm 2024 cho 650 lượt người; phát hiện 6 trường hợp đồng bào có ý định chuyển nhượng đất sản xuất trái phép và vận động 5 hộ dừng giao dịch. Ban cũng tham mưu Ban Thường vụ Đảng ủy xã ban hành Kết luận số 04, 05-KL/ĐU về công tác dân vận trong vùng đồng bào dân tộc thiểu số và về phát huy vai trò người có uy tín.
Các đồng chí Y Ngông, Trần Văn Hưng, H'Dim Nđu - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã lần lượt báo cáo kết quả các phong trào. Hội Cựu chiến binh xã phát triển 24 hội viên mới; chi hội phụ nữ bon Bu Prăng duy trì 3 tổ tiết kiệm với số dư 186 triệu đồng. Quỹ "Vì người nghèo" xã tiếp nhận 132 triệu đồng, hỗ trợ sửa chữa 4 căn nhà.
Ông Điểu Sóc, người có uy tín bon Bu Prăng, phản ánh tình trạng một số thanh niên bỏ học đi làm thuê xa; ông Nguyễn Đình Trọng, Bí thư Chi bộ thôn 3, đề nghị xã sớm hướng dẫn Quy chế phối hợp số 03-QC/ĐU giữa Ban Tuyên giáo và Dân vận với Ủy ban MTTQ xã để cán bộ thôn nắm rõ trách nhiệm.
Đồng chí Thị Hạnh đề nghị quý II tập trung tuyên truyền, vận động nhân dân tham gia phong trào thi đua "Dân vận khéo" năm 2026, đăng ký ít nhất 10 mô hình mới; chuẩn bị tổ chức Ngày hội văn hóa các dân tộc xã lần thứ nhất; duy trì "3 bám, 4 cùng" của cán bộ phụ trách địa bàn.
Xã Quảng Sơn (mới) được thành lập trên cơ sở nhập xã Quảng Sơn và xã Đắk Ha thuộc huyện Đắk Glong, tỉnh Đắk Nông cũ; đồng bào Mnông, Mạ, Dao chiếm khoảng 38% dân số. Sau hơn 9 tháng vận hành chính quyền hai cấp, đến nay 100% chi bộ thôn, bon đã có tổ dân vận.
Cũng trong quý I, Ủy ban MTTQ Việt Nam xã đã phối hợp tổ chức 12 buổi sinh hoạt ở khu dân cư để lấy ý kiến về dự thảo quy ước của các bon; 2 bon Bu Prăng và Bu Sốp đã đưa nội dung cấm bán đất sản xuất vào quy ước.
Bạch Tuyết
Tin khác
- Đảng ủy xã Quảng Sơn sơ kết 3 tháng thực hiện Nghị quyết Đại hội (20/03/2026)
- Bon Bu Prăng giữ gìn cồng chiêng (10/03/2026)
- Xã Quảng Sơn phát động Tết trồng cây (25/02/2026)
""", "2026-04-02", "Khối dân vận xã Quảng Sơn giao ban, bàn cách vận động đồng bào Mnông giữ đất sản xuất",
E("giao_ban", "2026-Q1", "2026-03-31"),
[P("Thị Hạnh", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã"),
 P("Y Ngông", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Trần Văn Hưng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("H'Dim Nđu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Điểu Sóc", "người có uy tín bon Bu Prăng"),
 P("Nguyễn Đình Trọng", "Bí thư Chi bộ thôn 3")],
[Q("19 thôn, bon", 19, "thôn, bon"), Q("2 đợt", 2, "đợt"), Q("650 lượt người", 650, "lượt người"),
 Q("6 trường hợp", 6, "trường hợp"), Q("5 hộ", 5, "hộ"), Q("24 hội viên mới", 24, "hội viên mới"),
 Q("3 tổ tiết kiệm", 3, "tổ tiết kiệm"), Q("186 triệu đồng", 186000000, "đồng"), Q("132 triệu đồng", 132000000, "đồng"),
 Q("4 căn nhà", 4, "căn nhà"), Q("10 mô hình mới", 10, "mô hình mới"), Q("khoảng 38%", 38, "%", "approx"), Q("100%", 100, "%"),
 Q("12 buổi sinh hoạt", 12, "buổi sinh hoạt"), Q("2 bon", 2, "bon")],
[D("Kết luận", "04", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận số 04, 05-KL/ĐU"),
 D("Kết luận", "05", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận số 04, 05-KL/ĐU"),
 D("Quy chế phối hợp", "03", "QC/ĐU", None, None, "Quy chế phối hợp số 03-QC/ĐU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), com("Quảng Sơn"), com("Đắk Ha")],
["Trang thông tin điện tử Đảng bộ xã Quảng Sơn - tỉnh Lâm Đồng", "Vị trí: Trang chủ / Xây dựng Đảng / Công tác dân vận",
 "Quang cảnh hội nghị giao ban.", "Luật Đất đai năm 2024", "Vì người nghèo", "Dân vận khéo", "3 bám, 4 cùng"],
["Cập nhật lúc 16:45 ngày 02/04/2026", "quý I năm 2026", "quý II", "năm 2026", "lần thứ nhất", "3 bám, 4 cùng", "hơn 9 tháng", "thôn 3"]))

PAGES.append(page("b1910-quangtri-xa-taphuan-2025", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ
Bạn đang ở: Trang chủ » Tin Mặt trận cơ sở
Thứ Hai, 25/08/2025
Ảnh: Học viên thảo luận nhóm tại lớp tập huấn.
Xã Kim Phú bồi dưỡng nghiệp vụ cho 112 cán bộ Mặt trận thôn, bản
Trong 2 ngày 22 - 23/8/2025, Ủy ban MTTQ Việt Nam xã Kim Phú tổ chức lớp tập huấn nghiệp vụ công tác Mặt trận năm 2025 cho 112 học viên là trưởng ban, phó trưởng ban công tác Mặt trận và chi hội trưởng các đoàn thể ở 37 thôn, bản. Đây là lớp tập huấn đầu tiên sau khi xã Kim Phú mới được thành lập từ 3 xã vùng cao của huyện Tuyên Hóa (tỉnh Quảng Bình cũ).
Khai mạc lớp học, đồng chí Hồ Văn Thạnh, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã nhấn mạnh: sau sắp xếp, địa bàn xã rộng, dân cư phân tán, người dân tộc Chứt, Bru - Vân Kiều chiếm gần 30%, nên cán bộ thôn, bản phải thực sự "3 cùng" với dân.
Lớp tập huấn gồm 5 chuyên đề: những điểm mới của Luật Mặt trận Tổ quốc Việt Nam (sửa đổi); Hướng dẫn số 32/HD-MTTW-BTT ngày 15/7/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về tổ chức, hoạt động của Ban công tác Mặt trận ở khu dân cư; kỹ năng tập hợp ý kiến cử tri; giám sát đầu tư của cộng đồng và hòa giải ở cơ sở. Báo cáo viên là đồng chí Đinh Thị Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đồng chí Cao Xuân Lực, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh.
Tại lớp học, ông Hồ Văn Khăm, Trưởng ban công tác Mặt trận bản Ón, chia sẻ: bản có 64 hộ nhưng nhiều gia đình đi rừng dài ngày, việc họp dân rất khó. Bà Hồ Thị Sâm, mới được bầu làm Chi hội trưởng Chi hội Phụ nữ bản Yên Hợp, mong được hướng dẫn cách ghi chép sổ sách và lập danh sách hộ cần hỗ trợ.
Theo Kế hoạch số 14/KH-MTTQ ngày 04/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã, sau lớp học mỗi thôn, bản xây dựng ít nhất 1 mô hình tự quản. Cuối đợt, 108 học viên đạt yêu cầu bài thu hoạch, đạt 96,4%.
Kinh phí tổ chức lớp học khoảng 65 triệu đồng, từ nguồn Chương trình mục tiêu quốc gia giảm nghèo bền vững. Mỗi học viên được hỗ trợ 150.000 đồng/ngày tiền ăn, đi lại.
Bế mạc lớp tập huấn, đồng chí Hồ Văn Thạnh đề nghị học viên vận dụng kiến thức vào thực tiễn, trước mắt tham gia vận động nhân dân chuẩn bị bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 - 2031.
Theo Ủy ban MTTQ Việt Nam tỉnh Quảng Trị, từ nay đến cuối năm, Mặt trận các xã, phường sẽ tổ chức 78 lớp tập huấn tương tự cho khoảng 6.000 cán bộ cơ sở.
Lê Thảo
Xem thêm
- Quảng Trị: Mặt trận các xã hoàn thành kiện toàn Ban công tác Mặt trận (14/08/2025)
- Trao 60 con bò giống cho hộ nghèo xã Kim Phú (05/08/2025)
- Bản Ón vào mùa trỉa lúa (28/07/2025)
""", "2025-08-25", "Xã Kim Phú bồi dưỡng nghiệp vụ cho 112 cán bộ Mặt trận thôn, bản",
E("tap_huan", "2025", "2025-08-22"),
[P("Hồ Văn Thạnh", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Đinh Thị Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Cao Xuân Lực", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Khăm", "Trưởng ban công tác Mặt trận bản Ón"),
 P("Hồ Thị Sâm", "Chi hội trưởng Chi hội Phụ nữ bản Yên Hợp")],
[Q("112 cán bộ Mặt trận thôn, bản", 112, "cán bộ Mặt trận thôn, bản"), Q("37 thôn, bản", 37, "thôn, bản"),
 Q("3 xã vùng cao", 3, "xã vùng cao"), Q("gần 30%", 30, "%", "approx"), Q("5 chuyên đề", 5, "chuyên đề"),
 Q("64 hộ", 64, "hộ"), Q("108 học viên", 108, "học viên"), Q("96,4%", 96.4, "%"),
 Q("khoảng 65 triệu đồng", 65000000, "đồng", "approx"), Q("150.000 đồng/ngày", 150000, "đồng"),
 Q("78 lớp tập huấn", 78, "lớp tập huấn"), Q("khoảng 6.000 cán bộ cơ sở", 6000, "cán bộ cơ sở", "approx")],
[D("Hướng dẫn", "32", "HD-MTTW-BTT", "2025-07-15", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 32/HD-MTTW-BTT ngày 15/7/2025"),
 D("Kế hoạch", "14", "KH-MTTQ", "2025-08-04", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 14/KH-MTTQ ngày 04/8/2025")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Kim Phú")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ", "Bạn đang ở: Trang chủ » Tin Mặt trận cơ sở",
 "Ảnh: Học viên thảo luận nhóm tại lớp tập huấn.", "Luật Mặt trận Tổ quốc Việt Nam (sửa đổi)",
 "Chương trình mục tiêu quốc gia giảm nghèo bền vững"],
["Thứ Hai, 25/08/2025", "2 ngày", "năm 2025", "3 cùng", "1 mô hình", "khóa XVI", "nhiệm kỳ 2026 - 2031"]))

PAGES.append(page("b1911-vinhlong-xa-daihoi-dangbo-2025", """
Báo Vĩnh Long điện tử
Chính trị - Xây dựng Đảng
Cập nhật: 14:20, 07/08/2025 (GMT+7)
Đồng chí Thạch Minh Sang phát biểu chỉ đạo đại hội.
Đại hội Đảng bộ xã Tập Ngãi lần thứ I: khơi dậy khát vọng vùng đồng bào Khmer
(VLO) - Trong 2 ngày 5 và 6/8, Đảng bộ xã Tập Ngãi tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đây là 1 trong 10 đại hội điểm cấp xã của Đảng bộ tỉnh Vĩnh Long. Dự đại hội có 250 đại biểu thay mặt cho hơn 1.300 đảng viên trong Đảng bộ.
Đến dự và chỉ đạo có đồng chí Thạch Minh Sang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy. Đại hội được tổ chức theo Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị và Quyết định số 1520-QĐ/TU ngày 30/6/2025 của Ban Thường vụ Tỉnh ủy về việc thành lập Đảng bộ xã Tập Ngãi.
Xã Tập Ngãi được thành lập từ các xã Tập Ngãi, Ngãi Hùng và Tân Hùng (huyện Tiểu Cần, tỉnh Trà Vinh cũ), có 21 ấp, hơn 9.800 hộ, trong đó đồng bào Khmer chiếm 41%. Nhiệm kỳ qua, thu nhập bình quân đầu người của 3 xã cũ đạt 68 triệu đồng/năm; tỷ lệ hộ nghèo giảm còn 1,2%; 100% ấp có đường nhựa, bê tông đến trung tâm.
Nhiệm kỳ 2025 - 2030, Đảng bộ xã đề ra 18 chỉ tiêu, phấn đấu thu nhập bình quân đạt 105 triệu đồng/năm, cơ bản không còn hộ nghèo theo chuẩn mới; mỗi năm kết nạp từ 45 đảng viên mới trở lên. Đại hội xác định khâu đột phá là phát triển kinh tế tập thể gắn với vùng chuyên canh dừa sáp và lúa thơm.
Thảo luận tại đại hội, đồng chí Kim Thị Ngọc Hân, Bí thư Chi bộ ấp Ô Đùng, nêu kinh nghiệm vận động bà con Khmer thành lập tổ hợp tác trồng rau an toàn; Đại đức Thạch Sô Ven, trụ trì chùa Ô Đùng đề nghị tăng cường dạy chữ Khmer trong dịp hè.
Đại hội bầu Ban Chấp hành Đảng bộ xã gồm 33 đồng chí và bầu 25 đại biểu đi dự Đại hội Đảng bộ tỉnh. Tại phiên họp thứ nhất, Ban Chấp hành bầu Ban Thường vụ 11 đồng chí; đồng chí Lê Văn Bảy được bầu giữ chức Bí thư Đảng ủy xã; đồng chí Sơn Thị Kim Loan được bầu làm Phó Bí thư Thường trực Đảng ủy xã; đồng chí Nguyễn Hoàng Khải, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.
Phát biểu chỉ đạo, đồng chí Thạch Minh Sang yêu cầu Đảng bộ xã sớm cụ thể hóa Nghị quyết Đại hội thành chương trình hành động, làm tốt công tác dân vận trong đồng bào Khmer, phát huy vai trò của sư sãi, Achar, người có uy tín.
Đại hội đã thông qua Nghị quyết Đại hội với tỷ lệ tán thành 100%.
Trước đại hội, dự thảo văn kiện đã được lấy ý kiến tại 21 chi bộ ấp với trên 2.100 lượt ý kiến góp ý của đảng viên và nhân dân.
Hoàng Phúc - Thạch Ngọc
Tin cùng chuyên mục
- Đại hội điểm Đảng bộ phường Trà Vinh (04/08/2025)
- Vĩnh Long hoàn thành đại hội 100% chi bộ trực thuộc (25/07/2025)
- Đảng bộ xã Long Hiệp tổ chức đại hội (31/07/2025)
""", "2025-08-07", "Đại hội Đảng bộ xã Tập Ngãi lần thứ I: khơi dậy khát vọng vùng đồng bào Khmer",
E("dai_hoi", None, "2025-08-05"),
[P("Thạch Minh Sang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Kim Thị Ngọc Hân", "Bí thư Chi bộ ấp Ô Đùng"),
 P("Thạch Sô Ven", "Đại đức", "trụ trì chùa Ô Đùng"),
 P("Lê Văn Bảy", "Bí thư Đảng ủy xã"),
 P("Sơn Thị Kim Loan", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Nguyễn Hoàng Khải", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã")],
[Q("250 đại biểu", 250, "đại biểu"), Q("hơn 1.300 đảng viên", 1300, "đảng viên", "over"), Q("10 đại hội điểm", 10, "đại hội điểm"),
 Q("21 ấp", 21, "ấp"), Q("hơn 9.800 hộ", 9800, "hộ", "over"), Q("41%", 41, "%"), Q("3 xã cũ", 3, "xã"),
 Q("68 triệu đồng/năm", 68000000, "đồng"), Q("1,2%", 1.2, "%"), Q("100% ấp", 100, "%"), Q("18 chỉ tiêu", 18, "chỉ tiêu"),
 Q("105 triệu đồng/năm", 105000000, "đồng"), Q("45 đảng viên mới", 45, "đảng viên mới"), Q("33 đồng chí", 33, "đồng chí"),
 Q("25 đại biểu", 25, "đại biểu"), Q("11 đồng chí", 11, "đồng chí"), Q("tán thành 100%", 100, "%"),
 Q("trên 2.100 lượt ý kiến góp ý", 2100, "lượt ý kiến góp ý", "over")],
[D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025"),
 D("Quyết định", "1520", "QĐ/TU", "2025-06-30", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1520-QĐ/TU ngày 30/6/2025")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Tập Ngãi"), com("Ngãi Hùng"), com("Tân Hùng")],
["Báo Vĩnh Long điện tử", "Chính trị - Xây dựng Đảng", "Đồng chí Thạch Minh Sang phát biểu chỉ đạo đại hội.", "(VLO)"],
["Cập nhật: 14:20, 07/08/2025 (GMT+7)", "lần thứ I", "nhiệm kỳ 2025 - 2030", "2 ngày", "1 trong 10", "33 đồng chí", "11 đồng chí", "phiên họp thứ nhất"]))

PAGES.append(page("b1912-sonla-bdvhu-giaoban-t9-2021", """
BAN DÂN VẬN TỈNH ỦY SƠN LA
Hôm nay: Thứ Năm, 30/09/2021
Trang chủ - Hoạt động - Dân vận các huyện, thành phố
Thứ Ba, 28/09/2021, 16:40
Thuận Châu: giao ban công tác dân vận tháng 9
Ngày 27/9, Ban Dân vận Huyện ủy Thuận Châu tổ chức giao ban công tác dân vận tháng 9/2021 bằng hình thức trực tuyến tới 29 điểm cầu xã, thị trấn, bảo đảm các quy định phòng, chống dịch Covid-19. Đồng chí Lò Văn Pản, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì.
Theo báo cáo, trong tháng, khối dân vận các xã đã phối hợp vận động 1.146 lao động từ các tỉnh phía Nam trở về thực hiện cách ly theo Chỉ thị 15, 16/CT-TTg của Thủ tướng Chính phủ; Ủy ban MTTQ và các đoàn thể tiếp nhận 3.600 kg gạo, 420 thùng mì tôm và trên 95 triệu đồng ủng hộ các khu cách ly. Đến ngày 25/9, toàn huyện có 78.400 người được tiêm ít nhất 1 mũi vắc xin.
Ban Dân vận Huyện ủy cũng hướng dẫn các xã triển khai Kế hoạch số 112-KH/HU ngày 6/9/2021 của Ban Thường vụ Huyện ủy về vận động nhân dân tham gia thu hoạch, tiêu thụ nông sản. Đã có 2.300 tấn xoài, nhãn được tiêu thụ qua các hợp tác xã và sàn thương mại điện tử.
Tại điểm cầu xã Chiềng Pha, đồng chí Quàng Thị Ên, Bí thư Đảng ủy xã cho biết, xã đã thành lập 14 tổ Covid cộng đồng ở các bản. Đồng chí Mùa A Sình, Trưởng khối dân vận xã Co Mạ, báo cáo tình hình 2 hộ người Mông ở bản Pha Khuông có dấu hiệu bị lôi kéo theo tà đạo "Bà Cô Dợ", đề nghị huyện hỗ trợ tuyên truyền.
Các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Cầm Văn Chính, Lường Thị Phương phân công phụ trách các cụm xã, trực tiếp về nắm tình hình tại 8 xã vùng cao.
Kết luận giao ban, đồng chí Lò Văn Pản yêu cầu tháng 10 các cơ quan dân vận tiếp tục bám cơ sở, nhất là những bản có người lao động trở về; thực hiện tốt "5K" và vận động nhân dân tiêm vắc xin; chuẩn bị tổng kết 10 năm thực hiện phong trào thi đua "Dân vận khéo" của tỉnh Sơn La.
Ông Lò Văn Pản cũng đề nghị Ủy ban MTTQ huyện phối hợp rà soát 350 hộ có hoàn cảnh khó khăn do dịch để đề xuất hỗ trợ mỗi hộ 500.000 đồng trước ngày 15/10.
Cũng trong tháng 9, các tổ dân vận ở bản đã giúp 46 hộ gặt lúa, thu hoạch ngô cho gia đình có người đang cách ly. Nhiều bản như bản Nà Lại, bản Hốc đã tự nguyện lập chốt, cử người dân thay phiên trực 24/24 giờ tại các đường mòn vào bản.
Người dân bản Nà Lại góp gạo ủng hộ khu cách ly xã Chiềng Pha. Ảnh: Q.T
Hiện huyện Thuận Châu có 29 xã, thị trấn với hơn 180.000 nhân khẩu, người Thái chiếm trên 75%.
Quàng Tuyết
Tin liên quan
- Mai Sơn: vận động nhân dân ủng hộ phòng, chống dịch (24/09/2021)
- Sông Mã giao ban khối dân vận quý III (20/09/2021)
- Ban Dân vận Tỉnh ủy kiểm tra tại Quỳnh Nhai (15/09/2021)
""", "2021-09-28", "Thuận Châu: giao ban công tác dân vận tháng 9",
E("giao_ban", "2021-09", "2021-09-27"),
[P("Lò Văn Pản", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Quàng Thị Ên", "Bí thư Đảng ủy xã"),
 P("Mùa A Sình", "Trưởng khối dân vận xã Co Mạ"),
 P("Cầm Văn Chính", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Lường Thị Phương", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("29 điểm cầu xã, thị trấn", 29, "điểm cầu xã, thị trấn"), Q("1.146 lao động", 1146, "lao động"),
 Q("3.600 kg", 3600, "kg"), Q("420 thùng mì tôm", 420, "thùng mì tôm"), Q("trên 95 triệu đồng", 95000000, "đồng", "over"),
 Q("78.400 người", 78400, "người"), Q("2.300 tấn", 2300, "tấn"), Q("14 tổ Covid cộng đồng", 14, "tổ Covid cộng đồng"),
 Q("2 hộ người Mông", 2, "hộ người Mông"), Q("8 xã vùng cao", 8, "xã vùng cao"), Q("350 hộ", 350, "hộ"),
 Q("500.000 đồng", 500000, "đồng"), Q("46 hộ", 46, "hộ"), Q("hơn 180.000 nhân khẩu", 180000, "nhân khẩu", "over"), Q("trên 75%", 75, "%", "over")],
[D("Chỉ thị", "15", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 15, 16/CT-TTg"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 15, 16/CT-TTg"),
 D("Kế hoạch", "112", "KH/HU", "2021-09-06", "Ban Thường vụ Huyện ủy", "Kế hoạch số 112-KH/HU ngày 6/9/2021")],
[prov("Sơn La"), com("Chiềng Pha"), com("Co Mạ")],
["BAN DÂN VẬN TỈNH ỦY SƠN LA", "Trang chủ - Hoạt động - Dân vận các huyện, thành phố", "Bà Cô Dợ", "5K", "Dân vận khéo", "Covid-19", "Người dân bản Nà Lại góp gạo ủng hộ khu cách ly xã Chiềng Pha. Ảnh: Q.T"],
["Hôm nay: Thứ Năm, 30/09/2021", "Thứ Ba, 28/09/2021, 16:40", "tháng 9/2021", "1 mũi", "tháng 10", "10 năm", "5K", "ngày 15/10", "Covid-19", "24/24 giờ"]))
