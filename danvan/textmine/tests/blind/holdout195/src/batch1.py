from lib import *
PAGES = []

PAGES.append(page("b4637-kontum-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY KON TUM - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ » Hoạt động dân vận » Tin trong tỉnh
Thứ Ba, 20/12/2011 - 16:40
Ảnh: Quang cảnh hội nghị tổng kết.
Kon Tum: Khối dân vận tổng kết công tác năm 2011
Ngày 19/12, Ban Dân vận Tỉnh ủy Kon Tum tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí A Pết, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự hội nghị có 65 đồng chí là lãnh đạo Ban Dân vận các huyện ủy, thành ủy, Mặt trận và các đoàn thể chính trị - xã hội tỉnh.
Theo báo cáo, năm 2011 Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 11, 12-CT/TU về tăng cường công tác vận động đồng bào có đạo Tin lành và về đấu tranh ngăn chặn hoạt động của số đối tượng FULRO lưu vong móc nối, lôi kéo người dân vượt biên. Ban Dân vận Tỉnh ủy cũng ban hành hướng dẫn số 07-HD/BDVTU ngày 14/4/2011 về xây dựng điểm công tác dân vận ở các làng đồng bào Xơ Đăng, Ba Na.
Các cấp đã phối hợp vận động 1.264 hộ đồng bào dân tộc thiểu số định canh, định cư; 93 hộ đã từ bỏ "Tin lành Đê Ga", trở về sinh hoạt tôn giáo bình thường. Toàn tỉnh có 642 người có uy tín ở thôn, làng được gặp gỡ, cung cấp thông tin; các lực lượng đã giải quyết 37 vụ tranh chấp đất đai giữa người dân với các nông, lâm trường, trong đó 29 vụ hòa giải thành. Nhân dân đóng góp khoảng 3,4 tỷ đồng và hiến trên 12 ha đất làm đường giao thông nông thôn.
Phát biểu tại hội nghị, đồng chí Y Ngoan, HUV, Trưởng Ban Dân vận Huyện ủy Sa Thầy, cho biết huyện đã duy trì 14 tổ dân vận ở các làng giáp biên; già làng A Brêu, làng Kon Hring, xã Ya Xiêr, vận động con cháu không nghe theo kẻ xấu. Đồng chí Nguyễn Văn Lãm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị tăng cường đối thoại trực tiếp với người dân ở vùng có dự án cao su.
Kết luận hội nghị, đồng chí A Pết yêu cầu năm 2012 tiếp tục thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị, gắn với Chỉ thị số 01/2005/CT-TTg của Thủ tướng Chính phủ về một số công tác đối với đạo Tin lành; làm tốt công tác nắm tình hình ở 38 xã, thị trấn biên giới và vùng đồng bào có đạo.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 11 tập thể, 17 cá nhân. Đồng chí Y Thị Blưk, Phó Trưởng Ban Dân vận Tỉnh ủy, công bố quyết định khen thưởng.
Huỳnh Thủy
Lượt xem: 1.032
Tin liên quan
- Đăk Glei: sơ kết công tác vận động đồng bào theo đạo Tin lành (05/12/2011)
- Kon Plông ra quân xây dựng 6 mô hình "Dân vận khéo" (28/11/2011)
- Gặp mặt già làng, người có uy tín tiêu biểu năm 2011 (14/11/2011)
- Ngọc Hồi: đối thoại với nhân dân các xã biên giới (02/11/2011)
""", "2011-12-20", "Kon Tum: Khối dân vận tổng kết công tác năm 2011",
E("tong_ket", "2011", "2011-12-19"),
[P("A Pết", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Ngoan", "HUV", "Trưởng Ban Dân vận Huyện ủy Sa Thầy"),
 P("A Brêu", "già làng"),
 P("Nguyễn Văn Lãm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thị Blưk", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("65 đồng chí", 65, "đồng chí"), Q("1.264 hộ đồng bào dân tộc thiểu số", 1264, "hộ đồng bào dân tộc thiểu số"),
 Q("93 hộ", 93, "hộ"), Q("642 người có uy tín", 642, "người có uy tín"), Q("37 vụ tranh chấp đất đai", 37, "vụ tranh chấp đất đai"),
 Q("29 vụ", 29, "vụ"), Q("khoảng 3,4 tỷ đồng", 3400000000, "đồng", "approx"), Q("trên 12 ha", 12, "ha", "over"),
 Q("14 tổ dân vận", 14, "tổ dân vận"), Q("38 xã, thị trấn biên giới", 38, "xã, thị trấn biên giới"),
 Q("11 tập thể", 11, "tập thể"), Q("17 cá nhân", 17, "cá nhân")],
[D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Hướng dẫn", "07", "HD/BDVTU", "2011-04-14", "Ban Dân vận Tỉnh ủy", "hướng dẫn số 07-HD/BDVTU ngày 14/4/2011"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 01/2005/CT-TTg")],
[prov("Kon Tum"), com("Ya Xiêr")],
["BAN DÂN VẬN TỈNH ỦY KON TUM - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Hoạt động dân vận » Tin trong tỉnh",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Tin lành Đê Ga", "FULRO", "Lượt xem: 1.032", "Quy chế công tác dân vận của hệ thống chính trị"],
["Thứ Ba, 20/12/2011 - 16:40", "65 đồng chí", "năm 2011", "năm 2012", "Lượt xem: 1.032"]))

PAGES.append(page("b4638-daklak-mttq-doithoai-2012", """
Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk
Bạn đang ở: Trang chủ > Hoạt động Mặt trận > Tin cơ sở
Cập nhật: 09:42, 16/11/2012 (GMT+7)
Đồng chí Y Phăng Niê phát biểu tại buổi đối thoại.
Đối thoại với đồng bào có đạo ở buôn biên giới năm 2012
Chiều 14/11, tại hội trường UBND xã Ea Bung, huyện Ea Súp, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội nghị đối thoại với người có uy tín và tín đồ Tin lành ở các buôn biên giới năm 2012. Chủ trì buổi đối thoại có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Y Phăng Niê, H'Ngăm Mlô, Trần Văn Hòa. Tham dự có 176 đại biểu, trong đó 48 người là chi hội trưởng, thư ký chi hội Tin lành.
Báo cáo nhanh của Ủy ban MTTQ huyện cho biết, toàn huyện có 4.310 tín đồ Tin lành, chiếm khoảng 12% dân số; từ đầu năm đến nay đã vận động 26 hộ không tham gia nhóm "Tin lành Đê Ga" do số đối tượng FULRO ở nước ngoài chỉ đạo. Thực hiện Kế hoạch số 52-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, Mặt trận các xã đã tổ chức 19 buổi gặp mặt chức sắc, chức việc.
Tại buổi đối thoại, ông Y Thuôn Êban, Trưởng buôn Đrang Phốk, xã Krông Na, phản ánh việc Công ty TNHH MTV Cà phê 719 chưa giao trả 35 ha đất cho các hộ buôn này theo phương án đã thống nhất. Mục sư nhiệm chức Y Khôi Byă, quản nhiệm chi hội Ea Bung, kiến nghị tạo điều kiện cho 3 điểm nhóm được sinh hoạt tôn giáo tập trung. Bà H'Điêm Kbuôr, Chi hội trưởng Chi hội Phụ nữ buôn Ea Pao, đề nghị hỗ trợ giống cà phê cho hộ nghèo.
Các ý kiến đã được đại diện các sở, ngành và ông Phan Đình Thắng, Phó Chủ tịch UBND huyện Ea Súp, trả lời trực tiếp. Về đất đai, huyện cam kết phối hợp với công ty đo đạc, hoàn thành việc giao đất trước ngày 30/3/2013; về sinh hoạt tôn giáo, các điểm nhóm sẽ được hướng dẫn đăng ký theo Nghị định số 92/2012/NĐ-CP của Chính phủ.
Theo đồng chí Trần Văn Hòa, năm 2012 Mặt trận các cấp trong tỉnh đã phối hợp tổ chức 214 buổi tuyên truyền tại các buôn, thu hút trên 9.000 lượt người dự; vận động xây dựng 67 nhà Đại đoàn kết cho hộ nghèo với tổng kinh phí 2,01 tỷ đồng.
Kết thúc buổi đối thoại, đồng chí Y Phăng Niê đề nghị bà con tiếp tục phát huy tinh thần "sống tốt đời, đẹp đạo", không nghe theo kẻ xấu vượt biên trái phép. Dịp này, Mặt trận tỉnh trao 50 suất quà, mỗi suất trị giá 300.000 đồng cho các hộ nghèo là tín đồ Tin lành.
H'Xíu (Ủy ban MTTQ huyện Ea Súp)
Lượt truy cập: 2.417
Tin khác
- Krông Búk: ra mắt 4 khu dân cư "Đoàn kết, sống tốt đời, đẹp đạo" (09/11/2012)
- Mặt trận tỉnh gặp mặt chức sắc Công giáo nhân dịp Giáng sinh (30/10/2012)
- Buôn Đôn: tuyên truyền Luật Đất đai cho đồng bào Êđê, M'nông (18/10/2012)
- Trao 120 suất quà cho người có uy tín huyện Lắk (05/10/2012)
""", "2012-11-16", "Đối thoại với đồng bào có đạo ở buôn biên giới năm 2012",
E("doi_thoai", "2012", "2012-11-14"),
[P("Y Phăng Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Ngăm Mlô", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thuôn Êban", "Trưởng buôn Đrang Phốk"),
 P("Y Khôi Byă", "Mục sư nhiệm chức", "quản nhiệm chi hội Ea Bung"),
 P("H'Điêm Kbuôr", "Chi hội trưởng Chi hội Phụ nữ buôn Ea Pao"),
 P("Phan Đình Thắng", "Phó Chủ tịch UBND huyện Ea Súp")],
[Q("176 đại biểu", 176, "đại biểu"), Q("48 người", 48, "người"), Q("4.310 tín đồ Tin lành", 4310, "tín đồ Tin lành"),
 Q("khoảng 12%", 12, "%", "approx"), Q("26 hộ", 26, "hộ"), Q("19 buổi gặp mặt chức sắc, chức việc", 19, "buổi gặp mặt chức sắc, chức việc"),
 Q("214 buổi tuyên truyền", 214, "buổi tuyên truyền"), Q("trên 9.000 lượt người", 9000, "lượt người", "over"),
 Q("67 nhà Đại đoàn kết", 67, "nhà Đại đoàn kết"), Q("2,01 tỷ đồng", 2010000000, "đồng"),
 Q("35 ha", 35, "ha"), Q("3 điểm nhóm", 3, "điểm nhóm"), Q("50 suất quà", 50, "suất quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Kế hoạch", "52", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 52-KH/MTTQ-BTT"),
 D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", "Nghị định số 92/2012/NĐ-CP")],
[prov("Đắk Lắk"), com("Ea Bung"), com("Krông Na")],
["Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk", "Bạn đang ở: Trang chủ > Hoạt động Mặt trận > Tin cơ sở",
 "Đồng chí Y Phăng Niê phát biểu tại buổi đối thoại.", "Tin lành Đê Ga", "FULRO", "Công ty TNHH MTV Cà phê 719",
 "sống tốt đời, đẹp đạo", "Lượt truy cập: 2.417"],
["Cập nhật: 09:42, 16/11/2012 (GMT+7)", "năm 2012", "30/3/2013", "Lượt truy cập: 2.417", "719"]))

PAGES.append(page("b4639-gialai-bdv-soket-2013", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị » Xây dựng Đảng
12/07/2013 - 10:05
Gia Lai: Vận động 312 hộ từ bỏ "Tin lành Đê Ga" trong 6 tháng
(GL) - Sáng 11/7, Ban Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2013 và triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Ksor Hơn, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Đồng chí Ksor Hơn phát biểu chỉ đạo hội nghị. Ảnh: Hồng Thi
Theo báo cáo, 6 tháng qua, khối dân vận các cấp đã phối hợp với lực lượng công an, biên phòng vận động được 312 hộ với 1.408 khẩu từ bỏ "Tin lành Đê Ga", trở về sinh hoạt theo tôn chỉ của Tổng Liên hội Hội Thánh Tin lành Việt Nam (miền Nam); 27 đối tượng FULRO cũ ra trình diện, cam kết không tham gia hoạt động chống phá. Đến nay toàn tỉnh có 1.237 người có uy tín được bồi dưỡng kiến thức, tăng 84 người so với cùng kỳ.
Ban Dân vận Tỉnh ủy đã tham mưu Thường trực Tỉnh ủy sơ kết 3 năm thực hiện Kết luận 27, 28-KL/TU về công tác vận động quần chúng ở vùng có đạo và vùng biên giới; ban hành kế hoạch số 61-KH/BDVTU ngày 02/4/2013 kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại 12 xã. Qua kiểm tra, các xã Ia Dom, Ia Nan, Ia Pnôn đã làm tốt việc công khai thu chi và giải quyết đơn thư; khoảng 70% khiếu nại liên quan đất đai với các công ty cao su đã được trả lời.
Cũng trong 6 tháng, Ủy ban MTTQ và các đoàn thể tỉnh đã vận động nhân dân hiến 23.500 m2 đất, đóng góp hơn 5,6 tỷ đồng làm 46 km đường bê tông nông thôn; xây dựng 105 mô hình "Dân vận khéo", trong đó 18 mô hình cấp tỉnh.
Tại hội nghị, đồng chí Rơ Châm H'Nhung, HUV, Trưởng Ban Dân vận Huyện ủy Đức Cơ, chia sẻ cách làm "3 cùng" của cán bộ dân vận cắm làng. Ông Nay Phin, Trưởng Ban Dân vận Huyện ủy Chư Prông, và ông Siu Kim, Trưởng Ban Dân vận Huyện ủy Ia Grai, đều kiến nghị bố trí thêm kinh phí cho tổ tự quản làng biên giới. Đại diện Công ty Cao su Chư Păh cho biết đã giao lại 48 ha đất cho 3 làng Jrai theo kết luận của UBND tỉnh.
Phát biểu kết luận, đồng chí Ksor Hơn yêu cầu 6 tháng cuối năm tập trung tuyên truyền Chỉ thị số 01/2005/CT-TTg, bám sát 24 xã biên giới, không để số đối tượng cực đoan kích động người dân tụ tập; đồng thời nhân rộng mô hình "Làng không có người theo Tin lành Đê Ga".
Hồng Thi
Tin cùng chuyên mục
- Đak Đoa: gặp mặt 150 người có uy tín (08/07/2013)
- Chư Sê: vận động đồng bào xây dựng nông thôn mới (01/07/2013)
- Kbang: đối thoại về giải quyết tranh chấp đất với lâm trường (24/06/2013)
- Mặt trận tỉnh làm việc với Hội Thánh Tin lành Việt Nam (miền Nam) (14/06/2013)
- Ia Pa: ra mắt tổ hòa giải ở cơ sở tại 9 làng (05/06/2013)
""", "2013-07-12", "Gia Lai: Vận động 312 hộ từ bỏ \"Tin lành Đê Ga\" trong 6 tháng",
E("so_ket", "2013-H1", "2013-07-11"),
[P("Ksor Hơn", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Châm H'Nhung", "HUV", "Trưởng Ban Dân vận Huyện ủy Đức Cơ"),
 P("Nay Phin", "Trưởng Ban Dân vận Huyện ủy Chư Prông"),
 P("Siu Kim", "Trưởng Ban Dân vận Huyện ủy Ia Grai")],
[Q("312 hộ", 312, "hộ"), Q("1.408 khẩu", 1408, "khẩu"), Q("27 đối tượng FULRO cũ", 27, "đối tượng FULRO cũ"),
 Q("1.237 người có uy tín", 1237, "người có uy tín"), Q("84 người", 84, "người"), Q("12 xã", 12, "xã"),
 Q("khoảng 70%", 70, "%", "approx"), Q("23.500 m2", 23500, "m2"), Q("hơn 5,6 tỷ đồng", 5600000000, "đồng", "over"), Q("46 km", 46, "km"),
 Q("105 mô hình", 105, "mô hình"), Q("18 mô hình cấp tỉnh", 18, "mô hình cấp tỉnh"),
 Q("48 ha", 48, "ha"), Q("3 làng Jrai", 3, "làng Jrai"), Q("24 xã biên giới", 24, "xã biên giới")],
[D("Kết luận", "27", "KL/TU", None, None, "Kết luận 27, 28-KL/TU"),
 D("Kết luận", "28", "KL/TU", None, None, "Kết luận 27, 28-KL/TU"),
 D("Kế hoạch", "61", "KH/BDVTU", "2013-04-02", "Ban Dân vận Tỉnh ủy", "kế hoạch số 61-KH/BDVTU ngày 02/4/2013"),
 D("Chỉ thị", "01", "2005/CT-TTg", None, None, "Chỉ thị số 01/2005/CT-TTg")],
[prov("Gia Lai"), com("Ia Dom"), com("Ia Nan"), com("Ia Pnôn")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị » Xây dựng Đảng", "(GL)", "Đồng chí Ksor Hơn phát biểu chỉ đạo hội nghị. Ảnh: Hồng Thi",
 "Tin lành Đê Ga", "FULRO", "Tổng Liên hội Hội Thánh Tin lành Việt Nam (miền Nam)", "Công ty Cao su Chư Păh",
 "Làng không có người theo Tin lành Đê Ga", "3 cùng", "Dân vận khéo"],
["12/07/2013 - 10:05", "6 tháng đầu năm 2013", "6 tháng cuối năm", "3 năm", "3 cùng", "trong 6 tháng", "Cũng trong 6 tháng"]))

PAGES.append(page("b4640-daknong-mttq-giamsat-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐẮK NÔNG
Trang chủ / Tin tức - Sự kiện / Chính trị
Ngày đăng 25/10/2013 | 14:20
Giám sát việc giải quyết tranh chấp đất giữa đồng bào M'nông với các công ty lâm nghiệp
Theo Chương trình giám sát năm 2013, từ ngày 21 đến 23/10, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do đồng chí Điểu K'Brơi, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Nghị quyết số 28-NQ/TW ngày 16/6/2003 của Bộ Chính trị về tiếp tục sắp xếp, đổi mới và phát triển nông, lâm trường quốc doanh tại 4 công ty lâm nghiệp trên địa bàn các huyện Tuy Đức, Đắk Song và Đắk R'Lấp, tỉnh Đắk Nông.
Tham gia đoàn có các đồng chí: Bà Thị Hiệp, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Y Suôl Mlô, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh; đại diện Ban Dân vận Tỉnh ủy, Sở Tài nguyên và Môi trường, Hội Nông dân tỉnh.
Quang cảnh buổi giám sát tại Công ty TNHH MTV Lâm nghiệp Quảng Sơn. Ảnh: Ngọc Hân
Qua giám sát cho thấy, 4 công ty đang quản lý khoảng 61.400 ha đất lâm nghiệp, trong đó có hơn 9.800 ha bị người dân lấn chiếm, sản xuất nông nghiệp; riêng Công ty TNHH MTV Lâm nghiệp Đắk N'Tao có 312 hộ đồng bào M'nông tại chỗ và 540 hộ di cư tự do đang canh tác trên đất công ty. Từ năm 2011 đến nay, các công ty đã phối hợp với chính quyền giải quyết 58 vụ tranh chấp, còn 23 vụ kéo dài, có vụ kéo dài hơn 5 năm.
Tại buổi làm việc ở xã Quảng Trực, ông Điểu Sơn, người có uy tín bon Bu Prăng 1, phản ánh nhiều hộ trong bon chưa có đất sản xuất, trong khi diện tích công ty giao khoán theo Nghị định số 135/2005/NĐ-CP của Chính phủ còn chậm. Ông Y Kơ Lem Byă, Bí thư Đảng ủy xã Quảng Trực, đề nghị tỉnh sớm thu hồi khoảng 1.200 ha đất công ty không sử dụng hiệu quả để giao lại cho địa phương bố trí cho đồng bào. Bà H'Uyên, Chi hội trưởng Chi hội Phụ nữ bon Bu Dấp, cho biết 17 hộ vẫn phải làm nhà tạm ven rừng.
Đại diện lãnh đạo Công ty Đắk N'Tao thừa nhận việc rà soát, cắm mốc ranh giới mới đạt khoảng 40% diện tích; công ty cam kết phối hợp với UBND xã Quảng Tân vận động người dân ký hợp đồng nhận khoán, không để phát sinh điểm nóng.
Kết luận đợt giám sát, đồng chí Điểu K'Brơi đề nghị UBND tỉnh chỉ đạo rà soát lại toàn bộ quỹ đất của các công ty theo Kế hoạch số 189/KH-UBND ngày 18/4/2013 của UBND tỉnh; công khai phương án sử dụng đất; ưu tiên giao đất cho hộ đồng bào dân tộc thiểu số tại chỗ thiếu đất. Mặt trận các cấp sẽ tiếp tục giám sát, tổng hợp ý kiến cử tri, báo cáo Thường trực Tỉnh ủy trước ngày 15/12/2013.
Ngọc Hân
Số lượt xem: 689
Tin liên quan
- Tuy Đức: đối thoại với người dân về tranh chấp đất với Công ty Nam Nung (11/10/2013)
- Ủy ban MTTQ tỉnh hiệp thương kiện toàn Phó Chủ tịch (30/09/2013)
- Đắk Glong: 112 hộ di cư tự do được bố trí đất ở (19/09/2013)
""", "2013-10-25", "Giám sát việc giải quyết tranh chấp đất giữa đồng bào M'nông với các công ty lâm nghiệp",
E("giam_sat", "2013", "2013-10-21"),
[P("Điểu K'Brơi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bà Thị Hiệp", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Suôl Mlô", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Sơn", "người có uy tín bon Bu Prăng 1"),
 P("Y Kơ Lem Byă", "Bí thư Đảng ủy xã Quảng Trực"),
 P("H'Uyên", "Chi hội trưởng Chi hội Phụ nữ bon Bu Dấp")],
[Q("4 công ty lâm nghiệp", 4, "công ty lâm nghiệp"), Q("khoảng 61.400 ha", 61400, "ha", "approx"),
 Q("hơn 9.800 ha", 9800, "ha", "over"), Q("312 hộ đồng bào M'nông tại chỗ", 312, "hộ đồng bào M'nông tại chỗ"),
 Q("540 hộ di cư tự do", 540, "hộ di cư tự do"), Q("58 vụ tranh chấp", 58, "vụ tranh chấp"), Q("23 vụ", 23, "vụ"),
 Q("khoảng 1.200 ha", 1200, "ha", "approx"), Q("17 hộ", 17, "hộ"), Q("khoảng 40%", 40, "%", "approx")],
[D("Nghị quyết", "28", "NQ/TW", "2003-06-16", "Bộ Chính trị", "Nghị quyết số 28-NQ/TW ngày 16/6/2003"),
 D("Nghị định", "135", "2005/NĐ-CP", None, "Chính phủ", "Nghị định số 135/2005/NĐ-CP"),
 D("Kế hoạch", "189", "KH-UBND", "2013-04-18", "UBND tỉnh", "Kế hoạch số 189/KH-UBND ngày 18/4/2013")],
[prov("Đắk Nông"), com("Quảng Trực"), com("Quảng Tân")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐẮK NÔNG", "Trang chủ / Tin tức - Sự kiện / Chính trị",
 "Quang cảnh buổi giám sát tại Công ty TNHH MTV Lâm nghiệp Quảng Sơn. Ảnh: Ngọc Hân", "Công ty TNHH MTV Lâm nghiệp Đắk N'Tao",
 "Chương trình giám sát năm 2013", "Số lượt xem: 689"],
["Ngày đăng 25/10/2013 | 14:20", "năm 2013", "hơn 5 năm", "Số lượt xem: 689", "Bu Prăng 1"]))

PAGES.append(page("b4641-lamdong-xa-hoinghi-2014", """
UBND XÃ ĐẠ CHAIS - HUYỆN LẠC DƯƠNG - TỈNH LÂM ĐỒNG
Trang chủ >> Tin tức >> Hoạt động đoàn thể
Thứ Sáu, 18/04/2014
Xã Đạ Chais gặp mặt người có uy tín, già làng năm 2014
Sáng 16/4/2014, Đảng ủy - UBND - Ủy ban MTTQ Việt Nam xã Đạ Chais (huyện Lạc Dương, tỉnh Lâm Đồng) tổ chức hội nghị gặp mặt, cung cấp thông tin cho người có uy tín, già làng, chức sắc tôn giáo năm 2014. Dự hội nghị có đồng chí Kră Jăn Dũng, HUV, Trưởng Ban Dân vận Huyện ủy Lạc Dương; đồng chí Liêng Hót Ha Ên, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Cil Múp, Phó Bí thư Đảng ủy, Chủ tịch UBND xã cùng 54 đại biểu là già làng, trưởng thôn, chức sắc các tôn giáo trong xã.
Đồng chí Kră Jăn Dũng trao giấy khen cho các già làng tiêu biểu.
Đồng chí Liêng Hót Ha Ên thông tin, năm 2013 xã có 812 hộ với 3.695 nhân khẩu, 97% là đồng bào K'Ho, Cil; trên 85% dân số theo đạo Công giáo và Tin lành. Tỷ lệ hộ nghèo giảm từ 31,4% xuống còn 24,8%; thu nhập bình quân đầu người đạt 11,5 triệu đồng/năm. Thực hiện Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ về chính sách đối với người có uy tín, năm qua xã đã cấp báo, tạp chí cho 11 người có uy tín và thăm hỏi khi ốm đau.
Nhờ vai trò của già làng, người có uy tín, các thôn Đạ Tro, Đạ Pin, Long Lanh không có người nghe theo tổ chức "Tin lành Đê Ga", không xảy ra tranh chấp đất rừng với Ban quản lý rừng phòng hộ; nhân dân đã nhận khoán bảo vệ 5.620 ha rừng, mỗi năm được chi trả khoảng 1,9 tỷ đồng tiền dịch vụ môi trường rừng.
Tại hội nghị, già làng Bon Niêng Ha Hùng, thôn Đạ Tro, kiến nghị mở lớp dạy nghề đan lát, dệt thổ cẩm cho thanh niên; Linh mục Giuse Nguyễn Văn Thọ, Quản xứ giáo xứ Đạ Chais, đề nghị bê tông đoạn đường 1,2 km vào khu sản xuất; Mục sư Ya Tuấn, Quản nhiệm Chi hội Tin lành Long Lanh, cam kết vận động tín đồ chấp hành Pháp lệnh tín ngưỡng, tôn giáo. Bà Kơ Să Ka Nghĩa, người có uy tín thôn Đưng K'Si, đề nghị hỗ trợ giống cà phê chè cho 26 hộ nghèo.
Các ý kiến đã được đồng chí Cil Múp tiếp thu, giải đáp; đồng chí cho biết năm 2014 xã triển khai kế hoạch số 12/KH-UBND về bê tông hóa đường thôn với tổng vốn 1,35 tỷ đồng, trong đó nhân dân đóng góp 210 triệu đồng và ngày công.
Phát biểu tại hội nghị, đồng chí Kră Jăn Dũng đề nghị các già làng tiếp tục là "cầu nối" giữa Đảng với đồng bào, vận động con cháu giữ rừng, không phá rừng làm rẫy, không để kẻ xấu lợi dụng tôn giáo chia rẽ khối đại đoàn kết. Dịp này, Đảng ủy xã tặng giấy khen cho 6 già làng, người có uy tín tiêu biểu và trao 54 phần quà.
Văn phòng Đảng ủy - UBND xã
Lượt truy cập: 15.208
Tin khác
- Hội LHPN xã ra mắt tổ phụ nữ "5 không, 3 sạch" thôn Đạ Pin (02/04/2014)
- Đoàn xã tổ chức ngày hội thanh niên dân tộc K'Ho (26/03/2014)
- Hội Nông dân xã tập huấn trồng cà phê chè (11/03/2014)
""", "2014-04-18", "Xã Đạ Chais gặp mặt người có uy tín, già làng năm 2014",
E("hoi_nghi", "2014", "2014-04-16"),
[P("Kră Jăn Dũng", "HUV", "Trưởng Ban Dân vận Huyện ủy Lạc Dương"),
 P("Liêng Hót Ha Ên", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Cil Múp", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Bon Niêng Ha Hùng", "già làng"),
 P("Giuse Nguyễn Văn Thọ", "Linh mục", "Quản xứ giáo xứ Đạ Chais"),
 P("Ya Tuấn", "Mục sư", "Quản nhiệm Chi hội Tin lành Long Lanh"),
 P("Kơ Să Ka Nghĩa", "người có uy tín thôn Đưng K'Si")],
[Q("54 đại biểu", 54, "đại biểu"), Q("812 hộ", 812, "hộ"), Q("3.695 nhân khẩu", 3695, "nhân khẩu"), Q("97%", 97, "%"),
 Q("trên 85%", 85, "%", "over"), Q("31,4%", 31.4, "%"), Q("24,8%", 24.8, "%"), Q("11,5 triệu đồng", 11500000, "đồng"),
 Q("11 người có uy tín", 11, "người có uy tín"), Q("5.620 ha", 5620, "ha"), Q("khoảng 1,9 tỷ đồng", 1900000000, "đồng", "approx"),
 Q("1,2 km", 1.2, "km"), Q("26 hộ nghèo", 26, "hộ nghèo"), Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("210 triệu đồng", 210000000, "đồng"),
 Q("6 già làng, người có uy tín tiêu biểu", 6, "già làng, người có uy tín tiêu biểu"), Q("54 phần quà", 54, "phần quà")],
[D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg"),
 D("Kế hoạch", "12", "KH-UBND", None, None, "kế hoạch số 12/KH-UBND")],
[prov("Lâm Đồng"), com("Đạ Chais")],
["UBND XÃ ĐẠ CHAIS - HUYỆN LẠC DƯƠNG - TỈNH LÂM ĐỒNG", "Trang chủ >> Tin tức >> Hoạt động đoàn thể",
 "Đồng chí Kră Jăn Dũng trao giấy khen cho các già làng tiêu biểu.", "Tin lành Đê Ga", "Pháp lệnh tín ngưỡng, tôn giáo",
 "cầu nối", "Văn phòng Đảng ủy - UBND xã", "Lượt truy cập: 15.208"],
["Thứ Sáu, 18/04/2014", "năm 2014", "năm 2013", "Lượt truy cập: 15.208"]))

PAGES.append(page("b4642-kontum-bdv-giaoban-2014", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Vị trí: Trang chủ › Tin hoạt động › Dân vận các cấp
10/10/2014 | 08:30
Toàn cảnh hội nghị giao ban.
Giao ban khối dân vận quý III: tập trung vận động đồng bào các xã biên giới
Ngày 08/10/2014, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý III năm 2014 với Ban Dân vận các huyện ủy, thành ủy, Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh. Đồng chí Y Ngọc Nhã, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, trong quý, khối dân vận các cấp đã tổ chức 126 buổi tuyên truyền về chủ quyền biển đảo, thu hút khoảng 8.500 lượt người tham gia; phối hợp với Bộ đội Biên phòng tỉnh vận động 16 xã biên giới ký cam kết "4 không". Tình hình tôn giáo cơ bản ổn định; tuy nhiên ở huyện Ngọc Hồi, Đăk Glei vẫn còn 7 điểm nhóm Tin lành chưa đăng ký sinh hoạt; phát hiện 2 trường hợp tuyên truyền "Tin lành Đê Ga" tại xã Đăk Nhoong, đã được cơ quan chức năng kiểm điểm trước dân.
Đáng chú ý, tại xã Ia Chim và xã Đăk Năng, một số hộ đồng bào Ba Na, Gia Rai tụ tập đòi lại đất đã giao cho Công ty TNHH MTV Cao su Kon Tum. Ban Dân vận Thành ủy Kon Tum đã phối hợp với Ủy ban MTTQ thành phố tổ chức 3 buổi đối thoại, giải quyết xong 41 trường hợp, còn 9 trường hợp đang xem xét.
Thực hiện Kết luận 51, 52-KL/TU của Ban Thường vụ Tỉnh ủy, các cơ quan khối dân vận đã cử 58 cán bộ về bám làng; các huyện đã xây dựng 47 mô hình "Dân vận khéo", trong đó huyện Kon Rẫy có 9 mô hình. Ban đã ban hành Công văn số 215-CV/BDVTU ngày 22/8/2014 hướng dẫn các địa phương chuẩn bị đại hội chi bộ nhiệm kỳ 2015 - 2017.
Cũng trong quý, Ủy ban MTTQ và các đoàn thể tỉnh Kon Tum đã vận động Quỹ "Vì người nghèo" được trên 620 triệu đồng, hỗ trợ xây mới 14 căn nhà cho hộ nghèo đồng bào dân tộc thiểu số.
Tại giao ban, đồng chí A Thiết, Trưởng Ban Dân vận Huyện ủy Ngọc Hồi, và đồng chí Y Blơn, Phó Trưởng Ban Dân vận Huyện ủy Đăk Glei, đề nghị tỉnh hỗ trợ kinh phí duy trì tổ tự quản an ninh ở 25 thôn giáp Lào và Campuchia; đồng chí Đinh Thị Minh Lệ, Phó Chủ tịch Hội LHPN tỉnh, báo cáo kết quả vận động 130 phụ nữ đi học lớp xóa mù chữ.
Kết luận hội nghị, đồng chí Y Ngọc Nhã yêu cầu quý IV tập trung nắm tình hình trước, trong và sau Giáng sinh; tham mưu sơ kết 5 năm thực hiện Chỉ thị số 49-CT/TU ngày 14/5/2009 của Ban Thường vụ Tỉnh ủy; chuẩn bị hội nghị gặp mặt 500 người có uy tín cuối năm.
Hải Yến
Lượt xem: 512
Các tin khác
- Đăk Tô: vận động đồng bào trồng 200 ha cao su tiểu điền (02/10/2014)
- Giáo phận Kon Tum tổ chức hội nghị mục vụ đồng bào dân tộc (24/09/2014)
- Kon Plông: 12 làng ra mắt mô hình "Làng không có người vượt biên" (15/09/2014)
""", "2014-10-10", "Giao ban khối dân vận quý III: tập trung vận động đồng bào các xã biên giới",
E("giao_ban", "2014-Q3", "2014-10-08"),
[P("Y Ngọc Nhã", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("A Thiết", "Trưởng Ban Dân vận Huyện ủy Ngọc Hồi"),
 P("Y Blơn", "Phó Trưởng Ban Dân vận Huyện ủy Đăk Glei"),
 P("Đinh Thị Minh Lệ", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("126 buổi tuyên truyền", 126, "buổi tuyên truyền"), Q("khoảng 8.500 lượt người", 8500, "lượt người", "approx"),
 Q("16 xã biên giới", 16, "xã biên giới"), Q("7 điểm nhóm Tin lành", 7, "điểm nhóm Tin lành"), Q("2 trường hợp", 2, "trường hợp"),
 Q("3 buổi đối thoại", 3, "buổi đối thoại"), Q("41 trường hợp", 41, "trường hợp"), Q("9 trường hợp", 9, "trường hợp"),
 Q("58 cán bộ", 58, "cán bộ"), Q("trên 620 triệu đồng", 620000000, "đồng", "over"), Q("14 căn nhà", 14, "căn nhà"), Q("47 mô hình", 47, "mô hình"), Q("9 mô hình", 9, "mô hình"), Q("25 thôn", 25, "thôn"),
 Q("130 phụ nữ", 130, "phụ nữ"), Q("500 người có uy tín", 500, "người có uy tín")],
[D("Kết luận", "51", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 51, 52-KL/TU"),
 D("Kết luận", "52", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 51, 52-KL/TU"),
 D("Công văn", "215", "CV/BDVTU", "2014-08-22", "Ban Dân vận Tỉnh ủy", "Công văn số 215-CV/BDVTU ngày 22/8/2014"),
 D("Chỉ thị", "49", "CT/TU", "2009-05-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 49-CT/TU ngày 14/5/2009")],
[prov("Kon Tum"), com("Đăk Nhoong"), com("Ia Chim"), com("Đăk Năng")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Vị trí: Trang chủ › Tin hoạt động › Dân vận các cấp", "Toàn cảnh hội nghị giao ban.",
 "Tin lành Đê Ga", "Công ty TNHH MTV Cao su Kon Tum", "Dân vận khéo", "Vì người nghèo", "Lượt xem: 512"],
["10/10/2014 | 08:30", "quý III năm 2014", "4 không", "nhiệm kỳ 2015 - 2017", "5 năm", "quý IV", "Lượt xem: 512"]))
