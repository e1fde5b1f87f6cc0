from lib import *
PAGES = []

PAGES.append(page("b5045-laocai-hlhpn-daihoi-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI
Trang chủ > Tin tức - Sự kiện > Hoạt động Hội
Thứ Sáu, 14/10/2011 - 09:30
Toàn cảnh Đại hội. Ảnh: Thu Hà
Bế mạc Đại hội đại biểu Phụ nữ tỉnh Lào Cai lần thứ XIV, nhiệm kỳ 2011 - 2016
Ngày 13/10/2011, tại Hội trường lớn tỉnh, Hội Liên hiệp Phụ nữ (LHPN) tỉnh Lào Cai tổ chức Đại hội đại biểu Phụ nữ tỉnh lần thứ XIV, nhiệm kỳ 2011 - 2016. Về dự có 300 đại biểu chính thức đại diện cho hơn 128.000 hội viên phụ nữ thuộc 25 dân tộc trong tỉnh. Đồng chí Hà Thị Kim Dung, Ủy viên Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam, Trưởng Ban Tổ chức Trung ương Hội; đồng chí Giàng Seo Chư, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh dự và chỉ đạo đại hội.
Báo cáo tại đại hội cho biết, nhiệm kỳ 2006 - 2011 các cấp Hội đã vận động hội viên giúp nhau 4.215 hộ thoát nghèo; hỗ trợ 1.830 phụ nữ vay vốn với tổng dư nợ trên 186 tỷ đồng; thành lập 312 tổ hợp tác, câu lạc bộ phụ nữ. Tỷ lệ tập hợp hội viên đạt 86,4%, tăng 7,2% so với đầu nhiệm kỳ. Các cấp Hội đã thực hiện Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước và Chỉ thị 37, 38-CT/TU của Ban Thường vụ Tỉnh ủy về công tác cán bộ nữ và về xây dựng tổ chức Hội ở vùng cao. UBND tỉnh ban hành Quyết định số 1215/QĐ-UBND ngày 30/8/2011 phê duyệt đề án hỗ trợ phụ nữ dân tộc thiểu số phát triển kinh tế.
Tham luận tại đại hội, bà Sần Thị Ván, HUV, Chủ tịch Hội LHPN huyện Bắc Hà, chia sẻ cách vận động chị em người Mông, người Tày bỏ tục tảo hôn; chị Thào Thị Dí, Chi hội trưởng Phụ nữ thôn Lùng Phình, xã Lùng Phình, kể về mô hình nuôi lợn đen bản địa giúp 27 hộ hội viên có thu nhập ổn định.
Phát biểu chỉ đạo, đồng chí Giàng Seo Chư ghi nhận những kết quả các cấp Hội đạt được, đề nghị nhiệm kỳ tới tiếp tục thực hiện cuộc vận động "Xây dựng gia đình 5 không, 3 sạch", quan tâm đào tạo, bồi dưỡng cán bộ nữ người dân tộc thiểu số, phấn đấu đến năm 2016 có ít nhất 30% xã có nữ cán bộ chủ chốt.
Đại hội đã bầu Ban Chấp hành Hội LHPN tỉnh khóa XIV gồm 35 đồng chí; Ban Thường vụ gồm 9 đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu bà Lù Thị Dính, Tỉnh ủy viên, tái cử chức Chủ tịch Hội LHPN tỉnh khóa XIV với 100% số phiếu; các bà Vàng Thị Mỷ, Hoàng Thị Thanh Nhàn giữ chức Phó Chủ tịch Hội LHPN tỉnh. Đại hội cũng bầu 14 đại biểu đi dự Đại hội đại biểu Phụ nữ toàn quốc lần thứ XI.
Dịp này, Trung ương Hội LHPN Việt Nam tặng Bằng khen cho 6 tập thể và 11 cá nhân có thành tích xuất sắc trong công tác Hội và phong trào phụ nữ nhiệm kỳ 2006 - 2011.
Minh Phương
Lượt xem: 1.204
Tin liên quan
- Bắc Hà: Đại hội đại biểu Phụ nữ huyện lần thứ XI thành công tốt đẹp (02/09/2011)
- Hơn 500 phụ nữ Sa Pa được tập huấn kỹ năng làm kinh tế (18/08/2011)
- Hội LHPN tỉnh sơ kết 6 tháng đầu năm 2011 (12/07/2011)
- Ra mắt 3 câu lạc bộ "Phụ nữ với pháp luật" tại Mường Khương (30/06/2011)
""", "2011-10-14", "Bế mạc Đại hội đại biểu Phụ nữ tỉnh Lào Cai lần thứ XIV, nhiệm kỳ 2011 - 2016",
E("dai_hoi", None, "2011-10-13"),
[P("Hà Thị Kim Dung", "Ủy viên Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Trưởng Ban Tổ chức Trung ương Hội"),
 P("Giàng Seo Chư", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Sần Thị Ván", "HUV", "Chủ tịch Hội LHPN huyện Bắc Hà"),
 P("Thào Thị Dí", "Chi hội trưởng Phụ nữ thôn Lùng Phình"),
 P("Lù Thị Dính", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh khóa XIV"),
 P("Vàng Thị Mỷ", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Hoàng Thị Thanh Nhàn", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("300 đại biểu chính thức", 300, "đại biểu chính thức"), Q("hơn 128.000 hội viên phụ nữ", 128000, "hội viên phụ nữ", "over"),
 Q("25 dân tộc", 25, "dân tộc"), Q("4.215 hộ", 4215, "hộ"), Q("1.830 phụ nữ", 1830, "phụ nữ"),
 Q("trên 186 tỷ đồng", 186000000000, "đồng", "over"), Q("312 tổ hợp tác, câu lạc bộ phụ nữ", 312, "tổ hợp tác, câu lạc bộ phụ nữ"),
 Q("86,4%", 86.4, "%"), Q("7,2%", 7.2, "%"), Q("27 hộ hội viên", 27, "hộ hội viên"),
 Q("ít nhất 30%", 30, "%", "over"), Q("35 đồng chí", 35, "đồng chí"), Q("9 đồng chí", 9, "đồng chí"),
 Q("100%", 100, "%"), Q("14 đại biểu", 14, "đại biểu"), Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", "Nghị quyết số 11-NQ/TW ngày 27/4/2007"),
 D("Chỉ thị", "37", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 37, 38-CT/TU"),
 D("Chỉ thị", "38", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 37, 38-CT/TU"),
 D("Quyết định", "1215", "QĐ-UBND", "2011-08-30", "UBND tỉnh", "Quyết định số 1215/QĐ-UBND ngày 30/8/2011")],
[prov("Lào Cai"), com("Lùng Phình")],
["CỔNG THÔNG TIN ĐIỆN TỬ HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI", "Trang chủ > Tin tức - Sự kiện > Hoạt động Hội",
 "Toàn cảnh Đại hội. Ảnh: Thu Hà", "Xây dựng gia đình 5 không, 3 sạch", "Lượt xem: 1.204"],
["Thứ Sáu, 14/10/2011 - 09:30", "lần thứ XIV", "nhiệm kỳ 2011 - 2016", "nhiệm kỳ 2006 - 2011", "35 đồng chí", "9 đồng chí",
 "5 không, 3 sạch", "lần thứ XI", "Lượt xem: 1.204"]))

PAGES.append(page("b5046-thanhhoa-ccb-daihoi-2012", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Thời sự >> Chính trị >> Mặt trận - Đoàn thể
08:15 | 10/08/2012
Đại hội Hội Cựu chiến binh huyện Thường Xuân lần thứ VI
(Baothanhhoa.vn) - Ngày 9/8, Hội Cựu chiến binh (CCB) huyện Thường Xuân tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2012 - 2017. Dự đại hội có đồng chí Cầm Bá Tường, Phó Chủ tịch Hội CCB tỉnh; đồng chí Lê Đình Hùng, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy cùng 126 đại biểu thay mặt cho 2.640 hội viên sinh hoạt tại 17 cơ sở hội.
Đồng chí Cầm Bá Tường phát biểu chỉ đạo đại hội.
Nhiệm kỳ 2007 - 2012, Hội CCB huyện đã triển khai thực hiện Chỉ thị số 18-CT/HU của Ban Thường vụ Huyện ủy về nâng cao chất lượng hoạt động của Hội CCB cơ sở, Kế hoạch số 27-KH/CCB ngày 12/3/2012 của Hội CCB tỉnh và Pháp lệnh Cựu chiến binh số 36/2005/PL-UBTVQH11. Các cấp Hội đã vận động hội viên giúp nhau xây dựng 46 mô hình kinh tế trang trại, gia trại, giúp 312 hộ hội viên thoát nghèo; quỹ hội đạt 1,25 tỷ đồng, bình quân 470.000 đồng/hội viên. Toàn huyện có 98,6% hội viên đạt danh hiệu "Cựu chiến binh gương mẫu"; 15 cơ sở hội được xếp loại trong sạch, vững mạnh.
Hội CCB huyện cũng phối hợp tham gia giải quyết 23 vụ việc tranh chấp đất đai ở cơ sở, vận động 412 hộ dân hiến đất làm đường giao thông nông thôn với tổng diện tích khoảng 38.000 m2. Nhiều hội viên là người Thái, người Mường ở các xã vùng cao như ông Lương Văn Tám, Chủ tịch Hội CCB xã Xuân Cẩm, đã đi đầu trồng keo, quế, tạo việc làm cho 60 lao động địa phương.
Phát biểu tại đại hội, đồng chí Lê Đình Hùng yêu cầu Hội tiếp tục thực hiện Nghị quyết 02-NQ/HU của Huyện ủy về phát triển kinh tế vùng đồng bào dân tộc, tham gia xây dựng Đảng, chính quyền, tích cực đấu tranh với các quan điểm sai trái.
Đại hội đã bầu Ban Chấp hành Hội CCB huyện khóa VI gồm 15 đồng chí. Đồng chí Lang Văn Chiến, HUV, được bầu làm Chủ tịch Hội CCB huyện khóa VI; các đồng chí Hà Văn Nhượng, Vi Văn Thắng - Phó Chủ tịch Hội CCB huyện. Đại hội cũng bầu 7 đại biểu đi dự Đại hội Hội CCB tỉnh lần thứ V.
Tại đại hội, ông Vi Văn Thắng thay mặt Ban Chấp hành khóa mới hứa sẽ cùng tập thể lãnh đạo xây dựng tổ chức hội vững mạnh, xứng đáng với truyền thống "Bộ đội Cụ Hồ". Các đại biểu đến từ xã Luận Thành, xã Xuân Lẹ kiến nghị tăng kinh phí hoạt động cho chi hội ở thôn, bản vùng sâu.
Lê Hợi
Tin khác
- Đại hội Hội CCB xã Xuân Dương nhiệm kỳ 2012 - 2017 (25/07/2012)
- Ngọc Lặc: 21 cơ sở Hội CCB hoàn thành đại hội (20/07/2012)
- Cựu chiến binh Như Xuân giúp nhau làm kinh tế (11/07/2012)
- Hội CCB tỉnh triển khai kế hoạch đại hội các cấp (14/03/2012)
""", "2012-08-10", "Đại hội Hội Cựu chiến binh huyện Thường Xuân lần thứ VI",
E("dai_hoi", None, "2012-08-09"),
[P("Cầm Bá Tường", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Lê Đình Hùng", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lương Văn Tám", "Chủ tịch Hội CCB xã Xuân Cẩm"),
 P("Lang Văn Chiến", "HUV", "Chủ tịch Hội CCB huyện khóa VI"),
 P("Hà Văn Nhượng", "Phó Chủ tịch Hội CCB huyện"),
 P("Vi Văn Thắng", "Phó Chủ tịch Hội CCB huyện")],
[Q("126 đại biểu", 126, "đại biểu"), Q("2.640 hội viên", 2640, "hội viên"), Q("17 cơ sở hội", 17, "cơ sở hội"),
 Q("46 mô hình kinh tế trang trại, gia trại", 46, "mô hình kinh tế trang trại, gia trại"), Q("312 hộ hội viên", 312, "hộ hội viên"),
 Q("1,25 tỷ đồng", 1250000000, "đồng"), Q("470.000 đồng", 470000, "đồng"), Q("98,6%", 98.6, "%"),
 Q("15 cơ sở hội", 15, "cơ sở hội"), Q("23 vụ việc tranh chấp đất đai", 23, "vụ việc tranh chấp đất đai"),
 Q("412 hộ dân", 412, "hộ dân"), Q("khoảng 38.000 m2", 38000, "m2", "approx"), Q("60 lao động", 60, "lao động"),
 Q("15 đồng chí", 15, "đồng chí"), Q("7 đại biểu", 7, "đại biểu")],
[D("Chỉ thị", "18", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 18-CT/HU"),
 D("Kế hoạch", "27", "KH/CCB", "2012-03-12", "Hội CCB tỉnh", "Kế hoạch số 27-KH/CCB ngày 12/3/2012"),
 D("Pháp lệnh", "36", "2005/PL-UBTVQH11", None, None, "Pháp lệnh Cựu chiến binh số 36/2005/PL-UBTVQH11"),
 D("Nghị quyết", "02", "NQ/HU", None, "Huyện ủy", "Nghị quyết 02-NQ/HU")],
[prov("Thanh Hóa"), com("Xuân Cẩm"), com("Luận Thành"), com("Xuân Lẹ")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Thời sự >> Chính trị >> Mặt trận - Đoàn thể",
 "(Baothanhhoa.vn)", "Đồng chí Cầm Bá Tường phát biểu chỉ đạo đại hội.", "Cựu chiến binh gương mẫu", "Bộ đội Cụ Hồ"],
["08:15 | 10/08/2012", "lần thứ VI", "nhiệm kỳ 2012 - 2017", "Nhiệm kỳ 2007 - 2012", "15 đồng chí", "lần thứ V"]))

PAGES.append(page("b5047-quangnam-bdv-soket-2013", """
Báo Quảng Nam Online
Chính trị - Xã hội | Dân vận
Cập nhật: 16:40, 19/07/2013 (GMT+7)
Công bố quyết định bổ nhiệm Phó Trưởng Ban Dân vận Tỉnh ủy
(QNO) - Chiều 18/7, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng cuối năm. Dự hội nghị có đồng chí Trương Công Nhạn, Phó Bí thư Thường trực Tỉnh ủy.
Đồng chí Trương Công Nhạn trao quyết định và tặng hoa chúc mừng cán bộ được bổ nhiệm.
Tại hội nghị, đồng chí Nguyễn Thị Thu Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy công bố các Quyết định số 1045, 1046-QĐ/TU ngày 15/7/2013 của Ban Thường vụ Tỉnh ủy về công tác cán bộ. Theo đó, đồng chí Bríu Quân, Tỉnh ủy viên, Bí thư Huyện ủy Tây Giang được điều động, bổ nhiệm giữ chức Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phan Văn Định, Phó Trưởng Ban Dân vận Tỉnh ủy được điều động đến nhận công tác tại Ủy ban MTTQ Việt Nam tỉnh và giới thiệu để hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo sơ kết do đồng chí Huỳnh Thị Kim Ánh, Chánh Văn phòng Ban Dân vận Tỉnh ủy trình bày cho biết, 6 tháng qua, Ban đã tham mưu Tỉnh ủy ban hành Chương trình hành động số 21-CTr/TU thực hiện Nghị quyết Trung ương 7 (khóa XI) về công tác dân vận và Kế hoạch 68-KH/TU về tổ chức thực hiện. Ban Dân vận các cấp đã tiếp nhận 94 đơn thư, tiếp 214 lượt công dân; phối hợp vận động 1.250 hộ dân bàn giao mặt bằng thi công đường cao tốc Đà Nẵng - Quảng Ngãi. Toàn tỉnh có 38 mô hình "Dân vận khéo" mới được công nhận, nâng tổng số lên 417 mô hình.
Tại hội nghị, đồng chí Alăng Thị Mai, HUV, Trưởng Ban Dân vận Huyện ủy Đông Giang, nêu khó khăn trong vận động đồng bào Cơ Tu di dời nhà ở vùng sạt lở; ông Zơ Râm Dũng, Chủ tịch UBND xã A Tiêng, đề nghị tỉnh sớm bố trí khoảng 4,5 tỷ đồng để xây dựng khu tái định cư cho 86 hộ đồng bào. Đại diện xã Tam Thanh chia sẻ cách làm trong vận động ngư dân tham gia tổ đoàn kết trên biển.
Kết luận hội nghị, đồng chí Trương Công Nhạn đề nghị Ban Dân vận Tỉnh ủy tiếp tục tham mưu sơ kết Chỉ thị 16-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận ở vùng đồng bào dân tộc thiểu số, chuẩn bị tốt hội nghị tổng kết 15 năm thực hiện Quy chế dân chủ ở cơ sở. Đồng chí chúc mừng đồng chí Bríu Quân và đồng chí Phan Văn Định được tổ chức tin tưởng giao nhiệm vụ mới.
Phát biểu nhận nhiệm vụ, đồng chí Bríu Quân - Phó Trưởng Ban Dân vận Tỉnh ủy cho biết sẽ cùng tập thể Ban bám sát cơ sở, nhất là 9 huyện miền núi.
Văn Sự
Các tin khác
- Tây Giang: 22 già làng được tôn vinh (10/07/2013)
- Đông Giang sơ kết 3 năm phong trào "Dân vận khéo" (28/06/2013)
- Tập huấn nghiệp vụ dân vận cho cán bộ cơ sở (14/06/2013)
- Hội nghị giao ban khối dân vận quý II (05/06/2013)
""", "2013-07-19", "Công bố quyết định bổ nhiệm Phó Trưởng Ban Dân vận Tỉnh ủy",
E("so_ket", "2013-H1", "2013-07-18"),
[P("Trương Công Nhạn", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Nguyễn Thị Thu Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Bríu Quân", "Tỉnh ủy viên", "Bí thư Huyện ủy Tây Giang", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Văn Định", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Thị Kim Ánh", "Chánh Văn phòng Ban Dân vận Tỉnh ủy"),
 P("Alăng Thị Mai", "HUV", "Trưởng Ban Dân vận Huyện ủy Đông Giang"),
 P("Zơ Râm Dũng", "Chủ tịch UBND xã A Tiêng")],
[Q("94 đơn thư", 94, "đơn thư"), Q("214 lượt công dân", 214, "lượt công dân"), Q("1.250 hộ dân", 1250, "hộ dân"),
 Q("38 mô hình", 38, "mô hình"), Q("417 mô hình", 417, "mô hình"), Q("khoảng 4,5 tỷ đồng", 4500000000, "đồng", "approx"),
 Q("86 hộ đồng bào", 86, "hộ đồng bào"), Q("9 huyện miền núi", 9, "huyện miền núi")],
[D("Quyết định", "1045", "QĐ/TU", "2013-07-15", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1045, 1046-QĐ/TU"),
 D("Quyết định", "1046", "QĐ/TU", "2013-07-15", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1045, 1046-QĐ/TU"),
 D("Chương trình hành động", "21", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 21-CTr/TU"),
 D("Kế hoạch", "68", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 68-KH/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 16-CT/TU")],
[prov("Quảng Nam"), com("A Tiêng"), com("Tam Thanh")],
["Báo Quảng Nam Online", "Chính trị - Xã hội | Dân vận", "(QNO)",
 "Đồng chí Trương Công Nhạn trao quyết định và tặng hoa chúc mừng cán bộ được bổ nhiệm.", "Dân vận khéo",
 "Nghị quyết Trung ương 7 (khóa XI)", "Quy chế dân chủ ở cơ sở"],
["Cập nhật: 16:40, 19/07/2013 (GMT+7)", "6 tháng đầu năm 2013", "6 tháng cuối năm", "15 năm", "Nghị quyết Trung ương 7", "khóa XI"]))

PAGES.append(page("b5048-gialai-mttq-daihoi-2014", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị / Mặt trận
26-09-2014 10:20
Ông Rơ Mah Thuyên tái cử Chủ tịch Ủy ban MTTQ Việt Nam huyện Chư Păh
(GLO)- Ngày 25/9, Ủy ban MTTQ Việt Nam huyện Chư Păh (tỉnh Gia Lai) tổ chức Đại hội đại biểu MTTQ Việt Nam huyện lần thứ X, nhiệm kỳ 2014 - 2019 với sự tham dự của 180 đại biểu chính thức đại diện cho các tầng lớp nhân dân, các dân tộc, tôn giáo trong huyện. Dự đại hội có đồng chí Nay Y Thức, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; đồng chí Puih H'Plơn, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện.
Các đại biểu biểu quyết thông qua báo cáo chính trị.
Nhiệm kỳ 2009 - 2014, Ủy ban MTTQ các cấp trong huyện đã thực hiện có hiệu quả Kết luận số 62-KL/TW ngày 8/12/2009 của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể chính trị - xã hội, Kế hoạch số 34-KH/HU của Huyện ủy về phát huy vai trò người có uy tín. Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" có 86,7% khu dân cư đạt danh hiệu văn hóa. Quỹ "Vì người nghèo" các cấp vận động được 3,46 tỷ đồng, xây dựng 214 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Jrai, Ba Na; hỗ trợ trên 1.500 hộ vay vốn phát triển sản xuất.
Đại hội đã nghe tham luận của già làng Ksor Nhen, người có uy tín làng Ia Ka, xã Ia Ka, về vận động đồng bào không nghe theo kẻ xấu; bà Rơ Lan Hlim, Chủ tịch Ủy ban MTTQ xã Ia Nhin, giới thiệu mô hình "Làng không có người vi phạm pháp luật" đã nhân rộng ra 23 làng.
Phát biểu chỉ đạo, đồng chí Nay Y Thức đề nghị Mặt trận huyện triển khai Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền; thực hiện Hướng dẫn số 09/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về hiệp thương nhân sự.
Đại hội đã hiệp thương dân chủ cử 58 vị vào Ủy ban MTTQ Việt Nam huyện khóa X. Tại hội nghị lần thứ nhất, ông Rơ Mah Thuyên, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện khóa IX, được hiệp thương cử tái giữ chức Chủ tịch Ủy ban MTTQ Việt Nam huyện khóa X. Các Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện: Ksor Nhí, Trần Thị Hạnh. Ban Thường trực gồm 4 vị. Đại hội cũng cử 9 đại biểu dự Đại hội MTTQ Việt Nam tỉnh lần thứ XI.
Sau đại hội, Ủy ban MTTQ huyện ra mắt và tặng 20 suất quà cho các hộ nghèo ở 12 xã, thị trấn, mỗi suất trị giá 500.000 đồng.
Hồng Thi
Tin cùng chuyên mục
- Đại hội MTTQ Việt Nam huyện Ia Grai lần thứ IX (24/09/2014)
- Chư Sê: 15/15 xã hoàn thành đại hội Mặt trận cơ sở (19/09/2014)
- Gia Lai: Tôn vinh 96 người có uy tín (05/09/2014)
- Chư Păh ra quân làm giao thông nông thôn (22/08/2014)
""", "2014-09-26", "Ông Rơ Mah Thuyên tái cử Chủ tịch Ủy ban MTTQ Việt Nam huyện Chư Păh",
E("dai_hoi", None, "2014-09-25"),
[P("Nay Y Thức", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Puih H'Plơn", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Ksor Nhen", "già làng", "người có uy tín làng Ia Ka"),
 P("Rơ Lan Hlim", "Chủ tịch Ủy ban MTTQ xã Ia Nhin"),
 P("Rơ Mah Thuyên", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện khóa IX", "Chủ tịch Ủy ban MTTQ Việt Nam huyện khóa X"),
 P("Ksor Nhí", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Trần Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện")],
[Q("180 đại biểu chính thức", 180, "đại biểu chính thức"), Q("86,7%", 86.7, "%"), Q("3,46 tỷ đồng", 3460000000, "đồng"),
 Q("214 căn nhà Đại đoàn kết", 214, "căn nhà Đại đoàn kết"), Q("trên 1.500 hộ", 1500, "hộ", "over"), Q("23 làng", 23, "làng"),
 Q("58 vị", 58, "vị"), Q("4 vị", 4, "vị"), Q("9 đại biểu", 9, "đại biểu"), Q("20 suất quà", 20, "suất quà"),
 Q("12 xã, thị trấn", 12, "xã, thị trấn"), Q("500.000 đồng", 500000, "đồng")],
[D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận số 62-KL/TW ngày 8/12/2009"),
 D("Kế hoạch", "34", "KH/HU", None, "Huyện ủy", "Kế hoạch số 34-KH/HU"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013"),
 D("Hướng dẫn", "09", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 09/HD-MTTW-BTT")],
[prov("Gia Lai"), com("Ia Ka"), com("Ia Nhin")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị / Mặt trận", "(GLO)", "Các đại biểu biểu quyết thông qua báo cáo chính trị.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo", "Làng không có người vi phạm pháp luật"],
["26-09-2014 10:20", "lần thứ X", "nhiệm kỳ 2014 - 2019", "Nhiệm kỳ 2009 - 2014", "khóa X", "khóa IX", "lần thứ XI"]))

PAGES.append(page("b5049-cantho-mttq-tongket-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Trang chủ / Tin tức / Chính trị
18/12/2015 - 15:05
Toàn cảnh hội nghị. Ảnh: Ngọc Hân
Cử bổ sung Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Cần Thơ
Sáng 17/12, Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức hội nghị tổng kết công tác Mặt trận năm 2015 và triển khai chương trình phối hợp thống nhất hành động năm 2016. Ông Ngô Văn Bé, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì hội nghị.
Năm 2015, Mặt trận các cấp đã tổ chức thành công đại hội ở 85 xã, phường, thị trấn và 9 quận, huyện; triển khai Kết luận số 62-KL/TW ngày 8/12/2009 của Bộ Chính trị, Quy chế phối hợp số 07/QCPH-MTTQ-UBND giữa Ủy ban MTTQ và UBND thành phố. Quỹ "Vì người nghèo" vận động được 27,8 tỷ đồng; xây dựng, sửa chữa 1.142 căn nhà Đại đoàn kết; trao 46.500 phần quà Tết cho hộ nghèo, hộ cận nghèo. Tỷ lệ hộ gia đình đạt chuẩn gia đình văn hóa là 94,3%; trên 99% hộ ký cam kết không vi phạm pháp luật.
Cũng tại hội nghị, Ủy ban MTTQ Việt Nam thành phố đã hiệp thương cử bổ sung bà Trần Thị Mỹ Hạnh, Phó Chủ tịch Hội LHPN thành phố, giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố khóa IX, nhiệm kỳ 2014 - 2019 theo Thông báo số 412-TB/TU ngày 2/12/2015 của Ban Thường vụ Thành ủy; cử bổ sung các ông Huỳnh Văn Tâm, Đỗ Minh Luân - Ủy viên Ủy ban MTTQ Việt Nam thành phố. Kết quả hiệp thương đạt 100% đại biểu tán thành.
Phát biểu tại hội nghị, Đại đức Lý Hoàng Phúc, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam thành phố, cam kết vận động tăng ni, phật tử tham gia công tác an sinh; ông Sơn Thanh Tùng, Trưởng Ban Công tác Mặt trận khu vực Thới Hòa, phường Thới An Đông, đề nghị có kinh phí hoạt động thường xuyên cho 2.560 thành viên Ban Công tác Mặt trận.
Kết luận hội nghị, ông Ngô Văn Bé đề nghị năm 2016 Mặt trận các cấp tập trung thực hiện Chỉ thị số 05-CT/TU của Thành ủy về công tác bầu cử đại biểu Quốc hội khóa XIV và HĐND các cấp, tổ chức tốt các hội nghị hiệp thương; chú ý đồng bào Khmer, Hoa ở phường An Khánh và các xã vùng ven.
Theo đánh giá của Ban Thường trực, bên cạnh kết quả đạt được, hoạt động giám sát, phản biện xã hội ở một số phường, xã còn hình thức; việc nắm tình hình nhân dân có lúc chưa kịp thời; đội ngũ cán bộ Mặt trận cơ sở thường xuyên biến động sau đại hội, nhiều người mới nhận nhiệm vụ chưa được tập huấn.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho 8 tập thể, 14 cá nhân; Ủy ban MTTQ thành phố tặng Giấy khen cho 32 tập thể và 45 cá nhân.
Hải Đăng
Số lượt đọc: 2.315
Bài viết liên quan
- Quận Ninh Kiều: Mặt trận phường tổng kết năm 2015 (15/12/2015)
- Trao 200 căn nhà Đại đoàn kết cho hộ nghèo (04/12/2015)
- Hội nghị Ủy ban MTTQ thành phố lần thứ 3 khóa IX (20/11/2015)
""", "2015-12-18", "Cử bổ sung Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Cần Thơ",
E("tong_ket", "2015", "2015-12-17"),
[P("Ngô Văn Bé", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Trần Thị Mỹ Hạnh", "Phó Chủ tịch Hội LHPN thành phố", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố khóa IX"),
 P("Huỳnh Văn Tâm", "Ủy viên Ủy ban MTTQ Việt Nam thành phố"),
 P("Đỗ Minh Luân", "Ủy viên Ủy ban MTTQ Việt Nam thành phố"),
 P("Lý Hoàng Phúc", "Đại đức", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam thành phố"),
 P("Sơn Thanh Tùng", "Trưởng Ban Công tác Mặt trận khu vực Thới Hòa")],
[Q("85 xã, phường, thị trấn", 85, "xã, phường, thị trấn"), Q("9 quận, huyện", 9, "quận, huyện"),
 Q("27,8 tỷ đồng", 27800000000, "đồng"), Q("1.142 căn nhà Đại đoàn kết", 1142, "căn nhà Đại đoàn kết"),
 Q("46.500 phần quà", 46500, "phần quà"), Q("94,3%", 94.3, "%"), Q("trên 99%", 99, "%", "over"), Q("100%", 100, "%"),
 Q("2.560 thành viên Ban Công tác Mặt trận", 2560, "thành viên Ban Công tác Mặt trận"),
 Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân", 14, "cá nhân"), Q("32 tập thể", 32, "tập thể"), Q("45 cá nhân", 45, "cá nhân")],
[D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận số 62-KL/TW ngày 8/12/2009"),
 D("Quy chế phối hợp", "07", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 07/QCPH-MTTQ-UBND"),
 D("Thông báo", "412", "TB/TU", "2015-12-02", "Ban Thường vụ Thành ủy", "Thông báo số 412-TB/TU ngày 2/12/2015"),
 D("Chỉ thị", "05", "CT/TU", None, "Thành ủy", "Chỉ thị số 05-CT/TU")],
[prov("Cần Thơ"), com("Thới An Đông"), com("An Khánh")],
["CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ", "Trang chủ / Tin tức / Chính trị", "Toàn cảnh hội nghị. Ảnh: Ngọc Hân",
 "Vì người nghèo", "Số lượt đọc: 2.315"],
["18/12/2015 - 15:05", "năm 2015", "năm 2016", "khóa IX", "nhiệm kỳ 2014 - 2019", "khóa XIV", "Số lượt đọc: 2.315"]))

PAGES.append(page("b5050-hagiang-hnd-taphuan-2016", """
HỘI NÔNG DÂN TỈNH HÀ GIANG
Bạn đang ở: Trang chủ › Tin tức › Hoạt động của Hội
Ngày đăng 10/06/2016 | 14:20
Bồi dưỡng nghiệp vụ cho 145 cán bộ Hội Nông dân cơ sở mới kiện toàn
Trong 2 ngày 8 và 9/6/2016, Hội Nông dân tỉnh Hà Giang mở lớp tập huấn nghiệp vụ công tác Hội năm 2016 cho 145 học viên là chủ tịch, phó chủ tịch Hội Nông dân các xã, thị trấn vừa được bầu, kiện toàn sau đại hội và bầu bổ sung. Đồng chí Vàng Thị Mai, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh dự và phát biểu khai mạc.
Học viên người Mông, Dao, Lô Lô tham gia thảo luận nhóm.
Hà Giang hiện có gần 58.000 hội viên nông dân sinh hoạt ở 193 cơ sở Hội; 68% chủ tịch Hội cơ sở là người dân tộc thiểu số, nhiều đồng chí mới làm công tác Hội lần đầu. Vì vậy, lớp học tập trung vào kỹ năng vận động hội viên, tổ chức sinh hoạt chi hội, quản lý Quỹ Hỗ trợ nông dân với tổng nguồn vốn 12,5 tỷ đồng do các cấp Hội ủy thác.
Các học viên được quán triệt Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư về Đề án nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam, Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ về việc Hội Nông dân Việt Nam trực tiếp thực hiện và phối hợp thực hiện một số chương trình, đề án phát triển kinh tế, văn hóa, xã hội nông thôn, cùng Hướng dẫn số 42-HD/HNDT của Ban Thường vụ Hội Nông dân tỉnh về sinh hoạt chi hội.
Giảng viên là các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Lầu Mí Chá, Hoàng Văn Thanh và ThS. Ly Thị Dế, giảng viên Trường Chính trị tỉnh. Các học viên còn được nghe chuyên đề về phong trào thi đua "Nông dân sản xuất, kinh doanh giỏi", trong đó toàn tỉnh năm 2015 có 11.400 hộ đạt danh hiệu các cấp.
Anh Sùng A Páo, vừa được bầu giữ chức Chủ tịch Hội Nông dân xã Lũng Cú nhiệm kỳ 2013 - 2018, cho biết: "Xã có hơn 700 hộ hội viên, phần lớn là người Mông, trước đây tôi là Bí thư Đoàn xã nên còn bỡ ngỡ. Lớp học giúp tôi biết cách lập sổ sách, tổ chức họp chi hội". Chị Cháng Thị Dợ, Phó Chủ tịch Hội Nông dân xã Sủng Là, mong muốn được học thêm về vay vốn và dạy nghề cho hội viên nữ.
Bế mạc lớp học, đồng chí Lầu Mí Chá đề nghị học viên vận dụng kiến thức vào thực tế, phấn đấu cuối năm 2016 có không dưới 80% chi hội xếp loại khá trở lên. Theo kế hoạch, trong quý III, Hội sẽ mở thêm 2 lớp tại các huyện phía Tây. Hội Nông dân tỉnh trao giấy chứng nhận cho 145 học viên và tặng mỗi cơ sở Hội 1 bộ tài liệu nghiệp vụ.
Giàng Thị Chi
Các tin đã đưa
- Mèo Vạc: 19 xã hoàn thành bầu bổ sung chủ tịch Hội Nông dân (20/05/2016)
- Hội Nông dân tỉnh giao ban quý I năm 2016 (15/04/2016)
- Trao 50 con bò giống cho hội viên nghèo Đồng Văn (25/03/2016)
""", "2016-06-10", "Bồi dưỡng nghiệp vụ cho 145 cán bộ Hội Nông dân cơ sở mới kiện toàn",
E("tap_huan", "2016", "2016-06-08"),
[P("Vàng Thị Mai", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lầu Mí Chá", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Hoàng Văn Thanh", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Ly Thị Dế", "ThS.", "giảng viên Trường Chính trị tỉnh"),
 P("Sùng A Páo", "Chủ tịch Hội Nông dân xã Lũng Cú nhiệm kỳ 2013 - 2018", "Bí thư Đoàn xã"),
 P("Cháng Thị Dợ", "Phó Chủ tịch Hội Nông dân xã Sủng Là")],
[Q("145 học viên", 145, "học viên"), Q("gần 58.000 hội viên nông dân", 58000, "hội viên nông dân", "approx"),
 Q("193 cơ sở Hội", 193, "cơ sở Hội"), Q("68%", 68, "%"), Q("12,5 tỷ đồng", 12500000000, "đồng"),
 Q("11.400 hộ", 11400, "hộ"), Q("hơn 700 hộ hội viên", 700, "hộ hội viên", "over"), Q("không dưới 80%", 80, "%", "over"), Q("2 lớp", 2, "lớp")],
[D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 3/12/2009"),
 D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg ngày 10/5/2011"),
 D("Hướng dẫn", "42", "HD/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Hướng dẫn số 42-HD/HNDT")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sủng Là")],
["HỘI NÔNG DÂN TỈNH HÀ GIANG", "Bạn đang ở: Trang chủ › Tin tức › Hoạt động của Hội",
 "Học viên người Mông, Dao, Lô Lô tham gia thảo luận nhóm.", "Nông dân sản xuất, kinh doanh giỏi", "Quỹ Hỗ trợ nông dân"],
["Ngày đăng 10/06/2016 | 14:20", "2 ngày", "năm 2016", "nhiệm kỳ 2013 - 2018", "1 bộ tài liệu", "năm 2015"]))
