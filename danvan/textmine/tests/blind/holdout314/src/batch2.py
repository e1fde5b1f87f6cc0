from lib import *
PAGES = []

PAGES.append(page("b7499-quangnam-mttq-giaoban-2017", """
BÁO QUẢNG NAM ONLINE
Chính trị >> Mặt trận
06/10/2017 - 15:42
Đồng chí Võ Thị Hồng Lan phát biểu tại buổi giao ban.
Giao ban công tác giám sát quý III: nhiều kiến nghị của Ban Thanh tra nhân dân chưa được trả lời
(QNO) - Sáng 5/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức giao ban công tác giám sát, phản biện xã hội quý III/2017 với Ủy ban MTTQ các huyện, thị xã, thành phố. Đồng chí Võ Thị Hồng Lan, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Nam chủ trì.
Theo báo cáo, trong quý III, Ban Thanh tra nhân dân 244 xã, phường, thị trấn đã tiến hành 287 cuộc giám sát; Ban Giám sát đầu tư của cộng đồng giám sát 156 công trình, chủ yếu là đường bê tông, nhà văn hóa thôn và kênh mương nội đồng. Qua giám sát đã có 64 kiến nghị gửi chính quyền cùng cấp, nhưng mới có 38 kiến nghị được trả lời bằng văn bản, chiếm khoảng 59%.
Mặt trận tỉnh cũng đã triển khai giám sát chuyên đề theo Quyết định số 217-QĐ/TW của Bộ Chính trị về việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo tại 3 huyện miền núi Nam Trà My, Tây Giang, Phước Sơn. Kết quả cho thấy có 42 căn nhà chưa hoàn thành đúng tiến độ, chủ yếu do vật liệu phải vận chuyển xa, giá tăng.
Tại buổi giao ban, ông Bríu Quân, Chủ tịch Ủy ban MTTQ Việt Nam huyện Tây Giang, cho biết nhiều thành viên ban giám sát là người Cơ Tu, được bà con tin tưởng nhưng chưa quen đọc hồ sơ thiết kế. Ông Trần Văn Bảy, Trưởng ban Thanh tra nhân dân xã Tam Thăng (TP Tam Kỳ), đề nghị UBND xã phải công khai bảng dự toán tại công trường để người dân cùng theo dõi. Bà Hồ Thị Thu, Phó Chủ tịch Ủy ban MTTQ Việt Nam thị xã Điện Bàn, phản ánh kinh phí cho Ban Giám sát đầu tư của cộng đồng theo Thông tư 31/2015/TT-BTC của Bộ Tài chính ở nhiều xã chưa được bố trí.
Kết luận buổi giao ban, đồng chí Võ Thị Hồng Lan đề nghị quý IV Mặt trận các cấp đôn đốc chính quyền trả lời kiến nghị còn tồn đọng; tiếp tục thực hiện Kế hoạch 114, 115/KH-MTTQ-BTT về giám sát việc thu, chi các khoản đóng góp tự nguyện và về giám sát đầu tư công năm 2017; phấn đấu đến cuối năm 100% xã có Ban Giám sát đầu tư của cộng đồng được kiện toàn. Đồng chí cũng lưu ý việc chuẩn bị tổng kết công tác giám sát năm và các hoạt động chào mừng Ngày truyền thống Mặt trận.
Đồng chí Lê Minh Trí, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, thông tin thêm: từ đầu năm, các ban đã phát hiện 11 công trình thi công không đúng thiết kế, kiến nghị giảm trừ giá trị nghiệm thu gần 680 triệu đồng.
VĨNH LỘC
Tin liên quan
- Núi Thành: tổng kết 10 năm Ban Thanh tra nhân dân (29/09/2017)
- Tiên Phước giám sát việc chi trả tiền trợ cấp cho người có công (21/09/2017)
- Hội An: người dân góp ý xây dựng Đảng, xây dựng chính quyền (14/09/2017)
""", "2017-10-06", "Giao ban công tác giám sát quý III: nhiều kiến nghị của Ban Thanh tra nhân dân chưa được trả lời",
E("giao_ban", "2017-Q3", "2017-10-05"),
[P("Võ Thị Hồng Lan", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Nam"),
 P("Bríu Quân", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Tây Giang"),
 P("Trần Văn Bảy", "Trưởng ban Thanh tra nhân dân xã Tam Thăng"),
 P("Hồ Thị Thu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thị xã Điện Bàn"),
 P("Lê Minh Trí", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh")],
[Q("244 xã, phường, thị trấn", 244, "xã, phường, thị trấn"), Q("287 cuộc giám sát", 287, "cuộc giám sát"),
 Q("156 công trình", 156, "công trình"), Q("64 kiến nghị", 64, "kiến nghị"), Q("38 kiến nghị", 38, "kiến nghị"),
 Q("khoảng 59%", 59, "%", "approx"), Q("3 huyện miền núi", 3, "huyện miền núi"), Q("42 căn nhà", 42, "căn nhà"),
 Q("100% xã", 100, "%"), Q("11 công trình", 11, "công trình"), Q("gần 680 triệu đồng", 680000000, "đồng", "approx")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW của Bộ Chính trị"),
 D("Thông tư", "31", "2015/TT-BTC", None, "Bộ Tài chính", "Thông tư 31/2015/TT-BTC của Bộ Tài chính"),
 D("Kế hoạch", "114", "KH-MTTQ-BTT", None, None, "Kế hoạch 114, 115/KH-MTTQ-BTT"),
 D("Kế hoạch", "115", "KH-MTTQ-BTT", None, None, "Kế hoạch 114, 115/KH-MTTQ-BTT")],
[prov("Quảng Nam"), com("Tam Thăng")],
["BÁO QUẢNG NAM ONLINE", "Chính trị >> Mặt trận", "Đồng chí Võ Thị Hồng Lan phát biểu tại buổi giao ban.", "(QNO)",
 "Ngày truyền thống Mặt trận", "VĨNH LỘC"],
["06/10/2017 - 15:42", "quý III/2017", "quý IV", "năm 2017"]))

PAGES.append(page("b7500-binhduong-ttnd-tongket-2018", """
binhduong.gov.vn - Cổng thông tin điện tử tỉnh Bình Dương
Trang chủ / Tin tức / Mặt trận - Đoàn thể
21.12.2018 | 08:05
Tổng kết hoạt động Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng năm 2018
Chiều 20/12, Ủy ban MTTQ Việt Nam tỉnh Bình Dương phối hợp với Thanh tra tỉnh, Liên đoàn Lao động tỉnh tổng kết hoạt động Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng năm 2018. Ông Nguyễn Văn Lộc - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh - dự và phát biểu chỉ đạo. Chủ trì hội nghị có bà Nguyễn Thị Kim Oanh - Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Năm 2018, các Ban Thanh tra nhân dân ở 91 xã, phường, thị trấn và hơn 600 cơ quan, doanh nghiệp đã thực hiện 1.428 cuộc giám sát, phát hiện 175 vụ việc có dấu hiệu vi phạm, kiến nghị xử lý, thu hồi cho người lao động và ngân sách hơn 3,6 tỷ đồng. Riêng tại khu vực doanh nghiệp, Ban Thanh tra nhân dân đã giám sát việc đóng bảo hiểm xã hội, trả lương, thưởng Tết cho khoảng 86.000 công nhân, góp phần giảm 9 vụ ngừng việc tập thể so với năm trước.
Ban Giám sát đầu tư của cộng đồng các xã, phường đã giám sát 311 công trình, dự án với tổng mức đầu tư hơn 1.240 tỷ đồng; kiến nghị điều chỉnh 27 nội dung liên quan chất lượng, tiến độ, vệ sinh môi trường. Hoạt động giám sát được gắn với thực hiện Nghị định số 84/2015/NĐ-CP của Chính phủ về giám sát và đánh giá đầu tư và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận.
Trao đổi tại hội nghị, ông Đặng Văn Tâm - Trưởng ban Thanh tra nhân dân Công ty cổ phần Gỗ Thuận An - nêu cách làm: ban đặt hộp thư góp ý ở 4 xưởng, mỗi tháng gặp Giám đốc một lần. Bà Phạm Thị Ngọc Hân - Trưởng ban Giám sát đầu tư của cộng đồng phường Tân Định (thị xã Bến Cát) - cho biết ban đã kiến nghị bổ sung hệ thống thoát nước cho tuyến đường DX 03 sau khi người dân phản ánh ngập cục bộ.
Phát biểu chỉ đạo, ông Nguyễn Văn Lộc ghi nhận Ban Thanh tra nhân dân đã thực sự là cầu nối giữa người lao động với người sử dụng lao động, giữa nhân dân với chính quyền. Ông đề nghị năm 2019 tập trung giám sát các dự án khu dân cư, tái định cư và việc thực hiện Chỉ thị số 12-CT/TU của Tỉnh ủy về tăng cường công tác tiếp công dân, giải quyết khiếu nại, tố cáo.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 22 tập thể, 31 cá nhân; Liên đoàn Lao động tỉnh tặng bằng khen cho 15 Ban Thanh tra nhân dân tiêu biểu.
Tin, ảnh: Kim Hà
Các tin khác
- Dĩ An: giám sát việc thu phí vệ sinh tại các khu nhà trọ (14/12/2018)
- Bàu Bàng ra mắt mô hình "Dân vận khéo" (07/12/2018)
- Tân Uyên đối thoại với công nhân (30/11/2018)
""", "2018-12-21", "Tổng kết hoạt động Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng năm 2018",
E("tong_ket", "2018", "2018-12-20"),
[P("Nguyễn Văn Lộc", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Thị Kim Oanh", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Văn Tâm", "Trưởng ban Thanh tra nhân dân Công ty cổ phần Gỗ Thuận An"),
 P("Phạm Thị Ngọc Hân", "Trưởng ban Giám sát đầu tư của cộng đồng phường Tân Định")],
[Q("91 xã, phường, thị trấn", 91, "xã, phường, thị trấn"), Q("hơn 600 cơ quan, doanh nghiệp", 600, "cơ quan, doanh nghiệp", "over"),
 Q("1.428 cuộc giám sát", 1428, "cuộc giám sát"), Q("175 vụ việc", 175, "vụ việc"),
 Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"), Q("khoảng 86.000 công nhân", 86000, "công nhân", "approx"),
 Q("9 vụ ngừng việc tập thể", 9, "vụ ngừng việc tập thể"), Q("311 công trình, dự án", 311, "công trình, dự án"),
 Q("hơn 1.240 tỷ đồng", 1240000000000, "đồng", "over"), Q("27 nội dung", 27, "nội dung"), Q("4 xưởng", 4, "xưởng"),
 Q("22 tập thể", 22, "tập thể"), Q("31 cá nhân", 31, "cá nhân"),
 Q("15 Ban Thanh tra nhân dân tiêu biểu", 15, "Ban Thanh tra nhân dân tiêu biểu")],
[D("Nghị định", "84", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 84/2015/NĐ-CP của Chính phủ"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-06-15", None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017"),
 D("Chỉ thị", "12", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 12-CT/TU của Tỉnh ủy")],
[prov("Bình Dương"), com("Tân Định")],
["binhduong.gov.vn - Cổng thông tin điện tử tỉnh Bình Dương", "Trang chủ / Tin tức / Mặt trận - Đoàn thể",
 "Công ty cổ phần Gỗ Thuận An", "Dân vận khéo"],
["21.12.2018 | 08:05", "năm 2018", "năm 2019", "DX 03", "mỗi tháng"]))

PAGES.append(page("b7501-phutho-ttnd-daihoi-2019", """
ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH PHÚ THỌ
Vị trí: Tin tức > Thời sự > Địa phương
Cập nhật lúc 10:10 ngày 26/03/2019
Phường Gia Cẩm bầu Ban Thanh tra nhân dân nhiệm kỳ 2019 - 2021
Ngày 24/3, Ủy ban MTTQ phường Gia Cẩm (thành phố Việt Trì) tổ chức Đại hội Ban Thanh tra nhân dân phường nhiệm kỳ 2019 - 2021. Dự đại hội có 112 đại biểu đại diện cho hơn 3.400 hộ dân của 18 khu dân cư.
Đại hội dưới sự điều hành của đoàn chủ tịch gồm các ông, bà: Nguyễn Văn Cường, Chủ tịch Ủy ban MTTQ phường; Trịnh Thị Loan, Phó Chủ tịch Ủy ban MTTQ phường; Đỗ Quang Vinh, Trưởng ban Thanh tra nhân dân phường nhiệm kỳ 2017 - 2019.
Báo cáo tổng kết nhiệm kỳ 2017 - 2019 cho thấy, Ban Thanh tra nhân dân phường đã tiến hành 16 cuộc giám sát về thu, chi ngân sách, quản lý đất công, xây dựng nhà văn hóa khu và giải quyết đơn thư của công dân. Ban đã tiếp nhận 23 ý kiến phản ánh của nhân dân, chuyển các cơ quan chức năng giải quyết 21 ý kiến; kiến nghị phường thu hồi 47,5 triệu đồng chi chưa đúng quy định, kiến nghị xử lý 2 trường hợp lấn chiếm hành lang giao thông.
Phát biểu tại đại hội, ông Phan Đức Thịnh, Phó Chủ tịch Ủy ban MTTQ thành phố Việt Trì, đánh giá cao việc ban đã phối hợp với Đảng ủy, UBND phường triển khai Nghị định 159/2016/NĐ-CP ngày 29/11/2016 của Chính phủ quy định chi tiết Luật Thanh tra về tổ chức và hoạt động của Ban Thanh tra nhân dân, và Hướng dẫn số 05/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về quy trình bầu ban. Ông đề nghị ban nhiệm kỳ mới chú trọng giám sát việc thực hiện Quy chế dân chủ ở cơ sở và các dự án chỉnh trang đô thị trên địa bàn.
Theo Ủy ban MTTQ tỉnh Phú Thọ, đợt đại hội Ban Thanh tra nhân dân nhiệm kỳ 2019 - 2021 được tổ chức đồng loạt ở các xã, phường, thị trấn trong tỉnh, hoàn thành trước ngày 31/3. Gia Cẩm là một trong những phường được chọn tổ chức đại hội điểm của thành phố Việt Trì, với cách làm bầu trực tiếp từ danh sách do các khu dân cư giới thiệu.
Ông Lê Hồng Phong, Bí thư Đảng ủy phường, đề nghị các thành viên mới phải "sâu sát, khách quan, đúng luật", thông tin kịp thời cho cấp ủy những vấn đề nổi cộm.
Đại hội đã bầu 9 ông, bà vào Ban Thanh tra nhân dân phường nhiệm kỳ 2019 - 2021. Tại phiên họp thứ nhất, ban đã bầu bà Trịnh Thị Loan làm Trưởng ban; ông Hà Văn Thắng, cán bộ hưu trí, làm Phó Trưởng ban. Ngay sau đại hội, ban mới đã thông qua chương trình giám sát năm 2019 với 6 nội dung trọng tâm, trong đó có giám sát việc thu phí vệ sinh môi trường và việc cấp giấy chứng nhận quyền sử dụng đất.
Minh Hằng - Phòng Thời sự
Xem thêm
- Việt Trì: hơn 200 Ban Thanh tra nhân dân tổ chức đại hội (20/03/2019)
- Lâm Thao giám sát việc thực hiện chính sách bảo hiểm y tế (12/03/2019)
- Tân Sơn: người dân góp ý cho hoạt động của Mặt trận cơ sở (05/03/2019)
""", "2019-03-26", "Phường Gia Cẩm bầu Ban Thanh tra nhân dân nhiệm kỳ 2019 - 2021",
E("dai_hoi", None, "2019-03-24"),
[P("Nguyễn Văn Cường", "Chủ tịch Ủy ban MTTQ phường"),
 P("Trịnh Thị Loan", "Phó Chủ tịch Ủy ban MTTQ phường", "Trưởng ban"),
 P("Đỗ Quang Vinh", "Trưởng ban Thanh tra nhân dân phường nhiệm kỳ 2017 - 2019"),
 P("Phan Đức Thịnh", "Phó Chủ tịch Ủy ban MTTQ thành phố Việt Trì"),
 P("Lê Hồng Phong", "Bí thư Đảng ủy phường"),
 P("Hà Văn Thắng", "cán bộ hưu trí", "Phó Trưởng ban")],
[Q("112 đại biểu", 112, "đại biểu"), Q("hơn 3.400 hộ dân", 3400, "hộ dân", "over"), Q("18 khu dân cư", 18, "khu dân cư"),
 Q("16 cuộc giám sát", 16, "cuộc giám sát"), Q("23 ý kiến phản ánh", 23, "ý kiến phản ánh"), Q("21 ý kiến", 21, "ý kiến"),
 Q("47,5 triệu đồng", 47500000, "đồng"), Q("2 trường hợp", 2, "trường hợp"), Q("9 ông, bà", 9, "ông, bà"),
 Q("6 nội dung trọng tâm", 6, "nội dung trọng tâm")],
[D("Nghị định", "159", "2016/NĐ-CP", "2016-11-29", "Chính phủ", "Nghị định 159/2016/NĐ-CP ngày 29/11/2016 của Chính phủ"),
 D("Hướng dẫn", "05", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 05/HD-MTTQ-BTT")],
[prov("Phú Thọ"), com("Gia Cẩm")],
["ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH PHÚ THỌ", "Vị trí: Tin tức > Thời sự > Địa phương", "Minh Hằng - Phòng Thời sự",
 "Luật Thanh tra", "sâu sát, khách quan, đúng luật"],
["Cập nhật lúc 10:10 ngày 26/03/2019", "nhiệm kỳ 2019 - 2021", "nhiệm kỳ 2017 - 2019", "phiên họp thứ nhất", "năm 2019", "31/3"]))

PAGES.append(page("b7502-kiengiang-gsdtcd-baocao-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ BÌNH AN - HUYỆN CHÂU THÀNH - TỈNH KIÊN GIANG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp
Ngày 15/12/2020 | 14:30
Báo cáo kết quả hoạt động của Ban Giám sát đầu tư của cộng đồng xã Bình An năm 2020
Ngày 10/12/2020, Ban Giám sát đầu tư của cộng đồng xã Bình An đã có Báo cáo số 18/BC-BGS gửi Ban Thường trực Ủy ban MTTQ Việt Nam xã về kết quả hoạt động năm 2020. Trang thông tin điện tử xã đăng tải tóm tắt nội dung báo cáo như sau:
1. Về tổ chức: Ban Giám sát đầu tư của cộng đồng xã được kiện toàn theo Quyết định số 07/QĐ-MTTQ ngày 06/02/2020 của Ban Thường trực Ủy ban MTTQ xã, gồm 9 thành viên, do ông Lâm Văn Hiếu, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, làm Trưởng ban; bà Danh Thị Sa Ra, Chi hội trưởng Chi hội Phụ nữ ấp Minh Hòa, làm Phó Trưởng ban. Ban hoạt động theo Nghị định số 84/2015/NĐ-CP và Thông tư số 30/2015/TT-BTC của Bộ Tài chính.
2. Kết quả giám sát: Trong năm, ban đã giám sát 7 công trình với tổng vốn đầu tư khoảng 6,2 tỷ đồng, gồm 4 tuyến đường giao thông nông thôn, 1 cầu bê tông ấp Phước Lợi, 1 trạm cấp nước và phần sửa chữa Trường Tiểu học Bình An. Trong đó, 5 công trình đã hoàn thành, nghiệm thu, đưa vào sử dụng; 2 công trình đang thi công.
Qua giám sát, ban đã phát hiện và kiến nghị 9 nội dung, như: đơn vị thi công để vật liệu lấn chiếm lòng đường, thiếu biển báo công trình; đổ đá dăm sai chủng loại ở đoạn đường dài 320 m. Các kiến nghị đã được chủ đầu tư và đơn vị thi công tiếp thu, khắc phục 8/9 nội dung, đạt 88,9%. Tại công trình cầu ấp Phước Lợi, ban phối hợp với Ban Thanh tra nhân dân xã vận động 14 hộ dân hiến đất, tháo dỡ hàng rào để làm đường dẫn.
3. Tồn tại: Một số thành viên chưa nắm chắc nghiệp vụ; có công trình chủ đầu tư chưa gửi hồ sơ thiết kế cho ban; kinh phí hoạt động năm 2020 của ban chỉ 4,5 triệu đồng, chưa đáp ứng yêu cầu.
4. Phương hướng năm 2021: Tiếp tục giám sát các công trình thuộc Chương trình mục tiêu quốc gia xây dựng nông thôn mới; đề nghị UBND xã công khai kế hoạch đầu tư công trung hạn 2021 - 2025; phối hợp với Ban Thanh tra nhân dân giám sát việc hỗ trợ người dân gặp khó khăn do đại dịch Covid-19 theo Nghị quyết 42/NQ-CP của Chính phủ.
Báo cáo do ông Lâm Văn Hiếu ký, gửi Ủy ban MTTQ huyện Châu Thành và Ủy ban MTTQ tỉnh Kiên Giang để tổng hợp. Toàn văn báo cáo được niêm yết tại trụ sở UBND xã và Nhà văn hóa các ấp.
Quản trị viên
Số lượt truy cập: 58.921
Các tin đã đưa
- Xã Bình An tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2020 (18/11/2020)
- Thông báo lịch tiếp công dân tháng 12/2020 (01/12/2020)
- Ban Thanh tra nhân dân xã giám sát việc chi trả tiền hỗ trợ Covid-19 (20/10/2020)
""", "2020-12-15", "Báo cáo kết quả hoạt động của Ban Giám sát đầu tư của cộng đồng xã Bình An năm 2020",
E("bao_cao", "2020", "2020-12-10"),
[P("Lâm Văn Hiếu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Trưởng ban"),
 P("Danh Thị Sa Ra", "Chi hội trưởng Chi hội Phụ nữ ấp Minh Hòa", "Phó Trưởng ban")],
[Q("9 thành viên", 9, "thành viên"), Q("7 công trình", 7, "công trình"), Q("khoảng 6,2 tỷ đồng", 6200000000, "đồng", "approx"),
 Q("4 tuyến đường giao thông nông thôn", 4, "tuyến đường giao thông nông thôn"), Q("1 cầu bê tông", 1, "cầu bê tông"),
 Q("1 trạm cấp nước", 1, "trạm cấp nước"), Q("5 công trình", 5, "công trình"), Q("2 công trình", 2, "công trình"),
 Q("9 nội dung", 9, "nội dung"), Q("320 m", 320, "m"), Q("8/9 nội dung", 8, "nội dung"), Q("88,9%", 88.9, "%"),
 Q("14 hộ dân", 14, "hộ dân"), Q("4,5 triệu đồng", 4500000, "đồng")],
[D("Báo cáo", "18", "BC-BGS", "2020-12-10", "Ban Giám sát đầu tư của cộng đồng xã Bình An", "Báo cáo số 18/BC-BGS"),
 D("Quyết định", "07", "QĐ-MTTQ", "2020-02-06", "Ban Thường trực Ủy ban MTTQ xã", "Quyết định số 07/QĐ-MTTQ ngày 06/02/2020"),
 D("Nghị định", "84", "2015/NĐ-CP", None, None, "Nghị định số 84/2015/NĐ-CP"),
 D("Thông tư", "30", "2015/TT-BTC", None, "Bộ Tài chính", "Thông tư số 30/2015/TT-BTC của Bộ Tài chính"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết 42/NQ-CP của Chính phủ")],
[prov("Kiên Giang"), com("Bình An")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ BÌNH AN - HUYỆN CHÂU THÀNH - TỈNH KIÊN GIANG", "Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Trường Tiểu học Bình An", "Quản trị viên", "Số lượt truy cập: 58.921"],
["Ngày 15/12/2020 | 14:30", "năm 2020", "năm 2021", "2021 - 2025", "Covid-19", "Số lượt truy cập: 58.921"]))

PAGES.append(page("b7503-haiphong-gsdtcd-giamsat-2021", """
Báo Hải Phòng điện tử
9 tháng 6, 2021 | 16:50
Xã hội / Xây dựng nông thôn mới
Giám sát cộng đồng tại công trình trường mầm non xã Kiền Bái: phát hiện tường rào chưa đúng thiết kế
Sáng 7-6, Ban Giám sát đầu tư của cộng đồng xã Kiền Bái (huyện Thủy Nguyên) phối hợp với Ban Thanh tra nhân dân xã tổ chức giám sát đột xuất công trình xây dựng Trường Mầm non Kiền Bái. Đây là công trình có tổng mức đầu tư hơn 14,7 tỷ đồng từ ngân sách thành phố, huyện và xã, khởi công từ tháng 11-2020.
Đoàn giám sát do ông Phạm Văn Quyết, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Trưởng ban Giám sát đầu tư của cộng đồng, làm trưởng đoàn, cùng 6 thành viên là cán bộ hưu trí, cựu chiến binh, đại diện các thôn. Đại diện chủ đầu tư là ông Nguyễn Đình Hưng, Phó Chủ tịch UBND xã; đơn vị tư vấn giám sát và nhà thầu cùng tham gia.
Qua kiểm tra thực tế, đoàn ghi nhận khối nhà 2 tầng với 8 phòng học đã xong phần thô, đạt khoảng 75% khối lượng. Tuy nhiên, đoạn tường rào phía Tây dài khoảng 46 m được xây bằng gạch không nung loại khác với hồ sơ thiết kế; một số vị trí trát tường bị nứt chân chim. Ông Vũ Đức Long, thành viên ban, nguyên là kỹ sư xây dựng, đề nghị đơn vị tư vấn giám sát giải trình việc thay đổi vật liệu.
Ông Nguyễn Đình Hưng tiếp thu, cam kết chỉ đạo nhà thầu tháo dỡ, xây lại đoạn tường rào trong vòng 10 ngày, đồng thời gửi Ban Giám sát toàn bộ hồ sơ điều chỉnh. Ông cho biết UBND xã đã niêm yết công khai dự toán tại trụ sở xã theo Kế hoạch số 38/KH-UBND của UBND xã về thực hiện công khai, minh bạch trong đầu tư công.
Theo ông Phạm Văn Quyết, từ đầu năm 2021, Ban Giám sát đầu tư của cộng đồng xã đã giám sát 5 công trình, kiến nghị 13 nội dung. Việc giám sát được thực hiện theo Kế hoạch số 06/KH-MTTQ ngày 25/01/2021 của Ban Thường trực Ủy ban MTTQ xã, bám sát Nghị định 29/2021/NĐ-CP của Chính phủ quy định về trình tự, thủ tục thẩm định dự án quan trọng quốc gia và giám sát, đánh giá đầu tư.
Bà Lê Thị Thanh Xuân, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Thủy Nguyên, có mặt tại buổi giám sát, cho biết năm 2021 Mặt trận huyện hướng dẫn các xã giám sát chặt chẽ 100% công trình trường học, trạm y tế; huyện đã đề nghị các chủ đầu tư trả lời kiến nghị của ban giám sát trong thời hạn không quá 15 ngày.
Hoàng Nam
Theo kế hoạch, công trình sẽ bàn giao trước năm học mới 2021 - 2022.
Tin khác
- An Dương giám sát việc chi hỗ trợ người lao động gặp khó khăn do Covid-19 (04/06/2021)
- Tiên Lãng: 25 Ban Thanh tra nhân dân được kiện toàn (28/05/2021)
- Kiến Thụy: đối thoại về giải phóng mặt bằng (21/05/2021)
""", "2021-06-09", "Giám sát cộng đồng tại công trình trường mầm non xã Kiền Bái: phát hiện tường rào chưa đúng thiết kế",
E("giam_sat", None, "2021-06-07"),
[P("Phạm Văn Quyết", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Trưởng ban Giám sát đầu tư của cộng đồng", "trưởng đoàn"),
 P("Nguyễn Đình Hưng", "Phó Chủ tịch UBND xã"),
 P("Vũ Đức Long", "thành viên ban"),
 P("Lê Thị Thanh Xuân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Thủy Nguyên")],
[Q("hơn 14,7 tỷ đồng", 14700000000, "đồng", "over"), Q("6 thành viên", 6, "thành viên"), Q("8 phòng học", 8, "phòng học"),
 Q("khoảng 75%", 75, "%", "approx"), Q("khoảng 46 m", 46, "m", "approx"), Q("5 công trình", 5, "công trình"),
 Q("13 nội dung", 13, "nội dung"), Q("100% công trình", 100, "%")],
[D("Kế hoạch", "38", "KH-UBND", None, "UBND xã", "Kế hoạch số 38/KH-UBND của UBND xã"),
 D("Kế hoạch", "06", "KH-MTTQ", "2021-01-25", "Ban Thường trực Ủy ban MTTQ xã", "Kế hoạch số 06/KH-MTTQ ngày 25/01/2021"),
 D("Nghị định", "29", "2021/NĐ-CP", None, "Chính phủ", "Nghị định 29/2021/NĐ-CP của Chính phủ")],
[prov("Hải Phòng"), com("Kiền Bái")],
["Báo Hải Phòng điện tử", "Xã hội / Xây dựng nông thôn mới", "Trường Mầm non Kiền Bái", "Hoàng Nam"],
["9 tháng 6, 2021 | 16:50", "7-6", "tháng 11-2020", "khối nhà 2 tầng", "10 ngày", "15 ngày", "năm học mới 2021 - 2022", "năm 2021"]))

PAGES.append(page("b7504-quangtri-ttnd-doithoai-2021", """
QUẢNG TRỊ ONLINE
2021-11-18 09:20
Chính trị - Xã hội » Dân chủ cơ sở
Chủ tịch UBND xã Cam Thành đối thoại với Ban Thanh tra nhân dân và người dân
Chiều 16/11, UBND xã Cam Thành (huyện Cam Lộ) phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức hội nghị đối thoại giữa người đứng đầu chính quyền với Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng và nhân dân năm 2021. Chủ trì đối thoại là ông Hồ Văn Lượng, Chủ tịch UBND xã, và bà Nguyễn Thị Thúy Hằng, Chủ tịch Ủy ban MTTQ Việt Nam xã. Tham dự có hơn 90 người dân đại diện 9 thôn.
Mở đầu buổi đối thoại, ông Trần Văn Cường, Trưởng ban Thanh tra nhân dân xã, đã tổng hợp và nêu 17 ý kiến, kiến nghị mà ban thu thập được qua giám sát và qua hòm thư góp ý trong năm. Các ý kiến tập trung vào việc chậm cấp giấy chứng nhận quyền sử dụng đất cho 26 hộ ở thôn Tân Hiếu, việc chi trả hỗ trợ cho người lao động tự do theo Nghị quyết 68/NQ-CP của Chính phủ, tình trạng xe chở gỗ keo làm hư hỏng đường liên thôn và việc chậm sửa chữa đập Khe Mây.
Người dân thôn Cam Phú, ông Lê Văn Toản, hỏi vì sao đường bê tông thôn mới làm được hơn 1 năm đã bong tróc. Ông Hồ Văn Lượng cho biết tuyến đường có vốn 780 triệu đồng, trong đó dân góp 20%; xã đã yêu cầu nhà thầu bảo hành, sửa chữa 210 m trước ngày 30/12. Về đất đai, xã đã hoàn thiện hồ sơ cho 19 hộ, 7 hộ còn lại do vướng ranh giới với rừng phòng hộ, xã sẽ đề nghị huyện xử lý.
Ông Nguyễn Văn Lực, Phó Trưởng ban Giám sát đầu tư của cộng đồng xã, kiến nghị UBND xã gửi hồ sơ thiết kế của 3 công trình sắp khởi công cho ban trước ít nhất 7 ngày để ban lập kế hoạch giám sát. Bà Lê Thị Mơ, người dân thôn Phổ Lại, đề nghị xã công khai danh sách hộ được hỗ trợ giống cây trồng sau lũ.
Kết thúc đối thoại, ông Hồ Văn Lượng ghi nhận 100% ý kiến, giao các bộ phận chuyên môn trả lời bằng văn bản trong tháng 12; đồng thời khẳng định xã sẽ tiếp tục thực hiện nghiêm Quyết định số 25/QĐ-UBND ngày 15/02/2021 của UBND xã ban hành quy chế tiếp công dân, và phối hợp với Mặt trận theo Quy chế phối hợp số 01/QCPH-UBND-MTTQ.
Theo Ủy ban MTTQ tỉnh Quảng Trị, năm 2021 toàn tỉnh có hơn 100 xã, phường, thị trấn tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân; nhiều nơi mời Ban Thanh tra nhân dân trình bày các kiến nghị qua giám sát, giúp buổi đối thoại đi vào những việc cụ thể, tránh hình thức.
Bà Nguyễn Thị Thúy Hằng cho biết Ban Thường trực Ủy ban MTTQ xã sẽ giao Ban Thanh tra nhân dân giám sát việc thực hiện các cam kết tại buổi đối thoại và báo cáo kết quả vào quý I/2022.
Ngọc Trang
TIN CÙNG CHUYÊN MỤC
- Hải Lăng: đối thoại với người dân vùng dự án khu công nghiệp (11/11/2021)
- Gio Linh kiện toàn Ban Giám sát đầu tư của cộng đồng (04/11/2021)
- Vĩnh Linh giám sát việc hỗ trợ người dân bị ảnh hưởng lũ lụt (27/10/2021)
""", "2021-11-18", "Chủ tịch UBND xã Cam Thành đối thoại với Ban Thanh tra nhân dân và người dân",
E("doi_thoai", "2021", "2021-11-16"),
[P("Hồ Văn Lượng", "Chủ tịch UBND xã"),
 P("Nguyễn Thị Thúy Hằng", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Trần Văn Cường", "Trưởng ban Thanh tra nhân dân xã"),
 P("Lê Văn Toản", "Người dân thôn Cam Phú"),
 P("Nguyễn Văn Lực", "Phó Trưởng ban Giám sát đầu tư của cộng đồng xã"),
 P("Lê Thị Mơ", "người dân thôn Phổ Lại")],
[Q("hơn 90 người dân", 90, "người dân", "over"), Q("9 thôn", 9, "thôn"), Q("17 ý kiến, kiến nghị", 17, "ý kiến, kiến nghị"),
 Q("26 hộ", 26, "hộ"), Q("780 triệu đồng", 780000000, "đồng"), Q("20%", 20, "%"), Q("210 m", 210, "m"),
 Q("19 hộ", 19, "hộ"), Q("7 hộ", 7, "hộ"), Q("3 công trình", 3, "công trình"), Q("100% ý kiến", 100, "%"),
 Q("hơn 100 xã, phường, thị trấn", 100, "xã, phường, thị trấn", "over")],
[D("Nghị quyết", "68", "NQ-CP", None, "Chính phủ", "Nghị quyết 68/NQ-CP của Chính phủ"),
 D("Quyết định", "25", "QĐ-UBND", "2021-02-15", "UBND xã", "Quyết định số 25/QĐ-UBND ngày 15/02/2021 của UBND xã"),
 D("Quy chế phối hợp", "01", "QCPH-UBND-MTTQ", None, None, "Quy chế phối hợp số 01/QCPH-UBND-MTTQ")],
[prov("Quảng Trị"), com("Cam Thành")],
["QUẢNG TRỊ ONLINE", "Chính trị - Xã hội » Dân chủ cơ sở", "đập Khe Mây", "Ngọc Trang"],
["2021-11-18 09:20", "năm 2021", "hơn 1 năm", "30/12", "ít nhất 7 ngày", "tháng 12", "quý I/2022"]))
