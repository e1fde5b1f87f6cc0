from lib import *
PAGES = []

PAGES.append(page("b4451-hatinh-tttn-giaoban-2017", """
BÁO HÀ TĨNH ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
15:32 | Thứ Hai, 09/10/2017
Vị trí: Trang chủ / Chính trị / Mặt trận - Đoàn thể
Nhiều kiến nghị của Ban Thanh tra nhân dân chưa được trả lời
Ngày 6/10, Ủy ban MTTQ tỉnh Hà Tĩnh tổ chức giao ban công tác giám sát của Ban Thanh tra nhân dân (TTND) và Ban Giám sát đầu tư của cộng đồng quý III/2017 với Ủy ban MTTQ 13 huyện, thành phố, thị xã. Đồng chí Võ Thị Hồng Hạnh, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh chủ trì.
Đồng chí Võ Thị Hồng Hạnh phát biểu kết luận giao ban. Ảnh: Thu Phương
Theo báo cáo, trong quý III, các Ban TTND trên địa bàn tỉnh đã thực hiện 346 cuộc giám sát, tập trung vào việc huy động các khoản đóng góp xây dựng nông thôn mới, chi trả bồi thường giải phóng mặt bằng và việc thực hiện chính sách hỗ trợ người dân 4 tỉnh miền Trung bị ảnh hưởng sự cố môi trường biển. Qua giám sát, Ban TTND đã đưa ra 183 kiến nghị, nhưng mới có 127 kiến nghị được chính quyền trả lời bằng văn bản, chiếm gần 69,4%.
Ban GSĐTCĐ các xã, phường đã giám sát 215 công trình với tổng mức đầu tư khoảng 386 tỷ đồng; phát hiện 14 công trình chậm tiến độ, 6 công trình thi công không đúng thiết kế. Đáng chú ý, Ban GSĐTCĐ xã Cẩm Lạc phát hiện nhà thầu sử dụng đá dăm không đúng chủng loại tại tuyến kênh N4, buộc đơn vị thi công phải tháo dỡ 85 m kênh để làm lại.
Tại giao ban, bà Phan Thị Lý, Chủ tịch Ủy ban MTTQ huyện Kỳ Anh cho rằng việc người đứng đầu một số xã "ngại" đối thoại với Ban TTND khiến đơn thư kéo dài; ông Trần Đình Thám, Trưởng ban TTND xã Thạch Kim đề nghị tập huấn riêng cho thành viên Ban ở các xã ven biển. Các ông Đặng Văn Lợi, Nguyễn Hữu Đàn - Phó Chủ tịch Ủy ban MTTQ huyện Can Lộc chia sẻ cách làm đưa kết quả giám sát lên bảng tin khu dân cư.
Phát biểu kết luận, đồng chí Võ Thị Hồng Hạnh yêu cầu quý IV tập trung triển khai Nghị định số 159/2016/NĐ-CP của Chính phủ và Thông tư số 63/2017/TT-BTC của Bộ Tài chính về kinh phí hoạt động của Ban TTND, bảo đảm mỗi Ban được cấp tối thiểu 5 triệu đồng/năm; thực hiện nghiêm Quy chế phối hợp số 09/QCPH-MTTQ-UBND giữa Ủy ban MTTQ và UBND tỉnh, đồng thời chuẩn bị sơ kết 3 năm thực hiện Quyết định 217, 218-QĐ/TW của Bộ Chính trị.
Đồng chí cũng đề nghị Ủy ban MTTQ cấp huyện lập danh sách các kiến nghị quá hạn, gửi về Thường trực Ủy ban MTTQ tỉnh trước ngày 20/10 để tổng hợp, báo cáo Thường trực Tỉnh ủy.
Thu Phương
Lượt xem: 1.532
Tin liên quan
- Ủy ban MTTQ tỉnh giao ban công tác quý II/2017 (07/07/2017)
- Hương Khê: kiện toàn Ban Thanh tra nhân dân 22 xã (21/06/2017)
- Giám sát việc bồi thường thiệt hại do sự cố môi trường biển (05/05/2017)
- Lộc Hà: tập huấn nghiệp vụ cho 200 thành viên Ban TTND (20/04/2017)
""", "2017-10-09", "Nhiều kiến nghị của Ban Thanh tra nhân dân chưa được trả lời",
E("giao_ban", "2017-Q3", "2017-10-06"),
[P("Võ Thị Hồng Hạnh", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Phan Thị Lý", "Chủ tịch Ủy ban MTTQ huyện Kỳ Anh"),
 P("Trần Đình Thám", "Trưởng ban TTND xã Thạch Kim"),
 P("Đặng Văn Lợi", "Phó Chủ tịch Ủy ban MTTQ huyện Can Lộc"),
 P("Nguyễn Hữu Đàn", "Phó Chủ tịch Ủy ban MTTQ huyện Can Lộc")],
[Q("13 huyện, thành phố, thị xã", 13, "huyện, thành phố, thị xã"), Q("4 tỉnh miền Trung", 4, "tỉnh miền Trung"), Q("346 cuộc giám sát", 346, "cuộc giám sát"),
 Q("183 kiến nghị", 183, "kiến nghị"), Q("127 kiến nghị", 127, "kiến nghị"), Q("gần 69,4%", 69.4, "%", "approx"),
 Q("215 công trình", 215, "công trình"), Q("khoảng 386 tỷ đồng", 386000000000, "đồng", "approx"),
 Q("14 công trình", 14, "công trình"), Q("6 công trình", 6, "công trình"), Q("85 m", 85, "m"),
 Q("tối thiểu 5 triệu đồng", 5000000, "đồng")],
[D("Nghị định", "159", "2016/NĐ-CP", None, "Chính phủ", "Nghị định số 159/2016/NĐ-CP"),
 D("Thông tư", "63", "2017/TT-BTC", None, "Bộ Tài chính", "Thông tư số 63/2017/TT-BTC"),
 D("Quy chế phối hợp", "09", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 09/QCPH-MTTQ-UBND"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW")],
[prov("Hà Tĩnh"), com("Cẩm Lạc"), com("Thạch Kim")],
["BÁO HÀ TĨNH ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "Vị trí: Trang chủ / Chính trị / Mặt trận - Đoàn thể",
 "Đồng chí Võ Thị Hồng Hạnh phát biểu kết luận giao ban. Ảnh: Thu Phương", "Lượt xem: 1.532"],
["15:32 | Thứ Hai, 09/10/2017", "quý III/2017", "quý III", "quý IV", "3 năm", "ngày 20/10", "Lượt xem: 1.532"]))

PAGES.append(page("b4452-binhdinh-tttn-hoinghi-2018", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Định
Trang chủ | Tin tức - Sự kiện | Giám sát, phản biện xã hội
Thứ Năm, 15/11/2018, 10:12
Ảnh: Các Ban TTND tiêu biểu nhận bằng khen.
Biểu dương 45 Ban Thanh tra nhân dân tiêu biểu giai đoạn 2014 - 2018
Ngày 14/11, Ủy ban MTTQ Việt Nam tỉnh Bình Định tổ chức Hội nghị biểu dương Ban Thanh tra nhân dân (TTND) tiêu biểu năm 2018, nhân kỷ niệm 88 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam. Dự hội nghị có đồng chí Hồ Quốc Dũng, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Đặng Xuân Thanh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cùng 210 đại biểu.
Báo cáo tại hội nghị cho biết, giai đoạn 2014 - 2018, 159 Ban TTND xã, phường, thị trấn đã tổ chức 4.870 cuộc giám sát; tiếp nhận 1.126 đơn thư, kiến nghị, kiến nghị cơ quan có thẩm quyền giải quyết 1.083 đơn thư, đạt 96,2%; phát hiện 218 vụ việc sai phạm, kiến nghị thu hồi hơn 3,4 tỷ đồng và 12.600 m2 đất công bị lấn chiếm. Ban Giám sát đầu tư của cộng đồng đã giám sát 2.317 công trình, dự án, trong đó có 1.045 công trình giao thông nông thôn.
Tại hội nghị, đại diện các Ban TTND phường Nhơn Bình, xã Cát Hanh, xã An Toàn trình bày tham luận. Ông Đinh Văn Nước, người Ba Na, Trưởng ban TTND xã An Toàn chia sẻ: Ban đã giám sát việc cấp phát 4.200 cây giống keo cho 96 hộ đồng bào, phát hiện 1.300 cây kém chất lượng, kiến nghị đơn vị cung ứng đổi lại. Bà Lê Thị Kim Phượng, Trưởng ban TTND phường Nhơn Bình kể lại việc Ban giám sát việc chi trả bồi thường dự án đường ven biển, giúp 28 hộ được tính lại giá trị bồi thường đúng quy định.
Phát biểu tại hội nghị, đồng chí Hồ Quốc Dũng ghi nhận hoạt động của Ban TTND đã góp phần thực hiện Quy chế dân chủ ở cơ sở, xây dựng chính quyền trong sạch; đề nghị cấp ủy, chính quyền tiếp tục thực hiện Kết luận 120, 121-KL/TU của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả giám sát của Mặt trận và Nghị định số 159/2016/NĐ-CP ngày 29/11/2016 của Chính phủ; bảo đảm kinh phí, kịp thời trả lời kiến nghị của Ban TTND.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 45 Ban TTND tiêu biểu và 62 cá nhân có thành tích xuất sắc; mỗi tập thể được thưởng 1,5 triệu đồng, mỗi cá nhân 800.000 đồng. Trước đó, Ủy ban MTTQ các huyện, thị xã, thành phố đã biểu dương khoảng 320 thành viên Ban TTND tiêu biểu ở cơ sở.
Được biết, thực hiện Kế hoạch số 47/KH-MTTQ-BTT ngày 02/10/2018 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, từ nay đến hết quý I/2019, các địa phương sẽ hoàn thành kiện toàn Ban TTND nhiệm kỳ 2019 - 2021 gắn với Đại hội Mặt trận cấp xã, phấn đấu ít nhất 30% thành viên là nữ, người trẻ.
Ngọc Tú
Lượt truy cập: 12.775
Tin khác
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 11 (08/11/2018)
- Phù Cát: trao 30 nhà Đại đoàn kết cho hộ nghèo (29/10/2018)
- Hoài Nhơn đối thoại với nhân dân về bồi thường, giải phóng mặt bằng (18/10/2018)
""", "2018-11-15", "Biểu dương 45 Ban Thanh tra nhân dân tiêu biểu giai đoạn 2014 - 2018",
E("hoi_nghi", "2018", "2018-11-14"),
[P("Hồ Quốc Dũng", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Đặng Xuân Thanh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Nước", "Trưởng ban TTND xã An Toàn"),
 P("Lê Thị Kim Phượng", "Trưởng ban TTND phường Nhơn Bình")],
[Q("45 Ban Thanh tra nhân dân tiêu biểu", 45, "Ban Thanh tra nhân dân tiêu biểu"), Q("210 đại biểu", 210, "đại biểu"),
 Q("159 Ban TTND xã, phường, thị trấn", 159, "Ban TTND xã, phường, thị trấn"), Q("4.870 cuộc giám sát", 4870, "cuộc giám sát"),
 Q("1.126 đơn thư, kiến nghị", 1126, "đơn thư, kiến nghị"), Q("1.083 đơn thư", 1083, "đơn thư"), Q("96,2%", 96.2, "%"),
 Q("218 vụ việc sai phạm", 218, "vụ việc sai phạm"), Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"),
 Q("12.600 m2", 12600, "m2"), Q("2.317 công trình, dự án", 2317, "công trình, dự án"),
 Q("1.045 công trình giao thông nông thôn", 1045, "công trình giao thông nông thôn"), Q("4.200 cây giống keo", 4200, "cây giống keo"),
 Q("96 hộ đồng bào", 96, "hộ đồng bào"), Q("1.300 cây", 1300, "cây"), Q("28 hộ", 28, "hộ"),
 Q("62 cá nhân", 62, "cá nhân"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("800.000 đồng", 800000, "đồng"),
 Q("khoảng 320 thành viên Ban TTND tiêu biểu", 320, "thành viên Ban TTND tiêu biểu", "approx"), Q("ít nhất 30%", 30, "%", "over")],
[D("Kết luận", "120", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 120, 121-KL/TU"),
 D("Kết luận", "121", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 120, 121-KL/TU"),
 D("Nghị định", "159", "2016/NĐ-CP", "2016-11-29", "Chính phủ", "Nghị định số 159/2016/NĐ-CP ngày 29/11/2016"),
 D("Kế hoạch", "47", "KH-MTTQ-BTT", "2018-10-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 47/KH-MTTQ-BTT ngày 02/10/2018")],
[prov("Bình Định"), com("Nhơn Bình"), com("Cát Hanh"), com("An Toàn")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Định", "Trang chủ | Tin tức - Sự kiện | Giám sát, phản biện xã hội",
 "Ảnh: Các Ban TTND tiêu biểu nhận bằng khen.", "Quy chế dân chủ ở cơ sở", "Lượt truy cập: 12.775"],
["Thứ Năm, 15/11/2018, 10:12", "giai đoạn 2014 - 2018", "88 năm", "năm 2018", "quý I/2019", "nhiệm kỳ 2019 - 2021", "Lượt truy cập: 12.775"]))

PAGES.append(page("b4453-camau-tttn-doithoai-2019", """
Báo Cà Mau điện tử
Thời sự > Chính trị - Xã hội
21.06.2019 | 16:05
Người dân hỏi, Ban Thanh tra nhân dân và chính quyền cùng trả lời
Sáng 20/6, tại hội trường UBND xã Tân Hưng Đông, Đảng ủy, UBND và Ủy ban MTTQ xã phối hợp tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2019, với chủ đề "Công khai, minh bạch các khoản đóng góp và việc giải quyết đơn thư". Tham dự có hơn 180 hộ dân ở 11 ấp và đại diện Ban Thanh tra nhân dân (TTND), Ban Giám sát đầu tư của cộng đồng xã.
Quang cảnh buổi đối thoại tại xã Tân Hưng Đông.
Chủ trì đối thoại là các đồng chí: Lê Hoàng Minh, Bí thư Đảng ủy, Chủ tịch HĐND xã; Huỳnh Văn Chiến, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Ông Trương Văn Tài, Trưởng ban TTND xã báo cáo: từ đầu năm, Ban đã tiếp nhận 16 đơn thư, giám sát 4 cuộc hòa giải tranh chấp ranh đất, giám sát việc thu 2.000 đồng/m2 đất để xây dựng cống thủy lợi ấp Tân Long. Qua giám sát, Ban kiến nghị trả lại cho 34 hộ số tiền thu trùng hơn 27 triệu đồng.
Tại buổi đối thoại, 21 lượt ý kiến của người dân được nêu lên, tập trung vào tiến độ làm lộ giao thông nông thôn, việc xét hộ nghèo và chuyển đổi cây trồng, vật nuôi trên đất lúa. Ông Lý Văn Sên, người dân ấp Đường Đào phản ánh công trình lộ bê tông dài 2,3 km mới làm xong đã bị nứt ở nhiều đoạn. Ông Phan Văn Đức, Phó Trưởng ban GSĐTCĐ xã cho biết Ban đã phát hiện 3 đoạn nứt dài khoảng 60 m, lập biên bản đề nghị nhà thầu bảo hành theo Quyết định số 80/2005/QĐ-TTg và Thông tư số 13/2006/TT-BKH.
Đồng chí Huỳnh Văn Chiến trả lời trực tiếp 18 ý kiến; 3 ý kiến còn lại thuộc thẩm quyền cấp huyện được ghi nhận, chuyển UBND huyện Cái Nước trả lời trong 15 ngày. Đồng chí Lê Hoàng Minh yêu cầu UBND xã công khai các khoản thu tại 11 ấp; thực hiện nghiêm Chỉ thị 10, 11-CT/HU của Ban Thường vụ Huyện ủy về tiếp dân, đối thoại, và Kế hoạch số 23-KH/ĐU của Đảng ủy xã về thực hiện Quy chế dân chủ ở cơ sở năm 2019.
Theo bà Nguyễn Thị Mộng Thu, Chủ tịch Ủy ban MTTQ xã Tân Hưng Đông, hội nghị đối thoại được tổ chức định kỳ mỗi năm 2 lần, kết quả giải quyết được Ban TTND giám sát và thông báo lại tại các cuộc họp ấp.
Được biết, năm 2019 toàn tỉnh Cà Mau có 101 xã, phường, thị trấn tổ chức đối thoại trực tiếp với nhân dân; Ủy ban MTTQ tỉnh chọn Tân Hưng Đông làm điểm để rút kinh nghiệm về việc gắn đối thoại với hoạt động giám sát của Ban TTND. Nhiều hộ dân cho biết, sau mỗi lần đối thoại, những việc chính quyền hứa đều được Ban TTND theo dõi đến cùng.
Hồng Nhung
Lượt xem: 890
Tin liên quan
- Cái Nước: 95% ấp, khóm đạt khu dân cư văn hóa (12/06/2019)
- Trần Văn Thời tập huấn nghiệp vụ Ban TTND (30/05/2019)
- Phú Tân đối thoại về bồi thường dự án điện gió (18/05/2019)
""", "2019-06-21", "Người dân hỏi, Ban Thanh tra nhân dân và chính quyền cùng trả lời",
E("doi_thoai", "2019", "2019-06-20"),
[P("Lê Hoàng Minh", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Huỳnh Văn Chiến", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Trương Văn Tài", "Trưởng ban TTND xã"),
 P("Lý Văn Sên"),
 P("Phan Văn Đức", "Phó Trưởng ban GSĐTCĐ xã"),
 P("Nguyễn Thị Mộng Thu", "Chủ tịch Ủy ban MTTQ xã Tân Hưng Đông")],
[Q("hơn 180 hộ dân", 180, "hộ dân", "over"), Q("11 ấp", 11, "ấp"), Q("16 đơn thư", 16, "đơn thư"),
 Q("4 cuộc hòa giải tranh chấp ranh đất", 4, "cuộc hòa giải tranh chấp ranh đất"), Q("2.000 đồng", 2000, "đồng"),
 Q("34 hộ", 34, "hộ"), Q("hơn 27 triệu đồng", 27000000, "đồng", "over"), Q("21 lượt ý kiến", 21, "lượt ý kiến"),
 Q("2,3 km", 2.3, "km"), Q("3 đoạn nứt", 3, "đoạn nứt"), Q("khoảng 60 m", 60, "m", "approx"), Q("18 ý kiến", 18, "ý kiến"),
 Q("3 ý kiến", 3, "ý kiến"), Q("101 xã, phường, thị trấn", 101, "xã, phường, thị trấn")],
[D("Quyết định", "80", "2005/QĐ-TTg", None, None, "Quyết định số 80/2005/QĐ-TTg"),
 D("Thông tư", "13", "2006/TT-BKH", None, None, "Thông tư số 13/2006/TT-BKH"),
 D("Chỉ thị", "10", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 10, 11-CT/HU"),
 D("Chỉ thị", "11", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 10, 11-CT/HU"),
 D("Kế hoạch", "23", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 23-KH/ĐU")],
[prov("Cà Mau"), com("Tân Hưng Đông")],
["Báo Cà Mau điện tử", "Thời sự > Chính trị - Xã hội", "Quang cảnh buổi đối thoại tại xã Tân Hưng Đông.",
 "Công khai, minh bạch các khoản đóng góp và việc giải quyết đơn thư", "Quy chế dân chủ ở cơ sở", "Lượt xem: 890"],
["21.06.2019 | 16:05", "năm 2019", "15 ngày", "2 lần", "Lượt xem: 890"]))

PAGES.append(page("b4454-thainguyen-gsdtcd-tongket-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH THÁI NGUYÊN
Trang chủ >> Hoạt động >> Giám sát đầu tư của cộng đồng
Cập nhật lúc 17:20 ngày 29/12/2020
Đại Từ: Giám sát cộng đồng góp sức xây dựng nông thôn mới
Ngày 28/12, Ủy ban MTTQ huyện Đại Từ tổ chức hội nghị tổng kết hoạt động của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng năm 2020 và triển khai nhiệm vụ năm 2021. Dự hội nghị có đồng chí Ma Thị Nguyệt, Phó Chủ tịch Ủy ban MTTQ tỉnh; đồng chí Hoàng Văn Thạch, HUV, Chủ tịch Ủy ban MTTQ huyện; các Phó Chủ tịch UBND huyện: Nguyễn Văn Khiêm, Dương Thị Thanh Hà.
Ban GSĐTCĐ xã Hùng Sơn kiểm tra công trình nhà văn hóa xóm. Ảnh: Thu Hằng
Năm 2020, dù chịu ảnh hưởng của dịch Covid-19, Đại Từ - huyện có số công trình đầu tư lớn nhất tỉnh Thái Nguyên - vẫn duy trì hoạt động giám sát đều đặn: 29 Ban GSĐTCĐ xã, thị trấn giám sát 214 công trình với tổng vốn đầu tư trên 356 tỷ đồng, trong đó 138 công trình thuộc Chương trình mục tiêu quốc gia xây dựng nông thôn mới, 36 công trình do nhân dân đóng góp 100% kinh phí. Qua giám sát, các Ban đã kiến nghị 47 nội dung về khối lượng, chất lượng, 100% kiến nghị được chủ đầu tư tiếp thu, khắc phục. Ban TTND các xã tiếp nhận 62 đơn thư, kiến nghị, đã kiến nghị giải quyết 59 đơn, còn 3 đơn đang xem xét.
Nhiều Ban hoạt động hiệu quả như Ban GSĐTCĐ xã Hùng Sơn phát hiện nhà thầu thi công kè suối thiếu 1,2 m3 đá hộc mỗi mét dài; Ban GSĐTCĐ xã La Bằng giám sát việc xây dựng 2 nhà văn hóa xóm người Sán Dìu. Ông Lưu Văn Sinh, người Sán Dìu, Trưởng ban GSĐTCĐ xã La Bằng cho biết, thành viên Ban thay nhau "bám" công trình từ khi đổ móng đến khi cất nóc.
Hội nghị cũng chỉ ra những tồn tại: còn 7 xã chưa được chủ đầu tư cung cấp đầy đủ hồ sơ thiết kế; kinh phí cho Ban GSĐTCĐ chỉ khoảng 2,5 triệu đồng/năm; một số thành viên tuổi cao, không nắm được kỹ thuật xây dựng.
Phát biểu chỉ đạo, đồng chí Ma Thị Nguyệt đề nghị năm 2021 các cấp Mặt trận tiếp tục thực hiện Nghị định số 84/2015/NĐ-CP ngày 30/9/2015 của Chính phủ về giám sát và đánh giá đầu tư, Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN và Chỉ thị 21, 22-CT/HU của Ban Thường vụ Huyện ủy Đại Từ; chú trọng giám sát các công trình sau sáp nhập xóm, đầu tư từ nguồn vốn Nghị quyết 88/2019/QH14 của Quốc hội.
Dịp này, Ủy ban MTTQ huyện tặng giấy khen cho 9 tập thể, 14 cá nhân; đồng chí Hoàng Văn Thạch trao thưởng mỗi tập thể 1 triệu đồng, mỗi cá nhân 500.000 đồng.
Thu Hằng
Lượt xem: 765
Tin khác
- Phú Lương: 100% Ban TTND được tập huấn (16/12/2020)
- Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách hỗ trợ người dân gặp khó khăn do dịch Covid-19 (02/12/2020)
- Võ Nhai: Hội nghị đại biểu nhân dân bầu Ban TTND (20/11/2020)
""", "2020-12-29", "Đại Từ: Giám sát cộng đồng góp sức xây dựng nông thôn mới",
E("tong_ket", "2020", "2020-12-28"),
[P("Ma Thị Nguyệt", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Văn Thạch", "HUV", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Nguyễn Văn Khiêm", "Phó Chủ tịch UBND huyện"),
 P("Dương Thị Thanh Hà", "Phó Chủ tịch UBND huyện"),
 P("Lưu Văn Sinh", "Trưởng ban GSĐTCĐ xã La Bằng")],
[Q("29 Ban GSĐTCĐ xã, thị trấn", 29, "Ban GSĐTCĐ xã, thị trấn"), Q("214 công trình", 214, "công trình"),
 Q("trên 356 tỷ đồng", 356000000000, "đồng", "over"), Q("138 công trình", 138, "công trình"), Q("36 công trình", 36, "công trình"),
 Q("100% kinh phí", 100, "%"), Q("47 nội dung", 47, "nội dung"), Q("100% kiến nghị", 100, "%"),
 Q("62 đơn thư, kiến nghị", 62, "đơn thư, kiến nghị"), Q("59 đơn", 59, "đơn"), Q("3 đơn", 3, "đơn"), Q("1,2 m3", 1.2, "m3"),
 Q("2 nhà văn hóa xóm", 2, "nhà văn hóa xóm"), Q("7 xã", 7, "xã"), Q("khoảng 2,5 triệu đồng", 2500000, "đồng", "approx"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân"), Q("1 triệu đồng", 1000000, "đồng"), Q("500.000 đồng", 500000, "đồng")],
[D("Nghị định", "84", "2015/NĐ-CP", "2015-09-30", "Chính phủ", "Nghị định số 84/2015/NĐ-CP ngày 30/9/2015"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Chỉ thị", "21", "CT/HU", None, "Ban Thường vụ Huyện ủy Đại Từ", "Chỉ thị 21, 22-CT/HU"),
 D("Chỉ thị", "22", "CT/HU", None, "Ban Thường vụ Huyện ủy Đại Từ", "Chỉ thị 21, 22-CT/HU"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết 88/2019/QH14")],
[prov("Thái Nguyên"), com("Hùng Sơn"), com("La Bằng")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH THÁI NGUYÊN", "Trang chủ >> Hoạt động >> Giám sát đầu tư của cộng đồng",
 "Ban GSĐTCĐ xã Hùng Sơn kiểm tra công trình nhà văn hóa xóm. Ảnh: Thu Hằng", "Covid-19",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Lượt xem: 765"],
["Cập nhật lúc 17:20 ngày 29/12/2020", "năm 2020", "năm 2021", "Lượt xem: 765"]))

PAGES.append(page("b4455-gialai-tttn-daihoi-2021", """
BÁO GIA LAI ĐIỆN TỬ
Trang chủ / Chính trị / Dân vận
05/04/2021 09:15
Ia Grai: Hoàn thành kiện toàn Ban Thanh tra nhân dân 13 xã, thị trấn
Ngày 3/4, xã Ia Tô tổ chức Hội nghị đại biểu nhân dân bầu Ban Thanh tra nhân dân (TTND) nhiệm kỳ 2021 - 2024, là địa phương cuối cùng của huyện Ia Grai hoàn thành việc kiện toàn Ban TTND sau Đại hội đại biểu MTTQ xã nhiệm kỳ 2019 - 2024. Dự và chỉ đạo có ông Rơ Châm Phin, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện; ông Nguyễn Đức Lâm, Chánh Thanh tra huyện.
Ảnh: Đại biểu biểu quyết thông qua danh sách bầu cử.
Tham dự hội nghị có 96 đại biểu đại diện cho 8 làng của xã, trong đó 71 đại biểu là người Jrai. Hội nghị đã nghe báo cáo kết quả hoạt động nhiệm kỳ 2019 - 2021 do ông Ksor Hyưl, Trưởng ban TTND xã trình bày: Ban đã tổ chức 26 cuộc giám sát, trong đó có 8 cuộc giám sát việc cấp phát gạo, hỗ trợ người dân bị ảnh hưởng dịch bệnh; tiếp nhận 14 đơn, kiến nghị, chủ yếu về tranh chấp đất rẫy, đã phối hợp hòa giải thành 12 vụ.
Theo Kế hoạch số 05/KH-MTTQ ngày 15/3/2021 của Ban Thường trực Ủy ban MTTQ xã, hội nghị đã hiệp thương, bầu 5 thành viên. Ông Siu Blin, Phó Chủ tịch Ủy ban MTTQ xã được bầu giữ chức Trưởng ban TTND; bà Rơ Lan H'Nhí, Chủ tịch Hội LHPN xã và ông Đinh Công Hiếu, Bí thư Chi đoàn làng Kloong được bầu làm Phó Trưởng ban. Các thành viên đều đạt trên 90% số phiếu bầu.
Phát biểu chỉ đạo, ông Rơ Châm Phin đề nghị Ban TTND nhiệm kỳ mới thực hiện đúng Nghị định số 159/2016/NĐ-CP của Chính phủ và Hướng dẫn số 18/HD-MTTQ-BTT ngày 22/2/2021 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; tăng cường giám sát việc thực hiện Quyết định 2085/QĐ-TTg, Quyết định 2086/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ đất ở, đất sản xuất, nước sinh hoạt cho đồng bào dân tộc thiểu số.
Cũng theo ông Rơ Châm Phin, đến nay 13/13 xã, thị trấn của huyện đã bầu xong Ban TTND với 87 thành viên, trong đó có 38 thành viên là người dân tộc thiểu số, 21 thành viên là nữ. Ủy ban MTTQ huyện sẽ mở 2 lớp tập huấn cho toàn bộ thành viên trong quý II.
Theo Ủy ban MTTQ tỉnh Gia Lai, đến hết tháng 3/2021, toàn tỉnh đã có 198/220 xã, phường, thị trấn kiện toàn xong Ban TTND; các địa phương còn lại phải hoàn thành trước ngày 30/4. Điểm mới của đợt kiện toàn này là nhiều người có uy tín, già làng, cán bộ hưu trí được giới thiệu tham gia Ban, giúp việc nắm tình hình ở các làng đồng bào được sát hơn.
Già làng Rơ Mah Thoang, làng Kloong tin tưởng: "Có Ban Thanh tra nhân dân, dân làng mình có chỗ để nói, cái gì chưa đúng thì được sửa".
Hà Duy
Lượt xem: 1.108
Tin liên quan
- Chư Păh: nhân dân góp 1.200 ngày công làm đường (30/03/2021)
- Ủy ban MTTQ tỉnh giám sát việc cấp phát gạo cứu đói (22/03/2021)
- Đức Cơ: bầu Ban TTND 10 xã, thị trấn (15/03/2021)
""", "2021-04-05", "Ia Grai: Hoàn thành kiện toàn Ban Thanh tra nhân dân 13 xã, thị trấn",
E("dai_hoi", None, "2021-04-03"),
[P("Rơ Châm Phin", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Đức Lâm", "Chánh Thanh tra huyện"),
 P("Ksor Hyưl", "Trưởng ban TTND xã"),
 P("Siu Blin", "Phó Chủ tịch Ủy ban MTTQ xã", "Trưởng ban TTND"),
 P("Rơ Lan H'Nhí", "Chủ tịch Hội LHPN xã", "Phó Trưởng ban"),
 P("Đinh Công Hiếu", "Bí thư Chi đoàn làng Kloong", "Phó Trưởng ban"),
 P("Rơ Mah Thoang", "Già làng")],
[Q("13 xã, thị trấn", 13, "xã, thị trấn"), Q("96 đại biểu", 96, "đại biểu"), Q("8 làng", 8, "làng"), Q("71 đại biểu", 71, "đại biểu"),
 Q("26 cuộc giám sát", 26, "cuộc giám sát"), Q("8 cuộc giám sát", 8, "cuộc giám sát"), Q("14 đơn, kiến nghị", 14, "đơn, kiến nghị"),
 Q("12 vụ", 12, "vụ"), Q("5 thành viên", 5, "thành viên"), Q("trên 90%", 90, "%", "over"), Q("87 thành viên", 87, "thành viên"),
 Q("38 thành viên", 38, "thành viên"), Q("21 thành viên", 21, "thành viên"), Q("2 lớp tập huấn", 2, "lớp tập huấn"), Q("198/220 xã, phường, thị trấn", 198, "xã, phường, thị trấn")],
[D("Kế hoạch", "05", "KH-MTTQ", "2021-03-15", "Ban Thường trực Ủy ban MTTQ xã", "Kế hoạch số 05/KH-MTTQ ngày 15/3/2021"),
 D("Nghị định", "159", "2016/NĐ-CP", None, "Chính phủ", "Nghị định số 159/2016/NĐ-CP"),
 D("Hướng dẫn", "18", "HD-MTTQ-BTT", "2021-02-22", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 18/HD-MTTQ-BTT ngày 22/2/2021"),
 D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 2085/QĐ-TTg"),
 D("Quyết định", "2086", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 2086/QĐ-TTg")],
[prov("Gia Lai"), com("Ia Tô")],
["BÁO GIA LAI ĐIỆN TỬ", "Trang chủ / Chính trị / Dân vận", "Ảnh: Đại biểu biểu quyết thông qua danh sách bầu cử.", "Lượt xem: 1.108"],
["05/04/2021 09:15", "nhiệm kỳ 2021 - 2024", "nhiệm kỳ 2019 - 2024", "nhiệm kỳ 2019 - 2021", "13/13 xã", "quý II", "tháng 3/2021", "ngày 30/4", "Lượt xem: 1.108"]))

PAGES.append(page("b4456-longan-tttn-chandung-2022", """
BÁO LONG AN ONLINE
Xã hội » Gương sáng
17 tháng 8, 2022 | 17:45
Ông Tư "thanh tra" của ấp Bình Hòa
Gần 12 năm làm Trưởng ban Thanh tra nhân dân xã Bình Hòa Nam, ông Nguyễn Văn Tư (66 tuổi) được bà con gọi thân mật là ông Tư "thanh tra". Ông là người kiên trì đi đến từng nhà để lắng nghe, ghi chép từng ý kiến, kiến nghị của người dân.
Ông Nguyễn Văn Tư (bìa phải) trao đổi với người dân ấp Bình Hòa. Ảnh: Quốc Thanh
Ông Tư nguyên là cựu chiến binh, Bí thư Chi bộ ấp Bình Hòa, được Hội nghị đại biểu nhân dân xã tín nhiệm bầu làm Trưởng ban Thanh tra nhân dân xã từ năm 2010. Đến nay, ông đã cùng 6 thành viên trong Ban tổ chức trên 90 cuộc giám sát, tiếp nhận 74 đơn thư, kiến nghị, phối hợp với Tổ hòa giải giải quyết thành công 68 vụ việc. Năm 2021, khi dịch Covid-19 bùng phát, ông và các thành viên đã giám sát việc chi hỗ trợ theo Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ và Quyết định số 23/2021/QĐ-TTg của Thủ tướng Chính phủ cho 412 lao động tự do, phát hiện 9 trường hợp chưa được nhận tiền, kịp thời kiến nghị UBND xã bổ sung.
Nhớ nhất, theo ông, là vụ giám sát công trình đường ấp Bình Thạnh năm 2019. Tuyến đường dài 1,6 km, vốn gần 3,8 tỷ đồng, trong đó người dân góp hơn 400 triệu đồng. Phát hiện đơn vị thi công trải đá thiếu độ dày, ông cùng Ban Giám sát đầu tư của cộng đồng xã đề nghị dừng thi công, đo lại từng đoạn, buộc nhà thầu bù 135 m3 đá. "Tiền của dân, dân phải được biết từng đồng", ông Tư nói.
Bà Trần Thị Bé Năm, Chủ tịch Ủy ban MTTQ Việt Nam xã Bình Hòa Nam, nhận xét: ông Tư làm việc công tâm, nắm rõ Luật Thanh tra, Nghị định số 159/2016/NĐ-CP và Quy chế hoạt động số 02/QC-TTND của Ban, nên kiến nghị của Ban luôn có căn cứ. Nhờ vậy, nhiều năm liền xã không có đơn thư vượt cấp.
Ông Lê Văn Được, Phó Chủ tịch UBND xã cho biết, UBND xã đã trả lời 100% kiến nghị của Ban TTND đúng thời hạn; năm 2022, xã bố trí cho Ban 8 triệu đồng kinh phí hoạt động, tăng gấp đôi so với trước.
Không chỉ giám sát, ông Tư còn là người vận động. Năm 2020, ông cùng Chi hội Cựu chiến binh ấp vận động 27 hộ hiến gần 2.000 m2 đất để mở rộng đường liên ấp. Ông Huỳnh Văn Hai, Trưởng ấp Bình Hòa kể: "Nhiều hộ lúc đầu còn đắn đo, nhưng ông Tư đến tận nhà, đưa hồ sơ ra giải thích từng mét đất, từng đồng tiền nên bà con mới đồng thuận".
Với những đóng góp đó, ông Tư được Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen, được Ủy ban MTTQ tỉnh Long An tặng 3 bằng khen trong giai đoạn 2015 - 2021.
Quốc Thanh
Lượt xem: 2.041
Bài viết liên quan
- Đức Huệ: Ban Thanh tra nhân dân giám sát việc hỗ trợ người dân (02/08/2022)
- Thạnh Hóa kiện toàn Ban Giám sát đầu tư của cộng đồng (20/07/2022)
- Người có uy tín ở ấp biên giới (05/07/2022)
""", "2022-08-17", "Ông Tư \"thanh tra\" của ấp Bình Hòa",
E("khac", None, None),
[P("Nguyễn Văn Tư", "Trưởng ban Thanh tra nhân dân xã Bình Hòa Nam", "Bí thư Chi bộ ấp Bình Hòa", "Trưởng ban Thanh tra nhân dân xã"),
 P("Trần Thị Bé Năm", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bình Hòa Nam"),
 P("Lê Văn Được", "Phó Chủ tịch UBND xã"),
 P("Huỳnh Văn Hai", "Trưởng ấp Bình Hòa")],
[Q("6 thành viên", 6, "thành viên"), Q("trên 90 cuộc giám sát", 90, "cuộc giám sát", "over"),
 Q("74 đơn thư, kiến nghị", 74, "đơn thư, kiến nghị"), Q("68 vụ việc", 68, "vụ việc"), Q("412 lao động tự do", 412, "lao động tự do"),
 Q("9 trường hợp", 9, "trường hợp"), Q("1,6 km", 1.6, "km"), Q("gần 3,8 tỷ đồng", 3800000000, "đồng", "approx"),
 Q("hơn 400 triệu đồng", 400000000, "đồng", "over"), Q("135 m3", 135, "m3"), Q("100% kiến nghị", 100, "%"),
 Q("8 triệu đồng", 8000000, "đồng"), Q("3 bằng khen", 3, "bằng khen"), Q("27 hộ", 27, "hộ"), Q("gần 2.000 m2", 2000, "m2", "approx")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 1/7/2021"),
 D("Quyết định", "23", "2021/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg"),
 D("Nghị định", "159", "2016/NĐ-CP", None, None, "Nghị định số 159/2016/NĐ-CP"),
 D("Quy chế hoạt động", "02", "QC-TTND", None, None, "Quy chế hoạt động số 02/QC-TTND")],
[prov("Long An"), com("Bình Hòa Nam")],
["BÁO LONG AN ONLINE", "Xã hội » Gương sáng", "Ông Nguyễn Văn Tư (bìa phải) trao đổi với người dân ấp Bình Hòa. Ảnh: Quốc Thanh",
 "Luật Thanh tra", "Covid-19", "Lượt xem: 2.041"],
["17 tháng 8, 2022 | 17:45", "Gần 12 năm", "66 tuổi", "năm 2010", "giai đoạn 2015 - 2021", "tăng gấp đôi", "Lượt xem: 2.041"]))
