from lib import *
PAGES = []

PAGES.append(page("b4937-laocai-guongkhuyenhoc-2022", """
Báo Lào Cai điện tử
Xã hội › Giáo dục › Gương sáng khuyến học
Ngày 10/03/2022 | 09:15
Thầy Giàng A Dình (giữa) cùng học sinh bán trú Trường PTDTBT THCS Tả Van Chư.
Người thầy Mông 20 năm "giữ chữ" ở Tả Van Chư
Hơn 20 năm gắn bó với vùng cao Bắc Hà, thầy Giàng A Dình, Hiệu trưởng Trường PTDTBT THCS Tả Van Chư, kiêm Chủ tịch Hội Khuyến học xã Tả Van Chư, đã cùng đồng nghiệp vận động hàng trăm học sinh người Mông trở lại lớp.
Sinh năm 1978 tại thôn Lủ Sán, xã Tả Van Chư, thầy Dình là một trong những người Mông đầu tiên của xã tốt nghiệp cao đẳng sư phạm. Năm 2001, thầy về dạy học ở quê. Khi ấy cả xã chỉ có 2 lớp THCS với 46 học sinh, tỷ lệ trẻ bỏ học trên 30%. Mỗi mùa nương, thầy lại cùng cán bộ thôn lội bộ đến từng nhà thuyết phục bố mẹ cho con đi học.
Năm 2012, thầy Dình được tín nhiệm bầu làm Chủ tịch Hội Khuyến học xã. Từ 8 chi hội ban đầu, đến nay Hội có 14 chi hội với 1.120 hội viên, 100% thôn có chi hội khuyến học. Quỹ khuyến học của xã năm 2021 đạt 186 triệu đồng, trong đó có khoảng 40 triệu đồng do đồng bào góp bằng thóc, ngô quy ra tiền. Mỗi năm Hội khen thưởng cho khoảng 150 em học sinh giỏi, học sinh vượt khó.
Bà Thào Thị Mỷ, Bí thư Đảng ủy xã Tả Van Chư, cho biết nhờ thầy Dình và các giáo viên kiên trì vận động, năm học 2020 - 2021 xã đạt chuẩn phổ cập giáo dục THCS mức độ 2; tỷ lệ học sinh bỏ học giảm còn 0,6%. Xã có 9 con em đã tốt nghiệp đại học trở về công tác ở xã, trong đó có 3 người là giáo viên.
Ông Lù Văn Pao, Chủ tịch Hội Khuyến học huyện Bắc Hà, đánh giá: "Mô hình "Bữa cơm có thịt cho trò vùng cao" do thầy Dình khởi xướng đã được nhân rộng ra 11 trường bán trú của huyện". Theo ông Pao, thầy Dình cũng là một trong 12 gương điển hình được Hội Khuyến học tỉnh biểu dương khi sơ kết Chỉ thị số 11-CT/TW của Bộ Chính trị và Kết luận số 49-KL/TW của Ban Bí thư.
Năm 2021, thầy Giàng A Dình được Thủ tướng Chính phủ tặng bằng khen theo Quyết định số 1835/QĐ-TTg ngày 02/11/2021; trước đó được Chủ tịch UBND tỉnh tặng 3 bằng khen và được Trung ương Hội Khuyến học Việt Nam tặng kỷ niệm chương "Vì sự nghiệp khuyến học". Với thầy, phần thưởng lớn nhất là thấy học trò người Mông đỗ đại học: riêng năm 2021 có 7 em đỗ vào các trường đại học, cao đẳng.
Thực hiện Nghị quyết số 10-NQ/TU ngày 15/6/2021 của Tỉnh ủy về phát triển giáo dục vùng đồng bào dân tộc thiểu số giai đoạn 2021 - 2025, thầy Dình đang cùng Hội vận động xây dựng thêm 2 tủ sách thôn bản và mở lớp xóa mù chữ cho khoảng 40 phụ nữ Mông.
Bài, ảnh: Vàng Thị Thu
Lượt xem: 3.458
Tin liên quan
- Bắc Hà: 98% học sinh dân tộc thiểu số đi học chuyên cần (02/03/2022)
- Si Ma Cai trao 120 suất học bổng (20/02/2022)
- Sa Pa xây dựng 30 "Gia đình học tập" người Dao (10/02/2022)
""", "2022-03-10", "Người thầy Mông 20 năm \"giữ chữ\" ở Tả Van Chư",
E("khac", None, None),
[P("Giàng A Dình", "Hiệu trưởng Trường PTDTBT THCS Tả Van Chư", "Chủ tịch Hội Khuyến học xã Tả Van Chư", "Chủ tịch Hội Khuyến học xã"),
 P("Thào Thị Mỷ", "Bí thư Đảng ủy xã Tả Van Chư"),
 P("Lù Văn Pao", "Chủ tịch Hội Khuyến học huyện Bắc Hà")],
[Q("2 lớp THCS", 2, "lớp THCS"), Q("46 học sinh", 46, "học sinh"),
 Q("trên 30%", 30, "%", "over"), Q("8 chi hội", 8, "chi hội"), Q("14 chi hội", 14, "chi hội"), Q("1.120 hội viên", 1120, "hội viên"),
 Q("100% thôn", 100, "%"), Q("186 triệu đồng", 186000000, "đồng"), Q("khoảng 40 triệu đồng", 40000000, "đồng", "approx"),
 Q("khoảng 150 em học sinh giỏi, học sinh vượt khó", 150, "em học sinh giỏi, học sinh vượt khó", "approx"), Q("0,6%", 0.6, "%"),
 Q("9 con em", 9, "con em"), Q("3 người", 3, "người"), Q("11 trường bán trú", 11, "trường bán trú"),
 Q("12 gương điển hình", 12, "gương điển hình"), Q("3 bằng khen", 3, "bằng khen"), Q("7 em", 7, "em"),
 Q("2 tủ sách thôn bản", 2, "tủ sách thôn bản"), Q("khoảng 40 phụ nữ Mông", 40, "phụ nữ Mông", "approx")],
[D("Chỉ thị", "11", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 11-CT/TW"),
 D("Kết luận", "49", "KL/TW", None, "Ban Bí thư", "Kết luận số 49-KL/TW"),
 D("Quyết định", "1835", "QĐ-TTg", "2021-11-02", "Thủ tướng Chính phủ", "Quyết định số 1835/QĐ-TTg ngày 02/11/2021"),
 D("Nghị quyết", "10", "NQ/TU", "2021-06-15", "Tỉnh ủy", "Nghị quyết số 10-NQ/TU ngày 15/6/2021")],
[prov("Lào Cai"), com("Tả Van Chư")],
["Báo Lào Cai điện tử", "Xã hội › Giáo dục › Gương sáng khuyến học",
 "Thầy Giàng A Dình (giữa) cùng học sinh bán trú Trường PTDTBT THCS Tả Van Chư.",
 "Bữa cơm có thịt cho trò vùng cao", "Vì sự nghiệp khuyến học", "Lượt xem: 3.458"],
["Ngày 10/03/2022 | 09:15", "hàng trăm học sinh người Mông", "20 năm", "Hơn 20 năm", "1978", "Năm 2001", "Năm 2012", "mức độ 2", "năm học 2020 - 2021", "Lượt xem: 3.458"]))

PAGES.append(page("b4938-quangnam-bdv-giaoban-thang8-2022", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Trang chủ > Tin tức > Hoạt động dân vận
Thứ Hai, 05/09/2022 - 14:30
Đồng chí Lê Thị Hoa chủ trì giao ban.
Chăm lo học sinh vùng cao trước thềm năm học mới
Chiều 31/8, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức giao ban khối dân vận tháng 8/2022, tập trung đánh giá công tác phối hợp vận động, chăm lo học sinh miền núi chuẩn bị năm học 2022 - 2023. Đồng chí Lê Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự giao ban có 35 đồng chí là lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội, Hội Khuyến học tỉnh và các phó trưởng ban dân vận huyện ủy miền núi.
Theo báo cáo, trong tháng 8, khối dân vận đã phối hợp vận động được 4,6 tỷ đồng hỗ trợ học sinh vùng cao, trong đó Hội Khuyến học tỉnh trao 1.500 suất học bổng, mỗi suất 1 triệu đồng; Tỉnh đoàn tổ chức chương trình "Tiếp sức đến trường" tặng 3.200 bộ sách giáo khoa; Hội Liên hiệp Phụ nữ tỉnh vận động 27 "Mẹ đỡ đầu" nhận đỡ đầu 54 học sinh mồ côi. Các huyện Nam Trà My, Tây Giang, Đông Giang đã sửa chữa 38 phòng học và 16 nhà bán trú bị hư hỏng do mưa lũ.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 135-KH/TU ngày 05/8/2022 về tăng cường công tác dân vận trong vận động học sinh dân tộc thiểu số đến trường; ban hành Hướng dẫn số 21-HD/BDVTU về xây dựng mô hình "Dân vận khéo" trong khuyến học. Các cấp triển khai Nghị quyết số 88/2019/QH14 của Quốc hội và Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ trong hỗ trợ giáo dục vùng đồng bào.
Tại giao ban, bà Hồ Thị Thương, HUV, Trưởng Ban Dân vận Huyện ủy Nam Trà My, cho biết huyện còn 214 học sinh có nguy cơ bỏ học, chủ yếu ở xã Trà Cang, Trà Linh; đã phân công 86 đảng viên phụ trách từng em. Ông Bhling Mía, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Tây Giang, đề nghị hỗ trợ thêm gạo cho học sinh bán trú người Cơ Tu. Bà Alăng Thị Đào, Chủ tịch Hội Khuyến học xã A Tiêng, cho biết xã vận động được 120 triệu đồng khuyến học từ đồng bào và doanh nghiệp, trao cho khoảng 200 học sinh nghèo trước ngày khai giảng.
Kết luận giao ban, đồng chí Lê Thị Hoa đề nghị trong tháng 9 các cơ quan dân vận tập trung huy động 100% học sinh ra lớp, phối hợp ngành giáo dục rà soát học sinh có hoàn cảnh khó khăn; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Lanh, Trần Thị Kim Thoa theo dõi tình hình tại các huyện miền núi; chuẩn bị sơ kết 9 tháng năm 2022.
Thu Hà
Lượt xem: 512
Tin liên quan
- Giao ban khối dân vận tháng 7/2022 (03/08/2022)
- Phước Sơn ra mắt 3 mô hình "Dân vận khéo" (25/07/2022)
- Trao 200 xe đạp cho học sinh Bắc Trà My (12/07/2022)
""", "2022-09-05", "Chăm lo học sinh vùng cao trước thềm năm học mới",
E("giao_ban", "2022-08", "2022-08-31"),
[P("Lê Thị Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Thị Thương", "HUV", "Trưởng Ban Dân vận Huyện ủy Nam Trà My"),
 P("Bhling Mía", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Tây Giang"),
 P("Alăng Thị Đào", "Chủ tịch Hội Khuyến học xã A Tiêng"),
 P("Nguyễn Văn Lanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Kim Thoa", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("35 đồng chí", 35, "đồng chí"), Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("1.500 suất học bổng", 1500, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("3.200 bộ sách giáo khoa", 3200, "bộ sách giáo khoa"), Q("27 \"Mẹ đỡ đầu\"", 27, "Mẹ đỡ đầu"), Q("54 học sinh mồ côi", 54, "học sinh mồ côi"),
 Q("38 phòng học", 38, "phòng học"), Q("16 nhà bán trú", 16, "nhà bán trú"), Q("214 học sinh", 214, "học sinh"),
 Q("86 đảng viên", 86, "đảng viên"), Q("120 triệu đồng", 120000000, "đồng"), Q("khoảng 200 học sinh nghèo", 200, "học sinh nghèo", "approx"), Q("100% học sinh", 100, "%")],
[D("Kế hoạch", "135", "KH/TU", "2022-08-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 135-KH/TU ngày 05/8/2022"),
 D("Hướng dẫn", "21", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 21-HD/BDVTU"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Quảng Nam"), com("Trà Cang"), com("Trà Linh"), com("A Tiêng")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Trang chủ > Tin tức > Hoạt động dân vận", "Đồng chí Lê Thị Hoa chủ trì giao ban.",
 "Tiếp sức đến trường", "Mẹ đỡ đầu", "Dân vận khéo", "Lượt xem: 512"],
["Thứ Hai, 05/09/2022 - 14:30", "35 đồng chí", "tháng 8/2022", "năm học 2022 - 2023", "tháng 8", "tháng 9", "9 tháng năm 2022", "Lượt xem: 512"]))

PAGES.append(page("b4939-lamdong-hkh-tongket-2022", """
Hôm nay: Thứ Hai, 16/01/2023
HỘI KHUYẾN HỌC TỈNH LÂM ĐỒNG
Trang chủ » Tin tức - Sự kiện
Thứ Năm, 12/01/2023 - 15:40
Toàn cảnh hội nghị.
Lâm Đồng: Phong trào khuyến học lan tỏa đến từng buôn làng
Ngày 10/01/2023, Hội Khuyến học tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác hội và phong trào khuyến học, khuyến tài, xây dựng xã hội học tập năm 2022, triển khai nhiệm vụ năm 2023. Dự hội nghị có đồng chí Ka Thị Liên, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Phạm Thị Phúc, Phó Chủ tịch UBND tỉnh; PGS.TS. Nguyễn Văn Hòa, Chủ tịch Hội Khuyến học tỉnh.
Năm 2022, các cấp hội đã phát triển thêm 5.240 hội viên, nâng tổng số lên 168.900 hội viên, sinh hoạt ở 2.146 chi hội và ban khuyến học. Quỹ khuyến học toàn tỉnh đạt 42,7 tỷ đồng, tăng 12% so với năm 2021; các cấp hội đã trao 18.600 suất học bổng và phần thưởng, tổng trị giá khoảng 11,3 tỷ đồng. Toàn tỉnh có 201.000 hộ đạt "Gia đình học tập", đạt 81,6%; 36 thôn, buôn đồng bào dân tộc thiểu số lần đầu được công nhận "Cộng đồng học tập".
Hội đã phối hợp với Ban Dân tộc tỉnh thực hiện Kế hoạch số 9215/KH-UBND ngày 28/12/2021 của UBND tỉnh về xây dựng xã hội học tập giai đoạn 2021 - 2030, tham mưu Tỉnh ủy sơ kết Chỉ thị 32, 33-CT/TU về khuyến học và phát triển nguồn nhân lực người dân tộc thiểu số. Hội ký Chương trình phối hợp số 02/CTPH-HKH-BDT với Ban Dân tộc tỉnh về vận động học sinh K'Ho, Mạ, Chu Ru đi học.
Tại hội nghị, ông K'Brăh, Chủ tịch Hội Khuyến học huyện Lạc Dương, cho biết huyện có 4.120 học sinh người dân tộc thiểu số, tỷ lệ chuyên cần đạt trên 97%. Bà Ka Dơng, Chủ tịch Hội Khuyến học xã Đạ Chais, chia sẻ mô hình "Nuôi heo đất khuyến học" ở 5 thôn với hơn 300 hộ tham gia. Ông Điểu Thanh, Chủ tịch Ủy ban MTTQ xã Lộc Bắc, đề nghị tăng mức hỗ trợ cho học sinh nội trú, vì hiện mỗi em chỉ được khoảng 360.000 đồng/tháng tiền ăn, trong khi nhiều gia đình người Mạ còn thuộc diện hộ nghèo.
Phát biểu tại hội nghị, đồng chí Ka Thị Liên ghi nhận phong trào đã đi vào chiều sâu, đề nghị năm 2023 các cấp hội bám sát Kết luận số 49-KL/TW của Ban Bí thư, Quyết định số 1373/QĐ-TTg của Thủ tướng Chính phủ; phấn đấu quỹ khuyến học đạt 45 tỷ đồng, ít nhất 85% số hộ đạt "Gia đình học tập".
Dịp này, UBND tỉnh tặng bằng khen cho 20 tập thể, 32 cá nhân; Trung ương Hội Khuyến học Việt Nam tặng bằng khen cho 6 tập thể, 9 cá nhân có thành tích xuất sắc trong phong trào năm 2022.
Ngọc Ánh
Tin liên quan
- Hội Khuyến học Đà Lạt trao 100 suất học bổng (05/01/2023)
- Bảo Lâm: 15 dòng họ học tập tiêu biểu (20/12/2022)
- Đam Rông vận động học sinh trở lại lớp (10/12/2022)
""", "2023-01-12", "Lâm Đồng: Phong trào khuyến học lan tỏa đến từng buôn làng",
E("tong_ket", "2022", "2023-01-10"),
[P("Ka Thị Liên", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Thị Phúc", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Văn Hòa", "PGS.TS.", "Chủ tịch Hội Khuyến học tỉnh"),
 P("K'Brăh", "Chủ tịch Hội Khuyến học huyện Lạc Dương"),
 P("Ka Dơng", "Chủ tịch Hội Khuyến học xã Đạ Chais"),
 P("Điểu Thanh", "Chủ tịch Ủy ban MTTQ xã Lộc Bắc")],
[Q("5.240 hội viên", 5240, "hội viên"), Q("168.900 hội viên", 168900, "hội viên"), Q("2.146 chi hội và ban khuyến học", 2146, "chi hội và ban khuyến học"),
 Q("42,7 tỷ đồng", 42700000000, "đồng"), Q("12%", 12, "%"), Q("18.600 suất học bổng và phần thưởng", 18600, "suất học bổng và phần thưởng"),
 Q("khoảng 11,3 tỷ đồng", 11300000000, "đồng", "approx"), Q("201.000 hộ", 201000, "hộ"), Q("81,6%", 81.6, "%"),
 Q("36 thôn, buôn đồng bào dân tộc thiểu số", 36, "thôn, buôn đồng bào dân tộc thiểu số"),
 Q("4.120 học sinh người dân tộc thiểu số", 4120, "học sinh người dân tộc thiểu số"), Q("trên 97%", 97, "%", "over"),
 Q("5 thôn", 5, "thôn"), Q("hơn 300 hộ", 300, "hộ", "over"), Q("khoảng 360.000 đồng/tháng", 360000, "đồng", "approx"), Q("45 tỷ đồng", 45000000000, "đồng"), Q("ít nhất 85%", 85, "%", "over"),
 Q("20 tập thể", 20, "tập thể"), Q("32 cá nhân", 32, "cá nhân"), Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Kế hoạch", "9215", "KH-UBND", "2021-12-28", "UBND tỉnh", "Kế hoạch số 9215/KH-UBND ngày 28/12/2021"),
 D("Chỉ thị", "32", "CT/TU", None, None, "Chỉ thị 32, 33-CT/TU"),
 D("Chỉ thị", "33", "CT/TU", None, None, "Chỉ thị 32, 33-CT/TU"),
 D("Chương trình phối hợp", "02", "CTPH-HKH-BDT", None, None, "Chương trình phối hợp số 02/CTPH-HKH-BDT"),
 D("Kết luận", "49", "KL/TW", None, "Ban Bí thư", "Kết luận số 49-KL/TW"),
 D("Quyết định", "1373", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1373/QĐ-TTg")],
[prov("Lâm Đồng"), com("Đạ Chais"), com("Lộc Bắc")],
["Hôm nay: Thứ Hai, 16/01/2023", "HỘI KHUYẾN HỌC TỈNH LÂM ĐỒNG", "Trang chủ » Tin tức - Sự kiện", "Toàn cảnh hội nghị.",
 "Gia đình học tập", "Cộng đồng học tập", "Nuôi heo đất khuyến học"],
["Thứ Năm, 12/01/2023 - 15:40", "Hôm nay: Thứ Hai, 16/01/2023", "năm 2022", "năm 2023", "năm 2021", "giai đoạn 2021 - 2030"]))

PAGES.append(page("b4940-angiang-hkh-soket-2023", """
Báo An Giang Online
Thời sự › Xã hội › Khuyến học
19/07/2023 - 10:05
Sơ kết 6 tháng: Hội Khuyến học tỉnh vận động trên 7,5 tỷ đồng
Ảnh: Ông Chau Sóc Ne phát biểu tại hội nghị.
(AGO) - Ngày 18/7, Hội Khuyến học tỉnh An Giang tổ chức hội nghị sơ kết công tác hội 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2023. Chủ trì hội nghị có ông Nguyễn Thanh Tùng, Chủ tịch Hội Khuyến học tỉnh và các ông, bà Phó Chủ tịch Hội Khuyến học tỉnh: Chau Sóc Ne, Lê Thị Ngọc Mai, Trần Văn Ba.
Theo báo cáo, 6 tháng đầu năm 2023, các cấp hội đã vận động trên 7,5 tỷ đồng cho quỹ khuyến học, đạt 62,5% chỉ tiêu năm; trao 6.840 suất học bổng, trong đó 1.230 suất cho học sinh dân tộc Khmer, Chăm. Kết nạp 3.170 hội viên mới; thành lập 21 chi hội khuyến học trong các chùa Khmer và thánh đường Hồi giáo. Toàn tỉnh có 11/11 huyện, thị xã, thành phố tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023 với trên 1.600 điểm sinh hoạt.
Hội đã phối hợp với Ủy ban MTTQ Việt Nam tỉnh triển khai Kế hoạch liên tịch số 07/KHLT-MTTQ-HKH về vận động quỹ khuyến học gắn với phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; tham mưu UBND tỉnh ban hành Quyết định số 1125/QĐ-UBND ngày 22/5/2023 về công nhận "Cộng đồng học tập" cấp xã. Hội cũng tích cực thực hiện Chỉ thị số 14-CT/TW ngày 03/01/2022 của Ban Bí thư và Kết luận 06, 07-KL/TU của Tỉnh ủy.
Tại hội nghị, ông Haji Mu Sa, Trưởng ban khuyến học thánh đường Mubarak, xã Châu Phong, cho biết ban đã vận động 85 triệu đồng, trao học bổng cho 62 em người Chăm. Bà Néang Sa Rươne, Chủ tịch Hội Khuyến học thị trấn Tri Tôn, chia sẻ việc phối hợp với 6 chùa Khmer mở lớp học chữ Khmer hè cho khoảng 480 em. Ông Chau Sóc Ne đề nghị các cấp hội chú trọng khuyến tài, hỗ trợ sinh viên người dân tộc thiểu số học ngành y, sư phạm.
Đại đức Chau Ty, Phó trụ trì chùa Soài Chek, cho biết nhà chùa sẵn sàng làm điểm học tập cộng đồng cho bà con trong phum, sóc. Ông Lê Văn Hùng, Phó Trưởng phòng Giáo dục và Đào tạo huyện Tri Tôn, thông tin năm học qua huyện có 37 học sinh bỏ học, giảm 19 em so với năm học trước.
Kết luận hội nghị, ông Nguyễn Thanh Tùng đề nghị 6 tháng cuối năm các cấp hội tập trung vận động học bổng "Đèn đom đóm", trao ít nhất 5.000 suất quà cho học sinh vào năm học 2023 - 2024; hoàn thành 100% chỉ tiêu phát triển hội viên; chuẩn bị tổng kết 10 năm thực hiện Quyết định số 281/QĐ-TTg của Thủ tướng Chính phủ.
Hữu Huệ
Tin khác
- Hội Khuyến học Tịnh Biên trao 200 suất học bổng (10/07/2023)
- An Phú: 95% hộ đạt Gia đình học tập (28/06/2023)
- Chợ Mới ra mắt chi hội khuyến học dòng họ (15/06/2023)
""", "2023-07-19", "Sơ kết 6 tháng: Hội Khuyến học tỉnh vận động trên 7,5 tỷ đồng",
E("so_ket", "2023-H1", "2023-07-18"),
[P("Nguyễn Thanh Tùng", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Chau Sóc Ne", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Lê Thị Ngọc Mai", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Trần Văn Ba", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Haji Mu Sa", "Trưởng ban khuyến học thánh đường Mubarak"),
 P("Néang Sa Rươne", "Chủ tịch Hội Khuyến học thị trấn Tri Tôn"),
 P("Chau Ty", "Đại đức", "Phó trụ trì chùa Soài Chek"),
 P("Lê Văn Hùng", "Phó Trưởng phòng Giáo dục và Đào tạo huyện Tri Tôn")],
[Q("trên 7,5 tỷ đồng", 7500000000, "đồng", "over"), Q("62,5%", 62.5, "%"), Q("6.840 suất học bổng", 6840, "suất học bổng"),
 Q("1.230 suất", 1230, "suất"), Q("3.170 hội viên mới", 3170, "hội viên mới"), Q("21 chi hội khuyến học", 21, "chi hội khuyến học"),
 Q("11/11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"), Q("trên 1.600 điểm sinh hoạt", 1600, "điểm sinh hoạt", "over"),
 Q("85 triệu đồng", 85000000, "đồng"), Q("62 em người Chăm", 62, "em người Chăm"), Q("6 chùa Khmer", 6, "chùa Khmer"),
 Q("khoảng 480 em", 480, "em", "approx"), Q("37 học sinh", 37, "học sinh"), Q("19 em", 19, "em"), Q("ít nhất 5.000 suất quà", 5000, "suất quà", "over"), Q("100% chỉ tiêu", 100, "%")],
[D("Kế hoạch liên tịch", "07", "KHLT-MTTQ-HKH", None, None, "Kế hoạch liên tịch số 07/KHLT-MTTQ-HKH"),
 D("Quyết định", "1125", "QĐ-UBND", "2023-05-22", "UBND tỉnh", "Quyết định số 1125/QĐ-UBND ngày 22/5/2023"),
 D("Chỉ thị", "14", "CT/TW", "2022-01-03", "Ban Bí thư", "Chỉ thị số 14-CT/TW ngày 03/01/2022"),
 D("Kết luận", "06", "KL/TU", None, "Tỉnh ủy", "Kết luận 06, 07-KL/TU"),
 D("Kết luận", "07", "KL/TU", None, "Tỉnh ủy", "Kết luận 06, 07-KL/TU"),
 D("Quyết định", "281", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 281/QĐ-TTg")],
[prov("An Giang"), com("Châu Phong"), com("Tri Tôn")],
["Báo An Giang Online", "Thời sự › Xã hội › Khuyến học", "Ảnh: Ông Chau Sóc Ne phát biểu tại hội nghị.", "(AGO)",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Cộng đồng học tập", "Đèn đom đóm", "Tuần lễ hưởng ứng học tập suốt đời"],
["19/07/2023 - 10:05", "6 tháng đầu năm 2023", "6 tháng cuối năm 2023", "năm 2023", "năm học 2023 - 2024", "10 năm"]))

PAGES.append(page("b4941-thanhhoa-mttq-giamsat-2024", """
Báo Thanh Hóa điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Chính trị » Mặt trận - Đoàn thể
16/05/2024 - 07:50
Giám sát việc sử dụng quỹ khuyến học và các khoản vận động trong trường học
Sáng 14/5, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa do đồng chí Lê Văn Dũng, Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Dân chủ - Pháp luật làm trưởng đoàn đã giám sát việc thực hiện các khoản vận động, tài trợ và quỹ khuyến học trong các cơ sở giáo dục năm học 2023 - 2024 tại huyện Thọ Xuân. Đây là nội dung giám sát chuyên đề năm 2024 của Mặt trận tỉnh theo Kế hoạch số 145/KH-MTTQ-BTT ngày 20/02/2024.
Đồng chí Lê Văn Dũng phát biểu tại buổi giám sát. Ảnh: Minh Hằng
Tham gia đoàn có đại diện Sở Giáo dục và Đào tạo, Hội Khuyến học tỉnh, Hội Cựu giáo chức tỉnh và ông Trịnh Xuân Khang, Phó Chủ tịch Hội Khuyến học tỉnh.
Theo báo cáo của UBND huyện, năm học 2023 - 2024, toàn huyện có 84 trường học với 41.260 học sinh. Các trường đã vận động tài trợ được 6,15 tỷ đồng, chủ yếu để sửa chữa phòng học, mua sắm bàn ghế; quỹ khuyến học các cấp trong huyện đạt 8,9 tỷ đồng. Thực hiện Thông tư số 16/2018/TT-BGDĐT của Bộ Giáo dục và Đào tạo về tài trợ cho cơ sở giáo dục và Chỉ thị số 06/CT-UBND ngày 18/8/2023 của Chủ tịch UBND tỉnh về chấn chỉnh lạm thu, huyện đã kiểm tra 32 trường, yêu cầu 3 trường hoàn trả 186 triệu đồng thu sai quy định cho 1.420 học sinh.
Qua giám sát trực tiếp tại xã Xuân Hồng và thị trấn Lam Sơn, đoàn ghi nhận các trường đã công khai khoản thu, có biên bản họp ban đại diện cha mẹ học sinh. Tuy nhiên, một số chi hội khuyến học chưa mở sổ theo dõi thu chi; 2 trường còn vận động theo mức bình quân, chưa bảo đảm tính tự nguyện. Bà Lê Thị Huyền, Chủ tịch Hội Khuyến học xã Xuân Hồng, cho biết quỹ của xã có 312 triệu đồng, đã chi khen thưởng cho 620 lượt học sinh và hỗ trợ 45 học sinh có hoàn cảnh khó khăn.
Ông Hà Văn Thịnh, HUV, Phó Chủ tịch UBND huyện Thọ Xuân, tiếp thu ý kiến, cam kết chỉ đạo chấn chỉnh ngay trong tháng 6, không để tình trạng lạm thu xảy ra khi bước vào năm học 2024 - 2025.
Kết luận, đồng chí Lê Văn Dũng đề nghị huyện thực hiện nghiêm Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW của Bộ Chính trị, Kết luận 94, 95-KL/TU của Ban Thường vụ Tỉnh ủy; các trường không vận động tài trợ quá mức, mỗi khoản tài trợ không quá khả năng của phụ huynh, và công khai toàn bộ khoản thu trước ngày 15/9. Đoàn giám sát sẽ có báo cáo gửi Ban Thường vụ Tỉnh ủy, kiến nghị UBND tỉnh trong tháng 6/2024. Năm 2024, Mặt trận tỉnh sẽ giám sát chuyên đề này ở 5 huyện.
Minh Hằng
Tin liên quan
- Mặt trận tỉnh giám sát chính sách bảo hiểm y tế học sinh (10/04/2024)
- Hội Khuyến học tỉnh giao ban quý I (02/04/2024)
- Trao 400 suất học bổng cho học sinh miền núi (15/03/2024)
""", "2024-05-16", "Giám sát việc sử dụng quỹ khuyến học và các khoản vận động trong trường học",
E("giam_sat", "2024", "2024-05-14"),
[P("Lê Văn Dũng", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Dân chủ - Pháp luật"),
 P("Trịnh Xuân Khang", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Lê Thị Huyền", "Chủ tịch Hội Khuyến học xã Xuân Hồng"),
 P("Hà Văn Thịnh", "HUV", "Phó Chủ tịch UBND huyện Thọ Xuân")],
[Q("84 trường học", 84, "trường học"), Q("41.260 học sinh", 41260, "học sinh"), Q("6,15 tỷ đồng", 6150000000, "đồng"),
 Q("8,9 tỷ đồng", 8900000000, "đồng"), Q("32 trường", 32, "trường"), Q("3 trường", 3, "trường"), Q("186 triệu đồng", 186000000, "đồng"),
 Q("1.420 học sinh", 1420, "học sinh"), Q("2 trường", 2, "trường"), Q("312 triệu đồng", 312000000, "đồng"),
 Q("620 lượt học sinh", 620, "lượt học sinh"), Q("45 học sinh", 45, "học sinh"), Q("5 huyện", 5, "huyện")],
[D("Kế hoạch", "145", "KH-MTTQ-BTT", "2024-02-20", None, "Kế hoạch số 145/KH-MTTQ-BTT ngày 20/02/2024"),
 D("Thông tư", "16", "2018/TT-BGDĐT", None, "Bộ Giáo dục và Đào tạo", "Thông tư số 16/2018/TT-BGDĐT"),
 D("Chỉ thị", "06", "CT-UBND", "2023-08-18", "Chủ tịch UBND tỉnh", "Chỉ thị số 06/CT-UBND ngày 18/8/2023"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 218-QĐ/TW"),
 D("Kết luận", "94", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 94, 95-KL/TU"),
 D("Kết luận", "95", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 94, 95-KL/TU")],
[prov("Thanh Hóa"), com("Xuân Hồng"), com("Lam Sơn")],
["Báo Thanh Hóa điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Chính trị » Mặt trận - Đoàn thể",
 "Đồng chí Lê Văn Dũng phát biểu tại buổi giám sát. Ảnh: Minh Hằng"],
["16/05/2024 - 07:50", "năm học 2023 - 2024", "năm 2024", "tháng 6", "năm học 2024 - 2025", "ngày 15/9", "tháng 6/2024", "Năm 2024"]))

PAGES.append(page("b4942-dongthap-hkh-taphuan-2024", """
Báo Đồng Tháp Online
Trang chủ / Xã hội / Giáo dục
Ngày đăng 03/10/2024 | 16:20
Học viên thực hành xây dựng kế hoạch hoạt động chi hội.
Bồi dưỡng kỹ năng cho 220 cán bộ hội khuyến học cơ sở
Trong 2 ngày 01 và 02/10/2024, Hội Khuyến học tỉnh Đồng Tháp tổ chức lớp tập huấn nghiệp vụ công tác khuyến học, khuyến tài và xây dựng xã hội học tập năm 2024 cho 220 cán bộ là chủ tịch, phó chủ tịch hội khuyến học xã, phường, thị trấn và chi hội trưởng các chi hội khuyến học ấp, khóm.
Tham dự khai mạc có đồng chí Phan Văn Thắng, Phó Trưởng Ban Dân vận Tỉnh ủy; TS. Huỳnh Minh Tuấn, Chủ tịch Hội Khuyến học tỉnh; bà Nguyễn Thị Bích, Phó Chủ tịch kiêm Tổng Thư ký Hội Khuyến học tỉnh.
Phát biểu khai mạc, TS. Huỳnh Minh Tuấn cho biết, toàn tỉnh hiện có 143 hội khuyến học cấp xã, 2.850 chi hội, ban khuyến học với 295.400 hội viên. Tuy nhiên, khoảng 40% cán bộ hội cơ sở mới được bầu tại đại hội nhiệm kỳ 2022 - 2027, chưa qua tập huấn; một số nơi còn lúng túng trong đánh giá, công nhận các danh hiệu học tập theo Thông tư số 22/2023/TT-BGDĐT của Bộ Giáo dục và Đào tạo.
Tại lớp tập huấn, các học viên được ThS. Trần Thanh Phong, Trưởng phòng Giáo dục thường xuyên Sở Giáo dục và Đào tạo, giới thiệu Quyết định số 1373/QĐ-TTg của Thủ tướng Chính phủ, Kế hoạch số 216/KH-UBND của UBND tỉnh và Kết luận 12, 13-KL/TU của Ban Thường vụ Tỉnh ủy về xây dựng xã hội học tập gắn với chuyển đổi số. Ông Lê Hoàng Nam, Chánh Văn phòng Hội Khuyến học tỉnh, hướng dẫn quản lý quỹ khuyến học theo Nghị định số 93/2019/NĐ-CP của Chính phủ, ứng dụng phần mềm quản lý hội viên trên điện thoại thông minh.
Chia sẻ tại lớp, bà Võ Thị Kim Hoa, Chủ tịch Hội Khuyến học xã Mỹ Hiệp, cho biết xã có 19 chi hội với 3.100 hội viên, quỹ khuyến học đạt 420 triệu đồng; mô hình "Ống heo khuyến học" ở trường tiểu học góp được hơn 60 triệu đồng mỗi năm. Ông Nguyễn Văn Sang, Chi hội trưởng chi hội khuyến học ấp 3, xã Mỹ Hiệp, đề nghị tập huấn thêm kỹ năng sử dụng mạng xã hội để tuyên truyền.
Bế mạc lớp học, đồng chí Phan Văn Thắng đề nghị học viên vận dụng kiến thức, phấn đấu đến cuối năm 2024 toàn tỉnh có trên 85% hộ đạt danh hiệu "Gia đình học tập" và 100% ấp, khóm đạt "Cộng đồng học tập". Kết thúc lớp tập huấn, 218 học viên được cấp giấy chứng nhận.
Dự kiến trong tháng 11, Hội Khuyến học tỉnh tiếp tục mở 2 lớp tập huấn cho khoảng 300 cán bộ chi hội ở các huyện Tháp Mười, Tam Nông, Hồng Ngự.
Thanh Tâm
Lượt xem: 1.026
Tin khác
- Hội Khuyến học tỉnh trao 500 suất học bổng (20/09/2024)
- Cao Lãnh: 30 dòng họ học tập tiêu biểu (05/09/2024)
- Sa Đéc biểu dương gia đình học tập (22/08/2024)
""", "2024-10-03", "Bồi dưỡng kỹ năng cho 220 cán bộ hội khuyến học cơ sở",
E("tap_huan", "2024", "2024-10-01"),
[P("Phan Văn Thắng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Minh Tuấn", "TS.", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Nguyễn Thị Bích", "Phó Chủ tịch kiêm Tổng Thư ký Hội Khuyến học tỉnh"),
 P("Trần Thanh Phong", "ThS.", "Trưởng phòng Giáo dục thường xuyên Sở Giáo dục và Đào tạo"),
 P("Lê Hoàng Nam", "Chánh Văn phòng Hội Khuyến học tỉnh"),
 P("Võ Thị Kim Hoa", "Chủ tịch Hội Khuyến học xã Mỹ Hiệp"),
 P("Nguyễn Văn Sang", "Chi hội trưởng chi hội khuyến học ấp 3")],
[Q("220 cán bộ hội khuyến học cơ sở", 220, "cán bộ hội khuyến học cơ sở"),
 Q("143 hội khuyến học cấp xã", 143, "hội khuyến học cấp xã"), Q("2.850 chi hội, ban khuyến học", 2850, "chi hội, ban khuyến học"),
 Q("295.400 hội viên", 295400, "hội viên"), Q("khoảng 40%", 40, "%", "approx"), Q("19 chi hội", 19, "chi hội"),
 Q("3.100 hội viên", 3100, "hội viên"), Q("420 triệu đồng", 420000000, "đồng"), Q("hơn 60 triệu đồng", 60000000, "đồng", "over"),
 Q("trên 85%", 85, "%", "over"), Q("100% ấp, khóm", 100, "%"), Q("218 học viên", 218, "học viên"),
 Q("2 lớp tập huấn", 2, "lớp tập huấn"), Q("khoảng 300 cán bộ chi hội", 300, "cán bộ chi hội", "approx")],
[D("Thông tư", "22", "2023/TT-BGDĐT", None, "Bộ Giáo dục và Đào tạo", "Thông tư số 22/2023/TT-BGDĐT"),
 D("Quyết định", "1373", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1373/QĐ-TTg"),
 D("Kế hoạch", "216", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 216/KH-UBND"),
 D("Kết luận", "12", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 12, 13-KL/TU"),
 D("Kết luận", "13", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 12, 13-KL/TU"),
 D("Nghị định", "93", "2019/NĐ-CP", None, "Chính phủ", "Nghị định số 93/2019/NĐ-CP")],
[prov("Đồng Tháp"), com("Mỹ Hiệp")],
["Báo Đồng Tháp Online", "Trang chủ / Xã hội / Giáo dục", "Học viên thực hành xây dựng kế hoạch hoạt động chi hội.",
 "Ống heo khuyến học", "Gia đình học tập", "Cộng đồng học tập", "Lượt xem: 1.026"],
["Ngày đăng 03/10/2024 | 16:20", "2 ngày", "năm 2024", "nhiệm kỳ 2022 - 2027", "tháng 11", "Lượt xem: 1.026"]))
