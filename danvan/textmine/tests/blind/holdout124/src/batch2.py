from lib import *
PAGES = []

PAGES.append(page("b2939-yenbai-mucangchai-giaoban-q3-2017", """
Báo Yên Bái điện tử
Xây dựng Đảng - Dân vận
09/10/2017 - 15:45
Ảnh: Các đại biểu dự hội nghị giao ban.
Mù Cang Chải: Phát huy vai trò người có uy tín trong vận động đồng bào Mông
YBĐT - Ngày 6/10, Ban Dân vận Huyện ủy Mù Cang Chải tổ chức hội nghị giao ban công tác dân vận quý III năm 2017. Đồng chí Giàng A Dế, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy chủ trì. Dự có các đồng chí: Phó Trưởng Ban Dân vận Huyện ủy: Lò Văn Thắm, Sùng Thị Dua và đại diện khối dân vận 14 xã, thị trấn.
Quý III, các cơ quan dân vận đã phối hợp tổ chức 112 buổi tuyên truyền tại 98 bản với hơn 9.400 lượt người nghe về phòng chống tảo hôn, hôn nhân cận huyết thống và tà đạo. Qua nắm tình hình, trên địa bàn còn 17 hộ với 96 khẩu theo "Giê Sùa"; khối dân vận đã phối hợp vận động 6 hộ từ bỏ. Huyện có 148 người có uy tín, trong quý đã tham gia hòa giải thành 23 vụ việc, vận động 41 hộ chuyển đổi 62 ha đất nương sang trồng sơn tra, quế.
Ủy ban MTTQ và các đoàn thể tiếp nhận 21 đơn thư, kiến nghị, đã giải quyết 18 đơn; phối hợp với chính quyền cứu trợ khẩn cấp 210 hộ bị thiệt hại do lũ quét đầu tháng 8 với tổng trị giá trên 1,1 tỷ đồng, trong đó mỗi hộ có nhà bị sập hoàn toàn được hỗ trợ 20 triệu đồng. Các xã Nậm Khắt, Púng Luông, Chế Tạo vận động nhân dân góp 3.500 ngày công khắc phục đường sạt lở.
Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 115-KH/HU ngày 24/7/2017 về thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; phối hợp sơ kết Nghị quyết 05, 06-NQ/HU của Huyện ủy về giảm nghèo bền vững và xây dựng bản văn hóa.
Phát biểu tại hội nghị, ông Mùa A Vàng, người có uy tín bản Kim Nọi, kiến nghị được cấp thêm tài liệu song ngữ Mông - Việt; bà Hờ Thị Mỷ, Chủ tịch Hội LHPN huyện, cho biết đã vận động 13 cặp hủy việc tảo hôn.
Về nhiệm vụ quý IV, đồng chí Giàng A Dế yêu cầu: tiếp tục vận động nhân dân khắc phục hậu quả thiên tai, ổn định đời sống trước mùa rét; phát huy vai trò người có uy tín ngăn chặn hoạt động tôn giáo trái pháp luật; hoàn thành đánh giá mô hình "Dân vận khéo" cấp huyện; chuẩn bị tổng kết công tác dân vận năm 2017 trước ngày 20/12.
Hội nghị cũng chỉ rõ hạn chế: một số xã chưa chủ động nắm tình hình, thông tin báo cáo còn chậm; việc phát huy vai trò của tổ dân vận bản có nơi chưa hiệu quả, nhất là ở các bản vùng cao, xa trung tâm.
Thanh Chi
Các tin khác
- Mù Cang Chải: 148 người có uy tín được tập huấn kỹ năng (20/09/2017)
- Nhân dân Púng Luông góp ngày công khắc phục hậu quả lũ (18/08/2017)
- Hội nghị giao ban công tác dân vận quý II (07/07/2017)
""", "2017-10-09", "Mù Cang Chải: Phát huy vai trò người có uy tín trong vận động đồng bào Mông",
E("giao_ban", "2017-Q3", "2017-10-06"),
[P("Giàng A Dế", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lò Văn Thắm", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Sùng Thị Dua", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Mùa A Vàng", "người có uy tín bản Kim Nọi"),
 P("Hờ Thị Mỷ", "Chủ tịch Hội LHPN huyện")],
[Q("14 xã, thị trấn", 14, "xã, thị trấn"), Q("112 buổi tuyên truyền", 112, "buổi tuyên truyền"), Q("98 bản", 98, "bản"),
 Q("hơn 9.400 lượt người nghe", 9400, "lượt người nghe", "over"), Q("17 hộ", 17, "hộ"), Q("96 khẩu", 96, "khẩu"), Q("6 hộ", 6, "hộ"),
 Q("148 người có uy tín", 148, "người có uy tín"), Q("23 vụ việc", 23, "vụ việc"), Q("41 hộ", 41, "hộ"), Q("62 ha", 62, "ha"),
 Q("21 đơn thư, kiến nghị", 21, "đơn thư, kiến nghị"), Q("18 đơn", 18, "đơn"), Q("210 hộ", 210, "hộ"),
 Q("trên 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("20 triệu đồng", 20000000, "đồng"), Q("3.500 ngày công", 3500, "ngày công"),
 Q("13 cặp", 13, "cặp")],
[D("Kế hoạch", "115", "KH/HU", "2017-07-24", "Ban Thường vụ Huyện ủy", "Kế hoạch số 115-KH/HU ngày 24/7/2017"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư"),
 D("Nghị quyết", "05", "NQ/HU", None, "Huyện ủy", "Nghị quyết 05, 06-NQ/HU của Huyện ủy"),
 D("Nghị quyết", "06", "NQ/HU", None, "Huyện ủy", "Nghị quyết 05, 06-NQ/HU của Huyện ủy")],
[prov("Yên Bái"), com("Nậm Khắt"), com("Púng Luông"), com("Chế Tạo")],
["Báo Yên Bái điện tử", "Xây dựng Đảng - Dân vận", "Ảnh: Các đại biểu dự hội nghị giao ban.", "YBĐT", "Giê Sùa", "Dân vận khéo"],
["09/10/2017 - 15:45", "quý III năm 2017", "quý IV", "đầu tháng 8", "ngày 20/12", "năm 2017"]))

PAGES.append(page("b2940-phutho-thanhson-giaoban-t7-2018", """
Cổng thông tin điện tử huyện Thanh Sơn - tỉnh Phú Thọ
Trang chủ :: Tin tức sự kiện :: Hoạt động khối Đảng
Cập nhật lúc 17:20 ngày 03/08/2018
Thanh Sơn giao ban công tác dân vận tháng 7, triển khai nhiệm vụ tháng 8
Sáng 3/8/2018, Ban Dân vận Huyện ủy Thanh Sơn tổ chức giao ban công tác dân vận tháng 7 năm 2018. Đồng chí Đinh Công Sứ, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì; dự giao ban có lãnh đạo Ủy ban MTTQ, các đoàn thể chính trị - xã hội huyện, Văn phòng HĐND và UBND huyện.
Trong tháng, Ban Dân vận Huyện ủy đã hướng dẫn 23 xã, thị trấn tổ chức hội nghị nhân dân bàn việc xây dựng nông thôn mới; phối hợp kiểm tra việc thực hiện Quy chế dân chủ ở 4 xã và 2 trường học. Khối dân vận tổ chức 47 hội nghị, buổi tuyên truyền với trên 3.900 lượt người tham dự. Nhân dân đã đóng góp 1.280 ngày công, hiến gần 5.000 m2 đất làm 2,8 km đường giao thông; Hội Cựu chiến binh vận động 65 hội viên mới; Đoàn Thanh niên ra quân sửa 12 nhà nhân ái. Các tổ hòa giải giải quyết thành 16 vụ việc; khối dân vận tiếp nhận 9 đơn thư, đã giải quyết 7 đơn.
Ban Dân vận Huyện ủy triển khai Chỉ thị số 16-CT/TU ngày 9/5/2018 của Ban Thường vụ Tỉnh ủy Phú Thọ về tăng cường công tác dân vận chính quyền và Hướng dẫn số 21-HD/BDVTU của Ban Dân vận Tỉnh ủy về phong trào thi đua "Dân vận khéo" giai đoạn 2018 - 2020. Đến nay toàn huyện có 86 mô hình "Dân vận khéo", trong đó 11 mô hình cấp huyện.
Tại giao ban, đồng chí Hà Thị Thơm, Phó Trưởng Ban Dân vận Huyện ủy, báo cáo tình hình nhân dân vùng lòng hồ; ông Bùi Văn Khởi, Chủ tịch Hội Nông dân huyện, đề xuất hỗ trợ 150 triệu đồng cho mô hình nuôi ong của hội viên xã Khả Cửu. Bà Đinh Thị Nga, Phó Chủ tịch Ủy ban MTTQ huyện, thông tin Quỹ "Vì người nghèo" huyện đã tiếp nhận hơn 460 triệu đồng, hỗ trợ xây 8 căn nhà Đại đoàn kết.
Một số tồn tại được nêu: ở xã Thạch Kiệt, xã Thu Cúc việc giải quyết kiến nghị cử tri về đất lâm nghiệp còn chậm; thông tin hai chiều giữa xã với huyện có lúc chưa kịp thời; tổ dân vận một số khu hoạt động chưa đều.
Kết luận giao ban, đồng chí Đinh Công Sứ giao nhiệm vụ tháng 8:
- Tổ chức các hoạt động kỷ niệm 88 năm Ngày truyền thống công tác dân vận của Đảng.
- Phối hợp khảo sát 5 mô hình "Dân vận khéo" đề nghị tỉnh khen thưởng.
- Nắm tình hình nhân dân vùng thu hồi đất Khu công nghiệp, kịp thời báo cáo Thường trực Huyện ủy.
- Chỉ đạo 100% khối dân vận xã giao ban đúng kỳ.
Hoàng Hiếu
Lượt xem: 520
Xem thêm
- Thanh Sơn: 11 mô hình dân vận khéo cấp huyện được công nhận (24/07/2018)
- Giao ban công tác dân vận tháng 6 (04/07/2018)
- Xã Khả Cửu ra mắt tổ dân vận khu (15/06/2018)
""", "2018-08-03", "Thanh Sơn giao ban công tác dân vận tháng 7, triển khai nhiệm vụ tháng 8",
E("giao_ban", "2018-07", "2018-08-03"),
[P("Đinh Công Sứ", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hà Thị Thơm", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Bùi Văn Khởi", "Chủ tịch Hội Nông dân huyện"),
 P("Đinh Thị Nga", "Phó Chủ tịch Ủy ban MTTQ huyện")],
[Q("23 xã, thị trấn", 23, "xã, thị trấn"), Q("4 xã", 4, "xã"), Q("2 trường học", 2, "trường học"),
 Q("47 hội nghị, buổi tuyên truyền", 47, "hội nghị, buổi tuyên truyền"), Q("trên 3.900 lượt người", 3900, "lượt người", "over"),
 Q("1.280 ngày công", 1280, "ngày công"), Q("gần 5.000 m2", 5000, "m2", "approx"), Q("2,8 km", 2.8, "km"),
 Q("65 hội viên mới", 65, "hội viên mới"), Q("12 nhà nhân ái", 12, "nhà nhân ái"), Q("16 vụ việc", 16, "vụ việc"),
 Q("9 đơn thư", 9, "đơn thư"), Q("7 đơn", 7, "đơn"), Q("86 mô hình", 86, "mô hình"), Q("11 mô hình cấp huyện", 11, "mô hình cấp huyện"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("hơn 460 triệu đồng", 460000000, "đồng", "over"),
 Q("8 căn nhà Đại đoàn kết", 8, "căn nhà Đại đoàn kết"), Q("5 mô hình", 5, "mô hình"), Q("100%", 100, "%")],
[D("Chỉ thị", "16", "CT/TU", "2018-05-09", "Ban Thường vụ Tỉnh ủy Phú Thọ", "Chỉ thị số 16-CT/TU ngày 9/5/2018"),
 D("Hướng dẫn", "21", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 21-HD/BDVTU của Ban Dân vận Tỉnh ủy")],
[prov("Phú Thọ"), com("Khả Cửu"), com("Thạch Kiệt"), com("Thu Cúc")],
["Cổng thông tin điện tử huyện Thanh Sơn - tỉnh Phú Thọ", "Trang chủ :: Tin tức sự kiện :: Hoạt động khối Đảng", "Dân vận khéo",
 "Vì người nghèo", "Lượt xem: 520"],
["Cập nhật lúc 17:20 ngày 03/08/2018", "tháng 7 năm 2018", "tháng 8", "giai đoạn 2018 - 2020", "88 năm", "Lượt xem: 520"]))

PAGES.append(page("b2941-dienbien-muongcha-giaoban-q1-2019", """
BAN DÂN VẬN HUYỆN ỦY MƯỜNG CHÀ
Vị trí: Trang chủ >> Tin hoạt động
11.04.2019 | 08:05
Mường Chà: giao ban công tác dân vận quý I/2019
Ngày 10/4/2019, Ban Dân vận Huyện ủy Mường Chà (tỉnh Điện Biên) tổ chức hội nghị giao ban công tác dân vận quý I, triển khai nhiệm vụ quý II năm 2019. Đồng chí Thào A Sình, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị.
Đồng chí Thào A Sình, Trưởng Ban Dân vận Huyện ủy phát biểu kết luận hội nghị.
Quý I, khối dân vận đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch 145, 146-KH/HU về thực hiện công tác dân vận năm 2019 và về vận động nhân dân bảo vệ, phát triển rừng; phối hợp kiểm tra thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2016 của Ban Chấp hành Trung ương về Quy chế công tác dân vận của hệ thống chính trị tại 3 chi bộ.
Các đoàn thể tổ chức 84 buổi tuyên truyền cho khoảng 6.700 lượt người về phòng chống ma túy, mua bán người và di cư tự do. Có 12 hộ với 58 nhân khẩu di cư tự do đến các xã Ma Thì Hồ, Sa Lông, Na Sang; khối dân vận đã phối hợp vận động 5 hộ trở về nơi cũ. Trên địa bàn có 29 điểm nhóm Tin Lành với khoảng 1.900 tín đồ, hoạt động cơ bản ổn định. Các tổ hòa giải hòa giải thành 19/22 vụ việc; khối dân vận tiếp nhận 8 đơn thư và đã giải quyết 8 đơn.
Nhân dân góp 2.400 ngày công làm 6 km đường lên bản, hiến 3.200 m2 đất; Hội LHPN vận động 340 hội viên góp gạo tiết kiệm được 6,5 tấn, giúp 45 hộ khó khăn trong dịp giáp hạt. Toàn huyện có 132 người có uy tín trong đồng bào dân tộc thiểu số.
Tại hội nghị, đồng chí Lò Thị Mai, Phó Trưởng Ban Dân vận Huyện ủy, đề nghị các xã bố trí cán bộ biết tiếng Mông, tiếng Hà Nhì làm công tác dân vận; ông Lỳ Gờ Xá, người có uy tín bản Nậm Chua, cho biết bản đã 3 năm liền không có người nghiện mới. Đồng chí Quàng Văn Biên, Bí thư Đảng ủy xã Sa Lông, báo cáo xã đang vận động 7 hộ tháo dỡ nhà trên đất rừng phòng hộ.
Nhiệm vụ quý II, hội nghị thống nhất: tập trung vận động nhân dân phòng chống cháy rừng; rà soát, giải quyết dứt điểm các trường hợp di cư tự do; chỉ đạo 12 xã, thị trấn tổ chức giao ban dân vận hằng tháng; sơ kết 6 tháng công tác dân vận trước ngày 15/6.
Hội nghị cũng nhận định việc nắm tình hình ở một số bản giáp biên chưa thường xuyên; báo cáo của khối dân vận xã còn chung chung, thiếu số liệu cụ thể.
Tòng Văn Hưng
Lượt truy cập: 2.031
Tin liên quan
- Mường Chà: 132 người có uy tín được cung cấp thông tin (22/03/2019)
- Giao ban công tác dân vận quý IV năm 2018 (09/01/2019)
- Xã Sa Lông vận động nhân dân trồng rừng (25/02/2019)
- Khối dân vận xã Na Sang ra quân làm đường lên bản (12/02/2019)
""", "2019-04-11", "Mường Chà: giao ban công tác dân vận quý I/2019",
E("giao_ban", "2019-Q1", "2019-04-10"),
[P("Thào A Sình", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lò Thị Mai", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Lỳ Gờ Xá", "người có uy tín bản Nậm Chua"),
 P("Quàng Văn Biên", "Bí thư Đảng ủy xã Sa Lông")],
[Q("3 chi bộ", 3, "chi bộ"), Q("84 buổi tuyên truyền", 84, "buổi tuyên truyền"), Q("khoảng 6.700 lượt người", 6700, "lượt người", "approx"),
 Q("12 hộ", 12, "hộ"), Q("58 nhân khẩu", 58, "nhân khẩu"), Q("5 hộ", 5, "hộ"), Q("29 điểm nhóm Tin Lành", 29, "điểm nhóm Tin Lành"),
 Q("khoảng 1.900 tín đồ", 1900, "tín đồ", "approx"), Q("19/22 vụ việc", 19, "vụ việc"), Q("8 đơn thư", 8, "đơn thư"), Q("8 đơn", 8, "đơn"),
 Q("2.400 ngày công", 2400, "ngày công"), Q("6 km", 6, "km"), Q("3.200 m2", 3200, "m2"), Q("340 hội viên", 340, "hội viên"),
 Q("6,5 tấn", 6.5, "tấn"), Q("45 hộ khó khăn", 45, "hộ khó khăn"), Q("132 người có uy tín", 132, "người có uy tín"),
 Q("7 hộ", 7, "hộ"), Q("12 xã, thị trấn", 12, "xã, thị trấn")],
[D("Kế hoạch", "145", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 145, 146-KH/HU"),
 D("Kế hoạch", "146", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 145, 146-KH/HU"),
 D("Quyết định", "23", "QĐ/TW", "2016-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2016 của Ban Chấp hành Trung ương")],
[prov("Điện Biên"), com("Ma Thì Hồ"), com("Sa Lông"), com("Na Sang")],
["BAN DÂN VẬN HUYỆN ỦY MƯỜNG CHÀ", "Vị trí: Trang chủ >> Tin hoạt động",
 "Đồng chí Thào A Sình, Trưởng Ban Dân vận Huyện ủy phát biểu kết luận hội nghị.", "Tin Lành", "Lượt truy cập: 2.031"],
["11.04.2019 | 08:05", "quý I/2019", "quý II năm 2019", "3 năm", "6 tháng", "ngày 15/6", "Lượt truy cập: 2.031"]))

PAGES.append(page("b2942-namdinh-haihau-giaoban-t11-2019", """
Hôm nay: Thứ Sáu, 06/12/2019
HẢI HẬU ĐIỆN TỬ - Trang thông tin của Huyện ủy, HĐND, UBND huyện Hải Hậu
Tin tức | Dân vận | Tôn giáo
Thứ Năm, 05/12/2019, 10:12
Giao ban khối dân vận tháng 11: vận động giáo dân chung sức xây dựng nông thôn mới kiểu mẫu
Chiều 4/12, Ban Dân vận Huyện ủy Hải Hậu (Nam Định) tổ chức giao ban khối dân vận tháng 11 năm 2019. Đồng chí Trần Thị Huyền, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy chủ trì giao ban.
Theo báo cáo, tháng 11, khối dân vận huyện đã phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 279/279 khu dân cư; vận động nhân dân 35 xã, thị trấn đóng góp trên 12,6 tỷ đồng xây dựng nông thôn mới kiểu mẫu, trong đó đồng bào Công giáo đóng góp khoảng 4,3 tỷ đồng. Các tổ dân vận xóm tuyên truyền 126 buổi với 8.900 lượt người nghe. Khối dân vận tiếp nhận 24 đơn thư, kiến nghị, đã phối hợp giải quyết 21 đơn, đạt 87,5%; hòa giải thành 31 vụ việc mâu thuẫn trong nhân dân.
Trên địa bàn huyện có 44 giáo xứ, 108 giáo họ với hơn 69.000 giáo dân. Ban Dân vận Huyện ủy đã phối hợp với UBND huyện tổ chức gặp mặt 52 chức sắc, chức việc nhân dịp Lễ Giáng sinh; tiếp đoàn Linh mục Phêrô Phạm Văn Dũng, Quản xứ giáo xứ Kiên Lao, đến chúc mừng ngày truyền thống công tác dân vận.
Ban Dân vận đã tham mưu Ban Thường vụ Huyện ủy ban hành Chương trình hành động số 09-CTr/HU ngày 14/11/2019 thực hiện Chỉ thị số 18-CT/TW ngày 10/10/2017 của Ban Bí thư về phát huy vai trò của nhân dân trong đấu tranh ngăn chặn, đẩy lùi sự suy thoái tư tưởng chính trị, đạo đức, lối sống; đồng thời phối hợp kiểm tra Quy chế phối hợp số 03-QC/BDV-MTTQ giữa Ban Dân vận Huyện ủy và Ủy ban MTTQ huyện.
Tại giao ban, đồng chí Vũ Văn Thắng, Phó Trưởng Ban Dân vận Huyện ủy, báo cáo kết quả khảo sát tại xã Hải Phong, xã Hải Chính, thị trấn Thịnh Long; ông Đoàn Minh Tuấn, Chủ tịch Ủy ban MTTQ huyện, đề nghị tiếp tục vận động các giáo xứ tham gia giữ gìn vệ sinh môi trường. Bà Phạm Thị Thêu, Bí thư Đảng ủy xã Hải Phong, thông tin có 18 hộ giáo dân tự nguyện hiến 1.250 m2 đất mở rộng đường trục xã.
Kết luận, đồng chí Trần Thị Huyền yêu cầu tháng 12: bảo đảm an ninh, trật tự dịp Lễ Giáng sinh, không để phát sinh điểm nóng về đất đai liên quan cơ sở tôn giáo; tổng kết công tác dân vận năm 2019 trước ngày 25/12; hướng dẫn các xã bình xét mô hình "Dân vận khéo" năm 2019; phối hợp chuẩn bị quà Tết cho 1.560 hộ nghèo, hộ cận nghèo.
Hội nghị cũng thẳng thắn chỉ ra một số hạn chế: ở vài nơi việc nắm tâm tư giáo dân còn qua trung gian; tiến độ giải quyết đơn thư về đất đai ven biển còn kéo dài.
Phạm Hòa
Lượt xem: 688
Các tin khác
- Hải Hậu: 279 khu dân cư tổ chức Ngày hội Đại đoàn kết (18/11/2019)
- Ban Dân vận Huyện ủy gặp mặt chức sắc tôn giáo (29/11/2019)
- Giao ban khối dân vận tháng 10 năm 2019 (06/11/2019)
""", "2019-12-05", "Giao ban khối dân vận tháng 11: vận động giáo dân chung sức xây dựng nông thôn mới kiểu mẫu",
E("giao_ban", "2019-11", "2019-12-04"),
[P("Trần Thị Huyền", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Phêrô Phạm Văn Dũng", "Linh mục", "Quản xứ giáo xứ Kiên Lao"),
 P("Vũ Văn Thắng", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Đoàn Minh Tuấn", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Phạm Thị Thêu", "Bí thư Đảng ủy xã Hải Phong")],
[Q("279/279 khu dân cư", 279, "khu dân cư"), Q("35 xã, thị trấn", 35, "xã, thị trấn"), Q("trên 12,6 tỷ đồng", 12600000000, "đồng", "over"),
 Q("khoảng 4,3 tỷ đồng", 4300000000, "đồng", "approx"), Q("126 buổi", 126, "buổi"), Q("8.900 lượt người nghe", 8900, "lượt người nghe"),
 Q("24 đơn thư, kiến nghị", 24, "đơn thư, kiến nghị"), Q("21 đơn", 21, "đơn"), Q("87,5%", 87.5, "%"),
 Q("31 vụ việc mâu thuẫn", 31, "vụ việc mâu thuẫn"), Q("44 giáo xứ", 44, "giáo xứ"), Q("108 giáo họ", 108, "giáo họ"),
 Q("hơn 69.000 giáo dân", 69000, "giáo dân", "over"), Q("52 chức sắc, chức việc", 52, "chức sắc, chức việc"),
 Q("18 hộ giáo dân", 18, "hộ giáo dân"), Q("1.250 m2", 1250, "m2"), Q("1.560 hộ nghèo, hộ cận nghèo", 1560, "hộ nghèo, hộ cận nghèo")],
[D("Chương trình hành động", "09", "CTr/HU", "2019-11-14", "Ban Thường vụ Huyện ủy", "Chương trình hành động số 09-CTr/HU ngày 14/11/2019"),
 D("Chỉ thị", "18", "CT/TW", "2017-10-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/10/2017 của Ban Bí thư"),
 D("Quy chế phối hợp", "03", "QC/BDV-MTTQ", None, None, "Quy chế phối hợp số 03-QC/BDV-MTTQ")],
[prov("Nam Định"), com("Hải Phong"), com("Hải Chính"), com("Thịnh Long")],
["Hôm nay: Thứ Sáu, 06/12/2019", "HẢI HẬU ĐIỆN TỬ - Trang thông tin của Huyện ủy, HĐND, UBND huyện Hải Hậu", "Tin tức | Dân vận | Tôn giáo",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Lễ Giáng sinh", "Dân vận khéo", "Lượt xem: 688"],
["Hôm nay: Thứ Sáu, 06/12/2019", "Thứ Năm, 05/12/2019, 10:12", "tháng 11 năm 2019", "tháng 12", "ngày 25/12", "năm 2019", "Lượt xem: 688"]))

PAGES.append(page("b2943-tuyenquang-lambinh-giamsat-q2-2020", """
BAN DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ - Dân vận các cấp - Huyện Lâm Bình
18/06/2020 - 14:30
Giám sát việc thực hiện Quy chế dân chủ tại xã Thượng Lâm
Thực hiện chương trình giám sát quý II năm 2020, ngày 16/6/2020, đoàn giám sát của Ban Dân vận Huyện ủy Lâm Bình do đồng chí Ma Thị Chiêm, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy làm trưởng đoàn đã giám sát việc thực hiện Quy chế dân chủ ở cơ sở tại Đảng ủy, UBND xã Thượng Lâm. Tham gia đoàn có các đồng chí Phó Trưởng Ban Dân vận Huyện ủy Bàn Văn Liều và đại diện Ủy ban MTTQ, Thanh tra huyện.
Xã Thượng Lâm có 12 thôn với 1.214 hộ, 5.320 nhân khẩu, đồng bào Tày, Dao, Mông, Pà Thẻn chiếm trên 96%. Theo báo cáo của xã, 6 tháng đầu năm 2020 xã đã công khai 18 nội dung theo Pháp lệnh số 34/2007/PL-UBTVQH11 của Ủy ban Thường vụ Quốc hội; tổ chức 12/12 hội nghị thôn để nhân dân bàn và quyết định đóng góp xây dựng 1,7 km đường bê tông với tổng kinh phí 860 triệu đồng, trong đó nhân dân góp 210 triệu đồng và 950 ngày công. Ban Thanh tra nhân dân xã tiếp nhận 7 kiến nghị, đã giám sát 5 công trình; Ban giám sát đầu tư của cộng đồng giám sát 3 công trình. Xã tiếp 26 lượt công dân, nhận 5 đơn thư, đã giải quyết 4 đơn.
Đoàn giám sát ghi nhận xã đã ban hành Quy chế làm việc theo Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị và thực hiện Kế hoạch số 34-KH/HU ngày 6/3/2020 của Huyện ủy về tiếp dân, đối thoại của người đứng đầu; tuy nhiên việc niêm yết công khai tại 4 thôn chưa đầy đủ, hồ sơ hội nghị thôn còn thiếu biên bản.
Phát biểu tại buổi giám sát, ông Hoàng Văn Bảy, Bí thư Đảng ủy xã Thượng Lâm, tiếp thu ý kiến và cam kết khắc phục trong tháng 7; ông Triệu Văn Sình, Trưởng thôn Nà Liềm, kiến nghị hỗ trợ xi măng cho 0,6 km đường nội thôn; bà Lý Thị Tằn, người có uy tín thôn Nà Thuôn, đề nghị tổ chức lớp truyền dạy hát Then cho thanh niên.
Kết luận buổi giám sát, đồng chí Ma Thị Chiêm đề nghị Đảng ủy xã: chỉ đạo công khai đầy đủ các khoản thu, chi có sự đóng góp của nhân dân; phát huy vai trò Ban Thanh tra nhân dân; duy trì giao ban khối dân vận hằng tháng; tổ chức đối thoại giữa Bí thư Đảng ủy với nhân dân ít nhất 1 lần trong năm; báo cáo kết quả khắc phục về Ban Dân vận Huyện ủy trước ngày 30/7/2020.
Cũng trong quý II, Ban Dân vận Huyện ủy đã giám sát tại 3 xã Phúc Yên, Khuôn Hà, Lăng Can; kết quả được tổng hợp báo cáo Ban Dân vận Tỉnh ủy Tuyên Quang.
Tuyết Mai
Lượt xem: 341
Tin liên quan
- Lâm Bình giao ban công tác dân vận quý I năm 2020 (08/04/2020)
- Xã Khuôn Hà ra mắt mô hình dân vận khéo (22/05/2020)
- Ban Dân vận Tỉnh ủy kiểm tra tại huyện Lâm Bình (03/06/2020)
""", "2020-06-18", "Giám sát việc thực hiện Quy chế dân chủ tại xã Thượng Lâm",
E("giam_sat", "2020-Q2", "2020-06-16"),
[P("Ma Thị Chiêm", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy"),
 P("Bàn Văn Liều", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Hoàng Văn Bảy", "Bí thư Đảng ủy xã Thượng Lâm"),
 P("Triệu Văn Sình", "Trưởng thôn Nà Liềm"),
 P("Lý Thị Tằn", "người có uy tín thôn Nà Thuôn")],
[Q("12 thôn", 12, "thôn"), Q("1.214 hộ", 1214, "hộ"), Q("5.320 nhân khẩu", 5320, "nhân khẩu"), Q("trên 96%", 96, "%", "over"),
 Q("18 nội dung", 18, "nội dung"), Q("12/12 hội nghị thôn", 12, "hội nghị thôn"), Q("1,7 km", 1.7, "km"),
 Q("860 triệu đồng", 860000000, "đồng"), Q("210 triệu đồng", 210000000, "đồng"), Q("950 ngày công", 950, "ngày công"),
 Q("7 kiến nghị", 7, "kiến nghị"), Q("5 công trình", 5, "công trình"), Q("3 công trình", 3, "công trình"),
 Q("26 lượt công dân", 26, "lượt công dân"), Q("5 đơn thư", 5, "đơn thư"), Q("4 đơn", 4, "đơn"), Q("4 thôn", 4, "thôn"),
 Q("0,6 km", 0.6, "km"), Q("3 xã", 3, "xã")],
[D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, "Ủy ban Thường vụ Quốc hội", "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị"),
 D("Kế hoạch", "34", "KH/HU", "2020-03-06", "Huyện ủy", "Kế hoạch số 34-KH/HU ngày 6/3/2020 của Huyện ủy")],
[prov("Tuyên Quang"), com("Thượng Lâm"), com("Phúc Yên"), com("Khuôn Hà"), com("Lăng Can")],
["BAN DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ - Dân vận các cấp - Huyện Lâm Bình", "Lượt xem: 341", "Then"],
["18/06/2020 - 14:30", "quý II năm 2020", "6 tháng đầu năm 2020", "1 lần", "tháng 7", "30/7/2020", "Lượt xem: 341"]))

PAGES.append(page("b2944-hoabinh-dabac-giaoban-q3-2020", """
Báo Hòa Bình điện tử
Trang chủ » Chính trị » Dân vận
Thứ Năm, 08/10/2020 - 07:50
Ảnh: Đồng chí Xa Văn Hòa, Trưởng Ban Dân vận Huyện ủy phát biểu.
Đà Bắc: Nhân rộng mô hình "Xóm 4 không" ở vùng lòng hồ
(HBĐT) - Ngày 7/10, Ban Dân vận Huyện ủy Đà Bắc tổ chức giao ban công tác dân vận quý III năm 2020 bằng hình thức trực tuyến tới 20 điểm cầu xã, thị trấn. Đồng chí Xa Văn Hòa, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì.
Quý III, trong điều kiện phòng chống dịch Covid-19, khối dân vận huyện đã tuyên truyền bằng loa truyền thanh 215 lượt tại 114 xóm; phối hợp vận động 2.870 hộ ký cam kết thực hiện 5K; Ủy ban MTTQ các cấp tiếp nhận ủng hộ phòng chống dịch hơn 520 triệu đồng và 14 tấn gạo. Toàn huyện hiện có 64 xóm thực hiện mô hình "Xóm 4 không" (không ma túy, không trộm cắp, không tảo hôn, không đơn thư vượt cấp), tăng 9 xóm so với quý II.
Các tổ hòa giải hòa giải thành 27/30 vụ việc; khối dân vận tiếp nhận 11 đơn thư, kiến nghị, đã giải quyết 9 đơn, 2 đơn đang được xác minh. Nhân dân vùng lòng hồ sông Đà đóng góp 1.650 ngày công, hiến 2.100 m2 đất mở 3,4 km đường liên xóm. Hội LHPN huyện giải ngân 2,3 tỷ đồng vốn ủy thác cho 62 hộ hội viên; Hội Nông dân kết nạp 84 hội viên mới.
Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Hướng dẫn số 15-HD/HU ngày 10/8/2020 về lấy ý kiến nhân dân góp ý dự thảo văn kiện Đại hội Đảng bộ tỉnh; tổng hợp 312 ý kiến góp ý của nhân dân; đồng thời thực hiện Kế hoạch số 208-KH/TU ngày 2/7/2020 của Tỉnh ủy Hòa Bình về tổ chức hoạt động kỷ niệm 90 năm Ngày truyền thống công tác dân vận.
Tại giao ban, đồng chí Bàn Thị Liên, Phó Trưởng Ban Dân vận Huyện ủy, báo cáo kết quả kiểm tra mô hình tại xã Tiền Phong, xã Vầy Nưa; ông Đinh Văn Khương, Bí thư Đảng ủy xã Tân Minh, đề nghị hỗ trợ 3 xóm còn khó khăn về nước sinh hoạt. Bà Đinh Thị Lệ, Chủ tịch Hội LHPN huyện, cho biết có 19 chi hội phụ nữ đăng ký mô hình "5 không, 3 sạch".
Nhiệm vụ quý IV được xác định: tổ chức các hoạt động kỷ niệm 90 năm Ngày truyền thống công tác dân vận và Ngày hội Đại đoàn kết; phấn đấu có thêm ít nhất 10 xóm đạt "Xóm 4 không"; tiếp tục nắm tình hình tư tưởng nhân dân vùng tái định cư; chuẩn bị tổng kết công tác dân vận năm 2020.
Hội nghị nhận định, một số xóm vùng cao việc duy trì mô hình chưa bền vững, còn phụ thuộc hỗ trợ của Nhà nước; cán bộ dân vận xã kiêm nhiệm nhiều việc.
Mai Lan
Tin liên quan
- Đà Bắc: Hội nghị đối thoại giữa Bí thư Huyện ủy với nhân dân (24/09/2020)
- Giao ban công tác dân vận quý II năm 2020 (09/07/2020)
- Xã Tiền Phong ra mắt mô hình "Xóm 4 không" (11/06/2020)
""", "2020-10-08", "Đà Bắc: Nhân rộng mô hình \"Xóm 4 không\" ở vùng lòng hồ",
E("giao_ban", "2020-Q3", "2020-10-07"),
[P("Xa Văn Hòa", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Bàn Thị Liên", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Đinh Văn Khương", "Bí thư Đảng ủy xã Tân Minh"),
 P("Đinh Thị Lệ", "Chủ tịch Hội LHPN huyện")],
[Q("20 điểm cầu xã, thị trấn", 20, "điểm cầu xã, thị trấn"), Q("215 lượt", 215, "lượt"), Q("114 xóm", 114, "xóm"),
 Q("2.870 hộ", 2870, "hộ"), Q("hơn 520 triệu đồng", 520000000, "đồng", "over"), Q("14 tấn", 14, "tấn"), Q("64 xóm", 64, "xóm"),
 Q("9 xóm", 9, "xóm"), Q("27/30 vụ việc", 27, "vụ việc"), Q("11 đơn thư, kiến nghị", 11, "đơn thư, kiến nghị"), Q("9 đơn", 9, "đơn"),
 Q("2 đơn", 2, "đơn"), Q("1.650 ngày công", 1650, "ngày công"), Q("2.100 m2", 2100, "m2"), Q("3,4 km", 3.4, "km"),
 Q("2,3 tỷ đồng", 2300000000, "đồng"), Q("62 hộ hội viên", 62, "hộ hội viên"), Q("84 hội viên mới", 84, "hội viên mới"),
 Q("312 ý kiến", 312, "ý kiến"), Q("3 xóm", 3, "xóm"), Q("19 chi hội phụ nữ", 19, "chi hội phụ nữ"), Q("ít nhất 10 xóm", 10, "xóm", "over")],
[D("Hướng dẫn", "15", "HD/HU", "2020-08-10", "Ban Thường vụ Huyện ủy", "Hướng dẫn số 15-HD/HU ngày 10/8/2020"),
 D("Kế hoạch", "208", "KH/TU", "2020-07-02", "Tỉnh ủy Hòa Bình", "Kế hoạch số 208-KH/TU ngày 2/7/2020 của Tỉnh ủy Hòa Bình")],
[prov("Hòa Bình"), com("Tiền Phong"), com("Vầy Nưa"), com("Tân Minh")],
["Báo Hòa Bình điện tử", "Trang chủ » Chính trị » Dân vận", "Ảnh: Đồng chí Xa Văn Hòa, Trưởng Ban Dân vận Huyện ủy phát biểu.",
 "(HBĐT)", "Xóm 4 không", "5 không, 3 sạch", "Ngày hội Đại đoàn kết"],
["Thứ Năm, 08/10/2020 - 07:50", "quý III năm 2020", "quý II", "quý IV", "Covid-19", "5K", "4 không", "5 không, 3 sạch", "90 năm", "năm 2020"]))
