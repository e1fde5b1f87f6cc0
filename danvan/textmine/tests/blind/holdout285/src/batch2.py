from lib import *
PAGES = []

PAGES.append(page("b6803-laocai-doithoai-2016", """
Báo Lào Cai điện tử
Chính trị - Xã hội / Dân vận
Ngày 18/11/2016 | 15:40
Bí thư Huyện ủy Bảo Thắng đối thoại với nông dân về chuyển đổi cây trồng
Ngày 17/11, Huyện ủy Bảo Thắng tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nông dân năm 2016, với chủ đề chuyển đổi cơ cấu cây trồng trên đất trồng lúa và đất soi bãi. Đồng chí Hoàng Quốc Khánh, Tỉnh ủy viên, Bí thư Huyện ủy Bảo Thắng chủ trì đối thoại; cùng dự có đồng chí Vàng Thị Mai, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện.
Toàn cảnh buổi đối thoại tại hội trường UBND huyện.
Hội nghị được tổ chức theo Quy định số 11-QĐ/HU của Ban Thường vụ Huyện ủy về đối thoại trực tiếp giữa người đứng đầu cấp ủy với nhân dân, có 160 đại biểu là nông dân, trưởng thôn, chủ trang trại đến từ 15 xã, thị trấn.
Theo báo cáo của UBND huyện, năm 2016 toàn huyện đã chuyển đổi khoảng 420 ha đất lúa và đất soi bãi kém hiệu quả sang trồng chuối, dứa, rau an toàn; giá trị thu được trên 1 ha đất canh tác đạt bình quân 96 triệu đồng, tăng 18% so với năm trước. Tuy nhiên, một số nơi chuyển đổi tự phát, chưa gắn với tiêu thụ, khi giá xuống bà con lại phá bỏ để quay về trồng lúa, gây lãng phí.
Tại buổi đối thoại, 23 ý kiến được nêu trực tiếp. Ông Lý Seo Chảo, người có uy tín thôn Cốc Sâm 1, xã Phong Niên, phản ánh: bà con trồng chuối theo vận động nhưng năm nay thương lái ép giá, nhiều hộ bán chỉ được 2.500 đồng/kg. Bà Lương Thị Thu, thôn An Thắng, xã Sơn Hải, hỏi về chính sách hỗ trợ giống và phân bón khi chuyển từ lúa sang trồng rau trong nhà lưới. Ông Vũ Văn Hậu, Giám đốc Hợp tác xã Rau sạch Xuân Quang, đề nghị huyện hỗ trợ xây dựng nhãn hiệu và kết nối bếp ăn các trường học.
Trả lời các ý kiến, ông Đặng Văn Tiến, Phó Chủ tịch UBND huyện, cho biết theo Nghị quyết số 06/2016/NQ-HĐND của HĐND tỉnh, mỗi ha rau trong nhà lưới được hỗ trợ 50% chi phí, không quá 150 triệu đồng. Huyện sẽ mời doanh nghiệp ký hợp đồng bao tiêu chuối với giá sàn, đồng thời tổ chức cho nông dân đi học tập mô hình ở xã Xuân Quang.
Kết luận đối thoại, đồng chí Hoàng Quốc Khánh ghi nhận và yêu cầu các phòng, ban trả lời bằng văn bản các ý kiến chưa giải đáp trong 15 ngày; giao Ban Dân vận Huyện ủy theo dõi, đôn đốc. "Chuyển đổi cây trồng là việc của dân, cấp ủy, chính quyền phải đi cùng dân, không để dân trồng xong rồi không biết bán cho ai", đồng chí nhấn mạnh.
Phạm Thu Hương
Tin khác
- Bát Xát: tập huấn trồng lúa hàng hóa cho đồng bào Hà Nhì (11/11/2016)
- Hội Nông dân tỉnh đối thoại với hội viên năm 2016 (04/11/2016)
- Mường Khương vận động đồng bào trồng quế (28/10/2016)
""", "2016-11-18", "Bí thư Huyện ủy Bảo Thắng đối thoại với nông dân về chuyển đổi cây trồng",
E("doi_thoai", "2016", "2016-11-17"),
[P("Hoàng Quốc Khánh", "Tỉnh ủy viên", "Bí thư Huyện ủy Bảo Thắng"),
 P("Vàng Thị Mai", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Lý Seo Chảo", "người có uy tín thôn Cốc Sâm 1"),
 P("Lương Thị Thu"),
 P("Vũ Văn Hậu", "Giám đốc Hợp tác xã Rau sạch Xuân Quang"),
 P("Đặng Văn Tiến", "Phó Chủ tịch UBND huyện")],
[Q("160 đại biểu", 160, "đại biểu"), Q("15 xã, thị trấn", 15, "xã, thị trấn"), Q("khoảng 420 ha", 420, "ha", "approx"),
 Q("96 triệu đồng", 96000000, "đồng"), Q("18%", 18, "%"), Q("23 ý kiến", 23, "ý kiến"),
 Q("2.500 đồng/kg", 2500, "đồng"), Q("50%", 50, "%"), Q("không quá 150 triệu đồng", 150000000, "đồng")],
[D("Quy định", "11", "QĐ/HU", None, "Ban Thường vụ Huyện ủy", "Quy định số 11-QĐ/HU"),
 D("Nghị quyết", "06", "2016/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 06/2016/NQ-HĐND")],
[prov("Lào Cai"), com("Phong Niên"), com("Sơn Hải"), com("Xuân Quang")],
["Báo Lào Cai điện tử", "Chính trị - Xã hội / Dân vận", "Toàn cảnh buổi đối thoại tại hội trường UBND huyện.",
 "Hợp tác xã Rau sạch Xuân Quang"],
["Ngày 18/11/2016 | 15:40", "năm 2016", "1 ha", "15 ngày"]))

PAGES.append(page("b6804-lamdong-bdv-giaoban-2017", """
BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Vị trí: Trang chủ >> Tin tức - Sự kiện >> Dân vận chính quyền
Cập nhật lúc 16:10 ngày 29/09/2017
Dân vận trong phát triển nông nghiệp công nghệ cao
Ngày 28/9/2017, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý III/2017 với Ban Dân vận các huyện, thành ủy và Đảng đoàn các đoàn thể chính trị - xã hội tỉnh. Đồng chí Ka Sô Ha Rùng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Quý III, công tác vận động nhân dân chuyển đổi sang sản xuất nông nghiệp ứng dụng công nghệ cao tiếp tục là trọng tâm. Thực hiện Nghị quyết số 05-NQ/TU ngày 11/11/2016 của Tỉnh ủy về phát triển nông nghiệp toàn diện, bền vững và hiện đại giai đoạn 2016 - 2020, định hướng đến năm 2025, khối dân vận và các đoàn thể đã tuyên truyền, vận động hơn 2.300 hộ đầu tư nhà kính, nhà lưới, tưới tiết kiệm; nâng diện tích sản xuất nông nghiệp công nghệ cao toàn tỉnh lên khoảng 48.000 ha, chiếm gần 18% diện tích canh tác.
Hội Nông dân và Hội Liên hiệp Phụ nữ tỉnh đã phối hợp Ngân hàng Nông nghiệp và Phát triển nông thôn giải ngân trên 1.200 tỷ đồng cho vay theo chương trình cho vay nông nghiệp công nghệ cao. Ở xã Hiệp Thạnh, huyện Đức Trọng, 93% số hộ đã trồng rau, hoa trong nhà kính.
Tuy vậy, đồng chí Nguyễn Văn Phước, Phó Trưởng Ban Dân vận Tỉnh ủy, nêu rõ: việc phát triển nhà kính ồ ạt ở một số phường của thành phố Đà Lạt đã gây ngập úng cục bộ, phát sinh 14 đơn thư của người dân về thoát nước, ảnh hưởng cảnh quan. Ở vùng đồng bào dân tộc thiểu số, nhiều hộ K'Ho, Mạ thiếu vốn và kỹ thuật, còn bán đất cho người nơi khác để lấy tiền.
Các đại biểu đề xuất giải pháp. Đồng chí K'Brin, Trưởng Ban Dân vận Huyện ủy Lạc Dương, kiến nghị có chính sách riêng cho đồng bào vay vốn ưu đãi dựng nhà lưới, kèm tổ tư vấn kỹ thuật của đoàn viên thanh niên. Đồng chí Trần Thị Lệ Hằng, Phó Chủ tịch Hội Nông dân tỉnh, thông tin Hội đã xây dựng 26 tổ hợp tác sản xuất rau, hoa, cà phê công nghệ cao có sự tham gia của đồng bào dân tộc.
Kết luận giao ban, đồng chí Ka Sô Ha Rùng yêu cầu quý IV khối dân vận bám sát địa bàn, nắm chắc tâm tư nhân dân về quy hoạch nhà kính; tham mưu thực hiện Quyết định số 1528/QĐ-TTg ngày 3/9/2015 của Thủ tướng Chính phủ về cơ chế, chính sách phát triển tỉnh Lâm Đồng; phát huy vai trò người có uy tín trong vận động đồng bào không bán đất sản xuất. Ban sẽ ban hành hướng dẫn về xây dựng mô hình "Dân vận khéo" trong nông nghiệp công nghệ cao để các cơ sở đăng ký trong năm 2018.
Lâm Viên
Các tin khác
- Đơn Dương: hơn 600 hộ vay vốn làm nhà kính (20/9/2017)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy Khối doanh nghiệp (12/9/2017)
- Di Linh: đồng bào K'Ho tái canh cà phê (30/8/2017)
- Đà Lạt tổng kết 5 năm chương trình nông nghiệp công nghệ cao (18/8/2017)
""", "2017-09-29", "Dân vận trong phát triển nông nghiệp công nghệ cao",
E("giao_ban", "2017-Q3", "2017-09-28"),
[P("Ka Sô Ha Rùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Phước", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("K'Brin", "Trưởng Ban Dân vận Huyện ủy Lạc Dương"),
 P("Trần Thị Lệ Hằng", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("hơn 2.300 hộ", 2300, "hộ", "over"), Q("khoảng 48.000 ha", 48000, "ha", "approx"), Q("gần 18%", 18, "%", "approx"),
 Q("trên 1.200 tỷ đồng", 1200000000000, "đồng", "over"), Q("93%", 93, "%"), Q("14 đơn thư", 14, "đơn thư"),
 Q("26 tổ hợp tác", 26, "tổ hợp tác")],
[D("Nghị quyết", "05", "NQ/TU", "2016-11-11", "Tỉnh ủy", "Nghị quyết số 05-NQ/TU ngày 11/11/2016"),
 D("Quyết định", "1528", "QĐ-TTg", "2015-09-03", "Thủ tướng Chính phủ", "Quyết định số 1528/QĐ-TTg ngày 3/9/2015")],
[prov("Lâm Đồng"), com("Hiệp Thạnh")],
["BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Vị trí: Trang chủ >> Tin tức - Sự kiện >> Dân vận chính quyền", "Dân vận khéo"],
["Cập nhật lúc 16:10 ngày 29/09/2017", "quý III/2017", "quý IV", "giai đoạn 2016 - 2020", "năm 2025", "năm 2018"]))

PAGES.append(page("b6805-thaibinh-hnd-daihoi-2017", """
HỘI NÔNG DÂN TỈNH THÁI BÌNH
Trang chủ › Tin tức › Xây dựng tổ chức Hội
14-04-2017 07:50
Đại hội Hội Nông dân xã Vũ Hội: đặt mục tiêu tích tụ 120 ha ruộng đất
Ngày 13/4/2017, Hội Nông dân xã Vũ Hội (huyện Vũ Thư) long trọng tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2017 - 2022. Về dự có đồng chí Nguyễn Xuân Hòa, Phó Chủ tịch Hội Nông dân huyện Vũ Thư; đồng chí Bùi Văn Thịnh, Bí thư Đảng ủy xã cùng 112 đại biểu đại diện cho gần 1.900 hội viên của 10 chi hội.
Các đại biểu biểu quyết thông qua nghị quyết Đại hội.
Nhiệm kỳ qua, Hội Nông dân xã đã tích cực tham gia vận động hội viên thực hiện dồn điền đổi thửa lần hai theo Nghị quyết số 01-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về dồn điền đổi thửa, chỉnh trang đồng ruộng. Kết quả, toàn xã giảm từ 4,7 thửa/hộ xuống còn 1,3 thửa/hộ; hội viên tự nguyện góp 2.640 m2 đất để mở rộng bờ vùng, kênh mương. Xã hình thành 3 cánh đồng mẫu lớn với diện tích 85 ha, 2 vùng trồng ớt, dưa bao tiêu sản phẩm. Thu nhập bình quân của hội viên năm 2016 đạt 32 triệu đồng/người.
Vũ Hội là một trong những xã đi đầu của tỉnh Thái Bình trong việc đưa máy cấy, máy gặt đập liên hợp vào đồng ruộng sau dồn đổi. Nhiều chi hội đã tự bàn bạc, thống nhất lịch thời vụ, cấy cùng một giống lúa trên cả xứ đồng để thuận tiện cho việc chăm sóc, tiêu thụ.
Hội đã phối hợp tổ chức 36 lớp tập huấn khoa học kỹ thuật cho hơn 2.100 lượt hội viên; bảo lãnh cho 215 hộ vay vốn với tổng dư nợ 9,8 tỷ đồng. Số hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp là 412 hộ.
Phát biểu chỉ đạo, đồng chí Bùi Văn Thịnh đề nghị Hội tiếp tục là nòng cốt trong việc vận động nông dân tích tụ, tập trung ruộng đất, liên kết với doanh nghiệp sản xuất theo chuỗi; không để ruộng bỏ hoang khi lao động trẻ đi làm công nhân. Đồng chí Nguyễn Xuân Hòa lưu ý Hội cần đổi mới nội dung sinh hoạt chi hội, gắn với từng xứ đồng, từng tổ hợp tác.
Đại hội đề ra mục tiêu nhiệm kỳ 2017 - 2022: vận động tích tụ ít nhất 120 ha ruộng đất cho các hộ, tổ hợp tác sản xuất quy mô lớn; phát triển thêm 250 hội viên mới; mỗi năm có trên 45% hộ đạt danh hiệu sản xuất, kinh doanh giỏi.
Đại hội đã bầu Ban Chấp hành Hội Nông dân xã khóa XI gồm 11 đồng chí. Đồng chí Phạm Thị Thu Hường được tín nhiệm bầu giữ chức Chủ tịch Hội Nông dân xã Vũ Hội khóa XI; đồng chí Đỗ Văn Quý giữ chức Phó Chủ tịch. Đại hội cũng bầu 5 đại biểu đi dự Đại hội đại biểu Hội Nông dân huyện.
Minh Thúy - Hội Nông dân huyện Vũ Thư
Tin cùng chuyên mục
- Đông Hưng: 100% cơ sở Hội hoàn thành đại hội (10-04-2017)
- Thái Thụy chỉ đạo điểm Đại hội Hội Nông dân cấp huyện (05-04-2017)
- Kiến Xương: ra mắt hợp tác xã trồng rau an toàn (28-03-2017)
""", "2017-04-14", "Đại hội Hội Nông dân xã Vũ Hội: đặt mục tiêu tích tụ 120 ha ruộng đất",
E("dai_hoi", None, "2017-04-13"),
[P("Nguyễn Xuân Hòa", "Phó Chủ tịch Hội Nông dân huyện Vũ Thư"),
 P("Bùi Văn Thịnh", "Bí thư Đảng ủy xã"),
 P("Phạm Thị Thu Hường", "Chủ tịch Hội Nông dân xã Vũ Hội khóa XI"),
 P("Đỗ Văn Quý", "Phó Chủ tịch")],
[Q("120 ha", 120, "ha", "over"), Q("112 đại biểu", 112, "đại biểu"), Q("gần 1.900 hội viên", 1900, "hội viên", "approx"),
 Q("10 chi hội", 10, "chi hội"), Q("4,7 thửa/hộ", 4.7, "thửa/hộ"), Q("1,3 thửa/hộ", 1.3, "thửa/hộ"),
 Q("2.640 m2", 2640, "m2"), Q("3 cánh đồng mẫu lớn", 3, "cánh đồng mẫu lớn"), Q("85 ha", 85, "ha"),
 Q("2 vùng trồng ớt, dưa", 2, "vùng trồng ớt, dưa"), Q("32 triệu đồng/người", 32000000, "đồng"),
 Q("36 lớp tập huấn khoa học kỹ thuật", 36, "lớp tập huấn khoa học kỹ thuật"), Q("hơn 2.100 lượt hội viên", 2100, "lượt hội viên", "over"),
 Q("215 hộ", 215, "hộ"), Q("9,8 tỷ đồng", 9800000000, "đồng"), Q("412 hộ", 412, "hộ"),
 Q("250 hội viên mới", 250, "hội viên mới"), Q("trên 45%", 45, "%", "over"), Q("11 đồng chí", 11, "đồng chí"),
 Q("5 đại biểu", 5, "đại biểu")],
[D("Nghị quyết", "01", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 01-NQ/TU")],
[prov("Thái Bình"), com("Vũ Hội")],
["HỘI NÔNG DÂN TỈNH THÁI BÌNH", "Trang chủ › Tin tức › Xây dựng tổ chức Hội",
 "Các đại biểu biểu quyết thông qua nghị quyết Đại hội."],
["14-04-2017 07:50", "lần thứ XI", "nhiệm kỳ 2017 - 2022", "lần hai", "năm 2016", "11 đồng chí", "khóa XI"]))

PAGES.append(page("b6806-angiang-bdv-tongket-2018", """
Báo An Giang Online
Chính trị » Xây dựng Đảng » Dân vận
Thứ Sáu, 28/12/2018 - 10:15
Ảnh: Đại biểu dự hội nghị tổng kết.
Khối dân vận An Giang: hơn 5.600 ha lúa chuyển sang cây màu, cây ăn trái
Ngày 27/12, Ban Dân vận Tỉnh ủy An Giang tổ chức hội nghị tổng kết công tác dân vận năm 2018 và triển khai nhiệm vụ năm 2019. Dự và chỉ đạo hội nghị có đồng chí Lê Văn Nưng, Phó Bí thư Thường trực Tỉnh ủy. Đồng chí Trần Thị Yến Oanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Năm 2018, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 11, 12-CT/TU về tăng cường công tác dân vận trong thực hiện tái cơ cấu nông nghiệp và trong xây dựng cánh đồng lớn; phối hợp hướng dẫn thực hiện Nghị định số 57/2018/NĐ-CP ngày 17/4/2018 của Chính phủ về khuyến khích doanh nghiệp đầu tư vào nông nghiệp, nông thôn. Nhờ công tác vận động, toàn tỉnh đã chuyển hơn 5.600 ha đất lúa kém hiệu quả sang trồng màu, cây ăn trái, vượt 12% kế hoạch; 38 hợp tác xã, tổ hợp tác liên kết tiêu thụ với doanh nghiệp.
Khối dân vận các cấp đã xây dựng 214 mô hình "Dân vận khéo", trong đó 96 mô hình thuộc lĩnh vực kinh tế. Tiêu biểu là mô hình "Tổ liên kết trồng xoài cát Hòa Lộc" ở xã Bình Phước Xuân, huyện Chợ Mới và mô hình vận động đồng bào Chăm chuyển đổi sang trồng rau an toàn ở xã Châu Phong, thị xã Tân Châu.
Tại hội nghị, đồng chí Phạm Văn Hết, HUV, Trưởng Ban Dân vận Huyện ủy Thoại Sơn, chia sẻ: huyện đã tổ chức cho nông dân đi tham quan các vườn trồng màu thành công, sau đó mới bàn chuyện chuyển đổi, nên tỷ lệ hộ bỏ dở chỉ khoảng 3%. Đồng chí Néang Sa Phia, Trưởng Ban Dân vận Huyện ủy Tri Tôn, đề nghị tiếp tục hỗ trợ đồng bào Khmer vùng Bảy Núi chuyển từ lúa một vụ sang trồng đậu phộng, rau màu vì nhiều hộ thiếu vốn.
Ông Lê Văn Nưng ghi nhận kết quả của khối dân vận; yêu cầu năm 2019 tập trung vận động nhân dân thực hiện Nghị quyết số 120/NQ-CP ngày 17/11/2017 của Chính phủ về phát triển bền vững đồng bằng sông Cửu Long thích ứng với biến đổi khí hậu, chuyển đổi sản xuất theo hướng "thuận thiên"; phát huy vai trò của các đoàn thể trong tổ chức lại sản xuất, không để nông dân "được mùa mất giá".
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể và 22 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2018.
Hạnh Châu
Tin liên quan
- Chợ Mới: Hội Nông dân vận động nông dân trồng xoài theo VietGAP (21/12/2018)
- Tịnh Biên giao ban công tác dân vận quý IV (14/12/2018)
- Phú Tân chuyển đổi 300 ha lúa sang trồng bắp (07/12/2018)
- An Phú: 100% ấp có tổ dân vận (30/11/2018)
""", "2018-12-28", "Khối dân vận An Giang: hơn 5.600 ha lúa chuyển sang cây màu, cây ăn trái",
E("tong_ket", "2018", "2018-12-27"),
[P("Lê Văn Nưng", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Trần Thị Yến Oanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Hết", "HUV", "Trưởng Ban Dân vận Huyện ủy Thoại Sơn"),
 P("Néang Sa Phia", "Trưởng Ban Dân vận Huyện ủy Tri Tôn")],
[Q("hơn 5.600 ha", 5600, "ha", "over"), Q("12%", 12, "%"), Q("38 hợp tác xã, tổ hợp tác", 38, "hợp tác xã, tổ hợp tác"),
 Q("214 mô hình", 214, "mô hình"), Q("96 mô hình", 96, "mô hình"), Q("khoảng 3%", 3, "%", "approx"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân có thành tích xuất sắc", 22, "cá nhân")],
[D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Nghị định", "57", "2018/NĐ-CP", "2018-04-17", "Chính phủ", "Nghị định số 57/2018/NĐ-CP ngày 17/4/2018"),
 D("Nghị quyết", "120", "NQ-CP", "2017-11-17", "Chính phủ", "Nghị quyết số 120/NQ-CP ngày 17/11/2017")],
[prov("An Giang"), com("Bình Phước Xuân"), com("Châu Phong")],
["Báo An Giang Online", "Chính trị » Xây dựng Đảng » Dân vận", "Ảnh: Đại biểu dự hội nghị tổng kết.", "Dân vận khéo",
 "Tổ liên kết trồng xoài cát Hòa Lộc", "thuận thiên", "được mùa mất giá"],
["Thứ Sáu, 28/12/2018 - 10:15", "năm 2018", "năm 2019", "lúa một vụ"]))

PAGES.append(page("b6807-bacgiang-bdv-giaoban-thang5-2019", """
Cổng TTĐT Ban Dân vận Tỉnh ủy Bắc Giang
Hôm nay: Thứ Hai, 03/06/2019
Trang chủ | Hoạt động | Tin địa phương
31/05/2019 - 16:20
Giao ban công tác dân vận tháng 5: tập trung vận động tiêu thụ vải thiều và chuyển đổi cây trồng
Chiều 30/5, Ban Dân vận Tỉnh ủy Bắc Giang tổ chức giao ban công tác dân vận tháng 5/2019 với Ban Dân vận các huyện ủy, thành ủy. Đồng chí Lê Thị Thu Hồng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Trong tháng, khối dân vận các cấp tập trung tuyên truyền, vận động nhân dân thực hiện Kế hoạch số 93-KH/TU của Tỉnh ủy về tái cơ cấu ngành nông nghiệp; hướng dẫn các hộ trồng vải sản xuất theo tiêu chuẩn VietGAP, GlobalGAP để xuất khẩu. Toàn tỉnh hiện có khoảng 28.000 ha vải thiều, trong đó 15.000 ha đạt VietGAP; dự kiến sản lượng năm nay khoảng 150.000 tấn.
Các huyện Lục Ngạn, Lục Nam, Tân Yên đã vận động nhân dân chuyển đổi gần 1.100 ha vải kém hiệu quả sang trồng cam, bưởi, ổi; 39 mô hình dồn điền đổi thửa, tích tụ ruộng đất quy mô từ 2 ha trở lên đã được hình thành. Tại xã Phúc Hòa, huyện Tân Yên, nhân dân tự nguyện dồn đổi 68 ha để đưa máy móc vào sản xuất.
Tuy vậy, vẫn còn 7 vụ việc tranh chấp ranh giới ruộng sau dồn đổi, chủ yếu ở huyện Lạng Giang. Đồng chí Thân Văn Khoa, HUV, Trưởng Ban Dân vận Huyện ủy Lạng Giang, cho biết huyện đã cử tổ công tác về đối thoại, hòa giải thành 5 vụ.
Theo đồng chí Thân Văn Khoa, nguyên nhân chủ yếu là mốc giới cũ bị mất, một số hộ đi làm ăn xa không về nhận ruộng đúng thời điểm, khi về lại thắc mắc vị trí. Huyện đã chỉ đạo các xã rà soát hồ sơ, đo đạc lại, mời các hộ liên quan cùng chứng kiến cắm mốc.
Đồng chí Vi Văn Lâm, Trưởng Ban Dân vận Huyện ủy Sơn Động, đề nghị tỉnh có chính sách hỗ trợ đồng bào Nùng, Dao trồng cây dược liệu dưới tán rừng thay cho cây keo. Theo đồng chí, nhiều hộ ở vùng cao đã đăng ký nhưng chưa có giống tốt, chưa có doanh nghiệp thu mua nên còn chần chừ; cán bộ dân vận xã cũng thiếu kiến thức kỹ thuật để tư vấn cho bà con.
Kết luận giao ban, đồng chí Lê Thị Thu Hồng đề nghị tháng 6 các huyện tập trung vận động thương nhân, hộ trồng vải giữ chữ tín, không bán ép giá; phối hợp Mặt trận tổ chức Hội nghị xúc tiến tiêu thụ; nắm tình hình dư luận trong thực hiện Nghị định số 83/2018/NĐ-CP ngày 24/5/2018 của Chính phủ về khuyến nông. Ban Dân vận Tỉnh ủy sẽ ban hành văn bản hướng dẫn các huyện xây dựng mô hình "Dân vận khéo" trong chuyển đổi cây trồng.
Ngọc Mai
Các tin đã đưa
- Lục Ngạn: 120 điểm thu mua vải sẵn sàng vào vụ (28/05/2019)
- Tân Yên sơ kết 5 năm dồn điền đổi thửa (20/05/2019)
- Yên Dũng vận động hiến đất làm đường nội đồng (13/05/2019)
""", "2019-05-31", "Giao ban công tác dân vận tháng 5: tập trung vận động tiêu thụ vải thiều và chuyển đổi cây trồng",
E("giao_ban", "2019-05", "2019-05-30"),
[P("Lê Thị Thu Hồng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thân Văn Khoa", "HUV", "Trưởng Ban Dân vận Huyện ủy Lạng Giang"),
 P("Vi Văn Lâm", "Trưởng Ban Dân vận Huyện ủy Sơn Động")],
[Q("khoảng 28.000 ha", 28000, "ha", "approx"), Q("15.000 ha", 15000, "ha"), Q("khoảng 150.000 tấn", 150000, "tấn", "approx"),
 Q("gần 1.100 ha", 1100, "ha", "approx"), Q("39 mô hình", 39, "mô hình"), Q("từ 2 ha trở lên", 2, "ha", "over"),
 Q("68 ha", 68, "ha"), Q("7 vụ việc tranh chấp ranh giới ruộng", 7, "vụ việc tranh chấp ranh giới ruộng"), Q("5 vụ", 5, "vụ")],
[D("Kế hoạch", "93", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 93-KH/TU"),
 D("Nghị định", "83", "2018/NĐ-CP", "2018-05-24", "Chính phủ", "Nghị định số 83/2018/NĐ-CP ngày 24/5/2018")],
[prov("Bắc Giang"), com("Phúc Hòa")],
["Cổng TTĐT Ban Dân vận Tỉnh ủy Bắc Giang", "Trang chủ | Hoạt động | Tin địa phương", "Dân vận khéo"],
["Hôm nay: Thứ Hai, 03/06/2019", "31/05/2019 - 16:20", "tháng 5/2019", "tháng 6", "năm nay"]))

PAGES.append(page("b6808-ninhbinh-bdvhu-baocao-2020", """
ĐẢNG BỘ TỈNH NINH BÌNH - TRANG THÔNG TIN ĐIỆN TỬ
Bạn đang ở: Trang chủ - Dân vận - Tin cơ sở
Ngày đăng 17/04/2020 | 09:35
Kim Sơn: Báo cáo kết quả vận động nhân dân chuyển đổi đất lúa quý I/2020
Ngày 16/4/2020, Ban Dân vận Huyện ủy Kim Sơn có Báo cáo số 27-BC/BDVHU gửi Ban Thường vụ Huyện ủy và Ban Dân vận Tỉnh ủy Ninh Bình về kết quả công tác dân vận quý I/2020, trong đó nhấn mạnh việc vận động nhân dân chuyển đổi cơ cấu cây trồng, vật nuôi trên đất trồng lúa kém hiệu quả ở vùng ven biển.
Theo báo cáo, mặc dù chịu ảnh hưởng của dịch Covid-19, quý I các tổ dân vận xóm, chi hội nông dân, chi hội phụ nữ đã vận động được 318 hộ đăng ký chuyển đổi với diện tích 146,5 ha, chủ yếu chuyển sang trồng cói, nuôi tôm - lúa và trồng rau màu. Khối dân vận huyện đã phối hợp phòng Nông nghiệp và PTNT tổ chức 19 buổi tuyên truyền tại các xóm, phát hơn 4.000 tờ gấp hướng dẫn quy trình đăng ký chuyển đổi theo Nghị định số 62/2019/NĐ-CP ngày 11/7/2019 của Chính phủ về quản lý, sử dụng đất trồng lúa.
Nổi bật là xã Kim Trung: chi bộ các xóm đã họp bàn, thống nhất để các hộ đổi ruộng cho nhau, hình thành vùng nuôi tôm - lúa liền vùng 42 ha; mỗi ha cho thu nhập 180 - 200 triệu đồng/năm. Tại xã Kim Hải, ông Phạm Văn Toàn, Bí thư Chi bộ xóm 3, đã vận động 27 hộ góp đất, thành lập tổ hợp tác trồng ngô ngọt và rau màu vụ đông.
Báo cáo cũng chỉ ra tồn tại: việc chuyển đổi ở một số nơi chưa theo quy hoạch, 2 hộ tự ý đào ao trên đất lúa phải lập biên bản; sự phối hợp giữa các đoàn thể và chính quyền xã có lúc chưa chặt chẽ; một số hộ sau khi chuyển đổi gặp khó khăn về tiêu thụ do dịch bệnh.
Quý II/2020, Ban Dân vận Huyện ủy đề ra nhiệm vụ: tham mưu Ban Thường vụ Huyện ủy sơ kết 5 năm thực hiện Nghị quyết số 09-NQ/HU về phát triển nông nghiệp hàng hóa; hướng dẫn các xã đăng ký mô hình "Dân vận khéo" gắn với chuyển đổi cây trồng; chỉ đạo Mặt trận, đoàn thể huyện giám sát việc hỗ trợ chuyển đổi theo Kế hoạch số 45/KH-UBND của UBND huyện.
Trao đổi với phóng viên, đồng chí Trần Thị Phương Thảo, HUV, Trưởng Ban Dân vận Huyện ủy Kim Sơn, cho biết: "Người dân vùng bãi ngang rất chịu khó, chỉ cần thấy hiệu quả là họ làm theo. Vì vậy, việc của cán bộ dân vận là đi trước, làm mẫu, giúp bà con tìm đầu ra". Theo đồng chí, mục tiêu năm 2020 của huyện là chuyển đổi trên 400 ha, trong đó ít nhất 100 ha gắn với liên kết tiêu thụ.
Hồng Vân
Tin khác
- Yên Mô: vận động dồn điền đổi thửa ở 3 xã (10/04/2020)
- Ban Dân vận Tỉnh ủy giao ban trực tuyến quý I (07/04/2020)
- Nho Quan: trồng 150 ha dưa lê trên đất lúa (25/03/2020)
""", "2020-04-17", "Kim Sơn: Báo cáo kết quả vận động nhân dân chuyển đổi đất lúa quý I/2020",
E("bao_cao", "2020-Q1", "2020-04-16"),
[P("Phạm Văn Toàn", "Bí thư Chi bộ xóm 3"),
 P("Trần Thị Phương Thảo", "HUV", "Trưởng Ban Dân vận Huyện ủy Kim Sơn")],
[Q("318 hộ", 318, "hộ"), Q("146,5 ha", 146.5, "ha"), Q("19 buổi tuyên truyền", 19, "buổi tuyên truyền"),
 Q("hơn 4.000 tờ gấp", 4000, "tờ gấp", "over"), Q("42 ha", 42, "ha"), Q("180 - 200 triệu đồng/năm", 180000000, "đồng", "approx"),
 Q("27 hộ", 27, "hộ"), Q("2 hộ", 2, "hộ"), Q("trên 400 ha", 400, "ha", "over"), Q("ít nhất 100 ha", 100, "ha", "over")],
[D("Báo cáo", "27", "BC/BDVHU", None, "Ban Dân vận Huyện ủy Kim Sơn", "Báo cáo số 27-BC/BDVHU"),
 D("Nghị định", "62", "2019/NĐ-CP", "2019-07-11", "Chính phủ", "Nghị định số 62/2019/NĐ-CP ngày 11/7/2019"),
 D("Nghị quyết", "09", "NQ/HU", None, None, "Nghị quyết số 09-NQ/HU"),
 D("Kế hoạch", "45", "KH-UBND", None, "UBND huyện", "Kế hoạch số 45/KH-UBND")],
[prov("Ninh Bình"), com("Kim Trung"), com("Kim Hải")],
["ĐẢNG BỘ TỈNH NINH BÌNH - TRANG THÔNG TIN ĐIỆN TỬ", "Bạn đang ở: Trang chủ - Dân vận - Tin cơ sở", "Dân vận khéo", "Covid-19"],
["Ngày đăng 17/04/2020 | 09:35", "quý I/2020", "Quý II/2020", "5 năm", "xóm 3", "năm 2020", "Covid-19"]))
