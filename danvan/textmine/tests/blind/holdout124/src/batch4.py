from lib import *
PAGES = []

PAGES.append(page("b2951-hanam-kimbang-giaoban-q1-2024", """
Báo Hà Nam điện tử
Xây dựng Đảng | Dân vận
Ngày đăng: 10/04/2024 07:45
Kim Bảng: Đẩy mạnh dân vận chính quyền, tiếp nhận 27 đơn thư trong quý I
Ngày 9/4/2024, Ban Dân vận Huyện ủy Kim Bảng tổ chức hội nghị giao ban công tác dân vận quý I, triển khai nhiệm vụ quý II năm 2024. Đồng chí Lê Thị Thu Hà, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì.
Đồng chí Lê Thị Thu Hà kết luận hội nghị. Ảnh: Quang Thành
Theo báo cáo do ThS. Nguyễn Thị Hậu, Phó Trưởng Ban Dân vận Huyện ủy trình bày, quý I khối dân vận đã phối hợp tổ chức 58 hội nghị nhân dân ở 104 thôn, tổ dân phố; vận động nhân dân bàn giao 46,8 ha đất cho 3 dự án khu công nghiệp, cụm công nghiệp; 214 hộ đã nhận tiền bồi thường với tổng số tiền hơn 96 tỷ đồng. Các cơ quan dân vận và chính quyền tiếp 92 lượt công dân, tiếp nhận 27 đơn thư, kiến nghị; đã giải quyết 22 đơn, đạt 81,5%; chuyển cơ quan chức năng 5 đơn. Người đứng đầu cấp ủy, chính quyền 12 xã, thị trấn tổ chức 15 cuộc đối thoại với nhân dân.
Huyện có 92 mô hình "Dân vận khéo", trong đó 18 mô hình cấp huyện và 3 mô hình cấp tỉnh. Trong quý, nhân dân đóng góp hơn 3,4 tỷ đồng, hiến 5.100 m2 đất xây dựng nông thôn mới nâng cao; Hội Nông dân kết nạp 72 hội viên mới; Đoàn Thanh niên ra quân làm 3,5 km đường điện chiếu sáng.
Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 146-KH/HU ngày 15/1/2024 thực hiện Kết luận số 43-KL/TW của Ban Bí thư và Chỉ thị số 06-CT/HU ngày 22/2/2024 về tăng cường công tác dân vận trong giải phóng mặt bằng; phối hợp kiểm tra thực hiện Luật Thực hiện dân chủ ở cơ sở tại xã Thụy Lôi, xã Nhật Tân, thị trấn Ba Sao.
Trên địa bàn có 9 giáo xứ với hơn 11.000 giáo dân. Linh mục Giuse Trần Văn Khiêm, Quản xứ giáo xứ Bút Sơn, tham dự hội nghị đã đóng góp ý kiến về việc vận động giáo dân hiến đất mở đường.
Tại hội nghị, đồng chí Trần Văn Cường, Bí thư Đảng ủy xã Nhật Tân, đề nghị huyện sớm bố trí 2 khu tái định cư; bà Đinh Thị Huế, Chủ tịch Hội LHPN huyện, báo cáo có 36 tổ phụ nữ tự quản vệ sinh môi trường.
Kết luận hội nghị, đồng chí Lê Thị Thu Hà yêu cầu quý II: tiếp tục bám sát cơ sở, vận động nhân dân bàn giao mặt bằng các dự án trọng điểm; chủ động giải quyết đơn thư từ cơ sở, không để phát sinh khiếu kiện đông người; chuẩn bị sơ kết 6 tháng công tác dân vận; hoàn thành đánh giá 18 mô hình cấp huyện năm 2024.
Hoàng Thu
Lượt đọc: 1.552
Tin liên quan
- Kim Bảng: đối thoại giữa Bí thư Huyện ủy với nhân dân xã Thụy Lôi (20/03/2024)
- Hội nghị tổng kết công tác dân vận năm 2023 (28/12/2023)
- Giáo xứ Bút Sơn chung tay xây dựng nông thôn mới (12/02/2024)
""", "2024-04-10", "Kim Bảng: Đẩy mạnh dân vận chính quyền, tiếp nhận 27 đơn thư trong quý I",
E("giao_ban", "2024-Q1", "2024-04-09"),
[P("Lê Thị Thu Hà", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Thị Hậu", "ThS.", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Giuse Trần Văn Khiêm", "Linh mục", "Quản xứ giáo xứ Bút Sơn"),
 P("Trần Văn Cường", "Bí thư Đảng ủy xã Nhật Tân"),
 P("Đinh Thị Huế", "Chủ tịch Hội LHPN huyện")],
[Q("58 hội nghị nhân dân", 58, "hội nghị nhân dân"), Q("104 thôn, tổ dân phố", 104, "thôn, tổ dân phố"), Q("46,8 ha", 46.8, "ha"),
 Q("3 dự án khu công nghiệp, cụm công nghiệp", 3, "dự án khu công nghiệp, cụm công nghiệp"), Q("214 hộ", 214, "hộ"),
 Q("hơn 96 tỷ đồng", 96000000000, "đồng", "over"), Q("92 lượt công dân", 92, "lượt công dân"),
 Q("27 đơn thư, kiến nghị", 27, "đơn thư, kiến nghị"), Q("22 đơn", 22, "đơn"), Q("81,5%", 81.5, "%"), Q("5 đơn", 5, "đơn"),
 Q("12 xã, thị trấn", 12, "xã, thị trấn"), Q("15 cuộc đối thoại", 15, "cuộc đối thoại"), Q("92 mô hình", 92, "mô hình"),
 Q("18 mô hình cấp huyện", 18, "mô hình cấp huyện"), Q("3 mô hình cấp tỉnh", 3, "mô hình cấp tỉnh"),
 Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"), Q("5.100 m2", 5100, "m2"), Q("72 hội viên mới", 72, "hội viên mới"),
 Q("3,5 km", 3.5, "km"), Q("9 giáo xứ", 9, "giáo xứ"), Q("hơn 11.000 giáo dân", 11000, "giáo dân", "over"),
 Q("2 khu tái định cư", 2, "khu tái định cư"), Q("36 tổ phụ nữ tự quản vệ sinh môi trường", 36, "tổ phụ nữ tự quản vệ sinh môi trường")],
[D("Kế hoạch", "146", "KH/HU", "2024-01-15", "Ban Thường vụ Huyện ủy", "Kế hoạch số 146-KH/HU ngày 15/1/2024"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận số 43-KL/TW của Ban Bí thư"),
 D("Chỉ thị", "06", "CT/HU", "2024-02-22", "Ban Thường vụ Huyện ủy", "Chỉ thị số 06-CT/HU ngày 22/2/2024")],
[prov("Hà Nam"), com("Thụy Lôi"), com("Nhật Tân"), com("Ba Sao")],
["Báo Hà Nam điện tử", "Xây dựng Đảng | Dân vận", "Đồng chí Lê Thị Thu Hà kết luận hội nghị. Ảnh: Quang Thành", "Dân vận khéo",
 "Luật Thực hiện dân chủ ở cơ sở", "Lượt đọc: 1.552"],
["Ngày đăng: 10/04/2024 07:45", "quý I", "quý II năm 2024", "6 tháng", "năm 2024", "Lượt đọc: 1.552"]))

PAGES.append(page("b2952-vinhphuc-tamdao-giaoban-t10-2024", """
Cổng thông tin điện tử huyện Tam Đảo
Trang chủ » Tin tức » Tin hoạt động
Cập nhật: 08:40, 06/11/2024 (GMT+7)
Ảnh: Toàn cảnh hội nghị giao ban.
Tam Đảo: Giao ban công tác dân vận tháng 10, triển khai nhiệm vụ 2 tháng cuối năm
Chiều 5/11/2024, Ban Dân vận Huyện ủy Tam Đảo (Vĩnh Phúc) tổ chức giao ban công tác dân vận tháng 10 năm 2024. Chủ trì hội nghị có đồng chí Diệp Thị Thủy, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy; đồng chí Lục Văn Sìn, Phó Trưởng Ban Thường trực Ban Dân vận Huyện ủy - Phó Chủ tịch Ủy ban MTTQ huyện.
Tháng 10, Ban Dân vận Huyện ủy đã chủ trì, phối hợp tổ chức hội nghị biểu dương 45 điển hình "Dân vận khéo" giai đoạn 2021 - 2024 và các hoạt động kỷ niệm 94 năm Ngày truyền thống công tác dân vận; tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 172-KH/HU ngày 3/10/2024 về tổ chức Ngày hội Đại đoàn kết toàn dân tộc và Hướng dẫn số 09-HD/BDVHU ngày 10/10/2024 về đánh giá, chấm điểm thi đua khối dân vận năm 2024.
Khối dân vận tổ chức 39 buổi tuyên truyền với khoảng 3.100 lượt người về phòng chống lừa đảo qua mạng và Luật Đất đai năm 2024; vận động 97 hộ đồng bào Sán Dìu ở xã Đạo Trù, xã Bồ Lý hiến 6.200 m2 đất làm đường; nhân dân đóng góp 1.340 ngày công và hơn 780 triệu đồng xây dựng nông thôn mới kiểu mẫu. Các cơ quan khối dân vận tiếp nhận 15 đơn thư, kiến nghị, đã giải quyết 13 đơn; hòa giải thành 11/12 vụ việc. Hội LHPN huyện hỗ trợ 8 phụ nữ nghèo làm sinh kế với 40 triệu đồng; Hội Cựu chiến binh tặng 120 suất quà cho hội viên khó khăn, mỗi suất 500.000 đồng.
Tại giao ban, đồng chí Trần Văn Phìn, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã Đại Đình, báo cáo việc vận động 23 hộ dân bàn giao mặt bằng dự án đường vành đai; ông Dương Văn Mừng, người có uy tín thôn Đồng Bùa, đề nghị giữ gìn văn hóa hát Soọng cô. Bà Lý Thị Hạnh, Chủ tịch Hội Nông dân huyện, cho biết hội có 58 hội viên mới.
Kết luận, đồng chí Diệp Thị Thủy yêu cầu 2 tháng cuối năm: tổ chức Ngày hội Đại đoàn kết ở 100% khu dân cư trước ngày 18/11; nắm tình hình dư luận về việc sắp xếp đơn vị hành chính cấp xã; hoàn thành tổng kết công tác dân vận năm 2024 trong tháng 12; tiếp tục thực hiện Kết luận số 90-KL/TW của Bộ Chính trị về tiếp tục thực hiện Quy chế công tác dân vận.
Hạn chế: tiến độ giải quyết kiến nghị liên quan đất rừng còn chậm; một số xã báo cáo tháng còn sơ sài, thiếu số liệu.
Minh Khôi
Lượt xem: 704
Bài viết liên quan
- Tam Đảo biểu dương 45 điển hình dân vận khéo (15/10/2024)
- Giao ban công tác dân vận tháng 9 năm 2024 (04/10/2024)
- Xã Đạo Trù ra mắt tổ dân vận thôn (18/09/2024)
""", "2024-11-06", "Tam Đảo: Giao ban công tác dân vận tháng 10, triển khai nhiệm vụ 2 tháng cuối năm",
E("giao_ban", "2024-10", "2024-11-05"),
[P("Diệp Thị Thủy", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lục Văn Sìn", "Phó Trưởng Ban Thường trực Ban Dân vận Huyện ủy - Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Trần Văn Phìn", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã Đại Đình"),
 P("Dương Văn Mừng", "người có uy tín thôn Đồng Bùa"),
 P("Lý Thị Hạnh", "Chủ tịch Hội Nông dân huyện")],
[Q("45 điển hình", 45, "điển hình"), Q("39 buổi tuyên truyền", 39, "buổi tuyên truyền"), Q("khoảng 3.100 lượt người", 3100, "lượt người", "approx"),
 Q("97 hộ đồng bào Sán Dìu", 97, "hộ đồng bào Sán Dìu"), Q("6.200 m2", 6200, "m2"), Q("1.340 ngày công", 1340, "ngày công"),
 Q("hơn 780 triệu đồng", 780000000, "đồng", "over"), Q("15 đơn thư, kiến nghị", 15, "đơn thư, kiến nghị"), Q("13 đơn", 13, "đơn"),
 Q("11/12 vụ việc", 11, "vụ việc"), Q("8 phụ nữ nghèo", 8, "phụ nữ nghèo"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("120 suất quà", 120, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("23 hộ dân", 23, "hộ dân"), Q("58 hội viên mới", 58, "hội viên mới"),
 Q("100%", 100, "%")],
[D("Kế hoạch", "172", "KH/HU", "2024-10-03", "Ban Thường vụ Huyện ủy", "Kế hoạch số 172-KH/HU ngày 3/10/2024"),
 D("Hướng dẫn", "09", "HD/BDVHU", "2024-10-10", None, "Hướng dẫn số 09-HD/BDVHU ngày 10/10/2024"),
 D("Kết luận", "90", "KL/TW", None, "Bộ Chính trị", "Kết luận số 90-KL/TW của Bộ Chính trị")],
[prov("Vĩnh Phúc"), com("Đạo Trù"), com("Bồ Lý"), com("Đại Đình")],
["Cổng thông tin điện tử huyện Tam Đảo", "Trang chủ » Tin tức » Tin hoạt động", "Ảnh: Toàn cảnh hội nghị giao ban.", "Dân vận khéo",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Luật Đất đai năm 2024", "Soọng cô", "Lượt xem: 704"],
["Cập nhật: 08:40, 06/11/2024 (GMT+7)", "tháng 10 năm 2024", "2 tháng cuối năm", "giai đoạn 2021 - 2024", "94 năm", "năm 2024",
 "ngày 18/11", "tháng 12", "Lượt xem: 704"]))

PAGES.append(page("b2953-hungyen-khoaichau-giaoban-q1-2025", """
HUYỆN ỦY KHOÁI CHÂU
Trang chủ / Tin tức / Tuyên giáo - Dân vận
Thứ Tư, 09/04/2025
Khối dân vận huyện Khoái Châu giao ban quý I năm 2025
Ngày 8/4, Ban Tuyên giáo và Dân vận Huyện ủy Khoái Châu (Hưng Yên) tổ chức hội nghị giao ban khối dân vận quý I năm 2025. Đồng chí Đỗ Thị Phượng, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tuyên giáo và Dân vận Huyện ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy: Nguyễn Văn Hiếu, Lê Thị Ngọc, Vũ Đình Tuân.
Đồng chí Đỗ Thị Phượng phát biểu tại hội nghị.
Quý I, Ban đã tham mưu Ban Thường vụ Huyện ủy quán triệt Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy và Nghị quyết số 18-NQ/TW ngày 25/10/2017 của BCH Trung ương; ban hành Kế hoạch số 235-KH/HU ngày 12/2/2025 về nắm bắt tư tưởng cán bộ, đảng viên và nhân dân trong thực hiện sắp xếp đơn vị hành chính. Khối dân vận đã tổ chức 44 hội nghị lấy ý kiến cử tri tại 327 thôn, tổ dân phố với trên 96% cử tri đồng ý phương án sắp xếp.
Các cơ quan dân vận tiếp nhận 21 đơn thư, kiến nghị, đã phối hợp giải quyết 19 đơn; hòa giải thành 26 vụ việc. Nhân dân 24 xã, thị trấn đóng góp hơn 5,2 tỷ đồng, hiến 3.900 m2 đất cải tạo đường trục thôn; Hội Nông dân giải ngân 4,8 tỷ đồng vốn vay cho 96 hộ trồng chuối, nhãn. Huyện có 104 mô hình "Dân vận khéo", trong đó 14 mô hình mới đăng ký năm 2025. Ủy ban MTTQ huyện vận động xóa 38 căn nhà tạm, nhà dột nát cho hộ nghèo, mỗi căn được hỗ trợ 60 triệu đồng.
Tại hội nghị, đồng chí Nguyễn Văn Hiếu báo cáo kết quả kiểm tra tại xã Dạ Trạch, xã Bình Minh, xã Đông Kết; ông Phạm Văn Đoàn, Bí thư Đảng ủy xã Dạ Trạch, cho biết xã đã tổ chức đối thoại với 45 hộ có đất nằm trong dự án đường vành đai 4. Bà Hoàng Thị Thanh, Chủ tịch Hội LHPN huyện, thông tin hội đã kết nạp 86 hội viên mới.
Kết luận hội nghị, đồng chí Đỗ Thị Phượng yêu cầu quý II: làm tốt công tác tư tưởng trong thời gian sắp xếp đơn vị hành chính cấp xã, không tổ chức cấp huyện; không để phát sinh khiếu kiện đông người; rà soát, bàn giao hồ sơ mô hình "Dân vận khéo" cho các xã mới; hoàn thành xóa nhà tạm trước 30/6/2025.
Hội nghị nhận định, khối lượng công việc lớn trong khi bộ máy vừa sắp xếp, một số cán bộ còn tâm tư; việc tổng hợp ý kiến nhân dân ở một số thôn chậm; tổ dân vận ở các thôn ven sông Hồng sinh hoạt chưa đều. Các đại biểu đề nghị sớm có hướng dẫn về tổ chức khối dân vận ở cấp xã sau sắp xếp.
Hải Yến
Lượt xem: 824
Tin liên quan
- Khoái Châu lấy ý kiến cử tri về sắp xếp đơn vị hành chính (01/04/2025)
- Ra mắt Ban Tuyên giáo và Dân vận Huyện ủy (20/02/2025)
- Xã Dạ Trạch đối thoại với nhân dân (15/03/2025)
""", "2025-04-09", "Khối dân vận huyện Khoái Châu giao ban quý I năm 2025",
E("giao_ban", "2025-Q1", "2025-04-08"),
[P("Đỗ Thị Phượng", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Tuyên giáo và Dân vận Huyện ủy"),
 P("Nguyễn Văn Hiếu", "Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy"),
 P("Lê Thị Ngọc", "Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy"),
 P("Vũ Đình Tuân", "Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy"),
 P("Phạm Văn Đoàn", "Bí thư Đảng ủy xã Dạ Trạch"),
 P("Hoàng Thị Thanh", "Chủ tịch Hội LHPN huyện")],
[Q("44 hội nghị lấy ý kiến cử tri", 44, "hội nghị lấy ý kiến cử tri"), Q("327 thôn, tổ dân phố", 327, "thôn, tổ dân phố"),
 Q("trên 96%", 96, "%", "over"), Q("21 đơn thư, kiến nghị", 21, "đơn thư, kiến nghị"), Q("19 đơn", 19, "đơn"), Q("26 vụ việc", 26, "vụ việc"),
 Q("24 xã, thị trấn", 24, "xã, thị trấn"), Q("hơn 5,2 tỷ đồng", 5200000000, "đồng", "over"), Q("3.900 m2", 3900, "m2"),
 Q("4,8 tỷ đồng", 4800000000, "đồng"), Q("96 hộ", 96, "hộ"), Q("104 mô hình", 104, "mô hình"), Q("14 mô hình mới", 14, "mô hình"),
 Q("38 căn nhà tạm, nhà dột nát", 38, "căn nhà tạm, nhà dột nát"), Q("60 triệu đồng", 60000000, "đồng"), Q("45 hộ", 45, "hộ"),
 Q("86 hội viên mới", 86, "hội viên mới")],
[D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư"),
 D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "BCH Trung ương", "Nghị quyết số 18-NQ/TW ngày 25/10/2017 của BCH Trung ương"),
 D("Kế hoạch", "235", "KH/HU", "2025-02-12", "Ban Thường vụ Huyện ủy", "Kế hoạch số 235-KH/HU ngày 12/2/2025")],
[prov("Hưng Yên"), com("Dạ Trạch"), com("Bình Minh"), com("Đông Kết")],
["HUYỆN ỦY KHOÁI CHÂU", "Trang chủ / Tin tức / Tuyên giáo - Dân vận", "Đồng chí Đỗ Thị Phượng phát biểu tại hội nghị.", "Dân vận khéo",
 "Lượt xem: 824"],
["Thứ Tư, 09/04/2025", "quý I năm 2025", "quý II", "năm 2025", "vành đai 4", "30/6/2025", "Lượt xem: 824"]))

PAGES.append(page("b2954-tuyenquang-xameovac-giaoban-t10-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG
Trang chủ > Hoạt động của Đảng ủy > Dân vận
05/11/2025 | 10:15
Ảnh: Hội nghị giao ban tại hội trường Đảng ủy xã.
Xã Mèo Vạc: giao ban công tác dân vận tháng 10/2025
Chiều 4/11, Đảng ủy xã Mèo Vạc tổ chức giao ban công tác dân vận tháng 10 năm 2025. Đồng chí Vừ Mí Xá, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy xã chủ trì. Dự có đồng chí Sùng Thị Mỷ, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội LHPN xã và đại diện các chi bộ thôn.
Đây là tháng thứ tư xã vận hành mô hình chính quyền địa phương hai cấp sau khi hợp nhất ba xã Mèo Vạc, Tả Lủng, Giàng Chu Phìn cũ. Trong tháng, Ban Xây dựng Đảng đã tham mưu Ban Thường vụ Đảng ủy xã ban hành Kế hoạch số 25-KH/ĐU ngày 8/10/2025 về công tác dân vận quý IV và Quy chế phối hợp số 02-QC/ĐU giữa Đảng ủy với Ủy ban MTTQ xã; quán triệt Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị và Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ I.
Khối dân vận đã tổ chức 37 buổi tuyên truyền tại 42 thôn bằng tiếng Mông, tiếng Dao với khoảng 3.600 lượt người nghe; vận động 1.150 hộ cài đặt ứng dụng VNeID mức độ 2. Trung tâm phục vụ hành chính công xã giải quyết 1.482 hồ sơ, 98,6% đúng hạn. Xã tiếp 34 lượt công dân, tiếp nhận 8 đơn thư, kiến nghị, đã giải quyết 6 đơn; hòa giải thành 7/8 vụ việc. Ủy ban MTTQ xã vận động hơn 310 triệu đồng và 2.600 ngày công hỗ trợ 41 hộ nghèo làm nhà theo chương trình xóa nhà tạm, nhà dột nát; đến nay đã bàn giao 29 căn nhà.
Tại giao ban, ông Thào Mí Chứ, Bí thư Chi bộ, Trưởng thôn Sủng Pờ A, phản ánh 6 hộ chưa nhận được hỗ trợ giống ngô vụ đông; bà Lý Thị Phà, Chủ tịch Hội Nông dân xã, cho biết hội đã kết nạp 53 hội viên mới. Ông Giàng Mí Lử, người có uy tín thôn Pả Vi Hạ, đề nghị tăng cường tuyên truyền phòng chống mua bán người.
Kết luận giao ban, đồng chí Vừ Mí Xá giao nhiệm vụ tháng 11: tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 42/42 thôn; hoàn thành bàn giao 12 căn nhà còn lại trước ngày 30/11; nắm tình hình tư tưởng nhân dân về việc bố trí trụ sở thôn sau hợp nhất; rà soát đội ngũ người có uy tín; chuẩn bị nội dung cho Ban Tuyên giáo và Dân vận Tỉnh ủy về kiểm tra công tác dân vận cuối năm.
Hạn chế được chỉ ra: một số cán bộ mới chưa quen địa bàn các thôn của xã cũ; đường sá đi lại xa, việc nắm tình hình ở thôn vùng cao còn chậm.
Giàng Thị Dung
Lượt xem: 156
Tin khác
- Xã Mèo Vạc ra mắt Ban Chỉ đạo xóa nhà tạm (15/10/2025)
- Giao ban công tác dân vận tháng 9 năm 2025 (06/10/2025)
- Đại hội Đảng bộ xã Mèo Vạc lần thứ I, nhiệm kỳ 2025 - 2030 (28/08/2025)
""", "2025-11-05", "Xã Mèo Vạc: giao ban công tác dân vận tháng 10/2025",
E("giao_ban", "2025-10", "2025-11-04"),
[P("Vừ Mí Xá", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Sùng Thị Mỷ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã"),
 P("Thào Mí Chứ", "Bí thư Chi bộ", "Trưởng thôn Sủng Pờ A"),
 P("Lý Thị Phà", "Chủ tịch Hội Nông dân xã"),
 P("Giàng Mí Lử", "người có uy tín thôn Pả Vi Hạ")],
[Q("37 buổi tuyên truyền", 37, "buổi tuyên truyền"), Q("42 thôn", 42, "thôn"), Q("khoảng 3.600 lượt người nghe", 3600, "lượt người nghe", "approx"),
 Q("1.150 hộ", 1150, "hộ"), Q("1.482 hồ sơ", 1482, "hồ sơ"), Q("98,6%", 98.6, "%"), Q("34 lượt công dân", 34, "lượt công dân"),
 Q("8 đơn thư, kiến nghị", 8, "đơn thư, kiến nghị"), Q("6 đơn", 6, "đơn"), Q("7/8 vụ việc", 7, "vụ việc"),
 Q("hơn 310 triệu đồng", 310000000, "đồng", "over"), Q("2.600 ngày công", 2600, "ngày công"), Q("41 hộ nghèo", 41, "hộ nghèo"),
 Q("29 căn nhà", 29, "căn nhà"), Q("6 hộ", 6, "hộ"), Q("53 hội viên mới", 53, "hội viên mới"), Q("12 căn nhà", 12, "căn nhà")],
[D("Kế hoạch", "25", "KH/ĐU", "2025-10-08", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 25-KH/ĐU ngày 8/10/2025"),
 D("Quy chế phối hợp", "02", "QC/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Quy chế phối hợp số 02-QC/ĐU"),
 D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị")],
[prov("Tuyên Quang"), com("Mèo Vạc"), com("Tả Lủng"), com("Giàng Chu Phìn")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG", "Trang chủ > Hoạt động của Đảng ủy > Dân vận",
 "Ảnh: Hội nghị giao ban tại hội trường Đảng ủy xã.", "VNeID", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ I", "Lượt xem: 156"],
["05/11/2025 | 10:15", "tháng 10 năm 2025", "tháng thứ tư", "hai cấp", "ba xã", "quý IV", "mức độ 2", "lần thứ I", "tháng 11",
 "42/42 thôn", "ngày 30/11", "Lượt xem: 156"]))

PAGES.append(page("b2955-laocai-xamucangchai-giaoban-q4-2025", """
Hôm nay: Thứ Hai, 12/01/2026
ĐẢNG ỦY XÃ MÙ CANG CHẢI - TỈNH LÀO CAI
Tin tức | Xây dựng Đảng | Công tác dân vận
Thứ Sáu, 09/01/2026 - 16:00
Xã Mù Cang Chải triển khai nhiệm vụ công tác dân vận quý I/2026
Ngày 8/1/2026, Ban Thường vụ Đảng ủy xã Mù Cang Chải (tỉnh Lào Cai) tổ chức giao ban đánh giá công tác dân vận quý IV năm 2025 và triển khai nhiệm vụ quý I/2026. Đồng chí Lò Văn Thắng, Phó Bí thư Thường trực Đảng ủy xã chủ trì; dự có các đồng chí: Chủ tịch Ủy ban MTTQ Việt Nam xã Giàng Thị Sua, Trưởng Ban Xây dựng Đảng Đảng ủy xã Hờ A Chính.
Quang cảnh hội nghị giao ban quý IV.
Báo cáo do đồng chí Hờ A Chính trình bày cho thấy, quý IV năm 2025, khối dân vận xã đã phối hợp tổ chức 58 buổi tuyên truyền tại 31 bản với hơn 4.900 lượt người nghe; vận động 640 hộ thực hiện nếp sống văn minh trong việc cưới, việc tang; 212 hộ tham gia trồng 150 ha sơn tra, quế. Các bản đã tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 31/31 khu dân cư. Ủy ban MTTQ xã tiếp nhận 1,25 tỷ đồng ủng hộ đồng bào bị thiệt hại do bão số 10, hỗ trợ 86 hộ có nhà bị hư hỏng, mỗi hộ được hỗ trợ 10 triệu đồng.
Xã tiếp 47 lượt công dân, tiếp nhận 11 đơn thư, kiến nghị, giải quyết 10 đơn; hòa giải thành 9 vụ việc tranh chấp đất đai. Hiện có 4 hộ với 19 khẩu theo "Bà Cô Dợ", khối dân vận đã vận động được 1 hộ từ bỏ. Đảng ủy xã đã ban hành Nghị quyết chuyên đề số 04-NQ/ĐU ngày 20/10/2025 về công tác dân vận trong tình hình mới và triển khai Hướng dẫn số 12-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo" ở cấp xã sau sắp xếp.
Tại giao ban, đồng chí Giàng Thị Sua đề nghị các chi bộ quan tâm người có uy tín; ông Mùa A Sếnh, Bí thư Chi bộ bản Nả Háng Tủa Chừ, báo cáo bản đã không còn trẻ em bỏ học; bà Lò Thị Xuyến, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội LHPN xã, cho biết đã vận động 9 cặp dừng tảo hôn.
Nhiệm vụ quý I/2026, đồng chí Lò Văn Thắng yêu cầu: tuyên truyền, vận động nhân dân đón Tết Nguyên đán Bính Ngọ an toàn, tiết kiệm; tặng 450 suất quà Tết cho hộ nghèo; phối hợp tổ chức bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp; xây dựng ít nhất 5 mô hình "Dân vận khéo"; giao ban khối dân vận hằng tháng vào ngày 5.
Một số tồn tại được nêu: bộ máy mới còn thiếu cán bộ chuyên trách dân vận; việc tổng hợp số liệu từ các bản của xã cũ chưa thống nhất.
Hồng Duyên
Lượt xem: 203
Tin liên quan
- Mù Cang Chải: hỗ trợ đồng bào khắc phục hậu quả bão số 10 (30/09/2025)
- Giao ban công tác dân vận quý III năm 2025 (07/10/2025)
- Xã Mù Cang Chải tổ chức Ngày hội Đại đoàn kết (14/11/2025)
""", "2026-01-09", "Xã Mù Cang Chải triển khai nhiệm vụ công tác dân vận quý I/2026",
E("giao_ban", "2025-Q4", "2026-01-08"),
[P("Lò Văn Thắng", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Giàng Thị Sua", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Hờ A Chính", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Mùa A Sếnh", "Bí thư Chi bộ bản Nả Háng Tủa Chừ"),
 P("Lò Thị Xuyến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã")],
[Q("58 buổi tuyên truyền", 58, "buổi tuyên truyền"), Q("31 bản", 31, "bản"), Q("hơn 4.900 lượt người nghe", 4900, "lượt người nghe", "over"),
 Q("640 hộ", 640, "hộ"), Q("212 hộ", 212, "hộ"), Q("150 ha", 150, "ha"), Q("31/31 khu dân cư", 31, "khu dân cư"),
 Q("1,25 tỷ đồng", 1250000000, "đồng"), Q("86 hộ", 86, "hộ"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("47 lượt công dân", 47, "lượt công dân"), Q("11 đơn thư, kiến nghị", 11, "đơn thư, kiến nghị"), Q("10 đơn", 10, "đơn"),
 Q("9 vụ việc tranh chấp đất đai", 9, "vụ việc tranh chấp đất đai"), Q("4 hộ", 4, "hộ"), Q("19 khẩu", 19, "khẩu"),
 Q("9 cặp", 9, "cặp"), Q("450 suất quà", 450, "suất quà"), Q("ít nhất 5 mô hình", 5, "mô hình", "over")],
[D("Nghị quyết", "04", "NQ/ĐU", "2025-10-20", "Đảng ủy xã", "Nghị quyết chuyên đề số 04-NQ/ĐU ngày 20/10/2025"),
 D("Hướng dẫn", "12", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[prov("Lào Cai"), com("Mù Cang Chải")],
["Hôm nay: Thứ Hai, 12/01/2026", "ĐẢNG ỦY XÃ MÙ CANG CHẢI - TỈNH LÀO CAI", "Tin tức | Xây dựng Đảng | Công tác dân vận",
 "Quang cảnh hội nghị giao ban quý IV.", "Bà Cô Dợ", "Ngày hội Đại đoàn kết toàn dân tộc", "Dân vận khéo", "Lượt xem: 203"],
["Hôm nay: Thứ Hai, 12/01/2026", "Thứ Sáu, 09/01/2026 - 16:00", "quý I/2026", "quý IV năm 2025", "bão số 10", "1 hộ", "Tết Nguyên đán Bính Ngọ",
 "khóa XVI", "ngày 5", "Lượt xem: 203"]))

PAGES.append(page("b2956-ninhbinh-xaxuantruong-nhiemvu-t3-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ XUÂN TRƯỜNG
Tỉnh Ninh Bình
Trang chủ » Tin tức » Thông báo - Kế hoạch
Thứ Hai, 02/03/2026, 07:30
Nhiệm vụ trọng tâm công tác dân vận tháng 3 năm 2026
Ban Thường vụ Đảng ủy xã Xuân Trường vừa ban hành Kế hoạch số 52-KH/ĐU ngày 27/2/2026 về nhiệm vụ trọng tâm công tác dân vận tháng 3 năm 2026. Kế hoạch do đồng chí Trần Thị Mai Hương, Phó Bí thư Thường trực Đảng ủy xã ký, gửi các chi bộ, Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội.
Xã Xuân Trường được thành lập trên cơ sở sắp xếp 4 xã, thị trấn cũ, có 42 xóm, tổ dân phố với 11.860 hộ, 39.400 nhân khẩu; trong đó có 14 giáo xứ, giáo họ biệt lập với khoảng 21.500 giáo dân, 6 chùa và 1 cơ sở đạo Tin Lành. Hiện xã có 27 tổ hòa giải, 42 tổ dân vận xóm và 19 mô hình "Dân vận khéo" được công nhận.
Kế hoạch xác định các nhiệm vụ cụ thể:
1. Tiếp tục quán triệt Nghị quyết Đại hội XIV của Đảng, Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I; triển khai Kết luận số 195-KL/TW của Bộ Chính trị và Quy định số 01-QĐi/ĐU ngày 5/1/2026 của Ban Chấp hành Đảng bộ xã về trách nhiệm người đứng đầu trong tiếp dân, đối thoại.
2. Vận động 100% hộ gia đình tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 ngày 15/3/2026; phối hợp tổ chức 23 hội nghị tiếp xúc cử tri tại 42 xóm, tổ dân phố.
3. Hoàn thành giải quyết 7 đơn thư, kiến nghị còn tồn từ tháng 2; chủ tịch UBND xã đối thoại với 65 hộ vùng dự án mở rộng Quốc lộ 21 trước ngày 25/3.
4. Hội LHPN vận động 500 hội viên tham gia Tháng hành động vì bình đẳng giới; Hội Nông dân kết nạp ít nhất 80 hội viên mới; Đoàn Thanh niên trồng 2.000 cây xanh hưởng ứng Tết trồng cây.
5. Phối hợp các giáo xứ tổ chức Tuần lễ vệ sinh môi trường; vận động đóng góp khoảng 600 triệu đồng làm 1,5 km đường xóm theo chương trình nông thôn mới nâng cao.
6. Chỉ đạo các chi bộ tổ chức giao ban khối dân vận xóm trước ngày 28/3; gửi báo cáo tháng về Ban Xây dựng Đảng Đảng ủy xã.
Giao đồng chí Phạm Văn Trường, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy xã theo dõi, đôn đốc; đồng chí Vũ Thị Thanh Nga, Chủ tịch Ủy ban MTTQ Việt Nam xã, phối hợp với Linh mục Phaolô Đoàn Văn Thịnh, Quản xứ giáo xứ Hành Thiện, và Đại đức Thích Minh Tâm, trụ trì chùa Keo Hành Thiện, vận động tín đồ thực hiện tốt các nội dung trên.
Ban Xây dựng Đảng
Lượt xem: 96
Tin cùng chuyên mục
- Xã Xuân Trường giao ban khối dân vận tháng 2 năm 2026 (04/02/2026)
- Kế hoạch tổ chức Ngày hội Đại đoàn kết (10/11/2025)
- Thông báo lịch tiếp công dân tháng 3 (01/03/2026)
""", "2026-03-02", "Nhiệm vụ trọng tâm công tác dân vận tháng 3 năm 2026",
E("khac", None, None),
[P("Trần Thị Mai Hương", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Phạm Văn Trường", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Vũ Thị Thanh Nga", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Phaolô Đoàn Văn Thịnh", "Linh mục", "Quản xứ giáo xứ Hành Thiện"),
 P("Thích Minh Tâm", "Đại đức", "trụ trì chùa Keo Hành Thiện")],
[Q("4 xã, thị trấn", 4, "xã, thị trấn"), Q("42 xóm, tổ dân phố", 42, "xóm, tổ dân phố"), Q("11.860 hộ", 11860, "hộ"),
 Q("39.400 nhân khẩu", 39400, "nhân khẩu"), Q("14 giáo xứ, giáo họ biệt lập", 14, "giáo xứ, giáo họ biệt lập"),
 Q("khoảng 21.500 giáo dân", 21500, "giáo dân", "approx"), Q("6 chùa", 6, "chùa"), Q("27 tổ hòa giải", 27, "tổ hòa giải"),
 Q("42 tổ dân vận xóm", 42, "tổ dân vận xóm"), Q("19 mô hình", 19, "mô hình"), Q("100%", 100, "%"),
 Q("23 hội nghị tiếp xúc cử tri", 23, "hội nghị tiếp xúc cử tri"), Q("7 đơn thư, kiến nghị", 7, "đơn thư, kiến nghị"),
 Q("65 hộ", 65, "hộ"), Q("500 hội viên", 500, "hội viên"), Q("ít nhất 80 hội viên mới", 80, "hội viên mới", "over"),
 Q("2.000 cây xanh", 2000, "cây xanh"), Q("khoảng 600 triệu đồng", 600000000, "đồng", "approx"), Q("1,5 km", 1.5, "km")],
[D("Kế hoạch", "52", "KH/ĐU", "2026-02-27", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 52-KH/ĐU ngày 27/2/2026"),
 D("Kết luận", "195", "KL/TW", None, "Bộ Chính trị", "Kết luận số 195-KL/TW của Bộ Chính trị"),
 D("Quy định", "01", "QĐi/ĐU", "2026-01-05", "Ban Chấp hành Đảng bộ xã", "Quy định số 01-QĐi/ĐU ngày 5/1/2026 của Ban Chấp hành Đảng bộ xã")],
[prov("Ninh Bình"), com("Xuân Trường")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ XUÂN TRƯỜNG", "Trang chủ » Tin tức » Thông báo - Kế hoạch", "Dân vận khéo", "Nghị quyết Đại hội XIV",
 "Tháng hành động vì bình đẳng giới", "Tết trồng cây", "Tuần lễ vệ sinh môi trường", "Ban Xây dựng Đảng", "Lượt xem: 96"],
["Thứ Hai, 02/03/2026, 07:30", "tháng 3 năm 2026", "1 cơ sở", "lần thứ I", "khóa XVI", "nhiệm kỳ 2026 - 2031", "15/3/2026",
 "tháng 2", "Quốc lộ 21", "ngày 25/3", "ngày 28/3", "Đại hội XIV", "Lượt xem: 96"]))
