from lib import *
PAGES = []

PAGES.append(page("b1379-baria-vungtau-giamsat-nhao-congnhan-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÀ RỊA - VŨNG TÀU
Trang chủ :: Hoạt động giám sát, phản biện xã hội
Thứ Tư, 14/09/2016 - 08:50
Giám sát việc chăm lo nhà ở cho công nhân tại các khu công nghiệp Phú Mỹ
Thực hiện Chương trình giám sát năm 2016, ngày 13/9, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Bà Rịa - Vũng Tàu do đồng chí Huỳnh Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách nhà ở cho công nhân tại thị trấn Phú Mỹ và xã Tân Phước, huyện Tân Thành.
Đoàn giám sát làm việc với UBND huyện Tân Thành.
Tham gia đoàn có các đồng chí: Nguyễn Thị Ngọc Diệp, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh; Trương Quốc Bảo, Phó Chủ tịch Liên đoàn Lao động tỉnh và đại diện Sở Xây dựng, Ban Quản lý các khu công nghiệp tỉnh.
Theo báo cáo của UBND huyện Tân Thành, trên địa bàn huyện có 8 khu công nghiệp với khoảng 41.000 lao động, trong đó hơn 26.000 người là lao động ngoại tỉnh có nhu cầu thuê nhà ở. Đến nay mới có một dự án nhà ở xã hội cho công nhân được đưa vào sử dụng với 512 căn hộ, đáp ứng khoảng 6% nhu cầu; số còn lại phải thuê trọ tại 1.370 cơ sở cho thuê nhà trọ của người dân, nhiều nơi chật chội, thiếu điện, nước sạch và không bảo đảm phòng cháy, chữa cháy.
Thực hiện Quyết định số 2127/QĐ-TTg ngày 30/11/2011 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển nhà ở quốc gia và Kế hoạch số 94/KH-UBND ngày 21/10/2014 của UBND tỉnh, huyện đã bố trí quỹ đất 12,5 ha cho nhà ở công nhân nhưng đến nay chưa thu hút được nhà đầu tư. Năm 2016, Liên đoàn Lao động tỉnh đã hỗ trợ 35 đoàn viên sửa chữa nhà ở, mỗi trường hợp 20 triệu đồng.
Qua giám sát, đoàn ghi nhận sự quan tâm của cấp ủy, chính quyền địa phương; đồng thời chỉ ra những hạn chế: việc quản lý nhà trọ chưa chặt chẽ, chưa kiểm tra thường xuyên giá điện, nước chủ nhà trọ thu của công nhân; một số doanh nghiệp chưa hỗ trợ tiền nhà cho người lao động.
Kết luận buổi giám sát, đồng chí Huỳnh Văn Bình đề nghị UBND huyện báo cáo UBND tỉnh có cơ chế ưu đãi hơn để kêu gọi đầu tư nhà ở công nhân; chỉ đạo UBND thị trấn Phú Mỹ, xã Tân Phước thành lập các tổ tự quản nhà trọ, nhân rộng mô hình "Nhà trọ an toàn, văn minh". Ủy ban MTTQ tỉnh sẽ tổng hợp kết quả, kiến nghị UBND tỉnh theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội.
Ông Nguyễn Văn Thông, chủ nhà trọ ở xã Tân Phước, cho biết gia đình có 24 phòng trọ, thu tiền điện theo giá 2.800 đồng/kWh, đề nghị ngành điện lắp công tơ riêng cho từng phòng.
Minh Tâm
Lượt xem: 436
Tin khác
- Ủy ban MTTQ tỉnh giám sát công tác giảm nghèo tại Xuyên Mộc (30/08/2016)
- Hội nghị phản biện dự thảo quy định giá dịch vụ nhà ở (17/08/2016)
- Ra mắt Ban Thanh tra nhân dân tại doanh nghiệp (05/08/2016)
""", "2016-09-14", "Giám sát việc chăm lo nhà ở cho công nhân tại các khu công nghiệp Phú Mỹ",
E("giam_sat", "2016", "2016-09-13"),
[P("Huỳnh Văn Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Ngọc Diệp", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Quốc Bảo", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Nguyễn Văn Thông", "chủ nhà trọ")],
[Q("8 khu công nghiệp", 8, "khu công nghiệp"), Q("khoảng 41.000 lao động", 41000, "lao động", "approx"),
 Q("hơn 26.000 người", 26000, "người", "over"), Q("512 căn hộ", 512, "căn hộ"), Q("khoảng 6%", 6, "%", "approx"),
 Q("1.370 cơ sở cho thuê nhà trọ", 1370, "cơ sở cho thuê nhà trọ"), Q("12,5 ha", 12.5, "ha"),
 Q("35 đoàn viên", 35, "đoàn viên"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("24 phòng trọ", 24, "phòng trọ"), Q("2.800 đồng", 2800, "đồng")],
[D("Quyết định", "2127", "QĐ-TTg", "2011-11-30", "Thủ tướng Chính phủ", "Quyết định số 2127/QĐ-TTg ngày 30/11/2011"),
 D("Kế hoạch", "94", "KH-UBND", "2014-10-21", "UBND tỉnh", "Kế hoạch số 94/KH-UBND ngày 21/10/2014"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013")],
[prov("Bà Rịa - Vũng Tàu"), com("Phú Mỹ"), com("Tân Phước")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÀ RỊA - VŨNG TÀU", "Trang chủ :: Hoạt động giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc với UBND huyện Tân Thành.", "Nhà trọ an toàn, văn minh", "Chương trình giám sát năm 2016", "Lượt xem: 436"],
["Thứ Tư, 14/09/2016 - 08:50", "năm 2016", "Năm 2016", "Lượt xem: 436"]))

PAGES.append(page("b1380-hanam-giaoban-quy3-2017", """
BÁO HÀ NAM ĐIỆN TỬ
Chính trị >> Xây dựng Đảng
06/10/2017 - 16:45
Khối dân vận tỉnh chủ động nắm tình hình công nhân các khu công nghiệp
Ngày 5/10, Ban Dân vận Tỉnh ủy Hà Nam tổ chức giao ban khối dân vận tỉnh quý III năm 2017. Đồng chí Trần Xuân Lợi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội, Ban Dân vận các huyện ủy, thành ủy.
Đồng chí Trần Xuân Lợi phát biểu kết luận giao ban.
Báo cáo tại giao ban cho biết, trong quý III, tình hình tư tưởng của công nhân, người lao động tại các khu công nghiệp Đồng Văn I, Đồng Văn II, Hòa Mạc và Châu Sơn cơ bản ổn định. Tuy nhiên, trên địa bàn tỉnh đã xảy ra 3 cuộc ngừng việc tập thể với khoảng 2.600 công nhân tham gia, nguyên nhân chủ yếu do doanh nghiệp tăng định mức sản phẩm, chậm đóng bảo hiểm xã hội. Các cuộc ngừng việc đã được Liên đoàn Lao động tỉnh phối hợp các ngành giải quyết ổn định trong vòng 2 ngày.
Khối dân vận đã triển khai kế hoạch số 112-KH/BDVTU của Ban Dân vận Tỉnh ủy về khảo sát đời sống, việc làm của công nhân khu công nghiệp; tổ chức 17 hội nghị tuyên truyền Bộ luật Lao động, Luật Bảo hiểm xã hội cho trên 4.200 công nhân. Liên đoàn Lao động tỉnh đã hỗ trợ xây dựng 3 "Mái ấm Công đoàn" cho đoàn viên tại xã Hoàng Đông và thị trấn Đồng Văn, mỗi nhà 50 triệu đồng.
Thảo luận tại giao ban, đồng chí Lại Thị Thanh Bình, Phó Chủ tịch Liên đoàn Lao động tỉnh đề nghị các ngành quan tâm quy hoạch nhà trẻ cho con công nhân, vì hiện nay có hơn 5.000 cháu là con công nhân đang gửi tại các nhóm trẻ tư thục không phép. Đồng chí Phạm Văn Huấn, Trưởng Ban Dân vận Huyện ủy Duy Tiên, kiến nghị có cơ chế hỗ trợ xã Duy Minh, xã Bạch Thượng trong công tác quản lý lao động ngoại tỉnh thuê trọ.
Kết luận giao ban, đồng chí Trần Xuân Lợi yêu cầu quý IV, khối dân vận tập trung thực hiện Chỉ thị 37-CT/TW ngày 29/9/2014 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong tình hình mới; phối hợp tổ chức đối thoại giữa lãnh đạo tỉnh với công nhân trong tháng 11; chủ động chuẩn bị chương trình "Tết sum vầy" năm 2018.
Giao ban cũng thống nhất giao Văn phòng Ban Dân vận Tỉnh ủy tổng hợp các kiến nghị của công nhân, tham mưu Thường trực Tỉnh ủy chỉ đạo giải quyết dứt điểm trước ngày 30/11/2017.
Nguyễn Thanh
Lượt xem: 611
Tin liên quan
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy Khu công nghiệp (28/09/2017)
- Kim Bảng: sơ kết mô hình "Dân vận khéo" 9 tháng (15/09/2017)
- Giao ban khối dân vận quý II năm 2017 (07/07/2017)
""", "2017-10-06", "Khối dân vận tỉnh chủ động nắm tình hình công nhân các khu công nghiệp",
E("giao_ban", "2017-Q3", "2017-10-05"),
[P("Trần Xuân Lợi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lại Thị Thanh Bình", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Phạm Văn Huấn", "Trưởng Ban Dân vận Huyện ủy Duy Tiên")],
[Q("3 cuộc ngừng việc tập thể", 3, "cuộc ngừng việc tập thể"), Q("khoảng 2.600 công nhân", 2600, "công nhân", "approx"),
 Q("17 hội nghị tuyên truyền", 17, "hội nghị tuyên truyền"), Q("trên 4.200 công nhân", 4200, "công nhân", "over"),
 Q("3 \"Mái ấm Công đoàn\"", 3, "Mái ấm Công đoàn"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("hơn 5.000 cháu", 5000, "cháu", "over")],
[D("Kế hoạch", "112", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 112-KH/BDVTU"),
 D("Chỉ thị", "37", "CT/TW", "2014-09-29", "Ban Bí thư", "Chỉ thị 37-CT/TW ngày 29/9/2014")],
[prov("Hà Nam"), com("Hoàng Đông"), com("Đồng Văn"), com("Duy Minh"), com("Bạch Thượng")],
["BÁO HÀ NAM ĐIỆN TỬ", "Chính trị >> Xây dựng Đảng", "Đồng chí Trần Xuân Lợi phát biểu kết luận giao ban.",
 "Mái ấm Công đoàn", "Tết sum vầy", "Bộ luật Lao động", "Luật Bảo hiểm xã hội", "Lượt xem: 611"],
["06/10/2017 - 16:45", "quý III năm 2017", "quý IV", "2 ngày", "tháng 11", "năm 2018", "Lượt xem: 611"]))

PAGES.append(page("b1381-tayninh-hoinghi-doanhnghiep-fdi-2018", """
Báo Tây Ninh Online
Trang chủ › Chính trị › Dân vận
Cập nhật: 17:10, 22/03/2018 (GMT+7)
Toàn cảnh hội nghị. Ảnh: Đức Minh
Gắn kết doanh nghiệp với công tác dân vận
(BTN) - Sáng 21/3, tại TP Tây Ninh, Ban Dân vận Tỉnh ủy Tây Ninh phối hợp Ban Quản lý Khu kinh tế tỉnh và Liên đoàn Lao động tỉnh tổ chức hội nghị gặp gỡ các doanh nghiệp có vốn đầu tư nước ngoài về công tác dân vận năm 2018.
Dự hội nghị có đồng chí Võ Thành Phát, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Nguyễn Thị Xuân Lan, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Võ Đức Tâm, Phó Chủ tịch UBND tỉnh cùng đại diện lãnh đạo 68 doanh nghiệp đang hoạt động tại các khu công nghiệp Trảng Bàng, Phước Đông, Linh Trung III.
Theo báo cáo của Ban Quản lý Khu kinh tế, đến cuối năm 2017, các khu công nghiệp, khu kinh tế cửa khẩu của tỉnh thu hút 278 dự án, trong đó 203 dự án có vốn đầu tư nước ngoài, giải quyết việc làm cho khoảng 93.000 lao động. Thu nhập bình quân của công nhân đạt 5,8 triệu đồng/tháng; 59% doanh nghiệp có tổ chức công đoàn, 41 doanh nghiệp có tổ chức cơ sở đảng.
Năm 2017, trên địa bàn tỉnh xảy ra 14 vụ ngừng việc tập thể, giảm 5 vụ so với năm 2016. Qua nắm tình hình, Ban Dân vận Tỉnh ủy nhận thấy nguyên nhân chủ yếu là thiếu kênh trao đổi thường xuyên giữa chủ doanh nghiệp với người lao động, một số quản lý người nước ngoài chưa hiểu phong tục, tập quán của công nhân Việt Nam.
Tại hội nghị, đại diện nhiều doanh nghiệp chia sẻ kinh nghiệm. Ông Trần Minh Khôi, Giám đốc nhân sự Công ty TNHH dệt may Hoa Sen, cho biết công ty đã xây dựng ký túc xá 420 phòng cho công nhân tại xã An Tịnh, miễn phí tiền nhà, chỉ thu tiền điện, nước theo giá nhà nước. Bà Lâm Thị Bích Hạnh, Chủ tịch Công đoàn cơ sở Công ty cổ phần cao su Phước Đông đề nghị doanh nghiệp phối hợp với Đảng ủy xã Phước Đông tổ chức sinh hoạt chính trị cho công nhân ngoại tỉnh.
Phát biểu tại hội nghị, đồng chí Võ Thành Phát đề nghị các doanh nghiệp thực hiện tốt Quy chế dân chủ ở cơ sở tại nơi làm việc, tạo điều kiện thành lập tổ chức đảng, công đoàn, đoàn thanh niên; các sở, ngành tiếp tục cải cách thủ tục hành chính theo Chương trình hành động số 19-CTr/TU của Tỉnh ủy. Đồng chí Nguyễn Thị Xuân Lan cho biết Ban Dân vận Tỉnh ủy sẽ tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận về công tác dân vận trong các doanh nghiệp ngoài nhà nước, đồng thời triển khai Kế hoạch số 71-KH/BDVTU ngày 2/3/2018 về xây dựng mô hình "Dân vận khéo" trong doanh nghiệp năm 2018.
Cũng tại hội nghị, Ban Dân vận Tỉnh ủy và Ban Quản lý Khu kinh tế tỉnh ký kết Quy chế phối hợp số 02-QCPH/BDVTU-BQLKKT về nắm tình hình công nhân, người lao động; 12 doanh nghiệp tiêu biểu trong công tác chăm lo cho người lao động được UBND tỉnh tặng bằng khen.
Đức Minh
Lượt đọc: 1.027
Tin liên quan
- Trảng Bàng: đối thoại với công nhân về nhà ở, nhà trẻ (12/03/2018)
- Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2018 (10/01/2018)
- Chăm lo Tết cho 6.000 công nhân khó khăn (05/02/2018)
""", "2018-03-22", "Gắn kết doanh nghiệp với công tác dân vận",
E("hoi_nghi", "2018", "2018-03-21"),
[P("Võ Thành Phát", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Thị Xuân Lan", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Đức Tâm", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Minh Khôi", "Giám đốc nhân sự Công ty TNHH dệt may Hoa Sen"),
 P("Lâm Thị Bích Hạnh", "Chủ tịch Công đoàn cơ sở Công ty cổ phần cao su Phước Đông")],
[Q("68 doanh nghiệp", 68, "doanh nghiệp"), Q("278 dự án", 278, "dự án"), Q("203 dự án", 203, "dự án"),
 Q("khoảng 93.000 lao động", 93000, "lao động", "approx"), Q("5,8 triệu đồng", 5800000, "đồng"),
 Q("59%", 59, "%"), Q("41 doanh nghiệp", 41, "doanh nghiệp"),
 Q("14 vụ ngừng việc tập thể", 14, "vụ ngừng việc tập thể"), Q("5 vụ", 5, "vụ"),
 Q("420 phòng", 420, "phòng"), Q("12 doanh nghiệp tiêu biểu", 12, "doanh nghiệp tiêu biểu")],
[D("Chương trình hành động", "19", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 19-CTr/TU"),
 D("Kế hoạch", "71", "KH/BDVTU", "2018-03-02", None, "Kế hoạch số 71-KH/BDVTU ngày 2/3/2018"),
 D("Quy chế phối hợp", "02", "QCPH/BDVTU-BQLKKT", None, None, "Quy chế phối hợp số 02-QCPH/BDVTU-BQLKKT")],
[prov("Tây Ninh"), com("An Tịnh"), com("Phước Đông")],
["Báo Tây Ninh Online", "Trang chủ › Chính trị › Dân vận", "Toàn cảnh hội nghị. Ảnh: Đức Minh", "(BTN)",
 "Dân vận khéo", "Lượt đọc: 1.027"],
["Cập nhật: 17:10, 22/03/2018 (GMT+7)", "năm 2018", "năm 2017", "năm 2016", "Linh Trung III", "Lượt đọc: 1.027"]))

PAGES.append(page("b1382-hanoi-chandung-chutichcd-2018", """
LAO ĐỘNG THỦ ĐÔ - Cơ quan ngôn luận của Liên đoàn Lao động thành phố Hà Nội
Trang chủ / Công đoàn / Gương sáng
Thứ Hai, 05/11/2018 07:30
Chị Nguyễn Thị Thanh Tâm (thứ hai từ trái) trao đổi với công nhân giữa ca. Ảnh: Hoàng Yến
"Người nhà" của hơn 4.000 công nhân
Gần 12 năm làm công tác công đoàn ở Khu công nghiệp Thăng Long, chị Nguyễn Thị Thanh Tâm, Chủ tịch Công đoàn cơ sở Công ty TNHH linh kiện điện tử Đông Anh, được công nhân gọi thân mật là "chị cả". Ở một doanh nghiệp có hơn 4.000 công nhân, 90% là nữ, phần đông từ các tỉnh Thái Bình, Nam Định, Thanh Hóa ra làm việc, chị hiểu rằng muốn công nhân yên tâm gắn bó thì trước hết phải lo cho họ chỗ ở và chỗ gửi con.
Năm 2015, sau nhiều lần kiên trì đề xuất trong các buổi đối thoại với ban giám đốc, công đoàn thương lượng được khoản hỗ trợ nhà trọ 300.000 đồng/người/tháng và xây dựng nhóm trẻ trong khuôn viên nhà máy nhận 120 cháu. Chị cùng Ban Chấp hành công đoàn đi khảo sát 47 khu nhà trọ ở xã Kim Chung, xã Hải Bối, lập danh sách những chủ nhà trọ thu giá điện, nước quá cao để kiến nghị chính quyền xử lý.
"Công nhân mình ngại nói, nhất là với quản lý người nước ngoài. Công đoàn phải là người nói thay, nhưng nói có lý, có tình", chị Tâm chia sẻ. Theo chị, mỗi năm công ty tổ chức 4 hội nghị đối thoại định kỳ; giữa các kỳ, công đoàn lập nhóm Zalo với 380 tổ trưởng để nắm ý kiến công nhân hằng ngày.
Khi dịch sốt xuất huyết bùng phát năm 2017, chị vận động đoàn viên quyên góp được 86 triệu đồng giúp 29 công nhân mắc bệnh nặng. Mỗi dịp Tết, công đoàn phối hợp doanh nghiệp tặng 250 vé xe cho công nhân có hoàn cảnh khó khăn về quê.
Ông Lê Đình Phúc, Phó Chủ tịch Công đoàn các khu công nghiệp và chế xuất Hà Nội, nhận xét: công đoàn cơ sở mà chị Tâm làm chủ tịch luôn được xếp loại vững mạnh xuất sắc, là điểm sáng trong thực hiện Chỉ thị 37-CT/TW của Ban Bí thư về xây dựng quan hệ lao động hài hòa.
Với những đóng góp đó, năm 2018 chị Nguyễn Thị Thanh Tâm được Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen và là một trong 10 cán bộ công đoàn được Liên đoàn Lao động thành phố tôn vinh tại chương trình "Vinh quang công nhân Thủ đô". Chị cũng là đại biểu dự Đại hội XII Công đoàn Việt Nam diễn ra tháng 9 vừa qua.
Nói về dự định, chị Tâm mong công ty sớm hoàn thành khu nhà ở 6 tầng với 240 phòng cho công nhân như cam kết tại buổi đối thoại hồi tháng 6.
Hoàng Yến
Lượt xem: 3.118
Tin khác
- Công đoàn KCN Thăng Long trao 500 suất quà cho công nhân (30/10/2018)
- Sóc Sơn: công nhân được khám sức khỏe miễn phí (24/10/2018)
- Hỗ trợ nhà ở cho đoàn viên khó khăn (15/10/2018)
""", "2018-11-05", '"Người nhà" của hơn 4.000 công nhân',
E("khac", None, None),
[P("Nguyễn Thị Thanh Tâm", "Chủ tịch Công đoàn cơ sở Công ty TNHH linh kiện điện tử Đông Anh"),
 P("Lê Đình Phúc", "Phó Chủ tịch Công đoàn các khu công nghiệp và chế xuất Hà Nội")],
[Q("hơn 4.000 công nhân", 4000, "công nhân", "over"),
 Q("90%", 90, "%"), Q("300.000 đồng", 300000, "đồng"), Q("120 cháu", 120, "cháu"),
 Q("47 khu nhà trọ", 47, "khu nhà trọ"), Q("4 hội nghị đối thoại định kỳ", 4, "hội nghị đối thoại định kỳ"),
 Q("380 tổ trưởng", 380, "tổ trưởng"), Q("86 triệu đồng", 86000000, "đồng"), Q("29 công nhân", 29, "công nhân"),
 Q("250 vé xe", 250, "vé xe"), Q("10 cán bộ công đoàn", 10, "cán bộ công đoàn"), Q("240 phòng", 240, "phòng")],
[D("Chỉ thị", "37", "CT/TW", None, "Ban Bí thư", "Chỉ thị 37-CT/TW")],
[prov("Hà Nội"), prov("Thái Bình"), prov("Nam Định"), prov("Thanh Hóa"), com("Kim Chung"), com("Hải Bối")],
["LAO ĐỘNG THỦ ĐÔ - Cơ quan ngôn luận của Liên đoàn Lao động thành phố Hà Nội", "Trang chủ / Công đoàn / Gương sáng",
 "Chị Nguyễn Thị Thanh Tâm (thứ hai từ trái) trao đổi với công nhân giữa ca. Ảnh: Hoàng Yến", "Vinh quang công nhân Thủ đô",
 "Khu công nghiệp Thăng Long", "Lượt xem: 3.118"],
["Thứ Hai, 05/11/2018 07:30", "12 năm", "Năm 2015", "năm 2017", "năm 2018", "Đại hội XII", "6 tầng", "tháng 6", "Lượt xem: 3.118"]))

PAGES.append(page("b1383-thaibinh-bdv-baocao-tutuong-congnhan-2019", """
BAN DÂN VẬN TỈNH ỦY THÁI BÌNH
Trang chủ - Tin tức - Nghiên cứu, trao đổi
19.07.2019 | 10:20
Ban Dân vận Tỉnh ủy báo cáo kết quả khảo sát tình hình tư tưởng, đời sống công nhân
Ngày 18/7/2019, tại phiên họp Thường trực Tỉnh ủy Thái Bình, Ban Dân vận Tỉnh ủy đã báo cáo kết quả khảo sát tình hình tư tưởng, đời sống, việc làm của công nhân, người lao động tại các khu công nghiệp 6 tháng đầu năm 2019. Đồng chí Nguyễn Tiến Lâm, Phó Bí thư Thường trực Tỉnh ủy chủ trì phiên họp.
Khảo sát được thực hiện theo Kế hoạch số 38-KH/BDVTU ngày 6/3/2019 của Ban Dân vận Tỉnh ủy, với 1.200 phiếu hỏi tại 30 doanh nghiệp thuộc các khu công nghiệp Phúc Khánh, Nguyễn Đức Cảnh, Tiền Hải, Gia Lễ và Sông Trà.
Theo báo cáo do đồng chí Lại Văn Khoa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy trình bày, toàn tỉnh hiện có khoảng 52.000 công nhân làm việc trong các khu, cụm công nghiệp, trong đó 76,5% là lao động nữ. Có 81% số công nhân được hỏi cho rằng việc làm ổn định, 64% hài lòng với mức thu nhập, bình quân 5,6 triệu đồng/tháng. Tuy nhiên, 38% công nhân cho biết thường xuyên phải làm thêm giờ, 27% chưa được doanh nghiệp đối thoại lần nào trong năm.
Vấn đề được công nhân quan tâm nhiều nhất là nhà ở và nơi gửi trẻ. Khoảng 9.800 công nhân phải thuê trọ, chủ yếu tại xã Phú Xuân và xã Tây Giang; mới có 2 doanh nghiệp xây dựng nhà ở cho công nhân với tổng số 186 phòng. Trên địa bàn chưa có trường mầm non nào dành riêng cho con công nhân.
Về công tác đảng và đoàn thể, toàn tỉnh có 217 doanh nghiệp ngoài nhà nước có công đoàn cơ sở, 46 doanh nghiệp có chi bộ đảng; 6 tháng đầu năm đã kết nạp 58 đảng viên là công nhân trực tiếp sản xuất.
Báo cáo đề xuất Thường trực Tỉnh ủy chỉ đạo sơ kết Chỉ thị số 25-CT/TU ngày 12/5/2017 của Ban Thường vụ Tỉnh ủy về xây dựng tổ chức đảng, đoàn thể trong doanh nghiệp ngoài nhà nước; giao UBND tỉnh xây dựng đề án nhà ở xã hội cho công nhân, thực hiện Nghị định 100/2015/NĐ-CP của Chính phủ về phát triển và quản lý nhà ở xã hội.
Kết luận phiên họp, đồng chí Nguyễn Tiến Lâm đánh giá cao chất lượng báo cáo, giao Ban Dân vận Tỉnh ủy phối hợp Liên đoàn Lao động tỉnh, Ban Quản lý các khu công nghiệp tỉnh theo dõi sát những doanh nghiệp có nguy cơ ngừng việc; Đảng đoàn Liên đoàn Lao động tỉnh tham mưu tổ chức đối thoại giữa Chủ tịch UBND tỉnh với công nhân trong quý IV năm 2019.
Ban Dân vận Tỉnh ủy
Lượt xem: 389
Tin liên quan
- Ban Dân vận Tỉnh ủy sơ kết công tác 6 tháng đầu năm 2019 (10/07/2019)
- Vận động công nhân tham gia bảo hiểm xã hội tự nguyện (26/06/2019)
- Thái Thụy: ra mắt chi bộ đảng trong doanh nghiệp tư nhân (14/06/2019)
""", "2019-07-19", "Ban Dân vận Tỉnh ủy báo cáo kết quả khảo sát tình hình tư tưởng, đời sống công nhân",
E("bao_cao", "2019-H1", "2019-07-18"),
[P("Nguyễn Tiến Lâm", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lại Văn Khoa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("1.200 phiếu hỏi", 1200, "phiếu hỏi"), Q("30 doanh nghiệp", 30, "doanh nghiệp"),
 Q("khoảng 52.000 công nhân", 52000, "công nhân", "approx"), Q("76,5%", 76.5, "%"), Q("81%", 81, "%"),
 Q("64%", 64, "%"), Q("5,6 triệu đồng", 5600000, "đồng"), Q("38%", 38, "%"), Q("27%", 27, "%"),
 Q("Khoảng 9.800 công nhân", 9800, "công nhân", "approx"), Q("2 doanh nghiệp", 2, "doanh nghiệp"),
 Q("186 phòng", 186, "phòng"), Q("217 doanh nghiệp ngoài nhà nước", 217, "doanh nghiệp ngoài nhà nước"),
 Q("46 doanh nghiệp", 46, "doanh nghiệp"), Q("58 đảng viên", 58, "đảng viên")],
[D("Kế hoạch", "38", "KH/BDVTU", "2019-03-06", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 38-KH/BDVTU ngày 6/3/2019"),
 D("Chỉ thị", "25", "CT/TU", "2017-05-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 25-CT/TU ngày 12/5/2017"),
 D("Nghị định", "100", "2015/NĐ-CP", None, "Chính phủ", "Nghị định 100/2015/NĐ-CP")],
[prov("Thái Bình"), com("Phú Xuân"), com("Tây Giang")],
["BAN DÂN VẬN TỈNH ỦY THÁI BÌNH", "Trang chủ - Tin tức - Nghiên cứu, trao đổi", "Lượt xem: 389"],
["19.07.2019 | 10:20", "6 tháng đầu năm 2019", "6 tháng đầu năm", "quý IV năm 2019", "lần nào", "Lượt xem: 389"]))

PAGES.append(page("b1384-binhphuoc-doithoai-chutich-congnhan-2019", """
Báo Bình Phước điện tử
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao
Ngày 20/12/2019 | 14:35
Chủ tịch UBND tỉnh đối thoại với công nhân lao động
BP - Sáng 19/12, tại Hội trường Trung tâm Hội nghị tỉnh, UBND tỉnh Bình Phước phối hợp Liên đoàn Lao động tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với công nhân lao động năm 2019. Đồng chí Trần Minh Trí, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị.
Cùng dự có đồng chí Hồ Thị Ngọc Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Nguyễn Văn Hồng, Chủ tịch Liên đoàn Lao động tỉnh; lãnh đạo các sở, ngành, 45 doanh nghiệp và 250 đoàn viên, công nhân lao động đến từ các khu công nghiệp Minh Hưng - Hàn Quốc, Chơn Thành, Đồng Xoài.
Chủ tịch UBND tỉnh Trần Minh Trí trả lời kiến nghị của công nhân. Ảnh: Thu Hà
Trước hội nghị, Liên đoàn Lao động tỉnh đã tổng hợp 37 câu hỏi, kiến nghị của công nhân, trong đó nhiều nhất là về nhà ở, trường học cho con công nhân, tiền lương, bảo hiểm xã hội. Tại hội nghị có thêm 11 ý kiến được nêu trực tiếp.
Chị Điểu Thị Hạnh, công nhân Công ty TNHH may mặc Minh Hưng, người dân tộc S'tiêng, phản ánh: vợ chồng chị đều làm công nhân, thu nhập mỗi người khoảng 6 triệu đồng/tháng nhưng chưa được thuê nhà ở xã hội vì các dự án chậm triển khai. Anh Trần Quốc Việt, Tổ trưởng Công đoàn Công ty cổ phần gỗ Thành Tâm, đề nghị tỉnh bố trí thêm tuyến xe buýt từ xã Thành Tâm đến trung tâm thị xã Chơn Thành.
Trả lời các ý kiến, đồng chí Trần Minh Trí cho biết tỉnh đã phê duyệt chủ trương đầu tư 3 dự án nhà ở xã hội với khoảng 2.300 căn hộ theo Quyết định số 2455/QĐ-UBND ngày 15/10/2019 của UBND tỉnh; năm 2020 sẽ khởi công xây dựng trường mầm non công lập 500 chỗ tại xã Minh Hưng. Về bảo hiểm xã hội, tỉnh giao Bảo hiểm xã hội tỉnh phối hợp Liên đoàn Lao động tỉnh khởi kiện 9 doanh nghiệp nợ đọng kéo dài với tổng số tiền hơn 14 tỷ đồng.
Đồng chí Hồ Thị Ngọc Hằng đề nghị các cấp ủy, chính quyền tiếp tục thực hiện Kế hoạch số 146-KH/TU ngày 3/4/2019 của Tỉnh ủy thực hiện Chỉ thị 37-CT/TW của Ban Bí thư; Ban Dân vận Tỉnh ủy sẽ theo dõi việc trả lời các kiến nghị sau đối thoại.
Dịp này, Liên đoàn Lao động tỉnh trao 100 suất quà cho công nhân khó khăn, mỗi suất 1 triệu đồng, và trao 2 "Mái ấm Công đoàn" tại phường Tân Bình, thị xã Đồng Xoài.
Thu Hà
Lượt xem: 1.542
Tin liên quan
- Liên đoàn Lao động tỉnh tổng kết "Tháng Công nhân" năm 2019 (30/05/2019)
- Bù Đăng: khánh thành cầu dân sinh do công nhân đóng góp (14/11/2019)
- Vận động người lao động tham gia bảo hiểm y tế (06/11/2019)
""", "2019-12-20", "Chủ tịch UBND tỉnh đối thoại với công nhân lao động",
E("doi_thoai", "2019", "2019-12-19"),
[P("Trần Minh Trí", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Hồ Thị Ngọc Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hồng", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Điểu Thị Hạnh", "công nhân Công ty TNHH may mặc Minh Hưng"),
 P("Trần Quốc Việt", "Tổ trưởng Công đoàn Công ty cổ phần gỗ Thành Tâm")],
[Q("45 doanh nghiệp", 45, "doanh nghiệp"), Q("250 đoàn viên, công nhân lao động", 250, "đoàn viên, công nhân lao động"),
 Q("37 câu hỏi, kiến nghị", 37, "câu hỏi, kiến nghị"), Q("11 ý kiến", 11, "ý kiến"),
 Q("khoảng 6 triệu đồng", 6000000, "đồng", "approx"), Q("3 dự án nhà ở xã hội", 3, "dự án nhà ở xã hội"),
 Q("khoảng 2.300 căn hộ", 2300, "căn hộ", "approx"), Q("500 chỗ", 500, "chỗ"),
 Q("9 doanh nghiệp", 9, "doanh nghiệp"), Q("hơn 14 tỷ đồng", 14000000000, "đồng", "over"),
 Q("100 suất quà", 100, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q('2 "Mái ấm Công đoàn"', 2, "Mái ấm Công đoàn")],
[D("Quyết định", "2455", "QĐ-UBND", "2019-10-15", "UBND tỉnh", "Quyết định số 2455/QĐ-UBND ngày 15/10/2019"),
 D("Kế hoạch", "146", "KH/TU", "2019-04-03", "Tỉnh ủy", "Kế hoạch số 146-KH/TU ngày 3/4/2019"),
 D("Chỉ thị", "37", "CT/TW", None, "Ban Bí thư", "Chỉ thị 37-CT/TW")],
[prov("Bình Phước"), com("Thành Tâm"), com("Minh Hưng"), com("Tân Bình")],
["Báo Bình Phước điện tử", "Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao", "BP -",
 "Chủ tịch UBND tỉnh Trần Minh Trí trả lời kiến nghị của công nhân. Ảnh: Thu Hà", "Mái ấm Công đoàn", "Lượt xem: 1.542"],
["Ngày 20/12/2019 | 14:35", "năm 2019", "năm 2020", "Lượt xem: 1.542"]))
