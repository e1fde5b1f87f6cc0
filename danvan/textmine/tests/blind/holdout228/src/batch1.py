from lib import *
PAGES = []

PAGES.append(page("b5429-bacninh-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY BẮC NINH
Trang chủ » Hoạt động » Dân vận với làng nghề
Thứ Ba, 27/12/2011 - 09:30
Ảnh: Toàn cảnh hội nghị tổng kết.
Bắc Ninh: Công tác dân vận góp phần giữ gìn và phát triển làng nghề
Ngày 26/12, Ban Dân vận Tỉnh ủy Bắc Ninh tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Nguyễn Thị Hạnh Dung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có 65 đồng chí là lãnh đạo ban dân vận các huyện, thị, thành ủy, Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Lê Quang Hòa, Nguyễn Thị Thu Hiền.
Đồng chí Nguyễn Thị Hạnh Dung phát biểu chỉ đạo hội nghị.
Báo cáo do đồng chí Ngô Văn Khải, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày nêu rõ, năm 2011 Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 11, 12-CT/TU về vận động nhân dân bảo vệ môi trường làng nghề và về giữ gìn nghề truyền thống. Ban cũng ban hành kế hoạch số 38-KH/BDVTU ngày 10/3/2011 hướng dẫn các huyện phối hợp thực hiện Quyết định số 132/2000/QĐ-TTg của Thủ tướng Chính phủ về một số chính sách khuyến khích phát triển ngành nghề nông thôn và Nghị quyết số 12-NQ/TU ngày 5/8/2011 của Tỉnh ủy về phát triển làng nghề giai đoạn 2011-2015.
Toàn tỉnh hiện có 62 làng nghề, trong đó 31 làng nghề truyền thống, thu hút trên 72.000 lao động. Qua vận động, 1.240 hộ sản xuất ở các làng gỗ, làng giấy đã ký cam kết thu gom, xử lý nước thải; nhân dân đóng góp gần 4,5 tỷ đồng cùng ngân sách xây dựng 3 cụm xử lý chất thải. Tỷ lệ hộ làng nghề có việc làm ổn định đạt 96,4%.
Tại hội nghị, ông Nguyễn Văn Thước, Bí thư Đảng ủy xã Phù Lãng, chia sẻ cách vận động các hộ làm gốm chuyển sang lò nung bằng ga, giảm khói bụi mà vẫn giữ được men gốm truyền thống. Bà Đỗ Thị Minh Nguyệt, HUV, Trưởng Ban Dân vận Huyện ủy Yên Phong, đề nghị tỉnh có cơ chế hỗ trợ các làng nghề đúc đồng, tái chế nhôm di dời vào cụm công nghiệp. Ông Vũ Đình Tường, Chủ tịch Hội Nông dân phường Đồng Kỵ, cho biết phường đã vận động 86 hộ hiến đất mở rộng đường vào làng nghề.
Phát biểu kết luận, đồng chí Nguyễn Thị Hạnh Dung yêu cầu năm 2012 các cấp ủy tiếp tục thực hiện Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị; gắn phong trào "Dân vận khéo" với giữ gìn nghề truyền thống, không để phát sinh điểm nóng về môi trường ở làng nghề.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể và 24 cá nhân tiêu biểu. Đồng chí Phạm Thị Hoa, Chánh Văn phòng Ban Dân vận Tỉnh ủy, công bố quyết định khen thưởng.
Hoàng Minh
Lượt xem: 1.024
Tin liên quan
- Từ Sơn ra mắt 4 mô hình "Dân vận khéo" ở làng nghề (12/12/2011)
- Gia Bình: vận động nhân dân giữ nghề đúc đồng Đại Bái (30/11/2011)
- Hội nghị công tác dân vận chính quyền năm 2011 (18/11/2011)
""", "2011-12-27", "Bắc Ninh: Công tác dân vận góp phần giữ gìn và phát triển làng nghề",
E("tong_ket", "2011", "2011-12-26"),
[P("Nguyễn Thị Hạnh Dung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Quang Hòa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Thu Hiền", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Ngô Văn Khải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Thước", "Bí thư Đảng ủy xã Phù Lãng"),
 P("Đỗ Thị Minh Nguyệt", "HUV", "Trưởng Ban Dân vận Huyện ủy Yên Phong"),
 P("Vũ Đình Tường", "Chủ tịch Hội Nông dân phường Đồng Kỵ"),
 P("Phạm Thị Hoa", "Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("65 đồng chí", 65, "đồng chí"), Q("62 làng nghề", 62, "làng nghề"), Q("31 làng nghề truyền thống", 31, "làng nghề truyền thống"),
 Q("trên 72.000 lao động", 72000, "lao động", "over"), Q("1.240 hộ sản xuất", 1240, "hộ sản xuất"),
 Q("gần 4,5 tỷ đồng", 4500000000, "đồng", "approx"), Q("3 cụm xử lý chất thải", 3, "cụm xử lý chất thải"),
 Q("96,4%", 96.4, "%"), Q("86 hộ", 86, "hộ"), Q("15 tập thể", 15, "tập thể"), Q("24 cá nhân tiêu biểu", 24, "cá nhân tiêu biểu")],
[D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Kế hoạch", "38", "KH/BDVTU", "2011-03-10", "Ban Dân vận Tỉnh ủy", "kế hoạch số 38-KH/BDVTU ngày 10/3/2011"),
 D("Quyết định", "132", "2000/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 132/2000/QĐ-TTg"),
 D("Nghị quyết", "12", "NQ/TU", "2011-08-05", "Tỉnh ủy", "Nghị quyết số 12-NQ/TU ngày 5/8/2011"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Bắc Ninh"), com("Phù Lãng"), com("Đồng Kỵ")],
["BAN DÂN VẬN TỈNH ỦY BẮC NINH", "Trang chủ » Hoạt động » Dân vận với làng nghề", "Ảnh: Toàn cảnh hội nghị tổng kết.",
 "Đồng chí Nguyễn Thị Hạnh Dung phát biểu chỉ đạo hội nghị.", "Dân vận khéo", "Lượt xem: 1.024"],
["Thứ Ba, 27/12/2011 - 09:30", "65 đồng chí", "năm 2011", "năm 2012", "giai đoạn 2011-2015", "Lượt xem: 1.024"]))

PAGES.append(page("b5430-quangnam-mttq-soket-2012", """
Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam
Thời sự | Mặt trận - Đoàn thể
Cập nhật: 16:40, 10/07/2012 (GMT+7)
Vận động người dân làng nghề cùng làm du lịch cộng đồng
(QNO) - Sáng 9/7, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2012, bàn giải pháp đưa cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" gắn với bảo tồn di sản và phát triển du lịch cộng đồng. Đồng chí Lê Văn Thạnh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Quang cảnh hội nghị. Ảnh: V.Anh
Theo báo cáo, 6 tháng qua Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã ban hành Kế hoạch 16, 17-KH/MTTQ-BTT về vận động nhân dân giữ gìn cảnh quan làng nghề và về giám sát việc thu, sử dụng phí tham quan ở khu phố cổ; ký Chương trình phối hợp số 09/CTrPH-MTTQ-SVHTTDL với Sở Văn hóa, Thể thao và Du lịch. Mặt trận các cấp cũng tuyên truyền Quyết định số 2087/QĐ-UBND ngày 25/6/2012 của UBND tỉnh phê duyệt đề án phát triển du lịch cộng đồng đến năm 2015.
Toàn tỉnh có 45 khu dân cư ở vùng làng nghề đăng ký xây dựng điểm du lịch cộng đồng, với 1.850 hộ tham gia; 12 làng nghề truyền thống đón trên 230.000 lượt khách, tăng 18% so với cùng kỳ. Quỹ "Vì người nghèo" các cấp vận động được 1,2 tỷ đồng, hỗ trợ xây 17 căn nhà Đại đoàn kết cho hộ nghèo làm nghề gốm, dệt chiếu.
Tại hội nghị, ông Huỳnh Văn Sáu, Trưởng ban Công tác Mặt trận thôn Trà Quế, xã Cẩm Hà, cho biết thôn vận động 64 hộ trồng rau giữ nếp canh tác truyền thống để đón khách trải nghiệm. Ông Bríu Quân, Chủ tịch Ủy ban MTTQ Việt Nam xã Tà Lu, nêu khó khăn về đầu ra cho sản phẩm dệt zèng của đồng bào Cơ Tu; bà Alăng Thị Mai, nghệ nhân dệt thổ cẩm thôn Zara, đề nghị mở thêm lớp truyền nghề cho thanh niên. Đại diện xã Cẩm Thanh phản ánh tình trạng xây dựng trái phép ven rừng dừa nước.
Dự hội nghị có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Trần Thị Kim Hoa, Nguyễn Đức Tâm.
Kết luận hội nghị, đồng chí Lê Văn Thạnh đề nghị 6 tháng cuối năm Mặt trận các cấp tập trung giám sát việc thực hiện quy chế dân chủ trong các dự án du lịch, vận động ít nhất 90% hộ làng nghề ký cam kết giữ gìn vệ sinh môi trường; phát huy vai trò già làng, người có uy tín trong bảo tồn văn hóa Cơ Tu.
Văn Anh
Các tin khác
- Mặt trận Hội An ra mắt 3 khu dân cư văn hóa du lịch (02/07/2012)
- Đông Giang: hỗ trợ đồng bào Cơ Tu giữ nghề dệt (25/06/2012)
- 120 hộ nghèo được hỗ trợ vốn làm nghề truyền thống (14/06/2012)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 5 (30/05/2012)
- Duy Xuyên: vận động bà con làng lụa Mã Châu giữ nghề (21/05/2012)
""", "2012-07-10", "Vận động người dân làng nghề cùng làm du lịch cộng đồng",
E("so_ket", "2012-H1", "2012-07-09"),
[P("Lê Văn Thạnh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Văn Sáu", "Trưởng ban Công tác Mặt trận thôn Trà Quế"),
 P("Bríu Quân", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tà Lu"),
 P("Alăng Thị Mai", "nghệ nhân dệt thổ cẩm thôn Zara"),
 P("Trần Thị Kim Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Đức Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("45 khu dân cư", 45, "khu dân cư"), Q("1.850 hộ", 1850, "hộ"), Q("12 làng nghề truyền thống", 12, "làng nghề truyền thống"),
 Q("trên 230.000 lượt khách", 230000, "lượt khách", "over"), Q("18%", 18, "%"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("17 căn nhà Đại đoàn kết", 17, "căn nhà Đại đoàn kết"), Q("64 hộ", 64, "hộ"), Q("ít nhất 90%", 90, "%", "over")],
[D("Kế hoạch", "16", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 16, 17-KH/MTTQ-BTT"),
 D("Kế hoạch", "17", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 16, 17-KH/MTTQ-BTT"),
 D("Chương trình phối hợp", "09", "CTrPH-MTTQ-SVHTTDL", None, None, "Chương trình phối hợp số 09/CTrPH-MTTQ-SVHTTDL"),
 D("Quyết định", "2087", "QĐ-UBND", "2012-06-25", "UBND tỉnh", "Quyết định số 2087/QĐ-UBND ngày 25/6/2012")],
[prov("Quảng Nam"), com("Cẩm Hà"), com("Tà Lu"), com("Cẩm Thanh")],
["Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam", "Thời sự | Mặt trận - Đoàn thể",
 "(QNO)", "Quang cảnh hội nghị. Ảnh: V.Anh", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo"],
["Cập nhật: 16:40, 10/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "đến năm 2015"]))

PAGES.append(page("b5431-laocai-hlhpn-taphuan-2013", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI
Trang chủ > Tin tức > Hoạt động Hội
08:15 | 16/04/2013
Tập huấn kỹ năng làm du lịch cộng đồng cho hội viên phụ nữ vùng cao
Trong 2 ngày 14 và 15/4, Hội LHPN tỉnh phối hợp với Sở VH-TT&DL tổ chức lớp tập huấn năm 2013 về kỹ năng đón tiếp khách, nấu ăn, giữ gìn nghề dệt lanh và thêu thổ cẩm cho 60 học viên là hội viên người Mông, Dao đỏ, Giáy ở các xã Tả Van, Tả Phìn, Bản Hồ.
Học viên thực hành trang trí phòng nghỉ cho khách tại thôn Lao Chải.
Phát biểu khai mạc, bà Giàng Thị Dợ, Phó Chủ tịch Hội LHPN tỉnh cho biết lớp học nằm trong Kế hoạch số 27/KH-HPN ngày 2/3/2013 của Ban Thường vụ Hội LHPN tỉnh, nhằm cụ thể hóa Nghị quyết số 11-NQ/TW của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa và Quyết định số 2473/QĐ-TTg ngày 30/12/2011 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển du lịch Việt Nam đến năm 2020.
Các học viên được ThS. Nguyễn Thanh Bình, Giảng viên Khoa Du lịch Trường Cao đẳng Lào Cai truyền đạt kiến thức về vệ sinh an toàn thực phẩm, giao tiếp với khách nước ngoài, tính giá dịch vụ. Bà Vàng Thị Mỷ, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Hội LHPN tỉnh hướng dẫn cách lồng ghép tuyên truyền phòng, chống mua bán người vào sinh hoạt chi hội.
Hiện toàn tỉnh có 38 hộ homestay do phụ nữ làm chủ, mỗi năm đón trên 100.000 lượt khách; thu nhập bình quân đạt 45 triệu đồng/hộ/năm. Hơn 150 sản phẩm thổ cẩm của các tổ thêu được bày bán tại chợ phiên và các điểm dừng chân. Khoảng 65% hội viên tham gia tổ dệt là người Dao đỏ.
Chia sẻ tại lớp học, bà Tẩn Thị Mẩy, Chi hội trưởng phụ nữ thôn Tả Chải, kể lại việc vận động chị em bỏ thói quen đeo bám, đòi tiền khách khi chụp ảnh. Ông Sùng A Lử, Phó Bí thư Đảng ủy xã Bản Hồ, đề nghị Hội hỗ trợ vốn vay cho các hộ nghèo sửa nhà sàn đón khách.
Nhiều học viên cho biết trước đây chỉ quen làm nương, chăn nuôi, nay được hướng dẫn cách sắp xếp chăn đệm, cách giới thiệu với khách về ý nghĩa hoa văn trên váy áo, về lễ hội Gầu Tào, nhảy lửa của người Dao nên tự tin hơn. Một số chị em đề nghị Hội tổ chức chuyến tham quan học tập các mô hình du lịch cộng đồng đã thành công ở tỉnh bạn; đề nghị chính quyền xã quản lý chặt việc xây dựng nhà nghỉ bê tông làm mất cảnh quan bản làng.
Kết thúc lớp tập huấn, Ban tổ chức phát 85 bộ tài liệu và cấp giấy chứng nhận cho 58 học viên đạt yêu cầu.
Lò Mai
Số lượt truy cập: 214.367
Tin liên quan
- Sa Pa: ra mắt câu lạc bộ phụ nữ làm du lịch (03/04/2013)
- Hội nghị Ban Chấp hành Hội LHPN tỉnh lần thứ 4 (25/03/2013)
- Trao vốn vay cho 40 hộ phụ nữ dân tộc thiểu số (12/03/2013)
- Bát Xát: phụ nữ Hà Nhì giữ nghề thêu truyền thống (28/02/2013)
- Bắc Hà: chợ phiên vùng cao hút khách du lịch (15/02/2013)
""", "2013-04-16", "Tập huấn kỹ năng làm du lịch cộng đồng cho hội viên phụ nữ vùng cao",
E("tap_huan", "2013", "2013-04-14"),
[P("Giàng Thị Dợ", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thanh Bình", "ThS.", "Giảng viên Khoa Du lịch Trường Cao đẳng Lào Cai"),
 P("Vàng Thị Mỷ", "Ủy viên Ban Thường vụ", "Trưởng Ban Tuyên giáo Hội LHPN tỉnh"),
 P("Tẩn Thị Mẩy", "Chi hội trưởng phụ nữ thôn Tả Chải"),
 P("Sùng A Lử", "Phó Bí thư Đảng ủy xã Bản Hồ")],
[Q("60 học viên", 60, "học viên"), Q("38 hộ homestay", 38, "hộ homestay"),
 Q("trên 100.000 lượt khách", 100000, "lượt khách", "over"), Q("45 triệu đồng", 45000000, "đồng"),
 Q("Hơn 150 sản phẩm thổ cẩm", 150, "sản phẩm thổ cẩm", "over"), Q("Khoảng 65%", 65, "%", "approx"),
 Q("85 bộ tài liệu", 85, "bộ tài liệu"), Q("58 học viên", 58, "học viên")],
[D("Kế hoạch", "27", "KH-HPN", "2013-03-02", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 27/KH-HPN ngày 2/3/2013"),
 D("Nghị quyết", "11", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 11-NQ/TW"),
 D("Quyết định", "2473", "QĐ-TTg", "2011-12-30", "Thủ tướng Chính phủ", "Quyết định số 2473/QĐ-TTg ngày 30/12/2011")],
[prov("Lào Cai"), com("Tả Van"), com("Tả Phìn"), com("Bản Hồ")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI", "Trang chủ > Tin tức > Hoạt động Hội",
 "Học viên thực hành trang trí phòng nghỉ cho khách tại thôn Lao Chải.", "Chiến lược phát triển du lịch Việt Nam đến năm 2020",
 "Số lượt truy cập: 214.367"],
["08:15 | 16/04/2013", "2 ngày", "năm 2013", "đến năm 2020", "Số lượt truy cập: 214.367"]))

PAGES.append(page("b5432-hanoi-mttq-giaoban-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HÀ NỘI
Hôm nay: Thứ Hai, 13/10/2014
Trang chủ / Hoạt động Mặt trận / Cơ sở
Giao ban công tác Mặt trận khu vực làng nghề ven sông Hồng
Ngày đăng 08/10/2014 | 14:20
Chiều 7/10, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội tổ chức giao ban công tác Mặt trận quý III năm 2014 với Mặt trận các huyện có nhiều làng nghề. Chủ trì giao ban có bà Nguyễn Thị Minh Tâm, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam thành phố.
Báo cáo tại giao ban cho thấy, thành phố hiện có 1.350 làng có nghề, trong đó trên 300 làng nghề được công nhận danh hiệu làng nghề truyền thống. Trong quý, Mặt trận các cấp triển khai Kế hoạch 105, 106/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố về vận động xây dựng làng nghề văn minh, sạch đẹp và về giám sát thực hiện Chương trình số 02-CTr/TU của Thành ủy; đồng thời phối hợp tuyên truyền Quyết định số 1514/QĐ-UBND ngày 15/4/2014 của UBND thành phố về hỗ trợ làng nghề gắn với du lịch.
Qua vận động, 4.200 hộ làm nghề đã ký cam kết không xả chất thải ra kênh mương; 18 khu dân cư ra mắt mô hình "Khu dân cư tự quản về môi trường"; nhân dân đóng góp 2,3 tỷ đồng làm đường dạo, bãi đỗ xe cho khách tham quan. Tỷ lệ khu dân cư văn hóa đạt 92,5%.
Bà Nguyễn Thị Minh Tâm (giữa) chủ trì giao ban. Ảnh: Hồng Nhung
Ông Lê Đức Mạnh, Chủ tịch Ủy ban MTTQ xã Bát Tràng, cho biết xã đã vận động 97 hộ làm gốm chuyển lò than sang lò ga, đồng thời mở tuyến du lịch đường làng với 23 xưởng gốm đón khách. Bà Phạm Thị Thoa, Chủ tịch Ủy ban MTTQ xã Phú Vinh, nêu khó khăn khi nguyên liệu mây, song ngày càng khan hiếm. Đại diện xã Chuyên Mỹ đề nghị thành phố sớm có quy hoạch điểm bán sản phẩm khảm trai, còn xã Bình Minh kiến nghị hỗ trợ xử lý ô nhiễm ở làng nghề miến.
Các ông Nguyễn Văn Lực, Đỗ Xuân Bích - Phó Trưởng ban Phong trào Ủy ban MTTQ Việt Nam thành phố tổng hợp 36 ý kiến góp ý của cơ sở để báo cáo Ban Thường trực.
Nhiều ý kiến cho rằng việc phát triển du lịch làng nghề ở một số nơi còn tự phát, chưa có sự liên kết giữa các hộ sản xuất với doanh nghiệp lữ hành; nhà xưởng xen lẫn khu dân cư gây tiếng ồn, bụi; một bộ phận người dân còn chưa quan tâm giữ gìn cảnh quan đình, chùa, giếng làng.
Kết luận giao ban, bà Nguyễn Thị Minh Tâm đề nghị quý IV Mặt trận các huyện chủ động giám sát các dự án hạ tầng làng nghề, vận động ít nhất 500 hộ tham gia bảo vệ môi trường, chuẩn bị tổng kết công tác năm 2014.
Thu Hà
Lượt xem: 3.512
Tin cùng chuyên mục
- Chương Mỹ: Mặt trận vận động giữ nghề mây tre đan (29/09/2014)
- Gia Lâm ra mắt 5 khu dân cư tự quản (18/09/2014)
- Hội nghị Ủy ban MTTQ Việt Nam thành phố lần thứ 8 (05/09/2014)
- Phú Xuyên: giữ nghề khảm trai Chuyên Mỹ (28/08/2014)
""", "2014-10-08", "Giao ban công tác Mặt trận khu vực làng nghề ven sông Hồng",
E("giao_ban", "2014-Q3", "2014-10-07"),
[P("Nguyễn Thị Minh Tâm", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Đức Mạnh", "Chủ tịch Ủy ban MTTQ xã Bát Tràng"),
 P("Phạm Thị Thoa", "Chủ tịch Ủy ban MTTQ xã Phú Vinh"),
 P("Nguyễn Văn Lực", "Phó Trưởng ban Phong trào Ủy ban MTTQ Việt Nam thành phố"),
 P("Đỗ Xuân Bích", "Phó Trưởng ban Phong trào Ủy ban MTTQ Việt Nam thành phố")],
[Q("1.350 làng có nghề", 1350, "làng có nghề"), Q("trên 300 làng nghề", 300, "làng nghề", "over"),
 Q("4.200 hộ làm nghề", 4200, "hộ"), Q("18 khu dân cư", 18, "khu dân cư"), Q("2,3 tỷ đồng", 2300000000, "đồng"),
 Q("92,5%", 92.5, "%"), Q("97 hộ", 97, "hộ"), Q("23 xưởng gốm", 23, "xưởng gốm"), Q("36 ý kiến góp ý", 36, "ý kiến"),
 Q("ít nhất 500 hộ", 500, "hộ", "over")],
[D("Kế hoạch", "105", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Kế hoạch 105, 106/KH-MTTQ-BTT"),
 D("Kế hoạch", "106", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Kế hoạch 105, 106/KH-MTTQ-BTT"),
 D("Chương trình", "02", "CTr/TU", None, "Thành ủy", "Chương trình số 02-CTr/TU"),
 D("Quyết định", "1514", "QĐ-UBND", "2014-04-15", "UBND thành phố", "Quyết định số 1514/QĐ-UBND ngày 15/4/2014")],
[prov("Hà Nội"), com("Bát Tràng"), com("Phú Vinh"), com("Chuyên Mỹ"), com("Bình Minh")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HÀ NỘI", "Trang chủ / Hoạt động Mặt trận / Cơ sở",
 "Bà Nguyễn Thị Minh Tâm (giữa) chủ trì giao ban. Ảnh: Hồng Nhung", "Khu dân cư tự quản về môi trường", "Lượt xem: 3.512"],
["Hôm nay: Thứ Hai, 13/10/2014", "Ngày đăng 08/10/2014 | 14:20", "quý III năm 2014", "quý IV", "năm 2014", "Lượt xem: 3.512"]))

PAGES.append(page("b5433-daklak-bdv-hoinghi-2015", """
Báo Đắk Lắk điện tử
Chính trị » Dân tộc - Tôn giáo
20/11/2015 - 10:05
Phát huy vai trò người có uy tín trong bảo tồn không gian văn hóa cồng chiêng
Ngày 19/11, Ban Dân vận Tỉnh ủy phối hợp với Sở VH-TT&DL tổ chức hội nghị gặp mặt người có uy tín, già làng, nghệ nhân tiêu biểu năm 2015 với sự tham dự của 280 người có uy tín trong đồng bào các dân tộc thiểu số. Đồng chí H'Nhi Byă, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Già làng Y Blang Ktla phát biểu tại hội nghị.
Báo cáo của Ban Dân vận Tỉnh ủy cho biết, thực hiện Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ về chính sách đối với người có uy tín và Kết luận số 24-KL/TU ngày 12/5/2014 của Ban Thường vụ Tỉnh ủy về bảo tồn, phát huy giá trị không gian văn hóa cồng chiêng, các cấp đã vận động đồng bào giữ lại gần 1.200 bộ cồng chiêng, thành lập 312 đội chiêng, trong đó 45 đội chiêng thanh thiếu niên. Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch số 112-KH/BDVTU hướng dẫn đưa nội dung giữ gìn nhà dài, dệt thổ cẩm vào hương ước buôn.
Toàn tỉnh đã mở 48 lớp truyền dạy đánh chiêng, với trên 1.500 học viên; 9 buôn được chọn xây dựng điểm du lịch cộng đồng, đón khoảng 35.000 lượt khách mỗi năm.
Tại hội nghị, Già làng Y Blang Ktla, buôn Akô Dhông, phường Tân Lợi, kể việc buôn vận động 26 hộ giữ lại nhà dài truyền thống để đón khách. Nghệ nhân Ưu tú Y Sơn Niê (buôn Ky, xã Ea Tu) đề nghị hỗ trợ kinh phí chỉnh chiêng; ông Y Thơm Mlô, người có uy tín buôn Jun, thị trấn Liên Sơn, mong có thêm thuyền độc mộc phục vụ khách trên hồ Lắk.
Ông Y Wơn Mlô, Phó Giám đốc Sở VH-TT&DL, cho biết năm 2016 Sở sẽ tổ chức liên hoan cồng chiêng các buôn. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Tuấn, Y Jur Bkrông.
Nhiều ý kiến phản ánh lớp trẻ trong buôn ít mặn mà với tiếng chiêng, nhiều bộ chiêng quý bị bán ra ngoài; một số lễ hội được phục dựng còn nặng về trình diễn, chưa có người dân là chủ thể. Các già làng đề nghị chính quyền hỗ trợ làm nhà dài, tổ chức lễ cúng bến nước, lễ mừng lúa mới theo đúng phong tục để du khách hiểu hơn về văn hóa buôn làng.
Phát biểu kết luận, đồng chí H'Nhi Byă ghi nhận đóng góp của 280 người có uy tín, đề nghị các cấp ủy tiếp tục thực hiện Quy chế công tác dân vận của hệ thống chính trị; không để kẻ xấu lợi dụng sinh hoạt lễ hội để truyền đạo trái phép, lôi kéo đồng bào.
Dịp này, mỗi đại biểu được tặng 1 phần quà trị giá 500.000 đồng; 30 cá nhân xuất sắc được tặng giấy khen.
H'Xíu - Minh Thuận
Tin liên quan
- Buôn Đôn: khôi phục lễ hội đua voi (10/11/2015)
- Ra mắt câu lạc bộ cồng chiêng thanh niên buôn Trí A (02/11/2015)
- Gặp mặt người có uy tín huyện Lắk năm 2015 (23/10/2015)
- Krông Bông: tập huấn nghiệp vụ cho cán bộ dân vận xã (10/10/2015)
""", "2015-11-20", "Phát huy vai trò người có uy tín trong bảo tồn không gian văn hóa cồng chiêng",
E("hoi_nghi", "2015", "2015-11-19"),
[P("H'Nhi Byă", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Blang Ktla", "Già làng"),
 P("Y Sơn Niê", "Nghệ nhân Ưu tú"),
 P("Y Thơm Mlô", "người có uy tín buôn Jun"),
 P("Y Wơn Mlô", "Phó Giám đốc Sở VH-TT&DL"),
 P("Nguyễn Văn Tuấn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Jur Bkrông", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("280 người có uy tín", 280, "người có uy tín"), Q("gần 1.200 bộ cồng chiêng", 1200, "bộ cồng chiêng", "approx"),
 Q("312 đội chiêng", 312, "đội chiêng"), Q("45 đội chiêng thanh thiếu niên", 45, "đội chiêng thanh thiếu niên"),
 Q("48 lớp truyền dạy đánh chiêng", 48, "lớp truyền dạy đánh chiêng"), Q("trên 1.500 học viên", 1500, "học viên", "over"),
 Q("9 buôn", 9, "buôn"), Q("khoảng 35.000 lượt khách", 35000, "lượt khách", "approx"), Q("26 hộ", 26, "hộ"),
 Q("500.000 đồng", 500000, "đồng"), Q("30 cá nhân xuất sắc", 30, "cá nhân xuất sắc")],
[D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg"),
 D("Kết luận", "24", "KL/TU", "2014-05-12", "Ban Thường vụ Tỉnh ủy", "Kết luận số 24-KL/TU ngày 12/5/2014"),
 D("Kế hoạch", "112", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 112-KH/BDVTU")],
[prov("Đắk Lắk"), com("Tân Lợi"), com("Ea Tu"), com("Liên Sơn")],
["Báo Đắk Lắk điện tử", "Chính trị » Dân tộc - Tôn giáo", "Già làng Y Blang Ktla phát biểu tại hội nghị.",
 "Quy chế công tác dân vận của hệ thống chính trị"],
["20/11/2015 - 10:05", "năm 2015", "năm 2016", "1 phần quà"]))

PAGES.append(page("b5434-angiang-mttq-traoqua-2016", """
Báo An Giang Online
Thứ Sáu, 29/01/2016, 07:45
Xã hội › Mặt trận - Đoàn thể
Trao 400 phần quà Tết cho hộ nghèo làng dệt thổ cẩm Văn Giáo
Ảnh: Trao quà cho bà con đồng bào Khmer.
Ngày 28/1, Ủy ban MTTQ Việt Nam huyện Tịnh Biên phối hợp Hội Chữ thập đỏ huyện trao 400 phần quà Tết cho hộ nghèo, hộ cận nghèo đồng bào Khmer ở xã Văn Giáo và xã An Cư. Mỗi phần quà trị giá 400.000 đồng gồm tiền mặt, gạo và nhu yếu phẩm, tổng trị giá 160 triệu đồng.
Đến dự và trao quà có bà Lê Thị Kim Thoa, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện; ông Chau Thanh Hùng, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Tịnh Biên và Đại đức Chau Sóc Đa, trụ trì chùa Svay Ton.
Theo bà Lê Thị Kim Thoa, nguồn quà được vận động từ Quỹ "Vì người nghèo" theo Kế hoạch số 05/KH-MTTQ-BTT ngày 4/1/2016 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện về chương trình "Tết vì người nghèo" năm 2016. Trong năm 2015, huyện đã hỗ trợ xây 7 căn nhà Đại đoàn kết và giúp 42 hộ nghèo làm nghề dệt có vốn mua sợi.
Làng dệt thổ cẩm Văn Giáo hiện còn trên 80 hộ giữ nghề với 12 khung dệt gỗ truyền thống; sản phẩm khăn choàng, xà rông được bán cho khách tham quan núi Cấm. Thực hiện Quyết định số 1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng Chính phủ về đào tạo nghề cho lao động nông thôn, huyện đã mở 3 lớp dệt cho 75 lao động nữ; khoảng 35% số hộ trong làng đã có thu nhập khá nhờ bán hàng cho khách.
Bà Néang Sa Phel, Tổ trưởng Tổ hợp tác dệt thổ cẩm Văn Giáo, cho biết tổ có 28 thành viên, mỗi tháng làm ra 300 sản phẩm. Bà mong được hỗ trợ quầy trưng bày tại điểm du lịch để sản phẩm đến tay khách nhiều hơn.
Ông Chau Thanh Hùng cho biết, thực hiện Nghị quyết 03, 04-NQ/HU của Ban Thường vụ Huyện ủy, năm 2016 Mặt trận huyện sẽ vận động xây thêm 10 căn nhà cho hộ nghèo làm nghề truyền thống, phấn đấu giảm ít nhất 2% hộ nghèo trong đồng bào Khmer.
Không khí buổi trao quà thật ấm áp. Nhiều bà con xúc động khi nhận quà ngay tại sân chùa, nơi diễn ra các lễ hội lớn của đồng bào Khmer trong năm. Các hộ nhận quà đều hứa sẽ giữ nghề dệt của ông bà để lại, cho con cháu theo học nghề, cùng chính quyền giữ gìn cảnh quan phum, sóc sạch đẹp để đón khách về tham quan, mua sắm dịp Tết Chôl Chnăm Thmây.
Dịp này, chùa Svay Ton trao thêm 50 suất quà Tết cho người già neo đơn trong phum, sóc.
Chau Ry
Lượt xem: 642
Các tin khác
- Tịnh Biên: 1.200 phần quà Tết đến với đồng bào Khmer (25/01/2016)
- Chợ Mới giữ nghề dệt lãnh Mỹ A (20/01/2016)
- Tri Tôn: ra mắt tổ du lịch cộng đồng ở núi Cô Tô (15/01/2016)
- Ủy ban MTTQ Việt Nam tỉnh thăm, chúc Tết các chùa Khmer (12/01/2016)
- Tân Châu: vận động giữ nghề dệt lụa truyền thống (05/01/2016)
""", "2016-01-29", "Trao 400 phần quà Tết cho hộ nghèo làng dệt thổ cẩm Văn Giáo",
E("trao_qua", None, "2016-01-28"),
[P("Lê Thị Kim Thoa", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Chau Thanh Hùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Tịnh Biên"),
 P("Chau Sóc Đa", "Đại đức", "trụ trì chùa Svay Ton"),
 P("Néang Sa Phel", "Tổ trưởng Tổ hợp tác dệt thổ cẩm Văn Giáo")],
[Q("400 phần quà Tết", 400, "phần quà"), Q("400.000 đồng", 400000, "đồng"), Q("160 triệu đồng", 160000000, "đồng"),
 Q("7 căn nhà Đại đoàn kết", 7, "căn nhà Đại đoàn kết"), Q("42 hộ nghèo", 42, "hộ nghèo"), Q("trên 80 hộ", 80, "hộ", "over"),
 Q("12 khung dệt gỗ truyền thống", 12, "khung dệt gỗ truyền thống"), Q("3 lớp dệt", 3, "lớp dệt"), Q("75 lao động nữ", 75, "lao động nữ"),
 Q("khoảng 35%", 35, "%", "approx"), Q("28 thành viên", 28, "thành viên"), Q("300 sản phẩm", 300, "sản phẩm"),
 Q("10 căn nhà", 10, "căn nhà"), Q("ít nhất 2%", 2, "%", "over"), Q("50 suất quà Tết", 50, "suất quà")],
[D("Kế hoạch", "05", "KH-MTTQ-BTT", "2016-01-04", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "Kế hoạch số 05/KH-MTTQ-BTT ngày 4/1/2016"),
 D("Quyết định", "1956", "QĐ-TTg", "2009-11-27", "Thủ tướng Chính phủ", "Quyết định số 1956/QĐ-TTg ngày 27/11/2009"),
 D("Nghị quyết", "03", "NQ/HU", None, "Ban Thường vụ Huyện ủy", "Nghị quyết 03, 04-NQ/HU"),
 D("Nghị quyết", "04", "NQ/HU", None, "Ban Thường vụ Huyện ủy", "Nghị quyết 03, 04-NQ/HU")],
[prov("An Giang"), com("Văn Giáo"), com("An Cư")],
["Báo An Giang Online", "Xã hội › Mặt trận - Đoàn thể", "Ảnh: Trao quà cho bà con đồng bào Khmer.", "Vì người nghèo",
 "Tết vì người nghèo", "Lượt xem: 642"],
["Thứ Sáu, 29/01/2016, 07:45", "năm 2016", "năm 2015", "Lượt xem: 642"]))
