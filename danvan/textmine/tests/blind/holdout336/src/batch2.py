from lib import *
PAGES = []

PAGES.append(page("b8027-quangnam-hoian-traoqua-2017", """
HỘI AN - Cổng thông tin điện tử thành phố
Trang chủ >> Tin tức - Sự kiện >> Môi trường
Thứ Sáu, 24/03/2017
Trao 300 bộ thùng phân loại rác cho hộ dân xã Cẩm Thanh
Ảnh: Đại diện Hội Liên hiệp Phụ nữ thành phố trao thùng rác cho người dân thôn Thanh Nhứt.
Sáng 23/3, tại Nhà văn hóa thôn Thanh Nhứt, xã Cẩm Thanh, Hội Liên hiệp Phụ nữ thành phố Hội An phối hợp với Công ty TNHH MTV Công trình công cộng Hội An và tổ chức phi chính phủ Waste Wise trao 300 bộ thùng phân loại rác cho các hộ dân ven rừng dừa Bảy Mẫu, mỗi bộ gồm 2 thùng trị giá 350.000 đồng. Tổng giá trị các phần quà hơn 105 triệu đồng.
Dự lễ trao có bà Trần Thị Kim Hoa, Phó Chủ tịch UBND thành phố Hội An; bà Phạm Thị Thu Sương, Chủ tịch Hội Liên hiệp Phụ nữ thành phố; ông Huỳnh Văn Cúc, Bí thư Đảng ủy xã Cẩm Thanh cùng 300 hộ dân của 4 thôn Thanh Nhứt, Thanh Tam, Võng Nhi và Vạn Lăng.
Cẩm Thanh là xã du lịch sinh thái, mỗi ngày đón hàng nghìn lượt khách tham quan rừng dừa bằng thuyền thúng, lượng rác phát sinh khoảng 4 tấn/ngày. Từ năm 2016, xã đã thực hiện Kế hoạch số 17/KH-UBND của UBND xã về phân loại rác tại nguồn, đến nay có 1.460/1.820 hộ tham gia phân loại, đạt 80,2%. Rác hữu cơ được các hộ ủ làm phân bón cho vườn rau Trà Quế và vườn nhà; rác tái chế được các chi hội phụ nữ thu gom, bán lấy tiền gây quỹ.
Bà Phạm Thị Thu Sương cho biết, từ quỹ "Ve chai nuôi heo đất" của các chi hội, năm 2016 phụ nữ xã đã thu gom hơn 12 tấn phế liệu, được gần 38 triệu đồng, dùng để hỗ trợ 9 hội viên nghèo mua con giống và nộp phí vệ sinh thay cho 26 hộ khó khăn. Mức phí thu gom rác ở xã hiện là 15.000 đồng/hộ/tháng theo Quyết định số 3157/QĐ-UBND ngày 15/9/2016 của UBND tỉnh Quảng Nam.
Ông Trần Văn Hai, hộ dân thôn Thanh Tam, phấn khởi: "Trước đây nhà tôi đốt rác sau vườn, khói mù mịt. Có thùng rồi, tôi để rác nhựa riêng, lá cây với thức ăn thừa ủ cho gốc dừa".
Phát biểu tại buổi lễ, bà Trần Thị Kim Hoa đề nghị xã Cẩm Thanh phấn đấu đến cuối năm 2017 có 100% hộ dân phân loại rác, không còn tình trạng vứt rác xuống sông Thu Bồn; các cơ sở kinh doanh du lịch hạn chế dùng túi ni lông, ống hút nhựa theo tinh thần Chỉ thị 05/CT-UBND của UBND thành phố.
Dịp này, Công ty Công trình công cộng Hội An cũng tặng 20 xe đẩy tay cho tổ thu gom rác của xã.
Sau lễ trao, đoàn viên thanh niên và hội viên phụ nữ xã ra quân vớt rác dọc bờ sông, trong rừng dừa. Đây là hoạt động hưởng ứng Ngày Nước thế giới và Giờ Trái đất năm 2017, góp phần giữ gìn hình ảnh một Hội An xanh, sạch, thân thiện với du khách.
Thu Thảo
Tin liên quan
- Hội An: phát động "Ngày thứ Bảy không rác thải nhựa" (10/03/2017)
- Cù Lao Chàm 8 năm nói không với túi ni lông (01/03/2017)
- Ra mắt tổ phụ nữ thu gom ve chai ở phường Cẩm Châu (20/02/2017)
""", "2017-03-24", "Trao 300 bộ thùng phân loại rác cho hộ dân xã Cẩm Thanh",
E("trao_qua", None, "2017-03-23"),
[P("Trần Thị Kim Hoa", "Phó Chủ tịch UBND thành phố Hội An"),
 P("Phạm Thị Thu Sương", "Chủ tịch Hội Liên hiệp Phụ nữ thành phố"),
 P("Huỳnh Văn Cúc", "Bí thư Đảng ủy xã Cẩm Thanh"),
 P("Trần Văn Hai")],
[Q("300 bộ thùng phân loại rác", 300, "bộ thùng phân loại rác"), Q("2 thùng", 2, "thùng"), Q("350.000 đồng", 350000, "đồng"),
 Q("hơn 105 triệu đồng", 105000000, "đồng", "over"), Q("300 hộ dân", 300, "hộ dân"), Q("4 thôn", 4, "thôn"),
 Q("khoảng 4 tấn", 4, "tấn", "approx"), Q("1.460/1.820 hộ", 1460, "hộ"), Q("80,2%", 80.2, "%"),
 Q("hơn 12 tấn phế liệu", 12, "tấn", "over"), Q("gần 38 triệu đồng", 38000000, "đồng", "approx"),
 Q("9 hội viên nghèo", 9, "hội viên nghèo"), Q("26 hộ khó khăn", 26, "hộ khó khăn"), Q("15.000 đồng", 15000, "đồng"),
 Q("100% hộ dân", 100, "%"), Q("20 xe đẩy tay", 20, "xe đẩy tay")],
[D("Kế hoạch", "17", "KH-UBND", None, "UBND xã", "Kế hoạch số 17/KH-UBND"),
 D("Quyết định", "3157", "QĐ-UBND", "2016-09-15", "UBND tỉnh Quảng Nam", "Quyết định số 3157/QĐ-UBND ngày 15/9/2016"),
 D("Chỉ thị", "05", "CT-UBND", None, "UBND thành phố", "Chỉ thị 05/CT-UBND")],
[prov("Quảng Nam"), com("Cẩm Thanh")],
["HỘI AN - Cổng thông tin điện tử thành phố", "Trang chủ >> Tin tức - Sự kiện >> Môi trường",
 "Ảnh: Đại diện Hội Liên hiệp Phụ nữ thành phố trao thùng rác cho người dân thôn Thanh Nhứt.", "Waste Wise",
 "Bảy Mẫu", "Ve chai nuôi heo đất", "Ngày Nước thế giới", "Giờ Trái đất"],
["Thứ Sáu, 24/03/2017", "năm 2016", "cuối năm 2017", "năm 2017"]))

