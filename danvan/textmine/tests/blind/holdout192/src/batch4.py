from lib import *
PAGES = []

PAGES.append(page("b4583-dongnai-mttq-tet-2025", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Chính trị - Xã hội / Mặt trận - Đoàn thể
Thứ Bảy, 18/01/2025 - 08:05
Người lao động nhận quà tại chương trình. Ảnh: Hải Quân
"Tết Sum vầy" cho 2.000 công nhân ở trọ tại Nhơn Trạch
(ĐN) - Tối 17/1, tại Khu công nghiệp Nhơn Trạch 3, Ủy ban MTTQ Việt Nam tỉnh phối hợp LĐLĐ tỉnh và UBND huyện Nhơn Trạch tổ chức chương trình "Tết Sum vầy - Xuân Ất Tỵ 2025", trao 2.000 phần quà cho công nhân, người lao động có hoàn cảnh khó khăn không có điều kiện về quê đón Tết.
Dự chương trình có đồng chí Hồ Thanh Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Nguyễn Thị Hoàng, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Trần Văn Mi, K'Thị Nhung, Lê Hoàng Ngọc.
Mỗi phần quà gồm 500.000 đồng tiền mặt và nhu yếu phẩm trị giá 300.000 đồng, tổng trị giá 1,6 tỷ đồng, do 46 doanh nghiệp, nhà hảo tâm đóng góp qua Quỹ "Vì người nghèo" tỉnh. Chương trình còn có "Gian hàng 0 đồng" với 20 gian hàng, phục vụ khoảng 3.500 lượt người; đoàn viên thanh niên tặng 1.000 bộ câu đối, lì xì cho con công nhân.
Phát biểu tại chương trình, đồng chí Hồ Thanh Sơn cho biết, thực hiện Kế hoạch số 08/KH-MTTQ-BTT ngày 2/12/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Chỉ thị 41, 42-CT/TU của Ban Thường vụ Tỉnh ủy về tổ chức Tết Nguyên đán Ất Tỵ, dịp Tết năm nay các cấp Mặt trận, đoàn thể trong tỉnh dự kiến chăm lo cho hơn 180.000 lượt hộ nghèo, công nhân, người lao động với tổng kinh phí trên 270 tỷ đồng. Toàn tỉnh có khoảng 1,3 triệu công nhân, trong đó gần 60% là người các tỉnh khác; dự báo có khoảng 40.000 công nhân ở lại ăn Tết tại nhà trọ.
Đồng chí Nguyễn Thị Hoàng thông tin, năm 2024 thị trường lao động Đồng Nai đã phục hồi: 98,5% doanh nghiệp có công đoàn đã báo cáo mức thưởng Tết, mức thưởng bình quân 1,1 tháng lương; công đoàn vận động 2.640 chủ nhà trọ giảm hoặc giữ giá phòng trong tháng Tết. LĐLĐ tỉnh cũng tổ chức 12 chuyến xe đưa 540 công nhân về quê ăn Tết ở các tỉnh phía Bắc.
Chị Thào Thị Dua (dân tộc Mông, quê Sơn La), công nhân ở trọ tại xã Hiệp Phước, bày tỏ: "Vợ chồng em có 2 đứa nhỏ, năm nay không đủ tiền về quê. Được nhận quà, được xem văn nghệ, em thấy như ở nhà". Bà Trần Thị Thu Ba, Chủ tịch Ủy ban MTTQ Việt Nam xã Phú Hội cho biết xã sẽ tổ chức thêm bữa cơm tất niên cho 300 công nhân vào ngày 27 tháng Chạp.
Dịp này, Ủy ban MTTQ tỉnh trao 5 nhà Đại đoàn kết cho công nhân khó khăn về nhà ở, mỗi căn 60 triệu đồng, hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Hải Quân
Tin liên quan
- Công nhân Đồng Nai phấn khởi nhận thưởng Tết (15/01/2025)
- 1.000 vé xe miễn phí đưa công nhân về quê (10/01/2025)
- Chợ Tết công đoàn năm 2025 (06/01/2025)
""", "2025-01-18", "\"Tết Sum vầy\" cho 2.000 công nhân ở trọ tại Nhơn Trạch",
E("trao_qua", None, "2025-01-17"),
[P("Hồ Thanh Sơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Hoàng", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Trần Văn Mi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("K'Thị Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Hoàng Ngọc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thào Thị Dua"),
 P("Trần Thị Thu Ba", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phú Hội")],
[Q("2.000 công nhân", 2000, "công nhân"), Q("2.000 phần quà", 2000, "phần quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("300.000 đồng", 300000, "đồng"), Q("1,6 tỷ đồng", 1600000000, "đồng"), Q("46 doanh nghiệp, nhà hảo tâm", 46, "doanh nghiệp, nhà hảo tâm"),
 Q("20 gian hàng", 20, "gian hàng"), Q("khoảng 3.500 lượt người", 3500, "lượt người", "approx"), Q("1.000 bộ câu đối", 1000, "bộ câu đối"),
 Q("hơn 180.000 lượt hộ nghèo, công nhân, người lao động", 180000, "lượt hộ nghèo, công nhân, người lao động", "over"),
 Q("trên 270 tỷ đồng", 270000000000, "đồng", "over"), Q("khoảng 1,3 triệu công nhân", 1300000, "công nhân", "approx"),
 Q("gần 60%", 60, "%", "approx"), Q("khoảng 40.000 công nhân", 40000, "công nhân", "approx"), Q("98,5%", 98.5, "%"),
 Q("2.640 chủ nhà trọ", 2640, "chủ nhà trọ"), Q("12 chuyến xe", 12, "chuyến xe"), Q("540 công nhân", 540, "công nhân"),
 Q("2 đứa nhỏ", 2, "đứa nhỏ"), Q("300 công nhân", 300, "công nhân"), Q("5 nhà Đại đoàn kết", 5, "nhà Đại đoàn kết"),
 Q("60 triệu đồng", 60000000, "đồng")],
[D("Kế hoạch", "08", "KH-MTTQ-BTT", "2024-12-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 08/KH-MTTQ-BTT ngày 2/12/2024"),
 D("Chỉ thị", "41", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 41, 42-CT/TU"),
 D("Chỉ thị", "42", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 41, 42-CT/TU")],
[prov("Đồng Nai"), com("Hiệp Phước"), com("Phú Hội")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Chính trị - Xã hội / Mặt trận - Đoàn thể", "Người lao động nhận quà tại chương trình. Ảnh: Hải Quân", "(ĐN)",
 "Tết Sum vầy - Xuân Ất Tỵ 2025", "Vì người nghèo", "Gian hàng 0 đồng", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Khu công nghiệp Nhơn Trạch 3"],
["Thứ Bảy, 18/01/2025 - 08:05", "Gian hàng 0 đồng", "1,1 tháng lương", "năm 2024", "27 tháng Chạp", "Tết Nguyên đán Ất Tỵ"]))

PAGES.append(page("b4584-hochiminh-phuongthuanan-doithoai-2025", """
TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG THUẬN AN - THÀNH PHỐ HỒ CHÍ MINH
Trang chủ » Tin tức - Sự kiện » Mặt trận - Đoàn thể
Ngày 26/09/2025 | 15:45
Phường Thuận An đối thoại với công nhân, người lao động năm 2025
Chiều 25/9, Đảng ủy, UBND, Ủy ban MTTQ Việt Nam phường Thuận An phối hợp Công đoàn phường tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với công nhân, người lao động năm 2025. Đây là lần đầu tiên phường tổ chức đối thoại với công nhân kể từ khi vận hành mô hình chính quyền địa phương 2 cấp từ ngày 1/7/2025.
Quang cảnh hội nghị đối thoại. Ảnh: Minh Trí
Chủ trì hội nghị có đồng chí Nguyễn Văn Hòa, Bí thư Đảng ủy, Chủ tịch HĐND phường; đồng chí Trần Thị Mỹ Hạnh, Phó Bí thư Đảng ủy, Chủ tịch UBND phường; đồng chí Lê Quốc Bảo, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường. Dự hội nghị có đồng chí Võ Thị Kim Xuyến, Phó Chủ tịch Ủy ban MTTQ Việt Nam TP Hồ Chí Minh, Chủ tịch LĐLĐ Thành phố và 250 công nhân đại diện cho 46 doanh nghiệp trên địa bàn.
Theo báo cáo, phường Thuận An được thành lập theo Nghị quyết 1685/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội trên cơ sở sáp nhập các phường Lái Thiêu, Vĩnh Phú, Bình Nhâm cũ; hiện có 1.180 doanh nghiệp với khoảng 92.000 lao động, trong đó trên 70% là người ngoại tỉnh thuê trọ tại 2.460 khu nhà trọ. Thực hiện Nghị quyết 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương và Kế hoạch số 15-KH/ĐU của Đảng ủy phường, Mặt trận và công đoàn phường đã rà soát, nắm tình hình tại 320 khu nhà trọ, thành lập 18 tổ công đoàn khu nhà trọ.
Tại hội nghị, công nhân đã nêu 19 ý kiến. Chị Hoàng Thị Dung (dân tộc Tày, quê Lạng Sơn) phản ánh khi chuyển từ tỉnh Bình Dương về Thành phố, thủ tục đăng ký cư trú, xác nhận hồ sơ cho con vào lớp 1 còn lúng túng. Anh Nguyễn Văn Tuấn, tổ trưởng tổ công đoàn khu trọ Bình Nhâm, đề nghị phường bố trí thêm điểm giữ trẻ ngoài giờ vì khoảng 600 trẻ là con công nhân phải ở nhà một mình khi bố mẹ tăng ca.
Đồng chí Trần Thị Mỹ Hạnh cho biết, phường đã giải quyết 1.246 hồ sơ cư trú của công nhân trong 3 tháng qua, đạt 100% đúng hạn; sẽ phối hợp phường Thuận Giao, phường Bình Hòa mở 2 điểm giữ trẻ trước tháng 12/2025. Đồng chí Võ Thị Kim Xuyến thông tin, LĐLĐ Thành phố dự kiến tặng 40.000 vé xe, vé tàu cho công nhân về quê dịp Tết Bính Ngọ 2026, riêng khu vực Bình Dương cũ khoảng 15.000 vé; đồng thời hỗ trợ 20 Mái ấm Công đoàn, mỗi căn 70 triệu đồng.
Kết luận, đồng chí Nguyễn Văn Hòa giao các ngành trả lời bằng văn bản các kiến nghị chưa giải quyết tại chỗ trong 15 ngày; phấn đấu mỗi năm tổ chức ít nhất 2 cuộc đối thoại với công nhân. Sau hội nghị, Ủy ban MTTQ Việt Nam phường trao 150 phần quà, mỗi phần 500.000 đồng, cho công nhân khó khăn.
Minh Trí
Lượt xem: 942
Tin khác
- Phường Thuận An ra mắt Ban công tác Mặt trận 42 khu phố (20/09/2025)
- Công đoàn phường tổ chức giải bóng đá công nhân (12/09/2025)
- Tuyên truyền pháp luật lao động tại khu trọ Vĩnh Phú (05/09/2025)
""", "2025-09-26", "Phường Thuận An đối thoại với công nhân, người lao động năm 2025",
E("doi_thoai", "2025", "2025-09-25"),
[P("Nguyễn Văn Hòa", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
 P("Trần Thị Mỹ Hạnh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Lê Quốc Bảo", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Võ Thị Kim Xuyến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam TP Hồ Chí Minh", "Chủ tịch LĐLĐ Thành phố"),
 P("Hoàng Thị Dung"),
 P("Nguyễn Văn Tuấn", "tổ trưởng tổ công đoàn khu trọ Bình Nhâm")],
[Q("250 công nhân", 250, "công nhân"), Q("46 doanh nghiệp", 46, "doanh nghiệp"), Q("1.180 doanh nghiệp", 1180, "doanh nghiệp"),
 Q("khoảng 92.000 lao động", 92000, "lao động", "approx"), Q("trên 70%", 70, "%", "over"), Q("2.460 khu nhà trọ", 2460, "khu nhà trọ"),
 Q("320 khu nhà trọ", 320, "khu nhà trọ"), Q("18 tổ công đoàn khu nhà trọ", 18, "tổ công đoàn khu nhà trọ"), Q("19 ý kiến", 19, "ý kiến"),
 Q("khoảng 600 trẻ", 600, "trẻ", "approx"), Q("1.246 hồ sơ cư trú", 1246, "hồ sơ cư trú"), Q("100%", 100, "%"),
 Q("2 điểm giữ trẻ", 2, "điểm giữ trẻ"), Q("40.000 vé xe, vé tàu", 40000, "vé xe, vé tàu"), Q("khoảng 15.000 vé", 15000, "vé", "approx"),
 Q("20 Mái ấm Công đoàn", 20, "Mái ấm Công đoàn"), Q("70 triệu đồng", 70000000, "đồng"),
 Q("ít nhất 2 cuộc đối thoại", 2, "cuộc đối thoại", "over"), Q("150 phần quà", 150, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "1685", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết 1685/NQ-UBTVQH15"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương", "Nghị quyết 60-NQ/TW ngày 12/4/2025"),
 D("Kế hoạch", "15", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 15-KH/ĐU")],
[prov("Hồ Chí Minh"), prov("Bình Dương"), com("Thuận An"), com("Thuận Giao"), com("Bình Hòa"),
 com("Lái Thiêu"), com("Vĩnh Phú"), com("Bình Nhâm")],
["TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG THUẬN AN - THÀNH PHỐ HỒ CHÍ MINH", "Trang chủ » Tin tức - Sự kiện » Mặt trận - Đoàn thể",
 "Quang cảnh hội nghị đối thoại. Ảnh: Minh Trí", "Lượt xem: 942"],
["Ngày 26/09/2025 | 15:45", "năm 2025", "2 cấp", "1/7/2025", "lớp 1", "3 tháng qua", "tháng 12/2025", "Tết Bính Ngọ 2026", "15 ngày", "Lượt xem: 942"]))

PAGES.append(page("b4585-dongnai-xatrangbom-tongket-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TRẢNG BOM - TỈNH ĐỒNG NAI
Hôm nay: Thứ Bảy, 20/12/2025
Trang chủ > Hoạt động Mặt trận - Đoàn thể
19/12/2025 - 10:05
Đồng chí Phan Quốc Việt phát biểu chỉ đạo hội nghị.
Xã Trảng Bom: hơn 3.200 chủ nhà trọ đồng hành cùng công nhân
Ngày 18/12, Ủy ban MTTQ Việt Nam xã Trảng Bom tổ chức hội nghị tổng kết công tác Mặt trận và các tổ chức chính trị - xã hội năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026. Đồng chí Phan Quốc Việt, Bí thư Đảng ủy xã dự và chỉ đạo; đồng chí Lương Thị Thu Trang, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì.
Năm 2025 là năm đầu tiên xã Trảng Bom (mới) hoạt động theo mô hình chính quyền địa phương 2 cấp, được thành lập trên cơ sở thị trấn Trảng Bom và các xã Quảng Tiến, Sông Trầu cũ; sau khi hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước, xã là một trong những địa bàn có đông công nhân nhất tỉnh với khoảng 68.000 người lao động đang thuê trọ. Thực hiện Nghị quyết chuyên đề số 05-NQ/ĐU và Chương trình hành động số 03-CTr/ĐU của Đảng ủy xã, Mặt trận đã ký Quy chế phối hợp số 02/QCPH-MTTQ-UBND với UBND xã về công tác vận động công nhân.
Trong năm, Ban công tác Mặt trận 27 ấp, khu phố đã vận động hơn 3.200 chủ nhà trọ tham gia mô hình "Chủ nhà trọ đồng hành cùng công nhân", cam kết không tăng giá phòng; thành lập 41 tổ tự quản khu nhà trọ. Quỹ "Vì người nghèo" xã vận động được 2,35 tỷ đồng, hỗ trợ xây 9 căn nhà Đại đoàn kết, trao 1.850 phần quà cho công nhân khó khăn. Mặt trận và công đoàn đã hòa giải thành 34 vụ việc mâu thuẫn giữa người thuê trọ với chủ nhà, tổ chức 6 hội nghị đối thoại giữa chính quyền với người lao động.
Đồng chí Điểu Thị Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã cho biết, Hội đã giới thiệu việc làm cho 265 lao động nữ bị mất việc; ông Tạ Văn Hưng, Trưởng ban công tác Mặt trận ấp Quảng Biên chia sẻ kinh nghiệm lập nhóm Zalo với 1.400 thành viên để kịp thời hỗ trợ công nhân ốm đau. Các đồng chí Nguyễn Thanh Tùng, Vi Thị Hằng - Phó Chủ tịch UBND xã trả lời các kiến nghị về đường điện, nước sạch tại các khu trọ giáp ranh xã Bàu Hàm, xã An Viễn.
Phát biểu chỉ đạo, đồng chí Phan Quốc Việt đề nghị năm 2026 Mặt trận xã tập trung tuyên truyền, vận động cử tri là công nhân tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; chăm lo Tết Bính Ngọ cho ít nhất 3.000 công nhân ở lại nhà trọ; nhân rộng mô hình "Khu nhà trọ không tệ nạn xã hội".
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 3 tập thể; Ủy ban MTTQ Việt Nam xã tặng giấy khen cho 18 tập thể, 35 cá nhân tiêu biểu.
Văn Tài
Lượt truy cập: 1.118
Tin khác
- Xã Trảng Bom ra mắt Ban công tác Mặt trận 27 ấp, khu phố (15/08/2025)
- Hội nghị hiệp thương lần thứ nhất bầu cử đại biểu HĐND xã (12/12/2025)
- Trao 5 nhà Đại đoàn kết cho công nhân (28/11/2025)
""", "2025-12-19", "Xã Trảng Bom: hơn 3.200 chủ nhà trọ đồng hành cùng công nhân",
E("tong_ket", "2025", "2025-12-18"),
[P("Phan Quốc Việt", "Bí thư Đảng ủy xã"),
 P("Lương Thị Thu Trang", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Điểu Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Tạ Văn Hưng", "Trưởng ban công tác Mặt trận ấp Quảng Biên"),
 P("Nguyễn Thanh Tùng", "Phó Chủ tịch UBND xã"), P("Vi Thị Hằng", "Phó Chủ tịch UBND xã")],
[Q("hơn 3.200 chủ nhà trọ", 3200, "chủ nhà trọ", "over"), Q("khoảng 68.000 người lao động", 68000, "người lao động", "approx"),
 Q("27 ấp, khu phố", 27, "ấp, khu phố"), Q("41 tổ tự quản khu nhà trọ", 41, "tổ tự quản khu nhà trọ"),
 Q("2,35 tỷ đồng", 2350000000, "đồng"), Q("9 căn nhà Đại đoàn kết", 9, "căn nhà Đại đoàn kết"), Q("1.850 phần quà", 1850, "phần quà"),
 Q("34 vụ việc mâu thuẫn", 34, "vụ việc mâu thuẫn"), Q("6 hội nghị đối thoại", 6, "hội nghị đối thoại"),
 Q("265 lao động nữ", 265, "lao động nữ"), Q("1.400 thành viên", 1400, "thành viên"),
 Q("ít nhất 3.000 công nhân", 3000, "công nhân", "over"), Q("3 tập thể", 3, "tập thể"), Q("18 tập thể", 18, "tập thể"),
 Q("35 cá nhân tiêu biểu", 35, "cá nhân tiêu biểu")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 05-NQ/ĐU"),
 D("Chương trình hành động", "03", "CTr/ĐU", None, "Đảng ủy xã", "Chương trình hành động số 03-CTr/ĐU"),
 D("Quy chế phối hợp", "02", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 02/QCPH-MTTQ-UBND")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Trảng Bom"), com("Quảng Tiến"), com("Sông Trầu"), com("Bàu Hàm"), com("An Viễn")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TRẢNG BOM - TỈNH ĐỒNG NAI", "Hôm nay: Thứ Bảy, 20/12/2025", "Trang chủ > Hoạt động Mặt trận - Đoàn thể",
 "Đồng chí Phan Quốc Việt phát biểu chỉ đạo hội nghị.", "Chủ nhà trọ đồng hành cùng công nhân", "Vì người nghèo",
 "Khu nhà trọ không tệ nạn xã hội", "Zalo", "Lượt truy cập: 1.118"],
["19/12/2025 - 10:05", "Hôm nay: Thứ Bảy, 20/12/2025", "năm 2025", "năm 2026", "2 cấp", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Tết Bính Ngọ", "Lượt truy cập: 1.118"]))

PAGES.append(page("b4586-tayninh-mttq-tet-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TÂY NINH
Chính trị | Mặt trận - Đoàn thể | Xuân Bính Ngọ 2026
06/02/2026 | 08:05 (GMT+7)
Hơn 4.200 phần quà Tết đến với công nhân khu công nghiệp Đức Hòa
(BTN) - Chiều 5/2, tại xã Đức Hòa, Ủy ban MTTQ Việt Nam tỉnh Tây Ninh phối hợp UBND tỉnh tổ chức chương trình "Tết Sum vầy - Xuân Bính Ngọ 2026", thăm, tặng quà công nhân, người lao động có hoàn cảnh khó khăn tại các khu công nghiệp phía đông tỉnh, địa bàn tỉnh Long An cũ.
Lãnh đạo tỉnh trao quà cho công nhân. Ảnh: Thanh Thảo
Tham dự có đồng chí Trương Văn Nhã, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Lê Thị Ngọc Giàu, Phó Chủ tịch UBND tỉnh; đồng chí Phạm Hoàng Phúc, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch LĐLĐ tỉnh; đồng chí Chau Sóc Phinh, Phó Giám đốc Sở Nội vụ.
Tại chương trình, ban tổ chức trao 1.200 phần quà, mỗi phần trị giá 1 triệu đồng, cho công nhân không về quê ăn Tết; trao 25 Mái ấm Công đoàn, mỗi căn 60 triệu đồng. Trước đó, thực hiện Kế hoạch số 28-KH/TU của Ban Thường vụ Tỉnh ủy về tổ chức Tết Nguyên đán Bính Ngọ và hướng dẫn 58, 59/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Mặt trận các xã, phường đã trao hơn 4.200 phần quà Tết cho công nhân ở trọ tại xã Đức Hòa, xã Hòa Khánh, xã Đức Lập, tổng trị giá khoảng 3,9 tỷ đồng.
Theo đồng chí Phạm Hoàng Phúc, toàn tỉnh hiện có 52 khu, cụm công nghiệp với khoảng 410.000 lao động, trong đó trên 65% tập trung ở các xã phía đông. Đến ngày 3/2, đã có 96,8% doanh nghiệp công bố thưởng Tết; công đoàn đang theo dõi 11 doanh nghiệp chậm trả lương với khoảng 2.300 người lao động, trong đó 2 doanh nghiệp chủ bỏ trốn. LĐLĐ tỉnh đã tạm ứng 1,2 tỷ đồng từ nguồn tài chính công đoàn để hỗ trợ công nhân các doanh nghiệp này, đồng thời bố trí 30 chuyến xe đưa hơn 1.300 công nhân về quê.
Đồng chí Trương Văn Nhã cho biết, năm 2026 Mặt trận tỉnh tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị; đề nghị các xã, phường nắm chắc tình hình công nhân ở trọ trong dịp Tết, phối hợp công an xã bảo đảm an ninh trật tự tại các khu nhà trọ, không để công nhân nào không có Tết.
Chị Thị Ngọc Hiền (dân tộc Khmer, quê Trà Vinh), ở trọ tại xã Hòa Khánh, cho biết năm nay vợ chồng chị ở lại làm thêm dịp Tết, được nhận quà và vé xem văn nghệ. Bà Nguyễn Thị Lệ ở xã Đức Lập có khu trọ 36 phòng, tự nguyện miễn tiền phòng tháng 2 cho tất cả người thuê.
Thanh Thảo
Lượt xem: 2.476
Tin liên quan
- Tây Ninh: 12.000 vé xe miễn phí cho công nhân về quê đón Tết (30/01/2026)
- Phường Long An tổ chức "Chợ Tết 0 đồng" (28/01/2026)
- Trao 100 suất quà cho công nhân dân tộc thiểu số (22/01/2026)
""", "2026-02-06", "Hơn 4.200 phần quà Tết đến với công nhân khu công nghiệp Đức Hòa",
E("trao_qua", None, "2026-02-05"),
[P("Trương Văn Nhã", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Ngọc Giàu", "Phó Chủ tịch UBND tỉnh"),
 P("Phạm Hoàng Phúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch LĐLĐ tỉnh"),
 P("Chau Sóc Phinh", "Phó Giám đốc Sở Nội vụ"),
 P("Thị Ngọc Hiền"), P("Nguyễn Thị Lệ")],
[Q("Hơn 4.200 phần quà", 4200, "phần quà", "over"), Q("1.200 phần quà", 1200, "phần quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("25 Mái ấm Công đoàn", 25, "Mái ấm Công đoàn"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("khoảng 3,9 tỷ đồng", 3900000000, "đồng", "approx"), Q("52 khu, cụm công nghiệp", 52, "khu, cụm công nghiệp"),
 Q("khoảng 410.000 lao động", 410000, "lao động", "approx"), Q("trên 65%", 65, "%", "over"), Q("96,8%", 96.8, "%"),
 Q("11 doanh nghiệp", 11, "doanh nghiệp"), Q("khoảng 2.300 người lao động", 2300, "người lao động", "approx"),
 Q("2 doanh nghiệp", 2, "doanh nghiệp"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("30 chuyến xe", 30, "chuyến xe"),
 Q("hơn 1.300 công nhân", 1300, "công nhân", "over"), Q("36 phòng", 36, "phòng")],
[D("Kế hoạch", "28", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 28-KH/TU"),
 D("Hướng dẫn", "58", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "hướng dẫn 58, 59/HD-MTTQ-BTT"),
 D("Hướng dẫn", "59", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "hướng dẫn 58, 59/HD-MTTQ-BTT"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Tây Ninh"), prov("Long An"), com("Đức Hòa"), com("Hòa Khánh"), com("Đức Lập")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TÂY NINH", "Chính trị | Mặt trận - Đoàn thể | Xuân Bính Ngọ 2026", "(BTN)",
 "Lãnh đạo tỉnh trao quà cho công nhân. Ảnh: Thanh Thảo", "Tết Sum vầy - Xuân Bính Ngọ 2026", "Quy chế công tác dân vận của hệ thống chính trị",
 "Lượt xem: 2.476"],
["06/02/2026 | 08:05 (GMT+7)", "Xuân Bính Ngọ 2026", "ngày 3/2", "năm 2026", "tháng 2", "Tết Nguyên đán Bính Ngọ", "Lượt xem: 2.476"]))

PAGES.append(page("b4587-hochiminh-ldld-giaoban-2026", """
LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HỒ CHÍ MINH
Vị trí: Trang chủ » Tin hoạt động » Quan hệ lao động
10/4/2026 14:30
Ảnh: Quang cảnh hội nghị giao ban.
Nắm chắc tình hình công nhân sau Tết, không để ngừng việc kéo dài
Sáng 9/4, Ban Thường vụ LĐLĐ Thành phố tổ chức hội nghị giao ban công tác công đoàn quý I năm 2026 với công đoàn các phường, xã, đặc khu và công đoàn các khu chế xuất, khu công nghiệp. Đồng chí Lý Văn Tâm, Phó Chủ tịch Thường trực LĐLĐ Thành phố chủ trì; cùng dự có các Phó Chủ tịch LĐLĐ Thành phố: Đoàn Thị Ngọc Lan, Trần Quốc Thịnh, Y Duôn Byă.
Báo cáo cho biết, sau hợp nhất với tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu, TP Hồ Chí Minh hiện có gần 2,9 triệu đoàn viên trong hơn 21.400 công đoàn cơ sở. Sau Tết Bính Ngọ, tỷ lệ công nhân trở lại làm việc đạt 97,2%; các doanh nghiệp có nhu cầu tuyển thêm khoảng 85.000 lao động. Quý I, toàn Thành phố xảy ra 9 vụ ngừng việc tập thể với khoảng 4.100 người tham gia, giảm 5 vụ so với cùng kỳ; nguyên nhân chủ yếu do doanh nghiệp chậm điều chỉnh lương theo Nghị định 293/2025/NĐ-CP của Chính phủ về mức lương tối thiểu vùng.
Thực hiện Kế hoạch số 112/KH-LĐLĐ ngày 15/1/2026 và Chỉ thị 05, 06-CT/TU của Ban Thường vụ Thành ủy về chăm lo công nhân và xây dựng quan hệ lao động hài hòa, công đoàn các cấp đã tổ chức 1.318 cuộc đối thoại định kỳ tại doanh nghiệp, 64 hội nghị đối thoại giữa chính quyền phường, xã với công nhân. LĐLĐ Thành phố đã gửi công văn số 1045/LĐLĐ-QHLĐ đề nghị Sở Nội vụ thanh tra 23 doanh nghiệp nợ bảo hiểm xã hội trên 6 tháng với tổng số tiền hơn 57 tỷ đồng.
Đồng chí Nguyễn Thị Bích Vân, Chủ tịch Công đoàn phường Dĩ An, cho biết phường có khoảng 110.000 công nhân ở trọ; công đoàn phường đã lập 26 "Điểm sinh hoạt công nhân" tại khu nhà trọ, tổ chức cho 3.600 lượt công nhân khám sức khỏe miễn phí. Đồng chí Phan Minh Nhựt, Chủ tịch Công đoàn phường Phú Mỹ, đề nghị sớm ban hành hướng dẫn về tổ chức công đoàn cơ sở ở các doanh nghiệp nhỏ sau khi bỏ cấp huyện.
Kết luận giao ban, đồng chí Lý Văn Tâm yêu cầu quý II tập trung tổ chức Tháng Công nhân năm 2026 với chủ đề "Công nhân xanh - Việc làm bền vững"; theo dõi chặt tình hình ở phường Tân Thuận, phường Thủ Dầu Một, nơi có nhiều doanh nghiệp may mặc, giày da giảm đơn hàng; phấn đấu phát triển ít nhất 60.000 đoàn viên mới trong năm.
Kim Oanh
Số lượt xem: 1.520
Tin cùng chuyên mục
- Công đoàn phường Thủ Dầu Một trao 50 suất học bổng (05/04/2026)
- Tháng Công nhân năm 2026: nhiều hoạt động thiết thực (01/04/2026)
- Hội nghị tổng kết phong trào thi đua công nhân năm 2025 (20/01/2026)
""", "2026-04-10", "Nắm chắc tình hình công nhân sau Tết, không để ngừng việc kéo dài",
E("giao_ban", "2026-Q1", "2026-04-09"),
[P("Lý Văn Tâm", "Phó Chủ tịch Thường trực LĐLĐ Thành phố"),
 P("Đoàn Thị Ngọc Lan", "Phó Chủ tịch LĐLĐ Thành phố"), P("Trần Quốc Thịnh", "Phó Chủ tịch LĐLĐ Thành phố"),
 P("Y Duôn Byă", "Phó Chủ tịch LĐLĐ Thành phố"),
 P("Nguyễn Thị Bích Vân", "Chủ tịch Công đoàn phường Dĩ An"),
 P("Phan Minh Nhựt", "Chủ tịch Công đoàn phường Phú Mỹ")],
[Q("gần 2,9 triệu đoàn viên", 2900000, "đoàn viên", "approx"), Q("hơn 21.400 công đoàn cơ sở", 21400, "công đoàn cơ sở", "over"),
 Q("97,2%", 97.2, "%"), Q("khoảng 85.000 lao động", 85000, "lao động", "approx"),
 Q("9 vụ ngừng việc tập thể", 9, "vụ ngừng việc tập thể"), Q("khoảng 4.100 người", 4100, "người", "approx"), Q("5 vụ", 5, "vụ"),
 Q("1.318 cuộc đối thoại định kỳ", 1318, "cuộc đối thoại định kỳ"), Q("64 hội nghị đối thoại", 64, "hội nghị đối thoại"),
 Q("23 doanh nghiệp", 23, "doanh nghiệp"), Q("hơn 57 tỷ đồng", 57000000000, "đồng", "over"),
 Q("khoảng 110.000 công nhân", 110000, "công nhân", "approx"), Q("26 \"Điểm sinh hoạt công nhân\"", 26, "Điểm sinh hoạt công nhân"),
 Q("3.600 lượt công nhân", 3600, "lượt công nhân"), Q("ít nhất 60.000 đoàn viên mới", 60000, "đoàn viên mới", "over")],
[D("Nghị định", "293", "2025/NĐ-CP", None, "Chính phủ", "Nghị định 293/2025/NĐ-CP"),
 D("Kế hoạch", "112", "KH-LĐLĐ", "2026-01-15", None, "Kế hoạch số 112/KH-LĐLĐ ngày 15/1/2026"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Công văn", "1045", "LĐLĐ-QHLĐ", None, "LĐLĐ Thành phố", "công văn số 1045/LĐLĐ-QHLĐ")],
[prov("Hồ Chí Minh"), prov("Bình Dương"), prov("Bà Rịa - Vũng Tàu"), com("Dĩ An"), com("Phú Mỹ"), com("Tân Thuận"), com("Thủ Dầu Một")],
["LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HỒ CHÍ MINH", "Vị trí: Trang chủ » Tin hoạt động » Quan hệ lao động", "Ảnh: Quang cảnh hội nghị giao ban.",
 "Điểm sinh hoạt công nhân", "Tháng Công nhân", "Công nhân xanh - Việc làm bền vững", "Số lượt xem: 1.520"],
["10/4/2026 14:30", "quý I năm 2026", "Quý I", "quý II", "trên 6 tháng", "Tết Bính Ngọ", "năm 2026", "Số lượt xem: 1.520"]))

PAGES.append(page("b4588-dongnai-phuonglongbinh-tiepxuc-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Trang chủ › Bầu cử đại biểu Quốc hội và HĐND các cấp
Thứ Sáu, 27/2/2026 - 20:15
Cử tri công nhân mong người ứng cử quan tâm nhà ở xã hội, trường học
(ĐN) - Sáng 26/2, Ủy ban MTTQ Việt Nam phường Long Bình tổ chức hội nghị tiếp xúc cử tri để những người ứng cử đại biểu Quốc hội khóa XVI và đại biểu HĐND tỉnh Đồng Nai nhiệm kỳ 2026 - 2031 vận động bầu cử, trong đợt bầu cử năm 2026. Khoảng 320 cử tri, phần lớn là công nhân Khu công nghiệp Amata, Khu công nghiệp Biên Hòa 2 tham dự.
Người ứng cử trình bày chương trình hành động. Ảnh: Hoàng Lộc
Chủ trì hội nghị là Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Long Bình Lò Văn Phong. Hội nghị được tổ chức theo Nghị quyết liên tịch số 102/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN hướng dẫn tiếp xúc cử tri và Chỉ thị 46-CT/TW của Bộ Chính trị về lãnh đạo cuộc bầu cử; Kế hoạch số 07/KH-MTTQ ngày 9/2/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam phường.
Các người ứng cử đại biểu Quốc hội gồm: ông Hoàng Minh Đức, Phó Chủ tịch LĐLĐ tỉnh; bà Nguyễn Thị Thanh Hương, Phó Giám đốc Sở Dân tộc và Tôn giáo; Thượng tá Lê Văn Thành, Phó Giám đốc Công an tỉnh. Người ứng cử đại biểu HĐND tỉnh có bà Đinh Thị Hạnh, Chủ tịch Công đoàn Khu công nghiệp Amata và ông Trần Quang Vinh, Bí thư Đoàn phường Long Bình.
Tại hội nghị, cử tri đã nêu 14 ý kiến. Cử tri Vàng A Sử (quê Lai Châu) cho biết phường có hơn 45.000 công nhân thuê trọ nhưng chỉ có 3 trường tiểu học công lập, nhiều con em công nhân phải học trường tư. Cử tri Phạm Thị Loan đề nghị đẩy nhanh dự án 1.500 căn nhà ở xã hội tại phường Trấn Biên, giá bán phù hợp thu nhập khoảng 8-9 triệu đồng/tháng của công nhân. Cử tri Y Ngân Ksor mong có thêm 2 nhóm trẻ gần khu công nghiệp nhận trẻ từ 6 tháng tuổi.
Ông Hoàng Minh Đức cho biết, nếu trúng cử sẽ kiến nghị sửa Luật Công đoàn theo hướng để công đoàn được đại diện cho cả lao động không có hợp đồng; giám sát việc thực hiện mục tiêu ít nhất 1 triệu căn hộ nhà ở xã hội theo Quyết định 338/QĐ-TTg của Thủ tướng Chính phủ. Bà Đinh Thị Hạnh cam kết vận động doanh nghiệp dành 2% quỹ lương cho nhà trẻ, hỗ trợ tiền gửi trẻ 300.000 đồng/tháng cho công nhân có con nhỏ.
Kết thúc hội nghị, ông Lò Văn Phong đề nghị cử tri đi bầu cử đầy đủ vào ngày 15/3/2026; Ủy ban MTTQ phường sẽ tổng hợp 14 ý kiến gửi Ủy ban bầu cử tỉnh. Trong tháng 2, phường đã tổ chức 6 hội nghị tiếp xúc cử tri tại khu phố và khu công nghiệp, cùng phường Hố Nai tuyên truyền cho trên 20.000 công nhân về bầu cử.
Hoàng Lộc
Tin liên quan
- Đồng Nai: 2.800 tổ bầu cử sẵn sàng cho ngày hội non sông (24/02/2026)
- Công nhân khu công nghiệp tìm hiểu về bầu cử (18/02/2026)
- Phường Trấn Biên niêm yết danh sách cử tri (10/02/2026)
""", "2026-02-27", "Cử tri công nhân mong người ứng cử quan tâm nhà ở xã hội, trường học",
E("hoi_nghi", "2026", "2026-02-26"),
[P("Lò Văn Phong", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Long Bình"),
 P("Hoàng Minh Đức", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Nguyễn Thị Thanh Hương", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Lê Văn Thành", "Thượng tá", "Phó Giám đốc Công an tỉnh"),
 P("Đinh Thị Hạnh", "Chủ tịch Công đoàn Khu công nghiệp Amata"),
 P("Trần Quang Vinh", "Bí thư Đoàn phường Long Bình"),
 P("Vàng A Sử"), P("Phạm Thị Loan"), P("Y Ngân Ksor")],
[Q("Khoảng 320 cử tri", 320, "cử tri", "approx"), Q("14 ý kiến", 14, "ý kiến"), Q("hơn 45.000 công nhân", 45000, "công nhân", "over"),
 Q("3 trường tiểu học công lập", 3, "trường tiểu học công lập"), Q("1.500 căn nhà ở xã hội", 1500, "căn nhà ở xã hội"),
 Q("8-9 triệu đồng/tháng", 8000000, "đồng", "approx"), Q("8-9 triệu đồng/tháng", 9000000, "đồng", "approx"),
 Q("2 nhóm trẻ", 2, "nhóm trẻ"), Q("ít nhất 1 triệu căn hộ nhà ở xã hội", 1000000, "căn hộ nhà ở xã hội", "over"),
 Q("2%", 2, "%"), Q("300.000 đồng/tháng", 300000, "đồng"), Q("6 hội nghị tiếp xúc cử tri", 6, "hội nghị tiếp xúc cử tri"),
 Q("trên 20.000 công nhân", 20000, "công nhân", "over")],
[D("Nghị quyết liên tịch", "102", "NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 102/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"),
 D("Chỉ thị", "46", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 46-CT/TW"),
 D("Kế hoạch", "07", "KH-MTTQ", "2026-02-09", "Ban Thường trực Ủy ban MTTQ Việt Nam phường", "Kế hoạch số 07/KH-MTTQ ngày 9/2/2026"),
 D("Quyết định", "338", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 338/QĐ-TTg")],
[prov("Đồng Nai"), com("Long Bình"), com("Trấn Biên"), com("Hố Nai")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Trang chủ › Bầu cử đại biểu Quốc hội và HĐND các cấp", "(ĐN)",
 "Người ứng cử trình bày chương trình hành động. Ảnh: Hoàng Lộc", "Luật Công đoàn", "Khu công nghiệp Amata", "Ủy ban bầu cử tỉnh"],
["Thứ Sáu, 27/2/2026 - 20:15", "khóa XVI", "nhiệm kỳ 2026 - 2031", "năm 2026", "6 tháng tuổi", "15/3/2026", "tháng 2"]))
