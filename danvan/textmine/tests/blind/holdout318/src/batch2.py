from lib import *
PAGES = []

PAGES.append(page("b7595-tphcm-thanhdoan-chiasenuoc-2016", """
THÀNH ĐOÀN THÀNH PHỐ HỒ CHÍ MINH - Cổng thông tin
Trang chủ :: Tin tức :: Hoạt động Đoàn - Hội
Ngày đăng 29/03/2016 | 10:05
Tuổi trẻ Thành phố ra quân "Chia sẻ nước ngọt với đồng bào miền Tây"
Sáng 28/3, tại Nhà Văn hóa Thanh niên, Ban Thường vụ Thành đoàn Thành phố Hồ Chí Minh tổ chức lễ ra quân chương trình "Chia sẻ nước ngọt với đồng bào miền Tây", hỗ trợ người dân các tỉnh Bến Tre, Trà Vinh, Sóc Trăng đang bị ảnh hưởng nặng bởi hạn hán, xâm nhập mặn.
Đoàn xe chở nước đầu tiên xuất phát từ Nhà Văn hóa Thanh niên.
Phát biểu tại lễ ra quân, anh Trần Thanh Bình, Ủy viên Ban Chấp hành Trung ương Đoàn, Phó Bí thư Thường trực Thành đoàn, cho biết chương trình được triển khai theo Kế hoạch số 105-KH/TĐTN-BTG ngày 21/3/2016 của Ban Thường vụ Thành đoàn. Trong đợt đầu, tuổi trẻ Thành phố vận chuyển 20 xe bồn với khoảng 200.000 lít nước ngọt, 1.000 bình lọc nước và 500 bồn nhựa loại 1.000 lít đến các xã ven biển của 3 tỉnh.
Chỉ sau một tuần phát động, các cơ sở Đoàn, doanh nghiệp và bạn trẻ đã ủng hộ hơn 1,8 tỷ đồng; 47 doanh nghiệp đăng ký tài trợ xe vận chuyển. Công ty Cấp nước Chợ Lớn và Tổng Công ty Cấp nước Sài Gòn cam kết cung cấp miễn phí nước sạch đạt chuẩn trong suốt chương trình.
Chị Lê Thị Ngọc Trâm, Bí thư Quận đoàn 5, cho biết đơn vị đã huy động 150 đoàn viên thanh niên tham gia chiết nước, bốc xếp; mỗi ngày đội hình làm việc từ 5 giờ sáng để kịp chuyến xe đi Bến Tre. Anh Thạch Ngọc Sơn, Phó Bí thư Tỉnh đoàn Trà Vinh, có mặt tại lễ ra quân, gửi lời cảm ơn tuổi trẻ Thành phố và thông tin: riêng huyện Cầu Ngang, Duyên Hải đã có hơn 9.000 hộ thiếu nước sinh hoạt.
Chương trình dự kiến kéo dài đến hết tháng 5, với mục tiêu đưa ít nhất 1 triệu lít nước ngọt về miền Tây. Thành đoàn cũng kêu gọi mỗi đoàn viên tiết kiệm ít nhất 10.000 đồng để góp vào quỹ "Giọt nước nghĩa tình". Các tấm lòng ủng hộ được nhận tại Văn phòng Thành đoàn, số 1 Phạm Ngọc Thạch, Quận 1.
Hưởng ứng Lời kêu gọi của Ủy ban Trung ương MTTQ Việt Nam về việc ủng hộ đồng bào bị thiệt hại do hạn hán, xâm nhập mặn, nhiều trường đại học như Đại học Quốc gia Thành phố Hồ Chí Minh, Trường Đại học Kinh tế cũng đã tổ chức quyên góp trong sinh viên. Đội hình sinh viên tình nguyện sẽ về xã An Thủy, huyện Ba Tri, tỉnh Bến Tre và xã Hiệp Thạnh, thị xã Duyên Hải, tỉnh Trà Vinh để hướng dẫn người dân lắp đặt, sử dụng bình lọc nước.
Ngọc Hân
Lượt xem: 2.318
Tin khác
- Chiến dịch Mùa hè xanh 2016 có 21 mặt trận (25/03/2016)
- Thành đoàn trao 300 suất học bổng cho học sinh khó khăn (18/03/2016)
- Ngày hội Thanh niên với văn hóa giao thông (12/03/2016)
""", "2016-03-29", 'Tuổi trẻ Thành phố ra quân "Chia sẻ nước ngọt với đồng bào miền Tây"',
E("khac", None, "2016-03-28"),
[P("Trần Thanh Bình", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Phó Bí thư Thường trực Thành đoàn"),
 P("Lê Thị Ngọc Trâm", "Bí thư Quận đoàn 5"),
 P("Thạch Ngọc Sơn", "Phó Bí thư Tỉnh đoàn Trà Vinh")],
[Q("20 xe bồn", 20, "xe bồn"), Q("khoảng 200.000 lít", 200000, "lít", "approx"), Q("1.000 bình lọc nước", 1000, "bình lọc nước"),
 Q("500 bồn nhựa", 500, "bồn nhựa"), Q("1.000 lít", 1000, "lít"), Q("3 tỉnh", 3, "tỉnh"),
 Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"), Q("47 doanh nghiệp", 47, "doanh nghiệp"),
 Q("150 đoàn viên thanh niên", 150, "đoàn viên thanh niên"), Q("hơn 9.000 hộ", 9000, "hộ", "over"),
 Q("ít nhất 1 triệu lít", 1000000, "lít", "over"), Q("ít nhất 10.000 đồng", 10000, "đồng", "over")],
[D("Kế hoạch", "105", "KH/TĐTN-BTG", "2016-03-21", "Ban Thường vụ Thành đoàn", "Kế hoạch số 105-KH/TĐTN-BTG ngày 21/3/2016")],
[prov("Thành phố Hồ Chí Minh"), prov("Bến Tre"), prov("Trà Vinh"), prov("Sóc Trăng"), com("An Thủy"), com("Hiệp Thạnh")],
["THÀNH ĐOÀN THÀNH PHỐ HỒ CHÍ MINH - Cổng thông tin", "Trang chủ :: Tin tức :: Hoạt động Đoàn - Hội",
 "Đoàn xe chở nước đầu tiên xuất phát từ Nhà Văn hóa Thanh niên.", "Chia sẻ nước ngọt với đồng bào miền Tây", "Giọt nước nghĩa tình",
 "Lượt xem: 2.318", "Lời kêu gọi của Ủy ban Trung ương MTTQ Việt Nam"],
["Ngày đăng 29/03/2016 | 10:05", "một tuần", "5 giờ sáng", "hết tháng 5", "số 1 Phạm Ngọc Thạch", "Quận 1", "Lượt xem: 2.318"]))

PAGES.append(page("b7596-travinh-bdv-tongket-2016", """
Báo Trà Vinh điện tử
Xây dựng Đảng › Dân vận
Thứ Sáu, 13/01/2017 - 08:45
Ban Dân vận Tỉnh ủy tổng kết năm 2016: dấu ấn vận động nhân dân vượt hạn mặn
Ngày 12/1, Ban Dân vận Tỉnh ủy Trà Vinh tổ chức hội nghị tổng kết công tác dân vận năm 2016, triển khai nhiệm vụ năm 2017. Đồng chí Kim Ngọc Thạch, Phó Bí thư Tỉnh ủy, dự và chỉ đạo hội nghị; đồng chí Thạch Thị Kim Hoàng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, chủ trì.
Năm 2016, tỉnh chịu đợt hạn hán, xâm nhập mặn nghiêm trọng nhất trong nhiều năm: khoảng 27.000 ha lúa bị thiệt hại, gần 30.000 hộ thiếu nước sinh hoạt. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 17, 18-CT/TU về tăng cường sự lãnh đạo của Đảng trong phòng, chống hạn mặn và về vận động nhân dân chuyển đổi cơ cấu cây trồng; đồng thời ban hành Hướng dẫn số 09-HD/BDVTU về nắm tình hình nhân dân vùng bị thiên tai.
Khối dân vận các cấp đã vận động các tổ chức, cá nhân ủng hộ trên 11,5 tỷ đồng, 3.460 bồn chứa nước và hơn 2.000 m3 nước ngọt; vận động 1.870 hộ chuyển 1.320 ha đất lúa sang trồng màu, cây ăn trái chịu mặn. Phong trào thi đua "Dân vận khéo" có 214 mô hình được công nhận, trong đó 38 mô hình gắn với tiết kiệm, chia sẻ nước ngọt như "Tổ giếng khoan dùng chung", "Phum sóc không thiếu nước".
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Lâm, Sơn Thị Ngọc Hân, lần lượt báo cáo kết quả công tác dân vận chính quyền và công tác dân tộc, tôn giáo. Đồng chí Thạch Sô Phol, HUV, Trưởng Ban Dân vận Huyện ủy Cầu Ngang, chia sẻ cách vận động đồng bào Khmer ở xã Long Sơn, xã Vinh Kim đào 146 ao trữ nước ngọt bằng ngày công lao động.
Phát biểu chỉ đạo, đồng chí Kim Ngọc Thạch biểu dương kết quả khối dân vận đạt được, đề nghị năm 2017 tiếp tục thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của Đảng, Nhà nước, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội; sớm nhân rộng các mô hình trữ nước, không để người dân bị động khi mùa khô 2016 - 2017 đến.
Hội nghị cũng chỉ ra hạn chế: việc nắm tình hình tư tưởng nhân dân vùng thiệt hại có lúc chưa kịp thời; một số nơi phân bổ hàng hỗ trợ chưa công khai, để người dân thắc mắc; công tác dân vận chính quyền trong giải quyết chế độ hỗ trợ thiệt hại còn chậm.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 16 tập thể, 22 cá nhân có thành tích xuất sắc trong vận động nhân dân phòng, chống hạn mặn.
Phương Thảo
Các tin đã đưa
- Cầu Ngang: 146 ao trữ nước được đưa vào sử dụng (30/12/2016)
- Hội nghị người có uy tín trong đồng bào Khmer năm 2016 (19/12/2016)
- Duyên Hải nhân rộng mô hình "Dân vận khéo" (08/12/2016)
""", "2017-01-13", "Ban Dân vận Tỉnh ủy tổng kết năm 2016: dấu ấn vận động nhân dân vượt hạn mặn",
E("tong_ket", "2016", "2017-01-12"),
[P("Kim Ngọc Thạch", "Phó Bí thư Tỉnh ủy"),
 P("Thạch Thị Kim Hoàng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Lâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sơn Thị Ngọc Hân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sô Phol", "HUV", "Trưởng Ban Dân vận Huyện ủy Cầu Ngang")],
[Q("khoảng 27.000 ha", 27000, "ha", "approx"), Q("gần 30.000 hộ", 30000, "hộ", "approx"),
 Q("trên 11,5 tỷ đồng", 11500000000, "đồng", "over"), Q("3.460 bồn chứa nước", 3460, "bồn chứa nước"),
 Q("hơn 2.000 m3", 2000, "m3", "over"), Q("1.870 hộ", 1870, "hộ"), Q("1.320 ha", 1320, "ha"),
 Q("214 mô hình", 214, "mô hình"), Q("38 mô hình", 38, "mô hình"), Q("146 ao trữ nước ngọt", 146, "ao trữ nước ngọt"),
 Q("16 tập thể", 16, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015")],
[prov("Trà Vinh"), com("Long Sơn"), com("Vinh Kim")],
["Báo Trà Vinh điện tử", "Xây dựng Đảng › Dân vận", "Dân vận khéo", "Tổ giếng khoan dùng chung", "Phum sóc không thiếu nước"],
["Thứ Sáu, 13/01/2017 - 08:45", "năm 2016", "năm 2017", "mùa khô 2016 - 2017"]))

PAGES.append(page("b7597-haugiang-bdv-giaoban-2018", """
BAN DÂN VẬN TỈNH ỦY HẬU GIANG
Vị trí: Trang chủ - Tin tức - Sự kiện
21/12/2018 - 16:20
Toàn cảnh buổi giao ban.
Giao ban khối dân vận quý IV: chủ động vận động nhân dân phòng, chống hạn mặn mùa khô 2018 - 2019
(HG) - Chiều 20/12, Ban Dân vận Tỉnh ủy Hậu Giang tổ chức giao ban khối dân vận tỉnh quý IV năm 2018. Đồng chí Nguyễn Thị Hồng Nhung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Trong quý, khối dân vận đã tập trung tuyên truyền Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác phòng ngừa, ứng phó, khắc phục hậu quả thiên tai; phối hợp ngành nông nghiệp tổ chức 28 buổi tuyên truyền về nguy cơ xâm nhập mặn cho gần 2.600 lượt người tại thị xã Long Mỹ và huyện Vị Thủy. Ủy ban MTTQ tỉnh đã vận động xây dựng 6 căn nhà đại đoàn kết, trị giá 240 triệu đồng, cho hộ nghèo ở xã Lương Tâm, xã Vĩnh Viễn A.
Theo đồng chí Lê Hoàng Tuấn, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, dự báo mùa khô tới mặn có thể vào sớm hơn trung bình nhiều năm khoảng 1 tháng; ranh mặn 4 g/l có thể lấn sâu vào các xã phía Nam của thị xã Long Mỹ. Ngành đã kiến nghị gia cố 35 cống ngăn mặn và chuẩn bị 12 trạm bơm dã chiến.
Các đại biểu thảo luận sôi nổi. Bà Trần Thị Mỹ, Chủ tịch Hội LHPN tỉnh, đề nghị nhân rộng mô hình "Lu nước nghĩa tình" của chi hội ấp 6, xã Lương Nghĩa; ông Đoàn Văn Kiệt, Phó Chủ tịch Hội Nông dân tỉnh, kiến nghị có chính sách hỗ trợ nông dân xuống giống lúa Đông Xuân sớm, né mặn. Đồng chí Võ Thành Tâm, Bí thư Tỉnh đoàn, cho biết Tỉnh đoàn sẽ thành lập 40 đội hình thanh niên xung kích sẵn sàng hỗ trợ người dân nạo vét kênh, chở nước.
Kết luận giao ban, đồng chí Nguyễn Thị Hồng Nhung yêu cầu các cơ quan khối dân vận xây dựng kế hoạch cụ thể theo Kế hoạch số 96-KH/BDVTU ngày 10/12/2018 của Ban Dân vận Tỉnh ủy; cán bộ dân vận phải nắm được hộ nào chưa có dụng cụ trữ nước; tăng cường đối thoại, giải thích để người dân chấp hành lịch thời vụ. Đồng chí cũng lưu ý chuẩn bị tốt các hoạt động chăm lo Tết Kỷ Hợi, bảo đảm 100% hộ nghèo đều có quà Tết.
Cũng tại giao ban, các đại biểu thống nhất đánh giá trong quý IV tình hình an ninh nông thôn ổn định; không phát sinh khiếu kiện đông người; tuy nhiên giá lúa, giá heo xuống thấp khiến một bộ phận nông dân lo lắng, cần tiếp tục theo dõi, giải thích kịp thời.
Quý I năm 2019, Ban Dân vận Tỉnh ủy sẽ chủ trì đoàn kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại 4 xã vùng có nguy cơ hạn mặn.
Bảo Trân
Lượt truy cập: 645.120
Tin cùng chuyên mục
- Vị Thủy ra mắt mô hình "Dân vận khéo" trong xây dựng nông thôn mới (14/12/2018)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy xã Lương Tâm (05/12/2018)
- Hội nghị báo cáo viên tháng 11 (27/11/2018)
""", "2018-12-21", "Giao ban khối dân vận quý IV: chủ động vận động nhân dân phòng, chống hạn mặn mùa khô 2018 - 2019",
E("giao_ban", "2018-Q4", "2018-12-20"),
[P("Nguyễn Thị Hồng Nhung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Hoàng Tuấn", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Trần Thị Mỹ", "Chủ tịch Hội LHPN tỉnh"),
 P("Đoàn Văn Kiệt", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Võ Thành Tâm", "Bí thư Tỉnh đoàn")],
[Q("28 buổi tuyên truyền", 28, "buổi tuyên truyền"), Q("gần 2.600 lượt người", 2600, "lượt người", "approx"),
 Q("6 căn nhà đại đoàn kết", 6, "căn nhà đại đoàn kết"), Q("240 triệu đồng", 240000000, "đồng"),
 Q("4 g/l", 4, "g/l"), Q("35 cống ngăn mặn", 35, "cống ngăn mặn"), Q("12 trạm bơm dã chiến", 12, "trạm bơm dã chiến"),
 Q("40 đội hình thanh niên xung kích", 40, "đội hình thanh niên xung kích"), Q("100%", 100, "%"), Q("4 xã", 4, "xã")],
[D("Chỉ thị", "42", "CT/TW", "2015-03-24", "Ban Bí thư", "Chỉ thị số 42-CT/TW ngày 24/3/2015"),
 D("Kế hoạch", "96", "KH/BDVTU", "2018-12-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 96-KH/BDVTU ngày 10/12/2018")],
[prov("Hậu Giang"), com("Lương Tâm"), com("Vĩnh Viễn A"), com("Lương Nghĩa")],
["BAN DÂN VẬN TỈNH ỦY HẬU GIANG", "Vị trí: Trang chủ - Tin tức - Sự kiện", "Toàn cảnh buổi giao ban.", "Lu nước nghĩa tình",
 "Lượt truy cập: 645.120", "Tết Kỷ Hợi", "Quy chế dân chủ ở cơ sở"],
["21/12/2018 - 16:20", "quý IV năm 2018", "mùa khô 2018 - 2019", "khoảng 1 tháng", "Quý I năm 2019", "Lượt truy cập: 645.120"]))

PAGES.append(page("b7598-camau-bdv-baocao-2019", """
Báo Cà Mau - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cà Mau
Thời sự > Chính trị
2019-12-05 09:30
Báo cáo nhanh: hơn 8.000 hộ ở Trần Văn Thời, U Minh có nguy cơ thiếu nước ngọt
Ngày 4/12, Ban Dân vận Tỉnh ủy Cà Mau ban hành báo cáo nhanh về tình hình tư tưởng nhân dân và công tác vận động nhân dân chủ động ứng phó hạn hán, xâm nhập mặn mùa khô 2019 - 2020, gửi Thường trực Tỉnh ủy.
Báo cáo cho biết mặn xuất hiện sớm hơn cùng kỳ năm 2016 khoảng 20 - 30 ngày; đến đầu tháng 12, độ mặn trên sông Ông Đốc đã ở mức 12‰. Qua khảo sát của khối dân vận, huyện Trần Văn Thời và huyện U Minh có 8.146 hộ có nguy cơ thiếu nước ngọt sinh hoạt; khoảng 1.700 giếng khoan đã xuống cấp hoặc nhiễm phèn, mặn; 32 km kênh cần nạo vét khẩn cấp để trữ ngọt cho vùng lúa - tôm.
Đa số người dân đồng tình với chủ trương của tỉnh, nhưng còn lo lắng về giá nước mua từ xe bồn có thể tăng cao như mùa khô 2016 (có lúc 150.000 đồng/m3) và lo ngại cháy rừng ở Vườn quốc gia U Minh Hạ. Một số hộ ở xã Khánh Bình Tây Bắc, xã Khánh Lộc mong được vay vốn để khoan giếng mới.
Thực hiện Kế hoạch số 112-KH/TU ngày 22/11/2019 của Tỉnh ủy về phòng, chống hạn hán, xâm nhập mặn và cháy rừng mùa khô 2019 - 2020, Ban Dân vận Tỉnh ủy đã phân công 11 đoàn công tác về cơ sở; Mặt trận, các đoàn thể tỉnh phát động phong trào "Mỗi nhà một bồn nước, mỗi ấp một tổ chia sẻ nước ngọt". Qua phát động, bước đầu có 29 tổ chia sẻ nước ngọt ở ấp được thành lập, 615 hộ đăng ký dùng chung giếng khoan với hộ lân cận.
Theo đồng chí Lâm Văn Bi, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, báo cáo đề xuất Thường trực Tỉnh ủy chỉ đạo UBND tỉnh sớm bố trí khoảng 9,5 tỷ đồng khoan mới, sửa chữa giếng tập trung; giao Ủy ban MTTQ tỉnh vận động các nhà hảo tâm ủng hộ ít nhất 2.000 bồn chứa nước cho hộ nghèo, hộ cận nghèo; đồng thời đề nghị Đảng ủy các xã ven biển duy trì chế độ báo cáo tình hình tư tưởng nhân dân hằng tuần.
Trong buổi làm việc với Ban Dân vận Tỉnh ủy sáng 3/12, bà Dương Thị Hiền, Phó Bí thư Thường trực Đảng ủy xã Khánh Lộc, cho biết xã có 1.240 hộ thiếu nước sinh hoạt vào mùa khô, trong đó 176 hộ nghèo. Ông Châu Văn Tường, Trưởng ấp Kênh Hội, đề nghị được hỗ trợ máy bơm để chuyển nước từ kênh Biện Nhị vào ao chung của ấp.
Báo cáo cũng nêu một số khó khăn: lực lượng cán bộ dân vận cấp xã còn mỏng, nhiều đồng chí kiêm nhiệm; kinh phí cho hoạt động vận động, tuyên truyền ở ấp còn hạn chế; một bộ phận người dân còn tâm lý trông chờ hỗ trợ của Nhà nước, chưa chủ động sắm dụng cụ trữ nước.
Minh Luân
Tin liên quan
- U Minh: ra quân nạo vét kênh trữ ngọt (30/11/2019)
- Cà Mau chủ động phương án phòng cháy rừng mùa khô (25/11/2019)
- Trần Văn Thời tiếp nhận 100 bồn chứa nước (18/11/2019)
""", "2019-12-05", "Báo cáo nhanh: hơn 8.000 hộ ở Trần Văn Thời, U Minh có nguy cơ thiếu nước ngọt",
E("bao_cao", None, "2019-12-04"),
[P("Lâm Văn Bi", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Dương Thị Hiền", "Phó Bí thư Thường trực Đảng ủy xã Khánh Lộc"),
 P("Châu Văn Tường", "Trưởng ấp Kênh Hội")],
[Q("8.146 hộ", 8146, "hộ"), Q("12‰", 12, "‰"), Q("khoảng 1.700 giếng khoan", 1700, "giếng khoan", "approx"),
 Q("32 km", 32, "km"), Q("150.000 đồng/m3", 150000, "đồng"), Q("11 đoàn công tác", 11, "đoàn công tác"),
 Q("29 tổ chia sẻ nước ngọt", 29, "tổ chia sẻ nước ngọt"), Q("615 hộ", 615, "hộ"),
 Q("khoảng 9,5 tỷ đồng", 9500000000, "đồng", "approx"), Q("ít nhất 2.000 bồn chứa nước", 2000, "bồn chứa nước", "over"),
 Q("1.240 hộ", 1240, "hộ"), Q("176 hộ nghèo", 176, "hộ nghèo")],
[D("Kế hoạch", "112", "KH/TU", "2019-11-22", "Tỉnh ủy", "Kế hoạch số 112-KH/TU ngày 22/11/2019")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc"), com("Khánh Lộc")],
["Báo Cà Mau - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cà Mau", "Thời sự > Chính trị",
 "Mỗi nhà một bồn nước, mỗi ấp một tổ chia sẻ nước ngọt", "Vườn quốc gia U Minh Hạ"],
["2019-12-05 09:30", "mùa khô 2019 - 2020", "20 - 30 ngày", "năm 2016", "mùa khô 2016", "đầu tháng 12"]))

PAGES.append(page("b7599-hanoi-mttq-traonuoc-2020", """
Báo Hà Nội Mới
Thời sự | Xã hội | Mặt trận
Thứ Tư, 11/03/2020, 18:02
Hà Nội gửi 1 triệu lít nước ngọt tới người dân vùng hạn mặn Bến Tre
Đồng bào vùng hạn mặn xếp hàng nhận nước tại xã Bình Thới.
Ngày 10/3, tại huyện Bình Đại, tỉnh Bến Tre, đoàn công tác của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội do bà Nguyễn Thị Lan Phương, Phó Bí thư Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố dẫn đầu đã trao tặng 1 triệu lít nước ngọt, 200 bồn chứa nước và 300 máy lọc nước cho người dân vùng bị hạn hán, xâm nhập mặn.
Cùng đi có ông Phạm Quang Thuận, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, và đại diện các doanh nghiệp Thủ đô. Tiếp đoàn có ông Lê Văn Khải, Ủy viên Ban Chấp hành Trung ương Đảng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bến Tre; bà Trương Thị Bé Hai, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bến Tre.
Theo UBND tỉnh Bến Tre, mùa khô 2019 - 2020 mặn xâm nhập sâu hơn cả năm 2016, vào tới 90 km trên các nhánh sông; toàn tỉnh có trên 141.000 hộ thiếu nước sinh hoạt; thiệt hại khoảng 13.700 ha lúa. Ngày 23/12/2019, UBND tỉnh ban hành Quyết định số 2747/QĐ-UBND công bố tình huống khẩn cấp về hạn hán, xâm nhập mặn.
Số nước ngọt do Công ty Nước sạch Hà Nội và Tổng công ty Đầu tư nước và Môi trường Việt Nam sản xuất, được đóng vào bình 20 lít, chở bằng 45 xe tải và sà lan. Tổng giá trị đợt hỗ trợ khoảng 4,5 tỷ đồng, từ nguồn Quỹ "Vì người nghèo" thành phố và đóng góp của cán bộ, công chức, doanh nghiệp Thủ đô hưởng ứng Lời kêu gọi ngày 4/3/2020 của Ủy ban MTTQ Việt Nam thành phố.
Phát biểu tại buổi trao tặng, bà Nguyễn Thị Lan Phương nói: "Nước ngọt lúc này quý như vàng. Người dân Thủ đô mong muốn được chia sẻ một phần khó khăn với đồng bào Bến Tre". Bà cho biết thêm, Hà Nội tiếp tục chuyển 2 đợt hàng nữa, tập trung cho các xã Thới Thuận, Thạnh Phước, Bình Thới.
Bà Trương Thị Bé Hai cảm ơn nghĩa tình của Thủ đô và cam kết Mặt trận tỉnh sẽ phân bổ công khai, đúng đối tượng, ưu tiên 2.500 hộ nghèo, hộ cận nghèo chưa có bồn chứa. Ông Đặng Văn Chính, người dân ấp Thừa Tiên, xã Bình Thới, cho biết nhà có 6 người, mỗi ngày phải mua 2 thùng nước giá 15.000 đồng/thùng.
Được biết, từ đầu mùa khô đến nay, Ủy ban MTTQ Việt Nam tỉnh Bến Tre đã tiếp nhận hàng hóa, tiền mặt ủng hộ từ nhiều địa phương, doanh nghiệp trong cả nước để chuyển đến người dân.
Trước đó, chiều 9/3, đoàn đã đến thăm, tặng 100 suất quà, mỗi suất gồm 1 bồn chứa và 1 triệu đồng tiền mặt, cho hộ nghèo huyện Ba Tri.
Lan Anh
Tin khác
- Chung tay chia sẻ nước ngọt với đồng bào miền Tây (08/03/2020)
- Hà Nội phát động ủng hộ đồng bào Đồng bằng sông Cửu Long (04/03/2020)
- Đoàn công tác thành phố thăm tỉnh Bến Tre năm 2019 (20/11/2019)
""", "2020-03-11", "Hà Nội gửi 1 triệu lít nước ngọt tới người dân vùng hạn mặn Bến Tre",
E("trao_qua", None, "2020-03-10"),
[P("Nguyễn Thị Lan Phương", "Phó Bí thư Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Phạm Quang Thuận", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Văn Khải", "Ủy viên Ban Chấp hành Trung ương Đảng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Bến Tre"),
 P("Trương Thị Bé Hai", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bến Tre"),
 P("Đặng Văn Chính")],
[Q("1 triệu lít", 1000000, "lít"), Q("200 bồn chứa nước", 200, "bồn chứa nước"), Q("300 máy lọc nước", 300, "máy lọc nước"),
 Q("90 km", 90, "km"), Q("trên 141.000 hộ", 141000, "hộ", "over"), Q("khoảng 13.700 ha", 13700, "ha", "approx"),
 Q("20 lít", 20, "lít"), Q("45 xe tải", 45, "xe tải"), Q("khoảng 4,5 tỷ đồng", 4500000000, "đồng", "approx"),
 Q("2.500 hộ nghèo, hộ cận nghèo", 2500, "hộ nghèo, hộ cận nghèo"), Q("6 người", 6, "người"), Q("2 thùng", 2, "thùng"),
 Q("15.000 đồng/thùng", 15000, "đồng"), Q("100 suất quà", 100, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "2747", "QĐ-UBND", "2019-12-23", "UBND tỉnh", "Quyết định số 2747/QĐ-UBND")],
[prov("Hà Nội"), prov("Bến Tre"), com("Bình Thới"), com("Thới Thuận"), com("Thạnh Phước")],
["Báo Hà Nội Mới", "Thời sự | Xã hội | Mặt trận", "Đồng bào vùng hạn mặn xếp hàng nhận nước tại xã Bình Thới.",
 "Vì người nghèo", "Công ty Nước sạch Hà Nội", "Tổng công ty Đầu tư nước và Môi trường Việt Nam"],
["Thứ Tư, 11/03/2020, 18:02", "mùa khô 2019 - 2020", "năm 2016", "2 đợt hàng", "1 bồn chứa", "Lời kêu gọi ngày 4/3/2020"]))

PAGES.append(page("b7600-danang-tinhnguyen-nuocngot-2020", """
Đà Nẵng Online
Xã hội › Nhân ái
24/03/2020 14:10 GMT+7
Những "chuyến xe nước ngọt" từ Đà Nẵng về miền Tây
Thứ Ba, 24/03/2020
Chiều 23/3, tại Công viên Biển Đông, Hội Doanh nhân trẻ thành phố Đà Nẵng phối hợp Hội Chữ thập đỏ thành phố tiễn đoàn 6 xe bồn chở 90 m3 nước ngọt cùng 400 bình lọc nước lên đường vào các tỉnh Sóc Trăng, Bến Tre. Đây là chuyến xe thứ 3 của chương trình "Nước ngọt cho bà con vùng hạn mặn" do các doanh nghiệp trẻ Đà Nẵng khởi xướng từ đầu tháng 3.
Anh Huỳnh Tấn Vinh, Chủ tịch Hội Doanh nhân trẻ thành phố, cho biết sau 3 tuần, chương trình đã nhận được hơn 2,3 tỷ đồng và khoảng 850 bồn chứa nước từ 126 doanh nghiệp, hàng nghìn người dân. Hai chuyến xe trước đã đưa khoảng 150 m3 nước ngọt về các xã Vĩnh Hải, Lai Hòa của thị xã Vĩnh Châu và xã Giao Thạnh, huyện Thạnh Phú.
Đoàn xe chở nước rời Đà Nẵng. Ảnh: Xuân Sơn
Bà Trần Thị Thanh Tâm, Phó Chủ tịch Thường trực Hội Chữ thập đỏ thành phố, cho biết hội phối hợp Hội Chữ thập đỏ các tỉnh nhận nước lập danh sách người nhận, ưu tiên người già, trẻ em và hộ nghèo. "Chúng tôi không để bà con phải xếp hàng đông người, vì đang trong thời điểm phòng, chống dịch Covid-19", bà nói.
Nhiều câu chuyện đẹp xuất hiện quanh chương trình. Ông Lê Văn Hòa, 68 tuổi, ở phường Hòa Minh, quận Liên Chiểu, đã mang đến 5 triệu đồng tiền dành dụm; nhóm sinh viên Trường Đại học Bách khoa góp 320 giờ công chiết nước, dán nhãn. Chị Võ Thị Hạnh, chủ một cơ sở sản xuất nước đóng chai ở phường Hòa Khánh Bắc, nhận lọc miễn phí toàn bộ số nước của chương trình.
Theo kế hoạch, đến hết tháng 4 chương trình sẽ chuyển tổng cộng 10 chuyến, khoảng 500 m3 nước ngọt. Ông Nguyễn Văn Bình, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, đánh giá đây là việc làm thiết thực, thể hiện tinh thần "lá lành đùm lá rách", và đề nghị các đơn vị phối hợp chặt chẽ với Ủy ban MTTQ các tỉnh để hàng hỗ trợ đến đúng người, đúng nơi. Mặt trận thành phố sẽ tiếp tục tiếp nhận ủng hộ qua tài khoản của Ban Vận động cứu trợ thành phố đến ngày 30/4/2020.
Các tỉnh nhận nước đã cử cán bộ Mặt trận, Đoàn Thanh niên xã đón đoàn xe, tổ chức phát nước tại trụ sở ấp, nhà văn hóa; mỗi hộ được nhận theo số nhân khẩu, có sổ theo dõi để tránh trùng lặp.
Trước đó, ngày 10/3, Ủy ban MTTQ Việt Nam thành phố Đà Nẵng đã trích 500 triệu đồng từ nguồn cứu trợ để hỗ trợ các tỉnh Đồng bằng sông Cửu Long bị ảnh hưởng bởi hạn mặn.
Xuân Sơn
Tin liên quan
- Đà Nẵng hướng về đồng bào miền Tây (12/03/2020)
- Hội Chữ thập đỏ thành phố tiếp nhận 200 bình lọc nước (06/03/2020)
- Doanh nhân trẻ chung tay phòng, chống dịch Covid-19 (28/02/2020)
""", "2020-03-24", 'Những "chuyến xe nước ngọt" từ Đà Nẵng về miền Tây',
E("khac", None, "2020-03-23"),
[P("Huỳnh Tấn Vinh", "Chủ tịch Hội Doanh nhân trẻ thành phố"),
 P("Trần Thị Thanh Tâm", "Phó Chủ tịch Thường trực Hội Chữ thập đỏ thành phố"),
 P("Lê Văn Hòa"), P("Võ Thị Hạnh", "chủ một cơ sở sản xuất nước đóng chai"),
 P("Nguyễn Văn Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố")],
[Q("6 xe bồn", 6, "xe bồn"), Q("90 m3", 90, "m3"), Q("400 bình lọc nước", 400, "bình lọc nước"),
 Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("khoảng 850 bồn chứa nước", 850, "bồn chứa nước", "approx"),
 Q("126 doanh nghiệp", 126, "doanh nghiệp"), Q("khoảng 150 m3", 150, "m3", "approx"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("320 giờ công", 320, "giờ công"), Q("10 chuyến", 10, "chuyến"), Q("khoảng 500 m3", 500, "m3", "approx"),
 Q("500 triệu đồng", 500000000, "đồng")],
[],
[prov("Đà Nẵng"), prov("Sóc Trăng"), prov("Bến Tre"), com("Vĩnh Hải"), com("Lai Hòa"), com("Giao Thạnh"), com("Hòa Minh"), com("Hòa Khánh Bắc")],
["Đà Nẵng Online", "Xã hội › Nhân ái", "Đoàn xe chở nước rời Đà Nẵng. Ảnh: Xuân Sơn", "Nước ngọt cho bà con vùng hạn mặn",
 "chuyến xe nước ngọt", "lá lành đùm lá rách", "Công viên Biển Đông", "Trường Đại học Bách khoa", "Covid-19"],
["24/03/2020 14:10 GMT+7", "Thứ Ba, 24/03/2020", "chuyến xe thứ 3", "3 tuần", "68 tuổi", "hết tháng 4", "Covid-19"]))
