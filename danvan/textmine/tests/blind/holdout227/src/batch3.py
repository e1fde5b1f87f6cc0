from lib import *
PAGES = []

PAGES.append(page("b5417-hanoi-phuong-tongket-2023", """
ĐẢNG BỘ PHƯỜNG MAI ĐỘNG - QUẬN HOÀNG MAI - HÀ NỘI
Trang chủ » Xây dựng Đảng » Chi bộ doanh nghiệp
Thứ Sáu, 29/12/2023, 08:05
Đảng ủy phường Mai Động tổng kết công tác xây dựng Đảng trong các chi bộ doanh nghiệp năm 2023
Chiều 27/12, Đảng ủy phường Mai Động (quận Hoàng Mai, Hà Nội) tổ chức hội nghị tổng kết công tác xây dựng Đảng trong các chi bộ doanh nghiệp ngoài nhà nước năm 2023, triển khai nhiệm vụ năm 2024. Dự hội nghị có đồng chí Đặng Thị Hải Yến, Quận ủy viên, Bí thư Đảng ủy phường; đồng chí Tạ Quang Minh, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường cùng 64 đảng viên là bí thư, cấp ủy viên các chi bộ doanh nghiệp.
Đồng chí Đặng Thị Hải Yến trao giấy khen cho các chi bộ tiêu biểu.
Hiện Đảng bộ phường có 31 chi bộ trực thuộc, trong đó 7 chi bộ doanh nghiệp tư nhân với 96 đảng viên. Năm 2023, các chi bộ doanh nghiệp kết nạp 8 đảng viên mới; 6/7 chi bộ được đánh giá hoàn thành tốt nhiệm vụ trở lên. Thực hiện Kế hoạch số 88-KH/ĐU ngày 15/2/2023 của Đảng ủy phường, cấp ủy đã khảo sát 142 doanh nghiệp đóng trên địa bàn, xác định 12 doanh nghiệp có từ 3 đảng viên chính thức trở lên nhưng chưa có tổ chức đảng.
Các chi bộ doanh nghiệp đã phối hợp với Ủy ban MTTQ phường vận động doanh nghiệp ủng hộ Quỹ "Vì người nghèo" hơn 320 triệu đồng, hỗ trợ sửa chữa 4 căn nhà cho hộ nghèo, hộ cận nghèo; tặng 150 suất quà Tết cho công nhân khó khăn. Hội Doanh nghiệp phường có 58 hội viên, thường xuyên tham gia các hoạt động an sinh xã hội.
Tại hội nghị, ông Khổng Minh Đức, Giám đốc Công ty TNHH Cơ điện Mai Động, Bí thư Chi bộ công ty, chia sẻ kinh nghiệm lồng ghép sinh hoạt chi bộ với họp giao ban sản xuất. Bà Hoàng Thị Nga, Chủ tịch Hội Doanh nghiệp phường, đề nghị Đảng ủy tiếp tục tổ chức gặp mặt doanh nghiệp định kỳ. Các đồng chí Ủy viên Ban Thường vụ Đảng ủy phường: Lưu Văn Hậu, Đỗ Thị Thanh Mai, đã trao đổi về việc quản lý đảng viên làm việc tại doanh nghiệp nhưng sinh hoạt nơi cư trú.
Theo đánh giá của Đảng ủy phường, hạn chế còn tồn tại là một số chi bộ doanh nghiệp chưa chủ động đề xuất nội dung sinh hoạt; việc tạo nguồn phát triển đảng viên trong công nhân còn khó khăn do lao động thường xuyên biến động; mối quan hệ giữa chi bộ và chủ doanh nghiệp ở một số nơi chưa chặt chẽ.
Phát biểu kết luận, đồng chí Đặng Thị Hải Yến yêu cầu các chi bộ quán triệt Nghị quyết số 41-NQ/TW ngày 10/10/2023 của Bộ Chính trị về xây dựng và phát huy vai trò của đội ngũ doanh nhân Việt Nam trong thời kỳ mới; năm 2024 phấn đấu thành lập thêm ít nhất 2 chi bộ doanh nghiệp, kết nạp không dưới 10 đảng viên mới. Đảng ủy phường tặng giấy khen cho 3 chi bộ tiêu biểu và 9 đảng viên hoàn thành xuất sắc nhiệm vụ.
Thu Trang
Tin khác
- Mai Động: gặp mặt doanh nghiệp nhân Ngày Doanh nhân Việt Nam (13/10/2023)
- Kết nạp đảng viên tại Chi bộ Công ty TNHH In Hoàng Mai (15/09/2023)
- Hội nghị đối thoại giữa Bí thư Đảng ủy phường với nhân dân năm 2023 (30/08/2023)
""", "2023-12-29", "Đảng ủy phường Mai Động tổng kết công tác xây dựng Đảng trong các chi bộ doanh nghiệp năm 2023",
E("tong_ket", "2023", "2023-12-27"),
[P("Đặng Thị Hải Yến", "Quận ủy viên", "Bí thư Đảng ủy phường"),
 P("Tạ Quang Minh", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường"),
 P("Khổng Minh Đức", "Giám đốc Công ty TNHH Cơ điện Mai Động", "Bí thư Chi bộ công ty"),
 P("Hoàng Thị Nga", "Chủ tịch Hội Doanh nghiệp phường"),
 P("Lưu Văn Hậu", "Ủy viên Ban Thường vụ Đảng ủy phường"), P("Đỗ Thị Thanh Mai", "Ủy viên Ban Thường vụ Đảng ủy phường")],
[Q("64 đảng viên", 64, "đảng viên"), Q("31 chi bộ", 31, "chi bộ"), Q("7 chi bộ doanh nghiệp tư nhân", 7, "chi bộ doanh nghiệp tư nhân"),
 Q("96 đảng viên", 96, "đảng viên"), Q("8 đảng viên mới", 8, "đảng viên mới"), Q("6/7 chi bộ", 6, "chi bộ"),
 Q("142 doanh nghiệp", 142, "doanh nghiệp"), Q("12 doanh nghiệp", 12, "doanh nghiệp"),
 Q("từ 3 đảng viên chính thức trở lên", 3, "đảng viên chính thức", "over"), Q("hơn 320 triệu đồng", 320000000, "đồng", "over"),
 Q("4 căn nhà", 4, "căn nhà"), Q("150 suất quà", 150, "suất quà"), Q("58 hội viên", 58, "hội viên"),
 Q("ít nhất 2 chi bộ doanh nghiệp", 2, "chi bộ doanh nghiệp", "over"), Q("không dưới 10 đảng viên mới", 10, "đảng viên mới", "over"),
 Q("3 chi bộ tiêu biểu", 3, "chi bộ tiêu biểu"), Q("9 đảng viên", 9, "đảng viên")],
[D("Kế hoạch", "88", "KH/ĐU", "2023-02-15", "Đảng ủy phường", "Kế hoạch số 88-KH/ĐU ngày 15/2/2023"),
 D("Nghị quyết", "41", "NQ/TW", "2023-10-10", "Bộ Chính trị", "Nghị quyết số 41-NQ/TW ngày 10/10/2023")],
[prov("Hà Nội"), com("Mai Động")],
["ĐẢNG BỘ PHƯỜNG MAI ĐỘNG - QUẬN HOÀNG MAI - HÀ NỘI", "Trang chủ » Xây dựng Đảng » Chi bộ doanh nghiệp",
 "Đồng chí Đặng Thị Hải Yến trao giấy khen cho các chi bộ tiêu biểu.", "Vì người nghèo", "Hội Doanh nghiệp phường"],
["Thứ Sáu, 29/12/2023, 08:05", "năm 2023", "năm 2024", "suất quà Tết"]))

PAGES.append(page("b5418-soctrang-ubnd-doithoai-2023", """
Báo Sóc Trăng Online
Kinh tế > Doanh nghiệp - Hợp tác xã
Cập nhật: 14:10, 20/07/2023 (GMT+7)
Ảnh: Toàn cảnh hội nghị đối thoại.
Lắng nghe, tháo gỡ vướng mắc cho doanh nghiệp, hợp tác xã
(STO) - Ngày 19/7, UBND tỉnh Sóc Trăng tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với doanh nghiệp, hợp tác xã năm 2023. Đồng chí Lâm Hoàng Nghiệp, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; cùng dự có đồng chí Sơn Thị Mỹ Xuyên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, và hơn 180 đại biểu đại diện các doanh nghiệp, hợp tác xã, tổ hợp tác.
Trước hội nghị, Hiệp hội Doanh nghiệp tỉnh và Liên minh Hợp tác xã tỉnh đã tổng hợp 46 ý kiến góp ý, kiến nghị; trong đó 18 ý kiến về đất đai, 11 ý kiến về thuế, số còn lại về tín dụng, xúc tiến thương mại. Tại hội nghị, lãnh đạo các sở, ngành đã trả lời trực tiếp 23 ý kiến.
Ông Thạch Phol, Giám đốc Hợp tác xã Nông nghiệp Hòa Tú, người dân tộc Khmer, phản ánh hợp tác xã có 215 thành viên, liên kết bao tiêu lúa thơm với doanh nghiệp trên 1.000 ha nhưng khó vay vốn vì thiếu tài sản bảo đảm. Bà Lý Thị Sa Ni, Phó Chủ tịch Hiệp hội Doanh nghiệp tỉnh, Giám đốc Công ty TNHH Thủy sản Mỹ Xuyên, đề nghị tỉnh sớm hoàn thiện hạ tầng Khu công nghiệp Trần Đề. Ông Kim Sóc Ra, Bí thư Chi bộ Công ty cổ phần Chế biến nông sản Sóc Trăng, cho biết chi bộ có 13 đảng viên, đã vận động 95% công nhân tham gia bảo hiểm xã hội tự nguyện ngoài chế độ bắt buộc.
Theo Sở Kế hoạch và Đầu tư, 6 tháng đầu năm 2023 tỉnh có 156 doanh nghiệp thành lập mới với tổng vốn đăng ký khoảng 1.200 tỷ đồng; 24 hợp tác xã mới được thành lập. Tỉnh đã thực hiện Nghị quyết số 02/NQ-CP ngày 10/1/2023 của Chính phủ về nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2023 và Kế hoạch số 104/KH-UBND ngày 15/5/2023 của UBND tỉnh.
Kết luận hội nghị, đồng chí Lâm Hoàng Nghiệp giao các sở, ngành giải quyết dứt điểm các kiến nghị trong thời hạn 30 ngày; Ngân hàng Nhà nước chi nhánh tỉnh chỉ đạo các ngân hàng thương mại dành khoảng 2.000 tỷ đồng cho vay ưu đãi doanh nghiệp nhỏ và vừa, hợp tác xã. Đồng chí cũng đề nghị Đảng ủy Khối Doanh nghiệp tỉnh phối hợp với các huyện ủy phát triển tổ chức đảng trong doanh nghiệp tư nhân theo Chỉ thị 33-CT/TW của Ban Bí thư.
Nhiều ý kiến của doanh nghiệp cho rằng thủ tục cấp phép xây dựng, phòng cháy chữa cháy còn kéo dài; việc thu hồi đất, giải phóng mặt bằng cho các dự án chậm, ảnh hưởng tiến độ đầu tư. Một số hợp tác xã ở vùng đồng bào Khmer chưa có cán bộ được đào tạo về kế toán, quản trị.
Bà Sơn Thị Mỹ Xuyên đề nghị các doanh nghiệp tiếp tục đồng hành với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", hỗ trợ xây nhà đại đoàn kết cho hộ nghèo ở xã Hòa Tú 1 và xã Viên An.
Sơn Lâm
Lượt xem: 2.318
Tin liên quan
- Sóc Trăng: tọa đàm về phát triển kinh tế tập thể (10/07/2023)
- Trao 50 căn nhà đại đoàn kết cho hộ nghèo (28/06/2023)
""", "2023-07-20", "Lắng nghe, tháo gỡ vướng mắc cho doanh nghiệp, hợp tác xã",
E("doi_thoai", "2023", "2023-07-19"),
[P("Lâm Hoàng Nghiệp", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Sơn Thị Mỹ Xuyên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Phol", "Giám đốc Hợp tác xã Nông nghiệp Hòa Tú"),
 P("Lý Thị Sa Ni", "Phó Chủ tịch Hiệp hội Doanh nghiệp tỉnh", "Giám đốc Công ty TNHH Thủy sản Mỹ Xuyên"),
 P("Kim Sóc Ra", "Bí thư Chi bộ Công ty cổ phần Chế biến nông sản Sóc Trăng")],
[Q("hơn 180 đại biểu", 180, "đại biểu", "over"), Q("46 ý kiến", 46, "ý kiến"), Q("18 ý kiến", 18, "ý kiến"),
 Q("11 ý kiến", 11, "ý kiến"), Q("23 ý kiến", 23, "ý kiến"), Q("215 thành viên", 215, "thành viên"),
 Q("trên 1.000 ha", 1000, "ha", "over"), Q("13 đảng viên", 13, "đảng viên"), Q("95%", 95, "%"),
 Q("156 doanh nghiệp", 156, "doanh nghiệp"), Q("khoảng 1.200 tỷ đồng", 1200000000000, "đồng", "approx"),
 Q("24 hợp tác xã", 24, "hợp tác xã"), Q("khoảng 2.000 tỷ đồng", 2000000000000, "đồng", "approx")],
[D("Nghị quyết", "02", "NQ-CP", "2023-01-10", "Chính phủ", "Nghị quyết số 02/NQ-CP ngày 10/1/2023"),
 D("Kế hoạch", "104", "KH-UBND", "2023-05-15", "UBND tỉnh", "Kế hoạch số 104/KH-UBND ngày 15/5/2023"),
 D("Chỉ thị", "33", "CT/TW", None, "Ban Bí thư", "Chỉ thị 33-CT/TW")],
[prov("Sóc Trăng"), com("Hòa Tú 1"), com("Viên An")],
["Báo Sóc Trăng Online", "Kinh tế > Doanh nghiệp - Hợp tác xã", "Ảnh: Toàn cảnh hội nghị đối thoại.", "(STO)",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Khu công nghiệp Trần Đề", "Lượt xem: 2.318"],
["Cập nhật: 14:10, 20/07/2023 (GMT+7)", "năm 2023", "6 tháng đầu năm 2023", "30 ngày", "Lượt xem: 2.318"]))

PAGES.append(page("b5419-kontum-chandung-khac-2024", """
BÁO KON TUM
Xây dựng Đảng | Gương sáng
24/05/2024 06:00
Chị Y Hlâm (bìa phải) trao đổi với công nhân tại xưởng sản xuất.
Nữ bí thư chi bộ người Ba Na ở doanh nghiệp tư nhân
Gần 10 năm gắn bó với Công ty TNHH Nông lâm sản Ngọc Linh, chị Y Hlâm, người dân tộc Ba Na, hiện là Bí thư Chi bộ, Phó Giám đốc Công ty TNHH Nông lâm sản Ngọc Linh, đã cùng chi bộ đưa doanh nghiệp trở thành điểm sáng trong phát triển đảng viên ở vùng đồng bào dân tộc thiểu số.
Chi bộ công ty được thành lập năm 2019, khi tỉnh Kon Tum triển khai Chỉ thị số 33-CT/TW ngày 18/3/2019 của Ban Bí thư. Khi đó chi bộ chỉ có 3 đảng viên; đến nay đã có 14 đảng viên, trong đó 9 đảng viên là người Ba Na, Xơ Đăng. Công ty có 86 công nhân, liên kết trồng sâm và dược liệu dưới tán rừng với 120 hộ đồng bào ở xã Ngọc Réo và xã Đăk Blà, giúp mỗi hộ thu nhập thêm khoảng 40 triệu đồng mỗi năm.
Theo chị Y Hlâm, khó nhất là thuyết phục chủ doanh nghiệp dành thời gian cho sinh hoạt chi bộ. Chi bộ chọn cách gắn nội dung sinh hoạt với nhiệm vụ sản xuất, đưa nghị quyết của chi bộ thành chỉ tiêu của từng tổ. Nhờ vậy, doanh thu năm 2023 của công ty đạt hơn 18 tỷ đồng, tăng 25% so với năm trước; công ty đóng góp hơn 300 triệu đồng xây 3 căn nhà đại đoàn kết.
Ông A Tuyên, Giám đốc công ty, nhận xét: "Chi bộ mạnh thì công nhân yên tâm, doanh nghiệp phát triển". Năm 2023, chi bộ kết nạp 2 đảng viên mới là công nhân trẻ, được Đảng ủy Khối Doanh nghiệp tỉnh công nhận hoàn thành xuất sắc nhiệm vụ.
Đồng chí Nguyễn Thị Thanh Thủy, Tỉnh ủy viên, Bí thư Đảng ủy Khối Doanh nghiệp tỉnh, cho biết thực hiện Nghị quyết số 09-NQ/TU ngày 12/4/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển đảng viên ở vùng đồng bào dân tộc thiểu số, toàn Đảng bộ Khối hiện có 23 tổ chức đảng trong doanh nghiệp ngoài nhà nước với 312 đảng viên, trong đó khoảng 15% là người dân tộc thiểu số. Chi bộ của chị Y Hlâm được chọn làm điểm để nhân rộng theo Kế hoạch số 36-KH/ĐUK của Đảng ủy Khối.
Chị Y Hlâm còn là Ủy viên Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh, thường xuyên vận động chị em trong các làng người Ba Na học nghề, vay vốn phát triển kinh tế. Bà Y Đảo, người có uy tín làng Kon Tu Ma, xã Ngọc Réo, kể chị Hlâm từng đến từng nhà vận động 36 hộ chuyển từ trồng mì sang trồng dược liệu.
Những ngày này, chi bộ đang chuẩn bị hồ sơ đề nghị kết nạp 3 quần chúng ưu tú. Với chị Y Hlâm, việc mỗi năm có thêm đảng viên là người đồng bào làm việc ngay tại doanh nghiệp chính là cách giữ rừng, giữ làng bền vững nhất.
Đức Mạnh
Tin cùng chuyên mục
- Kon Tum: 5 chi bộ doanh nghiệp được thành lập năm 2023 (10/05/2024)
- Gương sáng đảng viên trẻ người Xơ Đăng (26/04/2024)
- Phát triển đảng viên ở làng đặc biệt khó khăn (12/04/2024)
""", "2024-05-24", "Nữ bí thư chi bộ người Ba Na ở doanh nghiệp tư nhân",
E("khac", None, None),
[P("Y Hlâm", "Bí thư Chi bộ", "Phó Giám đốc Công ty TNHH Nông lâm sản Ngọc Linh", "Ủy viên Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh"),
 P("A Tuyên", "Giám đốc công ty"),
 P("Nguyễn Thị Thanh Thủy", "Tỉnh ủy viên", "Bí thư Đảng ủy Khối Doanh nghiệp tỉnh"),
 P("Y Đảo", "người có uy tín làng Kon Tu Ma")],
[Q("3 đảng viên", 3, "đảng viên"), Q("14 đảng viên", 14, "đảng viên"), Q("9 đảng viên", 9, "đảng viên"),
 Q("86 công nhân", 86, "công nhân"), Q("120 hộ", 120, "hộ"), Q("khoảng 40 triệu đồng", 40000000, "đồng", "approx"),
 Q("hơn 18 tỷ đồng", 18000000000, "đồng", "over"), Q("25%", 25, "%"), Q("hơn 300 triệu đồng", 300000000, "đồng", "over"),
 Q("3 căn nhà đại đoàn kết", 3, "căn nhà đại đoàn kết"), Q("2 đảng viên mới", 2, "đảng viên mới"),
 Q("23 tổ chức đảng", 23, "tổ chức đảng"), Q("312 đảng viên", 312, "đảng viên"), Q("khoảng 15%", 15, "%", "approx"),
 Q("36 hộ", 36, "hộ"), Q("3 quần chúng ưu tú", 3, "quần chúng ưu tú")],
[D("Chỉ thị", "33", "CT/TW", "2019-03-18", "Ban Bí thư", "Chỉ thị số 33-CT/TW ngày 18/3/2019"),
 D("Nghị quyết", "09", "NQ/TU", "2021-04-12", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 09-NQ/TU ngày 12/4/2021"),
 D("Kế hoạch", "36", "KH/ĐUK", None, "Đảng ủy Khối", "Kế hoạch số 36-KH/ĐUK")],
[prov("Kon Tum"), com("Ngọc Réo"), com("Đăk Blà")],
["BÁO KON TUM", "Xây dựng Đảng | Gương sáng", "Chị Y Hlâm (bìa phải) trao đổi với công nhân tại xưởng sản xuất.",
 "Chi bộ mạnh thì công nhân yên tâm, doanh nghiệp phát triển", "Công ty TNHH Nông lâm sản Ngọc Linh"],
["24/05/2024 06:00", "Gần 10 năm", "năm 2019", "năm 2023", "Năm 2023"]))

PAGES.append(page("b5420-binhdinh-hdnt-daihoi-2024", """
BÁO BÌNH ĐỊNH
Trang chủ - Kinh tế - Doanh nhân
18-08-2024 09:40
Đại hội Hội Doanh nhân trẻ tỉnh lần thứ V, nhiệm kỳ 2024 - 2029
Ngày 17/8, Hội Doanh nhân trẻ tỉnh Bình Định tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2024 - 2029 với sự tham dự của 220 đại biểu chính thức, đại diện cho 465 hội viên. Dự đại hội có đồng chí Hồ Quốc Dũng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Trần Thị Kim Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Đinh Văn Thương, Bí thư Tỉnh đoàn nhiệm kỳ 2022 - 2027.
Ban Chấp hành Hội Doanh nhân trẻ tỉnh khóa V ra mắt đại hội.
Nhiệm kỳ 2019 - 2024, Hội đã kết nạp 187 hội viên mới, thành lập 4 chi hội ở các huyện, thị xã; 70% doanh nghiệp hội viên có doanh thu tăng bình quân trên 12%/năm. Hội phối hợp với Đảng ủy Khối Doanh nghiệp tỉnh thành lập 5 chi bộ đảng trong doanh nghiệp hội viên; giới thiệu 34 doanh nhân trẻ ưu tú để các chi bộ bồi dưỡng, trong đó 19 người đã được kết nạp Đảng. Các hội viên đóng góp hơn 7,5 tỷ đồng cho công tác an sinh xã hội, trao 300 suất học bổng cho học sinh nghèo hiếu học.
Đại hội thảo luận, góp ý vào Chỉ thị số 12-CT/TU ngày 6/5/2022 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với các hội quần chúng, và việc thực hiện Nghị quyết số 41-NQ/TW ngày 10/10/2023 của Bộ Chính trị. Bà Phạm Thị Ngọc Lan, Phó Chủ tịch Hội khóa IV, Giám đốc Công ty cổ phần Thực phẩm Nhơn Bình ở phường Nhơn Bình, tham luận về khởi nghiệp đổi mới sáng tạo; hiện Hội đang ươm tạo 18 dự án khởi nghiệp.
Đại hội đã bầu 35 ủy viên Ban Chấp hành khóa V. Anh Trương Công Danh, Giám đốc Công ty TNHH Gỗ Phù Cát, được tín nhiệm bầu giữ chức Chủ tịch Hội Doanh nhân trẻ tỉnh khóa V. Các anh, chị Phó Chủ tịch Hội gồm: Lê Hữu Phát, Võ Thị Diễm My, Đặng Minh Khoa.
Phát biểu chỉ đạo, đồng chí Hồ Quốc Dũng đề nghị Hội tiếp tục thực hiện Quyết định số 1568/QĐ-UBND ngày 3/5/2024 của UBND tỉnh về chương trình hỗ trợ doanh nghiệp nhỏ và vừa; phấn đấu đến năm 2029 có ít nhất 700 hội viên, mỗi năm giới thiệu ít nhất 10 doanh nhân trẻ ưu tú cho Đảng xem xét kết nạp.
Đại hội cũng chỉ ra những hạn chế trong nhiệm kỳ qua: hoạt động của một số chi hội còn cầm chừng; nhiều hội viên là chủ doanh nghiệp siêu nhỏ, chưa mạnh dạn đầu tư đổi mới công nghệ; công tác nắm tình hình tư tưởng hội viên và phối hợp với tổ chức đảng ở doanh nghiệp chưa thường xuyên.
Văn Lực
Tin liên quan
- Hội Doanh nhân trẻ tỉnh trao 50 suất học bổng (05/08/2024)
- Hội nghị Ban Chấp hành Hội Doanh nhân trẻ tỉnh lần thứ 10 (15/07/2024)
- Bình Định: doanh nhân trẻ đồng hành cùng thanh niên khởi nghiệp (28/06/2024)
""", "2024-08-18", "Đại hội Hội Doanh nhân trẻ tỉnh lần thứ V, nhiệm kỳ 2024 - 2029",
E("dai_hoi", None, "2024-08-17"),
[P("Hồ Quốc Dũng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Trần Thị Kim Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Thương", "Bí thư Tỉnh đoàn nhiệm kỳ 2022 - 2027"),
 P("Phạm Thị Ngọc Lan", "Phó Chủ tịch Hội khóa IV", "Giám đốc Công ty cổ phần Thực phẩm Nhơn Bình"),
 P("Trương Công Danh", "Giám đốc Công ty TNHH Gỗ Phù Cát", "Chủ tịch Hội Doanh nhân trẻ tỉnh khóa V"),
 P("Lê Hữu Phát", "Phó Chủ tịch Hội"), P("Võ Thị Diễm My", "Phó Chủ tịch Hội"), P("Đặng Minh Khoa", "Phó Chủ tịch Hội")],
[Q("220 đại biểu chính thức", 220, "đại biểu chính thức"), Q("465 hội viên", 465, "hội viên"),
 Q("187 hội viên mới", 187, "hội viên mới"), Q("4 chi hội", 4, "chi hội"), Q("70%", 70, "%"),
 Q("trên 12%/năm", 12, "%", "over"), Q("5 chi bộ đảng", 5, "chi bộ đảng"), Q("34 doanh nhân trẻ ưu tú", 34, "doanh nhân trẻ ưu tú"),
 Q("19 người", 19, "người"), Q("hơn 7,5 tỷ đồng", 7500000000, "đồng", "over"), Q("300 suất học bổng", 300, "suất học bổng"),
 Q("18 dự án khởi nghiệp", 18, "dự án khởi nghiệp"), Q("35 ủy viên Ban Chấp hành", 35, "ủy viên Ban Chấp hành"),
 Q("ít nhất 700 hội viên", 700, "hội viên", "over"), Q("ít nhất 10 doanh nhân trẻ ưu tú", 10, "doanh nhân trẻ ưu tú", "over")],
[D("Chỉ thị", "12", "CT/TU", "2022-05-06", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 6/5/2022"),
 D("Nghị quyết", "41", "NQ/TW", "2023-10-10", "Bộ Chính trị", "Nghị quyết số 41-NQ/TW ngày 10/10/2023"),
 D("Quyết định", "1568", "QĐ-UBND", "2024-05-03", "UBND tỉnh", "Quyết định số 1568/QĐ-UBND ngày 3/5/2024")],
[prov("Bình Định"), com("Nhơn Bình")],
["BÁO BÌNH ĐỊNH", "Trang chủ - Kinh tế - Doanh nhân", "Ban Chấp hành Hội Doanh nhân trẻ tỉnh khóa V ra mắt đại hội."],
["18-08-2024 09:40", "lần thứ V", "nhiệm kỳ 2024 - 2029", "Nhiệm kỳ 2019 - 2024", "khóa V", "khóa IV", "năm 2029"]))

PAGES.append(page("b5421-quangninh-dukdn-soket-2024", """
ĐẢNG BỘ TỈNH QUẢNG NINH - CỔNG THÔNG TIN ĐIỆN TỬ
Bạn đang ở: Trang chủ > Tin tức > Tổ chức cơ sở đảng
Thứ Hai, 15/07/2024
Ảnh: Đồng chí Phạm Văn Tiến phát biểu tại hội nghị.
Phát huy vai trò chi bộ trong doanh nghiệp tư nhân
Ngày 12/7, Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Quảng Ninh tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2024 đối với các tổ chức đảng trong doanh nghiệp ngoài nhà nước. Đồng chí Phạm Văn Tiến, Tỉnh ủy viên, Bí thư Đảng ủy Khối chủ trì hội nghị.
Sáu tháng đầu năm, Đảng ủy Khối đã thành lập 4 chi bộ trong doanh nghiệp tư nhân, kết nạp 63 đảng viên mới, đạt 57% kế hoạch năm. Đến nay, Đảng bộ Khối có 72 tổ chức đảng trong doanh nghiệp ngoài nhà nước với 1.930 đảng viên. Triển khai Nghị quyết chuyên đề số 07-NQ/ĐU ngày 8/3/2024 của Đảng ủy Khối về nâng cao chất lượng sinh hoạt chi bộ doanh nghiệp, 100% chi bộ đã xây dựng chương trình sinh hoạt chuyên đề cả năm.
Đảng ủy Khối cũng ký Quy chế phối hợp số 11-QC/ĐUK-HHDN với Hiệp hội Doanh nghiệp tỉnh về vận động thành lập tổ chức đảng, đoàn thể; qua đó Hiệp hội giới thiệu 27 doanh nghiệp đủ điều kiện. Các doanh nghiệp có tổ chức đảng đã đóng góp hơn 5,6 tỷ đồng cho chương trình xóa nhà tạm, nhà dột nát, hỗ trợ 42 hộ nghèo ở các xã vùng đồng bào dân tộc thiểu số.
Tại hội nghị, đồng chí Bàn Văn Cáo, người dân tộc Dao, Bí thư Chi bộ Công ty TNHH Chè Bình Liêu, cho biết chi bộ có 12 đảng viên, liên kết với 168 hộ đồng bào Dao, Tày, Sán Chỉ trồng chè hoa vàng. Bà Nịnh Thị Lan, người Sán Dìu, Chủ tịch Công đoàn cơ sở, Phó Bí thư Chi bộ Công ty cổ phần Cảng Hà Khánh ở phường Hà Khánh, đề xuất có cơ chế khen thưởng đảng viên là công nhân có sáng kiến. Đồng chí Vi Văn Thắng, Bí thư Đảng ủy xã Quảng Long, thông tin về việc phối hợp quản lý 35 đảng viên làm việc tại doanh nghiệp trên địa bàn.
Các đồng chí Phó Bí thư Đảng ủy Khối: Nguyễn Thị Thu Trang, Hoàng Minh Tuấn, đã giải đáp ý kiến về thủ tục chuyển sinh hoạt đảng và thu nộp đảng phí qua ứng dụng điện tử.
Hội nghị cũng nhận định, tỷ lệ doanh nghiệp tư nhân có tổ chức đảng vẫn còn thấp, nhiều chủ doanh nghiệp còn e ngại; chất lượng sinh hoạt ở một số chi bộ chưa cao; việc tạo nguồn trong công nhân trẻ, lao động thời vụ gặp khó do biến động việc làm.
Kết luận hội nghị, đồng chí Phạm Văn Tiến yêu cầu 6 tháng cuối năm tiếp tục thực hiện Chỉ thị số 33-CT/TW của Ban Bí thư, phấn đấu kết nạp không dưới 110 đảng viên trong năm 2024; mỗi tổ chức đảng trong doanh nghiệp phải có ít nhất 1 mô hình "Dân vận khéo".
Hải Yến
Tin cùng chuyên mục
- Quảng Ninh: Hội thảo về phát triển đảng viên trong doanh nghiệp FDI (02/07/2024)
- Thành lập Chi bộ Công ty TNHH Than Đông Bắc (20/06/2024)
- 100% chi bộ doanh nghiệp sinh hoạt chuyên đề quý II (05/06/2024)
""", "2024-07-15", "Phát huy vai trò chi bộ trong doanh nghiệp tư nhân",
E("so_ket", "2024-H1", "2024-07-12"),
[P("Phạm Văn Tiến", "Tỉnh ủy viên", "Bí thư Đảng ủy Khối"),
 P("Bàn Văn Cáo", "Bí thư Chi bộ Công ty TNHH Chè Bình Liêu"),
 P("Nịnh Thị Lan", "Chủ tịch Công đoàn cơ sở", "Phó Bí thư Chi bộ Công ty cổ phần Cảng Hà Khánh"),
 P("Vi Văn Thắng", "Bí thư Đảng ủy xã Quảng Long"),
 P("Nguyễn Thị Thu Trang", "Phó Bí thư Đảng ủy Khối"), P("Hoàng Minh Tuấn", "Phó Bí thư Đảng ủy Khối")],
[Q("4 chi bộ", 4, "chi bộ"), Q("63 đảng viên mới", 63, "đảng viên mới"), Q("57%", 57, "%"),
 Q("72 tổ chức đảng", 72, "tổ chức đảng"), Q("1.930 đảng viên", 1930, "đảng viên"), Q("100% chi bộ", 100, "%"),
 Q("27 doanh nghiệp", 27, "doanh nghiệp"), Q("hơn 5,6 tỷ đồng", 5600000000, "đồng", "over"), Q("42 hộ nghèo", 42, "hộ nghèo"),
 Q("12 đảng viên", 12, "đảng viên"), Q("168 hộ", 168, "hộ"), Q("35 đảng viên", 35, "đảng viên"),
 Q("không dưới 110 đảng viên", 110, "đảng viên", "over")],
[D("Nghị quyết", "07", "NQ/ĐU", "2024-03-08", "Đảng ủy Khối", "Nghị quyết chuyên đề số 07-NQ/ĐU ngày 8/3/2024"),
 D("Quy chế phối hợp", "11", "QC/ĐUK-HHDN", None, None, "Quy chế phối hợp số 11-QC/ĐUK-HHDN"),
 D("Chỉ thị", "33", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 33-CT/TW")],
[prov("Quảng Ninh"), com("Hà Khánh"), com("Quảng Long")],
["ĐẢNG BỘ TỈNH QUẢNG NINH - CỔNG THÔNG TIN ĐIỆN TỬ", "Bạn đang ở: Trang chủ > Tin tức > Tổ chức cơ sở đảng",
 "Ảnh: Đồng chí Phạm Văn Tiến phát biểu tại hội nghị.", "Dân vận khéo", "xóa nhà tạm, nhà dột nát"],
["Thứ Hai, 15/07/2024", "ít nhất 1 mô hình", "6 tháng đầu năm 2024", "Sáu tháng đầu năm", "6 tháng cuối năm", "năm 2024"]))

PAGES.append(page("b5422-laocai-hhdn-tongket-2024", """
BÁO LÀO CAI ĐIỆN TỬ
Kinh tế › Doanh nghiệp
08:15 | 10/01/2025
Hiệp hội Doanh nghiệp tỉnh triển khai nhiệm vụ năm 2025
Chiều 9/1, Hiệp hội Doanh nghiệp tỉnh Lào Cai tổ chức hội nghị tổng kết hoạt động năm 2024, triển khai phương hướng, nhiệm vụ năm 2025. Dự hội nghị có đồng chí Giàng Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lù Văn Chư, Phó Chủ tịch UBND tỉnh, cùng 160 đại biểu là hội viên.
Các đại biểu dự hội nghị.
Năm 2024, Hiệp hội kết nạp thêm 46 hội viên mới, nâng tổng số hội viên lên 412 doanh nghiệp, hợp tác xã. Các doanh nghiệp hội viên tạo việc làm cho khoảng 21.000 lao động, trong đó hơn 40% là người dân tộc thiểu số; nộp ngân sách trên 3.100 tỷ đồng. Sau cơn bão số 3 (Yagi), các hội viên đã ủng hộ đồng bào vùng thiên tai gần 9,8 tỷ đồng, hỗ trợ xây dựng lại 37 căn nhà cho hộ dân bị sập, trôi nhà ở xã Bản Phiệt và các xã lân cận.
Hiệp hội đã phối hợp với Đảng ủy Khối Doanh nghiệp tỉnh thực hiện Kế hoạch số 315-KH/TU ngày 5/3/2024 của Ban Thường vụ Tỉnh ủy về xây dựng tổ chức đảng, đoàn thể trong doanh nghiệp ngoài nhà nước; đến nay có 28 doanh nghiệp hội viên có chi bộ đảng với 274 đảng viên; năm 2024 kết nạp 21 đảng viên mới là người lao động trong doanh nghiệp.
Tại hội nghị, ông Sùng A Páo, người dân tộc Mông, Giám đốc Hợp tác xã Dược liệu Sa Pa, Bí thư Chi bộ hợp tác xã, chia sẻ hợp tác xã liên kết với 230 hộ trồng dược liệu, thu nhập bình quân mỗi hộ khoảng 60 triệu đồng/năm. Bà Hoàng Thị Hoa, Phó Chủ tịch Thường trực Hiệp hội Doanh nghiệp tỉnh, trình bày dự thảo kế hoạch năm 2025, trong đó đề xuất tổ chức 4 hội nghị đối thoại giữa doanh nghiệp với chính quyền. Ông Trần Xuân Kiên, Chủ tịch Hiệp hội Doanh nghiệp tỉnh, Chủ tịch Hội đồng quản trị Công ty cổ phần Khoáng sản Kim Tân ở phường Kim Tân, cho biết Hiệp hội sẽ rà soát các vướng mắc theo Quyết định số 36/2024/QĐ-UBND ngày 12/9/2024 của UBND tỉnh về hỗ trợ doanh nghiệp nhỏ và vừa.
Các đại biểu cho rằng năm 2024 doanh nghiệp tỉnh chịu nhiều thiệt hại do thiên tai; nhiều tuyến giao thông bị sạt lở, ảnh hưởng vận chuyển hàng hóa; một số hội viên gặp khó về vốn để khôi phục sản xuất, chưa tiếp cận được gói tín dụng ưu đãi sau bão.
Phát biểu chỉ đạo, đồng chí Giàng Thị Mai đề nghị Hiệp hội tiếp tục quán triệt Nghị quyết số 41-NQ/TW của Bộ Chính trị về đội ngũ doanh nhân; vận động hội viên tham gia phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát" với mục tiêu hỗ trợ ít nhất 100 căn nhà trong năm 2025.
Dịp này, UBND tỉnh tặng bằng khen cho 15 doanh nghiệp, doanh nhân tiêu biểu.
Minh Đức
Tin khác
- Lào Cai: 200 doanh nghiệp tham gia khắc phục hậu quả bão số 3 (30/10/2024)
- Gặp mặt doanh nhân nhân Ngày Doanh nhân Việt Nam (13/10/2024)
- Thành lập Chi bộ Hợp tác xã Nông nghiệp Bắc Hà (20/09/2024)
""", "2025-01-10", "Hiệp hội Doanh nghiệp tỉnh triển khai nhiệm vụ năm 2025",
E("tong_ket", "2024", "2025-01-09"),
[P("Giàng Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lù Văn Chư", "Phó Chủ tịch UBND tỉnh"),
 P("Sùng A Páo", "Giám đốc Hợp tác xã Dược liệu Sa Pa", "Bí thư Chi bộ hợp tác xã"),
 P("Hoàng Thị Hoa", "Phó Chủ tịch Thường trực Hiệp hội Doanh nghiệp tỉnh"),
 P("Trần Xuân Kiên", "Chủ tịch Hiệp hội Doanh nghiệp tỉnh", "Chủ tịch Hội đồng quản trị Công ty cổ phần Khoáng sản Kim Tân")],
[Q("160 đại biểu", 160, "đại biểu"), Q("46 hội viên mới", 46, "hội viên mới"), Q("412 doanh nghiệp, hợp tác xã", 412, "doanh nghiệp, hợp tác xã"),
 Q("khoảng 21.000 lao động", 21000, "lao động", "approx"), Q("hơn 40%", 40, "%", "over"),
 Q("trên 3.100 tỷ đồng", 3100000000000, "đồng", "over"), Q("gần 9,8 tỷ đồng", 9800000000, "đồng", "approx"),
 Q("37 căn nhà", 37, "căn nhà"), Q("28 doanh nghiệp hội viên", 28, "doanh nghiệp hội viên"), Q("274 đảng viên", 274, "đảng viên"),
 Q("21 đảng viên mới", 21, "đảng viên mới"), Q("230 hộ", 230, "hộ"), Q("khoảng 60 triệu đồng/năm", 60000000, "đồng", "approx"),
 Q("4 hội nghị đối thoại", 4, "hội nghị đối thoại"), Q("ít nhất 100 căn nhà", 100, "căn nhà", "over"),
 Q("15 doanh nghiệp, doanh nhân tiêu biểu", 15, "doanh nghiệp, doanh nhân tiêu biểu")],
[D("Kế hoạch", "315", "KH/TU", "2024-03-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 315-KH/TU ngày 5/3/2024"),
 D("Quyết định", "36", "2024/QĐ-UBND", "2024-09-12", "UBND tỉnh", "Quyết định số 36/2024/QĐ-UBND ngày 12/9/2024"),
 D("Nghị quyết", "41", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 41-NQ/TW")],
[prov("Lào Cai"), com("Bản Phiệt"), com("Kim Tân")],
["BÁO LÀO CAI ĐIỆN TỬ", "Kinh tế › Doanh nghiệp", "Các đại biểu dự hội nghị.", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Yagi"],
["08:15 | 10/01/2025", "năm 2024", "năm 2025", "bão số 3", "Năm 2024"]))
