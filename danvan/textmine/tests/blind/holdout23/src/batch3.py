from lib import *
PAGES = []

# b521 Cần Thơ 2024, city newspaper, MTTQ hands over houses (welfare)
PAGES.append(page("b521-cantho-mttq-traonha-2024", """
BÁO CẦN THƠ ONLINE
Thứ Năm, 17/10/2024, 14:20 (GMT+7)
Trang chủ - Chính trị - Mặt trận

Bàn giao 45 căn nhà "Đại đoàn kết" cho hộ nghèo huyện Thới Lai

Sáng 16/10, Ủy ban MTTQ Việt Nam TP Cần Thơ phối hợp với Ủy ban MTTQ huyện Thới Lai tổ chức lễ bàn giao 45 căn nhà "Đại đoàn kết" cho hộ nghèo, hộ cận nghèo trên địa bàn huyện. Mỗi căn nhà được hỗ trợ 60 triệu đồng từ Quỹ "Vì người nghèo" thành phố.

Ông Nguyễn Trung Nhân, Chủ tịch Ủy ban MTTQ Việt Nam TP Cần Thơ (thứ hai từ trái) trao quyết định hỗ trợ nhà cho hộ nghèo xã Trường Xuân.

Tham dự có ông Nguyễn Trung Nhân, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố; bà Đỗ Thị Kim Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố; ông Lê Văn Tâm, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Thới Lai và đại diện các doanh nghiệp tài trợ.

Đợt này, 45 căn nhà được xây dựng tại các xã Trường Xuân, Xuân Thắng, Định Môn, tổng kinh phí 2,7 tỷ đồng; các hộ đóng góp thêm ngày công, vật liệu. Mỗi căn có diện tích từ 40 m2 trở lên, bảo đảm "3 cứng" (nền cứng, khung cứng, mái cứng).

Ông Lê Văn Tâm cho biết, thực hiện phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát đến năm 2025" theo Chỉ thị 42/CT-TTg của Thủ tướng Chính phủ và Kế hoạch số 152/KH-UBND ngày 18/6/2024 của UBND thành phố, huyện Thới Lai đã rà soát được 132 hộ có nhà tạm, nhà dột nát cần hỗ trợ. Đến nay đã khởi công 98 căn, phần còn lại sẽ hoàn thành trước ngày 30/12.

Bà Thạch Thị Sa Ly, người Khmer ở ấp Thới Phong A, xã Trường Xuân, xúc động: "Trước đây nhà lợp lá, mùa mưa dột khắp nơi. Giờ có nhà mới, mẹ con tôi không còn lo mưa bão". Cùng dịp, Mặt trận thành phố trao 100 phần quà, mỗi phần trị giá 1 triệu đồng, cho các hộ nhận nhà.

Phát biểu tại buổi lễ, ông Nguyễn Trung Nhân cảm ơn các doanh nghiệp, nhà hảo tâm đã đồng hành cùng Quỹ "Vì người nghèo"; đề nghị các hộ được hỗ trợ giữ gìn nhà ở, tích cực lao động sản xuất, vươn lên thoát nghèo bền vững. Ông cũng đề nghị Mặt trận cơ sở tiếp tục giám sát việc xây dựng, bảo đảm chất lượng, đúng đối tượng, công khai danh sách hộ được hỗ trợ tại nhà văn hóa ấp.

Theo Ủy ban MTTQ Việt Nam thành phố, từ đầu năm 2024 đến nay, Quỹ "Vì người nghèo" các cấp ở Cần Thơ đã tiếp nhận hơn 48 tỷ đồng; xây dựng, sửa chữa 812 căn nhà cho hộ nghèo, hộ cận nghèo. Chương trình phối hợp số 05/CTrPH-MTTQ-UBND giữa Ủy ban MTTQ Việt Nam và UBND thành phố về xóa nhà tạm đang được các quận, huyện triển khai đồng bộ.

Ông Lê Văn Tâm phát biểu tại lễ bàn giao.

Bài, ảnh: Duy Khôi

Lượt xem: 963

Tin liên quan
- Cần Thơ: Hơn 800 căn nhà cho hộ nghèo trong năm 2024
- Mặt trận quận Ninh Kiều trao 50 suất học bổng
- Phong Điền bàn giao nhà "Đại đoàn kết"
- Chung tay xóa nhà tạm, nhà dột nát ở Vĩnh Thạnh
""", "2024-10-17",
    "Bàn giao 45 căn nhà \"Đại đoàn kết\" cho hộ nghèo huyện Thới Lai",
    E("trao_qua", None, "2024-10-16"),
    [P("Nguyễn Trung Nhân", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Chủ tịch Ủy ban MTTQ Việt Nam TP Cần Thơ"),
     P("Đỗ Thị Kim Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
     P("Lê Văn Tâm", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Thới Lai"),
     P("Thạch Thị Sa Ly")],
    [Q("45 căn nhà", 45, "căn nhà"),
     Q("60 triệu đồng", 60000000, "đồng"),
     Q("2,7 tỷ đồng", 2700000000, "đồng"),
     Q("40 m2", 40, "m2", "over"),
     Q("132 hộ", 132, "hộ"),
     Q("98 căn", 98, "căn"),
     Q("100 phần quà", 100, "phần quà"),
     Q("1 triệu đồng", 1000000, "đồng"),
     Q("hơn 48 tỷ đồng", 48000000000, "đồng", "over"),
     Q("812 căn nhà", 812, "căn nhà")],
    [D("Chỉ thị", "42", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 42/CT-TTg"),
     D("Kế hoạch", "152", "KH-UBND", "2024-06-18", "UBND thành phố", "Kế hoạch số 152/KH-UBND"),
     D("Chương trình phối hợp", "05", "CTrPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 05/CTrPH-MTTQ-UBND")],
    [prov("Cần Thơ"), com("Trường Xuân"), com("Xuân Thắng"), com("Định Môn")],
    ["BÁO CẦN THƠ ONLINE", "Trang chủ - Chính trị - Mặt trận",
     "Ông Nguyễn Trung Nhân, Chủ tịch Ủy ban MTTQ Việt Nam TP Cần Thơ (thứ hai từ trái) trao quyết định hỗ trợ nhà cho hộ nghèo xã Trường Xuân.",
     "Ông Lê Văn Tâm phát biểu tại lễ bàn giao.", "Đại đoàn kết", "Vì người nghèo",
     "Cả nước chung tay xóa nhà tạm, nhà dột nát đến năm 2025", "Thới Lai", "ấp Thới Phong A", "Bài, ảnh: Duy Khôi", "Lượt xem: 963"],
    ["Thứ Năm, 17/10/2024, 14:20 (GMT+7)", "3 cứng", "thứ hai từ trái", "ngày 30/12", "đến năm 2025", "Lượt xem: 963"]))

# b522 Quảng Trị 2025 (before the merger), Ban Dân vận Tỉnh ủy, annual review of 2024 (headline names 2025)
PAGES.append(page("b522-quangtri-bdv-tongket-2024", """
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Hôm nay: Thứ Tư, 15/01/2025
Trang chủ » Tin tức » Hoạt động dân vận
Ngày 13/01/2025 | 14:05

Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2025

Sáng 13/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Năm qua, khối dân vận các cấp đã vận động nhân dân hiến hơn 86.000 m2 đất và đóng góp 112 tỷ đồng xây dựng nông thôn mới.

Toàn cảnh hội nghị.

Dự hội nghị có đồng chí Nguyễn Long Hải, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Hồ Đức Hiếu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Thị Hồng Phương, Hồ Văn Thăng; ông Căn Văn Xa, người có uy tín bản Ra Man, xã Hướng Phùng.

Năm 2024, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 112-KL/TU về tiếp tục thực hiện Nghị quyết 25-NQ/TW của BCH Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận; chỉ đạo sơ kết 10 năm thực hiện Quyết định 23-QĐ/TW của Bộ Chính trị. Toàn tỉnh có 1.365 mô hình "Dân vận khéo" được công nhận, trong đó 104 mô hình cấp tỉnh.

Khối dân vận vận động xóa 1.120 nhà tạm, nhà dột nát, đạt 85,6% kế hoạch; 47 xã, thị trấn được công nhận đạt chuẩn "Dân vận khéo". Sau cơn bão số 6 cuối tháng 9, Mặt trận các cấp tiếp nhận 9,6 tỷ đồng ủng hộ, kịp thời hỗ trợ 2.380 hộ bị thiệt hại.

Đồng chí Nguyễn Long Hải phát biểu chỉ đạo hội nghị.

Tham luận tại hội nghị, ông Căn Văn Xa cho biết bà con Vân Kiều ở bản Ra Man đã cùng hiến 2.400 m2 đất mở rộng đường vào khu sản xuất, không đòi bồi thường. Bà Hồ Thị Phiên, Bí thư Chi bộ bản Cu Vơ, xã Hướng Phùng nói về kinh nghiệm vận động đồng bào bỏ tục ma chay kéo dài.

Các đại biểu cũng nêu hạn chế: công tác nắm tình hình nhân dân ở một số địa bàn vùng giáp ranh chưa sâu; việc phối hợp giải quyết đơn thư liên quan đến đất đai còn chậm; một số nơi chưa quan tâm đúng mức đến công tác dân vận trong doanh nghiệp.

Phát biểu chỉ đạo, đồng chí Nguyễn Long Hải ghi nhận kết quả năm 2024; đề nghị năm 2025, khối dân vận tỉnh Quảng Trị tập trung tuyên truyền, vận động nhân dân đồng thuận với chủ trương sắp xếp tổ chức bộ máy theo Nghị quyết 18-NQ/TW, làm tốt công tác chuẩn bị đại hội Đảng bộ các cấp; phát huy vai trò của người có uy tín trong đồng bào dân tộc thiểu số.

Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 14 tập thể, 21 cá nhân.

Thanh Bình

Lượt xem: 655

Các tin khác
- Giao ban khối dân vận quý IV năm 2024
- Biểu dương điển hình "Dân vận khéo" giai đoạn 2021 - 2024
- Vận động đồng bào Vân Kiều, Pa Kô chuyển đổi cây trồng
""", "2025-01-13",
    "Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2025",
    E("tong_ket", "2024", "2025-01-13"),
    [P("Nguyễn Long Hải", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
     P("Hồ Đức Hiếu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Lê Thị Hồng Phương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Hồ Văn Thăng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Căn Văn Xa", "người có uy tín bản Ra Man"),
     P("Hồ Thị Phiên", "Bí thư Chi bộ bản Cu Vơ")],
    [Q("hơn 86.000 m2", 86000, "m2", "over"),
     Q("112 tỷ đồng", 112000000000, "đồng"),
     Q("1.365 mô hình", 1365, "mô hình"),
     Q("104 mô hình", 104, "mô hình"),
     Q("1.120 nhà tạm, nhà dột nát", 1120, "nhà tạm, nhà dột nát"),
     Q("85,6% kế hoạch", 85.6, "%"),
     Q("47 xã, thị trấn", 47, "xã, thị trấn"),
     Q("9,6 tỷ đồng", 9600000000, "đồng"),
     Q("2.380 hộ", 2380, "hộ"),
     Q("2.400 m2", 2400, "m2"),
     Q("14 tập thể", 14, "tập thể"),
     Q("21 cá nhân", 21, "cá nhân")],
    [D("Kết luận", "112", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 112-KL/TU"),
     D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 25-NQ/TW"),
     D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 23-QĐ/TW"),
     D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết 18-NQ/TW")],
    [prov("Quảng Trị"), com("Hướng Phùng")],
    ["BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Trang chủ » Tin tức » Hoạt động dân vận", "Toàn cảnh hội nghị.",
     "Đồng chí Nguyễn Long Hải phát biểu chỉ đạo hội nghị.", "Dân vận khéo", "bản Ra Man", "bản Cu Vơ", "Thanh Bình", "Lượt xem: 655"],
    ["Hôm nay: Thứ Tư, 15/01/2025", "Ngày 13/01/2025 | 14:05", "năm 2025", "10 năm", "bão số 6", "tháng 9", "Lượt xem: 655"]))

# b523 Nghệ An 2025, commune Party committee site after the reform, 6-month review
PAGES.append(page("b523-nghean-xa-tuongduong-soket-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TƯƠNG DƯƠNG - TỈNH NGHỆ AN
Trang chủ / Hoạt động của Đảng ủy / Tin tức
2025-07-24 16:40

Đảng ủy xã Tương Dương: 6 tháng đầu năm hoàn thành 9/14 chỉ tiêu

Ngày 22/7, Ban Chấp hành Đảng bộ xã Tương Dương tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025. Đây là hội nghị sơ kết đầu tiên sau khi xã mới đi vào hoạt động theo mô hình chính quyền địa phương 2 cấp từ ngày 1/7/2025.

Đồng chí Lương Văn Thành, Bí thư Đảng ủy xã phát biểu kết luận hội nghị.

Dự hội nghị có đồng chí Lương Văn Thành, Tỉnh ủy viên, Bí thư Đảng ủy xã; đồng chí Vi Thị Hằng, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; đồng chí Nguyễn Hữu Lâm, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; đồng chí Moong Văn Xai, ĐUV, Chủ tịch Ủy ban MTTQ Việt Nam xã; đại diện Ban Dân vận Tỉnh ủy.

Theo báo cáo, xã Tương Dương mới được thành lập trên cơ sở sáp nhập thị trấn Thạch Giám và các xã Xá Lượng, Tam Thái, có diện tích tự nhiên hơn 385 km2, dân số 23.460 người, trong đó đồng bào Thái, Khơ Mú, Mông chiếm 78%. Đảng bộ xã có 62 chi bộ với 1.948 đảng viên.

Sáu tháng đầu năm, xã hoàn thành 9/14 chỉ tiêu Nghị quyết đề ra; thu ngân sách trên địa bàn đạt 6,8 tỷ đồng; giảm 142 hộ nghèo. Thực hiện Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy, Đảng ủy xã đã ban hành Quyết định 15-QĐ/ĐU về kiện toàn các chi bộ trực thuộc và Chỉ thị 02-CT/ĐU về lãnh đạo đại hội chi bộ nhiệm kỳ 2025 - 2027.

Về công tác dân vận, Mặt trận, các đoàn thể xã đã vận động hỗ trợ xây dựng 36 căn nhà cho hộ nghèo theo chương trình xóa nhà tạm, nhà dột nát, mỗi căn được hỗ trợ 60 triệu đồng. Ông Xồng Bá Giờ, người có uy tín bản Huồi Cọ, đề nghị xã sớm sửa con đường bị sạt lở sau đợt mưa lũ tháng 6.

Hội nghị chỉ ra một số hạn chế: bộ máy mới còn lúng túng trong vận hành; đội ngũ cán bộ ở một số lĩnh vực còn thiếu; việc giải quyết thủ tục hành chính trên môi trường số ở bản vùng sâu còn khó khăn do sóng điện thoại yếu.

Kết luận hội nghị, đồng chí Lương Văn Thành yêu cầu 6 tháng cuối năm, các chi bộ tập trung lãnh đạo hoàn thành các chỉ tiêu còn lại; chuẩn bị chu đáo Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030; phát huy khối đại đoàn kết các dân tộc, giữ vững an ninh biên giới.

Được biết, xã Tương Dương là một trong những xã miền núi của tỉnh Nghệ An có đường biên giới và nhiều bản đặc biệt khó khăn. Sau sắp xếp, Đảng ủy xã đã phân công cán bộ phụ trách từng bản, duy trì lịch tiếp dân vào thứ Năm hằng tuần.

Văn phòng Đảng ủy xã

Lượt truy cập: 3.112

Tin liên quan
- Xã Tương Dương ra mắt Trung tâm phục vụ hành chính công
- Tổ chức thành công Đại hội Chi bộ bản Xốp Mạt
- Tập huấn nghiệp vụ cho cán bộ xã sau sắp xếp
""", "2025-07-24",
    "Đảng ủy xã Tương Dương: 6 tháng đầu năm hoàn thành 9/14 chỉ tiêu",
    E("so_ket", "2025-H1", "2025-07-22"),
    [P("Lương Văn Thành", "Tỉnh ủy viên", "Bí thư Đảng ủy xã"),
     P("Vi Thị Hằng", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
     P("Nguyễn Hữu Lâm", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
     P("Moong Văn Xai", "ĐUV", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Xồng Bá Giờ", "người có uy tín bản Huồi Cọ")],
    [Q("9/14 chỉ tiêu", 9, "chỉ tiêu"),
     Q("hơn 385 km2", 385, "km2", "over"),
     Q("23.460 người", 23460, "người"),
     Q("78%", 78, "%"),
     Q("62 chi bộ", 62, "chi bộ"),
     Q("1.948 đảng viên", 1948, "đảng viên"),
     Q("6,8 tỷ đồng", 6800000000, "đồng"),
     Q("142 hộ nghèo", 142, "hộ nghèo"),
     Q("36 căn nhà", 36, "căn nhà"),
     Q("60 triệu đồng", 60000000, "đồng")],
    [D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
     D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
     D("Quyết định", "15", "QĐ/ĐU", None, "Đảng ủy xã", "Quyết định 15-QĐ/ĐU"),
     D("Chỉ thị", "02", "CT/ĐU", None, "Đảng ủy xã", "Chỉ thị 02-CT/ĐU")],
    [prov("Nghệ An"), com("Tương Dương"), com("Thạch Giám"), com("Xá Lượng"), com("Tam Thái")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TƯƠNG DƯƠNG - TỈNH NGHỆ AN", "Trang chủ / Hoạt động của Đảng ủy / Tin tức",
     "Đồng chí Lương Văn Thành, Bí thư Đảng ủy xã phát biểu kết luận hội nghị.", "bản Huồi Cọ", "Văn phòng Đảng ủy xã",
     "Lượt truy cập: 3.112"],
    ["2025-07-24 16:40", "chính quyền địa phương 2 cấp", "ngày 1/7/2025", "nhiệm kỳ 2025 - 2027", "tháng 6", "lần thứ I",
     "nhiệm kỳ 2025 - 2030", "6 tháng cuối năm", "Lượt truy cập: 3.112"]))

# b524 Đắk Lắk (+Phú Yên) 2025, ward Party committee site after the reform, dialogue
PAGES.append(page("b524-daklak-phuong-tanan-doithoai-2025", """
ĐẢNG BỘ PHƯỜNG TÂN AN - TỈNH ĐẮK LẮK
Trang chủ > Tin tức - Sự kiện > Công tác dân vận
11.10.2025 | 15:30

Người đứng đầu cấp ủy, chính quyền phường lắng nghe 28 ý kiến của Nhân dân

Ngày 10/10, Ban Thường vụ Đảng ủy phường Tân An phối hợp với Ủy ban MTTQ Việt Nam phường tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2025. Hơn 200 đại biểu là người dân, người có uy tín các tổ dân phố, buôn trên địa bàn tham dự.

Đồng chí Trương Công Thái, Bí thư Đảng ủy phường trả lời ý kiến của người dân.

Chủ trì đối thoại có đồng chí Trương Công Thái, Bí thư Đảng ủy phường; đồng chí H'Năm Byă, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường; đồng chí Đoàn Văn Quý, Phó Bí thư Đảng ủy, Chủ tịch UBND phường. Cùng dự có bà Nguyễn Thị Thu Sương, Phó Trưởng ban Ban Tuyên giáo và Dân vận Tỉnh ủy.

Phường Tân An được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập phường Tân An, phường Tân Lợi và xã Ea Tu. Sau khi tỉnh Đắk Lắk và tỉnh Phú Yên hợp nhất, phường có 28.900 nhân khẩu, trong đó đồng bào Ê Đê chiếm khoảng 21%.

Tại hội nghị, 28 ý kiến tập trung vào thủ tục cấp giấy chứng nhận quyền sử dụng đất, ngập úng khi mưa lớn, trật tự đô thị. Ông Y Ngông Niê, người có uy tín buôn Kô Tam, phản ánh 15 hộ trong buôn chưa được cấp giấy chứng nhận do vướng quy hoạch. Bà Lê Thị Hoa, tổ dân phố 4, kiến nghị sửa tuyến mương thoát nước dài khoảng 300 m.

Trả lời, đồng chí Đoàn Văn Quý cho biết UBND phường đã ban hành Kế hoạch số 48/KH-UBND ngày 15/8/2025 về rà soát, cấp giấy chứng nhận tồn đọng, phấn đấu cuối năm giải quyết xong 80% hồ sơ. Tuyến mương đã được đưa vào danh mục đầu tư năm 2026 với kinh phí dự kiến 1,2 tỷ đồng.

Kết luận hội nghị, đồng chí Trương Công Thái khẳng định thực hiện Quy định 11-QĐi/TW của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong tiếp dân, đối thoại trực tiếp với dân, Đảng ủy phường sẽ duy trì đối thoại định kỳ; các ý kiến chưa được trả lời tại hội nghị sẽ được trả lời bằng văn bản trong 10 ngày. Đảng ủy cũng đã ban hành Thông báo 36-TB/ĐU giao trách nhiệm cụ thể cho từng bộ phận.

Các đại biểu cho rằng, sau sắp xếp, việc làm thủ tục tại Trung tâm phục vụ hành chính công phường thuận tiện hơn, nhưng người cao tuổi, đồng bào ở buôn xa còn gặp khó khi nộp hồ sơ trực tuyến. Đoàn Thanh niên phường đã thành lập tổ công nghệ số cộng đồng ở 12 tổ dân phố, buôn để hướng dẫn.

Ban Tuyên giáo và Dân vận Đảng ủy phường

Lượt xem: 412

Tin liên quan
- Phường Tân An tổ chức Ngày hội Đại đoàn kết toàn dân tộc
- Đại hội Đảng bộ phường Tân An lần thứ I, nhiệm kỳ 2025 - 2030
- Tập huấn chuyển đổi số cho cán bộ tổ dân phố
""", "2025-10-11",
    "Người đứng đầu cấp ủy, chính quyền phường lắng nghe 28 ý kiến của Nhân dân",
    E("doi_thoai", "2025", "2025-10-10"),
    [P("Trương Công Thái", "Bí thư Đảng ủy phường"),
     P("H'Năm Byă", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường"),
     P("Đoàn Văn Quý", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
     P("Nguyễn Thị Thu Sương", "Phó Trưởng ban Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Y Ngông Niê", "người có uy tín buôn Kô Tam"),
     P("Lê Thị Hoa")],
    [Q("28 ý kiến", 28, "ý kiến"),
     Q("Hơn 200 đại biểu", 200, "đại biểu", "over"),
     Q("28.900 nhân khẩu", 28900, "nhân khẩu"),
     Q("khoảng 21%", 21, "%", "approx"),
     Q("15 hộ", 15, "hộ"),
     Q("khoảng 300 m", 300, "m", "approx"),
     Q("80% hồ sơ", 80, "%"),
     Q("1,2 tỷ đồng", 1200000000, "đồng"),
     Q("12 tổ dân phố, buôn", 12, "tổ dân phố, buôn")],
    [D("Kế hoạch", "48", "KH-UBND", "2025-08-15", "UBND phường", "Kế hoạch số 48/KH-UBND"),
     D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định 11-QĐi/TW"),
     D("Thông báo", "36", "TB/ĐU", None, "Đảng ủy", "Thông báo 36-TB/ĐU")],
    [prov("Đắk Lắk"), prov("Phú Yên"), com("Tân An"), com("Tân Lợi"), com("Ea Tu")],
    ["ĐẢNG BỘ PHƯỜNG TÂN AN - TỈNH ĐẮK LẮK", "Trang chủ > Tin tức - Sự kiện > Công tác dân vận",
     "Đồng chí Trương Công Thái, Bí thư Đảng ủy phường trả lời ý kiến của người dân.", "buôn Kô Tam",
     "Trung tâm phục vụ hành chính công phường", "Ban Tuyên giáo và Dân vận Đảng ủy phường", "Lượt xem: 412"],
    ["11.10.2025 | 15:30", "ngày 1/7/2025", "tổ dân phố 4", "năm 2026", "trong 10 ngày", "Lượt xem: 412"]))

# b525 Lâm Đồng (+Đắk Nông, Bình Thuận) 2025, provincial Front site, welfare
PAGES.append(page("b525-lamdong-mttq-traoqua-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG
Vị trí: Trang chủ >> Hoạt động Mặt trận >> An sinh xã hội
19/12/2025 08:05

Trao 30 căn nhà Đại đoàn kết và 500 suất quà cho đồng bào xã Quảng Sơn

Ngày 18/12, Ủy ban MTTQ Việt Nam tỉnh phối hợp với các doanh nghiệp tổ chức chương trình "Vì người nghèo - Không để ai bị bỏ lại phía sau" tại xã Quảng Sơn (khu vực tỉnh Đắk Nông cũ). Chương trình bàn giao 30 căn nhà Đại đoàn kết và trao 500 suất quà cho hộ nghèo, hộ đồng bào dân tộc thiểu số.

Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh trao nhà cho hộ đồng bào M'nông. Ảnh: K'Duyên

Tham dự có bà K'Mai Thị Lan, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Phạm Văn Tuấn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Điểu Sơn Rôm, Bí thư Đảng ủy xã Quảng Sơn; ông Nguyễn Hữu Lộc, Chủ tịch UBND xã.

Mỗi căn nhà có tổng giá trị khoảng 100 triệu đồng, trong đó Quỹ "Vì người nghèo" tỉnh hỗ trợ 70 triệu đồng, phần còn lại do gia đình và cộng đồng đóng góp. Mỗi suất quà trị giá 800.000 đồng gồm gạo, mền ấm và tiền mặt. Tổng kinh phí chương trình hơn 3,4 tỷ đồng.

Ông Phạm Văn Tuấn cho biết, sau hợp nhất các tỉnh Lâm Đồng, Đắk Nông, Bình Thuận, Ủy ban MTTQ Việt Nam tỉnh đã ban hành Hướng dẫn 07, 08-HD/MTTQ-BTT về vận động, quản lý và sử dụng Quỹ "Vì người nghèo" và Quỹ Cứu trợ trong giai đoạn chuyển tiếp. Từ tháng 7 đến nay, Quỹ các cấp tiếp nhận 86,5 tỷ đồng, hỗ trợ xây dựng 1.045 căn nhà.

Ông Điểu Xơn, người có uy tín bon Bu N'Đơr, xã Quảng Sơn, chia sẻ: "Bà con trong bon có nhà mới, có quà Tết sớm, ai cũng vui. Chúng tôi sẽ nhắc nhau giữ nhà, làm ăn, không nghe kẻ xấu xúi giục".

Phát biểu tại buổi lễ, bà K'Mai Thị Lan đề nghị cấp ủy, chính quyền xã tiếp tục hỗ trợ sinh kế cho các hộ nhận nhà; Mặt trận các xã, phường, đặc khu Phú Quý phối hợp thực hiện Kế hoạch số 215/KH-UBND ngày 05/11/2025 của UBND tỉnh về chăm lo Tết Nguyên đán Bính Ngọ năm 2026, bảo đảm mọi người dân đều có Tết. Bà cũng ghi nhận 12 doanh nghiệp đã đồng hành cùng chương trình.

Theo Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng, khu vực các xã vùng sâu của tỉnh Đắk Nông cũ còn nhiều hộ đồng bào M'nông, Mạ, S'tiêng ở nhà tạm, thiếu đất sản xuất. Mặt trận các cấp sẽ tiếp tục phối hợp với chính quyền rà soát, lập danh sách, vận động nguồn lực xã hội hóa để hỗ trợ, đồng thời giám sát chặt chẽ việc xây dựng, bảo đảm nhà ở đúng tiêu chuẩn, đúng đối tượng.

Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao 50 suất học bổng, mỗi suất 2 triệu đồng, cho học sinh nghèo vượt khó.

Các đại biểu trao học bổng cho học sinh.

K'Duyên - Minh Quân

Lượt xem: 726

Tin cùng chuyên mục
- Mặt trận tỉnh phát động đợt cao điểm "Tết vì người nghèo" năm 2026
- Bàn giao nhà Đại đoàn kết ở phường Phan Thiết
- Trao quà cho đồng bào Chăm ở xã Phan Hiệp
""", "2025-12-19",
    "Trao 30 căn nhà Đại đoàn kết và 500 suất quà cho đồng bào xã Quảng Sơn",
    E("trao_qua", None, "2025-12-18"),
    [P("K'Mai Thị Lan", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Phạm Văn Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Điểu Sơn Rôm", "Bí thư Đảng ủy xã Quảng Sơn"),
     P("Nguyễn Hữu Lộc", "Chủ tịch UBND xã"),
     P("Điểu Xơn", "người có uy tín bon Bu N'Đơr")],
    [Q("30 căn nhà", 30, "căn nhà"),
     Q("500 suất quà", 500, "suất quà"),
     Q("khoảng 100 triệu đồng", 100000000, "đồng", "approx"),
     Q("70 triệu đồng", 70000000, "đồng"),
     Q("800.000 đồng", 800000, "đồng"),
     Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"),
     Q("86,5 tỷ đồng", 86500000000, "đồng"),
     Q("1.045 căn nhà", 1045, "căn nhà"),
     Q("12 doanh nghiệp", 12, "doanh nghiệp"),
     Q("50 suất học bổng", 50, "suất học bổng"),
     Q("2 triệu đồng", 2000000, "đồng")],
    [D("Hướng dẫn", "07", "HD/MTTQ-BTT", None, "Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn 07, 08-HD/MTTQ-BTT"),
     D("Hướng dẫn", "08", "HD/MTTQ-BTT", None, "Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn 07, 08-HD/MTTQ-BTT"),
     D("Kế hoạch", "215", "KH-UBND", "2025-11-05", "UBND tỉnh", "Kế hoạch số 215/KH-UBND")],
    [prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Sơn"), com("Phú Quý")],
    ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG", "Vị trí: Trang chủ >> Hoạt động Mặt trận >> An sinh xã hội",
     "Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh trao nhà cho hộ đồng bào M'nông. Ảnh: K'Duyên", "Các đại biểu trao học bổng cho học sinh.",
     "Vì người nghèo - Không để ai bị bỏ lại phía sau", "Quỹ Cứu trợ", "bon Bu N'Đơr", "K'Duyên - Minh Quân", "Lượt xem: 726"],
    ["19/12/2025 08:05", "tháng 7", "Tết Nguyên đán Bính Ngọ năm 2026", "Lượt xem: 726"]))

# b526 Đồng Nai (+Bình Phước) 2026, TV station, Ban Dân vận annual review of 2025
PAGES.append(page("b526-dongnai-bdv-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG NAI
Hôm nay: Thứ Hai, 19/01/2026
Thời sự | Chính trị | Xây dựng Đảng
Thứ Sáu, 16/01/2026 - 20:15

Khối dân vận Đồng Nai: Vận động Nhân dân đồng thuận với sắp xếp bộ máy

(ĐN) - Ngày 16/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên của khối dân vận tỉnh Đồng Nai sau khi hợp nhất với tỉnh Bình Phước, với 95 xã, phường.

Đồng chí Hồ Văn Hà, Trưởng Ban Dân vận Tỉnh ủy phát biểu tại hội nghị.

Dự hội nghị có đồng chí Vũ Hồng Văn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Hồ Văn Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Điểu Thị Hồng, Trần Minh Quang, Lê Thị Ngọc Loan.

Năm 2025, khối dân vận các cấp đã tham mưu thực hiện Kết luận 137, 150-KL/TW của Bộ Chính trị về sắp xếp đơn vị hành chính, Quy định 294-QĐ/TW về thi hành Điều lệ Đảng; vận động Nhân dân đồng thuận với chủ trương hợp nhất tỉnh, tổ chức chính quyền địa phương 2 cấp. Toàn tỉnh đã hoàn thành xóa 2.846 căn nhà tạm, nhà dột nát, vượt 6,5% kế hoạch, với tổng kinh phí hơn 170 tỷ đồng.

Phong trào thi đua "Dân vận khéo" có 1.472 mô hình được công nhận các cấp. Mặt trận, các đoàn thể tổ chức 318 hội nghị đối thoại, tiếp nhận 2.105 ý kiến, kiến nghị của Nhân dân; đến nay đã giải quyết 1.936 ý kiến.

Tham luận tại hội nghị, bà Thị Bích Lan, Bí thư Đảng ủy xã Bù Gia Mập, chia sẻ kinh nghiệm vận động đồng bào S'tiêng, M'nông ở xã biên giới giữ đất sản xuất, không bán đất, không vượt biên trái phép. Ông Lâm Chí Cường, Phó Bí thư Đảng ủy phường Long Bình, nêu cách vận động công nhân khu công nghiệp tham gia xây dựng tổ dân phố an toàn.

Phát biểu chỉ đạo, đồng chí Vũ Hồng Văn đánh giá cao kết quả công tác dân vận năm 2025, nhất là trong giai đoạn sắp xếp bộ máy; đề nghị năm 2026 khối dân vận tập trung tuyên truyền Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I và Đại hội XIV của Đảng, tổ chức tốt cuộc bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 - 2031; kịp thời nắm bắt, giải quyết các vụ việc phức tạp về đất đai ở vùng ven đô.

Hội nghị cũng triển khai Kế hoạch số 12-KH/BDVTU ngày 08/01/2026 của Ban Dân vận Tỉnh ủy về công tác dân vận năm 2026.

Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 20 tập thể, 33 cá nhân.

Hoàng Lộc - Văn Truyền

Lượt xem: 1.174

Tin liên quan
- Đồng Nai tổng kết công tác Mặt trận năm 2025
- Giao ban khối dân vận quý IV năm 2025
- Bình Phước (cũ): Đồng bào S'tiêng đón Tết sớm
""", "2026-01-16",
    "Khối dân vận Đồng Nai: Vận động Nhân dân đồng thuận với sắp xếp bộ máy",
    E("tong_ket", "2025", "2026-01-16"),
    [P("Vũ Hồng Văn", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
     P("Hồ Văn Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Điểu Thị Hồng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Trần Minh Quang", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Lê Thị Ngọc Loan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Thị Bích Lan", "Bí thư Đảng ủy xã Bù Gia Mập"),
     P("Lâm Chí Cường", "Phó Bí thư Đảng ủy phường Long Bình")],
    [Q("95 xã, phường", 95, "xã, phường"),
     Q("2.846 căn nhà tạm, nhà dột nát", 2846, "căn nhà tạm, nhà dột nát"),
     Q("6,5%", 6.5, "%"),
     Q("hơn 170 tỷ đồng", 170000000000, "đồng", "over"),
     Q("1.472 mô hình", 1472, "mô hình"),
     Q("318 hội nghị đối thoại", 318, "hội nghị đối thoại"),
     Q("2.105 ý kiến, kiến nghị", 2105, "ý kiến, kiến nghị"),
     Q("1.936 ý kiến", 1936, "ý kiến"),
     Q("20 tập thể", 20, "tập thể"),
     Q("33 cá nhân", 33, "cá nhân")],
    [D("Kết luận", "137", "KL/TW", None, "Bộ Chính trị", "Kết luận 137, 150-KL/TW"),
     D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận 137, 150-KL/TW"),
     D("Quy định", "294", "QĐ/TW", None, None, "Quy định 294-QĐ/TW"),
     D("Kế hoạch", "12", "KH/BDVTU", "2026-01-08", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 12-KH/BDVTU")],
    [prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Long Bình")],
    ["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG NAI", "Thời sự | Chính trị | Xây dựng Đảng",
     "Đồng chí Hồ Văn Hà, Trưởng Ban Dân vận Tỉnh ủy phát biểu tại hội nghị.", "Dân vận khéo", "Hoàng Lộc - Văn Truyền", "Lượt xem: 1.174"],
    ["Hôm nay: Thứ Hai, 19/01/2026", "Thứ Sáu, 16/01/2026 - 20:15", "năm 2026", "chính quyền địa phương 2 cấp", "lần thứ I",
     "Đại hội XIV", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt xem: 1.174"]))
