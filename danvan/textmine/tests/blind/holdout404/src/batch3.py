from lib import *
PAGES = []

PAGES.append(page("b9665-kontum-btg-taphuan-bcv-2023", """
BÁO KON TUM ĐIỆN TỬ
Chính trị | Xây dựng Đảng
09/06/2023 | 09:40
Bồi dưỡng kỹ năng tuyên truyền miệng cho 130 báo cáo viên cơ sở vùng đồng bào dân tộc thiểu số
Trong 3 ngày, từ 6 đến 8/6/2023, Ban Tuyên giáo Tỉnh ủy Kon Tum tổ chức lớp tập huấn nghiệp vụ năm 2023 cho 130 báo cáo viên cơ sở, cộng tác viên dư luận xã hội của các xã vùng đồng bào dân tộc thiểu số thuộc huyện Đắk Glei, Tu Mơ Rông, Kon Plông và Sa Thầy.
Học viên thực hành thuyết trình tại lớp tập huấn.
Khai mạc lớp học, đồng chí A Hmin, Tỉnh ủy viên, Trưởng Ban Tuyên giáo Tỉnh ủy nhấn mạnh: báo cáo viên cơ sở là "cầu nối" đưa chủ trương của Đảng đến với từng làng; người báo cáo viên phải nói được tiếng của đồng bào, hiểu phong tục của đồng bào. Lớp học được tổ chức theo Kế hoạch số 145-KH/BTGTU ngày 20/3/2023 và bố trí kinh phí 96 triệu đồng từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Các học viên được nghe đồng chí Y Hiên, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, giới thiệu Quy định số 02-QĐ/BTGTU về chế độ thông tin đối với báo cáo viên; ThS. Nguyễn Văn Hòa, giảng viên Trường Chính trị tỉnh, hướng dẫn kỹ năng thuyết trình, kỹ năng xử lý tình huống khi bị chất vấn; đồng chí Lê Thị Thu Thủy, Trưởng phòng Tuyên truyền - Báo chí - Xuất bản, hướng dẫn nhận diện thông tin xấu, độc trên mạng xã hội.
Theo báo cáo của Ban Tuyên giáo Tỉnh ủy, toàn tỉnh hiện có 1.642 báo cáo viên cơ sở, trong đó 58% là người dân tộc thiểu số; 102/102 xã, phường, thị trấn đã kiện toàn đội ngũ báo cáo viên. Năm 2022, báo cáo viên cơ sở đã tổ chức 4.380 buổi tuyên truyền miệng cho trên 160.000 lượt người nghe.
Chia sẻ tại lớp học, anh A Đôn, báo cáo viên xã Đắk Na, cho biết: khi nói về chủ trương chuyển đổi cây trồng, anh thường kể câu chuyện của chính gia đình mình trồng sâm Ngọc Linh để bà con dễ hiểu. Chị Y Thương, cộng tác viên dư luận xã hội xã Măng Cành, nêu băn khoăn về cách báo cáo nhanh khi có việc đột xuất ở làng.
Già làng A Pó, làng Kon Klốc, xã Ngọc Réo, được mời tham gia buổi trao đổi kinh nghiệm, đề nghị báo cáo viên đến làng vào buổi tối khi bà con đã đi rẫy về.
Kết thúc lớp học, 100% học viên đạt yêu cầu; 12 học viên có bài thu hoạch đạt loại giỏi được Ban Tuyên giáo Tỉnh ủy tặng giấy khen.
Thu Hoài
Lượt xem: 1.012
Tin liên quan
- Hội nghị báo cáo viên Tỉnh ủy tháng 5/2023 (25/05/2023)
- Ngọc Hồi: đưa nghị quyết đến với đồng bào Giẻ Triêng (12/05/2023)
- Ban Tuyên giáo Tỉnh ủy giao ban quý I năm 2023 (07/04/2023)
- Tu Mơ Rông: học tập chuyên đề năm 2023 (30/03/2023)
- Sa Thầy: phát huy vai trò già làng trong tuyên truyền (16/03/2023)
""", "2023-06-09", "Bồi dưỡng kỹ năng tuyên truyền miệng cho 130 báo cáo viên cơ sở vùng đồng bào dân tộc thiểu số",
E("tap_huan", "2023", "2023-06-06"),
[P("A Hmin", "Tỉnh ủy viên", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Y Hiên", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Nguyễn Văn Hòa", "ThS.", "giảng viên Trường Chính trị tỉnh"),
 P("Lê Thị Thu Thủy", "Trưởng phòng Tuyên truyền - Báo chí - Xuất bản"),
 P("A Đôn", "báo cáo viên xã Đắk Na"),
 P("Y Thương", "cộng tác viên dư luận xã hội xã Măng Cành"),
 P("A Pó", "Già làng")],
[Q("130 báo cáo viên cơ sở", 130, "báo cáo viên cơ sở"), Q("96 triệu đồng", 96000000, "đồng"),
 Q("1.642 báo cáo viên cơ sở", 1642, "báo cáo viên cơ sở"), Q("58%", 58, "%"),
 Q("102/102 xã, phường, thị trấn", 102, "xã, phường, thị trấn"), Q("4.380 buổi tuyên truyền miệng", 4380, "buổi tuyên truyền miệng"),
 Q("trên 160.000 lượt người nghe", 160000, "lượt người nghe", "over"), Q("100% học viên", 100, "%"), Q("12 học viên", 12, "học viên")],
[D("Kế hoạch", "145", "KH/BTGTU", "2023-03-20", None, "Kế hoạch số 145-KH/BTGTU ngày 20/3/2023"),
 D("Quy định", "02", "QĐ/BTGTU", None, None, "Quy định số 02-QĐ/BTGTU")],
[prov("Kon Tum"), com("Đắk Na"), com("Măng Cành"), com("Ngọc Réo")],
["BÁO KON TUM ĐIỆN TỬ", "Chính trị | Xây dựng Đảng", "Học viên thực hành thuyết trình tại lớp tập huấn.", "Lượt xem: 1.012",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "sâm Ngọc Linh"],
["09/06/2023 | 09:40", "3 ngày", "năm 2023", "Năm 2022", "Lượt xem: 1.012"]))

