from lib import *
PAGES = []

PAGES.append(page("b2165-thainguyen-mttq-tongket-giamsat-2014", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THÁI NGUYÊN
Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện xã hội
Thứ Sáu, 19/12/2014 - 16:30
Ảnh: Quang cảnh hội nghị tổng kết.
Nâng cao chất lượng giám sát và phản biện xã hội của Mặt trận
Ngày 18/12/2014, Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên tổ chức hội nghị tổng kết công tác giám sát, phản biện xã hội năm 2014 và triển khai chương trình năm 2015. Đồng chí Dương Thị Lệ Hằng, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự hội nghị có 86 đại biểu là thành viên Ủy ban, lãnh đạo các tổ chức chính trị - xã hội và Mặt trận các huyện, thành phố, thị xã.
Báo cáo do đồng chí Hoàng Văn Khởi, Phó Chủ tịch Ủy ban MTTQ tỉnh trình bày cho biết: năm 2014 là năm đầu tiên triển khai Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị. Ban Thường trực đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 35-KH/TU ngày 10/3/2014 và chủ trì xây dựng Quy chế phối hợp số 02/QCPH-MTTQ-UBND giữa Ủy ban MTTQ tỉnh với UBND tỉnh.
Trong năm, Mặt trận các cấp đã chủ trì 412 cuộc giám sát, trong đó cấp tỉnh 6 cuộc, cấp huyện 47 cuộc, cấp xã 359 cuộc; tham gia giám sát cùng HĐND, UBND 238 cuộc. Qua giám sát đã đưa ra 1.126 kiến nghị, có 874 kiến nghị đã được cơ quan chức năng tiếp thu, giải quyết, đạt 77,6%. Ban Thanh tra nhân dân ở 180 xã, phường, thị trấn đã giám sát 329 vụ việc, phát hiện và kiến nghị thu hồi gần 1,2 tỷ đồng. Ban Giám sát đầu tư của cộng đồng giám sát 516 công trình với tổng vốn trên 420 tỷ đồng.
Về phản biện xã hội, Ủy ban MTTQ tỉnh đã tổ chức 3 hội nghị phản biện đối với dự thảo nghị quyết của HĐND tỉnh về hỗ trợ phát triển chè và về mức thu học phí, với 57 ý kiến góp ý bằng văn bản; cấp huyện tổ chức 14 hội nghị. Nhiều ý kiến đã được cơ quan soạn thảo tiếp thu.
Tại hội nghị, các đại biểu thảo luận sôi nổi. Bà Ma Thị Nguyệt, Chủ tịch Ủy ban MTTQ huyện Định Hóa, cho rằng kinh phí giám sát ở cơ sở còn hạn hẹp, mỗi cuộc giám sát cấp xã chỉ được hỗ trợ 500.000 đồng. Ông Lục Văn Thiêm, Trưởng ban Thanh tra nhân dân xã Phú Đình, đề nghị UBND xã trả lời bằng văn bản các kiến nghị của Ban. Bà Đàm Thị Vân, Phó Chủ tịch Hội LHPN tỉnh, nêu kinh nghiệm giám sát việc thực hiện chính sách cho hộ nghèo vay vốn.
Phát biểu kết luận, đồng chí Dương Thị Lệ Hằng đề nghị năm 2015 Mặt trận các cấp chọn nội dung giám sát sát với bức xúc của nhân dân, nhất là việc thu, chi các khoản đóng góp, đất đai và môi trường; gắn giám sát với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; chủ động tổ chức phản biện xã hội ngay từ khi xây dựng dự thảo.
Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 15 tập thể và 22 cá nhân. Đồng chí Trần Quang Vinh, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, công bố quyết định khen thưởng.
Minh Hằng
Lượt xem: 1.204
Tin liên quan
- Phú Lương: 25 Ban Thanh tra nhân dân được kiện toàn (05/12/2014)
- Hội nghị phản biện dự thảo Nghị quyết về phát triển chè (21/11/2014)
- Đoàn giám sát của Mặt trận tỉnh làm việc tại Đồng Hỷ (06/11/2014)
- Tập huấn nghiệp vụ cho 300 cán bộ Mặt trận cơ sở (17/10/2014)
""", "2014-12-19", "Nâng cao chất lượng giám sát và phản biện xã hội của Mặt trận",
E("tong_ket", "2014", "2014-12-18"),
[P("Dương Thị Lệ Hằng", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Khởi", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Ma Thị Nguyệt", "Chủ tịch Ủy ban MTTQ huyện Định Hóa"),
 P("Lục Văn Thiêm", "Trưởng ban Thanh tra nhân dân xã Phú Đình"),
 P("Đàm Thị Vân", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trần Quang Vinh", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh")],
[Q("86 đại biểu", 86, "đại biểu"), Q("412 cuộc giám sát", 412, "cuộc giám sát"), Q("6 cuộc", 6, "cuộc"),
 Q("47 cuộc", 47, "cuộc"), Q("359 cuộc", 359, "cuộc"), Q("238 cuộc", 238, "cuộc"),
 Q("1.126 kiến nghị", 1126, "kiến nghị"), Q("874 kiến nghị", 874, "kiến nghị"), Q("77,6%", 77.6, "%"),
 Q("180 xã, phường, thị trấn", 180, "xã, phường, thị trấn"), Q("329 vụ việc", 329, "vụ việc"),
 Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("516 công trình", 516, "công trình"),
 Q("trên 420 tỷ đồng", 420000000000, "đồng", "over"), Q("3 hội nghị phản biện", 3, "hội nghị phản biện"),
 Q("57 ý kiến góp ý", 57, "ý kiến"), Q("14 hội nghị", 14, "hội nghị"), Q("500.000 đồng", 500000, "đồng"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"),
 D("Kế hoạch", "35", "KH/TU", "2014-03-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 35-KH/TU ngày 10/3/2014"),
 D("Quy chế phối hợp", "02", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 02/QCPH-MTTQ-UBND")],
[prov("Thái Nguyên"), com("Phú Đình")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THÁI NGUYÊN", "Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện xã hội",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 1.204"],
["Thứ Sáu, 19/12/2014 - 16:30", "năm 2014", "năm 2015", "Lượt xem: 1.204"]))

PAGES.append(page("b2166-quangtri-mttq-giamsat-haian-2015", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / Giám sát - Phản biện
10/06/2015 - 09:20
Giám sát việc thực hiện chính sách bồi thường, hỗ trợ tái định cư tại xã Hải An
Ngày 9/6, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Quảng Trị do đồng chí Lê Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách bồi thường, hỗ trợ và tái định cư dự án khu kinh tế Đông Nam tại xã Hải An. Đây là cuộc giám sát thứ 2 trong chương trình giám sát năm 2015 của Ủy ban MTTQ tỉnh.
Đồng chí Lê Thị Thu Hà phát biểu tại buổi giám sát. Ảnh: Hải Yến
Tham gia đoàn có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh: Hồ Văn Pả, Trần Đình Quý; đồng chí Nguyễn Thị Lài, Phó Chủ tịch Hội Nông dân tỉnh; Phan Văn Lũy, Lê Quang Thiện - Chuyên viên Ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh.
Theo báo cáo của UBND xã Hải An, thực hiện Quyết định số 1428/QĐ-UBND ngày 15/7/2014 của UBND tỉnh về thu hồi đất, xã có 237 hộ bị ảnh hưởng, trong đó 96 hộ phải di dời đến khu tái định cư. Đến nay đã chi trả 184,5 tỷ đồng tiền bồi thường cho 221 hộ, đạt 93,2%; còn 16 hộ chưa nhận tiền do chưa thống nhất đơn giá. Xã đã tiếp nhận 42 đơn thư, giải quyết 35 đơn; 7 đơn đang xem xét.
Qua giám sát, đoàn đánh giá UBND xã đã niêm yết công khai phương án bồi thường tại 3 thôn và nhà văn hóa xã, tổ chức 11 cuộc họp dân. Tuy nhiên, khu tái định cư còn thiếu hệ thống thoát nước, 2 tuyến đường nội bộ xuống cấp; việc trả lời đơn thư có lúc chậm.
Phát biểu tại buổi giám sát, ông Võ Văn Hưng, Chủ tịch UBND xã Hải An cho biết xã sẽ tiếp thu ý kiến của đoàn. Ông Lê Văn Sang, Trưởng ban Công tác Mặt trận thôn Lam Thủy, phản ánh nhiều hộ dân mong sớm có đất sản xuất.
Kết luận buổi giám sát, đồng chí Lê Thị Thu Hà đề nghị UBND xã rà soát 16 hộ chưa nhận tiền, công khai lại đơn giá; phối hợp với Trung tâm Phát triển quỹ đất huyện sớm khắc phục tuyến đường nội bộ. Đoàn đã đưa ra 6 kiến nghị, trong đó 4 kiến nghị đối với UBND xã và 2 kiến nghị đối với UBND huyện Hải Lăng.
Hoạt động giám sát được thực hiện theo Luật Mặt trận Tổ quốc Việt Nam năm 1999 và Nghị quyết liên tịch số 05/2001/NQLT-UBTVQH10-CP-ĐCTUBTƯMTTQVN. Sau giám sát, Ban Thường trực Ủy ban MTTQ tỉnh sẽ có văn bản kiến nghị gửi UBND tỉnh.
Hải Yến
Các tin khác
- Mặt trận Vĩnh Linh giám sát việc chi trả trợ cấp cho 1.200 đối tượng (04/06/2015)
- Hướng Hóa: người có uy tín tham gia giám sát cộng đồng (28/05/2015)
- Hội nghị triển khai chương trình giám sát năm 2015 (15/04/2015)
- Đakrông: 17 Ban Thanh tra nhân dân được tập huấn (02/04/2015)
""", "2015-06-10", "Giám sát việc thực hiện chính sách bồi thường, hỗ trợ tái định cư tại xã Hải An",
E("giam_sat", "2015", "2015-06-09"),
[P("Lê Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Pả", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Trần Đình Quý", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Lài", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Phan Văn Lũy", "Chuyên viên Ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Lê Quang Thiện", "Chuyên viên Ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Võ Văn Hưng", "Chủ tịch UBND xã Hải An"),
 P("Lê Văn Sang", "Trưởng ban Công tác Mặt trận thôn Lam Thủy")],
[Q("237 hộ", 237, "hộ"), Q("96 hộ", 96, "hộ"), Q("184,5 tỷ đồng", 184500000000, "đồng"), Q("221 hộ", 221, "hộ"),
 Q("93,2%", 93.2, "%"), Q("16 hộ", 16, "hộ"), Q("42 đơn thư", 42, "đơn thư"), Q("35 đơn", 35, "đơn"), Q("7 đơn", 7, "đơn"),
 Q("3 thôn", 3, "thôn"), Q("11 cuộc họp dân", 11, "cuộc họp dân"), Q("2 tuyến đường nội bộ", 2, "tuyến đường nội bộ"),
 Q("6 kiến nghị", 6, "kiến nghị"), Q("4 kiến nghị", 4, "kiến nghị"), Q("2 kiến nghị", 2, "kiến nghị")],
[D("Quyết định", "1428", "QĐ-UBND", "2014-07-15", "UBND tỉnh", "Quyết định số 1428/QĐ-UBND ngày 15/7/2014 của UBND tỉnh"),
 D("Nghị quyết liên tịch", "05", "2001/NQLT-UBTVQH10-CP-ĐCTUBTƯMTTQVN", None, None, "Nghị quyết liên tịch số 05/2001/NQLT-UBTVQH10-CP-ĐCTUBTƯMTTQVN")],
[prov("Quảng Trị"), com("Hải An")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ / Tin tức - Sự kiện / Giám sát - Phản biện",
 "Đồng chí Lê Thị Thu Hà phát biểu tại buổi giám sát. Ảnh: Hải Yến", "Luật Mặt trận Tổ quốc Việt Nam năm 1999",
 "Trung tâm Phát triển quỹ đất huyện"],
["10/06/2015 - 09:20", "thứ 2", "năm 2015", "năm 1999"]))

PAGES.append(page("b2167-soctrang-ldld-giamsat-bhxh-2015", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH SÓC TRĂNG
Bạn đang ở: Trang chủ > Hoạt động công đoàn > Chính sách - Pháp luật
08:15 | 24/09/2015
LĐLĐ tỉnh giám sát việc đóng bảo hiểm xã hội tại các doanh nghiệp thủy sản
Từ ngày 21 đến 23/9, đoàn giám sát của Liên đoàn Lao động tỉnh Sóc Trăng do ông Thạch Sa Phon, Phó Chủ tịch Thường trực LĐLĐ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chế độ bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp đối với người lao động tại 5 doanh nghiệp chế biến thủy sản trên địa bàn thị xã Vĩnh Châu và huyện Trần Đề.
Thành viên đoàn gồm: bà Lâm Thị Sóc Kha, Trưởng ban Chính sách - Pháp luật LĐLĐ tỉnh; ông Trịnh Văn Toàn, Phó Giám đốc Bảo hiểm xã hội tỉnh; ông Kim Sơn Hoàng Bá, Phó Chánh Thanh tra Sở Lao động - Thương binh và Xã hội; đại diện Ban Dân vận Tỉnh ủy và Ủy ban MTTQ tỉnh.
Theo báo cáo, 5 doanh nghiệp có tổng cộng 6.842 lao động, trong đó 5.917 lao động đã ký hợp đồng lao động từ đủ 3 tháng trở lên. Số lao động đã tham gia bảo hiểm xã hội bắt buộc là 5.203 người, đạt 87,9%. Tổng số tiền các doanh nghiệp còn nợ bảo hiểm xã hội đến ngày 31/8/2015 là 4,36 tỷ đồng, trong đó Công ty TNHH Hải sản Minh Phát nợ kéo dài trên 12 tháng với số tiền hơn 2,1 tỷ đồng.
Đoàn ghi nhận các doanh nghiệp đã chi trả kịp thời chế độ ốm đau, thai sản cho 1.318 lượt người lao động với số tiền 3,2 tỷ đồng; tổ chức bữa ăn ca với mức 15.000 đồng/suất. Công đoàn cơ sở ở cả 5 doanh nghiệp đã ký thỏa ước lao động tập thể. Tuy nhiên, còn 639 lao động thời vụ chưa được tham gia bảo hiểm; một số doanh nghiệp chậm đóng, chưa công khai thông tin đóng bảo hiểm cho người lao động hằng năm.
Tại buổi làm việc, anh Sơn Thanh Điền, công nhân Công ty CP Thủy sản Vĩnh Phước, phản ánh việc tăng ca vượt quá quy định vào mùa cao điểm. Chị Trần Thị Kim Hương, Chủ tịch Công đoàn cơ sở Công ty TNHH Hải sản Minh Phát, kiến nghị doanh nghiệp sớm trả nợ bảo hiểm để người lao động được hưởng chế độ.
Kết luận đợt giám sát, ông Thạch Sa Phon đề nghị các doanh nghiệp thực hiện nghiêm Luật Bảo hiểm xã hội số 58/2014/QH13 và Nghị định số 95/2013/NĐ-CP của Chính phủ về xử phạt vi phạm hành chính trong lĩnh vực lao động, bảo hiểm xã hội; trích nộp đủ số tiền nợ trước ngày 31/12/2015. Đoàn đã thống nhất 9 kiến nghị gửi các doanh nghiệp và 3 kiến nghị gửi Bảo hiểm xã hội tỉnh.
Đợt giám sát thực hiện theo Kế hoạch số 27/KH-LĐLĐ ngày 12/8/2015 của Ban Thường vụ LĐLĐ tỉnh và Hướng dẫn 09/HD-TLĐ của Tổng Liên đoàn Lao động Việt Nam.
Huỳnh Thảo
Tin cùng chuyên mục
- Công đoàn Khu công nghiệp An Nghiệp tổ chức đối thoại với 400 công nhân (17/09/2015)
- Trao 120 suất học bổng cho con công nhân (08/09/2015)
- Tập huấn kỹ năng thương lượng tập thể (26/08/2015)
""", "2015-09-24", "LĐLĐ tỉnh giám sát việc đóng bảo hiểm xã hội tại các doanh nghiệp thủy sản",
E("giam_sat", None, "2015-09-21"),
[P("Thạch Sa Phon", "Phó Chủ tịch Thường trực LĐLĐ tỉnh"),
 P("Lâm Thị Sóc Kha", "Trưởng ban Chính sách - Pháp luật LĐLĐ tỉnh"),
 P("Trịnh Văn Toàn", "Phó Giám đốc Bảo hiểm xã hội tỉnh"),
 P("Kim Sơn Hoàng Bá", "Phó Chánh Thanh tra Sở Lao động - Thương binh và Xã hội"),
 P("Sơn Thanh Điền", "công nhân Công ty CP Thủy sản Vĩnh Phước"),
 P("Trần Thị Kim Hương", "Chủ tịch Công đoàn cơ sở Công ty TNHH Hải sản Minh Phát")],
[Q("5 doanh nghiệp chế biến thủy sản", 5, "doanh nghiệp chế biến thủy sản"), Q("6.842 lao động", 6842, "lao động"),
 Q("5.917 lao động", 5917, "lao động"), Q("5.203 người", 5203, "người"), Q("87,9%", 87.9, "%"),
 Q("4,36 tỷ đồng", 4360000000, "đồng"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("1.318 lượt người lao động", 1318, "lượt người lao động"), Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("15.000 đồng", 15000, "đồng"), Q("639 lao động thời vụ", 639, "lao động thời vụ"),
 Q("9 kiến nghị", 9, "kiến nghị"), Q("3 kiến nghị", 3, "kiến nghị")],
[D("Luật", "58", "2014/QH13", None, None, "Luật Bảo hiểm xã hội số 58/2014/QH13"),
 D("Nghị định", "95", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 95/2013/NĐ-CP của Chính phủ"),
 D("Kế hoạch", "27", "KH-LĐLĐ", "2015-08-12", "Ban Thường vụ LĐLĐ tỉnh", "Kế hoạch số 27/KH-LĐLĐ ngày 12/8/2015 của Ban Thường vụ LĐLĐ tỉnh"),
 D("Hướng dẫn", "09", "HD-TLĐ", None, "Tổng Liên đoàn Lao động Việt Nam", "Hướng dẫn 09/HD-TLĐ của Tổng Liên đoàn Lao động Việt Nam")],
[prov("Sóc Trăng")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH SÓC TRĂNG", "Bạn đang ở: Trang chủ > Hoạt động công đoàn > Chính sách - Pháp luật",
 "Công ty TNHH Hải sản Minh Phát", "Công ty CP Thủy sản Vĩnh Phước"],
["08:15 | 24/09/2015", "3 tháng", "12 tháng", "31/8/2015", "31/12/2015"]))

PAGES.append(page("b2168-gialai-mttq-phanbien-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI
Vị trí: Trang chủ :: Tin hoạt động :: Phản biện xã hội
Hôm nay: Thứ Ba, 29/11/2016
Ngày đăng 25/11/2016 | 15:40
Toàn cảnh hội nghị phản biện.
Phản biện dự thảo Nghị quyết về chính sách hỗ trợ đồng bào dân tộc thiểu số vay vốn phát triển sản xuất
Chiều 24/11/2016, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ đồng bào dân tộc thiểu số vay vốn phát triển sản xuất giai đoạn 2017-2020. Đây là hội nghị phản biện thứ ba trong năm 2016 của Mặt trận tỉnh. Đồng chí Rơ Mah Tuấn, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Dự hội nghị có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Ksor H'Bơ Lan, Nguyễn Văn Thạnh; bà Siu Thị Hlinh, Phó Trưởng ban Dân tộc HĐND tỉnh; ông Đinh Văn Ngơ, Phó Giám đốc Sở Kế hoạch và Đầu tư; cùng 43 đại biểu là thành viên Hội đồng tư vấn, các nhà khoa học, người có uy tín và đại diện các tổ chức thành viên.
Theo tờ trình của UBND tỉnh, dự thảo đề xuất hỗ trợ lãi suất cho khoảng 12.500 hộ đồng bào dân tộc thiểu số, mức vay tối đa 50 triệu đồng/hộ, tổng kinh phí dự kiến 186 tỷ đồng từ ngân sách tỉnh. Cơ quan soạn thảo đã lấy ý kiến của 21 sở, ngành và 17 huyện, thị xã, thành phố.
Tại hội nghị, 14 ý kiến phản biện tập trung vào đối tượng thụ hưởng, điều kiện vay và cơ chế giám sát. Ông Rah Lan Hnao, già làng làng Plei Ơi, xã Ia Kênh, đề nghị ưu tiên hộ mới thoát nghèo, hộ cận nghèo. Ông Trần Văn Bích, luật sư, Phó Chủ nhiệm Đoàn Luật sư tỉnh, cho rằng cần quy định rõ trách nhiệm của Ngân hàng Chính sách xã hội trong thẩm định. Bà Hiao Thị Blanh, Chủ tịch Hội LHPN huyện Chư Sê, đề nghị thêm tiêu chí ưu tiên phụ nữ làm chủ hộ.
Các ý kiến cũng cho rằng dự thảo chưa làm rõ việc lồng ghép với Chương trình 135 và Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ về chính sách đặc thù hỗ trợ phát triển kinh tế - xã hội vùng dân tộc thiểu số và miền núi giai đoạn 2017-2020.
Kết luận hội nghị, đồng chí Rơ Mah Tuấn cho biết Ban Thường trực sẽ tổng hợp đầy đủ, gửi văn bản phản biện với 8 nhóm kiến nghị đến Thường trực HĐND và UBND tỉnh trước kỳ họp thứ ba HĐND tỉnh khóa XI. Hội nghị được tổ chức theo Quyết định số 217-QĐ/TW của Bộ Chính trị và Thông tri số 19/TT-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Đức Thụy
Lượt truy cập: 2.318.455
Tin khác
- Mặt trận Chư Păh giám sát việc cấp 2.400 thẻ bảo hiểm y tế (18/11/2016)
- Gặp mặt 150 người có uy tín tiêu biểu năm 2016 (10/11/2016)
- Phản biện dự thảo quy định giá đất giai đoạn 2015-2019 (27/10/2016)
""", "2016-11-25", "Phản biện dự thảo Nghị quyết về chính sách hỗ trợ đồng bào dân tộc thiểu số vay vốn phát triển sản xuất",
E("hoi_nghi", "2016", "2016-11-24"),
[P("Rơ Mah Tuấn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor H'Bơ Lan", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Thạnh", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Siu Thị Hlinh", "Phó Trưởng ban Dân tộc HĐND tỉnh"),
 P("Đinh Văn Ngơ", "Phó Giám đốc Sở Kế hoạch và Đầu tư"),
 P("Rah Lan Hnao", "già làng làng Plei Ơi"),
 P("Trần Văn Bích", "luật sư", "Phó Chủ nhiệm Đoàn Luật sư tỉnh"),
 P("Hiao Thị Blanh", "Chủ tịch Hội LHPN huyện Chư Sê")],
[Q("43 đại biểu", 43, "đại biểu"), Q("khoảng 12.500 hộ đồng bào dân tộc thiểu số", 12500, "hộ đồng bào dân tộc thiểu số", "approx"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("186 tỷ đồng", 186000000000, "đồng"), Q("21 sở, ngành", 21, "sở, ngành"),
 Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"), Q("14 ý kiến phản biện", 14, "ý kiến phản biện"),
 Q("8 nhóm kiến nghị", 8, "nhóm kiến nghị")],
[D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW của Bộ Chính trị"),
 D("Thông tri", "19", "TT-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Thông tri số 19/TT-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam")],
[prov("Gia Lai"), com("Ia Kênh")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI", "Vị trí: Trang chủ :: Tin hoạt động :: Phản biện xã hội",
 "Hôm nay: Thứ Ba, 29/11/2016", "Toàn cảnh hội nghị phản biện.", "Chương trình 135", "Ngân hàng Chính sách xã hội",
 "Lượt truy cập: 2.318.455"],
["Hôm nay: Thứ Ba, 29/11/2016", "Ngày đăng 25/11/2016 | 15:40", "giai đoạn 2017-2020", "thứ ba", "Chương trình 135", "khóa XI",
 "Lượt truy cập: 2.318.455"]))

PAGES.append(page("b2169-nghean-mttq-giamsat-nongthonmoi-2016", """
Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An
Thời sự › Chính trị › Mặt trận
Thứ Năm, 18/08/2016
Ảnh: Đoàn giám sát làm việc tại xã Châu Bình.
MTTQ tỉnh giám sát việc huy động đóng góp của nhân dân xây dựng nông thôn mới
(Baonghean) - Ngày 16/8, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh Nghệ An đã làm việc với UBND huyện Quỳ Châu và xã Châu Bình về việc huy động, quản lý, sử dụng các khoản đóng góp của nhân dân trong xây dựng nông thôn mới. Đây là nội dung giám sát chuyên đề năm 2016 của Mặt trận tỉnh, thực hiện tại 4 huyện miền núi.
Trưởng đoàn là bà Vi Thị Hương, Ủy viên Ban Thường trực, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh. Cùng đi có ông Lương Văn Thành, Phó Chủ tịch Hội Cựu chiến binh tỉnh; ông Moong Văn Sơn, Lò Văn Minh - Ủy viên Ủy ban MTTQ tỉnh; bà Hồ Thị Lan, Phó Chủ tịch Ủy ban MTTQ huyện Quỳ Châu.
Báo cáo của UBND huyện cho thấy, từ năm 2011 đến tháng 6/2016, nhân dân toàn huyện đóng góp trên 38,6 tỷ đồng, hiến 126.400 m2 đất để làm 148 km đường giao thông nông thôn. Riêng xã Châu Bình, người dân đóng góp 4,2 tỷ đồng; 315 hộ tự nguyện hiến đất. Đến nay xã đạt 12/19 tiêu chí nông thôn mới.
Qua giám sát, đoàn đánh giá việc vận động nhân dân đóng góp cơ bản đúng nguyên tắc tự nguyện, có bàn bạc dân chủ, công khai; tuy nhiên ở 3 thôn còn thu bình quân theo khẩu, chưa miễn giảm cho 27 hộ nghèo, hộ gia đình chính sách. Hồ sơ thu, chi của Ban phát triển thôn chưa đầy đủ chứng từ.
Ông Lầu Bá Giò, Bí thư Chi bộ bản Na Lạn, cho biết bà con người Mông rất phấn khởi khi đường vào bản được cứng hóa. Ông Vi Văn Tuấn, Chủ tịch UBND xã Châu Bình, tiếp thu và cam kết trả lại tiền đã thu chưa đúng quy định.
Kết luận, bà Vi Thị Hương yêu cầu huyện chỉ đạo các xã thực hiện đúng Nghị định số 24/1999/NĐ-CP của Chính phủ về Quy chế tổ chức huy động, quản lý và sử dụng các khoản đóng góp tự nguyện của nhân dân để xây dựng cơ sở hạ tầng của các xã, thị trấn; công khai các khoản thu tại nhà văn hóa thôn, bản; không huy động quá sức dân.
Đoàn đã đưa ra 7 kiến nghị với UBND huyện Quỳ Châu và 5 kiến nghị với UBND xã Châu Bình. Ban Thường trực Ủy ban MTTQ tỉnh sẽ tổng hợp kết quả giám sát ở 4 huyện, báo cáo Ban Thường vụ Tỉnh ủy theo Kế hoạch số 08/KH-MTTQ-BTT ngày 25/02/2016 của Ban Thường trực Ủy ban MTTQ tỉnh.
Hoài Thu
Tin liên quan
- Tương Dương: 6 xã về đích nông thôn mới (12/08/2016)
- Mặt trận Kỳ Sơn giám sát việc cấp gạo cứu đói cho 2.100 hộ (03/08/2016)
- Con Cuông: đối thoại với nhân dân về giải phóng mặt bằng (26/07/2016)
""", "2016-08-18", "MTTQ tỉnh giám sát việc huy động đóng góp của nhân dân xây dựng nông thôn mới",
E("giam_sat", "2016", "2016-08-16"),
[P("Vi Thị Hương", "Ủy viên Ban Thường trực", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Lương Văn Thành", "Phó Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Moong Văn Sơn", "Ủy viên Ủy ban MTTQ tỉnh"),
 P("Lò Văn Minh", "Ủy viên Ủy ban MTTQ tỉnh"),
 P("Hồ Thị Lan", "Phó Chủ tịch Ủy ban MTTQ huyện Quỳ Châu"),
 P("Lầu Bá Giò", "Bí thư Chi bộ bản Na Lạn"),
 P("Vi Văn Tuấn", "Chủ tịch UBND xã Châu Bình")],
[Q("4 huyện miền núi", 4, "huyện miền núi"), Q("trên 38,6 tỷ đồng", 38600000000, "đồng", "over"), Q("126.400 m2", 126400, "m2"),
 Q("148 km", 148, "km"), Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("315 hộ", 315, "hộ"), Q("12/19 tiêu chí", 12, "tiêu chí"),
 Q("3 thôn", 3, "thôn"), Q("27 hộ nghèo, hộ gia đình chính sách", 27, "hộ nghèo, hộ gia đình chính sách"),
 Q("7 kiến nghị", 7, "kiến nghị"), Q("5 kiến nghị", 5, "kiến nghị")],
[D("Nghị định", "24", "1999/NĐ-CP", None, "Chính phủ", "Nghị định số 24/1999/NĐ-CP của Chính phủ"),
 D("Kế hoạch", "08", "KH-MTTQ-BTT", "2016-02-25", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 08/KH-MTTQ-BTT ngày 25/02/2016 của Ban Thường trực Ủy ban MTTQ tỉnh")],
[prov("Nghệ An"), com("Châu Bình")],
["Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An", "Thời sự › Chính trị › Mặt trận",
 "Ảnh: Đoàn giám sát làm việc tại xã Châu Bình.", "(Baonghean)"],
["Thứ Năm, 18/08/2016", "năm 2016", "từ năm 2011 đến tháng 6/2016"]))

PAGES.append(page("b2170-hagiang-mttq-soket-2017", """
BÁO HÀ GIANG ĐIỆN TỬ
Trang chủ > Chính trị > Mặt trận - Đoàn thể
Cập nhật lúc 16:45 ngày 14/07/2017
Đồng chí Sùng Thị Mỷ phát biểu tại hội nghị.
Mặt trận các cấp phát huy vai trò giám sát từ cơ sở
Ngày 13/7, Ủy ban MTTQ tỉnh Hà Giang tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2017. Dự hội nghị có đồng chí Vàng Seo Dính, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Sùng Thị Mỷ, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
6 tháng đầu năm, Mặt trận các cấp đã chủ trì giám sát 186 cuộc, trong đó cấp tỉnh 2 cuộc, cấp huyện 21 cuộc, cấp xã 163 cuộc; phối hợp giám sát 94 cuộc. Nội dung giám sát tập trung vào việc thực hiện Quyết định số 755/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ đất ở, đất sản xuất, nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo, việc bình xét hộ nghèo và cấp phát gạo cứu đói. Qua giám sát đã kiến nghị đưa ra khỏi danh sách 43 hộ không đủ điều kiện hưởng chính sách, bổ sung 61 hộ đủ điều kiện.
Ban Thanh tra nhân dân 195 xã, phường, thị trấn đã tiếp nhận 248 ý kiến, kiến nghị của nhân dân, giải quyết 231 ý kiến. Ban Giám sát đầu tư của cộng đồng giám sát 372 công trình, phát hiện 18 công trình có sai phạm về khối lượng, kiến nghị thu hồi 860 triệu đồng.
Về phản biện xã hội, Ủy ban MTTQ tỉnh đã phản biện dự thảo Nghị quyết của HĐND tỉnh về mức chi hỗ trợ cán bộ thôn, tổ dân phố; cấp huyện tổ chức 6 hội nghị phản biện với 92 ý kiến góp ý.
Tại hội nghị, đồng chí Giàng Seo Pháng, Chủ tịch Ủy ban MTTQ huyện Mèo Vạc, nêu kinh nghiệm phát huy vai trò người có uy tín trong giám sát cộng đồng. Bà Lò Thị Chờ, Phó Chủ tịch Ủy ban MTTQ huyện Đồng Văn, đề nghị tăng mức hỗ trợ cho Ban Thanh tra nhân dân từ 1,5 triệu đồng lên 3 triệu đồng/năm. Ông Lùng Văn Chỉn, người có uy tín thôn Mã Pì Lèng, xã Pải Lủng, chia sẻ cách vận động bà con không tin, không theo "Giàng Sán Chải".
Phát biểu chỉ đạo, đồng chí Vàng Seo Dính đề nghị 6 tháng cuối năm Mặt trận tập trung giám sát việc thực hiện Chỉ thị 19, 20-CT/TU của Ban Thường vụ Tỉnh ủy về xây dựng nông thôn mới và về công tác dân vận ở vùng đồng bào Mông; thực hiện tốt kế hoạch số 41/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát 6 tháng cuối năm; chủ động nắm tình hình, không để kẻ xấu lợi dụng.
Thu Phương
Lượt xem: 3.107
Tin cùng chuyên mục
- Yên Minh: 28 Ban Thanh tra nhân dân được kiện toàn (07/07/2017)
- Đồng Văn tổ chức ngày hội đại đoàn kết ở 5 thôn (30/06/2017)
- Mặt trận tỉnh giám sát việc thực hiện Chương trình 30a (21/06/2017)
""", "2017-07-14", "Mặt trận các cấp phát huy vai trò giám sát từ cơ sở",
E("so_ket", "2017-H1", "2017-07-13"),
[P("Vàng Seo Dính", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng Thị Mỷ", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Giàng Seo Pháng", "Chủ tịch Ủy ban MTTQ huyện Mèo Vạc"),
 P("Lò Thị Chờ", "Phó Chủ tịch Ủy ban MTTQ huyện Đồng Văn"),
 P("Lùng Văn Chỉn", "người có uy tín thôn Mã Pì Lèng")],
[Q("186 cuộc", 186, "cuộc"), Q("2 cuộc", 2, "cuộc"), Q("21 cuộc", 21, "cuộc"), Q("163 cuộc", 163, "cuộc"), Q("94 cuộc", 94, "cuộc"),
 Q("43 hộ", 43, "hộ"), Q("61 hộ", 61, "hộ"), Q("195 xã, phường, thị trấn", 195, "xã, phường, thị trấn"),
 Q("248 ý kiến, kiến nghị", 248, "ý kiến, kiến nghị"), Q("231 ý kiến", 231, "ý kiến"), Q("372 công trình", 372, "công trình"),
 Q("18 công trình", 18, "công trình"), Q("860 triệu đồng", 860000000, "đồng"), Q("6 hội nghị phản biện", 6, "hội nghị phản biện"),
 Q("92 ý kiến góp ý", 92, "ý kiến"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("3 triệu đồng", 3000000, "đồng")],
[D("Quyết định", "755", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 755/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 19, 20-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "20", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 19, 20-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kế hoạch", "41", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "kế hoạch số 41/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh")],
[prov("Hà Giang"), com("Pải Lủng")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Trang chủ > Chính trị > Mặt trận - Đoàn thể", "Đồng chí Sùng Thị Mỷ phát biểu tại hội nghị.",
 "Giàng Sán Chải", "Lượt xem: 3.107"],
["Cập nhật lúc 16:45 ngày 14/07/2017", "6 tháng đầu năm", "6 tháng cuối năm 2017", "Lượt xem: 3.107"]))
