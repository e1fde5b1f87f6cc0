from lib import *
PAGES = []

PAGES.append(page("b8021-danang-hlhpn-hoinghi-2011", """
HỘI LIÊN HIỆP PHỤ NỮ THÀNH PHỐ ĐÀ NẴNG
Trang chủ » Hoạt động Hội » Phụ nữ với môi trường
Thứ Sáu, 16/09/2011 - 09:30
Ảnh: Hội viên phụ nữ phường Thạc Gián hướng dẫn người dân phân loại rác.
Đà Nẵng: Hội nghị triển khai thí điểm phân loại rác tại nguồn năm 2011
Sáng 15/9, Hội Liên hiệp Phụ nữ thành phố phối hợp Sở Tài nguyên và Môi trường, Công ty Môi trường đô thị tổ chức hội nghị triển khai thí điểm phân loại rác tại nguồn năm 2011 tại 3 phường Thạc Gián, Hòa Cường Bắc và An Hải Tây. Bà Huỳnh Thị Thu Nguyệt, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Hội Liên hiệp Phụ nữ thành phố chủ trì hội nghị; dự có hơn 250 đại biểu là chi hội trưởng phụ nữ, tổ trưởng tổ dân phố.
Theo Kế hoạch số 112/KH-UBND ngày 18/7/2011 của UBND thành phố, từ tháng 10/2011 khoảng 4.600 hộ gia đình ở 3 phường sẽ được phát mỗi hộ 2 thùng đựng rác: thùng màu xanh đựng rác hữu cơ dễ phân hủy, thùng màu vàng đựng rác vô cơ. Công ty Môi trường đô thị bố trí 12 xe ba gác đạp và 2 xe ép rác chuyên dùng để thu gom riêng từng loại theo giờ cố định.
Bà Huỳnh Thị Thu Nguyệt phát biểu chỉ đạo hội nghị.
Ông Lê Văn Thọ, Phó Giám đốc Sở Tài nguyên và Môi trường, cho biết mỗi ngày thành phố phát sinh khoảng 650 tấn rác sinh hoạt, trong đó rác hữu cơ chiếm tới 60%. Nếu làm tốt việc phân loại, lượng rác đưa về bãi Khánh Sơn có thể giảm 25 - 30%, tiết kiệm chi phí chôn lấp.
Kinh phí thí điểm hơn 1,8 tỷ đồng từ ngân sách thành phố và tài trợ của tổ chức JICA (Nhật Bản). Mức phí vệ sinh đối với hộ gia đình vẫn giữ như cũ, 15.000 đồng/hộ/tháng ở các phường nội thành theo Quyết định số 45/2008/QĐ-UBND của UBND thành phố; hộ kinh doanh nộp theo khối lượng rác.
Thảo luận tại hội nghị, bà Nguyễn Thị Hoa, Chủ tịch Hội Phụ nữ phường Thạc Gián, đề nghị có tờ rơi, hình ảnh dễ hiểu dán tại từng tổ dân phố vì nhiều người cao tuổi chưa quen. Bà Trần Thị Lài, tổ trưởng tổ dân phố 14, phường Hòa Cường Bắc, lo ngại nếu xe thu gom đổ chung hai loại rác vào một xe thì người dân sẽ mất lòng tin.
Kết luận hội nghị, bà Huỳnh Thị Thu Nguyệt giao các cơ sở Hội thành lập 36 tổ phụ nữ tự quản về môi trường, mỗi chi hội nhận một tuyến đường "xanh - sạch - đẹp", gắn với cuộc vận động "Xây dựng gia đình 5 không, 3 sạch". Dịp này, Hội trao 200 bộ thùng rác cho hộ hội viên nghèo.
Theo ban tổ chức, sau 6 tháng thí điểm, thành phố sẽ đánh giá, rút kinh nghiệm trước khi mở rộng ra các quận khác. Các đại biểu đều cho rằng yếu tố quyết định là sự kiên trì của tổ dân phố và sự đồng bộ giữa khâu phân loại ở hộ gia đình với khâu thu gom, vận chuyển.
Thu Hà
Lượt xem: 1.204
Tin liên quan
- Phụ nữ Liên Chiểu ra quân làm sạch bãi biển (02/09/2011)
- 50 hộ nghèo quận Sơn Trà được hỗ trợ vốn vay (25/08/2011)
- Tập huấn kỹ năng truyền thông về môi trường cho cán bộ Hội (12/08/2011)
""", "2011-09-16", "Đà Nẵng: Hội nghị triển khai thí điểm phân loại rác tại nguồn năm 2011",
E("hoi_nghi", "2011", "2011-09-15"),
[P("Huỳnh Thị Thu Nguyệt", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Hội Liên hiệp Phụ nữ thành phố"),
 P("Lê Văn Thọ", "Phó Giám đốc Sở Tài nguyên và Môi trường"),
 P("Nguyễn Thị Hoa", "Chủ tịch Hội Phụ nữ phường Thạc Gián"),
 P("Trần Thị Lài", "tổ trưởng tổ dân phố 14")],
[Q("3 phường", 3, "phường"), Q("hơn 250 đại biểu", 250, "đại biểu", "over"),
 Q("khoảng 4.600 hộ gia đình", 4600, "hộ gia đình", "approx"), Q("2 thùng đựng rác", 2, "thùng đựng rác"),
 Q("12 xe ba gác đạp", 12, "xe ba gác đạp"), Q("2 xe ép rác chuyên dùng", 2, "xe ép rác chuyên dùng"),
 Q("khoảng 650 tấn", 650, "tấn", "approx"), Q("60%", 60, "%"), Q("25 - 30%", 25, "%"),
 Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"), Q("15.000 đồng", 15000, "đồng"),
 Q("36 tổ phụ nữ tự quản về môi trường", 36, "tổ phụ nữ tự quản về môi trường"), Q("200 bộ thùng rác", 200, "bộ thùng rác")],
[D("Kế hoạch", "112", "KH-UBND", "2011-07-18", "UBND thành phố", "Kế hoạch số 112/KH-UBND ngày 18/7/2011"),
 D("Quyết định", "45", "2008/QĐ-UBND", None, "UBND thành phố", "Quyết định số 45/2008/QĐ-UBND")],
[prov("Đà Nẵng"), com("Thạc Gián"), com("Hòa Cường Bắc"), com("An Hải Tây")],
["HỘI LIÊN HIỆP PHỤ NỮ THÀNH PHỐ ĐÀ NẴNG", "Trang chủ » Hoạt động Hội » Phụ nữ với môi trường",
 "Ảnh: Hội viên phụ nữ phường Thạc Gián hướng dẫn người dân phân loại rác.", "Bà Huỳnh Thị Thu Nguyệt phát biểu chỉ đạo hội nghị.",
 "JICA", "Khánh Sơn", "xanh - sạch - đẹp", "Xây dựng gia đình 5 không, 3 sạch", "Lượt xem: 1.204"],
["Thứ Sáu, 16/09/2011 - 09:30", "tháng 10/2011", "5 không, 3 sạch", "tổ dân phố 14", "Lượt xem: 1.204"]))

PAGES.append(page("b8022-hanoi-hoankiem-tongket-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀN KIẾM
Trang chủ > Tin tức > Tài nguyên - Môi trường
Cập nhật: 16:45, 27/12/2012 (GMT+7)
Phường Phan Chu Trinh tổng kết 5 năm phân loại rác tại nguồn
Chiều 26/12, UBND phường Phan Chu Trinh (quận Hoàn Kiếm) tổ chức hội nghị tổng kết công tác vệ sinh môi trường năm 2012 và 5 năm thực hiện mô hình phân loại rác tại nguồn theo Dự án 3R-HN.
Quang cảnh hội nghị. Ảnh: P.V
Báo cáo do ông Đỗ Minh Tuấn, Phó Chủ tịch UBND phường trình bày nêu rõ: năm 2012, 100% tổ dân phố của phường duy trì phân loại rác thành 2 loại; tỷ lệ hộ phân loại đúng đạt 71,5%, tăng gần 9% so với năm 2011. Lượng rác hữu cơ được chuyển về Nhà máy chế biến phế thải Cầu Diễn làm phân compost bình quân 3,2 tấn/ngày.
Toàn phường có 1.987 hộ và 312 cơ sở kinh doanh, dịch vụ; tổng số phí vệ sinh thu được trong năm hơn 612 triệu đồng, đạt 96% kế hoạch. Mức thu thực hiện theo Quyết định số 39/2012/QĐ-UBND ngày 30/11/2012 của UBND thành phố Hà Nội: 6.000 đồng/người/tháng đối với hộ gia đình ở các phường. Phường đã miễn phí cho 43 hộ nghèo và hộ chính sách.
Tại hội nghị, ông Nguyễn Quang Hưng, Tổ trưởng tổ dân phố số 7, kể lại: "Lúc đầu bà con than phiền vì phải để hai túi, nhưng sau 5 năm thì ai cũng quen tay, chiều nào cũng chờ tiếng kẻng". Bà Phạm Thị Thanh Mai, Chi hội trưởng Chi hội Phụ nữ tổ 12, đề nghị Công ty TNHH MTV Môi trường đô thị Hà Nội (URENCO) thu gom đúng giờ để rác không phải để qua đêm trên vỉa hè.
Đại diện URENCO, ông Trần Văn Khải, Giám đốc Xí nghiệp Môi trường đô thị số 1, thừa nhận có thời điểm xe thu gom đổ chung hai loại rác do thiếu xe và hứa từ quý I/2013 bố trí thêm 4 xe đẩy tay có vạch màu.
Phát biểu kết luận, bà Lê Thị Thu Hằng, Bí thư Đảng ủy, Chủ tịch UBND phường yêu cầu năm 2013 tiếp tục thực hiện Chỉ thị số 10/CT-UBND của UBND quận về đẩy mạnh xã hội hóa công tác vệ sinh môi trường, chấn chỉnh tình trạng đổ rác không đúng giờ và thu phí đúng, đủ. Dịp này, phường khen thưởng 15 tập thể và 27 cá nhân tiêu biểu, mỗi tập thể được thưởng 500.000 đồng.
Nhiều ý kiến tại hội nghị cho rằng việc phân loại rác chỉ bền vững khi người dân thấy được lợi ích thiết thực. Phường cần công khai kết quả thu phí, chi phí thu gom tại các buổi sinh hoạt tổ dân phố; đồng thời đưa tiêu chí phân loại rác vào bình xét gia đình văn hóa hằng năm. Một số hộ kinh doanh hàng ăn trên phố cổ vẫn để rác ra vỉa hè sau giờ thu gom, gây mất mỹ quan, cần được lực lượng trật tự đô thị nhắc nhở, xử lý nghiêm.
Minh Phương
Tin khác
- Hoàn Kiếm ra quân Tết trồng cây năm 2013 (20/12/2012)
- Phường Hàng Bạc tổng kết công tác dân số năm 2012 (18/12/2012)
- Cảnh báo tình trạng đổ trộm phế thải xây dựng (10/12/2012)
""", "2012-12-27", "Phường Phan Chu Trinh tổng kết 5 năm phân loại rác tại nguồn",
E("tong_ket", "2012", "2012-12-26"),
[P("Đỗ Minh Tuấn", "Phó Chủ tịch UBND phường"),
 P("Nguyễn Quang Hưng", "Tổ trưởng tổ dân phố số 7"),
 P("Phạm Thị Thanh Mai", "Chi hội trưởng Chi hội Phụ nữ tổ 12"),
 P("Trần Văn Khải", "Giám đốc Xí nghiệp Môi trường đô thị số 1"),
 P("Lê Thị Thu Hằng", "Bí thư Đảng ủy", "Chủ tịch UBND phường")],
[Q("100% tổ dân phố", 100, "%"), Q("2 loại", 2, "loại"), Q("71,5%", 71.5, "%"), Q("gần 9%", 9, "%", "approx"),
 Q("3,2 tấn", 3.2, "tấn"), Q("1.987 hộ", 1987, "hộ"), Q("312 cơ sở kinh doanh, dịch vụ", 312, "cơ sở kinh doanh, dịch vụ"),
 Q("hơn 612 triệu đồng", 612000000, "đồng", "over"), Q("96%", 96, "%"), Q("6.000 đồng", 6000, "đồng"),
 Q("43 hộ nghèo và hộ chính sách", 43, "hộ nghèo và hộ chính sách"), Q("4 xe đẩy tay", 4, "xe đẩy tay"),
 Q("15 tập thể", 15, "tập thể"), Q("27 cá nhân tiêu biểu", 27, "cá nhân tiêu biểu"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "39", "2012/QĐ-UBND", "2012-11-30", "UBND thành phố Hà Nội", "Quyết định số 39/2012/QĐ-UBND ngày 30/11/2012"),
 D("Chỉ thị", "10", "CT-UBND", None, "UBND quận", "Chỉ thị số 10/CT-UBND")],
[prov("Hà Nội"), com("Phan Chu Trinh")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀN KIẾM", "Trang chủ > Tin tức > Tài nguyên - Môi trường", "Quang cảnh hội nghị. Ảnh: P.V",
 "Dự án 3R-HN", "Nhà máy chế biến phế thải Cầu Diễn", "URENCO"],
["Cập nhật: 16:45, 27/12/2012 (GMT+7)", "5 năm", "năm 2012", "năm 2011", "năm 2013", "quý I/2013", "tổ dân phố số 7", "tổ 12", "số 1"]))

PAGES.append(page("b8023-quangninh-hdnd-giamsat-2013", """
HĐND TỈNH QUẢNG NINH - Cổng thông tin điện tử
Trang chủ / Hoạt động giám sát / Tin tức
11/10/2013 - 08:20
Ban Kinh tế - Ngân sách HĐND tỉnh giám sát việc thu phí vệ sinh và phân loại rác
Trong 2 ngày 9 và 10/10, Đoàn giám sát của Ban Kinh tế - Ngân sách HĐND tỉnh do ông Vũ Hồng Thanh, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh làm trưởng đoàn đã giám sát chuyên đề năm 2013 về việc thu, quản lý, sử dụng phí vệ sinh và thực hiện phân loại rác thải sinh hoạt tại thành phố Hạ Long, thành phố Cẩm Phả và thị xã Quảng Yên.
Đoàn giám sát làm việc tại phường Hồng Hải, thành phố Hạ Long.
Tham gia đoàn có các ông, bà: Đặng Thị Bích, Lý Văn Sềnh - Ủy viên Ban Kinh tế - Ngân sách HĐND tỉnh; ông Ngô Xuân Lộc, Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh.
Theo báo cáo của các địa phương, mức thu phí vệ sinh đang áp dụng theo Nghị quyết số 96/2013/NQ-HĐND ngày 12/7/2013 của HĐND tỉnh: hộ gia đình ở phường nộp 20.000 đồng/hộ/tháng, ở xã 10.000 đồng/hộ/tháng; hộ kinh doanh nhỏ từ 50.000 đến 150.000 đồng/tháng. 9 tháng năm 2013, thành phố Hạ Long thu được trên 14,6 tỷ đồng, đạt 78% dự toán; Cẩm Phả thu 5,2 tỷ đồng; Quảng Yên thu khoảng 1,1 tỷ đồng.
Tuy nhiên, qua giám sát cho thấy tỷ lệ thu phí ở khu vực xã, nhất là xã ven biển còn thấp, có nơi chỉ đạt 40%; việc thu phí chủ yếu giao cho tổ trưởng khu phố, trích lại 10% thù lao nhưng chưa có biên lai đúng quy định. Phân loại rác tại nguồn mới thí điểm ở 2 khu phố của phường Hồng Hải với 820 hộ tham gia; rác sau phân loại vẫn được chở chung về bãi rác Hà Khẩu.
Bà Hoàng Thị Phương, Phó Chủ tịch UBND phường Hồng Hải, kiến nghị tỉnh hỗ trợ thêm thùng chứa và xe thu gom chuyên dụng. Ông Bàn Văn Liểu, trưởng thôn Đồng Dằm, xã Quảng Nghĩa (thành phố Móng Cái), người Dao, cho biết bà con vùng cao đã tự đào 126 hố rác gia đình vì xe thu gom chưa vào được thôn.
Kết luận buổi giám sát, ông Vũ Hồng Thanh đề nghị UBND tỉnh sửa đổi Quyết định số 1532/QĐ-UBND ngày 26/6/2012 về phân cấp thu phí, công khai số thu, chi tại từng khu phố và nhân rộng mô hình phân loại rác trong năm 2014. Kết quả giám sát sẽ được báo cáo tại kỳ họp thứ 12 HĐND tỉnh khóa XII.
Cũng theo đoàn giám sát, tại tỉnh Quảng Ninh nguồn thu phí vệ sinh hiện mới bù đắp được một phần chi phí thu gom, vận chuyển; phần còn lại do ngân sách cấp. Một số khu phố chưa bố trí được điểm tập kết rác hợp lý, rác để lâu gây mùi, người dân phản ánh nhiều lần nhưng chưa được khắc phục dứt điểm.
Thanh Nga
Tin liên quan
- Thường trực HĐND tỉnh giám sát công tác giải phóng mặt bằng (03/10/2013)
- Ban Pháp chế khảo sát việc thi hành án dân sự (24/09/2013)
- Chuẩn bị kỳ họp thứ 12 HĐND tỉnh khóa XII (16/09/2013)
""", "2013-10-11", "Ban Kinh tế - Ngân sách HĐND tỉnh giám sát việc thu phí vệ sinh và phân loại rác",
E("giam_sat", "2013", "2013-10-09"),
[P("Vũ Hồng Thanh", "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh", "trưởng đoàn"),
 P("Đặng Thị Bích", "Ủy viên Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Lý Văn Sềnh", "Ủy viên Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Ngô Xuân Lộc", "Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
 P("Hoàng Thị Phương", "Phó Chủ tịch UBND phường Hồng Hải"),
 P("Bàn Văn Liểu", "trưởng thôn Đồng Dằm")],
[Q("20.000 đồng", 20000, "đồng"), Q("10.000 đồng", 10000, "đồng"), Q("từ 50.000 đến 150.000 đồng", 50000, "đồng"),
 Q("trên 14,6 tỷ đồng", 14600000000, "đồng", "over"), Q("78%", 78, "%"), Q("5,2 tỷ đồng", 5200000000, "đồng"),
 Q("khoảng 1,1 tỷ đồng", 1100000000, "đồng", "approx"), Q("40%", 40, "%"), Q("10%", 10, "%"),
 Q("2 khu phố", 2, "khu phố"), Q("820 hộ", 820, "hộ"), Q("126 hố rác gia đình", 126, "hố rác gia đình")],
[D("Nghị quyết", "96", "2013/NQ-HĐND", "2013-07-12", "HĐND tỉnh", "Nghị quyết số 96/2013/NQ-HĐND ngày 12/7/2013"),
 D("Quyết định", "1532", "QĐ-UBND", "2012-06-26", None, "Quyết định số 1532/QĐ-UBND ngày 26/6/2012")],
[prov("Quảng Ninh"), com("Hồng Hải"), com("Quảng Nghĩa")],
["HĐND TỈNH QUẢNG NINH - Cổng thông tin điện tử", "Trang chủ / Hoạt động giám sát / Tin tức",
 "Đoàn giám sát làm việc tại phường Hồng Hải, thành phố Hạ Long.", "Hà Khẩu"],
["11/10/2013 - 08:20", "2 ngày", "9 tháng năm 2013", "kỳ họp thứ 12", "khóa XII", "năm 2014"]))

PAGES.append(page("b8024-cantho-ninhkieu-doithoai-2014", """
Báo Cần Thơ Online
Thời sự | Chính quyền | Đô thị
08:15 | 22/08/2014
Đối thoại với người dân về thu phí rác và giờ thu gom
Ngày 21-8, UBND phường An Hòa, quận Ninh Kiều tổ chức buổi đối thoại năm 2014 giữa lãnh đạo phường với nhân dân về công tác thu gom rác, thu phí vệ sinh và phân loại rác tại nguồn. Ông Trương Công Danh, Chủ tịch UBND phường chủ trì; tham dự có gần 180 hộ dân đại diện 9 khu vực.
Người dân khu vực 4 nêu ý kiến tại buổi đối thoại.
Mở đầu, ông Trương Công Danh thông tin: phường có 6.140 hộ, trong đó 5.275 hộ đăng ký thu gom rác tận nhà với Công ty TNHH MTV Công trình công cộng Cần Thơ. Mức phí áp dụng từ ngày 1/1/2014 theo Quyết định số 34/2013/QĐ-UBND của UBND thành phố: hộ mặt tiền đường chính 20.000 đồng/tháng, hộ trong hẻm 12.000 đồng/tháng. Còn khoảng 14% số hộ chưa tham gia, chủ yếu sống ven rạch Cái Khế, vẫn đổ rác xuống sông.
Tại buổi đối thoại có 23 ý kiến của người dân. Bà Lê Thị Bé Năm, khu vực 4, phản ánh xe rác vào hẻm lúc 5 giờ chiều, đúng giờ người đi làm chưa về nên rác bị chó mèo bới. Ông Thạch Sô Phal, khu vực 7, người Khmer, đề nghị giảm phí cho hộ buôn bán nhỏ có thu nhập thấp. Ông Võ Văn Tám, Trưởng ban điều hành khu vực 2, đề nghị có thêm 2 điểm hẹn tập kết rác để xe vào hẻm nhỏ không được.
Trả lời người dân, ông Nguyễn Hữu Lộc, Giám đốc Xí nghiệp Vệ sinh đô thị quận Ninh Kiều, cho biết sẽ điều chỉnh lịch thu gom sang 6 giờ 30 tối ở 5 tuyến hẻm; bà Đặng Ngọc Hân, Phó Chủ tịch UBND phường, cho biết hộ nghèo được miễn phí theo quy định, hiện có 37 hộ nghèo được miễn.
Ông Trương Công Danh khẳng định phường sẽ phối hợp Hội Phụ nữ thí điểm phân loại rác tại nguồn ở khu vực 4 và khu vực 7 từ tháng 10; vận động 100% hộ ven rạch đăng ký thu gom trước Tết Nguyên đán; đồng thời kiến nghị quận xem xét mức phí cho hộ khó khăn.
Nhiều người dân bày tỏ đồng tình với chủ trương phân loại rác nhưng mong muốn phường hướng dẫn cụ thể, cấp túi đựng hoặc thùng chứa có màu riêng để dễ nhận biết. Một số hộ cho rằng mức phí hiện nay phù hợp, điều quan trọng là xe thu gom đến đúng giờ và công nhân không làm rơi vãi rác trên đường. Bà con khu vực ven rạch cũng đề nghị phường lắp thêm biển cấm đổ rác và camera giám sát tại các điểm nóng.
Buổi đối thoại diễn ra thẳng thắn, cởi mở. Những ý kiến thuộc thẩm quyền của quận, thành phố sẽ được phường tổng hợp, báo cáo và trả lời người dân bằng văn bản.
Hữu Phúc
Xem thêm
- Ninh Kiều: ra quân làm sạch rạch Khai Luông (15/08/2014)
- Phường Xuân Khánh đối thoại về chỉnh trang đô thị (07/08/2014)
- Cần Thơ tăng cường xử lý xả rác nơi công cộng (30/07/2014)
""", "2014-08-22", "Đối thoại với người dân về thu phí rác và giờ thu gom",
E("doi_thoai", "2014", "2014-08-21"),
[P("Trương Công Danh", "Chủ tịch UBND phường"),
 P("Lê Thị Bé Năm"),
 P("Thạch Sô Phal"),
 P("Võ Văn Tám", "Trưởng ban điều hành khu vực 2"),
 P("Nguyễn Hữu Lộc", "Giám đốc Xí nghiệp Vệ sinh đô thị quận Ninh Kiều"),
 P("Đặng Ngọc Hân", "Phó Chủ tịch UBND phường")],
[Q("gần 180 hộ dân", 180, "hộ dân", "approx"), Q("9 khu vực", 9, "khu vực"), Q("6.140 hộ", 6140, "hộ"),
 Q("5.275 hộ", 5275, "hộ"), Q("20.000 đồng", 20000, "đồng"), Q("12.000 đồng", 12000, "đồng"),
 Q("khoảng 14%", 14, "%", "approx"), Q("23 ý kiến", 23, "ý kiến"), Q("2 điểm hẹn tập kết rác", 2, "điểm hẹn tập kết rác"),
 Q("5 tuyến hẻm", 5, "tuyến hẻm"), Q("37 hộ nghèo", 37, "hộ nghèo"), Q("100% hộ ven rạch", 100, "%")],
[D("Quyết định", "34", "2013/QĐ-UBND", None, "UBND thành phố", "Quyết định số 34/2013/QĐ-UBND")],
[prov("Cần Thơ"), com("An Hòa")],
["Báo Cần Thơ Online", "Thời sự | Chính quyền | Đô thị", "Người dân khu vực 4 nêu ý kiến tại buổi đối thoại.", "Cái Khế"],
["08:15 | 22/08/2014", "khu vực 4", "khu vực 7", "5 giờ chiều", "6 giờ 30", "khu vực 2"]))

PAGES.append(page("b8025-hue-taphuan-phanloairac-2015", """
SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH THỪA THIÊN HUẾ
Bạn đang ở: Trang chủ › Tin hoạt động › Bảo vệ môi trường
14-05-2015 10:40
Ảnh: Học viên thực hành phân loại rác tại lớp tập huấn.
Tập huấn phân loại rác tại nguồn cho 120 tổ trưởng tổ dân phố
Trong 2 ngày 12 - 13/5/2015, Chi cục Bảo vệ môi trường phối hợp với Công ty TNHH NN MTV Môi trường và Công trình đô thị Huế (HEPCO) tổ chức lớp tập huấn năm 2015 về kỹ năng tuyên truyền, hướng dẫn phân loại rác tại nguồn cho 120 tổ trưởng tổ dân phố, chi hội trưởng phụ nữ thuộc các phường Vĩnh Ninh, Phú Hội và Thuận Thành.
Lớp tập huấn nằm trong Kế hoạch số 58/KH-UBND ngày 10/4/2015 của UBND tỉnh về thực hiện Đề án "Huế - Thành phố xanh, sạch, sáng" và Chương trình phân loại rác tại nguồn giai đoạn 2015 - 2020. Ông Hoàng Trọng Bảo, Phó Chi cục trưởng Chi cục Bảo vệ môi trường khai mạc lớp học.
Các học viên được nghe ThS. Nguyễn Đình Huy, giảng viên Trường Đại học Khoa học Huế, trình bày về tác hại của rác thải nhựa, cách ủ phân hữu cơ tại hộ gia đình bằng thùng composite 80 lít; kỹ sư Phan Thị Diệu Linh, Trưởng phòng Kỹ thuật HEPCO, hướng dẫn cách chia rác thành 3 nhóm: hữu cơ, tái chế và rác còn lại.
Hiện HEPCO thu gom bình quân 210 tấn rác mỗi ngày ở thành phố Huế, phí vệ sinh hộ gia đình từ 12.000 đến 20.000 đồng/hộ/tháng theo Quyết định số 2345/QĐ-UBND ngày 28/10/2014 của UBND tỉnh. Năm 2015, tỉnh hỗ trợ 3.000 thùng ủ phân hữu cơ cho các hộ tham gia thí điểm, tổng trị giá khoảng 1,35 tỷ đồng.
Theo khảo sát của Chi cục, khoảng 35% số hộ ở 3 phường đã biết cách phân loại nhưng chỉ 18% thực hiện thường xuyên. Nhiều học viên cho biết khó nhất là thói quen bỏ chung vào một túi và việc xe thu gom chưa tách riêng.
Bà Tôn Nữ Thị Hoài, Chủ tịch Hội Liên hiệp Phụ nữ phường Vĩnh Ninh, chia sẻ: "Chị em sẽ đi từng nhà, mỗi hội viên phụ trách 10 hộ để nhắc nhở". Kết thúc lớp học, 120 học viên được cấp giấy chứng nhận và bộ tài liệu hướng dẫn.
Theo lãnh đạo Chi cục, sau lớp tập huấn, các tổ trưởng sẽ trực tiếp hướng dẫn tới từng hộ gia đình trên địa bàn. Tỉnh Thừa Thiên Huế xác định phân loại rác tại nguồn là giải pháp căn cơ để giảm lượng rác chôn lấp, giữ gìn cảnh quan đô thị di sản. Các phường cũng được yêu cầu bố trí thời gian thu gom phù hợp với giờ sinh hoạt của người dân. Cuối năm, Chi cục sẽ tổ chức đánh giá, biểu dương những tổ dân phố làm tốt và nhân rộng mô hình ra các phường còn lại của thành phố Huế.
Ngọc Minh
Tin cùng chuyên mục
- Thừa Thiên Huế phát động Tháng hành động vì môi trường (05/05/2015)
- Ra quân làm sạch sông Hương (22/04/2015)
- Kiểm tra xả thải tại các khu công nghiệp (15/04/2015)
""", "2015-05-14", "Tập huấn phân loại rác tại nguồn cho 120 tổ trưởng tổ dân phố",
E("tap_huan", "2015", "2015-05-12"),
[P("Hoàng Trọng Bảo", "Phó Chi cục trưởng Chi cục Bảo vệ môi trường"),
 P("Nguyễn Đình Huy", "ThS.", "giảng viên Trường Đại học Khoa học Huế"),
 P("Phan Thị Diệu Linh", "kỹ sư", "Trưởng phòng Kỹ thuật HEPCO"),
 P("Tôn Nữ Thị Hoài", "Chủ tịch Hội Liên hiệp Phụ nữ phường Vĩnh Ninh")],
[Q("120 tổ trưởng tổ dân phố", 120, "tổ trưởng tổ dân phố"), Q("80 lít", 80, "lít"), Q("3 nhóm", 3, "nhóm"),
 Q("210 tấn", 210, "tấn"), Q("từ 12.000 đến 20.000 đồng", 12000, "đồng"), Q("3.000 thùng ủ phân hữu cơ", 3000, "thùng ủ phân hữu cơ"),
 Q("khoảng 1,35 tỷ đồng", 1350000000, "đồng", "approx"), Q("khoảng 35%", 35, "%", "approx"), Q("18%", 18, "%"),
 Q("10 hộ", 10, "hộ"), Q("3 phường", 3, "phường")],
[D("Kế hoạch", "58", "KH-UBND", "2015-04-10", "UBND tỉnh", "Kế hoạch số 58/KH-UBND ngày 10/4/2015"),
 D("Quyết định", "2345", "QĐ-UBND", "2014-10-28", "UBND tỉnh", "Quyết định số 2345/QĐ-UBND ngày 28/10/2014")],
[prov("Thừa Thiên Huế"), com("Vĩnh Ninh"), com("Phú Hội"), com("Thuận Thành")],
["SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH THỪA THIÊN HUẾ", "Bạn đang ở: Trang chủ › Tin hoạt động › Bảo vệ môi trường",
 "Ảnh: Học viên thực hành phân loại rác tại lớp tập huấn.", "HEPCO", "Huế - Thành phố xanh, sạch, sáng"],
["14-05-2015 10:40", "2 ngày", "giai đoạn 2015 - 2020", "Năm 2015", "năm 2015"]))

PAGES.append(page("b8026-bacninh-soket-6thang-2016", """
BÁO BẮC NINH ĐIỆN TỬ
Xã hội › Môi trường
Ngày đăng 08/07/2016 | 15:20
Từ Sơn: Thu gom rác tập trung đạt 95% sau nửa năm thực hiện đề án
Ngày 7/7, Ban Chỉ đạo Đề án thu gom, xử lý rác thải sinh hoạt thị xã Từ Sơn họp sơ kết 6 tháng đầu năm 2016, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Văn Phong, Phó Bí thư Thị ủy, Chủ tịch UBND thị xã, Trưởng Ban Chỉ đạo chủ trì.
Toàn cảnh hội nghị sơ kết.
Báo cáo của Phòng Tài nguyên và Môi trường cho thấy, sau 6 tháng triển khai Đề án số 03-ĐA/TU của Ban Thường vụ Thị ủy, tỷ lệ rác thải sinh hoạt được thu gom tập trung đạt 95%, tăng 11% so với cuối năm 2015. Thị xã đã thành lập 52 tổ thu gom rác với 316 công nhân vệ sinh, đầu tư 4 xe ép rác và 260 xe đẩy tay; toàn thị xã phát sinh khoảng 115 - 120 tấn rác/ngày.
Về phí vệ sinh, thị xã áp dụng mức 5.000 đồng/khẩu/tháng ở khu vực nông thôn và 8.000 đồng/khẩu/tháng ở các phường theo Quyết định số 528/2015/QĐ-UBND ngày 29/12/2015 của UBND tỉnh, đã thu được hơn 3,4 tỷ đồng, đạt 62% kế hoạch năm. Việc phân loại rác tại nguồn mới thí điểm ở 4 thôn, khu phố với gần 1.100 hộ.
Thảo luận tại hội nghị, các đồng chí Chủ tịch UBND phường: Nguyễn Thị Hương (Đồng Kỵ), Ngô Văn Tuyên (Châu Khê) nêu khó khăn vì rác thải làng nghề lẫn rác sinh hoạt, mạt cưa, phế liệu nhựa bị đổ chung. Ông Nguyễn Đức Thắng, Trưởng thôn Đa Hội, cho biết thôn đã thống nhất trong hương ước mức phạt 200.000 đồng đối với hộ vứt rác ra đường.
Đồng chí Nguyễn Văn Phong yêu cầu các xã, phường 6 tháng cuối năm phấn đấu thu phí đạt 100% kế hoạch, công khai danh sách hộ chưa nộp phí tại nhà văn hóa, đồng thời nhân rộng phân loại rác tại nguồn ra ít nhất 10 thôn, khu phố. Thị xã sẽ bố trí 1,2 tỷ đồng hỗ trợ các tổ thu gom mua bảo hộ lao động theo Kế hoạch 76/KH-UBND của UBND thị xã.
Theo đánh giá của Ban Chỉ đạo, kết quả bước đầu cho thấy đề án hợp lòng dân, được các tầng lớp nhân dân đồng tình hưởng ứng. Tuy nhiên, việc thu phí ở một số thôn còn chậm, chưa công khai; một số tổ thu gom chưa ký hợp đồng lao động, chưa được mua bảo hiểm cho người lao động. Tình trạng đổ rác bừa bãi ra ven đê, kênh mương nội đồng vẫn còn xảy ra.
Các đại biểu đề nghị tỉnh Bắc Ninh sớm có cơ chế hỗ trợ xây dựng lò đốt rác quy mô liên xã, vì bãi chôn lấp hiện nay đã quá tải. Nhiều ý kiến cũng mong muốn tăng cường vai trò giám sát của Mặt trận và các đoàn thể đối với việc thu, sử dụng phí vệ sinh.
Phạm Thắng
Tin khác
- Yên Phong: xử lý điểm tập kết rác tự phát (05/07/2016)
- Bắc Ninh ban hành kế hoạch bảo vệ môi trường làng nghề (28/06/2016)
- Quế Võ khánh thành lò đốt rác liên xã (20/06/2016)
""", "2016-07-08", "Từ Sơn: Thu gom rác tập trung đạt 95% sau nửa năm thực hiện đề án",
E("so_ket", "2016-H1", "2016-07-07"),
[P("Nguyễn Văn Phong", "Phó Bí thư Thị ủy", "Chủ tịch UBND thị xã", "Trưởng Ban Chỉ đạo"),
 P("Nguyễn Thị Hương", "Chủ tịch UBND phường"),
 P("Ngô Văn Tuyên", "Chủ tịch UBND phường"),
 P("Nguyễn Đức Thắng", "Trưởng thôn Đa Hội")],
[Q("95%", 95, "%"), Q("11%", 11, "%"), Q("52 tổ thu gom rác", 52, "tổ thu gom rác"), Q("316 công nhân vệ sinh", 316, "công nhân vệ sinh"),
 Q("4 xe ép rác", 4, "xe ép rác"), Q("260 xe đẩy tay", 260, "xe đẩy tay"), Q("khoảng 115 - 120 tấn", 115, "tấn", "approx"),
 Q("5.000 đồng", 5000, "đồng"), Q("8.000 đồng", 8000, "đồng"), Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"),
 Q("62%", 62, "%"), Q("4 thôn, khu phố", 4, "thôn, khu phố"), Q("gần 1.100 hộ", 1100, "hộ", "approx"),
 Q("200.000 đồng", 200000, "đồng"), Q("100% kế hoạch", 100, "%"), Q("ít nhất 10 thôn, khu phố", 10, "thôn, khu phố", "over"),
 Q("1,2 tỷ đồng", 1200000000, "đồng")],
[D("Đề án", "03", "ĐA/TU", None, "Ban Thường vụ Thị ủy", "Đề án số 03-ĐA/TU"),
 D("Quyết định", "528", "2015/QĐ-UBND", "2015-12-29", "UBND tỉnh", "Quyết định số 528/2015/QĐ-UBND ngày 29/12/2015"),
 D("Kế hoạch", "76", "KH-UBND", None, "UBND thị xã", "Kế hoạch 76/KH-UBND")],
[prov("Bắc Ninh"), com("Đồng Kỵ"), com("Châu Khê")],
["BÁO BẮC NINH ĐIỆN TỬ", "Xã hội › Môi trường", "Toàn cảnh hội nghị sơ kết.", "Đa Hội"],
["Ngày đăng 08/07/2016 | 15:20", "6 tháng đầu năm 2016", "6 tháng cuối năm", "cuối năm 2015", "sau 6 tháng"]))
