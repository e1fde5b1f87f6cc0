from lib import *
PAGES = []

PAGES.append(page("b2315-hagiang-meovac-hnd-taphuan-2016", """
HỘI NÔNG DÂN TỈNH HÀ GIANG
Trang chủ | Tin tức | Hội Nông dân các huyện, thành phố
Thứ Sáu, 12/08/2016 - 08:45
Mèo Vạc: Tập huấn kỹ năng cho cán bộ Hội Nông dân cơ sở năm 2016
Trong 2 ngày 10 và 11/8, Hội Nông dân huyện Mèo Vạc (Hà Giang) tổ chức lớp tập huấn nghiệp vụ công tác Hội năm 2016 cho 120 cán bộ là chủ tịch, phó chủ tịch Hội Nông dân 18 xã, thị trấn và chi hội trưởng các thôn vùng cao. Đồng chí Sùng Mí Chá, HUV, Chủ tịch Hội Nông dân huyện khai mạc lớp tập huấn.
Các học viên tham gia thảo luận tại lớp tập huấn. Ảnh: Lầu Mỷ
Tại lớp tập huấn, các học viên được bà Giàng Thị Dợ, Ủy viên Ban Thường vụ - Trưởng ban Tuyên huấn Hội Nông dân tỉnh truyền đạt chuyên đề về Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư về Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam" và Quyết định 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ về việc Hội Nông dân trực tiếp thực hiện và phối hợp thực hiện một số chương trình, đề án phát triển kinh tế, văn hóa, xã hội nông thôn. Ông Vừ Mí Lử, Phó Giám đốc Trung tâm Hỗ trợ nông dân tỉnh, hướng dẫn cách thành lập và quản lý 85 tổ hợp tác nuôi bò, trồng ngô trên đá.
Theo báo cáo của Hội Nông dân huyện, 6 tháng đầu năm toàn huyện kết nạp 412 hội viên mới, nâng tổng số hội viên lên 13.560 người; Quỹ Hỗ trợ nông dân huyện đạt hơn 1,6 tỷ đồng, cho 94 hộ vay nuôi bò, dê. Hội đã phối hợp Ngân hàng Chính sách xã hội quản lý 41 tổ tiết kiệm và vay vốn, dư nợ trên 72 tỷ đồng. Thực hiện Kế hoạch số 27/KH-HND của Hội Nông dân tỉnh, có 2.860 hộ đăng ký đạt danh hiệu sản xuất, kinh doanh giỏi các cấp.
Chia sẻ tại lớp học, ông Ly Chứ Páo, ĐUV, Chủ tịch Hội Nông dân xã Pải Lủng, cho biết nhờ vận động bà con người Mông làm chuồng trại cách xa nhà ở, xã đã có 320 hộ thực hiện "3 sạch". Bà Lầu Thị Mỷ, Chi hội trưởng chi hội nông dân thôn Sủng Pờ A, xã Lũng Pù, mong được tập huấn thêm về phòng bệnh cho gia súc.
Bế giảng lớp học, đồng chí Sùng Mí Chá đề nghị các học viên vận dụng kiến thức vào thực tiễn, phấn đấu đến cuối năm 2016 có 100% chi hội tổ chức sinh hoạt định kỳ; phát huy phong trào "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững".
Hoàng Văn Nguyên
Lượt xem: 706
Tin liên quan
- Đồng Văn: Hội Nông dân giúp hội viên thoát nghèo (04/08/2016)
- Mèo Vạc trao 30 con bò giống cho hội viên nghèo (21/07/2016)
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2016 (12/07/2016)
- Xín Cái ra mắt tổ hợp tác chăn nuôi dê (28/06/2016)
Trang thông tin điện tử Hội Nông dân tỉnh Hà Giang. Chịu trách nhiệm nội dung: Ban Thường vụ Hội Nông dân tỉnh.
""", "2016-08-12", "Mèo Vạc: Tập huấn kỹ năng cho cán bộ Hội Nông dân cơ sở năm 2016",
E("tap_huan", "2016", "2016-08-10"),
[P("Sùng Mí Chá", "HUV", "Chủ tịch Hội Nông dân huyện"),
 P("Giàng Thị Dợ", "Ủy viên Ban Thường vụ - Trưởng ban Tuyên huấn Hội Nông dân tỉnh"),
 P("Vừ Mí Lử", "Phó Giám đốc Trung tâm Hỗ trợ nông dân tỉnh"),
 P("Ly Chứ Páo", "ĐUV", "Chủ tịch Hội Nông dân xã Pải Lủng"),
 P("Lầu Thị Mỷ", "Chi hội trưởng chi hội nông dân thôn Sủng Pờ A")],
[Q("120 cán bộ", 120, "cán bộ"), Q("18 xã, thị trấn", 18, "xã, thị trấn"), Q("85 tổ hợp tác", 85, "tổ hợp tác"),
 Q("412 hội viên mới", 412, "hội viên mới"), Q("13.560 người", 13560, "người"), Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"),
 Q("94 hộ", 94, "hộ"), Q("41 tổ tiết kiệm và vay vốn", 41, "tổ tiết kiệm và vay vốn"), Q("trên 72 tỷ đồng", 72000000000, "đồng", "over"),
 Q("2.860 hộ", 2860, "hộ"), Q("320 hộ", 320, "hộ"), Q("100%", 100, "%")],
[D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 3/12/2009"),
 D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", "Quyết định 673/QĐ-TTg ngày 10/5/2011"),
 D("Kế hoạch", "27", "KH-HND", None, "Hội Nông dân tỉnh", "Kế hoạch số 27/KH-HND")],
[prov("Hà Giang"), com("Pải Lủng"), com("Lũng Pù")],
["HỘI NÔNG DÂN TỈNH HÀ GIANG", "Trang chủ | Tin tức | Hội Nông dân các huyện, thành phố",
 "Các học viên tham gia thảo luận tại lớp tập huấn. Ảnh: Lầu Mỷ",
 "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam",
 "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững", "Lượt xem: 706"],
["Thứ Sáu, 12/08/2016 - 08:45", "2 ngày", "năm 2016", "6 tháng đầu năm", "3 sạch", "Lượt xem: 706"]))

