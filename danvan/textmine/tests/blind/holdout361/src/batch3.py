from lib import *
PAGES = []

PAGES.append(page("b8633-kontum-mttq-taphuan-2021", """
BÁO KON TUM ĐIỆN TỬ
You are here: Home > Chính trị > Mặt trận - Đoàn thể
2021-04-08 15:30
Tập huấn kỹ năng giám sát công trình cho 120 thành viên Ban Giám sát đầu tư của cộng đồng
Từ ngày 6 đến 7/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum tổ chức lớp tập huấn nghiệp vụ giám sát đầu tư của cộng đồng năm 2021 cho 120 thành viên Ban Giám sát đầu tư của cộng đồng các xã thuộc huyện Kon Plông, Tu Mơ Rông và Đăk Glei. Bà A Hồng Nhung, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự và phát biểu khai mạc.
Các học viên thực hành kiểm tra cấp phối đá dăm tại công trình đường vào làng Kon Sơ Lăng. Ảnh: Quang Định
Theo Ban Thường trực Ủy ban MTTQ tỉnh, năm 2020 các Ban Giám sát đầu tư của cộng đồng ở 102 xã, phường, thị trấn đã giám sát 356 công trình với tổng vốn hơn 740 tỷ đồng, phát hiện 18 công trình có sai sót và kiến nghị khắc phục. Tuy nhiên, khoảng 70% thành viên ban là người dân tộc thiểu số, nhiều người lần đầu tham gia sau đại hội Mặt trận cơ sở, chưa nắm được quy trình và kỹ năng giám sát.
Tại lớp tập huấn, ông Nguyễn Hữu Tín, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh giới thiệu những điểm mới của Luật Đầu tư công số 39/2019/QH14 và Nghị định số 29/2021/NĐ-CP ngày 26/3/2021 của Chính phủ quy định về trình tự, thủ tục thẩm định dự án quan trọng quốc gia và giám sát, đánh giá đầu tư, trong đó có một chương riêng về giám sát đầu tư của cộng đồng. Học viên cũng được hướng dẫn thực hiện Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN về các hình thức giám sát, phản biện xã hội của Mặt trận.
Chiều 7/4, các học viên đi thực tế tại công trình đường vào làng Kon Sơ Lăng, xã Hiếu (huyện Kon Plông) dài 2,6 km, kinh phí 4,3 tỷ đồng. Học viên được hướng dẫn đo bề rộng mặt đường, kiểm tra độ dày lớp đá, đối chiếu khối lượng thực tế với dự toán, ghi biên bản và gửi kiến nghị.
Ông A Hriêng, Trưởng Ban Giám sát đầu tư của cộng đồng xã Đăk Na, người Xơ Đăng cho biết: "Trước đây ban mình thấy đường xấu thì chỉ nói miệng với cán bộ xã. Giờ biết lập biên bản, có số liệu cụ thể thì kiến nghị mới có trọng lượng". Chị Y Hoa, thành viên Ban Giám sát đầu tư của cộng đồng xã Măng Cành, mong được tập huấn thêm về cách đọc dự toán vì "nhiều con số quá, khó nhớ".
Bế mạc lớp học, bà Phạm Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đề nghị các học viên về địa phương chia sẻ lại kiến thức cho các thành viên khác; Mặt trận các huyện chủ động đề xuất UBND cùng cấp bố trí đủ kinh phí cho ban. Mỗi học viên được hỗ trợ 150.000 đồng/ngày tiền ăn và tài liệu; tổng kinh phí lớp học là 68 triệu đồng.
Quang Định
Tin liên quan
- Kon Tum: Hiệp thương giới thiệu người ứng cử đại biểu HĐND tỉnh (02/04/2021)
- Đăk Hà giám sát việc thực hiện chính sách hỗ trợ nhà ở (25/03/2021)
- MTTQ tỉnh tổng kết công tác năm 2020 (29/12/2020)
""", "2021-04-08", "Tập huấn kỹ năng giám sát công trình cho 120 thành viên Ban Giám sát đầu tư của cộng đồng",
E("tap_huan", "2021", "2021-04-06"),
[P("A Hồng Nhung", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Tín", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Hriêng", "Trưởng Ban Giám sát đầu tư của cộng đồng xã Đăk Na"),
 P("Y Hoa", "thành viên Ban Giám sát đầu tư của cộng đồng xã Măng Cành"),
 P("Phạm Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("120 thành viên", 120, "thành viên"), Q("102 xã, phường, thị trấn", 102, "xã, phường, thị trấn"),
 Q("356 công trình", 356, "công trình"), Q("hơn 740 tỷ đồng", 740000000000, "đồng", "over"), Q("18 công trình", 18, "công trình"),
 Q("khoảng 70%", 70, "%", "approx"), Q("2,6 km", 2.6, "km"), Q("4,3 tỷ đồng", 4300000000, "đồng"),
 Q("150.000 đồng", 150000, "đồng"), Q("68 triệu đồng", 68000000, "đồng")],
[D("Luật", "39", "2019/QH14", None, None, "Luật Đầu tư công số 39/2019/QH14"),
 D("Nghị định", "29", "2021/NĐ-CP", "2021-03-26", "Chính phủ", "Nghị định số 29/2021/NĐ-CP ngày 26/3/2021"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")],
[prov("Kon Tum"), com("Hiếu"), com("Đăk Na"), com("Măng Cành")],
["BÁO KON TUM ĐIỆN TỬ", "You are here: Home > Chính trị > Mặt trận - Đoàn thể",
 "Các học viên thực hành kiểm tra cấp phối đá dăm tại công trình đường vào làng Kon Sơ Lăng. Ảnh: Quang Định", "làng Kon Sơ Lăng"],
["2021-04-08 15:30", "năm 2021", "năm 2020", "Chiều 7/4"]))

PAGES.append(page("b8634-longan-gsdtcd-debao-2021", """
Báo Long An Online
Trang chủ / Chính trị / Mặt trận - Đoàn thể
Ngày 16/09/2021 | 09:15
Giám sát công trình đê bao kết hợp giao thông ở Long Hựu Đông
Ngày 14/9, dù đang thực hiện các biện pháp phòng, chống dịch Covid-19 theo tinh thần Chỉ thị 16 của Thủ tướng Chính phủ, Ban Giám sát đầu tư của cộng đồng xã Long Hựu Đông, huyện Cần Đước, tỉnh Long An vẫn cử tổ giám sát 3 người kiểm tra công trình nâng cấp tuyến đê bao kết hợp đường giao thông từ ấp 3 đến ấp 5, với sự tham gia của Ban Thường trực Ủy ban MTTQ Việt Nam xã.
Tổ giám sát đo bề rộng mặt đê tại ấp 4. Ảnh: Thanh Hải
Công trình dài 3,6 km, tổng vốn 12,8 tỷ đồng, được UBND huyện Cần Đước phê duyệt tại Quyết định số 4120/QĐ-UBND ngày 25/11/2020. Để có mặt bằng thi công, 126 hộ dân ven sông đã tự nguyện hiến khoảng 4.500 m2 đất, tháo dỡ hàng rào, cây trái mà không nhận bồi thường. Hiện khối lượng thi công đạt khoảng 70%.
Ông Trương Văn Bé, Trưởng Ban Giám sát đầu tư của cộng đồng xã cho biết, vì dịch bệnh nên ban không thể họp đông người, phải chia thành các tổ nhỏ, mỗi tổ 3 người, thay phiên có mặt tại công trường. "Bà con hiến đất rồi thì càng phải giám sát kỹ, không để con đê làm xong vài năm đã sạt", ông Bé nói. Qua giám sát, ban phát hiện đoạn kè đá hộc khoảng 200 m chưa chèn đá đúng kỹ thuật, đã kiến nghị nhà thầu xử lý.
Bà Nguyễn Thị Kim Loan, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Trưởng Ban Thanh tra nhân dân xã cho biết thêm, từ đầu năm đến nay Ban Giám sát đầu tư của cộng đồng xã đã giám sát 8 công trình, gửi 15 kiến nghị, trong đó 13 kiến nghị đã được chủ đầu tư tiếp thu. Ban cũng phối hợp với Ban Thanh tra nhân dân công khai danh sách hộ hiến đất tại văn phòng ấp.
Ông Phan Văn Mười (ấp 4) phấn khởi: "Mấy chục năm nay mùa nước lớn là ngập tới gối, xe cộ đi không được. Giờ đê cao, đường rộng, bà con mừng lắm". Ông đề nghị chủ đầu tư lắp thêm đèn chiếu sáng ở đoạn qua khu dân cư.
Làm việc với tổ giám sát, ông Lê Hoàng Sơn, Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện Cần Đước tiếp thu kiến nghị, cam kết đôn đốc nhà thầu khắc phục đoạn kè trong 10 ngày và bổ sung 24 trụ đèn chiếu sáng vào hạng mục phát sinh.
Theo bà Võ Thị Mai, Chủ tịch Ủy ban MTTQ Việt Nam huyện Cần Đước, năm 2021 toàn huyện có 17 Ban Giám sát đầu tư của cộng đồng hoạt động thường xuyên; các ban đã chủ động đổi mới cách làm như lập nhóm Zalo để thành viên gửi hình ảnh công trình hằng ngày khi không thể đến công trường.
Thanh Hải
Tin liên quan
- Cần Đước: Hỗ trợ 5.000 phần quà cho người dân khó khăn do dịch (10/09/2021)
- Long An: Mặt trận các cấp giám sát việc chi hỗ trợ theo Nghị quyết 68 (03/09/2021)
- Tân Trụ: Vận động nhân dân hiến đất làm đường (26/08/2021)
""", "2021-09-16", "Giám sát công trình đê bao kết hợp giao thông ở Long Hựu Đông",
E("giam_sat", None, "2021-09-14"),
[P("Trương Văn Bé", "Trưởng Ban Giám sát đầu tư của cộng đồng xã"),
 P("Nguyễn Thị Kim Loan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Trưởng Ban Thanh tra nhân dân xã"),
 P("Phan Văn Mười"),
 P("Lê Hoàng Sơn", "Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện Cần Đước"),
 P("Võ Thị Mai", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Cần Đước")],
[Q("3 người", 3, "người"), Q("3,6 km", 3.6, "km"), Q("12,8 tỷ đồng", 12800000000, "đồng"), Q("126 hộ dân ven sông", 126, "hộ dân ven sông"),
 Q("khoảng 4.500 m2", 4500, "m2", "approx"), Q("khoảng 70%", 70, "%", "approx"), Q("khoảng 200 m", 200, "m", "approx"),
 Q("8 công trình", 8, "công trình"), Q("15 kiến nghị", 15, "kiến nghị"), Q("13 kiến nghị", 13, "kiến nghị"),
 Q("24 trụ đèn chiếu sáng", 24, "trụ đèn chiếu sáng"), Q("17 Ban Giám sát đầu tư của cộng đồng", 17, "Ban Giám sát đầu tư của cộng đồng")],
[D("Chỉ thị", "16", None, None, "Thủ tướng Chính phủ", "Chỉ thị 16"),
 D("Quyết định", "4120", "QĐ-UBND", "2020-11-25", "UBND huyện Cần Đước", "Quyết định số 4120/QĐ-UBND ngày 25/11/2020")],
[prov("Long An"), com("Long Hựu Đông")],
["Báo Long An Online", "Trang chủ / Chính trị / Mặt trận - Đoàn thể", "Tổ giám sát đo bề rộng mặt đê tại ấp 4. Ảnh: Thanh Hải"],
["Ngày 16/09/2021 | 09:15", "ấp 3", "ấp 5", "ấp 4", "vài năm", "Mấy chục năm", "10 ngày", "năm 2021", "Covid-19"]))

PAGES.append(page("b8635-hoabinh-mttq-hoinghi-2022", """
Báo Hòa Bình điện tử
Chính trị | Mặt trận - Đoàn thể
Thứ Năm, 22/09/2022 | 14:10
Hội nghị trao đổi kinh nghiệm hoạt động Ban Giám sát đầu tư của cộng đồng năm 2022
Ngày 21/9, tại huyện Tân Lạc, Ban Thường trực Ủy ban MTTQ tỉnh Hòa Bình tổ chức hội nghị trao đổi kinh nghiệm hoạt động của Ban Giám sát đầu tư của cộng đồng năm 2022. Đồng chí Bùi Thị Tuyết, TUV, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị. Dự có gần 90 đại biểu là lãnh đạo Mặt trận các huyện, thành phố và Trưởng Ban Giám sát đầu tư của cộng đồng một số xã.
Đồng chí Bùi Thị Tuyết, TUV, Chủ tịch Ủy ban MTTQ tỉnh phát biểu tại hội nghị. Ảnh: Đinh Thắng
Theo báo cáo, toàn tỉnh hiện có 151 Ban Giám sát đầu tư của cộng đồng với 1.208 thành viên. Từ năm 2020 đến nay, các ban đã giám sát 632 công trình, phần lớn thuộc Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025 theo Quyết định số 263/QĐ-TTg của Thủ tướng Chính phủ và các công trình trường học, trạm y tế. Qua giám sát đã phát hiện 47 công trình có sai sót, kiến nghị giảm trừ giá trị thanh toán hơn 2,3 tỷ đồng.
Hội nghị nghe 12 tham luận. Các ông Quách Văn Hùng, Xa Văn Khun, Đinh Công Pháp - Trưởng Ban Giám sát đầu tư của cộng đồng xã, lần lượt chia sẻ kinh nghiệm ở các xã Phong Phú, Mường Chiềng và Ngổ Luông. Ông Quách Văn Hùng kể, khi giám sát nhà văn hóa xóm Bục, ban phát hiện nhà thầu đổ dầm mái thiếu 4 thanh thép chịu lực, yêu cầu dừng thi công để làm lại. Ông Xa Văn Khun, người dân tộc Thái, cho biết ban của xã Mường Chiềng có 5 thành viên, đều là người có uy tín ở các xóm, nên khi vận động người dân hiến hơn 3.000 m2 đất mở đường đều thuận lợi.
Bà Nguyễn Thị Hằng, Phó Chủ tịch Ủy ban MTTQ huyện Tân Lạc nêu khó khăn: thành viên ban không có chuyên môn xây dựng, kinh phí hoạt động chỉ 3 triệu đồng/ban/năm; nhiều chủ đầu tư là UBND huyện nên ban ở xã "khó nói". Bà đề xuất được thuê tư vấn độc lập khi cần kiểm định, chi từ nguồn vốn dự án.
Đồng chí Quách Thế Tường, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh thông tin về những quy định mới liên quan đến hoạt động của ban trong dự thảo Luật Thực hiện dân chủ ở cơ sở đang được lấy ý kiến nhân dân, đồng thời hướng dẫn thực hiện Kế hoạch số 112/KH-MTTQ-BTT ngày 8/8/2022 của Ban Thường trực Ủy ban MTTQ tỉnh về nâng cao chất lượng giám sát đầu tư của cộng đồng.
Kết luận hội nghị, đồng chí Bùi Thị Tuyết đề nghị Mặt trận các cấp tham mưu cấp ủy, phối hợp chính quyền công khai thông tin dự án tại nơi thi công; ưu tiên chọn thành viên ban là người có hiểu biết về xây dựng, kế toán, cựu chiến binh, người có uy tín; định kỳ 6 tháng báo cáo kết quả về Ủy ban MTTQ tỉnh.
Đinh Thắng
Lượt xem: 1.532
Tin liên quan
- Hòa Bình: 10 huyện, thành phố tổ chức Ngày hội Đại đoàn kết điểm (15/09/2022)
- Mặt trận tỉnh góp ý dự thảo Luật Thực hiện dân chủ ở cơ sở (08/09/2022)
- Lạc Sơn: Giám sát việc quản lý, sử dụng quỹ "Vì người nghèo" (30/08/2022)
""", "2022-09-22", "Hội nghị trao đổi kinh nghiệm hoạt động Ban Giám sát đầu tư của cộng đồng năm 2022",
E("hoi_nghi", "2022", "2022-09-21"),
[P("Bùi Thị Tuyết", "TUV", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Quách Văn Hùng", "Trưởng Ban Giám sát đầu tư của cộng đồng xã"),
 P("Xa Văn Khun", "Trưởng Ban Giám sát đầu tư của cộng đồng xã"),
 P("Đinh Công Pháp", "Trưởng Ban Giám sát đầu tư của cộng đồng xã"),
 P("Nguyễn Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ huyện Tân Lạc"),
 P("Quách Thế Tường", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh")],
[Q("gần 90 đại biểu", 90, "đại biểu", "approx"), Q("151 Ban Giám sát đầu tư của cộng đồng", 151, "Ban Giám sát đầu tư của cộng đồng"),
 Q("1.208 thành viên", 1208, "thành viên"), Q("632 công trình", 632, "công trình"), Q("47 công trình", 47, "công trình"),
 Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("12 tham luận", 12, "tham luận"), Q("4 thanh thép chịu lực", 4, "thanh thép chịu lực"),
 Q("5 thành viên", 5, "thành viên"), Q("hơn 3.000 m2", 3000, "m2", "over"), Q("3 triệu đồng", 3000000, "đồng")],
[D("Quyết định", "263", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 263/QĐ-TTg"),
 D("Kế hoạch", "112", "KH-MTTQ-BTT", "2022-08-08", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 112/KH-MTTQ-BTT ngày 8/8/2022")],
[prov("Hòa Bình"), com("Phong Phú"), com("Mường Chiềng"), com("Ngổ Luông")],
["Báo Hòa Bình điện tử", "Chính trị | Mặt trận - Đoàn thể",
 "Đồng chí Bùi Thị Tuyết, TUV, Chủ tịch Ủy ban MTTQ tỉnh phát biểu tại hội nghị. Ảnh: Đinh Thắng",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Luật Thực hiện dân chủ ở cơ sở", "xóm Bục", "Lượt xem: 1.532"],
["Thứ Năm, 22/09/2022 | 14:10", "năm 2022", "năm 2020", "giai đoạn 2021 - 2025", "6 tháng", "Lượt xem: 1.532"]))

PAGES.append(page("b8636-binhduong-gsdtcd-truonghoc-2022", """
BÁO BÌNH DƯƠNG ĐIỆN TỬ
Thời sự › Chính trị › Mặt trận
14-12-2022 | 07:50
Giám sát xây dựng Trường THCS Phú Chánh: Kiến nghị đẩy nhanh tiến độ trước năm học mới
(BDO) Ngày 12/12, Ban Giám sát đầu tư của cộng đồng phường Phú Chánh (TX.Tân Uyên, tỉnh Bình Dương) phối hợp với Ban Thường trực Ủy ban MTTQ Việt Nam phường tổ chức giám sát tiến độ, chất lượng công trình xây dựng Trường THCS Phú Chánh.
Trường được đầu tư theo Nghị quyết số 23/NQ-HĐND ngày 10/7/2021 của HĐND tỉnh về kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025, với quy mô 36 phòng học, tổng vốn 98,6 tỷ đồng. Khi hoàn thành, trường sẽ đáp ứng chỗ học cho khoảng 1.800 học sinh, giảm áp lực cho Trường THCS Tân Vĩnh Hiệp đang quá tải.
Thành viên ban giám sát kiểm tra hạng mục nhà đa năng. Ảnh: Kim Hà
Ông Nguyễn Văn Sáu, Trưởng Ban Giám sát đầu tư của cộng đồng phường cho biết, thực hiện Kế hoạch số 05/KH-BGS ngày 2/3/2022 của Ban Giám sát đầu tư của cộng đồng phường, từ khi khởi công ban đã tổ chức 4 cuộc giám sát tại công trường. Đến nay, khối nhà học 3 tầng đã xong phần thô, khối lượng toàn công trình đạt khoảng 65%, chậm so với kế hoạch do giá vật liệu tăng cao và thiếu nhân công. Tại công trường hiện có hơn 120 công nhân.
Qua giám sát, ban ghi nhận chất lượng bê tông, cốt thép cơ bản đạt yêu cầu; tuy nhiên phần mương thoát nước dọc đường ĐT746 chưa được đấu nối, nguy cơ gây ngập cho 37 hộ dân khu phố Chánh Long khi mưa lớn. Ban đã kiến nghị chủ đầu tư bổ sung hạng mục này.
Bà Lê Thị Ngọc Hân, Phó Chủ tịch Ủy ban MTTQ Việt Nam thị xã Tân Uyên, đề nghị Ban Quản lý dự án công khai tiến độ tại cổng công trường để người dân cùng theo dõi. Ông Trần Quốc Việt, vừa được bổ nhiệm làm Phó Trưởng phòng Giáo dục và Đào tạo thị xã, cho biết thị xã cần trường đưa vào sử dụng trước tháng 8/2023 để tuyển sinh 12 lớp 6.
Đại diện chủ đầu tư, ông Huỳnh Minh Triết, Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh tiếp thu ý kiến, cho biết sẽ tăng ca, bổ sung thêm 40 công nhân và hoàn thành phần mương thoát nước trong tháng 1/2023.
Kết thúc buổi giám sát, ông Nguyễn Văn Sáu đề nghị Ủy ban MTTQ Việt Nam phường đưa nội dung giám sát công trình vào kế hoạch năm 2023. Năm 2022, Ban Giám sát đầu tư của cộng đồng phường Phú Chánh đã giám sát 6 công trình với tổng vốn hơn 160 tỷ đồng, gửi 11 kiến nghị, được giải quyết 100%.
Kim Hà
Tin liên quan
- Tân Uyên: Mặt trận phản biện dự thảo quy hoạch phân khu (08/12/2022)
- Bình Dương: Đầu tư 1.500 tỷ đồng xây mới 40 trường học (29/11/2022)
- Phường Tân Vĩnh Hiệp ra mắt tổ giám sát cộng đồng khu phố (20/11/2022)
""", "2022-12-14", "Giám sát xây dựng Trường THCS Phú Chánh: Kiến nghị đẩy nhanh tiến độ trước năm học mới",
E("giam_sat", None, "2022-12-12"),
[P("Nguyễn Văn Sáu", "Trưởng Ban Giám sát đầu tư của cộng đồng phường"),
 P("Lê Thị Ngọc Hân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thị xã Tân Uyên"),
 P("Trần Quốc Việt", "Phó Trưởng phòng Giáo dục và Đào tạo thị xã"),
 P("Huỳnh Minh Triết", "Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh")],
[Q("36 phòng học", 36, "phòng học"), Q("98,6 tỷ đồng", 98600000000, "đồng"), Q("khoảng 1.800 học sinh", 1800, "học sinh", "approx"),
 Q("4 cuộc giám sát", 4, "cuộc giám sát"), Q("khoảng 65%", 65, "%", "approx"), Q("hơn 120 công nhân", 120, "công nhân", "over"), Q("37 hộ dân", 37, "hộ dân"),
 Q("12 lớp", 12, "lớp"), Q("40 công nhân", 40, "công nhân"), Q("6 công trình", 6, "công trình"),
 Q("hơn 160 tỷ đồng", 160000000000, "đồng", "over"), Q("11 kiến nghị", 11, "kiến nghị"), Q("100%", 100, "%")],
[D("Nghị quyết", "23", "NQ-HĐND", "2021-07-10", "HĐND tỉnh", "Nghị quyết số 23/NQ-HĐND ngày 10/7/2021"),
 D("Kế hoạch", "05", "KH-BGS", "2022-03-02", "Ban Giám sát đầu tư của cộng đồng phường", "Kế hoạch số 05/KH-BGS ngày 2/3/2022")],
[prov("Bình Dương"), com("Phú Chánh")],
["BÁO BÌNH DƯƠNG ĐIỆN TỬ", "Thời sự › Chính trị › Mặt trận", "(BDO)", "Thành viên ban giám sát kiểm tra hạng mục nhà đa năng. Ảnh: Kim Hà",
 "Trường THCS Phú Chánh", "Trường THCS Tân Vĩnh Hiệp", "khu phố Chánh Long", "ĐT746"],
["14-12-2022 | 07:50", "giai đoạn 2021 - 2025", "3 tầng", "ĐT746", "tháng 8/2023", "lớp 6", "tháng 1/2023", "năm 2023", "Năm 2022"]))

PAGES.append(page("b8637-lamdong-gsdtcd-duongbon-2023", """
BÁO LÂM ĐỒNG
Trang chủ » Chính trị » Dân tộc - Tôn giáo
Thứ Sáu, 18/08/2023 - 15:20
Lạc Dương: Người K'Ho giám sát công trình đường vào bon
Ngày 16/8, Ban Giám sát đầu tư của cộng đồng xã Đạ Chais (huyện Lạc Dương, tỉnh Lâm Đồng) tổ chức giám sát công trình đường bê tông vào bon Đưng K'Si thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030.
Thành viên Ban Giám sát đầu tư của cộng đồng xã Đạ Chais đo chiều dày mặt đường. Ảnh: N.Hân
Công trình dài 1,7 km, rộng 3,5 m, có 3 cống thoát nước ngang đường, tổng kinh phí 2,9 tỷ đồng từ nguồn vốn thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ. Để làm đường, 85 hộ trong bon đã góp hơn 400 ngày công giải phóng mặt bằng, di dời hàng rào.
Ban Giám sát đầu tư của cộng đồng xã có 5 thành viên, trong đó 4 thành viên là người K'Ho. Ông Liêng Jrang Ha Thoan, người vừa được tín nhiệm giữ chức Trưởng Ban Giám sát đầu tư của cộng đồng xã Đạ Chais, cho biết ban chia nhau mỗi người theo dõi một đoạn, ngày nào cũng ghi sổ. "Đường vào bon là của bà con mình, mình phải giữ cho nó tốt", ông nói.
Qua giám sát, ban phát hiện một đoạn khoảng 50 m mặt đường bê tông bị nứt chân chim do không được bảo dưỡng đúng cách trong những ngày nắng gắt, và có cống thoát nước đặt thấp hơn cao độ thiết kế. Ban đã lập biên bản, kiến nghị UBND xã và đơn vị thi công xử lý. Nhà thầu đã cam kết cắt bỏ, đổ lại đoạn mặt đường bị nứt và nâng cống trong thời gian bảo hành.
Bà Rơ Ông K'Mai, Chủ tịch Ủy ban MTTQ Việt Nam xã Đạ Chais cho biết, theo Nghị định số 27/2022/NĐ-CP của Chính phủ, các công trình thuộc chương trình được giao cho cộng đồng tham gia thực hiện và giám sát, nên Mặt trận xã đã phối hợp tập huấn cho các thành viên ban cách đọc hồ sơ thiết kế. Năm 2023, xã có 6 công trình với tổng vốn gần 9,2 tỷ đồng; ban đã giám sát cả 6 công trình.
Ông Cơ Liêng Ha Nguyên, Bí thư Chi bộ kiêm Trưởng bon Đưng K'Si cho biết, bà con rất phấn khởi khi con đường sắp hoàn thành, nhất là vào mùa mưa, học sinh không còn phải lội bùn tới trường. Ông Kră Jăn Ha Hiếu, người dân trong bon, đề nghị làm thêm rãnh dọc ở đoạn dốc để nước không xói mặt đường.
Theo Ủy ban MTTQ Việt Nam huyện Lạc Dương, thực hiện Kế hoạch số 26/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ huyện, 6/6 xã, thị trấn đã củng cố Ban Giám sát đầu tư của cộng đồng; 6 tháng đầu năm 2023 các ban đã giám sát 21 công trình, kiến nghị xử lý 5 công trình có sai sót.
N.Hân
Tin liên quan
- Lâm Đồng: Giải ngân vốn Chương trình 1719 đạt thấp (10/08/2023)
- Đam Rông: Người có uy tín vận động đồng bào hiến đất (02/08/2023)
- Lạc Dương: Trao 20 căn nhà Đại đoàn kết cho hộ nghèo (25/07/2023)
""", "2023-08-18", "Lạc Dương: Người K'Ho giám sát công trình đường vào bon",
E("giam_sat", None, "2023-08-16"),
[P("Liêng Jrang Ha Thoan", "Trưởng Ban Giám sát đầu tư của cộng đồng xã Đạ Chais"),
 P("Rơ Ông K'Mai", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đạ Chais"),
 P("Cơ Liêng Ha Nguyên", "Bí thư Chi bộ kiêm Trưởng bon Đưng K'Si"),
 P("Kră Jăn Ha Hiếu")],
[Q("1,7 km", 1.7, "km"), Q("3,5 m", 3.5, "m"), Q("3 cống thoát nước ngang đường", 3, "cống thoát nước ngang đường"),
 Q("2,9 tỷ đồng", 2900000000, "đồng"), Q("85 hộ", 85, "hộ"), Q("hơn 400 ngày công", 400, "ngày công", "over"),
 Q("5 thành viên", 5, "thành viên"), Q("4 thành viên", 4, "thành viên"), Q("khoảng 50 m", 50, "m", "approx"),
 Q("6 công trình", 6, "công trình"), Q("gần 9,2 tỷ đồng", 9200000000, "đồng", "approx"), Q("6/6 xã, thị trấn", 6, "xã, thị trấn"),
 Q("21 công trình", 21, "công trình"), Q("5 công trình", 5, "công trình")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Nghị định", "27", "2022/NĐ-CP", None, "Chính phủ", "Nghị định số 27/2022/NĐ-CP"),
 D("Kế hoạch", "26", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ huyện", "Kế hoạch số 26/KH-MTTQ-BTT")],
[prov("Lâm Đồng"), com("Đạ Chais")],
["BÁO LÂM ĐỒNG", "Trang chủ » Chính trị » Dân tộc - Tôn giáo",
 "Thành viên Ban Giám sát đầu tư của cộng đồng xã Đạ Chais đo chiều dày mặt đường. Ảnh: N.Hân",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "bon Đưng K'Si"],
["Thứ Sáu, 18/08/2023 - 15:20", "giai đoạn 2021 - 2030", "Năm 2023", "6 tháng đầu năm 2023"]))

PAGES.append(page("b8638-phutho-mttq-soket-2023", """
Hôm nay: Thứ Tư, 19/07/2023
ỦY BAN MTTQ VIỆT NAM TỈNH PHÚ THỌ - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ > Hoạt động Mặt trận > Mặt trận cơ sở
Ngày đăng 14/07/2023 | 16:20
Quang cảnh hội nghị.
Thanh Sơn: 6 tháng, Ban Giám sát đầu tư của cộng đồng kiến nghị xử lý 11 công trình
Ngày 13/7, Ban Thường trực Ủy ban MTTQ huyện Thanh Sơn (Phú Thọ) tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Đinh Văn Tiến, HUV, Chủ tịch Ủy ban MTTQ huyện chủ trì hội nghị; dự có đồng chí Hà Thị Lan, HUV, Trưởng Ban Dân vận Huyện ủy.
Theo báo cáo, 6 tháng đầu năm, Ban Giám sát đầu tư của cộng đồng ở 23 xã, thị trấn đã giám sát 97 công trình với tổng vốn khoảng 316 tỷ đồng, chủ yếu là đường giao thông, nhà văn hóa khu và trường học. Qua giám sát, các ban phát hiện, kiến nghị xử lý 11 công trình chưa đúng thiết kế, chậm tiến độ; gửi 19 kiến nghị đến chủ đầu tư, 16 kiến nghị đã được giải quyết, đạt 84,2%.
Mặt trận các cấp đã tuyên truyền Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 có hiệu lực từ ngày 1/7/2023, trong đó quy định cụ thể quyền giám sát của nhân dân đối với các dự án đầu tư ở cơ sở; tham mưu Ban Thường vụ Huyện ủy sơ kết Chỉ thị 15, 16-CT/HU về tăng cường công tác giám sát của Mặt trận và về công khai các khoản đóng góp của nhân dân. Nhân dân trong huyện đã hiến hơn 18.000 m2 đất, đóng góp 6,5 tỷ đồng để làm đường giao thông nông thôn.
Thảo luận tại hội nghị, bà Bàn Thị Phương, Chủ tịch Ủy ban MTTQ xã Thượng Cửu, người Dao, cho biết ban của xã đã phát hiện tuyến đường khu Chiềng làm thiếu khoảng 0,5 km rãnh dọc so với thiết kế. Ông Đinh Công Hòa, Trưởng Ban Giám sát đầu tư của cộng đồng thị trấn Thanh Sơn đề nghị huyện chỉ đạo các chủ đầu tư gửi hồ sơ thiết kế cho ban ngay khi có quyết định phê duyệt.
Đồng chí Nguyễn Văn Bình, Phó Chủ tịch Thường trực - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ huyện cho biết, trong quý III, Ban Thường trực sẽ mở lớp tập huấn cho các thành viên Ban Giám sát đầu tư của cộng đồng và Ban Thanh tra nhân dân về nội dung Luật Thực hiện dân chủ ở cơ sở.
Phát biểu chỉ đạo, đồng chí Hà Thị Lan đề nghị Mặt trận huyện phát huy vai trò giám sát các công trình thuộc 3 chương trình mục tiêu quốc gia; không để xảy ra tình trạng công trình xong rồi mới mời ban đến "ký cho đủ thủ tục".
Kết luận, đồng chí Đinh Văn Tiến yêu cầu 6 tháng cuối năm mỗi xã chọn ít nhất 2 công trình để giám sát trọng điểm, báo cáo kết quả về Ủy ban MTTQ huyện trước ngày 15/12.
Minh Hải
Bài viết liên quan
- Tân Sơn: Sơ kết công tác Mặt trận 6 tháng đầu năm (12/07/2023)
- Triển khai Luật Thực hiện dân chủ ở cơ sở đến cán bộ Mặt trận (05/07/2023)
- Thanh Sơn: Ra mắt 5 mô hình "Dân vận khéo" (28/06/2023)
""", "2023-07-14", "Thanh Sơn: 6 tháng, Ban Giám sát đầu tư của cộng đồng kiến nghị xử lý 11 công trình",
E("so_ket", "2023-H1", "2023-07-13"),
[P("Đinh Văn Tiến", "HUV", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Hà Thị Lan", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Bàn Thị Phương", "Chủ tịch Ủy ban MTTQ xã Thượng Cửu"),
 P("Đinh Công Hòa", "Trưởng Ban Giám sát đầu tư của cộng đồng thị trấn Thanh Sơn"),
 P("Nguyễn Văn Bình", "Phó Chủ tịch Thường trực - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ huyện")],
[Q("23 xã, thị trấn", 23, "xã, thị trấn"), Q("97 công trình", 97, "công trình"), Q("khoảng 316 tỷ đồng", 316000000000, "đồng", "approx"),
 Q("11 công trình", 11, "công trình"), Q("19 kiến nghị", 19, "kiến nghị"), Q("16 kiến nghị", 16, "kiến nghị"), Q("84,2%", 84.2, "%"),
 Q("hơn 18.000 m2", 18000, "m2", "over"), Q("6,5 tỷ đồng", 6500000000, "đồng"), Q("khoảng 0,5 km", 0.5, "km", "approx"),
 Q("3 chương trình mục tiêu quốc gia", 3, "chương trình mục tiêu quốc gia"), Q("ít nhất 2 công trình", 2, "công trình", "over")],
[D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Chỉ thị", "15", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 15, 16-CT/HU"),
 D("Chỉ thị", "16", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 15, 16-CT/HU")],
[prov("Phú Thọ"), com("Thượng Cửu"), com("Thanh Sơn")],
["ỦY BAN MTTQ VIỆT NAM TỈNH PHÚ THỌ - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ > Hoạt động Mặt trận > Mặt trận cơ sở",
 "Hôm nay: Thứ Tư, 19/07/2023", "Quang cảnh hội nghị.", "khu Chiềng"],
["Hôm nay: Thứ Tư, 19/07/2023", "Ngày đăng 14/07/2023 | 16:20", "6 tháng đầu năm 2023", "6 tháng cuối năm", "quý III", "ngày 1/7/2023", "ngày 15/12", "6 tháng,"]))
