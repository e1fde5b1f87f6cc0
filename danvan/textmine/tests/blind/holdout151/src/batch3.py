from lib import *
PAGES = []

PAGES.append(page("b3593-binhduong-doanphuong-thangthanhnien-2023", """
Thứ Ba, 04/04/2023
ĐOÀN PHƯỜNG PHÚ HÒA - THÀNH PHỐ THỦ DẦU MỘT - TỈNH BÌNH DƯƠNG
Trang chủ / Hoạt động Đoàn - Hội / Tháng Thanh niên
2023-04-03 08:20
Phú Hòa: hoàn thành 18 phần việc trong Tháng Thanh niên
Tối 31/3, Ban Chấp hành Đoàn phường Phú Hòa (thành phố Thủ Dầu Một, Bình Dương) tổ chức tổng kết Tháng Thanh niên năm 2023 và tuyên dương các chi đoàn tiêu biểu. Dự có đồng chí Lê Minh Đức, Phó Bí thư Thành đoàn Thủ Dầu Một; đồng chí Trần Thị Kim Yến, Phó Bí thư Thường trực Đảng ủy phường và 75 đoàn viên, thanh niên.
Theo báo cáo của đồng chí Nguyễn Hoàng Phúc, Bí thư Đoàn phường, trong tháng 3, Đoàn phường đã thực hiện 18 phần việc, trong đó có 2 công trình thanh niên cấp phường: tuyến hẻm "Sáng - xanh - sạch" dài 350 m tại khu phố 5 và 1 tủ sách pháp luật tại nhà văn hóa khu phố, tổng kinh phí khoảng 62 triệu đồng. Các chi đoàn tổ chức 6 buổi ra quân "Ngày Chủ nhật xanh", thu gom hơn 3 tấn rác thải; vận động 128 đoàn viên hiến máu tình nguyện, đạt 106% chỉ tiêu Thành đoàn giao.
Đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số của phường đã hướng dẫn 1.450 lượt người dân cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2, nhiều nhất là công nhân thuê trọ. Đoàn phường kết nạp 35 đoàn viên mới, trao 40 phần quà Tết cho thanh niên công nhân có hoàn cảnh khó khăn, mỗi phần trị giá 500.000 đồng.
Chị Lâm Ngọc Hân, Bí thư Chi đoàn khu phố 5, người Hoa, chia sẻ: "Làm hẻm sáng, xanh, sạch khó nhất là vận động các hộ dời chậu cây, dẹp bảng hiệu lấn chiếm. Chi đoàn phải đến từng nhà nhiều lần". Anh Thạch Sô Khanh, thanh niên công nhân người Khmer quê miền Tây, cho biết lần đầu được Đoàn phường mời tham gia sinh hoạt và được hỗ trợ làm căn cước công dân.
Phát biểu tại buổi tổng kết, đồng chí Trần Thị Kim Yến đề nghị Đoàn phường tiếp tục thực hiện Kế hoạch số 27-KH/ĐU ngày 20/2/2023 của Đảng ủy phường về chuyển đổi số; quan tâm tập hợp thanh niên công nhân, thanh niên ngoài địa phương đang sinh sống trên địa bàn.
Dịp này, Đoàn phường tặng giấy khen cho 4 chi đoàn và 11 đoàn viên có thành tích xuất sắc trong Tháng Thanh niên.
Nhìn chung, hoạt động Tháng Thanh niên năm nay của phường có nhiều đổi mới, bám sát nhu cầu thực tế của người dân, đặc biệt là lực lượng lao động trẻ đến từ các tỉnh, thành. Tuy nhiên, việc tập hợp thanh niên tại các khu nhà trọ vẫn còn khó khăn do giờ làm việc theo ca.
Kim Ngân
Lượt truy cập: 45.210
Tin khác
- Thành đoàn Thủ Dầu Một ra quân Tháng Thanh niên năm 2023 (05/03/2023)
- Phú Hòa: ra mắt Đội hình thanh niên hỗ trợ chuyển đổi số (20/02/2023)
- Đoàn phường tổ chức "Chuyến xe mùa xuân" đưa công nhân về quê (15/01/2023)
- Hội thao thanh niên công nhân mừng Xuân (05/01/2023)
""", "2023-04-03", "Phú Hòa: hoàn thành 18 phần việc trong Tháng Thanh niên",
E("tong_ket", "2023-03", "2023-03-31"),
[P("Lê Minh Đức", "Phó Bí thư Thành đoàn Thủ Dầu Một"), P("Trần Thị Kim Yến", "Phó Bí thư Thường trực Đảng ủy phường"),
 P("Nguyễn Hoàng Phúc", "Bí thư Đoàn phường"), P("Lâm Ngọc Hân", "Bí thư Chi đoàn khu phố 5"),
 P("Thạch Sô Khanh")],
[Q("18 phần việc", 18, "phần việc"), Q("75 đoàn viên, thanh niên", 75, "đoàn viên, thanh niên"),
 Q("2 công trình thanh niên cấp phường", 2, "công trình thanh niên cấp phường"), Q("350 m", 350, "m"),
 Q("khoảng 62 triệu đồng", 62000000, "đồng", "approx"), Q("6 buổi ra quân", 6, "buổi ra quân"),
 Q("hơn 3 tấn", 3, "tấn", "over"), Q("128 đoàn viên", 128, "đoàn viên"), Q("106%", 106, "%"),
 Q("1.450 lượt người dân", 1450, "lượt người dân"), Q("35 đoàn viên mới", 35, "đoàn viên mới"),
 Q("40 phần quà", 40, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("4 chi đoàn", 4, "chi đoàn"), Q("11 đoàn viên", 11, "đoàn viên")],
[D("Kế hoạch", "27", "KH/ĐU", "2023-02-20", "Đảng ủy phường", "Kế hoạch số 27-KH/ĐU ngày 20/2/2023")],
[prov("Bình Dương"), com("Phú Hòa")],
["ĐOÀN PHƯỜNG PHÚ HÒA - THÀNH PHỐ THỦ DẦU MỘT - TỈNH BÌNH DƯƠNG", "Trang chủ / Hoạt động Đoàn - Hội / Tháng Thanh niên",
 "Sáng - xanh - sạch", "Ngày Chủ nhật xanh", "Lượt truy cập: 45.210"],
["Thứ Ba, 04/04/2023", "2023-04-03 08:20", "tháng 3", "khu phố 5", "mức độ 2", "1 tủ sách pháp luật", "Lượt truy cập: 45.210"]))

PAGES.append(page("b3594-kontum-doanxa-baocao-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐĂK PXI - HUYỆN ĐĂK HÀ - TỈNH KON TUM
Trang chủ » Văn bản - Báo cáo » Đoàn thể
Ngày đăng: 06/10/2023 | Lượt xem: 97
Báo cáo kết quả công tác Đoàn và phong trào thanh thiếu nhi quý III năm 2023
BCH Đoàn xã Đăk Pxi (huyện Đăk Hà, tỉnh Kon Tum) báo cáo kết quả công tác Đoàn và phong trào thanh thiếu nhi quý III năm 2023 như sau:
I. Tình hình chung
Đoàn xã hiện có 9 chi đoàn trực thuộc với 386 đoàn viên, trong đó đoàn viên là người Xơ Đăng, Ba Na chiếm 91%. Trong quý, tình hình thanh niên trên địa bàn ổn định; một số thanh niên đi làm ăn xa tại các tỉnh phía Nam, 2 trường hợp tảo hôn đã được Ban Chấp hành Đoàn xã phối hợp thôn vận động, tuyên truyền.
II. Kết quả thực hiện nhiệm vụ
1. Công tác giáo dục: tổ chức cho 240 đoàn viên học tập chuyên đề năm 2023; thực hiện Kế hoạch số 68-KH/HĐTN của Ban Thường vụ Huyện đoàn Đăk Hà về tuyên truyền phòng chống ma túy, ma túy đá trong thanh thiếu niên.
2. Chiến dịch thanh niên tình nguyện hè: Đoàn xã thực hiện 3 công trình thanh niên gồm sửa 650 m đường vào khu sản xuất thôn Kon Stiu, làm 12 cột cờ Tổ quốc tại thôn Kon Teo, dọn vệ sinh 4 điểm trường; tổng giá trị khoảng 48 triệu đồng. Tổ chức lớp dạy bơi cho 60 thiếu nhi, sinh hoạt hè cho hơn 500 em.
3. Chuyển đổi số: Tổ công nghệ số cộng đồng thôn có 18 đoàn viên tham gia, hỗ trợ 730 người dân cài đặt ứng dụng định danh điện tử; hướng dẫn 26 hộ đăng ký bán sâm dây, mật ong trên sàn thương mại điện tử.
4. Hỗ trợ thanh niên phát triển kinh tế: phối hợp Ngân hàng Chính sách xã hội giải ngân cho 11 đoàn viên vay vốn, tổng số tiền 550 triệu đồng; mô hình "Vườn cà phê thanh niên" của Chi đoàn thôn Kon Stiu có 2,5 ha đang cho thu hoạch.
5. Xây dựng tổ chức Đoàn: kết nạp 14 đoàn viên mới; giới thiệu 3 đoàn viên ưu tú cho chi bộ xem xét kết nạp Đảng. Đồng chí Y Phương, Bí thư Chi đoàn thôn Kon Teo, được Huyện đoàn biểu dương.
III. Nhiệm vụ quý IV năm 2023
Tổ chức Ngày hội "Thanh niên với văn hóa cồng chiêng"; tiếp tục hỗ trợ chuyển đổi số; phấn đấu kết nạp ít nhất 20 đoàn viên mới; hoàn thành công trình thanh niên "Thắp sáng đường thôn" với 30 bóng đèn năng lượng mặt trời.
Trên đây là báo cáo kết quả công tác Đoàn và phong trào thanh thiếu nhi quý III năm 2023 của Đoàn xã Đăk Pxi.
TM. BAN CHẤP HÀNH ĐOÀN XÃ
BÍ THƯ
A Nhân
Nơi nhận: Huyện đoàn Đăk Hà; Đảng ủy xã; Lưu VP.
Tin khác
- Đoàn xã Đăk Pxi ra quân chiến dịch hè năm 2023 (05/07/2023)
- Hội nghị sơ kết 6 tháng đầu năm 2023 của Đảng ủy xã (10/07/2023)
- Thông báo lịch tiếp công dân tháng 10/2023 (02/10/2023)
- UBND xã triển khai tiêm vắc xin cho trẻ em (20/09/2023)
""", "2023-10-06", "Báo cáo kết quả công tác Đoàn và phong trào thanh thiếu nhi quý III năm 2023",
E("bao_cao", "2023-Q3", None),
[P("Y Phương", "Bí thư Chi đoàn thôn Kon Teo"), P("A Nhân", "BÍ THƯ")],
[Q("9 chi đoàn", 9, "chi đoàn"), Q("386 đoàn viên", 386, "đoàn viên"), Q("91%", 91, "%"), Q("2 trường hợp", 2, "trường hợp"),
 Q("240 đoàn viên", 240, "đoàn viên"), Q("3 công trình thanh niên", 3, "công trình thanh niên"), Q("650 m", 650, "m"),
 Q("12 cột cờ Tổ quốc", 12, "cột cờ Tổ quốc"), Q("4 điểm trường", 4, "điểm trường"), Q("khoảng 48 triệu đồng", 48000000, "đồng", "approx"),
 Q("60 thiếu nhi", 60, "thiếu nhi"), Q("hơn 500 em", 500, "em", "over"), Q("18 đoàn viên", 18, "đoàn viên"),
 Q("730 người dân", 730, "người dân"), Q("26 hộ", 26, "hộ"), Q("11 đoàn viên", 11, "đoàn viên"), Q("550 triệu đồng", 550000000, "đồng"),
 Q("2,5 ha", 2.5, "ha"), Q("14 đoàn viên mới", 14, "đoàn viên mới"), Q("3 đoàn viên ưu tú", 3, "đoàn viên ưu tú"),
 Q("ít nhất 20 đoàn viên mới", 20, "đoàn viên mới", "over"), Q("30 bóng đèn năng lượng mặt trời", 30, "bóng đèn năng lượng mặt trời")],
[D("Kế hoạch", "68", "KH/HĐTN", None, "Ban Thường vụ Huyện đoàn Đăk Hà", "Kế hoạch số 68-KH/HĐTN")],
[prov("Kon Tum"), com("Đăk Pxi")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐĂK PXI - HUYỆN ĐĂK HÀ - TỈNH KON TUM", "Trang chủ » Văn bản - Báo cáo » Đoàn thể",
 "Lượt xem: 97", "Vườn cà phê thanh niên", "Thanh niên với văn hóa cồng chiêng", "Thắp sáng đường thôn", "TM. BAN CHẤP HÀNH ĐOÀN XÃ",
 "Nơi nhận: Huyện đoàn Đăk Hà; Đảng ủy xã; Lưu VP."],
["Ngày đăng: 06/10/2023 | Lượt xem: 97", "quý III năm 2023", "quý IV năm 2023", "I. Tình hình chung", "1. Công tác giáo dục"]))

PAGES.append(page("b3595-quangninh-tinhdoan-khoinghiep-2024", """
Trung tâm Truyền thông tỉnh Quảng Ninh - baoquangninh.vn
Xã hội / Thanh niên / Khởi nghiệp
17/05/2024 - 15:40
Kết nối vốn, thị trường cho thanh niên khởi nghiệp
Ngày 16/5, Tỉnh đoàn Quảng Ninh phối hợp Hội Doanh nhân trẻ tỉnh tổ chức Hội nghị kết nối, hỗ trợ thanh niên khởi nghiệp năm 2024. Dự hội nghị có đồng chí Vũ Thị Thu Hằng, Tỉnh ủy viên, Bí thư Tỉnh đoàn; đồng chí Phạm Tuấn Anh, Chủ tịch Hội Doanh nhân trẻ tỉnh khóa V cùng gần 200 thanh niên khởi nghiệp, đại diện 25 doanh nghiệp và 4 ngân hàng thương mại.
Các gian hàng sản phẩm OCOP của thanh niên tại hội nghị.
Theo Tỉnh đoàn, thực hiện Chương trình hành động số 22-CTr/TĐTN và Quyết định số 1230/QĐ-UBND ngày 3/5/2022 của UBND tỉnh, giai đoạn 2022 - 2024 các cấp bộ Đoàn đã hỗ trợ 312 dự án khởi nghiệp, giải quyết việc làm cho hơn 1.800 lao động trẻ; Quỹ hỗ trợ thanh niên khởi nghiệp tỉnh giải ngân khoảng 14,5 tỷ đồng. Có 46 sản phẩm của thanh niên đạt chuẩn OCOP từ 3 sao trở lên.
Tại hội nghị, PGS.TS. Đỗ Văn Hùng, Viện trưởng Viện Nghiên cứu phát triển kinh tế biển, chia sẻ cơ hội khởi nghiệp trong du lịch cộng đồng ở vùng đồng bào Dao Thanh Y, Sán Dìu. Anh Lý Văn Hồng, Bí thư Đoàn xã Bằng Cả, người Dao, giới thiệu mô hình homestay do 8 đoàn viên cùng góp vốn, mỗi năm đón khoảng 3.000 lượt khách. Chị Tằng Thị Mai, Phó Bí thư Đoàn xã Đồng Tâm, người Sán Dìu, kể về hành trình đưa trà hoa vàng lên sàn thương mại điện tử với doanh thu trên 1,2 tỷ đồng năm 2023. Anh Bàn Văn Sinh, chủ Hợp tác xã Miến dong Bình Liêu, đề nghị ngân hàng đơn giản hóa thủ tục vay.
Tại hội nghị, 4 ngân hàng đã ký kết thỏa thuận cho vay ưu đãi với tổng hạn mức 60 tỷ đồng; 12 doanh nghiệp ký cam kết bao tiêu sản phẩm cho 19 dự án thanh niên. Ban tổ chức trao 10 suất hỗ trợ, mỗi suất 20 triệu đồng, cho các dự án có ý tưởng sáng tạo.
Phát biểu kết luận, đồng chí Vũ Thị Thu Hằng đề nghị các huyện đoàn, thành đoàn rà soát, lập danh sách thanh niên có nhu cầu khởi nghiệp; mỗi địa phương có ít nhất 3 mô hình khởi nghiệp gắn với chuyển đổi số trong năm 2024.
Nhiều ý kiến tại hội nghị cho rằng thanh niên khởi nghiệp ở vùng cao còn thiếu vốn đối ứng, thiếu kỹ năng quản trị và xây dựng thương hiệu; sản phẩm đa phần quy mô nhỏ, mùa vụ, khó đáp ứng đơn hàng lớn. Các doanh nghiệp cam kết cử chuyên gia đồng hành cùng các dự án trong ít nhất một năm.
Thu Trang
Lượt xem: 1.884
Tin liên quan
- Tỉnh đoàn khởi động cuộc thi "Ý tưởng khởi nghiệp" năm 2024 (10/05/2024)
- Bình Liêu: thanh niên làm du lịch cộng đồng (28/04/2024)
- Ra mắt Câu lạc bộ Doanh nhân trẻ Vân Đồn (20/04/2024)
- Đầm Hà: hỗ trợ 5 mô hình thanh niên nuôi trồng thủy sản (10/04/2024)
""", "2024-05-17", "Kết nối vốn, thị trường cho thanh niên khởi nghiệp",
E("hoi_nghi", "2024", "2024-05-16"),
[P("Vũ Thị Thu Hằng", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"), P("Phạm Tuấn Anh", "Chủ tịch Hội Doanh nhân trẻ tỉnh khóa V"),
 P("Đỗ Văn Hùng", "PGS.TS.", "Viện trưởng Viện Nghiên cứu phát triển kinh tế biển"),
 P("Lý Văn Hồng", "Bí thư Đoàn xã Bằng Cả"), P("Tằng Thị Mai", "Phó Bí thư Đoàn xã Đồng Tâm"),
 P("Bàn Văn Sinh", "chủ Hợp tác xã Miến dong Bình Liêu")],
[Q("gần 200 thanh niên", 200, "thanh niên", "approx"), Q("25 doanh nghiệp", 25, "doanh nghiệp"), Q("4 ngân hàng thương mại", 4, "ngân hàng thương mại"),
 Q("312 dự án khởi nghiệp", 312, "dự án khởi nghiệp"), Q("hơn 1.800 lao động trẻ", 1800, "lao động trẻ", "over"),
 Q("khoảng 14,5 tỷ đồng", 14500000000, "đồng", "approx"), Q("46 sản phẩm", 46, "sản phẩm"), Q("8 đoàn viên", 8, "đoàn viên"),
 Q("khoảng 3.000 lượt khách", 3000, "lượt khách", "approx"), Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("60 tỷ đồng", 60000000000, "đồng"), Q("12 doanh nghiệp", 12, "doanh nghiệp"),
 Q("19 dự án thanh niên", 19, "dự án thanh niên"), Q("10 suất hỗ trợ", 10, "suất hỗ trợ"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("ít nhất 3 mô hình khởi nghiệp", 3, "mô hình khởi nghiệp", "over")],
[D("Chương trình hành động", "22", "CTr/TĐTN", None, None, "Chương trình hành động số 22-CTr/TĐTN"),
 D("Quyết định", "1230", "QĐ-UBND", "2022-05-03", "UBND tỉnh", "Quyết định số 1230/QĐ-UBND ngày 3/5/2022")],
[prov("Quảng Ninh"), com("Bằng Cả"), com("Đồng Tâm")],
["Trung tâm Truyền thông tỉnh Quảng Ninh - baoquangninh.vn", "Xã hội / Thanh niên / Khởi nghiệp",
 "Các gian hàng sản phẩm OCOP của thanh niên tại hội nghị.", "Quỹ hỗ trợ thanh niên khởi nghiệp tỉnh", "Lượt xem: 1.884"],
["17/05/2024 - 15:40", "giai đoạn 2022 - 2024", "từ 3 sao trở lên", "năm 2023", "khóa V", "ít nhất một năm", "Lượt xem: 1.884"]))

PAGES.append(page("b3596-thanhhoa-doanxa-giaoban-2024", """
Cổng thông tin điện tử xã Điền Quang - huyện Bá Thước - tỉnh Thanh Hóa
Tin tức - Sự kiện › Mặt trận - Đoàn thể
T6, 30/08/2024 - 16:45
Đoàn xã Điền Quang giao ban công tác tháng 8
Chiều 29/8/2024, Ban Thường vụ Đoàn xã Điền Quang tổ chức giao ban công tác Đoàn tháng 8/2024 với bí thư 12 chi đoàn thôn. Đồng chí Hà Văn Thắng, Bí thư Đoàn xã chủ trì; dự có đồng chí Trương Thị Hoa, Đảng ủy viên, Phó Chủ tịch UBND xã, phụ trách khối Đoàn thể.
Quang cảnh buổi giao ban tại hội trường UBND xã.
Trong tháng, Đoàn xã phối hợp Trạm Y tế xã tổ chức khám sàng lọc cho 145 trẻ em; tổ chức 2 buổi sinh hoạt hè cho khoảng 300 thiếu nhi với chủ đề "Em yêu bản Mường". Đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số đã giúp 96 người cao tuổi chuyển nhận lương hưu, trợ cấp qua tài khoản ngân hàng; hỗ trợ 17 hộ sản xuất in mã QR truy xuất nguồn gốc cho sản phẩm măng, mật ong. Các chi đoàn ra quân phát quang 4,2 km đường liên thôn, nạo vét 1 km mương nội đồng.
Trước diễn biến của mùa mưa bão, Đoàn xã thành lập Đội hình thanh niên xung kích phòng chống thiên tai gồm 25 đoàn viên; chuẩn bị 3 thuyền nhôm và 40 áo phao. Đoàn xã đã hoàn thành 2 trong 3 công trình thanh niên năm 2024 theo Nghị quyết số 08-NQ/ĐTN của Ban Chấp hành Đoàn xã.
Tại giao ban, chị Lò Thị Nga, Bí thư Chi đoàn thôn Kho Mường, người Thái, báo cáo thôn có 7 thanh niên đi làm việc tại các khu công nghiệp phía Bắc chưa sinh hoạt được; anh Phạm Bá Cường, Bí thư Chi đoàn thôn Điền Lý, người Mường, đề xuất tổ chức Ngày hội việc làm tại xã cho thanh niên địa phương. Đồng chí Trương Thị Hoa đề nghị Đoàn xã bám sát Kế hoạch số 112/KH-UBND của UBND xã về chuyển đổi số, vận động ít nhất 70% hộ dân cài đặt ứng dụng định danh điện tử.
Kết luận giao ban, đồng chí Hà Văn Thắng giao nhiệm vụ tháng 9: tổ chức "Đêm hội trăng rằm" cho thiếu nhi với 250 suất quà Trung thu; rà soát, cập nhật sổ đoàn viên; chuẩn bị đại hội chi đoàn thôn nhiệm kỳ 2024 - 2027.
Các bí thư chi đoàn cũng trao đổi về khó khăn khi tập hợp thanh niên ở các thôn xa trung tâm, đường đi lại trắc trở vào mùa mưa; đề nghị Đoàn xã sớm hướng dẫn sinh hoạt chi đoàn trực tuyến qua nhóm Zalo.
Văn phòng UBND xã
Lượt truy cập: 12.604
Tin khác
- Xã Điền Quang ra quân tổng vệ sinh môi trường (20/08/2024)
- Hội Nông dân xã tập huấn kỹ thuật trồng luồng (10/08/2024)
- UBND xã tổ chức đối thoại với nhân dân năm 2024 (25/07/2024)
- Đoàn xã ra quân chiến dịch hè tình nguyện năm 2024 (05/07/2024)
- Thông báo lịch tiếp công dân của Chủ tịch UBND xã tháng 9/2024 (28/08/2024)
Bản quyền thuộc UBND xã Điền Quang. Trưởng ban biên tập: Chủ tịch UBND xã.
""", "2024-08-30", "Đoàn xã Điền Quang giao ban công tác tháng 8",
E("giao_ban", "2024-08", "2024-08-29"),
[P("Hà Văn Thắng", "Bí thư Đoàn xã"), P("Trương Thị Hoa", "Đảng ủy viên", "Phó Chủ tịch UBND xã"),
 P("Lò Thị Nga", "Bí thư Chi đoàn thôn Kho Mường"), P("Phạm Bá Cường", "Bí thư Chi đoàn thôn Điền Lý")],
[Q("12 chi đoàn thôn", 12, "chi đoàn thôn"), Q("145 trẻ em", 145, "trẻ em"), Q("2 buổi sinh hoạt hè", 2, "buổi sinh hoạt hè"),
 Q("khoảng 300 thiếu nhi", 300, "thiếu nhi", "approx"), Q("96 người cao tuổi", 96, "người cao tuổi"), Q("17 hộ sản xuất", 17, "hộ sản xuất"),
 Q("4,2 km", 4.2, "km"), Q("1 km", 1, "km"), Q("25 đoàn viên", 25, "đoàn viên"), Q("3 thuyền nhôm", 3, "thuyền nhôm"),
 Q("40 áo phao", 40, "áo phao"), Q("2 trong 3 công trình thanh niên", 2, "công trình thanh niên"), Q("7 thanh niên", 7, "thanh niên"),
 Q("ít nhất 70%", 70, "%", "over"), Q("250 suất quà", 250, "suất quà")],
[D("Nghị quyết", "08", "NQ/ĐTN", None, "Ban Chấp hành Đoàn xã", "Nghị quyết số 08-NQ/ĐTN"),
 D("Kế hoạch", "112", "KH-UBND", None, "UBND xã", "Kế hoạch số 112/KH-UBND")],
[prov("Thanh Hóa"), com("Điền Quang")],
["Cổng thông tin điện tử xã Điền Quang - huyện Bá Thước - tỉnh Thanh Hóa", "Tin tức - Sự kiện › Mặt trận - Đoàn thể",
 "Quang cảnh buổi giao ban tại hội trường UBND xã.", "Em yêu bản Mường", "Đêm hội trăng rằm", "Lượt truy cập: 12.604"],
["T6, 30/08/2024 - 16:45", "tháng 8/2024", "tháng 9", "nhiệm kỳ 2024 - 2027", "Lượt truy cập: 12.604"]))

PAGES.append(page("b3597-tuyenquang-tinhdoan-soket-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Chính trị › Đoàn thể › Tuổi trẻ
Cập nhật: 16:05, 11/07/2025 (GMT+7)
Ảnh: Đồng chí Bàn Thị Nhất phát biểu tại hội nghị.
Tuổi trẻ Tuyên Quang bắt tay ngay vào nhiệm vụ sau hợp nhất
Sáng 10/7, Ban Thường vụ Tỉnh đoàn Tuyên Quang tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm. Đây là hội nghị đầu tiên của Tỉnh đoàn sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội. Hội nghị kết nối trực tuyến tới 124 điểm cầu xã, phường.
Đồng chí Bàn Thị Nhất, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Tỉnh đoàn nhiệm kỳ 2022 - 2027, chủ trì hội nghị. Dự có các đồng chí Phó Bí thư Tỉnh đoàn: Ma Văn Tuấn, Vừ Mí Sính, Nguyễn Thị Hải Yến.
Báo cáo cho biết, 6 tháng đầu năm, toàn tỉnh thực hiện 1.520 công trình, phần việc thanh niên, trị giá trên 26 tỷ đồng; xóa 86 nhà tạm, nhà dột nát cho đoàn viên, thanh niên khó khăn; ra mắt 142 Đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số, hướng dẫn hơn 95.000 lượt người dân làm thủ tục hành chính trực tuyến. Các cơ sở Đoàn kết nạp 4.260 đoàn viên mới; 1.075 thanh niên được hỗ trợ vay vốn khởi nghiệp với tổng dư nợ khoảng 41 tỷ đồng.
Thực hiện Quyết định số 759/QĐ-TTg ngày 14/4/2025 của Thủ tướng Chính phủ và Hướng dẫn 04, 05-HD/TĐTN của Ban Thường vụ Tỉnh đoàn, việc sắp xếp tổ chức Đoàn cấp xã được hoàn thành trước ngày 1/7, bảo đảm không để gián đoạn hoạt động.
Tại hội nghị, chị Lò Thị Chi, Bí thư Đoàn xã Lũng Cú, người Lô Lô, cho biết Đoàn xã mới có 29 chi đoàn với hơn 1.100 đoàn viên, địa bàn rộng nên phải chia nhóm phụ trách theo cụm thôn. Anh Sùng Mí Dình, Bí thư Đoàn phường Hà Giang 1, người Mông, kiến nghị sớm bố trí trụ sở làm việc cho Đoàn phường. Chị Hoàng Thị Thu Trang, Phó Bí thư Đoàn xã Mỹ Lâm, đề nghị tập huấn nghiệp vụ cho cán bộ Đoàn mới.
Phát biểu chỉ đạo, đồng chí Bàn Thị Nhất đề nghị 6 tháng cuối năm các cơ sở Đoàn tập trung hỗ trợ chính quyền địa phương hai cấp vận hành thông suốt; mỗi xã, phường có ít nhất 1 công trình thanh niên chào mừng Đại hội Đảng bộ tỉnh.
Hội nghị đã khen thưởng 15 tập thể, 20 cá nhân có thành tích xuất sắc trong 6 tháng đầu năm.
Các đại biểu thống nhất, sau hợp nhất địa bàn rộng, đi lại khó khăn, cần đẩy mạnh sinh hoạt trực tuyến, số hóa sổ đoàn viên và phát huy vai trò cán bộ Đoàn người dân tộc thiểu số tại chỗ.
Hồng Nhung
Lượt đọc: 2.045
Tin liên quan
- Ra mắt Ban Chấp hành Tỉnh đoàn Tuyên Quang sau hợp nhất (02/07/2025)
- Hà Giang: chia tay Tỉnh đoàn trước sắp xếp (27/06/2025)
- Na Hang: hỗ trợ thanh niên làm du lịch cộng đồng (20/06/2025)
- Tháng Thanh niên năm 2025 với 860 công trình (31/03/2025)
""", "2025-07-11", "Tuổi trẻ Tuyên Quang bắt tay ngay vào nhiệm vụ sau hợp nhất",
E("so_ket", "2025-H1", "2025-07-10"),
[P("Bàn Thị Nhất", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Tỉnh đoàn nhiệm kỳ 2022 - 2027"),
 P("Ma Văn Tuấn", "Phó Bí thư Tỉnh đoàn"), P("Vừ Mí Sính", "Phó Bí thư Tỉnh đoàn"), P("Nguyễn Thị Hải Yến", "Phó Bí thư Tỉnh đoàn"),
 P("Lò Thị Chi", "Bí thư Đoàn xã Lũng Cú"), P("Sùng Mí Dình", "Bí thư Đoàn phường Hà Giang 1"),
 P("Hoàng Thị Thu Trang", "Phó Bí thư Đoàn xã Mỹ Lâm")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("1.520 công trình, phần việc thanh niên", 1520, "công trình, phần việc thanh niên"),
 Q("trên 26 tỷ đồng", 26000000000, "đồng", "over"), Q("86 nhà tạm, nhà dột nát", 86, "nhà tạm, nhà dột nát"),
 Q("142 Đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số", 142, "Đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số"),
 Q("hơn 95.000 lượt người dân", 95000, "lượt người dân", "over"), Q("4.260 đoàn viên mới", 4260, "đoàn viên mới"),
 Q("1.075 thanh niên", 1075, "thanh niên"), Q("khoảng 41 tỷ đồng", 41000000000, "đồng", "approx"), Q("29 chi đoàn", 29, "chi đoàn"),
 Q("hơn 1.100 đoàn viên", 1100, "đoàn viên", "over"), Q("ít nhất 1 công trình thanh niên", 1, "công trình thanh niên", "over"),
 Q("15 tập thể", 15, "tập thể"), Q("20 cá nhân", 20, "cá nhân")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Quyết định", "759", "QĐ-TTg", "2025-04-14", "Thủ tướng Chính phủ", "Quyết định số 759/QĐ-TTg ngày 14/4/2025"),
 D("Hướng dẫn", "04", "HD/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Hướng dẫn 04, 05-HD/TĐTN"),
 D("Hướng dẫn", "05", "HD/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Hướng dẫn 04, 05-HD/TĐTN")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Hà Giang 1"), com("Mỹ Lâm")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Chính trị › Đoàn thể › Tuổi trẻ", "Ảnh: Đồng chí Bàn Thị Nhất phát biểu tại hội nghị.", "Lượt đọc: 2.045"],
["Cập nhật: 16:05, 11/07/2025 (GMT+7)", "6 tháng đầu năm 2025", "6 tháng cuối năm", "ngày 1/7", "hai cấp", "Lượt đọc: 2.045"]))

PAGES.append(page("b3598-vinhlong-doanxa-tongket-2025", """
Hôm nay: Thứ Bảy, 20/12/2025
TRANG THÔNG TIN ĐIỆN TỬ XÃ TẬP SƠN - TỈNH VĨNH LONG
Trang chủ - Tin tức - Mặt trận và các đoàn thể
Thứ Sáu, 19/12/2025, 08:05
Toàn cảnh hội nghị.
Đoàn xã Tập Sơn: năm đầu vận hành chính quyền hai cấp với nhiều dấu ấn
Ngày 17/12/2025, Ban Chấp hành Đoàn xã Tập Sơn, tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2025, triển khai phương hướng năm 2026. Dự hội nghị có đồng chí Thạch Minh Hiếu, Phó Bí thư Thường trực Đảng ủy xã; đồng chí Kiên Thị Sa Rom, Chủ tịch Ủy ban MTTQ Việt Nam xã cùng 68 đại biểu là bí thư, phó bí thư các chi đoàn.
Báo cáo do đồng chí Sơn Chanh Đa Ra, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã - Bí thư Đoàn xã trình bày cho biết: năm 2025, Đoàn xã Tập Sơn được hình thành trên cơ sở hợp nhất Đoàn các xã Tập Sơn, Tân Sơn, Phước Hưng cũ, có 27 chi đoàn với 1.318 đoàn viên, trong đó đoàn viên người Khmer chiếm 64%.
Trong năm, Đoàn xã thực hiện 9 công trình thanh niên, tổng trị giá hơn 870 triệu đồng, tiêu biểu là cây cầu bê tông ấp Trà Sết và 2 căn nhà "Khăn quàng đỏ" tặng đội viên nghèo. Đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số hỗ trợ 3.650 lượt người dân nộp hồ sơ trực tuyến, đạt 121% kế hoạch. Đoàn xã phối hợp các chùa Phật giáo Nam tông Khmer duy trì 6 lớp dạy chữ Khmer hè cho 214 học sinh.
Đoàn xã đã giới thiệu 31 thanh niên vay vốn khởi nghiệp, tổng số tiền 1,45 tỷ đồng; hỗ trợ 5 dự án khởi nghiệp nuôi bò, trồng màu đăng ký sản phẩm OCOP. Kết nạp 156 đoàn viên mới; 17 đồng chí được kết nạp vào Đảng.
Tại hội nghị, chị Thạch Thị Sô Phia, Bí thư Chi đoàn ấp Ô Rung, chia sẻ kinh nghiệm tập hợp thanh niên đi làm công nhân ở các khu công nghiệp xa về sinh hoạt dịp lễ Sene Dolta. Anh Kim Sa Ri Na, Phó Bí thư Đoàn xã, đề nghị Đảng ủy xã quan tâm bố trí kinh phí cho Đội hình chuyển đổi số.
Phát biểu chỉ đạo, đồng chí Thạch Minh Hiếu đề nghị năm 2026 Đoàn xã tiếp tục thực hiện Nghị quyết số 03-NQ/ĐU ngày 15/8/2025 của Đảng ủy xã về phát triển kinh tế nông nghiệp gắn chuyển đổi số; tổ chức tốt Tháng Thanh niên, phấn đấu kết nạp từ 150 đoàn viên mới trở lên.
Dịp này, Đoàn xã tặng giấy khen cho 6 chi đoàn và 14 cá nhân.
Hội nghị cũng chỉ ra một số hạn chế: sinh hoạt ở một số chi đoàn ấp còn đơn điệu, chưa thu hút thanh niên; việc nắm số đoàn viên đi làm ăn xa chưa chặt chẽ; kinh phí hoạt động sau sắp xếp còn khó khăn.
Minh Tâm
Tin cùng chuyên mục
- Ủy ban MTTQ Việt Nam xã trao 100 phần quà cho hộ nghèo (12/12/2025)
- Hội Liên hiệp Phụ nữ xã tổng kết năm 2025 (10/12/2025)
- Xã Tập Sơn ra mắt mô hình "Ấp không ma túy" (01/12/2025)
- Hội Nông dân xã tập huấn kỹ thuật nuôi bò (20/11/2025)
""", "2025-12-19", "Đoàn xã Tập Sơn: năm đầu vận hành chính quyền hai cấp với nhiều dấu ấn",
E("tong_ket", "2025", "2025-12-17"),
[P("Thạch Minh Hiếu", "Phó Bí thư Thường trực Đảng ủy xã"), P("Kiên Thị Sa Rom", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Sơn Chanh Đa Ra", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã - Bí thư Đoàn xã"),
 P("Thạch Thị Sô Phia", "Bí thư Chi đoàn ấp Ô Rung"), P("Kim Sa Ri Na", "Phó Bí thư Đoàn xã")],
[Q("68 đại biểu", 68, "đại biểu"), Q("27 chi đoàn", 27, "chi đoàn"), Q("1.318 đoàn viên", 1318, "đoàn viên"), Q("64%", 64, "%"),
 Q("9 công trình thanh niên", 9, "công trình thanh niên"), Q("hơn 870 triệu đồng", 870000000, "đồng", "over"),
 Q("2 căn nhà", 2, "căn nhà"), Q("3.650 lượt người dân", 3650, "lượt người dân"), Q("121%", 121, "%"),
 Q("6 lớp dạy chữ Khmer hè", 6, "lớp dạy chữ Khmer hè"), Q("214 học sinh", 214, "học sinh"), Q("31 thanh niên", 31, "thanh niên"),
 Q("1,45 tỷ đồng", 1450000000, "đồng"), Q("5 dự án khởi nghiệp", 5, "dự án khởi nghiệp"), Q("156 đoàn viên mới", 156, "đoàn viên mới"),
 Q("17 đồng chí", 17, "đồng chí"), Q("từ 150 đoàn viên mới trở lên", 150, "đoàn viên mới", "over"),
 Q("6 chi đoàn", 6, "chi đoàn"), Q("14 cá nhân", 14, "cá nhân")],
[D("Nghị quyết", "03", "NQ/ĐU", "2025-08-15", "Đảng ủy xã", "Nghị quyết số 03-NQ/ĐU ngày 15/8/2025")],
[prov("Vĩnh Long"), com("Tập Sơn"), com("Tân Sơn"), com("Phước Hưng")],
["Hôm nay: Thứ Bảy, 20/12/2025", "TRANG THÔNG TIN ĐIỆN TỬ XÃ TẬP SƠN - TỈNH VĨNH LONG", "Trang chủ - Tin tức - Mặt trận và các đoàn thể",
 "Toàn cảnh hội nghị.", "Khăn quàng đỏ", "Sene Dolta"],
["Hôm nay: Thứ Bảy, 20/12/2025", "Thứ Sáu, 19/12/2025, 08:05", "năm 2025", "năm 2026", "17 đồng chí", "hai cấp"]))
