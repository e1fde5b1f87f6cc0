from lib import *
PAGES = []

PAGES.append(page("b2573-quangnam-mttq-giamsat-thuydien-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM
Trang chủ > Hoạt động Mặt trận > Giám sát, phản biện
Thứ Năm, 15/09/2011 - 14:20
Giám sát việc bồi thường, tái định cư tại dự án thủy điện Sông Côn 3
Từ ngày 12 đến 14/9/2011, theo chương trình giám sát năm 2011, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do bà Alăng Thị Bơ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách bồi thường, hỗ trợ và tái định cư tại dự án thủy điện Sông Côn 3 trên địa bàn huyện Đông Giang, tỉnh Quảng Nam.
Đoàn giám sát làm việc với người dân khu tái định cư. Ảnh: Hồ Liên
Theo báo cáo của UBND huyện, dự án thu hồi 412,5 ha đất của 386 hộ dân thuộc 2 xã Sông Kôn và Jơ Ngây. Tổng kinh phí bồi thường, hỗ trợ được phê duyệt là 96,4 tỷ đồng; đến nay chủ đầu tư đã chi trả 88,1 tỷ đồng, đạt 91,4%. Huyện đã xây dựng 2 khu tái định cư với 214 lô đất ở, mỗi lô 300 m2, cùng hệ thống điện, nước sinh hoạt và nhà văn hóa thôn. Việc thực hiện cơ bản đúng Nghị định số 69/2009/NĐ-CP ngày 13/8/2009 của Chính phủ và Quyết định số 23/2010/QĐ-UBND của UBND tỉnh về bồi thường, hỗ trợ, tái định cư.
Qua tiếp xúc trực tiếp, đoàn nhận được 47 đơn thư, kiến nghị của người dân, chủ yếu về giá bồi thường cây keo, diện tích đất rẫy chưa được đo đạc và chất lượng nhà tái định cư; đến nay đã giải quyết 39 đơn. Ông Briu Pố ở thôn Pà Dấu 1 phản ánh nhà mới làm đã thấm dột sau mùa mưa, đất sản xuất cấp cho hộ ở xa, dốc, khó canh tác.
Ông Bling Hiên, Phó Chủ tịch UBND huyện Đông Giang, thừa nhận có 126 hộ thiếu đất sản xuất; huyện đang rà soát quỹ đất để cấp bổ sung. Ông Nguyễn Hữu Lực, Phó Giám đốc Ban Quản lý dự án thủy điện Sông Côn 3, cam kết sửa chữa 38 căn nhà tái định cư xuống cấp trước mùa mưa bão.
Ông Zơ Râm Bươi, Chủ tịch Ủy ban MTTQ xã Sông Kôn, đề nghị tiếp tục hỗ trợ lương thực cho bà con vì đời sống còn nhiều khó khăn.
Kết luận buổi giám sát, bà Alăng Thị Bơ đề nghị UBND huyện và chủ đầu tư hỗ trợ mỗi khẩu 30 kg gạo/tháng trong 6 tháng cho các hộ chưa ổn định sản xuất; công khai phương án bồi thường tại nhà văn hóa thôn; giải quyết dứt điểm số đơn còn lại trước ngày 31/12/2011. Ủy ban MTTQ tỉnh sẽ thực hiện Kế hoạch số 18/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, phúc tra kết quả vào quý IV.
Hồ Liên
Lượt xem: 1.204
Tin liên quan
- Ủy ban MTTQ tỉnh giám sát thực hiện chính sách tại huyện Nam Giang (30/08/2011)
- Hiệp Đức: vận động 120 hộ di dời khỏi vùng sạt lở (18/08/2011)
- Hội nghị phản biện dự thảo quy định giá đất năm 2012 (05/08/2011)
- Tây Giang ra mắt 3 tổ hòa giải ở cơ sở (22/07/2011)
""", "2011-09-15", "Giám sát việc bồi thường, tái định cư tại dự án thủy điện Sông Côn 3",
E("giam_sat", "2011", "2011-09-12"),
[P("Alăng Thị Bơ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Briu Pố"),
 P("Bling Hiên", "Phó Chủ tịch UBND huyện Đông Giang"),
 P("Nguyễn Hữu Lực", "Phó Giám đốc Ban Quản lý dự án thủy điện Sông Côn 3"),
 P("Zơ Râm Bươi", "Chủ tịch Ủy ban MTTQ xã Sông Kôn")],
[Q("412,5 ha", 412.5, "ha"), Q("386 hộ dân", 386, "hộ dân"), Q("2 xã", 2, "xã"),
 Q("96,4 tỷ đồng", 96400000000, "đồng"), Q("88,1 tỷ đồng", 88100000000, "đồng"), Q("91,4%", 91.4, "%"),
 Q("2 khu tái định cư", 2, "khu tái định cư"), Q("214 lô đất ở", 214, "lô đất ở"), Q("300 m2", 300, "m2"),
 Q("47 đơn thư, kiến nghị", 47, "đơn thư, kiến nghị"), Q("39 đơn", 39, "đơn"), Q("126 hộ", 126, "hộ"),
 Q("38 căn nhà tái định cư", 38, "căn nhà tái định cư"), Q("30 kg", 30, "kg")],
[D("Nghị định", "69", "2009/NĐ-CP", "2009-08-13", "Chính phủ", "Nghị định số 69/2009/NĐ-CP ngày 13/8/2009"),
 D("Quyết định", "23", "2010/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 23/2010/QĐ-UBND"),
 D("Kế hoạch", "18", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 18/KH-MTTQ-BTT")],
[prov("Quảng Nam"), com("Sông Kôn"), com("Jơ Ngây")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM", "Trang chủ > Hoạt động Mặt trận > Giám sát, phản biện",
 "Đoàn giám sát làm việc với người dân khu tái định cư.", "Lượt xem: 1.204", "thủy điện Sông Côn 3"],
["Thứ Năm, 15/09/2011 - 14:20", "năm 2011", "6 tháng", "quý IV", "Lượt xem: 1.204", "31/12/2011"]))

PAGES.append(page("b2574-thanhhoa-bdv-doithoai-nghison-2012", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA
Bạn đang ở: Trang chủ / Dân vận chính quyền / Tin địa phương
Cập nhật: 09:42, 21/03/2012 (GMT+7)
Ảnh: Quang cảnh buổi đối thoại.
Tĩnh Gia: đối thoại với 215 hộ dân thuộc diện tái định cư Khu kinh tế Nghi Sơn
Ngày 19/3/2012, Ban Dân vận Huyện ủy Tĩnh Gia phối hợp với UBND huyện và Ban Quản lý Khu kinh tế Nghi Sơn tổ chức đối thoại với 215 hộ dân xã Hải Yến thuộc diện di dời để xây dựng nhà máy lọc hóa dầu, khu công nghiệp và cảng biển phía Nam tỉnh Thanh Hóa. Đây là buổi đối thoại thứ 3 của huyện trong năm 2012 về công tác bồi thường, giải phóng mặt bằng.
Chủ trì buổi đối thoại có đồng chí Lê Đình Quế, HUV, Trưởng Ban Dân vận Huyện ủy và đồng chí Mai Xuân Tùng, Phó Chủ tịch UBND huyện Tĩnh Gia.
Theo báo cáo, thực hiện Quyết định số 1364/QĐ-TTg ngày 10/10/2007 của Thủ tướng Chính phủ phê duyệt quy hoạch chung xây dựng Khu kinh tế Nghi Sơn, đến nay huyện đã chi trả 312,7 tỷ đồng cho 1.846 hộ; bàn giao 2 khu tái định cư Xuân Lâm và Tân Dân với 1.120 lô đất. Đơn giá bồi thường đất trồng lúa áp dụng theo Quyết định số 3162/2010/QĐ-UBND của UBND tỉnh là 46.000 đồng/m2; mỗi hộ di dời được hỗ trợ thuê nhà 12 tháng và 8 triệu đồng tiền di chuyển.
Tại buổi đối thoại, người dân nêu 27 ý kiến góp ý, tập trung vào việc chậm giao đất tái định cư, hạ tầng khu tái định cư Tân Dân chưa hoàn chỉnh và việc chuyển đổi nghề cho lao động nữ. Bà Lê Thị Ngoan, ở thôn Hải Tân, đề nghị ưu tiên con em vùng dự án vào làm việc trong nhà máy. Ông Phạm Bá Thắng, Trưởng thôn Hải Tân, cho biết 43 hộ đã nhận tiền nhưng chưa nhận được đất ở.
Trả lời các ý kiến, đồng chí Mai Xuân Tùng cho biết huyện sẽ giao đất cho 43 hộ trên trước ngày 30/4/2012; phối hợp với Trung tâm dạy nghề mở 6 lớp đào tạo nghề cho khoảng 240 lao động. Đồng chí Lê Đình Quế đề nghị cán bộ, đảng viên gương mẫu di dời trước, thực hiện đúng Chỉ thị số 11-CT/HU của Ban Thường vụ Huyện ủy về tăng cường công tác dân vận trong giải phóng mặt bằng; các tổ dân vận thôn nắm chắc tâm tư của từng hộ, "đi từng ngõ, gõ từng nhà".
Nhiều hộ dân cũng phản ánh việc kiểm đếm cây cối, hoa màu ở một số thửa đất còn sai sót, chưa niêm yết công khai kết quả kiểm đếm tại thôn; một số hộ có con đã lập gia đình nhưng chưa được tách hộ để xét giao đất tái định cư. Đại diện Ban Quản lý Khu kinh tế Nghi Sơn tiếp thu, đề nghị Hội đồng bồi thường huyện phúc tra từng trường hợp, trả lời bằng văn bản cho người dân.
Kết thúc buổi đối thoại, 215 hộ dân đồng thuận với phương án bố trí tái định cư, cam kết bàn giao mặt bằng đúng tiến độ.
Thanh Hương
Các tin khác
- Ban Dân vận Tỉnh ủy kiểm tra công tác dân vận tại Như Xuân (14/03/2012)
- Hội nghị tập huấn công tác dân vận chính quyền năm 2012 (07/03/2012)
- Quảng Xương: 5 thôn ra mắt mô hình "Dân vận khéo" (28/02/2012)
- Thọ Xuân vận động hiến đất làm đường giao thông nông thôn (17/02/2012)
""", "2012-03-21", "Tĩnh Gia: đối thoại với 215 hộ dân thuộc diện tái định cư Khu kinh tế Nghi Sơn",
E("doi_thoai", "2012", "2012-03-19"),
[P("Lê Đình Quế", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Mai Xuân Tùng", "Phó Chủ tịch UBND huyện Tĩnh Gia"),
 P("Lê Thị Ngoan"),
 P("Phạm Bá Thắng", "Trưởng thôn Hải Tân")],
[Q("215 hộ dân", 215, "hộ dân"), Q("312,7 tỷ đồng", 312700000000, "đồng"), Q("1.846 hộ", 1846, "hộ"),
 Q("2 khu tái định cư", 2, "khu tái định cư"), Q("1.120 lô đất", 1120, "lô đất"), Q("46.000 đồng", 46000, "đồng"),
 Q("8 triệu đồng", 8000000, "đồng"), Q("27 ý kiến", 27, "ý kiến"), Q("43 hộ", 43, "hộ"),
 Q("6 lớp đào tạo nghề", 6, "lớp đào tạo nghề"), Q("khoảng 240 lao động", 240, "lao động", "approx")],
[D("Quyết định", "1364", "QĐ-TTg", "2007-10-10", "Thủ tướng Chính phủ", "Quyết định số 1364/QĐ-TTg ngày 10/10/2007"),
 D("Quyết định", "3162", "2010/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 3162/2010/QĐ-UBND"),
 D("Chỉ thị", "11", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 11-CT/HU")],
[prov("Thanh Hóa"), com("Hải Yến")],
["BAN DÂN VẬN TỈNH ỦY THANH HÓA", "Bạn đang ở: Trang chủ / Dân vận chính quyền / Tin địa phương", "Ảnh: Quang cảnh buổi đối thoại.",
 "đi từng ngõ, gõ từng nhà", "Khu kinh tế Nghi Sơn"],
["Cập nhật: 09:42, 21/03/2012 (GMT+7)", "thứ 3", "năm 2012", "12 tháng", "30/4/2012", "đi từng ngõ, gõ từng nhà"]))

PAGES.append(page("b2575-hatinh-bdv-soket-2013", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Hà Tĩnh
Tin tức - Sự kiện :: Dân vận chính quyền
08:15 | 18/07/2013
Toàn cảnh hội nghị.
Dân vận góp phần giải phóng mặt bằng Khu kinh tế Vũng Áng
(BDV) - Ngày 16/7/2013, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Thị Hoài Thu, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Đặng Văn Hòe, Lê Thị Quyên và 65 đồng chí là lãnh đạo ban dân vận các huyện, thị, thành ủy, khối dân vận các sở, ngành.
Báo cáo cho biết, 6 tháng qua, các cấp ủy đã tập trung lãnh đạo thực hiện Chỉ thị 15, 16-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong giải phóng mặt bằng Khu kinh tế Vũng Áng và các dự án giao thông trọng điểm. Hệ thống dân vận đã phối hợp vận động 1.245 hộ dân bàn giao 386,2 ha mặt bằng; chi trả 412 tỷ đồng tiền bồi thường, hỗ trợ; bố trí 5 khu tái định cư cho 910 hộ. Các cơ quan đã tiếp 312 lượt công dân, nhận 96 đơn thư, giải quyết 81 đơn, đạt 84,4%.
Tuy nhiên, một số vụ việc khiếu kiện đông người về giá đất, định mức hỗ trợ chuyển đổi nghề chưa được giải quyết dứt điểm; 4 vụ tụ tập đông người trước trụ sở UBND huyện Kỳ Anh đã xảy ra trong tháng 5.
Tại hội nghị, đồng chí Trần Đình Lữ, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh nêu kinh nghiệm giám sát việc kiểm đếm tài sản; đồng chí Hồ Thị Lài, Bí thư Đảng ủy xã Kỳ Lợi, cho biết xã đã thành lập 12 tổ vận động, mỗi tổ phụ trách một thôn, nhờ đó 327 hộ của xã đã nhận tiền và di dời trước thời hạn.
Phát biểu kết luận, đồng chí Nguyễn Thị Hoài Thu yêu cầu các cấp tiếp tục thực hiện Quyết định số 290-QĐ/TW của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; thực hiện tốt Hướng dẫn số 09-HD/BDVTU của Ban Dân vận Tỉnh ủy về phối hợp giải quyết đơn thư; phấn đấu 6 tháng cuối năm giải quyết trên 90% đơn thư ngay từ cơ sở.
Các ý kiến thảo luận cũng chỉ ra, ở một số nơi việc công khai phương án bồi thường còn chậm; cán bộ được giao nhiệm vụ vận động chưa nắm chắc chính sách nên khi người dân hỏi chưa giải thích được thấu đáo; có nơi còn để người dân phải đi lại nhiều lần mới nhận được tiền hỗ trợ. Công tác phối hợp giữa chủ đầu tư với chính quyền cơ sở trong việc xây dựng hạ tầng khu tái định cư chưa chặt chẽ.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 7 tập thể và 11 cá nhân có thành tích trong công tác vận động giải phóng mặt bằng.
Phan Quý
TIN CÙNG CHUYÊN MỤC
- Cẩm Xuyên tổng kết 5 năm thực hiện Quy chế dân chủ (10/07/2013)
- Kỳ Anh: Đối thoại với người dân vùng tái định cư (02/07/2013)
- Hội nghị công tác dân vận khối doanh nghiệp (25/06/2013)
- Tập huấn nghiệp vụ dân vận cho cán bộ cơ sở (11/06/2013)
""", "2013-07-18", "Dân vận góp phần giải phóng mặt bằng Khu kinh tế Vũng Áng",
E("so_ket", "2013-H1", "2013-07-16"),
[P("Nguyễn Thị Hoài Thu", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đặng Văn Hòe", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Quyên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Đình Lữ", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Lài", "Bí thư Đảng ủy xã Kỳ Lợi")],
[Q("65 đồng chí", 65, "đồng chí"), Q("1.245 hộ dân", 1245, "hộ dân"), Q("386,2 ha", 386.2, "ha"),
 Q("412 tỷ đồng", 412000000000, "đồng"), Q("5 khu tái định cư", 5, "khu tái định cư"), Q("910 hộ", 910, "hộ"),
 Q("312 lượt công dân", 312, "lượt công dân"), Q("96 đơn thư", 96, "đơn thư"), Q("81 đơn", 81, "đơn"),
 Q("84,4%", 84.4, "%"), Q("4 vụ tụ tập đông người", 4, "vụ tụ tập đông người"), Q("12 tổ vận động", 12, "tổ vận động"),
 Q("327 hộ", 327, "hộ"), Q("trên 90%", 90, "%", "over"), Q("7 tập thể", 7, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU")],
[prov("Hà Tĩnh"), com("Kỳ Lợi")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Hà Tĩnh", "Tin tức - Sự kiện :: Dân vận chính quyền", "Toàn cảnh hội nghị.",
 "(BDV)", "Khu kinh tế Vũng Áng", "Quy chế công tác dân vận của hệ thống chính trị"],
["08:15 | 18/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm", "65 đồng chí", "tháng 5", "6 tháng qua"]))

PAGES.append(page("b2576-lamdong-mttq-phanbien-2014", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG
Trang chủ | Giám sát - Phản biện xã hội
17/05/2014 - 10:05
Phản biện dự thảo quy định bồi thường, hỗ trợ, tái định cư
Ngày 16/5/2014, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị phản biện xã hội năm 2014 đối với dự thảo Quy định về bồi thường, hỗ trợ và tái định cư khi Nhà nước thu hồi đất trên địa bàn tỉnh. Bà Ka Sô Liễng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị; tham dự có 140 đại biểu là luật sư, chuyên gia, người có uy tín và đại diện các sở, ngành.
Toàn cảnh hội nghị phản biện. Ảnh: K.Phương
Dự thảo do Sở Tài nguyên và Môi trường soạn thảo, gồm 5 chương, 42 điều, cụ thể hóa Luật Đất đai số 45/2013/QH13 của Quốc hội và Nghị định số 47/2014/NĐ-CP ngày 15/5/2014 của Chính phủ. Theo báo cáo, năm 2013 toàn tỉnh thu hồi 1.126 ha đất của 3.480 hộ để thực hiện 2 dự án thủy điện, các hồ chứa nước và tuyến đường tránh; tiền bồi thường, hỗ trợ đã chi trả khoảng 820 tỷ đồng; còn 58 hộ chưa nhận tiền do chưa thống nhất giá đất.
Hội nghị nhận được 35 ý kiến góp ý. Luật sư Phan Văn Cường, Chủ nhiệm Đoàn Luật sư tỉnh, đề nghị quy định rõ trình tự đối thoại trước khi cưỡng chế thu hồi đất. Ông K'Bríu, người có uy tín thôn Đạ Nghịt, xã Lát, đề nghị tính đến đất rẫy luân canh của đồng bào K'Ho, Chu Ru khi bồi thường, vì nhiều hộ không có giấy tờ nhưng đã canh tác nhiều đời. Ông Touneh Hàm Nai, Phó Chủ tịch Hội Nông dân tỉnh, đề nghị nâng mức hỗ trợ chuyển đổi nghề từ 1,5 lần lên 3 lần giá đất nông nghiệp.
Đại diện Sở Tài nguyên và Môi trường, ông Lê Quang Thịnh, Phó Giám đốc Sở, tiếp thu và cho biết sẽ bổ sung điều khoản về hỗ trợ ổn định đời sống trong 12 tháng cho hộ bị thu hồi trên 30% diện tích đất sản xuất.
Kết luận hội nghị, bà Ka Sô Liễng nhấn mạnh phản biện xã hội thực hiện theo Quyết định 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị; Ủy ban MTTQ tỉnh sẽ tổng hợp ý kiến, gửi văn bản phản biện đến UBND tỉnh trước ngày 30/5/2014 và theo dõi việc tiếp thu. Theo Kế hoạch số 07/KH-MTTQ của Ủy ban MTTQ tỉnh, trong năm 2014 Mặt trận các cấp sẽ giám sát việc bồi thường tại 6 dự án trọng điểm.
Cũng trong năm 2013, Mặt trận các cấp đã tiếp nhận 74 đơn, thư của người dân liên quan đến đất đai, chuyển cơ quan chức năng giải quyết; nhiều vụ việc kéo dài ở thị trấn Đạ M'ri và xã Đạ Tông đã được hòa giải thành.
Hoàng Yến
Lượt truy cập: 56.318
Tin liên quan
- Đam Rông: Mặt trận giám sát việc cấp đất sản xuất cho đồng bào (08/05/2014)
- Hội nghị tổng kết công tác Mặt trận năm 2013 (27/12/2013)
- Lạc Dương: vận động người dân hiến đất làm đường (10/12/2013)
""", "2014-05-17", "Phản biện dự thảo quy định bồi thường, hỗ trợ, tái định cư",
E("hoi_nghi", "2014", "2014-05-16"),
[P("Ka Sô Liễng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Văn Cường", "Luật sư", "Chủ nhiệm Đoàn Luật sư tỉnh"),
 P("K'Bríu", "người có uy tín thôn Đạ Nghịt"),
 P("Touneh Hàm Nai", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Quang Thịnh", "Phó Giám đốc Sở")],
[Q("140 đại biểu", 140, "đại biểu"), Q("5 chương", 5, "chương"), Q("42 điều", 42, "điều"),
 Q("1.126 ha", 1126, "ha"), Q("3.480 hộ", 3480, "hộ"), Q("2 dự án thủy điện", 2, "dự án thủy điện"),
 Q("khoảng 820 tỷ đồng", 820000000000, "đồng", "approx"), Q("58 hộ", 58, "hộ"), Q("35 ý kiến", 35, "ý kiến"),
 Q("trên 30%", 30, "%", "over"), Q("6 dự án trọng điểm", 6, "dự án trọng điểm"), Q("74 đơn, thư", 74, "đơn, thư")],
[D("Luật", "45", "2013/QH13", None, "Quốc hội", "Luật Đất đai số 45/2013/QH13"),
 D("Nghị định", "47", "2014/NĐ-CP", "2014-05-15", "Chính phủ", "Nghị định số 47/2014/NĐ-CP ngày 15/5/2014"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "07", "KH-MTTQ", None, "Ủy ban MTTQ tỉnh", "Kế hoạch số 07/KH-MTTQ")],
[prov("Lâm Đồng"), com("Lát"), com("Đạ M'ri"), com("Đạ Tông")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ | Giám sát - Phản biện xã hội", "Toàn cảnh hội nghị phản biện.",
 "Lượt truy cập: 56.318", "Sở Tài nguyên và Môi trường"],
["17/05/2014 - 10:05", "năm 2014", "năm 2013", "1,5 lần", "3 lần", "12 tháng", "30/5/2014", "Lượt truy cập: 56.318"]))

PAGES.append(page("b2577-sonla-bdv-giaoban-2015", """
BAN DÂN VẬN TỈNH ỦY SƠN LA
Trang chủ >> Hoạt động của Ban >> Tin tức
Ngày đăng 06/04/2015 | 16:20
Ổn định đời sống đồng bào vùng tái định cư thủy điện
Sáng 3/4, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý I năm 2015 với ban dân vận các huyện ủy, thành ủy. Đồng chí Lò Thị Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì giao ban.
Quý I, khối dân vận tập trung nắm tình hình tại 17 khu tái định cư thủy điện Sơn La và thủy điện Huội Quảng. Ban Dân vận Tỉnh ủy đã phối hợp kiểm tra việc thực hiện Quyết định số 2009/QĐ-TTg của Thủ tướng Chính phủ về ổn định dân cư vùng tái định cư; hướng dẫn thực hiện Kết luận số 22-KL/TU ngày 12/1/2015 của Ban Thường vụ Tỉnh ủy về công tác dân vận ở vùng tái định cư. Qua rà soát, còn 1.372 hộ tái định cư thiếu đất sản xuất, 264 hộ chưa được cấp giấy chứng nhận quyền sử dụng đất; tỷ lệ hộ nghèo ở các điểm tái định cư là 31,6%.
Trong quý, các cấp đã tiếp 186 lượt công dân, tiếp nhận 58 đơn kiến nghị về bồi thường bổ sung, giải quyết 49 đơn. Nhân dân các bản tái định cư đã hiến 4,2 ha đất, đóng góp trên 1.300 ngày công làm đường nội bản.
Tại giao ban, các đồng chí Phó Trưởng Ban Dân vận Huyện ủy Mường La: Lò Văn Muôn, Cầm Thị Phương báo cáo việc vận động 96 hộ ở xã Chiềng Lao chuyển đổi từ trồng ngô trên đất dốc sang trồng cây ăn quả. Các ông Sùng A Lử, Quàng Văn Hặc - Phó Chủ tịch UBND huyện Quỳnh Nhai, đề nghị tỉnh sớm bố trí 45 tỷ đồng còn thiếu để hoàn thiện hạ tầng 3 điểm tái định cư. Ông Mùa A Sử, Bí thư Đảng ủy xã Mường Giàng, phản ánh một số hộ người Mông tự ý quay lại vùng bán ngập dựng lán canh tác.
Kết luận giao ban, đồng chí Lò Thị Xuân yêu cầu quý II tập trung vận động 210 hộ còn ở vùng sạt lở di chuyển đến nơi ở mới; nhân rộng mô hình "Bản tái định cư không có đơn thư vượt cấp"; phối hợp với Ủy ban MTTQ tỉnh giám sát việc chi trả tiền hỗ trợ theo Hướng dẫn số 05-HD/BDVTU của Ban Dân vận Tỉnh ủy. Các huyện thực hiện phương châm "ba cùng": cùng ăn, cùng ở, cùng làm với đồng bào.
Các đại biểu cũng cho rằng việc giải quyết kiến nghị của người dân ở một số nơi còn chậm, cán bộ cơ sở chưa thường xuyên xuống bản; một số điểm tái định cư thiếu nước sinh hoạt vào mùa khô.
Theo báo cáo của Ban Dân vận Huyện ủy Quỳnh Nhai, thu nhập bình quân ở các bản tái định cư đạt khoảng 12 triệu đồng/người/năm, thấp hơn mức bình quân chung của huyện. Nhiều hộ đã chuyển sang nuôi cá lồng trên lòng hồ với 1.450 lồng cá, tạo việc làm cho hơn 600 lao động.
Lường Thị Hoa
Tin khác
- Mường La ra mắt mô hình "Dân vận khéo" trong xây dựng nông thôn mới (27/03/2015)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Bắc Yên (16/03/2015)
- Hội nghị người có uy tín tiêu biểu năm 2015 (05/03/2015)
""", "2015-04-06", "Ổn định đời sống đồng bào vùng tái định cư thủy điện",
E("giao_ban", "2015-Q1", "2015-04-03"),
[P("Lò Thị Xuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Muôn", "Phó Trưởng Ban Dân vận Huyện ủy Mường La"),
 P("Cầm Thị Phương", "Phó Trưởng Ban Dân vận Huyện ủy Mường La"),
 P("Sùng A Lử", "Phó Chủ tịch UBND huyện Quỳnh Nhai"),
 P("Quàng Văn Hặc", "Phó Chủ tịch UBND huyện Quỳnh Nhai"),
 P("Mùa A Sử", "Bí thư Đảng ủy xã Mường Giàng")],
[Q("17 khu tái định cư", 17, "khu tái định cư"), Q("1.372 hộ tái định cư", 1372, "hộ tái định cư"), Q("264 hộ", 264, "hộ"),
 Q("31,6%", 31.6, "%"), Q("186 lượt công dân", 186, "lượt công dân"), Q("58 đơn kiến nghị", 58, "đơn kiến nghị"),
 Q("49 đơn", 49, "đơn"), Q("4,2 ha", 4.2, "ha"), Q("trên 1.300 ngày công", 1300, "ngày công", "over"),
 Q("96 hộ", 96, "hộ"), Q("45 tỷ đồng", 45000000000, "đồng"), Q("3 điểm tái định cư", 3, "điểm tái định cư"),
 Q("210 hộ", 210, "hộ"), Q("khoảng 12 triệu đồng", 12000000, "đồng", "approx"), Q("1.450 lồng cá", 1450, "lồng cá"),
 Q("hơn 600 lao động", 600, "lao động", "over")],
[D("Quyết định", "2009", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2009/QĐ-TTg"),
 D("Kết luận", "22", "KL/TU", "2015-01-12", "Ban Thường vụ Tỉnh ủy", "Kết luận số 22-KL/TU ngày 12/1/2015"),
 D("Hướng dẫn", "05", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BDVTU")],
[prov("Sơn La"), com("Chiềng Lao"), com("Mường Giàng")],
["BAN DÂN VẬN TỈNH ỦY SƠN LA", "Trang chủ >> Hoạt động của Ban >> Tin tức", "Bản tái định cư không có đơn thư vượt cấp",
 "ba cùng", "thủy điện Sơn La", "thủy điện Huội Quảng"],
["Ngày đăng 06/04/2015 | 16:20", "quý I năm 2015", "Quý I", "quý II", "ba cùng"]))

PAGES.append(page("b2578-binhduong-mttq-giamsat-kcn-2016", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Dương
Trang chủ - Tin hoạt động - Giám sát
29-08-2016 09:40
Giám sát công tác bồi thường Khu công nghiệp Bàu Bàng mở rộng
Ngày 25/8/2016, Đoàn giám sát Ủy ban MTTQ Việt Nam tỉnh Bình Dương do ông Lý Chấn Phát, Ủy viên Thường trực Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn giám sát việc bồi thường, hỗ trợ, tái định cư tại dự án Khu công nghiệp Bàu Bàng mở rộng. Đây là 1 trong 4 cuộc giám sát chuyên đề năm 2016 của Mặt trận tỉnh.
Đoàn giám sát làm việc tại UBND huyện Bàu Bàng.
Theo báo cáo của UBND huyện Bàu Bàng, dự án có diện tích 1.000 ha, thu hồi đất của 673 hộ, cá nhân và 4 tổ chức; đến nay đã chi trả 1.215 tỷ đồng cho 598 hộ, đạt 88,9% số hộ; đã bàn giao 846,3 ha mặt bằng cho chủ đầu tư. Khu tái định cư Lai Uyên rộng 28 ha, bố trí 412 nền đất, mỗi nền 200 m2. Giá bồi thường đất nông nghiệp bình quân 310.000 đồng/m2, đất cây lâu năm được hỗ trợ thêm 30% theo Quyết định số 51/2014/QĐ-UBND của UBND tỉnh.
Qua giám sát, đoàn ghi nhận còn 75 hộ chưa đồng ý nhận tiền, chủ yếu đề nghị nâng giá đất và bồi thường vườn cao su đang khai thác. Huyện đã tổ chức 9 buổi đối thoại với các hộ này, giải quyết 21 đơn khiếu nại; còn 12 trường hợp khiếu nại lần hai đang được tỉnh xem xét.
Bà Điểu Thị Nhanh, Chủ tịch Ủy ban MTTQ Việt Nam xã Lai Uyên, cho biết Mặt trận xã đã cử thành viên tham gia 100% các buổi kiểm đếm, niêm yết công khai phương án tại ấp. Ông Nguyễn Văn Bền, người dân ấp Bàu Lòng, đề nghị chủ đầu tư tuyển dụng lao động địa phương, hỗ trợ học nghề cho con em các hộ mất đất.
Phát biểu kết luận, ông Lý Chấn Phát đề nghị UBND huyện thực hiện đúng Luật Đất đai năm 2013 và Quyết định số 217-QĐ/TW của Bộ Chính trị về giám sát của Mặt trận; công khai, minh bạch phương án bồi thường; đối thoại thường xuyên với 75 hộ còn lại; đẩy nhanh xây dựng hạ tầng khu tái định cư, bố trí trường học, chợ, trạm y tế. Đoàn sẽ có văn bản kiến nghị gửi UBND tỉnh theo Chương trình phối hợp số 06/CTrPH-MTTQ-UBND giữa Ủy ban MTTQ tỉnh và UBND tỉnh.
Tại buổi làm việc, đại diện chủ đầu tư cho biết đã tuyển dụng 430 lao động là con em các hộ bị thu hồi đất vào làm việc tại các doanh nghiệp trong khu công nghiệp; cam kết dành kinh phí 2,5 tỷ đồng hỗ trợ đào tạo nghề trong năm 2017.
Trước đó, năm 2015, Mặt trận các cấp trong tỉnh đã tổ chức 112 cuộc giám sát, trong đó 37 cuộc liên quan đến đất đai, bồi thường và môi trường ở các khu công nghiệp.
Minh Duy
Bài viết liên quan
- Thủ Dầu Một: phản biện đề án chỉnh trang đô thị (19/08/2016)
- Bến Cát đối thoại với công nhân các khu công nghiệp (09/08/2016)
- Hội nghị hiệp thương thống nhất danh sách ứng cử (04/03/2016)
""", "2016-08-29", "Giám sát công tác bồi thường Khu công nghiệp Bàu Bàng mở rộng",
E("giam_sat", "2016", "2016-08-25"),
[P("Lý Chấn Phát", "Ủy viên Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Nhanh", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lai Uyên"),
 P("Nguyễn Văn Bền")],
[Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"), Q("1.000 ha", 1000, "ha"), Q("673 hộ, cá nhân", 673, "hộ, cá nhân"),
 Q("4 tổ chức", 4, "tổ chức"), Q("1.215 tỷ đồng", 1215000000000, "đồng"), Q("598 hộ", 598, "hộ"), Q("88,9%", 88.9, "%"),
 Q("846,3 ha", 846.3, "ha"), Q("28 ha", 28, "ha"), Q("412 nền đất", 412, "nền đất"), Q("200 m2", 200, "m2"), Q("310.000 đồng", 310000, "đồng"),
 Q("30%", 30, "%"), Q("75 hộ", 75, "hộ"), Q("9 buổi đối thoại", 9, "buổi đối thoại"), Q("21 đơn khiếu nại", 21, "đơn khiếu nại"),
 Q("12 trường hợp", 12, "trường hợp"), Q("100%", 100, "%"), Q("430 lao động", 430, "lao động"), Q("2,5 tỷ đồng", 2500000000, "đồng"), Q("112 cuộc giám sát", 112, "cuộc giám sát"), Q("37 cuộc", 37, "cuộc")],
[D("Quyết định", "51", "2014/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 51/2014/QĐ-UBND"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Chương trình phối hợp", "06", "CTrPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 06/CTrPH-MTTQ-UBND")],
[prov("Bình Dương"), com("Lai Uyên")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Dương", "Trang chủ - Tin hoạt động - Giám sát", "Đoàn giám sát làm việc tại UBND huyện Bàu Bàng.",
 "Khu công nghiệp Bàu Bàng mở rộng", "Luật Đất đai năm 2013"],
["29-08-2016 09:40", "1 trong 4", "năm 2016", "năm 2015", "năm 2017", "lần hai", "Luật Đất đai năm 2013"]))
