from lib import *
PAGES = []

PAGES.append(page("b9479-tuyenquang-btgdv-dvk-soket-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ » Chính trị » Tuyên giáo - Dân vận
Cập nhật: 15:40, 06/08/2025 (GMT+7)
Ảnh: Các đại biểu dự hội nghị tại điểm cầu tỉnh.
"Dân vận khéo" đồng hành cùng chính quyền địa phương hai cấp
(BTQ) - Ngày 5/8, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị trực tuyến sơ kết công tác dân vận và phong trào thi đua "Dân vận khéo" 6 tháng đầu năm 2025, kết nối đến 124 xã, phường. Đây là hội nghị đầu tiên của khối dân vận tỉnh sau khi hợp nhất hai tỉnh Tuyên Quang và Hà Giang. Đồng chí Vàng Seo Cường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị.
Theo báo cáo, 6 tháng đầu năm, toàn tỉnh (sau hợp nhất) có 2.318 mô hình "Dân vận khéo" được duy trì, trong đó 407 mô hình được công nhận mới. Các cấp đã vận động nhân dân hiến 38.900 m2 đất, góp 21,6 tỷ đồng cùng Nhà nước xóa 2.745 căn nhà tạm, nhà dột nát, hoàn thành trước thời hạn mục tiêu của tỉnh. Trong quá trình sắp xếp đơn vị hành chính theo Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng, khối dân vận đã tổ chức 1.140 cuộc tiếp xúc, lấy ý kiến nhân dân, với 96,8% cử tri đồng thuận.
Tại hội nghị, đồng chí Ma Thị Thúy, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, quán triệt Kế hoạch số 12-KH/BTGDVTU ngày 15/7/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về duy trì, nhân rộng mô hình "Dân vận khéo" ở các xã mới; Hướng dẫn 05, 06-HD/BTGDVTU về tiêu chí đánh giá mô hình và về khen thưởng điển hình cấp xã.
Nhiều ý kiến thảo luận sôi nổi. Đồng chí Sùng Mí Vừ, Bí thư Đảng ủy xã Lũng Cú, cho biết xã mới được hợp nhất từ ba xã cũ, địa bàn rộng, nhưng mô hình "Cột cờ Tổ quốc - cột mốc lòng dân" vẫn được duy trì, 100% hộ ở các thôn biên giới tham gia tự quản đường biên, mốc giới. Bà Bàn Thị Hương, Chủ tịch Ủy ban MTTQ Việt Nam phường Hà Giang 1, chia sẻ cách tổ dân phố vận động 215 hộ kinh doanh giữ vệ sinh phố đi bộ. Ông Lý Văn Sài, người có uy tín thôn Nặm Đăm, xã Quản Bạ, đề nghị giữ nguyên chế độ cho người có uy tín sau sắp xếp.
Phát biểu kết luận, đồng chí Vàng Seo Cường yêu cầu 6 tháng cuối năm khối dân vận bám sát cơ sở, nắm chắc tâm tư của cán bộ và nhân dân sau sắp xếp; không để gián đoạn các mô hình đang phát huy hiệu quả; thực hiện nghiêm Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị. Đồng chí đề nghị các đảng ủy xã, phường chọn ngay những "việc khó" của địa phương để đăng ký mô hình năm 2025.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 16 tập thể và 23 cá nhân có thành tích tiêu biểu trong phong trào.
Thu Phương
Lượt xem: 1.203
Tin liên quan
- Ra mắt Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang (02/07/2025)
- Xã Mèo Vạc tổ chức Đại hội Đảng bộ lần thứ I (24/07/2025)
- Người có uy tín góp sức giữ bình yên vùng biên (18/07/2025)
- Hoàn thành xóa nhà tạm trên địa bàn tỉnh (10/07/2025)
""", "2025-08-06", "\"Dân vận khéo\" đồng hành cùng chính quyền địa phương hai cấp",
E("so_ket", "2025-H1", "2025-08-05"),
[P("Vàng Seo Cường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ma Thị Thúy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Vừ", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Bàn Thị Hương", "Chủ tịch Ủy ban MTTQ Việt Nam phường Hà Giang 1"),
 P("Lý Văn Sài", "người có uy tín thôn Nặm Đăm")],
[Q("124 xã, phường", 124, "xã, phường"), Q("2.318 mô hình", 2318, "mô hình"), Q("407 mô hình", 407, "mô hình"),
 Q("38.900 m2", 38900, "m2"), Q("21,6 tỷ đồng", 21600000000, "đồng"),
 Q("2.745 căn nhà tạm, nhà dột nát", 2745, "căn nhà tạm, nhà dột nát"), Q("1.140 cuộc tiếp xúc", 1140, "cuộc tiếp xúc"),
 Q("96,8%", 96.8, "%"), Q("100%", 100, "%"), Q("215 hộ kinh doanh", 215, "hộ kinh doanh"),
 Q("16 tập thể", 16, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kế hoạch", "12", "KH/BTGDVTU", "2025-07-15", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 12-KH/BTGDVTU ngày 15/7/2025"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", None, None, "Hướng dẫn 05, 06-HD/BTGDVTU"),
 D("Hướng dẫn", "06", "HD/BTGDVTU", None, None, "Hướng dẫn 05, 06-HD/BTGDVTU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Hà Giang 1"), com("Quản Bạ")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ » Chính trị » Tuyên giáo - Dân vận", "Ảnh: Các đại biểu dự hội nghị tại điểm cầu tỉnh.",
 "(BTQ)", "Dân vận khéo", "Cột cờ Tổ quốc - cột mốc lòng dân", "việc khó", "Lượt xem: 1.203"],
["Cập nhật: 15:40, 06/08/2025 (GMT+7)", "6 tháng đầu năm 2025", "6 tháng cuối năm", "năm 2025", "ba xã", "Lượt xem: 1.203"]))

PAGES.append(page("b9480-vinhlong-btgdv-dvk-giamsat-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH VĨNH LONG
Trang chủ | Hoạt động | Kiểm tra - Giám sát
17-10-2025 | 14:20
Giám sát phong trào "Dân vận khéo" tại Đảng ủy xã Tập Sơn
Ngày 16/10/2025, Đoàn giám sát số 4 của Ban Thường vụ Tỉnh ủy Vĩnh Long do đồng chí Thạch Sô Phal, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc lãnh đạo, chỉ đạo thực hiện phong trào thi đua "Dân vận khéo" năm 2025 tại Đảng ủy xã Tập Sơn.
Đoàn giám sát làm việc với Đảng ủy xã Tập Sơn.
Xã Tập Sơn được thành lập trên cơ sở hợp nhất các xã Tập Sơn, Tân Sơn và An Quảng Hữu (trước đây thuộc tỉnh Trà Vinh), có 11.460 hộ, trong đó đồng bào Khmer chiếm 62%. Báo cáo của Đảng ủy xã cho biết, thực hiện Kế hoạch giám sát số 08-KH/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy và Hướng dẫn số 03-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, xã đã rà soát, giữ lại 36 mô hình "Dân vận khéo" của ba xã cũ, xây dựng mới 9 mô hình phù hợp với địa bàn mới.
Nổi bật là mô hình "Phum sóc bình yên" do Achar Thạch Văn Ngọt, Phó Ban quản trị chùa Sà Lôn, cùng các vị sư sãi vận động 14 chùa Phật giáo Nam tông Khmer tham gia, góp phần giảm 40% số vụ việc mâu thuẫn trong cộng đồng so với cùng kỳ; mô hình "Chi hội phụ nữ tiết kiệm" của Chi hội Phụ nữ ấp Ô Rồn đã giúp 86 hội viên vay vốn, tổng dư nợ 1,73 tỷ đồng. Trong 9 tháng, xã tổ chức 4 cuộc đối thoại giữa Bí thư Đảng ủy với nhân dân, tiếp nhận 57 ý kiến, đã giải quyết 49 ý kiến.
Qua giám sát, đoàn đánh giá Đảng ủy xã Tập Sơn đã quan tâm lãnh đạo phong trào ngay sau khi vận hành chính quyền địa phương hai cấp. Tuy nhiên, một số mô hình còn trùng lặp, chưa có người phụ trách sau khi cán bộ được điều động; hồ sơ theo dõi còn sơ sài; việc biểu dương, khen thưởng chưa kịp thời.
Đồng chí Sơn Thị Mỹ Linh, Bí thư Đảng ủy xã, tiếp thu ý kiến của đoàn và cho biết Đảng ủy sẽ phân công cụ thể từng đồng chí Ủy viên Ban Thường vụ phụ trách các mô hình; ban hành Quy chế phối hợp số 02-QC/ĐU giữa Đảng ủy, Ủy ban nhân dân và Ủy ban MTTQ Việt Nam xã trong công tác dân vận.
Kết luận buổi giám sát, đồng chí Thạch Sô Phal đề nghị Đảng ủy xã tiếp tục quán triệt Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị; chú trọng phát huy vai trò của người có uy tín, sư sãi, Achar trong đồng bào Khmer; chuẩn bị tốt hội nghị tổng kết phong trào năm 2025.
Tham gia đoàn giám sát có đồng chí Huỳnh Văn Tấn, Trưởng phòng Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy.
Ngọc Hân
Lượt xem: 366
Tin cùng chuyên mục
- Giám sát tại Đảng ủy phường An Hội (10/10/2025)
- Xã Giao Long ra mắt mô hình "Dân vận khéo" (02/10/2025)
- Hội nghị giao ban công tác tuyên giáo và dân vận quý III (26/09/2025)
- Vận động đồng bào Khmer đón lễ Sene Dolta an toàn (19/09/2025)
""", "2025-10-17", "Giám sát phong trào \"Dân vận khéo\" tại Đảng ủy xã Tập Sơn",
E("giam_sat", "2025", "2025-10-16"),
[P("Thạch Sô Phal", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Văn Ngọt", "Achar", "Phó Ban quản trị chùa Sà Lôn"),
 P("Sơn Thị Mỹ Linh", "Bí thư Đảng ủy xã"),
 P("Huỳnh Văn Tấn", "Trưởng phòng Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("11.460 hộ", 11460, "hộ"), Q("62%", 62, "%"), Q("36 mô hình", 36, "mô hình"), Q("9 mô hình", 9, "mô hình"),
 Q("14 chùa Phật giáo Nam tông Khmer", 14, "chùa Phật giáo Nam tông Khmer"), Q("40%", 40, "%"),
 Q("86 hội viên", 86, "hội viên"), Q("1,73 tỷ đồng", 1730000000, "đồng"), Q("4 cuộc đối thoại", 4, "cuộc đối thoại"),
 Q("57 ý kiến", 57, "ý kiến"), Q("49 ý kiến", 49, "ý kiến")],
[D("Kế hoạch", "08", "KH/TU", "2025-08-20", "Ban Thường vụ Tỉnh ủy", "Kế hoạch giám sát số 08-KH/TU ngày 20/8/2025"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 03-HD/BTGDVTU"),
 D("Quy chế phối hợp", "02", "QC/ĐU", None, None, "Quy chế phối hợp số 02-QC/ĐU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Tập Sơn"), com("Tân Sơn"), com("An Quảng Hữu")],
["CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH VĨNH LONG", "Trang chủ | Hoạt động | Kiểm tra - Giám sát",
 "Đoàn giám sát làm việc với Đảng ủy xã Tập Sơn.", "Dân vận khéo", "Phum sóc bình yên", "Chi hội phụ nữ tiết kiệm",
 "Lượt xem: 366"],
["17-10-2025 | 14:20", "Đoàn giám sát số 4", "năm 2025", "ba xã", "9 tháng", "Lượt xem: 366"]))

PAGES.append(page("b9481-lamdong-btgdv-dvk-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Trang chủ > Tin tức > Công tác dân vận
Thứ Ba, 23/12/2025 - 17:10
Lâm Đồng: tôn vinh 120 điển hình "Dân vận khéo" năm 2025
Ngày 22/12/2025, tại phường Xuân Hương - Đà Lạt, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị tổng kết công tác dân vận và phong trào thi đua "Dân vận khéo" năm 2025. Đây là năm đầu tiên tỉnh tổng kết phong trào trên địa bàn mới, sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận. Đồng chí Điểu Thị Lanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự hội nghị có đồng chí Nguyễn Hữu Phước, Phó Chủ tịch UBND tỉnh.
Toàn cảnh hội nghị.
Báo cáo tổng kết cho biết, năm 2025 toàn tỉnh có 4.286 mô hình "Dân vận khéo", trong đó 612 mô hình gắn với vận hành chính quyền địa phương hai cấp theo Luật Tổ chức chính quyền địa phương số 72/2025/QH15. Nhân dân đã hiến trên 112.000 m2 đất, đóng góp 187,5 tỷ đồng; hỗ trợ hoàn thành 5.318 căn nhà tạm, nhà dột nát cho hộ nghèo, hộ khó khăn về nhà ở. Sau sắp xếp, 124 xã, phường, đặc khu của tỉnh đều đã kiện toàn khối dân vận, ban hành quy chế làm việc.
Ban Tuyên giáo và Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 03-CT/TU ngày 20/8/2025 về tăng cường công tác dân vận trong tình hình mới và Kế hoạch số 21-KH/TU về tổng kết phong trào; hướng dẫn các đảng ủy xã lựa chọn "mỗi xã một mô hình khó".
Hội nghị đã nghe các điển hình chia sẻ. Bà Thông Thị Hòa, Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Hiệp, kể về việc vận động đồng bào Chăm, Raglai trồng 310 ha thanh long theo hướng VietGAP. Ông K'Brơi, người có uy tín bon Bu Prăng 1, xã Quảng Trực, cùng các già làng vận động 68 hộ Mnông không phá rừng làm rẫy. Đồng chí Phạm Thị Hải Yến, Bí thư Đảng ủy phường Bắc Gia Nghĩa, nêu kinh nghiệm tổ chức "Ngày thứ Bảy cùng dân" với 2.600 lượt đoàn viên, hội viên tham gia.
Phát biểu tại hội nghị, đồng chí Nguyễn Hữu Phước đề nghị các sở, ngành đồng hành với khối dân vận trong giải quyết các vụ việc tranh chấp đất đai, nhất là ở vùng giáp ranh giữa các xã mới. Kết luận hội nghị, đồng chí Điểu Thị Lanh yêu cầu năm 2026 các cấp bám sát Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị; tổ chức tốt công tác vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 120 điển hình, gồm 52 tập thể và 68 cá nhân; mỗi tập thể được thưởng 3 triệu đồng, mỗi cá nhân 1,5 triệu đồng.
Hoàng Yến
Lượt xem: 2.087
Tin liên quan
- Xã Quảng Khê ra mắt mô hình "Dân vận khéo" đầu tiên (15/12/2025)
- Phan Thiết: vận động người dân giao mặt bằng dự án (08/12/2025)
- Giám sát phong trào thi đua tại Đảng ủy xã Đạ Huoai (28/11/2025)
- Hội nghị người có uy tín tỉnh Lâm Đồng năm 2025 (20/11/2025)
""", "2025-12-23", "Lâm Đồng: tôn vinh 120 điển hình \"Dân vận khéo\" năm 2025",
E("tong_ket", "2025", "2025-12-22"),
[P("Điểu Thị Lanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Phước", "Phó Chủ tịch UBND tỉnh"),
 P("Thông Thị Hòa", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Hiệp"),
 P("K'Brơi", "người có uy tín bon Bu Prăng 1"),
 P("Phạm Thị Hải Yến", "Bí thư Đảng ủy phường Bắc Gia Nghĩa")],
[Q("120 điển hình", 120, "điển hình"), Q("4.286 mô hình", 4286, "mô hình"), Q("612 mô hình", 612, "mô hình"),
 Q("trên 112.000 m2", 112000, "m2", "over"), Q("187,5 tỷ đồng", 187500000000, "đồng"),
 Q("5.318 căn nhà tạm, nhà dột nát", 5318, "căn nhà tạm, nhà dột nát"),
 Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("310 ha", 310, "ha"), Q("68 hộ Mnông", 68, "hộ Mnông"),
 Q("2.600 lượt đoàn viên, hội viên", 2600, "lượt đoàn viên, hội viên"), Q("52 tập thể", 52, "tập thể"),
 Q("68 cá nhân", 68, "cá nhân"), Q("3 triệu đồng", 3000000, "đồng"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Luật", "72", "2025/QH15", None, None, "Luật Tổ chức chính quyền địa phương số 72/2025/QH15"),
 D("Chỉ thị", "03", "CT/TU", "2025-08-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 20/8/2025"),
 D("Kế hoạch", "21", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 21-KH/TU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Xuân Hương - Đà Lạt"), com("Phan Hiệp"),
 com("Quảng Trực"), com("Bắc Gia Nghĩa")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Trang chủ > Tin tức > Công tác dân vận", "Toàn cảnh hội nghị.",
 "Dân vận khéo", "mỗi xã một mô hình khó", "Ngày thứ Bảy cùng dân", "Lượt xem: 2.087"],
["Thứ Ba, 23/12/2025 - 17:10", "năm 2025", "năm 2026", "khóa XVI", "2026 - 2031", "ba tỉnh", "Lượt xem: 2.087"]))

PAGES.append(page("b9482-dongnai-xabugiamap-dvk-tongket-2025", """
Chủ Nhật, 11/01/2026
ĐẢNG BỘ XÃ BÙ GIA MẬP - TỈNH ĐỒNG NAI
Trang chủ » Tin tức » Dân vận
Ngày đăng 09/01/2026 | 10:15
Xã Bù Gia Mập tổng kết phong trào thi đua "Dân vận khéo"
Sáng 8/1/2026, Đảng ủy xã Bù Gia Mập tổ chức hội nghị tổng kết công tác dân vận và phong trào thi đua "Dân vận khéo" năm 2025, phương hướng năm 2026. Đồng chí Điểu Lên, Bí thư Đảng ủy xã chủ trì hội nghị. Dự có đồng chí Trương Thị Kim Hoa, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai.
Xã Bù Gia Mập mới được thành lập từ ngày 1/7/2025 trên cơ sở hợp nhất xã Bù Gia Mập và xã Đak Ơ (trước đây thuộc tỉnh Bình Phước), có 5.870 hộ với 23.410 nhân khẩu, trong đó đồng bào S'tiêng, Mnông, Tày, Nùng chiếm 41%. Ngay sau khi vận hành chính quyền hai cấp, Đảng ủy xã đã ban hành Kế hoạch số 15-KH/ĐU ngày 2/10/2025 về phong trào thi đua "Dân vận khéo" đến năm 2026, giao mỗi chi bộ ấp đăng ký ít nhất một mô hình.
Năm 2025, toàn xã có 27 mô hình được công nhận, trong đó 5 mô hình cấp tỉnh. Mô hình "Sóc không có người vi phạm pháp luật" ở sóc Bù Lư giúp giảm 80% các vụ việc mâu thuẫn; mô hình "Hũ gạo tình thương" của Chi hội Phụ nữ ấp Đak Côn quyên góp 3,2 tấn gạo giúp 64 hộ nghèo người S'tiêng. Nhân dân đã hiến 6.420 m2 đất, góp 1,85 tỷ đồng làm 9,3 km đường bê tông; 43 hộ được hỗ trợ xóa nhà tạm.
Tại hội nghị, bà Thị Bích, người có uy tín sóc Bù Lư, chia sẻ: "Mình nói bằng tiếng S'tiêng thì bà con hiểu, bà con nghe". Ông Điểu Xiêm, Trưởng ấp Bình Tiến, cho biết ấp đã vận động 19 hộ trả lại 7,5 ha đất lấn chiếm rừng phòng hộ. Đồng chí Nguyễn Văn Khải, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã, nêu kinh nghiệm phân công đảng viên phụ trách hộ gia đình.
Hội nghị cũng thẳng thắn chỉ ra hạn chế: địa bàn xã mới rộng, giao thông đến các ấp xa còn khó khăn; một số cán bộ mới điều động chưa nắm chắc phong tục, tiếng nói của đồng bào; việc tổng hợp, đánh giá mô hình của hai xã cũ chưa thống nhất.
Phát biểu tại hội nghị, đồng chí Trương Thị Kim Hoa ghi nhận xã Bù Gia Mập là một trong những địa phương biên giới làm tốt công tác dân vận sau sắp xếp. Đồng chí đề nghị xã tiếp tục thực hiện Hướng dẫn số 07-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy; phát huy vai trò người có uy tín trong vận động đồng bào không nghe theo các đối tượng xấu, không di cư tự do.
Dịp này, Đảng ủy xã ban hành Quyết định số 256-QĐ/ĐU khen thưởng 6 tập thể và 11 cá nhân tiêu biểu, mỗi suất thưởng 800.000 đồng. Đồng chí Thị Hòa, Chủ tịch Ủy ban MTTQ Việt Nam xã, phát động thi đua năm 2026.
Ban Tuyên giáo và Dân vận Đảng ủy xã
Tin khác
- Xã Bù Gia Mập ra quân hỗ trợ đồng bào đón Tết (05/01/2026)
- Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030 (18/08/2025)
- Ra mắt mô hình "Hũ gạo tình thương" ấp Đak Côn (12/07/2025)
""", "2026-01-09", "Xã Bù Gia Mập tổng kết phong trào thi đua \"Dân vận khéo\"",
E("tong_ket", "2025", "2026-01-08"),
[P("Điểu Lên", "Bí thư Đảng ủy xã"),
 P("Trương Thị Kim Hoa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai"),
 P("Thị Bích", "người có uy tín sóc Bù Lư"),
 P("Điểu Xiêm", "Trưởng ấp Bình Tiến"),
 P("Nguyễn Văn Khải", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Thị Hòa", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("5.870 hộ", 5870, "hộ"), Q("23.410 nhân khẩu", 23410, "nhân khẩu"), Q("41%", 41, "%"),
 Q("27 mô hình", 27, "mô hình"), Q("5 mô hình cấp tỉnh", 5, "mô hình cấp tỉnh"), Q("80%", 80, "%"),
 Q("3,2 tấn", 3.2, "tấn"), Q("64 hộ nghèo người S'tiêng", 64, "hộ nghèo người S'tiêng"), Q("6.420 m2", 6420, "m2"),
 Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("9,3 km", 9.3, "km"), Q("43 hộ", 43, "hộ"), Q("19 hộ", 19, "hộ"),
 Q("7,5 ha", 7.5, "ha"), Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân tiêu biểu", 11, "cá nhân tiêu biểu"),
 Q("800.000 đồng", 800000, "đồng")],
[D("Kế hoạch", "15", "KH/ĐU", "2025-10-02", "Đảng ủy xã", "Kế hoạch số 15-KH/ĐU ngày 2/10/2025"),
 D("Hướng dẫn", "07", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BTGDVTU"),
 D("Quyết định", "256", "QĐ/ĐU", None, "Đảng ủy xã", "Quyết định số 256-QĐ/ĐU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đak Ơ")],
["ĐẢNG BỘ XÃ BÙ GIA MẬP - TỈNH ĐỒNG NAI", "Trang chủ » Tin tức » Dân vận", "Dân vận khéo",
 "Sóc không có người vi phạm pháp luật", "Hũ gạo tình thương"],
["Chủ Nhật, 11/01/2026", "Ngày đăng 09/01/2026 | 10:15", "năm 2025", "năm 2026", "1/7/2025", "một mô hình"]))

PAGES.append(page("b9483-gialai-btgdv-dvk-taphuan-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Thời sự › Chính trị
Thứ Năm, 12/03/2026, 09:20
Học viên trao đổi tại lớp tập huấn. Ảnh: Ngọc Sang
Bồi dưỡng kỹ năng "Dân vận khéo" cho 270 cán bộ cấp xã
(GLO)- Trong 2 ngày 10 và 11/3, tại phường Quy Nhơn, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức lớp tập huấn nghiệp vụ công tác dân vận và kỹ năng xây dựng mô hình "Dân vận khéo" năm 2026 cho 270 học viên là phó bí thư, trưởng khối dân vận, cán bộ Ủy ban MTTQ Việt Nam của 135 xã, phường.
Phát biểu khai mạc, đồng chí Rơ Lan Thị Hiền, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy cho biết, sau hợp nhất tỉnh Gia Lai và tỉnh Bình Định, đội ngũ làm công tác dân vận cấp xã có nhiều thay đổi: khoảng 60% cán bộ mới đảm nhiệm nhiệm vụ, nhiều đồng chí trước đây làm việc ở cấp huyện, chưa quen địa bàn cơ sở. Năm 2025, toàn tỉnh có 5.742 mô hình "Dân vận khéo", song số mô hình ở vùng đồng bào Jrai, Bahnar mới chiếm khoảng 22%.
Trong chương trình tập huấn, học viên được PGS.TS. Trần Văn Minh, Phó Giám đốc Học viện Chính trị khu vực III, giới thiệu chuyên đề về Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị và Hướng dẫn số 12-HD/BDVTW của Ban Dân vận Trung ương về phong trào thi đua "Dân vận khéo". Đồng chí Đinh Văn Nhơn, Trưởng phòng Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy, hướng dẫn kỹ năng nắm tình hình, vận động đồng bào có đạo.
Học viên dành buổi chiều 11/3 đi thực tế tại xã Tây Sơn, nơi có mô hình "Đảng viên đỡ đầu hộ khó khăn" giúp 58 hộ thoát nghèo trong năm 2025. Bà Ksor H'Bơ Lan, Bí thư Đảng ủy xã Ia Pa, chia sẻ: "Về xã mới, tôi học cách nói chuyện với bà con bằng tiếng Jrai trước, rồi mới nói chủ trương".
Theo Kế hoạch số 28-KH/BTGDVTU ngày 15/1/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy, năm 2026 mỗi xã, phường phấn đấu có ít nhất 3 mô hình được công nhận, trong đó có mô hình về chuyển đổi số; mỗi mô hình cấp xã được hỗ trợ tối đa 10 triệu đồng từ kinh phí thi đua, khen thưởng. Ban cũng phát hành 1.200 cuốn sổ tay "Dân vận khéo" cho cán bộ cơ sở, in song ngữ Việt - Jrai và Việt - Bahnar ở những phần hướng dẫn kỹ năng giao tiếp.
Bế mạc lớp tập huấn, đồng chí Rơ Lan Thị Hiền đề nghị học viên xây dựng kế hoạch hành động cụ thể sau khi trở về địa phương, gửi về Ban trước ngày 31/3/2026 để theo dõi, đánh giá vào cuối năm.
Ngọc Sang
Lượt xem: 672
Tin liên quan
- Giao ban công tác tuyên giáo và dân vận tháng 2/2026 (06/03/2026)
- Xã Ia Pa ra mắt mô hình "Dân vận khéo" trong đồng bào Jrai (27/02/2026)
- Tổng kết phong trào "Dân vận khéo" năm 2025 (30/12/2025)
- Hội nghị người có uy tín tỉnh Gia Lai năm 2025 (12/12/2025)
""", "2026-03-12", "Bồi dưỡng kỹ năng \"Dân vận khéo\" cho 270 cán bộ cấp xã",
E("tap_huan", "2026", "2026-03-10"),
[P("Rơ Lan Thị Hiền", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Văn Minh", "PGS.TS.", "Phó Giám đốc Học viện Chính trị khu vực III"),
 P("Đinh Văn Nhơn", "Trưởng phòng Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ksor H'Bơ Lan", "Bí thư Đảng ủy xã Ia Pa")],
[Q("270 học viên", 270, "học viên"), Q("135 xã, phường", 135, "xã, phường"), Q("khoảng 60%", 60, "%", "approx"),
 Q("5.742 mô hình", 5742, "mô hình"), Q("khoảng 22%", 22, "%", "approx"), Q("58 hộ", 58, "hộ"),
 Q("ít nhất 3 mô hình", 3, "mô hình", "over"),
 Q("tối đa 10 triệu đồng", 10000000, "đồng"), Q("1.200 cuốn sổ tay", 1200, "cuốn sổ tay")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Hướng dẫn", "12", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 12-HD/BDVTW"),
 D("Kế hoạch", "28", "KH/BTGDVTU", "2026-01-15", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 28-KH/BTGDVTU ngày 15/1/2026")],
[prov("Gia Lai"), prov("Bình Định"), com("Quy Nhơn"), com("Tây Sơn"), com("Ia Pa")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Thời sự › Chính trị", "Học viên trao đổi tại lớp tập huấn. Ảnh: Ngọc Sang",
 "(GLO)", "Dân vận khéo", "Đảng viên đỡ đầu hộ khó khăn", "Lượt xem: 672"],
["Thứ Năm, 12/03/2026, 09:20", "2 ngày", "năm 2026", "Năm 2025", "năm 2025", "khu vực III", "Lượt xem: 672"]))

PAGES.append(page("b9484-cantho-btgdv-giaoban-thang4-2026", """
BÁO CẦN THƠ ONLINE
Chính trị - Xây dựng Đảng | Tuyên giáo - Dân vận
Thứ Sáu, 8/5/2026 - 10:30
Lan tỏa "Dân vận khéo" từ phường, xã đến từng khóm, ấp
Sáng 7/5, Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ tổ chức hội nghị giao ban công tác tuyên giáo và dân vận tháng 4/2026, triển khai nhiệm vụ tháng 5/2026. Đồng chí Lâm Thị Sa Phia, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy chủ trì hội nghị.
Quang cảnh hội nghị giao ban.
Trong tháng 4, các cấp đã tập trung tuyên truyền, vận động nhân dân tham gia các hoạt động kỷ niệm 51 năm Ngày Giải phóng miền Nam, thống nhất đất nước và chuẩn bị Tết cổ truyền Chôl Chnăm Thmây của đồng bào Khmer. Phong trào thi đua "Dân vận khéo" tiếp tục được duy trì ở 103 xã, phường; trong tháng có 38 mô hình được công nhận, nâng tổng số mô hình năm 2026 lên 126. Nhân dân đóng góp 4,7 tỷ đồng, hiến 5.200 m2 đất làm đường nông thôn; các chùa Khmer trao 1.350 phần quà Tết cho hộ nghèo, trị giá mỗi phần 300.000 đồng.
Đồng chí Trần Quốc Việt, Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy, thông tin về việc triển khai Kết luận 24, 25-KL/TU của Ban Thường vụ Thành ủy về phát huy vai trò của người có uy tín và về công tác dân vận trong thực hiện các dự án trọng điểm tại khu vực Sóc Trăng, Hậu Giang trước đây; đồng thời quán triệt Kế hoạch số 46-KH/BTGDVTU ngày 2/4/2026 về sơ kết 1 năm phong trào "Dân vận khéo" gắn với vận hành chính quyền địa phương hai cấp.
Tại hội nghị, đồng chí Sơn Thị Ngọc Diệu, Bí thư Đảng ủy phường Phú Lợi, cho biết phường đã tổ chức 3 buổi đối thoại giữa người đứng đầu cấp ủy với nhân dân, tiếp nhận 41 ý kiến, trong đó 36 ý kiến đã được giải quyết. Đồng chí Lý Văn Hùng, Phó Bí thư Thường trực Đảng ủy xã Vị Thủy, nêu cách vận động 72 hộ bàn giao mặt bằng cho dự án cao tốc trong thời gian 2 tháng. Hòa thượng Thạch Sươl, trụ trì chùa Bốn Mặt, đề nghị tiếp tục hỗ trợ lớp dạy chữ Khmer hè cho con em đồng bào.
Kết luận hội nghị, đồng chí Lâm Thị Sa Phia đề nghị tháng 5 các đơn vị chủ động nắm tình hình dư luận về chính sách đất đai, giá nông sản; chuẩn bị tổ chức sơ kết 1 năm phong trào trong tháng 6; tăng cường tuyên truyền gương người tốt, việc tốt theo Chỉ thị số 05-CT/TW của Bộ Chính trị. Đồng chí lưu ý các đảng ủy xã, phường không để mô hình "Dân vận khéo" chỉ dừng ở đăng ký, phải có kết quả cụ thể, đo đếm được.
Hồng Vân
Lượt xem: 954
Tin liên quan
- Phường Ninh Kiều ra mắt 3 mô hình "Dân vận khéo" (28/04/2026)
- Thăm, chúc Tết Chôl Chnăm Thmây các chùa Khmer (12/04/2026)
- Giao ban công tác tuyên giáo và dân vận tháng 3/2026 (08/04/2026)
- Xã Long Phú vận động người dân hiến đất làm đường (30/03/2026)
""", "2026-05-08", "Lan tỏa \"Dân vận khéo\" từ phường, xã đến từng khóm, ấp",
E("giao_ban", "2026-04", "2026-05-07"),
[P("Lâm Thị Sa Phia", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Trần Quốc Việt", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Sơn Thị Ngọc Diệu", "Bí thư Đảng ủy phường Phú Lợi"),
 P("Lý Văn Hùng", "Phó Bí thư Thường trực Đảng ủy xã Vị Thủy"),
 P("Thạch Sươl", "Hòa thượng", "trụ trì chùa Bốn Mặt")],
[Q("103 xã, phường", 103, "xã, phường"), Q("38 mô hình", 38, "mô hình"), Q("126", 126, "mô hình"),
 Q("4,7 tỷ đồng", 4700000000, "đồng"), Q("5.200 m2", 5200, "m2"), Q("1.350 phần quà", 1350, "phần quà"),
 Q("300.000 đồng", 300000, "đồng"), Q("3 buổi đối thoại", 3, "buổi đối thoại"), Q("41 ý kiến", 41, "ý kiến"),
 Q("36 ý kiến", 36, "ý kiến"), Q("72 hộ", 72, "hộ")],
[D("Kết luận", "24", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 24, 25-KL/TU"),
 D("Kết luận", "25", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 24, 25-KL/TU"),
 D("Kế hoạch", "46", "KH/BTGDVTU", "2026-04-02", None, "Kế hoạch số 46-KH/BTGDVTU ngày 2/4/2026"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 05-CT/TW")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Phú Lợi"), com("Vị Thủy")],
["BÁO CẦN THƠ ONLINE", "Chính trị - Xây dựng Đảng | Tuyên giáo - Dân vận", "Quang cảnh hội nghị giao ban.",
 "Dân vận khéo", "Ngày Giải phóng miền Nam, thống nhất đất nước", "Lượt xem: 954"],
["Thứ Sáu, 8/5/2026 - 10:30", "tháng 4/2026", "tháng 5/2026", "tháng 4", "51 năm", "năm 2026", "1 năm", "2 tháng",
 "tháng 5", "tháng 6", "Lượt xem: 954"]))
