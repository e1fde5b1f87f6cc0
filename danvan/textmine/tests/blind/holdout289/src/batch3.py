from lib import *
PAGES = []

PAGES.append(page("b6905-binhphuoc-congdoankcn-daihoi-2023", """
BÁO BÌNH PHƯỚC ĐIỆN TỬ
Thứ Ba, 20/06/2023 - 06:30
Chính trị » Công đoàn
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Đại hội Công đoàn các khu công nghiệp tỉnh lần thứ III: Đưa "chuyến xe nghĩa tình" thành nét đẹp thường niên
BP - Ngày 19/6, Công đoàn các khu công nghiệp tỉnh Bình Phước tổ chức Đại hội đại biểu lần thứ III, nhiệm kỳ 2023 - 2028. Về dự có đồng chí Huỳnh Thị Hằng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Điểu Thị Hồng Thảo, Chủ tịch Liên đoàn Lao động tỉnh cùng 125 đại biểu đại diện cho hơn 68.000 đoàn viên của 142 công đoàn cơ sở.
Nhiệm kỳ 2018 - 2023, số đoàn viên tăng gần gấp đôi, từ 35.600 lên hơn 68.000 người. Dấu ấn nổi bật là chương trình "Tết sum vầy" với các "chuyến xe nghĩa tình": trong 5 năm, Công đoàn các khu công nghiệp đã tổ chức 96 chuyến xe đưa gần 4.300 công nhân về quê ăn Tết tại các tỉnh Bắc Trung bộ, Tây Nguyên, miền Tây Nam bộ, tổng kinh phí khoảng 3,8 tỷ đồng. Riêng Tết Quý Mão 2023 có 26 chuyến, nhiều nhất từ trước đến nay. Công đoàn cũng vận động xây dựng 14 "Mái ấm Công đoàn" trị giá 50 triệu đồng mỗi căn cho đoàn viên khó khăn về nhà ở.
Phát biểu chỉ đạo, đồng chí Huỳnh Thị Hằng ghi nhận công đoàn đã trở thành "cầu nối" giữa cấp ủy với công nhân, đặc biệt trong các đợt dịch Covid-19. Đồng chí đề nghị nhiệm kỳ mới thực hiện tốt Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới, Kế hoạch số 156-KH/TU của Tỉnh ủy thực hiện nghị quyết này; chú trọng phát triển đoàn viên ở doanh nghiệp FDI, nơi có tỷ lệ công nhân là người dân tộc thiểu số cao.
Đồng chí Điểu Thị Hồng Thảo đề nghị duy trì chuyến xe Tết với số lượng từ 30 chuyến trở lên mỗi năm, kết hợp chuyến xe đón công nhân trở lại sau Tết.
Đại hội đề ra 8 chỉ tiêu, trong đó phấn đấu phát triển mới 20.000 đoàn viên, 90% công đoàn cơ sở đạt tiêu chuẩn vững mạnh.
Đại hội đã bầu Ban Chấp hành khóa III gồm 19 đồng chí. Tại phiên họp thứ nhất, đồng chí Lê Văn Trọng tái đắc cử Chủ tịch Công đoàn các khu công nghiệp tỉnh; các đồng chí Thị Hường, Trần Minh Khôi được bầu giữ chức Phó Chủ tịch Công đoàn các khu công nghiệp tỉnh. Đại hội cũng bầu 7 đại biểu đi dự Đại hội Công đoàn tỉnh lần thứ XI.
Tại đại hội, chị Thị Hường, người S'tiêng, nguyên công nhân Công ty TNHH Sản xuất giày Chung Jye (phường Minh Hưng, thị xã Chơn Thành), chia sẻ: chị từng đi "chuyến xe nghĩa tình" năm 2019, từ đó tham gia công đoàn cơ sở và nay là cán bộ chuyên trách.
Như Quỳnh
Tin liên quan
- Đồng Phú: 4.000 công nhân được chăm lo Tết (15/01/2023)
- Liên đoàn Lao động tỉnh tổ chức Tháng Công nhân năm 2023 (02/05/2023)
""", "2023-06-20", "Đại hội Công đoàn các khu công nghiệp tỉnh lần thứ III: Đưa \"chuyến xe nghĩa tình\" thành nét đẹp thường niên",
E("dai_hoi", None, "2023-06-19"),
[P("Huỳnh Thị Hằng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Điểu Thị Hồng Thảo", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Lê Văn Trọng", "Chủ tịch Công đoàn các khu công nghiệp tỉnh"),
 P("Thị Hường", "Phó Chủ tịch Công đoàn các khu công nghiệp tỉnh", "nguyên công nhân Công ty TNHH Sản xuất giày Chung Jye"),
 P("Trần Minh Khôi", "Phó Chủ tịch Công đoàn các khu công nghiệp tỉnh")],
[Q("125 đại biểu", 125, "đại biểu"), Q("hơn 68.000 đoàn viên", 68000, "đoàn viên", "over"),
 Q("142 công đoàn cơ sở", 142, "công đoàn cơ sở"), Q("35.600", 35600, "đoàn viên"),
 Q("96 chuyến xe", 96, "chuyến xe"), Q("gần 4.300 công nhân", 4300, "công nhân", "approx"),
 Q("khoảng 3,8 tỷ đồng", 3800000000, "đồng", "approx"), Q("26 chuyến", 26, "chuyến"),
 Q("14 \"Mái ấm Công đoàn\"", 14, "Mái ấm Công đoàn"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("từ 30 chuyến trở lên", 30, "chuyến", "over"), Q("8 chỉ tiêu", 8, "chỉ tiêu"), Q("20.000 đoàn viên", 20000, "đoàn viên"),
 Q("90% công đoàn cơ sở", 90, "%"), Q("19 đồng chí", 19, "đồng chí"), Q("7 đại biểu", 7, "đại biểu")],
[D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết số 02-NQ/TW ngày 12/6/2021"),
 D("Kế hoạch", "156", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 156-KH/TU")],
[prov("Bình Phước"), com("Minh Hưng")],
["BÁO BÌNH PHƯỚC ĐIỆN TỬ", "Chính trị » Công đoàn", "Đại biểu biểu quyết thông qua nghị quyết đại hội.", "BP -",
 "Tết sum vầy", "chuyến xe nghĩa tình", "Mái ấm Công đoàn", "Covid-19"],
["Thứ Ba, 20/06/2023 - 06:30", "lần thứ III", "2023 - 2028", "2018 - 2023", "5 năm", "Tết Quý Mão 2023", "khóa III",
 "phiên họp thứ nhất", "lần thứ XI", "19 đồng chí", "năm 2019", "gấp đôi"]))

PAGES.append(page("b6906-quangninh-ldld-taphuan-2024", """
Báo Quảng Ninh điện tử
2024-11-22 15:40
Xã hội > Lao động - Công đoàn
Các học viên thảo luận nhóm tại lớp tập huấn.
Trang bị kỹ năng tổ chức "Tết sum vầy" cho cán bộ công đoàn cơ sở
Ngày 21/11, tại TP Hạ Long, Liên đoàn Lao động tỉnh Quảng Ninh khai mạc lớp tập huấn năm 2024 về kỹ năng tổ chức các hoạt động chăm lo Tết cho đoàn viên, người lao động. Tham gia lớp có 180 học viên là chủ tịch, phó chủ tịch công đoàn cơ sở các doanh nghiệp ngoài nhà nước, khu công nghiệp trên địa bàn tỉnh.
Trong 2 ngày, các học viên được giới thiệu Kế hoạch số 224/KH-TLĐ ngày 25/9/2024 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam về tổ chức "Tết sum vầy" Xuân Ất Tỵ 2025; Hướng dẫn số 31/HD-LĐLĐ của Liên đoàn Lao động tỉnh về thăm, tặng quà, hỗ trợ vé tàu, xe cho đoàn viên. Giảng viên là ThS. Vũ Thị Quỳnh Mai, Trưởng Ban Tuyên giáo Liên đoàn Lao động tỉnh và ông Phạm Quốc Toản, Phó Trưởng phòng Quản lý vận tải Sở Giao thông vận tải, hướng dẫn cách lập danh sách, ký hợp đồng vận chuyển, mua bảo hiểm cho hành khách trên các chuyến xe Công đoàn.
Theo bà Vũ Thị Quỳnh Mai, Tết Giáp Thìn 2024, các cấp công đoàn trong tỉnh đã tổ chức 43 chuyến xe đưa hơn 1.900 công nhân về quê, chủ yếu ở Thanh Hóa, Nghệ An, Hà Tĩnh, Điện Biên; hỗ trợ 650 vé tàu, vé máy bay cho lao động quê phía Nam. Dự kiến Tết Ất Tỵ sẽ có khoảng 60 chuyến với 2.500 người, kinh phí dự trù 4,5 tỷ đồng.
Nhiều học viên đặt câu hỏi về xử lý tình huống. Anh Trương Văn Hòa, Chủ tịch Công đoàn Công ty TNHH Texhong Ngân Long (Khu công nghiệp Hải Hà), nêu năm ngoái 1 xe bị hỏng giữa đường, công nhân phải chờ 5 tiếng. Chị Triệu Thị Nhất, người Dao, Chủ tịch Công đoàn Công ty TNHH Nhựa Quảng Yên, đề nghị tăng mức hỗ trợ từ công đoàn cấp trên vì "doanh nghiệp nhỏ thì quỹ công đoàn cơ sở chỉ đủ vài chục vé".
Phát biểu khai mạc, ông Nguyễn Văn Tuyên, Phó Chủ tịch Liên đoàn Lao động tỉnh, yêu cầu mỗi công đoàn cơ sở xây dựng kế hoạch chăm lo Tết trước ngày 15/12, bảo đảm không có đoàn viên nào có hoàn cảnh khó khăn mà không được thăm hỏi. Ông cho biết năm nay Liên đoàn dành tối thiểu 30% kinh phí chăm lo Tết cho hỗ trợ tàu xe.
Dự kiến ngày 6/1/2025, lễ tiễn công nhân về quê trên các chuyến xe Công đoàn sẽ được tổ chức tại phường Hồng Hà, TP Hạ Long và tại thị xã Quảng Yên.
Lớp tập huấn kết thúc vào chiều 22/11. Sau lớp học, mỗi học viên được phát bộ tài liệu và mẫu kế hoạch để áp dụng ngay tại đơn vị; Ban Tuyên giáo Liên đoàn Lao động tỉnh lập nhóm Zalo để giải đáp vướng mắc trong quá trình tổ chức.
Thu Trang
Xem thêm
- Quảng Ninh: Hơn 90% doanh nghiệp đã xây dựng kế hoạch thưởng Tết (18/11/2024)
- Khánh thành thiết chế công đoàn tại Khu công nghiệp Đông Mai (10/11/2024)
""", "2024-11-22", "Trang bị kỹ năng tổ chức \"Tết sum vầy\" cho cán bộ công đoàn cơ sở",
E("tap_huan", "2024", "2024-11-21"),
[P("Vũ Thị Quỳnh Mai", "ThS.", "Trưởng Ban Tuyên giáo Liên đoàn Lao động tỉnh"),
 P("Phạm Quốc Toản", "Phó Trưởng phòng Quản lý vận tải Sở Giao thông vận tải"),
 P("Trương Văn Hòa", "Chủ tịch Công đoàn Công ty TNHH Texhong Ngân Long"),
 P("Triệu Thị Nhất", "Chủ tịch Công đoàn Công ty TNHH Nhựa Quảng Yên"),
 P("Nguyễn Văn Tuyên", "Phó Chủ tịch Liên đoàn Lao động tỉnh")],
[Q("180 học viên", 180, "học viên"), Q("43 chuyến xe", 43, "chuyến xe"), Q("hơn 1.900 công nhân", 1900, "công nhân", "over"),
 Q("650 vé tàu, vé máy bay", 650, "vé tàu, vé máy bay"), Q("khoảng 60 chuyến", 60, "chuyến", "approx"),
 Q("2.500 người", 2500, "người"), Q("4,5 tỷ đồng", 4500000000, "đồng"), Q("tối thiểu 30%", 30, "%")],
[D("Kế hoạch", "224", "KH-TLĐ", "2024-09-25", "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Kế hoạch số 224/KH-TLĐ ngày 25/9/2024"),
 D("Hướng dẫn", "31", "HD-LĐLĐ", None, "Liên đoàn Lao động tỉnh", "Hướng dẫn số 31/HD-LĐLĐ")],
[prov("Quảng Ninh"), prov("Thanh Hóa"), prov("Nghệ An"), prov("Hà Tĩnh"), prov("Điện Biên"), com("Hồng Hà")],
["Báo Quảng Ninh điện tử", "Xã hội > Lao động - Công đoàn", "Các học viên thảo luận nhóm tại lớp tập huấn.", "Tết sum vầy",
 "Khu công nghiệp Hải Hà"],
["2024-11-22 15:40", "năm 2024", "2 ngày", "Xuân Ất Tỵ 2025", "Tết Giáp Thìn 2024", "Tết Ất Tỵ", "năm ngoái", "1 xe", "5 tiếng",
 "vài chục vé", "ngày 15/12", "chiều 22/11"]))

PAGES.append(page("b6907-cantho-ldld-donlaodong-2025", """
BÁO CẦN THƠ ONLINE
Thứ Hai, 20/01/2025
TRANG CHỦ › XÃ HỘI › CÔNG ĐOÀN
Cập nhật: 07:55, 20/01/2025 (GMT+7)
Những chuyến xe đưa người lao động Cần Thơ về quê đón Tết Ất Tỵ
Sáng 19-1, tại Khu công nghiệp Trà Nóc, Liên đoàn Lao động thành phố Cần Thơ tổ chức lễ tiễn 320 đoàn viên, người lao động về quê đón Tết Nguyên đán Ất Tỵ năm 2025 trên 8 chuyến xe; đồng thời trao 320 suất quà, mỗi suất 1 triệu đồng gồm tiền mặt và nhu yếu phẩm.
Lãnh đạo thành phố tặng quà, tiễn người lao động lên xe. Ảnh: KIM XUYẾN
Dự lễ có các đồng chí: Nguyễn Thị Thanh Xuân, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy; Trương Cảnh Tuyên, Phó Chủ tịch UBND thành phố; Nguyễn Văn Thành, Chủ tịch Liên đoàn Lao động thành phố.
Đây là năm thứ 3 thành phố tổ chức chương trình "Chuyến xe Công đoàn - Xuân yêu thương", với sự đồng hành của 15 doanh nghiệp. Các xe đưa người lao động về các tỉnh Cà Mau, Bạc Liêu, Kiên Giang, Sóc Trăng và một số địa phương ở miền Trung như Bình Định, Quảng Nam. Đặc biệt năm nay có thêm 2 chuyến xe đưa 78 lao động từ Bình Dương, Đồng Nai về các xã Thới Hưng, Trường Xuân (huyện Cờ Đỏ) để ăn Tết, sau đó đưa trở lại nơi làm việc.
Theo Liên đoàn Lao động thành phố, Tết Ất Tỵ các cấp công đoàn dự kiến chăm lo cho khoảng 32.000 đoàn viên, người lao động với tổng kinh phí hơn 21 tỷ đồng, triển khai theo Kế hoạch số 284/KH-TLĐ của Tổng Liên đoàn Lao động Việt Nam và Kế hoạch 112/KH-LĐLĐ ngày 30/10/2024 của Liên đoàn Lao động thành phố. Đến nay, 96% doanh nghiệp đã báo cáo phương án thưởng Tết; mức thưởng bình quân khoảng 6,5 triệu đồng.
Phát biểu tại buổi lễ, đồng chí Nguyễn Thị Thanh Xuân chúc người lao động có một cái Tết đầm ấm, an toàn; đề nghị các cấp công đoàn thực hiện tốt Chỉ thị số 41-CT/TW ngày 24/10/2024 của Ban Bí thư về tổ chức Tết Ất Tỵ năm 2025, quan tâm đến người lao động mất việc, giảm giờ làm.
Anh Thạch Sa Rinh, người Khmer, công nhân Công ty CP Thủy sản Bình An, về quê ở thị xã Vĩnh Châu (Sóc Trăng) cùng vợ và 2 con. Anh nói: "Vé xe Tết giờ đắt, cả nhà đi là mất cả triệu, nay Công đoàn lo hết, còn được thêm quà, gia đình em vui lắm". Chị Lê Thị Diễm, Tổ trưởng Công đoàn Công ty TNHH May Tây Đô, cho biết công ty có hơn 200 công nhân ngoài thành phố, năm nay tổ đăng ký được 25 vé.
Cùng ngày, đoàn công tác của thành phố đến thăm, tặng 100 suất quà cho công nhân ở lại trực sản xuất tại phường Trà Nóc, quận Bình Thủy.
Thảo Ly
Tin liên quan
- Chợ Tết Công đoàn năm 2025 thu hút hơn 10.000 lượt người (15/01/2025)
- Cần Thơ: 5.000 suất quà Tết cho đoàn viên khó khăn (10/01/2025)
- Thưởng Tết Ất Tỵ cao nhất hơn 300 triệu đồng (08/01/2025)
""", "2025-01-20", "Những chuyến xe đưa người lao động Cần Thơ về quê đón Tết Ất Tỵ",
E("trao_qua", None, "2025-01-19"),
[P("Nguyễn Thị Thanh Xuân", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Trương Cảnh Tuyên", "Phó Chủ tịch UBND thành phố"),
 P("Nguyễn Văn Thành", "Chủ tịch Liên đoàn Lao động thành phố"),
 P("Thạch Sa Rinh", "công nhân Công ty CP Thủy sản Bình An"),
 P("Lê Thị Diễm", "Tổ trưởng Công đoàn Công ty TNHH May Tây Đô")],
[Q("320 đoàn viên, người lao động", 320, "đoàn viên, người lao động"), Q("8 chuyến xe", 8, "chuyến xe"),
 Q("320 suất quà", 320, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("15 doanh nghiệp", 15, "doanh nghiệp"),
 Q("2 chuyến xe", 2, "chuyến xe"), Q("78 lao động", 78, "lao động"),
 Q("khoảng 32.000 đoàn viên, người lao động", 32000, "đoàn viên, người lao động", "approx"),
 Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"), Q("96%", 96, "%"), Q("khoảng 6,5 triệu đồng", 6500000, "đồng", "approx"),
 Q("2 con", 2, "con"), Q("hơn 200 công nhân", 200, "công nhân", "over"), Q("25 vé", 25, "vé"), Q("100 suất quà", 100, "suất quà")],
[D("Kế hoạch", "284", "KH-TLĐ", None, "Tổng Liên đoàn Lao động Việt Nam", "Kế hoạch số 284/KH-TLĐ"),
 D("Kế hoạch", "112", "KH-LĐLĐ", "2024-10-30", "Liên đoàn Lao động thành phố", "Kế hoạch 112/KH-LĐLĐ ngày 30/10/2024"),
 D("Chỉ thị", "41", "CT/TW", "2024-10-24", "Ban Bí thư", "Chỉ thị số 41-CT/TW ngày 24/10/2024")],
[prov("Cần Thơ"), prov("Cà Mau"), prov("Bạc Liêu"), prov("Kiên Giang"), prov("Sóc Trăng"), prov("Bình Định"), prov("Quảng Nam"),
 prov("Bình Dương"), prov("Đồng Nai"), com("Thới Hưng"), com("Trường Xuân"), com("Trà Nóc")],
["BÁO CẦN THƠ ONLINE", "TRANG CHỦ › XÃ HỘI › CÔNG ĐOÀN", "Lãnh đạo thành phố tặng quà, tiễn người lao động lên xe. Ảnh: KIM XUYẾN",
 "Chuyến xe Công đoàn - Xuân yêu thương", "Khu công nghiệp Trà Nóc"],
["Thứ Hai, 20/01/2025", "Cập nhật: 07:55, 20/01/2025 (GMT+7)", "Tết Nguyên đán Ất Tỵ năm 2025", "năm thứ 3", "Tết Ất Tỵ năm 2025", "cả triệu"]))

PAGES.append(page("b6908-hanoi-hoidonghuong-xe0dong-2025", """
HÀ NỘI MỚI
24/01/2025 16:20 GMT+7
Xã hội | Đô thị
Chuyến xe 0 đồng của những người đồng hương
Chiều 23-1 (tức 24 tháng Chạp), 6 chiếc xe khách do Hội đồng hương Thanh Hóa tại Hà Nội thuê đã đón gần 270 người lao động tự do, sinh viên có hoàn cảnh khó khăn tại bến xe Mỹ Đình để đưa về quê đón Tết. Đây là năm thứ 6 liên tiếp hội tổ chức "Chuyến xe 0 đồng", hoàn toàn bằng tiền đóng góp của hội viên.
Hành khách trên chuyến xe 0 đồng phần lớn là lao động tự do, phụ hồ, bán hàng rong.
Ông Lê Đình Thọ, Phó Chủ tịch Thường trực Hội đồng hương, cho biết năm nay hội quyên góp được khoảng 85 triệu đồng, nhiều hơn năm trước gần 20 triệu đồng. Danh sách hành khách được lập qua các chi hội ở phường Yên Hòa, phường Mai Dịch và xã Thạch Hòa, ưu tiên người bán hàng rong, phụ hồ, người giúp việc gia đình – những người không có công đoàn, không được doanh nghiệp hỗ trợ tiền tàu xe.
Bà Nguyễn Thị Thúy, 56 tuổi, quê xã Hoằng Phụ (huyện Hoằng Hóa, Thanh Hóa), 12 năm làm nghề đồng nát ở Hà Nội, kể: "Năm nào gần Tết tôi cũng lo nhất chuyện vé xe, có năm phải đứng cả chặng. Năm nay được ngồi xe tử tế, không mất đồng nào".
Theo Ủy ban MTTQ Việt Nam thành phố Hà Nội, Tết Ất Tỵ có 14 hội đồng hương phối hợp với các phường, xã tổ chức xe miễn phí cho khoảng 2.000 người lao động ngoại tỉnh. Ông Nguyễn Anh Quân, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố, cho rằng đây là cách làm thể hiện tinh thần "tương thân tương ái", đúng với chủ trương xã hội hóa công tác chăm lo Tết. Ủy ban MTTQ thành phố đang xây dựng quy chế phối hợp với các hội đồng hương, để năm sau những chuyến xe như thế này được hỗ trợ thêm về thủ tục, điểm đón.
Cùng thời điểm, tại Cung Văn hóa Lao động Hữu nghị Việt Xô, Liên đoàn Lao động thành phố cũng tiễn 25 chuyến xe đưa hơn 1.100 công nhân về quê. Như vậy, chỉ trong 3 ngày cuối tháng Chạp, riêng các chuyến xe miễn phí do công đoàn, hội đồng hương tổ chức đã giúp hơn 3.000 người lao động ở Hà Nội về quê đón Tết.
Trước giờ xe chạy, các thành viên ban liên lạc hội kiểm tra lại danh sách, phát nước uống và số điện thoại liên hệ cho từng hành khách. Mỗi xe có một hội viên đi cùng đến tận thị xã Bỉm Sơn, huyện Nga Sơn và thành phố Thanh Hóa, nơi người nhà ra đón.
Xe lăn bánh lúc 16 giờ. Anh Hà Văn Cường, 27 tuổi, người Mường quê xã Cẩm Lương, phụ hồ ở quận Cầu Giấy, giơ tay vẫy những người đồng hương ở lại: "Ra Giêng gặp lại nhé!".
Đức Anh
Tin khác
- Bến xe Giáp Bát tăng cường 400 chuyến dịp cao điểm Tết (22/01/2025)
- Hà Nội: bảo đảm 100% công nhân được nhận thưởng Tết (20/01/2025)
- Ga Hà Nội đông khách những ngày cận Tết (19/01/2025)
""", "2025-01-24", "Chuyến xe 0 đồng của những người đồng hương",
E("khac", None, "2025-01-23"),
[P("Lê Đình Thọ", "Phó Chủ tịch Thường trực Hội đồng hương"),
 P("Nguyễn Anh Quân", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố"),
 P("Nguyễn Thị Thúy"), P("Hà Văn Cường")],
[Q("6 chiếc xe khách", 6, "chiếc xe khách"), Q("gần 270 người lao động tự do, sinh viên", 270, "người lao động tự do, sinh viên", "approx"),
 Q("khoảng 85 triệu đồng", 85000000, "đồng", "approx"), Q("gần 20 triệu đồng", 20000000, "đồng", "approx"),
 Q("14 hội đồng hương", 14, "hội đồng hương"), Q("khoảng 2.000 người lao động ngoại tỉnh", 2000, "người lao động ngoại tỉnh", "approx"),
 Q("25 chuyến xe", 25, "chuyến xe"), Q("hơn 1.100 công nhân", 1100, "công nhân", "over"),
 Q("hơn 3.000 người lao động", 3000, "người lao động", "over")],
[],
[prov("Thanh Hóa"), prov("Hà Nội"), com("Yên Hòa"), com("Mai Dịch"), com("Thạch Hòa"), com("Hoằng Phụ"), com("Cẩm Lương")],
["HÀ NỘI MỚI", "Xã hội | Đô thị", "Hành khách trên chuyến xe 0 đồng phần lớn là lao động tự do, phụ hồ, bán hàng rong.",
 "Chuyến xe 0 đồng", "Hội đồng hương Thanh Hóa tại Hà Nội", "bến xe Mỹ Đình", "Cung Văn hóa Lao động Hữu nghị Việt Xô", "tương thân tương ái"],
["24/01/2025 16:20 GMT+7", "24 tháng Chạp", "năm thứ 6", "56 tuổi", "12 năm", "27 tuổi", "3 ngày", "16 giờ", "0 đồng"]))

PAGES.append(page("b6909-hungyen-ubnd-doithoai-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH HƯNG YÊN
Thứ Năm, 20/11/2025, 10:15
Thời sự » Chính trị
Công nhân mong có thêm "chuyến xe nghĩa tình" dịp Tết Bính Ngọ
Ngày 19/11, UBND tỉnh Hưng Yên phối hợp Liên đoàn Lao động tỉnh tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với công nhân, người lao động năm 2025. Đồng chí Phạm Quang Ngọc, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị. Dự có đồng chí Nguyễn Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Trần Thị Hương Giang, Chủ tịch Liên đoàn Lao động tỉnh và hơn 300 công nhân, người lao động.
Đồng chí Phạm Quang Ngọc trả lời ý kiến của công nhân tại hội nghị.
Đây là hội nghị đối thoại đầu tiên kể từ khi tỉnh Hưng Yên mới (hợp nhất tỉnh Hưng Yên và tỉnh Thái Bình) đi vào hoạt động. Toàn tỉnh hiện có 23 khu công nghiệp đã hoạt động với khoảng 260.000 lao động, trong đó gần 40% là người ngoại tỉnh.
Tại hội nghị, 19 ý kiến đã được nêu trực tiếp. Anh Lý Văn Thắng, người Tày quê Cao Bằng, công nhân Công ty TNHH Điện tử Phố Nối (phường Mỹ Hào), đề nghị tỉnh tiếp tục tổ chức chuyến xe đưa công nhân về các tỉnh miền núi phía Bắc dịp Tết như năm trước, vì "xe Tết tuyến Cao Bằng vừa ít vừa đắt". Chị Đoàn Thị Hằng, Chủ tịch Công đoàn Công ty CP May Thái Hà (phường Trần Lãm), phản ánh công nhân ở các khu công nghiệp phía Thái Bình trước đây đi làm theo tuyến xe đưa đón, nay cần được sắp xếp lại cho phù hợp với địa giới mới.
Trả lời các kiến nghị, đồng chí Trần Thị Hương Giang cho biết Tết Bính Ngọ 2026, Liên đoàn Lao động tỉnh dự kiến tổ chức 50 chuyến xe, tăng 15 chuyến so với năm trước, đưa khoảng 2.000 công nhân về quê; thực hiện theo Kế hoạch số 47/KH-LĐLĐ ngày 20/10/2025. Ông Vũ Văn Bình, Phó Giám đốc Sở Xây dựng, thông tin sở sẽ chỉ đạo tăng cường khoảng 1.200 lượt xe tuyến cố định dịp Tết.
Kết luận hội nghị, đồng chí Phạm Quang Ngọc giao các sở, ngành trả lời bằng văn bản các ý kiến chưa được giải đáp trước ngày 5/12; giao UBND các xã, phường có khu công nghiệp phối hợp công đoàn nắm tình hình đời sống, việc làm của công nhân dịp cuối năm. Đồng chí nhấn mạnh việc thực hiện Chỉ thị số 09-CT/TU ngày 15/9/2025 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong công nhân, lao động ở doanh nghiệp và Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ về điều kiện lao động, quan hệ lao động.
Cũng tại hội nghị, Chủ tịch UBND tỉnh yêu cầu các doanh nghiệp công khai kế hoạch thưởng Tết trước ngày 15/12 và trả lương, thưởng đầy đủ, không để công nhân phải "ăn Tết nợ".
Sau hội nghị, UBND tỉnh trao 50 suất quà, mỗi suất 2 triệu đồng, cho công nhân có hoàn cảnh đặc biệt khó khăn.
Minh Nguyệt - Quang Huy
Tin liên quan
- Hưng Yên ra mắt Quỹ "Mái ấm Công đoàn" (10/11/2025)
- Khánh thành thiết chế công đoàn ở xã Như Quỳnh (05/11/2025)
""", "2025-11-20", "Công nhân mong có thêm \"chuyến xe nghĩa tình\" dịp Tết Bính Ngọ",
E("doi_thoai", "2025", "2025-11-19"),
[P("Phạm Quang Ngọc", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Hương Giang", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Lý Văn Thắng", "công nhân Công ty TNHH Điện tử Phố Nối"),
 P("Đoàn Thị Hằng", "Chủ tịch Công đoàn Công ty CP May Thái Hà"),
 P("Vũ Văn Bình", "Phó Giám đốc Sở Xây dựng")],
[Q("hơn 300 công nhân, người lao động", 300, "công nhân, người lao động", "over"), Q("23 khu công nghiệp", 23, "khu công nghiệp"),
 Q("khoảng 260.000 lao động", 260000, "lao động", "approx"), Q("gần 40%", 40, "%", "approx"), Q("19 ý kiến", 19, "ý kiến"),
 Q("50 chuyến xe", 50, "chuyến xe"), Q("15 chuyến", 15, "chuyến"), Q("khoảng 2.000 công nhân", 2000, "công nhân", "approx"),
 Q("khoảng 1.200 lượt xe", 1200, "lượt xe", "approx"), Q("50 suất quà", 50, "suất quà"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Kế hoạch", "47", "KH-LĐLĐ", "2025-10-20", None, "Kế hoạch số 47/KH-LĐLĐ ngày 20/10/2025"),
 D("Chỉ thị", "09", "CT/TU", "2025-09-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 09-CT/TU ngày 15/9/2025"),
 D("Nghị định", "145", "2020/NĐ-CP", "2020-12-14", "Chính phủ", "Nghị định số 145/2020/NĐ-CP ngày 14/12/2020")],
[prov("Hưng Yên"), prov("Thái Bình"), prov("Cao Bằng"), com("Mỹ Hào"), com("Trần Lãm")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH HƯNG YÊN", "Thời sự » Chính trị", "Đồng chí Phạm Quang Ngọc trả lời ý kiến của công nhân tại hội nghị.",
 "chuyến xe nghĩa tình", "ăn Tết nợ"],
["Thứ Năm, 20/11/2025, 10:15", "năm 2025", "Tết Bính Ngọ 2026", "ngày 5/12", "ngày 15/12", "năm trước"]))

PAGES.append(page("b6910-danang-ldld-hoinghi-chamloTet-2026", """
Báo và Phát thanh, Truyền hình Đà Nẵng
12/12/2025 - 14:35
Trang chủ / Xã hội / Công đoàn
Đà Nẵng dành gần 60 tỷ đồng chăm lo Tết Bính Ngọ cho người lao động
Sáng 11-12, Liên đoàn Lao động thành phố Đà Nẵng tổ chức Hội nghị triển khai công tác chăm lo Tết cho đoàn viên, người lao động năm 2026. Bà Lê Thị Mỹ Hạnh, Thành ủy viên, Chủ tịch Liên đoàn Lao động thành phố chủ trì; dự hội nghị có ông Trần Văn Sơn, Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy.
Theo kế hoạch, dịp Tết Nguyên đán Bính Ngọ, các cấp công đoàn thành phố dự kiến chăm lo cho khoảng 95.000 đoàn viên, người lao động với tổng kinh phí gần 60 tỷ đồng. Đây là lần đầu công tác chăm lo Tết được triển khai trên địa bàn thành phố mới sau hợp nhất với tỉnh Quảng Nam, gồm 93 xã, phường, đặc khu.
Ông Phan Văn Tú, Phó Chủ tịch Liên đoàn Lao động thành phố, cho biết chương trình "Tết sum vầy" năm nay gồm 4 hoạt động chính: thăm, tặng 12.000 suất quà; tổ chức 3 "Chợ Tết Công đoàn" tại phường Hòa Khánh, phường Điện Bàn và xã Núi Thành; tổ chức 40 chuyến xe đưa khoảng 1.600 công nhân về quê ở Quảng Trị, Huế, Quảng Ngãi, Gia Lai; hỗ trợ 500 vé máy bay cho công nhân quê phía Bắc, mỗi vé hỗ trợ tối đa 2 triệu đồng. Đoàn viên được xét hỗ trợ là người có thời gian làm việc từ 6 tháng trở lên, thu nhập dưới 8 triệu đồng/tháng.
Các hoạt động được thực hiện theo Kế hoạch số 301/KH-TLĐ ngày 3/10/2025 của Tổng Liên đoàn Lao động Việt Nam và Kế hoạch số 18-KH/TU ngày 28/11/2025 của Ban Thường vụ Thành ủy về tổ chức Tết Bính Ngọ.
Thảo luận tại hội nghị, bà Hồ Thị Bích Ngọc, Chủ tịch Công đoàn các Khu công nghiệp và chế xuất thành phố, đề nghị sớm chốt danh sách xe trước ngày 10/1/2026 để công nhân yên tâm. Ông A Lăng Hiếu, người Cơ Tu, Chủ tịch Công đoàn cơ sở Công ty CP Dệt may Quảng Nam, đề xuất có ít nhất 5 chuyến xe lên các xã miền núi Tây Giang, Hùng Sơn, nơi nhiều công nhân chưa về quê hai năm liền.
Phát biểu chỉ đạo, ông Trần Văn Sơn đề nghị các cấp công đoàn bám sát Chỉ thị của Ban Bí thư về tổ chức Tết Bính Ngọ năm 2026, phối hợp với Mặt trận và các đoàn thể để "không ai bị bỏ lại phía sau"; đồng thời nắm chắc tình hình nợ lương, thưởng, nhất là ở doanh nghiệp dệt may, da giày gặp khó khăn về đơn hàng.
Bà Lê Thị Mỹ Hạnh giao các công đoàn cấp trên cơ sở hoàn thành chi trả quà trước ngày 5/2/2026, báo cáo kết quả về Liên đoàn Lao động thành phố trước ngày 25/2.
Ngọc Hà
Tin cùng chuyên mục
- Khai trương Siêu thị mini Công đoàn tại Khu công nghiệp Điện Nam - Điện Ngọc (08/12/2025)
- Trao 20 "Mái ấm Công đoàn" cho đoàn viên khó khăn (01/12/2025)
""", "2025-12-12", "Đà Nẵng dành gần 60 tỷ đồng chăm lo Tết Bính Ngọ cho người lao động",
E("hoi_nghi", "2026", "2025-12-11"),
[P("Lê Thị Mỹ Hạnh", "Thành ủy viên", "Chủ tịch Liên đoàn Lao động thành phố"),
 P("Trần Văn Sơn", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Phan Văn Tú", "Phó Chủ tịch Liên đoàn Lao động thành phố"),
 P("Hồ Thị Bích Ngọc", "Chủ tịch Công đoàn các Khu công nghiệp và chế xuất thành phố"),
 P("A Lăng Hiếu", "Chủ tịch Công đoàn cơ sở Công ty CP Dệt may Quảng Nam")],
[Q("gần 60 tỷ đồng", 60000000000, "đồng", "approx"), Q("khoảng 95.000 đoàn viên, người lao động", 95000, "đoàn viên, người lao động", "approx"),
 Q("93 xã, phường, đặc khu", 93, "xã, phường, đặc khu"), Q("4 hoạt động chính", 4, "hoạt động chính"),
 Q("12.000 suất quà", 12000, "suất quà"), Q("3 \"Chợ Tết Công đoàn\"", 3, "Chợ Tết Công đoàn"), Q("40 chuyến xe", 40, "chuyến xe"),
 Q("khoảng 1.600 công nhân", 1600, "công nhân", "approx"), Q("500 vé máy bay", 500, "vé máy bay"),
 Q("tối đa 2 triệu đồng", 2000000, "đồng"), Q("8 triệu đồng/tháng", 8000000, "đồng"), Q("ít nhất 5 chuyến xe", 5, "chuyến xe", "over")],
[D("Kế hoạch", "301", "KH-TLĐ", "2025-10-03", "Tổng Liên đoàn Lao động Việt Nam", "Kế hoạch số 301/KH-TLĐ ngày 3/10/2025"),
 D("Kế hoạch", "18", "KH/TU", "2025-11-28", "Ban Thường vụ Thành ủy", "Kế hoạch số 18-KH/TU ngày 28/11/2025")],
[prov("Đà Nẵng"), prov("Quảng Nam"), prov("Quảng Trị"), prov("Huế"), prov("Quảng Ngãi"), prov("Gia Lai"),
 com("Hòa Khánh"), com("Điện Bàn"), com("Núi Thành"), com("Tây Giang"), com("Hùng Sơn")],
["Báo và Phát thanh, Truyền hình Đà Nẵng", "Trang chủ / Xã hội / Công đoàn", "Tết sum vầy", "Chợ Tết Công đoàn",
 "không ai bị bỏ lại phía sau", "Chỉ thị của Ban Bí thư"],
["12/12/2025 - 14:35", "năm 2026", "Tết Nguyên đán Bính Ngọ", "6 tháng", "hai năm", "ngày 10/1/2026", "ngày 5/2/2026", "ngày 25/2",
 "Tết Bính Ngọ năm 2026"]))
