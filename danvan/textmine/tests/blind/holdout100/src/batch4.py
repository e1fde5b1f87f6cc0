from lib import *
PAGES = []

PAGES.append(page("b2375-tayninh-btgdv-giaoban-quy3-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TÂY NINH
Trang chủ › Dân vận › Giao ban khối
Ngày đăng 09/10/2025 | 16:20
Ổn định quan hệ lao động trong các khu công nghiệp sau sáp nhập
Chiều 8/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Tây Ninh tổ chức giao ban công tác dân vận quý III năm 2025 với Ủy ban MTTQ Việt Nam tỉnh và Đảng ủy các xã, phường có khu công nghiệp. Đồng chí Nguyễn Thanh Vũ, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Quang cảnh hội nghị giao ban. Ảnh: Minh Tâm
Báo cáo cho biết, sau khi hợp nhất tỉnh Long An và tỉnh Tây Ninh theo Nghị quyết số 202/2025/QH15 của Quốc hội, tỉnh Tây Ninh mới có 51 khu công nghiệp và 64 cụm công nghiệp với khoảng 480.000 lao động. Trong quý III, xảy ra 6 vụ ngừng việc tập thể với 5.300 người lao động tham gia, chủ yếu ở doanh nghiệp giày da, may mặc thiếu đơn hàng do ảnh hưởng của chính sách thuế đối ứng; 4 vụ đã được giải quyết, 2 vụ đang tiếp tục thương lượng.
Ban Tuyên giáo và Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 15, 16-KH/TU về công tác dân vận trong doanh nghiệp và về nắm tình hình tư tưởng công nhân sau sắp xếp đơn vị hành chính; ban hành Hướng dẫn số 04-HD/BTGDVTU hướng dẫn Đảng ủy các xã, phường xây dựng khối dân vận. Liên đoàn Lao động tỉnh đã vận động 82 doanh nghiệp giữ việc làm cho công nhân, hỗ trợ 3,4 tỷ đồng cho 6.800 đoàn viên bị giảm giờ làm. Công đoàn các khu công nghiệp cũng phối hợp tổ chức 3 phiên giao dịch việc làm, giới thiệu việc làm mới cho 1.250 công nhân bị chấm dứt hợp đồng lao động.
Tại giao ban, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Thạch Thị Sô Phia, Đoàn Minh Luân, Võ Thị Kiều, báo cáo kết quả vận động Quỹ "Vì người nghèo" và đợt giám sát việc đóng bảo hiểm xã hội tại 24 doanh nghiệp. Ông Lê Văn Trọng, Bí thư Đảng ủy xã Đức Hòa, cho biết xã có hơn 90.000 công nhân tạm trú, đã thành lập 18 tổ tự quản nhà trọ. Bà Sa Ly Na, người Chăm, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Trảng Bàng, đề nghị có chính sách hỗ trợ học phí cho con công nhân.
Kết luận giao ban, đồng chí Nguyễn Thanh Vũ đề nghị trong quý IV các xã, phường có khu công nghiệp chủ động nắm tình hình, không để xảy ra ngừng việc kéo dài; chuẩn bị chu đáo chương trình "Tết Sum vầy" năm 2026 với chỉ tiêu 20.000 phần quà cho công nhân khó khăn; triển khai Luật Công đoàn năm 2024 đến từng công đoàn cơ sở.
Thanh Trúc
Tin liên quan
- Xã Hậu Nghĩa ra mắt mô hình "Nhà trọ an toàn" (02/10/2025)
- Hội nghị người có uy tín tỉnh Tây Ninh năm 2025 (25/09/2025)
- Phường Tân Ninh đối thoại với nhân dân (18/09/2025)
""", "2025-10-09", "Ổn định quan hệ lao động trong các khu công nghiệp sau sáp nhập",
E("giao_ban", "2025-Q3", "2025-10-08"),
[P("Nguyễn Thanh Vũ", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Thị Sô Phia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đoàn Minh Luân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Thị Kiều", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Trọng", "Bí thư Đảng ủy xã Đức Hòa"),
 P("Sa Ly Na", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Trảng Bàng")],
[Q("51 khu công nghiệp", 51, "khu công nghiệp"), Q("64 cụm công nghiệp", 64, "cụm công nghiệp"),
 Q("khoảng 480.000 lao động", 480000, "lao động", "approx"), Q("6 vụ ngừng việc tập thể", 6, "vụ ngừng việc tập thể"),
 Q("5.300 người lao động", 5300, "người lao động"), Q("4 vụ", 4, "vụ"), Q("2 vụ", 2, "vụ"),
 Q("82 doanh nghiệp", 82, "doanh nghiệp"), Q("3,4 tỷ đồng", 3400000000, "đồng"), Q("6.800 đoàn viên", 6800, "đoàn viên"), Q("3 phiên giao dịch việc làm", 3, "phiên giao dịch việc làm"), Q("1.250 công nhân", 1250, "công nhân"),
 Q("24 doanh nghiệp", 24, "doanh nghiệp"), Q("hơn 90.000 công nhân tạm trú", 90000, "công nhân tạm trú", "over"),
 Q("18 tổ tự quản nhà trọ", 18, "tổ tự quản nhà trọ"), Q("20.000 phần quà", 20000, "phần quà")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Kế hoạch", "15", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 15, 16-KH/TU"),
 D("Kế hoạch", "16", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 15, 16-KH/TU"),
 D("Hướng dẫn", "04", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 04-HD/BTGDVTU")],
[prov("Tây Ninh"), prov("Long An"), com("Đức Hòa"), com("Trảng Bàng")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TÂY NINH", "Trang chủ › Dân vận › Giao ban khối", "Quang cảnh hội nghị giao ban. Ảnh: Minh Tâm",
 "Vì người nghèo", "Tết Sum vầy", "Luật Công đoàn năm 2024", "Thanh Trúc"],
["Ngày đăng 09/10/2025 | 16:20", "quý III năm 2025", "Trong quý III", "quý IV", "năm 2026"]))

PAGES.append(page("b2376-bacninh-daihoi-dangbo-kcn-2025", """
Báo Bắc Ninh và Phát thanh, Truyền hình Bắc Ninh
Trang chủ / Chính trị / Xây dựng Đảng
Thứ Ba, 26/08/2025, 17:30
Các đại biểu bỏ phiếu bầu Ban Chấp hành Đảng bộ nhiệm kỳ 2025 - 2030.
Đại hội Đảng bộ các Khu công nghiệp tỉnh lần thứ I: đoàn kết, đổi mới, phát triển
Ngày 25/8, Đảng bộ các Khu công nghiệp tỉnh Bắc Ninh tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đây là đảng bộ được thành lập sau khi hợp nhất tỉnh Bắc Giang và tỉnh Bắc Ninh, trực thuộc Đảng ủy các cơ quan Đảng tỉnh. Dự đại hội có đồng chí Nguyễn Văn Gấu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy và 198 đại biểu chính thức thay mặt cho 3.150 đảng viên sinh hoạt ở 86 tổ chức cơ sở đảng.
Báo cáo chính trị cho biết, các khu công nghiệp trên địa bàn tỉnh hiện thu hút hơn 1.900 dự án với khoảng 520.000 lao động. Nhiệm kỳ qua, các tổ chức đảng trong khu công nghiệp đã kết nạp 1.260 đảng viên mới, trong đó 74% là công nhân trực tiếp sản xuất; thành lập mới 27 chi bộ trong doanh nghiệp có vốn đầu tư nước ngoài. Công đoàn các khu công nghiệp đã tổ chức 2.400 cuộc đối thoại định kỳ, giải quyết 31 vụ ngừng việc tập thể; 100% doanh nghiệp có công đoàn cơ sở ký thỏa ước lao động tập thể.
Đại hội xác định chỉ tiêu nhiệm kỳ 2025 - 2030: kết nạp ít nhất 1.500 đảng viên; 90% doanh nghiệp có từ 300 lao động trở lên có tổ chức đảng hoặc đảng viên; xây dựng 3 thiết chế công đoàn với 5.000 căn hộ cho công nhân; thực hiện phương châm "4 đồng hành" với doanh nghiệp.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Gấu đề nghị Đảng bộ thực hiện tốt Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân và Kết luận 03, 04-KL/TU của Ban Thường vụ Tỉnh ủy, chú trọng phát triển đảng viên là công nhân người dân tộc thiểu số; phối hợp với Đảng ủy phường Việt Yên, Đảng ủy xã Yên Phong làm tốt công tác dân vận ở khu nhà trọ.
Đại hội đã bầu Ban Chấp hành Đảng bộ nhiệm kỳ 2025 - 2030 gồm 21 đồng chí. Đồng chí Lăng Văn Quyết, người Nùng, được tín nhiệm giữ chức Bí thư Đảng ủy các Khu công nghiệp tỉnh; các đồng chí Trần Thị Hồng Nhung, Hoàng A Sáng được bầu làm Phó Bí thư Đảng ủy. Đồng chí La Thị Duyên, Chủ tịch Công đoàn Công ty TNHH Điện tử Hòa Bình, đại biểu trẻ nhất đại hội, cho biết sẽ vận động 30 công nhân ưu tú của công ty vào Đảng trong năm 2026.
Đại hội bầu 15 đại biểu đi dự Đại hội Đảng bộ tỉnh lần thứ I.
Bích Ngọc
Tin khác
- Phường Nếnh: đối thoại với công nhân về nhà ở xã hội (20/08/2025)
- Đại hội Đảng bộ xã Tân Yên lần thứ I (12/08/2025)
- Trao 50 suất quà cho công nhân khó khăn (05/08/2025)
""", "2025-08-26", "Đại hội Đảng bộ các Khu công nghiệp tỉnh lần thứ I: đoàn kết, đổi mới, phát triển",
E("dai_hoi", None, "2025-08-25"),
[P("Nguyễn Văn Gấu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lăng Văn Quyết", "Bí thư Đảng ủy các Khu công nghiệp tỉnh"),
 P("Trần Thị Hồng Nhung", "Phó Bí thư Đảng ủy"),
 P("Hoàng A Sáng", "Phó Bí thư Đảng ủy"),
 P("La Thị Duyên", "Chủ tịch Công đoàn Công ty TNHH Điện tử Hòa Bình")],
[Q("198 đại biểu chính thức", 198, "đại biểu chính thức"), Q("3.150 đảng viên", 3150, "đảng viên"),
 Q("86 tổ chức cơ sở đảng", 86, "tổ chức cơ sở đảng"), Q("hơn 1.900 dự án", 1900, "dự án", "over"),
 Q("khoảng 520.000 lao động", 520000, "lao động", "approx"), Q("1.260 đảng viên mới", 1260, "đảng viên mới"), Q("74%", 74, "%"),
 Q("27 chi bộ", 27, "chi bộ"), Q("2.400 cuộc đối thoại định kỳ", 2400, "cuộc đối thoại định kỳ"),
 Q("31 vụ ngừng việc tập thể", 31, "vụ ngừng việc tập thể"), Q("100%", 100, "%"), Q("ít nhất 1.500 đảng viên", 1500, "đảng viên", "over"),
 Q("90%", 90, "%"), Q("3 thiết chế công đoàn", 3, "thiết chế công đoàn"), Q("5.000 căn hộ", 5000, "căn hộ"),
 Q("21 đồng chí", 21, "đồng chí"), Q("30 công nhân ưu tú", 30, "công nhân ưu tú"), Q("15 đại biểu", 15, "đại biểu")],
[D("Nghị quyết", "68", "NQ/TW", "2025-05-04", "Bộ Chính trị", "Nghị quyết số 68-NQ/TW ngày 04/5/2025"),
 D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU")],
[prov("Bắc Ninh"), prov("Bắc Giang"), com("Việt Yên"), com("Yên Phong")],
["Báo Bắc Ninh và Phát thanh, Truyền hình Bắc Ninh", "Trang chủ / Chính trị / Xây dựng Đảng",
 "Các đại biểu bỏ phiếu bầu Ban Chấp hành Đảng bộ nhiệm kỳ 2025 - 2030.", "4 đồng hành", "Bích Ngọc"],
["Thứ Ba, 26/08/2025, 17:30", "lần thứ I", "nhiệm kỳ 2025 - 2030", "Nhiệm kỳ qua", "4 đồng hành", "300 lao động", "21 đồng chí",
 "năm 2026"]))

PAGES.append(page("b2377-dongnai-phuonglongbinh-doithoai-2025", """
ĐẢNG ỦY PHƯỜNG LONG BÌNH - TỈNH ĐỒNG NAI
Trang chủ >> Tin hoạt động >> Dân vận
20/11/2025 10:05 (GMT+7)
Bí thư Đảng ủy phường đối thoại với công nhân về nhà trọ, an ninh trật tự
Sáng 19/11, Đảng ủy, UBND phường Long Bình tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền phường với công nhân lao động năm 2025. Chủ trì đối thoại có đồng chí Hồ Văn Nam, Bí thư Đảng ủy, Chủ tịch HĐND phường và bà Lê Thị Thu Trang, Phó Bí thư Đảng ủy, Chủ tịch UBND phường. Tham dự có khoảng 200 công nhân đang làm việc tại 12 doanh nghiệp trong Khu công nghiệp Amata và Khu công nghiệp Loteco.
Đồng chí Hồ Văn Nam phát biểu tại buổi đối thoại.
Hội nghị được tổ chức theo Kế hoạch số 18-KH/ĐU ngày 03/10/2025 của Đảng ủy phường, thực hiện Luật Thực hiện dân chủ ở cơ sở. Phường Long Bình, tỉnh Đồng Nai mới được thành lập từ ngày 01/7/2025, hiện có khoảng 26.000 công nhân tạm trú trong 3.600 phòng trọ, nhiều người là đồng bào S'tiêng, Mnông, Khmer từ khu vực tỉnh Bình Phước cũ và các tỉnh miền Tây.
Tại đối thoại, công nhân nêu 14 ý kiến. Chị Điểu Thị Bé, quê xã Bình Tân, phản ánh khu trọ chị ở thường xuyên bị mất trộm xe máy, đường vào khu trọ thiếu đèn chiếu sáng. Anh Lâm Sa Rin đề nghị phường hỗ trợ thủ tục đăng ký tạm trú trực tuyến cho công nhân vì làm ca không thể đến trụ sở trong giờ hành chính. Nhiều ý kiến hỏi về mức lương tối thiểu mới và chính sách gửi trẻ.
Trả lời các ý kiến, bà Lê Thị Thu Trang cho biết, từ ngày 01/01/2026, mức lương tối thiểu vùng I theo Nghị định 293/2025/NĐ-CP của Chính phủ là 5.310.000 đồng/tháng; phường sẽ phối hợp với Công đoàn các Khu công nghiệp kiểm tra việc áp dụng tại doanh nghiệp. Trong tháng 12, phường sẽ lắp thêm 48 camera an ninh và 120 bóng đèn chiếu sáng tại các khu trọ, kinh phí khoảng 860 triệu đồng do nhân dân và doanh nghiệp đóng góp.
Ông Trịnh Quang Huy, Phó Trưởng Công an phường, cho biết từ đầu năm 2025 đã tiếp nhận 37 vụ trộm cắp tài sản trong khu trọ, điều tra làm rõ 29 vụ. Bà Hà Thị Lan Anh, Chủ tịch Ủy ban MTTQ Việt Nam phường cho biết Mặt trận đã vận động 1,2 tỷ đồng hỗ trợ 85 công nhân bị mất việc và sẽ trao 500 phần quà Tết năm 2026.
Kết luận buổi đối thoại, đồng chí Hồ Văn Nam giao các ban xây dựng Đảng, khối dân vận phường tổng hợp các ý kiến chưa trả lời để trả lời bằng văn bản trong vòng 10 ngày; đề nghị các doanh nghiệp duy trì đối thoại định kỳ 3 tháng một lần với người lao động.
Văn phòng Đảng ủy phường
Tin khác
- Phường Long Bình ra mắt 6 tổ tự quản khu trọ (12/11/2025)
- Trao 30 suất học bổng cho con công nhân (05/11/2025)
- Hội nghị giao ban khối dân vận tháng 10 (28/10/2025)
""", "2025-11-20", "Bí thư Đảng ủy phường đối thoại với công nhân về nhà trọ, an ninh trật tự",
E("doi_thoai", "2025", "2025-11-19"),
[P("Hồ Văn Nam", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
 P("Lê Thị Thu Trang", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Điểu Thị Bé"),
 P("Lâm Sa Rin"),
 P("Trịnh Quang Huy", "Phó Trưởng Công an phường"),
 P("Hà Thị Lan Anh", "Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("khoảng 200 công nhân", 200, "công nhân", "approx"), Q("12 doanh nghiệp", 12, "doanh nghiệp"),
 Q("khoảng 26.000 công nhân tạm trú", 26000, "công nhân tạm trú", "approx"), Q("3.600 phòng trọ", 3600, "phòng trọ"),
 Q("14 ý kiến", 14, "ý kiến"), Q("5.310.000 đồng", 5310000, "đồng"), Q("48 camera an ninh", 48, "camera an ninh"),
 Q("120 bóng đèn chiếu sáng", 120, "bóng đèn chiếu sáng"), Q("khoảng 860 triệu đồng", 860000000, "đồng", "approx"),
 Q("37 vụ trộm cắp tài sản", 37, "vụ trộm cắp tài sản"), Q("29 vụ", 29, "vụ"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("85 công nhân", 85, "công nhân"), Q("500 phần quà", 500, "phần quà")],
[D("Kế hoạch", "18", "KH/ĐU", "2025-10-03", "Đảng ủy phường", "Kế hoạch số 18-KH/ĐU ngày 03/10/2025"),
 D("Nghị định", "293", "2025/NĐ-CP", None, "Chính phủ", "Nghị định 293/2025/NĐ-CP")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Long Bình"), com("Bình Tân")],
["ĐẢNG ỦY PHƯỜNG LONG BÌNH - TỈNH ĐỒNG NAI", "Trang chủ >> Tin hoạt động >> Dân vận", "Đồng chí Hồ Văn Nam phát biểu tại buổi đối thoại.",
 "Luật Thực hiện dân chủ ở cơ sở", "Văn phòng Đảng ủy phường", "Khu công nghiệp Amata"],
["20/11/2025 10:05 (GMT+7)", "năm 2025", "01/7/2025", "01/01/2026", "vùng I", "Trong tháng 12", "năm 2026", "10 ngày",
 "3 tháng một lần"]))

PAGES.append(page("b2378-hochiminh-btgdv-tongket-kcx-2025", """
Hôm nay: Thứ Hai, 19/01/2026
BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH
Trang chủ | Dân vận | Công nhân, doanh nghiệp
Cập nhật: 08:30, 16/01/2026 (GMT+7)
Toàn cảnh hội nghị tổng kết.
Năm 2026: mọi doanh nghiệp có công đoàn phải đối thoại định kỳ với người lao động
Ngày 15/1, Ban Tuyên giáo và Dân vận Thành ủy Thành phố Hồ Chí Minh tổ chức hội nghị tổng kết công tác dân vận trong các khu chế xuất, khu công nghiệp năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Quách Ngọc Tuấn, Thành ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy chủ trì. Đây là năm đầu tiên tổng kết trên địa bàn Thành phố mới sau khi hợp nhất với tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu.
Theo báo cáo, toàn Thành phố hiện có 66 khu chế xuất, khu công nghiệp với khoảng 1,3 triệu lao động, trong đó hơn 60% là lao động nhập cư. Năm 2025 xảy ra 41 vụ ngừng việc tập thể với khoảng 38.000 người tham gia, giảm 12% so với năm 2024 (tính trên địa bàn 3 tỉnh, thành cũ). Các cấp công đoàn đã thành lập 356 công đoàn cơ sở, kết nạp 61.400 đoàn viên mới; tổ chức 5.200 cuộc đối thoại định kỳ; hỗ trợ hơn 148.000 lượt công nhân khó khăn với tổng kinh phí 96,5 tỷ đồng.
Ban Tuyên giáo và Dân vận Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành Chương trình hành động số 45-CTr/TU thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương, và Quyết định 95-QĐ/TU về quy chế phối hợp công tác dân vận trong doanh nghiệp. Chương trình "Tết Sum vầy" năm 2025 trao 120.000 phần quà và 9.500 vé xe, vé máy bay cho công nhân về quê.
Các đồng chí Ngô Thị Kim Yến, Mohamad Ka Rim - Phó Chủ tịch Ủy ban MTTQ Việt Nam Thành phố báo cáo kết quả giám sát việc đóng bảo hiểm xã hội; hiện còn 2.140 doanh nghiệp nợ bảo hiểm xã hội với số tiền khoảng 3.900 tỷ đồng. Bà Sơn Thị Ngọc Hân, người Khmer, Chủ tịch Công đoàn Công ty TNHH Giày Thuận Phát, phường Thuận An, chia sẻ cách tổ chức "Phiên chợ 0 đồng" hằng tháng cho 3.000 công nhân. Ông Võ Đình Phong, Bí thư Đảng ủy phường Tân Thuận, đề nghị có chính sách thuê nhà ở xã hội cho công nhân ngoài Thành phố.
Phát biểu chỉ đạo, đồng chí Lý Thị Ngọc Hương, Phó Bí thư Thành ủy, đề nghị năm 2026 phấn đấu 100% doanh nghiệp có công đoàn tổ chức đối thoại định kỳ; bảo đảm 100% công nhân có Tết; mỗi phường có khu công nghiệp có ít nhất 1 mô hình "Dân vận khéo" về chăm lo công nhân.
Dịp này, 40 tập thể, 55 cá nhân được Ủy ban nhân dân Thành phố tặng bằng khen.
Hải Đăng
Tin liên quan
- Phường Phú Mỹ: 4.000 công nhân dự ngày hội văn hóa (10/01/2026)
- Công đoàn Khu chế xuất Tân Thuận trao 1.000 suất quà (05/01/2026)
- Hội nghị người lao động Công ty Thép Phú Mỹ (29/12/2025)
""", "2026-01-16", "Năm 2026: mọi doanh nghiệp có công đoàn phải đối thoại định kỳ với người lao động",
E("tong_ket", "2025", "2026-01-15"),
[P("Quách Ngọc Tuấn", "Thành ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Ngô Thị Kim Yến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam Thành phố"),
 P("Mohamad Ka Rim", "Phó Chủ tịch Ủy ban MTTQ Việt Nam Thành phố"),
 P("Sơn Thị Ngọc Hân", "Chủ tịch Công đoàn Công ty TNHH Giày Thuận Phát"),
 P("Võ Đình Phong", "Bí thư Đảng ủy phường Tân Thuận"),
 P("Lý Thị Ngọc Hương", "Phó Bí thư Thành ủy")],
[Q("66 khu chế xuất, khu công nghiệp", 66, "khu chế xuất, khu công nghiệp"), Q("khoảng 1,3 triệu lao động", 1300000, "lao động", "approx"),
 Q("hơn 60%", 60, "%", "over"), Q("41 vụ ngừng việc tập thể", 41, "vụ ngừng việc tập thể"), Q("khoảng 38.000 người", 38000, "người", "approx"),
 Q("12%", 12, "%"), Q("3 tỉnh, thành cũ", 3, "tỉnh, thành cũ"), Q("356 công đoàn cơ sở", 356, "công đoàn cơ sở"), Q("61.400 đoàn viên mới", 61400, "đoàn viên mới"),
 Q("5.200 cuộc đối thoại định kỳ", 5200, "cuộc đối thoại định kỳ"), Q("hơn 148.000 lượt công nhân khó khăn", 148000, "lượt công nhân khó khăn", "over"),
 Q("96,5 tỷ đồng", 96500000000, "đồng"), Q("120.000 phần quà", 120000, "phần quà"), Q("9.500 vé xe, vé máy bay", 9500, "vé xe, vé máy bay"),
 Q("2.140 doanh nghiệp", 2140, "doanh nghiệp"), Q("khoảng 3.900 tỷ đồng", 3900000000000, "đồng", "approx"),
 Q("3.000 công nhân", 3000, "công nhân"), Q("100%", 100, "%"), Q("100% công nhân", 100, "%"), Q("40 tập thể", 40, "tập thể"), Q("55 cá nhân", 55, "cá nhân")],
[D("Chương trình hành động", "45", "CTr/TU", None, "Ban Thường vụ Thành ủy", "Chương trình hành động số 45-CTr/TU"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Quyết định", "95", "QĐ/TU", None, "Ban Thường vụ Thành ủy", "Quyết định 95-QĐ/TU")],
[prov("Hồ Chí Minh"), prov("Bình Dương"), prov("Bà Rịa - Vũng Tàu"), com("Thuận An"), com("Tân Thuận")],
["Hôm nay: Thứ Hai, 19/01/2026", "BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH", "Trang chủ | Dân vận | Công nhân, doanh nghiệp",
 "Toàn cảnh hội nghị tổng kết.", "Tết Sum vầy", "Phiên chợ 0 đồng", "Dân vận khéo", "Hải Đăng"],
["Hôm nay: Thứ Hai, 19/01/2026", "Cập nhật: 08:30, 16/01/2026 (GMT+7)", "Năm 2026", "năm 2025", "năm 2024", "năm đầu tiên",
 "Phiên chợ 0 đồng", "1 mô hình", "hằng tháng"]))

PAGES.append(page("b2379-phutho-btgdv-taphuan-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY PHÚ THỌ
Trang chủ » Tin tức » Bồi dưỡng nghiệp vụ
24/03/2026 - 09:15
Bồi dưỡng nghiệp vụ dân vận, công đoàn cho cán bộ các xã, phường có khu công nghiệp
Trong 2 ngày 23 và 24/3, Ban Tuyên giáo và Dân vận Tỉnh ủy Phú Thọ phối hợp với Liên đoàn Lao động tỉnh tổ chức lớp bồi dưỡng nghiệp vụ công tác dân vận, công đoàn trong doanh nghiệp năm 2026 cho 210 học viên là cán bộ khối dân vận, chủ tịch công đoàn cơ sở ở 38 xã, phường có khu công nghiệp, cụm công nghiệp. Đồng chí Bùi Văn Kiên, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dự và phát biểu khai mạc.
Các học viên tại lớp bồi dưỡng. Ảnh: Quang Nam
Theo đồng chí Bùi Văn Kiên, sau khi hợp nhất 3 tỉnh Phú Thọ, Vĩnh Phúc, Hòa Bình, tỉnh có 35 khu công nghiệp với khoảng 310.000 lao động, trong đó hơn 18.000 lao động là người Mường, Dao, Tày. Năm 2025, toàn tỉnh xảy ra 9 vụ ngừng việc tập thể, 2 vụ kéo dài hơn 3 ngày do cán bộ cơ sở chưa nắm được tình hình từ sớm.
Tại lớp học, bà Đinh Thị Nhàn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Liên đoàn Lao động tỉnh giới thiệu những điểm mới của Luật Công đoàn năm 2024 và Nghị định 293/2025/NĐ-CP của Chính phủ về mức lương tối thiểu. Đồng chí Quách Văn Sinh, vừa được bổ nhiệm giữ chức Trưởng phòng Công tác dân vận Ban Tuyên giáo và Dân vận Tỉnh ủy, hướng dẫn thực hiện Kết luận 12, 13-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong doanh nghiệp và về xây dựng khối dân vận cấp xã, cùng Hướng dẫn số 02-HD/BTGDVTU ngày 10/01/2026. Ông Triệu Văn Phú, Phó Giám đốc Sở Dân tộc và Tôn giáo trao đổi về kỹ năng vận động công nhân người dân tộc thiểu số.
Học viên được thực hành xử lý 5 tình huống, trong đó có tình huống 1.500 công nhân tập trung trước cổng nhà máy đòi tiền thưởng. Chị Hà Thị Thu, Chủ tịch Công đoàn Công ty TNHH Điện tử Tam Dương, xã Bình Xuyên, cho biết công ty có 4.200 lao động, mỗi tháng công đoàn tổ chức 1 buổi đối thoại theo tổ. Anh Đặng Văn Tiến, Bí thư Đoàn phường Phúc Yên, đề xuất lập nhóm Zalo kết nối 46 tổ trưởng tổ tự quản nhà trọ để nắm tình hình hằng ngày. Đại diện xã Lương Sơn nêu khó khăn vì 60% công nhân trên địa bàn làm việc ở tỉnh khác rồi về ở trọ.
Năm 2026, Ban Tuyên giáo và Dân vận Tỉnh ủy phấn đấu 100% xã, phường có khu công nghiệp thành lập tổ nắm tình hình công nhân; Liên đoàn Lao động tỉnh dành 4,8 tỷ đồng cho chương trình "Tết Sum vầy" và xây dựng 60 "Mái ấm Công đoàn". Kết thúc lớp học, 210 học viên được cấp giấy chứng nhận.
Hà Trang
Tin liên quan
- Xã Bình Xuyên đối thoại với công nhân Khu công nghiệp Bá Thiện (17/03/2026)
- Giao ban khối dân vận quý I (10/03/2026)
- Trao 200 suất quà cho công nhân khó khăn (02/03/2026)
""", "2026-03-24", "Bồi dưỡng nghiệp vụ dân vận, công đoàn cho cán bộ các xã, phường có khu công nghiệp",
E("tap_huan", "2026", "2026-03-23"),
[P("Bùi Văn Kiên", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Thị Nhàn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Quách Văn Sinh", "Trưởng phòng Công tác dân vận Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Triệu Văn Phú", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Hà Thị Thu", "Chủ tịch Công đoàn Công ty TNHH Điện tử Tam Dương"),
 P("Đặng Văn Tiến", "Bí thư Đoàn phường Phúc Yên")],
[Q("210 học viên", 210, "học viên"), Q("38 xã, phường", 38, "xã, phường"), Q("3 tỉnh", 3, "tỉnh"),
 Q("35 khu công nghiệp", 35, "khu công nghiệp"), Q("khoảng 310.000 lao động", 310000, "lao động", "approx"),
 Q("hơn 18.000 lao động", 18000, "lao động", "over"), Q("9 vụ ngừng việc tập thể", 9, "vụ ngừng việc tập thể"), Q("2 vụ", 2, "vụ"),
 Q("5 tình huống", 5, "tình huống"), Q("1.500 công nhân", 1500, "công nhân"), Q("4.200 lao động", 4200, "lao động"),
 Q("46 tổ trưởng tổ tự quản nhà trọ", 46, "tổ trưởng tổ tự quản nhà trọ"), Q("60%", 60, "%"), Q("100%", 100, "%"),
 Q("4,8 tỷ đồng", 4800000000, "đồng"), Q('60 "Mái ấm Công đoàn"', 60, "Mái ấm Công đoàn")],
[D("Nghị định", "293", "2025/NĐ-CP", None, "Chính phủ", "Nghị định 293/2025/NĐ-CP"),
 D("Kết luận", "12", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 12, 13-KL/TU"),
 D("Kết luận", "13", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 12, 13-KL/TU"),
 D("Hướng dẫn", "02", "HD/BTGDVTU", "2026-01-10", None, "Hướng dẫn số 02-HD/BTGDVTU ngày 10/01/2026")],
[prov("Phú Thọ"), prov("Vĩnh Phúc"), prov("Hòa Bình"), com("Bình Xuyên"), com("Phúc Yên"), com("Lương Sơn")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY PHÚ THỌ", "Trang chủ » Tin tức » Bồi dưỡng nghiệp vụ", "Các học viên tại lớp bồi dưỡng. Ảnh: Quang Nam",
 "Luật Công đoàn năm 2024", "Tết Sum vầy", "Mái ấm Công đoàn", "Hà Trang"],
["24/03/2026 - 09:15", "Trong 2 ngày", "năm 2026", "Năm 2025", "3 ngày", "1 buổi đối thoại", "hằng ngày", "Năm 2026"]))

PAGES.append(page("b2380-hungyen-ngungviec-giayvinhthinh-2026", """
Báo và Phát thanh, Truyền hình Hưng Yên
Xã hội › Lao động - Việc làm
Thứ Tư, 08/04/2026 | 11:20
Hơn 2.000 công nhân trở lại làm việc sau 2 ngày ngừng việc
Sáng 7/4, hơn 2.000 công nhân Công ty TNHH Giày Vĩnh Thịnh ở xã Tiền Hải, tỉnh Hưng Yên đã trở lại làm việc bình thường sau 2 ngày ngừng việc tập thể. Công ty đã chấp nhận 12/15 kiến nghị của người lao động sau buổi làm việc với các cơ quan chức năng của tỉnh và xã.
Công nhân Công ty TNHH Giày Vĩnh Thịnh vào ca sáng 7/4.
Trước đó, từ sáng 5/4, công nhân tập trung tại sân nhà máy, không vào ca vì công ty thông báo giảm phụ cấp chuyên cần từ 500.000 đồng xuống 300.000 đồng/tháng và tăng định mức sản phẩm thêm 8%. Công ty hiện có 2.350 lao động, phần lớn là nữ, nhiều người là đồng bào Mông, Dao từ tỉnh Tuyên Quang, tỉnh Lào Cai.
Ngay trong ngày 5/4, Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo Ủy ban MTTQ Việt Nam tỉnh, Liên đoàn Lao động tỉnh, Sở Nội vụ và UBND xã Tiền Hải cử cán bộ đến nắm tình hình, vận động công nhân giữ bình tĩnh, không để kẻ xấu lôi kéo. Ngày 6/4, đoàn công tác do bà Nguyễn Thị Hương Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Liên đoàn Lao động tỉnh dẫn đầu đã làm việc với ông Kim Jae Won, Tổng Giám đốc Công ty. Đại diện ban chấp hành công đoàn cơ sở đã tập hợp 15 kiến nghị của công nhân.
Kết quả, công ty giữ nguyên mức phụ cấp chuyên cần, không tăng định mức; tăng phụ cấp nhà ở thêm 200.000 đồng/người/tháng từ tháng 4/2026; trả đủ tiền lương những ngày ngừng việc cho người lao động. Theo tính toán, chi phí tăng thêm của công ty khoảng 5,4 tỷ đồng/năm. 3 kiến nghị còn lại liên quan đến thời gian nghỉ giữa ca sẽ được bàn tại hội nghị người lao động tháng 5/2026.
Chị Vàng Thị Say, người Mông, cho biết: "Chúng em chỉ mong được nói để công ty nghe. Giờ công ty đồng ý rồi thì ai cũng yên tâm làm việc". Ông Phạm Văn Chiến, Chủ tịch UBND xã Tiền Hải, cho biết xã sẽ phối hợp với công đoàn duy trì tổ nắm tình hình tại 27 khu trọ với khoảng 1.600 công nhân.
Theo Liên đoàn Lao động tỉnh, quý I/2026, toàn tỉnh xảy ra 3 vụ ngừng việc tập thể với 4.100 người tham gia, đều liên quan tiền lương, phụ cấp. Ban Tuyên giáo và Dân vận Tỉnh ủy đã ban hành Công văn số 12-CV/BTGDVTU đề nghị Đảng ủy các xã, phường có khu công nghiệp chỉ đạo doanh nghiệp thực hiện nghiêm việc đối thoại định kỳ theo Nghị định 145/2020/NĐ-CP của Chính phủ.
Đức Minh
Tin liên quan
- Xã Nam Cường ra mắt tổ tự quản khu trọ công nhân (01/04/2026)
- Đối thoại với công nhân Khu công nghiệp Phố Nối A (26/03/2026)
- Giao ban khối dân vận quý I năm 2026 (20/03/2026)
""", "2026-04-08", "Hơn 2.000 công nhân trở lại làm việc sau 2 ngày ngừng việc",
E("khac", None, None),
[P("Nguyễn Thị Hương Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Kim Jae Won", "Tổng Giám đốc Công ty"),
 P("Vàng Thị Say"),
 P("Phạm Văn Chiến", "Chủ tịch UBND xã Tiền Hải")],
[Q("hơn 2.000 công nhân", 2000, "công nhân", "over"), Q("12/15 kiến nghị", 12, "kiến nghị"),
 Q("500.000 đồng", 500000, "đồng"), Q("300.000 đồng", 300000, "đồng"), Q("8%", 8, "%"), Q("2.350 lao động", 2350, "lao động"),
 Q("15 kiến nghị", 15, "kiến nghị"), Q("200.000 đồng", 200000, "đồng"), Q("khoảng 5,4 tỷ đồng", 5400000000, "đồng", "approx"),
 Q("3 kiến nghị", 3, "kiến nghị"), Q("27 khu trọ", 27, "khu trọ"), Q("khoảng 1.600 công nhân", 1600, "công nhân", "approx"),
 Q("3 vụ ngừng việc tập thể", 3, "vụ ngừng việc tập thể"), Q("4.100 người", 4100, "người")],
[D("Công văn", "12", "CV/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Công văn số 12-CV/BTGDVTU"),
 D("Nghị định", "145", "2020/NĐ-CP", None, "Chính phủ", "Nghị định 145/2020/NĐ-CP")],
[prov("Hưng Yên"), prov("Tuyên Quang"), prov("Lào Cai"), com("Tiền Hải")],
["Báo và Phát thanh, Truyền hình Hưng Yên", "Xã hội › Lao động - Việc làm", "Công nhân Công ty TNHH Giày Vĩnh Thịnh vào ca sáng 7/4.",
 "Đức Minh"],
["Thứ Tư, 08/04/2026 | 11:20", "2 ngày", "tháng 4/2026", "tháng 5/2026", "quý I/2026"]))
