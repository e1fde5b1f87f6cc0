from lib import *
PAGES = []

PAGES.append(page("b4247-tuyenquang-bienphong-xa-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ > Quốc phòng - An ninh > Biên phòng
Thứ Tư, 20/08/2025 | 10:25
Bộ đội Biên phòng đồng hành cùng chính quyền xã mới nơi địa đầu
Ngày 19/8, Bộ Chỉ huy BĐBP tỉnh Tuyên Quang tổ chức ra quân đợt cao điểm "Bộ đội Biên phòng đồng hành cùng chính quyền cơ sở hai cấp" tại xã Lũng Cú. Đây là hoạt động đầu tiên của BĐBP tỉnh sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất, các xã biên giới vận hành mô hình chính quyền địa phương hai cấp từ ngày 1/7/2025.
Cán bộ Đồn Biên phòng Lũng Cú hướng dẫn người dân nộp hồ sơ trực tuyến. Ảnh: Quang Hưng
Dự lễ ra quân có đồng chí Hầu Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Đại tá Nguyễn Xuân Toàn, Chỉ huy trưởng BĐBP tỉnh; đồng chí Sùng Mí Sính, Bí thư Đảng ủy xã Lũng Cú.
Theo Kế hoạch số 2840/KH-BCH của Bộ Chỉ huy BĐBP tỉnh, thực hiện Kết luận số 150-KL/TW ngày 14/4/2025 của Bộ Chính trị và Hướng dẫn 05, 06-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, trong 3 tháng cao điểm, 16 đồn biên phòng trên tuyến biên giới dài 277 km sẽ cử 120 cán bộ về hỗ trợ 18 xã biên giới; mỗi đồn bố trí ít nhất 2 cán bộ hỗ trợ bộ phận một cửa, hướng dẫn người dân làm thủ tục trên Cổng dịch vụ công quốc gia và ứng dụng VNeID.
Từ ngày 1/7 đến nay, các đồn đã phối hợp với Trung tâm phục vụ hành chính công các xã hướng dẫn 4.380 lượt người dân nộp hồ sơ trực tuyến; hỗ trợ làm 1.216 hồ sơ cấp đổi giấy tờ do thay đổi địa giới; tổ chức 63 buổi tuyên truyền song ngữ Việt - Mông về bộ máy chính quyền mới cho khoảng 5.200 lượt người.
Đại tá Nguyễn Xuân Toàn cho biết, 100% đồn biên phòng đã có cán bộ tham gia Đảng ủy xã; 214 đảng viên đồn biên phòng về sinh hoạt tại 96 chi bộ thôn. Thượng tá Vàng Seo Dình, Đồn trưởng Đồn Biên phòng Lũng Cú, báo cáo đơn vị đã giúp dân xã Lũng Cú, xã Đồng Văn làm 2.150 ngày công, sửa 9 km đường liên thôn.
Ông Lầu Mí Chứ, người có uy tín thôn Séo Lủng, xã Lũng Cú, phát biểu: "Xã mới rộng hơn, đường đến trung tâm xa hơn, có bộ đội giúp làm giấy tờ bà con đỡ vất vả nhiều".
Phát biểu tại lễ ra quân, đồng chí Hầu Thị Lan đề nghị các đồn phát huy vai trò "cánh tay nối dài" của chính quyền xã, nắm chắc tâm tư nhân dân trong giai đoạn chuyển tiếp; phấn đấu tỷ lệ hồ sơ trực tuyến ở các xã biên giới đạt từ 60% trở lên vào cuối năm 2025.
Dịp này, Bộ Chỉ huy BĐBP tỉnh trao tặng 18 xã biên giới 18 bộ máy tính phục vụ bộ phận một cửa, trị giá 360 triệu đồng.
Quang Hưng
Lượt xem: 2.047
Tin liên quan
- Xã Mèo Vạc đối thoại với nhân dân về thủ tục đất đai (15/08/2025)
- Biên phòng tỉnh tổ chức "Ngày hội Biên phòng toàn dân" (08/08/2025)
- Tuyên Quang: 124 xã, phường vận hành ổn định sau sắp xếp (30/07/2025)
""", "2025-08-20", "Bộ đội Biên phòng đồng hành cùng chính quyền xã mới nơi địa đầu",
E("khac", None, "2025-08-19"),
[P("Hầu Thị Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Xuân Toàn", "Đại tá", "Chỉ huy trưởng BĐBP tỉnh"),
 P("Sùng Mí Sính", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Vàng Seo Dình", "Thượng tá", "Đồn trưởng Đồn Biên phòng Lũng Cú"),
 P("Lầu Mí Chứ", "người có uy tín thôn Séo Lủng")],
[Q("16 đồn biên phòng", 16, "đồn biên phòng"), Q("277 km", 277, "km"), Q("120 cán bộ", 120, "cán bộ"),
 Q("18 xã biên giới", 18, "xã biên giới"), Q("ít nhất 2 cán bộ", 2, "cán bộ", "over"),
 Q("4.380 lượt người dân", 4380, "lượt người dân"), Q("1.216 hồ sơ", 1216, "hồ sơ"), Q("63 buổi tuyên truyền song ngữ", 63, "buổi tuyên truyền song ngữ"),
 Q("khoảng 5.200 lượt người", 5200, "lượt người", "approx"), Q("100% đồn biên phòng", 100, "%"), Q("214 đảng viên", 214, "đảng viên"),
 Q("96 chi bộ thôn", 96, "chi bộ thôn"), Q("2.150 ngày công", 2150, "ngày công"), Q("9 km", 9, "km"),
 Q("từ 60% trở lên", 60, "%", "over"), Q("18 bộ máy tính", 18, "bộ máy tính"), Q("360 triệu đồng", 360000000, "đồng")],
[D("Kế hoạch", "2840", "KH-BCH", None, "Bộ Chỉ huy BĐBP tỉnh", "Kế hoạch số 2840/KH-BCH"),
 D("Kết luận", "150", "KL/TW", "2025-04-14", "Bộ Chính trị", "Kết luận số 150-KL/TW ngày 14/4/2025"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 05, 06-HD/BTGDVTU"),
 D("Hướng dẫn", "06", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 05, 06-HD/BTGDVTU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Đồng Văn")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ > Quốc phòng - An ninh > Biên phòng",
 "Bộ đội Biên phòng đồng hành cùng chính quyền cơ sở hai cấp",
 "Cán bộ Đồn Biên phòng Lũng Cú hướng dẫn người dân nộp hồ sơ trực tuyến. Ảnh: Quang Hưng", "Cổng dịch vụ công quốc gia", "VNeID",
 "cánh tay nối dài", "Lượt xem: 2.047"],
["Thứ Tư, 20/08/2025 | 10:25", "3 tháng", "năm 2025", "hai cấp", "Lượt xem: 2.047"]))

PAGES.append(page("b4248-vinhlong-xa-giaoban-2025", """
ĐẢNG ỦY XÃ TẬP SƠN - TỈNH VĨNH LONG
Trang chủ / Tin tức / Dân vận
09/10/2025 07:30
Ảnh: Quang cảnh buổi giao ban.
Khối dân vận xã Tập Sơn giao ban quý III
Chiều 8/10, Ban Thường vụ Đảng ủy xã Tập Sơn, tỉnh Vĩnh Long tổ chức giao ban công tác dân vận quý III năm 2025 với Ủy ban MTTQ Việt Nam xã, các đoàn thể chính trị - xã hội, Công an xã và Ban Chỉ huy Quân sự xã. Đồng chí Thạch Thị Sa Huỳnh, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã chủ trì.
Xã Tập Sơn được thành lập trên cơ sở sắp xếp 3 xã Tập Sơn, Tân Sơn, Phước Hưng cũ, có 19 ấp với 9.846 hộ, trong đó 62% là đồng bào Khmer. Sau hơn 3 tháng vận hành chính quyền địa phương hai cấp, Trung tâm phục vụ hành chính công xã đã tiếp nhận 5.418 hồ sơ, giải quyết trước và đúng hạn 5.377 hồ sơ, đạt 99,2%; tỷ lệ hồ sơ nộp trực tuyến 41,5%. Qua khảo sát nhanh 300 người dân, 93% hài lòng với thái độ phục vụ của công chức.
Đồng chí Kim Thị Sóc Phia, Đảng ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Trưởng Ban Dân vận Đảng ủy xã (theo Quyết định số 12-QĐ/ĐU của Ban Thường vụ Đảng ủy xã) báo cáo: quý III, thực hiện Kế hoạch 08, 09-KH/ĐU của Đảng ủy xã về công tác dân vận năm 2025 và về vận động nhân dân thích ứng với bộ máy mới, các đoàn thể đã tổ chức 74 cuộc tuyên truyền với khoảng 3.900 lượt người dự; vận động xây dựng 6 căn nhà Đại đoàn kết trị giá 360 triệu đồng; thành lập 19 tổ công nghệ số cộng đồng, hướng dẫn 2.640 người kích hoạt định danh điện tử mức 2.
Thượng úy Sơn Hoàng Vũ, Phó Trưởng Công an xã, cho biết Công an xã phối hợp với sư cả các chùa Khmer giải quyết 14 vụ việc mâu thuẫn tại ấp, không để phát sinh khiếu kiện đông người. Đồng chí Lâm Văn Bảy, Chỉ huy trưởng Ban CHQS xã, báo cáo dân quân giúp dân làm 420 ngày công nạo vét kênh mương.
Các đồng chí Phó Chủ tịch UBND xã: Nguyễn Văn Hùng, Thạch Sa Rin nêu khó khăn: người dân ấp xa trung tâm xã phải đi 12 km để làm thủ tục; 3 điểm tiếp nhận hồ sơ tại trụ sở các xã cũ cần duy trì đến hết năm.
Kết luận, đồng chí Thạch Thị Sa Huỳnh yêu cầu quý IV tập trung tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân; mỗi đoàn thể có ít nhất 1 mô hình "Dân vận khéo"; thực hiện nghiêm Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về Quy chế công tác dân vận của hệ thống chính trị.
Ngọc Hân
Lượt xem: 311
Tin khác
- Xã Tập Sơn ra mắt tổ công nghệ số cộng đồng (25/09/2025)
- Hội Nông dân xã trao 20 con bò giống cho hộ nghèo (12/09/2025)
- Lễ Sene Đôlta ấm áp tại các chùa Khmer (20/09/2025)
- Ủy ban MTTQ xã ra mắt Ban Thanh tra nhân dân nhiệm kỳ mới (05/09/2025)
""", "2025-10-09", "Khối dân vận xã Tập Sơn giao ban quý III",
E("giao_ban", "2025-Q3", "2025-10-08"),
[P("Thạch Thị Sa Huỳnh", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Kim Thị Sóc Phia", "Đảng ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Trưởng Ban Dân vận Đảng ủy xã"),
 P("Sơn Hoàng Vũ", "Thượng úy", "Phó Trưởng Công an xã"),
 P("Lâm Văn Bảy", "Chỉ huy trưởng Ban CHQS xã"),
 P("Nguyễn Văn Hùng", "Phó Chủ tịch UBND xã"),
 P("Thạch Sa Rin", "Phó Chủ tịch UBND xã")],
[Q("3 xã", 3, "xã"), Q("19 ấp", 19, "ấp"), Q("9.846 hộ", 9846, "hộ"), Q("62%", 62, "%"),
 Q("5.418 hồ sơ", 5418, "hồ sơ"), Q("5.377 hồ sơ", 5377, "hồ sơ"), Q("99,2%", 99.2, "%"), Q("41,5%", 41.5, "%"),
 Q("300 người dân", 300, "người dân"), Q("93%", 93, "%"), Q("74 cuộc tuyên truyền", 74, "cuộc tuyên truyền"),
 Q("khoảng 3.900 lượt người", 3900, "lượt người", "approx"), Q("6 căn nhà Đại đoàn kết", 6, "căn nhà Đại đoàn kết"),
 Q("360 triệu đồng", 360000000, "đồng"), Q("19 tổ công nghệ số cộng đồng", 19, "tổ công nghệ số cộng đồng"),
 Q("2.640 người", 2640, "người"), Q("14 vụ việc mâu thuẫn", 14, "vụ việc mâu thuẫn"), Q("420 ngày công", 420, "ngày công"),
 Q("12 km", 12, "km"), Q("3 điểm tiếp nhận hồ sơ", 3, "điểm tiếp nhận hồ sơ"), Q("ít nhất 1 mô hình", 1, "mô hình", "over")],
[D("Quyết định", "12", "QĐ/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Quyết định số 12-QĐ/ĐU"),
 D("Kế hoạch", "08", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 08, 09-KH/ĐU"),
 D("Kế hoạch", "09", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 08, 09-KH/ĐU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Vĩnh Long"), com("Tập Sơn"), com("Tân Sơn"), com("Phước Hưng")],
["ĐẢNG ỦY XÃ TẬP SƠN - TỈNH VĨNH LONG", "Trang chủ / Tin tức / Dân vận", "Ảnh: Quang cảnh buổi giao ban.",
 "Đại đoàn kết", "Dân vận khéo", "Lượt xem: 311"],
["09/10/2025 07:30", "quý III năm 2025", "hơn 3 tháng", "hai cấp", "mức 2", "năm 2025", "quý IV", "Lượt xem: 311"]))

PAGES.append(page("b4249-lamdong-congan-tongket-2025", """
CÔNG AN TỈNH LÂM ĐỒNG
Trang chủ » Tin tức » Công tác dân vận
Ngày đăng 24/12/2025 | 16:20
Công an tỉnh Lâm Đồng: Hơn 98% người dân hài lòng với công an cấp xã
Ngày 23/12, Đảng ủy Công an tỉnh tổ chức hội nghị tổng kết công tác dân vận và phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Công an tỉnh Lâm Đồng hoạt động trên địa bàn mới sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận.
Thiếu tướng K'Lìn Ha Sơn phát biểu chỉ đạo hội nghị. Ảnh: Đăng Khoa
Chủ trì hội nghị có Thiếu tướng K'Lìn Ha Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy, Giám đốc Công an tỉnh; dự có đồng chí Điểu Thị Mai, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Năm 2025, thực hiện Chỉ thị số 29/CT-BCA ngày 15/1/2025 của Bộ trưởng Bộ Công an và Kế hoạch 415, 416/KH-CAT của Công an tỉnh, lực lượng công an 124 xã, phường, đặc khu đã tổ chức 3.860 buổi tuyên truyền cho hơn 412.000 lượt người; xây dựng 1.026 mô hình, điển hình tiên tiến về an ninh trật tự, trong đó 64 mô hình tiêu biểu được nhân rộng. Nhân dân cung cấp 9.142 nguồn tin có giá trị, giúp công an làm rõ 1.380 vụ phạm pháp hình sự.
Trong thực hiện Đề án 06, công an cấp xã đã thu nhận 286.500 hồ sơ căn cước, kích hoạt 1.620.000 tài khoản định danh điện tử mức 2; giải quyết 98.764 thủ tục hành chính về cư trú, đúng hạn 100%. Kết quả khảo sát độc lập do Ủy ban MTTQ tỉnh thực hiện với 8.000 phiếu cho thấy 98,3% người dân hài lòng với công an cấp xã.
Công an tỉnh cũng vận động, đóng góp 4,6 tỷ đồng xây dựng 92 căn nhà cho hộ nghèo trong chương trình xóa nhà tạm, nhà dột nát; nhận đỡ đầu 215 trẻ em mồ côi.
Tại hội nghị, Trung tá Ka Hòa Nhi, Trưởng Công an xã Đam Rông, chia sẻ kinh nghiệm dùng tiếng K'Ho tiếp dân; Thiếu tá Y Bloan Niê, Phó Trưởng Công an phường Bắc Gia Nghĩa, nêu mô hình "Khu phố không tội phạm". Ông Ndu Ha Biên, người có uy tín thôn Liêng Trang, xã Đam Rông, đề nghị tiếp tục duy trì công an tổ chức họp dân mỗi tháng 1 lần.
Các đồng chí Đại tá Trần Văn Tâm, Đại tá Nguyễn Thị Thu - Phó Giám đốc Công an tỉnh thông qua chương trình công tác dân vận năm 2026. Phát biểu, đồng chí Điểu Thị Mai đề nghị thực hiện tốt Quy định số 304-QĐ/TW của Bộ Chính trị, gắn công tác dân vận với chuyển đổi số ở cơ sở.
Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 32 tập thể, 57 cá nhân.
Đăng Khoa
Lượt truy cập: 2.958
Tin liên quan
- Công an phường Phan Thiết ra mắt mô hình "Camera an ninh" (18/12/2025)
- Trao 30 căn nhà "Mái ấm Công an" tại Đắk Nông cũ (10/12/2025)
- Tuyên dương 100 điển hình "Toàn dân bảo vệ an ninh Tổ quốc" (28/11/2025)
""", "2025-12-24", "Công an tỉnh Lâm Đồng: Hơn 98% người dân hài lòng với công an cấp xã",
E("tong_ket", "2025", "2025-12-23"),
[P("K'Lìn Ha Sơn", "Thiếu tướng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy", "Giám đốc Công an tỉnh"),
 P("Điểu Thị Mai", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ka Hòa Nhi", "Trung tá", "Trưởng Công an xã Đam Rông"),
 P("Y Bloan Niê", "Thiếu tá", "Phó Trưởng Công an phường Bắc Gia Nghĩa"),
 P("Ndu Ha Biên", "người có uy tín thôn Liêng Trang"),
 P("Trần Văn Tâm", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Nguyễn Thị Thu", "Đại tá", "Phó Giám đốc Công an tỉnh")],
[Q("3 tỉnh", 3, "tỉnh"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("3.860 buổi tuyên truyền", 3860, "buổi tuyên truyền"), Q("hơn 412.000 lượt người", 412000, "lượt người", "over"),
 Q("1.026 mô hình, điển hình tiên tiến", 1026, "mô hình, điển hình tiên tiến"), Q("64 mô hình tiêu biểu", 64, "mô hình tiêu biểu"),
 Q("9.142 nguồn tin", 9142, "nguồn tin"), Q("1.380 vụ phạm pháp hình sự", 1380, "vụ phạm pháp hình sự"),
 Q("286.500 hồ sơ căn cước", 286500, "hồ sơ căn cước"), Q("1.620.000 tài khoản định danh điện tử", 1620000, "tài khoản định danh điện tử"),
 Q("98.764 thủ tục hành chính", 98764, "thủ tục hành chính"), Q("100%", 100, "%"), Q("8.000 phiếu", 8000, "phiếu"),
 Q("98,3%", 98.3, "%"), Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("92 căn nhà", 92, "căn nhà"), Q("215 trẻ em mồ côi", 215, "trẻ em mồ côi"),
 Q("1 lần", 1, "lần"), Q("32 tập thể", 32, "tập thể"), Q("57 cá nhân", 57, "cá nhân")],
[D("Chỉ thị", "29", "CT-BCA", "2025-01-15", "Bộ trưởng Bộ Công an", "Chỉ thị số 29/CT-BCA ngày 15/1/2025"),
 D("Kế hoạch", "415", "KH-CAT", None, "Công an tỉnh", "Kế hoạch 415, 416/KH-CAT"),
 D("Kế hoạch", "416", "KH-CAT", None, "Công an tỉnh", "Kế hoạch 415, 416/KH-CAT"),
 D("Quy định", "304", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 304-QĐ/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Đam Rông"), com("Bắc Gia Nghĩa")],
["CÔNG AN TỈNH LÂM ĐỒNG", "Trang chủ » Tin tức » Công tác dân vận", "Thiếu tướng K'Lìn Ha Sơn phát biểu chỉ đạo hội nghị. Ảnh: Đăng Khoa",
 "Đề án 06", "Khu phố không tội phạm", "Lượt truy cập: 2.958"],
["Ngày đăng 24/12/2025 | 16:20", "Hơn 98%", "năm 2025", "năm 2026", "Năm 2025", "mức 2", "Lượt truy cập: 2.958"]))

PAGES.append(page("b4250-dongnai-tiepxuccutri-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Thời sự > Bầu cử ĐBQH và HĐND các cấp
Thứ Năm, 26/02/2026 - 18:10
Ứng cử viên từ lực lượng vũ trang tiếp xúc cử tri phường Đồng Xoài
Chiều 25/2, Ủy ban MTTQ Việt Nam tỉnh Đồng Nai phối hợp với Ủy ban MTTQ phường Đồng Xoài tổ chức hội nghị tiếp xúc cử tri để những người ứng cử đại biểu Quốc hội khóa XVI và đại biểu HĐND tỉnh nhiệm kỳ 2026 - 2031 vận động bầu cử. Hơn 350 cử tri của phường Đồng Xoài, phường Bình Phước và xã Đồng Tâm dự hội nghị.
Cử tri phường Đồng Xoài phát biểu tại hội nghị. Ảnh: Hải Quân
Chủ trì hội nghị có bà Điểu Thị Hồng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Văn Lực, Chủ tịch Ủy ban MTTQ Việt Nam phường Đồng Xoài.
Tại hội nghị, 5 ứng cử viên đã trình bày chương trình hành động, trong đó có Đại tá Lê Quang Đạo, Phó Chính ủy Bộ CHQS tỉnh; Thượng tá Điểu Kiên, Phó Trưởng phòng Tham mưu Công an tỉnh; bà Trần Thị Ngọc Ánh, Phó Giám đốc Trung tâm Phục vụ hành chính công tỉnh. Đại tá Lê Quang Đạo cho biết, năm 2025 lực lượng vũ trang tỉnh đã huy động 6.200 lượt cán bộ, chiến sĩ giúp dân làm 28 km đường giao thông, xây 45 căn nhà đồng đội, nhà tình nghĩa; nếu trúng cử, ông sẽ kiến nghị chính sách cho dân quân thường trực ở 42 xã, phường biên giới và vùng đồng bào S'tiêng.
Bà Trần Thị Ngọc Ánh cho biết, từ khi hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước, Trung tâm đã tiếp nhận 186.000 hồ sơ, 99,5% đúng hạn; 87,6% hồ sơ được nộp trực tuyến. Bà cam kết thúc đẩy thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, để người dân vùng xa "không phải đi xa làm thủ tục".
Có 14 ý kiến cử tri phát biểu. Ông Điểu Lên, người có uy tín sóc Bù Tỉa, xã Đồng Tâm, đề nghị giải quyết dứt điểm việc cấp giấy chứng nhận quyền sử dụng đất cho 126 hộ đồng bào dân tộc thiểu số. Bà Lê Thị Thu, cựu chiến binh khu phố Tân Trà, phường Đồng Xoài, đề nghị tăng cường lực lượng bảo vệ an ninh, trật tự ở cơ sở theo Luật số 30/2023/QH15 của Quốc hội.
Các ý kiến đã được ứng cử viên và đại diện UBND phường trả lời, ghi nhận. Theo Kế hoạch số 14/KH-MTTQ-BTT ngày 5/1/2026 của Ban Thường trực Ủy ban MTTQ tỉnh, từ ngày 20/2 đến 13/3, toàn tỉnh tổ chức 312 hội nghị tiếp xúc cử tri.
Phát biểu bế mạc, bà Điểu Thị Hồng đề nghị Ủy ban MTTQ các xã, phường tổng hợp đầy đủ ý kiến cử tri gửi cơ quan có thẩm quyền; các tổ dân vận khu phố, ấp, sóc tiếp tục vận động 100% cử tri đi bầu cử ngày 15/3/2026.
Hải Quân
Lượt xem: 1.740
Tin khác
- Đồng Nai sẵn sàng cho ngày hội non sông (24/02/2026)
- Công bố danh sách 31 người ứng cử đại biểu Quốc hội (20/02/2026)
- Tập huấn nghiệp vụ bầu cử cho tổ bầu cử (12/02/2026)
""", "2026-02-26", "Ứng cử viên từ lực lượng vũ trang tiếp xúc cử tri phường Đồng Xoài",
E("hoi_nghi", None, "2026-02-25"),
[P("Điểu Thị Hồng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Lực", "Chủ tịch Ủy ban MTTQ Việt Nam phường Đồng Xoài"),
 P("Lê Quang Đạo", "Đại tá", "Phó Chính ủy Bộ CHQS tỉnh"),
 P("Điểu Kiên", "Thượng tá", "Phó Trưởng phòng Tham mưu Công an tỉnh"),
 P("Trần Thị Ngọc Ánh", "Phó Giám đốc Trung tâm Phục vụ hành chính công tỉnh"),
 P("Điểu Lên", "người có uy tín sóc Bù Tỉa"),
 P("Lê Thị Thu", "cựu chiến binh khu phố Tân Trà")],
[Q("Hơn 350 cử tri", 350, "cử tri", "over"), Q("5 ứng cử viên", 5, "ứng cử viên"),
 Q("6.200 lượt cán bộ, chiến sĩ", 6200, "lượt cán bộ, chiến sĩ"), Q("28 km", 28, "km"),
 Q("45 căn nhà đồng đội, nhà tình nghĩa", 45, "căn nhà đồng đội, nhà tình nghĩa"),
 Q("42 xã, phường biên giới", 42, "xã, phường biên giới"), Q("186.000 hồ sơ", 186000, "hồ sơ"), Q("99,5%", 99.5, "%"),
 Q("87,6%", 87.6, "%"), Q("14 ý kiến", 14, "ý kiến"), Q("126 hộ đồng bào dân tộc thiểu số", 126, "hộ đồng bào dân tộc thiểu số"),
 Q("312 hội nghị", 312, "hội nghị"), Q("100% cử tri", 100, "%")],
[D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024"),
 D("Luật", "30", "2023/QH15", None, "Quốc hội", "Luật số 30/2023/QH15"),
 D("Kế hoạch", "14", "KH-MTTQ-BTT", "2026-01-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 14/KH-MTTQ-BTT ngày 5/1/2026")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Đồng Xoài"), com("Bình Phước"), com("Đồng Tâm")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Thời sự > Bầu cử ĐBQH và HĐND các cấp", "Cử tri phường Đồng Xoài phát biểu tại hội nghị. Ảnh: Hải Quân",
 "không phải đi xa làm thủ tục", "Lượt xem: 1.740"],
["Thứ Năm, 26/02/2026 - 18:10", "khóa XVI", "nhiệm kỳ 2026 - 2031", "năm 2025", "Lượt xem: 1.740"]))

