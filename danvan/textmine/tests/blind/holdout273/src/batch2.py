from lib import *
PAGES = []

PAGES.append(page("b6515-quangtri-giaoban-quy1-caphe-2016", """
Báo Quảng Trị
Chính trị | Kinh tế | Xã hội | Quốc phòng - An ninh | Văn hóa
14/04/2016 - 07:55
Vị trí: Trang chủ › Chính trị › Dân vận
Quang cảnh buổi giao ban tại huyện Hướng Hóa.
Giao ban khối dân vận: Tập trung vận động đồng bào Vân Kiều, Pa Kô giữ vườn cà phê, cao su
(QT) - Chiều 13/4, tại thị trấn Khe Sanh, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý I năm 2016 với ban dân vận các huyện ủy miền núi và đảng ủy các doanh nghiệp nông nghiệp. Đồng chí Hồ Thị Thu Hằng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Quý I, giá cà phê chè giảm sâu, nhiều diện tích cà phê ở Hướng Phùng, Hướng Tân đã già cỗi, thu nhập của khoảng 2.600 hộ trồng cà phê, trong đó hơn 1.100 hộ đồng bào Vân Kiều, Pa Kô gặp nhiều khó khăn. Ban Dân vận các cấp đã nắm được 6 vụ việc người dân tự ý chặt cà phê, cao su của công ty để trồng sắn và phối hợp giải quyết ổn thỏa 5 vụ.
Thực hiện Chương trình hành động số 19-CTr/TU của Tỉnh ủy thực hiện Nghị quyết số 25-NQ/TW, các cơ quan dân vận đã phối hợp với Công ty Cà phê Khe Sanh và Công ty TNHH MTV Cao su Quảng Trị hỗ trợ 450 hộ giống cà phê tái canh, 120 tấn phân bón; vận động 38 hộ hiến gần 2 ha đất làm đường lên rẫy. Quỹ "Vì người nghèo" của huyện Hướng Hóa tiếp nhận khoảng 860 triệu đồng, xây 16 nhà đại đoàn kết.
Tại buổi giao ban, ông Hồ Văn Nhiên, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy Hướng Hóa, cho biết một số đối tượng lợi dụng việc giá cà phê xuống thấp để kích động bà con đòi lại đất đã giao cho nông trường; Ban Dân vận Huyện ủy đã phối hợp với già làng, trưởng bản ở xã Hướng Phùng đến từng nhà giải thích. Ông Lê Quang Sỹ, Bí thư Đảng ủy Công ty TNHH MTV Cao su Quảng Trị, đề nghị địa phương hỗ trợ đo đạc, cắm mốc ranh giới giữa đất công ty và đất dân ở xã Vĩnh Hà, huyện Vĩnh Linh.
Kết luận buổi giao ban, đồng chí Hồ Thị Thu Hằng yêu cầu trong quý II tập trung thực hiện Kế hoạch 46-KH/TU của Ban Thường vụ Tỉnh ủy về tuyên truyền bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021 ở vùng đồng bào; rà soát đối tượng thụ hưởng Quyết định số 755/QĐ-TTg ngày 20/5/2013 của Thủ tướng Chính phủ về hỗ trợ đất ở, đất sản xuất cho hộ đồng bào dân tộc thiểu số nghèo; tăng cường đối thoại giữa doanh nghiệp với người dân, không để phát sinh điểm nóng về đất đai.
Ban Dân vận Tỉnh ủy cũng giao các huyện ủy báo cáo kết quả thực hiện Quy chế phối hợp số 02-QC/BDVTU-ĐUKDN trước ngày 20/6.
Thanh Hải
Lượt truy cập: 2.315.408
Tin liên quan
- Đakrông: vận động 40 hộ đồng bào chuyển đổi cây trồng (08/04/2016)
- Hướng Hóa: Giá cà phê giảm, nông dân lao đao (30/03/2016)
- Cao su Quảng Trị trao 20 suất học bổng (18/03/2016)
""", "2016-04-14", "Giao ban khối dân vận: Tập trung vận động đồng bào Vân Kiều, Pa Kô giữ vườn cà phê, cao su",
E("giao_ban", "2016-Q1", "2016-04-13"),
[P("Hồ Thị Thu Hằng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Nhiên", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy Hướng Hóa"),
 P("Lê Quang Sỹ", "Bí thư Đảng ủy Công ty TNHH MTV Cao su Quảng Trị")],
[Q("khoảng 2.600 hộ trồng cà phê", 2600, "hộ trồng cà phê", "approx"),
 Q("hơn 1.100 hộ đồng bào Vân Kiều, Pa Kô", 1100, "hộ đồng bào Vân Kiều, Pa Kô", "over"),
 Q("6 vụ việc", 6, "vụ việc"), Q("5 vụ", 5, "vụ"), Q("450 hộ", 450, "hộ"), Q("120 tấn", 120, "tấn"),
 Q("38 hộ", 38, "hộ"), Q("gần 2 ha", 2, "ha", "approx"), Q("khoảng 860 triệu đồng", 860000000, "đồng", "approx"),
 Q("16 nhà đại đoàn kết", 16, "nhà đại đoàn kết")],
[D("Chương trình hành động", "19", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 19-CTr/TU"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết số 25-NQ/TW"),
 D("Kế hoạch", "46", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 46-KH/TU"),
 D("Quyết định", "755", "QĐ-TTg", "2013-05-20", "Thủ tướng Chính phủ", "Quyết định số 755/QĐ-TTg ngày 20/5/2013"),
 D("Quy chế phối hợp", "02", "QC/BDVTU-ĐUKDN", None, None, "Quy chế phối hợp số 02-QC/BDVTU-ĐUKDN")],
[prov("Quảng Trị"), com("Khe Sanh"), com("Hướng Phùng"), com("Hướng Tân"), com("Vĩnh Hà")],
["Báo Quảng Trị", "Chính trị | Kinh tế | Xã hội | Quốc phòng - An ninh | Văn hóa", "Vị trí: Trang chủ › Chính trị › Dân vận",
 "Quang cảnh buổi giao ban tại huyện Hướng Hóa.", "(QT)", "Vì người nghèo", "Lượt truy cập: 2.315.408"],
["14/04/2016 - 07:55", "quý I năm 2016", "Quý I", "quý II", "khóa XIV", "nhiệm kỳ 2016 - 2021", "Lượt truy cập: 2.315.408"]))

PAGES.append(page("b6516-sonla-guongdienhinh-caphe-2016", """
BÁO SƠN LA ĐIỆN TỬ
Xã hội > Gương sáng
Cập nhật: 09:15, 05/11/2016 (GMT+7)
Ông Lò Văn Phiêng (thứ hai từ trái) hướng dẫn bà con bản Phiêng Hạ tỉa cành cà phê.
Người "đưa" cây cà phê lên đồi bản Phiêng Hạ
SLĐT - Hơn 20 năm trước, khi cây cà phê còn xa lạ với người Thái ở bản Phiêng Hạ, xã Chiềng Ban, ông Lò Văn Phiêng là người đầu tiên phát nương ngô, trồng thử 3.000 gốc cà phê chè. Giờ đây, cả bản đã có hơn 85 ha cà phê, đời sống bà con khá lên trông thấy.
Ông Phiêng năm nay 61 tuổi, từng 15 năm làm công nhân Nông trường Tô Hiệu trước khi về bản. "Hồi ở nông trường mình học được cách trồng, cách tỉa cành, bón phân. Về bản thấy đất đồi bỏ không, mình nghĩ sao không trồng cà phê như nông trường", ông kể.
Những năm đầu, nhiều người trong bản lắc đầu vì phải chờ 3 năm mới có thu hoạch. Ông Phiêng vận động các con, rồi anh em họ hàng, đến năm 2001 đã có 14 hộ trồng theo. Năm nay, vườn cà phê của gia đình ông rộng 2,5 ha, cho thu khoảng 25 tấn quả tươi, trừ chi phí còn lãi trên 120 triệu đồng.
Hiện ông là người có uy tín bản Phiêng Hạ, đồng thời là tổ trưởng tổ hợp tác cà phê của bản với 42 thành viên. Tổ đã liên kết với một doanh nghiệp chế biến ở thành phố Sơn La, bao tiêu toàn bộ sản phẩm với giá cao hơn thị trường khoảng 10%.
Bà Cầm Thị Nga, Chủ tịch UBND xã Chiềng Ban, cho biết: Toàn xã hiện có 712 ha cà phê, 1.045 hộ trồng, tỷ lệ hộ nghèo giảm từ 31% năm 2011 xuống còn 14,6%. Nhiều bản như Phiêng Hạ, Hịa Mòng đã thành lập tổ hợp tác, tổ dân vận để giúp nhau vay vốn, trao đổi kỹ thuật. Ông Phiêng luôn đi đầu, hướng dẫn cho hàng trăm lượt bà con cách chăm sóc, không phun thuốc trừ sâu bừa bãi.
Không chỉ phát triển kinh tế, ông Phiêng còn gương mẫu vận động gia đình hiến 300 m2 đất mở rộng đường nội bản, vận động thanh niên không tụ tập, không sử dụng ma túy. Năm 2015, ông được UBND tỉnh tặng Bằng khen vì có thành tích trong phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Ông Quàng Văn Tính, Phó Trưởng Ban Dân vận Huyện ủy Mai Sơn, nhận xét: Những người như ông Phiêng chính là "cánh tay nối dài" của công tác dân vận ở cơ sở. Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư, Quyết định 18/2011/QĐ-TTg và Quyết định 56/2013/QĐ-TTg của Thủ tướng Chính phủ, huyện sẽ tiếp tục bồi dưỡng, phát huy vai trò của đội ngũ người có uy tín trong đồng bào.
Bài, ảnh: Vì Thị Hoa
Lượt xem: 3.419
Tin liên quan
- Mai Sơn: Hội nghị tôn vinh người có uy tín năm 2016 (28/10/2016)
- Thuận Châu phát triển cà phê gắn với chế biến sâu (19/10/2016)
- Cà phê Sơn La tìm đường xuất khẩu (02/10/2016)
""", "2016-11-05", "Người \"đưa\" cây cà phê lên đồi bản Phiêng Hạ",
E("khac", None, None),
[P("Lò Văn Phiêng", "người có uy tín bản Phiêng Hạ", "tổ trưởng tổ hợp tác cà phê của bản"),
 P("Cầm Thị Nga", "Chủ tịch UBND xã Chiềng Ban"),
 P("Quàng Văn Tính", "Phó Trưởng Ban Dân vận Huyện ủy Mai Sơn")],
[Q("3.000 gốc cà phê chè", 3000, "gốc cà phê chè"), Q("hơn 85 ha", 85, "ha", "over"), Q("14 hộ", 14, "hộ"),
 Q("2,5 ha", 2.5, "ha"), Q("khoảng 25 tấn", 25, "tấn", "approx"), Q("trên 120 triệu đồng", 120000000, "đồng", "over"),
 Q("42 thành viên", 42, "thành viên"), Q("khoảng 10%", 10, "%", "approx"), Q("712 ha", 712, "ha"),
 Q("1.045 hộ", 1045, "hộ"), Q("31%", 31, "%"), Q("14,6%", 14.6, "%"), Q("300 m2", 300, "m2")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 18/2011/QĐ-TTg"),
 D("Quyết định", "56", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 56/2013/QĐ-TTg")],
[prov("Sơn La"), com("Chiềng Ban")],
["BÁO SƠN LA ĐIỆN TỬ", "Xã hội > Gương sáng", "Ông Lò Văn Phiêng (thứ hai từ trái) hướng dẫn bà con bản Phiêng Hạ tỉa cành cà phê.",
 "SLĐT", "Nông trường Tô Hiệu", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "cánh tay nối dài", "Lượt xem: 3.419"],
["Cập nhật: 09:15, 05/11/2016 (GMT+7)", "Hơn 20 năm trước", "61 tuổi", "15 năm", "3 năm", "năm 2001", "Năm 2015", "năm 2011",
 "hàng trăm lượt", "Lượt xem: 3.419"]))

PAGES.append(page("b6517-tayninh-mttq-giamsat-caosu-2017", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TÂY NINH
Trang chủ >> Hoạt động Mặt trận >> Giám sát - Phản biện
25-08-2017 14:30
Giám sát việc thực hiện chế độ, chính sách đối với công nhân cao su
Ngày 24/8/2017, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Nguyễn Thanh Ngọc, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chế độ, chính sách đối với người lao động tại Công ty cổ phần Cao su Tây Ninh và Công ty TNHH MTV Cao su 1-5 Tây Ninh.
Cùng tham gia đoàn có bà Trần Thị Mỹ Dung, ông Đặng Hữu Lộc - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đại diện Ban Dân vận Tỉnh ủy, Liên đoàn Lao động tỉnh, Sở Lao động - Thương binh và Xã hội. Đây là cuộc giám sát thứ hai trong Chương trình giám sát năm 2017 của Mặt trận tỉnh, thực hiện theo Quyết định số 217-QĐ/TW của Bộ Chính trị và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN ngày 15/6/2017.
Theo báo cáo của Công ty cổ phần Cao su Tây Ninh, công ty hiện quản lý 7.080 ha cao su tại huyện Gò Dầu, Dương Minh Châu, Châu Thành, với 2.347 lao động; 100% người lao động được ký hợp đồng lao động và đóng bảo hiểm xã hội, bảo hiểm y tế đầy đủ. Thu nhập bình quân 6 tháng đầu năm đạt 7,2 triệu đồng/người/tháng; công ty đã chi khoảng 1,9 tỷ đồng cho bữa ăn giữa ca và trang bị bảo hộ lao động.
Tại Công ty Cao su 1-5, đoàn ghi nhận đơn vị đã tổ chức 4 hội nghị người lao động ở các nông trường, tiếp thu 58 ý kiến, đã giải quyết 51 ý kiến. Tuy nhiên, vẫn còn gần 300 công nhân cạo mủ thời vụ là người dân xã Tân Hội, xã Tân Hà chưa được ký hợp đồng dài hạn; khu nhà ở tập thể ở nông trường Bến Củi đã xuống cấp.
Trao đổi với đoàn, chị Lâm Thị Sa Vênh, công nhân tổ cạo mủ số 4, nông trường Bến Củi, cho biết mỗi ngày chị cạo khoảng 800 cây, đi làm từ 2 giờ sáng; chị mong công ty sớm sửa lại nhà trẻ để công nhân yên tâm gửi con.
Ông Võ Minh Tâm, Phó Tổng Giám đốc Công ty TNHH MTV Cao su 1-5 Tây Ninh, tiếp thu các ý kiến của đoàn và cho biết năm nay công ty dành 3,5 tỷ đồng sửa chữa nhà ở công nhân, nhà trẻ; phấn đấu đến năm 2018 ký hợp đồng dài hạn cho ít nhất 200 lao động thời vụ.
Phát biểu kết luận, ông Nguyễn Thanh Ngọc ghi nhận những kết quả hai công ty đã đạt được; đề nghị tiếp tục thực hiện tốt Nghị định số 60/2013/NĐ-CP của Chính phủ về thực hiện dân chủ ở cơ sở tại nơi làm việc, công khai quy chế trả lương, thưởng; phối hợp với Ủy ban MTTQ các xã nắm tình hình đời sống công nhân là người dân tộc Khmer, Chăm. Đoàn sẽ có văn bản kiến nghị gửi Tỉnh ủy, UBND tỉnh sau đợt giám sát.
Thanh Phong
Tin khác
- Mặt trận tỉnh phản biện dự thảo quy định hỗ trợ hộ nghèo (18/08/2017)
- Tân Châu: Giám sát việc thực hiện Quy chế dân chủ ở xã Suối Ngô (11/08/2017)
- Ủy ban MTTQ tỉnh trao nhà "Đại đoàn kết" cho công nhân (04/08/2017)
""", "2017-08-25", "Giám sát việc thực hiện chế độ, chính sách đối với công nhân cao su",
E("giam_sat", "2017", "2017-08-24"),
[P("Nguyễn Thanh Ngọc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Mỹ Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Hữu Lộc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Thị Sa Vênh", "công nhân tổ cạo mủ số 4"),
 P("Võ Minh Tâm", "Phó Tổng Giám đốc Công ty TNHH MTV Cao su 1-5 Tây Ninh")],
[Q("7.080 ha", 7080, "ha"), Q("2.347 lao động", 2347, "lao động"), Q("100%", 100, "%"), Q("7,2 triệu đồng", 7200000, "đồng"),
 Q("khoảng 1,9 tỷ đồng", 1900000000, "đồng", "approx"), Q("4 hội nghị người lao động", 4, "hội nghị người lao động"),
 Q("58 ý kiến", 58, "ý kiến"), Q("51 ý kiến", 51, "ý kiến"), Q("gần 300 công nhân cạo mủ thời vụ", 300, "công nhân cạo mủ thời vụ", "approx"),
 Q("khoảng 800 cây", 800, "cây", "approx"), Q("3,5 tỷ đồng", 3500000000, "đồng"),
 Q("ít nhất 200 lao động thời vụ", 200, "lao động thời vụ", "over")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN", "2017-06-15", None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN ngày 15/6/2017"),
 D("Nghị định", "60", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 60/2013/NĐ-CP")],
[prov("Tây Ninh"), com("Tân Hội"), com("Tân Hà")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TÂY NINH", "Trang chủ >> Hoạt động Mặt trận >> Giám sát - Phản biện"],
["25-08-2017 14:30", "cuộc giám sát thứ hai", "năm 2017", "6 tháng đầu năm", "2 giờ sáng", "năm 2018", "số 4", "1-5"]))

PAGES.append(page("b6518-binhduong-tiepxuccutri-caosu-2017", """
Báo Bình Dương Online
Chủ nhật, 10/12/2017 | 18:20
Thời sự > Bầu cử - Quốc hội
Đại biểu Quốc hội tiếp xúc cử tri là công nhân cao su Dầu Tiếng
(BDO) Sáng 9-12, Đoàn đại biểu Quốc hội tỉnh gồm các đại biểu: Lê Hồng Phúc, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh; Nguyễn Thị Thu Trang, Ủy viên Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội đã có buổi tiếp xúc cử tri là công nhân, người lao động Công ty TNHH MTV Cao su Dầu Tiếng sau kỳ họp thứ 4, Quốc hội khóa XIV.
Hơn 250 cử tri là công nhân các nông trường Long Hòa, Minh Thạnh, Thanh An và người dân thị trấn Dầu Tiếng đã dự hội nghị. Tại đây, các đại biểu đã thông tin tới cử tri kết quả kỳ họp thứ 4, trong đó Quốc hội đã thông qua 8 luật và 14 nghị quyết, có Luật Quản lý, sử dụng tài sản công và Luật Trợ giúp pháp lý.
Cử tri Huỳnh Văn Mười, tổ trưởng tổ cạo mủ nông trường Long Hòa, phản ánh giá mủ cao su giảm kéo dài, thu nhập của công nhân cạo mủ chỉ còn khoảng 5 triệu đồng/tháng, nhiều người bỏ việc đi làm ở các khu công nghiệp; đề nghị Nhà nước có chính sách bình ổn giá, hỗ trợ công nhân nông nghiệp. Cử tri Thị Bé Tư, công nhân nông trường Minh Thạnh, kiến nghị sửa đổi quy định về tuổi nghỉ hưu đối với lao động nặng nhọc như cạo mủ; bà cho biết cả tổ có 19 người thì 11 người đã trên 50 tuổi.
Một số cử tri ở xã Minh Hòa đề nghị công ty sớm bàn giao 126 ha đất đã thu hồi từ nông trường cho địa phương để cấp đất ở cho hộ công nhân chưa có nhà; quan tâm sửa chữa tuyến đường dài 6 km nối từ xã Minh Tân vào khu vực nông trường.
Ông Trần Văn Hải, Tổng Giám đốc Công ty TNHH MTV Cao su Dầu Tiếng, thông tin thêm: năm 2017 công ty trích gần 12 tỷ đồng từ quỹ phúc lợi hỗ trợ công nhân; đã bàn giao 80 căn hộ nhà ở xã hội cho công nhân với giá ưu đãi. Về đất thu hồi, công ty đang phối hợp với UBND huyện lập phương án theo Quyết định số 1340/QĐ-UBND ngày 28/5/2015 của UBND tỉnh.
Thay mặt Đoàn ĐBQH tỉnh, ông Lê Hồng Phúc tiếp thu, giải trình ý kiến thuộc thẩm quyền; các kiến nghị về chính sách tiền lương, tuổi nghỉ hưu sẽ được tổng hợp gửi các cơ quan Trung ương. Ông đề nghị công ty tiếp tục thực hiện nghiêm Bộ luật Lao động, Nghị định số 60/2013/NĐ-CP của Chính phủ về dân chủ ở cơ sở tại nơi làm việc, tổ chức đối thoại định kỳ để công nhân yên tâm gắn bó với vườn cây.
Hồng Thủy
Chủ tịch công đoàn nông trường Thanh An Nguyễn Văn Sáu phát biểu ý kiến. Ảnh: H.T
Tin cùng chuyên mục
- Đoàn ĐBQH tỉnh tiếp xúc cử tri thị xã Bến Cát (08/12/2017)
- Cử tri Phú Giáo kiến nghị về giá mủ cao su (07/12/2017)
- Kỳ họp thứ 4, Quốc hội khóa XIV bế mạc (24/11/2017)
""", "2017-12-10", "Đại biểu Quốc hội tiếp xúc cử tri là công nhân cao su Dầu Tiếng",
E("hoi_nghi", None, "2017-12-09"),
[P("Lê Hồng Phúc", "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh"),
 P("Nguyễn Thị Thu Trang", "Ủy viên Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội"),
 P("Huỳnh Văn Mười", "tổ trưởng tổ cạo mủ nông trường Long Hòa"),
 P("Thị Bé Tư", "công nhân nông trường Minh Thạnh"),
 P("Trần Văn Hải", "Tổng Giám đốc Công ty TNHH MTV Cao su Dầu Tiếng"),
 P("Nguyễn Văn Sáu", "Chủ tịch công đoàn nông trường Thanh An")],
[Q("Hơn 250 cử tri", 250, "cử tri", "over"), Q("8 luật", 8, "luật"), Q("14 nghị quyết", 14, "nghị quyết"),
 Q("khoảng 5 triệu đồng", 5000000, "đồng", "approx"), Q("19 người", 19, "người"), Q("11 người", 11, "người"),
 Q("126 ha", 126, "ha"), Q("6 km", 6, "km"), Q("gần 12 tỷ đồng", 12000000000, "đồng", "approx"),
 Q("80 căn hộ nhà ở xã hội", 80, "căn hộ nhà ở xã hội")],
[D("Quyết định", "1340", "QĐ-UBND", "2015-05-28", "UBND tỉnh", "Quyết định số 1340/QĐ-UBND ngày 28/5/2015"),
 D("Nghị định", "60", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 60/2013/NĐ-CP")],
[prov("Bình Dương"), com("Dầu Tiếng"), com("Minh Hòa"), com("Minh Tân")],
["Báo Bình Dương Online", "Thời sự > Bầu cử - Quốc hội", "(BDO)", "Luật Quản lý, sử dụng tài sản công", "Luật Trợ giúp pháp lý",
 "Bộ luật Lao động", "Chủ tịch công đoàn nông trường Thanh An Nguyễn Văn Sáu phát biểu ý kiến. Ảnh: H.T"],
["Chủ nhật, 10/12/2017 | 18:20", "kỳ họp thứ 4", "khóa XIV", "50 tuổi", "năm 2017"]))

PAGES.append(page("b6519-nghean-nghiadan-giaoban-thang9-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NGHĨA ĐÀN - NGHỆ AN
Tin tức | Hoạt động của Huyện ủy
Đăng ngày 05 tháng 10 năm 2018
Nghĩa Đàn giao ban công tác dân vận tháng 9
Ngày 4/10, Ban Dân vận Huyện ủy Nghĩa Đàn tổ chức giao ban công tác dân vận tháng 9/2018 với khối dân vận huyện, các đồng chí trưởng khối dân vận xã, thị trấn và bí thư đảng ủy các công ty cà phê, cao su đóng trên địa bàn. Đồng chí Vi Văn Thắm, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy chủ trì.
Tháng 9, tình hình an ninh nông thôn vùng Phủ Quỳ cơ bản ổn định. Tuy nhiên, việc giá mủ cao su thấp khiến một số hộ nhận khoán của Công ty TNHH MTV Cao su Nghệ An ở xã Nghĩa Lâm, Nghĩa Sơn bỏ vườn cây, đi làm thuê; có 3 vụ người dân tụ tập tại trụ sở nông trường đề nghị giảm sản lượng khoán. Ban Dân vận Huyện ủy đã phối hợp với Công đoàn công ty đối thoại, giải quyết xong 2 vụ.
Khối dân vận đã tham mưu Ban Thường vụ Huyện ủy sơ kết 3 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; hướng dẫn 24 xã, thị trấn đăng ký mô hình "Dân vận khéo" năm 2019. Trong tháng, Ủy ban MTTQ và các đoàn thể vận động nhân dân hiến 4.300 m2 đất, đóng góp hơn 1,35 tỷ đồng làm 5,2 km đường giao thông nông thôn ở xã Nghĩa Hội và xã Nghĩa Lợi.
Phát biểu tại hội nghị, đồng chí Hoàng Thị Hường, HUV, Chủ tịch Hội Liên hiệp Phụ nữ huyện, cho biết Hội đã phối hợp với Công ty cổ phần Cà phê Tây Hiếu hỗ trợ 32 hội viên là vợ công nhân vay vốn trồng gừng, chăn nuôi dưới tán cà phê. Đồng chí Lữ Văn Phong, Bí thư Đảng ủy Công ty TNHH MTV Cao su Nghệ An, đề nghị chính quyền các xã phối hợp ngăn chặn tình trạng trộm cắp mủ, phá vườn cây.
Kết luận giao ban, đồng chí Vi Văn Thắm yêu cầu tháng 10 các xã tập trung triển khai kế hoạch số 78-KH/HU của Huyện ủy về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2018; hoàn thành việc rà soát người có uy tín theo Quyết định 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ; tổ chức đối thoại giữa chủ tịch UBND xã với người dân ở những nơi có đơn thư liên quan đất nông trường.
Đồng chí giao Văn phòng Huyện ủy và Ban Dân vận xây dựng báo cáo chuyên đề về tình hình tư tưởng của công nhân nông nghiệp, trình Ban Thường vụ Huyện ủy trong quý IV.
Cũng tại buổi giao ban, các đại biểu nghe đồng chí Nguyễn Đình Lâm, Phó Trưởng Ban Dân vận Huyện ủy, quán triệt Quy chế phối hợp số 04-QC/BDV-CĐCS giữa Ban Dân vận Huyện ủy với Công đoàn các công ty nông nghiệp.
Phan Hiền - Ban Dân vận Huyện ủy
Các tin khác
- Nghĩa Đàn: Hội nghị người có uy tín năm 2018 (21/09/2018)
- Tây Hiếu vận động hiến đất mở đường (10/09/2018)
- Đảng ủy Công ty Cao su Nghệ An học tập chuyên đề năm 2018 (28/08/2018)
""", "2018-10-05", "Nghĩa Đàn giao ban công tác dân vận tháng 9",
E("giao_ban", "2018-09", "2018-10-04"),
[P("Vi Văn Thắm", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hoàng Thị Hường", "HUV", "Chủ tịch Hội Liên hiệp Phụ nữ huyện"),
 P("Lữ Văn Phong", "Bí thư Đảng ủy Công ty TNHH MTV Cao su Nghệ An"),
 P("Nguyễn Đình Lâm", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("3 vụ", 3, "vụ"), Q("2 vụ", 2, "vụ"), Q("24 xã, thị trấn", 24, "xã, thị trấn"), Q("4.300 m2", 4300, "m2"),
 Q("hơn 1,35 tỷ đồng", 1350000000, "đồng", "over"), Q("5,2 km", 5.2, "km"), Q("32 hội viên", 32, "hội viên")],
[D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW"),
 D("Kế hoạch", "78", "KH/HU", None, "Huyện ủy", "kế hoạch số 78-KH/HU"),
 D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Quy chế phối hợp", "04", "QC/BDV-CĐCS", None, None, "Quy chế phối hợp số 04-QC/BDV-CĐCS")],
[prov("Nghệ An"), com("Nghĩa Lâm"), com("Nghĩa Sơn"), com("Nghĩa Hội"), com("Nghĩa Lợi")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NGHĨA ĐÀN - NGHỆ AN", "Tin tức | Hoạt động của Huyện ủy", "Dân vận khéo",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Phủ Quỳ"],
["Đăng ngày 05 tháng 10 năm 2018", "tháng 9/2018", "Tháng 9", "3 năm", "năm 2019", "tháng 10", "năm 2018", "quý IV"]))

PAGES.append(page("b6520-dongnai-bdv-baocao-quy3-caosu-2018", """
Báo Đồng Nai điện tử
Hôm nay: Thứ Năm, 18/10/2018
Chính trị > Xây dựng Đảng
17.10.2018 | 10:20
Công nhân cao su yên tâm bám vườn cây
Ngày 15-10, Ban Dân vận Tỉnh ủy có Báo cáo số 212-BC/BDVTU gửi Thường trực Tỉnh ủy về kết quả công tác dân vận quý III năm 2018, trong đó dành một phần đánh giá tình hình tư tưởng, đời sống công nhân các doanh nghiệp cao su trên địa bàn tỉnh.
Theo báo cáo, quý III, Tổng công ty Cao su Đồng Nai và các công ty cao su địa phương có khoảng 12.500 công nhân trực tiếp, trong đó công nhân cạo mủ chiếm trên 70%. Giá mủ cao su tăng nhẹ so với quý trước nên thu nhập bình quân đạt khoảng 6,9 triệu đồng/người/tháng; tư tưởng công nhân cơ bản ổn định, không xảy ra tranh chấp lao động tập thể.
Thực hiện Chỉ thị 16, 17-CT/TU của Ban Thường vụ Tỉnh ủy, các cấp ủy cơ sở đã phối hợp với doanh nghiệp tổ chức 27 cuộc đối thoại tại nơi làm việc; tiếp nhận 64 kiến nghị của người lao động, đã giải quyết 59 kiến nghị. Hội đồng hương Nghệ An, Thanh Hóa tại các nông trường được phát huy vai trò trong vận động công nhân chấp hành nội quy.
Các doanh nghiệp cao su đã đóng góp 4,6 tỷ đồng xây dựng nông thôn mới tại các xã Xuân Tây, Sông Ray, Hàng Gòn; trao 35 "Nhà mái ấm công đoàn"; hỗ trợ 1.200 suất học bổng cho con em công nhân vào năm học mới. Đáng chú ý, mô hình "Nông trường chung tay cùng xã nông thôn mới" của Nông trường cao su Cẩm Mỹ đã được Ban Dân vận Trung ương biểu dương.
Báo cáo cũng nêu, còn 4 vụ việc lấn chiếm đất vườn cây ở xã Xuân Đông chưa được xử lý; một số hộ công nhân nghỉ hưu chưa có đất ở. Ở một vài nông trường, việc công khai đơn giá tiền lương, định mức khoán chưa kịp thời khiến công nhân thắc mắc; hoạt động của tổ dân vận ở khu dân cư tập trung của công nhân còn mờ nhạt. Ban Dân vận Tỉnh ủy đề xuất Thường trực Tỉnh ủy chỉ đạo UBND tỉnh sớm giải quyết theo Nghị định số 118/2014/NĐ-CP của Chính phủ về sắp xếp, đổi mới công ty nông, lâm nghiệp.
Bà Nguyễn Thị Hoàng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, cho biết quý IV, Ban sẽ phối hợp với Đảng ủy Khối doanh nghiệp tỉnh khảo sát việc thực hiện Quy chế dân chủ tại 6 công ty cao su; tham mưu sơ kết 5 năm thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của BCH Trung ương khóa XI.
Ông Đinh Quang Tuấn, Phó Bí thư Thường trực Đảng ủy Tổng công ty Cao su Đồng Nai, nhấn mạnh: "Giữ được công nhân là giữ được vườn cây. Chúng tôi xác định làm tốt công tác dân vận trong doanh nghiệp cũng là làm tốt sản xuất".
Thanh Sơn
Tin liên quan
- Cẩm Mỹ: Nông trường chung tay xây dựng nông thôn mới (10/10/2018)
- Tổng công ty Cao su Đồng Nai đối thoại với công nhân (28/09/2018)
- Xuân Lộc: Sơ kết 5 năm Nghị quyết 25 của Trung ương (20/09/2018)
""", "2018-10-17", "Công nhân cao su yên tâm bám vườn cây",
E("bao_cao", "2018-Q3", "2018-10-15"),
[P("Nguyễn Thị Hoàng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Quang Tuấn", "Phó Bí thư Thường trực Đảng ủy Tổng công ty Cao su Đồng Nai")],
[Q("khoảng 12.500 công nhân trực tiếp", 12500, "công nhân trực tiếp", "approx"), Q("trên 70%", 70, "%", "over"),
 Q("khoảng 6,9 triệu đồng", 6900000, "đồng", "approx"), Q("27 cuộc đối thoại", 27, "cuộc đối thoại"),
 Q("64 kiến nghị", 64, "kiến nghị"), Q("59 kiến nghị", 59, "kiến nghị"), Q("4,6 tỷ đồng", 4600000000, "đồng"),
 Q('35 "Nhà mái ấm công đoàn"', 35, "Nhà mái ấm công đoàn"), Q("1.200 suất học bổng", 1200, "suất học bổng"),
 Q("4 vụ việc lấn chiếm đất vườn cây", 4, "vụ việc lấn chiếm đất vườn cây"), Q("6 công ty cao su", 6, "công ty cao su")],
[D("Báo cáo", "212", "BC/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Báo cáo số 212-BC/BDVTU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 16, 17-CT/TU"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 16, 17-CT/TU"),
 D("Nghị định", "118", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 118/2014/NĐ-CP"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013")],
[prov("Đồng Nai"), com("Xuân Tây"), com("Sông Ray"), com("Hàng Gòn"), com("Xuân Đông")],
["Báo Đồng Nai điện tử", "Chính trị > Xây dựng Đảng", "Nông trường chung tay cùng xã nông thôn mới", "Nhà mái ấm công đoàn",
 "Nông trường cao su Cẩm Mỹ", "Giữ được công nhân là giữ được vườn cây."],
["Hôm nay: Thứ Năm, 18/10/2018", "17.10.2018 | 10:20", "quý III năm 2018", "quý III", "quý IV", "5 năm", "khóa XI"]))
