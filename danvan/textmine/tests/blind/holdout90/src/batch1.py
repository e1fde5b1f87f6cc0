from lib import *
PAGES = []

PAGES.append(page("b2117-tuyenquang-xa-ngayhoi-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ SƠN VĨ - TỈNH TUYÊN QUANG
Trang chủ > Mặt trận và các đoàn thể > Tin hoạt động
Thứ Bảy, 15/11/2025 - 16:30
Ảnh: Các đại biểu trao quà cho hộ nghèo thôn Lũng Làn.
Xã Sơn Vĩ: Rộn ràng Ngày hội Đại đoàn kết toàn dân tộc ở thôn Lũng Làn
Ngày 14/11/2025, Ban Công tác Mặt trận thôn Lũng Làn, xã Sơn Vĩ tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025, kỷ niệm 95 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2025). Dự ngày hội có đồng chí Sùng Mí Chứ, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Sơn Vĩ; đồng chí Lù Thị Dín, Phó Chủ tịch UBND xã cùng đông đảo bà con trong thôn.
Đồng chí Sùng Mí Chứ phát biểu tại ngày hội.
Báo cáo do ông Giàng Mí Pó, Trưởng Ban Công tác Mặt trận thôn Lũng Làn trình bày cho biết: thôn có 148 hộ với 812 nhân khẩu, 100% là đồng bào dân tộc Mông. Năm qua, nhân dân trong thôn đã hiến 1.350 m2 đất, đóng góp trên 2.600 ngày công để làm 1,8 km đường bê tông liên xóm. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được bà con hưởng ứng; số hộ nghèo giảm 18 hộ, hiện còn 43 hộ nghèo. Thôn không có người vi phạm pháp luật, không có trẻ em bỏ học.
Đây là năm đầu tiên thôn Lũng Làn tổ chức ngày hội sau khi thực hiện mô hình chính quyền địa phương hai cấp. Thực hiện Kế hoạch số 12-KH/MTTQ-BTT ngày 20/10/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã, 100% thôn trên địa bàn xã tổ chức ngày hội trong tháng 11. Ban Công tác Mặt trận thôn đã quán triệt tinh thần Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng đến từng hộ gia đình.
Phát biểu tại ngày hội, đồng chí Hoàng Thị Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang, ghi nhận những kết quả thôn đạt được và đề nghị Ban Công tác Mặt trận tiếp tục phát huy vai trò người có uy tín, vận động bà con chuyển đổi cây trồng, giữ gìn bản sắc văn hóa dân tộc Mông; tích cực hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Dịp này, Ủy ban MTTQ Việt Nam xã trao 25 suất quà cho hộ nghèo, mỗi suất trị giá 500.000 đồng; Công ty TNHH Xây dựng Hoàng Long tặng 40 chăn ấm cho người cao tuổi. Ban Công tác Mặt trận thôn khen thưởng 6 hộ gia đình có thành tích trong phát triển kinh tế. Bà Vàng Thị Say, người có uy tín thôn Lũng Làn, thay mặt bà con cảm ơn sự quan tâm của cấp ủy, chính quyền.
Phần hội diễn ra sôi nổi với các trò chơi dân gian kéo co, đẩy gậy, ném pao và văn nghệ của 7 đội đến từ các xóm trong thôn. Bữa cơm đoàn kết được tổ chức ngay tại sân nhà văn hóa thôn.
Ly Hà - Mạnh Cường
Lượt truy cập: 1.204.337
Tin liên quan
- Xã Sơn Vĩ ra mắt Ban Công tác Mặt trận 18 thôn (12/08/2025)
- Ủy ban MTTQ xã trao 3 nhà Đại đoàn kết cho hộ nghèo (28/09/2025)
- Hội nghị giao ban công tác Mặt trận tháng 10/2025 (31/10/2025)
- Thôn Xín Cái tổ chức Ngày hội Đại đoàn kết (10/11/2025)
""", "2025-11-15", "Xã Sơn Vĩ: Rộn ràng Ngày hội Đại đoàn kết toàn dân tộc ở thôn Lũng Làn",
E("khac", None, "2025-11-14"),
[P("Sùng Mí Chứ", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Sơn Vĩ"),
 P("Lù Thị Dín", "Phó Chủ tịch UBND xã"),
 P("Giàng Mí Pó", "Trưởng Ban Công tác Mặt trận thôn Lũng Làn"),
 P("Hoàng Thị Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang"),
 P("Vàng Thị Say", "người có uy tín thôn Lũng Làn")],
[Q("148 hộ", 148, "hộ"), Q("812 nhân khẩu", 812, "nhân khẩu"), Q("100% là đồng bào", 100, "%"),
 Q("1.350 m2", 1350, "m2"), Q("trên 2.600 ngày công", 2600, "ngày công", "over"), Q("1,8 km", 1.8, "km"),
 Q("giảm 18 hộ", 18, "hộ"), Q("43 hộ nghèo", 43, "hộ nghèo"), Q("100% thôn", 100, "%"),
 Q("25 suất quà", 25, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("40 chăn ấm", 40, "chăn ấm"),
 Q("6 hộ gia đình", 6, "hộ gia đình"), Q("7 đội", 7, "đội")],
[D("Kế hoạch", "12", "KH/MTTQ-BTT", "2025-10-20", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 12-KH/MTTQ-BTT ngày 20/10/2025"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 60-NQ/TW ngày 12/4/2025")],
[prov("Tuyên Quang"), com("Sơn Vĩ")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ SƠN VĨ - TỈNH TUYÊN QUANG", "Trang chủ > Mặt trận và các đoàn thể > Tin hoạt động",
 "Ảnh: Các đại biểu trao quà cho hộ nghèo thôn Lũng Làn.", "Đồng chí Sùng Mí Chứ phát biểu tại ngày hội.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Cả nước chung tay xóa nhà tạm, nhà dột nát",
 "Công ty TNHH Xây dựng Hoàng Long", "Lượt truy cập: 1.204.337"],
["Thứ Bảy, 15/11/2025 - 16:30", "95 năm", "18/11/1930 - 18/11/2025", "năm 2025", "năm đầu tiên", "tháng 11",
 "hai cấp", "Lượt truy cập: 1.204.337"]))

PAGES.append(page("b2118-gialai-xa-tongket-2025", """
BÁO GIA LAI ĐIỆN TỬ
Thứ Sáu, 26/12/2025
Thời sự | Chính trị | Mặt trận - Đoàn thể
Ia Pnôn: Phát huy vai trò Ban Công tác Mặt trận ở 14 làng
Cập nhật: 09:42, 19/12/2025 (GMT+7)
(GLO) - Chiều 18/12, Ủy ban MTTQ Việt Nam xã Ia Pnôn tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai nhiệm vụ năm 2026. Đây là lần đầu tiên Ủy ban MTTQ xã tổng kết sau khi sắp xếp đơn vị hành chính, với sự tham gia của Trưởng Ban Công tác Mặt trận 14 làng trên địa bàn.
Toàn cảnh hội nghị. Ảnh: Hồng Thi
Dự hội nghị có bà Lê Thị Mỹ Lệ, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Gia Lai; đồng chí Rơ Mah Tuất, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Đồng chí Ksor H'Bla, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì.
Theo báo cáo, năm 2025 Mặt trận xã đã phối hợp tổ chức 6 cuộc giám sát và tổng hợp 18 ý kiến góp ý vào dự thảo các văn kiện Đại hội Đảng bộ xã. Thực hiện Chương trình phối hợp số 05/CTrPH-MTTQ-UBND về vận động nhân dân tham gia xây dựng nông thôn mới, các làng đã vận động 37 hộ tham gia bảo hiểm y tế tự nguyện; 98,6% hộ đạt danh hiệu gia đình văn hóa. Quỹ "Vì người nghèo" của xã tiếp nhận 312 triệu đồng, hỗ trợ xây mới 9 căn nhà Đại đoàn kết và sửa chữa 4 căn nhà cho hộ nghèo đồng bào Jrai.
Ban Thường trực Ủy ban MTTQ Việt Nam xã ban hành Kế hoạch 21, 22-KH/MTTQ-BTT về kiện toàn Ban Công tác Mặt trận các làng và về tổ chức Ngày hội Đại đoàn kết toàn dân tộc. Trong tháng 11, 14 làng tổ chức ngày hội với sự tham gia của hơn 3.200 lượt người.
Tại hội nghị, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Siu Đoan, Nguyễn Thị Thu Hà, Puih H'Phy lần lượt trình bày các chuyên đề về công tác giám sát, phản biện xã hội và công tác dân tộc, tôn giáo. Ông Rơ Lan Nghen, người có uy tín làng Ia Bang, cho biết làng đã xóa được tục bắt vợ, không còn tình trạng tảo hôn.
Phát biểu chỉ đạo, bà Lê Thị Mỹ Lệ đề nghị năm 2026 Mặt trận xã thực hiện tốt Nghị quyết số 03-NQ/ĐU ngày 15/8/2025 của Ban Chấp hành Đảng bộ xã về phát triển kinh tế vùng đồng bào dân tộc thiểu số; nâng cao chất lượng hoạt động của Ban Công tác Mặt trận ở khu dân cư, không để xảy ra điểm nóng.
Dịp này, Ủy ban MTTQ Việt Nam xã tặng giấy khen cho 5 tập thể và 11 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2025.
Năm 2026, Mặt trận xã tập trung vận động nhân dân giữ gìn an ninh trật tự vùng biên giới, phát triển cây cà phê, hồ tiêu theo hướng bền vững và chăm lo Tết cho hộ nghèo, gia đình chính sách.
Hồng Thi
Lượt xem: 2.315
Tin cùng chuyên mục
- Ia Dom: ra mắt mô hình "Làng không có tội phạm" (17/12/2025)
- Mặt trận tỉnh Gia Lai trao 120 nhà Đại đoàn kết (15/12/2025)
- An Nhơn Đông tổ chức đối thoại với nhân dân (12/12/2025)
- Đức Cơ: bàn giao Ban Công tác Mặt trận về các làng (10/12/2025)
""", "2025-12-19", "Ia Pnôn: Phát huy vai trò Ban Công tác Mặt trận ở 14 làng",
E("tong_ket", "2025", "2025-12-18"),
[P("Lê Thị Mỹ Lệ", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Gia Lai"),
 P("Rơ Mah Tuất", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Ksor H'Bla", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Siu Đoan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Puih H'Phy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Rơ Lan Nghen", "người có uy tín làng Ia Bang")],
[Q("14 làng", 14, "làng"), Q("6 cuộc giám sát", 6, "cuộc giám sát"), Q("18 ý kiến", 18, "ý kiến"),
 Q("37 hộ", 37, "hộ"), Q("98,6%", 98.6, "%"), Q("312 triệu đồng", 312000000, "đồng"),
 Q("9 căn nhà Đại đoàn kết", 9, "căn nhà Đại đoàn kết"), Q("4 căn nhà", 4, "căn nhà"),
 Q("hơn 3.200 lượt người", 3200, "lượt người", "over"), Q("5 tập thể", 5, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Chương trình phối hợp", "05", "CTrPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 05/CTrPH-MTTQ-UBND"),
 D("Kế hoạch", "21", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch 21, 22-KH/MTTQ-BTT"),
 D("Kế hoạch", "22", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch 21, 22-KH/MTTQ-BTT"),
 D("Nghị quyết", "03", "NQ/ĐU", "2025-08-15", "Ban Chấp hành Đảng bộ xã", "Nghị quyết số 03-NQ/ĐU ngày 15/8/2025")],
[prov("Gia Lai"), com("Ia Pnôn")],
["BÁO GIA LAI ĐIỆN TỬ", "Thời sự | Chính trị | Mặt trận - Đoàn thể", "(GLO)", "Toàn cảnh hội nghị. Ảnh: Hồng Thi",
 "Vì người nghèo", "Lượt xem: 2.315"],
["Thứ Sáu, 26/12/2025", "Cập nhật: 09:42, 19/12/2025 (GMT+7)", "năm 2025", "năm 2026", "lần đầu tiên", "tháng 11",
 "Lượt xem: 2.315"]))

PAGES.append(page("b2119-vinhlong-phuong-taphuan-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG
Trang chủ / Hoạt động Mặt trận cơ sở
08:15 | 09/10/2025
Học viên thảo luận tại lớp tập huấn.
Phường Nguyệt Hóa tập huấn cho Trưởng Ban Công tác Mặt trận khóm, ấp
Trong 2 ngày 08-09/10/2025, Ủy ban MTTQ Việt Nam phường Nguyệt Hóa tổ chức lớp tập huấn nghiệp vụ công tác Mặt trận năm 2025 cho 86 học viên là Trưởng, Phó Ban Công tác Mặt trận của 21 khóm, ấp và cán bộ chuyên trách Mặt trận phường.
Đồng chí Thạch Thị Chanh Đa, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Nguyệt Hóa phát biểu khai mạc lớp tập huấn. Đồng chí cho biết, sau khi tỉnh Vĩnh Long mới được hình thành trên cơ sở hợp nhất các tỉnh Vĩnh Long, Bến Tre và Trà Vinh, nhiều Trưởng Ban Công tác Mặt trận mới được kiện toàn, chưa qua bồi dưỡng nghiệp vụ; một số khóm có đông đồng bào Khmer sinh sống nên cần cách vận động phù hợp.
Tại lớp học, bà Lý Thị Sà Ly, Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh, và ông Kiên Sóc Phol, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, truyền đạt 3 chuyên đề: nhiệm vụ, quyền hạn của Ban Công tác Mặt trận ở khu dân cư theo Hướng dẫn số 08/HD-MTTQ-BTT ngày 05/9/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; kỹ năng tổ chức Ngày hội Đại đoàn kết toàn dân tộc; kỹ năng giám sát, phản biện xã hội và hòa giải ở cơ sở.
Học viên cũng được giới thiệu Quyết định số 1025/QĐ-UBND ngày 15/7/2025 của UBND phường về việc thành lập tổ hòa giải ở các khóm, ấp và Kế hoạch số 04-KH/ĐU của Đảng ủy phường về thực hiện Quy chế dân chủ ở cơ sở. Mỗi học viên được phát 1 cuốn sổ tay nghiệp vụ; Ủy ban MTTQ phường in 120 cuốn sổ tay nghiệp vụ để cấp thêm cho các tổ dân cư. Kinh phí tổ chức lớp tập huấn 18,5 triệu đồng.
Buổi thảo luận diễn ra sôi nổi. Ông Thạch Sóc Khum, Trưởng Ban Công tác Mặt trận khóm Sóc Chuối, chia sẻ kinh nghiệm vận động 34 hộ hiến đất mở rộng hẻm; ông Chau Sa Rây, Achar chùa Sóc Chuối, đề nghị phối hợp với nhà chùa tổ chức lớp dạy chữ Khmer hè cho con em đồng bào.
Kết thúc lớp tập huấn, 100% học viên làm bài thu hoạch đạt yêu cầu, trong đó 27 bài đạt loại giỏi.
Theo kế hoạch, trong quý IV/2025, Ủy ban MTTQ phường sẽ tổ chức kiểm tra hoạt động của Ban Công tác Mặt trận tại các khóm, ấp; kịp thời biểu dương những Trưởng ban làm tốt công tác vận động nhân dân, nhất là trong tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm nay.
Thanh Nhã
Tin khác
- Phường Trà Vinh ra mắt mô hình "Khóm an toàn, văn minh" (06/10/2025)
- Ủy ban MTTQ tỉnh trao 50 căn nhà cho hộ nghèo dân tộc Khmer (30/09/2025)
- Hội nghị sơ kết công tác Mặt trận quý III/2025 (29/09/2025)
- Phường Long Đức hưởng ứng Tháng cao điểm "Vì người nghèo" (25/09/2025)
""", "2025-10-09", "Phường Nguyệt Hóa tập huấn cho Trưởng Ban Công tác Mặt trận khóm, ấp",
E("tap_huan", "2025", "2025-10-08"),
[P("Thạch Thị Chanh Đa", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Nguyệt Hóa"),
 P("Lý Thị Sà Ly", "Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kiên Sóc Phol", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Thạch Sóc Khum", "Trưởng Ban Công tác Mặt trận khóm Sóc Chuối"),
 P("Chau Sa Rây", "Achar chùa Sóc Chuối")],
[Q("86 học viên", 86, "học viên"), Q("21 khóm, ấp", 21, "khóm, ấp"), Q("3 chuyên đề", 3, "chuyên đề"),
 Q("120 cuốn sổ tay nghiệp vụ", 120, "cuốn sổ tay nghiệp vụ"), Q("18,5 triệu đồng", 18500000, "đồng"),
 Q("34 hộ", 34, "hộ"), Q("100% học viên", 100, "%"), Q("27 bài", 27, "bài")],
[D("Hướng dẫn", "08", "HD-MTTQ-BTT", "2025-09-05", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 08/HD-MTTQ-BTT ngày 05/9/2025"),
 D("Quyết định", "1025", "QĐ-UBND", "2025-07-15", "UBND phường", "Quyết định số 1025/QĐ-UBND ngày 15/7/2025"),
 D("Kế hoạch", "04", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 04-KH/ĐU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Nguyệt Hóa")],
["ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG", "Trang chủ / Hoạt động Mặt trận cơ sở", "Học viên thảo luận tại lớp tập huấn.",
 "Quy chế dân chủ ở cơ sở"],
["08:15 | 09/10/2025", "quý IV/2025", "2 ngày", "08-09/10/2025", "năm 2025", "1 cuốn sổ tay nghiệp vụ"]))

PAGES.append(page("b2120-lamdong-xa-traonha-2025", """
Báo Lâm Đồng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng
Xã hội › Mặt trận - Đoàn thể
21/08/2025 - 10:05
Xã Quảng Khê bàn giao 15 căn nhà Đại đoàn kết cho hộ nghèo
Đồng chí K'Sơr Ha Phương trao quyết định hỗ trợ nhà cho bà Thị Bình.
Sáng 20/8, Ủy ban MTTQ Việt Nam xã Quảng Khê phối hợp UBND xã tổ chức lễ bàn giao 15 căn nhà Đại đoàn kết cho hộ nghèo, hộ khó khăn về nhà ở, phần lớn là đồng bào Mnông ở các bon Bu Sir, Bu Dâng.
Dự buổi lễ có đồng chí K'Sơr Ha Phương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng; đồng chí Điểu Văn Bình, Bí thư Đảng ủy xã Quảng Khê; Chủ tịch UBND xã Trần Đình Khôi cùng đại diện Ban Công tác Mặt trận các bon, thôn.
Các căn nhà được xây dựng theo phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát" và Chỉ thị số 42/CT-TTg của Thủ tướng Chính phủ. Mỗi căn có diện tích từ 40 m2 trở lên, trị giá 60 triệu đồng, trong đó Quỹ "Vì người nghèo" tỉnh Lâm Đồng hỗ trợ 50 triệu đồng, phần còn lại do gia đình, dòng họ và Ban Công tác Mặt trận vận động. Tổng kinh phí xây dựng là 900 triệu đồng; các đoàn thể và bà con trong bon góp hơn 300 ngày công.
Ông Điểu Văn Bình cho biết, sau sắp xếp, xã Quảng Khê mới được thành lập trên cơ sở xã Quảng Khê và xã Đắk Som của tỉnh Đắk Nông (cũ). Toàn xã hiện còn 27 hộ nghèo, trong đó 19 hộ là đồng bào dân tộc thiểu số tại chỗ. Thực hiện Kế hoạch số 17/KH-UBND ngày 02/7/2025 của UBND xã, đến hết năm 2025 xã phấn đấu xóa 100% nhà tạm, nhà dột nát.
Xúc động nhận nhà mới, bà Thị Bình ở bon Bu Sir chia sẻ: trước đây 5 mẹ con sống trong căn nhà tranh vách ván, mùa mưa dột khắp nơi; nay có nhà kiên cố, gia đình yên tâm làm ăn. Bà Ma Thị Lém, Trưởng Ban Công tác Mặt trận bon Bu Sir, cho biết bon đã huy động 12 thanh niên hỗ trợ vận chuyển vật liệu.
Dịp này, đồng chí K'Sơr Ha Phương trao 40 suất quà cho học sinh nghèo vượt khó, mỗi suất 300.000 đồng và 20 xe đạp do Công ty Cổ phần Cà phê Nam Tây Nguyên tài trợ.
Phát biểu tại buổi lễ, đồng chí đề nghị Ủy ban MTTQ xã tiếp tục rà soát, không để hộ nào bị bỏ sót; chú trọng giám sát chất lượng công trình, bảo đảm các hộ "an cư, lạc nghiệp".
Được biết, từ đầu năm đến nay, Ủy ban MTTQ Việt Nam xã đã phối hợp với các đơn vị, doanh nghiệp trên địa bàn vận động hỗ trợ các hộ nghèo con giống, phân bón, giúp bà con ổn định cuộc sống sau khi nhận nhà.
Minh Quân
Ảnh: Minh Quân
Bài viết liên quan
- Lâm Đồng: 1.250 căn nhà tạm được xóa trong tháng 7 (05/08/2025)
- Xã Nam Dong trao nhà Đại đoàn kết (14/08/2025)
- Mặt trận xã Tuy Đức giám sát chất lượng nhà ở hộ nghèo (18/08/2025)
- Phường Bảo Lộc ra mắt Ban Công tác Mặt trận tổ dân phố (11/08/2025)
""", "2025-08-21", "Xã Quảng Khê bàn giao 15 căn nhà Đại đoàn kết cho hộ nghèo",
E("trao_qua", None, "2025-08-20"),
[P("K'Sơr Ha Phương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng"),
 P("Điểu Văn Bình", "Bí thư Đảng ủy xã Quảng Khê"),
 P("Trần Đình Khôi", "Chủ tịch UBND xã"),
 P("Thị Bình"),
 P("Ma Thị Lém", "Trưởng Ban Công tác Mặt trận bon Bu Sir")],
[Q("15 căn nhà Đại đoàn kết", 15, "căn nhà Đại đoàn kết"), Q("từ 40 m2 trở lên", 40, "m2", "over"),
 Q("trị giá 60 triệu đồng", 60000000, "đồng"), Q("hỗ trợ 50 triệu đồng", 50000000, "đồng"),
 Q("900 triệu đồng", 900000000, "đồng"), Q("hơn 300 ngày công", 300, "ngày công", "over"),
 Q("27 hộ nghèo", 27, "hộ nghèo"), Q("19 hộ", 19, "hộ"), Q("100% nhà tạm, nhà dột nát", 100, "%"),
 Q("5 mẹ con", 5, "mẹ con"), Q("12 thanh niên", 12, "thanh niên"), Q("40 suất quà", 40, "suất quà"),
 Q("300.000 đồng", 300000, "đồng"), Q("20 xe đạp", 20, "xe đạp")],
[D("Chỉ thị", "42", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 42/CT-TTg"),
 D("Kế hoạch", "17", "KH-UBND", "2025-07-02", "UBND xã", "Kế hoạch số 17/KH-UBND ngày 02/7/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), com("Quảng Khê"), com("Đắk Som")],
["Báo Lâm Đồng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng", "Xã hội › Mặt trận - Đoàn thể",
 "Đồng chí K'Sơr Ha Phương trao quyết định hỗ trợ nhà cho bà Thị Bình.", "Cả nước chung tay xóa nhà tạm, nhà dột nát",
 "Vì người nghèo", "Công ty Cổ phần Cà phê Nam Tây Nguyên", "an cư, lạc nghiệp"],
["21/08/2025 - 10:05", "năm 2025"]))

PAGES.append(page("b2121-dienbien-huyen-soket-2019", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐIỆN BIÊN
Bạn đang ở: Trang chủ >> Tin tức >> Mặt trận huyện, thị xã, thành phố
Ngày đăng 11/07/2019 | 16:20
Mường Chà: Mặt trận các xã vận động đồng bào bỏ tục lệ lạc hậu
Ngày 10/7/2019, Ủy ban MTTQ Việt Nam huyện Mường Chà tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2019, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lò Văn Puôn, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì hội nghị; đồng chí Giàng A Tông, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện dự và chỉ đạo.
Quang cảnh hội nghị.
Mường Chà là huyện biên giới của tỉnh Điện Biên, đồng bào dân tộc thiểu số chiếm trên 90% dân số, đời sống còn nhiều khó khăn.
Báo cáo do đồng chí Vàng A Dế, Phó Chủ tịch Ủy ban MTTQ huyện trình bày nêu rõ: 6 tháng qua, Mặt trận 12 xã, thị trấn đã phối hợp với Ban Công tác Mặt trận 95 khu dân cư vận động 1.156 hộ ký cam kết không tổ chức đám cưới, đám ma kéo dài, không thách cưới. Nhờ đó, số vụ tảo hôn giảm mạnh; trong kỳ chỉ phát hiện 4 vụ tảo hôn, đều đã được can thiệp kịp thời. Quỹ "Vì người nghèo" huyện tiếp nhận 236 triệu đồng, hỗ trợ làm mới 8 nhà Đại đoàn kết cho hộ nghèo người Mông, Thái.
Thực hiện Chỉ thị 10, 11-CT/HU của Ban Thường vụ Huyện ủy về vận động nhân dân giữ gìn an ninh trật tự vùng biên giới và về bài trừ tệ nạn ma túy, Mặt trận các cấp đã tổ chức 52 buổi tuyên truyền với hơn 4.800 lượt người nghe; 89% khu dân cư được công nhận đạt chuẩn "Khu dân cư văn hóa". Ban Thường trực triển khai Kế hoạch số 52/KH-MTTQ-BTT ngày 18/3/2019 về giám sát việc thực hiện chính sách hỗ trợ đồng bào dân tộc thiểu số, đã giám sát tại 3 xã.
Tại hội nghị, bà Lường Thị Ún, Chủ tịch Ủy ban MTTQ xã Sa Lông, chia sẻ cách vận động bà con bản Huổi Lèng đưa con đến trường; ông Sùng A Páo, Trưởng ban Công tác Mặt trận bản Huổi Mí, xã Huổi Mí, đề nghị tăng phụ cấp cho trưởng ban công tác Mặt trận vì hiện mới được 300.000 đồng/tháng. Xã Mường Mươn và thị trấn Mường Chà được đánh giá dẫn đầu phong trào.
Phát biểu chỉ đạo, đồng chí Giàng A Tông đề nghị 6 tháng cuối năm Mặt trận huyện chuẩn bị tốt Đại hội đại biểu MTTQ Việt Nam huyện lần thứ XIX, nhiệm kỳ 2019 - 2024; tiếp tục thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và phong trào "Toàn dân bảo vệ an ninh Tổ quốc".
Quang Hưng - Ủy ban MTTQ huyện Mường Chà
Số lượt xem: 612
Các tin đã đưa
- Tủa Chùa: hiệp thương giới thiệu người ứng cử (05/07/2019)
- Điện Biên Đông trao 20 nhà Đại đoàn kết (28/06/2019)
- Mường Nhé tổ chức đối thoại với người có uy tín (20/06/2019)
- Nậm Pồ: tập huấn nghiệp vụ cho cán bộ Mặt trận cơ sở (14/06/2019)
""", "2019-07-11", "Mường Chà: Mặt trận các xã vận động đồng bào bỏ tục lệ lạc hậu",
E("so_ket", "2019-H1", "2019-07-10"),
[P("Lò Văn Puôn", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Giàng A Tông", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Vàng A Dế", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Lường Thị Ún", "Chủ tịch Ủy ban MTTQ xã Sa Lông"),
 P("Sùng A Páo", "Trưởng ban Công tác Mặt trận bản Huổi Mí")],
[Q("trên 90%", 90, "%", "over"), Q("12 xã, thị trấn", 12, "xã, thị trấn"), Q("95 khu dân cư", 95, "khu dân cư"), Q("1.156 hộ", 1156, "hộ"),
 Q("4 vụ tảo hôn", 4, "vụ tảo hôn"), Q("236 triệu đồng", 236000000, "đồng"),
 Q("8 nhà Đại đoàn kết", 8, "nhà Đại đoàn kết"), Q("52 buổi tuyên truyền", 52, "buổi tuyên truyền"),
 Q("hơn 4.800 lượt người nghe", 4800, "lượt người nghe", "over"), Q("89% khu dân cư", 89, "%"),
 Q("3 xã", 3, "xã"), Q("300.000 đồng/tháng", 300000, "đồng")],
[D("Chỉ thị", "10", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 10, 11-CT/HU"),
 D("Chỉ thị", "11", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 10, 11-CT/HU"),
 D("Kế hoạch", "52", "KH-MTTQ-BTT", "2019-03-18", None, "Kế hoạch số 52/KH-MTTQ-BTT ngày 18/3/2019")],
[prov("Điện Biên"), com("Sa Lông"), com("Huổi Mí"), com("Mường Mươn"), com("Mường Chà")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐIỆN BIÊN", "Bạn đang ở: Trang chủ >> Tin tức >> Mặt trận huyện, thị xã, thành phố",
 "Quang cảnh hội nghị.", "Vì người nghèo", "Khu dân cư văn hóa",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Toàn dân bảo vệ an ninh Tổ quốc", "Số lượt xem: 612"],
["Ngày đăng 11/07/2019 | 16:20", "6 tháng qua", "6 tháng đầu năm 2019", "6 tháng cuối năm", "lần thứ XIX", "nhiệm kỳ 2019 - 2024",
 "Số lượt xem: 612"]))

PAGES.append(page("b2122-hatinh-xa-daihoi-2024", """
Cổng thông tin điện tử huyện Cẩm Xuyên - Hà Tĩnh
Trang chủ | Tin tức - Sự kiện | Mặt trận - Đoàn thể
Thứ Năm, 23/05/2024
Xã Cẩm Bình tổ chức Đại hội đại biểu MTTQ Việt Nam lần thứ XXIV
Ngày 22/5, Ủy ban MTTQ Việt Nam xã Cẩm Bình tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XXIV, nhiệm kỳ 2024 - 2029. Đây là đại hội điểm của huyện Cẩm Xuyên. Về dự có đồng chí Trần Thị Lài, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện; đồng chí Phạm Quốc Việt, Bí thư Đảng ủy xã cùng 150 đại biểu đại diện cho hơn 9.400 nhân khẩu trong xã.
Đoàn Chủ tịch điều hành đại hội.
Báo cáo tổng kết nhiệm kỳ 2019 - 2024 cho thấy, Mặt trận xã và Ban Công tác Mặt trận 11 thôn đã vận động nhân dân hiến 12.600 m2 đất, đóng góp 7,35 tỷ đồng xây dựng nông thôn mới kiểu mẫu; 3 thôn đạt chuẩn "Khu dân cư nông thôn mới kiểu mẫu". Quỹ "Vì người nghèo" xã vận động được 1,2 tỷ đồng, hỗ trợ xây mới và sửa chữa 26 nhà Đại đoàn kết; tỷ lệ hộ nghèo giảm từ 4,1% xuống còn 1,3%.
Mặt trận xã đã chủ trì tổ chức 14 cuộc giám sát, 5 hội nghị phản biện xã hội; tham gia hòa giải thành 37 vụ việc mâu thuẫn trong nhân dân. Thực hiện Kết luận số 74-KL/HU ngày 10/6/2020 của Ban Thường vụ Huyện ủy về phát huy vai trò Ban Công tác Mặt trận ở khu dân cư, mô hình "Thôn tự quản về an ninh trật tự" được nhân rộng ra toàn xã.
Đại hội đã hiệp thương cử 39 vị vào Ủy ban MTTQ Việt Nam xã khóa XXIV. Tại hội nghị lần thứ nhất, ông Nguyễn Văn Lành được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; các ông, bà: Phan Thị Hằng, Trần Đức Quý được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng cử 6 đại biểu đi dự Đại hội MTTQ Việt Nam huyện Cẩm Xuyên lần thứ XXIV.
Phát biểu chỉ đạo, đồng chí Trần Thị Lài đề nghị Ủy ban MTTQ xã khóa mới thực hiện tốt Chỉ thị số 18-CT/TW ngày 10/10/2022 của Ban Bí thư về phát huy vai trò, nâng cao chất lượng, hiệu quả công tác giám sát, phản biện xã hội của Mặt trận; tập trung vận động hội viên, nhân dân tham gia xây dựng xã nông thôn mới nâng cao giai đoạn 2025 - 2030.
Đại hội thông qua Nghị quyết và chương trình hành động nhiệm kỳ 2024 - 2029 với 8 chỉ tiêu chủ yếu.
Trước đó, đại hội đã long trọng tổ chức lễ chào cờ, ôn lại truyền thống vẻ vang của Mặt trận Tổ quốc Việt Nam và nghe các ý kiến tham luận của đại diện các chi hội, Ban Công tác Mặt trận thôn.
Thu Hương - Đài TT-VH huyện
Tin cùng chuyên mục
- Cẩm Duệ: hội nghị hiệp thương lần thứ nhất (16/05/2024)
- Huyện Cẩm Xuyên trao 15 nhà Đại đoàn kết (10/05/2024)
- Cẩm Thành tặng quà gia đình chính sách (30/04/2024)
- Cẩm Lạc sơ kết phong trào "Dân vận khéo" (03/05/2024)
""", "2024-05-23", "Xã Cẩm Bình tổ chức Đại hội đại biểu MTTQ Việt Nam lần thứ XXIV",
E("dai_hoi", None, "2024-05-22"),
[P("Trần Thị Lài", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Phạm Quốc Việt", "Bí thư Đảng ủy xã"),
 P("Nguyễn Văn Lành", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Phan Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Trần Đức Quý", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 9.400 nhân khẩu", 9400, "nhân khẩu", "over"), Q("11 thôn", 11, "thôn"),
 Q("12.600 m2", 12600, "m2"), Q("7,35 tỷ đồng", 7350000000, "đồng"), Q("3 thôn", 3, "thôn"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("26 nhà Đại đoàn kết", 26, "nhà Đại đoàn kết"),
 Q("4,1%", 4.1, "%"), Q("1,3%", 1.3, "%"), Q("14 cuộc giám sát", 14, "cuộc giám sát"),
 Q("5 hội nghị phản biện xã hội", 5, "hội nghị phản biện xã hội"), Q("37 vụ việc mâu thuẫn", 37, "vụ việc mâu thuẫn"),
 Q("39 vị", 39, "vị"), Q("6 đại biểu", 6, "đại biểu"), Q("8 chỉ tiêu chủ yếu", 8, "chỉ tiêu chủ yếu")],
[D("Kết luận", "74", "KL/HU", "2020-06-10", "Ban Thường vụ Huyện ủy", "Kết luận số 74-KL/HU ngày 10/6/2020"),
 D("Chỉ thị", "18", "CT/TW", "2022-10-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/10/2022")],
[prov("Hà Tĩnh"), com("Cẩm Bình")],
["Cổng thông tin điện tử huyện Cẩm Xuyên - Hà Tĩnh", "Trang chủ | Tin tức - Sự kiện | Mặt trận - Đoàn thể",
 "Đoàn Chủ tịch điều hành đại hội.", "Khu dân cư nông thôn mới kiểu mẫu", "Vì người nghèo", "Thôn tự quản về an ninh trật tự"],
["Thứ Năm, 23/05/2024", "lần thứ XXIV", "nhiệm kỳ 2024 - 2029", "nhiệm kỳ 2019 - 2024", "khóa XXIV", "lần thứ nhất",
 "giai đoạn 2025 - 2030"]))