PAGES.append(page("b4251-nghean-quansu-giaoban-2026", """
BÁO NGHỆ AN ĐIỆN TỬ
Quốc phòng - An ninh » Lực lượng vũ trang
09.04.2026 | 10:15
Dân quân, bộ đội giúp dân miền Tây xứ Nghệ 9.600 ngày công trong quý I
(Baonghean) - Ngày 8/4/2026, Bộ CHQS tỉnh Nghệ An tổ chức hội nghị giao ban công tác dân vận quý I/2026. Thượng tá Lô Thanh Bình, Phó Chính ủy Bộ CHQS tỉnh chủ trì; dự có đồng chí Vi Thị Hạnh, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Thượng tá Lô Thanh Bình phát biểu kết luận hội nghị. Ảnh: Trọng Kiên
Báo cáo tại hội nghị cho thấy, quý I, thực hiện Chỉ thị số 25/CT-BQP của Bộ trưởng Bộ Quốc phòng, Kế hoạch 1125, 1126/KH-BCH của Bộ CHQS tỉnh về công tác dân vận năm 2026 và phong trào thi đua "Lực lượng vũ trang Quân khu 4 chung sức xây dựng nông thôn mới", lực lượng vũ trang tỉnh đã huy động 3.450 lượt cán bộ, chiến sĩ, dân quân với 9.600 ngày công giúp dân ở các xã miền núi dọn vệ sinh, sửa 17 km đường, làm 4 nhà văn hóa bản. Ban CHQS các xã đã phối hợp với Công an xã và Trung tâm phục vụ hành chính công xã hướng dẫn 2.140 thanh niên đăng ký nghĩa vụ quân sự trực tuyến.
Nhân dịp Tết Nguyên đán Bính Ngọ 2026, các đơn vị đã trao 1.250 suất quà cho gia đình chính sách, hộ nghèo người Thái, Khơ Mú, Mông, trị giá khoảng 750 triệu đồng; bàn giao 12 "Nhà đồng đội" cho quân nhân có hoàn cảnh khó khăn.
Trung tá Moong Văn Phăn, Chính trị viên Ban CHQS xã Mường Xén, cho biết sau khi bỏ cấp huyện, Ban CHQS xã trực tiếp tham mưu cho Đảng ủy xã; đơn vị đã phối hợp với người có uy tín vận động 23 hộ đồng bào trở về nơi cư trú hợp pháp. Ông Xồng Bá Dìa, người có uy tín bản Huồi Xái, xã Tri Lễ, mong bộ đội tiếp tục giúp bà con chuyển đổi cây trồng. Các đồng chí Chỉ huy trưởng Ban CHQS xã: Lo Văn Sơn, Vi Văn Hoàn báo cáo kết quả xây dựng 6 mô hình "Dân vận khéo" gắn với bảo vệ rừng đầu nguồn.
Tuy nhiên, báo cáo cũng chỉ ra một số xã mới sau sắp xếp có địa bàn rộng, 31 bản chưa có sóng điện thoại, việc nắm tình hình nhân dân còn khó khăn; 7 xã chưa bố trí được cán bộ quân sự biết tiếng dân tộc.
Kết luận hội nghị, Thượng tá Lô Thanh Bình yêu cầu quý II, mỗi Ban CHQS xã, phường có ít nhất 1 công trình dân vận; tiếp tục thực hiện Nghị quyết số 49-NQ/QUTW của Quân ủy Trung ương và Quy chế phối hợp số 03/QC-BTGDVTU-BCH giữa Ban Tuyên giáo và Dân vận Tỉnh ủy và Bộ CHQS tỉnh; không để xảy ra điểm nóng trong vùng đồng bào dân tộc thiểu số.
Trọng Kiên
Lượt xem: 1.133
Tin liên quan
- Bộ CHQS tỉnh tổng kết công tác dân vận năm 2025 (05/01/2026)
- Ra quân "Tết vì người nghèo" ở các xã biên giới (20/01/2026)
- Giao quân năm 2026: 3.200 thanh niên lên đường nhập ngũ (28/02/2026)
""", "2026-04-09", "Dân quân, bộ đội giúp dân miền Tây xứ Nghệ 9.600 ngày công trong quý I",
E("giao_ban", "2026-Q1", "2026-04-08"),
[P("Lô Thanh Bình", "Thượng tá", "Phó Chính ủy Bộ CHQS tỉnh"),
 P("Vi Thị Hạnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Moong Văn Phăn", "Trung tá", "Chính trị viên Ban CHQS xã Mường Xén"),
 P("Xồng Bá Dìa", "người có uy tín bản Huồi Xái"),
 P("Lo Văn Sơn", "Chỉ huy trưởng Ban CHQS xã"),
 P("Vi Văn Hoàn", "Chỉ huy trưởng Ban CHQS xã")],
[Q("9.600 ngày công", 9600, "ngày công"), Q("3.450 lượt cán bộ, chiến sĩ, dân quân", 3450, "lượt cán bộ, chiến sĩ, dân quân"),
 Q("17 km", 17, "km"), Q("4 nhà văn hóa bản", 4, "nhà văn hóa bản"), Q("2.140 thanh niên", 2140, "thanh niên"),
 Q("1.250 suất quà", 1250, "suất quà"), Q("khoảng 750 triệu đồng", 750000000, "đồng", "approx"),
 Q('12 "Nhà đồng đội"', 12, "Nhà đồng đội"), Q("23 hộ", 23, "hộ"), Q("6 mô hình", 6, "mô hình"), Q("31 bản", 31, "bản"), Q("7 xã", 7, "xã"),
 Q("ít nhất 1 công trình dân vận", 1, "công trình dân vận", "over")],
[D("Chỉ thị", "25", "CT-BQP", None, "Bộ trưởng Bộ Quốc phòng", "Chỉ thị số 25/CT-BQP"),
 D("Kế hoạch", "1125", "KH-BCH", None, "Bộ CHQS tỉnh", "Kế hoạch 1125, 1126/KH-BCH"),
 D("Kế hoạch", "1126", "KH-BCH", None, "Bộ CHQS tỉnh", "Kế hoạch 1125, 1126/KH-BCH"),
 D("Nghị quyết", "49", "NQ/QUTW", None, "Quân ủy Trung ương", "Nghị quyết số 49-NQ/QUTW"),
 D("Quy chế phối hợp", "03", "QC-BTGDVTU-BCH", None, None, "Quy chế phối hợp số 03/QC-BTGDVTU-BCH")],
[prov("Nghệ An"), com("Mường Xén"), com("Tri Lễ")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Quốc phòng - An ninh » Lực lượng vũ trang", "(Baonghean)",
 "Thượng tá Lô Thanh Bình phát biểu kết luận hội nghị. Ảnh: Trọng Kiên",
 "Lực lượng vũ trang Quân khu 4 chung sức xây dựng nông thôn mới", "Dân vận khéo", "Lượt xem: 1.133"],
["09.04.2026 | 10:15", "quý I/2026", "quý I", "quý II", "năm 2026", "Tết Nguyên đán Bính Ngọ 2026", "Lượt xem: 1.133"]))

