from lib import *
PAGES = []

PAGES.append(page("b5273-thuathienhue-mttq-giaoban-2021", """
Hôm nay: Thứ Sáu, 01/10/2021
ỦY BAN MTTQ VIỆT NAM TỈNH THỪA THIÊN HUẾ
Trang chủ / Hoạt động / Tin Mặt trận
Thứ Năm, 30/09/2021 - 17:30
Toàn cảnh buổi giao ban trực tuyến.
Đẩy mạnh phân loại rác tại nguồn trong khu dân cư
Chiều 29/9, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế tổ chức giao ban công tác Mặt trận tháng 9/2021 bằng hình thức trực tuyến đến 9 điểm cầu huyện, thị xã, thành phố. Đồng chí Phan Thị Hà Linh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Báo cáo nhanh cho biết, trong tháng, thực hiện Chỉ thị 25, 26-CT/TU của Ban Thường vụ Tỉnh ủy về phân loại rác thải tại nguồn và xây dựng "Thành phố Huế xanh - sạch - sáng", Mặt trận các cấp đã vận động 14.800 hộ gia đình tham gia phân loại rác, nâng tổng số khu dân cư thực hiện lên 356 khu dân cư. Các tổ chức thành viên đã trao 9.000 thùng phân loại rác hai ngăn, trị giá gần 1,1 tỷ đồng, chủ yếu do doanh nghiệp tài trợ. Tuyên truyền Luật Bảo vệ môi trường số 72/2020/QH14 của Quốc hội được thực hiện qua 210 cụm loa truyền thanh.
Ở huyện miền núi A Lưới, đồng chí Hồ Thị Hoa Vân, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện A Lưới, thông tin: Mặt trận huyện phối hợp với người có uy tín vận động đồng bào Tà Ôi, Cơ Tu, Pa Kô không đốt rác nhựa; xã Hồng Hạ ra mắt mô hình "Thôn không rác thải nhựa" ở 4 thôn. Ông Kăn Tréc, người có uy tín thôn Pa Ring, xã Hồng Thượng, cho biết bà con góp 2 ngày công mỗi tháng dọn vệ sinh đường làng.
Đồng chí Trần Văn Lợi, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh, đề xuất nhân rộng mô hình "Tổ dân phố không rác thải nhựa" tại phường Vỹ Dạ và phường Thủy Biều; bà Lê Thị Thu Nguyệt, Chủ tịch Ủy ban MTTQ Việt Nam phường Vỹ Dạ, cho biết phường đã thu được khoảng 4,5 tấn rác tái chế sau 3 tháng, bán lấy 18 triệu đồng bổ sung Quỹ "Vì người nghèo".
Do ảnh hưởng của dịch Covid-19, tỉ lệ hộ tham gia phân loại rác ở một số phường trung tâm mới đạt 46%. Kết luận buổi giao ban, đồng chí Phan Thị Hà Linh đề nghị trong tháng 10 các cấp tập trung hướng dẫn thực hiện Quyết định số 121/QĐ-MTTQ-BTT ngày 15/9/2021 của Ban Thường trực Ủy ban MTTQ tỉnh về bộ tiêu chí "Khu dân cư phân loại rác tốt", phấn đấu đến cuối năm có ít nhất 70% hộ gia đình ở thành phố Huế phân loại rác tại nguồn.
Đồng chí cũng lưu ý các huyện ven biển, đầm phá chủ động rà soát các điểm tồn đọng rác nhựa, vận động bà con ngư dân mang rác về bờ, chuẩn bị cho đợt ra quân hưởng ứng Chiến dịch làm cho thế giới sạch hơn.
Quỳnh Anh
Các tin đã đưa
- MTTQ tỉnh hỗ trợ người dân từ vùng dịch trở về (20/09/2021)
- Phong Điền: ra mắt tổ dân phố không rác thải nhựa (08/09/2021)
- Giao ban công tác Mặt trận tháng 8/2021 (27/08/2021)
""", "2021-09-30", "Đẩy mạnh phân loại rác tại nguồn trong khu dân cư",
E("giao_ban", "2021-09", "2021-09-29"),
[P("Phan Thị Hà Linh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Hoa Vân", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện A Lưới"),
 P("Kăn Tréc", "người có uy tín thôn Pa Ring"),
 P("Trần Văn Lợi", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Thu Nguyệt", "Chủ tịch Ủy ban MTTQ Việt Nam phường Vỹ Dạ")],
[Q("9 điểm cầu huyện, thị xã, thành phố", 9, "điểm cầu huyện, thị xã, thành phố"), Q("14.800 hộ gia đình", 14800, "hộ gia đình"),
 Q("356 khu dân cư", 356, "khu dân cư"), Q("9.000 thùng phân loại rác hai ngăn", 9000, "thùng phân loại rác hai ngăn"),
 Q("gần 1,1 tỷ đồng", 1100000000, "đồng", "approx"), Q("210 cụm loa truyền thanh", 210, "cụm loa truyền thanh"),
 Q("4 thôn", 4, "thôn"), Q("2 ngày công", 2, "ngày công"), Q("khoảng 4,5 tấn", 4.5, "tấn", "approx"),
 Q("18 triệu đồng", 18000000, "đồng"), Q("46%", 46, "%"), Q("ít nhất 70%", 70, "%", "over")],
[D("Chỉ thị", "25", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 25, 26-CT/TU"),
 D("Chỉ thị", "26", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 25, 26-CT/TU"),
 D("Luật", "72", "2020/QH14", None, "Quốc hội", "Luật Bảo vệ môi trường số 72/2020/QH14"),
 D("Quyết định", "121", "QĐ-MTTQ-BTT", "2021-09-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "Quyết định số 121/QĐ-MTTQ-BTT ngày 15/9/2021")],
[prov("Thừa Thiên Huế"), com("Hồng Hạ"), com("Hồng Thượng"), com("Vỹ Dạ"), com("Thủy Biều")],
["Hôm nay: Thứ Sáu, 01/10/2021", "ỦY BAN MTTQ VIỆT NAM TỈNH THỪA THIÊN HUẾ", "Trang chủ / Hoạt động / Tin Mặt trận",
 "Toàn cảnh buổi giao ban trực tuyến.", "Thành phố Huế xanh - sạch - sáng", "Thôn không rác thải nhựa",
 "Tổ dân phố không rác thải nhựa", "Vì người nghèo", "Khu dân cư phân loại rác tốt", "Chiến dịch làm cho thế giới sạch hơn"],
["Thứ Năm, 30/09/2021 - 17:30", "tháng 9/2021", "3 tháng", "tháng 10", "Covid-19", "Hôm nay: Thứ Sáu, 01/10/2021"]))

PAGES.append(page("b5274-gialai-mttq-giamsat-2022", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 19/8/2022 | 08:30
Giám sát việc thực hiện pháp luật về bảo vệ môi trường tại Chư Sê
(GLO) - Ngày 18/8, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Gia Lai do đồng chí Rơ Châm H'Yan, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc thực hiện pháp luật về bảo vệ môi trường và quản lý chất thải rắn sinh hoạt tại huyện Chư Sê, theo chương trình giám sát năm 2022.
Đoàn giám sát làm việc với UBND huyện Chư Sê. Ảnh: Hồng Thi
Cùng đi có các đồng chí Ksor Hưng, Nguyễn Thị Mai Trâm - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; đại diện Sở Tài nguyên và Môi trường. Tiếp đoàn có đồng chí Siu Đoan, HUV, Phó Chủ tịch UBND huyện Chư Sê.
Theo báo cáo của huyện, triển khai Nghị định 08/2022/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Bảo vệ môi trường và Thông tư 02/2022/TT-BTNMT của Bộ Tài nguyên và Môi trường, huyện đã ký hợp đồng thu gom rác tại thị trấn Chư Sê và 6 xã lân cận; tỷ lệ chất thải rắn sinh hoạt ở đô thị được thu gom đạt 92%, ở nông thôn mới đạt 41,5%. Lượng rác phát sinh bình quân khoảng 38 tấn/ngày. Huyện đã đầu tư 2,3 tỷ đồng cải tạo bãi chôn lấp tại xã Ia Blang.
Qua khảo sát thực tế tại làng Ia Blang và làng Dơ Keo, đoàn ghi nhận còn 15 điểm đổ rác tự phát ven quốc lộ; bãi chôn lấp chưa có hệ thống xử lý nước rỉ rác; nhiều hộ đồng bào Jrai còn vứt chai nhựa, bao bì phân bón ở rẫy cà phê, hồ tiêu. Ông Rah Lan Lâm, Trưởng thôn Plei Kueng, cho biết bà con mong được hỗ trợ xe thu gom loại nhỏ để đi vào các làng xa. Bà Puih H'Bơi, Chủ tịch Hội LHPN xã Ia Blang, đề nghị nhân rộng mô hình "Làng sạch, không rác thải nhựa" đang thực hiện ở 3 làng.
Đoàn giám sát đề nghị UBND huyện sớm triển khai Kế hoạch số 1520/KH-MTTQ-BTT ngày 6/6/2022 của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát, phản biện xã hội năm 2022 trong lĩnh vực môi trường; bố trí kinh phí để đến năm 2025 có trên 60% rác thải sinh hoạt nông thôn được thu gom; xử lý dứt điểm các điểm đổ rác tự phát. Đoàn cũng kiến nghị Sở Tài nguyên và Môi trường hướng dẫn huyện lập phương án đóng cửa bãi rác cũ khi bãi mới đi vào hoạt động.
Phát biểu kết luận, đồng chí Rơ Châm H'Yan đề nghị Ủy ban MTTQ huyện và các tổ chức thành viên tăng cường vận động đồng bào các làng thực hiện hương ước về vệ sinh môi trường, phát huy vai trò của 86 người có uy tín trên địa bàn huyện trong việc nhắc nhở bà con không đốt rác, không vứt bao bì thuốc bảo vệ thực vật xuống suối.
Hồng Thi
Tin liên quan
- MTTQ tỉnh giám sát chính sách hỗ trợ đồng bào dân tộc thiểu số tại Krông Pa (10/08/2022)
- Chư Păh: ra quân thu gom rác thải nhựa (30/07/2022)
- Hội nghị phản biện dự thảo quy định giá dịch vụ thu gom rác (14/07/2022)
""", "2022-08-19", "Giám sát việc thực hiện pháp luật về bảo vệ môi trường tại Chư Sê",
E("giam_sat", "2022", "2022-08-18"),
[P("Rơ Châm H'Yan", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Hưng", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Mai Trâm", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu Đoan", "HUV", "Phó Chủ tịch UBND huyện Chư Sê"),
 P("Rah Lan Lâm", "Trưởng thôn Plei Kueng"),
 P("Puih H'Bơi", "Chủ tịch Hội LHPN xã Ia Blang")],
[Q("6 xã", 6, "xã"), Q("92%", 92, "%"), Q("41,5%", 41.5, "%"), Q("khoảng 38 tấn/ngày", 38, "tấn", "approx"),
 Q("2,3 tỷ đồng", 2300000000, "đồng"), Q("15 điểm đổ rác tự phát", 15, "điểm đổ rác tự phát"), Q("3 làng", 3, "làng"),
 Q("trên 60%", 60, "%", "over"), Q("86 người có uy tín", 86, "người có uy tín")],
[D("Nghị định", "08", "2022/NĐ-CP", None, "Chính phủ", "Nghị định 08/2022/NĐ-CP"),
 D("Thông tư", "02", "2022/TT-BTNMT", None, "Bộ Tài nguyên và Môi trường", "Thông tư 02/2022/TT-BTNMT"),
 D("Kế hoạch", "1520", "KH-MTTQ-BTT", "2022-06-06", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 1520/KH-MTTQ-BTT ngày 6/6/2022")],
[prov("Gia Lai"), com("Chư Sê"), com("Ia Blang")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "(GLO)", "Đoàn giám sát làm việc với UBND huyện Chư Sê. Ảnh: Hồng Thi",
 "Làng sạch, không rác thải nhựa", "Luật Bảo vệ môi trường", "làng Dơ Keo"],
["Thứ Sáu, 19/8/2022 | 08:30", "năm 2022", "năm 2025"]))

PAGES.append(page("b5275-kiengiang-xabinhson-tongket-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HÒN ĐẤT
Trang chủ - Tin tức - Mặt trận và đoàn thể
23/12/2022 15:05 (GMT+7)
Xã Bình Sơn: 11 ấp ra mắt mô hình "Ấp sạch, không rác thải nhựa"
Ngày 21/12/2022, Ủy ban MTTQ Việt Nam xã Bình Sơn, huyện Hòn Đất, tỉnh Kiên Giang tổ chức hội nghị tổng kết công tác Mặt trận năm 2022, triển khai phương hướng, nhiệm vụ năm 2023. Dự có đồng chí Trần Thanh Phong, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Hòn Đất; đồng chí Danh Sà Rết, Bí thư Đảng ủy xã Bình Sơn.
Đồng chí Danh Ngọc Thạch, Chủ tịch Ủy ban MTTQ Việt Nam xã báo cáo tổng kết.
Năm 2022, thực hiện Nghị quyết 08, 09-NQ/ĐU của Ban Chấp hành Đảng bộ xã về xây dựng xã nông thôn mới nâng cao và bảo vệ môi trường vùng đồng bào Khmer, Mặt trận xã đã vận động 1.960 hộ tham gia thu gom rác; thành lập 11 tổ tự quản ở 11 ấp, ra mắt mô hình "Ấp sạch, không rác thải nhựa". Nhân dân đóng góp trên 540 triệu đồng và 2.300 ngày công làm 7,2 km đường hoa, trồng 3.500 cây bóng mát. Quỹ "Vì người nghèo" xã vận động được 126 triệu đồng, hỗ trợ xây 4 căn nhà Đại đoàn kết cho hộ nghèo người Khmer.
Nguồn vốn từ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi được Mặt trận giám sát tại 3 công trình nước sạch, không phát hiện sai phạm.
Các đại biểu Thị Xà Ry, Chi hội trưởng phụ nữ ấp Vàm Răng; Danh Hoàng, Trưởng ban Công tác Mặt trận ấp Hòn Quéo; Lâm Thị Ngọc Bích, Bí thư Đoàn xã Bình Sơn, tham luận về cách vận động bà con không xả rác xuống kênh, tận dụng vỏ chai làm chậu trồng rau. Hòa thượng Danh Út, trụ trì chùa Sóc Xoài, cho biết nhà chùa đã vận động phật tử dùng lá chuối, hộp giấy trong các lễ hội Chôl Chnăm Thmây, Ok Om Bok.
Năm 2023, Mặt trận xã đề ra 12 chỉ tiêu, trong đó phấn đấu 100% ấp có tổ tự quản môi trường, trên 85% hộ phân loại rác tại nguồn, vận động Quỹ "Vì người nghèo" không dưới 150 triệu đồng. Ủy ban MTTQ xã tặng giấy khen cho 9 tập thể, 14 cá nhân tiêu biểu; triển khai Kế hoạch 52/KH-MTTQ ngày 15/12/2022 về tổ chức Ngày hội Đại đoàn kết năm 2023.
Phát biểu chỉ đạo, đồng chí Trần Thanh Phong biểu dương những kết quả Mặt trận xã đạt được, đề nghị tiếp tục phát huy vai trò của người có uy tín, sư sãi trong vận động đồng bào Khmer, gắn công tác bảo vệ môi trường với phát triển du lịch cộng đồng ở khu vực Hòn Quéo.
Danh Thanh
Tin khác
- Hòn Đất ra mắt 20 tuyến đường "Sáng - xanh - sạch - đẹp" (10/12/2022)
- Ủy ban MTTQ huyện giám sát xây dựng nhà Đại đoàn kết (25/11/2022)
- Xã Sơn Kiên ra quân vớt rác trên kênh (05/11/2022)
""", "2022-12-23", "Xã Bình Sơn: 11 ấp ra mắt mô hình \"Ấp sạch, không rác thải nhựa\"",
E("tong_ket", "2022", "2022-12-21"),
[P("Trần Thanh Phong", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Hòn Đất"),
 P("Danh Sà Rết", "Bí thư Đảng ủy xã Bình Sơn"),
 P("Danh Ngọc Thạch", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thị Xà Ry", "Chi hội trưởng phụ nữ ấp Vàm Răng"),
 P("Danh Hoàng", "Trưởng ban Công tác Mặt trận ấp Hòn Quéo"),
 P("Lâm Thị Ngọc Bích", "Bí thư Đoàn xã Bình Sơn"),
 P("Danh Út", "Hòa thượng", "trụ trì chùa Sóc Xoài")],
[Q("11 ấp", 11, "ấp"), Q("1.960 hộ", 1960, "hộ"), Q("11 tổ tự quản", 11, "tổ tự quản"),
 Q("trên 540 triệu đồng", 540000000, "đồng", "over"), Q("2.300 ngày công", 2300, "ngày công"), Q("7,2 km", 7.2, "km"),
 Q("3.500 cây bóng mát", 3500, "cây bóng mát"), Q("126 triệu đồng", 126000000, "đồng"),
 Q("4 căn nhà Đại đoàn kết", 4, "căn nhà Đại đoàn kết"), Q("3 công trình nước sạch", 3, "công trình nước sạch"),
 Q("12 chỉ tiêu", 12, "chỉ tiêu"), Q("100% ấp", 100, "%"), Q("trên 85%", 85, "%", "over"),
 Q("không dưới 150 triệu đồng", 150000000, "đồng", "over"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân tiêu biểu", 14, "cá nhân tiêu biểu")],
[D("Nghị quyết", "08", "NQ/ĐU", None, "Ban Chấp hành Đảng bộ xã", "Nghị quyết 08, 09-NQ/ĐU"),
 D("Nghị quyết", "09", "NQ/ĐU", None, "Ban Chấp hành Đảng bộ xã", "Nghị quyết 08, 09-NQ/ĐU"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "52", "KH-MTTQ", "2022-12-15", None, "Kế hoạch 52/KH-MTTQ ngày 15/12/2022")],
[prov("Kiên Giang"), com("Bình Sơn")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HÒN ĐẤT", "Trang chủ - Tin tức - Mặt trận và đoàn thể",
 "Đồng chí Danh Ngọc Thạch, Chủ tịch Ủy ban MTTQ Việt Nam xã báo cáo tổng kết.", "Ấp sạch, không rác thải nhựa", "Vì người nghèo",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Chôl Chnăm Thmây", "Ok Om Bok",
 "Ngày hội Đại đoàn kết"],
["23/12/2022 15:05 (GMT+7)", "Năm 2022", "năm 2023", "Năm 2023"]))

PAGES.append(page("b5276-nghean-chihoi-khac-2023", """
Báo Nghệ An
Đời sống > Môi trường
2023-06-02 07:30
Lượt đọc: 3.408
"Nữ tướng" gom rác nhựa ở bản Khe Choăng
Chị Lô Thị Xoan (giữa) cùng hội viên phân loại rác tại điểm tập kết. Ảnh: Lữ Phú
Ở bản Khe Choăng, xã Châu Khê, huyện Con Cuông, nhắc đến chị Lô Thị Xoan, Chi hội trưởng Chi hội phụ nữ bản Khe Choăng, bà con người Thái ai cũng quý. Bốn năm nay, chị cùng chị em trong chi hội đi từng nhà vận động gom vỏ chai, túi ni lông, biến rác thải nhựa thành tiền để giúp hội viên nghèo.
Chuyện bắt đầu từ mùa lũ năm 2019, khi dòng Khe Choăng đưa về hàng đống túi ni lông mắc trên bụi cây. Chị Xoan bàn với Ban Chấp hành chi hội lập tổ "Phụ nữ gom rác nhựa" gồm 12 thành viên. Ban đầu chỉ có khoảng 30 hộ tham gia, nay đã lên 146 hộ trên tổng số 158 hộ của bản. Mỗi tháng, tổ thu về trung bình 250 kg phế liệu nhựa, bán được hơn 1,5 triệu đồng.
Từ nguồn quỹ ấy, 3 năm qua chi hội đã hỗ trợ 9 hội viên nghèo mua lợn giống, tặng 25 suất quà Tết cho người già neo đơn. Bà Vi Thị Lan, Chủ tịch Hội LHPN xã Châu Khê, cho biết mô hình của bản Khe Choăng đã được nhân rộng ra 6 bản khác trong xã, góp phần để xã hoàn thành tiêu chí môi trường trong xây dựng nông thôn mới.
Ông Lương Văn Bảy, Bí thư Chi bộ, Trưởng bản Khe Choăng, kể: trước kia người dân quen vứt rác xuống khe, nay bản có quy ước phạt 50.000 đồng với hộ xả rác bừa bãi nhưng hơn một năm nay chưa phải phạt ai. Đồng chí Ngân Văn Hùng, HUV, Trưởng Ban Dân vận Huyện ủy Con Cuông, đánh giá đây là mô hình "Dân vận khéo" tiêu biểu của huyện, phù hợp với tinh thần Kế hoạch số 36-KH/HU của Ban Thường vụ Huyện ủy về phát triển du lịch cộng đồng gắn với bảo vệ rừng đặc dụng Pù Mát.
Chị Xoan còn cùng chi hội in túi vải có thêu hoa văn Thái, bán cho du khách với giá 30.000 đồng mỗi túi. Năm 2022, chi hội bán được khoảng 600 túi. Chị được Trung ương Hội LHPN Việt Nam tặng bằng khen vì thành tích trong phong trào thực hiện Quyết định số 491/QĐ-TTg ngày 7/5/2018 của Thủ tướng Chính phủ về quản lý tổng hợp chất thải rắn ở khu dân cư.
Nói về dự định, chị Xoan chia sẻ: "Chị em muốn có một chiếc máy ép nhựa nhỏ để bán được giá hơn, và muốn làm sao để các bản vùng sâu cũng sạch như bản mình". Với chị, giữ sạch dòng khe là giữ nguồn nước cho con cháu.
Phong trào của chi hội còn lan sang cả học sinh trong bản: mỗi cuối tuần, các em mang vỏ chai, vỏ lon nhặt được ven đường về điểm tập kết để chị em phân loại. Những buổi sinh hoạt chi hội giờ đây luôn có phần nhắc nhở nhau giữ gìn vệ sinh bếp, chuồng trại, không để rác tồn đọng quanh nhà sàn.
Lữ Phú
Tin liên quan
- Con Cuông: hơn 300 hộ đồng bào Đan Lai được hỗ trợ sinh kế (28/05/2023)
- Phụ nữ Anh Sơn làm túi vải thay túi ni lông (15/05/2023)
- Nghệ An phát động tháng hành động vì môi trường (02/05/2023)
""", "2023-06-02", "\"Nữ tướng\" gom rác nhựa ở bản Khe Choăng",
E("khac", None, None),
[P("Lô Thị Xoan", "Chi hội trưởng Chi hội phụ nữ bản Khe Choăng"),
 P("Vi Thị Lan", "Chủ tịch Hội LHPN xã Châu Khê"),
 P("Lương Văn Bảy", "Bí thư Chi bộ", "Trưởng bản Khe Choăng"),
 P("Ngân Văn Hùng", "HUV", "Trưởng Ban Dân vận Huyện ủy Con Cuông")],
[Q("12 thành viên", 12, "thành viên"), Q("khoảng 30 hộ", 30, "hộ", "approx"), Q("146 hộ", 146, "hộ"), Q("158 hộ", 158, "hộ"),
 Q("250 kg", 250, "kg"), Q("hơn 1,5 triệu đồng", 1500000, "đồng", "over"), Q("9 hội viên nghèo", 9, "hội viên nghèo"),
 Q("25 suất quà Tết", 25, "suất quà"), Q("6 bản", 6, "bản"), Q("50.000 đồng", 50000, "đồng"),
 Q("30.000 đồng", 30000, "đồng"), Q("khoảng 600 túi", 600, "túi", "approx")],
[D("Kế hoạch", "36", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 36-KH/HU"),
 D("Quyết định", "491", "QĐ-TTg", "2018-05-07", "Thủ tướng Chính phủ", "Quyết định số 491/QĐ-TTg ngày 7/5/2018")],
[prov("Nghệ An"), com("Châu Khê")],
["Báo Nghệ An", "Đời sống > Môi trường", "Lượt đọc: 3.408", "Chị Lô Thị Xoan (giữa) cùng hội viên phân loại rác tại điểm tập kết. Ảnh: Lữ Phú",
 "Phụ nữ gom rác nhựa", "Dân vận khéo", "Nữ tướng", "Trung ương Hội LHPN Việt Nam", "Pù Mát"],
["2023-06-02 07:30", "Lượt đọc: 3.408", "Bốn năm nay", "năm 2019", "3 năm qua", "hơn một năm", "Năm 2022", "một chiếc máy ép nhựa"]))

PAGES.append(page("b5277-bariavungtau-phuong-traoqua-2023", """
BÁO BÀ RỊA - VŨNG TÀU ONLINE
Thời sự | Xã hội | Môi trường
Thứ Bảy, 16/09/2023 - 11:20
Phường Thắng Tam: Đổi 1,2 tấn rác lấy quà
Sáng 16/9, Ủy ban MTTQ Việt Nam phường Thắng Tam, TP.Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu phối hợp với Hội LHPN, Đoàn Thanh niên phường tổ chức chương trình "Đổi rác thải nhựa lấy quà" và trao 250 suất quà Trung thu cho thiếu nhi có hoàn cảnh khó khăn, hưởng ứng Chiến dịch làm cho thế giới sạch hơn năm 2023.
Người dân mang chai nhựa đến đổi quà tại điểm tiếp nhận. Ảnh: Thanh Hồ
Tham dự có bà Nguyễn Thị Ngọc Yến, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Vũng Tàu; ông Lê Minh Triết, Bí thư Đảng ủy phường Thắng Tam; các ông, bà Phạm Thị Thu Trang, Đỗ Văn Quý - Phó Chủ tịch UBND phường.
Theo ban tổ chức, trong buổi sáng, 620 lượt người dân đã mang khoảng 1,2 tấn vỏ chai nhựa, lon nhôm, giấy vụn đến đổi lấy 500 phần quà là cây xanh, túi vải, bình nước thủy tinh và nhu yếu phẩm. Mỗi suất quà Trung thu cho thiếu nhi trị giá 200.000 đồng; tổng giá trị quà tặng trong chương trình khoảng 95 triệu đồng, do 17 doanh nghiệp, nhà hảo tâm tài trợ.
Ông Trần Văn Hiếu, Chủ tịch Ủy ban MTTQ Việt Nam phường Thắng Tam cho biết, thực hiện Kế hoạch số 128/KH-UBND ngày 5/7/2023 của UBND tỉnh về giảm thiểu chất thải nhựa và Chương trình hành động số 14-CTr/TU của Tỉnh ủy về phát triển kinh tế biển xanh, phường đã tổ chức 8 đợt đổi rác lấy quà từ đầu năm, thu về gần 5 tấn phế liệu. Số tiền bán phế liệu hơn 32 triệu đồng được bổ sung Quỹ "Vì người nghèo" phường.
Bà Huỳnh Thị Mỹ Linh, Tổ trưởng tổ dân phố 12, khu phố 4, chia sẻ: "Bà con giờ để riêng chai nhựa, chờ đến đợt là mang đi đổi; bãi biển Thùy Vân trước nhà sạch hơn hẳn". Em Võ Minh Khang, học sinh lớp 7, mang 15 kg chai nhựa đổi được bộ sách và chậu cây.
Cùng ngày, 150 đoàn viên, thanh niên và hội viên phụ nữ ra quân nhặt rác dọc 2 km bờ biển Bãi Sau. Bà Nguyễn Thị Ngọc Yến đề nghị phường duy trì chương trình mỗi quý một lần, mở rộng sang các trường học và nhà hàng, khách sạn ven biển.
Dịp này, Ủy ban MTTQ phường tặng giấy khen cho 6 tập thể và 11 cá nhân có nhiều đóng góp cho phong trào "Chống rác thải nhựa" trên địa bàn.
Theo ghi nhận, nhiều gia đình đã hình thành thói quen phân loại rác ngay tại nhà, để riêng chai nhựa, lon nhôm, giấy bìa cho các đợt đổi quà. Một số nhà hàng, quán ăn trên đường Thùy Vân cũng đăng ký tham gia, chuyển sang dùng ống hút giấy, hộp bã mía thay cho hộp xốp. Ban tổ chức cho biết sẽ công bố kết quả từng đợt trên trang thông tin của phường để người dân theo dõi.
Thanh Hồ
Bài viết liên quan
- Vũng Tàu: ra quân làm sạch bãi biển sau kỳ nghỉ lễ (04/09/2023)
- Phường Rạch Dừa ra mắt mô hình "Khu phố xanh" (22/08/2023)
- Trao 300 suất quà cho ngư dân khó khăn (10/08/2023)
""", "2023-09-16", "Phường Thắng Tam: Đổi 1,2 tấn rác lấy quà",
E("trao_qua", None, "2023-09-16"),
[P("Nguyễn Thị Ngọc Yến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Vũng Tàu"),
 P("Lê Minh Triết", "Bí thư Đảng ủy phường Thắng Tam"),
 P("Phạm Thị Thu Trang", "Phó Chủ tịch UBND phường"),
 P("Đỗ Văn Quý", "Phó Chủ tịch UBND phường"),
 P("Trần Văn Hiếu", "Chủ tịch Ủy ban MTTQ Việt Nam phường Thắng Tam"),
 P("Huỳnh Thị Mỹ Linh", "Tổ trưởng tổ dân phố 12"),
 P("Võ Minh Khang")],
[Q("250 suất quà Trung thu", 250, "suất quà"), Q("620 lượt người dân", 620, "lượt người dân"),
 Q("khoảng 1,2 tấn", 1.2, "tấn", "approx"), Q("500 phần quà", 500, "phần quà"), Q("200.000 đồng", 200000, "đồng"),
 Q("khoảng 95 triệu đồng", 95000000, "đồng", "approx"), Q("17 doanh nghiệp, nhà hảo tâm", 17, "doanh nghiệp, nhà hảo tâm"),
 Q("8 đợt", 8, "đợt"), Q("gần 5 tấn", 5, "tấn", "approx"), Q("hơn 32 triệu đồng", 32000000, "đồng", "over"),
 Q("15 kg", 15, "kg"), Q("150 đoàn viên, thanh niên", 150, "đoàn viên, thanh niên"), Q("2 km", 2, "km"),
 Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Kế hoạch", "128", "KH-UBND", "2023-07-05", "UBND tỉnh", "Kế hoạch số 128/KH-UBND ngày 5/7/2023"),
 D("Chương trình hành động", "14", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 14-CTr/TU")],
[prov("Bà Rịa - Vũng Tàu"), com("Thắng Tam")],
["BÁO BÀ RỊA - VŨNG TÀU ONLINE", "Thời sự | Xã hội | Môi trường", "Người dân mang chai nhựa đến đổi quà tại điểm tiếp nhận. Ảnh: Thanh Hồ",
 "Đổi rác thải nhựa lấy quà", "Chiến dịch làm cho thế giới sạch hơn", "Vì người nghèo", "Chống rác thải nhựa", "Bãi Sau"],
["Thứ Bảy, 16/09/2023 - 11:20", "năm 2023", "lớp 7", "mỗi quý một lần", "tổ dân phố 12", "khu phố 4"]))

PAGES.append(page("b5278-laocai-sapa-doithoai-2024", """
BÁO LÀO CAI ĐIỆN TỬ
Chính trị > Xây dựng Đảng > Dân vận
Thứ Sáu, ngày 31/05/2024 - 09:12
Ảnh: Các đại biểu dự hội nghị đối thoại.
Sa Pa: Người đứng đầu đối thoại với nhân dân về rác thải du lịch
Ngày 29/5, Thị ủy, HĐND, UBND, Ủy ban MTTQ thị xã Sa Pa tổ chức hội nghị đối thoại năm 2024 giữa người đứng đầu cấp ủy, chính quyền với nhân dân về công tác thu gom, xử lý rác thải tại các điểm du lịch cộng đồng. Đồng chí Hoàng Quốc Bảo, Tỉnh ủy viên, Bí thư Thị ủy Sa Pa và đồng chí Giàng Seo Vàng, Phó Bí thư Thị ủy, Chủ tịch UBND thị xã chủ trì. Hội nghị có 160 đại biểu là người có uy tín, chủ homestay, hộ kinh doanh và người dân các xã, phường.
Theo báo cáo, thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch bền vững, năm 2023 thị xã đón hơn 3 triệu lượt khách; lượng rác thải sinh hoạt tăng lên khoảng 65 tấn/ngày vào mùa cao điểm. Toàn thị xã có 215 cơ sở lưu trú đã ký cam kết hạn chế đồ nhựa dùng một lần; 18 thôn xây dựng hương ước về vệ sinh môi trường. Thị xã đầu tư 4,8 tỷ đồng mua 6 xe ép rác và 400 thùng rác công cộng.
Tại hội nghị, 14 ý kiến được nêu trực tiếp. Ông Tẩn Láo Lở, người có uy tín thôn Tả Chải, xã Tả Phìn, phản ánh khách du lịch trekking vứt chai nhựa dọc đường mòn. Bà Sùng Thị Mỷ, chủ homestay ở xã Tả Van, đề nghị thị xã bố trí điểm tập kết rác tại đầu thôn và tăng chuyến thu gom lên 2 chuyến/ngày. Ông Lý Láo Mẩy, Trưởng thôn Nậm Cang, xã Liên Minh, kiến nghị hỗ trợ kinh phí cho tổ vệ sinh tự quản của thôn.
Trả lời ý kiến, đồng chí Giàng Seo Vàng cho biết, theo Quyết định số 12/2024/QĐ-UBND ngày 22/3/2024 của UBND tỉnh Lào Cai về giá dịch vụ thu gom rác, các hộ kinh doanh lưu trú nộp phí theo số phòng; thị xã sẽ trích 200 triệu đồng hỗ trợ các tổ tự quản ở 5 xã vùng cao. Đồng chí Hoàng Quốc Bảo yêu cầu các phòng, ban chuyên môn trả lời bằng văn bản những ý kiến chưa giải quyết ngay trong 15 ngày; đề nghị Ủy ban MTTQ thị xã giám sát việc thực hiện các nội dung đã cam kết.
Đồng chí Vàng Thị Dinh, Phó Trưởng Ban Dân vận Thị ủy, Chủ tịch Ủy ban MTTQ Việt Nam thị xã, cho biết Mặt trận sẽ phối hợp với các đoàn thể ra mắt mô hình "Bản du lịch không rác thải nhựa" tại 3 thôn của xã Tả Van, thực hiện Quy định số 124-QĐ/TW ngày 4/10/2023 của Ban Bí thư về giám sát, phản biện xã hội của Mặt trận và các đoàn thể.
Hội nghị đối thoại được đánh giá dân chủ, cởi mở; nhiều ý kiến tâm huyết của bà con người Mông, Dao được lãnh đạo thị xã tiếp thu, giải đáp ngay tại chỗ.
Phạm Tuấn
Tin liên quan
- Sa Pa ra quân "Ngày Chủ nhật xanh" tại các điểm du lịch (19/05/2024)
- Bát Xát: đối thoại với đoàn viên, thanh niên (10/05/2024)
- Lào Cai tổ chức Hội nghị sơ kết công tác dân vận quý I năm 2024 (05/04/2024)
""", "2024-05-31", "Sa Pa: Người đứng đầu đối thoại với nhân dân về rác thải du lịch",
E("doi_thoai", "2024", "2024-05-29"),
[P("Hoàng Quốc Bảo", "Tỉnh ủy viên", "Bí thư Thị ủy Sa Pa"),
 P("Giàng Seo Vàng", "Phó Bí thư Thị ủy", "Chủ tịch UBND thị xã"),
 P("Tẩn Láo Lở", "người có uy tín thôn Tả Chải"),
 P("Sùng Thị Mỷ", "chủ homestay"),
 P("Lý Láo Mẩy", "Trưởng thôn Nậm Cang"),
 P("Vàng Thị Dinh", "Phó Trưởng Ban Dân vận Thị ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thị xã")],
[Q("160 đại biểu", 160, "đại biểu"), Q("hơn 3 triệu lượt khách", 3000000, "lượt khách", "over"),
 Q("khoảng 65 tấn/ngày", 65, "tấn", "approx"), Q("215 cơ sở lưu trú", 215, "cơ sở lưu trú"), Q("18 thôn", 18, "thôn"),
 Q("4,8 tỷ đồng", 4800000000, "đồng"), Q("6 xe ép rác", 6, "xe ép rác"), Q("400 thùng rác công cộng", 400, "thùng rác công cộng"),
 Q("14 ý kiến", 14, "ý kiến"), Q("2 chuyến/ngày", 2, "chuyến"), Q("200 triệu đồng", 200000000, "đồng"), Q("5 xã vùng cao", 5, "xã vùng cao"),
 Q("3 thôn", 3, "thôn")],
[D("Nghị quyết", "05", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 05-NQ/TU"),
 D("Quyết định", "12", "2024/QĐ-UBND", "2024-03-22", "UBND tỉnh Lào Cai", "Quyết định số 12/2024/QĐ-UBND ngày 22/3/2024"),
 D("Quy định", "124", "QĐ/TW", "2023-10-04", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 4/10/2023")],
[prov("Lào Cai"), com("Tả Phìn"), com("Tả Van"), com("Liên Minh")],
["BÁO LÀO CAI ĐIỆN TỬ", "Chính trị > Xây dựng Đảng > Dân vận", "Ảnh: Các đại biểu dự hội nghị đối thoại.", "Bản du lịch không rác thải nhựa",
 "Ngày Chủ nhật xanh"],
["Thứ Sáu, ngày 31/05/2024 - 09:12", "năm 2024", "năm 2023", "15 ngày"]))
