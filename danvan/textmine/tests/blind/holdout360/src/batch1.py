from lib import *
PAGES = []

PAGES.append(page("b8597-laocai-ubndxa-giaoban-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN SA PA - TỈNH LÀO CAI
Trang chủ » Tin tức - Sự kiện » Tin từ cơ sở
Thứ Sáu, 28/10/2011 - 16:20
Bản Khoang giao ban kinh tế - xã hội tháng 10: thu hoạch xong 186 ha lúa
Ngày 27/10/2011, UBND xã Bản Khoang (huyện Sa Pa, tỉnh Lào Cai) tổ chức hội nghị giao ban đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội tháng 10 và triển khai nhiệm vụ trọng tâm tháng 11 năm 2011. Đồng chí Giàng A Páo, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì hội nghị. Dự có đồng chí Lý Văn Thành, Phó Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện Sa Pa, cùng 14 trưởng thôn, bí thư chi bộ và đại diện các ban, ngành, đoàn thể xã.
Toàn cảnh hội nghị giao ban tháng 10 tại xã Bản Khoang.
Theo báo cáo của UBND xã, trong tháng 10 toàn xã đã thu hoạch xong 186 ha lúa mùa, năng suất bình quân ước đạt 42 tạ/ha; sản lượng lương thực có hạt ước đạt 1.020 tấn, bằng 96,2% kế hoạch năm. Diện tích chè Shan tuyết được chăm sóc là 75 ha; tổng đàn gia súc có 2.317 con, trong đó đàn trâu 1.126 con. Xã đã tiêm phòng lở mồm long móng cho 980 con trâu, bò, đạt 87% tổng đàn.
Thu ngân sách trên địa bàn trong tháng đạt 146,5 triệu đồng, lũy kế 10 tháng đạt 812 triệu đồng, bằng 103% dự toán huyện giao. Nguồn vốn Chương trình 135 giai đoạn II đã giải ngân 1,34 tỷ đồng cho 3 công trình đường giao thông liên thôn và nhà văn hóa thôn Tả Chải. Xã đang hoàn thiện hồ sơ hỗ trợ làm nhà ở cho 57 hộ nghèo theo Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ, mỗi hộ được hỗ trợ 7,2 triệu đồng và vay thêm 8 triệu đồng; đồng thời thực hiện Nghị quyết 30a/2008/NQ-CP của Chính phủ về giảm nghèo nhanh và bền vững.
Về văn hóa - xã hội, 5 trường học trên địa bàn duy trì sĩ số 1.084 học sinh, tỷ lệ chuyên cần đạt 95%; Trạm Y tế xã khám, chữa bệnh cho 312 lượt người, không có dịch bệnh xảy ra. Xã đã cấp 420 thẻ bảo hiểm y tế cho người dân tộc thiểu số, hoàn thành rà soát với 412 hộ nghèo, chiếm 58,4% tổng số hộ.
Đồng chí Vàng Seo Dín, ĐUV, Trưởng Công an xã cho biết, trong tháng Công an xã đã hòa giải thành 4 vụ việc tranh chấp đất đai, tiếp nhận 2 đơn thư; phối hợp với các đoàn thể vận động 6 hộ dân ở thôn Suối Thầu từ bỏ "Vàng Chứ", trở lại sinh hoạt bình thường.
Tại hội nghị, ông Sùng A Chứ, Trưởng thôn Suối Thầu đề nghị xã sớm sửa đoạn đường bị sạt lở; bà Lý Thị Mẩy, Chủ tịch Hội LHPN xã, cho biết Hội đã giúp 23 hội viên vay vốn nuôi lợn đen. Các đồng chí Phó Chủ tịch UBND xã: Hầu A Lử, Lò Văn Kim báo cáo thêm về tiến độ làm đất vụ đông và dạy nghề thêu cho phụ nữ.
Kết luận hội nghị, đồng chí Giàng A Páo yêu cầu các thôn trong tháng 11 trồng mới 20 ha chè, làm đất 45 ha cây vụ đông, phấn đấu thu ngân sách cả năm đạt trên 900 triệu đồng; "cán bộ phải xuống thôn, ở với dân, nghe dân nói".
Lý Hoa
Tin liên quan
- Sa Pa: giao ban khối dân vận quý III (05/10/2011)
- Tả Phìn ra quân làm đường bê tông nông thôn (22/09/2011)
- Hội Nông dân huyện trao 40 con bò giống cho hộ nghèo (15/09/2011)
""", "2011-10-28", "Bản Khoang giao ban kinh tế - xã hội tháng 10: thu hoạch xong 186 ha lúa",
E("giao_ban", "2011-10", "2011-10-27"),
[P("Giàng A Páo", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lý Văn Thành", "Phó Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện Sa Pa"),
 P("Vàng Seo Dín", "ĐUV", "Trưởng Công an xã"),
 P("Sùng A Chứ", "Trưởng thôn Suối Thầu"),
 P("Lý Thị Mẩy", "Chủ tịch Hội LHPN xã"),
 P("Hầu A Lử", "Phó Chủ tịch UBND xã"),
 P("Lò Văn Kim", "Phó Chủ tịch UBND xã")],
[Q("14 trưởng thôn, bí thư chi bộ", 14, "trưởng thôn, bí thư chi bộ"),
 Q("186 ha", 186, "ha"), Q("42 tạ/ha", 42, "tạ/ha"), Q("1.020 tấn", 1020, "tấn"), Q("96,2%", 96.2, "%"),
 Q("75 ha", 75, "ha"), Q("2.317 con", 2317, "con"), Q("1.126 con", 1126, "con"),
 Q("980 con trâu, bò", 980, "con trâu, bò"), Q("87%", 87, "%"),
 Q("146,5 triệu đồng", 146500000, "đồng"), Q("812 triệu đồng", 812000000, "đồng"), Q("103%", 103, "%"),
 Q("1,34 tỷ đồng", 1340000000, "đồng"), Q("3 công trình đường giao thông liên thôn", 3, "công trình đường giao thông liên thôn"),
 Q("57 hộ nghèo", 57, "hộ nghèo"), Q("7,2 triệu đồng", 7200000, "đồng"), Q("8 triệu đồng", 8000000, "đồng"),
 Q("5 trường học", 5, "trường học"), Q("1.084 học sinh", 1084, "học sinh"), Q("95%", 95, "%"),
 Q("312 lượt người", 312, "lượt người"), Q("420 thẻ bảo hiểm y tế", 420, "thẻ bảo hiểm y tế"),
 Q("412 hộ nghèo", 412, "hộ nghèo"), Q("58,4%", 58.4, "%"),
 Q("4 vụ việc tranh chấp đất đai", 4, "vụ việc tranh chấp đất đai"), Q("2 đơn thư", 2, "đơn thư"), Q("6 hộ dân", 6, "hộ dân"),
 Q("23 hội viên", 23, "hội viên"), Q("20 ha", 20, "ha"), Q("45 ha", 45, "ha"),
 Q("trên 900 triệu đồng", 900000000, "đồng", "over")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg"),
 D("Nghị quyết", "30a", "2008/NQ-CP", None, "Chính phủ", "Nghị quyết 30a/2008/NQ-CP")],
[prov("Lào Cai"), com("Bản Khoang")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN SA PA - TỈNH LÀO CAI", "Trang chủ » Tin tức - Sự kiện » Tin từ cơ sở",
 "Toàn cảnh hội nghị giao ban tháng 10 tại xã Bản Khoang.", "Chương trình 135", "Vàng Chứ", "Tả Chải", "Suối Thầu",
 "cán bộ phải xuống thôn, ở với dân, nghe dân nói"],
["Thứ Sáu, 28/10/2011 - 16:20", "tháng 10", "tháng 11 năm 2011", "10 tháng", "giai đoạn II", "Nghị quyết 30a"]))

PAGES.append(page("b8598-namdinh-ubndxa-giaoban-2012", """
BÁO NAM ĐỊNH ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nam Định
Kinh tế | Nông nghiệp - Nông thôn | Xây dựng nông thôn mới
Cập nhật: 09:42, 27/04/2012 (GMT+7)
Hải Đông: Tập trung chăm sóc lúa xuân, đẩy nhanh xây dựng nông thôn mới
(NĐO) - Chiều 25/4, UBND xã Hải Đông (Hải Hậu) tổ chức giao ban đánh giá kết quả thực hiện nhiệm vụ kinh tế - xã hội tháng 4/2012 và bàn giải pháp thực hiện nhiệm vụ tháng 5. Ông Vũ Đức Thắng - Chủ tịch UBND xã chủ trì; dự có đồng chí Trần Văn Hưng, Bí thư Đảng ủy xã và trưởng các xóm, hợp tác xã, đoàn thể.
Ảnh: Cán bộ xã kiểm tra lúa xuân tại xóm 7.
Theo báo cáo, vụ xuân năm nay toàn xã gieo cấy 612 ha lúa, trong đó 480 ha lúa chất lượng cao; lúa đang thì đẻ nhánh rộ, sinh trưởng khá. Hợp tác xã đã cung ứng 38 tấn phân bón, nạo vét 4,5 km kênh mương nội đồng. Chăn nuôi ổn định, tổng đàn lợn có khoảng 6.800 con; diện tích nuôi ngao vùng bãi ngang duy trì 95 ha.
Thu ngân sách xã 4 tháng đạt 1,85 tỷ đồng, bằng 41,2% dự toán. Trong tháng có 23 lao động đi xuất khẩu lao động, nâng tổng số 4 tháng lên 61 người; các cơ sở nghề mộc, may thu hút khoảng 150 lao động địa phương với thu nhập bình quân 3 triệu đồng/người/tháng.
Về xây dựng nông thôn mới, xã đang triển khai Kế hoạch số 18/KH-UBND ngày 10/4/2012 của UBND xã về cứng hóa đường trục xóm. Đến nay xã đạt 11/19 tiêu chí theo Quyết định số 491/QĐ-TTg của Thủ tướng Chính phủ; nhân dân đã hiến 2.350 m2 đất, đóng góp 620 triệu đồng và trên 3.000 ngày công để làm 3,2 km đường. Phó Chủ tịch UBND xã phụ trách kinh tế Đoàn Văn Khải cho biết, tổng vốn cho các công trình năm 2012 dự kiến 9,6 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 50% giá trị xi măng.
Bà Phạm Thị Huệ, Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội, báo cáo: 3 trường học duy trì tốt nề nếp; trong tháng xã tổ chức cho 1.200 lượt người khám sàng lọc bệnh phụ khoa, cấp phát 215 thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi; chi trả trợ cấp cho 436 đối tượng bảo trợ xã hội với số tiền 118 triệu đồng.
Chủ tịch Hội Nông dân xã Nguyễn Văn Tuyến kiến nghị xã sớm dồn điền đổi thửa ở 3 xóm còn lại. Ông Trần Văn Hưng nhấn mạnh: tiếp tục quán triệt Nghị quyết số 26-NQ/TW ngày 5/8/2008 của BCH Trung ương Đảng khóa X về nông nghiệp, nông dân, nông thôn, làm tốt công tác dân vận để nhân dân tự nguyện hiến đất.
Kết luận giao ban, ông Vũ Đức Thắng giao các xóm hoàn thành thu quỹ, phòng trừ chuột và sâu cuốn lá nhỏ, chuẩn bị gieo cấy 25 ha mạ mùa sớm; phấn đấu tháng 5 xã đạt thêm 2 tiêu chí là giao thông và thủy lợi.
Văn Trọng
Tin khác
- Hải Hậu: 12 xã đăng ký đạt chuẩn nông thôn mới năm 2013 (20/04/2012)
- Nông dân Hải Đông thu lãi từ nuôi ngao (12/04/2012)
- Hội nghị giao ban khối dân vận huyện quý I (05/04/2012)
""", "2012-04-27", "Hải Đông: Tập trung chăm sóc lúa xuân, đẩy nhanh xây dựng nông thôn mới",
E("giao_ban", "2012-04", "2012-04-25"),
[P("Vũ Đức Thắng", "Chủ tịch UBND xã"),
 P("Trần Văn Hưng", "Bí thư Đảng ủy xã"),
 P("Đoàn Văn Khải", "Phó Chủ tịch UBND xã phụ trách kinh tế"),
 P("Phạm Thị Huệ", "Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội"),
 P("Nguyễn Văn Tuyến", "Chủ tịch Hội Nông dân xã")],
[Q("612 ha", 612, "ha"), Q("480 ha", 480, "ha"), Q("38 tấn", 38, "tấn"), Q("4,5 km", 4.5, "km"),
 Q("khoảng 6.800 con", 6800, "con", "approx"), Q("95 ha", 95, "ha"),
 Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("41,2%", 41.2, "%"), Q("23 lao động", 23, "lao động"),
 Q("61 người", 61, "người"), Q("khoảng 150 lao động", 150, "lao động", "approx"),
 Q("3 triệu đồng", 3000000, "đồng"),
 Q("11/19 tiêu chí", 11, "tiêu chí"), Q("2.350 m2", 2350, "m2"), Q("620 triệu đồng", 620000000, "đồng"),
 Q("trên 3.000 ngày công", 3000, "ngày công", "over"), Q("3,2 km", 3.2, "km"), Q("9,6 tỷ đồng", 9600000000, "đồng"),
 Q("50%", 50, "%"), Q("3 trường học", 3, "trường học"), Q("1.200 lượt người", 1200, "lượt người"),
 Q("215 thẻ bảo hiểm y tế", 215, "thẻ bảo hiểm y tế"), Q("436 đối tượng bảo trợ xã hội", 436, "đối tượng bảo trợ xã hội"),
 Q("118 triệu đồng", 118000000, "đồng"), Q("3 xóm", 3, "xóm"), Q("25 ha", 25, "ha"), Q("2 tiêu chí", 2, "tiêu chí")],
[D("Kế hoạch", "18", "KH-UBND", "2012-04-10", "UBND xã", "Kế hoạch số 18/KH-UBND ngày 10/4/2012"),
 D("Quyết định", "491", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 491/QĐ-TTg"),
 D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "BCH Trung ương Đảng", "Nghị quyết số 26-NQ/TW ngày 5/8/2008")],
[prov("Nam Định"), com("Hải Đông")],
["BÁO NAM ĐỊNH ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nam Định", "Kinh tế | Nông nghiệp - Nông thôn | Xây dựng nông thôn mới", "(NĐO)",
 "Ảnh: Cán bộ xã kiểm tra lúa xuân tại xóm 7."],
["Cập nhật: 09:42, 27/04/2012 (GMT+7)", "tháng 4/2012", "tháng 5", "4 tháng", "dưới 6 tuổi", "khóa X", "xóm 7"]))

PAGES.append(page("b8599-quangtri-ubndxa-giaoban-2013", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN TRIỆU PHONG
Bạn đang ở: Trang chủ / Tin tức / Hoạt động cơ sở
Ngày đăng 02/08/2013 | 16:20
Triệu Độ triển khai nhiệm vụ tháng 8, chủ động phòng chống lụt bão
Chiều 1/8, UBND xã Triệu Độ (huyện Triệu Phong, tỉnh Quảng Trị) tổ chức phiên họp thường kỳ đánh giá kết quả thực hiện nhiệm vụ kinh tế - xã hội, quốc phòng - an ninh tháng 7/2013, triển khai nhiệm vụ tháng 8. Chủ trì phiên họp có đồng chí Nguyễn Hữu Lộc, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Dự phiên họp có đồng chí Trần Thị Thu Hà, Bí thư Đảng ủy, Chủ tịch HĐND xã.
Báo cáo do đồng chí Lê Văn Hòa, Phó Chủ tịch UBND xã trình bày nêu rõ: vụ hè thu 2013 toàn xã gieo sạ 425 ha lúa, hiện đã thu hoạch được 310 ha, năng suất ước đạt 52 tạ/ha. Tổng đàn lợn khoảng 3.200 con; đã tiêm phòng dịch tai xanh cho 2.870 con lợn. Diện tích nuôi trồng thủy sản nước lợ 38 ha, sản lượng tôm thu hoạch trong tháng ước 21 tấn.
Thu ngân sách tháng 7 được 86 triệu đồng, 7 tháng được 610 triệu đồng, đạt 58% kế hoạch. Dự án đường liên thôn Phú Liêu - An Mô dài 1,8 km với tổng mức đầu tư 2,4 tỷ đồng đã hoàn thành 70% khối lượng. Xã đã phân bổ 60 tấn xi măng để các thôn làm đường theo Kế hoạch số 35/KH-UBND của UBND huyện Triệu Phong về hỗ trợ xi măng làm giao thông nông thôn.
Về văn hóa - xã hội, xã đã trao 25 suất học bổng cho học sinh nghèo vượt khó, mỗi suất trị giá 500.000 đồng; kết quả tuyển sinh đại học có 47 em trúng tuyển. Ủy ban MTTQ xã vận động Quỹ "Vì người nghèo" được 18,5 triệu đồng, hỗ trợ xây 2 nhà Đại đoàn kết. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 71,6%. Trạm Y tế xã khám, điều trị cho 540 lượt người; tổ chức tiêm chủng mở rộng cho 64 trẻ em. Nhân dịp kỷ niệm 66 năm Ngày Thương binh - Liệt sỹ (27/7), xã đã tặng 186 suất quà cho gia đình chính sách, trị giá 37,2 triệu đồng.
Thượng úy Nguyễn Đức Vinh, Trưởng Công an xã báo cáo tình hình an ninh trật tự ổn định; trong tháng xảy ra 2 vụ trộm cắp tài sản, đã điều tra làm rõ 1 vụ; lập biên bản 6 trường hợp khai thác cát trái phép trên sông Thạch Hãn. Ban Chỉ huy Quân sự xã tổ chức huấn luyện cho 42 dân quân.
Tại phiên họp, bà Hoàng Thị Lý - Phó Chủ tịch UBND xã đề nghị các thôn kiểm tra, gia cố 12 km đê bao; các ý kiến đề nghị thực hiện tốt Chỉ thị số 03-CT/HU của Ban Thường vụ Huyện ủy về phòng, chống lụt bão năm 2013.
Kết luận, đồng chí Nguyễn Hữu Lộc yêu cầu trong tháng 8 hoàn thành thu hoạch lúa hè thu, chuẩn bị đầy đủ phương án "4 tại chỗ", dự trữ 3 tấn gạo, 2.000 bao tải; tổ chức tốt các hoạt động kỷ niệm Ngày truyền thống lực lượng Công an nhân dân.
Hoàng Minh
Tin liên quan
- Triệu Phong giao ban công tác dân vận 6 tháng đầu năm (18/07/2013)
- Triệu Độ: ra mắt mô hình "Dân vận khéo" (02/07/2013)
- Xã Triệu Thuận hỗ trợ 30 hộ nghèo làm chuồng trại (25/06/2013)
""", "2013-08-02", "Triệu Độ triển khai nhiệm vụ tháng 8, chủ động phòng chống lụt bão",
E("giao_ban", "2013-07", "2013-08-01"),
[P("Nguyễn Hữu Lộc", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Trần Thị Thu Hà", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lê Văn Hòa", "Phó Chủ tịch UBND xã"),
 P("Nguyễn Đức Vinh", "Thượng úy", "Trưởng Công an xã"),
 P("Hoàng Thị Lý", "Phó Chủ tịch UBND xã")],
[Q("425 ha", 425, "ha"), Q("310 ha", 310, "ha"), Q("52 tạ/ha", 52, "tạ/ha"), Q("khoảng 3.200 con", 3200, "con", "approx"),
 Q("2.870 con lợn", 2870, "con lợn"), Q("38 ha", 38, "ha"), Q("21 tấn", 21, "tấn"),
 Q("86 triệu đồng", 86000000, "đồng"), Q("610 triệu đồng", 610000000, "đồng"), Q("58%", 58, "%"),
 Q("1,8 km", 1.8, "km"), Q("2,4 tỷ đồng", 2400000000, "đồng"), Q("70%", 70, "%"), Q("60 tấn", 60, "tấn"),
 Q("25 suất học bổng", 25, "suất học bổng"), Q("500.000 đồng", 500000, "đồng"), Q("47 em", 47, "em"),
 Q("18,5 triệu đồng", 18500000, "đồng"), Q("2 nhà Đại đoàn kết", 2, "nhà Đại đoàn kết"), Q("71,6%", 71.6, "%"), Q("540 lượt người", 540, "lượt người"), Q("64 trẻ em", 64, "trẻ em"),
 Q("186 suất quà", 186, "suất quà"), Q("37,2 triệu đồng", 37200000, "đồng"),
 Q("2 vụ trộm cắp tài sản", 2, "vụ trộm cắp tài sản"), Q("6 trường hợp", 6, "trường hợp"), Q("42 dân quân", 42, "dân quân"),
 Q("12 km", 12, "km"), Q("3 tấn", 3, "tấn"), Q("2.000 bao tải", 2000, "bao tải")],
[D("Kế hoạch", "35", "KH-UBND", None, "UBND huyện Triệu Phong", "Kế hoạch số 35/KH-UBND"),
 D("Chỉ thị", "03", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 03-CT/HU")],
[prov("Quảng Trị"), com("Triệu Độ")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN TRIỆU PHONG", "Bạn đang ở: Trang chủ / Tin tức / Hoạt động cơ sở", "Vì người nghèo",
 "4 tại chỗ", "Phú Liêu - An Mô", "Ngày truyền thống lực lượng Công an nhân dân"],
["Ngày đăng 02/08/2013 | 16:20", "tháng 7/2013", "tháng 8", "7 tháng", "1 vụ", "4 tại chỗ", "năm 2013", "66 năm", "27/7"]))

PAGES.append(page("b8600-soctrang-bdv-giaoban-2014", """
DÂN VẬN SÓC TRĂNG - Trang thông tin điện tử Ban Dân vận Tỉnh ủy
Trang chủ >> Dân vận cơ sở
08:15 | 03/06/2014
Xã Viên An giao ban tháng 5: thả nuôi 1.150 ha tôm nước lợ
Ngày 30/5/2014, UBND xã Viên An, huyện Trần Đề, tỉnh Sóc Trăng tổ chức giao ban đánh giá tình hình kinh tế - xã hội tháng 5 năm 2014. Đồng chí Thạch Sô Phanh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì. Cùng dự có đồng chí Lâm Văn Tiến, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy Trần Đề và ông Kim Thanh Liêm, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện.
Viên An là xã có 62% dân số là đồng bào Khmer, sinh sống ở 9 ấp. Theo báo cáo, đến cuối tháng 5 toàn xã thả nuôi 1.150 ha tôm nước lợ, trong đó 320 ha tôm thẻ chân trắng nuôi công nghiệp; tôm chết do thời tiết ở khoảng 12% diện tích. Lúa hè thu đã xuống giống 860 ha, đạt 91% kế hoạch; diện tích hành tím 145 ha, giá bán bình quân 18.000 đồng/kg.
Thu ngân sách trong tháng đạt 212 triệu đồng, 5 tháng đạt 1,06 tỷ đồng, bằng 44% dự toán. Ngân hàng Chính sách xã hội huyện giải ngân 2,3 tỷ đồng cho 96 hộ vay; tổng dư nợ trên địa bàn gần 14 tỷ đồng.
Về an sinh xã hội, xã đang xây dựng 45 căn nhà Đại đoàn kết, mức hỗ trợ 30 triệu đồng/căn, trong đó 18 căn cho hộ nghèo đồng bào Khmer theo Quyết định số 2621/QĐ-TTg của Thủ tướng Chính phủ; 7 căn cho người có công theo Quyết định số 22/2013/QĐ-TTg ngày 26/4/2013 của Thủ tướng Chính phủ. Xã còn 587 hộ nghèo, chiếm 16,8%, và 312 hộ cận nghèo. Trong tháng, xã đã phối hợp tổ chức 2 lớp dạy nghề sửa chữa máy nông nghiệp cho 60 lao động nông thôn; giới thiệu 28 lao động làm việc tại các khu công nghiệp ở Bình Dương. Tỷ lệ hộ dân sử dụng nước sạch đạt 78%.
Các chùa Khmer trên địa bàn phối hợp với xã mở 4 lớp dạy chữ Khmer hè cho 180 học sinh. Đại đức Lý Sà Phát, trụ trì chùa Prếk Chi Ku, cho biết nhà chùa đã vận động bà con hiến 1.200 m2 đất để làm đường vào sóc.
Bà Lâm Thị Sa Quênl, Chủ tịch Hội LHPN xã, đề nghị xã tiếp tục tín chấp để 35 hội viên nghèo vay vốn nuôi bò. Ông Danh Út, Trưởng Ban Nhân dân ấp Chợ nêu khó khăn về nước ngọt mùa khô.
Phát biểu tại giao ban, đồng chí Lâm Văn Tiến đề nghị xã tiếp tục thực hiện Chỉ thị 01, 02-CT/HU của Ban Thường vụ Huyện ủy về công tác dân vận trong vùng đồng bào Khmer và về vận động nhân dân tham gia xây dựng nông thôn mới. Kết luận, đồng chí Thạch Sô Phanh yêu cầu tháng 6 xuống giống xong lúa hè thu, hỗ trợ nông dân xử lý ao nuôi, hoàn thành bàn giao trên 20 căn nhà Đại đoàn kết.
Thạch Hiền
Tin khác
- Trần Đề: 36 mô hình "Dân vận khéo" được biểu dương (20/05/2014)
- Ban Dân vận Tỉnh ủy thăm chùa Khmer dịp Tết Chôl Chnăm Thmây (14/04/2014)
- Hội thi cán bộ dân vận giỏi huyện Mỹ Xuyên (02/04/2014)
""", "2014-06-03", "Xã Viên An giao ban tháng 5: thả nuôi 1.150 ha tôm nước lợ",
E("giao_ban", "2014-05", "2014-05-30"),
[P("Thạch Sô Phanh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lâm Văn Tiến", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy Trần Đề"),
 P("Kim Thanh Liêm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lý Sà Phát", "Đại đức", "trụ trì chùa Prếk Chi Ku"),
 P("Lâm Thị Sa Quênl", "Chủ tịch Hội LHPN xã"),
 P("Danh Út", "Trưởng Ban Nhân dân ấp Chợ")],
[Q("62%", 62, "%"), Q("9 ấp", 9, "ấp"), Q("1.150 ha", 1150, "ha"), Q("320 ha", 320, "ha"), Q("khoảng 12%", 12, "%", "approx"),
 Q("860 ha", 860, "ha"), Q("91%", 91, "%"), Q("145 ha", 145, "ha"), Q("18.000 đồng/kg", 18000, "đồng"),
 Q("212 triệu đồng", 212000000, "đồng"), Q("1,06 tỷ đồng", 1060000000, "đồng"), Q("44%", 44, "%"),
 Q("2,3 tỷ đồng", 2300000000, "đồng"), Q("96 hộ", 96, "hộ"), Q("gần 14 tỷ đồng", 14000000000, "đồng", "approx"),
 Q("45 căn nhà Đại đoàn kết", 45, "căn nhà Đại đoàn kết"), Q("30 triệu đồng/căn", 30000000, "đồng"), Q("18 căn", 18, "căn"),
 Q("7 căn", 7, "căn"), Q("587 hộ nghèo", 587, "hộ nghèo"), Q("16,8%", 16.8, "%"), Q("312 hộ cận nghèo", 312, "hộ cận nghèo"),
 Q("2 lớp dạy nghề sửa chữa máy nông nghiệp", 2, "lớp dạy nghề sửa chữa máy nông nghiệp"), Q("60 lao động nông thôn", 60, "lao động nông thôn"),
 Q("28 lao động", 28, "lao động"), Q("78%", 78, "%"),
 Q("4 lớp dạy chữ Khmer hè", 4, "lớp dạy chữ Khmer hè"), Q("180 học sinh", 180, "học sinh"), Q("1.200 m2", 1200, "m2"),
 Q("35 hội viên nghèo", 35, "hội viên nghèo"), Q("trên 20 căn nhà Đại đoàn kết", 20, "căn nhà Đại đoàn kết", "over")],
[D("Quyết định", "2621", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2621/QĐ-TTg"),
 D("Quyết định", "22", "2013/QĐ-TTg", "2013-04-26", "Thủ tướng Chính phủ", "Quyết định số 22/2013/QĐ-TTg ngày 26/4/2013"),
 D("Chỉ thị", "01", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 01, 02-CT/HU"),
 D("Chỉ thị", "02", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 01, 02-CT/HU")],
[prov("Sóc Trăng"), com("Viên An"), prov("Bình Dương")],
["DÂN VẬN SÓC TRĂNG - Trang thông tin điện tử Ban Dân vận Tỉnh ủy", "Trang chủ >> Dân vận cơ sở", "Prếk Chi Ku"],
["08:15 | 03/06/2014", "tháng 5 năm 2014", "5 tháng", "tháng 6"]))

PAGES.append(page("b8601-thanhhoa-ubndphuong-giaobanquy-2015", """
BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Thời sự › Đô thị › Phường, xã
17/04/2015 - 10:05
Ảnh: Lãnh đạo phường Đông Vệ kiểm tra công trình chỉnh trang khu dân cư.
Phường Đông Vệ thu ngân sách quý I đạt 28,5% dự toán
Sáng 15/4, UBND phường Đông Vệ (TP Thanh Hóa) tổ chức hội nghị giao ban đánh giá tình hình kinh tế - xã hội, quốc phòng - an ninh quý I năm 2015, triển khai nhiệm vụ quý II. Đồng chí Lê Quang Hùng, Thành ủy viên, Bí thư Đảng ủy phường và đồng chí Nguyễn Thị Minh Thu, Phó Bí thư Đảng ủy, Chủ tịch UBND phường đồng chủ trì.
Báo cáo của UBND phường cho biết, quý I giá trị sản xuất các ngành ước đạt 386 tỷ đồng, tăng 11,4% so với cùng kỳ; trong đó thương mại - dịch vụ chiếm 61%. Trên địa bàn có thêm 14 doanh nghiệp và 52 hộ kinh doanh cá thể đăng ký mới, nâng tổng số lên 318 doanh nghiệp. Thu ngân sách đạt 4,86 tỷ đồng, bằng 28,5% dự toán thành phố giao; riêng thu từ đấu giá quyền sử dụng đất 2,1 tỷ đồng.
Về quản lý đô thị, phường đã cấp 37 giấy phép xây dựng, kiểm tra và xử lý 12 trường hợp vi phạm trật tự xây dựng, lập biên bản 45 hộ lấn chiếm vỉa hè, thu phạt 16,5 triệu đồng. Công tác giải phóng mặt bằng dự án khu dân cư Đông Vệ 3 đã chi trả 9,7 tỷ đồng cho 64 hộ; còn 6 hộ chưa nhận tiền bồi thường.
Trong quý, phường tổ chức thành công Lễ giao nhận quân năm 2015 với 26 thanh niên lên đường nhập ngũ, đạt 100% chỉ tiêu; giải quyết việc làm mới cho 210 lao động. Hội Chữ thập đỏ và các đoàn thể đã trao 350 suất quà Tết cho hộ nghèo, gia đình chính sách với tổng trị giá 147 triệu đồng. Phường còn 41 hộ nghèo, tỷ lệ 0,98%.
Các đồng chí Phó Chủ tịch UBND phường Hoàng Văn Tú và Lê Thị Hằng báo cáo thêm về việc triển khai Nghị quyết số 05-NQ/ĐU của Đảng ủy phường về xây dựng phường văn minh đô thị giai đoạn 2015 - 2020 và Kế hoạch số 12/KH-UBND ngày 20/1/2015 của UBND phường về chỉnh trang 11 khu phố. Ông Trịnh Văn Long, Chủ tịch Ủy ban MTTQ phường, cho biết qua giám sát, nhân dân còn phản ánh về tiếng ồn của 3 cơ sở sản xuất trong khu dân cư.
Theo ông Đỗ Mạnh Cường, Trưởng Công an phường, quý I xảy ra 9 vụ phạm pháp hình sự, giảm 4 vụ so với cùng kỳ; đã bắt, xử lý 7 đối tượng. Phường đã vận động 98% số hộ ký cam kết không sử dụng pháo nổ dịp Tết.
Phát biểu chỉ đạo, đồng chí Lê Quang Hùng yêu cầu tiếp tục thực hiện Chỉ thị số 03-CT/TW của Bộ Chính trị gắn với phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; quý II phấn đấu thu ngân sách đạt trên 60% dự toán, hoàn thành giải phóng mặt bằng 2 dự án trọng điểm.
Minh Hằng
Tin cùng chuyên mục
- Phường Ba Đình ra mắt mô hình "Tuyến phố văn minh" (10/04/2015)
- TP Thanh Hóa: 37 xã, phường giao ban công tác dân vận quý I (07/04/2015)
- Phường Đông Sơn hoàn thành giao quân năm 2015 (25/02/2015)
""", "2015-04-17", "Phường Đông Vệ thu ngân sách quý I đạt 28,5% dự toán",
E("giao_ban", "2015-Q1", "2015-04-15"),
[P("Lê Quang Hùng", "Thành ủy viên", "Bí thư Đảng ủy phường"),
 P("Nguyễn Thị Minh Thu", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Hoàng Văn Tú", "Phó Chủ tịch UBND phường"),
 P("Lê Thị Hằng", "Phó Chủ tịch UBND phường"),
 P("Trịnh Văn Long", "Chủ tịch Ủy ban MTTQ phường"),
 P("Đỗ Mạnh Cường", "Trưởng Công an phường")],
[Q("28,5%", 28.5, "%"), Q("386 tỷ đồng", 386000000000, "đồng"), Q("11,4%", 11.4, "%"), Q("61%", 61, "%"),
 Q("14 doanh nghiệp", 14, "doanh nghiệp"), Q("52 hộ kinh doanh cá thể", 52, "hộ kinh doanh cá thể"),
 Q("318 doanh nghiệp", 318, "doanh nghiệp"), Q("4,86 tỷ đồng", 4860000000, "đồng"), Q("2,1 tỷ đồng", 2100000000, "đồng"),
 Q("37 giấy phép xây dựng", 37, "giấy phép xây dựng"), Q("12 trường hợp", 12, "trường hợp"),
 Q("45 hộ", 45, "hộ"), Q("16,5 triệu đồng", 16500000, "đồng"), Q("9,7 tỷ đồng", 9700000000, "đồng"), Q("64 hộ", 64, "hộ"),
 Q("6 hộ", 6, "hộ"), Q("26 thanh niên", 26, "thanh niên"), Q("100%", 100, "%"), Q("210 lao động", 210, "lao động"),
 Q("350 suất quà Tết", 350, "suất quà"), Q("147 triệu đồng", 147000000, "đồng"), Q("41 hộ nghèo", 41, "hộ nghèo"),
 Q("0,98%", 0.98, "%"), Q("11 khu phố", 11, "khu phố"), Q("3 cơ sở sản xuất", 3, "cơ sở sản xuất"),
 Q("9 vụ phạm pháp hình sự", 9, "vụ phạm pháp hình sự"), Q("4 vụ", 4, "vụ"), Q("7 đối tượng", 7, "đối tượng"),
 Q("98%", 98, "%"), Q("trên 60%", 60, "%", "over"), Q("2 dự án trọng điểm", 2, "dự án trọng điểm")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết số 05-NQ/ĐU"),
 D("Kế hoạch", "12", "KH-UBND", "2015-01-20", "UBND phường", "Kế hoạch số 12/KH-UBND ngày 20/1/2015"),
 D("Chỉ thị", "03", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 03-CT/TW")],
[prov("Thanh Hóa"), com("Đông Vệ")],
["BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Thời sự › Đô thị › Phường, xã",
 "Ảnh: Lãnh đạo phường Đông Vệ kiểm tra công trình chỉnh trang khu dân cư.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lễ giao nhận quân năm 2015", "Đông Vệ 3"],
["17/04/2015 - 10:05", "quý I năm 2015", "quý II", "giai đoạn 2015 - 2020", "năm 2015"]))

PAGES.append(page("b8602-daklak-ubndxa-giaoban-2016", """
Cổng thông tin điện tử thành phố Buôn Ma Thuột
Tin tức › Hoạt động xã, phường
Hôm nay: Thứ Năm, 08/12/2016
Xã Ea Tu: Thu hoạch được 1.240 ha cà phê, giá bán tăng
Thứ Hai, 05/12/2016
Ngày 2/12, UBND xã Ea Tu (TP Buôn Ma Thuột, tỉnh Đắk Lắk) tổ chức họp giao ban đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh tháng 11 năm 2016 và triển khai nhiệm vụ tháng 12. Ông Y Blin Niê, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì cuộc họp.
Quang cảnh cuộc họp giao ban tháng 11.
Theo báo cáo, tính đến cuối tháng 11 nông dân trong xã đã thu hoạch được 1.240 ha cà phê trong tổng số 1.615 ha, năng suất bình quân 2,8 tấn nhân/ha; giá cà phê nhân xô hiện khoảng 44.000 đồng/kg, tăng 6.000 đồng so với tháng trước. Diện tích hồ tiêu 210 ha, trong đó 35 ha bị bệnh chết nhanh, chết chậm. Xã phối hợp Trạm Khuyến nông thành phố tổ chức 3 lớp tập huấn tái canh cà phê cho 150 lượt nông dân.
Thu ngân sách tháng 11 được 165 triệu đồng, lũy kế 11 tháng 2,03 tỷ đồng, đạt 92,4% kế hoạch. Về xây dựng nông thôn mới, xã đã đạt 17/19 tiêu chí; 6 buôn đồng bào Êđê đã bê tông hóa được 4,6 km đường với sự đóng góp của nhân dân 780 triệu đồng.
Bà H'Lim Mlô, Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội cho biết, các trường trên địa bàn có 2.136 học sinh, trong đó 864 em là người Êđê; xã đã vận động 12 học sinh bỏ học trở lại lớp. Trạm Y tế xã khám bệnh cho 426 lượt người, phun hóa chất phòng sốt xuất huyết tại 2 buôn có ổ dịch, nơi ghi nhận 17 ca sốt xuất huyết. Rà soát sơ bộ, xã còn 96 hộ nghèo, 74 hộ cận nghèo; Ngân hàng Chính sách xã hội giải ngân 1,2 tỷ đồng cho 40 hộ.
Ông Y Kông Byă, Trưởng buôn Kram, người có uy tín, đề nghị xã hỗ trợ giống để bà con trồng xen cây ăn quả. Bà H'Nga Êban, Chủ tịch Hội LHPN xã, báo cáo Hội đã thành lập 2 tổ hợp tác dệt thổ cẩm với 28 thành viên. Đồng chí Nguyễn Văn Quyết, ĐUV, Trưởng Công an xã thông tin, trong tháng không để xảy ra tụ tập đông người; đã vận động 5 hộ ở buôn Kram từ bỏ "Tin lành Đề Ga".
Các đại biểu cũng góp ý vào dự thảo Kế hoạch số 86/KH-UBND của UBND xã về tổ chức Ngày hội Văn hóa các dân tộc, và đề nghị thực hiện tốt Quyết định số 755/QĐ-TTg ngày 20/5/2013 của Thủ tướng Chính phủ về hỗ trợ đất ở, đất sản xuất, nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo.
Kết luận, ông Y Blin Niê yêu cầu tập trung thu hoạch cà phê, bảo vệ an ninh nông thôn mùa thu hoạch; phấn đấu đến ngày 31/12 hoàn thành 100% chỉ tiêu thu ngân sách, đạt thêm 2 tiêu chí nông thôn mới.
H'Xuân
Tin liên quan
- Phường Tân Lợi giao ban tháng 11 (01/12/2016)
- Hòa Thắng: 200 hộ dân được hỗ trợ giống cà phê tái canh (24/11/2016)
- Buôn Ma Thuột tổng kết Ngày hội Đại đoàn kết toàn dân tộc (18/11/2016)
""", "2016-12-05", "Xã Ea Tu: Thu hoạch được 1.240 ha cà phê, giá bán tăng",
E("giao_ban", "2016-11", "2016-12-02"),
[P("Y Blin Niê", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("H'Lim Mlô", "Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội"),
 P("Y Kông Byă", "Trưởng buôn Kram", "người có uy tín"),
 P("H'Nga Êban", "Chủ tịch Hội LHPN xã"),
 P("Nguyễn Văn Quyết", "ĐUV", "Trưởng Công an xã")],
[Q("1.240 ha", 1240, "ha"), Q("1.615 ha", 1615, "ha"), Q("2,8 tấn nhân/ha", 2.8, "tấn nhân/ha"),
 Q("khoảng 44.000 đồng/kg", 44000, "đồng", "approx"), Q("6.000 đồng", 6000, "đồng"), Q("210 ha", 210, "ha"), Q("35 ha", 35, "ha"),
 Q("3 lớp tập huấn tái canh cà phê", 3, "lớp tập huấn tái canh cà phê"), Q("150 lượt nông dân", 150, "lượt nông dân"),
 Q("165 triệu đồng", 165000000, "đồng"), Q("2,03 tỷ đồng", 2030000000, "đồng"), Q("92,4%", 92.4, "%"),
 Q("17/19 tiêu chí", 17, "tiêu chí"), Q("6 buôn đồng bào Êđê", 6, "buôn đồng bào Êđê"), Q("4,6 km", 4.6, "km"),
 Q("780 triệu đồng", 780000000, "đồng"), Q("2.136 học sinh", 2136, "học sinh"), Q("864 em", 864, "em"),
 Q("12 học sinh", 12, "học sinh"), Q("426 lượt người", 426, "lượt người"), Q("2 buôn", 2, "buôn"), Q("17 ca sốt xuất huyết", 17, "ca sốt xuất huyết"),
 Q("96 hộ nghèo", 96, "hộ nghèo"), Q("74 hộ cận nghèo", 74, "hộ cận nghèo"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("40 hộ", 40, "hộ"), Q("2 tổ hợp tác dệt thổ cẩm", 2, "tổ hợp tác dệt thổ cẩm"), Q("28 thành viên", 28, "thành viên"),
 Q("5 hộ", 5, "hộ"), Q("100%", 100, "%"), Q("2 tiêu chí nông thôn mới", 2, "tiêu chí nông thôn mới")],
[D("Kế hoạch", "86", "KH-UBND", None, "UBND xã", "Kế hoạch số 86/KH-UBND"),
 D("Quyết định", "755", "QĐ-TTg", "2013-05-20", "Thủ tướng Chính phủ", "Quyết định số 755/QĐ-TTg ngày 20/5/2013")],
[prov("Đắk Lắk"), com("Ea Tu")],
["Cổng thông tin điện tử thành phố Buôn Ma Thuột", "Tin tức › Hoạt động xã, phường", "Hôm nay: Thứ Năm, 08/12/2016",
 "Quang cảnh cuộc họp giao ban tháng 11.", "Tin lành Đề Ga", "Ngày hội Văn hóa các dân tộc", "Kram"],
["Hôm nay: Thứ Năm, 08/12/2016", "Thứ Hai, 05/12/2016", "tháng 11 năm 2016", "tháng 12", "11 tháng", "ngày 31/12"]))
