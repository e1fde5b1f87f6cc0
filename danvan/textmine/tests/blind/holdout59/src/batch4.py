from lib import *
PAGES = []

PAGES.append(page("b1391-binhduong-ldld-soket-6thang-2023", """
Liên đoàn Lao động tỉnh Bình Dương
Trang chủ › Tin tức › Hoạt động công đoàn
Ngày đăng 21/07/2023 | 09:45
Chăm lo cho công nhân mất việc, giảm giờ làm
Ngày 20/7, Liên đoàn Lao động tỉnh Bình Dương tổ chức hội nghị sơ kết hoạt động công đoàn 6 tháng đầu năm 2023 và triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Thị Mai Thương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự và chỉ đạo hội nghị.
Các đại biểu dự hội nghị sơ kết.
Theo báo cáo của Ban Thường vụ Liên đoàn Lao động tỉnh, do sụt giảm đơn hàng, 6 tháng đầu năm 2023, trên địa bàn tỉnh có 1.043 doanh nghiệp cắt giảm lao động hoặc giảm giờ làm, ảnh hưởng đến khoảng 327.000 người lao động; trong đó khoảng 73.000 người bị chấm dứt hợp đồng lao động. Nhiều công nhân ở trọ tại các phường Thuận Giao, Tân Định và xã An Tây rơi vào cảnh khó khăn.
Trước tình hình đó, công đoàn các cấp đã tổ chức 36 "Phiên chợ Công đoàn", hỗ trợ 22.400 phần quà cho công nhân mất việc với tổng trị giá hơn 11,2 tỷ đồng; phối hợp Trung tâm Dịch vụ việc làm tổ chức 18 phiên giao dịch việc làm, giới thiệu cho 6.150 lao động có việc làm mới. Thực hiện Chương trình "Tháng Công nhân" năm 2023, Liên đoàn Lao động tỉnh đã trao 25 "Mái ấm Công đoàn", mỗi căn hỗ trợ 60 triệu đồng.
Cũng trong 6 tháng, công đoàn cấp trên đã tham gia giải quyết 4 cuộc ngừng việc tập thể với trên 2.100 người tham gia, giảm 9 cuộc so với cùng kỳ; hỗ trợ pháp lý, tư vấn cho 1.870 lượt người lao động.
Thảo luận tại hội nghị, đồng chí Trần Văn Hưởng, Phó Chủ tịch Liên đoàn Lao động tỉnh, cho rằng cần sớm có cơ chế hỗ trợ tiền thuê nhà cho công nhân bị giảm giờ làm; chị Lê Thị Kim Ngân, Chủ tịch Công đoàn cơ sở Công ty TNHH gỗ Phú An, chia sẻ kinh nghiệm thương lượng để doanh nghiệp giữ lại lao động nữ trên 35 tuổi.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Mai Thương đề nghị 6 tháng cuối năm, các cấp công đoàn tiếp tục bám sát tình hình doanh nghiệp; triển khai Kết luận số 67-KL/TU ngày 8/5/2023 của Ban Thường vụ Tỉnh ủy về hỗ trợ người lao động mất việc làm; phối hợp với Ban Dân vận Tỉnh ủy thực hiện Kế hoạch số 18-KH/BDVTU về nắm tình hình tư tưởng công nhân, người lao động. Đồng chí cũng yêu cầu triển khai kịp thời Quyết định số 338/QĐ-TTg ngày 3/4/2023 của Thủ tướng Chính phủ phê duyệt Đề án "Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp giai đoạn 2021 - 2030" trên địa bàn tỉnh.
Dịp này, Liên đoàn Lao động tỉnh trao 200 suất quà cho công nhân khó khăn, mỗi suất trị giá 1 triệu đồng.
Phương Lê
Lượt xem: 927
Tin liên quan
- Phiên chợ Công đoàn tại Thuận An thu hút 5.000 công nhân (15/07/2023)
- Bàn giao "Mái ấm Công đoàn" cho đoàn viên ở Bến Cát (05/07/2023)
- Ký kết phối hợp hỗ trợ việc làm cho công nhân (28/06/2023)
""", "2023-07-21", "Chăm lo cho công nhân mất việc, giảm giờ làm",
E("so_ket", "2023-H1", "2023-07-20"),
[P("Nguyễn Thị Mai Thương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Hưởng", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Lê Thị Kim Ngân", "Chủ tịch Công đoàn cơ sở Công ty TNHH gỗ Phú An")],
[Q("1.043 doanh nghiệp", 1043, "doanh nghiệp"), Q("khoảng 327.000 người lao động", 327000, "người lao động", "approx"),
 Q("khoảng 73.000 người", 73000, "người", "approx"), Q('36 "Phiên chợ Công đoàn"', 36, "Phiên chợ Công đoàn"),
 Q("22.400 phần quà", 22400, "phần quà"), Q("hơn 11,2 tỷ đồng", 11200000000, "đồng", "over"),
 Q("18 phiên giao dịch việc làm", 18, "phiên giao dịch việc làm"), Q("6.150 lao động", 6150, "lao động"),
 Q('25 "Mái ấm Công đoàn"', 25, "Mái ấm Công đoàn"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("4 cuộc ngừng việc tập thể", 4, "cuộc ngừng việc tập thể"), Q("trên 2.100 người", 2100, "người", "over"),
 Q("9 cuộc", 9, "cuộc"), Q("1.870 lượt người lao động", 1870, "lượt người lao động"),
 Q("200 suất quà", 200, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kết luận", "67", "KL/TU", "2023-05-08", "Ban Thường vụ Tỉnh ủy", "Kết luận số 67-KL/TU ngày 8/5/2023"),
 D("Kế hoạch", "18", "KH/BDVTU", None, None, "Kế hoạch số 18-KH/BDVTU"),
 D("Quyết định", "338", "QĐ-TTg", "2023-04-03", "Thủ tướng Chính phủ", "Quyết định số 338/QĐ-TTg ngày 3/4/2023")],
[prov("Bình Dương"), com("Thuận Giao"), com("Tân Định"), com("An Tây")],
["Liên đoàn Lao động tỉnh Bình Dương", "Trang chủ › Tin tức › Hoạt động công đoàn", "Các đại biểu dự hội nghị sơ kết.",
 "Phiên chợ Công đoàn", "Tháng Công nhân", "Mái ấm Công đoàn",
 "Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp giai đoạn 2021 - 2030",
 "Lượt xem: 927"],
["Ngày đăng 21/07/2023 | 09:45", "6 tháng đầu năm 2023", "6 tháng cuối năm", "6 tháng", "năm 2023",
 "ít nhất 1 triệu căn hộ", "giai đoạn 2021 - 2030", "35 tuổi", "Lượt xem: 927"]))

PAGES.append(page("b1392-hungyen-bdv-taphuan-nhatro-2024", """
BÁO HƯNG YÊN - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Hưng Yên
Chính trị / Xây dựng Đảng
2024-05-17 15:30
Tập huấn công tác dân vận ở địa bàn có đông công nhân
Ngày 16/5, Ban Dân vận Tỉnh ủy Hưng Yên tổ chức hội nghị tập huấn nghiệp vụ công tác dân vận năm 2024 cho hơn 230 học viên là trưởng khối dân vận, cán bộ Mặt trận, công đoàn các xã, phường có khu công nghiệp và tổ trưởng tổ tự quản khu nhà trọ trên địa bàn tỉnh.
Học viên tham dự hội nghị tập huấn.
Khai mạc hội nghị, đồng chí Ngô Thị Hồng Phúc, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy cho biết, tỉnh hiện có 12 khu công nghiệp đang hoạt động với khoảng 170.000 lao động, trong đó hơn 60% là lao động ngoại tỉnh. Riêng thị xã Mỹ Hào và huyện Yên Mỹ có trên 4.500 hộ kinh doanh nhà trọ với khoảng 52.000 công nhân thuê ở. Việc nắm tình hình, vận động công nhân nơi cư trú đặt ra nhiều yêu cầu mới với đội ngũ cán bộ dân vận cơ sở.
Tại hội nghị, đồng chí Đặng Văn Hải, Phó Trưởng Ban - Trưởng phòng Dân vận chính quyền - Doanh nghiệp Ban Dân vận Tỉnh ủy quán triệt Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương ban hành Quy chế công tác dân vận của hệ thống chính trị và Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp. Bà Trịnh Thị Lệ Thu, giảng viên Trường Chính trị Nguyễn Văn Linh, hướng dẫn kỹ năng tiếp xúc, đối thoại với công nhân, phát hiện sớm mâu thuẫn trong quan hệ lao động.
Các học viên được trao đổi kinh nghiệm từ những mô hình hay ở cơ sở. Ông Phạm Văn Tường, Bí thư Chi bộ kiêm Trưởng thôn Văn Nhuế, xã Minh Hải giới thiệu mô hình "Chủ nhà trọ tự quản, công nhân an tâm" với 146 hộ kinh doanh nhà trọ tham gia ký cam kết không tăng giá điện, nước. Bà Đỗ Thị Thanh Nga, Chủ tịch Ủy ban MTTQ Việt Nam phường Bạch Sam cho biết năm 2023 phường đã vận động 38 chủ nhà trọ giảm 10% tiền thuê phòng cho công nhân bị giảm giờ làm.
Theo Kế hoạch số 36-KH/BDVTU ngày 2/4/2024 của Ban Dân vận Tỉnh ủy, năm 2024 toàn tỉnh phấn đấu xây dựng mới 20 mô hình "Dân vận khéo" trong lĩnh vực chăm lo đời sống công nhân, trong đó ưu tiên các xã Lạc Hồng, Nghĩa Hiệp nơi có mật độ nhà trọ cao.
Bế mạc hội nghị, đồng chí Ngô Thị Hồng Phúc đề nghị các học viên vận dụng kiến thức được tập huấn vào thực tiễn, chú trọng tổ chức đối thoại định kỳ giữa chính quyền xã với công nhân thuê trọ ít nhất 6 tháng một lần.
Hoàng Anh
Lượt xem: 498
Tin liên quan
- Văn Lâm: đối thoại với công nhân về an ninh khu nhà trọ (08/05/2024)
- Trao 100 suất quà nhân Tháng Công nhân (03/05/2024)
- Ra mắt mô hình "Dân vận khéo" tại Khu công nghiệp Thăng Long II (22/04/2024)
""", "2024-05-17", "Tập huấn công tác dân vận ở địa bàn có đông công nhân",
E("tap_huan", "2024", "2024-05-16"),
[P("Ngô Thị Hồng Phúc", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đặng Văn Hải", "Phó Trưởng Ban - Trưởng phòng Dân vận chính quyền - Doanh nghiệp Ban Dân vận Tỉnh ủy"),
 P("Trịnh Thị Lệ Thu", "giảng viên Trường Chính trị Nguyễn Văn Linh"),
 P("Phạm Văn Tường", "Bí thư Chi bộ kiêm Trưởng thôn Văn Nhuế"),
 P("Đỗ Thị Thanh Nga", "Chủ tịch Ủy ban MTTQ Việt Nam phường Bạch Sam")],
[Q("hơn 230 học viên", 230, "học viên", "over"), Q("12 khu công nghiệp", 12, "khu công nghiệp"),
 Q("khoảng 170.000 lao động", 170000, "lao động", "approx"), Q("hơn 60%", 60, "%", "over"),
 Q("trên 4.500 hộ kinh doanh nhà trọ", 4500, "hộ kinh doanh nhà trọ", "over"),
 Q("khoảng 52.000 công nhân", 52000, "công nhân", "approx"),
 Q("146 hộ kinh doanh nhà trọ", 146, "hộ kinh doanh nhà trọ"), Q("38 chủ nhà trọ", 38, "chủ nhà trọ"),
 Q("10%", 10, "%"), Q("20 mô hình", 20, "mô hình")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Kế hoạch", "36", "KH/BDVTU", "2024-04-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 36-KH/BDVTU ngày 2/4/2024")],
[prov("Hưng Yên"), com("Minh Hải"), com("Bạch Sam"), com("Lạc Hồng"), com("Nghĩa Hiệp")],
["BÁO HƯNG YÊN - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Hưng Yên", "Chính trị / Xây dựng Đảng",
 "Học viên tham dự hội nghị tập huấn.", "Chủ nhà trọ tự quản, công nhân an tâm", "Dân vận khéo",
 "Quy chế công tác dân vận của hệ thống chính trị", "Trường Chính trị Nguyễn Văn Linh", "Lượt xem: 498"],
["2024-05-17 15:30", "năm 2024", "năm 2023", "6 tháng một lần", "Lượt xem: 498"]))

PAGES.append(page("b1393-hanoi-phongsu-nhaoxh-congnhan-2024", """
BÁO LAO ĐỘNG THỦ ĐÔ
Trang chủ » Công nhân - Công đoàn » Chính sách
Thứ Tư, 02/10/2024 - 06:00
Khu nhà trọ công nhân ở xã Đại Mạch, huyện Đông Anh. Ảnh: Bảo Ngọc
Công nhân ngoại tỉnh và giấc mơ căn hộ giá rẻ
Hơn 10 năm làm việc ở Khu công nghiệp Thăng Long, vợ chồng anh Hoàng Văn Tiến (quê Nghệ An) vẫn ở trong căn phòng trọ rộng chưa đầy 15 m2 tại xã Đại Mạch. Mỗi tháng, hai vợ chồng phải chi khoảng 2,8 triệu đồng cho tiền phòng, điện, nước, chiếm gần 1/4 tổng thu nhập.
Theo Liên đoàn Lao động thành phố Hà Nội, hiện 9 khu công nghiệp đang hoạt động của thành phố có khoảng 175.000 công nhân, trong đó trên 60% là lao động ngoại tỉnh có nhu cầu nhà ở. Trong khi đó, toàn thành phố mới hoàn thành 3 dự án nhà ở xã hội dành cho công nhân với khoảng 1.900 căn hộ, đáp ứng một phần rất nhỏ nhu cầu.
Chị Nguyễn Thị Lan Anh, Chủ tịch Công đoàn cơ sở Công ty TNHH cơ khí chính xác Quang Minh, cho biết công ty có 1.350 công nhân nhưng chỉ 12 người mua được nhà ở xã hội trong 5 năm qua. "Điều kiện vay vốn, thủ tục chứng minh thu nhập quá phức tạp, trong khi công nhân cần nhất là nhà cho thuê giá rẻ, gần nhà máy", chị nói.
Các chuyên gia cho rằng, với Luật Nhà ở năm 2023 và Nghị định số 100/2024/NĐ-CP ngày 26/7/2024 của Chính phủ quy định chi tiết về phát triển và quản lý nhà ở xã hội, lần đầu tiên tổ chức công đoàn được làm chủ đầu tư dự án nhà ở xã hội cho thuê. Ông Vũ Minh Đạo, Phó Chủ tịch Liên đoàn Lao động thành phố Hà Nội cho biết, thực hiện Kế hoạch số 212/KH-UBND ngày 14/8/2024 của UBND thành phố, Liên đoàn Lao động đang đề xuất 2 vị trí tại thị trấn Quang Minh và xã Phù Lỗ để xây dựng thiết chế công đoàn với khoảng 3.000 căn hộ cho thuê.
Trong lúc chờ đợi, nhiều địa phương đã có cách làm sáng tạo. Tại xã Phù Lỗ, Đảng ủy, UBND xã vận động 126 chủ nhà trọ tham gia mô hình "Nhà trọ văn minh, giá điện nước đúng quy định", cải tạo 840 phòng trọ bảo đảm an toàn phòng cháy. Bà Lê Thị Ngọc, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Phù Lỗ, cho biết xã còn phối hợp công đoàn mở 2 điểm trông trẻ buổi tối cho con công nhân làm ca đêm.
Theo Ban Dân vận Thành ủy Hà Nội, chăm lo chỗ ở cho công nhân không chỉ là chính sách an sinh mà còn là công tác dân vận thiết thực; Ban đang tham mưu sơ kết Chương trình số 03-CTr/TU của Thành ủy về phát triển đô thị, nhà ở giai đoạn 2021 - 2025.
Bảo Ngọc
Lượt xem: 2.740
Tin khác
- Hơn 1.000 công nhân được tư vấn về nhà ở xã hội (25/09/2024)
- Mê Linh: trao 5 Mái ấm Công đoàn (18/09/2024)
- Đối thoại về Luật Nhà ở năm 2023 với công nhân (10/09/2024)
""", "2024-10-02", "Công nhân ngoại tỉnh và giấc mơ căn hộ giá rẻ",
E("khac", None, None),
[P("Hoàng Văn Tiến"),
 P("Nguyễn Thị Lan Anh", "Chủ tịch Công đoàn cơ sở Công ty TNHH cơ khí chính xác Quang Minh"),
 P("Vũ Minh Đạo", "Phó Chủ tịch Liên đoàn Lao động thành phố Hà Nội"),
 P("Lê Thị Ngọc", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Phù Lỗ")],
[Q("15 m2", 15, "m2"), Q("khoảng 2,8 triệu đồng", 2800000, "đồng", "approx"), Q("9 khu công nghiệp", 9, "khu công nghiệp"),
 Q("khoảng 175.000 công nhân", 175000, "công nhân", "approx"), Q("trên 60%", 60, "%", "over"),
 Q("3 dự án nhà ở xã hội", 3, "dự án nhà ở xã hội"), Q("khoảng 1.900 căn hộ", 1900, "căn hộ", "approx"),
 Q("1.350 công nhân", 1350, "công nhân"), Q("12 người", 12, "người"), Q("2 vị trí", 2, "vị trí"),
 Q("khoảng 3.000 căn hộ", 3000, "căn hộ", "approx"), Q("126 chủ nhà trọ", 126, "chủ nhà trọ"),
 Q("840 phòng trọ", 840, "phòng trọ"), Q("2 điểm trông trẻ", 2, "điểm trông trẻ")],
[D("Nghị định", "100", "2024/NĐ-CP", "2024-07-26", "Chính phủ", "Nghị định số 100/2024/NĐ-CP ngày 26/7/2024"),
 D("Kế hoạch", "212", "KH-UBND", "2024-08-14", "UBND thành phố", "Kế hoạch số 212/KH-UBND ngày 14/8/2024"),
 D("Chương trình", "03", "CTr/TU", None, "Thành ủy", "Chương trình số 03-CTr/TU")],
[prov("Hà Nội"), prov("Nghệ An"), com("Đại Mạch"), com("Quang Minh"), com("Phù Lỗ")],
["BÁO LAO ĐỘNG THỦ ĐÔ", "Trang chủ » Công nhân - Công đoàn » Chính sách",
 "Khu nhà trọ công nhân ở xã Đại Mạch, huyện Đông Anh. Ảnh: Bảo Ngọc", "Luật Nhà ở năm 2023",
 "Nhà trọ văn minh, giá điện nước đúng quy định", "Khu công nghiệp Thăng Long", "Lượt xem: 2.740"],
["Thứ Tư, 02/10/2024 - 06:00", "Hơn 10 năm", "1/4", "5 năm", "Luật Nhà ở năm 2023", "giai đoạn 2021 - 2025", "Lượt xem: 2.740"]))

PAGES.append(page("b1394-dongnai-ldld-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG NAI
Thời sự | Chính trị | Công đoàn
Thứ Sáu, 26/12/2025 - 07:45
Công đoàn Đồng Nai: năm đầu vận hành sau hợp nhất, chăm lo hơn 1,1 triệu đoàn viên
Chiều 25/12, Liên đoàn Lao động tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác công đoàn năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Liên đoàn Lao động tỉnh hoạt động sau khi hợp nhất tổ chức công đoàn hai tỉnh Đồng Nai và Bình Phước.
Đồng chí Hoàng Minh Châu phát biểu chỉ đạo hội nghị.
Dự hội nghị có các đồng chí: Hoàng Minh Châu, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy; Lê Thị Bích Ngọc, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Liên đoàn Lao động tỉnh; Nguyễn Văn Khải, Phó Chủ tịch Thường trực Liên đoàn Lao động tỉnh.
Theo báo cáo, sau sắp xếp, Liên đoàn Lao động tỉnh quản lý trực tiếp 5.218 công đoàn cơ sở với hơn 1,1 triệu đoàn viên, làm việc chủ yếu tại 46 khu công nghiệp. Năm 2025, công đoàn các cấp đã phát triển mới 58.700 đoàn viên; tổ chức 2.460 hội nghị đối thoại định kỳ tại doanh nghiệp; thương lượng, ký kết 312 bản thỏa ước lao động tập thể, trong đó 28 bản thỏa ước nhóm doanh nghiệp.
Công tác chăm lo được đẩy mạnh. Dịp Tết Ất Tỵ, công đoàn trao 86.000 suất quà cho đoàn viên khó khăn với tổng trị giá 72,5 tỷ đồng; tổ chức 146 chuyến xe, 3 chuyến tàu đưa 9.200 công nhân về quê. Chương trình "Mái ấm Công đoàn" hỗ trợ xây mới 64 căn nhà, mỗi căn 70 triệu đồng. Liên đoàn Lao động tỉnh cũng hoàn thành thiết chế công đoàn tại phường Long Bình với 1.024 căn hộ cho công nhân thuê.
Trong năm, trên địa bàn tỉnh xảy ra 11 cuộc ngừng việc tập thể, giảm 40% so với năm 2024; các cuộc ngừng việc đều được giải quyết kịp thời. Các phường Trấn Biên, Minh Hưng và xã Nhơn Trạch được đánh giá làm tốt việc phối hợp với công đoàn trong nắm tình hình công nhân thuê trọ.
Phát biểu chỉ đạo, đồng chí Hoàng Minh Châu đề nghị công đoàn các cấp quán triệt Nghị quyết số 02-NQ/TW của Bộ Chính trị; thực hiện Kết luận số 25, 26-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong doanh nghiệp và về phát triển nhà ở xã hội cho công nhân; phối hợp Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai Kế hoạch số 19-KH/BTGDVTU về khảo sát tình hình tư tưởng công nhân năm 2026.
Năm 2026, Liên đoàn Lao động tỉnh đặt mục tiêu phát triển mới 50.000 đoàn viên, trao ít nhất 90.000 suất quà Tết Bính Ngọ.
Dịp này, 45 tập thể, 76 cá nhân được nhận bằng khen của Liên đoàn Lao động tỉnh.
Hạnh Dung
Lượt xem: 1.236
Tin liên quan
- Xã Đại Phước ra mắt tổ tự quản nhà trọ (18/12/2025)
- Công nhân góp ý dự thảo văn kiện Đại hội XIV (02/12/2025)
- Trao 500 suất quà cho công nhân tại phường Bình Phước (20/11/2025)
""", "2025-12-26", "Công đoàn Đồng Nai: năm đầu vận hành sau hợp nhất, chăm lo hơn 1,1 triệu đoàn viên",
E("tong_ket", "2025", "2025-12-25"),
[P("Hoàng Minh Châu", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Thị Bích Ngọc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Nguyễn Văn Khải", "Phó Chủ tịch Thường trực Liên đoàn Lao động tỉnh")],
[Q("hơn 1,1 triệu đoàn viên", 1100000, "đoàn viên", "over"), Q("5.218 công đoàn cơ sở", 5218, "công đoàn cơ sở"),
 Q("46 khu công nghiệp", 46, "khu công nghiệp"), Q("58.700 đoàn viên", 58700, "đoàn viên"),
 Q("2.460 hội nghị đối thoại định kỳ", 2460, "hội nghị đối thoại định kỳ"),
 Q("312 bản thỏa ước lao động tập thể", 312, "bản thỏa ước lao động tập thể"),
 Q("28 bản thỏa ước nhóm doanh nghiệp", 28, "bản thỏa ước nhóm doanh nghiệp"),
 Q("86.000 suất quà", 86000, "suất quà"), Q("72,5 tỷ đồng", 72500000000, "đồng"),
 Q("146 chuyến xe", 146, "chuyến xe"), Q("3 chuyến tàu", 3, "chuyến tàu"), Q("9.200 công nhân", 9200, "công nhân"),
 Q("64 căn nhà", 64, "căn nhà"), Q("70 triệu đồng", 70000000, "đồng"), Q("1.024 căn hộ", 1024, "căn hộ"),
 Q("11 cuộc ngừng việc tập thể", 11, "cuộc ngừng việc tập thể"), Q("40%", 40, "%"),
 Q("50.000 đoàn viên", 50000, "đoàn viên"), Q("ít nhất 90.000 suất quà", 90000, "suất quà", "over"),
 Q("45 tập thể", 45, "tập thể"), Q("76 cá nhân", 76, "cá nhân")],
[D("Nghị quyết", "02", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 02-NQ/TW"),
 D("Kết luận", "25", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 25, 26-KL/TU"),
 D("Kết luận", "26", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 25, 26-KL/TU"),
 D("Kế hoạch", "19", "KH/BTGDVTU", None, None, "Kế hoạch số 19-KH/BTGDVTU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Long Bình"), com("Trấn Biên"), com("Minh Hưng"), com("Nhơn Trạch")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG NAI", "Thời sự | Chính trị | Công đoàn",
 "Đồng chí Hoàng Minh Châu phát biểu chỉ đạo hội nghị.", "Mái ấm Công đoàn", "Lượt xem: 1.236"],
["Thứ Sáu, 26/12/2025 - 07:45", "năm 2025", "năm 2026", "năm 2024", "Năm 2026", "Tết Ất Tỵ", "Tết Bính Ngọ", "Lượt xem: 1.236"]))

PAGES.append(page("b1395-hcm-traoqua-tet-binhngo-2026", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam Thành phố Hồ Chí Minh
Trang chủ > Tin tức > An sinh xã hội
30/01/2026 | 10:25
Đồng chí Trần Thị Kim Liên trao quà Tết cho công nhân tại phường Dĩ An.
Mang Tết sum vầy đến công nhân ở lại thành phố
Ngày 29/1/2026, tại phường Dĩ An, Ủy ban MTTQ Việt Nam Thành phố Hồ Chí Minh phối hợp Ban Tuyên giáo và Dân vận Thành ủy tổ chức chương trình "Tết Sum vầy - Xuân gắn kết" năm 2026, thăm hỏi, tặng quà cho công nhân lao động có hoàn cảnh khó khăn đang làm việc tại các khu công nghiệp trên địa bàn các phường Dĩ An, Thuận An, Bến Cát và Tân Thuận.
Tham dự chương trình có đồng chí Trần Thị Kim Liên, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy; các đồng chí Võ Hoàng Sơn, Nguyễn Thị Thu Sương - Phó Chủ tịch Ủy ban MTTQ Việt Nam Thành phố; đồng chí Lâm Quốc Bảo, Phó Chủ tịch Liên đoàn Lao động Thành phố.
Sau khi hợp nhất ba địa phương Thành phố Hồ Chí Minh, Bình Dương và Bà Rịa - Vũng Tàu, Thành phố hiện có khoảng 2,6 triệu công nhân lao động, trong đó khoảng 1,4 triệu người làm việc trong các khu chế xuất, khu công nghiệp. Theo khảo sát của Liên đoàn Lao động Thành phố, có khoảng 38% công nhân không về quê đón Tết Bính Ngọ vì chi phí đi lại cao hoặc phải làm việc xuyên Tết.
Tại chương trình, Ban Tổ chức trao 2.000 phần quà, mỗi phần trị giá 1,2 triệu đồng gồm tiền mặt và nhu yếu phẩm; trao 20 "Mái ấm Công đoàn" cho đoàn viên chưa có nhà ở ổn định, mỗi căn 80 triệu đồng. Tính chung dịp Tết năm nay, Ủy ban MTTQ Việt Nam Thành phố và Liên đoàn Lao động Thành phố dự kiến chăm lo cho trên 310.000 lượt đoàn viên, người lao động với tổng kinh phí khoảng 465 tỷ đồng, tặng 15.000 vé xe, vé tàu, vé máy bay cho công nhân về quê.
Phát biểu tại chương trình, đồng chí Trần Thị Kim Liên cho biết, thực hiện Chỉ thị số 08-CT/TU ngày 20/11/2025 của Ban Thường vụ Thành ủy về tổ chức Tết Bính Ngọ năm 2026 và Kế hoạch số 45-KH/BTGDVTU ngày 5/12/2025 của Ban Tuyên giáo và Dân vận Thành ủy, các cấp ủy, chính quyền, Mặt trận và đoàn thể phải bảo đảm "không để đoàn viên, người lao động nào không có Tết". Đồng chí đề nghị Đảng ủy, UBND các phường có đông công nhân tổ chức thăm hỏi tại các khu nhà trọ đêm Giao thừa, quan tâm những gia đình công nhân có con nhỏ.
Anh Rơ Châm Khoa, công nhân Công ty TNHH may mặc Sóng Thần, người dân tộc Jrai quê Gia Lai, xúc động: "Năm nay vợ chồng tôi ở lại làm việc, có quà Tết của Thành phố, mấy đứa nhỏ rất vui".
Cùng ngày, các đoàn công tác của Thành phố chia thành 6 đoàn đi thăm, tặng quà công nhân tại các phường, xã.
Minh Khang
Lượt xem: 3.604
Tin liên quan
- Chuyến xe Công đoàn đưa 5.000 công nhân về quê đón Tết (27/01/2026)
- Phiên chợ Tết Công đoàn tại phường Thủ Dầu Một (24/01/2026)
- Thành phố chăm lo Tết cho hộ nghèo, hộ cận nghèo (20/01/2026)
""", "2026-01-30", "Mang Tết sum vầy đến công nhân ở lại thành phố",
E("trao_qua", None, "2026-01-29"),
[P("Trần Thị Kim Liên", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Võ Hoàng Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam Thành phố"),
 P("Nguyễn Thị Thu Sương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam Thành phố"),
 P("Lâm Quốc Bảo", "Phó Chủ tịch Liên đoàn Lao động Thành phố"),
 P("Rơ Châm Khoa", "công nhân Công ty TNHH may mặc Sóng Thần")],
[Q("khoảng 2,6 triệu công nhân lao động", 2600000, "công nhân lao động", "approx"),
 Q("khoảng 1,4 triệu người", 1400000, "người", "approx"), Q("khoảng 38%", 38, "%", "approx"),
 Q("2.000 phần quà", 2000, "phần quà"), Q("1,2 triệu đồng", 1200000, "đồng"),
 Q('20 "Mái ấm Công đoàn"', 20, "Mái ấm Công đoàn"), Q("80 triệu đồng", 80000000, "đồng"),
 Q("trên 310.000 lượt đoàn viên, người lao động", 310000, "lượt đoàn viên, người lao động", "over"),
 Q("khoảng 465 tỷ đồng", 465000000000, "đồng", "approx"),
 Q("15.000 vé xe, vé tàu, vé máy bay", 15000, "vé xe, vé tàu, vé máy bay"), Q("6 đoàn", 6, "đoàn")],
[D("Chỉ thị", "08", "CT/TU", "2025-11-20", "Ban Thường vụ Thành ủy", "Chỉ thị số 08-CT/TU ngày 20/11/2025"),
 D("Kế hoạch", "45", "KH/BTGDVTU", "2025-12-05", "Ban Tuyên giáo và Dân vận Thành ủy", "Kế hoạch số 45-KH/BTGDVTU ngày 5/12/2025")],
[prov("Hồ Chí Minh"), prov("Bình Dương"), prov("Bà Rịa - Vũng Tàu"), prov("Gia Lai"),
 com("Dĩ An"), com("Thuận An"), com("Bến Cát"), com("Tân Thuận")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam Thành phố Hồ Chí Minh", "Trang chủ > Tin tức > An sinh xã hội",
 "Đồng chí Trần Thị Kim Liên trao quà Tết cho công nhân tại phường Dĩ An.", "Tết Sum vầy - Xuân gắn kết",
 "không để đoàn viên, người lao động nào không có Tết", "Mái ấm Công đoàn", "Lượt xem: 3.604"],
["30/01/2026 | 10:25", "năm 2026", "Tết Bính Ngọ", "Lượt xem: 3.604"]))

PAGES.append(page("b1396-hungyen-doithoai-chutich-congnhan-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH HƯNG YÊN
Trang chủ › Thời sự › Lao động - Công đoàn
Thứ Tư, 25/03/2026 - 16:50
Chủ tịch UBND tỉnh Hưng Yên đối thoại với công nhân: nhiều kiến nghị được trả lời ngay tại hội nghị
Ngày 24/3, tại phường Mỹ Hào, UBND tỉnh phối hợp Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với công nhân lao động năm 2026. Đồng chí Trần Quốc Vinh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị.
Quang cảnh hội nghị đối thoại.
Dự hội nghị có đồng chí Nguyễn Hữu Định, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Bùi Thị Thanh Xuân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Liên đoàn Lao động tỉnh; lãnh đạo các sở, ngành, Chủ tịch UBND các xã, phường có khu công nghiệp cùng 320 công nhân lao động đến từ các khu công nghiệp Phố Nối A, Thăng Long II, Minh Quang và Tiền Hải.
Sau hợp nhất, tỉnh Hưng Yên có 34 khu công nghiệp với khoảng 290.000 lao động. Trước hội nghị, Liên đoàn Lao động tỉnh đã tổng hợp 52 ý kiến, kiến nghị của công nhân gửi đến các sở, ngành; tại hội nghị có thêm 14 ý kiến được nêu trực tiếp.
Chị Đào Thị Minh Phương, Chủ tịch Công đoàn cơ sở Công ty TNHH may Thái Hưng tại xã Tiền Hải, kiến nghị tỉnh sớm có tuyến xe buýt kết nối các khu dân cư với Khu công nghiệp Tiền Hải, vì nhiều công nhân phải đi xe máy trên 20 km mỗi ngày. Anh Vũ Văn Khánh, công nhân Khu công nghiệp Thăng Long II, hỏi về tiến độ dự án nhà ở xã hội tại phường Mỹ Hào mà công nhân đã đăng ký từ năm 2024.
Trả lời các kiến nghị, đồng chí Trần Quốc Vinh cho biết, theo Kế hoạch số 86/KH-UBND ngày 26/2/2026 của UBND tỉnh, năm 2026 tỉnh khởi công 5 dự án nhà ở xã hội với khoảng 6.800 căn hộ, trong đó dự án tại phường Mỹ Hào sẽ bàn giao 1.200 căn hộ đầu tiên trong quý IV; Sở Xây dựng nghiên cứu mở 3 tuyến xe buýt phục vụ công nhân từ phường Trần Lãm, xã Tiền Hải và xã Nghĩa Trụ.
Đồng chí Trần Quốc Vinh yêu cầu Chủ tịch UBND các xã, phường định kỳ đối thoại với công nhân trên địa bàn ít nhất 6 tháng một lần; các sở, ngành trả lời bằng văn bản những kiến nghị chưa giải quyết ngay tại hội nghị trước ngày 30/4/2026.
Đồng chí Nguyễn Hữu Định đề nghị Mặt trận và công đoàn các cấp thực hiện Hướng dẫn số 07-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về giám sát việc thực hiện chính sách đối với người lao động; theo dõi việc giải quyết kiến nghị sau đối thoại theo Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị.
Dịp này, Liên đoàn Lao động tỉnh trao 150 suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất 2 triệu đồng.
Thu Trang
Lượt xem: 1.077
Tin khác
- Phường Phố Hiến ra mắt tổ tự quản khu nhà trọ (20/03/2026)
- Khởi công thiết chế công đoàn tại xã Tiền Hải (12/03/2026)
- Ủy ban MTTQ tỉnh giám sát an toàn lao động tại doanh nghiệp (05/03/2026)
""", "2026-03-25", "Chủ tịch UBND tỉnh Hưng Yên đối thoại với công nhân: nhiều kiến nghị được trả lời ngay tại hội nghị",
E("doi_thoai", "2026", "2026-03-24"),
[P("Trần Quốc Vinh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Nguyễn Hữu Định", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bùi Thị Thanh Xuân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Đào Thị Minh Phương", "Chủ tịch Công đoàn cơ sở Công ty TNHH may Thái Hưng"),
 P("Vũ Văn Khánh", "công nhân Khu công nghiệp Thăng Long II")],
[Q("320 công nhân lao động", 320, "công nhân lao động"), Q("34 khu công nghiệp", 34, "khu công nghiệp"),
 Q("khoảng 290.000 lao động", 290000, "lao động", "approx"), Q("52 ý kiến, kiến nghị", 52, "ý kiến, kiến nghị"),
 Q("14 ý kiến", 14, "ý kiến"), Q("trên 20 km", 20, "km", "over"), Q("5 dự án nhà ở xã hội", 5, "dự án nhà ở xã hội"),
 Q("khoảng 6.800 căn hộ", 6800, "căn hộ", "approx"), Q("1.200 căn hộ", 1200, "căn hộ"),
 Q("3 tuyến xe buýt", 3, "tuyến xe buýt"), Q("150 suất quà", 150, "suất quà"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Kế hoạch", "86", "KH-UBND", "2026-02-26", "UBND tỉnh", "Kế hoạch số 86/KH-UBND ngày 26/2/2026"),
 D("Hướng dẫn", "07", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 07-HD/MTTW-BTT"),
 D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết số 02-NQ/TW ngày 12/6/2021")],
[prov("Hưng Yên"), com("Mỹ Hào"), com("Tiền Hải"), com("Trần Lãm"), com("Nghĩa Trụ")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH HƯNG YÊN", "Trang chủ › Thời sự › Lao động - Công đoàn", "Quang cảnh hội nghị đối thoại.",
 "Khu công nghiệp Thăng Long II", "Lượt xem: 1.077"],
["Thứ Tư, 25/03/2026 - 16:50", "năm 2026", "năm 2024", "quý IV", "6 tháng một lần", "Lượt xem: 1.077"]))
