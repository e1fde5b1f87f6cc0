from lib import *
PAGES = []

PAGES.append(page("b4445-thaibinh-tttn-daihoi-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THÁI THỤY - TỈNH THÁI BÌNH
Trang chủ » Tin tức - Sự kiện » Mặt trận và các đoàn thể
Thứ Hai, 18/04/2011 - 09:30
Ảnh: Các đại biểu bỏ phiếu bầu Ban Thanh tra nhân dân.
Xã Thụy Hải bầu Ban Thanh tra nhân dân nhiệm kỳ 2011 - 2013
Ngày 16/4/2011, Ban Thường trực Ủy ban MTTQ xã Thụy Hải phối hợp với UBND xã tổ chức Hội nghị đại biểu nhân dân bầu Ban Thanh tra nhân dân (TTND) nhiệm kỳ 2011 - 2013 theo Kế hoạch số 12/KH-MTTQ ngày 25/3/2011 của Ban Thường trực Ủy ban MTTQ xã. Dự hội nghị có đồng chí Phạm Văn Thước, Phó Chủ tịch Ủy ban MTTQ huyện; bà Vũ Thị Hằng, Phó Chánh Thanh tra huyện cùng 115 đại biểu đại diện cho 9 thôn trong xã.
Báo cáo do ông Bùi Đức Toản, Trưởng ban TTND xã nhiệm kỳ 2009 - 2011 trình bày nêu rõ: thực hiện Luật Thanh tra và Nghị định số 99/2005/NĐ-CP ngày 28/7/2005 của Chính phủ, trong nhiệm kỳ qua Ban TTND đã tiến hành 14 cuộc giám sát, tập trung vào việc thu, chi các khoản đóng góp của nhân dân, việc xây dựng 3 công trình trường học và 6,2 km đường giao thông nội đồng; tiếp nhận 23 đơn thư, kiến nghị của công dân, kiến nghị UBND xã giải quyết 21 đơn, đạt 91,3%. Qua giám sát, Ban đã phát hiện và kiến nghị thu hồi hơn 18 triệu đồng chi chưa đúng quy định tại công trình nhà văn hóa thôn Tân Bồi, nộp lại ngân sách xã.
Tuy vậy, hoạt động của Ban còn lúng túng, một số thành viên tuổi cao, ít được tập huấn; kinh phí hoạt động chỉ có 2 triệu đồng mỗi năm nên chưa tổ chức được nhiều cuộc giám sát chuyên đề.
Trên tinh thần dân chủ, hội nghị đã hiệp thương, bầu 7 thành viên vào Ban TTND nhiệm kỳ 2011 - 2013, tất cả đều đạt số phiếu từ 82% trở lên. Ông Bùi Đức Toản tiếp tục được tín nhiệm giữ chức Trưởng ban TTND xã; bà Nguyễn Thị Lụa, Chủ tịch Hội LHPN xã và ông Đỗ Văn Khiêm, Trưởng thôn Tân Bồi được bầu làm Phó Trưởng ban TTND xã.
Phát biểu chỉ đạo, đồng chí Phạm Văn Thước đề nghị Ban TTND nhiệm kỳ mới bám sát Chương trình phối hợp số 05/CTr-MTTQ-UBND về giám sát việc thực hiện Quy chế dân chủ ở cơ sở, tập trung giám sát việc quản lý đất công ích, các khoản huy động đóng góp xây dựng nông thôn mới và việc giải quyết khiếu nại, tố cáo của công dân; mỗi quý tổ chức ít nhất 1 cuộc giám sát và báo cáo kết quả với Ban Thường trực Ủy ban MTTQ xã.
Thụy Hải là một trong 12 xã đầu tiên của tỉnh Thái Bình hoàn thành việc bầu Ban TTND nhiệm kỳ mới. Đồng chí Phạm Quang Vinh, Bí thư Đảng ủy xã Thụy Hải cam kết cấp ủy sẽ tạo điều kiện để Ban TTND hoạt động thực chất, không hình thức.
Minh Tiến
Lượt xem: 1.214
Tin khác
- Thụy Trường: 100% thôn tổ chức hội nghị nhân dân (10/04/2011)
- Hội nghị tập huấn công tác Mặt trận cơ sở năm 2011 (01/04/2011)
- Thái Thụy sơ kết 5 năm cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" (22/03/2011)
- Ban Thanh tra nhân dân thị trấn Diêm Điền giám sát chợ (15/03/2011)
""", "2011-04-18", "Xã Thụy Hải bầu Ban Thanh tra nhân dân nhiệm kỳ 2011 - 2013",
E("dai_hoi", None, "2011-04-16"),
[P("Phạm Văn Thước", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Vũ Thị Hằng", "Phó Chánh Thanh tra huyện"),
 P("Bùi Đức Toản", "Trưởng ban TTND xã nhiệm kỳ 2009 - 2011", "Trưởng ban TTND xã"),
 P("Nguyễn Thị Lụa", "Chủ tịch Hội LHPN xã", "Phó Trưởng ban TTND xã"),
 P("Đỗ Văn Khiêm", "Trưởng thôn Tân Bồi", "Phó Trưởng ban TTND xã"),
 P("Phạm Quang Vinh", "Bí thư Đảng ủy xã Thụy Hải")],
[Q("115 đại biểu", 115, "đại biểu"), Q("9 thôn", 9, "thôn"), Q("14 cuộc giám sát", 14, "cuộc giám sát"),
 Q("3 công trình trường học", 3, "công trình trường học"), Q("6,2 km", 6.2, "km"),
 Q("23 đơn thư, kiến nghị", 23, "đơn thư, kiến nghị"), Q("21 đơn", 21, "đơn"), Q("91,3%", 91.3, "%"),
 Q("hơn 18 triệu đồng", 18000000, "đồng", "over"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("7 thành viên", 7, "thành viên"), Q("từ 82% trở lên", 82, "%", "over"),
 Q("ít nhất 1 cuộc giám sát", 1, "cuộc giám sát", "over"), Q("12 xã", 12, "xã")],
[D("Kế hoạch", "12", "KH-MTTQ", "2011-03-25", "Ban Thường trực Ủy ban MTTQ xã", "Kế hoạch số 12/KH-MTTQ ngày 25/3/2011"),
 D("Nghị định", "99", "2005/NĐ-CP", "2005-07-28", "Chính phủ", "Nghị định số 99/2005/NĐ-CP ngày 28/7/2005"),
 D("Chương trình phối hợp", "05", "CTr-MTTQ-UBND", None, None, "Chương trình phối hợp số 05/CTr-MTTQ-UBND")],
[prov("Thái Bình"), com("Thụy Hải")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THÁI THỤY - TỈNH THÁI BÌNH", "Trang chủ » Tin tức - Sự kiện » Mặt trận và các đoàn thể",
 "Ảnh: Các đại biểu bỏ phiếu bầu Ban Thanh tra nhân dân.", "Luật Thanh tra", "Quy chế dân chủ ở cơ sở", "Lượt xem: 1.214"],
["Thứ Hai, 18/04/2011 - 09:30", "nhiệm kỳ 2011 - 2013", "nhiệm kỳ 2009 - 2011", "Lượt xem: 1.214"]))

PAGES.append(page("b4446-nghean-gsdtcd-taphuan-2012", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN
Bạn đang ở: Trang chủ > Hoạt động Mặt trận > Giám sát và phản biện xã hội
Cập nhật: 14:20, 22/05/2012 (GMT+7)
Tập huấn nghiệp vụ giám sát đầu tư của cộng đồng cho 320 cán bộ cơ sở
Trong 2 ngày 21 và 22/5, Ban Thường trực Ủy ban MTTQ tỉnh phối hợp với Sở Kế hoạch và Đầu tư tổ chức lớp tập huấn nghiệp vụ giám sát đầu tư của cộng đồng năm 2012 cho 320 học viên là Chủ tịch Ủy ban MTTQ, Trưởng ban Giám sát đầu tư của cộng đồng (GSĐTCĐ) các xã, phường, thị trấn thuộc 7 huyện miền Tây Nghệ An.
Quang cảnh lớp tập huấn tại thị xã Thái Hòa. Ảnh: Hữu Nghĩa
Khai mạc lớp học, đồng chí Hồ Sỹ Quyết, Ủy viên Ban Thường trực, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh cho biết: năm 2011, toàn tỉnh có 452 Ban GSĐTCĐ được thành lập, đã giám sát 1.236 công trình, dự án; phát hiện 87 công trình có dấu hiệu sai phạm về khối lượng, chất lượng, kiến nghị cơ quan chức năng xử lý, thu hồi trên 2,3 tỷ đồng. Tuy nhiên vẫn còn khoảng 30% số Ban hoạt động hình thức, thành viên chưa nắm được hồ sơ thiết kế, dự toán.
Các học viên được ông Lô Văn Thành, Phó Giám đốc Sở Kế hoạch và Đầu tư và bà Nguyễn Thị Tuyết Mai, Phó Chánh Văn phòng Ủy ban MTTQ tỉnh truyền đạt các chuyên đề: Quy chế giám sát đầu tư của cộng đồng ban hành kèm theo Quyết định số 80/2005/QĐ-TTg ngày 18/4/2005 của Thủ tướng Chính phủ; Thông tư liên tịch số 04/2006/TTLT-KHĐT-UBTWMTTQVN-TC hướng dẫn thực hiện Quy chế; Kế hoạch số 156/KH-MTTQ-BTT ngày 5/4/2012 của Ban Thường trực Ủy ban MTTQ tỉnh về nâng cao chất lượng hoạt động của Ban GSĐTCĐ; kỹ năng đọc bản vẽ, kiểm tra vật liệu tại hiện trường.
Tại lớp học, bà Vi Thị Hoa, Trưởng ban GSĐTCĐ xã Châu Kim, chia sẻ: nhờ bám sát hiện trường, Ban đã phát hiện nhà thầu đổ bê tông mặt đường thiếu 3 cm so với thiết kế, kiến nghị làm lại 120 m đường. Ông Lang Văn Chương, Trưởng ban TTND kiêm Trưởng ban GSĐTCĐ xã Tam Hợp, đề nghị nâng mức hỗ trợ vì mỗi Ban hiện chỉ được cấp 1,5 triệu đồng/năm.
Theo kế hoạch, từ nay đến cuối tháng 6, Ủy ban MTTQ tỉnh sẽ mở thêm 3 lớp cho khoảng 500 học viên ở các huyện đồng bằng và ven biển, phấn đấu 100% Ban GSĐTCĐ được tập huấn trong năm 2012. Cuối khóa, các học viên làm bài kiểm tra, thực hành lập biên bản giám sát một công trình giả định; 296 học viên đạt yêu cầu, chiếm 92,5%.
Hữu Nghĩa
Số lượt truy cập: 58.412
Tin liên quan
- Quỳ Châu: giám sát công trình nước sạch bản Hôm (10/05/2012)
- Con Cuông: Ban Thanh tra nhân dân xã Môn Sơn hoạt động hiệu quả (03/05/2012)
- Ủy ban MTTQ tỉnh giao ban công tác quý I/2012 (16/04/2012)
- Hội nghị triển khai Nghị quyết liên tịch về giám sát của Mặt trận (28/03/2012)
""", "2012-05-22", "Tập huấn nghiệp vụ giám sát đầu tư của cộng đồng cho 320 cán bộ cơ sở",
E("tap_huan", "2012", "2012-05-21"),
[P("Hồ Sỹ Quyết", "Ủy viên Ban Thường trực", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Lô Văn Thành", "Phó Giám đốc Sở Kế hoạch và Đầu tư"),
 P("Nguyễn Thị Tuyết Mai", "Phó Chánh Văn phòng Ủy ban MTTQ tỉnh"),
 P("Vi Thị Hoa", "Trưởng ban GSĐTCĐ xã Châu Kim"),
 P("Lang Văn Chương", "Trưởng ban TTND kiêm Trưởng ban GSĐTCĐ xã Tam Hợp")],
[Q("320 học viên", 320, "học viên"), Q("7 huyện miền Tây", 7, "huyện miền Tây"), Q("452 Ban GSĐTCĐ", 452, "Ban GSĐTCĐ"),
 Q("1.236 công trình, dự án", 1236, "công trình, dự án"), Q("87 công trình", 87, "công trình"),
 Q("trên 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("khoảng 30%", 30, "%", "approx"), Q("3 cm", 3, "cm"),
 Q("120 m", 120, "m"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("3 lớp", 3, "lớp"),
 Q("khoảng 500 học viên", 500, "học viên", "approx"), Q("100% Ban GSĐTCĐ", 100, "%"),
 Q("296 học viên", 296, "học viên"), Q("92,5%", 92.5, "%")],
[D("Quyết định", "80", "2005/QĐ-TTg", "2005-04-18", "Thủ tướng Chính phủ", "Quyết định số 80/2005/QĐ-TTg ngày 18/4/2005"),
 D("Thông tư liên tịch", "04", "2006/TTLT-KHĐT-UBTWMTTQVN-TC", None, None, "Thông tư liên tịch số 04/2006/TTLT-KHĐT-UBTWMTTQVN-TC"),
 D("Kế hoạch", "156", "KH-MTTQ-BTT", "2012-04-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 156/KH-MTTQ-BTT ngày 5/4/2012")],
[prov("Nghệ An"), com("Châu Kim"), com("Tam Hợp")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN", "Bạn đang ở: Trang chủ > Hoạt động Mặt trận > Giám sát và phản biện xã hội",
 "Quang cảnh lớp tập huấn tại thị xã Thái Hòa. Ảnh: Hữu Nghĩa", "Quy chế giám sát đầu tư của cộng đồng", "Số lượt truy cập: 58.412"],
["Cập nhật: 14:20, 22/05/2012 (GMT+7)", "2 ngày 21 và 22/5", "năm 2011", "năm 2012", "Số lượt truy cập: 58.412"]))

PAGES.append(page("b4447-quangnam-tttn-tongket-2013", """
BÁO QUẢNG NAM - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam
Thời sự | Chính trị | Mặt trận - Đoàn thể
08:15 | 27/12/2013
"Tai mắt" của dân ở cơ sở
(QNO) - Chiều 26/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết hoạt động của Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng năm 2013. Dự hội nghị có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Trần Văn Mười, Alăng Thị Hoa; ông Huỳnh Tấn Lực, Phó Chánh Thanh tra tỉnh.
Toàn cảnh hội nghị tổng kết. Ảnh: V.Anh
Năm 2013, 241 Ban Thanh tra nhân dân (TTND) ở xã, phường, thị trấn với 1.870 thành viên đã tiến hành 3.215 cuộc giám sát, tiếp nhận 412 đơn thư khiếu nại, tố cáo, kiến nghị của công dân; đã kiến nghị giải quyết 397 đơn, đạt 96,4%. Qua giám sát, các Ban TTND phát hiện 64 vụ việc sai phạm, kiến nghị thu hồi cho Nhà nước và nhân dân gần 1,26 tỷ đồng. Ban Giám sát đầu tư của cộng đồng ở 209 xã giám sát 688 công trình, trong đó có 41 công trình xây dựng nông thôn mới.
Đáng chú ý, Ban TTND xã Điện Phương phát hiện việc thu quỹ xây dựng giao thông nông thôn vượt 35.000 đồng/khẩu so với nghị quyết HĐND xã; Ban TTND xã A Tiêng kiến nghị làm rõ việc cấp phát 2.400 kg giống lúa hỗ trợ đồng bào Cơ Tu. Ông Bhling Mia, Trưởng ban TTND xã A Tiêng, cho biết Ban đã vận động bà con tự giải quyết 9 vụ tranh chấp đất rẫy tại thôn.
Tuy vậy, theo bà Phan Thị Hòa Nhạn, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, ở một số địa phương, chính quyền chưa gửi kết luận giải quyết đơn thư cho Ban TTND; 31 xã chưa bố trí đủ kinh phí hoạt động cho Ban theo quy định.
Phát biểu kết luận, đồng chí Trần Văn Mười đề nghị các cấp Mặt trận quán triệt Chỉ thị 17, 18-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường giám sát ở cơ sở và chuẩn bị triển khai Quyết định số 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát, phản biện xã hội và Quy định về việc Mặt trận, đoàn thể góp ý xây dựng Đảng, xây dựng chính quyền.
Nhiều đại biểu kiến nghị tỉnh sớm ban hành quy định mức chi cụ thể cho Ban TTND, Ban GSĐTCĐ; có cơ chế bảo vệ thành viên khi giám sát các công trình lớn; đồng thời đưa kết quả giám sát vào tiêu chí đánh giá, xếp loại chính quyền cơ sở hằng năm.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 18 tập thể và 25 cá nhân có thành tích xuất sắc trong hoạt động TTND, giám sát đầu tư của cộng đồng năm 2013.
VĂN ANH
Lượt đọc: 2.306
Tin cùng chuyên mục
- Núi Thành: 100% khu dân cư tổ chức Ngày hội Đại đoàn kết (20/12/2013)
- Hội LHPN tỉnh tổng kết công tác Hội năm 2013 (18/12/2013)
- Tây Giang vận động đồng bào bỏ hủ tục (12/12/2013)
""", "2013-12-27", "\"Tai mắt\" của dân ở cơ sở",
E("tong_ket", "2013", "2013-12-26"),
[P("Trần Văn Mười", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Alăng Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Tấn Lực", "Phó Chánh Thanh tra tỉnh"),
 P("Bhling Mia", "Trưởng ban TTND xã A Tiêng"),
 P("Phan Thị Hòa Nhạn", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("241 Ban Thanh tra nhân dân", 241, "Ban Thanh tra nhân dân"), Q("1.870 thành viên", 1870, "thành viên"),
 Q("3.215 cuộc giám sát", 3215, "cuộc giám sát"), Q("412 đơn thư khiếu nại, tố cáo, kiến nghị", 412, "đơn thư khiếu nại, tố cáo, kiến nghị"),
 Q("397 đơn", 397, "đơn"), Q("96,4%", 96.4, "%"), Q("64 vụ việc sai phạm", 64, "vụ việc sai phạm"),
 Q("gần 1,26 tỷ đồng", 1260000000, "đồng", "approx"), Q("209 xã", 209, "xã"), Q("688 công trình", 688, "công trình"),
 Q("41 công trình xây dựng nông thôn mới", 41, "công trình xây dựng nông thôn mới"), Q("35.000 đồng", 35000, "đồng"),
 Q("2.400 kg", 2400, "kg"), Q("9 vụ tranh chấp đất rẫy", 9, "vụ tranh chấp đất rẫy"), Q("31 xã", 31, "xã"),
 Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013")],
[prov("Quảng Nam"), com("Điện Phương"), com("A Tiêng")],
["BÁO QUẢNG NAM - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam", "Thời sự | Chính trị | Mặt trận - Đoàn thể",
 "Toàn cảnh hội nghị tổng kết. Ảnh: V.Anh", "(QNO)", "Quy chế giám sát, phản biện xã hội", "Lượt đọc: 2.306"],
["08:15 | 27/12/2013", "năm 2013", "Lượt đọc: 2.306"]))

PAGES.append(page("b4448-daklak-gsdtcd-giamsat-2014", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Trang chủ › Xã hội › Dân chủ cơ sở
Thứ Năm, 18/09/2014 - 16:40
Giám sát từng mét đường bê tông ở buôn Ko Tam
Sáng 16/9, Ban Giám sát đầu tư của cộng đồng (GSĐTCĐ) xã Ea Tu phối hợp với Ban Thanh tra nhân dân xã tổ chức giám sát công trình đường giao thông nông thôn buôn Ko Tam. Công trình dài 1,8 km, tổng mức đầu tư hơn 4,65 tỷ đồng, trong đó nhân dân đóng góp 620 triệu đồng và hiến trên 3.000 m2 đất.
Thành viên Ban GSĐTCĐ kiểm tra độ dày mặt đường. Ảnh: Hoàng Gia
Đây là 1 trong 7 công trình giao thông nông thôn của thành phố Buôn Ma Thuột được đầu tư trong năm 2014 từ nguồn vốn ngân sách tỉnh Đắk Lắk và đóng góp của nhân dân.
Tham gia đoàn giám sát có ông Y Blang Niê, Trưởng ban GSĐTCĐ xã Ea Tu; bà H'Lim Mlô, Phó Chủ tịch Ủy ban MTTQ xã, Phó Trưởng ban; ông Ama Hoan (Y Hoan Êban), người có uy tín buôn Ko Tam cùng đại diện 230 hộ dân hưởng lợi. Đoàn đã đối chiếu hồ sơ thiết kế được phê duyệt tại Quyết định số 1295/QĐ-UBND ngày 12/6/2014 của UBND thành phố với thực tế thi công.
Qua khoan kiểm tra 6 điểm, đoàn phát hiện 2 điểm mặt bê tông chỉ dày 16 cm, thiếu 2 cm so với thiết kế; một đoạn rãnh thoát nước khoảng 40 m chưa được xây theo hồ sơ. Ban GSĐTCĐ đã lập biên bản, kiến nghị chủ đầu tư yêu cầu nhà thầu khắc phục trước khi nghiệm thu.
Ông Nguyễn Hữu Tâm, Phó Chủ tịch UBND xã Ea Tu, Phó Trưởng ban Quản lý dự án xã ghi nhận và cam kết chỉ đạo nhà thầu làm lại đoạn hư hỏng trong 15 ngày. Đại diện nhà thầu cũng chấp thuận tạm dừng thanh toán 10% giá trị hợp đồng cho đến khi khắc phục xong.
Theo ông Y Blang Niê, thực hiện Quyết định số 80/2005/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 03/KH-GSĐTCĐ ngày 5/9/2014 của Ban GSĐTCĐ xã, từ đầu năm đến nay Ban đã giám sát 5 công trình với tổng vốn gần 9 tỷ đồng; nhờ có sự giám sát của cộng đồng mà bà con trong buôn tin tưởng, sẵn sàng góp công, góp đất. Bà H'Lim Mlô cho biết thêm, Ủy ban MTTQ xã sẽ đưa kết quả giám sát ra các buổi sinh hoạt buôn để nhân dân cùng theo dõi.
Già làng Y Kuê Byă, buôn Ko Tam nói: "Đường làm bằng tiền của Nhà nước, có cả công sức, đất đai của bà con, nên bà con phải được biết làm thế nào, làm có đúng không". Theo ông, từ khi có Ban GSĐTCĐ, người dân trong buôn mạnh dạn phản ánh với cán bộ những chỗ làm chưa đúng, chưa tốt, không còn tâm lý "việc của nhà nước".
Cũng theo Ủy ban MTTQ thành phố, năm 2014 toàn thành phố có 21 Ban GSĐTCĐ xã, phường với 147 thành viên; trong 8 tháng đầu năm đã giám sát 64 công trình, phát hiện 9 công trình có sai sót, kiến nghị khắc phục kịp thời.
Hoàng Gia
Lượt xem: 947
Tin liên quan
- Krông Pắc: hơn 200 cán bộ được tập huấn giám sát đầu tư cộng đồng (02/09/2014)
- Buôn Đôn: nhân dân hiến đất làm đường (25/08/2014)
- Cư M'gar sơ kết Quy chế dân chủ ở cơ sở (14/08/2014)
""", "2014-09-18", "Giám sát từng mét đường bê tông ở buôn Ko Tam",
E("giam_sat", None, "2014-09-16"),
[P("Y Blang Niê", "Trưởng ban GSĐTCĐ xã Ea Tu"),
 P("H'Lim Mlô", "Phó Chủ tịch Ủy ban MTTQ xã", "Phó Trưởng ban"),
 P("Y Hoan Êban", "người có uy tín buôn Ko Tam"),
 P("Nguyễn Hữu Tâm", "Phó Chủ tịch UBND xã Ea Tu", "Phó Trưởng ban Quản lý dự án xã"),
 P("Y Kuê Byă", "Già làng")],
[Q("1,8 km", 1.8, "km"), Q("hơn 4,65 tỷ đồng", 4650000000, "đồng", "over"), Q("620 triệu đồng", 620000000, "đồng"),
 Q("trên 3.000 m2", 3000, "m2", "over"), Q("230 hộ dân", 230, "hộ dân"), Q("6 điểm", 6, "điểm"), Q("2 điểm", 2, "điểm"),
 Q("16 cm", 16, "cm"), Q("2 cm", 2, "cm"), Q("khoảng 40 m", 40, "m", "approx"), Q("10%", 10, "%"),
 Q("5 công trình", 5, "công trình"), Q("gần 9 tỷ đồng", 9000000000, "đồng", "approx"),
 Q("7 công trình giao thông nông thôn", 7, "công trình giao thông nông thôn"), Q("21 Ban GSĐTCĐ xã, phường", 21, "Ban GSĐTCĐ xã, phường"),
 Q("147 thành viên", 147, "thành viên"), Q("64 công trình", 64, "công trình"), Q("9 công trình", 9, "công trình")],
[D("Quyết định", "1295", "QĐ-UBND", "2014-06-12", "UBND thành phố", "Quyết định số 1295/QĐ-UBND ngày 12/6/2014"),
 D("Quyết định", "80", "2005/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 80/2005/QĐ-TTg"),
 D("Kế hoạch", "03", "KH-GSĐTCĐ", "2014-09-05", "Ban GSĐTCĐ xã", "Kế hoạch số 03/KH-GSĐTCĐ ngày 5/9/2014")],
[prov("Đắk Lắk"), com("Ea Tu")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Trang chủ › Xã hội › Dân chủ cơ sở", "Thành viên Ban GSĐTCĐ kiểm tra độ dày mặt đường. Ảnh: Hoàng Gia",
 "Ama Hoan", "Lượt xem: 947"],
["Thứ Năm, 18/09/2014 - 16:40", "15 ngày", "8 tháng đầu năm", "Lượt xem: 947"]))

PAGES.append(page("b4449-soctrang-tttn-soket-2015", """
ỦY BAN MTTQ VIỆT NAM TỈNH SÓC TRĂNG
Trang chủ :: Tin tức :: Hoạt động Mặt trận cơ sở
Ngày đăng 29/07/2015 | 10:05
Mỹ Xuyên: Ban Thanh tra nhân dân góp phần giải quyết đơn thư ngay từ cơ sở
Ngày 27/7/2015, Ban Thường trực Ủy ban MTTQ huyện Mỹ Xuyên tổ chức hội nghị sơ kết hoạt động của Ban Thanh tra nhân dân (TTND) 6 tháng đầu năm 2015, triển khai nhiệm vụ 6 tháng cuối năm. Dự có ông Thạch Sô Phol, Phó Chủ tịch Ủy ban MTTQ tỉnh; các Phó Chủ tịch Ủy ban MTTQ huyện: Lâm Thị Sa Phiên, Dương Văn Bảy và 48 đại biểu là Trưởng ban TTND, Trưởng ban GSĐTCĐ các xã, thị trấn.
Ông Thạch Sô Phol phát biểu tại hội nghị.
Theo báo cáo, 6 tháng qua, 11 Ban TTND trong huyện đã tổ chức 57 cuộc giám sát việc thực hiện chính sách hỗ trợ hộ nghèo, hộ cận nghèo, việc bình xét 1.240 hộ nghèo, hộ cận nghèo và việc xây dựng 86 căn nhà đại đoàn kết; tiếp nhận 39 đơn thư, trong đó 33 đơn đã được hòa giải hoặc chuyển cơ quan có thẩm quyền giải quyết, đạt 84,6%. Ban TTND xã Tham Đôn kiến nghị điều chỉnh 7 hộ không đủ điều kiện ra khỏi danh sách hộ nghèo; Ban TTND thị trấn Mỹ Xuyên phát hiện 1 điểm bán hàng trong chợ thu phí sai quy định.
Các Ban GSĐTCĐ đã giám sát 19 công trình, dự án với tổng vốn trên 21,5 tỷ đồng, chủ yếu là đường giao thông nông thôn, cầu bê tông và 4 trường học; qua đó kiến nghị chủ đầu tư khắc phục 5 hạng mục chưa đúng thiết kế.
Đánh giá chung, hoạt động của Ban TTND ở Mỹ Xuyên đã đi vào nền nếp hơn so với cùng kỳ; nhiều vụ việc được phát hiện, hòa giải ngay tại khóm, ấp, không để phát sinh thành điểm nóng. Tuy nhiên, vẫn còn 3 xã chưa bố trí phòng làm việc cho Ban; việc phản hồi kết quả giải quyết kiến nghị có nơi còn chậm, có kiến nghị sau 2 tháng mới được trả lời.
Tại hội nghị, các ý kiến tham luận của ông Lý Sa Rây, Trưởng ban TTND xã Hòa Tú 1 và bà Thạch Thị Mỹ Dung, Trưởng ban GSĐTCĐ xã Gia Hòa 2 nêu kinh nghiệm bám sát khóm, ấp, phối hợp với Tổ hòa giải; đề nghị UBND xã trả lời bằng văn bản các kiến nghị của Ban TTND theo Nghị định số 99/2005/NĐ-CP.
Phát biểu chỉ đạo, ông Thạch Sô Phol đề nghị 6 tháng cuối năm các Ban TTND tiếp tục thực hiện Hướng dẫn số 22/HD-MTTQ-BTT ngày 10/3/2015 của Ban Thường trực Ủy ban MTTQ tỉnh; tập trung giám sát việc thực hiện Chỉ thị 03, 04-CT/HU của Ban Thường vụ Huyện ủy về xây dựng nông thôn mới và giải quyết đơn thư tồn đọng, phấn đấu 100% đơn thư thuộc thẩm quyền được giải quyết dứt điểm. Ban Thường trực Ủy ban MTTQ tỉnh Sóc Trăng sẽ chọn Mỹ Xuyên làm điểm để rút kinh nghiệm nhân rộng cách làm trong toàn tỉnh.
Sơn Nhung
Lượt xem: 612
Tin khác
- Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách bảo hiểm y tế (20/07/2015)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 9, khóa VIII (10/07/2015)
- Kế Sách trao 15 căn nhà Đại đoàn kết (30/06/2015)
""", "2015-07-29", "Mỹ Xuyên: Ban Thanh tra nhân dân góp phần giải quyết đơn thư ngay từ cơ sở",
E("so_ket", "2015-H1", "2015-07-27"),
[P("Thạch Sô Phol", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lâm Thị Sa Phiên", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Dương Văn Bảy", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Lý Sa Rây", "Trưởng ban TTND xã Hòa Tú 1"),
 P("Thạch Thị Mỹ Dung", "Trưởng ban GSĐTCĐ xã Gia Hòa 2")],
[Q("48 đại biểu", 48, "đại biểu"), Q("11 Ban TTND", 11, "Ban TTND"), Q("57 cuộc giám sát", 57, "cuộc giám sát"),
 Q("1.240 hộ nghèo, hộ cận nghèo", 1240, "hộ nghèo, hộ cận nghèo"), Q("86 căn nhà đại đoàn kết", 86, "căn nhà đại đoàn kết"),
 Q("39 đơn thư", 39, "đơn thư"), Q("33 đơn", 33, "đơn"), Q("84,6%", 84.6, "%"), Q("7 hộ", 7, "hộ"),
 Q("19 công trình, dự án", 19, "công trình, dự án"), Q("trên 21,5 tỷ đồng", 21500000000, "đồng", "over"),
 Q("4 trường học", 4, "trường học"), Q("5 hạng mục", 5, "hạng mục"), Q("100% đơn thư", 100, "%"), Q("3 xã", 3, "xã")],
[D("Nghị định", "99", "2005/NĐ-CP", None, None, "Nghị định số 99/2005/NĐ-CP"),
 D("Hướng dẫn", "22", "HD-MTTQ-BTT", "2015-03-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 22/HD-MTTQ-BTT ngày 10/3/2015"),
 D("Chỉ thị", "03", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 03, 04-CT/HU"),
 D("Chỉ thị", "04", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 03, 04-CT/HU")],
[prov("Sóc Trăng"), com("Tham Đôn"), com("Mỹ Xuyên"), com("Hòa Tú 1"), com("Gia Hòa 2")],
["ỦY BAN MTTQ VIỆT NAM TỈNH SÓC TRĂNG", "Trang chủ :: Tin tức :: Hoạt động Mặt trận cơ sở",
 "Ông Thạch Sô Phol phát biểu tại hội nghị.", "Lượt xem: 612"],
["Ngày đăng 29/07/2015 | 10:05", "6 tháng đầu năm 2015", "6 tháng cuối năm", "6 tháng qua", "1 điểm bán hàng", "2 tháng", "Lượt xem: 612"]))

PAGES.append(page("b4450-laocai-tttn-baocao-2016", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI
Trang chủ / Giám sát - Phản biện / Thanh tra nhân dân
Thứ Sáu, 23/12/2016 - 08:50
Ảnh: Ban TTND xã Bản Lầu giám sát công trình thủy lợi.
Năm 2016, Ban Thanh tra nhân dân tiếp nhận 286 đơn thư
Ban Thường trực Ủy ban MTTQ tỉnh Lào Cai vừa ban hành Báo cáo số 215/BC-MTTQ-BTT ngày 20/12/2016 về kết quả hoạt động của Ban Thanh tra nhân dân (TTND) và Ban Giám sát đầu tư của cộng đồng năm 2016.
Theo báo cáo, toàn tỉnh hiện có 164 Ban TTND ở xã, phường, thị trấn với 1.156 thành viên, trong đó 412 thành viên là người dân tộc thiểu số; 100% Ban TTND đã được kiện toàn sau Đại hội Mặt trận cấp xã nhiệm kỳ 2014 - 2019. Trong năm, các Ban TTND đã tổ chức 728 cuộc giám sát; tiếp nhận 286 đơn thư, kiến nghị, đã phối hợp giải quyết 271 đơn thư, đạt 94,8%; phát hiện 37 vụ việc vi phạm, kiến nghị thu hồi trên 640 triệu đồng. Ban GSĐTCĐ ở 144 xã đã giám sát 512 công trình thuộc Chương trình 135 và Chương trình mục tiêu quốc gia xây dựng nông thôn mới, phát hiện 23 công trình thi công không đúng thiết kế.
Báo cáo nêu một số cách làm hiệu quả: Ban TTND xã Bản Lầu (huyện Mường Khương) do ông Lùng Văn Sáu, Phó Chủ tịch Ủy ban MTTQ xã, Trưởng ban TTND làm trưởng đoàn đã giám sát việc cấp phát 15 tấn gạo cứu đói giáp hạt cho 312 hộ; Ban TTND phường Kim Tân (thành phố Lào Cai) giám sát việc thu phí vệ sinh, kiến nghị trả lại cho 46 hộ kinh doanh số tiền thu thừa.
Ban Thường trực cũng chỉ ra hạn chế, nhất là ở các huyện vùng cao như Si Ma Cai, Bắc Hà, Mường Khương: kinh phí hỗ trợ Ban TTND ở nhiều xã vùng cao chỉ khoảng 3 triệu đồng/năm, chưa đủ cho hoạt động; một số thành viên là người Mông, người Dao chưa thông thạo tiếng phổ thông, khó tiếp cận hồ sơ dự án; có 17 kiến nghị của Ban TTND sau 30 ngày vẫn chưa được chính quyền trả lời.
Năm 2017, Ủy ban MTTQ tỉnh đề nghị UBND tỉnh chỉ đạo thực hiện nghiêm Nghị định số 159/2016/NĐ-CP ngày 29/11/2016 của Chính phủ quy định chi tiết Luật Thanh tra về tổ chức và hoạt động của Ban TTND, có hiệu lực từ ngày 15/01/2017, và Kế hoạch số 40-KH/TU của Tỉnh ủy về thực hiện Quyết định 217, 218-QĐ/TW của Bộ Chính trị. Bà Giàng Thị Dung, Phó Chủ tịch Ủy ban MTTQ tỉnh, Trưởng ban chỉ đạo hoạt động giám sát của Mặt trận tỉnh cho biết, năm tới sẽ mở 9 lớp tập huấn cho khoảng 700 thành viên Ban TTND, ưu tiên các xã đặc biệt khó khăn.
P.V
Số lượt xem: 403
Các tin khác
- Bảo Thắng: Hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân (19/12/2016)
- Ủy ban MTTQ tỉnh tổng kết công tác năm 2016 (15/12/2016)
- Sa Pa: giám sát việc thực hiện chính sách đối với người có uy tín (05/12/2016)
""", "2016-12-23", "Năm 2016, Ban Thanh tra nhân dân tiếp nhận 286 đơn thư",
E("bao_cao", "2016", "2016-12-20"),
[P("Lùng Văn Sáu", "Phó Chủ tịch Ủy ban MTTQ xã", "Trưởng ban TTND"),
 P("Giàng Thị Dung", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "Trưởng ban chỉ đạo hoạt động giám sát của Mặt trận tỉnh")],
[Q("164 Ban TTND", 164, "Ban TTND"), Q("1.156 thành viên", 1156, "thành viên"), Q("412 thành viên", 412, "thành viên"),
 Q("100% Ban TTND", 100, "%"), Q("728 cuộc giám sát", 728, "cuộc giám sát"),
 Q("286 đơn thư, kiến nghị", 286, "đơn thư, kiến nghị"), Q("271 đơn thư", 271, "đơn thư"), Q("94,8%", 94.8, "%"),
 Q("37 vụ việc vi phạm", 37, "vụ việc vi phạm"), Q("trên 640 triệu đồng", 640000000, "đồng", "over"), Q("144 xã", 144, "xã"),
 Q("512 công trình", 512, "công trình"), Q("23 công trình", 23, "công trình"), Q("15 tấn", 15, "tấn"),
 Q("312 hộ", 312, "hộ"), Q("17 kiến nghị", 17, "kiến nghị"), Q("46 hộ kinh doanh", 46, "hộ kinh doanh"), Q("khoảng 3 triệu đồng", 3000000, "đồng", "approx"),
 Q("9 lớp tập huấn", 9, "lớp tập huấn"), Q("khoảng 700 thành viên Ban TTND", 700, "thành viên Ban TTND", "approx")],
[D("Báo cáo", "215", "BC-MTTQ-BTT", "2016-12-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Báo cáo số 215/BC-MTTQ-BTT ngày 20/12/2016"),
 D("Nghị định", "159", "2016/NĐ-CP", "2016-11-29", "Chính phủ", "Nghị định số 159/2016/NĐ-CP ngày 29/11/2016"),
 D("Kế hoạch", "40", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 40-KH/TU"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW")],
[prov("Lào Cai"), com("Bản Lầu"), com("Kim Tân")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI", "Trang chủ / Giám sát - Phản biện / Thanh tra nhân dân",
 "Ảnh: Ban TTND xã Bản Lầu giám sát công trình thủy lợi.", "Chương trình 135", "Luật Thanh tra",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "P.V", "Số lượt xem: 403"],
["Thứ Sáu, 23/12/2016 - 08:50", "nhiệm kỳ 2014 - 2019", "Năm 2017", "ngày 15/01/2017", "30 ngày", "Số lượt xem: 403"]))
