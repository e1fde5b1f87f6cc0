from lib import *
PAGES = []

PAGES.append(page("b533-hagiang-hnd-soket-2014", """
HỘI NÔNG DÂN TỈNH HÀ GIANG
Trang chủ >> Tin hoạt động >> Phong trào nông dân
Thứ Sáu, 11/07/2014 - 08:30
Toàn cảnh hội nghị sơ kết.
Hội Nông dân tỉnh sơ kết công tác Hội 6 tháng đầu năm 2014
Ngày 9/7, Hội Nông dân tỉnh Hà Giang tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2014.
Dự hội nghị có đồng chí Vàng Thị Mai, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lù Văn Sính, Chủ tịch Hội Nông dân tỉnh; các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Sùng Mí Chơ, Hoàng Văn Thào cùng 64 đại biểu là cán bộ chủ chốt Hội Nông dân các huyện, thành phố.
Đồng chí Vàng Thị Mai phát biểu chỉ đạo hội nghị. Ảnh: Minh Tâm
Sáu tháng qua, các cấp Hội đã bám sát Chỉ thị 59-CT/TW của Bộ Chính trị về "Tiếp tục phát huy vai trò của giai cấp nông dân" và Kết luận 61-KL/TW của Ban Bí thư về Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam tham gia phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam". Thực hiện Kế hoạch số 14-KH/HND ngày 10/01/2014 của Ban Thường vụ Hội Nông dân tỉnh, toàn tỉnh kết nạp mới 2.315 hội viên, nâng tổng số hội viên lên 132.460 hội viên.
Phong trào nông dân thi đua sản xuất, kinh doanh giỏi có 18.742 hộ đăng ký, tăng 6% so với cùng kỳ. Quỹ Hỗ trợ nông dân các cấp giải ngân hơn 4,2 tỷ đồng cho 310 hộ vay phát triển chăn nuôi bò, dê và trồng chè Shan tuyết. Hội phối hợp tổ chức 146 lớp tập huấn chuyển giao khoa học kỹ thuật cho 7.830 lượt hội viên; cung ứng 95 tấn phân bón trả chậm.
Tại xã Lũng Cú và xã Sủng Là, các chi hội vận động nông dân hiến 3.400 m2 đất làm đường bê tông nông thôn. Ông Giàng Mí Súa, hội viên thôn Lô Lô Chải, chia sẻ: "Dân làm, Nhà nước hỗ trợ xi măng, đường đi vào bản bây giờ xe máy chạy được cả mùa mưa".
Phát biểu tại hội nghị, đồng chí Trưởng Ban Dân vận Tỉnh ủy đề nghị các cấp Hội tiếp tục thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", làm tốt vai trò "4 nhà" trong liên kết sản xuất; tập trung 6 tháng cuối năm 2014 phấn đấu thành lập thêm 12 tổ hợp tác.
Minh Tâm
Lượt xem: 527
Tin liên quan
- Hội Nông dân huyện Đồng Văn tập huấn kỹ thuật trồng chè
- Nông dân Mèo Vạc thi đua làm giàu trên đá
- Ra mắt mô hình chăn nuôi bò vỗ béo tại Yên Minh
- Quỹ Hỗ trợ nông dân tỉnh giải ngân vốn đợt I/2014
- Hội Nông dân xã Tùng Vài vận động hội viên trồng cỏ nuôi bò
- Nông dân Hoàng Su Phì làm du lịch cộng đồng trên ruộng bậc thang
- Hội thi "Nhà nông đua tài" cấp tỉnh năm 2014
- Bắc Quang: Hiệu quả mô hình trồng cam sành theo hướng VietGAP
""", "2014-07-11", "Hội Nông dân tỉnh sơ kết công tác Hội 6 tháng đầu năm 2014",
E("so_ket", "2014-H1", "2014-07-09"),
[P("Vàng Thị Mai", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lù Văn Sính", "Chủ tịch Hội Nông dân tỉnh"),
 P("Sùng Mí Chơ", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Hoàng Văn Thào", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Giàng Mí Súa", "hội viên thôn Lô Lô Chải")],
[Q("64 đại biểu", 64, "đại biểu"),
 Q("2.315 hội viên", 2315, "hội viên"),
 Q("132.460 hội viên", 132460, "hội viên"),
 Q("18.742 hộ", 18742, "hộ"),
 Q("tăng 6%", 6, "%"),
 Q("hơn 4,2 tỷ đồng", 4200000000, "đồng", "over"),
 Q("310 hộ vay", 310, "hộ vay"),
 Q("146 lớp tập huấn", 146, "lớp tập huấn"),
 Q("7.830 lượt hội viên", 7830, "lượt hội viên"),
 Q("95 tấn", 95, "tấn"),
 Q("3.400 m2", 3400, "m2"),
 Q("12 tổ hợp tác", 12, "tổ hợp tác")],
[D("Chỉ thị", "59", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 59-CT/TW"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW"),
 D("Kế hoạch", "14", "KH/HND", "2014-01-10", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 14-KH/HND")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sủng Là")],
["HỘI NÔNG DÂN TỈNH HÀ GIANG", "Trang chủ >> Tin hoạt động >> Phong trào nông dân", "Toàn cảnh hội nghị sơ kết.",
 "Đồng chí Vàng Thị Mai phát biểu chỉ đạo hội nghị. Ảnh: Minh Tâm", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Tiếp tục phát huy vai trò của giai cấp nông dân", "thôn Lô Lô Chải", "Lượt xem: 527"],
["Thứ Sáu, 11/07/2014 - 08:30", "6 tháng đầu năm", "6 tháng cuối năm 2014", "\"4 nhà\"", "Lượt xem: 527"]))

PAGES.append(page("b534-nghean-mttq-tongket-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN
Hôm nay: Thứ Hai, 12/01/2015
Trang chủ | Hoạt động Mặt trận | Tin tức - Sự kiện
Cập nhật: 15:10, 09/01/2015 (GMT+7)
Triển khai nhiệm vụ công tác Mặt trận năm 2015
Sáng 8/1, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Nghệ An tổ chức hội nghị tổng kết công tác Mặt trận năm 2014, triển khai chương trình phối hợp và thống nhất hành động năm 2015.
Các đại biểu dự hội nghị. Ảnh: Hải Yến
Tham dự có đồng chí Hồ Đức Lâm, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Nguyễn Thị Hoài Thu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lô Văn Khánh, Phó Chủ tịch UBND tỉnh. Chủ trì hội nghị có đồng chí Võ Hồng Quang, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và các đồng chí Lương Thị Hảo, Trần Văn Đạt - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Năm 2014, các cấp Mặt trận tiếp tục triển khai Nghị quyết liên tịch số 09/NQLT-CP-UBTWMTTQVN của Chính phủ và Ủy ban Trung ương MTTQ Việt Nam; Quyết định 1637/QĐ-UBND ngày 22/4/2014 của UBND tỉnh về huy động nguồn lực hỗ trợ hộ nghèo làm nhà ở. Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" có 91% hộ gia đình đạt danh hiệu gia đình văn hóa.
Quỹ "Vì người nghèo" các cấp tiếp nhận hơn 28,6 tỷ đồng. Từ nguồn quỹ, Mặt trận các cấp đã xây mới 1.126 nhà Đại đoàn kết, sửa chữa 385 nhà, mỗi nhà hỗ trợ từ 20 đến 30 triệu đồng; trao 4.500 suất học bổng cho học sinh nghèo vượt khó. Trong đợt Tết Nguyên đán, toàn tỉnh tặng 52.300 suất quà cho hộ nghèo, hộ cận nghèo.
Công tác giám sát và phản biện xã hội được chú trọng; Ủy ban MTTQ tỉnh chủ trì 7 cuộc giám sát chuyên đề, tiếp nhận 1.340 ý kiến, kiến nghị của cử tri ở xã Châu Hạnh, xã Tam Hợp và các địa phương miền tây.
Hội nghị khen thưởng 14 tập thể, 22 cá nhân có thành tích xuất sắc. Năm 2015, Mặt trận các cấp phấn đấu xóa cơ bản nhà tạm cho hộ nghèo, hướng tới Đại hội Đảng bộ các cấp nhiệm kỳ 2015 - 2020.
Các đại biểu cũng thảo luận cách làm để nâng cao chất lượng hoạt động của Ban công tác Mặt trận ở khu dân cư, nhất là ở các bản vùng cao biên giới.
Hải Yến
Số lượt đọc: 1.208
Các tin khác
- Ủy ban MTTQ huyện Quỳ Châu trao nhà Đại đoàn kết
- Nghệ An ra quân Tháng cao điểm "Vì người nghèo"
- Mặt trận Thành phố Vinh giám sát thực hiện dân chủ cơ sở
- Tặng quà Tết cho đồng bào dân tộc thiểu số huyện Kỳ Sơn
- Hội nghị hiệp thương giới thiệu người ứng cử
- Mặt trận xã Nghi Phong ra mắt mô hình "Khu dân cư tự quản"
- Đồng bào Công giáo Diễn Châu chung tay xây dựng nông thôn mới
- Trao tặng bò giống cho hộ nghèo huyện Tương Dương
- Ban Thanh tra nhân dân phát huy vai trò giám sát ở cơ sở
- Nghệ An: Hơn 300 cán bộ Mặt trận cơ sở được bồi dưỡng nghiệp vụ
""", "2015-01-09", "Triển khai nhiệm vụ công tác Mặt trận năm 2015",
E("tong_ket", "2014", "2015-01-08"),
[P("Hồ Đức Lâm", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Nguyễn Thị Hoài Thu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lô Văn Khánh", "Phó Chủ tịch UBND tỉnh"),
 P("Võ Hồng Quang", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lương Thị Hảo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Đạt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("91% hộ gia đình", 91, "%"),
 Q("hơn 28,6 tỷ đồng", 28600000000, "đồng", "over"),
 Q("1.126 nhà Đại đoàn kết", 1126, "nhà Đại đoàn kết"),
 Q("385 nhà", 385, "nhà"),
 Q("từ 20 đến 30 triệu đồng", 20000000, "đồng"),
 Q("đến 30 triệu đồng", 30000000, "đồng"),
 Q("4.500 suất học bổng", 4500, "suất học bổng"),
 Q("52.300 suất quà", 52300, "suất quà"),
 Q("7 cuộc giám sát", 7, "cuộc giám sát"),
 Q("1.340 ý kiến", 1340, "ý kiến"),
 Q("14 tập thể", 14, "tập thể"),
 Q("22 cá nhân", 22, "cá nhân")],
[D("Nghị quyết liên tịch", "09", "NQLT-CP-UBTWMTTQVN", None, "Chính phủ và Ủy ban Trung ương MTTQ Việt Nam", "Nghị quyết liên tịch số 09/NQLT-CP-UBTWMTTQVN"),
 D("Quyết định", "1637", "QĐ-UBND", "2014-04-22", "UBND tỉnh", "Quyết định 1637/QĐ-UBND")],
[prov("Nghệ An"), com("Châu Hạnh"), com("Tam Hợp")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN", "Trang chủ | Hoạt động Mặt trận | Tin tức - Sự kiện",
 "Các đại biểu dự hội nghị. Ảnh: Hải Yến", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo",
 "Số lượt đọc: 1.208"],
["Hôm nay: Thứ Hai, 12/01/2015", "Cập nhật: 15:10, 09/01/2015 (GMT+7)", "nhiệm kỳ 2015 - 2020", "Số lượt đọc: 1.208"]))

PAGES.append(page("b535-thanhhoa-ccb-giaoban-q3-2016", """
HỘI CỰU CHIẾN BINH TỈNH THANH HÓA
Bạn đang ở: Trang chủ › Hoạt động Hội › Tin tức
08:15 | 06/10/2016
Hội CCB tỉnh giao ban công tác Hội quý III
Ngày 5/10, Thường trực Hội Cựu chiến binh tỉnh Thanh Hóa tổ chức hội nghị giao ban công tác Hội quý III năm 2016, triển khai nhiệm vụ quý IV.
Đại tá Lê Xuân Thưởng, Chủ tịch Hội CCB tỉnh, phát biểu kết luận hội nghị.
Dự hội nghị có Đại tá Lê Xuân Thưởng, Chủ tịch Hội CCB tỉnh; các đồng chí Phó Chủ tịch Hội CCB tỉnh: Thượng tá Phạm Văn Nghĩa, Trung tá Hà Văn Biên; đồng chí Lê Thị Sen, Phó Trưởng Ban Dân vận Tỉnh ủy cùng 31 đồng chí Chủ tịch Hội CCB các huyện, thị xã, thành phố và Hội CCB khối cơ quan.
Trong quý III, các cấp Hội tổ chức học tập, quán triệt Nghị quyết Đại hội XII của Đảng; triển khai Hướng dẫn 41, 42-HD/CCB của Ban Thường vụ Hội CCB tỉnh về đẩy mạnh phong trào "Cựu chiến binh gương mẫu" và tham gia xây dựng nông thôn mới. Toàn tỉnh kết nạp 428 hội viên mới; 27 chi hội được thành lập thêm ở các cơ quan, doanh nghiệp.
Phong trào "CCB giúp nhau giảm nghèo" tiếp tục lan tỏa: quỹ hội các cấp đạt 36,8 tỷ đồng, giúp 215 hộ hội viên thoát nghèo. Hội CCB phối hợp Ngân hàng Chính sách xã hội quản lý dư nợ ủy thác hơn 512 tỷ đồng qua 486 tổ tiết kiệm và vay vốn. Ông Hà Văn Lứ, hội viên xã Thành Sơn, huyện Bá Thước được tặng giấy khen vì mô hình trang trại nuôi 1.200 con gà đồi.
Hội nghị cũng thông qua dự thảo Kế hoạch số 19-KH/CCB ngày 28/9/2016 tổ chức kỷ niệm ngày truyền thống. Phát biểu kết luận, đồng chí Chủ tịch Hội CCB tỉnh đề nghị các cấp Hội giữ vững "4 tốt" trong xây dựng tổ chức, phấn đấu đến cuối năm 100% chi hội có quỹ hội, có thêm ít nhất 9 xã có Hội CCB đạt "trong sạch vững mạnh".
Tại hội nghị, đại biểu các huyện miền núi phản ánh khó khăn trong sinh hoạt chi hội ở những thôn, bản xa trung tâm; đề nghị Thường trực Hội CCB tỉnh sớm hướng dẫn việc quản lý hội viên là người đi làm ăn xa. Nhiều ý kiến đề xuất nhân rộng mô hình tổ hòa giải có cựu chiến binh làm nòng cốt.
Thu Trang
Lượt xem: 356
Tin cùng chuyên mục
- Hội CCB huyện Ngọc Lặc ra mắt mô hình "Khu dân cư không có tội phạm"
- Hội CCB thành phố Thanh Hóa tổ chức hội thao
- Gặp mặt cựu chiến binh đoàn 559
- CCB Quan Hóa giúp nhau xây dựng nhà tình nghĩa
- Hội CCB tỉnh tổng kết 10 năm thực hiện Pháp lệnh Cựu chiến binh
- Cựu chiến binh Như Xuân làm kinh tế giỏi từ cây mía
- Hội CCB huyện Hoằng Hóa tặng 20 suất quà cho hội viên khó khăn
- Khai mạc lớp bồi dưỡng nghiệp vụ công tác Hội năm 2016
- Doanh nhân cựu chiến binh tỉnh Thanh Hóa gặp mặt đầu xuân
- CCB Tĩnh Gia tham gia giải phóng mặt bằng khu kinh tế Nghi Sơn
- Đoàn đại biểu Hội CCB tỉnh thăm chiến trường xưa tại Quảng Trị
""", "2016-10-06", "Hội CCB tỉnh giao ban công tác Hội quý III",
E("giao_ban", "2016-Q3", "2016-10-05"),
[P("Lê Xuân Thưởng", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Phạm Văn Nghĩa", "Phó Chủ tịch Hội CCB tỉnh", "Thượng tá"),
 P("Hà Văn Biên", "Phó Chủ tịch Hội CCB tỉnh", "Trung tá"),
 P("Lê Thị Sen", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Lứ", "hội viên xã Thành Sơn")],
[Q("31 đồng chí", 31, "đồng chí"),
 Q("428 hội viên mới", 428, "hội viên"),
 Q("27 chi hội", 27, "chi hội"),
 Q("36,8 tỷ đồng", 36800000000, "đồng"),
 Q("215 hộ hội viên", 215, "hộ hội viên"),
 Q("hơn 512 tỷ đồng", 512000000000, "đồng", "over"),
 Q("486 tổ tiết kiệm và vay vốn", 486, "tổ tiết kiệm và vay vốn"),
 Q("1.200 con gà", 1200, "con gà"),
 Q("100% chi hội", 100, "%"),
 Q("9 xã", 9, "xã", "over")],
[D("Hướng dẫn", "41", "HD/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Hướng dẫn 41, 42-HD/CCB"),
 D("Hướng dẫn", "42", "HD/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Hướng dẫn 41, 42-HD/CCB"),
 D("Kế hoạch", "19", "KH/CCB", "2016-09-28", None, "Kế hoạch số 19-KH/CCB")],
[prov("Thanh Hóa"), com("Thành Sơn")],
["HỘI CỰU CHIẾN BINH TỈNH THANH HÓA", "Bạn đang ở: Trang chủ › Hoạt động Hội › Tin tức",
 "Đại tá Lê Xuân Thưởng, Chủ tịch Hội CCB tỉnh, phát biểu kết luận hội nghị.", "Cựu chiến binh gương mẫu",
 "CCB giúp nhau giảm nghèo", "Ngân hàng Chính sách xã hội", "Lượt xem: 356"],
["08:15 | 06/10/2016", "31 đồng chí", "Đại hội XII", "\"4 tốt\"", "quý IV", "Lượt xem: 356"]))

PAGES.append(page("b536-binhdinh-doan-taphuan-2017", """
TỈNH ĐOÀN BÌNH ĐỊNH - CỔNG THÔNG TIN TUỔI TRẺ ĐẤT VÕ
Trang chủ » Hoạt động Đoàn » Công tác cán bộ
20/05/2017 - 16:40
Anh Trần Quốc Khánh phát biểu khai mạc lớp học. Ảnh: Tường Vi
Bồi dưỡng nghiệp vụ cho 180 cán bộ Đoàn cơ sở
Trong 2 ngày 18 và 19/5, Ban Thường vụ Tỉnh đoàn Bình Định tổ chức lớp tập huấn nghiệp vụ công tác Đoàn và phong trào thanh thiếu nhi năm 2017 cho 180 học viên là Bí thư, Phó Bí thư Đoàn các xã, phường, thị trấn.
Dự khai mạc có anh Trần Quốc Khánh, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn; chị Huỳnh Thị Kim Oanh, Phó Trưởng Ban Dân vận Tỉnh ủy; các anh Phó Bí thư Tỉnh đoàn: Lê Minh Hưng, Đinh Văn Thới.
Lớp học triển khai Kế hoạch 52, 53-KH/TĐTN của Ban Thường vụ Tỉnh đoàn về thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ. Học viên được nghe 4 chuyên đề: kỹ năng tổ chức sinh hoạt chi đoàn, công tác dân vận của Đoàn, kỹ năng nắm bắt tình hình thanh niên trên không gian mạng và hướng dẫn triển khai phong trào "Thanh niên tình nguyện".
Báo cáo tại lớp học cho biết, 4 tháng đầu năm, toàn tỉnh có 96 chi đoàn được củng cố, kết nạp 1.450 đoàn viên mới. Các cơ sở Đoàn ra quân "Ngày thứ Bảy tình nguyện" với 1.200 lượt đoàn viên tham gia, làm mới 15 công trình thanh niên trị giá hơn 350 triệu đồng, đóng góp 3.400 ngày công làm đường giao thông nông thôn.
Tại huyện An Lão, Đoàn xã An Toàn vận động đoàn viên người Bahnar giúp 22 hộ nghèo dọn vườn, làm chuồng trại. Chị Đinh Thị Hờ, Bí thư Đoàn xã An Toàn, cho biết: "Thanh niên làng đi trước, bà con thấy được thì làm theo, không cần nói nhiều". Anh Đinh Văn Y, đoàn viên làng 5, được biểu dương tại lớp học.
Trong thời gian tập huấn, học viên được chia nhóm thảo luận, thực hành xây dựng kế hoạch tổ chức hoạt động tình nguyện, xử lý các tình huống thường gặp khi vận động thanh niên dân tộc thiểu số tham gia sinh hoạt Đoàn. Nhiều học viên cho rằng nội dung sát thực tế, giúp cán bộ Đoàn mới được bầu tự tin hơn trong công việc.
Bế mạc lớp tập huấn, anh Trần Quốc Khánh đề nghị mỗi học viên sau khóa học xây dựng ít nhất 1 mô hình "Dân vận khéo" trong thanh niên; Tỉnh đoàn sẽ hỗ trợ kinh phí 5 triệu đồng cho mỗi mô hình được lựa chọn.
Tường Vi
Lượt xem: 742
Tin liên quan
- Tỉnh đoàn Bình Định phát động Tháng Thanh niên năm 2017
- Tuổi trẻ Hoài Nhơn ra quân chiến dịch tình nguyện hè
- Hội thi Bí thư chi đoàn giỏi khu vực miền núi
- Tuổi trẻ Quy Nhơn hiến máu tình nguyện
- Trao 50 suất học bổng "Tiếp sức đến trường"
- Đoàn khối doanh nghiệp tỉnh tổ chức ngày hội việc làm
""", "2017-05-20", "Bồi dưỡng nghiệp vụ cho 180 cán bộ Đoàn cơ sở",
E("tap_huan", "2017", "2017-05-18"),
[P("Trần Quốc Khánh", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Huỳnh Thị Kim Oanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Minh Hưng", "Phó Bí thư Tỉnh đoàn"),
 P("Đinh Văn Thới", "Phó Bí thư Tỉnh đoàn"),
 P("Đinh Thị Hờ", "Bí thư Đoàn xã An Toàn"),
 P("Đinh Văn Y", "đoàn viên làng 5")],
[Q("180 cán bộ Đoàn cơ sở", 180, "cán bộ Đoàn cơ sở"),
 Q("4 chuyên đề", 4, "chuyên đề"),
 Q("96 chi đoàn", 96, "chi đoàn"),
 Q("1.450 đoàn viên mới", 1450, "đoàn viên"),
 Q("1.200 lượt đoàn viên", 1200, "lượt đoàn viên"),
 Q("15 công trình thanh niên", 15, "công trình thanh niên"),
 Q("hơn 350 triệu đồng", 350000000, "đồng", "over"),
 Q("3.400 ngày công", 3400, "ngày công"),
 Q("22 hộ nghèo", 22, "hộ nghèo"),
 Q("5 triệu đồng", 5000000, "đồng")],
[D("Kế hoạch", "52", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 52, 53-KH/TĐTN"),
 D("Kế hoạch", "53", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 52, 53-KH/TĐTN"),
 D("Chỉ thị", "42", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 42-CT/TW")],
[prov("Bình Định"), com("An Toàn")],
["TỈNH ĐOÀN BÌNH ĐỊNH - CỔNG THÔNG TIN TUỔI TRẺ ĐẤT VÕ", "Trang chủ » Hoạt động Đoàn » Công tác cán bộ",
 "Anh Trần Quốc Khánh phát biểu khai mạc lớp học. Ảnh: Tường Vi", "Thanh niên tình nguyện", "Ngày thứ Bảy tình nguyện",
 "Dân vận khéo", "làng 5", "Lượt xem: 742"],
["20/05/2017 - 16:40", "2 ngày 18 và 19/5", "4 tháng đầu năm", "làng 5", "ít nhất 1 mô hình", "Lượt xem: 742"]))

PAGES.append(page("b537-daknong-bdv-danvankheo-2018", """
BAN DÂN VẬN TỈNH ỦY ĐẮK NÔNG
Trang chủ :: Tin tức - Sự kiện :: Dân vận khéo
Đăng lúc: 14:30 ngày 14/09/2018
Biểu dương 48 tập thể, 62 cá nhân điển hình "Dân vận khéo"
Sáng 13/9, tại thị xã Gia Nghĩa, Ban Dân vận Tỉnh ủy Đắk Nông tổ chức hội nghị biểu dương điển hình "Dân vận khéo" năm 2018, gắn với sơ kết 3 năm thực hiện Kết luận 114-KL/TW của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp.
Đồng chí Điểu Thị Hương trao Giấy khen cho các tập thể. Ảnh: Ngọc Hân
Dự hội nghị có đồng chí Trương Văn Định, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Điểu Thị Hương, TUV, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Lê Văn Hòa, H'Linh Niê - Phó Trưởng Ban Dân vận Tỉnh ủy.
Theo báo cáo, thực hiện Quyết định 290-QĐ/TW của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị và Kế hoạch số 108-KH/TU ngày 15/3/2016 của Tỉnh ủy, toàn tỉnh đã đăng ký 256 mô hình "Dân vận khéo", trong đó 137 mô hình trên lĩnh vực kinh tế. Qua các mô hình, nhân dân hiến 12.400 m2 đất, góp hơn 1,3 tỷ đồng và 5.800 ngày công làm mới 18,5 km đường giao thông nông thôn.
Tiêu biểu là mô hình "Đồng bào M'nông giữ rừng" ở xã Quảng Trực. Ông Điểu Mưu, già làng bon Bu Sốp, được tín nhiệm bầu làm Trưởng ban công tác Mặt trận bon từ năm 2012, đã vận động 41 hộ ký cam kết không phá rừng, không di cư tự do. Ở xã Đắk Wil, Trung tá Y Khoa Bkrông, Đồn trưởng Đồn Biên phòng Đắk Wil, cùng cán bộ đồn nhận đỡ đầu 16 học sinh nghèo.
Hội nghị trao Giấy khen của Ban Dân vận Tỉnh ủy cho 48 tập thể, 62 cá nhân. Kết luận hội nghị, đồng chí Trương Văn Định yêu cầu cấp ủy các cấp tiếp tục thực hiện phương châm "dân biết, dân bàn, dân làm, dân kiểm tra", coi phong trào thi đua "Dân vận khéo" là nhiệm vụ thường xuyên, gắn với thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Tại hội nghị, nhiều đại biểu chia sẻ kinh nghiệm vận động đồng bào dân tộc thiểu số tại chỗ và đồng bào di cư tự do ổn định cuộc sống; đề nghị các cấp ủy quan tâm hơn đến chế độ cho người có uy tín và cán bộ dân vận ở bon, buôn.
Ngọc Hân
Lượt truy cập: 1.015
Tin khác
- Đắk Song: Hiệu quả công tác vận động đồng bào dân tộc thiểu số
- Ban Dân vận Huyện ủy Tuy Đức giao ban khối dân vận quý III
- Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở
- Đắk R'lấp sơ kết thực hiện Quy chế dân chủ ở cơ sở
- Người có uy tín góp phần giữ vững an ninh vùng biên
- Cư Jút: Mô hình "Chính quyền thân thiện, vì nhân dân phục vụ"
""", "2018-09-14", 'Biểu dương 48 tập thể, 62 cá nhân điển hình "Dân vận khéo"',
E("hoi_nghi", "2018", "2018-09-13"),
[P("Trương Văn Định", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Điểu Thị Hương", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Hòa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Linh Niê", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Điểu Mưu", "già làng bon Bu Sốp", "Trưởng ban công tác Mặt trận bon"),
 P("Y Khoa Bkrông", "Trung tá", "Đồn trưởng Đồn Biên phòng Đắk Wil")],
[Q("48 tập thể", 48, "tập thể"),
 Q("62 cá nhân", 62, "cá nhân"),
 Q("256 mô hình", 256, "mô hình"),
 Q("137 mô hình", 137, "mô hình"),
 Q("12.400 m2", 12400, "m2"),
 Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"),
 Q("5.800 ngày công", 5800, "ngày công"),
 Q("18,5 km", 18.5, "km"),
 Q("41 hộ", 41, "hộ"),
 Q("16 học sinh nghèo", 16, "học sinh nghèo")],
[D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 290-QĐ/TW"),
 D("Kế hoạch", "108", "KH/TU", "2016-03-15", "Tỉnh ủy", "Kế hoạch số 108-KH/TU"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW")],
[prov("Đắk Nông"), com("Quảng Trực"), com("Đắk Wil")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK NÔNG", "Trang chủ :: Tin tức - Sự kiện :: Dân vận khéo",
 "Đồng chí Điểu Thị Hương trao Giấy khen cho các tập thể. Ảnh: Ngọc Hân", "Dân vận khéo", "Đồng bào M'nông giữ rừng",
 "bon Bu Sốp", "Đồn Biên phòng Đắk Wil", "dân biết, dân bàn, dân làm, dân kiểm tra", "Lượt truy cập: 1.015", "Gia Nghĩa"],
["Đăng lúc: 14:30 ngày 14/09/2018", "3 năm", "từ năm 2012", "Lượt truy cập: 1.015"]))

PAGES.append(page("b538-haugiang-lhpn-tongket-2019", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH HẬU GIANG
Trang chủ / Tin tức / Hoạt động Hội
18-12-2019 09:20
Các đại biểu chụp ảnh lưu niệm.
Phụ nữ Hậu Giang hoàn thành 9/9 chỉ tiêu năm 2019
Ngày 17/12, Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh Hậu Giang tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2019, triển khai phương hướng, nhiệm vụ năm 2020.
Tham dự có bà Trần Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; bà Lâm Thị Sóc Phượng, Chủ tịch Hội LHPN tỉnh; các bà Nguyễn Thị Ngọc Bích, Thạch Thị Sa Rum - Phó Chủ tịch Hội LHPN tỉnh.
Bà Lâm Thị Sóc Phượng báo cáo tổng kết năm 2019.
Năm 2019, các cấp Hội bám sát Nghị quyết 11-NQ/TW của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước và Chỉ thị 21-CT/TW của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới. Triển khai Đề án 938 của Thủ tướng Chính phủ và Kế hoạch số 45-KH/HLHPN ngày 04/3/2019 của Ban Thường vụ Hội LHPN tỉnh, toàn tỉnh hoàn thành 9/9 chỉ tiêu Đại hội giao; thu hút thêm 3.120 hội viên, đạt 104% kế hoạch.
Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" được triển khai đến 100% chi hội. Các cấp Hội giúp 862 hộ phụ nữ nghèo có địa chỉ, trong đó 314 hộ thoát nghèo; vận động xây dựng 57 "Mái ấm tình thương" với tổng trị giá hơn 2,8 tỷ đồng. Hội phối hợp tín chấp cho 14.560 lượt hội viên vay vốn với dư nợ gần 620 tỷ đồng.
Tại xã Hỏa Tiến, bà Danh Thị Nhung, hội viên ấp Thạnh Xuân, được vay 30 triệu đồng nuôi lươn, nay có thu nhập khoảng 80 triệu đồng mỗi năm. Chị Thạch Thị Sa Rum nhấn mạnh: mô hình câu lạc bộ phụ nữ Khmer ở xã Lương Nghĩa đã giúp chị em biết cách tiết kiệm, hạn chế sinh con thứ 3.
Phát biểu chỉ đạo, bà Trần Thị Thu Hà ghi nhận sự nỗ lực của các cấp Hội trong năm qua, đồng thời đề nghị năm 2020 tập trung chuẩn bị tốt đại hội Hội LHPN cấp cơ sở, làm tốt công tác phát triển hội viên trong đồng bào Khmer và phụ nữ lao động tự do; tiếp tục đồng hành cùng phụ nữ khởi nghiệp, xây dựng nông thôn mới.
Dịp này, Ban Thường vụ Hội LHPN tỉnh tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong công tác Hội và phong trào phụ nữ năm 2019.
Bảo Trân
Lượt xem: 689
Tin liên quan
- Hậu Giang: Trao 50 căn nhà "Mái ấm tình thương" cho phụ nữ nghèo
- Hội LHPN huyện Long Mỹ ra mắt tổ hợp tác may gia công
- Phụ nữ Vị Thanh hưởng ứng "Ngày hội phụ nữ khởi nghiệp"
- Tập huấn kỹ năng tuyên truyền phòng, chống mua bán người
- Hội LHPN tỉnh gặp mặt nữ doanh nhân nhân dịp 20/10
- Phụ nữ Phụng Hiệp chung tay xây dựng "Tuyến đường hoa"
""", "2019-12-18", "Phụ nữ Hậu Giang hoàn thành 9/9 chỉ tiêu năm 2019",
E("tong_ket", "2019", "2019-12-17"),
[P("Trần Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Thị Sóc Phượng", "Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Ngọc Bích", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Thạch Thị Sa Rum", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Danh Thị Nhung", "hội viên ấp Thạnh Xuân")],
[Q("9/9 chỉ tiêu", 9, "chỉ tiêu"),
 Q("3.120 hội viên", 3120, "hội viên"),
 Q("104% kế hoạch", 104, "%"),
 Q("100% chi hội", 100, "%"),
 Q("862 hộ phụ nữ nghèo", 862, "hộ phụ nữ nghèo"),
 Q("314 hộ", 314, "hộ"),
 Q('57 "Mái ấm tình thương"', 57, "Mái ấm tình thương"),
 Q("hơn 2,8 tỷ đồng", 2800000000, "đồng", "over"),
 Q("14.560 lượt hội viên", 14560, "lượt hội viên"),
 Q("gần 620 tỷ đồng", 620000000000, "đồng", "approx"),
 Q("30 triệu đồng", 30000000, "đồng"),
 Q("khoảng 80 triệu đồng", 80000000, "đồng", "approx"),
 ],
[D("Nghị quyết", "11", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 11-NQ/TW"),
 D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị 21-CT/TW"),
 D("Đề án", "938", None, None, "Thủ tướng Chính phủ", "Đề án 938"),
 D("Kế hoạch", "45", "KH/HLHPN", "2019-03-04", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 45-KH/HLHPN")],
[prov("Hậu Giang"), com("Hỏa Tiến"), com("Lương Nghĩa")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH HẬU GIANG", "Trang chủ / Tin tức / Hoạt động Hội", "Các đại biểu chụp ảnh lưu niệm.",
 "Bà Lâm Thị Sóc Phượng báo cáo tổng kết năm 2019.", "Xây dựng gia đình 5 không, 3 sạch", "ấp Thạnh Xuân",
 "Lượt xem: 689"],
["18-12-2019 09:20", "5 không, 3 sạch", "con thứ 3", "năm 2020", "Lượt xem: 689"]))
