from lib import *
PAGES = []

PAGES.append(page("b9119-lamdong-huyenuy-doithoai-2023", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Thời sự > Dân tộc - Tôn giáo
2023-11-10 16:40
Lạc Dương: Bí thư Huyện ủy đối thoại với học sinh, phụ huynh đồng bào K'Ho
Ngày 9/11, Huyện ủy Lạc Dương (Lâm Đồng) tổ chức hội nghị đối thoại năm 2023 giữa Bí thư Huyện ủy với học sinh, phụ huynh đồng bào dân tộc thiểu số về chính sách hỗ trợ học tập, học sinh bán trú và học bổng. Đồng chí Phạm Triều, Tỉnh ủy viên, Bí thư Huyện ủy Lạc Dương chủ trì; cùng dự có đồng chí Liêng Hót Ha Nhàn, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện.
Quang cảnh buổi đối thoại tại Hội trường Huyện ủy.
Hơn 150 học sinh, phụ huynh người K'Ho, Chil của các xã Đạ Chais, Đưng K'Nớ, Đạ Sar và thị trấn Lạc Dương đã tham dự. Theo báo cáo của Phòng Giáo dục và Đào tạo, năm học 2023-2024 toàn huyện có 1.286 học sinh hưởng chính sách theo Nghị định 116/2016/NĐ-CP, trong đó 412 học sinh bán trú; kinh phí năm 2023 hơn 14,2 tỷ đồng và 171 tấn gạo. Huyện ủy đã ban hành Chương trình hành động số 12-CTr/HU thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy về phát triển giáo dục vùng đồng bào dân tộc thiểu số.
Tại buổi đối thoại có 27 ý kiến được nêu. Em Cil Múp Ha Bình, học sinh lớp 11 Trường THPT Lang Biang, hỏi vì sao học sinh trung học phổ thông ở thôn không còn thuộc diện đặc biệt khó khăn thì không được hỗ trợ gạo. Ông Rơ Ông K'Sáu, người có uy tín thôn Đưng K'Si, xã Đưng K'Nớ, đề nghị có xe đưa đón học sinh vì đường từ thôn ra trường dài gần 20 km đèo dốc. Chị Ka Sim, phụ huynh ở xã Đạ Chais, mong có thêm học bổng cho học sinh nữ thi đỗ đại học.
Trả lời các ý kiến, đồng chí Liêng Hót Ha Nhàn giải thích chính sách được thực hiện theo danh sách thôn đặc biệt khó khăn của Thủ tướng Chính phủ; huyện sẽ dùng nguồn Chương trình mục tiêu quốc gia theo Quyết định 1719/QĐ-TTg để sửa chữa nhà ở bán trú và mua 2 xe đưa đón học sinh trong năm 2024. Bà K'Thị Điệp, Trưởng phòng Dân tộc huyện cho biết, năm nay huyện trao 85 suất học bổng, mỗi suất 2 triệu đồng cho học sinh, sinh viên dân tộc thiểu số học giỏi.
Kết luận hội nghị, đồng chí Phạm Triều tiếp thu các ý kiến, giao UBND huyện xây dựng phương án trong quý I năm 2024; đề nghị Ban Dân vận Huyện ủy, Ủy ban MTTQ huyện theo dõi việc giải quyết. Đồng chí mong muốn các em học sinh chăm ngoan, học giỏi, mỗi gia đình không để con em bỏ học giữa chừng. "Đầu tư cho các em học hôm nay là đầu tư cho buôn làng mai sau", đồng chí Phạm Triều nói.
Sau đối thoại, Huyện ủy tặng 50 phần quà cho học sinh bán trú nghèo, mỗi phần trị giá 700.000 đồng. Theo đánh giá của Ban Dân vận Huyện ủy, qua 3 năm tổ chức đối thoại, tỷ lệ học sinh người đồng bào dân tộc thiểu số bỏ học ở Lạc Dương đã giảm từ 1,5% xuống dưới 0,5%.
Đức Quang
Tin liên quan
- Đam Rông: Trao 120 suất học bổng cho học sinh dân tộc thiểu số (02/11/2023)
- Lâm Đồng: Hơn 9.000 học sinh được hỗ trợ gạo học kỳ I (25/10/2023)
- Đối thoại với người có uy tín năm 2023 (12/10/2023)
""", "2023-11-10", "Lạc Dương: Bí thư Huyện ủy đối thoại với học sinh, phụ huynh đồng bào K'Ho",
E("doi_thoai", "2023", "2023-11-09"),
[P("Phạm Triều", "Tỉnh ủy viên", "Bí thư Huyện ủy Lạc Dương"),
 P("Liêng Hót Ha Nhàn", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Cil Múp Ha Bình", "học sinh lớp 11 Trường THPT Lang Biang"),
 P("Rơ Ông K'Sáu", "người có uy tín thôn Đưng K'Si"),
 P("Ka Sim"),
 P("K'Thị Điệp", "Trưởng phòng Dân tộc huyện")],
[Q("Hơn 150 học sinh, phụ huynh", 150, "học sinh, phụ huynh", "over"), Q("1.286 học sinh", 1286, "học sinh"),
 Q("412 học sinh bán trú", 412, "học sinh bán trú"), Q("hơn 14,2 tỷ đồng", 14200000000, "đồng", "over"),
 Q("171 tấn", 171, "tấn"), Q("27 ý kiến", 27, "ý kiến"), Q("gần 20 km", 20, "km", "approx"), Q("2 xe", 2, "xe"),
 Q("85 suất học bổng", 85, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"), Q("50 phần quà", 50, "phần quà"),
 Q("700.000 đồng", 700000, "đồng"), Q("1,5%", 1.5, "%"), Q("dưới 0,5%", 0.5, "%")],
[D("Nghị định", "116", "2016/NĐ-CP", None, None, "Nghị định 116/2016/NĐ-CP"),
 D("Chương trình hành động", "12", "CTr/HU", None, "Huyện ủy", "Chương trình hành động số 12-CTr/HU"),
 D("Nghị quyết", "05", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 05-NQ/TU"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định 1719/QĐ-TTg")],
[prov("Lâm Đồng"), com("Đạ Chais"), com("Đưng K'Nớ"), com("Đạ Sar"), com("Lạc Dương")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Thời sự > Dân tộc - Tôn giáo", "Quang cảnh buổi đối thoại tại Hội trường Huyện ủy.",
 "Chương trình mục tiêu quốc gia", "Trường THPT Lang Biang"],
["2023-11-10 16:40", "năm học 2023-2024", "năm 2023", "lớp 11", "năm 2024", "quý I năm 2024", "3 năm"]))

PAGES.append(page("b9120-hagiang-bdvhu-tongket-2024", """
BAN DÂN VẬN HUYỆN ỦY MÈO VẠC
Trang chủ › Tin hoạt động › Dân vận cơ sở
Cập nhật lúc 08:30 ngày 27/12/2024
Ảnh: Đồng chí Sùng Mí Vả trao giấy khen cho các tập thể.
Mèo Vạc: Hơn 4.000 học sinh bán trú được "nuôi em" qua phong trào dân vận
Ngày 25/12, Ban Dân vận Huyện ủy Mèo Vạc (Hà Giang) tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Sùng Mí Vả, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện chủ trì. Dự hội nghị có các đồng chí Ly Thị Súa, Giàng Seo Chúng, Vàng Thị Dính - Phó Trưởng Ban Dân vận Huyện ủy; lãnh đạo khối dân vận 18 xã, thị trấn.
Năm 2024, khối dân vận huyện tiếp tục lấy việc chăm lo học sinh bán trú làm nội dung trọng tâm của phong trào thi đua "Dân vận khéo". Thông qua chương trình "Nuôi em" và "Bữa cơm có thịt", các cơ quan, đoàn thể, doanh nghiệp đã nhận đỡ đầu hơn 4.000 học sinh bán trú với mức 500.000 đồng/em/năm học; tổng kinh phí vận động khoảng 2,1 tỷ đồng. Phụ huynh đóng góp trên 62 tấn ngô, gạo, 18 tấn rau xanh và 3.500 ngày công cải tạo nhà ở, nhà bếp cho 26 trường bán trú.
Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kết luận 05, 06-KL/HU về công tác dân vận trong giáo dục và trong thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số theo Quyết định số 1719/QĐ-TTg; ban hành Kế hoạch số 27-KH/BDVHU về vận động học sinh ra lớp, chống tảo hôn. Kết quả, tỷ lệ huy động học sinh trong độ tuổi đến trường đạt 98,6%; đã ngăn chặn 21 trường hợp tảo hôn.
Toàn huyện có 86 mô hình "Dân vận khéo", trong đó 34 mô hình trong lĩnh vực giáo dục. Nổi bật là mô hình "Hũ gạo nuôi em" ở xã Sơn Vĩ, mỗi hộ góp 1 bơ gạo/tuần gửi bếp ăn bán trú; mô hình "Vườn rau bán trú" ở xã Xín Cái với 12 vườn rau rộng 4.200 m2.
Tại hội nghị, bà Lò Thị Mai, Bí thư Đảng ủy xã Pả Vi, chia sẻ việc giao cho mỗi chi bộ thôn theo dõi học sinh nghỉ học; ông Vừ Mí Lử, Trưởng thôn Lũng Pù A, xã Lũng Pù, kể lại việc cùng cô giáo đến từng nhà đưa 9 em trở lại trường sau Tết Độc lập.
Phát biểu kết luận, đồng chí Sùng Mí Vả đề nghị năm 2025 khối dân vận tập trung chuẩn bị tốt cho đại hội đảng bộ các cấp, tiếp tục duy trì chương trình "Nuôi em", phấn đấu 100% học sinh bán trú có ít nhất 3 bữa ăn có thịt mỗi tuần. Dịp này, Ban Dân vận Huyện ủy tặng giấy khen cho 10 tập thể, 15 cá nhân có thành tích xuất sắc trong phong trào "Dân vận khéo" năm 2024.
Ban Dân vận Huyện ủy
Tin liên quan
- Mèo Vạc: Trao 300 chăn ấm cho học sinh bán trú (20/12/2024)
- Giao ban công tác dân vận quý III năm 2024 (08/10/2024)
- Ra mắt mô hình "Bếp ăn bán trú an toàn" tại xã Tả Lủng (15/9/2024)
""", "2024-12-27", "Mèo Vạc: Hơn 4.000 học sinh bán trú được \"nuôi em\" qua phong trào dân vận",
E("tong_ket", "2024", "2024-12-25"),
[P("Sùng Mí Vả", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Ly Thị Súa", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Giàng Seo Chúng", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Vàng Thị Dính", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Lò Thị Mai", "Bí thư Đảng ủy xã Pả Vi"),
 P("Vừ Mí Lử", "Trưởng thôn Lũng Pù A")],
[Q("18 xã, thị trấn", 18, "xã, thị trấn"), Q("hơn 4.000 học sinh bán trú", 4000, "học sinh bán trú", "over"),
 Q("500.000 đồng", 500000, "đồng"), Q("khoảng 2,1 tỷ đồng", 2100000000, "đồng", "approx"),
 Q("trên 62 tấn", 62, "tấn", "over"), Q("18 tấn", 18, "tấn"), Q("3.500 ngày công", 3500, "ngày công"),
 Q("26 trường bán trú", 26, "trường bán trú"), Q("98,6%", 98.6, "%"), Q("21 trường hợp tảo hôn", 21, "trường hợp"),
 Q("86 mô hình", 86, "mô hình"), Q("34 mô hình", 34, "mô hình"), Q("12 vườn rau", 12, "vườn rau"),
 Q("4.200 m2", 4200, "m2"), Q("9 em", 9, "em"), Q("100%", 100, "%"), Q("ít nhất 3 bữa ăn", 3, "bữa ăn", "over"),
 Q("10 tập thể", 10, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Kết luận", "05", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 05, 06-KL/HU"),
 D("Kết luận", "06", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 05, 06-KL/HU"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg"),
 D("Kế hoạch", "27", "KH/BDVHU", None, "Ban Dân vận Huyện ủy", "Kế hoạch số 27-KH/BDVHU")],
[prov("Hà Giang"), com("Sơn Vĩ"), com("Xín Cái"), com("Pả Vi"), com("Lũng Pù")],
["BAN DÂN VẬN HUYỆN ỦY MÈO VẠC", "Trang chủ › Tin hoạt động › Dân vận cơ sở",
 "Ảnh: Đồng chí Sùng Mí Vả trao giấy khen cho các tập thể.", "Dân vận khéo", "Nuôi em", "Bữa cơm có thịt",
 "Hũ gạo nuôi em", "Vườn rau bán trú", "Chương trình mục tiêu quốc gia", "Tết Độc lập"],
["Cập nhật lúc 08:30 ngày 27/12/2024", "năm 2024", "năm 2025", "1 bơ gạo"]))

PAGES.append(page("b9121-baclieu-xa-hocbong-2024", """
Cổng thông tin điện tử xã Châu Hưng A
Tin tức - Sự kiện | Mặt trận - Đoàn thể
06/09/2024 14:25
Xã Châu Hưng A trao học bổng, xe đạp cho học sinh Khmer nghèo đầu năm học mới
Sáng 5/9, Ủy ban MTTQ Việt Nam xã Châu Hưng A, huyện Vĩnh Lợi (Bạc Liêu) phối hợp với Hội Khuyến học xã và Ban Quản trị chùa Xiêm Cán tổ chức trao 65 suất học bổng và 20 chiếc xe đạp cho học sinh có hoàn cảnh khó khăn, phần lớn là học sinh dân tộc Khmer, nhân dịp khai giảng năm học 2024-2025.
Các em học sinh nhận xe đạp tại buổi lễ.
Đến dự có ông Trương Văn Tâm, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; bà Lâm Thị Sa Mách, Chủ tịch Ủy ban MTTQ Việt Nam xã; Đại đức Thạch Hoàng Sơn, Phó trụ trì chùa Xiêm Cán; ông Lý Văn Hên, Chủ tịch Hội Khuyến học xã cùng đại diện Ban giám hiệu các trường trên địa bàn.
Mỗi suất học bổng trị giá 1 triệu đồng; mỗi chiếc xe đạp trị giá 2,2 triệu đồng. Tổng trị giá các phần quà 109 triệu đồng, do Quỹ khuyến học xã, nhà chùa và các mạnh thường quân đóng góp. Năm học này xã có 1.342 học sinh từ mầm non đến trung học phổ thông, trong đó học sinh Khmer chiếm hơn 45%.
Bà Lâm Thị Sa Mách cho biết, thời gian qua, Ủy ban MTTQ xã phối hợp các chi hội ở 9 ấp rà soát, lập danh sách học sinh có nguy cơ bỏ học để kịp thời hỗ trợ. Trong năm học 2023-2024, xã đã vận động 14 học sinh bỏ học trở lại lớp; 100% học sinh thuộc hộ nghèo, hộ cận nghèo được miễn, giảm học phí theo Nghị định số 81/2021/NĐ-CP ngày 27/8/2021 của Chính phủ. Ngoài ra, Đảng ủy xã đã ban hành Nghị quyết chuyên đề số 04-NQ/ĐU về nâng cao chất lượng giáo dục, giai đoạn 2021 - 2025.
Em Sơn Thị Bé Thương, học sinh lớp 8 Trường THCS Châu Hưng A, nhà ở ấp Bưng Xúc, bố mất sớm, mẹ làm thuê, phải đi bộ gần 4 km đến trường. Nhận chiếc xe đạp mới, em xúc động: "Có xe, em sẽ không phải đi học muộn nữa, em sẽ cố gắng học thật tốt".
Đại đức Thạch Hoàng Sơn cho biết, mỗi năm chùa đều dành một phần tịnh tài để trao học bổng, đồng thời mở lớp dạy chữ Khmer hè cho khoảng 150 em. Nhà chùa mong các gia đình Khmer trong ấp quan tâm việc học của con em, không để các em nghỉ học sớm đi làm thuê.
Phát biểu tại buổi lễ, ông Trương Văn Tâm ghi nhận sự đồng hành của nhà chùa và các mạnh thường quân; đề nghị các ban, ngành, đoàn thể xã tiếp tục thực hiện tốt phong trào "Nâng bước em đến trường", bảo đảm không để học sinh nào phải nghỉ học vì hoàn cảnh khó khăn.
Ủy ban MTTQ xã
Tin liên quan
- Châu Hưng A: Ra quân vệ sinh trường lớp chuẩn bị năm học mới (28/8/2024)
- Hội nghị đại biểu nhân dân xã năm 2024 (10/7/2024)
- Trao 50 phần quà cho hộ nghèo người Khmer dịp Tết Chôl Chnăm Thmây (10/4/2024)
""", "2024-09-06", "Xã Châu Hưng A trao học bổng, xe đạp cho học sinh Khmer nghèo đầu năm học mới",
E("trao_qua", None, "2024-09-05"),
[P("Trương Văn Tâm", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lâm Thị Sa Mách", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thạch Hoàng Sơn", "Đại đức", "Phó trụ trì chùa Xiêm Cán"),
 P("Lý Văn Hên", "Chủ tịch Hội Khuyến học xã"),
 P("Sơn Thị Bé Thương", "học sinh lớp 8 Trường THCS Châu Hưng A")],
[Q("65 suất học bổng", 65, "suất học bổng"), Q("20 chiếc xe đạp", 20, "chiếc xe đạp"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("2,2 triệu đồng", 2200000, "đồng"), Q("109 triệu đồng", 109000000, "đồng"), Q("1.342 học sinh", 1342, "học sinh"),
 Q("hơn 45%", 45, "%", "over"), Q("9 ấp", 9, "ấp"), Q("14 học sinh", 14, "học sinh"), Q("100%", 100, "%"),
 Q("gần 4 km", 4, "km", "approx"), Q("khoảng 150 em", 150, "em", "approx")],
[D("Nghị định", "81", "2021/NĐ-CP", "2021-08-27", "Chính phủ", "Nghị định số 81/2021/NĐ-CP ngày 27/8/2021"),
 D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 04-NQ/ĐU")],
[prov("Bạc Liêu"), com("Châu Hưng A")],
["Cổng thông tin điện tử xã Châu Hưng A", "Tin tức - Sự kiện | Mặt trận - Đoàn thể", "Các em học sinh nhận xe đạp tại buổi lễ.",
 "Nâng bước em đến trường", "chùa Xiêm Cán", "Trường THCS Châu Hưng A"],
["06/09/2024 14:25", "năm học 2024-2025", "năm học 2023-2024", "giai đoạn 2021 - 2025", "lớp 8"]))

PAGES.append(page("b9122-tuyenquang-dangu-xa-luongcu-2025", """
ĐẢNG ỦY XÃ LŨNG CÚ - TỈNH TUYÊN QUANG
Trang chủ > Tin tức > Xây dựng Đảng
Thứ Sáu, 19/9/2025 - 15:20
Xã Lũng Cú triển khai chủ trương xây dựng trường phổ thông nội trú liên cấp vùng biên
Ngày 17/9, Đảng ủy xã Lũng Cú, tỉnh Tuyên Quang tổ chức hội nghị quán triệt, triển khai Thông báo số 81-TB/TW ngày 18/7/2025 của Bộ Chính trị về chủ trương đầu tư xây dựng trường phổ thông nội trú liên cấp tại các xã biên giới đất liền, cùng các chính sách hỗ trợ học sinh theo Nghị định số 66/2025/NĐ-CP của Chính phủ. Đồng chí Vàng Mí Sính, Bí thư Đảng ủy xã chủ trì hội nghị.
Đồng chí Vàng Mí Sính quán triệt nội dung Thông báo 81.
Dự hội nghị có 126 đồng chí là cán bộ, đảng viên, bí thư chi bộ, trưởng thôn và giáo viên các trường trên địa bàn xã. Sau sắp xếp đơn vị hành chính, xã Lũng Cú mới có 31 thôn, hơn 5.200 hộ, trên 98% là đồng bào Mông, Lô Lô. Năm học 2025-2026, xã có 3.147 học sinh, trong đó 1.216 học sinh bán trú học tại 7 trường.
Theo đồng chí Lầu Thị Dợ, Phó Chủ tịch UBND xã, từ năm học này học sinh bán trú được hưởng chế độ theo Nghị định 66/2025/NĐ-CP: hỗ trợ tiền ăn mỗi tháng bằng 40% mức lương cơ sở, tương đương 936.000 đồng, và 15 kg gạo/tháng; học sinh phải tự lo chỗ ở được hỗ trợ thêm 360.000 đồng/tháng. Trường được hỗ trợ kinh phí nấu ăn cho học sinh theo định mức mới, giảm gánh nặng đóng góp cho phụ huynh.
Theo chủ trương của tỉnh, xã Lũng Cú được chọn xây dựng 1 trường phổ thông nội trú liên cấp tiểu học và trung học cơ sở với quy mô khoảng 1.000 học sinh, dự kiến khởi công trước ngày 30/9/2025. Đảng ủy xã đã ban hành Nghị quyết số 09-NQ/ĐU về lãnh đạo giải phóng mặt bằng; Ban Thường vụ Đảng ủy ban hành Kế hoạch số 14-KH/ĐU về tuyên truyền, vận động nhân dân. Đến nay, 23 hộ có đất trong vùng dự án đã đồng thuận bàn giao 2,8 ha mặt bằng.
Các đồng chí Phó Bí thư Đảng ủy xã: Giàng Mí Chá, Thào Thị Mỷ phát biểu, đề nghị các chi bộ đưa nội dung vận động học sinh ra lớp vào sinh hoạt thường kỳ; Ủy ban MTTQ xã phối hợp các đoàn thể rà soát, lập danh sách học sinh hưởng chính sách, công khai tại thôn. Ông Sính Mí Chớ, Trưởng thôn Lô Lô Chải, cho biết bà con rất phấn khởi, nhiều hộ tự nguyện góp ngày công san gạt mặt bằng.
Kết luận hội nghị, đồng chí Vàng Mí Sính yêu cầu mỗi đảng viên phụ trách ít nhất 5 hộ, tuyên truyền để nhân dân hiểu, ủng hộ chủ trương; không để học sinh nào bỏ học vì thiếu ăn, thiếu chỗ ở. Đồng chí nhấn mạnh việc xây dựng trường nội trú liên cấp là cơ hội lớn để con em vùng biên được học tập trong điều kiện tốt hơn.
Văn phòng Đảng ủy xã
Tin liên quan
- Xã Lũng Cú khai giảng năm học 2025-2026 (05/9/2025)
- Trao 200 suất quà cho học sinh bán trú xã Lũng Cú (28/8/2025)
- Đại hội Đảng bộ xã Lũng Cú lần thứ I, nhiệm kỳ 2025 - 2030 (20/7/2025)
""", "2025-09-19", "Xã Lũng Cú triển khai chủ trương xây dựng trường phổ thông nội trú liên cấp vùng biên",
E("hoi_nghi", None, "2025-09-17"),
[P("Vàng Mí Sính", "Bí thư Đảng ủy xã"),
 P("Lầu Thị Dợ", "Phó Chủ tịch UBND xã"),
 P("Giàng Mí Chá", "Phó Bí thư Đảng ủy xã"),
 P("Thào Thị Mỷ", "Phó Bí thư Đảng ủy xã"),
 P("Sính Mí Chớ", "Trưởng thôn Lô Lô Chải")],
[Q("126 đồng chí", 126, "đồng chí"), Q("31 thôn", 31, "thôn"), Q("hơn 5.200 hộ", 5200, "hộ", "over"),
 Q("trên 98%", 98, "%", "over"), Q("3.147 học sinh", 3147, "học sinh"), Q("1.216 học sinh bán trú", 1216, "học sinh bán trú"),
 Q("7 trường", 7, "trường"), Q("40%", 40, "%"), Q("936.000 đồng", 936000, "đồng"), Q("15 kg", 15, "kg"),
 Q("360.000 đồng", 360000, "đồng"), Q("khoảng 1.000 học sinh", 1000, "học sinh", "approx"), Q("23 hộ", 23, "hộ"),
 Q("2,8 ha", 2.8, "ha"), Q("ít nhất 5 hộ", 5, "hộ", "over")],
[D("Thông báo", "81", "TB/TW", "2025-07-18", "Bộ Chính trị", "Thông báo số 81-TB/TW ngày 18/7/2025"),
 D("Nghị định", "66", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 66/2025/NĐ-CP"),
 D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 09-NQ/ĐU"),
 D("Kế hoạch", "14", "KH/ĐU", None, "Ban Thường vụ Đảng ủy", "Kế hoạch số 14-KH/ĐU")],
[prov("Tuyên Quang"), com("Lũng Cú")],
["ĐẢNG ỦY XÃ LŨNG CÚ - TỈNH TUYÊN QUANG", "Trang chủ > Tin tức > Xây dựng Đảng",
 "Đồng chí Vàng Mí Sính quán triệt nội dung Thông báo 81.", "Văn phòng Đảng ủy xã"],
["Thứ Sáu, 19/9/2025 - 15:20", "126 đồng chí", "năm học 2025-2026", "Nghị định 66/2025/NĐ-CP", "Thông báo 81", "1 trường"]))

PAGES.append(page("b9123-quangngai-bao-bantru-dakplo-2025", """
BÁO QUẢNG NGÃI ĐIỆN TỬ
Xã hội | Giáo dục | Phóng sự
14/11/2025 - 06:30
Ấm no bữa cơm bán trú ở vùng cao Đăk Plô
Ở Trường PTDT bán trú Tiểu học và THCS Đăk Plô, xã Đăk Plô, tỉnh Quảng Ngãi, bữa cơm của học sinh người Giẻ Triêng giờ đã có thêm trứng, thịt và canh rau. Chính sách mới theo Nghị định số 66/2025/NĐ-CP cùng sự vào cuộc của chính quyền, Mặt trận xã đã giúp các em yên tâm ở lại trường.
Giờ ăn trưa của học sinh bán trú Trường PTDT bán trú Tiểu học và THCS Đăk Plô. Ảnh: Y Thu
Đăk Plô là xã biên giới thuộc tỉnh Kon Tum trước đây, nay thuộc tỉnh Quảng Ngãi sau sắp xếp đơn vị hành chính. Trường có 524 học sinh, trong đó 388 em ở bán trú từ thứ Hai đến chiều thứ Sáu. Từ tháng 9/2025, mỗi em được hỗ trợ tiền ăn 936.000 đồng/tháng và 15 kg gạo/tháng; em nào phải tự túc chỗ ở được hỗ trợ thêm. Nhà trường còn được cấp kinh phí thuê 4 người nấu ăn.
Thầy A Blang, Hiệu trưởng nhà trường cho biết: "Trước đây tiền ăn thấp, nhiều bữa chỉ có cơm với rau rừng. Nay mức hỗ trợ cao hơn, mỗi tuần các em có ít nhất 4 bữa có thịt, cá". Nhà trường cùng phụ huynh trồng 1.200 m2 rau xanh, nuôi 30 con gà, 8 con heo để bổ sung thực phẩm.
Ông A Hùng, Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Plô, cho biết Mặt trận xã đã vận động 52 hộ phụ huynh luân phiên góp củi, măng, rau cho bếp ăn; mỗi tháng một lần, đại diện Ban Thanh tra nhân dân cùng phụ huynh kiểm tra bếp ăn, sổ sách chi tiêu. Bà Y Thương, người có uy tín thôn Đăk Ác, nói: "Con được ăn no, có chỗ ngủ ấm thì bố mẹ mới yên tâm đi làm rẫy".
Theo bà Phan Thị Lệ, Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi, năm học 2025-2026 toàn tỉnh có khoảng 38.700 học sinh thuộc diện hưởng chính sách theo Nghị định 66/2025/NĐ-CP, trong đó hơn 14.000 học sinh bán trú; dự kiến tổng kinh phí trên 420 tỷ đồng. UBND tỉnh đã ban hành Quyết định số 215/QĐ-UBND ngày 12/9/2025 phê duyệt danh sách học sinh được hỗ trợ học kỳ I.
Em Y Ngọc Nhi, học sinh lớp 7, quê ở thôn Đăk Ác, kể trước đây mỗi tuần em phải mang gạo từ nhà đến trường. "Giờ ở trường có cơm ngon, em chỉ mang quần áo thôi", em nói. Cuối năm học trước, tỷ lệ học sinh chuyên cần của trường đạt 98,3%; không có học sinh bỏ học.
Dù vậy, nhà trường vẫn còn khó khăn: 6 phòng ở bán trú xây từ năm 2012 đã xuống cấp, mùa mưa bị dột; nhà ăn chật, học sinh phải chia làm 2 ca. Xã đã đề nghị tỉnh ưu tiên vốn sửa chữa trong năm 2026.
Bài, ảnh: Y Thu
Tin liên quan
- Quảng Ngãi: Hơn 14.000 học sinh bán trú nhận gạo hỗ trợ (30/10/2025)
- Xã Đăk Long khai trương bếp ăn bán trú mới (20/10/2025)
- Hướng dẫn thực hiện Nghị định 66/2025/NĐ-CP (15/9/2025)
""", "2025-11-14", "Ấm no bữa cơm bán trú ở vùng cao Đăk Plô",
E("khac", None, None),
[P("A Blang", "Hiệu trưởng nhà trường"),
 P("A Hùng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Plô"),
 P("Y Thương", "người có uy tín thôn Đăk Ác"),
 P("Phan Thị Lệ", "Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi"),
 P("Y Ngọc Nhi", "học sinh lớp 7")],
[Q("524 học sinh", 524, "học sinh"), Q("388 em", 388, "em"), Q("936.000 đồng", 936000, "đồng"), Q("15 kg", 15, "kg"),
 Q("4 người nấu ăn", 4, "người nấu ăn"), Q("ít nhất 4 bữa", 4, "bữa", "over"), Q("1.200 m2", 1200, "m2"),
 Q("30 con gà", 30, "con gà"), Q("8 con heo", 8, "con heo"), Q("52 hộ phụ huynh", 52, "hộ phụ huynh"),
 Q("khoảng 38.700 học sinh", 38700, "học sinh", "approx"), Q("hơn 14.000 học sinh bán trú", 14000, "học sinh bán trú", "over"),
 Q("trên 420 tỷ đồng", 420000000000, "đồng", "over"), Q("98,3%", 98.3, "%"), Q("6 phòng ở bán trú", 6, "phòng ở bán trú")],
[D("Nghị định", "66", "2025/NĐ-CP", None, None, "Nghị định số 66/2025/NĐ-CP"),
 D("Quyết định", "215", "QĐ-UBND", "2025-09-12", "UBND tỉnh", "Quyết định số 215/QĐ-UBND ngày 12/9/2025")],
[prov("Quảng Ngãi"), com("Đăk Plô"), prov("Kon Tum")],
["BÁO QUẢNG NGÃI ĐIỆN TỬ", "Xã hội | Giáo dục | Phóng sự",
 "Giờ ăn trưa của học sinh bán trú Trường PTDT bán trú Tiểu học và THCS Đăk Plô. Ảnh: Y Thu",
 "Ấm no bữa cơm bán trú ở vùng cao Đăk Plô", "Ban Thanh tra nhân dân"],
["14/11/2025 - 06:30", "tháng 9/2025", "năm học 2025-2026", "học kỳ I", "lớp 7", "2 ca", "năm 2012", "năm 2026"]))

PAGES.append(page("b9124-gialai-mttq-tongket-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI
Trang chủ » Tin tức » Hoạt động Mặt trận
Thứ Sáu, 16/01/2026, 08:05
Ảnh: Toàn cảnh hội nghị tại điểm cầu chính phường Quy Nhơn.
Gia Lai: Mặt trận các cấp chăm lo hơn 21.000 học sinh khó khăn trong năm 2025
Ngày 14/1/2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức hội nghị trực tuyến tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026 với 135 điểm cầu xã, phường. Đồng chí Ksor Thị Hnhun, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Năm 2025 là năm đầu tiên tỉnh Gia Lai mới (hợp nhất từ tỉnh Gia Lai và tỉnh Bình Định) vận hành chính quyền địa phương hai cấp. Ban Thường trực đã ban hành Kế hoạch số 12/KH-MTTQ-BTT về chăm lo học sinh dân tộc thiểu số, học sinh bán trú. Qua chương trình "Nâng bước em đến trường", Mặt trận và các tổ chức thành viên đã chăm lo hơn 21.000 học sinh có hoàn cảnh khó khăn, trao 6.480 suất học bổng, 1.150 chiếc xe đạp với tổng trị giá khoảng 18,6 tỷ đồng.
Báo cáo cho biết, Mặt trận các cấp đã giám sát việc thực hiện Nghị định số 66/2025/NĐ-CP tại 42 xã có học sinh bán trú; kiến nghị giải quyết chế độ cho 318 học sinh bị chậm hưởng. Thực hiện Thông báo 81-TB/TW của Bộ Chính trị, Mặt trận tỉnh đã vận động được hơn 35 tỷ đồng ủng hộ xây dựng trường phổ thông nội trú liên cấp tại các xã biên giới Ia Chía, Ia O.
Tại hội nghị, ông Đinh Văn Gió, Chủ tịch Ủy ban MTTQ Việt Nam xã Kbang, chia sẻ cách vận động người Bahnar góp gạo, rau cho 4 bếp ăn bán trú. Bà Rơ Chăm H'Lim, Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Grai, cho biết xã đã trao 120 suất học bổng "Tiếp bước đến trường"; mỗi suất 1,5 triệu đồng. Đại diện phường Pleiku nêu mô hình "Phường đỡ đầu xã biên giới", nhận hỗ trợ bữa ăn cho 250 học sinh bán trú của xã Ia O.
Phát biểu tại hội nghị, đồng chí Nguyễn Thành Trung, Phó Bí thư Tỉnh ủy, biểu dương kết quả của Mặt trận; đề nghị năm 2026 tiếp tục lấy chăm lo học sinh vùng đồng bào làm nội dung trọng tâm; phối hợp ngành giáo dục bảo đảm 100% học sinh bán trú được hưởng đúng, đủ, kịp thời chế độ. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lê Thị Thu Hương, Siu Đoan, Trần Văn Minh đã trình bày chương trình phối hợp năm 2026.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 35 tập thể, 48 cá nhân tiêu biểu trong công tác Mặt trận năm 2025.
Hồng Thi
Tin liên quan
- Gia Lai: Khởi công trường nội trú liên cấp xã Ia Chía (20/12/2025)
- Trao 500 suất quà Tết cho học sinh bán trú (10/01/2026)
- Hội nghị hiệp thương lần thứ nhất (05/01/2026)
""", "2026-01-16", "Gia Lai: Mặt trận các cấp chăm lo hơn 21.000 học sinh khó khăn trong năm 2025",
E("tong_ket", "2025", "2026-01-14"),
[P("Ksor Thị Hnhun", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Gió", "Chủ tịch Ủy ban MTTQ Việt Nam xã Kbang"),
 P("Rơ Chăm H'Lim", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Grai"),
 P("Nguyễn Thành Trung", "Phó Bí thư Tỉnh ủy"),
 P("Lê Thị Thu Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu Đoan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Minh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("135 điểm cầu xã, phường", 135, "điểm cầu xã, phường"), Q("hơn 21.000 học sinh", 21000, "học sinh", "over"),
 Q("6.480 suất học bổng", 6480, "suất học bổng"), Q("1.150 chiếc xe đạp", 1150, "chiếc xe đạp"),
 Q("khoảng 18,6 tỷ đồng", 18600000000, "đồng", "approx"), Q("42 xã", 42, "xã"), Q("318 học sinh", 318, "học sinh"),
 Q("hơn 35 tỷ đồng", 35000000000, "đồng", "over"), Q("4 bếp ăn bán trú", 4, "bếp ăn bán trú"),
 Q("120 suất học bổng", 120, "suất học bổng"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("250 học sinh bán trú", 250, "học sinh bán trú"), Q("100%", 100, "%"), Q("35 tập thể", 35, "tập thể"),
 Q("48 cá nhân tiêu biểu", 48, "cá nhân tiêu biểu")],
[D("Kế hoạch", "12", "KH-MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch số 12/KH-MTTQ-BTT"),
 D("Nghị định", "66", "2025/NĐ-CP", None, None, "Nghị định số 66/2025/NĐ-CP"),
 D("Thông báo", "81", "TB/TW", None, "Bộ Chính trị", "Thông báo 81-TB/TW")],
[prov("Gia Lai"), prov("Bình Định"), com("Quy Nhơn"), com("Ia Chía"), com("Ia O"), com("Kbang"), com("Ia Grai"), com("Pleiku")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI", "Trang chủ » Tin tức » Hoạt động Mặt trận",
 "Ảnh: Toàn cảnh hội nghị tại điểm cầu chính phường Quy Nhơn.", "Nâng bước em đến trường", "Tiếp bước đến trường",
 "Phường đỡ đầu xã biên giới"],
["Thứ Sáu, 16/01/2026, 08:05", "năm 2025", "năm 2026"]))
