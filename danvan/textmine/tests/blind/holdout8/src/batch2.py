from lib import *

PAGES = []

PAGES.append(page("b158-langson-bdv-giaoban-2016", """
BAN DÂN VẬN TỈNH ỦY LẠNG SƠN
Hôm nay: Thứ Hai, 17/10/2016
Trang chủ › Tin tức - Sự kiện › Dân vận các cấp
Thứ Năm, 13/10/2016 - 16:20
Nâng cao chất lượng công tác dân vận ở vùng biên giới
Ngày 12/10, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý III năm 2016 với Ban Dân vận các huyện ủy, thành ủy. Chủ trì hội nghị có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hoàng Văn Páo, Lương Thị Mến, Chu Đức Thịnh.
Quang cảnh hội nghị giao ban.
Trong quý, Ban Dân vận các cấp đã phối hợp tổ chức 27 buổi tiếp xúc, đối thoại với Nhân dân; vận động 318 hộ ở xã Tân Thanh và xã Thụy Hùng hiến 9.600 m2 đất mở rộng đường biên giới. Thực hiện Quyết định 99-QĐ/TW của Ban Bí thư và kế hoạch số 61-KH/BDVTU, 22 xã đăng ký mô hình "Dân vận khéo" gắn với giữ gìn an ninh biên giới.
Đồng chí Hoàng Văn Páo phát biểu kết luận hội nghị.
Đại diện Ban Dân vận Huyện ủy Cao Lộc, bà Vy Thị Nhàn, Phó Trưởng Ban Dân vận Huyện ủy, cho biết huyện đã vận động được 1.240 lượt người tham gia tự quản đường biên, cột mốc và hỗ trợ 12 hộ nghèo xây nhà, mỗi hộ 30 triệu đồng. Ông Mông Văn Sằn, người có uy tín thôn Bản Vẻn, được biểu dương vì đã vận động 9 hộ bỏ tục lệ lạc hậu trong ma chay.
Kết luận hội nghị, đồng chí Hoàng Văn Páo yêu cầu quý IV tập trung tuyên truyền Nghị quyết Đại hội XII của Đảng, thực hiện tốt phương châm "4 sát" và chuẩn bị tổng kết năm. Ban Dân vận Tỉnh ủy Lạng Sơn sẽ kiểm tra việc thực hiện Quy chế dân chủ tại 6 huyện trong tháng 11. Dịp này, đồng chí Nông Thị Hiền, Phó Chánh Văn phòng Tỉnh ủy, được Ban Thường vụ Tỉnh ủy điều động, bổ nhiệm làm Phó Trưởng Ban Dân vận Tỉnh ủy.
Hoàng Nga
Lượt xem: 1.318
Tin liên quan
Giao ban công tác dân vận quý II năm 2016 (14/07/2016)
Triển khai Quyết định 290-QĐ/TW (01/06/2016)
""", "2016-10-13", "Nâng cao chất lượng công tác dân vận ở vùng biên giới",
    E("giao_ban", "2016-Q3", "2016-10-12"),
    [P("Hoàng Văn Páo", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Lương Thị Mến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Chu Đức Thịnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Vy Thị Nhàn", "Phó Trưởng Ban Dân vận Huyện ủy"),
     P("Mông Văn Sằn", "người có uy tín thôn Bản Vẻn"),
     P("Nông Thị Hiền", "Phó Chánh Văn phòng Tỉnh ủy", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
    [Q("27 buổi tiếp xúc, đối thoại", 27, "buổi tiếp xúc, đối thoại"),
     Q("318 hộ", 318, "hộ"),
     Q("9.600 m2", 9600, "m2"),
     Q("22 xã", 22, "xã"),
     Q("1.240 lượt người", 1240, "lượt người"),
     Q("12 hộ nghèo", 12, "hộ nghèo"),
     Q("30 triệu đồng", 30000000, "đồng"),
     Q("9 hộ", 9, "hộ"),
     Q("6 huyện", 6, "huyện")],
    [D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định 99-QĐ/TW"),
     D("Kế hoạch", "61", "KH/BDVTU", None, None, "kế hoạch số 61-KH/BDVTU")],
    [prov("Lạng Sơn"), com("xã Tân Thanh"), com("xã Thụy Hùng")],
    ["BAN DÂN VẬN TỈNH ỦY LẠNG SƠN", "Trang chủ › Tin tức - Sự kiện › Dân vận các cấp", "Quang cảnh hội nghị giao ban.",
     "Đồng chí Hoàng Văn Páo phát biểu kết luận hội nghị.", "Dân vận khéo", "Cao Lộc", "Quy chế dân chủ"],
    ["quý III năm 2016", "quý IV", "4 sát", "Đại hội XII", "tháng 11", "Lượt xem: 1.318", "Hôm nay: Thứ Hai, 17/10/2016"]))

PAGES.append(page("b159-bentre-doan-taphuan-2017", """
TỈNH ĐOÀN BẾN TRE
Trang chủ / Tin tức / Công tác Đoàn
Ngày đăng: 24/04/2017 - 10:45
Hơn 200 cán bộ Đoàn được bồi dưỡng nghiệp vụ
Từ ngày 21 đến 23/4, Ban Thường vụ Tỉnh đoàn tổ chức lớp tập huấn nghiệp vụ công tác Đoàn và phong trào thanh thiếu nhi năm 2017 cho hơn 200 cán bộ Đoàn chủ chốt cấp xã, phường, thị trấn.
Hơn 200 cán bộ Đoàn tham gia lớp tập huấn. Ảnh: T.Đ
Phát biểu khai mạc, anh Huỳnh Quang Triều, Ủy viên BCH Trung ương Đoàn, Bí thư Tỉnh đoàn nhấn mạnh yêu cầu đổi mới phương thức tập hợp thanh niên. Các báo cáo viên gồm anh Lê Minh Nhựt, Phó Bí thư Tỉnh đoàn; chị Trần Thị Thúy Vy, Trưởng Ban Tuyên giáo Tỉnh đoàn và Luật sư Nguyễn Hoàng Phúc, Đoàn Luật sư tỉnh.
Học viên được quán triệt Chỉ thị 42-CT/TW của Ban Bí thư về giáo dục lý tưởng cách mạng cho thế hệ trẻ, Kế hoạch 118/KH-TĐTN của Ban Thường vụ Tỉnh đoàn và kỹ năng tổ chức các công trình thanh niên. Năm 2016, các cơ sở Đoàn đã thực hiện 164 công trình, phần việc thanh niên với tổng kinh phí gần 3,2 tỷ đồng, trao 75 suất học bổng, mỗi suất 1,5 triệu đồng.
Anh Đặng Văn Tươi, Bí thư Đoàn xã Phú Lễ, chia sẻ kinh nghiệm thành lập 4 tổ hợp tác thanh niên trồng dừa hữu cơ, giúp 38 đoàn viên có thu nhập ổn định. Chị Võ Thị Ngọc Hân, vừa được tín nhiệm giữ chức Bí thư Đoàn phường 7, cho biết lớp học giúp chị tự tin hơn khi điều hành sinh hoạt chi đoàn khu phố.
Kết thúc lớp tập huấn, 96% học viên đạt loại khá, giỏi. Tỉnh đoàn Bến Tre cũng phát động cuộc thi "Thanh niên với văn hóa giao thông" trong đoàn viên toàn tỉnh.
Thanh Đức
Đã xem: 642
Tin khác
Tuổi trẻ Bến Tre ra quân Tháng Thanh niên (26/03/2017)
""", "2017-04-24", "Hơn 200 cán bộ Đoàn được bồi dưỡng nghiệp vụ",
    E("tap_huan", "2017", "2017-04-21"),
    [P("Huỳnh Quang Triều", "Ủy viên BCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
     P("Lê Minh Nhựt", "Phó Bí thư Tỉnh đoàn"),
     P("Trần Thị Thúy Vy", "Trưởng Ban Tuyên giáo Tỉnh đoàn"),
     P("Nguyễn Hoàng Phúc", "Luật sư", "Đoàn Luật sư tỉnh"),
     P("Đặng Văn Tươi", "Bí thư Đoàn xã Phú Lễ"),
     P("Võ Thị Ngọc Hân", "Bí thư Đoàn phường 7")],
    [Q("hơn 200 cán bộ Đoàn", 200, "cán bộ Đoàn", "over"),
     Q("164 công trình, phần việc thanh niên", 164, "công trình, phần việc thanh niên"),
     Q("gần 3,2 tỷ đồng", 3200000000, "đồng", "approx"),
     Q("75 suất học bổng", 75, "suất học bổng"),
     Q("1,5 triệu đồng", 1500000, "đồng"),
     Q("4 tổ hợp tác", 4, "tổ hợp tác"),
     Q("38 đoàn viên", 38, "đoàn viên"),
     Q("96% học viên", 96, "%")],
    [D("Chỉ thị", "42", "CT/TW", None, "Ban Bí thư", "Chỉ thị 42-CT/TW"),
     D("Kế hoạch", "118", "KH-TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 118/KH-TĐTN")],
    [prov("Bến Tre"), com("xã Phú Lễ"), com("phường 7")],
    ["TỈNH ĐOÀN BẾN TRE", "Trang chủ / Tin tức / Công tác Đoàn", "Hơn 200 cán bộ Đoàn tham gia lớp tập huấn. Ảnh: T.Đ",
     "Thanh niên với văn hóa giao thông", "Tháng Thanh niên"],
    ["Đã xem: 642"]))

PAGES.append(page("b160-daklak-mttq-nguoicouytin-2018", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK
You are here: Home > Tin tức > Đại đoàn kết
26/03/2018 08:05
Phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số
Ngày 24/3, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị gặp mặt, biểu dương người có uy tín trong đồng bào dân tộc thiểu số năm 2018. Dự hội nghị có 180 người có uy tín, già làng, trưởng buôn tiêu biểu đến từ 15 huyện, thị xã, thành phố của tỉnh Đắk Lắk.
Toàn cảnh hội nghị.
Tham dự có các đồng chí: Y Biêr Niê, TUV, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; H'Khuyên Êban, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Trần Quang Định, Phó Trưởng Ban Dân tộc tỉnh.
Theo báo cáo, thực hiện Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín, toàn tỉnh hiện có 612 người có uy tín, mỗi người được hỗ trợ 500 nghìn đồng/quý. Năm 2017, người có uy tín đã vận động 27 đối tượng ra đầu thú, hòa giải 143 vụ mâu thuẫn, vận động Nhân dân hiến 41.000 m2 đất.
Già làng Ama Kim, buôn Kô Êmông, xã Ea Tul, chia sẻ: "Buôn mình có 210 hộ, bây giờ không còn ai theo đạo trái pháp luật". Bà H'Luyện Mlô, Trưởng buôn Tơng Jú, xã Ea Kao, kể về việc vận động con em đi học đúng tuổi.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao Bằng khen cho 45 người có uy tín tiêu biểu. Đồng chí Y Biêr Niê đề nghị người có uy tín tiếp tục tham gia Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và phong trào "Ngày thứ bảy vì dân".
H'Mai - Ảnh: Ngọc Thành
Lượt đọc: 1.902
Bài viết liên quan
Đắk Lắk: Trao 300 suất quà cho người có uy tín (15/02/2018)
""", "2018-03-26", "Phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số",
    E("hoi_nghi", "2018", "2018-03-24"),
    [P("Y Biêr Niê", "TUV", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("H'Khuyên Êban", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Trần Quang Định", "Phó Trưởng Ban Dân tộc tỉnh"),
     P("Ama Kim", "Già làng"),
     P("H'Luyện Mlô", "Trưởng buôn Tơng Jú")],
    [Q("180 người có uy tín, già làng, trưởng buôn tiêu biểu", 180, "người có uy tín, già làng, trưởng buôn tiêu biểu"),
     Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"),
     Q("612 người có uy tín", 612, "người có uy tín"),
     Q("500 nghìn đồng/quý", 500000, "đồng"),
     Q("27 đối tượng", 27, "đối tượng"),
     Q("143 vụ mâu thuẫn", 143, "vụ mâu thuẫn"),
     Q("41.000 m2", 41000, "m2"),
     Q("210 hộ", 210, "hộ"),
     Q("45 người có uy tín tiêu biểu", 45, "người có uy tín tiêu biểu")],
    [D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg")],
    [prov("Đắk Lắk"), com("xã Ea Tul"), com("xã Ea Kao")],
    ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK", "You are here: Home > Tin tức > Đại đoàn kết", "Toàn cảnh hội nghị.",
     "buôn Kô Êmông", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngày thứ bảy vì dân", "Bằng khen"],
    ["Lượt đọc: 1.902"]))

PAGES.append(page("b161-haugiang-bao-chandung-2019", """
BÁO HẬU GIANG ĐIỆN TỬ
Hôm nay: Thứ Tư, 09/10/2019
Chính trị | Xây dựng Đảng | Dân vận
Cập nhật lúc 07:50 05/10/2019
Nữ Chủ tịch Hội Phụ nữ "bám ấp" vận động dân
Hơn 12 năm làm công tác Hội, chị Trần Thị Mỹ Lệ, Chủ tịch Hội LHPN xã Vị Thủy, được chị em gọi thân mật là "chị Năm bám ấp". Ở đâu có việc khó, ở đó có chị. Vị Thủy là xã thuần nông của huyện Vị Thủy, tỉnh Hậu Giang, nhiều hộ đồng bào Khmer còn khó khăn.
Chị Mỹ Lệ (bìa trái) thăm hội viên nghèo ấp 3.
Năm 2015, khi được hiệp thương cử giữ chức Chủ tịch Hội LHPN xã, Hội chỉ có 1.120 hội viên, nhiều chi hội sinh hoạt cầm chừng. Chị cùng Ban Chấp hành đi từng nhà, vận động chị em tham gia tổ tiết kiệm. Đến nay, xã có 1.864 hội viên, đạt 86% số phụ nữ trong độ tuổi; 14 tổ tiết kiệm huy động hơn 620 triệu đồng giúp nhau vay vốn không lãi.
Bà Lê Thị Bảy, 71 tuổi, ấp 6, nhớ lại: "Nhờ cô Lệ đứng ra bảo lãnh, tui vay được 10 triệu nuôi heo, giờ đã trả xong". Chị Châu Thị Sa Ri, người Khmer ở ấp 9, nay là tổ trưởng tổ hợp tác đan đát lục bình với 23 thành viên.
Chị Mỹ Lệ cũng tích cực vận động thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, gắn với cuộc vận động "Xây dựng gia đình 5 không, 3 sạch". Tháng 3/2019, chị được Trung ương Hội LHPN Việt Nam tặng Bằng khen.
Ông Phạm Văn Tròn, Bí thư Đảng ủy xã Vị Thủy nhận xét: "Lệ là cán bộ dân vận khéo, nói dân nghe, làm dân tin".
Bài, ảnh: Ngọc Trinh
Lượt xem: 488
Tin cùng chuyên mục
Hậu Giang: Tổng kết phong trào thi đua Dân vận khéo (20/09/2019)
Những người "giữ lửa" ở Hội Nông dân (12/09/2019)
""", "2019-10-05", "Nữ Chủ tịch Hội Phụ nữ \"bám ấp\" vận động dân",
    E(None, None, None),
    [P("Trần Thị Mỹ Lệ", "Chủ tịch Hội LHPN xã Vị Thủy", "Chủ tịch Hội LHPN xã"),
     P("Lê Thị Bảy"),
     P("Châu Thị Sa Ri", "tổ trưởng tổ hợp tác đan đát lục bình"),
     P("Phạm Văn Tròn", "Bí thư Đảng ủy xã Vị Thủy")],
    [Q("1.120 hội viên", 1120, "hội viên"),
     Q("1.864 hội viên", 1864, "hội viên"),
     Q("86% số phụ nữ", 86, "%"),
     Q("14 tổ tiết kiệm", 14, "tổ tiết kiệm"),
     Q("hơn 620 triệu đồng", 620000000, "đồng", "over"),
     Q("10 triệu", 10000000, "đồng"),
     Q("23 thành viên", 23, "thành viên")],
    [D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW")],
    [prov("Hậu Giang"), com("xã Vị Thủy")],
    ["BÁO HẬU GIANG ĐIỆN TỬ", "Chính trị | Xây dựng Đảng | Dân vận", "Chị Mỹ Lệ (bìa trái) thăm hội viên nghèo ấp 3.",
     "chị Năm bám ấp", "Xây dựng gia đình 5 không, 3 sạch", "Bằng khen"],
    ["Hơn 12 năm", "71 tuổi", "ấp 3", "ấp 6", "ấp 9", "5 không, 3 sạch", "Tháng 3/2019", "Lượt xem: 488", "Hôm nay: Thứ Tư, 09/10/2019"]))

PAGES.append(page("b162-namdinh-xa-giaoban-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ HẢI MINH
Trang chủ > Tin tức > Tin hoạt động
Thứ Ba, 03/11/2020 | 15:10
Xã Hải Minh giao ban khối Dân vận - Mặt trận tháng 10
Chiều 2/11, Đảng ủy xã Hải Minh (huyện Hải Hậu, tỉnh Nam Định) tổ chức giao ban khối Dân vận - Mặt trận và các đoàn thể chính trị - xã hội tháng 10 năm 2020. Đồng chí Trần Văn Hải, HUV, Bí thư Đảng ủy xã chủ trì.
Quang cảnh buổi giao ban.
Dự giao ban có các đồng chí Vũ Thị Loan, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; Đoàn Văn Thược, ĐUV, Chủ tịch Ủy ban MTTQ xã và người đứng đầu các đoàn thể.
Trong tháng 10, Ủy ban MTTQ và các đoàn thể xã đã vận động ủng hộ đồng bào miền Trung bị bão lũ được 86.500.000 đồng và 2,4 tấn gạo; Hội Chữ thập đỏ xã trao 40 suất quà cho hộ khó khăn, mỗi suất 500.000đ. Thực hiện Kế hoạch số 45-KH/ĐU và đề án số 02-ĐA/ĐU của Đảng ủy xã về xây dựng xã nông thôn mới kiểu mẫu, Ban Công tác Mặt trận 18/18 xóm đã tổ chức ngày hội đại đoàn kết trước ngày 18/11. Hội Nông dân xã giới thiệu 35 hộ vay vốn Ngân hàng Chính sách xã hội với tổng dư nợ 1,75 tỷ đồng.
Bà Phạm Thị Hoa, Chủ tịch Hội LHPN xã, đề nghị các thôn xóm tiếp tục duy trì mô hình "Tiếng kẻng an ninh" và các tổ phụ nữ tự quản. Ông Ngô Văn Mạnh, Trưởng xóm 5, kiến nghị xã sớm sửa 600 m kênh tưới tiêu.
Kết luận, đồng chí Trần Văn Hải yêu cầu các đoàn thể bám sát Nghị quyết Đại hội Đảng bộ xã lần thứ XXV, tuyên truyền Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, vận động Nhân dân thực hiện tốt phòng chống dịch Covid-19.
Văn phòng Đảng ủy
Lượt truy cập: 15.206
Tin khác
Xã Hải Minh tổ chức Ngày hội Đại đoàn kết năm 2019 (19/11/2019)
""", "2020-11-03", "Xã Hải Minh giao ban khối Dân vận - Mặt trận tháng 10",
    E("giao_ban", "2020-10", "2020-11-02"),
    [P("Trần Văn Hải", "HUV", "Bí thư Đảng ủy xã"),
     P("Vũ Thị Loan", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
     P("Đoàn Văn Thược", "ĐUV", "Chủ tịch Ủy ban MTTQ xã"),
     P("Phạm Thị Hoa", "Chủ tịch Hội LHPN xã"),
     P("Ngô Văn Mạnh", "Trưởng xóm 5")],
    [Q("86.500.000 đồng", 86500000, "đồng"),
     Q("2,4 tấn gạo", 2.4, "tấn gạo"),
     Q("40 suất quà", 40, "suất quà"),
     Q("500.000đ", 500000, "đồng"),
     Q("18/18 xóm", 18, "xóm"),
     Q("35 hộ", 35, "hộ"),
     Q("1,75 tỷ đồng", 1750000000, "đồng"),
     Q("600 m kênh", 600, "m")],
    [D("Kế hoạch", "45", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 45-KH/ĐU"),
     D("Đề án", "02", "ĐA/ĐU", None, "Đảng ủy xã", "đề án số 02-ĐA/ĐU")],
    [prov("Nam Định"), com("xã Hải Minh")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ XÃ HẢI MINH", "Trang chủ > Tin tức > Tin hoạt động", "Quang cảnh buổi giao ban.",
     "huyện Hải Hậu", "Hội Chữ thập đỏ", "Ngân hàng Chính sách xã hội", "Tiếng kẻng an ninh"],
    ["tháng 10 năm 2020", "Trong tháng 10", "ngày 18/11", "lần thứ XXV", "lần thứ XIII", "Covid-19", "Lượt truy cập: 15.206"]))