PAGES.append(page("b2316-quangnam-namtramy-huyenuy-doithoai-2017", """
Báo Quảng Nam Online
Thời sự > Chính trị > Xây dựng Đảng
Cập nhật lúc 17:20 ngày 24/11/2017
Toàn cảnh buổi đối thoại tại xã Trà Cang.
Bí thư Huyện ủy Nam Trà My đối thoại với đồng bào Xê Đăng
(QNO) - Ngày 22/11, tại xã Trà Cang, Ban Thường vụ Huyện ủy Nam Trà My (Quảng Nam) phối hợp với Ban Dân vận Huyện ủy và Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2017. Đồng chí Hồ Văn Điểu, TUV, Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì; tham dự có hơn 200 người dân các xã Trà Cang, Trà Nam, Trà Linh.
Ông Hồ Văn Điểu, Bí thư Huyện ủy, trả lời ý kiến của người dân xã Trà Linh.
Tại buổi đối thoại, bà con đã nêu 27 ý kiến, tập trung vào việc bảo vệ và phát triển cây sâm Ngọc Linh, việc chi trả tiền dịch vụ môi trường rừng, bố trí đất sản xuất cho 86 hộ tái định cư sau bão số 12 và việc xây dựng cầu treo qua sông Tranh. Ông Hồ Văn Tâm, người có uy tín thôn 2, xã Trà Linh, phản ánh mức chi trả 300.000 đồng/ha rừng mỗi năm còn thấp so với công sức giữ rừng của bà con.
Trả lời ý kiến, đồng chí Hồ Quang Bửu, HUV, Phó Chủ tịch UBND huyện cho biết, huyện đã triển khai Quyết định số 2394/QĐ-UBND ngày 10/7/2017 của UBND tỉnh về quy hoạch vùng trồng sâm Ngọc Linh với diện tích 15.000 ha; năm 2017 hỗ trợ 1,2 tỷ đồng mua 40.000 cây giống sâm cho 312 hộ. Huyện sẽ bố trí khoảng 30 ha đất sản xuất cho các hộ tái định cư trong quý I năm 2018.
Đồng chí Hồ Thị Nhứt, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy - Chủ tịch Ủy ban MTTQ Việt Nam huyện cho biết, Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Chỉ thị 28, 29-CT/HU về tăng cường công tác dân vận trong bảo vệ rừng và về tổ chức đối thoại định kỳ theo Kết luận số 114-KL/TW của Ban Bí thư; trong năm, khối dân vận đã tổ chức 9 buổi đối thoại ở cấp xã.
Kết luận buổi đối thoại, đồng chí Hồ Văn Điểu ghi nhận các ý kiến và giao UBND huyện giải quyết dứt điểm trước ngày 30/12; những vấn đề vượt thẩm quyền sẽ được tổng hợp, kiến nghị lên tỉnh. Đồng chí đề nghị bà con tiếp tục giữ rừng, không tranh chấp, mua bán sâm giả, tham gia phong trào "Toàn dân bảo vệ an ninh Tổ quốc".
Hồ Thanh
Tin cùng chuyên mục
- Nam Trà My: kiện toàn tổ dân vận thôn (15/11/2017)
- Khắc phục hậu quả bão số 12 ở vùng cao (07/11/2017)
- Bắc Trà My tổ chức ngày hội Đại đoàn kết (30/10/2017)
- Trao bằng khen cho người có uy tín tiêu biểu vùng cao (25/10/2017)
- Hội nghị Ban Chấp hành Đảng bộ huyện Nam Trà My lần thứ 12 (18/10/2017)
Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam. Giấy phép số 41/GP-BTTTT.
""", "2017-11-24", "Bí thư Huyện ủy Nam Trà My đối thoại với đồng bào Xê Đăng",
E("doi_thoai", "2017", "2017-11-22"),
[P("Hồ Văn Điểu", "TUV", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Hồ Văn Tâm", "người có uy tín thôn 2"),
 P("Hồ Quang Bửu", "HUV", "Phó Chủ tịch UBND huyện"),
 P("Hồ Thị Nhứt", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy - Chủ tịch Ủy ban MTTQ Việt Nam huyện")],
[Q("hơn 200 người dân", 200, "người dân", "over"), Q("27 ý kiến", 27, "ý kiến"), Q("86 hộ tái định cư", 86, "hộ tái định cư"),
 Q("300.000 đồng", 300000, "đồng"), Q("15.000 ha", 15000, "ha"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("40.000 cây giống sâm", 40000, "cây giống sâm"), Q("312 hộ", 312, "hộ"), Q("khoảng 30 ha", 30, "ha", "approx"),
 Q("9 buổi đối thoại", 9, "buổi đối thoại")],
[D("Quyết định", "2394", "QĐ-UBND", "2017-07-10", "UBND tỉnh", "Quyết định số 2394/QĐ-UBND ngày 10/7/2017"),
 D("Chỉ thị", "28", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 28, 29-CT/HU"),
 D("Chỉ thị", "29", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 28, 29-CT/HU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW")],
[prov("Quảng Nam"), com("Trà Cang"), com("Trà Nam"), com("Trà Linh")],
["Báo Quảng Nam Online", "Thời sự > Chính trị > Xây dựng Đảng", "Toàn cảnh buổi đối thoại tại xã Trà Cang.",
 "Ông Hồ Văn Điểu, Bí thư Huyện ủy, trả lời ý kiến của người dân xã Trà Linh.", "(QNO)",
 "Toàn dân bảo vệ an ninh Tổ quốc", "sông Tranh"],
["Cập nhật lúc 17:20 ngày 24/11/2017", "năm 2017", "bão số 12", "quý I năm 2018", "30/12", "thôn 2"]))

PAGES.append(page("b2317-camau-uminh-hccb-tongket-2017", """
HỘI CỰU CHIẾN BINH TỈNH CÀ MAU
Tin hoạt động » Cơ sở Hội
08:15 | 15/12/2017
U Minh: Hội Cựu chiến binh huyện tổng kết công tác Hội năm 2017
Sáng 13/12, Hội Cựu chiến binh (CCB) huyện U Minh, tỉnh Cà Mau tổ chức hội nghị tổng kết công tác Hội và phong trào CCB năm 2017, triển khai phương hướng, nhiệm vụ năm 2018. Dự hội nghị có đồng chí Trần Văn Bé Tư, HUV, Trưởng Ban Dân vận Huyện ủy; đồng chí Danh Thanh Sơn, Ủy viên Ban Thường vụ Hội CCB tỉnh - Trưởng ban Tổ chức - Kiểm tra Hội CCB tỉnh. Đồng chí Lê Minh Hùng, HUV, Chủ tịch Hội CCB huyện chủ trì hội nghị.
Quang cảnh hội nghị tổng kết. Ảnh: Hồng Nhung
Năm 2017, Hội CCB huyện có 8 cơ sở Hội với 2.145 hội viên; trong năm kết nạp 126 hội viên mới. Các cấp Hội đã tổ chức quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh cho 1.870 hội viên, đạt 87,2%; thực hiện Kế hoạch số 62-KH/HU của Huyện ủy về phát huy vai trò CCB trong bảo vệ rừng tràm.
Phong trào "CCB gương mẫu" tiếp tục được đẩy mạnh: 412 hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi; Hội vận động xây dựng 6 căn nhà "Nghĩa tình đồng đội" trị giá 240 triệu đồng và giúp 19 hội viên thoát nghèo. Quỹ hội đạt gần 1,9 tỷ đồng; Hội phối hợp Ngân hàng Chính sách xã hội quản lý 14 tổ tiết kiệm và vay vốn với tổng dư nợ 23,6 tỷ đồng. Hội CCB các xã đã tham gia hòa giải thành 38 vụ việc mâu thuẫn ở khu dân cư.
Hội nghị cũng chỉ ra một số hạn chế: sinh hoạt ở một số chi hội còn đơn điệu, việc nắm tình hình tư tưởng hội viên có lúc chưa kịp thời, một số hội viên cao tuổi chưa tham gia đầy đủ các hoạt động.
Tại hội nghị, ông Danh Út, Chủ tịch Hội CCB xã Khánh Lâm, trình bày kinh nghiệm thành lập tổ CCB tuần tra phòng cháy rừng với 24 thành viên; ông Thạch Sà Rinh, Chi hội trưởng CCB ấp 9, xã Khánh Thuận, đề nghị hỗ trợ vốn cho hội viên người Khmer.
Phát biểu chỉ đạo, đồng chí Trần Văn Bé Tư đề nghị Hội CCB huyện năm 2018 thực hiện tốt Quy chế phối hợp số 07-QC/BDVHU-HCCB giữa Ban Dân vận Huyện ủy và Hội CCB huyện; chủ động nắm tình hình tư tưởng hội viên, góp phần giữ vững ổn định chính trị ở cơ sở. Dịp này, Hội CCB tỉnh tặng bằng khen cho 2 tập thể, Hội CCB huyện tặng giấy khen cho 11 tập thể và 23 cá nhân.
Nguyễn Hồng Nhung
Số lượt truy cập: 128.450
Tin khác
- Hội CCB huyện Thới Bình đại hội điểm nhiệm kỳ 2017 - 2022 (08/12/2017)
- Trao nhà "Nghĩa tình đồng đội" cho hội viên xã Khánh Hội (27/11/2017)
- Hội CCB tỉnh kiểm tra công tác Hội tại huyện U Minh (10/11/2017)
- Cựu chiến binh Trần Văn Thời giúp nhau phát triển kinh tế (02/11/2017)
- Hội thao quốc phòng cựu chiến binh năm 2017 (20/10/2017)
Trang thông tin điện tử Hội Cựu chiến binh tỉnh Cà Mau. Địa chỉ: số 6 đường Phan Ngọc Hiển, phường 5, thành phố Cà Mau.
""", "2017-12-15", "U Minh: Hội Cựu chiến binh huyện tổng kết công tác Hội năm 2017",
E("tong_ket", "2017", "2017-12-13"),
[P("Trần Văn Bé Tư", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Danh Thanh Sơn", "Ủy viên Ban Thường vụ Hội CCB tỉnh - Trưởng ban Tổ chức - Kiểm tra Hội CCB tỉnh"),
 P("Lê Minh Hùng", "HUV", "Chủ tịch Hội CCB huyện"),
 P("Danh Út", "Chủ tịch Hội CCB xã Khánh Lâm"),
 P("Thạch Sà Rinh", "Chi hội trưởng CCB ấp 9")],
[Q("8 cơ sở Hội", 8, "cơ sở Hội"), Q("2.145 hội viên", 2145, "hội viên"), Q("126 hội viên mới", 126, "hội viên mới"),
 Q("1.870 hội viên", 1870, "hội viên"), Q("87,2%", 87.2, "%"), Q("412 hộ hội viên", 412, "hộ hội viên"),
 Q("6 căn nhà", 6, "căn nhà"), Q("240 triệu đồng", 240000000, "đồng"), Q("19 hội viên", 19, "hội viên"),
 Q("gần 1,9 tỷ đồng", 1900000000, "đồng", "approx"), Q("14 tổ tiết kiệm và vay vốn", 14, "tổ tiết kiệm và vay vốn"),
 Q("23,6 tỷ đồng", 23600000000, "đồng"), Q("38 vụ việc mâu thuẫn", 38, "vụ việc mâu thuẫn"), Q("24 thành viên", 24, "thành viên"),
 Q("2 tập thể", 2, "tập thể"), Q("11 tập thể", 11, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016"),
 D("Kế hoạch", "62", "KH/HU", None, "Huyện ủy", "Kế hoạch số 62-KH/HU"),
 D("Quy chế phối hợp", "07", "QC/BDVHU-HCCB", None, None, "Quy chế phối hợp số 07-QC/BDVHU-HCCB")],
[prov("Cà Mau"), com("Khánh Lâm"), com("Khánh Thuận")],
["HỘI CỰU CHIẾN BINH TỈNH CÀ MAU", "Tin hoạt động » Cơ sở Hội", "Quang cảnh hội nghị tổng kết. Ảnh: Hồng Nhung",
 "CCB gương mẫu", "Nghĩa tình đồng đội", "Số lượt truy cập: 128.450"],
["08:15 | 15/12/2017", "năm 2017", "năm 2018", "ấp 9", "Số lượt truy cập: 128.450"]))

PAGES.append(page("b2318-sonla-thuanchau-bdvhu-giaoban-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THUẬN CHÂU
Trang chủ - Tin tức sự kiện - Công tác dân vận
Thứ Ba, 03/04/2018
Đồng chí Lò Văn Púa kết luận hội nghị giao ban.
Khối dân vận huyện giao ban tháng 3
Ngày 2/4, Ban Dân vận Huyện ủy Thuận Châu, tỉnh Sơn La tổ chức hội nghị giao ban khối dân vận tháng 3/2018. Đồng chí Lò Văn Púa, Ủy viên BTV Huyện ủy, Trưởng Ban Dân vận Huyện ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Cầm Thị Phương, Quàng Văn Hom và lãnh đạo Ủy ban MTTQ, các đoàn thể huyện.
Trong tháng, Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kết luận 04, 05-KL/HU về kết quả 3 năm thực hiện Nghị quyết 25-NQ/TW và về công tác vận động đồng bào Mông định canh, định cư; phối hợp kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại 5 xã. Các xã đã tổ chức 46 cuộc tuyên truyền với 5.200 lượt người tham dự. Trên địa bàn xảy ra 3 vụ việc truyền đạo trái pháp luật ở xã Co Mạ và 7 vụ tranh chấp đất đai giữa các hộ ở xã Long Hẹ; lực lượng dân vận đã phối hợp hòa giải thành 6 vụ.
Tình hình đơn thư: tiếp nhận 12 đơn, đã chuyển cơ quan có thẩm quyền giải quyết 10 đơn; còn 2 trường hợp khiếu nại kéo dài về bồi thường thủy điện. Phong trào thi đua "Dân vận khéo" có 28 mô hình đăng ký, trong đó 9 mô hình cấp huyện.
Đồng chí Tòng Văn Ơn, ĐUV, Chủ tịch Ủy ban MTTQ xã Co Mạ, báo cáo xã đã vận động 14 hộ người Mông quay về sinh hoạt tôn giáo theo đúng quy định. Đồng chí Mùa A Sở, Phó Bí thư Đảng ủy - Chủ tịch UBND xã Long Hẹ, cho biết xã đang chuẩn bị tổ chức đối thoại với 19 hộ có tranh chấp. Bà Lường Thị Xoan, Chủ tịch Hội LHPN huyện, đề nghị các xã quan tâm hỗ trợ phụ nữ vay vốn nuôi cá lồng trên lòng hồ.
Các đại biểu cũng cho rằng công tác nắm tình hình ở một số bản vùng cao còn chậm, sinh hoạt tổ dân vận bản chưa đều; việc phối hợp giữa các đoàn thể trong vận động đồng bào có lúc chưa chặt chẽ.
Kết luận hội nghị, đồng chí Lò Văn Púa yêu cầu tháng 4 khối dân vận chủ động nắm tình hình, giải quyết dứt điểm các vụ việc; triển khai Hướng dẫn số 15-HD/BDVTU ngày 20/3/2018 của Ban Dân vận Tỉnh ủy về công tác dân vận trong đồng bào dân tộc thiểu số; chuẩn bị tổ chức Ngày hội Đại đoàn kết và tết Hoa ban.
Lường Thị Hiền
Lượt xem: 241
Bài viết liên quan
- Giao ban khối dân vận tháng 2/2018 (05/03/2018)
- Thuận Châu ra mắt 3 tổ dân vận bản (20/02/2018)
- Mường La: vận động đồng bào Mông bỏ tục lệ lạc hậu (09/02/2018)
- Chiềng Pấc gặp mặt người có uy tín đầu xuân (31/01/2018)
- Hội nghị tổng kết công tác dân vận năm 2017 (28/12/2017)
Ban biên tập Cổng thông tin điện tử huyện Thuận Châu - tỉnh Sơn La. Điện thoại: 0212.3847.xxx
""", "2018-04-03", "Khối dân vận huyện giao ban tháng 3",
E("giao_ban", "2018-03", "2018-04-02"),
[P("Lò Văn Púa", "Ủy viên BTV Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Cầm Thị Phương", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Quàng Văn Hom", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Tòng Văn Ơn", "ĐUV", "Chủ tịch Ủy ban MTTQ xã Co Mạ"),
 P("Mùa A Sở", "Phó Bí thư Đảng ủy - Chủ tịch UBND xã Long Hẹ"),
 P("Lường Thị Xoan", "Chủ tịch Hội LHPN huyện")],
[Q("5 xã", 5, "xã"), Q("46 cuộc tuyên truyền", 46, "cuộc tuyên truyền"), Q("5.200 lượt người", 5200, "lượt người"),
 Q("3 vụ việc truyền đạo trái pháp luật", 3, "vụ việc truyền đạo trái pháp luật"), Q("7 vụ tranh chấp đất đai", 7, "vụ tranh chấp đất đai"),
 Q("6 vụ", 6, "vụ"), Q("12 đơn", 12, "đơn"), Q("10 đơn", 10, "đơn"), Q("2 trường hợp", 2, "trường hợp"),
 Q("28 mô hình", 28, "mô hình"), Q("9 mô hình cấp huyện", 9, "mô hình cấp huyện"), Q("14 hộ người Mông", 14, "hộ người Mông"),
 Q("19 hộ", 19, "hộ")],
[D("Kết luận", "04", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 04, 05-KL/HU"),
 D("Kết luận", "05", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 04, 05-KL/HU"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW"),
 D("Hướng dẫn", "15", "HD/BDVTU", "2018-03-20", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 15-HD/BDVTU ngày 20/3/2018")],
[prov("Sơn La"), com("Co Mạ"), com("Long Hẹ")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THUẬN CHÂU", "Trang chủ - Tin tức sự kiện - Công tác dân vận",
 "Đồng chí Lò Văn Púa kết luận hội nghị giao ban.", "Dân vận khéo", "Quy chế dân chủ ở cơ sở", "Ngày hội Đại đoàn kết", "Lượt xem: 241"],
["Thứ Ba, 03/04/2018", "tháng 3/2018", "3 năm", "tháng 4", "Lượt xem: 241"]))

PAGES.append(page("b2319-binhthuan-tuyphong-mttq-hoinghi-2018", """
ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH THUẬN
Vị trí: Trang chủ > Tin tức > Mặt trận các huyện, thị xã, thành phố
Ngày 23/11/2018 | 10:15
Tuy Phong: Gặp mặt chức sắc, chức việc các tôn giáo năm 2018
Chiều 22/11, Ủy ban MTTQ Việt Nam huyện Tuy Phong (Bình Thuận) phối hợp với Ban Dân vận Huyện ủy tổ chức hội nghị gặp mặt chức sắc, chức việc các tôn giáo tiêu biểu năm 2018. Đến dự có 86 vị chức sắc, chức việc đại diện Phật giáo, Công giáo, Tin lành, Bà Ni và Bà-la-môn trên địa bàn huyện.
Quang cảnh hội nghị. Ảnh: Ngọc Lân
Chủ trì hội nghị có các đồng chí: Nguyễn Văn Thanh, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện; Phú Thị Mai, HUV, Trưởng Ban Dân vận Huyện ủy. Báo cáo tại hội nghị cho biết, năm 2018 các tôn giáo trên địa bàn có 58 cơ sở thờ tự với khoảng 42.000 tín đồ. Các chức sắc đã tích cực tham gia cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", đóng góp hơn 3,4 tỷ đồng cho công tác an sinh xã hội, hỗ trợ 420 suất học bổng và xây mới 5 căn nhà tình thương. Các cơ sở tôn giáo đã phổ biến Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Tín ngưỡng, tôn giáo tới 100% chức việc.
Tại hội nghị, Hòa thượng Thích Minh Đức, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam huyện Tuy Phong, cho biết Ban Trị sự đã vận động tăng ni, phật tử ủng hộ 620 triệu đồng giúp người dân vùng biển bị thiệt hại sau bão số 9. Linh mục Phêrô Trần Văn Lộc, Quản xứ giáo xứ Liên Hương, đề nghị chính quyền tạo điều kiện về đất mở rộng nghĩa trang giáo xứ. Cả sư Thuận Văn Hiệp, Phó Trưởng Hội đồng chức sắc Hồi giáo Bà Ni tỉnh, mong được hỗ trợ trùng tu 2 thánh đường ở xã Phú Lạc. Ông Ba Văn Mến, Trưởng ban quản lý đền tháp thôn Lạc Trị, xã Phú Lạc, phản ánh việc đường vào khu đền bị xuống cấp.
Trả lời các ý kiến, đồng chí Lê Quang Vinh, Phó Chủ tịch UBND huyện, cho biết huyện sẽ xem xét theo Quyết định số 1860/QĐ-UBND ngày 18/7/2018 của UBND tỉnh về hỗ trợ tu bổ cơ sở tôn giáo, đồng thời giao UBND thị trấn Liên Hương khảo sát quỹ đất cho giáo xứ.
Kết thúc hội nghị, Ủy ban MTTQ huyện tặng giấy khen cho 12 chức sắc có nhiều đóng góp trong công tác an sinh xã hội.
Ngọc Lân
Lượt xem: 357
Tin khác
- Phan Rí Cửa: ra mắt mô hình "Khu dân cư tự quản về môi trường" (15/11/2018)
- Bắc Bình hiệp thương giới thiệu người ứng cử Ủy ban MTTQ xã (06/11/2018)
- Hàm Thuận Bắc tổ chức Ngày hội Đại đoàn kết toàn dân tộc (29/10/2018)
- Tuy Phong trao 10 căn nhà Đại đoàn kết (19/10/2018)
Trang thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Bình Thuận. Địa chỉ: số 02 Nguyễn Tất Thành, thành phố Phan Thiết.
""", "2018-11-23", "Tuy Phong: Gặp mặt chức sắc, chức việc các tôn giáo năm 2018",
E("hoi_nghi", "2018", "2018-11-22"),
[P("Nguyễn Văn Thanh", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Phú Thị Mai", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Thích Minh Đức", "Hòa thượng", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam huyện Tuy Phong"),
 P("Phêrô Trần Văn Lộc", "Linh mục", "Quản xứ giáo xứ Liên Hương"),
 P("Thuận Văn Hiệp", "Cả sư", "Phó Trưởng Hội đồng chức sắc Hồi giáo Bà Ni tỉnh"),
 P("Ba Văn Mến", "Trưởng ban quản lý đền tháp thôn Lạc Trị"),
 P("Lê Quang Vinh", "Phó Chủ tịch UBND huyện")],
[Q("86 vị chức sắc, chức việc", 86, "vị chức sắc, chức việc"), Q("58 cơ sở thờ tự", 58, "cơ sở thờ tự"),
 Q("khoảng 42.000 tín đồ", 42000, "tín đồ", "approx"), Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"),
 Q("420 suất học bổng", 420, "suất học bổng"), Q("5 căn nhà tình thương", 5, "căn nhà tình thương"), Q("100%", 100, "%"),
 Q("620 triệu đồng", 620000000, "đồng"), Q("2 thánh đường", 2, "thánh đường"), Q("12 chức sắc", 12, "chức sắc")],
[D("Nghị định", "162", "2017/NĐ-CP", "2017-12-30", "Chính phủ", "Nghị định số 162/2017/NĐ-CP ngày 30/12/2017"),
 D("Quyết định", "1860", "QĐ-UBND", "2018-07-18", "UBND tỉnh", "Quyết định số 1860/QĐ-UBND ngày 18/7/2018")],
[prov("Bình Thuận"), com("Phú Lạc"), com("Liên Hương")],
["ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH THUẬN", "Vị trí: Trang chủ > Tin tức > Mặt trận các huyện, thị xã, thành phố",
 "Quang cảnh hội nghị. Ảnh: Ngọc Lân", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Luật Tín ngưỡng, tôn giáo", "giáo xứ Liên Hương", "Lượt xem: 357"],
["Ngày 23/11/2018 | 10:15", "năm 2018", "bão số 9", "Lượt xem: 357"]))

PAGES.append(page("b2320-kontum-dakha-bdvhu-baocao-2019", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Trang chủ » Dân vận cơ sở » Huyện, thành phố
Thứ Năm, 10/10/2019 - 16:05
Đăk Hà: Kết quả nổi bật công tác dân vận 9 tháng năm 2019
Trong 9 tháng năm 2019, Ban Dân vận Huyện ủy Đăk Hà (tỉnh Kon Tum) đã tham mưu Ban Thường vụ Huyện ủy triển khai nhiều chủ trương về công tác dân vận, tập trung vận động đồng bào Xơ Đăng, Ba Na, Giẻ Triêng phát triển kinh tế, giữ gìn an ninh trật tự ở thôn, làng.
Cán bộ dân vận xã Ngọk Réo trò chuyện với người dân. Ảnh: A Khiêm
Theo đồng chí A Sáu, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy, Ban đã tham mưu ban hành Kế hoạch số 88-KH/HU ngày 14/3/2019 của Ban Thường vụ Huyện ủy thực hiện Chỉ thị số 33-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc thiểu số; ban hành Hướng dẫn 12, 13-HD/BDVHU về tổ chức sinh hoạt tổ dân vận thôn và xây dựng mô hình "Dân vận khéo" năm 2019.
Kết quả, khối dân vận đã vận động 1.420 hộ trồng mới 560 ha cây ăn quả và cây dược liệu; nhân dân hiến 12.600 m2 đất, góp 3.800 ngày công làm 9,5 km đường bê tông nông thôn. Huyện đã xây dựng 34 mô hình "Dân vận khéo", trong đó 6 mô hình cấp tỉnh. Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số giảm 3,8%. Lực lượng dân vận cơ sở đã hòa giải thành 21 vụ việc mâu thuẫn trong nội bộ nhân dân; phát hiện và vận động 4 trường hợp từ bỏ tham gia "Hà Mòn".
Nhiều cán bộ cơ sở là người dân tộc thiểu số có cách làm hay. Bà Y Nhàn, ĐUV, Chủ tịch Hội LHPN xã Ngọk Réo, đã vận động 65 phụ nữ Xơ Đăng tham gia tổ hợp tác dệt thổ cẩm. Ông A Đoan, Bí thư Chi bộ kiêm Trưởng thôn Kon Gung, xã Đăk Ui, vận động 37 hộ hiến đất làm nhà văn hóa. Các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Y Lan, Trần Đình Quý phụ trách theo dõi 11 xã, thị trấn.
Bên cạnh kết quả đạt được, công tác dân vận ở một số xã còn hạn chế: việc nắm tình hình ở các thôn xa còn chậm, một số tổ dân vận thôn sinh hoạt chưa đều, nội dung chưa phong phú; việc phối hợp giữa chính quyền và đoàn thể trong giải quyết kiến nghị của người dân có lúc chưa kịp thời.
Đồng chí A Sáu cho biết, 3 tháng cuối năm, Ban Dân vận Huyện ủy tiếp tục thực hiện Quy chế công tác dân vận theo Quyết định số 290-QĐ/TW của Bộ Chính trị; tham mưu tổng kết 5 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư; chuẩn bị gặp mặt 142 người có uy tín dịp cuối năm.
A Khiêm - Ban Dân vận Huyện ủy Đăk Hà
Lượt xem: 489
Các tin khác
- Sa Thầy gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (04/10/2019)
- Ngọc Hồi: ra mắt 5 tổ dân vận thôn (26/09/2019)
- Ban Dân vận Tỉnh ủy giao ban quý III năm 2019 (18/09/2019)
- Kon Plông vận động đồng bào giữ gìn văn hóa cồng chiêng (06/09/2019)
Bản quyền thuộc Ban Dân vận Tỉnh ủy Kon Tum. Địa chỉ: số 90 Trần Hưng Đạo, thành phố Kon Tum.
""", "2019-10-10", "Đăk Hà: Kết quả nổi bật công tác dân vận 9 tháng năm 2019",
E("bao_cao", None, None),
[P("A Sáu", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy"),
 P("Y Nhàn", "ĐUV", "Chủ tịch Hội LHPN xã Ngọk Réo"),
 P("A Đoan", "Bí thư Chi bộ kiêm Trưởng thôn Kon Gung"),
 P("Y Lan", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Trần Đình Quý", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("1.420 hộ", 1420, "hộ"), Q("560 ha", 560, "ha"), Q("12.600 m2", 12600, "m2"), Q("3.800 ngày công", 3800, "ngày công"),
 Q("9,5 km", 9.5, "km"), Q("34 mô hình", 34, "mô hình"), Q("6 mô hình cấp tỉnh", 6, "mô hình cấp tỉnh"), Q("3,8%", 3.8, "%"),
 Q("21 vụ việc mâu thuẫn", 21, "vụ việc mâu thuẫn"), Q("4 trường hợp", 4, "trường hợp"),
 Q("65 phụ nữ Xơ Đăng", 65, "phụ nữ Xơ Đăng"), Q("37 hộ", 37, "hộ"), Q("11 xã, thị trấn", 11, "xã, thị trấn"),
 Q("142 người có uy tín", 142, "người có uy tín")],
[D("Kế hoạch", "88", "KH/HU", "2019-03-14", "Ban Thường vụ Huyện ủy", "Kế hoạch số 88-KH/HU ngày 14/3/2019"),
 D("Chỉ thị", "33", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 33-CT/TU"),
 D("Hướng dẫn", "12", "HD/BDVHU", None, None, "Hướng dẫn 12, 13-HD/BDVHU"),
 D("Hướng dẫn", "13", "HD/BDVHU", None, None, "Hướng dẫn 12, 13-HD/BDVHU"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW")],
[prov("Kon Tum"), com("Ngọk Réo"), com("Đăk Ui")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Trang chủ » Dân vận cơ sở » Huyện, thành phố",
 "Cán bộ dân vận xã Ngọk Réo trò chuyện với người dân. Ảnh: A Khiêm", "Dân vận khéo", "Hà Mòn", "Lượt xem: 489"],
["Thứ Năm, 10/10/2019 - 16:05", "9 tháng năm 2019", "năm 2019", "3 tháng cuối năm", "5 năm", "Lượt xem: 489"]))
