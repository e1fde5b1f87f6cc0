from lib import *
PAGES = []

PAGES.append(page("b4577-binhduong-ubnd-doithoai-2022", """
BÁO BÌNH DƯƠNG ONLINE - Cơ quan của Đảng bộ tỉnh Bình Dương
Hôm nay: Thứ Tư, 28/09/2022
Xã hội > Lao động - Việc làm
Cập nhật: 09:42, 28/09/2022 (GMT+7)
Công nhân mong được tăng ca trở lại, giảm tiền trọ
(BDO) Chiều 27/9, tại thành phố Thuận An, UBND tỉnh phối hợp LĐLĐ tỉnh tổ chức Hội nghị đối thoại giữa lãnh đạo tỉnh với công nhân lao động năm 2022. Đồng chí Nguyễn Minh Quang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và đồng chí Đặng Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Khoảng 300 công nhân của 64 doanh nghiệp dự đối thoại trực tiếp, 1.500 công nhân theo dõi qua 12 điểm cầu tại các khu công nghiệp.
Đồng chí Nguyễn Minh Quang trả lời ý kiến của công nhân. Ảnh: Quang Tâm
Mở đầu, Phó Chủ tịch UBND tỉnh Trần Thị Hồng Vân thông tin, Bình Dương hiện có hơn 1,2 triệu lao động, trong đó khoảng 80% là người ngoại tỉnh. Thực hiện Chương trình hành động số 25-CTr/TU của Tỉnh ủy về xây dựng giai cấp công nhân và Quy chế phối hợp số 05/QCPH-UBND-LĐLĐ giữa UBND tỉnh với LĐLĐ tỉnh, từ đầu năm đến nay đã có 9.860 doanh nghiệp điều chỉnh lương theo Nghị định 38/2022/NĐ-CP của Chính phủ, đạt 97,3%.
Tại hội nghị, công nhân đã nêu 27 ý kiến. Anh Sùng A Chứ (quê Hà Giang), làm việc tại phường Bình Chuẩn, cho biết từ tháng 8 công ty anh cắt tăng ca, thu nhập giảm còn khoảng 6 triệu đồng/tháng, trong khi tiền trọ, điện nước mất 2,2 triệu đồng. Chị Hà Thị Kim (dân tộc Mường, quê Hòa Bình) đề nghị có thêm trường mầm non công lập ở phường Thuận Giao vì con chị phải gửi trường tư 3 triệu đồng/tháng.
Trả lời, bà Lê Thị Thanh Thủy, Giám đốc Sở Lao động - Thương binh và Xã hội cho biết, qua nắm tình hình, có 46 doanh nghiệp giảm giờ làm, ảnh hưởng khoảng 41.000 lao động; Sở đã làm việc với từng doanh nghiệp để không chấm dứt hợp đồng hàng loạt. Ông Phạm Văn Lực, Chủ tịch LĐLĐ tỉnh cho biết năm 2022 công đoàn đã vận động 1.250 chủ nhà trọ không tăng giá phòng; trao 38 Mái ấm Công đoàn và hỗ trợ 2 triệu đồng cho mỗi đoàn viên có con nhỏ bị ảnh hưởng COVID-19.
Kết luận, đồng chí Nguyễn Minh Quang chỉ đạo các sở, ngành giải quyết dứt điểm các kiến nghị trong tháng 10; giao UBND thành phố Thuận An và các phường An Phú, Bình Chuẩn khảo sát quỹ đất xây trường mầm non. Tỉnh phấn đấu đến năm 2025 có ít nhất 10.000 căn nhà ở xã hội cho công nhân.
Quang Tâm
Lượt xem: 4.126
Tin liên quan
- Thuận An: 500 công nhân được khám bệnh, cấp thuốc miễn phí (24/09/2022)
- Khởi công dự án nhà ở xã hội 1.200 căn tại Bến Cát (15/09/2022)
- Công đoàn KCN VSIP II tổ chức ngày hội việc làm (08/09/2022)
""", "2022-09-28", "Công nhân mong được tăng ca trở lại, giảm tiền trọ",
E("doi_thoai", "2022", "2022-09-27"),
[P("Nguyễn Minh Quang", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Đặng Thị Hồng Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Hồng Vân", "Phó Chủ tịch UBND tỉnh"),
 P("Sùng A Chứ"), P("Hà Thị Kim"),
 P("Lê Thị Thanh Thủy", "Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Phạm Văn Lực", "Chủ tịch LĐLĐ tỉnh")],
[Q("Khoảng 300 công nhân", 300, "công nhân", "approx"), Q("64 doanh nghiệp", 64, "doanh nghiệp"),
 Q("1.500 công nhân", 1500, "công nhân"), Q("12 điểm cầu", 12, "điểm cầu"),
 Q("hơn 1,2 triệu lao động", 1200000, "lao động", "over"), Q("khoảng 80%", 80, "%", "approx"),
 Q("9.860 doanh nghiệp", 9860, "doanh nghiệp"), Q("97,3%", 97.3, "%"), Q("27 ý kiến", 27, "ý kiến"),
 Q("khoảng 6 triệu đồng/tháng", 6000000, "đồng", "approx"), Q("2,2 triệu đồng", 2200000, "đồng"),
 Q("3 triệu đồng/tháng", 3000000, "đồng"), Q("46 doanh nghiệp", 46, "doanh nghiệp"),
 Q("khoảng 41.000 lao động", 41000, "lao động", "approx"), Q("1.250 chủ nhà trọ", 1250, "chủ nhà trọ"),
 Q("38 Mái ấm Công đoàn", 38, "Mái ấm Công đoàn"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("ít nhất 10.000 căn nhà ở xã hội", 10000, "căn nhà ở xã hội", "over")],
[D("Chương trình hành động", "25", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 25-CTr/TU"),
 D("Quy chế phối hợp", "05", "QCPH-UBND-LĐLĐ", None, None, "Quy chế phối hợp số 05/QCPH-UBND-LĐLĐ"),
 D("Nghị định", "38", "2022/NĐ-CP", None, "Chính phủ", "Nghị định 38/2022/NĐ-CP")],
[prov("Bình Dương"), com("Bình Chuẩn"), com("Thuận Giao"), com("An Phú")],
["BÁO BÌNH DƯƠNG ONLINE - Cơ quan của Đảng bộ tỉnh Bình Dương", "Hôm nay: Thứ Tư, 28/09/2022", "Xã hội > Lao động - Việc làm", "(BDO)",
 "Đồng chí Nguyễn Minh Quang trả lời ý kiến của công nhân. Ảnh: Quang Tâm", "Lượt xem: 4.126"],
["Cập nhật: 09:42, 28/09/2022 (GMT+7)", "Hôm nay: Thứ Tư, 28/09/2022", "tháng 8", "tháng 10", "năm 2025", "COVID-19", "Lượt xem: 4.126"]))

PAGES.append(page("b4578-longan-ldld-maiam-2022", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH LONG AN
Trang chủ » Tin tức » Chăm lo đời sống đoàn viên
20/05/2022 - 10:05
Trao 12 Mái ấm Công đoàn cho công nhân khó khăn về nhà ở
Sáng 19/5, tại xã Long Hậu, huyện Cần Giuộc, LĐLĐ tỉnh tổ chức lễ trao 12 Mái ấm Công đoàn và 300 phần quà cho công nhân, người lao động có hoàn cảnh khó khăn nhân Tháng Công nhân năm 2022 và kỷ niệm 132 năm Ngày sinh Chủ tịch Hồ Chí Minh.
Ảnh: Lãnh đạo LĐLĐ tỉnh trao tiền hỗ trợ xây Mái ấm Công đoàn.
Dự buổi lễ có đồng chí Nguyễn Thanh Hải, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh; đồng chí Võ Thị Ngọc Thắm, Phó Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Huỳnh Văn Tòng, Lê Thị Mỹ Dung - Phó Chủ tịch LĐLĐ tỉnh cùng đại diện Ủy ban MTTQ Việt Nam huyện Cần Giuộc.
Theo đồng chí Nguyễn Thanh Hải, thực hiện Kế hoạch số 52, 53/KH-LĐLĐ của Ban Thường vụ LĐLĐ tỉnh về tổ chức Tháng Công nhân và chương trình "Mái ấm Công đoàn" năm 2022, mỗi căn nhà được hỗ trợ 50 triệu đồng từ quỹ "Tấm lòng vàng" và nguồn xã hội hóa, tổng số tiền 600 triệu đồng; mỗi phần quà trị giá 500.000 đồng. Từ năm 2011 đến nay, công đoàn tỉnh đã xây mới, sửa chữa 426 Mái ấm Công đoàn với tổng kinh phí trên 17,5 tỷ đồng.
Năm 2022, Tháng Công nhân được tổ chức với nhiều hoạt động thiết thực: ký kết 14 chương trình phúc lợi với doanh nghiệp cung cấp hàng hóa, dịch vụ giảm giá cho đoàn viên; khám bệnh miễn phí cho khoảng 2.000 công nhân; trao 350 suất học bổng cho con công nhân vượt khó học giỏi; tuyên truyền pháp luật lao động tại 45 khu nhà trọ ở xã Tân Kim, xã Long Hậu và các khu công nghiệp huyện Đức Hòa, Bến Lức. Toàn tỉnh Long An hiện có 132.600 đoàn viên công đoàn, trong đó trên 60% thuê trọ.
Cũng trong sáng 19/5, Công đoàn Khu công nghiệp Long Hậu phối hợp Ủy ban MTTQ xã Long Hậu ra mắt mô hình "Khu nhà trọ công nhân an toàn, văn minh" với 18 chủ nhà trọ tham gia, cam kết giữ giá phòng, giá điện, nước theo quy định và thông báo kịp thời cho công đoàn khi công nhân ốm đau, hoạn nạn.
Anh Thạch Ngọc Sơn (quê Trà Vinh), một trong 12 đoàn viên nhận Mái ấm, xúc động chia sẻ: "Vợ chồng tôi ở trọ gần 10 năm, nay được công đoàn hỗ trợ 50 triệu đồng, cộng với tiền dành dụm, gia đình sẽ có căn nhà nhỏ trên mảnh đất của cha mẹ vợ".
Đồng chí Võ Thị Ngọc Thắm đề nghị công đoàn các cấp tiếp tục phối hợp Mặt trận thực hiện Quyết định số 2125/QĐ-TLĐ của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam về chương trình "Mái ấm Công đoàn"; quan tâm công nhân có nguy cơ mất việc khi đơn hàng giảm.
Bảo Ngọc
Lượt xem: 734
Xem thêm
- Công đoàn Khu công nghiệp Tân Đức tổ chức ngày hội công nhân (15/05/2022)
- Long An: phát động Tháng Công nhân năm 2022 (02/05/2022)
- 100 công nhân được tặng vé xe về quê (28/01/2022)
""", "2022-05-20", "Trao 12 Mái ấm Công đoàn cho công nhân khó khăn về nhà ở",
E("trao_qua", None, "2022-05-19"),
[P("Nguyễn Thanh Hải", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Võ Thị Ngọc Thắm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Tòng", "Phó Chủ tịch LĐLĐ tỉnh"), P("Lê Thị Mỹ Dung", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Thạch Ngọc Sơn")],
[Q("12 Mái ấm Công đoàn", 12, "Mái ấm Công đoàn"), Q("300 phần quà", 300, "phần quà"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("600 triệu đồng", 600000000, "đồng"), Q("500.000 đồng", 500000, "đồng"),
 Q("426 Mái ấm Công đoàn", 426, "Mái ấm Công đoàn"), Q("trên 17,5 tỷ đồng", 17500000000, "đồng", "over"),
 Q("14 chương trình phúc lợi", 14, "chương trình phúc lợi"), Q("khoảng 2.000 công nhân", 2000, "công nhân", "approx"),
 Q("350 suất học bổng", 350, "suất học bổng"), Q("45 khu nhà trọ", 45, "khu nhà trọ"),
 Q("18 chủ nhà trọ", 18, "chủ nhà trọ"), Q("132.600 đoàn viên công đoàn", 132600, "đoàn viên công đoàn"), Q("trên 60%", 60, "%", "over")],
[D("Kế hoạch", "52", "KH-LĐLĐ", None, "Ban Thường vụ LĐLĐ tỉnh", "Kế hoạch số 52, 53/KH-LĐLĐ"),
 D("Kế hoạch", "53", "KH-LĐLĐ", None, "Ban Thường vụ LĐLĐ tỉnh", "Kế hoạch số 52, 53/KH-LĐLĐ"),
 D("Quyết định", "2125", "QĐ-TLĐ", None, "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Quyết định số 2125/QĐ-TLĐ")],
[prov("Long An"), com("Long Hậu"), com("Tân Kim")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH LONG AN", "Trang chủ » Tin tức » Chăm lo đời sống đoàn viên",
 "Ảnh: Lãnh đạo LĐLĐ tỉnh trao tiền hỗ trợ xây Mái ấm Công đoàn.", "Tháng Công nhân", "Tấm lòng vàng", "Mái ấm Công đoàn",
 "Khu công nghiệp Long Hậu", "Khu nhà trọ công nhân an toàn, văn minh", "Lượt xem: 734"],
["20/05/2022 - 10:05", "132 năm", "Từ năm 2011", "Năm 2022", "gần 10 năm", "một trong 12 đoàn viên", "Lượt xem: 734"]))

PAGES.append(page("b4579-dongnai-bdvtu-giaoban-2023", """
BAN DÂN VẬN THÀNH ỦY BIÊN HÒA
Trang chủ / Tin hoạt động / Khối dân vận
Thứ Sáu, 28/04/2023
Ảnh: Đồng chí Trịnh Văn Hoàng chủ trì buổi giao ban.
Quan tâm công nhân mất việc, giảm giờ làm ở khu nhà trọ
Ngày 27/4, Ban Dân vận Thành ủy tổ chức giao ban khối dân vận tháng 4/2023 với Ủy ban MTTQ Việt Nam, các đoàn thể thành phố và trưởng khối dân vận 29 phường, xã. Đồng chí Trịnh Văn Hoàng, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì; đồng chí Nguyễn Thị Thu Sương, Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy điều hành giao ban.
Báo cáo nhanh cho thấy, trong tháng 4, do thiếu đơn hàng, 17 doanh nghiệp trên địa bàn thành phố Biên Hòa, tỉnh Đồng Nai đã cắt giảm hoặc không ký tiếp hợp đồng với khoảng 6.200 lao động; 31 doanh nghiệp giảm giờ làm, cho nghỉ luân phiên ảnh hưởng trên 24.000 người. Tại các phường Tam Phước, Long Bình Tân, Trảng Dài, nhiều khu nhà trọ có tới 30-40% phòng bỏ trống; một bộ phận công nhân về quê hoặc chuyển sang làm xe ôm công nghệ, bán hàng rong.
Thực hiện Kết luận 38, 39-KL/TU của Ban Thường vụ Tỉnh ủy và kế hoạch số 214-KH/BDVTU của Ban Dân vận Thành ủy, khối dân vận đã nắm tình hình tại 146 khu nhà trọ, tổ chức 23 buổi đối thoại giữa chính quyền phường với người lao động. Hội Liên hiệp Phụ nữ thành phố giới thiệu việc làm cho 410 lao động nữ; Thành Đoàn hỗ trợ 85 triệu đồng học nghề cho 56 thanh niên công nhân. Ủy ban MTTQ các phường vận động 287 chủ nhà trọ giảm 200.000 - 500.000 đồng/phòng/tháng.
Đồng chí Lục Văn Sáng, Bí thư Đảng ủy phường Tam Phước cho biết, phường có hơn 8.000 công nhân ở trọ, nhiều người là đồng bào Tày, Nùng, Mông từ các tỉnh phía Bắc. Phường đã thành lập 12 "Tổ tự quản nhà trọ" có người dân tộc tham gia để nắm tình hình, giúp đỡ khi có người mất việc. Bà Hoàng Thị Mỷ, Tổ trưởng tổ tự quản khu trọ Phước Tân 2, đề xuất hỗ trợ gạo cho công nhân nữ đang nuôi con nhỏ.
Cũng tại giao ban, đồng chí Phạm Thị Bích Ngọc, Chủ tịch LĐLĐ thành phố cho biết công đoàn đã trao 1.200 phần quà cho công nhân mất việc, mỗi phần 400.000 đồng, và đề nghị doanh nghiệp thông báo sớm kế hoạch cắt giảm để công đoàn kịp hỗ trợ.
Kết luận, đồng chí Trịnh Văn Hoàng yêu cầu trong tháng 5 khối dân vận tập trung nắm tư tưởng công nhân mất việc, phối hợp Trung tâm Dịch vụ việc làm giới thiệu việc làm; mỗi phường, xã có ít nhất 1 điểm tư vấn pháp luật tại khu nhà trọ; thực hiện Nghị quyết 02-NQ/TW của Bộ Chính trị về đổi mới tổ chức và hoạt động Công đoàn.
Phương Thảo
Lượt truy cập: 287
Tin cùng chuyên mục
- Phường Long Bình ra mắt mô hình "Dân vận khéo" trong khu nhà trọ (20/04/2023)
- Giao ban khối dân vận quý I/2023 (31/03/2023)
- Thăm, tặng quà công nhân mất việc (15/03/2023)
""", "2023-04-28", "Quan tâm công nhân mất việc, giảm giờ làm ở khu nhà trọ",
E("giao_ban", "2023-04", "2023-04-27"),
[P("Trịnh Văn Hoàng", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Nguyễn Thị Thu Sương", "Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy"),
 P("Lục Văn Sáng", "Bí thư Đảng ủy phường Tam Phước"),
 P("Hoàng Thị Mỷ", "Tổ trưởng tổ tự quản khu trọ Phước Tân 2"),
 P("Phạm Thị Bích Ngọc", "Chủ tịch LĐLĐ thành phố")],
[Q("29 phường, xã", 29, "phường, xã"), Q("17 doanh nghiệp", 17, "doanh nghiệp"), Q("khoảng 6.200 lao động", 6200, "lao động", "approx"),
 Q("31 doanh nghiệp", 31, "doanh nghiệp"), Q("trên 24.000 người", 24000, "người", "over"), Q("30-40%", 30, "%"), Q("30-40%", 40, "%"),
 Q("146 khu nhà trọ", 146, "khu nhà trọ"), Q("23 buổi đối thoại", 23, "buổi đối thoại"), Q("410 lao động nữ", 410, "lao động nữ"),
 Q("85 triệu đồng", 85000000, "đồng"), Q("56 thanh niên công nhân", 56, "thanh niên công nhân"), Q("287 chủ nhà trọ", 287, "chủ nhà trọ"),
 Q("200.000", 200000, "đồng"), Q("500.000 đồng/phòng/tháng", 500000, "đồng"), Q("hơn 8.000 công nhân", 8000, "công nhân", "over"),
 Q("12 \"Tổ tự quản nhà trọ\"", 12, "Tổ tự quản nhà trọ"), Q("1.200 phần quà", 1200, "phần quà"), Q("400.000 đồng", 400000, "đồng"), Q("ít nhất 1 điểm tư vấn pháp luật", 1, "điểm tư vấn pháp luật", "over")],
[D("Kết luận", "38", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 38, 39-KL/TU"),
 D("Kết luận", "39", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 38, 39-KL/TU"),
 D("Kế hoạch", "214", "KH/BDVTU", None, "Ban Dân vận Thành ủy", "kế hoạch số 214-KH/BDVTU"),
 D("Nghị quyết", "02", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 02-NQ/TW")],
[prov("Đồng Nai"), com("Tam Phước"), com("Long Bình Tân"), com("Trảng Dài")],
["BAN DÂN VẬN THÀNH ỦY BIÊN HÒA", "Trang chủ / Tin hoạt động / Khối dân vận", "Ảnh: Đồng chí Trịnh Văn Hoàng chủ trì buổi giao ban.",
 "Tổ tự quản nhà trọ", "Trung tâm Dịch vụ việc làm", "Lượt truy cập: 287"],
["Thứ Sáu, 28/04/2023", "tháng 4/2023", "tháng 4", "tháng 5", "Lượt truy cập: 287"]))

PAGES.append(page("b4580-hochiminh-nhatro-2021", """
THANH NIÊN ONLINE
Thời sự › Dân sinh
Thứ Sáu, 27/08/2021 07:30 GMT+7
"Bà chủ trọ" miễn tiền phòng 3 tháng cho 120 công nhân
Giữa những ngày TP Hồ Chí Minh thực hiện giãn cách xã hội theo Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ, khu trọ 48 phòng của bà Trần Thị Tuyết Mai ở phường Tân Tạo A, quận Bình Tân không thu tiền phòng từ tháng 7 đến hết tháng 9 cho 120 công nhân đang thuê.
Bà Mai (giữa) trao gạo, mì cho công nhân ở trọ. Ảnh: Ngọc Dương
Bà Mai năm nay 62 tuổi, là tổ trưởng tổ dân phố 14, có khu trọ từ năm 2005. Bà tính, 3 tháng miễn tiền phòng, tiền nước, gia đình bớt thu khoảng 216 triệu đồng, "nhưng công nhân mất việc cả rồi, lấy đâu ra tiền mà đóng". Mỗi tuần, bà cùng con gái nấu khoảng 150 suất cơm, phát 2 lần cho người ở trọ; đã chi thêm gần 40 triệu đồng mua gạo, rau, trứng.
Anh Lầu A Dình (quê Điện Biên), làm việc cho một công ty túi xách ở Khu công nghiệp Tân Tạo, cho biết vợ chồng anh và 2 đứa con ở phòng 12 m2, từ đầu tháng 7 đến nay không có thu nhập. "Nhờ cô Mai mà gia đình tôi trụ lại được, không phải về quê tự phát", anh nói.
Ông Lê Văn Hiếu, Chủ tịch Ủy ban MTTQ Việt Nam phường Tân Tạo A, cho biết phường có khoảng 1.350 khu trọ với hơn 42.000 người thuê, phần lớn là công nhân. Hưởng ứng lời kêu gọi của Ủy ban MTTQ Việt Nam TP Hồ Chí Minh, đến nay đã có hơn 300 chủ nhà trọ trong phường miễn, giảm từ 20% đến 100% tiền phòng. Phường đã trao 6.800 túi an sinh, hỗ trợ tiền mặt theo Nghị quyết 09/NQ-HĐND ngày 15/7/2021 của HĐND Thành phố cho 4.120 người lao động tự do, mỗi người 1,5 triệu đồng.
Theo bà Nguyễn Thị Hồng Đào, Phó Chủ tịch Ủy ban MTTQ Việt Nam Thành phố, toàn thành phố đã có trên 11.000 chủ nhà trọ giảm tiền phòng cho khoảng 350.000 người thuê, với tổng số tiền ước tính 240 tỷ đồng. Ủy ban MTTQ Thành phố đề nghị các quận, huyện biểu dương kịp thời những tấm gương như bà Mai, lập danh sách chủ nhà trọ để đề xuất khen thưởng sau dịch.
Không chỉ bà Mai, ở phường Bình Hưng Hòa B cùng quận, gia đình ông Đào Văn Lực có khu trọ 70 phòng cũng giảm 50% tiền phòng trong 2 tháng cho gần 200 người thuê, phần lớn là công nhân giày da quê Thanh Hóa, Nghệ An.
Trong khu trọ của bà Mai, những mảnh giấy "Cảm ơn cô Mai" được công nhân dán trên cửa phòng. Bà Mai nói chỉ mong dịch sớm qua để công nhân trở lại nhà máy. Ông Hoàng Văn Thắng, Bí thư Đảng ủy phường Tân Tạo A, cho biết phường sẽ đề nghị Ủy ban nhân dân quận tặng giấy khen cho bà Mai và 15 chủ nhà trọ khác.
Ngọc Dương
Tin liên quan
- Bình Tân: 1.000 túi an sinh đến với công nhân phường Bình Hưng Hòa B
- Chủ nhà trọ giảm 50% tiền phòng cho người thuê
- Công nhân ở trọ mong sớm trở lại làm việc
""", "2021-08-27", "\"Bà chủ trọ\" miễn tiền phòng 3 tháng cho 120 công nhân",
E("khac", None, None),
[P("Trần Thị Tuyết Mai", "tổ trưởng tổ dân phố 14"),
 P("Lầu A Dình"),
 P("Lê Văn Hiếu", "Chủ tịch Ủy ban MTTQ Việt Nam phường Tân Tạo A"),
 P("Nguyễn Thị Hồng Đào", "Phó Chủ tịch Ủy ban MTTQ Việt Nam Thành phố"),
 P("Hoàng Văn Thắng", "Bí thư Đảng ủy phường Tân Tạo A"), P("Đào Văn Lực")],
[Q("48 phòng", 48, "phòng"), Q("120 công nhân", 120, "công nhân"), Q("khoảng 216 triệu đồng", 216000000, "đồng", "approx"),
 Q("khoảng 150 suất cơm", 150, "suất cơm", "approx"), Q("gần 40 triệu đồng", 40000000, "đồng", "approx"),
 Q("2 đứa con", 2, "đứa con"), Q("12 m2", 12, "m2"),
 Q("khoảng 1.350 khu trọ", 1350, "khu trọ", "approx"), Q("hơn 42.000 người thuê", 42000, "người thuê", "over"),
 Q("hơn 300 chủ nhà trọ", 300, "chủ nhà trọ", "over"), Q("20%", 20, "%"), Q("100%", 100, "%"),
 Q("6.800 túi an sinh", 6800, "túi an sinh"), Q("4.120 người lao động tự do", 4120, "người lao động tự do"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("trên 11.000 chủ nhà trọ", 11000, "chủ nhà trọ", "over"),
 Q("khoảng 350.000 người thuê", 350000, "người thuê", "approx"), Q("240 tỷ đồng", 240000000000, "đồng", "approx"),
 Q("70 phòng", 70, "phòng"), Q("50%", 50, "%"), Q("gần 200 người thuê", 200, "người thuê", "approx"),
 Q("15 chủ nhà trọ", 15, "chủ nhà trọ")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg"),
 D("Nghị quyết", "09", "NQ-HĐND", "2021-07-15", "HĐND Thành phố", "Nghị quyết 09/NQ-HĐND ngày 15/7/2021")],
[prov("Hồ Chí Minh"), com("Tân Tạo A"), com("Bình Hưng Hòa B")],
["THANH NIÊN ONLINE", "Thời sự › Dân sinh", "Bà Mai (giữa) trao gạo, mì cho công nhân ở trọ. Ảnh: Ngọc Dương", "Bà chủ trọ",
 "Cảm ơn cô Mai", "Khu công nghiệp Tân Tạo", "Bà Mai"],
["Thứ Sáu, 27/08/2021 07:30 GMT+7", "3 tháng", "62 tuổi", "tổ dân phố 14", "năm 2005", "Mỗi tuần", "2 lần", "tháng 7", "tháng 9", "2 tháng"]))

PAGES.append(page("b4581-binhduong-ldld-tongket-2024", """
Cổng thông tin điện tử Liên đoàn Lao động tỉnh Bình Dương
You are here: Trang chủ › Tin tức › Hoạt động công đoàn
27/12/2024 - 16:20
Toàn cảnh hội nghị.
Công đoàn Bình Dương: 98% vụ tranh chấp lao động được giải quyết ngay tại cơ sở
Ngày 26/12, LĐLĐ tỉnh tổ chức hội nghị tổng kết hoạt động công đoàn năm 2024, triển khai nhiệm vụ năm 2025. Dự hội nghị có đồng chí Lý Thị Hồng Hà, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam; đồng chí Trần Minh Khoa, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh; đồng chí Phạm Văn Lực, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh chủ trì.
Báo cáo cho biết, năm 2024 toàn tỉnh có 1.126.000 đoàn viên trong 2.851 công đoàn cơ sở; công đoàn phát triển mới 42.300 đoàn viên, thành lập 86 công đoàn cơ sở. Trong năm xảy ra 35 vụ tranh chấp lao động tập thể, ngừng việc, tăng 6 vụ so với năm trước; nhờ đối thoại kịp thời, 98% vụ tranh chấp lao động được giải quyết ngay tại cơ sở, không có vụ nào kéo dài quá 2 ngày. Công đoàn đã tham gia giám sát việc điều chỉnh lương tối thiểu vùng theo Nghị định 74/2024/NĐ-CP của Chính phủ tại 1.740 doanh nghiệp.
Đồng chí Phạm Văn Lực phát biểu tại hội nghị. Ảnh: Thu Thảo
Về chăm lo đời sống, thực hiện quyết định số 1520/QĐ-LĐLĐ của Ban Thường vụ LĐLĐ tỉnh, công đoàn các cấp đã xây dựng, sửa chữa 96 Mái ấm Công đoàn, trị giá hơn 4,8 tỷ đồng; tổ chức "Tết Sum vầy", "Chuyến xe mùa xuân" chăm lo cho trên 420.000 lượt đoàn viên với số tiền khoảng 215 tỷ đồng. Công đoàn đã ký 27 chương trình phúc lợi; vận động 3.450 chủ nhà trọ ký cam kết không tăng giá phòng, giá điện nước; mở 14 "Điểm hỗ trợ công nhân" tại các khu nhà trọ ở phường Tân Định, phường Hòa Lợi, phường An Điền.
Hội nghị biểu dương những cách làm hay. Bà Cao Thị Tuyết, Chủ tịch Công đoàn cơ sở Công ty TNHH Giày Việt Vinh, cho biết nhờ thương lượng tập thể, 6.500 công nhân của công ty được hỗ trợ tiền nhà trọ 500.000 đồng/tháng. Ông Điểu Minh Hùng, Chủ tịch Công đoàn Khu công nghiệp Mỹ Phước, đề xuất mở lớp dạy nghề cho công nhân lớn tuổi có nguy cơ mất việc.
Phát biểu chỉ đạo, đồng chí Lý Thị Hồng Hà ghi nhận Bình Dương là một trong những địa phương dẫn đầu về chăm lo cho công nhân ngoại tỉnh; đề nghị tiếp tục thực hiện Nghị quyết 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị và Kế hoạch 245, 246-KH/TU của Tỉnh ủy về đổi mới hoạt động công đoàn và phát triển đảng viên là công nhân. Đồng chí Trần Minh Khoa đề nghị năm 2025 chuẩn bị tốt Đại hội Công đoàn các cấp, phấn đấu ít nhất 95% doanh nghiệp có công đoàn tổ chức đối thoại định kỳ.
Dịp này, 48 tập thể và 62 cá nhân xuất sắc được tặng bằng khen của Tổng Liên đoàn và UBND tỉnh; LĐLĐ tỉnh ký kết chương trình phối hợp với Ủy ban MTTQ Việt Nam tỉnh giai đoạn 2025 - 2030.
Thu Thảo
Lượt xem: 1.853
Tin liên quan
- Khởi công 2 dự án nhà ở xã hội cho công nhân tại Bến Cát (20/12/2024)
- Công đoàn KCN Việt Nam - Singapore trao 500 phần quà (15/12/2024)
- Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với công nhân năm 2024 (28/11/2024)
""", "2024-12-27", "Công đoàn Bình Dương: 98% vụ tranh chấp lao động được giải quyết ngay tại cơ sở",
E("tong_ket", "2024", "2024-12-26"),
[P("Lý Thị Hồng Hà", "Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam"),
 P("Trần Minh Khoa", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Đoàn ĐBQH tỉnh"),
 P("Phạm Văn Lực", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Cao Thị Tuyết", "Chủ tịch Công đoàn cơ sở Công ty TNHH Giày Việt Vinh"),
 P("Điểu Minh Hùng", "Chủ tịch Công đoàn Khu công nghiệp Mỹ Phước")],
[Q("98% vụ tranh chấp lao động", 98, "%"), Q("1.126.000 đoàn viên", 1126000, "đoàn viên"),
 Q("2.851 công đoàn cơ sở", 2851, "công đoàn cơ sở"), Q("42.300 đoàn viên", 42300, "đoàn viên"),
 Q("86 công đoàn cơ sở", 86, "công đoàn cơ sở"), Q("35 vụ tranh chấp lao động tập thể, ngừng việc", 35, "vụ tranh chấp lao động tập thể, ngừng việc"),
 Q("6 vụ", 6, "vụ"), Q("1.740 doanh nghiệp", 1740, "doanh nghiệp"), Q("96 Mái ấm Công đoàn", 96, "Mái ấm Công đoàn"),
 Q("hơn 4,8 tỷ đồng", 4800000000, "đồng", "over"), Q("trên 420.000 lượt đoàn viên", 420000, "lượt đoàn viên", "over"),
 Q("khoảng 215 tỷ đồng", 215000000000, "đồng", "approx"), Q("27 chương trình phúc lợi", 27, "chương trình phúc lợi"),
 Q("3.450 chủ nhà trọ", 3450, "chủ nhà trọ"), Q("14 \"Điểm hỗ trợ công nhân\"", 14, "Điểm hỗ trợ công nhân"),
 Q("6.500 công nhân", 6500, "công nhân"), Q("500.000 đồng/tháng", 500000, "đồng"),
 Q("ít nhất 95%", 95, "%", "over"), Q("48 tập thể", 48, "tập thể"), Q("62 cá nhân xuất sắc", 62, "cá nhân xuất sắc")],
[D("Nghị định", "74", "2024/NĐ-CP", None, "Chính phủ", "Nghị định 74/2024/NĐ-CP"),
 D("Quyết định", "1520", "QĐ-LĐLĐ", None, "Ban Thường vụ LĐLĐ tỉnh", "quyết định số 1520/QĐ-LĐLĐ"),
 D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết 02-NQ/TW ngày 12/6/2021"),
 D("Kế hoạch", "245", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 245, 246-KH/TU"),
 D("Kế hoạch", "246", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 245, 246-KH/TU")],
[prov("Bình Dương"), com("Tân Định"), com("Hòa Lợi"), com("An Điền")],
["Cổng thông tin điện tử Liên đoàn Lao động tỉnh Bình Dương", "You are here: Trang chủ › Tin tức › Hoạt động công đoàn",
 "Toàn cảnh hội nghị.", "Đồng chí Phạm Văn Lực phát biểu tại hội nghị. Ảnh: Thu Thảo", "Tết Sum vầy", "Chuyến xe mùa xuân",
 "Điểm hỗ trợ công nhân", "Lượt xem: 1.853"],
["27/12/2024 - 16:20", "năm 2024", "năm 2025", "năm trước", "2 ngày", "giai đoạn 2025 - 2030", "Lượt xem: 1.853"]))

PAGES.append(page("b4582-longan-bdv-soket-2024", """
BAN DÂN VẬN TỈNH ỦY LONG AN - Trang thông tin điện tử
Hôm nay: Thứ Sáu, 12/07/2024
Trang chủ > Dân vận trong doanh nghiệp
12-07-2024 09:40
Vận động hơn 420 chủ nhà trọ giữ giá phòng cho công nhân
Sáng 11/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024 và nhiệm vụ trọng tâm 6 tháng cuối năm, trong đó dành nhiều thời gian bàn về công tác vận động công nhân, người lao động ở các khu, cụm công nghiệp. TUV, Trưởng Ban Dân vận Tỉnh ủy Nguyễn Thị Kim Hoa chủ trì hội nghị.
Đồng chí Nguyễn Thị Kim Hoa phát biểu kết luận hội nghị. Ảnh: Hồng Nhung
Theo báo cáo, 6 tháng đầu năm, Ban Dân vận các huyện ủy phối hợp Mặt trận, công đoàn vận động hơn 420 chủ nhà trọ ký cam kết giữ giá phòng cho công nhân; xây dựng mới 38 mô hình "Dân vận khéo" trong doanh nghiệp, nâng tổng số lên 265 mô hình. Toàn tỉnh Long An có 37 khu, cụm công nghiệp đang hoạt động với khoảng 145.000 lao động; 6 tháng xảy ra 4 vụ ngừng việc tập thể với gần 2.700 người tham gia, đều được giải quyết trong ngày.
Thực hiện Quyết định 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị và Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 24, 25-CT/TU về tăng cường công tác dân vận trong doanh nghiệp có vốn đầu tư nước ngoài và về quản lý lao động ngoại tỉnh. Ban cũng ban hành kế hoạch số 186-KH/BDVTU về khảo sát tình hình tư tưởng công nhân tại 52 doanh nghiệp.
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Văn Thạnh, Huỳnh Thị Ngọc Trinh trình bày kết quả khảo sát: 71% công nhân được hỏi cho biết thu nhập không đủ chi tiêu, 58% mong muốn có nhà ở xã hội gần nơi làm việc. Đồng chí Danh Sà Rết, HUV, Trưởng Ban Dân vận Huyện ủy Đức Hòa, chia sẻ huyện đã thành lập 19 chi bộ, tổ chức đảng trong doanh nghiệp tư nhân, kết nạp 64 đảng viên là công nhân. Bà Lâm Thị Ngọc Hân, Chủ tịch Ủy ban MTTQ Việt Nam xã Lương Hòa, huyện Bến Lức, kiến nghị hỗ trợ kinh phí cho 24 tổ tự quản nhà trọ.
Kết luận, đồng chí Nguyễn Thị Kim Hoa đề nghị 6 tháng cuối năm 2024 khối dân vận tập trung nắm tình hình công nhân trước tác động của việc tăng lương cơ sở từ 1/7/2024; phối hợp công đoàn thực hiện Nghị quyết 02-NQ/TW; chuẩn bị tổng kết 10 năm thực hiện Kết luận 114-KL/TW. Hội nghị thống nhất mỗi huyện có ít nhất 2 mô hình dân vận khéo về nhà trọ, ưu tiên xã Đức Lập Thượng, xã Lương Hòa, thị trấn Hậu Nghĩa.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 11 tập thể, 23 cá nhân có thành tích trong phong trào thi đua "Dân vận khéo" 6 tháng đầu năm.
Hồng Nhung
Lượt xem: 611
Bài viết liên quan
- Đức Hòa: công nhân được tư vấn pháp luật miễn phí (05/07/2024)
- Cần Giuộc ra mắt mô hình "Nhà trọ nghĩa tình" (27/06/2024)
- Hội nghị giao ban khối dân vận quý I/2024 (29/03/2024)
""", "2024-07-12", "Vận động hơn 420 chủ nhà trọ giữ giá phòng cho công nhân",
E("so_ket", "2024-H1", "2024-07-11"),
[P("Nguyễn Thị Kim Hoa", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Thạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Huỳnh Thị Ngọc Trinh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Sà Rết", "HUV", "Trưởng Ban Dân vận Huyện ủy Đức Hòa"),
 P("Lâm Thị Ngọc Hân", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lương Hòa")],
[Q("hơn 420 chủ nhà trọ", 420, "chủ nhà trọ", "over"), Q("38 mô hình", 38, "mô hình"), Q("265 mô hình", 265, "mô hình"),
 Q("37 khu, cụm công nghiệp", 37, "khu, cụm công nghiệp"), Q("khoảng 145.000 lao động", 145000, "lao động", "approx"),
 Q("4 vụ ngừng việc tập thể", 4, "vụ ngừng việc tập thể"), Q("gần 2.700 người", 2700, "người", "approx"),
 Q("52 doanh nghiệp", 52, "doanh nghiệp"), Q("71%", 71, "%"), Q("58%", 58, "%"),
 Q("19 chi bộ, tổ chức đảng", 19, "chi bộ, tổ chức đảng"), Q("64 đảng viên", 64, "đảng viên"),
 Q("24 tổ tự quản nhà trọ", 24, "tổ tự quản nhà trọ"), Q("ít nhất 2 mô hình dân vận khéo", 2, "mô hình dân vận khéo", "over"),
 Q("11 tập thể", 11, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định 23-QĐ/TW ngày 30/7/2021"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận 114-KL/TW ngày 14/7/2015"),
 D("Chỉ thị", "24", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 24, 25-CT/TU"),
 D("Chỉ thị", "25", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 24, 25-CT/TU"),
 D("Kế hoạch", "186", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 186-KH/BDVTU"),
 D("Nghị quyết", "02", "NQ/TW", None, None, "Nghị quyết 02-NQ/TW")],
[prov("Long An"), com("Lương Hòa"), com("Đức Lập Thượng"), com("Hậu Nghĩa")],
["BAN DÂN VẬN TỈNH ỦY LONG AN - Trang thông tin điện tử", "Hôm nay: Thứ Sáu, 12/07/2024", "Trang chủ > Dân vận trong doanh nghiệp",
 "Đồng chí Nguyễn Thị Kim Hoa phát biểu kết luận hội nghị. Ảnh: Hồng Nhung", "Dân vận khéo", "Lượt xem: 611"],
["12-07-2024 09:40", "6 tháng đầu năm 2024", "6 tháng cuối năm", "6 tháng cuối năm 2024", "1/7/2024", "10 năm", "Lượt xem: 611"]))
