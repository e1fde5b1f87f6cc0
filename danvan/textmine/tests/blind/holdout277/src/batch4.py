from lib import *
PAGES = []

PAGES.append(page("b6623-vinhphuc-bdv-tamdao-2024", """
Báo Vĩnh Phúc điện tử
Xây dựng Đảng | Dân vận
T4, 18/09/2024 - 20:15
Đồng chí Trần Thị Minh Nguyệt kiểm tra điểm sạt lở tại xã Đại Đình.
Tam Đảo: Vận động người dân tạm rời nhà ở vùng nguy cơ sạt lở sau bão số 3
VP - Chiều 17/9, đoàn công tác của Ban Dân vận Tỉnh ủy do đồng chí Trần Thị Minh Nguyệt, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã làm việc với Huyện ủy Tam Đảo về công tác vận động nhân dân khắc phục hậu quả bão số 3 và di dời các hộ ở vùng có nguy cơ sạt lở đất.
Theo báo cáo của Huyện ủy, hoàn lưu bão số 3 gây mưa rất lớn trên địa bàn huyện trong nhiều ngày, làm xuất hiện 27 điểm sạt lở, trong đó nhiều điểm ở sát khu dân cư thuộc xã Đại Đình, xã Tam Quan và thị trấn Tam Đảo. Huyện đã sơ tán khẩn cấp 152 hộ với khoảng 600 nhân khẩu đến nhà văn hóa, trường học và nhà người thân; 47 ngôi nhà bị tốc mái, hư hỏng; tổng thiệt hại ước hơn 35 tỷ đồng.
Ông Lâm Văn Sình, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện Tam Đảo cho biết, ngay khi có cảnh báo, các tổ dân vận thôn đã đến từng nhà vận động; đồng bào Sán Dìu ở thôn Sơn Thanh, xã Đại Đình chấp hành nghiêm, không ai quay lại nhà trong những ngày mưa. Đến nay, Ủy ban MTTQ huyện đã tiếp nhận 1,2 tỷ đồng ủng hộ, phân bổ kịp thời cho các hộ bị thiệt hại, mức cao nhất 15 triệu đồng/hộ.
Bà Diệp Thị Lan, Phó Chủ tịch UBND xã Tam Quan, đề nghị tỉnh sớm khảo sát địa chất để xác định những hộ phải di dời lâu dài; hiện xã có 18 hộ ở chân núi có vết nứt dài, người dân rất lo lắng. Huyện đã đề xuất UBND tỉnh bố trí quỹ đất tái định cư và hỗ trợ theo Quyết định số 3102/QĐ-UBND ngày 12/9/2024 của UBND tỉnh về hỗ trợ khẩn cấp khắc phục hậu quả bão số 3.
Phát biểu tại buổi làm việc, đồng chí Trần Thị Minh Nguyệt ghi nhận sự vào cuộc quyết liệt của cả hệ thống chính trị huyện; đề nghị khối dân vận bám sát Nghị quyết số 143/NQ-CP ngày 17/9/2024 của Chính phủ về những nhiệm vụ, giải pháp trọng tâm khẩn trương khắc phục hậu quả bão số 3; tiếp tục vận động người dân chưa trở về nhà khi chưa có đánh giá an toàn của cơ quan chuyên môn; quan tâm hỗ trợ đời sống các hộ đang ở nhờ, nhất là người già, trẻ nhỏ.
Đồng chí cũng đề nghị Huyện ủy chỉ đạo xây dựng mô hình "Dân vận khéo" về phòng, chống thiên tai ở các thôn vùng núi; phát huy vai trò người có uy tín, tổ tự quản; kịp thời nắm bắt dư luận, không để kẻ xấu lợi dụng thiên tai tung tin sai sự thật, gây hoang mang trong nhân dân.
Cùng ngày, đoàn đã đến thăm, tặng 20 suất quà cho các gia đình đang sơ tán tại nhà văn hóa thôn Sơn Thanh, mỗi suất trị giá 1 triệu đồng, và trao hỗ trợ 50 triệu đồng cho Ủy ban MTTQ huyện Tam Đảo.
Hà Trang
Tin liên quan
- Ủy ban MTTQ tỉnh phát động ủng hộ đồng bào bị thiệt hại do bão số 3 (12/09/2024)
- Lập Thạch: Khắc phục sạt lở bờ sông Phó Đáy (11/09/2024)
- Sông Lô: Sơ tán khẩn cấp các hộ dân vùng ngập lụt (10/09/2024)
""", "2024-09-18", "Tam Đảo: Vận động người dân tạm rời nhà ở vùng nguy cơ sạt lở sau bão số 3",
E("khac", None, "2024-09-17"),
[P("Trần Thị Minh Nguyệt", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Văn Sình", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện Tam Đảo"),
 P("Diệp Thị Lan", "Phó Chủ tịch UBND xã Tam Quan")],
[Q("27 điểm sạt lở", 27, "điểm sạt lở"), Q("152 hộ", 152, "hộ"), Q("khoảng 600 nhân khẩu", 600, "nhân khẩu", "approx"),
 Q("47 ngôi nhà", 47, "ngôi nhà"), Q("hơn 35 tỷ đồng", 35000000000, "đồng", "over"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("15 triệu đồng/hộ", 15000000, "đồng"), Q("18 hộ", 18, "hộ"), Q("20 suất quà", 20, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("50 triệu đồng", 50000000, "đồng")],
[D("Quyết định", "3102", "QĐ-UBND", "2024-09-12", "UBND tỉnh", "Quyết định số 3102/QĐ-UBND ngày 12/9/2024"),
 D("Nghị quyết", "143", "NQ-CP", "2024-09-17", "Chính phủ", "Nghị quyết số 143/NQ-CP ngày 17/9/2024")],
[prov("Vĩnh Phúc"), com("Đại Đình"), com("Tam Quan"), com("Tam Đảo")],
["Báo Vĩnh Phúc điện tử", "Xây dựng Đảng | Dân vận", "Đồng chí Trần Thị Minh Nguyệt kiểm tra điểm sạt lở tại xã Đại Đình.", "VP",
 "Dân vận khéo"],
["T4, 18/09/2024 - 20:15", "bão số 3"]))

PAGES.append(page("b6624-quangbinh-minhhoa-tongket-2024", """
BÁO QUẢNG BÌNH ĐIỆN TỬ
Chính trị - Xã hội › Dân vận
Cập nhật: 26/12/2024 | 15:48
Minh Hóa: Năm 2024 vận động 64 hộ vùng lũ quét, sạt lở đến nơi ở mới
(QBĐT) - Ngày 24/12, Ban Dân vận Huyện ủy Minh Hóa (Quảng Bình) tổ chức hội nghị tổng kết công tác dân vận năm 2024 và triển khai nhiệm vụ năm 2025. Dự hội nghị có đồng chí Đinh Thị Hoài, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Cao Xuân Hiếu, Phó Bí thư Thường trực Huyện ủy Minh Hóa.
Năm 2024, khối dân vận huyện đã tham mưu Ban Thường vụ Huyện ủy ban hành Nghị quyết 09, 10-NQ/HU về công tác dân vận vùng đồng bào dân tộc Chứt, Bru - Vân Kiều và về bố trí, sắp xếp dân cư vùng có nguy cơ thiên tai. Thực hiện Chương trình hành động số 21-CTr/TU của Tỉnh ủy và Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, huyện đã vận động 64 hộ ở các bản ven khe suối của xã Dân Hóa, xã Trọng Hóa và xã Hóa Sơn di dời đến 3 khu tái định cư tập trung.
Theo đồng chí Hồ Thị Xuân, HUV, Trưởng Ban Dân vận Huyện ủy Minh Hóa, mỗi hộ di dời được hỗ trợ 60 triệu đồng làm nhà từ Chương trình mục tiêu quốc gia và 10 triệu đồng từ Quỹ "Vì người nghèo" của huyện. Hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", nhân dân và các đoàn thể đã đóng góp 4.300 ngày công, hơn 850 triệu đồng giúp các hộ làm nhà. Đến nay 58/64 hộ đã vào ở nhà mới.
Cùng với đó, khối dân vận đã phối hợp tổ chức 6 cuộc đối thoại với người dân ở các bản vùng cao; tiếp nhận 23 ý kiến, kiến nghị, đã giải quyết 21 ý kiến. Phong trào "Dân vận khéo" có 37 mô hình tiêu biểu được biểu dương.
Tại hội nghị, ông Hồ Văn Kơn, Bí thư Chi bộ bản Ra Mai, xã Trọng Hóa, chia sẻ: người Chứt ở bản trước đây ngại rời nơi ở cũ vì gắn với rừng, nhưng sau trận lũ quét tháng 10/2023, cán bộ xuống ở cùng dân, giải thích kỹ nên bà con đã tự nguyện chuyển đi. Ông Đinh Xuân Bình, Chủ tịch Ủy ban MTTQ Việt Nam xã Dân Hóa kiến nghị sớm có đất sản xuất cho các hộ ở khu tái định cư.
Phát biểu chỉ đạo, đồng chí Đinh Thị Hoài đề nghị năm 2025 khối dân vận huyện tiếp tục thực hiện Kết luận số 114-KL/TW của Ban Bí thư; nắm chắc tình hình tư tưởng của nhân dân trong quá trình sắp xếp đơn vị hành chính; phối hợp hoàn thành xóa nhà tạm, nhà dột nát trong năm 2025.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 7 tập thể, 11 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2024.
Phan Phương
Tin khác
- Tuyên Hóa: Đối thoại với người dân về bố trí tái định cư (18/12/2024)
- Bố Trạch: Ra mắt mô hình dân vận khéo ở bản Cà Roòng (10/12/2024)
- Quảng Ninh (Quảng Bình): Hỗ trợ 25 hộ làm nhà chống lũ (02/12/2024)
""", "2024-12-26", "Minh Hóa: Năm 2024 vận động 64 hộ vùng lũ quét, sạt lở đến nơi ở mới",
E("tong_ket", "2024", "2024-12-24"),
[P("Đinh Thị Hoài", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cao Xuân Hiếu", "Phó Bí thư Thường trực Huyện ủy Minh Hóa"),
 P("Hồ Thị Xuân", "HUV", "Trưởng Ban Dân vận Huyện ủy Minh Hóa"),
 P("Hồ Văn Kơn", "Bí thư Chi bộ bản Ra Mai"),
 P("Đinh Xuân Bình", "Chủ tịch Ủy ban MTTQ Việt Nam xã Dân Hóa")],
[Q("64 hộ", 64, "hộ"), Q("3 khu tái định cư tập trung", 3, "khu tái định cư tập trung"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("10 triệu đồng", 10000000, "đồng"), Q("4.300 ngày công", 4300, "ngày công"), Q("hơn 850 triệu đồng", 850000000, "đồng", "over"),
 Q("58/64 hộ", 58, "hộ"), Q("6 cuộc đối thoại", 6, "cuộc đối thoại"), Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị"),
 Q("21 ý kiến", 21, "ý kiến"), Q("37 mô hình tiêu biểu", 37, "mô hình tiêu biểu"), Q("7 tập thể", 7, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Nghị quyết", "09", "NQ/HU", None, "Ban Thường vụ Huyện ủy", "Nghị quyết 09, 10-NQ/HU"),
 D("Nghị quyết", "10", "NQ/HU", None, "Ban Thường vụ Huyện ủy", "Nghị quyết 09, 10-NQ/HU"),
 D("Chương trình hành động", "21", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 21-CTr/TU"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW")],
[prov("Quảng Bình"), com("Dân Hóa"), com("Trọng Hóa"), com("Hóa Sơn")],
["BÁO QUẢNG BÌNH ĐIỆN TỬ", "Chính trị - Xã hội › Dân vận", "(QBĐT)", "Vì người nghèo", "Cả nước chung tay xóa nhà tạm, nhà dột nát",
 "Dân vận khéo", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Cập nhật: 26/12/2024 | 15:48", "năm 2025", "tháng 10/2023"]))

PAGES.append(page("b6625-ninhbinh-kyphu-hoinghi-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ KỲ PHÚ - HUYỆN NHO QUAN - TỈNH NINH BÌNH
Trang chủ >> Tin tức - Sự kiện >> Tin hoạt động
Ngày 14/03/2025 09:20 | Lượt xem: 412
Lấy ý kiến nhân dân về phương án di dời các hộ dưới chân núi đá có nguy cơ sạt lở
Sáng 13/3, tại nhà văn hóa thôn Đồng Chạo, Đảng ủy, UBND, Ủy ban MTTQ xã Kỳ Phú tổ chức hội nghị lấy ý kiến nhân dân về phương án di dời các hộ dân sinh sống dưới chân núi đá có nguy cơ sạt lở, lăn đá. Đồng chí Đinh Văn Khương, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì hội nghị; dự có đồng chí Quách Thị Bích, Phó Trưởng Ban Dân vận Huyện ủy Nho Quan và hơn 90 cử tri đại diện các hộ gia đình.
Hội nghị lấy ý kiến tại thôn Đồng Chạo.
Theo báo cáo của UBND xã, năm 2024 trên địa bàn xã vùng núi phía Tây tỉnh Ninh Bình này đã xảy ra 4 vụ đá lăn, sạt lở taluy sau mưa lớn, làm hư hỏng 3 ngôi nhà và một đoạn đường liên thôn. Kết quả khảo sát của đơn vị tư vấn địa chất cho thấy có 15 hộ ở thôn Đồng Chạo và thôn Đồng Bài đang sống trong vùng nguy cơ cao, phải di dời trước mùa mưa năm 2025.
Ông Bùi Văn Tịnh, Chủ tịch UBND xã, trình bày phương án: bố trí 15 lô đất tái định cư tại khu đồng Mạ, mỗi lô rộng từ 200 đến 250 m2; mỗi hộ được hỗ trợ 50 triệu đồng theo Quyết định số 26/2024/QĐ-UBND của UBND tỉnh, ngoài ra xã hỗ trợ thêm 5 triệu đồng tiền di chuyển. Tổng kinh phí dự kiến khoảng 1,6 tỷ đồng.
Tại hội nghị, 11 ý kiến phát biểu đều đồng tình với chủ trương di dời. Ông Đinh Công Thụy, thôn Đồng Chạo, đề nghị xã cho các hộ được giữ lại đất vườn cũ để trồng cây ăn quả; bà Bùi Thị Nhàn, Chi hội trưởng Chi hội Phụ nữ thôn Đồng Bài, mong khu tái định cư sớm có điện, nước để các gia đình có con nhỏ yên tâm chuyển đến.
Đồng chí Quách Thị Bích đánh giá cao cách làm dân chủ, công khai của xã, đúng tinh thần Luật Thực hiện dân chủ ở cơ sở; đề nghị Đảng ủy xã phân công mỗi cán bộ, đảng viên phụ trách 1 hộ cho đến khi hoàn thành di dời. Thực hiện Kế hoạch số 35-KH/ĐU của Đảng ủy xã, việc di dời được gắn với chương trình xóa nhà tạm, nhà dột nát trên địa bàn.
Kết luận hội nghị, đồng chí Đinh Văn Khương giao UBND xã tiếp thu đầy đủ ý kiến, hoàn thiện phương án trình UBND huyện phê duyệt; phấn đấu các hộ bốc thăm lô đất trong tháng 4 và làm xong nhà trước ngày 30/6/2025. Xã cũng lưu ý trong thời gian chuẩn bị sắp xếp đơn vị hành chính, mọi chế độ của người dân vẫn được bảo đảm, không để gián đoạn.
Phạm Thị Hoa - Văn phòng Đảng ủy xã
Tin khác
- Xã Kỳ Phú ra quân đầu xuân trồng cây xanh (20/02/2025)
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 28 (10/02/2025)
- Thăm, tặng quà gia đình chính sách dịp Tết Nguyên đán Ất Tỵ (22/01/2025)
""", "2025-03-14", "Lấy ý kiến nhân dân về phương án di dời các hộ dưới chân núi đá có nguy cơ sạt lở",
E("hoi_nghi", None, "2025-03-13"),
[P("Đinh Văn Khương", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Quách Thị Bích", "Phó Trưởng Ban Dân vận Huyện ủy Nho Quan"),
 P("Bùi Văn Tịnh", "Chủ tịch UBND xã"),
 P("Đinh Công Thụy"),
 P("Bùi Thị Nhàn", "Chi hội trưởng Chi hội Phụ nữ thôn Đồng Bài")],
[Q("hơn 90 cử tri", 90, "cử tri", "over"), Q("4 vụ đá lăn, sạt lở taluy", 4, "vụ đá lăn, sạt lở taluy"), Q("3 ngôi nhà", 3, "ngôi nhà"),
 Q("15 hộ", 15, "hộ"), Q("15 lô đất tái định cư", 15, "lô đất tái định cư"), Q("từ 200 đến 250 m2", 200, "m2", "over"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"), Q("khoảng 1,6 tỷ đồng", 1600000000, "đồng", "approx"),
 Q("11 ý kiến", 11, "ý kiến")],
[D("Quyết định", "26", "2024/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 26/2024/QĐ-UBND"),
 D("Kế hoạch", "35", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 35-KH/ĐU")],
[prov("Ninh Bình"), com("Kỳ Phú")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ KỲ PHÚ - HUYỆN NHO QUAN - TỈNH NINH BÌNH", "Trang chủ >> Tin tức - Sự kiện >> Tin hoạt động",
 "Lượt xem: 412", "Hội nghị lấy ý kiến tại thôn Đồng Chạo.", "Luật Thực hiện dân chủ ở cơ sở"],
["Ngày 14/03/2025 09:20 | Lượt xem: 412", "năm 2024", "mùa mưa năm 2025", "1 hộ", "tháng 4", "ngày 30/6/2025"]))

PAGES.append(page("b6626-quangtri-btgdv-giaoban-2025", """
Báo và Phát thanh, Truyền hình Quảng Trị
Thời sự › Chính trị › Xây dựng Đảng
Thứ Tư, 22/10/2025 - 11:05
Giao ban khối tuyên giáo và dân vận: ưu tiên ổn định đời sống người dân vùng lũ quét miền núi
Ngày 21/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý III năm 2025, triển khai nhiệm vụ quý IV. Đồng chí Nguyễn Thị Thanh Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Lê Văn Toàn, Trương Thị Hồng Nhung, Hồ Văn Pả.
Quang cảnh hội nghị giao ban.
Quý III là quý đầu tiên tỉnh Quảng Trị mới (hợp nhất tỉnh Quảng Bình và tỉnh Quảng Trị theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội) vận hành chính quyền địa phương hai cấp, cũng là thời điểm các xã miền núi phía Tây liên tiếp chịu mưa lũ. Đợt mưa lớn cuối tháng 9 gây lũ quét, sạt lở tại các xã Dân Hóa, Kim Điền, Thượng Trạch, làm 126 ngôi nhà bị ảnh hưởng; các lực lượng đã sơ tán khẩn cấp 389 hộ với 1.512 nhân khẩu.
Theo báo cáo, khối tuyên giáo và dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 03-CT/TU ngày 5/8/2025 về tăng cường công tác phòng, chống thiên tai và tìm kiếm cứu nạn; Ban ban hành Kế hoạch số 17-KH/BTGDVTU về công tác tuyên truyền, vận động nhân dân vùng có nguy cơ lũ quét, sạt lở di dời đến nơi ở an toàn. Đến nay, 34 hộ người Chứt, người Bru - Vân Kiều ở xã Dân Hóa đã đồng ý chuyển đến khu tái định cư bản Ka Vàng mở rộng.
Đồng chí Hồ Thị Miên, Bí thư Đảng ủy xã Dân Hóa, cho biết xã đã thành lập 12 tổ công tác do đảng ủy viên phụ trách, mỗi tổ bám một bản. Từ nguồn vận động của Ủy ban MTTQ Việt Nam tỉnh, mỗi hộ có nhà bị sập, trôi được hỗ trợ 50 triệu đồng; hộ có nhà hư hỏng nặng được hỗ trợ 20 triệu đồng. Tổng số tiền đã hỗ trợ gần 3,8 tỷ đồng.
Tuy nhiên, hội nghị cũng chỉ ra những khó khăn: địa bàn xã sau sắp xếp rất rộng, có xã cách trung tâm hơn 40 km; đội ngũ cán bộ cấp xã mới kiện toàn, chưa quen địa bàn; khoảng 15% số hộ trong vùng nguy cơ chưa đồng thuận di dời.
Kết luận hội nghị, đồng chí Nguyễn Thị Thanh Xuân đề nghị quý IV tập trung nắm tình hình tư tưởng nhân dân các xã vùng lũ; phối hợp với Ủy ban MTTQ Việt Nam tỉnh vận động nguồn lực hỗ trợ người dân làm nhà trước Tết Nguyên đán; thực hiện tốt Quy định số 01-QĐi/TU của Ban Thường vụ Tỉnh ủy về trách nhiệm của người đứng đầu trong công tác dân vận; chuẩn bị sơ kết 1 năm thực hiện mô hình chính quyền địa phương hai cấp.
Lê Minh
Tin liên quan
- Khẩn trương khắc phục hậu quả lũ quét tại các xã miền núi phía Tây (30/09/2025)
- Ủy ban MTTQ tỉnh tiếp nhận hơn 20 tỷ đồng ủng hộ đồng bào vùng lũ (26/09/2025)
- Hội nghị trực tuyến quán triệt Nghị quyết Đại hội Đảng bộ tỉnh (15/09/2025)
""", "2025-10-22", "Giao ban khối tuyên giáo và dân vận: ưu tiên ổn định đời sống người dân vùng lũ quét miền núi",
E("giao_ban", "2025-Q3", "2025-10-21"),
[P("Nguyễn Thị Thanh Xuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Văn Toàn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trương Thị Hồng Nhung", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hồ Văn Pả", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hồ Thị Miên", "Bí thư Đảng ủy xã Dân Hóa")],
[Q("126 ngôi nhà", 126, "ngôi nhà"), Q("389 hộ", 389, "hộ"), Q("1.512 nhân khẩu", 1512, "nhân khẩu"), Q("34 hộ", 34, "hộ"),
 Q("12 tổ công tác", 12, "tổ công tác"), Q("50 triệu đồng", 50000000, "đồng"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("gần 3,8 tỷ đồng", 3800000000, "đồng", "approx"), Q("hơn 40 km", 40, "km", "over"), Q("khoảng 15%", 15, "%", "approx")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Chỉ thị", "03", "CT/TU", "2025-08-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 5/8/2025"),
 D("Kế hoạch", "17", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 17-KH/BTGDVTU"),
 D("Quy định", "01", "QĐi/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 01-QĐi/TU")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Dân Hóa"), com("Kim Điền"), com("Thượng Trạch")],
["Báo và Phát thanh, Truyền hình Quảng Trị", "Thời sự › Chính trị › Xây dựng Đảng", "Quang cảnh hội nghị giao ban."],
["Thứ Tư, 22/10/2025 - 11:05", "quý III năm 2025", "quý IV", "Quý III", "cuối tháng 9", "1 năm", "hai cấp"]))

PAGES.append(page("b6627-phutho-bdv-chuctet-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH PHÚ THỌ
Trang chủ / Xã hội / Dân tộc - Miền núi
Thứ Năm, 05/02/2026, 19:30
Ấm áp Tết sớm ở khu tái định cư vùng sạt lở Đà Bắc
Đồng chí Bùi Thị Thanh Thủy tặng quà người dân khu tái định cư xóm Sưng.
PTO - Ngày 4/2, đoàn công tác của Ban Tuyên giáo và Dân vận Tỉnh ủy Phú Thọ do đồng chí Bùi Thị Thanh Thủy, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà các hộ dân tại khu tái định cư xóm Sưng, xã Cao Sơn và xã Tiền Phong - những địa bàn thuộc tỉnh Hòa Bình trước khi hợp nhất.
Khu tái định cư xóm Sưng được xây dựng sau đợt sạt lở đất năm 2024, hiện có 52 hộ người Mường, người Dao sinh sống. Theo ông Xa Văn Thoại, Chủ tịch UBND xã Cao Sơn, đến nay 100% hộ đã có nhà kiên cố, có điện lưới, nước sạch; đường bê tông dài 1,8 km đã nối khu tái định cư với trung tâm xã. Năm 2025, thu nhập bình quân ở khu tái định cư đạt khoảng 32 triệu đồng/người.
Tại buổi thăm, đoàn đã trao 120 suất quà Tết cho các hộ tái định cư và hộ nghèo của 2 xã, mỗi suất gồm 500.000 đồng tiền mặt và hàng hóa thiết yếu; trao 10 suất học bổng, mỗi suất 2 triệu đồng, cho học sinh vượt khó. Tổng trị giá quà gần 100 triệu đồng, do Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh vận động.
Bà Đinh Thị Sen, người có uy tín xóm Sưng, chia sẻ: "Trước đây mùa mưa nào cũng lo, đêm không dám ngủ. Giờ về nơi ở mới, con cháu đi học gần, có đất trồng mía, trồng cam, năm nay nhà nào cũng sắm được Tết to hơn".
Ông Lò Văn Khiêm, Bí thư Đảng ủy xã Tiền Phong, cho biết xã còn 19 hộ ở vùng có nguy cơ sạt lở cần di dời trong năm 2026; xã đang thực hiện Kế hoạch số 08-KH/ĐU của Đảng ủy xã về vận động nhân dân di dời, bảo đảm an toàn trước mùa mưa. Xã đề nghị tỉnh bố trí vốn theo Nghị quyết số 15/2025/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh quy định mức hỗ trợ bố trí ổn định dân cư vùng thiên tai.
Phát biểu tại buổi thăm, đồng chí Bùi Thị Thanh Thủy chúc bà con đón Tết Bính Ngọ vui tươi, đầm ấm; đề nghị cấp ủy, chính quyền hai xã tiếp tục quan tâm sinh kế cho người dân tái định cư, phát huy vai trò người có uy tín, chi hội trưởng các đoàn thể trong vận động các hộ còn lại sớm di dời đến nơi an toàn. Đồng chí cũng ghi nhận cách làm "ở cùng dân, làm cùng dân" của đội ngũ cán bộ xã sau khi kiện toàn bộ máy chính quyền hai cấp.
Thu Hường
Tin khác
- Thăm, chúc Tết các gia đình chính sách tại xã Đà Bắc (03/02/2026)
- Ủy ban MTTQ tỉnh trao 500 suất quà Tết cho hộ nghèo (30/01/2026)
- Hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025 (15/01/2026)
""", "2026-02-05", "Ấm áp Tết sớm ở khu tái định cư vùng sạt lở Đà Bắc",
E("trao_qua", None, "2026-02-04"),
[P("Bùi Thị Thanh Thủy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Xa Văn Thoại", "Chủ tịch UBND xã Cao Sơn"),
 P("Đinh Thị Sen", "người có uy tín xóm Sưng"),
 P("Lò Văn Khiêm", "Bí thư Đảng ủy xã Tiền Phong")],
[Q("52 hộ", 52, "hộ"), Q("100% hộ", 100, "%"), Q("1,8 km", 1.8, "km"), Q("khoảng 32 triệu đồng/người", 32000000, "đồng", "approx"),
 Q("120 suất quà Tết", 120, "suất quà"), Q("2 xã", 2, "xã"), Q("500.000 đồng", 500000, "đồng"), Q("10 suất học bổng", 10, "suất học bổng"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("gần 100 triệu đồng", 100000000, "đồng", "approx"), Q("19 hộ", 19, "hộ")],
[D("Kế hoạch", "08", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 08-KH/ĐU"),
 D("Nghị quyết", "15", "2025/NQ-HĐND", "2025-12-10", "HĐND tỉnh", "Nghị quyết số 15/2025/NQ-HĐND ngày 10/12/2025")],
[prov("Phú Thọ"), prov("Hòa Bình"), com("Cao Sơn"), com("Tiền Phong")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH PHÚ THỌ", "Trang chủ / Xã hội / Dân tộc - Miền núi",
 "Đồng chí Bùi Thị Thanh Thủy tặng quà người dân khu tái định cư xóm Sưng.", "PTO", "ở cùng dân, làm cùng dân",
 "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh"],
["Thứ Năm, 05/02/2026, 19:30", "năm 2024", "Năm 2025", "năm 2026", "Tết Bính Ngọ", "hai cấp"]))

PAGES.append(page("b6628-bacninh-btgdv-giaoban-2026", """
Báo Bắc Ninh điện tử
Hôm nay: Chủ Nhật, 12/04/2026
Chính trị | Xây dựng Đảng | Dân vận
10/04/2026 08:30
Vận động người dân vùng núi phía Bắc tỉnh chủ động di dời trước mùa mưa
Đồng chí Thân Văn Khoa phát biểu kết luận hội nghị. Ảnh: Minh Đức
Ngày 8/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Bắc Ninh tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý I năm 2026 với các đảng ủy xã khu vực miền núi. Đồng chí Thân Văn Khoa, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị.
Theo báo cáo, các xã miền núi thuộc địa bàn tỉnh Bắc Giang cũ như Tây Yên Tử, Sơn Động, Biên Sơn hiện có 176 hộ sống ở vùng có nguy cơ sạt lở đất, lũ ống, lũ quét; trong quý I, các xã đã vận động được 41 hộ di dời, đạt khoảng 23%. Ban Tuyên giáo và Dân vận Tỉnh ủy đã ban hành Hướng dẫn số 05-HD/BTGDVTU về nội dung tuyên truyền phòng, chống thiên tai mùa mưa năm 2026 và Kế hoạch 11, 12-KH/BTGDVTU về kiểm tra công tác dân vận chính quyền tại các xã mới thành lập.
Đồng chí Hoàng Thị Thu, Ủy viên Ban Thường vụ Đảng ủy, Trưởng ban Xây dựng Đảng Đảng ủy xã Tây Yên Tử cho biết, xã đã tổ chức 9 hội nghị đối thoại ở các thôn có nguy cơ; các hộ được hỗ trợ 70 triệu đồng/hộ để làm nhà, di chuyển theo Nghị quyết số 07/2026/NQ-HĐND của HĐND tỉnh. Ông Đàm Văn Sáng, Bí thư Chi bộ thôn Khe Đặng, xã Biên Sơn, đề xuất huy động doanh nghiệp hỗ trợ san nền vì chi phí san ủi đất đồi rất lớn, có hộ tới hơn 100 triệu đồng.
Các ý kiến cũng phản ánh việc nắm tình hình ở một số xã còn chậm do cán bộ chuyên trách dân vận vừa được bố trí sau sắp xếp; một số hộ người Dao, người Sán Chí muốn di dời xen ghép trong thôn thay vì chuyển đến khu tập trung. Toàn khu vực đã tiếp nhận 27 đơn thư, kiến nghị liên quan đến bố trí đất tái định cư, đã giải quyết 22 đơn.
Kết luận hội nghị, đồng chí Thân Văn Khoa yêu cầu trong quý II, các đảng ủy xã thực hiện nghiêm Kết luận số 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy và chính quyền địa phương hai cấp, gắn với bảo đảm quyền lợi của người dân; hoàn thành di dời ít nhất 80 hộ trong vùng nguy cơ rất cao trước ngày 30/6/2026; phát huy vai trò Mặt trận, người có uy tín, tổ tự quản và cộng đồng dân cư trong giám sát việc hỗ trợ.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy trao 15 suất hỗ trợ, mỗi suất 3 triệu đồng cho các hộ khó khăn đang chuẩn bị di dời ở xã Sơn Động.
Minh Đức
Xem thêm
- Tây Yên Tử ra mắt tổ tự quản phòng chống thiên tai (02/04/2026)
- Hội nghị quán triệt Nghị quyết Đại hội XIV của Đảng (25/03/2026)
- Lục Ngạn: Hơn 1.000 đoàn viên ra quân làm đường vào khu tái định cư (18/03/2026)
""", "2026-04-10", "Vận động người dân vùng núi phía Bắc tỉnh chủ động di dời trước mùa mưa",
E("giao_ban", "2026-Q1", "2026-04-08"),
[P("Thân Văn Khoa", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Thị Thu", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng ban Xây dựng Đảng Đảng ủy xã Tây Yên Tử"),
 P("Đàm Văn Sáng", "Bí thư Chi bộ thôn Khe Đặng")],
[Q("176 hộ", 176, "hộ"), Q("41 hộ", 41, "hộ"), Q("khoảng 23%", 23, "%", "approx"), Q("9 hội nghị đối thoại", 9, "hội nghị đối thoại"),
 Q("70 triệu đồng/hộ", 70000000, "đồng"), Q("hơn 100 triệu đồng", 100000000, "đồng", "over"),
 Q("27 đơn thư, kiến nghị", 27, "đơn thư, kiến nghị"), Q("22 đơn", 22, "đơn"), Q("ít nhất 80 hộ", 80, "hộ", "over"),
 Q("15 suất hỗ trợ", 15, "suất hỗ trợ"), Q("3 triệu đồng", 3000000, "đồng")],
[D("Hướng dẫn", "05", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BTGDVTU"),
 D("Kế hoạch", "11", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 11, 12-KH/BTGDVTU"),
 D("Kế hoạch", "12", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 11, 12-KH/BTGDVTU"),
 D("Nghị quyết", "07", "2026/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 07/2026/NQ-HĐND"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 127, 128-KL/TW"),
 D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 127, 128-KL/TW")],
[prov("Bắc Ninh"), prov("Bắc Giang"), com("Tây Yên Tử"), com("Sơn Động"), com("Biên Sơn")],
["Báo Bắc Ninh điện tử", "Hôm nay: Chủ Nhật, 12/04/2026", "Chính trị | Xây dựng Đảng | Dân vận",
 "Đồng chí Thân Văn Khoa phát biểu kết luận hội nghị. Ảnh: Minh Đức"],
["Hôm nay: Chủ Nhật, 12/04/2026", "10/04/2026 08:30", "quý I năm 2026", "quý II", "mùa mưa năm 2026", "ngày 30/6/2026", "hai cấp"]))
