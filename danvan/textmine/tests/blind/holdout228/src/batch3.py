from lib import *
PAGES = []

PAGES.append(page("b5441-hoabinh-hlhpn-taphuan-2023", """
BÁO HÒA BÌNH ĐIỆN TỬ
Trang chủ › Xã hội › Phụ nữ
Thứ Năm, 08/06/2023 - 15:30
Phụ nữ bản Lác nâng cao kỹ năng làm du lịch cộng đồng
Trong 2 ngày 6 và 7/6, Hội LHPN tỉnh Hòa Bình phối hợp Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh tổ chức lớp tập huấn năm 2023 về kỹ năng làm du lịch cộng đồng cho 75 hội viên người Thái, Mường ở các xã Chiềng Châu, Tòng Đậu, Mai Hạ.
Học viên thực hành dệt thổ cẩm phục vụ khách tham quan. Ảnh: Hà Linh
Phát biểu khai giảng, bà Bùi Thị Thanh Hoa, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh, cho biết lớp học thực hiện Dự án 8 về bình đẳng giới thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, và Kế hoạch số 35/KH-HLHPN ngày 20/3/2023 của Ban Thường vụ Hội LHPN tỉnh. Lớp học cũng triển khai Nghị quyết số 06-NQ/TU, 07-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch và về giảm nghèo bền vững.
Giảng viên là ThS. Đinh Thị Ngọc Ánh, Trưởng khoa Du lịch Trường Cao đẳng Kinh tế - Kỹ thuật Hòa Bình và bà Hà Thị Vân, Chủ nhiệm Hợp tác xã dệt thổ cẩm bản Lác. Học viên được hướng dẫn cách giới thiệu món ăn truyền thống, múa xòe, cách tính giá phòng nghỉ và quảng bá sản phẩm trên mạng xã hội.
Bản Lác hiện có 96 hộ, trong đó 62 hộ làm du lịch cộng đồng với khoảng 1.500 chỗ nghỉ; năm 2022 đón trên 120.000 lượt khách, trong đó 40% là khách quốc tế. Thu nhập bình quân đầu người của bản đạt 68 triệu đồng/năm, gấp 1,6 lần bình quân toàn huyện. Hội phụ nữ xã Chiềng Châu có 14 tổ hợp tác dệt với 210 thành viên.
Bà Lò Thị Thoan, Chi hội trưởng phụ nữ bản Pom Coọng, xã Chiềng Châu, chia sẻ kinh nghiệm vận động chị em giữ nhà sàn, không bê tông hóa bản. Bà Xa Thị Nhung, Phó Chủ tịch Hội LHPN xã Tòng Đậu, đề nghị Hội tỉnh hỗ trợ vốn vay từ 30 triệu đồng trở lên cho các hộ sửa sang nhà sàn. Các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Quách Thị Hằng, Bùi Thị Lan cùng dự và giải đáp ý kiến học viên.
Các học viên cũng dành nhiều thời gian trao đổi về cách giữ gìn vệ sinh môi trường bản làng, phân loại rác tại nguồn, ứng xử văn minh với khách và với nhau để không xảy ra tranh giành khách, ép giá. Nhiều chị em mong muốn được tham quan học tập các mô hình ở tỉnh bạn.
Kết thúc lớp học, 72 học viên được cấp giấy chứng nhận; Ban tổ chức trao 20 bộ khung dệt cho các tổ hợp tác.
Hà Linh
Lượt xem: 1.506
Tin liên quan
- Mai Châu: ra mắt mô hình "Phụ nữ làm du lịch cộng đồng" (25/05/2023)
- Hội LHPN tỉnh sơ kết 5 năm thực hiện Đề án 939 (12/05/2023)
- Lạc Sơn: gìn giữ văn hóa Mường qua nghề dệt (03/05/2023)
""", "2023-06-08", "Phụ nữ bản Lác nâng cao kỹ năng làm du lịch cộng đồng",
E("tap_huan", "2023", "2023-06-06"),
[P("Bùi Thị Thanh Hoa", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Đinh Thị Ngọc Ánh", "ThS.", "Trưởng khoa Du lịch Trường Cao đẳng Kinh tế - Kỹ thuật Hòa Bình"),
 P("Hà Thị Vân", "Chủ nhiệm Hợp tác xã dệt thổ cẩm bản Lác"),
 P("Lò Thị Thoan", "Chi hội trưởng phụ nữ bản Pom Coọng"),
 P("Xa Thị Nhung", "Phó Chủ tịch Hội LHPN xã Tòng Đậu"),
 P("Quách Thị Hằng", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Bùi Thị Lan", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("75 hội viên người Thái, Mường", 75, "hội viên người Thái, Mường"), Q("96 hộ", 96, "hộ"), Q("62 hộ", 62, "hộ"), Q("khoảng 1.500 chỗ nghỉ", 1500, "chỗ nghỉ", "approx"),
 Q("trên 120.000 lượt khách", 120000, "lượt khách", "over"), Q("40%", 40, "%"), Q("68 triệu đồng", 68000000, "đồng"),
 Q("14 tổ hợp tác dệt", 14, "tổ hợp tác dệt"), Q("210 thành viên", 210, "thành viên"),
 Q("từ 30 triệu đồng trở lên", 30000000, "đồng", "over"), Q("72 học viên", 72, "học viên"), Q("20 bộ khung dệt", 20, "bộ khung dệt")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "35", "KH-HLHPN", "2023-03-20", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 35/KH-HLHPN ngày 20/3/2023"),
 D("Nghị quyết", "06", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 06-NQ/TU, 07-NQ/TU"),
 D("Nghị quyết", "07", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 06-NQ/TU, 07-NQ/TU")],
[prov("Hòa Bình"), com("Chiềng Châu"), com("Tòng Đậu"), com("Mai Hạ")],
["BÁO HÒA BÌNH ĐIỆN TỬ", "Trang chủ › Xã hội › Phụ nữ", "Học viên thực hành dệt thổ cẩm phục vụ khách tham quan. Ảnh: Hà Linh",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 1.506"],
["Thứ Năm, 08/06/2023 - 15:30", "2 ngày", "năm 2023", "năm 2022", "1,6 lần", "Dự án 8", "Lượt xem: 1.506"]))

PAGES.append(page("b5442-quangbinh-bdv-baocao-2024", """
BAN DÂN VẬN TỈNH ỦY QUẢNG BÌNH
Vị trí: Trang chủ > Tin hoạt động
20/12/2024 06:00
Dân vận trong phát triển du lịch cộng đồng vùng di sản Phong Nha - Kẻ Bàng
Chiều 19/12, tại buổi làm việc với Thường trực Tỉnh ủy, Ban Dân vận Tỉnh ủy Quảng Bình báo cáo kết quả công tác dân vận trong phát triển du lịch cộng đồng năm 2024. Đồng chí Trần Hải Châu, Phó Bí thư Thường trực Tỉnh ủy chủ trì buổi làm việc; đồng chí Hoàng Thị Nhung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy trình bày báo cáo.
Đồng chí Hoàng Thị Nhung trình bày báo cáo tại buổi làm việc.
Báo cáo nêu rõ, năm 2024 Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 31-CT/TU ngày 15/3/2024 về tăng cường sự lãnh đạo của Đảng đối với công tác vận động nhân dân vùng di sản; phối hợp hướng dẫn thực hiện Kết luận số 114-KL/TW của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của Đảng và Quy định 08, 09-QĐ/BDVTU về tổ dân vận thôn, bản.
Các xã vùng đệm Vườn quốc gia đã có 126 hộ dân làm homestay, 18 hợp tác xã, tổ hợp tác dịch vụ du lịch, tạo việc làm cho trên 2.400 lao động địa phương. Năm 2024, khu vực Phong Nha - Kẻ Bàng đón khoảng 1,1 triệu lượt khách; thu nhập từ du lịch chiếm 45% thu nhập của người dân xã Sơn Trạch. Qua vận động, 312 hộ ký cam kết không khai thác gỗ, săn bắt động vật hoang dã; 8 bản người Rục, Arem, Khùa ở xã Tân Hóa, xã Thượng Trạch xây dựng hương ước gắn với giữ gìn văn hóa.
Tại buổi làm việc, ông Hồ Văn Kiên, người có uy tín bản Ón, xã Thượng Trạch cho biết bà con đã cùng bộ đội biên phòng đưa khách đi bộ rừng. Bà Đinh Thị Hương, Bí thư Đảng ủy xã Tân Hóa, kiến nghị tỉnh hỗ trợ 1,5 tỷ đồng nâng cấp nhà phao tránh lũ kết hợp đón khách; các ông Phan Văn Hùng, Nguyễn Đức Lương - Phó Trưởng Ban Dân vận Tỉnh ủy báo cáo bổ sung về tình hình đơn thư liên quan đất rừng, với 17 đơn thư, kiến nghị đã được giải quyết 15 đơn.
Kết luận buổi làm việc, đồng chí Trần Hải Châu ghi nhận kết quả, đề nghị Ban Dân vận Tỉnh ủy tham mưu sơ kết 3 năm thực hiện Chỉ thị số 31-CT/TU, nhân rộng các mô hình "Dân vận khéo" trong du lịch cộng đồng, phấn đấu năm 2025 có thêm ít nhất 10 điểm du lịch cộng đồng đạt chuẩn, bảo đảm người dân được hưởng lợi trực tiếp.
Đồng chí cũng lưu ý các cấp ủy tăng cường đối thoại, lắng nghe ý kiến người dân trong quá trình xây dựng các dự án du lịch lớn, giải quyết dứt điểm những vướng mắc về đất đai, không để phát sinh khiếu kiện đông người, phức tạp.
Minh Phong
Số lượt truy cập: 1.204.877
Tin liên quan
- Minh Hóa: ra mắt 3 mô hình du lịch cộng đồng (10/12/2024)
- Bố Trạch: vận động người dân giữ rừng vùng đệm (28/11/2024)
- Hội nghị giao ban khối dân vận quý IV năm 2024 (20/11/2024)
""", "2024-12-20", "Dân vận trong phát triển du lịch cộng đồng vùng di sản Phong Nha - Kẻ Bàng",
E("bao_cao", "2024", "2024-12-19"),
[P("Trần Hải Châu", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Hoàng Thị Nhung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Kiên", "người có uy tín bản Ón"),
 P("Đinh Thị Hương", "Bí thư Đảng ủy xã Tân Hóa"),
 P("Phan Văn Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đức Lương", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("126 hộ dân", 126, "hộ dân"), Q("18 hợp tác xã, tổ hợp tác dịch vụ du lịch", 18, "hợp tác xã, tổ hợp tác dịch vụ du lịch"),
 Q("trên 2.400 lao động địa phương", 2400, "lao động địa phương", "over"), Q("khoảng 1,1 triệu lượt khách", 1100000, "lượt khách", "approx"),
 Q("45%", 45, "%"), Q("312 hộ", 312, "hộ"), Q("8 bản", 8, "bản"), Q("1,5 tỷ đồng", 1500000000, "đồng"),
 Q("17 đơn thư, kiến nghị", 17, "đơn thư, kiến nghị"), Q("15 đơn", 15, "đơn"),
 Q("ít nhất 10 điểm du lịch cộng đồng", 10, "điểm du lịch cộng đồng", "over")],
[D("Chỉ thị", "31", "CT/TU", "2024-03-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 31-CT/TU ngày 15/3/2024"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW"),
 D("Quy định", "08", "QĐ/BDVTU", None, None, "Quy định 08, 09-QĐ/BDVTU"),
 D("Quy định", "09", "QĐ/BDVTU", None, None, "Quy định 08, 09-QĐ/BDVTU")],
[prov("Quảng Bình"), com("Sơn Trạch"), com("Tân Hóa"), com("Thượng Trạch")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG BÌNH", "Vị trí: Trang chủ > Tin hoạt động", "Đồng chí Hoàng Thị Nhung trình bày báo cáo tại buổi làm việc.",
 "Dân vận khéo", "Vườn quốc gia", "Số lượt truy cập: 1.204.877"],
["20/12/2024 06:00", "năm 2024", "Năm 2024", "3 năm", "năm 2025", "Số lượt truy cập: 1.204.877"]))

PAGES.append(page("b5443-phutho-chandung-khac-2024", """
Báo Phú Thọ điện tử
Thứ Hai, 18/11/2024
Văn hóa | Di sản | Chân dung
Nghệ nhân Đỗ Thị Khuyên truyền dạy hát Xoan cho học sinh.
Người giữ lửa hát Xoan ở phường Xoan An Thái
Ở tuổi 82, Nghệ nhân Nhân dân Đỗ Thị Khuyên, trùm phường Xoan An Thái, xã Phượng Lâu, vẫn đều đặn mỗi tối thứ Bảy mở lớp dạy hát Xoan tại đình làng. Hơn 60 năm gắn bó với làn điệu cổ, bà đã truyền dạy cho trên 300 học trò, trong đó có 12 người nay là nghệ nhân ưu tú.
Năm 2017, hát Xoan Phú Thọ được UNESCO đưa ra khỏi Danh sách di sản văn hóa phi vật thể cần bảo vệ khẩn cấp và ghi danh vào Danh sách di sản văn hóa phi vật thể đại diện của nhân loại. Thành quả ấy có công sức không nhỏ của những người như bà Khuyên và 4 phường Xoan gốc An Thái, Phù Đức, Kim Đái, Thét.
Thực hiện Nghị quyết số 14-NQ/TU ngày 12/10/2021 của Ban Chấp hành Đảng bộ tỉnh về bảo tồn và phát huy giá trị di sản hát Xoan gắn với phát triển du lịch, cùng Kế hoạch số 92/KH-UBND của UBND tỉnh, xã Phượng Lâu và xã Kim Đức đã đưa các buổi hát Xoan vào tour du lịch về nguồn. Mỗi năm, các phường Xoan biểu diễn khoảng 150 buổi, phục vụ gần 20.000 lượt khách; mỗi nghệ nhân được hỗ trợ 1,2 triệu đồng/tháng theo Nghị định số 109/2015/NĐ-CP của Chính phủ.
Ông Nguyễn Văn Lộc, Chủ tịch Ủy ban MTTQ Việt Nam xã Phượng Lâu, cho biết Mặt trận xã vận động được 85 triệu đồng sửa sang đình làng, may 40 bộ trang phục cho các bạn trẻ. "Bà Khuyên là tấm gương để cả làng noi theo, nhất là trong cuộc vận động giữ gìn nếp sống văn hóa ở khu dân cư", ông Lộc nói.
Bà Lê Thị Minh Hòa, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh đánh giá, hiện toàn tỉnh có 34 câu lạc bộ hát Xoan với hơn 1.000 hội viên, 92% trường tiểu học ở Việt Trì đã đưa hát Xoan vào giờ ngoại khóa.
Nói về mong ước của mình, bà Khuyên chỉ mong lớp trẻ giữ đúng lề lối "Xoan cửa đình", không biến tấu quá đà cho hợp thị hiếu. Bà vẫn giữ lại nguyên vẹn 14 quả cách cổ mà cụ trùm trước đã truyền lại, đêm đêm cần mẫn chép lại lời ca cho học trò.
Trong căn nhà nhỏ cạnh đình, những buổi tập vẫn rộn tiếng phách, tiếng trống. Bà cho biết ngày trước học hát chỉ truyền miệng, nay học trò có điện thoại ghi âm nên học nhanh hơn, nhưng cái hồn của câu hát thì vẫn phải ngồi bên nhau, nghe từng nhịp phách mới thấm.
Thanh Nga
Lượt xem: 3.118
Tin liên quan
- Tập huấn truyền dạy hát Xoan cho giáo viên tiểu học (05/11/2024)
- Lễ hội đền Hùng 2025 sẽ có nhiều hoạt động mới (30/10/2024)
- Lâm Thao: ra mắt câu lạc bộ hát Xoan thiếu nhi (21/10/2024)
- Việt Trì: đưa di sản hát Xoan vào tour du lịch về nguồn (12/10/2024)
- Mặt trận xã Phượng Lâu vận động tu sửa đình làng (01/10/2024)
""", "2024-11-18", "Người giữ lửa hát Xoan ở phường Xoan An Thái",
E("khac", None, None),
[P("Đỗ Thị Khuyên", "Nghệ nhân Nhân dân", "trùm phường Xoan An Thái"),
 P("Nguyễn Văn Lộc", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phượng Lâu"),
 P("Lê Thị Minh Hòa", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh")],
[Q("trên 300 học trò", 300, "học trò", "over"), Q("12 người", 12, "người"), Q("4 phường Xoan gốc", 4, "phường Xoan gốc"),
 Q("khoảng 150 buổi", 150, "buổi", "approx"), Q("gần 20.000 lượt khách", 20000, "lượt khách", "approx"),
 Q("1,2 triệu đồng", 1200000, "đồng"), Q("85 triệu đồng", 85000000, "đồng"), Q("40 bộ trang phục", 40, "bộ trang phục"),
 Q("34 câu lạc bộ hát Xoan", 34, "câu lạc bộ hát Xoan"), Q("hơn 1.000 hội viên", 1000, "hội viên", "over"), Q("92%", 92, "%"),
 Q("14 quả cách cổ", 14, "quả cách cổ")],
[D("Nghị quyết", "14", "NQ/TU", "2021-10-12", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 14-NQ/TU ngày 12/10/2021"),
 D("Kế hoạch", "92", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 92/KH-UBND"),
 D("Nghị định", "109", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 109/2015/NĐ-CP")],
[prov("Phú Thọ"), com("Phượng Lâu"), com("Kim Đức")],
["Báo Phú Thọ điện tử", "Văn hóa | Di sản | Chân dung", "Nghệ nhân Đỗ Thị Khuyên truyền dạy hát Xoan cho học sinh.",
 "Danh sách di sản văn hóa phi vật thể đại diện của nhân loại", "Xoan cửa đình", "Lượt xem: 3.118"],
["Thứ Hai, 18/11/2024", "tuổi 82", "Hơn 60 năm", "Năm 2017", "Lượt xem: 3.118"]))

PAGES.append(page("b5444-gialai-btgdv-soket-2025", """
BÁO GIA LAI ĐIỆN TỬ
Trang chủ / Chính trị / Dân vận
Cập nhật: 09:42, 15/07/2025 (GMT+7)
Gia Lai: Sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm
Ngày 14/7, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm. Đây là hội nghị đầu tiên sau khi tỉnh Gia Lai mới được hình thành trên cơ sở hợp nhất tỉnh Gia Lai và tỉnh Bình Định. Hội nghị kết nối trực tuyến tới 135 điểm cầu xã, phường.
Đồng chí Rơ Châm Ngơn, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy, chủ trì hội nghị.
Báo cáo cho biết, 6 tháng qua Ban đã tham mưu triển khai Nghị quyết số 60-NQ/TW ngày 12/4/2025 của BCH Trung ương về sắp xếp tổ chức bộ máy, và Kế hoạch số 03-KH/BTGDVTU ngày 8/7/2025 về công tác dân vận trong bảo tồn văn hóa cồng chiêng, làng nghề nón ngựa, rượu Bàu Đá, võ cổ truyền. Khối dân vận vận động nhân dân hiến trên 25.000 m2 đất làm đường; 1.260 hộ đồng bào Jrai, Bahnar tham gia 87 mô hình phát triển kinh tế gắn với du lịch cộng đồng, trong đó 21 mô hình tiêu biểu.
Các làng du lịch cộng đồng Kon Sơ Lăl, Plei Ốp và làng nghề nón ngựa Phú Gia thu hút khoảng 310.000 lượt khách, tăng 27% so với cùng kỳ. Toàn tỉnh hiện có 2.615 người có uy tín, 1.423 đội cồng chiêng; đã tổ chức 56 lớp truyền dạy đánh chiêng, dệt thổ cẩm.
Tại hội nghị, bà Siu H'Mai, Bí thư Đảng ủy xã Biển Hồ, chia sẻ việc vận động người dân làng Ốp giữ nhà rông, nhà sàn; ông Kpă Thuyên, người có uy tín làng Kon Sơ Lăl, xã Ia Ly, đề nghị hỗ trợ làm nhà mồ, tượng gỗ phục vụ khách. Ông Võ Minh Nhựt, Chủ tịch Ủy ban MTTQ Việt Nam xã Cát Tường, cho biết xã có 640 hộ làm nón ngựa, thu nhập bình quân 4,5 triệu đồng/tháng/hộ.
Đại biểu còn nêu khó khăn: một số xã mới sáp nhập chưa có cán bộ chuyên trách dân vận, việc bố trí 1 cán bộ kiêm nhiều việc khiến nắm tình hình nhân dân chưa sâu.
Nhiều ý kiến cũng đề nghị có cơ chế riêng để người dân các làng có di sản cồng chiêng được hưởng lợi từ du lịch, tránh tình trạng doanh nghiệp đưa khách đến xem trình diễn nhưng bà con không có thu nhập; đề nghị quan tâm đào tạo thanh niên dân tộc thiểu số làm hướng dẫn viên tại chỗ.
Phát biểu chỉ đạo, đồng chí Rơ Châm Ngơn yêu cầu 6 tháng cuối năm thực hiện tốt Quy định 08, 09-QĐ/TU của Ban Thường vụ Tỉnh ủy về chức năng, nhiệm vụ của khối dân vận cấp xã; nắm chắc tình hình tư tưởng nhân dân sau sắp xếp, không để phát sinh điểm nóng; chuẩn bị tốt đại hội đảng bộ các cấp.
Dự hội nghị có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Nguyễn Thị Thanh Lịch, Rah Lan Hoa, Trần Quang Khải.
Kim Anh
Tin liên quan
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai (02/07/2025)
- An Nhơn: giữ nghề rượu Bàu Đá (25/06/2025)
- Pleiku: trao quà cho người có uy tín (18/06/2025)
""", "2025-07-15", "Gia Lai: Sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm",
E("so_ket", "2025-H1", "2025-07-14"),
[P("Rơ Châm Ngơn", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Siu H'Mai", "Bí thư Đảng ủy xã Biển Hồ"),
 P("Kpă Thuyên", "người có uy tín làng Kon Sơ Lăl"),
 P("Võ Minh Nhựt", "Chủ tịch Ủy ban MTTQ Việt Nam xã Cát Tường"),
 P("Nguyễn Thị Thanh Lịch", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Rah Lan Hoa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Quang Khải", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("135 điểm cầu xã, phường", 135, "điểm cầu xã, phường"), Q("trên 25.000 m2", 25000, "m2", "over"),
 Q("1.260 hộ đồng bào Jrai, Bahnar", 1260, "hộ đồng bào Jrai, Bahnar"), Q("87 mô hình", 87, "mô hình"),
 Q("21 mô hình tiêu biểu", 21, "mô hình tiêu biểu"), Q("khoảng 310.000 lượt khách", 310000, "lượt khách", "approx"), Q("27%", 27, "%"),
 Q("2.615 người có uy tín", 2615, "người có uy tín"), Q("1.423 đội cồng chiêng", 1423, "đội cồng chiêng"),
 Q("56 lớp truyền dạy đánh chiêng, dệt thổ cẩm", 56, "lớp truyền dạy đánh chiêng, dệt thổ cẩm"), Q("640 hộ", 640, "hộ"),
 Q("4,5 triệu đồng", 4500000, "đồng")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "BCH Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kế hoạch", "03", "KH/BTGDVTU", "2025-07-08", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 03-KH/BTGDVTU ngày 8/7/2025"),
 D("Quy định", "08", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định 08, 09-QĐ/TU"),
 D("Quy định", "09", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định 08, 09-QĐ/TU")],
[prov("Gia Lai"), prov("Bình Định"), com("Biển Hồ"), com("Ia Ly"), com("Cát Tường")],
["BÁO GIA LAI ĐIỆN TỬ", "Trang chủ / Chính trị / Dân vận", "Kon Sơ Lăl", "Plei Ốp"],
["Cập nhật: 09:42, 15/07/2025 (GMT+7)", "6 tháng đầu năm 2025", "6 tháng cuối năm", "1 cán bộ"]))

PAGES.append(page("b5445-tuyenquang-mttq-giamsat-2025", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TUYÊN QUANG
Hôm nay: Thứ Hai, 27/10/2025
Trang chủ >> Hoạt động >> Giám sát - Phản biện
24/10/2025 - 08:30
Giám sát dự án bảo tồn văn hóa gắn với du lịch tại vùng cao núi đá
Từ ngày 21 đến 23/10, Đoàn giám sát Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang do bà Hoàng Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát chuyên đề năm 2025 việc thực hiện Dự án 6 về bảo tồn, phát huy giá trị văn hóa truyền thống gắn với phát triển du lịch tại các xã Lũng Cú, Đồng Văn, Thượng Lâm.
Đoàn giám sát thăm làng văn hóa du lịch cộng đồng Lô Lô Chải.
Cuộc giám sát thực hiện theo Kế hoạch số 27/KH-MTTQ-BTT ngày 30/9/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, căn cứ Quy định số 124-QĐ/TW của Ban Bí thư về giám sát, phản biện xã hội của Mặt trận và Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ. Đây là đợt giám sát đầu tiên tại địa bàn các xã vùng cao sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất.
Báo cáo của các xã cho thấy, từ năm 2022 đến nay các địa phương đã hỗ trợ 19 làng văn hóa truyền thống, 46 câu lạc bộ sinh hoạt văn hóa dân gian, với tổng kinh phí hơn 14,6 tỷ đồng. Xã Lũng Cú có 43 hộ Lô Lô làm homestay; xã Thượng Lâm có 35 hộ Tày bản Nà Bản làm du lịch, đón khoảng 52.000 lượt khách trong 9 tháng. Tỷ lệ giải ngân vốn dự án đạt 68,5%.
Qua giám sát, đoàn phát hiện 3 công trình nhà văn hóa chậm tiến độ, 11 trường hợp nghệ nhân chưa được hưởng chế độ hỗ trợ; việc lựa chọn hộ làm homestay ở một số thôn chưa công khai để người dân bàn, quyết định.
Tại buổi làm việc, ông Ma Văn Chiến, Chủ tịch Ủy ban MTTQ Việt Nam xã Thượng Lâm, kiến nghị hỗ trợ khung dệt cho tổ dệt thổ cẩm Pà Thẻn; bà Lò Thị Dín, Trưởng ban Công tác Mặt trận thôn Lô Lô Chải, xã Lũng Cú đề nghị tu sửa 27 ngôi nhà trình tường cổ. Ông Triệu Tiến Lâm, Phó Chủ tịch UBND xã Đồng Văn, tiếp thu và cam kết khắc phục trước ngày 31/12.
Thành viên đoàn gồm các ông Sùng Mí Páo, Nông Văn Thành - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và đại diện Sở Văn hóa, Thể thao và Du lịch, Sở Dân tộc và Tôn giáo.
Kết luận giám sát, bà Hoàng Thị Thu Hà đề nghị các xã công khai danh sách thụ hưởng, đẩy nhanh giải ngân đạt ít nhất 90% vốn năm 2025, ưu tiên người dân tại chỗ làm hướng dẫn viên; Ban Thường trực sẽ có văn bản kiến nghị gửi UBND tỉnh.
Lưu Hương
Lượt xem: 766
Tin cùng chuyên mục
- Mặt trận tỉnh phản biện dự thảo quy định hỗ trợ nghệ nhân (15/10/2025)
- Xã Mèo Vạc ra mắt Ban Công tác Mặt trận thôn mới (08/10/2025)
- Đại hội đại biểu MTTQ Việt Nam tỉnh Tuyên Quang (30/09/2025)
""", "2025-10-24", "Giám sát dự án bảo tồn văn hóa gắn với du lịch tại vùng cao núi đá",
E("giam_sat", "2025", "2025-10-21"),
[P("Hoàng Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ma Văn Chiến", "Chủ tịch Ủy ban MTTQ Việt Nam xã Thượng Lâm"),
 P("Lò Thị Dín", "Trưởng ban Công tác Mặt trận thôn Lô Lô Chải"),
 P("Triệu Tiến Lâm", "Phó Chủ tịch UBND xã Đồng Văn"),
 P("Sùng Mí Páo", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nông Văn Thành", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("19 làng văn hóa truyền thống", 19, "làng văn hóa truyền thống"),
 Q("46 câu lạc bộ sinh hoạt văn hóa dân gian", 46, "câu lạc bộ sinh hoạt văn hóa dân gian"),
 Q("hơn 14,6 tỷ đồng", 14600000000, "đồng", "over"), Q("43 hộ Lô Lô", 43, "hộ Lô Lô"), Q("35 hộ Tày", 35, "hộ Tày"),
 Q("khoảng 52.000 lượt khách", 52000, "lượt khách", "approx"), Q("68,5%", 68.5, "%"),
 Q("3 công trình nhà văn hóa", 3, "công trình nhà văn hóa"), Q("11 trường hợp", 11, "trường hợp"),
 Q("27 ngôi nhà trình tường cổ", 27, "ngôi nhà trình tường cổ"), Q("ít nhất 90%", 90, "%", "over")],
[D("Kế hoạch", "27", "KH-MTTQ-BTT", "2025-09-30", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 27/KH-MTTQ-BTT ngày 30/9/2025"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Đồng Văn"), com("Thượng Lâm")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TUYÊN QUANG", "Trang chủ >> Hoạt động >> Giám sát - Phản biện",
 "Đoàn giám sát thăm làng văn hóa du lịch cộng đồng Lô Lô Chải.", "Lượt xem: 766"],
["Hôm nay: Thứ Hai, 27/10/2025", "24/10/2025 - 08:30", "năm 2025", "năm 2022", "9 tháng", "Dự án 6", "Lượt xem: 766"]))

PAGES.append(page("b5446-vinhlong-btgdv-tongket-2026", """
BÁO VĨNH LONG ĐIỆN TỬ
Chủ Nhật, 18/01/2026
Trang chủ › Chính trị › Dân vận
Thứ Sáu, 16/01/2026, 08:05
Toàn cảnh hội nghị. Ảnh: Thảo Ly
Vĩnh Long triển khai nhiệm vụ công tác dân vận năm 2026
Ngày 15/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Thạch Thị Đa Ra, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Năm 2025 là năm đầu tỉnh Vĩnh Long mới vận hành sau hợp nhất với Bến Tre và Trà Vinh.
Báo cáo cho thấy, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 05, 06-CT/TU về công tác dân vận trong bảo tồn làng nghề và về vận động đồng bào Khmer giữ gìn lễ hội; hướng dẫn thực hiện Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư và Hướng dẫn số 12-HD/BTGDVTU ngày 3/9/2025 về xây dựng mô hình "Dân vận khéo" cấp xã.
Toàn tỉnh có 68 làng nghề, trong đó làng gốm đỏ Mang Thít còn 152 lò gạch, gốm được vận động giữ lại làm điểm tham quan; làng nghề dừa ở khu vực Bến Tre cũ có trên 1.200 cơ sở. Năm 2025, các điểm du lịch cộng đồng, làng nghề đón khoảng 3,4 triệu lượt khách. Khối dân vận vận động 2.380 hộ hiến đất, đóng góp 56,8 tỷ đồng xây dựng nông thôn mới; 1.024 mô hình "Dân vận khéo" được công nhận, trong đó 95 mô hình cấp tỉnh.
Tại hội nghị, ông Nguyễn Văn Hai, Bí thư Đảng ủy xã Nhơn Phú, cho biết xã đã vận động 64 chủ lò ký cam kết giữ nguyên kiến trúc lò gốm cổ; Hòa thượng Thạch Sóc Xane, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Âng, đề nghị hỗ trợ trùng tu 14 chùa Khmer xuống cấp. Bà Kim Thị Sa Phanh, Chủ tịch Ủy ban MTTQ Việt Nam phường Nguyệt Hóa, nêu kinh nghiệm tổ chức lễ hội Ok Om Bok gắn với du lịch.
Hội nghị cũng nhìn nhận thẳng những hạn chế: sau sắp xếp, một số xã, phường còn lúng túng trong phân công cán bộ phụ trách dân vận; việc nắm tình hình nhân dân ở các xã có đông đồng bào Khmer, đồng bào có đạo có lúc chưa kịp thời; nhiều làng nghề truyền thống thiếu lao động trẻ nối nghiệp.
Phát biểu kết luận, đồng chí Thạch Thị Đa Ra đề nghị năm 2026 tập trung quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I; tiếp tục thực hiện Quyết định số 99-QĐ/TW của Ban Bí thư về khung hướng dẫn các phương thức dân vận; phấn đấu ít nhất 85% xã, phường có mô hình dân vận gắn với du lịch cộng đồng.
Dự hội nghị có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Lê Văn Hiếu, Trương Thị Bích Ngân.
Dịp này, 25 tập thể và 40 cá nhân được tặng giấy khen vì có thành tích xuất sắc trong công tác năm 2025.
Thảo Ly
Tin liên quan
- Trà Ôn: vận động bà con giữ nghề đan lục bình (10/01/2026)
- Ra mắt tuyến du lịch làng nghề ven sông Cổ Chiên (05/01/2026)
- Hội nghị người có uy tín đồng bào Khmer năm 2025 (28/12/2025)
""", "2026-01-16", "Vĩnh Long triển khai nhiệm vụ công tác dân vận năm 2026",
E("tong_ket", "2025", "2026-01-15"),
[P("Thạch Thị Đa Ra", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hai", "Bí thư Đảng ủy xã Nhơn Phú"),
 P("Thạch Sóc Xane", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Âng"),
 P("Kim Thị Sa Phanh", "Chủ tịch Ủy ban MTTQ Việt Nam phường Nguyệt Hóa"),
 P("Lê Văn Hiếu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trương Thị Bích Ngân", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("68 làng nghề", 68, "làng nghề"), Q("152 lò gạch, gốm", 152, "lò gạch, gốm"), Q("trên 1.200 cơ sở", 1200, "cơ sở", "over"),
 Q("khoảng 3,4 triệu lượt khách", 3400000, "lượt khách", "approx"), Q("2.380 hộ", 2380, "hộ"), Q("56,8 tỷ đồng", 56800000000, "đồng"),
 Q("1.024 mô hình", 1024, "mô hình"), Q("95 mô hình cấp tỉnh", 95, "mô hình cấp tỉnh"), Q("64 chủ lò", 64, "chủ lò"),
 Q("14 chùa Khmer", 14, "chùa Khmer"), Q("ít nhất 85%", 85, "%", "over"), Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW"),
 D("Hướng dẫn", "12", "HD/BTGDVTU", "2025-09-03", None, "Hướng dẫn số 12-HD/BTGDVTU ngày 3/9/2025"),
 D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 99-QĐ/TW")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Nhơn Phú"), com("Nguyệt Hóa")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Trang chủ › Chính trị › Dân vận", "Toàn cảnh hội nghị. Ảnh: Thảo Ly", "Dân vận khéo",
 "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I"],
["Chủ Nhật, 18/01/2026", "Thứ Sáu, 16/01/2026, 08:05", "năm 2025", "năm 2026", "lần thứ I"]))
