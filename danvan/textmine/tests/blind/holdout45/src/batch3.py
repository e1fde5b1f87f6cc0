"""holdout45 batch 3: b1049-b1054 (2021-2025). Page text and labels side by side."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b1049
PAGES.append(page(
"b1049-dienbien-bdvtu-taphuan-2021",
"""
BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN
Trang chủ | Tin tức | Hoạt động dân vận | Dân vận khéo | Văn bản | Thư viện ảnh
Thứ Sáu, 10/12/2021
Tập huấn nghiệp vụ công tác dân vận cho 150 cán bộ cơ sở
Trong 2 ngày 8 và 9/12, tại Trường Chính trị tỉnh, Ban Dân vận Tỉnh ủy Điện Biên tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2021 cho 150 học viên là trưởng khối dân vận, cán bộ Mặt trận, đoàn thể cấp xã của các huyện Mường Nhé, Nậm Pồ, Tủa Chùa và Điện Biên Đông. Đồng chí Quàng Thị Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự và phát biểu khai mạc lớp tập huấn.
Học viên tham dự lớp tập huấn. Ảnh: Thu Hà
Trong thời gian tập huấn, các học viên được nghe giới thiệu 8 chuyên đề, trong đó có những nội dung cơ bản của Quyết định 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế dân vận của hệ thống chính trị; Kế hoạch số 56-KH/TU ngày 20/9/2021 của Ban Thường vụ Tỉnh ủy thực hiện Quyết định 23-QĐ/TW; kỹ năng nắm tình hình nhân dân, kỹ năng vận động đồng bào các dân tộc Thái, Mông, Khơ Mú, Hà Nhì, Cống, Si La; cách xây dựng và nhân rộng mô hình "Dân vận khéo". Các học viên cũng được phổ biến Nghị quyết 120/2020/QH14 của Quốc hội và Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021-2030.
Trực tiếp truyền đạt các chuyên đề có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Thào A Tủa, Lò Văn Khiêm; đồng chí Đặng Thị Tuyết, Trưởng phòng Dân tộc - Tôn giáo - Dân vận chính quyền Ban Dân vận Tỉnh ủy; Đại tá Hạng A Lầu, Phó Chính ủy Bộ đội Biên phòng tỉnh.
Theo báo cáo viên, năm 2021 khối dân vận các cấp trong tỉnh đã nắm bắt, xử lý kịp thời 27 vụ việc phức tạp liên quan đến tranh chấp đất đai, tôn giáo; vận động 146 hộ tự nguyện quay về nơi ở cũ sau khi di cư tự do. Tại một số xã biên giới huyện Mường Nhé, các đối tượng xấu vẫn lén lút tuyên truyền thành lập "Nhà nước Mông", lôi kéo người dân tụ tập trái phép. Toàn tỉnh hiện có 1.356 người có uy tín, trong đó 94% là người dân tộc thiểu số; năm qua đã có 812 mô hình "Dân vận khéo" được các cấp công nhận.
Tại lớp học, nhiều học viên đã chia sẻ kinh nghiệm thực tế. Chị Pờ Thị Ly, Chủ tịch Hội Liên hiệp Phụ nữ xã Sín Thầu, kể về cách vận động chị em Hà Nhì không tảo hôn, đưa con đến trường. Anh Giàng A Sử, Bí thư Đoàn xã Nà Khoa, chia sẻ mô hình thanh niên tình nguyện giúp đỡ 35 hộ nghèo làm nhà trong mùa mưa. Ông Lò Văn Inh, Trưởng khối dân vận, Phó Bí thư Thường trực Đảng ủy xã Tủa Thàng, đề nghị tỉnh có chế độ hỗ trợ cán bộ dân vận bản, bản có đường đi lại khó khăn.
Bế mạc lớp tập huấn, đồng chí Quàng Thị Xuân yêu cầu học viên vận dụng kiến thức đã học vào thực tiễn, bám bản, bám hộ, "nghe dân nói, nói dân hiểu, làm dân tin"; chủ động nắm tình hình tư tưởng của nhân dân, nhất là trước, trong và sau Tết Nguyên đán Nhâm Dần 2022; phối hợp chặt chẽ với các lực lượng bảo vệ biên giới, không để kẻ xấu lợi dụng.
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu bài thu hoạch, trong đó 31 học viên đạt loại giỏi.
Thu Hà - Ban Dân vận Tỉnh ủy
Tin liên quan
- Hội nghị giao ban công tác dân vận quý III năm 2021 (15/10/2021)
- Nậm Pồ: Phát huy vai trò người có uy tín trong phòng, chống dịch Covid-19 (28/09/2021)
- Triển khai Quy chế dân vận của hệ thống chính trị (13/09/2021)
- Mường Chà: 24 mô hình "Dân vận khéo" được công nhận (30/08/2021)
""",
"2021-12-10",
"Tập huấn nghiệp vụ công tác dân vận cho 150 cán bộ cơ sở",
E("tap_huan", "2021", "2021-12-08"),
[
    P("Quàng Thị Xuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Thào A Tủa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Lò Văn Khiêm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Đặng Thị Tuyết", "Trưởng phòng Dân tộc - Tôn giáo - Dân vận chính quyền Ban Dân vận Tỉnh ủy"),
    P("Hạng A Lầu", "Đại tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
    P("Pờ Thị Ly", "Chủ tịch Hội Liên hiệp Phụ nữ xã Sín Thầu"),
    P("Giàng A Sử", "Bí thư Đoàn xã Nà Khoa"),
    P("Lò Văn Inh", "Trưởng khối dân vận", "Phó Bí thư Thường trực Đảng ủy xã Tủa Thàng"),
],
[
    Q("150 học viên", 150, "học viên"),
    Q("8 chuyên đề", 8, "chuyên đề"),
    Q("27 vụ việc phức tạp", 27, "vụ việc phức tạp"),
    Q("146 hộ", 146, "hộ"),
    Q("1.356 người có uy tín", 1356, "người có uy tín"),
    Q("94%", 94, "%"),
    Q("812 mô hình", 812, "mô hình"),
    Q("35 hộ nghèo", 35, "hộ nghèo"),
    Q("100% học viên", 100, "%"),
    Q("31 học viên", 31, "học viên"),
],
[
    D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", surface="Quyết định 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị"),
    D("Kế hoạch", "56", "KH/TU", "2021-09-20", "Ban Thường vụ Tỉnh ủy",
      surface="Kế hoạch số 56-KH/TU ngày 20/9/2021 của Ban Thường vụ Tỉnh ủy"),
    D("Nghị quyết", "120", "2020/QH14", None, "Quốc hội", surface="Nghị quyết 120/2020/QH14 của Quốc hội"),
    D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ"),
],
[prov("Điện Biên"), com("Sín Thầu"), com("Nà Khoa"), com("Tủa Thàng")],
["BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN", "Trang chủ | Tin tức | Hoạt động dân vận | Dân vận khéo | Văn bản | Thư viện ảnh",
 "Học viên tham dự lớp tập huấn. Ảnh: Thu Hà", "Trường Chính trị tỉnh", "Nhà nước Mông", "Dân vận khéo",
 "nghe dân nói, nói dân hiểu, làm dân tin", "Quy chế dân vận của hệ thống chính trị",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Thứ Sáu, 10/12/2021", "2 ngày", "năm 2021", "giai đoạn 2021-2030", "Tết Nguyên đán Nhâm Dần 2022"],
))

# ---------------------------------------------------------------- b1050
PAGES.append(page(
"b1050-hoabinh-bao-danvankheo-chandung-2022",
"""
Báo Hòa Bình - Tin tức cập nhật, chính xác, tin cậy
Chính trị | Kinh tế | Xã hội | Văn hóa | Pháp luật | Bạn đọc | Ảnh | Video
Trang chủ > Chính trị > Học tập và làm theo Bác
Thứ ba, 14/6/2022 - 10:20 AM
Người "giữ lửa" ở xóm Mường
Ông Bùi Văn Khuyên (thứ hai từ trái) trao đổi với người dân về làm đường nội xóm. Ảnh: Đinh Thắng
(HBĐT) - Hơn 20 năm làm Bí thư Chi bộ, ông Bùi Văn Khuyên ở xóm Ải, xã Phong Phú (Tân Lạc) được bà con người Mường trong xóm tin yêu gọi là người "giữ lửa". Từ cách làm của ông, xóm Ải từ một xóm nghèo nhất xã đã trở thành xóm nông thôn mới kiểu mẫu đầu tiên của huyện.
Xóm Ải có 186 hộ với hơn 740 nhân khẩu, 98% là người dân tộc Mường. Năm 2015, tỷ lệ hộ nghèo của xóm còn tới 31%, đường vào xóm lầy lội mỗi mùa mưa. Ông Bùi Văn Khuyên, Bí thư Chi bộ xóm Ải, kể lại: "Muốn dân làm thì đảng viên phải làm trước. Chi bộ họp bàn, rồi tôi cùng trưởng xóm đến từng nhà nói chuyện, nhà nào chưa thông thì đến lần thứ hai, thứ ba".
Năm 2019, khi xóm triển khai cứng hóa đường nội xóm, ông là người đầu tiên hiến 240 m2 đất vườn, tự tay tháo dỡ tường rào. Theo gương ông, 42 hộ đã hiến tổng cộng 3.600 m2 đất, góp khoảng 1.100 ngày công và 380 triệu đồng để làm 2,7 km đường bê tông. Năm 2021, mô hình "Xóm Mường đoàn kết, hiến đất làm đường" của xóm Ải được công nhận mô hình "Dân vận khéo" cấp tỉnh theo Quyết định số 1532/QĐ-UBND ngày 18/7/2021 của UBND tỉnh.
Không chỉ vận động làm đường, ông còn cùng chi hội phụ nữ, chi đoàn thanh niên vận động bà con bỏ tục đám ma kéo dài nhiều ngày, không mổ trâu, bò trong đám tang. Bà Quách Thị Lừng, Chủ tịch Hội Liên hiệp Phụ nữ xã Phong Phú, cho biết: 3 năm nay, xóm Ải không có đám cưới, đám tang nào vi phạm hương ước; 100% hộ gia đình ký cam kết thực hiện nếp sống văn minh.
Từ kinh tế đồi rừng, trồng mía tím và dịch vụ du lịch cộng đồng, thu nhập bình quân của xóm năm 2021 đạt 42 triệu đồng/người/năm; tỷ lệ hộ nghèo còn 4,3%. Nhiều hộ gia đình đã xây nhà sàn mới theo kiến trúc truyền thống để đón khách. Xóm có 9 hộ làm du lịch cộng đồng, mỗi năm đón khoảng 2.500 lượt khách.
Đồng chí Trưởng Ban Dân vận Huyện ủy Tân Lạc Xa Thị Hồng nhận xét: "Cách làm của ông Khuyên là bài học sinh động về phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân thụ hưởng". Huyện đang nhân rộng cách làm này ra 16 xóm đặc biệt khó khăn". Ông Đinh Công Mười, Chủ tịch UBND xã Phong Phú, cho biết năm 2022 xã tiếp tục hỗ trợ xi măng để bà con làm 1,5 km đường ra khu sản xuất.
Ở tuổi 63, ông Khuyên vẫn đều đặn mỗi tối đi đến từng nhà trong xóm. Ông bảo, mỗi khi có việc khó, đảng viên trong chi bộ lại ngồi với nhau, rồi với dân, "bàn cho kỹ, làm cho chắc".
Đinh Thắng
Tin liên quan
- Lạc Sơn: Biểu dương 45 điển hình "Dân vận khéo" (06/06/2022)
- Mai Châu: Phát triển du lịch cộng đồng gắn với giữ gìn bản sắc (30/05/2022)
- Người có uy tín góp sức xây dựng nông thôn mới (19/05/2022)
""",
"2022-06-14",
"Người \"giữ lửa\" ở xóm Mường",
E("khac", None, None),
[
    P("Bùi Văn Khuyên", "Bí thư Chi bộ xóm Ải"),
    P("Quách Thị Lừng", "Chủ tịch Hội Liên hiệp Phụ nữ xã Phong Phú"),
    P("Xa Thị Hồng", "Trưởng Ban Dân vận Huyện ủy Tân Lạc"),
    P("Đinh Công Mười", "Chủ tịch UBND xã Phong Phú"),
],
[
    Q("186 hộ", 186, "hộ"),
    Q("hơn 740 nhân khẩu", 740, "nhân khẩu", "over"),
    Q("98%", 98, "%"),
    Q("31%", 31, "%"),
    Q("240 m2", 240, "m2"),
    Q("42 hộ", 42, "hộ"),
    Q("3.600 m2", 3600, "m2"),
    Q("khoảng 1.100 ngày công", 1100, "ngày công", "approx"),
    Q("380 triệu đồng", 380000000, "đồng"),
    Q("2,7 km", 2.7, "km"),
    Q("100% hộ gia đình", 100, "%"),
    Q("42 triệu đồng/người/năm", 42000000, "đồng"),
    Q("4,3%", 4.3, "%"),
    Q("9 hộ", 9, "hộ"),
    Q("khoảng 2.500 lượt khách", 2500, "lượt khách", "approx"),
    Q("16 xóm", 16, "xóm"),
    Q("1,5 km", 1.5, "km"),
],
[
    D("Quyết định", "1532", "QĐ-UBND", "2021-07-18", "UBND tỉnh", surface="Quyết định số 1532/QĐ-UBND ngày 18/7/2021 của UBND tỉnh"),
],
[prov("Hòa Bình"), com("Phong Phú")],
["Báo Hòa Bình - Tin tức cập nhật, chính xác, tin cậy", "Chính trị | Kinh tế | Xã hội | Văn hóa | Pháp luật | Bạn đọc | Ảnh | Video",
 "Trang chủ > Chính trị > Học tập và làm theo Bác",
 "Ông Bùi Văn Khuyên (thứ hai từ trái) trao đổi với người dân về làm đường nội xóm. Ảnh: Đinh Thắng", "(HBĐT)",
 "Xóm Mường đoàn kết, hiến đất làm đường", "Dân vận khéo", "dân biết, dân bàn, dân làm, dân kiểm tra, dân thụ hưởng",
 "bàn cho kỹ, làm cho chắc"],
["Thứ ba, 14/6/2022 - 10:20 AM", "Hơn 20 năm", "Năm 2015", "lần thứ hai, thứ ba", "3 năm", "tuổi 63", "năm 2021"],
))

# ---------------------------------------------------------------- b1051
PAGES.append(page(
"b1051-hanam-hnd-doithoai-nongdan-2023",
"""
HỘI NÔNG DÂN TỈNH HÀ NAM
Cổng thông tin điện tử
Trang chủ » Tin tức » Hoạt động Hội
Chủ nhật, 17/09/2023 - 19:30
Nông dân Hà Nam đối thoại với Chủ tịch UBND tỉnh về liên kết sản xuất và tích tụ ruộng đất
Ngày 15/9, Hội Nông dân tỉnh phối hợp với UBND tỉnh tổ chức Hội nghị Chủ tịch UBND tỉnh đối thoại với nông dân năm 2023. Đồng chí Đinh Xuân Khoa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị. Cùng dự có đồng chí Trần Thị Thu Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Nguyễn Văn Tuynh, Chủ tịch Hội Nông dân tỉnh; lãnh đạo các sở, ngành và hơn 250 đại biểu là hội viên nông dân tiêu biểu, chủ trang trại, hợp tác xã.
Toàn cảnh hội nghị đối thoại. Ảnh: Văn Tuấn
Báo cáo tại hội nghị cho thấy, thực hiện Nghị quyết 19-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045 và Kết luận 61-KL/TW của Ban Bí thư, các cấp Hội đã vận động hội viên tích tụ, tập trung được hơn 1.200 ha đất nông nghiệp; toàn tỉnh có 83 hợp tác xã và 146 tổ hợp tác tham gia liên kết sản xuất theo Nghị định 98/2018/NĐ-CP của Chính phủ. Giá trị sản xuất trên 1 ha đất canh tác đạt bình quân 145 triệu đồng. Quỹ Hỗ trợ nông dân các cấp đạt 36 tỷ đồng, giúp 1.470 hộ hội viên vay vốn phát triển sản xuất.
Trước hội nghị, Hội Nông dân tỉnh đã tổng hợp 32 ý kiến, kiến nghị của hội viên; tại hội nghị có 12 ý kiến được nêu trực tiếp. Ông Trần Văn Lộc (xã Nhân Khang, huyện Lý Nhân) đề nghị tỉnh có cơ chế hỗ trợ thuê đất dài hạn để nông dân yên tâm đầu tư. Ông Lại Văn Hùng, Chủ nhiệm Hợp tác xã nông nghiệp Đồng Du, phản ánh giá phân bón, thức ăn chăn nuôi tăng cao trong khi giá lúa, giá lợn hơi giảm, lợi nhuận của người nông dân chỉ còn khoảng 15%. Bà Phạm Thị Mai, Giám đốc Công ty TNHH Nông sản sạch Bình Lục, kiến nghị hỗ trợ chứng nhận VietGAP và xây dựng thương hiệu cho 14 sản phẩm OCOP 3 sao của địa phương.
Một số ý kiến phản ánh tình trạng bỏ ruộng ở các xã ven đô thị, hệ thống thủy lợi nội đồng xuống cấp, việc chậm chi trả tiền hỗ trợ bảo vệ đất trồng lúa theo Nghị định 62/2019/NĐ-CP của Chính phủ.
Trả lời các ý kiến, đồng chí Đinh Xuân Khoa ghi nhận những kiến nghị chính đáng, thẳng thắn của nông dân. Đồng chí cho biết, thực hiện Nghị quyết số 18/2022/NQ-HĐND ngày 08/12/2022 của HĐND tỉnh, năm 2023 tỉnh bố trí 52 tỷ đồng hỗ trợ tích tụ ruộng đất và cơ giới hóa nông nghiệp; giao Sở Nông nghiệp và Phát triển nông thôn rà soát, chi trả dứt điểm kinh phí bảo vệ đất trồng lúa trong quý IV/2023; giao UBND các huyện kiểm tra, xử lý việc bỏ ruộng, bảo đảm 100% diện tích được gieo cấy.
Phát biểu tại hội nghị, đồng chí Trần Thị Thu Hương đề nghị các cấp Hội tiếp tục phát huy vai trò trung tâm, nòng cốt trong phong trào nông dân thi đua sản xuất, kinh doanh giỏi; làm tốt công tác nắm tình hình, phản ánh kịp thời tâm tư, nguyện vọng của nông dân tới cấp ủy, chính quyền.
Sau hội nghị, các ý kiến chưa được trả lời trực tiếp sẽ được các sở, ngành trả lời bằng văn bản trong thời hạn 15 ngày.
Văn Tuấn
Tin liên quan
- Thanh Liêm: Hội nông dân đối thoại với Chủ tịch UBND huyện (05/09/2023)
- Kim Bảng: Hơn 300 hộ đạt danh hiệu sản xuất, kinh doanh giỏi (28/08/2023)
- Trao 45 con bò giống cho hội viên nông dân nghèo (10/08/2023)
""",
"2023-09-17",
"Nông dân Hà Nam đối thoại với Chủ tịch UBND tỉnh về liên kết sản xuất và tích tụ ruộng đất",
E("doi_thoai", "2023", "2023-09-15"),
[
    P("Đinh Xuân Khoa", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
    P("Trần Thị Thu Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Nguyễn Văn Tuynh", "Chủ tịch Hội Nông dân tỉnh"),
    P("Trần Văn Lộc"),
    P("Lại Văn Hùng", "Chủ nhiệm Hợp tác xã nông nghiệp Đồng Du"),
    P("Phạm Thị Mai", "Giám đốc Công ty TNHH Nông sản sạch Bình Lục"),
],
[
    Q("hơn 250 đại biểu", 250, "đại biểu", "over"),
    Q("hơn 1.200 ha", 1200, "ha", "over"),
    Q("83 hợp tác xã", 83, "hợp tác xã"),
    Q("146 tổ hợp tác", 146, "tổ hợp tác"),
    Q("145 triệu đồng", 145000000, "đồng"),
    Q("36 tỷ đồng", 36000000000, "đồng"),
    Q("1.470 hộ hội viên", 1470, "hộ hội viên"),
    Q("32 ý kiến, kiến nghị", 32, "ý kiến, kiến nghị"),
    Q("12 ý kiến", 12, "ý kiến"),
    Q("khoảng 15%", 15, "%", "approx"),
    Q("14 sản phẩm OCOP", 14, "sản phẩm OCOP"),
    Q("52 tỷ đồng", 52000000000, "đồng"),
    Q("100% diện tích", 100, "%"),
],
[
    D("Nghị quyết", "19", "NQ/TW", None, "Ban Chấp hành Trung ương Đảng",
      surface="Nghị quyết 19-NQ/TW của Ban Chấp hành Trung ương Đảng"),
    D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", surface="Kết luận 61-KL/TW của Ban Bí thư"),
    D("Nghị định", "98", "2018/NĐ-CP", None, "Chính phủ", surface="Nghị định 98/2018/NĐ-CP của Chính phủ"),
    D("Nghị định", "62", "2019/NĐ-CP", None, "Chính phủ", surface="Nghị định 62/2019/NĐ-CP của Chính phủ"),
    D("Nghị quyết", "18", "2022/NQ-HĐND", "2022-12-08", "HĐND tỉnh",
      surface="Nghị quyết số 18/2022/NQ-HĐND ngày 08/12/2022 của HĐND tỉnh"),
],
[prov("Hà Nam"), com("Nhân Khang"), com("Đồng Du")],
["HỘI NÔNG DÂN TỈNH HÀ NAM", "Cổng thông tin điện tử", "Trang chủ » Tin tức » Hoạt động Hội",
 "Toàn cảnh hội nghị đối thoại. Ảnh: Văn Tuấn", "Quỹ Hỗ trợ nông dân", "VietGAP", "OCOP 3 sao",
 "nông dân thi đua sản xuất, kinh doanh giỏi"],
["Chủ nhật, 17/09/2023 - 19:30", "khóa XIII", "đến năm 2030", "đến năm 2045", "trên 1 ha", "3 sao", "quý IV/2023",
 "15 ngày", "năm 2023"],
))

# ---------------------------------------------------------------- b1052
PAGES.append(page(
"b1052-laichau-hu-sinho-tongket-nq25-2023",
"""
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN SÌN HỒ
UBND huyện Sìn Hồ - tỉnh Lai Châu
Trang chủ >> Tin tức - Sự kiện >> Chính trị
Sìn Hồ: 10 năm đổi mới công tác dân vận vùng đồng bào dân tộc
Cập nhật ngày 08 tháng 11 năm 2023 | Tác giả: Phàn Thị Liên
Ngày 6/11, Ban Thường vụ Huyện ủy Sìn Hồ tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới. Đồng chí Tẩn Văn Phìn, Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện Sìn Hồ chủ trì hội nghị. Dự hội nghị có các đồng chí Phó Bí thư Huyện ủy: Lò Văn Hương, Hoàng Thị Thu; đồng chí Chảo Thị Mẩy, Phó Trưởng Ban Dân vận Tỉnh ủy Lai Châu; cùng 160 đại biểu là bí thư, chủ tịch UBND, trưởng khối dân vận 22 xã, thị trấn và người có uy tín tiêu biểu.
Quang cảnh hội nghị tổng kết.
Báo cáo tổng kết nêu rõ, 10 năm qua, Ban Thường vụ Huyện ủy đã ban hành Chương trình số 45-CTr/HU và 12 chuyên đề, kế hoạch về công tác dân vận; đã tập trung lãnh đạo thực hiện Chỉ thị 13, 14/CT-UBND của UBND huyện về vận động nhân dân tham gia xây dựng nông thôn mới và về ngăn chặn di cư tự do, tảo hôn, hôn nhân cận huyết thống. Khối dân vận các cấp đã xây dựng được 412 mô hình "Dân vận khéo", trong đó 27 mô hình cấp tỉnh.
Từ năm 2013 đến nay, nhân dân các dân tộc Mông, Dao, Thái, Hà Nhì, Lự trong huyện đã hiến hơn 56 ha đất, đóng góp trên 86.000 ngày công làm mới và sửa chữa 312 km đường giao thông nông thôn. Tỷ lệ hộ nghèo giảm từ 58,6% năm 2013 xuống còn 24,1%; có 6 xã đạt chuẩn nông thôn mới. Tình trạng di cư tự do giảm mạnh, từ 214 hộ giai đoạn 2011-2013 xuống còn 9 hộ trong 5 năm gần đây. Tình hình tôn giáo ổn định; 18 điểm nhóm Tin lành sinh hoạt đúng quy định của pháp luật.
Tại hội nghị, các đại biểu tập trung phân tích nguyên nhân những hạn chế: năng lực một số cán bộ dân vận cơ sở còn hạn chế, chưa thông thạo tiếng dân tộc; công tác dân vận chính quyền chưa đồng đều; việc giải quyết đơn thư về đất đai, đền bù thủy điện ở một số nơi còn kéo dài. Đồng chí Sùng A Chứ, Bí thư Đảng ủy xã Tả Phìn, chia sẻ kinh nghiệm phân công đảng viên "bám bản, bám hộ". Mục sư Vàng A Tếnh, Quản nhiệm Chi hội Tin lành bản Nậm Tăm, khẳng định bà con tín đồ luôn "sống tốt đời, đẹp đạo", tích cực tham gia phong trào thi đua ở địa phương. Ông Lý Láo Sình, người có uy tín bản Sà Dề Phìn, xã Sà Dề Phìn, kiến nghị tăng mức hỗ trợ người có uy tín.
Phát biểu kết luận, đồng chí Tẩn Văn Phìn đề nghị thời gian tới các cấp ủy quán triệt sâu sắc quan điểm "dân là gốc"; thực hiện nghiêm Quy định 11-QĐi/TW của Bộ Chính trị; người đứng đầu cấp ủy, chính quyền định kỳ tiếp dân, đối thoại với dân; tiếp tục nhân rộng các mô hình "Dân vận khéo" gắn với Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Dịp này, Ban Thường vụ Huyện ủy đã khen thưởng 42 tập thể và 58 cá nhân có thành tích xuất sắc trong 10 năm thực hiện Nghị quyết 25-NQ/TW; mỗi tập thể được thưởng 2 triệu đồng.
Tin khác
- Sìn Hồ: Hội nghị người có uy tín năm 2023 (20/10/2023)
- Khai mạc Ngày hội văn hóa dân tộc Dao huyện Sìn Hồ (14/10/2023)
- Xã Nậm Tăm tổ chức đối thoại với nhân dân (26/09/2023)
""",
"2023-11-08",
"Sìn Hồ: 10 năm đổi mới công tác dân vận vùng đồng bào dân tộc",
E("tong_ket", None, "2023-11-06"),
[
    P("Tẩn Văn Phìn", "Tỉnh ủy viên", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện Sìn Hồ"),
    P("Lò Văn Hương", "Phó Bí thư Huyện ủy"),
    P("Hoàng Thị Thu", "Phó Bí thư Huyện ủy"),
    P("Chảo Thị Mẩy", "Phó Trưởng Ban Dân vận Tỉnh ủy Lai Châu"),
    P("Sùng A Chứ", "Bí thư Đảng ủy xã Tả Phìn"),
    P("Vàng A Tếnh", "Mục sư", "Quản nhiệm Chi hội Tin lành bản Nậm Tăm"),
    P("Lý Láo Sình", "người có uy tín bản Sà Dề Phìn"),
],
[
    Q("160 đại biểu", 160, "đại biểu"),
    Q("22 xã, thị trấn", 22, "xã, thị trấn"),
    Q("12 chuyên đề, kế hoạch", 12, "chuyên đề, kế hoạch"),
    Q("412 mô hình", 412, "mô hình"),
    Q("27 mô hình", 27, "mô hình"),
    Q("hơn 56 ha", 56, "ha", "over"),
    Q("trên 86.000 ngày công", 86000, "ngày công", "over"),
    Q("312 km", 312, "km"),
    Q("58,6%", 58.6, "%"),
    Q("24,1%", 24.1, "%"),
    Q("6 xã", 6, "xã"),
    Q("214 hộ", 214, "hộ"),
    Q("9 hộ", 9, "hộ"),
    Q("18 điểm nhóm Tin lành", 18, "điểm nhóm Tin lành"),
    Q("42 tập thể", 42, "tập thể"),
    Q("58 cá nhân", 58, "cá nhân"),
    Q("2 triệu đồng", 2000000, "đồng"),
],
[
    D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng",
      surface="Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng"),
    D("Chương trình", "45", "CTr/HU", None, "Ban Thường vụ Huyện ủy", surface="Chương trình số 45-CTr/HU"),
    D("Chỉ thị", "13", "CT-UBND", None, "UBND huyện", surface="Chỉ thị 13, 14/CT-UBND của UBND huyện"),
    D("Chỉ thị", "14", "CT-UBND", None, "UBND huyện", surface="Chỉ thị 13, 14/CT-UBND của UBND huyện"),
    D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", surface="Quy định 11-QĐi/TW của Bộ Chính trị"),
],
[prov("Lai Châu"), com("Tả Phìn"), com("Sà Dề Phìn")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN SÌN HỒ", "UBND huyện Sìn Hồ - tỉnh Lai Châu", "Trang chủ >> Tin tức - Sự kiện >> Chính trị",
 "Tác giả: Phàn Thị Liên", "Quang cảnh hội nghị tổng kết.", "Dân vận khéo", "bám bản, bám hộ", "sống tốt đời, đẹp đạo",
 "dân là gốc", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Cập nhật ngày 08 tháng 11 năm 2023", "10 năm", "(khóa XI)", "năm 2013", "giai đoạn 2011-2013", "5 năm gần đây",
 "Từ năm 2013 đến nay"],
))

# ---------------------------------------------------------------- b1053
PAGES.append(page(
"b1053-yenbai-mttq-lucyen-traoqua-bao3-2024",
"""
BÁO YÊN BÁI ĐIỆN TỬ
Hôm nay: Thứ Bảy, 05/10/2024
Trang chủ / Xã hội / Mặt trận - Đoàn thể
Trao 1.200 suất quà hỗ trợ nhân dân Lục Yên khắc phục hậu quả bão số 3
02/10/2024 | 17:35
YBĐT - Chiều 1/10, Ủy ban MTTQ Việt Nam tỉnh Yên Bái phối hợp với Ủy ban MTTQ huyện Lục Yên tổ chức trao 1.200 suất quà hỗ trợ nhân dân các xã Khánh Hòa, Minh Tiến, Tân Lĩnh và thị trấn Yên Thế bị thiệt hại do hoàn lưu bão số 3 (bão Yagi). Mỗi suất quà trị giá 1 triệu đồng gồm tiền mặt, gạo và nhu yếu phẩm.
Đồng chí Hoàng Thị Vân (bên phải) trao quà cho người dân xã Khánh Hòa. Ảnh: Thanh Tân
Tham dự và trao quà có đồng chí Hoàng Thị Vân, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; đồng chí Triệu Thị Chầu, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Lục Yên; đại diện các nhà hảo tâm.
Theo báo cáo của UBND huyện, cơn bão số 3 và mưa lũ sau bão đã làm 7 người chết, 34 nhà bị sập đổ hoàn toàn, hơn 1.500 nhà bị hư hỏng, khoảng 2.300 ha lúa, hoa màu bị ngập úng; tổng thiệt hại ước tính hơn 480 tỷ đồng. Vụ sạt lở đất ở thôn Làng Nủ, xã Phúc Khánh (huyện Bảo Yên, tỉnh Lào Cai) giáp ranh khiến người dân nhiều thôn vùng cao của huyện càng thêm lo lắng; tại xã Khánh Hòa, 86 hộ phải di dời khẩn cấp đến nơi an toàn.
Thực hiện Lời kêu gọi của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, Kế hoạch số 35/KH-MTTQ-BTT ngày 12/9/2024 của Ban Thường trực Ủy ban MTTQ tỉnh về vận động, tiếp nhận, phân bổ nguồn ủng hộ, đến nay Quỹ Cứu trợ tỉnh đã tiếp nhận hơn 112 tỷ đồng. Trong đợt này, Ủy ban MTTQ tỉnh phân bổ cho huyện Lục Yên 5,6 tỷ đồng, trong đó hỗ trợ 50 triệu đồng cho mỗi hộ có nhà bị sập đổ hoàn toàn và 10 triệu đồng cho mỗi gia đình có người chết.
Thay mặt Ban Thường trực Ủy ban MTTQ tỉnh, đồng chí Hoàng Thị Vân chia sẻ những mất mát, khó khăn của nhân dân; đề nghị cấp ủy, chính quyền, Mặt trận huyện và các xã rà soát, phân bổ nguồn hỗ trợ công khai, minh bạch, đúng đối tượng, không để người dân nào bị đói, rét, thiếu chỗ ở. Đồng chí cũng đề nghị các xã phát huy vai trò của người có uy tín, trưởng thôn trong vận động nhân dân sớm ổn định cuộc sống, khôi phục sản xuất.
Bà Bàn Thị Lai (thôn Khuổi Ngoa, xã Khánh Hòa) xúc động cho biết: "Nhà tôi bị lũ cuốn mất hết đồ đạc, được Mặt trận và bà con giúp đỡ, gia đình đã có chỗ ở tạm". Ông Hoàng Văn Bẩy, Bí thư Chi bộ thôn Khe Cạn, xã Minh Tiến, cho biết chi bộ đã vận động 23 hộ trong thôn góp công dựng lại 4 căn nhà cho các hộ bị sập.
Theo đồng chí Triệu Thị Chầu, ngay sau bão, Ủy ban MTTQ huyện đã thực hiện Quyết định số 1845/QĐ-UBND ngày 14/9/2024 của UBND tỉnh về hỗ trợ khẩn cấp, phân bổ kịp thời 3.200 suất quà của các tổ chức, cá nhân; phối hợp với các đoàn thể huy động hơn 2.000 lượt đoàn viên, hội viên giúp dân dọn dẹp nhà cửa, trường học.
Trước đó, thực hiện Công điện số 94/CĐ-TTg của Thủ tướng Chính phủ, lực lượng quân đội, công an đã phối hợp với địa phương di dời hơn 600 người ra khỏi vùng nguy hiểm.
Thanh Tân
Tin liên quan
- Mù Cang Chải: Khẩn trương khắc phục sạt lở trên Quốc lộ 32 (30/09/2024)
- Trao 500 triệu đồng hỗ trợ xây nhà cho người dân vùng sạt lở (27/09/2024)
- Yên Bình: Hơn 3.000 hộ dân bị ngập do lũ (15/09/2024)
""",
"2024-10-02",
"Trao 1.200 suất quà hỗ trợ nhân dân Lục Yên khắc phục hậu quả bão số 3",
E("trao_qua", None, "2024-10-01"),
[
    P("Hoàng Thị Vân", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
    P("Triệu Thị Chầu", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Lục Yên"),
    P("Bàn Thị Lai"),
    P("Hoàng Văn Bẩy", "Bí thư Chi bộ thôn Khe Cạn"),
],
[
    Q("1.200 suất quà", 1200, "suất quà"),
    Q("1 triệu đồng", 1000000, "đồng"),
    Q("7 người", 7, "người"),
    Q("34 nhà", 34, "nhà"),
    Q("hơn 1.500 nhà", 1500, "nhà", "over"),
    Q("khoảng 2.300 ha", 2300, "ha", "approx"),
    Q("hơn 480 tỷ đồng", 480000000000, "đồng", "over"),
    Q("86 hộ", 86, "hộ"),
    Q("hơn 112 tỷ đồng", 112000000000, "đồng", "over"),
    Q("5,6 tỷ đồng", 5600000000, "đồng"),
    Q("50 triệu đồng", 50000000, "đồng"),
    Q("10 triệu đồng", 10000000, "đồng"),
    Q("23 hộ", 23, "hộ"),
    Q("4 căn nhà", 4, "căn nhà"),
    Q("3.200 suất quà", 3200, "suất quà"),
    Q("hơn 2.000 lượt đoàn viên, hội viên", 2000, "lượt đoàn viên, hội viên", "over"),
    Q("hơn 600 người", 600, "người", "over"),
],
[
    D("Kế hoạch", "35", "KH-MTTQ-BTT", "2024-09-12", "Ban Thường trực Ủy ban MTTQ tỉnh",
      surface="Kế hoạch số 35/KH-MTTQ-BTT ngày 12/9/2024 của Ban Thường trực Ủy ban MTTQ tỉnh"),
    D("Quyết định", "1845", "QĐ-UBND", "2024-09-14", "UBND tỉnh",
      surface="Quyết định số 1845/QĐ-UBND ngày 14/9/2024 của UBND tỉnh"),
],
[prov("Yên Bái"), com("Khánh Hòa"), com("Minh Tiến"), com("Tân Lĩnh"), com("Yên Thế"), com("Phúc Khánh"), prov("Lào Cai")],
["BÁO YÊN BÁI ĐIỆN TỬ", "Trang chủ / Xã hội / Mặt trận - Đoàn thể", "YBĐT",
 "Đồng chí Hoàng Thị Vân (bên phải) trao quà cho người dân xã Khánh Hòa. Ảnh: Thanh Tân", "bão Yagi",
 "Lời kêu gọi của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Quỹ Cứu trợ tỉnh", "Công điện số 94/CĐ-TTg",
 "thôn Làng Nủ"],
["Hôm nay: Thứ Bảy, 05/10/2024", "bão số 3", "Công điện số 94/CĐ-TTg", "Quốc lộ 32"],
))

# ---------------------------------------------------------------- b1054
PAGES.append(page(
"b1054-haiduong-mttq-gialoc-giamsat-2025",
"""
Cổng thông tin điện tử huyện Gia Lộc
Tỉnh Hải Dương
Tin tức | Mặt trận - Đoàn thể | Chính quyền | Công khai | Tiếp công dân
Bạn đang ở: Trang chủ / Tin tức / Mặt trận - Đoàn thể
MTTQ huyện Gia Lộc giám sát việc hỗ trợ xóa nhà tạm, nhà dột nát
Ngày đăng: 23/04/2025 - 11:02 | Lượt xem: 356
Ngày 21/4, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Gia Lộc giám sát việc thực hiện chính sách hỗ trợ xóa nhà tạm, nhà dột nát tại xã Gia Tiến và xã Yết Kiêu. Đoàn do đồng chí Vũ Thị Hằng, HUV, Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện dẫn đầu. Đây là cuộc giám sát chuyên đề đầu tiên trong chương trình giám sát năm 2025 của Ủy ban MTTQ huyện.
Đoàn giám sát tại một gia đình được hỗ trợ xây mới nhà ở. Ảnh: Thu Hiền
Thực hiện phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025" và Thông báo số 1542-TB/TU của Ban Thường vụ Tỉnh ủy, huyện Gia Lộc đã rà soát, xác định 167 hộ cần hỗ trợ, gồm 112 căn nhà xây mới và 55 căn nhà sửa chữa. Mức hỗ trợ là 60 triệu đồng/căn xây mới và 30 triệu đồng/căn sửa chữa, từ nguồn ngân sách, Quỹ "Vì người nghèo" và xã hội hóa; tổng kinh phí khoảng 8,37 tỷ đồng. Đến ngày 15/4, toàn huyện đã hoàn thành 157 căn nhà, đạt 94%.
Qua giám sát tại 2 xã, đoàn đánh giá việc bình xét đối tượng được thực hiện công khai, dân chủ tại hội nghị thôn; danh sách hộ được hỗ trợ được niêm yết tại nhà văn hóa. Nhiều chi hội, đoàn thể đã huy động hơn 1.800 ngày công giúp các hộ tháo dỡ nhà cũ, vận chuyển vật liệu. Tuy vậy, hồ sơ thanh quyết toán ở một số thôn còn chậm; có 3 hộ neo đơn, người cao tuổi chưa có khả năng đối ứng kinh phí.
Bà Vũ Thị Mến (thôn Lũ Cương, xã Yết Kiêu) bày tỏ: "Căn nhà cấp bốn xây từ năm 1985 của tôi dột nát lắm rồi, nay được hỗ trợ 60 triệu đồng, con cháu góp thêm, tôi có nhà mới đón Tết Độc lập". Đồng chí Nguyễn Văn Khoa, Bí thư Đảng ủy, Chủ tịch HĐND xã Gia Tiến, cho biết xã đã vận động con em xa quê ủng hộ 420 triệu đồng cho quỹ xây nhà.
Đoàn cũng ghi nhận tình hình tư tưởng của cán bộ, đảng viên và nhân dân trước chủ trương sắp xếp đơn vị hành chính, không tổ chức cấp huyện, sáp nhập xã theo Nghị quyết 60-NQ/TW ngày 12/4/2025 của BCH Trung ương Đảng khóa XIII. Nhân dân cơ bản đồng tình; một số ý kiến băn khoăn về tên gọi xã mới và việc đi lại làm thủ tục hành chính khi trụ sở xa hơn.
Kết luận buổi giám sát, đồng chí Vũ Thị Hằng đề nghị UBND các xã hoàn thành dứt điểm các căn nhà còn lại trước ngày 30/6/2025; vận động các nhà hảo tâm hỗ trợ toàn bộ kinh phí cho 3 hộ đặc biệt khó khăn; làm tốt công tác nắm tình hình, thông tin kịp thời để nhân dân hiểu, đồng thuận với chủ trương sắp xếp bộ máy.
Thu Hiền (Ủy ban MTTQ huyện)
Các tin khác
- Gia Lộc: Tuyên truyền chủ trương sắp xếp đơn vị hành chính cấp xã (18/04/2025)
- Bàn giao nhà Đại đoàn kết cho hộ nghèo xã Hồng Hưng (10/04/2025)
- Huyện ủy Gia Lộc ra mắt Ban Tuyên giáo và Dân vận (05/03/2025)
""",
"2025-04-23",
"MTTQ huyện Gia Lộc giám sát việc hỗ trợ xóa nhà tạm, nhà dột nát",
E("giam_sat", "2025", "2025-04-21"),
[
    P("Vũ Thị Hằng", "HUV", "Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
    P("Vũ Thị Mến"),
    P("Nguyễn Văn Khoa", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Gia Tiến"),
],
[
    Q("167 hộ", 167, "hộ"),
    Q("112 căn nhà", 112, "căn nhà"),
    Q("55 căn nhà", 55, "căn nhà"),
    Q("60 triệu đồng/căn", 60000000, "đồng"),
    Q("30 triệu đồng/căn", 30000000, "đồng"),
    Q("khoảng 8,37 tỷ đồng", 8370000000, "đồng", "approx"),
    Q("157 căn nhà", 157, "căn nhà"),
    Q("94%", 94, "%"),
    Q("2 xã", 2, "xã"),
    Q("hơn 1.800 ngày công", 1800, "ngày công", "over"),
    Q("3 hộ", 3, "hộ"),
    Q("420 triệu đồng", 420000000, "đồng"),
],
[
    D("Thông báo", "1542", "TB/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Thông báo số 1542-TB/TU của Ban Thường vụ Tỉnh ủy"),
    D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "BCH Trung ương Đảng",
      surface="Nghị quyết 60-NQ/TW ngày 12/4/2025 của BCH Trung ương Đảng"),
],
[prov("Hải Dương"), com("Gia Tiến"), com("Yết Kiêu")],
["Cổng thông tin điện tử huyện Gia Lộc", "Tin tức | Mặt trận - Đoàn thể | Chính quyền | Công khai | Tiếp công dân",
 "Bạn đang ở: Trang chủ / Tin tức / Mặt trận - Đoàn thể", "Đoàn giám sát tại một gia đình được hỗ trợ xây mới nhà ở. Ảnh: Thu Hiền",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025", "Vì người nghèo", "Tết Độc lập"],
["Ngày đăng: 23/04/2025 - 11:02 | Lượt xem: 356", "chương trình giám sát năm 2025", "Đến ngày 15/4", "năm 1985",
 "cấp bốn", "trước ngày 30/6/2025", "khóa XIII"],
))
