from lib import *
PAGES = []

PAGES.append(page("b7367-yenbai-tinhdoan-tongket-2024", """
BÁO YÊN BÁI ĐIỆN TỬ
Hôm nay: Thứ Hai, 13/01/2025
Chính trị > Đoàn thể - Hội
Ngày đăng 10/01/2025 | 09:05
Tỉnh đoàn Yên Bái tổng kết công tác Đoàn năm 2024
YBĐT - Ngày 9/1, Ban Chấp hành Tỉnh đoàn Yên Bái tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2024, triển khai nhiệm vụ năm 2025. Dự có đồng chí Hoàng Thị Vân Anh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Các đại biểu dự hội nghị.
Năm 2024, dù chịu ảnh hưởng nặng nề của cơn bão số 3 và hoàn lưu bão, tuổi trẻ Yên Bái vẫn hoàn thành và vượt 18/20 chỉ tiêu. Trong phong trào "Thanh niên khởi nghiệp, lập nghiệp", các cấp bộ Đoàn đã hỗ trợ 312 thanh niên phát triển kinh tế, trong đó 57 dự án khởi nghiệp được vay vốn với tổng số tiền 11,4 tỷ đồng; 9 sản phẩm của thanh niên đạt chuẩn OCOP.
Các "Tổ livestream thanh niên" được duy trì ở 92 xã, phường, thị trấn, tổ chức gần 400 phiên livestream giới thiệu quế Văn Yên, chè Suối Giàng, gạo nếp Tú Lệ, măng Bát Độ. Sau bão, Tỉnh đoàn phát động chương trình "Mua nông sản - Tiếp sức bà con vùng lũ", giúp bà con tiêu thụ khoảng 85 tấn nông sản, doanh thu hơn 2,1 tỷ đồng.
Báo cáo do đồng chí Triệu Thị Lan, Phó Bí thư Thường trực Tỉnh đoàn, trình bày nêu rõ: thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số, Tỉnh đoàn đã tập huấn cho 1.800 đoàn viên kỹ năng bán hàng trên nền tảng số; 100% cơ sở Đoàn cấp xã có trang thông tin trên mạng xã hội.
Tại hội nghị, anh Giàng A Chu, Bí thư Đoàn xã Tú Lệ, chia sẻ kinh nghiệm xây dựng kênh TikTok "Tú Lệ mùa vàng" với hơn 50.000 người theo dõi; chị Hà Thị Thanh, Phó Bí thư Huyện đoàn Văn Yên, đề nghị hỗ trợ thiết bị cho các tổ livestream ở vùng bị thiệt hại do bão.
Phát biểu chỉ đạo, đồng chí Hoàng Thị Vân Anh ghi nhận những kết quả toàn diện của công tác Đoàn, đề nghị năm 2025 Tỉnh đoàn tiếp tục thực hiện Chỉ thị số 42-CT/TW của Ban Bí thư về giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ; gắn hỗ trợ thanh niên khởi nghiệp với Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; chuẩn bị tốt cho việc sắp xếp tổ chức bộ máy.
Hội nghị cũng thẳng thắn chỉ ra hạn chế: một số cơ sở Đoàn còn lúng túng trong hỗ trợ thanh niên sau khởi nghiệp, nhiều mô hình quy mô nhỏ, thiếu liên kết chuỗi.
Dịp này, Trung ương Đoàn tặng bằng khen cho 3 tập thể, 4 cá nhân; Ban Chấp hành Tỉnh đoàn tặng bằng khen cho 25 tập thể và 46 cá nhân có thành tích xuất sắc năm 2024.
Thanh Miền
Tin liên quan
- Văn Chấn: thanh niên livestream bán cam sau bão (20/12/2024)
- Trao 50 bộ thiết bị livestream cho thanh niên vùng lũ (05/12/2024)
- Tỉnh đoàn đối thoại với thanh niên năm 2024 (22/11/2024)
""", "2025-01-10", "Tỉnh đoàn Yên Bái tổng kết công tác Đoàn năm 2024",
E("tong_ket", "2024", "2025-01-09"),
[P("Hoàng Thị Vân Anh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Triệu Thị Lan", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Giàng A Chu", "Bí thư Đoàn xã Tú Lệ"),
 P("Hà Thị Thanh", "Phó Bí thư Huyện đoàn Văn Yên")],
[Q("18/20 chỉ tiêu", 18, "chỉ tiêu"), Q("312 thanh niên", 312, "thanh niên"), Q("57 dự án khởi nghiệp", 57, "dự án khởi nghiệp"),
 Q("11,4 tỷ đồng", 11400000000, "đồng"), Q("9 sản phẩm", 9, "sản phẩm"), Q("92 xã, phường, thị trấn", 92, "xã, phường, thị trấn"),
 Q("gần 400 phiên livestream", 400, "phiên livestream", "approx"), Q("khoảng 85 tấn", 85, "tấn", "approx"),
 Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("1.800 đoàn viên", 1800, "đoàn viên"), Q("100%", 100, "%"),
 Q("hơn 50.000 người theo dõi", 50000, "người theo dõi", "over"), Q("3 tập thể", 3, "tập thể"), Q("4 cá nhân", 4, "cá nhân"),
 Q("25 tập thể", 25, "tập thể"), Q("46 cá nhân", 46, "cá nhân")],
[D("Nghị quyết", "05", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 05-NQ/TU"),
 D("Chỉ thị", "42", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 42-CT/TW"),
 D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024")],
[prov("Yên Bái"), com("Tú Lệ")],
["BÁO YÊN BÁI ĐIỆN TỬ", "Hôm nay: Thứ Hai, 13/01/2025", "Chính trị > Đoàn thể - Hội", "YBĐT", "Các đại biểu dự hội nghị.",
 "Thanh niên khởi nghiệp, lập nghiệp", "Tổ livestream thanh niên", "Mua nông sản - Tiếp sức bà con vùng lũ", "Tú Lệ mùa vàng",
 "quế Văn Yên", "chè Suối Giàng"],
["Hôm nay: Thứ Hai, 13/01/2025", "Ngày đăng 10/01/2025 | 09:05", "năm 2024", "năm 2025", "bão số 3"]))

PAGES.append(page("b7368-thainguyen-mttq-giamsat-2025", """
Báo và Phát thanh, Truyền hình Thái Nguyên
Trang chủ / Chính trị / Mặt trận - Đoàn thể
Thứ Sáu, 26/09/2025 - 14:30
Giám sát việc hỗ trợ thanh niên khởi nghiệp, bán nông sản trên nền tảng số
Chiều 25/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên do bà Ma Thị Nguyên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, làm trưởng đoàn, giám sát việc thực hiện chính sách hỗ trợ thanh niên khởi nghiệp, tiêu thụ nông sản qua thương mại điện tử tại xã Chợ Mới và phường Đức Xuân.
Đoàn giám sát kiểm tra gian hàng trực tuyến của hợp tác xã thanh niên tại xã Chợ Mới.
Xã Chợ Mới (mới) được thành lập trên cơ sở sáp nhập 4 xã cũ của huyện Chợ Mới, tỉnh Bắc Kạn trước đây. Theo báo cáo của Đảng ủy, UBND xã, từ đầu năm 2025 đến nay xã đã hỗ trợ 23 thanh niên vay vốn với tổng số tiền 1,85 tỷ đồng; có 7 hợp tác xã, tổ hợp tác do thanh niên làm chủ, trong đó 4 hợp tác xã bán miến dong, bưởi, gạo nếp vải trên sàn thương mại điện tử. Chi đoàn các thôn duy trì mỗi tuần 2 phiên livestream, doanh thu 8 tháng khoảng 760 triệu đồng.
Anh Hoàng Văn Chiến, Bí thư Đoàn xã Chợ Mới, cho biết khó khăn lớn nhất sau sáp nhập là địa bàn rộng, nhiều thôn chưa có sóng 4G ổn định. Chị Lường Thị Hoa, Giám đốc Hợp tác xã nông sản Thanh Mai, đề nghị hỗ trợ chi phí chứng nhận VietGAP và mã vùng trồng.
Tại phường Đức Xuân, ông Nông Quốc Huy, Phó Bí thư Đảng ủy, Chủ tịch UBND phường, báo cáo đã hỗ trợ 12 thanh niên đăng ký hộ kinh doanh trực tuyến; 2 sản phẩm của thanh niên được công nhận OCOP 4 sao.
Theo đại diện Tỉnh đoàn, thực hiện Kế hoạch số 23-KH/TU ngày 12/8/2025 của Ban Thường vụ Tỉnh ủy về triển khai Nghị quyết số 57-NQ/TW, Tỉnh đoàn đang xây dựng đội ngũ 500 "đại sứ số" tại 92 xã, phường của tỉnh Thái Nguyên mới.
Kết luận buổi giám sát, bà Ma Thị Nguyên đánh giá cao sự chủ động của cấp ủy, chính quyền cơ sở; đề nghị xã Chợ Mới rà soát danh sách thanh niên có nhu cầu vay vốn, công khai các chính sách theo Quyết định số 07/2025/QĐ-UBND của UBND tỉnh; phường Đức Xuân cần phối hợp với Hội Nông dân để thanh niên trở thành người kết nối nông dân với kênh bán hàng trực tuyến. Các kiến nghị về hạ tầng viễn thông sẽ được Đoàn giám sát tổng hợp, gửi UBND tỉnh xem xét.
Thành viên đoàn giám sát có ông Lý Văn Tiến, Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh; bà Đinh Thị Hòa, Phó Bí thư Tỉnh đoàn.
Thu Hằng
Tin khác
- Thái Nguyên: hơn 1.000 thanh niên dự Ngày hội khởi nghiệp (15/09/2025)
- Phường Phan Đình Phùng ra mắt mô hình "Chợ phiên số" (05/09/2025)
- Tuổi trẻ Thái Nguyên livestream bán chè Tân Cương (28/08/2025)
""", "2025-09-26", "Giám sát việc hỗ trợ thanh niên khởi nghiệp, bán nông sản trên nền tảng số",
E("giam_sat", None, "2025-09-25"),
[P("Ma Thị Nguyên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Hoàng Văn Chiến", "Bí thư Đoàn xã Chợ Mới"),
 P("Lường Thị Hoa", "Giám đốc Hợp tác xã nông sản Thanh Mai"),
 P("Nông Quốc Huy", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Lý Văn Tiến", "Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Hòa", "Phó Bí thư Tỉnh đoàn")],
[Q("4 xã cũ", 4, "xã cũ"), Q("23 thanh niên", 23, "thanh niên"), Q("1,85 tỷ đồng", 1850000000, "đồng"),
 Q("7 hợp tác xã, tổ hợp tác", 7, "hợp tác xã, tổ hợp tác"), Q("4 hợp tác xã", 4, "hợp tác xã"), Q("2 phiên livestream", 2, "phiên livestream"),
 Q("khoảng 760 triệu đồng", 760000000, "đồng", "approx"), Q("12 thanh niên", 12, "thanh niên"), Q("2 sản phẩm", 2, "sản phẩm"),
 Q("500", 500, "đại sứ số"), Q("92 xã, phường", 92, "xã, phường")],
[D("Kế hoạch", "23", "KH/TU", "2025-08-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 23-KH/TU ngày 12/8/2025"),
 D("Nghị quyết", "57", "NQ/TW", None, None, "Nghị quyết số 57-NQ/TW"),
 D("Quyết định", "07", "2025/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 07/2025/QĐ-UBND")],
[prov("Thái Nguyên"), prov("Bắc Kạn"), com("Chợ Mới"), com("Đức Xuân")],
["Báo và Phát thanh, Truyền hình Thái Nguyên", "Trang chủ / Chính trị / Mặt trận - Đoàn thể",
 "Đoàn giám sát kiểm tra gian hàng trực tuyến của hợp tác xã thanh niên tại xã Chợ Mới.", "Hợp tác xã nông sản Thanh Mai",
 "đại sứ số", "VietGAP"],
["Thứ Sáu, 26/09/2025 - 14:30", "năm 2025", "8 tháng", "4 sao", "4G"]))

PAGES.append(page("b7369-camau-hlhtn-tongket-2025", """
Báo và Phát thanh, Truyền hình Cà Mau
Thời sự | Chính trị | Thanh niên
19/12/2025 - 09:40
Toàn cảnh hội nghị tổng kết.
Cà Mau: hơn 600 thanh niên khởi nghiệp gắn với kinh tế biển, nông sản số
Ngày 18/12, tại phường Tân Thành, Tỉnh đoàn và Ủy ban Hội Liên hiệp Thanh niên Việt Nam tỉnh Cà Mau tổ chức hội nghị tổng kết công tác Đoàn, Hội và phong trào thanh thiếu nhi năm 2025 - năm đầu tiên hoạt động theo mô hình chính quyền địa phương hai cấp sau khi hợp nhất Cà Mau và Bạc Liêu.
Tham dự có đồng chí Lý Hoàng Phương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Trần Quốc Việt, Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh.
Năm 2025, các cấp bộ Đoàn đã hỗ trợ hơn 600 thanh niên khởi nghiệp, trong đó 145 dự án được vay vốn với tổng số tiền gần 32 tỷ đồng. Toàn tỉnh có 64 xã, phường thành lập "Tổ công nghệ số thanh niên", tổ chức 1.120 phiên livestream bán tôm khô, cua Cà Mau, muối Bạc Liêu, mật ong U Minh, doanh thu ước đạt 27,5 tỷ đồng. Tỉnh đoàn đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 05, 06-KL/TU về công tác thanh niên sau hợp nhất và về hỗ trợ thanh niên chuyển đổi số trong nông nghiệp.
Nổi bật, anh Lâm Chí Hải, Bí thư Đoàn xã Đầm Dơi, cùng 8 đoàn viên lập kênh "Tôm sạch Đầm Dơi" với hơn 120 nghìn người theo dõi, mỗi tháng bán từ 3 - 4 tấn tôm khô. Chị Danh Thị Mỹ Hồng, Phó Bí thư Đoàn phường Bạc Liêu, giới thiệu mô hình "Chợ muối online" giúp 40 hộ diêm dân bán muối hạt, muối tôm.
Báo cáo do đồng chí Nguyễn Thị Bé Thảo, Phó Bí thư Tỉnh đoàn, trình bày cũng thừa nhận hạn chế: việc kiện toàn tổ chức Đoàn cấp xã sau sắp xếp còn chậm, có nơi thiếu cán bộ chuyên trách; chất lượng sản phẩm bán trực tuyến chưa đồng đều, vẫn còn phản ánh của khách về hàng không đúng mô tả.
Các đại biểu thảo luận sôi nổi về cách giữ chân thanh niên ở lại quê lập nghiệp khi nhiều bạn trẻ vẫn rời đi làm công nhân ở các khu công nghiệp miền Đông.
Phát biểu chỉ đạo, đồng chí Lý Hoàng Phương đề nghị năm 2026 tuổi trẻ Cà Mau triển khai hiệu quả Chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy, thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, Quyết định số 1717/QĐ-TTg của Thủ tướng Chính phủ; phấn đấu mỗi xã, phường có ít nhất 1 mô hình thanh niên bán nông sản trên nền tảng số, hỗ trợ 700 thanh niên khởi nghiệp.
Dịp này, Ban Chấp hành Tỉnh đoàn tặng bằng khen cho 35 tập thể, 52 cá nhân; tuyên dương 20 gương thanh niên khởi nghiệp tiêu biểu năm 2025.
Bài, ảnh: Hoàng Vũ
Tin liên quan
- Tỉnh đoàn ra mắt Trung tâm hỗ trợ khởi nghiệp thanh niên (05/12/2025)
- Năm Căn: thanh niên livestream bán cua (25/11/2025)
- Đối thoại giữa lãnh đạo tỉnh với thanh niên năm 2025 (14/11/2025)
""", "2025-12-19", "Cà Mau: hơn 600 thanh niên khởi nghiệp gắn với kinh tế biển, nông sản số",
E("tong_ket", "2025", "2025-12-18"),
[P("Lý Hoàng Phương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Quốc Việt", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Lâm Chí Hải", "Bí thư Đoàn xã Đầm Dơi"),
 P("Danh Thị Mỹ Hồng", "Phó Bí thư Đoàn phường Bạc Liêu"),
 P("Nguyễn Thị Bé Thảo", "Phó Bí thư Tỉnh đoàn")],
[Q("hơn 600 thanh niên khởi nghiệp", 600, "thanh niên", "over"), Q("145 dự án", 145, "dự án"),
 Q("gần 32 tỷ đồng", 32000000000, "đồng", "approx"), Q("64 xã, phường", 64, "xã, phường"),
 Q("1.120 phiên livestream", 1120, "phiên livestream"), Q("27,5 tỷ đồng", 27500000000, "đồng", "approx"),
 Q("8 đoàn viên", 8, "đoàn viên"), Q("hơn 120 nghìn người theo dõi", 120000, "người theo dõi", "over"),
 Q("3 - 4 tấn", 3, "tấn", "approx"), Q("40 hộ diêm dân", 40, "hộ diêm dân"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("700 thanh niên khởi nghiệp", 700, "thanh niên"),
 Q("35 tập thể", 35, "tập thể"), Q("52 cá nhân", 52, "cá nhân"), Q("20 gương thanh niên khởi nghiệp tiêu biểu", 20, "gương thanh niên khởi nghiệp tiêu biểu")],
[D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW"),
 D("Quyết định", "1717", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1717/QĐ-TTg")],
[prov("Cà Mau"), prov("Bạc Liêu"), com("Tân Thành"), com("Đầm Dơi"), com("Bạc Liêu")],
["Báo và Phát thanh, Truyền hình Cà Mau", "Thời sự | Chính trị | Thanh niên", "Toàn cảnh hội nghị tổng kết.",
 "Tổ công nghệ số thanh niên", "Tôm sạch Đầm Dơi", "Chợ muối online", "muối Bạc Liêu", "mật ong U Minh"],
["19/12/2025 - 09:40", "năm 2025", "năm đầu tiên", "hai cấp", "năm 2026"]))

PAGES.append(page("b7370-dongnai-tinhdoan-giaoban-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Chính trị › Đoàn thể › Thanh niên
Cập nhật: 11:20, 08/04/2026 (GMT+7)
Tỉnh đoàn Đồng Nai giao ban quý I: 1.500 tấn nông sản được thanh niên livestream
Ngày 7/4, Ban Thường vụ Tỉnh đoàn Đồng Nai tổ chức giao ban công tác Đoàn và phong trào thanh thiếu nhi quý I năm 2026 với các đoàn xã, phường và đoàn trực thuộc theo hình thức trực tiếp kết hợp trực tuyến tới 95 điểm cầu. Đồng chí Lê Thị Ngọc Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, dự và chỉ đạo.
Đồng chí Lê Thị Ngọc Lan phát biểu chỉ đạo giao ban.
Theo báo cáo, trong quý I, các cơ sở Đoàn đã tổ chức 210 phiên livestream hỗ trợ nông dân tiêu thụ sầu riêng, điều, hồ tiêu, bưởi Tân Triều và hạt điều Bình Phước, với sản lượng hơn 1.500 tấn, doanh thu khoảng 48 tỷ đồng. Đoàn phường Bình Phước và Đoàn xã Bù Đăng là hai đơn vị dẫn đầu với 31 và 27 phiên. Tỉnh đoàn đã phối hợp với Ngân hàng Chính sách xã hội hỗ trợ 86 thanh niên vay vốn khởi nghiệp, tổng số tiền 7,3 tỷ đồng.
Đồng chí Điểu Thị Hạnh, Phó Bí thư Đoàn xã Bù Đăng, người S'tiêng, chia sẻ: đội livestream của xã gồm 6 bạn trẻ, mỗi tối lên sóng 2 giờ ngay tại vườn điều của bà con; nhờ vậy giá bán hạt điều rang muối cao hơn 20% so với bán cho thương lái. Đồng chí Phạm Quốc Bảo, Bí thư Đoàn phường Trấn Biên, đề nghị Tỉnh đoàn xây dựng bộ tiêu chí chất lượng chung để tránh việc các phiên livestream bán hàng kém chất lượng làm ảnh hưởng đến uy tín của tuổi trẻ.
Các đồng chí Phó Bí thư Tỉnh đoàn: Nguyễn Thị Thúy Vy, Hồ Minh Đức lần lượt quán triệt Hướng dẫn số 14-HD/TĐTN về tổ chức Tháng Thanh niên năm 2026 và Kế hoạch số 35-KH/TĐTN, 36-KH/TĐTN của Ban Thường vụ Tỉnh đoàn về hỗ trợ thanh niên khởi nghiệp sáng tạo và về xây dựng "Đội hình livestream nông sản" tại các xã, phường. Theo đó, trong năm 2026 phấn đấu 100% xã có đội hình livestream, tối thiểu 3 sản phẩm OCOP của thanh niên mỗi khu vực.
Tại giao ban, một số đoàn xã vùng sâu phản ánh khó khăn về đường truyền và điểm gom hàng; nhiều bạn trẻ mới tham gia còn thiếu kỹ năng xử lý khi khách đổi, trả hàng. Tỉnh đoàn ghi nhận và sẽ tổ chức lớp bồi dưỡng chuyên sâu trong tháng 5.
Kết luận giao ban, đồng chí Lê Thị Ngọc Lan đề nghị Tỉnh đoàn bám sát Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân, khuyến khích thanh niên nâng cấp hộ kinh doanh thành doanh nghiệp; quý II tập trung chuẩn bị Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh, đồng thời hỗ trợ nông dân tiêu thụ sầu riêng chính vụ.
Trung Hiếu
Các tin đã đưa
- Đồng Nai: 500 đoàn viên ra quân Tháng Thanh niên 2026 (26/03/2026)
- Thanh niên Bù Gia Mập khởi nghiệp từ cây điều (16/03/2026)
- Tỉnh đoàn tập huấn livestream cho cán bộ Đoàn cơ sở (02/03/2026)
""", "2026-04-08", "Tỉnh đoàn Đồng Nai giao ban quý I: 1.500 tấn nông sản được thanh niên livestream",
E("giao_ban", "2026-Q1", "2026-04-07"),
[P("Lê Thị Ngọc Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Hạnh", "Phó Bí thư Đoàn xã Bù Đăng"),
 P("Phạm Quốc Bảo", "Bí thư Đoàn phường Trấn Biên"),
 P("Nguyễn Thị Thúy Vy", "Phó Bí thư Tỉnh đoàn"), P("Hồ Minh Đức", "Phó Bí thư Tỉnh đoàn")],
[Q("95 điểm cầu", 95, "điểm cầu"), Q("210 phiên livestream", 210, "phiên livestream"),
 Q("hơn 1.500 tấn", 1500, "tấn", "over"), Q("khoảng 48 tỷ đồng", 48000000000, "đồng", "approx"),
 Q("31", 31, "phiên"), Q("27 phiên", 27, "phiên"), Q("86 thanh niên", 86, "thanh niên"), Q("7,3 tỷ đồng", 7300000000, "đồng"),
 Q("6 bạn trẻ", 6, "bạn trẻ"), Q("20%", 20, "%"), Q("100%", 100, "%"), Q("tối thiểu 3 sản phẩm OCOP", 3, "sản phẩm OCOP")],
[D("Hướng dẫn", "14", "HD/TĐTN", None, None, "Hướng dẫn số 14-HD/TĐTN"),
 D("Kế hoạch", "35", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 35-KH/TĐTN, 36-KH/TĐTN"),
 D("Kế hoạch", "36", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 35-KH/TĐTN, 36-KH/TĐTN"),
 D("Nghị quyết", "68", "NQ/TW", "2025-05-04", "Bộ Chính trị", "Nghị quyết số 68-NQ/TW ngày 4/5/2025")],
[prov("Đồng Nai"), com("Bình Phước"), com("Bù Đăng"), com("Trấn Biên")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Chính trị › Đoàn thể › Thanh niên", "Đồng chí Lê Thị Ngọc Lan phát biểu chỉ đạo giao ban.",
 "Đội hình livestream nông sản", "Tháng Thanh niên", "hạt điều Bình Phước", "bưởi Tân Triều"],
["Cập nhật: 11:20, 08/04/2026 (GMT+7)", "quý I năm 2026", "năm 2026", "2 giờ", "quý II"]))

PAGES.append(page("b7371-phutho-tiepxuccutri-hoinghi-2026", """
Báo và Phát thanh, Truyền hình Phú Thọ
Bạn đang ở: Trang chủ » Thời sự » Bầu cử - Quốc hội
Thứ Sáu, 22/05/2026 | 07:30
Cử tri trẻ kiến nghị chính sách cho thanh niên khởi nghiệp, bán hàng trên nền tảng số
Chiều 20/5, tại phường Vĩnh Phúc, Đoàn đại biểu Quốc hội tỉnh Phú Thọ phối hợp với Ủy ban MTTQ Việt Nam tỉnh và Tỉnh đoàn tổ chức Hội nghị tiếp xúc cử tri chuyên đề với đoàn viên, thanh niên, hội viên Hội Doanh nhân trẻ sau kỳ họp thứ nhất, Quốc hội khóa XVI.
Đại biểu Quốc hội tiếp xúc cử tri trẻ. Ảnh: Bảo Ngọc
Tham dự có các đại biểu Quốc hội: Đinh Công Tuấn, Phó Trưởng Đoàn đại biểu Quốc hội chuyên trách tỉnh; Hà Thị Lan Hương, Ủy viên Ủy ban Văn hóa và Xã hội của Quốc hội; cùng khoảng 250 cử tri trẻ đến từ 148 xã, phường của tỉnh sau hợp nhất Phú Thọ, Vĩnh Phúc và Hòa Bình.
Tại hội nghị, 18 ý kiến của cử tri tập trung vào chính sách hỗ trợ thanh niên khởi nghiệp ở nông thôn, thuế đối với người bán hàng qua livestream và an toàn thực phẩm khi bán nông sản trên mạng. Anh Bùi Văn Thắng, dân tộc Mường, Giám đốc Hợp tác xã cam Cao Phong, xã Cao Phong, phản ánh mỗi tháng hợp tác xã bán khoảng 20 tấn cam qua livestream nhưng chưa rõ cách kê khai thuế theo quy định mới. Chị Nguyễn Thị Thu Hà, chủ cơ sở chè Long Cốc ở xã Tân Sơn, đề nghị có gói vay ưu đãi tối đa 500 triệu đồng cho hộ kinh doanh do thanh niên làm chủ.
Anh Trần Đức Minh, Bí thư Đoàn phường Vĩnh Phúc, kiến nghị sớm hướng dẫn thực hiện Luật Thanh niên năm 2020 về chính sách hỗ trợ thanh niên khởi nghiệp, đồng thời đưa nội dung kỹ năng số vào chương trình bồi dưỡng cán bộ Đoàn cơ sở.
Thay mặt Đoàn đại biểu Quốc hội tỉnh, ông Đinh Công Tuấn giải trình: Luật Quản lý thuế số 108/2025/QH15 đã quy định rõ trách nhiệm khấu trừ, nộp thuế thay của các sàn thương mại điện tử; Nghị định số 117/2025/NĐ-CP của Chính phủ hướng dẫn cụ thể việc quản lý thuế đối với hoạt động kinh doanh trên nền tảng số. Các kiến nghị về vốn vay sẽ được Đoàn tổng hợp, gửi Chính phủ và các bộ, ngành.
Bà Hà Thị Lan Hương cho biết sẽ đề xuất Ủy ban Văn hóa và Xã hội đưa nội dung giám sát việc thực hiện chính sách đối với thanh niên khởi nghiệp vào chương trình giám sát chuyên đề. Bà cũng đề nghị Tỉnh đoàn nhân rộng các mô hình như "Phiên chợ số thanh niên Đất Tổ" đã giúp bán hơn 600 tấn nông sản trong 4 tháng đầu năm.
Phát biểu kết thúc hội nghị, ông Vũ Văn Khải, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị các cấp Mặt trận, Đoàn Thanh niên tiếp tục phối hợp theo dõi việc giải quyết kiến nghị của cử tri trẻ.
Quang Nam
Tin liên quan
- Tỉnh đoàn Phú Thọ tổ chức Diễn đàn khởi nghiệp thanh niên nông thôn (12/05/2026)
- 800 thanh niên dự Ngày hội việc làm (02/05/2026)
- Cao Phong: cam sạch lên sàn thương mại điện tử (20/04/2026)
""", "2026-05-22", "Cử tri trẻ kiến nghị chính sách cho thanh niên khởi nghiệp, bán hàng trên nền tảng số",
E("hoi_nghi", None, "2026-05-20"),
[P("Đinh Công Tuấn", "đại biểu Quốc hội", "Phó Trưởng Đoàn đại biểu Quốc hội chuyên trách tỉnh"),
 P("Hà Thị Lan Hương", "đại biểu Quốc hội", "Ủy viên Ủy ban Văn hóa và Xã hội của Quốc hội"),
 P("Bùi Văn Thắng", "Giám đốc Hợp tác xã cam Cao Phong"),
 P("Nguyễn Thị Thu Hà", "chủ cơ sở chè Long Cốc"),
 P("Trần Đức Minh", "Bí thư Đoàn phường Vĩnh Phúc"),
 P("Vũ Văn Khải", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("khoảng 250 cử tri trẻ", 250, "cử tri trẻ", "approx"), Q("148 xã, phường", 148, "xã, phường"),
 Q("18 ý kiến", 18, "ý kiến"), Q("khoảng 20 tấn", 20, "tấn", "approx"), Q("tối đa 500 triệu đồng", 500000000, "đồng"),
 Q("hơn 600 tấn", 600, "tấn", "over")],
[D("Luật", "108", "2025/QH15", None, None, "Luật Quản lý thuế số 108/2025/QH15"),
 D("Nghị định", "117", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 117/2025/NĐ-CP")],
[prov("Phú Thọ"), prov("Vĩnh Phúc"), prov("Hòa Bình"), com("Vĩnh Phúc"), com("Cao Phong"), com("Tân Sơn")],
["Báo và Phát thanh, Truyền hình Phú Thọ", "Bạn đang ở: Trang chủ » Thời sự » Bầu cử - Quốc hội",
 "Đại biểu Quốc hội tiếp xúc cử tri trẻ. Ảnh: Bảo Ngọc", "Hợp tác xã cam Cao Phong", "Luật Thanh niên năm 2020",
 "Phiên chợ số thanh niên Đất Tổ", "Ủy ban Văn hóa và Xã hội"],
["Thứ Sáu, 22/05/2026 | 07:30", "kỳ họp thứ nhất", "khóa XVI", "năm 2020", "4 tháng đầu năm"]))

PAGES.append(page("b7372-hungyen-hlhtn-daihoi-2026", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ TIÊN LỮ - TỈNH HƯNG YÊN
Tin tức - Sự kiện >> Hoạt động đoàn thể
Ngày đăng: 14/08/2026 - 15:45
Đại hội Hội LHTN Việt Nam xã Tiên Lữ lần thứ I, nhiệm kỳ 2026 - 2031
Sáng ngày 13/8/2026, Ủy ban Hội Liên hiệp Thanh niên Việt Nam xã Tiên Lữ long trọng tổ chức Đại hội đại biểu Hội LHTN Việt Nam xã lần thứ I, nhiệm kỳ 2026 - 2031 với chủ đề "Đoàn kết - Sáng tạo - Khởi nghiệp - Chuyển đổi số". Đây là đại hội đầu tiên sau khi xã Tiên Lữ (mới) được thành lập trên cơ sở sắp xếp các xã Thiện Phiến, Hải Triều, Cương Chính theo Nghị quyết số 1666/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội.
Đại biểu biểu quyết thông qua văn kiện đại hội.
Về dự có đồng chí Nguyễn Văn Hưng, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Vũ Thị Ngát, Phó Bí thư Tỉnh đoàn, Phó Chủ tịch Thường trực Hội LHTN Việt Nam tỉnh Hưng Yên cùng 120 đại biểu đại diện cho hơn 2.300 hội viên thanh niên trong toàn xã.
Nhiệm kỳ qua, các cơ sở Hội đã hỗ trợ 46 thanh niên khởi nghiệp với các mô hình trồng nhãn, chuối tiêu hồng, nuôi cá lồng trên sông Luộc, tổng dư nợ vay vốn hơn 4,5 tỷ đồng. Nổi bật là nhóm "Nhãn lồng Tiên Lữ online" gồm 12 thanh niên, mỗi mùa nhãn tổ chức khoảng 60 phiên livestream, bán 80 - 100 tấn nhãn; riêng năm 2026 doanh thu đạt 3,2 tỷ đồng.
Đại hội đã thảo luận, thống nhất 3 khâu đột phá trong nhiệm kỳ, trong đó có mục tiêu mỗi năm hỗ trợ ít nhất 10 thanh niên khởi nghiệp, 100% chi hội có nhóm kết nối tiêu thụ nông sản trên mạng xã hội. Chị Đào Thị Thu Trang, Chi hội trưởng Chi hội thanh niên thôn An Tảo, tham luận về kinh nghiệm chọn sản phẩm, kiểm soát chất lượng trước khi livestream.
Bên cạnh kết quả đạt được, đại hội cũng chỉ ra hạn chế: sau sắp xếp, địa bàn xã rộng, một bộ phận thanh niên đi làm ăn xa nên việc tập hợp còn khó; nhiều mô hình khởi nghiệp quy mô nhỏ, sản phẩm chưa có nhãn mác, mã vùng trồng nên khó đưa lên sàn thương mại điện tử lớn.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Hưng đề nghị Hội tiếp tục thực hiện Nghị quyết số 03-NQ/ĐU của Đảng ủy xã về phát triển nông nghiệp hàng hóa gắn với chuyển đổi số; phối hợp Hội Nông dân xã hỗ trợ thanh niên tiếp cận vốn theo Nghị quyết 20, 21/2025/NQ-HĐND của HĐND tỉnh.
Đại hội đã hiệp thương cử Ủy ban Hội LHTN Việt Nam xã khóa I gồm 25 ủy viên. Anh Phạm Văn Toàn, Bí thư Đoàn xã, được tín nhiệm giữ chức Chủ tịch Ủy ban Hội LHTN Việt Nam xã Tiên Lữ khóa I; các anh, chị Lương Thị Hiền, Đỗ Minh Quân - Phó Chủ tịch Ủy ban Hội.
Ban Biên tập
Lượt truy cập: 18.452
Tin khác
- Đại hội Đoàn xã Tiên Lữ nhiệm kỳ 2025 - 2030 (20/09/2025)
- Ra mắt Câu lạc bộ thanh niên khởi nghiệp xã (10/06/2026)
- Thanh niên xã livestream bán nhãn lồng (25/07/2026)
""", "2026-08-14", "Đại hội Hội LHTN Việt Nam xã Tiên Lữ lần thứ I, nhiệm kỳ 2026 - 2031",
E("dai_hoi", None, "2026-08-13"),
[P("Nguyễn Văn Hưng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Vũ Thị Ngát", "Phó Bí thư Tỉnh đoàn", "Phó Chủ tịch Thường trực Hội LHTN Việt Nam tỉnh Hưng Yên"),
 P("Đào Thị Thu Trang", "Chi hội trưởng Chi hội thanh niên thôn An Tảo"),
 P("Phạm Văn Toàn", "Bí thư Đoàn xã", "Chủ tịch Ủy ban Hội LHTN Việt Nam xã Tiên Lữ khóa I"),
 P("Lương Thị Hiền", "Phó Chủ tịch Ủy ban Hội"), P("Đỗ Minh Quân", "Phó Chủ tịch Ủy ban Hội")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 2.300 hội viên thanh niên", 2300, "hội viên thanh niên", "over"),
 Q("46 thanh niên khởi nghiệp", 46, "thanh niên"), Q("hơn 4,5 tỷ đồng", 4500000000, "đồng", "over"),
 Q("12 thanh niên", 12, "thanh niên"), Q("khoảng 60 phiên livestream", 60, "phiên livestream", "approx"),
 Q("80 - 100 tấn", 80, "tấn", "approx"), Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("3 khâu đột phá", 3, "khâu đột phá"),
 Q("ít nhất 10 thanh niên khởi nghiệp", 10, "thanh niên", "over"), Q("100%", 100, "%"), Q("25 ủy viên", 25, "ủy viên")],
[D("Nghị quyết", "1666", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1666/NQ-UBTVQH15 ngày 16/6/2025"),
 D("Nghị quyết", "03", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 03-NQ/ĐU"),
 D("Nghị quyết", "20", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 20, 21/2025/NQ-HĐND"),
 D("Nghị quyết", "21", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 20, 21/2025/NQ-HĐND")],
[prov("Hưng Yên"), com("Tiên Lữ"), com("Thiện Phiến"), com("Hải Triều"), com("Cương Chính")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ TIÊN LỮ - TỈNH HƯNG YÊN", "Tin tức - Sự kiện >> Hoạt động đoàn thể",
 "Đại biểu biểu quyết thông qua văn kiện đại hội.", "Đoàn kết - Sáng tạo - Khởi nghiệp - Chuyển đổi số", "Nhãn lồng Tiên Lữ online",
 "Lượt truy cập: 18.452"],
["Ngày đăng: 14/08/2026 - 15:45", "lần thứ I", "nhiệm kỳ 2026 - 2031", "năm 2026", "khóa I", "Lượt truy cập: 18.452"]))
