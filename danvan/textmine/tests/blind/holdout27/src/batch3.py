from lib import *
PAGES = []

PAGES.append(page("b615-namdinh-ccb-soket-2022", """
HỘI CỰU CHIẾN BINH TỈNH NAM ĐỊNH
Trang chủ - Tin tức - Hoạt động các cấp Hội
15 tháng 7, 2022 | 08:20
Hội CCB tỉnh sơ kết công tác 6 tháng
Ngày 13/7/2022, Hội Cựu chiến binh tỉnh Nam Định tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022. Dự hội nghị có Đại tá Trần Văn Khoa, Ủy viên Ban Chấp hành Trung ương Hội CCB Việt Nam, Chủ tịch Hội CCB tỉnh; Đại tá Vũ Đình Thịnh, Phó Chủ tịch Thường trực Hội CCB tỉnh; bà Đỗ Thị Hồng Vân, Phó Trưởng Ban Dân vận Tỉnh ủy, cùng 31 đồng chí là chủ tịch, phó chủ tịch Hội CCB các huyện, thành phố và cơ sở Hội trực thuộc.
Đại tá Trần Văn Khoa phát biểu chỉ đạo hội nghị. Ảnh: Văn Đông
Sáu tháng đầu năm, các cấp Hội đã kết nạp 1.065 hội viên mới. Hội tiếp tục triển khai Chỉ thị 46-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với Hội CCB Việt Nam trong tình hình mới và Hướng dẫn 14, 15-HD/CCB của Ban Thường vụ Hội CCB tỉnh về tổ chức đại hội chi hội, đại hội cơ sở nhiệm kỳ 2022 - 2027.
Phong trào "Cựu chiến binh gương mẫu" được đẩy mạnh; các cấp Hội giúp 84 hội viên thoát nghèo, xây mới và sửa chữa 27 căn nhà "Nghĩa tình đồng chí" với tổng kinh phí trên 1,6 tỷ đồng. Quỹ hỗ trợ hội viên phát triển kinh tế đạt 42,8 tỷ đồng; toàn tỉnh có 2.318 cơ sở sản xuất, kinh doanh do CCB làm chủ, tạo việc làm cho hơn 9.500 lao động.
Tại hội nghị, ông Phạm Văn Tuệ, Chủ tịch Hội CCB xã Hải Đông (huyện Hải Hậu), chia sẻ kinh nghiệm vận động hội viên tham gia giữ gìn an ninh trật tự ở khu vực ven biển. Ông Đinh Xuân Lộc, Chủ tịch Hội CCB huyện Giao Thủy, đề nghị Hội CCB tỉnh quan tâm hơn đến hội viên là nạn nhân chất độc da cam.
Phát biểu tại hội nghị, bà Đỗ Thị Hồng Vân ghi nhận những đóng góp của Hội CCB trong thực hiện Nghị quyết 35-NQ/TW của Bộ Chính trị về bảo vệ nền tảng tư tưởng của Đảng; đề nghị các cấp Hội chuẩn bị tốt đại hội cơ sở, lựa chọn đội ngũ cán bộ có uy tín, trình độ, sức khỏe.
Kết luận hội nghị, Đại tá Trần Văn Khoa yêu cầu 6 tháng cuối năm phấn đấu tất cả cơ sở Hội hoàn thành đại hội trước ngày 30/9/2022; tiếp tục làm tốt công tác nắm tình hình tư tưởng hội viên, không để xảy ra khiếu kiện đông người. Dịp này, Hội CCB tỉnh tặng giấy khen cho 8 tập thể và 14 cá nhân.
Văn Đông
Lượt xem: 742
Tin khác
- Hội CCB huyện Ý Yên trao nhà "Nghĩa tình đồng chí" (08/07/2022)
- Nghĩa Hưng: CCB tham gia bảo vệ môi trường nông thôn (30/06/2022)
- Giao lưu "Ký ức đồng đội" nhân kỷ niệm Ngày Thương binh - Liệt sĩ (22/06/2022)
- Vụ Bản: Hội CCB ra mắt câu lạc bộ "CCB làm kinh tế giỏi" (15/06/2022)
- Trực Ninh: đại hội điểm chi hội CCB nhiệm kỳ 2022 - 2027 (07/06/2022)
""", "2022-07-15", "Hội CCB tỉnh sơ kết công tác 6 tháng",
E("so_ket", "2022-H1", "2022-07-13"),
[P("Trần Văn Khoa", "Đại tá", "Ủy viên Ban Chấp hành Trung ương Hội CCB Việt Nam", "Chủ tịch Hội CCB tỉnh"),
 P("Vũ Đình Thịnh", "Đại tá", "Phó Chủ tịch Thường trực Hội CCB tỉnh"),
 P("Đỗ Thị Hồng Vân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Tuệ", "Chủ tịch Hội CCB xã Hải Đông"),
 P("Đinh Xuân Lộc", "Chủ tịch Hội CCB huyện Giao Thủy")],
[Q("31 đồng chí", 31, "đồng chí"),
 Q("1.065 hội viên mới", 1065, "hội viên mới"),
 Q("84 hội viên", 84, "hội viên"),
 Q("27 căn nhà", 27, "căn nhà"),
 Q("trên 1,6 tỷ đồng", 1600000000, "đồng", "over"),
 Q("42,8 tỷ đồng", 42800000000, "đồng"),
 Q("2.318 cơ sở sản xuất, kinh doanh", 2318, "cơ sở sản xuất, kinh doanh"),
 Q("hơn 9.500 lao động", 9500, "lao động", "over"),
 Q("8 tập thể", 8, "tập thể"),
 Q("14 cá nhân", 14, "cá nhân")],
[D("Chỉ thị", "46", "CT/TW", None, "Ban Bí thư", "Chỉ thị 46-CT/TW"),
 D("Hướng dẫn", "14", "HD/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Hướng dẫn 14, 15-HD/CCB"),
 D("Hướng dẫn", "15", "HD/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Hướng dẫn 14, 15-HD/CCB"),
 D("Nghị quyết", "35", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 35-NQ/TW")],
[prov("Nam Định"), com("Hải Đông")],
["HỘI CỰU CHIẾN BINH TỈNH NAM ĐỊNH", "Trang chủ - Tin tức - Hoạt động các cấp Hội",
 "Đại tá Trần Văn Khoa phát biểu chỉ đạo hội nghị. Ảnh: Văn Đông", "Cựu chiến binh gương mẫu", "Nghĩa tình đồng chí",
 "Lượt xem: 742"],
["15 tháng 7, 2022 | 08:20", "sơ kết công tác 6 tháng", "31 đồng chí", "6 tháng đầu năm", "6 tháng cuối năm 2022", "nhiệm kỳ 2022 - 2027",
 "ngày 30/9/2022", "Lượt xem: 742"]))

PAGES.append(page("b616-thanhhoa-mttq-doithoai-2023", """
ỦY BAN MTTQ VIỆT NAM TỈNH THANH HÓA
Trang chủ | Tin tức | Dân chủ - Pháp luật
03/11/2023 - 17:10
Đối thoại với Nhân dân về chính sách hỗ trợ đồng bào dân tộc thiểu số
Ngày 02/11/2023, tại xã Trung Lý, huyện Mường Lát, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa phối hợp với UBND huyện tổ chức hội nghị đối thoại về việc thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2023. Hội nghị có 162 đại biểu là người có uy tín, trưởng bản và người dân các bản Mông, Thái của 2 xã Trung Lý, Pù Nhi.
Ông Lò Văn Pâng, người dân bản Pá Quăn, nêu ý kiến tại hội nghị. Ảnh: Lê Hà
Đồng chủ trì hội nghị có ông Phạm Văn Tuấn, Phó Chủ tịch - Trưởng ban Dân tộc, Tôn giáo Ủy ban MTTQ Việt Nam tỉnh; ông Hà Văn Ngãi, HUV, Phó Chủ tịch UBND huyện Mường Lát. Cùng dự có bà Lương Thị Hoa, Phó Chủ tịch Ủy ban MTTQ huyện, và ông Thao Văn Mua, Chủ tịch UBND xã Trung Lý.
Theo báo cáo, năm 2023 huyện Mường Lát được phân bổ 186,4 tỷ đồng thực hiện Chương trình theo Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ; đến hết tháng 10 đã giải ngân được 58%. Huyện đã hỗ trợ 312 hộ làm nhà ở, 146 hộ chuyển đổi nghề, mức hỗ trợ làm nhà 40 triệu đồng/hộ. Trước hội nghị, Mặt trận đã tổng hợp 19 ý kiến, kiến nghị của cử tri theo Kế hoạch 125/KH-MTTQ-BTT ngày 18/9/2023 của Ban Thường trực Ủy ban MTTQ tỉnh.
Ông Lò Văn Pâng, người dân bản Pá Quăn, xã Pù Nhi, phản ánh một số hộ đã làm xong nhà từ tháng 6 nhưng chưa được nhận tiền hỗ trợ. Bà Thao Thị Dợ, bản Cơm, xã Trung Lý, đề nghị hỗ trợ giống bò cho các hộ vừa thoát nghèo. Trả lời các ý kiến, ông Hà Văn Ngãi cho biết huyện sẽ chi trả dứt điểm cho 57 hộ còn lại trước ngày 30/11/2023.
Kết thúc hội nghị, 17/19 ý kiến đã được trả lời thỏa đáng. Ông Phạm Văn Tuấn đề nghị UBND huyện công khai danh sách hộ được hỗ trợ tại nhà văn hóa các bản để nhân dân giám sát; Mặt trận các cấp tiếp tục giám sát theo Quyết định 217-QĐ/TW của Bộ Chính trị.
Trao đổi bên lề hội nghị, ông Thao Văn Mua cho biết xã Trung Lý còn nhiều bản ở xa trung tâm, đường đi lại khó khăn vào mùa mưa nên việc khảo sát, nghiệm thu nhà ở của các hộ còn chậm. Xã đã đề nghị huyện tăng cường cán bộ xuống từng bản hướng dẫn bà con hoàn thiện hồ sơ; đồng thời giao Ban công tác Mặt trận các bản theo dõi, phản ánh kịp thời những vướng mắc của nhân dân.
Lê Hà
Lượt xem: 1.319
Tin liên quan
- Tổng kết 20 năm Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư (28/10/2023)
- Quan Sơn: bàn giao 30 nhà Đại đoàn kết cho hộ nghèo (20/10/2023)
- Hội nghị phản biện dự thảo quy định chính sách hỗ trợ đồng bào vùng lũ (12/10/2023)
- Bá Thước: ra mắt mô hình "Bản văn hóa không ma túy" (04/10/2023)
""", "2023-11-03", "Đối thoại với Nhân dân về chính sách hỗ trợ đồng bào dân tộc thiểu số",
E("doi_thoai", "2023", "2023-11-02"),
[P("Phạm Văn Tuấn", "Phó Chủ tịch - Trưởng ban Dân tộc, Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hà Văn Ngãi", "HUV", "Phó Chủ tịch UBND huyện Mường Lát"),
 P("Lương Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Thao Văn Mua", "Chủ tịch UBND xã Trung Lý"),
 P("Lò Văn Pâng", "người dân bản Pá Quăn"),
 P("Thao Thị Dợ")],
[Q("162 đại biểu", 162, "đại biểu"),
 Q("186,4 tỷ đồng", 186400000000, "đồng"),
 Q("58%", 58, "%"),
 Q("312 hộ", 312, "hộ"),
 Q("146 hộ", 146, "hộ"),
 Q("40 triệu đồng/hộ", 40000000, "đồng"),
 Q("19 ý kiến", 19, "ý kiến"),
 Q("57 hộ", 57, "hộ"),
 Q("17/19 ý kiến", 17, "ý kiến"),
 Q("2 xã", 2, "xã")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg"),
 D("Kế hoạch", "125", "KH-MTTQ-BTT", "2023-09-18", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 125/KH-MTTQ-BTT"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Pù Nhi")],
["ỦY BAN MTTQ VIỆT NAM TỈNH THANH HÓA", "Trang chủ | Tin tức | Dân chủ - Pháp luật",
 "Ông Lò Văn Pâng, người dân bản Pá Quăn, nêu ý kiến tại hội nghị. Ảnh: Lê Hà",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "bản Cơm", "Lượt xem: 1.319"],
["03/11/2023 - 17:10", "năm 2023", "tháng 10", "tháng 6", "ngày 30/11/2023", "Lượt xem: 1.319"]))

PAGES.append(page("b617-nghean-bdv-tongket-2024", """
BAN DÂN VẬN TỈNH ỦY NGHỆ AN
Trang thông tin điện tử
Hôm nay: Thứ Hai, 23/12/2024
You are here: Trang chủ > Tin tức > Hoạt động dân vận
Cập nhật: 09:42, 20/12/2024 (GMT+7)
Khối dân vận tỉnh triển khai nhiệm vụ năm 2025
Chiều 19/12, Ban Dân vận Tỉnh ủy Nghệ An tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Dự hội nghị có đồng chí Nguyễn Văn Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí: Lương Thị Thanh, Vi Văn Sơn, Trần Thị Kim Oanh - Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Võ Thị Minh Sinh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh.
Các đại biểu dự hội nghị tại điểm cầu tỉnh. Ảnh: Thành Chung
Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới 21 điểm cầu huyện, thành phố, thị xã với hơn 650 đại biểu tham dự. Năm 2024, các cấp ủy đã lãnh đạo thực hiện hiệu quả Quyết định 23-QĐ/TW của Ban Chấp hành Trung ương về Quy chế công tác dân vận của hệ thống chính trị, Chỉ thị 29, 30-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc thiểu số miền Tây Nghệ An.
Phong trào "Dân vận khéo" có 3.416 mô hình, điển hình được công nhận; nhân dân hiến 126.000 m2 đất, đóng góp trên 318 tỷ đồng xây dựng nông thôn mới. Cả tỉnh hoàn thành hỗ trợ xóa 1.872 căn nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo, đạt 104% kế hoạch.
Tại hội nghị, đồng chí Lô Thị Kim Ngân, Bí thư Huyện ủy Con Cuông, chia sẻ kinh nghiệm vận động đồng bào Thái, Đan Lai ở xã Môn Sơn ổn định sản xuất. Ông Moong Văn Sợi, người có uy tín bản Huồi Thum, xã Nậm Càn (huyện Kỳ Sơn), người dân tộc Khơ Mú, kể việc vận động 16 hộ trong bản không tái trồng cây thuốc phiện.
Kết luận hội nghị, đồng chí Nguyễn Văn Hải đề nghị năm 2025 tập trung làm tốt công tác dân vận trong thực hiện chủ trương sắp xếp tổ chức bộ máy của hệ thống chính trị theo tinh thần Nghị quyết số 18-NQ/TW, nắm chắc tình hình tư tưởng của cán bộ, đảng viên và nhân dân. Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 20 tập thể, 28 cá nhân có thành tích xuất sắc.
Các ý kiến tại hội nghị cũng đề xuất tăng cường đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân ở những nơi có dự án thu hồi đất, tái định cư; phát huy vai trò của già làng, trưởng bản, chức sắc tôn giáo trong tuyên truyền, vận động nhân dân chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước.
Thành Chung
Lượt xem: 2.054
Bài viết liên quan
- Kỳ Sơn: phát huy vai trò người có uy tín trong vùng đồng bào dân tộc (10/12/2024)
- Hội thi "Dân vận khéo" khối doanh nghiệp năm 2024 (02/12/2024)
- Quế Phong: khởi công xây dựng 45 nhà ở cho hộ nghèo (25/11/2024)
- Tổng kết 10 năm thực hiện Nghị quyết 25 tại Tương Dương (15/11/2024)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy Khối doanh nghiệp tỉnh (08/11/2024)
""", "2024-12-20", "Khối dân vận tỉnh triển khai nhiệm vụ năm 2025",
E("tong_ket", "2024", "2024-12-19"),
[P("Nguyễn Văn Hải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Thị Thanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Sơn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Kim Oanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Thị Minh Sinh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lô Thị Kim Ngân", "Bí thư Huyện ủy Con Cuông"),
 P("Moong Văn Sợi", "người có uy tín bản Huồi Thum")],
[Q("21 điểm cầu", 21, "điểm cầu"),
 Q("hơn 650 đại biểu", 650, "đại biểu", "over"),
 Q("3.416 mô hình", 3416, "mô hình"),
 Q("126.000 m2", 126000, "m2"),
 Q("trên 318 tỷ đồng", 318000000000, "đồng", "over"),
 Q("1.872 căn nhà tạm, nhà dột nát", 1872, "căn nhà tạm, nhà dột nát"),
 Q("104%", 104, "%"),
 Q("16 hộ", 16, "hộ"),
 Q("20 tập thể", 20, "tập thể"),
 Q("28 cá nhân", 28, "cá nhân")],
[D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định 23-QĐ/TW"),
 D("Chỉ thị", "29", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 29, 30-CT/TU"),
 D("Chỉ thị", "30", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 29, 30-CT/TU"),
 D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết số 18-NQ/TW")],
[prov("Nghệ An"), com("Môn Sơn"), com("Nậm Càn")],
["BAN DÂN VẬN TỈNH ỦY NGHỆ AN", "You are here: Trang chủ > Tin tức > Hoạt động dân vận",
 "Các đại biểu dự hội nghị tại điểm cầu tỉnh. Ảnh: Thành Chung", "Dân vận khéo", "bản Huồi Thum", "Lượt xem: 2.054"],
["Hôm nay: Thứ Hai, 23/12/2024", "Cập nhật: 09:42, 20/12/2024 (GMT+7)", "năm 2024", "năm 2025", "Lượt xem: 2.054"]))

PAGES.append(page("b618-hatinh-lhpn-giaoban-2025", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ TĨNH
Trang chủ » Tin tức - Sự kiện » Hoạt động Hội
09/04/2025 16:45
Hội LHPN tỉnh giao ban công tác quý I
Sáng 08/4/2025, Ban Thường vụ Hội LHPN tỉnh Hà Tĩnh tổ chức hội nghị giao ban công tác Hội quý I/2025, triển khai nhiệm vụ trọng tâm quý II. Bà Trần Thị Thu Hà, Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị; cùng dự có các bà: Nguyễn Thị Mai Hương, Lê Thị Thanh Tâm - Phó Chủ tịch Hội LHPN tỉnh và chủ tịch Hội LHPN 13 huyện, thị xã, thành phố.
Bà Trần Thị Thu Hà phát biểu kết luận. Ảnh: Ngọc Ánh
Trong quý I, các cấp Hội đã tổ chức 426 buổi sinh hoạt chuyên đề với 21.380 lượt hội viên tham gia; kết nạp mới 1.120 hội viên; trao 560 suất quà Tết cho phụ nữ nghèo, tổng trị giá 280 triệu đồng. Hội tiếp tục triển khai Đề án 939 "Hỗ trợ phụ nữ khởi nghiệp" và Kế hoạch số 08/KH-HPN ngày 15/01/2025 của Ban Thường vụ Hội LHPN tỉnh về thực hiện Chỉ thị 21-CT/TW của Ban Bí thư về tiếp tục đổi mới, nâng cao chất lượng, hiệu quả công tác phụ nữ trong tình hình mới.
Chương trình "Mái ấm tình thương" hỗ trợ xây mới 18 căn nhà cho phụ nữ nghèo, mỗi căn 50 triệu đồng. Các cấp Hội tích cực tham gia phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", vận động được 1,35 tỷ đồng.
Về chủ trương sắp xếp, tinh gọn tổ chức bộ máy, bà Lê Thị Thanh Tâm thông tin dự kiến phương án sắp xếp Hội LHPN cấp xã sau khi không tổ chức cấp huyện. Bà Phan Thị Lài, Chủ tịch Hội LHPN xã Kỳ Lạc (huyện Kỳ Anh), đề nghị sớm có hướng dẫn về chế độ đối với cán bộ Hội dôi dư. Bà Hồ Thị Mến, Chủ tịch Hội LHPN xã Hương Liên (huyện Hương Khê), người dân tộc Chứt, kiến nghị quan tâm hơn đến phụ nữ bản Rào Tre.
Kết luận hội nghị, bà Trần Thị Thu Hà yêu cầu các cấp Hội giữ ổn định tư tưởng cán bộ, hội viên; hoàn thành chỉ tiêu giúp 95 hộ phụ nữ nghèo thoát nghèo trong năm 2025.
Hội nghị cũng dành thời gian trao đổi về công tác nắm bắt dư luận xã hội trong hội viên phụ nữ trước những thay đổi lớn về tổ chức bộ máy; thống nhất giao Văn phòng Hội LHPN tỉnh tổng hợp ý kiến của các cơ sở Hội để báo cáo Tỉnh ủy. Các đại biểu cũng góp ý vào dự thảo kế hoạch tổ chức các hoạt động kỷ niệm 95 năm Ngày thành lập Hội LHPN Việt Nam, dự kiến tổ chức vào tháng 10 năm nay với nhiều hoạt động thiết thực hướng về cơ sở.
Ngọc Ánh
Lượt xem: 811
Tin liên quan
- Hội thi "Phụ nữ Hà Tĩnh duyên dáng áo dài" (26/03/2025)
- Hương Sơn: ra mắt mô hình "Chi hội phụ nữ 5 không, 3 sạch" (18/03/2025)
- Kỷ niệm 115 năm Ngày Quốc tế Phụ nữ 8/3 (07/03/2025)
- Hội LHPN tỉnh trao sinh kế cho phụ nữ khó khăn huyện Vũ Quang (25/02/2025)
""", "2025-04-09", "Hội LHPN tỉnh giao ban công tác quý I",
E("giao_ban", "2025-Q1", "2025-04-08"),
[P("Trần Thị Thu Hà", "Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam", "Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Mai Hương", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lê Thị Thanh Tâm", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Phan Thị Lài", "Chủ tịch Hội LHPN xã Kỳ Lạc"),
 P("Hồ Thị Mến", "Chủ tịch Hội LHPN xã Hương Liên")],
[Q("426 buổi sinh hoạt chuyên đề", 426, "buổi sinh hoạt chuyên đề"),
 Q("21.380 lượt hội viên", 21380, "lượt hội viên"),
 Q("1.120 hội viên", 1120, "hội viên"),
 Q("560 suất quà Tết", 560, "suất quà Tết"),
 Q("280 triệu đồng", 280000000, "đồng"),
 Q("18 căn nhà", 18, "căn nhà"),
 Q("50 triệu đồng", 50000000, "đồng"),
 Q("1,35 tỷ đồng", 1350000000, "đồng"),
 Q("95 hộ phụ nữ nghèo", 95, "hộ phụ nữ nghèo"),
 Q("13 huyện, thị xã, thành phố", 13, "huyện, thị xã, thành phố")],
[D("Đề án", "939", None, None, None, "Đề án 939"),
 D("Kế hoạch", "08", "KH-HPN", "2025-01-15", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 08/KH-HPN"),
 D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị 21-CT/TW")],
[prov("Hà Tĩnh"), com("Kỳ Lạc"), com("Hương Liên")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ TĨNH", "Trang chủ » Tin tức - Sự kiện » Hoạt động Hội",
 "Bà Trần Thị Thu Hà phát biểu kết luận. Ảnh: Ngọc Ánh", "Hỗ trợ phụ nữ khởi nghiệp", "Mái ấm tình thương",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "bản Rào Tre", "Lượt xem: 811"],
["09/04/2025 16:45", "quý I/2025", "quý II", "năm 2025", "95 năm", "tháng 10", "Lượt xem: 811"]))

PAGES.append(page("b619-quangninh-mttq-taphuan-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NINH
Trang chủ >> Tin hoạt động >> Mặt trận cơ sở
12.08.2025 | 15:30
Bồi dưỡng nghiệp vụ cho cán bộ Mặt trận các xã, phường, đặc khu
Trong 2 ngày 11 và 12/8/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh tổ chức lớp tập huấn nghiệp vụ công tác Mặt trận năm 2025 cho 204 học viên là chủ tịch, phó chủ tịch Ủy ban MTTQ và trưởng các đoàn thể chính trị - xã hội của 54 xã, phường, đặc khu sau sắp xếp đơn vị hành chính.
Bà Vi Thị Hạnh phát biểu khai mạc lớp tập huấn. Ảnh: Thu Nguyệt
Dự khai mạc có bà Vi Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lê Thị Thu Phương, Triệu Văn Ngàn, Lỷ Văn Sình. Trong đó, đồng chí Lê Thị Thu Phương đồng thời là Chủ tịch Hội LHPN tỉnh; đồng chí Triệu Văn Ngàn là Bí thư Tỉnh đoàn.
Học viên được nghe quán triệt Kết luận 177, 178-KL/TW của Bộ Chính trị, Ban Bí thư về tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị; Hướng dẫn số 27/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về tổ chức bộ máy của Ủy ban MTTQ cấp xã; kỹ năng giám sát, phản biện xã hội và tiếp nhận ý kiến, kiến nghị của cử tri khi vận hành chính quyền địa phương 2 cấp.
Theo báo cáo, sau sắp xếp, toàn tỉnh có 1.428 Ban công tác Mặt trận ở thôn, khu phố; đội ngũ cán bộ Mặt trận cấp xã có 486 người, trong đó 37% là người dân tộc thiểu số. Ngay từ tháng 7, các xã, phường, đặc khu đã tiếp nhận và xử lý 312 ý kiến của nhân dân liên quan đến thủ tục hành chính. Quỹ "Vì người nghèo" tỉnh hỗ trợ 3,2 tỷ đồng để xây nhà cho 64 hộ ở vùng đồng bào Dao.
Chia sẻ tại lớp học, bà Chíu Thị Múi, Chủ tịch Ủy ban MTTQ xã Quảng Đức, cho biết xã mới có diện tích lớn, nhiều thôn vùng cao, nên cán bộ phải "bám thôn, bám hộ". Ông Hoàng Văn Pẩu, Chủ tịch Ủy ban MTTQ phường Hạ Long, mong được tập huấn thêm kỹ năng số. Kết thúc lớp học, 100% học viên hoàn thành bài thu hoạch.
Phát biểu bế mạc, bà Vi Thị Hạnh đề nghị cán bộ Mặt trận cơ sở vận dụng kiến thức đã học vào thực tiễn, sớm kiện toàn Ban công tác Mặt trận ở những thôn, khu phố còn thiếu trưởng ban; chủ động nắm tình hình nhân dân, nhất là ở các địa bàn có đông đồng bào dân tộc Dao, Tày, Sán Dìu sinh sống.
Thu Nguyệt
Lượt xem: 1.187
Tin liên quan
- Ra mắt Ủy ban MTTQ đặc khu Cô Tô (02/07/2025)
- Hội nghị hiệp thương cử Ban Thường trực Ủy ban MTTQ các xã, phường mới (30/06/2025)
- Bình Liêu: trao 25 nhà Đại đoàn kết cho hộ khó khăn (20/06/2025)
- Hợp nhất cơ quan Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh (05/06/2025)
- Tổng kết công tác Mặt trận huyện Tiên Yên trước khi kết thúc hoạt động cấp huyện (28/05/2025)
""", "2025-08-12", "Bồi dưỡng nghiệp vụ cho cán bộ Mặt trận các xã, phường, đặc khu",
E("tap_huan", "2025", "2025-08-11"),
[P("Vi Thị Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Thu Phương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Triệu Văn Ngàn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
 P("Lỷ Văn Sình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chíu Thị Múi", "Chủ tịch Ủy ban MTTQ xã Quảng Đức"),
 P("Hoàng Văn Pẩu", "Chủ tịch Ủy ban MTTQ phường Hạ Long")],
[Q("204 học viên", 204, "học viên"),
 Q("54 xã, phường, đặc khu", 54, "xã, phường, đặc khu"),
 Q("1.428 Ban công tác Mặt trận", 1428, "Ban công tác Mặt trận"),
 Q("486 người", 486, "người"),
 Q("37%", 37, "%"),
 Q("312 ý kiến", 312, "ý kiến"),
 Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("64 hộ", 64, "hộ"),
 Q("100% học viên", 100, "%")],
[D("Kết luận", "177", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 177, 178-KL/TW"),
 D("Kết luận", "178", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 177, 178-KL/TW"),
 D("Hướng dẫn", "27", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 27/HD-MTTW-BTT")],
[prov("Quảng Ninh"), com("Quảng Đức"), com("Hạ Long")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NINH", "Trang chủ >> Tin hoạt động >> Mặt trận cơ sở",
 "Bà Vi Thị Hạnh phát biểu khai mạc lớp tập huấn. Ảnh: Thu Nguyệt", "Vì người nghèo", "bám thôn, bám hộ", "Lượt xem: 1.187"],
["12.08.2025 | 15:30", "2 ngày", "năm 2025", "chính quyền địa phương 2 cấp", "tháng 7", "Lượt xem: 1.187"]))

PAGES.append(page("b620-tuyenquang-btgdv-giaoban-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ | Dân vận | Tin hoạt động
Thứ Năm, 09/10/2025 - 10:20
Ảnh: Hội nghị giao ban khối tuyên giáo và dân vận.
Nắm chắc tình hình nhân dân sau sáp nhập tỉnh
Ngày 08/10/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý III năm 2025 với Ủy ban MTTQ Việt Nam tỉnh và 124 xã, phường. Đây là kỳ giao ban đầu tiên kể từ khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất thành tỉnh Tuyên Quang mới.
Hội nghị do đồng chí Hầu Văn Lý, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Ma Thị Thúy, Lục Văn Thắng, Sùng Thị Mỷ; đồng chí Vương Ngọc Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Đồng chí Hầu Văn Lý phát biểu kết luận hội nghị. Ảnh: Bích Ngọc
Trong quý III, các cấp đã tổ chức 1.860 buổi tuyên truyền về hoạt động của chính quyền địa phương 2 cấp với hơn 96.000 lượt người nghe. Thực hiện Kế hoạch 05-KH/BTGDVTU ngày 18/7/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy, các xã, phường đã xây dựng 248 mô hình "Dân vận khéo". Khắc phục hậu quả bão số 10 và mưa lũ cuối tháng 9, toàn tỉnh tiếp nhận ủng hộ 27,6 tỷ đồng, hỗ trợ sửa chữa 1.245 căn nhà bị hư hỏng.
Chương trình xóa nhà tạm, nhà dột nát theo Nghị quyết 42-NQ/TW đã hoàn thành 6.380 căn nhà, trong đó khu vực tỉnh Hà Giang cũ có 4.115 căn. Các đại biểu cũng thảo luận việc thực hiện Quy định 11-QĐi/TW của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong tiếp dân, đối thoại trực tiếp với dân.
Đồng chí Giàng Seo Chứ, Bí thư Đảng ủy xã Lũng Phìn, phản ánh một số thôn vùng cao còn mất sóng điện thoại khiến việc làm thủ tục trực tuyến khó khăn. Đồng chí Nguyễn Thị Thu Trang, Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND phường Minh Xuân, đề nghị tăng cường tập huấn cho cán bộ dân vận cấp xã.
Kết luận hội nghị, đồng chí Hầu Văn Lý yêu cầu quý IV tập trung tuyên truyền Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030, kịp thời nắm bắt và giải quyết kiến nghị của nhân dân vùng bị thiệt hại do mưa lũ.
Hội nghị thống nhất giao các xã, phường rà soát, tổng hợp danh sách hộ có nhà bị sập, hư hỏng nặng do mưa lũ để Ủy ban MTTQ Việt Nam tỉnh phân bổ nguồn ủng hộ kịp thời, đúng đối tượng, công khai, minh bạch; tiếp tục phát huy vai trò người có uy tín trong vận động đồng bào di dời khỏi vùng có nguy cơ sạt lở.
Bích Ngọc
Lượt xem: 1.523
Tin liên quan
- Trao 200 suất quà cho hộ dân bị thiệt hại do lũ ở xã Mậu Duệ (02/10/2025)
- Ra mắt mô hình "Dân vận khéo" tại phường Hà Giang 1 (25/09/2025)
- Hội nghị quán triệt các văn bản của Trung ương về công tác dân vận (15/09/2025)
""", "2025-10-09", "Nắm chắc tình hình nhân dân sau sáp nhập tỉnh",
E("giao_ban", "2025-Q3", "2025-10-08"),
[P("Hầu Văn Lý", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ma Thị Thúy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lục Văn Thắng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Thị Mỷ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vương Ngọc Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giàng Seo Chứ", "Bí thư Đảng ủy xã Lũng Phìn"),
 P("Nguyễn Thị Thu Trang", "Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND phường Minh Xuân")],
[Q("124 xã, phường", 124, "xã, phường"),
 Q("1.860 buổi tuyên truyền", 1860, "buổi tuyên truyền"),
 Q("hơn 96.000 lượt người", 96000, "lượt người", "over"),
 Q("248 mô hình", 248, "mô hình"),
 Q("27,6 tỷ đồng", 27600000000, "đồng"),
 Q("1.245 căn nhà", 1245, "căn nhà"),
 Q("6.380 căn nhà", 6380, "căn nhà"),
 Q("4.115 căn", 4115, "căn")],
[D("Kế hoạch", "05", "KH/BTGDVTU", "2025-07-18", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 05-KH/BTGDVTU"),
 D("Nghị quyết", "42", "NQ/TW", None, None, "Nghị quyết 42-NQ/TW"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định 11-QĐi/TW")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Phìn"), com("Minh Xuân")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ | Dân vận | Tin hoạt động",
 "Ảnh: Hội nghị giao ban khối tuyên giáo và dân vận.", "Đồng chí Hầu Văn Lý phát biểu kết luận hội nghị. Ảnh: Bích Ngọc",
 "Dân vận khéo", "Lượt xem: 1.523"],
["Thứ Năm, 09/10/2025 - 10:20", "quý III năm 2025", "chính quyền địa phương 2 cấp", "bão số 10", "tháng 9", "quý IV",
 "nhiệm kỳ 2025 - 2030", "Lượt xem: 1.523"]))
