from lib import *
PAGES = []

PAGES.append(page("b3605-laichau-bdv-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ỦY LAI CHÂU
Trang chủ > Dân vận > Hoạt động dân vận
Thứ Năm, 22/12/2011 - 08:30
Lai Châu: Công tác dân vận năm 2011 góp phần giữ vững ổn định vùng đồng bào dân tộc
Ngày 20/12/2011, Ban Dân vận Tỉnh ủy Lai Châu tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Tao Văn Chăn, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có 68 đại biểu là lãnh đạo ban dân vận các huyện ủy, thị ủy, Mặt trận và các đoàn thể tỉnh.
Toàn cảnh hội nghị tổng kết. Ảnh: Quàng Thủy
Báo cáo do đồng chí Lò Thị Hiên, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày nêu rõ: năm 2011, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 11-CT/TU ngày 18/4/2011 về tăng cường công tác vận động đồng bào Mông ổn định sản xuất, đời sống; Kết luận 31, 32-KL/TU về thực hiện Quy chế dân chủ ở cơ sở và về công tác vận động nhân dân tái định cư các công trình thủy điện. Ban chủ động hướng dẫn 7 huyện, thị xây dựng kế hoạch triển khai Nghị quyết Trung ương 7 (khóa X) về công tác dân vận.
Trong năm, khối dân vận đã phối hợp vận động 1.245 hộ dân tái định cư di chuyển đến nơi ở mới; nhân dân hiến 12,6 ha đất và đóng góp hơn 3.100 ngày công làm đường giao thông nông thôn. Tình trạng di cư tự do giảm rõ rệt, chỉ còn 37 hộ so với 142 hộ năm 2010. Các cơ quan dân vận tiếp nhận 94 đơn thư, đã phối hợp giải quyết 81 đơn, đạt 86,2%.
Thảo luận tại hội nghị, ông Giàng A Páo, Bí thư Đảng ủy xã Pa Vệ Sử, chia sẻ cách vận động bà con người Mông bỏ tục lệ lạc hậu trong ma chay, cưới xin; bà Lỳ Thị Chừ, HUV, Trưởng Ban Dân vận Huyện ủy Mường Tè, đề nghị tăng phụ cấp cho cán bộ dân vận bản vùng sâu. Ông Lò Văn Pọm, người có uy tín bản Nà Khằn, xã Nậm Tăm, cho biết bản đã 3 năm liền không có người di cư tự do.
Phát biểu kết luận, đồng chí Tao Văn Chăn đề nghị năm 2012 các cấp ủy tiếp tục thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị; bám sát địa bàn, nắm chắc tình hình tư tưởng nhân dân, nhất là ở vùng biên giới; xây dựng ít nhất 1 mô hình "Dân vận khéo" ở mỗi xã.
Dịp này, Ban Dân vận Tỉnh ủy trao giấy khen cho 9 tập thể, 14 cá nhân có thành tích xuất sắc; đồng chí Vàng Văn Lử, Chánh Văn phòng Ban Dân vận Tỉnh ủy, đọc quyết định khen thưởng.
Quàng Thủy
Số lượt xem: 1.032
Tin liên quan
- Sìn Hồ tổng kết 10 năm thực hiện Quy chế dân chủ ở cơ sở (14/12/2011)
- Ban Dân vận Tỉnh ủy kiểm tra công tác dân vận tại Tam Đường (30/11/2011)
- Phong Thổ: hiệu quả từ mô hình "Bản không có người di cư tự do" (18/11/2011)
- Gặp mặt người có uy tín tiêu biểu năm 2011 (03/11/2011)
""", "2011-12-22", "Lai Châu: Công tác dân vận năm 2011 góp phần giữ vững ổn định vùng đồng bào dân tộc",
E("tong_ket", "2011", "2011-12-20"),
[P("Tao Văn Chăn", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Thị Hiên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Páo", "Bí thư Đảng ủy xã Pa Vệ Sử"),
 P("Lỳ Thị Chừ", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường Tè"),
 P("Lò Văn Pọm", "người có uy tín bản Nà Khằn"),
 P("Vàng Văn Lử", "Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("68 đại biểu", 68, "đại biểu"), Q("7 huyện, thị", 7, "huyện, thị"), Q("1.245 hộ dân tái định cư", 1245, "hộ dân tái định cư"),
 Q("12,6 ha", 12.6, "ha"), Q("hơn 3.100 ngày công", 3100, "ngày công", "over"), Q("37 hộ", 37, "hộ"), Q("142 hộ", 142, "hộ"),
 Q("94 đơn thư", 94, "đơn thư"), Q("81 đơn", 81, "đơn"), Q("86,2%", 86.2, "%"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Chỉ thị", "11", "CT/TU", "2011-04-18", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU ngày 18/4/2011"),
 D("Kết luận", "31", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 31, 32-KL/TU"),
 D("Kết luận", "32", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 31, 32-KL/TU"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Lai Châu"), com("Pa Vệ Sử"), com("Nậm Tăm")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ỦY LAI CHÂU", "Trang chủ > Dân vận > Hoạt động dân vận", "Toàn cảnh hội nghị tổng kết. Ảnh: Quàng Thủy",
 "Dân vận khéo", "Nghị quyết Trung ương 7 (khóa X)", "Số lượt xem: 1.032"],
["Thứ Năm, 22/12/2011 - 08:30", "năm 2011", "năm 2012", "3 năm liền", "Nghị quyết Trung ương 7", "Số lượt xem: 1.032"]))

PAGES.append(page("b3606-soctrang-bdvhu-trande-tongket-2012", """
Huyện ủy Trần Đề - Tỉnh Sóc Trăng
Tin tức - Sự kiện / Công tác Dân vận
Ngày đăng: 08/01/2013
Trần Đề: Ban Dân vận Huyện ủy tổng kết năm 2012
Chiều 4/1, Ban Dân vận Huyện ủy Trần Đề tổ chức hội nghị tổng kết công tác dân vận năm 2012 và triển khai phương hướng, nhiệm vụ năm 2013. Chủ trì hội nghị có ông Thạch Sô Phênh, HUV, Trưởng Ban Dân vận Huyện ủy; dự có ông Trần Minh Luân, Phó Bí thư Thường trực Huyện ủy.
Đồng chí Trần Minh Luân phát biểu chỉ đạo hội nghị.
Năm 2012 là năm đầu huyện đi vào hoạt động ổn định sau khi chia tách, khối dân vận đã tập trung vận động nhân dân thực hiện các chủ trương lớn. Ban tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 17-KH/HU ngày 12/3/2012 thực hiện Kết luận số 62-KL/TW ngày 8/12/2009 của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể; phối hợp hướng dẫn 11 xã, thị trấn sơ kết Chỉ thị 06, 07-CT/HU của Ban Thường vụ Huyện ủy.
Qua vận động, nhân dân đóng góp khoảng 4,8 tỷ đồng, hiến 21.000 m2 đất để xây dựng 36 cây cầu bê tông và nâng cấp 28 km đường nông thôn. Trên địa bàn có 62 chùa Phật giáo Nam tông Khmer; các cấp đã vận động 1.320 vị sư sãi tham gia phong trào bảo vệ môi trường. Mặt trận và các đoàn thể giúp 415 hộ nghèo có vốn làm ăn, 127 hộ thoát nghèo.
Công tác tiếp dân được duy trì: khối dân vận tiếp 214 lượt công dân, nhận 88 đơn, đã phối hợp giải quyết 79 đơn. Thị trấn Lịch Hội Thượng và xã Đại Ân 2 được đánh giá có cách làm hay trong hòa giải ở cơ sở.
Tại hội nghị, Đại đức Lâm Sa Rinh, trụ trì chùa Prếk Chóp, phát biểu đồng tình với chủ trương vận động sư sãi tham gia xóa mù chữ; bà Sơn Thị Kim Xuyên, Chủ tịch Hội Liên hiệp Phụ nữ xã Liêu Tú, giới thiệu mô hình "Tổ phụ nữ tiết kiệm" với 46 thành viên.
Phát biểu chỉ đạo, ông Trần Minh Luân ghi nhận kết quả đạt được, đồng thời lưu ý năm 2013 cần tập trung vận động nhân dân tham gia xây dựng nông thôn mới, thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; mỗi xã, thị trấn có từ 2 mô hình dân vận khéo trở lên.
Hội nghị cũng chỉ ra hạn chế: một số cấp ủy cơ sở chưa quan tâm đúng mức đến công tác dân vận; việc nắm tình hình ở các ấp ven biển có lúc chưa kịp thời; sinh hoạt của tổ dân vận ấp còn hình thức, chưa đều. Việc phát hiện, nhân rộng điển hình còn chậm.
Dịp này, Huyện ủy tặng giấy khen cho 8 tập thể và 11 cá nhân.
Thanh Hùng
Các tin khác
- Hội nghị cán bộ dân vận chính quyền năm 2012 (26/12/2012)
- Trao 50 căn nhà Đại đoàn kết cho hộ nghèo (20/12/2012)
- Họp mặt chức sắc, sư sãi nhân Tết Chôl Chnăm Thmây (12/04/2012)
- Xã Trung Bình ra mắt tổ hòa giải ấp Vĩnh Tiền (29/11/2012)
- Hội thi cán bộ dân vận giỏi cấp huyện (15/11/2012)
""", "2013-01-08", "Trần Đề: Ban Dân vận Huyện ủy tổng kết năm 2012",
E("tong_ket", "2012", "2013-01-04"),
[P("Thạch Sô Phênh", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Trần Minh Luân", "Phó Bí thư Thường trực Huyện ủy"),
 P("Lâm Sa Rinh", "Đại đức", "trụ trì chùa Prếk Chóp"),
 P("Sơn Thị Kim Xuyên", "Chủ tịch Hội Liên hiệp Phụ nữ xã Liêu Tú")],
[Q("11 xã, thị trấn", 11, "xã, thị trấn"), Q("khoảng 4,8 tỷ đồng", 4800000000, "đồng", "approx"), Q("21.000 m2", 21000, "m2"),
 Q("36 cây cầu bê tông", 36, "cây cầu bê tông"), Q("28 km", 28, "km"),
 Q("62 chùa Phật giáo Nam tông Khmer", 62, "chùa Phật giáo Nam tông Khmer"), Q("1.320 vị sư sãi", 1320, "vị sư sãi"),
 Q("415 hộ nghèo", 415, "hộ nghèo"), Q("127 hộ", 127, "hộ"), Q("214 lượt công dân", 214, "lượt công dân"),
 Q("88 đơn", 88, "đơn"), Q("79 đơn", 79, "đơn"), Q("46 thành viên", 46, "thành viên"),
 Q("từ 2 mô hình dân vận khéo trở lên", 2, "mô hình dân vận khéo", "over"), Q("8 tập thể", 8, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Kế hoạch", "17", "KH/HU", "2012-03-12", "Ban Thường vụ Huyện ủy", "Kế hoạch số 17-KH/HU ngày 12/3/2012"),
 D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận số 62-KL/TW ngày 8/12/2009"),
 D("Chỉ thị", "06", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 06, 07-CT/HU"),
 D("Chỉ thị", "07", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 06, 07-CT/HU")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Đại Ân 2"), com("Liêu Tú")],
["Huyện ủy Trần Đề - Tỉnh Sóc Trăng", "Tin tức - Sự kiện / Công tác Dân vận", "Đồng chí Trần Minh Luân phát biểu chỉ đạo hội nghị.",
 "Tổ phụ nữ tiết kiệm", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"],
["Ngày đăng: 08/01/2013", "năm 2012", "năm 2013", "Chiều 4/1"]))

PAGES.append(page("b3607-nghean-bdv-tongket-2013", """
BÁO NGHỆ AN ĐIỆN TỬ
Thời sự › Chính trị
27-12-2013 15:45
Ảnh: Đồng chí Lô Thị Kim Ngân phát biểu kết luận hội nghị.
Khối dân vận Nghệ An vận động nhân dân hiến hơn 500 nghìn m2 đất trong năm 2013
(Baonghean) - Ngày 26/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2013, triển khai nhiệm vụ năm 2014. Đồng chí Lô Thị Kim Ngân - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Tham dự có đồng chí Hồ Đức Phú - Phó Bí thư Tỉnh ủy.
Theo báo cáo, năm 2013 Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 98-KH/TU ngày 5/6/2013 thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; hướng dẫn 21 huyện, thành, thị xây dựng chương trình hành động. Ban cũng ban hành hướng dẫn số 07-HD/BDVTU về xây dựng mô hình "Dân vận khéo".
Qua vận động, nhân dân toàn tỉnh hiến hơn 500 nghìn m2 đất, đóng góp trên 286 tỷ đồng và hơn 1,2 triệu ngày công xây dựng nông thôn mới. Toàn tỉnh có 1.650 mô hình "Dân vận khéo", trong đó 214 mô hình cấp tỉnh. Ở vùng đồng bào dân tộc thiểu số, khối dân vận phối hợp vận động 2.018 hộ đồng bào Mông, Khơ Mú ổn định dân cư; giải quyết 19 vụ việc truyền đạo trái pháp luật. Các cấp tiếp nhận 1.126 đơn thư, kiến nghị, đã giải quyết 1.004 đơn, đạt 89,2%.
Thảo luận tại hội nghị, các đồng chí: Vi Văn Sơn - Trưởng Ban Dân vận Huyện ủy Tương Dương, Lữ Thị Thanh - Trưởng Ban Dân vận Huyện ủy Quế Phong chia sẻ kinh nghiệm vận động đồng bào tái định cư thủy điện Bản Vẽ. Ông Vừ Chống Pao, người có uy tín bản Huồi Thum, xã Nậm Cắn, đề nghị tăng cường đối thoại với bà con.
Phát biểu kết luận, đồng chí Lô Thị Kim Ngân yêu cầu năm 2014 tập trung triển khai Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền; thực hiện Kết luận 62-KL/TW của Bộ Chính trị; phấn đấu 100% xã, phường, thị trấn có mô hình "Dân vận khéo".
Hội nghị cũng thẳng thắn nhìn nhận: công tác dân vận chính quyền ở một số địa phương chưa chuyển biến rõ, còn để xảy ra khiếu kiện đông người liên quan đền bù; việc nắm tình hình ở vùng giáp biên có lúc chưa kịp thời; một số cán bộ dân vận cơ sở còn kiêm nhiệm, ít được tập huấn nghiệp vụ.
Dịp này, 26 tập thể và 35 cá nhân được nhận Bằng khen của UBND tỉnh. Ông Hoàng Văn Thái, Phó Trưởng Ban Dân vận Tỉnh ủy, công bố quyết định khen thưởng.
Thành Chung
TIN CÙNG CHUYÊN MỤC
- Quế Phong: gặp mặt 120 người có uy tín (20/12/2013)
- Dân vận khéo ở Con Cuông (12/12/2013)
- Tương Dương sơ kết Quy chế dân chủ cơ sở (05/12/2013)
""", "2013-12-27", "Khối dân vận Nghệ An vận động nhân dân hiến hơn 500 nghìn m2 đất trong năm 2013",
E("tong_ket", "2013", "2013-12-26"),
[P("Lô Thị Kim Ngân", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Đức Phú", "Phó Bí thư Tỉnh ủy"),
 P("Vi Văn Sơn", "Trưởng Ban Dân vận Huyện ủy Tương Dương"),
 P("Lữ Thị Thanh", "Trưởng Ban Dân vận Huyện ủy Quế Phong"),
 P("Vừ Chống Pao", "người có uy tín bản Huồi Thum"),
 P("Hoàng Văn Thái", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("hơn 500 nghìn m2", 500000, "m2", "over"), Q("21 huyện, thành, thị", 21, "huyện, thành, thị"),
 Q("trên 286 tỷ đồng", 286000000000, "đồng", "over"), Q("hơn 1,2 triệu ngày công", 1200000, "ngày công", "over"),
 Q("1.650 mô hình", 1650, "mô hình"), Q("214 mô hình cấp tỉnh", 214, "mô hình cấp tỉnh"),
 Q("2.018 hộ đồng bào Mông, Khơ Mú", 2018, "hộ đồng bào Mông, Khơ Mú"),
 Q("19 vụ việc truyền đạo trái pháp luật", 19, "vụ việc truyền đạo trái pháp luật"),
 Q("1.126 đơn thư, kiến nghị", 1126, "đơn thư, kiến nghị"), Q("1.004 đơn", 1004, "đơn"), Q("89,2%", 89.2, "%"),
 Q("100%", 100, "%"), Q("26 tập thể", 26, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Kế hoạch", "98", "KH/TU", "2013-06-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 98-KH/TU ngày 5/6/2013"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 07-HD/BDVTU"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013"),
 D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", "Kết luận 62-KL/TW")],
[prov("Nghệ An"), com("Nậm Cắn")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Thời sự › Chính trị", "Ảnh: Đồng chí Lô Thị Kim Ngân phát biểu kết luận hội nghị.", "(Baonghean)",
 "Dân vận khéo"],
["27-12-2013 15:45", "năm 2013", "năm 2014"]))

PAGES.append(page("b3608-gialai-bdvhu-chuse-tongket-2014", """
HUYỆN ỦY CHƯ SÊ
Bạn đang ở: Trang chủ / Tin tức / Dân vận
Cập nhật: 16:20, 19/12/2014 (GMT+7)
Quang cảnh hội nghị. Ảnh: Rơ Lan Hiền
Ban Dân vận Huyện ủy Chư Sê triển khai nhiệm vụ năm 2015
Sáng 18/12, Ban Dân vận Huyện ủy Chư Sê (Gia Lai) tổ chức hội nghị tổng kết công tác dân vận năm 2014. Đồng chí Ksor H'Bơ Khăp, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Rah Lan Lâm, Nguyễn Văn Hải.
Năm 2014, Ban Dân vận Huyện ủy tham mưu Ban Thường vụ Huyện ủy ban hành Chỉ thị số 09-CT/HU ngày 4/3/2014 về tăng cường công tác vận động quần chúng trong tình hình mới và Kế hoạch 52, 53-KH/HU về thực hiện Quyết định 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị. Ban ban hành công văn số 41-CV/BDVHU hướng dẫn các xã, thị trấn đăng ký mô hình "Dân vận khéo".
Kết quả, toàn huyện có 74 mô hình "Dân vận khéo", trong đó 12 mô hình cấp huyện; nhân dân đóng góp hơn 6,3 tỷ đồng, hiến trên 40.000 m2 đất, làm mới 23 km đường giao thông nông thôn. Huyện đã vận động 146 hộ dân bỏ theo "Tin lành Đê Ga", 38 đối tượng cầm đầu ra trình diện; xây dựng 51 làng không có tà đạo. Khối dân vận tiếp nhận 67 đơn thư, đã giải quyết 60 đơn, đạt 89,5%.
Tại hội nghị, ông Siu Đih, Bí thư Đảng ủy xã Ia Pal, cho biết xã đã vận động 100% hộ đồng bào Jrai ký cam kết không vượt biên trái phép; bà H'Yai Kpă, Chủ tịch Hội LHPN xã Al Bá, nêu kinh nghiệm xây dựng mô hình "Phụ nữ Jrai giữ gìn nhà sạch, làng đẹp" với 85 hội viên. Già làng Rơ Mah Khuăt, làng Ring, xã Dun, chia sẻ cách hòa giải mâu thuẫn trong làng.
Phát biểu tại hội nghị, đồng chí Rah Lan Lâm đánh giá cao việc Chư Sê giữ ổn định tình hình chính trị ở vùng đồng bào dân tộc thiểu số; yêu cầu năm 2015 phát huy vai trò người có uy tín, tập trung vận động nhân dân chuẩn bị tốt đại hội đảng bộ các cấp nhiệm kỳ 2015 - 2020.
Hội nghị cũng chỉ rõ hạn chế: một số xã chưa quan tâm công tác dân vận chính quyền; việc đối thoại với dân ở cơ sở chưa thường xuyên; hoạt động tôn giáo trái pháp luật tiềm ẩn phức tạp, nhất là ở các làng giáp ranh huyện Chư Pưh.
Ban Dân vận Huyện ủy cũng đã phối hợp tổ chức tập huấn nghiệp vụ cho cán bộ dân vận các xã; duy trì giao ban định kỳ với Mặt trận, các đoàn thể; phối hợp Công an huyện nắm tình hình ở các làng trọng điểm, kịp thời báo cáo Thường trực Huyện ủy những vụ việc phức tạp phát sinh.
Nhân dịp này, Huyện ủy khen thưởng 10 tập thể, 15 cá nhân tiêu biểu trong công tác dân vận năm 2014.
Rơ Lan Hiền
Lượt xem: 452
Tin liên quan
- Ia Blang: hiệu quả mô hình "Làng không có tà đạo" (05/12/2014)
- Chư Sê gặp mặt người có uy tín (20/11/2014)
- Trao 40 con bò giống cho hộ nghèo xã Ia Hlốp (07/11/2014)
""", "2014-12-19", "Ban Dân vận Huyện ủy Chư Sê triển khai nhiệm vụ năm 2015",
E("tong_ket", "2014", "2014-12-18"),
[P("Ksor H'Bơ Khăp", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Rah Lan Lâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Siu Đih", "Bí thư Đảng ủy xã Ia Pal"),
 P("H'Yai Kpă", "Chủ tịch Hội LHPN xã Al Bá"),
 P("Rơ Mah Khuăt", "Già làng")],
[Q("74 mô hình", 74, "mô hình"), Q("12 mô hình cấp huyện", 12, "mô hình cấp huyện"), Q("hơn 6,3 tỷ đồng", 6300000000, "đồng", "over"),
 Q("trên 40.000 m2", 40000, "m2", "over"), Q("23 km", 23, "km"), Q("146 hộ dân", 146, "hộ dân"), Q("38 đối tượng cầm đầu", 38, "đối tượng cầm đầu"),
 Q("51 làng không có tà đạo", 51, "làng không có tà đạo"), Q("67 đơn thư", 67, "đơn thư"), Q("60 đơn", 60, "đơn"), Q("89,5%", 89.5, "%"),
 Q("100% hộ đồng bào Jrai", 100, "%"), Q("85 hội viên", 85, "hội viên"), Q("10 tập thể", 10, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Chỉ thị", "09", "CT/HU", "2014-03-04", "Ban Thường vụ Huyện ủy", "Chỉ thị số 09-CT/HU ngày 4/3/2014"),
 D("Kế hoạch", "52", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 52, 53-KH/HU"),
 D("Kế hoạch", "53", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 52, 53-KH/HU"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW của Bộ Chính trị"),
 D("Công văn", "41", "CV/BDVHU", None, "Ban Dân vận Huyện ủy", "công văn số 41-CV/BDVHU")],
[prov("Gia Lai"), com("Ia Pal"), com("Al Bá"), com("Dun")],
["HUYỆN ỦY CHƯ SÊ", "Bạn đang ở: Trang chủ / Tin tức / Dân vận", "Quang cảnh hội nghị. Ảnh: Rơ Lan Hiền", "Dân vận khéo",
 "Tin lành Đê Ga", "Phụ nữ Jrai giữ gìn nhà sạch, làng đẹp", "Lượt xem: 452"],
["Cập nhật: 16:20, 19/12/2014 (GMT+7)", "năm 2014", "năm 2015", "nhiệm kỳ 2015 - 2020", "Lượt xem: 452"]))

PAGES.append(page("b3609-quangninh-bdv-tongket-2015", """
Ban Dân vận Tỉnh ủy Quảng Ninh
Trang chủ >> Tin tức - Sự kiện >> Hoạt động của Ban
29/12/2015 | 10:15
Năm 2015: Khối dân vận Quảng Ninh vận động nhân dân góp hơn 780 tỷ đồng xây dựng nông thôn mới
Ngày 28/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2015, phương hướng nhiệm vụ năm 2016. Dự và chỉ đạo có đồng chí Đỗ Thị Hoa, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Bàn Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Đồng chí Bàn Thị Mai trao bằng khen cho các tập thể.
Năm 2015, khối dân vận các cấp tập trung vận động nhân dân đóng góp cho đại hội đảng bộ các cấp, nhiệm kỳ 2015 - 2020. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 38-CT/TU ngày 15/5/2015 về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận chính quyền; Quy định số 05-QĐi/TU về trách nhiệm người đứng đầu trong tiếp xúc, đối thoại với nhân dân; triển khai Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng công tác dân vận của cơ quan nhà nước.
Nhờ làm tốt công tác vận động, nhân dân toàn tỉnh đóng góp hơn 780 tỷ đồng, hiến khoảng 1,1 triệu m2 đất xây dựng nông thôn mới; 8 xã đạt chuẩn nông thôn mới trong năm, nâng tổng số lên 58 xã. Tỉnh có 2.342 mô hình "Dân vận khéo", 435 mô hình được biểu dương. Khối dân vận đã tham gia giải quyết 1.870 đơn thư, trong đó có 26 vụ khiếu kiện đông người kéo dài; vận động 1.317 hộ dân bàn giao mặt bằng cho dự án đường cao tốc Hạ Long - Hải Phòng.
Ở vùng đồng bào dân tộc thiểu số, Ban phối hợp tổ chức gặp mặt 312 người có uy tín; duy trì 172 tổ tự quản ở các bản khu vực biên giới huyện Bình Liêu, Hải Hà. Bà Chíu Thị Lan, người có uy tín thôn Khe Vằn, xã Đồng Văn, nêu kinh nghiệm vận động bà con người Dao Thanh Phán bỏ tục thách cưới. Ông Lỷ Văn Sáng, Bí thư Đảng ủy xã Quảng Sơn, đề nghị tỉnh hỗ trợ làm đường vào các thôn vùng cao; ông Hoàng Văn Tài, Trưởng Ban Dân vận Thành ủy Cẩm Phả, báo cáo việc vận động 46 hộ tiểu thương chợ Cửa Ông di dời.
Phát biểu chỉ đạo, đồng chí Đỗ Thị Hoa yêu cầu năm 2016 tập trung vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XIV và HĐND các cấp nhiệm kỳ 2016 - 2021; làm tốt công tác dân vận trong giải phóng mặt bằng các dự án trọng điểm; phấn đấu giải quyết trên 90% đơn thư ngay từ cơ sở.
Nhân dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 21 tập thể, 30 cá nhân.
Thu Nguyệt
Bài viết liên quan
- Bình Liêu: gặp mặt người có uy tín năm 2015 (18/12/2015)
- Hội nghị giao ban khối dân vận quý IV (02/12/2015)
- Tiên Yên tổng kết mô hình "Dân vận khéo" (20/11/2015)
""", "2015-12-29", "Năm 2015: Khối dân vận Quảng Ninh vận động nhân dân góp hơn 780 tỷ đồng xây dựng nông thôn mới",
E("tong_ket", "2015", "2015-12-28"),
[P("Đỗ Thị Hoa", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Bàn Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chíu Thị Lan", "người có uy tín thôn Khe Vằn"),
 P("Lỷ Văn Sáng", "Bí thư Đảng ủy xã Quảng Sơn"),
 P("Hoàng Văn Tài", "Trưởng Ban Dân vận Thành ủy Cẩm Phả")],
[Q("hơn 780 tỷ đồng", 780000000000, "đồng", "over"), Q("khoảng 1,1 triệu m2", 1100000, "m2", "approx"), Q("8 xã", 8, "xã"),
 Q("58 xã", 58, "xã"), Q("2.342 mô hình", 2342, "mô hình"), Q("435 mô hình", 435, "mô hình"), Q("1.870 đơn thư", 1870, "đơn thư"),
 Q("26 vụ khiếu kiện đông người kéo dài", 26, "vụ khiếu kiện đông người kéo dài"), Q("1.317 hộ dân", 1317, "hộ dân"),
 Q("312 người có uy tín", 312, "người có uy tín"), Q("172 tổ tự quản", 172, "tổ tự quản"), Q("46 hộ tiểu thương", 46, "hộ tiểu thương"),
 Q("trên 90%", 90, "%", "over"), Q("21 tập thể", 21, "tập thể"), Q("30 cá nhân", 30, "cá nhân")],
[D("Chỉ thị", "38", "CT/TU", "2015-05-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 38-CT/TU ngày 15/5/2015"),
 D("Quy định", "05", "QĐi/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 05-QĐi/TU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015")],
[prov("Quảng Ninh"), com("Đồng Văn"), com("Quảng Sơn")],
["Ban Dân vận Tỉnh ủy Quảng Ninh", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động của Ban", "Đồng chí Bàn Thị Mai trao bằng khen cho các tập thể.",
 "Dân vận khéo"],
["29/12/2015 | 10:15", "năm 2015", "năm 2016", "nhiệm kỳ 2015 - 2020", "khóa XIV", "nhiệm kỳ 2016 - 2021"]))

PAGES.append(page("b3610-bentre-bdv-tongket-2016", """
BÁO ĐỒNG KHỞI ONLINE
Chính trị - Xây dựng Đảng
Cập nhật lúc 14:05 ngày 23/12/2016
Hội nghị tổng kết công tác dân vận năm 2016
Đồng chí Cao Văn Trung phát biểu chỉ đạo hội nghị. Ảnh: H.Đ
Ngày 22-12, Ban Dân vận Tỉnh ủy Bến Tre tổ chức tổng kết công tác dân vận năm 2016 và triển khai nhiệm vụ năm 2017. Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Võ Thành Hậu dự và chỉ đạo hội nghị. Trưởng Ban Dân vận Tỉnh ủy Trần Thị Thanh Lam chủ trì.
Năm 2016, Ban Dân vận Tỉnh ủy tham mưu Tỉnh ủy ban hành Chương trình hành động số 21-CTr/TU thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ X về công tác dân vận; Ban Thường vụ Tỉnh ủy ban hành Quy chế phối hợp số 03-QC/TU giữa Ban Dân vận Tỉnh ủy với Ban cán sự đảng UBND tỉnh. Ban phối hợp tổ chức 3 đợt khảo sát tình hình tư tưởng nhân dân vùng hạn, mặn.
Trong đợt hạn, mặn lịch sử đầu năm, khối dân vận đã vận động nhân dân góp trên 12 tỷ đồng, cùng với nguồn hỗ trợ đã trao 4.500 bồn chứa nước cho hộ nghèo và 16.200 phần quà cho người dân vùng bị ảnh hưởng, mỗi phần trị giá 300.000 đồng. Phong trào "Dân vận khéo" có 904 mô hình, trong đó 97 mô hình cấp tỉnh. Toàn tỉnh có 43 xã đạt chuẩn nông thôn mới. Các cơ quan dân vận tiếp 356 lượt công dân, nhận 312 đơn, đã giải quyết 288 đơn, đạt 92,3%.
Tại hội nghị, ông Nguyễn Văn Đẹp, Trưởng Ban Dân vận Huyện ủy Ba Tri, nêu cách vận động dân hiến đất mở đường ven biển; bà Huỳnh Thị Bé Năm, Phó Bí thư Thường trực Đảng ủy xã An Hiệp, giới thiệu mô hình "Ấp không có người nghiện ma túy". Linh mục Giuse Trần Văn Toàn, Quản xứ giáo xứ Cái Mơn, phát biểu đồng hành cùng địa phương chăm lo người nghèo.
Phát biểu chỉ đạo, đồng chí Võ Thành Hậu yêu cầu năm 2017 tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với công tác dân vận; chú trọng dân vận chính quyền, trước hết là cải cách hành chính. Đồng chí Cao Văn Trung, Phó Bí thư Thường trực Tỉnh ủy, đề nghị khối dân vận tham mưu sơ kết việc thực hiện Quy chế dân chủ ở cơ sở gắn với xây dựng nông thôn mới.
Hội nghị cũng nêu hạn chế: việc nắm tình hình nhân dân ở một số nơi chưa sâu, chưa dự báo sớm các vấn đề phát sinh; một số chính quyền cơ sở còn chậm trả lời kiến nghị của cử tri; sinh hoạt tổ dân vận ở nhiều ấp chưa đều, nội dung nghèo nàn, chưa hấp dẫn.
Dịp này, UBND tỉnh tặng bằng khen cho 7 tập thể, 9 cá nhân; Ban Dân vận Tỉnh ủy tặng giấy khen cho 25 tập thể, 32 cá nhân.
Hữu Hiệp
Tin khác
- Mỏ Cày Nam: hội nghị dân vận chính quyền (16/12/2016)
- Chợ Lách tổng kết mô hình "Dân vận khéo" (09/12/2016)
- Giồng Trôm sơ kết Quy chế dân chủ ở cơ sở (30/11/2016)
- Thạnh Phú: vận động dân hiến đất làm đường (22/11/2016)
""", "2016-12-23", "Hội nghị tổng kết công tác dân vận năm 2016",
E("tong_ket", "2016", "2016-12-22"),
[P("Võ Thành Hậu", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Trần Thị Thanh Lam", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Đẹp", "Trưởng Ban Dân vận Huyện ủy Ba Tri"),
 P("Huỳnh Thị Bé Năm", "Phó Bí thư Thường trực Đảng ủy xã An Hiệp"),
 P("Giuse Trần Văn Toàn", "Linh mục", "Quản xứ giáo xứ Cái Mơn"),
 P("Cao Văn Trung", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("3 đợt khảo sát", 3, "đợt khảo sát"), Q("trên 12 tỷ đồng", 12000000000, "đồng", "over"), Q("4.500 bồn chứa nước", 4500, "bồn chứa nước"),
 Q("16.200 phần quà", 16200, "phần quà"), Q("300.000 đồng", 300000, "đồng"), Q("904 mô hình", 904, "mô hình"),
 Q("97 mô hình cấp tỉnh", 97, "mô hình cấp tỉnh"), Q("43 xã", 43, "xã"), Q("356 lượt công dân", 356, "lượt công dân"),
 Q("312 đơn", 312, "đơn"), Q("288 đơn", 288, "đơn"), Q("92,3%", 92.3, "%"),
 Q("7 tập thể", 7, "tập thể"), Q("9 cá nhân", 9, "cá nhân"), Q("25 tập thể", 25, "tập thể"), Q("32 cá nhân", 32, "cá nhân")],
[D("Chương trình hành động", "21", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 21-CTr/TU"),
 D("Quy chế phối hợp", "03", "QC/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy chế phối hợp số 03-QC/TU"),
 D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016")],
[prov("Bến Tre"), com("An Hiệp")],
["BÁO ĐỒNG KHỞI ONLINE", "Chính trị - Xây dựng Đảng", "Đồng chí Cao Văn Trung phát biểu chỉ đạo hội nghị. Ảnh: H.Đ", "Dân vận khéo",
 "Ấp không có người nghiện ma túy", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ X"],
["Cập nhật lúc 14:05 ngày 23/12/2016", "năm 2016", "năm 2017", "lần thứ X"]))
