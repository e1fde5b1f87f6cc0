from lib import *

PAGES = []

# b97 — provincial Fatherland Front portal, religious affairs, Đắk Lắk 2019
PAGES.append(page(
"b97-daklak-mttq-tongiao-gapmat-2019",
"""
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ | Giới thiệu | Tin hoạt động | Dân tộc - Tôn giáo | Giám sát, phản biện | Văn bản | Liên hệ
Trang chủ > Dân tộc - Tôn giáo > Tin hoạt động
Thứ Năm, 19/12/2019 | 08:15 GMT+7

Gặp mặt chức sắc, chức việc các tôn giáo tiêu biểu năm 2019

(MTTQ Đắk Lắk) - Ngày 18/12/2019, tại Hội trường 19/8, Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk tổ chức Hội nghị gặp mặt chức sắc, chức việc các tôn giáo tiêu biểu năm 2019. Tham dự có 185 đại biểu là chức sắc, chức việc, người có uy tín trong đồng bào các dân tộc thiểu số.

Về phía lãnh đạo tỉnh có đồng chí Y Khuê Êban, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Trương Thị Mỹ Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Lê Quang Tuấn, Trưởng Ban Tôn giáo tỉnh. Về phía các tôn giáo có Hòa thượng Thích Quảng Minh, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh; Linh mục Giuse Nguyễn Đình Khải, Quản nhiệm giáo xứ Châu Sơn; Mục sư Y Phôn Kbuôr, Trưởng ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh.

Báo cáo tại hội nghị cho biết, toàn tỉnh hiện có 6 tôn giáo được Nhà nước công nhận với hơn 620.000 tín đồ, chiếm gần 33% dân số. Thực hiện Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương Đảng (khóa IX) về công tác tôn giáo và Luật Tín ngưỡng, tôn giáo năm 2016, các tổ chức tôn giáo đã hướng dẫn tín đồ sống "tốt đời, đẹp đạo", tích cực tham gia Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".

Trong năm, các cơ sở tôn giáo đã vận động đóng góp trên 14,5 tỷ đồng làm công tác từ thiện xã hội, xây dựng 96 căn nhà tình thương, trao 2.350 suất quà cho hộ nghèo và hỗ trợ 41 km đường giao thông nông thôn. Có 32 cơ sở tôn giáo đăng ký xây dựng mô hình "Cơ sở thờ tự xanh - sạch - đẹp".

Phát biểu tại hội nghị, đồng chí Y Khuê Êban ghi nhận những đóng góp của chức sắc, chức việc và đề nghị tiếp tục thực hiện tốt Kế hoạch số 96/KH-MTTQ-BTT ngày 5/11/2019 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về phát huy vai trò các tổ chức tôn giáo tham gia bảo vệ môi trường, ứng phó với biến đổi khí hậu. Phó Bí thư Thường trực Tỉnh ủy cũng đề nghị các tôn giáo chủ động phát hiện, phản ánh kịp thời những vấn đề mới phát sinh ở cơ sở.

Đại diện các tôn giáo, Hòa thượng Thích Quảng Minh khẳng định Phật giáo tỉnh sẽ tiếp tục đồng hành cùng Mặt trận trong công tác an sinh xã hội. Mục sư Y Phôn Kbuôr chia sẻ, các chi hội Tin lành ở buôn Ea Nao, buôn Kô Tam đã tham gia giữ gìn an ninh trật tự, không để kẻ xấu lợi dụng.

Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 27 tập thể và 45 cá nhân tiêu biểu; mỗi đại biểu được tặng 1 suất quà trị giá 500.000 đồng.

Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Trương Thị Mỹ Lan trao Bằng khen cho các tập thể. Ảnh: H'Yâo

H'Yâo - Minh Thuận
Lượt xem: 1.204

Tin liên quan
- Đồng chí Chủ tịch Ủy ban MTTQ tỉnh thăm, chúc mừng Giáng sinh năm 2019 (23/12/2019)
- Hội nghị tổng kết công tác Mặt trận năm 2019 (26/12/2019)
- Trao 150 suất quà cho hộ nghèo buôn Ea Nao (12/12/2019)
""",
"2019-12-19",
"Gặp mặt chức sắc, chức việc các tôn giáo tiêu biểu năm 2019",
E("hoi_nghi", "2019", "2019-12-18"),
[P("Y Khuê Êban", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Trương Thị Mỹ Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Quang Tuấn", "Trưởng Ban Tôn giáo tỉnh"),
 P("Thích Quảng Minh", "Hòa thượng", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Giuse Nguyễn Đình Khải", "Linh mục", "Quản nhiệm giáo xứ Châu Sơn"),
 P("Y Phôn Kbuôr", "Mục sư", "Trưởng ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh")],
[Q("185 đại biểu", 185, "đại biểu"),
 Q("6 tôn giáo", 6, "tôn giáo"),
 Q("hơn 620.000 tín đồ", 620000, "tín đồ", "over"),
 Q("gần 33%", 33, "%", "approx"),
 Q("trên 14,5 tỷ đồng", 14500000000, "đồng", "over"),
 Q("96 căn nhà tình thương", 96, "căn nhà tình thương"),
 Q("2.350 suất quà", 2350, "suất quà"),
 Q("41 km", 41, "km"),
 Q("32 cơ sở tôn giáo", 32, "cơ sở tôn giáo"),
 Q("27 tập thể", 27, "tập thể"),
 Q("45 cá nhân", 45, "cá nhân"),
 Q("1 suất quà", 1, "suất quà"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW"),
 D("Kế hoạch", "96", "KH-MTTQ-BTT", "2019-11-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 96/KH-MTTQ-BTT")],
[prov("Đắk Lắk")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK", "Lượt xem", "Hội trường 19/8",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Cơ sở thờ tự xanh - sạch - đẹp",
 "buôn Ea Nao", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Trương Thị Mỹ Lan trao Bằng khen cho các tập thể"],
["khóa IX", "Luật Tín ngưỡng, tôn giáo năm 2016", "Hội trường 19/8"],
))

# b98 — Farmers' Union site, dialogue of the provincial chairman with farmers, Nghệ An 2017
PAGES.append(page(
"b98-nghean-hnd-doithoai-2017",
"""
HỘI NÔNG DÂN TỈNH NGHỆ AN - Trang thông tin điện tử
Trang chủ » Tin tức - Sự kiện » Hoạt động Hội
Cập nhật: 09:32 | 28/09/2017

Chủ tịch UBND tỉnh đối thoại với nông dân năm 2017

Sáng 27/9, tại Trung tâm Hội nghị tỉnh, Hội Nông dân tỉnh phối hợp với UBND tỉnh Nghệ An tổ chức Hội nghị Chủ tịch UBND tỉnh đối thoại với nông dân năm 2017 với chủ đề "Nông dân tham gia liên kết sản xuất, tiêu thụ nông sản".

Chủ trì hội nghị có đồng chí Đinh Xuân Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Nguyễn Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lê Văn Lực, Chủ tịch Hội Nông dân tỉnh. Cùng dự có lãnh đạo các sở, ngành: Nông nghiệp và Phát triển nông thôn, Tài nguyên và Môi trường, Công Thương và 320 hội viên nông dân tiêu biểu đến từ 21 huyện, thành, thị.

Thực hiện Quyết định số 81/2014/QĐ-TTg của Thủ tướng Chính phủ về việc đối thoại với nông dân, những năm qua Hội Nông dân tỉnh đã tổng hợp 146 ý kiến, kiến nghị của hội viên gửi tới các cấp, ngành. Năm 2017, Hội đã phối hợp hướng dẫn thành lập 58 tổ hợp tác, 12 hợp tác xã; Quỹ Hỗ trợ nông dân các cấp giải ngân 42,6 tỷ đồng cho 1.870 hộ vay vốn.

Tại hội nghị, 17 ý kiến của nông dân được nêu trực tiếp. Nông dân Phan Văn Tứ ở xã Nghi Văn (huyện Nghi Lộc) phản ánh giá lợn hơi có thời điểm xuống dưới 25.000 đồng/kg, nhiều hộ chăn nuôi thua lỗ. Bà Lô Thị Hoa, Chi hội trưởng Chi hội Nông dân bản Na Xai, xã Mường Xén, đề nghị tỉnh hỗ trợ giống cây dược liệu cho đồng bào vùng cao. Ông Trần Đình Cường, Giám đốc Hợp tác xã rau an toàn Quỳnh Lương, kiến nghị có chính sách hỗ trợ nhà lưới cho khoảng 15 ha rau.

Trả lời các ý kiến, đồng chí Chủ tịch UBND tỉnh cho biết, tỉnh đã ban hành Nghị quyết số 13/2017/NQ-HĐND về chính sách hỗ trợ phát triển nông nghiệp và đang chỉ đạo các ngành kết nối tiêu thụ khoảng 3.000 tấn thịt lợn hơi. Giám đốc Sở Nông nghiệp và Phát triển nông thôn Hoàng Nghĩa Hậu thông tin thêm, năm 2017 toàn tỉnh có 1.520 ha cây dược liệu, tăng 18% so với năm trước.

Kết luận hội nghị, đồng chí Đinh Xuân Hùng đề nghị Hội Nông dân tỉnh tiếp tục làm tốt vai trò cầu nối, nắm bắt tâm tư, nguyện vọng của hội viên; các sở, ngành trả lời bằng văn bản những kiến nghị chưa được giải đáp trong vòng 15 ngày.

Quang cảnh hội nghị đối thoại.

Quang Tuấn
Số lượt xem: 876

Các tin khác
- Hội Nông dân huyện Quỳ Hợp tập huấn kỹ thuật trồng cam (20/9/2017)
- Nghệ An: 5.000 hộ nông dân đạt danh hiệu sản xuất kinh doanh giỏi (15/9/2017)
- Giải ngân 2 tỷ đồng vốn Quỹ Hỗ trợ nông dân (08/9/2017)
""",
"2017-09-28",
"Chủ tịch UBND tỉnh đối thoại với nông dân năm 2017",
E("doi_thoai", "2017", "2017-09-27"),
[P("Đinh Xuân Hùng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Lực", "Chủ tịch Hội Nông dân tỉnh"),
 P("Phan Văn Tứ", "Nông dân"),
 P("Lô Thị Hoa", "Chi hội trưởng Chi hội Nông dân bản Na Xai"),
 P("Trần Đình Cường", "Giám đốc Hợp tác xã rau an toàn Quỳnh Lương"),
 P("Hoàng Nghĩa Hậu", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn")],
[Q("320 hội viên nông dân", 320, "hội viên nông dân"),
 Q("21 huyện, thành, thị", 21, "huyện, thành, thị"),
 Q("146 ý kiến, kiến nghị", 146, "ý kiến, kiến nghị"),
 Q("58 tổ hợp tác", 58, "tổ hợp tác"),
 Q("12 hợp tác xã", 12, "hợp tác xã"),
 Q("42,6 tỷ đồng", 42600000000, "đồng"),
 Q("1.870 hộ", 1870, "hộ"),
 Q("17 ý kiến", 17, "ý kiến"),
 Q("25.000 đồng/kg", 25000, "đồng"),
 Q("khoảng 15 ha", 15, "ha", "approx"),
 Q("khoảng 3.000 tấn", 3000, "tấn", "approx"),
 Q("1.520 ha", 1520, "ha"),
 Q("18%", 18, "%")],
[D("Quyết định", "81", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 81/2014/QĐ-TTg"),
 D("Nghị quyết", "13", "2017/NQ-HĐND", None, None, "Nghị quyết số 13/2017/NQ-HĐND")],
[prov("Nghệ An"), com("xã Nghi Văn"), com("xã Mường Xén")],
["HỘI NÔNG DÂN TỈNH NGHỆ AN - Trang thông tin điện tử", "Số lượt xem", "Trung tâm Hội nghị tỉnh",
 "Nông dân tham gia liên kết sản xuất, tiêu thụ nông sản", "Quỹ Hỗ trợ nông dân", "bản Na Xai",
 "Quang cảnh hội nghị đối thoại."],
["15 ngày"],
))

# b99 — provincial newspaper, land clearance dialogue, Quảng Ngãi 2021
PAGES.append(page(
"b99-quangngai-doithoai-gpmb-2021",
"""
BÁO QUẢNG NGÃI ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Bạn đọc | Media
Chính trị > Dân vận
Thứ Ba, 16/03/2021 - 17:05

Đối thoại với 64 hộ dân bị ảnh hưởng bởi dự án cao tốc Quảng Ngãi - Hoài Nhơn

(Baoquangngai.vn) - Chiều 15/3, tại Nhà văn hóa thôn An Hà, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Mộ Đức phối hợp với UBND xã Đức Hiệp tổ chức buổi đối thoại với các hộ dân có đất bị thu hồi để thực hiện dự án đường bộ cao tốc Bắc - Nam đoạn Quảng Ngãi - Hoài Nhơn.

Dự buổi đối thoại có ông Võ Văn Thắng, Phó Chủ tịch UBND huyện; bà Đặng Thị Kim Oanh, Chủ tịch Ủy ban MTTQ Việt Nam huyện; ông Nguyễn Tấn Phát, Giám đốc Trung tâm Phát triển quỹ đất huyện; ông Huỳnh Lê, Chủ tịch UBND xã Đức Hiệp cùng 64 hộ dân.

Theo báo cáo, đoạn tuyến qua địa bàn xã dài 6,8 km, thu hồi 38,5 ha đất của 212 hộ gia đình, cá nhân. Đến nay đã có 148 hộ nhận tiền bồi thường với tổng số tiền trên 52 tỷ đồng, đạt 69,8% kế hoạch. Còn 64 hộ chưa đồng thuận, chủ yếu vì cho rằng đơn giá đất ở theo Quyết định số 11/2020/QĐ-UBND chưa sát giá thị trường, và 9 hộ đề nghị được bố trí tái định cư tại chỗ.

Bà Trần Thị Nở ở thôn An Hà nói: "Gia đình tôi có 3 sào ruộng nằm trong dự án, giờ nhận tiền rồi không biết làm nghề gì". Ông Lê Văn Đào, Trưởng thôn An Hà, phản ánh đường đi tạm trong thời gian thi công bị sình lầy, khó khăn cho 120 học sinh đến trường.

Giải đáp các kiến nghị, Giám đốc Trung tâm Phát triển quỹ đất huyện cho biết, giá bồi thường được áp dụng theo Quyết định 1234/QĐ-UBND ngày 28/12/2020 của UBND tỉnh phê duyệt hệ số điều chỉnh giá đất; mỗi hộ phải di dời được hỗ trợ thêm 30 triệu đồng tiền thuê nhà. Khu tái định cư Đức Hiệp rộng 4,2 ha với 86 lô đất sẽ hoàn thành trong quý II.

Kết luận buổi đối thoại, Phó Chủ tịch UBND huyện Võ Văn Thắng đề nghị xã và Mặt trận tiếp tục tuyên truyền, vận động, đồng thời giao các phòng chuyên môn rà soát lại 17 trường hợp có đơn khiếu nại. Ngay sau buổi đối thoại, thêm 21 hộ đã ký biên bản đồng ý nhận tiền và bàn giao mặt bằng.

Bà Trần Thị Nở phát biểu tại buổi đối thoại. Ảnh: T.H

THANH HẢI
Lượt đọc: 2.318

Tin cùng chuyên mục
- Vận động 300 hộ bàn giao mặt bằng dự án Dung Quất (10/3/2021)
- Mộ Đức: 12 ha đất được bàn giao sớm (02/3/2021)
""",
"2021-03-16",
"Đối thoại với 64 hộ dân bị ảnh hưởng bởi dự án cao tốc Quảng Ngãi - Hoài Nhơn",
E("doi_thoai", None, "2021-03-15"),
[P("Võ Văn Thắng", "Phó Chủ tịch UBND huyện"),
 P("Đặng Thị Kim Oanh", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Tấn Phát", "Giám đốc Trung tâm Phát triển quỹ đất huyện"),
 P("Huỳnh Lê", "Chủ tịch UBND xã Đức Hiệp"),
 P("Trần Thị Nở"),
 P("Lê Văn Đào", "Trưởng thôn An Hà")],
[Q("64 hộ dân", 64, "hộ dân"),
 Q("6,8 km", 6.8, "km"),
 Q("38,5 ha", 38.5, "ha"),
 Q("212 hộ gia đình, cá nhân", 212, "hộ gia đình, cá nhân"),
 Q("148 hộ", 148, "hộ"),
 Q("trên 52 tỷ đồng", 52000000000, "đồng", "over"),
 Q("69,8%", 69.8, "%"),
 Q("9 hộ", 9, "hộ"),
 Q("3 sào", 3, "sào"),
 Q("120 học sinh", 120, "học sinh"),
 Q("30 triệu đồng", 30000000, "đồng"),
 Q("4,2 ha", 4.2, "ha"),
 Q("86 lô đất", 86, "lô đất"),
 Q("17 trường hợp", 17, "trường hợp"),
 Q("21 hộ", 21, "hộ")],
[D("Quyết định", "11", "2020/QĐ-UBND", None, None, "Quyết định số 11/2020/QĐ-UBND"),
 D("Quyết định", "1234", "QĐ-UBND", "2020-12-28", "UBND tỉnh", "Quyết định 1234/QĐ-UBND")],
[prov("Quảng Ngãi"), com("xã Đức Hiệp")],
["BÁO QUẢNG NGÃI ĐIỆN TỬ", "Lượt đọc", "Nhà văn hóa thôn An Hà", "Quảng Ngãi - Hoài Nhơn",
 "Trung tâm Phát triển quỹ đất", "Khu tái định cư Đức Hiệp", "Bà Trần Thị Nở phát biểu tại buổi đối thoại."],
["quý II"],
))

# b100 — Youth Union fan page copied as text, flood relief, Thừa Thiên Huế 2020
PAGES.append(page(
"b100-hue-tinhdoan-traoqua-lu-2020",
"""
Tuổi trẻ Thừa Thiên Huế
Trang chủ · Bài viết · Ảnh · Video · Giới thiệu
4.812 người thích trang này · 5.230 người theo dõi
Đã đăng 23/10/2020 lúc 21:14 · 🌏

[TRAO 1.500 SUẤT QUÀ ĐẾN BÀ CON VÙNG LŨ QUẢNG ĐIỀN, PHONG ĐIỀN]

💙 Trong 2 ngày 22 và 23/10/2020, Tỉnh đoàn Thừa Thiên Huế phối hợp với Hội Liên hiệp Thanh niên Việt Nam tỉnh và nhà tài trợ tổ chức chương trình "Tuổi trẻ chung tay cùng đồng bào vùng lũ" tại xã Quảng Thái, xã Quảng Lợi và xã Điền Hương.

👉 Tham gia đoàn có anh Hoàng Văn Khoa, Bí thư Tỉnh đoàn, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh; chị Nguyễn Thị Bích Ngọc, Phó Bí thư Tỉnh đoàn; anh Trần Đức Nhật, Chánh Văn phòng Tỉnh đoàn cùng 85 đoàn viên, tình nguyện viên.

👉 Sau đợt mưa lũ lịch sử từ ngày 6 đến 20/10, trên địa bàn tỉnh có 9 người chết, hơn 126.000 ngôi nhà bị ngập, nhiều tuyến đường bị sạt lở. Thực hiện Công điện của Thủ tướng Chính phủ và Kế hoạch số 112/KH-TĐTN-PT ngày 15/10/2020 của Ban Thường vụ Tỉnh đoàn về huy động tuổi trẻ tham gia khắc phục hậu quả thiên tai, các cơ sở Đoàn đã ra quân dọn bùn, vệ sinh 47 trường học, trạm y tế.

👉 Tại các điểm trao quà, đoàn đã trao 1.500 suất quà, mỗi suất gồm 10 kg gạo, mì tôm, nước uống và 300.000 đồng tiền mặt. Tổng giá trị chương trình khoảng 1,2 tỷ đồng, trong đó có 4 tấn gạo do Công ty CP Lương thực Sông Hương tài trợ. Riêng 36 hộ có nhà bị sập, tốc mái được hỗ trợ mỗi hộ 5 triệu đồng.

👉 Chị Lê Thị Mận (xã Quảng Thái) xúc động: "Nước lên tới mái, cả nhà phải lên nhà văn hóa tránh lũ. Có gạo, có tiền là mừng lắm rồi".

🙏 Anh Hoàng Văn Khoa chia sẻ: "Tuổi trẻ Huế sẽ còn ở lại với bà con cho đến khi cuộc sống trở lại bình thường". Trong tuần tới, Tỉnh đoàn tiếp tục vận động thêm 500 thùng sách vở cho học sinh vùng lũ.

#TuoitreThuaThienHue #ThuongVeMienTrung #ChungTayVuotLu

📷 Ảnh: Ban Tuyên giáo Tỉnh đoàn

👍❤️ 1,2K · 86 bình luận · 214 lượt chia sẻ
Thích · Bình luận · Chia sẻ

Bài viết liên quan
- [CẬP NHẬT] 200 tình nguyện viên dọn bùn sau lũ tại Hương Trà (21/10/2020)
- Trao 300 suất quà cho ngư dân Phú Vang (18/10/2020)
""",
"2020-10-23",
"TRAO 1.500 SUẤT QUÀ ĐẾN BÀ CON VÙNG LŨ QUẢNG ĐIỀN, PHONG ĐIỀN",
E("trao_qua", None, "2020-10-22"),
[P("Hoàng Văn Khoa", "Bí thư Tỉnh đoàn", "Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh"),
 P("Nguyễn Thị Bích Ngọc", "Phó Bí thư Tỉnh đoàn"),
 P("Trần Đức Nhật", "Chánh Văn phòng Tỉnh đoàn"),
 P("Lê Thị Mận")],
[Q("85 đoàn viên, tình nguyện viên", 85, "đoàn viên, tình nguyện viên"),
 Q("9 người", 9, "người"),
 Q("hơn 126.000 ngôi nhà", 126000, "ngôi nhà", "over"),
 Q("47 trường học, trạm y tế", 47, "trường học, trạm y tế"),
 Q("1.500 suất quà", 1500, "suất quà"),
 Q("10 kg", 10, "kg"),
 Q("300.000 đồng", 300000, "đồng"),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("4 tấn", 4, "tấn"),
 Q("36 hộ", 36, "hộ"),
 Q("5 triệu đồng", 5000000, "đồng"),
 Q("500 thùng sách vở", 500, "thùng sách vở")],
[D("Kế hoạch", "112", "KH-TĐTN-PT", "2020-10-15", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 112/KH-TĐTN-PT")],
[prov("Thừa Thiên Huế"), com("xã Quảng Thái"), com("xã Quảng Lợi"), com("xã Điền Hương")],
["Tuổi trẻ Thừa Thiên Huế", "người thích trang này", "Tuổi trẻ chung tay cùng đồng bào vùng lũ",
 "#TuoitreThuaThienHue", "Thích · Bình luận · Chia sẻ", "Công ty CP Lương thực Sông Hương"],
["2 ngày", "1,2K", "86 bình luận", "214 lượt chia sẻ", "4.812 người thích"],
))
