from lib import *
PAGES = []

PAGES.append(page("b3683-daklak-btu-tiepdan-2017", """
Báo Đắk Lắk điện tử
Thời sự | Chính trị | Kinh tế | Xã hội | Buôn làng
17/08/2017 - 16:45
Bí thư Tỉnh ủy tiếp công dân định kỳ: Giải quyết dứt điểm vụ tranh chấp đất ở buôn Kô Siêr
Bí thư Tỉnh ủy Y Khâm Niê trao đổi với công dân tại buổi tiếp. Ảnh: H'Liêm
Sáng 16-8, tại Ban Tiếp công dân tỉnh, đồng chí Y Khâm Niê, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy đã tiếp công dân định kỳ tháng 8/2017. Tham dự có đồng chí Phạm Ngọc Tuấn, Phó Chủ tịch UBND tỉnh; đồng chí H'Ngơn Byă, Trưởng Ban Dân vận Tỉnh ủy; lãnh đạo Ủy ban Kiểm tra Tỉnh ủy, Ban Nội chính Tỉnh ủy, Sở Tài nguyên và Môi trường và UBND thành phố Buôn Ma Thuột.
Buổi tiếp có 5 công dân đại diện cho 23 hộ dân buôn Kô Siêr, phường Ea Tam đến trình bày việc tranh chấp khoảng 1,6 ha đất với một công ty cà phê. Ông Y Bhiêr Êban cho biết các hộ đã canh tác từ năm 1995 nhưng đến nay chưa được cấp giấy chứng nhận quyền sử dụng đất. Cùng buổi, bà Nay H'Bươn (xã Ea Tu) phản ánh việc gia đình chưa nhận đủ tiền bồi thường 214 triệu đồng khi Nhà nước thu hồi đất làm đường vành đai.
Sau khi nghe các ngành báo cáo, đồng chí Bí thư Tỉnh ủy giao UBND thành phố Buôn Ma Thuột chủ trì, phối hợp Sở Tài nguyên và Môi trường đo đạc lại diện tích, xác định nguồn gốc đất trong tháng 9; nếu đủ điều kiện thì cấp giấy cho các hộ trước ngày 31/12/2017. Với kiến nghị của bà Nay H'Bươn, UBND thành phố phải chi trả số tiền còn lại là hơn 47 triệu đồng ngay trong tháng.
Theo ông Lê Văn Định, Trưởng Ban Tiếp công dân tỉnh, 7 tháng năm 2017, lãnh đạo tỉnh đã tiếp định kỳ 14 buổi với 96 lượt công dân; Ban tiếp thường xuyên 1.127 lượt người, tiếp nhận 1.408 đơn. Việc Bí thư Tỉnh ủy tiếp dân hằng tháng được thực hiện theo Quy định số 25-QĐ/TU ngày 12/5/2016 của Tỉnh ủy về tiếp công dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân.
Kết thúc buổi tiếp, đồng chí Y Khâm Niê nhấn mạnh, các buôn có đông đồng bào Êđê, M'nông cần phát huy luật tục, vai trò già làng, trưởng buôn trong hòa giải; cán bộ phải "đi từng ngõ, gõ từng nhà", không để dân phải lên tỉnh nhiều lần vì một việc. Đồng chí đề nghị Ban Dân vận Tỉnh ủy theo dõi, đôn đốc các địa phương thực hiện kết luận sau tiếp dân và báo cáo Thường trực Tỉnh ủy.
Ông Y Ngông Mlô, già làng buôn Kô Siêr, phấn khởi: "Bà con sẽ chờ kết quả đo đạc, không kéo nhau lên tỉnh nữa".
Hoàng Gia
Tin liên quan
- Phó Chủ tịch UBND tỉnh đối thoại với người dân xã Ea Kiết (02/08/2017)
- Ban Dân vận Tỉnh ủy giao ban công tác dân vận quý II (14/07/2017)
- Buôn Đôn: hòa giải thành 32 vụ việc ở cơ sở (27/06/2017)
""", "2017-08-17", "Bí thư Tỉnh ủy tiếp công dân định kỳ: Giải quyết dứt điểm vụ tranh chấp đất ở buôn Kô Siêr",
E("doi_thoai", "2017-08", "2017-08-16"),
[P("Y Khâm Niê", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Phạm Ngọc Tuấn", "Phó Chủ tịch UBND tỉnh"),
 P("H'Ngơn Byă", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Bhiêr Êban"), P("Nay H'Bươn"),
 P("Lê Văn Định", "Trưởng Ban Tiếp công dân tỉnh"),
 P("Y Ngông Mlô", "già làng buôn Kô Siêr")],
[Q("5 công dân", 5, "công dân"), Q("23 hộ dân", 23, "hộ dân"), Q("khoảng 1,6 ha", 1.6, "ha", "approx"),
 Q("214 triệu đồng", 214000000, "đồng"), Q("hơn 47 triệu đồng", 47000000, "đồng", "over"), Q("14 buổi", 14, "buổi"),
 Q("96 lượt công dân", 96, "lượt công dân"), Q("1.127 lượt người", 1127, "lượt người"), Q("1.408 đơn", 1408, "đơn")],
[D("Quy định", "25", "QĐ/TU", "2016-05-12", "Tỉnh ủy", "Quy định số 25-QĐ/TU ngày 12/5/2016")],
[prov("Đắk Lắk"), com("Ea Tam"), com("Ea Tu")],
["Báo Đắk Lắk điện tử", "Thời sự | Chính trị | Kinh tế | Xã hội | Buôn làng",
 "Bí thư Tỉnh ủy Y Khâm Niê trao đổi với công dân tại buổi tiếp. Ảnh: H'Liêm", "đi từng ngõ, gõ từng nhà", "Ban Tiếp công dân tỉnh"],
["17/08/2017 - 16:45", "tháng 8/2017", "năm 1995", "7 tháng năm 2017", "ngày 31/12/2017", "tháng 9"]))

PAGES.append(page("b3684-hagiang-tongket-5nam-luat-tcd-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG
Vị trí: Trang chủ >> Tin tức sự kiện >> Tin trong tỉnh
21.12.2018 | 09:05
Ảnh: Các đại biểu dự hội nghị.
Tổng kết 5 năm thi hành Luật Tiếp công dân
Ngày 20/12/2018, UBND tỉnh Hà Giang tổ chức hội nghị tổng kết 5 năm thi hành Luật Tiếp công dân (giai đoạn 2014 - 2018). Đồng chí Hoàng Văn Sài, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự và chủ trì hội nghị.
Báo cáo tổng kết do đồng chí Lục Văn Tiến, Phó Chánh Văn phòng UBND tỉnh, Trưởng Ban Tiếp công dân tỉnh trình bày cho thấy: sau 5 năm, toàn tỉnh đã thành lập Ban Tiếp công dân ở 11/11 huyện, thành phố; 195/195 xã, phường, thị trấn bố trí địa điểm tiếp dân. Các cơ quan hành chính đã tiếp 21.360 lượt người với 14.952 vụ việc, trong đó có 128 đoàn đông người; tiếp nhận 9.874 đơn thư. Chủ tịch UBND tỉnh tiếp định kỳ 58 buổi. Các cơ quan đã giải quyết 1.036/1.098 vụ việc khiếu nại, tố cáo thuộc thẩm quyền, đạt 94,4%; qua đó trả lại cho công dân hơn 2,1 tỷ đồng và 37.500 m2 đất.
Ông Sùng Mí Vả, Chủ tịch UBND xã Lũng Cú (huyện Đồng Văn), cho biết xã biên giới có hơn 90% là đồng bào Mông; cán bộ tiếp dân phải nói tiếng Mông và đến tận thôn tiếp dân vào những ngày chợ phiên. Bà Vàng Thị Chà, Phó Trưởng Ban Dân vận Huyện ủy Mèo Vạc, chia sẻ mô hình "Tổ tiếp dân lưu động" được duy trì ở 18 xã của huyện. Ông Lò Văn Pao, người có uy tín thôn Lô Lô Chải, xã Lũng Cú, nêu ý kiến: nhiều vụ tranh chấp ranh giới nương được giải quyết ngay trong dòng họ nhờ có trưởng họ tham gia hòa giải.
Nhiều đại biểu cho rằng kết quả trên có phần đóng góp lớn của hệ thống chính trị cơ sở, nhất là các tổ hòa giải thôn bản và Mặt trận các xã đã nắm chắc tình hình ngay từ khi mâu thuẫn mới phát sinh.
Hội nghị chỉ ra những hạn chế: một số người đứng đầu chưa trực tiếp tiếp dân theo quy định; việc giải quyết một số vụ việc còn chậm; chế độ bồi dưỡng cán bộ tiếp dân chậm được điều chỉnh theo Thông tư số 320/2016/TT-BTC ngày 14/12/2016 của Bộ Tài chính.
Phát biểu kết luận, đồng chí Hoàng Văn Sài yêu cầu các cấp, các ngành tiếp tục thực hiện nghiêm Luật Tiếp công dân, Nghị định số 64/2014/NĐ-CP của Chính phủ và Quyết định số 1518/QĐ-UBND ngày 5/8/2014 của UBND tỉnh ban hành Quy chế tiếp công dân; gắn trách nhiệm người đứng đầu với kết quả tiếp dân. Năm 2019, tỉnh sẽ đầu tư nâng cấp trụ sở tiếp công dân tại 5 huyện vùng cao núi đá.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 8 tập thể, 15 cá nhân có thành tích xuất sắc.
Vũ Thị Nga - Ban Tiếp công dân tỉnh
Tin khác
- Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 11 (16/11/2018)
- Thanh tra tỉnh tập huấn nghiệp vụ cho 210 cán bộ cấp xã (09/11/2018)
- Hoàng Su Phì: đối thoại với người dân vùng thủy điện (30/10/2018)
- Quản Bạ ra mắt mô hình "Dòng họ không có đơn thư vượt cấp" (22/10/2018)
""", "2018-12-21", "Tổng kết 5 năm thi hành Luật Tiếp công dân",
E("tong_ket", None, "2018-12-20"),
[P("Hoàng Văn Sài", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Lục Văn Tiến", "Phó Chánh Văn phòng UBND tỉnh", "Trưởng Ban Tiếp công dân tỉnh"),
 P("Sùng Mí Vả", "Chủ tịch UBND xã Lũng Cú"),
 P("Vàng Thị Chà", "Phó Trưởng Ban Dân vận Huyện ủy Mèo Vạc"),
 P("Lò Văn Pao", "người có uy tín thôn Lô Lô Chải")],
[Q("11/11 huyện, thành phố", 11, "huyện, thành phố"), Q("195/195 xã, phường, thị trấn", 195, "xã, phường, thị trấn"),
 Q("21.360 lượt người", 21360, "lượt người"), Q("14.952 vụ việc", 14952, "vụ việc"), Q("128 đoàn đông người", 128, "đoàn đông người"),
 Q("9.874 đơn thư", 9874, "đơn thư"), Q("58 buổi", 58, "buổi"), Q("1.036/1.098 vụ việc khiếu nại, tố cáo", 1036, "vụ việc khiếu nại, tố cáo"),
 Q("94,4%", 94.4, "%"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("37.500 m2", 37500, "m2"), Q("hơn 90%", 90, "%", "over"),
 Q("18 xã", 18, "xã"), Q("5 huyện vùng cao núi đá", 5, "huyện vùng cao núi đá"), Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Thông tư", "320", "2016/TT-BTC", "2016-12-14", "Bộ Tài chính", "Thông tư số 320/2016/TT-BTC ngày 14/12/2016"),
 D("Nghị định", "64", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 64/2014/NĐ-CP"),
 D("Quyết định", "1518", "QĐ-UBND", "2014-08-05", "UBND tỉnh", "Quyết định số 1518/QĐ-UBND ngày 5/8/2014")],
[prov("Hà Giang"), com("Lũng Cú")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG", "Vị trí: Trang chủ >> Tin tức sự kiện >> Tin trong tỉnh", "Ảnh: Các đại biểu dự hội nghị.",
 "Luật Tiếp công dân", "Tổ tiếp dân lưu động"],
["21.12.2018 | 09:05", "5 năm", "giai đoạn 2014 - 2018", "Năm 2019"]))

PAGES.append(page("b3685-ninhthuan-giaoban-q3-2019", """
Báo Ninh Thuận - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Ninh Thuận
Trang chủ - Thời sự - Chính trị
Cập nhật lúc 16:30 ngày 10/10/2019
Ảnh: Quang cảnh buổi giao ban.
Giao ban công tác tiếp công dân quý III
Sáng 9-10, Ban Tiếp công dân tỉnh phối hợp Thanh tra tỉnh tổ chức giao ban công tác tiếp công dân, xử lý đơn thư quý III/2019. Ông Đàng Văn Thuận, Trưởng Ban Tiếp công dân tỉnh chủ trì; dự có đại diện Ban Dân vận Tỉnh ủy, Ban Nội chính Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh và Ban Tiếp công dân 7 huyện, thành phố.
Trong quý III, các cấp đã tiếp 684 lượt công dân với 512 vụ việc, giảm khoảng 8% so với quý II; có 4 đoàn đông người, tập trung ở huyện Ninh Phước và Thuận Nam liên quan đến các dự án điện mặt trời. Lãnh đạo UBND tỉnh tiếp định kỳ 3 buổi, tiếp 22 lượt công dân. Toàn tỉnh tiếp nhận 736 đơn thư; đã xử lý 701 đơn, số còn lại đang trong thời hạn xử lý. Các cơ quan hành chính giải quyết 63/71 vụ việc thuộc thẩm quyền.
Ông Thập Văn Khánh, Phó Trưởng Ban Tiếp công dân huyện Ninh Phước, cho biết nhiều hộ dân ở xã Phước Hữu kiến nghị giá bồi thường cây trồng, đất sản xuất khi làm dự án điện mặt trời; huyện đã đối thoại 2 lần, thống nhất hỗ trợ thêm 15.000 đồng/m2 đất nông nghiệp. Bà Quảng Thị Hoa, công chức Tư pháp xã Phước Dinh (huyện Thuận Nam), đề xuất in tờ rơi về quy trình tiếp công dân bằng tiếng Chăm.
Cả sư Thành Văn Thích, Trưởng ban đại diện Hội đồng Sư cả Bà-la-môn tỉnh, và ông Haji Sử Văn Ngọc, người có uy tín trong cộng đồng Chăm Islam thôn Văn Lâm, được mời dự giao ban, chia sẻ cách vận động bà con trong làng không khiếu kiện vượt cấp.
Theo đánh giá tại giao ban, việc thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân đã có chuyển biến: 7/7 bí thư huyện ủy, thành ủy tiếp dân định kỳ; nhiều bí thư đảng ủy xã tiếp dân hằng tháng. Tuy nhiên vẫn còn nơi giao hết việc tiếp dân cho công chức, chưa cập nhật phần mềm theo dõi đơn thư theo Quyết định số 1327/QĐ-TTCP của Thanh tra Chính phủ.
Kết luận giao ban, ông Đàng Văn Thuận đề nghị Ban Tiếp công dân các huyện tham mưu tổ chức tốt đợt tiếp công dân cao điểm trước Đại hội Đảng bộ các cấp nhiệm kỳ 2020 - 2025 theo Kế hoạch số 152-KH/TU của Ban Thường vụ Tỉnh ủy; chủ động nắm tình hình ở các vùng dự án năng lượng tái tạo.
Thu Trang
Các tin khác
- Bí thư Tỉnh ủy tiếp công dân định kỳ tháng 9 (20/09/2019)
- Hội nghị người có uy tín trong đồng bào Chăm (12/09/2019)
- Thuận Nam đối thoại với hộ dân vùng dự án điện gió (29/08/2019)
""", "2019-10-10", "Giao ban công tác tiếp công dân quý III",
E("giao_ban", "2019-Q3", "2019-10-09"),
[P("Đàng Văn Thuận", "Trưởng Ban Tiếp công dân tỉnh"),
 P("Thập Văn Khánh", "Phó Trưởng Ban Tiếp công dân huyện Ninh Phước"),
 P("Quảng Thị Hoa", "công chức Tư pháp xã Phước Dinh"),
 P("Thành Văn Thích", "Cả sư", "Trưởng ban đại diện Hội đồng Sư cả Bà-la-môn tỉnh"),
 P("Haji Sử Văn Ngọc", "người có uy tín trong cộng đồng Chăm Islam thôn Văn Lâm")],
[Q("7 huyện, thành phố", 7, "huyện, thành phố"), Q("684 lượt công dân", 684, "lượt công dân"), Q("512 vụ việc", 512, "vụ việc"),
 Q("khoảng 8%", 8, "%", "approx"), Q("4 đoàn đông người", 4, "đoàn đông người"), Q("3 buổi", 3, "buổi"), Q("22 lượt công dân", 22, "lượt công dân"),
 Q("736 đơn thư", 736, "đơn thư"), Q("701 đơn", 701, "đơn"), Q("63/71 vụ việc", 63, "vụ việc"), Q("15.000 đồng", 15000, "đồng"),
 Q("7/7 bí thư huyện ủy, thành ủy", 7, "bí thư huyện ủy, thành ủy")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Quyết định", "1327", "QĐ-TTCP", None, "Thanh tra Chính phủ", "Quyết định số 1327/QĐ-TTCP"),
 D("Kế hoạch", "152", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 152-KH/TU")],
[prov("Ninh Thuận"), com("Phước Hữu"), com("Phước Dinh")],
["Báo Ninh Thuận - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Ninh Thuận", "Trang chủ - Thời sự - Chính trị", "Ảnh: Quang cảnh buổi giao ban.",
 "Hội đồng Sư cả Bà-la-môn tỉnh"],
["Cập nhật lúc 16:30 ngày 10/10/2019", "quý III/2019", "quý II", "2 lần", "nhiệm kỳ 2020 - 2025"]))

PAGES.append(page("b3686-binhphuoc-xa-btdu-tiepdan-2020", """
ĐẢNG ỦY XÃ ĐA KIA - HUYỆN BÙ GIA MẬP
Hôm nay: Thứ Hai, 15/06/2020
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ
Bí thư Đảng ủy xã tiếp dân sau thời gian giãn cách
Thứ Sáu, 12/06/2020
Sáng ngày 11/6/2020, tại Hội trường UBND xã, đồng chí Điểu Thị Hương, Bí thư Đảng ủy, Chủ tịch HĐND xã Đa Kia đã tiếp công dân định kỳ theo Quy định số 11-QĐi/TW của Bộ Chính trị và Kế hoạch số 36-KH/ĐU ngày 3/4/2019 của Đảng ủy xã. Đây là buổi tiếp dân đầu tiên sau gần 2 tháng tạm dừng do dịch Covid-19.
Cùng dự có các đồng chí: Trần Văn Mạnh, Phó Bí thư Thường trực Đảng ủy xã; Điểu Lanh, Chủ tịch UBND xã; Lê Thị Thu, Chủ tịch Ủy ban MTTQ Việt Nam xã; Thị Nhung, công chức Văn phòng - Thống kê, làm thư ký buổi tiếp.
Buổi tiếp có 11 lượt công dân đến trình bày 7 ý kiến. Ông Điểu Brên (thôn Bình Hà 1) phản ánh nhiều hộ người S'tiêng chưa nhận được tiền hỗ trợ theo Nghị quyết số 42/NQ-CP của Chính phủ về hỗ trợ người dân gặp khó khăn do đại dịch; bà Thị Bích (thôn Phước Tân) đề nghị xem xét cho con đi học được miễn học phí. Một số hộ ở thôn Bình Hà 2 kiến nghị sửa chữa cầu tràn dài khoảng 30 m bị hư hỏng, ảnh hưởng việc vận chuyển hạt điều.
Trả lời tại buổi tiếp, đồng chí Điểu Lanh cho biết đến nay xã đã chi hỗ trợ cho 126 hộ nghèo, hộ cận nghèo với tổng số tiền 189 triệu đồng; 14 hộ còn lại do sai sót hồ sơ sẽ được chi trước ngày 20/6. Về cầu tràn, UBND xã đã đưa vào kế hoạch sửa chữa năm 2020 với kinh phí dự kiến 450 triệu đồng.
Kết luận buổi tiếp, đồng chí Bí thư Đảng ủy giao Ủy ban MTTQ xã và các chi bộ thôn giám sát việc chi hỗ trợ, công khai danh sách tại nhà văn hóa thôn; yêu cầu cán bộ, công chức phải giải quyết các kiến nghị trong thời hạn 10 ngày, báo cáo kết quả cho Thường trực Đảng ủy.
Theo Văn phòng Đảng ủy, 5 tháng đầu năm 2020, Bí thư Đảng ủy xã đã tiếp dân 3 buổi, tiếp 29 lượt công dân, 100% ý kiến được trả lời; không có đơn thư vượt cấp. Xã Đa Kia có 2.860 hộ, trong đó khoảng 38% là đồng bào dân tộc thiểu số, chủ yếu là người S'tiêng, Nùng, Tày. Đây là một trong những xã biên giới của tỉnh Bình Phước được Ban Dân vận Huyện ủy chọn làm điểm thực hiện việc người đứng đầu cấp ủy tiếp dân, đối thoại trực tiếp với dân; cách làm của xã sẽ được nhân rộng ra các xã lân cận trong năm 2020.
Văn phòng Đảng ủy xã
Tin liên quan
- Đảng ủy xã tổ chức hội nghị sơ kết quý I/2020 (08/04/2020)
- Trao 150 phần quà cho hộ khó khăn do dịch Covid-19 (24/04/2020)
- Ra quân phun thuốc phòng dịch sốt xuất huyết (15/05/2020)
- Hội Nông dân xã hướng dẫn kỹ thuật chăm sóc điều sau thu hoạch (29/05/2020)
- Chi bộ thôn Bình Hà 1 sinh hoạt chuyên đề tháng 5 (02/06/2020)
""", "2020-06-12", "Bí thư Đảng ủy xã tiếp dân sau thời gian giãn cách",
E("doi_thoai", None, "2020-06-11"),
[P("Điểu Thị Hương", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Đa Kia"),
 P("Trần Văn Mạnh", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Điểu Lanh", "Chủ tịch UBND xã"),
 P("Lê Thị Thu", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thị Nhung", "công chức Văn phòng - Thống kê"),
 P("Điểu Brên"), P("Thị Bích")],
[Q("11 lượt công dân", 11, "lượt công dân"), Q("7 ý kiến", 7, "ý kiến"), Q("khoảng 30 m", 30, "m", "approx"),
 Q("126 hộ nghèo, hộ cận nghèo", 126, "hộ nghèo, hộ cận nghèo"), Q("189 triệu đồng", 189000000, "đồng"), Q("14 hộ", 14, "hộ"),
 Q("450 triệu đồng", 450000000, "đồng"), Q("3 buổi", 3, "buổi"), Q("29 lượt công dân", 29, "lượt công dân"), Q("100%", 100, "%"),
 Q("2.860 hộ", 2860, "hộ"), Q("khoảng 38%", 38, "%", "approx")],
[D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Kế hoạch", "36", "KH/ĐU", "2019-04-03", "Đảng ủy xã", "Kế hoạch số 36-KH/ĐU ngày 3/4/2019"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP")],
[prov("Bình Phước"), com("Đa Kia")],
["ĐẢNG ỦY XÃ ĐA KIA - HUYỆN BÙ GIA MẬP", "Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ", "Hôm nay: Thứ Hai, 15/06/2020", "Covid-19"],
["Hôm nay: Thứ Hai, 15/06/2020", "gần 2 tháng", "Covid-19", "10 ngày", "5 tháng đầu năm 2020", "năm 2020", "ngày 20/6"]))

PAGES.append(page("b3687-travinh-taphuan-tiepcongdan-2021", """
TRANG THÔNG TIN ĐIỆN TỬ THANH TRA TỈNH TRÀ VINH
Trang chủ / Tin hoạt động / Tiếp công dân
Ngày 09/04/2021 | 14:05
Tập huấn nghiệp vụ tiếp công dân, xử lý đơn thư năm 2021
Toàn cảnh lớp tập huấn tại Hội trường Thanh tra tỉnh.
Ngày 8/4/2021, Thanh tra tỉnh Trà Vinh phối hợp với Ban Tiếp công dân tỉnh tổ chức lớp tập huấn nghiệp vụ tiếp công dân, xử lý đơn thư năm 2021 cho 165 học viên là công chức làm công tác tiếp dân, tư pháp, địa chính của 106 xã, phường, thị trấn và cán bộ Ban Tiếp công dân 9 huyện, thị xã, thành phố.
Phát biểu khai mạc, ông Kim Ngọc Thái, Phó Chánh Thanh tra tỉnh cho biết, năm 2020 toàn tỉnh tiếp 3.128 lượt công dân với 2.406 vụ việc, tiếp nhận 2.917 đơn; tuy nhiên còn khoảng 15% đơn bị chuyển sai thẩm quyền, có đơn chuyển qua lại nhiều lần giữa xã và huyện khiến công dân bức xúc.
Tại lớp tập huấn, ThS. Thạch Thị Sa Phia, Trưởng phòng Tiếp công dân và xử lý đơn, Ban Tiếp công dân tỉnh, giới thiệu những điểm mới của dự thảo Thông tư quy định quy trình tiếp công dân thay thế Thông tư số 06/2014/TT-TTCP ngày 31/10/2014 của Thanh tra Chính phủ; kỹ năng tiếp đoàn đông người, tiếp người có biểu hiện kích động. Ông Sơn Sa Rươl, Phó Trưởng phòng Nghiệp vụ 2, Thanh tra tỉnh, hướng dẫn phân loại đơn theo Thông tư số 07/2014/TT-TTCP của Thanh tra Chính phủ và ghi sổ tiếp công dân trên phần mềm cơ sở dữ liệu quốc gia.
Các học viên được thực hành tình huống: tiếp công dân người Khmer không biết nói tiếng Việt, tiếp đoàn 20 hộ dân khiếu nại giá bồi thường dự án đường tỉnh 915B. Bà Lâm Thị Sà Ly, công chức Tư pháp - Hộ tịch xã Long Hiệp (huyện Trà Cú), chia sẻ: "Ở xã có hơn 60% dân số là đồng bào Khmer, nên tôi thường mời các vị Achar, người có uy tín cùng tham gia tiếp dân để giải thích cho bà con".
Bế mạc lớp tập huấn, ông Kim Ngọc Thái đề nghị các học viên áp dụng ngay vào thực tiễn, thực hiện nghiêm Chỉ thị số 04-CT/TU ngày 12/3/2021 của Ban Thường vụ Tỉnh ủy về tăng cường công tác tiếp công dân, giải quyết khiếu nại, tố cáo trong tình hình mới. Mỗi học viên được cấp 1 bộ tài liệu và hỗ trợ tiền ăn 150.000 đồng/ngày.
Năm 2021, Thanh tra tỉnh dự kiến tổ chức 3 lớp tập huấn tại các huyện Cầu Ngang, Trà Cú, Duyên Hải cho khoảng 400 cán bộ ấp, khóm và thành viên tổ hòa giải.
Theo kế hoạch, sau tập huấn, Ban Tiếp công dân tỉnh sẽ kiểm tra việc ghi sổ, phân loại đơn tại một số xã và lấy kết quả làm căn cứ bình xét thi đua cuối năm.
Hoàng Mai
Tin khác
- Ban Tiếp công dân tỉnh tổng kết công tác năm 2020 (15/01/2021)
- Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 3 (16/03/2021)
- Hòa giải thành 412 vụ việc ở cơ sở năm 2020 (22/02/2021)
- Thanh tra tỉnh công bố kết luận thanh tra tại huyện Châu Thành (04/03/2021)
""", "2021-04-09", "Tập huấn nghiệp vụ tiếp công dân, xử lý đơn thư năm 2021",
E("tap_huan", "2021", "2021-04-08"),
[P("Kim Ngọc Thái", "Phó Chánh Thanh tra tỉnh"),
 P("Thạch Thị Sa Phia", "ThS.", "Trưởng phòng Tiếp công dân và xử lý đơn", "Ban Tiếp công dân tỉnh"),
 P("Sơn Sa Rươl", "Phó Trưởng phòng Nghiệp vụ 2", "Thanh tra tỉnh"),
 P("Lâm Thị Sà Ly", "công chức Tư pháp - Hộ tịch xã Long Hiệp")],
[Q("165 học viên", 165, "học viên"), Q("106 xã, phường, thị trấn", 106, "xã, phường, thị trấn"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("3.128 lượt công dân", 3128, "lượt công dân"), Q("2.406 vụ việc", 2406, "vụ việc"), Q("2.917 đơn", 2917, "đơn"), Q("khoảng 15%", 15, "%", "approx"),
 Q("20 hộ dân", 20, "hộ dân"), Q("hơn 60%", 60, "%", "over"), Q("150.000 đồng", 150000, "đồng"), Q("3 lớp tập huấn", 3, "lớp tập huấn"),
 Q("khoảng 400 cán bộ ấp, khóm", 400, "cán bộ ấp, khóm", "approx")],
[D("Thông tư", "06", "2014/TT-TTCP", "2014-10-31", "Thanh tra Chính phủ", "Thông tư số 06/2014/TT-TTCP ngày 31/10/2014"),
 D("Thông tư", "07", "2014/TT-TTCP", None, "Thanh tra Chính phủ", "Thông tư số 07/2014/TT-TTCP"),
 D("Chỉ thị", "04", "CT/TU", "2021-03-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 04-CT/TU ngày 12/3/2021")],
[prov("Trà Vinh"), com("Long Hiệp")],
["TRANG THÔNG TIN ĐIỆN TỬ THANH TRA TỈNH TRÀ VINH", "Trang chủ / Tin hoạt động / Tiếp công dân", "Toàn cảnh lớp tập huấn tại Hội trường Thanh tra tỉnh."],
["Ngày 09/04/2021 | 14:05", "năm 2021", "năm 2020", "1 bộ tài liệu", "Nghiệp vụ 2", "đường tỉnh 915B"]))

PAGES.append(page("b3688-quangnam-ctubnd-tiepdan-2021", """
BÁO QUẢNG NAM ONLINE
Thời sự › Chính trị - Xã hội
Thứ Ba, 23/11/2021, 07:50
Chủ tịch UBND tỉnh tiếp 42 hộ dân vùng dự án thủy điện ở Nam Giang
Chủ tịch UBND tỉnh Lê Trí Hậu (giữa) trao đổi với người dân tại buổi tiếp. Ảnh: T.Đ
(QNO) - Chiều 22/11, tại Trụ sở tiếp công dân tỉnh Quảng Nam, ông Lê Trí Hậu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì buổi tiếp công dân định kỳ. Tham dự có bà Zơ Râm Thị Bhuôn, Phó Trưởng ban Dân tộc HĐND tỉnh; ông Nguyễn Hữu Tài, Chánh Thanh tra tỉnh; ông Phạm Văn Kỳ, Trưởng Ban Tiếp công dân tỉnh và lãnh đạo UBND huyện Nam Giang.
Tại buổi tiếp, đại diện 42 hộ dân thôn Pà Dấu 1, xã Chà Vàl (huyện Nam Giang) là đồng bào Cơ Tu, Gié Triêng có đất bị thu hồi làm dự án thủy điện Đắk Pring đề nghị được giao thêm đất sản xuất và hỗ trợ ổn định đời sống. Ông A Lăng Bhoóc, già làng thôn Pà Dấu 1, cho biết sau tái định cư, mỗi hộ chỉ được cấp khoảng 0,3 ha đất sản xuất, nhiều hộ phải đi làm thuê; có 17 hộ chưa được nhận tiền hỗ trợ lương thực.
Bà Bh'riu Thị Lan (xã Tà Bhinh) phản ánh việc gia đình bị trừ 2 lần tiền đền bù cây keo, tổng cộng hơn 24 triệu đồng, dù đã gửi đơn đến huyện từ năm 2019.
Báo cáo với Chủ tịch UBND tỉnh, ông Pơloong Plênh, HUV, Phó Chủ tịch UBND huyện Nam Giang, cho biết huyện đã rà soát quỹ đất, dự kiến bố trí thêm 12,5 ha đất sản xuất tại khu vực Pà Dấu; đồng thời đề nghị chủ đầu tư chi trả 318 triệu đồng hỗ trợ còn lại cho 17 hộ.
Kết luận buổi tiếp, ông Lê Trí Hậu giao UBND huyện Nam Giang trong tháng 12/2021 hoàn thành giao đất cho các hộ; giao Sở Tài nguyên và Môi trường kiểm tra lại phương án bồi thường của bà Bh'riu Thị Lan, trả lời bằng văn bản trong 15 ngày. Ông yêu cầu các địa phương miền núi thực hiện nghiêm Kế hoạch số 6845/KH-UBND ngày 22/10/2021 của UBND tỉnh về tiếp công dân, giải quyết khiếu nại, tố cáo trong tình hình mới, không để phát sinh khiếu kiện đông người.
Theo Ban Tiếp công dân tỉnh, 10 tháng năm 2021, do ảnh hưởng dịch Covid-19, lãnh đạo UBND tỉnh tiếp định kỳ 6 buổi, tiếp 73 lượt công dân; Trụ sở tiếp công dân tỉnh tiếp thường xuyên 1.085 lượt người, nhận 1.362 đơn; đã có 215/241 vụ việc được giải quyết.
Trước đó, tháng 9/2021, Ủy ban MTTQ Việt Nam tỉnh đã có văn bản gửi UBND tỉnh phản ánh kiến nghị của người dân Pà Dấu 1 sau đợt giám sát tại các khu tái định cư thủy điện trên địa bàn huyện Nam Giang.
Đoàn Đạt
Tin liên quan
- Bí thư Tỉnh ủy tiếp công dân định kỳ tháng 10 (20/10/2021)
- Đối thoại giải quyết vướng mắc dự án khu đô thị ở Điện Bàn (05/11/2021)
- Hòa giải ở cơ sở: hiệu quả từ vai trò già làng (28/10/2021)
- Tây Giang: giao đất sản xuất cho hộ đồng bào Cơ Tu thiếu đất (15/10/2021)
""", "2021-11-23", "Chủ tịch UBND tỉnh tiếp 42 hộ dân vùng dự án thủy điện ở Nam Giang",
E("doi_thoai", None, "2021-11-22"),
[P("Lê Trí Hậu", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Zơ Râm Thị Bhuôn", "Phó Trưởng ban Dân tộc HĐND tỉnh"),
 P("Nguyễn Hữu Tài", "Chánh Thanh tra tỉnh"),
 P("Phạm Văn Kỳ", "Trưởng Ban Tiếp công dân tỉnh"),
 P("A Lăng Bhoóc", "già làng thôn Pà Dấu 1"),
 P("Bh'riu Thị Lan"),
 P("Pơloong Plênh", "HUV", "Phó Chủ tịch UBND huyện Nam Giang")],
[Q("42 hộ dân", 42, "hộ dân"), Q("khoảng 0,3 ha", 0.3, "ha", "approx"), Q("17 hộ", 17, "hộ"),
 Q("hơn 24 triệu đồng", 24000000, "đồng", "over"), Q("12,5 ha", 12.5, "ha"), Q("318 triệu đồng", 318000000, "đồng"),
 Q("6 buổi", 6, "buổi"), Q("73 lượt công dân", 73, "lượt công dân"), Q("1.085 lượt người", 1085, "lượt người"), Q("1.362 đơn", 1362, "đơn"),
 Q("215/241 vụ việc", 215, "vụ việc")],
[D("Kế hoạch", "6845", "KH-UBND", "2021-10-22", "UBND tỉnh", "Kế hoạch số 6845/KH-UBND ngày 22/10/2021")],
[prov("Quảng Nam"), com("Chà Vàl"), com("Tà Bhinh")],
["BÁO QUẢNG NAM ONLINE", "Thời sự › Chính trị - Xã hội", "Chủ tịch UBND tỉnh Lê Trí Hậu (giữa) trao đổi với người dân tại buổi tiếp. Ảnh: T.Đ",
 "(QNO)", "Trụ sở tiếp công dân tỉnh Quảng Nam", "thủy điện Đắk Pring"],
["Thứ Ba, 23/11/2021, 07:50", "2 lần", "năm 2019", "tháng 12/2021", "15 ngày", "10 tháng năm 2021", "Covid-19", "tháng 9/2021"]))