PAGES.append(page("b4252-angiang-sipas-hoinghi-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN GIANG
Tin tức - Sự kiện | Cải cách hành chính
17/03/2026 - 15:45
Công bố Chỉ số hài lòng về sự phục vụ hành chính năm 2025
Sáng 16/3, UBND tỉnh An Giang tổ chức hội nghị công bố Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2025 và Bộ chỉ số đánh giá năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI). Đây là lần đầu tiên tỉnh An Giang mới (hợp nhất tỉnh An Giang và tỉnh Kiên Giang) thực hiện khảo sát trên toàn địa bàn 102 xã, phường, đặc khu.
Lãnh đạo UBND tỉnh trao Giấy khen cho các xã, phường dẫn đầu chỉ số hài lòng. Ảnh: Hữu Huynh
Chủ trì hội nghị có ông Trần Minh Đức, Phó Chủ tịch UBND tỉnh; bà Chau Thị Sa Rươn, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; ông Huỳnh Văn Tiến, Giám đốc Sở Nội vụ.
Khảo sát thực hiện theo Quyết định số 3114/QĐ-UBND ngày 2/10/2025 của UBND tỉnh, với 10.200 phiếu phát ra, thu về 9.874 phiếu hợp lệ. Chỉ số SIPAS chung năm 2025 đạt 88,62%; trong đó 27 xã, phường đạt trên 90%, 5 xã dưới 80%. Lĩnh vực tư pháp, hộ tịch có mức hài lòng cao nhất (93,4%); đất đai thấp nhất (79,1%). Khoảng 8% người được hỏi cho biết phải đi lại 3 lần trở lên; 21 trường hợp phản ánh bị gây phiền hà, nhũng nhiễu, đã được chuyển Sở Nội vụ xác minh.
Năm 2025, các cơ quan hành chính tỉnh đã tiếp nhận hơn 1,9 triệu hồ sơ, tỷ lệ đúng hạn 98,7%; 100% Trung tâm phục vụ hành chính công cấp xã đi vào hoạt động từ ngày 1/7/2025. Thực hiện Chỉ thị 08, 09-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận chính quyền và về tiếp nhận, xử lý phản ánh của người dân, các xã đã tổ chức 406 cuộc đối thoại với người dân.
Tại hội nghị, bà Neáng Sô Phia, Chủ tịch UBND xã Tri Tôn, chia sẻ cách bố trí công chức song ngữ Việt - Khmer tại quầy một cửa; ông Danh Hùng, Phó Chủ tịch UBND xã Hòn Đất, cho biết xã vận hành 4 điểm tiếp nhận vệ tinh tại trụ sở các xã cũ. Ông Phan Văn Lộc, Chủ tịch UBND phường Rạch Giá, giới thiệu mô hình "Cán bộ phường đến tận nhà" phục vụ 1.350 người cao tuổi.
Kết luận, ông Trần Minh Đức yêu cầu 5 xã có chỉ số dưới 80% xây dựng kế hoạch khắc phục trong tháng 4; năm 2026 phấn đấu SIPAS đạt không dưới 90%, theo Nghị quyết số 66/NQ-CP của Chính phủ về cắt giảm, đơn giản hóa thủ tục hành chính. Bà Chau Thị Sa Rươn đề nghị Mặt trận các xã giám sát việc khắc phục.
Hữu Huynh
Số lượt truy cập: 2.205
Các tin khác
- Phường Long Xuyên ra mắt tổ công nghệ số cộng đồng (10/03/2026)
- Tập huấn văn hóa công vụ cho 400 công chức cấp xã (02/03/2026)
- An Giang công bố 1.842 thủ tục hành chính (25/02/2026)
""", "2026-03-17", "Công bố Chỉ số hài lòng về sự phục vụ hành chính năm 2025",
E("hoi_nghi", "2025", "2026-03-16"),
[P("Trần Minh Đức", "Phó Chủ tịch UBND tỉnh"),
 P("Chau Thị Sa Rươn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Tiến", "Giám đốc Sở Nội vụ"),
 P("Neáng Sô Phia", "Chủ tịch UBND xã Tri Tôn"),
 P("Danh Hùng", "Phó Chủ tịch UBND xã Hòn Đất"),
 P("Phan Văn Lộc", "Chủ tịch UBND phường Rạch Giá")],
[Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"), Q("10.200 phiếu", 10200, "phiếu"), Q("9.874 phiếu hợp lệ", 9874, "phiếu hợp lệ"),
 Q("88,62%", 88.62, "%"), Q("27 xã, phường", 27, "xã, phường"), Q("trên 90%", 90, "%", "over"), Q("5 xã", 5, "xã"), Q("dưới 80%", 80, "%"),
 Q("93,4%", 93.4, "%"), Q("79,1%", 79.1, "%"), Q("Khoảng 8%", 8, "%", "approx"), Q("3 lần trở lên", 3, "lần", "over"),
 Q("21 trường hợp", 21, "trường hợp"), Q("hơn 1,9 triệu hồ sơ", 1900000, "hồ sơ", "over"), Q("98,7%", 98.7, "%"),
 Q("100% Trung tâm phục vụ hành chính công cấp xã", 100, "%"), Q("406 cuộc đối thoại", 406, "cuộc đối thoại"),
 Q("4 điểm tiếp nhận vệ tinh", 4, "điểm tiếp nhận vệ tinh"), Q("1.350 người cao tuổi", 1350, "người cao tuổi"),
 Q("không dưới 90%", 90, "%", "over")],
[D("Quyết định", "3114", "QĐ-UBND", "2025-10-02", "UBND tỉnh", "Quyết định số 3114/QĐ-UBND ngày 2/10/2025"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Nghị quyết", "66", "NQ-CP", None, "Chính phủ", "Nghị quyết số 66/NQ-CP")],
[prov("An Giang"), prov("Kiên Giang"), com("Tri Tôn"), com("Hòn Đất"), com("Rạch Giá")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN GIANG", "Tin tức - Sự kiện | Cải cách hành chính",
 "Lãnh đạo UBND tỉnh trao Giấy khen cho các xã, phường dẫn đầu chỉ số hài lòng. Ảnh: Hữu Huynh", "SIPAS", "DDCI",
 "Cán bộ phường đến tận nhà", "Số lượt truy cập: 2.205"],
["17/03/2026 - 15:45", "năm 2025", "Năm 2025", "năm 2026", "tháng 4", "Số lượt truy cập: 2.205"]))
