from lib import *
PAGES = []

PAGES.append(page("b1739-daklak-mttq-taphuan-2017", """
Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk - Trang thông tin điện tử
Trang chủ :: Tin tức :: Giám sát, phản biện xã hội
2017-11-14 15:30
Nâng cao kỹ năng giám sát, phản biện xã hội cho cán bộ Mặt trận cơ sở
Trong 2 ngày 13 và 14/11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk tổ chức lớp tập huấn nghiệp vụ giám sát, phản biện xã hội năm 2017 cho hơn 200 học viên là chủ tịch, phó chủ tịch Ủy ban MTTQ của 184 xã, phường, thị trấn. Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh H'Bla Ayŭn dự và phát biểu khai mạc lớp tập huấn.
Học viên trao đổi kinh nghiệm tại lớp tập huấn. Ảnh: Y.K
Các học viên được nghe 5 chuyên đề, gồm: những điểm mới của Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận; Quyết định 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư ban hành khung hướng dẫn để Mặt trận và các đoàn thể góp ý xây dựng Đảng, xây dựng chính quyền; kỹ năng xây dựng kế hoạch giám sát; kỹ năng tổ chức hội nghị phản biện và cách viết văn bản kiến nghị sau giám sát.
Báo cáo viên là ông Y Thuân Mlô, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, và bà Nguyễn Thị Thu Hường, Phó Trưởng ban Dân chủ - Pháp luật. Theo ông Y Thuân Mlô, năm 2017 Mặt trận các cấp trong tỉnh đã tổ chức 346 cuộc giám sát và 28 hội nghị phản biện xã hội, đưa ra 512 kiến nghị, trong đó có 391 kiến nghị đã được tiếp thu, giải quyết, đạt 76,4%.
Tại lớp tập huấn, nhiều học viên nêu khó khăn thực tế. Ông Y Kông Êban, Chủ tịch Ủy ban MTTQ xã Ea Tul cho biết cán bộ Mặt trận xã còn lúng túng khi giám sát các dự án đầu tư có vốn lớn. Bà H'Luyến Bkrông, Phó Chủ tịch Ủy ban MTTQ xã Krông Jing đề nghị có mẫu biên bản, mẫu báo cáo thống nhất để cơ sở áp dụng. Ông Ama Thiết, người có uy tín buôn Cuôr, xã Ea Tul, cùng dự lớp học, chia sẻ cách lắng nghe ý kiến bà con trong buôn trước mỗi cuộc giám sát, nhất là ý kiến của phụ nữ và thanh niên.
Bế mạc lớp tập huấn, bà H'Bla Ayŭn đề nghị học viên vận dụng kiến thức vào thực tiễn, mỗi xã chọn ít nhất 2 nội dung giám sát sát với đời sống người dân như chính sách hỗ trợ đất ở, nước sinh hoạt, cấp giấy chứng nhận quyền sử dụng đất; chủ động đề xuất phản biện các dự thảo nghị quyết của HĐND cấp xã. Cũng theo kế hoạch, đầu năm 2018 Ban Thường trực sẽ tổ chức thêm 3 lớp tại các huyện Ea Súp, Lắk và M'Đrắk.
Y KHÁNH
Xem thêm
- Mặt trận tỉnh phản biện dự thảo quy hoạch 3 loại rừng (06/11/2017)
- Krông Bông: giám sát việc hỗ trợ bò giống cho hộ nghèo (27/10/2017)
- Gặp mặt 150 người có uy tín tiêu biểu (19/10/2017)
""", "2017-11-14", "Nâng cao kỹ năng giám sát, phản biện xã hội cho cán bộ Mặt trận cơ sở",
E("tap_huan", "2017", "2017-11-13"),
[P("H'Bla Ayŭn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thuân Mlô", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thu Hường", "Phó Trưởng ban Dân chủ - Pháp luật"),
 P("Y Kông Êban", "Chủ tịch Ủy ban MTTQ xã Ea Tul"),
 P("H'Luyến Bkrông", "Phó Chủ tịch Ủy ban MTTQ xã Krông Jing"),
 P("Ama Thiết", "người có uy tín buôn Cuôr")],
[Q("hơn 200 học viên", 200, "học viên", "over"), Q("184 xã, phường, thị trấn", 184, "xã, phường, thị trấn"),
 Q("5 chuyên đề", 5, "chuyên đề"), Q("346 cuộc giám sát", 346, "cuộc giám sát"),
 Q("28 hội nghị phản biện xã hội", 28, "hội nghị phản biện xã hội"), Q("512 kiến nghị", 512, "kiến nghị"),
 Q("391 kiến nghị", 391, "kiến nghị"), Q("76,4%", 76.4, "%"), Q("2 nội dung giám sát", 2, "nội dung giám sát"),
 Q("3 lớp", 3, "lớp")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-06-15", None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định 99-QĐ/TW ngày 3/10/2017")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Krông Jing")],
["Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk - Trang thông tin điện tử", "Trang chủ :: Tin tức :: Giám sát, phản biện xã hội",
 "Học viên trao đổi kinh nghiệm tại lớp tập huấn. Ảnh: Y.K"],
["2017-11-14 15:30", "2 ngày", "năm 2017", "năm 2018"]))

PAGES.append(page("b1740-cantho-mttq-phanbien-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ
Vị trí: Trang chủ / Tin tức / Giám sát - Phản biện
21.06.2018 | 10:10
Ảnh: Quang cảnh hội nghị phản biện.
Phản biện dự thảo nghị quyết về chế độ đối với người hoạt động không chuyên trách ở phường, xã
Sáng 20/6/2018, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND thành phố quy định chức danh, mức phụ cấp của người hoạt động không chuyên trách ở phường, xã, thị trấn và ở ấp, khu vực. Đây là hội nghị phản biện xã hội thứ hai của Mặt trận thành phố trong năm 2018. Bà Trương Thị Ngọc Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì.
Theo Tờ trình số 96/TTr-UBND ngày 8/6/2018 của UBND thành phố, dự thảo được xây dựng trên cơ sở Nghị định số 92/2009/NĐ-CP ngày 22/10/2009 của Chính phủ, áp dụng cho 85 phường, xã, thị trấn với 1.632 người hoạt động không chuyên trách. Mức phụ cấp đề xuất cho Phó Chủ tịch Ủy ban MTTQ cấp xã là 1,2 triệu đồng/tháng; tổng kinh phí tăng thêm mỗi năm khoảng 9,7 tỷ đồng.
Các đại biểu tham gia ý kiến. Ảnh: Ngọc Hân
Phát biểu phản biện, PGS.TS Nguyễn Hữu Trí, Phó Hiệu trưởng Trường Đại học Cần Thơ, thành viên Hội đồng tư vấn Dân chủ - Pháp luật, cho rằng mức phụ cấp dự kiến vẫn thấp so với khối lượng công việc, khó giữ chân cán bộ trẻ. Luật gia Lâm Quốc Hùng, Chủ tịch Hội Luật gia quận Ninh Kiều, đề nghị bổ sung chế độ cho Trưởng ban công tác Mặt trận khu vực, người vừa làm nhiệm vụ tuyên truyền, vừa giám sát ở cơ sở.
Bà Huỳnh Thị Kim Phượng, Chủ tịch Ủy ban MTTQ phường An Khánh, phản ánh phường có 7 khu vực với hơn 12.000 nhân khẩu nhưng mỗi khu vực chỉ có một người nhận phụ cấp. Ông Lý Văn Sang, Chủ tịch Ủy ban MTTQ xã Thới Hưng, kiến nghị có cơ chế khoán kinh phí hoạt động để cơ sở chủ động.
Kết luận hội nghị, bà Trương Thị Ngọc Dung cho biết Ban Thường trực tiếp nhận 11 ý kiến phản biện, sẽ hoàn chỉnh văn bản gửi UBND thành phố và Thường trực HĐND thành phố trước kỳ họp thứ 8. Mặt trận sẽ theo dõi việc tiếp thu ý kiến phản biện, thông tin lại cho các đại biểu đã tham gia.
Hội nghị có 32 đại biểu tham dự, gồm thành viên Hội đồng tư vấn, đại diện Sở Nội vụ, Sở Tài chính và Mặt trận các quận, huyện. Đại diện cơ quan soạn thảo cho biết sẽ nghiên cứu, tiếp thu các ý kiến hợp lý; những nội dung vượt thẩm quyền sẽ được báo cáo, đề xuất với Bộ Nội vụ.
NGỌC HÂN
Lượt xem: 418
Tin liên quan
- Giám sát việc thực hiện chính sách bảo hiểm y tế học sinh (12/06/2018)
- Ninh Kiều: đối thoại với tiểu thương chợ Tân An (01/06/2018)
- Mặt trận thành phố góp ý dự thảo Luật Đặc khu (24/05/2018)
""", "2018-06-21", "Phản biện dự thảo nghị quyết về chế độ đối với người hoạt động không chuyên trách ở phường, xã",
E("hoi_nghi", "2018", "2018-06-20"),
[P("Trương Thị Ngọc Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Nguyễn Hữu Trí", "PGS.TS", "Phó Hiệu trưởng Trường Đại học Cần Thơ", "thành viên Hội đồng tư vấn Dân chủ - Pháp luật"),
 P("Lâm Quốc Hùng", "Luật gia", "Chủ tịch Hội Luật gia quận Ninh Kiều"),
 P("Huỳnh Thị Kim Phượng", "Chủ tịch Ủy ban MTTQ phường An Khánh"),
 P("Lý Văn Sang", "Chủ tịch Ủy ban MTTQ xã Thới Hưng")],
[Q("85 phường, xã, thị trấn", 85, "phường, xã, thị trấn"),
 Q("1.632 người hoạt động không chuyên trách", 1632, "người hoạt động không chuyên trách"),
 Q("1,2 triệu đồng", 1200000, "đồng"), Q("khoảng 9,7 tỷ đồng", 9700000000, "đồng", "approx"),
 Q("7 khu vực", 7, "khu vực"), Q("hơn 12.000 nhân khẩu", 12000, "nhân khẩu", "over"),
 Q("11 ý kiến phản biện", 11, "ý kiến phản biện"), Q("32 đại biểu", 32, "đại biểu")],
[D("Tờ trình", "96", "TTr-UBND", "2018-06-08", "UBND thành phố", "Tờ trình số 96/TTr-UBND ngày 8/6/2018"),
 D("Nghị định", "92", "2009/NĐ-CP", "2009-10-22", "Chính phủ", "Nghị định số 92/2009/NĐ-CP ngày 22/10/2009")],
[prov("Cần Thơ"), com("An Khánh"), com("Thới Hưng")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ", "Vị trí: Trang chủ / Tin tức / Giám sát - Phản biện",
 "Ảnh: Quang cảnh hội nghị phản biện.", "Các đại biểu tham gia ý kiến. Ảnh: Ngọc Hân", "Lượt xem: 418"],
["21.06.2018 | 10:10", "năm 2018", "hội nghị phản biện xã hội thứ hai", "kỳ họp thứ 8", "mỗi khu vực chỉ có một người", "Lượt xem: 418"]))

PAGES.append(page("b1741-hagiang-xalungcu-daihoi-2019", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỒNG VĂN - TỈNH HÀ GIANG
Tin tức >> Mặt trận - Đoàn thể >> Tin cơ sở
Cập nhật lúc 17:20 ngày 12/04/2019
Đại hội đại biểu MTTQ xã Lũng Cú lần thứ X, nhiệm kỳ 2019 - 2024
Ngày 10/4/2019, Ủy ban MTTQ Việt Nam xã Lũng Cú tổ chức Đại hội đại biểu MTTQ xã lần thứ X, nhiệm kỳ 2019 - 2024. Đây là xã được huyện chọn tổ chức đại hội điểm cấp xã. Dự đại hội có đồng chí Vừ Mí Lử, HUV, Chủ tịch Ủy ban MTTQ huyện Đồng Văn, cùng 120 đại biểu chính thức đại diện cho hơn 1.800 hộ với trên 9.000 nhân khẩu của 9 thôn trong xã.
Đoàn Chủ tịch điều hành đại hội.
Báo cáo tại đại hội cho thấy, nhiệm kỳ qua Mặt trận xã đã phối hợp vận động nhân dân hiến trên 12.000 m2 đất làm đường bê tông liên thôn, tham gia xóa 146 căn nhà tạm cho hộ nghèo. Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng đã giám sát 21 công trình, phát hiện và kiến nghị khắc phục 4 công trình chậm tiến độ. Mặt trận xã đã tổ chức 15 cuộc giám sát, đưa ra 38 kiến nghị; tham gia góp ý 6 dự thảo nghị quyết của HĐND xã. Tỷ lệ hộ đạt danh hiệu gia đình văn hóa đạt 78,5%.
Thực hiện Kế hoạch số 86-KH/HU của Ban Thường vụ Huyện ủy và Hướng dẫn số 12/HD-MTTQ-BTT ngày 15/2/2019 của Ban Thường trực Ủy ban MTTQ huyện, đại hội được chuẩn bị chu đáo, dân chủ. Phát biểu chỉ đạo, đồng chí Sùng Mí Sính, Bí thư Đảng ủy xã Lũng Cú, đề nghị Mặt trận xã nhiệm kỳ mới chú trọng nắm bắt tình hình tư tưởng người Mông, người Lô Lô ở các thôn giáp biên giới, phát huy vai trò người có uy tín trong vận động đồng bào xóa bỏ hủ tục, không nghe kẻ xấu truyền đạo trái pháp luật.
Đại hội đã hiệp thương cử 37 vị vào Ủy ban MTTQ Việt Nam xã khóa X. Tại hội nghị lần thứ nhất, bà Giàng Thị Mỷ được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; các ông Ly Mí Chứ, Sùng Mí Dế được cử giữ chức Phó Chủ tịch. Đại hội cũng bầu 12 đại biểu đi dự Đại hội đại biểu MTTQ huyện Đồng Văn lần thứ XIX.
Đại hội thống nhất 3 chương trình hành động trong nhiệm kỳ, trong đó có chương trình nâng cao chất lượng giám sát ở cơ sở và phản biện xã hội các dự thảo nghị quyết của HĐND xã liên quan đến đất đai, di dân, tái định cư.
Ông Sình Dì Gai, người có uy tín thôn Lô Lô Chải, xã cực Bắc của tỉnh Hà Giang, bày tỏ tin tưởng Ủy ban MTTQ khóa mới sẽ tiếp tục là cầu nối giữa bà con với cấp ủy, chính quyền.
Vàng Văn Thắng (Trung tâm Văn hóa - Thể thao và Truyền thông huyện)
Tin khác
- Xã Má Lé tổ chức Đại hội MTTQ nhiệm kỳ 2019 - 2024 (08/04/2019)
- Đồng Văn: tập huấn nghiệp vụ công tác Mặt trận (28/03/2019)
- Trao 20 con bò giống cho hộ nghèo xã Sảng Tủng (15/03/2019)
""", "2019-04-12", "Đại hội đại biểu MTTQ xã Lũng Cú lần thứ X, nhiệm kỳ 2019 - 2024",
E("dai_hoi", None, "2019-04-10"),
[P("Vừ Mí Lử", "HUV", "Chủ tịch Ủy ban MTTQ huyện Đồng Văn"),
 P("Sùng Mí Sính", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Giàng Thị Mỷ", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Ly Mí Chứ", "Phó Chủ tịch"),
 P("Sùng Mí Dế", "Phó Chủ tịch"),
 P("Sình Dì Gai", "người có uy tín thôn Lô Lô Chải")],
[Q("120 đại biểu chính thức", 120, "đại biểu chính thức"), Q("hơn 1.800 hộ", 1800, "hộ", "over"),
 Q("trên 9.000 nhân khẩu", 9000, "nhân khẩu", "over"), Q("9 thôn", 9, "thôn"),
 Q("trên 12.000 m2", 12000, "m2", "over"), Q("146 căn nhà tạm", 146, "căn nhà tạm"), Q("21 công trình", 21, "công trình"),
 Q("4 công trình", 4, "công trình"), Q("15 cuộc giám sát", 15, "cuộc giám sát"), Q("38 kiến nghị", 38, "kiến nghị"),
 Q("6 dự thảo nghị quyết", 6, "dự thảo nghị quyết"), Q("78,5%", 78.5, "%"), Q("37 vị", 37, "vị"),
 Q("12 đại biểu", 12, "đại biểu"), Q("3 chương trình hành động", 3, "chương trình hành động")],
[D("Kế hoạch", "86", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 86-KH/HU"),
 D("Hướng dẫn", "12", "HD-MTTQ-BTT", "2019-02-15", "Ban Thường trực Ủy ban MTTQ huyện", "Hướng dẫn số 12/HD-MTTQ-BTT ngày 15/2/2019")],
[prov("Hà Giang"), com("Lũng Cú")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỒNG VĂN - TỈNH HÀ GIANG", "Tin tức >> Mặt trận - Đoàn thể >> Tin cơ sở",
 "Đoàn Chủ tịch điều hành đại hội."],
["Cập nhật lúc 17:20 ngày 12/04/2019", "lần thứ X", "nhiệm kỳ 2019 - 2024", "khóa X", "hội nghị lần thứ nhất", "lần thứ XIX"]))

PAGES.append(page("b1742-kiengiang-mttq-soket-2019", """
BAN DÂN VẬN TỈNH ỦY - ỦY BAN MTTQ VIỆT NAM TỈNH KIÊN GIANG
Trang chủ - Tin hoạt động - Mặt trận
Ngày 05/07/2019 | 09:15
Đồng chí Lê Thị Minh Châu phát biểu chỉ đạo hội nghị.
Mặt trận Kiên Giang: 6 tháng tổ chức 214 cuộc giám sát
Ngày 3/7/2019, Ủy ban MTTQ Việt Nam tỉnh Kiên Giang tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2019. Đồng chí Lê Thị Minh Châu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Theo báo cáo, 6 tháng qua Mặt trận các cấp đã tổ chức 214 cuộc giám sát, tăng 38 cuộc so với cùng kỳ, tập trung vào việc thực hiện chính sách bảo hiểm y tế, giải quyết đơn thư và công tác bồi thường giải phóng mặt bằng tại huyện Phú Quốc. Qua giám sát, Mặt trận đưa ra 167 kiến nghị; đến nay cơ quan chức năng đã tiếp thu, giải quyết 121 kiến nghị. Mặt trận tỉnh tổ chức 2 hội nghị phản biện đối với dự thảo nghị quyết của HĐND tỉnh về giá đất và về chính sách hỗ trợ ngư dân.
Ban Thường trực Ủy ban MTTQ tỉnh đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 12, 13-KL/TU về tiếp tục thực hiện Quyết định 217, 218 và về nâng cao hiệu quả giám sát của Mặt trận đối với cán bộ, đảng viên theo Quyết định 124-QĐ/TW ngày 1/2/2018 của Ban Bí thư. Mặt trận các cấp tiếp nhận 2.465 phiếu góp ý của nhân dân đối với cán bộ, đảng viên ở khu dân cư.
Quỹ "Vì người nghèo" tiếp nhận hơn 18,4 tỷ đồng; xây dựng, sửa chữa 526 căn nhà Đại đoàn kết; 96,2% hộ nghèo có thẻ bảo hiểm y tế.
Tại hội nghị, ông Danh Út, Chủ tịch Ủy ban MTTQ xã Vĩnh Hòa Hưng Bắc, cho biết qua giám sát việc chi trả tiền hỗ trợ hộ nghèo đón Tết đã phát hiện 6 trường hợp không đúng đối tượng. Bà Thị Sa Quân, Phó Chủ tịch Ủy ban MTTQ huyện Châu Thành, đề nghị tỉnh sớm có hướng dẫn giám sát việc cho thuê đất rừng ven biển. Ông Quách Huệ Minh, Chủ tịch Ủy ban MTTQ phường Vĩnh Thanh Vân, phản ánh việc tiếp thu kiến nghị sau giám sát ở một số nơi còn chậm.
Phát biểu kết luận, đồng chí Lê Thị Minh Châu yêu cầu 6 tháng cuối năm Mặt trận các cấp chủ động chuẩn bị đại hội MTTQ cấp huyện, giám sát chặt chẽ việc thực hiện các kiến nghị đã đưa ra và tích cực tham gia xây dựng Đảng, xây dựng chính quyền. Đồng chí lưu ý Mặt trận các huyện ven biển chủ động nắm tình hình ngư dân, kịp thời phản ánh với cấp ủy những vấn đề nhân dân bức xúc.
Ngọc Giàu
Tin cùng chuyên mục
- Rạch Giá: hiệp thương cử Chủ tịch Ủy ban MTTQ phường Vĩnh Lạc (28/06/2019)
- U Minh Thượng trao 50 căn nhà Đại đoàn kết (19/06/2019)
- Hội nghị góp ý dự thảo báo cáo chính trị Đại hội MTTQ tỉnh (07/06/2019)
""", "2019-07-05", "Mặt trận Kiên Giang: 6 tháng tổ chức 214 cuộc giám sát",
E("so_ket", "2019-H1", "2019-07-03"),
[P("Lê Thị Minh Châu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Út", "Chủ tịch Ủy ban MTTQ xã Vĩnh Hòa Hưng Bắc"),
 P("Thị Sa Quân", "Phó Chủ tịch Ủy ban MTTQ huyện Châu Thành"),
 P("Quách Huệ Minh", "Chủ tịch Ủy ban MTTQ phường Vĩnh Thanh Vân")],
[Q("214 cuộc giám sát", 214, "cuộc giám sát"), Q("38 cuộc", 38, "cuộc"), Q("167 kiến nghị", 167, "kiến nghị"),
 Q("121 kiến nghị", 121, "kiến nghị"), Q("2 hội nghị phản biện", 2, "hội nghị phản biện"),
 Q("2.465 phiếu góp ý", 2465, "phiếu góp ý"), Q("hơn 18,4 tỷ đồng", 18400000000, "đồng", "over"),
 Q("526 căn nhà Đại đoàn kết", 526, "căn nhà Đại đoàn kết"), Q("96,2%", 96.2, "%"), Q("6 trường hợp", 6, "trường hợp")],
[D("Kết luận", "12", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 12, 13-KL/TU"),
 D("Kết luận", "13", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 12, 13-KL/TU"),
 D("Quyết định", "217", None, None, None, "Quyết định 217, 218"),
 D("Quyết định", "218", None, None, None, "Quyết định 217, 218"),
 D("Quyết định", "124", "QĐ/TW", "2018-02-01", "Ban Bí thư", "Quyết định 124-QĐ/TW ngày 1/2/2018")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hưng Bắc"), com("Vĩnh Thanh Vân")],
["BAN DÂN VẬN TỈNH ỦY - ỦY BAN MTTQ VIỆT NAM TỈNH KIÊN GIANG", "Trang chủ - Tin hoạt động - Mặt trận",
 "Đồng chí Lê Thị Minh Châu phát biểu chỉ đạo hội nghị.", "Vì người nghèo"],
["Ngày 05/07/2019 | 09:15", "6 tháng đầu năm 2019", "6 tháng qua", "6 tháng cuối năm"]))

PAGES.append(page("b1743-hoabinh-mttq-giamsat-2020", """
BÁO HÒA BÌNH ĐIỆN TỬ
Chính trị | Mặt trận | Xã hội
Thứ Tư, 20/05/2020 - 08:30
Giám sát việc hỗ trợ người dân gặp khó khăn do đại dịch COVID-19
Từ ngày 11 đến 15/5, các đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do đồng chí Bùi Thị Hồng Vân, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đồng chí Quách Văn Hòa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện các chính sách hỗ trợ người dân gặp khó khăn do đại dịch COVID-19 tại các huyện Tân Lạc, Mai Châu, Lạc Sơn. Đây là một trong 6 nội dung giám sát chuyên đề năm 2020 của Mặt trận tỉnh Hòa Bình.
Đoàn giám sát làm việc tại xã Phú Cường (Tân Lạc).
Cuộc giám sát nhằm đánh giá việc triển khai Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ và Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ, theo Kế hoạch số 146/KH-MTTQ-BTT ngày 5/5/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Các đoàn đã làm việc với UBND 3 huyện và trực tiếp giám sát tại 9 xã, thị trấn; kiểm tra danh sách, chứng từ chi trả và gặp gỡ người được hỗ trợ.
Đến ngày 14/5, toàn tỉnh đã chi trả cho hơn 37.200 người thuộc hộ nghèo, hộ cận nghèo với tổng số tiền trên 27,9 tỷ đồng, mức 250.000 đồng/người/tháng; chi trả cho 1.846 người có công với cách mạng, mức 500.000 đồng/người/tháng. Việc bình xét được thực hiện công khai tại các thôn, xóm, có sự tham gia của trưởng ban công tác Mặt trận.
Qua giám sát, đoàn phát hiện 146 trường hợp không đủ điều kiện nhưng có tên trong danh sách đề nghị và đề nghị bổ sung 31 lao động tự do bị mất việc chưa được xem xét. Tại xã Vạn Mai, bà Xa Thị Hoa, Chủ tịch Ủy ban MTTQ xã Vạn Mai cho biết Mặt trận xã đã phát hiện và đề nghị đưa ra khỏi danh sách 8 hộ có người hưởng lương. Ông Đinh Văn Khiêm, Chủ tịch Ủy ban MTTQ thị trấn Mãn Đức, phản ánh lao động đi làm ăn xa trở về không có hợp đồng lao động nên khó chứng minh mất việc.
Kết thúc đợt giám sát, đồng chí Bùi Thị Hồng Vân đề nghị UBND các huyện rà soát kỹ danh sách, không để lọt đối tượng, không để trục lợi chính sách; chi trả kịp thời, đúng quy định. Đoàn giám sát đưa ra 9 kiến nghị với UBND tỉnh và các sở, ngành liên quan.
Đồng chí Quách Văn Hòa cho biết kết quả giám sát sẽ được báo cáo Thường trực Tỉnh ủy và thông tin công khai tới nhân dân qua hệ thống truyền thanh cơ sở. Mặt trận các huyện được giao tiếp tục giám sát đợt chi trả tiếp theo.
Bích Ngọc
Tin liên quan
- Mặt trận tỉnh tiếp nhận ủng hộ phòng, chống dịch COVID-19 (08/05/2020)
- Lạc Sơn: trao 500 suất quà cho người nghèo (29/04/2020)
- Giám sát việc phân bổ gạo hỗ trợ (22/04/2020)
""", "2020-05-20", "Giám sát việc hỗ trợ người dân gặp khó khăn do đại dịch COVID-19",
E("giam_sat", "2020", "2020-05-11"),
[P("Bùi Thị Hồng Vân", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quách Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Xa Thị Hoa", "Chủ tịch Ủy ban MTTQ xã Vạn Mai"),
 P("Đinh Văn Khiêm", "Chủ tịch Ủy ban MTTQ thị trấn Mãn Đức")],
[Q("6 nội dung giám sát chuyên đề", 6, "nội dung giám sát chuyên đề"), Q("3 huyện", 3, "huyện"),
 Q("9 xã, thị trấn", 9, "xã, thị trấn"), Q("hơn 37.200 người", 37200, "người", "over"),
 Q("trên 27,9 tỷ đồng", 27900000000, "đồng", "over"), Q("250.000 đồng", 250000, "đồng"),
 Q("1.846 người có công với cách mạng", 1846, "người có công với cách mạng"), Q("500.000 đồng", 500000, "đồng"),
 Q("146 trường hợp", 146, "trường hợp"), Q("31 lao động tự do", 31, "lao động tự do"), Q("8 hộ", 8, "hộ"),
 Q("9 kiến nghị", 9, "kiến nghị")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Quyết định", "15", "2020/QĐ-TTg", "2020-04-24", "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020"),
 D("Kế hoạch", "146", "KH-MTTQ-BTT", "2020-05-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 146/KH-MTTQ-BTT ngày 5/5/2020")],
[prov("Hòa Bình"), com("Phú Cường"), com("Vạn Mai"), com("Mãn Đức")],
["BÁO HÒA BÌNH ĐIỆN TỬ", "Chính trị | Mặt trận | Xã hội", "Đoàn giám sát làm việc tại xã Phú Cường (Tân Lạc)."],
["Thứ Tư, 20/05/2020 - 08:30", "năm 2020", "ngày 14/5"]))

PAGES.append(page("b1744-quangtri-xahuongphung-doithoai-2021", """
Cổng thông tin điện tử huyện Hướng Hóa
Trang chủ > Tin tức > Tin xã, thị trấn
15/11/2021 06:00
Xã Hướng Phùng đối thoại với Nhân dân về đất sản xuất và nước sinh hoạt
Ngày 12/11, Đảng ủy, UBND, Ủy ban MTTQ Việt Nam xã Hướng Phùng tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2021. Chủ trì đối thoại có đồng chí Hồ Văn Nhất, Bí thư Đảng ủy, Chủ tịch HĐND xã và đồng chí Kray Liêng, Chủ tịch UBND xã. Tham dự có hơn 150 người dân đại diện cho 11 thôn, bản, trong đó có nhiều người có uy tín trong đồng bào Vân Kiều.
Quang cảnh buổi đối thoại tại hội trường xã.
Hội nghị được tổ chức theo Kế hoạch số 45-KH/ĐU của Đảng ủy xã, thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị.
Trước đó, Ủy ban MTTQ xã đã tổng hợp 23 ý kiến, kiến nghị của nhân dân qua các buổi sinh hoạt ở khu dân cư và qua giám sát của Ban Thanh tra nhân dân. Tại buổi đối thoại, ông Hồ Văn Pỏ, người có uy tín thôn Cheng, phản ánh 27 hộ trong thôn chưa có đất sản xuất sau khi nhường đất cho dự án điện gió. Bà Hồ Thị Ka Chi, Chi hội trưởng Chi hội Phụ nữ thôn Xa Rường, đề nghị sửa chữa đường ống nước tự chảy bị hư hỏng từ mùa mưa năm trước. Ông Pả Kăn Nôi, Trưởng thôn Hướng Choa, kiến nghị sớm chi trả tiền trồng rừng cho 42 hộ nhận khoán.
Trả lời các ý kiến, đồng chí Kray Liêng cho biết xã đã làm việc với chủ đầu tư dự án điện gió, dự kiến cuối năm nay bàn giao 18,5 ha đất cho các hộ thiếu đất; đường ống nước sẽ được sửa chữa bằng nguồn vốn 320 triệu đồng từ chương trình nông thôn mới. Những kiến nghị vượt thẩm quyền, xã đã tổng hợp 5 nội dung gửi UBND huyện.
Phát biểu kết thúc, đồng chí Hồ Văn Nhất giao Ủy ban MTTQ xã chủ trì giám sát việc thực hiện các cam kết tại buổi đối thoại, thông báo kết quả tại các buổi họp thôn; đồng thời đề nghị các thôn tiếp tục duy trì tổ hòa giải, không để phát sinh tranh chấp đất đai kéo dài. Theo ông Lê Quang Vĩnh, Chủ tịch Ủy ban MTTQ Việt Nam xã Hướng Phùng, 19 trong tổng số 23 ý kiến đã được trả lời trực tiếp tại hội nghị; số còn lại sẽ được trả lời bằng văn bản trong 15 ngày làm việc.
Văn Lợi - Đài Truyền thanh xã
Trang thông tin điện tử thuộc UBND huyện Hướng Hóa, tỉnh Quảng Trị.
Lượt xem: 97
Tin khác
- Hướng Phùng ra quân làm đường giao thông nông thôn (02/11/2021)
- Trao 30 suất quà cho trẻ em khó khăn (20/10/2021)
- Tiêm vắc xin phòng COVID-19 đợt 3 cho người dân (11/10/2021)
""", "2021-11-15", "Xã Hướng Phùng đối thoại với Nhân dân về đất sản xuất và nước sinh hoạt",
E("doi_thoai", "2021", "2021-11-12"),
[P("Hồ Văn Nhất", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Kray Liêng", "Chủ tịch UBND xã"),
 P("Hồ Văn Pỏ", "người có uy tín thôn Cheng"),
 P("Hồ Thị Ka Chi", "Chi hội trưởng Chi hội Phụ nữ thôn Xa Rường"),
 P("Pả Kăn Nôi", "Trưởng thôn Hướng Choa"),
 P("Lê Quang Vĩnh", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hướng Phùng")],
[Q("hơn 150 người dân", 150, "người dân", "over"), Q("11 thôn, bản", 11, "thôn, bản"),
 Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị"), Q("27 hộ", 27, "hộ"), Q("42 hộ nhận khoán", 42, "hộ nhận khoán"),
 Q("18,5 ha", 18.5, "ha"), Q("320 triệu đồng", 320000000, "đồng"), Q("5 nội dung", 5, "nội dung"),
 Q("19 trong tổng số 23 ý kiến", 19, "ý kiến")],
[D("Kế hoạch", "45", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 45-KH/ĐU"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Quảng Trị"), com("Hướng Phùng")],
["Cổng thông tin điện tử huyện Hướng Hóa", "Trang chủ > Tin tức > Tin xã, thị trấn", "Quang cảnh buổi đối thoại tại hội trường xã.",
 "Lượt xem: 97", "Trang thông tin điện tử thuộc UBND huyện Hướng Hóa, tỉnh Quảng Trị."],
["15/11/2021 06:00", "năm 2021", "mùa mưa năm trước", "cuối năm nay", "15 ngày làm việc", "Lượt xem: 97"]))
