from lib import *
PAGES = []

PAGES.append(page("b4433-hoabinh-dangu-tongket-2021", """
ĐẢNG BỘ XÃ PHONG PHÚ - HUYỆN TÂN LẠC - TỈNH HÒA BÌNH
Trang chủ » Hoạt động Đảng bộ » Công tác dân vận
Thứ Sáu, 24/12/2021 - 10:05
Ảnh: Đồng chí Bùi Văn Tỉnh phát biểu tại hội nghị.
Đảng ủy xã Phong Phú tổng kết công tác dân vận năm 2021
Ngày 22/12/2021, Đảng ủy xã Phong Phú (huyện Tân Lạc, tỉnh Hòa Bình) tổ chức hội nghị tổng kết công tác dân vận năm 2021, triển khai nhiệm vụ năm 2022. Đồng chí Bùi Văn Tỉnh, Bí thư Đảng ủy xã chủ trì. Dự hội nghị có đồng chí Quách Thị Hoa, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Tân Lạc. Hội nghị nghe Báo cáo số 96-BC/ĐU ngày 20/12/2021 của Ban Chấp hành Đảng bộ xã, chúng tôi đăng nguyên văn.
ĐẢNG BỘ HUYỆN TÂN LẠC
ĐẢNG ỦY XÃ PHONG PHÚ
Số 96-BC/ĐU
Phong Phú, ngày 20 tháng 12 năm 2021
BÁO CÁO
Kết quả công tác dân vận năm 2021, phương hướng, nhiệm vụ năm 2022
Phần I. KẾT QUẢ ĐẠT ĐƯỢC
1. Lãnh đạo, chỉ đạo: Đảng ủy đã quán triệt Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị tới 19/19 chi bộ; ban hành Kế hoạch số 12-KH/ĐU, 13-KH/ĐU thực hiện Chương trình hành động số 05-CTr/HU của Huyện ủy và Nghị quyết Đại hội Đảng bộ xã lần thứ XXIV.
2. Kết quả vận động nhân dân: Trong năm, nhân dân hiến 3.600 m2 đất, đóng góp 1,68 tỷ đồng và 5.200 ngày công xây dựng nông thôn mới; 9/11 xóm đạt chuẩn xóm nông thôn mới. Vận động 2.946 người từ 18 tuổi trở lên tiêm vắc xin phòng COVID-19, đạt 98,7%. Tổ chức 47 buổi tuyên truyền về bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021 - 2026; tỷ lệ cử tri đi bầu đạt 99,8%.
Phong trào "Dân vận khéo" có 15 mô hình, trong đó 4 mô hình cấp huyện, tiêu biểu là mô hình "Phụ nữ Mường giữ nghề dệt thổ cẩm" ở xóm Chiềng; Hội Nông dân xã giúp 34 hộ nghèo vay vốn với tổng dư nợ 1,2 tỷ đồng.
3. Dân vận chính quyền: Chủ tịch UBND xã tổ chức 2 hội nghị đối thoại với nhân dân; tiếp nhận và giải quyết 21/23 đơn thư, đạt 91,3%.
Phần II. HẠN CHẾ
Vẫn còn 87 hộ nghèo (tỷ lệ 8,9%); 2 xóm chưa có nhà văn hóa đạt chuẩn; năng lực của một số cán bộ dân vận xóm còn hạn chế.
Phần III. NHIỆM VỤ NĂM 2022
Phấn đấu giảm 2,5% hộ nghèo trở lên; duy trì ít nhất 15 mô hình "Dân vận khéo"; triển khai Nghị quyết 04-NQ/TU của Ban Chấp hành Đảng bộ tỉnh.
Tại hội nghị, các đồng chí Đinh Công Sứ, Bí thư chi bộ kiêm trưởng xóm Bái; Xa Thị Lan, Chủ tịch Hội LHPN xã và Bùi Văn Hùng, người có uy tín xóm Chiềng đã tham luận. Đồng chí Quách Thị Hoa đề nghị xã chú trọng vận động đồng bào giữ gìn bản sắc văn hóa Mường.
Dịp này, Đảng ủy xã tặng giấy khen cho 3 tập thể và 7 cá nhân.
T/M ĐẢNG ỦY
BÍ THƯ
Bùi Văn Tỉnh
Lượt xem: 1.241
Bài viết liên quan
- Phong Phú: Khai mạc lễ hội Khai hạ năm 2021 (15/02/2021)
- Ra mắt mô hình "Dân vận khéo" xóm Chiềng (03/11/2021)
""", "2021-12-24", "Đảng ủy xã Phong Phú tổng kết công tác dân vận năm 2021",
E("tong_ket", "2021", "2021-12-22"),
[P("Bùi Văn Tỉnh", "Bí thư Đảng ủy xã", "BÍ THƯ"),
 P("Quách Thị Hoa", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Tân Lạc"),
 P("Đinh Công Sứ", "Bí thư chi bộ kiêm trưởng xóm Bái"),
 P("Xa Thị Lan", "Chủ tịch Hội LHPN xã"),
 P("Bùi Văn Hùng", "người có uy tín xóm Chiềng")],
[Q("19/19 chi bộ", 19, "chi bộ"), Q("3.600 m2", 3600, "m2"), Q("1,68 tỷ đồng", 1680000000, "đồng"), Q("5.200 ngày công", 5200, "ngày công"),
 Q("9/11 xóm", 9, "xóm"), Q("2.946 người", 2946, "người"), Q("98,7%", 98.7, "%"), Q("47 buổi tuyên truyền", 47, "buổi tuyên truyền"),
 Q("99,8%", 99.8, "%"), Q("15 mô hình", 15, "mô hình"), Q("4 mô hình cấp huyện", 4, "mô hình cấp huyện"), Q("34 hộ nghèo", 34, "hộ nghèo"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("2 hội nghị đối thoại", 2, "hội nghị đối thoại"), Q("21/23 đơn thư", 21, "đơn thư"),
 Q("91,3%", 91.3, "%"), Q("87 hộ nghèo", 87, "hộ nghèo"), Q("8,9%", 8.9, "%"), Q("2 xóm", 2, "xóm"), Q("2,5% hộ nghèo trở lên", 2.5, "%", "over"),
 Q("ít nhất 15 mô hình", 15, "mô hình", "over"), Q("3 tập thể", 3, "tập thể"), Q("7 cá nhân", 7, "cá nhân")],
[D("Báo cáo", "96", "BC/ĐU", "2021-12-20", "Ban Chấp hành Đảng bộ xã", "Báo cáo số 96-BC/ĐU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW"),
 D("Kế hoạch", "12", "KH/ĐU", None, "Đảng ủy", "Kế hoạch số 12-KH/ĐU, 13-KH/ĐU"),
 D("Kế hoạch", "13", "KH/ĐU", None, "Đảng ủy", "Kế hoạch số 12-KH/ĐU, 13-KH/ĐU"),
 D("Chương trình hành động", "05", "CTr/HU", None, "Huyện ủy", "Chương trình hành động số 05-CTr/HU"),
 D("Nghị quyết", "04", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 04-NQ/TU")],
[prov("Hòa Bình"), com("Phong Phú")],
["ĐẢNG BỘ XÃ PHONG PHÚ - HUYỆN TÂN LẠC - TỈNH HÒA BÌNH", "Trang chủ » Hoạt động Đảng bộ » Công tác dân vận",
 "Ảnh: Đồng chí Bùi Văn Tỉnh phát biểu tại hội nghị.", "T/M ĐẢNG ỦY", "Dân vận khéo", "Phụ nữ Mường giữ nghề dệt thổ cẩm",
 "Quy chế công tác dân vận của hệ thống chính trị", "COVID-19"],
["Lượt xem: 1.241", "năm 2021", "năm 2022", "18 tuổi", "khóa XV", "nhiệm kỳ 2021 - 2026", "lần thứ XXIV", "COVID-19"]))

PAGES.append(page("b4434-gialai-mttqxa-soket-2022", """
Cổng thông tin điện tử huyện Đức Cơ
Tin tức > Mặt trận - Đoàn thể > Cơ sở
Cập nhật: 15:30, 08/07/2022 (GMT+7)
Ia Kriêng: Mặt trận sơ kết 6 tháng, 214 hộ đồng bào Jrai được hỗ trợ giống cây trồng
Sáng 07/7, Ban Thường trực Ủy ban MTTQ Việt Nam xã Ia Kriêng (huyện Đức Cơ, tỉnh Gia Lai) tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2022. Dự có bà Rơ Châm H'Nhiên, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện; ông Ksor Tung, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã. Sau đây là nội dung Báo cáo số 21/BC-MTTQ ngày 04/7/2022.
ỦY BAN MTTQ VIỆT NAM XÃ IA KRIÊNG
BAN THƯỜNG TRỰC
Số: 21/BC-MTTQ
Ia Kriêng, ngày 04 tháng 7 năm 2022
BÁO CÁO
Sơ kết công tác Mặt trận 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2022
I. TÌNH HÌNH CHUNG
Xã có 11 làng, 2.186 hộ với 9.804 khẩu, đồng bào Jrai chiếm 86%; có 3 điểm nhóm Tin lành chưa được công nhận.
II. KẾT QUẢ 6 THÁNG ĐẦU NĂM
1. Phối hợp với Phòng Nông nghiệp huyện hỗ trợ 214 hộ đồng bào Jrai giống cà phê, chanh dây, mỗi hộ được hỗ trợ khoảng 3,5 triệu đồng; vận động 58 hộ chuyển đổi 41,5 ha cà phê già cỗi.
2. Thực hiện Nghị quyết số 43/2022/QH15 của Quốc hội và Nghị quyết 11/NQ-CP của Chính phủ về chương trình phục hồi kinh tế, Ban Thường trực giám sát việc cho vay tại 4 tổ tiết kiệm và vay vốn với 126 hộ vay, dư nợ 5,8 tỷ đồng.
3. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh": 11/11 làng đăng ký khu dân cư kiểu mẫu; nhân dân hiến 1.050 m2 đất làm đường; làm mới 6 nhà Đại đoàn kết từ Quỹ "Vì người nghèo" tỉnh, mỗi nhà 60 triệu đồng.
4. Giám sát, phản biện: giám sát 2 chuyên đề; tham gia góp ý 3 dự thảo văn bản; phối hợp hòa giải thành 5/6 vụ việc mâu thuẫn, tranh chấp.
III. HẠN CHẾ
Còn 231 hộ nghèo, chiếm 10,6%; 19 trường hợp kết hôn cận huyết thống, tảo hôn; 2 làng chưa tổ chức được hội nghị khu dân cư.
IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Tiếp tục thực hiện Kết luận 01-KL/TW, Chỉ thị 05-CT/TW của Bộ Chính trị; chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc ở 11 làng; vận động ít nhất 120 triệu đồng cho Quỹ "Vì người nghèo".
Tham luận tại hội nghị, ông Siu Blơi, Trưởng Ban công tác Mặt trận làng Ia Chía và ông Rmah Dơk, già làng làng Bi, cho biết bà con mong có thêm đường nội đồng. Các đồng chí Phó Chủ tịch Ủy ban MTTQ xã Nay H'Lin, Kpă Thị Thanh được giao phụ trách 5 làng biên giới. Ông Ksor Tung đề nghị các đoàn thể phối hợp với Đồn Biên phòng Ia Nan tuyên truyền cho 450 hộ dân ở khu vực biên giới về phòng chống xuất nhập cảnh trái phép.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Rơ Lan Hyeng
Lượt xem: 563
Tin khác
- Ia Kriêng ra quân xây dựng nông thôn mới (30/6/2022)
- Đức Cơ trao 40 suất học bổng cho học sinh Jrai (15/6/2022)
""", "2022-07-08", "Ia Kriêng: Mặt trận sơ kết 6 tháng, 214 hộ đồng bào Jrai được hỗ trợ giống cây trồng",
E("so_ket", "2022-H1", "2022-07-07"),
[P("Rơ Châm H'Nhiên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Ksor Tung", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Siu Blơi", "Trưởng Ban công tác Mặt trận làng Ia Chía"),
 P("Rmah Dơk", "già làng làng Bi"),
 P("Nay H'Lin", "Phó Chủ tịch Ủy ban MTTQ xã"), P("Kpă Thị Thanh", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Rơ Lan Hyeng", "CHỦ TỊCH")],
[Q("214 hộ đồng bào Jrai", 214, "hộ đồng bào Jrai"), Q("11 làng", 11, "làng"), Q("2.186 hộ", 2186, "hộ"), Q("9.804 khẩu", 9804, "khẩu"),
 Q("86%", 86, "%"), Q("3 điểm nhóm Tin lành", 3, "điểm nhóm Tin lành"), Q("khoảng 3,5 triệu đồng", 3500000, "đồng", "approx"),
 Q("58 hộ", 58, "hộ"), Q("41,5 ha", 41.5, "ha"), Q("4 tổ tiết kiệm và vay vốn", 4, "tổ tiết kiệm và vay vốn"), Q("126 hộ", 126, "hộ"),
 Q("5,8 tỷ đồng", 5800000000, "đồng"), Q("11/11 làng", 11, "làng"), Q("1.050 m2", 1050, "m2"), Q("6 nhà Đại đoàn kết", 6, "nhà Đại đoàn kết"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("2 chuyên đề", 2, "chuyên đề"), Q("3 dự thảo văn bản", 3, "dự thảo văn bản"),
 Q("5/6 vụ việc mâu thuẫn, tranh chấp", 5, "vụ việc mâu thuẫn, tranh chấp"), Q("231 hộ nghèo", 231, "hộ nghèo"), Q("10,6%", 10.6, "%"),
 Q("19 trường hợp", 19, "trường hợp"), Q("2 làng", 2, "làng"), Q("ít nhất 120 triệu đồng", 120000000, "đồng", "over"), Q("5 làng biên giới", 5, "làng biên giới"), Q("450 hộ dân", 450, "hộ dân")],
[D("Báo cáo", "21", "BC-MTTQ", "2022-07-04", "Ban Thường trực Ủy ban MTTQ Việt Nam xã Ia Kriêng", "Báo cáo số 21/BC-MTTQ"),
 D("Nghị quyết", "43", "2022/QH15", None, "Quốc hội", "Nghị quyết số 43/2022/QH15"),
 D("Nghị quyết", "11", "NQ-CP", None, "Chính phủ", "Nghị quyết 11/NQ-CP"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận 01-KL/TW"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW")],
[prov("Gia Lai"), com("Ia Kriêng")],
["Cổng thông tin điện tử huyện Đức Cơ", "Tin tức > Mặt trận - Đoàn thể > Cơ sở", "TM. BAN THƯỜNG TRỰC", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngày hội Đại đoàn kết toàn dân tộc", "Tin lành"],
["Lượt xem: 563", "6 tháng đầu năm 2022", "6 tháng cuối năm 2022", "6 tháng"]))

PAGES.append(page("b4435-quangnam-bdvhu-qcdc-2022", """
HUYỆN ỦY NAM GIANG - BAN DÂN VẬN
Vị trí: Trang chủ > Văn bản > Báo cáo
15/12/2022 - 14:50
Báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2022 trên địa bàn huyện Nam Giang
Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện Nam Giang (tỉnh Quảng Nam) vừa ban hành Báo cáo số 145-BC/BCĐ ngày 12/12/2022 về kết quả thực hiện dân chủ ở cơ sở năm 2022. Báo cáo do Ban Dân vận Huyện ủy (cơ quan thường trực) xây dựng.
HUYỆN ỦY NAM GIANG
BCĐ THỰC HIỆN QCDC Ở CƠ SỞ
Số 145-BC/BCĐ
Nam Giang, ngày 12 tháng 12 năm 2022
BÁO CÁO
Kết quả thực hiện dân chủ ở cơ sở năm 2022, phương hướng năm 2023
I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
Ban Thường vụ Huyện ủy ban hành Kế hoạch số 97-KH/HU về triển khai Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 của Quốc hội; kiện toàn Ban Chỉ đạo theo Quyết định số 1156-QĐ/HU ngày 05/8/2022; 12/12 xã, thị trấn kiện toàn Ban Chỉ đạo cấp xã.
II. KẾT QUẢ THỰC HIỆN
1. Trong cơ quan hành chính: 100% cơ quan, đơn vị xây dựng quy chế chi tiêu nội bộ, tổ chức hội nghị cán bộ, công chức; UBND huyện tổ chức 3 cuộc đối thoại với doanh nghiệp và nhân dân, giải quyết 28 kiến nghị.
2. Ở xã, thị trấn: 62/62 thôn tổ chức hội nghị thôn để nhân dân bàn và quyết định việc đóng góp xây dựng nông thôn mới; nhân dân đóng góp trên 2,4 tỷ đồng, hiến 8.700 m2 đất. Ban Thanh tra nhân dân giám sát 31 cuộc, phát hiện và kiến nghị xử lý 4 vụ việc.
3. Trong đồng bào Cơ Tu: vận động 96 hộ bỏ tập quán chôn cất trong vườn nhà; phát huy vai trò của 134 người có uy tín, già làng. Mô hình "Làng văn hóa Cơ Tu" ở thôn Pà Dấu 1 được nhân rộng ra 7 thôn.
III. HẠN CHẾ
Một số xã chậm ban hành quy chế; việc tiếp dân định kỳ của người đứng đầu ở 3 xã chưa đều; còn 2 trường hợp khiếu kiện kéo dài ở xã Tà Bhing.
IV. PHƯƠNG HƯỚNG NĂM 2023
Thực hiện Hướng dẫn số 21-HD/BDVTU của Ban Dân vận Tỉnh ủy về tổng kết 10 năm thực hiện dân chủ ở cơ sở; tổ chức tập huấn cho 250 cán bộ thôn, tổ trưởng tổ dân vận; phấn đấu 100% thôn có hương ước được phê duyệt và ít nhất 12 mô hình "Dân vận khéo" về thực hiện dân chủ.
Tham gia góp ý báo cáo, các đồng chí Zơ Râm Hiên, Phó Trưởng Ban Dân vận Huyện ủy, Phó Trưởng ban Thường trực Ban Chỉ đạo; Bh'riu Liếc, Chủ tịch UBND xã Tà Bhing; A Lăng Thị Binh, Bí thư Đảng ủy xã Chơ Chun nêu khó khăn về đất sản xuất. Già làng Pơ Loong Plênh ở xã Cà Dy đề nghị có chính sách hỗ trợ người có uy tín.
T/M BAN CHỈ ĐẠO
PHÓ TRƯỞNG BAN THƯỜNG TRỰC
TRƯỞNG BAN DÂN VẬN HUYỆN ỦY
Ating Thị Liên
Lượt xem: 402
Tin cùng chuyên mục
- Nam Giang tập huấn Luật Thực hiện dân chủ ở cơ sở (28/11/2022)
- Ra mắt mô hình "Dân vận khéo" ở xã Zuôih (10/11/2022)
""", "2022-12-15", "Báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2022 trên địa bàn huyện Nam Giang",
E("bao_cao", "2022", "2022-12-12"),
[P("Zơ Râm Hiên", "Phó Trưởng Ban Dân vận Huyện ủy", "Phó Trưởng ban Thường trực Ban Chỉ đạo"),
 P("Bh'riu Liếc", "Chủ tịch UBND xã Tà Bhing"),
 P("A Lăng Thị Binh", "Bí thư Đảng ủy xã Chơ Chun"),
 P("Pơ Loong Plênh", "Già làng"),
 P("Ating Thị Liên", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "TRƯỞNG BAN DÂN VẬN HUYỆN ỦY")],
[Q("12/12 xã, thị trấn", 12, "xã, thị trấn"), Q("100% cơ quan, đơn vị", 100, "%"), Q("3 cuộc đối thoại", 3, "cuộc đối thoại"),
 Q("28 kiến nghị", 28, "kiến nghị"), Q("62/62 thôn", 62, "thôn"), Q("trên 2,4 tỷ đồng", 2400000000, "đồng", "over"), Q("8.700 m2", 8700, "m2"),
 Q("31 cuộc", 31, "cuộc"), Q("4 vụ việc", 4, "vụ việc"), Q("96 hộ", 96, "hộ"), Q("134 người có uy tín, già làng", 134, "người có uy tín, già làng"),
 Q("7 thôn", 7, "thôn"), Q("3 xã", 3, "xã"), Q("2 trường hợp", 2, "trường hợp"), Q("250 cán bộ thôn, tổ trưởng tổ dân vận", 250, "cán bộ thôn, tổ trưởng tổ dân vận"), Q("100% thôn", 100, "%"), Q("ít nhất 12 mô hình", 12, "mô hình", "over")],
[D("Báo cáo", "145", "BC/BCĐ", "2022-12-12", "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện Nam Giang", "Báo cáo số 145-BC/BCĐ"),
 D("Kế hoạch", "97", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 97-KH/HU"),
 D("Luật", "10", "2022/QH15", None, "Quốc hội", "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Quyết định", "1156", "QĐ/HU", "2022-08-05", None, "Quyết định số 1156-QĐ/HU"),
 D("Hướng dẫn", "21", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 21-HD/BDVTU")],
[prov("Quảng Nam"), com("Tà Bhing"), com("Chơ Chun"), com("Cà Dy")],
["HUYỆN ỦY NAM GIANG - BAN DÂN VẬN", "Vị trí: Trang chủ > Văn bản > Báo cáo", "T/M BAN CHỈ ĐẠO", "BCĐ THỰC HIỆN QCDC Ở CƠ SỞ",
 "Làng văn hóa Cơ Tu", "Pà Dấu 1", "Dân vận khéo"],
["Lượt xem: 402", "năm 2022", "năm 2023", "Pà Dấu 1", "10 năm"]))

PAGES.append(page("b4436-bentre-mttqxa-tongket-2023", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ AN THẠNH - HUYỆN MỎ CÀY NAM
Trang chủ › Tin tức › Mặt trận - Đoàn thể
2023-12-20 16:40
Mặt trận xã An Thạnh tổng kết năm 2023: vận động gần 1,1 tỷ đồng chăm lo hộ nghèo, hộ khó khăn
Chiều 19/12/2023, Ủy ban MTTQ Việt Nam xã An Thạnh (huyện Mỏ Cày Nam, tỉnh Bến Tre) tổ chức hội nghị tổng kết công tác Mặt trận năm 2023 và triển khai chương trình phối hợp thống nhất hành động năm 2024. Đến dự có đồng chí Huỳnh Văn Be, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam huyện; đồng chí Nguyễn Thị Bích Thủy, Bí thư Đảng ủy xã; đồng chí Lê Minh Trí, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.
Quang cảnh hội nghị.
Theo Báo cáo số 68/BC-MTTQ ngày 15/12/2023 của Ban Thường trực Ủy ban MTTQ xã, năm 2023 Mặt trận và các tổ chức thành viên đã tổ chức 54 cuộc tuyên truyền với khoảng 3.200 lượt người dự về Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương về đại đoàn kết toàn dân tộc và Kết luận 23-KL/TW của Ban Bí thư.
Công tác an sinh xã hội có nhiều chuyển biến: vận động gần 1,1 tỷ đồng chăm lo cho hộ nghèo, hộ khó khăn; bàn giao 8 căn nhà Đại đoàn kết (mỗi căn 60 triệu đồng) và sửa chữa 5 căn; trao 430 phần quà Tết, 46 suất học bổng cho học sinh nghèo hiếu học, mỗi suất 1 triệu đồng. Toàn xã có 2.118/2.235 hộ đạt gia đình văn hóa (94,8%); 6/6 ấp giữ vững ấp văn hóa.
Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" tiếp tục được hưởng ứng. Nhân dân hiến 4.600 m2 đất, đóng góp 735 triệu đồng xây dựng 3 cây cầu bê tông và 2,8 km đường nông thôn; xã đạt chuẩn nông thôn mới nâng cao. Mô hình "Tuyến đường hoa kiểu mẫu" có 14 tuyến, dài 11,5 km.
Về giám sát, phản biện xã hội, Ban Thường trực chủ trì giám sát 2 chuyên đề theo Quyết định số 124-QĐ/TW ngày 23/10/2023 của Bộ Chính trị; Ban Thanh tra nhân dân giám sát 18 cuộc; tổ chức 1 hội nghị phản biện dự thảo quy hoạch khu dân cư.
Báo cáo chỉ ra một số hạn chế: còn 41 hộ nghèo và 63 hộ cận nghèo; công tác nắm tình hình ở ấp An Thạnh Đông có lúc chưa kịp thời; việc vận động Quỹ "Vì người nghèo" ở một số ấp giảm do thu nhập người dân gặp khó khăn vì hạn mặn.
Năm 2024, Mặt trận xã phấn đấu vận động ít nhất 1 tỷ đồng cho công tác an sinh; xây mới 6 căn nhà Đại đoàn kết; không dưới 95% hộ đạt gia đình văn hóa; thực hiện tốt Kế hoạch số 11-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ huyện.
Phát biểu tại hội nghị, đồng chí Huỳnh Văn Be ghi nhận Mặt trận xã đã phát huy tốt vai trò; các đồng chí Trưởng Ban công tác Mặt trận ấp: Trần Văn Mười, Võ Thị Ngọc Hân, Phan Thanh Liêm được tặng giấy khen của Ủy ban MTTQ huyện. Bà Đặng Thị Hồng Cúc, Chủ tịch Ủy ban MTTQ Việt Nam xã An Thạnh, tiếp thu ý kiến chỉ đạo.
Dịp này, Ủy ban MTTQ xã khen thưởng 4 tập thể và 12 cá nhân tiêu biểu.
Thanh Bình
Lượt xem: 688
Tin liên quan
- An Thạnh ra mắt tuyến đường hoa kiểu mẫu ấp An Thạnh Tây (05/12/2023)
- Trao 20 căn nhà Đại đoàn kết cho hộ nghèo huyện Mỏ Cày Nam (20/11/2023)
- Ngày hội Đại đoàn kết toàn dân tộc ấp An Thạnh Đông (16/11/2023)
""", "2023-12-20", "Mặt trận xã An Thạnh tổng kết năm 2023: vận động gần 1,1 tỷ đồng chăm lo hộ nghèo, hộ khó khăn",
E("tong_ket", "2023", "2023-12-19"),
[P("Huỳnh Văn Be", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Thị Bích Thủy", "Bí thư Đảng ủy xã"),
 P("Lê Minh Trí", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Trần Văn Mười", "Trưởng Ban công tác Mặt trận ấp"), P("Võ Thị Ngọc Hân", "Trưởng Ban công tác Mặt trận ấp"),
 P("Phan Thanh Liêm", "Trưởng Ban công tác Mặt trận ấp"),
 P("Đặng Thị Hồng Cúc", "Chủ tịch Ủy ban MTTQ Việt Nam xã An Thạnh")],
[Q("gần 1,1 tỷ đồng", 1100000000, "đồng", "approx"), Q("54 cuộc tuyên truyền", 54, "cuộc tuyên truyền"), Q("khoảng 3.200 lượt người", 3200, "lượt người", "approx"),
 Q("8 căn nhà Đại đoàn kết", 8, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"), Q("5 căn", 5, "căn"),
 Q("430 phần quà", 430, "phần quà"), Q("46 suất học bổng", 46, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("2.118/2.235 hộ", 2118, "hộ"), Q("94,8%", 94.8, "%"), Q("6/6 ấp", 6, "ấp"), Q("4.600 m2", 4600, "m2"), Q("735 triệu đồng", 735000000, "đồng"),
 Q("3 cây cầu bê tông", 3, "cây cầu bê tông"), Q("2,8 km", 2.8, "km"), Q("14 tuyến", 14, "tuyến"), Q("11,5 km", 11.5, "km"),
 Q("2 chuyên đề", 2, "chuyên đề"), Q("18 cuộc", 18, "cuộc"), Q("1 hội nghị phản biện", 1, "hội nghị phản biện"),
 Q("41 hộ nghèo", 41, "hộ nghèo"), Q("63 hộ cận nghèo", 63, "hộ cận nghèo"), Q("ít nhất 1 tỷ đồng", 1000000000, "đồng", "over"),
 Q("6 căn nhà Đại đoàn kết", 6, "căn nhà Đại đoàn kết"), Q("không dưới 95%", 95, "%", "over"), Q("4 tập thể", 4, "tập thể"), Q("12 cá nhân tiêu biểu", 12, "cá nhân tiêu biểu")],
[D("Báo cáo", "68", "BC-MTTQ", "2023-12-15", "Ban Thường trực Ủy ban MTTQ xã", "Báo cáo số 68/BC-MTTQ"),
 D("Nghị quyết", "43", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 43-NQ/TW"),
 D("Kết luận", "23", "KL/TW", None, "Ban Bí thư", "Kết luận 23-KL/TW"),
 D("Quyết định", "124", "QĐ/TW", "2023-10-23", "Bộ Chính trị", "Quyết định số 124-QĐ/TW"),
 D("Kế hoạch", "11", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ huyện", "Kế hoạch số 11-KH/MTTQ-BTT")],
[prov("Bến Tre"), com("An Thạnh")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ AN THẠNH - HUYỆN MỎ CÀY NAM", "Trang chủ › Tin tức › Mặt trận - Đoàn thể", "Quang cảnh hội nghị.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Tuyến đường hoa kiểu mẫu", "Vì người nghèo"],
["Lượt xem: 688", "năm 2023", "năm 2024", "Năm 2024", "2023-12-20 16:40"]))

PAGES.append(page("b4437-nghean-mttqxa-daihoi-2024", """
Cổng thông tin điện tử huyện Quỳ Châu - Nghệ An
Trang chủ | Tin tức sự kiện | Chính trị - Xã hội
Ngày đăng 17/05/2024 | 15:20
Đại hội đại biểu MTTQ Việt Nam xã Châu Tiến lần thứ XIII, nhiệm kỳ 2024 - 2029
Trong 2 ngày 15 - 16/5/2024, Ủy ban MTTQ Việt Nam xã Châu Tiến tổ chức Đại hội đại biểu lần thứ XIII, nhiệm kỳ 2024 - 2029 với 95 đại biểu chính thức đại diện cho các tầng lớp nhân dân 12 bản. Dự đại hội có đồng chí Lang Văn Thắng, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Quỳ Châu; đồng chí Vi Văn Tuấn, Bí thư Đảng ủy xã.
Toàn cảnh Đại hội.
Báo cáo chính trị trình đại hội (Báo cáo số 15/BC-MTTQ ngày 10/5/2024) đánh giá: nhiệm kỳ 2019 - 2024, Mặt trận xã đã vận động nhân dân đóng góp trên 5,6 tỷ đồng, hiến 21.000 m2 đất xây dựng nông thôn mới; 12/12 bản tổ chức Ngày hội Đại đoàn kết hằng năm. Quỹ "Vì người nghèo" các cấp vận động được 864 triệu đồng, hỗ trợ xây mới 37 nhà Đại đoàn kết, sửa chữa 19 nhà; tỷ lệ hộ nghèo giảm từ 34,2% xuống còn 18,7%.
Thực hiện Quyết định số 99-QĐ/TW của Ban Bí thư và Chỉ thị 18-CT/TW, Mặt trận chủ trì giám sát 21 cuộc, phản biện 6 dự thảo; hòa giải thành 43/47 vụ việc mâu thuẫn, tranh chấp. Phối hợp vận động 265 hộ người Thái tham gia trồng 310 ha keo, quế; xây dựng 9 mô hình "Bản văn hóa, khu dân cư không có ma túy".
Đại hội chỉ rõ hạn chế: công tác nắm tình hình ở 3 bản vùng sâu có lúc chưa kịp thời; vẫn còn 2 trường hợp di cư tự do sang Lào; việc phát triển hội viên các đoàn thể chỉ đạt 87% chỉ tiêu.
Nhiệm kỳ 2024 - 2029, Đại hội đề ra 6 chỉ tiêu, trong đó: hằng năm 100% bản tổ chức Ngày hội Đại đoàn kết; xây dựng ít nhất 25 nhà Đại đoàn kết; tỷ lệ hộ đạt gia đình văn hóa từ 90% trở lên; triển khai Chương trình phối hợp số 03/CTrPH-MTTQ-UBND giữa Ủy ban MTTQ và UBND xã.
Tham luận tại đại hội, các đại biểu Lô Thị Mai, Trưởng Ban công tác Mặt trận bản Tiến Thành; Vi Văn Khánh, Chi hội trưởng Chi hội Cựu chiến binh bản Hoa Tiến chia sẻ cách vận động bà con góp 1.200 ngày công làm đường lên khu sản xuất. Đại hội biểu quyết thông qua Báo cáo chính trị với 100% đại biểu tán thành.
Đại hội đã hiệp thương cử 37 vị vào Ủy ban MTTQ Việt Nam xã khóa XIII. Tại hội nghị lần thứ nhất, bà Lữ Thị Hằng được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã khóa XIII; các ông Lô Văn Hùng, Vi Văn Sơn giữ chức Phó Chủ tịch Ủy ban MTTQ xã. Đại hội bầu 19 đại biểu dự Đại hội MTTQ huyện.
Phát biểu chỉ đạo, đồng chí Lang Văn Thắng đề nghị Mặt trận xã chú trọng vận động đồng bào giữ gìn bản sắc văn hóa Thái. Già làng Sầm Văn Phòng, người có uy tín bản Hoa Tiến, thay mặt nhân dân phát biểu chào mừng.
Lữ Thị Hằng - Ủy ban MTTQ xã
Lượt xem: 1.372
Tin khác
- Quỳ Châu: 12/12 xã, thị trấn hoàn thành đại hội Mặt trận (25/5/2024)
- Châu Hạnh: Đại hội điểm MTTQ xã (20/4/2024)
""", "2024-05-17", "Đại hội đại biểu MTTQ Việt Nam xã Châu Tiến lần thứ XIII, nhiệm kỳ 2024 - 2029",
E("dai_hoi", None, "2024-05-15"),
[P("Lang Văn Thắng", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Quỳ Châu"),
 P("Vi Văn Tuấn", "Bí thư Đảng ủy xã"),
 P("Lữ Thị Hằng", "Chủ tịch Ủy ban MTTQ Việt Nam xã khóa XIII"),
 P("Lô Văn Hùng", "Phó Chủ tịch Ủy ban MTTQ xã"), P("Vi Văn Sơn", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Sầm Văn Phòng", "Già làng", "người có uy tín bản Hoa Tiến"),
 P("Lô Thị Mai", "Trưởng Ban công tác Mặt trận bản Tiến Thành"),
 P("Vi Văn Khánh", "Chi hội trưởng Chi hội Cựu chiến binh bản Hoa Tiến")],
[Q("95 đại biểu chính thức", 95, "đại biểu chính thức"), Q("12 bản", 12, "bản"), Q("trên 5,6 tỷ đồng", 5600000000, "đồng", "over"),
 Q("21.000 m2", 21000, "m2"), Q("12/12 bản", 12, "bản"), Q("864 triệu đồng", 864000000, "đồng"), Q("37 nhà Đại đoàn kết", 37, "nhà Đại đoàn kết"),
 Q("19 nhà", 19, "nhà"), Q("34,2%", 34.2, "%"), Q("18,7%", 18.7, "%"), Q("21 cuộc", 21, "cuộc"), Q("6 dự thảo", 6, "dự thảo"),
 Q("43/47 vụ việc mâu thuẫn, tranh chấp", 43, "vụ việc mâu thuẫn, tranh chấp"), Q("265 hộ người Thái", 265, "hộ người Thái"), Q("310 ha", 310, "ha"),
 Q("9 mô hình", 9, "mô hình"), Q("3 bản vùng sâu", 3, "bản vùng sâu"), Q("2 trường hợp", 2, "trường hợp"), Q("87%", 87, "%"),
 Q("6 chỉ tiêu", 6, "chỉ tiêu"), Q("100% bản", 100, "%"), Q("ít nhất 25 nhà Đại đoàn kết", 25, "nhà Đại đoàn kết", "over"),
 Q("90% trở lên", 90, "%", "over"), Q("37 vị", 37, "vị"), Q("19 đại biểu", 19, "đại biểu"), Q("1.200 ngày công", 1200, "ngày công"), Q("100% đại biểu", 100, "%")],
[D("Báo cáo", "15", "BC-MTTQ", "2024-05-10", None, "Báo cáo số 15/BC-MTTQ"),
 D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 99-QĐ/TW"),
 D("Chỉ thị", "18", "CT/TW", None, None, "Chỉ thị 18-CT/TW"),
 D("Chương trình phối hợp", "03", "CTrPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 03/CTrPH-MTTQ-UBND")],
[prov("Nghệ An"), com("Châu Tiến")],
["Cổng thông tin điện tử huyện Quỳ Châu - Nghệ An", "Trang chủ | Tin tức sự kiện | Chính trị - Xã hội", "Toàn cảnh Đại hội.",
 "Vì người nghèo", "Ngày hội Đại đoàn kết", "Bản văn hóa, khu dân cư không có ma túy"],
["Lượt xem: 1.372", "lần thứ XIII", "nhiệm kỳ 2024 - 2029", "nhiệm kỳ 2019 - 2024", "khóa XIII", "hội nghị lần thứ nhất", "2 ngày"]))

PAGES.append(page("b4438-bacgiang-bdvhu-quy2-2024", """
BAN DÂN VẬN HUYỆN ỦY LỤC NAM
Trang chủ >> Tin hoạt động >> Báo cáo định kỳ
Thứ Tư, 10/07/2024 - 09:12
Kết quả công tác dân vận quý II/2024: 28 mô hình "Dân vận khéo" được công nhận
Ngày 08/7/2024, Ban Dân vận Huyện ủy Lục Nam (tỉnh Bắc Giang) ban hành Báo cáo số 92-BC/BDVHU về kết quả công tác dân vận quý II, nhiệm vụ trọng tâm quý III năm 2024. Trang tin trích đăng.
HUYỆN ỦY LỤC NAM
BAN DÂN VẬN
Số 92-BC/BDVHU
Lục Nam, ngày 08 tháng 7 năm 2024
BÁO CÁO
Kết quả công tác dân vận quý II, nhiệm vụ trọng tâm quý III năm 2024
I. KẾT QUẢ QUÝ II
1. Tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 215-KH/HU, 216-KH/HU về thực hiện Kết luận 78, 79-KL/TU của Ban Thường vụ Tỉnh ủy; hướng dẫn các xã, thị trấn sơ kết 3 năm thực hiện Quyết định 23-QĐ/TW.
2. Xét công nhận 28 mô hình "Dân vận khéo" năm 2024 (vượt 8 mô hình so với kế hoạch), trong đó 11 mô hình trong lĩnh vực kinh tế, 9 mô hình xây dựng nông thôn mới. Nhân dân 27 xã, thị trấn hiến 15.300 m2 đất, góp 6,2 tỷ đồng làm 18,4 km đường giao thông.
3. Khối dân vận phối hợp tổ chức 5 hội nghị tiếp xúc cử tri trước kỳ họp thứ 18 HĐND huyện; tổng hợp 64 ý kiến, kiến nghị. Tham gia giải quyết 3 vụ khiếu kiện đông người liên quan thu hồi đất làm đường cao tốc, vận động 112 hộ nhận tiền bồi thường.
4. Công tác dân tộc, tôn giáo: tặng quà 57 người có uy tín trong đồng bào Sán Dìu, Nùng, Tày; phối hợp tổ chức an toàn lễ Phật đản tại 41 chùa.
Tại hội nghị giao ban khối dân vận quý II, các đồng chí Trần Thị Hạnh, Phó Trưởng Ban Thường trực Ban Dân vận Huyện ủy; Diệp Văn Thành, Chủ tịch Ủy ban MTTQ Việt Nam huyện; Hoàng Thị Loan, Chủ tịch Hội LHPN huyện đã trao đổi về kinh nghiệm vận động giải phóng mặt bằng. Đồng chí La Văn Quý, Bí thư Đảng ủy xã Lục Sơn, báo cáo xã đã vận động 36 hộ người Sán Dìu bàn giao mặt bằng trước thời hạn.
Đoàn kiểm tra của Ban Dân vận Tỉnh ủy do đồng chí Thân Văn Khoa, Phó Trưởng Ban Dân vận Tỉnh ủy Bắc Giang làm trưởng đoàn đã làm việc tại xã Cẩm Lý, xã Vô Tranh; đánh giá cao việc 100% thôn ở hai xã xây dựng được hương ước, quy ước mới.
II. HẠN CHẾ
Việc nắm tình hình dư luận ở một số xã chưa thường xuyên; còn 2 thôn có tư tưởng khiếu kiện; kinh phí hỗ trợ mô hình thấp, bình quân 2 triệu đồng/mô hình.
III. NHIỆM VỤ QUÝ III
Tổ chức hội nghị biểu dương 40 gương điển hình "Dân vận khéo"; chuẩn bị cho Đại hội đại biểu Ủy ban MTTQ Việt Nam huyện lần thứ XX; phối hợp tuyên truyền Luật Đất đai năm 2024.
TM. BAN DÂN VẬN
TRƯỞNG BAN
Nguyễn Thị Thu Huyền
Lượt xem: 1.990
Tin liên quan
- Giao ban khối dân vận quý II năm 2024 (05/7/2024)
- Lục Sơn: ra mắt mô hình "Dân vận khéo" (20/6/2024)
""", "2024-07-10", "Kết quả công tác dân vận quý II/2024: 28 mô hình \"Dân vận khéo\" được công nhận",
E("bao_cao", "2024-Q2", "2024-07-08"),
[P("Trần Thị Hạnh", "Phó Trưởng Ban Thường trực Ban Dân vận Huyện ủy"),
 P("Diệp Văn Thành", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Hoàng Thị Loan", "Chủ tịch Hội LHPN huyện"),
 P("La Văn Quý", "Bí thư Đảng ủy xã Lục Sơn"),
 P("Nguyễn Thị Thu Huyền", "TRƯỞNG BAN"),
 P("Thân Văn Khoa", "Phó Trưởng Ban Dân vận Tỉnh ủy Bắc Giang")],
[Q("28 mô hình", 28, "mô hình"), Q("8 mô hình", 8, "mô hình"), Q("11 mô hình", 11, "mô hình"), Q("9 mô hình", 9, "mô hình"),
 Q("27 xã, thị trấn", 27, "xã, thị trấn"), Q("15.300 m2", 15300, "m2"), Q("6,2 tỷ đồng", 6200000000, "đồng"), Q("18,4 km", 18.4, "km"),
 Q("5 hội nghị tiếp xúc cử tri", 5, "hội nghị tiếp xúc cử tri"), Q("64 ý kiến, kiến nghị", 64, "ý kiến, kiến nghị"),
 Q("3 vụ khiếu kiện đông người", 3, "vụ khiếu kiện đông người"), Q("112 hộ", 112, "hộ"), Q("57 người có uy tín", 57, "người có uy tín"),
 Q("41 chùa", 41, "chùa"), Q("36 hộ người Sán Dìu", 36, "hộ người Sán Dìu"), Q("2 thôn", 2, "thôn"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("40 gương điển hình", 40, "gương điển hình"), Q("100% thôn", 100, "%")],
[D("Báo cáo", "92", "BC/BDVHU", "2024-07-08", "Ban Dân vận Huyện ủy Lục Nam", "Báo cáo số 92-BC/BDVHU"),
 D("Kế hoạch", "215", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 215-KH/HU, 216-KH/HU"),
 D("Kế hoạch", "216", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 215-KH/HU, 216-KH/HU"),
 D("Kết luận", "78", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 78, 79-KL/TU"),
 D("Kết luận", "79", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 78, 79-KL/TU"),
 D("Quyết định", "23", "QĐ/TW", None, None, "Quyết định 23-QĐ/TW")],
[prov("Bắc Giang"), com("Lục Sơn"), com("Cẩm Lý"), com("Vô Tranh")],
["BAN DÂN VẬN HUYỆN ỦY LỤC NAM", "Trang chủ >> Tin hoạt động >> Báo cáo định kỳ", "TM. BAN DÂN VẬN", "Dân vận khéo", "Luật Đất đai năm 2024"],
["Lượt xem: 1.990", "quý II/2024", "quý III năm 2024", "3 năm", "kỳ họp thứ 18", "lần thứ XX", "năm 2024"]))
