from lib import *
PAGES = []

PAGES.append(page("b2537-gialai-mttq-taphuan-2020", """
MẶT TRẬN TỔ QUỐC VIỆT NAM - TỈNH GIA LAI
Trang chủ › Tin tức › Hoạt động Mặt trận tỉnh
Ngày 23/07/2020 | 09:15
Tập huấn nghiệp vụ cho 120 cán bộ Mặt trận cơ sở
Trong 2 ngày 21 và 22/7/2020, Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức lớp tập huấn nghiệp vụ công tác Mặt trận năm 2020 cho 120 cán bộ Mặt trận cơ sở là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ các xã, phường, thị trấn thuộc 6 huyện phía Tây của tỉnh. Bà Rơ Châm H'Ngưi, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự và phát biểu khai mạc.
Học viên tham gia lớp tập huấn thực hiện khai báo y tế và đeo khẩu trang.
Các học viên được truyền đạt 4 chuyên đề: tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư trong điều kiện phòng, chống dịch Covid-19; vận động, quản lý và sử dụng Quỹ "Vì người nghèo"; giám sát và phản biện xã hội theo Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị; giám sát việc tu dưỡng, rèn luyện đạo đức của cán bộ, đảng viên theo Quy định số 124-QĐ/TW ngày 2/2/2018 của Ban Bí thư.
Báo cáo viên là ông Phạm Văn Dũng, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh và bà Siu Thị Hlơm, Trưởng ban Phong trào Ủy ban MTTQ tỉnh. Theo bà Siu Thị Hlơm, năm 2019 toàn tỉnh có 2.185 khu dân cư tổ chức Ngày hội, vận động xây dựng 512 căn nhà Đại đoàn kết trị giá trên 21 tỷ đồng; riêng 6 tháng đầu năm 2020, do ảnh hưởng của dịch, Mặt trận các cấp mới khởi công được 148 căn. Năm nay, Ngày hội ở khu dân cư sẽ được tổ chức gọn nhẹ, mỗi khu dân cư chỉ mời khoảng 100 người tham dự, thực hiện thông điệp "5K" của Bộ Y tế.
Trong giờ thảo luận, nhiều học viên nêu khó khăn. Ông Rơ Mah Tuấn, Chủ tịch Ủy ban MTTQ xã Ia Dêr, cho biết xã có 37% hộ là đồng bào Jrai, việc vận động hộ nghèo đối ứng làm nhà còn khó vì thu nhập thấp. Ông Đinh Văn Glơh, Phó Chủ tịch Ủy ban MTTQ xã Kon Pne, đề nghị tỉnh tăng mức hỗ trợ nhà Đại đoàn kết lên 50 triệu đồng mỗi căn cho vùng đặc biệt khó khăn, bởi chi phí vận chuyển vật liệu vào làng đã chiếm gần 30% giá trị căn nhà.
Kết thúc lớp tập huấn, Ban tổ chức đã phát 120 bộ tài liệu và hướng dẫn các học viên xây dựng kế hoạch tổ chức Ngày hội năm 2020 theo Hướng dẫn số 15/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh. Lớp tập huấn thứ hai dành cho 115 cán bộ Mặt trận cơ sở các huyện phía Đông sẽ được tổ chức vào đầu tháng 8.
Nay Phi
Lượt xem: 2.356
Bài viết liên quan
- Ia Grai trao 12 nhà Đại đoàn kết cho hộ nghèo (14/7/2020)
- Mặt trận tỉnh hỗ trợ người dân gặp khó khăn do Covid-19 (28/4/2020)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 3, khóa XII (22/1/2020)
- Chư Păh: gặp mặt 45 già làng, người có uy tín nhân dịp đầu năm (15/1/2020)
""", "2020-07-23", "Tập huấn nghiệp vụ cho 120 cán bộ Mặt trận cơ sở",
E("tap_huan", "2020", "2020-07-21"),
[P("Rơ Châm H'Ngưi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Văn Dũng", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Siu Thị Hlơm", "Trưởng ban Phong trào Ủy ban MTTQ tỉnh"),
 P("Rơ Mah Tuấn", "Chủ tịch Ủy ban MTTQ xã Ia Dêr"),
 P("Đinh Văn Glơh", "Phó Chủ tịch Ủy ban MTTQ xã Kon Pne")],
[Q("120 cán bộ Mặt trận cơ sở", 120, "cán bộ Mặt trận cơ sở"), Q("6 huyện phía Tây", 6, "huyện"), Q("4 chuyên đề", 4, "chuyên đề"),
 Q("2.185 khu dân cư", 2185, "khu dân cư"), Q("512 căn nhà Đại đoàn kết", 512, "căn nhà Đại đoàn kết"),
 Q("trên 21 tỷ đồng", 21000000000, "đồng", "over"), Q("148 căn", 148, "căn"), Q("khoảng 100 người", 100, "người", "approx"),
 Q("37%", 37, "%"), Q("50 triệu đồng", 50000000, "đồng"), Q("gần 30%", 30, "%", "approx"), Q("120 bộ tài liệu", 120, "bộ tài liệu"),
 Q("115 cán bộ Mặt trận cơ sở", 115, "cán bộ Mặt trận cơ sở")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quy định", "124", "QĐ/TW", "2018-02-02", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 2/2/2018"),
 D("Hướng dẫn", "15", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 15/HD-MTTQ-BTT")],
[prov("Gia Lai"), com("Ia Dêr"), com("Kon Pne")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM - TỈNH GIA LAI", "Trang chủ › Tin tức › Hoạt động Mặt trận tỉnh",
 "Học viên tham gia lớp tập huấn thực hiện khai báo y tế và đeo khẩu trang.", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Vì người nghèo", "5K", "Lượt xem: 2.356", "Covid-19"],
["Ngày 23/07/2020 | 09:15", "2 ngày", "năm 2020", "năm 2019", "6 tháng đầu năm 2020", "5K", "Covid-19", "Lớp tập huấn thứ hai", "tháng 8", "Lượt xem: 2.356"]))

PAGES.append(page("b2538-camau-thoibinh-mttq-trao-nha-2021", """
BÁO CÀ MAU ĐIỆN TỬ
Chính trị - Xã hội | Mặt trận - Đoàn thể
30 tháng 9, 2021 | 17:45
Trao 25 căn nhà Đại đoàn kết cho hộ nghèo huyện Thới Bình
(CMO) Ngày 29/9, Ủy ban MTTQ Việt Nam tỉnh Cà Mau phối hợp với Ủy ban MTTQ huyện Thới Bình tổ chức trao 25 căn nhà Đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở tại các xã Biển Bạch, Tân Lộc và Trí Phải. Do tình hình dịch Covid-19, buổi trao nhà được tổ chức tại từng hộ, mỗi điểm chỉ khoảng 10 người.
Đồng chí Lê Văn Sử trao quyết định hỗ trợ nhà cho hộ bà Danh Thị Sa Ri, xã Biển Bạch.
Dự và trao nhà có đồng chí Lê Văn Sử, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Huỳnh Thị Diễm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Lý Văn Hên, HUV, Chủ tịch Ủy ban MTTQ huyện Thới Bình.
Mỗi căn nhà có tổng giá trị 50 triệu đồng, trong đó Quỹ "Vì người nghèo" tỉnh hỗ trợ 40 triệu đồng, gia đình và họ hàng đối ứng 10 triệu đồng; tổng kinh phí hỗ trợ của đợt này là 1 tỷ đồng. Các căn nhà được xây dựng theo mẫu nhà chống bão, diện tích từ 40 m2 trở lên, có nhà vệ sinh khép kín.
Bà Danh Thị Sa Ri, người dân tộc Khmer ở ấp Bình Minh, xã Biển Bạch, nghẹn ngào: "Chồng mất sớm, tôi nuôi 3 đứa con bằng nghề làm thuê, mấy năm nay ở trong căn chòi lá tạm bợ. Giờ có nhà mới rồi, tôi không còn sợ mưa bão nữa".
Theo ông Lý Văn Hên, thực hiện Kế hoạch số 139/KH-UBND của UBND tỉnh về hỗ trợ nhà ở cho hộ nghèo giai đoạn 2021 - 2025, từ đầu năm đến nay Mặt trận huyện Thới Bình đã phối hợp xây dựng, sửa chữa 86 căn nhà Đại đoàn kết, vượt 7,5% chỉ tiêu năm. Toàn huyện còn khoảng 340 hộ nghèo có nhu cầu hỗ trợ nhà ở.
Phát biểu tại buổi trao nhà, đồng chí Lê Văn Sử cho biết năm 2021 Mặt trận các cấp trong tỉnh phấn đấu xây dựng 1.000 căn nhà Đại đoàn kết; đến cuối tháng 9 đã bàn giao 712 căn, đạt 71,2%. Đồng chí đề nghị các hộ được nhận nhà cố gắng vượt khó, tích cực lao động, sớm thoát nghèo; Mặt trận cơ sở tiếp tục theo dõi, hỗ trợ sinh kế cho các hộ sau khi có nhà.
Dịp này, Ủy ban MTTQ tỉnh còn trao 25 phần quà, mỗi phần gồm 50 kg gạo và nhu yếu phẩm trị giá 500.000 đồng cho các hộ nhận nhà; Hội Doanh nhân trẻ tỉnh tặng 30 chiếc xe đạp cho học sinh nghèo xã Trí Phải.
Trần Nguyên
Tin liên quan
- U Minh: bàn giao 10 căn nhà Đại đoàn kết (22/9/2021)
- Mặt trận tỉnh tiếp nhận hơn 2 tỷ đồng ủng hộ phòng, chống dịch (15/9/2021)
- Trao 500 phần quà cho người dân khó khăn do dịch bệnh (08/9/2021)
- Năm Căn: Ủy ban MTTQ huyện giám sát việc hỗ trợ người lao động tự do (01/9/2021)
""", "2021-09-30", "Trao 25 căn nhà Đại đoàn kết cho hộ nghèo huyện Thới Bình",
E("trao_qua", None, "2021-09-29"),
[P("Lê Văn Sử", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Thị Diễm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Văn Hên", "HUV", "Chủ tịch Ủy ban MTTQ huyện Thới Bình"),
 P("Danh Thị Sa Ri")],
[Q("25 căn nhà Đại đoàn kết", 25, "căn nhà Đại đoàn kết"), Q("khoảng 10 người", 10, "người", "approx"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("1 tỷ đồng", 1000000000, "đồng"),
 Q("từ 40 m2 trở lên", 40, "m2", "over"), Q("3 đứa con", 3, "đứa con"), Q("86 căn nhà Đại đoàn kết", 86, "căn nhà Đại đoàn kết"),
 Q("7,5%", 7.5, "%"), Q("khoảng 340 hộ nghèo", 340, "hộ nghèo", "approx"), Q("1.000 căn nhà Đại đoàn kết", 1000, "căn nhà Đại đoàn kết"),
 Q("712 căn", 712, "căn"), Q("71,2%", 71.2, "%"), Q("25 phần quà", 25, "phần quà"), Q("50 kg", 50, "kg"),
 Q("500.000 đồng", 500000, "đồng"), Q("30 chiếc xe đạp", 30, "chiếc xe đạp")],
[D("Kế hoạch", "139", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 139/KH-UBND")],
[prov("Cà Mau"), com("Biển Bạch"), com("Tân Lộc"), com("Trí Phải")],
["BÁO CÀ MAU ĐIỆN TỬ", "Chính trị - Xã hội | Mặt trận - Đoàn thể", "(CMO)",
 "Đồng chí Lê Văn Sử trao quyết định hỗ trợ nhà cho hộ bà Danh Thị Sa Ri, xã Biển Bạch.", "Vì người nghèo",
 "Hội Doanh nhân trẻ tỉnh", "Covid-19"],
["30 tháng 9, 2021 | 17:45", "giai đoạn 2021 - 2025", "năm 2021", "tháng 9", "mấy năm nay"]))

PAGES.append(page("b2539-sonla-bdv-bieuduong-nguoicouytin-2022", """
BAN DÂN VẬN TỈNH ỦY SƠN LA
Trang chủ | Tin tức | Công tác dân tộc, tôn giáo
Thứ Sáu, 12/08/2022, 08:05
Ảnh: Các đại biểu người có uy tín dự hội nghị.
Sơn La biểu dương 150 người có uy tín tiêu biểu
Ngày 11/8/2022, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2022. Dự hội nghị có đồng chí Lò Văn Mạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Cầm Thị Phong, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy và 150 người có uy tín tiêu biểu đến từ 12 huyện, thành phố.
Sơn La hiện có 3.127 người có uy tín là già bản, trưởng bản, trưởng dòng họ, chức sắc tôn giáo của 12 dân tộc Thái, Mông, Mường, Dao, Xinh Mun, Khơ Mú... Thực hiện Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín, năm 2022 tỉnh bố trí trên 4,6 tỷ đồng để thăm hỏi, tặng quà, cấp báo và tổ chức 26 lớp bồi dưỡng kiến thức cho 2.080 lượt người có uy tín.
Các đại biểu biểu dương người có uy tín tiêu biểu năm 2022.
Báo cáo tại hội nghị cho thấy, người có uy tín đã tham gia vận động 318 hộ xóa nhà tạm, hiến trên 12 ha đất làm đường, xây trường; hòa giải thành 245 vụ việc mâu thuẫn, tranh chấp; phát hiện, tố giác 47 vụ vận chuyển trái phép chất ma túy. Ông Quàng Văn Hặc, người có uy tín bản Lọng Sàng, xã Chiềng Yên, kể việc vận động dòng họ góp 150 ngày công dựng nhà cho 2 hộ nghèo. Ông Giàng A Chu, Bí thư Chi bộ kiêm Trưởng bản Nà Há, xã Tân Xuân, cho biết sau 5 năm vận động, bản không còn hộ nào di cư tự do.
Phát biểu tại hội nghị, đồng chí Lò Văn Mạnh đánh giá cao vai trò "cầu nối" của người có uy tín trong triển khai Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Nghị quyết số 88/2019/QH14 của Quốc hội; đề nghị các cấp ủy, chính quyền thực hiện tốt Kế hoạch số 82-KH/TU của Tỉnh ủy về xóa nhà tạm, nhà dột nát cho hộ nghèo giai đoạn 2022 - 2025, phấn đấu mỗi năm xóa 1.500 nhà tạm.
Dịp này, Ủy ban nhân dân tỉnh tặng Bằng khen cho 30 người có uy tín; Ban Dân vận Tỉnh ủy tặng Giấy khen cho 45 người. Mỗi đại biểu được tặng 1 suất quà trị giá 1,2 triệu đồng. Ông Mùa A Sùng, người có uy tín bản Phiêng Cứm, xã Chiềng Hặc, phát biểu cảm ơn thay mặt các đại biểu.
Lò Thanh
Lượt truy cập: 1.204.516
Tin cùng chuyên mục
- Mộc Châu: gặp mặt người có uy tín đồng bào Mông (03/8/2022)
- Sơn La hỗ trợ 210 nhà ở cho hộ nghèo dân tộc thiểu số (20/7/2022)
- Hội nghị công tác dân vận 6 tháng đầu năm 2022 (12/7/2022)
""", "2022-08-12", "Sơn La biểu dương 150 người có uy tín tiêu biểu",
E("hoi_nghi", "2022", "2022-08-11"),
[P("Lò Văn Mạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cầm Thị Phong", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Quàng Văn Hặc", "người có uy tín bản Lọng Sàng"),
 P("Giàng A Chu", "Bí thư Chi bộ kiêm Trưởng bản Nà Há"),
 P("Mùa A Sùng", "người có uy tín bản Phiêng Cứm")],
[Q("150 người có uy tín tiêu biểu", 150, "người có uy tín tiêu biểu"), Q("12 huyện, thành phố", 12, "huyện, thành phố"),
 Q("3.127 người có uy tín", 3127, "người có uy tín"), Q("12 dân tộc", 12, "dân tộc"),
 Q("trên 4,6 tỷ đồng", 4600000000, "đồng", "over"), Q("26 lớp bồi dưỡng", 26, "lớp bồi dưỡng"),
 Q("2.080 lượt người có uy tín", 2080, "lượt người có uy tín"), Q("318 hộ", 318, "hộ"), Q("trên 12 ha", 12, "ha", "over"),
 Q("245 vụ việc mâu thuẫn, tranh chấp", 245, "vụ việc mâu thuẫn, tranh chấp"),
 Q("47 vụ vận chuyển trái phép chất ma túy", 47, "vụ vận chuyển trái phép chất ma túy"), Q("150 ngày công", 150, "ngày công"),
 Q("2 hộ nghèo", 2, "hộ nghèo"), Q("1.500 nhà tạm", 1500, "nhà tạm"), Q("30 người có uy tín", 30, "người có uy tín"),
 Q("45 người", 45, "người"), Q("1,2 triệu đồng", 1200000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14"),
 D("Kế hoạch", "82", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 82-KH/TU")],
[prov("Sơn La"), com("Chiềng Yên"), com("Tân Xuân"), com("Chiềng Hặc")],
["BAN DÂN VẬN TỈNH ỦY SƠN LA", "Trang chủ | Tin tức | Công tác dân tộc, tôn giáo", "Ảnh: Các đại biểu người có uy tín dự hội nghị.",
 "Các đại biểu biểu dương người có uy tín tiêu biểu năm 2022.", "cầu nối", "Lượt truy cập: 1.204.516",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Thứ Sáu, 12/08/2022, 08:05", "năm 2022", "5 năm", "giai đoạn 2022 - 2025", "1 suất quà", "Lượt truy cập: 1.204.516"]))

PAGES.append(page("b2540-binhdinh-anlao-chandung-gialang-2023", """
BÁO BÌNH ĐỊNH ĐIỆN TỬ
Xã hội » Dân tộc - Miền núi
Thứ Sáu, ngày 03/11/2023 - 14:20
Già làng Đinh Văn Hlưm bên ngôi nhà Đại đoàn kết mới của một hộ nghèo trong làng. Ảnh: Ngọc Tú
Già Hlưm và những mái nhà Đại đoàn kết ở làng Kon Mon
Gần 20 năm làm người có uy tín, già làng Đinh Văn Hlưm (72 tuổi, người Ba Na) ở làng Kon Mon, xã An Toàn, huyện An Lão, tỉnh Bình Định, đã cùng cán bộ Mặt trận vận động xóa hết nhà tạm trong làng. Cuối tháng 10 vừa qua, ông là 1 trong 35 người có uy tín tiêu biểu được Chủ tịch UBND tỉnh tặng Bằng khen.
Làng Kon Mon có 86 hộ với 342 khẩu, toàn bộ là đồng bào Ba Na. Năm 2015, làng còn 41 hộ ở nhà tạm, vách nứa, mái tranh. "Mình nói với bà con: nhà nước cho tiền, Mặt trận cho tiền, mình phải có công. Nhà nào có con trai khỏe thì đi lấy cát, nhà nào có gỗ thì góp gỗ", già Hlưm kể. Nhờ cách làm đó, từ năm 2016 đến nay làng đã có 38 căn nhà Đại đoàn kết được dựng lên, mỗi căn được hỗ trợ từ 40 đến 50 triệu đồng; 3 hộ còn lại tự làm nhà kiên cố.
Ông Đinh Văn Thơ, Chủ tịch Ủy ban MTTQ xã An Toàn, cho biết già Hlưm còn là người đầu tiên trong làng hiến 1.500 m2 đất rẫy để làm đường vào khu sản xuất, vận động 12 hộ khác hiến thêm gần 5.000 m2. "Lời già nói, bà con nghe hơn cán bộ xã nói", ông Thơ nói.
Không chỉ vận động làm nhà, già Hlưm còn kiên trì khuyên con cháu bỏ tục uống rượu triền miên, đưa con đến trường. Năm học 2023 - 2024, làng có 100% trẻ trong độ tuổi đến lớp; 7 thanh niên của làng đang học cao đẳng, đại học. Từ một làng có 64% hộ nghèo năm 2015, đến cuối năm 2022 Kon Mon chỉ còn 19 hộ nghèo, chiếm 22%.
Bà Đinh Thị Hiền, Phó Chủ tịch Ủy ban MTTQ huyện An Lão, cho biết toàn huyện hiện có 48 người có uy tín; giai đoạn 2016 - 2023 Mặt trận huyện đã phối hợp xây dựng 412 căn nhà Đại đoàn kết cho đồng bào Ba Na, H're với tổng kinh phí hơn 18 tỷ đồng, trong đó người có uy tín trực tiếp vận động bà con góp gần 9.000 ngày công.
Nói về mong muốn của mình, già Hlưm bảo: "Già rồi, chỉ mong con cháu có cái nhà chắc, có cái bụng no, có cái chữ trong đầu. Ngày hội Đại đoàn kết năm nay, làng mình sẽ mời cả làng bên sang uống rượu cần, vui cùng".
Theo Ủy ban MTTQ tỉnh Bình Định, năm 2023 toàn tỉnh có 1.085 người có uy tín; từ đầu năm đến nay, Quỹ "Vì người nghèo" các cấp đã hỗ trợ xây mới, sửa chữa 426 căn nhà Đại đoàn kết, mỗi căn xây mới được hỗ trợ 60 triệu đồng.
Ngọc Tú
Tin khác
- An Lão: 100% khu dân cư tổ chức Ngày hội Đại đoàn kết (30/10/2023)
- Vĩnh Thạnh trao 20 căn nhà Đại đoàn kết cho hộ nghèo (19/10/2023)
- Bình Định biểu dương 35 người có uy tín tiêu biểu (27/10/2023)
""", "2023-11-03", "Già Hlưm và những mái nhà Đại đoàn kết ở làng Kon Mon",
E("khac", None, None),
[P("Đinh Văn Hlưm", "già làng"),
 P("Đinh Văn Thơ", "Chủ tịch Ủy ban MTTQ xã An Toàn"),
 P("Đinh Thị Hiền", "Phó Chủ tịch Ủy ban MTTQ huyện An Lão")],
[Q("35 người có uy tín tiêu biểu", 35, "người có uy tín tiêu biểu"), Q("86 hộ", 86, "hộ"), Q("342 khẩu", 342, "khẩu"),
 Q("41 hộ", 41, "hộ"), Q("38 căn nhà Đại đoàn kết", 38, "căn nhà Đại đoàn kết"), Q("40", 40000000, "đồng"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("3 hộ", 3, "hộ"), Q("1.500 m2", 1500, "m2"), Q("12 hộ", 12, "hộ"),
 Q("gần 5.000 m2", 5000, "m2", "approx"), Q("100%", 100, "%"), Q("7 thanh niên", 7, "thanh niên"), Q("64%", 64, "%"),
 Q("19 hộ nghèo", 19, "hộ nghèo"), Q("22%", 22, "%"), Q("48 người có uy tín", 48, "người có uy tín"),
 Q("412 căn nhà Đại đoàn kết", 412, "căn nhà Đại đoàn kết"), Q("hơn 18 tỷ đồng", 18000000000, "đồng", "over"),
 Q("gần 9.000 ngày công", 9000, "ngày công", "approx"),
 Q("1.085 người có uy tín", 1085, "người có uy tín"), Q("426 căn nhà Đại đoàn kết", 426, "căn nhà Đại đoàn kết"),
 Q("60 triệu đồng", 60000000, "đồng")],
[],
[prov("Bình Định"), com("An Toàn")],
["BÁO BÌNH ĐỊNH ĐIỆN TỬ", "Xã hội » Dân tộc - Miền núi",
 "Già làng Đinh Văn Hlưm bên ngôi nhà Đại đoàn kết mới của một hộ nghèo trong làng. Ảnh: Ngọc Tú", "Ngày hội Đại đoàn kết", "Vì người nghèo"],
["Thứ Sáu, ngày 03/11/2023 - 14:20", "Gần 20 năm", "72 tuổi", "1 trong 35", "Năm học 2023 - 2024", "giai đoạn 2016 - 2023", "Năm 2015", "năm 2022"]))

PAGES.append(page("b2541-tayninh-mttq-giaoban-xoanhatam-2024", """
ỦY BAN MTTQ VIỆT NAM TỈNH TÂY NINH
Trang chủ > Tin tức > Chương trình xóa nhà tạm
Thứ Sáu, 29/11/2024 | 16:05
Ảnh: Toàn cảnh buổi giao ban.
Tây Ninh: Phấn đấu hoàn thành xóa nhà tạm, nhà dột nát trước tháng 6/2025
Ngày 28/11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức giao ban tháng 11/2024 với Mặt trận 9 huyện, thị xã, thành phố về tiến độ xóa nhà tạm, nhà dột nát. Đồng chí Nguyễn Thị Bé Năm, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Phó Trưởng Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh chủ trì.
Hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025" và thực hiện Kế hoạch số 3410/KH-UBND ngày 15/10/2024 của UBND tỉnh, qua rà soát toàn tỉnh có 1.426 căn nhà cần hỗ trợ, gồm 958 căn xây mới và 468 căn sửa chữa. Mức hỗ trợ xây mới là 60 triệu đồng/căn, sửa chữa 30 triệu đồng/căn. Tính đến ngày 27/11/2024, đã khởi công 742 căn, hoàn thành và bàn giao 396 căn, đạt 27,8% so với tổng số.
Quỹ "Vì người nghèo" các cấp trong tỉnh đã tiếp nhận 48,5 tỷ đồng từ các doanh nghiệp, nhà hảo tâm, cán bộ, công chức, viên chức ủng hộ 1 ngày lương. Ông Trần Văn Nghĩa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết có 17 doanh nghiệp đăng ký nhận xây trọn gói 312 căn nhà; lực lượng vũ trang tỉnh huy động hơn 2.000 lượt cán bộ, chiến sĩ tham gia tháo dỡ, vận chuyển vật liệu.
Tại giao ban, các đồng chí Chủ tịch Ủy ban MTTQ huyện: Mã Thị Phiên (Tân Châu), Lê Hoàng Sơn (Châu Thành) nêu khó khăn: nhiều hộ đang ở trên đất chưa có giấy tờ hợp lệ, 54 hộ ở khu vực quy hoạch chưa được xây mới. Đại diện Ủy ban MTTQ thị trấn Tân Châu và xã Hòa Hiệp đề nghị được tạm ứng kinh phí để các hộ kịp khởi công trước mùa mưa.
Kết luận giao ban, đồng chí Nguyễn Thị Bé Năm yêu cầu Mặt trận các cấp thực hiện nghiêm Công văn số 1250-CV/TU ngày 8/11/2024 của Ban Thường vụ Tỉnh ủy, mỗi tuần báo cáo tiến độ một lần; phối hợp chính quyền giải quyết dứt điểm vướng mắc về đất; công khai danh sách hộ được hỗ trợ tại khu dân cư. Mục tiêu là bàn giao ít nhất 800 căn trước Tết Nguyên đán Ất Tỵ và hoàn thành toàn bộ trước ngày 30/6/2025.
Trước đó, ngày 26/11, Ủy ban MTTQ tỉnh đã bàn giao 20 căn nhà Đại đoàn kết cho hộ nghèo xã Hòa Hiệp nhân Ngày hội Đại đoàn kết toàn dân tộc. Mỗi căn có diện tích 45 m2, trị giá 65 triệu đồng, do Công ty Cổ phần Cao su Tân Biên tài trợ.
Hồng Nhung
Các tin khác
- Bến Cầu trao 15 căn nhà Đại đoàn kết (22/11/2024)
- Ngày hội Đại đoàn kết ở ấp Trà Sim (15/11/2024)
- Giao ban công tác Mặt trận tháng 10/2024 (30/10/2024)
- Dương Minh Châu: phát động ủng hộ Quỹ Vì người nghèo năm 2024 (18/10/2024)
""", "2024-11-29", "Tây Ninh: Phấn đấu hoàn thành xóa nhà tạm, nhà dột nát trước tháng 6/2025",
E("giao_ban", "2024-11", "2024-11-28"),
[P("Nguyễn Thị Bé Năm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Phó Trưởng Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh"),
 P("Trần Văn Nghĩa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Mã Thị Phiên", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Lê Hoàng Sơn", "Chủ tịch Ủy ban MTTQ huyện")],
[Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"), Q("1.426 căn nhà", 1426, "căn nhà"), Q("958 căn", 958, "căn"),
 Q("468 căn", 468, "căn"), Q("60 triệu đồng", 60000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"), Q("742 căn", 742, "căn"),
 Q("396 căn", 396, "căn"), Q("27,8%", 27.8, "%"), Q("48,5 tỷ đồng", 48500000000, "đồng"), Q("17 doanh nghiệp", 17, "doanh nghiệp"),
 Q("312 căn nhà", 312, "căn nhà"), Q("hơn 2.000 lượt cán bộ, chiến sĩ", 2000, "lượt cán bộ, chiến sĩ", "over"), Q("54 hộ", 54, "hộ"),
 Q("ít nhất 800 căn", 800, "căn", "over"), Q("20 căn nhà Đại đoàn kết", 20, "căn nhà Đại đoàn kết"),
 Q("45 m2", 45, "m2"), Q("65 triệu đồng", 65000000, "đồng")],
[D("Kế hoạch", "3410", "KH-UBND", "2024-10-15", "UBND tỉnh", "Kế hoạch số 3410/KH-UBND ngày 15/10/2024"),
 D("Công văn", "1250", "CV/TU", "2024-11-08", "Ban Thường vụ Tỉnh ủy", "Công văn số 1250-CV/TU ngày 8/11/2024")],
[prov("Tây Ninh"), com("Tân Châu"), com("Hòa Hiệp")],
["ỦY BAN MTTQ VIỆT NAM TỈNH TÂY NINH", "Trang chủ > Tin tức > Chương trình xóa nhà tạm", "Ảnh: Toàn cảnh buổi giao ban.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh"],
["Thứ Sáu, 29/11/2024 | 16:05", "tháng 6/2025", "tháng 11/2024", "1 ngày lương", "Tết Nguyên đán Ất Tỵ", "mỗi tuần", "30/6/2025"]))

PAGES.append(page("b2542-quangbinh-mttq-baocao-quyvnn-2024", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG BÌNH
Trang chủ / Tin tức / Vì người nghèo - An sinh xã hội
10/01/2025 06:00
Năm 2024, Quỹ "Vì người nghèo" hỗ trợ xây dựng, sửa chữa 1.180 nhà ở cho hộ khó khăn
Theo Báo cáo số 215/BC-MTTQ-BTT ngày 6/1/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Bình về kết quả vận động, quản lý và sử dụng Quỹ "Vì người nghèo" năm 2024, Quỹ ba cấp trong tỉnh đã hỗ trợ xây dựng, sửa chữa 1.180 nhà ở cho hộ nghèo, hộ cận nghèo và hộ có hoàn cảnh khó khăn, trong đó có 812 nhà xây mới và 368 nhà sửa chữa.
Một căn nhà Đại đoàn kết vừa được bàn giao tại xã Trọng Hóa.
Năm 2024, Quỹ "Vì người nghèo" các cấp tiếp nhận 62,7 tỷ đồng, tăng 18% so với năm 2023. Ngoài xây nhà, Quỹ đã hỗ trợ sinh kế cho 426 hộ, cấp 1.350 suất học bổng cho học sinh nghèo, thăm hỏi, tặng 31.200 suất quà dịp Tết Giáp Thìn với tổng trị giá trên 15 tỷ đồng. Trong đợt mưa lũ tháng 10, Mặt trận các cấp đã tiếp nhận và phân bổ gần 4,3 tỷ đồng hỗ trợ 2.150 hộ bị ngập sâu.
Báo cáo cho biết, thực hiện Nghị quyết số 09-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về giảm nghèo bền vững và Kế hoạch số 2260/KH-UBND ngày 30/10/2024 của UBND tỉnh triển khai phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025", toàn tỉnh còn 2.463 căn nhà tạm, nhà dột nát cần hỗ trợ, tập trung ở các huyện miền núi Minh Hóa, Tuyên Hóa, Bố Trạch và Lệ Thủy, nơi có đồng bào Bru - Vân Kiều, Chứt sinh sống. Tỷ lệ hộ nghèo toàn tỉnh cuối năm 2024 còn 2,85%, riêng vùng đồng bào dân tộc thiểu số còn 38,4%.
Bà Hồ Thị Ngân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết điểm mới năm 2024 là việc công khai danh sách hộ được hỗ trợ trên bảng tin của 151 xã, phường, thị trấn và trên trang thông tin điện tử của Mặt trận tỉnh. Tại huyện Minh Hóa, ông Đinh Xuân Tùng, Chủ tịch Ủy ban MTTQ huyện, phối hợp với người có uy tín như ông Hồ Văn Thanh, người có uy tín bản Ón, xã Dân Hóa, vận động được 1.500 ngày công giúp 24 hộ người Chứt dựng nhà.
Báo cáo cũng chỉ ra hạn chế: một số địa phương giải ngân chậm; 37 căn nhà hoàn thành nhưng chưa quyết toán; việc huy động nguồn lực xã hội ở các huyện đồng bằng chưa tương xứng. Năm 2025, Ban Thường trực Ủy ban MTTQ tỉnh đề ra mục tiêu vận động Quỹ đạt 70 tỷ đồng trở lên, hoàn thành xóa toàn bộ nhà tạm, nhà dột nát trước ngày 31/10/2025.
P.V
Tin liên quan
- Minh Hóa bàn giao 50 căn nhà Đại đoàn kết (27/12/2024)
- Ngày hội Đại đoàn kết toàn dân tộc ở bản Ón (16/11/2024)
- Mặt trận tỉnh phát động ủng hộ đồng bào vùng lũ (25/10/2024)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 7, khóa XVII (20/9/2024)
""", "2025-01-10", 'Năm 2024, Quỹ "Vì người nghèo" hỗ trợ xây dựng, sửa chữa 1.180 nhà ở cho hộ khó khăn',
E("bao_cao", "2024", "2025-01-06"),
[P("Hồ Thị Ngân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Xuân Tùng", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Hồ Văn Thanh", "người có uy tín bản Ón")],
[Q("1.180 nhà ở", 1180, "nhà ở"), Q("812 nhà", 812, "nhà"), Q("368 nhà", 368, "nhà"), Q("62,7 tỷ đồng", 62700000000, "đồng"),
 Q("18%", 18, "%"), Q("426 hộ", 426, "hộ"), Q("1.350 suất học bổng", 1350, "suất học bổng"), Q("31.200 suất quà", 31200, "suất quà"),
 Q("trên 15 tỷ đồng", 15000000000, "đồng", "over"), Q("gần 4,3 tỷ đồng", 4300000000, "đồng", "approx"), Q("2.150 hộ", 2150, "hộ"),
 Q("2.463 căn nhà tạm, nhà dột nát", 2463, "căn nhà tạm, nhà dột nát"), Q("2,85%", 2.85, "%"), Q("38,4%", 38.4, "%"),
 Q("151 xã, phường, thị trấn", 151, "xã, phường, thị trấn"), Q("1.500 ngày công", 1500, "ngày công"),
 Q("24 hộ người Chứt", 24, "hộ người Chứt"), Q("37 căn nhà", 37, "căn nhà"), Q("70 tỷ đồng trở lên", 70000000000, "đồng", "over")],
[D("Báo cáo", "215", "BC-MTTQ-BTT", "2025-01-06", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Bình", "Báo cáo số 215/BC-MTTQ-BTT ngày 6/1/2025"),
 D("Nghị quyết", "09", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 09-NQ/TU"),
 D("Kế hoạch", "2260", "KH-UBND", "2024-10-30", "UBND tỉnh", "Kế hoạch số 2260/KH-UBND ngày 30/10/2024")],
[prov("Quảng Bình"), com("Trọng Hóa"), com("Dân Hóa")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG BÌNH", "Trang chủ / Tin tức / Vì người nghèo - An sinh xã hội",
 "Một căn nhà Đại đoàn kết vừa được bàn giao tại xã Trọng Hóa.", "Vì người nghèo",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025"],
["10/01/2025 06:00", "năm 2024", "năm 2023", "ba cấp", "Tết Giáp Thìn", "tháng 10", "Năm 2025", "31/10/2025"]))