PAGES.append(page("b9666-angiang-btg-tongket-2024", """
Trang thông tin điện tử Đảng bộ tỉnh An Giang
Trang chủ >> Tin tức - Sự kiện >> Hoạt động tuyên giáo
27 tháng 12, 2024 | 17:45
Hôm nay: Thứ Hai, 30/12/2024
Ngành Tuyên giáo An Giang hoàn thành toàn diện nhiệm vụ, sẵn sàng cho việc sắp xếp bộ máy
Chiều ngày 26/12/2024, Ban Tuyên giáo Tỉnh ủy An Giang tổ chức hội nghị tổng kết công tác tuyên giáo năm 2024 và triển khai phương hướng, nhiệm vụ năm 2025. Đồng chí Lê Văn Thuận, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì; dự hội nghị có đồng chí Nguyễn Thị Minh Xuân, Phó Bí thư Tỉnh ủy.
Đồng chí Nguyễn Thị Minh Xuân phát biểu chỉ đạo hội nghị.
Năm 2024, ngành Tuyên giáo đã tham mưu Ban Thường vụ Tỉnh ủy ban hành 28 văn bản chỉ đạo, trong đó có Chỉ thị 31, 32-CT/TU về tuyên truyền đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 và về công tác bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng. Việc học tập chuyên đề năm 2024 theo Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị được triển khai tới 1.318 chi bộ.
Đội ngũ báo cáo viên gồm 52 báo cáo viên Tỉnh ủy và 486 báo cáo viên cấp huyện; trong năm tổ chức 12 hội nghị báo cáo viên cấp tỉnh theo hình thức trực tiếp kết hợp trực tuyến. Qua 230 cộng tác viên dư luận xã hội, Ban đã tổng hợp 36 báo cáo tình hình tư tưởng; thực hiện 3 cuộc khảo sát dư luận xã hội với 2.700 phiếu, trong đó 91,4% người được hỏi đồng tình với chủ trương tinh gọn bộ máy.
Đồng chí Chau Sóc Ra, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, thông tin, công tác tuyên truyền trong đồng bào Khmer ở Tri Tôn, Tịnh Biên và đồng bào Chăm ở An Phú được chú trọng; đã phát hành 4.500 bản tin song ngữ Việt - Khmer. Ông Ma Ry Săm, Phó Ban đại diện Cộng đồng Hồi giáo tỉnh, cho biết bà con Chăm ở xã Đa Phước luôn tin tưởng vào chủ trương của Đảng.
Tham luận, đồng chí Néang Sa Phi, Trưởng Ban Tuyên giáo Huyện ủy Tri Tôn, nêu cách huy động sư sãi các chùa Khmer tham gia tuyên truyền; đồng chí Võ Thành Tâm, Bí thư Đảng ủy xã Vĩnh Trung, đề nghị hỗ trợ thiết bị loa truyền thanh thông minh cho các ấp.
Kết luận hội nghị, đồng chí Nguyễn Thị Minh Xuân đề nghị ngành Tuyên giáo tập trung tuyên truyền việc thực hiện Nghị quyết số 18-NQ/TW về sắp xếp tổ chức bộ máy; chuẩn bị chu đáo việc hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy theo chủ trương của Trung ương; chủ động nắm tâm tư cán bộ, công chức trong quá trình sắp xếp, không để dư luận xấu lan truyền.
Dịp này, 14 tập thể và 22 cá nhân được Ban Tuyên giáo Tỉnh ủy tặng giấy khen.
Phương Lan
Lượt truy cập: 2.304
Tin liên quan
- Hội nghị báo cáo viên Tỉnh ủy tháng 12/2024 (18/12/2024)
- Châu Đốc tổng kết công tác tuyên giáo năm 2024 (20/12/2024)
- Tập huấn công tác dư luận xã hội cho 120 cộng tác viên (22/11/2024)
""", "2024-12-27", "Ngành Tuyên giáo An Giang hoàn thành toàn diện nhiệm vụ, sẵn sàng cho việc sắp xếp bộ máy",
E("tong_ket", "2024", "2024-12-26"),
[P("Lê Văn Thuận", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Nguyễn Thị Minh Xuân", "Phó Bí thư Tỉnh ủy"),
 P("Chau Sóc Ra", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Ma Ry Săm", "Phó Ban đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Néang Sa Phi", "Trưởng Ban Tuyên giáo Huyện ủy Tri Tôn"),
 P("Võ Thành Tâm", "Bí thư Đảng ủy xã Vĩnh Trung")],
[Q("28 văn bản chỉ đạo", 28, "văn bản chỉ đạo"), Q("1.318 chi bộ", 1318, "chi bộ"),
 Q("52 báo cáo viên Tỉnh ủy", 52, "báo cáo viên Tỉnh ủy"), Q("486 báo cáo viên cấp huyện", 486, "báo cáo viên cấp huyện"),
 Q("12 hội nghị báo cáo viên cấp tỉnh", 12, "hội nghị báo cáo viên cấp tỉnh"),
 Q("230 cộng tác viên dư luận xã hội", 230, "cộng tác viên dư luận xã hội"), Q("36 báo cáo tình hình tư tưởng", 36, "báo cáo tình hình tư tưởng"),
 Q("3 cuộc khảo sát dư luận xã hội", 3, "cuộc khảo sát dư luận xã hội"), Q("2.700 phiếu", 2700, "phiếu"), Q("91,4%", 91.4, "%"),
 Q("4.500 bản tin song ngữ Việt - Khmer", 4500, "bản tin song ngữ Việt - Khmer"), Q("14 tập thể", 14, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Chỉ thị", "31", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 31, 32-CT/TU"),
 D("Chỉ thị", "32", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 31, 32-CT/TU"),
 D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016"),
 D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết số 18-NQ/TW")],
[prov("An Giang"), com("Đa Phước"), com("Vĩnh Trung")],
["Trang thông tin điện tử Đảng bộ tỉnh An Giang", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động tuyên giáo", "Hôm nay: Thứ Hai, 30/12/2024",
 "Đồng chí Nguyễn Thị Minh Xuân phát biểu chỉ đạo hội nghị.", "Lượt truy cập: 2.304", "Ban đại diện Cộng đồng Hồi giáo tỉnh"],
["27 tháng 12, 2024 | 17:45", "Hôm nay: Thứ Hai, 30/12/2024", "năm 2024", "năm 2025", "nhiệm kỳ 2025 - 2030", "Lượt truy cập: 2.304"]))

PAGES.append(page("b9667-yenbai-btg-doithoai-2024", """
BÁO YÊN BÁI ĐIỆN TỬ
Xã hội > Thanh niên
Thứ Sáu, 16/08/2024 - 07:55
Ảnh: Quang cảnh buổi đối thoại.
Thanh niên vùng cao "hỏi thẳng", lãnh đạo tỉnh "đáp thật"
(YBĐT) - Ngày 15/8, Ban Tuyên giáo Tỉnh ủy phối hợp với Tỉnh đoàn Yên Bái tổ chức Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với đoàn viên, thanh niên năm 2024, với chủ đề "Thanh niên Yên Bái với chuyển đổi số và bảo vệ nền tảng tư tưởng của Đảng". Gần 300 đoàn viên, thanh niên tham dự tại điểm cầu tỉnh và 9 điểm cầu huyện, thị xã, thành phố.
Tham gia đối thoại có đồng chí Hà Thị Thu Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy; đồng chí Vũ Quang Huy, Phó Chủ tịch UBND tỉnh; đồng chí Hờ A Tông, Bí thư Tỉnh đoàn.
Buổi đối thoại nhận được 46 ý kiến, câu hỏi. Anh Giàng A Chu, Bí thư Đoàn xã Lao Chải, hỏi về chính sách hỗ trợ thanh niên người Mông khởi nghiệp từ trồng sơn tra, du lịch cộng đồng. Chị Triệu Thị Mai, đoàn viên xã Nậm Búng, người Dao, băn khoăn vì nhiều thông tin sai lệch về "Hội đồng quốc gia Mông" được chia sẻ qua mạng xã hội.
Trả lời, đồng chí Hà Thị Thu Hiền cho biết, thực hiện Kế hoạch số 203-KH/TU ngày 08/01/2024 của Tỉnh ủy, tỉnh đã hình thành lực lượng 540 đoàn viên nòng cốt đấu tranh trên không gian mạng; đề nghị các bạn trẻ tỉnh táo, không bình luận, chia sẻ tin giả. Đồng chí Vũ Quang Huy thông tin, theo Nghị quyết số 69/2020/NQ-HĐND của HĐND tỉnh, mỗi dự án khởi nghiệp của thanh niên có thể được vay tối đa 100 triệu đồng; năm 2024 tỉnh hỗ trợ 35 dự án khởi nghiệp của thanh niên.
Anh Lò Văn Tiến, đoàn viên phường Trung Tâm, thị xã Nghĩa Lộ, người Thái, đề nghị có thêm sân chơi văn hóa cho thanh niên và hỗ trợ học nghề. Nhiều ý kiến khác đề cập việc làm cho thanh niên sau khi hoàn thành nghĩa vụ quân sự, tình trạng tảo hôn ở vùng cao.
Ban Tổ chức ghi nhận 12 ý kiến chưa trả lời trực tiếp tại hội nghị; các ý kiến này sẽ được chuyển đến cơ quan chức năng trả lời bằng văn bản trước ngày 15/9/2024.
Theo đánh giá của Ban Tổ chức, so với các năm trước, câu hỏi của thanh niên năm nay thẳng thắn, sát thực tế hơn; nhiều bạn trẻ dùng điện thoại ghi lại câu trả lời để chia sẻ lại cho đoàn viên ở chi đoàn mình, góp phần lan tỏa thông tin chính thống đến vùng sâu, vùng xa.
Kết thúc đối thoại, đồng chí Hà Thị Thu Hiền mong muốn thanh niên là lực lượng xung kích trong tuyên truyền, "mỗi đoàn viên là một tuyên truyền viên" trên mạng xã hội.
Thanh Ngọc
Lượt xem: 1.893
Tin cùng chuyên mục
- Mù Cang Chải: ra mắt câu lạc bộ thanh niên tình nguyện (09/08/2024)
- Hội nghị báo cáo viên Tỉnh ủy tháng 7/2024 (25/07/2024)
- Tỉnh đoàn tập huấn kỹ năng số cho 200 cán bộ đoàn (11/07/2024)
""", "2024-08-16", 'Thanh niên vùng cao "hỏi thẳng", lãnh đạo tỉnh "đáp thật"',
E("doi_thoai", "2024", "2024-08-15"),
[P("Hà Thị Thu Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Vũ Quang Huy", "Phó Chủ tịch UBND tỉnh"),
 P("Hờ A Tông", "Bí thư Tỉnh đoàn"),
 P("Giàng A Chu", "Bí thư Đoàn xã Lao Chải"),
 P("Triệu Thị Mai", "đoàn viên xã Nậm Búng"),
 P("Lò Văn Tiến", "đoàn viên phường Trung Tâm")],
[Q("Gần 300 đoàn viên, thanh niên", 300, "đoàn viên, thanh niên", "approx"),
 Q("9 điểm cầu huyện, thị xã, thành phố", 9, "điểm cầu huyện, thị xã, thành phố"),
 Q("46 ý kiến, câu hỏi", 46, "ý kiến, câu hỏi"), Q("540 đoàn viên nòng cốt", 540, "đoàn viên nòng cốt"),
 Q("tối đa 100 triệu đồng", 100000000, "đồng"), Q("35 dự án khởi nghiệp", 35, "dự án khởi nghiệp"), Q("12 ý kiến", 12, "ý kiến")],
[D("Kế hoạch", "203", "KH/TU", "2024-01-08", "Tỉnh ủy", "Kế hoạch số 203-KH/TU ngày 08/01/2024"),
 D("Nghị quyết", "69", "2020/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 69/2020/NQ-HĐND")],
[prov("Yên Bái"), com("Lao Chải"), com("Nậm Búng"), com("Trung Tâm")],
["BÁO YÊN BÁI ĐIỆN TỬ", "Xã hội > Thanh niên", "Ảnh: Quang cảnh buổi đối thoại.", "(YBĐT)",
 "Thanh niên Yên Bái với chuyển đổi số và bảo vệ nền tảng tư tưởng của Đảng", "Hội đồng quốc gia Mông",
 "mỗi đoàn viên là một tuyên truyền viên", "Lượt xem: 1.893"],
["Thứ Sáu, 16/08/2024 - 07:55", "năm 2024", "Lượt xem: 1.893"]))

PAGES.append(page("b9668-quangbinh-btgdv-congbo-2025", """
QUẢNG BÌNH ONLINE - Báo và Phát thanh, Truyền hình Quảng Bình
Chính trị » Xây dựng Đảng
Cập nhật lúc 16:30 ngày 14/02/2025
Công bố quyết định thành lập Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Bình
(QBĐT) - Sáng 13/2, Ban Thường vụ Tỉnh ủy Quảng Bình tổ chức hội nghị công bố quyết định thành lập Ban Tuyên giáo và Dân vận Tỉnh ủy trên cơ sở hợp nhất Ban Tuyên giáo Tỉnh ủy và Ban Dân vận Tỉnh ủy, theo tinh thần Kết luận số 121-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương về tổng kết Nghị quyết số 18-NQ/TW.
Các đồng chí lãnh đạo tỉnh tặng hoa chúc mừng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Tại hội nghị, đồng chí Trần Xuân Hòa, Phó Trưởng Ban Tổ chức Tỉnh ủy, công bố Quyết định số 1582-QĐ/TU ngày 12/02/2025 của Ban Thường vụ Tỉnh ủy về việc thành lập Ban Tuyên giáo và Dân vận Tỉnh ủy và Quyết định 1583, 1584-QĐ/TU về công tác cán bộ.
Theo đó, đồng chí Đinh Thị Thu Hương, Ủy viên Ban Thường vụ Tỉnh ủy, nguyên Trưởng Ban Tuyên giáo Tỉnh ủy, được chỉ định giữ chức Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy. Các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy gồm: Hồ Văn Thành, Cao Thị Bích Liên, Đinh Văn Khương (người Bru - Vân Kiều).
Ban Tuyên giáo và Dân vận Tỉnh ủy có 7 phòng chuyên môn và Văn phòng Ban, với 42 biên chế; tiếp nhận nguyên trạng 24 công chức của Ban Tuyên giáo và 18 công chức của Ban Dân vận. Ban thực hiện chức năng tham mưu về công tác tuyên giáo, dân vận, đồng thời làm cơ quan thường trực Ban Chỉ đạo 35 và Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở của Tỉnh ủy.
Phát biểu giao nhiệm vụ, đồng chí Lê Minh Tuấn, Phó Bí thư Thường trực Tỉnh ủy, đề nghị Ban nhanh chóng ổn định tổ chức, xây dựng quy chế làm việc, bảo đảm hoạt động thông suốt, không để gián đoạn công việc; chú trọng nắm bắt dư luận xã hội, tâm tư của cán bộ, công chức, người lao động trong quá trình sắp xếp tổ chức bộ máy.
Nhận nhiệm vụ, đồng chí Đinh Thị Thu Hương cho biết, từ năm 2025 Ban sẽ chỉ đạo thống nhất đội ngũ 1.120 báo cáo viên, tuyên truyền viên và 160 cộng tác viên dư luận xã hội trong toàn tỉnh; ưu tiên thông tin về đại hội đảng bộ các cấp, về chủ trương tinh gọn bộ máy và các chính sách đối với người dân vùng đồng bào Bru - Vân Kiều, Chứt ở huyện Minh Hóa, Bố Trạch.
Ông Hồ Xuân Đông, người có uy tín bản Cha Lo, xã Dân Hóa, dự hội nghị, bày tỏ mong muốn cán bộ dân vận vẫn thường xuyên về bản như trước.
Cùng ngày, Ban Thường vụ Tỉnh ủy cũng công bố các quyết định hợp nhất, kết thúc hoạt động một số cơ quan tham mưu, giúp việc khác của Tỉnh ủy.
Minh Phong
Lượt xem: 2.657
Tin liên quan
- Công bố quyết định thành lập Đảng bộ các cơ quan Đảng tỉnh (10/02/2025)
- Hội nghị báo cáo viên Tỉnh ủy tháng 1/2025 (20/01/2025)
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2024 (25/12/2024)
""", "2025-02-14", "Công bố quyết định thành lập Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Bình",
E("hoi_nghi", None, "2025-02-13"),
[P("Trần Xuân Hòa", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Đinh Thị Thu Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "nguyên Trưởng Ban Tuyên giáo Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hồ Văn Thành", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Cao Thị Bích Liên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Văn Khương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Minh Tuấn", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Hồ Xuân Đông", "người có uy tín bản Cha Lo")],
[Q("7 phòng chuyên môn", 7, "phòng chuyên môn"), Q("42 biên chế", 42, "biên chế"), Q("24 công chức", 24, "công chức"),
 Q("18 công chức", 18, "công chức"), Q("1.120 báo cáo viên, tuyên truyền viên", 1120, "báo cáo viên, tuyên truyền viên"),
 Q("160 cộng tác viên dư luận xã hội", 160, "cộng tác viên dư luận xã hội")],
[D("Kết luận", "121", "KL/TW", "2025-01-24", "Ban Chấp hành Trung ương", "Kết luận số 121-KL/TW ngày 24/01/2025"),
 D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết số 18-NQ/TW"),
 D("Quyết định", "1582", "QĐ/TU", "2025-02-12", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1582-QĐ/TU ngày 12/02/2025"),
 D("Quyết định", "1583", "QĐ/TU", None, None, "Quyết định 1583, 1584-QĐ/TU"),
 D("Quyết định", "1584", "QĐ/TU", None, None, "Quyết định 1583, 1584-QĐ/TU")],
[prov("Quảng Bình"), com("Dân Hóa")],
["QUẢNG BÌNH ONLINE - Báo và Phát thanh, Truyền hình Quảng Bình", "Chính trị » Xây dựng Đảng", "(QBĐT)",
 "Các đồng chí lãnh đạo tỉnh tặng hoa chúc mừng Ban Tuyên giáo và Dân vận Tỉnh ủy.", "Ban Chỉ đạo 35", "Lượt xem: 2.657"],
["Cập nhật lúc 16:30 ngày 14/02/2025", "Ban Chỉ đạo 35", "năm 2025", "Lượt xem: 2.657"]))

PAGES.append(page("b9669-binhthuan-btgdv-giaoban-q1-2025", """
Cổng thông tin điện tử Tỉnh ủy Bình Thuận
Tin hoạt động - Tuyên giáo và Dân vận
18/04/2025 - 10:05
Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban quý I: nắm chắc dư luận về sắp xếp đơn vị hành chính
Ngày 17/4/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Bình Thuận tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý I năm 2025 - hội nghị giao ban đầu tiên kể từ khi hợp nhất hai ban. Đồng chí Nguyễn Hồng Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Đồng chí Nguyễn Hồng Sơn phát biểu tại giao ban. Ảnh: N.Lân
Theo báo cáo, quý I, Ban đã tham mưu tổ chức 3 hội nghị báo cáo viên chuyên đề về sắp xếp tổ chức bộ máy với 640 đại biểu; tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 512-KH/TU ngày 28/3/2025 về tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước.
Sau khi Trung ương ban hành Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư về nghiên cứu sắp xếp đơn vị hành chính, mạng lưới 138 cộng tác viên dư luận xã hội đã gửi 52 phiếu phản ánh. Đa số cán bộ, nhân dân đồng tình; một số băn khoăn về tên gọi, trung tâm hành chính mới, việc đi lại làm thủ tục và chế độ đối với cán bộ không chuyên trách cấp xã.
Các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đổng Thị Hồng Nga và Mang Thị Lợi thông tin về công tác dân vận và tuyên truyền trong vùng đồng bào Chăm, Raglai, K'Ho; trong quý, Ban đã tiếp nhận 17 đơn thư, chuyển cơ quan chức năng 15 đơn.
Đồng chí Thông Thanh Bình, Trưởng Ban Tuyên giáo và Dân vận Huyện ủy Bắc Bình, đề nghị sớm có đề cương tuyên truyền về phương án sáp nhập xã; ông Bố Xuân Hổ, Phó Chủ tịch Hội đồng Chức sắc Bàni tỉnh, cho biết chức sắc Chăm sẵn sàng cùng tuyên truyền khi có phương án chính thức.
Kết luận giao ban, đồng chí Nguyễn Hồng Sơn yêu cầu quý II tập trung tuyên truyền việc thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị Trung ương 11 (khóa XIII); tổ chức lấy ý kiến nhân dân về dự thảo sửa đổi, bổ sung Hiến pháp năm 2013; kịp thời nắm, báo cáo nhanh dư luận xã hội trước, trong và sau khi sắp xếp; phấn đấu 100% thôn, khu phố có tuyên truyền viên.
Hạn chế được nêu là việc phối hợp giữa hai mảng công tác sau hợp nhất có mặt còn lúng túng; tài liệu tuyên truyền bằng tiếng Chăm, tiếng Raglai còn ít.
Hải Lâm
Lượt xem: 1.388
Tin khác
- Hàm Thuận Nam: công bố thành lập Ban Tuyên giáo và Dân vận Huyện ủy (03/03/2025)
- Hội nghị báo cáo viên Tỉnh ủy tháng 3/2025 (20/03/2025)
- Tuy Phong: đối thoại với nhân dân về phương án sáp nhập xã (08/04/2025)
- Đức Linh: học tập chuyên đề năm 2025 (02/04/2025)
""", "2025-04-18", "Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban quý I: nắm chắc dư luận về sắp xếp đơn vị hành chính",
E("giao_ban", "2025-Q1", "2025-04-17"),
[P("Nguyễn Hồng Sơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đổng Thị Hồng Nga", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Mang Thị Lợi", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thông Thanh Bình", "Trưởng Ban Tuyên giáo và Dân vận Huyện ủy Bắc Bình"),
 P("Bố Xuân Hổ", "Phó Chủ tịch Hội đồng Chức sắc Bàni tỉnh")],
[Q("3 hội nghị báo cáo viên chuyên đề", 3, "hội nghị báo cáo viên chuyên đề"), Q("640 đại biểu", 640, "đại biểu"),
 Q("138 cộng tác viên dư luận xã hội", 138, "cộng tác viên dư luận xã hội"), Q("52 phiếu phản ánh", 52, "phiếu phản ánh"),
 Q("17 đơn thư", 17, "đơn thư"), Q("15 đơn", 15, "đơn"), Q("100% thôn, khu phố", 100, "%")],
[D("Kế hoạch", "512", "KH/TU", "2025-03-28", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 512-KH/TU ngày 28/3/2025"),
 D("Kết luận", "127", "KL/TW", "2025-02-28", "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW ngày 28/02/2025"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Hội nghị Trung ương 11 (khóa XIII)", "Nghị quyết số 60-NQ/TW ngày 12/4/2025")],
[prov("Bình Thuận")],
["Cổng thông tin điện tử Tỉnh ủy Bình Thuận", "Tin hoạt động - Tuyên giáo và Dân vận",
 "Đồng chí Nguyễn Hồng Sơn phát biểu tại giao ban. Ảnh: N.Lân", "Hội đồng Chức sắc Bàni tỉnh", "Hiến pháp năm 2013", "Lượt xem: 1.388"],
["18/04/2025 - 10:05", "quý I năm 2025", "quý II", "50 năm", "khóa XIII", "năm 2013", "Lượt xem: 1.388"]))

PAGES.append(page("b9670-tiengiang-btgdv-soket-2025", """
BÁO ẤP BẮC ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Tiền Giang
Chính trị > Tuyên giáo - Dân vận
Thứ Sáu, 20/06/2025 - 14:00
Sơ kết 6 tháng: bảo đảm thông tin thông suốt trước thời điểm vận hành chính quyền hai cấp
Sáng 19/6, Ban Tuyên giáo và Dân vận Tỉnh ủy Tiền Giang tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm 2025. Đồng chí Trần Thị Kim Phượng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, 6 tháng qua, Ban đã tham mưu tổ chức quán triệt Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh, theo đó tỉnh Tiền Giang và tỉnh Đồng Tháp hợp nhất thành tỉnh Đồng Tháp; Nghị quyết số 1663/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội sắp xếp các đơn vị hành chính cấp xã của tỉnh. Các cấp đã tổ chức 2.150 buổi tuyên truyền với hơn 98.000 lượt người dự.
Qua 3 cuộc thăm dò nhanh dư luận xã hội, 93,8% người được hỏi đồng tình với chủ trương sắp xếp; dư luận còn quan tâm đến việc đổi giấy tờ sau sáp nhập, bố trí cán bộ ở xã mới và khoảng cách đến trung tâm hành chính tỉnh.
Công tác dân vận được triển khai gắn với sắp xếp bộ máy: 172 ấp, khu phố được sáp nhập; Ủy ban MTTQ các cấp vận động xây dựng 315 căn nhà Đại đoàn kết, tổng kinh phí 18,9 tỷ đồng, hoàn thành chương trình xóa nhà tạm, nhà dột nát trước thời hạn.
Tại hội nghị, đồng chí Huỳnh Văn Bé Sáu, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, đề nghị chuẩn bị đề cương tuyên truyền về tỉnh Đồng Tháp mới; đồng chí Lê Thị Ngọc Trâm, Trưởng Ban Tuyên giáo và Dân vận Huyện ủy Chợ Gạo, cho biết báo cáo viên của huyện đã về từng ấp giải thích việc chấm dứt hoạt động cấp huyện từ ngày 01/7/2025.
Ông Phan Văn Lợi, Bí thư Chi bộ ấp Long Hòa, xã Long Bình Điền, phản ánh người dân mong thủ tục hành chính được giải quyết nhanh tại trung tâm phục vụ hành chính công của xã mới.
Kết luận, đồng chí Trần Thị Kim Phượng đề nghị từ nay đến ngày 30/6/2025, các ban tuyên giáo và dân vận cấp huyện hoàn tất bàn giao hồ sơ, tài liệu, danh sách 1.260 báo cáo viên, tuyên truyền viên cho đảng ủy xã, phường mới; không để gián đoạn việc nắm bắt dư luận và tiếp nhận phản ánh của nhân dân trong thời gian chuyển tiếp.
Hội nghị cũng chỉ ra một số hạn chế: thông tin về phương án sắp xếp có thời điểm chưa được cung cấp kịp thời cho cơ sở; việc đấu tranh với các thông tin xuyên tạc trên mạng xã hội ở một số nơi còn bị động.
Hữu Nghĩa
Lượt xem: 3.016
Tin liên quan
- Cai Lậy: Ban Tuyên giáo và Dân vận Huyện ủy bàn giao hồ sơ cho các xã mới (16/06/2025)
- Hội nghị báo cáo viên Tỉnh ủy tháng 6/2025 (11/06/2025)
- Gò Công Đông: đối thoại với nhân dân về sắp xếp đơn vị hành chính (28/05/2025)
""", "2025-06-20", "Sơ kết 6 tháng: bảo đảm thông tin thông suốt trước thời điểm vận hành chính quyền hai cấp",
E("so_ket", "2025-H1", "2025-06-19"),
[P("Trần Thị Kim Phượng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Bé Sáu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Thị Ngọc Trâm", "Trưởng Ban Tuyên giáo và Dân vận Huyện ủy Chợ Gạo"),
 P("Phan Văn Lợi", "Bí thư Chi bộ ấp Long Hòa")],
[Q("2.150 buổi tuyên truyền", 2150, "buổi tuyên truyền"), Q("hơn 98.000 lượt người", 98000, "lượt người", "over"),
 Q("3 cuộc thăm dò nhanh dư luận xã hội", 3, "cuộc thăm dò nhanh dư luận xã hội"), Q("93,8%", 93.8, "%"),
 Q("172 ấp, khu phố", 172, "ấp, khu phố"), Q("315 căn nhà Đại đoàn kết", 315, "căn nhà Đại đoàn kết"),
 Q("18,9 tỷ đồng", 18900000000, "đồng"), Q("1.260 báo cáo viên, tuyên truyền viên", 1260, "báo cáo viên, tuyên truyền viên")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Nghị quyết", "1663", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1663/NQ-UBTVQH15")],
[prov("Tiền Giang"), prov("Đồng Tháp"), com("Long Bình Điền")],
["BÁO ẤP BẮC ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Tiền Giang", "Chính trị > Tuyên giáo - Dân vận", "Lượt xem: 3.016"],
["Thứ Sáu, 20/06/2025 - 14:00", "6 tháng đầu năm 2025", "6 tháng", "ngày 01/7/2025", "ngày 30/6/2025", "Lượt xem: 3.016"]))
