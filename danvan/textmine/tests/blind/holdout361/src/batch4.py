from lib import *
PAGES = []

PAGES.append(page("b8639-gialai-mttqxa-daihoi-2024", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
Thứ Hai, 13/05/2024 - 09:10
Đại hội đại biểu MTTQ Việt Nam xã Ia Hrung lần thứ XI, nhiệm kỳ 2024 - 2029
(GLO) - Ngày 11/5, Ủy ban MTTQ Việt Nam xã Ia Hrung (huyện Ia Grai, tỉnh Gia Lai) tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2024 - 2029. Đây là đại hội điểm cấp xã của huyện, được tổ chức theo Chỉ thị số 18-CT/TW của Ban Bí thư và Kế hoạch số 128-KH/HU của Ban Thường vụ Huyện ủy. Dự đại hội có đồng chí Kpă Lan, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Ia Grai cùng 120 đại biểu chính thức đại diện cho hơn 9.600 nhân khẩu của 16 thôn, làng.
Các đại biểu biểu quyết thông qua báo cáo chính trị tại đại hội. Ảnh: Hồng Thi
Báo cáo tại đại hội cho biết, nhiệm kỳ 2019 - 2024, Mặt trận xã đã phối hợp vận động nhân dân hiến hơn 12.000 m2 đất, đóng góp 3,4 tỷ đồng và trên 5.000 ngày công làm 18 km đường giao thông nông thôn. Ban Giám sát đầu tư của cộng đồng xã đã giám sát 46 công trình, trong đó có 9 công trình trường học, phát hiện và kiến nghị khắc phục 7 công trình có sai sót; 100% kiến nghị được chủ đầu tư tiếp thu.
Bà Nay H'Blim, ĐUV, Trưởng Ban Giám sát đầu tư của cộng đồng xã chia sẻ tham luận về việc giám sát công trình Trường Tiểu học Ia Hrung: phát hiện nhà thầu đổ nền phòng học thiếu lớp cát đệm, ban đã đề nghị dừng thi công 3 ngày để làm lại. "Người Jrai mình nói ít nhưng nhìn kỹ. Thấy sai thì phải nói, không để con cháu học trong phòng học kém chất lượng", bà nói.
Phát biểu chỉ đạo, đồng chí Lê Văn Hải, Bí thư Đảng ủy, Chủ tịch HĐND xã đề nghị Ủy ban MTTQ Việt Nam xã khóa mới tiếp tục phát huy vai trò giám sát, phản biện xã hội, nhất là đối với các công trình thuộc chương trình mục tiêu quốc gia đang triển khai trên địa bàn; thực hiện tốt Hướng dẫn số 03/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát đầu tư của cộng đồng.
Đại hội đã hiệp thương cử 31 vị vào Ủy ban MTTQ Việt Nam xã khóa XI. Tại hội nghị lần thứ nhất, bà Rơ Mah Thiêng được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Hrung khóa XI; các ông Siu Hyưi, Nguyễn Văn Tư được cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng bầu 35 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam huyện Ia Grai lần thứ XI.
Dịp này, Ủy ban MTTQ Việt Nam huyện tặng giấy khen cho 4 tập thể và 6 cá nhân có thành tích xuất sắc trong công tác Mặt trận nhiệm kỳ 2019 - 2024, trong đó có Ban Giám sát đầu tư của cộng đồng xã Ia Hrung.
Hồng Thi
Tin liên quan
- Ia Grai: Hoàn thành đại hội điểm Ban công tác Mặt trận làng (05/05/2024)
- Chư Păh giám sát việc thực hiện Chương trình 1719 (27/04/2024)
- Gia Lai: 100% xã xây dựng kế hoạch đại hội Mặt trận (20/04/2024)
""", "2024-05-13", "Đại hội đại biểu MTTQ Việt Nam xã Ia Hrung lần thứ XI, nhiệm kỳ 2024 - 2029",
E("dai_hoi", None, "2024-05-11"),
[P("Kpă Lan", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Ia Grai"),
 P("Nay H'Blim", "ĐUV", "Trưởng Ban Giám sát đầu tư của cộng đồng xã"),
 P("Lê Văn Hải", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Rơ Mah Thiêng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Hrung khóa XI"),
 P("Siu Hyưi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Văn Tư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("120 đại biểu chính thức", 120, "đại biểu chính thức"), Q("hơn 9.600 nhân khẩu", 9600, "nhân khẩu", "over"),
 Q("16 thôn, làng", 16, "thôn, làng"), Q("hơn 12.000 m2", 12000, "m2", "over"), Q("3,4 tỷ đồng", 3400000000, "đồng"),
 Q("trên 5.000 ngày công", 5000, "ngày công", "over"), Q("18 km", 18, "km"), Q("46 công trình", 46, "công trình"),
 Q("9 công trình trường học", 9, "công trình trường học"), Q("7 công trình", 7, "công trình"), Q("100%", 100, "%"),
 Q("31 vị", 31, "vị"), Q("35 đại biểu", 35, "đại biểu"), Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân")],
[D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW"),
 D("Kế hoạch", "128", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 128-KH/HU"),
 D("Hướng dẫn", "03", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 03/HD-MTTQ-BTT")],
[prov("Gia Lai"), com("Ia Hrung")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "(GLO)",
 "Các đại biểu biểu quyết thông qua báo cáo chính trị tại đại hội. Ảnh: Hồng Thi", "Trường Tiểu học Ia Hrung"],
["Thứ Hai, 13/05/2024 - 09:10", "lần thứ XI", "nhiệm kỳ 2024 - 2029", "nhiệm kỳ 2019 - 2024", "3 ngày", "khóa XI", "lần thứ nhất"]))

PAGES.append(page("b8640-haugiang-mttq-tongket-2024", """
Báo Hậu Giang Online
Trang chủ | Chính trị | Mặt trận - Đoàn thể
T5, 26/12/2024 - 10:20
Toàn cảnh hội nghị. Ảnh: Ngọc Trinh
Phụng Hiệp triển khai nhiệm vụ giám sát đầu tư của cộng đồng năm 2025
Ngày 24/12, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Phụng Hiệp (tỉnh Hậu Giang) tổ chức hội nghị tổng kết công tác giám sát đầu tư của cộng đồng năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Trần Thị Mỹ Phương, Ủy viên BTV Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì hội nghị.
Năm 2024, Ban Giám sát đầu tư của cộng đồng ở 15 xã, thị trấn đã giám sát 163 công trình với tổng vốn hơn 580 tỷ đồng, gồm 71 công trình giao thông, 24 công trình trường học, 19 công trình thủy lợi và nhiều nhà văn hóa ấp. Qua giám sát, các ban phát hiện 12 công trình có sai sót về khối lượng, chất lượng, kiến nghị giảm trừ 1,32 tỷ đồng; 98% kiến nghị đã được chủ đầu tư tiếp thu, xử lý.
Thực hiện Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở, UBND huyện đã nâng mức hỗ trợ kinh phí hoạt động lên 7 triệu đồng/ban/năm. Ban Thường trực Ủy ban MTTQ huyện cũng tham mưu BTV Huyện ủy ban hành Kết luận 11, 12-KL/HU về nâng cao chất lượng giám sát của nhân dân đối với công trình đầu tư công và về công khai các khoản đóng góp.
Tại hội nghị, ông Thạch Sa Phol, Chủ tịch Ủy ban MTTQ Việt Nam xã Hòa An, người Khmer, chia sẻ: Ban Giám sát đầu tư của cộng đồng xã có 2 thành viên là sư sãi chùa Khmer, giúp vận động bà con Khmer ở ấp Mỹ Hiệp hiến đất làm tuyến lộ dài 2,8 km. Ông Lê Văn Nhanh, Trưởng Ban Giám sát đầu tư của cộng đồng thị trấn Cây Dương, kể ban đã phát hiện nhà thầu thay ống cống D800 bằng ống D600 tại công trình đường kênh Xẻo Môn và buộc làm lại đúng thiết kế.
Bà Nguyễn Thị Bé Hai, Chủ tịch LĐLĐ huyện, đề nghị Mặt trận phối hợp giám sát các công trình nhà ở cho công nhân lao động khó khăn. Đồng chí Huỳnh Văn Tâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện, cho biết năm 2024 tiếp nhận 14 đơn thư liên quan đến công trình, đã phối hợp giải quyết 13 đơn.
Phát biểu kết luận, đồng chí Trần Thị Mỹ Phương đề nghị năm 2025 các ban tập trung giám sát công trình thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, công trình xóa nhà tạm, nhà dột nát; chuẩn bị tốt việc bàn giao hồ sơ khi thực hiện sắp xếp tổ chức bộ máy.
Dịp này, Ủy ban MTTQ Việt Nam huyện tặng giấy khen cho 8 tập thể và 12 cá nhân có thành tích xuất sắc trong công tác giám sát đầu tư của cộng đồng năm 2024.
Ngọc Trinh
Lượt xem: 864
Tin liên quan
- Châu Thành A: Tổng kết công tác Mặt trận năm 2024 (23/12/2024)
- Hậu Giang: Xóa 1.200 căn nhà tạm trong năm 2025 (18/12/2024)
- Long Mỹ giám sát việc thực hiện chính sách bảo hiểm y tế (10/12/2024)
""", "2024-12-26", "Phụng Hiệp triển khai nhiệm vụ giám sát đầu tư của cộng đồng năm 2025",
E("tong_ket", "2024", "2024-12-24"),
[P("Trần Thị Mỹ Phương", "Ủy viên BTV Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Thạch Sa Phol", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hòa An"),
 P("Lê Văn Nhanh", "Trưởng Ban Giám sát đầu tư của cộng đồng thị trấn Cây Dương"),
 P("Nguyễn Thị Bé Hai", "Chủ tịch LĐLĐ huyện"),
 P("Huỳnh Văn Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện")],
[Q("15 xã, thị trấn", 15, "xã, thị trấn"), Q("163 công trình", 163, "công trình"), Q("hơn 580 tỷ đồng", 580000000000, "đồng", "over"),
 Q("71 công trình giao thông", 71, "công trình giao thông"), Q("24 công trình trường học", 24, "công trình trường học"),
 Q("19 công trình thủy lợi", 19, "công trình thủy lợi"), Q("12 công trình", 12, "công trình"), Q("1,32 tỷ đồng", 1320000000, "đồng"),
 Q("98%", 98, "%"), Q("7 triệu đồng", 7000000, "đồng"), Q("2 thành viên", 2, "thành viên"), Q("2,8 km", 2.8, "km"),
 Q("14 đơn thư", 14, "đơn thư"), Q("13 đơn", 13, "đơn"), Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023"),
 D("Kết luận", "11", "KL/HU", None, "BTV Huyện ủy", "Kết luận 11, 12-KL/HU"),
 D("Kết luận", "12", "KL/HU", None, "BTV Huyện ủy", "Kết luận 11, 12-KL/HU")],
[prov("Hậu Giang"), com("Hòa An"), com("Cây Dương")],
["Báo Hậu Giang Online", "Trang chủ | Chính trị | Mặt trận - Đoàn thể", "Toàn cảnh hội nghị. Ảnh: Ngọc Trinh",
 "Luật Thực hiện dân chủ ở cơ sở", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "ấp Mỹ Hiệp", "Lượt xem: 864"],
["T5, 26/12/2024 - 10:20", "năm 2024", "năm 2025", "D800", "D600", "Lượt xem: 864"]))

PAGES.append(page("b8641-quangninh-gsdtcd-mamnon-2025", """
BÁO QUẢNG NINH
Thời sự > Chính trị > Mặt trận
08/04/2025 - 14:30
Phường Hà Tu giám sát công trình Trường Mầm non Hà Tu
Sáng 7/4, Ban Giám sát đầu tư của cộng đồng phường Hà Tu (TP Hạ Long, tỉnh Quảng Ninh) phối hợp với Ban Thường trực Ủy ban MTTQ Việt Nam phường tổ chức giám sát công trình xây dựng Trường Mầm non Hà Tu. Tham gia có Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hạ Long Nguyễn Thị Hương và đại diện chủ đầu tư, đơn vị thi công, tư vấn giám sát.
Thành viên Ban Giám sát đầu tư của cộng đồng phường Hà Tu kiểm tra hạng mục cầu thang khu nhà học. Ảnh: Thu Trang
Công trình được UBND thành phố phê duyệt tại Quyết định số 3582/QĐ-UBND ngày 22/8/2024, quy mô 16 phòng học, nhà bếp một chiều, sân chơi và hàng rào, tổng mức đầu tư 45,8 tỷ đồng. Khi hoàn thành, trường có thể đón khoảng 560 trẻ trong độ tuổi mầm non của phường. Đến nay, công trình đã thi công xong phần móng và khung khu nhà học, khối lượng đạt gần 40%.
Bà Vũ Thị Thu Hường, Chủ tịch Ủy ban MTTQ Việt Nam phường Hà Tu cho biết, Ban Giám sát đầu tư của cộng đồng phường có 9 thành viên, gồm cán bộ Mặt trận, cựu chiến binh, trưởng khu phố và một kỹ sư xây dựng đã nghỉ hưu. Ban đã phân công theo dõi từng hạng mục, mỗi tuần ít nhất 2 lần có mặt tại công trường.
Ông Phạm Văn Dũng, Trưởng Ban Giám sát đầu tư của cộng đồng phường nêu 3 kiến nghị: bổ sung lan can tay vịn phù hợp chiều cao trẻ nhỏ; thay loại gạch lát sân có độ chống trơn cao hơn; công khai tiến độ, nhà thầu và số điện thoại đường dây nóng tại cổng công trình. "Đây là công trình cho con cháu chúng ta, người dân rất quan tâm nên ban phải giám sát đến từng viên gạch", ông Dũng nói.
Ông Đỗ Mạnh Cường, Phó Chủ tịch UBND phường, tiếp thu các ý kiến và đề nghị nhà thầu bảo đảm vệ sinh môi trường, không để xe chở vật liệu làm rơi vãi trên tuyến phố. Bà Lê Thị Hạnh, Hiệu trưởng Trường Mầm non Hà Tu mong công trình sớm hoàn thành trước năm học 2025 - 2026, vì hiện 3 lớp của trường vẫn phải học nhờ tại nhà văn hóa khu 5.
Phát biểu tại buổi giám sát, bà Nguyễn Thị Hương đề nghị Ban Giám sát đầu tư của cộng đồng phường tiếp tục theo dõi chặt chẽ, đồng thời quán triệt tinh thần Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy, bảo đảm hoạt động giám sát không bị gián đoạn trong quá trình sắp xếp đơn vị hành chính. Năm 2024, Ban Giám sát đầu tư của cộng đồng 33 xã, phường của thành phố đã giám sát 128 công trình với tổng vốn hơn 1.200 tỷ đồng.
Thu Trang
Tin liên quan
- Hạ Long: Mặt trận phản biện dự thảo quy hoạch chung đô thị (02/04/2025)
- Cẩm Phả giám sát tiến độ xây dựng trường học (28/03/2025)
- Quảng Ninh: Hoàn thành xóa nhà tạm cho hộ nghèo (15/03/2025)
""", "2025-04-08", "Phường Hà Tu giám sát công trình Trường Mầm non Hà Tu",
E("giam_sat", None, "2025-04-07"),
[P("Nguyễn Thị Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hạ Long"),
 P("Vũ Thị Thu Hường", "Chủ tịch Ủy ban MTTQ Việt Nam phường Hà Tu"),
 P("Phạm Văn Dũng", "Trưởng Ban Giám sát đầu tư của cộng đồng phường"),
 P("Đỗ Mạnh Cường", "Phó Chủ tịch UBND phường"),
 P("Lê Thị Hạnh", "Hiệu trưởng Trường Mầm non Hà Tu")],
[Q("16 phòng học", 16, "phòng học"), Q("45,8 tỷ đồng", 45800000000, "đồng"), Q("khoảng 560 trẻ", 560, "trẻ", "approx"),
 Q("gần 40%", 40, "%", "approx"), Q("9 thành viên", 9, "thành viên"), Q("3 kiến nghị", 3, "kiến nghị"), Q("3 lớp", 3, "lớp"), Q("33 xã, phường", 33, "xã, phường"), Q("128 công trình", 128, "công trình"),
 Q("hơn 1.200 tỷ đồng", 1200000000000, "đồng", "over")],
[D("Quyết định", "3582", "QĐ-UBND", "2024-08-22", "UBND thành phố", "Quyết định số 3582/QĐ-UBND ngày 22/8/2024"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW")],
[prov("Quảng Ninh"), com("Hà Tu")],
["BÁO QUẢNG NINH", "Thời sự > Chính trị > Mặt trận",
 "Thành viên Ban Giám sát đầu tư của cộng đồng phường Hà Tu kiểm tra hạng mục cầu thang khu nhà học. Ảnh: Thu Trang",
 "Trường Mầm non Hà Tu", "khu 5"],
["08/04/2025 - 14:30", "năm học 2025 - 2026", "khu 5", "Năm 2024", "một kỹ sư", "mỗi tuần ít nhất 2 lần"]))

PAGES.append(page("b8642-tuyenquang-gsdtcd-xamoi-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Trang chủ › Chính trị › Xây dựng Đảng - Chính quyền
Thứ Ba, 14/10/2025 - 07:30
Lũng Cú: Giám sát cộng đồng không "đứt mạch" sau sắp xếp
Từ ngày 1/7/2025, xã Lũng Cú mới được thành lập trên cơ sở sắp xếp các xã Lũng Cú, Ma Lé và Lũng Táo thuộc huyện Đồng Văn của tỉnh Hà Giang cũ, nay là tỉnh Tuyên Quang theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội. Địa bàn rộng gấp ba, nhưng hoạt động giám sát các công trình của Ban Giám sát đầu tư của cộng đồng xã vẫn được duy trì đều đặn.
Thành viên ban giám sát cùng người dân thôn Lô Lô Chải kiểm tra tuyến đường bê tông mới làm. Ảnh: Giàng Lan
Ông Sùng Mí Chứ, Chủ tịch Ủy ban MTTQ Việt Nam xã Lũng Cú cho biết, ngay sau khi chính quyền địa phương hai cấp đi vào hoạt động, Ủy ban MTTQ xã đã kiện toàn Ban Giám sát đầu tư của cộng đồng gồm 13 thành viên, là đại diện Mặt trận, Hội Nông dân, Hội Phụ nữ, Đoàn Thanh niên, Hội Cựu chiến binh và người có uy tín ở 43 thôn. Ban chia thành 3 tổ theo địa bàn 3 xã cũ để thuận tiện đi lại.
Bà Vàng Thị Mai, Trưởng Ban Giám sát đầu tư của cộng đồng xã, người Mông, kể: năm nay xã có 9 công trình đang triển khai với tổng vốn khoảng 38 tỷ đồng, chủ yếu là đường liên thôn, điểm trường và nhà văn hóa thôn. Riêng điểm trường Mầm non thôn Séo Lủng, ban phát hiện mái tôn lợp thiếu xà gồ, đã đề nghị nhà thầu bổ sung trước mùa đông. "Trên núi đá gió to lắm, mái làm không chắc thì các cháu không ở được", bà Mai nói.
Cùng với giám sát công trình, ban còn theo dõi việc hỗ trợ xóa nhà tạm, nhà dột nát cho 216 hộ nghèo, hộ cận nghèo trên địa bàn, mỗi hộ được hỗ trợ 60 triệu đồng xây mới. Ông Lù Seo Dìn, người có uy tín thôn Lô Lô Chải, xã Lũng Cú cho biết, bà con trong thôn đã góp hơn 300 ngày công vận chuyển vật liệu lên những nơi xe không vào được.
Ông Giàng Mí Pó, Phó Chủ tịch UBND xã thừa nhận, sau sắp xếp, hồ sơ các công trình chuyển tiếp từ huyện về xã còn chưa đầy đủ, có công trình chưa xác định rõ chủ đầu tư, gây khó cho ban. Xã đang phối hợp với các sở, ngành của tỉnh để hoàn thiện hồ sơ và công khai tại nhà văn hóa thôn.
Theo bà Hoàng Thị Hồng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang, toàn tỉnh hiện có 124 xã, phường, trong đó nhiều xã vùng cao có địa bàn rất rộng. Mặt trận tỉnh đang xây dựng hướng dẫn để Ban Giám sát đầu tư của cộng đồng các xã mới tổ chức giám sát phù hợp, ưu tiên các công trình trường học, đường giao thông và nhà ở cho hộ nghèo.
Giàng Lan
Tin liên quan
- Tuyên Quang: 124 xã, phường hoàn thành đại hội Đảng bộ nhiệm kỳ 2025 - 2030 (08/10/2025)
- Mèo Vạc: Người dân góp công làm đường lên thôn (30/09/2025)
- Ủy ban MTTQ tỉnh giám sát hoạt động chính quyền hai cấp (22/09/2025)
""", "2025-10-14", "Lũng Cú: Giám sát cộng đồng không \"đứt mạch\" sau sắp xếp",
E("khac", None, None),
[P("Sùng Mí Chứ", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lũng Cú"),
 P("Vàng Thị Mai", "Trưởng Ban Giám sát đầu tư của cộng đồng xã"),
 P("Lù Seo Dìn", "người có uy tín thôn Lô Lô Chải"),
 P("Giàng Mí Pó", "Phó Chủ tịch UBND xã"),
 P("Hoàng Thị Hồng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang")],
[Q("13 thành viên", 13, "thành viên"), Q("43 thôn", 43, "thôn"), Q("3 tổ", 3, "tổ"), Q("3 xã cũ", 3, "xã cũ"),
 Q("9 công trình", 9, "công trình"), Q("khoảng 38 tỷ đồng", 38000000000, "đồng", "approx"),
 Q("216 hộ nghèo, hộ cận nghèo", 216, "hộ nghèo, hộ cận nghèo"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("hơn 300 ngày công", 300, "ngày công", "over"), Q("124 xã, phường", 124, "xã, phường")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Ma Lé"), com("Lũng Táo")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Trang chủ › Chính trị › Xây dựng Đảng - Chính quyền",
 "Thành viên ban giám sát cùng người dân thôn Lô Lô Chải kiểm tra tuyến đường bê tông mới làm. Ảnh: Giàng Lan",
 "thôn Séo Lủng", "thôn Lô Lô Chải"],
["Thứ Ba, 14/10/2025 - 07:30", "Từ ngày 1/7/2025", "rộng gấp ba", "hai cấp", "năm nay"]))

PAGES.append(page("b8643-vinhlong-mttqphuong-baocao-2025", """
TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG NGUYỆT HÓA - TỈNH VĨNH LONG
Trang chủ / Tin tức - Sự kiện / Mặt trận và các đoàn thể
Ngày đăng: 16/01/2026 08:05
Kết quả giám sát đầu tư của cộng đồng năm 2025 trên địa bàn phường Nguyệt Hóa
Ngày 12/01/2026, Ban Thường trực Ủy ban MTTQ Việt Nam phường Nguyệt Hóa ban hành Báo cáo số 07/BC-MTTQ-BTT về kết quả hoạt động giám sát đầu tư của cộng đồng năm 2025 và phương hướng năm 2026. Phường Nguyệt Hóa được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp các xã, phường thuộc thành phố Trà Vinh và huyện Châu Thành của tỉnh Trà Vinh cũ, nay thuộc tỉnh Vĩnh Long. Trang thông tin điện tử phường trích đăng nội dung chính của báo cáo.
1. Về kiện toàn tổ chức
Sau khi chính quyền địa phương hai cấp đi vào hoạt động, Ban Thường trực Ủy ban MTTQ Việt Nam phường đã kiện toàn Ban Giám sát đầu tư của cộng đồng gồm 11 thành viên. Trưởng ban: ông Sơn Ngọc Thạch, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường; Phó Trưởng ban: ông Kim Sa Rát, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội Nông dân phường; bà Thạch Thị Sa Quênh, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội Liên hiệp Phụ nữ phường.
2. Kết quả giám sát
Năm 2025, trên địa bàn phường có 14 công trình sử dụng vốn ngân sách nhà nước và vốn đóng góp của nhân dân, tổng vốn hơn 63,5 tỷ đồng. Ban đã giám sát 12/14 công trình (2 công trình chưa khởi công), gồm: 5 tuyến đường bê tông khóm, ấp với tổng chiều dài 6,2 km; 2 điểm trường tiểu học với 10 phòng học; cải tạo nhà văn hóa khóm và hệ thống thoát nước; hỗ trợ xây mới 58 căn nhà cho hộ nghèo, hộ cận nghèo, trong đó có 41 căn của đồng bào Khmer.
Qua giám sát, ban phát hiện 3 công trình có sai sót: tuyến đường khóm 4 đổ bê tông thiếu chiều dày khoảng 2 cm; điểm trường ấp Sâm Bua sử dụng cửa nhôm không đúng chủng loại; mương thoát nước khóm 2 chưa đấu nối vào hệ thống chung. Ban đã gửi 8 văn bản kiến nghị, 7 kiến nghị được chủ đầu tư khắc phục, đạt 87,5%; kiến nghị còn lại đang xử lý do vướng mặt bằng.
Nhân dân đã đóng góp 1,9 tỷ đồng, hiến hơn 2.600 m2 đất; các chùa Khmer trên địa bàn vận động phật tử đóng góp khoảng 350 triệu đồng làm đường vào chùa.
3. Hạn chế và phương hướng năm 2026
Hồ sơ một số công trình chuyển tiếp từ cấp huyện trước đây về phường chưa đầy đủ; kinh phí hoạt động của ban chưa được bố trí riêng sau sắp xếp. Năm 2026, Ban Thường trực Ủy ban MTTQ Việt Nam phường đề nghị UBND phường bố trí kinh phí theo Nghị định số 59/2023/NĐ-CP của Chính phủ, công khai thông tin công trình tại trụ sở khóm, ấp; phối hợp tập huấn cho thành viên ban trong quý II/2026.
Ban Thường trực Ủy ban MTTQ Việt Nam phường Nguyệt Hóa
Tin liên quan
- Phường Nguyệt Hóa tổ chức Ngày hội Đại đoàn kết toàn dân tộc (18/11/2025)
- Hội nghị Ủy ban MTTQ Việt Nam phường lần thứ 2 (30/12/2025)
- Vĩnh Long: Hoàn thành xóa nhà tạm, nhà dột nát năm 2025 (20/12/2025)
""", "2026-01-16", "Kết quả giám sát đầu tư của cộng đồng năm 2025 trên địa bàn phường Nguyệt Hóa",
E("bao_cao", "2025", "2026-01-12"),
[P("Sơn Ngọc Thạch", "Trưởng ban", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Kim Sa Rát", "Phó Trưởng ban", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Nông dân phường"),
 P("Thạch Thị Sa Quênh", "Phó Trưởng ban", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Liên hiệp Phụ nữ phường")],
[Q("11 thành viên", 11, "thành viên"), Q("14 công trình", 14, "công trình"), Q("hơn 63,5 tỷ đồng", 63500000000, "đồng", "over"),
 Q("12/14 công trình", 12, "công trình"), Q("2 công trình", 2, "công trình"), Q("5 tuyến đường bê tông khóm, ấp", 5, "tuyến đường bê tông khóm, ấp"),
 Q("6,2 km", 6.2, "km"), Q("2 điểm trường tiểu học", 2, "điểm trường tiểu học"), Q("10 phòng học", 10, "phòng học"),
 Q("58 căn nhà", 58, "căn nhà"), Q("41 căn", 41, "căn"), Q("3 công trình", 3, "công trình"), Q("khoảng 2 cm", 2, "cm", "approx"),
 Q("8 văn bản kiến nghị", 8, "văn bản kiến nghị"), Q("7 kiến nghị", 7, "kiến nghị"), Q("87,5%", 87.5, "%"),
 Q("1,9 tỷ đồng", 1900000000, "đồng"), Q("hơn 2.600 m2", 2600, "m2", "over"), Q("khoảng 350 triệu đồng", 350000000, "đồng", "approx")],
[D("Báo cáo", "07", "BC-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam phường Nguyệt Hóa", "Báo cáo số 07/BC-MTTQ-BTT"),
 D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 59/2023/NĐ-CP")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Nguyệt Hóa")],
["TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG NGUYỆT HÓA - TỈNH VĨNH LONG", "Trang chủ / Tin tức - Sự kiện / Mặt trận và các đoàn thể",
 "ấp Sâm Bua", "Ban Thường trực Ủy ban MTTQ Việt Nam phường Nguyệt Hóa"],
["Ngày đăng: 16/01/2026 08:05", "năm 2025", "năm 2026", "1. Về kiện toàn tổ chức", "khóm 4", "khóm 2", "quý II/2026", "hai cấp", "2. Kết quả giám sát", "3. Hạn chế và phương hướng năm 2026"]))

PAGES.append(page("b8644-dongnai-mttqxa-hoinghi-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Chính trị - Xã hội » Mặt trận
Thứ Ba, 10/03/2026 - 08:45
Xã Bù Gia Mập triển khai giám sát 14 công trình đầu tư công
Ngày 9/3, Ban Thường trực Ủy ban MTTQ Việt Nam xã Bù Gia Mập (tỉnh Đồng Nai) tổ chức hội nghị triển khai chương trình giám sát đầu tư của cộng đồng năm 2026. Bà Thị Bình, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì hội nghị.
Bà Thị Bình phát biểu tại hội nghị. Ảnh: Hoàng Lộc
Xã Bù Gia Mập hiện nay được thành lập trên cơ sở sắp xếp 2 xã Bù Gia Mập và Đắk Ơ của tỉnh Bình Phước cũ, có 27 thôn, sóc với khoảng 4.300 hộ, trong đó gần 60% là đồng bào S'tiêng, Mnông. Theo Quyết định số 102/QĐ-UBND ngày 5/2/2026 của UBND xã, năm 2026 xã có 14 công trình được giao kế hoạch vốn, tổng vốn khoảng 86 tỷ đồng, gồm 6 tuyến đường giao thông, 5 công trình trường học, 2 nhà văn hóa thôn và 1 trạm y tế.
Thực hiện Kế hoạch số 15/KH-MTTQ-BTT ngày 20/2/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam xã, Ban Giám sát đầu tư của cộng đồng xã gồm 11 thành viên sẽ giám sát 100% công trình ngay từ khi khởi công. Mỗi thành viên phụ trách 1 đến 2 công trình, báo cáo định kỳ hằng tháng; các công trình trường học sẽ được ưu tiên giám sát trước khai giảng năm học mới.
Tại hội nghị, ông Điểu Brôl, Trưởng Ban Giám sát đầu tư của cộng đồng xã cho biết, năm 2025 ban đã giám sát 11 công trình, phát hiện 2 công trình có sai sót về khối lượng, kiến nghị giảm trừ khoảng 215 triệu đồng. Ông Lê Văn Thịnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Nông dân xã, đề nghị chủ đầu tư niêm yết thiết kế, dự toán ở nhà văn hóa thôn để bà con cùng theo dõi.
Các đồng chí Phó Chủ tịch UBND xã: Nguyễn Hữu Phước, Điểu Xuân Hùng tiếp thu, cam kết chỉ đạo Ban Quản lý dự án khu vực gửi hồ sơ cho ban trước khi khởi công ít nhất 7 ngày. Ông Nguyễn Hữu Phước cũng thông tin, xã đang rà soát để thực hiện Kết luận 18, 19-KL/ĐU của Ban Thường vụ Đảng ủy xã về nâng cao hiệu quả đầu tư công và về phát huy vai trò giám sát của nhân dân.
Bà Thị Bình đề nghị Mặt trận xã và các đoàn thể chính trị - xã hội phối hợp chặt chẽ, lồng ghép giám sát đầu tư của cộng đồng với giám sát việc thực hiện Luật Thực hiện dân chủ ở cơ sở; thành viên ban là người đồng bào dân tộc thiểu số cần được tập huấn bằng hình thức trực quan, dễ hiểu. Dịp này, Ủy ban MTTQ Việt Nam xã cấp 11 bộ dụng cụ giám sát gồm thước đo, máy đo độ dày bê tông cầm tay và sổ nhật ký cho các thành viên.
Hoàng Lộc
Tin liên quan
- Đồng Nai: Hơn 3.000 công trình được giám sát trong năm 2025 (25/02/2026)
- Xã Phú Nghĩa đối thoại với nhân dân về bồi thường, hỗ trợ (17/02/2026)
- Mặt trận tỉnh tổng kết công tác năm 2025 (20/01/2026)
""", "2026-03-10", "Xã Bù Gia Mập triển khai giám sát 14 công trình đầu tư công",
E("hoi_nghi", "2026", "2026-03-09"),
[P("Thị Bình", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Điểu Brôl", "Trưởng Ban Giám sát đầu tư của cộng đồng xã"),
 P("Lê Văn Thịnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Nông dân xã"),
 P("Nguyễn Hữu Phước", "Phó Chủ tịch UBND xã"),
 P("Điểu Xuân Hùng", "Phó Chủ tịch UBND xã")],
[Q("2 xã", 2, "xã"), Q("27 thôn, sóc", 27, "thôn, sóc"), Q("khoảng 4.300 hộ", 4300, "hộ", "approx"), Q("gần 60%", 60, "%", "approx"),
 Q("14 công trình", 14, "công trình"), Q("khoảng 86 tỷ đồng", 86000000000, "đồng", "approx"),
 Q("6 tuyến đường giao thông", 6, "tuyến đường giao thông"), Q("5 công trình trường học", 5, "công trình trường học"),
 Q("2 nhà văn hóa thôn", 2, "nhà văn hóa thôn"), Q("11 thành viên", 11, "thành viên"), Q("100%", 100, "%"),
 Q("11 công trình", 11, "công trình"), Q("2 công trình", 2, "công trình"), Q("khoảng 215 triệu đồng", 215000000, "đồng", "approx"),
 Q("11 bộ dụng cụ giám sát", 11, "bộ dụng cụ giám sát")],
[D("Quyết định", "102", "QĐ-UBND", "2026-02-05", "UBND xã", "Quyết định số 102/QĐ-UBND ngày 5/2/2026"),
 D("Kế hoạch", "15", "KH-MTTQ-BTT", "2026-02-20", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 15/KH-MTTQ-BTT ngày 20/2/2026"),
 D("Kết luận", "18", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận 18, 19-KL/ĐU"),
 D("Kết luận", "19", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận 18, 19-KL/ĐU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đắk Ơ")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Chính trị - Xã hội » Mặt trận", "Bà Thị Bình phát biểu tại hội nghị. Ảnh: Hoàng Lộc",
 "Luật Thực hiện dân chủ ở cơ sở"],
["Thứ Ba, 10/03/2026 - 08:45", "năm 2026", "năm 2025", "1 trạm y tế", "1 đến 2 công trình", "ít nhất 7 ngày"]))
