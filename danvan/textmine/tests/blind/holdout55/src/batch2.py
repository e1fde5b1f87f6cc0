from lib import *
PAGES = []

PAGES.append(page("b1283-thanhhoa-bdv-taphuan-mientay-2017", """
BÁO THANH HÓA
Trang chủ | Thời sự | Xây dựng Đảng
Thứ Ba, 18/04/2017 - 10:20
Tập huấn nghiệp vụ dân vận cho 180 cán bộ cơ sở miền núi
Quang cảnh lớp tập huấn.
(Baothanhhoa.vn) - Ngày 17 và 18/4, tại huyện Ngọc Lặc, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2017 cho 180 cán bộ cơ sở là trưởng khối dân vận, cán bộ Mặt trận, đoàn thể các xã thuộc 11 huyện miền núi của tỉnh. Đồng chí Lê Thị Hồng Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự và phát biểu khai mạc.
Trong 2 ngày, các học viên được các đồng chí: Trịnh Văn Khiêm, Vụ trưởng Vụ Dân vận chính quyền Ban Dân vận Trung ương; Hà Văn Ngộ, Phó Trưởng Ban Dân vận Tỉnh ủy, truyền đạt các chuyên đề: Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp; Nghị định số 04/2015/NĐ-CP của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước; kỹ năng nắm tình hình, vận động đồng bào dân tộc thiểu số và xây dựng mô hình "Dân vận khéo" theo Hướng dẫn số 09-HD/BDVTU ngày 20/2/2017 của Ban Dân vận Tỉnh ủy.
Theo Ban Dân vận Tỉnh ủy, năm 2016 toàn tỉnh có 2.645 mô hình "Dân vận khéo", trong đó 684 mô hình ở các huyện miền núi. Tuy vậy, đội ngũ cán bộ dân vận ở cơ sở miền núi còn nhiều hạn chế về kỹ năng; nhiều đồng chí kiêm nhiệm, thường xuyên thay đổi; tỷ lệ hộ nghèo ở 11 huyện miền núi vẫn ở mức 19,7%.
Tại lớp học, nhiều học viên đã trao đổi những khó khăn trong thực tiễn. Bà Lò Thị Mai, Trưởng khối dân vận xã Tam Chung, huyện Mường Lát, chia sẻ việc vận động đồng bào Mông không nghe theo kẻ xấu di cư tự do. Ông Vi Văn Thắm, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã Lương Sơn, huyện Thường Xuân, nêu cách làm khi vận động 37 hộ dân bàn giao mặt bằng xây dựng hồ chứa nước Cửa Đạt.
Kết thúc lớp tập huấn, 100% học viên làm bài thu hoạch đạt yêu cầu, trong đó 46 bài đạt loại giỏi. Phát biểu bế giảng, đồng chí Hà Văn Ngộ đề nghị các học viên vận dụng kiến thức vào thực tiễn, gần dân, hiểu dân, "nói dân hiểu, làm dân tin", góp phần giữ vững ổn định chính trị ở vùng biên giới, vùng đồng bào dân tộc thiểu số.
Được biết, năm 2017 Ban Dân vận Tỉnh ủy Thanh Hóa sẽ mở thêm 2 lớp tập huấn cho cán bộ dân vận các huyện đồng bằng và ven biển.
Minh Hằng
Lượt xem: 963
Tin cùng chuyên mục
- Như Xuân: sơ kết thực hiện Quy chế dân vận năm 2016 (10/04/2017)
- Hội nghị giao ban khối dân vận quý I/2017 (03/04/2017)
- Quan Sơn vận động nhân dân hiến đất làm đường (27/03/2017)
- Biểu dương 70 mô hình "Dân vận khéo" tiêu biểu (15/03/2017)
""", "2017-04-18", "Tập huấn nghiệp vụ dân vận cho 180 cán bộ cơ sở miền núi",
E("tap_huan", "2017", "2017-04-17"),
[P("Lê Thị Hồng Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trịnh Văn Khiêm", "Vụ trưởng Vụ Dân vận chính quyền Ban Dân vận Trung ương"),
 P("Hà Văn Ngộ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Thị Mai", "Trưởng khối dân vận xã Tam Chung"),
 P("Vi Văn Thắm", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã Lương Sơn")],
[Q("180 cán bộ cơ sở", 180, "cán bộ cơ sở"), Q("11 huyện miền núi", 11, "huyện miền núi"),
 Q("2.645 mô hình", 2645, "mô hình"), Q("684 mô hình", 684, "mô hình"), Q("19,7%", 19.7, "%"),
 Q("37 hộ dân", 37, "hộ dân"), Q("100%", 100, "%"), Q("46 bài", 46, "bài"), Q("2 lớp tập huấn", 2, "lớp tập huấn")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Nghị định", "04", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 04/2015/NĐ-CP của Chính phủ"),
 D("Hướng dẫn", "09", "HD/BDVTU", "2017-02-20", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU ngày 20/2/2017")],
[prov("Thanh Hóa"), com("Tam Chung"), com("Lương Sơn")],
["BÁO THANH HÓA", "Trang chủ | Thời sự | Xây dựng Đảng", "Quang cảnh lớp tập huấn.", "(Baothanhhoa.vn)",
 "Dân vận khéo", "nói dân hiểu, làm dân tin", "hồ chứa nước Cửa Đạt", "Lượt xem: 963"],
["Thứ Ba, 18/04/2017 - 10:20", "năm 2017", "2 ngày", "khóa XI", "năm 2016", "Lượt xem: 963"]))

PAGES.append(page("b1284-binhduong-bdv-soket-6thang-2018", """
Báo Bình Dương Online - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Dương
Tin tức > Chính trị > Dân vận
13-07-2018 17:20
Dân vận góp phần giữ ổn định trong các khu công nghiệp
(BDO) Sáng 12/7, Ban Dân vận Tỉnh ủy Bình Dương tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2018. Đồng chí Nguyễn Thị Ngọc Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Đồng chí Nguyễn Thị Ngọc Hạnh phát biểu kết luận hội nghị. Ảnh: Q.Tâm
Theo báo cáo do đồng chí Trần Quang Vinh, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy trình bày, 6 tháng qua khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 18, 19-KH/TU về thực hiện Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị và về công tác vận động công nhân lao động trong doanh nghiệp có vốn đầu tư nước ngoài. Ban Dân vận Tỉnh ủy và Liên đoàn Lao động tỉnh ký Quy chế phối hợp số 03-QCPH/BDVTU-LĐLĐ về nắm tình hình công nhân.
Trên địa bàn tỉnh xảy ra 21 cuộc ngừng việc tập thể với khoảng 9.400 công nhân tham gia, giảm 13 cuộc so với cùng kỳ; các vụ việc đều được giải quyết kịp thời, không để kéo dài. Khối dân vận đã phối hợp tổ chức 46 cuộc đối thoại tại doanh nghiệp; vận động 2.150 hộ dân bàn giao mặt bằng cho các công trình trọng điểm. Công đoàn các cấp xây dựng, sửa chữa 35 Mái ấm Công đoàn với tổng trị giá 1,75 tỷ đồng.
Tại hội nghị, bà Lê Thị Thanh Thúy, Phó Chủ tịch Liên đoàn Lao động tỉnh, cho biết nhiều công nhân nhập cư còn gặp khó khăn về chỗ ở, nơi gửi trẻ. Ông Lâm Văn Kha, Thị ủy viên, Trưởng Ban Dân vận Thị ủy Thuận An, giới thiệu mô hình "Nhà trọ văn minh" ở phường Bình Hòa và phường An Phú với 128 chủ nhà trọ cam kết không tăng giá phòng, điện, nước.
Kết luận hội nghị, đồng chí Nguyễn Thị Ngọc Hạnh yêu cầu 6 tháng cuối năm tiếp tục nắm chắc tư tưởng công nhân, nhất là ở các doanh nghiệp có đông lao động; không để các đối tượng xấu lợi dụng kích động đình công, tụ tập đông người. Các cấp ủy tiếp tục thực hiện tốt Quy chế dân chủ ở cơ sở; đẩy mạnh phong trào thi đua "Dân vận khéo", phấn đấu đến cuối năm xây dựng thêm 50 mô hình.
Cũng tại hội nghị, Trưởng Ban Dân vận Tỉnh ủy Nguyễn Thị Ngọc Hạnh đã trao giấy khen cho 8 tập thể có thành tích trong vận động công nhân lao động.
Quốc Tâm
Lượt xem: 1.088
Tin liên quan
- Thủ Dầu Một đối thoại với công nhân khu công nghiệp (05/07/2018)
- Gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (26/06/2018)
- Bến Cát tổng kết 5 năm thực hiện Nghị quyết 25 (18/06/2018)
""", "2018-07-13", "Dân vận góp phần giữ ổn định trong các khu công nghiệp",
E("so_ket", "2018-H1", "2018-07-12"),
[P("Nguyễn Thị Ngọc Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Quang Vinh", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Thanh Thúy", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Lâm Văn Kha", "Thị ủy viên", "Trưởng Ban Dân vận Thị ủy Thuận An")],
[Q("21 cuộc ngừng việc tập thể", 21, "cuộc ngừng việc tập thể"), Q("khoảng 9.400 công nhân", 9400, "công nhân", "approx"),
 Q("13 cuộc", 13, "cuộc"), Q("46 cuộc đối thoại", 46, "cuộc đối thoại"), Q("2.150 hộ dân", 2150, "hộ dân"),
 Q("35 Mái ấm Công đoàn", 35, "Mái ấm Công đoàn"), Q("1,75 tỷ đồng", 1750000000, "đồng"),
 Q("128 chủ nhà trọ", 128, "chủ nhà trọ"), Q("50 mô hình", 50, "mô hình"), Q("8 tập thể", 8, "tập thể")],
[D("Kế hoạch", "18", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 18, 19-KH/TU"),
 D("Kế hoạch", "19", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 18, 19-KH/TU"),
 D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2016"),
 D("Quy chế phối hợp", "03", "QCPH/BDVTU-LĐLĐ", None, None, "Quy chế phối hợp số 03-QCPH/BDVTU-LĐLĐ")],
[prov("Bình Dương"), com("Bình Hòa"), com("An Phú")],
["Báo Bình Dương Online - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Dương", "Tin tức > Chính trị > Dân vận",
 "(BDO)", "Đồng chí Nguyễn Thị Ngọc Hạnh phát biểu kết luận hội nghị. Ảnh: Q.Tâm", "Nhà trọ văn minh", "Dân vận khéo",
 "Quy chế dân chủ ở cơ sở", "Lượt xem: 1.088"],
["13-07-2018 17:20", "6 tháng đầu năm", "6 tháng cuối năm 2018", "6 tháng qua", "6 tháng cuối năm", "Lượt xem: 1.088"]))

PAGES.append(page("b1285-hagiang-nguoicouytin-chandung-2018", """
BÁO HÀ GIANG ĐIỆN TỬ
Trang chủ » Dân tộc - Miền núi » Gương sáng
Thứ Hai, 05/11/2018 | 09:12
Người "giữ lửa" ở thôn Tả Chải
Ông Sùng Mí Chứ (bên phải) trò chuyện với bà con trong thôn. Ảnh: Thu Phương
BHG - Ở thôn Tả Chải, xã Pả Vi (Mèo Vạc), nhắc đến ông Sùng Mí Chứ, Bí thư Chi bộ kiêm Trưởng thôn Tả Chải, người dân ai cũng quý trọng. Hơn 10 năm làm công tác ở thôn, ông luôn là người đi đầu trong mọi phong trào, được bà con tín nhiệm bầu là người có uy tín của thôn.
Tả Chải có 86 hộ, 100% là đồng bào Mông. Trước đây, đường vào thôn chỉ là lối mòn, mùa mưa trơn trượt, trẻ con không đến được trường. Năm 2016, khi Nhà nước hỗ trợ xi măng làm đường theo cơ chế "Nhà nước và nhân dân cùng làm", ông Chứ đã vận động 42 hộ hiến gần 3.000 m2 đất, góp hơn 1.500 ngày công để làm 2,8 km đường bê tông. Chính gia đình ông hiến 400 m2 đất trồng ngô để mở đường.
Không chỉ vậy, ông còn vận động bà con bỏ dần tập tục lạc hậu trong đám cưới, đám tang; vận động 17 hộ chuyển từ trồng ngô trên đất dốc sang nuôi bò vỗ béo. Hiện đàn bò của thôn đã có 215 con, mỗi năm mang lại cho mỗi hộ nuôi bò thu nhập bình quân khoảng 40 triệu đồng. Tỷ lệ hộ nghèo của thôn giảm từ 78% năm 2013 xuống còn 41%.
Đồng chí Vàng Mí Sính, Bí thư Đảng ủy xã Pả Vi cho biết: "Ông Chứ là người có uy tín tiêu biểu của xã. Thôn Tả Chải nhiều năm liền không có người vi phạm pháp luật, không có người di cư tự do, không có đơn thư vượt cấp".
Theo bà Ly Thị Lan, HUV, Trưởng Ban Dân vận Huyện ủy Mèo Vạc, huyện hiện có 193 người có uy tín được công nhận theo Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số. Ban Dân vận Huyện ủy thường xuyên phối hợp với Mặt trận và phòng Dân tộc cung cấp thông tin, tổ chức cho người có uy tín đi tham quan, học tập kinh nghiệm, theo tinh thần Chỉ thị số 25-CT/HU của Ban Thường vụ Huyện ủy về phát huy vai trò người có uy tín.
Năm 2017, ông Sùng Mí Chứ vinh dự được Chủ tịch UBND tỉnh Hà Giang tặng Bằng khen vì có thành tích xuất sắc trong phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Khi được hỏi về dự định, ông Chứ cười hiền: "Còn sức thì còn đi vận động bà con làm chuồng bò xa nhà, giữ vệ sinh cho sạch, cho con cái đi học đầy đủ".
Thu Phương
Lượt xem: 654
Tin khác
- Yên Minh: gặp mặt người có uy tín năm 2018 (30/10/2018)
- Đồng Văn vận động nhân dân xóa nhà tạm (22/10/2018)
- Quản Bạ: 25 thôn đạt chuẩn văn hóa (15/10/2018)
- Tấm gương già làng ở Hoàng Su Phì (08/10/2018)
""", "2018-11-05", 'Người "giữ lửa" ở thôn Tả Chải',
E("khac", None, None),
[P("Sùng Mí Chứ", "Bí thư Chi bộ kiêm Trưởng thôn Tả Chải"),
 P("Vàng Mí Sính", "Bí thư Đảng ủy xã Pả Vi"),
 P("Ly Thị Lan", "HUV", "Trưởng Ban Dân vận Huyện ủy Mèo Vạc")],
[Q("86 hộ", 86, "hộ"), Q("100%", 100, "%"), Q("42 hộ", 42, "hộ"), Q("gần 3.000 m2", 3000, "m2", "approx"),
 Q("hơn 1.500 ngày công", 1500, "ngày công", "over"), Q("2,8 km", 2.8, "km"), Q("400 m2", 400, "m2"),
 Q("17 hộ", 17, "hộ"), Q("215 con", 215, "con"), Q("khoảng 40 triệu đồng", 40000000, "đồng", "approx"), Q("78%", 78, "%"), Q("41%", 41, "%"),
 Q("193 người có uy tín", 193, "người có uy tín")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Chỉ thị", "25", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 25-CT/HU của Ban Thường vụ Huyện ủy")],
[prov("Hà Giang"), com("Pả Vi")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Trang chủ » Dân tộc - Miền núi » Gương sáng",
 "Ông Sùng Mí Chứ (bên phải) trò chuyện với bà con trong thôn. Ảnh: Thu Phương", "BHG",
 "Nhà nước và nhân dân cùng làm", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 654"],
["Thứ Hai, 05/11/2018 | 09:12", "Hơn 10 năm", "Năm 2016", "năm 2013", "Năm 2017", "Lượt xem: 654"]))

PAGES.append(page("b1286-hue-bdv-baocao-2019", """
BAN DÂN VẬN TỈNH ỦY THỪA THIÊN HUẾ
Vị trí: Trang chủ / Hoạt động / Văn bản - Báo cáo
24.12.2019 | 14:05
Kết quả công tác dân vận năm 2019, nhiệm vụ năm 2020
Ngày 20/12/2019, Ban Dân vận Tỉnh ủy Thừa Thiên Huế ban hành Báo cáo số 112-BC/BDVTU về kết quả công tác dân vận năm 2019, phương hướng, nhiệm vụ năm 2020. Báo cáo do đồng chí Hồ Thị Thanh Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy ký, gửi Ban Dân vận Trung ương và Ban Thường vụ Tỉnh ủy. Trang thông tin trích giới thiệu một số nội dung chính.
1. Công tác tham mưu, hướng dẫn
Năm 2019, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 26-CT/TU ngày 8/3/2019 về tăng cường sự lãnh đạo của cấp ủy đối với công tác dân vận ở vùng đồng bào dân tộc thiểu số và miền núi; Kế hoạch số 175-KH/TU về sơ kết thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XI). Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn 14, 15-HD/BDVTU về xây dựng, nhân rộng mô hình "Dân vận khéo" và về hoạt động của Khối dân vận xã, phường, thị trấn theo Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư.
2. Kết quả thực hiện nhiệm vụ
Khối dân vận các cấp đã kịp thời phản ánh với cấp ủy 1.216 ý kiến, kiến nghị của nhân dân. Người đứng đầu cấp ủy, chính quyền các cấp tổ chức 312 cuộc tiếp xúc, đối thoại với nhân dân; tiếp nhận 864 đơn thư, đã giải quyết 800 đơn, đạt 92,6%. Phong trào thi đua "Dân vận khéo" có 1.352 mô hình được công nhận, trong đó 38 mô hình cấp tỉnh. Mặt trận và các đoàn thể vận động xây dựng, sửa chữa 216 nhà Đại đoàn kết với tổng trị giá 8,9 tỷ đồng.
Ở huyện miền núi A Lưới, nhiều cách làm hay được nhân rộng. Tại xã Hồng Thượng, bà Căn Thị Diệp, người có uy tín thôn Ka Vá, đã vận động 23 hộ đồng bào Pa Kô hiến đất mở rộng đường vào khu sản xuất. Ông Hồ Văn Dong, Chủ tịch Ủy ban MTTQ Việt Nam xã Hồng Kim, xây dựng mô hình "Tổ liên gia tự quản an ninh trật tự" với 14 tổ hoạt động hiệu quả.
Đồng chí Lê Văn Thạch, Phó Trưởng Ban - Chánh Văn phòng Ban Dân vận Tỉnh ủy cho biết, báo cáo cũng thẳng thắn chỉ ra hạn chế: công tác dân vận chính quyền ở một số nơi chưa được quan tâm đúng mức; một số vụ việc khiếu nại về đất đai kéo dài ở phường Thủy Biều chưa được giải quyết dứt điểm.
3. Phương hướng, nhiệm vụ năm 2020
Năm 2020, Ban Dân vận Tỉnh ủy tập trung tuyên truyền, vận động nhân dân tham gia xây dựng Đảng, góp ý vào dự thảo văn kiện đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025; tổng kết 10 năm thực hiện Quyết định số 290-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận; phấn đấu 100% xã, phường, thị trấn có mô hình "Dân vận khéo" được công nhận.
Ban Dân vận Tỉnh ủy
Lượt truy cập: 3.412
Bài viết liên quan
- Hội nghị giao ban khối dân vận quý IV/2019 (18/12/2019)
- A Lưới biểu dương 45 người có uy tín (06/12/2019)
- Sơ kết thực hiện Chỉ thị 26-CT/TU (20/11/2019)
""", "2019-12-24", "Kết quả công tác dân vận năm 2019, nhiệm vụ năm 2020",
E("bao_cao", "2019", "2019-12-20"),
[P("Hồ Thị Thanh Tâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Căn Thị Diệp", "người có uy tín thôn Ka Vá"),
 P("Hồ Văn Dong", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hồng Kim"),
 P("Lê Văn Thạch", "Phó Trưởng Ban - Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("1.216 ý kiến, kiến nghị", 1216, "ý kiến, kiến nghị"), Q("312 cuộc tiếp xúc, đối thoại", 312, "cuộc tiếp xúc, đối thoại"),
 Q("864 đơn thư", 864, "đơn thư"), Q("800 đơn", 800, "đơn"), Q("92,6%", 92.6, "%"), Q("1.352 mô hình", 1352, "mô hình"),
 Q("38 mô hình cấp tỉnh", 38, "mô hình cấp tỉnh"), Q("216 nhà Đại đoàn kết", 216, "nhà Đại đoàn kết"),
 Q("8,9 tỷ đồng", 8900000000, "đồng"), Q("23 hộ đồng bào Pa Kô", 23, "hộ đồng bào Pa Kô"), Q("14 tổ", 14, "tổ"),
 Q("100%", 100, "%")],
[D("Báo cáo", "112", "BC/BDVTU", "2019-12-20", "Ban Dân vận Tỉnh ủy Thừa Thiên Huế", "Báo cáo số 112-BC/BDVTU"),
 D("Chỉ thị", "26", "CT/TU", "2019-03-08", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 26-CT/TU ngày 8/3/2019"),
 D("Kế hoạch", "175", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 175-KH/TU"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng"),
 D("Hướng dẫn", "14", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 14, 15-HD/BDVTU"),
 D("Hướng dẫn", "15", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 14, 15-HD/BDVTU"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW của Bộ Chính trị")],
[prov("Thừa Thiên Huế"), com("Hồng Thượng"), com("Hồng Kim"), com("Thủy Biều")],
["BAN DÂN VẬN TỈNH ỦY THỪA THIÊN HUẾ", "Vị trí: Trang chủ / Hoạt động / Văn bản - Báo cáo", "Dân vận khéo",
 "Tổ liên gia tự quản an ninh trật tự", "Lượt truy cập: 3.412"],
["24.12.2019 | 14:05", "năm 2019", "năm 2020", "khóa XI", "nhiệm kỳ 2020 - 2025", "10 năm", "1. Công tác tham mưu",
 "2. Kết quả", "3. Phương hướng", "Lượt truy cập: 3.412"]))

PAGES.append(page("b1287-kiengiang-bdv-nguoicouytin-khmer-2020", """
BÁO KIÊN GIANG ONLINE
Trang chủ :: Chính trị :: Dân tộc - Tôn giáo
11/09/2020 - 10:05
Lãnh đạo tỉnh tặng quà các đại biểu người có uy tín. Ảnh: Hữu Trí
Biểu dương 60 người có uy tín tiêu biểu trong đồng bào Khmer
(BKG) - Sáng 10/9, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2020. Dự hội nghị có đồng chí Trần Ngọc Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; ông Danh Út, Trưởng Ban Dân tộc tỉnh; Hòa thượng Danh Phol, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Láng Cát. Hội nghị được tổ chức với 120 đại biểu, thực hiện nghiêm thông điệp 5K của Bộ Y tế.
Kiên Giang hiện có 356 người có uy tín, trong đó 312 người là đồng bào Khmer. Thời gian qua, người có uy tín đã tích cực tuyên truyền, vận động bà con chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước; tham gia hòa giải thành 148 vụ việc mâu thuẫn ở cơ sở, cung cấp 42 tin báo có giá trị cho cơ quan chức năng. Năm 2020, tỉnh đã chi 1,2 tỷ đồng thực hiện chính sách đối với người có uy tín như tặng quà Tết, thăm hỏi khi ốm đau, cấp báo, tạp chí.
Tại hội nghị, ông Danh Mến, người có uy tín ấp Xẻo Cui, xã Định An, huyện Gò Quao, chia sẻ: từ khi dịch Covid-19 bùng phát, ông cùng sư sãi chùa trong ấp vận động bà con không tổ chức lễ hội đông người, giúp gạo cho 35 hộ nghèo. Bà Thạch Thị Mỹ Linh, người có uy tín ấp Ngã Ba, xã Ngọc Chúc, huyện Giồng Riềng, kể việc vận động con em đồng bào đi học nghề, có việc làm ổn định.
Phát biểu tại hội nghị, đồng chí Trần Ngọc Dung ghi nhận những đóng góp của người có uy tín; đề nghị các cấp ủy tiếp tục thực hiện tốt Chỉ thị số 19-CT/TW ngày 10/1/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới và Kế hoạch số 96-KH/TU của Tỉnh ủy thực hiện chỉ thị; thường xuyên gặp gỡ, lắng nghe ý kiến người có uy tín, kịp thời giải quyết những kiến nghị chính đáng của đồng bào.
Trưởng Ban Dân vận Tỉnh ủy cũng đề nghị người có uy tín tiếp tục vận động bà con cảnh giác trước âm mưu lợi dụng vấn đề dân tộc, tôn giáo để chia rẽ khối đại đoàn kết; tham gia tuyên truyền, góp ý văn kiện đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 60 người có uy tín tiêu biểu theo Quyết định số 1980/QĐ-UBND ngày 28/8/2020 của UBND tỉnh. Mỗi người được tặng 1 phần quà trị giá 1,5 triệu đồng.
Hữu Trí
Lượt xem: 507
Tin liên quan
- Thăm, chúc mừng Lễ Sene Dolta tại các chùa Khmer (09/09/2020)
- Giồng Riềng: trao 200 phần quà cho hộ Khmer khó khăn (25/08/2020)
- Ban Dân vận Tỉnh ủy giao ban quý II/2020 (10/07/2020)
""", "2020-09-11", "Biểu dương 60 người có uy tín tiêu biểu trong đồng bào Khmer",
E("hoi_nghi", "2020", "2020-09-10"),
[P("Trần Ngọc Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Út", "Trưởng Ban Dân tộc tỉnh"),
 P("Danh Phol", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Láng Cát"),
 P("Danh Mến", "người có uy tín ấp Xẻo Cui"),
 P("Thạch Thị Mỹ Linh", "người có uy tín ấp Ngã Ba")],
[Q("60 người có uy tín tiêu biểu", 60, "người có uy tín tiêu biểu"), Q("120 đại biểu", 120, "đại biểu"),
 Q("356 người có uy tín", 356, "người có uy tín"), Q("312 người", 312, "người"),
 Q("148 vụ việc mâu thuẫn", 148, "vụ việc mâu thuẫn"), Q("42 tin báo", 42, "tin báo"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("35 hộ nghèo", 35, "hộ nghèo"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/1/2018"),
 D("Kế hoạch", "96", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 96-KH/TU của Tỉnh ủy"),
 D("Quyết định", "1980", "QĐ-UBND", "2020-08-28", "UBND tỉnh", "Quyết định số 1980/QĐ-UBND ngày 28/8/2020")],
[prov("Kiên Giang"), com("Định An"), com("Ngọc Chúc")],
["BÁO KIÊN GIANG ONLINE", "Trang chủ :: Chính trị :: Dân tộc - Tôn giáo",
 "Lãnh đạo tỉnh tặng quà các đại biểu người có uy tín. Ảnh: Hữu Trí", "(BKG)", "chùa Láng Cát", "5K",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Lượt xem: 507"],
["11/09/2020 - 10:05", "5K", "năm 2020", "Năm 2020", "1 phần quà", "nhiệm kỳ 2020 - 2025", "Covid-19", "Lượt xem: 507"]))

PAGES.append(page("b1288-quangninh-mttq-giamsat-covid-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NINH
Hôm nay: Thứ Hai, 15/06/2020
Trang chủ > Tin tức - Sự kiện > Giám sát, phản biện xã hội
Thứ Sáu, 12/06/2020 - 08:40
Giám sát việc hỗ trợ người dân gặp khó khăn do đại dịch Covid-19 tại TP Hạ Long
Ngày 10/6, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh do bà Vũ Thị Diễm Hằng, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ và Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch Covid-19 tại TP Hạ Long. Đây là nội dung giám sát chuyên đề năm 2020, thực hiện theo Kế hoạch số 124/KH-MTTQ-BTT ngày 25/5/2020 của Ban Thường trực Ủy ban MTTQ tỉnh Quảng Ninh.
Đoàn giám sát làm việc với UBND TP Hạ Long.
Theo báo cáo của UBND TP Hạ Long, đến ngày 5/6, thành phố đã phê duyệt danh sách 18.540 đối tượng được hỗ trợ với tổng kinh phí trên 21,6 tỷ đồng; đã chi trả cho 18.262 đối tượng, đạt 98,5%. Trong số đối tượng được hỗ trợ có 1.250 hộ kinh doanh cá thể tạm ngừng kinh doanh và 3.100 lao động tự do bị mất việc làm. Việc rà soát, lập danh sách được thực hiện công khai tại các khu phố, có sự tham gia giám sát của Ban Công tác Mặt trận.
Trước đó, Đoàn đã giám sát trực tiếp tại phường Hà Khẩu, phường Giếng Đáy và phường Hồng Hải. Bà Nguyễn Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam phường Hà Khẩu cho biết, phường đã niêm yết danh sách tại 9 nhà văn hóa khu phố, tiếp nhận 6 ý kiến phản ánh và đã được giải quyết. Anh Đặng Văn Hòa, lao động tự do ở phường Giếng Đáy, đã nhận 1 triệu đồng hỗ trợ sau hơn một tháng làm hồ sơ.
Qua giám sát, Đoàn cũng chỉ ra một số khó khăn: còn 278 đối tượng chưa nhận tiền do chưa hoàn thiện hồ sơ hoặc đã chuyển đi nơi khác; việc xác định lao động tự do không có hợp đồng lao động còn lúng túng, tiêu chí còn chung chung.
Tiếp thu ý kiến của đoàn, ông Phạm Văn Tuấn, Thành ủy viên, Phó Chủ tịch UBND thành phố cho biết sẽ chỉ đạo các phường hoàn thành chi trả trước ngày 30/6. Kết luận buổi giám sát, bà Vũ Thị Diễm Hằng đề nghị thành phố tiếp tục rà soát, không để lọt đối tượng, không để xảy ra trục lợi chính sách; phát huy vai trò giám sát của Ban Thanh tra nhân dân.
Được biết, từ đầu năm đến nay, Ủy ban MTTQ các cấp trong tỉnh đã tiếp nhận hơn 52 tỷ đồng ủng hộ phòng, chống dịch Covid-19.
Ngọc Mai
Lượt xem: 826
Tin khác
- Mặt trận tỉnh giám sát tại thị xã Đông Triều (08/06/2020)
- Trao 1.000 suất quà cho công nhân mất việc (28/05/2020)
- Hội nghị phản biện dự thảo nghị quyết về hỗ trợ người dân (15/05/2020)
""", "2020-06-12", "Giám sát việc hỗ trợ người dân gặp khó khăn do đại dịch Covid-19 tại TP Hạ Long",
E("giam_sat", "2020", "2020-06-10"),
[P("Vũ Thị Diễm Hằng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Hoa", "Chủ tịch Ủy ban MTTQ Việt Nam phường Hà Khẩu"),
 P("Đặng Văn Hòa"),
 P("Phạm Văn Tuấn", "Thành ủy viên", "Phó Chủ tịch UBND thành phố")],
[Q("18.540 đối tượng", 18540, "đối tượng"), Q("trên 21,6 tỷ đồng", 21600000000, "đồng", "over"),
 Q("18.262 đối tượng", 18262, "đối tượng"), Q("98,5%", 98.5, "%"), Q("1.250 hộ kinh doanh cá thể", 1250, "hộ kinh doanh cá thể"),
 Q("3.100 lao động tự do", 3100, "lao động tự do"), Q("9 nhà văn hóa khu phố", 9, "nhà văn hóa khu phố"),
 Q("6 ý kiến phản ánh", 6, "ý kiến phản ánh"), Q("1 triệu đồng", 1000000, "đồng"), Q("278 đối tượng", 278, "đối tượng"),
 Q("hơn 52 tỷ đồng", 52000000000, "đồng", "over")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ"),
 D("Quyết định", "15", "2020/QĐ-TTg", "2020-04-24", "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020"),
 D("Kế hoạch", "124", "KH-MTTQ-BTT", "2020-05-25", "Ban Thường trực Ủy ban MTTQ tỉnh Quảng Ninh", "Kế hoạch số 124/KH-MTTQ-BTT ngày 25/5/2020")],
[prov("Quảng Ninh"), com("Hà Khẩu"), com("Giếng Đáy"), com("Hồng Hải")],
["CỔNG THÔNG TIN ĐIỆN TỬ MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NINH", "Hôm nay: Thứ Hai, 15/06/2020",
 "Trang chủ > Tin tức - Sự kiện > Giám sát, phản biện xã hội", "Đoàn giám sát làm việc với UBND TP Hạ Long.",
 "Ban Thanh tra nhân dân", "Lượt xem: 826"],
["Hôm nay: Thứ Hai, 15/06/2020", "Thứ Sáu, 12/06/2020 - 08:40", "năm 2020", "hơn một tháng", "Covid-19", "Lượt xem: 826"]))
