from lib import *
PAGES = []

PAGES.append(page("b7919-travinh-bdv-giaoban-q1-2024", """
Hôm nay: Thứ Sáu, 12/04/2024
BAN DÂN VẬN TỈNH ỦY TRÀ VINH
Trang chủ › Tin hoạt động › Dân vận chính quyền
11/04/2024 - 14:25 (GMT+7)
Ảnh: Quang cảnh buổi giao ban.
Khối dân vận chung tay bảo đảm nước sinh hoạt mùa khô
Chiều 10/4, Ban Dân vận Tỉnh ủy Trà Vinh tổ chức giao ban công tác dân vận quý I/2024, tập trung đánh giá công tác vận động nhân dân phòng, chống hạn mặn, bảo đảm nước sinh hoạt. Đồng chí Kim Văn Sóc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Báo cáo do đồng chí Sơn Thị Mỹ Linh, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày cho biết, trong quý I khối dân vận các cấp đã tham mưu cấp ủy triển khai Kết luận 04, 05-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong vùng đồng bào Khmer và về vận động nhân dân sử dụng nước sạch, tiết kiệm. Toàn tỉnh có khoảng 6.700 hộ ở 21 xã ven biển bị ảnh hưởng xâm nhập mặn, độ mặn có thời điểm lên 8‰.
Các cấp đã vận động được trên 2,6 tỷ đồng, hỗ trợ 1.450 lu, bồn chứa nước và 12 máy lọc nước mặn cho các điểm trường, chùa Khmer. 38 tổ dùng nước tự quản phối hợp Trung tâm Nước sạch chia lịch cấp nước luân phiên theo khung giờ, bảo đảm không hộ nào thiếu nước ăn uống. Qua nắm tình hình, có 9 ý kiến phản ánh về giá nước và áp lực nước yếu, đã được ngành chức năng trả lời 8 ý kiến.
Tại giao ban, ông Kim Sóc Khơ, HUV, Trưởng Ban Dân vận Huyện ủy Trà Cú cho biết huyện phát huy vai trò 146 người có uy tín, sư sãi trong vận động bà con trữ nước mưa. Đại đức Thạch Sa Rinh, trụ trì chùa Kôm Pong, xã Long Hiệp, thông tin chùa đã mở vòi nước ngọt từ giếng khoan của chùa phục vụ miễn phí cho khoảng 200 hộ xung quanh.
Đồng chí Huỳnh Thị Bé Ba, Trưởng phòng Dân vận chính quyền, Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy đề nghị các huyện nhân rộng mô hình "Ấp Khmer dùng nước sạch, tiết kiệm"; các xã chủ động rà soát hộ nghèo còn thiếu dụng cụ trữ nước.
Kết luận giao ban, đồng chí Kim Văn Sóc đề nghị quý II tiếp tục thực hiện Kế hoạch số 58-KH/BDVTU ngày 05/3/2024 của Ban Dân vận Tỉnh ủy về vận động nhân dân thích ứng hạn mặn; phối hợp Sở Nông nghiệp và PTNT sớm hoàn thành tuyến ống cấp nước cho 3 ấp của xã Long Hiệp với khoảng 720 hộ; kịp thời nắm tư tưởng nhân dân, không để phát sinh điểm nóng do thiếu nước. Đồng chí lưu ý các cơ quan báo chí tăng cường tuyên truyền gương người tốt, việc tốt trong chia sẻ nước ngọt, để lan tỏa tinh thần tương thân tương ái trong cộng đồng.
Ngọc Mai
Tin liên quan
- Cầu Ngang: trao 300 bồn chứa nước cho hộ nghèo (02/04/2024)
- Sư sãi chùa Khmer chung tay chống hạn (25/03/2024)
- Giao ban công tác dân vận quý IV/2023 (05/01/2024)
""", "2024-04-11", "Khối dân vận chung tay bảo đảm nước sinh hoạt mùa khô",
E("giao_ban", "2024-Q1", "2024-04-10"),
[P("Kim Văn Sóc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sơn Thị Mỹ Linh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kim Sóc Khơ", "HUV", "Trưởng Ban Dân vận Huyện ủy Trà Cú"),
 P("Thạch Sa Rinh", "Đại đức", "trụ trì chùa Kôm Pong"),
 P("Huỳnh Thị Bé Ba", "Trưởng phòng Dân vận chính quyền, Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy")],
[Q("khoảng 6.700 hộ", 6700, "hộ", "approx"), Q("21 xã ven biển", 21, "xã ven biển"), Q("8‰", 8, "‰"),
 Q("trên 2,6 tỷ đồng", 2600000000, "đồng", "over"), Q("1.450 lu, bồn chứa nước", 1450, "lu, bồn chứa nước"),
 Q("12 máy lọc nước mặn", 12, "máy lọc nước mặn"), Q("38 tổ dùng nước tự quản", 38, "tổ dùng nước tự quản"),
 Q("9 ý kiến", 9, "ý kiến"), Q("8 ý kiến", 8, "ý kiến"), Q("146 người có uy tín, sư sãi", 146, "người có uy tín, sư sãi"),
 Q("khoảng 200 hộ", 200, "hộ", "approx"), Q("3 ấp", 3, "ấp"), Q("khoảng 720 hộ", 720, "hộ", "approx")],
[D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU"),
 D("Kế hoạch", "58", "KH/BDVTU", "2024-03-05", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 58-KH/BDVTU ngày 05/3/2024")],
[prov("Trà Vinh"), com("Long Hiệp")],
["Hôm nay: Thứ Sáu, 12/04/2024", "BAN DÂN VẬN TỈNH ỦY TRÀ VINH", "Trang chủ › Tin hoạt động › Dân vận chính quyền",
 "Ảnh: Quang cảnh buổi giao ban.", "Ấp Khmer dùng nước sạch, tiết kiệm"],
["Hôm nay: Thứ Sáu, 12/04/2024", "11/04/2024 - 14:25 (GMT+7)", "quý I/2024", "quý I", "quý II"]))

PAGES.append(page("b7920-quangbinh-nuocsach-tongket-2024", """
BÁO QUẢNG BÌNH ĐIỆN TỬ
Kinh tế | Nông nghiệp - Nông thôn
Thứ Năm, 09/01/2025, 15:05
Triển khai nhiệm vụ cấp nước sạch nông thôn năm 2025
(QBĐT) - Sáng 8/1, Trung tâm Nước sạch và Vệ sinh môi trường nông thôn Quảng Bình tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025. Dự hội nghị có ông Trần Quốc Tuấn, Phó Giám đốc Sở Nông nghiệp và PTNT.
Năm 2024 là năm thứ hai Trung tâm thực hiện cơ chế tự chủ tài chính theo Quyết định số 2318/QĐ-UBND ngày 21/9/2022 của UBND tỉnh. Trung tâm đang quản lý 42 công trình cấp nước tập trung, cung cấp nước cho gần 61.000 hộ; trong năm phát triển mới 2.860 khách hàng, sản lượng nước thương phẩm đạt 7,9 triệu m3, doanh thu hơn 62 tỷ đồng, tăng 9,4% so với năm 2023.
Công nhân Trung tâm sửa chữa đường ống sau mưa lũ.
Đáng chú ý, sau đợt mưa lũ cuối tháng 10/2024, Trung tâm đã huy động 120 lượt công nhân khắc phục 17 công trình bị ảnh hưởng, bảo đảm nước cho người dân vùng rốn lũ Lệ Thủy, Quảng Ninh chỉ sau 2 ngày. Đối với vùng đồng bào Bru - Vân Kiều, Chứt ở huyện Minh Hóa, Bố Trạch, Trung tâm phối hợp Ban Dân tộc tỉnh thực hiện Chương trình hành động số 12-CTr/TU của Tỉnh ủy, đưa nước sạch về 6 bản với 318 hộ.
Ông Hồ Văn Xuân, Trưởng bản Ka Định, xã Dân Hóa, chia sẻ: "Trước đây bà con phải dùng nước khe, mùa mưa thì đục, mùa nắng thì cạn. Có nước máy, người già, trẻ nhỏ ít ốm đau hẳn". Bản đã thành lập tổ tự quản 5 người, phối hợp Trung tâm ghi chỉ số đồng hồ, thu tiền nước hằng tháng.
Bà Đinh Thị Mơ, người Chứt, Chủ tịch Hội Liên hiệp phụ nữ xã Thượng Hóa, đề nghị Trung tâm hỗ trợ chi phí đấu nối cho khoảng 40 hộ nghèo còn lại ở bản Mò O Ồ Ồ.
Tuy nhiên, Trung tâm vẫn còn khó khăn: tỷ lệ thất thoát nước 21,6%; 8 công trình đã xuống cấp cần khoảng 35 tỷ đồng để cải tạo; giá nước hiện hành chưa bù đủ chi phí.
Phát biểu chỉ đạo, ông Trần Quốc Tuấn yêu cầu năm 2025 Trung tâm phấn đấu phát triển ít nhất 3.000 khách hàng mới, giảm tỷ lệ thất thoát xuống còn 19%; thực hiện nghiêm Nghị quyết số 96/2023/NQ-HĐND ngày 08/12/2023 của HĐND tỉnh về giá nước sạch nông thôn; công khai giá nước, kết quả kiểm nghiệm chất lượng nước để người dân cùng giám sát.
Dịp này, Trung tâm trao giấy khen cho 5 tập thể, 14 cá nhân có thành tích xuất sắc năm 2024. Các ông Lê Văn Hải, Nguyễn Minh Châu - Phó Giám đốc Trung tâm ký giao ước thi đua năm 2025 với các trạm cấp nước.
Minh Phong
Tin liên quan
- Minh Hóa: Đưa nước sạch về bản Ón (20/12/2024)
- Khắc phục sự cố cấp nước sau mưa lũ (04/11/2024)
- Trung tâm Nước sạch tập huấn cho 45 tổ tự quản (15/10/2024)
""", "2025-01-09", "Triển khai nhiệm vụ cấp nước sạch nông thôn năm 2025",
E("tong_ket", "2024", "2025-01-08"),
[P("Trần Quốc Tuấn", "Phó Giám đốc Sở Nông nghiệp và PTNT"),
 P("Hồ Văn Xuân", "Trưởng bản Ka Định"),
 P("Đinh Thị Mơ", "Chủ tịch Hội Liên hiệp phụ nữ xã Thượng Hóa"),
 P("Lê Văn Hải", "Phó Giám đốc Trung tâm"),
 P("Nguyễn Minh Châu", "Phó Giám đốc Trung tâm")],
[Q("42 công trình cấp nước tập trung", 42, "công trình cấp nước tập trung"), Q("gần 61.000 hộ", 61000, "hộ", "approx"),
 Q("2.860 khách hàng", 2860, "khách hàng"), Q("7,9 triệu m3", 7900000, "m3"),
 Q("hơn 62 tỷ đồng", 62000000000, "đồng", "over"), Q("9,4%", 9.4, "%"), Q("120 lượt công nhân", 120, "lượt công nhân"),
 Q("17 công trình", 17, "công trình"), Q("6 bản", 6, "bản"), Q("318 hộ", 318, "hộ"), Q("5 người", 5, "người"),
 Q("khoảng 40 hộ nghèo", 40, "hộ nghèo", "approx"), Q("21,6%", 21.6, "%"), Q("8 công trình", 8, "công trình"),
 Q("khoảng 35 tỷ đồng", 35000000000, "đồng", "approx"), Q("ít nhất 3.000 khách hàng mới", 3000, "khách hàng mới", "over"),
 Q("còn 19%", 19, "%"), Q("5 tập thể", 5, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Quyết định", "2318", "QĐ-UBND", "2022-09-21", "UBND tỉnh", "Quyết định số 2318/QĐ-UBND ngày 21/9/2022"),
 D("Chương trình hành động", "12", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 12-CTr/TU"),
 D("Nghị quyết", "96", "2023/NQ-HĐND", "2023-12-08", "HĐND tỉnh", "Nghị quyết số 96/2023/NQ-HĐND ngày 08/12/2023")],
[prov("Quảng Bình"), com("Dân Hóa"), com("Thượng Hóa")],
["BÁO QUẢNG BÌNH ĐIỆN TỬ", "Kinh tế | Nông nghiệp - Nông thôn", "(QBĐT)", "Công nhân Trung tâm sửa chữa đường ống sau mưa lũ."],
["Thứ Năm, 09/01/2025, 15:05", "năm 2024", "năm 2025", "năm 2023", "Năm 2024", "năm thứ hai", "tháng 10/2024", "2 ngày"]))

PAGES.append(page("b7921-tuyenquang-lungcu-tiepxuccutri-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Thời sự › Chính trị
24/09/2025 | 16:30
Cử tri vùng cao Lũng Cú kiến nghị về nước sinh hoạt
Ngày 23/9, Tổ đại biểu HĐND tỉnh Tuyên Quang đơn vị bầu cử số 12 tiếp xúc cử tri xã Lũng Cú trước kỳ họp thường lệ cuối năm. Đây là lần đầu tổ đại biểu tiếp xúc cử tri vùng cao nguyên đá sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất theo Nghị quyết số 202/2025/QH15 của Quốc hội, vận hành chính quyền địa phương hai cấp.
Dự hội nghị tiếp xúc cử tri có bà Thào Thị Mai, Phó Trưởng Ban Dân tộc HĐND tỉnh; ông Vừ Mí Sính, Bí thư Đảng ủy xã Lũng Cú và hơn 120 cử tri các thôn.
Cử tri xã Lũng Cú phát biểu ý kiến.
Bà Thào Thị Mai thông tin tới cử tri kết quả kỳ họp chuyên đề, trong đó có Kế hoạch 45/KH-UBND ngày 12/8/2025 của UBND tỉnh về bảo đảm nước sinh hoạt cho vùng núi đá. Theo kế hoạch, năm 2025 - 2026 tỉnh bố trí khoảng 210 tỷ đồng để xây mới, sửa chữa hồ treo, bể chứa và công trình cấp nước tập trung, trong đó các xã vùng cao nguyên đá được ưu tiên.
Nhiều cử tri phản ánh tình trạng thiếu nước vào mùa khô. Theo số liệu của UBND xã, toàn xã có 1.870 hộ, trong đó khoảng 46% số hộ còn thiếu nước sinh hoạt vào các tháng cao điểm mùa khô. Ông Lầu Mí Vư, thôn Thèn Ván, cho biết 2 hồ treo của thôn bị thấm, mùa khô chỉ trữ được khoảng 1/3 dung tích; 64 hộ của thôn phải mua nước giá 300.000 - 400.000 đồng một xe 5 m3. Bà Vàng Thị Dính, Chi hội trưởng phụ nữ thôn Lô Lô Chải, đề nghị hỗ trợ mỗi hộ 1 téc nhựa loại 2 m3 để trữ nước mưa. Ông Sùng Sáo Dũng, Tổ trưởng tổ quản lý công trình nước thôn Sảng Pả, kiến nghị có kinh phí cho người trông coi đường ống, hiện tổ 4 người đều làm không công.
Thay mặt tổ đại biểu, ông Giàng Seo Lử, Phó Chủ tịch UBND xã Lũng Cú trả lời các ý kiến thuộc thẩm quyền của xã: năm 2025 xã đã sửa chữa 5 bể chứa, lắp đặt 1,8 km đường ống mới; đang lập danh sách 312 hộ đề nghị hỗ trợ téc nước. Về kinh phí cho tổ quản lý, xã sẽ hướng dẫn các thôn đưa mức đóng góp 10.000 đồng/hộ/tháng vào quy ước, công khai thu chi hằng quý.
Bà Thào Thị Mai tiếp thu, ghi nhận 11 ý kiến thuộc thẩm quyền cấp tỉnh, sẽ tổng hợp gửi UBND tỉnh và các sở, ngành xem xét, trả lời cử tri theo quy định; đồng thời đề nghị Đảng ủy, chính quyền xã phát huy vai trò người có uy tín, vận động bà con giữ gìn các công trình nước, sử dụng nước tiết kiệm trong mùa khô.
Vương Hà
Tin khác
- Mèo Vạc: khánh thành hồ treo dung tích 1.000 m3 (18/09/2025)
- Xã Đồng Văn ra mắt tổ dân vận thôn (10/09/2025)
- Tỉnh Tuyên Quang công bố 124 xã, phường sau sắp xếp (01/07/2025)
""", "2025-09-24", "Cử tri vùng cao Lũng Cú kiến nghị về nước sinh hoạt",
E("hoi_nghi", None, "2025-09-23"),
[P("Thào Thị Mai", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Vừ Mí Sính", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Lầu Mí Vư"),
 P("Vàng Thị Dính", "Chi hội trưởng phụ nữ thôn Lô Lô Chải"),
 P("Sùng Sáo Dũng", "Tổ trưởng tổ quản lý công trình nước thôn Sảng Pả"),
 P("Giàng Seo Lử", "Phó Chủ tịch UBND xã Lũng Cú")],
[Q("hơn 120 cử tri", 120, "cử tri", "over"), Q("1.870 hộ", 1870, "hộ"), Q("khoảng 46%", 46, "%", "approx"), Q("khoảng 210 tỷ đồng", 210000000000, "đồng", "approx"),
 Q("2 hồ treo", 2, "hồ treo"), Q("64 hộ", 64, "hộ"),
 Q("300.000 - 400.000 đồng", 300000, "đồng"), Q("300.000 - 400.000 đồng", 400000, "đồng"), Q("5 m3", 5, "m3"),
 Q("1 téc nhựa", 1, "téc nhựa"), Q("2 m3", 2, "m3"), Q("4 người", 4, "người"), Q("5 bể chứa", 5, "bể chứa"),
 Q("1,8 km", 1.8, "km"), Q("312 hộ", 312, "hộ"), Q("10.000 đồng/hộ/tháng", 10000, "đồng"), Q("11 ý kiến", 11, "ý kiến")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Kế hoạch", "45", "KH-UBND", "2025-08-12", "UBND tỉnh", "Kế hoạch 45/KH-UBND ngày 12/8/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Thời sự › Chính trị", "Cử tri xã Lũng Cú phát biểu ý kiến.",
 "Tổ đại biểu HĐND tỉnh Tuyên Quang đơn vị bầu cử số 12"],
["24/09/2025 | 16:30", "đơn vị bầu cử số 12", "lần đầu", "năm 2025 - 2026", "năm 2025", "1/3 dung tích", "hai cấp"]))

PAGES.append(page("b7922-vinhlong-nuocsach-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH VĨNH LONG
Kinh tế » Nông nghiệp » Nước sạch nông thôn
Thứ Năm, 18/12/2025 - 17:10
Ảnh: Đại biểu tham quan trạm cấp nước xã Long Hòa.
Vĩnh Long: 98,6% dân cư nông thôn sử dụng nước hợp vệ sinh
Ngày 17/12/2025, Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác cấp nước sạch nông thôn năm 2025, năm đầu tiên sau hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Đồng chí Nguyễn Thị Hồng Thắm, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh dự, chỉ đạo.
Theo báo cáo, toàn tỉnh hiện có 512 công trình cấp nước tập trung nông thôn do Trung tâm Nước sạch, các công ty và 63 tổ hợp tác, hợp tác xã quản lý. Năm 2025, tỉnh đầu tư mới và mở rộng 27 công trình với tổng vốn khoảng 418 tỷ đồng, đấu nối thêm 24.300 hộ; tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh đạt 98,6%, dùng nước sạch đạt quy chuẩn đạt 81,2%.
Trong đợt hạn mặn đầu năm, các địa phương ven biển vùng Bến Tre, Trà Vinh cũ đã cấp nước miễn phí qua 42 điểm, trao hơn 5.000 bồn, lu chứa nước cho hộ khó khăn. Thực hiện Quyết định số 1125/QĐ-UBND ngày 15/8/2025 của UBND tỉnh về phân cấp quản lý công trình cấp nước, 118 công trình nhỏ lẻ đã được chuyển giao cho UBND các xã, phường mới quản lý.
Đồng chí Thạch Sô Phanh, Chủ tịch UBND xã Long Hòa, cho biết xã có 2 trạm cấp nước do tổ dùng nước cộng đồng gồm 7 thành viên quản lý, tỷ lệ thu tiền nước đạt 99%. Bà Trần Thị Ngọc Diễm, Giám đốc Hợp tác xã dịch vụ nước sạch An Hiệp, đề nghị tỉnh sớm ban hành khung giá nước thống nhất, vì hiện giá nước giữa các vùng chênh lệch từ 6.000 đến 11.500 đồng/m3.
Ông Lê Hoàng Nam, Trưởng phòng Thủy lợi và Nước sạch nông thôn Sở Nông nghiệp và Môi trường, thông tin dự thảo Nghị quyết về giá nước sẽ trình HĐND tỉnh tại kỳ họp giữa năm 2026; trước mắt các đơn vị giữ nguyên giá hiện hành.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Hồng Thắm ghi nhận những kết quả đạt được trong bối cảnh vừa sắp xếp bộ máy; yêu cầu năm 2026 phấn đấu 85% dân cư nông thôn dùng nước sạch đạt quy chuẩn; hoàn thành liên kết mạng lưới giữa các nhà máy nước lớn; thực hiện Kết luận 81, 83-KL/TU của Ban Thường vụ Tỉnh ủy về bảo đảm an ninh nguồn nước; phát huy vai trò giám sát của Mặt trận Tổ quốc và người dân đối với chất lượng nước, giá nước.
Hội nghị đã khen thưởng 10 tập thể, 16 cá nhân có thành tích tiêu biểu trong công tác cấp nước sạch nông thôn năm 2025.
Hoàng Yến
Tin liên quan
- Xã An Hiệp khánh thành trạm cấp nước 2.000 m3/ngày đêm (05/12/2025)
- Tỉnh hỗ trợ 3.000 hộ nghèo đấu nối nước sạch (20/11/2025)
- Vận động người dân sử dụng nước tiết kiệm (30/10/2025)
""", "2025-12-18", "Vĩnh Long: 98,6% dân cư nông thôn sử dụng nước hợp vệ sinh",
E("tong_ket", "2025", "2025-12-17"),
[P("Nguyễn Thị Hồng Thắm", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Thạch Sô Phanh", "Chủ tịch UBND xã Long Hòa"),
 P("Trần Thị Ngọc Diễm", "Giám đốc Hợp tác xã dịch vụ nước sạch An Hiệp"),
 P("Lê Hoàng Nam", "Trưởng phòng Thủy lợi và Nước sạch nông thôn Sở Nông nghiệp và Môi trường")],
[Q("98,6%", 98.6, "%"), Q("512 công trình cấp nước tập trung nông thôn", 512, "công trình cấp nước tập trung nông thôn"),
 Q("63 tổ hợp tác, hợp tác xã", 63, "tổ hợp tác, hợp tác xã"), Q("27 công trình", 27, "công trình"),
 Q("khoảng 418 tỷ đồng", 418000000000, "đồng", "approx"), Q("24.300 hộ", 24300, "hộ"), Q("81,2%", 81.2, "%"),
 Q("42 điểm", 42, "điểm"), Q("hơn 5.000 bồn, lu chứa nước", 5000, "bồn, lu chứa nước", "over"),
 Q("118 công trình nhỏ lẻ", 118, "công trình nhỏ lẻ"), Q("2 trạm cấp nước", 2, "trạm cấp nước"),
 Q("7 thành viên", 7, "thành viên"), Q("99%", 99, "%"),
 Q("6.000 đến 11.500 đồng/m3", 6000, "đồng"), Q("6.000 đến 11.500 đồng/m3", 11500, "đồng"),
 Q("85%", 85, "%"), Q("10 tập thể", 10, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Quyết định", "1125", "QĐ-UBND", "2025-08-15", "UBND tỉnh", "Quyết định số 1125/QĐ-UBND ngày 15/8/2025"),
 D("Kết luận", "81", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 81, 83-KL/TU"),
 D("Kết luận", "83", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 81, 83-KL/TU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hòa"), com("An Hiệp")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH VĨNH LONG", "Kinh tế » Nông nghiệp » Nước sạch nông thôn",
 "Ảnh: Đại biểu tham quan trạm cấp nước xã Long Hòa."],
["Thứ Năm, 18/12/2025 - 17:10", "năm 2025", "Năm 2025", "năm đầu tiên", "ba tỉnh", "năm 2026", "giữa năm 2026"]))

PAGES.append(page("b7923-lamdong-htx-nuocsach-daihoi-2026", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Trang chủ > Kinh tế > Kinh tế tập thể
Thứ Sáu, 27/3/2026 - 10:00
Hợp tác xã nước sạch Quảng Tín đại hội thường niên, kiện toàn bộ máy
Ngày 25/3, Hợp tác xã Dịch vụ nông nghiệp và nước sạch Quảng Tín (xã Quảng Tín, tỉnh Lâm Đồng) tổ chức Đại hội thành viên thường niên, bầu bổ sung Hội đồng quản trị và thông qua phương án hoạt động năm 2026.
Dự đại hội có đồng chí Y Ngọc, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Quảng Tín; đại diện Liên minh Hợp tác xã tỉnh, Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh cùng 94 thành viên.
Các thành viên biểu quyết tại đại hội.
Hợp tác xã được thành lập năm 2019, hiện quản lý 2 công trình cấp nước tập trung công suất 800 m3/ngày đêm, cung cấp nước cho 1.160 hộ, trong đó có 210 hộ đồng bào Mnông, Tày, Nùng. Năm 2025, hợp tác xã đạt doanh thu 1,74 tỷ đồng, lợi nhuận khoảng 126 triệu đồng; đã đầu tư 320 triệu đồng thay 2,5 km đường ống cũ, lắp mới 240 đồng hồ nước. Giá nước hiện là 7.000 đồng/m3, hộ nghèo được giảm 20%.
Thực hiện Luật Hợp tác xã năm 2023 và Nghị định 113/2024/NĐ-CP của Chính phủ, hợp tác xã đã sửa đổi điều lệ, kết nạp thêm 37 thành viên mới, nâng tổng số thành viên lên 138. Theo Liên minh Hợp tác xã tỉnh Lâm Đồng, sau sắp xếp toàn tỉnh có 49 hợp tác xã, tổ hợp tác đang quản lý công trình cấp nước nông thôn, phục vụ khoảng 38.000 hộ.
Đại hội đã bầu bổ sung 2 thành viên Hội đồng quản trị. Ông Điểu Bréch, Trưởng bon Bu Prăng 1, được tín nhiệm giữ chức Phó Chủ tịch Hội đồng quản trị; bà Thị Hoa được bầu làm Trưởng ban kiểm soát. Ông Nguyễn Văn Thành tiếp tục giữ chức Chủ tịch Hội đồng quản trị kiêm Giám đốc hợp tác xã.
Thảo luận tại đại hội, bà H'Bư ở bon Bu Prăng 2, đề nghị mở rộng đường ống đến khoảng 60 hộ ở cuối bon. Ông Nông Văn Tấn, người có uy tín thôn 4, kiến nghị hợp tác xã công khai chất lượng nước hằng quý tại nhà văn hóa thôn.
Phát biểu tại đại hội, đồng chí Y Ngọc đánh giá hợp tác xã là mô hình hiệu quả để người dân cùng quản lý công trình nước sạch; đề nghị hợp tác xã phối hợp với Mặt trận và các đoàn thể xã tiếp tục vận động người dân đấu nối, giữ gìn công trình. Xã sẽ hỗ trợ hợp tác xã lập hồ sơ đề nghị nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới để mở rộng mạng lưới.
Năm 2026, hợp tác xã phấn đấu phát triển thêm từ 150 hộ trở lên, doanh thu tăng 10%, bảo đảm 100% mẫu nước kiểm nghiệm đạt quy chuẩn.
Phương Thảo
Tin liên quan
- Lâm Đồng: 52 hợp tác xã tham gia quản lý công trình nước (12/03/2026)
- Xã Quảng Tín ra mắt 3 tổ dùng nước cộng đồng (20/02/2026)
- Đại hội thành viên Hợp tác xã nông nghiệp Nam Dong (10/02/2026)
""", "2026-03-27", "Hợp tác xã nước sạch Quảng Tín đại hội thường niên, kiện toàn bộ máy",
E("dai_hoi", None, "2026-03-25"),
[P("Y Ngọc", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Quảng Tín"),
 P("Điểu Bréch", "Trưởng bon Bu Prăng 1", "Phó Chủ tịch Hội đồng quản trị"),
 P("Thị Hoa", "Trưởng ban kiểm soát"),
 P("Nguyễn Văn Thành", "Chủ tịch Hội đồng quản trị kiêm Giám đốc hợp tác xã"),
 P("H'Bư"),
 P("Nông Văn Tấn", "người có uy tín thôn 4")],
[Q("94 thành viên", 94, "thành viên"), Q("2 công trình cấp nước tập trung", 2, "công trình cấp nước tập trung"),
 Q("800 m3/ngày đêm", 800, "m3/ngày đêm"), Q("1.160 hộ", 1160, "hộ"), Q("210 hộ", 210, "hộ"),
 Q("1,74 tỷ đồng", 1740000000, "đồng"), Q("khoảng 126 triệu đồng", 126000000, "đồng", "approx"),
 Q("320 triệu đồng", 320000000, "đồng"), Q("2,5 km", 2.5, "km"), Q("240 đồng hồ nước", 240, "đồng hồ nước"),
 Q("7.000 đồng/m3", 7000, "đồng"), Q("20%", 20, "%"), Q("37 thành viên mới", 37, "thành viên mới"),
 Q("138", 138, "thành viên"), Q("49 hợp tác xã, tổ hợp tác", 49, "hợp tác xã, tổ hợp tác"), Q("khoảng 38.000 hộ", 38000, "hộ", "approx"), Q("2 thành viên", 2, "thành viên"), Q("khoảng 60 hộ", 60, "hộ", "approx"),
 Q("từ 150 hộ trở lên", 150, "hộ", "over"), Q("10%", 10, "%"), Q("100% mẫu nước", 100, "%")],
[D("Nghị định", "113", "2024/NĐ-CP", None, "Chính phủ", "Nghị định 113/2024/NĐ-CP")],
[prov("Lâm Đồng"), com("Quảng Tín")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Trang chủ > Kinh tế > Kinh tế tập thể", "Các thành viên biểu quyết tại đại hội.",
 "Luật Hợp tác xã năm 2023", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"],
["Thứ Sáu, 27/3/2026 - 10:00", "năm 2026", "Năm 2026", "năm 2019", "Năm 2025", "Bu Prăng 1", "Bu Prăng 2", "thôn 4"]))

PAGES.append(page("b7924-dongnai-nuocsinhhoat-soket-q1-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Xã hội | Nông thôn mới
16.04.2026 08:30
Toàn cảnh hội nghị sơ kết.
Bảo đảm nước sinh hoạt cho người dân vùng sâu mùa khô 2026
(ĐN) - Chiều 15/4, Sở Nông nghiệp và Môi trường tỉnh Đồng Nai tổ chức hội nghị sơ kết công tác cấp nước sạch nông thôn quý I/2026, triển khai nhiệm vụ quý II. Các đồng chí Phó Giám đốc Sở Nông nghiệp và Môi trường: Trần Văn Phúc, Điểu Thị Sương, Lê Thị Mỹ Hạnh đồng chủ trì hội nghị.
Theo báo cáo, quý I, các xã phía bắc tỉnh (địa bàn Bình Phước cũ) chịu nắng hạn gay gắt, khoảng 3.900 hộ thiếu nước sinh hoạt, trong đó hơn 1.100 hộ đồng bào S'tiêng, Mnông ở các xã Bù Gia Mập, Đắk Ơ, Phú Nghĩa. Theo dự báo, nắng hạn có thể kéo dài đến giữa tháng 5, nguy cơ có thêm khoảng 1.500 hộ thiếu nước. Thực hiện Chỉ thị 02/CT-UBND ngày 05/01/2026 của UBND tỉnh về phòng, chống hạn, các địa phương đã chở trên 2.600 m3 nước, khoan mới 34 giếng, sửa chữa 11 công trình cấp nước tập trung với kinh phí gần 9,2 tỷ đồng.
Đồng chí Điểu Thị Sương phát biểu tại hội nghị.
Toàn tỉnh hiện có 286 công trình cấp nước tập trung nông thôn; trong quý, các đơn vị phát triển mới 4.750 hộ sử dụng nước. Ban Dân vận các Đảng ủy xã đã phối hợp triển khai Kế hoạch 36, 37-KH/BDVTU của Ban Dân vận Tỉnh ủy về vận động đồng bào dân tộc thiểu số sử dụng nước sạch, giữ gìn công trình; 52 tổ dùng nước cộng đồng được kiện toàn, với 208 thành viên.
Ông Điểu Lanh, Bí thư Chi bộ, Trưởng sóc Bù Ka, xã Đắk Ơ, cho biết sóc có 96 hộ, tổ dùng nước của sóc vận động mỗi hộ góp 15.000 đồng/tháng, đã thay 800 m ống và lắp 1 máy bơm dự phòng. Bà Thị Bích, người có uy tín sóc Bù Ka, đề nghị Nhà nước hỗ trợ bồn chứa cho khoảng 30 hộ nghèo.
Đồng chí Trần Văn Phúc cho biết, Sở đang trình UBND tỉnh Kế hoạch số 88/KH-SNNMT về đầu tư 7 công trình cấp nước liên xã, tổng mức khoảng 260 tỷ đồng, dự kiến khởi công trong năm 2026.
Kết luận hội nghị, đồng chí Lê Thị Mỹ Hạnh yêu cầu quý II các xã tiếp tục rà soát hộ thiếu nước, không để người dân thiếu nước ăn uống; hoàn thành sửa chữa 6 công trình còn lại trước ngày 30/5; đẩy nhanh giải ngân, phấn đấu giải ngân ít nhất 40% kế hoạch vốn trong 6 tháng đầu năm; phối hợp Mặt trận Tổ quốc tỉnh vận động nguồn lực xã hội hóa hỗ trợ dụng cụ trữ nước cho hộ nghèo.
Dịp này, Sở Nông nghiệp và Môi trường trao 150 bồn chứa nước, mỗi bồn trị giá 3,5 triệu đồng, cho hộ khó khăn các xã Bù Gia Mập, Đắk Ơ.
Bảo Ngọc
Tin liên quan
- Đồng Nai: 120 hộ S'tiêng được hỗ trợ giếng khoan (08/04/2026)
- Xã Phú Nghĩa ra mắt tổ dùng nước cộng đồng (25/03/2026)
- Giao ban công tác dân vận quý I/2026 (20/03/2026)
""", "2026-04-16", "Bảo đảm nước sinh hoạt cho người dân vùng sâu mùa khô 2026",
E("so_ket", "2026-Q1", "2026-04-15"),
[P("Trần Văn Phúc", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Điểu Thị Sương", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Lê Thị Mỹ Hạnh", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Điểu Lanh", "Bí thư Chi bộ", "Trưởng sóc Bù Ka"),
 P("Thị Bích", "người có uy tín sóc Bù Ka")],
[Q("khoảng 3.900 hộ", 3900, "hộ", "approx"), Q("hơn 1.100 hộ", 1100, "hộ", "over"), Q("khoảng 1.500 hộ", 1500, "hộ", "approx"),
 Q("trên 2.600 m3", 2600, "m3", "over"), Q("34 giếng", 34, "giếng"),
 Q("11 công trình cấp nước tập trung", 11, "công trình cấp nước tập trung"), Q("gần 9,2 tỷ đồng", 9200000000, "đồng", "approx"),
 Q("286 công trình cấp nước tập trung nông thôn", 286, "công trình cấp nước tập trung nông thôn"),
 Q("4.750 hộ", 4750, "hộ"), Q("52 tổ dùng nước cộng đồng", 52, "tổ dùng nước cộng đồng"), Q("208 thành viên", 208, "thành viên"),
 Q("96 hộ", 96, "hộ"), Q("15.000 đồng/tháng", 15000, "đồng"), Q("800 m", 800, "m"), Q("1 máy bơm dự phòng", 1, "máy bơm dự phòng"),
 Q("khoảng 30 hộ nghèo", 30, "hộ nghèo", "approx"), Q("7 công trình cấp nước liên xã", 7, "công trình cấp nước liên xã"),
 Q("khoảng 260 tỷ đồng", 260000000000, "đồng", "approx"), Q("6 công trình", 6, "công trình"),
 Q("ít nhất 40%", 40, "%", "over"), Q("150 bồn chứa nước", 150, "bồn chứa nước"), Q("3,5 triệu đồng", 3500000, "đồng")],
[D("Chỉ thị", "02", "CT-UBND", "2026-01-05", "UBND tỉnh", "Chỉ thị 02/CT-UBND ngày 05/01/2026"),
 D("Kế hoạch", "36", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 36, 37-KH/BDVTU"),
 D("Kế hoạch", "37", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 36, 37-KH/BDVTU"),
 D("Kế hoạch", "88", "KH-SNNMT", None, None, "Kế hoạch số 88/KH-SNNMT")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đắk Ơ"), com("Phú Nghĩa")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Xã hội | Nông thôn mới", "Toàn cảnh hội nghị sơ kết.", "(ĐN)",
 "Đồng chí Điểu Thị Sương phát biểu tại hội nghị."],
["16.04.2026 08:30", "mùa khô 2026", "quý I/2026", "quý II", "năm 2026", "6 tháng đầu năm", "ngày 30/5", "giữa tháng 5"]))
