from lib import *
PAGES = []

PAGES.append(page("b4985-laocai-banlau-tongket-antq-2021", """
Cổng thông tin điện tử huyện Mường Khương
Hôm nay: Thứ Hai, 27/12/2021
Trang chủ - Tin tức sự kiện - Quốc phòng, an ninh
24/12/2021 16:30:00
Ảnh: Đồng chí Lù Văn Chảo trao giấy khen cho các tập thể.
Xã Bản Lầu tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2021
Ngày 22/12/2021, Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc xã Bản Lầu tổ chức hội nghị tổng kết phong trào năm 2021, triển khai phương hướng năm 2022. Đồng chí Lù Văn Chảo, ĐUV, Phó Chủ tịch UBND xã, Trưởng Ban Chỉ đạo chủ trì. Dự hội nghị có Đại úy Sần Văn Phứ, Phó Trưởng Công an huyện Mường Khương cùng 54 đại biểu là bí thư chi bộ, trưởng thôn, công an viên của 17 thôn.
Đại úy Hoàng Văn Thạch, Trưởng Công an xã trình bày báo cáo cho biết, năm 2021 xã có đường biên giới dài 14,6 km với tỉnh Vân Nam (Trung Quốc) nên tình hình xuất, nhập cảnh trái phép trong dịch Covid-19 diễn biến phức tạp. Thực hiện Kế hoạch số 186/KH-UBND của UBND huyện và Nghị quyết 04-NQ/ĐU của Đảng ủy xã, các lực lượng đã duy trì 9 chốt kiểm soát dịch, vận động 1.450 hộ ký cam kết không tiếp tay cho xuất nhập cảnh trái phép. Công an xã đã phát hiện, bắt giữ 7 vụ với 11 đối tượng vận chuyển trái phép chất ma túy, thu 1,2 kg heroin; lập hồ sơ đưa 5 người đi cai nghiện bắt buộc.
Phong trào "Tự quản đường biên, cột mốc" được duy trì với 17 tổ tự quản gồm 126 thành viên, mỗi tổ nhận tự quản từ 1 đến 2 km đường biên. Xã xây dựng mới mô hình "Thôn văn hóa, an toàn về an ninh trật tự" ở 3 thôn Na Lốc, Pạc Bo, Cốc Phương. Nhân dân đóng góp trên 320 triệu đồng và 1.100 ngày công làm đường tuần tra, lắp 24 bóng đèn chiếu sáng.
Tại hội nghị, ông Thào Seo Sử, Bí thư Chi bộ thôn Na Lốc, chia sẻ cách vận động đồng bào Mông không nghe theo đối tượng xấu truyền đạo trái phép; bà Tráng Thị Mỷ, người có uy tín thôn Pạc Bo, kiến nghị có thêm chế độ cho thành viên tổ tự quản đường biên. Các ông Vàng A Dìn, Giàng Seo Chúng, Lồ Văn Tuấn - công an viên, được biểu dương vì đã cùng Đồn Biên phòng Bản Lầu tuần tra 96 lượt trong năm.
Đại úy Sần Văn Phứ đề nghị xã tiếp tục quán triệt Kết luận số 44-KL/TW của Ban Bí thư và Chỉ thị số 09-CT/TU ngày 08/4/2020 của Ban Thường vụ Tỉnh ủy Lào Cai; phấn đấu năm 2022 có 90% trở lên số thôn đạt tiêu chuẩn "An toàn về an ninh, trật tự".
Dịp này, UBND xã tặng giấy khen cho 4 tập thể và 9 cá nhân có thành tích xuất sắc trong phong trào năm 2021, mỗi tập thể được thưởng 500.000 đồng.
Thu Trang - Trung tâm VH-TT
Tin liên quan
- Mường Khương: sơ kết 6 tháng phòng, chống dịch ở khu vực biên giới (08/07/2021)
- Xã Pha Long ra mắt tổ tự quản đường biên (15/06/2021)
- Bản Lầu: khánh thành nhà văn hóa thôn Cốc Phương (02/06/2021)
- Trao 20 suất quà cho thành viên tổ tự quản đường biên (19/05/2021)
""", "2021-12-24", "Xã Bản Lầu tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2021",
E("tong_ket", "2021", "2021-12-22"),
[P("Lù Văn Chảo", "ĐUV", "Phó Chủ tịch UBND xã", "Trưởng Ban Chỉ đạo"),
 P("Sần Văn Phứ", "Đại úy", "Phó Trưởng Công an huyện Mường Khương"),
 P("Hoàng Văn Thạch", "Đại úy", "Trưởng Công an xã"),
 P("Thào Seo Sử", "Bí thư Chi bộ thôn Na Lốc"),
 P("Tráng Thị Mỷ", "người có uy tín thôn Pạc Bo"),
 P("Vàng A Dìn", "công an viên"), P("Giàng Seo Chúng", "công an viên"), P("Lồ Văn Tuấn", "công an viên")],
[Q("54 đại biểu", 54, "đại biểu"), Q("17 thôn", 17, "thôn"), Q("14,6 km", 14.6, "km"), Q("9 chốt kiểm soát dịch", 9, "chốt kiểm soát dịch"),
 Q("1.450 hộ", 1450, "hộ"), Q("7 vụ", 7, "vụ"), Q("11 đối tượng", 11, "đối tượng"), Q("1,2 kg", 1.2, "kg"),
 Q("5 người", 5, "người"), Q("17 tổ tự quản", 17, "tổ tự quản"), Q("126 thành viên", 126, "thành viên"),
 Q("3 thôn", 3, "thôn"), Q("trên 320 triệu đồng", 320000000, "đồng", "over"), Q("1.100 ngày công", 1100, "ngày công"),
 Q("24 bóng đèn chiếu sáng", 24, "bóng đèn chiếu sáng"), Q("96 lượt", 96, "lượt"), Q("90% trở lên", 90, "%", "over"),
 Q("4 tập thể", 4, "tập thể"), Q("9 cá nhân", 9, "cá nhân"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "186", "KH-UBND", None, "UBND huyện", "Kế hoạch số 186/KH-UBND"),
 D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 04-NQ/ĐU"),
 D("Kết luận", "44", "KL/TW", None, "Ban Bí thư", "Kết luận số 44-KL/TW"),
 D("Chỉ thị", "09", "CT/TU", "2020-04-08", "Ban Thường vụ Tỉnh ủy Lào Cai", "Chỉ thị số 09-CT/TU ngày 08/4/2020")],
[prov("Lào Cai"), com("Bản Lầu")],
["Cổng thông tin điện tử huyện Mường Khương", "Hôm nay: Thứ Hai, 27/12/2021", "Trang chủ - Tin tức sự kiện - Quốc phòng, an ninh",
 "Ảnh: Đồng chí Lù Văn Chảo trao giấy khen cho các tập thể.", "Tự quản đường biên, cột mốc",
 "Thôn văn hóa, an toàn về an ninh trật tự", "An toàn về an ninh, trật tự", "Đồn Biên phòng Bản Lầu", "Vân Nam (Trung Quốc)"],
["Hôm nay: Thứ Hai, 27/12/2021", "24/12/2021 16:30:00", "năm 2021", "năm 2022", "từ 1 đến 2 km", "Covid-19"]))

