from lib import *
PAGES = []

PAGES.append(page("b9101-laichau-mttq-giamsat-bantru-2011", """
BÁO LAI CHÂU ĐIỆN TỬ
Trang chủ > Xã hội > Giáo dục - Đào tạo
Thứ Sáu, 18/11/2011 - 09:20
Đoàn giám sát làm việc tại Trường PTDT bán trú THCS Pa Vệ Sủ. Ảnh: Hồng Nhung
Ủy ban MTTQ tỉnh giám sát chính sách hỗ trợ học sinh bán trú tại Mường Tè
Ngày 16/11, Đoàn giám sát của Ủy ban MTTQ tỉnh Lai Châu do bà Tao Thị Phương, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện Quyết định số 85/2010/QĐ-TTg ngày 21/12/2010 của Thủ tướng Chính phủ về một số chính sách hỗ trợ học sinh bán trú và trường phổ thông dân tộc bán trú năm 2011 tại huyện Mường Tè. Cùng đi có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh: Giàng A Chu, Lò Thị Xuân.
Theo báo cáo của UBND huyện, năm học 2011-2012 toàn huyện có 3.415 học sinh bán trú đang học tại 21 trường. Mỗi học sinh được hỗ trợ tiền ăn bằng 40% mức lương tối thiểu chung; học sinh phải tự túc chỗ ở được hỗ trợ thêm 10%. Tổng kinh phí đã cấp trong năm hơn 9,6 tỷ đồng. Việc lập danh sách, xét duyệt cơ bản đúng đối tượng, công khai tại thôn, bản.
Đồng chí Lý Gạ Xá, HUV, Trưởng phòng Giáo dục và Đào tạo huyện Mường Tè cho biết, khó khăn lớn nhất là kinh phí thường về chậm, có đợt chậm tới 4 tháng, nhà trường phải vay tạm của thương lái để mua lương thực. Toàn huyện còn 12 phòng ở tạm dựng bằng tranh tre, khoảng 30% học sinh bán trú chưa có giường nằm riêng.
Tại Trường PTDT bán trú THCS Pa Vệ Sủ, thầy Pờ Dần Sừ, Hiệu trưởng nhà trường cho biết, trường có 286 học sinh, trong đó 241 em ở bán trú, chủ yếu là con em đồng bào La Hủ, Hà Nhì. Nhờ có chế độ hỗ trợ, số học sinh bỏ học giữa chừng giảm hẳn so với năm học trước. Em Chang Thị Dế (học sinh lớp 8A) chia sẻ: "Mỗi tuần em về nhà một lần, ở trường có cơm ăn, có bạn cùng học nên em không muốn bỏ học nữa".
Đoàn cũng đến kiểm tra bếp ăn, khu nội trú tại các xã Ka Lăng, Thu Lũm. Ở Ka Lăng, nhà trường đã vận động phụ huynh góp 1.200 ngày công, 35 m3 gỗ để làm thêm nhà ở cho học sinh.
Kết luận buổi giám sát, bà Tao Thị Phương đánh giá cao sự cố gắng của huyện và các nhà trường; đề nghị UBND huyện chỉ đạo cấp phát kinh phí đúng kỳ, công khai danh sách học sinh được hưởng chế độ; Ban Thường trực Ủy ban MTTQ huyện phối hợp các đoàn thể vận động phụ huynh đưa con trở lại trường sau các dịp lễ, Tết. Kết quả giám sát sẽ được tổng hợp, kiến nghị UBND tỉnh trong tháng 12.
Cùng ngày, đoàn đã trao 50 suất quà, mỗi suất trị giá 200.000 đồng cho học sinh bán trú có hoàn cảnh khó khăn của hai trường.
Hồng Nhung
Tin liên quan
- Mường Tè: Vận động hơn 300 học sinh trở lại trường (02/11/2011)
- Hội nghị triển khai nhiệm vụ năm học 2011-2012 (25/8/2011)
- Sìn Hồ khai giảng năm học mới (05/9/2011)
""", "2011-11-18", "Ủy ban MTTQ tỉnh giám sát chính sách hỗ trợ học sinh bán trú tại Mường Tè",
E("giam_sat", "2011", "2011-11-16"),
[P("Tao Thị Phương", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Giàng A Chu", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Lò Thị Xuân", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Lý Gạ Xá", "HUV", "Trưởng phòng Giáo dục và Đào tạo huyện Mường Tè"),
 P("Pờ Dần Sừ", "Hiệu trưởng nhà trường"),
 P("Chang Thị Dế", "học sinh lớp 8A")],
[Q("3.415 học sinh bán trú", 3415, "học sinh bán trú"), Q("21 trường", 21, "trường"), Q("40%", 40, "%"),
 Q("10%", 10, "%"), Q("hơn 9,6 tỷ đồng", 9600000000, "đồng", "over"), Q("12 phòng ở tạm", 12, "phòng ở tạm"),
 Q("khoảng 30%", 30, "%", "approx"), Q("286 học sinh", 286, "học sinh"), Q("241 em", 241, "em"),
 Q("1.200 ngày công", 1200, "ngày công"), Q("35 m3", 35, "m3"), Q("50 suất quà", 50, "suất quà"),
 Q("200.000 đồng", 200000, "đồng")],
[D("Quyết định", "85", "2010/QĐ-TTg", "2010-12-21", "Thủ tướng Chính phủ", "Quyết định số 85/2010/QĐ-TTg ngày 21/12/2010")],
[prov("Lai Châu"), com("Pa Vệ Sủ"), com("Ka Lăng"), com("Thu Lũm")],
["BÁO LAI CHÂU ĐIỆN TỬ", "Trang chủ > Xã hội > Giáo dục - Đào tạo",
 "Đoàn giám sát làm việc tại Trường PTDT bán trú THCS Pa Vệ Sủ. Ảnh: Hồng Nhung", "Trường PTDT bán trú THCS Pa Vệ Sủ"],
["Thứ Sáu, 18/11/2011 - 09:20", "năm học 2011-2012", "4 tháng", "lớp 8A", "tháng 12"]))

PAGES.append(page("b9102-hagiang-bdv-traogao-2012", """
BÁO HÀ GIANG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Giang
Trang chủ | Xã hội | Giáo dục
08:15 | 07/12/2012
Trao 5 tấn gạo, 600 chăn ấm cho học sinh bán trú Đồng Văn
BHG - Ngày 5/12, Ban Dân vận Tỉnh ủy phối hợp với Hội LHPN tỉnh tổ chức trao tặng 5 tấn gạo, 600 chăn ấm cho học sinh bán trú các xã Lũng Cú, Ma Lé, Sủng Là, huyện Đồng Văn. Đồng chí Hầu Thị Dua, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và bà Nguyễn Thị Mai Anh, Chủ tịch Hội LHPN tỉnh dự và trao quà.
Các em học sinh Trường PTDT bán trú Tiểu học Lũng Cú nhận chăn ấm. Ảnh: Minh Tuấn
Đồng Văn là huyện vùng cao núi đá, mùa đông rét đậm, rét hại kéo dài. Toàn huyện hiện có 1.830 học sinh bán trú, trong đó gần 70% là con em đồng bào Mông. Phần lớn các em ở xa trường từ 5 đến 15 km, nhiều em phải tự mang gạo, ngô từ nhà đến trường; bữa ăn của học sinh chủ yếu là cơm với canh rau, muối vừng.
Số quà trên do Ban Dân vận Tỉnh ủy vận động các doanh nghiệp, nhà hảo tâm trong và ngoài tỉnh ủng hộ, tổng trị giá hơn 250 triệu đồng. Ngoài gạo và chăn, đoàn còn trao 120 suất quà, mỗi suất trị giá 300.000 đồng gồm áo ấm, sách vở, đồ dùng học tập cho học sinh có hoàn cảnh đặc biệt khó khăn; trao tặng 3 bộ nồi nấu cơm loại lớn cho bếp ăn bán trú của các trường.
Phát biểu tại buổi trao quà, đồng chí Hầu Thị Dua ghi nhận sự tận tụy của đội ngũ thầy, cô giáo nơi vùng cao; đề nghị các cấp ủy, chính quyền xã, các đoàn thể tiếp tục vận động phụ huynh cho con đi học đều, quan tâm bữa ăn, giấc ngủ của học sinh bán trú; các trường tận dụng đất trống tăng gia rau xanh, chăn nuôi để cải thiện bữa ăn cho các em.
Ông Vàng Mí Sử, Phó Chủ tịch UBND huyện Đồng Văn cho biết, năm học này huyện đã vận động được 146 học sinh bỏ học trở lại lớp; đã xây dựng thêm 8 phòng ở bán trú từ nguồn xã hội hóa. Thầy Lò Văn Páo, Hiệu trưởng Trường PTDT bán trú Tiểu học Lũng Cú xúc động: "Có gạo, có chăn, các em sẽ yên tâm ở lại trường qua mùa đông".
Cũng trong dịp này, Hội LHPN tỉnh phát động mỗi hội viên ở các huyện vùng thấp ủng hộ 1 kg gạo giúp học sinh vùng cao, với mục tiêu quyên góp khoảng 20 tấn gạo trước Tết Nguyên đán Quý Tỵ.
Theo Ban Dân vận Tỉnh ủy, từ đầu năm học 2012-2013 đến nay, các cơ quan, đoàn thể trong tỉnh đã vận động hỗ trợ học sinh bán trú các huyện vùng cao phía Bắc gần 1,2 tỷ đồng tiền mặt và hiện vật. Nhiều chi hội phụ nữ ở xã Ma Lé, Sủng Là duy trì mô hình "Hũ gạo tình thương", mỗi tháng góp gạo, rau xanh cho bếp ăn của trường. Tuy vậy, nhu cầu của học sinh bán trú vẫn rất lớn, nhất là chăn, áo ấm, giường nằm và nhà vệ sinh.
Minh Tuấn
Tin liên quan
- Mèo Vạc: Hỗ trợ học sinh bán trú vượt rét (28/11/2012)
- Hội LHPN tỉnh ra quân chương trình "Áo ấm cho em" (15/11/2012)
- Yên Minh: 98% học sinh được hưởng chế độ bán trú (02/11/2012)
""", "2012-12-07", "Trao 5 tấn gạo, 600 chăn ấm cho học sinh bán trú Đồng Văn",
E("trao_qua", None, "2012-12-05"),
[P("Hầu Thị Dua", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Mai Anh", "Chủ tịch Hội LHPN tỉnh"),
 P("Vàng Mí Sử", "Phó Chủ tịch UBND huyện Đồng Văn"),
 P("Lò Văn Páo", "Hiệu trưởng Trường PTDT bán trú Tiểu học Lũng Cú")],
[Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("5 tấn", 5, "tấn"), Q("600 chăn ấm", 600, "chăn ấm"), Q("1.830 học sinh bán trú", 1830, "học sinh bán trú"),
 Q("gần 70%", 70, "%", "approx"), Q("hơn 250 triệu đồng", 250000000, "đồng", "over"), Q("120 suất quà", 120, "suất quà"),
 Q("300.000 đồng", 300000, "đồng"), Q("3 bộ nồi nấu cơm", 3, "bộ nồi nấu cơm"), Q("146 học sinh", 146, "học sinh"),
 Q("8 phòng ở bán trú", 8, "phòng ở bán trú"), Q("khoảng 20 tấn", 20, "tấn", "approx")],
[],
[prov("Hà Giang"), com("Lũng Cú"), com("Ma Lé"), com("Sủng Là")],
["BÁO HÀ GIANG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Giang", "Trang chủ | Xã hội | Giáo dục", "BHG",
 "Các em học sinh Trường PTDT bán trú Tiểu học Lũng Cú nhận chăn ấm. Ảnh: Minh Tuấn", "Tết Nguyên đán Quý Tỵ", "Hũ gạo tình thương"],
["08:15 | 07/12/2012", "năm học 2012-2013", "từ 5 đến 15 km", "1 kg gạo"]))

PAGES.append(page("b9103-kontum-bdv-soket-2013", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Bạn đang ở: Trang chủ › Hoạt động dân vận › Tin trong tỉnh
Cập nhật: 14:32, 10/07/2013 (GMT+7)
Vận động học sinh ra lớp, ở bán trú - điểm sáng của công tác dân vận vùng đồng bào
Sáng 9/7, Ban Dân vận Tỉnh ủy Kon Tum tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Y Điệp, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự hội nghị có 45 đồng chí là lãnh đạo Ban Dân vận các huyện ủy, thành ủy, các đoàn thể chính trị - xã hội tỉnh.
Toàn cảnh hội nghị.
Báo cáo do đồng chí A Rưng, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy trình bày nêu rõ, 6 tháng qua khối dân vận các cấp đã tập trung vận động đồng bào Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng cho con em ra lớp, ở lại trường bán trú. Các cấp đã vận động được 1.148 học sinh bỏ học trở lại lớp; tỷ lệ học sinh chuyên cần ở 26 trường phổ thông dân tộc bán trú đạt 97,5%. Ban đã ban hành Kế hoạch số 52-KH/BDVTU về phối hợp với ngành giáo dục vận động học sinh ra lớp và tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 11, 12-CT/TU về công tác dân vận ở vùng đồng bào dân tộc thiểu số.
Nhiều huyện có cách làm hay. Các đồng chí Trưởng Ban Dân vận Huyện ủy: A Hyên, Nguyễn Văn Tâm chia sẻ kinh nghiệm giao chỉ tiêu cho từng đảng viên ở thôn, làng theo dõi, đưa đón học sinh; mỗi già làng, người có uy tín nhận đỡ đầu từ 3 học sinh trở lên. Già làng A Thút, làng Kon Tu Rằng, xã Đăk Rơ Wa nói: "Con đi học thì làng mới khá lên được".
Theo đồng chí Y Điệp, từ học kỳ I năm học 2013-2014 sẽ thực hiện Quyết định số 36/2013/QĐ-TTg ngày 18/6/2013 của Thủ tướng Chính phủ về chính sách hỗ trợ gạo cho học sinh tại các trường ở khu vực có điều kiện kinh tế - xã hội đặc biệt khó khăn. Dự kiến toàn tỉnh có hơn 9.800 học sinh được hỗ trợ 15 kg gạo/tháng, mỗi năm học không quá 9 tháng. Đây là điều kiện thuận lợi để vận động học sinh ở lại trường, song cũng đặt ra yêu cầu giám sát chặt chẽ việc xét duyệt, cấp phát gạo.
Hội nghị thống nhất nhiệm vụ 6 tháng cuối năm: phối hợp Sở Giáo dục và Đào tạo, Tỉnh đoàn tổ chức đợt ra quân "Ngày toàn dân đưa trẻ đến trường"; vận động các doanh nghiệp hỗ trợ xây dựng 15 nhà ăn bán trú; mỗi tổ chức cơ sở đảng vùng đồng bào có ít nhất 1 mô hình "Dân vận khéo" về giáo dục.
Phát biểu tại hội nghị, ông Nguyễn Hữu Phúc, Phó Giám đốc Sở Giáo dục và Đào tạo đề nghị các địa phương rà soát kỹ danh sách học sinh ở thôn đặc biệt khó khăn; tránh tình trạng có nơi lập danh sách cả học sinh nhà gần trường để hưởng chế độ.
Hữu Thắng
Tin liên quan
- Đăk Glei: Già làng vận động học sinh trở lại trường (20/6/2013)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Tu Mơ Rông (12/6/2013)
- 21 tập thể được khen thưởng phong trào "Dân vận khéo" (30/5/2013)
""", "2013-07-10", "Vận động học sinh ra lớp, ở bán trú - điểm sáng của công tác dân vận vùng đồng bào",
E("so_ket", "2013-H1", "2013-07-09"),
[P("Y Điệp", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Rưng", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("A Hyên", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Văn Tâm", "Trưởng Ban Dân vận Huyện ủy"),
 P("A Thút", "Già làng"),
 P("Nguyễn Hữu Phúc", "Phó Giám đốc Sở Giáo dục và Đào tạo")],
[Q("45 đồng chí", 45, "đồng chí"), Q("1.148 học sinh", 1148, "học sinh"),
 Q("26 trường phổ thông dân tộc bán trú", 26, "trường phổ thông dân tộc bán trú"), Q("97,5%", 97.5, "%"),
 Q("từ 3 học sinh trở lên", 3, "học sinh", "over"), Q("hơn 9.800 học sinh", 9800, "học sinh", "over"),
 Q("15 kg", 15, "kg"), Q("15 nhà ăn bán trú", 15, "nhà ăn bán trú"), Q("ít nhất 1 mô hình", 1, "mô hình", "over")],
[D("Kế hoạch", "52", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 52-KH/BDVTU"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Quyết định", "36", "2013/QĐ-TTg", "2013-06-18", "Thủ tướng Chính phủ", "Quyết định số 36/2013/QĐ-TTg ngày 18/6/2013")],
[prov("Kon Tum"), com("Đăk Rơ Wa")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Bạn đang ở: Trang chủ › Hoạt động dân vận › Tin trong tỉnh", "Toàn cảnh hội nghị.",
 "Ngày toàn dân đưa trẻ đến trường", "Dân vận khéo"],
["Cập nhật: 14:32, 10/07/2013 (GMT+7)", "45 đồng chí", "6 tháng đầu năm 2013", "6 tháng cuối năm", "học kỳ I",
 "năm học 2013-2014", "9 tháng"]))

PAGES.append(page("b9104-soctrang-mttq-hocbong-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH SÓC TRĂNG
Tin tức - Sự kiện / Hoạt động Mặt trận
05/09/2014 - 16:40
Trao 350 suất học bổng cho học sinh dân tộc Khmer nghèo hiếu học
Ngày 4/9, Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng phối hợp với Hội Khuyến học tỉnh và Ban Dân tộc tỉnh tổ chức trao 350 suất học bổng cho học sinh dân tộc Khmer có hoàn cảnh khó khăn, vượt khó học giỏi năm học 2014-2015. Mỗi suất học bổng trị giá 1 triệu đồng, tổng trị giá 350 triệu đồng, từ nguồn Quỹ "Vì người nghèo" tỉnh và sự đóng góp của các nhà hảo tâm.
Ông Thạch Sô Phal trao học bổng cho học sinh Trường PTDT nội trú tỉnh.
Đến dự có ông Thạch Sô Phal, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Lâm Hoàng Nghiệp, Trưởng Ban Dân tộc tỉnh; bà Trần Thị Kim Loan, Chủ tịch Hội Khuyến học tỉnh; Thượng tọa Lý Sa Rinh, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Sà Lôn.
Theo Ban Dân tộc tỉnh, năm học 2014-2015 toàn tỉnh có trên 74.000 học sinh người Khmer, chiếm khoảng 31% tổng số học sinh. Việc thực hiện chính sách miễn, giảm học phí theo Nghị định số 49/2010/NĐ-CP và hỗ trợ học sinh trung học phổ thông ở vùng đặc biệt khó khăn theo Quyết định số 12/2013/QĐ-TTg đã giúp nhiều em tiếp tục đến trường. Tuy nhiên, tình trạng học sinh Khmer bỏ học theo gia đình đi làm ăn xa vẫn còn, nhất là ở các xã vùng ven biển thị xã Vĩnh Châu.
Trong số học sinh nhận học bổng lần này có 42 em học tại Trường PTDT nội trú tỉnh, 118 em ở các trường thuộc thị xã Vĩnh Châu và huyện Trần Đề; còn lại ở các huyện Mỹ Xuyên, Châu Thành, Thạnh Trị. Nhiều em đạt học sinh giỏi cấp tỉnh nhiều năm liền.
Em Kim Thị Sà Phiên, học sinh lớp 11 Trường PTDT nội trú tỉnh, nhà ở xã Lai Hòa, bố mẹ làm thuê, chia sẻ: "Số tiền học bổng em sẽ dùng để mua sách vở và trả tiền xe về thăm nhà. Em sẽ cố gắng học để sau này làm cô giáo ở quê".
Phát biểu tại buổi lễ, ông Thạch Sô Phal đề nghị các nhà chùa Phật giáo Nam tông Khmer, các vị sư sãi, người có uy tín trong đồng bào tiếp tục vận động phụ huynh không để con em nghỉ học; Ủy ban MTTQ các huyện phối hợp nhà trường nắm danh sách học sinh có nguy cơ bỏ học để hỗ trợ kịp thời. Thượng tọa Lý Sa Rinh cho biết các chùa trong tỉnh hiện mở 96 lớp dạy chữ Khmer hè với hơn 3.500 học sinh theo học.
Dịp này, Công ty TNHH Minh Phú Hậu Giang trao tặng thêm 500 bộ sách giáo khoa cho học sinh xã Vĩnh Hải.
Ngọc Hân
Tin liên quan
- Vĩnh Châu: Hỗ trợ 200 học sinh nghèo vào năm học mới (28/8/2014)
- Chương trình "Tiếp sức đến trường" năm 2014 (20/8/2014)
- Ban Dân tộc tỉnh tổng kết năm học 2013-2014 (15/8/2014)
""", "2014-09-05", "Trao 350 suất học bổng cho học sinh dân tộc Khmer nghèo hiếu học",
E("trao_qua", None, "2014-09-04"),
[P("Thạch Sô Phal", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Hoàng Nghiệp", "Trưởng Ban Dân tộc tỉnh"),
 P("Trần Thị Kim Loan", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Lý Sa Rinh", "Thượng tọa", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Sà Lôn"),
 P("Kim Thị Sà Phiên", "học sinh lớp 11 Trường PTDT nội trú tỉnh")],
[Q("350 suất học bổng", 350, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("350 triệu đồng", 350000000, "đồng"),
 Q("trên 74.000 học sinh người Khmer", 74000, "học sinh người Khmer", "over"), Q("khoảng 31%", 31, "%", "approx"),
 Q("42 em", 42, "em"), Q("118 em", 118, "em"), Q("96 lớp dạy chữ Khmer hè", 96, "lớp dạy chữ Khmer hè"),
 Q("hơn 3.500 học sinh", 3500, "học sinh", "over"), Q("500 bộ sách giáo khoa", 500, "bộ sách giáo khoa")],
[D("Nghị định", "49", "2010/NĐ-CP", None, None, "Nghị định số 49/2010/NĐ-CP"),
 D("Quyết định", "12", "2013/QĐ-TTg", None, None, "Quyết định số 12/2013/QĐ-TTg")],
[prov("Sóc Trăng"), com("Lai Hòa"), com("Vĩnh Hải")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH SÓC TRĂNG", "Tin tức - Sự kiện / Hoạt động Mặt trận",
 "Ông Thạch Sô Phal trao học bổng cho học sinh Trường PTDT nội trú tỉnh.", "Vì người nghèo",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Công ty TNHH Minh Phú Hậu Giang"],
["05/09/2014 - 16:40", "năm học 2014-2015", "lớp 11"]))

PAGES.append(page("b9105-nghean-huyenuy-doithoai-2015", """
BÁO NGHỆ AN
Trang chủ >> Thời sự >> Miền Tây
Ngày đăng 22/10/2015 | 16:20
Ảnh: Quang cảnh buổi đối thoại tại xã Mường Lống.
Kỳ Sơn: Bí thư Huyện ủy đối thoại với phụ huynh học sinh bán trú
(Baonghean) - Ngày 21/10, tại xã Mường Lống, Huyện ủy Kỳ Sơn (Nghệ An) tổ chức buổi đối thoại năm 2015 giữa người đứng đầu cấp ủy với phụ huynh, học sinh và giáo viên các trường phổ thông dân tộc bán trú trên địa bàn. Đồng chí Lô Văn Thuận, Tỉnh ủy viên, Bí thư Huyện ủy Kỳ Sơn chủ trì buổi đối thoại.
Tham dự có hơn 200 đại biểu là phụ huynh người Mông, Khơ Mú, trưởng bản, già làng và cán bộ, giáo viên của 3 xã Mường Lống, Huồi Tụ, Mường Típ. Cùng dự có các đồng chí: Xồng Bá Dê, Trưởng Ban Dân vận Huyện ủy; Lữ Thị Hoa, Trưởng phòng Giáo dục và Đào tạo huyện.
Theo báo cáo tại buổi đối thoại, năm học 2015-2016, toàn huyện Kỳ Sơn có 4.716 học sinh bán trú được hưởng chế độ theo Quyết định số 85/2010/QĐ-TTg và Thông tư liên tịch số 65/2011/TTLT-BGDĐT-BTC-BKHĐT, cùng chính sách hỗ trợ gạo theo Quyết định 36/2013/QĐ-TTg. Tổng kinh phí cấp năm 2015 khoảng 48 tỷ đồng; đã cấp 842 tấn gạo. Huyện ủy đã ban hành Nghị quyết số 05-NQ/HU về nâng cao chất lượng giáo dục vùng đặc biệt khó khăn giai đoạn 2015 - 2020.
Phụ huynh nêu 32 ý kiến, tập trung vào việc gạo cấp chậm, chất lượng bữa ăn chưa bảo đảm, nhà ở bán trú chật chội. Ông Lầu Nhìa Xò, trưởng bản Mường Lống 1 phản ánh: "Có tháng gạo về chậm, nhà trường phải cho các cháu về nhà lấy gạo, đi đường xa, trời mưa, nhiều cháu không quay lại". Chị Moong Thị Sen, bản Huồi Khe, xã Huồi Tụ, đề nghị nhà trường cho phụ huynh tham gia giám sát bếp ăn.
Trả lời các ý kiến, ông Vừ Bá Dế, Chủ tịch UBND xã Mường Lống và thầy Nguyễn Đình Quang, Hiệu trưởng Trường PTDT bán trú THCS Mường Lống giải thích việc cấp gạo phụ thuộc kế hoạch của Cục Dự trữ nhà nước; từ học kỳ II, trường sẽ lập tổ giám sát bếp ăn gồm 5 phụ huynh do thôn bầu ra, công khai thực đơn hằng tuần.
Kết luận buổi đối thoại, đồng chí Lô Văn Thuận tiếp thu 32 ý kiến của phụ huynh, giao UBND huyện làm việc với cơ quan dự trữ để gạo về trường trước ngày 5 hằng tháng; giao Ban Dân vận Huyện ủy theo dõi, đôn đốc. Đồng chí đề nghị các gia đình không để con nghỉ học đi làm thuê, không tảo hôn; mỗi đảng viên ở bản vận động ít nhất 2 học sinh trở lại lớp trong tháng 11.
Sau buổi đối thoại, Huyện ủy đã trao 60 suất quà cho học sinh bán trú nghèo, mỗi suất 500.000 đồng.
Hữu Vi
Tin liên quan
- Tương Dương: Tổng kết năm học 2014-2015 (20/8/2015)
- Kỳ Sơn: Hơn 98% học sinh ra lớp đầu năm học (10/9/2015)
- Hỗ trợ học sinh vùng cao vượt lũ (02/10/2015)
""", "2015-10-22", "Kỳ Sơn: Bí thư Huyện ủy đối thoại với phụ huynh học sinh bán trú",
E("doi_thoai", "2015", "2015-10-21"),
[P("Lô Văn Thuận", "Tỉnh ủy viên", "Bí thư Huyện ủy Kỳ Sơn"),
 P("Xồng Bá Dê", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lữ Thị Hoa", "Trưởng phòng Giáo dục và Đào tạo huyện"),
 P("Lầu Nhìa Xò", "trưởng bản Mường Lống 1"),
 P("Moong Thị Sen"),
 P("Vừ Bá Dế", "Chủ tịch UBND xã Mường Lống"),
 P("Nguyễn Đình Quang", "Hiệu trưởng Trường PTDT bán trú THCS Mường Lống")],
[Q("hơn 200 đại biểu", 200, "đại biểu", "over"), Q("3 xã", 3, "xã"), Q("4.716 học sinh bán trú", 4716, "học sinh bán trú"),
 Q("khoảng 48 tỷ đồng", 48000000000, "đồng", "approx"), Q("842 tấn", 842, "tấn"), Q("32 ý kiến", 32, "ý kiến"),
 Q("5 phụ huynh", 5, "phụ huynh"), Q("ít nhất 2 học sinh", 2, "học sinh", "over"), Q("60 suất quà", 60, "suất quà"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "85", "2010/QĐ-TTg", None, None, "Quyết định số 85/2010/QĐ-TTg"),
 D("Thông tư liên tịch", "65", "2011/TTLT-BGDĐT-BTC-BKHĐT", None, None, "Thông tư liên tịch số 65/2011/TTLT-BGDĐT-BTC-BKHĐT"),
 D("Quyết định", "36", "2013/QĐ-TTg", None, None, "Quyết định 36/2013/QĐ-TTg"),
 D("Nghị quyết", "05", "NQ/HU", None, "Huyện ủy", "Nghị quyết số 05-NQ/HU")],
[prov("Nghệ An"), com("Mường Lống"), com("Huồi Tụ"), com("Mường Típ")],
["BÁO NGHỆ AN", "Trang chủ >> Thời sự >> Miền Tây", "Ảnh: Quang cảnh buổi đối thoại tại xã Mường Lống.", "(Baonghean)",
 "Cục Dự trữ nhà nước"],
["Ngày đăng 22/10/2015 | 16:20", "năm học 2015-2016", "giai đoạn 2015 - 2020", "Mường Lống 1", "học kỳ II",
 "ngày 5 hằng tháng", "tháng 11"]))

PAGES.append(page("b9106-dienbien-ubnd-trienkhai-nd116-2016", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Thời sự | Giáo dục | Dân tộc - Miền núi
28-10-2016 07:45
Triển khai chính sách mới hỗ trợ học sinh ở xã, thôn đặc biệt khó khăn
ĐBP - Ngày 27/10, UBND tỉnh Điện Biên tổ chức hội nghị triển khai Nghị định số 116/2016/NĐ-CP ngày 18/7/2016 của Chính phủ quy định chính sách hỗ trợ học sinh và trường phổ thông ở xã, thôn đặc biệt khó khăn. Đồng chí Lường Văn Khiêm, Phó Chủ tịch UBND tỉnh chủ trì hội nghị, với sự tham dự của lãnh đạo UBND, phòng Giáo dục và Đào tạo, phòng Tài chính - Kế hoạch 10 huyện, thị xã, thành phố.
Đồng chí Lường Văn Khiêm phát biểu chỉ đạo hội nghị. Ảnh: Quang Hưng
Nghị định 116 thay thế Quyết định số 85/2010/QĐ-TTg và Quyết định số 36/2013/QĐ-TTg, có hiệu lực từ ngày 1/9/2016. Theo đó, học sinh bán trú được hỗ trợ tiền ăn mỗi tháng bằng 40% mức lương cơ sở và 15 kg gạo/tháng, mỗi năm học không quá 9 tháng; học sinh tự túc chỗ ở được hỗ trợ thêm 10% mức lương cơ sở. Trường có từ 30 học sinh bán trú trở lên được hỗ trợ kinh phí thuê người nấu ăn.
Ông Quàng Văn Hặc, Giám đốc Sở Giáo dục và Đào tạo cho biết, năm học 2016-2017 toàn tỉnh dự kiến có hơn 38.000 học sinh thuộc diện hưởng chính sách tại 127 trường; nhu cầu kinh phí khoảng 182 tỷ đồng và trên 5.100 tấn gạo. Sở đã ban hành Hướng dẫn số 1725/SGDĐT-KHTC về quy trình xét duyệt, lập danh sách.
Bà Vàng Thị Dua, Phó Trưởng Ban Dân tộc HĐND tỉnh, đề nghị làm rõ cách xác định khoảng cách "nhà xa trường" ở vùng có địa hình chia cắt như xã Sín Thầu, xã Mường Nhé; nếu chỉ đo theo đường chim bay thì nhiều em không đủ điều kiện. Ông Giàng A Của, Hiệu trưởng Trường PTDT bán trú THCS Sín Thầu nêu thực tế: trường có 412 học sinh, trong đó 376 em ở bán trú, nhưng chỉ có 2 người nấu ăn hợp đồng.
Ý kiến của ông Phạm Minh Tuấn, Phó Giám đốc Sở Tài chính cho biết tỉnh sẽ tạm cấp 60% kinh phí học kỳ I ngay trong tháng 11 để các trường không bị gián đoạn bữa ăn.
Kết luận hội nghị, đồng chí Lường Văn Khiêm yêu cầu các huyện hoàn thành phê duyệt danh sách trước ngày 15/11/2016; công khai danh sách tại trường và nhà văn hóa bản; Ủy ban MTTQ, Hội LHPN, Đoàn Thanh niên các cấp tham gia giám sát việc cấp phát tiền, gạo; xử lý nghiêm nơi để xảy ra sai sót, trục lợi chính sách. Đồng chí cũng lưu ý các trường tổ chức tốt bếp ăn tập thể, bảo đảm vệ sinh an toàn thực phẩm, không để học sinh phải tự nấu ăn trong phòng ở. UBND tỉnh sẽ ban hành Kế hoạch số 3012/KH-UBND triển khai Nghị định trong tháng 11.
Quang Hưng
Tin liên quan
- Mường Nhé: Nỗ lực giữ chân học sinh bán trú (20/10/2016)
- Khai giảng năm học 2016-2017 tại Trường PTDT nội trú tỉnh (05/9/2016)
- Hội nghị tổng kết năm học 2015-2016 (12/8/2016)
""", "2016-10-28", "Triển khai chính sách mới hỗ trợ học sinh ở xã, thôn đặc biệt khó khăn",
E("hoi_nghi", None, "2016-10-27"),
[P("Lường Văn Khiêm", "Phó Chủ tịch UBND tỉnh"),
 P("Quàng Văn Hặc", "Giám đốc Sở Giáo dục và Đào tạo"),
 P("Vàng Thị Dua", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Giàng A Của", "Hiệu trưởng Trường PTDT bán trú THCS Sín Thầu"),
 P("Phạm Minh Tuấn", "Phó Giám đốc Sở Tài chính")],
[Q("10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố"), Q("40%", 40, "%"), Q("15 kg", 15, "kg"),
 Q("10%", 10, "%"), Q("từ 30 học sinh bán trú trở lên", 30, "học sinh bán trú", "over"),
 Q("hơn 38.000 học sinh", 38000, "học sinh", "over"), Q("127 trường", 127, "trường"),
 Q("khoảng 182 tỷ đồng", 182000000000, "đồng", "approx"), Q("trên 5.100 tấn", 5100, "tấn", "over"),
 Q("412 học sinh", 412, "học sinh"), Q("376 em", 376, "em"), Q("2 người nấu ăn hợp đồng", 2, "người nấu ăn hợp đồng"),
 Q("60%", 60, "%")],
[D("Nghị định", "116", "2016/NĐ-CP", "2016-07-18", "Chính phủ", "Nghị định số 116/2016/NĐ-CP ngày 18/7/2016"),
 D("Quyết định", "85", "2010/QĐ-TTg", None, None, "Quyết định số 85/2010/QĐ-TTg"),
 D("Quyết định", "36", "2013/QĐ-TTg", None, None, "Quyết định số 36/2013/QĐ-TTg"),
 D("Hướng dẫn", "1725", "SGDĐT-KHTC", None, "Sở Giáo dục và Đào tạo", "Hướng dẫn số 1725/SGDĐT-KHTC"),
 D("Kế hoạch", "3012", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 3012/KH-UBND")],
[prov("Điện Biên"), com("Sín Thầu"), com("Mường Nhé")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Thời sự | Giáo dục | Dân tộc - Miền núi", "ĐBP",
 "Đồng chí Lường Văn Khiêm phát biểu chỉ đạo hội nghị. Ảnh: Quang Hưng"],
["28-10-2016 07:45", "9 tháng", "năm học 2016-2017", "học kỳ I", "tháng 11", "Nghị định 116"]))
