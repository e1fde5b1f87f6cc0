from lib import *

PAGES = []

# ---------------------------------------------------------------- b143
PAGES.append(page("b143-laichau-bdv-giaoban-2021-05", """
BAN DÂN VẬN TỈNH ỦY LAI CHÂU
Trang chủ > Hoạt động > Tin trong tỉnh
Thứ Sáu, 04/06/2021 | 16:45
Giao ban công tác dân vận tháng 5
Sáng 3/6, Ban Dân vận Tỉnh ủy Lai Châu tổ chức giao ban công tác dân vận tháng 5 năm 2021 bằng hình thức trực tuyến với Ban Dân vận 8 huyện, thành ủy.
Các đại biểu dự giao ban tại điểm cầu tỉnh.
Đồng chí Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Giàng Páo Mỷ chủ trì. Cùng dự có các đồng chí: Lò Thị Pịa, Trần Văn Thạch - Phó Trưởng Ban Dân vận Tỉnh ủy.
Trong tháng, hệ thống dân vận đã tập trung tuyên truyền, vận động cử tri tham gia cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026 theo Nghị quyết số 1191/NQ-UBTVQH14 của Ủy ban Thường vụ Quốc hội. Toàn tỉnh có 99,72% cử tri đi bầu; tại xã Dào San và xã Ka Lăng, 100% cử tri đi bầu trước 11 giờ. Thực hiện Kế hoạch 214, 215-KH/BDVTU của Ban Dân vận Tỉnh ủy về vận động nhân dân phòng, chống dịch Covid-19, các đoàn thể đã tổ chức 1.320 buổi tuyên truyền cho 46.800 lượt người; vận động 2.016 hộ đồng bào Hà Nhì, Dao, Mông ký cam kết không tập trung đông người.
Tại giao ban, ông Lỳ Xá Chừ, Trưởng bản Phìn Hồ, xã Ka Lăng, được biểu dương vì đã cùng tổ tự quản vận động 63 hộ dân trong bản thực hiện khai báo y tế. Đồng chí Tẩn Láo Lở, Bí thư Đảng ủy xã Dào San, báo cáo mô hình "Bản không có người di cư tự do".
Đồng chí Giàng Páo Mỷ kết luận giao ban. Ảnh: Hồng Thắm
Kết luận giao ban, đồng chí Giàng Páo Mỷ yêu cầu tháng 6 tiếp tục nắm chắc tình hình nhân dân khu vực biên giới, thực hiện tốt phong trào "Dân vận khéo" và tiêu chí "3 không" ở các bản giáp biên.
Mai Hoa
Lượt xem: 438
Tin liên quan
- Lai Châu: 15 mô hình dân vận khéo được công nhận (20/05/2021)
- Ban Dân vận Tỉnh ủy kiểm tra công tác bầu cử tại Mường Tè (18/05/2021)
""", "2021-06-04", "Giao ban công tác dân vận tháng 5",
E("giao_ban", "2021-05", "2021-06-03"),
[P("Giàng Páo Mỷ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Thị Pịa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Thạch", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lỳ Xá Chừ", "Trưởng bản Phìn Hồ"),
 P("Tẩn Láo Lở", "Bí thư Đảng ủy xã Dào San")],
[Q("8 huyện, thành ủy", 8, "huyện, thành ủy"),
 Q("99,72% cử tri", 99.72, "%"),
 Q("100% cử tri", 100, "%"),
 Q("1.320 buổi tuyên truyền", 1320, "buổi tuyên truyền"),
 Q("46.800 lượt người", 46800, "lượt người"),
 Q("2.016 hộ đồng bào Hà Nhì, Dao, Mông", 2016, "hộ đồng bào Hà Nhì, Dao, Mông"),
 Q("63 hộ dân", 63, "hộ dân")],
[D("Nghị quyết", "1191", "NQ-UBTVQH14", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1191/NQ-UBTVQH14"),
 D("Kế hoạch", "214", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 214, 215-KH/BDVTU"),
 D("Kế hoạch", "215", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 214, 215-KH/BDVTU")],
[prov("Lai Châu"), com("xã Dào San"), com("xã Ka Lăng")],
["BAN DÂN VẬN TỈNH ỦY LAI CHÂU", "Trang chủ > Hoạt động > Tin trong tỉnh", "Các đại biểu dự giao ban tại điểm cầu tỉnh.",
 "Đồng chí Giàng Páo Mỷ kết luận giao ban. Ảnh: Hồng Thắm", "Bản không có người di cư tự do", "Dân vận khéo",
 "bản Phìn Hồ", "Mường Tè"],
["tháng 5 năm 2021", "khóa XV", "nhiệm kỳ 2021-2026", "11 giờ", "Covid-19", "tháng 6", "3 không", "Lượt xem: 438"]))

# ---------------------------------------------------------------- b144
PAGES.append(page("b144-bacgiang-doan-taphuan-2022", """
TỈNH ĐOÀN BẮC GIANG - CỔNG THÔNG TIN ĐIỆN TỬ
Bạn đang ở đây: Trang chủ › Tin hoạt động › Tin Tỉnh đoàn
Cập nhật: 14:20, 15/08/2022 (GMT+7)
Hơn 180 cán bộ Đoàn được bồi dưỡng kỹ năng chuyển đổi số
Trong hai ngày 13 và 14/8, Ban Thường vụ Tỉnh đoàn Bắc Giang tổ chức lớp tập huấn kỹ năng chuyển đổi số năm 2022 cho hơn 180 cán bộ Đoàn chủ chốt cấp huyện, cấp xã.
Hơn 180 cán bộ Đoàn tham gia lớp tập huấn. Ảnh: Tỉnh đoàn Bắc Giang
Khai mạc lớp học có đồng chí Nguyễn Văn Lực, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn và các đồng chí Phó Bí thư Tỉnh đoàn: Giáp Văn Tuấn, Thân Thị Hồng Nhung, Lục Minh Khoa.
Lớp tập huấn được tổ chức theo Kế hoạch số 64-KH/TĐTN-TNNT ngày 20/7/2022 của Ban Thường vụ Tỉnh đoàn, nhằm cụ thể hóa Quyết định số 742/QĐ-TTg của Thủ tướng Chính phủ phê duyệt chương trình chuyển đổi số quốc gia. Học viên được ThS. Hoàng Thị Thu Trang, giảng viên Trường Chính trị tỉnh hướng dẫn sử dụng phần mềm quản lý đoàn viên, kỹ năng vận động người dân cài đặt dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.
Năm 2022, các cơ sở Đoàn trong tỉnh đã thành lập 1.235 tổ công nghệ số cộng đồng với 6.140 đoàn viên tham gia; hỗ trợ 21.500 hộ dân cài ứng dụng. Đoàn xã Lục Sơn và Đoàn xã Tân Sơn có mô hình "Chợ 4.0" giúp 73 hộ đồng bào Sán Dìu, Nùng bán nông sản trực tuyến, doanh thu gần 1,8 tỷ đồng.
Anh La Văn Chung, Bí thư Đoàn xã Lục Sơn, chia sẻ: "Đoàn viên chúng tôi đến tận nhà, cầm tay chỉ việc cho bà con". Chị Trương Thị Ngọc, 22 tuổi, đoàn viên thôn Khe Nghè, một học viên, cho biết sẽ mở thêm 2 lớp hướng dẫn cho thanh niên trong thôn.
Kết thúc lớp học, 100% học viên được cấp giấy chứng nhận.
Thu Phương
Lượt xem: 1.072
Tin khác
- Tuổi trẻ Bắc Giang ra quân chiến dịch Thanh niên tình nguyện hè 2022 (01/07/2022)
- 300 đoàn viên tham gia ngày hội chuyển đổi số (10/06/2022)
""", "2022-08-15", "Hơn 180 cán bộ Đoàn được bồi dưỡng kỹ năng chuyển đổi số",
E("tap_huan", "2022", "2022-08-13"),
[P("Nguyễn Văn Lực", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Giáp Văn Tuấn", "Phó Bí thư Tỉnh đoàn"),
 P("Thân Thị Hồng Nhung", "Phó Bí thư Tỉnh đoàn"),
 P("Lục Minh Khoa", "Phó Bí thư Tỉnh đoàn"),
 P("Hoàng Thị Thu Trang", "ThS.", "giảng viên Trường Chính trị tỉnh"),
 P("La Văn Chung", "Bí thư Đoàn xã Lục Sơn"),
 P("Trương Thị Ngọc", "đoàn viên thôn Khe Nghè")],
[Q("hơn 180 cán bộ Đoàn chủ chốt cấp huyện, cấp xã", 180, "cán bộ Đoàn chủ chốt cấp huyện, cấp xã", "over"),
 Q("1.235 tổ công nghệ số cộng đồng", 1235, "tổ công nghệ số cộng đồng"),
 Q("6.140 đoàn viên", 6140, "đoàn viên"),
 Q("21.500 hộ dân", 21500, "hộ dân"),
 Q("73 hộ đồng bào Sán Dìu, Nùng", 73, "hộ đồng bào Sán Dìu, Nùng"),
 Q("gần 1,8 tỷ đồng", 1800000000, "đồng", "approx"),
 Q("2 lớp", 2, "lớp"),
 Q("100% học viên", 100, "%")],
[D("Kế hoạch", "64", "KH/TĐTN-TNNT", "2022-07-20", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 64-KH/TĐTN-TNNT"),
 D("Quyết định", "742", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 742/QĐ-TTg")],
[prov("Bắc Giang"), com("xã Lục Sơn"), com("xã Tân Sơn")],
["TỈNH ĐOÀN BẮC GIANG - CỔNG THÔNG TIN ĐIỆN TỬ", "Bạn đang ở đây: Trang chủ › Tin hoạt động › Tin Tỉnh đoàn",
 "Hơn 180 cán bộ Đoàn tham gia lớp tập huấn. Ảnh: Tỉnh đoàn Bắc Giang", "Chợ 4.0", "thôn Khe Nghè", "Trung ương Đoàn"],
["hai ngày", "Chợ 4.0", "22 tuổi", "Lượt xem: 1.072"]))

# ---------------------------------------------------------------- b145
PAGES.append(page("b145-ninhthuan-mttq-soket-2023h1", """
ỦY BAN MTTQ VIỆT NAM TỈNH NINH THUẬN
Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận
10/07/2023 | 10:20
Mặt trận các cấp đồng hành cùng người dân vùng khô hạn
Ngày 7/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2023, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm.
Toàn cảnh hội nghị.
Chủ trì hội nghị có các đồng chí: Chamaléa Điệp, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Thiên Sanh Thị Kim Loan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Bá Văn Chương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo cho thấy, 6 tháng đầu năm, Mặt trận các cấp đã vận động hỗ trợ hơn 4.600 hộ bị ảnh hưởng bởi nắng hạn với tổng trị giá 6,3 tỷ đồng; hỗ trợ xây mới 57 căn nhà đại đoàn kết, mỗi căn 60 triệu đồng. Thực hiện Nghị quyết số 71/2022/QH15 của Quốc hội và Thông tri số 09/TT-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Mặt trận tỉnh đã chủ trì 14 cuộc giám sát, tổ chức 6 hội nghị phản biện xã hội.
Tại hội nghị, Cả sư Thường Xuân Lộc, Phó Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh và Imam Đàng Văn Sỹ, Ủy viên Ban đại diện Cộng đồng Hồi giáo tỉnh phát biểu cam kết vận động đồng bào Chăm giữ gìn đoàn kết. Bà Pinăng Thị Mai Hoa, Người có uy tín thôn Ma Trai, xã Phước Hà, kể việc vận động 29 hộ Raglai chuyển sang trồng mì chịu hạn.
Đồng chí Chamaléa Điệp phát biểu kết luận hội nghị. Ảnh: Văn Miên
Nhiệm vụ 6 tháng cuối năm, Mặt trận tỉnh tiếp tục thực hiện Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam", phong trào "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", phấn đấu xây thêm 80 căn nhà đại đoàn kết tại xã Phước Hà, xã Phước Dinh và các xã vùng đồng bào dân tộc thiểu số.
Hội nghị trao Bằng khen của Ủy ban Trung ương MTTQ Việt Nam cho 4 tập thể, 7 cá nhân; trong đó có ông Katơr Bòn, Trưởng ban Công tác Mặt trận thôn Ma Trai.
Quảng Thái
Lượt xem: 906
Tin liên quan
- Ninh Thuận: Trao 20 căn nhà đại đoàn kết (28/06/2023)
- Hội nghị hiệp thương bổ sung Ủy viên Ủy ban MTTQ tỉnh (15/05/2023)
""", "2023-07-10", "Mặt trận các cấp đồng hành cùng người dân vùng khô hạn",
E("so_ket", "2023-H1", "2023-07-07"),
[P("Chamaléa Điệp", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thiên Sanh Thị Kim Loan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bá Văn Chương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thường Xuân Lộc", "Cả sư", "Phó Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh"),
 P("Đàng Văn Sỹ", "Imam", "Ủy viên Ban đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Pinăng Thị Mai Hoa", "Người có uy tín thôn Ma Trai"),
 P("Katơr Bòn", "Trưởng ban Công tác Mặt trận thôn Ma Trai")],
[Q("hơn 4.600 hộ", 4600, "hộ", "over"),
 Q("6,3 tỷ đồng", 6300000000, "đồng"),
 Q("57 căn nhà đại đoàn kết", 57, "căn nhà đại đoàn kết"),
 Q("60 triệu đồng", 60000000, "đồng"),
 Q("14 cuộc giám sát", 14, "cuộc giám sát"),
 Q("6 hội nghị phản biện xã hội", 6, "hội nghị phản biện xã hội"),
 Q("29 hộ Raglai", 29, "hộ Raglai"),
 Q("80 căn nhà đại đoàn kết", 80, "căn nhà đại đoàn kết"),
 Q("4 tập thể", 4, "tập thể"),
 Q("7 cá nhân", 7, "cá nhân")],
[D("Nghị quyết", "71", "2022/QH15", None, "Quốc hội", "Nghị quyết số 71/2022/QH15"),
 D("Thông tri", "09", "TT-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Thông tri số 09/TT-MTTW-BTT")],
[prov("Ninh Thuận"), com("xã Phước Hà"), com("xã Phước Dinh")],
["ỦY BAN MTTQ VIỆT NAM TỈNH NINH THUẬN", "Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận", "Toàn cảnh hội nghị.",
 "Đồng chí Chamaléa Điệp phát biểu kết luận hội nghị. Ảnh: Văn Miên", "Người Việt Nam ưu tiên dùng hàng Việt Nam",
 "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "thôn Ma Trai"],
["6 tháng đầu năm 2023", "6 tháng đầu năm", "6 tháng cuối năm", "Lượt xem: 906"]))

# ---------------------------------------------------------------- b146
PAGES.append(page("b146-hoabinh-bdv-tongket-2024", """
BAN DÂN VẬN TỈNH ỦY HÒA BÌNH
Thứ Sáu, 27/12/2024
Trang chủ » Tin tức » Hoạt động Ban Dân vận
Cập nhật lúc 09:05 20/12/2024
Công tác dân vận năm 2024: nhiều cách làm hay, sáng tạo
Ngày 19/12, Ban Dân vận Tỉnh ủy Hòa Bình tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Hội nghị được kết nối trực tuyến tới 10 điểm cầu huyện, thành ủy.
Quang cảnh hội nghị tại điểm cầu tỉnh.
Dự hội nghị có đồng chí Bùi Đức Hinh, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Quách Thị Lài, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Năm 2024, Ban Dân vận các cấp tham mưu ban hành 37 văn bản, trong đó có đề án số 05-ĐA/TU về nâng cao chất lượng công tác dân vận vùng đồng bào Mường, Dao; hướng dẫn thực hiện Nghị định số 64/2023/NĐ-CP của Chính phủ về dân chủ ở cơ sở. Toàn tỉnh có 2.318 mô hình "Dân vận khéo" được công nhận; nhân dân hiến 91.200 m2 đất, đóng góp 74 tỷ 600 triệu đồng và 186.000 ngày công xây dựng nông thôn mới. Sau cơn bão số 3, các đoàn thể vận động được 9,4 tỷ đồng, giúp 1.503 hộ khắc phục hậu quả.
Các đồng chí Đinh Công Sự, Bạch Thị Nhung, Xa Văn Tường - Trưởng Ban Dân vận Huyện ủy được biểu dương vì có nhiều sáng kiến. Bà Triệu Thị Liên, Người có uy tín xóm Sưng, xã Hiền Lương, chia sẻ cách vận động 18 hộ Dao di dời khỏi vùng sạt lở.
Phát biểu chỉ đạo, đồng chí Bùi Đức Hinh đề nghị năm 2025 tập trung thực hiện Chỉ thị 26, 27-CT/TU của Ban Thường vụ Tỉnh ủy, chuẩn bị tốt đại hội Đảng bộ các cấp nhiệm kỳ 2025-2030; nhân rộng phong trào "Mỗi xóm một việc làm hay".
Đồng chí Bùi Đức Hinh phát biểu chỉ đạo hội nghị. Ảnh: Ngọc Diệp
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 15 tập thể, 24 cá nhân; đồng chí Bùi Văn Thắm, Phó Trưởng Ban Dân vận Tỉnh ủy công bố quyết định khen thưởng.
Hải Yến
Lượt xem: 1.281
Tin liên quan
- Ban Dân vận Tỉnh ủy kiểm tra mô hình dân vận khéo tại Lạc Sơn (28/11/2024)
- Hòa Bình: 30 hộ được hỗ trợ tái định cư sau bão (10/10/2024)
""", "2024-12-20", "Công tác dân vận năm 2024: nhiều cách làm hay, sáng tạo",
E("tong_ket", "2024", "2024-12-19"),
[P("Bùi Đức Hinh", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Quách Thị Lài", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Công Sự", "Trưởng Ban Dân vận Huyện ủy"),
 P("Bạch Thị Nhung", "Trưởng Ban Dân vận Huyện ủy"),
 P("Xa Văn Tường", "Trưởng Ban Dân vận Huyện ủy"),
 P("Triệu Thị Liên", "Người có uy tín xóm Sưng"),
 P("Bùi Văn Thắm", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("10 điểm cầu huyện, thành ủy", 10, "điểm cầu huyện, thành ủy"),
 Q("37 văn bản", 37, "văn bản"),
 Q("2.318 mô hình", 2318, "mô hình"),
 Q("91.200 m2", 91200, "m2"),
 Q("74 tỷ 600 triệu đồng", 74600000000, "đồng"),
 Q("186.000 ngày công", 186000, "ngày công"),
 Q("9,4 tỷ đồng", 9400000000, "đồng"),
 Q("1.503 hộ", 1503, "hộ"),
 Q("18 hộ Dao", 18, "hộ Dao"),
 Q("15 tập thể", 15, "tập thể"),
 Q("24 cá nhân", 24, "cá nhân")],
[D("Đề án", "05", "ĐA/TU", None, None, "đề án số 05-ĐA/TU"),
 D("Nghị định", "64", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 64/2023/NĐ-CP"),
 D("Chỉ thị", "26", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 26, 27-CT/TU"),
 D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 26, 27-CT/TU")],
[prov("Hòa Bình"), com("xã Hiền Lương")],
["BAN DÂN VẬN TỈNH ỦY HÒA BÌNH", "Trang chủ » Tin tức » Hoạt động Ban Dân vận", "Quang cảnh hội nghị tại điểm cầu tỉnh.",
 "Đồng chí Bùi Đức Hinh phát biểu chỉ đạo hội nghị. Ảnh: Ngọc Diệp", "Dân vận khéo", "Mỗi xóm một việc làm hay", "xóm Sưng"],
["Thứ Sáu, 27/12/2024", "bão số 3", "nhiệm kỳ 2025-2030", "Lượt xem: 1.281"]))

# ---------------------------------------------------------------- b147
PAGES.append(page("b147-gialai-mttq-doithoai-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI
Trang chủ > Tin tức > Dân chủ - Giám sát
Thứ Tư, 12/11/2025
Bí thư Đảng ủy xã ngồi cùng dân bàn chuyện sau sáp nhập
Ngày 11/11, Ủy ban MTTQ Việt Nam xã Ia Dom, tỉnh Gia Lai phối hợp với Đảng ủy xã tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2025, lần đầu tiên kể từ khi xã mới được thành lập.
Người dân xã Ia Dom nêu ý kiến tại hội nghị đối thoại.
Chủ trì hội nghị có đồng chí Rmah Blưm, Bí thư Đảng ủy, Chủ tịch HĐND xã và đồng chí Lê Minh Tuấn, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Dự hội nghị có đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nguyễn Thị Thanh Xuân và đồng chí Kpă Thuyên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh.
Xã Ia Dom được thành lập theo Nghị quyết số 1664/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội, trên cơ sở nhập 3 xã cũ, có 4.912 hộ với 21.730 nhân khẩu, trong đó 62% là đồng bào Jrai. Tại hội nghị, 17 ý kiến tập trung vào việc làm giấy tờ tại trung tâm phục vụ hành chính công, đường vào làng và nước sinh hoạt. Bà Puih H'Lan ở làng Mook Trang phản ánh đoạn đường 3,5 km vào làng bị sạt lở. Ông Đinh Văn Hrin, Người có uy tín làng Bi, đề nghị hỗ trợ cho 46 hộ chưa có nước sạch.
Đồng chí Rmah Blưm trả lời ý kiến của người dân. Ảnh: Hoàng Ngọc
Trả lời người dân, đồng chí Rmah Blưm cho biết xã đã bố trí 1,2 tỷ đồng sửa đường vào làng Mook Trang, hoàn thành trước Tết Bính Ngọ 2026; UBND xã đã giải quyết 2.360 hồ sơ, 98,6% đúng hạn. Xã thực hiện Quy định 311, 312-QĐ/TW của Ban Chấp hành Trung ương về tiếp xúc, đối thoại với nhân dân.
Cũng tại hội nghị, chị Đinh Thị Hrel, vừa được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Dom, tiếp nhận 9 kiến nghị để tổng hợp giám sát.
Kết luận hội nghị, đồng chí Nguyễn Thị Thanh Xuân đề nghị Mặt trận các xã, phường trong tỉnh, kể cả các địa phương thuộc tỉnh Bình Định (cũ), tổ chức đối thoại định kỳ theo phương châm "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
Y Nhi
Lượt xem: 643
Tin liên quan
- Gia Lai: 135 xã, phường tổ chức đại hội Mặt trận nhiệm kỳ 2025-2030 (20/10/2025)
- Phường Quy Nhơn ra mắt Ban Công tác Mặt trận khu phố (02/10/2025)
""", "2025-11-12", "Bí thư Đảng ủy xã ngồi cùng dân bàn chuyện sau sáp nhập",
E("doi_thoai", "2025", "2025-11-11"),
[P("Rmah Blưm", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lê Minh Tuấn", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Nguyễn Thị Thanh Xuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kpă Thuyên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Puih H'Lan"),
 P("Đinh Văn Hrin", "Người có uy tín làng Bi"),
 P("Đinh Thị Hrel", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Dom")],
[Q("3 xã cũ", 3, "xã cũ"),
 Q("4.912 hộ", 4912, "hộ"),
 Q("21.730 nhân khẩu", 21730, "nhân khẩu"),
 Q("62%", 62, "%"),
 Q("17 ý kiến", 17, "ý kiến"),
 Q("3,5 km", 3.5, "km"),
 Q("46 hộ", 46, "hộ"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("2.360 hồ sơ", 2360, "hồ sơ"),
 Q("98,6%", 98.6, "%"),
 Q("9 kiến nghị", 9, "kiến nghị")],
[D("Nghị quyết", "1664", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1664/NQ-UBTVQH15"),
 D("Quy định", "311", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định 311, 312-QĐ/TW"),
 D("Quy định", "312", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định 311, 312-QĐ/TW")],
[prov("Gia Lai"), prov("Bình Định"), com("xã Ia Dom")],
["ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI", "Trang chủ > Tin tức > Dân chủ - Giám sát",
 "Người dân xã Ia Dom nêu ý kiến tại hội nghị đối thoại.", "Đồng chí Rmah Blưm trả lời ý kiến của người dân. Ảnh: Hoàng Ngọc",
 "làng Mook Trang", "làng Bi", "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"],
["Tết Bính Ngọ 2026", "Lượt xem: 643"]))
