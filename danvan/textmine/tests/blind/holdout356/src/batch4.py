from lib import *
PAGES = []

PAGES.append(page("b8519-longan-bdv-giaoban-q3-2024", """
BAN DÂN VẬN TỈNH ỦY LONG AN
You are here: Trang chủ / Tin tức / Hoạt động khối dân vận
Thứ Sáu, 04/10/2024 - 14:32
Toàn cảnh buổi giao ban.
Long An: Khối dân vận tập trung vận động nhân dân phòng, chống sốt xuất huyết
Chiều 3/10, Ban Dân vận Tỉnh ủy Long An tổ chức giao ban khối dân vận quý III/2024 với Ban Dân vận các huyện ủy, thị ủy, thành ủy và Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh. Đồng chí Phan Thị Mỹ Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Dự giao ban có 38 đồng chí là lãnh đạo ban dân vận các địa phương và cán bộ khối dân vận tỉnh.
Theo báo cáo, 9 tháng năm 2024 toàn tỉnh ghi nhận 2.340 ca sốt xuất huyết, tăng 28% so với cùng kỳ, 1 trường hợp tử vong; các huyện giáp TP Hồ Chí Minh như Cần Giuộc, Bến Lức, Đức Hòa có số ca cao, tập trung ở các khu nhà trọ công nhân. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 22, 23-CT/TU về tăng cường lãnh đạo công tác phòng, chống dịch bệnh và về vận động nhân dân xây dựng khu dân cư xanh - sạch - đẹp.
Trong quý, khối dân vận phối hợp ngành y tế tổ chức 3 đợt chiến dịch với 26.500 lượt người tham gia; Mặt trận các cấp vận động 1.845 chủ nhà trọ ký cam kết; Tỉnh đoàn duy trì 188 đội hình "Ngày Chủ nhật xanh". Tổng kinh phí vận động được khoảng 3,6 tỷ đồng, trong đó hơn 1,1 tỷ đồng mua hóa chất, máy phun và tài liệu truyền thông.
Tại buổi giao ban, đồng chí Lê Thị Ngọc Mai, vừa được bổ nhiệm làm Phó Trưởng Ban Dân vận Tỉnh ủy, quán triệt các nội dung tập huấn chuyên môn theo Quyết định số 2760/QĐ-BYT ngày 4/7/2023 của Bộ Y tế về hướng dẫn chẩn đoán, điều trị bệnh sốt xuất huyết Dengue cho đội ngũ cộng tác viên. Đồng chí Nguyễn Văn Út, HUV, Trưởng Ban Dân vận Huyện ủy Cần Giuộc, cho biết xã Long Hậu có hơn 6.000 phòng trọ; huyện đã phân công 64 đảng viên phụ trách các khu trọ, mỗi tuần kiểm tra một lần.
Bà Trần Thị Kim Loan, Chủ tịch Ủy ban MTTQ Việt Nam xã Đức Hòa Hạ, và ông Võ Hoàng Nam, Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Bến Lức, đề nghị tỉnh có cơ chế xử lý các chủ nhà trọ tái phạm nhiều lần; đồng thời bổ sung chế độ cho cộng tác viên y tế ấp, hiện chỉ được hỗ trợ 300.000 đồng/tháng.
Kết luận, đồng chí Phan Thị Mỹ Dung yêu cầu quý IV khối dân vận tiếp tục "đi từng ngõ, gõ từng nhà" trong đợt cao điểm cuối mùa mưa; phấn đấu 100% khu nhà trọ được kiểm tra; biểu dương, nhân rộng 15 mô hình "Dân vận khéo" tiêu biểu trong phòng, chống dịch bệnh như "Nhà trọ sạch, không lăng quăng" ở xã Phước Lợi.
Ngọc Mận
Tin liên quan
- Cần Giuộc: Ra quân diệt lăng quăng tại 14 xã, thị trấn (25/09/2024)
- Hội nghị báo cáo viên Tỉnh ủy tháng 9/2024 (18/09/2024)
- Long An: Hơn 2.000 ca sốt xuất huyết từ đầu năm (10/09/2024)
""", "2024-10-04", "Long An: Khối dân vận tập trung vận động nhân dân phòng, chống sốt xuất huyết",
E("giao_ban", "2024-Q3", "2024-10-03"),
[P("Phan Thị Mỹ Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Ngọc Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Út", "HUV", "Trưởng Ban Dân vận Huyện ủy Cần Giuộc"),
 P("Trần Thị Kim Loan", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đức Hòa Hạ"),
 P("Võ Hoàng Nam", "Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Bến Lức")],
[Q("38 đồng chí", 38, "đồng chí"), Q("2.340 ca sốt xuất huyết", 2340, "ca sốt xuất huyết"), Q("28%", 28, "%"), Q("1 trường hợp", 1, "trường hợp"),
 Q("3 đợt chiến dịch", 3, "đợt chiến dịch"), Q("26.500 lượt người", 26500, "lượt người"), Q("1.845 chủ nhà trọ", 1845, "chủ nhà trọ"),
 Q("188 đội hình", 188, "đội hình"), Q("khoảng 3,6 tỷ đồng", 3600000000, "đồng", "approx"), Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"),
 Q("hơn 6.000 phòng trọ", 6000, "phòng trọ", "over"), Q("64 đảng viên", 64, "đảng viên"), Q("300.000 đồng", 300000, "đồng"),
 Q("100% khu nhà trọ", 100, "%"), Q("15 mô hình", 15, "mô hình")],
[D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 22, 23-CT/TU"),
 D("Chỉ thị", "23", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 22, 23-CT/TU"),
 D("Quyết định", "2760", "QĐ-BYT", "2023-07-04", "Bộ Y tế", "Quyết định số 2760/QĐ-BYT ngày 4/7/2023")],
[prov("Long An"), com("Long Hậu"), com("Đức Hòa Hạ"), com("Bến Lức"), com("Phước Lợi")],
["BAN DÂN VẬN TỈNH ỦY LONG AN", "You are here: Trang chủ / Tin tức / Hoạt động khối dân vận", "Toàn cảnh buổi giao ban.",
 "Ngày Chủ nhật xanh", "đi từng ngõ, gõ từng nhà", "Dân vận khéo", "Nhà trọ sạch, không lăng quăng", "xanh - sạch - đẹp"],
["Thứ Sáu, 04/10/2024 - 14:32", "38 đồng chí", "quý III/2024", "9 tháng năm 2024", "quý IV", "mỗi tuần kiểm tra một lần", "nhiều lần"]))

PAGES.append(page("b8520-baclieu-hoabinh-tongket-2024", """
Báo Bạc Liêu điện tử
Trang chủ | Chính trị | Dân vận
19/12/2024 | 16:00
Hòa Bình: Nhân rộng mô hình "Ấp không lăng quăng"
(BBL) - Ngày 18/12, Ban Dân vận Huyện ủy Hòa Bình phối hợp với Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị tổng kết mô hình "Ấp không lăng quăng" và công tác vận động nhân dân phòng, chống sốt xuất huyết năm 2024. Đồng chí Lâm Thị Ngọc Hân, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì.
Đồng chí Lâm Thị Ngọc Hân trao giấy khen cho các tập thể. Ảnh: Ngọc Bích
Mô hình được triển khai từ năm 2022 theo Kế hoạch số 57-KH/HU ngày 10/2/2022 của Ban Thường vụ Huyện ủy, đến nay đã nhân rộng ra 24 ấp ở 8 xã, thị trấn với 3.960 hộ tham gia. Năm 2024, toàn huyện có 187 ca sốt xuất huyết, giảm 46% so với năm 2023; riêng 24 ấp có mô hình chỉ ghi nhận 11 ca, không có ổ dịch.
Mỗi ấp thành lập tổ vận động gồm bí thư chi bộ, trưởng ấp, chi hội trưởng các đoàn thể và người có uy tín; mỗi tổ viên phụ trách khoảng 20 hộ, kiểm tra lăng quăng vào sáng thứ Bảy hằng tuần. Các hộ được hướng dẫn thả cá bảy màu, úp ngược vật dụng không dùng, thay nước bình bông. Hội Cựu chiến binh huyện hỗ trợ 1.200 con cá giống; Ủy ban MTTQ Việt Nam huyện vận động được 215 triệu đồng mua 860 tấm lưới phủ lu, khạp cho hộ nghèo, hộ cận nghèo.
Tuy nhiên, hội nghị cũng chỉ ra một số ấp duy trì mô hình chưa đều, tổ vận động có lúc chỉ kiểm tra hình thức; một bộ phận người dân, nhất là hộ có người đi làm ăn xa, chưa thường xuyên kiểm tra lăng quăng trong nhà.
Tại hội nghị, các đồng chí Bí thư Chi bộ ấp: Lâm Văn Kiệt, Trần Văn Sáu, Danh Sơn chia sẻ kinh nghiệm đưa nội dung phòng bệnh vào sinh hoạt chi bộ hằng tháng. Bà Thạch Thị Sa Pha, người có uy tín ấp Vĩnh Lạc, xã Vĩnh Hậu, nói: "Bà con Khmer trong ấp giờ ai cũng biết lăng quăng là con gì, sáng ra là lật lu coi liền". Ông Nguyễn Văn Tâm, Phó Chủ tịch UBND xã Vĩnh Mỹ A, đề nghị huyện duy trì kinh phí cho tổ vận động, mỗi tổ 500.000 đồng/quý.
Đồng chí Huỳnh Thanh Phong, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện đánh giá mô hình là cách làm "Dân vận khéo" hiệu quả, ít tốn kém, phù hợp với Quyết định số 105-QĐ/HU của Ban Thường vụ Huyện ủy về phát động phong trào thi đua "Dân vận khéo" giai đoạn 2021 - 2025. Đồng chí đề nghị năm 2025 nhân rộng mô hình ra ít nhất 40 ấp, 100% ấp ở thị trấn Hòa Bình và xã Minh Diệu.
Dịp này, Ban Dân vận Huyện ủy tặng giấy khen cho 10 tập thể, 16 cá nhân có thành tích xuất sắc trong thực hiện mô hình.
Ngọc Bích
Tin liên quan
- Vĩnh Lợi ra quân tổng vệ sinh môi trường cuối năm (15/12/2024)
- Bạc Liêu: 9 tháng ghi nhận hơn 900 ca sốt xuất huyết (05/10/2024)
- Hội nghị tổng kết Quy chế dân chủ ở cơ sở huyện Hòa Bình (28/11/2024)
""", "2024-12-19", "Hòa Bình: Nhân rộng mô hình \"Ấp không lăng quăng\"",
E("tong_ket", "2024", "2024-12-18"),
[P("Lâm Thị Ngọc Hân", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lâm Văn Kiệt", "Bí thư Chi bộ ấp"), P("Trần Văn Sáu", "Bí thư Chi bộ ấp"), P("Danh Sơn", "Bí thư Chi bộ ấp"),
 P("Thạch Thị Sa Pha", "người có uy tín ấp Vĩnh Lạc"),
 P("Nguyễn Văn Tâm", "Phó Chủ tịch UBND xã Vĩnh Mỹ A"),
 P("Huỳnh Thanh Phong", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện")],
[Q("24 ấp", 24, "ấp"), Q("8 xã, thị trấn", 8, "xã, thị trấn"), Q("3.960 hộ", 3960, "hộ"), Q("khoảng 20 hộ", 20, "hộ", "approx"), Q("187 ca sốt xuất huyết", 187, "ca sốt xuất huyết"),
 Q("46%", 46, "%"), Q("11 ca", 11, "ca"), Q("1.200 con cá giống", 1200, "con cá giống"), Q("215 triệu đồng", 215000000, "đồng"),
 Q("860 tấm lưới", 860, "tấm lưới"), Q("500.000 đồng", 500000, "đồng"), Q("ít nhất 40 ấp", 40, "ấp", "over"), Q("100% ấp", 100, "%"),
 Q("10 tập thể", 10, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Kế hoạch", "57", "KH/HU", "2022-02-10", "Ban Thường vụ Huyện ủy", "Kế hoạch số 57-KH/HU ngày 10/2/2022"),
 D("Quyết định", "105", "QĐ/HU", None, "Ban Thường vụ Huyện ủy", "Quyết định số 105-QĐ/HU")],
[prov("Bạc Liêu"), com("Vĩnh Hậu"), com("Vĩnh Mỹ A"), com("Hòa Bình"), com("Minh Diệu")],
["Báo Bạc Liêu điện tử", "Trang chủ | Chính trị | Dân vận", "(BBL)", "Ấp không lăng quăng",
 "Đồng chí Lâm Thị Ngọc Hân trao giấy khen cho các tập thể. Ảnh: Ngọc Bích", "Dân vận khéo"],
["19/12/2024 | 16:00", "năm 2024", "năm 2022", "năm 2023", "năm 2025", "giai đoạn 2021 - 2025", "sáng thứ Bảy"]))

PAGES.append(page("b8521-vinhlong-btgdv-phatdong-2025", """
Báo Vĩnh Long Online
Chính trị » Tuyên giáo - Dân vận
Cập nhật: 07:45, 13/04/2025 (GMT+7)
Phát động chiến dịch diệt lăng quăng, phòng, chống sốt xuất huyết năm 2025
Sáng 12/4, tại phường Cái Vồn (thị xã Bình Minh), Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Sở Y tế, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức lễ phát động chiến dịch diệt lăng quăng, vệ sinh môi trường phòng, chống sốt xuất huyết năm 2025. Dự lễ có đồng chí Võ Thị Ngọc Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; BS.CKII Huỳnh Minh Trung, Giám đốc Sở Y tế cùng hơn 500 cán bộ, đoàn viên, hội viên và người dân.
Lực lượng ra quân thu gom vật phế thải tại khóm Cường Thới, phường Cái Vồn.
Năm 2024, Vĩnh Long ghi nhận 1.536 ca sốt xuất huyết, 1 trường hợp tử vong; quý I/2025 đã có 248 ca, tăng 19% so với cùng kỳ. Thị xã Bình Minh, huyện Long Hồ và thành phố Vĩnh Long là những địa phương có số ca mắc cao. Thực hiện Kế hoạch số 35/KH-UBND ngày 20/2/2025 của UBND tỉnh và Hướng dẫn số 03-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, chiến dịch sẽ diễn ra đồng loạt tại 107 xã, phường, thị trấn, chia làm 3 đợt, đợt 1 từ tháng 4 đến tháng 5/2025.
Phát biểu phát động, đồng chí Võ Thị Ngọc Hạnh nhấn mạnh, đây là năm đầu tiên Ban Tuyên giáo và Dân vận Tỉnh ủy đi vào hoạt động sau khi hợp nhất, công tác vận động nhân dân phòng bệnh phải được thực hiện đồng bộ với tuyên truyền. Đồng chí đề nghị mỗi cán bộ, đảng viên gương mẫu thực hiện tại gia đình mình, vận động ít nhất 5 hộ xung quanh cùng làm.
BS.CKII Huỳnh Minh Trung cho biết ngành y tế đã chuẩn bị 2.000 lít hóa chất, 150 máy phun và tổ chức tập huấn theo Quyết định số 2760/QĐ-BYT của Bộ Y tế cho 1.320 cộng tác viên. "Phun hóa chất chỉ diệt muỗi trưởng thành; muốn cắt đứt nguồn lây thì phải diệt lăng quăng, và việc này chỉ người dân mới làm được", ông Trung nói.
Các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Trần Văn Đức, Nguyễn Hoàng Yến cùng đoàn công tác đã đến từng hộ ở khóm Cường Thới kiểm tra lu, khạp, chậu cây. Ông Phạm Văn Lợi, Chủ tịch UBND phường Cái Vồn, cho biết phường có 4.815 hộ, đã thành lập 26 tổ xung kích; riêng buổi sáng ra quân đã thu gom khoảng 6 tấn rác, phế thải.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao tặng 120 bộ lưới phủ lu và 30 triệu đồng cho hộ nghèo ở phường Cái Vồn và xã Đông Thành.
Minh Khoa
Tin liên quan
- Vĩnh Long: Hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy (01/03/2025)
- Long Hồ ra quân "Ngày Chủ nhật xanh" (05/04/2025)
- Sở Y tế cảnh báo nguy cơ sốt xuất huyết bùng phát sớm (28/03/2025)
""", "2025-04-13", "Phát động chiến dịch diệt lăng quăng, phòng, chống sốt xuất huyết năm 2025",
E("khac", None, "2025-04-12"),
[P("Võ Thị Ngọc Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Huỳnh Minh Trung", "BS.CKII", "Giám đốc Sở Y tế"),
 P("Trần Văn Đức", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Hoàng Yến", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phạm Văn Lợi", "Chủ tịch UBND phường Cái Vồn")],
[Q("hơn 500 cán bộ, đoàn viên, hội viên", 500, "cán bộ, đoàn viên, hội viên", "over"), Q("1.536 ca sốt xuất huyết", 1536, "ca sốt xuất huyết"),
 Q("1 trường hợp", 1, "trường hợp"), Q("248 ca", 248, "ca"), Q("19%", 19, "%"), Q("107 xã, phường, thị trấn", 107, "xã, phường, thị trấn"),
 Q("3 đợt", 3, "đợt"), Q("ít nhất 5 hộ", 5, "hộ", "over"), Q("2.000 lít", 2000, "lít"), Q("150 máy phun", 150, "máy phun"),
 Q("1.320 cộng tác viên", 1320, "cộng tác viên"), Q("4.815 hộ", 4815, "hộ"), Q("26 tổ xung kích", 26, "tổ xung kích"),
 Q("khoảng 6 tấn", 6, "tấn", "approx"), Q("120 bộ lưới", 120, "bộ lưới"), Q("30 triệu đồng", 30000000, "đồng")],
[D("Kế hoạch", "35", "KH-UBND", "2025-02-20", "UBND tỉnh", "Kế hoạch số 35/KH-UBND ngày 20/2/2025"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 03-HD/BTGDVTU"),
 D("Quyết định", "2760", "QĐ-BYT", None, "Bộ Y tế", "Quyết định số 2760/QĐ-BYT")],
[prov("Vĩnh Long"), com("Cái Vồn"), com("Đông Thành")],
["Báo Vĩnh Long Online", "Chính trị » Tuyên giáo - Dân vận", "Lực lượng ra quân thu gom vật phế thải tại khóm Cường Thới, phường Cái Vồn.",
 "Sở Y tế"],
["Cập nhật: 07:45, 13/04/2025 (GMT+7)", "năm 2025", "Năm 2024", "quý I/2025", "đợt 1", "từ tháng 4 đến tháng 5/2025", "năm đầu tiên"]))

PAGES.append(page("b8522-gialai-mttq-giamsat-sxh-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Chính trị › Mặt trận
Thứ Tư, 22/10/2025 | 09:10
Giám sát công tác phòng, chống sốt xuất huyết tại phường Quy Nhơn Nam và phường Hội Phú
Ngày 21/10, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai do bà Đinh Thị Hồng Vân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh làm trưởng đoàn đã giám sát việc thực hiện công tác phòng, chống dịch sốt xuất huyết năm 2025 tại UBND phường Quy Nhơn Nam và phường Hội Phú.
Đoàn giám sát làm việc tại UBND phường Quy Nhơn Nam.
Đây là cuộc giám sát chuyên đề đầu tiên của Mặt trận tỉnh về lĩnh vực y tế kể từ khi tỉnh Gia Lai mới được thành lập trên cơ sở hợp nhất tỉnh Gia Lai và tỉnh Bình Định theo Nghị quyết số 202/2025/QH15 của Quốc hội, chính quyền địa phương vận hành theo mô hình hai cấp. Theo Sở Y tế, 9 tháng năm 2025 toàn tỉnh ghi nhận 4.126 ca sốt xuất huyết, 2 trường hợp tử vong; khu vực ven biển phía đông chiếm gần 70% số ca.
Báo cáo với đoàn, ông Trương Quang Vinh, Phó Bí thư Đảng ủy, Chủ tịch UBND phường Quy Nhơn Nam cho biết, phường được hình thành từ 4 phường cũ, dân số hơn 92.000 người, có 38 khu phố. Thực hiện Kế hoạch số 215/KH-UBND ngày 12/8/2025 của UBND tỉnh, phường đã tổ chức 5 đợt ra quân, xử lý 19 ổ dịch; Ủy ban MTTQ Việt Nam phường phân công 76 cán bộ Mặt trận, hội viên phụ nữ theo dõi từng khu phố. Trạm Y tế phường phối hợp Trung tâm Y tế khu vực Quy Nhơn phun hóa chất cho 9.400 hộ.
Tại phường Hội Phú, bà Rah Lan H'Mai, Chủ tịch Ủy ban MTTQ Việt Nam phường cho biết phường có 1.120 hộ đồng bào Jrai ở 6 làng; mỗi làng có 1 tổ vận động do già làng làm tổ trưởng. Già làng Rơ Mah Thuyên, làng Ốp, nói: "Bà con nghe già làng, nghe Mặt trận, giờ nhà nào cũng đổ nước đọng, dọn vườn sạch sẽ".
Đoàn giám sát ghi nhận một số tồn tại: sau khi sắp xếp, một số khu phố mới chưa kiện toàn Ban Công tác Mặt trận; kinh phí phòng, chống dịch của cấp xã chưa được bố trí kịp thời, phường Hội Phú mới chi được 42 triệu đồng, bằng khoảng 35% dự toán.
Kết luận, bà Đinh Thị Hồng Vân đề nghị UBND hai phường sớm kiện toàn Ban Chỉ đạo phòng, chống dịch cấp xã; Ủy ban MTTQ Việt Nam phường đưa việc diệt lăng quăng vào cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; các tổ chức chính trị - xã hội trực thuộc Mặt trận phấn đấu 100% hội viên, đoàn viên thực hiện tại gia đình. Kết quả giám sát sẽ được báo cáo Ban Thường vụ Tỉnh ủy và kiến nghị UBND tỉnh.
Hoàng Hoài
Tin liên quan
- Gia Lai: Ra quân diệt lăng quăng tại 135 xã, phường (10/10/2025)
- Mặt trận tỉnh hoàn thành kiện toàn tổ chức sau hợp nhất (01/09/2025)
- Phường Quy Nhơn Đông tập huấn cho cộng tác viên y tế (25/09/2025)
""", "2025-10-22", "Giám sát công tác phòng, chống sốt xuất huyết tại phường Quy Nhơn Nam và phường Hội Phú",
E("giam_sat", "2025", "2025-10-21"),
[P("Đinh Thị Hồng Vân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Trương Quang Vinh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường Quy Nhơn Nam"),
 P("Rah Lan H'Mai", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Rơ Mah Thuyên", "Già làng")],
[Q("4.126 ca sốt xuất huyết", 4126, "ca sốt xuất huyết"), Q("2 trường hợp", 2, "trường hợp"), Q("gần 70%", 70, "%", "approx"),
 Q("4 phường cũ", 4, "phường cũ"), Q("hơn 92.000 người", 92000, "người", "over"), Q("38 khu phố", 38, "khu phố"),
 Q("5 đợt ra quân", 5, "đợt ra quân"), Q("19 ổ dịch", 19, "ổ dịch"), Q("76 cán bộ Mặt trận, hội viên phụ nữ", 76, "cán bộ Mặt trận, hội viên phụ nữ"),
 Q("9.400 hộ", 9400, "hộ"), Q("1.120 hộ đồng bào Jrai", 1120, "hộ đồng bào Jrai"), Q("6 làng", 6, "làng"),
 Q("42 triệu đồng", 42000000, "đồng"), Q("khoảng 35%", 35, "%", "approx"), Q("100% hội viên, đoàn viên", 100, "%")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Kế hoạch", "215", "KH-UBND", "2025-08-12", "UBND tỉnh", "Kế hoạch số 215/KH-UBND ngày 12/8/2025")],
[prov("Gia Lai"), prov("Bình Định"), com("Quy Nhơn Nam"), com("Hội Phú")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Chính trị › Mặt trận", "Đoàn giám sát làm việc tại UBND phường Quy Nhơn Nam.",
 "Trung tâm Y tế khu vực Quy Nhơn", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Sở Y tế", "làng Ốp"],
["Thứ Tư, 22/10/2025 | 09:10", "năm 2025", "9 tháng năm 2025", "1 tổ vận động", "hai cấp", "hai phường"]))

PAGES.append(page("b8523-vinhlong-huongmy-tongket-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ HƯƠNG MỸ - TỈNH VĨNH LONG
Trang chủ > Tin tức - Sự kiện > Mặt trận và các đoàn thể
Ngày đăng: 09/01/2026 | 15:40
Đại biểu nhận giấy khen của Ủy ban MTTQ Việt Nam xã.
Xã Hương Mỹ triển khai nhiệm vụ phòng, chống dịch bệnh năm 2026
Ngày 8/1/2026, Ủy ban MTTQ Việt Nam xã Hương Mỹ, tỉnh Vĩnh Long phối hợp với Trạm Y tế xã tổ chức hội nghị tổng kết công tác vận động nhân dân phòng, chống sốt xuất huyết, tổng vệ sinh môi trường năm 2025 và triển khai nhiệm vụ năm 2026. Ông Trần Thanh Tùng, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì hội nghị. Tham dự có các đồng chí: Nguyễn Văn Hậu, Bí thư Đảng ủy, Chủ tịch HĐND xã; Lê Thị Thu Ba, Phó Bí thư Thường trực Đảng ủy xã; Phạm Minh Khôi, Phó Chủ tịch UBND xã.
Xã Hương Mỹ (mới) được sắp xếp từ 3 xã cũ, có 21 ấp với 9.870 hộ. Năm 2025, dù vừa sắp xếp bộ máy theo mô hình chính quyền địa phương hai cấp, xã vẫn duy trì tốt công tác phòng bệnh: cả năm ghi nhận 41 ca sốt xuất huyết, giảm 32% so với năm 2024, không có ổ dịch. Thực hiện Kế hoạch số 24-KH/ĐU ngày 20/7/2025 của Ban Thường vụ Đảng ủy xã và Kế hoạch số 58/KH-UBND ngày 5/8/2025 của UBND xã, Mặt trận và các tổ chức chính trị - xã hội đã tổ chức 12 đợt ra quân "Ngày Chủ nhật xanh", thu gom hơn 18 tấn vỏ dừa, gáo dừa và rác thải.
Đặc thù vùng trồng dừa, gáo dừa, vỏ dừa đọng nước là nơi muỗi đẻ trứng. Ông Võ Văn Út, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Nông dân xã, cho biết Hội đã vận động 640 hộ trồng dừa gom vỏ dừa bán cho cơ sở sản xuất mụn dừa, vừa sạch môi trường vừa có thêm thu nhập khoảng 1,5 triệu đồng mỗi hộ/năm. Bà Huỳnh Thị Bích, Trưởng Trạm Y tế xã, báo cáo 52 tổ nhân dân tự quản đã kiểm tra 3.650 hộ, chỉ số nhà có lăng quăng giảm còn 6%.
Kinh phí thực hiện cả năm 86,5 triệu đồng, trong đó vận động xã hội hóa 40 triệu đồng. Mặt trận xã phối hợp Hội Liên hiệp Phụ nữ trao 200 suất quà Tết cho hộ nghèo có người bệnh, mỗi suất 500.000 đồng.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Hậu đề nghị năm 2026 tiếp tục thực hiện Chỉ thị 03, 04-CT/ĐU của Ban Thường vụ Đảng ủy xã về lãnh đạo phòng, chống dịch bệnh và về xây dựng ấp văn hóa, sáng - xanh - sạch - đẹp; Mặt trận và các đoàn thể phấn đấu 100% ấp tổ chức ra quân mỗi tháng một lần, không để xảy ra ổ dịch.
Dịp này, Ủy ban MTTQ Việt Nam xã tặng giấy khen cho 25 gương điển hình và 12 cá nhân tiêu biểu trong phong trào.
Ban Biên tập
Tin liên quan
- Xã Hương Mỹ tổ chức Ngày hội Đại đoàn kết toàn dân tộc (18/11/2025)
- Hội Nông dân xã tổng kết mô hình trồng dừa hữu cơ (25/12/2025)
- Trạm Y tế xã ra quân diệt lăng quăng đợt cuối năm (10/12/2025)
""", "2026-01-09", "Xã Hương Mỹ triển khai nhiệm vụ phòng, chống dịch bệnh năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("Trần Thanh Tùng", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Văn Hậu", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lê Thị Thu Ba", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Phạm Minh Khôi", "Phó Chủ tịch UBND xã"),
 P("Võ Văn Út", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Nông dân xã"),
 P("Huỳnh Thị Bích", "Trưởng Trạm Y tế xã")],
[Q("3 xã cũ", 3, "xã cũ"), Q("21 ấp", 21, "ấp"), Q("9.870 hộ", 9870, "hộ"), Q("41 ca sốt xuất huyết", 41, "ca sốt xuất huyết"),
 Q("32%", 32, "%"), Q("12 đợt ra quân", 12, "đợt ra quân"), Q("hơn 18 tấn", 18, "tấn", "over"), Q("640 hộ", 640, "hộ"),
 Q("khoảng 1,5 triệu đồng", 1500000, "đồng", "approx"), Q("52 tổ nhân dân tự quản", 52, "tổ nhân dân tự quản"),
 Q("3.650 hộ", 3650, "hộ"), Q("6%", 6, "%"), Q("86,5 triệu đồng", 86500000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("200 suất quà Tết", 200, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("100% ấp", 100, "%"),
 Q("25 gương điển hình", 25, "gương điển hình"), Q("12 cá nhân tiêu biểu", 12, "cá nhân tiêu biểu")],
[D("Kế hoạch", "24", "KH/ĐU", "2025-07-20", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 24-KH/ĐU ngày 20/7/2025"),
 D("Kế hoạch", "58", "KH-UBND", "2025-08-05", "UBND xã", "Kế hoạch số 58/KH-UBND ngày 5/8/2025"),
 D("Chỉ thị", "03", "CT/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Chỉ thị 03, 04-CT/ĐU"),
 D("Chỉ thị", "04", "CT/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Chỉ thị 03, 04-CT/ĐU")],
[prov("Vĩnh Long"), com("Hương Mỹ")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ HƯƠNG MỸ - TỈNH VĨNH LONG", "Trang chủ > Tin tức - Sự kiện > Mặt trận và các đoàn thể",
 "Đại biểu nhận giấy khen của Ủy ban MTTQ Việt Nam xã.", "Ngày Chủ nhật xanh", "sáng - xanh - sạch - đẹp", "Ban Biên tập"],
["Ngày đăng: 09/01/2026 | 15:40", "năm 2025", "năm 2026", "năm 2024", "hai cấp", "mỗi tháng một lần", "mỗi hộ/năm"]))

PAGES.append(page("b8524-tuyenquang-minhxuan-doithoai-2026", """
Chủ Nhật, 17/05/2026
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Trang chủ / Xã hội / Môi trường
Ngày đăng: 15/05/2026 | 10:20
Người dân "hỏi thẳng" chuyện rác thải, dịch bệnh
Chủ tịch UBND phường Minh Xuân đối thoại với Nhân dân về vệ sinh môi trường, phòng, chống sốt xuất huyết
Ngày 14/5, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam phường Minh Xuân tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2026 về công tác vệ sinh môi trường, thu gom rác thải và phòng, chống dịch sốt xuất huyết. Phó Bí thư Đảng ủy, Chủ tịch UBND phường Hoàng Văn Quyết chủ trì; hơn 200 đại biểu đại diện 46 tổ dân phố tham dự.
Mở đầu, bà Ma Thị Thu, Trạm trưởng Trạm Y tế phường cho biết, 4 tháng đầu năm 2026 phường ghi nhận 17 ca sốt xuất huyết, trong đó 9 ca từ nơi khác về; chỉ số nhà có lăng quăng tại một số tổ dân phố ven sông Lô vượt 20%. Thực hiện Kế hoạch số 86/KH-UBND ngày 3/3/2026 của UBND tỉnh Tuyên Quang, phường đã tổ chức 4 đợt tổng vệ sinh với hơn 3.000 lượt người tham gia.
Tại hội nghị, người dân nêu 23 ý kiến. Bà Triệu Thị Mai (tổ dân phố Tân Hà) phản ánh bãi đất trống cạnh chợ thành nơi đổ trộm rác, muỗi nhiều. Ông Nông Văn Hòa, Tổ trưởng tổ dân phố 12, hỏi về việc tăng giá dịch vụ thu gom rác lên 35.000 đồng/hộ/tháng. Bà Lý Thị Sen, người dân tộc Dao ở tổ dân phố 19, đề nghị phường hỗ trợ thùng đựng nước có nắp cho hộ khó khăn.
Trả lời, ông Hoàng Văn Quyết cho biết giá dịch vụ được áp dụng theo Quyết định số 09/2026/QĐ-UBND của UBND tỉnh, áp dụng thống nhất sau khi hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang; phường sẽ giao tổ dân phố giám sát chất lượng thu gom. Với bãi đất trống, phường yêu cầu chủ sử dụng đất rào chắn trong 15 ngày, lắp camera và xử phạt theo Nghị định số 45/2022/NĐ-CP của Chính phủ về xử phạt vi phạm hành chính trong lĩnh vực bảo vệ môi trường; mức phạt hành vi đổ rác không đúng nơi quy định từ 500.000 đồng.
Ông Đặng Quốc Bảo, Phó Chủ tịch UBND phường, tiếp thu ý kiến về hỗ trợ thùng nước, cho biết phường dành 40 triệu đồng mua 160 thùng có nắp cấp cho hộ nghèo, hộ cận nghèo trước mùa mưa. Anh Hà Quang Huy, vừa được tín nhiệm giữ chức Bí thư Đoàn phường, nhận trách nhiệm cùng thanh niên dọn bãi đất trống vào sáng Chủ nhật tới.
Kết luận, ông Hoàng Văn Quyết khẳng định 23 ý kiến sẽ được trả lời bằng văn bản trước ngày 30/5; phường sẽ học tập cách làm "tổ dân phố không rác" của phường Hà Giang 1, phấn đấu 100% tổ dân phố ra quân tổng vệ sinh mỗi tuần một lần trong mùa mưa.
Thu Phương
Tin liên quan
- Phường Minh Xuân ra mắt mô hình "Tuyến phố văn minh" (05/05/2026)
- Tuyên Quang: Cảnh báo sốt xuất huyết gia tăng đầu mùa mưa (28/04/2026)
- Hội nghị đối thoại với Nhân dân tại xã Bình Ca (20/04/2026)
""", "2026-05-15", "Chủ tịch UBND phường Minh Xuân đối thoại với Nhân dân về vệ sinh môi trường, phòng, chống sốt xuất huyết",
E("doi_thoai", "2026", "2026-05-14"),
[P("Hoàng Văn Quyết", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Ma Thị Thu", "Trạm trưởng Trạm Y tế phường"),
 P("Triệu Thị Mai"),
 P("Nông Văn Hòa", "Tổ trưởng tổ dân phố 12"),
 P("Lý Thị Sen"),
 P("Đặng Quốc Bảo", "Phó Chủ tịch UBND phường"),
 P("Hà Quang Huy", "Bí thư Đoàn phường")],
[Q("hơn 200 đại biểu", 200, "đại biểu", "over"), Q("46 tổ dân phố", 46, "tổ dân phố"), Q("17 ca sốt xuất huyết", 17, "ca sốt xuất huyết"),
 Q("9 ca", 9, "ca"), Q("20%", 20, "%"), Q("4 đợt tổng vệ sinh", 4, "đợt tổng vệ sinh"), Q("hơn 3.000 lượt người", 3000, "lượt người", "over"),
 Q("23 ý kiến", 23, "ý kiến"), Q("35.000 đồng", 35000, "đồng"), Q("500.000 đồng", 500000, "đồng"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("160 thùng", 160, "thùng"), Q("100% tổ dân phố", 100, "%")],
[D("Kế hoạch", "86", "KH-UBND", "2026-03-03", "UBND tỉnh Tuyên Quang", "Kế hoạch số 86/KH-UBND ngày 3/3/2026"),
 D("Quyết định", "09", "2026/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 09/2026/QĐ-UBND"),
 D("Nghị định", "45", "2022/NĐ-CP", None, "Chính phủ", "Nghị định số 45/2022/NĐ-CP")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Minh Xuân"), com("Hà Giang 1")],
["Chủ Nhật, 17/05/2026", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Trang chủ / Xã hội / Môi trường",
 "Người dân \"hỏi thẳng\" chuyện rác thải, dịch bệnh", "tổ dân phố không rác"],
["Chủ Nhật, 17/05/2026", "Ngày đăng: 15/05/2026 | 10:20", "năm 2026", "4 tháng đầu năm 2026", "tổ dân phố 12", "tổ dân phố 19",
 "15 ngày", "ngày 30/5", "mỗi tuần một lần"]))
