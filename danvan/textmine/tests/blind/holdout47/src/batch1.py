"""holdout47 batch 1: b1085-b1090 (page text and labels side by side)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b1085 Lào Cai 2011, Ban Dân vận Tỉnh ủy, tổng kết
PAGES.append(page(
"b1085-laocai-bdv-tongket-2011",
"""
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI
Trang chủ » Tin tức - Sự kiện » Công tác dân vận
Thứ Tư, 28/12/2011 - 16:20
Khối dân vận toàn tỉnh hoàn thành tốt nhiệm vụ năm 2011
(laocai.gov.vn) - Ngày 27/12, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Vàng Seo Chơ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lý Thị Vinh, Hoàng Văn Dũng; đồng chí Lù Văn Tín, Trưởng Ban Đối ngoại Tỉnh ủy; lãnh đạo Ủy ban MTTQ, các đoàn thể chính trị - xã hội tỉnh và trưởng ban dân vận 9 huyện, thành phố.
Toàn cảnh hội nghị tổng kết công tác dân vận năm 2011.
Năm 2011, khối dân vận các cấp tập trung tuyên truyền, vận động nhân dân tham gia cuộc bầu cử đại biểu Quốc hội khóa XIII và đại biểu HĐND các cấp nhiệm kỳ 2011 - 2016, tỷ lệ cử tri đi bầu đạt 99,6%. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 27, 28-CT/TU về tăng cường công tác dân vận ở vùng đồng bào Mông và trong thực hiện các dự án thủy điện; ban hành hướng dẫn số 14-HD/BDVTU triển khai Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị. Ở 3 huyện nghèo, cán bộ dân vận bám bản vận động đồng bào thực hiện Nghị quyết 30a/2008/NQ-CP của Chính phủ về chương trình hỗ trợ giảm nghèo nhanh và bền vững.
Phong trào thi đua "Dân vận khéo" được triển khai sâu rộng, toàn tỉnh có 146 mô hình "Dân vận khéo" được công nhận. Nhân dân các dân tộc đã hiến trên 52.000 m2 đất, đóng góp 18.600 ngày công và hơn 4,7 tỷ đồng xây dựng đường giao thông nông thôn, nhà văn hóa thôn bản. Các cơ quan dân vận phối hợp giải quyết 63 vụ việc tranh chấp ngay từ cơ sở; vận động 1.160 hộ đồng bào Mông di dời đến nơi ở mới theo quy hoạch, không để xảy ra điểm nóng.
Tại hội nghị, đồng chí Tẩn Láo Lở, HUV, Trưởng Ban Dân vận Huyện ủy Sa Pa, chia sẻ kinh nghiệm vận động đồng bào bỏ hủ tục trong việc cưới, việc tang; đồng chí Sùng A Mua, Bí thư Đảng ủy xã Tả Van, cho biết xã đã vận động 214 hộ đăng ký xây dựng gia đình văn hóa. Ông Ma Seo Sử, người có uy tín thôn Sả Séng, xã Tả Phìn, đề nghị tăng thời lượng phát thanh bằng tiếng Mông để bà con hiểu đúng chủ trương của Đảng, chính sách của Nhà nước.
Phát biểu chỉ đạo, đồng chí Nguyễn Minh Hải, Phó Bí thư Thường trực Tỉnh ủy, đề nghị năm 2012 khối dân vận tiếp tục thực hiện phương châm "3 cùng" với dân, gắn công tác dân vận với xây dựng nông thôn mới và giảm nghèo bền vững; làm tốt công tác nắm tình hình, không để kẻ xấu lợi dụng vấn đề dân tộc, tôn giáo kích động, lôi kéo đồng bào.
Dịp này, 12 tập thể và 23 đồng chí được Ban Dân vận Tỉnh ủy tặng giấy khen vì có thành tích xuất sắc trong công tác dân vận năm 2011.
Thu Hằng
Số lượt xem: 2.315
Tin liên quan
- Bắc Hà: Vận động đồng bào hiến đất làm đường liên thôn (20/12/2011)
- Gặp mặt 120 người có uy tín tiêu biểu năm 2011 (15/12/2011)
- Ban Dân vận Tỉnh ủy kiểm tra công tác dân vận tại huyện Si Ma Cai (02/12/2011)
- Mường Khương sơ kết 3 năm thực hiện mô hình "Dân vận khéo" (25/11/2011)
""",
"2011-12-28",
"Khối dân vận toàn tỉnh hoàn thành tốt nhiệm vụ năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[
    P("Vàng Seo Chơ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Lý Thị Vinh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Hoàng Văn Dũng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Lù Văn Tín", "Trưởng Ban Đối ngoại Tỉnh ủy"),
    P("Tẩn Láo Lở", "HUV", "Trưởng Ban Dân vận Huyện ủy Sa Pa"),
    P("Sùng A Mua", "Bí thư Đảng ủy xã Tả Van"),
    P("Ma Seo Sử", "người có uy tín thôn Sả Séng"),
    P("Nguyễn Minh Hải", "Phó Bí thư Thường trực Tỉnh ủy"),
],
[
    Q("9 huyện, thành phố", 9, "huyện, thành phố"),
    Q("99,6%", 99.6, "%"),
    Q("3 huyện nghèo", 3, "huyện nghèo"),
    Q("146 mô hình", 146, "mô hình"),
    Q("trên 52.000 m2", 52000, "m2", "over"),
    Q("18.600 ngày công", 18600, "ngày công"),
    Q("hơn 4,7 tỷ đồng", 4700000000, "đồng", "over"),
    Q("63 vụ việc tranh chấp", 63, "vụ việc tranh chấp"),
    Q("1.160 hộ đồng bào Mông", 1160, "hộ đồng bào Mông"),
    Q("214 hộ", 214, "hộ"),
    Q("12 tập thể", 12, "tập thể"),
    Q("23 đồng chí", 23, "đồng chí"),
],
[
    D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 27, 28-CT/TU"),
    D("Chỉ thị", "28", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 27, 28-CT/TU"),
    D("Hướng dẫn", "14", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="hướng dẫn số 14-HD/BDVTU"),
    D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", surface="Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị"),
    D("Nghị quyết", "30a", "2008/NQ-CP", None, "Chính phủ", surface="Nghị quyết 30a/2008/NQ-CP của Chính phủ"),
],
[prov("Lào Cai"), com("Tả Van"), com("Tả Phìn")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI", "Trang chủ » Tin tức - Sự kiện » Công tác dân vận", "(laocai.gov.vn)",
 "Toàn cảnh hội nghị tổng kết công tác dân vận năm 2011.", "Dân vận khéo", "Số lượt xem: 2.315",
 "Quy chế công tác dân vận của hệ thống chính trị"],
["Thứ Tư, 28/12/2011 - 16:20", "khóa XIII", "nhiệm kỳ 2011 - 2016", "3 cùng", "23 đồng chí", "Số lượt xem: 2.315", "năm 2012"],
))

# ---------------------------------------------------------------- b1086 Nam Định 2012, Ủy ban MTTQ tỉnh, trao quà Tết
PAGES.append(page(
"b1086-namdinh-mttq-traoqua-2012",
"""
BÁO NAM ĐỊNH ĐIỆN TỬ
Xã hội | Mặt trận - Đoàn thể | Vì người nghèo
Cập nhật: 14:32, 16/01/2012 (GMT+7)
Đồng chí Trần Thị Thu Hà trao quà cho hộ nghèo xã Hải Chính. Ảnh: Việt Dũng
Mang Tết ấm đến với người nghèo vùng biển Hải Hậu
(BNĐ) - Sáng 14/1, đoàn công tác của Ủy ban MTTQ tỉnh do đồng chí Trần Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đã đến thăm, chúc Tết và tặng 300 suất quà cho hộ nghèo các xã Hải Lý, Hải Chính (huyện Hải Hậu). Mỗi suất quà gồm 400.000 đồng tiền mặt và 10 kg gạo. Đi cùng đoàn có các đồng chí Vũ Văn Tám, Lê Thị Hoa - Phó Chủ tịch Ủy ban MTTQ tỉnh.
Tại xã Hải Chính, đoàn đã đến thăm gia đình bà Phạm Thị Nụ (78 tuổi, xóm 5), một trong những hộ nghèo đơn thân của xã. Đồng chí Trần Thị Thu Hà ân cần hỏi thăm sức khỏe, đời sống của bà và đề nghị chính quyền địa phương quan tâm sửa lại căn nhà đã xuống cấp trước mùa mưa bão. Cùng ngày, Ủy ban MTTQ huyện Hải Hậu trao 45 suất quà cho các hộ ngư dân gặp rủi ro trên biển, mỗi suất 500.000 đồng.
Tiếp đó, đoàn đến thăm, chúc Tết Linh mục Giuse Đinh Văn Hảo, Quản xứ giáo xứ Kiên Lao, xã Xuân Kiên (huyện Xuân Trường) và trao 50 suất quà cho giáo dân nghèo trong giáo xứ. Linh mục Giuse Đinh Văn Hảo cảm ơn sự quan tâm của Mặt trận và khẳng định sẽ tiếp tục vận động giáo dân "sống tốt đời, đẹp đạo", tham gia xây dựng nông thôn mới.
Theo báo cáo của Ban Thường trực Ủy ban MTTQ tỉnh, thực hiện Chỉ thị số 37/CT-TTg của Thủ tướng Chính phủ về tổ chức Tết Nguyên đán Nhâm Thìn và Kế hoạch số 68/KH-MTTQ-BTT ngày 20/12/2011 của Ban Thường trực Ủy ban MTTQ tỉnh, dịp Tết năm nay các cấp Mặt trận tỉnh Nam Định đã phối hợp với các ngành, đoàn thể, doanh nghiệp trao hơn 18.000 suất quà cho hộ nghèo, gia đình chính sách, người có hoàn cảnh đặc biệt khó khăn, tổng trị giá trên 6,3 tỷ đồng; bảo đảm 100% hộ nghèo trong tỉnh đều được nhận quà Tết.
Trong năm 2011, Quỹ "Vì người nghèo" các cấp đã tiếp nhận 9,2 tỷ đồng, hỗ trợ xây mới 215 nhà Đại đoàn kết và sửa chữa 87 nhà cho hộ nghèo; mỗi nhà xây mới được hỗ trợ 20 triệu đồng. Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" gắn với xây dựng nông thôn mới tiếp tục được các khu dân cư hưởng ứng.
Đồng chí Ngô Đức Thịnh, Chủ tịch UBND huyện Hải Hậu cho biết, toàn huyện hiện còn 2.340 hộ nghèo, chiếm 4,8% số hộ; huyện đã dành 1,2 tỷ đồng từ ngân sách để tặng quà Tết cho các đối tượng chính sách.
Việt Dũng
Tin liên quan
- Hội Chữ thập đỏ tỉnh trao 1.000 suất quà Tết (12/01/2012)
- Ý Yên: 5 tỷ đồng chăm lo Tết cho người nghèo (10/01/2012)
- Bàn giao nhà Đại đoàn kết tại xã Nghĩa Phúc (06/01/2012)
- MTTQ tỉnh tổng kết công tác năm 2011 (28/12/2011)
""",
"2012-01-16",
"Mang Tết ấm đến với người nghèo vùng biển Hải Hậu",
E("trao_qua", None, "2012-01-14"),
[
    P("Trần Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Vũ Văn Tám", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
    P("Lê Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
    P("Phạm Thị Nụ"),
    P("Giuse Đinh Văn Hảo", "Linh mục", "Quản xứ giáo xứ Kiên Lao"),
    P("Ngô Đức Thịnh", "Chủ tịch UBND huyện Hải Hậu"),
],
[
    Q("300 suất quà", 300, "suất quà"),
    Q("400.000 đồng", 400000, "đồng"),
    Q("10 kg", 10, "kg"),
    Q("45 suất quà", 45, "suất quà"),
    Q("500.000 đồng", 500000, "đồng"),
    Q("50 suất quà", 50, "suất quà"),
    Q("hơn 18.000 suất quà", 18000, "suất quà", "over"),
    Q("trên 6,3 tỷ đồng", 6300000000, "đồng", "over"),
    Q("100%", 100, "%"),
    Q("9,2 tỷ đồng", 9200000000, "đồng"),
    Q("215 nhà Đại đoàn kết", 215, "nhà Đại đoàn kết"),
    Q("87 nhà", 87, "nhà"),
    Q("20 triệu đồng", 20000000, "đồng"),
    Q("2.340 hộ nghèo", 2340, "hộ nghèo"),
    Q("4,8%", 4.8, "%"),
    Q("1,2 tỷ đồng", 1200000000, "đồng"),
],
[
    D("Chỉ thị", "37", "CT-TTg", None, "Thủ tướng Chính phủ", surface="Chỉ thị số 37/CT-TTg của Thủ tướng Chính phủ"),
    D("Kế hoạch", "68", "KH-MTTQ-BTT", "2011-12-20", "Ban Thường trực Ủy ban MTTQ tỉnh", surface="Kế hoạch số 68/KH-MTTQ-BTT ngày 20/12/2011 của Ban Thường trực Ủy ban MTTQ tỉnh"),
],
[prov("Nam Định"), com("Hải Lý"), com("Hải Chính"), com("Xuân Kiên")],
["BÁO NAM ĐỊNH ĐIỆN TỬ", "Xã hội | Mặt trận - Đoàn thể | Vì người nghèo",
 "Đồng chí Trần Thị Thu Hà trao quà cho hộ nghèo xã Hải Chính. Ảnh: Việt Dũng", "(BNĐ)", "Vì người nghèo",
 "sống tốt đời, đẹp đạo", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Tết Nguyên đán Nhâm Thìn"],
["Cập nhật: 14:32, 16/01/2012 (GMT+7)", "78 tuổi", "xóm 5", "Trong năm 2011"],
))

# ---------------------------------------------------------------- b1087 Quảng Trị 2013, Hội LHPN tỉnh, sơ kết 6 tháng
PAGES.append(page(
"b1087-quangtri-hlhpn-soket-2013",
"""
Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị
Bạn đang xem: Trang chủ > Xã hội > Phụ nữ
08:40 | 19/07/2013
Phụ nữ miền núi tích cực tham gia giảm nghèo
QTO - Ngày 18/7, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2013, triển khai nhiệm vụ những tháng cuối năm. Đồng chí Hoàng Đức Trung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự và phát biểu chỉ đạo.
6 tháng qua, các cấp Hội đã bám sát Nghị quyết 11-NQ/TW và Chỉ thị 03-CT/TW của Bộ Chính trị, gắn việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh với cuộc vận động "Xây dựng gia đình 5 không, 3 sạch". Toàn tỉnh kết nạp 1.250 hội viên mới, nâng tổng số hội viên lên 142.600 hội viên, đạt tỷ lệ 78,4% so với tổng số phụ nữ từ 18 tuổi trở lên. Hội tổ chức 58 lớp truyền thông về phòng chống bạo lực gia đình, an toàn thực phẩm cho 3.400 lượt hội viên.
Thông qua 412 tổ tiết kiệm - vay vốn với dư nợ trên 186 tỷ đồng, các cấp Hội đã giúp 365 hộ do phụ nữ làm chủ thoát nghèo. Việc thực hiện đề án 295 hỗ trợ phụ nữ học nghề, tạo việc làm được đẩy mạnh, đã mở 14 lớp dạy nghề ngắn hạn cho phụ nữ nông thôn. Các cấp Hội cũng vận động xây dựng 9 "Mái ấm tình thương" trị giá 270 triệu đồng tặng hội viên nghèo, neo đơn. Ở các huyện miền núi Hướng Hóa và Đakrông, nhiều chi hội đã vận động chị em đồng bào Vân Kiều, Pa Kô bỏ tập quán sinh con tại nhà, đưa con đến trường.
Tại hội nghị, bà Pả Thị Lin, Chủ tịch Hội LHPN xã A Dơi, chia sẻ cách làm "cầm tay chỉ việc" giúp hội viên trồng sắn, chăn nuôi bò; bà Kăn Thị Sứ, Chi hội trưởng Chi hội phụ nữ thôn Pa Lọc, xã A Ngo, đề nghị tỉnh tiếp tục hỗ trợ giống cây, con cho các hộ phụ nữ nghèo và mở thêm lớp xóa mù chữ.
Phát biểu chỉ đạo, đồng chí Hoàng Đức Trung ghi nhận những kết quả các cấp Hội đạt được; đề nghị 6 tháng cuối năm Hội tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở, quan tâm hội viên vùng đồng bào dân tộc thiểu số, vùng giáo; chủ động tham gia giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền.
Kết luận hội nghị, bà Hồ Thị Pơi, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh, đề nghị các cấp Hội tập trung hoàn thành các chỉ tiêu năm 2013, chuẩn bị tốt các điều kiện tiến tới Đại hội đại biểu phụ nữ các cấp nhiệm kỳ 2016 - 2021. Các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Lê Thị Hằng, Nguyễn Thị Mai Phương được phân công theo dõi, chỉ đạo các huyện còn nhiều hộ nghèo.
Minh Thư
Bài viết liên quan
- Hướng Hóa: Phụ nữ giúp nhau phát triển kinh tế (10/07/2013)
- Trao 30 con bò giống cho phụ nữ nghèo Đakrông (02/07/2013)
- Tọa đàm "Phụ nữ với an toàn giao thông" (25/06/2013)
- Ra mắt mô hình "Địa chỉ tin cậy" tại xã Triệu Long (14/06/2013)
""",
"2013-07-19",
"Phụ nữ miền núi tích cực tham gia giảm nghèo",
E("so_ket", "2013-H1", "2013-07-18"),
[
    P("Hoàng Đức Trung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Pả Thị Lin", "Chủ tịch Hội LHPN xã A Dơi"),
    P("Kăn Thị Sứ", "Chi hội trưởng Chi hội phụ nữ thôn Pa Lọc"),
    P("Hồ Thị Pơi", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
    P("Lê Thị Hằng", "Phó Chủ tịch Hội LHPN tỉnh"),
    P("Nguyễn Thị Mai Phương", "Phó Chủ tịch Hội LHPN tỉnh"),
],
[
    Q("1.250 hội viên mới", 1250, "hội viên mới"),
    Q("142.600 hội viên", 142600, "hội viên"),
    Q("78,4%", 78.4, "%"),
    Q("58 lớp truyền thông", 58, "lớp truyền thông"),
    Q("3.400 lượt hội viên", 3400, "lượt hội viên"),
    Q("412 tổ tiết kiệm - vay vốn", 412, "tổ tiết kiệm - vay vốn"),
    Q("trên 186 tỷ đồng", 186000000000, "đồng", "over"),
    Q("365 hộ", 365, "hộ"),
    Q("14 lớp dạy nghề", 14, "lớp dạy nghề"),
    Q('9 "Mái ấm tình thương"', 9, "Mái ấm tình thương"),
    Q("270 triệu đồng", 270000000, "đồng"),
],
[
    D("Nghị quyết", "11", "NQ/TW", None, "Bộ Chính trị", surface="Nghị quyết 11-NQ/TW"),
    D("Chỉ thị", "03", "CT/TW", None, "Bộ Chính trị", surface="Chỉ thị 03-CT/TW của Bộ Chính trị"),
    D("Đề án", "295", None, None, None, surface="đề án 295"),
],
[prov("Quảng Trị"), com("A Dơi"), com("A Ngo")],
["Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị", "Bạn đang xem: Trang chủ > Xã hội > Phụ nữ",
 "QTO", "Xây dựng gia đình 5 không, 3 sạch", "cầm tay chỉ việc", "Hướng Hóa", "Đakrông"],
["08:40 | 19/07/2013", "6 tháng đầu năm 2013", "5 không, 3 sạch", "từ 18 tuổi trở lên", "nhiệm kỳ 2016 - 2021", "6 tháng cuối năm", "6 tháng qua"],
))

# ---------------------------------------------------------------- b1088 Sơn La 2014, Ban Dân vận Tỉnh ủy, tập huấn
PAGES.append(page(
"b1088-sonla-bdv-taphuan-2014",
"""
BÁO SƠN LA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La
Bạn đang ở đây: Trang chủ / Chính trị / Dân vận
Thứ Sáu, 18/04/2014 - 10:30
Tập huấn nghiệp vụ cho 250 cán bộ dân vận cơ sở
Học viên thảo luận nhóm tại lớp tập huấn.
Từ ngày 16 đến 17/4, Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2014 cho 250 cán bộ dân vận cơ sở là trưởng khối dân vận, cán bộ Mặt trận và đoàn thể xã, phường, thị trấn của 12 huyện, thành phố trong tỉnh.
Các học viên được nghe quán triệt Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; Chương trình hành động số 41-CTr/TU của Tỉnh ủy thực hiện nghị quyết; Kết luận 62-KL/TW của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội. Lớp học gồm 4 chuyên đề, do đồng chí Cầm Thị Ban, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lò Văn Puấn, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy và Thượng tá Quàng Văn Hặc, Phó Trưởng phòng An ninh chính trị nội bộ Công an tỉnh trực tiếp truyền đạt.
Sơn La có 12 dân tộc cùng sinh sống, đồng bào dân tộc thiểu số chiếm 82,6% dân số. Năm 2013, toàn tỉnh có 3.210 tổ dân vận ở các bản, tiểu khu; khối dân vận các cấp đã phối hợp vận động 17 nhóm hộ từ bỏ "đạo Vàng Chứ", ổn định cuộc sống; triển khai Nghị định số 05/2011/NĐ-CP của Chính phủ về công tác dân tộc tới 100% xã vùng cao. Cũng trong năm, nhân dân đã hiến hơn 38.000 m2 đất, đóng góp trên 9,5 tỷ đồng làm đường giao thông nông thôn; 96 bản được công nhận danh hiệu bản văn hóa.
Trao đổi tại lớp học, học viên Lường Thị Ơn, cán bộ dân vận xã Mường Bú, cho biết cái khó nhất là tuyên truyền bằng tiếng phổ thông cho bà con vùng sâu, nhất là ở những bản chỉ có 1 - 2 người biết chữ; học viên Mùa A Vảng, Chủ tịch Ủy ban MTTQ xã Chiềng Sơn, đề nghị tỉnh in thêm tài liệu song ngữ Thái - Việt, Mông - Việt cho tổ dân vận bản.
Bế giảng lớp học, đồng chí Cầm Thị Ban đề nghị các học viên vận dụng kiến thức vào thực tiễn, thực hiện tốt phương châm "4 sát" (sát dân, sát cơ sở, sát thực tế, sát tình hình), bám bản, bám dân, nói đi đôi với làm. Kết quả kiểm tra cuối khóa, có 236/250 học viên đạt loại khá, giỏi.
Lớp tập huấn có tổng kinh phí 86 triệu đồng, mỗi học viên được hỗ trợ 150.000 đồng/ngày tiền ăn, ở.
Lò Hiền
Tin khác
- Mộc Châu: Gặp mặt người có uy tín trong đồng bào dân tộc (10/04/2014)
- Thuận Châu tổng kết 5 năm phong trào "Dân vận khéo" (03/04/2014)
- Ban Dân vận Tỉnh ủy giao ban quý I (28/03/2014)
- Vận động nhân dân hiến đất xây dựng trường học ở Sốp Cộp (20/03/2014)
""",
"2014-04-18",
"Tập huấn nghiệp vụ cho 250 cán bộ dân vận cơ sở",
E("tap_huan", "2014", "2014-04-16"),
[
    P("Cầm Thị Ban", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Lò Văn Puấn", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
    P("Quàng Văn Hặc", "Thượng tá", "Phó Trưởng phòng An ninh chính trị nội bộ Công an tỉnh"),
    P("Lường Thị Ơn", "cán bộ dân vận xã Mường Bú"),
    P("Mùa A Vảng", "Chủ tịch Ủy ban MTTQ xã Chiềng Sơn"),
],
[
    Q("250 cán bộ dân vận cơ sở", 250, "cán bộ dân vận cơ sở"),
    Q("12 huyện, thành phố", 12, "huyện, thành phố"),
    Q("4 chuyên đề", 4, "chuyên đề"),
    Q("12 dân tộc", 12, "dân tộc"),
    Q("82,6%", 82.6, "%"),
    Q("3.210 tổ dân vận", 3210, "tổ dân vận"),
    Q("17 nhóm hộ", 17, "nhóm hộ"),
    Q("100% xã", 100, "%"),
    Q("hơn 38.000 m2", 38000, "m2", "over"),
    Q("trên 9,5 tỷ đồng", 9500000000, "đồng", "over"),
    Q("96 bản", 96, "bản"),
    Q("236/250 học viên", 236, "học viên"),
    Q("86 triệu đồng", 86000000, "đồng"),
    Q("150.000 đồng", 150000, "đồng"),
],
[
    D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", surface="Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng"),
    D("Chương trình hành động", "41", "CTr/TU", None, "Tỉnh ủy", surface="Chương trình hành động số 41-CTr/TU của Tỉnh ủy"),
    D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", surface="Kết luận 62-KL/TW của Bộ Chính trị"),
    D("Nghị định", "05", "2011/NĐ-CP", None, "Chính phủ", surface="Nghị định số 05/2011/NĐ-CP của Chính phủ"),
],
[prov("Sơn La"), com("Mường Bú"), com("Chiềng Sơn")],
["BÁO SƠN LA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La", "Bạn đang ở đây: Trang chủ / Chính trị / Dân vận",
 "Học viên thảo luận nhóm tại lớp tập huấn.", "Vàng Chứ", "sát dân, sát cơ sở, sát thực tế, sát tình hình"],
["Thứ Sáu, 18/04/2014 - 10:30", "khóa XI", "4 sát", "Năm 2013", "Từ ngày 16 đến 17/4", "1 - 2 người"],
))

# ---------------------------------------------------------------- b1089 Bình Thuận 2015, Huyện ủy Bắc Bình, đối thoại
PAGES.append(page(
"b1089-binhthuan-huyenuy-doithoai-2015",
"""
Báo Bình Thuận Online
Trang chủ | Chính trị | Xây dựng Đảng
Ngày đăng 22/09/2015 | 10:12
Bắc Bình: Người đứng đầu cấp ủy trực tiếp nghe dân nói
(BTO) - Sáng 21/9, tại hội trường UBND xã Phan Hiệp, Huyện ủy Bắc Bình tổ chức hội nghị đối thoại giữa Bí thư Huyện ủy với nhân dân năm 2015. Hơn 300 người dân các xã Phan Hiệp, Phan Hòa, Phan Lâm và đại diện chức sắc, chức việc đồng bào Chăm đã tham dự.
Chủ trì buổi đối thoại có đồng chí Nguyễn Hữu Trí, Tỉnh ủy viên, Bí thư Huyện ủy Bắc Bình; cùng dự có các đồng chí Nguyễn Thành Vinh, Đàng Thị Hòa - Phó Chủ tịch UBND huyện và đồng chí Đạo Văn Xuân, HUV, Trưởng Ban Dân vận Huyện ủy.
Mở đầu, đồng chí Đạo Văn Xuân thông tin nhanh tình hình kinh tế - xã hội 8 tháng đầu năm và tiến độ dự án hồ chứa nước sông Lũy. Dự án có 428 hộ dân phải di dời, đến nay đã chi trả bồi thường, hỗ trợ hơn 126 tỷ đồng; khu tái định cư Phan Hiệp đã giao 86 lô đất cho các hộ. Việc bồi thường được thực hiện theo Nghị định 47/2014/NĐ-CP của Chính phủ và Quyết định số 1120/QĐ-UBND ngày 5/5/2015 của UBND tỉnh về đơn giá bồi thường.
Tại buổi đối thoại, người dân đã nêu 32 ý kiến, kiến nghị. Ông Quảng Văn Sơn (thôn Bình Tiến, xã Phan Hiệp) phản ánh giá hỗ trợ đất vườn 45.000 đồng/m2 là thấp so với giá thực tế; bà Thông Thị Hạnh (xã Phan Hòa) đề nghị sớm làm đường vào khu sản xuất mới. Ông Mang Văn Thới, người có uy tín thôn Tân Lập, xã Phan Lâm, kiến nghị hỗ trợ nước sinh hoạt cho đồng bào Raglai trong mùa khô. Cả sư Lưu Văn Tịnh, Ủy viên Hội đồng Chức sắc Hồi giáo Bàni tỉnh, mong muốn khi di dời có quy hoạch nghĩa trang riêng phù hợp phong tục của bà con Chăm.
Đồng chí Nguyễn Hữu Trí đã trực tiếp trả lời 25 ý kiến ngay tại hội nghị; những ý kiến còn lại được giao các phòng, ban chuyên môn xem xét, trả lời bằng văn bản trước ngày 15/10. Bí thư Huyện ủy khẳng định huyện sẽ kiến nghị tỉnh điều chỉnh đơn giá hỗ trợ đất vườn, ưu tiên bố trí 3,5 tỷ đồng làm đường nội khu tái định cư và đầu tư 2 giếng khoan cho thôn Tân Lập. Đối với kiến nghị về nghĩa trang, huyện giao UBND xã Phan Hiệp phối hợp Ban Dân vận Huyện ủy lấy ý kiến chức sắc, người có uy tín trong đồng bào Chăm trước khi quy hoạch.
Theo Quy chế số 11-QC/TU của Tỉnh ủy về tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy với nhân dân, mỗi năm Bí thư cấp ủy huyện phải đối thoại ít nhất 2 lần. "Dân biết, dân bàn, dân làm, dân kiểm tra" phải được thực hiện ngay từ khâu lập phương án bồi thường, đồng chí Bí thư Huyện ủy nhấn mạnh.
Ngọc Lân
Tin cùng chuyên mục
- Tuy Phong: Trên 96% cử tri tham gia lấy ý kiến dự thảo văn kiện (18/09/2015)
- Hàm Thuận Bắc đối thoại với nông dân về giá điện (11/09/2015)
- Tánh Linh: Vận động đồng bào K'Ho định canh (03/09/2015)
""",
"2015-09-22",
"Bắc Bình: Người đứng đầu cấp ủy trực tiếp nghe dân nói",
E("doi_thoai", "2015", "2015-09-21"),
[
    P("Nguyễn Hữu Trí", "Tỉnh ủy viên", "Bí thư Huyện ủy Bắc Bình", "Bí thư Huyện ủy"),
    P("Nguyễn Thành Vinh", "Phó Chủ tịch UBND huyện"),
    P("Đàng Thị Hòa", "Phó Chủ tịch UBND huyện"),
    P("Đạo Văn Xuân", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
    P("Quảng Văn Sơn"),
    P("Thông Thị Hạnh"),
    P("Mang Văn Thới", "người có uy tín thôn Tân Lập"),
    P("Lưu Văn Tịnh", "Cả sư", "Ủy viên Hội đồng Chức sắc Hồi giáo Bàni tỉnh"),
],
[
    Q("Hơn 300 người dân", 300, "người dân", "over"),
    Q("428 hộ dân", 428, "hộ dân"),
    Q("hơn 126 tỷ đồng", 126000000000, "đồng", "over"),
    Q("86 lô đất", 86, "lô đất"),
    Q("32 ý kiến, kiến nghị", 32, "ý kiến, kiến nghị"),
    Q("45.000 đồng/m2", 45000, "đồng"),
    Q("25 ý kiến", 25, "ý kiến"),
    Q("3,5 tỷ đồng", 3500000000, "đồng"),
    Q("2 giếng khoan", 2, "giếng khoan"),
],
[
    D("Nghị định", "47", "2014/NĐ-CP", None, "Chính phủ", surface="Nghị định 47/2014/NĐ-CP của Chính phủ"),
    D("Quyết định", "1120", "QĐ-UBND", "2015-05-05", "UBND tỉnh", surface="Quyết định số 1120/QĐ-UBND ngày 5/5/2015 của UBND tỉnh"),
    D("Quy chế", "11", "QC/TU", None, "Tỉnh ủy", surface="Quy chế số 11-QC/TU của Tỉnh ủy"),
],
[prov("Bình Thuận"), com("Phan Hiệp"), com("Phan Hòa"), com("Phan Lâm")],
["Báo Bình Thuận Online", "Trang chủ | Chính trị | Xây dựng Đảng", "(BTO)", "Dân biết, dân bàn, dân làm, dân kiểm tra",
 "sông Lũy"],
["Ngày đăng 22/09/2015 | 10:12", "8 tháng đầu năm", "ít nhất 2 lần", "trước ngày 15/10", "năm 2015"],
))

# ---------------------------------------------------------------- b1090 Cà Mau 2016, Ban Dân vận Tỉnh ủy, giao ban quý I
PAGES.append(page(
"b1090-camau-bdv-giaoban-2016",
"""
BAOCAMAU.COM.VN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cà Mau
Trang chủ / Chính trị / Dân vận
15/04/2016 - 09:05
Lượt xem: 1.316
Vận động hỗ trợ 2.450 hộ dân vùng hạn mặn
Quang cảnh buổi giao ban. Ảnh: Huỳnh Lâm
(CMO) Chiều 14/4, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận quý I năm 2016, triển khai nhiệm vụ quý II. Đồng chí Trần Hồng Quân, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì; cùng dự có đồng chí Lý Thị Sa Rết, Phó Trưởng Ban Dân vận Tỉnh ủy, và đại diện Ban Dân vận các huyện ủy, Thành ủy Cà Mau.
Quý I, tình hình hạn hán, xâm nhập mặn diễn biến gay gắt, khoảng 60% diện tích lúa - tôm ở các huyện ven biển bị ảnh hưởng. Khối dân vận các cấp đã phối hợp chính quyền vận động các nhà hảo tâm hỗ trợ 2.450 hộ dân thiếu nước sinh hoạt với tổng kinh phí hơn 1,8 tỷ đồng; vận động nhân dân nạo vét 37 tuyến kênh thủy lợi nội đồng, trữ nước ngọt phục vụ sinh hoạt.
Các cơ quan dân vận đã tiếp 46 lượt công dân, nhận 29 đơn thư và phối hợp giải quyết dứt điểm 21 đơn. Ban Dân vận Tỉnh ủy ban hành Kế hoạch 23, 24-KH/BDVTU về kiểm tra thực hiện Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp và về khảo sát mô hình "Dân vận khéo" năm 2016. Quy chế phối hợp số 05-QC/BDV-MTTQ giữa Ban Dân vận Tỉnh ủy và Ủy ban MTTQ tỉnh được ký kết, phân công rõ trách nhiệm trong nắm tình hình nhân dân.
Tại buổi giao ban, đồng chí Sơn Minh Thắng, HUV, Trưởng Ban Dân vận Huyện ủy Trần Văn Thời, cho biết huyện đã vận động 1.320 hộ dân ven biển gia cố nhà cửa, chủ động ứng phó thiên tai. Đại đức Danh Sóc Kha, trụ trì chùa Rạch Cui, xã Khánh Bình Tây, đã vận động sư sãi, phật tử đóng góp 120 bồn chứa nước cho đồng bào Khmer nghèo. Bà Danh Thị Kim Hoa, Phó Chủ tịch Ủy ban MTTQ thị trấn Sông Đốc, đề nghị tỉnh sớm đầu tư hệ thống cấp nước tập trung cho khu dân cư ven sông.
Đồng chí Trần Hồng Quân đề nghị quý II các địa phương tiếp tục nắm chắc tình hình, chú ý vùng có đông đồng bào Khmer, kịp thời báo cáo những vụ việc phức tạp; thực hiện tốt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra" trong các công trình chống hạn.
Dịp Tết cổ truyền Chôl Chnăm Thmây năm 2016 sắp tới, Ban Dân vận Tỉnh ủy phối hợp Ban Dân tộc tỉnh thăm, tặng quà 28 chùa Khmer, mỗi chùa 2 triệu đồng, và trao 150 suất quà cho hộ đồng bào Khmer nghèo, trị giá 300.000 đồng/suất.
Huỳnh Lâm
Các tin đã đưa
- Cái Nước: Đối thoại với nông dân về chuyển đổi sản xuất (08/04/2016)
- Ngọc Hiển có 12 mô hình "Dân vận khéo" (01/04/2016)
- Ban Dân vận Tỉnh ủy thăm, chúc Tết cổ truyền Chôl Chnăm Thmây (30/03/2016)
""",
"2016-04-15",
"Vận động hỗ trợ 2.450 hộ dân vùng hạn mặn",
E("giao_ban", "2016-Q1", "2016-04-14"),
[
    P("Trần Hồng Quân", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
    P("Lý Thị Sa Rết", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Sơn Minh Thắng", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Văn Thời"),
    P("Danh Sóc Kha", "Đại đức", "trụ trì chùa Rạch Cui"),
    P("Danh Thị Kim Hoa", "Phó Chủ tịch Ủy ban MTTQ thị trấn Sông Đốc"),
],
[
    Q("khoảng 60%", 60, "%", "approx"),
    Q("2.450 hộ dân", 2450, "hộ dân"),
    Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"),
    Q("37 tuyến kênh thủy lợi nội đồng", 37, "tuyến kênh thủy lợi nội đồng"),
    Q("46 lượt công dân", 46, "lượt công dân"),
    Q("29 đơn thư", 29, "đơn thư"),
    Q("21 đơn", 21, "đơn"),
    Q("1.320 hộ dân ven biển", 1320, "hộ dân ven biển"),
    Q("120 bồn chứa nước", 120, "bồn chứa nước"),
    Q("28 chùa Khmer", 28, "chùa Khmer"),
    Q("2 triệu đồng", 2000000, "đồng"),
    Q("150 suất quà", 150, "suất quà"),
    Q("300.000 đồng/suất", 300000, "đồng"),
],
[
    D("Kế hoạch", "23", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="Kế hoạch 23, 24-KH/BDVTU"),
    D("Kế hoạch", "24", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="Kế hoạch 23, 24-KH/BDVTU"),
    D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", surface="Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư"),
    D("Quy chế phối hợp", "05", "QC/BDV-MTTQ", None, None, surface="Quy chế phối hợp số 05-QC/BDV-MTTQ"),
],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Sông Đốc")],
["BAOCAMAU.COM.VN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cà Mau", "Trang chủ / Chính trị / Dân vận",
 "Lượt xem: 1.316", "Quang cảnh buổi giao ban. Ảnh: Huỳnh Lâm", "(CMO)", "Dân vận khéo", "Thành ủy Cà Mau",
 "dân biết, dân bàn, dân làm, dân kiểm tra", "Chôl Chnăm Thmây"],
["15/04/2016 - 09:05", "Lượt xem: 1.316", "quý I năm 2016", "quý II"],
))
