from lib import *
PAGES = []

PAGES.append(page("b7103-tuyenquang-btgdv-soket-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Chính trị | Xây dựng Đảng | Dân vận
Thứ Năm, 24/07/2025 | 08:50
Ảnh: Quang cảnh hội nghị.
Tuyên Quang: 95% đám cưới, đám tang vùng đồng bào dân tộc thực hiện đúng hương ước
Ngày 23/7, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2025, trong đó có nội dung vận động đồng bào các dân tộc thực hiện nếp sống văn minh trong việc cưới, việc tang. Đây là hội nghị sơ kết đầu tiên của khối dân vận sau khi tỉnh Tuyên Quang mới được thành lập trên cơ sở hợp nhất hai tỉnh Tuyên Quang và Hà Giang theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội.
Đồng chí Ma Thị Thúy, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị. Dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Giàng Thị Dung, Hoàng Văn Pụ.
Báo cáo cho biết, 6 tháng đầu năm, toàn tỉnh (tính cả địa bàn hai tỉnh trước hợp nhất) có khoảng 6.800 đám cưới và 5.420 đám tang; khoảng 95% thực hiện đúng hương ước, quy ước; số đám tang kéo dài quá 3 ngày giảm 41% so với cùng kỳ năm 2024. Việc triển khai Đề án "Xóa bỏ hủ tục, xây dựng nếp sống văn minh vùng đồng bào dân tộc thiểu số" đã giúp 1.236 thôn, bản xây dựng quy ước mới. Tuy vậy, vẫn phát hiện 97 cặp tảo hôn, 4 cặp kết hôn cận huyết thống, tập trung ở vùng cao núi đá.
Tại hội nghị, đồng chí Triệu Thị Lìn, Bí thư Đảng ủy xã Lâm Bình, chia sẻ cách làm ở địa bàn người Dao, Tày: xã mới gồm 3 xã cũ, Đảng ủy xã ban hành Nghị quyết chuyên đề số 04-NQ/ĐU về nếp sống văn minh ngay sau khi kiện toàn tổ chức; các trưởng họ Bàn, Triệu, Đặng cam kết lễ tang không quá 2 ngày, lễ cấp sắc tổ chức gọn, không mổ nhiều lợn. Ông Bàn Văn Sơn, người có uy tín thôn Khuổi Củng, xã Lâm Bình, cho biết một đám tang trước đây tốn khoảng 40 triệu đồng, nay còn dưới 15 triệu đồng.
Đại diện phường Minh Xuân cho biết phường vận động 100% đám tang không rải vàng mã, 68% đám tang hỏa táng; đã xây dựng mô hình "Tổ dân phố không có đám cưới mời khách tràn lan".
Kết luận hội nghị, đồng chí Ma Thị Thúy đề nghị 6 tháng cuối năm, khối dân vận các xã, phường tập trung thực hiện Kế hoạch số 09-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về nắm tình hình nhân dân sau sắp xếp đơn vị hành chính; mỗi xã, phường xây dựng ít nhất 1 mô hình "Dân vận khéo" về nếp sống văn minh; tiếp tục phát huy vai trò người có uy tín, trưởng dòng họ. Dịp này, Ban đã khen thưởng 12 tập thể, 20 cá nhân.
Vân Anh
Bài viết liên quan
- Hồng Thái: đám cưới không rượu ép (15/07/2025)
- Hội nghị triển khai nhiệm vụ khối dân vận sau hợp nhất (05/07/2025)
- Dòng họ Đặng ở Yên Minh cam kết bỏ hủ tục (20/06/2025)
""", "2025-07-24", "Tuyên Quang: 95% đám cưới, đám tang vùng đồng bào dân tộc thực hiện đúng hương ước",
E("so_ket", "2025-H1", "2025-07-23"),
[P("Ma Thị Thúy", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Giàng Thị Dung", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Văn Pụ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Triệu Thị Lìn", "Bí thư Đảng ủy xã Lâm Bình"),
 P("Bàn Văn Sơn", "người có uy tín thôn Khuổi Củng")],
[Q("95%", 95, "%", "approx"), Q("khoảng 6.800 đám cưới", 6800, "đám cưới", "approx"), Q("5.420 đám tang", 5420, "đám tang"),
 Q("41%", 41, "%"), Q("1.236 thôn, bản", 1236, "thôn, bản"), Q("97 cặp tảo hôn", 97, "cặp tảo hôn"),
 Q("4 cặp kết hôn cận huyết thống", 4, "cặp kết hôn cận huyết thống"), Q("3 xã cũ", 3, "xã cũ"),
 Q("khoảng 40 triệu đồng", 40000000, "đồng", "approx"), Q("dưới 15 triệu đồng", 15000000, "đồng", "approx"),
 Q("100% đám tang", 100, "%"), Q("68%", 68, "%"), Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân", 20, "cá nhân")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 04-NQ/ĐU"),
 D("Kế hoạch", "09", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 09-KH/BTGDVTU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lâm Bình"), com("Minh Xuân")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Chính trị | Xây dựng Đảng | Dân vận", "Ảnh: Quang cảnh hội nghị.",
 "Xóa bỏ hủ tục, xây dựng nếp sống văn minh vùng đồng bào dân tộc thiểu số", "Tổ dân phố không có đám cưới mời khách tràn lan", "Dân vận khéo"],
["Thứ Năm, 24/07/2025 | 08:50", "6 tháng đầu năm 2025", "3 ngày", "năm 2024", "2 ngày", "6 tháng cuối năm", "1 mô hình"]))

PAGES.append(page("b7104-lamdong-mttq-taphuan-2025", """
Báo Lâm Đồng
Trang chủ / Xã hội / Dân tộc - Tôn giáo
Thứ Sáu, ngày 12/9/2025
Bồi dưỡng kỹ năng vận động xóa bỏ hủ tục cho cán bộ Mặt trận cơ sở
Ngày 11/9, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức lớp tập huấn kỹ năng vận động đồng bào dân tộc thiểu số thực hiện nếp sống văn minh trong việc cưới, việc tang năm 2025 cho 160 học viên là cán bộ Mặt trận, người có uy tín của 26 xã, phường có đông đồng bào K'Ho, Mạ, Mnông, Chăm, Raglai sinh sống.
Học viên thảo luận nhóm tại lớp tập huấn.
Phát biểu khai giảng, bà Ka Thị Hiền, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết sau hợp nhất ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận, tỉnh có 124 xã, phường, đặc khu, trong đó hơn 40 xã có tỷ lệ đồng bào dân tộc thiểu số cao. Tập quán để người chết lâu ngày, tục "bắt chồng" kèm thách cưới bằng trâu, chiêng, ché ở một số buôn, bon vẫn còn, gây tốn kém và ảnh hưởng sức khỏe cộng đồng.
Các học viên được nghe ông Điểu Xuân, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh, giới thiệu Quyết định số 22/2018/QĐ-TTg của Thủ tướng Chính phủ về hương ước, quy ước và Kế hoạch số 15/KH-MTTQ-BTT về triển khai phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2025. Thạc sĩ Thông Thị Hạnh, giảng viên Trường Chính trị tỉnh, trao đổi chuyên đề "Tín ngưỡng và nghi lễ tang ma của người Chăm, Raglai - giữ gì, bỏ gì".
Chia sẻ kinh nghiệm, ông K'Brơi, người có uy tín bon Đạ Tro, xã Lạc Dương, cho biết cả bon đã thống nhất: đám tang không quá 3 ngày, không giết trâu, thách cưới không quá 1 con heo và 1 ché rượu cần. Bà Thị Mai, Chủ tịch Ủy ban MTTQ xã Quảng Khê, kể xã vận động được 47 cặp thanh niên người Mnông đăng ký kết hôn đúng tuổi, không tổ chức ăn uống quá 1 ngày.
Ông Lộ Văn Bay, chức sắc Hội đồng Cả sư Bà-la-môn, xã Phan Sơn, chia sẻ cách vận động bà con Chăm tổ chức lễ tang theo nghi thức truyền thống nhưng giảm lễ vật, tiết kiệm khoảng 20 - 30% chi phí.
Theo Ban Thường trực Ủy ban MTTQ tỉnh, năm 2025, Mặt trận các cấp đã hỗ trợ khoảng 1,8 tỷ đồng cho 52 tổ tang lễ, đội văn nghệ cồng chiêng ở các bon, buôn; phối hợp xây dựng 35 mô hình "Bon, buôn văn minh - không hủ tục".
Kết thúc lớp tập huấn, mỗi học viên được tặng bộ tài liệu song ngữ Việt - K'Ho và được giao nhiệm vụ tổ chức ít nhất 2 buổi tuyên truyền tại khu dân cư trước ngày 31/12/2025. Cũng tại lớp học, Ủy ban MTTQ tỉnh tiếp nhận 112 ý kiến góp ý của học viên về nội dung bổ sung quy ước thôn, bon.
Minh Đạo
Tin cùng chuyên mục
- Phường Bảo Lộc 1 ra mắt tổ tang lễ (30/08/2025)
- Di Linh: người K'Ho bỏ tục thách cưới bằng trâu (18/08/2025)
- Mặt trận tỉnh gặp mặt người có uy tín (05/08/2025)
""", "2025-09-12", "Bồi dưỡng kỹ năng vận động xóa bỏ hủ tục cho cán bộ Mặt trận cơ sở",
E("tap_huan", "2025", "2025-09-11"),
[P("Ka Thị Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Xuân", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thông Thị Hạnh", "Thạc sĩ", "giảng viên Trường Chính trị tỉnh"),
 P("K'Brơi", "người có uy tín bon Đạ Tro"),
 P("Thị Mai", "Chủ tịch Ủy ban MTTQ xã Quảng Khê"),
 P("Lộ Văn Bay", "chức sắc Hội đồng Cả sư Bà-la-môn")],
[Q("160 học viên", 160, "học viên"), Q("26 xã, phường", 26, "xã, phường"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("hơn 40 xã", 40, "xã", "over"), Q("47 cặp thanh niên", 47, "cặp thanh niên"),
 Q("20 - 30%", 20, "%"), Q("20 - 30%", 30, "%"), Q("khoảng 1,8 tỷ đồng", 1800000000, "đồng", "approx"),
 Q("52 tổ tang lễ, đội văn nghệ cồng chiêng", 52, "tổ tang lễ, đội văn nghệ cồng chiêng"), Q("35 mô hình", 35, "mô hình"),
 Q("ít nhất 2 buổi tuyên truyền", 2, "buổi tuyên truyền", "over"), Q("112 ý kiến", 112, "ý kiến")],
[D("Quyết định", "22", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 22/2018/QĐ-TTg"),
 D("Kế hoạch", "15", "KH-MTTQ-BTT", None, None, "Kế hoạch số 15/KH-MTTQ-BTT")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lạc Dương"), com("Quảng Khê"), com("Phan Sơn")],
["Báo Lâm Đồng", "Trang chủ / Xã hội / Dân tộc - Tôn giáo", "Học viên thảo luận nhóm tại lớp tập huấn.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Tín ngưỡng và nghi lễ tang ma của người Chăm, Raglai - giữ gì, bỏ gì",
 "Bon, buôn văn minh - không hủ tục", "bắt chồng"],
["Thứ Sáu, ngày 12/9/2025", "năm 2025", "3 ngày", "1 con heo", "1 ché rượu cần", "1 ngày", "31/12/2025"]))

PAGES.append(page("b7105-dongnai-btgdv-baocao-q3-2025", """
ĐỒNG NAI ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đồng Nai
Xã hội ▸ Nếp sống
06/11/2025 08:00
Đồng Nai: Gần 78% đám tang ở đô thị thực hiện hỏa táng
Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai vừa ban hành Báo cáo số 58-BC/BTGDVTU đánh giá kết quả vận động nhân dân thực hiện nếp sống văn minh trong việc cưới, việc tang quý III/2025, quý đầu tiên sau khi hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước, vận hành chính quyền địa phương hai cấp.
Theo báo cáo, trong quý III, trên địa bàn tỉnh có 3.472 đám tang, trong đó khu vực các phường có 1.986 đám, tỷ lệ hỏa táng đạt gần 78%; khu vực các xã đạt khoảng 41%. Tổng số đám cưới là 2.615, hơn 90% tổ chức tại nhà hàng, trung tâm tiệc cưới hoặc nhà văn hóa khu phố, ấp, hạn chế dựng rạp lấn chiếm lòng đường.
Ở phường Trấn Biên, Ủy ban MTTQ phường phối hợp các giáo xứ, chùa và Ban điều hành 46 khu phố vận động bà con không sử dụng kèn, trống sau 22 giờ, không rải giấy tiền trên đường đưa tang. Bà Nguyễn Thị Thanh Thủy, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Trấn Biên, cho biết trong quý không có phản ánh nào về tiếng ồn từ đám tang, giảm 12 trường hợp so với cùng kỳ năm 2024.
Tại các xã vùng đồng bào S'tiêng thuộc địa bàn tỉnh Bình Phước cũ, báo cáo ghi nhận sự thay đổi trong tập quán tang ma: đồng bào đã chôn cất trong nghĩa trang của sóc thay vì chôn cạnh nhà, thời gian tổ chức tang lễ rút từ 5 ngày xuống còn 2 - 3 ngày. Ông Điểu Ron, người có uy tín sóc Bù Ka, xã Bù Gia Mập, nói: "Bà con nghe già làng, nghe cán bộ nên làm gọn, con heo để dành nuôi con đi học". Bà Điểu Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ xã Bù Gia Mập, cho biết Hội đã vận động 28 gia đình không gả con gái dưới 18 tuổi.
Báo cáo cũng nêu một số hạn chế: chi phí tổ chức đám cưới ở khu vực đô thị tăng cao, bình quân 150 - 200 triệu đồng mỗi đám; tình trạng mượn danh "đám cưới, đám tang" để tổ chức cờ bạc ở một số ấp ven đô vẫn còn, trong quý Công an tỉnh đã phát hiện, xử lý 9 vụ đánh bạc tại đám tang.
Ban Tuyên giáo và Dân vận Tỉnh ủy đề xuất Ban Thường vụ Tỉnh ủy chỉ đạo các cấp ủy tiếp tục thực hiện Chỉ thị số 03-CT/TU của Ban Thường vụ Tỉnh ủy về nếp sống văn minh trong tình hình mới và Quyết định số 23-QĐ/TW của Ban Chấp hành Trung ương; giao Ủy ban MTTQ tỉnh hướng dẫn 95 xã, phường rà soát, bổ sung quy ước khu phố, ấp, sóc trước ngày 31/12/2025; biểu dương 50 khu dân cư tiêu biểu vào dịp Tết Bính Ngọ.
Ông Lê Văn Lực, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết Ban sẽ chủ trì khảo sát chuyên đề tại 10 xã, phường có đông đồng bào dân tộc, tôn giáo trong tháng 12.
Hạnh Dung
Tin khác
- Phường Bình Phước ra mắt tổ tang lễ khu phố (28/10/2025)
- Đồng Nai: 95 xã, phường tổ chức Ngày hội Đại đoàn kết (18/10/2025)
- Ấp văn hóa nói không với đám tang có cờ bạc (05/10/2025)
""", "2025-11-06", "Đồng Nai: Gần 78% đám tang ở đô thị thực hiện hỏa táng",
E("bao_cao", "2025-Q3", None),
[P("Nguyễn Thị Thanh Thủy", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Trấn Biên"),
 P("Điểu Ron", "người có uy tín sóc Bù Ka"),
 P("Điểu Thị Lan", "Chủ tịch Hội Liên hiệp Phụ nữ xã Bù Gia Mập"),
 P("Lê Văn Lực", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("gần 78%", 78, "%", "approx"), Q("3.472 đám tang", 3472, "đám tang"), Q("1.986 đám", 1986, "đám"),
 Q("khoảng 41%", 41, "%", "approx"), Q("2.615", 2615, "đám cưới"), Q("hơn 90%", 90, "%", "over"),
 Q("46 khu phố", 46, "khu phố"), Q("12 trường hợp", 12, "trường hợp"), Q("28 gia đình", 28, "gia đình"),
 Q("150 - 200 triệu đồng", 150000000, "đồng"), Q("150 - 200 triệu đồng", 200000000, "đồng"),
 Q("9 vụ đánh bạc", 9, "vụ đánh bạc"), Q("95 xã, phường", 95, "xã, phường"),
 Q("50 khu dân cư tiêu biểu", 50, "khu dân cư tiêu biểu"), Q("10 xã, phường", 10, "xã, phường")],
[D("Báo cáo", "58", "BC/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Báo cáo số 58-BC/BTGDVTU"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Trấn Biên"), com("Bù Gia Mập")],
["ĐỒNG NAI ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đồng Nai", "Xã hội ▸ Nếp sống"],
["06/11/2025 08:00", "quý III/2025", "quý III", "22 giờ", "năm 2024", "5 ngày", "2 - 3 ngày", "18 tuổi", "31/12/2025", "Tết Bính Ngọ", "tháng 12"]))

PAGES.append(page("b7106-angiang-btgdv-tongket-2025", """
Báo An Giang
Trang chủ | Chính trị | Mặt trận - Đoàn thể
Thứ Tư, 14/01/2026 - 16:30
Đồng chí Chau Sóc Kha phát biểu tại hội nghị. Ảnh: Hữu Huynh
Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2026
Ngày 13/1, Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Lê Hồng Phúc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị.
Năm 2025 là năm đầu tiên tỉnh An Giang mới (hợp nhất An Giang và Kiên Giang) vận hành với 102 xã, phường, đặc khu. Trong công tác dân vận, một trong những kết quả nổi bật là vận động đồng bào Khmer và người Kinh thực hiện nếp sống văn minh trong việc cưới, việc tang theo Nghị định số 110/2018/NĐ-CP ngày 29/8/2018 của Chính phủ và Kế hoạch số 17-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy. Toàn tỉnh có 14.806 đám tang, tỷ lệ hỏa táng đạt 63,5%; 121 chùa Phật giáo Nam tông Khmer tham gia vận động phật tử tổ chức lễ hỏa táng tại chùa, giảm thời gian quàn từ 7 ngày xuống 3 ngày.
Tại hội nghị, Đại đức Chau Sóc Kha, trụ trì chùa Svay Ton, xã Tri Tôn, chia sẻ: nhà chùa đã thành lập "Tổ hỗ trợ tang lễ" gồm 25 phật tử, hỗ trợ miễn phí 86 gia đình khó khăn có người thân qua đời. Bà Danh Thị Sà Rây, người có uy tín ấp Xà Xiêm, xã Hòn Đất, kể về việc vận động bà con bỏ tục mời ăn uống nhiều ngày sau lễ an táng, tiết kiệm mỗi gia đình 15 - 20 triệu đồng.
Đồng chí Néang Sa Rươne, Phó Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết năm 2025 đã có 1.652 khóm, ấp đưa nội dung việc cưới, việc tang vào hương ước, quy ước; 312 đám cưới tập thể, đám cưới tiết kiệm được các đoàn thể hỗ trợ; không phát sinh điểm nóng liên quan lễ hội, tang lễ.
Ở phường Rạch Giá, mô hình "Khu phố 3 không: không rải vàng mã, không kèn trống sau 22 giờ, không cờ bạc trong đám tang" được 37 khu phố hưởng ứng.
Phát biểu chỉ đạo, đồng chí Lê Hồng Phúc nhấn mạnh năm 2026 toàn khối tiếp tục thực hiện Kết luận số 01-KL/TW của Bộ Chính trị, quán triệt nghị quyết đại hội đảng bộ các cấp; phấn đấu tỷ lệ hỏa táng toàn tỉnh đạt trên 70%; mỗi xã, phường, đặc khu có ít nhất 1 mô hình "Dân vận khéo" về nếp sống văn minh; phát huy vai trò của 2.430 người có uy tín trong đồng bào dân tộc thiểu số.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy trao giấy khen cho 18 tập thể và 27 cá nhân.
Hữu Huynh
Lượt xem: 1.208
Tin liên quan
- Tri Tôn: lễ cưới tiết kiệm ở phum sóc (05/01/2026)
- Hòn Đất trao 200 phần quà Tết cho người có uy tín (28/12/2025)
- Giao ban khối dân vận quý IV/2025 (22/12/2025)
""", "2026-01-14", "Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-13"),
[P("Lê Hồng Phúc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Chau Sóc Kha", "Đại đức", "trụ trì chùa Svay Ton"),
 P("Danh Thị Sà Rây", "người có uy tín ấp Xà Xiêm"),
 P("Néang Sa Rươne", "Phó Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"), Q("14.806 đám tang", 14806, "đám tang"), Q("63,5%", 63.5, "%"),
 Q("121 chùa Phật giáo Nam tông Khmer", 121, "chùa Phật giáo Nam tông Khmer"), Q("25 phật tử", 25, "phật tử"),
 Q("86 gia đình khó khăn", 86, "gia đình khó khăn"), Q("15 - 20 triệu đồng", 15000000, "đồng"), Q("15 - 20 triệu đồng", 20000000, "đồng"),
 Q("1.652 khóm, ấp", 1652, "khóm, ấp"), Q("312 đám cưới tập thể, đám cưới tiết kiệm", 312, "đám cưới tập thể, đám cưới tiết kiệm"),
 Q("37 khu phố", 37, "khu phố"), Q("trên 70%", 70, "%", "over"), Q("2.430 người có uy tín", 2430, "người có uy tín"),
 Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Nghị định", "110", "2018/NĐ-CP", "2018-08-29", "Chính phủ", "Nghị định số 110/2018/NĐ-CP ngày 29/8/2018"),
 D("Kế hoạch", "17", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 17-KH/BTGDVTU"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW")],
[prov("An Giang"), prov("Kiên Giang"), com("Tri Tôn"), com("Hòn Đất"), com("Rạch Giá")],
["Báo An Giang", "Trang chủ | Chính trị | Mặt trận - Đoàn thể", "Đồng chí Chau Sóc Kha phát biểu tại hội nghị. Ảnh: Hữu Huynh",
 "Tổ hỗ trợ tang lễ", "Khu phố 3 không: không rải vàng mã, không kèn trống sau 22 giờ, không cờ bạc trong đám tang", "Dân vận khéo", "Lượt xem: 1.208"],
["Thứ Tư, 14/01/2026 - 16:30", "năm 2026", "năm 2025", "7 ngày", "3 ngày", "3 không", "22 giờ", "1 mô hình", "Lượt xem: 1.208"]))

PAGES.append(page("b7107-quangninh-cuoikhongruou-2026", """
QUẢNG NINH ONLINE
Xã hội > Đời sống > Phóng sự
10/03/2026
Những đám cưới "không rượu ép" ở vùng cao Quảng Ninh
Ở xã Hoành Mô, những đám cưới kéo dài ba ngày, mâm nào cũng phải "trăm phần trăm" từng là chuyện thường. Giờ đây, đám cưới của người Dao, người Tày nơi đây đã đổi khác: gọn trong một ngày, không ép rượu, không thách cưới.
Cô dâu, chú rể người Dao Thanh Phán trong lễ cưới gọn nhẹ. Ảnh: Lan Phương
Anh Chíu Văn Quảy và chị Đặng Thị Mai ở thôn Đồng Văn vừa tổ chức đám cưới hồi đầu tháng 2. Theo lệ cũ, nhà trai phải nộp cho nhà gái 100 đồng bạc trắng, vài chục con gà, 3 con lợn và hàng chục lít rượu. Lần này, hai bên gia đình thỏa thuận chỉ làm lễ ăn hỏi tượng trưng, tổ chức cưới trong một ngày với 20 mâm. "Tiền tiết kiệm được, hai đứa để mua máy cày, làm vốn trồng quế", anh Quảy nói.
Ông Bàn Văn Nhì, người có uy tín thôn Đồng Văn, cho biết từ năm 2023, thôn đưa vào quy ước: đám cưới không quá 30 mâm, không mời rượu quá 3 chén, không để khách say xỉn lái xe về. Người vi phạm phải nộp phạt vào quỹ thôn và bị nhắc tên trong cuộc họp thôn. Ba năm qua, thôn có 21 đám cưới, chỉ 1 đám vi phạm.
Ông Lục Văn Hải, Chủ tịch UBND xã Hoành Mô, cho biết xã mới (sáp nhập từ 3 xã cũ Hoành Mô, Đồng Văn, Đồng Tâm) có 2.146 hộ, hơn 95% là đồng bào dân tộc thiểu số. Thực hiện Nghị quyết số 06-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển bền vững kinh tế - xã hội gắn với bảo đảm quốc phòng, an ninh ở các xã vùng đồng bào dân tộc thiểu số, miền núi, biên giới, xã đã hỗ trợ mỗi thôn 5 triệu đồng để mua loa, rạp dùng chung cho việc cưới, việc tang.
Chị Triệu Thị Sinh, Phó Chủ tịch Hội Liên hiệp Phụ nữ xã Hoành Mô, kể chị em đã lập 4 câu lạc bộ "Gia đình không có người say rượu", đi từng nhà vận động. "Nhiều ông chồng ban đầu giận lắm, bảo đàn bà không biết phong tục. Nhưng thấy nhà mình bớt tiền rượu, con cái được đi học, họ cũng theo", chị cười.
Không chỉ ở Hoành Mô, theo ông Hoàng Văn Thống, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, năm 2025 có 108/112 thôn, bản vùng đồng bào dân tộc thiểu số của tỉnh xây dựng quy ước "đám cưới không rượu ép"; chi phí bình quân một đám cưới giảm khoảng 35%. Tỉnh cũng đang nhân rộng cách làm của các xã Lục Hồn, Bình Liêu, nơi đám tang của người Dao đã rút từ 5 - 7 ngày xuống 2 ngày.
Câu chuyện ở Hoành Mô cho thấy, khi người có uy tín làm trước, phụ nữ kiên trì vận động và chính quyền đồng hành, những hủ tục tưởng "ăn sâu bám rễ" cũng có thể thay đổi.
Lan Phương
Bài viết liên quan
- Bình Liêu: Lễ hội Đình Lục Nà bảo tồn nét đẹp (28/02/2026)
- Người Sán Chỉ giữ hát Soọng cô trong đám cưới (15/02/2026)
- Quảng Ninh: 100% xã có tổ tang lễ (02/02/2026)
""", "2026-03-10", 'Những đám cưới "không rượu ép" ở vùng cao Quảng Ninh',
E("khac", None, None),
[P("Chíu Văn Quảy"), P("Đặng Thị Mai"),
 P("Bàn Văn Nhì", "người có uy tín thôn Đồng Văn"),
 P("Lục Văn Hải", "Chủ tịch UBND xã Hoành Mô"),
 P("Triệu Thị Sinh", "Phó Chủ tịch Hội Liên hiệp Phụ nữ xã Hoành Mô"),
 P("Hoàng Văn Thống", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("100 đồng bạc trắng", 100, "đồng bạc trắng"), Q("3 con lợn", 3, "con lợn"), Q("20 mâm", 20, "mâm"),
 Q("30 mâm", 30, "mâm"), Q("3 chén", 3, "chén"), Q("21 đám cưới", 21, "đám cưới"),
 Q("3 xã cũ", 3, "xã cũ"), Q("2.146 hộ", 2146, "hộ"), Q("hơn 95%", 95, "%", "over"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("4 câu lạc bộ", 4, "câu lạc bộ"), Q("108/112 thôn, bản", 108, "thôn, bản"), Q("khoảng 35%", 35, "%", "approx")],
[D("Nghị quyết", "06", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 06-NQ/TU")],
[prov("Quảng Ninh"), com("Hoành Mô"), com("Đồng Văn"), com("Đồng Tâm"), com("Lục Hồn"), com("Bình Liêu")],
["QUẢNG NINH ONLINE", "Xã hội > Đời sống > Phóng sự", "Cô dâu, chú rể người Dao Thanh Phán trong lễ cưới gọn nhẹ. Ảnh: Lan Phương",
 "Gia đình không có người say rượu", "trăm phần trăm", "đám cưới không rượu ép"],
["10/03/2026", "ba ngày", "tháng 2", "năm 2023", "Ba năm", "1 đám", "năm 2025", "5 - 7 ngày", "2 ngày", "100 đồng bạc trắng"]))

PAGES.append(page("b7108-hue-phuongkimlong-doithoai-2026", """
BÁO HUẾ ĐIỆN TỬ
Thứ Sáu, 22/05/2026
Trang chủ › Chính trị › Dân vận
Ngày 21/05/2026 | 16:10
Chủ tịch UBND phường Kim Long đối thoại với nhân dân về tang lễ văn minh, không đốt vàng mã
Chiều 20/5, UBND phường Kim Long (TP. Huế) phối hợp Ủy ban MTTQ Việt Nam phường tổ chức hội nghị đối thoại giữa Chủ tịch UBND phường với nhân dân năm 2026, chủ đề "Thực hiện tang lễ văn minh, giảm đốt vàng mã, bảo vệ môi trường di sản".
Ông Hồ Đắc Thịnh, Chủ tịch UBND phường Kim Long, trả lời ý kiến của người dân.
Tham dự có ông Hồ Đắc Thịnh, Phó Bí thư Đảng ủy, Chủ tịch UBND phường; bà Tôn Nữ Diệu Hiền, Chủ tịch Ủy ban MTTQ Việt Nam phường; Thượng tọa Thích Quảng Nhuận, trụ trì chùa Linh Quang; cùng gần 180 người dân đại diện 32 tổ dân phố.
Theo báo cáo tại hội nghị, phường Kim Long mới được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp các phường Kim Long, Phú Thuận, Hương Long và một phần phường Thủy Biều theo Nghị quyết số 1675/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội. Từ đầu năm 2026, phường có 146 đám tang, trong đó 94 đám thực hiện hỏa táng tại cơ sở hỏa táng của thành phố, chiếm 64%; các tổ dân phố đã vận động 100% đám tang không rải vàng mã trên đường đưa tang. Tuy nhiên, tập quán đốt vàng mã trong tang lễ, lễ giỗ, rằm vẫn phổ biến, lượng tro, giấy thải ra các khu vực ven sông Hương gây ô nhiễm.
Tại hội nghị, ông Nguyễn Văn Quý, tổ dân phố 7, đề nghị phường bố trí lò đốt vàng mã tập trung ở mỗi cụm dân cư. Bà Lê Thị Bích, tổ dân phố 12, phản ánh việc một số đám tang dựng rạp chắn cả đường kiệt, tổ chức ăn uống, cờ bạc đến khuya. Ông Phan Bá Hùng, Trưởng ban Công tác Mặt trận tổ dân phố 3, kiến nghị có mức hỗ trợ cho gia đình chọn hỏa táng như một số địa phương.
Trả lời, ông Hồ Đắc Thịnh cho biết thực hiện Kế hoạch số 142/KH-UBND của UBND thành phố Huế và Nghị quyết số 08-NQ/ĐU của Đảng ủy phường, năm 2026 phường sẽ đầu tư 12 lò đốt vàng mã tập trung với tổng kinh phí khoảng 360 triệu đồng; hỗ trợ 3 triệu đồng/ca hỏa táng cho hộ nghèo, hộ cận nghèo. Phường yêu cầu các đám tang kết thúc nhạc tang trước 22 giờ, xử lý nghiêm việc tổ chức cờ bạc.
Thượng tọa Thích Quảng Nhuận chia sẻ, theo giáo lý nhà Phật, đốt vàng mã không phải là việc làm của đạo, nhà chùa sẽ cùng chính quyền khuyên phật tử "thay vàng mã bằng việc thiện". Bà Tôn Nữ Diệu Hiền cho biết Mặt trận phường sẽ phát động mỗi tổ dân phố đăng ký ít nhất 1 công trình "Tang lễ xanh" trong năm.
Hội nghị ghi nhận 23 ý kiến, trong đó 19 ý kiến được trả lời trực tiếp, 4 ý kiến được chuyển cơ quan chuyên môn của thành phố xem xét.
Minh Hiền
Tin liên quan
- Phường Thuận Hóa đối thoại về chỉnh trang đô thị (14/05/2026)
- Huế: vận động giảm đốt vàng mã dịp Thanh minh (02/04/2026)
- Chùa Từ Đàm khuyến khích phật tử không đốt vàng mã (20/03/2026)
""", "2026-05-21", "Chủ tịch UBND phường Kim Long đối thoại với nhân dân về tang lễ văn minh, không đốt vàng mã",
E("doi_thoai", "2026", "2026-05-20"),
[P("Hồ Đắc Thịnh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Tôn Nữ Diệu Hiền", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Thích Quảng Nhuận", "Thượng tọa", "trụ trì chùa Linh Quang"),
 P("Nguyễn Văn Quý"), P("Lê Thị Bích"),
 P("Phan Bá Hùng", "Trưởng ban Công tác Mặt trận tổ dân phố 3")],
[Q("gần 180 người dân", 180, "người dân", "approx"), Q("32 tổ dân phố", 32, "tổ dân phố"), Q("146 đám tang", 146, "đám tang"),
 Q("94 đám", 94, "đám"), Q("64%", 64, "%"), Q("100% đám tang", 100, "%"), Q("12 lò đốt vàng mã tập trung", 12, "lò đốt vàng mã tập trung"),
 Q("khoảng 360 triệu đồng", 360000000, "đồng", "approx"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("23 ý kiến", 23, "ý kiến"), Q("19 ý kiến", 19, "ý kiến"), Q("4 ý kiến", 4, "ý kiến")],
[D("Nghị quyết", "1675", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1675/NQ-UBTVQH15 ngày 16/6/2025"),
 D("Kế hoạch", "142", "KH-UBND", None, "UBND thành phố Huế", "Kế hoạch số 142/KH-UBND"),
 D("Nghị quyết", "08", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết số 08-NQ/ĐU")],
[prov("Huế"), com("Kim Long"), com("Phú Thuận"), com("Hương Long"), com("Thủy Biều")],
["BÁO HUẾ ĐIỆN TỬ", "Thứ Sáu, 22/05/2026", "Trang chủ › Chính trị › Dân vận",
 "Ông Hồ Đắc Thịnh, Chủ tịch UBND phường Kim Long, trả lời ý kiến của người dân.",
 "Thực hiện tang lễ văn minh, giảm đốt vàng mã, bảo vệ môi trường di sản", "thay vàng mã bằng việc thiện", "Tang lễ xanh"],
["Thứ Sáu, 22/05/2026", "Ngày 21/05/2026 | 16:10", "năm 2026", "ngày 1/7/2025", "tổ dân phố 7", "tổ dân phố 12", "22 giờ", "1 công trình"]))
