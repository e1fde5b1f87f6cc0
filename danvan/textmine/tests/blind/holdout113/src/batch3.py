from lib import *
PAGES = []

PAGES.append(page("b2681-lamdong-phuong2-dalat-tobaove-2024", """
TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG 2 - THÀNH PHỐ ĐÀ LẠT
Trang chủ - Tin tức - An ninh trật tự
03/07/2024 - 09:15
Ra mắt 13 tổ bảo vệ an ninh, trật tự ở cơ sở
Chiều 1/7/2024, UBND Phường 2, thành phố Đà Lạt, tỉnh Lâm Đồng tổ chức lễ ra mắt lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở. Đây là ngày Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở số 30/2023/QH15 của Quốc hội chính thức có hiệu lực.
Toàn cảnh lễ ra mắt.
Dự buổi lễ có Thượng tá Nguyễn Hữu Phước, Phó Trưởng Công an thành phố Đà Lạt; bà Ka Sương, Phó Bí thư Thường trực Đảng ủy phường; ông Đoàn Minh Trí, Chủ tịch UBND Phường 2.
Thực hiện Nghị định số 40/2024/NĐ-CP ngày 16/4/2024 của Chính phủ và Quyết định số 1107/QĐ-UBND ngày 10/6/2024 của UBND tỉnh Lâm Đồng, phường đã thành lập 13 tổ bảo vệ an ninh, trật tự tương ứng với 13 tổ dân phố, mỗi tổ 3 thành viên, tổng cộng 39 người. Trong số này có 31 người trước đây là công an bán chuyên trách, bảo vệ dân phố; 8 người mới được tổ dân phố giới thiệu, trong đó có 2 người đồng bào K'Ho.
Các tổ viên được hưởng mức hỗ trợ hằng tháng 2,2 triệu đồng đối với tổ trưởng, 1,9 triệu đồng đối với tổ phó và 1,6 triệu đồng đối với tổ viên, theo Nghị quyết số 45/2024/NQ-HĐND của HĐND tỉnh. Mỗi tổ được trang bị 1 bộ đàm, gậy cao su, áo phản quang; phường dành khoảng 86 triệu đồng mua sắm trang phục, công cụ hỗ trợ.
Phát biểu tại buổi lễ, Thượng tá Nguyễn Hữu Phước nhấn mạnh lực lượng mới là "cánh tay nối dài" của Công an ở khu dân cư, phải bám sát địa bàn, nắm chắc người thuê trọ, khách du lịch lưu trú ở các homestay; phối hợp Ban Công tác Mặt trận, tổ dân phố giữ bình yên cho từng con hẻm.
Ông K'Brơi, Tổ trưởng tổ bảo vệ an ninh, trật tự tổ dân phố 5, người đồng bào K'Ho, phát biểu hứa sẽ "làm hết sức, không để bà con phải lo". Bà Ka Sương giao Ủy ban MTTQ Việt Nam phường và Ban Công tác Mặt trận các tổ dân phố thường xuyên giám sát hoạt động của lực lượng, tiếp nhận phản ánh của nhân dân.
Dịp này, UBND phường tặng giấy khen cho 24 cá nhân là công an bán chuyên trách, bảo vệ dân phố đã có nhiều năm cống hiến; 6 người có trên 15 năm công tác được tặng thêm quà trị giá 1 triệu đồng.
Trước đó, năm 2023 Phường 2 xảy ra 17 vụ phạm pháp hình sự, giảm 5 vụ so với năm 2022; các tổ dân phố đã hòa giải thành 14 vụ việc mâu thuẫn.
Ban biên tập
Tin khác
- Phường 2 phát động phong trào "Đà Lạt xanh - sạch - đẹp - an toàn" (25/06/2024)
- Hội nghị nhân dân tổ dân phố 8 bầu tổ trưởng nhiệm kỳ mới (18/06/2024)
- Trao 40 suất quà cho hộ cận nghèo phường 2 (07/06/2024)
- Đà Lạt tập huấn nghiệp vụ cho lực lượng bảo vệ an ninh, trật tự ở cơ sở (28/05/2024)
""", "2024-07-03", "Ra mắt 13 tổ bảo vệ an ninh, trật tự ở cơ sở",
E("khac", None, "2024-07-01"),
[P("Nguyễn Hữu Phước", "Thượng tá", "Phó Trưởng Công an thành phố Đà Lạt"),
 P("Ka Sương", "Phó Bí thư Thường trực Đảng ủy phường"),
 P("Đoàn Minh Trí", "Chủ tịch UBND Phường 2"),
 P("K'Brơi", "Tổ trưởng tổ bảo vệ an ninh, trật tự tổ dân phố 5")],
[Q("13 tổ bảo vệ an ninh, trật tự", 13, "tổ bảo vệ an ninh, trật tự"), Q("13 tổ dân phố", 13, "tổ dân phố"),
 Q("3 thành viên", 3, "thành viên"), Q("39 người", 39, "người"), Q("31 người", 31, "người"), Q("8 người", 8, "người"),
 Q("2 người đồng bào K'Ho", 2, "người đồng bào K'Ho"), Q("2,2 triệu đồng", 2200000, "đồng"), Q("1,9 triệu đồng", 1900000, "đồng"),
 Q("1,6 triệu đồng", 1600000, "đồng"), Q("khoảng 86 triệu đồng", 86000000, "đồng", "approx"), Q("24 cá nhân", 24, "cá nhân"),
 Q("6 người", 6, "người"), Q("1 triệu đồng", 1000000, "đồng"), Q("17 vụ phạm pháp hình sự", 17, "vụ phạm pháp hình sự"),
 Q("5 vụ", 5, "vụ"), Q("14 vụ việc mâu thuẫn", 14, "vụ việc mâu thuẫn")],
[D("Luật", "30", "2023/QH15", None, "Quốc hội", "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở số 30/2023/QH15"),
 D("Nghị định", "40", "2024/NĐ-CP", "2024-04-16", "Chính phủ", "Nghị định số 40/2024/NĐ-CP ngày 16/4/2024"),
 D("Quyết định", "1107", "QĐ-UBND", "2024-06-10", "UBND tỉnh Lâm Đồng", "Quyết định số 1107/QĐ-UBND ngày 10/6/2024"),
 D("Nghị quyết", "45", "2024/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 45/2024/NQ-HĐND")],
[prov("Lâm Đồng"), com("Phường 2")],
["TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG 2 - THÀNH PHỐ ĐÀ LẠT", "Trang chủ - Tin tức - An ninh trật tự", "Toàn cảnh lễ ra mắt.",
 "cánh tay nối dài", "làm hết sức, không để bà con phải lo", "Ban biên tập"],
["03/07/2024 - 09:15", "1 bộ đàm", "nhiều năm", "15 năm", "năm 2023", "năm 2022", "tổ dân phố 5"]))

