"""Pages b1067-b1072: text and labels side by side."""
from lib import Q, D, P, E, page, prov, com

PAGES = []

# ---------------------------------------------------------------- b1067
PAGES.append(page(
"b1067-binhthuan-bdv-giaoban-q3-2014",
"""
BÁO BÌNH THUẬN ĐIỆN TỬ
Chính trị - Xã hội › Dân vận
Thứ Bảy, 27/9/2014 | 10:12
Chú trọng nắm tình hình vùng đồng bào Chăm, đồng bào có đạo
Sáng 26/9, Ban Dân vận Tỉnh ủy Bình Thuận tổ chức giao ban công tác dân vận quý III/2014 với Ủy ban MTTQ Việt Nam và các đoàn thể chính trị - xã hội tỉnh, Ban Dân vận các huyện ủy, thị ủy, thành ủy. Đồng chí Nguyễn Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Cùng dự có các đồng chí Nguyễn Văn Lượng, Thuận Văn Chiếm, Trần Thị Bích Hà - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo tại giao ban cho biết, trong quý, khối dân vận các cấp đã tập trung tuyên truyền Quyết định 217, 218-QĐ/TW của Bộ Chính trị về quy chế giám sát, phản biện xã hội của Mặt trận và các đoàn thể và tham gia góp ý xây dựng Đảng, chính quyền; tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 15, 16-CT/TU về công tác vận động đồng bào Chăm và đồng bào theo đạo Công giáo. Ban Dân vận Tỉnh ủy đã ban hành kế hoạch số 62-KH/BDVTU ngày 7/7/2014 về khảo sát tình hình sinh hoạt tôn giáo tại các huyện Bắc Bình, Tuy Phong, Hàm Thuận Bắc.
Các cơ quan dân vận đã tiếp nhận 87 đơn thư, kiến nghị của công dân, đã phối hợp giải quyết 79 đơn; tổ chức 36 buổi tiếp xúc, đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân. Nhân dịp lễ Ramưwan của đồng bào Chăm Bàni, các cấp đã thăm, tặng 350 phần quà cho chức sắc, chức việc và hộ nghèo, tổng trị giá khoảng 175 triệu đồng. Toàn tỉnh có thêm 24 mô hình "Dân vận khéo", nâng tổng số lên 312 mô hình; phong trào "4 an toàn" trong vùng giáo được nhân rộng ở 19 giáo xứ.
Tại giao ban, đồng chí Lộ Văn Thanh, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Bình, phản ánh tại xã Phan Hòa và xã Phan Thanh một số hộ đồng bào Chăm còn băn khoăn về việc đền bù đất làm kênh tưới. Đồng chí Bá Thị Hoa, Phó Chủ tịch Hội LHPN huyện Tuy Phong, cho biết Hội đã vận động 128 chị em Chăm vay vốn phát triển nghề dệt thổ cẩm tại làng Chăm Phú Lạc. Đại diện Ban Dân vận Huyện ủy Hàm Thuận Bắc nêu tình hình một số điểm nhóm Tin Lành trong đồng bào K'Ho ở xã Đông Giang, Đông Tiến.
Kết luận giao ban, đồng chí Nguyễn Thị Thu Hà đề nghị quý IV/2014 các cấp tập trung nắm chắc tình hình tư tưởng nhân dân, nhất là vùng đồng bào Chăm, vùng giáo và nơi thực hiện các dự án năng lượng; phối hợp tổ chức chu đáo các hoạt động gặp mặt chức sắc dịp lễ Giáng sinh và Tết Nguyên đán; chuẩn bị tốt các điều kiện tổng kết công tác dân vận năm 2014. Đồng chí cũng lưu ý Ban Dân vận các huyện tăng cường kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở, không để phát sinh khiếu kiện đông người.
Đồng chí Nguyễn Văn Lượng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị các đoàn thể phối hợp chặt chẽ với Mặt trận triển khai cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" trong đồng bào các tôn giáo.
Bài, ảnh: Thanh Quang
Tin cùng chuyên mục
- Bắc Bình: gặp mặt chức sắc Chăm Bàni nhân lễ Ramưwan (10/07/2014)
- Giao ban công tác dân vận quý II năm 2014 (27/06/2014)
- Tuy Phong: xây dựng 12 căn nhà đại đoàn kết cho hộ nghèo (15/06/2014)
""",
"2014-09-27",
"Chú trọng nắm tình hình vùng đồng bào Chăm, đồng bào có đạo",
E("giao_ban", "2014-Q3", "2014-09-26"),
[
    P("Nguyễn Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Nguyễn Văn Lượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Thuận Văn Chiếm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Trần Thị Bích Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Lộ Văn Thanh", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Bình"),
    P("Bá Thị Hoa", "Phó Chủ tịch Hội LHPN huyện Tuy Phong"),
],
[
    Q("87 đơn thư, kiến nghị", 87, "đơn thư, kiến nghị"),
    Q("79 đơn", 79, "đơn"),
    Q("36 buổi tiếp xúc, đối thoại", 36, "buổi tiếp xúc, đối thoại"),
    Q("350 phần quà", 350, "phần quà"),
    Q("khoảng 175 triệu đồng", 175000000, "đồng", "approx"),
    Q("24 mô hình", 24, "mô hình"),
    Q("312 mô hình", 312, "mô hình"),
    Q("19 giáo xứ", 19, "giáo xứ"),
    Q("128 chị em Chăm", 128, "chị em Chăm"),
],
[
    D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định 217, 218-QĐ/TW của Bộ Chính trị"),
    D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định 217, 218-QĐ/TW của Bộ Chính trị"),
    D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 15, 16-CT/TU"),
    D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 15, 16-CT/TU"),
    D("Kế hoạch", "62", "KH/BDVTU", "2014-07-07", "Ban Dân vận Tỉnh ủy", surface="kế hoạch số 62-KH/BDVTU ngày 7/7/2014"),
],
[prov("Bình Thuận"), com("Phan Hòa"), com("Phan Thanh"), com("Đông Giang"), com("Đông Tiến")],
["BÁO BÌNH THUẬN ĐIỆN TỬ", "Chính trị - Xã hội › Dân vận", "Ramưwan", "Dân vận khéo", "4 an toàn",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "làng Chăm Phú Lạc", "Quy chế dân chủ ở cơ sở"],
["Thứ Bảy, 27/9/2014 | 10:12", "quý III/2014", "quý IV/2014", "4 an toàn", "năm 2014"],
))

# ---------------------------------------------------------------- b1068
PAGES.append(page(
"b1068-dongnai-bdv-hoinghi-chucsac-2015",
"""
BAN DÂN VẬN TỈNH ỦY ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ
Tin tức - Sự kiện
Thứ năm, 29/01/2015 | 08:34
Gặp mặt 230 chức sắc, chức việc tiêu biểu các tôn giáo
Ảnh: Các đại biểu dự hội nghị gặp mặt.
Ngày 28/1, Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh và Ban Tôn giáo tỉnh Đồng Nai tổ chức hội nghị gặp mặt chức sắc, chức việc tiêu biểu các tôn giáo năm 2015. Đến dự có đồng chí Huỳnh Thị Ngọc Bích, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lê Văn Phước, Phó Chủ tịch UBND tỉnh; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Thị Ngọc Loan, Phạm Văn Hưởng, Điểu Văn Khanh.
Về phía các tôn giáo có Linh mục Giuse Đinh Quang Thịnh, Tổng Đại diện Giáo phận Xuân Lộc; Hòa thượng Thích Quảng Tịnh, Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh; Mục sư Lê Văn Sáng, Ủy viên Ban Đại diện Tin Lành tỉnh; Chánh trị sự Nguyễn Văn Hòa, Đầu tộc đạo Cao Đài Biên Hòa và ông Quách Ngọc Thành, Trưởng ban Quản trị Thất phủ cổ miếu, xã Hiệp Hòa, cùng 230 chức sắc, chức việc, nhà tu hành tiêu biểu.
Đồng Nai hiện có 12 tôn giáo được Nhà nước công nhận, với hơn 1,2 triệu tín đồ, chiếm khoảng 42% dân số; 1.056 cơ sở thờ tự. Năm 2014, các tổ chức tôn giáo đóng góp trên 180 tỷ đồng cho các hoạt động từ thiện, nhân đạo; tham gia xây dựng 415 căn nhà tình thương, hỗ trợ 12.400 lượt bệnh nhân nghèo. Nhiều giáo xứ ở các huyện Thống Nhất, Trảng Bom đã vận động giáo dân hiến hơn 28.000 m2 đất mở rộng đường giao thông nông thôn.
Báo cáo của Ban Dân vận Tỉnh ủy cho biết, năm 2014 các cấp đã thực hiện Kế hoạch 231-KH/TU ngày 15/4/2014 của Tỉnh ủy về vận động đồng bào có đạo tham gia xây dựng nông thôn mới và Chương trình phối hợp 05/CTPH-BDVTU-MTTQ giữa Ban Dân vận Tỉnh ủy với Ủy ban MTTQ Việt Nam tỉnh. Có 86 cơ sở thờ tự được công nhận "Cơ sở thờ tự văn minh, tiêu biểu". Tuy nhiên, một số điểm nhóm Tin Lành sinh hoạt chưa đúng quy định ở huyện Định Quán, Tân Phú; còn 9 vụ việc liên quan đến đất đai của cơ sở tôn giáo chưa được giải quyết dứt điểm.
Tại hội nghị, các chức sắc đã góp ý dự thảo Luật Tín ngưỡng, tôn giáo đang được Quốc hội xem xét. Linh mục Giuse Đinh Quang Thịnh đề nghị dự luật cần quy định rõ tư cách pháp nhân của tổ chức tôn giáo trực thuộc. Ông Điểu Văn Khanh, người dân tộc Chơ Ro, cho biết trong đồng bào Chơ Ro ở xã Phú Lý, xã Túc Trưng đã có 215 hộ theo đạo Công giáo, Tin Lành, bà con sống đoàn kết, không có khiếu kiện.
Phát biểu tại hội nghị, đồng chí Lê Văn Phước ghi nhận những đóng góp của các tôn giáo vào sự phát triển chung của tỉnh và cam kết UBND tỉnh sẽ chỉ đạo giải quyết các vụ việc tồn đọng trong quý I/2015. Trưởng Ban Dân vận Tỉnh ủy Huỳnh Thị Ngọc Bích mong muốn các chức sắc tiếp tục vận động tín đồ thực hiện phương châm "Kính Chúa - yêu nước", "Đạo pháp - Dân tộc - Chủ nghĩa xã hội", "Nước vinh, đạo sáng", hưởng ứng cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" vừa được phát động.
Nhân dịp đón Xuân Ất Mùi, Ban Tổ chức đã tặng 230 phần quà cho các đại biểu, mỗi phần trị giá 1 triệu đồng.
Ngọc Hân
Tin liên quan
- Thăm, chúc mừng Giáng sinh các giáo phận trên địa bàn tỉnh (23/12/2014)
- Hội nghị tổng kết công tác dân vận năm 2014 (18/12/2014)
- Định Quán: đối thoại với người dân tộc Chơ Ro (05/12/2014)
""",
"2015-01-29",
"Gặp mặt 230 chức sắc, chức việc tiêu biểu các tôn giáo",
E("hoi_nghi", "2015", "2015-01-28"),
[
    P("Huỳnh Thị Ngọc Bích", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Lê Văn Phước", "Phó Chủ tịch UBND tỉnh"),
    P("Lê Thị Ngọc Loan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Phạm Văn Hưởng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Điểu Văn Khanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Giuse Đinh Quang Thịnh", "Linh mục", "Tổng Đại diện Giáo phận Xuân Lộc"),
    P("Thích Quảng Tịnh", "Hòa thượng", "Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
    P("Lê Văn Sáng", "Mục sư", "Ủy viên Ban Đại diện Tin Lành tỉnh"),
    P("Nguyễn Văn Hòa", "Chánh trị sự", "Đầu tộc đạo Cao Đài Biên Hòa"),
    P("Quách Ngọc Thành", "Trưởng ban Quản trị Thất phủ cổ miếu"),
],
[
    Q("230 chức sắc, chức việc", 230, "chức sắc, chức việc"),
    Q("12 tôn giáo", 12, "tôn giáo"),
    Q("hơn 1,2 triệu tín đồ", 1200000, "tín đồ", "over"),
    Q("khoảng 42%", 42, "%", "approx"),
    Q("1.056 cơ sở thờ tự", 1056, "cơ sở thờ tự"),
    Q("trên 180 tỷ đồng", 180000000000, "đồng", "over"),
    Q("415 căn nhà tình thương", 415, "căn nhà tình thương"),
    Q("12.400 lượt bệnh nhân nghèo", 12400, "lượt bệnh nhân nghèo"),
    Q("hơn 28.000 m2", 28000, "m2", "over"),
    Q("86 cơ sở thờ tự", 86, "cơ sở thờ tự"),
    Q("9 vụ việc", 9, "vụ việc"),
    Q("215 hộ", 215, "hộ"),
    Q("230 phần quà", 230, "phần quà"),
    Q("1 triệu đồng", 1000000, "đồng"),
],
[
    D("Kế hoạch", "231", "KH/TU", "2014-04-15", "Tỉnh ủy", surface="Kế hoạch 231-KH/TU ngày 15/4/2014 của Tỉnh ủy"),
    D("Chương trình phối hợp", "05", "CTPH-BDVTU-MTTQ", None, None, surface="Chương trình phối hợp 05/CTPH-BDVTU-MTTQ"),
],
[prov("Đồng Nai"), com("Hiệp Hòa"), com("Phú Lý"), com("Túc Trưng")],
["BAN DÂN VẬN TỈNH ỦY ĐỒNG NAI", "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ",
 "Ảnh: Các đại biểu dự hội nghị gặp mặt.", "Giáo phận Xuân Lộc", "Thất phủ cổ miếu", "Cơ sở thờ tự văn minh, tiêu biểu",
 "Luật Tín ngưỡng, tôn giáo", "Kính Chúa - yêu nước", "Đạo pháp - Dân tộc - Chủ nghĩa xã hội", "Nước vinh, đạo sáng",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Xuân Ất Mùi"],
["Thứ năm, 29/01/2015 | 08:34", "năm 2015", "Năm 2014", "quý I/2015"],
))

# ---------------------------------------------------------------- b1069
PAGES.append(page(
"b1069-baclieu-mttq-giamsat-khmer-2016",
"""
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BẠC LIÊU
Trang chủ / Tin hoạt động / Giám sát - Phản biện
Ngày 20/10/2016 - 14:25 | Lượt xem: 532
Ông Trần Văn Hiền phát biểu tại hội nghị.
Còn 126 hộ đồng bào Khmer nghèo chưa được hỗ trợ đất ở
Ngày 19/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bạc Liêu tổ chức hội nghị thông báo kết quả giám sát việc thực hiện chính sách hỗ trợ đồng bào dân tộc thiểu số năm 2016. Ông Trần Văn Hiền, Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự hội nghị có ông Lâm Văn Tư, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy; bà Kim Thị Sa Vết, Phó Trưởng Ban Dân tộc tỉnh; bà Lâm Thị Sa Ren, UVBCH Hội LHPN tỉnh, Chủ tịch Hội LHPN huyện Hòa Bình.
Theo báo cáo, từ tháng 6 đến tháng 9/2016, ba đoàn giám sát do ông Trần Văn Hiền và các ông, bà Sơn Văn Thuôl, Trịnh Thị Mỹ Lệ - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát tại 3 huyện Hòa Bình, Vĩnh Lợi, Hồng Dân và 7 xã có đông đồng bào Khmer, Hoa sinh sống. Nội dung giám sát là việc thực hiện Quyết định 102/2009/QĐ-TTg, 29/2013/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ trực tiếp cho người dân thuộc hộ nghèo vùng khó khăn và hỗ trợ đất ở, đất sản xuất, giải quyết việc làm cho đồng bào dân tộc thiểu số nghèo.
Kết quả cho thấy, các địa phương đã hỗ trợ cho 1.842 hộ với tổng kinh phí hơn 11,5 tỷ đồng; mức hỗ trợ trực tiếp 80.000 đồng/người/năm được chi trả đúng đối tượng. Có 98,6% hộ được phỏng vấn hài lòng với cách làm của chính quyền. Tuy vậy, còn 126 hộ đồng bào Khmer nghèo chưa được hỗ trợ đất ở do thiếu quỹ đất; 31 hộ được hỗ trợ tiền mua đất nhưng chưa mua được; việc bình xét ở một số ấp còn chưa công khai.
Tại hội nghị, Thượng tọa Lý Sa Ri, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Xiêm Cán, phường Nhà Mát, đề nghị ưu tiên hỗ trợ học nghề cho thanh niên Khmer sau khi hoàn tục. Ông Lý Hoàng Quân, người có uy tín trong đồng bào Hoa xã Vĩnh Hưng, cho rằng cần thêm nguồn vốn vay ưu đãi cho hộ cận nghèo. Bà Lâm Thị Sa Ren phản ánh nhiều chị em Khmer ở xã Vĩnh Hậu A thiếu việc làm sau thu hoạch lúa.
Bà Kim Thị Sa Vết cho biết Ban Dân tộc tỉnh đang phối hợp UBND các huyện rà soát quỹ đất công để hỗ trợ các hộ còn lại; năm 2017 dự kiến bố trí 3,8 tỷ đồng từ nguồn vốn Chương trình 135.
Kết luận hội nghị, ông Trần Văn Hiền đề nghị UBND tỉnh chỉ đạo các ngành sớm khắc phục những hạn chế qua giám sát, công khai danh sách hộ thụ hưởng tại ấp; Ủy ban MTTQ các cấp theo dõi việc tiếp thu, giải quyết kiến nghị theo Quyết định 217-QĐ/TW của Bộ Chính trị và Luật Mặt trận Tổ quốc Việt Nam năm 2015. Kết quả giám sát sẽ được gửi tới Thường trực Tỉnh ủy, HĐND, UBND tỉnh trước ngày 30/10.
Cùng ngày, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh triển khai kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2016 ở 509 khu dân cư.
Thanh Tâm
Tin khác
- Mặt trận tỉnh trao 200 căn nhà Đại đoàn kết cho hộ nghèo (12/10/2016)
- Gặp mặt sư sãi nhân lễ Sene Dolta (28/09/2016)
- Hội nghị phản biện dự thảo Nghị quyết về chính sách hỗ trợ người có uy tín (15/09/2016)
""",
"2016-10-20",
"Còn 126 hộ đồng bào Khmer nghèo chưa được hỗ trợ đất ở",
E("giam_sat", "2016", "2016-10-19"),
[
    P("Trần Văn Hiền", "Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Lâm Văn Tư", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
    P("Kim Thị Sa Vết", "Phó Trưởng Ban Dân tộc tỉnh"),
    P("Lâm Thị Sa Ren", "UVBCH Hội LHPN tỉnh", "Chủ tịch Hội LHPN huyện Hòa Bình"),
    P("Sơn Văn Thuôl", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Trịnh Thị Mỹ Lệ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Lý Sa Ri", "Thượng tọa", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Xiêm Cán"),
    P("Lý Hoàng Quân", "người có uy tín trong đồng bào Hoa xã Vĩnh Hưng"),
],
[
    Q("126 hộ đồng bào Khmer nghèo", 126, "hộ đồng bào Khmer nghèo"),
    Q("3 huyện", 3, "huyện"),
    Q("7 xã", 7, "xã"),
    Q("1.842 hộ", 1842, "hộ"),
    Q("hơn 11,5 tỷ đồng", 11500000000, "đồng", "over"),
    Q("80.000 đồng", 80000, "đồng"),
    Q("98,6%", 98.6, "%"),
    Q("31 hộ", 31, "hộ"),
    Q("3,8 tỷ đồng", 3800000000, "đồng"),
    Q("509 khu dân cư", 509, "khu dân cư"),
],
[
    D("Quyết định", "102", "2009/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 102/2009/QĐ-TTg, 29/2013/QĐ-TTg của Thủ tướng Chính phủ"),
    D("Quyết định", "29", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 102/2009/QĐ-TTg, 29/2013/QĐ-TTg của Thủ tướng Chính phủ"),
    D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định 217-QĐ/TW của Bộ Chính trị"),
],
[prov("Bạc Liêu"), com("Nhà Mát"), com("Vĩnh Hưng"), com("Vĩnh Hậu A")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BẠC LIÊU", "Trang chủ / Tin hoạt động / Giám sát - Phản biện",
 "Ông Trần Văn Hiền phát biểu tại hội nghị.", "chùa Xiêm Cán", "Hội Đoàn kết sư sãi yêu nước tỉnh",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Chương trình 135", "Luật Mặt trận Tổ quốc Việt Nam"],
["Ngày 20/10/2016 - 14:25 | Lượt xem: 532", "năm 2016", "tháng 9/2016", "năm 2017", "ngày 30/10", "Chương trình 135",
 "/người/năm", "năm 2015"],
))

# ---------------------------------------------------------------- b1070
PAGES.append(page(
"b1070-phuyen-bdv-soket-6thang-2016",
"""
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Phú Yên
Trang chủ >> Tin hoạt động >> Hoạt động Ban Dân vận Tỉnh ủy
Đồng chí Trần Thị Hồng Nhung phát biểu tại hội nghị. Ảnh: Kim Thoa
Dân vận chính quyền có chuyển biến ở vùng đồng bào dân tộc
Thứ Năm, 14/07/2016, 10:05
Ngày 12/7, Ban Dân vận Tỉnh ủy Phú Yên tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2016, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Trần Thị Hồng Nhung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Tham dự có bà Ksor H'Bia, Trưởng ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh; ông Y Thanh Niê, HUV, Trưởng Ban Dân vận Huyện ủy Sông Hinh; ông La Ơ Văn Hải, HUV, Trưởng Ban Dân vận Huyện ủy Đồng Xuân.
6 tháng qua, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết 5 năm thực hiện Quyết định 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị về quy chế công tác dân vận của hệ thống chính trị; ban hành Chương trình hành động 34-CTr/TU thực hiện Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp. Các cấp đã tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021 với tỷ lệ cử tri đi bầu đạt 99,12%; riêng ở 3 huyện miền núi đạt trên 99,5%.
Toàn tỉnh có thêm 41 mô hình "Dân vận khéo", nâng tổng số lên 168 mô hình; các cơ quan, đơn vị tiếp nhận 214 lượt công dân, tiếp nhận 96 đơn, đã giải quyết 81 đơn. Trong vùng đồng bào Chăm H'roi, Ê Đê, Ba Na, có 27 đồng chí là người dân tộc thiểu số được kết nạp vào Đảng; vận động nhân dân hiến 12.500 m2 đất làm đường liên thôn, đóng góp 1,35 tỷ đồng xây dựng nhà văn hóa buôn.
Đối với công tác tôn giáo, tình hình các tôn giáo cơ bản ổn định. Ban Dân vận đã phối hợp Ban Tôn giáo - Sở Nội vụ gặp mặt 65 chức sắc Công giáo, Phật giáo, Tin Lành, Cao Đài nhân dịp lễ Phục sinh và Đại lễ Phật đản; nắm tình hình hoạt động của "Tin Lành Đấng Christ" và nhóm "Hội thánh của Đức Chúa Trời" tại một số buôn ở xã Ea Bá, xã Ea Lâm.
Tại hội nghị, ông Y Thanh Niê cho biết huyện Sông Hinh đã vận động 53 hộ đồng bào Ê Đê không nghe theo lôi kéo, trở về sinh hoạt tại Chi hội Tin Lành hợp pháp. Ông La Ơ Văn Hải đề nghị tỉnh tiếp tục hỗ trợ giống cây, con cho 142 hộ nghèo Chăm H'roi tại xã Phú Mỡ. Bà Ksor H'Bia phản ánh một số người có uy tín tuổi cao, chế độ phụ cấp còn thấp so với thực tế.
Kết luận hội nghị, đồng chí Trần Thị Hồng Nhung yêu cầu 6 tháng cuối năm 2016, khối dân vận tập trung thực hiện Quy chế dân chủ ở cơ sở, nắm tình hình ở vùng dự án và vùng đồng bào dân tộc thiểu số; đẩy mạnh phong trào thi đua "Dân vận khéo"; chuẩn bị tổ chức Đại hội đại biểu các dân tộc thiểu số cấp huyện vào năm 2019; phối hợp Ủy ban MTTQ tỉnh tổ chức cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Đồng chí cũng đề nghị Ban Dân vận các huyện ủy hoàn thành kế hoạch kiểm tra trước ngày 30/11/2016.
Kim Thoa
TIN CÙNG CHUYÊN MỤC
- Đồng Xuân: gặp mặt già làng, người có uy tín (06/07/2016)
- Sông Hinh: 10 năm thực hiện Chỉ thị 01 về công tác đối với đạo Tin Lành (20/06/2016)
- Tuy An: nhân rộng mô hình "Dân vận khéo" (03/06/2016)
""",
"2016-07-14",
"Dân vận chính quyền có chuyển biến ở vùng đồng bào dân tộc",
E("so_ket", "2016-H1", "2016-07-12"),
[
    P("Trần Thị Hồng Nhung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Ksor H'Bia", "Trưởng ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
    P("Y Thanh Niê", "HUV", "Trưởng Ban Dân vận Huyện ủy Sông Hinh"),
    P("La Ơ Văn Hải", "HUV", "Trưởng Ban Dân vận Huyện ủy Đồng Xuân"),
],
[
    Q("99,12%", 99.12, "%"),
    Q("3 huyện miền núi", 3, "huyện miền núi"),
    Q("trên 99,5%", 99.5, "%", "over"),
    Q("41 mô hình", 41, "mô hình"),
    Q("168 mô hình", 168, "mô hình"),
    Q("214 lượt công dân", 214, "lượt công dân"),
    Q("96 đơn", 96, "đơn"),
    Q("81 đơn", 81, "đơn"),
    Q("27 đồng chí", 27, "đồng chí"),
    Q("12.500 m2", 12500, "m2"),
    Q("1,35 tỷ đồng", 1350000000, "đồng"),
    Q("65 chức sắc", 65, "chức sắc"),
    Q("53 hộ đồng bào Ê Đê", 53, "hộ đồng bào Ê Đê"),
    Q("142 hộ nghèo Chăm H'roi", 142, "hộ nghèo Chăm H'roi"),
],
[
    D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", surface="Quyết định 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị"),
    D("Chương trình hành động", "34", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chương trình hành động 34-CTr/TU"),
    D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", surface="Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư"),
],
[prov("Phú Yên"), com("Ea Bá"), com("Ea Lâm"), com("Phú Mỡ")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Phú Yên", "Trang chủ >> Tin hoạt động >> Hoạt động Ban Dân vận Tỉnh ủy",
 "Đồng chí Trần Thị Hồng Nhung phát biểu tại hội nghị. Ảnh: Kim Thoa", "Dân vận khéo", "Tin Lành Đấng Christ",
 "Hội thánh của Đức Chúa Trời", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Quy chế dân chủ ở cơ sở"],
["Thứ Năm, 14/07/2016, 10:05", "6 tháng đầu năm 2016", "6 tháng cuối năm", "5 năm", "khóa XIV", "nhiệm kỳ 2016 - 2021",
 "năm 2019", "ngày 30/11/2016", "27 đồng chí"],
))

# ---------------------------------------------------------------- b1071
PAGES.append(page(
"b1071-cantho-bantongiao-taphuan-luat-2017",
"""
SỞ NỘI VỤ THÀNH PHỐ CẦN THƠ - BAN TÔN GIÁO
Trang chủ > Tin tức > Công tác tôn giáo
Cập nhật: 09:42, 24/08/2017 (GMT+7)
Quang cảnh lớp tập huấn tại Hội trường Thành ủy.
150 chức sắc, chức việc tìm hiểu Luật Tín ngưỡng, tôn giáo
Trong hai ngày 22 và 23/8, Ban Tôn giáo thành phố Cần Thơ phối hợp với Vụ Pháp chế, Ban Tôn giáo Chính phủ tổ chức lớp tập huấn bồi dưỡng kiến thức pháp luật về tín ngưỡng, tôn giáo năm 2017 cho 150 học viên là chức sắc, chức việc của 9 tôn giáo và cán bộ làm công tác tôn giáo các quận, huyện.
Báo cáo viên là bà Vũ Thị Thu Hà, Phó Vụ trưởng Vụ Pháp chế Ban Tôn giáo Chính phủ và ông Lê Hoàng Nam, Trưởng Ban Tôn giáo thành phố. Học viên được giới thiệu những điểm mới của Luật Tín ngưỡng, tôn giáo số 02/2016/QH14 của Quốc hội, có hiệu lực từ ngày 1/1/2018, như: quyền tự do tín ngưỡng, tôn giáo của người bị tạm giữ, tạm giam; thủ tục đăng ký sinh hoạt tôn giáo tập trung; tư cách pháp nhân phi thương mại của tổ chức tôn giáo. Lớp học cũng quán triệt Nghị quyết 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương Đảng (khóa IX) về công tác tôn giáo và Kế hoạch 44-KH/TU ngày 18/5/2017 của Thành ủy về triển khai thi hành Luật.
Thành phố Cần Thơ hiện có 11 tôn giáo với hơn 570.000 tín đồ, chiếm gần 45% dân số; 542 cơ sở thờ tự; 2.870 chức sắc, chức việc. Năm 2016, UBND thành phố và các quận, huyện đã giải quyết 63 hồ sơ đề nghị của các tổ chức tôn giáo; các tôn giáo đóng góp hơn 42 tỷ đồng cho hoạt động từ thiện xã hội.
Trao đổi tại lớp học, ông Trần Văn Dũng, Trưởng ban Trị sự Phật giáo Hòa Hảo quận Ô Môn, quan tâm thủ tục đăng ký người phụ trách các điểm phổ thông giáo lý. Đại đức Thạch Ngọc Rinh, trụ trì chùa Pôthi Somrôn, quận Ô Môn, hỏi về việc tổ chức lớp giáo lý và dạy chữ Khmer cho các vị sư mới xuất gia. Ông Huỳnh Hớn Vinh, Trưởng ban Quản trị Quảng Triệu Hội Quán, phường Tân An, đề nghị hướng dẫn việc quản lý tiền công đức, tài trợ tại các cơ sở tín ngưỡng của người Hoa. Ông Mohamad Sa Ri, Phó ban Đại diện cộng đồng Hồi giáo thành phố, Hakim thánh đường Hồi giáo Cần Thơ, hỏi về việc mời chức sắc nước ngoài đến giảng đạo trong tháng Ramadan.
Các câu hỏi đã được báo cáo viên giải đáp cụ thể. Ông Lê Hoàng Nam cho biết sau lớp học, Ban Tôn giáo sẽ biên soạn 5.000 tờ gấp hỏi - đáp về Luật, phát cho các cơ sở tôn giáo và các phường, xã; đồng thời phối hợp Ban Dân vận Thành ủy tổ chức 9 hội nghị tuyên truyền tại các quận, huyện trong quý IV/2017.
Bế giảng lớp, bà Vũ Thị Thu Hà đánh giá cao tinh thần học tập của các học viên, đề nghị các chức sắc tiếp tục hướng dẫn tín đồ "sống tốt đời, đẹp đạo", chấp hành pháp luật.
Bảo Ngọc (Ban Tôn giáo thành phố)
Bài viết liên quan
- Gặp mặt chức sắc Phật giáo Hòa Hảo nhân ngày khai đạo (11/06/2017)
- Hội nghị tổng kết công tác tôn giáo năm 2016 (22/12/2016)
- Phong Điền: tập huấn nghiệp vụ cho cán bộ làm công tác tôn giáo (14/11/2016)
""",
"2017-08-24",
"150 chức sắc, chức việc tìm hiểu Luật Tín ngưỡng, tôn giáo",
E("tap_huan", "2017", "2017-08-22"),
[
    P("Vũ Thị Thu Hà", "Phó Vụ trưởng Vụ Pháp chế Ban Tôn giáo Chính phủ"),
    P("Lê Hoàng Nam", "Trưởng Ban Tôn giáo thành phố"),
    P("Trần Văn Dũng", "Trưởng ban Trị sự Phật giáo Hòa Hảo quận Ô Môn"),
    P("Thạch Ngọc Rinh", "Đại đức", "trụ trì chùa Pôthi Somrôn"),
    P("Huỳnh Hớn Vinh", "Trưởng ban Quản trị Quảng Triệu Hội Quán"),
    P("Mohamad Sa Ri", "Phó ban Đại diện cộng đồng Hồi giáo thành phố", "Hakim thánh đường Hồi giáo Cần Thơ"),
],
[
    Q("150 học viên", 150, "học viên"),
    Q("9 tôn giáo", 9, "tôn giáo"),
    Q("11 tôn giáo", 11, "tôn giáo"),
    Q("hơn 570.000 tín đồ", 570000, "tín đồ", "over"),
    Q("gần 45%", 45, "%", "approx"),
    Q("542 cơ sở thờ tự", 542, "cơ sở thờ tự"),
    Q("2.870 chức sắc, chức việc", 2870, "chức sắc, chức việc"),
    Q("63 hồ sơ", 63, "hồ sơ"),
    Q("hơn 42 tỷ đồng", 42000000000, "đồng", "over"),
    Q("5.000 tờ gấp", 5000, "tờ gấp"),
    Q("9 hội nghị", 9, "hội nghị"),
],
[
    D("Luật", "02", "2016/QH14", None, "Quốc hội", surface="Luật Tín ngưỡng, tôn giáo số 02/2016/QH14 của Quốc hội"),
    D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "Ban Chấp hành Trung ương Đảng",
      surface="Nghị quyết 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương Đảng"),
    D("Kế hoạch", "44", "KH/TU", "2017-05-18", "Thành ủy", surface="Kế hoạch 44-KH/TU ngày 18/5/2017 của Thành ủy"),
],
[prov("Cần Thơ"), com("Tân An")],
["SỞ NỘI VỤ THÀNH PHỐ CẦN THƠ - BAN TÔN GIÁO", "Trang chủ > Tin tức > Công tác tôn giáo",
 "Quang cảnh lớp tập huấn tại Hội trường Thành ủy.", "Vụ Pháp chế", "chùa Pôthi Somrôn", "Quảng Triệu Hội Quán",
 "sống tốt đời, đẹp đạo", "Ramadan", "Bảo Ngọc (Ban Tôn giáo thành phố)"],
["Cập nhật: 09:42, 24/08/2017 (GMT+7)", "năm 2017", "ngày 1/1/2018", "khóa IX", "Năm 2016", "quý IV/2017"],
))

# ---------------------------------------------------------------- b1072
PAGES.append(page(
"b1072-tayninh-baotayninh-chucsac-caodai-2018",
"""
BÁO TÂY NINH ONLINE
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao
Chính trị › Dân vận
Ông Nguyễn Văn Lành (bìa phải) cùng bà con khảo sát tuyến đường mới làm. Ảnh: Minh Tâm
T6, 01/06/2018 - 06:00
Vị chức sắc Cao Đài "nói dân nghe, làm dân tin"
(BTN) - Gần 30 năm làm chức việc trong họ đạo, ông Nguyễn Văn Lành, 68 tuổi, ngụ ấp Trường Lưu, xã Trường Tây, huyện Hòa Thành được bà con quen gọi là "ông Chánh Lành". Ông là một trong 15 gương chức sắc, chức việc tiêu biểu vừa được Ban Dân vận Tỉnh ủy Tây Ninh biểu dương trong phong trào thi đua "Dân vận khéo".
Chánh trị sự Nguyễn Văn Lành hiện là Phó Cai quản Họ đạo Trường Tây, Ủy viên Ủy ban MTTQ Việt Nam xã Trường Tây. Theo ông, muốn vận động đạo hữu thì người chức sắc phải làm trước: khi xã triển khai làm đường liên ấp, ông là người đầu tiên hiến 320 m2 đất vườn, rồi cùng Ban Cai quản đến từng nhà bàn bạc. Từ năm 2010 đến nay, ông và Họ đạo đã vận động bà con hiến hơn 4.200 m2 đất, đóng góp hơn 3,5 tỷ đồng làm 8,6 km đường bê tông và 14 cây cầu bắc qua kênh Tây.
Không chỉ làm đường, ông còn cùng Lễ sanh Thái Cúc Thanh, Đầu Họ đạo Trường Tây, duy trì bếp cơm chay từ thiện tại Bệnh viện Đa khoa huyện, mỗi ngày phát khoảng 250 suất cơm cho bệnh nhân nghèo. Mỗi năm, Họ đạo trao 60 suất học bổng cho con em đạo hữu và người dân khó khăn, mỗi suất 1,5 triệu đồng. Mô hình "Họ đạo 4 không" (không tội phạm, không ma túy, không khiếu kiện vượt cấp, không hộ nghèo) do ông đề xuất đã được nhân rộng ra 9 họ đạo trong huyện.
Bà Lê Thị Bích Hằng, Phó Trưởng Ban Dân vận Huyện ủy Hòa Thành, cho biết ông Lành là "cánh tay nối dài" của cấp ủy trong thực hiện Chỉ thị 16-CT/HU ngày 5/3/2015 của Ban Thường vụ Huyện ủy Hòa Thành về vận động các tôn giáo tham gia xây dựng nông thôn mới và Quyết định 23-QĐ/TW về Quy chế công tác dân vận của hệ thống chính trị. "Có những việc cán bộ nói ba lần bà con chưa nghe, nhưng ông Chánh nói một lần là xong" - bà Hằng nói.
Ông Trần Văn Tuấn, Chủ tịch Ủy ban MTTQ Việt Nam xã Trường Tây, kể năm 2016, khi một số hộ khiếu nại việc bồi thường làm kênh tiêu, chính ông Lành cùng cán bộ ấp ngồi đối thoại, giải thích nên không có đơn thư vượt cấp. Xã Trường Tây đạt chuẩn nông thôn mới năm 2017, tỷ lệ hộ nghèo còn 0,8%.
Không chỉ ở Hòa Thành, ông Lành còn thường xuyên giao lưu với chức sắc các tôn giáo bạn. Ông Mách Sa Ly, Hakim thánh đường Hồi giáo ấp Khedol, xã Suối Dây, huyện Tân Châu, kể lại lần ông Lành đưa đoàn đạo hữu Cao Đài đến chia sẻ kinh nghiệm làm đường cho bà con Chăm.
Năm 2017, ông được UBND tỉnh tặng bằng khen vì có thành tích xuất sắc trong phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Với ông, phần thưởng lớn nhất là "thấy bà con đi lại không còn lội sình".
Minh Tâm
Tin khác
- Hòa Thành: gặp mặt chức sắc, chức việc các tôn giáo (20/05/2018)
- Châu Thành: 12 mô hình "Dân vận khéo" vùng đồng bào có đạo (10/05/2018)
- Biểu dương 15 gương chức sắc, chức việc tiêu biểu (25/04/2018)
""",
"2018-06-01",
'Vị chức sắc Cao Đài "nói dân nghe, làm dân tin"',
E("khac", None, None),
[
    P("Nguyễn Văn Lành", "Chánh trị sự", "Phó Cai quản Họ đạo Trường Tây", "Ủy viên Ủy ban MTTQ Việt Nam xã Trường Tây"),
    P("Thái Cúc Thanh", "Lễ sanh", "Đầu Họ đạo Trường Tây"),
    P("Lê Thị Bích Hằng", "Phó Trưởng Ban Dân vận Huyện ủy Hòa Thành"),
    P("Trần Văn Tuấn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Trường Tây"),
    P("Mách Sa Ly", "Hakim thánh đường Hồi giáo ấp Khedol"),
],
[
    Q("15 gương chức sắc, chức việc tiêu biểu", 15, "gương chức sắc, chức việc tiêu biểu"),
    Q("320 m2", 320, "m2"),
    Q("hơn 4.200 m2", 4200, "m2", "over"),
    Q("hơn 3,5 tỷ đồng", 3500000000, "đồng", "over"),
    Q("8,6 km", 8.6, "km"),
    Q("14 cây cầu", 14, "cây cầu"),
    Q("khoảng 250 suất cơm", 250, "suất cơm", "approx"),
    Q("60 suất học bổng", 60, "suất học bổng"),
    Q("1,5 triệu đồng", 1500000, "đồng"),
    Q("9 họ đạo", 9, "họ đạo"),
    Q("0,8%", 0.8, "%"),
],
[
    D("Chỉ thị", "16", "CT/HU", "2015-03-05", "Ban Thường vụ Huyện ủy Hòa Thành",
      surface="Chỉ thị 16-CT/HU ngày 5/3/2015 của Ban Thường vụ Huyện ủy Hòa Thành"),
    D("Quyết định", "23", "QĐ/TW", None, None, surface="Quyết định 23-QĐ/TW"),
],
[prov("Tây Ninh"), com("Trường Tây"), com("Suối Dây")],
["BÁO TÂY NINH ONLINE", "Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao", "Chính trị › Dân vận",
 "Ông Nguyễn Văn Lành (bìa phải) cùng bà con khảo sát tuyến đường mới làm. Ảnh: Minh Tâm", "(BTN)", "ông Chánh Lành",
 "Dân vận khéo", "Họ đạo 4 không", "Bệnh viện Đa khoa huyện", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "nói dân nghe, làm dân tin", "cánh tay nối dài", "Họ đạo Trường Tây"],
["T6, 01/06/2018 - 06:00", "Gần 30 năm", "68 tuổi", "Từ năm 2010 đến nay", "4 không", "ba lần", "một lần", "năm 2016",
 "năm 2017", "Năm 2017"],
))
