from lib import *
PAGES = []

PAGES.append(page("b1937-gialai-bdv-traoqua-2023", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ | Tin tức | Dân tộc - Tôn giáo
2023-01-12 16:40
Trao 500 phần quà Tết cho hộ dân vùng dự án hồ chứa nước
Ngày 11/1, Ban Dân vận Tỉnh ủy phối hợp với Công ty TNHH Nông nghiệp Tây Nguyên tổ chức trao 500 phần quà Tết cho các hộ dân tái định cư vùng dự án hồ chứa nước Ia Mơr tại xã Ia Mơ và xã Ia Púch, huyện Chư Prông. Mỗi phần quà trị giá 600.000 đồng gồm tiền mặt và nhu yếu phẩm.
Đồng chí Rơ Mah Tuân trao quà cho bà con làng Ia Mơr.
Tham dự có các đồng chí: Rơ Mah Tuân, Nguyễn Thị Thanh Lịch - Phó Trưởng Ban Dân vận Tỉnh ủy; Ksor H'Bơ Khăp, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; lãnh đạo Huyện ủy Chư Prông.
Dự án hồ chứa nước Ia Mơr có 612 hộ đồng bào Jrai phải di dời, nhường đất cho lòng hồ. Những năm trước, việc chậm chi trả tiền bồi thường từng khiến hơn 200 người dân tụ tập tại công trường. Với sự vào cuộc của khối dân vận, đến nay đã có 598 hộ nhận đủ tiền với tổng số tiền 187 tỷ đồng, chỉ còn 14 hộ đang chờ xác minh nguồn gốc đất.
Phát biểu tại buổi trao quà, đồng chí Rơ Mah Tuân ghi nhận sự đồng thuận của bà con; đề nghị các hộ sử dụng hiệu quả tiền bồi thường, không mua sắm phương tiện đắt tiền, tránh rơi vào cảnh "tiêu hết tiền lại thiếu đất"; tiếp tục phát huy vai trò của già làng, người có uy tín trong giữ gìn an ninh trật tự. Đồng chí cũng thông tin việc tỉnh triển khai Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ và Nghị quyết số 88/2019/QH14 của Quốc hội, dành nguồn lực hỗ trợ đất ở, nhà ở cho đồng bào.
Già làng Siu Hyưk, người có uy tín làng Ia Mơr, thay mặt bà con cảm ơn sự quan tâm của Đảng, Nhà nước. Ông cho biết đã cùng cán bộ xã họp làng 11 lần để giải thích phương án bồi thường, nhờ đó 48 hộ từng khiếu nại đã rút đơn. Anh Rah Lan Thơm, Bí thư Chi đoàn làng Ia Mơr, cho biết chi đoàn đã giúp 26 hộ dựng lại nhà tại khu tái định cư.
Dịp này, doanh nghiệp trao thêm 30 suất học bổng, mỗi suất 1 triệu đồng cho học sinh nghèo vượt khó và tặng 2 bộ loa, âm ly cho nhà rông làng mới. Tổng giá trị quà trao đợt này hơn 330 triệu đồng.
Đây là công trình thủy lợi lớn nhất của tỉnh Gia Lai ở vùng phía Nam. Ban Dân vận Huyện ủy Chư Prông cho biết sẽ tiếp tục phối hợp với Ủy ban MTTQ huyện và chính quyền các xã theo dõi đời sống của các hộ tái định cư, hướng dẫn bà con chuyển đổi cây trồng trên đất sản xuất mới được giao, không để tái nghèo.
Tin: Đức Thụy
Tin liên quan
- Gặp mặt người có uy tín nhân dịp Tết Nguyên đán Quý Mão 2023 (09/01/2023)
- Ia Grai: vận động đồng bào trả lại đất lấn chiếm (28/12/2022)
- Tổng kết công tác dân vận năm 2022 (23/12/2022)
- Chư Prông ra mắt mô hình "Làng không có đơn thư" (02/12/2022)
""", "2023-01-12", "Trao 500 phần quà Tết cho hộ dân vùng dự án hồ chứa nước",
E("trao_qua", None, "2023-01-11"),
[P("Rơ Mah Tuân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thanh Lịch", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ksor H'Bơ Khăp", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu Hyưk", "Già làng", "người có uy tín làng Ia Mơr"),
 P("Rah Lan Thơm", "Bí thư Chi đoàn làng Ia Mơr")],
[Q("500 phần quà", 500, "phần quà"), Q("600.000 đồng", 600000, "đồng"), Q("612 hộ đồng bào Jrai", 612, "hộ đồng bào Jrai"),
 Q("hơn 200 người dân", 200, "người dân", "over"), Q("598 hộ", 598, "hộ"), Q("187 tỷ đồng", 187000000000, "đồng"),
 Q("14 hộ", 14, "hộ"), Q("48 hộ", 48, "hộ"), Q("26 hộ", 26, "hộ"), Q("30 suất học bổng", 30, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("2 bộ loa, âm ly", 2, "bộ loa, âm ly"), Q("hơn 330 triệu đồng", 330000000, "đồng", "over")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14 của Quốc hội")],
[prov("Gia Lai"), com("Ia Mơ"), com("Ia Púch")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ | Tin tức | Dân tộc - Tôn giáo",
 "Đồng chí Rơ Mah Tuân trao quà cho bà con làng Ia Mơr.", "Công ty TNHH Nông nghiệp Tây Nguyên",
 "hồ chứa nước Ia Mơr", "tiêu hết tiền lại thiếu đất"],
["2023-01-12 16:40", "Ngày 11/1", "11 lần", "mỗi suất"]))

PAGES.append(page("b1938-nghean-bdv-hoinghi-uytin-2023", """
Báo Nghệ An điện tử
Chính trị » Dân vận
Thứ Năm, 10/08/2023
Phát huy người có uy tín trong vận động giải phóng mặt bằng
Ngày 9/8, tại huyện Tương Dương, Ban Dân vận Tỉnh ủy Nghệ An tổ chức hội nghị biểu dương người có uy tín tiêu biểu năm 2023 trong vận động nhân dân thực hiện các dự án. Dự hội nghị có 180 đại biểu là già làng, trưởng bản, người có uy tín đến từ 11 huyện miền núi.
Chủ trì hội nghị có đồng chí Nguyễn Thị Thu Hường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Vi Văn Sơn, Trưởng Ban Dân tộc tỉnh.
Đại biểu người có uy tín dự hội nghị. Ảnh: Thành Duy
Báo cáo tại hội nghị cho biết, từ năm 2021 đến nay, người có uy tín đã tham gia vận động 2.645 hộ bàn giao mặt bằng cho các dự án đường giao thông, thủy điện và đường dây 500 kV; hòa giải thành 213 vụ mâu thuẫn, tranh chấp ở cơ sở; phát hiện, tố giác 27 vụ vận chuyển trái phép chất ma túy. Đặc biệt, tại bản Xốp Nặm, xã Mai Sơn, khi xảy ra sự việc khoảng 80 người dân tập trung ngăn cản thi công vì lo ngại sạt lở, các già làng đã kịp thời thuyết phục bà con giải tán, cử đại diện đối thoại với chủ đầu tư.
Tại hội nghị, ông Lô Văn Thái, người có uy tín bản Cà Moong, xã Tam Hợp, chia sẻ: "Mình phải làm trước thì bà con mới làm theo"; gia đình ông là hộ đầu tiên trong bản nhận tiền và tháo dỡ nhà. Ông Vừ Chồng Pao, người Mông ở bản Huồi Giảng, xã Tri Lễ, cùng các ông Lữ Văn Thông, Moong Văn Kiên - người có uy tín xã Nhôn Mai, kiến nghị bố trí đất sản xuất gần khu tái định cư và hỗ trợ bà con chuyển đổi nghề.
Hiện toàn tỉnh có 1.024 người có uy tín được hưởng chính sách theo Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ. Ban Dân vận Tỉnh ủy đã tham mưu ban hành Chỉ thị 27-CT/TU của Ban Thường vụ Tỉnh ủy về phát huy vai trò người có uy tín và Kế hoạch số 219-KH/BDVTU về phối hợp nắm tình hình vùng dự án.
Phát biểu kết luận, đồng chí Nguyễn Thị Thu Hường đề nghị các cấp ủy, chính quyền thường xuyên gặp gỡ, lắng nghe người có uy tín; giải quyết dứt điểm những kiến nghị chính đáng về đất sản xuất, nước sinh hoạt; không để các đối tượng xấu lợi dụng khó khăn của đồng bào để kích động, lôi kéo.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 45 người có uy tín tiêu biểu; mỗi đại biểu được tặng quà trị giá 700.000 đồng.
Thành Duy
Tin cùng chuyên mục
- Kỳ Sơn: đối thoại với người dân vùng dự án đường dây 500 kV (02/08/2023)
- Hội nghị giao ban công tác dân vận quý II (14/07/2023)
- Quế Phong: vận động 63 hộ di dời khỏi vùng sạt lở (30/06/2023)
""", "2023-08-10", "Phát huy người có uy tín trong vận động giải phóng mặt bằng",
E("hoi_nghi", "2023", "2023-08-09"),
[P("Nguyễn Thị Thu Hường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vi Văn Sơn", "Trưởng Ban Dân tộc tỉnh"),
 P("Lô Văn Thái", "người có uy tín bản Cà Moong"),
 P("Vừ Chồng Pao"),
 P("Lữ Văn Thông", "người có uy tín xã Nhôn Mai"),
 P("Moong Văn Kiên", "người có uy tín xã Nhôn Mai")],
[Q("180 đại biểu", 180, "đại biểu"), Q("11 huyện miền núi", 11, "huyện miền núi"), Q("2.645 hộ", 2645, "hộ"),
 Q("213 vụ mâu thuẫn, tranh chấp", 213, "vụ mâu thuẫn, tranh chấp"), Q("27 vụ", 27, "vụ"),
 Q("khoảng 80 người dân", 80, "người dân", "approx"), Q("1.024 người có uy tín", 1024, "người có uy tín"),
 Q("45 người có uy tín tiêu biểu", 45, "người có uy tín tiêu biểu"), Q("700.000 đồng", 700000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ"),
 D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kế hoạch", "219", "KH/BDVTU", None, None, "Kế hoạch số 219-KH/BDVTU")],
[prov("Nghệ An"), com("Mai Sơn"), com("Tam Hợp"), com("Tri Lễ"), com("Nhôn Mai")],
["Báo Nghệ An điện tử", "Chính trị » Dân vận", "Đại biểu người có uy tín dự hội nghị. Ảnh: Thành Duy",
 "Mình phải làm trước thì bà con mới làm theo"],
["Thứ Năm, 10/08/2023", "năm 2023", "500 kV", "Ngày 9/8", "từ năm 2021 đến nay", "hộ đầu tiên"]))

PAGES.append(page("b1939-haiphong-bdv-soket-2024", """
BAN DÂN VẬN THÀNH ỦY HẢI PHÒNG
You are here: Trang chủ > Tin tức > Tin hoạt động
17/07/2024 - 10:05
Toàn cảnh hội nghị.
Sơ kết công tác dân vận 6 tháng đầu năm 2024
Chiều 15/7, Ban Dân vận Thành ủy Hải Phòng tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Phạm Văn Mậu, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy chủ trì hội nghị.
Theo báo cáo, 6 tháng qua khối dân vận các cấp tập trung vận động nhân dân thực hiện giải phóng mặt bằng 128 dự án, trong đó có tuyến đường ven sông Lạch Tray và khu công nghiệp Tràng Duệ 3. Các địa phương tổ chức 412 cuộc họp dân, 96 cuộc đối thoại; vận động 3.518 hộ bàn giao 654,2 ha đất, chi trả gần 2.860 tỷ đồng tiền bồi thường, hỗ trợ. Có 17 vụ việc tập trung đông người, giảm 9 vụ so với cùng kỳ năm 2023, chủ yếu liên quan đến giá bồi thường đất nông nghiệp và ô nhiễm mùi từ bãi rác Tràng Cát.
Ban Dân vận Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành Chỉ thị số 31-CT/TU ngày 12/3/2024 về tăng cường sự lãnh đạo của các cấp ủy đối với công tác bồi thường, giải phóng mặt bằng; phối hợp hướng dẫn triển khai Luật Đất đai năm 2024 và Quy định 124-QĐ/TW của Ban Bí thư về giám sát của Mặt trận, các đoàn thể đối với cán bộ, đảng viên.
Tại hội nghị, bà Đỗ Thị Hồng Thu, Quận ủy viên, Trưởng Ban Dân vận Quận ủy Hải An, cho biết quận đã vận động 214 hộ ở phường Tràng Cát di dời khỏi vùng ảnh hưởng của bãi rác; mỗi hộ được hỗ trợ thêm 50 triệu đồng từ ngân sách quận. Ông Nguyễn Đình Khải, Chủ tịch UBND xã An Hồng, huyện An Dương, nêu kinh nghiệm mời 9 cán bộ hưu trí, người có uy tín tham gia tổ vận động; nhờ đó xã hoàn thành bàn giao mặt bằng sớm 2 tháng.
Các đồng chí Phó Trưởng Ban Dân vận Thành ủy: Lê Thị Quỳnh Giao, Vũ Đức Thuận đề nghị các quận, huyện giải quyết dứt điểm 23 đơn thư tồn đọng; nhân rộng mô hình "Dân vận khéo" trong bồi thường.
Phát biểu kết luận, đồng chí Phạm Văn Mậu yêu cầu 6 tháng cuối năm 2024 chủ động nắm tình hình, xây dựng phương án xử lý khi có tình huống tập trung đông người; thực hiện tốt Quy chế dân chủ ở cơ sở và phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
Hội nghị cũng dành thời gian thảo luận việc chuẩn bị cho đại hội đảng bộ các cấp, xác định công tác dân vận trong giải phóng mặt bằng là một trong những nội dung cần đánh giá kỹ trong báo cáo chính trị.
Minh Châu
Lượt truy cập: 1.985.443
Tin khác
- Hải An: đối thoại với hộ dân khu vực bãi rác Tràng Cát (05/07/2024)
- Thủy Nguyên bàn giao mặt bằng khu đô thị mới (20/06/2024)
- Giao ban công tác dân vận quý I (10/04/2024)
""", "2024-07-17", "Sơ kết công tác dân vận 6 tháng đầu năm 2024",
E("so_ket", "2024-H1", "2024-07-15"),
[P("Phạm Văn Mậu", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Đỗ Thị Hồng Thu", "Quận ủy viên", "Trưởng Ban Dân vận Quận ủy Hải An"),
 P("Nguyễn Đình Khải", "Chủ tịch UBND xã An Hồng"),
 P("Lê Thị Quỳnh Giao", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Vũ Đức Thuận", "Phó Trưởng Ban Dân vận Thành ủy")],
[Q("128 dự án", 128, "dự án"), Q("412 cuộc họp dân", 412, "cuộc họp dân"), Q("96 cuộc đối thoại", 96, "cuộc đối thoại"),
 Q("3.518 hộ", 3518, "hộ"), Q("654,2 ha", 654.2, "ha"), Q("gần 2.860 tỷ đồng", 2860000000000, "đồng", "approx"),
 Q("17 vụ việc tập trung đông người", 17, "vụ việc tập trung đông người"), Q("9 vụ", 9, "vụ"), Q("214 hộ", 214, "hộ"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("9 cán bộ hưu trí, người có uy tín", 9, "cán bộ hưu trí, người có uy tín"),
 Q("23 đơn thư", 23, "đơn thư")],
[D("Chỉ thị", "31", "CT/TU", "2024-03-12", "Ban Thường vụ Thành ủy", "Chỉ thị số 31-CT/TU ngày 12/3/2024"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định 124-QĐ/TW của Ban Bí thư")],
[prov("Hải Phòng"), com("Tràng Cát"), com("An Hồng")],
["BAN DÂN VẬN THÀNH ỦY HẢI PHÒNG", "You are here: Trang chủ > Tin tức > Tin hoạt động", "Toàn cảnh hội nghị.",
 "Dân vận khéo", "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "Luật Đất đai năm 2024",
 "Quy chế dân chủ ở cơ sở", "khu công nghiệp Tràng Duệ 3", "Lượt truy cập: 1.985.443"],
["17/07/2024 - 10:05", "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "Chiều 15/7", "năm 2023", "Tràng Duệ 3",
 "Luật Đất đai năm 2024", "2 tháng", "Lượt truy cập: 1.985.443"]))

PAGES.append(page("b1940-camau-bdv-taphuan-2024", """
Ban Dân vận Tỉnh ủy Cà Mau - Trang thông tin điện tử
Trang chủ >> Tin tức >> Tập huấn, bồi dưỡng
21.03.2024 | 16:05
Tập huấn kỹ năng tiếp dân, đối thoại và xử lý tình huống phức tạp ở cơ sở
Trong 2 ngày 19 và 20/3/2024, Ban Dân vận Tỉnh ủy Cà Mau tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2024 cho 156 học viên là cán bộ khối dân vận huyện, thành phố, Chủ tịch Ủy ban MTTQ và cán bộ địa chính các xã, phường, thị trấn.
Đồng chí Lý Hoàng Minh phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, đồng chí Lý Hoàng Minh, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, cho biết năm 2023 toàn tỉnh tiếp nhận 1.247 đơn thư khiếu nại, tố cáo, kiến nghị, trong đó 68% liên quan đến đất đai, bồi thường; xảy ra 6 vụ tập trung đông người, có vụ hơn 100 người dân phản đối việc nuôi tôm công nghiệp gây nhiễm mặn ruộng lúa ở xã Khánh Bình Tây. Nhiều vụ việc kéo dài do cán bộ cơ sở còn lúng túng khi tiếp dân, đối thoại.
Lớp tập huấn tập trung vào 4 chuyên đề: Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị; Luật Thực hiện dân chủ ở cơ sở năm 2022 và Nghị định số 59/2023/NĐ-CP của Chính phủ; kỹ năng đối thoại, vận động người dân trong bồi thường, giải phóng mặt bằng; kinh nghiệm xử lý tình huống tập trung đông người.
Báo cáo viên Thạch Ngọc Bảo, Trưởng phòng Dân vận chính quyền, Dân tộc và Tôn giáo Ban Dân vận Tỉnh ủy, giới thiệu 12 tình huống thực tế ở cơ sở. Học viên được chia thành 8 nhóm để thảo luận, đóng vai xử lý tình huống. Bà Châu Thị Ngọc Hân, Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Bình Tây, chia sẻ việc phối hợp với 5 vị sư cả chùa Khmer và các ông Danh Sơn, Lâm Văn Triều - người có uy tín ấp Đá Bạc vận động 37 hộ chuyển từ nuôi tôm sang trồng lúa - tôm.
Đồng chí Huỳnh Minh Đức, Phó Chủ tịch UBND huyện Trần Văn Thời, cho biết huyện đã tổ chức 24 cuộc đối thoại, giải quyết dứt điểm 19 vụ việc kéo dài; chi hỗ trợ 1,25 tỷ đồng để cải tạo hệ thống cống ngăn mặn.
Bế mạc lớp học, Ban Dân vận Tỉnh ủy cấp giấy chứng nhận cho 152 học viên hoàn thành chương trình, đạt 97,4%; phát cho mỗi học viên 1 bộ tài liệu. Đồng chí Lý Hoàng Minh đề nghị học viên vận dụng phương châm "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân" vào thực tiễn công tác.
Theo kế hoạch, sau đợt tập huấn cấp tỉnh, các huyện, thành phố sẽ tổ chức tập huấn lại cho cán bộ ấp, khóm, tổ dân vận, bảo đảm mỗi cán bộ cơ sở đều nắm được quy trình tiếp dân và kỹ năng đối thoại.
Hoàng Vũ
Các tin khác
- Giao ban khối dân vận quý I năm 2024 (15/03/2024)
- Thới Bình: hòa giải thành vụ tranh chấp đất nuôi tôm (05/03/2024)
- U Minh ra mắt mô hình "Ấp không có khiếu kiện đông người" (20/02/2024)
""", "2024-03-21", "Tập huấn kỹ năng tiếp dân, đối thoại và xử lý tình huống phức tạp ở cơ sở",
E("tap_huan", "2024", "2024-03-19"),
[P("Lý Hoàng Minh", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Thạch Ngọc Bảo", "Trưởng phòng Dân vận chính quyền, Dân tộc và Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Châu Thị Ngọc Hân", "Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Bình Tây"),
 P("Danh Sơn", "người có uy tín ấp Đá Bạc"),
 P("Lâm Văn Triều", "người có uy tín ấp Đá Bạc"),
 P("Huỳnh Minh Đức", "Phó Chủ tịch UBND huyện Trần Văn Thời")],
[Q("156 học viên", 156, "học viên"), Q("1.247 đơn thư khiếu nại, tố cáo, kiến nghị", 1247, "đơn thư khiếu nại, tố cáo, kiến nghị"),
 Q("68%", 68, "%"), Q("6 vụ", 6, "vụ"), Q("hơn 100 người dân", 100, "người dân", "over"), Q("4 chuyên đề", 4, "chuyên đề"),
 Q("12 tình huống thực tế", 12, "tình huống thực tế"), Q("8 nhóm", 8, "nhóm"), Q("5 vị sư cả", 5, "vị sư cả"),
 Q("37 hộ", 37, "hộ"), Q("24 cuộc đối thoại", 24, "cuộc đối thoại"), Q("19 vụ việc", 19, "vụ việc"),
 Q("1,25 tỷ đồng", 1250000000, "đồng"), Q("152 học viên", 152, "học viên"), Q("97,4%", 97.4, "%")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị"),
 D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 59/2023/NĐ-CP của Chính phủ")],
[prov("Cà Mau"), com("Khánh Bình Tây")],
["Ban Dân vận Tỉnh ủy Cà Mau - Trang thông tin điện tử", "Trang chủ >> Tin tức >> Tập huấn, bồi dưỡng",
 "Đồng chí Lý Hoàng Minh phát biểu khai mạc lớp tập huấn.", "Luật Thực hiện dân chủ ở cơ sở năm 2022",
 "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân"],
["21.03.2024 | 16:05", "2 ngày", "19 và 20/3/2024", "năm 2024", "năm 2023", "năm 2022", "1 bộ tài liệu"]))

PAGES.append(page("b1941-quangtri-bdv-tongket-2024", """
Hôm nay: Thứ Hai, 30/12/2024
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Trang chủ - Tin tức - Hoạt động của Ban
Thứ Sáu, 27/12/2024 - 15:20
Ảnh: Đồng chí Hồ Thị Ái Vân trao Bằng khen cho các tập thể.
Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2025
Ngày 26/12/2024, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Hồ Thị Ái Vân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có đồng chí Nguyễn Long Hải, Phó Bí thư Tỉnh ủy.
Năm 2024, khối dân vận các cấp tập trung vận động nhân dân giải phóng mặt bằng các dự án trọng điểm như đường cao tốc Vạn Ninh - Cam Lộ, khu kinh tế Đông Nam và các dự án điện gió ở miền Tây. Toàn tỉnh đã tổ chức 623 cuộc tuyên truyền, đối thoại; vận động 4.270 hộ bàn giao 1.126 ha mặt bằng; chi trả 1.934,5 tỷ đồng tiền bồi thường. Có 11 vụ việc người dân tập trung phản đối, trong đó 4 vụ liên quan đến ô nhiễm bụi từ các mỏ cát, đá; tất cả đã được đối thoại, giải quyết ổn định.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 812, 813-KL/TU của Ban Thường vụ Tỉnh ủy về giải quyết các vụ việc tồn đọng ở khu kinh tế Đông Nam và về phát huy vai trò người có uy tín vùng đồng bào Vân Kiều, Pa Kô; hướng dẫn thực hiện Kết luận số 114-KL/TW ngày 11/7/2024 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận.
Tại hội nghị, ông Hồ Văn Ngoan, già làng bản A Xóc, xã A Xing, chia sẻ việc cùng 6 già làng, trưởng bản vận động 58 hộ đồng bào Vân Kiều nhường đất làm đường dây điện gió. Đồng chí Kăn Thị Tuyết, HUV, Trưởng Ban Dân vận Huyện ủy Hướng Hóa, đề nghị tăng mức hỗ trợ cho người có uy tín lên 1 triệu đồng/tháng.
Phát biểu chỉ đạo, đồng chí Nguyễn Long Hải ghi nhận kết quả năm 2024; yêu cầu năm 2025 khối dân vận chủ động nắm tình hình nhân dân trong quá trình sắp xếp đơn vị hành chính, giải quyết kịp thời kiến nghị của cán bộ, người dân; phát huy phong trào "Dân vận khéo", thực hiện tốt phương châm "lấy dân làm gốc".
Dịp này, Ban Dân vận Tỉnh ủy trao giấy khen cho 16 tập thể, 27 cá nhân; 2 tập thể được nhận Bằng khen của Ban Dân vận Trung ương.
Hội nghị cũng thống nhất những nhiệm vụ trọng tâm năm tới, trong đó ưu tiên tham mưu cấp ủy lãnh đạo công tác dân vận gắn với sắp xếp tổ chức bộ máy, bảo đảm không để tư tưởng cán bộ, nhân dân dao động.
Bảo Ngọc
Tin liên quan
- Hướng Hóa: vận động hộ dân bàn giao mặt bằng dự án điện gió (10/12/2024)
- Gặp mặt người có uy tín trong đồng bào dân tộc thiểu số năm 2024 (22/11/2024)
- Giao ban khối dân vận quý III (08/10/2024)
- Triệu Phong: đối thoại với người dân về ô nhiễm mỏ cát (25/09/2024)
""", "2024-12-27", "Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2025",
E("tong_ket", "2024", "2024-12-26"),
[P("Hồ Thị Ái Vân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Long Hải", "Phó Bí thư Tỉnh ủy"),
 P("Hồ Văn Ngoan", "già làng bản A Xóc"),
 P("Kăn Thị Tuyết", "HUV", "Trưởng Ban Dân vận Huyện ủy Hướng Hóa")],
[Q("623 cuộc tuyên truyền, đối thoại", 623, "cuộc tuyên truyền, đối thoại"), Q("4.270 hộ", 4270, "hộ"),
 Q("1.126 ha", 1126, "ha"), Q("1.934,5 tỷ đồng", 1934500000000, "đồng"), Q("11 vụ việc", 11, "vụ việc"), Q("4 vụ", 4, "vụ"),
 Q("6 già làng, trưởng bản", 6, "già làng, trưởng bản"), Q("58 hộ đồng bào Vân Kiều", 58, "hộ đồng bào Vân Kiều"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("16 tập thể", 16, "tập thể"), Q("27 cá nhân", 27, "cá nhân"), Q("2 tập thể", 2, "tập thể")],
[D("Kết luận", "812", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 812, 813-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "813", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 812, 813-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "114", "KL/TW", "2024-07-11", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 11/7/2024 của Ban Bí thư")],
[prov("Quảng Trị"), com("A Xing")],
["Hôm nay: Thứ Hai, 30/12/2024", "BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Trang chủ - Tin tức - Hoạt động của Ban",
 "Ảnh: Đồng chí Hồ Thị Ái Vân trao Bằng khen cho các tập thể.", "Dân vận khéo", "lấy dân làm gốc",
 "khu kinh tế Đông Nam", "Ban Dân vận Trung ương"],
["Hôm nay: Thứ Hai, 30/12/2024", "Thứ Sáu, 27/12/2024 - 15:20", "năm 2025", "năm 2024", "1 triệu đồng/tháng", "năm tới"]))

PAGES.append(page("b1942-thainguyen-chandung-uytin-2025", """
Báo Thái Nguyên điện tử
Xã hội » Dân tộc - Miền núi
Ngày 14/03/2025 | 09:15
Ông Triệu Tiến Dần trò chuyện với người dân trong xóm. Ảnh: Thu Hà
Người "giữ lửa" đồng thuận ở vùng dự án đường liên vùng
Ở xóm Khuôn Lặng, xã Quy Kỳ, huyện Định Hóa, ai cũng biết ông Triệu Tiến Dần, 68 tuổi, người Dao, người có uy tín của xóm. Khi dự án đường liên vùng đi qua, chính ông là người đầu tiên hiến 1.200 m2 đất vườn và vận động cả xóm bàn giao mặt bằng.
Năm 2023, khi có thông tin về giá bồi thường, khoảng 40 hộ trong xóm kéo nhau lên trụ sở xã phản đối vì cho rằng giá cây keo, cây chè thấp. Ông Dần cùng ông Hoàng Văn Thịnh, Bí thư Chi bộ xóm Khuôn Lặng, đến từng nhà giải thích, mời cán bộ địa chính về đo lại đất cho 17 hộ có ý kiến. "Dân mình thắc mắc thì phải nghe cho hết, cái gì đúng thì kiến nghị, cái gì chưa đúng thì giải thích cho bà con hiểu", ông Dần nói.
Sau 9 buổi họp xóm và 3 buổi đối thoại với lãnh đạo huyện, toàn bộ 112 hộ của xóm đã nhận tiền bồi thường, hỗ trợ với tổng số hơn 46 tỷ đồng và bàn giao 21,7 ha đất. Xã Quy Kỳ trở thành địa phương đầu tiên trong huyện hoàn thành giải phóng mặt bằng dự án.
Bà Ma Thị Ngân, Phó Chủ tịch UBND xã Quy Kỳ, cho biết: "Có những việc cán bộ nói ba lần dân chưa nghe, nhưng ông Dần nói một lần là bà con hiểu". Theo bà Ngân, ông Dần còn vận động 23 hộ người Dao không tái định cư tự do lên đồi, mà chuyển về khu tái định cư tập trung có điện, nước sạch.
Những ngày thi công, ông Dần thường xuyên ra công trường, nghe bà con phản ánh chuyện bụi, chuyện xe chở đất làm hỏng đường vào xóm, rồi cùng trưởng xóm báo lại với đơn vị thi công. Nhờ vậy, các mâu thuẫn nhỏ được giải quyết ngay từ đầu, không để kéo dài thành khiếu kiện.
Không chỉ trong giải phóng mặt bằng, ông Dần còn tích cực tham gia hòa giải 14 vụ mâu thuẫn trong xóm, vận động bà con giữ 85 ha rừng phòng hộ. Năm 2024, ông được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong thực hiện Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ về chính sách đối với người có uy tín.
Ông Nông Quốc Bảo, Trưởng Ban Dân vận Huyện ủy Định Hóa, đánh giá: ông Dần là hình mẫu của phong trào "Dân vận khéo", cho thấy vai trò không thể thay thế của người có uy tín trong vận động đồng bào dân tộc thiểu số ở tỉnh Thái Nguyên.
Thu Hà
Bài viết liên quan
- Định Hóa: 98% hộ dân đồng thuận bàn giao mặt bằng (02/03/2025)
- Gặp mặt người có uy tín dịp Tết Ất Tỵ 2025 (20/01/2025)
- Phú Lương đối thoại với người dân vùng dự án (15/12/2024)
- Vận động đồng bào Dao bảo vệ rừng đầu nguồn (28/11/2024)
""", "2025-03-14", 'Người "giữ lửa" đồng thuận ở vùng dự án đường liên vùng',
E("khac", None, None),
[P("Triệu Tiến Dần", "người có uy tín của xóm"),
 P("Hoàng Văn Thịnh", "Bí thư Chi bộ xóm Khuôn Lặng"),
 P("Ma Thị Ngân", "Phó Chủ tịch UBND xã Quy Kỳ"),
 P("Nông Quốc Bảo", "Trưởng Ban Dân vận Huyện ủy Định Hóa")],
[Q("1.200 m2", 1200, "m2"), Q("khoảng 40 hộ", 40, "hộ", "approx"), Q("17 hộ", 17, "hộ"),
 Q("9 buổi họp xóm", 9, "buổi họp xóm"), Q("3 buổi đối thoại", 3, "buổi đối thoại"), Q("112 hộ", 112, "hộ"),
 Q("hơn 46 tỷ đồng", 46000000000, "đồng", "over"), Q("21,7 ha", 21.7, "ha"), Q("23 hộ người Dao", 23, "hộ người Dao"),
 Q("14 vụ mâu thuẫn", 14, "vụ mâu thuẫn"), Q("85 ha", 85, "ha")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Thái Nguyên"), com("Quy Kỳ")],
["Báo Thái Nguyên điện tử", "Xã hội » Dân tộc - Miền núi",
 "Ông Triệu Tiến Dần trò chuyện với người dân trong xóm. Ảnh: Thu Hà", "Dân vận khéo", "giữ lửa"],
["Ngày 14/03/2025 | 09:15", "68 tuổi", "Năm 2023", "Năm 2024", "ba lần", "một lần", "người đầu tiên", "địa phương đầu tiên"]))
