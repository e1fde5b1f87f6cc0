from lib import *
PAGES = []

PAGES.append(page("b7841-quangbinh-ubnd-traoqua-2021", """
BÁO QUẢNG BÌNH ĐIỆN TỬ
Chính trị - Xã hội » Đền ơn đáp nghĩa
Thứ Sáu, ngày 23/07/2021
Lãnh đạo tỉnh thăm, tặng quà người có công tại huyện Lệ Thủy
(QBĐT) - Nhân kỷ niệm 74 năm Ngày Thương binh - Liệt sĩ, ngày 22/7, đoàn công tác của tỉnh Quảng Bình do đồng chí Hoàng Minh Quân, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dẫn đầu đã đến thăm, tặng quà các gia đình chính sách, người có công tiêu biểu trên địa bàn huyện Lệ Thủy. Do tình hình dịch COVID-19, đoàn chia thành 2 nhóm nhỏ, thực hiện nghiêm các biện pháp phòng dịch.
Đồng chí Hoàng Minh Quân thăm hỏi Mẹ Việt Nam anh hùng Lê Thị Xuyến.
Tại xã Sen Thủy, đoàn đến thăm Mẹ Việt Nam anh hùng Lê Thị Xuyến, năm nay đã gần trăm tuổi, có chồng và con trai đầu là liệt sĩ. Đồng chí Hoàng Minh Quân kính chúc Mẹ mạnh khỏe, đề nghị chính quyền xã và Hội Liên hiệp Phụ nữ phân công người thường xuyên chăm sóc Mẹ.
Tại xã Kim Thủy, nơi có đông đồng bào Bru - Vân Kiều sinh sống, đoàn thăm gia đình ông Hồ Văn Thoòng, thương binh 2/4 và bà Hồ Thị Nhi, vợ liệt sĩ. Ông Hồ Xuân Hiển, Bí thư Đảng ủy, Chủ tịch HĐND xã Kim Thủy cho biết, xã hiện có 41 hộ gia đình chính sách, 100% hộ đã có nhà ở kiên cố; năm nay xã vận động được 2 nhà tình nghĩa cho thân nhân liệt sĩ người Vân Kiều.
Tại thị trấn Kiến Giang, đoàn đến thăm thương binh nặng Nguyễn Văn Hòa, bị thương mất sức lao động 81% trong chiến dịch Đường 9 - Nam Lào.
Cùng đi với đoàn có các đồng chí Nguyễn Lương Bình, Hồ An Phong - Ủy viên Ban Thường vụ Tỉnh ủy; bà Đinh Thị Hương Thủy, Giám đốc Sở Lao động - Thương binh và Xã hội.
Dịp này, đoàn trao 45 suất quà, mỗi suất 1,5 triệu đồng từ nguồn của tỉnh và chuyển quà của Chủ tịch nước theo Quyết định số 795/QĐ-CTN ngày 12/7/2021 của Chủ tịch nước. Theo bà Đinh Thị Hương Thủy, dịp 27/7 năm nay, toàn tỉnh trao hơn 47.000 suất quà của Chủ tịch nước với tổng kinh phí hơn 14,2 tỷ đồng; quà của tỉnh gồm khoảng 3.500 suất, mỗi suất 500.000 đồng. Đây là năm đầu tiên tỉnh triển khai Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14, có hiệu lực từ ngày 01/7/2021.
Theo thống kê, Quảng Bình có hơn 26.000 liệt sĩ và khoảng 10.000 thương binh, bệnh binh. Năm 2021, tỉnh phấn đấu xây mới, sửa chữa từ 150 căn nhà cho người có công trở lên; đến nay đã hoàn thành 96 căn, đạt 64%.
Phát biểu tại các nơi đến thăm, đồng chí Hoàng Minh Quân khẳng định, dù ngân sách còn khó khăn do dịch bệnh, tỉnh sẽ không cắt giảm bất cứ khoản chi nào dành cho người có công.
Ngọc Mai
Tin liên quan
- Thắp nến tri ân tại Nghĩa trang liệt sĩ Ba Dốc (25/07/2020)
- Quảng Ninh: tặng 600 suất quà cho gia đình chính sách (20/07/2021)
- Tuyên Hóa: khởi công 15 nhà tình nghĩa (10/07/2021)
""", "2021-07-23", "Lãnh đạo tỉnh thăm, tặng quà người có công tại huyện Lệ Thủy",
E("trao_qua", None, "2021-07-22"),
[P("Hoàng Minh Quân", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Lê Thị Xuyến", "Mẹ Việt Nam anh hùng"),
 P("Hồ Văn Thoòng", "thương binh 2/4"),
 P("Hồ Thị Nhi", "vợ liệt sĩ"),
 P("Hồ Xuân Hiển", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Kim Thủy"),
 P("Nguyễn Văn Hòa", "thương binh nặng"),
 P("Nguyễn Lương Bình", "Ủy viên Ban Thường vụ Tỉnh ủy"),
 P("Hồ An Phong", "Ủy viên Ban Thường vụ Tỉnh ủy"),
 P("Đinh Thị Hương Thủy", "Giám đốc Sở Lao động - Thương binh và Xã hội")],
[Q("2 nhóm", 2, "nhóm"), Q("41 hộ gia đình chính sách", 41, "hộ gia đình chính sách"), Q("100%", 100, "%"),
 Q("2 nhà tình nghĩa", 2, "nhà tình nghĩa"), Q("81%", 81, "%"), Q("45 suất quà", 45, "suất quà"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("hơn 47.000 suất quà", 47000, "suất quà", "over"),
 Q("hơn 14,2 tỷ đồng", 14200000000, "đồng", "over"), Q("khoảng 3.500 suất", 3500, "suất", "approx"),
 Q("500.000 đồng", 500000, "đồng"), Q("hơn 26.000 liệt sĩ", 26000, "liệt sĩ", "over"),
 Q("khoảng 10.000 thương binh, bệnh binh", 10000, "thương binh, bệnh binh", "approx"),
 Q("từ 150 căn nhà", 150, "căn nhà", "over"), Q("96 căn", 96, "căn"), Q("64%", 64, "%")],
[D("Quyết định", "795", "QĐ-CTN", "2021-07-12", "Chủ tịch nước", "Quyết định số 795/QĐ-CTN ngày 12/7/2021"),
 D("Pháp lệnh", "02", "2020/UBTVQH14", None, None, "Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14")],
[prov("Quảng Bình"), com("Sen Thủy"), com("Kim Thủy"), com("Kiến Giang")],
["BÁO QUẢNG BÌNH ĐIỆN TỬ", "Chính trị - Xã hội » Đền ơn đáp nghĩa", "(QBĐT)",
 "Đồng chí Hoàng Minh Quân thăm hỏi Mẹ Việt Nam anh hùng Lê Thị Xuyến.", "Đường 9 - Nam Lào", "Hội Liên hiệp Phụ nữ"],
["Thứ Sáu, ngày 23/07/2021", "74 năm", "COVID-19", "thương binh 2/4", "01/7/2021", "Năm 2021", "27/7"]))

PAGES.append(page("b7842-soctrang-bcd515-tongket-2021", """
Báo Sóc Trăng Online
Trang chủ / Quốc phòng - An ninh / Tin tức
12/01/2022 09:15 AM
Năm 2021, Sóc Trăng quy tập 47 hài cốt liệt sĩ tại Campuchia
Chiều 11/1, Ban Chỉ đạo 515 tỉnh Sóc Trăng tổ chức hội nghị tổng kết công tác tìm kiếm, quy tập hài cốt liệt sĩ năm 2021, triển khai nhiệm vụ năm 2022. Đồng chí Huỳnh Thị Diễm Xuân, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo 515 tỉnh chủ trì hội nghị.
Các đại biểu dự hội nghị tổng kết.
Báo cáo do Đại tá Thạch Chanh Đa, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo 515 tỉnh trình bày cho biết: dù chịu ảnh hưởng của dịch COVID-19, Đội tìm kiếm, quy tập hài cốt liệt sĩ của tỉnh (Đội K74) vẫn tổ chức 2 đợt tìm kiếm tại các tỉnh Kampong Speu và Koh Kong (Campuchia), quy tập được 47 hài cốt liệt sĩ, đạt 117,5% kế hoạch; trong đó có 3 hài cốt có di vật, thông tin để xác minh danh tính.
Trong năm, Ban Chỉ đạo tiếp nhận 29 nguồn tin, xác minh 21 nguồn tin; khảo sát khoảng 86 ha. Tổng kinh phí thực hiện gần 3,4 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 1,2 tỷ đồng. Các hài cốt đã được an táng tại Nghĩa trang liệt sĩ tỉnh theo đúng nghi lễ. Thực hiện Kế hoạch 52, 53/KH-UBND của UBND tỉnh, các địa phương đã lấy mẫu ADN của 62 thân nhân liệt sĩ.
Thượng tá Sơn Ngọc Thạnh, Đội trưởng Đội K74 cho biết, mỗi đợt tìm kiếm kéo dài hơn 50 ngày; để tránh lây nhiễm, Đội phải tổ chức cách ly trước và sau khi về nước. Có thời điểm, cán bộ, chiến sĩ phải làm việc liên tục từ 5 đến 7 giờ mỗi ngày dưới trời nắng nóng. Anh Thạch Sô Phanh, chiến sĩ của Đội, người Khmer ở xã Lịch Hội Thượng, đã làm phiên dịch giúp Đội tiếp xúc với người dân Campuchia.
Hội nghị cũng nghe ý kiến của bà Lâm Thị Sa Rin, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, về việc phối hợp thông báo cho thân nhân, tổ chức đón nhận, an táng hài cốt liệt sĩ. Ông Trần Văn Dũng, Chủ tịch UBND xã Thạnh Phú kiến nghị có thêm kinh phí tu bổ nhà bia ghi danh liệt sĩ.
Phát biểu chỉ đạo, đồng chí Huỳnh Thị Diễm Xuân đánh giá cao những kết quả đạt được, đề nghị năm 2022 tiếp tục quán triệt Quyết định số 1237/QĐ-TTg của Thủ tướng Chính phủ và Kết luận số 12-KL/TU ngày 10/12/2021 của Ban Thường vụ Tỉnh ủy; phấn đấu quy tập không dưới 40 hài cốt liệt sĩ, bảo đảm an toàn phòng, chống dịch cho lực lượng làm nhiệm vụ.
Dịp này, UBND tỉnh tặng Bằng khen cho 4 tập thể, 9 cá nhân; Bộ Chỉ huy Quân sự tỉnh tặng Giấy khen cho 18 cán bộ, chiến sĩ Đội K74.
Ngọc Lan
Tin khác
- Truy điệu, an táng 19 hài cốt liệt sĩ hy sinh tại Campuchia (28/12/2021)
- Sóc Trăng: trao 1.200 phần quà cho gia đình chính sách (26/07/2021)
- Đội K74 lên đường làm nhiệm vụ quốc tế (15/11/2021)
""", "2022-01-12", "Năm 2021, Sóc Trăng quy tập 47 hài cốt liệt sĩ tại Campuchia",
E("tong_ket", "2021", "2022-01-11"),
[P("Huỳnh Thị Diễm Xuân", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo 515 tỉnh"),
 P("Thạch Chanh Đa", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Phó Trưởng ban Thường trực Ban Chỉ đạo 515 tỉnh"),
 P("Sơn Ngọc Thạnh", "Thượng tá", "Đội trưởng Đội K74"),
 P("Thạch Sô Phanh", "chiến sĩ của Đội"),
 P("Lâm Thị Sa Rin", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Trần Văn Dũng", "Chủ tịch UBND xã Thạnh Phú")],
[Q("2 đợt", 2, "đợt"), Q("47 hài cốt liệt sĩ", 47, "hài cốt liệt sĩ"), Q("117,5%", 117.5, "%"), Q("3 hài cốt", 3, "hài cốt"),
 Q("29 nguồn tin", 29, "nguồn tin"), Q("21 nguồn tin", 21, "nguồn tin"), Q("khoảng 86 ha", 86, "ha", "approx"),
 Q("gần 3,4 tỷ đồng", 3400000000, "đồng", "approx"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("62 thân nhân liệt sĩ", 62, "thân nhân liệt sĩ"), Q("không dưới 40 hài cốt liệt sĩ", 40, "hài cốt liệt sĩ", "over"),
 Q("4 tập thể", 4, "tập thể"), Q("9 cá nhân", 9, "cá nhân"), Q("18 cán bộ, chiến sĩ", 18, "cán bộ, chiến sĩ")],
[D("Kế hoạch", "52", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 52, 53/KH-UBND"),
 D("Kế hoạch", "53", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 52, 53/KH-UBND"),
 D("Quyết định", "1237", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1237/QĐ-TTg"),
 D("Kết luận", "12", "KL/TU", "2021-12-10", "Ban Thường vụ Tỉnh ủy", "Kết luận số 12-KL/TU ngày 10/12/2021")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Thạnh Phú")],
["Báo Sóc Trăng Online", "Trang chủ / Quốc phòng - An ninh / Tin tức", "Các đại biểu dự hội nghị tổng kết.",
 "Kampong Speu", "Koh Kong", "Đội K74", "Ban Chỉ đạo 515", "Nghĩa trang liệt sĩ tỉnh"],
["12/01/2022 09:15 AM", "năm 2021", "năm 2022", "COVID-19", "hơn 50 ngày", "từ 5 đến 7 giờ", "Đội K74", "Ban Chỉ đạo 515"]))

PAGES.append(page("b7843-dienbien-bchqs-tiepnhan-2022", """
ĐIỆN BIÊN PHỦ ONLINE
Bạn đang ở: Trang chủ > Quốc phòng - An ninh
Thứ Năm, 12/5/2022 - 17:45
Ảnh: Lễ tiếp nhận hài cốt liệt sĩ tại Cửa khẩu quốc tế Tây Trang.
Đón 14 hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam hy sinh tại Lào về với đất mẹ
ĐBP - Sáng 11/5, tại Cửa khẩu quốc tế Tây Trang (xã Na Ư, huyện Điện Biên), Ban Chỉ đạo 515 tỉnh Điện Biên phối hợp với Ban Chỉ đạo 1237 tỉnh Phông Sa Lỳ và Luông Pha Bang (Lào) tổ chức lễ tiếp nhận 14 hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam hy sinh tại Lào trong các thời kỳ chiến tranh.
Tham dự buổi lễ có đồng chí Lường Thị Hiên, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo 515 tỉnh; Đại tá Giàng A Dình, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; phía bạn Lào có ông Khăm Xay Xỉ Sổm Phon, Phó Tỉnh trưởng tỉnh Phông Sa Lỳ.
Số hài cốt trên do Đội K32 (Bộ Chỉ huy Quân sự tỉnh) phối hợp với lực lượng vũ trang hai tỉnh bạn tìm kiếm, quy tập trong mùa khô 2021 - 2022. Trung tá Lầu A Sếnh, Đội trưởng Đội K32 cho biết, các hài cốt được tìm thấy ở địa hình núi cao, cách biên giới hơn 100 km; có điểm tìm kiếm phải đi bộ 2 ngày mới tới nơi. Trong số 14 hài cốt, có 2 hài cốt còn di vật là bi đông và bút máy khắc tên, đang được xác minh danh tính.
Ông Khăm Xay Xỉ Sổm Phon bày tỏ: Đảng, Chính phủ và nhân dân các bộ tộc Lào luôn ghi nhớ sự hy sinh to lớn của các anh hùng liệt sĩ Việt Nam, sẽ tiếp tục cung cấp thông tin để đưa các liệt sĩ còn nằm lại trên đất Lào trở về quê hương.
Phát biểu tại buổi lễ, đồng chí Lường Thị Hiên cảm ơn chính quyền và nhân dân hai tỉnh Phông Sa Lỳ, Luông Pha Bang; đề nghị Đội K32 tiếp tục bám sát thông tin, phối hợp với bạn triển khai mùa khô 2022 - 2023 đạt kết quả cao hơn. Theo Kế hoạch số 1320/KH-UBND ngày 25/4/2022 của UBND tỉnh, 14 hài cốt sẽ được truy điệu, an táng tại Nghĩa trang liệt sĩ A1, phường Mường Thanh vào ngày 13/5.
Từ năm 2000 đến nay, lực lượng tìm kiếm của tỉnh Điện Biên đã quy tập được hơn 1.200 hài cốt liệt sĩ hy sinh tại Lào. Bà con các bản dọc tuyến biên giới xã Na Ư, Pa Thơm đã góp nhiều công sức trong việc dẫn đường, cung cấp thông tin. Ông Lò Văn Hặc, Bí thư Đảng ủy xã Na Ư cho biết, nhiều già làng, trưởng bản người Thái, người Mông, người Khơ Mú trong xã vẫn còn nhớ vị trí chôn cất bộ đội, nhờ đó Đội K32 đã tìm thêm được 3 khu vực mới cần khảo sát. Chị Quàng Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ xã cùng hội viên chuẩn bị khăn tang, hoa tươi đón các liệt sĩ.
Sau nghi thức bàn giao, đoàn xe đưa hài cốt các liệt sĩ về Nhà tang lễ tỉnh trong sự tiễn đưa của hàng trăm người dân hai bên đường.
Hoàng Châu
Tin liên quan
- Truy điệu, an táng 14 hài cốt liệt sĩ tại Nghĩa trang liệt sĩ A1 (13/05/2022)
- Đội K32 xuất quân làm nhiệm vụ mùa khô 2021 - 2022 (20/11/2021)
- Gặp mặt người có công tiêu biểu năm 2021 (26/07/2021)
""", "2022-05-12", "Đón 14 hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam hy sinh tại Lào về với đất mẹ",
E("khac", None, "2022-05-11"),
[P("Lường Thị Hiên", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo 515 tỉnh"),
 P("Giàng A Dình", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Khăm Xay Xỉ Sổm Phon", "Phó Tỉnh trưởng tỉnh Phông Sa Lỳ"),
 P("Lầu A Sếnh", "Trung tá", "Đội trưởng Đội K32"),
 P("Lò Văn Hặc", "Bí thư Đảng ủy xã Na Ư"),
 P("Quàng Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("14 hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam", 14, "hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam"),
 Q("hơn 100 km", 100, "km", "over"), Q("2 hài cốt", 2, "hài cốt"),
 Q("hơn 1.200 hài cốt liệt sĩ", 1200, "hài cốt liệt sĩ", "over"), Q("3 khu vực", 3, "khu vực")],
[D("Kế hoạch", "1320", "KH-UBND", "2022-04-25", "UBND tỉnh", "Kế hoạch số 1320/KH-UBND ngày 25/4/2022")],
[prov("Điện Biên"), com("Na Ư"), com("Mường Thanh"), com("Pa Thơm")],
["ĐIỆN BIÊN PHỦ ONLINE", "Bạn đang ở: Trang chủ > Quốc phòng - An ninh", "ĐBP",
 "Ảnh: Lễ tiếp nhận hài cốt liệt sĩ tại Cửa khẩu quốc tế Tây Trang.", "Cửa khẩu quốc tế Tây Trang", "Phông Sa Lỳ", "Luông Pha Bang",
 "Nghĩa trang liệt sĩ A1", "Đội K32", "Ban Chỉ đạo 1237", "Nhà tang lễ tỉnh"],
["Thứ Năm, 12/5/2022 - 17:45", "mùa khô 2021 - 2022", "mùa khô 2022 - 2023", "2 ngày", "Đội K32", "Ban Chỉ đạo 1237", "Ban Chỉ đạo 515", "Từ năm 2000", "13/5"]))

PAGES.append(page("b7844-baclieu-bdv-giaoban-2023", """
BAN DÂN VẬN TỈNH ỦY BẠC LIÊU - TRANG THÔNG TIN ĐIỆN TỬ
You are here: Trang chủ / Tin hoạt động / Dân vận các cấp
Đăng lúc: 28/07/2023 - 16:20
Khối dân vận trao hơn 2.000 phần quà tri ân người có công
Ngày 27/7, Ban Dân vận Tỉnh ủy Bạc Liêu tổ chức giao ban công tác dân vận tháng 7/2023, triển khai nhiệm vụ tháng 8. Đồng chí Trần Thị Ngọc Hân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Toàn cảnh buổi giao ban.
Theo báo cáo, trong tháng, khối dân vận các cấp đã tập trung tuyên truyền, tổ chức các hoạt động kỷ niệm 76 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2023). Ban Dân vận các huyện, thị xã, thành phố phối hợp với MTTQ và các đoàn thể trao hơn 2.000 phần quà cho thương binh, gia đình liệt sĩ, tổng trị giá trên 1 tỷ đồng; bàn giao 12 căn nhà tình nghĩa; tổ chức thắp nến tri ân tại 7 nghĩa trang liệt sĩ và 64 nhà bia ghi danh liệt sĩ.
Các cơ quan dân vận cũng nắm tình hình dư luận xã hội, tiếp nhận 9 đơn thư liên quan chế độ chính sách người có công; đã phối hợp giải quyết 6 đơn. Phong trào thi đua "Dân vận khéo" có thêm 15 mô hình mới, trong đó mô hình "Chăm sóc nhà bia ghi danh liệt sĩ" ở xã Vĩnh Trạch được nhân rộng.
Tại giao ban, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lý Sa Rinh, Nguyễn Hoàng Thơ đề nghị các địa phương thực hiện tốt Kế hoạch số 96-KH/BDVTU ngày 30/6/2023 của Ban Dân vận Tỉnh ủy về vận động nhân dân tham gia phong trào "Đền ơn đáp nghĩa" năm 2023 và Hướng dẫn 14, 15-HD/BDVTU về đánh giá, công nhận mô hình "Dân vận khéo". Đồng chí Châu Văn Khen, Trưởng Ban Dân vận Huyện ủy Hòa Bình, thông tin huyện vừa vận động được 320 triệu đồng xây dựng 4 căn nhà tình nghĩa cho gia đình liệt sĩ ở xã Vĩnh Hậu A.
Bà Thạch Thị Sa Ra Vy, cán bộ phụ trách công tác dân tộc, tôn giáo của Ban, báo cáo việc các chùa Khmer tổ chức cầu siêu cho các anh hùng liệt sĩ; khoảng 30% sư sãi, đồng bào Khmer tại phường Nhà Mát tham gia dọn dẹp nghĩa trang liệt sĩ.
Kết luận giao ban, đồng chí Trần Thị Ngọc Hân yêu cầu trong tháng 8, khối dân vận tập trung nắm tình hình tư tưởng nhân dân trước kỳ họp HĐND tỉnh; tiếp tục thực hiện Chỉ thị số 14-CT/TW của Ban Bí thư về công tác người có công với cách mạng, phấn đấu đến cuối năm không còn hộ gia đình người có công thuộc diện hộ nghèo.
Song Ngọc
Các tin khác
- Thăm, tặng quà Mẹ Việt Nam anh hùng nhân ngày 27/7 (25/07/2023)
- Giao ban công tác dân vận tháng 6/2023 (30/06/2023)
- Hội thi "Dân vận khéo" huyện Phước Long (22/06/2023)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy xã Vĩnh Thịnh về công tác dân vận chính quyền (15/06/2023)
""", "2023-07-28", "Khối dân vận trao hơn 2.000 phần quà tri ân người có công",
E("giao_ban", "2023-07", "2023-07-27"),
[P("Trần Thị Ngọc Hân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Sa Rinh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Hoàng Thơ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Châu Văn Khen", "Trưởng Ban Dân vận Huyện ủy Hòa Bình"),
 P("Thạch Thị Sa Ra Vy", "cán bộ phụ trách công tác dân tộc, tôn giáo của Ban")],
[Q("hơn 2.000 phần quà", 2000, "phần quà", "over"), Q("trên 1 tỷ đồng", 1000000000, "đồng", "over"),
 Q("12 căn nhà tình nghĩa", 12, "căn nhà tình nghĩa"), Q("7 nghĩa trang liệt sĩ", 7, "nghĩa trang liệt sĩ"),
 Q("64 nhà bia ghi danh liệt sĩ", 64, "nhà bia ghi danh liệt sĩ"), Q("9 đơn thư", 9, "đơn thư"), Q("6 đơn", 6, "đơn"),
 Q("15 mô hình mới", 15, "mô hình mới"), Q("320 triệu đồng", 320000000, "đồng"), Q("4 căn nhà tình nghĩa", 4, "căn nhà tình nghĩa"),
 Q("khoảng 30%", 30, "%", "approx")],
[D("Kế hoạch", "96", "KH/BDVTU", "2023-06-30", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 96-KH/BDVTU ngày 30/6/2023"),
 D("Hướng dẫn", "14", "HD/BDVTU", None, None, "Hướng dẫn 14, 15-HD/BDVTU"),
 D("Hướng dẫn", "15", "HD/BDVTU", None, None, "Hướng dẫn 14, 15-HD/BDVTU"),
 D("Chỉ thị", "14", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 14-CT/TW")],
[prov("Bạc Liêu"), com("Vĩnh Trạch"), com("Vĩnh Hậu A"), com("Nhà Mát")],
["BAN DÂN VẬN TỈNH ỦY BẠC LIÊU - TRANG THÔNG TIN ĐIỆN TỬ", "You are here: Trang chủ / Tin hoạt động / Dân vận các cấp",
 "Toàn cảnh buổi giao ban.", "Dân vận khéo", "Chăm sóc nhà bia ghi danh liệt sĩ", "Đền ơn đáp nghĩa"],
["Đăng lúc: 28/07/2023 - 16:20", "tháng 7/2023", "tháng 8", "76 năm", "27/7/1947 - 27/7/2023", "năm 2023"]))

PAGES.append(page("b7845-phuyen-hdnd-giamsat-2023", """
HĐND TỈNH PHÚ YÊN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ :: Hoạt động giám sát
06/10/2023, 10:40
Ban Văn hóa - Xã hội HĐND tỉnh giám sát công tác quản lý nghĩa trang liệt sĩ
Trong các ngày 3 và 4/10, Ban Văn hóa - Xã hội HĐND tỉnh Phú Yên do bà Nguyễn Thị Xuân Ngọc, Tỉnh ủy viên, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn đã giám sát công tác quản lý, tu bổ, chăm sóc nghĩa trang liệt sĩ và nhà bia ghi danh liệt sĩ trên địa bàn tỉnh năm 2023.
Đoàn giám sát kiểm tra thực tế tại Nghĩa trang liệt sĩ huyện Sông Hinh.
Theo báo cáo của Sở Lao động - Thương binh và Xã hội, toàn tỉnh hiện có 108 nghĩa trang liệt sĩ với 19.645 mộ, trong đó 6.212 mộ chưa xác định được danh tính; 57 nhà bia ghi danh liệt sĩ. Giai đoạn 2021 - 2023, tỉnh đã bố trí hơn 32 tỷ đồng để tu bổ, nâng cấp 41 nghĩa trang; mức hỗ trợ tối đa 1,5 tỷ đồng/nghĩa trang cấp huyện và 500 triệu đồng/nghĩa trang cấp xã theo Nghị quyết số 18/2021/NQ-HĐND của HĐND tỉnh.
Kiểm tra thực tế tại xã Ea Bar, đoàn ghi nhận nghĩa trang được chăm sóc sạch đẹp, có tổ quản trang 3 người do UBND xã hợp đồng. Ông Ksor Y Phen, Chủ tịch UBND xã Ea Bar cho biết, hằng tháng đoàn viên thanh niên người Êđê, Ba Na trong xã thay phiên nhau dọn vệ sinh, thắp hương. Bà H'Nhiên Ênuôl, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Sông Hinh đề nghị có thêm kinh phí lắp đặt hệ thống chiếu sáng.
Tại xã Hòa Quang Bắc và phường Phú Lâm, đoàn phát hiện một số nhà bia xuống cấp, bia mộ bị phai mờ chữ; việc cập nhật thông tin liệt sĩ lên phần mềm quản lý còn chậm, mới đạt khoảng 65%. Ông Phan Văn Khải, Phó Chủ tịch UBND phường Phú Lâm tiếp thu, hứa khắc phục trước dịp Tết Nguyên đán.
Phát biểu kết luận, bà Nguyễn Thị Xuân Ngọc đề nghị UBND tỉnh chỉ đạo rà soát toàn bộ 108 nghĩa trang, ưu tiên kinh phí cho các công trình xuống cấp nghiêm trọng; đẩy nhanh việc lấy mẫu ADN đối với hài cốt liệt sĩ chưa xác định danh tính theo Quyết định số 1237/QĐ-TTg và Quyết định số 150/QĐ-TTg của Thủ tướng Chính phủ. Sở Lao động - Thương binh và Xã hội cần hoàn thành cập nhật thông tin 100% mộ liệt sĩ trong năm 2024.
Cùng tham gia đoàn có các đồng chí Lê Văn Cường, Ma Thị Hồng Nhung - Ủy viên Ban Văn hóa - Xã hội HĐND tỉnh. Kết quả giám sát sẽ được báo cáo tại kỳ họp cuối năm của HĐND tỉnh khóa VIII.
Thúy Hằng
Tin liên quan
- Giám sát việc giải quyết chế độ cho người có công tại TX Đông Hòa (15/09/2023)
- Kỳ họp thứ 12 HĐND tỉnh khóa VIII (12/07/2023)
- Khánh thành nhà bia ghi danh liệt sĩ xã An Hiệp (25/07/2023)
- Thường trực HĐND tỉnh tiếp xúc cử tri tại huyện Đồng Xuân (28/06/2023)
""", "2023-10-06", "Ban Văn hóa - Xã hội HĐND tỉnh giám sát công tác quản lý nghĩa trang liệt sĩ",
E("giam_sat", "2023", "2023-10-03"),
[P("Nguyễn Thị Xuân Ngọc", "Tỉnh ủy viên", "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Ksor Y Phen", "Chủ tịch UBND xã Ea Bar"),
 P("H'Nhiên Ênuôl", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Sông Hinh"),
 P("Phan Văn Khải", "Phó Chủ tịch UBND phường Phú Lâm"),
 P("Lê Văn Cường", "Ủy viên Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Ma Thị Hồng Nhung", "Ủy viên Ban Văn hóa - Xã hội HĐND tỉnh")],
[Q("108 nghĩa trang liệt sĩ", 108, "nghĩa trang liệt sĩ"), Q("19.645 mộ", 19645, "mộ"), Q("6.212 mộ", 6212, "mộ"),
 Q("57 nhà bia ghi danh liệt sĩ", 57, "nhà bia ghi danh liệt sĩ"), Q("hơn 32 tỷ đồng", 32000000000, "đồng", "over"),
 Q("41 nghĩa trang", 41, "nghĩa trang"), Q("tối đa 1,5 tỷ đồng", 1500000000, "đồng"), Q("500 triệu đồng", 500000000, "đồng"),
 Q("3 người", 3, "người"), Q("khoảng 65%", 65, "%", "approx"), Q("100%", 100, "%")],
[D("Nghị quyết", "18", "2021/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 18/2021/NQ-HĐND"),
 D("Quyết định", "1237", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1237/QĐ-TTg"),
 D("Quyết định", "150", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 150/QĐ-TTg")],
[prov("Phú Yên"), com("Ea Bar"), com("Hòa Quang Bắc"), com("Phú Lâm")],
["HĐND TỈNH PHÚ YÊN - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ :: Hoạt động giám sát",
 "Đoàn giám sát kiểm tra thực tế tại Nghĩa trang liệt sĩ huyện Sông Hinh.", "Tết Nguyên đán"],
["06/10/2023, 10:40", "năm 2023", "Giai đoạn 2021 - 2023", "năm 2024", "khóa VIII"]))

PAGES.append(page("b7846-bacgiang-tu-hoinghi-2024", """
BÁO BẮC GIANG ĐIỆN TỬ
Thời sự › Chính trị
Thứ Năm, 25/7/2024 - 14:30
Đồng chí Bí thư Tỉnh ủy tặng hoa các đại biểu người có công.
Tuyên dương 120 thân nhân liệt sĩ, người có công tiêu biểu
BGĐT - Sáng 24/7, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh Bắc Giang tổ chức hội nghị gặp mặt, tuyên dương người có công với cách mạng, thân nhân liệt sĩ tiêu biểu năm 2024 nhân kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2024).
Dự hội nghị có các đồng chí: Nguyễn Văn Gấm, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; Lâm Thị Hương Thành, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Hoàng Văn Ngụ, Phó Chủ tịch UBND tỉnh cùng 120 đại biểu là thân nhân liệt sĩ, người có công tiêu biểu đến từ 10 huyện, thị xã, thành phố.
Theo báo cáo, toàn tỉnh hiện có 25.116 liệt sĩ, 11.530 thương binh, người hưởng chính sách như thương binh; 1.987 Bà mẹ Việt Nam anh hùng, trong đó 12 mẹ đang còn sống. Từ ngày 01/7/2024, mức chuẩn trợ cấp ưu đãi người có công được nâng lên 2.789.000 đồng theo Nghị định số 77/2024/NĐ-CP của Chính phủ; hằng tháng tỉnh chi trả cho hơn 22.000 đối tượng. Năm 2024, tỉnh đã hỗ trợ xây mới, sửa chữa 315 nhà ở cho người có công, mức hỗ trợ 60 triệu đồng/nhà xây mới và 30 triệu đồng/nhà sửa chữa. Thực hiện Kết luận 78, 79-KL/TU của Ban Thường vụ Tỉnh ủy, 100% xã, phường, thị trấn đã có nhà bia ghi danh liệt sĩ.
Tại hội nghị, Anh hùng lực lượng vũ trang nhân dân Nịnh Văn Quyền, người dân tộc Nùng ở xã Tân Sơn, kể về những năm tháng chiến đấu bảo vệ biên giới. Bà Lục Thị Thu, vợ liệt sĩ, thôn Đồng Vành, xã Đèo Gia, chia sẻ hành trình hơn 40 năm đi tìm mộ chồng, nhờ giám định ADN mới đưa được hài cốt chồng về quê năm 2023. Cựu chiến binh Giáp Văn Sử, thương binh 1/4, Chủ tịch Hội Cựu chiến binh thị trấn Chũ, trình bày mô hình trồng vải thiều giúp 35 hội viên thoát nghèo.
Phát biểu tại hội nghị, đồng chí Nguyễn Văn Gấm bày tỏ lòng tri ân sâu sắc đối với các thế hệ cha anh; yêu cầu các cấp, ngành tiếp tục thực hiện tốt Chỉ thị số 14-CT/TW ngày 19/7/2017 của Ban Bí thư, rà soát, giải quyết dứt điểm 28 hồ sơ tồn đọng, phối hợp Bộ Chỉ huy Quân sự tỉnh tìm kiếm thông tin của khoảng 1.500 liệt sĩ quê Bắc Giang chưa tìm được mộ.
Dịp này, Ban Tổ chức tặng mỗi đại biểu 1 suất quà trị giá 2 triệu đồng; UBND tỉnh tặng Bằng khen cho 30 tập thể, 45 cá nhân tiêu biểu trong phong trào "Đền ơn đáp nghĩa" giai đoạn 2019 - 2024.
Hà Linh
Tin liên quan
- Lục Ngạn: trao 1.500 suất quà cho gia đình chính sách (22/07/2024)
- Khánh thành nhà bia ghi danh liệt sĩ xã Đồng Cốc (15/07/2024)
- Đón nhận hài cốt liệt sĩ được xác định danh tính qua giám định ADN (20/11/2023)
""", "2024-07-25", "Tuyên dương 120 thân nhân liệt sĩ, người có công tiêu biểu",
E("hoi_nghi", "2024", "2024-07-24"),
[P("Nguyễn Văn Gấm", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Lâm Thị Hương Thành", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Hoàng Văn Ngụ", "Phó Chủ tịch UBND tỉnh"),
 P("Nịnh Văn Quyền", "Anh hùng lực lượng vũ trang nhân dân"),
 P("Lục Thị Thu", "vợ liệt sĩ"),
 P("Giáp Văn Sử", "Cựu chiến binh", "thương binh 1/4", "Chủ tịch Hội Cựu chiến binh thị trấn Chũ")],
[Q("120 thân nhân liệt sĩ, người có công tiêu biểu", 120, "thân nhân liệt sĩ, người có công tiêu biểu"),
 Q("10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố"), Q("25.116 liệt sĩ", 25116, "liệt sĩ"),
 Q("11.530 thương binh, người hưởng chính sách như thương binh", 11530, "thương binh, người hưởng chính sách như thương binh"),
 Q("1.987 Bà mẹ Việt Nam anh hùng", 1987, "Bà mẹ Việt Nam anh hùng"), Q("12 mẹ", 12, "mẹ"),
 Q("2.789.000 đồng", 2789000, "đồng"), Q("hơn 22.000 đối tượng", 22000, "đối tượng", "over"),
 Q("315 nhà ở", 315, "nhà ở"), Q("60 triệu đồng", 60000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"), Q("100%", 100, "%"),
 Q("35 hội viên", 35, "hội viên"), Q("28 hồ sơ", 28, "hồ sơ"), Q("khoảng 1.500 liệt sĩ", 1500, "liệt sĩ", "approx"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("30 tập thể", 30, "tập thể"), Q("45 cá nhân tiêu biểu", 45, "cá nhân tiêu biểu")],
[D("Nghị định", "77", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 77/2024/NĐ-CP"),
 D("Kết luận", "78", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 78, 79-KL/TU"),
 D("Kết luận", "79", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 78, 79-KL/TU"),
 D("Chỉ thị", "14", "CT/TW", "2017-07-19", "Ban Bí thư", "Chỉ thị số 14-CT/TW ngày 19/7/2017")],
[prov("Bắc Giang"), com("Tân Sơn"), com("Đèo Gia"), com("Chũ")],
["BÁO BẮC GIANG ĐIỆN TỬ", "Thời sự › Chính trị", "BGĐT", "Đồng chí Bí thư Tỉnh ủy tặng hoa các đại biểu người có công.",
 "thôn Đồng Vành", "Đền ơn đáp nghĩa"],
["Thứ Năm, 25/7/2024 - 14:30", "năm 2024", "77 năm", "27/7/1947 - 27/7/2024", "01/7/2024", "thương binh 1/4",
 "hơn 40 năm", "năm 2023", "1 suất quà", "giai đoạn 2019 - 2024"]))
