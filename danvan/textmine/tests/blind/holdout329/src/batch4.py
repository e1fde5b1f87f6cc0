from lib import *
PAGES = []

PAGES.append(page("b7871-hanoi-dongda-hoinghi-2025", """
ĐỐNG ĐA - CỔNG THÔNG TIN ĐIỆN TỬ QUẬN ĐỐNG ĐA
Trang chủ > Tin tức > Chính trị - Xã hội
Thứ Ba, 22/04/2025 - 15:45
Ảnh: Các đại biểu bấm nút phát động phong trào.
Đống Đa phát động xây dựng tuyến phố văn minh, vỉa hè thông thoáng
Chiều 21/4, Quận ủy, UBND, Ủy ban MTTQ Việt Nam quận Đống Đa (Hà Nội) tổ chức hội nghị phát động phong trào "Tuyến phố văn minh, vỉa hè thông thoáng" năm 2025. Dự hội nghị có đồng chí Đặng Minh Khôi, Thành ủy viên, Bí thư Quận ủy Đống Đa; đồng chí Lê Thị Thanh Hoa, Phó Bí thư Quận ủy, Chủ tịch UBND quận; các đồng chí Phó Chủ tịch UBND quận Nguyễn Hữu Lộc, Phạm Thu Trang cùng gần 400 đại biểu đại diện các phường, tổ dân phố.
Theo báo cáo, thực hiện Chỉ thị số 24-CT/TU ngày 12/6/2023 của Ban Thường vụ Thành ủy về tăng cường quản lý trật tự đô thị, năm 2024 quận đã lập lại trật tự trên 98 tuyến phố, giải tỏa 6.412 điểm lấn chiếm, xử phạt 2.305 trường hợp với số tiền khoảng 4,6 tỷ đồng. Quận có 21 phường với 488 tổ dân phố; đến nay 63 tuyến phố được công nhận tuyến phố văn minh, trong đó phường Văn Miếu và phường Quốc Tử Giám có tỷ lệ cao nhất.
Năm 2025, quận đặt mục tiêu mỗi phường có ít nhất 2 tuyến phố văn minh mới; không dưới 95% hộ kinh doanh mặt phố ký cam kết; xử lý dứt điểm 100% điểm tái lấn chiếm kéo dài. Theo Kế hoạch số 96/KH-UBND ngày 8/4/2025 của UBND quận, mỗi tuyến được công nhận sẽ được hỗ trợ 50 triệu đồng để lắp đặt camera, biển chỉ dẫn, cây xanh.
Đại diện các phường, bà Hoàng Thị Ngọc Mai, Bí thư Đảng ủy phường Hàng Bột, cho biết phường đã vận động 134 hộ trên phố Tôn Đức Thắng, Cát Linh thu dọn biển quảng cáo, mái che lấn chiếm, không để xảy ra khiếu kiện. Ông Nguyễn Văn Tiệp, Trưởng ban công tác Mặt trận tổ dân phố số 9, phường Văn Miếu, đề nghị bố trí điểm trông giữ xe cho khách tham quan khu di tích Văn Miếu - Quốc Tử Giám.
Phát biểu phát động, đồng chí Đặng Minh Khôi lưu ý, trong bối cảnh thực hiện Nghị quyết số 60-NQ/TW của BCH Trung ương về sắp xếp tổ chức bộ máy, đơn vị hành chính, các phường sắp tổ chức lại nhưng công tác quản lý trật tự đô thị không được buông lỏng, "việc hôm nay không để ngày mai". Đồng chí đề nghị cán bộ, đảng viên gương mẫu, vận động gia đình chấp hành trước.
Tại hội nghị, đại diện 21 phường đã ký giao ước thi đua; Ủy ban MTTQ Việt Nam quận ra mắt 12 tổ giám sát cộng đồng về trật tự đô thị.
Minh Anh
Tin liên quan
- Phường Trung Phụng ra quân lập lại trật tự ngõ phố (15/04/2025)
- Đống Đa tổng kết công tác dân vận năm 2024 (26/12/2024)
- Vận động hộ kinh doanh phố Khâm Thiên sử dụng vỉa hè đúng quy định (10/12/2024)
- Hội nghị giao ban công tác Mặt trận quý I năm 2025 (28/03/2025)
""", "2025-04-22", "Đống Đa phát động xây dựng tuyến phố văn minh, vỉa hè thông thoáng",
E("hoi_nghi", "2025", "2025-04-21"),
[P("Đặng Minh Khôi", "Thành ủy viên", "Bí thư Quận ủy Đống Đa"),
 P("Lê Thị Thanh Hoa", "Phó Bí thư Quận ủy", "Chủ tịch UBND quận"),
 P("Nguyễn Hữu Lộc", "Phó Chủ tịch UBND quận"),
 P("Phạm Thu Trang", "Phó Chủ tịch UBND quận"),
 P("Hoàng Thị Ngọc Mai", "Bí thư Đảng ủy phường Hàng Bột"),
 P("Nguyễn Văn Tiệp", "Trưởng ban công tác Mặt trận tổ dân phố số 9")],
[Q("gần 400 đại biểu", 400, "đại biểu", "approx"), Q("98 tuyến phố", 98, "tuyến phố"),
 Q("6.412 điểm lấn chiếm", 6412, "điểm lấn chiếm"), Q("2.305 trường hợp", 2305, "trường hợp"),
 Q("khoảng 4,6 tỷ đồng", 4600000000, "đồng", "approx"), Q("21 phường", 21, "phường"), Q("488 tổ dân phố", 488, "tổ dân phố"),
 Q("63 tuyến phố", 63, "tuyến phố"), Q("ít nhất 2 tuyến phố văn minh mới", 2, "tuyến phố văn minh mới", "over"),
 Q("không dưới 95%", 95, "%", "over"), Q("100%", 100, "%"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("134 hộ", 134, "hộ"), Q("12 tổ giám sát cộng đồng", 12, "tổ giám sát cộng đồng")],
[D("Chỉ thị", "24", "CT/TU", "2023-06-12", "Ban Thường vụ Thành ủy", "Chỉ thị số 24-CT/TU ngày 12/6/2023"),
 D("Kế hoạch", "96", "KH-UBND", "2025-04-08", "UBND quận", "Kế hoạch số 96/KH-UBND ngày 8/4/2025"),
 D("Nghị quyết", "60", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 60-NQ/TW")],
[prov("Hà Nội"), com("Văn Miếu"), com("Quốc Tử Giám"), com("Hàng Bột")],
["ĐỐNG ĐA - CỔNG THÔNG TIN ĐIỆN TỬ QUẬN ĐỐNG ĐA", "Trang chủ > Tin tức > Chính trị - Xã hội",
 "Ảnh: Các đại biểu bấm nút phát động phong trào.", "Tuyến phố văn minh, vỉa hè thông thoáng",
 "việc hôm nay không để ngày mai", "Văn Miếu - Quốc Tử Giám", "Tôn Đức Thắng", "Cát Linh"],
["Thứ Ba, 22/04/2025 - 15:45", "năm 2025", "năm 2024", "Năm 2025", "tổ dân phố số 9"]))

PAGES.append(page("b7872-tuyenquang-minhxuan-giaoban-q3-2025", """
ĐẢNG ỦY PHƯỜNG MINH XUÂN - TỈNH TUYÊN QUANG
Trang chủ › Tin tức › Hoạt động khối dân vận
Thứ Sáu, 03/10/2025, 08:05
Khối dân vận phường Minh Xuân giao ban quý III
Ngày 02/10/2025, Đảng ủy phường Minh Xuân tổ chức hội nghị giao ban công tác dân vận quý III năm 2025 - quý đầu tiên sau khi phường mới đi vào hoạt động theo mô hình chính quyền địa phương hai cấp. Đồng chí Ma Thị Hằng, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường chủ trì; dự có đồng chí Hoàng Văn Chiến, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Đồng chí Ma Thị Hằng phát biểu kết luận giao ban.
Theo báo cáo, sau sắp xếp, phường Minh Xuân có 58 tổ dân phố với trên 11.200 hộ. Thực hiện Kế hoạch số 15-KH/ĐU ngày 10/7/2025 của Đảng ủy phường về xây dựng "Tuyến phố văn minh, thân thiện", khối dân vận đã phối hợp tổ chức 64 buổi tuyên truyền ở khu dân cư; vận động 1.215 hộ kinh doanh trên các tuyến Quang Trung, Tân Trào thu dọn hàng hóa, trả lại lối đi; tháo dỡ 176 biển quảng cáo, 52 mái che lấn chiếm. Có 7 tuyến phố được Đảng ủy phường chọn làm điểm.
Các đồng chí Ủy viên Ban Thường vụ Đảng ủy phường: Lý Thị Dung, Nông Văn Thái đã trực tiếp dự sinh hoạt với các tổ dân phố khó khăn. Đồng chí Triệu Thị Mến, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội Liên hiệp Phụ nữ phường, cho biết Mặt trận đã lập 12 tổ giám sát trật tự đô thị ở cộng đồng, tiếp nhận 37 phản ánh qua ứng dụng "Tuyên Quang Smart", đã xử lý 34 phản ánh.
Ý kiến tại giao ban đề nghị Đảng ủy sớm thống nhất quy chế phối hợp giữa khối dân vận với UBND phường sau sắp xếp; có giải pháp cho khoảng 90 người bán hàng rong ở khu vực chợ Tam Cờ. Đồng chí Hoàng Văn Chiến cho biết Ban Tuyên giáo và Dân vận Tỉnh ủy đang tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 03, 04-CT/TU về công tác dân vận ở phường, xã mới và về xây dựng đô thị văn minh, đồng thời đề nghị phường phối hợp chặt chẽ với phường Hà Giang 1, phường An Tường để trao đổi kinh nghiệm.
Kết luận, đồng chí Ma Thị Hằng yêu cầu quý IV tập trung thực hiện Quy định số 03-QĐ/ĐU của Đảng ủy phường về trách nhiệm của cán bộ, đảng viên nơi cư trú; phấn đấu đến cuối năm có trên 80% tuyến phố làm điểm đạt chuẩn; mỗi chi bộ tổ dân phố có ít nhất 1 mô hình "Dân vận khéo" về trật tự, văn minh đô thị.
Thu Hà
Tin liên quan
- Phường Minh Xuân ra mắt tổ giám sát cộng đồng (20/09/2025)
- Tuyên Quang: hướng dẫn công tác dân vận ở phường, xã mới (05/09/2025)
- Phường Nông Tiến vận động hộ dân giữ gìn vỉa hè (25/08/2025)
- Ra mắt Ban Tuyên giáo và Dân vận Đảng ủy các xã, phường (15/07/2025)
- Phường Hà Giang 2 tổ chức ngày hội "Tuyến phố văn minh" (30/07/2025)
""", "2025-10-03", "Khối dân vận phường Minh Xuân giao ban quý III",
E("giao_ban", "2025-Q3", "2025-10-02"),
[P("Ma Thị Hằng", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường"),
 P("Hoàng Văn Chiến", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lý Thị Dung", "Ủy viên Ban Thường vụ Đảng ủy phường"),
 P("Nông Văn Thái", "Ủy viên Ban Thường vụ Đảng ủy phường"),
 P("Triệu Thị Mến", "Ủy viên Ban Thường vụ Đảng ủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Liên hiệp Phụ nữ phường")],
[Q("58 tổ dân phố", 58, "tổ dân phố"), Q("trên 11.200 hộ", 11200, "hộ", "over"), Q("64 buổi tuyên truyền", 64, "buổi tuyên truyền"),
 Q("1.215 hộ kinh doanh", 1215, "hộ kinh doanh"), Q("176 biển quảng cáo", 176, "biển quảng cáo"),
 Q("52 mái che", 52, "mái che"), Q("7 tuyến phố", 7, "tuyến phố"), Q("12 tổ giám sát trật tự đô thị", 12, "tổ giám sát trật tự đô thị"),
 Q("37 phản ánh", 37, "phản ánh"), Q("34 phản ánh", 34, "phản ánh"), Q("khoảng 90 người bán hàng rong", 90, "người", "approx"),
 Q("trên 80%", 80, "%", "over"), Q("ít nhất 1 mô hình", 1, "mô hình", "over")],
[D("Kế hoạch", "15", "KH/ĐU", "2025-07-10", "Đảng ủy phường", "Kế hoạch số 15-KH/ĐU ngày 10/7/2025"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Quy định", "03", "QĐ/ĐU", None, "Đảng ủy phường", "Quy định số 03-QĐ/ĐU")],
[prov("Tuyên Quang"), com("Minh Xuân"), com("Hà Giang 1"), com("An Tường")],
["ĐẢNG ỦY PHƯỜNG MINH XUÂN - TỈNH TUYÊN QUANG", "Trang chủ › Tin tức › Hoạt động khối dân vận",
 "Đồng chí Ma Thị Hằng phát biểu kết luận giao ban.", "Tuyến phố văn minh, thân thiện", "Tuyên Quang Smart", "Dân vận khéo",
 "Quang Trung", "Tân Trào", "chợ Tam Cờ"],
["Thứ Sáu, 03/10/2025, 08:05", "quý III năm 2025", "quý đầu tiên", "hai cấp", "quý IV"]))

PAGES.append(page("b7873-vinhlong-anhoi-doithoai-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Thời sự › Chính quyền cơ sở
Cập nhật ngày 05 tháng 12 năm 2025
Người đứng đầu phường An Hội đối thoại với nhân dân về trật tự vỉa hè, lòng đường
Sáng 4/12, Đảng ủy, UBND phường An Hội (tỉnh Vĩnh Long) tổ chức hội nghị đối thoại năm 2025 giữa người đứng đầu cấp ủy, chính quyền với nhân dân về chủ đề "Trật tự đô thị - vỉa hè văn minh". Chủ trì có đồng chí Huỳnh Văn Lợi, Bí thư Đảng ủy, Chủ tịch HĐND phường và bà Thạch Thị Sà Phol, Chủ tịch UBND phường, cùng hơn 150 đại biểu là người dân, hộ kinh doanh trên địa bàn.
Quang cảnh buổi đối thoại.
Phường An Hội được thành lập trên cơ sở sắp xếp các phường An Hội, Phú Khương, Phú Tân và một phần phường 8 của thành phố Bến Tre cũ, có 46 khu phố với gần 17.000 hộ. Từ ngày 1/7/2025, phường đã ra quân 28 đợt lập lại trật tự vỉa hè quanh chợ Bến Tre và các tuyến Hùng Vương, Đồng Khởi; vận động 612 hộ tự tháo dỡ mái che, bục bệ lấn chiếm, lập biên bản 94 trường hợp tái vi phạm.
Tại hội nghị có 23 ý kiến phát biểu. Ông Võ Văn Út, khu phố 3, đề nghị phường bố trí bãi giữ xe quanh chợ vì hiện xe máy phải đậu dưới lòng đường. Bà Lê Thị Kim Chi, khu phố 12, phản ánh có hộ kinh doanh cà phê kê bàn ghế lấn hết vỉa hè vào buổi tối. Ông Kim Sóc Phươl, đại diện đồng bào Khmer buôn bán nhỏ ở chợ, mong được ưu tiên thuê sạp với giá thấp.
Trả lời, bà Thạch Thị Sà Phol cho biết phường đang thực hiện Kế hoạch số 48/KH-UBND ngày 15/9/2025 của UBND phường, sẽ đưa vào sử dụng 2 bãi giữ xe với diện tích khoảng 1.800 m2 trước Tết Nguyên đán; dành 30 sạp giá ưu đãi, giảm 50% tiền thuê trong năm đầu cho người buôn bán nhỏ khó khăn. Phường cũng công khai đường dây nóng để người dân phản ánh vi phạm trong vòng 24 giờ.
Đồng chí Huỳnh Văn Lợi đề nghị các chi bộ khu phố, Ủy ban MTTQ Việt Nam phường thực hiện nghiêm Kết luận số 12-KL/ĐU của Ban Thường vụ Đảng ủy phường và Hướng dẫn số 05-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về đối thoại giữa người đứng đầu với nhân dân; các ý kiến chưa trả lời được sẽ được phường trả lời bằng văn bản trong 15 ngày.
Kết thúc đối thoại, 100% hộ kinh doanh tham dự ký cam kết giữ gìn trật tự vỉa hè. Phường đồng thời biểu dương 15 hộ kinh doanh tiêu biểu, trao mỗi hộ 1 triệu đồng.
Thanh Tâm
Các tin khác
- Phường Phú Tân ra mắt tuyến đường "Sáng - Xanh - Sạch - Đẹp" (28/11/2025)
- Vĩnh Long: hướng dẫn đối thoại ở xã, phường mới (20/11/2025)
- Phường Sơn Đông vận động người dân hiến đất mở hẻm (12/11/2025)
- Phường Trà Vinh giao ban khối dân vận quý III (10/10/2025)
- Phường Long Châu lập lại trật tự vỉa hè khu vực bến xe (02/10/2025)
""", "2025-12-05", "Người đứng đầu phường An Hội đối thoại với nhân dân về trật tự vỉa hè, lòng đường",
E("doi_thoai", "2025", "2025-12-04"),
[P("Huỳnh Văn Lợi", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
 P("Thạch Thị Sà Phol", "Chủ tịch UBND phường"),
 P("Võ Văn Út"), P("Lê Thị Kim Chi"), P("Kim Sóc Phươl")],
[Q("hơn 150 đại biểu", 150, "đại biểu", "over"), Q("46 khu phố", 46, "khu phố"), Q("gần 17.000 hộ", 17000, "hộ", "approx"),
 Q("28 đợt", 28, "đợt"), Q("612 hộ", 612, "hộ"), Q("94 trường hợp", 94, "trường hợp"), Q("23 ý kiến", 23, "ý kiến"),
 Q("2 bãi giữ xe", 2, "bãi giữ xe"), Q("khoảng 1.800 m2", 1800, "m2", "approx"), Q("30 sạp", 30, "sạp"), Q("50%", 50, "%"),
 Q("100%", 100, "%"), Q("15 hộ kinh doanh tiêu biểu", 15, "hộ kinh doanh tiêu biểu"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "48", "KH-UBND", "2025-09-15", "UBND phường", "Kế hoạch số 48/KH-UBND ngày 15/9/2025"),
 D("Kết luận", "12", "KL/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kết luận số 12-KL/ĐU"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BTGDVTU")],
[prov("Vĩnh Long"), com("An Hội"), com("Phú Khương"), com("Phú Tân")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Thời sự › Chính quyền cơ sở", "Quang cảnh buổi đối thoại.", "Trật tự đô thị - vỉa hè văn minh",
 "Hùng Vương", "Đồng Khởi", "chợ Bến Tre"],
["Cập nhật ngày 05 tháng 12 năm 2025", "năm 2025", "khu phố 3", "khu phố 12", "phường 8", "24 giờ", "15 ngày", "năm đầu"]))

PAGES.append(page("b7874-lamdong-phanthiet-tongket-2025", """
Hôm nay: Thứ Năm, 15/01/2026
TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG PHAN THIẾT - TỈNH LÂM ĐỒNG
Trang chủ | Tin tức - Sự kiện | Xây dựng Đảng
Thứ Tư, 14/01/2026 - 09:10
Phường Phan Thiết triển khai nhiệm vụ năm 2026: giữ vững tuyến phố văn minh
Ngày 12/01/2026, Đảng ủy phường Phan Thiết tổ chức hội nghị tổng kết công tác dân vận và phong trào xây dựng tuyến phố văn minh năm 2025, triển khai nhiệm vụ năm 2026. Bí thư Đảng ủy phường Phan Thiết Nguyễn Hoài Nam chủ trì hội nghị. Dự có đồng chí K'Brăng Ha Thái, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí: Thông Thị Mỹ Linh, Phó Bí thư Đảng ủy phường; Lâm Văn Hải, Trưởng Ban Xây dựng Đảng Đảng ủy phường.
Các đại biểu dự hội nghị tổng kết.
Năm 2025 là năm đặc biệt khi phường Phan Thiết mới được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp 8 phường của thành phố Phan Thiết cũ, với 72 khu phố và khoảng 31.500 hộ. Thực hiện Kết luận 18, 19-KL/ĐU của Ban Thường vụ Đảng ủy phường về công tác dân vận trong chỉnh trang đô thị và về giữ gìn trật tự bờ kè sông Cà Ty, các lực lượng đã vận động 1.460 hộ kinh doanh sử dụng vỉa hè đúng quy định; giải tỏa 318 điểm lấn chiếm; xử phạt 206 trường hợp với số tiền khoảng 540 triệu đồng. Phường có 26 tuyến phố được công nhận tuyến phố văn minh, tăng 9 tuyến so với năm 2024.
Nhân dân trong phường đã đóng góp hơn 3,4 tỷ đồng để lát gạch vỉa hè, trồng 1.200 cây xanh, lắp 86 camera an ninh. Tiêu biểu là khu phố Lạc Đạo với mô hình "Vỉa hè không rác, không lấn chiếm". Ông Đàng Văn Thuận, Bí thư Chi bộ khu phố 5, người Chăm, đã vận động 43 hộ người Chăm buôn bán nhỏ quanh chợ vào các ki-ốt mới.
Đồng chí Lâm Văn Hải cho biết năm 2025 phường tiếp nhận 41 đơn thư liên quan đến trật tự đô thị, đã giải quyết 39 đơn, đạt 95,1%. Việc tổ chức 4 hội nghị đối thoại giữa người đứng đầu với nhân dân giúp tháo gỡ nhiều vướng mắc.
Phát biểu, đồng chí K'Brăng Ha Thái đề nghị phường thực hiện tốt Quyết định số 2150/QĐ-UBND của UBND tỉnh Lâm Đồng về quản lý trật tự đô thị ở các phường ven biển; phối hợp với phường Mũi Né, phường Hàm Thắng xây dựng tuyến đường ven biển văn minh phục vụ du lịch.
Kết luận hội nghị, đồng chí Nguyễn Hoài Nam yêu cầu năm 2026 mỗi khu phố có ít nhất 1 tuyến đường văn minh; phấn đấu trên 90% hộ kinh doanh ký cam kết. Dịp này, Đảng ủy phường tặng giấy khen cho 8 tập thể và 15 cá nhân có thành tích xuất sắc.
Minh Khoa
Tin liên quan
- Phường Mũi Né ra mắt mô hình "Bãi biển văn minh" (05/01/2026)
- Lâm Đồng tổng kết công tác tuyên giáo và dân vận năm 2025 (30/12/2025)
- Phường Hàm Thắng đối thoại với hộ kinh doanh (20/12/2025)
""", "2026-01-14", "Phường Phan Thiết triển khai nhiệm vụ năm 2026: giữ vững tuyến phố văn minh",
E("tong_ket", "2025", "2026-01-12"),
[P("Nguyễn Hoài Nam", "Bí thư Đảng ủy phường Phan Thiết"),
 P("K'Brăng Ha Thái", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thông Thị Mỹ Linh", "Phó Bí thư Đảng ủy phường"),
 P("Lâm Văn Hải", "Trưởng Ban Xây dựng Đảng Đảng ủy phường"),
 P("Đàng Văn Thuận", "Bí thư Chi bộ khu phố 5")],
[Q("8 phường", 8, "phường"), Q("72 khu phố", 72, "khu phố"), Q("khoảng 31.500 hộ", 31500, "hộ", "approx"),
 Q("1.460 hộ kinh doanh", 1460, "hộ kinh doanh"), Q("318 điểm lấn chiếm", 318, "điểm lấn chiếm"),
 Q("206 trường hợp", 206, "trường hợp"), Q("khoảng 540 triệu đồng", 540000000, "đồng", "approx"),
 Q("26 tuyến phố", 26, "tuyến phố"), Q("9 tuyến", 9, "tuyến"), Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"),
 Q("1.200 cây xanh", 1200, "cây xanh"), Q("86 camera an ninh", 86, "camera an ninh"), Q("43 hộ người Chăm", 43, "hộ người Chăm"),
 Q("41 đơn thư", 41, "đơn thư"), Q("39 đơn", 39, "đơn"), Q("95,1%", 95.1, "%"), Q("4 hội nghị đối thoại", 4, "hội nghị đối thoại"),
 Q("ít nhất 1 tuyến đường văn minh", 1, "tuyến đường văn minh", "over"), Q("trên 90%", 90, "%", "over"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Kết luận", "18", "KL/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kết luận 18, 19-KL/ĐU"),
 D("Kết luận", "19", "KL/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kết luận 18, 19-KL/ĐU"),
 D("Quyết định", "2150", "QĐ-UBND", None, "UBND tỉnh Lâm Đồng", "Quyết định số 2150/QĐ-UBND")],
[prov("Lâm Đồng"), com("Phan Thiết"), com("Mũi Né"), com("Hàm Thắng")],
["Hôm nay: Thứ Năm, 15/01/2026", "TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG PHAN THIẾT - TỈNH LÂM ĐỒNG",
 "Trang chủ | Tin tức - Sự kiện | Xây dựng Đảng", "Các đại biểu dự hội nghị tổng kết.", "Vỉa hè không rác, không lấn chiếm",
 "sông Cà Ty", "Lạc Đạo"],
["Hôm nay: Thứ Năm, 15/01/2026", "Thứ Tư, 14/01/2026 - 09:10", "năm 2026", "năm 2025", "Năm 2025", "năm 2024", "khu phố 5"]))

PAGES.append(page("b7875-dongnai-dongxoai-chandung-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Xã hội > Gương sáng
Thứ Tư, 18/3/2026 | 06:00
Bà Điểu Thị Nhung (bìa phải) nhắc nhở hộ kinh doanh thu gọn hàng hóa. Ảnh: Hoàng Lộc
Người "giữ vỉa hè" ở phường Đồng Xoài
Hơn 12 năm làm tổ trưởng tổ dân phố, bà Điểu Thị Nhung, người S'tiêng, Tổ trưởng tổ dân phố 4, phường Đồng Xoài (tỉnh Đồng Nai), được bà con gọi vui là người "giữ vỉa hè" của khu phố chợ.
Tổ dân phố 4 có 143 hộ, trong đó 37 hộ kinh doanh mặt tiền quanh chợ Đồng Xoài cũ. Trước đây, hàng hóa bày tràn ra vỉa hè, xe máy đậu kín lối đi, có lúc người đi bộ phải xuống lòng đường. "Nói một lần không được thì nói hai lần, nói với chủ nhà không được thì nói với con cháu họ", bà Nhung kể.
Theo ông Trần Văn Lực, Bí thư Chi bộ khu phố Tân Trà, từ khi bà Nhung làm tổ trưởng, tổ đã họp dân hơn 60 buổi về trật tự vỉa hè; vận động các hộ cùng góp khoảng 180 triệu đồng lát lại vỉa hè, trồng 250 cây sao, dầu dọc tuyến. Năm 2025, tổ dân phố 4 không có hộ nào bị xử phạt vì lấn chiếm, trong khi toàn phường có 127 trường hợp bị lập biên bản.
Cách làm của bà khá giản dị: sáng sớm đi một vòng quanh chợ, thấy hộ nào bày hàng lấn ra thì dừng lại hỏi chuyện, nhắc khéo; tối đến, bà ghé từng nhà vừa thăm hỏi vừa nói về lợi ích của vỉa hè thông thoáng. Với những hộ khó khăn, bà đề xuất tổ dân phố giúp sắp xếp lại kệ hàng, dựng mái che gọn trong phần đất nhà mình. Nhiều người ban đầu khó chịu, về sau lại chính họ nhắc nhở hàng xóm.
Không chỉ vận động, bà Nhung còn giúp những người buôn bán nhỏ có chỗ làm ăn. Bà cùng Chi hội Phụ nữ khu phố giới thiệu 9 chị em bán hàng rong vào thuê sạp trong chợ mới, đứng ra bảo lãnh để các chị vay tổng cộng 270 triệu đồng từ Quỹ hỗ trợ phụ nữ phát triển kinh tế, mỗi người từ 20 đến 40 triệu đồng.
Phó Chủ tịch UBND phường Đồng Xoài Nguyễn Thị Thúy Vy cho biết, cách làm của tổ dân phố 4 đã được phường nhân rộng ra 18 khu phố khi thực hiện Kế hoạch số 21-KH/ĐU ngày 9/9/2025 của Đảng ủy phường về xây dựng "Tuyến phố văn minh, vỉa hè thông thoáng". Sau khi hợp nhất tỉnh, phường Đồng Xoài cũng chia sẻ mô hình này với phường Bình Phước và một số phường ở khu vực phía bắc tỉnh.
Tháng 2/2026, bà Điểu Thị Nhung được Chủ tịch UBND phường tặng giấy khen theo Quyết định số 745/QĐ-UBND ngày 2/2/2026 vì có thành tích xuất sắc trong công tác vận động nhân dân giữ gìn trật tự đô thị. Bà cười: "Giấy khen là của cả tổ, tôi chỉ là người nói nhiều nhất thôi".
Hoàng Lộc
Tin liên quan
- Phường Bình Phước ra quân lập lại trật tự vỉa hè quanh chợ (10/03/2026)
- Đồng Nai biểu dương 100 gương "Dân vận khéo" năm 2025 (25/02/2026)
- Phường Trấn Biên đối thoại với hộ kinh doanh (12/02/2026)
- Những tổ trưởng tổ dân phố tận tụy (20/01/2026)
- Phường Long Khánh ra mắt tuyến phố đi bộ (15/01/2026)
""", "2026-03-18", 'Người "giữ vỉa hè" ở phường Đồng Xoài',
E("khac", None, None),
[P("Điểu Thị Nhung", "Tổ trưởng tổ dân phố 4"),
 P("Trần Văn Lực", "Bí thư Chi bộ khu phố Tân Trà"),
 P("Nguyễn Thị Thúy Vy", "Phó Chủ tịch UBND phường Đồng Xoài")],
[Q("143 hộ", 143, "hộ"), Q("37 hộ kinh doanh", 37, "hộ kinh doanh"), Q("hơn 60 buổi", 60, "buổi", "over"),
 Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"), Q("250 cây sao, dầu", 250, "cây sao, dầu"),
 Q("127 trường hợp", 127, "trường hợp"), Q("9 chị em", 9, "chị em"), Q("270 triệu đồng", 270000000, "đồng"),
 Q("20", 20000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"), Q("18 khu phố", 18, "khu phố")],
[D("Kế hoạch", "21", "KH/ĐU", "2025-09-09", "Đảng ủy phường", "Kế hoạch số 21-KH/ĐU ngày 9/9/2025"),
 D("Quyết định", "745", "QĐ-UBND", "2026-02-02", "Chủ tịch UBND phường", "Quyết định số 745/QĐ-UBND ngày 2/2/2026")],
[prov("Đồng Nai"), com("Đồng Xoài"), com("Bình Phước")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Xã hội > Gương sáng",
 "Bà Điểu Thị Nhung (bìa phải) nhắc nhở hộ kinh doanh thu gọn hàng hóa. Ảnh: Hoàng Lộc", "giữ vỉa hè",
 "Tuyến phố văn minh, vỉa hè thông thoáng", "Quỹ hỗ trợ phụ nữ phát triển kinh tế", "Tân Trà", "chợ Đồng Xoài"],
["Thứ Tư, 18/3/2026 | 06:00", "Hơn 12 năm", "tổ dân phố 4", "một lần", "hai lần", "Năm 2025", "Tháng 2/2026"]))

PAGES.append(page("b7876-gialai-pleiku-taphuan-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ >> Hoạt động >> Dân vận chính quyền
Ngày đăng 20/05/2026 | 16:20
Lớp tập huấn tại Hội trường Đảng ủy phường Diên Hồng.
Tập huấn kỹ năng vận động nhân dân giữ gìn trật tự đô thị cho cán bộ phường, xã
Trong 2 ngày 18 - 19/5/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai phối hợp với Đảng ủy phường Diên Hồng mở lớp tập huấn năm 2026 về kỹ năng vận động nhân dân giữ gìn trật tự đô thị, lòng đường, vỉa hè cho 126 học viên là cán bộ Mặt trận, công an, tổ trưởng tổ dân phố của 14 phường, xã khu vực phía tây tỉnh.
Phát biểu khai mạc, đồng chí Ksor H'Bia, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết sau hợp nhất, tỉnh có 135 xã, phường, trong đó các phường khu vực Pleiku và Quy Nhơn chịu áp lực lớn về trật tự đô thị. Năm 2025, toàn tỉnh xử lý 7.840 trường hợp lấn chiếm lòng đường, vỉa hè; có 64 tuyến phố được công nhận văn minh.
Các học viên được truyền đạt 4 chuyên đề. TS. Nguyễn Đức Phong, giảng viên Trường Chính trị tỉnh, trình bày kỹ năng tiếp xúc, thuyết phục hộ kinh doanh và người bán hàng rong, trong đó có đồng bào Jrai, Ba Na vào phố buôn bán nông sản. Thượng tá Đinh Văn Hùng, Phó Trưởng Công an phường Pleiku, giới thiệu các quy định xử phạt theo Nghị định số 168/2024/NĐ-CP của Chính phủ, mức phạt với cá nhân lấn chiếm vỉa hè để kinh doanh từ 4 đến 6 triệu đồng.
Bà Siu Thị Plưm, Chủ tịch UBND phường Diên Hồng, chia sẻ kinh nghiệm của phường: lập 11 tổ tự quản theo tuyến đường, mỗi tổ từ 10 hộ trở lên; bố trí chợ phiên cuối tuần với khoảng 120 điểm bán cho bà con từ các làng ven đô mang nông sản vào phố. Ông Rơ Mah Thoai, người có uy tín làng Plei Ốp, phường Diên Hồng, cho biết làng đã đưa quy định không bày hàng trên vỉa hè vào hương ước.
Lớp tập huấn cũng giới thiệu Quyết định số 31/2025/QĐ-UBND của UBND tỉnh về quản lý, sử dụng tạm thời lòng đường, vỉa hè và Hướng dẫn 07, 08-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác dân vận chính quyền ở xã, phường mới. Học viên thảo luận các tình huống như vận động hộ lấn chiếm lâu năm, đối thoại khi có tranh chấp vỉa hè giữa các hộ liền kề.
Bế giảng lớp học, đồng chí Ksor H'Bia đề nghị học viên vận dụng kiến thức vào thực tiễn, phấn đấu đến cuối năm 2026 không dưới 80% tuyến phố chính ở các phường đạt tiêu chí văn minh. Mỗi học viên hoàn thành khóa học được cấp giấy chứng nhận và hỗ trợ 200.000 đồng/ngày.
Các phường Quy Nhơn, Hội Phú sẽ được mở lớp tiếp theo vào tháng 6/2026.
Rơ Châm Tuyết
Tin liên quan
- Phường Quy Nhơn đối thoại với tiểu thương chợ Lớn (12/05/2026)
- Gia Lai giao ban công tác tuyên giáo và dân vận quý I năm 2026 (10/04/2026)
- Phường Pleiku ra mắt tuyến phố văn minh (25/03/2026)
""", "2026-05-20", "Tập huấn kỹ năng vận động nhân dân giữ gìn trật tự đô thị cho cán bộ phường, xã",
E("tap_huan", "2026", "2026-05-18"),
[P("Ksor H'Bia", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Đức Phong", "TS.", "giảng viên Trường Chính trị tỉnh"),
 P("Đinh Văn Hùng", "Thượng tá", "Phó Trưởng Công an phường Pleiku"),
 P("Siu Thị Plưm", "Chủ tịch UBND phường Diên Hồng"),
 P("Rơ Mah Thoai", "người có uy tín làng Plei Ốp")],
[Q("126 học viên", 126, "học viên"), Q("14 phường, xã", 14, "phường, xã"), Q("135 xã, phường", 135, "xã, phường"),
 Q("7.840 trường hợp", 7840, "trường hợp"), Q("64 tuyến phố", 64, "tuyến phố"), Q("4 chuyên đề", 4, "chuyên đề"),
 Q("4", 4000000, "đồng"), Q("6 triệu đồng", 6000000, "đồng"), Q("11 tổ tự quản", 11, "tổ tự quản"),
 Q("từ 10 hộ trở lên", 10, "hộ", "over"), Q("khoảng 120 điểm bán", 120, "điểm bán", "approx"),
 Q("không dưới 80%", 80, "%", "over"), Q("200.000 đồng/ngày", 200000, "đồng")],
[D("Nghị định", "168", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 168/2024/NĐ-CP"),
 D("Quyết định", "31", "2025/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 31/2025/QĐ-UBND"),
 D("Hướng dẫn", "07", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 07, 08-HD/BTGDVTU"),
 D("Hướng dẫn", "08", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 07, 08-HD/BTGDVTU")],
[prov("Gia Lai"), com("Diên Hồng"), com("Pleiku"), com("Quy Nhơn"), com("Hội Phú")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ >> Hoạt động >> Dân vận chính quyền",
 "Lớp tập huấn tại Hội trường Đảng ủy phường Diên Hồng.", "Plei Ốp"],
["Ngày đăng 20/05/2026 | 16:20", "2 ngày", "năm 2026", "Năm 2025", "tháng 6/2026"]))
