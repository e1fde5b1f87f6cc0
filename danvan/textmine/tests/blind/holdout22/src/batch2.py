from lib import *

PAGES = []

PAGES.append(page("b491-phutho-bdv-hoinghi-2018", """
BAN DÂN VẬN TỈNH ỦY PHÚ THỌ
Trang chủ > Tin tức > Phong trào thi đua "Dân vận khéo"
Đăng lúc: 10:30 ngày 28/11/2018
Tôn vinh 210 điển hình "Dân vận khéo"
Ngày 26/11, Ban Dân vận Tỉnh ủy Phú Thọ tổ chức hội nghị biểu dương điển hình "Dân vận khéo" năm 2018. Hội nghị được kết nối trực tuyến tới 13 điểm cầu các huyện, thành, thị với hơn 1.100 đại biểu tham dự; 210 điển hình tiêu biểu được tôn vinh.
Các điển hình "Dân vận khéo" được tôn vinh tại hội nghị. Ảnh: Thế Hùng
Đến dự có đồng chí Nguyễn Đắc Lâm, Phó Bí thư Tỉnh ủy; đồng chí Hà Thị Kim Liên, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lê Quang Thiều, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
Báo cáo tại hội nghị cho thấy, sau ba năm triển khai Kế hoạch 35, 36-KH/TU của Tỉnh ủy thực hiện Nghị quyết 25-NQ/TW của BCH Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới và Kết luận 114-KL/TW của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp, phong trào thi đua "Dân vận khéo" trong tỉnh đã lan tỏa rộng khắp.
Toàn tỉnh đã đăng ký và xây dựng được 2.650 mô hình, điển hình "Dân vận khéo", trong đó 1.432 mô hình trong lĩnh vực kinh tế, còn lại thuộc các lĩnh vực văn hóa - xã hội, quốc phòng, an ninh và xây dựng hệ thống chính trị. Nhân dân đã hiến hơn 28.000 m2 đất, đóng góp trên 46 tỷ đồng và hàng vạn ngày công để xây dựng nông thôn mới; 96,5% khu dân cư đạt danh hiệu khu dân cư văn hóa.
Đồng chí Hà Thị Kim Liên, Trưởng Ban Dân vận Tỉnh ủy phát biểu tại hội nghị.
Nhiều điển hình được chia sẻ tại hội nghị để lại ấn tượng. Ông Đinh Công Sửu, người dân tộc Mường, người có uy tín khu Mịt, xã Đồng Sơn đã vận động 42 hộ hiến đất mở rộng đường liên khu dài 4,6 km mà không phải đền bù. Bà Hà Thị Nhung, Chủ tịch Hội LHPN xã Thu Cúc kể về việc thành lập tổ hợp tác dệt thổ cẩm, giúp 35 chị em có thu nhập ổn định. Thiếu tá Phùng Văn Dũng, Đồn trưởng Công an xã Tân Sơn giới thiệu mô hình "Camera an ninh khu dân cư" do nhân dân đóng góp 350 triệu đồng.
Một số điển hình là cán bộ cơ sở như ông Hà Văn Thiệp, Bí thư Chi bộ, Trưởng khu 7 xã Minh Đài, người đã vận động bà con chuyển đổi hơn 20 ha đất đồi sang trồng chè chất lượng cao, áp dụng quy trình "4 tại chỗ" trong phòng chống thiên tai.
Phát biểu tại hội nghị, đồng chí Nguyễn Đắc Lâm khẳng định, phong trào thi đua "Dân vận khéo" đã góp phần quan trọng vào việc tăng cường mối quan hệ máu thịt giữa Đảng với nhân dân. Đồng chí đề nghị các cấp ủy tiếp tục thực hiện tốt Quy chế dân chủ ở cơ sở, gắn phong trào với việc thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho các tập thể, cá nhân tiêu biểu; Ban Dân vận Tỉnh ủy tặng Giấy khen cho 136 điển hình.
Minh Hằng
Lượt xem: 2.305
Tin liên quan
- Ban Dân vận Tỉnh ủy giao ban công tác dân vận quý III năm 2018
- Hội nghị Khối dân vận Đảng ủy Khối cơ quan tỉnh
- Tân Sơn: Đối thoại giữa người đứng đầu cấp ủy với nhân dân
- Phú Thọ nhân rộng mô hình "Dân vận khéo" trong xây dựng nông thôn mới
- Kiểm tra thực hiện Quy chế dân chủ tại huyện Thanh Sơn
- Hội thi "Dân vận khéo" huyện Cẩm Khê
""", "2018-11-28", "Tôn vinh 210 điển hình \"Dân vận khéo\"",
 E("hoi_nghi", "2018", "2018-11-26"),
 [P("Nguyễn Đắc Lâm", "Phó Bí thư Tỉnh ủy"),
  P("Hà Thị Kim Liên", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
  P("Lê Quang Thiều", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
  P("Đinh Công Sửu", "người có uy tín khu Mịt"),
  P("Hà Thị Nhung", "Chủ tịch Hội LHPN xã Thu Cúc"),
  P("Phùng Văn Dũng", "Thiếu tá", "Đồn trưởng Công an xã Tân Sơn"),
  P("Hà Văn Thiệp", "Bí thư Chi bộ", "Trưởng khu 7 xã Minh Đài")],
 [Q("13 điểm cầu", 13, "điểm cầu"),
  Q("hơn 1.100 đại biểu", 1100, "đại biểu", "over"),
  Q("210 điển hình", 210, "điển hình"),
  Q("2.650 mô hình, điển hình", 2650, "mô hình, điển hình"),
  Q("1.432 mô hình", 1432, "mô hình"),
  Q("hơn 28.000 m2 đất", 28000, "m2", "over"),
  Q("trên 46 tỷ đồng", 46000000000, "đồng", "over"),
  Q("96,5% khu dân cư", 96.5, "%"),
  Q("42 hộ", 42, "hộ"),
  Q("4,6 km", 4.6, "km"),
  Q("35 chị em", 35, "chị em"),
  Q("350 triệu đồng", 350000000, "đồng"),
  Q("hơn 20 ha", 20, "ha", "over"),
  Q("136 điển hình", 136, "điển hình")],
 [D("Kế hoạch", "35", "KH/TU", issuer="Tỉnh ủy", surface="Kế hoạch 35, 36-KH/TU của Tỉnh ủy"),
  D("Kế hoạch", "36", "KH/TU", issuer="Tỉnh ủy", surface="Kế hoạch 35, 36-KH/TU của Tỉnh ủy"),
  D("Nghị quyết", "25", "NQ/TW", issuer="BCH Trung ương", surface="Nghị quyết 25-NQ/TW của BCH Trung ương"),
  D("Kết luận", "114", "KL/TW", issuer="Ban Bí thư", surface="Kết luận 114-KL/TW của Ban Bí thư"),
  D("Chỉ thị", "05", "CT/TW", issuer="Bộ Chính trị", surface="Chỉ thị 05-CT/TW của Bộ Chính trị")],
 [prov("Phú Thọ"), com("Đồng Sơn"), com("Thu Cúc"), com("Tân Sơn"), com("Minh Đài")],
 ["BAN DÂN VẬN TỈNH ỦY PHÚ THỌ", "Trang chủ > Tin tức > Phong trào thi đua \"Dân vận khéo\"",
  "Các điển hình \"Dân vận khéo\" được tôn vinh tại hội nghị. Ảnh: Thế Hùng",
  "Đồng chí Hà Thị Kim Liên, Trưởng Ban Dân vận Tỉnh ủy phát biểu tại hội nghị.", "Dân vận khéo", "Camera an ninh khu dân cư",
  "khu Mịt", "Quy chế dân chủ ở cơ sở", "Lượt xem: 2.305"],
 ["Đăng lúc: 10:30 ngày 28/11/2018", "ba năm", "khu 7", "4 tại chỗ", "Lượt xem: 2.305"]))

PAGES.append(page("b492-yenbai-mttq-traoqua-2019", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH YÊN BÁI
Trang chủ - Tin tức - Hoạt động an sinh xã hội
30-01-2019 09:45
Mang Tết ấm đến với đồng bào vùng cao Mù Cang Chải
Thực hiện chương trình "Tết vì người nghèo" Xuân Kỷ Hợi 2019, ngày 28/1, đoàn công tác của Ủy ban MTTQ tỉnh Yên Bái do đồng chí Lương Thị Hiền Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã đến thăm, trao 300 suất quà cho hộ nghèo và gia đình chính sách ở xã La Pán Tẩn và xã Chế Cu Nha, huyện Mù Cang Chải.
Đồng chí Lương Thị Hiền Hòa trao quà Tết cho hộ nghèo xã La Pán Tẩn. Ảnh: Thanh Chi
Cùng đi có ông Giàng A Tông, Phó Chủ tịch Ủy ban MTTQ tỉnh; bà Lò Thị Thu, Phó Chủ tịch Ủy ban MTTQ tỉnh, Chủ tịch Hội LHPN tỉnh và đại diện Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Yên Bái - đơn vị tài trợ.
Mỗi suất quà trị giá 500.000 đồng gồm tiền mặt, 10 kg gạo, dầu ăn, bánh kẹo và chăn ấm. Tại buổi trao quà, ông Sùng A Páo, Chủ tịch Ủy ban MTTQ xã La Pán Tẩn cho biết, xã có 512 hộ với 3.240 nhân khẩu, 100% là đồng bào dân tộc Mông; tỷ lệ hộ nghèo còn 58,4%. Món quà của Mặt trận tỉnh giúp bà con đón Tết đầm ấm hơn.
Ông Giàng A Chu, người có uy tín bản Háng Đề Chu, xã Chế Cu Nha xúc động nói: Năm nay gia đình tôi được Mặt trận hỗ trợ làm nhà đại đoàn kết, lại được nhận quà Tết, tôi sẽ vận động con cháu trong dòng họ chăm chỉ làm ăn, không nghe kẻ xấu truyền đạo trái phép.
Theo Kế hoạch 05/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh và Công văn 112/UBND-VX của UBND tỉnh về tổ chức Tết Nguyên đán Kỷ Hợi, dịp Tết năm nay Mặt trận các cấp trong tỉnh đã vận động được hơn 9,6 tỷ đồng để trao 21.500 suất quà cho người nghèo, người có công; trong đó Ủy ban MTTQ tỉnh trực tiếp trao 2.400 suất quà tại 9 huyện, thị xã, thành phố.
Đoàn công tác tặng quà người có uy tín tại xã Chế Cu Nha.
Cũng trong chuyến công tác, đoàn đã bàn giao 12 căn nhà đại đoàn kết cho hộ nghèo xã Chế Cu Nha, mỗi căn được hỗ trợ 40 triệu đồng từ Quỹ "Vì người nghèo" tỉnh, thực hiện Quyết định 1958/QĐ-UBND ngày 15/10/2018 của UBND tỉnh về hỗ trợ nhà ở cho hộ nghèo. Bà Lò Thị Thu trao tặng 150 chiếc chăn ấm cho học sinh bán trú Trường Phổ thông dân tộc bán trú Tiểu học và THCS Chế Cu Nha.
Ông Hờ A Dếnh, Bí thư Đảng ủy xã Chế Cu Nha thay mặt chính quyền và nhân dân cảm ơn sự quan tâm của Ủy ban MTTQ tỉnh, khẳng định địa phương sẽ sử dụng nguồn hỗ trợ đúng mục đích, hỗ trợ kịp thời cho các hộ gia đình khó khăn ăn Tết, không để hộ nào thiếu đói.
Những ngày giáp Tết, trên các bản vùng cao Mù Cang Chải, nhiệt độ xuống thấp, có đêm dưới 5 độ C. Những suất quà, những chiếc chăn ấm từ Mặt trận đã giúp bà con thêm tin tưởng vào sự quan tâm của Đảng, Nhà nước, vững tâm bám bản, bám nương, chăm lo sản xuất vụ xuân.
Thanh Chi - Hồng Duyên
Lượt đọc: 934
Các tin đã đưa
- Ủy ban MTTQ tỉnh thăm, chúc Tết các chức sắc tôn giáo
- Yên Bái: Trao 300 suất quà cho người nghèo thị xã Nghĩa Lộ
- Hội nghị tổng kết công tác Mặt trận năm 2018
- Văn Chấn: Bàn giao nhà đại đoàn kết cho hộ nghèo
- Mặt trận Trạm Tấu vận động nhân dân đón Tết an toàn
- Hội nghị hiệp thương cử bổ sung Ủy viên Ủy ban MTTQ tỉnh khóa XVI
- Lục Yên: Ra mắt mô hình "Khu dân cư không có người vi phạm pháp luật"
""", "2019-01-30", "Mang Tết ấm đến với đồng bào vùng cao Mù Cang Chải",
 E("trao_qua", None, "2019-01-28"),
 [P("Lương Thị Hiền Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
  P("Giàng A Tông", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
  P("Lò Thị Thu", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "Chủ tịch Hội LHPN tỉnh"),
  P("Sùng A Páo", "Chủ tịch Ủy ban MTTQ xã La Pán Tẩn"),
  P("Giàng A Chu", "người có uy tín bản Háng Đề Chu"),
  P("Hờ A Dếnh", "Bí thư Đảng ủy xã Chế Cu Nha")],
 [Q("300 suất quà", 300, "suất quà"),
  Q("500.000 đồng", 500000, "đồng"),
  Q("10 kg", 10, "kg"),
  Q("512 hộ", 512, "hộ"),
  Q("3.240 nhân khẩu", 3240, "nhân khẩu"),
  Q("100% là đồng bào dân tộc Mông", 100, "%"),
  Q("58,4%", 58.4, "%"),
  Q("hơn 9,6 tỷ đồng", 9600000000, "đồng", "over"),
  Q("21.500 suất quà", 21500, "suất quà"),
  Q("2.400 suất quà", 2400, "suất quà"),
  Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
  Q("12 căn nhà đại đoàn kết", 12, "căn nhà đại đoàn kết"),
  Q("40 triệu đồng", 40000000, "đồng"),
  Q("150 chiếc chăn ấm", 150, "chiếc chăn ấm")],
 [D("Kế hoạch", "05", "KH-MTTQ-BTT", issuer="Ban Thường trực Ủy ban MTTQ tỉnh", surface="Kế hoạch 05/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh"),
  D("Công văn", "112", "UBND-VX", issuer="UBND tỉnh", surface="Công văn 112/UBND-VX của UBND tỉnh"),
  D("Quyết định", "1958", "QĐ-UBND", date="2018-10-15", issuer="UBND tỉnh", surface="Quyết định 1958/QĐ-UBND ngày 15/10/2018 của UBND tỉnh")],
 [prov("Yên Bái"), com("La Pán Tẩn"), com("Chế Cu Nha")],
 ["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH YÊN BÁI", "Trang chủ - Tin tức - Hoạt động an sinh xã hội", "Tết vì người nghèo",
  "Đồng chí Lương Thị Hiền Hòa trao quà Tết cho hộ nghèo xã La Pán Tẩn. Ảnh: Thanh Chi",
  "Đoàn công tác tặng quà người có uy tín tại xã Chế Cu Nha.", "Vì người nghèo", "bản Háng Đề Chu", "Mù Cang Chải",
  "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Yên Bái", "Lượt đọc: 934", "Thanh Chi - Hồng Duyên"],
 ["30-01-2019 09:45", "Xuân Kỷ Hợi 2019", "5 độ C", "Lượt đọc: 934"]))

PAGES.append(page("b493-laocai-bdv-soket-2020", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Vị trí: Trang chủ >> Hoạt động Ban Dân vận >> Tin tức
Cập nhật lúc 16:45 ngày 21/07/2020
Công tác dân vận góp phần thực hiện "mục tiêu kép"
Chiều 20/7, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị trực tuyến sơ kết công tác dân vận 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm. Hội nghị được kết nối tới 9 điểm cầu huyện, thị xã, thành phố.
Đồng chí Giàng Thị Chư, Trưởng Ban Dân vận Tỉnh ủy phát biểu tại điểm cầu tỉnh. Ảnh: Ngọc Bằng
Chủ trì tại điểm cầu tỉnh có đồng chí Giàng Thị Chư, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; các Phó Trưởng Ban Dân vận Tỉnh ủy: Lý Seo Dìn, Nguyễn Thị Thu Trang, Phan Đức Minh.
Sáu tháng đầu năm, trong bối cảnh dịch Covid-19, khối dân vận các cấp đã tuyên truyền, vận động nhân dân chấp hành nghiêm Chỉ thị 15/CT-TTg và Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ về phòng, chống dịch; phối hợp tổ chức thành công đại hội đảng bộ cấp cơ sở nhiệm kỳ 2020-2025 theo Chỉ thị 35-CT/TW của Bộ Chính trị. Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn 09-HD/BDVTU về công tác dân vận trong thực hiện Đề án sắp xếp thôn, tổ dân phố.
Kết quả, toàn tỉnh đã sáp nhập 358 thôn, tổ dân phố thành 167 thôn, tổ dân phố mới; vận động nhân dân ủng hộ Quỹ phòng, chống dịch Covid-19 được hơn 21,3 tỷ đồng và 168 tấn lương thực, thực phẩm. Phong trào "Dân vận khéo" có 1.086 mô hình được công nhận. Các huyện vùng cao đã vận động 1.240 hộ đồng bào Mông, Dao di chuyển ra khỏi vùng có nguy cơ sạt lở.
Đại biểu dự hội nghị tại điểm cầu huyện Bát Xát.
Tại hội nghị, đồng chí Tráng A Sử, Phó Bí thư Huyện ủy, Trưởng ban Dân vận Huyện ủy Si Ma Cai chia sẻ kinh nghiệm vận động đồng bào xóa bỏ hủ tục, thực hiện "3 không" trong việc cưới, việc tang. Bà Hoàng Thị Mỷ, người dân tộc Tày, Trưởng thôn Làng Chưng, xã Cốc San báo cáo việc vận động 37 hộ hiến 12.500 m2 đất làm đường liên thôn.
Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: việc nắm bắt tình hình tư tưởng của nhân dân ở một số nơi chưa kịp thời; tình trạng di cư tự do, truyền đạo trái pháp luật vẫn còn diễn biến phức tạp ở một số xã biên giới; hoạt động của một số tổ dân vận thôn còn hình thức.
Đồng chí Phan Đức Minh cho biết, 6 tháng cuối năm, Ban Dân vận Tỉnh ủy sẽ tập trung giám sát việc thực hiện Nghị quyết 10-NQ/TU của Tỉnh ủy về phát triển nông nghiệp hàng hóa, tiếp tục vận động nhân dân tham gia xây dựng nông thôn mới; phấn đấu có thêm 8 xã đạt chuẩn nông thôn mới trong năm 2020.
Kết luận hội nghị, đồng chí Giàng Thị Chư yêu cầu các cấp ủy bám sát cơ sở, nắm chắc tình hình nhân dân, nhất là ở vùng biên giới, không để phát sinh điểm nóng; thực hiện tốt công tác dân vận trong thực hiện "mục tiêu kép" vừa phòng, chống dịch bệnh vừa phát triển kinh tế - xã hội.
Ngọc Bằng
Lượt xem: 1.517
Tin khác
- Khối dân vận huyện Bảo Thắng giao ban quý II năm 2020
- Lào Cai: Người có uy tín góp sức phòng, chống dịch Covid-19
- Ban Dân vận Tỉnh ủy kiểm tra thực hiện Quy chế dân chủ ở Mường Khương
- Vận động nhân dân hiến đất làm đường ở Bắc Hà
- Đối thoại giữa người đứng đầu cấp ủy với nhân dân xã Bản Lầu
- Sa Pa sáp nhập thôn, tổ dân phố: Đồng thuận từ nhân dân
- Văn Bàn tôn vinh điển hình "Dân vận khéo" giai đoạn 2016-2020
""", "2020-07-21", "Công tác dân vận góp phần thực hiện \"mục tiêu kép\"",
 E("so_ket", "2020-H1", "2020-07-20"),
 [P("Giàng Thị Chư", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
  P("Lý Seo Dìn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
  P("Nguyễn Thị Thu Trang", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
  P("Phan Đức Minh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
  P("Tráng A Sử", "Phó Bí thư Huyện ủy", "Trưởng ban Dân vận Huyện ủy Si Ma Cai"),
  P("Hoàng Thị Mỷ", "Trưởng thôn Làng Chưng")],
 [Q("9 điểm cầu", 9, "điểm cầu"),
  Q("358 thôn, tổ dân phố", 358, "thôn, tổ dân phố"),
  Q("167 thôn, tổ dân phố mới", 167, "thôn, tổ dân phố mới"),
  Q("hơn 21,3 tỷ đồng", 21300000000, "đồng", "over"),
  Q("168 tấn", 168, "tấn"),
  Q("1.086 mô hình", 1086, "mô hình"),
  Q("1.240 hộ", 1240, "hộ"),
  Q("37 hộ", 37, "hộ"),
  Q("12.500 m2 đất", 12500, "m2"),
  Q("8 xã", 8, "xã")],
 [D("Chỉ thị", "15", "CT-TTg", issuer="Thủ tướng Chính phủ", surface="Chỉ thị 15/CT-TTg"),
  D("Chỉ thị", "16", "CT-TTg", issuer="Thủ tướng Chính phủ", surface="Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ"),
  D("Chỉ thị", "35", "CT/TW", issuer="Bộ Chính trị", surface="Chỉ thị 35-CT/TW của Bộ Chính trị"),
  D("Hướng dẫn", "09", "HD/BDVTU", issuer="Ban Dân vận Tỉnh ủy", surface="Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn 09-HD/BDVTU"),
  D("Nghị quyết", "10", "NQ/TU", issuer="Tỉnh ủy", surface="Nghị quyết 10-NQ/TU của Tỉnh ủy")],
 [prov("Lào Cai"), com("Cốc San")],
 ["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Vị trí: Trang chủ >> Hoạt động Ban Dân vận >> Tin tức",
  "Đồng chí Giàng Thị Chư, Trưởng Ban Dân vận Tỉnh ủy phát biểu tại điểm cầu tỉnh. Ảnh: Ngọc Bằng",
  "Đại biểu dự hội nghị tại điểm cầu huyện Bát Xát.", "Dân vận khéo", "mục tiêu kép", "thôn Làng Chưng", "Lượt xem: 1.517"],
 ["Cập nhật lúc 16:45 ngày 21/07/2020", "6 tháng đầu năm 2020", "6 tháng cuối năm", "Covid-19", "nhiệm kỳ 2020-2025", "3 không",
  "Lượt xem: 1.517"]))

PAGES.append(page("b494-dienbien-mttq-giaoban-2021", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐIỆN BIÊN
Trang chủ » Hoạt động » Tin Mặt trận tỉnh
Thứ Sáu, 04/06/2021 - 07:45
Mặt trận tỉnh giao ban công tác tháng 5
Sáng 2/6, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Điện Biên tổ chức giao ban đánh giá kết quả công tác tháng 5/2021, triển khai nhiệm vụ tháng 6. Đồng chí Lò Văn Muôn, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì.
Đồng chí Lò Văn Muôn, Chủ tịch Ủy ban MTTQ tỉnh kết luận buổi giao ban.
Dự giao ban có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Lường Thị Hoa, Vàng A Dình, Nguyễn Mạnh Cường; đồng chí Quàng Văn Hặc, Ủy viên Ban Thường trực, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh và trưởng, phó các ban chuyên môn.
Tháng 5, trọng tâm là cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026. Thực hiện Chỉ thị 45-CT/TW của Bộ Chính trị về lãnh đạo cuộc bầu cử và Kế hoạch 24, 25/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, các cấp Mặt trận đã phối hợp tổ chức 1.248 hội nghị tiếp xúc cử tri, vận động bầu cử, giám sát hoạt động của 1.105 tổ bầu cử. Ngày 23/5, toàn tỉnh có 352.416 cử tri đi bầu, đạt 99,83%.
Toàn cảnh buổi giao ban tháng 5/2021.
Cùng với đó, Mặt trận các cấp tiếp tục vận động nhân dân phòng, chống dịch Covid-19 theo Công văn 1632/UBND-KGVX của UBND tỉnh; Quỹ "Vì người nghèo" tỉnh trong tháng tiếp nhận 1,35 tỷ đồng, hỗ trợ xây mới 62 căn nhà đại đoàn kết, mỗi căn 50 triệu đồng cho hộ nghèo ở các huyện Mường Nhé, Nậm Pồ, Tủa Chùa.
Báo cáo tại giao ban, đồng chí Vàng A Dình cho biết, ở xã Sín Thầu, xã biên giới xa nhất của tỉnh, Ủy ban MTTQ xã đã vận động 100% cử tri đi bầu trước 11 giờ trưa. Ông Mùa A Sơn, Chủ tịch Ủy ban MTTQ xã Sín Thầu và ông Lò Văn Puôn, người có uy tín bản Tá Miếu đã đi từng nhà, dùng tiếng Hà Nhì và tiếng Mông giải thích cho bà con về quyền và nghĩa vụ bầu cử.
Đồng chí Quàng Văn Hặc báo cáo công tác giám sát, phản biện xã hội: trong tháng, Mặt trận tỉnh chủ trì 3 cuộc giám sát chuyên đề về thực hiện chính sách hỗ trợ người dân gặp khó khăn do dịch Covid-19 và tiếp nhận 19 đơn thư, đã chuyển cơ quan chức năng giải quyết 16 đơn.
Các ý kiến tại buổi giao ban cũng nêu một số khó khăn: địa bàn rộng, giao thông đi lại khó khăn, nhất là vào mùa mưa; một bộ phận cán bộ Mặt trận cơ sở còn hạn chế về kỹ năng tuyên truyền bằng tiếng dân tộc; việc cập nhật thông tin trên mạng xã hội về phòng, chống dịch ở vùng sâu, vùng xa chưa kịp thời.
Kết luận buổi giao ban, đồng chí Lò Văn Muôn yêu cầu trong tháng 6 các ban tập trung tổng kết công tác bầu cử, tham gia Ban Chỉ đạo phòng, chống dịch ở cơ sở, triển khai cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" và phong trào "Toàn dân bảo vệ an ninh Tổ quốc" ở các xã biên giới; chuẩn bị hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2021. Mỗi cán bộ Mặt trận phải thấm nhuần phương châm "Đảng ra, dân tin".
Thu Hoài
Lượt xem: 623
Tin liên quan
- Mặt trận tỉnh Điện Biên giao ban công tác tháng 4/2021
- Điện Biên: Hơn 99% cử tri đi bầu cử
- Ủy ban MTTQ tỉnh tổ chức hội nghị hiệp thương lần thứ ba
- Trao nhà đại đoàn kết cho hộ nghèo huyện Điện Biên Đông
- Mặt trận Mường Chà vận động đồng bào không di cư tự do
- Người có uy tín ở Nậm Pồ tham gia giữ gìn an ninh trật tự
- Tuần Giáo: Vận động nhân dân trồng cây ăn quả trên đất dốc
""", "2021-06-04", "Mặt trận tỉnh giao ban công tác tháng 5",
 E("giao_ban", "2021-05", "2021-06-02"),
 [P("Lò Văn Muôn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
  P("Lường Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
  P("Vàng A Dình", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
  P("Nguyễn Mạnh Cường", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
  P("Quàng Văn Hặc", "Ủy viên Ban Thường trực", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
  P("Mùa A Sơn", "Chủ tịch Ủy ban MTTQ xã Sín Thầu"),
  P("Lò Văn Puôn", "người có uy tín bản Tá Miếu")],
 [Q("1.248 hội nghị", 1248, "hội nghị"),
  Q("1.105 tổ bầu cử", 1105, "tổ bầu cử"),
  Q("352.416 cử tri", 352416, "cử tri"),
  Q("99,83%", 99.83, "%"),
  Q("1,35 tỷ đồng", 1350000000, "đồng"),
  Q("62 căn nhà đại đoàn kết", 62, "căn nhà đại đoàn kết"),
  Q("50 triệu đồng", 50000000, "đồng"),
  Q("100% cử tri", 100, "%"),
  Q("3 cuộc giám sát", 3, "cuộc giám sát"),
  Q("19 đơn thư", 19, "đơn thư"),
  Q("16 đơn", 16, "đơn")],
 [D("Chỉ thị", "45", "CT/TW", issuer="Bộ Chính trị", surface="Chỉ thị 45-CT/TW của Bộ Chính trị"),
  D("Kế hoạch", "24", "KH-MTTQ-BTT", issuer="Ban Thường trực Ủy ban MTTQ tỉnh", surface="Kế hoạch 24, 25/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh"),
  D("Kế hoạch", "25", "KH-MTTQ-BTT", issuer="Ban Thường trực Ủy ban MTTQ tỉnh", surface="Kế hoạch 24, 25/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh"),
  D("Công văn", "1632", "UBND-KGVX", issuer="UBND tỉnh", surface="Công văn 1632/UBND-KGVX của UBND tỉnh")],
 [prov("Điện Biên"), com("Sín Thầu")],
 ["ỦY BAN MTTQ VIỆT NAM TỈNH ĐIỆN BIÊN", "Trang chủ » Hoạt động » Tin Mặt trận tỉnh",
  "Đồng chí Lò Văn Muôn, Chủ tịch Ủy ban MTTQ tỉnh kết luận buổi giao ban.", "Toàn cảnh buổi giao ban tháng 5/2021.",
  "Vì người nghèo", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Toàn dân bảo vệ an ninh Tổ quốc", "Đảng ra, dân tin",
  "bản Tá Miếu", "Mường Nhé", "Lượt xem: 623"],
 ["Thứ Sáu, 04/06/2021 - 07:45", "tháng 5/2021", "khóa XV", "nhiệm kỳ 2021-2026", "Ngày 23/5", "11 giờ trưa", "Covid-19",
  "6 tháng đầu năm 2021", "Lượt xem: 623"]))

PAGES.append(page("b495-caobang-hnd-tongket-2022", """
HỘI NÔNG DÂN TỈNH CAO BẰNG
Trang chủ | Tin tức - Sự kiện | Phong trào nông dân
27 Tháng 12, 2022 | 14:10
Nông dân Cao Bằng thi đua sản xuất, kinh doanh giỏi
Ngày 23/12, Ban Thường vụ Hội Nông dân tỉnh Cao Bằng tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2022, triển khai nhiệm vụ năm 2023. Dự hội nghị có đồng chí Nông Văn Chuyền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Hoàng Thị Pụ, Chủ tịch Hội Nông dân tỉnh.
Đồng chí Nông Văn Chuyền, Trưởng Ban Dân vận Tỉnh ủy phát biểu chỉ đạo hội nghị. Ảnh: Bế Hà
Năm 2022, các cấp Hội tập trung tuyên truyền, quán triệt Nghị quyết 19-NQ/TW của BCH Trung ương về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045; thực hiện Kế hoạch 112, 113-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh về phát triển hội viên và nâng cao chất lượng sinh hoạt chi, tổ hội.
Phong trào nông dân thi đua sản xuất, kinh doanh giỏi có 8.640 hộ đạt danh hiệu các cấp. Các cấp Hội đã xây dựng 34 mô hình kinh tế tập thể, thành lập mới 76 tổ hợp tác; hỗ trợ nông dân có 29 sản phẩm đạt chuẩn OCOP từ 3 sao trở lên. Quỹ Hỗ trợ nông dân các cấp đạt 3,8 tỷ đồng, cho 256 hộ vay phát triển chăn nuôi, trồng trọt.
Các Phó Chủ tịch Hội Nông dân tỉnh Lương Văn Thẳng, Bế Thị Nhài cho biết, năm 2022 toàn tỉnh kết nạp 1.450 hội viên mới, nâng tổng số hội viên lên 98.500 người; phối hợp dạy nghề cho 1.120 lao động nông thôn. Trong đó, nông dân huyện Trùng Khánh tiêu thụ được khoảng 300 tấn hạt dẻ với giá bình quân 60.000 đồng/kg.
Quang cảnh hội nghị tổng kết năm 2022.
Tại hội nghị, đồng chí Lý Văn Sình, HUV, Chủ tịch Hội Nông dân huyện Hà Quảng báo cáo kinh nghiệm vận động hội viên liên kết trồng thạch đen theo chuỗi giá trị. Bà Triệu Thị Mai, người dân tộc Dao, Chi hội trưởng Chi hội Nông dân xóm Khuổi Khảo, xã Phan Thanh giới thiệu mô hình nuôi ong lấy mật, mỗi năm cho thu nhập trên 150 triệu đồng.
Phát biểu chỉ đạo, đồng chí Nông Văn Chuyền ghi nhận những kết quả Hội Nông dân tỉnh đạt được trong điều kiện còn nhiều khó khăn do ảnh hưởng của dịch Covid-19 và thiên tai. Đồng chí đề nghị năm 2023 các cấp Hội tiếp tục thực hiện Quyết định 1362/QĐ-UBND của UBND tỉnh về Chương trình mỗi xã một sản phẩm, hướng dẫn hội viên ứng dụng khoa học kỹ thuật, chuyển đổi số trong tiêu thụ nông sản; tích cực tham gia xây dựng nông thôn mới, giảm nghèo bền vững ở vùng đồng bào dân tộc thiểu số.
Hội nghị cũng thẳng thắn chỉ ra những hạn chế: một số cơ sở Hội hoạt động còn lúng túng, chưa bám sát nhu cầu của hội viên; quy mô sản xuất của nông dân vẫn nhỏ lẻ, liên kết tiêu thụ sản phẩm còn lỏng lẻo; nguồn vốn Quỹ Hỗ trợ nông dân tăng trưởng chậm so với nhu cầu.
Dịp này, Hội Nông dân tỉnh trao Bằng khen cho 15 tập thể, 32 cá nhân có thành tích xuất sắc trong công tác Hội năm 2022.
Hoàng Anh
Lượt xem: 1.108
Tin cùng chuyên mục
- Hội Nông dân tỉnh tập huấn kỹ thuật trồng cây ăn quả
- Nông dân Quảng Hòa thu hoạch mía vụ đông xuân
- Hội thi "Nhà nông đua tài" tỉnh Cao Bằng năm 2022
- Trùng Khánh: Hạt dẻ được mùa, được giá
- Hội Nông dân Bảo Lạc ra mắt tổ hợp tác chăn nuôi bò
- Tôn vinh nông dân sản xuất, kinh doanh giỏi cấp tỉnh
- Hội Nông dân tỉnh giám sát việc thực hiện chính sách hỗ trợ giống
""", "2022-12-27", "Nông dân Cao Bằng thi đua sản xuất, kinh doanh giỏi",
 E("tong_ket", "2022", "2022-12-23"),
 [P("Nông Văn Chuyền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
  P("Hoàng Thị Pụ", "Chủ tịch Hội Nông dân tỉnh"),
  P("Lương Văn Thẳng", "Phó Chủ tịch Hội Nông dân tỉnh"),
  P("Bế Thị Nhài", "Phó Chủ tịch Hội Nông dân tỉnh"),
  P("Lý Văn Sình", "HUV", "Chủ tịch Hội Nông dân huyện Hà Quảng"),
  P("Triệu Thị Mai", "Chi hội trưởng Chi hội Nông dân xóm Khuổi Khảo")],
 [Q("8.640 hộ", 8640, "hộ"),
  Q("34 mô hình kinh tế tập thể", 34, "mô hình kinh tế tập thể"),
  Q("76 tổ hợp tác", 76, "tổ hợp tác"),
  Q("29 sản phẩm", 29, "sản phẩm"),
  Q("3,8 tỷ đồng", 3800000000, "đồng"),
  Q("256 hộ", 256, "hộ"),
  Q("1.450 hội viên mới", 1450, "hội viên mới"),
  Q("98.500 người", 98500, "người"),
  Q("1.120 lao động nông thôn", 1120, "lao động nông thôn"),
  Q("khoảng 300 tấn", 300, "tấn", "approx"),
  Q("60.000 đồng/kg", 60000, "đồng"),
  Q("trên 150 triệu đồng", 150000000, "đồng", "over"),
  Q("15 tập thể", 15, "tập thể"),
  Q("32 cá nhân", 32, "cá nhân")],
 [D("Nghị quyết", "19", "NQ/TW", issuer="BCH Trung ương", surface="Nghị quyết 19-NQ/TW của BCH Trung ương"),
  D("Kế hoạch", "112", "KH/HNDT", issuer="Ban Thường vụ Hội Nông dân tỉnh", surface="Kế hoạch 112, 113-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh"),
  D("Kế hoạch", "113", "KH/HNDT", issuer="Ban Thường vụ Hội Nông dân tỉnh", surface="Kế hoạch 112, 113-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh"),
  D("Quyết định", "1362", "QĐ-UBND", issuer="UBND tỉnh", surface="Quyết định 1362/QĐ-UBND của UBND tỉnh")],
 [prov("Cao Bằng"), com("Phan Thanh")],
 ["HỘI NÔNG DÂN TỈNH CAO BẰNG", "Trang chủ | Tin tức - Sự kiện | Phong trào nông dân",
  "Đồng chí Nông Văn Chuyền, Trưởng Ban Dân vận Tỉnh ủy phát biểu chỉ đạo hội nghị. Ảnh: Bế Hà", "Quang cảnh hội nghị tổng kết năm 2022.",
  "Chương trình mỗi xã một sản phẩm", "xóm Khuổi Khảo", "Trùng Khánh", "OCOP", "Lượt xem: 1.108"],
 ["27 Tháng 12, 2022 | 14:10", "năm 2030", "năm 2045", "3 sao", "Covid-19", "Lượt xem: 1.108"]))

PAGES.append(page("b496-langson-bdv-doithoai-2023", """
BAN DÂN VẬN TỈNH ỦY LẠNG SƠN
Trang chủ > Tin tức > Dân vận chính quyền
Thứ Năm, 10/8/2023 | 08:30
Người đứng đầu trả lời thẳng, nhận trách nhiệm trước dân
Ngày 8/8, tại xã Hoàng Văn Thụ, Ban Thường vụ Huyện ủy Văn Lãng phối hợp với Ban Dân vận Tỉnh ủy Lạng Sơn tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2023, theo Quyết định 23-QĐ/TW của Bộ Chính trị và Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 của Quốc hội.
Đồng chí Hoàng Văn Ngọc trả lời ý kiến của người dân tại hội nghị. Ảnh: Lộc Hà
Chủ trì hội nghị có đồng chí Hoàng Văn Ngọc, Bí thư Huyện ủy - Chủ tịch HĐND huyện Văn Lãng; đồng chí Vi Văn Thành, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện. Dự hội nghị có đồng chí Lộc Thị Hằng, Phó Trưởng Ban Dân vận Tỉnh ủy và 150 đại biểu là người có uy tín, trưởng thôn, hội viên các đoàn thể của 14 thôn.
Trước hội nghị, Ban Dân vận Huyện ủy và Ủy ban MTTQ huyện đã tổng hợp 21 ý kiến, kiến nghị của nhân dân, chủ yếu liên quan đến giải phóng mặt bằng tuyến cao tốc Đồng Đăng - Trà Lĩnh, giá thu mua hồi, giao đất giao rừng và chất lượng nước sinh hoạt. Tại hội nghị, có thêm 7 ý kiến phát biểu trực tiếp.
Ông Chu Văn Páo, người có uy tín thôn Nà Thâm phản ánh: năm nay giá hoa hồi chỉ còn khoảng 35.000 đồng/kg, nhiều hộ không đủ chi phí thuê nhân công thu hái. Bà Mông Thị Lan, Chi hội trưởng phụ nữ thôn Khòn Pát đề nghị huyện sớm sửa chữa 2,4 km đường vào thôn bị sạt lở sau mưa lũ. Ông Triệu Phúc Sinh, người dân tộc Dao, thôn Khuổi Slẳng hỏi về việc cấp giấy chứng nhận quyền sử dụng đất rừng cho 640 hộ còn tồn đọng.
Toàn cảnh hội nghị đối thoại năm 2023 tại xã Hoàng Văn Thụ.
Đồng chí Vi Văn Thành trả lời: huyện đã bố trí 1,6 tỷ đồng sửa chữa tuyến đường vào thôn Khòn Pát, khởi công trong tháng 9; đồng thời giao phòng Tài nguyên và Môi trường hoàn thành đo đạc 86 ha rừng trước ngày 30/11. Đối với tuyến cao tốc, huyện đã chi trả bồi thường hơn 9 tỷ đồng cho các hộ trên địa bàn xã, phần còn lại sẽ chi trả trong quý IV.
Phát biểu kết luận, đồng chí Hoàng Văn Ngọc nhận trách nhiệm về những việc còn chậm, cam kết trả lời bằng văn bản 100% ý kiến chưa được giải quyết tại hội nghị. Đồng chí yêu cầu các cơ quan thực hiện nghiêm Kế hoạch 47-KH/HU của Huyện ủy về đối thoại định kỳ và Nghị định 59/2023/NĐ-CP của Chính phủ quy định chi tiết Luật Thực hiện dân chủ ở cơ sở.
Đồng chí Lộc Thị Hằng đánh giá cao cách tổ chức đối thoại cởi mở, thẳng thắn; đề nghị huyện tiếp tục nhân rộng mô hình "Dân vận khéo" trong giải phóng mặt bằng, giữ vững phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
Lộc Hà
Lượt xem: 1.386
Tin liên quan
- Ban Dân vận Tỉnh ủy sơ kết 6 tháng đầu năm 2023
- Lạng Sơn: Vận động nhân dân bàn giao mặt bằng cao tốc Đồng Đăng - Trà Lĩnh
- Cao Lộc đối thoại với nhân dân về quy hoạch khu kinh tế cửa khẩu
- Bắc Sơn: Người có uy tín góp sức xây dựng nông thôn mới
- Hội thi "Dân vận khéo" tỉnh Lạng Sơn lần thứ II
- Tràng Định tôn vinh điển hình dân vận khéo
- Đình Lập: Đối thoại về chính sách hỗ trợ trồng rừng sản xuất
- Ban Dân vận Huyện ủy Chi Lăng giao ban khối dân vận quý II
""", "2023-08-10", "Người đứng đầu trả lời thẳng, nhận trách nhiệm trước dân",
 E("doi_thoai", "2023", "2023-08-08"),
 [P("Hoàng Văn Ngọc", "Bí thư Huyện ủy - Chủ tịch HĐND huyện Văn Lãng"),
  P("Vi Văn Thành", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
  P("Lộc Thị Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
  P("Chu Văn Páo", "người có uy tín thôn Nà Thâm"),
  P("Mông Thị Lan", "Chi hội trưởng phụ nữ thôn Khòn Pát"),
  P("Triệu Phúc Sinh")],
 [Q("150 đại biểu", 150, "đại biểu"),
  Q("14 thôn", 14, "thôn"),
  Q("21 ý kiến, kiến nghị", 21, "ý kiến, kiến nghị"),
  Q("7 ý kiến", 7, "ý kiến"),
  Q("khoảng 35.000 đồng/kg", 35000, "đồng", "approx"),
  Q("2,4 km", 2.4, "km"),
  Q("640 hộ", 640, "hộ"),
  Q("1,6 tỷ đồng", 1600000000, "đồng"),
  Q("86 ha", 86, "ha"),
  Q("hơn 9 tỷ đồng", 9000000000, "đồng", "over"),
  Q("100% ý kiến", 100, "%")],
 [D("Quyết định", "23", "QĐ/TW", issuer="Bộ Chính trị", surface="Quyết định 23-QĐ/TW của Bộ Chính trị"),
  D("Luật", "10", "2022/QH15", issuer="Quốc hội", surface="Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 của Quốc hội"),
  D("Kế hoạch", "47", "KH/HU", issuer="Huyện ủy", surface="Kế hoạch 47-KH/HU của Huyện ủy"),
  D("Nghị định", "59", "2023/NĐ-CP", issuer="Chính phủ", surface="Nghị định 59/2023/NĐ-CP của Chính phủ")],
 [prov("Lạng Sơn"), com("Hoàng Văn Thụ")],
 ["BAN DÂN VẬN TỈNH ỦY LẠNG SƠN", "Trang chủ > Tin tức > Dân vận chính quyền",
  "Đồng chí Hoàng Văn Ngọc trả lời ý kiến của người dân tại hội nghị. Ảnh: Lộc Hà",
  "Toàn cảnh hội nghị đối thoại năm 2023 tại xã Hoàng Văn Thụ.", "Dân vận khéo", "Đồng Đăng - Trà Lĩnh", "thôn Nà Thâm",
  "thôn Khòn Pát", "thôn Khuổi Slẳng", "Lượt xem: 1.386"],
 ["Thứ Năm, 10/8/2023 | 08:30", "ngày 30/11", "quý IV", "Lượt xem: 1.386"]))