PAGES.append(page("b4986-binhduong-congan-soket-h1-2021", """
BÁO BÌNH DƯƠNG ONLINE
Thời sự › An ninh trật tự
T6, 09/07/2021 | 10:05
Lực lượng Công an phát huy sức mạnh quần chúng trong phòng, chống dịch
(BDO) Sáng 8/7, Công an tỉnh Bình Dương tổ chức hội nghị trực tuyến sơ kết công tác dân vận và phong trào toàn dân bảo vệ an ninh Tổ quốc 6 tháng đầu năm 2021 với 91 điểm cầu tại Công an các huyện, thị xã, thành phố và các xã, phường, thị trấn. Đại tá Trần Văn Chính, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh chủ trì.
Đại tá Trần Văn Chính phát biểu chỉ đạo hội nghị.
Theo báo cáo, 6 tháng đầu năm, lực lượng Công an đã phối hợp với Ủy ban MTTQ và các đoàn thể thành lập 1.126 tổ Covid cộng đồng tại khu phố, ấp; tuyên truyền cho hơn 25.000 công nhân tại 312 doanh nghiệp về phòng, chống dịch và phòng, chống tội phạm. Mô hình "Khu nhà trọ an toàn" được nhân rộng lên 486 khu với trên 11.000 phòng trọ. Quần chúng đã cung cấp 2.340 nguồn tin, giúp lực lượng Công an phát hiện, xử lý 417 vụ việc.
Lực lượng Công an đã hỗ trợ 3.600 suất ăn, 42 tấn gạo cho công nhân, người lao động gặp khó khăn do dịch, trị giá khoảng 1,9 tỷ đồng. Trung tá Lê Thị Kim Thoa, Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc cho biết, thực hiện Quyết định 4389/QĐ-BCA-V05 của Bộ Công an và Kế hoạch 89-KH/TU của Tỉnh ủy, 100% phường, thị trấn đã có tổ an ninh trật tự khu phố với 2.918 thành viên.
Tại điểm cầu phường Hòa Phú, ông Trịnh Văn Rớt, Chủ tịch UBND phường, cho biết phường có 64.000 người tạm trú, chủ yếu là công nhân, nên đã phân công mỗi đảng viên phụ trách từ 10 hộ trở lên. Tại điểm cầu xã An Long, bà Điểu Thị Nhung, Chủ tịch Ủy ban MTTQ Việt Nam xã, kiến nghị hỗ trợ phụ cấp cho các thành viên tổ Covid cộng đồng.
Đồng chí Nguyễn Thị Ngọc Lan, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu, đề nghị Công an tỉnh tiếp tục thực hiện Chương trình phối hợp số 05/CTr-CAT-MTTQ và Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị; chủ động nắm tình hình tư tưởng công nhân ở các khu công nghiệp, nhất là những nơi phải tạm dừng sản xuất.
Phát biểu kết luận, Đại tá Trần Văn Chính đề ra 6 tháng cuối năm 2021 phải bảo đảm "3 tại chỗ" ở các doanh nghiệp, không để hình thành điểm nóng về an ninh công nhân; phấn đấu tỷ lệ khu phố, ấp đạt tiêu chuẩn an toàn về an ninh, trật tự không dưới 95%.
Nhân dịp này, Giám đốc Công an tỉnh tặng giấy khen cho 27 tập thể, 48 cá nhân; các đồng chí Trưởng Công an phường: Thiếu tá Huỳnh Văn Lợi, Thiếu tá Nguyễn Thanh Sang nhận khen vì thành tích trong truy vết F0.
Thanh Thảo
Tin khác
- Bàu Bàng: thành lập 36 tổ Covid cộng đồng (05/07/2021)
- Công an Thuận An tặng 500 phần quà cho công nhân (30/06/2021)
- Tân Uyên: ra mắt tổ tự quản ở khu nhà trọ (22/06/2021)
- Dĩ An: tuyên truyền Luật Cư trú cho công nhân (15/06/2021)
""", "2021-07-09", "Lực lượng Công an phát huy sức mạnh quần chúng trong phòng, chống dịch",
E("so_ket", "2021-H1", "2021-07-08"),
[P("Trần Văn Chính", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Giám đốc Công an tỉnh"),
 P("Lê Thị Kim Thoa", "Trung tá", "Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc"),
 P("Trịnh Văn Rớt", "Chủ tịch UBND phường"),
 P("Điểu Thị Nhung", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Thị Ngọc Lan", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Văn Lợi", "Trưởng Công an phường", "Thiếu tá"),
 P("Nguyễn Thanh Sang", "Trưởng Công an phường", "Thiếu tá")],
[Q("91 điểm cầu", 91, "điểm cầu"), Q("1.126 tổ Covid cộng đồng", 1126, "tổ Covid cộng đồng"), Q("hơn 25.000 công nhân", 25000, "công nhân", "over"),
 Q("312 doanh nghiệp", 312, "doanh nghiệp"), Q("486 khu", 486, "khu"), Q("trên 11.000 phòng trọ", 11000, "phòng trọ", "over"),
 Q("2.340 nguồn tin", 2340, "nguồn tin"), Q("417 vụ việc", 417, "vụ việc"), Q("3.600 suất ăn", 3600, "suất ăn"),
 Q("42 tấn", 42, "tấn"), Q("khoảng 1,9 tỷ đồng", 1900000000, "đồng", "approx"), Q("100% phường, thị trấn", 100, "%"),
 Q("2.918 thành viên", 2918, "thành viên"), Q("64.000 người tạm trú", 64000, "người tạm trú"),
 Q("từ 10 hộ trở lên", 10, "hộ", "over"), Q("không dưới 95%", 95, "%", "over"), Q("27 tập thể", 27, "tập thể"),
 Q("48 cá nhân", 48, "cá nhân")],
[D("Quyết định", "4389", "QĐ-BCA-V05", None, "Bộ Công an", "Quyết định 4389/QĐ-BCA-V05"),
 D("Kế hoạch", "89", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 89-KH/TU"),
 D("Chương trình phối hợp", "05", "CTr-CAT-MTTQ", None, None, "Chương trình phối hợp số 05/CTr-CAT-MTTQ"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định 290-QĐ/TW ngày 25/2/2010")],
[prov("Bình Dương"), com("Hòa Phú"), com("An Long")],
["BÁO BÌNH DƯƠNG ONLINE", "Thời sự › An ninh trật tự", "(BDO)", "Đại tá Trần Văn Chính phát biểu chỉ đạo hội nghị.",
 "Khu nhà trọ an toàn", "3 tại chỗ"],
["T6, 09/07/2021 | 10:05", "6 tháng đầu năm 2021", "6 tháng cuối năm 2021", "3 tại chỗ", "F0"]))

PAGES.append(page("b4987-quangnam-congan-taphuan-2022", """
Quảng Nam Online - Báo Quảng Nam điện tử
Chính trị > Quốc phòng - An ninh
17 Tháng 6, 2022
Bồi dưỡng kỹ năng dân vận cho công an xã chính quy vùng cao
(QNO) - Từ ngày 14 đến 16/6, Công an tỉnh phối hợp với Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn kỹ năng công tác dân vận năm 2022 cho 168 cán bộ công an chính quy đảm nhiệm chức danh công an xã tại 9 huyện miền núi.
Học viên thực hành tình huống tiếp xúc với già làng.
Khai mạc lớp tập huấn, Đại tá Phạm Văn Long, Phó Giám đốc Công an tỉnh nhấn mạnh, sau 2 năm bố trí công an chính quy về xã, 100% xã đã có lực lượng chính quy với 1.012 cán bộ, chiến sĩ, trong đó có 146 đồng chí là người dân tộc Cơ Tu, Xơ Đăng, Giẻ Triêng, Bh'noong. Tuy nhiên, vẫn còn khoảng 30% cán bộ chưa biết tiếng đồng bào, ảnh hưởng đến việc nắm tình hình.
Trong 3 ngày, các học viên được nghe ông Alăng Thớ, Phó Trưởng Ban Dân vận Tỉnh ủy quán triệt Quyết định số 23-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị; Thượng tá Bling Mai, Trưởng phòng Tham mưu Công an tỉnh giới thiệu Thông tư số 124/2021/TT-BCA ngày 28/12/2021 của Bộ trưởng Bộ Công an quy định về khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn "An toàn về an ninh, trật tự". Các học viên còn được học 40 câu giao tiếp tiếng Cơ Tu.
Chia sẻ tại lớp học, Đại úy Zơrâm Nhớ, Trưởng Công an xã A Tiêng, cho biết năm qua công an xã đã vận động 3 hộ đồng bào bỏ tục chôn chung, thu hồi 8 khẩu súng tự chế; xây dựng mô hình "Gươl bình yên" ở 2 thôn. Già làng Bh'riu Pố, thôn Arớh, được mời chia sẻ về luật tục Cơ Tu trong giữ gìn an ninh thôn bản.
Theo Công an tỉnh, thực hiện Kế hoạch số 176/KH-CAT ngày 20/4/2022 và Hướng dẫn 07/HD-BDVTU của Ban Dân vận Tỉnh ủy, mỗi công an xã phải nhận giúp đỡ ít nhất 3 hộ nghèo và định kỳ tham dự sinh hoạt với các chi hội đoàn thể. Năm 2021 có 14 xã đạt "Công an xã dân vận khéo" với 26 mô hình điển hình.
Bế mạc lớp học, 100% học viên hoàn thành bài thu hoạch; Ban tổ chức khen 12 học viên có kết quả xuất sắc. Tổng kinh phí mở lớp trên 210 triệu đồng.
Ngoài lớp tập huấn tập trung, Công an tỉnh sẽ phối hợp với các huyện mở các lớp học tiếng dân tộc thiểu số tại chỗ, mỗi lớp 30 học viên, để cán bộ có thể giao tiếp trực tiếp với đồng bào trong sinh hoạt hằng ngày.
Alăng Ngưu
Tin liên quan
- Nam Giang: 120 hộ ký cam kết không tàng trữ vũ khí (10/06/2022)
- Công an Tây Giang tặng 50 suất quà học sinh bán trú (01/06/2022)
- Hội nghị người có uy tín huyện Đông Giang năm 2022 (24/05/2022)
- Phước Sơn: đẩy lùi nạn khai thác vàng trái phép (18/05/2022)
""", "2022-06-17", "Bồi dưỡng kỹ năng dân vận cho công an xã chính quy vùng cao",
E("tap_huan", "2022", "2022-06-14"),
[P("Phạm Văn Long", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Alăng Thớ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bling Mai", "Thượng tá", "Trưởng phòng Tham mưu Công an tỉnh"),
 P("Zơrâm Nhớ", "Đại úy", "Trưởng Công an xã A Tiêng"),
 P("Bh'riu Pố", "Già làng")],
[Q("168 cán bộ công an chính quy", 168, "cán bộ công an chính quy"), Q("9 huyện miền núi", 9, "huyện miền núi"),
 Q("100% xã", 100, "%"), Q("1.012 cán bộ, chiến sĩ", 1012, "cán bộ, chiến sĩ"), Q("146 đồng chí", 146, "đồng chí"),
 Q("khoảng 30%", 30, "%", "approx"), Q("40 câu giao tiếp tiếng Cơ Tu", 40, "câu giao tiếp tiếng Cơ Tu"),
 Q("3 hộ", 3, "hộ"), Q("8 khẩu súng tự chế", 8, "khẩu súng tự chế"), Q("2 thôn", 2, "thôn"),
 Q("ít nhất 3 hộ nghèo", 3, "hộ nghèo", "over"), Q("14 xã", 14, "xã"), Q("26 mô hình điển hình", 26, "mô hình điển hình"),
 Q("100% học viên", 100, "%"), Q("12 học viên", 12, "học viên"), Q("trên 210 triệu đồng", 210000000, "đồng", "over"),
 Q("30 học viên", 30, "học viên")],
[D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW"),
 D("Thông tư", "124", "2021/TT-BCA", "2021-12-28", "Bộ trưởng Bộ Công an", "Thông tư số 124/2021/TT-BCA ngày 28/12/2021"),
 D("Kế hoạch", "176", "KH-CAT", "2022-04-20", None, "Kế hoạch số 176/KH-CAT ngày 20/4/2022"),
 D("Hướng dẫn", "07", "HD-BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 07/HD-BDVTU")],
[prov("Quảng Nam"), com("A Tiêng")],
["Quảng Nam Online - Báo Quảng Nam điện tử", "Chính trị > Quốc phòng - An ninh", "(QNO)",
 "Học viên thực hành tình huống tiếp xúc với già làng.", "An toàn về an ninh, trật tự", "Gươl bình yên",
 "Công an xã dân vận khéo"],
["17 Tháng 6, 2022", "2 năm", "3 ngày", "146 đồng chí", "năm 2022", "Năm 2021"]))

PAGES.append(page("b4988-lamdong-mttq-giamsat-2022", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Thứ Tư, 12/10/2022 - 14:20
Chính trị | Mặt trận - Đoàn thể
Giám sát việc thực hiện Quy chế dân chủ trong lực lượng Công an huyện Lạc Dương
Ngày 11/10/2022, Đoàn giám sát Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng do bà Ka Sô Liễng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát chuyên đề năm 2022 về việc thực hiện Quy chế dân chủ trong tiếp nhận, giải quyết thủ tục hành chính về cư trú, căn cước công dân tại Công an huyện Lạc Dương và Công an thị trấn Lạc Dương.
Đoàn giám sát làm việc với Công an huyện Lạc Dương. Ảnh: K.Phương
Tham gia đoàn có các ông, bà: Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh Trần Thị Kim Hoa; Phó Chủ tịch Hội Nông dân tỉnh Cil Múp; Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Lạc Dương Kră Jăn K'Dắk.
Thực hiện Nghị định số 59/2022/NĐ-CP của Chính phủ về định danh và xác thực điện tử và Kế hoạch số 168/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, từ đầu năm đến ngày 30/9/2022, Công an huyện đã thu nhận 14.280 hồ sơ cấp căn cước công dân, đạt 98,6% số người trong độ tuổi; tổ chức 46 đợt cấp lưu động tại các buôn, thôn và tại nhà cho 312 người già yếu, khuyết tật. Tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%.
Qua giám sát, đoàn ghi nhận Công an huyện đã niêm yết công khai 24 thủ tục hành chính, bố trí 2 máy tra cứu; tuy nhiên còn 1.104 tài khoản định danh điện tử chưa được kích hoạt, một số người dân đồng bào K'Ho, Chil ở xã Đạ Chais, xã Đưng K'Nớ phải đi lại nhiều lần do thiếu giấy tờ. Ông K'Brăn, người có uy tín bon Đơng K'Si, phản ánh có trường hợp bị thu phí photo giấy tờ 20.000 đồng/bộ.
Trung tá Đinh Quang Hùng, Trưởng Công an huyện tiếp thu, cho biết sẽ kiểm tra, xử lý trường hợp thu phí sai quy định; phối hợp với Đoàn Thanh niên lập 18 tổ công nghệ số cộng đồng hỗ trợ người dân kích hoạt tài khoản.
Kết luận buổi giám sát, bà Ka Sô Liễng đề nghị Công an huyện tiếp tục thực hiện Chỉ thị số 30-CT/TW của Bộ Chính trị về xây dựng và thực hiện quy chế dân chủ ở cơ sở và Kế hoạch 251-KH/TU, 252-KH/TU của Tỉnh ủy; đẩy mạnh công tác dân vận gắn với Đề án 06 về phát triển ứng dụng dữ liệu dân cư. Đoàn sẽ có văn bản kiến nghị gửi UBND huyện trước ngày 30/10.
Dịp này, Đoàn giám sát cũng làm việc với Ủy ban MTTQ thị trấn Lạc Dương về hoạt động của 16 Ban Công tác Mặt trận khu dân cư tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc.
K.Phương
Tin liên quan
- Đức Trọng: giám sát việc thực hiện chính sách cho người có uy tín (05/10/2022)
- Lâm Hà: Mặt trận tham gia hòa giải ở cơ sở (28/09/2022)
- Đạ Huoai: 150 hộ được tuyên truyền về căn cước công dân (20/09/2022)
- Ủy ban MTTQ tỉnh phản biện dự thảo nghị quyết về giá đất (14/09/2022)
""", "2022-10-12", "Giám sát việc thực hiện Quy chế dân chủ trong lực lượng Công an huyện Lạc Dương",
E("giam_sat", "2022", "2022-10-11"),
[P("Ka Sô Liễng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Kim Hoa", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Cil Múp", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Kră Jăn K'Dắk", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Lạc Dương"),
 P("K'Brăn", "người có uy tín bon Đơng K'Si"),
 P("Đinh Quang Hùng", "Trung tá", "Trưởng Công an huyện")],
[Q("14.280 hồ sơ", 14280, "hồ sơ"), Q("98,6%", 98.6, "%"), Q("46 đợt", 46, "đợt"), Q("312 người già yếu, khuyết tật", 312, "người già yếu, khuyết tật"),
 Q("100%", 100, "%"), Q("24 thủ tục hành chính", 24, "thủ tục hành chính"), Q("2 máy tra cứu", 2, "máy tra cứu"),
 Q("1.104 tài khoản định danh điện tử", 1104, "tài khoản định danh điện tử"), Q("20.000 đồng", 20000, "đồng"),
 Q("18 tổ công nghệ số cộng đồng", 18, "tổ công nghệ số cộng đồng"), Q("16 Ban Công tác Mặt trận khu dân cư", 16, "Ban Công tác Mặt trận khu dân cư")],
[D("Nghị định", "59", "2022/NĐ-CP", None, "Chính phủ", "Nghị định số 59/2022/NĐ-CP"),
 D("Kế hoạch", "168", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 168/KH-MTTQ-BTT"),
 D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 30-CT/TW"),
 D("Kế hoạch", "251", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 251-KH/TU, 252-KH/TU"),
 D("Kế hoạch", "252", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 251-KH/TU, 252-KH/TU"),
 D("Đề án", "06", None, None, None, "Đề án 06")],
[prov("Lâm Đồng"), com("Lạc Dương"), com("Đạ Chais"), com("Đưng K'Nớ")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Chính trị | Mặt trận - Đoàn thể", "Đoàn giám sát làm việc với Công an huyện Lạc Dương. Ảnh: K.Phương",
 "Quy chế dân chủ"],
["Thứ Tư, 12/10/2022 - 14:20", "năm 2022", "20.000 đồng/bộ", "ngày 30/9/2022", "ngày 30/10"]))

PAGES.append(page("b4989-thanhhoa-congan-mttq-quychephoihop-2023", """
Báo Thanh Hóa - Cơ quan của Đảng bộ tỉnh Thanh Hóa
You are here: Trang chủ / Thời sự / Quốc phòng - An ninh
22/03/2023 | 15:45 GMT+7
Toàn cảnh hội nghị ký kết.
Công an tỉnh và Ủy ban MTTQ tỉnh ký kết quy chế phối hợp
Sáng 21/3, Công an tỉnh và Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa tổ chức hội nghị ký kết Quy chế phối hợp số 03/QCPH-CAT-MTTQ về thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc và công tác dân vận giai đoạn 2023 - 2028. Dự hội nghị có 78 đại biểu đại diện Ban Dân vận Tỉnh ủy, các tổ chức chính trị - xã hội và lãnh đạo Công an, Ủy ban MTTQ 27 huyện, thị xã, thành phố.
Đồng chí Nguyễn Thị Bích Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và Thiếu tướng Trịnh Văn Giang, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh ký kết quy chế. Dự có đồng chí Lê Văn Sỹ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy.
Theo đánh giá, giai đoạn 2018 - 2022, thực hiện Nghị quyết liên tịch số 01/2015/NQLT-BCA-ĐCTUBTWMTTQVN và Chương trình phối hợp số 09/CTPH-MTTQ-CAT, hai cơ quan đã phối hợp xây dựng 1.873 mô hình tự quản về an ninh, trật tự; vận động nhân dân giao nộp 2.612 khẩu súng các loại, 1.438 kg vật liệu nổ; tổ chức gần 3.000 buổi tuyên truyền ở 559 xã, phường, thị trấn. Hơn 5.200 Ban Công tác Mặt trận đã tham gia hòa giải thành 11.406 vụ việc ở cơ sở.
Trong các năm 2020 - 2022, Mặt trận các cấp và Công an đã phối hợp trao hơn 24.000 suất quà trị giá khoảng 12,5 tỷ đồng cho hộ nghèo, công dân hoàn lương và gia đình có người nghiện ma túy. Tại các huyện miền núi Mường Lát, Quan Sơn, người có uy tín đồng bào Thái, Mường, Mông, Dao đã giúp vận động 67 người xuất cảnh trái phép trở về.
Quy chế mới gồm 5 chương, 21 điều, bổ sung nội dung phối hợp thực hiện Luật Thực hiện dân chủ ở cơ sở, Đề án 06 của Chính phủ và Quyết định 1044/QĐ-BCA-V05. Các ông Hà Văn Ánh, Lò Văn Sơn - Chủ tịch Ủy ban MTTQ huyện, phát biểu cam kết triển khai ngay tới cấp xã.
Phát biểu tại hội nghị, đồng chí Lê Văn Sỹ đề nghị hai bên tiếp tục thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp; chú trọng nắm tình hình ở các khu công nghiệp Nghi Sơn, nơi có trên 90.000 công nhân.
Ngay sau hội nghị, Công an tỉnh ban hành Kế hoạch 112/KH-CAT-PV05 để cụ thể hóa quy chế; phấn đấu đến năm 2028 có 95% trở lên số khu dân cư đạt tiêu chuẩn an toàn về an ninh, trật tự.
Lê Hà
Tin liên quan
- Thanh Hóa: ra mắt 15 mô hình "Camera an ninh" (15/03/2023)
- Công an Như Xuân đón 12 công dân trở về (06/03/2023)
- Ủy ban MTTQ tỉnh tổng kết công tác năm 2022 (10/01/2023)
- Hội nghị người có uy tín năm 2023 (20/02/2023)
""", "2023-03-22", "Công an tỉnh và Ủy ban MTTQ tỉnh ký kết quy chế phối hợp",
E("hoi_nghi", None, "2023-03-21"),
[P("Nguyễn Thị Bích Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trịnh Văn Giang", "Thiếu tướng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Giám đốc Công an tỉnh"),
 P("Lê Văn Sỹ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Ánh", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Lò Văn Sơn", "Chủ tịch Ủy ban MTTQ huyện")],
[Q("78 đại biểu", 78, "đại biểu"), Q("27 huyện, thị xã, thành phố", 27, "huyện, thị xã, thành phố"),
 Q("1.873 mô hình tự quản", 1873, "mô hình tự quản"), Q("2.612 khẩu súng", 2612, "khẩu súng"), Q("1.438 kg", 1438, "kg"),
 Q("gần 3.000 buổi tuyên truyền", 3000, "buổi tuyên truyền", "approx"), Q("559 xã, phường, thị trấn", 559, "xã, phường, thị trấn"),
 Q("Hơn 5.200 Ban Công tác Mặt trận", 5200, "Ban Công tác Mặt trận", "over"), Q("11.406 vụ việc", 11406, "vụ việc"),
 Q("hơn 24.000 suất quà", 24000, "suất quà", "over"), Q("khoảng 12,5 tỷ đồng", 12500000000, "đồng", "approx"),
 Q("67 người", 67, "người"), Q("5 chương", 5, "chương"), Q("21 điều", 21, "điều"),
 Q("trên 90.000 công nhân", 90000, "công nhân", "over"), Q("95% trở lên", 95, "%", "over")],
[D("Quy chế phối hợp", "03", "QCPH-CAT-MTTQ", None, None, "Quy chế phối hợp số 03/QCPH-CAT-MTTQ"),
 D("Nghị quyết liên tịch", "01", "2015/NQLT-BCA-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 01/2015/NQLT-BCA-ĐCTUBTWMTTQVN"),
 D("Chương trình phối hợp", "09", "CTPH-MTTQ-CAT", None, None, "Chương trình phối hợp số 09/CTPH-MTTQ-CAT"),
 D("Đề án", "06", None, None, "Chính phủ", "Đề án 06 của Chính phủ"),
 D("Quyết định", "1044", "QĐ-BCA-V05", None, None, "Quyết định 1044/QĐ-BCA-V05"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Kế hoạch", "112", "KH-CAT-PV05", None, "Công an tỉnh", "Kế hoạch 112/KH-CAT-PV05")],
[prov("Thanh Hóa")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ tỉnh Thanh Hóa", "You are here: Trang chủ / Thời sự / Quốc phòng - An ninh",
 "Toàn cảnh hội nghị ký kết.", "Luật Thực hiện dân chủ ở cơ sở"],
["22/03/2023 | 15:45 GMT+7", "giai đoạn 2023 - 2028", "giai đoạn 2018 - 2022", "2020 - 2022", "năm 2028"]))

PAGES.append(page("b4990-angiang-myphuoc-camera-2023", """
TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG MỸ PHƯỚC - TP LONG XUYÊN
Thứ Tư, 08/11/2023
Trang chủ | Tin tức | An ninh - Trật tự
Đại diện Công an phường và nhà tài trợ cắt băng ra mắt mô hình.
Phường Mỹ Phước ra mắt mô hình "Camera an ninh khóm"
Chiều 6/11, Công an phường Mỹ Phước phối hợp với Ủy ban MTTQ Việt Nam phường tổ chức lễ ra mắt mô hình "Camera an ninh khóm" tại khóm Đông Thịnh 3. Dự buổi lễ có Thượng tá Nguyễn Hoàng Phú, Phó Trưởng Công an TP Long Xuyên; ông Trần Văn Bé Năm, Bí thư Đảng ủy phường; Thiếu tá Châu Minh Nhựt, Trưởng Công an phường cùng khoảng 200 người dân.
Mô hình được xây dựng theo Kế hoạch số 76/KH-CAP ngày 05/9/2023 của Công an phường và Hướng dẫn số 15/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh An Giang về vận động nhân dân tham gia bảo đảm an ninh, trật tự. Đợt đầu, nhà hảo tâm và người dân đã đóng góp 148 triệu đồng để lắp đặt 52 mắt camera tại 11 tuyến đường, hẻm, có kết nối với điện thoại của Công an phường và các tổ trưởng tổ dân phố. Mỗi mắt camera có giá khoảng 2,8 triệu đồng.
Theo Thiếu tá Châu Minh Nhựt, trong 10 tháng năm 2023 trên địa bàn phường xảy ra 19 vụ trộm cắp tài sản, giảm 8 vụ so với cùng kỳ; nhờ trích xuất camera, Công an phường đã làm rõ 14 vụ, thu hồi 9 xe mô tô trả lại cho người bị hại. Phường có 6 khóm với 4.612 hộ, trong đó có 328 hộ người Hoa và 57 hộ người Khmer.
Phát biểu tại buổi lễ, ông Lâm Văn Sang, Chủ tịch Ủy ban MTTQ Việt Nam phường, cho biết mô hình thực hiện theo tinh thần Kết luận 68-KL/TW của Ban Bí thư và Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở; phường đặt mục tiêu đến cuối năm 2024 có ít nhất 100 mắt camera phủ kín 6 khóm. Bà Chau Thị Sa Ry, Tổ trưởng tổ dân phố số 7, khóm Đông Thịnh 3, cho biết từ khi có camera, bà con yên tâm hơn khi đi làm ăn xa.
Dịp này, Công an phường tặng 30 phần quà cho các hộ khó khăn đã tham gia đóng góp; Hội Liên hiệp Phụ nữ phường ra mắt tổ "Phụ nữ tố giác tội phạm" với 15 thành viên.
Nhiều người dân cho rằng mô hình thiết thực, nhưng đề nghị Công an phường hướng dẫn cách bảo quản thiết bị và quy định rõ ai được xem, trích xuất hình ảnh để tránh lộ thông tin cá nhân của các hộ dân.
Được biết, trước đó, các ông Lý Văn Hòa, Tạ Minh Luân - Trưởng Ban Công tác Mặt trận khóm, đã đi vận động từng hộ kinh doanh trên đường Trần Hưng Đạo đóng góp kinh phí.
Minh Khang
Tin khác
- Mỹ Phước: họp mặt kỷ niệm 93 năm Ngày truyền thống Mặt trận (16/11/2023)
- Hội Cựu chiến binh phường trao 5 căn nhà đồng đội (25/10/2023)
- Công an phường tuyên truyền phòng, chống lừa đảo qua mạng (12/10/2023)
- Phường tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/08/2023)
""", "2023-11-08", "Phường Mỹ Phước ra mắt mô hình \"Camera an ninh khóm\"",
E("khac", None, "2023-11-06"),
[P("Nguyễn Hoàng Phú", "Thượng tá", "Phó Trưởng Công an TP Long Xuyên"),
 P("Trần Văn Bé Năm", "Bí thư Đảng ủy phường"),
 P("Châu Minh Nhựt", "Thiếu tá", "Trưởng Công an phường"),
 P("Lâm Văn Sang", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Chau Thị Sa Ry", "Tổ trưởng tổ dân phố số 7"),
 P("Lý Văn Hòa", "Trưởng Ban Công tác Mặt trận khóm"), P("Tạ Minh Luân", "Trưởng Ban Công tác Mặt trận khóm")],
[Q("khoảng 200 người dân", 200, "người dân", "approx"), Q("148 triệu đồng", 148000000, "đồng"), Q("52 mắt camera", 52, "mắt camera"),
 Q("11 tuyến đường, hẻm", 11, "tuyến đường, hẻm"), Q("khoảng 2,8 triệu đồng", 2800000, "đồng", "approx"),
 Q("19 vụ trộm cắp tài sản", 19, "vụ trộm cắp tài sản"), Q("8 vụ", 8, "vụ"), Q("14 vụ", 14, "vụ"), Q("9 xe mô tô", 9, "xe mô tô"),
 Q("6 khóm", 6, "khóm"), Q("4.612 hộ", 4612, "hộ"), Q("328 hộ người Hoa", 328, "hộ người Hoa"), Q("57 hộ người Khmer", 57, "hộ người Khmer"),
 Q("ít nhất 100 mắt camera", 100, "mắt camera", "over"), Q("30 phần quà", 30, "phần quà"), Q("15 thành viên", 15, "thành viên")],
[D("Kế hoạch", "76", "KH-CAP", "2023-09-05", "Công an phường", "Kế hoạch số 76/KH-CAP ngày 05/9/2023"),
 D("Hướng dẫn", "15", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh An Giang", "Hướng dẫn số 15/HD-MTTQ-BTT"),
 D("Kết luận", "68", "KL/TW", None, "Ban Bí thư", "Kết luận 68-KL/TW")],
[prov("An Giang"), com("Mỹ Phước")],
["TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG MỸ PHƯỚC - TP LONG XUYÊN", "Trang chủ | Tin tức | An ninh - Trật tự",
 "Đại diện Công an phường và nhà tài trợ cắt băng ra mắt mô hình.", "Camera an ninh khóm",
 "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", "Phụ nữ tố giác tội phạm"],
["Thứ Tư, 08/11/2023", "10 tháng năm 2023", "năm 2024", "tổ dân phố số 7"]))
