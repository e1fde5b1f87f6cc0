from lib import *
PAGES = []

PAGES.append(page("b8471-quangbinh-hccb-hoinghi-2024", """
BÁO QUẢNG BÌNH ĐIỆN TỬ
Trang chủ › Xã hội › Đoàn thể
10/05/2024 07:45
Cựu chiến binh chung tay phòng, chống lừa đảo trên không gian mạng
Ngày 8/5, Hội Cựu chiến binh tỉnh Quảng Bình phối hợp với Công an tỉnh tổ chức Hội nghị tuyên truyền phòng, chống lừa đảo trên không gian mạng năm 2024 cho 250 hội viên là chủ tịch, phó chủ tịch hội cựu chiến binh cấp xã và chi hội trưởng các chi hội.
Đại tá Trần Văn Tuân, Chủ tịch Hội Cựu chiến binh tỉnh phát biểu khai mạc hội nghị. Ảnh: P.V
Dự hội nghị có Đại tá Trần Văn Tuân, Chủ tịch Hội Cựu chiến binh tỉnh; các ông Lê Văn Đức, Nguyễn Hữu Phong - Phó Chủ tịch Hội Cựu chiến binh tỉnh.
Theo Trung tá Hoàng Ngọc Sơn, Phó Trưởng phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh, 4 tháng đầu năm 2024, trên địa bàn tỉnh xảy ra 31 vụ lừa đảo qua mạng, thiệt hại gần 12 tỷ đồng. Đáng chú ý, một cựu chiến binh ở thành phố Đồng Hới bị lừa 600 triệu đồng sau khi tham gia nhóm "đầu tư tiền ảo lợi nhuận 30%/tháng" trên mạng xã hội; một số hội viên khác bị giả danh con cháu gọi video bằng công nghệ deepfake để mượn tiền.
Các đại biểu cũng nghe TS. Phan Thanh Bình, giảng viên Trường Chính trị tỉnh, giới thiệu Kết luận số 13-KL/TW ngày 16/8/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 48-CT/TW của Bộ Chính trị khóa X về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tội phạm trong tình hình mới, nhấn mạnh trách nhiệm của mỗi hội viên trong việc tuyên truyền, vận động gia đình, dòng họ.
Ông Hồ Văn Thương, người có uy tín bản Cà Xen, xã Thượng Trạch, huyện Bố Trạch, là cựu chiến binh người Bru - Vân Kiều, chia sẻ: "Bà con bản mình giờ nhiều người có điện thoại, có Zalo rồi. Có người nhận tin nhắn báo trúng thưởng, đòi nộp 2 triệu đồng phí. Mình đi từng nhà nói bằng tiếng đồng bào, không ai làm theo nữa".
Ông Lê Văn Đức cho biết, toàn tỉnh có hơn 46.000 hội viên cựu chiến binh sinh hoạt ở 159 cơ sở hội. Thực hiện Chương trình phối hợp số 02/CTrPH-CCB-CA ngày 15/3/2023 giữa Hội Cựu chiến binh tỉnh và Công an tỉnh và Kế hoạch số 45/KH-CCB ngày 2/4/2024 của Ban Thường vụ Hội Cựu chiến binh tỉnh, năm 2024 phấn đấu 75% hội viên được tuyên truyền trực tiếp; mỗi cơ sở hội thành lập tổ "Cựu chiến binh cảnh giác" gồm các hội viên có uy tín.
Ở phường Đồng Phú, thành phố Đồng Hới, Chi hội Cựu chiến binh tổ dân phố 7 đã duy trì nhóm Zalo với 64 thành viên để kịp thời chia sẻ cảnh báo của công an.
Phát biểu kết luận, Đại tá Trần Văn Tuân đề nghị mỗi hội viên phát huy bản chất "Bộ đội Cụ Hồ", tích cực học hỏi kỹ năng số, "không để kẻ gian lợi dụng sự tin người của mình và người thân".
Phương Vy
Tin liên quan
- Hội Cựu chiến binh tỉnh sơ kết quý I năm 2024 (12/04/2024)
- Lệ Thủy: cựu chiến binh giúp nhau phát triển kinh tế (02/04/2024)
- Trao 20 nhà "Nghĩa tình đồng đội" cho hội viên khó khăn (22/03/2024)
""", "2024-05-10", "Cựu chiến binh chung tay phòng, chống lừa đảo trên không gian mạng",
E("hoi_nghi", "2024", "2024-05-08"),
[P("Trần Văn Tuân", "Đại tá", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Lê Văn Đức", "Phó Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Nguyễn Hữu Phong", "Phó Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Hoàng Ngọc Sơn", "Trung tá", "Phó Trưởng phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh"),
 P("Phan Thanh Bình", "TS.", "giảng viên Trường Chính trị tỉnh"),
 P("Hồ Văn Thương", "người có uy tín bản Cà Xen")],
[Q("250 hội viên", 250, "hội viên"), Q("31 vụ lừa đảo qua mạng", 31, "vụ lừa đảo qua mạng"),
 Q("gần 12 tỷ đồng", 12000000000, "đồng", "approx"), Q("600 triệu đồng", 600000000, "đồng"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("hơn 46.000 hội viên cựu chiến binh", 46000, "hội viên cựu chiến binh", "over"),
 Q("159 cơ sở hội", 159, "cơ sở hội"), Q("75%", 75, "%"), Q("64 thành viên", 64, "thành viên")],
[D("Kết luận", "13", "KL/TW", "2021-08-16", "Bộ Chính trị", "Kết luận số 13-KL/TW ngày 16/8/2021"),
 D("Chỉ thị", "48", "CT/TW", None, "Bộ Chính trị khóa X", "Chỉ thị số 48-CT/TW"),
 D("Chương trình phối hợp", "02", "CTrPH-CCB-CA", "2023-03-15", "Hội Cựu chiến binh tỉnh và Công an tỉnh", "Chương trình phối hợp số 02/CTrPH-CCB-CA ngày 15/3/2023"),
 D("Kế hoạch", "45", "KH-CCB", "2024-04-02", "Ban Thường vụ Hội Cựu chiến binh tỉnh", "Kế hoạch số 45/KH-CCB ngày 2/4/2024")],
[prov("Quảng Bình"), com("Thượng Trạch"), com("Đồng Phú")],
["BÁO QUẢNG BÌNH ĐIỆN TỬ", "Trang chủ › Xã hội › Đoàn thể",
 "Đại tá Trần Văn Tuân, Chủ tịch Hội Cựu chiến binh tỉnh phát biểu khai mạc hội nghị. Ảnh: P.V", "Cựu chiến binh cảnh giác",
 "Bộ đội Cụ Hồ", "đầu tư tiền ảo lợi nhuận 30%/tháng"],
["10/05/2024 07:45", "4 tháng đầu năm 2024", "30%/tháng", "tổ dân phố 7", "khóa X", "năm 2024"]))

PAGES.append(page("b8472-kiengiang-xa-doithoai-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÒA ĐIỀN - HUYỆN KIÊN LƯƠNG - TỈNH KIÊN GIANG
Thứ Năm, 31/10/2024
Trang chủ | Tin tức - Sự kiện | Hoạt động của UBND xã
Ngày đăng: 30/10/2024
Chủ tịch UBND xã Hòa Điền đối thoại với nhân dân về phòng, chống lừa đảo qua mạng
Ngày 25/10, UBND xã Hòa Điền (huyện Kiên Lương, tỉnh Kiên Giang) phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức hội nghị đối thoại năm 2024 giữa Chủ tịch UBND xã với nhân dân về công tác phòng, chống lừa đảo qua mạng và bảo đảm an ninh trật tự trên địa bàn. Hơn 150 người dân của 6 ấp tham dự.
Ông Danh Hoàng Minh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì đối thoại. Ảnh: Thị Huyền
Chủ trì hội nghị có ông Danh Hoàng Minh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; bà Thị Sà Rươl, Chủ tịch Ủy ban MTTQ Việt Nam xã; Trung úy Lâm Quốc Thịnh, Phó Trưởng Công an xã.
Mở đầu, Trung úy Lâm Quốc Thịnh thông tin: từ đầu năm đến nay, xã có 6 trường hợp bị lừa qua mạng với tổng số tiền 215 triệu đồng. Các thủ đoạn gồm: gọi điện báo "chuyển khoản nhầm" rồi đòi lại kèm lãi; giả danh nhân viên hãng hàng không "hoàn tiền vé"; giả giọng, giả hình con em đang làm ăn xa gọi video xin tiền gấp.
Tại hội nghị có 12 ý kiến của người dân. Ông Danh Út (ấp Hòa Thới) hỏi: nhận được tiền chuyển nhầm vào tài khoản thì phải làm sao? Trả lời, ông Danh Hoàng Minh đề nghị người dân không tự ý chuyển trả mà liên hệ ngân hàng hoặc công an xã để được hướng dẫn. Bà Nguyễn Thị Tuyết (ấp Kiên Bình) phản ánh nhiều người bán cá khô qua Facebook bị khách "đặt hàng" rồi gửi biên lai chuyển tiền giả.
Bà Chau Thị Sa Rinh, người có uy tín ấp Hòa Thới, đề nghị xã tổ chức tuyên truyền bằng tiếng Khmer tại chùa vào các ngày lễ, vì nhiều người lớn tuổi trong ấp không rành tiếng Việt. Ông Danh Hoàng Minh tiếp thu và giao Ủy ban MTTQ xã phối hợp với Ban Quản trị chùa Hòa Thới thực hiện ngay trong tháng 11.
Theo bà Thị Sà Rươl, việc đối thoại được thực hiện theo Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở và Kế hoạch số 186/KH-UBND ngày 20/9/2024 của UBND xã. Các ý kiến chưa trả lời tại hội nghị sẽ được trả lời bằng văn bản trong 15 ngày.
Phát biểu kết thúc, ông Danh Hoàng Minh đề nghị các ấp tiếp tục duy trì nhóm Zalo của tổ tự quản, đăng tải thường xuyên các cảnh báo của công an; đoàn viên thanh niên hỗ trợ ông bà, cha mẹ cài đặt tính năng chặn cuộc gọi rác, kiểm tra kỹ tin nhắn báo biến động số dư trước khi giao hàng.
Kết thúc hội nghị, UBND xã trao 3 giấy khen cho 3 tập thể là các tổ tự quản ấp đã kịp thời ngăn chặn các vụ lừa đảo.
Thị Huyền
Tin khác
- Xã Hòa Điền ra quân xây dựng nông thôn mới nâng cao (18/10/2024)
- Hội nghị tiếp xúc cử tri trước kỳ họp HĐND huyện (10/10/2024)
- Tặng 40 suất quà cho hộ nghèo đồng bào Khmer nhân lễ Sene Đôlta (01/10/2024)
""", "2024-10-30", "Chủ tịch UBND xã Hòa Điền đối thoại với nhân dân về phòng, chống lừa đảo qua mạng",
E("doi_thoai", "2024", "2024-10-25"),
[P("Danh Hoàng Minh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Thị Sà Rươl", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lâm Quốc Thịnh", "Trung úy", "Phó Trưởng Công an xã"),
 P("Danh Út"), P("Nguyễn Thị Tuyết"),
 P("Chau Thị Sa Rinh", "người có uy tín ấp Hòa Thới")],
[Q("Hơn 150 người dân", 150, "người dân", "over"), Q("6 ấp", 6, "ấp"), Q("6 trường hợp", 6, "trường hợp"),
 Q("215 triệu đồng", 215000000, "đồng"), Q("12 ý kiến", 12, "ý kiến"), Q("3 giấy khen", 3, "giấy khen"),
 Q("3 tập thể", 3, "tập thể")],
[D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023"),
 D("Kế hoạch", "186", "KH-UBND", "2024-09-20", "UBND xã", "Kế hoạch số 186/KH-UBND ngày 20/9/2024")],
[prov("Kiên Giang"), com("Hòa Điền")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÒA ĐIỀN - HUYỆN KIÊN LƯƠNG - TỈNH KIÊN GIANG", "Trang chủ | Tin tức - Sự kiện | Hoạt động của UBND xã",
 "Ông Danh Hoàng Minh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì đối thoại. Ảnh: Thị Huyền",
 "Luật Thực hiện dân chủ ở cơ sở", "chuyển khoản nhầm", "hoàn tiền vé"],
["Thứ Năm, 31/10/2024", "Ngày đăng: 30/10/2024", "tháng 11", "15 ngày"]))

PAGES.append(page("b8473-bacgiang-bdvtu-tongket-2025", """
Báo Bắc Giang
Chính trị > Xây dựng Đảng > Dân vận
Thứ Tư, 15/01/2025, 08:05
Toàn cảnh hội nghị.
Bắc Giang: Dân vận khéo góp phần đẩy lùi lừa đảo trực tuyến
Ngày 13/1, Ban Dân vận Tỉnh ủy Bắc Giang tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Ngô Thị Vân Anh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Thân Văn Hùng, Hoàng Thị Thu Trang.
Năm 2024, khối dân vận các cấp đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 22, 23-CT/TU về tăng cường công tác dân vận trong phòng, chống tội phạm sử dụng công nghệ cao và về phát huy vai trò của tổ "Công nghệ số cộng đồng". Toàn tỉnh xây dựng 1.126 mô hình "Dân vận khéo", trong đó 214 mô hình về phòng, chống lừa đảo trực tuyến.
Các tổ "Công nghệ số cộng đồng" ở 192 xã, phường, thị trấn đã hướng dẫn hơn 310.000 người dân cài đặt, sử dụng ứng dụng VNeID, chặn cuộc gọi rác, nhận biết đường link giả mạo. Lực lượng công an phối hợp với khối dân vận ngăn chặn 148 trường hợp chuẩn bị chuyển tiền cho đối tượng lừa đảo, giữ lại cho người dân trên 16 tỷ đồng. Số vụ lừa đảo qua mạng giảm 27% so với năm 2023.
Tại hội nghị, đồng chí Hoàng Văn Sừ, HUV, Trưởng Ban Dân vận Huyện ủy Sơn Động, cho biết huyện đã biên soạn tài liệu bằng tiếng Nùng, tiếng Sán Chay, phát trên loa truyền thanh của các thôn; bà La Thị Nhàn, Chủ tịch Hội LHPN xã An Lạc chia sẻ mô hình "Phụ nữ thôn bản nói không với tin nhắn lạ", thu hút 86 hội viên tham gia. Ông Nguyễn Văn Quyết, Bí thư Chi bộ kiêm Trưởng thôn Đồng Lạng, xã Tân Mỹ, kể lại việc thôn phát hiện một cụ ông sắp chuyển 200 triệu đồng cho kẻ giả danh công an.
Hội nghị đã công bố quyết định điều động, bổ nhiệm đồng chí Giáp Văn Thành, Phó Chánh Văn phòng Tỉnh ủy giữ chức Phó Trưởng Ban Dân vận Tỉnh ủy.
Phát biểu kết luận, đồng chí Ngô Thị Vân Anh yêu cầu năm 2025 các cấp quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; gắn chuyển đổi số với bảo đảm an toàn cho người dân trên không gian mạng; chuẩn bị tốt công tác dân vận phục vụ việc sắp xếp tổ chức bộ máy của hệ thống chính trị.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 30 tập thể, 45 cá nhân tiêu biểu.
Minh Hà
Tin liên quan
- Lục Ngạn: 12 mô hình "Dân vận khéo" về chuyển đổi số (08/01/2025)
- Gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (03/01/2025)
- Ban Dân vận Tỉnh ủy giao ban khối dân vận tháng 12/2024 (26/12/2024)
""", "2025-01-15", "Bắc Giang: Dân vận khéo góp phần đẩy lùi lừa đảo trực tuyến",
E("tong_ket", "2024", "2025-01-13"),
[P("Ngô Thị Vân Anh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Thân Văn Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Thu Trang", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Sừ", "HUV", "Trưởng Ban Dân vận Huyện ủy Sơn Động"),
 P("La Thị Nhàn", "Chủ tịch Hội LHPN xã An Lạc"),
 P("Nguyễn Văn Quyết", "Bí thư Chi bộ kiêm Trưởng thôn Đồng Lạng"),
 P("Giáp Văn Thành", "Phó Chánh Văn phòng Tỉnh ủy", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("1.126 mô hình", 1126, "mô hình"), Q("214 mô hình", 214, "mô hình"), Q("192 xã, phường, thị trấn", 192, "xã, phường, thị trấn"),
 Q("hơn 310.000 người dân", 310000, "người dân", "over"), Q("148 trường hợp", 148, "trường hợp"),
 Q("trên 16 tỷ đồng", 16000000000, "đồng", "over"), Q("27%", 27, "%"), Q("86 hội viên", 86, "hội viên"),
 Q("200 triệu đồng", 200000000, "đồng"), Q("30 tập thể", 30, "tập thể"), Q("45 cá nhân tiêu biểu", 45, "cá nhân tiêu biểu")],
[D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 22, 23-CT/TU"),
 D("Chỉ thị", "23", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 22, 23-CT/TU"),
 D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024")],
[prov("Bắc Giang"), com("An Lạc"), com("Tân Mỹ")],
["Báo Bắc Giang", "Chính trị > Xây dựng Đảng > Dân vận", "Toàn cảnh hội nghị.", "Dân vận khéo", "Công nghệ số cộng đồng",
 "Phụ nữ thôn bản nói không với tin nhắn lạ"],
["Thứ Tư, 15/01/2025, 08:05", "năm 2024", "năm 2025", "năm 2023"]))

PAGES.append(page("b8474-lamdong-btgdv-taphuan-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Chính trị | Tuyên giáo - Dân vận
Thứ Ba, 14/10/2025 - 10:20
Tập huấn kỹ năng nhận diện lừa đảo trực tuyến cho cán bộ dân vận cấp xã
Trong 2 ngày 9 và 10/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng phối hợp với Công an tỉnh tổ chức lớp tập huấn năm 2025 về kỹ năng tuyên truyền, vận động nhân dân phòng, chống lừa đảo trực tuyến cho gần 300 học viên là cán bộ làm công tác dân vận, Mặt trận của 124 xã, phường, đặc khu.
Các học viên thực hành nhận diện tin nhắn giả mạo trên điện thoại.
Khai mạc lớp học, đồng chí Trần Thị Lan Anh, Tỉnh ủy viên, Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy nhấn mạnh: sau khi sắp xếp đơn vị hành chính và vận hành chính quyền địa phương hai cấp, địa bàn mỗi xã rộng hơn, dân số đông hơn, trong khi kẻ gian lợi dụng tâm lý người dân còn bỡ ngỡ với thủ tục mới để lừa đảo. Vì vậy, cán bộ dân vận cấp xã phải là người "đi trước một bước" trong nhận diện và cảnh báo.
Thượng tá K'Brơi, Phó Trưởng phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh, cho biết 9 tháng đầu năm 2025, toàn tỉnh xảy ra 96 vụ lừa đảo qua mạng, thiệt hại hơn 43 tỷ đồng. Thủ đoạn mới là mạo danh cán bộ xã, phường mới gọi điện "hướng dẫn cập nhật hồ sơ đất đai sau sáp nhập", "đổi giấy tờ theo địa chỉ mới", gửi đường link cài ứng dụng giả mạo; giả danh nhân viên điện lực đòi tiền điện ở các khu vực nông thôn.
Bà Nguyễn Thị Hải Yến, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy, hướng dẫn triển khai Kế hoạch số 18-KH/BTGDVTU ngày 5/9/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy và Hướng dẫn 03, 04-HD/BTGDVTU về tuyên truyền trong đồng bào dân tộc thiểu số và trong người cao tuổi; giới thiệu các quy định mới tại Nghị định số 147/2024/NĐ-CP ngày 9/11/2024 của Chính phủ về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng, trong đó có việc xác thực tài khoản mạng xã hội bằng số điện thoại.
Chia sẻ tại lớp học, bà Ka Thị Điệp, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Sơn cho biết, đồng bào Mnông ở xã nhiều người bị dụ vay tiền qua ứng dụng; xã đã mời công an, người có uy tín đến từng bon tuyên truyền. Ông Lê Quang Hiếu, Trưởng Ban Xây dựng Đảng Đảng ủy phường Bắc Gia Nghĩa đề xuất xây dựng kho tài liệu dùng chung trên nhóm Zalo của cán bộ dân vận toàn tỉnh.
Kết thúc lớp tập huấn, Ban Tuyên giáo và Dân vận Tỉnh ủy giao mỗi xã, phường, đặc khu thành lập ít nhất 3 tổ tuyên truyền lưu động; phấn đấu đến hết năm 2025, trên 85% hộ gia đình được hướng dẫn kỹ năng nhận diện lừa đảo. Tại phường Xuân Hương - Đà Lạt, mô hình "Tổ dân phố nói không với lừa đảo" được giới thiệu để các địa phương học tập.
Hồng Thắm
Tin liên quan
- Ban Tuyên giáo và Dân vận Tỉnh ủy làm việc với Đảng ủy xã Quảng Sơn (03/10/2025)
- Hội nghị người có uy tín trong đồng bào dân tộc thiểu số năm 2025 (25/09/2025)
- Lâm Đồng: 124 xã, phường, đặc khu ra mắt tổ công nghệ số cộng đồng (15/09/2025)
""", "2025-10-14", "Tập huấn kỹ năng nhận diện lừa đảo trực tuyến cho cán bộ dân vận cấp xã",
E("tap_huan", "2025", "2025-10-09"),
[P("Trần Thị Lan Anh", "Tỉnh ủy viên", "Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("K'Brơi", "Thượng tá", "Phó Trưởng phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh"),
 P("Nguyễn Thị Hải Yến", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ka Thị Điệp", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Sơn"),
 P("Lê Quang Hiếu", "Trưởng Ban Xây dựng Đảng Đảng ủy phường Bắc Gia Nghĩa")],
[Q("gần 300 học viên", 300, "học viên", "approx"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("96 vụ lừa đảo qua mạng", 96, "vụ lừa đảo qua mạng"), Q("hơn 43 tỷ đồng", 43000000000, "đồng", "over"),
 Q("ít nhất 3 tổ tuyên truyền lưu động", 3, "tổ tuyên truyền lưu động", "over"), Q("trên 85%", 85, "%", "over")],
[D("Kế hoạch", "18", "KH/BTGDVTU", "2025-09-05", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 18-KH/BTGDVTU ngày 5/9/2025"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 03, 04-HD/BTGDVTU"),
 D("Hướng dẫn", "04", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 03, 04-HD/BTGDVTU"),
 D("Nghị định", "147", "2024/NĐ-CP", "2024-11-09", "Chính phủ", "Nghị định số 147/2024/NĐ-CP ngày 9/11/2024")],
[prov("Lâm Đồng"), com("Quảng Sơn"), com("Bắc Gia Nghĩa"), com("Xuân Hương - Đà Lạt")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Chính trị | Tuyên giáo - Dân vận", "Các học viên thực hành nhận diện tin nhắn giả mạo trên điện thoại.",
 "đi trước một bước", "hướng dẫn cập nhật hồ sơ đất đai sau sáp nhập", "đổi giấy tờ theo địa chỉ mới", "Tổ dân phố nói không với lừa đảo"],
["Thứ Ba, 14/10/2025 - 10:20", "2 ngày", "9 tháng đầu năm 2025", "hai cấp", "năm 2025"]))

PAGES.append(page("b8475-vinhlong-mttq-giamsat-2026", """
Thứ Năm, 19/03/2026
ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG
Trang chủ / Giám sát và phản biện xã hội
Ngày đăng 18/03/2026 | 16:20
Giám sát công tác tuyên truyền phòng, chống lừa đảo trực tuyến đối với người cao tuổi
Ngày 16/3, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long do bà Huỳnh Thị Kim Thoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh làm trưởng đoàn, đã giám sát việc tuyên truyền, hướng dẫn người cao tuổi phòng, chống lừa đảo trực tuyến tại UBND phường An Hội và UBND xã Trà Cú. Đây là nội dung giám sát chuyên đề năm 2026 của Ủy ban MTTQ Việt Nam tỉnh.
Đoàn giám sát làm việc tại UBND phường An Hội.
Cùng tham gia đoàn có các ông, bà: Trần Văn Nhanh, Thạch Thị Sa Phol - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; đại diện Hội Người cao tuổi tỉnh, Công an tỉnh.
Theo báo cáo của Công an tỉnh, năm 2025, trên địa bàn tỉnh xảy ra 212 vụ lừa đảo qua mạng, thiệt hại trên 96 tỷ đồng, trong đó người cao tuổi chiếm khoảng 40% số người bị hại. Toàn tỉnh hiện có gần 620.000 người cao tuổi, nhiều người sống một mình do con cháu đi làm xa.
Tại phường An Hội, ông Võ Minh Nhựt, Phó Chủ tịch UBND phường, cho biết phường đã phối hợp với Công an phường tổ chức 42 buổi tuyên truyền tại các khu phố, phát 3.000 tờ rơi, lập 18 nhóm Zalo khu phố có người cao tuổi tham gia. Tại xã Trà Cú, ông Thạch Sô Phia, Phó Chủ tịch UBND xã, cho biết xã có 35 ấp, trên 60% dân số là đồng bào Khmer; xã đã phối hợp Ban Quản trị 14 chùa Phật giáo Nam tông Khmer để tuyên truyền bằng tiếng Khmer vào các ngày lễ, ngày rằm.
Qua giám sát, đoàn nhận thấy các địa phương đã chủ động triển khai Chỉ thị số 06-CT/TU ngày 10/11/2025 của Ban Thường vụ Tỉnh ủy về tăng cường phòng, chống tội phạm sử dụng công nghệ cao và Kế hoạch số 12/KH-MTTQ-BTT ngày 6/1/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Tuy nhiên, việc tuyên truyền ở một số ấp, khu phố còn chung chung; chưa có sổ theo dõi người cao tuổi sống một mình; sau sắp xếp bộ máy, một số cán bộ mới chưa nắm chắc địa bàn.
Đoàn giám sát kiến nghị 6 nội dung, trong đó đề nghị UBND cấp xã bố trí kinh phí in tài liệu song ngữ Việt - Khmer, phân công công an viên phụ trách từng ấp, khu phố định kỳ thăm hỏi người cao tuổi sống một mình.
Phát biểu kết luận, bà Huỳnh Thị Kim Thoa đề nghị các địa phương phát huy vai trò của Ban công tác Mặt trận, chi hội người cao tuổi, sư sãi, người có uy tín trong việc nhắc nhở bà con; kết quả giám sát sẽ được tổng hợp báo cáo Ban Thường vụ Tỉnh ủy trong quý II.
Ngọc Trân
Tin khác
- Ủy ban MTTQ Việt Nam tỉnh triển khai chương trình giám sát năm 2026 (20/01/2026)
- Trao 500 căn nhà Đại đoàn kết cho hộ nghèo (12/01/2026)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 3 (26/12/2025)
""", "2026-03-18", "Giám sát công tác tuyên truyền phòng, chống lừa đảo trực tuyến đối với người cao tuổi",
E("giam_sat", "2026", "2026-03-16"),
[P("Huỳnh Thị Kim Thoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Trần Văn Nhanh", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Thị Sa Phol", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Minh Nhựt", "Phó Chủ tịch UBND phường"),
 P("Thạch Sô Phia", "Phó Chủ tịch UBND xã")],
[Q("212 vụ lừa đảo qua mạng", 212, "vụ lừa đảo qua mạng"), Q("trên 96 tỷ đồng", 96000000000, "đồng", "over"),
 Q("khoảng 40%", 40, "%", "approx"), Q("gần 620.000 người cao tuổi", 620000, "người cao tuổi", "approx"),
 Q("42 buổi tuyên truyền", 42, "buổi tuyên truyền"), Q("3.000 tờ rơi", 3000, "tờ rơi"),
 Q("18 nhóm Zalo khu phố", 18, "nhóm Zalo khu phố"), Q("35 ấp", 35, "ấp"), Q("trên 60%", 60, "%", "over"),
 Q("14 chùa Phật giáo Nam tông Khmer", 14, "chùa Phật giáo Nam tông Khmer"), Q("6 nội dung", 6, "nội dung")],
[D("Chỉ thị", "06", "CT/TU", "2025-11-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 06-CT/TU ngày 10/11/2025"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", "2026-01-06", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 12/KH-MTTQ-BTT ngày 6/1/2026")],
[prov("Vĩnh Long"), com("An Hội"), com("Trà Cú")],
["Thứ Năm, 19/03/2026", "ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG", "Trang chủ / Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND phường An Hội."],
["Thứ Năm, 19/03/2026", "Ngày đăng 18/03/2026 | 16:20", "năm 2025", "năm 2026", "quý II"]))

PAGES.append(page("b8476-tuyenquang-dangu-xa-giaoban-2026", """
ĐẢNG ỦY XÃ ĐỒNG VĂN - TỈNH TUYÊN QUANG
Trang chủ » Tin tức » Công tác dân vận
Thứ Ba, 29/09/2026
Khối dân vận xã Đồng Văn bàn giải pháp giúp bà con vùng cao cảnh giác với lừa đảo qua mạng
Ngày 25/9, Đảng ủy xã Đồng Văn (tỉnh Tuyên Quang) tổ chức giao ban công tác dân vận quý III năm 2026. Đồng chí Sùng Mí Chơ, Phó Bí thư Thường trực Đảng ủy xã chủ trì; dự có đồng chí Vàng Thị Dính, Đảng ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam xã và các đồng chí Ly Mí Sính, Thào Thị Mai - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã.
Đồng chí Sùng Mí Chơ phát biểu kết luận buổi giao ban.
Báo cáo tại buổi giao ban cho biết, quý III, tình hình tư tưởng của cán bộ, đảng viên và nhân dân ổn định; bà con phấn khởi khi đường giao thông, sóng điện thoại 4G đã phủ đến 27 thôn. Tuy nhiên, cùng với việc sử dụng điện thoại thông minh, một số người dân đã bị lừa: trong quý, trên địa bàn xã xảy ra 3 vụ lừa đảo qua mạng, thiệt hại 86 triệu đồng, chủ yếu là giả danh thương lái mua bò, mua mật ong, yêu cầu người bán chuyển trước "phí vận chuyển", hoặc nhắn tin tuyển lao động đi làm ở nước ngoài với thu nhập cao.
Thiếu tá Lục Văn Hiếu, Trưởng Công an xã, cho biết lực lượng công an xã đã phối hợp với các đoàn thể tuyên truyền tại 27 thôn, hướng dẫn 1.350 hộ cài đặt tính năng chặn cuộc gọi lạ; đến nay khoảng 62% hộ gia đình có người được hướng dẫn trực tiếp. Ông Giàng Mí Lử, người có uy tín thôn Sảng Pả A, đề nghị tăng cường phát thanh bằng tiếng Mông vào buổi tối và vào phiên chợ Đồng Văn.
Thực hiện Chỉ thị 08, 09-CT/ĐU của Ban Thường vụ Đảng ủy xã về tăng cường công tác dân vận trong tình hình mới và về phòng, chống tội phạm sử dụng công nghệ cao, Kế hoạch số 45-KH/ĐU ngày 12/7/2026 của Đảng ủy xã, khối dân vận đã xây dựng 4 mô hình "Dân vận khéo", trong đó có mô hình "Thôn không có người bị lừa đảo qua mạng" ở thôn Sảng Pả A.
Đồng chí Hầu Thị Say, Trưởng Ban Xây dựng Đảng Đảng ủy xã, đề nghị các chi bộ đưa nội dung cảnh giác lừa đảo vào sinh hoạt chi bộ thường kỳ, phân công đảng viên phụ trách từng nhóm hộ. Chị Lò Thị Chính, Bí thư Đoàn xã, cho biết Đoàn xã đã thành lập đội hình "Thanh niên hỗ trợ chuyển đổi số" gồm 32 đoàn viên, thường xuyên đến các thôn hướng dẫn người dân.
Kết luận buổi giao ban, đồng chí Sùng Mí Chơ yêu cầu quý IV các đoàn thể tiếp tục bám sát cơ sở, quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị gắn với bảo đảm an toàn cho người dân trên không gian mạng; tập trung tuyên truyền tới người cao tuổi, phụ nữ và lao động có nhu cầu đi làm ăn xa.
Ban Dân vận
Tin liên quan
- Xã Đồng Văn tổ chức Lễ hội Hoa Tam giác mạch (20/09/2026)
- Hội nghị người có uy tín xã Đồng Văn năm 2026 (05/09/2026)
- Giao ban công tác dân vận quý II năm 2026 (30/06/2026)
""", "2026-09-29", "Khối dân vận xã Đồng Văn bàn giải pháp giúp bà con vùng cao cảnh giác với lừa đảo qua mạng",
E("giao_ban", "2026-Q3", "2026-09-25"),
[P("Sùng Mí Chơ", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Vàng Thị Dính", "Đảng ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Ly Mí Sính", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thào Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lục Văn Hiếu", "Thiếu tá", "Trưởng Công an xã"),
 P("Giàng Mí Lử", "người có uy tín thôn Sảng Pả A"),
 P("Hầu Thị Say", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Lò Thị Chính", "Bí thư Đoàn xã")],
[Q("27 thôn", 27, "thôn"), Q("3 vụ lừa đảo qua mạng", 3, "vụ lừa đảo qua mạng"), Q("86 triệu đồng", 86000000, "đồng"),
 Q("1.350 hộ", 1350, "hộ"), Q("khoảng 62%", 62, "%", "approx"), Q("4 mô hình", 4, "mô hình"), Q("32 đoàn viên", 32, "đoàn viên")],
[D("Chỉ thị", "08", "CT/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Chỉ thị 08, 09-CT/ĐU"),
 D("Chỉ thị", "09", "CT/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Chỉ thị 08, 09-CT/ĐU"),
 D("Kế hoạch", "45", "KH/ĐU", "2026-07-12", "Đảng ủy xã", "Kế hoạch số 45-KH/ĐU ngày 12/7/2026"),
 D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024")],
[prov("Tuyên Quang"), com("Đồng Văn")],
["ĐẢNG ỦY XÃ ĐỒNG VĂN - TỈNH TUYÊN QUANG", "Trang chủ » Tin tức » Công tác dân vận", "Đồng chí Sùng Mí Chơ phát biểu kết luận buổi giao ban.",
 "Dân vận khéo", "Thôn không có người bị lừa đảo qua mạng", "Thanh niên hỗ trợ chuyển đổi số", "phí vận chuyển"],
["Thứ Ba, 29/09/2026", "quý III năm 2026", "4G", "quý IV"]))
