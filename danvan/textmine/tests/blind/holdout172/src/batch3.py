from lib import *
PAGES = []

PAGES.append(page("b4097-quangngai-mttq-soket-2025", """
Báo Quảng Ngãi điện tử
Trang chủ > Chính trị > Mặt trận - Đoàn thể
Cập nhật: 15:05, 22/07/2025 (GMT+7)
Mặt trận tỉnh Quảng Ngãi (mới) bước vào giai đoạn hoạt động mới
(Baoquangngai.vn) - Ngày 21/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị sơ kết công tác Mặt trận và các tổ chức chính trị - xã hội 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm. Đây là hội nghị đầu tiên sau khi hợp nhất tỉnh Quảng Ngãi và tỉnh Kon Tum, hợp nhất các đoàn thể vào Mặt trận. Đồng chí Đinh Thị Hồng Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có đồng chí A Tuyên, Phó Bí thư Tỉnh ủy.
Ảnh: Đồng chí A Tuyên phát biểu chỉ đạo hội nghị.
Theo báo cáo, trong 6 tháng đầu năm, Mặt trận và các đoàn thể 2 tỉnh cũ đã tham gia tuyên truyền, vận động nhân dân đồng thuận với chủ trương sắp xếp đơn vị hành chính; kết quả lấy ý kiến cử tri ở 173 xã cũ của Quảng Ngãi và 102 xã cũ của Kon Tum đạt tỷ lệ đồng ý bình quân 98,12%. Sau sắp xếp, tỉnh có 96 xã, phường, đặc khu; Ủy ban MTTQ 96 xã, phường, đặc khu đã được kiện toàn với 2.418 ủy viên, 407 Phó Chủ tịch.
Toàn tỉnh vận động Quỹ "Vì người nghèo" được 38,5 tỷ đồng, hỗ trợ xóa 3.126 căn nhà tạm, nhà dột nát, vượt chỉ tiêu trước ngày 30/6; Hội Nông dân tỉnh giải ngân Quỹ hỗ trợ nông dân cho 214 hộ vay; Tỉnh đoàn tổ chức 16 đợt "Tháng thanh niên" với hơn 42.000 lượt đoàn viên tham gia.
Các đồng chí A Pớt, Phó Chủ tịch Ủy ban MTTQ tỉnh, Chủ tịch Hội Nông dân tỉnh; Y Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ tỉnh, Chủ tịch Hội LHPN tỉnh nêu khó khăn khi số cán bộ chuyên trách ở xã giảm, nhiều xã vùng cao Sa Thầy, Ba Tơ có diện tích trên 500 km2. Ông Đinh Văn Rương, Chủ tịch Ủy ban MTTQ Việt Nam xã Ba Tơ, kiến nghị bố trí xe công vụ cho Mặt trận xã.
Phát biểu chỉ đạo, đồng chí A Tuyên đề nghị thực hiện nghiêm Quy định số 304-QĐ/TW và Kết luận 162, 163-KL/TW của Bộ Chính trị; chuẩn bị tổ chức đại hội Mặt trận cấp xã; tăng cường giám sát hoạt động của chính quyền địa phương 2 cấp, không để người dân "đi lại nhiều lần" khi làm thủ tục. 6 tháng cuối năm, Mặt trận tỉnh phấn đấu vận động thêm không dưới 20 tỷ đồng cho Quỹ "Vì người nghèo".
Tại hội nghị, Ban Thường trực Ủy ban MTTQ tỉnh cũng thông qua dự thảo Quy chế phối hợp số 01 giữa Ủy ban MTTQ tỉnh với UBND tỉnh giai đoạn 2025 - 2030 và phân công các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Nguyễn Văn Hải, A Ry phụ trách địa bàn 52 xã phía Tây (Kon Tum cũ).
Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 26 tập thể, 41 cá nhân tiêu biểu.
Bạch Trang
Lượt xem: 2.304
Các tin khác
- Ra mắt Ủy ban MTTQ Việt Nam đặc khu Lý Sơn (04/07/2025)
- Kon Tum: bàn giao tài liệu Mặt trận cấp huyện (27/06/2025)
- Hội nghị lần thứ nhất Ủy ban MTTQ tỉnh khóa mới (02/07/2025)
""", "2025-07-22", "Mặt trận tỉnh Quảng Ngãi (mới) bước vào giai đoạn hoạt động mới",
E("so_ket", "2025-H1", "2025-07-21"),
[P("Đinh Thị Hồng Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Tuyên", "Phó Bí thư Tỉnh ủy"),
 P("A Pớt", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Y Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Đinh Văn Rương", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ba Tơ"),
 P("Nguyễn Văn Hải", "Phó Chủ tịch Ủy ban MTTQ tỉnh"), P("A Ry", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("2 tỉnh cũ", 2, "tỉnh cũ"), Q("173 xã cũ", 173, "xã cũ"), Q("102 xã cũ", 102, "xã cũ"), Q("98,12%", 98.12, "%"), Q("96 xã, phường, đặc khu", 96, "xã, phường, đặc khu"),
 Q("2.418 ủy viên", 2418, "ủy viên"), Q("407 Phó Chủ tịch", 407, "Phó Chủ tịch"), Q("38,5 tỷ đồng", 38500000000, "đồng"),
 Q("3.126 căn nhà tạm, nhà dột nát", 3126, "căn nhà tạm, nhà dột nát"), Q("214 hộ", 214, "hộ"), Q("16 đợt", 16, "đợt"),
 Q("hơn 42.000 lượt đoàn viên", 42000, "lượt đoàn viên", "over"), Q("trên 500 km2", 500, "km2", "over"),
 Q("không dưới 20 tỷ đồng", 20000000000, "đồng", "over"), Q("52 xã", 52, "xã"), Q("26 tập thể", 26, "tập thể"), Q("41 cá nhân tiêu biểu", 41, "cá nhân tiêu biểu")],
[D("Quy định", "304", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 304-QĐ/TW"),
 D("Quy chế phối hợp", "01", None, None, None, "Quy chế phối hợp số 01"),
 D("Kết luận", "162", "KL/TW", None, "Bộ Chính trị", "Kết luận 162, 163-KL/TW"),
 D("Kết luận", "163", "KL/TW", None, "Bộ Chính trị", "Kết luận 162, 163-KL/TW")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Ba Tơ"), com("Sa Thầy")],
["Báo Quảng Ngãi điện tử", "Trang chủ > Chính trị > Mặt trận - Đoàn thể", "(Baoquangngai.vn)", "Ảnh: Đồng chí A Tuyên phát biểu chỉ đạo hội nghị.",
 "Vì người nghèo", "Tháng thanh niên", "đi lại nhiều lần", "Lượt xem: 2.304"],
["Cập nhật: 15:05, 22/07/2025 (GMT+7)", "2025 - 2030", "6 tháng đầu năm 2025", "6 tháng cuối năm", "ngày 30/6", "2 cấp", "Lượt xem: 2.304"]))

PAGES.append(page("b4098-angiang-doithoai-2025", """
BÁO AN GIANG
Chính trị › Dân vận - Mặt trận
Thứ Năm, 13/11/2025 - 08:30
Ảnh: Quang cảnh buổi đối thoại tại hội trường khu phố Vĩnh Lạc.
Chủ tịch UBND phường Rạch Giá đối thoại với hơn 300 người dân
Tối 11/11, Đảng ủy, UBND, Ủy ban MTTQ Việt Nam phường Rạch Giá phối hợp tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2025, thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị và Nghị định số 59/2023/NĐ-CP của Chính phủ. Hơn 300 người dân của 24 khu phố tham dự. Ông Danh Hoàng Sơn, Bí thư Đảng ủy phường và ông Trần Văn Bé Ba, Phó Bí thư Đảng ủy, Chủ tịch UBND phường chủ trì.
Phường Rạch Giá (tỉnh An Giang mới, hợp nhất An Giang và Kiên Giang) được thành lập từ 6 phường Vĩnh Thanh Vân, Vĩnh Lạc, Vĩnh Thanh, Vĩnh Quang, Vĩnh Hiệp, Vĩnh Bảo, với hơn 128.000 nhân khẩu. Trước buổi đối thoại, Ủy ban MTTQ phường đã tổng hợp 46 ý kiến, kiến nghị, trong đó 19 ý kiến liên quan cấp giấy chứng nhận quyền sử dụng đất, 8 ý kiến về ngập nước, 6 ý kiến về việc đổi địa chỉ trên giấy tờ sau sáp nhập.
Ông Thạch Sa Rươl, khu phố Vĩnh Lạc, phản ánh đã 3 lần lên phường làm thủ tục nhưng chưa được giải quyết do hồ sơ chuyển từ thành phố cũ chưa đầy đủ. Bà Danh Thị Ngọc Hiền, Tổ trưởng tổ nhân dân tự quản số 12, đề nghị sớm lắp camera an ninh ở 4 tuyến hẻm.
Trả lời các ý kiến, ông Trần Văn Bé Ba nhận trách nhiệm về việc chậm trễ, cho biết phường đã tiếp nhận 3.462 hồ sơ đất đai từ Văn phòng đăng ký đất đai cũ, đến nay số hóa được khoảng 70%; cam kết giải quyết dứt điểm trước ngày 31/12/2025. Đồng chí Lý Thị Mỹ Hạnh, Phó Chủ tịch UBND phường giải trình việc nạo vét 2,4 km cống thoát nước với kinh phí 3,6 tỷ đồng từ nguồn xã hội hóa và ngân sách.
Cũng tại hội nghị, ông Lâm Văn Hên, Trưởng khu phố Vĩnh Hiệp 2, đề nghị phường quan tâm 37 hộ nghèo, hộ cận nghèo đang ở nhà trọ ven kênh; bà Trương Thị Bé, hội viên phụ nữ, hỏi về chế độ cho người hoạt động không chuyên trách khu phố bị dôi dư. Lãnh đạo phường cho biết đã chi trả trợ cấp cho 58 người theo Nghị định số 154/2025/NĐ-CP.
Bà Nguyễn Thị Kim Thoa, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường cho biết, Mặt trận sẽ giám sát việc thực hiện các cam kết tại hội nghị, công khai kết quả tại 24 khu phố.
Kết luận, ông Danh Hoàng Sơn yêu cầu cán bộ, công chức phường "nói đi đôi với làm", mỗi quý tổ chức ít nhất 1 buổi đối thoại chuyên đề; 100% ý kiến tại hội nghị được trả lời bằng văn bản trong 15 ngày.
Bích Giang
Lượt xem: 1.190
Tin liên quan
- Phường Rạch Giá ra mắt Trung tâm phục vụ hành chính công (01/07/2025)
- Đặc khu Phú Quốc đối thoại với ngư dân (05/11/2025)
- Xã Tri Tôn: vận động đồng bào Khmer hiến đất làm đường (29/10/2025)
- Mặt trận tỉnh giám sát việc đổi giấy tờ sau sắp xếp (22/10/2025)
""", "2025-11-13", "Chủ tịch UBND phường Rạch Giá đối thoại với hơn 300 người dân",
E("doi_thoai", "2025", "2025-11-11"),
[P("Danh Hoàng Sơn", "Bí thư Đảng ủy phường"),
 P("Trần Văn Bé Ba", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Thạch Sa Rươl"),
 P("Danh Thị Ngọc Hiền", "Tổ trưởng tổ nhân dân tự quản số 12"),
 P("Lý Thị Mỹ Hạnh", "Phó Chủ tịch UBND phường"),
 P("Lâm Văn Hên", "Trưởng khu phố Vĩnh Hiệp 2"), P("Trương Thị Bé"),
 P("Nguyễn Thị Kim Thoa", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("hơn 300 người dân", 300, "người dân", "over"), Q("24 khu phố", 24, "khu phố"), Q("6 phường", 6, "phường"),
 Q("hơn 128.000 nhân khẩu", 128000, "nhân khẩu", "over"), Q("46 ý kiến, kiến nghị", 46, "ý kiến, kiến nghị"), Q("19 ý kiến", 19, "ý kiến"),
 Q("8 ý kiến", 8, "ý kiến"), Q("6 ý kiến", 6, "ý kiến"), Q("4 tuyến hẻm", 4, "tuyến hẻm"), Q("3.462 hồ sơ đất đai", 3462, "hồ sơ đất đai"),
 Q("khoảng 70%", 70, "%", "approx"), Q("2,4 km", 2.4, "km"), Q("3,6 tỷ đồng", 3600000000, "đồng"), Q("37 hộ nghèo, hộ cận nghèo", 37, "hộ nghèo, hộ cận nghèo"), Q("58 người", 58, "người"), Q("ít nhất 1 buổi đối thoại chuyên đề", 1, "buổi đối thoại chuyên đề", "over"),
 Q("100% ý kiến", 100, "%")],
[D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 59/2023/NĐ-CP"),
 D("Nghị định", "154", "2025/NĐ-CP", None, None, "Nghị định số 154/2025/NĐ-CP")],
[prov("An Giang"), prov("Kiên Giang"), com("Rạch Giá"), com("Vĩnh Thanh Vân"), com("Vĩnh Lạc"), com("Vĩnh Thanh"), com("Vĩnh Quang"),
 com("Vĩnh Hiệp"), com("Vĩnh Bảo")],
["BÁO AN GIANG", "Chính trị › Dân vận - Mặt trận", "Ảnh: Quang cảnh buổi đối thoại tại hội trường khu phố Vĩnh Lạc.", "nói đi đôi với làm",
 "Lượt xem: 1.190"],
["Thứ Năm, 13/11/2025 - 08:30", "năm 2025", "3 lần", "số 12", "ngày 31/12/2025", "mỗi quý", "15 ngày", "Lượt xem: 1.190"]))

PAGES.append(page("b4099-gialai-taphuan-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI
Vị trí: Trang chủ / Tin tức / Hoạt động Mặt trận
21.08.2025 | 16:05
Bồi dưỡng nghiệp vụ cho gần 900 cán bộ Mặt trận cấp xã
Ngày 20/8, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức hội nghị tập huấn nghiệp vụ công tác Mặt trận năm 2025 cho cán bộ Mặt trận và các đoàn thể chính trị - xã hội cấp xã sau hợp nhất, theo hình thức trực tiếp kết hợp trực tuyến tại 135 điểm cầu. Tham gia có gần 900 học viên là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ các xã, phường và cán bộ chuyên trách.
Ảnh: Các học viên tham gia tập huấn tại điểm cầu tỉnh (phường Quy Nhơn).
Tỉnh Gia Lai (mới) được hợp nhất từ tỉnh Gia Lai và tỉnh Bình Định, có 135 xã, phường với hơn 3,5 triệu dân, trong đó đồng bào dân tộc thiểu số chiếm khoảng 28%. Sau khi sắp xếp, 83% Chủ tịch Ủy ban MTTQ cấp xã là người mới đảm nhiệm, 41 người lần đầu làm công tác Mặt trận.
Tại lớp tập huấn, đồng chí Rah Lan Hiên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, quán triệt Điều lệ MTTQ Việt Nam (sửa đổi), Hướng dẫn số 27/HD-MTTW-BTT và Hướng dẫn số 28/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về tổ chức bộ máy Mặt trận cấp xã. Ông Đặng Văn Quý, Trưởng ban Dân chủ - Pháp luật, hướng dẫn kỹ năng giám sát, phản biện xã hội theo Quyết định số 217-QĐ/TW; bà Siu H'Luyn, Trưởng ban Dân tộc - Tôn giáo, giới thiệu cách phối hợp với già làng, người có uy tín ở 1.142 làng, thôn.
Theo kế hoạch, mỗi xã duy trì ít nhất 1 mô hình "Dân vận khéo" trong đồng bào Jrai, Bahnar; nhân rộng 15 mô hình "Làng không có ma túy" đã triển khai ở khu vực phía Tây. Lớp tập huấn cũng dành nửa ngày cho ứng dụng chuyển đổi số, hướng dẫn cập nhật dữ liệu 624.000 hộ gia đình vào phần mềm quản lý Quỹ "Vì người nghèo".
Tại điểm cầu xã Ia Grai, bà Ksor H'Bia, Chủ tịch Ủy ban MTTQ Việt Nam xã, đề nghị tỉnh biên soạn tài liệu song ngữ Việt - Jrai; ông Đinh Văn Thương, Phó Chủ tịch Ủy ban MTTQ xã Vĩnh Thạnh, Chủ tịch Hội Nông dân xã, kiến nghị hỗ trợ kinh phí 200.000 đồng/tháng cho trưởng ban công tác Mặt trận thôn vùng sâu.
Bế mạc, đồng chí Rah Lan Hiên đề nghị các học viên vận dụng kiến thức vào thực tiễn, hoàn thành bài thu hoạch trước ngày 30/8; Ban Thường trực sẽ mở thêm 2 lớp cho cán bộ chi hội trong quý IV.
Hoàng Ngọc - R'Châm
Lượt xem: 803
Tin khác
- Ủy ban MTTQ tỉnh hội nghị lần thứ hai khóa mới (12/08/2025)
- Xã Chư Păh ra mắt Tổ tuyên truyền song ngữ (05/08/2025)
- Phường An Nhơn trao 100 suất quà cho gia đình chính sách (25/07/2025)
- Mặt trận các xã phía Đông bàn giao Quỹ "Vì người nghèo" (15/07/2025)
""", "2025-08-21", "Bồi dưỡng nghiệp vụ cho gần 900 cán bộ Mặt trận cấp xã",
E("tap_huan", "2025", "2025-08-20"),
[P("Rah Lan Hiên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Văn Quý", "Trưởng ban Dân chủ - Pháp luật"),
 P("Siu H'Luyn", "Trưởng ban Dân tộc - Tôn giáo"),
 P("Ksor H'Bia", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Đinh Văn Thương", "Phó Chủ tịch Ủy ban MTTQ xã Vĩnh Thạnh", "Chủ tịch Hội Nông dân xã")],
[Q("gần 900 cán bộ Mặt trận cấp xã", 900, "cán bộ Mặt trận cấp xã", "approx"), Q("135 điểm cầu", 135, "điểm cầu"),
 Q("135 xã, phường", 135, "xã, phường"), Q("hơn 3,5 triệu dân", 3500000, "dân", "over"), Q("khoảng 28%", 28, "%", "approx"), Q("83%", 83, "%"),
 Q("41 người", 41, "người"), Q("1.142 làng, thôn", 1142, "làng, thôn"), Q("ít nhất 1 mô hình", 1, "mô hình \"Dân vận khéo\"", "over"),
 Q("15 mô hình", 15, "mô hình \"Làng không có ma túy\""), Q("624.000 hộ gia đình", 624000, "hộ gia đình"),
 Q("200.000 đồng/tháng", 200000, "đồng"), Q("2 lớp", 2, "lớp")],
[D("Hướng dẫn", "27", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 27/HD-MTTW-BTT"),
 D("Hướng dẫn", "28", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 28/HD-MTTW-BTT"),
 D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định số 217-QĐ/TW")],
[prov("Gia Lai"), prov("Bình Định"), com("Quy Nhơn"), com("Ia Grai"), com("Vĩnh Thạnh")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI", "Vị trí: Trang chủ / Tin tức / Hoạt động Mặt trận",
 "Ảnh: Các học viên tham gia tập huấn tại điểm cầu tỉnh (phường Quy Nhơn).", "Điều lệ MTTQ Việt Nam", "Dân vận khéo", "Làng không có ma túy",
 "Vì người nghèo", "Lượt xem: 803"],
["21.08.2025 | 16:05", "năm 2025", "nửa ngày", "ngày 30/8", "quý IV", "Lượt xem: 803"]))

PAGES.append(page("b4100-caobang-mttq-tongket-2025", """
BÁO CAO BẰNG ĐIỆN TỬ
Chính trị | Mặt trận - Đoàn thể
Thứ Hai, 29/12/2025
Mặt trận Tổ quốc tỉnh triển khai nhiệm vụ năm 2026
Ảnh: Đồng chí Lục Văn Thành phát biểu chỉ đạo.
Ngày 26/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026. Dự có đồng chí Lục Văn Thành, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy. Đồng chí Hoàng Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Năm 2025, Mặt trận tỉnh Cao Bằng hoàn thành hợp nhất 5 tổ chức chính trị - xã hội, giảm từ 38 xuống còn 14 đầu mối phòng, ban; Ủy ban MTTQ 56 xã, phường (giảm 105 đơn vị cấp xã, không còn cấp huyện) đã kiện toàn xong với 1.904 ủy viên. Theo Kế hoạch số 148-KH/TU và Chỉ thị số 06-CT/TU của Tỉnh ủy, Mặt trận các cấp đã vận động xóa 4.718 căn nhà tạm, nhà dột nát, vượt 112% kế hoạch; hỗ trợ 2.350 hộ nghèo, hộ cận nghèo với tổng kinh phí trên 47 tỷ đồng.
Ban Thanh tra nhân dân 56 xã, phường tiếp nhận 183 đơn thư, kiến nghị, đã giải quyết 176 đơn, đạt 96,2%. Có 87 ý kiến góp ý dự thảo văn kiện Đại hội XIV của Đảng và dự thảo Luật sửa đổi, bổ sung một số điều của Hiến pháp năm 2013 được tổng hợp, gửi Ủy ban Trung ương MTTQ Việt Nam. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" có 312 khu dân cư đạt tiêu chuẩn "Khu dân cư văn hóa" tiêu biểu.
Tại hội nghị, bà Nông Thị Tuyết, Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Uyên; ông Lương Văn Pẩu, Phó Chủ tịch Ủy ban MTTQ xã Trà Lĩnh, Chủ tịch Hội Cựu chiến binh xã và bà Hoàng Thị Mỷ, người có uy tín xóm Nà Lủng, xã Hưng Đạo chia sẻ kinh nghiệm vận động đồng bào Tày, Nùng, Mông đổi thẻ căn cước theo địa chỉ mới.
Phát biểu chỉ đạo, đồng chí Lục Văn Thành đề nghị năm 2026 Mặt trận tập trung tổ chức thành công Đại hội đại biểu MTTQ Việt Nam các cấp nhiệm kỳ 2026 - 2031, vận động cử tri tham gia bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp; giám sát chặt chẽ hoạt động của 56 trung tâm phục vụ hành chính công xã, phường.
Dịp này, 32 tập thể, 45 cá nhân được Ủy ban MTTQ tỉnh tặng Bằng khen; các đồng chí Triệu Văn Kim, La Thị Liên - Phó Chủ tịch Ủy ban MTTQ tỉnh trao Bằng khen cho các tập thể.
Thu Hằng
Lượt xem: 1.447
Bài viết liên quan
- Cao Bằng: 100% xã, phường ra mắt Ban Thanh tra nhân dân (20/11/2025)
- Hòa An tổ chức Ngày hội Đại đoàn kết toàn dân tộc (15/11/2025)
- Mặt trận tỉnh giao ban quý III năm 2025 (10/10/2025)
- Thạch An: vận động 100% hộ đồng bào Mông tham gia bảo hiểm y tế (03/10/2025)
- Xã Quảng Uyên tổ chức hội nghị đại biểu nhân dân (25/09/2025)
""", "2025-12-29", "Mặt trận Tổ quốc tỉnh triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2025-12-26"),
[P("Lục Văn Thành", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Hoàng Thị Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nông Thị Tuyết", "Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Uyên"),
 P("Lương Văn Pẩu", "Phó Chủ tịch Ủy ban MTTQ xã Trà Lĩnh", "Chủ tịch Hội Cựu chiến binh xã"),
 P("Hoàng Thị Mỷ", "người có uy tín xóm Nà Lủng"),
 P("Triệu Văn Kim", "Phó Chủ tịch Ủy ban MTTQ tỉnh"), P("La Thị Liên", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("5 tổ chức chính trị - xã hội", 5, "tổ chức chính trị - xã hội"), Q("38", 38, "đầu mối phòng, ban"), Q("14 đầu mối phòng, ban", 14, "đầu mối phòng, ban"),
 Q("56 xã, phường", 56, "xã, phường"), Q("105 đơn vị cấp xã", 105, "đơn vị cấp xã"), Q("1.904 ủy viên", 1904, "ủy viên"),
 Q("4.718 căn nhà tạm, nhà dột nát", 4718, "căn nhà tạm, nhà dột nát"), Q("112%", 112, "%"), Q("2.350 hộ nghèo, hộ cận nghèo", 2350, "hộ nghèo, hộ cận nghèo"),
 Q("trên 47 tỷ đồng", 47000000000, "đồng", "over"), Q("183 đơn thư, kiến nghị", 183, "đơn thư, kiến nghị"), Q("176 đơn", 176, "đơn"),
 Q("96,2%", 96.2, "%"), Q("87 ý kiến", 87, "ý kiến"), Q("312 khu dân cư", 312, "khu dân cư"),
 Q("56 trung tâm phục vụ hành chính công", 56, "trung tâm phục vụ hành chính công"), Q("32 tập thể", 32, "tập thể"), Q("45 cá nhân", 45, "cá nhân")],
[D("Kế hoạch", "148", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 148-KH/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 06-CT/TU")],
[prov("Cao Bằng"), com("Quảng Uyên"), com("Trà Lĩnh"), com("Hưng Đạo")],
["BÁO CAO BẰNG ĐIỆN TỬ", "Chính trị | Mặt trận - Đoàn thể", "Ảnh: Đồng chí Lục Văn Thành phát biểu chỉ đạo.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Khu dân cư văn hóa", "Hiến pháp năm 2013", "Lượt xem: 1.447"],
["Thứ Hai, 29/12/2025", "năm 2025", "năm 2026", "Đại hội XIV", "2026 - 2031", "khóa XVI", "Lượt xem: 1.447"]))

PAGES.append(page("b4101-hue-bdv-baocao-2024", """
BAN DÂN VẬN TỈNH ỦY THỪA THIÊN HUẾ
Bạn đang ở: Trang chủ » Văn bản - Tư liệu » Báo cáo chuyên đề
Thứ Sáu, 20/12/2024 - 14:30
Kết quả công tác dân vận trong sắp xếp đơn vị hành chính cấp huyện, cấp xã năm 2024
Ngày 18/12/2024, Ban Dân vận Tỉnh ủy Thừa Thiên Huế ban hành Báo cáo số 312-BC/BDVTU về kết quả công tác dân vận phục vụ việc sắp xếp đơn vị hành chính cấp huyện, cấp xã năm 2024 và chuẩn bị thành lập thành phố Huế trực thuộc Trung ương. Trang thông tin điện tử trích giới thiệu những nội dung chính.
Ảnh: Người dân phường Phú Xuân đến làm thủ tục tại bộ phận một cửa (ảnh tư liệu).
Thực hiện Nghị quyết số 35/2023/UBTVQH15 của Ủy ban Thường vụ Quốc hội, Nghị quyết số 1314/NQ-UBTVQH15 ngày 21/11/2024 về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã của tỉnh giai đoạn 2023 - 2025 và Kế hoạch 186, 187-KH/TU của Ban Thường vụ Tỉnh ủy, khối dân vận các cấp đã tổ chức 428 hội nghị tuyên truyền với trên 31.000 lượt người tham dự; phát hành 52.000 tờ gấp hỏi - đáp về sắp xếp.
Qua lấy ý kiến cử tri, có 98,67% cử tri đại diện hộ gia đình ở 24 xã, phường thuộc diện sắp xếp đồng ý. Sau sắp xếp, thành phố Huế thành lập quận Phú Xuân, quận Thuận Hóa; toàn tỉnh giảm 8 đơn vị hành chính cấp xã, còn 133 xã, phường, thị trấn. Số cán bộ, công chức cấp xã dôi dư là 97 người, đến nay đã bố trí 61 người.
Báo cáo nêu một số vấn đề nhân dân quan tâm: tên gọi đơn vị hành chính mới, chi phí chuyển đổi giấy tờ, việc sử dụng trụ sở dôi dư; 23 ý kiến đề nghị giữ tên làng cổ gắn với di tích. Có 5 vụ việc khiếu nại liên quan đất đai ở phường Thủy Vân, xã Phú Mậu phát sinh trong thời gian sắp xếp, đã được hòa giải thành 4 vụ.
Báo cáo đánh giá cao vai trò của các đồng chí Trưởng Ban Dân vận Huyện ủy: Hồ Văn Lành (Phong Điền), Trần Thị Mộng Hoa (Phú Vang), Lê Văn Thạnh (Quảng Điền), cùng người có uy tín trong đồng bào Pa Kô, Tà Ôi ở huyện A Lưới như ông Hồ Văn Ngoan, già làng thôn A Hu, xã Hồng Thủy.
Về nhiệm vụ, Ban Dân vận Tỉnh ủy đề nghị Ban Thường vụ Tỉnh ủy chỉ đạo tiếp tục giải quyết chế độ cho 36 cán bộ dôi dư trong năm 2025, theo Nghị định số 29/2023/NĐ-CP; MTTQ và các đoàn thể tổ chức giám sát việc đổi giấy tờ miễn phí cho người dân; đề xuất biểu dương 45 tập thể, 62 cá nhân tiêu biểu.
Báo cáo do đồng chí Nguyễn Thị Thanh Ngà, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy ký ban hành. Đồng chí Phan Văn Trí, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy phụ trách tổng hợp.
BBT
Lượt xem: 533
Tin liên quan
- Huế: công bố nghị quyết thành lập quận Phú Xuân, Thuận Hóa (26/11/2024)
- Mặt trận tỉnh góp ý đề án thành lập thành phố trực thuộc Trung ương (15/10/2024)
- Khối dân vận giao ban quý III năm 2024 (08/10/2024)
""", "2024-12-20", "Kết quả công tác dân vận trong sắp xếp đơn vị hành chính cấp huyện, cấp xã năm 2024",
E("bao_cao", "2024", "2024-12-18"),
[P("Hồ Văn Lành", "Trưởng Ban Dân vận Huyện ủy"), P("Trần Thị Mộng Hoa", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lê Văn Thạnh", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hồ Văn Ngoan", "già làng thôn A Hu"),
 P("Nguyễn Thị Thanh Ngà", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Văn Trí", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy")],
[Q("428 hội nghị tuyên truyền", 428, "hội nghị tuyên truyền"), Q("trên 31.000 lượt người", 31000, "lượt người", "over"),
 Q("52.000 tờ gấp hỏi - đáp", 52000, "tờ gấp hỏi - đáp"), Q("98,67%", 98.67, "%"), Q("24 xã, phường", 24, "xã, phường"),
 Q("8 đơn vị hành chính cấp xã", 8, "đơn vị hành chính cấp xã"), Q("133 xã, phường, thị trấn", 133, "xã, phường, thị trấn"),
 Q("97 người", 97, "người"), Q("61 người", 61, "người"), Q("23 ý kiến", 23, "ý kiến"), Q("5 vụ việc khiếu nại", 5, "vụ việc khiếu nại"),
 Q("4 vụ", 4, "vụ"), Q("36 cán bộ dôi dư", 36, "cán bộ dôi dư"), Q("45 tập thể", 45, "tập thể"), Q("62 cá nhân tiêu biểu", 62, "cá nhân tiêu biểu")],
[D("Báo cáo", "312", "BC/BDVTU", "2024-12-18", "Ban Dân vận Tỉnh ủy Thừa Thiên Huế", "Báo cáo số 312-BC/BDVTU"),
 D("Nghị quyết", "35", "2023/UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 35/2023/UBTVQH15"),
 D("Nghị quyết", "1314", "NQ-UBTVQH15", "2024-11-21", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1314/NQ-UBTVQH15 ngày 21/11/2024"),
 D("Kế hoạch", "186", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 186, 187-KH/TU"),
 D("Kế hoạch", "187", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 186, 187-KH/TU"),
 D("Nghị định", "29", "2023/NĐ-CP", None, None, "Nghị định số 29/2023/NĐ-CP")],
[prov("Thừa Thiên Huế"), com("Phú Xuân"), com("Thủy Vân"), com("Phú Mậu"), com("Hồng Thủy")],
["BAN DÂN VẬN TỈNH ỦY THỪA THIÊN HUẾ", "Bạn đang ở: Trang chủ » Văn bản - Tư liệu » Báo cáo chuyên đề",
 "Ảnh: Người dân phường Phú Xuân đến làm thủ tục tại bộ phận một cửa (ảnh tư liệu).", "BBT", "Lượt xem: 533"],
["Thứ Sáu, 20/12/2024 - 14:30", "năm 2024", "2023 - 2025", "năm 2025", "Lượt xem: 533"]))

PAGES.append(page("b4102-thanhhoa-mttq-soket-2024", """
ỦY BAN MTTQ VIỆT NAM TỈNH THANH HÓA
Trang chủ >> Tin tức - Sự kiện >> Hoạt động của MTTQ các cấp
12/07/2024 09:15 (GMT+7)
Ảnh: Toàn cảnh hội nghị.
Mặt trận các cấp đồng hành cùng sắp xếp đơn vị hành chính cấp xã
Sáng 10/7, Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Phạm Thị Thanh Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
6 tháng qua, Mặt trận các cấp đã tham gia xây dựng Đề án sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2025, theo đó tỉnh dự kiến sắp xếp 35 xã, thị trấn để thành lập 17 xã, thị trấn mới, giảm 18 đơn vị. Ủy ban MTTQ các huyện có đơn vị sắp xếp đã phối hợp tổ chức lấy ý kiến cử tri tại 35 xã, thị trấn, với 64.280 cử tri đại diện hộ gia đình; tỷ lệ đồng ý đạt 97,84%. Mặt trận tỉnh đã ban hành Hướng dẫn số 14/HD-MTTQ-BTT, 15/HD-MTTQ-BTT về hợp nhất tổ chức Mặt trận và Ban công tác Mặt trận thôn sau sáp nhập.
Ảnh: Đồng chí Lò Văn Ban, Phó Chủ tịch Ủy ban MTTQ tỉnh điều hành thảo luận.
Cũng trong 6 tháng, Quỹ "Vì người nghèo" các cấp tiếp nhận gần 62,3 tỷ đồng; hỗ trợ xây mới 1.087 nhà Đại đoàn kết, sửa chữa 346 nhà; 11 huyện miền núi có 2.450 hộ đồng bào Thái, Mường, Mông được vận động tham gia các mô hình sinh kế. Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng thực hiện 1.326 cuộc giám sát, phát hiện 74 vụ việc sai phạm, kiến nghị xử lý 69 vụ.
Tại hội nghị, bà Hà Thị Lụa, Chủ tịch Ủy ban MTTQ huyện Bá Thước; ông Lương Văn Chiến, Chủ tịch Ủy ban MTTQ xã Thiết Ống và ông Phạm Bá Quyết, Bí thư Chi bộ, Trưởng thôn Lũng Niêm cho biết người dân ở những xã dự kiến sáp nhập băn khoăn về tên gọi mới và vị trí trụ sở; một số cán bộ Mặt trận xã lo lắng về việc bố trí công tác sau sắp xếp.
Phát biểu kết luận, đồng chí Phạm Thị Thanh Thủy đề nghị 6 tháng cuối năm Mặt trận các cấp tập trung triển khai Nghị quyết số 35/2023/UBTVQH15; chuẩn bị tổ chức Ngày hội Đại đoàn kết toàn dân tộc; hoàn thành phối hợp sắp xếp Ban Thường trực Ủy ban MTTQ 17 xã, thị trấn mới trước ngày 1/1/2025; vận động xóa ít nhất 500 nhà tạm trong năm 2024.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Lò Văn Ban, Lê Thị Ngân Hà cùng các trưởng ban chuyên môn đã trả lời kiến nghị của 12 huyện, thị xã, thành phố.
Hà Phương
Lượt xem: 1.876
Tin khác
- Mường Lát: Mặt trận huyện trao 100 suất quà cho hộ nghèo (05/07/2024)
- Mặt trận xã Thiết Ống giám sát công trình nhà văn hóa (28/06/2024)
- Hội nghị lấy ý kiến đề án sắp xếp xã tại Thọ Xuân (20/06/2024)
""", "2024-07-12", "Mặt trận các cấp đồng hành cùng sắp xếp đơn vị hành chính cấp xã",
E("so_ket", "2024-H1", "2024-07-10"),
[P("Phạm Thị Thanh Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Văn Ban", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Thị Lụa", "Chủ tịch Ủy ban MTTQ huyện Bá Thước"),
 P("Lương Văn Chiến", "Chủ tịch Ủy ban MTTQ xã Thiết Ống"),
 P("Phạm Bá Quyết", "Bí thư Chi bộ", "Trưởng thôn Lũng Niêm"),
 P("Lê Thị Ngân Hà", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("35 xã, thị trấn", 35, "xã, thị trấn"), Q("17 xã, thị trấn mới", 17, "xã, thị trấn mới"), Q("18 đơn vị", 18, "đơn vị"),
 Q("64.280 cử tri đại diện hộ gia đình", 64280, "cử tri đại diện hộ gia đình"), Q("97,84%", 97.84, "%"),
 Q("gần 62,3 tỷ đồng", 62300000000, "đồng", "approx"), Q("1.087 nhà Đại đoàn kết", 1087, "nhà Đại đoàn kết"), Q("346 nhà", 346, "nhà"),
 Q("11 huyện miền núi", 11, "huyện miền núi"), Q("2.450 hộ đồng bào Thái, Mường, Mông", 2450, "hộ đồng bào Thái, Mường, Mông"),
 Q("1.326 cuộc giám sát", 1326, "cuộc giám sát"), Q("74 vụ việc sai phạm", 74, "vụ việc sai phạm"), Q("69 vụ", 69, "vụ"),
 Q("ít nhất 500 nhà tạm", 500, "nhà tạm", "over"), Q("12 huyện, thị xã, thành phố", 12, "huyện, thị xã, thành phố")],
[D("Hướng dẫn", "14", "HD-MTTQ-BTT", None, "Mặt trận tỉnh", "Hướng dẫn số 14/HD-MTTQ-BTT"),
 D("Hướng dẫn", "15", "HD-MTTQ-BTT", None, "Mặt trận tỉnh", "15/HD-MTTQ-BTT"),
 D("Nghị quyết", "35", "2023/UBTVQH15", None, None, "Nghị quyết số 35/2023/UBTVQH15")],
[prov("Thanh Hóa"), com("Thiết Ống")],
["ỦY BAN MTTQ VIỆT NAM TỈNH THANH HÓA", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động của MTTQ các cấp", "Ảnh: Toàn cảnh hội nghị.",
 "Ảnh: Đồng chí Lò Văn Ban, Phó Chủ tịch Ủy ban MTTQ tỉnh điều hành thảo luận.", "Vì người nghèo", "Lượt xem: 1.876"],
["12/07/2024 09:15 (GMT+7)", "6 tháng đầu năm", "6 tháng cuối năm 2024", "2023 - 2025", "ngày 1/1/2025", "năm 2024", "Lượt xem: 1.876"]))