PAGES.append(page("b8028-hcm-quan5-giaoban-quy3-2018", """
ỦY BAN NHÂN DÂN QUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH
Vị trí: Trang chủ / Tin tức / Hoạt động quận
12.10.2018 | 14:05
Ảnh: Quang cảnh buổi giao ban.
Quận 5: giao ban công tác vệ sinh môi trường quý III
Chiều 11/10, Ban Chỉ đạo thực hiện phân loại chất thải rắn sinh hoạt tại nguồn quận 5 tổ chức giao ban công tác quý III năm 2018. Chủ trì có ông Lê Trương Hải Hiếu, Phó Bí thư Quận ủy, Chủ tịch UBND quận - Trưởng Ban Chỉ đạo và bà Nguyễn Thị Kim Thúy, Ủy viên Ban Thường vụ Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận.
Theo báo cáo của Phòng Tài nguyên và Môi trường, quý III/2018 toàn quận thu gom khoảng 13.800 tấn rác sinh hoạt, trong đó 2.950 tấn được phân loại thành rác hữu cơ và rác còn lại, chiếm 21,4%. Quận đã triển khai phân loại ở 15/15 phường theo Kế hoạch số 1832/KH-UBND ngày 12/4/2018 của UBND Thành phố và Chỉ thị số 19/CT-UBND ngày 17/7/2018 của UBND Thành phố về tăng cường công tác phân loại chất thải rắn sinh hoạt tại nguồn.
Đáng chú ý, trong quý, lực lượng thu gom rác dân lập đã ký hợp đồng với 31.240 hộ gia đình và 4.615 hộ kinh doanh; số hộ chưa đăng ký thu gom giảm từ 1.080 hộ xuống còn khoảng 420 hộ. Mức thu tiền dịch vụ thu gom tại hộ gia đình mặt tiền đường là 30.000 đồng/tháng, hộ trong hẻm 25.000 đồng/tháng. Tổng số tiền thu được trong quý hơn 4,1 tỷ đồng.
Các phó trưởng ban chỉ đạo: bà Trương Thị Hồng Vân, ông Phan Văn Dũng, ông Lý Chí Vĩnh - Phó Chủ tịch UBND quận lần lượt báo cáo tiến độ ở từng cụm phường. Bà Trương Thị Hồng Vân cho biết 70 xe đẩy tay 660 lít sơn hai màu đã được cấp cho các nghiệp đoàn thu gom; 6 điểm hẹn được cải tạo thành trạm trung chuyển kín.
Ông Mã Quốc Cường, Chủ tịch UBND phường 11, phản ánh nhiều người thu gom dân lập lớn tuổi, không có bảo hiểm xã hội, dễ bỏ nghề; ông Quách Văn Khánh, Trưởng khu phố 3, phường 14, đề nghị quận có biển hướng dẫn bằng cả tiếng Việt và tiếng Hoa để bà con người Hoa dễ hiểu.
Kết luận buổi giao ban, ông Lê Trương Hải Hiếu yêu cầu các phường trong quý IV tiếp tục thực hiện Kế hoạch số 2781/KH-UBND của UBND quận, phấn đấu tỷ lệ phân loại đạt từ 25% trở lên vào cuối năm; Ủy ban MTTQ và các đoàn thể đưa nội dung phân loại rác vào cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Các phường phải rà soát từng hộ chưa đăng ký thu gom, không để tình trạng bỏ rác lên nắp cống, chân cột điện.
Quận 5 là một trong những quận triển khai sớm chủ trương phân loại rác của Thành phố Hồ Chí Minh. Ông cũng giao Phòng Tài nguyên và Môi trường phối hợp Công ty TNHH MTV Dịch vụ công ích quận 5 điều chỉnh lộ trình xe ép rác, không để xe thu gom rác đã phân loại đổ chung vào một xe.
Hồng Đào
Bài viết liên quan
- Phường 7 ra mắt mô hình "Hẻm xanh - sạch - đẹp" (05/10/2018)
- Quận 5 tổng kết Tháng hành động vì môi trường (20/06/2018)
- Người thu gom rác dân lập được tập huấn an toàn lao động (10/05/2018)
""", "2018-10-12", "Quận 5: giao ban công tác vệ sinh môi trường quý III",
E("giao_ban", "2018-Q3", "2018-10-11"),
[P("Lê Trương Hải Hiếu", "Phó Bí thư Quận ủy", "Chủ tịch UBND quận - Trưởng Ban Chỉ đạo"),
 P("Nguyễn Thị Kim Thúy", "Ủy viên Ban Thường vụ Quận ủy", "Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Trương Thị Hồng Vân", "phó trưởng ban chỉ đạo", "Phó Chủ tịch UBND quận"),
 P("Phan Văn Dũng", "phó trưởng ban chỉ đạo", "Phó Chủ tịch UBND quận"),
 P("Lý Chí Vĩnh", "phó trưởng ban chỉ đạo", "Phó Chủ tịch UBND quận"),
 P("Mã Quốc Cường", "Chủ tịch UBND phường 11"),
 P("Quách Văn Khánh", "Trưởng khu phố 3")],
[Q("khoảng 13.800 tấn", 13800, "tấn", "approx"), Q("2.950 tấn", 2950, "tấn"), Q("21,4%", 21.4, "%"),
 Q("15/15 phường", 15, "phường"), Q("31.240 hộ gia đình", 31240, "hộ gia đình"), Q("4.615 hộ kinh doanh", 4615, "hộ kinh doanh"),
 Q("1.080 hộ", 1080, "hộ"), Q("khoảng 420 hộ", 420, "hộ", "approx"), Q("30.000 đồng", 30000, "đồng"),
 Q("25.000 đồng", 25000, "đồng"), Q("hơn 4,1 tỷ đồng", 4100000000, "đồng", "over"),
 Q("70 xe đẩy tay", 70, "xe đẩy tay"), Q("660 lít", 660, "lít"), Q("6 điểm hẹn", 6, "điểm hẹn"),
 Q("từ 25% trở lên", 25, "%", "over")],
[D("Kế hoạch", "1832", "KH-UBND", "2018-04-12", "UBND Thành phố", "Kế hoạch số 1832/KH-UBND ngày 12/4/2018"),
 D("Chỉ thị", "19", "CT-UBND", "2018-07-17", "UBND Thành phố", "Chỉ thị số 19/CT-UBND ngày 17/7/2018"),
 D("Kế hoạch", "2781", "KH-UBND", None, "UBND quận", "Kế hoạch số 2781/KH-UBND")],
[prov("Hồ Chí Minh"), com("phường 11"), com("phường 14")],
["ỦY BAN NHÂN DÂN QUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH", "Vị trí: Trang chủ / Tin tức / Hoạt động quận", "Ảnh: Quang cảnh buổi giao ban.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["12.10.2018 | 14:05", "quý III năm 2018", "quý III/2018", "quý IV", "khu phố 3", "phường 11", "phường 14"]))

PAGES.append(page("b8029-lamdong-dalat-daihoi-htx-2019", """
BÁO LÂM ĐỒNG ONLINE
Kinh tế | Hợp tác xã - Doanh nghiệp
Cập nhật lúc 17:20 ngày 20/06/2019
HTX Dịch vụ môi trường Xuân Thọ đại hội thường niên, nâng mức thu phí rác lên 25.000 đồng
Ngày 19/6, Hợp tác xã Dịch vụ môi trường Xuân Thọ (thành phố Đà Lạt) tổ chức Đại hội thành viên thường niên năm 2019 với sự tham dự của 64/71 thành viên. Đại hội đã đánh giá kết quả hoạt động năm 2018 và thông qua phương án thu gom, phân loại rác tại nguồn năm 2019.
Quang cảnh đại hội. Ảnh: K.P
Dự đại hội có ông Đặng Trí Dũng, Phó Chủ tịch UBND thành phố Đà Lạt; bà Ka Thị Hương, Phó Chủ tịch Liên minh Hợp tác xã tỉnh Lâm Đồng; ông Nguyễn Văn Tám, Chủ tịch UBND xã Xuân Thọ.
Báo cáo của Hội đồng quản trị do ông Phạm Ngọc Lâm, Chủ tịch Hội đồng quản trị kiêm Giám đốc HTX trình bày cho biết, năm 2018 HTX thu gom rác cho 2.380 hộ dân và 46 nhà vườn trồng hoa, rau ở 9 thôn, bình quân 11 tấn rác/ngày. Tổng doanh thu đạt trên 820 triệu đồng, lợi nhuận sau thuế 57 triệu đồng; HTX giải quyết việc làm cho 18 lao động, trong đó có 5 người đồng bào K'Ho với thu nhập 5,5 - 6 triệu đồng/tháng.
Thực hiện Đề án phân loại rác tại nguồn trên địa bàn thành phố Đà Lạt, từ tháng 9/2018 HTX đã hướng dẫn các hộ phân thành rác hữu cơ và rác vô cơ; riêng bao bì thuốc bảo vệ thực vật của nhà vườn được thu gom riêng vào 34 bể chứa đặt tại đầu lô. Tỷ lệ hộ phân loại đúng đạt khoảng 65%.
Đại hội đã biểu quyết thông qua mức thu phí dịch vụ mới từ ngày 1/7/2019: hộ gia đình 25.000 đồng/tháng (tăng 5.000 đồng), nhà vườn từ 80.000 đến 200.000 đồng/tháng tùy diện tích, theo khung giá tại Quyết định số 52/2018/QĐ-UBND ngày 24/12/2018 của UBND tỉnh Lâm Đồng. Hộ nghèo, hộ cận nghèo tiếp tục được giảm 50% mức phí.
Nhiều thành viên phát biểu ý kiến. Bà Kơ Să Ha Thị Bích, thành viên HTX ở thôn Đa Lộc, đề nghị HTX hỗ trợ túi đựng rác hữu cơ cho các hộ đồng bào dân tộc thiểu số. Ông Liêng Jrang K'Brông, trưởng thôn Đa Lộc, cho biết bà con đã đào 120 hố ủ phân từ rác vườn.
Phát biểu chỉ đạo, ông Đặng Trí Dũng ghi nhận HTX là một trong những đơn vị đi đầu thực hiện Nghị quyết số 07-NQ/TU của Thành ủy Đà Lạt về bảo vệ môi trường, xây dựng thành phố xanh; đề nghị HTX đầu tư thêm 1 xe ép rác 7 tấn, mở rộng dịch vụ sang các xã lân cận.
Đại hội đã bầu bổ sung bà Ka Thị Hương Giang, Bí thư Chi đoàn thôn Đa Lộc, vào Ban Kiểm soát HTX.
Đại hội cũng thống nhất trích lập quỹ đầu tư phát triển, quỹ dự phòng và chia lãi cho thành viên theo mức độ sử dụng dịch vụ. Theo ban quản trị, HTX sẽ tiếp tục phối hợp chính quyền xã công khai danh sách hộ chưa nộp phí, đồng thời tặng giấy khen cho những thôn làm tốt việc phân loại rác. Nhiều thành viên kỳ vọng mô hình hợp tác xã tự quản sẽ được nhân rộng tại các xã vùng ven thành phố, nơi xe thu gom của công ty công ích chưa vào tới.
K'Phương
Tin khác
- Đà Lạt: 2.000 hộ đăng ký phân loại rác tại nguồn (10/06/2019)
- Lâm Đồng thành lập thêm 15 hợp tác xã mới (03/06/2019)
- Xử lý bao bì thuốc bảo vệ thực vật ở vùng rau Đơn Dương (25/05/2019)
""", "2019-06-20", "HTX Dịch vụ môi trường Xuân Thọ đại hội thường niên, nâng mức thu phí rác lên 25.000 đồng",
E("dai_hoi", "2019", "2019-06-19"),
[P("Đặng Trí Dũng", "Phó Chủ tịch UBND thành phố Đà Lạt"),
 P("Ka Thị Hương", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh Lâm Đồng"),
 P("Nguyễn Văn Tám", "Chủ tịch UBND xã Xuân Thọ"),
 P("Phạm Ngọc Lâm", "Chủ tịch Hội đồng quản trị kiêm Giám đốc HTX"),
 P("Kơ Să Ha Thị Bích", "thành viên HTX"),
 P("Liêng Jrang K'Brông", "trưởng thôn Đa Lộc"),
 P("Ka Thị Hương Giang", "Bí thư Chi đoàn thôn Đa Lộc")],
[Q("25.000 đồng", 25000, "đồng"), Q("64/71 thành viên", 64, "thành viên"), Q("2.380 hộ dân", 2380, "hộ dân"),
 Q("46 nhà vườn trồng hoa, rau", 46, "nhà vườn trồng hoa, rau"), Q("9 thôn", 9, "thôn"), Q("11 tấn", 11, "tấn"),
 Q("trên 820 triệu đồng", 820000000, "đồng", "over"), Q("57 triệu đồng", 57000000, "đồng"), Q("18 lao động", 18, "lao động"),
 Q("5 người đồng bào K'Ho", 5, "người đồng bào K'Ho"), Q("5,5 - 6 triệu đồng", 5500000, "đồng"),
 Q("34 bể chứa", 34, "bể chứa"), Q("khoảng 65%", 65, "%", "approx"), Q("5.000 đồng", 5000, "đồng"),
 Q("từ 80.000 đến 200.000 đồng", 80000, "đồng"), Q("50%", 50, "%"), Q("120 hố ủ phân", 120, "hố ủ phân"),
 Q("1 xe ép rác", 1, "xe ép rác"), Q("7 tấn", 7, "tấn")],
[D("Quyết định", "52", "2018/QĐ-UBND", "2018-12-24", "UBND tỉnh Lâm Đồng", "Quyết định số 52/2018/QĐ-UBND ngày 24/12/2018"),
 D("Nghị quyết", "07", "NQ/TU", None, "Thành ủy Đà Lạt", "Nghị quyết số 07-NQ/TU")],
[prov("Lâm Đồng"), com("Xuân Thọ")],
["BÁO LÂM ĐỒNG ONLINE", "Kinh tế | Hợp tác xã - Doanh nghiệp", "Quang cảnh đại hội. Ảnh: K.P",
 "Hợp tác xã Dịch vụ môi trường Xuân Thọ", "Đề án phân loại rác tại nguồn trên địa bàn thành phố Đà Lạt"],
["Cập nhật lúc 17:20 ngày 20/06/2019", "năm 2019", "năm 2018", "tháng 9/2018"]))

PAGES.append(page("b8030-bentre-chauthanh-baocao-2020", """
UBND HUYỆN CHÂU THÀNH - TỈNH BẾN TRE
Trang chủ | Tin tức - Sự kiện | Tài nguyên môi trường
Thứ Năm, 05/03/2020
Báo cáo kết quả thu gom, phân loại rác thải sinh hoạt năm 2019
Ngày 3/3/2020, UBND huyện Châu Thành ban hành Báo cáo số 86/BC-UBND về kết quả thực hiện công tác thu gom, vận chuyển, xử lý rác thải sinh hoạt và phân loại rác tại nguồn năm 2019. Cổng thông tin điện tử huyện trích đăng những nội dung chính.
Người dân xã Tân Thạch phân loại rác tại hộ gia đình. Ảnh minh họa
1. Kết quả thu gom, vận chuyển
Năm 2019, toàn huyện thu gom khoảng 9.850 tấn rác thải sinh hoạt, bình quân 27 tấn/ngày, tăng 8,6% so với năm 2018. Dịch vụ thu gom đã phủ đến 22/23 xã, thị trấn với 19.412 hộ đăng ký, đạt 41,3% tổng số hộ; riêng thị trấn Châu Thành đạt 96%. Rác được vận chuyển về Nhà máy xử lý chất thải rắn Bến Tre tại xã Hữu Định bằng 5 xe ép rác của Công ty Cổ phần Công trình đô thị Bến Tre.
2. Thu phí dịch vụ
Mức giá dịch vụ thu gom thực hiện theo Quyết định số 18/2019/QĐ-UBND ngày 12/4/2019 của UBND tỉnh Bến Tre: hộ gia đình ở thị trấn 20.000 đồng/tháng, ở xã 15.000 đồng/tháng; hộ buôn bán nhỏ 35.000 đồng/tháng. Tổng số tiền thu được trong năm là 3.286 triệu đồng, đạt 91,5% kế hoạch. Có 612 hộ nghèo được hỗ trợ 100% tiền dịch vụ từ nguồn ngân sách huyện.
3. Phân loại rác tại nguồn
Thực hiện Kế hoạch số 2113/KH-UBND ngày 20/5/2019 của UBND huyện, năm 2019 có 11 xã triển khai phân loại rác hữu cơ tại hộ gia đình để ủ phân bón cho vườn dừa, vườn cây ăn trái. Hội Nông dân và Hội Liên hiệp Phụ nữ huyện xây dựng 46 tổ tự quản, vận động 6.900 hộ đào hố rác, hố ủ phân; khoảng 2.000 hộ ở vùng sâu chưa có dịch vụ thu gom đã xử lý rác tại vườn đúng quy định.
4. Tồn tại, hạn chế
Một bộ phận người dân vẫn còn thói quen vứt rác xuống kênh rạch; số hộ đăng ký thu gom ở các xã cù lao còn thấp, có xã dưới 20%. Việc phân loại rác chưa đồng bộ giữa khâu thu gom và xử lý. Một số xã chưa bố trí kinh phí để mua thùng chứa rác nguy hại.
5. Nhiệm vụ năm 2020
Huyện phấn đấu tỷ lệ hộ đăng ký thu gom đạt trên 50%, 100% xã, thị trấn có mô hình phân loại rác tại nguồn; tiếp tục thực hiện Nghị quyết số 05-NQ/HU ngày 15/8/2018 của Ban Chấp hành Đảng bộ huyện về bảo vệ môi trường gắn với xây dựng nông thôn mới. Báo cáo do ông Võ Văn Tâm, Phó Chủ tịch UBND huyện ký.
Theo ông Nguyễn Minh Cảnh, Trưởng phòng Tài nguyên và Môi trường huyện, trong quý I/2020, huyện tập trung tuyên truyền trên hệ thống loa truyền thanh xã, vận động các tổ tự quản duy trì sinh hoạt hằng tháng và phối hợp Công ty Cổ phần Công trình đô thị Bến Tre mở thêm tuyến thu gom ở các xã ven sông Tiền.
Bảo Trân
Tin cùng chuyên mục
- Châu Thành ra quân Ngày Chủ nhật xanh (01/03/2020)
- Kiểm tra công tác bảo vệ môi trường tại các cơ sở chăn nuôi (20/02/2020)
- Huyện tổ chức hội nghị tổng kết phong trào nông dân năm 2019 (15/01/2020)
""", "2020-03-05", "Báo cáo kết quả thu gom, phân loại rác thải sinh hoạt năm 2019",
E("bao_cao", "2019", "2020-03-03"),
[P("Võ Văn Tâm", "Phó Chủ tịch UBND huyện"),
 P("Nguyễn Minh Cảnh", "Trưởng phòng Tài nguyên và Môi trường huyện")],
[Q("khoảng 9.850 tấn", 9850, "tấn", "approx"), Q("27 tấn", 27, "tấn"), Q("8,6%", 8.6, "%"),
 Q("22/23 xã, thị trấn", 22, "xã, thị trấn"), Q("19.412 hộ", 19412, "hộ"), Q("41,3%", 41.3, "%"), Q("96%", 96, "%"),
 Q("5 xe ép rác", 5, "xe ép rác"), Q("20.000 đồng", 20000, "đồng"), Q("15.000 đồng", 15000, "đồng"), Q("35.000 đồng", 35000, "đồng"),
 Q("3.286 triệu đồng", 3286000000, "đồng"), Q("91,5%", 91.5, "%"), Q("612 hộ nghèo", 612, "hộ nghèo"), Q("100% tiền dịch vụ", 100, "%"),
 Q("11 xã", 11, "xã"), Q("46 tổ tự quản", 46, "tổ tự quản"), Q("6.900 hộ", 6900, "hộ"), Q("khoảng 2.000 hộ", 2000, "hộ", "approx"),
 Q("dưới 20%", 20, "%", "approx"), Q("trên 50%", 50, "%", "over"), Q("100% xã, thị trấn", 100, "%")],
[D("Báo cáo", "86", "BC-UBND", None, "UBND huyện Châu Thành", "Báo cáo số 86/BC-UBND"),
 D("Quyết định", "18", "2019/QĐ-UBND", "2019-04-12", "UBND tỉnh Bến Tre", "Quyết định số 18/2019/QĐ-UBND ngày 12/4/2019"),
 D("Kế hoạch", "2113", "KH-UBND", "2019-05-20", "UBND huyện", "Kế hoạch số 2113/KH-UBND ngày 20/5/2019"),
 D("Nghị quyết", "05", "NQ/HU", "2018-08-15", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 05-NQ/HU ngày 15/8/2018")],
[prov("Bến Tre"), com("Tân Thạch"), com("Hữu Định"), com("Châu Thành")],
["UBND HUYỆN CHÂU THÀNH - TỈNH BẾN TRE", "Trang chủ | Tin tức - Sự kiện | Tài nguyên môi trường",
 "Người dân xã Tân Thạch phân loại rác tại hộ gia đình. Ảnh minh họa", "Nhà máy xử lý chất thải rắn Bến Tre"],
["Thứ Năm, 05/03/2020", "năm 2019", "năm 2018", "Nhiệm vụ năm 2020", "quý I/2020", "1. Kết quả thu gom, vận chuyển", "2. Thu phí dịch vụ",
 "3. Phân loại rác tại nguồn", "4. Tồn tại, hạn chế", "5. Nhiệm vụ năm 2020"]))

PAGES.append(page("b8031-daklak-buon-chanhung-khac-2020", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Trang chủ › Xã hội › Người tốt - việc tốt
2020-11-19 07:30
Ảnh: Chị H'Nga Niê (bên phải) hướng dẫn người dân buôn Kô Siêr bỏ rác vào thùng.
Người phụ nữ Êđê "gom rác, gom lòng dân" ở buôn Kô Siêr
Hơn 3 năm nay, sáng thứ Hai và thứ Năm hằng tuần, người dân buôn Kô Siêr, xã Ea Tu (thành phố Buôn Ma Thuột) lại quen với tiếng loa cầm tay của chị H'Nga Niê, Chi hội trưởng Chi hội Phụ nữ buôn, nhắc bà con mang rác đã phân loại ra đầu ngõ. Từ một buôn có rác vứt khắp bờ rào, đến nay Kô Siêr đã trở thành buôn "sáng, xanh, sạch" của xã.
Năm 2017, khi Hội Liên hiệp Phụ nữ xã Ea Tu phát động mô hình "Phụ nữ Êđê nói không với rác thải nhựa", chị H'Nga cùng 14 chị em trong chi hội đi từng nhà vận động. "Lúc đầu nhiều người nói rác để ngoài rẫy thì có sao đâu, sao phải trả tiền cho người ta chở đi", chị kể. Chị nhờ già làng Y Djă Mlô, người có uy tín trong buôn, đứng ra nói với bà con trong các buổi sinh hoạt cộng đồng ở nhà dài.
Nhờ vậy, từ 37 hộ ban đầu, đến nay 168/175 hộ của buôn đã đăng ký thu gom rác với mức phí 20.000 đồng/hộ/tháng; 7 hộ còn lại là hộ nghèo được chi hội dùng quỹ ve chai đóng thay. Rác hữu cơ, vỏ cà phê được bà con ủ làm phân bón cho gần 40 ha cà phê của buôn; chai nhựa, lon bia được gom riêng bán phế liệu.
Ông Y Khuê Byă, Bí thư Chi bộ buôn Kô Siêr, cho biết quỹ ve chai của chi hội phụ nữ mỗi năm thu được khoảng 6 - 7 triệu đồng, ngoài đóng phí thay cho hộ nghèo còn mua sách vở tặng học sinh khó khăn. Bà H'Bla Êban, Chủ tịch Hội Liên hiệp Phụ nữ xã Ea Tu, đánh giá cách làm của chi hội buôn Kô Siêr đã được nhân rộng ra 6 buôn khác trong xã.
Ông Lê Đại Thắng, Phó Chủ tịch UBND thành phố Buôn Ma Thuột, cho biết thành phố đang xây dựng đề án phân loại rác tại nguồn giai đoạn 2021 - 2025 và sẽ học tập cách làm của các buôn đồng bào dân tộc thiểu số như Kô Siêr. Theo ông, điều quý nhất không phải là số tiền phí thu được mà là thói quen mới của người dân.
Năm 2019, chị H'Nga Niê vinh dự được UBND tỉnh Đắk Lắk tặng Bằng khen vì có thành tích xuất sắc trong phong trào thi đua "Toàn dân đoàn kết xây dựng đời sống văn hóa". Với chị, phần thưởng lớn nhất là con đường vào buôn giờ sạch bóng, bọn trẻ đi học không còn phải né những bao rác bốc mùi.
Nhìn những hàng rào hoa dâm bụt, những gốc cà phê được vun phân hữu cơ, bà con trong buôn hiểu rằng sạch rác cũng là giữ gìn rừng, giữ gìn nguồn nước, giữ nếp sống của ông bà xưa. Chị H'Nga tâm sự, chị mong sớm có thêm thùng rác công cộng ở bến nước và nhà văn hóa của buôn để các buổi lễ hội cồng chiêng không còn để lại rác.
H'Xíu
Tin khác
- Krông Pắc: 500 hộ đồng bào tham gia phân loại rác (12/11/2020)
- Buôn Ma Thuột đẩy mạnh thu gom rác ở các buôn ven đô (05/11/2020)
- Gương sáng người có uy tín ở Ea Súp (28/10/2020)
""", "2020-11-19", "Người phụ nữ Êđê \"gom rác, gom lòng dân\" ở buôn Kô Siêr",
E("khac", None, None),
[P("H'Nga Niê", "Chi hội trưởng Chi hội Phụ nữ buôn"),
 P("Y Djă Mlô", "già làng", "người có uy tín trong buôn"),
 P("Y Khuê Byă", "Bí thư Chi bộ buôn Kô Siêr"),
 P("H'Bla Êban", "Chủ tịch Hội Liên hiệp Phụ nữ xã Ea Tu"),
 P("Lê Đại Thắng", "Phó Chủ tịch UBND thành phố Buôn Ma Thuột")],
[Q("14 chị em", 14, "chị em"), Q("37 hộ", 37, "hộ"), Q("168/175 hộ", 168, "hộ"), Q("20.000 đồng", 20000, "đồng"),
 Q("7 hộ", 7, "hộ"), Q("gần 40 ha", 40, "ha", "approx"), Q("khoảng 6 - 7 triệu đồng", 6000000, "đồng", "approx"),
 Q("6 buôn", 6, "buôn")],
[],
[prov("Đắk Lắk"), com("Ea Tu")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Trang chủ › Xã hội › Người tốt - việc tốt",
 "Ảnh: Chị H'Nga Niê (bên phải) hướng dẫn người dân buôn Kô Siêr bỏ rác vào thùng.", "Kô Siêr", "sáng, xanh, sạch",
 "Phụ nữ Êđê nói không với rác thải nhựa", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "gom rác, gom lòng dân"],
["2020-11-19 07:30", "Hơn 3 năm", "Năm 2017", "giai đoạn 2021 - 2025", "Năm 2019"]))

PAGES.append(page("b8032-haiphong-lechan-giaoban-thang3-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN LÊ CHÂN - HẢI PHÒNG
Trang chủ :: Tin hoạt động :: Đô thị - Môi trường
Cập nhật: 02/04/2021 - 10:05
Ảnh: Đồng chí Vũ Thị Thanh Hương chủ trì giao ban.
Giao ban tháng 3: còn 9 phường thu phí vệ sinh dưới kế hoạch
Sáng 1/4, UBND quận Lê Chân tổ chức giao ban công tác vệ sinh môi trường và thu phí dịch vụ thu gom rác tháng 3/2021. Đồng chí Vũ Thị Thanh Hương, Quận ủy viên, Phó Chủ tịch UBND quận chủ trì; dự có lãnh đạo UBND 15 phường và Xí nghiệp Môi trường đô thị Lê Chân.
Theo báo cáo, trong tháng 3, Xí nghiệp đã thu gom, vận chuyển trên 4.200 tấn rác sinh hoạt; duy trì phân loại rác tại nguồn ở 2 phường thí điểm Dư Hàng Kênh và Vĩnh Niệm với 3.470 hộ. Tổng số phí vệ sinh thu được trong tháng 1,26 tỷ đồng; lũy kế quý I đạt 3,71 tỷ đồng, bằng 23,8% kế hoạch năm. Mức thu thực hiện theo Nghị quyết số 45/2018/NQ-HĐND và Quyết định số 3251/QĐ-UBND ngày 20/12/2018 của UBND thành phố: 6.000 đồng/người/tháng đối với hộ gia đình.
Đáng lo ngại, có 9 phường tỷ lệ thu phí dưới 20%; nhiều tổ dân phố không còn người nhận thu hộ do thù lao thấp. Tại các phường Hàng Kênh, An Dương, tình trạng người dân bỏ rác không đúng giờ, để túi rác ven đường Tô Hiệu vẫn diễn ra.
Tại giao ban, ông Đỗ Văn Mạnh, Chủ tịch UBND phường Vĩnh Niệm, kiến nghị hỗ trợ 2 xe gom rác có ngăn riêng để không đổ lẫn rác đã phân loại; bà Lương Thị Nguyệt, Giám đốc Xí nghiệp Môi trường đô thị Lê Chân, cho biết đã bố trí 48 công nhân thu gom vào khung giờ 18 - 21 giờ và sẽ phạt hợp đồng những tổ thu gom không đúng lịch.
Ông Phạm Quốc Khánh, Phó Trưởng phòng Tài nguyên và Môi trường quận, đề xuất đưa tỷ lệ thu phí vào tiêu chí xếp loại thi đua của tổ dân phố, công khai tại các cuộc họp tổ dân phố danh sách hộ chưa nộp.
Kết luận giao ban, đồng chí Vũ Thị Thanh Hương yêu cầu trong tháng 4/2021, các phường rà soát lại danh sách hộ, khẩu; xây dựng mỗi phường ít nhất 1 tuyến phố phân loại rác; thực hiện nghiêm Kế hoạch số 68/KH-UBND và Công văn số 412/UBND-TNMT của UBND quận về tăng cường thu phí vệ sinh. Các phường chậm tiến độ phải báo cáo giải trình tại buổi giao ban tháng 4.
Theo đồng chí Phó Chủ tịch UBND quận, thời gian tới quận sẽ tăng cường kiểm tra, xử phạt các trường hợp vứt rác không đúng nơi quy định, trước hết tại các tuyến phố chính và khu vực chợ. Các phường phải phát huy vai trò của Mặt trận, đoàn thể trong tuyên truyền, không để việc thu phí chỉ trông chờ vào tổ trưởng tổ dân phố. Thành phố Hải Phòng đang lấy ý kiến đề án phân loại rác mở rộng, quận Lê Chân phải là đơn vị làm tốt.
Minh Khôi
Tin liên quan
- Lê Chân ra quân tổng vệ sinh đón Xuân Tân Sửu (05/02/2021)
- Phường Vĩnh Niệm nhân rộng mô hình "Tuyến phố không rác" (20/01/2021)
- Quận Lê Chân tổng kết công tác năm 2020 (28/12/2020)
""", "2021-04-02", "Giao ban tháng 3: còn 9 phường thu phí vệ sinh dưới kế hoạch",
E("giao_ban", "2021-03", "2021-04-01"),
[P("Vũ Thị Thanh Hương", "Quận ủy viên", "Phó Chủ tịch UBND quận"),
 P("Đỗ Văn Mạnh", "Chủ tịch UBND phường Vĩnh Niệm"),
 P("Lương Thị Nguyệt", "Giám đốc Xí nghiệp Môi trường đô thị Lê Chân"),
 P("Phạm Quốc Khánh", "Phó Trưởng phòng Tài nguyên và Môi trường quận")],
[Q("9 phường", 9, "phường"), Q("15 phường", 15, "phường"), Q("trên 4.200 tấn", 4200, "tấn", "over"),
 Q("2 phường thí điểm", 2, "phường thí điểm"), Q("3.470 hộ", 3470, "hộ"), Q("1,26 tỷ đồng", 1260000000, "đồng"),
 Q("3,71 tỷ đồng", 3710000000, "đồng"), Q("23,8%", 23.8, "%"), Q("6.000 đồng", 6000, "đồng"), Q("dưới 20%", 20, "%", "approx"),
 Q("2 xe gom rác", 2, "xe gom rác"), Q("48 công nhân thu gom", 48, "công nhân thu gom"),
 Q("ít nhất 1 tuyến phố", 1, "tuyến phố", "over")],
[D("Nghị quyết", "45", "2018/NQ-HĐND", None, None, "Nghị quyết số 45/2018/NQ-HĐND"),
 D("Quyết định", "3251", "QĐ-UBND", "2018-12-20", "UBND thành phố", "Quyết định số 3251/QĐ-UBND ngày 20/12/2018"),
 D("Kế hoạch", "68", "KH-UBND", None, "UBND quận", "Kế hoạch số 68/KH-UBND"),
 D("Công văn", "412", "UBND-TNMT", None, "UBND quận", "Công văn số 412/UBND-TNMT")],
[prov("Hải Phòng"), com("Dư Hàng Kênh"), com("Vĩnh Niệm"), com("Hàng Kênh"), com("An Dương")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN LÊ CHÂN - HẢI PHÒNG", "Trang chủ :: Tin hoạt động :: Đô thị - Môi trường",
 "Ảnh: Đồng chí Vũ Thị Thanh Hương chủ trì giao ban.", "Xí nghiệp Môi trường đô thị Lê Chân"],
["Cập nhật: 02/04/2021 - 10:05", "tháng 3/2021", "quý I", "tháng 4/2021", "18 - 21 giờ", "giao ban tháng 4", "Giao ban tháng 3"]))
