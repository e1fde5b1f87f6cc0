from lib import *
PAGES = []

PAGES.append(page("b7937-hue-svhtt-taphuan-2021", """
SỞ VĂN HÓA VÀ THỂ THAO TỈNH THỪA THIÊN HUẾ
Trang chủ › Thể dục thể thao › Thể thao quần chúng
Thứ Sáu, 18/06/2021, 14:35
Ảnh: Học viên thực hành kỹ năng cứu đuối tại hồ bơi.
80 học viên được tập huấn hướng dẫn viên dạy bơi an toàn
Trong 3 ngày, từ 15 - 17/6/2021, Sở Văn hóa và Thể thao phối hợp Sở Giáo dục và Đào tạo, Tỉnh Đoàn tổ chức lớp tập huấn hướng dẫn viên dạy bơi an toàn và cứu đuối năm 2021 cho 80 học viên là giáo viên thể dục, cán bộ Đoàn, Đội của 9 huyện, thị xã, thành phố.
Khai mạc lớp tập huấn, ông Lê Quang Vĩnh, Phó Giám đốc Sở Văn hóa và Thể thao cho biết, Thừa Thiên Huế có hệ thống sông, đầm phá Tam Giang - Cầu Hai và bờ biển dài, là địa bàn có nguy cơ cao về đuối nước. Năm 2020, toàn tỉnh có 27 trẻ em tử vong do đuối nước; trong khi tỷ lệ trẻ từ 6 đến 15 tuổi biết bơi an toàn mới đạt khoảng 38%.
Lớp học triển khai theo Quyết định số 1235/QĐ-UBND ngày 21/5/2021 của UBND tỉnh về kế hoạch thực hiện Chương trình "Bơi an toàn, phòng, chống đuối nước trẻ em" giai đoạn 2021 - 2025 và Hướng dẫn số 640/HD-SVHTT của Sở Văn hóa và Thể thao.
Giảng dạy tại lớp là các huấn luyện viên Trung tâm Huấn luyện và Thi đấu thể thao tỉnh: Trần Đình Khôi, Hồ Thị Thu Sương, Nguyễn Phước Bảo. Học viên được trang bị phương pháp dạy 4 kỹ năng bơi an toàn theo chương trình của Bộ Văn hóa, Thể thao và Du lịch: nín thở dưới nước, nổi, di chuyển trong nước và bơi đứng nước; đồng thời thực hành các tình huống cứu đuối, sơ cứu tim phổi.
Do diễn biến dịch Covid-19, lớp học được chia thành 4 nhóm, mỗi nhóm 20 học viên, thực hiện nghiêm yêu cầu "5K" của Bộ Y tế. Phần thực hành được tổ chức tại bể bơi Trung tâm và bãi tắm Thuận An thuộc xã Phú Thuận.
Cô Hoàng Thị Diệu Hiền, giáo viên Trường Tiểu học Vỹ Dạ (phường Vỹ Dạ, thành phố Huế) chia sẻ, trước đây cô chỉ biết bơi nhưng không biết cách dạy; nay cô đã nắm được giáo án từng buổi và cách tổ chức lớp an toàn, trong hè sẽ mở ít nhất 2 lớp cho học sinh của trường.
Kết thúc khóa tập huấn, 78/80 học viên đủ điều kiện được cấp chứng nhận hướng dẫn viên bơi an toàn. Sở Văn hóa và Thể thao hỗ trợ mỗi địa phương 20 phao tay, 10 phao lưng và 30 triệu đồng để mở lớp trong hè 2021. Phấn đấu hè năm nay toàn tỉnh dạy bơi an toàn cho trên 5.000 trẻ em.
Bế mạc lớp, ông Lê Quang Vĩnh đề nghị các học viên phát huy vai trò nòng cốt, phối hợp với chính quyền địa phương khảo sát địa điểm, bảo đảm an toàn tuyệt đối khi tổ chức dạy bơi ở sông, hồ tự nhiên.
Minh Hiền
Tin khác
- Khai mạc giải Bơi lội các nhóm tuổi tỉnh năm 2021 (10/06/2021)
- Phát động toàn dân tập luyện môn bơi phòng, chống đuối nước (28/05/2021)
- Hội nghị tổng kết công tác thể dục thể thao năm 2020 (15/01/2021)
""", "2021-06-18", "80 học viên được tập huấn hướng dẫn viên dạy bơi an toàn",
E("tap_huan", "2021", "2021-06-15"),
[P("Lê Quang Vĩnh", "Phó Giám đốc Sở Văn hóa và Thể thao"),
 P("Trần Đình Khôi", "huấn luyện viên Trung tâm Huấn luyện và Thi đấu thể thao tỉnh"),
 P("Hồ Thị Thu Sương", "huấn luyện viên Trung tâm Huấn luyện và Thi đấu thể thao tỉnh"),
 P("Nguyễn Phước Bảo", "huấn luyện viên Trung tâm Huấn luyện và Thi đấu thể thao tỉnh"),
 P("Hoàng Thị Diệu Hiền", "giáo viên Trường Tiểu học Vỹ Dạ")],
[Q("80 học viên", 80, "học viên"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("27 trẻ em", 27, "trẻ em"), Q("khoảng 38%", 38, "%", "approx"), Q("4 kỹ năng bơi an toàn", 4, "kỹ năng bơi an toàn"),
 Q("4 nhóm", 4, "nhóm"), Q("20 học viên", 20, "học viên"), Q("ít nhất 2 lớp", 2, "lớp", "over"),
 Q("78/80 học viên", 78, "học viên"), Q("20 phao tay", 20, "phao tay"), Q("10 phao lưng", 10, "phao lưng"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("trên 5.000 trẻ em", 5000, "trẻ em", "over")],
[D("Quyết định", "1235", "QĐ-UBND", "2021-05-21", "UBND tỉnh", "Quyết định số 1235/QĐ-UBND ngày 21/5/2021"),
 D("Hướng dẫn", "640", "HD-SVHTT", None, "Sở Văn hóa và Thể thao", "Hướng dẫn số 640/HD-SVHTT")],
[prov("Thừa Thiên Huế"), com("Phú Thuận"), com("Vỹ Dạ")],
["SỞ VĂN HÓA VÀ THỂ THAO TỈNH THỪA THIÊN HUẾ", "Trang chủ › Thể dục thể thao › Thể thao quần chúng",
 "Ảnh: Học viên thực hành kỹ năng cứu đuối tại hồ bơi.", "Bơi an toàn, phòng, chống đuối nước trẻ em", "5K",
 "Trung tâm Huấn luyện và Thi đấu thể thao tỉnh"],
["Thứ Sáu, 18/06/2021, 14:35", "3 ngày", "năm 2021", "Năm 2020", "từ 6 đến 15 tuổi", "giai đoạn 2021 - 2025", "5K", "hè 2021"]))

PAGES.append(page("b7938-hanoi-longbien-baocao-2022", """
CỔNG GIAO TIẾP ĐIỆN TỬ QUẬN LONG BIÊN - THÀNH PHỐ HÀ NỘI
Tin tức > Văn hóa - Xã hội > Lao động - Thương binh và Xã hội
27/12/2022 06:00
Quận Long Biên báo cáo kết quả phòng, chống đuối nước trẻ em năm 2022
UBND quận Long Biên vừa ban hành Báo cáo số 512/BC-UBND ngày 23/12/2022 về kết quả công tác phòng, chống tai nạn thương tích, đuối nước trẻ em năm 2022 và phương hướng, nhiệm vụ năm 2023. Báo cáo do bà Đỗ Thị Thu Hằng, Quận ủy viên, Phó Chủ tịch UBND quận ký.
Lớp dạy bơi hè tại Trung tâm Văn hóa - Thông tin và Thể thao quận.
Theo báo cáo, thực hiện Kế hoạch số 98/KH-UBND ngày 6/4/2022 của UBND thành phố Hà Nội và Kết luận số 15, 16-KL/QU của Ban Thường vụ Quận ủy, năm 2022 quận đã rà soát 186 điểm ao, hồ, sông, hố sâu có nguy cơ mất an toàn; lắp đặt 94 biển cảnh báo, 37 rào chắn; phân công 14 phường cử lực lượng dân phòng, đoàn viên tuần tra các điểm tắm tự phát dọc sông Hồng, sông Đuống trong dịp hè.
Công tác dạy bơi được đẩy mạnh: quận phối hợp các trường học, câu lạc bộ bơi mở 63 lớp dạy bơi với 2.150 trẻ em tham gia, trong đó 1.020 trẻ em có hoàn cảnh khó khăn được học miễn phí. Toàn quận hiện có 21 bể bơi, gồm 8 bể trong trường học và 13 bể của doanh nghiệp, khu đô thị. Tỷ lệ học sinh tiểu học hoàn thành chương trình bơi an toàn đạt 98,5%.
Nhờ triển khai đồng bộ các giải pháp, năm 2022 trên địa bàn quận xảy ra 1 vụ đuối nước làm 1 trẻ em tử vong, giảm 3 trường hợp so với năm 2021. Các phường Cự Khối, Thạch Bàn, Ngọc Thụy làm tốt công tác tuyên truyền, vận động các gia đình ven sông cam kết quản lý con em.
Ông Ngô Xuân Thủy, Trưởng phòng Lao động - Thương binh và Xã hội quận cho biết, tổng kinh phí thực hiện năm 2022 trên 1,6 tỷ đồng, trong đó ngân sách quận gần 700 triệu đồng, còn lại từ nguồn xã hội hóa và Quỹ Bảo trợ trẻ em quận. Bà Phạm Thị Hòa, Chủ tịch Hội LHPN phường Cự Khối, cho rằng mô hình "Tổ phụ nữ trông giữ trẻ ven sông" cần được nhân rộng.
Báo cáo cũng chỉ ra hạn chế: một số điểm tắm tự phát trên bãi giữa sông Hồng khó kiểm soát; một bộ phận phụ huynh còn chủ quan; việc dạy bơi trong trường học chưa đồng đều do thiếu giáo viên có chứng chỉ.
Năm 2023, quận đặt chỉ tiêu 100% trường tiểu học tổ chức dạy bơi an toàn; mỗi phường có ít nhất 1 điểm tập bơi miễn phí cho trẻ em trong hè; không để xảy ra vụ đuối nước trẻ em tại các điểm đã cắm biển cảnh báo.
Phòng Văn hóa và Thông tin quận
Tin liên quan
- Long Biên khai giảng lớp dạy bơi miễn phí cho 300 trẻ em (12/06/2022)
- Hội nghị triển khai Tháng hành động vì trẻ em năm 2022 (25/05/2022)
- Phường Thạch Bàn ra mắt tổ phụ nữ trông giữ trẻ (18/04/2022)
""", "2022-12-27", "Quận Long Biên báo cáo kết quả phòng, chống đuối nước trẻ em năm 2022",
E("bao_cao", "2022", "2022-12-23"),
[P("Đỗ Thị Thu Hằng", "Quận ủy viên", "Phó Chủ tịch UBND quận"),
 P("Ngô Xuân Thủy", "Trưởng phòng Lao động - Thương binh và Xã hội quận"),
 P("Phạm Thị Hòa", "Chủ tịch Hội LHPN phường Cự Khối")],
[Q("186 điểm ao, hồ, sông, hố sâu", 186, "điểm ao, hồ, sông, hố sâu"), Q("94 biển cảnh báo", 94, "biển cảnh báo"),
 Q("37 rào chắn", 37, "rào chắn"), Q("14 phường", 14, "phường"), Q("63 lớp dạy bơi", 63, "lớp dạy bơi"),
 Q("2.150 trẻ em", 2150, "trẻ em"), Q("1.020 trẻ em", 1020, "trẻ em"), Q("21 bể bơi", 21, "bể bơi"),
 Q("8 bể", 8, "bể"), Q("13 bể", 13, "bể"), Q("98,5%", 98.5, "%"), Q("1 vụ đuối nước", 1, "vụ đuối nước"),
 Q("1 trẻ em", 1, "trẻ em"), Q("3 trường hợp", 3, "trường hợp"), Q("trên 1,6 tỷ đồng", 1600000000, "đồng", "over"),
 Q("gần 700 triệu đồng", 700000000, "đồng", "approx"), Q("100% trường tiểu học", 100, "%")],
[D("Báo cáo", "512", "BC-UBND", "2022-12-23", "UBND quận Long Biên", "Báo cáo số 512/BC-UBND ngày 23/12/2022"),
 D("Kế hoạch", "98", "KH-UBND", "2022-04-06", "UBND thành phố Hà Nội", "Kế hoạch số 98/KH-UBND ngày 6/4/2022"),
 D("Kết luận", "15", "KL/QU", None, "Ban Thường vụ Quận ủy", "Kết luận số 15, 16-KL/QU"),
 D("Kết luận", "16", "KL/QU", None, "Ban Thường vụ Quận ủy", "Kết luận số 15, 16-KL/QU")],
[prov("Hà Nội"), com("Cự Khối"), com("Thạch Bàn"), com("Ngọc Thụy")],
["CỔNG GIAO TIẾP ĐIỆN TỬ QUẬN LONG BIÊN - THÀNH PHỐ HÀ NỘI", "Tin tức > Văn hóa - Xã hội > Lao động - Thương binh và Xã hội",
 "Lớp dạy bơi hè tại Trung tâm Văn hóa - Thông tin và Thể thao quận.", "Tổ phụ nữ trông giữ trẻ ven sông"],
["27/12/2022 06:00", "năm 2022", "năm 2023", "năm 2021", "Năm 2023", "1 điểm tập bơi"]))

PAGES.append(page("b7939-soctrang-sgd-hoinghi-2022", """
SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH SÓC TRĂNG
Trang chủ | Tin tức | Tin giáo dục
20 Tháng 5, 2022
Sóc Trăng triển khai dạy bơi cho học sinh tại các chùa Khmer
Ảnh: Đại biểu tham dự hội nghị tại chùa Som Rông.
Ngày 19/5/2022, tại chùa Som Rông (phường 5, thành phố Sóc Trăng), Sở Giáo dục và Đào tạo phối hợp Ban Dân tộc tỉnh và Hội Đoàn kết sư sãi yêu nước tỉnh tổ chức hội nghị triển khai kế hoạch dạy bơi, phòng, chống đuối nước cho học sinh năm 2022. Hơn 120 đại biểu là cán bộ quản lý giáo dục, sư sãi, chức sắc chùa Khmer tham dự.
Ông Trần Văn Lâm, Phó Giám đốc Sở Giáo dục và Đào tạo cho biết, năm học 2021 - 2022 toàn tỉnh có 46 trường tổ chức dạy bơi cho 1.248 học sinh; tỷ lệ học sinh biết bơi ở vùng đồng bào Khmer chỉ khoảng 15%, thấp hơn nhiều so với mức chung. Thực hiện Quyết định số 2001, 2002/QĐ-UBND ngày 15/4/2022 của UBND tỉnh về chương trình bơi an toàn và về hỗ trợ trẻ em vùng đồng bào dân tộc thiểu số, năm nay Sở chọn 12 điểm chùa Khmer có ao, hồ rộng để mở lớp bơi cho học sinh trong hè.
Đại đức Thạch Sô Phát, trụ trì chùa Som Rông, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh phát biểu: nhà chùa sẵn sàng cho mượn ao, sân chùa và vận động phật tử tham gia đứng lớp. Mỗi chùa sẽ cử từ 2 đến 3 sư sãi trẻ biết bơi làm trợ giảng.
Bà Sơn Thị Bô Pha, Phó Trưởng Ban Dân tộc tỉnh đề nghị lồng ghép dạy bơi với lớp dạy chữ Khmer hè để thuận tiện cho phụ huynh. Ông Kim Hoàng Sa Ri, Hiệu trưởng Trường Tiểu học Vĩnh Hải A (xã Vĩnh Hải, thị xã Vĩnh Châu), chia sẻ kinh nghiệm mượn bể bơi lắp ghép của Huyện đoàn để tổ chức lớp ngay trong sân trường.
Theo Kế hoạch số 72/KH-SGDĐT của Sở Giáo dục và Đào tạo, kinh phí cho mỗi lớp khoảng 8 triệu đồng, tổng kinh phí dự kiến 250 triệu đồng từ ngân sách và nguồn vận động; mục tiêu năm 2022 dạy bơi an toàn cho ít nhất 2.000 học sinh, trong đó trên 60% là học sinh dân tộc Khmer.
Kết luận hội nghị, ông Thạch Chanh Đa Ra, Phó Chủ tịch UBND tỉnh, đánh giá cao sự đồng hành của các chùa Khmer; yêu cầu ngành giáo dục bảo đảm an toàn tuyệt đối, mỗi lớp bơi phải có nhân viên y tế trực, có phao, sào cứu hộ; UBND thị trấn Mỹ Xuyên và các xã có chùa được chọn hỗ trợ lực lượng bảo vệ.
Nhân dịp này, Công ty Cổ phần Thủy sản Mekong trao tặng 400 phao tay và 200 kính bơi cho các điểm dạy bơi. Các đại biểu cũng thống nhất sẽ tổ chức kiểm tra, đánh giá kết quả sau mỗi khóa học để kịp thời rút kinh nghiệm, nhân rộng cách làm hay ở những chùa có điều kiện.
Lâm Thị Mỹ Trinh
TIN CÙNG CHUYÊN MỤC
- Tổng kết năm học 2021 - 2022 cấp tiểu học (15/05/2022)
- Lớp dạy chữ Khmer hè tại chùa Chén Kiểu (08/05/2022)
- Tập huấn giáo viên dạy học sinh dân tộc (25/04/2022)
""", "2022-05-20", "Sóc Trăng triển khai dạy bơi cho học sinh tại các chùa Khmer",
E("hoi_nghi", "2022", "2022-05-19"),
[P("Trần Văn Lâm", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Thạch Sô Phát", "Đại đức", "trụ trì chùa Som Rông", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Sơn Thị Bô Pha", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Kim Hoàng Sa Ri", "Hiệu trưởng Trường Tiểu học Vĩnh Hải A"),
 P("Thạch Chanh Đa Ra", "Phó Chủ tịch UBND tỉnh")],
[Q("Hơn 120 đại biểu", 120, "đại biểu", "over"), Q("46 trường", 46, "trường"), Q("1.248 học sinh", 1248, "học sinh"),
 Q("khoảng 15%", 15, "%", "approx"), Q("12 điểm chùa Khmer", 12, "điểm chùa Khmer"),
 Q("từ 2 đến 3 sư sãi trẻ", 2, "sư sãi trẻ"), Q("từ 2 đến 3 sư sãi trẻ", 3, "sư sãi trẻ"),
 Q("khoảng 8 triệu đồng", 8000000, "đồng", "approx"), Q("250 triệu đồng", 250000000, "đồng"),
 Q("ít nhất 2.000 học sinh", 2000, "học sinh", "over"), Q("trên 60%", 60, "%", "over"),
 Q("400 phao tay", 400, "phao tay"), Q("200 kính bơi", 200, "kính bơi")],
[D("Quyết định", "2001", "QĐ-UBND", "2022-04-15", "UBND tỉnh", "Quyết định số 2001, 2002/QĐ-UBND ngày 15/4/2022"),
 D("Quyết định", "2002", "QĐ-UBND", "2022-04-15", "UBND tỉnh", "Quyết định số 2001, 2002/QĐ-UBND ngày 15/4/2022"),
 D("Kế hoạch", "72", "KH-SGDĐT", None, "Sở Giáo dục và Đào tạo", "Kế hoạch số 72/KH-SGDĐT")],
[prov("Sóc Trăng"), com("phường 5"), com("Vĩnh Hải"), com("Mỹ Xuyên")],
["SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH SÓC TRĂNG", "Trang chủ | Tin tức | Tin giáo dục", "Ảnh: Đại biểu tham dự hội nghị tại chùa Som Rông.",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Công ty Cổ phần Thủy sản Mekong", "chùa Som Rông"],
["20 Tháng 5, 2022", "năm 2022", "năm học 2021 - 2022", "phường 5"]))

PAGES.append(page("b7940-quangninh-tinhdoan-giaoban-2023", """
TỈNH ĐOÀN QUẢNG NINH
Bạn đang ở: Trang chủ » Tin hoạt động » Tin Tỉnh Đoàn
Ngày 07/07/2023 | 09:15
Ưu tiên phòng, chống đuối nước cho thiếu nhi trong dịp hè
Chiều 6/7/2023, Ban Thường vụ Tỉnh Đoàn Quảng Ninh tổ chức giao ban công tác tháng 6/2023 với các huyện, thị, thành Đoàn và Đoàn trực thuộc. Đồng chí Nguyễn Minh Tuấn, Ủy viên BCH Trung ương Đoàn, Bí thư Tỉnh Đoàn chủ trì. Dự hội nghị có đồng chí Đặng Thị Thu Trang, vừa được bầu giữ chức Phó Bí thư Tỉnh Đoàn.
Đồng chí Nguyễn Minh Tuấn chủ trì giao ban.
Trong tháng 6, thực hiện Kế hoạch số 152-KH/TĐTN-TNTH ngày 10/5/2023 của Ban Thường vụ Tỉnh Đoàn, các cơ sở Đoàn đã mở 57 lớp dạy bơi miễn phí cho 1.710 thiếu nhi; lắp đặt 4 bể bơi di động tại các huyện miền núi Bình Liêu, Ba Chẽ, Tiên Yên; tổ chức 126 buổi sinh hoạt hè lồng ghép kỹ năng phòng, tránh đuối nước. Các cơ sở Đoàn đã vận động được 75 triệu đồng để mua áo phao, phao cứu sinh tặng các điểm sinh hoạt hè.
Tuy nhiên, trong tháng trên địa bàn tỉnh xảy ra 2 vụ đuối nước làm 3 em tử vong, trong đó 1 vụ tại hồ chứa nước ở Ba Chẽ khi các em đi chăn trâu. Hội nghị dành một phút mặc niệm các em.
Đồng chí Chìu Văn Sáng, Huyện ủy viên, Bí thư Huyện đoàn Bình Liêu cho biết, Huyện đoàn đã phối hợp Đồn Biên phòng Hoành Mô mở 3 lớp bơi cho con em đồng bào Dao, Sán Chỉ tại xã Đồng Văn với 96 em; các chiến sĩ biên phòng trực tiếp đứng lớp. Đồng chí Lỷ Thị Mùi, Bí thư Đoàn xã Đồng Văn, kiến nghị hỗ trợ thêm kinh phí để duy trì lớp đến hết tháng 8.
Đại diện Thành Đoàn Hạ Long thông tin mô hình "Bể bơi 0 đồng" tại phường Hồng Hải, mỗi buổi chiều đón từ 40 đến 50 em; Huyện đoàn Vân Đồn phối hợp Trạm Cứu hộ bãi biển tổ chức dạy bơi cho thiếu nhi xã Quan Lạn.
Kết luận giao ban, đồng chí Nguyễn Minh Tuấn yêu cầu trong tháng 7 các đơn vị tiếp tục cao điểm phòng, chống đuối nước: mỗi huyện, thị, thành Đoàn tổ chức ít nhất 5 lớp dạy bơi; 100% điểm sinh hoạt hè có người lớn trông coi khi cho các em vui chơi gần nước; phối hợp Hội LHPN vận động phụ huynh không để trẻ đi tắm ao, hồ, khe suối một mình. Đồng chí cũng giao Ban Thiếu nhi Tỉnh Đoàn tổng hợp số liệu hằng tuần, báo cáo Thường trực. Các đơn vị chưa gửi báo cáo tháng đúng hạn được yêu cầu khắc phục ngay, bảo đảm số liệu phục vụ công tác chỉ đạo của Ban Thường vụ Tỉnh Đoàn trong những tháng cao điểm hè.
Hội nghị cũng thông qua kế hoạch tổ chức "Ngày hội bơi an toàn" cấp tỉnh dự kiến tổ chức vào cuối tháng 7.
Hoàng Nga
Tin khác
- Tỉnh Đoàn giao ban công tác tháng 5/2023 (05/06/2023)
- Khai mạc chiến dịch Thanh niên tình nguyện hè năm 2023 (28/05/2023)
- Bình Liêu: tặng 200 áo phao cho học sinh bán trú (20/05/2023)
""", "2023-07-07", "Ưu tiên phòng, chống đuối nước cho thiếu nhi trong dịp hè",
E("giao_ban", "2023-06", "2023-07-06"),
[P("Nguyễn Minh Tuấn", "Ủy viên BCH Trung ương Đoàn", "Bí thư Tỉnh Đoàn"),
 P("Đặng Thị Thu Trang", "Phó Bí thư Tỉnh Đoàn"),
 P("Chìu Văn Sáng", "Huyện ủy viên", "Bí thư Huyện đoàn Bình Liêu"),
 P("Lỷ Thị Mùi", "Bí thư Đoàn xã Đồng Văn")],
[Q("57 lớp dạy bơi miễn phí", 57, "lớp dạy bơi miễn phí"), Q("1.710 thiếu nhi", 1710, "thiếu nhi"),
 Q("4 bể bơi di động", 4, "bể bơi di động"), Q("126 buổi sinh hoạt hè", 126, "buổi sinh hoạt hè"),
 Q("75 triệu đồng", 75000000, "đồng"), Q("2 vụ đuối nước", 2, "vụ đuối nước"), Q("3 em", 3, "em"),
 Q("1 vụ", 1, "vụ"), Q("3 lớp bơi", 3, "lớp bơi"), Q("96 em", 96, "em"), Q("từ 40 đến 50 em", 40, "em"),
 Q("từ 40 đến 50 em", 50, "em"), Q("ít nhất 5 lớp dạy bơi", 5, "lớp dạy bơi", "over"), Q("100% điểm sinh hoạt hè", 100, "%")],
[D("Kế hoạch", "152", "KH/TĐTN-TNTH", "2023-05-10", "Ban Thường vụ Tỉnh Đoàn", "Kế hoạch số 152-KH/TĐTN-TNTH ngày 10/5/2023")],
[prov("Quảng Ninh"), com("Đồng Văn"), com("Hồng Hải"), com("Quan Lạn")],
["TỈNH ĐOÀN QUẢNG NINH", "Bạn đang ở: Trang chủ » Tin hoạt động » Tin Tỉnh Đoàn", "Đồng chí Nguyễn Minh Tuấn chủ trì giao ban.",
 "Bể bơi 0 đồng", "Ngày hội bơi an toàn", "Đồn Biên phòng Hoành Mô"],
["Ngày 07/07/2023 | 09:15", "tháng 6/2023", "tháng 6", "một phút", "tháng 8", "tháng 7", "Bể bơi 0 đồng"]))

PAGES.append(page("b7941-binhdinh-sldtbxh-soket-2023", """
Hôm nay: Thứ Hai, 24/07/2023
BÁO BÌNH ĐỊNH ONLINE
Thời sự - Xã hội / Đời sống
21-07-2023 09:40
Mỗi xã ven biển, ven sông cần ít nhất một điểm dạy bơi
Ảnh: Toàn cảnh hội nghị sơ kết.
Ngày 20/7/2023, Ban Điều hành công tác trẻ em tỉnh Bình Định tổ chức hội nghị sơ kết công tác bảo vệ, chăm sóc trẻ em và phòng, chống đuối nước 6 tháng đầu năm 2023. Ông Võ Văn Lành, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, Phó Trưởng Ban Điều hành chủ trì.
Theo báo cáo, 6 tháng đầu năm 2023 toàn tỉnh xảy ra 11 vụ đuối nước làm 13 trẻ em tử vong, tăng 4 em so với cùng kỳ năm 2022; đáng lo ngại là có 5 vụ xảy ra tại các bãi tắm tự phát ven biển Phù Mỹ, Phù Cát và thị xã Hoài Nhơn. Nguyên nhân chủ yếu do trẻ không biết bơi, tự ý đi tắm không có người lớn đi kèm. Nhiều vụ việc xảy ra vào buổi chiều các ngày nghỉ, khi cha mẹ bận đi biển, đi làm thuê xa nhà, để trẻ ở nhà với ông bà lớn tuổi.
Thực hiện Chỉ thị 31-CT/TU của Ban Thường vụ Tỉnh ủy và Kế hoạch số 57/KH-UBND ngày 14/3/2023 của UBND tỉnh, các địa phương đã mở 142 lớp dạy bơi với 4.260 trẻ em tham gia; trang bị 2.300 áo phao cho học sinh vùng sông nước; cắm mới 215 biển cảnh báo. Nguồn lực huy động hơn 2,1 tỷ đồng.
Ông Đinh Văn Bé, Phó Chủ tịch UBND huyện Vĩnh Thạnh, cho biết huyện có đông đồng bào Ba Na sinh sống gần sông Kôn và hồ Định Bình; huyện đã mở 8 lớp bơi tại xã Vĩnh Sơn và xã Vĩnh Kim, giúp 240 em biết bơi. Bà Đinh Thị Y Nhơn, Chủ tịch Hội LHPN huyện An Lão, đề nghị hỗ trợ áo phao cho các gia đình đi rẫy phải qua sông An Lão.
Bà Nguyễn Thị Thanh Thủy, Trưởng phòng Bảo vệ, chăm sóc trẻ em và Bình đẳng giới thông tin: trong 6 tháng, ngành đã kiểm tra 36 điểm trông giữ trẻ, phát hiện 9 điểm chưa bảo đảm điều kiện an toàn, yêu cầu khắc phục. Công tác phối hợp giữa nhà trường, gia đình và chính quyền địa phương trong quản lý trẻ em dịp hè còn lỏng lẻo; một số xã chưa bố trí kinh phí riêng cho hoạt động dạy bơi, chủ yếu trông chờ nguồn vận động.
Kết luận, ông Võ Văn Lành yêu cầu 6 tháng cuối năm các địa phương tăng cường tuần tra tại bãi tắm tự phát, nhất là tháng 7, tháng 8; phấn đấu mỗi xã ven biển, ven sông có ít nhất 1 điểm dạy bơi cho trẻ em; giảm ít nhất 15% số trẻ tử vong do đuối nước so với năm 2022. Xã Cát Tiến và phường Nhơn Lý được đề nghị xây dựng mô hình "Bãi tắm an toàn cho trẻ em".
Dịp này, Ban Điều hành đề nghị UBND tỉnh tặng bằng khen cho 4 tập thể và 7 cá nhân có thành tích trong công tác phòng, chống đuối nước.
Ngọc Nhuận
Tin liên quan
- Hoài Nhơn: 2 học sinh đuối nước khi tắm biển (08/07/2023)
- Tháng hành động vì trẻ em năm 2023: hướng về vùng khó (30/05/2023)
- Tuy Phước khai giảng lớp dạy bơi miễn phí (10/06/2023)
""", "2023-07-21", "Mỗi xã ven biển, ven sông cần ít nhất một điểm dạy bơi",
E("so_ket", "2023-H1", "2023-07-20"),
[P("Võ Văn Lành", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội", "Phó Trưởng Ban Điều hành"),
 P("Đinh Văn Bé", "Phó Chủ tịch UBND huyện Vĩnh Thạnh"),
 P("Đinh Thị Y Nhơn", "Chủ tịch Hội LHPN huyện An Lão"),
 P("Nguyễn Thị Thanh Thủy", "Trưởng phòng Bảo vệ, chăm sóc trẻ em và Bình đẳng giới")],
[Q("11 vụ đuối nước", 11, "vụ đuối nước"), Q("13 trẻ em", 13, "trẻ em"), Q("4 em", 4, "em"), Q("5 vụ", 5, "vụ"),
 Q("142 lớp dạy bơi", 142, "lớp dạy bơi"), Q("4.260 trẻ em", 4260, "trẻ em"), Q("2.300 áo phao", 2300, "áo phao"),
 Q("215 biển cảnh báo", 215, "biển cảnh báo"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("8 lớp bơi", 8, "lớp bơi"),
 Q("240 em", 240, "em"), Q("36 điểm trông giữ trẻ", 36, "điểm trông giữ trẻ"), Q("9 điểm", 9, "điểm"),
 Q("ít nhất 15%", 15, "%", "over"), Q("4 tập thể", 4, "tập thể"), Q("7 cá nhân", 7, "cá nhân")],
[D("Chỉ thị", "31", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 31-CT/TU"),
 D("Kế hoạch", "57", "KH-UBND", "2023-03-14", "UBND tỉnh", "Kế hoạch số 57/KH-UBND ngày 14/3/2023")],
[prov("Bình Định"), com("Vĩnh Sơn"), com("Vĩnh Kim"), com("Cát Tiến"), com("Nhơn Lý")],
["Hôm nay: Thứ Hai, 24/07/2023", "BÁO BÌNH ĐỊNH ONLINE", "Thời sự - Xã hội / Đời sống", "Ảnh: Toàn cảnh hội nghị sơ kết.",
 "Bãi tắm an toàn cho trẻ em"],
["Hôm nay: Thứ Hai, 24/07/2023", "21-07-2023 09:40", "6 tháng đầu năm 2023", "năm 2022", "6 tháng cuối năm", "tháng 7, tháng 8",
 "1 điểm dạy bơi", "một điểm dạy bơi"]))

PAGES.append(page("b7942-yenbai-huyendoan-taphuan-2024", """
HUYỆN ĐOÀN MÙ CANG CHẢI - TỈNH YÊN BÁI
Trang chủ - Tin tức - Hoạt động Đoàn
T3, 11/06/2024 - 08:20
Tập huấn kỹ năng an toàn trong môi trường nước cho 60 cán bộ Đoàn, giáo viên vùng cao
Ngày 8 - 9/6/2024, Huyện đoàn Mù Cang Chải phối hợp Phòng Giáo dục và Đào tạo huyện tổ chức lớp tập huấn kỹ năng an toàn trong môi trường nước và sơ cấp cứu đuối nước năm 2024 cho 60 cán bộ Đoàn, giáo viên các trường trên địa bàn huyện.
Học viên thực hành sơ cứu nạn nhân đuối nước.
Dự khai mạc có đồng chí Giàng A Dế, Huyện ủy viên, Bí thư Huyện đoàn Mù Cang Chải; đồng chí Lò Văn Piến, Phó Trưởng phòng Giáo dục và Đào tạo huyện. Báo cáo viên là bác sĩ Hà Thị Thu, Phó Giám đốc Trung tâm Y tế huyện và đồng chí Sùng Thị Dua, Phó Bí thư Huyện đoàn, hướng dẫn viên bơi cấp tỉnh.
Mù Cang Chải là huyện vùng cao của tỉnh Yên Bái với trên 90% dân số là đồng bào Mông; địa bàn có nhiều sông suối, hồ thủy điện nhỏ. Mùa mưa, nước suối Nậm Kim, Nậm Có dâng nhanh, chảy xiết. Giai đoạn 2021 - 2023, toàn huyện có 6 trẻ em tử vong do đuối nước. Tỷ lệ trẻ em biết bơi chỉ khoảng 7%, thuộc nhóm thấp nhất tỉnh. Nhiều gia đình đi nương cả ngày, trẻ lớn trông trẻ nhỏ, rủ nhau ra suối tắm mà không có người lớn đi cùng.
Lớp học thực hiện theo Đề án số 05-ĐA/HU của Ban Thường vụ Huyện ủy về nâng cao chất lượng giáo dục vùng đồng bào Mông và Kế hoạch 89/KH-UBND ngày 20/3/2024 của UBND huyện. Học viên được hướng dẫn nhận biết nguy cơ, các bước cứu đuối "kêu gọi - ném - đưa - không xuống nước", kỹ thuật hô hấp nhân tạo, ép tim ngoài lồng ngực và phương pháp dạy 4 kỹ năng bơi an toàn.
Phần thực hành được tổ chức tại hồ bơi của Trung tâm Văn hóa - Thể thao huyện và khu vực suối đã được khoanh vùng ở xã Chế Cu Nha. Anh Hờ A Lử, giáo viên Trường PTDTBT THCS Khao Mang, nói: "Học sinh của tôi hay xuống suối bắt cá sau giờ học. Tôi sẽ dạy lại cho các em bằng tiếng Mông để các em dễ nhớ".
Kết thúc tập huấn, 100% học viên được đánh giá đạt yêu cầu. Huyện đoàn trao tặng các xã Chế Cu Nha, Khao Mang và thị trấn Mù Cang Chải mỗi nơi 30 áo phao, 1 bộ dụng cụ sơ cứu; tổng trị giá khoảng 45 triệu đồng.
Bế giảng lớp, đồng chí Giàng A Dế đề nghị các học viên về tổ chức ít nhất 14 lớp dạy bơi trong hè năm 2024, mỗi xã, thị trấn một lớp, ưu tiên trẻ em từ 8 tuổi trở lên; phối hợp với trưởng bản, người có uy tín vận động phụ huynh quản lý con em. Phấn đấu đến cuối năm 2025, tỷ lệ trẻ biết bơi của huyện đạt trên 20%.
Vàng Sinh
Tin liên quan
- Huyện đoàn ra quân chiến dịch Thanh niên tình nguyện hè 2024 (01/06/2024)
- Trao 150 áo phao cho học sinh bán trú xã Nậm Có (25/05/2024)
- Đại hội đại biểu Hội LHTN Việt Nam huyện nhiệm kỳ 2024 - 2029 (15/05/2024)
""", "2024-06-11", "Tập huấn kỹ năng an toàn trong môi trường nước cho 60 cán bộ Đoàn, giáo viên vùng cao",
E("tap_huan", "2024", "2024-06-08"),
[P("Giàng A Dế", "Huyện ủy viên", "Bí thư Huyện đoàn Mù Cang Chải"),
 P("Lò Văn Piến", "Phó Trưởng phòng Giáo dục và Đào tạo huyện"),
 P("Hà Thị Thu", "bác sĩ", "Phó Giám đốc Trung tâm Y tế huyện"),
 P("Sùng Thị Dua", "Phó Bí thư Huyện đoàn", "hướng dẫn viên bơi cấp tỉnh"),
 P("Hờ A Lử", "giáo viên Trường PTDTBT THCS Khao Mang")],
[Q("60 cán bộ Đoàn, giáo viên", 60, "cán bộ Đoàn, giáo viên"), Q("trên 90% dân số", 90, "%", "over"),
 Q("6 trẻ em", 6, "trẻ em"), Q("khoảng 7%", 7, "%", "approx"), Q("4 kỹ năng bơi an toàn", 4, "kỹ năng bơi an toàn"),
 Q("100% học viên", 100, "%"), Q("30 áo phao", 30, "áo phao"), Q("khoảng 45 triệu đồng", 45000000, "đồng", "approx"),
 Q("ít nhất 14 lớp dạy bơi", 14, "lớp dạy bơi", "over"), Q("trên 20%", 20, "%", "over")],
[D("Đề án", "05", "ĐA/HU", None, "Ban Thường vụ Huyện ủy", "Đề án số 05-ĐA/HU"),
 D("Kế hoạch", "89", "KH-UBND", "2024-03-20", "UBND huyện", "Kế hoạch 89/KH-UBND ngày 20/3/2024")],
[prov("Yên Bái"), com("Chế Cu Nha"), com("Khao Mang"), com("Mù Cang Chải")],
["HUYỆN ĐOÀN MÙ CANG CHẢI - TỈNH YÊN BÁI", "Trang chủ - Tin tức - Hoạt động Đoàn", "Học viên thực hành sơ cứu nạn nhân đuối nước.",
 "kêu gọi - ném - đưa - không xuống nước"],
["T3, 11/06/2024 - 08:20", "năm 2024", "Giai đoạn 2021 - 2023", "1 bộ dụng cụ sơ cứu", "8 tuổi", "năm 2025", "hè năm 2024"]))
