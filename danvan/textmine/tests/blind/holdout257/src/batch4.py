from lib import *
PAGES = []

PAGES.append(page("b6143-dongnai-sdttg-taphuan-2025", """
BÁO ĐỒNG NAI ĐIỆN TỬ
You are here: Trang chủ / Xã hội / Dân tộc - Tôn giáo
2025-11-12 16:40
Các học viên tham gia lớp tập huấn.
Bồi dưỡng kiến thức về chương trình vùng đồng bào cho cán bộ xã mới
Trong 3 ngày, từ ngày 10 đến 12/11/2025, Sở Dân tộc và Tôn giáo tỉnh Đồng Nai tổ chức lớp tập huấn nghiệp vụ thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2025 cho 220 học viên là lãnh đạo UBND, công chức phụ trách công tác dân tộc của hơn 40 xã, phường. Đây là lớp tập huấn đầu tiên kể từ khi tỉnh Đồng Nai hợp nhất với tỉnh Bình Phước theo Nghị quyết số 202/2025/QH15 của Quốc hội.
Phát biểu khai mạc, bà Điểu Thị Hạnh, Phó Giám đốc Sở Dân tộc và Tôn giáo tỉnh Đồng Nai, cho biết tỉnh mới có 23 xã có đông đồng bào dân tộc thiểu số, chủ yếu là S'tiêng, Khmer, Mnông, Chơ Ro, Tày, Nùng; trong đó khoảng 94% số xã thuộc khu vực tỉnh Bình Phước trước đây. Năm 2025, vốn thực hiện chương trình khoảng 512 tỷ đồng nhưng đến cuối tháng 10 mới giải ngân 48,7%.
Các học viên được ThS. Trần Văn Hải, giảng viên Trường Chính trị tỉnh, và ông Lâm Quốc Thịnh, Trưởng phòng Chính sách dân tộc Sở Dân tộc và Tôn giáo, hướng dẫn 3 chuyên đề: quy trình lựa chọn dự án hỗ trợ phát triển sản xuất cộng đồng; quản lý, thanh quyết toán kinh phí sự nghiệp theo Thông tư số 55/2023/TT-BTC của Bộ Tài chính; thực hiện Quyết định số 2267/QĐ-UBND ngày 20/10/2025 của UBND tỉnh Đồng Nai về phân cấp quản lý chương trình cho cấp xã. Học viên cũng được giới thiệu lại Quyết định số 1719/QĐ-TTg và các dự án thành phần.
Tại lớp học, ông Điểu Lên, Phó Chủ tịch UBND xã Đắk Nhau, cho biết xã mới có 1.840 hộ đồng bào S'tiêng, trong đó 176 hộ nghèo; nhiều hồ sơ dự án do huyện Bù Đăng cũ chuyển về chưa đầy đủ. Bà Thị Kim Dung, công chức Văn hóa - Xã hội xã Phú Lý, đề nghị Sở tổ chức thêm lớp cho công chức mới nhận nhiệm vụ, vì xã có 2 công chức mới, chưa từng làm công tác dân tộc.
Ông Lâm Quốc Thịnh thông tin, Sở sẽ mở thêm 2 lớp tại khu vực phía Bắc tỉnh trong tháng 12, mỗi lớp khoảng 110 học viên; đồng thời lập nhóm Zalo hỗ trợ nghiệp vụ để các xã hỏi đáp thường xuyên. Sở cũng đề nghị các xã gửi danh sách vướng mắc trước ngày 30/11 để tổng hợp, báo cáo UBND tỉnh.
Bế mạc lớp học, bà Điểu Thị Hạnh đề nghị học viên vận dụng kiến thức vào thực tiễn, tham mưu UBND xã đẩy nhanh tiến độ giải ngân, phấn đấu đạt ít nhất 90% kế hoạch vốn năm 2025; chú trọng công khai, minh bạch để đồng bào cùng giám sát. Các học viên đã làm bài kiểm tra cuối khóa, 100% đạt yêu cầu.
Hoàng Lộc
Tin liên quan
- Đồng Nai: gặp mặt người có uy tín vùng đồng bào dân tộc thiểu số (05/11/2025)
- Sở Dân tộc và Tôn giáo kiểm tra tiến độ giải ngân tại các xã biên giới (28/10/2025)
- Lễ hội Ok Om Bok của đồng bào Khmer Đồng Nai (20/10/2025)
""", "2025-11-12", "Bồi dưỡng kiến thức về chương trình vùng đồng bào cho cán bộ xã mới",
E("tap_huan", "2025", "2025-11-10"),
[P("Điểu Thị Hạnh", "Phó Giám đốc Sở Dân tộc và Tôn giáo tỉnh Đồng Nai"),
 P("Trần Văn Hải", "ThS.", "giảng viên Trường Chính trị tỉnh"),
 P("Lâm Quốc Thịnh", "Trưởng phòng Chính sách dân tộc Sở Dân tộc và Tôn giáo"),
 P("Điểu Lên", "Phó Chủ tịch UBND xã Đắk Nhau"),
 P("Thị Kim Dung", "công chức Văn hóa - Xã hội xã Phú Lý")],
[Q("220 học viên", 220, "học viên"), Q("hơn 40 xã, phường", 40, "xã, phường", "over"), Q("23 xã", 23, "xã"),
 Q("khoảng 94%", 94, "%", "approx"), Q("khoảng 512 tỷ đồng", 512000000000, "đồng", "approx"), Q("48,7%", 48.7, "%"),
 Q("3 chuyên đề", 3, "chuyên đề"), Q("1.840 hộ đồng bào S'tiêng", 1840, "hộ đồng bào S'tiêng"), Q("176 hộ nghèo", 176, "hộ nghèo"),
 Q("2 công chức mới", 2, "công chức mới"), Q("2 lớp", 2, "lớp"), Q("khoảng 110 học viên", 110, "học viên", "approx"),
 Q("ít nhất 90%", 90, "%", "over"), Q("100%", 100, "%")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Thông tư", "55", "2023/TT-BTC", None, "Bộ Tài chính", "Thông tư số 55/2023/TT-BTC"),
 D("Quyết định", "2267", "QĐ-UBND", "2025-10-20", "UBND tỉnh Đồng Nai", "Quyết định số 2267/QĐ-UBND ngày 20/10/2025"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Đắk Nhau"), com("Phú Lý")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "You are here: Trang chủ / Xã hội / Dân tộc - Tôn giáo", "Các học viên tham gia lớp tập huấn.", "Trường Chính trị tỉnh", "Zalo"],
["2025-11-12 16:40", "3 ngày", "năm 2025", "tháng 10", "tháng 12"]))

PAGES.append(page("b6144-gialai-ubnd-tongket-2025", """
BÁO GIA LAI ĐIỆN TỬ
Trang chủ › Thời sự › Dân tộc - Miền núi
Thứ Tư, 14/01/2026, 08:05
Gia Lai triển khai nhiệm vụ năm 2026 vùng đồng bào dân tộc thiểu số
Ngày 13/1, UBND tỉnh Gia Lai tổ chức hội nghị tổng kết công tác dân tộc năm 2025 và giai đoạn I (2021 - 2025) thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, triển khai nhiệm vụ năm 2026. Đồng chí Rah Lan Hlơm, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh chủ trì hội nghị.
Toàn cảnh hội nghị tổng kết.
Đây là hội nghị tổng kết đầu tiên của tỉnh Gia Lai mới, sau khi hợp nhất tỉnh Gia Lai và tỉnh Bình Định theo Nghị quyết số 202/2025/QH15 của Quốc hội. Theo báo cáo do ông Nay Hơ Len, Giám đốc Sở Dân tộc và Tôn giáo trình bày, giai đoạn 2021 - 2025, tổng vốn thực hiện chương trình trên địa bàn hai tỉnh cũ là 6.842,7 tỷ đồng; giải ngân đạt 92,4%. Chương trình đã hỗ trợ đất ở cho 3.215 hộ, nhà ở cho 11.460 hộ, nước sinh hoạt phân tán cho 19.870 hộ; đầu tư 1.128 công trình hạ tầng thiết yếu; đào tạo nghề cho hơn 24.000 lao động. Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số giảm bình quân 4,1%/năm; 36 xã ra khỏi diện đặc biệt khó khăn.
Riêng năm 2025, tỉnh giải ngân 1.362 tỷ đồng, đạt 96,8% kế hoạch; thực hiện Nghị quyết 09, 10-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển vùng đồng bào và về giảm nghèo bền vững.
Tại hội nghị, bà Puih H'Lim, Chủ tịch UBND xã Ia Hrú, chia sẻ cách làm giao cộng đồng làng tự làm đường nội đồng; ông Đinh Văn Tư, Bí thư Đảng ủy xã Vĩnh Thạnh, cho biết đồng bào Ba Na ở xã đã có 18 tổ hợp tác trồng mì, keo liên kết với doanh nghiệp. Các đại biểu Siu Blek, Đinh Thị Ngân - người có uy tín tiêu biểu, đề nghị tiếp tục hỗ trợ giữ gìn cồng chiêng, nhà rông.
Phát biểu chỉ đạo, đồng chí Rah Lan Hlơm yêu cầu năm 2026 các sở, ngành và 135 xã, phường khẩn trương triển khai giai đoạn II của chương trình theo Quyết định số 45/QĐ-UBND ngày 08/01/2026 của UBND tỉnh; hoàn thành xóa nhà tạm, nhà dột nát cho khoảng 2.300 hộ còn lại; bảo đảm 100% xã có cán bộ chuyên trách công tác dân tộc. Việc phân bổ vốn phải công khai, đúng đối tượng, không dàn trải, ưu tiên các xã biên giới và vùng đặc biệt khó khăn.
Nhân dịp này, UBND tỉnh tặng bằng khen cho 25 tập thể và 40 cá nhân xuất sắc trong thực hiện chương trình giai đoạn I.
Rơ Châm Hơn
Hôm nay: Thứ Năm, 15/01/2026
Tin liên quan
- Gia Lai: kiện toàn Ban Chỉ đạo các chương trình mục tiêu quốc gia (06/01/2026)
- Ngày hội Đại đoàn kết ở làng Kon Jơ Dri (20/11/2025)
- Trao 500 suất quà cho hộ nghèo đồng bào Ba Na (15/12/2025)
""", "2026-01-14", "Gia Lai triển khai nhiệm vụ năm 2026 vùng đồng bào dân tộc thiểu số",
E("tong_ket", "2025", "2026-01-13"),
[P("Rah Lan Hlơm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh"),
 P("Nay Hơ Len", "Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Puih H'Lim", "Chủ tịch UBND xã Ia Hrú"),
 P("Đinh Văn Tư", "Bí thư Đảng ủy xã Vĩnh Thạnh"),
 P("Siu Blek", "người có uy tín tiêu biểu"),
 P("Đinh Thị Ngân", "người có uy tín tiêu biểu")],
[Q("6.842,7 tỷ đồng", 6842700000000, "đồng"), Q("92,4%", 92.4, "%"), Q("3.215 hộ", 3215, "hộ"), Q("11.460 hộ", 11460, "hộ"),
 Q("19.870 hộ", 19870, "hộ"), Q("1.128 công trình hạ tầng thiết yếu", 1128, "công trình hạ tầng thiết yếu"),
 Q("hơn 24.000 lao động", 24000, "lao động", "over"), Q("4,1%/năm", 4.1, "%"), Q("36 xã", 36, "xã"),
 Q("1.362 tỷ đồng", 1362000000000, "đồng"), Q("96,8%", 96.8, "%"), Q("18 tổ hợp tác", 18, "tổ hợp tác"),
 Q("135 xã, phường", 135, "xã, phường"), Q("khoảng 2.300 hộ", 2300, "hộ", "approx"), Q("100%", 100, "%"),
 Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân xuất sắc", 40, "cá nhân xuất sắc")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Nghị quyết", "09", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 09, 10-NQ/TU"),
 D("Nghị quyết", "10", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 09, 10-NQ/TU"),
 D("Quyết định", "45", "QĐ-UBND", "2026-01-08", "UBND tỉnh", "Quyết định số 45/QĐ-UBND ngày 08/01/2026")],
[prov("Gia Lai"), prov("Bình Định"), com("Ia Hrú"), com("Vĩnh Thạnh")],
["BÁO GIA LAI ĐIỆN TỬ", "Trang chủ › Thời sự › Dân tộc - Miền núi", "Toàn cảnh hội nghị tổng kết.", "Hôm nay: Thứ Năm, 15/01/2026"],
["Thứ Tư, 14/01/2026, 08:05", "năm 2026", "năm 2025", "giai đoạn I", "2021 - 2025", "giai đoạn II", "Hôm nay: Thứ Năm, 15/01/2026"]))

PAGES.append(page("b6145-thainguyen-sdttg-giaoban-2026", """
THÁI NGUYÊN ĐIỆN TỬ
Trang chủ >> Chính trị >> Dân tộc - Tôn giáo
Cập nhật: 09/04/2026 - 10:05
Khởi động giai đoạn II Chương trình 1719: cần sớm giao vốn cho cấp xã
Ngày 8/4, Sở Dân tộc và Tôn giáo tỉnh Thái Nguyên tổ chức giao ban quý I năm 2026 về thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn II (2026 - 2030) với các xã vùng đồng bào dân tộc thiểu số. Bà Triệu Thị Mai, Giám đốc Sở Dân tộc và Tôn giáo chủ trì; dự có các Phó Giám đốc Sở: Nông Văn Thuật, Hoàng Thị Lụa.
Bà Triệu Thị Mai kết luận buổi giao ban. Ảnh: Hà Thu
Theo báo cáo, năm 2026 tỉnh Thái Nguyên được giao dự kiến 1.540 tỷ đồng, trong đó khoảng 62% dành cho 58 xã thuộc khu vực tỉnh Bắc Kạn trước đây. Hết quý I mới giải ngân 6,2%, chủ yếu là vốn chuyển tiếp của giai đoạn I; 31 xã chưa phê duyệt danh mục dự án. Toàn tỉnh còn 4.620 hộ nghèo đồng bào dân tộc thiểu số, 1.150 hộ thiếu đất sản xuất.
Thực hiện Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác dân tộc và về giảm nghèo đa chiều, Sở đã tham mưu UBND tỉnh ban hành Quyết định số 88/QĐ-UBND ngày 15/01/2026 phân bổ vốn và Kế hoạch số 19/KH-SDTTG của Sở về kiểm tra, giám sát năm 2026.
Tại buổi giao ban, ông Ma Văn Tuấn, ĐUV, Trưởng phòng Văn hóa - Xã hội xã Bằng Thành, cho biết xã có 97% hộ là đồng bào Tày, Dao, Mông, cần sớm có vốn để làm 5,6 km đường vào thôn Nà Đăng; ông Bàn Văn Cao, Phó Chủ tịch UBND xã Nà Phặc, đề nghị hướng dẫn cách thu hồi vốn luân chuyển của 24 nhóm hộ. Bà Lục Thị Nhài, Chủ tịch Hội LHPN xã Nà Phặc, kiến nghị tiếp tục duy trì 15 tổ truyền thông cộng đồng về bình đẳng giới.
Kết luận giao ban, bà Triệu Thị Mai yêu cầu các xã hoàn thành phê duyệt danh mục trước ngày 30/4/2026; đến hết quý II giải ngân đạt từ 30% trở lên; định kỳ hằng tháng báo cáo tiến độ về Sở. Sở sẽ thành lập 3 đoàn kiểm tra tại các xã chậm tiến độ và tổ chức tập huấn cho khoảng 300 cán bộ cấp xã trong tháng 5.
Bà cũng lưu ý các xã tăng cường tuyên truyền bằng tiếng Tày, Dao, Mông để đồng bào hiểu rõ những điểm mới của giai đoạn II, nhất là cơ chế giao vốn trực tiếp cho cộng đồng thôn, bản và việc công khai danh sách hộ thụ hưởng tại nhà văn hóa.
Nhiều đại biểu cho rằng sau hợp nhất, khối lượng công việc ở cấp xã tăng mạnh trong khi đội ngũ công chức còn mỏng, nhiều người mới chuyển từ lĩnh vực khác sang; việc chuyển giao hồ sơ, tài liệu của giai đoạn I từ các huyện cũ chưa đầy đủ. Vì vậy, cần có hướng dẫn thống nhất về biểu mẫu, quy trình và cơ chế phối hợp giữa các sở, ngành với xã.
Hà Thu
Lượt xem: 958
Tin liên quan
- Thái Nguyên: gặp mặt người có uy tín năm 2026 (26/03/2026)
- Hội nghị tổng kết công tác dân tộc năm 2025 (16/01/2026)
- Xã Bằng Thành hoàn thành xóa nhà tạm (10/12/2025)
""", "2026-04-09", "Khởi động giai đoạn II Chương trình 1719: cần sớm giao vốn cho cấp xã",
E("giao_ban", "2026-Q1", "2026-04-08"),
[P("Triệu Thị Mai", "Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Nông Văn Thuật", "Phó Giám đốc Sở"), P("Hoàng Thị Lụa", "Phó Giám đốc Sở"),
 P("Ma Văn Tuấn", "ĐUV", "Trưởng phòng Văn hóa - Xã hội xã Bằng Thành"),
 P("Bàn Văn Cao", "Phó Chủ tịch UBND xã Nà Phặc"),
 P("Lục Thị Nhài", "Chủ tịch Hội LHPN xã Nà Phặc")],
[Q("1.540 tỷ đồng", 1540000000000, "đồng"), Q("khoảng 62%", 62, "%", "approx"), Q("58 xã", 58, "xã"), Q("6,2%", 6.2, "%"),
 Q("31 xã", 31, "xã"), Q("4.620 hộ nghèo đồng bào dân tộc thiểu số", 4620, "hộ nghèo đồng bào dân tộc thiểu số"),
 Q("1.150 hộ", 1150, "hộ"), Q("97%", 97, "%"), Q("5,6 km", 5.6, "km"), Q("24 nhóm hộ", 24, "nhóm hộ"),
 Q("15 tổ truyền thông cộng đồng", 15, "tổ truyền thông cộng đồng"), Q("từ 30% trở lên", 30, "%", "over"),
 Q("3 đoàn kiểm tra", 3, "đoàn kiểm tra"), Q("khoảng 300 cán bộ cấp xã", 300, "cán bộ cấp xã", "approx")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Quyết định", "88", "QĐ-UBND", "2026-01-15", "UBND tỉnh", "Quyết định số 88/QĐ-UBND ngày 15/01/2026"),
 D("Kế hoạch", "19", "KH-SDTTG", None, "Sở", "Kế hoạch số 19/KH-SDTTG")],
[prov("Thái Nguyên"), prov("Bắc Kạn"), com("Bằng Thành"), com("Nà Phặc")],
["THÁI NGUYÊN ĐIỆN TỬ", "Trang chủ >> Chính trị >> Dân tộc - Tôn giáo", "Bà Triệu Thị Mai kết luận buổi giao ban. Ảnh: Hà Thu",
 "Chương trình 1719", "Lượt xem: 958"],
["Cập nhật: 09/04/2026 - 10:05", "quý I năm 2026", "giai đoạn II", "2026 - 2030", "năm 2026", "giai đoạn I", "quý II", "tháng 5", "Lượt xem: 958"]))

PAGES.append(page("b6146-dienbien-muongnhe-doithoai-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ MƯỜNG NHÉ - TỈNH ĐIỆN BIÊN
Trang chủ | Tin tức | Hoạt động của Đảng ủy
20/03/2026 - 10:05
Bí thư Đảng ủy xã Mường Nhé đối thoại với nhân dân về giai đoạn mới của chương trình vùng đồng bào
Ngày 19/3, Đảng ủy xã Mường Nhé tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy với nhân dân năm 2026, với chủ đề thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2030. Đồng chí Vàng A Sùng, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì; cùng dự có các đồng chí Phó Bí thư Đảng ủy xã: Lò Văn Inh, Thào A Dềnh và hơn 200 đảng viên, người dân của 17 bản.
Quang cảnh buổi đối thoại.
Hội nghị được tổ chức theo Kế hoạch số 18-KH/ĐU ngày 02/3/2026 của Đảng ủy xã, thực hiện Nghị quyết số 05-NQ/ĐU của Ban Chấp hành Đảng bộ xã về giảm nghèo bền vững và Luật Thực hiện dân chủ ở cơ sở. Theo báo cáo, giai đoạn 2021 - 2025 xã được đầu tư 96,4 tỷ đồng; hỗ trợ nhà ở cho 412 hộ, nước sinh hoạt cho 530 hộ, làm 38 km đường bê tông. Tuy vậy, tỷ lệ hộ nghèo vẫn ở mức 42,7%, cao nhất tỉnh Điện Biên; 86 hộ còn thiếu đất sản xuất.
Tại buổi đối thoại, người dân nêu 26 ý kiến, kiến nghị. Ông Sùng A Pó, bản Nậm Pố, hỏi vì sao bò được hỗ trợ năm 2023 bị chết không được hỗ trợ lại; bà Lò Thị Ỏn, bản Mường Nhé, đề nghị mở lớp dạy nghề may cho phụ nữ Thái. Ông Giàng A Páo, Trưởng bản Huổi Lếch, phản ánh tuyến đường 4,5 km vào bản bị sạt lở từ mùa mưa năm 2025.
Đồng chí Vàng A Sùng trực tiếp trả lời, đồng thời giao đồng chí Cà Văn Lả, người vừa được bổ nhiệm làm Phó Trưởng phòng Kinh tế xã, rà soát lại các hộ có vật nuôi bị chết theo quy định; giao Ủy ban MTTQ Việt Nam xã giám sát việc sửa chữa tuyến đường. Với đề nghị về dạy nghề, xã sẽ phối hợp Trường Trung cấp Dân tộc nội trú mở 2 lớp may công nghiệp cho khoảng 60 học viên trong quý III.
Kết luận hội nghị, đồng chí Vàng A Sùng cho biết 21 ý kiến đã được trả lời ngay tại hội nghị, 5 ý kiến thuộc thẩm quyền của tỉnh sẽ được tổng hợp, báo cáo. Đồng chí đề nghị người dân tích cực tham gia lựa chọn dự án, giám sát công trình, không nghe theo kẻ xấu di cư tự do, vào rừng phá rẫy trái phép.
Theo nhiều đảng viên, hình thức đối thoại trực tiếp giúp người dân được nói lên tâm tư, nguyện vọng, còn cấp ủy nắm được những vướng mắc thực tế ở từng bản. Đảng ủy xã sẽ đưa việc giải quyết các kiến nghị vào nghị quyết lãnh đạo hằng quý, phân công cụ thể cho từng đồng chí trong Ban Thường vụ theo dõi, đôn đốc, báo cáo kết quả tại kỳ đối thoại sau.
Văn phòng Đảng ủy xã
Lượt truy cập: 21.874
Tin khác
- Xã Mường Nhé tổng kết công tác xây dựng Đảng năm 2025 (15/01/2026)
- Ra quân trồng cây đầu xuân năm 2026 (23/02/2026)
- Hội Nông dân xã tập huấn chăn nuôi bò sinh sản (05/03/2026)
""", "2026-03-20", "Bí thư Đảng ủy xã Mường Nhé đối thoại với nhân dân về giai đoạn mới của chương trình vùng đồng bào",
E("doi_thoai", "2026", "2026-03-19"),
[P("Vàng A Sùng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lò Văn Inh", "Phó Bí thư Đảng ủy xã"), P("Thào A Dềnh", "Phó Bí thư Đảng ủy xã"),
 P("Sùng A Pó"), P("Lò Thị Ỏn"),
 P("Giàng A Páo", "Trưởng bản Huổi Lếch"),
 P("Cà Văn Lả", "Phó Trưởng phòng Kinh tế xã")],
[Q("hơn 200 đảng viên, người dân", 200, "đảng viên, người dân", "over"), Q("17 bản", 17, "bản"),
 Q("96,4 tỷ đồng", 96400000000, "đồng"), Q("412 hộ", 412, "hộ"), Q("530 hộ", 530, "hộ"), Q("38 km", 38, "km"),
 Q("42,7%", 42.7, "%"), Q("86 hộ", 86, "hộ"), Q("26 ý kiến, kiến nghị", 26, "ý kiến, kiến nghị"), Q("4,5 km", 4.5, "km"),
 Q("2 lớp may công nghiệp", 2, "lớp may công nghiệp"), Q("khoảng 60 học viên", 60, "học viên", "approx"),
 Q("21 ý kiến", 21, "ý kiến"), Q("5 ý kiến", 5, "ý kiến")],
[D("Kế hoạch", "18", "KH/ĐU", "2026-03-02", "Đảng ủy xã", "Kế hoạch số 18-KH/ĐU ngày 02/3/2026"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Ban Chấp hành Đảng bộ xã", "Nghị quyết số 05-NQ/ĐU")],
[prov("Điện Biên"), com("Mường Nhé")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ MƯỜNG NHÉ - TỈNH ĐIỆN BIÊN", "Trang chủ | Tin tức | Hoạt động của Đảng ủy", "Quang cảnh buổi đối thoại.",
 "Luật Thực hiện dân chủ ở cơ sở", "Trường Trung cấp Dân tộc nội trú", "Lượt truy cập: 21.874"],
["20/03/2026 - 10:05", "năm 2026", "giai đoạn 2026 - 2030", "giai đoạn 2021 - 2025", "năm 2023", "năm 2025", "quý III", "Lượt truy cập: 21.874"]))

PAGES.append(page("b6147-hoabinh-dabac-giaoban-2014", """
BÁO HÒA BÌNH ĐIỆN TỬ
Kinh tế - Xã hội » Nông nghiệp - Nông thôn
Thứ Tư, 08/10/2014 - 15:10
Đà Bắc: Chương trình 135 giai đoạn III tập trung cho 17 xã đặc biệt khó khăn
Ngày 7/10, UBND huyện Đà Bắc tổ chức giao ban quý III năm 2014 về thực hiện Chương trình 135 và các chính sách dân tộc. Đồng chí Xa Văn Mái, Phó Chủ tịch UBND huyện chủ trì; cùng dự có ông Đinh Công Sứ, Phó Trưởng Ban Dân tộc tỉnh Hòa Bình.
Ảnh: Đồng chí Xa Văn Mái phát biểu tại buổi giao ban.
Theo Quyết định số 551/QĐ-TTg ngày 04/4/2013 của Thủ tướng Chính phủ và Quyết định số 2405/QĐ-TTg của Thủ tướng Chính phủ, huyện có 17 xã đặc biệt khó khăn và 23 thôn, xóm đặc biệt khó khăn thuộc xã khu vực II được đầu tư. Năm 2014, huyện được giao 19,74 tỷ đồng; hết quý III giải ngân 11,2 tỷ đồng, đạt 56,7%. Đã khởi công 31 công trình, hoàn thành 12 công trình; hỗ trợ phát triển sản xuất cho 2.146 hộ với 38 tấn giống ngô lai, 9.500 cây bưởi, 320 con lợn giống.
Huyện thực hiện đúng hướng dẫn tại Thông tư liên tịch số 05/2013/TTLT-UBDT-NNPTNT-KHĐT-TC-XD về quản lý Chương trình 135; UBND huyện giao 9 xã làm chủ đầu tư các công trình có tổng mức dưới 3 tỷ đồng. Ban Thường vụ Huyện ủy ban hành Kế hoạch 34, 35-KH/HU về lãnh đạo thực hiện chương trình và về xây dựng nông thôn mới ở các xã vùng cao.
Tại buổi giao ban, ông Bàn Văn Tâm, Chủ tịch UBND xã Tiền Phong, cho biết một số công trình chậm vì mưa lũ và giá vật liệu tăng; bà Lò Thị Dịu, Phó Chủ tịch UBND xã Đồng Ruộng, đề nghị tăng định mức hỗ trợ giống cho đồng bào Dao tiền. Ông Đinh Văn Quý, Trưởng phòng Dân tộc huyện, giải trình 7 kiến nghị và đề xuất điều chuyển vốn từ 2 công trình không triển khai được.
Kết luận, đồng chí Xa Văn Mái yêu cầu các chủ đầu tư đẩy nhanh tiến độ để đến ngày 31/12/2014 giải ngân tối thiểu 95% vốn; công khai danh sách hộ được hỗ trợ tại nhà văn hóa xóm; phối hợp Ủy ban MTTQ huyện để Ban giám sát đầu tư của cộng đồng hoạt động thực chất.
Ông Đinh Công Sứ đề nghị huyện chú ý duy tu, bảo dưỡng công trình sau đầu tư, hướng dẫn đồng bào chăm sóc cây bưởi, lợn giống đúng kỹ thuật để bảo đảm hiệu quả lâu dài, tránh tình trạng cấp xong rồi bỏ đó. Các xã cũng cần lồng ghép nguồn vốn Chương trình 135 với Chương trình xây dựng nông thôn mới và các chính sách hỗ trợ theo Nghị quyết 30a của Chính phủ để tránh chồng chéo.
Trong quý IV, huyện sẽ tổ chức kiểm tra tại 6 xã có tỷ lệ giải ngân thấp.
Tiến Dũng
Tin liên quan
- Hòa Bình: tập huấn cán bộ làm công tác dân tộc cấp xã (25/09/2014)
- Đà Bắc: 120 hộ Dao tiền được hỗ trợ làm nhà (10/09/2014)
- Kiểm tra tiến độ Chương trình 135 tại Mai Châu (28/08/2014)
""", "2014-10-08", "Đà Bắc: Chương trình 135 giai đoạn III tập trung cho 17 xã đặc biệt khó khăn",
E("giao_ban", "2014-Q3", "2014-10-07"),
[P("Xa Văn Mái", "Phó Chủ tịch UBND huyện"),
 P("Đinh Công Sứ", "Phó Trưởng Ban Dân tộc tỉnh Hòa Bình"),
 P("Bàn Văn Tâm", "Chủ tịch UBND xã Tiền Phong"),
 P("Lò Thị Dịu", "Phó Chủ tịch UBND xã Đồng Ruộng"),
 P("Đinh Văn Quý", "Trưởng phòng Dân tộc huyện")],
[Q("17 xã đặc biệt khó khăn", 17, "xã đặc biệt khó khăn"),
 Q("23 thôn, xóm đặc biệt khó khăn", 23, "thôn, xóm đặc biệt khó khăn"),
 Q("19,74 tỷ đồng", 19740000000, "đồng"), Q("11,2 tỷ đồng", 11200000000, "đồng"), Q("56,7%", 56.7, "%"),
 Q("31 công trình", 31, "công trình"), Q("12 công trình", 12, "công trình"), Q("2.146 hộ", 2146, "hộ"),
 Q("38 tấn", 38, "tấn"), Q("9.500 cây bưởi", 9500, "cây bưởi"), Q("320 con lợn giống", 320, "con lợn giống"),
 Q("9 xã", 9, "xã"), Q("3 tỷ đồng", 3000000000, "đồng"), Q("7 kiến nghị", 7, "kiến nghị"), Q("2 công trình", 2, "công trình"),
 Q("tối thiểu 95%", 95, "%"), Q("6 xã", 6, "xã")],
[D("Quyết định", "551", "QĐ-TTg", "2013-04-04", "Thủ tướng Chính phủ", "Quyết định số 551/QĐ-TTg ngày 04/4/2013"),
 D("Quyết định", "2405", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2405/QĐ-TTg"),
 D("Thông tư liên tịch", "05", "2013/TTLT-UBDT-NNPTNT-KHĐT-TC-XD", None, None, "Thông tư liên tịch số 05/2013/TTLT-UBDT-NNPTNT-KHĐT-TC-XD"),
 D("Kế hoạch", "34", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 34, 35-KH/HU"),
 D("Kế hoạch", "35", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 34, 35-KH/HU")],
[prov("Hòa Bình"), com("Tiền Phong"), com("Đồng Ruộng")],
["BÁO HÒA BÌNH ĐIỆN TỬ", "Kinh tế - Xã hội » Nông nghiệp - Nông thôn", "Ảnh: Đồng chí Xa Văn Mái phát biểu tại buổi giao ban.",
 "Chương trình 135", "Chương trình xây dựng nông thôn mới", "Nghị quyết 30a của Chính phủ"],
["Thứ Tư, 08/10/2014 - 15:10", "giai đoạn III", "quý III năm 2014", "khu vực II", "Năm 2014", "quý III", "quý IV", "Nghị quyết 30a"]))

PAGES.append(page("b6148-ninhthuan-bdt-hoinghi-2018", """
BÁO NINH THUẬN ĐIỆN TỬ
Trang chủ - Xã hội - Dân tộc, tôn giáo
24 tháng 8, 2018 | 17:45
Phát huy vai trò người có uy tín trong vùng đồng bào Chăm, Raglai
Ngày 23/8, Ban Dân tộc tỉnh tổ chức hội nghị biểu dương người có uy tín trong đồng bào dân tộc thiểu số năm 2018. Ông Pinăng Văn Ngọc, Tỉnh ủy viên, Trưởng Ban Dân tộc tỉnh chủ trì; 215 người có uy tín là già làng, trưởng thôn, chức sắc tôn giáo tiêu biểu của 7 huyện, thành phố tham dự.
Các đại biểu dự hội nghị.
Thực hiện Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín, tỉnh Ninh Thuận đã rà soát, công nhận 215 người, tăng 18 người so với năm 2017; mỗi người được hỗ trợ 500.000 đồng/quý, được cấp báo, tạp chí và thăm hỏi khi ốm đau. Năm 2018, vốn Chương trình 135 theo Quyết định số 900/QĐ-TTg của Thủ tướng Chính phủ đầu tư 56,3 tỷ đồng cho 22 xã đặc biệt khó khăn và 9 thôn đặc biệt khó khăn; tỷ lệ hộ nghèo đồng bào dân tộc thiểu số còn 14,6%.
Người có uy tín đã tham gia hòa giải thành 47 vụ việc mâu thuẫn trong cộng đồng, vận động đồng bào hiến hơn 12.000 m2 đất làm đường giao thông nông thôn. Ông Katơr Văn Bình, người có uy tín thôn Ma Hoa, xã Phước Hà, cho biết nhờ đường bê tông mà nông sản của bà con Raglai không còn bị ép giá. Cả sư Thông Văn Lực, Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn giáo tỉnh, đề nghị hỗ trợ tu bổ các đền tháp. Ông Lưu Quang Tín, Trưởng ban Đại diện Cộng đồng Hồi giáo Bàni thôn Văn Lâm, xã Phước Nam, phát biểu về vận động bà con không nghe theo kẻ xấu.
Ông Đàng Văn Sô, Phó Trưởng Ban Dân tộc tỉnh, triển khai Kế hoạch số 1560/KH-UBND ngày 18/4/2018 của UBND tỉnh; bà Chamaléa Thị Hoa, Chánh Văn phòng Ban Dân tộc tỉnh, thông tin về Chỉ thị 22, 23-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân tộc và về phòng chống tảo hôn, hôn nhân cận huyết thống.
Phát biểu kết luận, ông Pinăng Văn Ngọc ghi nhận sự đóng góp của đội ngũ người có uy tín, đề nghị tiếp tục là cầu nối giữa Đảng, chính quyền với đồng bào, tuyên truyền phong trào "3 không" và chính sách của Chương trình 135. Dịp này, UBND tỉnh tặng bằng khen cho 30 người có uy tín tiêu biểu, mỗi suất kèm 1 triệu đồng tiền thưởng.
Sau hội nghị, các đại biểu đi tham quan mô hình trồng nho, táo của đồng bào Chăm tại xã Phước Nam và giao lưu văn nghệ với nhân dân địa phương.
Thanh Bình
Tin liên quan
- Bác Ái: hỗ trợ 80 hộ Raglai chuyển đổi cây trồng (16/08/2018)
- Lễ hội Katê của đồng bào Chăm năm 2018 chuẩn bị chu đáo (09/08/2018)
- Ninh Phước: trao 100 suất học bổng cho học sinh dân tộc (01/08/2018)
""", "2018-08-24", "Phát huy vai trò người có uy tín trong vùng đồng bào Chăm, Raglai",
E("hoi_nghi", "2018", "2018-08-23"),
[P("Pinăng Văn Ngọc", "Tỉnh ủy viên", "Trưởng Ban Dân tộc tỉnh"),
 P("Katơr Văn Bình", "người có uy tín thôn Ma Hoa"),
 P("Thông Văn Lực", "Cả sư", "Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn giáo tỉnh"),
 P("Lưu Quang Tín", "Trưởng ban Đại diện Cộng đồng Hồi giáo Bàni thôn Văn Lâm"),
 P("Đàng Văn Sô", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Chamaléa Thị Hoa", "Chánh Văn phòng Ban Dân tộc tỉnh")],
[Q("215 người có uy tín", 215, "người có uy tín"), Q("7 huyện, thành phố", 7, "huyện, thành phố"),
 Q("18 người", 18, "người"), Q("500.000 đồng/quý", 500000, "đồng"),
 Q("56,3 tỷ đồng", 56300000000, "đồng"), Q("22 xã đặc biệt khó khăn", 22, "xã đặc biệt khó khăn"),
 Q("9 thôn đặc biệt khó khăn", 9, "thôn đặc biệt khó khăn"), Q("14,6%", 14.6, "%"),
 Q("47 vụ việc mâu thuẫn", 47, "vụ việc mâu thuẫn"), Q("hơn 12.000 m2", 12000, "m2", "over"),
 Q("30 người có uy tín tiêu biểu", 30, "người có uy tín tiêu biểu"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018"),
 D("Quyết định", "900", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 900/QĐ-TTg"),
 D("Kế hoạch", "1560", "KH-UBND", "2018-04-18", "UBND tỉnh", "Kế hoạch số 1560/KH-UBND ngày 18/4/2018"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 22, 23-CT/TU"),
 D("Chỉ thị", "23", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 22, 23-CT/TU")],
[prov("Ninh Thuận"), com("Phước Hà"), com("Phước Nam")],
["BÁO NINH THUẬN ĐIỆN TỬ", "Trang chủ - Xã hội - Dân tộc, tôn giáo", "Các đại biểu dự hội nghị.", "Chương trình 135", "3 không"],
["24 tháng 8, 2018 | 17:45", "năm 2018", "năm 2017", "Năm 2018", "3 không"]))
