from lib import *
PAGES = []

PAGES.append(page("b8627-haiduong-ubndxa-doithoai-2017", """
BÁO HẢI DƯƠNG ĐIỆN TỬ
Trang chủ › Thời sự › Xây dựng Đảng - Chính quyền
Thứ Năm, 15/06/2017 10:05
Chủ tịch UBND xã Cẩm Vũ đối thoại với nhân dân về các công trình nông thôn mới
Sáng 13/6, UBND xã Cẩm Vũ (huyện Cẩm Giàng, tỉnh Hải Dương) phối hợp với Ủy ban MTTQ xã tổ chức hội nghị đối thoại giữa người đứng đầu chính quyền với nhân dân năm 2017, tập trung vào chất lượng công trình và việc sử dụng tiền đóng góp của nhân dân trong xây dựng đường làng, trường học. Hơn 150 đại biểu là người dân các thôn, thành viên Ban Giám sát đầu tư của cộng đồng và Ban Thanh tra nhân dân xã tham dự.
Quang cảnh buổi đối thoại tại hội trường UBND xã Cẩm Vũ. Ảnh: Thành Chung
Dự buổi đối thoại có đồng chí Trần Văn Hiếu, HUV, Phó Chủ tịch UBND huyện Cẩm Giàng. Bí thư Đảng ủy, Chủ tịch HĐND xã Nguyễn Đình Khang và ông Vũ Văn Thành, Chủ tịch UBND xã đồng chủ trì.
Mở đầu buổi đối thoại, ông Vũ Văn Thành thông tin: Giai đoạn 2016 - 2017, xã đầu tư 9 công trình với tổng kinh phí 14,2 tỷ đồng, trong đó nhân dân đóng góp 3,1 tỷ đồng, mỗi nhân khẩu góp 300.000 đồng để làm 1.850 m đường trục thôn và xây mới 8 phòng học Trường Mầm non xã. Toàn bộ thu, chi đã được công khai tại nhà văn hóa các thôn theo Kế hoạch số 35/KH-UBND ngày 2/6/2017 của UBND xã.
Tại buổi đối thoại, người dân nêu 12 ý kiến, kiến nghị. Ông Phạm Văn Tú (thôn Thạch Lỗi) hỏi vì sao đoạn đường trục thôn mới làm xong được vài tháng đã bong tróc mặt, ai chịu trách nhiệm sửa chữa. Bà Đỗ Thị Hoa (thôn Hoàng Xá) đề nghị công khai khoản 420 triệu đồng tiền đóng góp còn lại chưa quyết toán.
Trả lời, ông Lê Đức Quang, Trưởng Ban Giám sát đầu tư của cộng đồng xã cho biết, ban đã phát hiện đoạn đường khoảng 150 m ở thôn Thạch Lỗi bị bong tróc do thi công vào ngày mưa và đã lập biên bản từ tháng 3. "Nhà thầu đã cam kết sửa trong thời gian bảo hành, ban sẽ giám sát đến khi xong", ông Quang khẳng định. Ông Vũ Văn Thành nhận trách nhiệm vì chậm đôn đốc, hứa trong tháng 7 sẽ hoàn thành sửa chữa và báo cáo kết quả với nhân dân.
Về khoản tiền chưa quyết toán, ông Thành giải thích số tiền đang gửi tại Kho bạc để đối ứng xây tường rào và sân chơi Trường Mầm non; xã sẽ niêm yết chi tiết tại 4 thôn trong tuần tới. Bà Nguyễn Thị Mến, Chủ tịch Ủy ban MTTQ xã đề nghị các thôn đưa nội dung giám sát công trình vào sinh hoạt định kỳ của chi hội.
Phát biểu tại buổi đối thoại, đồng chí Trần Văn Hiếu đánh giá cao cách làm của Cẩm Vũ và yêu cầu xã thực hiện nghiêm Nghị định số 04/2015/NĐ-CP ngày 9/1/2015 của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước, Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn, bảo đảm "dân biết, dân bàn, dân làm, dân kiểm tra". Theo đồng chí, năm nay huyện có 95% số xã tổ chức đối thoại, nhiều kiến nghị của nhân dân đã được giải quyết ngay tại hội nghị.
Thành Chung
Tin liên quan
- Cẩm Giàng: 17/17 xã, thị trấn kiện toàn Ban Thanh tra nhân dân (05/06/2017)
- Hội nghị đối thoại với nông dân tại huyện Bình Giang (25/05/2017)
- Thanh Hà công khai tiền đóng góp xây dựng nông thôn mới (18/05/2017)
""", "2017-06-15", "Chủ tịch UBND xã Cẩm Vũ đối thoại với nhân dân về các công trình nông thôn mới",
E("doi_thoai", "2017", "2017-06-13"),
[P("Trần Văn Hiếu", "HUV", "Phó Chủ tịch UBND huyện Cẩm Giàng"),
 P("Nguyễn Đình Khang", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Vũ Văn Thành", "Chủ tịch UBND xã"),
 P("Phạm Văn Tú"), P("Đỗ Thị Hoa"),
 P("Lê Đức Quang", "Trưởng Ban Giám sát đầu tư của cộng đồng xã"),
 P("Nguyễn Thị Mến", "Chủ tịch Ủy ban MTTQ xã")],
[Q("Hơn 150 đại biểu", 150, "đại biểu", "over"), Q("9 công trình", 9, "công trình"), Q("14,2 tỷ đồng", 14200000000, "đồng"),
 Q("3,1 tỷ đồng", 3100000000, "đồng"), Q("300.000 đồng", 300000, "đồng"), Q("1.850 m", 1850, "m"),
 Q("8 phòng học", 8, "phòng học"), Q("12 ý kiến, kiến nghị", 12, "ý kiến, kiến nghị"), Q("420 triệu đồng", 420000000, "đồng"),
 Q("khoảng 150 m", 150, "m", "approx"), Q("4 thôn", 4, "thôn"), Q("95%", 95, "%")],
[D("Kế hoạch", "35", "KH-UBND", "2017-06-02", "UBND xã", "Kế hoạch số 35/KH-UBND ngày 2/6/2017"),
 D("Nghị định", "04", "2015/NĐ-CP", "2015-01-09", "Chính phủ", "Nghị định số 04/2015/NĐ-CP ngày 9/1/2015")],
[prov("Hải Dương"), com("Cẩm Vũ")],
["BÁO HẢI DƯƠNG ĐIỆN TỬ", "Trang chủ › Thời sự › Xây dựng Đảng - Chính quyền",
 "Quang cảnh buổi đối thoại tại hội trường UBND xã Cẩm Vũ. Ảnh: Thành Chung", "Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn",
 "dân biết, dân bàn, dân làm, dân kiểm tra", "thôn Thạch Lỗi", "thôn Hoàng Xá"],
["Thứ Năm, 15/06/2017 10:05", "năm 2017", "Giai đoạn 2016 - 2017", "tháng 3", "tháng 7", "vài tháng"]))

PAGES.append(page("b8628-binhdinh-mttq-giamsat-2018", """
BÁO BÌNH ĐỊNH ONLINE
Chính trị - Xã hội / Mặt trận - Đoàn thể
08:30 | 21/09/2018
Ủy ban MTTQ tỉnh giám sát hoạt động Ban Giám sát đầu tư của cộng đồng tại Hoài Ân
(BĐ) - Thực hiện chương trình giám sát năm 2018, ngày 19/9, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Trương Quang Vinh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc tổ chức và hoạt động của Ban Giám sát đầu tư của cộng đồng tại huyện Hoài Ân. Tham gia đoàn có các ông Đinh Văn Khánh, Lương Minh Tâm - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, cùng đại diện Sở Kế hoạch và Đầu tư, Sở Tài chính.
Đoàn giám sát kiểm tra công trình Trường THCS Ân Tín. Ảnh: Ngọc Nhuận
Theo báo cáo của Ban Thường trực Ủy ban MTTQ huyện Hoài Ân, 15/15 xã, thị trấn trong huyện đã thành lập Ban Giám sát đầu tư của cộng đồng với tổng số 127 thành viên. Từ năm 2016 đến nay, các ban đã giám sát 124 công trình với tổng vốn hơn 186 tỷ đồng; phát hiện 9 công trình có sai sót, gửi 43 kiến nghị đến chủ đầu tư, trong đó 38 kiến nghị đã được giải quyết, đạt 88,4%.
Bà Phạm Thị Hường, Chủ tịch Ủy ban MTTQ huyện Hoài Ân cho biết, kinh phí hoạt động của mỗi ban hiện được cấp 3 triệu đồng/năm theo Thông tư số 63/2017/TT-BTC ngày 19/6/2017 của Bộ Tài chính, cao hơn trước nhưng vẫn chưa đủ để thuê tư vấn khi cần kiểm định chất lượng. Nhiều chủ đầu tư chưa gửi đầy đủ hồ sơ cho ban theo Nghị định số 84/2015/NĐ-CP.
Trong ngày, đoàn đã đi kiểm tra thực tế tại xã Ân Tín, nơi đang xây dãy 12 phòng học Trường THCS Ân Tín với kinh phí 5,6 tỷ đồng, và tuyến đường bê tông dài 2,1 km tại xã Bok Tới. Ông Võ Văn Thạnh, vừa được bầu giữ chức Trưởng Ban Giám sát đầu tư của cộng đồng xã Ân Tín, cho biết ban đã phát hiện nhà thầu dùng thép có đường kính nhỏ hơn thiết kế ở phần giằng tường và yêu cầu thay thế. Ông Đinh Văn Lơ, Chủ tịch Ủy ban MTTQ xã Bok Tới, là người Ba Na, kể ban vận động 35 hộ đồng bào góp gần 1.000 ngày công đắp nền đường.
Ông Nguyễn Văn Toàn, Phó Chủ tịch UBND huyện Hoài Ân tiếp thu các ý kiến, cam kết chỉ đạo Ban Quản lý dự án đầu tư xây dựng huyện gửi hồ sơ cho Ban Giám sát đầu tư của cộng đồng trước khi khởi công ít nhất 10 ngày.
Kết luận buổi giám sát, ông Trương Quang Vinh đề nghị huyện thực hiện đúng Kế hoạch số 71/KH-MTTQ-BTT ngày 5/3/2018 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về giám sát đầu tư của cộng đồng; chú trọng bồi dưỡng kỹ năng cho thành viên ban, nhất là ở 3 xã miền núi có đông đồng bào dân tộc thiểu số. Kết quả giám sát sẽ được tổng hợp, báo cáo Thường trực Tỉnh ủy Bình Định trong tháng 12.
Ngọc Nhuận
Tin khác
- Phù Mỹ: Phản biện dự thảo quy hoạch khu dân cư (15/09/2018)
- MTTQ tỉnh giám sát việc thực hiện chính sách bảo hiểm y tế (07/09/2018)
- Hoài Nhơn: Nhân dân góp hơn 20 tỷ đồng xây dựng nông thôn mới (28/08/2018)
""", "2018-09-21", "Ủy ban MTTQ tỉnh giám sát hoạt động Ban Giám sát đầu tư của cộng đồng tại Hoài Ân",
E("giam_sat", "2018", "2018-09-19"),
[P("Trương Quang Vinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Khánh", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lương Minh Tâm", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Thị Hường", "Chủ tịch Ủy ban MTTQ huyện Hoài Ân"),
 P("Võ Văn Thạnh", "Trưởng Ban Giám sát đầu tư của cộng đồng xã Ân Tín"),
 P("Đinh Văn Lơ", "Chủ tịch Ủy ban MTTQ xã Bok Tới"),
 P("Nguyễn Văn Toàn", "Phó Chủ tịch UBND huyện Hoài Ân")],
[Q("15/15 xã, thị trấn", 15, "xã, thị trấn"), Q("127 thành viên", 127, "thành viên"), Q("124 công trình", 124, "công trình"),
 Q("hơn 186 tỷ đồng", 186000000000, "đồng", "over"), Q("9 công trình", 9, "công trình"), Q("43 kiến nghị", 43, "kiến nghị"),
 Q("38 kiến nghị", 38, "kiến nghị"), Q("88,4%", 88.4, "%"), Q("3 triệu đồng", 3000000, "đồng"), Q("12 phòng học", 12, "phòng học"),
 Q("5,6 tỷ đồng", 5600000000, "đồng"), Q("2,1 km", 2.1, "km"), Q("35 hộ", 35, "hộ"), Q("gần 1.000 ngày công", 1000, "ngày công", "approx"),
 Q("3 xã miền núi", 3, "xã miền núi")],
[D("Thông tư", "63", "2017/TT-BTC", "2017-06-19", "Bộ Tài chính", "Thông tư số 63/2017/TT-BTC ngày 19/6/2017"),
 D("Nghị định", "84", "2015/NĐ-CP", None, None, "Nghị định số 84/2015/NĐ-CP"),
 D("Kế hoạch", "71", "KH-MTTQ-BTT", "2018-03-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 71/KH-MTTQ-BTT ngày 5/3/2018")],
[prov("Bình Định"), com("Ân Tín"), com("Bok Tới")],
["BÁO BÌNH ĐỊNH ONLINE", "Chính trị - Xã hội / Mặt trận - Đoàn thể", "(BĐ)",
 "Đoàn giám sát kiểm tra công trình Trường THCS Ân Tín. Ảnh: Ngọc Nhuận", "Trường THCS Ân Tín"],
["08:30 | 21/09/2018", "năm 2018", "năm 2016", "ít nhất 10 ngày", "tháng 12"]))

PAGES.append(page("b8629-thaibinh-mttq-giaoban-2019", """
ỦY BAN MTTQ VIỆT NAM TỈNH THÁI BÌNH - Cổng thông tin điện tử
Vị trí hiện tại: Trang chủ > Tin tức > Hoạt động Mặt trận các cấp
Thứ Hai, 21/10/2019 - 16:05
Đồng chí Bùi Thị Nhung phát biểu chỉ đạo hội nghị.
Vũ Thư: Nâng cao chất lượng giám sát công trình ở cơ sở
Ngày 18/10, Ban Thường trực Ủy ban MTTQ huyện Vũ Thư (tỉnh Thái Bình) tổ chức hội nghị giao ban công tác Mặt trận quý III năm 2019 với Chủ tịch Ủy ban MTTQ 30 xã, thị trấn, trong đó tập trung đánh giá hoạt động của Ban Giám sát đầu tư của cộng đồng. Đồng chí Bùi Thị Nhung, HUV, Chủ tịch Ủy ban MTTQ huyện chủ trì; dự có đồng chí Đặng Quang Huy, HUV, Trưởng Ban Dân vận Huyện ủy và các đồng chí Phó Chủ tịch Ủy ban MTTQ huyện: Nguyễn Văn Hưng, Phạm Thị Thu.
Theo báo cáo, quý III các Ban Giám sát đầu tư của cộng đồng trong huyện đã giám sát 74 công trình, chủ yếu là đường giao thông nội đồng, trạm bơm, trường mầm non và nhà văn hóa thôn theo Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016 - 2020 (Quyết định số 1600/QĐ-TTg của Thủ tướng Chính phủ). Qua giám sát đã phát hiện 6 công trình thi công chưa đúng thiết kế, kiến nghị dừng thi công hạng mục sân Trường Mầm non xã Song An để làm lại phần móng. Nhân dân trong huyện đã đóng góp 18,5 tỷ đồng và trên 12.000 ngày công cho các công trình.
Ban Thường trực Ủy ban MTTQ huyện đã triển khai Hướng dẫn 08, 09/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về nội dung giám sát các công trình sử dụng vốn ngân sách và vốn đóng góp của nhân dân; mở 2 lớp tập huấn cho 186 thành viên Ban Giám sát đầu tư của cộng đồng và Ban Thanh tra nhân dân các xã.
Tại hội nghị, 27 đồng chí Chủ tịch Ủy ban MTTQ các xã, thị trấn đã trao đổi kinh nghiệm. Bà Trần Thị Lụa, Chủ tịch Ủy ban MTTQ xã Tân Lập cho biết, ban của xã có 9 thành viên, phân công mỗi thành viên phụ trách một công trình, ghi nhật ký hằng ngày. Ông Đoàn Văn Bảy, Chủ tịch Ủy ban MTTQ thị trấn Vũ Thư, phản ánh nhiều công trình do huyện làm chủ đầu tư chưa thông báo cho ban của thị trấn, dẫn đến "giám sát khi đã xong móng".
Đồng chí Đặng Quang Huy đề nghị Mặt trận các xã chủ động báo cáo cấp ủy những vướng mắc để chỉ đạo kịp thời; mỗi xã phải công khai danh sách thành viên Ban Giám sát đầu tư của cộng đồng tại trụ sở và nhà văn hóa thôn để nhân dân phản ánh.
Kết luận hội nghị, đồng chí Bùi Thị Nhung yêu cầu quý IV tập trung giám sát các công trình chuẩn bị quyết toán cuối năm; hoàn thành việc bố trí kinh phí hoạt động 5 triệu đồng/ban/năm theo quy định; chuẩn bị tổng kết năm 2019 và đại hội Mặt trận các xã.
Hồng Hạnh
Tin cùng chuyên mục
- Kiến Xương: Giao ban công tác Mặt trận quý III (16/10/2019)
- Đông Hưng phản biện dự thảo đề án cứng hóa kênh mương (08/10/2019)
- Tiền Hải: 35 xã, thị trấn hoàn thành đại hội Mặt trận (01/10/2019)
""", "2019-10-21", "Vũ Thư: Nâng cao chất lượng giám sát công trình ở cơ sở",
E("giao_ban", "2019-Q3", "2019-10-18"),
[P("Bùi Thị Nhung", "HUV", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Đặng Quang Huy", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Văn Hưng", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Phạm Thị Thu", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Trần Thị Lụa", "Chủ tịch Ủy ban MTTQ xã Tân Lập"),
 P("Đoàn Văn Bảy", "Chủ tịch Ủy ban MTTQ thị trấn Vũ Thư")],
[Q("30 xã, thị trấn", 30, "xã, thị trấn"), Q("74 công trình", 74, "công trình"), Q("6 công trình", 6, "công trình"),
 Q("18,5 tỷ đồng", 18500000000, "đồng"), Q("trên 12.000 ngày công", 12000, "ngày công", "over"),
 Q("2 lớp tập huấn", 2, "lớp tập huấn"), Q("186 thành viên", 186, "thành viên"), Q("27 đồng chí", 27, "đồng chí"),
 Q("9 thành viên", 9, "thành viên"), Q("5 triệu đồng", 5000000, "đồng")],
[D("Quyết định", "1600", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1600/QĐ-TTg"),
 D("Hướng dẫn", "08", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn 08, 09/HD-MTTQ-BTT"),
 D("Hướng dẫn", "09", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn 08, 09/HD-MTTQ-BTT")],
[prov("Thái Bình"), com("Song An"), com("Tân Lập"), com("Vũ Thư")],
["ỦY BAN MTTQ VIỆT NAM TỈNH THÁI BÌNH - Cổng thông tin điện tử", "Vị trí hiện tại: Trang chủ > Tin tức > Hoạt động Mặt trận các cấp",
 "Đồng chí Bùi Thị Nhung phát biểu chỉ đạo hội nghị.", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"],
["Thứ Hai, 21/10/2019 - 16:05", "quý III năm 2019", "quý IV", "giai đoạn 2016 - 2020", "27 đồng chí", "năm 2019"]))

PAGES.append(page("b8630-camau-bgsdtcd-baocao-2019", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂN HƯNG ĐÔNG - HUYỆN CÁI NƯỚC - TỈNH CÀ MAU
Trang chủ | Giới thiệu | Tin tức | Văn bản | Công khai ngân sách
Ngày đăng: 13/12/2019 08:20 | Lượt xem: 215
Báo cáo kết quả hoạt động của Ban Giám sát đầu tư của cộng đồng xã năm 2019
Ban Giám sát đầu tư của cộng đồng xã Tân Hưng Đông (huyện Cái Nước, tỉnh Cà Mau) vừa ban hành Báo cáo số 18/BC-BGS ngày 12/12/2019 về kết quả hoạt động năm 2019 và phương hướng nhiệm vụ năm 2020. Trang thông tin điện tử xã đăng tải nội dung chính như sau:
I. Tình hình tổ chức
Ban được kiện toàn theo Quyết định số 45/QĐ-UBND ngày 15/3/2019 của UBND xã, gồm 7 thành viên. Trưởng ban: ông Nguyễn Văn Út, Phó Chủ tịch Ủy ban MTTQ xã; Phó Trưởng ban: bà Trần Thị Diễm, Chủ tịch Hội Liên hiệp Phụ nữ xã; Thành viên: các ông, bà Lê Văn Tám, Huỳnh Thị Nga, Phạm Văn Chiến, Tô Hoàng Khải, Dương Văn Nhỏ.
II. Kết quả giám sát
Năm 2019, trên địa bàn xã có 5 công trình được đầu tư với tổng vốn 6,74 tỷ đồng, trong đó vốn ngân sách 5,9 tỷ đồng, nhân dân đóng góp 840 triệu đồng. Ban đã giám sát cả 5 công trình, cụ thể:
- Đường bê tông ấp Cây Dương: dài 1.200 m, rộng 2,5 m, kinh phí 1,42 tỷ đồng; ban phát hiện 2 đoạn cốp pha không đúng kích thước, đã kiến nghị điều chỉnh.
- Cầu bê tông kênh Xáng Đội Ba: kinh phí 980 triệu đồng; thi công đúng thiết kế, hoàn thành vượt tiến độ 20 ngày.
- Trường Tiểu học Tân Hưng Đông 2 (điểm ấp Tân Bửu): xây mới 6 phòng học và 1 khối nhà vệ sinh, kinh phí 2,86 tỷ đồng; ban kiến nghị bổ sung mương thoát nước sân trường.
- Nhà văn hóa ấp Tân Điền và nạo vét kênh nội đồng dài 3,4 km: tổng kinh phí 1,48 tỷ đồng; đang thi công, đạt khoảng 60% khối lượng.
Tổng cộng ban đã tổ chức 14 cuộc giám sát, lập 9 biên bản, gửi 6 văn bản kiến nghị đến UBND xã và Ban Quản lý dự án huyện; 5/6 kiến nghị đã được giải quyết. Không có đơn thư khiếu nại của nhân dân liên quan đến các công trình.
III. Khó khăn, hạn chế
Kinh phí hoạt động được cấp 4 triệu đồng/năm theo Thông tư số 63/2017/TT-BTC, chưa đủ chi phí đi lại; một số chủ đầu tư gửi hồ sơ chậm so với quy định của Nghị định số 84/2015/NĐ-CP; thành viên ban chưa được tập huấn chuyên sâu về dự toán.
IV. Phương hướng năm 2020
Tiếp tục giám sát các công trình chuyển tiếp; đề nghị UBND xã chỉ đạo chủ đầu tư gửi hồ sơ thiết kế trước khi khởi công; phối hợp Ban Thanh tra nhân dân giám sát việc thu, chi các khoản đóng góp của nhân dân.
Ban Giám sát đầu tư của cộng đồng xã
Tin khác
- Xã Tân Hưng Đông ra quân làm lộ giao thông nông thôn (10/12/2019)
- Hội nghị đối thoại với nông dân năm 2019 (03/12/2019)
Văn bản khác
- Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2019 (05/11/2019)
- Thông báo lịch tiếp công dân tháng 12/2019 (02/12/2019)
- Công khai dự toán ngân sách xã năm 2020 (28/11/2019)
""", "2019-12-13", "Báo cáo kết quả hoạt động của Ban Giám sát đầu tư của cộng đồng xã năm 2019",
E("bao_cao", "2019", "2019-12-12"),
[P("Nguyễn Văn Út", "Trưởng ban", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Trần Thị Diễm", "Phó Trưởng ban", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Lê Văn Tám", "Thành viên"), P("Huỳnh Thị Nga", "Thành viên"), P("Phạm Văn Chiến", "Thành viên"),
 P("Tô Hoàng Khải", "Thành viên"), P("Dương Văn Nhỏ", "Thành viên")],
[Q("7 thành viên", 7, "thành viên"), Q("5 công trình", 5, "công trình"), Q("6,74 tỷ đồng", 6740000000, "đồng"),
 Q("5,9 tỷ đồng", 5900000000, "đồng"), Q("840 triệu đồng", 840000000, "đồng"), Q("1.200 m", 1200, "m"), Q("2,5 m", 2.5, "m"),
 Q("1,42 tỷ đồng", 1420000000, "đồng"), Q("2 đoạn cốp pha", 2, "đoạn cốp pha"), Q("980 triệu đồng", 980000000, "đồng"),
 Q("6 phòng học", 6, "phòng học"), Q("2,86 tỷ đồng", 2860000000, "đồng"), Q("3,4 km", 3.4, "km"),
 Q("1,48 tỷ đồng", 1480000000, "đồng"), Q("khoảng 60%", 60, "%", "approx"), Q("14 cuộc giám sát", 14, "cuộc giám sát"),
 Q("9 biên bản", 9, "biên bản"), Q("6 văn bản kiến nghị", 6, "văn bản kiến nghị"), Q("5/6 kiến nghị", 5, "kiến nghị"),
 Q("4 triệu đồng", 4000000, "đồng")],
[D("Báo cáo", "18", "BC-BGS", "2019-12-12", "Ban Giám sát đầu tư của cộng đồng xã Tân Hưng Đông", "Báo cáo số 18/BC-BGS ngày 12/12/2019"),
 D("Quyết định", "45", "QĐ-UBND", "2019-03-15", "UBND xã", "Quyết định số 45/QĐ-UBND ngày 15/3/2019"),
 D("Thông tư", "63", "2017/TT-BTC", None, None, "Thông tư số 63/2017/TT-BTC"),
 D("Nghị định", "84", "2015/NĐ-CP", None, None, "Nghị định số 84/2015/NĐ-CP")],
[prov("Cà Mau"), com("Tân Hưng Đông")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂN HƯNG ĐÔNG - HUYỆN CÁI NƯỚC - TỈNH CÀ MAU", "Trang chủ | Giới thiệu | Tin tức | Văn bản | Công khai ngân sách",
 "Lượt xem: 215", "ấp Cây Dương", "Trường Tiểu học Tân Hưng Đông 2", "Ban Giám sát đầu tư của cộng đồng xã"],
["Ngày đăng: 13/12/2019 08:20 | Lượt xem: 215", "năm 2019", "năm 2020", "20 ngày", "1 khối nhà vệ sinh", "Tân Hưng Đông 2",
 "I. Tình hình tổ chức", "IV. Phương hướng năm 2020"]))

PAGES.append(page("b8631-quangtri-mttq-giamsat-2020", """
Báo Quảng Trị
Chính trị - Xã hội › Mặt trận
Thứ Sáu, 27/11/2020
Hướng Hóa: Giám sát việc khắc phục trường lớp sau bão lũ
(QT) - Ngày 25/11, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Hướng Hóa phối hợp với Ban Giám sát đầu tư của cộng đồng xã Hướng Phùng giám sát việc sửa chữa các điểm trường bị hư hỏng do bão số 9 và mưa lũ. Đoàn do ông Nguyễn Đăng Quang, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện làm trưởng đoàn.
Thành viên Ban Giám sát đầu tư của cộng đồng xã Hướng Phùng kiểm tra mái phòng học vừa được lợp lại. Ảnh: Lê Trường
Đợt mưa lũ lịch sử tháng 10 và bão số 9 đầu tháng 11 đã làm 14 phòng học ở 4 điểm trường của xã Hướng Phùng bị tốc mái, hư hỏng; hàng trăm bộ sách vở của học sinh bị ướt. Ngay sau bão, UBND tỉnh ban hành Quyết định số 2856/QĐ-UBND ngày 6/11/2020 hỗ trợ kinh phí khắc phục hậu quả mưa lũ, trong đó xã Hướng Phùng được phân bổ 1,8 tỷ đồng để sửa chữa trường lớp. Ủy ban MTTQ huyện cũng trích 650 triệu đồng từ nguồn cứu trợ do các tổ chức, cá nhân ủng hộ.
Ông Hồ Văn Lai, Chủ tịch Ủy ban MTTQ xã Hướng Phùng kiêm Trưởng Ban Giám sát đầu tư của cộng đồng xã cho biết, thực hiện Công văn số 215/MTTQ-BTT ngày 10/11/2020 của Ban Thường trực Ủy ban MTTQ huyện, ban đã cử 5 thành viên là người Vân Kiều, Pa Kô ở các thôn theo dõi từng điểm trường. "Tiền của Nhà nước và của bà con cả nước gửi về, mình phải giám sát để làm đúng, làm nhanh cho con em đi học", ông Lai nói.
Qua kiểm tra, đoàn ghi nhận 11/14 phòng học đã được lợp lại mái, thay cửa, khối lượng đạt gần 90%. Tuy vậy, tại điểm trường thôn Cheng, nhà thầu dùng tôn mỏng hơn dự toán; ban đã lập biên bản, yêu cầu thay thế. Bà Hồ Thị Thanh, Hiệu trưởng Trường Mầm non Hướng Phùng cho biết hơn 600 học sinh mầm non và tiểu học của xã đã trở lại lớp, nhưng 3 phòng học ở thôn Cheng vẫn phải học ghép tạm.
Ông Ra Pát Bình, Phó Chủ tịch UBND xã, tiếp thu ý kiến của đoàn và cam kết hoàn thành sửa chữa trước ngày 15/12. Xã cũng vận động 120 hộ dân góp 450 ngày công dọn bùn đất, sửa sân trường.
Kết luận, ông Nguyễn Đăng Quang đề nghị UBND xã công khai tại thôn danh sách, mức hỗ trợ và tiến độ từng hạng mục; Ban Giám sát đầu tư của cộng đồng xã phải giám sát đến khi nghiệm thu, báo cáo kết quả bằng văn bản về Ủy ban MTTQ huyện. Từ đầu tháng 11 đến nay, Ủy ban MTTQ huyện Hướng Hóa đã tiếp nhận hơn 4,2 tỷ đồng tiền mặt và hàng hóa ủng hộ đồng bào bị thiệt hại do bão lũ.
Lê Trường
Tin liên quan
- Quảng Trị: Phân bổ 25 tỷ đồng từ nguồn cứu trợ đợt 2 (20/11/2020)
- Đakrông giám sát việc hỗ trợ sửa chữa nhà ở sau lũ (17/11/2020)
- Hướng Hóa: Sạt lở nghiêm trọng ở xã Hướng Việt (12/11/2020)
""", "2020-11-27", "Hướng Hóa: Giám sát việc khắc phục trường lớp sau bão lũ",
E("giam_sat", None, "2020-11-25"),
[P("Nguyễn Đăng Quang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Hồ Văn Lai", "Chủ tịch Ủy ban MTTQ xã Hướng Phùng kiêm Trưởng Ban Giám sát đầu tư của cộng đồng xã"),
 P("Hồ Thị Thanh", "Hiệu trưởng Trường Mầm non Hướng Phùng"),
 P("Ra Pát Bình", "Phó Chủ tịch UBND xã")],
[Q("14 phòng học", 14, "phòng học"), Q("4 điểm trường", 4, "điểm trường"), Q("1,8 tỷ đồng", 1800000000, "đồng"),
 Q("650 triệu đồng", 650000000, "đồng"), Q("5 thành viên", 5, "thành viên"), Q("11/14 phòng học", 11, "phòng học"),
 Q("gần 90%", 90, "%", "approx"), Q("hơn 600 học sinh mầm non và tiểu học", 600, "học sinh mầm non và tiểu học", "over"),
 Q("3 phòng học", 3, "phòng học"), Q("120 hộ dân", 120, "hộ dân"), Q("450 ngày công", 450, "ngày công"),
 Q("hơn 4,2 tỷ đồng", 4200000000, "đồng", "over")],
[D("Quyết định", "2856", "QĐ-UBND", "2020-11-06", "UBND tỉnh", "Quyết định số 2856/QĐ-UBND ngày 6/11/2020"),
 D("Công văn", "215", "MTTQ-BTT", "2020-11-10", "Ban Thường trực Ủy ban MTTQ huyện", "Công văn số 215/MTTQ-BTT ngày 10/11/2020")],
[prov("Quảng Trị"), com("Hướng Phùng")],
["Báo Quảng Trị", "Chính trị - Xã hội › Mặt trận", "(QT)",
 "Thành viên Ban Giám sát đầu tư của cộng đồng xã Hướng Phùng kiểm tra mái phòng học vừa được lợp lại. Ảnh: Lê Trường",
 "Trường Mầm non Hướng Phùng", "thôn Cheng"],
["Thứ Sáu, 27/11/2020", "bão số 9", "tháng 10", "tháng 11", "hàng trăm bộ sách vở", "ngày 15/12"]))

PAGES.append(page("b8632-bacgiang-mttq-tongket-2020", """
BÁO BẮC GIANG
Trang chủ - Chính trị - Mặt trận, đoàn thể
Cập nhật lúc 16:40 ngày 23/12/2020
Toàn cảnh hội nghị. Ảnh: Nguyễn Hà
Lục Ngạn: Giám sát cộng đồng góp phần nâng chất lượng công trình nông thôn mới
BGĐT - Ngày 22/12, Ban Thường trực Ủy ban MTTQ huyện Lục Ngạn (Bắc Giang) tổ chức hội nghị tổng kết hoạt động giám sát đầu tư của cộng đồng và Ban Thanh tra nhân dân năm 2020. Đồng chí Vi Văn Thành, UVBTV Huyện ủy, Chủ tịch Ủy ban MTTQ huyện chủ trì hội nghị.
Năm 2020, Ban Giám sát đầu tư của cộng đồng ở 30 xã, thị trấn đã giám sát 218 công trình với tổng mức đầu tư hơn 420 tỷ đồng, trong đó có 96 công trình đường giao thông nông thôn, 41 công trình trường học, 27 nhà văn hóa thôn. Các ban đã phát hiện, kiến nghị xử lý 16 công trình có sai sót, giảm trừ giá trị quyết toán gần 1,1 tỷ đồng. Tỷ lệ kiến nghị được tiếp thu, giải quyết đạt 94%.
Ban Thường trực Ủy ban MTTQ huyện đã tham mưu Ban Thường vụ Huyện ủy ban hành Kết luận 06, 07-KL/HU về tăng cường sự lãnh đạo đối với công tác giám sát, phản biện xã hội và về nâng cao chất lượng giám sát đầu tư của cộng đồng; phối hợp với UBND huyện ban hành Quy chế phối hợp số 03/QCPH-UBND-MTTQ ngày 14/4/2020 về việc cung cấp hồ sơ công trình cho Ban Giám sát đầu tư của cộng đồng.
Nhiều xã làm tốt như xã Quý Sơn, Hồng Giang, Kiên Thành. Tại hội nghị, ông Chu Văn Lìu, Trưởng Ban Giám sát đầu tư của cộng đồng xã Quý Sơn chia sẻ cách chia nhỏ công trình cho từng thành viên theo dõi; riêng tuyến đường Quý Sơn - Bãi Đá dài 4,2 km, ban phát hiện lớp cấp phối đá dăm bị thiếu, đề nghị nhà thầu bổ sung hơn 300 m3 vật liệu. Bà Hoàng Thị Dung, Chủ tịch Ủy ban MTTQ xã Kiên Thành, người dân tộc Tày, kiến nghị huyện tổ chức tập huấn cho thành viên mới, vì sau đại hội Mặt trận nhiệm kỳ 2019 - 2024 có tới 40% thành viên ban được thay mới.
Phát biểu tại hội nghị, đồng chí Lăng Văn Tăng, Phó Chủ tịch - Trưởng ban Dân chủ Pháp luật Ủy ban MTTQ huyện, đề nghị các xã công khai số điện thoại của thành viên ban tại nhà văn hóa thôn để nhân dân phản ánh khi phát hiện sai phạm.
Kết luận hội nghị, đồng chí Vi Văn Thành đề nghị năm 2021 tập trung giám sát các công trình thuộc Chương trình mục tiêu quốc gia xây dựng nông thôn mới và công trình trường học chuẩn quốc gia; bảo đảm 100% công trình sử dụng vốn đóng góp của nhân dân có Ban Giám sát đầu tư của cộng đồng theo dõi.
Dịp này, Ủy ban MTTQ huyện tặng giấy khen cho 10 tập thể và 15 cá nhân có thành tích xuất sắc trong hoạt động giám sát đầu tư của cộng đồng giai đoạn 2016 - 2020.
Nguyễn Hà
Tin cùng chuyên mục
- Lục Nam: Đối thoại với nhân dân về bồi thường giải phóng mặt bằng (18/12/2020)
- Ủy ban MTTQ tỉnh giám sát việc hỗ trợ người dân gặp khó khăn do dịch Covid-19 (11/12/2020)
- Yên Thế: Trao 40 nhà Đại đoàn kết cho hộ nghèo (04/12/2020)
""", "2020-12-23", "Lục Ngạn: Giám sát cộng đồng góp phần nâng chất lượng công trình nông thôn mới",
E("tong_ket", "2020", "2020-12-22"),
[P("Vi Văn Thành", "UVBTV Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Chu Văn Lìu", "Trưởng Ban Giám sát đầu tư của cộng đồng xã Quý Sơn"),
 P("Hoàng Thị Dung", "Chủ tịch Ủy ban MTTQ xã Kiên Thành"),
 P("Lăng Văn Tăng", "Phó Chủ tịch - Trưởng ban Dân chủ Pháp luật Ủy ban MTTQ huyện")],
[Q("30 xã, thị trấn", 30, "xã, thị trấn"), Q("218 công trình", 218, "công trình"), Q("hơn 420 tỷ đồng", 420000000000, "đồng", "over"),
 Q("96 công trình đường giao thông nông thôn", 96, "công trình đường giao thông nông thôn"),
 Q("41 công trình trường học", 41, "công trình trường học"), Q("27 nhà văn hóa thôn", 27, "nhà văn hóa thôn"),
 Q("16 công trình", 16, "công trình"), Q("gần 1,1 tỷ đồng", 1100000000, "đồng", "approx"), Q("94%", 94, "%"),
 Q("4,2 km", 4.2, "km"), Q("hơn 300 m3", 300, "m3", "over"), Q("40%", 40, "%"), Q("100%", 100, "%"),
 Q("10 tập thể", 10, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Kết luận", "06", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 06, 07-KL/HU"),
 D("Kết luận", "07", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 06, 07-KL/HU"),
 D("Quy chế phối hợp", "03", "QCPH-UBND-MTTQ", "2020-04-14", None, "Quy chế phối hợp số 03/QCPH-UBND-MTTQ ngày 14/4/2020")],
[prov("Bắc Giang"), com("Quý Sơn"), com("Hồng Giang"), com("Kiên Thành")],
["BÁO BẮC GIANG", "Trang chủ - Chính trị - Mặt trận, đoàn thể", "Toàn cảnh hội nghị. Ảnh: Nguyễn Hà", "BGĐT",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"],
["Cập nhật lúc 16:40 ngày 23/12/2020", "năm 2020", "năm 2021", "nhiệm kỳ 2019 - 2024", "giai đoạn 2016 - 2020"]))
