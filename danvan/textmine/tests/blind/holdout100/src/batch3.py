from lib import *
PAGES = []

PAGES.append(page("b2369-thainguyen-doithoai-congnhan-2023", """
Thái Nguyên điện tử - Cổng thông tin của Đảng bộ tỉnh
Chính trị :: Dân vận :: Công nhân lao động
21.07.2023 | 16:05
Chủ tịch UBND tỉnh đối thoại với công nhân: nhà ở và tiền lương là mối quan tâm lớn nhất
Chiều 20/7, tại Khu công nghiệp Yên Bình, UBND tỉnh Thái Nguyên phối hợp với Ban Dân vận Tỉnh ủy và Liên đoàn Lao động tỉnh tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với công nhân lao động năm 2023. Đồng chí Dương Văn Lượng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì. Tham dự có khoảng 300 công nhân đại diện cho hơn 125.000 lao động đang làm việc tại các khu công nghiệp trên địa bàn.
Công nhân nêu ý kiến tại hội nghị đối thoại.
Hội nghị được tổ chức theo Nghị định số 145/2020/NĐ-CP của Chính phủ và Kết luận 45, 46-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong doanh nghiệp có vốn đầu tư nước ngoài và về phát triển nhà ở cho công nhân. Trước hội nghị, Liên đoàn Lao động tỉnh đã tổng hợp 52 ý kiến, kiến nghị từ 37 công đoàn cơ sở.
Tại hội nghị, 18 lượt công nhân phát biểu. Chị Ma Thị Nguyệt, công nhân Công ty TNHH Điện tử Phú Lộc, cho biết tiền thuê phòng trọ quanh khu công nghiệp đã lên 1,2 triệu đồng/tháng, chiếm gần một phần tư thu nhập. Anh Lục Văn Toản đề nghị bố trí thêm tuyến xe buýt từ thành phố đến khu công nghiệp vào ca đêm. Nhiều ý kiến phản ánh việc doanh nghiệp sa thải lao động trên 35 tuổi, giảm đơn hàng nên cắt giờ làm thêm.
Trả lời các ý kiến, ông Đàm Văn Vượng, Giám đốc Sở Lao động - Thương binh và Xã hội cho biết, 6 tháng đầu năm 2023 có 2.860 lao động bị chấm dứt hợp đồng, sở đã giới thiệu việc làm mới cho 1.940 người. Bà Hoàng Thị Pha, Phó Giám đốc Sở Xây dựng cho biết tỉnh đang triển khai 5 dự án nhà ở xã hội với tổng số 4.300 căn hộ, giá thuê dự kiến khoảng 90.000 đồng/m2; theo Nghị quyết số 06/2023/NQ-HĐND của HĐND tỉnh, công nhân mua nhà ở xã hội lần đầu được hỗ trợ 30 triệu đồng.
Kết luận hội nghị, đồng chí Dương Văn Lượng giao các sở, ngành trả lời bằng văn bản các ý kiến còn lại trước ngày 15/8/2023; yêu cầu doanh nghiệp thực hiện nghiêm việc đối thoại định kỳ tại nơi làm việc; giao UBND phường Đồng Tiến và UBND xã Tân Phú phối hợp kiểm tra giá thuê trọ. Đồng chí Đàm Thị Thu Hường, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đề nghị các doanh nghiệp tạo điều kiện cho tổ chức đảng, công đoàn hoạt động.
Cuối buổi, Liên đoàn Lao động tỉnh trao 20 suất quà, mỗi suất 2 triệu đồng cho công nhân có hoàn cảnh khó khăn.
Ngọc Lan
Tin khác
- Phổ Yên: 11 doanh nghiệp ký cam kết không nợ bảo hiểm (14/07/2023)
- Hội nghị người có uy tín tỉnh Thái Nguyên năm 2023 (07/07/2023)
- Đại Từ: vận động 150 hộ hiến đất làm đường (29/06/2023)
""", "2023-07-21", "Chủ tịch UBND tỉnh đối thoại với công nhân: nhà ở và tiền lương là mối quan tâm lớn nhất",
E("doi_thoai", "2023", "2023-07-20"),
[P("Dương Văn Lượng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Ma Thị Nguyệt"),
 P("Lục Văn Toản"),
 P("Đàm Văn Vượng", "Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Hoàng Thị Pha", "Phó Giám đốc Sở Xây dựng"),
 P("Đàm Thị Thu Hường", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("khoảng 300 công nhân", 300, "công nhân", "approx"), Q("hơn 125.000 lao động", 125000, "lao động", "over"),
 Q("52 ý kiến, kiến nghị", 52, "ý kiến, kiến nghị"), Q("37 công đoàn cơ sở", 37, "công đoàn cơ sở"),
 Q("18 lượt công nhân", 18, "lượt công nhân"), Q("1,2 triệu đồng", 1200000, "đồng"),
 Q("2.860 lao động", 2860, "lao động"), Q("1.940 người", 1940, "người"), Q("5 dự án nhà ở xã hội", 5, "dự án nhà ở xã hội"),
 Q("4.300 căn hộ", 4300, "căn hộ"), Q("khoảng 90.000 đồng", 90000, "đồng", "approx"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("20 suất quà", 20, "suất quà"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Nghị định", "145", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 145/2020/NĐ-CP"),
 D("Kết luận", "45", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 45, 46-KL/TU"),
 D("Kết luận", "46", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 45, 46-KL/TU"),
 D("Nghị quyết", "06", "2023/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 06/2023/NQ-HĐND")],
[prov("Thái Nguyên"), com("Đồng Tiến"), com("Tân Phú")],
["Thái Nguyên điện tử - Cổng thông tin của Đảng bộ tỉnh", "Chính trị :: Dân vận :: Công nhân lao động",
 "Công nhân nêu ý kiến tại hội nghị đối thoại.", "Khu công nghiệp Yên Bình", "Công ty TNHH Điện tử Phú Lộc", "Ngọc Lan"],
["21.07.2023 | 16:05", "năm 2023", "6 tháng đầu năm 2023", "một phần tư", "35 tuổi", "15/8/2023", "lần đầu"]))

PAGES.append(page("b2370-hungyen-bdv-soket-2023", """
TRANG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY HƯNG YÊN
Trang chủ / Tin hoạt động / Hoạt động của Ban
2023-07-12 16:40
Ảnh: Quang cảnh hội nghị sơ kết.
Phát triển hơn 2.100 đoàn viên công đoàn trong doanh nghiệp ngoài nhà nước
Ngày 11/7, Ban Dân vận Tỉnh ủy Hưng Yên tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm. Nổi bật trong 6 tháng qua là công đoàn các cấp phát triển hơn 2.100 đoàn viên công đoàn trong doanh nghiệp ngoài nhà nước, vượt 15% kế hoạch. Đồng chí Đỗ Thị Thanh Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Báo cáo cho biết, 6 tháng đầu năm, các khu công nghiệp Phố Nối A, Thăng Long II, Minh Đức có 540 doanh nghiệp hoạt động với khoảng 160.000 lao động. Do thiếu đơn hàng, 47 doanh nghiệp phải cắt giảm giờ làm, 9.300 lao động bị giảm thu nhập; xảy ra 4 vụ ngừng việc tập thể với 2.700 người tham gia, đều đã được giải quyết. Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn số 09-HD/BDVTU về nắm tình hình công nhân và Kế hoạch số 31-KH/BDVTU ngày 20/3/2023 về kiểm tra thực hiện Chỉ thị 37-CT/TW của Ban Bí thư.
Mặt trận và các đoàn thể tỉnh đã vận động được 3,75 tỷ đồng hỗ trợ công nhân mất việc; Tỉnh đoàn ra mắt 6 "Nhà trọ thanh niên công nhân"; Hội Liên hiệp Phụ nữ tỉnh tổ chức 14 buổi tư vấn sức khỏe sinh sản cho 1.600 nữ công nhân.
Tại hội nghị, đồng chí Nguyễn Quang Thiều, HUV, Chủ tịch Liên đoàn Lao động huyện Văn Lâm, cho biết huyện có 96 công đoàn cơ sở, trong 6 tháng thành lập mới 11 công đoàn cơ sở. Bà Vàng Thị Mỷ, nữ công nhân người Mông, tổ trưởng tổ may Công ty TNHH May mặc Trường Hải, đề nghị doanh nghiệp có chính sách hỗ trợ công nhân dân tộc thiểu số thuê nhà. Đại diện Đảng ủy thị trấn Như Quỳnh và Đảng ủy xã Nghĩa Hiệp nêu khó khăn trong quản lý khoảng 24.000 lao động tạm trú.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Hữu Khang, Trần Thị Ngân, Đào Văn Tú, trình bày dự thảo kế hoạch kiểm tra, giám sát 6 tháng cuối năm và phổ biến mẫu báo cáo mới.
Kết luận hội nghị, đồng chí Đỗ Thị Thanh Xuân yêu cầu 6 tháng cuối năm tập trung vận động doanh nghiệp giữ việc làm, bảo đảm thu nhập cho công nhân; phấn đấu hết năm 2023 có thêm 4.000 đoàn viên và 10 tổ chức cơ sở đảng trong doanh nghiệp; nhân rộng mô hình "Dân vận khéo" ở các khu nhà trọ.
Phương Thảo
Lượt xem: 2.356
Tin liên quan
- Văn Giang: đối thoại về giải phóng mặt bằng (05/07/2023)
- Công đoàn Khu công nghiệp Phố Nối A trao 200 suất quà (27/06/2023)
- Mỹ Hào: 3 khu trọ đạt chuẩn an toàn phòng cháy (15/06/2023)
""", "2023-07-12", "Phát triển hơn 2.100 đoàn viên công đoàn trong doanh nghiệp ngoài nhà nước",
E("so_ket", "2023-H1", "2023-07-11"),
[P("Đỗ Thị Thanh Xuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Quang Thiều", "HUV", "Chủ tịch Liên đoàn Lao động huyện Văn Lâm"),
 P("Vàng Thị Mỷ", "tổ trưởng tổ may Công ty TNHH May mặc Trường Hải"),
 P("Lê Hữu Khang", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Ngân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đào Văn Tú", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("hơn 2.100 đoàn viên công đoàn", 2100, "đoàn viên công đoàn", "over"), Q("15%", 15, "%"),
 Q("540 doanh nghiệp", 540, "doanh nghiệp"), Q("khoảng 160.000 lao động", 160000, "lao động", "approx"),
 Q("47 doanh nghiệp", 47, "doanh nghiệp"), Q("9.300 lao động", 9300, "lao động"),
 Q("4 vụ ngừng việc tập thể", 4, "vụ ngừng việc tập thể"), Q("2.700 người", 2700, "người"),
 Q("3,75 tỷ đồng", 3750000000, "đồng"), Q('6 "Nhà trọ thanh niên công nhân"', 6, "Nhà trọ thanh niên công nhân"),
 Q("14 buổi tư vấn sức khỏe sinh sản", 14, "buổi tư vấn sức khỏe sinh sản"), Q("1.600 nữ công nhân", 1600, "nữ công nhân"),
 Q("96 công đoàn cơ sở", 96, "công đoàn cơ sở"), Q("11 công đoàn cơ sở", 11, "công đoàn cơ sở"),
 Q("khoảng 24.000 lao động tạm trú", 24000, "lao động tạm trú", "approx"), Q("4.000 đoàn viên", 4000, "đoàn viên"),
 Q("10 tổ chức cơ sở đảng", 10, "tổ chức cơ sở đảng")],
[D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU"),
 D("Kế hoạch", "31", "KH/BDVTU", "2023-03-20", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 31-KH/BDVTU ngày 20/3/2023"),
 D("Chỉ thị", "37", "CT/TW", None, "Ban Bí thư", "Chỉ thị 37-CT/TW")],
[prov("Hưng Yên"), com("Như Quỳnh"), com("Nghĩa Hiệp")],
["TRANG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY HƯNG YÊN", "Trang chủ / Tin hoạt động / Hoạt động của Ban",
 "Ảnh: Quang cảnh hội nghị sơ kết.", "Nhà trọ thanh niên công nhân", "Dân vận khéo", "Lượt xem: 2.356"],
["2023-07-12 16:40", "6 tháng đầu năm 2023", "6 tháng cuối năm", "6 tháng qua", "6 tháng đầu năm", "trong 6 tháng", "năm 2023",
 "Lượt xem: 2.356"]))

PAGES.append(page("b2371-khanhhoa-chandung-chutichcongdoan-2023", """
Báo Khánh Hòa điện tử
Xã hội > Lao động > Gương sáng
10 tháng 10, 2023 | 17:45
Chị Pi Năng Thị Thu (bìa phải) thăm hỏi công nhân tại xưởng chế biến.
Người "giữ lửa" cho công nhân Khu công nghiệp Suối Dầu
Trong 9 năm làm Chủ tịch Công đoàn Công ty TNHH Thủy sản Hải Vương ở Khu công nghiệp Suối Dầu, chị Pi Năng Thị Thu, người Raglai quê xã Sơn Bình, đã cùng ban giám đốc giải quyết hàng trăm kiến nghị của công nhân mà chưa để xảy ra một vụ ngừng việc tập thể nào.
Khi chị về công ty năm 2014, công đoàn cơ sở chỉ có 41 đoàn viên. Đến nay, công ty có 1.350 công nhân, trong đó 1.120 người là đoàn viên công đoàn, 96% là lao động nữ. Mỗi tháng chị dành 2 buổi tối xuống khu trọ ở xã Suối Hiệp để nghe công nhân tâm sự. "Công nhân mình ít khi nói thẳng trong hội nghị, phải xuống tận phòng trọ mới biết họ lo gì", chị nói.
Năm 2021, khi dịch Covid-19 bùng phát, công ty phải sản xuất theo phương án "3 tại chỗ" với 620 công nhân ở lại nhà máy suốt 45 ngày. Chị cùng công đoàn vận động được 380 triệu đồng mua nhu yếu phẩm và tổ chức sinh nhật tập thể cho 57 công nhân ngay tại xưởng. Sau dịch, chị đề xuất công ty tăng phụ cấp nhà ở từ 300.000 đồng lên 500.000 đồng/người/tháng, được ban giám đốc đồng ý. Năm 2023, công đoàn ký thỏa ước mới với 14 điều khoản có lợi hơn quy định của pháp luật, tiền ăn ca tăng lên 25.000 đồng/suất; 100% công nhân được khám sức khỏe định kỳ, 215 lao động nữ được khám phụ khoa miễn phí.
Ông Trần Minh Hải, Phó Chủ tịch Liên đoàn Lao động tỉnh cho biết, nhờ cách làm của chị, thỏa ước lao động tập thể của công ty được Liên đoàn xếp loại A liên tục 5 năm; công ty được Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen theo Quyết định số 1198/QĐ-TLĐ ngày 15/5/2023. Năm 2022, chị được bầu làm Ủy viên Ban Chấp hành Liên đoàn Lao động tỉnh khóa XI và là 1 trong 10 gương mặt tiêu biểu nhận Giải thưởng Nguyễn Văn Linh của tỉnh.
Anh Cao Văn Dũng, công nhân tổ cấp đông, kể: năm ngoái vợ anh sinh con thứ hai thì bị bệnh, công đoàn hỗ trợ 5 triệu đồng và vận động anh em trong tổ góp thêm 12 triệu đồng. "Chị Thu như người nhà của công nhân", anh Dũng nói.
Dù đã được đề nghị chuyển lên làm việc ở văn phòng Công đoàn các Khu công nghiệp tỉnh Khánh Hòa, chị vẫn chọn ở lại với xưởng. Chị chia sẻ mong muốn sắp tới công ty dành 2.000 m2 đất xây nhà trẻ cho con công nhân.
Thanh Bình
Lượt xem: 687
Các tin khác
- Cam Ranh: đối thoại với 200 công nhân tàu thủy (02/10/2023)
- Trao 12 "Mái ấm Công đoàn" tại huyện Cam Lâm (25/09/2023)
- Diên Khánh: ra mắt câu lạc bộ nữ công nhân (18/09/2023)
""", "2023-10-10", 'Người "giữ lửa" cho công nhân Khu công nghiệp Suối Dầu',
E("khac", None, None),
[P("Pi Năng Thị Thu", "Chủ tịch Công đoàn Công ty TNHH Thủy sản Hải Vương", "Ủy viên Ban Chấp hành Liên đoàn Lao động tỉnh khóa XI"),
 P("Trần Minh Hải", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Cao Văn Dũng")],
[Q("41 đoàn viên", 41, "đoàn viên"), Q("1.350 công nhân", 1350, "công nhân"), Q("1.120 người", 1120, "người"),
 Q("96%", 96, "%"), Q("620 công nhân", 620, "công nhân"), Q("380 triệu đồng", 380000000, "đồng"),
 Q("57 công nhân", 57, "công nhân"), Q("300.000 đồng", 300000, "đồng"), Q("500.000 đồng", 500000, "đồng"),
 Q("14 điều khoản", 14, "điều khoản"), Q("25.000 đồng", 25000, "đồng"), Q("100%", 100, "%"), Q("215 lao động nữ", 215, "lao động nữ"),
 Q("10 gương mặt tiêu biểu", 10, "gương mặt tiêu biểu"), Q("5 triệu đồng", 5000000, "đồng"), Q("12 triệu đồng", 12000000, "đồng"),
 Q("2.000 m2", 2000, "m2")],
[D("Quyết định", "1198", "QĐ-TLĐ", "2023-05-15", "Tổng Liên đoàn Lao động Việt Nam", "Quyết định số 1198/QĐ-TLĐ ngày 15/5/2023")],
[prov("Khánh Hòa"), com("Sơn Bình"), com("Suối Hiệp")],
["Báo Khánh Hòa điện tử", "Xã hội > Lao động > Gương sáng", "Chị Pi Năng Thị Thu (bìa phải) thăm hỏi công nhân tại xưởng chế biến.",
 "Khu công nghiệp Suối Dầu", "3 tại chỗ", "Giải thưởng Nguyễn Văn Linh", "Lượt xem: 687"],
["10 tháng 10, 2023 | 17:45", "9 năm", "hàng trăm", "một vụ", "2 buổi tối", "Năm 2021", "3 tại chỗ", "45 ngày", "loại A", "5 năm",
 "khóa XI", "1 trong 10", "con thứ hai", "Mỗi tháng", "Lượt xem: 687", "Năm 2023", "Năm 2022"]))

PAGES.append(page("b2372-baria-vungtau-giamsat-nhaocongnhan-2024", """
Hôm nay: Thứ Sáu, 31/05/2024
BAN DÂN VẬN TỈNH ỦY BÀ RỊA - VŨNG TÀU
Trang chủ » Kiểm tra, giám sát » Tin hoạt động
Cập nhật: 14:10, 29/05/2024 (GMT+7)
Giám sát việc chăm lo nhà ở, đời sống công nhân tại thị xã Phú Mỹ
Ngày 28/5, Đoàn giám sát của Ban Thường vụ Tỉnh ủy Bà Rịa - Vũng Tàu do đồng chí Giang Mỹ Linh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc thực hiện Chỉ thị 37-CT/TW ngày 06/9/2019 của Ban Bí thư về xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ tại Thị ủy Phú Mỹ. Đây là cuộc giám sát theo chương trình giám sát năm 2024 của Ban Thường vụ Tỉnh ủy.
Đoàn giám sát thăm khu nhà ở công nhân tại phường Mỹ Xuân.
Báo cáo của Thị ủy cho biết, trên địa bàn có 7 khu công nghiệp với 286 dự án đang hoạt động, sử dụng khoảng 68.000 lao động, trong đó hơn 40.000 người ở trọ. Thị xã có 1.530 hộ kinh doanh nhà trọ với khoảng 14.200 phòng; mới có 2 dự án nhà ở xã hội tại phường Mỹ Xuân được khởi công theo Quyết định số 338/QĐ-TTg ngày 03/4/2023 của Thủ tướng Chính phủ, quy mô 1.860 căn hộ.
Từ năm 2019 đến nay, toàn thị xã xảy ra 19 vụ ngừng việc tập thể với 7.600 lượt người lao động tham gia; riêng năm 2023 có 6 vụ do doanh nghiệp chậm trả lương, nợ bảo hiểm xã hội khoảng 21 tỷ đồng. Các cấp công đoàn đã thành lập 43 công đoàn cơ sở, phát triển 12.400 đoàn viên; 78% doanh nghiệp có tổ chức công đoàn đã ký thỏa ước lao động tập thể. Mức lương tối thiểu vùng I theo Nghị định 38/2022/NĐ-CP của Chính phủ được áp dụng ở 100% doanh nghiệp được kiểm tra.
Làm việc với đoàn, đồng chí Lưu Chí Thành, Ủy viên Ban Thường vụ Thị ủy, Trưởng Ban Dân vận Thị ủy, Chủ tịch Ủy ban MTTQ Việt Nam thị xã kiến nghị tỉnh bố trí quỹ đất cho thiết chế công đoàn. Bà Điểu Thị Hạnh, người Châu Ro, Chủ tịch Công đoàn Công ty TNHH Thép Bình Phú, đề nghị có tuyến xe buýt đến khu công nghiệp Cái Mép. Đại diện Đảng ủy phường Tân Hải cho biết đã vận động 320 chủ nhà trọ cam kết không tăng giá phòng trong năm 2024.
Phát biểu kết luận, đồng chí Giang Mỹ Linh ghi nhận kết quả của Thị ủy Phú Mỹ, đồng thời chỉ ra 4 hạn chế, trong đó việc phát triển đảng viên trong doanh nghiệp ngoài nhà nước còn chậm, 9 tháng chỉ kết nạp 23 đảng viên. Đồng chí đề nghị thị xã thực hiện Kế hoạch số 112-KH/TU ngày 15/01/2024 của Tỉnh ủy về phát triển nhà ở xã hội, phấn đấu năm 2025 có thêm 3.000 căn hộ cho công nhân.
Hoàng Yến
Tin khác
- Châu Đức: đối thoại giữa người đứng đầu cấp ủy với nhân dân (24/05/2024)
- Tọa đàm về công tác dân vận trong doanh nghiệp FDI (16/05/2024)
- Tổng kết 5 năm thực hiện Chỉ thị 37 tại Long Điền (03/05/2024)
""", "2024-05-29", "Giám sát việc chăm lo nhà ở, đời sống công nhân tại thị xã Phú Mỹ",
E("giam_sat", "2024", "2024-05-28"),
[P("Giang Mỹ Linh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Lưu Chí Thành", "Ủy viên Ban Thường vụ Thị ủy", "Trưởng Ban Dân vận Thị ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thị xã"),
 P("Điểu Thị Hạnh", "Chủ tịch Công đoàn Công ty TNHH Thép Bình Phú")],
[Q("7 khu công nghiệp", 7, "khu công nghiệp"), Q("286 dự án", 286, "dự án"), Q("khoảng 68.000 lao động", 68000, "lao động", "approx"),
 Q("hơn 40.000 người", 40000, "người", "over"), Q("1.530 hộ kinh doanh nhà trọ", 1530, "hộ kinh doanh nhà trọ"),
 Q("khoảng 14.200 phòng", 14200, "phòng", "approx"), Q("2 dự án nhà ở xã hội", 2, "dự án nhà ở xã hội"),
 Q("1.860 căn hộ", 1860, "căn hộ"), Q("19 vụ ngừng việc tập thể", 19, "vụ ngừng việc tập thể"),
 Q("7.600 lượt người lao động", 7600, "lượt người lao động"), Q("6 vụ", 6, "vụ"), Q("khoảng 21 tỷ đồng", 21000000000, "đồng", "approx"),
 Q("43 công đoàn cơ sở", 43, "công đoàn cơ sở"), Q("12.400 đoàn viên", 12400, "đoàn viên"), Q("78%", 78, "%"), Q("100%", 100, "%"),
 Q("320 chủ nhà trọ", 320, "chủ nhà trọ"), Q("4 hạn chế", 4, "hạn chế"), Q("23 đảng viên", 23, "đảng viên"),
 Q("3.000 căn hộ", 3000, "căn hộ")],
[D("Chỉ thị", "37", "CT/TW", "2019-09-06", "Ban Bí thư", "Chỉ thị 37-CT/TW ngày 06/9/2019"),
 D("Quyết định", "338", "QĐ-TTg", "2023-04-03", "Thủ tướng Chính phủ", "Quyết định số 338/QĐ-TTg ngày 03/4/2023"),
 D("Nghị định", "38", "2022/NĐ-CP", None, "Chính phủ", "Nghị định 38/2022/NĐ-CP"),
 D("Kế hoạch", "112", "KH/TU", "2024-01-15", "Tỉnh ủy", "Kế hoạch số 112-KH/TU ngày 15/01/2024")],
[prov("Bà Rịa - Vũng Tàu"), com("Mỹ Xuân"), com("Tân Hải")],
["Hôm nay: Thứ Sáu, 31/05/2024", "BAN DÂN VẬN TỈNH ỦY BÀ RỊA - VŨNG TÀU", "Trang chủ » Kiểm tra, giám sát » Tin hoạt động",
 "Đoàn giám sát thăm khu nhà ở công nhân tại phường Mỹ Xuân.", "Hoàng Yến"],
["Hôm nay: Thứ Sáu, 31/05/2024", "Cập nhật: 14:10, 29/05/2024 (GMT+7)", "năm 2024", "năm 2019", "năm 2023", "vùng I", "9 tháng",
 "năm 2025"]))

PAGES.append(page("b2373-haiduong-bdv-tongket-2024", """
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Hải Dương
You are here: Trang chủ > Tin tức > Hoạt động của Ban
Thứ Sáu, 27/12/2024 - 15:10
Toàn cảnh hội nghị.
Khối dân vận triển khai nhiệm vụ năm 2025
Chiều 26/12, Ban Dân vận Tỉnh ủy Hải Dương tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Phạm Thị Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự hội nghị có 94 đồng chí là trưởng, phó ban dân vận các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc và lãnh đạo Mặt trận, đoàn thể tỉnh.
Năm 2024, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 26, 27-CT/TU về công tác dân vận trong các khu công nghiệp và về vận động nhân dân giải phóng mặt bằng đường vành đai; phối hợp triển khai Quy định 124-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội. Trên địa bàn tỉnh hiện có 19 khu công nghiệp đang hoạt động với khoảng 190.000 lao động; mức lương tối thiểu vùng II theo Nghị định 74/2024/NĐ-CP của Chính phủ là 4.410.000 đồng/tháng.
Trong năm xảy ra 5 vụ ngừng việc tập thể với 3.900 người lao động tham gia, giảm 7 vụ so với năm 2023; 100% số vụ được giải quyết theo quy định. Công đoàn các cấp tổ chức 1.280 cuộc đối thoại định kỳ tại nơi làm việc, thành lập 68 công đoàn cơ sở, kết nạp 9.650 đoàn viên mới. Các cấp ủy kết nạp 142 đảng viên là công nhân trực tiếp sản xuất. Phong trào "Dân vận khéo" có 1.016 mô hình, trong đó 64 mô hình cấp tỉnh.
Mặt trận và các đoàn thể đã vận động 38,6 tỷ đồng xây dựng 612 căn nhà cho hộ nghèo, gia đình chính sách theo phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát"; Liên đoàn Lao động tỉnh trao 45 "Mái ấm Công đoàn" trị giá 2,25 tỷ đồng.
Tại hội nghị, đồng chí Vũ Xuân Hải, HUV, Trưởng Ban Dân vận Huyện ủy Cẩm Giàng, chia sẻ kinh nghiệm vận động 214 hộ dân ở xã Cẩm Điền bàn giao mặt bằng cho dự án khu công nghiệp. Bà Nguyễn Thị Thúy, Bí thư Đảng ủy thị trấn Lai Cách, cho biết thị trấn đã lập 9 tổ tự quản nhà trọ cho hơn 6.000 công nhân thuê trọ. Đồng chí Tăng Văn Quý, Chủ tịch Công đoàn Công ty TNHH Dây cáp điện Thành Công, đề nghị tăng cường phổ biến pháp luật lao động bằng tiếng dân tộc cho công nhân người Mông, người Dao từ các tỉnh miền núi.
Phát biểu chỉ đạo, đồng chí Trần Đức Thắng, Phó Bí thư Thường trực Tỉnh ủy, đề nghị năm 2025 khối dân vận chủ động nắm tình hình công nhân, nhất là khi thực hiện sắp xếp tổ chức bộ máy; tiếp tục nhân rộng mô hình "Dân vận khéo".
Dịp này, 26 tập thể và 38 cá nhân được tặng bằng khen của Ban Thường vụ Tỉnh ủy.
Thanh Hương
Lượt xem: 1.877
Tin cùng chuyên mục
- Kinh Môn: đối thoại với công nhân Khu công nghiệp Phú Thái (20/12/2024)
- Ban Dân vận Tỉnh ủy giao ban khối quý IV (13/12/2024)
- Tọa đàm "Nhà ở cho công nhân - khó khăn và giải pháp" (02/12/2024)
""", "2024-12-27", "Khối dân vận triển khai nhiệm vụ năm 2025",
E("tong_ket", "2024", "2024-12-26"),
[P("Phạm Thị Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Xuân Hải", "HUV", "Trưởng Ban Dân vận Huyện ủy Cẩm Giàng"),
 P("Nguyễn Thị Thúy", "Bí thư Đảng ủy thị trấn Lai Cách"),
 P("Tăng Văn Quý", "Chủ tịch Công đoàn Công ty TNHH Dây cáp điện Thành Công"),
 P("Trần Đức Thắng", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("94 đồng chí", 94, "đồng chí"), Q("19 khu công nghiệp", 19, "khu công nghiệp"), Q("khoảng 190.000 lao động", 190000, "lao động", "approx"),
 Q("4.410.000 đồng", 4410000, "đồng"), Q("5 vụ ngừng việc tập thể", 5, "vụ ngừng việc tập thể"), Q("3.900 người lao động", 3900, "người lao động"),
 Q("7 vụ", 7, "vụ"), Q("100%", 100, "%"), Q("1.280 cuộc đối thoại định kỳ", 1280, "cuộc đối thoại định kỳ"),
 Q("68 công đoàn cơ sở", 68, "công đoàn cơ sở"), Q("9.650 đoàn viên mới", 9650, "đoàn viên mới"), Q("142 đảng viên", 142, "đảng viên"),
 Q("1.016 mô hình", 1016, "mô hình"), Q("64 mô hình cấp tỉnh", 64, "mô hình cấp tỉnh"), Q("38,6 tỷ đồng", 38600000000, "đồng"),
 Q("612 căn nhà", 612, "căn nhà"), Q('45 "Mái ấm Công đoàn"', 45, "Mái ấm Công đoàn"), Q("2,25 tỷ đồng", 2250000000, "đồng"),
 Q("214 hộ dân", 214, "hộ dân"), Q("9 tổ tự quản nhà trọ", 9, "tổ tự quản nhà trọ"), Q("hơn 6.000 công nhân", 6000, "công nhân", "over"),
 Q("26 tập thể", 26, "tập thể"), Q("38 cá nhân", 38, "cá nhân")],
[D("Chỉ thị", "26", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 26, 27-CT/TU"),
 D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 26, 27-CT/TU"),
 D("Quy định", "124", "QĐ/TW", None, "Bộ Chính trị", "Quy định 124-QĐ/TW"),
 D("Nghị định", "74", "2024/NĐ-CP", None, "Chính phủ", "Nghị định 74/2024/NĐ-CP")],
[prov("Hải Dương"), com("Cẩm Điền"), com("Lai Cách")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Hải Dương", "You are here: Trang chủ > Tin tức > Hoạt động của Ban", "Toàn cảnh hội nghị.",
 "Dân vận khéo", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Mái ấm Công đoàn", "Lượt xem: 1.877"],
["Thứ Sáu, 27/12/2024 - 15:10", "94 đồng chí", "năm 2024", "năm 2025", "năm 2023", "vùng II", "Lượt xem: 1.877"]))

PAGES.append(page("b2374-nghean-ldld-traomaiam-2024", """
CÔNG ĐOÀN NGHỆ AN - Trang thông tin điện tử Liên đoàn Lao động tỉnh Nghệ An
Trang chủ | Tin tức | Chăm lo đoàn viên
Thứ Sáu, 16/08/2024
Lãnh đạo tỉnh trao nhà "Mái ấm Công đoàn" cho đoàn viên tại xã Hưng Tây.
Trao 25 "Mái ấm Công đoàn" và 300 suất quà cho công nhân khu công nghiệp
Ngày 15/8, Liên đoàn Lao động tỉnh Nghệ An phối hợp với Ban Dân vận Tỉnh ủy và Ban Quản lý Khu kinh tế Đông Nam tổ chức trao 25 "Mái ấm Công đoàn" và 300 suất quà cho công nhân có hoàn cảnh khó khăn đang làm việc tại Khu công nghiệp VSIP Nghệ An, Khu công nghiệp Nam Cấm và Khu công nghiệp Hoàng Mai. Đến dự có đồng chí Lương Văn Hiền, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; đồng chí Vi Thị Hoa, Chủ tịch Liên đoàn Lao động tỉnh.
Mỗi "Mái ấm Công đoàn" được hỗ trợ 60 triệu đồng từ Quỹ Xã hội của Liên đoàn Lao động tỉnh và doanh nghiệp, tổng trị giá 1,5 tỷ đồng; mỗi suất quà gồm 1 triệu đồng tiền mặt và nhu yếu phẩm. Nguồn kinh phí do 17 doanh nghiệp đóng góp, trong đó Công ty TNHH Điện tử Hoa Sen ủng hộ 450 triệu đồng.
Theo báo cáo, thực hiện Kế hoạch số 267/KH-LĐLĐ của Liên đoàn Lao động tỉnh và Quyết định số 1760/QĐ-UBND ngày 20/6/2024 của UBND tỉnh về hỗ trợ nhà ở cho người lao động, 7 tháng đầu năm 2024 công đoàn các cấp đã xây mới, sửa chữa 73 "Mái ấm Công đoàn"; hỗ trợ 2.150 lượt đoàn viên bị ốm đau, tai nạn với số tiền hơn 1,9 tỷ đồng. Hiện các khu công nghiệp của tỉnh có khoảng 62.000 lao động, trong đó 70% là người địa phương, nhiều lao động là người Thái, người Khơ Mú từ các huyện miền núi.
Nhận nhà mới, chị Lô Thị Kim, công nhân Công ty TNHH May Thiên Phú, người Thái ở xã Hưng Tây, xúc động cho biết chồng chị bị tai nạn lao động năm 2022, cả nhà 4 người ở trong căn nhà tạm dột nát. Anh Moong Văn Phon, người Khơ Mú, công nhân Công ty CP Gỗ Trường Sơn, được hỗ trợ 60 triệu đồng và được đồng nghiệp góp 120 ngày công để dựng nhà.
Phát biểu tại buổi trao nhà, đồng chí Lương Văn Hiền đề nghị các cấp công đoàn tiếp tục phối hợp với Mặt trận, chính quyền xã Nghi Long và các địa phương có khu công nghiệp rà soát, chăm lo cho công nhân khó khăn về nhà ở; các doanh nghiệp thực hiện tốt Chỉ thị 37-CT/TW của Ban Bí thư, không để công nhân phải sống trong nhà tạm. Đồng chí Vi Thị Hoa cho biết, từ nay đến cuối năm 2024, Liên đoàn Lao động tỉnh phấn đấu trao thêm 40 "Mái ấm Công đoàn".
Trọng Kiên
Tin liên quan
- Đối thoại với 400 công nhân Khu công nghiệp VSIP Nghệ An (09/08/2024)
- Tháng Công nhân 2024: hơn 20.000 đoàn viên được chăm lo (31/05/2024)
- Quỳnh Lưu: 3 doanh nghiệp ký thỏa ước nhóm (17/05/2024)
""", "2024-08-16", 'Trao 25 "Mái ấm Công đoàn" và 300 suất quà cho công nhân khu công nghiệp',
E("trao_qua", None, "2024-08-15"),
[P("Lương Văn Hiền", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Vi Thị Hoa", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Lô Thị Kim"),
 P("Moong Văn Phon")],
[Q('25 "Mái ấm Công đoàn"', 25, "Mái ấm Công đoàn"), Q("300 suất quà", 300, "suất quà"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("1 triệu đồng", 1000000, "đồng"), Q("17 doanh nghiệp", 17, "doanh nghiệp"),
 Q("450 triệu đồng", 450000000, "đồng"), Q('73 "Mái ấm Công đoàn"', 73, "Mái ấm Công đoàn"),
 Q("2.150 lượt đoàn viên", 2150, "lượt đoàn viên"), Q("hơn 1,9 tỷ đồng", 1900000000, "đồng", "over"),
 Q("khoảng 62.000 lao động", 62000, "lao động", "approx"), Q("70%", 70, "%"), Q("4 người", 4, "người"),
 Q("120 ngày công", 120, "ngày công"), Q('40 "Mái ấm Công đoàn"', 40, "Mái ấm Công đoàn")],
[D("Kế hoạch", "267", "KH-LĐLĐ", None, "Liên đoàn Lao động tỉnh", "Kế hoạch số 267/KH-LĐLĐ"),
 D("Quyết định", "1760", "QĐ-UBND", "2024-06-20", "UBND tỉnh", "Quyết định số 1760/QĐ-UBND ngày 20/6/2024"),
 D("Chỉ thị", "37", "CT/TW", None, "Ban Bí thư", "Chỉ thị 37-CT/TW")],
[prov("Nghệ An"), com("Hưng Tây"), com("Nghi Long")],
["CÔNG ĐOÀN NGHỆ AN - Trang thông tin điện tử Liên đoàn Lao động tỉnh Nghệ An", "Trang chủ | Tin tức | Chăm lo đoàn viên",
 'Lãnh đạo tỉnh trao nhà "Mái ấm Công đoàn" cho đoàn viên tại xã Hưng Tây.', "Mái ấm Công đoàn", "Khu kinh tế Đông Nam",
 "Khu công nghiệp VSIP Nghệ An", "Trọng Kiên"],
["Thứ Sáu, 16/08/2024", "7 tháng đầu năm 2024", "năm 2022", "cuối năm 2024"]))
