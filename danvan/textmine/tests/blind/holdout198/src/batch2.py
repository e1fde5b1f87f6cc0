from lib import *
PAGES = []

PAGES.append(page("b4715-angiang-ubnd-doithoai-2017", """
BÁO AN GIANG ĐIỆN TỬ
Thời sự / Xã hội / Dân vận
17/05/2017 - 10:05
Đối thoại với hộ dân phải di dời khỏi vùng sạt lở Vàm Nao
Ngày 15/5, UBND huyện Chợ Mới phối hợp Ủy ban MTTQ Việt Nam huyện tổ chức đối thoại năm 2017 với 186 hộ dân ấp Mỹ Hòa, xã Mỹ Hội Đông thuộc vùng sạt lở nguy hiểm ven sông Vàm Nao. Ông Nguyễn Thanh Bình, Phó Bí thư Thường trực Tỉnh ủy và các đồng chí Phó Chủ tịch UBND tỉnh: Lê Văn Nưng, Nguyễn Thanh Bình Minh cùng dự.
Bà con ấp Mỹ Hòa nêu ý kiến tại buổi đối thoại. Ảnh: Hữu Huy
Đêm 22/4/2017, sạt lở nghiêm trọng tại đoạn bờ sông dài 160 m đã cuốn trôi 16 căn nhà, 1 đoạn đường giao thông nông thôn; không có thiệt hại về người. Thực hiện Quyết định số 1064/QĐ-UBND ngày 23/4/2017 của UBND tỉnh An Giang công bố tình huống khẩn cấp sạt lở, huyện đã di dời khẩn cấp 35 hộ, tạm cư tại Trường Tiểu học "B" Mỹ Hội Đông; mỗi hộ được hỗ trợ 30 triệu đồng từ ngân sách và 10 triệu đồng từ Quỹ cứu trợ của Mặt trận.
Tại buổi đối thoại, người dân đặt 27 câu hỏi, tập trung vào giá bồi thường, vị trí nền nhà tái định cư và hỗ trợ chuyển đổi nghề. Ông Trần Văn Sáu, ấp Mỹ Hòa, đề nghị cho trả chậm tiền nền nhà; bà Chau Thị Sóc Thi, người dân tộc Khmer đang làm thuê tại ấp, hỏi về chính sách cho hộ không có đất.
Trả lời các ý kiến, ông Võ Văn Trí, HUV, Chủ tịch UBND huyện Chợ Mới, cho biết cụm dân cư Mỹ Hội Đông có 220 nền nhà, mỗi nền 100 m2, bán trả chậm trong 10 năm theo Nghị định 90/2016/NĐ-CP; hộ nghèo được vay thêm tối đa 25 triệu đồng theo Quyết định 33/2015/QĐ-TTg. Ông Phan Văn Lụa, Chủ tịch Hội Nông dân huyện cho biết Hội sẽ giới thiệu việc làm, cho vay vốn từ Quỹ Hỗ trợ nông dân với 1,5 tỷ đồng dành riêng cho các hộ di dời.
Phát biểu tại buổi đối thoại, ông Nguyễn Thanh Bình đề nghị cấp ủy, chính quyền huyện thực hiện nghiêm Quy chế dân chủ ở cơ sở, công khai danh sách, giá bồi thường; Mặt trận và các đoàn thể tiếp tục vận động, chăm lo đời sống người dân vùng sạt lở; phấn đấu hoàn thành di dời 100% hộ trong vùng nguy hiểm trước mùa lũ năm 2017.
Bà Huỳnh Thị Diệu Hiền, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, thông tin: từ đầu năm, Mặt trận các cấp đã vận động được 4,6 tỷ đồng hỗ trợ người dân vùng sạt lở, trong đó hơn 900 triệu đồng do Hội Nông dân, Hội LHPN và Tỉnh đoàn vận động; Ban Vận động Quỹ "Vì người nghèo" tỉnh sẽ hỗ trợ thêm 40 triệu đồng/căn để cất nhà mới cho hộ nghèo tại cụm dân cư.
Sau buổi đối thoại, đã có 142 hộ ký cam kết di dời. Ủy ban MTTQ Việt Nam tỉnh trao tặng 186 phần quà, mỗi phần 1 triệu đồng cho bà con.
Hữu Huy
Lượt đọc: 2.031
Tin cùng chuyên mục
- Tân Châu: vận động 40 hộ dân tháo dỡ nhà trên bờ sông Tiền (12/05/2017)
- Mặt trận tỉnh tiếp nhận trên 3 tỷ đồng hỗ trợ người dân vùng sạt lở (28/04/2017)
- Thăm, tặng quà 35 hộ bị sạt lở tại Mỹ Hội Đông (24/04/2017)
""", "2017-05-17", "Đối thoại với hộ dân phải di dời khỏi vùng sạt lở Vàm Nao",
E("doi_thoai", "2017", "2017-05-15"),
[P("Nguyễn Thanh Bình", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lê Văn Nưng", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thanh Bình Minh", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Văn Sáu"), P("Chau Thị Sóc Thi"),
 P("Võ Văn Trí", "HUV", "Chủ tịch UBND huyện Chợ Mới"),
 P("Phan Văn Lụa", "Chủ tịch Hội Nông dân huyện"),
 P("Huỳnh Thị Diệu Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("186 hộ dân", 186, "hộ dân"), Q("160 m", 160, "m"), Q("16 căn nhà", 16, "căn nhà"), Q("35 hộ", 35, "hộ"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("27 câu hỏi", 27, "câu hỏi"),
 Q("220 nền nhà", 220, "nền nhà"), Q("100 m2", 100, "m2"), Q("tối đa 25 triệu đồng", 25000000, "đồng"),
 Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("100% hộ", 100, "%"), Q("142 hộ", 142, "hộ"), Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("hơn 900 triệu đồng", 900000000, "đồng", "over"), Q("40 triệu đồng/căn", 40000000, "đồng"),
 Q("186 phần quà", 186, "phần quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "1064", "QĐ-UBND", "2017-04-23", "UBND tỉnh An Giang", "Quyết định số 1064/QĐ-UBND ngày 23/4/2017"),
 D("Nghị định", "90", "2016/NĐ-CP", None, None, "Nghị định 90/2016/NĐ-CP"),
 D("Quyết định", "33", "2015/QĐ-TTg", None, None, "Quyết định 33/2015/QĐ-TTg")],
[prov("An Giang"), com("Mỹ Hội Đông")],
["BÁO AN GIANG ĐIỆN TỬ", "Thời sự / Xã hội / Dân vận", "Bà con ấp Mỹ Hòa nêu ý kiến tại buổi đối thoại. Ảnh: Hữu Huy",
 "Trường Tiểu học \"B\" Mỹ Hội Đông", "Quỹ Hỗ trợ nông dân", "Quy chế dân chủ ở cơ sở", "Vì người nghèo", "Lượt đọc: 2.031"],
["17/05/2017 - 10:05", "năm 2017", "Đêm 22/4/2017", "1 đoạn đường", "10 năm", "Lượt đọc: 2.031"]))

PAGES.append(page("b4716-haugiang-hlhpn-taphuan-2018", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH HẬU GIANG
Trang chủ :: Hoạt động các cấp Hội :: Tin tức
Cập nhật lúc 14:30 ngày 21/08/2018
Phụ nữ vùng trũng học cách thích ứng với biến đổi khí hậu
Trong 2 ngày 20 và 21/8, Hội LHPN tỉnh phối hợp Hội Nông dân tỉnh và Trung tâm Khuyến nông tổ chức lớp tập huấn năm 2018 về "Nâng cao năng lực ứng phó biến đổi khí hậu, phòng, chống thiên tai dựa vào cộng đồng" cho 85 học viên là cán bộ Hội, chi hội trưởng phụ nữ, chi hội trưởng nông dân tại 13 xã, phường, thị trấn bị ảnh hưởng sạt lở và nước mặn.
Học viên thực hành lập bản đồ rủi ro thiên tai tại ấp. Ảnh: Thu Hà
Phát biểu khai mạc, bà Trần Thị Hồng Thắm, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh cho biết năm 2017 - 2018, trên địa bàn tỉnh xảy ra 58 vụ sạt lở đất ven sông, kênh rạch với tổng chiều dài hơn 2.100 m, 74 căn nhà bị ảnh hưởng; mặn xâm nhập vào sâu các kênh Xà No, Nàng Mau. Thực hiện Kế hoạch 26-KH/TU ngày 10/4/2018 của Tỉnh ủy thực hiện Nghị quyết 120/NQ-CP của Chính phủ về phát triển bền vững đồng bằng sông Cửu Long thích ứng với biến đổi khí hậu, Hội đã xây dựng kế hoạch số 51/KH-HLHPN hướng dẫn các cấp Hội tham gia.
Các học viên được truyền đạt kiến thức về diễn biến hạn, mặn, sạt lở; kỹ năng sơ cấp cứu, trữ nước sinh hoạt an toàn; mô hình sinh kế thích ứng như nuôi lươn không bùn, trồng rau thủy canh, trồng khóm trên đất phèn. Thạc sĩ Lâm Văn Tân, giảng viên Viện Nghiên cứu Biến đổi khí hậu thuộc Trường Đại học Cần Thơ, giới thiệu 4 bước lập kế hoạch phòng, chống thiên tai dựa vào cộng đồng.
Chị Nguyễn Thị Kiều Oanh, Chi hội trưởng Chi hội phụ nữ ấp Long Hòa A1, xã Long Bình, chia sẻ: ấp có 43 hộ sống ven sông Cái Lớn, nhiều nhà sàn đã lún; chị em trong chi hội góp 18 triệu đồng mua bao cát, cọc tràm gia cố bờ cho 9 hộ khó khăn.
Năm 2018, các cấp Hội đã vận động xây dựng 27 "Mái ấm tình thương" trị giá hơn 1,1 tỷ đồng cho hội viên nghèo ở vùng sạt lở; thành lập 35 tổ phụ nữ tiết kiệm nước sạch với 612 thành viên. Bà Võ Thị Ngọc Lành, Phó Chủ tịch Hội LHPN tỉnh, đề nghị sau lớp học, học viên về tổ chức truyền thông tại ít nhất 2 cuộc sinh hoạt chi hội.
Ông Lê Hoàng Nhẫn, Phó Chủ tịch Thường trực Hội Nông dân tỉnh Hậu Giang, lưu ý các chi hội phối hợp tổ dân vận ấp rà soát hộ sống trong vùng có nguy cơ sạt lở cao, vận động bà con không xây cất nhà sát mép sông, không khai thác cát trái phép; đồng thời kiến nghị địa phương ưu tiên nguồn vốn nông thôn mới cho các công trình kè, cống ngăn mặn do nhân dân cùng góp sức.
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu bài kiểm tra.
Thu Hà
Lượt xem: 415
Tin liên quan
- Phụ nữ Long Mỹ trồng 5.000 cây xanh chống sạt lở (09/08/2018)
- Trao 15 mái ấm tình thương cho hội viên nghèo (31/07/2018)
- Hội LHPN tỉnh sơ kết 6 tháng đầu năm 2018 (18/07/2018)
""", "2018-08-21", "Phụ nữ vùng trũng học cách thích ứng với biến đổi khí hậu",
E("tap_huan", "2018", "2018-08-20"),
[P("Trần Thị Hồng Thắm", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Lâm Văn Tân", "Thạc sĩ", "giảng viên Viện Nghiên cứu Biến đổi khí hậu thuộc Trường Đại học Cần Thơ"),
 P("Nguyễn Thị Kiều Oanh", "Chi hội trưởng Chi hội phụ nữ ấp Long Hòa A1"),
 P("Võ Thị Ngọc Lành", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lê Hoàng Nhẫn", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh Hậu Giang")],
[Q("85 học viên", 85, "học viên"), Q("13 xã, phường, thị trấn", 13, "xã, phường, thị trấn"),
 Q("58 vụ sạt lở đất", 58, "vụ sạt lở đất"), Q("hơn 2.100 m", 2100, "m", "over"), Q("74 căn nhà", 74, "căn nhà"),
 Q("43 hộ", 43, "hộ"), Q("18 triệu đồng", 18000000, "đồng"), Q("9 hộ khó khăn", 9, "hộ khó khăn"),
 Q("27 \"Mái ấm tình thương\"", 27, "Mái ấm tình thương"), Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"),
 Q("35 tổ phụ nữ tiết kiệm nước sạch", 35, "tổ phụ nữ tiết kiệm nước sạch"), Q("612 thành viên", 612, "thành viên"),
 Q("ít nhất 2 cuộc sinh hoạt chi hội", 2, "cuộc sinh hoạt chi hội", "over"), Q("100% học viên", 100, "%")],
[D("Kế hoạch", "26", "KH/TU", "2018-04-10", "Tỉnh ủy", "Kế hoạch 26-KH/TU ngày 10/4/2018"),
 D("Nghị quyết", "120", "NQ-CP", None, "Chính phủ", "Nghị quyết 120/NQ-CP"),
 D("Kế hoạch", "51", "KH-HLHPN", None, "Hội", "kế hoạch số 51/KH-HLHPN")],
[prov("Hậu Giang"), com("Long Bình")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH HẬU GIANG", "Trang chủ :: Hoạt động các cấp Hội :: Tin tức",
 "Học viên thực hành lập bản đồ rủi ro thiên tai tại ấp. Ảnh: Thu Hà",
 "Nâng cao năng lực ứng phó biến đổi khí hậu, phòng, chống thiên tai dựa vào cộng đồng", "Lượt xem: 415"],
["Cập nhật lúc 14:30 ngày 21/08/2018", "2 ngày", "năm 2018", "năm 2017 - 2018", "4 bước", "Lượt xem: 415"]))

PAGES.append(page("b4717-longan-mttq-daihoi-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẦN ĐƯỚC - TỈNH LONG AN
Trang chủ > Tin tức - Sự kiện > Mặt trận - Đoàn thể
Thứ Năm, 18/07/2019 - 08:45
Đại hội đại biểu MTTQ Việt Nam xã Long Hựu Đông lần thứ XI, nhiệm kỳ 2019 - 2024
Ngày 16/7/2019, Ủy ban MTTQ Việt Nam xã Long Hựu Đông tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2019 - 2024, xã điểm của huyện Cần Đước, tỉnh Long An. Dự đại hội có đồng chí Nguyễn Văn Được, Tỉnh ủy viên, Bí thư Huyện ủy Cần Đước; đồng chí Đỗ Thị Thu Thủy, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện cùng 120 đại biểu đại diện cho hơn 3.400 hộ dân trong xã.
Đoàn Chủ tịch điều hành đại hội. Ảnh: Ngọc Mến
Nhiệm kỳ 2014 - 2019, Mặt trận xã đã phối hợp vận động nhân dân đóng góp trên 5,7 tỷ đồng, hiến 12.600 m2 đất để nâng cấp 14 tuyến đê bao, đường đal kết hợp chống triều cường; nạo vét 23 tuyến kênh nội đồng với chiều dài 31 km. Trong đợt hạn, mặn mùa khô 2015 - 2016, Mặt trận xã vận động các nhà hảo tâm trao 410 lu, bồn chứa nước cho hộ nghèo, hộ cận nghèo; cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" góp phần đưa xã đạt chuẩn nông thôn mới năm 2018. Quỹ "Vì người nghèo" xã vận động được 860 triệu đồng, xây mới và sửa chữa 37 căn nhà đại đoàn kết; tỷ lệ hộ nghèo giảm còn 1,2%.
Đại hội đã thảo luận, thống nhất các chỉ tiêu nhiệm kỳ 2019 - 2024, trong đó phấn đấu hằng năm có trên 95% hộ gia đình đạt danh hiệu gia đình văn hóa, 100% ấp đạt chuẩn văn hóa; vận động nhân dân cùng Nhà nước đầu tư 2 trạm bơm nước ngọt và 1 hệ thống cấp nước liên ấp cho vùng thường xuyên bị nhiễm mặn.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Được đề nghị Mặt trận xã quán triệt Chỉ thị 18-CT/TW ngày 26/10/2017 của Ban Bí thư về lãnh đạo Đại hội MTTQ Việt Nam các cấp và Kế hoạch 102-KH/ĐU của Đảng ủy xã; phát huy vai trò Ban Công tác Mặt trận ở 7 ấp, chủ động nắm tâm tư nhân dân trong việc giải tỏa hành lang đê bao sông Vàm Cỏ.
Đại hội đã hiệp thương cử 31 vị vào Ủy ban MTTQ Việt Nam xã khóa XI. Tại hội nghị lần thứ nhất, bà Phan Thị Ngọc Hân được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hựu Đông khóa XI; các ông Trương Văn Lộc, Nguyễn Hữu Tâm - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng bầu 12 đại biểu dự Đại hội MTTQ Việt Nam huyện lần thứ XI.
Đại hội thông qua Chương trình hành động số 01/CTr-MTTQ thực hiện Nghị quyết đại hội, trong đó có nội dung vận động nhân dân chung tay thích ứng với biến đổi khí hậu.
Ngọc Mến
Lượt xem: 611
Tin khác
- Đại hội MTTQ xã Tân Chánh nhiệm kỳ 2019 - 2024 (12/07/2019)
- Cần Đước ra quân nạo vét kênh mùa khô (05/07/2019)
- Hội Nông dân huyện trao 2 căn nhà "Mái ấm nông dân" (28/06/2019)
""", "2019-07-18", "Đại hội đại biểu MTTQ Việt Nam xã Long Hựu Đông lần thứ XI, nhiệm kỳ 2019 - 2024",
E("dai_hoi", None, "2019-07-16"),
[P("Nguyễn Văn Được", "Tỉnh ủy viên", "Bí thư Huyện ủy Cần Đước"),
 P("Đỗ Thị Thu Thủy", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Phan Thị Ngọc Hân", "Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hựu Đông khóa XI"),
 P("Trương Văn Lộc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Hữu Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 3.400 hộ dân", 3400, "hộ dân", "over"),
 Q("trên 5,7 tỷ đồng", 5700000000, "đồng", "over"), Q("12.600 m2", 12600, "m2"), Q("14 tuyến đê bao, đường đal", 14, "tuyến đê bao, đường đal"),
 Q("23 tuyến kênh nội đồng", 23, "tuyến kênh nội đồng"), Q("31 km", 31, "km"), Q("410 lu, bồn chứa nước", 410, "lu, bồn chứa nước"),
 Q("860 triệu đồng", 860000000, "đồng"), Q("37 căn nhà đại đoàn kết", 37, "căn nhà đại đoàn kết"), Q("1,2%", 1.2, "%"),
 Q("trên 95%", 95, "%", "over"), Q("100% ấp", 100, "%"), Q("2 trạm bơm nước ngọt", 2, "trạm bơm nước ngọt"),
 Q("1 hệ thống cấp nước liên ấp", 1, "hệ thống cấp nước liên ấp"), Q("7 ấp", 7, "ấp"), Q("31 vị", 31, "vị"),
 Q("12 đại biểu", 12, "đại biểu")],
[D("Chỉ thị", "18", "CT/TW", "2017-10-26", "Ban Bí thư", "Chỉ thị 18-CT/TW ngày 26/10/2017"),
 D("Kế hoạch", "102", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 102-KH/ĐU"),
 D("Chương trình hành động", "01", "CTr-MTTQ", None, None, "Chương trình hành động số 01/CTr-MTTQ")],
[prov("Long An"), com("Long Hựu Đông")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẦN ĐƯỚC - TỈNH LONG AN", "Trang chủ > Tin tức - Sự kiện > Mặt trận - Đoàn thể",
 "Đoàn Chủ tịch điều hành đại hội. Ảnh: Ngọc Mến", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Vì người nghèo", "Lượt xem: 611"],
["Thứ Năm, 18/07/2019 - 08:45", "lần thứ XI", "nhiệm kỳ 2019 - 2024", "Nhiệm kỳ 2014 - 2019", "mùa khô 2015 - 2016",
 "năm 2018", "khóa XI", "lần thứ nhất", "Lượt xem: 611"]))

PAGES.append(page("b4718-tiengiang-mttq-traoqua-2020", """
BÁO ẤP BẮC - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TIỀN GIANG
Hôm nay: Thứ Sáu, 27/03/2020
Xã hội » Chung tay vì cộng đồng
Thứ Tư, 25/03/2020, 16:20
Trao 1.500 bồn chứa nước cho người dân vùng hạn, mặn Gò Công
Ngày 24/3, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tiền Giang phối hợp Hội Nông dân tỉnh và các nhà tài trợ tổ chức trao 1.500 bồn chứa nước loại 1.000 lít và 2.000 m3 nước ngọt cho người dân các xã Tân Thành, Kiểng Phước, Tân Điền bị ảnh hưởng nặng bởi hạn hán, xâm nhập mặn mùa khô 2019 - 2020.
Người dân xã Tân Thành nhận bồn chứa nước. Ảnh: Thanh Thảo
Tham dự có ông Nguyễn Văn Nhã, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Hồ Thị Kim Phượng, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh; các ông Lê Văn Tùng, Trần Minh Thuận, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo của UBND thị xã Gò Công và huyện Gò Công Đông, từ đầu mùa khô, độ mặn trên sông Tiền và sông Vàm Cỏ luôn ở mức trên 8‰, cao hơn mùa khô 2015 - 2016; khoảng 18.600 hộ dân thiếu nước sinh hoạt, trong đó có 3.240 hộ nghèo, hộ cận nghèo. Thực hiện Nghị quyết 25/NQ-CP của Chính phủ và Công văn số 1216/UBND-KT ngày 12/3/2020 của UBND tỉnh về cấp nước sinh hoạt miễn phí cho người dân vùng hạn, mặn, các lực lượng đã vận chuyển hơn 41.000 m3 nước ngọt đến tận nhà dân.
Phát biểu tại buổi trao tặng, ông Nguyễn Văn Nhã cho biết từ ngày 01/01 đến nay, Ủy ban MTTQ tỉnh đã tiếp nhận 8,35 tỷ đồng và nhiều hàng hóa ủng hộ người dân vùng hạn, mặn; đã phân bổ 6.200 bồn chứa nước, 3 máy lọc nước RO công suất 2 m3/giờ cho các trường học và trạm y tế. Ông đề nghị Mặt trận và Hội Nông dân các xã công khai danh sách hộ nhận hỗ trợ, vận động nhân dân sử dụng nước tiết kiệm, không để xảy ra tình trạng trục lợi.
Bà Hồ Thị Kim Phượng thông tin, Hội Nông dân tỉnh đã vận động 1.860 hội viên chuyển đổi 420 ha lúa sang trồng màu chịu hạn, đào 96 ao trữ nước ngọt; riêng Quỹ Hỗ trợ nông dân giải ngân ưu tiên 2,1 tỷ đồng cho 70 hộ làm bể trữ nước.
Bà Nguyễn Thị Bảy, ấp Bà Từ, xã Tân Thành, 72 tuổi, xúc động khi được nhận bồn chứa: "Mấy tháng nay nhà phải mua nước 150.000 đồng/m3, giờ có bồn trữ nước mưa, nước ngọt chở tới là đỡ lắm".
Dịp này, Ủy ban MTTQ tỉnh trao 300 phần quà, mỗi phần gồm 10 kg gạo và 500.000 đồng cho hộ nghèo ở 3 xã.
Thanh Thảo
Lượt xem: 4.806
Tin liên quan
- Chợ Gạo: đắp đập tạm ngăn mặn kênh Chợ Gạo (20/03/2020)
- Tỉnh đoàn hỗ trợ 100 bình lọc nước cho học sinh vùng mặn (16/03/2020)
- Tân Phú Đông công bố tình huống khẩn cấp thiên tai hạn, mặn (11/03/2020)
""", "2020-03-25", "Trao 1.500 bồn chứa nước cho người dân vùng hạn, mặn Gò Công",
E("trao_qua", None, "2020-03-24"),
[P("Nguyễn Văn Nhã", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Kim Phượng", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Văn Tùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Minh Thuận", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Bảy")],
[Q("1.500 bồn chứa nước", 1500, "bồn chứa nước"), Q("1.000 lít", 1000, "lít"), Q("2.000 m3", 2000, "m3"),
 Q("trên 8‰", 8, "‰", "over"), Q("khoảng 18.600 hộ dân", 18600, "hộ dân", "approx"), Q("3.240 hộ nghèo, hộ cận nghèo", 3240, "hộ nghèo, hộ cận nghèo"),
 Q("hơn 41.000 m3", 41000, "m3", "over"), Q("8,35 tỷ đồng", 8350000000, "đồng"), Q("6.200 bồn chứa nước", 6200, "bồn chứa nước"),
 Q("3 máy lọc nước RO", 3, "máy lọc nước RO"), Q("1.860 hội viên", 1860, "hội viên"), Q("420 ha", 420, "ha"),
 Q("96 ao trữ nước ngọt", 96, "ao trữ nước ngọt"), Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("70 hộ", 70, "hộ"),
 Q("150.000 đồng/m3", 150000, "đồng"), Q("300 phần quà", 300, "phần quà"), Q("10 kg gạo", 10, "kg"),
 Q("500.000 đồng", 500000, "đồng"), Q("3 xã", 3, "xã")],
[D("Nghị quyết", "25", "NQ-CP", None, "Chính phủ", "Nghị quyết 25/NQ-CP"),
 D("Công văn", "1216", "UBND-KT", "2020-03-12", "UBND tỉnh", "Công văn số 1216/UBND-KT ngày 12/3/2020")],
[prov("Tiền Giang"), com("Tân Thành"), com("Kiểng Phước"), com("Tân Điền")],
["BÁO ẤP BẮC - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TIỀN GIANG", "Xã hội » Chung tay vì cộng đồng",
 "Người dân xã Tân Thành nhận bồn chứa nước. Ảnh: Thanh Thảo", "Quỹ Hỗ trợ nông dân", "Lượt xem: 4.806"],
["Hôm nay: Thứ Sáu, 27/03/2020", "Thứ Tư, 25/03/2020, 16:20", "mùa khô 2019 - 2020", "mùa khô 2015 - 2016", "72 tuổi",
 "2 m3/giờ", "Mấy tháng", "Lượt xem: 4.806"]))

PAGES.append(page("b4719-bentre-mttq-baocao-2020", """
Báo Đồng Khởi Online
Thời sự | Chính trị | Kỳ họp HĐND tỉnh
2020-12-10 09:15
Cử tri kiến nghị sớm hoàn thành các cống ngăn mặn, trữ ngọt
(ĐK) - Tại kỳ họp thứ 18 HĐND tỉnh khóa IX khai mạc sáng 9/12/2020, bà Lê Thị Thu Ba, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đã trình bày báo cáo của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về công tác tham gia xây dựng chính quyền và tổng hợp ý kiến, kiến nghị của cử tri năm 2020.
Bà Lê Thị Thu Ba trình bày báo cáo tại kỳ họp. Ảnh: Phan Hân
Báo cáo nêu rõ, năm 2020, Bến Tre chịu đợt hạn, mặn nghiêm trọng nhất từ trước đến nay, mặn xâm nhập toàn bộ 9/9 huyện, thành phố; khoảng 40.000 ha cây ăn trái và 2.200 ha lúa bị thiệt hại, ước thiệt hại trên 1.665 tỷ đồng. Mặt trận các cấp đã tiếp nhận 97,4 tỷ đồng và hàng hóa ủng hộ, trong đó có 22.500 bồn, lu chứa nước, 410 máy lọc nước; phân bổ kịp thời cho 68.000 lượt hộ dân.
Qua tiếp xúc cử tri, Mặt trận tỉnh tổng hợp 312 ý kiến, kiến nghị, trong đó 87 ý kiến liên quan đến thủy lợi, cấp nước sạch và sạt lở bờ sông. Cử tri các xã Thạnh Phong, Thạnh Hải, An Thủy đề nghị sớm hoàn thành hệ thống thủy lợi Bắc Bến Tre và các cống Tân Phú, An Hóa; cử tri xã Phú Túc đề nghị có phương án di dời 24 hộ đang sống trong vùng sạt lở nguy hiểm ven sông Tiền.
Về giám sát, Ban Thường trực Ủy ban MTTQ tỉnh chủ trì 6 cuộc giám sát chuyên đề, trong đó có giám sát việc thực hiện Quyết định số 12/2020/QĐ-UBND ngày 20/3/2020 của UBND tỉnh về hỗ trợ khôi phục sản xuất vùng bị thiệt hại do hạn, mặn; phối hợp giám sát việc thực hiện Nghị quyết 12, 13/NQ-HĐND của HĐND tỉnh. Qua giám sát, Mặt trận đã có 21 kiến nghị, đến nay có 16 kiến nghị đã được tiếp thu, giải quyết.
Báo cáo cũng ghi nhận các cấp Hội Nông dân đã vận động hội viên đóng góp 9,6 tỷ đồng, trên 120.000 ngày công đắp 316 đập tạm ngăn mặn, nạo vét 1.240 tuyến kênh; Hội LHPN và Tỉnh đoàn ra quân hỗ trợ tưới nước cứu 1.850 ha vườn.
Tiếp thu ý kiến cử tri, ông Trần Hữu Phước, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh, cho biết tỉnh đã bố trí 214 tỷ đồng xây dựng 11 cống ngăn mặn cấp bách; đồng thời giao Sở Nông nghiệp và Phát triển nông thôn phối hợp Ủy ban MTTQ tỉnh rà soát, lập danh sách các hộ trong vùng sạt lở để bố trí tái định cư trong quý I năm 2021. Các đại biểu HĐND tỉnh Hồ Văn Lễ, Nguyễn Thị Yến Nhi đề nghị làm rõ trách nhiệm các địa phương chậm giải ngân hỗ trợ.
Trên cơ sở đó, Ủy ban MTTQ tỉnh kiến nghị HĐND, UBND tỉnh ưu tiên vốn đầu tư công trung hạn 2021 - 2025 cho các công trình kè chống sạt lở, cống ngăn mặn; có chính sách hỗ trợ 50% chi phí làm ao, bể trữ nước cho hộ nghèo.
Phan Hân
Lượt xem: 1.377
Các tin khác
- Bế mạc kỳ họp thứ 18 HĐND tỉnh khóa IX (11/12/2020)
- Thường trực HĐND tỉnh giám sát công tác phòng, chống hạn, mặn (27/11/2020)
- Mặt trận tỉnh hiệp thương lần thứ nhất bầu cử đại biểu Quốc hội khóa XV (20/11/2020)
""", "2020-12-10", "Cử tri kiến nghị sớm hoàn thành các cống ngăn mặn, trữ ngọt",
E("bao_cao", "2020", "2020-12-09"),
[P("Lê Thị Thu Ba", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Hữu Phước", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Hồ Văn Lễ", "đại biểu HĐND tỉnh"), P("Nguyễn Thị Yến Nhi", "đại biểu HĐND tỉnh")],
[Q("9/9 huyện, thành phố", 9, "huyện, thành phố"), Q("khoảng 40.000 ha", 40000, "ha", "approx"), Q("2.200 ha", 2200, "ha"),
 Q("trên 1.665 tỷ đồng", 1665000000000, "đồng", "over"), Q("97,4 tỷ đồng", 97400000000, "đồng"),
 Q("22.500 bồn, lu chứa nước", 22500, "bồn, lu chứa nước"), Q("410 máy lọc nước", 410, "máy lọc nước"),
 Q("68.000 lượt hộ dân", 68000, "lượt hộ dân"), Q("312 ý kiến, kiến nghị", 312, "ý kiến, kiến nghị"), Q("87 ý kiến", 87, "ý kiến"),
 Q("24 hộ", 24, "hộ"), Q("6 cuộc giám sát chuyên đề", 6, "cuộc giám sát chuyên đề"), Q("21 kiến nghị", 21, "kiến nghị"),
 Q("16 kiến nghị", 16, "kiến nghị"), Q("9,6 tỷ đồng", 9600000000, "đồng"), Q("trên 120.000 ngày công", 120000, "ngày công", "over"),
 Q("316 đập tạm ngăn mặn", 316, "đập tạm ngăn mặn"), Q("1.240 tuyến kênh", 1240, "tuyến kênh"), Q("1.850 ha", 1850, "ha"),
 Q("50%", 50, "%"), Q("214 tỷ đồng", 214000000000, "đồng"), Q("11 cống ngăn mặn cấp bách", 11, "cống ngăn mặn cấp bách")],
[D("Quyết định", "12", "2020/QĐ-UBND", "2020-03-20", "UBND tỉnh", "Quyết định số 12/2020/QĐ-UBND ngày 20/3/2020"),
 D("Nghị quyết", "12", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 12, 13/NQ-HĐND"),
 D("Nghị quyết", "13", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 12, 13/NQ-HĐND")],
[prov("Bến Tre"), com("Thạnh Phong"), com("Thạnh Hải"), com("An Thủy"), com("Phú Túc")],
["Báo Đồng Khởi Online", "Thời sự | Chính trị | Kỳ họp HĐND tỉnh", "Bà Lê Thị Thu Ba trình bày báo cáo tại kỳ họp. Ảnh: Phan Hân",
 "(ĐK)", "Lượt xem: 1.377"],
["2020-12-10 09:15", "kỳ họp thứ 18", "khóa IX", "năm 2020", "2021 - 2025", "quý I năm 2021", "Lượt xem: 1.377"]))

PAGES.append(page("b4720-camau-bdv-giaoban-2021", """
BAN DÂN VẬN TỈNH ỦY CÀ MAU
Trang chủ / Tin tức / Hoạt động khối dân vận
05/05/2021 08:40
Đồng chí Trần Văn Hiếu (giữa) chủ trì giao ban.
Vận động 312 hộ dân bàn giao mặt bằng thi công kè chống sạt lở bờ biển Đông
Ngày 4/5, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận tháng 4/2021 với Ban Dân vận các huyện ủy, thành ủy, đảng ủy trực thuộc. Đồng chí Trần Văn Hiếu, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Huỳnh Thị Diễm, Danh Hoàng Sơn.
Theo báo cáo, trong tháng, khối dân vận các cấp đã tập trung vận động 312 hộ dân tại các xã Tân Thuận, Tân Hải, Đất Mũi bàn giao mặt bằng thi công 5 dự án kè chống sạt lở khẩn cấp bờ biển Đông và biển Tây với tổng chiều dài 19,6 km, vốn đầu tư hơn 1.100 tỷ đồng theo Quyết định 1255/QĐ-TTg của Thủ tướng Chính phủ; đến nay có 298 hộ đã bàn giao, đạt 95,5%. Có 14 hộ chưa đồng thuận do chưa thống nhất giá bồi thường cây trồng, vật nuôi.
Cùng với đó, các ngành đã phối hợp tổ chức 47 cuộc tuyên truyền về phòng, chống dịch Covid-19 với 3.600 lượt người dự; Ủy ban MTTQ tỉnh vận động xây dựng 85 căn nhà "Đại đoàn kết" cho hộ nghèo vùng ven biển, mỗi căn 50 triệu đồng. Thực hiện Kết luận 01, 02-KL/TU của Ban Thường vụ Tỉnh ủy, khối dân vận đang triển khai vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026.
Đồng chí Lý Hoàng Nam, HUV, Trưởng Ban Dân vận Huyện ủy Ngọc Hiển, cho biết xã Tân Ân có 6 hộ ở trong vùng sạt lở nguy hiểm, huyện đã vận động di dời, mỗi hộ được hỗ trợ 40 triệu đồng theo Nghị quyết số 04/2020/NQ-HĐND của HĐND tỉnh. Bà Thạch Thị Phương, Trưởng Ban Dân vận Đảng ủy xã Khánh Bình Tây, phản ánh tình trạng khô hạn làm 27 vụ cháy rừng tràm nhỏ tại vùng đệm U Minh Hạ.
Cũng tại giao ban, ông Nguyễn Văn Đực, Chủ tịch Hội Nông dân tỉnh Cà Mau, thông tin mùa khô năm nay các cấp Hội đã vận động nông dân góp 3,8 tỷ đồng nạo vét 226 tuyến kênh thủy lợi nội đồng, đắp 61 đập ngăn mặn giữ ngọt cho vùng lúa - tôm; 412 hộ thiếu nước sinh hoạt được Hội phối hợp Tỉnh đoàn chở nước ngọt tận nhà.
Kết luận giao ban, đồng chí Trần Văn Hiếu đề nghị tháng 5, khối dân vận tiếp tục bám sát cơ sở, giải quyết dứt điểm 14 trường hợp chưa bàn giao mặt bằng, phối hợp ngành chức năng thực hiện Quyết định 99-QĐ/TW của Ban Bí thư về phát huy vai trò của nhân dân trong đấu tranh ngăn chặn, đẩy lùi suy thoái.
Trúc Linh
Số lượt truy cập: 5.280
Tin liên quan
- Giao ban khối dân vận tháng 3/2021 (06/04/2021)
- Đầm Dơi: ra mắt 3 mô hình "Dân vận khéo" (29/03/2021)
- Năm Căn vận động hộ dân giao đất làm kè (19/03/2021)
""", "2021-05-05", "Vận động 312 hộ dân bàn giao mặt bằng thi công kè chống sạt lở bờ biển Đông",
E("giao_ban", "2021-04", "2021-05-04"),
[P("Trần Văn Hiếu", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Thị Diễm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Hoàng Sơn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Hoàng Nam", "HUV", "Trưởng Ban Dân vận Huyện ủy Ngọc Hiển"),
 P("Thạch Thị Phương", "Trưởng Ban Dân vận Đảng ủy xã Khánh Bình Tây"),
 P("Nguyễn Văn Đực", "Chủ tịch Hội Nông dân tỉnh Cà Mau")],
[Q("312 hộ dân", 312, "hộ dân"), Q("5 dự án kè chống sạt lở khẩn cấp", 5, "dự án kè chống sạt lở khẩn cấp"),
 Q("19,6 km", 19.6, "km"), Q("hơn 1.100 tỷ đồng", 1100000000000, "đồng", "over"), Q("298 hộ", 298, "hộ"),
 Q("95,5%", 95.5, "%"), Q("14 hộ", 14, "hộ"), Q("47 cuộc tuyên truyền", 47, "cuộc tuyên truyền"),
 Q("3.600 lượt người", 3600, "lượt người"), Q("85 căn nhà", 85, "căn nhà"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("6 hộ", 6, "hộ"), Q("40 triệu đồng", 40000000, "đồng"), Q("27 vụ cháy rừng tràm nhỏ", 27, "vụ cháy rừng tràm nhỏ"),
 Q("14 trường hợp", 14, "trường hợp"), Q("3,8 tỷ đồng", 3800000000, "đồng"), Q("226 tuyến kênh thủy lợi nội đồng", 226, "tuyến kênh thủy lợi nội đồng"),
 Q("61 đập ngăn mặn", 61, "đập ngăn mặn"), Q("412 hộ", 412, "hộ")],
[D("Quyết định", "1255", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1255/QĐ-TTg"),
 D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Nghị quyết", "04", "2020/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 04/2020/NQ-HĐND"),
 D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định 99-QĐ/TW")],
[prov("Cà Mau"), com("Tân Thuận"), com("Tân Hải"), com("Đất Mũi"), com("Tân Ân"), com("Khánh Bình Tây")],
["BAN DÂN VẬN TỈNH ỦY CÀ MAU", "Trang chủ / Tin tức / Hoạt động khối dân vận", "Đồng chí Trần Văn Hiếu (giữa) chủ trì giao ban.",
 "Đại đoàn kết", "Số lượt truy cập: 5.280"],
["05/05/2021 08:40", "tháng 4/2021", "khóa XV", "nhiệm kỳ 2021 - 2026", "tháng 5", "Số lượt truy cập: 5.280"]))
