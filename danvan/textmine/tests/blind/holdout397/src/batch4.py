from lib import *
PAGES = []

PAGES.append(page("b9503-tuyenquang-ldld-maiam-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ | Xã hội | Công đoàn
Thứ Sáu, 22/8/2025 | 14:00
Mái ấm Công đoàn đầu tiên sau hợp nhất đến với công nhân vùng cao
Chị Vàng Thị Mai nhận chìa khóa Mái ấm Công đoàn. Ảnh: Thu Hằng
Ngày 21/8, Liên đoàn Lao động tỉnh Tuyên Quang phối hợp với Đảng ủy, UBND xã Yên Minh tổ chức lễ khánh thành, bàn giao Mái ấm Công đoàn cho gia đình chị Vàng Thị Mai, người Mông, công nhân Công ty CP Chè Phìn Hồ. Đây là căn nhà đầu tiên được xây dựng từ Quỹ Xã hội của LĐLĐ tỉnh sau khi hợp nhất hai tỉnh Tuyên Quang và Hà Giang.
Dự buổi lễ có đồng chí Hoàng Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch LĐLĐ tỉnh; đồng chí Sùng Mí Lử, Bí thư Đảng ủy xã Yên Minh; đồng chí Lý Seo Chứ, Chủ tịch UBND xã.
Căn nhà rộng 72 m2, xây kiên cố, tổng kinh phí 160 triệu đồng; trong đó LĐLĐ tỉnh hỗ trợ 60 triệu đồng, Công ty CP Chè Phìn Hồ hỗ trợ 30 triệu đồng, đoàn viên công đoàn công ty góp 150 ngày công. Trước đó, gia đình chị Mai với 5 nhân khẩu sống trong căn nhà gỗ dột nát bị hư hỏng sau đợt mưa lũ tháng 7.
Đồng chí Hoàng Thị Thu Hà cho biết, sau khi kết thúc hoạt động công đoàn cấp huyện từ ngày 1/7/2025, LĐLĐ tỉnh trực tiếp quản lý 2.840 công đoàn cơ sở với hơn 156.000 đoàn viên. Thực hiện Kế hoạch số 112/KH-LĐLĐ ngày 15/7/2025 của LĐLĐ tỉnh, năm 2025 toàn tỉnh sẽ xây dựng, sửa chữa 40 Mái ấm Công đoàn, ưu tiên đoàn viên ở 68 xã đặc biệt khó khăn và đoàn viên bị thiệt hại do thiên tai. Mức hỗ trợ tối đa 60 triệu đồng/căn xây mới, 30 triệu đồng/căn sửa chữa.
Đồng chí Sùng Mí Lử cho biết toàn xã có 215 người đang làm công nhân tại các doanh nghiệp trong và ngoài tỉnh, nhiều người làm việc tại các khu công nghiệp ở Bắc Ninh, Thái Nguyên. Đảng ủy xã đã ban hành Nghị quyết số 05-NQ/ĐU về phát triển đảng viên trong công nhân, lao động giai đoạn 2025 - 2030.
Cùng ngày, LĐLĐ tỉnh trao 20 suất quà cho con đoàn viên vượt khó học tốt tại phường Hà Giang 2, mỗi suất 1 triệu đồng, và tặng Công đoàn cơ sở Trường Phổ thông dân tộc nội trú 1 tủ sách.
Xúc động nhận căn nhà mới, chị Mai nói bằng tiếng phổ thông còn ngọng: "Cảm ơn công đoàn, cảm ơn Đảng. Nhà mới không sợ mưa nữa, các con có chỗ học bài".
Những ngày xây nhà, anh em công nhân trong tổ sản xuất của chị Mai thay nhau về phụ giúp vào các ngày nghỉ, người vác cát, người trộn vữa. Bà con trong bản cũng góp cây gỗ, góp công làm bếp, dựng chuồng trại. Niềm vui nhà mới vì thế trở thành niềm vui chung của cả bản.
Thu Hằng - Minh Khánh
Tin liên quan
- LĐLĐ tỉnh hỗ trợ đoàn viên bị thiệt hại do mưa lũ (05/08/2025)
- Công bố quyết định về tổ chức bộ máy LĐLĐ tỉnh Tuyên Quang (01/07/2025)
- Trao 200 suất quà cho công nhân nhân Tháng Công nhân (20/05/2025)
""", "2025-08-22", "Mái ấm Công đoàn đầu tiên sau hợp nhất đến với công nhân vùng cao",
E("trao_qua", None, "2025-08-21"),
[P("Vàng Thị Mai", "công nhân Công ty CP Chè Phìn Hồ"),
 P("Hoàng Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch LĐLĐ tỉnh"),
 P("Sùng Mí Lử", "Bí thư Đảng ủy xã Yên Minh"),
 P("Lý Seo Chứ", "Chủ tịch UBND xã")],
[Q("72 m2", 72, "m2"), Q("160 triệu đồng", 160000000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("150 ngày công", 150, "ngày công"), Q("5 nhân khẩu", 5, "nhân khẩu"),
 Q("2.840 công đoàn cơ sở", 2840, "công đoàn cơ sở"), Q("hơn 156.000 đoàn viên", 156000, "đoàn viên", "over"),
 Q("40 Mái ấm Công đoàn", 40, "Mái ấm Công đoàn"), Q("68 xã đặc biệt khó khăn", 68, "xã đặc biệt khó khăn"),
 Q("tối đa 60 triệu đồng", 60000000, "đồng"), Q("30 triệu đồng/căn", 30000000, "đồng"),
 Q("215 người", 215, "người"), Q("20 suất quà", 20, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "112", "KH-LĐLĐ", "2025-07-15", "LĐLĐ tỉnh", "Kế hoạch số 112/KH-LĐLĐ ngày 15/7/2025"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU")],
[prov("Tuyên Quang"), prov("Hà Giang"), prov("Bắc Ninh"), prov("Thái Nguyên"), com("Yên Minh"), com("Hà Giang 2")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ | Xã hội | Công đoàn", "Chị Vàng Thị Mai nhận chìa khóa Mái ấm Công đoàn. Ảnh: Thu Hằng",
 "Quỹ Xã hội của LĐLĐ tỉnh", "Trường Phổ thông dân tộc nội trú"],
["Thứ Sáu, 22/8/2025 | 14:00", "ngày 1/7/2025", "năm 2025", "tháng 7", "giai đoạn 2025 - 2030", "1 tủ sách", "căn nhà đầu tiên"]))

PAGES.append(page("b9504-dongnai-ubnd-doithoai-2025", """
ĐỒNG NAI ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Đồng Nai
Thời sự > Chính trị > Dân vận - Mặt trận
2025-10-31 16:40
Công nhân đề xuất nhà ở, trường học cho con tại buổi đối thoại. Ảnh: Công Nghĩa
Chủ tịch UBND tỉnh đối thoại với hơn 500 công nhân, lao động
Sáng 30/10, tại Nhà văn hóa công nhân phường Long Bình, UBND tỉnh Đồng Nai phối hợp với Ủy ban MTTQ Việt Nam tỉnh và Liên đoàn Lao động tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với công nhân, lao động năm 2025. Đây là hội nghị đối thoại đầu tiên từ khi hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước.
Đồng chí Võ Tấn Lộc, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; cùng dự có đồng chí Điểu Thị Ngân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Nguyễn Văn Lực, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch LĐLĐ tỉnh; cùng hơn 500 công nhân, lao động từ các khu công nghiệp ở phường Trấn Biên, xã Nhơn Trạch, phường Đồng Xoài và phường Bình Phước.
Theo báo cáo của LĐLĐ tỉnh, tỉnh Đồng Nai mới có 53 khu công nghiệp với hơn 1,2 triệu lao động, trong đó khoảng 62% là lao động ngoại tỉnh. 9 tháng năm 2025, thu nhập bình quân của công nhân đạt 9,8 triệu đồng/tháng; 1.420 doanh nghiệp đã chi thưởng, hỗ trợ cho người lao động dịp Tết; tuy nhiên còn 386 doanh nghiệp nợ bảo hiểm xã hội với số tiền 1.150 tỷ đồng.
Tại hội nghị, 23 ý kiến được nêu trực tiếp. Chị Thị Hồng Nhung, người S'tiêng quê xã Bù Gia Mập, công nhân Công ty TNHH Chế biến Gỗ Đồng Xoài, đề nghị có tuyến xe đưa đón công nhân từ các xã biên giới. Anh Lê Minh Trí, Chủ tịch Công đoàn cơ sở Công ty TNHH Pou Hung Việt Nam, phản ánh việc nhiều doanh nghiệp giày da cắt giảm giờ làm, thu nhập giảm. Chị Phạm Thị Hòa, công nhân Công ty TNHH Điện tử Amata, đề nghị tỉnh sớm có trường mầm non công lập cho con công nhân ở phường Long Bình.
Trả lời các ý kiến, đồng chí Võ Tấn Lộc cho biết tỉnh đã ban hành Quyết định số 1524/QĐ-UBND ngày 15/8/2025 của UBND tỉnh phê duyệt danh mục 18 dự án nhà ở xã hội với khoảng 32.000 căn hộ, ưu tiên công nhân thu nhập thấp; giao UBND phường Long Bình bố trí quỹ đất xây 1 trường mầm non 20 lớp trong năm 2026. Tỉnh cũng yêu cầu Bảo hiểm xã hội tỉnh phối hợp LĐLĐ tỉnh khởi kiện các doanh nghiệp nợ bảo hiểm xã hội kéo dài theo Luật Công đoàn năm 2024.
Đồng chí Điểu Thị Ngân đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh và LĐLĐ tỉnh thực hiện tốt Quy định số 124-QĐ/TW của Ban Bí thư; tăng cường giám sát việc thực hiện các kiến nghị sau đối thoại, trả lời bằng văn bản 9 ý kiến còn lại trước ngày 30/11/2025.
Công Nghĩa
Lượt xem: 4.215
Tin liên quan
- Ra mắt Công đoàn các khu công nghiệp tỉnh sau hợp nhất (15/07/2025)
- Trao 300 suất quà cho công nhân bị ảnh hưởng thiên tai (02/10/2025)
- Tọa đàm về nhà ở xã hội cho công nhân (25/09/2025)
""", "2025-10-31", "Chủ tịch UBND tỉnh đối thoại với hơn 500 công nhân, lao động",
E("doi_thoai", "2025", "2025-10-30"),
[P("Võ Tấn Lộc", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Điểu Thị Ngân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Lực", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch LĐLĐ tỉnh"),
 P("Thị Hồng Nhung", "công nhân Công ty TNHH Chế biến Gỗ Đồng Xoài"),
 P("Lê Minh Trí", "Chủ tịch Công đoàn cơ sở Công ty TNHH Pou Hung Việt Nam"),
 P("Phạm Thị Hòa", "công nhân Công ty TNHH Điện tử Amata")],
[Q("hơn 500 công nhân, lao động", 500, "công nhân, lao động", "over"), Q("53 khu công nghiệp", 53, "khu công nghiệp"),
 Q("hơn 1,2 triệu lao động", 1200000, "lao động", "over"), Q("khoảng 62%", 62, "%", "approx"),
 Q("9,8 triệu đồng", 9800000, "đồng"), Q("1.420 doanh nghiệp", 1420, "doanh nghiệp"), Q("386 doanh nghiệp", 386, "doanh nghiệp"),
 Q("1.150 tỷ đồng", 1150000000000, "đồng"), Q("23 ý kiến", 23, "ý kiến"), Q("18 dự án nhà ở xã hội", 18, "dự án nhà ở xã hội"),
 Q("khoảng 32.000 căn hộ", 32000, "căn hộ", "approx"), Q("1 trường mầm non", 1, "trường mầm non"), Q("20 lớp", 20, "lớp"),
 Q("9 ý kiến", 9, "ý kiến")],
[D("Quyết định", "1524", "QĐ-UBND", "2025-08-15", "UBND tỉnh", "Quyết định số 1524/QĐ-UBND ngày 15/8/2025"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Long Bình"), com("Trấn Biên"), com("Nhơn Trạch"), com("Đồng Xoài"),
 com("Bình Phước"), com("Bù Gia Mập")],
["ĐỒNG NAI ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Đồng Nai", "Thời sự > Chính trị > Dân vận - Mặt trận",
 "Công nhân đề xuất nhà ở, trường học cho con tại buổi đối thoại. Ảnh: Công Nghĩa", "Nhà văn hóa công nhân phường Long Bình",
 "Luật Công đoàn năm 2024", "Lượt xem: 4.215"],
["2025-10-31 16:40", "năm 2025", "9 tháng năm 2025", "năm 2026", "ngày 30/11/2025", "Lượt xem: 4.215", "hội nghị đối thoại đầu tiên"]))

PAGES.append(page("b9505-vinhlong-ldld-tongket-2025", """
BÁO VĨNH LONG ONLINE
Trang chủ › Chính trị › Mặt trận - Đoàn thể
19 tháng 12, 2025 | 17:45
Toàn cảnh hội nghị tổng kết.
Năm đầu hợp nhất, tổ chức Công đoàn vững vàng chăm lo đoàn viên
Chiều 18/12, Liên đoàn Lao động tỉnh Vĩnh Long tổ chức hội nghị tổng kết hoạt động công đoàn năm 2025 và triển khai phương hướng, nhiệm vụ năm 2026. Đồng chí Thạch Thị Sô Phia, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch LĐLĐ tỉnh chủ trì; dự hội nghị có đồng chí Nguyễn Văn Nhân, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Theo báo cáo, sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh, LĐLĐ tỉnh quản lý 4.380 công đoàn cơ sở với 236.500 đoàn viên. Năm 2025, các cấp công đoàn đã kết nạp 11.240 đoàn viên, thành lập mới 86 công đoàn cơ sở; tổ chức "Tết Sum vầy", "Tháng Công nhân", chăm lo cho hơn 98.000 lượt đoàn viên, người lao động với tổng kinh phí gần 64 tỷ đồng; xây dựng, sửa chữa 152 Mái ấm Công đoàn, trong đó 47 căn cho đoàn viên người Khmer.
Tình hình quan hệ lao động cơ bản ổn định; xảy ra 5 cuộc ngừng việc tập thể tại các khu công nghiệp Giao Long, An Hiệp và Long Đức, đều được giải quyết trong ngày. Công đoàn đã tư vấn pháp luật cho 3.600 lượt người lao động, đại diện khởi kiện 14 doanh nghiệp nợ bảo hiểm xã hội.
Tại hội nghị, đồng chí Kim Sóc Khêne, Chủ tịch Công đoàn các khu công nghiệp tỉnh, cho biết nhiều lao động người Khmer ở xã Cầu Ngang, xã Trà Cú đi làm xa, đề nghị tăng "Chuyến xe Công đoàn" dịp Tết Bính Ngọ. Bà Huỳnh Thị Ngọc Bích, Chủ tịch Công đoàn cơ sở Công ty TNHH Giày Chí Hùng ở phường An Hội, nêu kinh nghiệm tổ chức đối thoại hằng quý với chủ doanh nghiệp người Đài Loan.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Nhân ghi nhận Công đoàn tỉnh đã ổn định tổ chức nhanh sau hợp nhất; đề nghị năm 2026 tiếp tục thực hiện Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy; triển khai Chỉ thị số 03-CT/TU ngày 12/9/2025 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong doanh nghiệp.
Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp ít nhất 10.000 đoàn viên, xây dựng 120 Mái ấm Công đoàn và chăm lo Tết cho ít nhất 60.000 đoàn viên. Theo Kế hoạch số 215/KH-LĐLĐ ngày 01/12/2025, mỗi phần quà Tết trị giá 1 triệu đồng; đoàn viên bị bệnh hiểm nghèo được hỗ trợ 3 triệu đồng.
Dịp này, LĐLĐ tỉnh tặng bằng khen cho 32 tập thể và 45 cá nhân xuất sắc; trao 10 Mái ấm Công đoàn cho đoàn viên ở phường Long Châu, mỗi căn 60 triệu đồng.
Ngọc Hân - Sơn Tùng
Tin liên quan
- Chuẩn bị "Tết Sum vầy" Xuân Bính Ngọ 2026 (10/12/2025)
- Công đoàn các khu công nghiệp ra mắt sau hợp nhất (20/07/2025)
- Trao 30 Mái ấm Công đoàn cho đoàn viên người Khmer (15/11/2025)
""", "2025-12-19", "Năm đầu hợp nhất, tổ chức Công đoàn vững vàng chăm lo đoàn viên",
E("tong_ket", "2025", "2025-12-18"),
[P("Thạch Thị Sô Phia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch LĐLĐ tỉnh"),
 P("Nguyễn Văn Nhân", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kim Sóc Khêne", "Chủ tịch Công đoàn các khu công nghiệp tỉnh"),
 P("Huỳnh Thị Ngọc Bích", "Chủ tịch Công đoàn cơ sở Công ty TNHH Giày Chí Hùng")],
[Q("4.380 công đoàn cơ sở", 4380, "công đoàn cơ sở"), Q("236.500 đoàn viên", 236500, "đoàn viên"),
 Q("11.240 đoàn viên", 11240, "đoàn viên"), Q("86 công đoàn cơ sở", 86, "công đoàn cơ sở"),
 Q("hơn 98.000 lượt đoàn viên, người lao động", 98000, "lượt đoàn viên, người lao động", "over"),
 Q("gần 64 tỷ đồng", 64000000000, "đồng", "approx"), Q("152 Mái ấm Công đoàn", 152, "Mái ấm Công đoàn"),
 Q("47 căn", 47, "căn"), Q("5 cuộc ngừng việc tập thể", 5, "cuộc ngừng việc tập thể"),
 Q("3.600 lượt người lao động", 3600, "lượt người lao động"), Q("14 doanh nghiệp", 14, "doanh nghiệp"),
 Q("ít nhất 10.000 đoàn viên", 10000, "đoàn viên", "over"), Q("120 Mái ấm Công đoàn", 120, "Mái ấm Công đoàn"),
 Q("ít nhất 60.000 đoàn viên", 60000, "đoàn viên", "over"), Q("1 triệu đồng", 1000000, "đồng"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("32 tập thể", 32, "tập thể"), Q("45 cá nhân xuất sắc", 45, "cá nhân xuất sắc"),
 Q("10 Mái ấm Công đoàn", 10, "Mái ấm Công đoàn"), Q("60 triệu đồng", 60000000, "đồng")],
[D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Chỉ thị", "03", "CT/TU", "2025-09-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 12/9/2025"),
 D("Kế hoạch", "215", "KH-LĐLĐ", "2025-12-01", None, "Kế hoạch số 215/KH-LĐLĐ ngày 01/12/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Cầu Ngang"), com("Trà Cú"), com("An Hội"), com("Long Châu")],
["BÁO VĨNH LONG ONLINE", "Trang chủ › Chính trị › Mặt trận - Đoàn thể", "Toàn cảnh hội nghị tổng kết.", "Tết Sum vầy",
 "Tháng Công nhân", "Chuyến xe Công đoàn"],
["19 tháng 12, 2025 | 17:45", "năm 2025", "năm 2026", "Năm 2025", "Năm 2026", "Tết Bính Ngọ", "Năm đầu hợp nhất"]))

PAGES.append(page("b9506-lamdong-ldld-tetsumvay-2026", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Hôm nay: Thứ Bảy, 07/02/2026
Trang chủ / Xã hội / Lao động
06/02/2026 06:00
"Tết Sum vầy" Xuân Bính Ngọ: ấm lòng công nhân ba vùng
Lãnh đạo tỉnh trao quà Tết cho công nhân tại phường Bắc Gia Nghĩa.
Ngày 5/2, Liên đoàn Lao động tỉnh Lâm Đồng tổ chức chương trình "Tết Sum vầy - Xuân Bính Ngọ 2026" đồng thời tại 3 điểm: phường Bảo Lộc 1, phường Bắc Gia Nghĩa và phường Phan Thiết, trao 3.000 phần quà Tết cho công nhân, lao động có hoàn cảnh khó khăn.
Tại điểm phường Bắc Gia Nghĩa, đồng chí K'Mák, Phó Bí thư Tỉnh ủy; đồng chí Điểu K'Rứt, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch LĐLĐ tỉnh; đồng chí Y Sơn Ayun, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy đã trao quà cho công nhân các doanh nghiệp khai thác, chế biến bô-xít, cà phê và cao su.
Mỗi phần quà trị giá 1,5 triệu đồng gồm tiền mặt và nhu yếu phẩm. Dịp này, LĐLĐ tỉnh tổ chức 12 "Chuyến xe Công đoàn" miễn phí đưa gần 600 công nhân về quê ăn Tết; "Phiên chợ Tết Công đoàn" tại phường Phan Thiết có 50 gian hàng bán hàng bình ổn giá, phát 2.000 phiếu mua hàng mỗi phiếu 500.000 đồng.
Theo đồng chí Điểu K'Rứt, thực hiện Kế hoạch số 08/KH-LĐLĐ ngày 05/01/2026 của Ban Thường vụ LĐLĐ tỉnh, Tết Bính Ngọ năm nay các cấp công đoàn trong tỉnh dành gần 72 tỷ đồng chăm lo cho hơn 86.000 đoàn viên, người lao động; trong đó 8.400 đoàn viên mất việc, bị giảm giờ làm được hỗ trợ 1 triệu đồng/người theo Quyết định số 9215/QĐ-TLĐ ngày 18/12/2025 của Tổng Liên đoàn Lao động Việt Nam. Thưởng Tết bình quân năm nay đạt 6,2 triệu đồng/người, cao nhất là 210 triệu đồng.
Chị Ka Hoa, người K'Ho ở xã Đinh Văn Lâm Hà, công nhân Công ty CP Chè Tâm Châu, cho biết năm nay giá chè búp giảm nên chị không nghĩ sẽ có tiền sắm Tết. Anh Y Bhiu Knul, người Ê Đê, công nhân Công ty TNHH Nhôm Nhân Cơ, vui mừng vì đã được nhận vé xe về quê ở Đắk Lắk.
Phát biểu tại chương trình, đồng chí K'Mák đề nghị các doanh nghiệp thực hiện nghiêm Chỉ thị số 45-CT/TU ngày 15/12/2025 của Ban Thường vụ Tỉnh ủy về tổ chức Tết Bính Ngọ vui tươi, lành mạnh, an toàn, tiết kiệm; bảo đảm trả đủ lương, thưởng, không để công nhân nào không có Tết.
Các cấp công đoàn cũng được yêu cầu nắm chắc tình hình công nhân ở lại làm việc, trực sản xuất trong những ngày Tết để kịp thời thăm hỏi, động viên; theo dõi việc công nhân trở lại làm việc sau Tết, nhất là ở các doanh nghiệp có đông lao động ngoại tỉnh tại khu vực Tây Nguyên và ven biển.
Ngọc Lan - K'Duy
Lượt xem: 2.604
Tin liên quan
- Đối thoại với công nhân Khu công nghiệp Phú Hội (20/01/2026)
- Trao 15 Mái ấm Công đoàn dịp cuối năm (15/01/2026)
- LĐLĐ tỉnh tổng kết năm 2025 (25/12/2025)
""", "2026-02-06", '"Tết Sum vầy" Xuân Bính Ngọ: ấm lòng công nhân ba vùng',
E("trao_qua", None, "2026-02-05"),
[P("K'Mák", "Phó Bí thư Tỉnh ủy"),
 P("Điểu K'Rứt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch LĐLĐ tỉnh"),
 P("Y Sơn Ayun", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ka Hoa", "công nhân Công ty CP Chè Tâm Châu"),
 P("Y Bhiu Knul", "công nhân Công ty TNHH Nhôm Nhân Cơ")],
[Q("3 điểm", 3, "điểm"), Q("3.000 phần quà", 3000, "phần quà"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q('12 "Chuyến xe Công đoàn"', 12, "Chuyến xe Công đoàn"), Q("gần 600 công nhân", 600, "công nhân", "approx"),
 Q("50 gian hàng", 50, "gian hàng"), Q("2.000 phiếu mua hàng", 2000, "phiếu mua hàng"), Q("500.000 đồng", 500000, "đồng"),
 Q("gần 72 tỷ đồng", 72000000000, "đồng", "approx"), Q("hơn 86.000 đoàn viên, người lao động", 86000, "đoàn viên, người lao động", "over"),
 Q("8.400 đoàn viên", 8400, "đoàn viên"), Q("1 triệu đồng", 1000000, "đồng"), Q("6,2 triệu đồng", 6200000, "đồng"),
 Q("210 triệu đồng", 210000000, "đồng")],
[D("Kế hoạch", "08", "KH-LĐLĐ", "2026-01-05", "Ban Thường vụ LĐLĐ tỉnh", "Kế hoạch số 08/KH-LĐLĐ ngày 05/01/2026"),
 D("Quyết định", "9215", "QĐ-TLĐ", "2025-12-18", "Tổng Liên đoàn Lao động Việt Nam", "Quyết định số 9215/QĐ-TLĐ ngày 18/12/2025"),
 D("Chỉ thị", "45", "CT/TU", "2025-12-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 45-CT/TU ngày 15/12/2025")],
[prov("Lâm Đồng"), prov("Đắk Lắk"), com("Bảo Lộc 1"), com("Bắc Gia Nghĩa"), com("Phan Thiết"), com("Đinh Văn Lâm Hà")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Hôm nay: Thứ Bảy, 07/02/2026", "Trang chủ / Xã hội / Lao động",
 "Lãnh đạo tỉnh trao quà Tết cho công nhân tại phường Bắc Gia Nghĩa.", "Tết Sum vầy - Xuân Bính Ngọ 2026",
 "Chuyến xe Công đoàn", "Phiên chợ Tết Công đoàn", "Lượt xem: 2.604"],
["Hôm nay: Thứ Bảy, 07/02/2026", "06/02/2026 06:00", "Xuân Bính Ngọ 2026", "Tết Bính Ngọ", "Lượt xem: 2.604"]))

PAGES.append(page("b9507-bacninh-ldld-taphuan-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH
You are here: Trang chủ > Tin tức > Hoạt động công đoàn
Ngày đăng 27/03/2026 | 10:20
Học viên trao đổi tại lớp tập huấn.
Bồi dưỡng kỹ năng cho 320 chủ tịch công đoàn cơ sở doanh nghiệp
Ngày 26/3, tại phường Kinh Bắc, Liên đoàn Lao động tỉnh Bắc Ninh khai giảng lớp tập huấn nghiệp vụ công tác công đoàn năm 2026 cho 320 chủ tịch công đoàn cơ sở doanh nghiệp thuộc các khu công nghiệp Quế Võ, Yên Phong, Vân Trung, Quang Châu và Song Khê - Nội Hoàng. Lớp học kéo dài 3 ngày, chia thành 2 đợt.
Phát biểu khai giảng, đồng chí Ngô Thị Thanh Huyền, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch LĐLĐ tỉnh cho biết sau hợp nhất, tỉnh Bắc Ninh có 31 khu công nghiệp với hơn 640.000 lao động, 3.950 công đoàn cơ sở và 548.000 đoàn viên, là một trong những địa phương có số đoàn viên lớn nhất cả nước. Năm 2025, công đoàn tỉnh đã tổ chức 1.260 cuộc đối thoại, 2.100 hội nghị người lao động; tham gia giải quyết 11 cuộc ngừng việc tập thể.
Các học viên được PGS.TS. Nguyễn Văn Thắng, Trưởng khoa Quan hệ lao động và Công đoàn Trường Đại học Công đoàn giới thiệu những nội dung cơ bản của Luật Công đoàn năm 2024 có hiệu lực từ ngày 1/7/2025, Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ về đối thoại tại nơi làm việc và thực hiện dân chủ ở cơ sở tại nơi làm việc; ThS. Hoàng Thị Mai Phương, Phó Trưởng ban Chính sách - Pháp luật LĐLĐ tỉnh hướng dẫn kỹ năng thương lượng tập thể, tổ chức hội nghị người lao động.
Học viên cũng được phổ biến Hướng dẫn số 03/HD-TLĐ ngày 10/01/2026 của Tổng Liên đoàn Lao động Việt Nam về tổ chức Tháng Công nhân năm 2026; thảo luận tình huống khi doanh nghiệp chậm trả lương, cắt giảm lao động.
Chị Giáp Thị Nhàn, Chủ tịch Công đoàn cơ sở Công ty TNHH Linh kiện Nếnh, cho biết sau khi sắp xếp, đơn vị không còn công đoàn huyện làm đầu mối nên rất cần được tập huấn trực tiếp. Anh Nông Văn Chiến, người Tày, Chủ tịch Công đoàn cơ sở Công ty TNHH Điện tử Yên Phong ở xã Yên Phong, đề nghị LĐLĐ tỉnh lập nhóm hỗ trợ pháp lý trực tuyến cho cán bộ công đoàn cơ sở.
Theo Kế hoạch số 27/KH-LĐLĐ ngày 20/02/2026 của LĐLĐ tỉnh, năm 2026 sẽ tổ chức 14 lớp tập huấn cho khoảng 4.200 cán bộ công đoàn cơ sở, kinh phí hơn 1,8 tỷ đồng. Học viên hoàn thành lớp học được cấp giấy chứng nhận; 100% chủ tịch công đoàn cơ sở mới được bầu phải qua tập huấn trong năm.
Hà Phương
Tin liên quan
- LĐLĐ tỉnh ra quân Tháng Công nhân năm 2026 (20/03/2026)
- Đối thoại với công nhân tại phường Nếnh (12/03/2026)
- Chuyến xe Công đoàn đưa 2.500 công nhân về quê ăn Tết (10/02/2026)
""", "2026-03-27", "Bồi dưỡng kỹ năng cho 320 chủ tịch công đoàn cơ sở doanh nghiệp",
E("tap_huan", "2026", "2026-03-26"),
[P("Ngô Thị Thanh Huyền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch LĐLĐ tỉnh"),
 P("Nguyễn Văn Thắng", "PGS.TS.", "Trưởng khoa Quan hệ lao động và Công đoàn Trường Đại học Công đoàn"),
 P("Hoàng Thị Mai Phương", "ThS.", "Phó Trưởng ban Chính sách - Pháp luật LĐLĐ tỉnh"),
 P("Giáp Thị Nhàn", "Chủ tịch Công đoàn cơ sở Công ty TNHH Linh kiện Nếnh"),
 P("Nông Văn Chiến", "Chủ tịch Công đoàn cơ sở Công ty TNHH Điện tử Yên Phong")],
[Q("320 chủ tịch công đoàn cơ sở doanh nghiệp", 320, "chủ tịch công đoàn cơ sở doanh nghiệp"), Q("2 đợt", 2, "đợt"),
 Q("31 khu công nghiệp", 31, "khu công nghiệp"), Q("hơn 640.000 lao động", 640000, "lao động", "over"),
 Q("3.950 công đoàn cơ sở", 3950, "công đoàn cơ sở"), Q("548.000 đoàn viên", 548000, "đoàn viên"),
 Q("1.260 cuộc đối thoại", 1260, "cuộc đối thoại"), Q("2.100 hội nghị người lao động", 2100, "hội nghị người lao động"),
 Q("11 cuộc ngừng việc tập thể", 11, "cuộc ngừng việc tập thể"), Q("14 lớp tập huấn", 14, "lớp tập huấn"),
 Q("khoảng 4.200 cán bộ công đoàn cơ sở", 4200, "cán bộ công đoàn cơ sở", "approx"),
 Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"), Q("100%", 100, "%")],
[D("Nghị định", "145", "2020/NĐ-CP", "2020-12-14", "Chính phủ", "Nghị định số 145/2020/NĐ-CP ngày 14/12/2020"),
 D("Hướng dẫn", "03", "HD-TLĐ", "2026-01-10", "Tổng Liên đoàn Lao động Việt Nam", "Hướng dẫn số 03/HD-TLĐ ngày 10/01/2026"),
 D("Kế hoạch", "27", "KH-LĐLĐ", "2026-02-20", "LĐLĐ tỉnh", "Kế hoạch số 27/KH-LĐLĐ ngày 20/02/2026")],
[prov("Bắc Ninh"), com("Kinh Bắc"), com("Yên Phong")],
["CỔNG THÔNG TIN ĐIỆN TỬ LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH", "You are here: Trang chủ > Tin tức > Hoạt động công đoàn",
 "Học viên trao đổi tại lớp tập huấn.", "Luật Công đoàn năm 2024", "Tháng Công nhân"],
["Ngày đăng 27/03/2026 | 10:20", "năm 2026", "3 ngày", "Năm 2025", "ngày 1/7/2025"]))

PAGES.append(page("b9508-gialai-btgdv-giamsat-2026", """
BÁO GIA LAI ĐIỆN TỬ
Chủ Nhật, 17/05/2026
Trang chủ › Chính trị › Dân vận
Thứ Sáu, 15/05/2026, 09:00
Đoàn giám sát kiểm tra khu nhà lưu trú công nhân tại Khu kinh tế Nhơn Hội.
Giám sát công tác chăm lo đời sống công nhân tại Khu kinh tế Nhơn Hội
Thực hiện Chương trình giám sát năm 2026, ngày 13/5, Đoàn giám sát của Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai do đồng chí Rah Lan Lâm, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện chính sách đối với công nhân, lao động tại Ban Quản lý Khu kinh tế tỉnh và một số doanh nghiệp ở phường Quy Nhơn Đông, xã Tuy Phước.
Tham gia đoàn có đồng chí Đinh Thị Hương, Phó Chủ tịch LĐLĐ tỉnh; đồng chí Ksor H'Bia, Trưởng phòng Dân vận chính quyền và Dân tộc, Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy.
Theo báo cáo, Khu kinh tế Nhơn Hội và các khu công nghiệp phía Đông của tỉnh hiện có 214 doanh nghiệp với khoảng 58.000 lao động, trong đó hơn 4.600 lao động là người Ba Na, Gia Rai đến từ các xã phía Tây. Thu nhập bình quân năm 2025 đạt 8,4 triệu đồng/tháng. Có 162 doanh nghiệp đã thành lập công đoàn cơ sở với 49.300 đoàn viên.
Qua giám sát trực tiếp tại 7 doanh nghiệp, đoàn ghi nhận các doanh nghiệp cơ bản thực hiện đúng chế độ tiền lương, bảo hiểm; 2 khu nhà lưu trú với 1.800 chỗ ở đã đưa vào sử dụng. Tuy nhiên, vẫn còn 9 doanh nghiệp chậm đóng kinh phí công đoàn với số tiền khoảng 3,6 tỷ đồng; chưa có thiết chế văn hóa cho công nhân; việc tuyển dụng lao động dân tộc thiểu số còn thiếu ổn định, chủ yếu là lao động thời vụ.
Tại buổi làm việc, anh Đinh Văn Hyoan, người Ba Na quê xã Kbang, công nhân Công ty CP Gỗ Nhơn Hội, mong muốn doanh nghiệp hỗ trợ tiền xe về quê 2 lần/năm. Chị Siu H'Luyn, công nhân Công ty TNHH May Phù Cát, đề nghị có lớp học tiếng phổ thông và kỹ năng cho lao động mới.
Kết luận buổi giám sát, đồng chí Rah Lan Lâm đề nghị Ban Quản lý Khu kinh tế tỉnh phối hợp với LĐLĐ tỉnh thực hiện tốt Quy định số 124-QĐ/TW ngày 10/10/2023 của Ban Bí thư và Kế hoạch số 18-KH/BTGDVTU ngày 02/3/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác dân vận trong doanh nghiệp; đôn đốc doanh nghiệp nộp đủ kinh phí công đoàn 2%; xây dựng thiết chế công đoàn tại xã Tuy Phước với quy mô 500 căn hộ.
Kết quả giám sát sẽ được báo cáo Ban Thường vụ Tỉnh ủy trong tháng 6/2026.
Hồng Thi
Tin liên quan
- Ban Tuyên giáo và Dân vận Tỉnh ủy giám sát tại xã Ia Grai (07/05/2026)
- Tháng Công nhân 2026: trao 1.000 suất quà (02/05/2026)
- Công nhân Nhơn Hội được khám sức khỏe miễn phí (20/04/2026)
""", "2026-05-15", "Giám sát công tác chăm lo đời sống công nhân tại Khu kinh tế Nhơn Hội",
E("giam_sat", "2026", "2026-05-13"),
[P("Rah Lan Lâm", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Thị Hương", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Ksor H'Bia", "Trưởng phòng Dân vận chính quyền và Dân tộc, Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Văn Hyoan", "công nhân Công ty CP Gỗ Nhơn Hội"),
 P("Siu H'Luyn", "công nhân Công ty TNHH May Phù Cát")],
[Q("214 doanh nghiệp", 214, "doanh nghiệp"), Q("khoảng 58.000 lao động", 58000, "lao động", "approx"),
 Q("hơn 4.600 lao động", 4600, "lao động", "over"), Q("8,4 triệu đồng", 8400000, "đồng"),
 Q("162 doanh nghiệp", 162, "doanh nghiệp"), Q("49.300 đoàn viên", 49300, "đoàn viên"), Q("7 doanh nghiệp", 7, "doanh nghiệp"),
 Q("2 khu nhà lưu trú", 2, "khu nhà lưu trú"), Q("1.800 chỗ ở", 1800, "chỗ ở"), Q("9 doanh nghiệp", 9, "doanh nghiệp"),
 Q("khoảng 3,6 tỷ đồng", 3600000000, "đồng", "approx"), Q("2%", 2, "%"), Q("500 căn hộ", 500, "căn hộ")],
[D("Quy định", "124", "QĐ/TW", "2023-10-10", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 10/10/2023"),
 D("Kế hoạch", "18", "KH/BTGDVTU", "2026-03-02", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 18-KH/BTGDVTU ngày 02/3/2026")],
[prov("Gia Lai"), com("Quy Nhơn Đông"), com("Tuy Phước"), com("Kbang")],
["BÁO GIA LAI ĐIỆN TỬ", "Chủ Nhật, 17/05/2026", "Trang chủ › Chính trị › Dân vận",
 "Đoàn giám sát kiểm tra khu nhà lưu trú công nhân tại Khu kinh tế Nhơn Hội.", "Chương trình giám sát năm 2026"],
["Chủ Nhật, 17/05/2026", "Thứ Sáu, 15/05/2026, 09:00", "năm 2026", "năm 2025", "2 lần/năm", "tháng 6/2026"]))
