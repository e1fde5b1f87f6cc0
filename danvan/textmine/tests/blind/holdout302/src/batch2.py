from lib import *
PAGES = []

PAGES.append(page("b7211-hatinh-phatdong-thanghanhdong-2017", """
BÁO HÀ TĨNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HÀ TĨNH
Bạn đang ở: Trang chủ › Sức khỏe
Thứ Hai, 17/04/2017 - 07:30
Hà Tĩnh phát động Tháng hành động vì an toàn thực phẩm năm 2017
Sáng 15/4, tại chợ Hà Tĩnh (phường Bắc Hà, TP Hà Tĩnh), Ban Chỉ đạo liên ngành về vệ sinh an toàn thực phẩm tỉnh phối hợp Ủy ban MTTQ tỉnh tổ chức lễ phát động Tháng hành động vì an toàn thực phẩm với chủ đề "Tăng cường trách nhiệm của các cấp chính quyền trong quản lý an toàn thực phẩm".
Lực lượng tham gia lễ diễu hành sau lễ phát động.
Dự lễ phát động có Phó Chủ tịch UBND tỉnh Lê Đình Khoa, Trưởng Ban Chỉ đạo liên ngành về vệ sinh an toàn thực phẩm tỉnh; Chủ tịch Ủy ban MTTQ tỉnh Võ Thị Hoài và hơn 1.000 cán bộ, đoàn viên, hội viên, tiểu thương, học sinh trên địa bàn thành phố.
Năm 2016, toàn tỉnh đã kiểm tra 5.412 lượt cơ sở, xử phạt 364 cơ sở với số tiền 185 triệu đồng; tiêu hủy khoảng 2,3 tấn thực phẩm hết hạn, không rõ nguồn gốc. Tuy vậy, tình trạng dùng chất cấm trong chăn nuôi, thuốc bảo vệ thực vật vượt ngưỡng trên rau vẫn còn; 2 vụ ngộ độc thực phẩm làm 58 người phải cấp cứu.
Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Lê Đình Khoa đề nghị các cấp, các ngành quán triệt Chỉ thị số 13/CT-TTg ngày 09/5/2016 của Thủ tướng Chính phủ về việc tăng cường trách nhiệm quản lý nhà nước về an toàn thực phẩm; người đứng đầu chính quyền xã, phường phải chịu trách nhiệm nếu để xảy ra ngộ độc thực phẩm đông người trên địa bàn. Theo Kế hoạch số 98/KH-UBND ngày 28/3/2017 của UBND tỉnh, trong tháng hành động, các đoàn liên ngành sẽ kiểm tra ít nhất 300 cơ sở tại 13 huyện, thành phố, thị xã, tập trung vào chợ đầu mối, bếp ăn trường học và các cơ sở giết mổ.
Bà Võ Thị Hoài cho biết, Mặt trận các cấp sẽ đưa tiêu chí an toàn thực phẩm vào bình xét khu dân cư văn hóa; vận động mỗi xã, phường xây dựng một mô hình "Khu dân cư không sử dụng thực phẩm bẩn". Năm 2016, Mặt trận tỉnh đã chủ trì 18 cuộc giám sát, phát hiện và kiến nghị xử lý 27 hộ kinh doanh thịt không qua kiểm dịch.
Đại diện tiểu thương, bà Nguyễn Thị Thanh, Trưởng ban tự quản ngành hàng thịt chợ Hà Tĩnh, hứa không nhập hàng không rõ nguồn gốc. Xã Thạch Hạ và phường Bắc Hà ký giao ước thi đua xây dựng chợ văn minh thương mại.
Sau lễ phát động, 12 xe loa và các đoàn diễu hành đã tuyên truyền qua các tuyến phố chính.
Thiên Vỹ
Tin liên quan
- Can Lộc: tập huấn an toàn thực phẩm cho người nấu cỗ (10/04/2017)
- Phát hiện gần 500 kg nội tạng bốc mùi (03/04/2017)
- Kỳ Anh kiểm tra bếp ăn các trường mầm non (25/03/2017)
- Hương Sơn: ra mắt chợ bảo đảm an toàn thực phẩm (18/03/2017)
""", "2017-04-17", "Hà Tĩnh phát động Tháng hành động vì an toàn thực phẩm năm 2017",
E("khac", None, "2017-04-15"),
[P("Lê Đình Khoa", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo liên ngành về vệ sinh an toàn thực phẩm tỉnh"),
 P("Võ Thị Hoài", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Thanh", "Trưởng ban tự quản ngành hàng thịt chợ Hà Tĩnh")],
[Q("hơn 1.000 cán bộ, đoàn viên, hội viên, tiểu thương, học sinh", 1000, "cán bộ, đoàn viên, hội viên, tiểu thương, học sinh", "over"),
 Q("5.412 lượt cơ sở", 5412, "lượt cơ sở"), Q("364 cơ sở", 364, "cơ sở"), Q("185 triệu đồng", 185000000, "đồng"),
 Q("khoảng 2,3 tấn", 2.3, "tấn", "approx"), Q("2 vụ ngộ độc thực phẩm", 2, "vụ ngộ độc thực phẩm"), Q("58 người", 58, "người"),
 Q("ít nhất 300 cơ sở", 300, "cơ sở", "over"), Q("13 huyện, thành phố, thị xã", 13, "huyện, thành phố, thị xã"),
 Q("18 cuộc giám sát", 18, "cuộc giám sát"), Q("27 hộ kinh doanh thịt", 27, "hộ kinh doanh thịt"), Q("12 xe loa", 12, "xe loa")],
[D("Chỉ thị", "13", "CT-TTg", "2016-05-09", "Thủ tướng Chính phủ", "Chỉ thị số 13/CT-TTg ngày 09/5/2016 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "98", "KH-UBND", "2017-03-28", "UBND tỉnh", "Kế hoạch số 98/KH-UBND ngày 28/3/2017 của UBND tỉnh")],
[prov("Hà Tĩnh"), com("Bắc Hà"), com("Thạch Hạ")],
["BÁO HÀ TĨNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HÀ TĨNH", "Bạn đang ở: Trang chủ › Sức khỏe",
 "Lực lượng tham gia lễ diễu hành sau lễ phát động.", "Tháng hành động vì an toàn thực phẩm",
 "Tăng cường trách nhiệm của các cấp chính quyền trong quản lý an toàn thực phẩm",
 "Khu dân cư không sử dụng thực phẩm bẩn", "chợ Hà Tĩnh"],
["Thứ Hai, 17/04/2017 - 07:30", "năm 2017", "Năm 2016", "một mô hình"]))

PAGES.append(page("b7212-binhduong-mttq-giaoban-q3-2018", """
Báo Bình Dương Online
Chính trị » Mặt trận - Đoàn thể
05/10/2018 | 10:12
Bình Dương: Siết chặt giám sát thực phẩm tại chợ tự phát gần khu công nghiệp
(BDO) Sáng 4/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức giao ban công tác giám sát an toàn thực phẩm quý III năm 2018 với Mặt trận các huyện, thị xã, thành phố. Ông Nguyễn Văn Lộc, ông Trần Thanh Liêm - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đồng chủ trì.
Theo báo cáo, trong quý III, Mặt trận các cấp đã tổ chức 47 cuộc giám sát tại 112 cơ sở kinh doanh, chế biến thực phẩm và 15 chợ tự phát quanh các khu công nghiệp. Những chợ này phục vụ khoảng 40.000 công nhân, nhưng phần lớn họp trên vỉa hè, không có nước sạch, hàng tươi sống bày dưới đất. Qua giám sát, Mặt trận đã kiến nghị cơ quan chức năng xử phạt 29 hộ kinh doanh với số tiền 63,5 triệu đồng.
Việc giám sát thực hiện theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận và Kế hoạch 05/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh. Các đoàn cũng đối chiếu với những điểm mới của Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính phủ quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm, nhất là quy định tự công bố sản phẩm.
Bà Lê Thị Thúy Hằng, Phó Chủ tịch Ủy ban MTTQ thị xã Thuận An, cho biết chợ tự phát ở khu phố Bình Đức đã được di dời vào chợ có mái che, 78% tiểu thương chấp hành nhưng vẫn còn hàng rong tái lấn chiếm vào giờ tan ca. Ông Huỳnh Văn Sáu, Trưởng khu phố Bình Đức, phường Bình Hòa, đề xuất lập tổ tự quản gồm công an khu vực, cán bộ Mặt trận và tiểu thương để nhắc nhở hằng ngày.
Cũng tại giao ban, đại diện Hội Liên hiệp Phụ nữ tỉnh thông tin đã vận động 1.250 hội viên là tiểu thương ký cam kết không kinh doanh thực phẩm bẩn; Đoàn Thanh niên duy trì các đội tình nguyện hướng dẫn công nhân trọ cách chọn mua thịt, cá, rau an toàn vào cuối tuần.
Đại diện Mặt trận thị xã Bến Cát phản ánh tình trạng bán thịt heo không dấu kiểm dịch tại chợ đêm phường Mỹ Phước; sau giám sát, phường đã thu giữ khoảng 350 kg thịt.
Kết luận giao ban, ông Nguyễn Văn Lộc đề nghị quý IV, Mặt trận 9 huyện, thị xã, thành phố tập trung giám sát chợ tự phát và bếp ăn trường mầm non tư thục; phối hợp với các công ty trong khu công nghiệp vận động công nhân "nói không với thực phẩm bẩn", mua hàng ở nơi có nguồn gốc rõ ràng.
Thanh Hương
Tin khác
- Tân Uyên: 20 bếp ăn tập thể được giám sát (28/09/2018)
- Thủ Dầu Một ra mắt chợ thực phẩm an toàn (20/09/2018)
- Dĩ An phát hiện cơ sở sản xuất chả lụa dùng hàn the (11/09/2018)
- Phú Giáo: Mặt trận giám sát bếp ăn trường mầm non (04/09/2018)
- Bàu Bàng ra quân kiểm tra thực phẩm dịp Tết Trung thu (28/08/2018)
""", "2018-10-05", "Bình Dương: Siết chặt giám sát thực phẩm tại chợ tự phát gần khu công nghiệp",
E("giao_ban", "2018-Q3", "2018-10-04"),
[P("Nguyễn Văn Lộc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thanh Liêm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Thúy Hằng", "Phó Chủ tịch Ủy ban MTTQ thị xã Thuận An"),
 P("Huỳnh Văn Sáu", "Trưởng khu phố Bình Đức")],
[Q("47 cuộc giám sát", 47, "cuộc giám sát"), Q("112 cơ sở kinh doanh, chế biến thực phẩm", 112, "cơ sở kinh doanh, chế biến thực phẩm"),
 Q("15 chợ tự phát", 15, "chợ tự phát"), Q("khoảng 40.000 công nhân", 40000, "công nhân", "approx"),
 Q("29 hộ kinh doanh", 29, "hộ kinh doanh"), Q("63,5 triệu đồng", 63500000, "đồng"), Q("78%", 78, "%"), Q("1.250 hội viên", 1250, "hội viên"),
 Q("khoảng 350 kg", 350, "kg", "approx"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN"),
 D("Kế hoạch", "05", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 05/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh"),
 D("Nghị định", "15", "2018/NĐ-CP", "2018-02-02", "Chính phủ", "Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính phủ")],
[prov("Bình Dương"), com("Bình Hòa"), com("Mỹ Phước")],
["Báo Bình Dương Online", "Chính trị » Mặt trận - Đoàn thể", "(BDO)", "Luật An toàn thực phẩm", "nói không với thực phẩm bẩn"],
["05/10/2018 | 10:12", "quý III năm 2018", "quý III", "quý IV"]))

PAGES.append(page("b7213-sonla-mttq-giamsat-bantru-2018", """
SƠN LA ĐIỆN TỬ - BÁO CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN CÁC DÂN TỘC TỈNH SƠN LA
Giáo dục :: Tin tức
Thứ tư, 14/11/2018 | 15:40
Giám sát bữa ăn bán trú ở Mường La
Ngày 13/11, đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh Sơn La do bà Lò Thị Mai, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ và bảo đảm an toàn thực phẩm trong tổ chức ăn bán trú tại các trường phổ thông dân tộc bán trú trên địa bàn huyện Mường La.
Đoàn đến làm việc tại Trường PTDTBT Tiểu học Chiềng Lao, Trường PTDTBT THCS Nặm Păm và kiểm tra thực tế bếp ăn ở 5 điểm trường. Năm học 2018 - 2019, hai xã Chiềng Lao và Nặm Păm có 1.236 học sinh bán trú, phần lớn là con em đồng bào Thái, Mông ở các bản xa trung tâm.
Theo Nghị định số 116/2016/NĐ-CP ngày 18/7/2016 của Chính phủ, mỗi học sinh bán trú được hỗ trợ tiền ăn bằng 40% mức lương cơ sở và 15 kg gạo mỗi tháng. Qua giám sát, các trường đều công khai thực đơn, có sổ kiểm thực ba bước, lưu mẫu thức ăn; bữa ăn có thịt, cá hoặc trứng. Tuy nhiên, đơn giá mỗi bữa chỉ khoảng 12.000 đồng; nhà bếp Trường PTDTBT THCS Nặm Păm còn chật, nấu bằng củi, chưa tách khu sơ chế và khu chia thức ăn; 3 điểm trường chưa có nước sạch phải dùng nước khe.
Theo báo cáo của huyện, toàn huyện Mường La hiện có 27 trường phổ thông dân tộc bán trú với hơn 6.800 học sinh ở bán trú; năm học trước, huyện đã đầu tư 1,6 tỷ đồng xây mới 4 nhà bếp và mua sắm tủ lưu mẫu, tủ bát cho các điểm trường lẻ.
Thầy Vì Văn Hịa, Hiệu trưởng Trường PTDTBT Tiểu học Chiềng Lao cho biết, nhà trường vận động cha mẹ học sinh góp rau, củi và cử người luân phiên nấu ăn; đầu năm học, nhà trường đã phối hợp Trạm Y tế xã tập huấn cho 14 người nấu ăn. Ông Mùa A Vảng, Chủ tịch Ủy ban MTTQ xã Nặm Păm, đề nghị tỉnh hỗ trợ xây bể chứa nước cho các điểm trường bản Nà Lìu, Huổi Pu.
Bà Lò Thị Mai đánh giá cao sự chủ động của nhà trường và chính quyền xã; đề nghị huyện rà soát, bố trí kinh phí sửa chữa bếp ăn trước mùa rét; giao Mặt trận xã phối hợp với ban đại diện cha mẹ học sinh giám sát việc giao nhận thực phẩm hằng ngày, không mua thịt không rõ nguồn gốc ở các chợ phiên. Kết quả giám sát sẽ được tổng hợp theo Kế hoạch số 112/KH-MTTQ-BTT ngày 25/10/2018 của Ban Thường trực Ủy ban MTTQ tỉnh, báo cáo UBND tỉnh trước ngày 15/12.
Cùng đi với đoàn có ông Cầm Văn Ơn, Phó Trưởng phòng Giáo dục và Đào tạo huyện Mường La.
Quàng Hương
Tin cùng chuyên mục
- Yên Châu: bữa ăn bán trú có thêm sữa (07/11/2018)
- Mộc Châu tập huấn người nấu ăn trường học (30/10/2018)
- Thuận Châu: xây mới 6 nhà bếp bán trú (22/10/2018)
- Sông Mã: phụ huynh cùng nhà trường giám sát bếp ăn (15/10/2018)
""", "2018-11-14", "Giám sát bữa ăn bán trú ở Mường La",
E("giam_sat", None, "2018-11-13"),
[P("Lò Thị Mai", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vì Văn Hịa", "Hiệu trưởng Trường PTDTBT Tiểu học Chiềng Lao"),
 P("Mùa A Vảng", "Chủ tịch Ủy ban MTTQ xã Nặm Păm"),
 P("Cầm Văn Ơn", "Phó Trưởng phòng Giáo dục và Đào tạo huyện Mường La")],
[Q("5 điểm trường", 5, "điểm trường"), Q("hai xã", 2, "xã"), Q("1.236 học sinh bán trú", 1236, "học sinh bán trú"),
 Q("27 trường phổ thông dân tộc bán trú", 27, "trường phổ thông dân tộc bán trú"), Q("hơn 6.800 học sinh", 6800, "học sinh", "over"),
 Q("1,6 tỷ đồng", 1600000000, "đồng"), Q("4 nhà bếp", 4, "nhà bếp"), Q("40%", 40, "%"), Q("15 kg", 15, "kg"), Q("khoảng 12.000 đồng", 12000, "đồng", "approx"),
 Q("3 điểm trường", 3, "điểm trường"), Q("14 người nấu ăn", 14, "người nấu ăn")],
[D("Nghị định", "116", "2016/NĐ-CP", "2016-07-18", "Chính phủ", "Nghị định số 116/2016/NĐ-CP ngày 18/7/2016 của Chính phủ"),
 D("Kế hoạch", "112", "KH-MTTQ-BTT", "2018-10-25", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 112/KH-MTTQ-BTT ngày 25/10/2018 của Ban Thường trực Ủy ban MTTQ tỉnh")],
[prov("Sơn La"), com("Chiềng Lao"), com("Nặm Păm")],
["SƠN LA ĐIỆN TỬ - BÁO CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN CÁC DÂN TỘC TỈNH SƠN LA", "Giáo dục :: Tin tức",
 "Trường PTDTBT Tiểu học Chiềng Lao", "Trường PTDTBT THCS Nặm Păm"],
["Thứ tư, 14/11/2018 | 15:40", "Năm học 2018 - 2019", "sổ kiểm thực ba bước", "trước ngày 15/12"]))

PAGES.append(page("b7214-longan-hlpn-traotang-truongmamnon-2019", """
BÁO LONG AN ONLINE
Xã hội - Giáo dục
12-09-2019 08:55
Ảnh: Các em nhỏ vui nhận quà Trung thu.
Trao tủ lạnh lưu mẫu thức ăn và quà Trung thu cho trường mầm non vùng biên
Ngày 11/9, Hội Liên hiệp Phụ nữ tỉnh Long An phối hợp với Sở Giáo dục và Đào tạo, một doanh nghiệp sữa tổ chức trao tặng thiết bị bảo đảm an toàn thực phẩm và quà Trung thu cho 12 trường mầm non, mẫu giáo ở các huyện biên giới Vĩnh Hưng, Tân Hưng. Tổng trị giá quà tặng là 280 triệu đồng.
Theo đó, các trường nhận 30 tủ lạnh để lưu mẫu thức ăn 24 giờ, 12 bộ dụng cụ test nhanh và 500 phần quà Trung thu cho học sinh, mỗi phần quà trị giá 200.000 đồng gồm bánh, sữa, lồng đèn. Ngoài ra, Hội tặng 60 bộ quần áo bảo hộ cho nhân viên nhà bếp.
Phát biểu tại buổi trao quà ở Trường Mẫu giáo xã Tuyên Bình, bà Nguyễn Thị Kim Phượng, Phó Chủ tịch Hội LHPN tỉnh cho biết, qua khảo sát đầu năm học, nhiều trường vùng biên chưa có tủ lưu mẫu riêng, thực phẩm mua ở chợ xã không có hóa đơn, sổ sách theo dõi chưa đầy đủ. Đây là nội dung Hội đưa vào chương trình phối hợp với ngành giáo dục theo Kế hoạch số 125/KH-HLHPN ngày 10/6/2019 của Ban Thường vụ Hội LHPN tỉnh, hướng đến mục tiêu 100% trường mầm non có bếp ăn được lưu mẫu đúng quy định.
Theo Sở Giáo dục và Đào tạo, năm học 2019 - 2020 toàn tỉnh có 241 trường mầm non, mẫu giáo, trong đó khoảng 70% tổ chức bán trú. Năm học trước, ở một số trường đã có trẻ bị đau bụng sau khi ăn quà vặt mua ở cổng trường; vì vậy các trường được yêu cầu phối hợp với công an xã không để hàng rong bày bán quà vặt không rõ nguồn gốc trước cổng, nhất là vào mùa Trung thu.
Cô Trần Thị Ngọc Hân, Hiệu trưởng Trường Mẫu giáo xã Bình Hiệp, cho biết trường có 186 trẻ ăn bán trú; từ nay mỗi bữa sẽ lưu mẫu đầy đủ, mời đại diện phụ huynh cùng kiểm tra thực phẩm đầu vào. Bà Lê Thị Út, Chủ tịch Hội LHPN xã Tuyên Bình, vận động các hội viên trồng rau sạch cung cấp cho bếp ăn của trường với giá ưu đãi.
Dịp này, ông Võ Thành Được, Phó Giám đốc Sở Giáo dục và Đào tạo nhắc lại Quyết định số 2195/QĐ-UBND ngày 19/6/2019 của UBND tỉnh về kế hoạch bảo đảm an toàn thực phẩm trong trường học giai đoạn 2019 - 2021, đề nghị các phòng giáo dục kiểm tra bếp ăn ít nhất 2 lần mỗi học kỳ.
Các em học sinh đã được xem múa lân, phá cỗ và nghe cô giáo hướng dẫn rửa tay trước khi ăn.
Lệ Thủy
Tin cùng chuyên mục
- Đức Hòa: kiểm tra an toàn thực phẩm mùa Trung thu (09/09/2019)
- Bến Lức: phát hiện bánh Trung thu không nhãn mác (05/09/2019)
- Phụ nữ Cần Giuộc với mô hình "Bếp ăn sạch" (28/08/2019)
- Tân Thạnh: tập huấn kiến thức an toàn thực phẩm cho nhân viên cấp dưỡng (20/08/2019)
- Kiểm tra bếp ăn trước thềm năm học mới (12/08/2019)
""", "2019-09-12", "Trao tủ lạnh lưu mẫu thức ăn và quà Trung thu cho trường mầm non vùng biên",
E("trao_qua", None, "2019-09-11"),
[P("Nguyễn Thị Kim Phượng", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trần Thị Ngọc Hân", "Hiệu trưởng Trường Mẫu giáo xã Bình Hiệp"),
 P("Lê Thị Út", "Chủ tịch Hội LHPN xã Tuyên Bình"),
 P("Võ Thành Được", "Phó Giám đốc Sở Giáo dục và Đào tạo")],
[Q("12 trường mầm non, mẫu giáo", 12, "trường mầm non, mẫu giáo"), Q("280 triệu đồng", 280000000, "đồng"),
 Q("30 tủ lạnh", 30, "tủ lạnh"), Q("12 bộ dụng cụ test nhanh", 12, "bộ dụng cụ test nhanh"),
 Q("500 phần quà", 500, "phần quà"), Q("200.000 đồng", 200000, "đồng"), Q("60 bộ quần áo bảo hộ", 60, "bộ quần áo bảo hộ"),
 Q("100%", 100, "%"), Q("241 trường mầm non, mẫu giáo", 241, "trường mầm non, mẫu giáo"), Q("khoảng 70%", 70, "%", "approx"), Q("186 trẻ", 186, "trẻ")],
[D("Kế hoạch", "125", "KH-HLHPN", "2019-06-10", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 125/KH-HLHPN ngày 10/6/2019 của Ban Thường vụ Hội LHPN tỉnh"),
 D("Quyết định", "2195", "QĐ-UBND", "2019-06-19", "UBND tỉnh", "Quyết định số 2195/QĐ-UBND ngày 19/6/2019 của UBND tỉnh")],
[prov("Long An"), com("Tuyên Bình"), com("Bình Hiệp")],
["BÁO LONG AN ONLINE", "Xã hội - Giáo dục", "Ảnh: Các em nhỏ vui nhận quà Trung thu."],
["12-09-2019 08:55", "năm học 2019 - 2020", "24 giờ", "giai đoạn 2019 - 2021", "ít nhất 2 lần mỗi học kỳ", "mỗi phần quà"]))

PAGES.append(page("b7215-hue-hoibvqlntd-tongket-2020", """
BÁO THỪA THIÊN HUẾ ONLINE
Trang chủ >> Xã hội >> Đời sống
Thứ Tư, 30/12/2020, 14:10
Hướng về chợ truyền thống, bảo vệ người tiêu dùng
Chiều 29/12, Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Thừa Thiên Huế tổ chức hội nghị tổng kết hoạt động năm 2020 và triển khai phương hướng năm 2021. Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phan Thị Hòa dự và phát biểu chỉ đạo.
Năm 2020, dù chịu ảnh hưởng của dịch COVID-19 và bão lũ liên tiếp, Hội đã tiếp nhận 46 đơn khiếu nại của người tiêu dùng, giải quyết thành công 41 vụ việc, thu hồi cho người tiêu dùng hơn 120 triệu đồng. Các khiếu nại chủ yếu liên quan đến thực phẩm chức năng bán qua mạng, hàng đông lạnh hết hạn và cân sai ở chợ.
Hội đã phối hợp Ban Quản lý chợ Đông Ba, chợ An Cựu và 6 chợ truyền thống khác đặt cân đối chứng, treo bảng "Điểm hỗ trợ người tiêu dùng"; tổ chức 24 buổi truyền thông tại chợ và trường học với khoảng 3.500 lượt người tham dự. Trong năm, Hội thành lập mới 3 chi hội, nâng tổng số lên 32 chi hội; kết nạp 215 hội viên mới.
Bên cạnh đó, Hội cử 18 tình nguyện viên trực tại các chợ vào dịp cao điểm trước Tết, đề nghị giám định 9 mẫu hàng hóa theo phản ánh của người tiêu dùng; văn phòng tư vấn của Hội trả lời gần 300 cuộc gọi qua đường dây nóng, phần nhiều hỏi về cách nhận biết hàng giả, hàng nhái.
Chủ tịch Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Tôn Thất Hùng cho biết, sau 10 năm thi hành Luật Bảo vệ quyền lợi người tiêu dùng số 59/2010/QH12, nhận thức của người tiêu dùng đã nâng lên, song nhiều người vẫn ngại khiếu nại khi mua phải thực phẩm kém chất lượng. Hội kiến nghị UBND tỉnh sớm ban hành quy chế phối hợp giữa Hội với các sở, ngành theo tinh thần Nghị định số 99/2011/NĐ-CP ngày 27/10/2011 của Chính phủ.
Tham luận tại hội nghị, PGS.TS. Nguyễn Văn Quý, Phó Chủ tịch Hội, Trưởng ban Tư vấn pháp lý cho rằng cần đưa quyền của người tiêu dùng vào các buổi ngoại khóa ở trường trung học. Bà Hồ Thị Lài, Chi hội trưởng chi hội phường Phú Hòa, đề xuất lắp loa tuyên truyền trong nhà lồng chợ.
Bà Phan Thị Hòa ghi nhận những đóng góp của Hội, đề nghị năm 2021 Hội phối hợp với Mặt trận các cấp thực hiện cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam", gắn với giám sát an toàn thực phẩm ở chợ và bếp ăn trường học.
Dịp này, 5 tập thể và 11 cá nhân được nhận giấy khen của Hội.
Bài, ảnh: Hoài Thương
Bài viết liên quan
- Ngày Quyền của người tiêu dùng Việt Nam: người dân còn ngại khiếu nại (15/03/2020)
- Phát hiện 1,5 tấn thịt đông lạnh hết hạn (10/02/2020)
- Chợ Đông Ba lắp đặt cân đối chứng (22/01/2020)
""", "2020-12-30", "Hướng về chợ truyền thống, bảo vệ người tiêu dùng",
E("tong_ket", "2020", "2020-12-29"),
[P("Phan Thị Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Tôn Thất Hùng", "Chủ tịch Hội Bảo vệ quyền lợi người tiêu dùng tỉnh"),
 P("Nguyễn Văn Quý", "PGS.TS.", "Phó Chủ tịch Hội", "Trưởng ban Tư vấn pháp lý"),
 P("Hồ Thị Lài", "Chi hội trưởng chi hội phường Phú Hòa")],
[Q("46 đơn khiếu nại", 46, "đơn khiếu nại"), Q("41 vụ việc", 41, "vụ việc"), Q("hơn 120 triệu đồng", 120000000, "đồng", "over"),
 Q("6 chợ truyền thống", 6, "chợ truyền thống"), Q("24 buổi truyền thông", 24, "buổi truyền thông"),
 Q("khoảng 3.500 lượt người", 3500, "lượt người", "approx"), Q("3 chi hội", 3, "chi hội"), Q("32 chi hội", 32, "chi hội"),
 Q("215 hội viên mới", 215, "hội viên mới"), Q("18 tình nguyện viên", 18, "tình nguyện viên"), Q("9 mẫu hàng hóa", 9, "mẫu hàng hóa"), Q("gần 300 cuộc gọi", 300, "cuộc gọi", "approx"), Q("5 tập thể", 5, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Luật", "59", "2010/QH12", None, None, "Luật Bảo vệ quyền lợi người tiêu dùng số 59/2010/QH12"),
 D("Nghị định", "99", "2011/NĐ-CP", "2011-10-27", "Chính phủ", "Nghị định số 99/2011/NĐ-CP ngày 27/10/2011 của Chính phủ")],
[prov("Thừa Thiên Huế"), com("Phú Hòa")],
["BÁO THỪA THIÊN HUẾ ONLINE", "Trang chủ >> Xã hội >> Đời sống", "Điểm hỗ trợ người tiêu dùng",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "chợ Đông Ba", "chợ An Cựu"],
["Thứ Tư, 30/12/2020, 14:10", "năm 2020", "năm 2021", "COVID-19", "10 năm"]))

PAGES.append(page("b7216-quangninh-mttq-soket-6thang-2021", """
Báo Quảng Ninh điện tử
Trang chủ - Chính trị - Mặt trận
Cập nhật: 08/07/2021 09:15
Mặt trận Quảng Ninh sơ kết giám sát an toàn thực phẩm tại chợ, trường học
Ngày 7/7, Ủy ban MTTQ tỉnh tổ chức hội nghị trực tuyến sơ kết công tác giám sát bảo đảm an toàn thực phẩm 6 tháng đầu năm 2021 tới 13 điểm cầu địa phương. Đồng chí Vũ Thị Thu Hường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
Trong bối cảnh phòng, chống dịch COVID-19, Mặt trận các cấp đã thực hiện Kết luận 02, 03-KL/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác bảo đảm an toàn thực phẩm và về quản lý chợ, siêu thị trong tình hình mới. Theo Kế hoạch số 38/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, 6 tháng qua toàn tỉnh tổ chức 86 cuộc giám sát, trong đó 31 cuộc tại chợ và 22 cuộc tại bếp ăn tập thể trường học; 177 ban giám sát đầu tư của cộng đồng và ban thanh tra nhân dân được huy động.
Theo Sở Công Thương, toàn tỉnh hiện có 118 chợ và 14 siêu thị, trung tâm thương mại; trong đợt dịch đầu năm, nhiều chợ phải phân luồng, bán hàng theo ngày chẵn, lẻ, lập chốt kiểm soát ở cổng, khiến việc giám sát thực phẩm gặp không ít khó khăn.
Qua giám sát, Mặt trận phát hiện và kiến nghị xử lý 54 hộ kinh doanh chưa bảo đảm điều kiện, thu hồi 7 giấy chứng nhận; 96,5% bếp ăn trường học được giám sát đạt yêu cầu. Tổng số tiền xử phạt của các cơ quan chức năng sau kiến nghị của Mặt trận là gần 270 triệu đồng.
Tại hội nghị, đồng chí Đặng Thị Nga, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh, trình bày báo cáo; nhấn mạnh mô hình "Chợ an toàn thực phẩm" tại chợ Hạ Long I đã kiểm soát được nguồn gốc 100% thịt gia súc, gia cầm. Đại diện Mặt trận phường Hồng Hà cho biết các tổ COVID cộng đồng kiêm nhiệm việc nhắc nhở tiểu thương đeo khẩu trang, giữ khoảng cách và không bày bán thực phẩm dưới đất. Bà Lý Thị Sinh, Chủ tịch Ủy ban MTTQ xã Quảng La, đề nghị hỗ trợ test nhanh cho chợ phiên vùng đồng bào Dao.
Phát biểu kết luận, đồng chí Vũ Thị Thu Hường yêu cầu 6 tháng cuối năm tăng cường giám sát bếp ăn trường học trước năm học mới; phát huy vai trò các ban công tác Mặt trận khu dân cư trong phát hiện, tố giác cơ sở vi phạm; thực hiện nghiêm Nghị quyết số 43/2017/QH14 của Quốc hội về đẩy mạnh thực hiện chính sách, pháp luật về quản lý an toàn thực phẩm.
Thu Nguyệt
Tin liên quan
- Hạ Long: ra mắt mô hình chợ 4.0 thanh toán không dùng tiền mặt (30/06/2021)
- Cẩm Phả kiểm tra thực phẩm tại các bếp ăn khu công nghiệp (22/06/2021)
- Đông Triều: 100% trường mầm non có bếp một chiều (15/06/2021)
- Vân Đồn: giám sát việc bán hải sản tại chợ Cái Rồng (08/06/2021)
""", "2021-07-08", "Mặt trận Quảng Ninh sơ kết giám sát an toàn thực phẩm tại chợ, trường học",
E("so_ket", "2021-H1", "2021-07-07"),
[P("Vũ Thị Thu Hường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đặng Thị Nga", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Lý Thị Sinh", "Chủ tịch Ủy ban MTTQ xã Quảng La")],
[Q("13 điểm cầu", 13, "điểm cầu"), Q("86 cuộc giám sát", 86, "cuộc giám sát"), Q("31 cuộc", 31, "cuộc"), Q("22 cuộc", 22, "cuộc"),
 Q("177 ban giám sát đầu tư của cộng đồng và ban thanh tra nhân dân", 177, "ban giám sát đầu tư của cộng đồng và ban thanh tra nhân dân"),
 Q("118 chợ", 118, "chợ"), Q("14 siêu thị, trung tâm thương mại", 14, "siêu thị, trung tâm thương mại"), Q("54 hộ kinh doanh", 54, "hộ kinh doanh"), Q("7 giấy chứng nhận", 7, "giấy chứng nhận"), Q("96,5%", 96.5, "%"),
 Q("gần 270 triệu đồng", 270000000, "đồng", "approx"), Q("100%", 100, "%")],
[D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 02, 03-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 02, 03-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kế hoạch", "38", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 38/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh"),
 D("Nghị quyết", "43", "2017/QH14", None, "Quốc hội", "Nghị quyết số 43/2017/QH14 của Quốc hội")],
[prov("Quảng Ninh"), com("Hồng Hà"), com("Quảng La")],
["Báo Quảng Ninh điện tử", "Trang chủ - Chính trị - Mặt trận", "Chợ an toàn thực phẩm", "chợ Hạ Long I"],
["Cập nhật: 08/07/2021 09:15", "6 tháng đầu năm 2021", "6 tháng qua", "6 tháng cuối năm", "COVID-19"]))
