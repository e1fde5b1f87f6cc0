from lib import *
PAGES = []

PAGES.append(page("b9779-bacninh-dangbo-daihoi-2015", """
BÁO BẮC NINH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bắc Ninh
Chính trị / Xây dựng Đảng
22 tháng 4, 2015 | 10:12
Đại hội Đảng bộ Công ty cổ phần Tập đoàn Kinh Bắc Xanh nhiệm kỳ 2015 - 2020
Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Ngày 21/4, Đảng bộ Công ty cổ phần Tập đoàn Kinh Bắc Xanh tổ chức Đại hội đại biểu lần thứ II, nhiệm kỳ 2015 - 2020. Đây là đại hội điểm cấp cơ sở của Đảng bộ Khối Doanh nghiệp tỉnh trong khối doanh nghiệp ngoài nhà nước. Dự đại hội có đồng chí Nguyễn Văn Phong, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy; đồng chí Ngô Thị Lan, Phó Bí thư Thường trực Đảng ủy Khối Doanh nghiệp tỉnh cùng 98 đại biểu đại diện cho 214 đảng viên của 9 chi bộ trực thuộc.
Nhiệm kỳ 2010 - 2015, Đảng bộ đã lãnh đạo công ty vượt qua khó khăn, doanh thu năm 2014 đạt 1.860 tỷ đồng, tăng 2,3 lần so với đầu nhiệm kỳ; thu nhập bình quân của người lao động đạt 7,2 triệu đồng/tháng. Công ty đóng đầy đủ bảo hiểm xã hội, bảo hiểm y tế cho 1.530 lao động. Trong 5 năm, Đảng bộ kết nạp 67 đảng viên mới, trong đó 52 đảng viên là công nhân, kỹ sư trẻ; hằng năm 100% chi bộ hoàn thành tốt nhiệm vụ.
Công tác an sinh xã hội được công ty đặc biệt quan tâm. Cả nhiệm kỳ, công ty đã đóng góp trên 18 tỷ đồng xây dựng trường học, nhà văn hóa thôn, tặng 120 căn nhà đại đoàn kết cho hộ nghèo, gia đình chính sách ở xã Phù Chẩn, xã Đông Tiến và các địa phương trong tỉnh; ủng hộ Quỹ "Vì biển, đảo Việt Nam" 2 tỷ đồng.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Phong đánh giá cao vai trò hạt nhân chính trị của Đảng bộ trong một doanh nghiệp tư nhân, đề nghị nhiệm kỳ tới tiếp tục thực hiện Chỉ thị số 36-CT/TW ngày 30/5/2014 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XII của Đảng, gắn kết chặt chẽ giữa lãnh đạo sản xuất kinh doanh với chăm lo đời sống người lao động, phát triển đảng viên trong công nhân trực tiếp sản xuất.
Đại hội đã bầu Ban Chấp hành Đảng bộ nhiệm kỳ 2015 - 2020 gồm 11 đồng chí. Đồng chí Đỗ Thành Trung, Chủ tịch Hội đồng quản trị công ty được tín nhiệm bầu giữ chức Bí thư Đảng ủy. Các đồng chí Phó Bí thư Đảng ủy: Phạm Phúc Hiếu, Nguyễn Thị Thu Hà. Đại hội cũng bầu 5 đại biểu đi dự Đại hội Đảng bộ Khối Doanh nghiệp tỉnh lần thứ III.
Chỉ tiêu nhiệm kỳ mới: phấn đấu kết nạp ít nhất 80 đảng viên; thu nhập bình quân người lao động tăng 10%/năm; 100% người lao động được ký hợp đồng và tham gia bảo hiểm theo quy định. Đại hội cũng quyết nghị thành lập quỹ "Vì người lao động khó khăn" do công đoàn và chi đoàn quản lý, huy động từ đóng góp tự nguyện của cán bộ, đảng viên và người lao động trong công ty.
Hồng Nhung
Tin liên quan
- Đảng bộ Khối Doanh nghiệp tỉnh hoàn thành đại hội cấp cơ sở (15/04/2015)
- Chi bộ Công ty TNHH Khải Hoàn tổ chức đại hội (08/04/2015)
- Yên Phong: thành lập 3 chi bộ trong doanh nghiệp tư nhân (27/03/2015)
""", "2015-04-22", "Đại hội Đảng bộ Công ty cổ phần Tập đoàn Kinh Bắc Xanh nhiệm kỳ 2015 - 2020",
E("dai_hoi", None, "2015-04-21"),
[P("Nguyễn Văn Phong", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Ngô Thị Lan", "Phó Bí thư Thường trực Đảng ủy Khối Doanh nghiệp tỉnh"),
 P("Đỗ Thành Trung", "Chủ tịch Hội đồng quản trị công ty", "Bí thư Đảng ủy"),
 P("Phạm Phúc Hiếu", "Phó Bí thư Đảng ủy"),
 P("Nguyễn Thị Thu Hà", "Phó Bí thư Đảng ủy")],
[Q("98 đại biểu", 98, "đại biểu"), Q("214 đảng viên", 214, "đảng viên"), Q("9 chi bộ", 9, "chi bộ"),
 Q("1.860 tỷ đồng", 1860000000000, "đồng"), Q("7,2 triệu đồng", 7200000, "đồng"), Q("1.530 lao động", 1530, "lao động"),
 Q("67 đảng viên mới", 67, "đảng viên mới"), Q("52 đảng viên", 52, "đảng viên"), Q("100% chi bộ", 100, "%"),
 Q("trên 18 tỷ đồng", 18000000000, "đồng", "over"), Q("120 căn nhà đại đoàn kết", 120, "căn nhà đại đoàn kết"),
 Q("2 tỷ đồng", 2000000000, "đồng"), Q("11 đồng chí", 11, "đồng chí"), Q("5 đại biểu", 5, "đại biểu"),
 Q("ít nhất 80 đảng viên", 80, "đảng viên", "over"), Q("10%/năm", 10, "%"), Q("100% người lao động", 100, "%")],
[D("Chỉ thị", "36", "CT/TW", "2014-05-30", "Bộ Chính trị", "Chỉ thị số 36-CT/TW ngày 30/5/2014")],
[prov("Bắc Ninh"), com("Phù Chẩn"), com("Đông Tiến")],
["BÁO BẮC NINH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bắc Ninh", "Chính trị / Xây dựng Đảng",
 "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.", "Vì biển, đảo Việt Nam", "Vì người lao động khó khăn",
 "Công ty cổ phần Tập đoàn Kinh Bắc Xanh"],
["22 tháng 4, 2015 | 10:12", "nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2010 - 2015", "lần thứ II", "lần thứ XII", "lần thứ III",
 "2,3 lần", "Trong 5 năm", "11 đồng chí", "năm 2014"]))

PAGES.append(page("b9780-quangnam-mttq-giamsat-2016", """
Ủy ban MTTQ Việt Nam tỉnh Quảng Nam
Trang chủ | Hoạt động Mặt trận | Giám sát, phản biện xã hội
2016-09-14 17:02
Ảnh: Đoàn giám sát làm việc tại Công ty TNHH Tam Hiệp.
Giám sát việc thực hiện chính sách bảo hiểm xã hội cho người lao động tại doanh nghiệp
Ngày 13/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do bà Zơ Râm Thị Lý, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế đối với người lao động tại 4 doanh nghiệp ở Khu công nghiệp Điện Nam - Điện Ngọc và huyện Núi Thành.
Cuộc giám sát được thực hiện theo Kế hoạch số 34/KH-MTTQ-BTT ngày 8/8/2016 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội. Tham gia đoàn có đại diện Liên đoàn Lao động tỉnh, Bảo hiểm xã hội tỉnh, Sở Lao động - Thương binh và Xã hội.
Qua giám sát cho thấy, 4 doanh nghiệp đang sử dụng 6.215 lao động, trong đó 5.980 người đã được đóng bảo hiểm xã hội bắt buộc, đạt 96,2%. Tuy nhiên, 2 doanh nghiệp còn nợ bảo hiểm xã hội với tổng số tiền hơn 3,1 tỷ đồng, kéo dài từ 3 đến 6 tháng; một số lao động thời vụ chưa được ký hợp đồng. Công ty TNHH Tam Hiệp đã trích 420 triệu đồng từ quỹ phúc lợi hỗ trợ 58 công nhân bị tai nạn, ốm đau và xây 2 nhà tình thương cho công nhân nghèo ở xã Tam Nghĩa.
Ông Trần Quốc Khánh, Giám đốc Công ty TNHH Tam Hiệp, giải thích việc nợ đọng là do khách hàng chậm thanh toán, cam kết hoàn trả trước ngày 31/12. Bà Bríu Thị Hoa, công nhân người Cơ Tu, cho biết chị đã được công ty giải quyết chế độ thai sản đầy đủ và hỗ trợ thêm 1 triệu đồng.
Kết luận buổi giám sát, bà Zơ Râm Thị Lý đề nghị các doanh nghiệp khắc phục ngay tình trạng nợ đọng, thực hiện đúng Luật Bảo hiểm xã hội năm 2014; công đoàn cơ sở phải thực sự là người đại diện bảo vệ quyền lợi hợp pháp của người lao động. Đoàn cũng kiến nghị UBND tỉnh chỉ đạo cơ quan chức năng xử lý nghiêm doanh nghiệp cố tình trốn đóng và biểu dương những doanh nghiệp làm tốt công tác chăm lo cho người lao động.
Cùng ngày, đồng chí Alăng Thị Đào, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, dẫn đoàn làm việc với Ủy ban MTTQ Việt Nam thị xã Điện Bàn về kết quả vận động doanh nghiệp tham gia cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", nghe báo cáo việc các doanh nghiệp đóng góp xây dựng đường giao thông, trường học ở phường Điện Nam Bắc.
Thu Hiền
Lượt truy cập: 2.088
Tin khác
- Phản biện dự thảo đề án hỗ trợ hợp tác xã (05/09/2016)
- Giám sát công tác giảm nghèo tại Nam Trà My (25/08/2016)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 4 (12/08/2016)
""", "2016-09-14", "Giám sát việc thực hiện chính sách bảo hiểm xã hội cho người lao động tại doanh nghiệp",
E("giam_sat", None, "2016-09-13"),
[P("Zơ Râm Thị Lý", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Quốc Khánh", "Giám đốc Công ty TNHH Tam Hiệp"),
 P("Bríu Thị Hoa"),
 P("Alăng Thị Đào", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("4 doanh nghiệp", 4, "doanh nghiệp"), Q("6.215 lao động", 6215, "lao động"), Q("5.980 người", 5980, "người"),
 Q("96,2%", 96.2, "%"), Q("2 doanh nghiệp", 2, "doanh nghiệp"), Q("hơn 3,1 tỷ đồng", 3100000000, "đồng", "over"),
 Q("420 triệu đồng", 420000000, "đồng"), Q("58 công nhân", 58, "công nhân"), Q("2 nhà tình thương", 2, "nhà tình thương"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "34", "KH-MTTQ-BTT", "2016-08-08", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 34/KH-MTTQ-BTT ngày 8/8/2016"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013")],
[prov("Quảng Nam"), com("Tam Nghĩa"), com("Điện Nam Bắc")],
["Ủy ban MTTQ Việt Nam tỉnh Quảng Nam", "Trang chủ | Hoạt động Mặt trận | Giám sát, phản biện xã hội",
 "Ảnh: Đoàn giám sát làm việc tại Công ty TNHH Tam Hiệp.", "Khu công nghiệp Điện Nam - Điện Ngọc", "Luật Bảo hiểm xã hội năm 2014",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt truy cập: 2.088"],
["2016-09-14 17:02", "từ 3 đến 6 tháng", "năm 2014", "Lượt truy cập: 2.088"]))

PAGES.append(page("b9781-daklak-htx-chandung-2017", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Phóng sự - Ghi chép » Gương sáng
08/03/2017 - 07:45
Nữ Bí thư chi bộ "giữ lửa" hợp tác xã ở buôn Êđê
Chị H'Xíu Ayŭn (thứ hai từ trái) hướng dẫn xã viên chăm sóc cà phê.
Hơn 10 năm gắn bó với Hợp tác xã nông nghiệp dịch vụ Ea Kiết, chị H'Xíu Ayŭn, Bí thư Chi bộ kiêm Giám đốc hợp tác xã, đã cùng bà con buôn Cư Bang đưa thu nhập của xã viên lên gấp nhiều lần, nhiều hộ đồng bào Êđê thoát nghèo bền vững.
Năm 2006, khi hợp tác xã mới thành lập, chỉ có 27 xã viên với số vốn góp ít ỏi. Là người con của buôn, tốt nghiệp trung cấp nông nghiệp, chị H'Xíu được bà con tin tưởng giao nhiệm vụ điều hành. Chị mạnh dạn liên kết với doanh nghiệp thu mua cà phê theo tiêu chuẩn 4C, vận động bà con tái canh cà phê già cỗi, trồng xen sầu riêng, bơ. Đến nay, hợp tác xã có 186 xã viên, canh tác 312 ha cà phê đạt chứng nhận, doanh thu năm 2016 đạt 14,5 tỷ đồng.
Không chỉ làm kinh tế, chị H'Xíu còn quan tâm xây dựng tổ chức đảng trong hợp tác xã. Từ 3 đảng viên sinh hoạt ghép ở chi bộ buôn, năm 2012 Đảng ủy xã Ea Kiết quyết định thành lập Chi bộ Hợp tác xã; đến nay chi bộ có 9 đảng viên, 4 năm liền đạt trong sạch, vững mạnh. "Mình muốn thanh niên trong buôn thấy rằng vào Đảng là để làm gương, làm giàu cho buôn làng", chị nói.
Hằng năm, hợp tác xã trích 5% lợi nhuận lập quỹ xã hội, hỗ trợ học bổng cho con em xã viên nghèo, tặng bò giống cho 14 hộ nghèo và góp công làm 2,5 km đường bê tông vào khu sản xuất. Ông Y Blông Niê, Trưởng buôn Cư Bang, cho biết số hộ nghèo của buôn đã giảm từ 41 hộ năm 2010 xuống còn 6 hộ.
Đánh giá về chị H'Xíu, đồng chí Y Thanh Byă, Phó Bí thư Thường trực Đảng ủy xã Ea Kiết, nhận xét: "Chị là đảng viên trẻ tiêu biểu, biết vận động bà con bằng việc làm cụ thể". Năm 2016, chị được Chủ tịch UBND tỉnh tặng bằng khen và được Liên minh Hợp tác xã Việt Nam vinh danh là một trong 100 giám đốc hợp tác xã tiêu biểu toàn quốc.
Theo Liên minh Hợp tác xã tỉnh Đắk Lắk, mô hình chi bộ trong hợp tác xã như ở Ea Kiết còn chưa nhiều. Phần lớn hợp tác xã vùng đồng bào dân tộc thiểu số quy mô nhỏ, thiếu cán bộ quản lý được đào tạo, đảng viên phải sinh hoạt ghép với chi bộ thôn, buôn. Kinh nghiệm của chị H'Xíu là chọn những xã viên trẻ, năng nổ để giao việc, bồi dưỡng, rồi giới thiệu cho chi bộ xem xét kết nạp.
Với chị, điều trăn trở nhất lúc này là nhiều thanh niên trong buôn vẫn đi làm thuê xa nhà. Chị đang ấp ủ dự án sơ chế, rang xay cà phê tại chỗ để tạo thêm việc làm, giữ chân lớp trẻ ở lại với buôn làng.
Bài, ảnh: Hoàng Thiên
Tin cùng chuyên mục
- Người cựu chiến binh làm giàu trên đất Krông Búk (01/03/2017)
- Già làng Y Khu Niê và 20 năm giữ rừng (22/02/2017)
- Nữ doanh nhân M'nông với hành trình khởi nghiệp (14/02/2017)
""", "2017-03-08", "Nữ Bí thư chi bộ \"giữ lửa\" hợp tác xã ở buôn Êđê",
E("khac", None, None),
[P("H'Xíu Ayŭn", "Bí thư Chi bộ kiêm Giám đốc hợp tác xã"),
 P("Y Blông Niê", "Trưởng buôn Cư Bang"),
 P("Y Thanh Byă", "Phó Bí thư Thường trực Đảng ủy xã Ea Kiết")],
[Q("27 xã viên", 27, "xã viên"), Q("186 xã viên", 186, "xã viên"), Q("312 ha", 312, "ha"), Q("14,5 tỷ đồng", 14500000000, "đồng"),
 Q("3 đảng viên", 3, "đảng viên"), Q("9 đảng viên", 9, "đảng viên"), Q("5% lợi nhuận", 5, "%"), Q("14 hộ nghèo", 14, "hộ nghèo"),
 Q("2,5 km", 2.5, "km"), Q("41 hộ", 41, "hộ"), Q("6 hộ", 6, "hộ"), Q("100 giám đốc hợp tác xã tiêu biểu", 100, "giám đốc hợp tác xã tiêu biểu")],
[],
[prov("Đắk Lắk"), com("Ea Kiết")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Phóng sự - Ghi chép » Gương sáng", "Chị H'Xíu Ayŭn (thứ hai từ trái) hướng dẫn xã viên chăm sóc cà phê.",
 "Hợp tác xã nông nghiệp dịch vụ Ea Kiết", "Chi bộ Hợp tác xã", "Liên minh Hợp tác xã Việt Nam", "4C"],
["08/03/2017 - 07:45", "Hơn 10 năm", "Năm 2006", "4 năm liền", "năm 2016", "năm 2010", "4C"]))

PAGES.append(page("b9782-cantho-mttq-hoinghi-2017", """
BÁO CẦN THƠ ONLINE
Chính trị - Xã hội › Mặt trận - Đoàn thể
Cập nhật: 14:15, 20/12/2017 (GMT+7)
Toàn cảnh hội nghị.
Biểu dương 45 doanh nghiệp tiêu biểu trong công tác an sinh xã hội
Chiều 19/12, Ủy ban MTTQ Việt Nam thành phố Cần Thơ phối hợp Hội Doanh nghiệp thành phố tổ chức hội nghị biểu dương doanh nghiệp, doanh nhân tiêu biểu tham gia công tác an sinh xã hội năm 2017. Đồng chí Nguyễn Thanh Sơn, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố và ông Trần Văn Hảo, Chủ tịch Hội Doanh nghiệp thành phố đồng chủ trì.
Năm 2017, các doanh nghiệp trên địa bàn thành phố đã đóng góp Quỹ "Vì người nghèo" các cấp hơn 21,4 tỷ đồng; hỗ trợ xây dựng 386 căn nhà đại đoàn kết, sửa chữa 74 căn nhà; tặng 12.600 phần quà cho hộ nghèo, hộ cận nghèo, người khuyết tật. Nhiều doanh nghiệp còn nhận đỡ đầu học sinh nghèo, trao 1.150 suất học bổng, mỗi suất từ 1 triệu đồng trở lên.
Đồng bào Khmer ở các phường An Bình, Thới An Đông cũng được quan tâm: 3 doanh nghiệp đã hỗ trợ 640 triệu đồng sửa chữa trường học, tặng quà dịp lễ Chôl Chnăm Thmây. Đại đức Danh Mến, Phó Trụ trì chùa Pôthi Somrôn, ghi nhận sự chung tay của doanh nghiệp với bà con nghèo người Khmer.
Phát biểu tại hội nghị, bà Lâm Thị Sa Phia, Giám đốc Công ty TNHH Thương mại Hậu Giang Xanh, cho biết mỗi năm công ty trích 3% lợi nhuận cho các hoạt động từ thiện, đồng thời ưu tiên tuyển dụng lao động là con em hộ nghèo. "Doanh nghiệp lớn lên được là nhờ người dân, nên chia sẻ với người khó khăn là trách nhiệm", bà nói.
Đồng chí Lê Văn Tâm, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố, đánh giá cao sự đóng góp của cộng đồng doanh nghiệp, đề nghị tiếp tục thực hiện Chỉ thị số 12-CT/TU ngày 14/4/2016 của Ban Thường vụ Thành ủy về tăng cường sự lãnh đạo của Đảng đối với công tác vận động doanh nghiệp tham gia an sinh xã hội và Nghị quyết số 76/2014/QH13 của Quốc hội về đẩy mạnh thực hiện mục tiêu giảm nghèo bền vững. Đồng chí cũng lưu ý các doanh nghiệp quan tâm thành lập tổ chức đảng, công đoàn tại đơn vị.
Dịp này, Ủy ban MTTQ Việt Nam thành phố tặng bằng khen cho 45 doanh nghiệp và 18 doanh nhân tiêu biểu; 2 doanh nghiệp được đề nghị Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen.
Theo kế hoạch, từ nay đến Tết Nguyên đán Mậu Tuất, Ủy ban MTTQ Việt Nam thành phố sẽ tiếp tục vận động các doanh nghiệp chung tay chăm lo Tết cho hộ nghèo, gia đình chính sách, phấn đấu không để hộ nào không có Tết.
Kim Loan
Tin liên quan
- Ninh Kiều bàn giao 20 căn nhà đại đoàn kết (12/12/2017)
- Doanh nghiệp ủng hộ đồng bào bị bão lũ miền Trung (28/11/2017)
- Cờ Đỏ: ra mắt tổ hợp tác trồng lúa hữu cơ (15/11/2017)
""", "2017-12-20", "Biểu dương 45 doanh nghiệp tiêu biểu trong công tác an sinh xã hội",
E("hoi_nghi", "2017", "2017-12-19"),
[P("Nguyễn Thanh Sơn", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố"),
 P("Trần Văn Hảo", "Chủ tịch Hội Doanh nghiệp thành phố"),
 P("Danh Mến", "Đại đức", "Phó Trụ trì chùa Pôthi Somrôn"),
 P("Lâm Thị Sa Phia", "Giám đốc Công ty TNHH Thương mại Hậu Giang Xanh"),
 P("Lê Văn Tâm", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố")],
[Q("45 doanh nghiệp tiêu biểu", 45, "doanh nghiệp tiêu biểu"), Q("hơn 21,4 tỷ đồng", 21400000000, "đồng", "over"),
 Q("386 căn nhà đại đoàn kết", 386, "căn nhà đại đoàn kết"), Q("74 căn nhà", 74, "căn nhà"), Q("12.600 phần quà", 12600, "phần quà"),
 Q("1.150 suất học bổng", 1150, "suất học bổng"), Q("từ 1 triệu đồng trở lên", 1000000, "đồng", "over"), Q("3 doanh nghiệp", 3, "doanh nghiệp"),
 Q("640 triệu đồng", 640000000, "đồng"), Q("3% lợi nhuận", 3, "%"),
 Q("18 doanh nhân tiêu biểu", 18, "doanh nhân tiêu biểu"), Q("2 doanh nghiệp", 2, "doanh nghiệp")],
[D("Chỉ thị", "12", "CT/TU", "2016-04-14", "Ban Thường vụ Thành ủy", "Chỉ thị số 12-CT/TU ngày 14/4/2016"),
 D("Nghị quyết", "76", "2014/QH13", None, "Quốc hội", "Nghị quyết số 76/2014/QH13")],
[prov("Cần Thơ"), com("An Bình"), com("Thới An Đông")],
["BÁO CẦN THƠ ONLINE", "Chính trị - Xã hội › Mặt trận - Đoàn thể", "Toàn cảnh hội nghị.", "Vì người nghèo", "Chôl Chnăm Thmây",
 "Công ty TNHH Thương mại Hậu Giang Xanh", "chùa Pôthi Somrôn"],
["Cập nhật: 14:15, 20/12/2017 (GMT+7)", "năm 2017", "Năm 2017", "Mậu Tuất"]))

PAGES.append(page("b9783-laocai-bdv-baocao-2018", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ - Văn bản - Báo cáo
26/12/2018 06:00
Kết quả công tác dân vận trong doanh nghiệp, hợp tác xã năm 2018
Ngày 24/12/2018, Ban Dân vận Tỉnh ủy ban hành Báo cáo số 186-BC/BDVTU về kết quả công tác dân vận trong các doanh nghiệp, hợp tác xã năm 2018 và phương hướng năm 2019. Trang thông tin trích đăng nội dung chính của báo cáo.
1. Tình hình chung
Toàn tỉnh Lào Cai hiện có 2.318 doanh nghiệp đang hoạt động và 214 hợp tác xã, thu hút khoảng 38.000 lao động, trong đó gần 40% là đồng bào dân tộc thiểu số. Năm 2018, các cấp ủy tiếp tục thực hiện Kết luận số 18-KL/TU ngày 5/3/2017 của Ban Thường vụ Tỉnh ủy về công tác dân vận trong doanh nghiệp và Chỉ thị số 22-CT/TW của Ban Bí thư về tăng cường công tác lãnh đạo xây dựng quan hệ lao động hài hòa.
2. Kết quả nổi bật
- Xây dựng tổ chức đảng, đoàn thể: thành lập mới 6 chi bộ trong doanh nghiệp ngoài nhà nước và 3 chi bộ trong hợp tác xã; kết nạp 54 đảng viên là người lao động; 82 doanh nghiệp có tổ chức công đoàn.
- An sinh xã hội: các doanh nghiệp, hợp tác xã đóng góp 27,6 tỷ đồng cho các chương trình giảm nghèo, xây dựng nông thôn mới; hỗ trợ làm 215 nhà ở cho hộ nghèo theo Quyết định số 33/2015/QĐ-TTg của Thủ tướng Chính phủ; nhận 5 xã đặc biệt khó khăn để giúp đỡ.
- Mô hình "Dân vận khéo": công nhận 19 mô hình trong doanh nghiệp, hợp tác xã, tiêu biểu là mô hình liên kết trồng chè của Hợp tác xã Chè Tả Thàng ở xã Tả Thàng và mô hình "Doanh nghiệp đồng hành cùng bản" tại xã Tả Van.
Ông Giàng A Chu, Bí thư Chi bộ thôn Tả Thàng, xã Tả Thàng, được biểu dương vì đã vận động 68 hộ người Mông tham gia hợp tác xã chè. Bà Tẩn Thị Mẩy, người Dao đỏ, Giám đốc Hợp tác xã Dệt thổ cẩm Tả Phìn, đã tạo việc làm thường xuyên cho 120 phụ nữ.
3. Hạn chế
Một số chủ doanh nghiệp chưa quan tâm đến công tác dân vận; việc thành lập tổ chức đảng còn chậm, số doanh nghiệp có tổ chức đảng mới đạt 4,1%. Đã xảy ra 2 vụ ngừng việc tập thể tại doanh nghiệp khai thác khoáng sản.
4. Phương hướng năm 2019
Tập trung tham mưu Ban Thường vụ Tỉnh ủy sơ kết Kết luận số 18-KL/TU; phấn đấu thành lập ít nhất 8 tổ chức đảng trong doanh nghiệp, hợp tác xã; phối hợp với Ủy ban MTTQ Việt Nam tỉnh vận động doanh nghiệp chung tay hỗ trợ xây dựng 300 nhà đại đoàn kết.
Báo cáo do đồng chí Vàng Thị Mai, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy ký.
Phòng Dân vận chính quyền
Các tin khác
- Hội nghị giao ban công tác dân vận quý IV (20/12/2018)
- Bắc Hà: 7 mô hình dân vận khéo được công nhận (10/12/2018)
- Sa Pa vận động đồng bào không di cư tự do (30/11/2018)
""", "2018-12-26", "Kết quả công tác dân vận trong doanh nghiệp, hợp tác xã năm 2018",
E("bao_cao", "2018", "2018-12-24"),
[P("Giàng A Chu", "Bí thư Chi bộ thôn Tả Thàng"),
 P("Tẩn Thị Mẩy", "Giám đốc Hợp tác xã Dệt thổ cẩm Tả Phìn"),
 P("Vàng Thị Mai", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy")],
[Q("2.318 doanh nghiệp", 2318, "doanh nghiệp"), Q("214 hợp tác xã", 214, "hợp tác xã"), Q("khoảng 38.000 lao động", 38000, "lao động", "approx"),
 Q("gần 40%", 40, "%", "approx"), Q("6 chi bộ", 6, "chi bộ"), Q("3 chi bộ", 3, "chi bộ"), Q("54 đảng viên", 54, "đảng viên"),
 Q("82 doanh nghiệp", 82, "doanh nghiệp"), Q("27,6 tỷ đồng", 27600000000, "đồng"), Q("215 nhà ở", 215, "nhà ở"),
 Q("5 xã đặc biệt khó khăn", 5, "xã đặc biệt khó khăn"), Q("19 mô hình", 19, "mô hình"), Q("68 hộ người Mông", 68, "hộ người Mông"),
 Q("120 phụ nữ", 120, "phụ nữ"), Q("4,1%", 4.1, "%"), Q("2 vụ ngừng việc tập thể", 2, "vụ ngừng việc tập thể"),
 Q("ít nhất 8 tổ chức đảng", 8, "tổ chức đảng", "over"), Q("300 nhà đại đoàn kết", 300, "nhà đại đoàn kết")],
[D("Báo cáo", "186", "BC/BDVTU", "2018-12-24", "Ban Dân vận Tỉnh ủy", "Báo cáo số 186-BC/BDVTU"),
 D("Kết luận", "18", "KL/TU", "2017-03-05", "Ban Thường vụ Tỉnh ủy", "Kết luận số 18-KL/TU ngày 5/3/2017"),
 D("Chỉ thị", "22", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 22-CT/TW"),
 D("Quyết định", "33", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 33/2015/QĐ-TTg")],
[prov("Lào Cai"), com("Tả Thàng"), com("Tả Van")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ - Văn bản - Báo cáo", "Dân vận khéo", "Doanh nghiệp đồng hành cùng bản",
 "Hợp tác xã Chè Tả Thàng", "Hợp tác xã Dệt thổ cẩm Tả Phìn", "Phòng Dân vận chính quyền"],
["26/12/2018 06:00", "năm 2018", "năm 2019", "Năm 2018", "1. Tình hình chung", "2. Kết quả nổi bật", "3. Hạn chế", "4. Phương hướng năm 2019"]))

PAGES.append(page("b9784-vinhphuc-dukdn-soket-2019", """
Hôm nay: Thứ Năm, 18/07/2019
TRANG THÔNG TIN ĐIỆN TỬ TỈNH ỦY VĨNH PHÚC
Tin tức › Xây dựng Đảng
Thứ Ba, 16/07/2019, 10:20
Phát triển tổ chức đảng trong doanh nghiệp tư nhân: chuyển biến từ nhận thức của chủ doanh nghiệp
Sáng 15/7, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2019, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lưu Thị Hương, Bí thư Đảng ủy Khối Doanh nghiệp tỉnh chủ trì hội nghị; dự có đồng chí Trần Duy Khánh, Tỉnh ủy viên, Phó Trưởng Ban Tổ chức Tỉnh ủy.
Đồng chí Lưu Thị Hương phát biểu kết luận hội nghị. Ảnh: Thế Hùng
6 tháng đầu năm, Đảng ủy Khối đã tổ chức quán triệt Chỉ thị số 33-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với việc xây dựng tổ chức đảng, đoàn thể trong các doanh nghiệp tư nhân tới 100% tổ chức cơ sở đảng; ban hành Kế hoạch 45-KH/ĐUK và Kế hoạch 46-KH/ĐUK về thực hiện chỉ thị. Đảng ủy Khối thành lập mới 4 tổ chức cơ sở đảng tại doanh nghiệp tư nhân, doanh nghiệp FDI, nâng tổng số lên 96 tổ chức cơ sở đảng với 3.412 đảng viên; kết nạp 73 đảng viên, đạt 56,2% kế hoạch năm.
Tham luận tại hội nghị, đồng chí Lâm Văn Sơn, người Sán Dìu, Bí thư Chi bộ Công ty TNHH Gạch ốp lát Tam Dương, cho biết chi bộ đã thuyết phục được ban giám đốc bố trí phòng sinh hoạt và hỗ trợ kinh phí hoạt động 30 triệu đồng/năm. Đồng chí Nguyễn Thị Hạnh, Chủ tịch Công đoàn, Phó Bí thư Chi bộ Công ty cổ phần Dược phẩm Vĩnh Phúc, chia sẻ cách làm "3 cùng" với công nhân: cùng ăn ca, cùng lao động, cùng tham gia hoạt động xã hội.
Về an sinh xã hội, 6 tháng qua các doanh nghiệp trong Khối ủng hộ Quỹ "Vì người nghèo" tỉnh 2,15 tỷ đồng, hỗ trợ xây 17 nhà đại đoàn kết cho hộ nghèo tại các xã Quang Yên, Bạch Lưu; tặng 900 suất quà cho công nhân bị giảm việc làm.
Kết luận hội nghị, đồng chí Lưu Thị Hương đề nghị 6 tháng cuối năm tập trung chuẩn bị đại hội các tổ chức cơ sở đảng nhiệm kỳ 2020 - 2025 theo Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị; đối với doanh nghiệp có trên 50 lao động chưa có tổ chức đảng, mỗi đồng chí ủy viên Ban Thường vụ Đảng ủy Khối phụ trách vận động ít nhất 2 doanh nghiệp. Đồng chí nhấn mạnh: "Muốn chủ doanh nghiệp ủng hộ, chi bộ phải chứng minh được mình góp phần ổn định sản xuất, giữ chân người lao động".
Hội nghị đã khen thưởng 8 tập thể, 15 cá nhân có thành tích xuất sắc trong thực hiện Chỉ thị 33-CT/TW.
Minh Châu
Bài viết liên quan
- Tam Dương: thành lập chi bộ đầu tiên tại doanh nghiệp FDI (05/07/2019)
- Công đoàn các khu công nghiệp tổ chức "Tháng Công nhân" (20/05/2019)
- Quán triệt Chỉ thị 33 của Ban Bí thư (14/04/2019)
""", "2019-07-16", "Phát triển tổ chức đảng trong doanh nghiệp tư nhân: chuyển biến từ nhận thức của chủ doanh nghiệp",
E("so_ket", "2019-H1", "2019-07-15"),
[P("Lưu Thị Hương", "Bí thư Đảng ủy Khối Doanh nghiệp tỉnh"),
 P("Trần Duy Khánh", "Tỉnh ủy viên", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Lâm Văn Sơn", "Bí thư Chi bộ Công ty TNHH Gạch ốp lát Tam Dương"),
 P("Nguyễn Thị Hạnh", "Chủ tịch Công đoàn", "Phó Bí thư Chi bộ Công ty cổ phần Dược phẩm Vĩnh Phúc")],
[Q("100% tổ chức cơ sở đảng", 100, "%"), Q("4 tổ chức cơ sở đảng", 4, "tổ chức cơ sở đảng"), Q("96 tổ chức cơ sở đảng", 96, "tổ chức cơ sở đảng"),
 Q("3.412 đảng viên", 3412, "đảng viên"), Q("73 đảng viên", 73, "đảng viên"), Q("56,2%", 56.2, "%"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("2,15 tỷ đồng", 2150000000, "đồng"), Q("17 nhà đại đoàn kết", 17, "nhà đại đoàn kết"),
 Q("900 suất quà", 900, "suất quà"), Q("trên 50 lao động", 50, "lao động", "over"), Q("ít nhất 2 doanh nghiệp", 2, "doanh nghiệp", "over"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân có thành tích xuất sắc", 15, "cá nhân")],
[D("Chỉ thị", "33", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 33-CT/TW của Ban Bí thư"),
 D("Kế hoạch", "45", "KH/ĐUK", None, "Đảng ủy Khối", "Kế hoạch 45-KH/ĐUK"),
 D("Kế hoạch", "46", "KH/ĐUK", None, "Đảng ủy Khối", "Kế hoạch 46-KH/ĐUK"),
 D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 30/5/2019")],
[prov("Vĩnh Phúc"), com("Quang Yên"), com("Bạch Lưu")],
["TRANG THÔNG TIN ĐIỆN TỬ TỈNH ỦY VĨNH PHÚC", "Tin tức › Xây dựng Đảng", "Hôm nay: Thứ Năm, 18/07/2019",
 "Đồng chí Lưu Thị Hương phát biểu kết luận hội nghị. Ảnh: Thế Hùng", "Vì người nghèo", "3 cùng", "Công ty TNHH Gạch ốp lát Tam Dương"],
["Hôm nay: Thứ Năm, 18/07/2019", "Thứ Ba, 16/07/2019, 10:20", "6 tháng đầu năm 2019", "6 tháng cuối năm", "6 tháng qua",
 "3 cùng", "nhiệm kỳ 2020 - 2025", "30 triệu đồng/năm"]))
