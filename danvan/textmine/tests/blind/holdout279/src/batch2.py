from lib import *
PAGES = []

PAGES.append(page("b6659-bacgiang-doithoai-thanhnien-nhapngu-2017", """
Tỉnh đoàn Bắc Giang - Đoàn TNCS Hồ Chí Minh
Trang chủ » Hoạt động Đoàn » Tin cơ sở
10/02/2017 - 09:30
Lượt xem: 1.204
Đối thoại với thanh niên chuẩn bị lên đường nhập ngũ
Chiều 9/2, Ban Thường vụ Tỉnh đoàn phối hợp với Bộ Chỉ huy Quân sự tỉnh Bắc Giang tổ chức chương trình đối thoại với thanh niên trúng tuyển nghĩa vụ quân sự năm 2017. Tham dự có gần 400 thanh niên của huyện Lạng Giang, Lục Nam và thành phố Bắc Giang.
Tham gia đối thoại có các đồng chí: Thân Văn Tuấn, Bí thư Tỉnh đoàn; Ngô Thị Thu Hằng, Phó Bí thư Tỉnh đoàn; Thượng tá Vũ Đình Hải, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh; bà Nguyễn Thị Hương, Phó Giám đốc Sở Lao động - Thương binh và Xã hội.
Nhiều câu hỏi thẳng thắn được đặt ra. Tân binh Giáp Văn Long (xã Tân Dĩnh) hỏi: sau 2 năm tại ngũ, nếu muốn học nghề thì được hỗ trợ thế nào? Bà Nguyễn Thị Hương giải thích, theo Nghị định số 27/2016/NĐ-CP của Chính phủ, quân nhân hoàn thành nghĩa vụ được hỗ trợ học nghề bằng thẻ với giá trị bằng 12 tháng lương cơ sở, được cộng điểm khi thi tuyển công chức. Năm 2016, Sở đã giới thiệu việc làm cho 312 quân nhân xuất ngũ, trong đó 86 người được các doanh nghiệp ở khu công nghiệp Đình Trám, Song Khê - Nội Hoàng tuyển dụng.
Một thanh niên ở thị trấn Đồi Ngô lo lắng chuyện gia đình khó khăn khi con trai đi vắng. Thượng tá Vũ Đình Hải cho biết gia đình quân nhân tại ngũ được hưởng trợ cấp khó khăn đột xuất 500.000 đồng mỗi lần; quân nhân được nghỉ phép, được bảo đảm thẻ bảo hiểm y tế cho bố mẹ. Năm nay toàn tỉnh giao 1.580 công dân nhập ngũ, trong đó 36 đảng viên, 254 thanh niên tốt nghiệp cao đẳng, đại học.
Anh Nguyễn Văn Hiếu, Bí thư Đoàn xã Tiên Hưng, đề nghị các đơn vị duy trì liên lạc với địa phương để Đoàn cơ sở nắm được tình hình rèn luyện của đoàn viên nhập ngũ. Đồng chí Thân Văn Tuấn cho biết Tỉnh đoàn đang triển khai Kế hoạch số 48-KH/TĐTN ngày 6/1/2017 về "Tuổi trẻ Bắc Giang với nghĩa vụ quân sự", sẽ tặng sổ tay kỷ niệm cho 1.580 tân binh và duy trì chuyên mục "Thư gửi người lính trẻ" trên trang tin của Tỉnh đoàn.
Kết thúc buổi đối thoại, Tỉnh đoàn trao 20 suất học bổng "Tiếp sức tân binh" cho thanh niên nhập ngũ có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng, do Công ty TNHH May Sông Thương tài trợ.
Lễ giao nhận quân của tỉnh sẽ diễn ra đồng loạt vào sáng 17/2 tại 10 huyện, thành phố.
Minh Thu
Tin khác
- Lục Ngạn: Tuổi trẻ ra quân Tháng Thanh niên (08/02/2017)
- Hội trại tòng quân tại huyện Yên Thế (06/02/2017)
- Hiệp Hòa: 250 đoàn viên hiến máu tình nguyện (20/01/2017)
- Tân Yên: trao 50 suất quà cho đoàn viên khó khăn dịp Tết (18/01/2017)
""", "2017-02-10", "Đối thoại với thanh niên chuẩn bị lên đường nhập ngũ",
E("doi_thoai", "2017", "2017-02-09"),
[P("Thân Văn Tuấn", "Bí thư Tỉnh đoàn"),
 P("Ngô Thị Thu Hằng", "Phó Bí thư Tỉnh đoàn"),
 P("Vũ Đình Hải", "Thượng tá", "Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
 P("Nguyễn Thị Hương", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Giáp Văn Long", "Tân binh"),
 P("Nguyễn Văn Hiếu", "Bí thư Đoàn xã Tiên Hưng")],
[Q("gần 400 thanh niên", 400, "thanh niên", "approx"), Q("312 quân nhân xuất ngũ", 312, "quân nhân xuất ngũ"),
 Q("86 người", 86, "người"), Q("500.000 đồng", 500000, "đồng"), Q("1.580 công dân", 1580, "công dân"),
 Q("36 đảng viên", 36, "đảng viên"), Q("254 thanh niên", 254, "thanh niên"), Q("1.580 tân binh", 1580, "tân binh"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("10 huyện, thành phố", 10, "huyện, thành phố")],
[D("Nghị định", "27", "2016/NĐ-CP", None, "Chính phủ", "Nghị định số 27/2016/NĐ-CP"),
 D("Kế hoạch", "48", "KH/TĐTN", "2017-01-06", None, "Kế hoạch số 48-KH/TĐTN ngày 6/1/2017")],
[prov("Bắc Giang"), com("Tân Dĩnh"), com("Đồi Ngô"), com("Tiên Hưng")],
["Tỉnh đoàn Bắc Giang - Đoàn TNCS Hồ Chí Minh", "Trang chủ » Hoạt động Đoàn » Tin cơ sở", "Lượt xem: 1.204",
 "Tuổi trẻ Bắc Giang với nghĩa vụ quân sự", "Thư gửi người lính trẻ", "Tiếp sức tân binh", "Công ty TNHH May Sông Thương",
 "Đình Trám", "Song Khê - Nội Hoàng"],
["10/02/2017 - 09:30", "Lượt xem: 1.204", "2 năm", "12 tháng lương cơ sở", "năm 2017", "Năm 2016"]))

PAGES.append(page("b6660-longan-giaonhanquan-2018", """
Báo Long An Online
Thời sự | Quốc phòng - An ninh | Địa phương
Thứ Bảy, 03/03/2018, 11:05
Bí thư Tỉnh ủy tặng hoa, động viên tân binh huyện Đức Hòa.
Long An: 1.600 thanh niên lên đường nhập ngũ
(LA) - Sáng 2/3, các huyện, thị xã, thành phố trong tỉnh Long An đồng loạt tổ chức lễ giao nhận quân năm 2018. Toàn tỉnh có 1.600 thanh niên lên đường làm nghĩa vụ quân sự và tham gia nghĩa vụ công an nhân dân.
Tại huyện Đức Hòa, dự lễ có đồng chí Phạm Văn Cảnh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đại tá Nguyễn Thành Nhơn, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh. Huyện Đức Hòa giao 190 tân binh, là địa phương có số lượng đông nhất tỉnh. Các xã Đức Lập Hạ, Hòa Khánh Tây, Mỹ Hạnh Nam giao quân đạt và vượt chỉ tiêu.
Phát biểu tại buổi lễ, đồng chí Phạm Văn Cảnh căn dặn các tân binh chấp hành nghiêm kỷ luật, tích cực học tập, rèn luyện; khi hoàn thành nghĩa vụ trở về tiếp tục phát huy bản chất "Bộ đội Cụ Hồ" trong xây dựng quê hương. Đồng chí tặng 190 phần quà cho tân binh, mỗi phần 1 triệu đồng.
Năm nay chất lượng tuyển quân của tỉnh tiếp tục được nâng lên: có 32 tân binh là đảng viên, 165 thanh niên có trình độ cao đẳng, đại học, 9 thanh niên tình nguyện nhập ngũ là con em gia đình chính sách. Theo Bộ Chỉ huy Quân sự tỉnh, công tác tuyển quân được triển khai theo Chỉ thị số 16-CT/TU ngày 12/10/2017 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 3415/KH-UBND ngày 20/10/2017 của UBND tỉnh; toàn tỉnh khám sức khỏe cho khoảng 5.200 công dân.
Tại thành phố Tân An, lễ giao nhận quân diễn ra ở Quảng trường Long An với 120 tân binh. Ông Trương Văn Nọ, phụ huynh tân binh, ở phường 6, xúc động nói: "Tôi từng là bộ đội, nay con trai tiếp bước, gia đình rất tự hào". Cùng lên đường có anh em song sinh là con ông Lê Văn Tư ở xã Hướng Thọ Phú, một người vào công an, một người vào quân đội.
Huyện Cần Giuộc giao 145 tân binh, huyện Tân Trụ giao 70 tân binh. Ông Đỗ Hữu Lâm, Bí thư Huyện ủy Cần Giuộc, cho biết huyện đã vận động doanh nghiệp ủng hộ hơn 200 triệu đồng để tặng quà tân binh và gia đình có hoàn cảnh khó khăn. Ủy ban MTTQ tỉnh cũng trao 300 phần quà Tết cho gia đình quân nhân đang tại ngũ trước đó.
Các đơn vị nhận quân gồm Sư đoàn 5, Lữ đoàn 25, Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Công an tỉnh đã tiếp nhận tân binh an toàn, đúng thời gian quy định.
Ngọc Mận - Khánh Duy
Tin liên quan
- Long An: 100% tân binh được khám sức khỏe lại (01/03/2018)
- Thạnh Hóa gặp mặt thanh niên lên đường nhập ngũ (27/02/2018)
- Cần Đước tổ chức Hội trại tòng quân năm 2018 (24/02/2018)
""", "2018-03-03", "Long An: 1.600 thanh niên lên đường nhập ngũ",
E("khac", None, "2018-03-02"),
[P("Phạm Văn Cảnh", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Thành Nhơn", "đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Trương Văn Nọ", "phụ huynh tân binh"),
 P("Lê Văn Tư"),
 P("Đỗ Hữu Lâm", "Bí thư Huyện ủy Cần Giuộc")],
[Q("1.600 thanh niên", 1600, "thanh niên"), Q("190 tân binh", 190, "tân binh"), Q("190 phần quà", 190, "phần quà"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("32 tân binh", 32, "tân binh"), Q("165 thanh niên", 165, "thanh niên"),
 Q("9 thanh niên", 9, "thanh niên"), Q("khoảng 5.200 công dân", 5200, "công dân", "approx"), Q("120 tân binh", 120, "tân binh"),
 Q("145 tân binh", 145, "tân binh"), Q("70 tân binh", 70, "tân binh"), Q("hơn 200 triệu đồng", 200000000, "đồng", "over"),
 Q("300 phần quà", 300, "phần quà")],
[D("Chỉ thị", "16", "CT/TU", "2017-10-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU ngày 12/10/2017"),
 D("Kế hoạch", "3415", "KH-UBND", "2017-10-20", "UBND tỉnh", "Kế hoạch số 3415/KH-UBND ngày 20/10/2017")],
[prov("Long An"), com("Đức Lập Hạ"), com("Hòa Khánh Tây"), com("Mỹ Hạnh Nam"), com("phường 6"), com("Hướng Thọ Phú")],
["Báo Long An Online", "Thời sự | Quốc phòng - An ninh | Địa phương", "Bí thư Tỉnh ủy tặng hoa, động viên tân binh huyện Đức Hòa.",
 "(LA)", "Bộ đội Cụ Hồ", "Quảng trường Long An", "Sư đoàn 5", "Lữ đoàn 25"],
["Thứ Bảy, 03/03/2018, 11:05", "năm 2018", "Sư đoàn 5", "Lữ đoàn 25", "phường 6", "một người"]))

PAGES.append(page("b6661-gialai-tangqua-giadinh-tanbinh-2019", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị › Quốc phòng - An ninh
Cập nhật lúc 16:45 ngày 13/02/2019
Chư Prông: Trao quà cho gia đình tân binh người Jrai có hoàn cảnh khó khăn
(GLO)- Ngày 12/2, Ban Dân vận Huyện ủy phối hợp với Ban Chỉ huy Quân sự huyện Chư Prông (tỉnh Gia Lai) tổ chức thăm, tặng quà gia đình thanh niên trúng tuyển nghĩa vụ quân sự năm 2019 tại các xã Ia Drang, Ia Boòng và Ia Phìn.
Đoàn do ông Rơ Mah Tuấn, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy Chư Prông và trung tá Nguyễn Văn Tiến, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện, dẫn đầu. Đoàn đã trao 45 suất quà, mỗi suất gồm 1 bao gạo 25 kg và 500 nghìn đồng tiền mặt, tổng trị giá gần 40 triệu đồng.
Tại làng Bi, xã Ia Drang, đoàn đến thăm gia đình bà Ksor H'Nhân, có con trai là Rơ Châm Thiên chuẩn bị lên đường. Chồng mất sớm, một mình bà nuôi 4 người con bằng 5 sào cà phê. Bà Ksor H'Nhân nói: "Con đi bộ đội, mẹ buồn nhưng vui vì con được học, được rèn luyện".
Ông Siu Dơn, già làng làng Bi, cho biết cả làng có 6 thanh niên trúng tuyển năm nay. Trước đây có gia đình chưa muốn cho con đi, sau khi được già làng, cán bộ xã giải thích, cả 6 gia đình đều đồng ý. Ông Rơ Mah Tuấn đề nghị già làng, người có uy tín tiếp tục theo dõi, giúp đỡ các gia đình tân binh trong thời gian con em tại ngũ.
Theo ông Nguyễn Văn Tiến, năm 2019 Chư Prông giao 195 tân binh, trong đó 104 thanh niên là người dân tộc thiểu số, chiếm 53,3%. Huyện đã thực hiện tốt Kế hoạch số 112-KH/HU ngày 5/10/2018 của Ban Thường vụ Huyện ủy về lãnh đạo công tác tuyển quân và Hướng dẫn số 07-HD/BDVHU của Ban Dân vận Huyện ủy về vận động quần chúng trong tuyển quân. Nhờ đó, năm nay không có thanh niên trốn khám tuyển.
Tại xã Ia Boòng, bà Puih H'Blin, Chủ tịch Hội Liên hiệp Phụ nữ xã, đã vận động hội viên góp 3 tấn gạo tặng gia đình tân binh nghèo. Ông Lê Đức Hậu, Bí thư Đảng ủy xã Ia Phìn, cho biết xã giao 12 thanh niên, trong đó có 2 đảng viên.
Dịp này, Ban Dân vận Huyện ủy cũng trao tặng 10 chiếc xe đạp cho con em các gia đình tân binh nghèo đang đi học. Lễ giao nhận quân của huyện dự kiến diễn ra ngày 19/2 tại thị trấn Chư Prông.
Những năm gần đây, nhiều thanh niên người Jrai ở Chư Prông sau khi hoàn thành nghĩa vụ quân sự trở về đã trở thành cán bộ thôn, làng, dân quân nòng cốt, góp phần giữ gìn an ninh trật tự vùng biên giới. Đây là sức lan tỏa quan trọng giúp các gia đình yên tâm cho con em lên đường.
Hồng Thi
Tin liên quan
- Đức Cơ: Gặp mặt thanh niên lên đường nhập ngũ (11/02/2019)
- Ia Grai tặng quà tân binh năm 2019 (10/02/2019)
- Pleiku: 170 công dân trúng tuyển nghĩa vụ quân sự (29/01/2019)
""", "2019-02-13", "Chư Prông: Trao quà cho gia đình tân binh người Jrai có hoàn cảnh khó khăn",
E("trao_qua", None, "2019-02-12"),
[P("Rơ Mah Tuấn", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy Chư Prông"),
 P("Nguyễn Văn Tiến", "trung tá", "Chỉ huy trưởng Ban Chỉ huy Quân sự huyện"),
 P("Ksor H'Nhân"),
 P("Rơ Châm Thiên"),
 P("Siu Dơn", "già làng làng Bi"),
 P("Puih H'Blin", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Lê Đức Hậu", "Bí thư Đảng ủy xã Ia Phìn")],
[Q("45 suất quà", 45, "suất quà"), Q("25 kg", 25, "kg"), Q("500 nghìn đồng", 500000, "đồng"),
 Q("gần 40 triệu đồng", 40000000, "đồng", "approx"), Q("4 người con", 4, "người con"), Q("5 sào cà phê", 5, "sào cà phê"),
 Q("6 thanh niên", 6, "thanh niên"), Q("6 gia đình", 6, "gia đình"), Q("195 tân binh", 195, "tân binh"),
 Q("104 thanh niên", 104, "thanh niên"), Q("53,3%", 53.3, "%"), Q("3 tấn gạo", 3, "tấn gạo"), Q("12 thanh niên", 12, "thanh niên"),
 Q("2 đảng viên", 2, "đảng viên"), Q("10 chiếc xe đạp", 10, "chiếc xe đạp")],
[D("Kế hoạch", "112", "KH/HU", "2018-10-05", "Ban Thường vụ Huyện ủy", "Kế hoạch số 112-KH/HU ngày 5/10/2018"),
 D("Hướng dẫn", "07", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn số 07-HD/BDVHU")],
[prov("Gia Lai"), com("Ia Drang"), com("Ia Boòng"), com("Ia Phìn"), com("Chư Prông")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị › Quốc phòng - An ninh", "(GLO)", "làng Bi"],
["Cập nhật lúc 16:45 ngày 13/02/2019", "năm 2019", "1 bao gạo", "ngày 19/2"]))

PAGES.append(page("b6662-haiphong-taphuan-tuyenquan-2020", """
Cổng thông tin điện tử quận Hải An - thành phố Hải Phòng
Tin tức - Sự kiện / Quốc phòng - Quân sự địa phương
2020-12-16 15:20
Tập huấn nghiệp vụ tuyển quân năm 2021 cho cán bộ phường
Ngày 15/12/2020, Hội đồng Nghĩa vụ quân sự quận Hải An, thành phố Hải Phòng tổ chức lớp tập huấn nghiệp vụ công tác tuyển chọn và gọi công dân nhập ngũ năm 2021. Tham gia lớp tập huấn có 96 học viên là thành viên Hội đồng Nghĩa vụ quân sự, chỉ huy trưởng quân sự, cán bộ y tế và công an của 8 phường.
Phát biểu khai mạc, ông Vũ Mạnh Cường, Quận ủy viên, Phó Chủ tịch UBND quận - Chủ tịch Hội đồng Nghĩa vụ quân sự quận, nhấn mạnh năm 2021 việc tuyển quân diễn ra trong bối cảnh dịch Covid-19 còn diễn biến phức tạp, đòi hỏi các phường vừa bảo đảm chỉ tiêu, vừa tuân thủ quy định phòng, chống dịch.
Trong 2 ngày, các học viên được quán triệt các nội dung: Thông tư số 148/2018/TT-BQP của Bộ Quốc phòng quy định tuyển chọn và gọi công dân nhập ngũ; Thông tư liên tịch số 16/2016/TTLT-BYT-BQP hướng dẫn khám sức khỏe thực hiện nghĩa vụ quân sự; Thông tư liên tịch số 50/2016/TTLT-BQP-BCA quy định tiêu chuẩn chính trị tuyển chọn công dân vào phục vụ trong Quân đội nhân dân; quy trình xét duyệt, phúc tra và lập hồ sơ nhập ngũ.
Thiếu tá Phạm Văn Đông, Chỉ huy trưởng Ban Chỉ huy Quân sự quận, thông tin, năm 2020 quận giao 182 công dân nhập ngũ, đạt 100% chỉ tiêu; có 41 tân binh trình độ đại học, 6 đảng viên. Năm 2021 quận được thành phố giao 190 chỉ tiêu theo Quyết định số 3568/QĐ-UBND ngày 20/11/2020 của UBND thành phố Hải Phòng.
Học viên được hướng dẫn cách lập danh sách công dân nam đủ 17 tuổi, thực hành xử lý tình huống khi công dân có giấy gọi nhập ngũ nhưng không có mặt. Bà Đặng Thị Thu, Chủ tịch UBND phường Đằng Lâm, chia sẻ phường có 2.150 công dân trong độ tuổi gọi nhập ngũ nhưng nhiều người là lao động ở các khu công nghiệp, khó tập trung khám tuyển. Ông Lương Quốc Việt, Trưởng Công an phường Tràng Cát, đề nghị có cơ chế phối hợp sớm trong thẩm tra lý lịch.
Các học viên cũng được giới thiệu phần mềm quản lý công dân trong độ tuổi sẵn sàng nhập ngũ mà quận đang thí điểm.
Cuối lớp tập huấn, 96/96 học viên làm bài kiểm tra, trong đó 78 học viên đạt loại khá, giỏi.
Thu Huyền (Trung tâm Văn hóa - Thông tin - Thể thao quận)
Các tin đã đưa
- Hải An ra quân tổng vệ sinh môi trường (12/12/2020)
- Phường Nam Hải tổng kết công tác dân quân tự vệ (09/12/2020)
- Quận Hải An đón nhận Huân chương Lao động hạng Nhì (04/12/2020)
- Hội nghị tổng kết Phong trào "Toàn dân bảo vệ an ninh Tổ quốc" (01/12/2020)
""", "2020-12-16", "Tập huấn nghiệp vụ tuyển quân năm 2021 cho cán bộ phường",
E("tap_huan", "2021", "2020-12-15"),
[P("Vũ Mạnh Cường", "Quận ủy viên", "Phó Chủ tịch UBND quận - Chủ tịch Hội đồng Nghĩa vụ quân sự quận"),
 P("Phạm Văn Đông", "Thiếu tá", "Chỉ huy trưởng Ban Chỉ huy Quân sự quận"),
 P("Đặng Thị Thu", "Chủ tịch UBND phường Đằng Lâm"),
 P("Lương Quốc Việt", "Trưởng Công an phường Tràng Cát")],
[Q("96 học viên", 96, "học viên"), Q("8 phường", 8, "phường"), Q("182 công dân", 182, "công dân"), Q("100%", 100, "%"),
 Q("41 tân binh", 41, "tân binh"), Q("6 đảng viên", 6, "đảng viên"), Q("190 chỉ tiêu", 190, "chỉ tiêu"),
 Q("2.150 công dân", 2150, "công dân"), Q("78 học viên", 78, "học viên")],
[D("Thông tư", "148", "2018/TT-BQP", None, "Bộ Quốc phòng", "Thông tư số 148/2018/TT-BQP"),
 D("Thông tư liên tịch", "16", "2016/TTLT-BYT-BQP", None, None, "Thông tư liên tịch số 16/2016/TTLT-BYT-BQP"),
 D("Thông tư liên tịch", "50", "2016/TTLT-BQP-BCA", None, None, "Thông tư liên tịch số 50/2016/TTLT-BQP-BCA"),
 D("Quyết định", "3568", "QĐ-UBND", "2020-11-20", "UBND thành phố Hải Phòng", "Quyết định số 3568/QĐ-UBND ngày 20/11/2020")],
[prov("Hải Phòng"), com("Đằng Lâm"), com("Tràng Cát")],
["Cổng thông tin điện tử quận Hải An - thành phố Hải Phòng", "Tin tức - Sự kiện / Quốc phòng - Quân sự địa phương", "Covid-19",
 "Trung tâm Văn hóa - Thông tin - Thể thao quận"],
["2020-12-16 15:20", "năm 2021", "2 ngày", "17 tuổi", "Covid-19"]))

PAGES.append(page("b6663-soctrang-tongket-tuyenquan-2021", """
SÓC TRĂNG ONLINE - Báo Sóc Trăng điện tử
Quốc phòng - An ninh | Chính trị
23.04.2021 | 10:12
Hôm nay: Thứ Hai, 26/04/2021
Ảnh: Quang cảnh hội nghị tổng kết.
Năm 2021, Sóc Trăng giao 1.700 thanh niên nhập ngũ, đạt 100% chỉ tiêu
(STO) - Ngày 22/4, Hội đồng Nghĩa vụ quân sự tỉnh Sóc Trăng tổ chức hội nghị tổng kết công tác tuyển chọn và gọi công dân nhập ngũ năm 2021. Ông Lâm Hoàng Nghiệp, Phó Chủ tịch UBND tỉnh - Chủ tịch Hội đồng Nghĩa vụ quân sự tỉnh chủ trì hội nghị.
Theo báo cáo, thực hiện Chỉ thị số 15-CT/TU ngày 2/10/2020 của Ban Thường vụ Tỉnh ủy và Quyết định số 2870/QĐ-UBND ngày 15/10/2020 của UBND tỉnh, toàn tỉnh khám sức khỏe cho 6.450 công dân; ngày 27/2/2021 đã giao 1.700 thanh niên cho các đơn vị, đạt 100% chỉ tiêu. Trong đó có 612 tân binh là người Khmer, chiếm 36%; 28 đảng viên; 205 thanh niên có trình độ trung cấp trở lên. Lễ giao nhận quân được tổ chức gọn, chỉ trong 1 giờ, bảo đảm quy định phòng, chống dịch Covid-19.
Công tác vận động được đẩy mạnh thông qua các chùa Phật giáo Nam tông Khmer. Hòa thượng Lý Hùng, Phó Chủ tịch Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, cho biết các vị sư cả đã tuyên truyền bằng song ngữ Việt - Khmer tại 92 chùa. Ông Thạch Sa Rết, người có uy tín ấp Tắc Gồng, xã Gia Hòa 1, kể có thanh niên đang tu ở chùa đã xin hoàn tục để tham gia khám tuyển.
Đại tá Sơn Minh Thắng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, đánh giá năm 2021 chất lượng tân binh tốt nhất nhiều năm, không có tân binh bị trả về. Tuy vậy, một số xã còn khó khăn trong nắm nguồn do khoảng 10.000 lao động đi làm ăn ở Bình Dương, TP Hồ Chí Minh; 14 trường hợp chống lệnh khám tuyển đã bị xử phạt, mức phạt 12 triệu đồng mỗi trường hợp.
Bà Kim Thị Sa Phên, Chủ tịch Hội Liên hiệp Phụ nữ huyện Trần Đề, chia sẻ mô hình "Mẹ hiền tiếp sức tân binh": hội viên góp gạo, góp tiền thăm hỏi 80 hộ nghèo có con nhập ngũ. Ủy ban MTTQ các cấp tặng 1.700 phần quà cho tân binh, tổng trị giá hơn 1,1 tỷ đồng.
Kết luận hội nghị, ông Lâm Hoàng Nghiệp yêu cầu các địa phương rút kinh nghiệm, chuẩn bị sớm cho năm 2022, nhất là quản lý nguồn công dân đi làm ăn xa; làm tốt chính sách hậu phương quân đội. Dịp này, UBND tỉnh tặng Bằng khen cho 9 tập thể và 15 cá nhân.
Trung Hiếu
Tin liên quan
- Mỹ Xuyên: Gặp mặt tân binh trước ngày nhập ngũ (24/02/2021)
- Tặng quà cho gia đình tân binh người Khmer (20/02/2021)
- Sóc Trăng: Khám tuyển nghĩa vụ quân sự an toàn mùa dịch (10/12/2020)
- Vĩnh Châu: Hội trại tòng quân cho thanh niên người Khmer (15/02/2021)
- Long Phú hỗ trợ xây nhà cho gia đình quân nhân tại ngũ (05/02/2021)
""", "2021-04-23", "Năm 2021, Sóc Trăng giao 1.700 thanh niên nhập ngũ, đạt 100% chỉ tiêu",
E("tong_ket", "2021", "2021-04-22"),
[P("Lâm Hoàng Nghiệp", "Phó Chủ tịch UBND tỉnh - Chủ tịch Hội đồng Nghĩa vụ quân sự tỉnh"),
 P("Lý Hùng", "Hòa thượng", "Phó Chủ tịch Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Thạch Sa Rết", "người có uy tín ấp Tắc Gồng"),
 P("Sơn Minh Thắng", "Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Kim Thị Sa Phên", "Chủ tịch Hội Liên hiệp Phụ nữ huyện Trần Đề")],
[Q("1.700 thanh niên", 1700, "thanh niên"), Q("100%", 100, "%"), Q("6.450 công dân", 6450, "công dân"),
 Q("612 tân binh", 612, "tân binh"), Q("36%", 36, "%"), Q("28 đảng viên", 28, "đảng viên"), Q("205 thanh niên", 205, "thanh niên"),
 Q("92 chùa", 92, "chùa"), Q("khoảng 10.000 lao động", 10000, "lao động", "approx"), Q("14 trường hợp", 14, "trường hợp"),
 Q("12 triệu đồng", 12000000, "đồng"), Q("80 hộ nghèo", 80, "hộ nghèo"),
 Q("1.700 phần quà", 1700, "phần quà"), Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("9 tập thể", 9, "tập thể"),
 Q("15 cá nhân", 15, "cá nhân")],
[D("Chỉ thị", "15", "CT/TU", "2020-10-02", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 15-CT/TU ngày 2/10/2020"),
 D("Quyết định", "2870", "QĐ-UBND", "2020-10-15", "UBND tỉnh", "Quyết định số 2870/QĐ-UBND ngày 15/10/2020")],
[prov("Sóc Trăng"), com("Gia Hòa 1")],
["SÓC TRĂNG ONLINE - Báo Sóc Trăng điện tử", "Quốc phòng - An ninh | Chính trị", "Hôm nay: Thứ Hai, 26/04/2021",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "(STO)", "Mẹ hiền tiếp sức tân binh", "Covid-19", "Tắc Gồng"],
["23.04.2021 | 10:12", "Hôm nay: Thứ Hai, 26/04/2021", "năm 2021", "năm 2022", "1 giờ", "Covid-19"]))

PAGES.append(page("b6664-thanhhoa-giaonhanquan-2022", """
Báo Thanh Hóa
Trang chủ > Thời sự > Quốc phòng - An ninh
12 tháng 2, 2022 | 18:30
Xứ Thanh tiễn hơn 3.600 tân binh lên đường nhập ngũ
Sáng 12/2 (tức ngày 12 tháng Giêng năm Nhâm Dần), các huyện, thị xã, thành phố trong tỉnh Thanh Hóa đồng loạt tổ chức lễ giao nhận quân năm 2022. Hơn 3.600 thanh niên ưu tú của tỉnh đã lên đường thực hiện nghĩa vụ quân sự và nghĩa vụ tham gia công an nhân dân.
Tân binh huyện Hoằng Hóa làm thủ tục nhập ngũ. Ảnh: Lê Hợi
Tại huyện Hoằng Hóa, đồng chí Lê Tiến Đạt, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, dự và tặng hoa chúc mừng 188 tân binh. Năm nay Hoằng Hóa có 14 thanh niên tự nguyện viết đơn xin nhập ngũ; 23 tân binh có trình độ cao đẳng, đại học. Xã Hoằng Đạt, Hoằng Thịnh giao quân sớm nhất huyện.
Ở thành phố Thanh Hóa, đại tá Lò Văn Sơn, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, cho biết các địa phương đã tổ chức xét nghiệm Covid-19 cho toàn bộ tân binh trước 3 ngày, bố trí 27 điểm giao quân có khu cách ly tạm thời. Tỉnh thực hiện nghiêm Kế hoạch số 250/KH-UBND ngày 25/10/2021 của UBND tỉnh về tuyển chọn, gọi công dân nhập ngũ năm 2022 và Công văn số 1420/BCH-TM của Bộ Chỉ huy Quân sự tỉnh về giao nhận quân an toàn trong dịch.
Huyện miền núi Mường Lát giao 65 tân binh, phần lớn là người Mông, Thái. Anh Vừ A Dê, tân binh bản Pù Quăn, xã Pù Nhi, nói: "Em muốn học lái xe trong quân đội để sau này về giúp bản làng". Chị Hà Thị Thoa, Bí thư Đoàn xã Pù Nhi, cho biết Đoàn xã tặng mỗi tân binh 1 ba lô và 200.000 đồng.
Cùng ngày, Ủy ban MTTQ tỉnh và Hội Cựu chiến binh tỉnh đã trao 3.600 phần quà cho tân binh, mỗi phần quà trị giá 500.000 đồng; các doanh nghiệp ủng hộ thêm khoảng 1,5 tỷ đồng cho các huyện để hỗ trợ gia đình tân binh khó khăn.
Ông Nguyễn Văn Nhàn, 72 tuổi, thương binh ở thị trấn Bút Sơn, có cháu nội nhập ngũ, chia sẻ: "Ngày xưa tôi đi bộ đội, nay cháu đi, nhà có ba thế hệ bộ đội". Toàn tỉnh năm nay có 41 tân binh là đảng viên, tỷ lệ tân binh có trình độ từ trung cấp trở lên đạt trên 18%.
Ngay sau lễ giao nhận, các đơn vị nhận quân gồm Sư đoàn 341, Lữ đoàn 241 và Công an tỉnh đã đưa tân binh về đơn vị bằng xe chuyên dụng, bảo đảm an toàn tuyệt đối. Trước đó, nhiều địa phương tổ chức hội trại tòng quân, gặp mặt tân binh, trao sổ tay kỷ niệm và dặn dò thanh niên giữ gìn truyền thống quê hương.
Nhóm phóng viên
Tin cùng chuyên mục
- Thanh Hóa: Hơn 5.000 công dân khám tuyển nghĩa vụ quân sự (25/12/2021)
- Hậu Lộc tổ chức gặp mặt tân binh (10/02/2022)
- Đông Sơn: Tặng quà gia đình quân nhân tại ngũ (08/02/2022)
- Các lực lượng vũ trang tỉnh ra quân huấn luyện năm 2022 (05/02/2022)
""", "2022-02-12", "Xứ Thanh tiễn hơn 3.600 tân binh lên đường nhập ngũ",
E("khac", None, "2022-02-12"),
[P("Lê Tiến Đạt", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lò Văn Sơn", "đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Vừ A Dê", "tân binh bản Pù Quăn"),
 P("Hà Thị Thoa", "Bí thư Đoàn xã Pù Nhi"),
 P("Nguyễn Văn Nhàn", "thương binh")],
[Q("hơn 3.600 tân binh", 3600, "tân binh", "over"), Q("188 tân binh", 188, "tân binh"), Q("14 thanh niên", 14, "thanh niên"),
 Q("23 tân binh", 23, "tân binh"), Q("27 điểm giao quân", 27, "điểm giao quân"), Q("65 tân binh", 65, "tân binh"),
 Q("200.000 đồng", 200000, "đồng"), Q("3.600 phần quà", 3600, "phần quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx"), Q("41 tân binh", 41, "tân binh"), Q("trên 18%", 18, "%", "over")],
[D("Kế hoạch", "250", "KH-UBND", "2021-10-25", "UBND tỉnh", "Kế hoạch số 250/KH-UBND ngày 25/10/2021"),
 D("Công văn", "1420", "BCH-TM", None, "Bộ Chỉ huy Quân sự tỉnh", "Công văn số 1420/BCH-TM")],
[prov("Thanh Hóa"), com("Hoằng Đạt"), com("Hoằng Thịnh"), com("Pù Nhi"), com("Bút Sơn")],
["Báo Thanh Hóa", "Trang chủ > Thời sự > Quốc phòng - An ninh", "Tân binh huyện Hoằng Hóa làm thủ tục nhập ngũ. Ảnh: Lê Hợi",
 "Covid-19", "Pù Quăn", "Sư đoàn 341", "Lữ đoàn 241"],
["12 tháng 2, 2022 | 18:30", "ngày 12 tháng Giêng năm Nhâm Dần", "năm 2022", "3 ngày", "72 tuổi", "1 ba lô", "ba thế hệ", "Sư đoàn 341", "Lữ đoàn 241"]))
