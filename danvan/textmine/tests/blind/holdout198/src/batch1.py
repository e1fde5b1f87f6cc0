from lib import *
PAGES = []

PAGES.append(page("b4709-bentre-mttq-traoqua-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BẾN TRE
Trang chủ » Tin tức - Sự kiện » An sinh xã hội
Thứ Sáu, 14/10/2011 - 09:30
Bến Tre: Trao 320 phần quà cho hộ dân bị sạt lở ven sông Hàm Luông
Ngày 12/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bến Tre phối hợp Hội Nông dân tỉnh tổ chức trao 320 phần quà cho các hộ dân bị ảnh hưởng sạt lở bờ sông tại các xã Phú Đức, An Hiệp (huyện Châu Thành) và xã Sơn Phú (huyện Giồng Trôm). Mỗi phần quà gồm 20 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt, tổng trị giá trên 160 triệu đồng.
Bà Nguyễn Thị Bé Mười trao quà cho người dân xã Phú Đức. Ảnh: Hữu Hiệp
Theo báo cáo của Ủy ban MTTQ tỉnh, từ đầu mùa mưa năm 2011 đến nay, trên địa bàn tỉnh đã xảy ra 27 điểm sạt lở với tổng chiều dài khoảng 3.400 m, làm 46 căn nhà bị sụp xuống sông, 138 hộ phải di dời khẩn cấp. Thực hiện Chỉ thị số 19/CT-UBND ngày 05/8/2011 của UBND tỉnh về tăng cường phòng, chống sạt lở bờ sông, Mặt trận các cấp đã vận động được 1,2 tỷ đồng từ Quỹ "Vì người nghèo" và Quỹ cứu trợ để hỗ trợ người dân ổn định cuộc sống.
Phát biểu tại buổi trao quà, bà Nguyễn Thị Bé Mười, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh ghi nhận tinh thần tương thân tương ái của các tầng lớp nhân dân; đề nghị cấp ủy, chính quyền các xã tiếp tục rà soát, vận động các hộ còn ở trong vùng nguy hiểm sớm di dời đến nơi an toàn theo Quyết định số 1952/QĐ-UBND ngày 26/8/2011 của UBND tỉnh Bến Tre. Bà cũng đề nghị Ban Thường trực Ủy ban MTTQ các huyện phối hợp Hội Nông dân, Hội Liên hiệp Phụ nữ vận động nhân dân không cất nhà, lấn chiếm hành lang bảo vệ bờ sông.
Cùng trao quà có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Trần Văn Hai, Lê Thị Kim Phượng; ông Võ Thành Đức, HUV, Chủ tịch Ủy ban MTTQ huyện Châu Thành và ông Huỳnh Văn Lập, Phó Chủ tịch Hội Nông dân tỉnh.
Ông Phạm Văn Út, ấp Phú Thạnh, xã Phú Đức, có nhà bị sụp hoàn toàn trong đêm 28/9, xúc động: "Căn nhà gắn bó mấy chục năm trôi xuống sông chỉ trong một đêm. Nhờ bà con lối xóm, Mặt trận và Hội Nông dân giúp đỡ, gia đình đã dựng tạm được chỗ ở mới cách bờ sông hơn trăm mét".
Dịp này, Hội Nông dân tỉnh trao tặng 15 con bò giống trị giá 12 triệu đồng/con cho hộ nông dân nghèo bị mất đất sản xuất do sạt lở; Tỉnh đoàn huy động 200 lượt đoàn viên thanh niên giúp người dân tháo dỡ, di chuyển nhà cửa, đắp tạm bờ bao.
Hữu Hiệp
Lượt xem: 1.254
Tin liên quan
- Giồng Trôm: vận động 52 hộ dân hiến đất làm đê bao (02/10/2011)
- Mặt trận tỉnh tiếp nhận 500 triệu đồng ủng hộ đồng bào vùng lũ (25/09/2011)
- Hội nghị sơ kết 3 năm thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" (10/09/2011)
- Chợ Lách: ra quân nạo vét kênh thủy lợi nội đồng (28/08/2011)
""", "2011-10-14", "Bến Tre: Trao 320 phần quà cho hộ dân bị sạt lở ven sông Hàm Luông",
E("trao_qua", None, "2011-10-12"),
[P("Nguyễn Thị Bé Mười", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Hai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Kim Phượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Thành Đức", "HUV", "Chủ tịch Ủy ban MTTQ huyện Châu Thành"),
 P("Huỳnh Văn Lập", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Phạm Văn Út")],
[Q("320 phần quà", 320, "phần quà"), Q("20 kg gạo", 20, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("trên 160 triệu đồng", 160000000, "đồng", "over"), Q("27 điểm sạt lở", 27, "điểm sạt lở"),
 Q("khoảng 3.400 m", 3400, "m", "approx"), Q("46 căn nhà", 46, "căn nhà"), Q("138 hộ", 138, "hộ"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("15 con bò giống", 15, "con bò giống"),
 Q("12 triệu đồng/con", 12000000, "đồng"), Q("200 lượt đoàn viên thanh niên", 200, "lượt đoàn viên thanh niên")],
[D("Chỉ thị", "19", "CT-UBND", "2011-08-05", "UBND tỉnh", "Chỉ thị số 19/CT-UBND ngày 05/8/2011"),
 D("Quyết định", "1952", "QĐ-UBND", "2011-08-26", "UBND tỉnh Bến Tre", "Quyết định số 1952/QĐ-UBND ngày 26/8/2011")],
[prov("Bến Tre"), com("Phú Đức"), com("An Hiệp"), com("Sơn Phú")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BẾN TRE", "Trang chủ » Tin tức - Sự kiện » An sinh xã hội",
 "Bà Nguyễn Thị Bé Mười trao quà cho người dân xã Phú Đức. Ảnh: Hữu Hiệp", "Vì người nghèo", "Lượt xem: 1.254"],
["Thứ Sáu, 14/10/2011 - 09:30", "năm 2011", "đêm 28/9", "Lượt xem: 1.254"]))

PAGES.append(page("b4710-soctrang-hnd-soket-2012", """
Báo Sóc Trăng Online - Cơ quan ngôn luận của Đảng bộ tỉnh Sóc Trăng
Chính trị - Xã hội > Hội - Đoàn thể
08:15 | 20/07/2012
Nông dân góp hơn 18 tỷ đồng nạo vét kênh mương nội đồng
(BSTO) - Sáng 18/7, Ban Thường vụ Hội Nông dân tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Dự và chỉ đạo hội nghị có đồng chí Trần Thanh Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Quang cảnh hội nghị. Ảnh: Kim Ngân
Theo báo cáo do ông Sơn Chanh Đa, Phó Chủ tịch Hội Nông dân tỉnh trình bày, 6 tháng qua, các cấp Hội đã vận động hội viên, nông dân đóng góp hơn 18 tỷ đồng và trên 96.000 ngày công nạo vét 412 tuyến kênh mương nội đồng với tổng chiều dài gần 530 km, đắp mới và gia cố 86 km đê bao chống mặn. Toàn tỉnh có 3.215 hộ đăng ký đạt danh hiệu nông dân sản xuất, kinh doanh giỏi các cấp; kết nạp 1.480 hội viên mới, nâng tổng số hội viên lên 142.306 người.
Các cấp Hội đã phối hợp tổ chức 214 cuộc tuyên truyền về phòng, chống xâm nhập mặn cho 9.860 lượt hội viên, nông dân; triển khai Kết luận 61-KL/TW của Ban Bí thư và Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ về việc Hội Nông dân trực tiếp thực hiện và phối hợp thực hiện một số chương trình, đề án phát triển kinh tế, văn hóa, xã hội nông thôn. Ban Thường vụ Hội cũng ban hành Nghị quyết 03, 04-NQ/HNDT về xây dựng chi hội nông dân vững mạnh ở vùng đồng bào Khmer và kế hoạch số 112-KH/HNDT về vận động nông dân chuyển đổi cơ cấu cây trồng vùng nhiễm mặn.
Tại hội nghị, ông Lý Văn Sươl, Chủ tịch Hội Nông dân xã Lịch Hội Thượng, chia sẻ: xã đã vận động 640 hộ hiến đất, đóng góp tiền làm 7 cống ngăn mặn ấp; bà Sơn Thị Sa Rết, Chi hội trưởng Chi hội nông dân ấp Trà Lây 1, xã Đại Ân 2, kiến nghị tỉnh sớm đầu tư hệ thống đê bao khép kín.
Phát biểu chỉ đạo, đồng chí Trần Thanh Sơn biểu dương những nỗ lực của các cấp Hội; đề nghị 6 tháng cuối năm tập trung hướng dẫn nông dân xuống giống vụ Thu Đông đúng lịch thời vụ, tiếp tục vận động nhân dân tham gia làm thủy lợi mùa khô 2012 - 2013 theo phương châm "Nhà nước và nhân dân cùng làm", nhân rộng các tổ hợp tác, câu lạc bộ nông dân.
Hội nghị cũng đã khen thưởng 8 tập thể và 23 cá nhân có thành tích xuất sắc trong phong trào thi đua 6 tháng đầu năm. Đồng chí Kim Sô Phanh, Chủ tịch Hội Nông dân tỉnh cho biết đến cuối năm, các cấp Hội phấn đấu giải ngân 100% nguồn vốn Quỹ Hỗ trợ nông dân và giúp ít nhất 350 hộ hội viên thoát nghèo.
Kim Ngân
Tin liên quan
- Mỹ Xuyên: nông dân chuyển đổi 1.200 ha lúa kém hiệu quả sang nuôi tôm (12/07/2012)
- Ra mắt câu lạc bộ nông dân Khmer sản xuất giỏi (05/07/2012)
- Hội Nông dân tỉnh tập huấn kỹ thuật trồng màu trên đất giồng cát (28/06/2012)
""", "2012-07-20", "Nông dân góp hơn 18 tỷ đồng nạo vét kênh mương nội đồng",
E("so_ket", "2012-H1", "2012-07-18"),
[P("Trần Thanh Sơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sơn Chanh Đa", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lý Văn Sươl", "Chủ tịch Hội Nông dân xã Lịch Hội Thượng"),
 P("Sơn Thị Sa Rết", "Chi hội trưởng Chi hội nông dân ấp Trà Lây 1"),
 P("Kim Sô Phanh", "Chủ tịch Hội Nông dân tỉnh")],
[Q("hơn 18 tỷ đồng", 18000000000, "đồng", "over"), Q("trên 96.000 ngày công", 96000, "ngày công", "over"),
 Q("412 tuyến kênh mương nội đồng", 412, "tuyến kênh mương nội đồng"), Q("gần 530 km", 530, "km", "approx"),
 Q("86 km", 86, "km"), Q("3.215 hộ", 3215, "hộ"), Q("1.480 hội viên mới", 1480, "hội viên mới"),
 Q("142.306 người", 142306, "người"), Q("214 cuộc tuyên truyền", 214, "cuộc tuyên truyền"),
 Q("9.860 lượt hội viên, nông dân", 9860, "lượt hội viên, nông dân"), Q("640 hộ", 640, "hộ"),
 Q("7 cống ngăn mặn", 7, "cống ngăn mặn"), Q("8 tập thể", 8, "tập thể"), Q("23 cá nhân", 23, "cá nhân"),
 Q("100%", 100, "%"), Q("ít nhất 350 hộ hội viên", 350, "hộ hội viên", "over")],
[D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW"),
 D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 673/QĐ-TTg"),
 D("Nghị quyết", "03", "NQ/HNDT", None, "Ban Thường vụ Hội", "Nghị quyết 03, 04-NQ/HNDT"),
 D("Nghị quyết", "04", "NQ/HNDT", None, "Ban Thường vụ Hội", "Nghị quyết 03, 04-NQ/HNDT"),
 D("Kế hoạch", "112", "KH/HNDT", None, "Ban Thường vụ Hội", "kế hoạch số 112-KH/HNDT")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Đại Ân 2")],
["Báo Sóc Trăng Online - Cơ quan ngôn luận của Đảng bộ tỉnh Sóc Trăng", "Chính trị - Xã hội > Hội - Đoàn thể",
 "Quang cảnh hội nghị. Ảnh: Kim Ngân", "(BSTO)", "Nhà nước và nhân dân cùng làm", "Quỹ Hỗ trợ nông dân"],
["08:15 | 20/07/2012", "6 tháng đầu năm 2012", "6 tháng cuối năm", "mùa khô 2012 - 2013", "ấp Trà Lây 1", "Đại Ân 2"]))

PAGES.append(page("b4711-camau-mttq-giaoban-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH CÀ MAU
Bạn đang ở: Trang chủ / Hoạt động Mặt trận / Tin trong tỉnh
Cập nhật: 16:40, 27/09/2013 (GMT+7)
Toàn cảnh buổi giao ban.
Mặt trận chung tay cùng người dân vùng sạt lở bờ biển Tây
Ngày 25/9/2013, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cà Mau tổ chức giao ban công tác Mặt trận quý III năm 2013 với Ban Thường trực Ủy ban MTTQ các huyện, thành phố. Các đồng chí Lâm Văn Bi, Danh Thị Ngọc Hà - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Theo báo cáo, trong quý, tình trạng sạt lở bờ biển Tây diễn biến phức tạp, có nơi biển lấn sâu vào đất liền khoảng 30 m, đe dọa trực tiếp 1.260 hộ dân sống ven đê ở các xã Khánh Hội, Khánh Bình Tây Bắc, Phong Lạc. Thực hiện Chương trình phối hợp số 05/CTrPH-MTTQ-UBND giữa Ủy ban MTTQ tỉnh và UBND tỉnh về vận động nhân dân tham gia phòng, chống thiên tai, Mặt trận các cấp đã vận động 2.850 lượt người tham gia đắp đê tạm, trồng 34.000 cây đước, mắm chắn sóng; Quỹ cứu trợ tỉnh chi trên 740 triệu đồng hỗ trợ 296 hộ di dời khẩn cấp, mỗi hộ 2,5 triệu đồng.
Mặt trận các huyện đã phối hợp chính quyền vận động 118 hộ dân trong vùng sạt lở nguy hiểm di dời vào Khu tái định cư Kinh Hội, đạt 82% kế hoạch. Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" tiếp tục được triển khai gắn với xây dựng nông thôn mới; toàn tỉnh có 42 khu dân cư đăng ký đạt chuẩn văn hóa trong năm.
Ông Ngô Hoàng Thám, HUV, Chủ tịch Ủy ban MTTQ huyện U Minh, cho biết huyện đang triển khai kế hoạch số 27/KH-MTTQ về vận động nhân dân đóng góp làm 16 cầu giao thông nông thôn, mỗi cầu do người dân góp khoảng 30% kinh phí. Bà Thạch Thị Sa Ly, Chủ tịch Ủy ban MTTQ xã Khánh Bình Tây Bắc, phản ánh nhiều hộ nghèo ven biển chưa có đất tái định cư nên chưa thể di dời.
Kết luận giao ban, đồng chí Lâm Văn Bi đề nghị quý IV, Mặt trận các cấp tiếp tục thực hiện Quyết định 1002/QĐ-TTg và Quyết định 716/QĐ-TTg của Thủ tướng Chính phủ về nâng cao nhận thức cộng đồng và phòng, chống thiên tai; chủ động nắm tình hình nhân dân vùng ven biển trước mùa gió chướng, phối hợp Hội Nông dân, Hội Liên hiệp Phụ nữ huy động nguồn lực xây dựng 50 căn nhà "Đại đoàn kết" cho hộ nghèo phải di dời trước Tết Giáp Ngọ.
Buổi giao ban cũng thống nhất tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2013 tại 100% khu dân cư.
Quốc Trí
Số lượt xem: 642
Tin khác
- Trần Văn Thời: bàn giao 12 căn nhà đại đoàn kết (20/09/2013)
- Đầm Dơi: hiệp thương giới thiệu người ứng cử Trưởng ấp (13/09/2013)
- Ngọc Hiển: Mặt trận vận động hỗ trợ ngư dân bị thiệt hại do bão (05/09/2013)
""", "2013-09-27", "Mặt trận chung tay cùng người dân vùng sạt lở bờ biển Tây",
E("giao_ban", "2013-Q3", "2013-09-25"),
[P("Lâm Văn Bi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Thị Ngọc Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ngô Hoàng Thám", "HUV", "Chủ tịch Ủy ban MTTQ huyện U Minh"),
 P("Thạch Thị Sa Ly", "Chủ tịch Ủy ban MTTQ xã Khánh Bình Tây Bắc")],
[Q("khoảng 30 m", 30, "m", "approx"), Q("1.260 hộ dân", 1260, "hộ dân"), Q("2.850 lượt người", 2850, "lượt người"),
 Q("34.000 cây đước, mắm", 34000, "cây đước, mắm"), Q("trên 740 triệu đồng", 740000000, "đồng", "over"),
 Q("296 hộ", 296, "hộ"), Q("2,5 triệu đồng", 2500000, "đồng"), Q("118 hộ dân", 118, "hộ dân"),
 Q("82%", 82, "%"), Q("42 khu dân cư", 42, "khu dân cư"), Q("16 cầu giao thông nông thôn", 16, "cầu giao thông nông thôn"),
 Q("khoảng 30%", 30, "%", "approx"), Q("50 căn nhà", 50, "căn nhà"), Q("100% khu dân cư", 100, "%")],
[D("Chương trình phối hợp", "05", "CTrPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 05/CTrPH-MTTQ-UBND"),
 D("Kế hoạch", "27", "KH-MTTQ", None, None, "kế hoạch số 27/KH-MTTQ"),
 D("Quyết định", "1002", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1002/QĐ-TTg"),
 D("Quyết định", "716", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 716/QĐ-TTg")],
[prov("Cà Mau"), com("Khánh Hội"), com("Khánh Bình Tây Bắc"), com("Phong Lạc")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH CÀ MAU", "Bạn đang ở: Trang chủ / Hoạt động Mặt trận / Tin trong tỉnh",
 "Toàn cảnh buổi giao ban.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Đại đoàn kết",
 "Khu tái định cư Kinh Hội", "Số lượt xem: 642"],
["Cập nhật: 16:40, 27/09/2013 (GMT+7)", "quý III năm 2013", "quý IV", "Tết Giáp Ngọ", "Số lượt xem: 642"]))

PAGES.append(page("b4712-kiengiang-hnd-tongket-2014", """
HỘI NÔNG DÂN TỈNH KIÊN GIANG
Trang chủ >> Tin tức >> Hoạt động Hội
29-12-2014 10:20
Nông dân Kiên Giang đóng góp trên 46 tỷ đồng làm thủy lợi, giao thông nông thôn
Sáng 26/12, Hội Nông dân tỉnh Kiên Giang tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2014, triển khai phương hướng, nhiệm vụ năm 2015. Dự hội nghị có đồng chí Danh Út, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam; đồng chí Lê Hoàng Minh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Năm 2014, các cấp Hội trong tỉnh đã vận động hội viên, nông dân đóng góp trên 46 tỷ đồng, 182.000 ngày công, hiến 214.600 m2 đất để nạo vét 1.037 công trình thủy lợi nội đồng, làm mới và nâng cấp 318 km đường giao thông nông thôn, xây dựng 96 cây cầu bê tông. Phong trào nông dân sản xuất, kinh doanh giỏi có 48.712 hộ đạt danh hiệu các cấp; Quỹ Hỗ trợ nông dân tăng trưởng 5,4 tỷ đồng, tổng nguồn quỹ đạt 31,6 tỷ đồng, giúp 2.180 hộ vay vốn phát triển sản xuất.
Đồng chí Danh Út (thứ ba từ trái) trao cờ thi đua cho các đơn vị. Ảnh: Thanh Hằng
Các cấp Hội đã tổ chức tuyên truyền, phổ biến Nghị quyết 26-NQ/TW của BCH Trung ương về nông nghiệp, nông dân, nông thôn và Chỉ thị 59-CT/TW của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với Hội Nông dân; phối hợp Sở Nông nghiệp và Phát triển nông thôn thực hiện Chương trình hành động số 21-CTr/TU của Tỉnh ủy về ứng phó với biến đổi khí hậu vùng ven biển. Ban Thường vụ Hội tỉnh ban hành Hướng dẫn 08, 09-HD/HNDT về xây dựng tổ hợp tác dùng nước và mô hình "Tổ nông dân tự quản đê bao".
Tại hội nghị, ông Trần Văn Tư, Chủ tịch Hội Nông dân xã Vĩnh Phong, cho biết xã vận động 1.100 hộ đóng góp 2,3 tỷ đồng khép kín 42 km đê bao, bảo vệ 3.600 ha lúa khỏi mặn xâm nhập. Ông Danh Sa Phước, nông dân ấp Xẻo Cạn, xã Vĩnh Hòa Hưng Nam, chia sẻ kinh nghiệm chuyển sang mô hình tôm - lúa trên đất nhiễm mặn, thu lãi trên 180 triệu đồng/năm.
Phát biểu tại hội nghị, đồng chí Lê Hoàng Minh đề nghị năm 2015, các cấp Hội bám sát Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ, phối hợp ngành chức năng hướng dẫn nông dân chủ động ứng phó hạn, mặn; phấn đấu 85% chi hội đạt vững mạnh, kết nạp 5.000 hội viên mới.
Dịp này, Trung ương Hội Nông dân Việt Nam tặng cờ thi đua cho Hội Nông dân huyện Tân Hiệp; UBND tỉnh tặng bằng khen cho 14 tập thể và 27 cá nhân.
Thanh Hằng
Tin cùng chuyên mục
- An Minh: nông dân góp tiền đắp đê bao chống triều cường (18/12/2014)
- Hội Nông dân tỉnh trao 100 suất học bổng cho con em hội viên (10/12/2014)
- Giồng Riềng ra mắt 12 tổ hợp tác sản xuất lúa (01/12/2014)
""", "2014-12-29", "Nông dân Kiên Giang đóng góp trên 46 tỷ đồng làm thủy lợi, giao thông nông thôn",
E("tong_ket", "2014", "2014-12-26"),
[P("Danh Út", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"),
 P("Lê Hoàng Minh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Tư", "Chủ tịch Hội Nông dân xã Vĩnh Phong"),
 P("Danh Sa Phước")],
[Q("trên 46 tỷ đồng", 46000000000, "đồng", "over"), Q("182.000 ngày công", 182000, "ngày công"),
 Q("214.600 m2", 214600, "m2"), Q("1.037 công trình thủy lợi nội đồng", 1037, "công trình thủy lợi nội đồng"),
 Q("318 km", 318, "km"), Q("96 cây cầu bê tông", 96, "cây cầu bê tông"), Q("48.712 hộ", 48712, "hộ"),
 Q("5,4 tỷ đồng", 5400000000, "đồng"), Q("31,6 tỷ đồng", 31600000000, "đồng"), Q("2.180 hộ", 2180, "hộ"),
 Q("1.100 hộ", 1100, "hộ"), Q("2,3 tỷ đồng", 2300000000, "đồng"), Q("42 km", 42, "km"), Q("3.600 ha", 3600, "ha"),
 Q("trên 180 triệu đồng/năm", 180000000, "đồng", "over"), Q("85%", 85, "%"), Q("5.000 hội viên mới", 5000, "hội viên mới"),
 Q("14 tập thể", 14, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Nghị quyết", "26", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 26-NQ/TW"),
 D("Chỉ thị", "59", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 59-CT/TW"),
 D("Chương trình hành động", "21", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 21-CTr/TU"),
 D("Hướng dẫn", "08", "HD/HNDT", None, "Ban Thường vụ Hội tỉnh", "Hướng dẫn 08, 09-HD/HNDT"),
 D("Hướng dẫn", "09", "HD/HNDT", None, "Ban Thường vụ Hội tỉnh", "Hướng dẫn 08, 09-HD/HNDT"),
 D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 673/QĐ-TTg")],
[prov("Kiên Giang"), com("Vĩnh Phong"), com("Vĩnh Hòa Hưng Nam")],
["HỘI NÔNG DÂN TỈNH KIÊN GIANG", "Trang chủ >> Tin tức >> Hoạt động Hội",
 "Đồng chí Danh Út (thứ ba từ trái) trao cờ thi đua cho các đơn vị. Ảnh: Thanh Hằng", "Tổ nông dân tự quản đê bao",
 "Quỹ Hỗ trợ nông dân"],
["29-12-2014 10:20", "năm 2014", "năm 2015", "thứ ba từ trái"]))

PAGES.append(page("b4713-travinh-bdv-hoinghi-2015", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Trà Vinh
Trang chủ | Hoạt động dân vận | Dân vận chính quyền
Ngày đăng 18/12/2015 | 15:05
Ảnh: Đồng chí Kim Ngọc Thái phát biểu tại hội nghị.
Vận động nhân dân chủ động phòng, chống hạn, xâm nhập mặn mùa khô 2015 - 2016
Chiều 16/12/2015, Ban Dân vận Tỉnh ủy phối hợp Sở Nông nghiệp và Phát triển nông thôn tổ chức hội nghị triển khai công tác vận động nhân dân phòng, chống hạn hán, xâm nhập mặn mùa khô 2015 - 2016. Đồng chí Kim Ngọc Thái, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Nguyễn Văn Phong, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn đồng chủ trì. Tham dự có 126 đại biểu là lãnh đạo Ban Dân vận, Ủy ban MTTQ và các đoàn thể 8 huyện, thị xã, thành phố.
Theo dự báo, mùa khô năm nay mặn xâm nhập sớm hơn trung bình nhiều năm khoảng 1,5 tháng, độ mặn 4‰ có thể vào sâu gần 60 km trên sông Cổ Chiên và sông Hậu; khoảng 25.000 ha lúa Đông Xuân và 8.700 hộ dân vùng ven biển có nguy cơ thiếu nước sinh hoạt. Ông Nguyễn Văn Phong cho biết, Sở đã tham mưu UBND tỉnh ban hành Kế hoạch số 89/KH-UBND ngày 02/12/2015 về phòng, chống hạn, mặn và Công văn số 4120/UBND-NN về việc nạo vét 145 công trình thủy lợi nội đồng trước ngày 31/01/2016.
Thực hiện Chỉ thị 02, 03-CT/TU của Ban Thường vụ Tỉnh ủy, Ban Dân vận Tỉnh ủy hướng dẫn khối dân vận các cấp vận động nhân dân trữ nước ngọt, xuống giống đúng lịch thời vụ, không sản xuất lúa ở vùng có nguy cơ cao; phối hợp vận động các chùa Phật giáo Nam tông Khmer hỗ trợ bồn chứa nước cho hộ nghèo. Năm 2015, nhân dân trong tỉnh đã đóng góp trên 12,8 tỷ đồng và 74.000 ngày công làm thủy lợi; 96 vị sư sãi, người có uy tín tham gia vận động đồng bào Khmer.
Tại hội nghị, Đại đức Thạch Sóc Xane, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Sambuor, xã Long Sơn, cam kết vận động phật tử trữ nước, hỗ trợ bà con khó khăn. Ông Huỳnh Minh Thơ, Phó Chủ tịch UBND xã Đông Hải, kiến nghị sớm đầu tư 3 cống ngăn mặn ở các ấp ven biển.
Kết luận hội nghị, đồng chí Kim Ngọc Thái đề nghị các cấp ủy, chính quyền thực hiện tốt Quy chế dân chủ ở cơ sở trong triển khai các công trình thủy lợi; phát huy vai trò tổ dân vận ấp, khóm, chi hội nông dân trong vận động người dân thực hiện phương châm "4 tại chỗ". Các huyện Cầu Ngang, Duyên Hải, Trà Cú báo cáo tình hình hạn, mặn về Ban Dân vận Tỉnh ủy định kỳ hằng tuần.
Hoàng Mai
Lượt truy cập: 3.417
Các tin đã đưa
- Ban Dân vận Tỉnh ủy họp mặt chức sắc các tôn giáo (10/12/2015)
- Tiểu Cần: 22 mô hình "Dân vận khéo" được nhân rộng (02/12/2015)
- Hội nghị giao ban khối dân vận quý IV năm 2015 (25/11/2015)
""", "2015-12-18", "Vận động nhân dân chủ động phòng, chống hạn, xâm nhập mặn mùa khô 2015 - 2016",
E("hoi_nghi", None, "2015-12-16"),
[P("Kim Ngọc Thái", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Phong", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Thạch Sóc Xane", "Đại đức", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Sambuor"),
 P("Huỳnh Minh Thơ", "Phó Chủ tịch UBND xã Đông Hải")],
[Q("126 đại biểu", 126, "đại biểu"), Q("8 huyện, thị xã, thành phố", 8, "huyện, thị xã, thành phố"),
 Q("4‰", 4, "‰"), Q("gần 60 km", 60, "km", "approx"),
 Q("khoảng 25.000 ha", 25000, "ha", "approx"), Q("8.700 hộ dân", 8700, "hộ dân"),
 Q("145 công trình thủy lợi nội đồng", 145, "công trình thủy lợi nội đồng"),
 Q("trên 12,8 tỷ đồng", 12800000000, "đồng", "over"), Q("74.000 ngày công", 74000, "ngày công"),
 Q("96 vị sư sãi, người có uy tín", 96, "vị sư sãi, người có uy tín"), Q("3 cống ngăn mặn", 3, "cống ngăn mặn")],
[D("Kế hoạch", "89", "KH-UBND", "2015-12-02", "UBND tỉnh", "Kế hoạch số 89/KH-UBND ngày 02/12/2015"),
 D("Công văn", "4120", "UBND-NN", None, "UBND tỉnh", "Công văn số 4120/UBND-NN"),
 D("Chỉ thị", "02", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 02, 03-CT/TU"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 02, 03-CT/TU")],
[prov("Trà Vinh"), com("Long Sơn"), com("Đông Hải")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Trà Vinh", "Trang chủ | Hoạt động dân vận | Dân vận chính quyền",
 "Ảnh: Đồng chí Kim Ngọc Thái phát biểu tại hội nghị.", "4 tại chỗ", "Quy chế dân chủ ở cơ sở", "Lượt truy cập: 3.417"],
["Ngày đăng 18/12/2015 | 15:05", "khoảng 1,5 tháng", "mùa khô 2015 - 2016", "4 tại chỗ", "Lượt truy cập: 3.417"]))

PAGES.append(page("b4714-bentre-mttq-giamsat-2016", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BẾN TRE
Trang chủ › Giám sát và phản biện xã hội
Thứ Sáu, 22/04/2016
Giám sát việc hỗ trợ người dân bị thiệt hại do hạn, mặn
Ngày 20/4/2016, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Cao Văn Trọng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ người dân tỉnh Bến Tre bị thiệt hại do hạn hán, xâm nhập mặn tại UBND huyện Ba Tri và các xã Bảo Thạnh, An Thủy. Đây là cuộc giám sát chuyên đề thứ hai trong chương trình giám sát năm 2016 của Mặt trận tỉnh.
Đoàn giám sát làm việc tại UBND xã An Thủy. Ảnh: Minh Châu
Theo báo cáo của UBND huyện Ba Tri, đợt hạn, mặn lịch sử mùa khô 2015 - 2016 đã làm thiệt hại 9.850 ha lúa, trên 1.200 ha hoa màu; khoảng 21.400 hộ thiếu nước sinh hoạt. Thực hiện Quyết định số 1417/QĐ-UBND ngày 14/3/2016 của UBND tỉnh, Quyết định 142/2009/QĐ-TTg và Quyết định 49/2012/QĐ-TTg của Thủ tướng Chính phủ, huyện đã chi hỗ trợ 38,6 tỷ đồng cho 11.927 hộ bị thiệt hại từ 30% trở lên; cấp 2.340 bồn chứa nước, mỗi bồn trị giá 1,8 triệu đồng, cho hộ nghèo, hộ cận nghèo. Ủy ban MTTQ huyện tiếp nhận trên 4,2 tỷ đồng hàng hóa và tiền mặt từ các tổ chức, cá nhân hảo tâm.
Qua giám sát, đoàn ghi nhận việc bình xét đối tượng được tổ chức công khai tại 100% ấp; tuy nhiên vẫn còn 17 trường hợp kê khai diện tích thiệt hại chưa đúng thực tế, 6 hộ khiếu nại về mức hỗ trợ. Bà Trần Thị Thu Ba, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Dân chủ - Pháp luật, đề nghị xã Bảo Thạnh niêm yết lại danh sách, tổ chức đối thoại với các hộ có ý kiến.
Ông Lê Văn Hoàng, HUV, Phó Chủ tịch UBND huyện Ba Tri, tiếp thu và cho biết huyện đang khẩn trương nạo vét 64 tuyến kênh trữ ngọt, vận động nhân dân hiến đất làm 2 trạm cấp nước tập trung. Ông Nguyễn Văn Bé Năm, Trưởng ban Công tác Mặt trận ấp Thạnh Hải, xã Bảo Thạnh, cho biết ấp có 210 hộ được hỗ trợ, nhân dân đồng tình cao.
Kết luận buổi giám sát, ông Cao Văn Trọng đề nghị huyện thực hiện đúng Quyết định 217-QĐ/TW của Bộ Chính trị về giám sát và phản biện xã hội của Mặt trận, bảo đảm hỗ trợ đúng người, đúng mức, không để thất thoát; Mặt trận các xã tăng cường phối hợp Ban Thanh tra nhân dân theo dõi việc chi trả. Kết quả giám sát sẽ được tổng hợp, kiến nghị UBND tỉnh trước ngày 15/5/2016.
Minh Châu
Lượt xem: 958
Tin liên quan
- Mặt trận tỉnh tiếp nhận 3.000 bình chứa nước ủng hộ người dân vùng hạn mặn (08/04/2016)
- Thạnh Phú: vận động hỗ trợ 500 hộ nghèo thiếu nước ngọt (29/03/2016)
- Hội nghị phản biện dự thảo Quyết định hỗ trợ khắc phục hạn, mặn (15/03/2016)
""", "2016-04-22", "Giám sát việc hỗ trợ người dân bị thiệt hại do hạn, mặn",
E("giam_sat", "2016", "2016-04-20"),
[P("Cao Văn Trọng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Thu Ba", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Dân chủ - Pháp luật"),
 P("Lê Văn Hoàng", "HUV", "Phó Chủ tịch UBND huyện Ba Tri"),
 P("Nguyễn Văn Bé Năm", "Trưởng ban Công tác Mặt trận ấp Thạnh Hải")],
[Q("9.850 ha", 9850, "ha"), Q("trên 1.200 ha", 1200, "ha", "over"), Q("khoảng 21.400 hộ", 21400, "hộ", "approx"),
 Q("38,6 tỷ đồng", 38600000000, "đồng"), Q("11.927 hộ", 11927, "hộ"), Q("từ 30% trở lên", 30, "%", "over"),
 Q("2.340 bồn chứa nước", 2340, "bồn chứa nước"), Q("1,8 triệu đồng", 1800000, "đồng"),
 Q("trên 4,2 tỷ đồng", 4200000000, "đồng", "over"), Q("100% ấp", 100, "%"), Q("17 trường hợp", 17, "trường hợp"),
 Q("6 hộ", 6, "hộ"), Q("64 tuyến kênh trữ ngọt", 64, "tuyến kênh trữ ngọt"), Q("2 trạm cấp nước tập trung", 2, "trạm cấp nước tập trung"),
 Q("210 hộ", 210, "hộ")],
[D("Quyết định", "1417", "QĐ-UBND", "2016-03-14", "UBND tỉnh", "Quyết định số 1417/QĐ-UBND ngày 14/3/2016"),
 D("Quyết định", "142", "2009/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 142/2009/QĐ-TTg"),
 D("Quyết định", "49", "2012/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 49/2012/QĐ-TTg"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW")],
[prov("Bến Tre"), com("Bảo Thạnh"), com("An Thủy")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BẾN TRE", "Trang chủ › Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND xã An Thủy. Ảnh: Minh Châu", "Ban Thanh tra nhân dân", "Lượt xem: 958"],
["Thứ Sáu, 22/04/2016", "thứ hai", "năm 2016", "mùa khô 2015 - 2016", "Lượt xem: 958"]))
