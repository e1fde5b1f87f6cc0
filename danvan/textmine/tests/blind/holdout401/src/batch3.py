from lib import *
PAGES = []

PAGES.append(page("b9593-ninhthuan-bdv-tongket-2023", """
Báo Ninh Thuận Online
Thời sự | Chính trị | Dân vận - Mặt trận
22/12/2023 07:55
Nâng cao chất lượng công tác dân vận vùng đồng bào Chăm, Raglai
Chiều 21/12, Ban Dân vận Tỉnh ủy Ninh Thuận tổ chức hội nghị tổng kết công tác dân vận năm 2023 và triển khai nhiệm vụ năm 2024. Đồng chí Thập Văn Tịnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự hội nghị có đồng chí Châu Thị Bích Ngọc, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh.
Toàn cảnh hội nghị tổng kết. Ảnh: Văn Nỷ
Năm 2023, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Nghị quyết chuyên đề số 14-NQ/TU về công tác dân vận trong vùng đồng bào Chăm, Raglai giai đoạn 2023 - 2025; ký kết Quy chế phối hợp số 05-QC/BDVTU-UBND với UBND tỉnh về công tác dân vận chính quyền. Khối dân vận phối hợp tổ chức 2 hội nghị đối thoại của Chủ tịch UBND tỉnh với 420 đại biểu nông dân, chức sắc tôn giáo.
Đồng bào Chăm Bà-la-môn, Chăm Bà-ni được vận động tổ chức Lễ hội Katê, Tết Ramưwan tiết kiệm; các chức sắc tích cực tham gia vận động con em không bỏ học. Toàn tỉnh có 542 mô hình "Dân vận khéo", trong đó 96 mô hình tiêu biểu; nhân dân hiến 18,5 ha đất để làm 27 km đường liên thôn. Tỷ lệ hộ nghèo giảm còn 4,18%; riêng vùng đồng bào dân tộc thiểu số giảm 3,2%.
Tại hội nghị, Cả sư Lưu Văn Bụi, Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh, chia sẻ việc vận động 14 làng Chăm giữ gìn đền tháp. Bà Pinăng Thị Lan, Chủ tịch UBND xã Phước Hà, nêu kinh nghiệm vận động 62 hộ Raglai chuyển sang trồng mít Thái, táo. Ông Quảng Văn Đại, Trưởng thôn Chung Mỹ, xã Phước Hải, kể cách vận động bà con hiến đất mở rộng đường dẫn vào thôn.
Hội nghị nêu một số hạn chế: việc nắm tình hình tư tưởng nhân dân ở vùng dự án điện hạt nhân trước đây còn chậm; một số cán bộ cơ sở còn e ngại đối thoại trực tiếp với dân; việc đề xuất khen thưởng đối với người có uy tín chưa kịp thời.
Phát biểu kết luận, đồng chí Thập Văn Tịnh yêu cầu năm 2024 các cấp tập trung thực hiện Kết luận số 43-KL/TW ngày 07/1/2019 của Ban Bí thư và Chỉ thị số 49-CT/TW ngày 20/6/2015 của Ban Bí thư về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác vận động đồng bào dân tộc thiểu số; đẩy mạnh dân vận chính quyền gắn với cải cách hành chính.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 17 tập thể, 23 cá nhân; Chủ tịch UBND tỉnh tặng Bằng khen cho 6 tập thể, 8 cá nhân; 19 đồng chí được trao Kỷ niệm chương "Vì sự nghiệp Dân vận".
Văn Nỷ
Lượt đọc: 774
Tin liên quan
- Thuận Nam: 45 cá nhân được biểu dương trong phong trào dân vận khéo (15/12/2023)
- Gặp mặt chức sắc Chăm nhân dịp Katê (12/10/2023)
- Hội nghị giao ban khối dân vận quý III/2023 (28/09/2023)
""", "2023-12-22", "Nâng cao chất lượng công tác dân vận vùng đồng bào Chăm, Raglai",
E("tong_ket", "2023", "2023-12-21"),
[P("Thập Văn Tịnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Châu Thị Bích Ngọc", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lưu Văn Bụi", "Cả sư", "Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh"),
 P("Pinăng Thị Lan", "Chủ tịch UBND xã Phước Hà"),
 P("Quảng Văn Đại", "Trưởng thôn Chung Mỹ")],
[Q("2 hội nghị đối thoại", 2, "hội nghị đối thoại"), Q("420 đại biểu nông dân, chức sắc tôn giáo", 420, "đại biểu nông dân, chức sắc tôn giáo"),
 Q("542 mô hình", 542, "mô hình"), Q("96 mô hình tiêu biểu", 96, "mô hình tiêu biểu"), Q("18,5 ha", 18.5, "ha"), Q("27 km", 27, "km"),
 Q("4,18%", 4.18, "%"), Q("3,2%", 3.2, "%"), Q("14 làng Chăm", 14, "làng Chăm"), Q("62 hộ Raglai", 62, "hộ Raglai"),
 Q("17 tập thể", 17, "tập thể"), Q("23 cá nhân", 23, "cá nhân"), Q("6 tập thể", 6, "tập thể"), Q("8 cá nhân", 8, "cá nhân"),
 Q("19 đồng chí", 19, "đồng chí")],
[D("Nghị quyết", "14", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết chuyên đề số 14-NQ/TU"),
 D("Quy chế phối hợp", "05", "QC/BDVTU-UBND", None, None, "Quy chế phối hợp số 05-QC/BDVTU-UBND"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 07/1/2019 của Ban Bí thư"),
 D("Chỉ thị", "49", "CT/TW", "2015-06-20", "Ban Bí thư", "Chỉ thị số 49-CT/TW ngày 20/6/2015 của Ban Bí thư")],
[prov("Ninh Thuận"), com("Phước Hà"), com("Phước Hải")],
["Báo Ninh Thuận Online", "Thời sự | Chính trị | Dân vận - Mặt trận", "Toàn cảnh hội nghị tổng kết. Ảnh: Văn Nỷ", "Dân vận khéo",
 "Lễ hội Katê", "Tết Ramưwan", "Vì sự nghiệp Dân vận", "Lượt đọc: 774"],
["22/12/2023 07:55", "năm 2023", "năm 2024", "giai đoạn 2023 - 2025", "19 đồng chí", "Lượt đọc: 774"]))

PAGES.append(page("b9594-kiengiang-xa-thanhdonga-tongket-2023", """
ĐẢNG ỦY XÃ THẠNH ĐÔNG A - HUYỆN TÂN HIỆP - TỈNH KIÊN GIANG
Vị trí: Trang chủ >> Tin tức >> Khối dân vận
Thứ Sáu, 12/01/2024
Đồng chí Danh Sang (đứng) phát biểu chỉ đạo hội nghị.
Thạnh Đông A: 5 tập thể, 12 cá nhân được khen thưởng về công tác dân vận
Ngày 10/01/2024, Đảng ủy xã Thạnh Đông A tổ chức hội nghị tổng kết công tác dân vận năm 2023, phương hướng nhiệm vụ năm 2024. Đồng chí Danh Sang, HUV, Phó Trưởng Ban Dân vận Huyện ủy Tân Hiệp dự, phát biểu chỉ đạo; đồng chí Nguyễn Hoàng Khải, Bí thư Đảng ủy xã chủ trì. Tham dự có 52 đại biểu là trưởng ấp, tổ trưởng tổ dân vận ấp và người có uy tín.
Thạnh Đông A là xã thuần nông của huyện Tân Hiệp, tỉnh Kiên Giang, đồng bào Khmer chiếm khoảng 28% dân số. Theo báo cáo, năm 2023 khối dân vận xã đã phối hợp triển khai Kết luận 05, 06-KL/ĐU của Ban Thường vụ Đảng ủy xã về thực hiện Quy chế dân chủ ở cơ sở và về vận động đồng bào Khmer tham gia xây dựng nông thôn mới nâng cao. Các tổ dân vận ở 9 ấp đã nắm bắt, phản ánh 73 ý kiến góp ý của nhân dân; giải quyết xong 68 ý kiến. Tổ hòa giải các ấp hòa giải thành 21/24 vụ việc.
Thông qua vận động, nhân dân đóng góp 2,45 tỷ đồng và 3.600 ngày công nâng cấp 8,7 km đường giao thông, 14 cây cầu; các mạnh thường quân trao 480 phần quà Tết cho hộ nghèo, hộ cận nghèo, mỗi phần trị giá 400.000 đồng. Xã vận động 26 hộ đồng bào Khmer chuyển đổi sang mô hình lúa - tôm càng xanh, thu nhập tăng bình quân 30%.
Tại hội nghị, bà Thị Phol, người có uy tín ấp Kênh 6A, chia sẻ cách vận động bà con hạn chế tổ chức ăn uống linh đình trong lễ cưới. Ông Danh Hoàng, Trưởng ấp Đông Phước, cho biết ấp đạt chuẩn khu dân cư kiểu mẫu. Ông Trần Minh Trí, Chủ tịch Hội Nông dân xã, đề xuất nhân rộng mô hình tổ hợp tác sản xuất lúa chất lượng cao với 45 thành viên.
Đánh giá hạn chế, hội nghị cho rằng một số tổ dân vận ấp sinh hoạt chưa đều; việc nắm dư luận xã hội trên mạng xã hội chưa kịp thời; tiến độ giải quyết một số kiến nghị về đất đai còn chậm do vướng thủ tục.
Phát biểu chỉ đạo, đồng chí Danh Sang đề nghị năm 2024 Đảng ủy xã tiếp tục thực hiện Chỉ thị số 08-CT/HU ngày 15/3/2023 của Ban Thường vụ Huyện ủy về phong trào thi đua "Dân vận khéo", chú trọng phát hiện, khen thưởng điển hình ở ấp.
Dịp này, Đảng ủy xã tặng giấy khen cho 5 tập thể và 12 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2023; 3 mô hình "Dân vận khéo" cấp xã được biểu dương.
Ngọc Hân (Đài Truyền thanh xã)
Lượt truy cập: 198
Tin khác
- Thạnh Đông A ra mắt khu dân cư kiểu mẫu (20/12/2023)
- Trao 50 căn nhà đại đoàn kết (05/12/2023)
- Hội nghị đối thoại với nông dân năm 2023 (10/11/2023)
""", "2024-01-12", "Thạnh Đông A: 5 tập thể, 12 cá nhân được khen thưởng về công tác dân vận",
E("tong_ket", "2023", "2024-01-10"),
[P("Danh Sang", "HUV", "Phó Trưởng Ban Dân vận Huyện ủy Tân Hiệp"),
 P("Nguyễn Hoàng Khải", "Bí thư Đảng ủy xã"),
 P("Thị Phol", "người có uy tín ấp Kênh 6A"),
 P("Danh Hoàng", "Trưởng ấp Đông Phước"),
 P("Trần Minh Trí", "Chủ tịch Hội Nông dân xã")],
[Q("5 tập thể", 5, "tập thể"), Q("12 cá nhân", 12, "cá nhân"), Q("52 đại biểu", 52, "đại biểu"), Q("9 ấp", 9, "ấp"),
 Q("73 ý kiến góp ý", 73, "ý kiến"), Q("68 ý kiến", 68, "ý kiến"), Q("21/24 vụ việc", 21, "vụ việc"),
 Q("2,45 tỷ đồng", 2450000000, "đồng"), Q("3.600 ngày công", 3600, "ngày công"), Q("8,7 km", 8.7, "km"), Q("14 cây cầu", 14, "cây cầu"),
 Q("480 phần quà Tết", 480, "phần quà"), Q("400.000 đồng", 400000, "đồng"), Q("26 hộ đồng bào Khmer", 26, "hộ đồng bào Khmer"),
 Q("30%", 30, "%"), Q("khoảng 28%", 28, "%", "approx"), Q("45 thành viên", 45, "thành viên"), Q("3 mô hình", 3, "mô hình")],
[D("Kết luận", "05", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận 05, 06-KL/ĐU"),
 D("Kết luận", "06", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận 05, 06-KL/ĐU"),
 D("Chỉ thị", "08", "CT/HU", "2023-03-15", "Ban Thường vụ Huyện ủy", "Chỉ thị số 08-CT/HU ngày 15/3/2023 của Ban Thường vụ Huyện ủy")],
[prov("Kiên Giang"), com("Thạnh Đông A")],
["ĐẢNG ỦY XÃ THẠNH ĐÔNG A - HUYỆN TÂN HIỆP - TỈNH KIÊN GIANG", "Vị trí: Trang chủ >> Tin tức >> Khối dân vận",
 "Đồng chí Danh Sang (đứng) phát biểu chỉ đạo hội nghị.", "Dân vận khéo", "Quy chế dân chủ ở cơ sở", "Lượt truy cập: 198"],
["Thứ Sáu, 12/01/2024", "năm 2023", "năm 2024", "Kênh 6A", "Lượt truy cập: 198"]))

PAGES.append(page("b9595-thainguyen-bdv-tongket-2024", """
Báo Thái Nguyên điện tử - Cơ quan của Đảng bộ tỉnh Thái Nguyên
Chính trị > Xây dựng Đảng > Công tác dân vận
Cập nhật: 19/12/2024 - 16:45
Khen thưởng 76 tập thể, cá nhân có thành tích trong công tác dân vận
Chiều 18/12, Ban Dân vận Tỉnh ủy Thái Nguyên tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Hà Thị Bích Hằng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự hội nghị có TS. Đoàn Văn Tuấn, Phó Bí thư Tỉnh ủy; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Dương Văn Lượng, Trần Thị Thu Nga, Ma Thị Hạnh.
Đồng chí Đoàn Văn Tuấn trao Bằng khen cho các tập thể.
Năm 2024, toàn tỉnh khắc phục hậu quả cơn bão số 3 (Yagi). Khối dân vận đã vận động, tiếp nhận 86,5 tỷ đồng ủng hộ; hỗ trợ sửa chữa 1.214 ngôi nhà bị tốc mái, sạt lở. Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 31-CT/TU ngày 22/4/2024 về tăng cường công tác dân vận trong tình hình mới và Kế hoạch số 215-KH/TU thực hiện Kết luận số 142-KL/TW của Bộ Chính trị về công tác dân vận.
Theo báo cáo, các cấp đã tổ chức 1.842 cuộc đối thoại, tiếp xúc với nhân dân; trả lời 2.376 kiến nghị. Phong trào "Dân vận khéo" có 2.615 mô hình, trong đó ít nhất 150 mô hình cấp tỉnh được biểu dương. Nhân dân hiến 41.000 m2 đất, góp 68 tỷ đồng làm đường nông thôn; 96% số xã đạt chuẩn nông thôn mới.
Tại hội nghị, bà Lý Thị Thơm, người có uy tín xóm Khuôn Lân, xã Tân Thịnh (huyện Định Hóa), chia sẻ việc vận động đồng bào Dao góp ngày công làm nhà văn hóa. Ông Diệp Văn Sinh, Bí thư Chi bộ xóm Mỏ Ba, xã Tân Long, người Sán Dìu, nêu cách vận động bà con trồng chè đạt chuẩn VietGAP. Đồng chí Hoàng Ngọc Quý, Phó Chánh Văn phòng Ban Dân vận Tỉnh ủy, báo cáo kết quả chấm điểm thi đua.
Hội nghị cũng nêu hạn chế: việc triển khai Luật Thực hiện dân chủ ở cơ sở ở một số xã còn lúng túng; một số mô hình chưa bền vững; cán bộ dân vận cơ sở chưa được tập huấn thường xuyên.
Phát biểu chỉ đạo, TS. Đoàn Văn Tuấn đề nghị năm 2025 Ban Dân vận các cấp chủ động chuẩn bị tốt việc sắp xếp, tinh gọn tổ chức bộ máy theo Nghị quyết số 18-NQ/TW ngày 25/10/2017 của BCH Trung ương khóa XII; làm tốt công tác tư tưởng cho cán bộ, đảng viên trong quá trình sắp xếp.
Dịp này, UBND tỉnh tặng Bằng khen cho 15 tập thể, 18 cá nhân; Ban Dân vận Tỉnh ủy tặng giấy khen cho 20 tập thể, 23 cá nhân. Tổng cộng 76 tập thể, cá nhân được khen thưởng.
Thu Hằng
Lượt xem: 2.037
Tin liên quan
- Đại Từ tổng kết 5 năm phong trào "Dân vận khéo" (12/12/2024)
- Trao 220 suất quà cho người dân vùng bão lũ (20/09/2024)
- Giao ban khối dân vận quý III/2024 (03/10/2024)
""", "2024-12-19", "Khen thưởng 76 tập thể, cá nhân có thành tích trong công tác dân vận",
E("tong_ket", "2024", "2024-12-18"),
[P("Hà Thị Bích Hằng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đoàn Văn Tuấn", "TS.", "Phó Bí thư Tỉnh ủy"),
 P("Dương Văn Lượng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Thu Nga", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ma Thị Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Thị Thơm", "người có uy tín xóm Khuôn Lân"),
 P("Diệp Văn Sinh", "Bí thư Chi bộ xóm Mỏ Ba"),
 P("Hoàng Ngọc Quý", "Phó Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("76 tập thể, cá nhân", 76, "tập thể, cá nhân"), Q("86,5 tỷ đồng", 86500000000, "đồng"), Q("1.214 ngôi nhà", 1214, "ngôi nhà"),
 Q("1.842 cuộc đối thoại, tiếp xúc", 1842, "cuộc đối thoại, tiếp xúc"), Q("2.376 kiến nghị", 2376, "kiến nghị"),
 Q("2.615 mô hình", 2615, "mô hình"), Q("ít nhất 150 mô hình cấp tỉnh", 150, "mô hình cấp tỉnh", "over"),
 Q("41.000 m2", 41000, "m2"), Q("68 tỷ đồng", 68000000000, "đồng"), Q("96%", 96, "%"),
 Q("15 tập thể", 15, "tập thể"), Q("18 cá nhân", 18, "cá nhân"), Q("20 tập thể", 20, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Chỉ thị", "31", "CT/TU", "2024-04-22", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 31-CT/TU ngày 22/4/2024"),
 D("Kế hoạch", "215", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 215-KH/TU"),
 D("Kết luận", "142", "KL/TW", None, "Bộ Chính trị", "Kết luận số 142-KL/TW của Bộ Chính trị"),
 D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "BCH Trung ương", "Nghị quyết số 18-NQ/TW ngày 25/10/2017 của BCH Trung ương")],
[prov("Thái Nguyên"), com("Tân Thịnh"), com("Tân Long")],
["Báo Thái Nguyên điện tử - Cơ quan của Đảng bộ tỉnh Thái Nguyên", "Chính trị > Xây dựng Đảng > Công tác dân vận",
 "Đồng chí Đoàn Văn Tuấn trao Bằng khen cho các tập thể.", "Dân vận khéo", "Luật Thực hiện dân chủ ở cơ sở", "VietGAP", "Lượt xem: 2.037"],
["Cập nhật: 19/12/2024 - 16:45", "năm 2024", "năm 2025", "bão số 3", "khóa XII", "Lượt xem: 2.037"]))

PAGES.append(page("b9596-hagiang-bdv-baocao-2024", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Trang chủ - Tin tức - Văn bản - Thi đua khen thưởng
30-12-2024 08:20
Kết quả nổi bật công tác dân vận năm 2024 qua báo cáo của Ban Dân vận Tỉnh ủy
Ngày 25/12/2024, Ban Dân vận Tỉnh ủy Hà Giang ban hành Báo cáo số 245-BC/BDVTU tổng kết công tác dân vận năm 2024 và phương hướng, nhiệm vụ năm 2025. Báo cáo do đồng chí Sùng Thị Mai, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy ký, được gửi Ban Thường vụ Tỉnh ủy và Ban Dân vận Trung ương.
Theo báo cáo, trong năm, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 27-CT/TU ngày 08/3/2024 về tăng cường công tác dân vận ở vùng đồng bào Mông và Quy định số 12-QĐi/TU về chế độ tiếp xúc, đối thoại của người đứng đầu cấp ủy với nhân dân. Khối dân vận các cấp tổ chức 2.140 buổi tuyên truyền bằng tiếng Mông, Dao, Tày tại các thôn, bản, thu hút hơn 96.000 lượt người dự.
Công tác vận động quần chúng được thực hiện gắn với Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Nhân dân đã hiến 23,6 ha đất, đóng góp 74.000 ngày công để làm đường, xây dựng 1.085 căn nhà cho hộ nghèo theo chương trình xóa nhà tạm. Tỷ lệ hộ nghèo toàn tỉnh giảm 5,68%, còn 26,8%.
Báo cáo nêu rõ, năm 2024 các địa phương đã vận động 312 hộ theo đạo trái pháp luật trở về sinh hoạt văn hóa truyền thống; giải quyết 58/63 vụ việc phức tạp ngay từ cơ sở. Có 18 xã biên giới duy trì tốt mô hình "Tổ dân vận tự quản đường biên, cột mốc".
Về thi đua, khen thưởng, Ban Dân vận Tỉnh ủy đã đề nghị Ban Dân vận Trung ương tặng Kỷ niệm chương "Vì sự nghiệp Dân vận" cho 42 cá nhân; trình UBND tỉnh tặng Bằng khen cho 14 tập thể, 26 cá nhân; Ban Dân vận Tỉnh ủy tặng giấy khen 32 tập thể, 45 cá nhân. Trong đó có ông Vàng Seo Dính, Bí thư Chi bộ thôn Lũng Cẩm, xã Sủng Là, người đã vận động 46 hộ hiến đất làm đường bê tông lên thôn; bà Giàng Thị Dung, Chủ tịch Hội Liên hiệp Phụ nữ xã Thài Phìn Tủng, với mô hình "Phụ nữ Mông không sinh con thứ ba".
Báo cáo cũng chỉ ra hạn chế: nhận thức của một số cấp ủy về công tác dân vận chưa đầy đủ; hiện tượng di cư tự do tuy giảm nhưng vẫn còn 17 hộ di cư tự do ra ngoài tỉnh; cán bộ dân vận cơ sở thiếu và yếu.
Phương hướng năm 2025, Ban Dân vận Tỉnh ủy xác định tập trung thực hiện Nghị quyết số 18-NQ/TW về sắp xếp tổ chức bộ máy, chủ động làm tốt công tác dân vận trong quá trình hợp nhất Ban Dân vận và Ban Tuyên giáo.
Nguyễn Hà
Lượt xem: 603
Tin liên quan
- Đồng Văn tổng kết công tác dân vận năm 2024 (24/12/2024)
- Trao 300 chăn ấm cho người dân vùng cao (15/12/2024)
- Mèo Vạc: khen thưởng 20 mô hình dân vận khéo (10/12/2024)
""", "2024-12-30", "Kết quả nổi bật công tác dân vận năm 2024 qua báo cáo của Ban Dân vận Tỉnh ủy",
E("bao_cao", "2024", "2024-12-25"),
[P("Sùng Thị Mai", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng Seo Dính", "Bí thư Chi bộ thôn Lũng Cẩm"),
 P("Giàng Thị Dung", "Chủ tịch Hội Liên hiệp Phụ nữ xã Thài Phìn Tủng")],
[Q("2.140 buổi tuyên truyền", 2140, "buổi tuyên truyền"), Q("hơn 96.000 lượt người", 96000, "lượt người", "over"),
 Q("23,6 ha", 23.6, "ha"), Q("74.000 ngày công", 74000, "ngày công"), Q("1.085 căn nhà", 1085, "căn nhà"),
 Q("5,68%", 5.68, "%"), Q("26,8%", 26.8, "%"), Q("312 hộ", 312, "hộ"), Q("58/63 vụ việc phức tạp", 58, "vụ việc phức tạp"),
 Q("18 xã biên giới", 18, "xã biên giới"), Q("42 cá nhân", 42, "cá nhân"), Q("14 tập thể", 14, "tập thể"), Q("26 cá nhân", 26, "cá nhân"),
 Q("32 tập thể", 32, "tập thể"), Q("45 cá nhân", 45, "cá nhân"), Q("46 hộ", 46, "hộ"), Q("17 hộ di cư tự do", 17, "hộ di cư tự do")],
[D("Báo cáo", "245", "BC/BDVTU", "2024-12-25", "Ban Dân vận Tỉnh ủy", "Báo cáo số 245-BC/BDVTU"),
 D("Chỉ thị", "27", "CT/TU", "2024-03-08", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 27-CT/TU ngày 08/3/2024"),
 D("Quy định", "12", "QĐi/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 12-QĐi/TU"),
 D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết số 18-NQ/TW")],
[prov("Hà Giang"), com("Sủng Là"), com("Thài Phìn Tủng")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Trang chủ - Tin tức - Văn bản - Thi đua khen thưởng",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Tổ dân vận tự quản đường biên, cột mốc", "Vì sự nghiệp Dân vận", "Phụ nữ Mông không sinh con thứ ba", "Lượt xem: 603"],
["30-12-2024 08:20", "năm 2024", "năm 2025", "con thứ ba", "Lượt xem: 603"]))

PAGES.append(page("b9597-binhphuoc-kdv-tongket-2024", """
BÁO BÌNH PHƯỚC ONLINE
Thời sự » Chính trị » Dân vận
Thứ Năm, 09/01/2025 - 11:20
Ảnh: Toàn cảnh hội nghị tổng kết công tác dân vận năm 2024.
Khối dân vận Bình Phước sẵn sàng cho việc sắp xếp tổ chức bộ máy
BPO - Sáng 8/1, Ban Dân vận Tỉnh ủy Bình Phước tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Đây là hội nghị tổng kết cuối cùng của Ban Dân vận Tỉnh ủy trước khi hợp nhất với Ban Tuyên giáo Tỉnh ủy. Đồng chí Điểu Huy Hoàng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có đồng chí Trương Minh Khoa, Phó Bí thư Thường trực Tỉnh ủy.
Năm 2024, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 812, 813-KL/TU về công tác vận động đồng bào S'tiêng, M'nông và về dân vận trong bồi thường, giải phóng mặt bằng dự án đường cao tốc; hướng dẫn triển khai Luật Thực hiện dân chủ ở cơ sở năm 2022 tại 111 xã, phường, thị trấn. Các cấp đã tổ chức 326 hội nghị đối thoại, tiếp nhận 1.108 ý kiến, kiến nghị.
Thông qua vận động, nhân dân hiến 58 ha đất cho dự án cao tốc Chơn Thành - Gia Nghĩa; 1.460 hộ bàn giao mặt bằng đúng tiến độ. Tỉnh hoàn thành xóa 1.032 căn nhà tạm, nhà dột nát cho hộ nghèo với tổng kinh phí 61,9 tỷ đồng. Phong trào "Dân vận khéo" có 934 mô hình, 120 gương điển hình được biểu dương.
Tại hội nghị, các đồng chí Trưởng Ban Dân vận Huyện ủy: Thị Bích Ngọc (Bù Đăng), Điểu Lĩnh (Bù Gia Mập), Lâm Văn Thuận (Lộc Ninh) đã tham luận về cách làm trong vận động đồng bào. Già làng Điểu Tơ Lang ở sóc Bom Bo, xã Bình Minh, kể về việc vận động bà con gìn giữ nghề dệt thổ cẩm. Ông K'Sáu, Chủ tịch Ủy ban MTTQ xã Đồng Nai, cho biết xã đã vận động 45 hộ đồng bào M'nông thoát nghèo bền vững.
Hội nghị đánh giá, bên cạnh kết quả, vẫn còn 9 vụ khiếu kiện đông người liên quan đất đai; công tác nắm dư luận ở các khu công nghiệp còn hạn chế; một số cấp ủy cơ sở chưa quan tâm đúng mức tới khen thưởng người làm công tác dân vận ở ấp, sóc.
Phát biểu chỉ đạo, đồng chí Trương Minh Khoa yêu cầu trong quá trình sắp xếp bộ máy thực hiện nghiêm Kế hoạch số 141/KH-BCĐ của Ban Chỉ đạo Trung ương về tổng kết Nghị quyết số 18-NQ/TW, giữ vững ổn định tư tưởng của cán bộ, đảng viên.
Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 10 tập thể, 14 cá nhân; Ban Dân vận Tỉnh ủy tặng giấy khen cho 16 tập thể, 27 cá nhân có thành tích trong công tác dân vận năm 2024.
Đức Tâm
Lượt xem: 1.344
Tin liên quan
- Bù Đốp tổng kết công tác dân vận năm 2024 (03/01/2025)
- Trao 500 phần quà Tết cho đồng bào S'tiêng (28/12/2024)
- Hội nghị giao ban khối dân vận quý IV/2024 (12/12/2024)
""", "2025-01-09", "Khối dân vận Bình Phước sẵn sàng cho việc sắp xếp tổ chức bộ máy",
E("tong_ket", "2024", "2025-01-08"),
[P("Điểu Huy Hoàng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Minh Khoa", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Thị Bích Ngọc", "Trưởng Ban Dân vận Huyện ủy"),
 P("Điểu Lĩnh", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lâm Văn Thuận", "Trưởng Ban Dân vận Huyện ủy"),
 P("Điểu Tơ Lang", "Già làng"),
 P("K'Sáu", "Chủ tịch Ủy ban MTTQ xã Đồng Nai")],
[Q("111 xã, phường, thị trấn", 111, "xã, phường, thị trấn"), Q("326 hội nghị đối thoại", 326, "hội nghị đối thoại"),
 Q("1.108 ý kiến, kiến nghị", 1108, "ý kiến, kiến nghị"), Q("58 ha", 58, "ha"), Q("1.460 hộ", 1460, "hộ"),
 Q("1.032 căn nhà tạm, nhà dột nát", 1032, "căn nhà tạm, nhà dột nát"), Q("61,9 tỷ đồng", 61900000000, "đồng"),
 Q("934 mô hình", 934, "mô hình"), Q("120 gương điển hình", 120, "gương điển hình"),
 Q("45 hộ đồng bào M'nông", 45, "hộ đồng bào M'nông"), Q("9 vụ khiếu kiện đông người", 9, "vụ khiếu kiện đông người"),
 Q("10 tập thể", 10, "tập thể"), Q("14 cá nhân", 14, "cá nhân"), Q("16 tập thể", 16, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Kết luận", "812", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 812, 813-KL/TU"),
 D("Kết luận", "813", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 812, 813-KL/TU"),
 D("Kế hoạch", "141", "KH-BCĐ", None, "Ban Chỉ đạo Trung ương", "Kế hoạch số 141/KH-BCĐ của Ban Chỉ đạo Trung ương"),
 D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết số 18-NQ/TW")],
[prov("Bình Phước"), com("Bình Minh"), com("Đồng Nai")],
["BÁO BÌNH PHƯỚC ONLINE", "Thời sự » Chính trị » Dân vận", "Ảnh: Toàn cảnh hội nghị tổng kết công tác dân vận năm 2024.", "BPO",
 "Dân vận khéo", "Luật Thực hiện dân chủ ở cơ sở", "Lượt xem: 1.344"],
["Thứ Năm, 09/01/2025 - 11:20", "năm 2024", "năm 2025", "năm 2022", "Lượt xem: 1.344"]))

PAGES.append(page("b9598-haugiang-xa-phuongbinh-daihoi-thidua-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ PHƯƠNG BÌNH
Huyện Phụng Hiệp - Tỉnh Hậu Giang
Bạn đang ở: Trang chủ / Tin tức sự kiện / Thi đua - Khen thưởng
Thứ Sáu, 16/05/2025 - 09:10
Đại hội Thi đua yêu nước xã Phương Bình lần thứ V thành công tốt đẹp
Ngày 15/5/2025, UBND xã Phương Bình long trọng tổ chức Đại hội Thi đua yêu nước xã lần thứ V, giai đoạn 2025 - 2030. Dự đại hội có đồng chí Lê Thị Ngọc Trâm, Phó Chủ tịch UBND huyện Phụng Hiệp; đồng chí Võ Văn Hận, Bí thư Đảng ủy, Chủ tịch HĐND xã và 150 đại biểu đại diện cho các tập thể, cá nhân điển hình tiên tiến.
Các đại biểu biểu quyết thông qua chương trình đại hội. Ảnh: Thanh Nhã
Báo cáo tại đại hội do đồng chí Đoàn Minh Khôi, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, Chủ tịch Hội đồng Thi đua - Khen thưởng xã trình bày cho biết, giai đoạn 2020 - 2025, phong trào thi đua yêu nước được triển khai theo Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng và Kế hoạch số 27/KH-UBND ngày 20/3/2021 của UBND xã. Xã đã về đích nông thôn mới nâng cao năm 2023; thu nhập bình quân đầu người đạt 68 triệu đồng/năm; hộ nghèo giảm còn 1,2%.
Các phong trào "Dân vận khéo", "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau" được hưởng ứng. Nhân dân đóng góp trên 14,5 tỷ đồng, hiến 12.800 m2 đất để xây dựng 32 km đường nông thôn và 19 cây cầu. Trong 5 năm, xã đã khen thưởng 86 tập thể, 214 cá nhân; 3 tập thể, 5 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.
Tại đại hội, bà Thạch Thị Sa Vên, Chủ tịch Hội Liên hiệp Phụ nữ xã, trình bày tham luận về mô hình "Phụ nữ Khmer làm kinh tế giỏi" với 37 hội viên. Ông Lâm Văn Bé, Trưởng ấp Phương Quới, nêu cách vận động 54 hộ hiến đất làm lộ. Ông Nguyễn Văn Sáu, nông dân ấp Mỹ Lợi, chia sẻ mô hình nuôi lươn không bùn mang lại lãi hơn 300 triệu đồng mỗi năm.
Phát biểu chỉ đạo, đồng chí Lê Thị Ngọc Trâm đề nghị thời gian tới phong trào thi đua của xã gắn với chuẩn bị sắp xếp đơn vị hành chính cấp xã theo Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị Trung ương 11 khóa XIII; giữ vững ổn định tư tưởng cán bộ, nhân dân trong quá trình sáp nhập.
Dịp này, Chủ tịch UBND huyện Phụng Hiệp tặng giấy khen cho 6 tập thể, 9 cá nhân; UBND xã tặng giấy khen cho 25 tập thể, 48 cá nhân có thành tích xuất sắc trong phong trào thi đua giai đoạn 2020 - 2025. Đại hội đã bầu 12 đại biểu đi dự Đại hội Thi đua yêu nước cấp huyện.
Thanh Nhã
Lượt truy cập: 311
Tin khác
- Phương Bình tổng kết công tác dân vận năm 2024 (10/01/2025)
- Trao 100 phần quà cho hộ nghèo dịp Tết (20/01/2025)
- Hội nghị lấy ý kiến về đề án sắp xếp xã (18/04/2025)
""", "2025-05-16", "Đại hội Thi đua yêu nước xã Phương Bình lần thứ V thành công tốt đẹp",
E("dai_hoi", None, "2025-05-15"),
[P("Lê Thị Ngọc Trâm", "Phó Chủ tịch UBND huyện Phụng Hiệp"),
 P("Võ Văn Hận", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Đoàn Minh Khôi", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã", "Chủ tịch Hội đồng Thi đua - Khen thưởng xã"),
 P("Thạch Thị Sa Vên", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Lâm Văn Bé", "Trưởng ấp Phương Quới")],
[Q("150 đại biểu", 150, "đại biểu"), Q("68 triệu đồng", 68000000, "đồng"), Q("1,2%", 1.2, "%"),
 Q("trên 14,5 tỷ đồng", 14500000000, "đồng", "over"), Q("12.800 m2", 12800, "m2"), Q("32 km", 32, "km"), Q("19 cây cầu", 19, "cây cầu"),
 Q("86 tập thể", 86, "tập thể"), Q("214 cá nhân", 214, "cá nhân"), Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân"),
 Q("37 hội viên", 37, "hội viên"), Q("54 hộ", 54, "hộ"), Q("hơn 300 triệu đồng", 300000000, "đồng", "over"),
 Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân"), Q("25 tập thể", 25, "tập thể"), Q("48 cá nhân", 48, "cá nhân"),
 Q("12 đại biểu", 12, "đại biểu")],
[D("Chỉ thị", "34", "CT/TW", "2014-04-07", "Bộ Chính trị", "Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị"),
 D("Kế hoạch", "27", "KH-UBND", "2021-03-20", "UBND xã", "Kế hoạch số 27/KH-UBND ngày 20/3/2021 của UBND xã"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Hội nghị Trung ương 11 khóa XIII", "Nghị quyết số 60-NQ/TW ngày 12/4/2025")],
[prov("Hậu Giang"), com("Phương Bình")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ PHƯƠNG BÌNH", "Huyện Phụng Hiệp - Tỉnh Hậu Giang", "Bạn đang ở: Trang chủ / Tin tức sự kiện / Thi đua - Khen thưởng",
 "Các đại biểu biểu quyết thông qua chương trình đại hội. Ảnh: Thanh Nhã", "Dân vận khéo",
 "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "Phụ nữ Khmer làm kinh tế giỏi", "Lượt truy cập: 311"],
["Thứ Sáu, 16/05/2025 - 09:10", "lần thứ V", "giai đoạn 2025 - 2030", "giai đoạn 2020 - 2025", "năm 2023", "5 năm", "khóa XIII", "Lượt truy cập: 311"]))
