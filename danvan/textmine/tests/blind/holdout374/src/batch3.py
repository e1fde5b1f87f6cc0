from lib import *
PAGES = []

PAGES.append(page("b8945-longan-baolongan-traoqua-2021", """
BÁO LONG AN ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Long An
Chính trị | Xã hội | Đoàn thể
Thứ Sáu, 20/08/2021, 10:15
Tuổi trẻ Long An trao 3.500 túi an sinh cho người dân vùng phong tỏa
(LA) - Ngày 19/8, Tỉnh đoàn phối hợp với Ủy ban MTTQ Việt Nam tỉnh trao 3.500 túi an sinh cho người dân đang bị phong tỏa tại xã Mỹ Yên và xã Đức Hòa Hạ. Mỗi túi trị giá 250.000 đồng gồm gạo, dầu ăn, mì gói, rau củ; tổng trị giá gần 900 triệu đồng do các doanh nghiệp, nhà hảo tâm và đoàn viên đóng góp.
Tham gia trao quà có đồng chí Nguyễn Thanh Hải, Bí thư Tỉnh đoàn; bà Trần Thị Mỹ Châu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cùng các chiến sĩ tình nguyện. Do dịch Covid-19 diễn biến phức tạp, chiến dịch Thanh niên tình nguyện hè năm 2021 được chuyển hướng sang hỗ trợ phòng, chống dịch theo Kế hoạch số 190-KH/TĐTN ngày 12/7/2021 của Ban Thường vụ Tỉnh đoàn.
Từ đầu tháng 7 đến nay, các cấp bộ Đoàn đã thành lập 18 đội hình thanh niên tình nguyện hỗ trợ tiêm chủng tại 45 điểm tiêm, 26 đội hình "shipper áo xanh" đi chợ hộ cho người dân ở khu phong tỏa. Mô hình "Siêu thị 0 đồng", "ATM gạo" của các huyện đoàn đã vận chuyển gần 120 tấn rau, củ, quả từ nông dân đến người dân khó khăn. Tổng kinh phí huy động cho hoạt động an sinh đến nay khoảng 3,2 tỷ đồng.
Đồng chí Nguyễn Thanh Hải cho biết, Tỉnh đoàn đang phối hợp các ngành rà soát đoàn viên, thanh niên là lao động tự do mất việc làm để đề nghị hỗ trợ theo Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ; hiện đã lập danh sách 1.240 trường hợp. Các cơ sở Đoàn cũng chăm lo cho 62 thiếu nhi mồ côi, có cha mẹ là F0 đang điều trị.
Anh Trương Minh Khoa, Bí thư Đoàn xã Mỹ Yên, chia sẻ: "Xã có 5 ấp bị phong tỏa, đoàn viên phải chia ca trực từ sáng đến khuya, vừa đi chợ hộ, vừa phát quà tận nhà để bà con khỏi ra đường".
Nhận túi an sinh, ông Lê Văn Tư, người dân ấp 3, xã Mỹ Yên, xúc động: "Cả nhà năm người ở trong khu phong tỏa hơn 20 ngày, nhờ các cháu đoàn viên mà có gạo ăn, có rau nấu canh".
Bà Trần Thị Mỹ Châu đánh giá cao tinh thần xung kích của tuổi trẻ tỉnh nhà; đề nghị Tỉnh đoàn tiếp tục phối hợp với Mặt trận các cấp tiếp nhận, phân bổ hàng hóa bảo đảm công khai, đúng đối tượng, không để người dân nào bị thiếu đói.
Trước đó, ngày 10/8, Tỉnh đoàn đã tiếp nhận 500 phần quà từ Thành đoàn TP Hồ Chí Minh để chuyển đến các xã vùng biên giới, mỗi phần quà trị giá 300.000 đồng.
Thanh Nga
Tin liên quan
- Long An: 1.500 đoàn viên tham gia hỗ trợ tiêm vắc-xin (12/08/2021)
- Tuổi trẻ Cần Giuộc mở "Chuyến xe 0 đồng" (05/08/2021)
- Tỉnh đoàn ra quân hè tình nguyện trong điều kiện phòng dịch (15/07/2021)
""", "2021-08-20", "Tuổi trẻ Long An trao 3.500 túi an sinh cho người dân vùng phong tỏa",
E("trao_qua", None, "2021-08-19"),
[P("Nguyễn Thanh Hải", "Bí thư Tỉnh đoàn"),
 P("Trần Thị Mỹ Châu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Minh Khoa", "Bí thư Đoàn xã Mỹ Yên"),
 P("Lê Văn Tư")],
[Q("3.500 túi an sinh", 3500, "túi an sinh"), Q("250.000 đồng", 250000, "đồng"),
 Q("gần 900 triệu đồng", 900000000, "đồng", "approx"),
 Q("18 đội hình thanh niên tình nguyện", 18, "đội hình thanh niên tình nguyện"), Q("45 điểm tiêm", 45, "điểm tiêm"),
 Q("26 đội hình", 26, "đội hình"), Q("gần 120 tấn", 120, "tấn", "approx"),
 Q("khoảng 3,2 tỷ đồng", 3200000000, "đồng", "approx"), Q("1.240 trường hợp", 1240, "trường hợp"),
 Q("62 thiếu nhi mồ côi", 62, "thiếu nhi mồ côi"), Q("5 ấp", 5, "ấp"), Q("500 phần quà", 500, "phần quà"),
 Q("300.000 đồng", 300000, "đồng")],
[D("Kế hoạch", "190", "KH/TĐTN", "2021-07-12", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 190-KH/TĐTN ngày 12/7/2021"),
 D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 1/7/2021")],
[prov("Long An"), prov("Hồ Chí Minh"), com("Mỹ Yên"), com("Đức Hòa Hạ")],
["BÁO LONG AN ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Long An", "Chính trị | Xã hội | Đoàn thể", "(LA)",
 "shipper áo xanh", "Siêu thị 0 đồng", "ATM gạo"],
["Covid-19", "Thứ Sáu, 20/08/2021, 10:15", "Ngày 19/8", "năm 2021", "0 đồng", "F0", "hơn 20 ngày", "ấp 3", "năm người", "ngày 10/8"]))

PAGES.append(page("b8946-thanhhoa-baothanhhoa-doithoai-2021", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Trang chủ > Chính trị > Đoàn thể
Thứ Sáu, 26/3/2021 - 09:15
Lãnh đạo tỉnh đối thoại với thanh niên về vai trò xung kích trong xây dựng nông thôn mới
Sáng 25/3, UBND tỉnh phối hợp với Tỉnh đoàn tổ chức chương trình Chủ tịch UBND tỉnh đối thoại với thanh niên năm 2021 với chủ đề "Thanh niên Thanh Hóa xung kích, tình nguyện xây dựng quê hương". Đồng chí Lê Đức Thuận, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh chủ trì đối thoại. Cùng dự có đồng chí Lê Thị Nga, Tỉnh ủy viên, Bí thư Tỉnh đoàn và lãnh đạo các sở, ngành.
Các đại biểu tham dự đối thoại. Ảnh: Minh Hiếu
Mở đầu chương trình, đồng chí Lê Thị Nga báo cáo: năm 2020, tuổi trẻ toàn tỉnh thực hiện 1.250 công trình, phần việc thanh niên trị giá trên 28 tỷ đồng; làm mới, sửa chữa 320 km đường giao thông nông thôn; hỗ trợ 185 dự án khởi nghiệp của thanh niên. Chiến dịch tình nguyện hè năm 2020 có hơn 150.000 lượt đoàn viên tham gia, trong đó 6.500 sinh viên "Mùa hè xanh" về các huyện miền núi.
Tại buổi đối thoại, 230 đại biểu thanh niên đã nêu nhiều câu hỏi. Anh Hà Văn Tuấn, Bí thư Đoàn xã Trung Lý, huyện Mường Lát, đề nghị tỉnh có cơ chế hỗ trợ xi măng để thanh niên làm đường lên các bản vùng cao, vì "thanh niên góp công được, nhưng vật liệu thì bà con chưa lo nổi". Chị Lò Thị Xuân, Giám đốc Hợp tác xã Thanh niên Pù Nhi, kiến nghị được vay vốn ưu đãi để mở rộng vùng trồng quế.
Trả lời các ý kiến, Giám đốc Sở Giao thông vận tải Phạm Văn Long cho biết, theo Kế hoạch số 46/KH-UBND ngày 20/2/2021 của UBND tỉnh, năm 2021 tỉnh hỗ trợ 100% xi măng cho các tuyến đường giao thông nông thôn ở 11 huyện miền núi khi nhân dân và thanh niên góp công, góp đất. Giám đốc Sở Lao động - Thương binh và Xã hội Trịnh Văn Hùng thông tin, thanh niên khởi nghiệp được vay tối đa 100 triệu đồng/dự án từ Quỹ Hỗ trợ thanh niên khởi nghiệp.
Kết luận đối thoại, đồng chí Lê Đức Thuận ghi nhận 16 ý kiến, kiến nghị của thanh niên, giao các sở, ngành trả lời bằng văn bản trong tháng 4/2021. Đồng chí đề nghị Tỉnh đoàn bám sát Nghị quyết số 58-NQ/TW ngày 5/8/2020 của Bộ Chính trị về xây dựng và phát triển tỉnh Thanh Hóa, đăng ký các công trình thanh niên có quy mô lớn, gắn với các xã đặc biệt khó khăn như xã Trung Lý, xã Pù Nhi.
Cũng tại buổi đối thoại, UBND tỉnh tặng bằng khen cho 10 thanh niên tiêu biểu trong phong trào tình nguyện và khởi nghiệp năm 2020.
Minh Hiếu
Tin cùng chuyên mục
- Tỉnh đoàn phát động Tháng Thanh niên năm 2021 (02/03/2021)
- Mường Lát: 200 đoàn viên làm đường lên bản Pù Quăn (20/02/2021)
- Thanh Hóa tuyên dương 90 thanh niên tiên tiến làm theo lời Bác (15/01/2021)
""", "2021-03-26", "Lãnh đạo tỉnh đối thoại với thanh niên về vai trò xung kích trong xây dựng nông thôn mới",
E("doi_thoai", "2021", "2021-03-25"),
[P("Lê Đức Thuận", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Lê Thị Nga", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"),
 P("Hà Văn Tuấn", "Bí thư Đoàn xã Trung Lý"),
 P("Lò Thị Xuân", "Giám đốc Hợp tác xã Thanh niên Pù Nhi"),
 P("Phạm Văn Long", "Giám đốc Sở Giao thông vận tải"),
 P("Trịnh Văn Hùng", "Giám đốc Sở Lao động - Thương binh và Xã hội")],
[Q("1.250 công trình, phần việc thanh niên", 1250, "công trình, phần việc thanh niên"),
 Q("trên 28 tỷ đồng", 28000000000, "đồng", "over"), Q("320 km", 320, "km"),
 Q("185 dự án khởi nghiệp", 185, "dự án khởi nghiệp"), Q("hơn 150.000 lượt đoàn viên", 150000, "lượt đoàn viên", "over"),
 Q("6.500 sinh viên", 6500, "sinh viên"), Q("230 đại biểu thanh niên", 230, "đại biểu thanh niên"),
 Q("100% xi măng", 100, "%"), Q("11 huyện miền núi", 11, "huyện miền núi"), Q("tối đa 100 triệu đồng", 100000000, "đồng"),
 Q("16 ý kiến, kiến nghị", 16, "ý kiến, kiến nghị"), Q("10 thanh niên tiêu biểu", 10, "thanh niên tiêu biểu")],
[D("Kế hoạch", "46", "KH-UBND", "2021-02-20", "UBND tỉnh", "Kế hoạch số 46/KH-UBND ngày 20/2/2021"),
 D("Nghị quyết", "58", "NQ/TW", "2020-08-05", "Bộ Chính trị", "Nghị quyết số 58-NQ/TW ngày 5/8/2020")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Pù Nhi")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Trang chủ > Chính trị > Đoàn thể",
 "Các đại biểu tham dự đối thoại.", "Thanh niên Thanh Hóa xung kích, tình nguyện xây dựng quê hương", "Mùa hè xanh",
 "Quỹ Hỗ trợ thanh niên khởi nghiệp"],
["Thứ Sáu, 26/3/2021 - 09:15", "năm 2021", "năm 2020", "tháng 4/2021"]))

PAGES.append(page("b8947-gialai-baogialai-daihoi-2022", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị › Xây dựng Đảng › Đoàn thể
Thứ Sáu, 17/06/2022 | 10:05
Đại hội Đoàn tỉnh Gia Lai lần thứ XV: Xung kích, tình nguyện vì cộng đồng
(GLO)- Ngày 16/6, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Gia Lai lần thứ XV, nhiệm kỳ 2022-2027 chính thức khai mạc với sự tham dự của 300 đại biểu đại diện cho hơn 120.000 đoàn viên trong toàn tỉnh. Dự đại hội có đồng chí Trương Văn Đạt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo chính trị tại đại hội cho biết, nhiệm kỳ 2017-2022, các cấp bộ Đoàn thực hiện 2.150 công trình, phần việc thanh niên trị giá hơn 45 tỷ đồng; làm mới, sửa chữa 580 km đường giao thông nông thôn, xây dựng 96 nhà nhân ái cho đoàn viên, thanh niên nghèo. Chiến dịch "Mùa hè xanh" mỗi năm thu hút khoảng 2.400 sinh viên về các xã vùng sâu, vùng xa, trong đó có xã Ayun và xã Ia Dom.
Tổ chức Đoàn đã kết nạp 28.500 đoàn viên mới, giới thiệu 6.200 đoàn viên ưu tú cho Đảng xem xét kết nạp. Các chương trình "Thắp sáng đường quê", "Nghĩa tình biên giới" được duy trì ở 100% xã biên giới; 350 thanh niên dân tộc thiểu số được hỗ trợ vay vốn với tổng dư nợ 12,5 tỷ đồng.
Đại biểu Đinh Thị Hlen, Bí thư Đoàn xã Ayun, tham luận về cách vận động đồng bào Bahnar cùng thanh niên làm đường và nhà rông: "Mình nói bằng tiếng Bahnar, làm trước cho bà con thấy, rồi bà con làm theo". Đại biểu Rah Lan Hậu, Bí thư Huyện đoàn Chư Prông chia sẻ kinh nghiệm phối hợp với đồn biên phòng trong chương trình "Nghĩa tình biên giới".
Phát biểu chỉ đạo, đồng chí Trương Văn Đạt đề nghị Ban Chấp hành khóa mới quán triệt Chỉ thị số 15-CT/TU của Ban Thường vụ Tỉnh ủy về lãnh đạo đại hội Đoàn các cấp và Quyết định số 1331/QĐ-TTg ngày 24/7/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021 - 2030; chú trọng phát triển đoàn viên là người dân tộc thiểu số.
Đại hội đã bầu Ban Chấp hành Tỉnh đoàn khóa XV gồm 45 đồng chí. Tại hội nghị lần thứ nhất, Ban Chấp hành đã bầu 13 đồng chí vào Ban Thường vụ; đồng chí Đoàn Thị Bích Trâm được tín nhiệm giữ chức Bí thư Tỉnh đoàn khóa XV; các đồng chí Rơ Châm Long, Lê Quang Vinh giữ chức Phó Bí thư Tỉnh đoàn. Đại hội cũng bầu 21 đại biểu chính thức dự Đại hội Đoàn toàn quốc lần thứ XII.
Đại hội đề ra 12 chỉ tiêu nhiệm kỳ 2022-2027, trong đó mỗi năm thực hiện ít nhất 400 công trình, phần việc thanh niên.
Hà Duy
Tin liên quan
- Ia Grai: Đại hội Đoàn huyện lần thứ XII thành công tốt đẹp (02/06/2022)
- Tỉnh đoàn ra quân chiến dịch hè tình nguyện năm 2022 (28/05/2022)
- Trao 20 căn nhà nhân ái cho đoàn viên nghèo (10/05/2022)
""", "2022-06-17", "Đại hội Đoàn tỉnh Gia Lai lần thứ XV: Xung kích, tình nguyện vì cộng đồng",
E("dai_hoi", None, "2022-06-16"),
[P("Trương Văn Đạt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Thị Hlen", "Bí thư Đoàn xã Ayun"),
 P("Rah Lan Hậu", "Bí thư Huyện đoàn Chư Prông"),
 P("Đoàn Thị Bích Trâm", "Bí thư Tỉnh đoàn khóa XV"),
 P("Rơ Châm Long", "Phó Bí thư Tỉnh đoàn"),
 P("Lê Quang Vinh", "Phó Bí thư Tỉnh đoàn")],
[Q("300 đại biểu", 300, "đại biểu"), Q("hơn 120.000 đoàn viên", 120000, "đoàn viên", "over"),
 Q("2.150 công trình, phần việc thanh niên", 2150, "công trình, phần việc thanh niên"),
 Q("hơn 45 tỷ đồng", 45000000000, "đồng", "over"), Q("580 km", 580, "km"), Q("96 nhà nhân ái", 96, "nhà nhân ái"),
 Q("khoảng 2.400 sinh viên", 2400, "sinh viên", "approx"), Q("28.500 đoàn viên mới", 28500, "đoàn viên mới"),
 Q("6.200 đoàn viên ưu tú", 6200, "đoàn viên ưu tú"), Q("100% xã biên giới", 100, "%"),
 Q("350 thanh niên dân tộc thiểu số", 350, "thanh niên dân tộc thiểu số"), Q("12,5 tỷ đồng", 12500000000, "đồng"),
 Q("45 đồng chí", 45, "đồng chí"), Q("13 đồng chí", 13, "đồng chí"), Q("21 đại biểu chính thức", 21, "đại biểu chính thức"),
 Q("12 chỉ tiêu", 12, "chỉ tiêu"),
 Q("ít nhất 400 công trình, phần việc thanh niên", 400, "công trình, phần việc thanh niên", "over")],
[D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 15-CT/TU"),
 D("Quyết định", "1331", "QĐ-TTg", "2021-07-24", "Thủ tướng Chính phủ", "Quyết định số 1331/QĐ-TTg ngày 24/7/2021")],
[prov("Gia Lai"), com("Ayun"), com("Ia Dom")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị › Xây dựng Đảng › Đoàn thể", "(GLO)", "Mùa hè xanh", "Thắp sáng đường quê",
 "Nghĩa tình biên giới"],
["Thứ Sáu, 17/06/2022 | 10:05", "lần thứ XV", "nhiệm kỳ 2022-2027", "nhiệm kỳ 2017-2022", "khóa XV", "lần thứ nhất",
 "lần thứ XII", "45 đồng chí", "13 đồng chí", "giai đoạn 2021 - 2030"]))

PAGES.append(page("b8948-quangnam-baoquangnam-tongket-2022", """
Báo Quảng Nam
Thời sự - Chính trị » Đoàn thể » Thanh niên
26/08/2022 | 16:40
Ảnh: Tỉnh đoàn khen thưởng các đội hình xuất sắc.
Chiến dịch tình nguyện hè để lại 87 công trình thanh niên
(QNO) - Chiều 25/8, Tỉnh đoàn tổ chức tổng kết chiến dịch Thanh niên tình nguyện hè năm 2022. Tỉnh ủy viên, Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh Nguyễn Hồng Quân chủ trì. Hè năm nay, các cấp bộ Đoàn trong tỉnh đã hoàn thành 87 công trình thanh niên với tổng giá trị hơn 9,6 tỷ đồng.
Theo báo cáo, thực hiện Kế hoạch số 205-KH/TĐTN ngày 16/5/2022 của Ban Thường vụ Tỉnh đoàn, chiến dịch đã huy động 4.350 chiến sĩ tình nguyện, trong đó có 1.100 sinh viên "Mùa hè xanh" của 7 trường đại học, cao đẳng ngoài tỉnh. Các đội hình làm mới 42 km đường giao thông nông thôn, lắp đặt 15 km đường điện chiếu sáng, xây 12 nhà nhân ái, sửa chữa 38 phòng học ở các huyện miền núi.
Tại huyện Tây Giang, đội hình tình nguyện cùng đồng bào Cơ Tu hoàn thành tuyến đường bê tông dài 3,2 km nối thôn Arớh với trung tâm xã A Xan, trị giá 1,8 tỷ đồng, trong đó vốn Chương trình mục tiêu quốc gia 1,2 tỷ đồng, còn lại do Đoàn vận động. Anh Alăng Thiên, Bí thư Đoàn xã A Xan cho biết, 74 hộ dân trong thôn đã hiến gần 4.000 m2 đất, cây cối để mở đường.
Chị Zơ Râm Thị Mai, Phó Bí thư Huyện đoàn Tây Giang chia sẻ, ở xã Ch'ơm các đội hình mở 6 lớp dạy chữ và kỹ năng sống cho 180 trẻ em, tổ chức khám bệnh cho hơn 700 lượt người cao tuổi.
Ở vùng đồng bằng, chương trình "Tiếp sức mùa thi" có 1.650 tình nguyện viên hỗ trợ thí sinh tại 36 điểm thi; các đội hình "Ngày thứ Bảy tình nguyện" ra quân thu gom khoảng 85 tấn rác thải, trồng 9.200 cây xanh dọc các tuyến đường ven biển. Đoàn phường Cẩm Phô, thành phố Hội An ra mắt mô hình "Tuyến phố văn minh", vận động 120 hộ kinh doanh cam kết không lấn chiếm vỉa hè.
Ông Nguyễn Văn Thanh, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị các cấp bộ Đoàn tiếp tục đăng ký công trình thanh niên gắn với nhu cầu thiết thực của người dân, công khai nguồn kinh phí để nhân dân giám sát.
Phát biểu tại hội nghị, Bí thư Tỉnh đoàn Nguyễn Hồng Quân đánh giá chiến dịch đã bám sát Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc thiểu số và về xây dựng nông thôn mới ở miền núi; đồng thời chỉ ra hạn chế: 9 công trình chưa quyết toán, một số huyện đoàn chưa huy động được sinh viên về tình nguyện.
Dịp này, Tỉnh đoàn tặng bằng khen cho 24 tập thể, 41 cá nhân; Trung ương Hội Sinh viên Việt Nam tặng bằng khen cho 3 đội hình "Mùa hè xanh" tiêu biểu.
Xuân Hòa
Tin liên quan
- Tây Giang: bàn giao 2 nhà rông cho đồng bào Cơ Tu (20/08/2022)
- Sinh viên tình nguyện mang "Ánh sáng văn hóa hè" về Nam Trà My (05/08/2022)
- Quảng Nam ra quân chiến dịch hè tình nguyện năm 2022 (30/05/2022)
""", "2022-08-26", "Chiến dịch tình nguyện hè để lại 87 công trình thanh niên",
E("tong_ket", "2022", "2022-08-25"),
[P("Nguyễn Hồng Quân", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Alăng Thiên", "Bí thư Đoàn xã A Xan"),
 P("Zơ Râm Thị Mai", "Phó Bí thư Huyện đoàn Tây Giang"),
 P("Nguyễn Văn Thanh", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("87 công trình thanh niên", 87, "công trình thanh niên"), Q("hơn 9,6 tỷ đồng", 9600000000, "đồng", "over"),
 Q("4.350 chiến sĩ tình nguyện", 4350, "chiến sĩ tình nguyện"), Q("1.100 sinh viên", 1100, "sinh viên"),
 Q("7 trường đại học, cao đẳng", 7, "trường đại học, cao đẳng"), Q("42 km", 42, "km"), Q("15 km", 15, "km"),
 Q("12 nhà nhân ái", 12, "nhà nhân ái"), Q("38 phòng học", 38, "phòng học"), Q("3,2 km", 3.2, "km"),
 Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("74 hộ dân", 74, "hộ dân"),
 Q("gần 4.000 m2", 4000, "m2", "approx"), Q("6 lớp dạy chữ và kỹ năng sống", 6, "lớp dạy chữ và kỹ năng sống"),
 Q("180 trẻ em", 180, "trẻ em"), Q("hơn 700 lượt người cao tuổi", 700, "lượt người cao tuổi", "over"),
 Q("1.650 tình nguyện viên", 1650, "tình nguyện viên"), Q("36 điểm thi", 36, "điểm thi"),
 Q("khoảng 85 tấn", 85, "tấn", "approx"), Q("9.200 cây xanh", 9200, "cây xanh"), Q("120 hộ kinh doanh", 120, "hộ kinh doanh"),
 Q("9 công trình", 9, "công trình"), Q("24 tập thể", 24, "tập thể"), Q("41 cá nhân", 41, "cá nhân"),
 Q('3 đội hình "Mùa hè xanh" tiêu biểu', 3, 'đội hình "Mùa hè xanh" tiêu biểu')],
[D("Kế hoạch", "205", "KH/TĐTN", "2022-05-16", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 205-KH/TĐTN ngày 16/5/2022"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU")],
[prov("Quảng Nam"), com("A Xan"), com("Ch'ơm"), com("Cẩm Phô")],
["Báo Quảng Nam", "Thời sự - Chính trị » Đoàn thể » Thanh niên", "Ảnh: Tỉnh đoàn khen thưởng các đội hình xuất sắc.",
 "(QNO)", "Mùa hè xanh", "Chương trình mục tiêu quốc gia", "Tiếp sức mùa thi",
 "Ngày thứ Bảy tình nguyện", "Tuyến phố văn minh"],
["26/08/2022 | 16:40", "năm 2022", "Chiều 25/8"]))

PAGES.append(page("b8949-langson-baolangson-taphuan-2023", """
BÁO LẠNG SƠN
Trang chủ | Chính trị | Đoàn thể - Mặt trận
2023-06-09 07:30
Bồi dưỡng kỹ năng cho đội hình tình nguyện trước chiến dịch hè
LSO - Trong 2 ngày 7 và 8/6, Ban Thường vụ Tỉnh đoàn Lạng Sơn tổ chức lớp tập huấn kỹ năng hoạt động tình nguyện và công tác dân vận năm 2023 cho 180 cán bộ Đoàn chủ chốt, đội trưởng các đội hình tình nguyện hè của 11 huyện, thành đoàn và các đoàn trực thuộc.
Tỉnh ủy viên, Bí thư Tỉnh đoàn Nông Thị Dịu phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, Tỉnh ủy viên, Bí thư Tỉnh đoàn Nông Thị Dịu nhấn mạnh: chiến dịch Thanh niên tình nguyện hè năm nay tập trung vào các xã biên giới, xã đặc biệt khó khăn; mỗi đội hình khi về cơ sở phải thực hiện đúng phương châm "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân".
Các học viên được nghe đồng chí Hoàng Văn Páo, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy quán triệt Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương ban hành Quy chế công tác dân vận của hệ thống chính trị và những điểm cần lưu ý khi làm việc ở vùng đồng bào Tày, Nùng, Dao. Đồng chí Lành Thị Hoa, Phó Trưởng ban Phong trào Tỉnh đoàn hướng dẫn cách lập hồ sơ, dự toán công trình thanh niên và phương pháp vận động nhân dân cùng tham gia.
Nội dung thực hành gồm kỹ năng sơ cấp cứu, phòng chống đuối nước, tuyên truyền pháp luật về biên giới; học viên được chia làm 6 nhóm, xây dựng kế hoạch hoạt động cho một xã giả định. ThS. Lộc Văn Tuấn, giảng viên Trường Chính trị Hoàng Văn Thụ, cho rằng nhiều đội trưởng còn lúng túng khi đối thoại với người dân về giải phóng mặt bằng làm đường.
Theo Kế hoạch số 156-KH/TĐTN ngày 22/5/2023 của Ban Thường vụ Tỉnh đoàn, hè năm 2023 toàn tỉnh phấn đấu thực hiện 65 công trình thanh niên với tổng giá trị trên 5 tỷ đồng, làm mới 30 km đường giao thông nông thôn, tổ chức 120 điểm sinh hoạt hè cho thiếu nhi. Đội hình "Mùa hè xanh" gồm 320 sinh viên sẽ về xã Bắc Xa, xã Tân Thanh và các xã vùng cao huyện Bình Gia.
Chị Chu Thị Mai, Bí thư Đoàn xã Bắc Xa cho biết, xã đã chuẩn bị 15 hộ dân nhận sinh viên ở cùng, đề xuất đội hình giúp bà con xây bể chứa nước vì mùa khô thiếu nước sinh hoạt.
Đồng chí Nông Thị Dịu đề nghị các huyện đoàn công khai danh mục công trình tại nhà văn hóa thôn để nhân dân cùng giám sát.
Kết thúc lớp tập huấn, 176 học viên được cấp giấy chứng nhận. Năm 2022, tuổi trẻ Lạng Sơn đã thực hiện 58 công trình thanh niên trị giá 4,3 tỷ đồng.
Hoàng Lan
Tin khác
- Lộc Bình: thanh niên ra quân làm đường biên giới (02/06/2023)
- Tỉnh đoàn tổ chức Ngày hội thiếu nhi vui khỏe (01/06/2023)
- Tuyên dương 26 thanh niên tiêu biểu năm 2022 (26/03/2023)
""", "2023-06-09", "Bồi dưỡng kỹ năng cho đội hình tình nguyện trước chiến dịch hè",
E("tap_huan", "2023", "2023-06-07"),
[P("Nông Thị Dịu", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"),
 P("Hoàng Văn Páo", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Lành Thị Hoa", "Phó Trưởng ban Phong trào Tỉnh đoàn"),
 P("Lộc Văn Tuấn", "ThS.", "giảng viên Trường Chính trị Hoàng Văn Thụ"),
 P("Chu Thị Mai", "Bí thư Đoàn xã Bắc Xa")],
[Q("180 cán bộ Đoàn chủ chốt", 180, "cán bộ Đoàn chủ chốt"), Q("11 huyện, thành đoàn", 11, "huyện, thành đoàn"),
 Q("6 nhóm", 6, "nhóm"), Q("65 công trình thanh niên", 65, "công trình thanh niên"),
 Q("trên 5 tỷ đồng", 5000000000, "đồng", "over"), Q("30 km", 30, "km"), Q("120 điểm sinh hoạt hè", 120, "điểm sinh hoạt hè"),
 Q("320 sinh viên", 320, "sinh viên"), Q("15 hộ dân", 15, "hộ dân"), Q("176 học viên", 176, "học viên"),
 Q("58 công trình thanh niên", 58, "công trình thanh niên"), Q("4,3 tỷ đồng", 4300000000, "đồng")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "156", "KH/TĐTN", "2023-05-22", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 156-KH/TĐTN ngày 22/5/2023")],
[prov("Lạng Sơn"), com("Bắc Xa"), com("Tân Thanh")],
["BÁO LẠNG SƠN", "Trang chủ | Chính trị | Đoàn thể - Mặt trận", "LSO",
 "Tỉnh ủy viên, Bí thư Tỉnh đoàn Nông Thị Dịu phát biểu khai mạc lớp tập huấn.",
 "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân", "Mùa hè xanh"],
["2023-06-09 07:30", "2 ngày", "năm 2023", "Năm 2022"]))

PAGES.append(page("b8950-bentre-bdv-bangiao-2023", """
BAN DÂN VẬN TỈNH ỦY BẾN TRE
Trang chủ >> Tin hoạt động >> Dân vận cơ sở
Ngày 04/08/2023 | 15:00
Thạnh Phú: Bàn giao cầu và đường thanh niên trị giá 1,65 tỷ đồng
Ngày 3/8/2023, Ban Thường vụ Huyện đoàn Thạnh Phú phối hợp với Đoàn Thanh niên Tổng Công ty Điện lực miền Nam tổ chức lễ bàn giao công trình thanh niên "Cầu nông thôn - Cầu nối yêu thương" và tuyến đường bê tông ấp Thạnh Hòa cho xã An Điền. Tổng giá trị 2 công trình là 1,65 tỷ đồng.
Dự lễ có ông Phan Văn Tám, Phó Trưởng Ban Dân vận Tỉnh ủy; bà Nguyễn Thị Bé Sáu, HUV, Trưởng Ban Dân vận Huyện ủy Thạnh Phú; các đồng chí Phó Bí thư Huyện đoàn Thạnh Phú: Lê Thanh Phong, Trần Thị Ngọc Hân.
Cây cầu bê tông dài 36 m, rộng 3 m bắc qua rạch Cái Chốt, trị giá 1,2 tỷ đồng, do Đoàn Thanh niên Tổng Công ty tài trợ 900 triệu đồng, Quỹ "Vì người nghèo" huyện hỗ trợ 150 triệu đồng, phần còn lại do nhân dân đóng góp. Tuyến đường bê tông dài 1,5 km, rộng 2,5 m trị giá 450 triệu đồng, được thực hiện theo phương châm "Nhà nước và nhân dân cùng làm"; 63 hộ dân đã hiến 2.800 m2 đất và tự tháo dỡ hàng rào, cây trái.
Trong chiến dịch tình nguyện hè năm 2023, các đội hình sinh viên "Mùa hè xanh" của Trường Đại học Bách khoa - Đại học Quốc gia TP Hồ Chí Minh đã cùng đoàn viên địa phương góp 1.300 ngày công làm đường, mở 8 lớp học hè cho 240 học sinh của xã An Điền và xã Thạnh Hải.
Ông Nguyễn Văn Út, người dân ấp Thạnh Hòa, cho biết: "Trước đây muốn qua rạch phải đi đò, mùa nước lớn học sinh nghỉ học hoài. Có cầu rồi, xe máy chở lúa, chở dừa ra tận lộ lớn".
Phát biểu tại buổi lễ, ông Phan Văn Tám đánh giá cao cách làm của Huyện đoàn Thạnh Phú trong vận động nguồn lực, gắn công trình thanh niên với thực hiện Chỉ thị số 09-CT/TU của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả phong trào thi đua "Dân vận khéo", đồng thời đề nghị UBND xã An Điền tiếp nhận, giao cho Chi đoàn ấp Thạnh Hòa quản lý, bảo dưỡng công trình.
Theo Tỉnh đoàn Bến Tre, hè năm nay toàn tỉnh có 38 công trình thanh niên được khởi công, tổng giá trị khoảng 6,5 tỷ đồng, trong đó 12 cây cầu nông thôn; đến đầu tháng 8 đã bàn giao 21 công trình, đạt 55,3%.
Theo Huyện đoàn, từ năm 2018 đến nay, tuổi trẻ Thạnh Phú đã vận động xây dựng 14 cây cầu nông thôn với tổng kinh phí hơn 8 tỷ đồng. Dịp này, Ban Dân vận Huyện ủy tặng giấy khen cho 3 tập thể và 5 cá nhân.
Thanh Trúc
Tin liên quan
- Bến Tre: 120 sinh viên tình nguyện về Ba Tri (25/07/2023)
- Giao ban khối dân vận quý II năm 2023 (10/07/2023)
- Mỏ Cày Nam ra mắt mô hình "Dân vận khéo" về nước sạch (30/06/2023)
- Châu Thành: Đoàn Thanh niên bàn giao 3 căn nhà nhân ái (18/06/2023)
""", "2023-08-04", "Thạnh Phú: Bàn giao cầu và đường thanh niên trị giá 1,65 tỷ đồng",
E("khac", None, "2023-08-03"),
[P("Phan Văn Tám", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Bé Sáu", "HUV", "Trưởng Ban Dân vận Huyện ủy Thạnh Phú"),
 P("Lê Thanh Phong", "Phó Bí thư Huyện đoàn Thạnh Phú"),
 P("Trần Thị Ngọc Hân", "Phó Bí thư Huyện đoàn Thạnh Phú"),
 P("Nguyễn Văn Út")],
[Q("1,65 tỷ đồng", 1650000000, "đồng"), Q("2 công trình", 2, "công trình"), Q("36 m", 36, "m"), Q("3 m", 3, "m"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("900 triệu đồng", 900000000, "đồng"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("1,5 km", 1.5, "km"), Q("2,5 m", 2.5, "m"), Q("450 triệu đồng", 450000000, "đồng"), Q("63 hộ dân", 63, "hộ dân"),
 Q("2.800 m2", 2800, "m2"), Q("1.300 ngày công", 1300, "ngày công"), Q("8 lớp học hè", 8, "lớp học hè"),
 Q("240 học sinh", 240, "học sinh"), Q("38 công trình thanh niên", 38, "công trình thanh niên"), Q("khoảng 6,5 tỷ đồng", 6500000000, "đồng", "approx"),
 Q("12 cây cầu nông thôn", 12, "cây cầu nông thôn"), Q("21 công trình", 21, "công trình"), Q("55,3%", 55.3, "%"),
 Q("14 cây cầu nông thôn", 14, "cây cầu nông thôn"),
 Q("hơn 8 tỷ đồng", 8000000000, "đồng", "over"), Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân")],
[D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 09-CT/TU")],
[prov("Bến Tre"), prov("Hồ Chí Minh"), com("An Điền"), com("Thạnh Hải")],
["BAN DÂN VẬN TỈNH ỦY BẾN TRE", "Trang chủ >> Tin hoạt động >> Dân vận cơ sở", "Cầu nông thôn - Cầu nối yêu thương",
 "Vì người nghèo", "Nhà nước và nhân dân cùng làm", "Mùa hè xanh", "Dân vận khéo"],
["Ngày 04/08/2023 | 15:00", "năm 2023", "từ năm 2018", "đầu tháng 8"]))
