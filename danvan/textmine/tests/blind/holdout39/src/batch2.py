"""holdout39 batch 2: b899-b904 (page text and labels side by side)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b899 Thừa Thiên Huế 2017, gặp mặt chức sắc tôn giáo
PAGES.append(page("b899-thuathienhue-mttq-gapmat-tongiao-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH THỪA THIÊN HUẾ
Trang chủ | Tin hoạt động | Công tác tôn giáo
13/12/2017 10:05 SA
Số lượt xem: 356
Gặp mặt chức sắc, chức việc tiêu biểu các tôn giáo năm 2017
Sáng 12/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp với Ban Dân vận Tỉnh ủy, Ban Tôn giáo tỉnh tổ chức hội nghị gặp mặt chức sắc, chức việc tiêu biểu các tôn giáo năm 2017. Ông Hồ Xuân Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Tham dự có 130 chức sắc, chức việc đại diện các tổ chức Phật giáo, Công giáo, Tin lành, Cao Đài trên địa bàn tỉnh Thừa Thiên Huế.
Báo cáo tại hội nghị, bà Tôn Nữ Thị Mai Anh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết, năm 2017 đồng bào các tôn giáo tích cực hưởng ứng cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Các tổ chức tôn giáo đã đóng góp hơn 28 tỷ đồng cho công tác từ thiện xã hội, hỗ trợ xây dựng 45 nhà Đại đoàn kết, trao tặng 3.500 suất quà cho hộ nghèo; duy trì 12 bếp ăn từ thiện tại các bệnh viện. Có 18 cơ sở tôn giáo đăng ký tham gia xây dựng khu dân cư văn hóa.
Ông Lê Quang Vịnh, Trưởng Ban Tôn giáo tỉnh thông tin những điểm mới của Luật Tín ngưỡng, tôn giáo số 02/2016/QH14 có hiệu lực từ ngày 01/01/2018 và việc thực hiện Chỉ thị số 1940/CT-TTg ngày 31/12/2008 của Thủ tướng Chính phủ về nhà, đất liên quan đến tôn giáo. Hội nghị được tổ chức theo Kế hoạch số 92/KH-MTTQ-BTT ngày 20/11/2017 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Phát biểu tại hội nghị, Hòa thượng Thích Tâm Hòa, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh bày tỏ vui mừng trước sự quan tâm của cấp ủy, chính quyền và mong muốn các thủ tục cấp phép sửa chữa cơ sở thờ tự được giải quyết nhanh hơn. Linh mục Giuse Hồ Văn Lộc, Chánh xứ giáo xứ Dương Sơn chia sẻ việc giáo xứ phối hợp với Ủy ban MTTQ xã Hương Toàn vận động bà con giáo dân hiến đất làm đường, giúp đỡ 9 hộ nghèo sửa nhà sau bão. Mục sư Nguyễn Hữu Phước, Quản nhiệm Chi hội Tin lành Huế đề nghị chính quyền hỗ trợ tín hữu ở vùng ven đô ổn định sinh hoạt tôn giáo. Ni sư Thích Nữ Diệu Nguyên, trụ trì chùa Diệu Viên cho biết nhà chùa duy trì lớp học tình thương cho 40 em có hoàn cảnh khó khăn.
Ông Hồ Xuân Tâm ghi nhận những đóng góp của các chức sắc, chức việc, đồng bào có đạo trong năm qua; mong các vị tiếp tục hướng dẫn tín đồ sống "tốt đời, đẹp đạo", chung tay giúp đỡ người nghèo đón Tết Mậu Tuất 2018; đồng thời đề nghị các cấp chính quyền lắng nghe, kịp thời giải quyết những kiến nghị chính đáng của các tổ chức tôn giáo.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 16 tập thể, 21 cá nhân là chức sắc, chức việc tiêu biểu có nhiều đóng góp cho công tác Mặt trận năm 2017.
Thanh Bình
Các tin khác
- Ủy ban MTTQ tỉnh thăm, chúc mừng Giáng sinh năm 2017 (10/12/2017)
- Hội nghị hiệp thương cử bổ sung Ủy viên Ủy ban MTTQ tỉnh (28/11/2017)
- Phú Vang: Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư (17/11/2017)
""", "2017-12-13", "Gặp mặt chức sắc, chức việc tiêu biểu các tôn giáo năm 2017",
    E("hoi_nghi", "2017", "2017-12-12"),
    [P("Hồ Xuân Tâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Tôn Nữ Thị Mai Anh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Lê Quang Vịnh", "Trưởng Ban Tôn giáo tỉnh"),
     P("Thích Tâm Hòa", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
     P("Giuse Hồ Văn Lộc", "Linh mục", "Chánh xứ giáo xứ Dương Sơn"),
     P("Nguyễn Hữu Phước", "Mục sư", "Quản nhiệm Chi hội Tin lành Huế"),
     P("Thích Nữ Diệu Nguyên", "Ni sư", "trụ trì chùa Diệu Viên")],
    [Q("130 chức sắc, chức việc", 130, "chức sắc, chức việc"),
     Q("hơn 28 tỷ đồng", 28000000000, "đồng", "over"),
     Q("45 nhà Đại đoàn kết", 45, "nhà Đại đoàn kết"),
     Q("3.500 suất quà", 3500, "suất quà"),
     Q("12 bếp ăn từ thiện", 12, "bếp ăn từ thiện"),
     Q("18 cơ sở tôn giáo", 18, "cơ sở tôn giáo"),
     Q("9 hộ nghèo", 9, "hộ nghèo"),
     Q("40 em", 40, "em"),
     Q("16 tập thể", 16, "tập thể"),
     Q("21 cá nhân", 21, "cá nhân")],
    [D("Luật", "02", "2016/QH14", None, None, "Luật Tín ngưỡng, tôn giáo số 02/2016/QH14"),
     D("Chỉ thị", "1940", "CT-TTg", "2008-12-31", "Thủ tướng Chính phủ", "Chỉ thị số 1940/CT-TTg ngày 31/12/2008 của Thủ tướng Chính phủ"),
     D("Kế hoạch", "92", "KH-MTTQ-BTT", "2017-11-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 92/KH-MTTQ-BTT ngày 20/11/2017 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
    [prov("Thừa Thiên Huế"), com("Hương Toàn")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH THỪA THIÊN HUẾ", "Trang chủ | Tin hoạt động | Công tác tôn giáo",
     "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "tốt đời, đẹp đạo", "Tết Mậu Tuất", "Giáo hội Phật giáo Việt Nam",
     "Cao Đài"],
    ["Số lượt xem: 356", "01/01/2018", "Mậu Tuất 2018", "năm 2017"]))

# ---------------------------------------------------------------- b900 Bình Dương 2018, đối thoại công nhân
PAGES.append(page("b900-binhduong-ubnd-doithoai-congnhan-2018", """
BÁO BÌNH DƯƠNG ONLINE
Chính trị | Công đoàn
Cập nhật: 18-05-2018 17:40
Chủ tịch UBND tỉnh đối thoại với công nhân lao động
(BDO) Chiều 18-5, UBND tỉnh phối hợp với Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức buổi đối thoại giữa Chủ tịch UBND tỉnh với công nhân lao động năm 2018 nhân Tháng Công nhân. Ông Võ Minh Quang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì buổi đối thoại. Tham dự có hơn 400 công nhân lao động tiêu biểu đại diện cho gần 1,1 triệu công nhân đang làm việc tại các doanh nghiệp trên địa bàn tỉnh Bình Dương.
Ông Võ Minh Quang trả lời các câu hỏi của công nhân lao động. Ảnh: Q.Chiến
Mở đầu buổi đối thoại, bà Nguyễn Thị Ngọc Hiền, Chủ tịch LĐLĐ tỉnh cho biết, buổi đối thoại được tổ chức theo Kế hoạch số 2150/KH-UBND ngày 4/5/2018 của UBND tỉnh. Trước đó, LĐLĐ tỉnh đã tổng hợp 87 ý kiến, kiến nghị của đoàn viên, người lao động gửi đến các sở, ngành. Các ý kiến tập trung vào nhà ở xã hội, nhà trẻ cho con công nhân, giá điện, nước tại các khu nhà trọ và việc doanh nghiệp chậm đóng bảo hiểm xã hội.
Chị Ksor H'Nhi (Công ty TNHH Giày Phú Mỹ) hỏi về điều kiện mua nhà ở xã hội đối với công nhân chưa có hộ khẩu thường trú. Trả lời vấn đề này, bà Đặng Thị Kiều Trang, Phó Giám đốc Sở Xây dựng cho biết, hiện tỉnh có 46 dự án nhà ở xã hội với hơn 80.000 căn; công nhân có đăng ký tạm trú từ 1 năm trở lên đều được xem xét mua, thuê mua.
Anh Lê Văn Hùng, Chủ tịch Công đoàn cơ sở Công ty CP Thép Bình Minh phản ánh việc nhiều chủ nhà trọ thu tiền điện cao hơn giá quy định. Ông Nguyễn Hoàng Sơn, Giám đốc Sở Lao động – Thương binh và Xã hội cho biết sẽ phối hợp với Sở Công Thương và UBND các phường kiểm tra, xử lý. Ông cũng thông tin mức lương tối thiểu vùng I năm 2018 theo Nghị định số 141/2017/NĐ-CP ngày 7/12/2017 của Chính phủ là 3.980.000 đồng/tháng; năm qua, ngành đã thanh tra 152 doanh nghiệp, xử phạt 38 doanh nghiệp vi phạm.
Trung tá Trần Quốc Khánh, Phó Trưởng phòng An ninh kinh tế Công an tỉnh giải đáp ý kiến về bảo đảm an ninh trật tự tại các khu nhà trọ ở phường Bình Hòa và phường An Phú.
Kết luận buổi đối thoại, ông Võ Minh Quang khẳng định, tỉnh luôn xác định công nhân lao động là lực lượng quan trọng, thực hiện Nghị quyết 20-NQ/TW của Trung ương về xây dựng giai cấp công nhân. Các ý kiến đã được trả lời công khai; những nội dung chưa trả lời tại chỗ, các sở, ngành phải trả lời bằng văn bản trong 15 ngày. Ông yêu cầu các địa phương dành quỹ đất xây dựng nhà trẻ, thiết chế văn hóa cho công nhân tại các khu công nghiệp.
Dịp này, Quỹ "Mái ấm Công đoàn" tỉnh trao 12 căn nhà cho đoàn viên khó khăn, mỗi căn trị giá 50 triệu đồng.
Quang Chiến
Tin cùng chuyên mục
- LĐLĐ tỉnh phát động Tháng Công nhân năm 2018 (02/05/2018)
- Tổ chức "Chuyến xe Công đoàn" đưa công nhân về quê (20/04/2018)
- Hội nghị Ban Chấp hành LĐLĐ tỉnh lần thứ 8 (12/04/2018)
""", "2018-05-18", "Chủ tịch UBND tỉnh đối thoại với công nhân lao động",
    E("doi_thoai", "2018", "2018-05-18"),
    [P("Võ Minh Quang", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
     P("Nguyễn Thị Ngọc Hiền", "Chủ tịch LĐLĐ tỉnh"),
     P("Ksor H'Nhi"),
     P("Đặng Thị Kiều Trang", "Phó Giám đốc Sở Xây dựng"),
     P("Lê Văn Hùng", "Chủ tịch Công đoàn cơ sở Công ty CP Thép Bình Minh"),
     P("Nguyễn Hoàng Sơn", "Giám đốc Sở Lao động – Thương binh và Xã hội"),
     P("Trần Quốc Khánh", "Trung tá", "Phó Trưởng phòng An ninh kinh tế Công an tỉnh")],
    [Q("hơn 400 công nhân lao động", 400, "công nhân lao động", "over"),
     Q("gần 1,1 triệu công nhân", 1100000, "công nhân", "approx"),
     Q("87 ý kiến, kiến nghị", 87, "ý kiến, kiến nghị"),
     Q("46 dự án nhà ở xã hội", 46, "dự án nhà ở xã hội"),
     Q("hơn 80.000 căn", 80000, "căn", "over"),
     Q("3.980.000 đồng", 3980000, "đồng"),
     Q("152 doanh nghiệp", 152, "doanh nghiệp"),
     Q("38 doanh nghiệp", 38, "doanh nghiệp"),
     Q("12 căn nhà", 12, "căn nhà"),
     Q("50 triệu đồng", 50000000, "đồng")],
    [D("Kế hoạch", "2150", "KH-UBND", "2018-05-04", "UBND tỉnh", "Kế hoạch số 2150/KH-UBND ngày 4/5/2018 của UBND tỉnh"),
     D("Nghị định", "141", "2017/NĐ-CP", "2017-12-07", "Chính phủ", "Nghị định số 141/2017/NĐ-CP ngày 7/12/2017 của Chính phủ"),
     D("Nghị quyết", "20", "NQ/TW", None, "Trung ương", "Nghị quyết 20-NQ/TW của Trung ương")],
    [prov("Bình Dương"), com("Bình Hòa"), com("An Phú")],
    ["BÁO BÌNH DƯƠNG ONLINE", "Chính trị | Công đoàn", "(BDO)", "Ông Võ Minh Quang trả lời các câu hỏi của công nhân lao động. Ảnh: Q.Chiến",
     "Công ty TNHH Giày Phú Mỹ", "Mái ấm Công đoàn", "Tháng Công nhân", "Sở Công Thương"],
    ["18-05-2018 17:40", "1 năm", "15 ngày", "vùng I", "năm 2018"]))

# ---------------------------------------------------------------- b901 Hà Nam 2019, sơ kết 6 tháng
PAGES.append(page("b901-hanam-bdv-soket-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH HÀ NAM
Tin tức - Sự kiện › Xây dựng Đảng
Thứ Bảy, 06-07-2019, 09:15
Đồng chí Đinh Thị Lụa phát biểu kết luận hội nghị.
Ban Dân vận Tỉnh ủy sơ kết công tác 6 tháng đầu năm
Ngày 5/7, Ban Dân vận Tỉnh ủy Hà Nam tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2019, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Đinh Thị Lụa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Phó Trưởng Ban Dân vận Tỉnh ủy Trần Văn Khiêm trình bày báo cáo cho biết, 6 tháng qua, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 118-KH/TU ngày 12/3/2019 về tổng kết 10 năm thực hiện Kết luận số 62-KL/TW của Bộ Chính trị (khóa X) về đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội; kiểm tra việc thực hiện các Chỉ thị số 15-CT/TU, 16-CT/TU của Ban Thường vụ Tỉnh ủy tại 4 huyện, thành phố. Ban phối hợp với Văn phòng UBND tỉnh đánh giá việc thực hiện Quy chế dân chủ trong hoạt động của cơ quan hành chính nhà nước.
Khối dân vận các cấp đã vận động 1.025 hộ hiến 46.300 m2 đất, tháo dỡ công trình phụ để mở rộng đường giao thông, xây dựng nông thôn mới kiểu mẫu; phối hợp giải quyết 79 trong tổng số 87 đơn thư tiếp nhận, đạt 90,8%. Toàn tỉnh có thêm 64 mô hình "Dân vận khéo", nâng tổng số lên 412 mô hình. Ủy ban MTTQ và các đoàn thể vận động hơn 2,3 tỷ đồng hỗ trợ hộ nghèo, gia đình chính sách.
Tại hội nghị, các đại biểu tập trung thảo luận về công tác vận động nhân dân trong giải phóng mặt bằng các dự án khu công nghiệp, khu đô thị và việc thu gom, xử lý rác thải ở nông thôn. Đồng chí Nguyễn Thị Hoài, HUV, Trưởng Ban Dân vận Huyện ủy Thanh Liêm cho biết, huyện đã thành lập 15 tổ dân vận tại các thôn có dự án, nhờ đó không để xảy ra khiếu kiện đông người. Đồng chí Trịnh Văn Quyết, Bí thư Đảng ủy xã Đinh Xá chia sẻ kinh nghiệm vận động các hộ chăn nuôi di dời chuồng trại ra khỏi khu dân cư.
Kết luận hội nghị, đồng chí Đinh Thị Lụa đề nghị 6 tháng cuối năm khối dân vận các cấp tập trung phục vụ đại hội chi bộ, đảng bộ cơ sở nhiệm kỳ 2020 – 2025; chuẩn bị tổ chức Đại hội đại biểu các dân tộc thiểu số tỉnh; nắm chắc tình hình nhân dân ở các địa bàn có dự án; tiếp tục thực hiện hiệu quả phong trào thi đua "Dân vận khéo" gắn với xây dựng nông thôn mới. Ban Dân vận Tỉnh ủy sẽ phối hợp với Ban Tổ chức Tỉnh ủy hướng dẫn công tác nhân sự đại hội cấp cơ sở.
Ngọc Lan
Bài viết liên quan
- Hội nghị giao ban công tác dân vận quý I/2019 (10/04/2019)
- Kim Bảng: 86 hộ hiến đất làm đường (02/04/2019)
- Lý Nhân sơ kết 5 năm thực hiện Quyết định 217, 218 của Bộ Chính trị (20/03/2019)
""", "2019-07-06", "Ban Dân vận Tỉnh ủy sơ kết công tác 6 tháng đầu năm",
    E("so_ket", "2019-H1", "2019-07-05"),
    [P("Đinh Thị Lụa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Trần Văn Khiêm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Nguyễn Thị Hoài", "HUV", "Trưởng Ban Dân vận Huyện ủy Thanh Liêm"),
     P("Trịnh Văn Quyết", "Bí thư Đảng ủy xã Đinh Xá")],
    [Q("4 huyện, thành phố", 4, "huyện, thành phố"),
     Q("1.025 hộ", 1025, "hộ"),
     Q("46.300 m2", 46300, "m2"),
     Q("79", 79, "đơn thư"),
     Q("87 đơn thư", 87, "đơn thư"),
     Q("90,8%", 90.8, "%"),
     Q("64 mô hình", 64, "mô hình"),
     Q("412 mô hình", 412, "mô hình"),
     Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"),
     Q("15 tổ dân vận", 15, "tổ dân vận")],
    [D("Kế hoạch", "118", "KH/TU", "2019-03-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 118-KH/TU ngày 12/3/2019"),
     D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", "Kết luận số 62-KL/TW của Bộ Chính trị"),
     D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 15-CT/TU, 16-CT/TU của Ban Thường vụ Tỉnh ủy"),
     D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "16-CT/TU của Ban Thường vụ Tỉnh ủy")],
    [prov("Hà Nam"), com("Đinh Xá")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH HÀ NAM", "Tin tức - Sự kiện › Xây dựng Đảng",
     "Đồng chí Đinh Thị Lụa phát biểu kết luận hội nghị.", "Dân vận khéo", "Văn phòng UBND tỉnh", "Ban Tổ chức Tỉnh ủy"],
    ["06-07-2019, 09:15", "6 tháng cuối năm", "10 năm", "khóa X", "nhiệm kỳ 2020 – 2025"]))

# ---------------------------------------------------------------- b902 Tiền Giang 2019, hội nghị Ủy ban MTTQ tổng kết năm
PAGES.append(page("b902-tiengiang-mttq-tongket-2019", """
BÁO ẤP BẮC - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TIỀN GIANG
Chính trị - Mặt trận
19/12/2019 - 10:12
Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 12, khóa X
Ngày 18-12, Ủy ban MTTQ Việt Nam tỉnh Tiền Giang tổ chức Hội nghị lần thứ 12, khóa X nhằm tổng kết công tác Mặt trận năm 2019 và triển khai chương trình phối hợp thống nhất hành động năm 2020. Ông Phạm Văn Trọng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự hội nghị có ông Võ Thành Hiếu, Phó Bí thư Thường trực Tỉnh ủy.
Theo báo cáo do bà Lê Thị Mỹ Duyên, ông Huỳnh Văn Tám - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày, năm 2019 các cấp Mặt trận đã tập trung thực hiện Chỉ thị 18-CT/TW của Ban Bí thư về phát huy vai trò, nâng cao chất lượng hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội ở cơ sở. Quỹ "Vì người nghèo" các cấp vận động được hơn 68,5 tỷ đồng; xây dựng và sửa chữa 1.236 căn nhà Đại đoàn kết; trao tặng 22.400 phần quà Tết cho hộ nghèo, hộ cận nghèo. Toàn tỉnh có 983/1.015 ấp, khu phố đạt chuẩn khu dân cư văn hóa, đạt 96,8%.
Công tác giám sát, phản biện xã hội tiếp tục được thực hiện theo Quyết định 217-QĐ/TW và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN. Trong năm, Mặt trận các cấp chủ trì 312 cuộc giám sát, tổ chức 27 hội nghị phản biện xã hội đối với các dự thảo văn bản của chính quyền. Mặt trận cũng phối hợp thực hiện Quy định 124-QĐ/TW ngày 2/2/2018 của Ban Bí thư về giám sát của Mặt trận và đoàn thể đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên.
Tại hội nghị, các đại biểu thảo luận nhiều ý kiến thiết thực. Linh mục Phaolô Nguyễn Văn Hai, Ủy viên Ủy ban MTTQ Việt Nam tỉnh đề nghị tăng cường vận động giáo dân tham gia bảo vệ môi trường, hạn chế rác thải nhựa. Ông Nguyễn Văn Thành, Chủ tịch Ủy ban MTTQ Việt Nam xã Bình Xuân cho biết, xã đã vận động 214 hộ hiến đất, góp tiền làm 6,2 km đường giao thông nông thôn. Bà Trần Thị Kim Thoa, Trưởng ban công tác Mặt trận ấp Long Hòa, xã Long Định kiến nghị tăng mức hỗ trợ hoạt động cho Ban công tác Mặt trận ở khu dân cư.
Phát biểu chỉ đạo, ông Võ Thành Hiếu đánh giá cao kết quả công tác Mặt trận năm 2019 và đề nghị năm 2020 các cấp Mặt trận chuẩn bị tốt việc tham gia đại hội đảng bộ các cấp, tổng kết cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; tiếp tục chăm lo cho hộ nghèo, nhất là khi hạn hán, xâm nhập mặn có thể diễn biến phức tạp trong mùa khô tới.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 18 tập thể, 25 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2019.
Hoàng Yến
Tin liên quan
- Chợ Gạo: Ngày hội Đại đoàn kết toàn dân tộc ở ấp Bình Thọ (16/11/2019)
- Ủy ban MTTQ tỉnh giám sát thực hiện chính sách bảo hiểm y tế (29/10/2019)
- Mặt trận các cấp chung tay vì người nghèo (15/10/2019)
""", "2019-12-19", "Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 12, khóa X",
    E("tong_ket", "2019", "2019-12-18"),
    [P("Phạm Văn Trọng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Võ Thành Hiếu", "Phó Bí thư Thường trực Tỉnh ủy"),
     P("Lê Thị Mỹ Duyên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Huỳnh Văn Tám", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Phaolô Nguyễn Văn Hai", "Linh mục", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"),
     P("Nguyễn Văn Thành", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bình Xuân"),
     P("Trần Thị Kim Thoa", "Trưởng ban công tác Mặt trận ấp Long Hòa")],
    [Q("hơn 68,5 tỷ đồng", 68500000000, "đồng", "over"),
     Q("1.236 căn nhà Đại đoàn kết", 1236, "căn nhà Đại đoàn kết"),
     Q("22.400 phần quà Tết", 22400, "phần quà Tết"),
     Q("983/1.015 ấp, khu phố", 983, "ấp, khu phố"),
     Q("96,8%", 96.8, "%"),
     Q("312 cuộc giám sát", 312, "cuộc giám sát"),
     Q("27 hội nghị phản biện xã hội", 27, "hội nghị phản biện xã hội"),
     Q("214 hộ", 214, "hộ"),
     Q("6,2 km", 6.2, "km"),
     Q("18 tập thể", 18, "tập thể"),
     Q("25 cá nhân", 25, "cá nhân")],
    [D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị 18-CT/TW của Ban Bí thư"),
     D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định 217-QĐ/TW"),
     D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN"),
     D("Quy định", "124", "QĐ/TW", "2018-02-02", "Ban Bí thư", "Quy định 124-QĐ/TW ngày 2/2/2018 của Ban Bí thư")],
    [prov("Tiền Giang"), com("Bình Xuân"), com("Long Định")],
    ["BÁO ẤP BẮC - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TIỀN GIANG", "Chính trị - Mặt trận", "Vì người nghèo",
     "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ban công tác Mặt trận"],
    ["lần thứ 12", "khóa X", "năm 2020", "1.015"]))

# ---------------------------------------------------------------- b903 Lai Châu 2020, giám sát quy chế dân chủ
PAGES.append(page("b903-laichau-bdv-giamsat-qcdc-2020", """
BÁO LAI CHÂU ĐIỆN TỬ
Xây dựng Đảng - Chính quyền
Cập nhật 24/9/2020, 16:10
Đoàn giám sát Ban Dân vận Tỉnh ủy làm việc tại huyện Sìn Hồ
Ngày 22/9, Đoàn giám sát của Ban Dân vận Tỉnh ủy Lai Châu do đồng chí Hoàng Văn Chiến, Phó Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị về tiếp tục đẩy mạnh xây dựng và thực hiện có hiệu quả quy chế dân chủ ở cơ sở tại huyện Sìn Hồ. Làm việc với đoàn có đồng chí Tẩn Láo Xà, Phó Bí thư Thường trực Huyện ủy Sìn Hồ; đồng chí Lầu A Sùng, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện.
Đồng chí Hoàng Văn Chiến phát biểu tại buổi làm việc.
Cuộc giám sát nằm trong chương trình giám sát năm 2020, thực hiện theo Kế hoạch số 62-KH/BDVTU ngày 10/7/2020 của Ban Dân vận Tỉnh ủy. Trước khi làm việc với Ban Thường vụ Huyện ủy, đoàn đã giám sát trực tiếp tại 2 xã Phìn Hồ và Ma Quai.
Báo cáo của Huyện ủy cho thấy, thời gian qua cấp ủy, chính quyền các cấp trong huyện đã cụ thể hóa phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng" bằng các quy chế, kế hoạch cụ thể. 100% bản, khu phố đã xây dựng hương ước, quy ước; các khoản đóng góp của nhân dân đều được bàn bạc công khai tại hội nghị bản. Riêng xã Ma Quai đã tổ chức 14 hội nghị nhân dân để bàn về việc làm đường, xây nhà văn hóa; nhân dân hiến 12.500 m2 đất, góp hơn 3.000 ngày công. Năm 2019, toàn huyện giảm tỷ lệ hộ nghèo xuống còn 34,6%.
Ông Thào A Dê, Chủ tịch UBND xã Phìn Hồ cho biết, xã có đông đồng bào Mông, Dao, Hà Nhì sinh sống; nhờ phát huy vai trò người có uy tín, trưởng bản, bà con đồng thuận cao trong chuyển đổi cây trồng, trồng thảo quả dưới tán rừng. Tuy vậy, đoàn giám sát cũng chỉ ra một số hạn chế: việc công khai thu, chi tài chính ở một số bản chưa thường xuyên; Ban Thanh tra nhân dân xã hoạt động còn hình thức; vẫn còn 9 đơn thư liên quan đến tranh chấp đất nương chưa được giải quyết dứt điểm.
Bà Lỳ Xá Chừ, trưởng bản Nậm Cười, xã Ma Quai kiến nghị hỗ trợ kinh phí sửa chữa nhà văn hóa bản đã xuống cấp. Ông Chảo Ông Phây, người có uy tín bản Sáng Màu, xã Phìn Hồ đề nghị tăng cường tuyên truyền bằng tiếng dân tộc để bà con hiểu rõ các chính sách.
Kết luận buổi giám sát, đồng chí Hoàng Văn Chiến ghi nhận kết quả huyện Sìn Hồ đạt được và đề nghị Huyện ủy chỉ đạo các xã thực hiện nghiêm việc công khai tài chính, giải quyết dứt điểm các đơn thư tồn đọng trước ngày 31/12/2020; kiện toàn Ban Thanh tra nhân dân, Ban giám sát đầu tư của cộng đồng; tiếp tục nhân rộng mô hình "Dân vận khéo" trong xây dựng nông thôn mới.
Tú Anh
Tin khác
- Tân Uyên: Tổng kết 5 năm phong trào thi đua "Dân vận khéo" (18/9/2020)
- Hội LHPN tỉnh tập huấn nghiệp vụ cho cán bộ hội cơ sở (11/9/2020)
- Phong Thổ: Người có uy tín góp sức giữ bình yên bản làng (03/9/2020)
""", "2020-09-24", "Đoàn giám sát Ban Dân vận Tỉnh ủy làm việc tại huyện Sìn Hồ",
    E("giam_sat", "2020", "2020-09-22"),
    [P("Hoàng Văn Chiến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Tẩn Láo Xà", "Phó Bí thư Thường trực Huyện ủy Sìn Hồ"),
     P("Lầu A Sùng", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
     P("Thào A Dê", "Chủ tịch UBND xã Phìn Hồ"),
     P("Lỳ Xá Chừ", "trưởng bản Nậm Cười"),
     P("Chảo Ông Phây", "người có uy tín bản Sáng Màu")],
    [Q("2 xã", 2, "xã"),
     Q("100%", 100, "%"),
     Q("14 hội nghị nhân dân", 14, "hội nghị nhân dân"),
     Q("12.500 m2", 12500, "m2"),
     Q("hơn 3.000 ngày công", 3000, "ngày công", "over"),
     Q("34,6%", 34.6, "%"),
     Q("9 đơn thư", 9, "đơn thư")],
    [D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị"),
     D("Kế hoạch", "62", "KH/BDVTU", "2020-07-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 62-KH/BDVTU ngày 10/7/2020 của Ban Dân vận Tỉnh ủy")],
    [prov("Lai Châu"), com("Phìn Hồ"), com("Ma Quai")],
    ["BÁO LAI CHÂU ĐIỆN TỬ", "Xây dựng Đảng - Chính quyền", "Đồng chí Hoàng Văn Chiến phát biểu tại buổi làm việc.",
     "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "Dân vận khéo", "Ban Thanh tra nhân dân"],
    ["chương trình giám sát năm 2020", "31/12/2020", "Năm 2019"]))

# ---------------------------------------------------------------- b904 Bà Rịa - Vũng Tàu 2020, trao quà COVID-19
PAGES.append(page("b904-baria-vungtau-mttq-traoqua-covid-2020", """
Báo Bà Rịa - Vũng Tàu
Thời sự > Mặt trận - Đoàn thể
Thứ Bảy, 11/4/2020 18:20
Trao 1.200 phần quà hỗ trợ người lao động mất việc do dịch COVID-19
Mỗi phần quà gồm gạo, nhu yếu phẩm và tiền mặt.
(BR-VT) Ngày 10/4, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Liên đoàn Lao động tỉnh, Tỉnh Đoàn, Hội LHPN tỉnh trao 1.200 phần quà cho người lao động tự do, công nhân mất việc làm do ảnh hưởng của dịch COVID-19 đang thuê trọ tại TP.Vũng Tàu, TP.Bà Rịa và huyện Long Điền. Mỗi phần quà gồm 10kg gạo, thực phẩm thiết yếu và 500.000 đồng tiền mặt, tổng trị giá hơn 1 tỷ đồng.
Tham dự buổi trao quà có ông Nguyễn Văn Sang, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Lê Thị Thanh Thủy, Chủ tịch Hội LHPN tỉnh; ông Phan Văn Cương, Chủ tịch LĐLĐ tỉnh; anh Đoàn Minh Tâm, Bí thư Tỉnh Đoàn.
Để bảo đảm giãn cách theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, quà được trao theo từng nhóm nhỏ tại nhà văn hóa các khu phố ở phường Thắng Nhất và xã An Ngãi; người nhận quà được đo thân nhiệt, đeo khẩu trang, rửa tay sát khuẩn.
Theo ông Nguyễn Văn Sang, thực hiện Kế hoạch số 215/KH-MTTQ-BTT ngày 2/4/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về vận động, tiếp nhận, phân bổ nguồn ủng hộ phòng, chống dịch, đến nay Quỹ phòng, chống dịch COVID-19 của tỉnh đã tiếp nhận hơn 35,2 tỷ đồng cùng nhiều hiện vật. Mặt trận các cấp đã vận động được 146 tấn gạo, hỗ trợ 8.650 lượt người lao động khó khăn; toàn tỉnh có 21 "cây ATM gạo" hoạt động. Các hộ thuộc diện hỗ trợ theo Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ đang được các địa phương rà soát, lập danh sách.
Tại buổi trao quà, Thượng tọa Thích Quảng Tịnh, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh đã trao tặng thêm 200 phần quà và 2 tấn gạo do các tự viện đóng góp.
Chị Nguyễn Thị Lài, thuê trọ tại phường Thắng Nhất, cho biết chị làm phụ bếp nhà hàng, đã nghỉ việc gần một tháng nay vì nhà hàng đóng cửa. "Phần quà này giúp mẹ con tôi yên tâm qua những ngày khó khăn", chị Lài xúc động nói.
Ông Nguyễn Văn Sang kêu gọi các tổ chức, cá nhân, doanh nghiệp tiếp tục hưởng ứng lời kêu gọi "Toàn dân đoàn kết, chung tay ủng hộ phòng, chống dịch COVID-19" của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; đồng thời yêu cầu Mặt trận các cấp hỗ trợ đúng đối tượng, công khai, minh bạch, không để ai bị bỏ lại phía sau.
Thanh Hồ
Tin liên quan
- Tỉnh Đoàn ra quân hỗ trợ người dân phòng dịch (09/4/2020)
- Phụ nữ Xuyên Mộc may 20.000 khẩu trang tặng người dân (06/4/2020)
- Ủy ban MTTQ tỉnh tiếp nhận ủng hộ phòng, chống dịch COVID-19 (02/4/2020)
""", "2020-04-11", "Trao 1.200 phần quà hỗ trợ người lao động mất việc do dịch COVID-19",
    E("trao_qua", None, "2020-04-10"),
    [P("Nguyễn Văn Sang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Lê Thị Thanh Thủy", "Chủ tịch Hội LHPN tỉnh"),
     P("Phan Văn Cương", "Chủ tịch LĐLĐ tỉnh"),
     P("Đoàn Minh Tâm", "Bí thư Tỉnh Đoàn"),
     P("Thích Quảng Tịnh", "Thượng tọa", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
     P("Nguyễn Thị Lài")],
    [Q("1.200 phần quà", 1200, "phần quà"),
     Q("10kg", 10, "kg"),
     Q("500.000 đồng", 500000, "đồng"),
     Q("hơn 1 tỷ đồng", 1000000000, "đồng", "over"),
     Q("hơn 35,2 tỷ đồng", 35200000000, "đồng", "over"),
     Q("146 tấn gạo", 146, "tấn"),
     Q("8.650 lượt người lao động", 8650, "lượt người lao động"),
     Q("21 \"cây ATM gạo\"", 21, "cây ATM gạo"),
     Q("200 phần quà", 200, "phần quà"),
     Q("2 tấn gạo", 2, "tấn")],
    [D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ"),
     D("Kế hoạch", "215", "KH-MTTQ-BTT", "2020-04-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 215/KH-MTTQ-BTT ngày 2/4/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
     D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ")],
    [prov("Bà Rịa - Vũng Tàu"), com("Thắng Nhất"), com("An Ngãi")],
    ["Báo Bà Rịa - Vũng Tàu", "Thời sự > Mặt trận - Đoàn thể", "Mỗi phần quà gồm gạo, nhu yếu phẩm và tiền mặt.", "(BR-VT)",
     "Toàn dân đoàn kết, chung tay ủng hộ phòng, chống dịch COVID-19", "cây ATM gạo", "Quỹ phòng, chống dịch COVID-19"],
    ["COVID-19", "một tháng", "Thứ Bảy, 11/4/2020 18:20"]))
