from lib import *
PAGES = []

PAGES.append(page("b5333-langson-bdv-tongket-2011", """
LẠNG SƠN ĐIỆN TỬ - Cổng thông tin Ban Dân vận Tỉnh ủy
Trang chủ > Hoạt động > Dân vận các cấp
Thứ Tư, 28/12/2011 | 16:30
Quang cảnh hội nghị tổng kết. Ảnh: Hồng Nhung
Vận động nhân dân chung tay đẩy lùi dịch tay chân miệng, cúm gia cầm
Ngày 27/12/2011, Ban Dân vận Tỉnh ủy Lạng Sơn tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Hoàng Thị Bích Ngọc, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có đồng chí Lộc Văn Thắm, Phó Chủ tịch UBND tỉnh và 65 đồng chí là lãnh đạo ban dân vận các huyện ủy, thành ủy, Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh.
Năm 2011, trên địa bàn tỉnh ghi nhận 412 ca bệnh tay chân miệng và 2 ổ dịch cúm gia cầm. Thực hiện Chỉ thị số 09-CT/TU ngày 18/4/2011 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác phòng, chống dịch bệnh ở người và gia súc, gia cầm, khối dân vận các cấp đã phối hợp ngành y tế tổ chức 1.260 buổi tuyên truyền, vận động trên 48.000 lượt người tham gia vệ sinh môi trường, tiêu độc khử trùng. Các đoàn thể vận động 3.150 hộ chăn nuôi ký cam kết không giấu dịch, không bán chạy gia cầm ốm; Hội Chữ thập đỏ tỉnh tiếp nhận gần 420 triệu đồng ủng hộ các gia đình có người mắc bệnh.
Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn 21, 22-HD/BDVTU về công tác dân vận trong phòng, chống dịch bệnh vùng biên giới và về vận động đồng bào Dao, Nùng giữ vệ sinh nguồn nước. Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" gắn với vệ sinh phòng bệnh được triển khai ở 226 xã, phường, thị trấn; tỷ lệ hộ có nhà tiêu hợp vệ sinh đạt 61,5%.
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Vi Văn Sằn, Lăng Thị Mai trình bày tham luận về phối hợp với Bộ đội Biên phòng tỉnh vận động nhân dân khu vực biên giới. Bà Nông Thị Hoa, HUV, Trưởng Ban Dân vận Huyện ủy Cao Lộc, cho biết tại xã Thụy Hùng và xã Tân Thanh, tổ dân vận thôn đã đến từng nhà hướng dẫn khai báo gia cầm ốm, chết. Ông Hoàng Văn Pắn, Bí thư Chi bộ kiêm Trưởng thôn Khòn Pát, xã Tân Thanh, chia sẻ kinh nghiệm vận động 46 hộ ở thôn tiêu hủy gia cầm bệnh, không để dịch lây lan.
Phát biểu kết luận, đồng chí Hoàng Thị Bích Ngọc yêu cầu năm 2012 tiếp tục thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị và Kế hoạch số 37-KH/TU của Tỉnh ủy; duy trì "3 sạch" ở mỗi gia đình, không để dịch bệnh bùng phát trong dịp Tết Nhâm Thìn.
Dịp này, 18 tập thể và 27 cá nhân được Ban Dân vận Tỉnh ủy tặng giấy khen, mỗi tập thể được thưởng 1,5 triệu đồng.
Hồng Nhung
Lượt xem: 1.024
Tin liên quan
- Cao Lộc: tập huấn nghiệp vụ dân vận cho 120 cán bộ cơ sở (12/12/2011)
- Tràng Định ra quân vệ sinh môi trường phòng dịch (30/11/2011)
- Hội nghị công tác dân vận chính quyền năm 2011 (22/11/2011)
- Văn Lãng: 15 mô hình "Dân vận khéo" được biểu dương (04/11/2011)
""", "2011-12-28", "Vận động nhân dân chung tay đẩy lùi dịch tay chân miệng, cúm gia cầm",
E("tong_ket", "2011", "2011-12-27"),
[P("Hoàng Thị Bích Ngọc", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lộc Văn Thắm", "Phó Chủ tịch UBND tỉnh"),
 P("Vi Văn Sằn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lăng Thị Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nông Thị Hoa", "HUV", "Trưởng Ban Dân vận Huyện ủy Cao Lộc"),
 P("Hoàng Văn Pắn", "Bí thư Chi bộ kiêm Trưởng thôn Khòn Pát")],
[Q("65 đồng chí", 65, "đồng chí"), Q("412 ca bệnh tay chân miệng", 412, "ca bệnh tay chân miệng"),
 Q("2 ổ dịch cúm gia cầm", 2, "ổ dịch cúm gia cầm"), Q("1.260 buổi tuyên truyền", 1260, "buổi tuyên truyền"),
 Q("trên 48.000 lượt người", 48000, "lượt người", "over"), Q("3.150 hộ chăn nuôi", 3150, "hộ chăn nuôi"),
 Q("gần 420 triệu đồng", 420000000, "đồng", "approx"), Q("226 xã, phường, thị trấn", 226, "xã, phường, thị trấn"),
 Q("61,5%", 61.5, "%"), Q("46 hộ", 46, "hộ"), Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân"),
 Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Chỉ thị", "09", "CT/TU", "2011-04-18", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 09-CT/TU ngày 18/4/2011"),
 D("Hướng dẫn", "21", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 21, 22-HD/BDVTU"),
 D("Hướng dẫn", "22", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 21, 22-HD/BDVTU"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Kế hoạch", "37", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 37-KH/TU")],
[prov("Lạng Sơn"), com("Thụy Hùng"), com("Tân Thanh")],
["LẠNG SƠN ĐIỆN TỬ - Cổng thông tin Ban Dân vận Tỉnh ủy", "Trang chủ > Hoạt động > Dân vận các cấp",
 "Quang cảnh hội nghị tổng kết. Ảnh: Hồng Nhung", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Quy chế công tác dân vận của hệ thống chính trị", "Lượt xem: 1.024", "Khòn Pát"],
["Thứ Tư, 28/12/2011 | 16:30", "65 đồng chí", "năm 2011", "năm 2012", "3 sạch", "Lượt xem: 1.024"]))

PAGES.append(page("b5334-quangtri-mttqhuyen-traoqua-2013", """
BÁO QUẢNG TRỊ ONLINE
Hôm nay: Thứ Bảy, 15/06/2013
Xã hội › Nhân ái
08:15 | 14/06/2013
Hướng Hóa: Trao 350 suất quà cho hộ nghèo vùng dịch sốt xuất huyết
(QTO) - Ngày 13/6, Ủy ban MTTQ Việt Nam huyện Hướng Hóa phối hợp với Hội Chữ thập đỏ tỉnh và Công ty TNHH Thương mại Hòa Phát Đạt trao 350 suất quà cho hộ nghèo, hộ đồng bào Vân Kiều, Pa Kô bị ảnh hưởng bởi dịch sốt xuất huyết tại xã Hướng Phùng, xã Hướng Lập và thị trấn Lao Bảo.
Cán bộ Mặt trận huyện trao quà cho người dân xã Hướng Phùng. Ảnh: Lê Minh
Mỗi suất quà gồm 20 kg gạo, 5 hộp sữa, bình xịt muỗi và 300.000 đồng tiền mặt, tổng trị giá hơn 245 triệu đồng. Đồng chí Hồ Văn Thanh, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Hướng Hóa cho biết, từ đầu năm 2013 đến nay toàn huyện ghi nhận 187 ca sốt xuất huyết, trong đó 64 ca là trẻ em dưới 15 tuổi; ổ dịch lớn nhất ở xã Hướng Phùng với 39 ca.
Thực hiện Quyết định số 2035/QĐ-UBND ngày 18/4/2013 của UBND tỉnh Quảng Trị về công bố dịch sốt xuất huyết và Chỉ thị số 05-CT/HU của Ban Thường vụ Huyện ủy, Ban Thường trực Ủy ban MTTQ Việt Nam huyện đã ban hành Kế hoạch số 12/KH-MTTQ ngày 02/5/2013 về vận động ủng hộ phòng, chống dịch bệnh. Sau hơn 1 tháng, các tổ chức, cá nhân trong và ngoài huyện đã ủng hộ 412 triệu đồng, 6 tấn gạo và 2.000 bình xịt muỗi; 1.850 hộ gia đình được phát hóa chất diệt muỗi.
Tại buổi trao quà, bà Kray Thị Sứ, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện, Trưởng ban Vận động Quỹ Vì người nghèo huyện, đề nghị các hộ tiếp tục thực hiện "3 diệt", thường xuyên phát quang bụi rậm, đậy kín dụng cụ chứa nước. Thượng tá Lê Văn Hưng, Đồn trưởng Đồn Biên phòng Lao Bảo, cho biết đơn vị đã cử 24 cán bộ, chiến sĩ cùng y tế xã phun thuốc diệt muỗi tại 11 thôn, bản giáp biên.
Các đồng chí Hồ Văn Lan, Căn Xàng, Hồ Thị Pả - Phó Chủ tịch UBND xã thay mặt các hộ dân cảm ơn sự quan tâm của các cấp, các ngành. Già làng Hồ Văn Nun ở bản Cheng, xã Hướng Lập, cho biết nhờ cán bộ Mặt trận đến từng nhà vận động, bà con đã đưa người ốm đến trạm y tế thay vì cúng bái như trước.
Dịp này, Công ty TNHH Thương mại Hòa Phát Đạt trao tặng Trạm Y tế xã Hướng Lập 1 máy xét nghiệm trị giá 85 triệu đồng; Hội LHPN huyện tặng 30 chiếc màn cho các hộ có trẻ nhỏ.
Lê Minh
Tin khác
- Quảng Trị: hơn 1.000 đoàn viên ra quân diệt lăng quăng (07/06/2013)
- Đakrông: vận động đồng bào không du canh, du cư (28/05/2013)
- Hội Chữ thập đỏ tỉnh tiếp nhận 2 tấn thuốc khử trùng (16/05/2013)
- Cam Lộ tổng kết 5 năm cuộc vận động "Ngày vì người nghèo" (10/05/2013)
- Gio Linh: ra mắt tổ tự quản vệ sinh môi trường ở khu dân cư (02/05/2013)
- Triệu Phong: Mặt trận vận động nhân dân giúp hộ nghèo sửa nhà (25/04/2013)
""", "2013-06-14", "Hướng Hóa: Trao 350 suất quà cho hộ nghèo vùng dịch sốt xuất huyết",
E("trao_qua", None, "2013-06-13"),
[P("Hồ Văn Thanh", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Hướng Hóa"),
 P("Kray Thị Sứ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện", "Trưởng ban Vận động Quỹ Vì người nghèo huyện"),
 P("Lê Văn Hưng", "Thượng tá", "Đồn trưởng Đồn Biên phòng Lao Bảo"),
 P("Hồ Văn Lan", "Phó Chủ tịch UBND xã"), P("Căn Xàng", "Phó Chủ tịch UBND xã"), P("Hồ Thị Pả", "Phó Chủ tịch UBND xã"),
 P("Hồ Văn Nun", "Già làng")],
[Q("350 suất quà", 350, "suất quà"), Q("20 kg", 20, "kg"), Q("5 hộp sữa", 5, "hộp sữa"), Q("300.000 đồng", 300000, "đồng"),
 Q("hơn 245 triệu đồng", 245000000, "đồng", "over"), Q("187 ca sốt xuất huyết", 187, "ca sốt xuất huyết"), Q("64 ca", 64, "ca"),
 Q("39 ca", 39, "ca"), Q("412 triệu đồng", 412000000, "đồng"), Q("6 tấn", 6, "tấn"), Q("2.000 bình xịt muỗi", 2000, "bình xịt muỗi"),
 Q("1.850 hộ gia đình", 1850, "hộ gia đình"), Q("24 cán bộ, chiến sĩ", 24, "cán bộ, chiến sĩ"), Q("11 thôn, bản", 11, "thôn, bản"),
 Q("85 triệu đồng", 85000000, "đồng"), Q("30 chiếc màn", 30, "chiếc màn")],
[D("Quyết định", "2035", "QĐ-UBND", "2013-04-18", "UBND tỉnh Quảng Trị", "Quyết định số 2035/QĐ-UBND ngày 18/4/2013"),
 D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 05-CT/HU"),
 D("Kế hoạch", "12", "KH-MTTQ", "2013-05-02", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "Kế hoạch số 12/KH-MTTQ ngày 02/5/2013")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("Hướng Lập"), com("Lao Bảo")],
["BÁO QUẢNG TRỊ ONLINE", "Hôm nay: Thứ Bảy, 15/06/2013", "Xã hội › Nhân ái", "(QTO)",
 "Cán bộ Mặt trận huyện trao quà cho người dân xã Hướng Phùng. Ảnh: Lê Minh", "Công ty TNHH Thương mại Hòa Phát Đạt",
 "Quỹ Vì người nghèo", "Trạm Y tế xã Hướng Lập"],
["08:15 | 14/06/2013", "dưới 15 tuổi", "hơn 1 tháng", "3 diệt", "1 máy xét nghiệm"]))

PAGES.append(page("b5335-daklak-hlhpn-taphuan-2016", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐẮK LẮK
Bạn đang ở: Trang chủ / Hoạt động Hội / Tin tức
Ngày đăng 20/05/2016 | 10:40
Tập huấn kỹ năng tuyên truyền phòng, chống vi rút Zika cho cán bộ Hội cơ sở
Trong 2 ngày 18 và 19/5/2016, Hội Liên hiệp Phụ nữ (LHPN) tỉnh Đắk Lắk phối hợp với Trung tâm Y tế dự phòng tỉnh tổ chức lớp tập huấn kỹ năng tuyên truyền, vận động phòng, chống dịch bệnh do vi rút Zika và sốt xuất huyết năm 2016 cho 120 học viên là chủ tịch, phó chủ tịch Hội LHPN các xã, phường, thị trấn và chi hội trưởng phụ nữ các buôn đồng bào dân tộc thiểu số.
Bà H'Bla Niê phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, bà H'Bla Niê, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh nhấn mạnh, thực hiện Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ và Kế hoạch số 2671/KH-UBND ngày 12/4/2016 của UBND tỉnh về phòng, chống dịch bệnh do vi rút Zika, các cấp Hội cần phát huy vai trò của phụ nữ trong mỗi gia đình, nhất là phụ nữ mang thai. Dự lớp tập huấn có các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Nguyễn Thị Thu Hà, H'Luyện Êban, Lê Thị Hòa.
Tại lớp học, ThS. Y Wang Mlô, Phó Giám đốc Trung tâm Y tế dự phòng tỉnh và BS. Trần Thị Kim Oanh, Trưởng khoa Kiểm soát dịch bệnh giới thiệu đường lây truyền, biểu hiện của bệnh và cách diệt muỗi, lăng quăng. Năm 2015 toàn tỉnh ghi nhận 2.318 ca sốt xuất huyết; 4 tháng đầu năm 2016 đã có 712 ca, tăng 35% so với cùng kỳ.
Học viên cũng được hướng dẫn triển khai Hướng dẫn số 07/HD-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về vận động hội viên tham gia phòng, chống dịch bệnh. Năm qua, các chi hội đã vận động 9.400 hội viên tham gia "Ngày chủ nhật xanh", thu gom hơn 86 tấn rác thải và vật dụng chứa nước đọng.
Bà H'Nguyên Byă, Chủ tịch Hội LHPN xã Ea Tu, chia sẻ cách lồng ghép tuyên truyền bằng tiếng Êđê trong các buổi sinh hoạt chi hội. Bà H'Yim Kđoh, chi hội trưởng phụ nữ buôn Kô Tam, xã Ea Tu, kể lại việc vận động 37 hộ trong buôn thả cá diệt lăng quăng ở bể chứa nước. Chị Lê Thị Ngọc Ánh, cán bộ Hội LHPN xã Ea Kao, đề nghị Hội cấp trên hỗ trợ thêm tờ rơi song ngữ.
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu bài kiểm tra; mỗi học viên được cấp 1 bộ tài liệu và 50 tờ rơi để tuyên truyền tại buôn. Hội LHPN tỉnh phấn đấu năm 2016 có ít nhất 80% chi hội tổ chức được buổi truyền thông về vi rút Zika.
H.Y
Các tin khác
- Hội LHPN tỉnh ra mắt 12 câu lạc bộ "Phụ nữ với pháp luật" (12/05/2016)
- Krông Pắc: trao 40 con bò giống cho hội viên nghèo (05/05/2016)
- Sơ kết công tác Hội quý I năm 2016 (15/04/2016)
- Phụ nữ Buôn Đôn chung tay xây dựng nông thôn mới (02/04/2016)
""", "2016-05-20", "Tập huấn kỹ năng tuyên truyền phòng, chống vi rút Zika cho cán bộ Hội cơ sở",
E("tap_huan", "2016", "2016-05-18"),
[P("H'Bla Niê", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Hội LHPN tỉnh"), P("H'Luyện Êban", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lê Thị Hòa", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Y Wang Mlô", "ThS.", "Phó Giám đốc Trung tâm Y tế dự phòng tỉnh"),
 P("Trần Thị Kim Oanh", "BS.", "Trưởng khoa Kiểm soát dịch bệnh"),
 P("H'Nguyên Byă", "Chủ tịch Hội LHPN xã Ea Tu"),
 P("H'Yim Kđoh", "chi hội trưởng phụ nữ buôn Kô Tam"),
 P("Lê Thị Ngọc Ánh", "cán bộ Hội LHPN xã Ea Kao")],
[Q("120 học viên", 120, "học viên"), Q("2.318 ca sốt xuất huyết", 2318, "ca sốt xuất huyết"), Q("712 ca", 712, "ca"),
 Q("35%", 35, "%"), Q("9.400 hội viên", 9400, "hội viên"), Q("hơn 86 tấn", 86, "tấn", "over"), Q("37 hộ", 37, "hộ"),
 Q("100%", 100, "%"), Q("50 tờ rơi", 50, "tờ rơi"), Q("ít nhất 80%", 80, "%", "over")],
[D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", "Nghị quyết số 11-NQ/TW ngày 27/4/2007"),
 D("Kế hoạch", "2671", "KH-UBND", "2016-04-12", "UBND tỉnh", "Kế hoạch số 2671/KH-UBND ngày 12/4/2016"),
 D("Hướng dẫn", "07", "HD-ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn số 07/HD-ĐCT")],
[prov("Đắk Lắk"), com("Ea Tu"), com("Ea Kao")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐẮK LẮK", "Bạn đang ở: Trang chủ / Hoạt động Hội / Tin tức",
 "Bà H'Bla Niê phát biểu khai mạc lớp tập huấn.", "Ngày chủ nhật xanh", "Trung tâm Y tế dự phòng tỉnh", "buôn Kô Tam"],
["Ngày đăng 20/05/2016 | 10:40", "2 ngày", "4 tháng đầu năm 2016", "1 bộ tài liệu", "năm 2016"]))

PAGES.append(page("b5336-bacninh-mttq-soket-2020", """
Báo Bắc Ninh điện tử
Chính trị › Mặt trận - Đoàn thể
Cập nhật: 09:42, 10/07/2020 (GMT+7)
Toàn cảnh hội nghị.
Bắc Ninh: Hơn 38 tỷ đồng ủng hộ phòng, chống dịch COVID-19
Ngày 9/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bắc Ninh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Văn Thường, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị, với 112 đại biểu dự tại điểm cầu tỉnh và 8 điểm cầu cấp huyện.
Báo cáo do đồng chí Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Ngô Thị Hạnh trình bày cho biết: thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ và Lời kêu gọi của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, Ban Thường trực Ủy ban MTTQ tỉnh đã ban hành Kế hoạch 58, 59/KH-MTTQ-BTT về vận động toàn dân ủng hộ phòng, chống dịch và về giám sát việc thực hiện chính sách hỗ trợ người dân gặp khó khăn do đại dịch.
Đến ngày 30/6/2020, các cấp Mặt trận trong tỉnh đã tiếp nhận hơn 38 tỷ đồng và hiện vật trị giá khoảng 6,2 tỷ đồng; đã trao 21.500 suất quà cho người lao động mất việc làm, hộ nghèo, hộ cận nghèo và hỗ trợ 15 chốt kiểm soát dịch. Thực hiện Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ và Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ, Mặt trận các cấp đã giám sát việc chi trả cho 46.780 đối tượng, đề nghị điều chỉnh 213 trường hợp không đúng quy định.
Tại hội nghị, các đồng chí Nguyễn Hữu Tình, Chủ tịch Ủy ban MTTQ Việt Nam thành phố Bắc Ninh và Trần Thị Thoa, Chủ tịch Ủy ban MTTQ xã Phù Chẩn tham luận về cách làm "ATM gạo" và "Tủ bánh mì 0 đồng" giúp người lao động nghèo. Bà Thoa cho biết, riêng xã Phù Chẩn có 1.240 công nhân thuê trọ được hỗ trợ gạo, mì tôm trong thời gian giãn cách xã hội 15 ngày.
Đồng chí Đỗ Văn Khải, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, thông tin: 6 tháng qua, Mặt trận các cấp đã tổ chức 9 cuộc giám sát, 14 hội nghị phản biện xã hội; tiếp nhận 57 ý kiến, kiến nghị của cử tri liên quan đến chính sách hỗ trợ.
Phát biểu kết luận, đồng chí Nguyễn Văn Thường đề nghị 6 tháng cuối năm tiếp tục vận động nhân dân không chủ quan, lơ là với dịch bệnh; thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; góp ý dự thảo văn kiện Đại hội Đảng bộ tỉnh lần thứ XX. Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 35 tập thể, 52 cá nhân có thành tích trong phòng, chống dịch COVID-19.
Thu Hà
Bài viết liên quan
- Trao 500 suất quà cho công nhân khu công nghiệp Quế Võ (20/06/2020)
- Từ Sơn: hơn 200 tình nguyện viên tham gia chốt kiểm dịch (15/04/2020)
- Mặt trận tỉnh tiếp nhận 3 tỷ đồng ủng hộ phòng, chống dịch (02/04/2020)
""", "2020-07-10", "Bắc Ninh: Hơn 38 tỷ đồng ủng hộ phòng, chống dịch COVID-19",
E("so_ket", "2020-H1", "2020-07-09"),
[P("Nguyễn Văn Thường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ngô Thị Hạnh", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Tình", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố Bắc Ninh"),
 P("Trần Thị Thoa", "Chủ tịch Ủy ban MTTQ xã Phù Chẩn"),
 P("Đỗ Văn Khải", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("112 đại biểu", 112, "đại biểu"), Q("8 điểm cầu cấp huyện", 8, "điểm cầu cấp huyện"),
 Q("hơn 38 tỷ đồng", 38000000000, "đồng", "over"), Q("khoảng 6,2 tỷ đồng", 6200000000, "đồng", "approx"),
 Q("21.500 suất quà", 21500, "suất quà"), Q("15 chốt kiểm soát dịch", 15, "chốt kiểm soát dịch"),
 Q("46.780 đối tượng", 46780, "đối tượng"), Q("213 trường hợp", 213, "trường hợp"),
 Q("1.240 công nhân thuê trọ", 1240, "công nhân thuê trọ"), Q("9 cuộc giám sát", 9, "cuộc giám sát"),
 Q("14 hội nghị phản biện xã hội", 14, "hội nghị phản biện xã hội"), Q("57 ý kiến, kiến nghị", 57, "ý kiến, kiến nghị"),
 Q("35 tập thể", 35, "tập thể"), Q("52 cá nhân", 52, "cá nhân")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Kế hoạch", "58", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 58, 59/KH-MTTQ-BTT"),
 D("Kế hoạch", "59", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 58, 59/KH-MTTQ-BTT"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 09/4/2020"),
 D("Quyết định", "15", "2020/QĐ-TTg", "2020-04-24", "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020")],
[prov("Bắc Ninh"), com("Phù Chẩn")],
["Báo Bắc Ninh điện tử", "Chính trị › Mặt trận - Đoàn thể", "Toàn cảnh hội nghị.", "ATM gạo", "Tủ bánh mì 0 đồng",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lời kêu gọi của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"],
["Cập nhật: 09:42, 10/07/2020 (GMT+7)", "0 đồng", "15 ngày", "6 tháng đầu năm 2020", "6 tháng cuối năm", "lần thứ XX", "30/6/2020"]))

PAGES.append(page("b5337-vinhphuc-sonloi-khac-2020", """
Cổng thông tin điện tử xã Sơn Lôi - huyện Bình Xuyên - tỉnh Vĩnh Phúc
Trang chủ | Tin tức - Sự kiện | Hoạt động đoàn thể
Thứ Ba, 18/02/2020 - 07:45
Những "lá chắn" nơi vùng cách ly
Lực lượng đoàn viên, thanh niên trực tại chốt kiểm dịch thôn Văn Giáo. Ảnh: Đức Anh
Từ khi Chủ tịch UBND tỉnh Vĩnh Phúc ban hành Quyết định số 359/QĐ-UBND ngày 13/2/2020 thiết lập vùng cách ly y tế phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona (COVID-19) tại xã Sơn Lôi, hơn 10.000 người dân trong xã đã bước vào những ngày đặc biệt. Bên cạnh lực lượng y tế, công an, quân đội, là những đoàn viên, hội viên lặng lẽ góp sức để người dân yên tâm chấp hành cách ly.
Ông Trần Văn Hợi, Bí thư Đảng ủy, Chủ tịch HĐND xã Sơn Lôi cho biết, thực hiện Quyết định số 173/QĐ-TTg ngày 1/2/2020 của Thủ tướng Chính phủ về công bố dịch và Kế hoạch số 06-KH/ĐU của Đảng ủy xã, xã đã lập 12 chốt kiểm dịch, chia địa bàn thành 6 khu để quản lý; mỗi chốt có 1 đảng viên phụ trách, trực 24/24 giờ.
Anh Nguyễn Văn Đức, Bí thư Đoàn xã Sơn Lôi, kể: "Ngay trong đêm đầu tiên, 35 đoàn viên đã có mặt ở các chốt. Chúng em chia ca, mỗi ca 4 tiếng, vừa hướng dẫn người qua lại, vừa tuyên truyền qua loa di động". Đến nay, Đoàn xã đã phát 4.200 tờ rơi, hỗ trợ đi chợ hộ cho 318 hộ có người già, trẻ nhỏ.
Ở bếp ăn tập thể tại nhà văn hóa thôn Đại Lợi, chị Lê Thị Thu, Chủ tịch Hội LHPN xã, cùng 20 hội viên nấu khoảng 600 suất cơm mỗi ngày cho lực lượng trực chốt. "Bà con mang rau, gạo đến góp, có nhà góp cả tạ gạo", chị Thu nói. Hội Nông dân xã vận động thu mua giúp gần 15 tấn rau xanh cho nông dân không thể mang ra ngoài bán.
Thượng úy Phạm Minh Tuấn, Phó Chỉ huy trưởng Ban Chỉ huy Quân sự xã Sơn Lôi, cho biết lực lượng dân quân đã phối hợp phun khử khuẩn 28 lượt tại các tuyến đường, trường học. Ông Nguyễn Văn Khôi, Chủ tịch Ủy ban MTTQ xã, cho biết đã tiếp nhận hơn 120 triệu đồng và 9.000 chiếc khẩu trang của các nhà hảo tâm gửi vào vùng cách ly.
Các ông Trần Văn Sinh, Lê Văn Nhuận, Đỗ Văn Cường - Trưởng thôn đều chung nhận xét: người dân chấp hành nghiêm, không ai tìm cách ra khỏi vùng cách ly. Theo kế hoạch, việc cách ly kéo dài 20 ngày; ai cũng mong ngày dỡ bỏ các chốt để trở lại sản xuất.
Đức Anh
Lượt truy cập: 215.408
Tin liên quan
- Xã Sơn Lôi tổ chức phun khử khuẩn toàn bộ địa bàn (16/02/2020)
- Tặng 5.000 khẩu trang cho người dân vùng cách ly (15/02/2020)
- Hội nghị triển khai công tác phòng, chống dịch bệnh (03/02/2020)
- Đoàn xã ra quân làm sạch đường làng, ngõ xóm đón Xuân Canh Tý (15/01/2020)
- Hội Nông dân xã tổng kết công tác Hội năm 2019 (28/12/2019)
""", "2020-02-18", "Những \"lá chắn\" nơi vùng cách ly",
E("khac", None, None),
[P("Trần Văn Hợi", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Sơn Lôi"),
 P("Nguyễn Văn Đức", "Bí thư Đoàn xã Sơn Lôi"),
 P("Lê Thị Thu", "Chủ tịch Hội LHPN xã"),
 P("Phạm Minh Tuấn", "Thượng úy", "Phó Chỉ huy trưởng Ban Chỉ huy Quân sự xã Sơn Lôi"),
 P("Nguyễn Văn Khôi", "Chủ tịch Ủy ban MTTQ xã"),
 P("Trần Văn Sinh", "Trưởng thôn"), P("Lê Văn Nhuận", "Trưởng thôn"), P("Đỗ Văn Cường", "Trưởng thôn")],
[Q("hơn 10.000 người dân", 10000, "người dân", "over"), Q("12 chốt kiểm dịch", 12, "chốt kiểm dịch"), Q("6 khu", 6, "khu"),
 Q("35 đoàn viên", 35, "đoàn viên"), Q("4.200 tờ rơi", 4200, "tờ rơi"), Q("318 hộ", 318, "hộ"), Q("20 hội viên", 20, "hội viên"),
 Q("khoảng 600 suất cơm", 600, "suất cơm", "approx"), Q("gần 15 tấn", 15, "tấn", "approx"), Q("28 lượt", 28, "lượt"),
 Q("hơn 120 triệu đồng", 120000000, "đồng", "over"), Q("9.000 chiếc khẩu trang", 9000, "chiếc khẩu trang")],
[D("Quyết định", "359", "QĐ-UBND", "2020-02-13", "Chủ tịch UBND tỉnh Vĩnh Phúc", "Quyết định số 359/QĐ-UBND ngày 13/2/2020"),
 D("Quyết định", "173", "QĐ-TTg", "2020-02-01", "Thủ tướng Chính phủ", "Quyết định số 173/QĐ-TTg ngày 1/2/2020"),
 D("Kế hoạch", "06", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 06-KH/ĐU")],
[prov("Vĩnh Phúc"), com("Sơn Lôi")],
["Cổng thông tin điện tử xã Sơn Lôi - huyện Bình Xuyên - tỉnh Vĩnh Phúc", "Trang chủ | Tin tức - Sự kiện | Hoạt động đoàn thể",
 "Lực lượng đoàn viên, thanh niên trực tại chốt kiểm dịch thôn Văn Giáo. Ảnh: Đức Anh", "Lượt truy cập: 215.408", "thôn Đại Lợi"],
["Thứ Ba, 18/02/2020 - 07:45", "24/24 giờ", "4 tiếng", "1 đảng viên", "20 ngày", "Lượt truy cập: 215.408"]))

PAGES.append(page("b5338-cantho-bdv-giaoban-2021", """
BÁO CẦN THƠ ONLINE
You are here: Trang chủ » Chính trị » Xây dựng Đảng
08:15 | 05/10/2021
Đồng chí Trần Thị Ngọc Bích phát biểu chỉ đạo tại hội nghị. Ảnh: Duy Khoa
Khối dân vận thành phố đồng hành cùng người dân vượt qua đại dịch
Chiều 4/10, Ban Dân vận Thành ủy Cần Thơ tổ chức hội nghị giao ban công tác dân vận quý III năm 2021 theo hình thức trực tuyến. Đồng chí Trần Thị Ngọc Bích, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì. Các đồng chí Lê Văn Quang, Huỳnh Thị Mỹ Lệ, Thạch Sô Phal - Phó Trưởng Ban Dân vận Thành ủy cùng dự.
Theo báo cáo, quý III là giai đoạn dịch COVID-19 diễn biến phức tạp nhất. Thực hiện Chỉ thị 11, 12-CT/TU của Ban Thường vụ Thành ủy về tăng cường công tác dân vận trong phòng, chống dịch và về phát huy vai trò tổ COVID cộng đồng, toàn thành phố đã thành lập 3.280 tổ COVID cộng đồng với trên 16.400 thành viên. Khối dân vận vận động trên 1,2 triệu lượt người khai báo y tế điện tử, thực hiện "5K".
Mặt trận và các đoàn thể đã trao hơn 86.000 túi an sinh, tổ chức 42 "Phiên chợ 0 đồng"; tiếp nhận ủng hộ trị giá khoảng 127 tỷ đồng. Việc chi hỗ trợ theo Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ và Quyết định số 23/2021/QĐ-TTg ngày 07/7/2021 của Thủ tướng Chính phủ được Mặt trận giám sát chặt chẽ; đến cuối tháng 9 đã có 58.900 lao động tự do được nhận hỗ trợ, mỗi người 1,5 triệu đồng. Tỷ lệ người từ 18 tuổi trở lên được tiêm ít nhất 1 mũi vắc xin đạt 95,6%.
Tại hội nghị, bà Lâm Thị Huỳnh Như, Phó Chủ tịch UBND quận Ninh Kiều, cho biết phường An Khánh và phường Hưng Phú đã huy động 2.150 tình nguyện viên hỗ trợ người dân trong khu phong tỏa. Đại đức Danh Sóc Hên, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam thành phố, thông tin 14 chùa Phật giáo Nam tông Khmer đã nấu cơm, phát gạo cho người nghèo. Ông Nguyễn Văn Lộc, Chủ tịch Ủy ban MTTQ xã Trường Long, kiến nghị sớm có hướng dẫn hỗ trợ cho người từ vùng dịch trở về địa phương.
Phát biểu kết luận, đồng chí Trần Thị Ngọc Bích đề nghị quý IV tập trung vận động nhân dân thực hiện "thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19"; giám sát việc thực hiện Nghị quyết số 30/2021/QH15 của Quốc hội; chăm lo cho 1.736 trẻ em mồ côi, người già neo đơn bị ảnh hưởng bởi dịch.
Duy Khoa
TIN CÙNG CHUYÊN MỤC
- Bình Thủy: trao 3.000 phần quà cho người lao động (29/09/2021)
- Mặt trận thành phố tiếp nhận 50 tấn nông sản từ các tỉnh (21/09/2021)
- Phong Điền: đối thoại với đoàn viên, thanh niên về phòng chống dịch (10/09/2021)
""", "2021-10-05", "Khối dân vận thành phố đồng hành cùng người dân vượt qua đại dịch",
E("giao_ban", "2021-Q3", "2021-10-04"),
[P("Trần Thị Ngọc Bích", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Văn Quang", "Phó Trưởng Ban Dân vận Thành ủy"), P("Huỳnh Thị Mỹ Lệ", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Thạch Sô Phal", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Lâm Thị Huỳnh Như", "Phó Chủ tịch UBND quận Ninh Kiều"),
 P("Danh Sóc Hên", "Đại đức", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam thành phố"),
 P("Nguyễn Văn Lộc", "Chủ tịch Ủy ban MTTQ xã Trường Long")],
[Q("3.280 tổ COVID cộng đồng", 3280, "tổ COVID cộng đồng"), Q("trên 16.400 thành viên", 16400, "thành viên", "over"),
 Q("trên 1,2 triệu lượt người", 1200000, "lượt người", "over"), Q("hơn 86.000 túi an sinh", 86000, "túi an sinh", "over"),
 Q("42 \"Phiên chợ 0 đồng\"", 42, "Phiên chợ 0 đồng"), Q("khoảng 127 tỷ đồng", 127000000000, "đồng", "approx"),
 Q("58.900 lao động tự do", 58900, "lao động tự do"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("95,6%", 95.6, "%"),
 Q("2.150 tình nguyện viên", 2150, "tình nguyện viên"), Q("14 chùa Phật giáo Nam tông Khmer", 14, "chùa Phật giáo Nam tông Khmer"),
 Q("1.736 trẻ em mồ côi, người già neo đơn", 1736, "trẻ em mồ côi, người già neo đơn")],
[D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 01/7/2021"),
 D("Quyết định", "23", "2021/QĐ-TTg", "2021-07-07", "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg ngày 07/7/2021"),
 D("Nghị quyết", "30", "2021/QH15", None, "Quốc hội", "Nghị quyết số 30/2021/QH15")],
[prov("Cần Thơ"), com("An Khánh"), com("Hưng Phú"), com("Trường Long")],
["BÁO CẦN THƠ ONLINE", "You are here: Trang chủ » Chính trị » Xây dựng Đảng",
 "Đồng chí Trần Thị Ngọc Bích phát biểu chỉ đạo tại hội nghị. Ảnh: Duy Khoa", "5K",
 "thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19"],
["08:15 | 05/10/2021", "5K", "0 đồng", "18 tuổi", "1 mũi", "quý III năm 2021", "quý IV"]))
