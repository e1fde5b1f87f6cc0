from lib import *
PAGES = []

PAGES.append(page("b4289-thanhhoa-muonglat-doithoai-2019", """
ĐẢNG BỘ HUYỆN MƯỜNG LÁT - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Dân vận
14/11/2019 - 10:05
Ảnh: Quang cảnh buổi đối thoại tại xã Quang Chiểu.
Mường Lát: Đối thoại với 126 hộ dân vùng lũ quét về tái định cư
Sáng 13/11, Ban Thường vụ Huyện ủy phối hợp với UBND huyện tổ chức hội nghị đối thoại năm 2019 giữa người đứng đầu cấp ủy, chính quyền với nhân dân các bản bị ảnh hưởng bởi trận lũ quét ngày 2/8/2019 tại xã Quang Chiểu. Đồng chí Lò Văn Hưng, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện và đồng chí Hà Văn Ngoãn, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì.
Trận lũ quét sau hoàn lưu bão số 3 năm 2019 làm 13 người chết, 4 người mất tích, 47 ngôi nhà bị cuốn trôi hoàn toàn, 126 hộ ở các bản Poọng, Sa Ná, Pù Đứa phải di dời khẩn cấp. Thực hiện Quyết định số 3217/QĐ-UBND ngày 16/8/2019 của UBND tỉnh, huyện đã bố trí 2 khu tái định cư với diện tích 6,2 ha; Ủy ban MTTQ tỉnh và các nhà hảo tâm hỗ trợ 70 triệu đồng/hộ để xây nhà mới.
Tại buổi đối thoại, 17 ý kiến được người dân nêu ra. Ông Giàng A Thề, người có uy tín bản Pù Đứa, đề nghị sớm giao đất sản xuất vì bà con người Mông đã chuyển đến khu mới nhưng chưa có nương. Bà Vi Thị Tâm, bản Sa Ná, phản ánh nước sinh hoạt ở khu tái định cư còn thiếu. Ông Lương Văn Chiến, Chủ tịch UBND xã Quang Chiểu, và ông Ngân Văn Quý, Chủ tịch Ủy ban MTTQ xã Quang Chiểu, trả lời trực tiếp nhiều ý kiến.
Trả lời các kiến nghị, đồng chí Hà Văn Ngoãn cho biết đã có 92/126 hộ nhận tiền đợt 1, 34 hộ còn lại sẽ nhận trước ngày 30/11; huyện sẽ đầu tư 1 công trình cấp nước tập trung trị giá 2,4 tỷ đồng và giao 18 ha đất sản xuất cho các hộ trong quý I năm 2020. Các ý kiến về chính sách hỗ trợ gạo, đồng chí giao Phòng Lao động - Thương binh và Xã hội rà soát, cấp đủ 15 kg gạo/người/tháng trong 6 tháng theo Nghị định số 136/2013/NĐ-CP.
Đồng chí Lò Văn Hưng đề nghị Ủy ban MTTQ và các đoàn thể huyện thực hiện Kế hoạch số 54-KH/HU của Ban Thường vụ Huyện ủy về công tác dân vận trong khắc phục hậu quả thiên tai, phân công 35 đảng viên phụ trách các hộ ở khu tái định cư; giám sát chặt chẽ việc sử dụng tiền hỗ trợ, không để xảy ra khiếu kiện.
Trước đó, Hội Chữ thập đỏ tỉnh Thanh Hóa đã trao 126 suất quà, mỗi suất 1 triệu đồng, và Tỉnh đoàn huy động 300 đoàn viên làm 1.200 m đường tạm vào khu tái định cư.
Lê Hợi
Lượt xem: 745
Tin liên quan
- Mường Lát: khởi công khu tái định cư bản Poọng (02/10/2019)
- Tiếp nhận 3 tỷ đồng ủng hộ đồng bào vùng lũ (12/08/2019)
- Huyện Mường Lát tổng kết 10 năm thực hiện Quy chế dân chủ (25/07/2019)
""", "2019-11-14", "Mường Lát: Đối thoại với 126 hộ dân vùng lũ quét về tái định cư",
E("doi_thoai", "2019", "2019-11-13"),
[P("Lò Văn Hưng", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Hà Văn Ngoãn", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Giàng A Thề", "người có uy tín bản Pù Đứa"),
 P("Vi Thị Tâm"),
 P("Lương Văn Chiến", "Chủ tịch UBND xã Quang Chiểu"),
 P("Ngân Văn Quý", "Chủ tịch Ủy ban MTTQ xã Quang Chiểu")],
[Q("126 hộ", 126, "hộ"), Q("13 người chết", 13, "người"), Q("4 người mất tích", 4, "người"), Q("47 ngôi nhà", 47, "ngôi nhà"),
 Q("2 khu tái định cư", 2, "khu tái định cư"), Q("6,2 ha", 6.2, "ha"), Q("70 triệu đồng/hộ", 70000000, "đồng"), Q("17 ý kiến", 17, "ý kiến"),
 Q("92/126 hộ", 92, "hộ"), Q("34 hộ", 34, "hộ"), Q("2,4 tỷ đồng", 2400000000, "đồng"), Q("18 ha", 18, "ha"),
 Q("15 kg gạo/người/tháng", 15, "kg"), Q("35 đảng viên", 35, "đảng viên"), Q("126 suất quà", 126, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("300 đoàn viên", 300, "đoàn viên"), Q("1.200 m", 1200, "m")],
[D("Quyết định", "3217", "QĐ-UBND", "2019-08-16", "UBND tỉnh", "Quyết định số 3217/QĐ-UBND ngày 16/8/2019"),
 D("Nghị định", "136", "2013/NĐ-CP", None, None, "Nghị định số 136/2013/NĐ-CP"),
 D("Kế hoạch", "54", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 54-KH/HU")],
[prov("Thanh Hóa"), com("Quang Chiểu")],
["ĐẢNG BỘ HUYỆN MƯỜNG LÁT - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Tin tức » Dân vận", "Ảnh: Quang cảnh buổi đối thoại tại xã Quang Chiểu.",
 "Lượt xem: 745", "bản Pù Đứa", "Sa Ná"],
["14/11/2019 - 10:05", "bão số 3 năm 2019", "đợt 1", "quý I năm 2020", "6 tháng", "Lượt xem: 745"]))

PAGES.append(page("b4290-tuyenquang-mttq-baocao-2025", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TUYÊN QUANG
Trang chủ > Hoạt động Mặt trận > Cứu trợ, an sinh
30 tháng 9, 2025 | 17:45
Hơn 41 tỷ đồng hỗ trợ người dân khắc phục hậu quả mưa lũ sau bão số 3 và bão số 10
Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh vừa ban hành Báo cáo số 46/BC-MTTQ-BTT ngày 29/9/2025 về kết quả vận động, tiếp nhận và phân bổ nguồn ủng hộ khắc phục hậu quả bão số 3 (bão Wipha) tháng 7/2025 và hoàn lưu bão số 10 (bão Bualoi) cuối tháng 9/2025 trên địa bàn tỉnh Tuyên Quang (sau hợp nhất với tỉnh Hà Giang).
Theo báo cáo, hai đợt thiên tai đã làm 9 người chết, 3 người mất tích; 1.742 ngôi nhà bị hư hỏng, 86 ngôi nhà bị sập đổ, trôi hoàn toàn, tập trung ở các xã vùng cao phía Bắc của tỉnh như xã Lâm Bình, xã Mậu Duệ, xã Bắc Mê, xã Thượng Lâm. Tính đến ngày 28/9/2025, Ban Vận động cứu trợ tỉnh đã tiếp nhận hơn 41 tỷ đồng, trong đó Ủy ban Trung ương MTTQ Việt Nam phân bổ 20 tỷ đồng theo Quyết định số 1327/QĐ-MTTW-BTT; các cơ quan, doanh nghiệp, cá nhân trong và ngoài tỉnh ủng hộ 21,3 tỷ đồng.
Thực hiện Hướng dẫn số 21/HD-MTTQ-BTT ngày 24/7/2025, Ban Thường trực đã phân bổ 34,8 tỷ đồng cho 47 xã, phường: hộ có nhà bị sập, trôi hoàn toàn được hỗ trợ 60 triệu đồng; hộ phải di dời khẩn cấp 40 triệu đồng; hộ có người chết, mất tích 20 triệu đồng/người. Việc phân bổ thực hiện theo Nghị định số 93/2021/NĐ-CP và Quyết định số 05/2025/QĐ-UBND của UBND tỉnh.
Cũng theo báo cáo, sau khi tổ chức chính quyền hai cấp đi vào hoạt động, Ủy ban MTTQ các xã, phường đã trực tiếp tiếp nhận và chi hỗ trợ; 100% xã, phường công khai danh sách. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Hoàng Thị Dung, Vàng Seo Cháng, Ma Thị Hậu trực tiếp phụ trách địa bàn, kiểm tra tại 12 xã. Đồng chí Sùng Mí Pó, Bí thư Đảng ủy, Chủ tịch HĐND xã Mậu Duệ cho biết xã đã đưa 58 hộ người Mông ra khỏi vùng nguy cơ sạt lở, Mặt trận xã vận động 1.600 ngày công dựng lại 21 căn nhà.
Báo cáo đề nghị Ủy ban Trung ương MTTQ Việt Nam tiếp tục hỗ trợ xây dựng 3 khu tái định cư tập trung với khoảng 150 hộ; đề nghị UBND tỉnh sớm ban hành quy định mức hỗ trợ chung áp dụng trên địa bàn tỉnh sau hợp nhất. Đồng chí Lý Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chỉ đạo hoàn thành phân bổ số tiền còn lại trước ngày 15/10/2025.
Ảnh: Đoàn công tác Ủy ban MTTQ tỉnh kiểm tra điểm sạt lở tại xã Lâm Bình.
Lượt xem: 1.092
Tin khác
- Tuyên Quang phát động ủng hộ đồng bào bị thiệt hại do bão số 10 (30/09/2025)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ nhất sau hợp nhất (15/08/2025)
- Xã Lâm Bình dọn dẹp sau lũ (25/07/2025)
""", "2025-09-30", "Hơn 41 tỷ đồng hỗ trợ người dân khắc phục hậu quả mưa lũ sau bão số 3 và bão số 10",
E("bao_cao", None, "2025-09-29"),
[P("Hoàng Thị Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vàng Seo Cháng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ma Thị Hậu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng Mí Pó", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Mậu Duệ"),
 P("Lý Thị Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("Hơn 41 tỷ đồng", 41000000000, "đồng", "over"), Q("9 người chết", 9, "người"), Q("3 người mất tích", 3, "người"),
 Q("1.742 ngôi nhà", 1742, "ngôi nhà"), Q("86 ngôi nhà", 86, "ngôi nhà"), Q("20 tỷ đồng", 20000000000, "đồng"),
 Q("21,3 tỷ đồng", 21300000000, "đồng"), Q("34,8 tỷ đồng", 34800000000, "đồng"), Q("47 xã, phường", 47, "xã, phường"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"), Q("20 triệu đồng/người", 20000000, "đồng"),
 Q("100% xã, phường", 100, "%"), Q("12 xã", 12, "xã"), Q("58 hộ người Mông", 58, "hộ người Mông"), Q("1.600 ngày công", 1600, "ngày công"),
 Q("21 căn nhà", 21, "căn nhà"), Q("3 khu tái định cư tập trung", 3, "khu tái định cư tập trung"), Q("khoảng 150 hộ", 150, "hộ", "approx")],
[D("Báo cáo", "46", "BC-MTTQ-BTT", "2025-09-29", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Báo cáo số 46/BC-MTTQ-BTT ngày 29/9/2025"),
 D("Quyết định", "1327", "QĐ-MTTW-BTT", None, None, "Quyết định số 1327/QĐ-MTTW-BTT"),
 D("Hướng dẫn", "21", "HD-MTTQ-BTT", "2025-07-24", None, "Hướng dẫn số 21/HD-MTTQ-BTT ngày 24/7/2025"),
 D("Nghị định", "93", "2021/NĐ-CP", None, None, "Nghị định số 93/2021/NĐ-CP"),
 D("Quyết định", "05", "2025/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 05/2025/QĐ-UBND")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lâm Bình"), com("Mậu Duệ"), com("Bắc Mê"), com("Thượng Lâm")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TUYÊN QUANG", "Trang chủ > Hoạt động Mặt trận > Cứu trợ, an sinh",
 "Ảnh: Đoàn công tác Ủy ban MTTQ tỉnh kiểm tra điểm sạt lở tại xã Lâm Bình.", "Lượt xem: 1.092", "bão Wipha", "bão Bualoi"],
["30 tháng 9, 2025 | 17:45", "bão số 3", "bão số 10", "tháng 7/2025", "tháng 9/2025", "Lượt xem: 1.092"]))

PAGES.append(page("b4291-thanhhoa-mttq-kajiki-2025", """
BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA
Thời sự / Chính trị / Mặt trận
Thứ Năm, 04/09/2025 | 16:20
Thanh Hóa: Phân bổ 28,6 tỷ đồng hỗ trợ người dân bị thiệt hại do bão số 5
(Baothanhhoa.vn) - Chiều 3/9, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị Ban Vận động cứu trợ tỉnh phân bổ nguồn ủng hộ khắc phục hậu quả bão số 5 (bão Kajiki). Đồng chí Phạm Thị Thanh Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng Ban Vận động cứu trợ tỉnh chủ trì.
Bão số 5 đổ bộ vào khu vực Thanh Hóa - Nghệ An ngày 25/8/2025 với gió giật cấp 14, làm 2 người chết, 23 người bị thương; 4.912 ngôi nhà bị tốc mái, hư hỏng, trong đó 168 nhà bị sập hoàn toàn; khoảng 21.000 ha lúa, hoa màu bị đổ, ngập. Các xã, phường ven biển như phường Hải Bình, phường Ngọc Sơn, xã Nga Sơn, xã Hoằng Tiến bị thiệt hại nặng nhất.
Từ ngày 26/8 đến ngày 2/9/2025, Ban Vận động cứu trợ tỉnh đã tiếp nhận 31,4 tỷ đồng, trong đó có 10 tỷ đồng của Ủy ban Trung ương MTTQ Việt Nam. Căn cứ Nghị định số 93/2021/NĐ-CP và Quy chế phối hợp số 09/QCPH-MTTQ-UBND ngày 15/8/2025, hội nghị thống nhất phân bổ 28,6 tỷ đồng cho 62 xã, phường: hộ có nhà bị sập hoàn toàn 50 triệu đồng/hộ; hộ có nhà tốc mái từ 70% trở lên 10 triệu đồng/hộ; người bị thương nặng 5 triệu đồng/người. Số còn lại khoảng 2,8 tỷ đồng dành hỗ trợ sửa chữa trường học, trạm y tế.
Thảo luận tại hội nghị, đồng chí Lê Văn Hòa, Bí thư Đảng ủy, Chủ tịch HĐND phường Hải Bình, cho biết phường có 1.120 hộ bị tốc mái, 64 tàu thuyền bị hư hỏng. Bà Mai Thị Ngọc, Chủ tịch Ủy ban MTTQ Việt Nam xã Nga Sơn, đề nghị ưu tiên các hộ nghèo, hộ có người khuyết tật. Đồng chí Trịnh Văn Lâm, Phó Chủ tịch UBND xã Hoằng Tiến báo cáo, 450 cán bộ, chiến sĩ Bộ đội Biên phòng và 320 đoàn viên thanh niên đã giúp xã lợp lại mái nhà cho 210 hộ chỉ trong 4 ngày.
Hội nghị cũng thống nhất trích 1,5 tỷ đồng hỗ trợ 300 ngư dân có tàu thuyền bị hư hỏng sửa chữa ngư cụ, sớm ra khơi bám biển.
Kết luận hội nghị, đồng chí Phạm Thị Thanh Thủy đề nghị Ủy ban MTTQ các xã, phường chuyển tiền đến tay người dân chậm nhất ngày 10/9/2025, niêm yết công khai tại nhà văn hóa thôn, tổ dân phố; Ban Thanh tra nhân dân tham gia giám sát. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lê Thị Hoài, Cầm Bá Tường được phân công kiểm tra tại các địa bàn ven biển.
Ảnh: Quang cảnh hội nghị.
Minh Hiếu
Lượt xem: 2.061
Tin liên quan
- Ủy ban MTTQ tỉnh phát động ủng hộ khắc phục hậu quả bão số 5 (26/08/2025)
- Hội LHPN tỉnh trao quà cho hội viên vùng bão (30/08/2025)
- Tuổi trẻ xứ Thanh giúp dân dọn dẹp sau bão (28/08/2025)
""", "2025-09-04", "Thanh Hóa: Phân bổ 28,6 tỷ đồng hỗ trợ người dân bị thiệt hại do bão số 5",
E("hoi_nghi", None, "2025-09-03"),
[P("Phạm Thị Thanh Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng Ban Vận động cứu trợ tỉnh"),
 P("Lê Văn Hòa", "Bí thư Đảng ủy", "Chủ tịch HĐND phường Hải Bình"),
 P("Mai Thị Ngọc", "Chủ tịch Ủy ban MTTQ Việt Nam xã Nga Sơn"),
 P("Trịnh Văn Lâm", "Phó Chủ tịch UBND xã Hoằng Tiến"),
 P("Lê Thị Hoài", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Cầm Bá Tường", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("28,6 tỷ đồng", 28600000000, "đồng"), Q("2 người chết", 2, "người"), Q("23 người bị thương", 23, "người"), Q("4.912 ngôi nhà", 4912, "ngôi nhà"),
 Q("168 nhà", 168, "nhà"), Q("khoảng 21.000 ha", 21000, "ha", "approx"), Q("31,4 tỷ đồng", 31400000000, "đồng"), Q("10 tỷ đồng", 10000000000, "đồng"),
 Q("62 xã, phường", 62, "xã, phường"), Q("50 triệu đồng/hộ", 50000000, "đồng"), Q("từ 70% trở lên", 70, "%", "over"),
 Q("10 triệu đồng/hộ", 10000000, "đồng"), Q("5 triệu đồng/người", 5000000, "đồng"), Q("khoảng 2,8 tỷ đồng", 2800000000, "đồng", "approx"),
 Q("1.120 hộ", 1120, "hộ"), Q("64 tàu thuyền", 64, "tàu thuyền"), Q("450 cán bộ, chiến sĩ", 450, "cán bộ, chiến sĩ"),
 Q("320 đoàn viên thanh niên", 320, "đoàn viên thanh niên"), Q("210 hộ", 210, "hộ"),
 Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("300 ngư dân", 300, "ngư dân")],
[D("Nghị định", "93", "2021/NĐ-CP", None, None, "Nghị định số 93/2021/NĐ-CP"),
 D("Quy chế phối hợp", "09", "QCPH-MTTQ-UBND", "2025-08-15", None, "Quy chế phối hợp số 09/QCPH-MTTQ-UBND ngày 15/8/2025")],
[prov("Thanh Hóa"), prov("Nghệ An"), com("Hải Bình"), com("Ngọc Sơn"), com("Nga Sơn"), com("Hoằng Tiến")],
["BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA", "Thời sự / Chính trị / Mặt trận", "(Baothanhhoa.vn)",
 "Ảnh: Quang cảnh hội nghị.", "Lượt xem: 2.061", "bão Kajiki", "Bộ đội Biên phòng"],
["Thứ Năm, 04/09/2025 | 16:20", "bão số 5", "cấp 14", "4 ngày", "Lượt xem: 2.061"]))

PAGES.append(page("b4292-hatinh-hoilhpn-bualoi-2025", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ TĨNH
Bạn đang ở: Trang chủ » Tin tức » Hoạt động các cấp Hội
Ngày 10/10/2025 | 09:15
Trao 350 suất quà và hỗ trợ làm lại 12 ngôi nhà cho phụ nữ vùng bão
Ngày 8/10, Hội LHPN tỉnh tổ chức trao quà, hỗ trợ hội viên, phụ nữ bị thiệt hại do bão số 10 (bão Bualoi) tại xã Kỳ Xuân, xã Cẩm Xuyên và phường Sông Trí. Tham dự có bà Nguyễn Thị Nương, Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; bà Trần Thị Thu Hà, Phó Chủ tịch Thường trực Hội LHPN tỉnh.
Bão số 10 đổ bộ vào Hà Tĩnh rạng sáng 29/9/2025 với sức gió mạnh cấp 12, giật cấp 15, làm hơn 28.000 ngôi nhà bị tốc mái, hư hỏng. Theo số liệu của Hội LHPN tỉnh, có 6.420 hộ hội viên bị thiệt hại, trong đó 312 hộ do phụ nữ làm chủ hộ có hoàn cảnh đặc biệt khó khăn. Ngay sau bão, Ban Thường vụ Hội LHPN tỉnh ban hành Văn bản số 418/HPN-BTV ngày 30/9/2025 huy động các cấp Hội ra quân hỗ trợ hội viên.
Tại các điểm trao quà, đoàn đã trao 350 suất quà, mỗi suất gồm 1 triệu đồng tiền mặt và nhu yếu phẩm trị giá 300.000 đồng; hỗ trợ 12 hội viên có nhà bị sập hoàn toàn mỗi hộ 30 triệu đồng từ nguồn "Mái ấm tình thương" của Trung ương Hội. Tổng giá trị hỗ trợ đợt này gần 815 triệu đồng.
Bà Nguyễn Thị Phượng, Chủ tịch Hội LHPN xã Kỳ Xuân, cho biết 28 chi hội đã tổ chức 45 "Tổ phụ nữ xung kích" giúp 430 hộ dọn dẹp, lợp lại mái nhà, thu dọn cây đổ. "Chị em góp nhau mỗi người 50.000 đồng, mua tôn cho 17 hộ hội viên nghèo", bà Phượng chia sẻ. Tại phường Sông Trí, Hội LHPN phường phối hợp với Đoàn Thanh niên vệ sinh 6 trường mầm non để các cháu sớm trở lại lớp.
Cùng đi với đoàn có các bà Phó Chủ tịch Hội LHPN tỉnh: Lê Thị Hồng Vân, Phan Thị Thúy; bà Đặng Thị Minh, Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh. Tại xã Cẩm Xuyên, đoàn đến thăm gia đình chị Võ Thị Hằng, hội viên chi hội thôn Trung Hòa, có nhà bị sập hoàn toàn, chồng đi làm xa, một mình nuôi 3 con nhỏ. Hội LHPN xã Cẩm Xuyên đã vận động 40 hội viên góp 200 ngày công, cùng bộ đội dựng lại nhà cho chị.
Dịp này, Hội LHPN các tỉnh Nghệ An, Quảng Trị và Hội LHPN thành phố Hà Nội cũng gửi tặng 450 triệu đồng, 2.000 thùng mì và 5 tấn gạo qua Hội LHPN tỉnh. Bà Nguyễn Thị Nương đề nghị các cơ sở Hội rà soát kỹ, hỗ trợ đúng người, đúng hoàn cảnh, không để sót hội viên nào; phối hợp với Ngân hàng Chính sách xã hội cho vay vốn khôi phục sinh kế, ưu tiên phụ nữ đơn thân, hộ nghèo.
Văn Chung
Lượt xem: 968
Tin khác
- Hà Tĩnh: phụ nữ chung tay khắc phục hậu quả bão số 10 (01/10/2025)
- Hội nghị Ban Chấp hành Hội LHPN tỉnh lần thứ 2 (12/09/2025)
- Ra mắt mô hình "Phụ nữ với phòng, chống thiên tai" tại xã Thạch Lạc (05/09/2025)
""", "2025-10-10", "Trao 350 suất quà và hỗ trợ làm lại 12 ngôi nhà cho phụ nữ vùng bão",
E("trao_qua", None, "2025-10-08"),
[P("Nguyễn Thị Nương", "Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Trần Thị Thu Hà", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Nguyễn Thị Phượng", "Chủ tịch Hội LHPN xã Kỳ Xuân"),
 P("Lê Thị Hồng Vân", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Phan Thị Thúy", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đặng Thị Minh", "Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh"),
 P("Võ Thị Hằng")],
[Q("350 suất quà", 350, "suất quà"), Q("12 ngôi nhà", 12, "ngôi nhà"), Q("12 hội viên", 12, "hội viên"), Q("hơn 28.000 ngôi nhà", 28000, "ngôi nhà", "over"),
 Q("6.420 hộ hội viên", 6420, "hộ hội viên"), Q("312 hộ", 312, "hộ"), Q("1 triệu đồng", 1000000, "đồng"), Q("300.000 đồng", 300000, "đồng"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("gần 815 triệu đồng", 815000000, "đồng", "approx"), Q("28 chi hội", 28, "chi hội"),
 Q('45 "Tổ phụ nữ xung kích"', 45, "Tổ phụ nữ xung kích"), Q("430 hộ", 430, "hộ"), Q("50.000 đồng", 50000, "đồng"),
 Q("17 hộ hội viên nghèo", 17, "hộ hội viên nghèo"), Q("6 trường mầm non", 6, "trường mầm non"), Q("450 triệu đồng", 450000000, "đồng"),
 Q("2.000 thùng mì", 2000, "thùng mì"), Q("5 tấn", 5, "tấn"),
 Q("3 con nhỏ", 3, "con nhỏ"), Q("40 hội viên", 40, "hội viên"), Q("200 ngày công", 200, "ngày công")],
[D("Văn bản", "418", "HPN-BTV", "2025-09-30", "Ban Thường vụ Hội LHPN tỉnh", "Văn bản số 418/HPN-BTV ngày 30/9/2025")],
[prov("Hà Tĩnh"), prov("Nghệ An"), prov("Quảng Trị"), prov("Hà Nội"), com("Kỳ Xuân"), com("Cẩm Xuyên"), com("Sông Trí")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ TĨNH", "Bạn đang ở: Trang chủ » Tin tức » Hoạt động các cấp Hội", "Mái ấm tình thương", "Tổ phụ nữ xung kích",
 "Lượt xem: 968", "bão Bualoi", "Ngân hàng Chính sách xã hội"],
["Ngày 10/10/2025 | 09:15", "bão số 10", "cấp 12", "cấp 15", "Lượt xem: 968"]))

PAGES.append(page("b4293-nghean-tinhdoan-kyson-2022", """
TỈNH ĐOÀN NGHỆ AN
Trang chủ › Tin tức › Tình nguyện
Thứ Hai, 26/09/2022, 08:05
Ảnh: Đoàn viên thanh niên dọn bùn tại xã Mỹ Lý.
Hơn 600 đoàn viên thanh niên giúp đồng bào Kỳ Sơn khắc phục lũ quét
Sau trận lũ quét đêm 22 rạng sáng 23/9/2022 tại huyện Kỳ Sơn, Ban Thường vụ Tỉnh đoàn đã huy động hơn 600 đoàn viên, thanh niên từ các huyện, thị, thành đoàn, Đoàn trực thuộc và lực lượng vũ trang về các xã Mỹ Lý, Bắc Lý, Keng Đu giúp nhân dân dọn dẹp, ổn định cuộc sống.
Trận lũ quét đã cuốn trôi 69 ngôi nhà, làm 103 ngôi nhà khác bị ngập, hư hỏng, 2 người chết; 8 cây cầu treo, nhiều đoạn đường bị sạt lở khiến 3 xã bị cô lập hoàn toàn. Ngay trong ngày 23/9, đồng chí Lê Văn Lương, Ủy viên Ban Chấp hành Trung ương Đoàn, Tỉnh ủy viên, Bí thư Tỉnh đoàn đã trực tiếp vào xã Mỹ Lý cùng lực lượng chức năng nắm tình hình và chỉ đạo các cơ sở Đoàn lập 12 đội hình xung kích.
Theo đồng chí Moong Văn Xây, Bí thư Huyện đoàn Kỳ Sơn, lực lượng thanh niên đã vận chuyển 15 tấn hàng hóa vượt sông Nậm Nơn bằng thuyền và đi bộ vào các bản Xiêng Tắm, Cha Nga; dọn bùn đất cho 57 hộ, dựng 24 lều bạt tạm và khơi thông 3 km đường. Anh Lầu Bá Dế, Bí thư Đoàn xã Mỹ Lý, cho biết: "Nhà của 23 đoàn viên trong xã cũng bị cuốn trôi nhưng các bạn vẫn ở lại cùng bà con người Thái, người Mông khắc phục hậu quả".
Tỉnh đoàn đã trao 200 suất quà, mỗi suất trị giá 500.000 đồng cho các hộ mất nhà; Hội Sinh viên Việt Nam tỉnh trao 500 bộ sách vở, 120 chiếc áo ấm cho học sinh Trường Phổ thông dân tộc bán trú Tiểu học Mỹ Lý. Thực hiện Kế hoạch số 324-KH/TĐTN-PT ngày 24/9/2022 của Ban Thường vụ Tỉnh đoàn, các cơ sở Đoàn toàn tỉnh đã quyên góp được 826 triệu đồng để chuyển Ủy ban MTTQ huyện Kỳ Sơn.
Cùng đồng hành với Đoàn, Hội Cựu chiến binh huyện Kỳ Sơn huy động 80 hội viên, Hội LHPN huyện nấu 2.000 suất cơm phục vụ lực lượng cứu hộ. Chị Lô Thị Hương, Phó Bí thư Huyện đoàn Kỳ Sơn, cho biết các đội hình sẽ bám trụ đến khi bà con chuyển vào nhà tạm.
Ủy ban MTTQ Việt Nam tỉnh Nghệ An cũng đã trích 1 tỷ đồng từ Quỹ Cứu trợ tỉnh hỗ trợ khẩn cấp cho các hộ bị thiệt hại; mỗi hộ có nhà bị cuốn trôi được hỗ trợ 10 triệu đồng để dựng nhà tạm trước mùa rét.
Các đồng chí Phó Bí thư Tỉnh đoàn: Nguyễn Đình Hùng, Hồ Thị Châu Loan, Hoàng Văn Hiệp được phân công luân phiên trực tại Kỳ Sơn. Tỉnh đoàn đề nghị các cơ sở Đoàn tuyệt đối bảo đảm an toàn cho đoàn viên khi làm nhiệm vụ ở vùng có nguy cơ sạt lở.
Thanh Nga
Lượt xem: 2.380
Tin khác
- Tuổi trẻ Nghệ An ra quân "Chiến dịch Thanh niên tình nguyện hè" (15/06/2022)
- Tương Dương: thanh niên giúp dân làm nhà sau lũ (02/09/2022)
- Trao 100 suất học bổng cho học sinh vùng cao (20/08/2022)
""", "2022-09-26", "Hơn 600 đoàn viên thanh niên giúp đồng bào Kỳ Sơn khắc phục lũ quét",
E("khac", None, None),
[P("Lê Văn Lương", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"),
 P("Moong Văn Xây", "Bí thư Huyện đoàn Kỳ Sơn"),
 P("Lầu Bá Dế", "Bí thư Đoàn xã Mỹ Lý"),
 P("Lô Thị Hương", "Phó Bí thư Huyện đoàn Kỳ Sơn"),
 P("Nguyễn Đình Hùng", "Phó Bí thư Tỉnh đoàn"),
 P("Hồ Thị Châu Loan", "Phó Bí thư Tỉnh đoàn"),
 P("Hoàng Văn Hiệp", "Phó Bí thư Tỉnh đoàn")],
[Q("Hơn 600 đoàn viên thanh niên", 600, "đoàn viên thanh niên", "over"), Q("69 ngôi nhà", 69, "ngôi nhà"), Q("103 ngôi nhà", 103, "ngôi nhà"),
 Q("2 người chết", 2, "người"), Q("8 cây cầu treo", 8, "cây cầu treo"), Q("3 xã", 3, "xã"), Q("12 đội hình xung kích", 12, "đội hình xung kích"),
 Q("15 tấn", 15, "tấn"), Q("57 hộ", 57, "hộ"), Q("24 lều bạt tạm", 24, "lều bạt tạm"), Q("3 km", 3, "km"), Q("23 đoàn viên", 23, "đoàn viên"),
 Q("200 suất quà", 200, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("500 bộ sách vở", 500, "bộ sách vở"), Q("120 chiếc áo ấm", 120, "chiếc áo ấm"),
 Q("826 triệu đồng", 826000000, "đồng"), Q("80 hội viên", 80, "hội viên"), Q("2.000 suất cơm", 2000, "suất cơm"),
 Q("1 tỷ đồng", 1000000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng")],
[D("Kế hoạch", "324", "KH/TĐTN-PT", "2022-09-24", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 324-KH/TĐTN-PT ngày 24/9/2022")],
[prov("Nghệ An"), com("Mỹ Lý"), com("Bắc Lý"), com("Keng Đu")],
["TỈNH ĐOÀN NGHỆ AN", "Trang chủ › Tin tức › Tình nguyện", "Ảnh: Đoàn viên thanh niên dọn bùn tại xã Mỹ Lý.", "Lượt xem: 2.380",
 "Trường Phổ thông dân tộc bán trú Tiểu học Mỹ Lý", "Nậm Nơn", "Quỹ Cứu trợ tỉnh"],
["Thứ Hai, 26/09/2022, 08:05", "đêm 22 rạng sáng 23/9/2022", "Lượt xem: 2.380"]))

PAGES.append(page("b4294-hue-mttq-giamsat-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ HUẾ
Trang chủ | Tin hoạt động | Giám sát và phản biện xã hội
Ngày đăng 25/11/2025 | 16:20
Giám sát việc hỗ trợ người dân bị thiệt hại do mưa lũ tại 3 phường, xã
Từ ngày 20 đến 22/11, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố do đồng chí Trần Thị Mỹ Hạnh, Thành ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố làm trưởng đoàn đã giám sát việc tiếp nhận, phân bổ nguồn hỗ trợ khắc phục hậu quả đợt mưa lũ lịch sử cuối tháng 10 và đầu tháng 11/2025 tại phường Hương Trà, phường Phong Điền và xã Quảng Điền, theo Kế hoạch giám sát chuyên đề năm 2025.
Đợt mưa lũ kéo dài từ ngày 26/10 đến 4/11/2025 làm 11 người chết, 1 người mất tích; trên 60.000 ngôi nhà bị ngập, 203 ngôi nhà bị hư hỏng nặng. Đến ngày 18/11, Ủy ban MTTQ Việt Nam thành phố Huế đã tiếp nhận hơn 126 tỷ đồng, đã phân bổ 3 đợt với tổng số 98,5 tỷ đồng cho 40 phường, xã theo Kế hoạch số 88, 89/KH-MTTQ-BTT.
Theo báo cáo của các đơn vị, phường Hương Trà nhận 6,8 tỷ đồng, đã chi hỗ trợ cho 2.134 hộ; phường Phong Điền nhận 7,2 tỷ đồng, hỗ trợ 2.610 hộ; xã Quảng Điền nhận 5,9 tỷ đồng, hỗ trợ 1.976 hộ, trong đó 37 hộ có nhà bị sập được hỗ trợ 40 triệu đồng/hộ. Đoàn đã trực tiếp gặp 60 hộ dân nhận hỗ trợ, kiểm tra sổ sách và biên bản bình xét tại 9 tổ dân phố, thôn.
Ông Nguyễn Văn Sơn, Chủ tịch Ủy ban MTTQ Việt Nam phường Phong Điền cho biết, sau khi sắp xếp bộ máy, phường có 32 tổ dân phố, mỗi tổ đều thành lập tổ bình xét gồm Trưởng ban công tác Mặt trận, tổ trưởng và đại diện các đoàn thể. Bà Hồ Thị Liên, Phó Chủ tịch UBND xã Quảng Điền, đề nghị thành phố bố trí thêm kinh phí cho 412 hộ có ruộng lúa, ao hồ bị bồi lấp.
Qua giám sát, đoàn đánh giá các đơn vị thực hiện đúng Nghị định số 93/2021/NĐ-CP và Quyết định số 1152/QĐ-MTTQ-BTT ngày 30/10/2025, không có đơn thư phản ánh; tuy nhiên 2 thôn chưa lập biên bản bình xét, việc chi tiền mặt ở một số nơi chưa có chữ ký của người nhận. Đồng chí Trần Thị Mỹ Hạnh đề nghị các phường, xã khắc phục ngay trong tháng 11, hoàn thành chi hỗ trợ đợt 3 trước ngày 5/12/2025.
Tham gia đoàn có các đồng chí: Lê Quang Minh, Trưởng ban Dân chủ - Pháp luật; Tôn Thất Hùng, Phó Trưởng ban Phong trào Ủy ban MTTQ Việt Nam thành phố; đại diện Sở Tài chính, Sở Nông nghiệp và Môi trường.
Ảnh: Đoàn giám sát làm việc tại phường Phong Điền.
Lượt xem: 732
Tin liên quan
- Ủy ban MTTQ Việt Nam thành phố phân bổ đợt 3 nguồn ủng hộ (18/11/2025)
- Hơn 5.000 đoàn viên ra quân dọn dẹp sau lũ (06/11/2025)
- Huế: kêu gọi ủng hộ đồng bào vùng lũ (28/10/2025)
""", "2025-11-25", "Giám sát việc hỗ trợ người dân bị thiệt hại do mưa lũ tại 3 phường, xã",
E("giam_sat", "2025", "2025-11-20"),
[P("Trần Thị Mỹ Hạnh", "Thành ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Nguyễn Văn Sơn", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phong Điền"),
 P("Hồ Thị Liên", "Phó Chủ tịch UBND xã Quảng Điền"),
 P("Lê Quang Minh", "Trưởng ban Dân chủ - Pháp luật"),
 P("Tôn Thất Hùng", "Phó Trưởng ban Phong trào Ủy ban MTTQ Việt Nam thành phố")],
[Q("3 phường, xã", 3, "phường, xã"), Q("11 người chết", 11, "người"), Q("1 người mất tích", 1, "người"), Q("trên 60.000 ngôi nhà", 60000, "ngôi nhà", "over"),
 Q("203 ngôi nhà", 203, "ngôi nhà"), Q("hơn 126 tỷ đồng", 126000000000, "đồng", "over"), Q("98,5 tỷ đồng", 98500000000, "đồng"),
 Q("40 phường, xã", 40, "phường, xã"), Q("6,8 tỷ đồng", 6800000000, "đồng"), Q("2.134 hộ", 2134, "hộ"), Q("7,2 tỷ đồng", 7200000000, "đồng"),
 Q("2.610 hộ", 2610, "hộ"), Q("5,9 tỷ đồng", 5900000000, "đồng"), Q("1.976 hộ", 1976, "hộ"), Q("37 hộ", 37, "hộ"),
 Q("40 triệu đồng/hộ", 40000000, "đồng"), Q("60 hộ dân", 60, "hộ dân"), Q("9 tổ dân phố, thôn", 9, "tổ dân phố, thôn"),
 Q("32 tổ dân phố", 32, "tổ dân phố"), Q("412 hộ", 412, "hộ"), Q("2 thôn", 2, "thôn")],
[D("Kế hoạch", "88", "KH-MTTQ-BTT", None, None, "Kế hoạch số 88, 89/KH-MTTQ-BTT"),
 D("Kế hoạch", "89", "KH-MTTQ-BTT", None, None, "Kế hoạch số 88, 89/KH-MTTQ-BTT"),
 D("Nghị định", "93", "2021/NĐ-CP", None, None, "Nghị định số 93/2021/NĐ-CP"),
 D("Quyết định", "1152", "QĐ-MTTQ-BTT", "2025-10-30", None, "Quyết định số 1152/QĐ-MTTQ-BTT ngày 30/10/2025")],
[prov("Huế"), com("Hương Trà"), com("Phong Điền"), com("Quảng Điền")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ HUẾ", "Trang chủ | Tin hoạt động | Giám sát và phản biện xã hội",
 "Ảnh: Đoàn giám sát làm việc tại phường Phong Điền.", "Lượt xem: 732", "Kế hoạch giám sát chuyên đề năm 2025", "Sở Nông nghiệp và Môi trường"],
["Ngày đăng 25/11/2025 | 16:20", "tháng 10", "tháng 11/2025", "3 đợt", "đợt 3", "tháng 11", "Lượt xem: 732"]))