PAGES.append(page("b2682-thaibinh-kyba-giaoban-2023", """
Báo Thái Bình điện tử
Xây dựng Đảng › Dân vận
Cập nhật: 08:05, 05/10/2023 (GMT+7)
Phường Kỳ Bá: giao ban công tác dân vận tháng 9
Chiều 3/10, Khối dân vận phường Kỳ Bá (thành phố Thái Bình) tổ chức giao ban đánh giá công tác dân vận tháng 9/2023, triển khai nhiệm vụ tháng 10. Đồng chí Bùi Thị Thanh Nga, Phó Bí thư Thường trực Đảng ủy, Trưởng Khối dân vận phường chủ trì.
Tháng 9, các đoàn thể đã phối hợp tổ chức Tết Trung thu cho trẻ em ở 16 tổ dân phố, tặng 350 suất quà Trung thu cho trẻ em có hoàn cảnh khó khăn; Hội Cựu chiến binh và Đoàn Thanh niên ra quân dọn vệ sinh 5 tuyến phố, thu gom khoảng 3 tấn rác thải. Ủy ban MTTQ Việt Nam phường tiếp nhận 2 đơn kiến nghị của công dân tổ 12 về việc thoát nước tại ngõ 268, đã chuyển UBND phường giải quyết.
Thực hiện Kế hoạch số 156-KH/TU ngày 14/8/2023 của Ban Thường vụ Tỉnh ủy về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023, khối dân vận đã hướng dẫn 16/16 Ban Công tác Mặt trận tổ dân phố xây dựng kế hoạch tổ chức ngày hội; dự kiến có 3 tổ dân phố được chọn làm điểm, mỗi điểm được thành phố hỗ trợ 5 triệu đồng.
Về phong trào "Dân vận khéo", đến tháng 9 phường có 14 mô hình, trong đó mô hình "Ngõ phố tự quản, văn minh" ở tổ dân phố 7 đã vận động 38 hộ tự nguyện dỡ bỏ bục bệ, mái che lấn chiếm vỉa hè.
Tại buổi giao ban, bà Đặng Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ phường, báo cáo hội đã giải ngân 4 dự án vay vốn với tổng số tiền 320 triệu đồng cho hội viên; ông Trần Văn Khanh, Chủ tịch Hội Cựu chiến binh phường, đề nghị có biện pháp xử lý tình trạng tập kết vật liệu xây dựng trên vỉa hè đường Lý Bôn.
Ông Vũ Duy Hưng, Chủ tịch Ủy ban MTTQ Việt Nam phường, cho biết tính đến hết tháng 9, Quỹ "Vì người nghèo" của phường đã vận động được 96,5 triệu đồng, đạt 80,4% kế hoạch năm; hỗ trợ sửa chữa 1 căn nhà cho hộ nghèo ở tổ 3.
Kết luận buổi giao ban, đồng chí Bùi Thị Thanh Nga yêu cầu tháng 10 các đoàn thể tập trung chuẩn bị tốt Ngày hội Đại đoàn kết toàn dân tộc, Ngày Phụ nữ Việt Nam 20/10; nắm chắc tình hình nhân dân trong việc thực hiện dự án mở rộng đường Lý Bôn, không để phát sinh đơn thư vượt cấp; triển khai Hướng dẫn số 07-HD/BDVTU của Ban Dân vận Tỉnh ủy về quy trình vận động nhân dân trong giải phóng mặt bằng.
Minh Phương
Tin cùng chuyên mục
- Thành phố Thái Bình giao ban khối dân vận quý III/2023 (29/09/2023)
- Phường Trần Lãm ra mắt mô hình "Tổ dân phố không có tội phạm" (22/09/2023)
- Hưng Hà: tập huấn nghiệp vụ cho cán bộ Mặt trận cơ sở (15/09/2023)
- Đông Hưng trao 300 suất quà Trung thu cho trẻ em nghèo (27/09/2023)
""", "2023-10-05", "Phường Kỳ Bá: giao ban công tác dân vận tháng 9",
E("giao_ban", "2023-09", "2023-10-03"),
[P("Bùi Thị Thanh Nga", "Phó Bí thư Thường trực Đảng ủy", "Trưởng Khối dân vận phường"),
 P("Đặng Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ phường"),
 P("Trần Văn Khanh", "Chủ tịch Hội Cựu chiến binh phường"),
 P("Vũ Duy Hưng", "Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("16 tổ dân phố", 16, "tổ dân phố"), Q("350 suất quà", 350, "suất quà"), Q("5 tuyến phố", 5, "tuyến phố"),
 Q("khoảng 3 tấn", 3, "tấn", "approx"), Q("2 đơn kiến nghị", 2, "đơn kiến nghị"),
 Q("16/16 Ban Công tác Mặt trận tổ dân phố", 16, "Ban Công tác Mặt trận tổ dân phố"), Q("3 tổ dân phố", 3, "tổ dân phố"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("14 mô hình", 14, "mô hình"), Q("38 hộ", 38, "hộ"), Q("4 dự án", 4, "dự án"),
 Q("320 triệu đồng", 320000000, "đồng"), Q("96,5 triệu đồng", 96500000, "đồng"), Q("80,4%", 80.4, "%")],
[D("Kế hoạch", "156", "KH/TU", "2023-08-14", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 156-KH/TU ngày 14/8/2023"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BDVTU")],
[prov("Thái Bình"), com("Kỳ Bá")],
["Báo Thái Bình điện tử", "Xây dựng Đảng › Dân vận", "Dân vận khéo", "Ngõ phố tự quản, văn minh", "Vì người nghèo",
 "Ngày hội Đại đoàn kết toàn dân tộc"],
["Cập nhật: 08:05, 05/10/2023 (GMT+7)", "tháng 9/2023", "tháng 10", "ngõ 268", "tổ 12", "1 căn nhà", "tổ 3", "20/10",
 "tổ dân phố 7"]))

PAGES.append(page("b2683-hanoi-hoankiem-ngayhoi-2025", """
Cổng thông tin điện tử phường Hoàn Kiếm - Thành phố Hà Nội
Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể
Thứ Hai, 17/11/2025 - 10:40
Đồng chí Đinh Thị Phương Lan phát biểu tại ngày hội.
Phường Hoàn Kiếm: Ngày hội Đại đoàn kết toàn dân tộc ở tổ dân phố số 5 Hàng Bạc
Tối 15/11/2025, tổ dân phố số 5 Hàng Bạc, phường Hoàn Kiếm, Hà Nội long trọng tổ chức Ngày hội Đại đoàn kết toàn dân tộc, kỷ niệm 95 năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam - Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2025). Đây là ngày hội đầu tiên của tổ dân phố sau khi sắp xếp, hợp nhất 3 tổ dân phố cũ theo Nghị quyết số 27/NQ-HĐND ngày 23/7/2025 của HĐND thành phố.
Dự ngày hội có đồng chí Đinh Thị Phương Lan, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy Hà Nội; đồng chí Trịnh Hoàng Minh, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam thành phố Hà Nội; đồng chí Lò Thị Hạnh, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Hoàn Kiếm.
Báo cáo tại ngày hội, bà Nguyễn Thị Minh Thư, Trưởng ban Công tác Mặt trận tổ dân phố số 5 Hàng Bạc, cho biết tổ hiện có 487 hộ với 1.912 nhân khẩu, nhiều hộ kinh doanh phục vụ khách du lịch. Năm 2025, tổ có 472/487 hộ đạt danh hiệu "Gia đình văn hóa", tỷ lệ 96,9%. Nhân dân trong tổ đã ủng hộ Quỹ "Vì người nghèo" và ủng hộ đồng bào bị thiệt hại do bão số 3 hơn 95 triệu đồng; duy trì 2 tổ tự quản vệ sinh môi trường và 1 tổ bảo vệ an ninh, trật tự với 3 thành viên.
Thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc, tổ dân phố đã xây dựng mô hình "Phố cổ văn minh, thân thiện với du khách", vận động 64 hộ kinh doanh cam kết không lấn chiếm vỉa hè, niêm yết giá công khai.
Phát biểu tại ngày hội, đồng chí Đinh Thị Phương Lan chúc mừng những kết quả của nhân dân tổ dân phố; đề nghị cấp ủy, chính quyền phường sau hợp nhất tiếp tục phát huy vai trò của Ban Công tác Mặt trận, người có uy tín ở khu dân cư, giữ gìn nét thanh lịch của người Hà Nội.
Dịp này, Ủy ban MTTQ Việt Nam phường trao 15 suất quà cho hộ nghèo, hộ cận nghèo và người cao tuổi neo đơn, mỗi suất trị giá 1 triệu đồng; Ban Tuyên giáo và Dân vận Thành ủy trao tặng 1 ti vi cho nhà văn hóa tổ dân phố. 10 gia đình văn hóa tiêu biểu được khen thưởng.
Sau phần lễ, các hộ gia đình cùng thưởng thức "Mâm cơm đoàn kết" do các chi hội góp sức chuẩn bị, tham gia giao lưu văn nghệ, hát ca trù, đánh cờ tướng. Ông Hoàng Văn Mạnh, 82 tuổi, người dân lâu năm trong phố, chia sẻ: "Phố hợp lại rộng hơn, đông hơn nhưng tình làng nghĩa xóm vẫn vậy".
Thanh Hằng
Lượt xem: 2.317
Tin liên quan
- Phường Cửa Nam tổ chức Ngày hội Đại đoàn kết ở 12 tổ dân phố (16/11/2025)
- Phường Hoàn Kiếm kiện toàn 48 Ban Công tác Mặt trận sau sắp xếp (30/10/2025)
- Ra mắt mô hình "Tổ dân phố số, tổ dân phố an toàn" (15/10/2025)
""", "2025-11-17", "Phường Hoàn Kiếm: Ngày hội Đại đoàn kết toàn dân tộc ở tổ dân phố số 5 Hàng Bạc",
E("khac", None, "2025-11-15"),
[P("Đinh Thị Phương Lan", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy Hà Nội"),
 P("Trịnh Hoàng Minh", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam thành phố Hà Nội"),
 P("Lò Thị Hạnh", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Hoàn Kiếm"),
 P("Nguyễn Thị Minh Thư", "Trưởng ban Công tác Mặt trận tổ dân phố số 5 Hàng Bạc"),
 P("Hoàng Văn Mạnh")],
[Q("3 tổ dân phố cũ", 3, "tổ dân phố cũ"), Q("487 hộ", 487, "hộ"), Q("1.912 nhân khẩu", 1912, "nhân khẩu"),
 Q("472/487 hộ", 472, "hộ"), Q("96,9%", 96.9, "%"), Q("hơn 95 triệu đồng", 95000000, "đồng", "over"),
 Q("2 tổ tự quản vệ sinh môi trường", 2, "tổ tự quản vệ sinh môi trường"), Q("3 thành viên", 3, "thành viên"),
 Q("64 hộ kinh doanh", 64, "hộ kinh doanh"), Q("15 suất quà", 15, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("10 gia đình văn hóa tiêu biểu", 10, "gia đình văn hóa tiêu biểu")],
[D("Nghị quyết", "27", "NQ-HĐND", "2025-07-23", "HĐND thành phố", "Nghị quyết số 27/NQ-HĐND ngày 23/7/2025"),
 D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương", "Nghị quyết số 43-NQ/TW ngày 24/11/2023")],
[prov("Hà Nội"), com("Hoàn Kiếm")],
["Cổng thông tin điện tử phường Hoàn Kiếm - Thành phố Hà Nội", "Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể",
 "Đồng chí Đinh Thị Phương Lan phát biểu tại ngày hội.", "Gia đình văn hóa", "Vì người nghèo",
 "Phố cổ văn minh, thân thiện với du khách", "Mâm cơm đoàn kết", "Lượt xem: 2.317", "Hàng Bạc"],
["Thứ Hai, 17/11/2025 - 10:40", "95 năm", "18/11/1930 - 18/11/2025", "Năm 2025", "bão số 3", "1 tổ bảo vệ an ninh, trật tự",
 "1 ti vi", "82 tuổi", "tổ dân phố số 5", "Lượt xem: 2.317"]))

PAGES.append(page("b2684-hcm-baria-bancongtacmattran-2025", """
MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ HỒ CHÍ MINH
Trang chủ » Tin cơ sở » Phường - Xã - Đặc khu
Thứ Tư, 08/10/2025
Phường Bà Rịa ra mắt 41 Ban Công tác Mặt trận khu phố sau sắp xếp
Cập nhật lúc 15:25
Ngày 6/10, Ủy ban MTTQ Việt Nam phường Bà Rịa, TP Hồ Chí Minh tổ chức hội nghị ra mắt các Ban Công tác Mặt trận khu phố sau khi sắp xếp, sáp nhập khu phố theo Nghị quyết số 1685/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã của Thành phố Hồ Chí Minh năm 2025.
Phường Bà Rịa được thành lập trên cơ sở các phường Phước Hiệp, Phước Trung, Phước Nguyên và Long Toàn của thành phố Bà Rịa cũ (tỉnh Bà Rịa - Vũng Tàu trước đây). Sau sắp xếp, phường có 41 khu phố với hơn 23.000 hộ, khoảng 86.500 nhân khẩu; 41 Ban Công tác Mặt trận khu phố được kiện toàn với 287 thành viên, bình quân 7 thành viên mỗi ban.
Dự hội nghị có đồng chí Trần Thị Bích Ngọc, Phó Chủ tịch Ủy ban MTTQ Việt Nam Thành phố; đồng chí Lê Minh Khoa, Bí thư Đảng ủy phường Bà Rịa; đồng chí Châu Văn Phát, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường.
Hội nghị đã công bố Quyết định số 58/QĐ-MTTQ ngày 1/10/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam phường công nhận các trưởng ban, phó trưởng ban Công tác Mặt trận. Trong 41 trưởng ban có 29 người là bí thư chi bộ hoặc trưởng khu phố, 12 người là nữ. Bà Thị Ngọc Hân, người Chơ Ro, được tín nhiệm giữ chức Trưởng ban Công tác Mặt trận khu phố Long Hương 3, là trưởng ban trẻ nhất phường.
Phát biểu tại hội nghị, đồng chí Trần Thị Bích Ngọc đề nghị các Ban Công tác Mặt trận sớm ổn định tổ chức, nắm chắc tình hình nhân dân, thực hiện tốt Quy chế phối hợp số 03/QCPH-MTTQ-UBND giữa Ủy ban MTTQ Việt Nam và UBND phường; quan tâm người dân mới chuyển đến, người lao động thuê trọ, bảo đảm "không để ai bị bỏ lại phía sau" sau sắp xếp.
Các ông Võ Văn Tư, Nguyễn Phước Lộc, Trưởng ban Công tác Mặt trận các khu phố Phước Trung 2 và Long Toàn 5, phát biểu cam kết phát huy các mô hình tự quản, duy trì hoạt động của tổ bảo vệ an ninh, trật tự ở cơ sở.
Dịp này, Ủy ban MTTQ Việt Nam phường trao 41 bộ tài liệu nghiệp vụ và 120 phần quà cho hộ nghèo, hộ cận nghèo, mỗi phần quà trị giá 700.000 đồng, tổng kinh phí 84 triệu đồng do các doanh nghiệp trên địa bàn tài trợ.
Phường cũng đã vận động được 9 căn nhà đại đoàn kết hoàn thành trong quý III, trị giá 60 triệu đồng mỗi căn.
Hồng Loan
Tin khác
- Phường Vũng Tàu ra mắt mô hình "Khu phố an toàn, văn minh" (03/10/2025)
- Phường Thủ Dầu Một trao quà Trung thu cho thiếu nhi khó khăn (05/10/2025)
- Đặc khu Côn Đảo tổ chức hội nghị nhân dân khu dân cư (29/09/2025)
""", "2025-10-08", "Phường Bà Rịa ra mắt 41 Ban Công tác Mặt trận khu phố sau sắp xếp",
E("hoi_nghi", None, "2025-10-06"),
[P("Trần Thị Bích Ngọc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam Thành phố"),
 P("Lê Minh Khoa", "Bí thư Đảng ủy phường Bà Rịa"),
 P("Châu Văn Phát", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Thị Ngọc Hân", "Trưởng ban Công tác Mặt trận khu phố Long Hương 3"),
 P("Võ Văn Tư", "Trưởng ban Công tác Mặt trận các khu phố Phước Trung 2 và Long Toàn 5"),
 P("Nguyễn Phước Lộc", "Trưởng ban Công tác Mặt trận các khu phố Phước Trung 2 và Long Toàn 5")],
[Q("41 Ban Công tác Mặt trận khu phố", 41, "Ban Công tác Mặt trận khu phố"), Q("41 khu phố", 41, "khu phố"),
 Q("hơn 23.000 hộ", 23000, "hộ", "over"), Q("khoảng 86.500 nhân khẩu", 86500, "nhân khẩu", "approx"),
 Q("287 thành viên", 287, "thành viên"), Q("7 thành viên", 7, "thành viên"), Q("41 trưởng ban", 41, "trưởng ban"), Q("29 người", 29, "người"), Q("12 người", 12, "người"),
 Q("41 bộ tài liệu nghiệp vụ", 41, "bộ tài liệu nghiệp vụ"), Q("120 phần quà", 120, "phần quà"), Q("700.000 đồng", 700000, "đồng"),
 Q("84 triệu đồng", 84000000, "đồng"), Q("9 căn nhà đại đoàn kết", 9, "căn nhà đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng")],
[D("Nghị quyết", "1685", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1685/NQ-UBTVQH15 ngày 16/6/2025"),
 D("Quyết định", "58", "QĐ-MTTQ", "2025-10-01", "Ban Thường trực Ủy ban MTTQ Việt Nam phường", "Quyết định số 58/QĐ-MTTQ ngày 1/10/2025"),
 D("Quy chế phối hợp", "03", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 03/QCPH-MTTQ-UBND")],
[prov("Hồ Chí Minh"), com("Bà Rịa"), com("Phước Hiệp"), com("Phước Trung"), com("Phước Nguyên"), com("Long Toàn"),
 prov("Bà Rịa - Vũng Tàu")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ HỒ CHÍ MINH", "Trang chủ » Tin cơ sở » Phường - Xã - Đặc khu",
 "không để ai bị bỏ lại phía sau", "Long Hương 3", "Phước Trung 2", "Long Toàn 5"],
["Thứ Tư, 08/10/2025", "Cập nhật lúc 15:25", "năm 2025", "quý III"]))

PAGES.append(page("b2685-danang-hoian-giamsat-2025", """
BÁO ĐÀ NẴNG
Chính trị › Mặt trận
20/10/2025 16:15
Mặt trận phường Hội An giám sát hỗ trợ xóa nhà tạm, nhà dột nát
(ĐN) - Ngày 17/10/2025, Ban Thường trực Ủy ban MTTQ Việt Nam phường Hội An (thành phố Đà Nẵng) tổ chức giám sát việc thực hiện chính sách hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo trên địa bàn, theo Chương trình giám sát năm 2025 của Ủy ban MTTQ Việt Nam phường.
Ảnh: Đoàn giám sát kiểm tra thực tế tại nhà bà Trần Thị Bông, khối Sơn Phong.
Đoàn do ông Huỳnh Tấn Lực, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Hội An làm trưởng đoàn; thành viên gồm đại diện các tổ chức chính trị - xã hội, Ban Thanh tra nhân dân và các Ban Công tác Mặt trận khối phố. Phường Hội An được thành lập từ ngày 1/7/2025 trên cơ sở các phường Minh An, Sơn Phong, Cẩm Phô, Thanh Hà và một phần phường Tân An của thành phố Hội An cũ, tỉnh Quảng Nam.
Theo báo cáo của UBND phường, thực hiện Quyết định số 22/2024/QĐ-UBND ngày 18/9/2024 của UBND tỉnh Quảng Nam và Kế hoạch số 09-KH/ĐU của Đảng ủy phường về phong trào "Chung tay xóa nhà tạm, nhà dột nát", năm 2025 phường có 27 hộ được hỗ trợ, gồm 11 hộ xây mới và 16 hộ sửa chữa. Mức hỗ trợ xây mới là 60 triệu đồng/căn, sửa chữa 30 triệu đồng/căn; tổng kinh phí hơn 1,14 tỷ đồng, trong đó ngân sách nhà nước khoảng 720 triệu đồng, còn lại từ Quỹ "Vì người nghèo" và các nhà hảo tâm. Đến ngày giám sát, 25/27 căn đã hoàn thành, bàn giao cho các hộ.
Qua kiểm tra thực tế tại 8 hộ, đoàn ghi nhận việc bình xét đối tượng được thực hiện dân chủ, công khai tại hội nghị nhân dân các khối phố; nhà xây mới bảo đảm "3 cứng" (nền cứng, khung - tường cứng, mái cứng). Tuy nhiên, 2 căn còn chậm tiến độ do vướng thủ tục đất; một số hộ chưa được hướng dẫn đầy đủ việc thanh quyết toán.
Đoàn cũng đã nghe ý kiến của các ông, bà: Trần Thị Bông, Phạm Văn Tèo - người dân khối Sơn Phong; Lê Văn Nhơn, Trưởng khối phố Thanh Nam. Bà Trần Thị Bông xúc động kể: "Nhà cũ mưa là dột, nay có căn nhà mới, tui yên tâm ăn Tết".
Kết luận buổi giám sát, ông Huỳnh Tấn Lực đề nghị UBND phường khẩn trương hoàn thành 2 căn còn lại trước ngày 30/11/2025; công khai kết quả hỗ trợ tại các khối phố; phối hợp Ban Công tác Mặt trận khối phố theo dõi, giúp các hộ sau khi vào nhà mới ổn định cuộc sống, thoát nghèo bền vững. Đoàn đã ban hành 3 kiến nghị gửi UBND phường.
Ông Nguyễn Văn Sơn, Phó Chủ tịch UBND phường, tiếp thu và cho biết phường đã chỉ đạo bộ phận địa chính giải quyết dứt điểm hồ sơ đất của 2 hộ trong tháng 10.
Theo kế hoạch, năm 2025 Mặt trận phường thực hiện 4 cuộc giám sát chuyên đề.
Thu Hiền
Lượt xem: 734
Tin liên quan
- Phường Tam Kỳ ra mắt 35 tổ bảo vệ an ninh, trật tự sau sắp xếp (14/10/2025)
- Phường Hải Châu tổ chức Ngày hội Đại đoàn kết điểm (10/10/2025)
- Đà Nẵng: Ban Công tác Mặt trận khu dân cư phát huy vai trò sau sắp xếp (03/10/2025)
""", "2025-10-20", "Mặt trận phường Hội An giám sát hỗ trợ xóa nhà tạm, nhà dột nát",
E("giam_sat", "2025", "2025-10-17"),
[P("Huỳnh Tấn Lực", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Hội An"),
 P("Trần Thị Bông"), P("Phạm Văn Tèo"),
 P("Lê Văn Nhơn", "Trưởng khối phố Thanh Nam"),
 P("Nguyễn Văn Sơn", "Phó Chủ tịch UBND phường")],
[Q("27 hộ", 27, "hộ"), Q("11 hộ", 11, "hộ"), Q("16 hộ", 16, "hộ"), Q("60 triệu đồng/căn", 60000000, "đồng"),
 Q("30 triệu đồng/căn", 30000000, "đồng"), Q("hơn 1,14 tỷ đồng", 1140000000, "đồng", "over"),
 Q("khoảng 720 triệu đồng", 720000000, "đồng", "approx"), Q("25/27 căn", 25, "căn"), Q("8 hộ", 8, "hộ"), Q("2 căn", 2, "căn"),
 Q("3 kiến nghị", 3, "kiến nghị"), Q("2 hộ", 2, "hộ"), Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề")],
[D("Quyết định", "22", "2024/QĐ-UBND", "2024-09-18", "UBND tỉnh Quảng Nam", "Quyết định số 22/2024/QĐ-UBND ngày 18/9/2024"),
 D("Kế hoạch", "09", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 09-KH/ĐU")],
[prov("Đà Nẵng"), com("Hội An"), com("Minh An"), com("Sơn Phong"), com("Cẩm Phô"), com("Thanh Hà"), com("Tân An"),
 prov("Quảng Nam")],
["BÁO ĐÀ NẴNG", "Chính trị › Mặt trận", "(ĐN)", "Ảnh: Đoàn giám sát kiểm tra thực tế tại nhà bà Trần Thị Bông, khối Sơn Phong.",
 "Chương trình giám sát năm 2025", "Chung tay xóa nhà tạm, nhà dột nát", "Vì người nghèo", "Lượt xem: 734"],
["20/10/2025 16:15", "3 cứng", "năm 2025", "ngày 30/11/2025", "tháng 10", "Lượt xem: 734"]))

PAGES.append(page("b2686-vinhlong-travinh-traoqua-senedolta-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Xã hội › Dân tộc - Tôn giáo
Thứ Bảy, 20/09/2025 | 11:30
Tặng 300 phần quà cho hộ nghèo đồng bào Khmer phường Trà Vinh dịp lễ Sene Dolta
Ảnh: Đồng chí Thạch Thị Sô Phi trao quà cho bà con.
(VL) - Ngày 19/9, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long phối hợp Ủy ban MTTQ Việt Nam phường Trà Vinh thăm, tặng 300 phần quà cho hộ nghèo, hộ cận nghèo đồng bào Khmer nhân dịp lễ Sene Dolta năm 2025. Mỗi phần quà trị giá 500.000 đồng gồm tiền mặt và nhu yếu phẩm.
Tham dự có đồng chí Thạch Thị Sô Phi, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Kiên Văn Đức, Phó Bí thư Thường trực Đảng ủy phường Trà Vinh; Hòa thượng Thạch Sanh, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Âng.
Phường Trà Vinh được thành lập từ 1/7/2025 trên cơ sở các Phường 1, Phường 3, Phường 4 và Phường 9 của thành phố Trà Vinh cũ. Hiện phường có 28 khóm với khoảng 12.600 hộ, trong đó hơn 3.100 hộ đồng bào Khmer và 5 chùa Phật giáo Nam tông Khmer. Tỷ lệ hộ nghèo theo chuẩn đa chiều còn 0,87%, hộ cận nghèo 1,9%.
Theo đồng chí Kiên Văn Đức, thực hiện Chỉ thị số 02-CT/TU ngày 28/7/2025 của Ban Thường vụ Tỉnh ủy Vĩnh Long về chăm lo đời sống đồng bào dân tộc thiểu số sau sắp xếp, Đảng ủy phường đã chỉ đạo 28 Ban Công tác Mặt trận khóm rà soát, lập danh sách, không để trùng lặp, bỏ sót. Ngoài số quà trên, Hội Đoàn kết sư sãi yêu nước phường và các chùa đã vận động thêm 180 phần quà, trị giá khoảng 72 triệu đồng.
Phát biểu tại buổi trao quà, đồng chí Thạch Thị Sô Phi thăm hỏi, chúc bà con đón lễ Sene Dolta vui tươi, an toàn, tiết kiệm; đề nghị các vị sư sãi, người có uy tín tiếp tục vận động đồng bào thực hiện tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước, cảnh giác trước các luận điệu xuyên tạc.
Bà Thạch Thị Sa Rết, hộ cận nghèo ở khóm 2, chia sẻ: "Nhà tôi làm mướn, mỗi dịp lễ được Đảng, Nhà nước, Mặt trận nhớ tới là vui lắm". Ông Sơn Đa Ra, Trưởng khóm 6, người có uy tín trong đồng bào Khmer, cho biết khóm có 47 hộ nhận quà đợt này.
Không khí buổi trao quà tại sân chùa Âng rộn ràng tiếng nhạc ngũ âm; nhiều bà con đến từ sớm, mặc trang phục truyền thống. Các đoàn viên thanh niên của phường tình nguyện chở quà đến tận nhà cho những người già yếu, khuyết tật không thể đến nhận.
Trước đó, Ban Tuyên giáo và Dân vận Tỉnh ủy đã thăm, tặng quà 12 chùa Khmer trên địa bàn các phường Trà Vinh, Nguyệt Hóa, Long Đức, mỗi chùa 3 triệu đồng.
Ngọc Hân - Minh Thư
Tin liên quan
- Vĩnh Long: Họp mặt chức sắc, người có uy tín đồng bào Khmer mừng lễ Sene Dolta (17/09/2025)
- Phường Long Đức ra mắt Ban Công tác Mặt trận 14 khóm sau sắp xếp (10/09/2025)
- Tặng 1.500 phần quà cho hộ nghèo Khmer toàn tỉnh (05/09/2025)
""", "2025-09-20", "Tặng 300 phần quà cho hộ nghèo đồng bào Khmer phường Trà Vinh dịp lễ Sene Dolta",
E("trao_qua", None, "2025-09-19"),
[P("Thạch Thị Sô Phi", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kiên Văn Đức", "Phó Bí thư Thường trực Đảng ủy phường Trà Vinh"),
 P("Thạch Sanh", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Âng"),
 P("Thạch Thị Sa Rết"),
 P("Sơn Đa Ra", "Trưởng khóm 6", "người có uy tín trong đồng bào Khmer")],
[Q("300 phần quà", 300, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("28 khóm", 28, "khóm"),
 Q("khoảng 12.600 hộ", 12600, "hộ", "approx"), Q("hơn 3.100 hộ đồng bào Khmer", 3100, "hộ đồng bào Khmer", "over"),
 Q("5 chùa Phật giáo Nam tông Khmer", 5, "chùa Phật giáo Nam tông Khmer"), Q("0,87%", 0.87, "%"), Q("1,9%", 1.9, "%"),
 Q("28 Ban Công tác Mặt trận khóm", 28, "Ban Công tác Mặt trận khóm"), Q("180 phần quà", 180, "phần quà"),
 Q("khoảng 72 triệu đồng", 72000000, "đồng", "approx"), Q("47 hộ", 47, "hộ"), Q("12 chùa Khmer", 12, "chùa Khmer"),
 Q("3 triệu đồng", 3000000, "đồng")],
[D("Chỉ thị", "02", "CT/TU", "2025-07-28", "Ban Thường vụ Tỉnh ủy Vĩnh Long", "Chỉ thị số 02-CT/TU ngày 28/7/2025")],
[prov("Vĩnh Long"), com("Trà Vinh"), com("Phường 1"), com("Phường 3"), com("Phường 4"), com("Phường 9"),
 com("Nguyệt Hóa"), com("Long Đức")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Xã hội › Dân tộc - Tôn giáo", "Ảnh: Đồng chí Thạch Thị Sô Phi trao quà cho bà con.", "(VL)",
 "Sene Dolta", "Hội Đoàn kết sư sãi yêu nước phường", "chùa Âng"],
["Thứ Bảy, 20/09/2025 | 11:30", "năm 2025", "khóm 2", "khóm 6"]))
