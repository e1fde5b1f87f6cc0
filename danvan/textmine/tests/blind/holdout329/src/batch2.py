from lib import *
PAGES = []

PAGES.append(page("b7859-cantho-mttq-giamsat-2017", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ
Trang chủ | Hoạt động Mặt trận | Giám sát và phản biện xã hội
Thứ Ba, 14/11/2017, 07:45
Giám sát việc lập lại trật tự lòng lề đường tại quận Ninh Kiều
Ngày 13/11/2017, Đoàn giám sát của Ủy ban MTTQ Việt Nam thành phố Cần Thơ do bà Trần Thị Xuân Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Trưởng đoàn giám sát làm trưởng đoàn đã giám sát chuyên đề năm 2017 về việc thực hiện Chỉ thị số 03/CT-UBND ngày 16/2/2017 của UBND thành phố về lập lại trật tự lòng lề đường, vỉa hè trên địa bàn quận Ninh Kiều.
Đoàn giám sát làm việc tại UBND phường An Cư.
Theo báo cáo của UBND quận do ông Lý Văn Hùng, Phó Chủ tịch UBND quận Ninh Kiều trình bày, quận có 11 phường với 35 tuyến đường chính. Từ tháng 3 đến tháng 10/2017, các lực lượng đã kiểm tra, nhắc nhở 2.458 trường hợp, lập biên bản xử phạt 614 trường hợp với số tiền trên 1,12 tỷ đồng; vận động khoảng 1.900 hộ tự tháo dỡ mái che, bục bệ lấn chiếm. Đến nay 76,5% tuyến đường được đánh giá thông thoáng, có lối đi cho người đi bộ.
Ghi nhận tại phường An Cư, bà Thạch Thị Sóc Kha, Chủ tịch Ủy ban MTTQ Việt Nam phường An Cư cho biết, Mặt trận phường đã phối hợp với 9 ban công tác Mặt trận khu vực vận động hộ kinh doanh ký cam kết, đồng thời đưa nội dung trật tự vỉa hè vào tiêu chí bình xét "Gia đình văn hóa". Ông Nguyễn Văn Út Mười, Trưởng khu vực 3, phường Tân An, phản ánh người bán hàng rong ven bến Ninh Kiều phần lớn là lao động nghèo từ nơi khác đến, nếu chỉ xử phạt thì họ khó có sinh kế.
Đoàn giám sát đánh giá việc thực hiện Chỉ thị có chuyển biến rõ, song việc xử lý chưa đồng bộ giữa các phường; một số tuyến như Hai Bà Trưng, Xô Viết Nghệ Tĩnh còn tái lấn chiếm sau giờ hành chính; việc cấp phép sử dụng tạm thời vỉa hè theo Quyết định số 16/2016/QĐ-UBND của UBND thành phố chưa công khai rộng rãi.
Bà Trần Thị Xuân Mai đề nghị UBND quận rà soát, bố trí các điểm bán hàng có thời gian cho người buôn bán nhỏ; nhân rộng cách làm của phường Xuân Khánh là bố trí 2 khu vực kinh doanh buổi tối có kẻ vạch; công khai kết quả xử lý vi phạm để nhân dân giám sát theo tinh thần Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận.
Kết thúc đợt giám sát, Đoàn sẽ tổng hợp kiến nghị gửi UBND thành phố trước ngày 30/11/2017.
Ngọc Lan
Tin liên quan
- Mặt trận phường Xuân Khánh ra mắt mô hình "Tuyến đường văn minh" (06/11/2017)
- Hội nghị phản biện dự thảo quy định quản lý vỉa hè (25/10/2017)
- Cái Răng: vận động tiểu thương chợ nổi giữ gìn vệ sinh (12/10/2017)
- Giao ban công tác Mặt trận quý III năm 2017 (28/09/2017)
- Bình Thủy tuyên truyền Luật Giao thông đường bộ cho người dân (15/09/2017)
""", "2017-11-14", "Giám sát việc lập lại trật tự lòng lề đường tại quận Ninh Kiều",
E("giam_sat", "2017", "2017-11-13"),
[P("Trần Thị Xuân Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Trưởng đoàn giám sát"),
 P("Lý Văn Hùng", "Phó Chủ tịch UBND quận Ninh Kiều"),
 P("Thạch Thị Sóc Kha", "Chủ tịch Ủy ban MTTQ Việt Nam phường An Cư"),
 P("Nguyễn Văn Út Mười", "Trưởng khu vực 3")],
[Q("11 phường", 11, "phường"), Q("35 tuyến đường chính", 35, "tuyến đường chính"),
 Q("2.458 trường hợp", 2458, "trường hợp"), Q("614 trường hợp", 614, "trường hợp"),
 Q("trên 1,12 tỷ đồng", 1120000000, "đồng", "over"), Q("khoảng 1.900 hộ", 1900, "hộ", "approx"),
 Q("76,5%", 76.5, "%"), Q("9 ban công tác Mặt trận khu vực", 9, "ban công tác Mặt trận khu vực"),
 Q("2 khu vực kinh doanh buổi tối", 2, "khu vực kinh doanh buổi tối")],
[D("Chỉ thị", "03", "CT-UBND", "2017-02-16", "UBND thành phố", "Chỉ thị số 03/CT-UBND ngày 16/2/2017"),
 D("Quyết định", "16", "2016/QĐ-UBND", None, "UBND thành phố", "Quyết định số 16/2016/QĐ-UBND"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")],
[prov("Cần Thơ"), com("An Cư"), com("Tân An"), com("Xuân Khánh")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ", "Trang chủ | Hoạt động Mặt trận | Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND phường An Cư.", "Gia đình văn hóa", "Hai Bà Trưng", "Xô Viết Nghệ Tĩnh"],
["Thứ Ba, 14/11/2017, 07:45", "năm 2017", "khu vực 3", "tháng 10/2017"]))

PAGES.append(page("b7860-quangninh-halong-kyket-2018", """
Báo Quảng Ninh
Thời sự > Chính trị > Dân vận
Thứ Sáu, 06/04/2018 | 08:30
Hạ Long: 20 phường ký giao ước thi đua xây dựng tuyến phố văn minh
Ngày 4/4, Thành ủy Hạ Long tổ chức hội nghị ký kết giao ước thi đua xây dựng "Tuyến phố văn minh, vỉa hè thông thoáng" năm 2018. Dự hội nghị có đồng chí Vũ Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Phạm Quang Huy, Tỉnh ủy viên, Bí thư Thành ủy, Chủ tịch HĐND thành phố Hạ Long.
Đại diện 20 phường ký giao ước thi đua. Ảnh: Thu Trang
Năm 2017, thực hiện Nghị quyết số 08-NQ/TU của Ban Thường vụ Thành ủy về xây dựng nếp sống văn minh đô thị, thành phố đã có 126 tuyến phố, 48 khu phố đăng ký xây dựng văn minh; 85% hộ kinh doanh mặt phố ký cam kết không lấn chiếm vỉa hè. Các phường Bạch Đằng, Hồng Gai, Trần Hưng Đạo đã dành hẳn vỉa hè các tuyến ven vịnh cho người đi bộ, gắn với việc chỉnh trang 5.600 m2 hè phố lát đá.
Theo Kế hoạch số 215/KH-UBND ngày 12/1/2018 của UBND thành phố Hạ Long, năm 2018 mỗi phường phải có ít nhất 3 tuyến phố văn minh; phấn đấu không dưới 90% hộ dân trên tuyến thực hiện tốt quy ước. Tuyến phố đạt chuẩn được thưởng 100 triệu đồng để đầu tư công trình phúc lợi do nhân dân bàn và quyết định.
Tại hội nghị, Bí thư Chi bộ khu 5 kiêm Trưởng khu Đặng Văn Mùi, phường Bạch Đằng, chia sẻ: khu có 312 hộ, trước kia hộ nào cũng bày hàng ra vỉa hè; khu đã họp dân, lập nhóm Zalo, mỗi tối đảng viên đi một vòng nhắc nhở, nay vỉa hè thông thoáng. Bà Lục Thị Dung, Phó Chủ tịch Hội Liên hiệp Phụ nữ thành phố, cho biết hội đã ra mắt 14 "Tuyến phố phụ nữ tự quản văn minh".
Phát biểu, đồng chí Vũ Thị Thu Hằng đề nghị các phường gắn giao ước thi đua với thực hiện Quyết định số 3165/QĐ-UBND của UBND tỉnh về lập lại trật tự vỉa hè khu du lịch; phát huy vai trò Mặt trận, đoàn thể trong giám sát, không để phong trào "nóng đầu, lạnh đuôi".
Đồng chí Phạm Quang Huy yêu cầu người đứng đầu cấp ủy, chính quyền các phường chịu trách nhiệm nếu để tái lấn chiếm; định kỳ mỗi quý thành phố sẽ kiểm tra, chấm điểm và công khai kết quả trên Cổng thông tin điện tử thành phố.
Dịp này, Thành ủy Hạ Long tặng giấy khen cho 7 tập thể, 16 cá nhân tiêu biểu trong phong trào năm 2017.
Thu Trang
Tin cùng chuyên mục
- Cẩm Phả ra mắt mô hình "Dân vận khéo" trong giải phóng mặt bằng (02/04/2018)
- Hội nghị giao ban công tác dân vận quý I năm 2018 (29/03/2018)
- Uông Bí: hơn 2.000 hộ dân hiến đất mở đường (20/03/2018)
- Móng Cái đối thoại với tiểu thương chợ trung tâm (12/03/2018)
- Phường Cao Xanh ra mắt tổ tự quản vỉa hè (05/03/2018)
""", "2018-04-06", "Hạ Long: 20 phường ký giao ước thi đua xây dựng tuyến phố văn minh",
E("hoi_nghi", "2018", "2018-04-04"),
[P("Vũ Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Quang Huy", "Tỉnh ủy viên", "Bí thư Thành ủy", "Chủ tịch HĐND thành phố Hạ Long"),
 P("Đặng Văn Mùi", "Bí thư Chi bộ khu 5 kiêm Trưởng khu"),
 P("Lục Thị Dung", "Phó Chủ tịch Hội Liên hiệp Phụ nữ thành phố")],
[Q("20 phường", 20, "phường"), Q("126 tuyến phố", 126, "tuyến phố"), Q("48 khu phố", 48, "khu phố"),
 Q("85%", 85, "%"), Q("5.600 m2", 5600, "m2"), Q("ít nhất 3 tuyến phố văn minh", 3, "tuyến phố văn minh", "over"),
 Q("không dưới 90%", 90, "%", "over"), Q("100 triệu đồng", 100000000, "đồng"), Q("312 hộ", 312, "hộ"),
 Q('14 "Tuyến phố phụ nữ tự quản văn minh"', 14, "Tuyến phố phụ nữ tự quản văn minh"),
 Q("7 tập thể", 7, "tập thể"), Q("16 cá nhân tiêu biểu", 16, "cá nhân tiêu biểu")],
[D("Nghị quyết", "08", "NQ/TU", None, "Ban Thường vụ Thành ủy", "Nghị quyết số 08-NQ/TU"),
 D("Kế hoạch", "215", "KH-UBND", "2018-01-12", "UBND thành phố Hạ Long", "Kế hoạch số 215/KH-UBND ngày 12/1/2018"),
 D("Quyết định", "3165", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 3165/QĐ-UBND")],
[prov("Quảng Ninh"), com("Bạch Đằng"), com("Hồng Gai"), com("Trần Hưng Đạo")],
["Báo Quảng Ninh", "Thời sự > Chính trị > Dân vận", "Đại diện 20 phường ký giao ước thi đua. Ảnh: Thu Trang",
 "Tuyến phố văn minh, vỉa hè thông thoáng", "nóng đầu, lạnh đuôi", "Cổng thông tin điện tử thành phố"],
["Thứ Sáu, 06/04/2018 | 08:30", "năm 2018", "Năm 2017", "khu 5", "năm 2017"]))

PAGES.append(page("b7861-hue-bdvtu-giaoban-thang9-2019", """
BAN DÂN VẬN THÀNH ỦY HUẾ
Trang chủ :: Tin hoạt động :: Dân vận chính quyền
04.10.2019 | 15:30
Ảnh: Quang cảnh giao ban.
Vỉa hè phố cổ dần trở lại cho người đi bộ
Chiều 3/10, Ban Dân vận Thành ủy Huế (Thừa Thiên Huế) tổ chức giao ban công tác dân vận tháng 9/2019 với khối dân vận 27 phường, tập trung bàn giải pháp vận động nhân dân giữ gìn trật tự đô thị khu vực nội thành và các tuyến phố đi bộ. Đồng chí Tôn Nữ Thị Khánh Vân, Thành ủy viên, Trưởng Ban Dân vận Thành ủy chủ trì; dự có đồng chí Hoàng Trọng Dũng, Phó Trưởng Ban Thường trực - Trưởng phòng Dân vận chính quyền Ban Dân vận Thành ủy.
Theo báo cáo, trong tháng, thực hiện Kết luận số 48-KL/TU của Ban Thường vụ Tỉnh ủy về chỉnh trang đô thị Huế, các phường đã vận động 1.340 hộ kinh doanh thu gọn hàng hóa; giải tỏa 15 điểm họp chợ tự phát; tổ chức 42 buổi sinh hoạt khu dân cư lồng ghép nội dung văn minh đô thị. Phường Phú Hội vận động 64 hộ trên đường Phạm Ngũ Lão, Chu Văn An cam kết chỉ kinh doanh trên phần vỉa hè được kẻ vạch.
Đồng chí Lê Thị Thu Sương, Chủ tịch Ủy ban MTTQ Việt Nam phường Vĩnh Ninh, cho biết phường đã ra mắt mô hình "Vỉa hè văn minh, du khách hài lòng" với 8 nhóm hộ tự quản. Ông Nguyễn Hữu Phước, Trưởng khu vực 4, phường Phú Hiệp, đề nghị thành phố sớm bố trí bãi giữ xe ô tô du lịch, vì xe khách đỗ tràn xuống lòng đường gây ùn tắc, người dân bức xúc.
Tuy nhiên, giao ban cũng chỉ rõ việc vận động hộ kinh doanh ăn uống ban đêm trên các tuyến phố đi bộ còn khó khăn; khoảng 30% hộ được nhắc nhở vẫn tái vi phạm; một số tổ dân phố chưa đưa việc giữ gìn vỉa hè vào hương ước, quy ước.
Kết luận giao ban, đồng chí Tôn Nữ Thị Khánh Vân đề nghị tháng 10 khối dân vận các phường tập trung thực hiện Chỉ thị số 23-CT/TU của Ban Thường vụ Thành ủy về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận chính quyền; phối hợp với UBND thành phố triển khai Quyết định số 2035/QĐ-UBND ngày 19/8/2019 về thí điểm thu phí sử dụng tạm thời vỉa hè tại 6 tuyến phố; nắm tình hình dư luận, không để phát sinh điểm nóng.
Đồng chí cũng giao Văn phòng Ban chuẩn bị nội dung hội nghị sơ kết 9 tháng, trong đó có đánh giá riêng về công tác dân vận trong giữ gìn trật tự, văn minh đô thị.
Bảo Ngọc
Tin khác
- Phường Thuận Thành vận động người dân trong Kinh thành giữ gìn cảnh quan (25/09/2019)
- Thừa Thiên Huế tổng kết 10 năm thực hiện Quy chế dân vận (18/09/2019)
- Giao ban công tác dân vận tháng 8/2019 (05/09/2019)
- Phú Hậu: ra mắt mô hình "Ngõ xóm sáng, xanh, sạch, đẹp" (28/08/2019)
- Đối thoại giữa lãnh đạo thành phố với tiểu thương chợ Đông Ba (20/08/2019)
- Hội Cựu chiến binh phường Tây Lộc ra mắt tổ tự quản (12/08/2019)
""", "2019-10-04", "Vỉa hè phố cổ dần trở lại cho người đi bộ",
E("giao_ban", "2019-09", "2019-10-03"),
[P("Tôn Nữ Thị Khánh Vân", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Hoàng Trọng Dũng", "Phó Trưởng Ban Thường trực - Trưởng phòng Dân vận chính quyền Ban Dân vận Thành ủy"),
 P("Lê Thị Thu Sương", "Chủ tịch Ủy ban MTTQ Việt Nam phường Vĩnh Ninh"),
 P("Nguyễn Hữu Phước", "Trưởng khu vực 4")],
[Q("27 phường", 27, "phường"), Q("1.340 hộ kinh doanh", 1340, "hộ kinh doanh"),
 Q("15 điểm họp chợ tự phát", 15, "điểm họp chợ tự phát"), Q("42 buổi sinh hoạt khu dân cư", 42, "buổi sinh hoạt khu dân cư"),
 Q("64 hộ", 64, "hộ"), Q("8 nhóm hộ tự quản", 8, "nhóm hộ tự quản"), Q("khoảng 30%", 30, "%", "approx"),
 Q("6 tuyến phố", 6, "tuyến phố")],
[D("Kết luận", "48", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 48-KL/TU"),
 D("Chỉ thị", "23", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị số 23-CT/TU"),
 D("Quyết định", "2035", "QĐ-UBND", "2019-08-19", None, "Quyết định số 2035/QĐ-UBND ngày 19/8/2019")],
[prov("Thừa Thiên Huế"), com("Phú Hội"), com("Vĩnh Ninh"), com("Phú Hiệp")],
["BAN DÂN VẬN THÀNH ỦY HUẾ", "Trang chủ :: Tin hoạt động :: Dân vận chính quyền", "Ảnh: Quang cảnh giao ban.",
 "Vỉa hè văn minh, du khách hài lòng", "Phạm Ngũ Lão", "Chu Văn An"],
["04.10.2019 | 15:30", "tháng 9/2019", "khu vực 4", "tháng 10", "9 tháng"]))

PAGES.append(page("b7862-daklak-bmt-tongket-2019", """
Hôm nay: Thứ Hai, 30/12/2019
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ > Tin tức - Sự kiện > Dân vận các cấp
Cập nhật lúc 17:20 ngày 27/12/2019
Đồng chí H'Bơn Niê trao giấy khen cho các tuyến phố tiêu biểu.
Tôn vinh 12 tuyến phố văn minh tiêu biểu ở Buôn Ma Thuột
Ngày 26/12/2019, Ban Chỉ đạo xây dựng tuyến phố văn minh thành phố Buôn Ma Thuột tổ chức hội nghị tổng kết phong trào xây dựng tuyến phố văn minh, giữ gìn trật tự đô thị năm 2019 và tuyên dương 12 tuyến phố văn minh tiêu biểu. Dự hội nghị có đồng chí H'Bơn Niê, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Y Kriêng Mlô, Phó Chủ tịch UBND thành phố Buôn Ma Thuột, Trưởng Ban Chỉ đạo.
Theo báo cáo, thực hiện Chỉ thị 15, 16-CT/TU của Ban Thường vụ Tỉnh ủy về xây dựng đô thị văn minh và về vận động đồng bào dân tộc thiểu số ở các buôn nội thị, năm 2019 thành phố có 21 phường, xã tham gia phong trào; 58 tuyến phố đăng ký, trong đó 33 tuyến đạt chuẩn. Nhân dân đóng góp trên 8,5 tỷ đồng và hiến hơn 3.200 m2 đất để mở rộng vỉa hè, lát gạch, trồng cây xanh; trên 1.000 hộ tự tháo dỡ mái che, bục bệ lấn chiếm.
Điểm sáng của năm là phong trào ở các buôn đồng bào Ê Đê nội thị, nơi lưu giữ nhiều nét văn hóa truyền thống tiêu biểu của vùng đất Đắk Lắk. Ông Y Blut Êban, Trưởng buôn Ako Dhông, phường Tân Lợi, cho biết buôn có 236 hộ, trước đây nhiều hộ để củi, phơi cà phê trên vỉa hè, nay bà con thống nhất đưa quy định giữ vỉa hè sạch, thông thoáng vào luật tục của buôn. Già làng Y Hoan Byă (thường gọi là Ama Hoan) là người đầu tiên dọn sân phơi ra khỏi hè phố.
Bà Nguyễn Thị Hồng Nhung, Chủ tịch UBND phường Thành Công, cho biết phường đã xử lý dứt điểm 27 ki-ốt lấn chiếm quanh chợ; tỷ lệ hộ kinh doanh chấp hành quy định đạt 94,7%. Xã Ea Tu thực hiện mô hình "Đường hoa nông thôn" dài 4,5 km.
Tuy nhiên, hội nghị cũng chỉ ra còn 25 tuyến phố chưa đạt chuẩn; việc tái lấn chiếm ở khu vực chợ, bến xe còn phức tạp.
Phát biểu, đồng chí H'Bơn Niê đề nghị năm 2020 thành phố tiếp tục thực hiện Quyết định số 1268/QĐ-UBND ngày 14/5/2019 của UBND tỉnh về quy chế quản lý trật tự đô thị; phát huy vai trò già làng, trưởng buôn, người có uy tín; gắn phong trào với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Dịp này, UBND thành phố tặng giấy khen cho 12 tuyến phố, mỗi tuyến được thưởng 20 triệu đồng, cùng 18 cá nhân tiêu biểu.
H.Thanh
Tin liên quan
- Giao ban công tác dân vận quý IV năm 2019 (20/12/2019)
- Krông Pắc vận động đồng bào hiến đất làm đường (10/12/2019)
- Ea Kar ra mắt mô hình "Buôn văn minh" (02/12/2019)
- Buôn Hồ sơ kết 3 năm thực hiện Quy chế dân vận (25/11/2019)
- Phường Tân Lập tuyên dương khu phố không lấn chiếm vỉa hè (18/11/2019)
""", "2019-12-27", "Tôn vinh 12 tuyến phố văn minh tiêu biểu ở Buôn Ma Thuột",
E("tong_ket", "2019", "2019-12-26"),
[P("H'Bơn Niê", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Kriêng Mlô", "Phó Chủ tịch UBND thành phố Buôn Ma Thuột", "Trưởng Ban Chỉ đạo"),
 P("Y Blut Êban", "Trưởng buôn Ako Dhông"),
 P("Y Hoan Byă", "Già làng"),
 P("Nguyễn Thị Hồng Nhung", "Chủ tịch UBND phường Thành Công")],
[Q("12 tuyến phố văn minh tiêu biểu", 12, "tuyến phố văn minh tiêu biểu"), Q("21 phường, xã", 21, "phường, xã"),
 Q("58 tuyến phố", 58, "tuyến phố"), Q("33 tuyến", 33, "tuyến"), Q("trên 8,5 tỷ đồng", 8500000000, "đồng", "over"),
 Q("hơn 3.200 m2", 3200, "m2", "over"), Q("trên 1.000 hộ", 1000, "hộ", "over"), Q("236 hộ", 236, "hộ"),
 Q("27 ki-ốt", 27, "ki-ốt"), Q("94,7%", 94.7, "%"), Q("4,5 km", 4.5, "km"), Q("25 tuyến phố", 25, "tuyến phố"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("18 cá nhân tiêu biểu", 18, "cá nhân tiêu biểu")],
[D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Quyết định", "1268", "QĐ-UBND", "2019-05-14", "UBND tỉnh", "Quyết định số 1268/QĐ-UBND ngày 14/5/2019")],
[prov("Đắk Lắk"), com("Tân Lợi"), com("Thành Công"), com("Ea Tu")],
["Hôm nay: Thứ Hai, 30/12/2019", "BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ > Tin tức - Sự kiện > Dân vận các cấp",
 "Đồng chí H'Bơn Niê trao giấy khen cho các tuyến phố tiêu biểu.", "Đường hoa nông thôn",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ako Dhông"],
["Hôm nay: Thứ Hai, 30/12/2019", "năm 2019", "năm 2020"]))

PAGES.append(page("b7863-namdinh-thanhuy-soket-2020", """
BÁO NAM ĐỊNH ĐIỆN TỬ
Chính trị › Xây dựng Đảng › Công tác dân vận
Thứ Tư, 15/07/2020
Giữ vững trật tự đô thị trong điều kiện phòng, chống dịch Covid-19
Ngày 13/7, Thành ủy Nam Định tổ chức hội nghị sơ kết công tác dân vận và phong trào xây dựng tuyến phố văn minh 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Ngô Xuân Trường, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Nam Định chủ trì hội nghị. Cùng dự có các đồng chí Vũ Thị Hải Yến, Đinh Công Thắng, Phạm Văn Lượng - Phó Chủ tịch UBND thành phố.
Các đại biểu dự hội nghị thực hiện khai báo y tế, đeo khẩu trang.
Báo cáo do Trưởng Ban Dân vận Thành ủy Đoàn Thị Bích Ngọc trình bày nêu rõ: 6 tháng qua, dù phải tập trung phòng, chống dịch, thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch, thành phố vẫn duy trì việc giữ gìn trật tự lòng đường, hè phố. Toàn thành phố với 22 phường, 3 xã đã có 72 tuyến phố văn minh; lực lượng chức năng nhắc nhở, xử lý 1.780 trường hợp vi phạm, thu nộp ngân sách 380 triệu đồng. Trong thời gian giãn cách xã hội, các chợ tạm, điểm bán hàng tự phát trên vỉa hè được dẹp bỏ hoàn toàn; 96,2% hộ kinh doanh chấp hành nghiêm việc tạm dừng hoạt động.
Thực hiện Nghị quyết số 04-NQ/TU ngày 20/4/2016 của Ban Chấp hành Đảng bộ thành phố về chỉnh trang, nâng cấp đô thị và Kế hoạch số 61/KH-UBND, 62/KH-UBND của UBND thành phố, các phường Vị Hoàng, Năng Tĩnh đã vận động nhân dân tự tháo dỡ 146 mái che, mái vẩy; phường Lộc Vượng mở rộng vỉa hè được 1,2 km đường Trần Thái Tông. Mặt trận và các đoàn thể đã vận động các nhà hảo tâm ủng hộ 12 tấn gạo và gần 2.500 suất quà cho người bán hàng rong, xe ôm, lao động tự do mất việc do dịch.
Ý kiến tại hội nghị, ông Trần Văn Kiên, Trưởng ban công tác Mặt trận tổ dân phố số 12, phường Vị Hoàng, đề nghị cần có phương án hỗ trợ lâu dài cho những người bán hàng rong khi các tuyến phố được lập lại trật tự, tránh tình trạng "đuổi rồi lại về". Đồng chí Vũ Thị Hải Yến thông tin thành phố đang khảo sát 3 địa điểm để xây dựng khu bán hàng tập trung.
Kết luận hội nghị, đồng chí Ngô Xuân Trường yêu cầu 6 tháng cuối năm, các cấp ủy tiếp tục thực hiện tốt "mục tiêu kép" vừa phòng, chống dịch vừa phát triển kinh tế - xã hội; phấn đấu đến cuối năm 2020 mỗi phường có thêm từ 2 tuyến phố văn minh trở lên; cán bộ, đảng viên phải gương mẫu, không để gia đình mình lấn chiếm vỉa hè.
Thu Hằng
Tin liên quan
- Nam Định ra quân lập lại trật tự đô thị sau giãn cách xã hội (05/05/2020)
- Hội nghị giao ban công tác dân vận quý I năm 2020 (30/03/2020)
- Phường Trần Tế Xương biểu dương tuyến phố văn minh (15/01/2020)
- Thành ủy Nam Định tổng kết công tác dân vận năm 2019 (28/12/2019)
""", "2020-07-15", "Giữ vững trật tự đô thị trong điều kiện phòng, chống dịch Covid-19",
E("so_ket", "2020-H1", "2020-07-13"),
[P("Ngô Xuân Trường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Thành ủy Nam Định"),
 P("Vũ Thị Hải Yến", "Phó Chủ tịch UBND thành phố"),
 P("Đinh Công Thắng", "Phó Chủ tịch UBND thành phố"),
 P("Phạm Văn Lượng", "Phó Chủ tịch UBND thành phố"),
 P("Đoàn Thị Bích Ngọc", "Trưởng Ban Dân vận Thành ủy"),
 P("Trần Văn Kiên", "Trưởng ban công tác Mặt trận tổ dân phố số 12")],
[Q("22 phường", 22, "phường"), Q("3 xã", 3, "xã"), Q("72 tuyến phố văn minh", 72, "tuyến phố văn minh"),
 Q("1.780 trường hợp", 1780, "trường hợp"), Q("380 triệu đồng", 380000000, "đồng"), Q("96,2%", 96.2, "%"),
 Q("146 mái che, mái vẩy", 146, "mái che, mái vẩy"), Q("1,2 km", 1.2, "km"), Q("12 tấn", 12, "tấn"),
 Q("gần 2.500 suất quà", 2500, "suất quà", "approx"), Q("3 địa điểm", 3, "địa điểm"),
 Q("từ 2 tuyến phố văn minh trở lên", 2, "tuyến phố văn minh", "over")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Nghị quyết", "04", "NQ/TU", "2016-04-20", "Ban Chấp hành Đảng bộ thành phố", "Nghị quyết số 04-NQ/TU ngày 20/4/2016"),
 D("Kế hoạch", "61", "KH-UBND", None, "UBND thành phố", "Kế hoạch số 61/KH-UBND"),
 D("Kế hoạch", "62", "KH-UBND", None, "UBND thành phố", "62/KH-UBND")],
[prov("Nam Định"), com("Vị Hoàng"), com("Năng Tĩnh"), com("Lộc Vượng")],
["BÁO NAM ĐỊNH ĐIỆN TỬ", "Chính trị › Xây dựng Đảng › Công tác dân vận",
 "Các đại biểu dự hội nghị thực hiện khai báo y tế, đeo khẩu trang.", "mục tiêu kép", "đuổi rồi lại về", "Trần Thái Tông"],
["Thứ Tư, 15/07/2020", "6 tháng đầu năm 2020", "6 tháng cuối năm", "6 tháng qua", "tổ dân phố số 12", "Covid-19", "năm 2020"]))

PAGES.append(page("b7864-binhduong-phucuong-traoqua-2021", """
Báo Bình Dương điện tử
Xã hội > Nhân ái
Thứ Hai, 18/10/2021 - 16:10
Trao 150 phần quà cho người buôn bán nhỏ trên vỉa hè phường Phú Cường
(BDO) Chiều 17/10, Ủy ban MTTQ Việt Nam phường Phú Cường (TP Thủ Dầu Một, tỉnh Bình Dương) phối hợp với chùa Bửu Quang tổ chức trao 150 phần quà cho người bán hàng rong, buôn bán nhỏ trên vỉa hè bị ảnh hưởng bởi dịch Covid-19 và đang chờ bố trí vào khu bán hàng tập trung. Mỗi phần quà trị giá 500.000 đồng, gồm 10 kg gạo, nhu yếu phẩm và tiền mặt; tổng trị giá 75 triệu đồng.
Bà Nguyễn Thị Mỹ Hằng trao quà cho người bán hàng rong. Ảnh: Hồng Phúc
Dự buổi trao quà có Thượng tọa Thích Minh Hạnh, trụ trì chùa Bửu Quang; bà Nguyễn Thị Mỹ Hằng, Phó Bí thư Đảng ủy, Chủ tịch UBND phường Phú Cường; ông Huỳnh Văn Tư, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố Thủ Dầu Một.
Bà Nguyễn Thị Mỹ Hằng cho biết, từ khi thực hiện Kế hoạch số 112/KH-UBND ngày 5/10/2021 của UBND phường về lập lại trật tự lòng lề đường khu vực chợ Thủ Dầu Một, phường đã vận động 186 hộ buôn bán nhỏ dọn hàng khỏi vỉa hè. Phường đã bố trí khu bán hàng tập trung với 48 ô kinh doanh, miễn phí mặt bằng trong 6 tháng đầu; đồng thời trao tặng 30 xe đẩy bán hàng cho những người khó khăn nhất.
Cùng với quà, Mặt trận phường đã lập danh sách 64 người lao động tự do để đề nghị nhận hỗ trợ theo Nghị quyết số 68/NQ-CP của Chính phủ và Quyết định số 23/2021/QĐ-TTg của Thủ tướng Chính phủ về chính sách hỗ trợ người lao động gặp khó khăn do đại dịch, mức hỗ trợ 1,5 triệu đồng/người.
Bà Lê Thị Bé Năm (62 tuổi, ngụ khu phố 8) xúc động: "Tôi bán xôi trên vỉa hè này gần 20 năm, giờ phường lo cho chỗ bán mới, lại có thêm phần quà, tôi mừng lắm". Ông Huỳnh Văn Tư đề nghị phường tiếp tục phối hợp với các tổ chức tôn giáo, nhà hảo tâm thực hiện phong trào "Vì người nghèo - Không để ai bị bỏ lại phía sau".
Theo Ủy ban MTTQ Việt Nam phường, việc lập lại trật tự vỉa hè quanh chợ được thực hiện theo phương châm "vận động là chính", không cưỡng chế. Các tổ dân vận khu phố đã đến từng hộ lắng nghe hoàn cảnh, ghi nhận nguyện vọng về vị trí buôn bán, giờ giấc họp chợ, sau đó mới họp bàn phương án bố trí. Nhờ vậy, đến nay vỉa hè các tuyến quanh chợ đã thông thoáng, người dân đồng tình.
Dịp này, Thượng tọa Thích Minh Hạnh cũng trao 20 suất học bổng, mỗi suất 1 triệu đồng, cho con em các hộ buôn bán nhỏ đang học tại các trường trên địa bàn phường Phú Cường và phường Hiệp Thành.
Hồng Phúc
Tin khác
- Thủ Dầu Một: lập lại trật tự vỉa hè sau giãn cách xã hội (12/10/2021)
- Ủy ban MTTQ tỉnh tiếp nhận ủng hộ phòng, chống dịch (08/10/2021)
- Dĩ An: "Chợ 0 đồng" hỗ trợ người lao động (30/09/2021)
- Phường Chánh Nghĩa trao quà cho hộ khó khăn (25/09/2021)
- Bến Cát: Mặt trận vận động hỗ trợ lao động tự do (20/09/2021)
""", "2021-10-18", "Trao 150 phần quà cho người buôn bán nhỏ trên vỉa hè phường Phú Cường",
E("trao_qua", None, "2021-10-17"),
[P("Thích Minh Hạnh", "Thượng tọa", "trụ trì chùa Bửu Quang"),
 P("Nguyễn Thị Mỹ Hằng", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường Phú Cường"),
 P("Huỳnh Văn Tư", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố Thủ Dầu Một"),
 P("Lê Thị Bé Năm")],
[Q("150 phần quà", 150, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("10 kg", 10, "kg"),
 Q("75 triệu đồng", 75000000, "đồng"), Q("186 hộ buôn bán nhỏ", 186, "hộ"), Q("48 ô kinh doanh", 48, "ô kinh doanh"),
 Q("30 xe đẩy bán hàng", 30, "xe đẩy bán hàng"), Q("64 người lao động tự do", 64, "người lao động tự do"),
 Q("1,5 triệu đồng/người", 1500000, "đồng"), Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "112", "KH-UBND", "2021-10-05", "UBND phường", "Kế hoạch số 112/KH-UBND ngày 5/10/2021"),
 D("Nghị quyết", "68", "NQ-CP", None, "Chính phủ", "Nghị quyết số 68/NQ-CP"),
 D("Quyết định", "23", "2021/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg")],
[prov("Bình Dương"), com("Phú Cường"), com("Hiệp Thành")],
["Báo Bình Dương điện tử", "Xã hội > Nhân ái", "(BDO)", "Bà Nguyễn Thị Mỹ Hằng trao quà cho người bán hàng rong. Ảnh: Hồng Phúc",
 "Vì người nghèo - Không để ai bị bỏ lại phía sau", "chùa Bửu Quang", "vận động là chính"],
["Thứ Hai, 18/10/2021 - 16:10", "62 tuổi", "khu phố 8", "6 tháng đầu", "gần 20 năm", "Covid-19"]))
