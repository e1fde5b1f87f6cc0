from lib import *
PAGES = []

PAGES.append(page("b9449-haiduong-chutich-doithoai-thanhnien-2020", """
BÁO HẢI DƯƠNG ĐIỆN TỬ
Hôm nay: Thứ Sáu, 02/10/2020
Chính trị » Mặt trận - Đoàn thể
Cập nhật: 09:42, 25/09/2020 (GMT+7)
Thanh niên kiến nghị về chuyển đổi số, việc làm sau dịch
(Baohaiduong.vn) - Chiều 24/9, UBND tỉnh Hải Dương phối hợp với Tỉnh đoàn tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với thanh niên năm 2020 theo hình thức trực tuyến tại 13 điểm cầu, với hơn 1.000 đoàn viên, thanh niên tham dự.
Chủ tịch UBND tỉnh Nguyễn Đức Thắng chủ trì hội nghị đối thoại. Ảnh: Thành Chung
Đồng chí Nguyễn Đức Thắng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; cùng tham gia trả lời có Giám đốc Sở Thông tin và Truyền thông Lương Văn Cầu, Phó Giám đốc Sở Lao động - Thương binh và Xã hội Bùi Thị Thanh Hà và đại diện các sở, ngành.
Báo cáo tại hội nghị, đồng chí Phạm Thị Thu Trang, Tỉnh ủy viên, Bí thư Tỉnh đoàn, cho biết 2 đợt dịch Covid-19 vừa qua đã khiến gần 12.000 lao động trẻ bị giảm giờ làm hoặc mất việc. Trong đợt dịch tháng 7 - 8, các cấp bộ Đoàn đã thành lập 265 đội hình thanh niên tình nguyện hỗ trợ phòng, chống dịch, với trên 3.400 đoàn viên trực tại các chốt kiểm soát, khu cách ly; quyên góp hơn 850 triệu đồng và 40 tấn nông sản hỗ trợ người dân bị ảnh hưởng.
Tại hội nghị đối thoại, 18 ý kiến được gửi đến Chủ tịch UBND tỉnh. Anh Đỗ Văn Tùng, Giám đốc Hợp tác xã nông nghiệp công nghệ cao Thanh Hà, kiến nghị hỗ trợ thanh niên xây dựng sàn giao dịch trực tuyến để tiêu thụ vải thiều. Chị Vũ Thị Hồng Nhung ở phường Tứ Minh hỏi về chính sách cho lao động trẻ bị mất việc do dịch. Anh Nguyễn Văn Khải, Bí thư Đoàn xã Thanh Xá, đề nghị đầu tư wifi miễn phí tại nhà văn hóa các thôn để thanh niên học trực tuyến.
Trả lời các ý kiến, Giám đốc Sở Thông tin và Truyền thông Lương Văn Cầu cho biết tỉnh đang triển khai Quyết định số 749/QĐ-TTg ngày 3/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số quốc gia, sẽ hỗ trợ đưa 200 sản phẩm nông nghiệp của thanh niên lên sàn thương mại điện tử. Bà Bùi Thị Thanh Hà thông tin, đến nay đã có hơn 2.600 lao động được hỗ trợ theo Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ với tổng kinh phí trên 4,1 tỷ đồng.
Kết luận hội nghị, Chủ tịch UBND tỉnh Nguyễn Đức Thắng đánh giá cao những ý kiến tâm huyết, cụ thể của thanh niên; giao các sở, ngành trả lời bằng văn bản những kiến nghị chưa được giải đáp; yêu cầu Tỉnh đoàn tham mưu xây dựng Kế hoạch số 2456/KH-UBND về hỗ trợ thanh niên khởi nghiệp, chuyển đổi số giai đoạn 2021 - 2025. Đồng chí cam kết dành 5 tỷ đồng từ ngân sách tỉnh ủy thác qua Ngân hàng Chính sách xã hội để thanh niên vay vốn tạo việc làm.
Thành Chung
Tin liên quan
- Tỉnh đoàn trao 120 máy tính cho học sinh khó khăn (20/09/2020)
- Thanh niên Chí Linh tình nguyện tại khu cách ly (10/08/2020)
- Tuổi trẻ Hải Dương chung tay chống dịch (02/08/2020)
""", "2020-09-25", "Thanh niên kiến nghị về chuyển đổi số, việc làm sau dịch",
E("doi_thoai", "2020", "2020-09-24"),
[P("Nguyễn Đức Thắng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Lương Văn Cầu", "Giám đốc Sở Thông tin và Truyền thông"),
 P("Bùi Thị Thanh Hà", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Phạm Thị Thu Trang", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn"),
 P("Đỗ Văn Tùng", "Giám đốc Hợp tác xã nông nghiệp công nghệ cao Thanh Hà"),
 P("Vũ Thị Hồng Nhung"), P("Nguyễn Văn Khải", "Bí thư Đoàn xã Thanh Xá")],
[Q("13 điểm cầu", 13, "điểm cầu"), Q("hơn 1.000 đoàn viên, thanh niên", 1000, "đoàn viên, thanh niên", "over"),
 Q("gần 12.000 lao động trẻ", 12000, "lao động trẻ", "approx"),
 Q("265 đội hình thanh niên tình nguyện", 265, "đội hình thanh niên tình nguyện"),
 Q("trên 3.400 đoàn viên", 3400, "đoàn viên", "over"), Q("hơn 850 triệu đồng", 850000000, "đồng", "over"),
 Q("40 tấn", 40, "tấn"), Q("18 ý kiến", 18, "ý kiến"), Q("200 sản phẩm nông nghiệp", 200, "sản phẩm nông nghiệp"),
 Q("hơn 2.600 lao động", 2600, "lao động", "over"), Q("trên 4,1 tỷ đồng", 4100000000, "đồng", "over"),
 Q("5 tỷ đồng", 5000000000, "đồng")],
[D("Quyết định", "749", "QĐ-TTg", "2020-06-03", "Thủ tướng Chính phủ", "Quyết định số 749/QĐ-TTg ngày 3/6/2020"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Kế hoạch", "2456", "KH-UBND", None, None, "Kế hoạch số 2456/KH-UBND")],
[prov("Hải Dương"), com("Tứ Minh"), com("Thanh Xá")],
["BÁO HẢI DƯƠNG ĐIỆN TỬ", "Hôm nay: Thứ Sáu, 02/10/2020", "Chính trị » Mặt trận - Đoàn thể", "(Baohaiduong.vn)",
 "Chủ tịch UBND tỉnh Nguyễn Đức Thắng chủ trì hội nghị đối thoại. Ảnh: Thành Chung", "Chương trình chuyển đổi số quốc gia"],
["Hôm nay: Thứ Sáu, 02/10/2020", "Cập nhật: 09:42, 25/09/2020 (GMT+7)", "năm 2020", "2 đợt", "tháng 7 - 8",
 "giai đoạn 2021 - 2025", "Covid-19"]))

PAGES.append(page("b9450-binhthuan-tinhdoan-soket-2021", """
BÁO BÌNH THUẬN ĐIỆN TỬ
Trang chủ | Chính trị | Đoàn thể
Thứ Sáu, 09/07/2021, 16:45
Tuổi trẻ Bình Thuận xung kích nơi tuyến đầu chống dịch
BT- Ngày 8/7, Ban Thường vụ Tỉnh đoàn Bình Thuận tổ chức hội nghị trực tuyến sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2021, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lê Minh Phương, Bí thư Tỉnh đoàn chủ trì hội nghị tại điểm cầu chính.
Đoàn viên thanh niên trực chốt kiểm soát dịch tại Phan Thiết.
Theo báo cáo do đồng chí Bố Thị Hồng Nhung, Phó Bí thư Thường trực Tỉnh đoàn trình bày, 6 tháng qua các cấp bộ Đoàn đã cụ thể hóa Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII bằng Chương trình hành động số 12-CTr/TĐTN của Ban Chấp hành Tỉnh đoàn, đồng thời triển khai nghiêm Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ khi dịch Covid-19 bùng phát trở lại.
Hơn 4.500 lượt đoàn viên đã tham gia trực tại 312 chốt kiểm soát dịch, hỗ trợ tiêm chủng cho khoảng 46.000 lượt người, vận động trao 2.300 phần quà cho người lao động tự do mất việc. Đoàn viên, thanh niên đã ủng hộ Quỹ phòng, chống dịch Covid-19 của tỉnh hơn 600 triệu đồng. Dù dịch bệnh phức tạp, các cơ sở Đoàn vẫn kết nạp 1.020 đoàn viên mới; 85% chi đoàn tổ chức sinh hoạt trực tuyến đều đặn.
Tại hội nghị, đồng chí Thông Minh Tuấn, Bí thư Huyện đoàn Bắc Bình, chia sẻ kinh nghiệm tuyên truyền phòng dịch bằng tiếng Chăm qua loa phát thanh thôn, giúp bà con ở xã Phan Thanh nắm rõ quy định. Đồng chí Mang Thị Hoa, Bí thư Đoàn xã La Dạ, cho biết đoàn xã đã thành lập đội hình thanh niên người Raglai hỗ trợ thu hoạch nông sản cho 27 hộ có người đang cách ly.
6 tháng cuối năm, Tỉnh đoàn xác định chiến dịch Thanh niên tình nguyện hè năm 2021 sẽ tập trung cho phòng, chống dịch, không tổ chức các hoạt động tập trung đông người; đội hình "Tiếp sức mùa thi" chuyển sang hỗ trợ trực tuyến. Tỉnh đoàn cũng thực hiện Kế hoạch số 185-KH/TĐTN ngày 15/6/2021 của Ban Thường vụ Tỉnh đoàn về thành lập 120 tổ thanh niên tình nguyện tại các khu dân cư.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Danh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, biểu dương tinh thần xung kích của tuổi trẻ; đề nghị Tỉnh đoàn chú trọng bảo đảm an toàn cho đoàn viên tại tuyến đầu và quan tâm thanh niên ở các khu phố biển như phường Phú Thủy, nơi có nhiều lao động nghề biển gặp khó khăn.
Cuối hội nghị, Ban Thường vụ Tỉnh đoàn khen thưởng 18 tập thể và 34 cá nhân có thành tích trong công tác phòng, chống dịch.
Ngọc Lân
Lượt xem: 1.387
Tin liên quan
- Thanh niên Hàm Thuận Nam trao quà cho người dân khu phong tỏa (05/07/2021)
- Ra quân Chiến dịch tình nguyện hè năm 2021 (01/07/2021)
- Tỉnh đoàn phát động "Ngày chủ nhật xanh" (20/06/2021)
""", "2021-07-09", "Tuổi trẻ Bình Thuận xung kích nơi tuyến đầu chống dịch",
E("so_ket", "2021-H1", "2021-07-08"),
[P("Lê Minh Phương", "Bí thư Tỉnh đoàn"), P("Bố Thị Hồng Nhung", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Thông Minh Tuấn", "Bí thư Huyện đoàn Bắc Bình"), P("Mang Thị Hoa", "Bí thư Đoàn xã La Dạ"),
 P("Nguyễn Văn Danh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("Hơn 4.500 lượt đoàn viên", 4500, "lượt đoàn viên", "over"), Q("312 chốt kiểm soát dịch", 312, "chốt kiểm soát dịch"),
 Q("khoảng 46.000 lượt người", 46000, "lượt người", "approx"), Q("2.300 phần quà", 2300, "phần quà"),
 Q("hơn 600 triệu đồng", 600000000, "đồng", "over"), Q("1.020 đoàn viên mới", 1020, "đoàn viên mới"), Q("85%", 85, "%"),
 Q("27 hộ", 27, "hộ"), Q("120 tổ thanh niên tình nguyện", 120, "tổ thanh niên tình nguyện"),
 Q("18 tập thể", 18, "tập thể"), Q("34 cá nhân", 34, "cá nhân")],
[D("Chương trình hành động", "12", "CTr/TĐTN", None, "Ban Chấp hành Tỉnh đoàn", "Chương trình hành động số 12-CTr/TĐTN"),
 D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Kế hoạch", "185", "KH/TĐTN", "2021-06-15", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 185-KH/TĐTN ngày 15/6/2021")],
[prov("Bình Thuận"), com("Phan Thanh"), com("La Dạ"), com("Phú Thủy")],
["BÁO BÌNH THUẬN ĐIỆN TỬ", "Trang chủ | Chính trị | Đoàn thể", "Đoàn viên thanh niên trực chốt kiểm soát dịch tại Phan Thiết.",
 "Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII", "Tiếp sức mùa thi", "Lượt xem: 1.387"],
["Thứ Sáu, 09/07/2021, 16:45", "6 tháng đầu năm 2021", "6 tháng cuối năm", "lần thứ XII", "Covid-19", "năm 2021", "Lượt xem: 1.387"]))

PAGES.append(page("b9451-dienbien-raquan-he-2022", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Bạn đang xem: Xã hội > Thanh niên
Thứ Hai, 06/6/2022 07:30
Ra quân Chiến dịch Thanh niên tình nguyện hè năm 2022
ĐBP - Sáng 5/6, tại xã Mường Phăng (huyện Điện Biên), Tỉnh đoàn tổ chức Lễ ra quân Chiến dịch Thanh niên tình nguyện hè và phát động Tháng hành động vì môi trường năm 2022. Hơn 500 đoàn viên, thanh niên, chiến sĩ lực lượng vũ trang tham gia lễ ra quân.
Các đại biểu trồng cây hoa ban tại khu di tích Sở Chỉ huy chiến dịch Điện Biên Phủ. Ảnh: Lò Hương
Dự buổi lễ có đồng chí Cà Văn Đôi, Phó Chủ tịch UBND tỉnh; đồng chí Lường Thị Thu Hiền, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn; Chủ tịch UBND xã Mường Phăng Lò Văn Chiến và đông đảo bà con các bản.
Chiến dịch năm nay triển khai theo Kế hoạch số 132-KH/TĐTN ngày 12/5/2022 của Ban Thường vụ Tỉnh đoàn, cụ thể hóa Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021 - 2030 ban hành kèm theo Quyết định số 1331/QĐ-TTg ngày 24/7/2021 của Thủ tướng Chính phủ. Toàn tỉnh dự kiến thành lập 96 đội hình tình nguyện, thực hiện 10 công trình thanh niên cấp tỉnh và ít nhất 50 công trình, phần việc ở cơ sở; tổng kinh phí khoảng 1,5 tỷ đồng.
Phát biểu tại lễ ra quân, đồng chí Cà Văn Đôi đề nghị các đội hình ưu tiên những bản đặc biệt khó khăn ở biên giới các huyện Mường Nhé, Nậm Pồ, tham gia sắp xếp dân cư, xóa nhà tạm, giúp bà con người Mông, Khơ Mú, Cống ổn định cuộc sống. Đồng chí cũng lưu ý giữ an toàn trong mùa mưa lũ.
Ngay sau buổi lễ, các đoàn viên đã trồng 1.500 cây hoa ban dọc tuyến đường vào khu di tích, làm vệ sinh 3 km đường liên bản, khám bệnh, cấp thuốc miễn phí cho 250 lượt người và tặng 200 suất quà cho thiếu nhi. Đội hình Quân đội của Đoàn Kinh tế - Quốc phòng 379 giúp bản Kéo xây dựng 1 điểm vui chơi cho trẻ em.
Đồng chí Sùng A Vàng, Bí thư Đoàn xã Chà Tở, cho biết đoàn xã đăng ký làm 2 km đường bê tông lên bản Nà Pẩu và mở lớp dạy tiếng Việt cho 40 thanh niên chưa biết chữ. "Thanh niên trong xã đều đã góp công, chỉ còn chờ xi măng về", anh nói. Chị Lò Thị Xuân, Bí thư Chi đoàn bản Nà Nhạn, xã Nà Nhạn, xin được hỗ trợ cây giống ăn quả để thanh niên phát triển kinh tế vườn.
Theo Ban Thường vụ Tỉnh đoàn, trong suốt chiến dịch, các đội hình sẽ luân phiên về các bản vùng cao, ăn ở cùng bà con; mỗi tuần báo cáo tiến độ công trình qua nhóm trực tuyến của Tỉnh đoàn để kịp thời tháo gỡ khó khăn về vật liệu, phương tiện đi lại trong mùa mưa.
Lò Hương
Lượt truy cập: 36.540
Tin cùng chuyên mục
- Tuổi trẻ Tuần Giáo tham gia xóa nhà tạm (28/05/2022)
- Thanh niên tình nguyện giúp dân thu hoạch cà phê (20/05/2022)
- Tuyên dương 30 thanh niên tiêu biểu (26/03/2022)
""", "2022-06-06", "Ra quân Chiến dịch Thanh niên tình nguyện hè năm 2022",
E("khac", None, "2022-06-05"),
[P("Cà Văn Đôi", "Phó Chủ tịch UBND tỉnh"),
 P("Lường Thị Thu Hiền", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Lò Văn Chiến", "Chủ tịch UBND xã Mường Phăng"), P("Sùng A Vàng", "Bí thư Đoàn xã Chà Tở"),
 P("Lò Thị Xuân", "Bí thư Chi đoàn bản Nà Nhạn")],
[Q("Hơn 500 đoàn viên, thanh niên, chiến sĩ lực lượng vũ trang", 500, "đoàn viên, thanh niên, chiến sĩ lực lượng vũ trang", "over"),
 Q("96 đội hình tình nguyện", 96, "đội hình tình nguyện"), Q("10 công trình thanh niên cấp tỉnh", 10, "công trình thanh niên cấp tỉnh"),
 Q("ít nhất 50 công trình, phần việc", 50, "công trình, phần việc", "over"), Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx"),
 Q("1.500 cây hoa ban", 1500, "cây hoa ban"), Q("3 km", 3, "km"), Q("250 lượt người", 250, "lượt người"),
 Q("200 suất quà", 200, "suất quà"), Q("2 km", 2, "km"), Q("40 thanh niên", 40, "thanh niên")],
[D("Kế hoạch", "132", "KH/TĐTN", "2022-05-12", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 132-KH/TĐTN ngày 12/5/2022"),
 D("Quyết định", "1331", "QĐ-TTg", "2021-07-24", "Thủ tướng Chính phủ", "Quyết định số 1331/QĐ-TTg ngày 24/7/2021")],
[prov("Điện Biên"), com("Mường Phăng"), com("Chà Tở"), com("Nà Nhạn")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Bạn đang xem: Xã hội > Thanh niên", "ĐBP",
 "Các đại biểu trồng cây hoa ban tại khu di tích Sở Chỉ huy chiến dịch Điện Biên Phủ. Ảnh: Lò Hương",
 "Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021 - 2030", "Tháng hành động vì môi trường", "Lượt truy cập: 36.540"],
["Thứ Hai, 06/6/2022 07:30", "năm 2022", "giai đoạn 2021 - 2030", "1 điểm vui chơi", "379", "Lượt truy cập: 36.540"]))

PAGES.append(page("b9452-angiang-tinhdoan-baocao-he-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐOÀN AN GIANG
You are here: Trang chủ / Tin tức / Hoạt động Đoàn
2023-09-14 09:20
Thường trực Tỉnh ủy nghe báo cáo kết quả chiến dịch tình nguyện hè năm 2023
Chiều 13/9, Thường trực Tỉnh ủy An Giang làm việc với Ban Thường vụ Tỉnh đoàn, nghe báo cáo kết quả thực hiện Chiến dịch Thanh niên tình nguyện hè năm 2023 và tiến độ các nhiệm vụ trọng tâm của công tác Đoàn cuối năm. Đồng chí Phạm Văn Đạt, Phó Bí thư Thường trực Tỉnh ủy chủ trì buổi làm việc.
Quang cảnh buổi làm việc.
Theo báo cáo của đồng chí Huỳnh Thị Ngọc Giàu, Bí thư Tỉnh đoàn, thực hiện Kế hoạch số 264-KH/TĐTN ngày 15/5/2023 của Ban Thường vụ Tỉnh đoàn, chiến dịch hè năm nay đã huy động hơn 12.000 chiến sĩ tình nguyện trong 215 đội hình. Các đội hình đã thực hiện 68 công trình thanh niên cấp huyện, thắp sáng 45 km đường quê, xây 18 cây cầu nông thôn với tổng giá trị 24,6 tỷ đồng; hỗ trợ 9.800 thí sinh trong kỳ thi tốt nghiệp THPT.
Ở vùng đồng bào dân tộc, Tỉnh đoàn phối hợp các chùa Khmer mở 32 lớp dạy chữ Khmer hè và trao 150 suất học bổng cho học sinh Khmer, Chăm. Đồng chí Chau Ngọc Điệp, Phó Bí thư Tỉnh đoàn - Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh, cho biết Hội đã giới thiệu việc làm cho 1.300 thanh niên, trong đó có 420 thanh niên người dân tộc thiểu số ở các huyện Tri Tôn, Tịnh Biên.
Tại buổi làm việc, đồng chí Mohamad Sa Ri, Bí thư Đoàn xã Châu Phong, báo cáo mô hình "Thanh niên Chăm giữ gìn nghề dệt thổ cẩm" với 25 thành viên, thu nhập bình quân 5 triệu đồng/người/tháng. Đồng chí Néang Sa Phia, Bí thư Đoàn xã Ô Lâm, đề xuất hỗ trợ kinh phí duy trì tủ sách song ngữ Việt - Khmer tại các chùa.
Trưởng Ban Dân vận Tỉnh ủy Chau Văn Lợi đánh giá cao việc Tỉnh đoàn chủ động phối hợp với các chùa Phật giáo Nam tông Khmer và các thánh đường Hồi giáo trong vận động thanh niên; đề nghị tiếp tục thực hiện Kết luận 51, 52-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc, tôn giáo.
Kết luận buổi làm việc, đồng chí Phạm Văn Đạt ghi nhận các kết quả của tuổi trẻ An Giang; yêu cầu Tỉnh đoàn chuẩn bị tốt Đại hội Hội Liên hiệp Thanh niên Việt Nam tỉnh, tham mưu tổng kết 10 năm thực hiện Chỉ thị số 18-CT/TU ngày 22/4/2013 của Tỉnh ủy về công tác thanh niên, đồng thời bám sát Quyết định số 1331/QĐ-TTg của Thủ tướng Chính phủ để xây dựng chỉ tiêu phát triển thanh niên đến năm 2030.
Ngọc Thủy
Tin khác
- Tổng kết chiến dịch "Mùa hè xanh" năm 2023 (25/08/2023)
- Trao 50 suất học bổng cho học sinh Chăm (10/08/2023)
- Ra mắt công trình "Thắp sáng đường quê" tại Tri Tôn (28/07/2023)
""", "2023-09-14", "Thường trực Tỉnh ủy nghe báo cáo kết quả chiến dịch tình nguyện hè năm 2023",
E("bao_cao", "2023", "2023-09-13"),
[P("Phạm Văn Đạt", "Phó Bí thư Thường trực Tỉnh ủy"), P("Huỳnh Thị Ngọc Giàu", "Bí thư Tỉnh đoàn"),
 P("Chau Ngọc Điệp", "Phó Bí thư Tỉnh đoàn - Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh"),
 P("Mohamad Sa Ri", "Bí thư Đoàn xã Châu Phong"), P("Néang Sa Phia", "Bí thư Đoàn xã Ô Lâm"),
 P("Chau Văn Lợi", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("hơn 12.000 chiến sĩ tình nguyện", 12000, "chiến sĩ tình nguyện", "over"), Q("215 đội hình", 215, "đội hình"),
 Q("68 công trình thanh niên cấp huyện", 68, "công trình thanh niên cấp huyện"), Q("45 km", 45, "km"),
 Q("18 cây cầu nông thôn", 18, "cây cầu nông thôn"), Q("24,6 tỷ đồng", 24600000000, "đồng"), Q("9.800 thí sinh", 9800, "thí sinh"),
 Q("32 lớp dạy chữ Khmer hè", 32, "lớp dạy chữ Khmer hè"), Q("150 suất học bổng", 150, "suất học bổng"),
 Q("1.300 thanh niên", 1300, "thanh niên"), Q("420 thanh niên người dân tộc thiểu số", 420, "thanh niên người dân tộc thiểu số"),
 Q("25 thành viên", 25, "thành viên"), Q("5 triệu đồng", 5000000, "đồng")],
[D("Kế hoạch", "264", "KH/TĐTN", "2023-05-15", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 264-KH/TĐTN ngày 15/5/2023"),
 D("Kết luận", "51", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 51, 52-KL/TU"),
 D("Kết luận", "52", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 51, 52-KL/TU"),
 D("Chỉ thị", "18", "CT/TU", "2013-04-22", "Tỉnh ủy", "Chỉ thị số 18-CT/TU ngày 22/4/2013"),
 D("Quyết định", "1331", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1331/QĐ-TTg")],
[prov("An Giang"), com("Châu Phong"), com("Ô Lâm")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐOÀN AN GIANG", "You are here: Trang chủ / Tin tức / Hoạt động Đoàn", "Quang cảnh buổi làm việc.",
 "Thanh niên Chăm giữ gìn nghề dệt thổ cẩm"],
["2023-09-14 09:20", "năm 2023", "10 năm", "năm 2030"]))

PAGES.append(page("b9453-thanhhoa-tinhdoan-giamsat-muonglat-2024", """
BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Thời sự › Chính trị › Đoàn thể
Thứ Năm, 17/10/2024 - 10:15
Giám sát thực hiện Luật Thanh niên và đối thoại với thanh niên vùng biên Mường Lát
Ngày 16/10, đoàn giám sát của Ban Thường vụ Tỉnh đoàn do đồng chí Hà Văn Tuyên, Phó Bí thư Tỉnh đoàn làm trưởng đoàn đã giám sát việc thực hiện Luật Thanh niên số 57/2020/QH14 và chính sách đối với thanh niên tại huyện Mường Lát, theo Chương trình giám sát năm 2024 của Tỉnh đoàn.
Đồng chí Hà Văn Tuyên phát biểu tại buổi làm việc. Ảnh: Minh Hiếu
Cùng dự có đồng chí Vi Thị Thu, Bí thư Huyện đoàn Mường Lát; đồng chí Lò Văn Chiêng, HUV, Phó Chủ tịch UBND huyện Mường Lát và đại diện Phòng Nội vụ, Phòng Lao động - Thương binh và Xã hội huyện.
Theo báo cáo, Mường Lát có 8 xã, thị trấn với 2.156 đoàn viên sinh hoạt ở 72 chi đoàn; thanh niên người Mông, Thái, Dao chiếm trên 80% số thanh niên của huyện. Giai đoạn 2021 - 2024, huyện đã hỗ trợ 27 thanh niên vay vốn với tổng số tiền 1,35 tỷ đồng; tỷ lệ thanh niên qua đào tạo nghề mới đạt 41%. Việc tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với thanh niên theo Nghị định số 13/2021/NĐ-CP ngày 1/3/2021 của Chính phủ được duy trì mỗi năm 1 lần ở cấp huyện, nhưng cấp xã còn lúng túng.
Ngay tại buổi giám sát, đoàn đã tổ chức đối thoại với 60 đoàn viên, thanh niên tiêu biểu của các xã. Anh Giàng A Páo, Bí thư Đoàn xã Pù Nhi, kiến nghị có chính sách giữ chân thanh niên ở lại bản làm kinh tế, hạn chế đi làm thuê tự do sang nước bạn. Chị Thào Thị Dúa, Bí thư Chi đoàn bản Pù Toong, mong được hỗ trợ giống ngô, lúa nương và kỹ thuật chăn nuôi. Anh Lương Văn Thịnh, Bí thư Đoàn thị trấn Mường Lát, đề nghị huyện quan tâm xây dựng điểm sinh hoạt văn hóa cho thanh niên.
Giải đáp ý kiến, đồng chí Lò Văn Chiêng cho biết năm 2025 huyện sẽ dành khoảng 500 triệu đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi để hỗ trợ sinh kế cho thanh niên, ưu tiên xã Tam Chung và xã Pù Nhi.
Kết luận, đồng chí Hà Văn Tuyên đề nghị huyện chỉ đạo các xã tổ chức đối thoại với thanh niên theo đúng quy định; Huyện đoàn rà soát, củng cố 12 chi đoàn yếu; triển khai Quyết định số 312-QĐ/TĐTN ngày 2/10/2024 của Ban Thường vụ Tỉnh đoàn về thành lập các tổ thanh niên xung kích vùng biên. Kết quả giám sát sẽ được báo cáo Ban Thường vụ Tỉnh ủy.
Minh Hiếu
Lượt xem: 728
Tin liên quan
- Tỉnh đoàn trao 20 con bò giống cho thanh niên Quan Sơn (05/10/2024)
- Tuổi trẻ xứ Thanh khắc phục hậu quả bão số 3 (15/09/2024)
- Tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2024 (28/08/2024)
""", "2024-10-17", "Giám sát thực hiện Luật Thanh niên và đối thoại với thanh niên vùng biên Mường Lát",
E("giam_sat", "2024", "2024-10-16"),
[P("Hà Văn Tuyên", "Phó Bí thư Tỉnh đoàn"), P("Vi Thị Thu", "Bí thư Huyện đoàn Mường Lát"),
 P("Lò Văn Chiêng", "HUV", "Phó Chủ tịch UBND huyện Mường Lát"), P("Giàng A Páo", "Bí thư Đoàn xã Pù Nhi"),
 P("Thào Thị Dúa", "Bí thư Chi đoàn bản Pù Toong"), P("Lương Văn Thịnh", "Bí thư Đoàn thị trấn Mường Lát")],
[Q("8 xã, thị trấn", 8, "xã, thị trấn"), Q("2.156 đoàn viên", 2156, "đoàn viên"), Q("72 chi đoàn", 72, "chi đoàn"),
 Q("trên 80%", 80, "%", "over"), Q("27 thanh niên", 27, "thanh niên"), Q("1,35 tỷ đồng", 1350000000, "đồng"),
 Q("41%", 41, "%"), Q("60 đoàn viên, thanh niên tiêu biểu", 60, "đoàn viên, thanh niên tiêu biểu"),
 Q("khoảng 500 triệu đồng", 500000000, "đồng", "approx"), Q("12 chi đoàn yếu", 12, "chi đoàn yếu")],
[D("Luật", "57", "2020/QH14", None, None, "Luật Thanh niên số 57/2020/QH14"),
 D("Nghị định", "13", "2021/NĐ-CP", "2021-03-01", "Chính phủ", "Nghị định số 13/2021/NĐ-CP ngày 1/3/2021"),
 D("Quyết định", "312", "QĐ/TĐTN", "2024-10-02", "Ban Thường vụ Tỉnh đoàn", "Quyết định số 312-QĐ/TĐTN ngày 2/10/2024")],
[prov("Thanh Hóa"), com("Pù Nhi"), com("Mường Lát"), com("Tam Chung")],
["BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Thời sự › Chính trị › Đoàn thể",
 "Đồng chí Hà Văn Tuyên phát biểu tại buổi làm việc. Ảnh: Minh Hiếu",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 728"],
["Thứ Năm, 17/10/2024 - 10:15", "năm 2024", "Giai đoạn 2021 - 2024", "mỗi năm 1 lần", "năm 2025", "Lượt xem: 728"]))

PAGES.append(page("b9454-gialai-bithu-doithoai-thanhnien-2025", """
BÁO GIA LAI ĐIỆN TỬ
Thời sự › Chính trị › Đoàn thể
24/03/2025 06:00
Bí thư Tỉnh ủy Đặng Minh Trí trò chuyện với thanh niên sau buổi đối thoại. Ảnh: Ly Na
Thanh niên Jrai, Bahnar đề xuất cách giữ chân lao động trẻ ở buôn làng
(GLO)- Sáng 22/3, nhân kỷ niệm 94 năm Ngày thành lập Đoàn, Tỉnh đoàn Gia Lai tổ chức hội nghị Bí thư Tỉnh ủy đối thoại với thanh niên năm 2025 với chủ đề "Thanh niên Gia Lai tiên phong chuyển đổi số, khởi nghiệp sáng tạo". Khoảng 400 đại biểu là đoàn viên, thanh niên tiêu biểu của 17 huyện, thị xã, thành phố tham dự.
Đồng chí Đặng Minh Trí, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy chủ trì đối thoại. Cùng tham gia giải đáp có các đồng chí: Lê Thanh Bình, Phó Chủ tịch UBND tỉnh; Rah Lan Tuấn Anh, Bí thư Tỉnh đoàn; lãnh đạo các sở Khoa học và Công nghệ, Lao động - Thương binh và Xã hội.
Mở đầu, đồng chí Rah Lan Tuấn Anh cho biết thanh niên dân tộc thiểu số chiếm 46% số thanh niên toàn tỉnh. Năm 2024, các cấp bộ Đoàn đã hỗ trợ 86 dự án khởi nghiệp, giải ngân 12 tỷ đồng vốn vay; tổ chức Chiến dịch Thanh niên tình nguyện hè với 1.350 công trình, phần việc. Tuy nhiên, nhiều lao động trẻ vẫn rời buôn làng đi làm ăn xa, khiến chi đoàn ở một số làng chỉ còn vài đoàn viên.
Trong 23 ý kiến gửi đến hội nghị, đồng chí Kpă Y Thiêu, Bí thư Đoàn xã Ia Dreh, kiến nghị có chính sách cho thanh niên thuê đất trồng cây ăn quả. Chị Nay H'Lim, Bí thư Chi đoàn làng Plei Ơi, xã Ia Mlah, mong tỉnh mở lớp dạy livestream bán nông sản cho thanh niên Jrai. Anh Đinh Văn Hyơk, người Bahnar ở xã Đak Rong, hỏi về hỗ trợ học nghề cho thanh niên hoàn thành nghĩa vụ quân sự.
Trả lời, Phó Chủ tịch UBND tỉnh Lê Thanh Bình cho biết tỉnh đang triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, trong đó dự kiến hỗ trợ ít nhất 1.000 thanh niên học kỹ năng số; vốn vay khởi nghiệp tối đa 100 triệu đồng/dự án không cần thế chấp.
Kết luận hội nghị, Bí thư Tỉnh ủy Đặng Minh Trí khẳng định lắng nghe thanh niên là trách nhiệm của người đứng đầu; giao Tỉnh đoàn phối hợp các sở thực hiện Kế hoạch số 420-KH/TĐTN ngày 3/3/2025 của Ban Thường vụ Tỉnh đoàn về tổ chức Tháng Thanh niên năm 2025, sớm hình thành các tổ công nghệ số cộng đồng do thanh niên làm nòng cốt ở từng thôn, làng.
Sau hội nghị, các đại biểu tham quan gian trưng bày sản phẩm khởi nghiệp của thanh niên các huyện.
Ly Na
Tin liên quan
- Gia Lai ra quân Tháng Thanh niên năm 2025 (02/03/2025)
- Thanh niên Chư Sê khởi nghiệp với cà phê sạch (18/02/2025)
- Trao 500 phần quà Tết cho đồng bào nghèo (20/01/2025)
""", "2025-03-24", "Thanh niên Jrai, Bahnar đề xuất cách giữ chân lao động trẻ ở buôn làng",
E("doi_thoai", "2025", "2025-03-22"),
[P("Đặng Minh Trí", "Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Lê Thanh Bình", "Phó Chủ tịch UBND tỉnh"), P("Rah Lan Tuấn Anh", "Bí thư Tỉnh đoàn"),
 P("Kpă Y Thiêu", "Bí thư Đoàn xã Ia Dreh"), P("Nay H'Lim", "Bí thư Chi đoàn làng Plei Ơi"),
 P("Đinh Văn Hyơk")],
[Q("Khoảng 400 đại biểu", 400, "đại biểu", "approx"), Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
 Q("46%", 46, "%"), Q("86 dự án khởi nghiệp", 86, "dự án khởi nghiệp"), Q("12 tỷ đồng", 12000000000, "đồng"),
 Q("1.350 công trình, phần việc", 1350, "công trình, phần việc"), Q("23 ý kiến", 23, "ý kiến"),
 Q("ít nhất 1.000 thanh niên", 1000, "thanh niên", "over"), Q("tối đa 100 triệu đồng", 100000000, "đồng")],
[D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024"),
 D("Kế hoạch", "420", "KH/TĐTN", "2025-03-03", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 420-KH/TĐTN ngày 3/3/2025")],
[prov("Gia Lai"), com("Ia Dreh"), com("Ia Mlah"), com("Đak Rong")],
["BÁO GIA LAI ĐIỆN TỬ", "Thời sự › Chính trị › Đoàn thể",
 "Bí thư Tỉnh ủy Đặng Minh Trí trò chuyện với thanh niên sau buổi đối thoại. Ảnh: Ly Na", "(GLO)",
 "Thanh niên Gia Lai tiên phong chuyển đổi số, khởi nghiệp sáng tạo"],
["24/03/2025 06:00", "94 năm", "năm 2025", "Năm 2024"]))
