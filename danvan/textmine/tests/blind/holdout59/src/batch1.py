from lib import *
PAGES = []

PAGES.append(page("b1373-binhduong-cdkcn-tongket-2011", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH DƯƠNG
Trang chủ > Tin tức - Sự kiện > Hoạt động Công đoàn
Thứ Năm, 29/12/2011 - 16:20
Toàn cảnh hội nghị tổng kết. Ảnh: Minh Đức
Công đoàn các KCN Bình Dương: giữ ổn định quan hệ lao động trong năm khó khăn
Ngày 28/12/2011, Công đoàn các khu công nghiệp tỉnh tổ chức hội nghị tổng kết hoạt động công đoàn năm 2011, triển khai chương trình công tác năm 2012. Dự hội nghị có đồng chí Nguyễn Văn Lực, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trần Thị Mỹ Hạnh, Phó Chủ tịch Thường trực Liên đoàn Lao động tỉnh cùng 215 đại biểu là chủ tịch công đoàn cơ sở trong các khu công nghiệp.
Theo báo cáo do đồng chí Lê Hoàng Sơn, Phó Chủ tịch Công đoàn các khu công nghiệp tỉnh trình bày, đến cuối năm toàn tỉnh có 28 khu công nghiệp với 1.120 doanh nghiệp đang hoạt động, thu hút gần 245.000 lao động, trong đó khoảng 68% là lao động nhập cư. Trong năm, công đoàn đã kết nạp mới 14.560 đoàn viên, thành lập mới 63 công đoàn cơ sở, nâng tổng số đoàn viên lên 186.400 người.
Thực hiện Chỉ thị 22-CT/TW ngày 5/6/2008 của Ban Bí thư về tăng cường công tác lãnh đạo, chỉ đạo việc xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong doanh nghiệp, Công đoàn các KCN đã phối hợp Ban Quản lý các khu công nghiệp tổ chức 46 buổi đối thoại định kỳ giữa người sử dụng lao động và công nhân, ký mới 212 bản thỏa ước lao động tập thể. Năm 2011 xảy ra 37 cuộc ngừng việc tập thể, chủ yếu do doanh nghiệp chậm điều chỉnh tiền lương khi giá cả tăng cao; công đoàn đã cùng các ngành chức năng vào cuộc, giải quyết ổn định cả 37 cuộc, không để phát sinh điểm nóng.
Công tác chăm lo cho đoàn viên được quan tâm. Dịp Tết Tân Mão, Công đoàn các KCN trao 4.800 suất quà, mỗi suất trị giá 300.000 đồng; phối hợp tổ chức 12 chuyến xe đưa 540 công nhân về quê đón Tết. Chương trình "Mái ấm Công đoàn" hỗ trợ xây mới 9 căn nhà cho đoàn viên khó khăn về nhà ở, tổng kinh phí 270 triệu đồng. Tại xã An Phú, công đoàn phối hợp chủ nhà trọ xây dựng mô hình "Khu nhà trọ văn hóa", giữ an ninh trật tự khu dân cư có đông công nhân thuê trọ.
Tham luận tại hội nghị, chị Phạm Thị Thu, Chủ tịch Công đoàn cơ sở Công ty TNHH giày da Phú Thịnh, cho biết nhờ duy trì đối thoại hằng tháng, công ty đã tăng phụ cấp nhà trọ cho trên 3.000 công nhân từ tháng 9.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Lực đề nghị công đoàn các cấp tiếp tục thực hiện Kế hoạch số 87-KH/TU của Tỉnh ủy thực hiện Nghị quyết 20-NQ/TW ngày 28/1/2008 của Ban Chấp hành Trung ương Đảng (khóa X) về tiếp tục xây dựng giai cấp công nhân Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa; nắm chắc tâm tư công nhân, kịp thời phản ánh với cấp ủy, chính quyền, nhất là trước và sau Tết.
Dịp này, 18 tập thể và 35 cá nhân được Liên đoàn Lao động tỉnh tặng bằng khen.
Minh Đức
Lượt xem: 1.204
Tin khác
- Trao 1.000 vé xe cho công nhân về quê đón Tết (26/12/2011)
- Thuận An: ra mắt Tổ công nhân tự quản khu nhà trọ (19/12/2011)
- Hội thảo về tiền lương tối thiểu vùng năm 2012 (12/12/2011)
- Công đoàn Bình Dương tập huấn Bộ luật Lao động (02/12/2011)
""", "2011-12-29", "Công đoàn các KCN Bình Dương: giữ ổn định quan hệ lao động trong năm khó khăn",
E("tong_ket", "2011", "2011-12-28"),
[P("Nguyễn Văn Lực", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Mỹ Hạnh", "Phó Chủ tịch Thường trực Liên đoàn Lao động tỉnh"),
 P("Lê Hoàng Sơn", "Phó Chủ tịch Công đoàn các khu công nghiệp tỉnh"),
 P("Phạm Thị Thu", "Chủ tịch Công đoàn cơ sở Công ty TNHH giày da Phú Thịnh")],
[Q("215 đại biểu", 215, "đại biểu"), Q("28 khu công nghiệp", 28, "khu công nghiệp"),
 Q("1.120 doanh nghiệp", 1120, "doanh nghiệp"), Q("gần 245.000 lao động", 245000, "lao động", "approx"),
 Q("khoảng 68%", 68, "%", "approx"), Q("14.560 đoàn viên", 14560, "đoàn viên"),
 Q("63 công đoàn cơ sở", 63, "công đoàn cơ sở"), Q("186.400 người", 186400, "người"),
 Q("46 buổi đối thoại định kỳ", 46, "buổi đối thoại định kỳ"),
 Q("212 bản thỏa ước lao động tập thể", 212, "bản thỏa ước lao động tập thể"),
 Q("37 cuộc ngừng việc tập thể", 37, "cuộc ngừng việc tập thể"),
 Q("4.800 suất quà", 4800, "suất quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("12 chuyến xe", 12, "chuyến xe"), Q("540 công nhân", 540, "công nhân"),
 Q("9 căn nhà", 9, "căn nhà"), Q("270 triệu đồng", 270000000, "đồng"),
 Q("trên 3.000 công nhân", 3000, "công nhân", "over"),
 Q("18 tập thể", 18, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Chỉ thị", "22", "CT/TW", "2008-06-05", "Ban Bí thư", "Chỉ thị 22-CT/TW ngày 5/6/2008"),
 D("Kế hoạch", "87", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 87-KH/TU"),
 D("Nghị quyết", "20", "NQ/TW", "2008-01-28", "Ban Chấp hành Trung ương Đảng", "Nghị quyết 20-NQ/TW ngày 28/1/2008")],
[prov("Bình Dương"), com("An Phú")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH DƯƠNG", "Trang chủ > Tin tức - Sự kiện > Hoạt động Công đoàn",
 "Toàn cảnh hội nghị tổng kết. Ảnh: Minh Đức", "Mái ấm Công đoàn", "Khu nhà trọ văn hóa", "Lượt xem: 1.204"],
["Thứ Năm, 29/12/2011 - 16:20", "năm 2011", "năm 2012", "khóa X", "Lượt xem: 1.204"]))

PAGES.append(page("b1374-haiphong-doithoai-congnhan-2012", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam thành phố Hải Phòng
Trang chủ » Hoạt động Mặt trận » Dân chủ - Pháp luật
16/11/2012 - 09:35
Lắng nghe công nhân Khu công nghiệp Nomura
Ngày 15/11, Ban Dân vận Thành ủy, Ủy ban MTTQ Việt Nam thành phố phối hợp Liên đoàn Lao động thành phố tổ chức hội nghị đối thoại với công nhân lao động Khu công nghiệp Nomura năm 2012. Đồng chí Vũ Thị Hằng, Thành ủy viên, Phó Trưởng Ban Dân vận Thành ủy và đồng chí Đỗ Mạnh Cường, Phó Chủ tịch Liên đoàn Lao động thành phố chủ trì.
Các đại biểu công nhân nêu ý kiến tại hội nghị đối thoại.
Tham dự đối thoại có đại diện Ban Quản lý Khu kinh tế Hải Phòng, Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội thành phố, lãnh đạo 24 doanh nghiệp và hơn 300 công nhân đang làm việc tại khu công nghiệp.
Không khí đối thoại thẳng thắn, cởi mở. Nhiều công nhân phản ánh tình trạng thiếu nhà ở, phải thuê phòng trọ chật chội, giá điện, nước cao hơn quy định. Anh Nguyễn Văn Toản, công nhân Công ty TNHH điện tử Hoàng Hà, cho biết mỗi tháng anh phải chi gần 1,2 triệu đồng cho tiền trọ, điện nước, chiếm gần một phần ba thu nhập. Chị Lương Thị Mai, Tổ trưởng Công đoàn phân xưởng may Công ty cổ phần may An Dương, kiến nghị doanh nghiệp bố trí thêm xe đưa đón, mở nhóm trẻ gần khu công nghiệp cho con công nhân.
Trả lời các kiến nghị, đại diện Sở Xây dựng cho biết thành phố đang triển khai Quyết định số 1204/QĐ-UBND ngày 12/7/2012 của UBND thành phố phê duyệt đề án phát triển nhà ở cho công nhân các khu công nghiệp đến năm 2015, dự kiến xây dựng 1.500 căn hộ tại xã Tân Tiến và xã An Hưng. Về giá điện, đại diện Công ty Điện lực Hải Phòng khẳng định sẽ phối hợp với UBND các xã kiểm tra, xử lý những chủ nhà trọ thu tiền điện cao hơn giá quy định.
Theo Liên đoàn Lao động thành phố, trong 10 tháng năm 2012 đã có 41 kiến nghị của công nhân được chuyển đến các cơ quan chức năng, trong đó 33 kiến nghị đã được trả lời, giải quyết. Công đoàn các cấp đã đại diện cho 2.650 công nhân khởi kiện, thương lượng đòi nợ bảo hiểm xã hội với số tiền trên 6,4 tỷ đồng.
Kết luận hội nghị, đồng chí Vũ Thị Hằng đề nghị các doanh nghiệp thực hiện nghiêm Quy chế dân chủ ở cơ sở tại nơi làm việc theo Nghị định 87/2007/NĐ-CP của Chính phủ, định kỳ đối thoại với người lao động ít nhất 3 tháng một lần; các cơ quan chức năng trả lời bằng văn bản những kiến nghị chưa giải quyết ngay tại hội nghị trước ngày 15/12/2012. Ban Dân vận Thành ủy sẽ theo dõi, đôn đốc theo Kế hoạch số 26-KH/BDVTU về "Năm dân vận chính quyền" và báo cáo Ban Thường vụ Thành ủy.
Dịp này, Liên đoàn Lao động thành phố trao 50 suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất gồm 500.000 đồng tiền mặt và nhu yếu phẩm.
Hà Linh
Tin liên quan
- Ký kết chương trình phối hợp chăm lo đời sống công nhân (02/11/2012)
- Công nhân Đình Vũ góp ý dự thảo sửa đổi Hiến pháp 1992 (20/10/2012)
- An Dương: ra mắt câu lạc bộ "Nữ công nhân với pháp luật" (05/10/2012)
""", "2012-11-16", "Lắng nghe công nhân Khu công nghiệp Nomura",
E("doi_thoai", "2012", "2012-11-15"),
[P("Vũ Thị Hằng", "Thành ủy viên", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Đỗ Mạnh Cường", "Phó Chủ tịch Liên đoàn Lao động thành phố"),
 P("Nguyễn Văn Toản", "công nhân Công ty TNHH điện tử Hoàng Hà"),
 P("Lương Thị Mai", "Tổ trưởng Công đoàn phân xưởng may Công ty cổ phần may An Dương")],
[Q("24 doanh nghiệp", 24, "doanh nghiệp"), Q("hơn 300 công nhân", 300, "công nhân", "over"),
 Q("gần 1,2 triệu đồng", 1200000, "đồng", "approx"), Q("1.500 căn hộ", 1500, "căn hộ"),
 Q("41 kiến nghị", 41, "kiến nghị"), Q("33 kiến nghị", 33, "kiến nghị"),
 Q("2.650 công nhân", 2650, "công nhân"), Q("trên 6,4 tỷ đồng", 6400000000, "đồng", "over"),
 Q("50 suất quà", 50, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "1204", "QĐ-UBND", "2012-07-12", "UBND thành phố", "Quyết định số 1204/QĐ-UBND ngày 12/7/2012"),
 D("Nghị định", "87", "2007/NĐ-CP", None, "Chính phủ", "Nghị định 87/2007/NĐ-CP"),
 D("Kế hoạch", "26", "KH/BDVTU", None, None, "Kế hoạch số 26-KH/BDVTU")],
[prov("Hải Phòng"), com("Tân Tiến"), com("An Hưng")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam thành phố Hải Phòng", "Trang chủ » Hoạt động Mặt trận » Dân chủ - Pháp luật",
 "Các đại biểu công nhân nêu ý kiến tại hội nghị đối thoại.", "Năm dân vận chính quyền", "Khu công nghiệp Nomura"],
["16/11/2012 - 09:35", "năm 2012", "10 tháng năm 2012", "3 tháng một lần", "một phần ba", "đến năm 2015"]))

PAGES.append(page("b1375-dongnai-traoqua-tet-congnhan-2013", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Xã hội | Lao động - Việc làm
Cập nhật lúc 08:40 ngày 28/01/2013
"Tết sum vầy" đến với 3.200 công nhân Biên Hòa
(ĐN) - Sáng 27/1, tại Nhà Văn hóa lao động tỉnh, Liên đoàn Lao động tỉnh Đồng Nai phối hợp Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh tổ chức chương trình "Tết sum vầy" năm 2013, trao quà Tết cho công nhân lao động có hoàn cảnh khó khăn tại các khu công nghiệp Biên Hòa 1, Biên Hòa 2, Amata và Loteco.
Đồng chí Huỳnh Thị Ngọc Lan trao quà cho công nhân Khu công nghiệp Biên Hòa 2. Ảnh: Thanh Hải
Đến dự có các đồng chí: Huỳnh Thị Ngọc Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Lê Văn Thạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Nguyễn Thị Kim Thoa, Chủ tịch Liên đoàn Lao động tỉnh.
Năm nay, chương trình trao tổng cộng 3.200 phần quà cho 3.200 công nhân, mỗi phần gồm 400.000 đồng tiền mặt, 1 thùng mì, 5 kg gạo và dầu ăn, tổng trị giá gần 1,9 tỷ đồng, do Quỹ Xã hội Công đoàn tỉnh và 37 doanh nghiệp đóng góp. Riêng 120 công nhân là đoàn viên công đoàn bị tai nạn lao động, bệnh nghề nghiệp được tặng thêm 1 triệu đồng mỗi người.
Theo Liên đoàn Lao động tỉnh, đến ngày 25/1, có 92% doanh nghiệp trên địa bàn đã công bố mức thưởng Tết Quý Tỵ, bình quân khoảng 3,5 triệu đồng/người; vẫn còn 14 doanh nghiệp nợ lương với 4.750 lao động. Công đoàn các cấp đang phối hợp với Sở Lao động - Thương binh và Xã hội đôn đốc các doanh nghiệp này trả lương trước Tết theo Chỉ thị số 02/CT-UBND ngày 9/1/2013 của UBND tỉnh về chăm lo Tết cho người lao động.
Phát biểu tại chương trình, đồng chí Huỳnh Thị Ngọc Lan nhấn mạnh: chăm lo cho công nhân là trách nhiệm của cả hệ thống chính trị, là việc làm cụ thể thực hiện Chỉ thị 22-CT/TW của Ban Bí thư về xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong doanh nghiệp và Chỉ thị 49-CT/TU của Ban Thường vụ Tỉnh ủy. Đồng chí đề nghị các cấp công đoàn quan tâm những công nhân ở lại làm việc, không về quê ăn Tết, tổ chức thăm hỏi tại phòng trọ đêm Giao thừa.
Chị Đinh Thị Xuân, công nhân Công ty TNHH Việt Thắng tại phường Long Bình Tân, xúc động cho biết: "Năm nay vợ chồng tôi đều bị giảm ca, có phần quà này mấy mẹ con cũng đỡ lo".
Cùng ngày, Công đoàn các khu công nghiệp tỉnh tổ chức 21 chuyến xe miễn phí đưa gần 1.000 công nhân về quê ở các tỉnh miền Trung, miền Bắc đón Tết.
Thanh Hải
Lượt xem: 2.315
Tin liên quan
- Nhơn Trạch: trao 500 suất quà cho công nhân nghèo (25/01/2013)
- 14 doanh nghiệp còn nợ lương công nhân (22/01/2013)
- Tổ chức "Chợ Tết công đoàn" phục vụ công nhân (18/01/2013)
""", "2013-01-28", "\"Tết sum vầy\" đến với 3.200 công nhân Biên Hòa",
E("trao_qua", None, "2013-01-27"),
[P("Huỳnh Thị Ngọc Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Thạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Kim Thoa", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Đinh Thị Xuân", "công nhân Công ty TNHH Việt Thắng")],
[Q("3.200 công nhân", 3200, "công nhân"), Q("3.200 phần quà", 3200, "phần quà"),
 Q("400.000 đồng", 400000, "đồng"), Q("5 kg", 5, "kg"),
 Q("gần 1,9 tỷ đồng", 1900000000, "đồng", "approx"), Q("37 doanh nghiệp", 37, "doanh nghiệp"),
 Q("120 công nhân", 120, "công nhân"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("92%", 92, "%"), Q("khoảng 3,5 triệu đồng", 3500000, "đồng", "approx"),
 Q("14 doanh nghiệp", 14, "doanh nghiệp"), Q("4.750 lao động", 4750, "lao động"),
 Q("21 chuyến xe", 21, "chuyến xe"), Q("gần 1.000 công nhân", 1000, "công nhân", "approx")],
[D("Chỉ thị", "02", "CT-UBND", "2013-01-09", "UBND tỉnh", "Chỉ thị số 02/CT-UBND ngày 9/1/2013"),
 D("Chỉ thị", "22", "CT/TW", None, "Ban Bí thư", "Chỉ thị 22-CT/TW"),
 D("Chỉ thị", "49", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 49-CT/TU")],
[prov("Đồng Nai"), com("Long Bình Tân")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Xã hội | Lao động - Việc làm", "(ĐN)", "Tết sum vầy",
 "Đồng chí Huỳnh Thị Ngọc Lan trao quà cho công nhân Khu công nghiệp Biên Hòa 2. Ảnh: Thanh Hải",
 "Lượt xem: 2.315"],
["Cập nhật lúc 08:40 ngày 28/01/2013", "năm 2013", "1 thùng mì", "Biên Hòa 1", "Biên Hòa 2", "Lượt xem: 2.315"]))

PAGES.append(page("b1376-bacninh-bdv-soket-doanhnghiep-2014", """
BAN DÂN VẬN TỈNH ỦY BẮC NINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ
15:12 | 10/07/2014
Ảnh: Quang cảnh hội nghị.
Nâng cao hiệu quả công tác dân vận trong doanh nghiệp có vốn đầu tư nước ngoài
Chiều 9/7, Ban Dân vận Tỉnh ủy Bắc Ninh tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Thị Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Ngô Văn Tuấn, Trần Quang Huy.
Báo cáo tại hội nghị cho biết, 6 tháng qua, toàn tỉnh có 15 khu công nghiệp tập trung với khoảng 230.000 công nhân, trong đó hơn 70% là lao động từ các tỉnh khác đến làm việc. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU ngày 14/3/2014 về tăng cường công tác dân vận trong các doanh nghiệp có vốn đầu tư nước ngoài và Quy chế phối hợp số 03-QC/BDVTU giữa Ban Dân vận Tỉnh ủy với Ban Quản lý các khu công nghiệp tỉnh về nắm tình hình công nhân.
Sau sự việc gây rối trật tự tại một số tỉnh trong tháng 5, khối dân vận các cấp đã chủ động cử 126 đoàn công tác xuống doanh nghiệp, gặp gỡ, tuyên truyền cho trên 85.000 lượt công nhân; không để xảy ra tụ tập đông người, phá hoại tài sản doanh nghiệp trên địa bàn tỉnh. 6 tháng đầu năm, trên địa bàn xảy ra 11 cuộc ngừng việc tập thể, giảm 6 cuộc so với cùng kỳ năm 2013; các cuộc ngừng việc đều được giải quyết trong ngày.
Tại hội nghị, đồng chí Lê Thị Thanh Xuân, HUV, Trưởng Ban Dân vận Huyện ủy Yên Phong, cho biết huyện đã xây dựng 7 mô hình "Dân vận khéo" trong doanh nghiệp, trong đó mô hình "Doanh nghiệp - chủ nhà trọ - công đoàn cùng chăm lo công nhân" ở xã Yên Trung được nhân rộng. Đồng chí Nguyễn Đình Thắng, Bí thư Đảng ủy xã Đông Phong, nêu khó khăn khi xã có gần 9.000 công nhân thuê trọ nhưng chỉ có một cán bộ công an phụ trách, đề nghị tỉnh sớm có quy hoạch nhà ở cho công nhân.
Phát biểu kết luận, đồng chí Nguyễn Thị Hà đề nghị 6 tháng cuối năm, khối dân vận tiếp tục thực hiện Kết luận số 79-KL/TW ngày 25/12/2013 của Bộ Chính trị; tham mưu sơ kết 5 năm thực hiện Kế hoạch số 35-KH/TU của Tỉnh ủy về xây dựng giai cấp công nhân; phối hợp Liên đoàn Lao động tỉnh thành lập công đoàn cơ sở ở những doanh nghiệp từ 25 lao động trở lên còn chưa có tổ chức công đoàn.
Hội nghị cũng nghe đồng chí Đặng Thị Thu Huyền, Trưởng phòng Dân vận chính quyền - Doanh nghiệp Ban Dân vận Tỉnh ủy hướng dẫn khảo sát tình hình tư tưởng công nhân, người lao động năm 2014.
Thu Hương
Số lượt xem: 968
Tin khác
- Ban Dân vận Tỉnh ủy làm việc với Công đoàn các KCN (02/07/2014)
- Từ Sơn: vận động người dân giải phóng mặt bằng KCN VSIP (20/06/2014)
- Gặp mặt các chủ nhà trọ tiêu biểu (11/06/2014)
""", "2014-07-10", "Nâng cao hiệu quả công tác dân vận trong doanh nghiệp có vốn đầu tư nước ngoài",
E("so_ket", "2014-H1", "2014-07-09"),
[P("Nguyễn Thị Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ngô Văn Tuấn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Quang Huy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Thanh Xuân", "HUV", "Trưởng Ban Dân vận Huyện ủy Yên Phong"),
 P("Nguyễn Đình Thắng", "Bí thư Đảng ủy xã Đông Phong"),
 P("Đặng Thị Thu Huyền", "Trưởng phòng Dân vận chính quyền - Doanh nghiệp Ban Dân vận Tỉnh ủy")],
[Q("15 khu công nghiệp tập trung", 15, "khu công nghiệp tập trung"),
 Q("khoảng 230.000 công nhân", 230000, "công nhân", "approx"), Q("hơn 70%", 70, "%", "over"),
 Q("126 đoàn công tác", 126, "đoàn công tác"), Q("trên 85.000 lượt công nhân", 85000, "lượt công nhân", "over"),
 Q("11 cuộc ngừng việc tập thể", 11, "cuộc ngừng việc tập thể"), Q("6 cuộc", 6, "cuộc"),
 Q("7 mô hình", 7, "mô hình"), Q("gần 9.000 công nhân", 9000, "công nhân", "approx"), Q("25 lao động", 25, "lao động")],
[D("Chỉ thị", "12", "CT/TU", "2014-03-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 14/3/2014"),
 D("Quy chế phối hợp", "03", "QC/BDVTU", None, None, "Quy chế phối hợp số 03-QC/BDVTU"),
 D("Kết luận", "79", "KL/TW", "2013-12-25", "Bộ Chính trị", "Kết luận số 79-KL/TW ngày 25/12/2013"),
 D("Kế hoạch", "35", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 35-KH/TU")],
[prov("Bắc Ninh"), com("Yên Trung"), com("Đông Phong")],
["BAN DÂN VẬN TỈNH ỦY BẮC NINH", "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ",
 "Ảnh: Quang cảnh hội nghị.", "Dân vận khéo", "Doanh nghiệp - chủ nhà trọ - công đoàn cùng chăm lo công nhân", "Số lượt xem: 968"],
["15:12 | 10/07/2014", "6 tháng đầu năm 2014", "6 tháng cuối năm", "tháng 5", "5 năm", "năm 2013", "năm 2014", "Số lượt xem: 968"]))

PAGES.append(page("b1377-hungyen-daihoi-cdkcn-2015", """
Liên đoàn Lao động tỉnh Hưng Yên - Cổng thông tin điện tử
Tin tức » Hoạt động công đoàn » Đại hội công đoàn các cấp
Thứ Sáu, 23/10/2015 - 10:30
Đại hội Công đoàn các Khu công nghiệp tỉnh Hưng Yên lần thứ II
Ngày 22/10/2015, Công đoàn các Khu công nghiệp tỉnh Hưng Yên tổ chức Đại hội đại biểu lần thứ II, nhiệm kỳ 2015 - 2020. Về dự có đồng chí Đỗ Xuân Thịnh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phạm Thị Huê, Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam, Chủ tịch Liên đoàn Lao động tỉnh cùng 180 đại biểu thay mặt cho hơn 32.000 đoàn viên thuộc 146 công đoàn cơ sở.
Các đại biểu biểu quyết thông qua chương trình đại hội.
Nhiệm kỳ 2010 - 2015, Công đoàn các Khu công nghiệp tỉnh đã phát triển mới 18.300 đoàn viên, thành lập 79 công đoàn cơ sở, vượt 31% chỉ tiêu đại hội đề ra. 96% doanh nghiệp có tổ chức công đoàn đã ký thỏa ước lao động tập thể; mức lương bình quân của công nhân tăng từ 2,1 triệu đồng lên 4,3 triệu đồng/tháng. Công đoàn đã vận động xây dựng 12 "Mái ấm Công đoàn", hỗ trợ 1.860 lượt đoàn viên khó khăn với số tiền hơn 1,1 tỷ đồng; phối hợp tổ chức 42 lớp tuyên truyền pháp luật cho trên 9.500 lượt công nhân.
Phát biểu chỉ đạo đại hội, đồng chí Phạm Thị Huê đề nghị Công đoàn các Khu công nghiệp tiếp tục triển khai Chương trình hành động số 16-CTr/TU của Tỉnh ủy thực hiện Nghị quyết 20-NQ/TW của Ban Chấp hành Trung ương, chú trọng thương lượng tập thể, xây dựng quan hệ lao động hài hòa; theo dõi việc thực hiện Nghị định 103/2014/NĐ-CP quy định mức lương tối thiểu vùng.
Đồng chí Đỗ Xuân Thịnh ghi nhận công đoàn đã phối hợp tốt với cấp ủy, chính quyền các xã Dị Sử, Nhân Hòa trong công tác nắm tình hình công nhân ngoại tỉnh thuê trọ; đề nghị nhiệm kỳ tới phối hợp với Ban Dân vận các huyện ủy thực hiện Quy chế dân chủ ở cơ sở tại nơi làm việc.
Đại hội đã bầu Ban Chấp hành nhiệm kỳ 2015 - 2020 gồm 15 đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu đồng chí Vũ Văn Dũng giữ chức Chủ tịch Công đoàn các Khu công nghiệp tỉnh; các đồng chí Lê Thị Nhung, Hoàng Minh Quân được bầu làm Phó Chủ tịch. Đại hội cũng bầu 9 đại biểu đi dự Đại hội Công đoàn tỉnh lần thứ XVI. Thảo luận tại đại hội, nhiều ý kiến đề nghị sớm xây dựng thiết chế văn hóa, nhà trẻ cho con công nhân ở các khu công nghiệp Phố Nối A, Phố Nối B.
Đại hội thông qua nghị quyết với 8 chỉ tiêu chủ yếu, trong đó phấn đấu 100% doanh nghiệp từ 30 lao động trở lên có công đoàn cơ sở.
Quang Vinh
Lượt truy cập: 743
Các tin khác
- Đại hội Công đoàn ngành Giáo dục nhiệm kỳ 2015 - 2020 (16/10/2015)
- Văn Lâm: khánh thành 2 Mái ấm Công đoàn (08/10/2015)
- Tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở (24/09/2015)
""", "2015-10-23", "Đại hội Công đoàn các Khu công nghiệp tỉnh Hưng Yên lần thứ II",
E("dai_hoi", None, "2015-10-22"),
[P("Đỗ Xuân Thịnh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Thị Huê", "Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Vũ Văn Dũng", "Chủ tịch Công đoàn các Khu công nghiệp tỉnh"),
 P("Lê Thị Nhung", "Phó Chủ tịch"), P("Hoàng Minh Quân", "Phó Chủ tịch")],
[Q("180 đại biểu", 180, "đại biểu"), Q("hơn 32.000 đoàn viên", 32000, "đoàn viên", "over"),
 Q("146 công đoàn cơ sở", 146, "công đoàn cơ sở"), Q("18.300 đoàn viên", 18300, "đoàn viên"),
 Q("79 công đoàn cơ sở", 79, "công đoàn cơ sở"), Q("31%", 31, "%"), Q("96%", 96, "%"),
 Q("2,1 triệu đồng", 2100000, "đồng"), Q("4,3 triệu đồng", 4300000, "đồng"),
 Q("12 \"Mái ấm Công đoàn\"", 12, "Mái ấm Công đoàn"),
 Q("1.860 lượt đoàn viên", 1860, "lượt đoàn viên"), Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"),
 Q("42 lớp tuyên truyền pháp luật", 42, "lớp tuyên truyền pháp luật"),
 Q("trên 9.500 lượt công nhân", 9500, "lượt công nhân", "over"),
 Q("15 đồng chí", 15, "đồng chí"), Q("9 đại biểu", 9, "đại biểu"), Q("8 chỉ tiêu", 8, "chỉ tiêu"),
 Q("100%", 100, "%"), Q("30 lao động", 30, "lao động")],
[D("Chương trình hành động", "16", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 16-CTr/TU"),
 D("Nghị quyết", "20", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 20-NQ/TW"),
 D("Nghị định", "103", "2014/NĐ-CP", None, None, "Nghị định 103/2014/NĐ-CP")],
[prov("Hưng Yên"), com("Dị Sử"), com("Nhân Hòa")],
["Liên đoàn Lao động tỉnh Hưng Yên - Cổng thông tin điện tử", "Tin tức » Hoạt động công đoàn » Đại hội công đoàn các cấp",
 "Các đại biểu biểu quyết thông qua chương trình đại hội.", "Mái ấm Công đoàn", "Lượt truy cập: 743"],
["Thứ Sáu, 23/10/2015 - 10:30", "lần thứ II", "nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2010 - 2015", "15 đồng chí", "phiên họp thứ nhất", "lần thứ XVI", "Lượt truy cập: 743"]))

PAGES.append(page("b1378-vinhphuc-taphuan-cdcs-2016", """
CỔNG THÔNG TIN - GIAO TIẾP ĐIỆN TỬ TỈNH VĨNH PHÚC
Bạn đang ở: Trang chủ / Tin tức / Tin địa phương
Ngày đăng 20/04/2016 | 14:05
Tập huấn kỹ năng đối thoại, thương lượng cho cán bộ công đoàn cơ sở khu công nghiệp
Trong 2 ngày 18 và 19/4, Liên đoàn Lao động tỉnh Vĩnh Phúc phối hợp với Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn kỹ năng đối thoại, thương lượng tập thể và nắm bắt tình hình tư tưởng công nhân năm 2016 cho 160 học viên là chủ tịch, phó chủ tịch công đoàn cơ sở các doanh nghiệp trong Khu công nghiệp Khai Quang, Bình Xuyên và Bá Thiện.
Học viên trao đổi nhóm tại lớp tập huấn. Ảnh: Hải Yến
Phát biểu khai mạc, đồng chí Trần Văn Hùng, Tỉnh ủy viên, Chủ tịch Liên đoàn Lao động tỉnh cho biết: đến nay tỉnh có 9 khu công nghiệp đã đi vào hoạt động với hơn 96.000 lao động; năm 2015 trên địa bàn xảy ra 9 cuộc ngừng việc tập thể, phần lớn do người lao động chưa được đối thoại kịp thời. Việc tập huấn nhằm cụ thể hóa Kế hoạch số 51-KH/TU ngày 8/1/2016 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong doanh nghiệp ngoài nhà nước và Hướng dẫn số 02/HD-LĐLĐ của Liên đoàn Lao động tỉnh về tổ chức đối thoại định kỳ tại nơi làm việc.
Các học viên được nghe đồng chí Phùng Thị Minh Nguyệt, Phó Trưởng Ban Dân vận Tỉnh ủy, giới thiệu các nội dung cơ bản của Nghị định 60/2013/NĐ-CP ngày 19/6/2013 của Chính phủ quy định chi tiết khoản 3 Điều 63 của Bộ luật Lao động về thực hiện quy chế dân chủ ở cơ sở tại nơi làm việc; ông Lê Minh Đức, giảng viên Trường Đại học Công đoàn, hướng dẫn kỹ năng chuẩn bị, điều hành một cuộc đối thoại, cách ghi nhận kiến nghị và theo dõi việc thực hiện cam kết của người sử dụng lao động.
Lớp học dành nhiều thời gian thảo luận tình huống. Chị Nguyễn Thị Thanh Loan, Chủ tịch Công đoàn cơ sở Công ty TNHH điện tử Sao Vàng, chia sẻ: công ty có trên 2.400 công nhân, 87% là nữ, phần lớn ở trọ tại xã Thiện Kế và xã Sơn Lôi. Sau 3 buổi đối thoại, công đoàn đã thương lượng để doanh nghiệp nâng tiền hỗ trợ nhà trọ lên 250.000 đồng/người/tháng và thêm 2 tuyến xe đưa đón.
Bế mạc lớp tập huấn, đồng chí Phùng Thị Minh Nguyệt đề nghị mỗi công đoàn cơ sở xây dựng lịch đối thoại ít nhất 3 tháng một lần, báo cáo kết quả về Liên đoàn Lao động tỉnh và Ban Dân vận Huyện ủy nơi doanh nghiệp đóng chân. 100% học viên hoàn thành bài thu hoạch.
Hải Yến
Lượt xem: 512
Tin liên quan
- Khánh thành thiết chế công đoàn tại KCN Bá Thiện (05/04/2016)
- Đối thoại với công nhân Khu công nghiệp Khai Quang (24/03/2016)
- Trao 300 suất quà Tết cho công nhân khó khăn (29/01/2016)
""", "2016-04-20", "Tập huấn kỹ năng đối thoại, thương lượng cho cán bộ công đoàn cơ sở khu công nghiệp",
E("tap_huan", "2016", "2016-04-18"),
[P("Trần Văn Hùng", "Tỉnh ủy viên", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Phùng Thị Minh Nguyệt", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Minh Đức", "giảng viên Trường Đại học Công đoàn"),
 P("Nguyễn Thị Thanh Loan", "Chủ tịch Công đoàn cơ sở Công ty TNHH điện tử Sao Vàng")],
[Q("160 học viên", 160, "học viên"), Q("9 khu công nghiệp", 9, "khu công nghiệp"),
 Q("hơn 96.000 lao động", 96000, "lao động", "over"), Q("9 cuộc ngừng việc tập thể", 9, "cuộc ngừng việc tập thể"),
 Q("trên 2.400 công nhân", 2400, "công nhân", "over"), Q("87%", 87, "%"),
 Q("3 buổi đối thoại", 3, "buổi đối thoại"), Q("250.000 đồng", 250000, "đồng"),
 Q("2 tuyến xe đưa đón", 2, "tuyến xe đưa đón"), Q("100%", 100, "%")],
[D("Kế hoạch", "51", "KH/TU", "2016-01-08", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 51-KH/TU ngày 8/1/2016"),
 D("Hướng dẫn", "02", "HD-LĐLĐ", None, "Liên đoàn Lao động tỉnh", "Hướng dẫn số 02/HD-LĐLĐ"),
 D("Nghị định", "60", "2013/NĐ-CP", "2013-06-19", "Chính phủ", "Nghị định 60/2013/NĐ-CP ngày 19/6/2013")],
[prov("Vĩnh Phúc"), com("Thiện Kế"), com("Sơn Lôi")],
["CỔNG THÔNG TIN - GIAO TIẾP ĐIỆN TỬ TỈNH VĨNH PHÚC", "Bạn đang ở: Trang chủ / Tin tức / Tin địa phương",
 "Học viên trao đổi nhóm tại lớp tập huấn. Ảnh: Hải Yến", "Bộ luật Lao động", "Trường Đại học Công đoàn", "Lượt xem: 512"],
["Ngày đăng 20/04/2016 | 14:05", "2 ngày", "năm 2016", "năm 2015", "khoản 3 Điều 63", "3 tháng một lần", "Lượt xem: 512"]))
