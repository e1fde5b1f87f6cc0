from lib import *
PAGES = []

PAGES.append(page("b6155-bacgiang-bcd-hoinghi-bieuduong-2017", """
BÁO BẮC GIANG ĐIỆN TỬ
Trang chủ > Chính trị > Xây dựng Đảng
15/12/2017 - 10:05
Toàn cảnh hội nghị.
Biểu dương 120 gương điển hình thực hiện Quy chế dân chủ ở cơ sở
(BGĐT) - Ngày 14/12, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh Bắc Giang tổ chức Hội nghị biểu dương điển hình tiên tiến trong thực hiện QCDC năm 2017. Dự hội nghị có đồng chí Đỗ Thị Hải Yến, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Ban Chỉ đạo thực hiện QCDC tỉnh; đồng chí Ngô Văn Quý, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Thân Thị Nga, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh.
Hai năm thực hiện Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị và Chương trình hành động số 26-CTr/TU ngày 18/5/2016 của Ban Thường vụ Tỉnh ủy, việc thực hiện dân chủ ở cơ sở của tỉnh có nhiều chuyển biến tích cực. 230 xã, phường, thị trấn đều thực hiện công khai tài chính, đất đai, các dự án đầu tư; 2.388 thôn, tổ dân phố có hương ước, quy ước. Nhân dân đã hiến hơn 3,5 triệu m2 đất, đóng góp hơn 1.200 tỷ đồng xây dựng nông thôn mới. Nhiều địa phương xây dựng được xã "3 không": không đơn thư vượt cấp, không tệ nạn xã hội, không hộ đói.
Phong trào thi đua "Dân vận khéo" gắn với thực hiện QCDC đã có 35 mô hình tiêu biểu được nhân rộng. Số đơn thư khiếu nại, tố cáo năm 2017 giảm 18% so với năm 2016; 97,6% vụ việc được giải quyết ngay tại cơ sở.
Tại hội nghị, các đại biểu đã trao đổi kinh nghiệm. Ông Hoàng Văn Sìn, Bí thư Chi bộ kiêm Trưởng thôn Khuôn Thần, xã Kiên Lao, người dân tộc Nùng, chia sẻ thôn đã tổ chức 4 cuộc họp để bàn phương án dồn điền, đổi thửa, vận động 86 hộ đổi đất mà không có khiếu kiện. Bà Lý Thị Hiền, Chủ tịch Hội Nông dân xã Tân Sơn, giới thiệu mô hình "Tổ giám sát cộng đồng" do hội viên tự quản. Ông Trần Văn Hưởng, Phó Chủ tịch HĐND xã Nghĩa Trung, nói về việc lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND bầu.
Phát biểu tại hội nghị, đồng chí Đỗ Thị Hải Yến đánh giá cao các tập thể, cá nhân điển hình; đề nghị các cấp ủy, chính quyền tiếp tục quan tâm thực hiện dân chủ trong công tác cán bộ, công khai các chế độ, chính sách để người dân giám sát; người đứng đầu phải thường xuyên tiếp xúc, đối thoại với nhân dân; xử lý nghiêm cán bộ vi phạm quyền làm chủ của nhân dân.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 45 tập thể và 75 cá nhân, tổng cộng 120 gương điển hình trong thực hiện QCDC giai đoạn 2016 - 2017, theo Quyết định số 1988/QĐ-UBND. Mỗi tập thể được thưởng 1,5 triệu đồng, mỗi cá nhân 700.000 đồng.
Thu Hà
Lượt xem: 2.417
Tin liên quan
- Lục Ngạn: Đối thoại giữa người đứng đầu cấp ủy với nhân dân (05/12/2017)
- Yên Thế kiện toàn Ban Thanh tra nhân dân xã (24/11/2017)
- Giao ban khối dân vận quý III (12/10/2017)
""", "2017-12-15", "Biểu dương 120 gương điển hình thực hiện Quy chế dân chủ ở cơ sở",
E("hoi_nghi", "2017", "2017-12-14"),
[P("Đỗ Thị Hải Yến", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Ban Chỉ đạo thực hiện QCDC tỉnh"),
 P("Ngô Văn Quý", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thân Thị Nga", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Sìn", "Bí thư Chi bộ kiêm Trưởng thôn Khuôn Thần"),
 P("Lý Thị Hiền", "Chủ tịch Hội Nông dân xã Tân Sơn"),
 P("Trần Văn Hưởng", "Phó Chủ tịch HĐND xã Nghĩa Trung")],
[Q("120 gương điển hình", 120, "gương điển hình"), Q("230 xã, phường, thị trấn", 230, "xã, phường, thị trấn"),
 Q("2.388 thôn, tổ dân phố", 2388, "thôn, tổ dân phố"), Q("hơn 3,5 triệu m2", 3500000, "m2", "over"),
 Q("hơn 1.200 tỷ đồng", 1200000000000, "đồng", "over"), Q("35 mô hình tiêu biểu", 35, "mô hình tiêu biểu"),
 Q("18%", 18, "%"), Q("97,6%", 97.6, "%"), Q("4 cuộc họp", 4, "cuộc họp"), Q("86 hộ", 86, "hộ"),
 Q("45 tập thể", 45, "tập thể"), Q("75 cá nhân", 75, "cá nhân"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("700.000 đồng", 700000, "đồng")],
[D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2016"),
 D("Chương trình hành động", "26", "CTr/TU", "2016-05-18", "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 26-CTr/TU ngày 18/5/2016"),
 D("Quyết định", "1988", "QĐ-UBND", None, None, "Quyết định số 1988/QĐ-UBND")],
[prov("Bắc Giang"), com("Kiên Lao"), com("Tân Sơn"), com("Nghĩa Trung")],
["BÁO BẮC GIANG ĐIỆN TỬ", "Trang chủ > Chính trị > Xây dựng Đảng", "Toàn cảnh hội nghị.", "(BGĐT)", "3 không",
 "Dân vận khéo", "Tổ giám sát cộng đồng", "Lượt xem: 2.417"],
["15/12/2017 - 10:05", "năm 2017", "năm 2016", "Hai năm", "3 không", "giai đoạn 2016 - 2017", "Lượt xem: 2.417"]))

PAGES.append(page("b6156-daklak-bcd-tongket-ct30-2018", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Vị trí: Trang chủ >> Tin tức >> Dân chủ cơ sở
Thứ Ba, 20/11/2018 | 08:40
Đắk Lắk tổng kết 20 năm thực hiện Chỉ thị 30-CT/TW của Bộ Chính trị
Ngày 19/11/2018, Tỉnh ủy Đắk Lắk tổ chức hội nghị tổng kết 20 năm thực hiện Chỉ thị 30-CT/TW ngày 18/2/1998 của Bộ Chính trị (khóa VIII) về xây dựng và thực hiện Quy chế dân chủ ở cơ sở. Đồng chí Y Wăn Byă, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Ban Chỉ đạo thực hiện QCDC tỉnh chủ trì hội nghị. Cùng chủ trì có đồng chí H'Liên Mlô, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Phó Trưởng Ban Thường trực Ban Chỉ đạo thực hiện QCDC tỉnh. Hội nghị được truyền hình trực tuyến tới 15 điểm cầu huyện, thị xã, thành phố với hơn 520 đại biểu.
Đồng chí Y Wăn Byă phát biểu khai mạc hội nghị. Ảnh: Hoàng Gia
Báo cáo tổng kết cho biết, qua 20 năm, Tỉnh ủy đã ban hành nhiều văn bản lãnh đạo, nổi bật là Kế hoạch 82-KH/TU triển khai Kết luận 120-KL/TW của Bộ Chính trị và Pháp lệnh 34/2007/PL-UBTVQH11; Ban Dân vận Tỉnh ủy thực hiện Hướng dẫn số 23-HD/BDVTW của Ban Dân vận Trung ương về đánh giá chất lượng thực hiện QCDC. Đến nay, 184 xã, phường, thị trấn và hơn 2.400 thôn, buôn, tổ dân phố thực hiện tốt quy chế; 98,5% buôn đồng bào dân tộc thiểu số có quy ước gắn với luật tục. Nhân dân hiến hơn 620 ha đất, đóng góp trên 3.000 tỷ đồng làm đường giao thông, trường học, nhà sinh hoạt cộng đồng.
Bên cạnh đó, việc phát huy vai trò 1.210 người có uy tín trong đồng bào dân tộc thiểu số giúp ổn định tình hình, hạn chế hoạt động "Nhà nước Đề Ga" và tình trạng di cư tự do; 356 hộ di cư tự do đã được bố trí ổn định.
Tham luận tại hội nghị, ông Y Ngông Ênuôl, Trưởng buôn Ea Nuôl, xã Ea Bar, kể lại việc cả buôn cùng bàn, quyết định chuyển 45 ha cà phê già cỗi sang trồng xen hồ tiêu. Bà Nguyễn Thị Xuân, HUV, Chủ tịch Ủy ban MTTQ huyện Krông Pắc, nêu kinh nghiệm giám sát đầu tư cộng đồng ở 16 xã, thị trấn. Bà Nông Thị Lìu, Chủ tịch Hội LHPN xã Ea Tiêu, người Tày, chia sẻ cách vận động chị em các dân tộc tham gia họp thôn. Các đồng chí Bí thư Đảng ủy xã: Y Thanh Hmok, Lê Đình Hòa cũng trình bày tham luận về dân chủ trong công tác cán bộ ở cơ sở.
Phát biểu kết luận, đồng chí Y Wăn Byă yêu cầu các cấp ủy tiếp tục quán triệt sâu sắc quan điểm "dân là gốc"; gắn thực hiện QCDC với xây dựng nông thôn mới và giảm nghèo bền vững; chuẩn bị tốt cho việc thực hiện Nghị định 149/2018/NĐ-CP của Chính phủ về dân chủ ở nơi làm việc.
Dịp này, Ban Thường vụ Tỉnh ủy tặng Giấy khen cho 75 tập thể và 96 cá nhân có thành tích xuất sắc trong 20 năm thực hiện Chỉ thị 30.
Hoàng Gia
Bài viết liên quan
- Krông Bông: Đối thoại với người có uy tín (12/11/2018)
- Buôn Đôn tổng kết 20 năm thực hiện Chỉ thị 30 (06/11/2018)
- Ea H'leo ra mắt mô hình "Buôn tự quản" (25/10/2018)
""", "2018-11-20", "Đắk Lắk tổng kết 20 năm thực hiện Chỉ thị 30-CT/TW của Bộ Chính trị",
E("tong_ket", None, "2018-11-19"),
[P("Y Wăn Byă", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Ban Chỉ đạo thực hiện QCDC tỉnh"),
 P("H'Liên Mlô", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Phó Trưởng Ban Thường trực Ban Chỉ đạo thực hiện QCDC tỉnh"),
 P("Y Ngông Ênuôl", "Trưởng buôn Ea Nuôl"),
 P("Nguyễn Thị Xuân", "HUV", "Chủ tịch Ủy ban MTTQ huyện Krông Pắc"),
 P("Nông Thị Lìu", "Chủ tịch Hội LHPN xã Ea Tiêu"),
 P("Y Thanh Hmok", "Bí thư Đảng ủy xã"),
 P("Lê Đình Hòa", "Bí thư Đảng ủy xã")],
[Q("15 điểm cầu huyện, thị xã, thành phố", 15, "điểm cầu huyện, thị xã, thành phố"), Q("hơn 520 đại biểu", 520, "đại biểu", "over"),
 Q("184 xã, phường, thị trấn", 184, "xã, phường, thị trấn"), Q("hơn 2.400 thôn, buôn, tổ dân phố", 2400, "thôn, buôn, tổ dân phố", "over"),
 Q("98,5%", 98.5, "%"), Q("hơn 620 ha", 620, "ha", "over"), Q("trên 3.000 tỷ đồng", 3000000000000, "đồng", "over"),
 Q("1.210 người có uy tín", 1210, "người có uy tín"), Q("356 hộ di cư tự do", 356, "hộ di cư tự do"), Q("45 ha", 45, "ha"),
 Q("16 xã, thị trấn", 16, "xã, thị trấn"), Q("75 tập thể", 75, "tập thể"), Q("96 cá nhân", 96, "cá nhân")],
[D("Chỉ thị", "30", "CT/TW", "1998-02-18", "Bộ Chính trị", "Chỉ thị 30-CT/TW ngày 18/2/1998"),
 D("Kế hoạch", "82", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 82-KH/TU"),
 D("Kết luận", "120", "KL/TW", None, "Bộ Chính trị", "Kết luận 120-KL/TW"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh 34/2007/PL-UBTVQH11"),
 D("Hướng dẫn", "23", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 23-HD/BDVTW"),
 D("Nghị định", "149", "2018/NĐ-CP", None, "Chính phủ", "Nghị định 149/2018/NĐ-CP")],
[prov("Đắk Lắk"), com("Ea Bar"), com("Ea Tiêu")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Vị trí: Trang chủ >> Tin tức >> Dân chủ cơ sở",
 "Đồng chí Y Wăn Byă phát biểu khai mạc hội nghị. Ảnh: Hoàng Gia", "Nhà nước Đề Ga", "dân là gốc"],
["Thứ Ba, 20/11/2018 | 08:40", "20 năm", "khóa VIII", "Chỉ thị 30"]))

PAGES.append(page("b6157-binhdinh-bcd-baocao-2019", """
BÌNH ĐỊNH ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Định
Thời sự | Chính trị
Cập nhật lúc 14:35 ngày 26/12/2019
Dân chủ ở cơ sở: Người dân được bàn, được giám sát nhiều hơn
Ngày 24/12, tại cuộc làm việc với Ban Thường vụ Tỉnh ủy, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh Bình Định đã báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2019. Đồng chí Trương Quang Vinh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Trưởng Ban Chỉ đạo thực hiện QCDC tỉnh trình bày báo cáo.
Theo báo cáo, năm 2019 Ban Chỉ đạo đã tham mưu Tỉnh ủy ban hành Kế hoạch 11-KH/TU về thực hiện Nghị định 149/2018/NĐ-CP ngày 7/11/2018 của Chính phủ quy định chi tiết khoản 3 Điều 63 của Bộ luật Lao động về thực hiện quy chế dân chủ ở cơ sở tại nơi làm việc; tiếp tục thực hiện Kết luận 120-KL/TW và Quyết định 99-QĐ/TW của Ban Bí thư về phát huy vai trò của nhân dân trong phòng, chống tham nhũng.
Ở xã, phường, thị trấn, 159 đơn vị đã tổ chức 1.120 hội nghị nhân dân, hơn 47.000 lượt người dự; 36 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân được tổ chức. Trong doanh nghiệp, 146 doanh nghiệp đã tổ chức hội nghị người lao động, ký thỏa ước lao động tập thể. Qua đó, 82 vụ việc tranh chấp đất đai được hòa giải thành; nhân dân đóng góp 5,4 tỷ đồng sửa chữa các công trình thủy lợi nhỏ.
Ảnh: Đồng chí Trương Quang Vinh trình bày báo cáo.
Báo cáo cũng chỉ ra hạn chế: ở 2 huyện miền núi An Lão, Vĩnh Thạnh, tỷ lệ người dân đồng bào Bahnar, Hrê tham gia hội nghị thôn chỉ đạt khoảng 60%; một số doanh nghiệp FDI chưa tổ chức đối thoại định kỳ; còn 7 vụ khiếu nại đông người kéo dài.
Góp ý vào báo cáo, bà Đinh Thị Pôm, Phó Chủ tịch UBND huyện An Lão, đề nghị có cơ chế hỗ trợ phiên dịch tiếng dân tộc trong các cuộc họp dân. Ông Nguyễn Hữu Tài, Phó Chủ tịch Liên đoàn Lao động tỉnh, kiến nghị tăng cường kiểm tra việc thực hiện dân chủ ở 38 doanh nghiệp trong Khu kinh tế Nhơn Hội. Ông Đinh Văn Chiến, Bí thư Đảng ủy xã An Toàn, cho biết xã có 100% thôn đã xây dựng hương ước mới.
Kết luận cuộc làm việc, đồng chí Lê Kim Toàn, Phó Bí thư Thường trực Tỉnh ủy, ghi nhận báo cáo; yêu cầu Ban Chỉ đạo bổ sung số liệu về dân chủ trong cơ quan hành chính, đơn vị sự nghiệp và hoàn chỉnh báo cáo trước ngày 5/1/2020. Năm 2020, Ban Chỉ đạo cần chú trọng dân chủ trong chuẩn bị đại hội đảng bộ các cấp và kiểm tra việc công khai ở các dự án có thu hồi đất.
Xuân Thu
Các tin đã đưa
- Tây Sơn: Hội nghị người lao động năm 2019 tại 25 doanh nghiệp (18/12/2019)
- Hoài Nhơn: Đối thoại với nhân dân về bồi thường giải phóng mặt bằng (10/12/2019)
- Tuy Phước ra mắt tổ hòa giải kiểu mẫu (29/11/2019)
""", "2019-12-26", "Dân chủ ở cơ sở: Người dân được bàn, được giám sát nhiều hơn",
E("bao_cao", "2019", "2019-12-24"),
[P("Trương Quang Vinh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban Chỉ đạo thực hiện QCDC tỉnh"),
 P("Đinh Thị Pôm", "Phó Chủ tịch UBND huyện An Lão"),
 P("Nguyễn Hữu Tài", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Đinh Văn Chiến", "Bí thư Đảng ủy xã An Toàn"),
 P("Lê Kim Toàn", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("159 đơn vị", 159, "đơn vị"), Q("1.120 hội nghị nhân dân", 1120, "hội nghị nhân dân"),
 Q("hơn 47.000 lượt người", 47000, "lượt người", "over"), Q("36 cuộc đối thoại", 36, "cuộc đối thoại"),
 Q("146 doanh nghiệp", 146, "doanh nghiệp"), Q("82 vụ việc tranh chấp đất đai", 82, "vụ việc tranh chấp đất đai"),
 Q("5,4 tỷ đồng", 5400000000, "đồng"), Q("2 huyện miền núi", 2, "huyện miền núi"), Q("khoảng 60%", 60, "%", "approx"),
 Q("7 vụ khiếu nại đông người", 7, "vụ khiếu nại đông người"), Q("38 doanh nghiệp", 38, "doanh nghiệp"), Q("100%", 100, "%")],
[D("Kế hoạch", "11", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 11-KH/TU"),
 D("Nghị định", "149", "2018/NĐ-CP", "2018-11-07", "Chính phủ", "Nghị định 149/2018/NĐ-CP ngày 7/11/2018"),
 D("Kết luận", "120", "KL/TW", None, None, "Kết luận 120-KL/TW"),
 D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định 99-QĐ/TW")],
[prov("Bình Định"), com("An Toàn")],
["BÌNH ĐỊNH ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Định", "Thời sự | Chính trị",
 "Ảnh: Đồng chí Trương Quang Vinh trình bày báo cáo.", "Bộ luật Lao động", "Khu kinh tế Nhơn Hội"],
["Cập nhật lúc 14:35 ngày 26/12/2019", "năm 2019", "khoản 3 Điều 63", "5/1/2020"]))

PAGES.append(page("b6158-longan-cangiuoc-bcd-soket-2020", """
BÁO LONG AN ONLINE
Chính trị - Xây dựng Đảng / Dân vận
14/07/2020 09:20
Cần Giuộc: Phát huy dân chủ trong phòng, chống dịch Covid-19
(LA) - Ngày 13/7, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện Cần Giuộc (tỉnh Long An) tổ chức hội nghị sơ kết 6 tháng đầu năm 2020. Đồng chí Đặng Văn Phước, HUV, Trưởng Ban Dân vận Huyện ủy, Trưởng Ban Chỉ đạo thực hiện QCDC huyện chủ trì. Dự có các đồng chí Phó Trưởng Ban Chỉ đạo thực hiện QCDC huyện: Nguyễn Văn Tài, Võ Thị Kim Loan và bà Lê Thị Mỹ Hạnh, Phó Chủ tịch UBND huyện.
Quang cảnh hội nghị sơ kết. Ảnh: Thanh Nhàn
Trong 6 tháng đầu năm, dù phải tập trung phòng, chống dịch theo Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ, các cơ quan, địa phương vẫn bảo đảm công khai, minh bạch. Việc chi hỗ trợ người dân gặp khó khăn do đại dịch theo Nghị quyết 42/NQ-CP của Chính phủ và Quyết định 1246/QĐ-UBND của UBND tỉnh được bình xét công khai tại ấp. Toàn huyện đã chi hỗ trợ 4.820 hộ với số tiền hơn 2,9 tỷ đồng; Ủy ban MTTQ các cấp vận động trao hơn 1.300 phần quà cho người lao động mất việc. Kết quả lấy ý kiến qua 180 phiếu khảo sát ở 17 xã, thị trấn cho thấy 100% người được hỏi biết rõ danh sách được hỗ trợ.
Ban Chỉ đạo đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU về lấy ý kiến nhân dân góp ý dự thảo văn kiện Đại hội Đảng bộ huyện; đã có gần 6.000 người tham gia góp ý tại các buổi họp ấp, khu phố.
Tại hội nghị, đồng chí Huỳnh Văn Cường, Bí thư Đảng ủy xã Phước Lại, cho biết xã tổ chức họp tổ nhân dân tự quản để bình xét hỗ trợ, sau đó niêm yết 7 ngày; nhờ vậy không có đơn thư phản ánh. Bà Trương Thị Bé Ba, Chủ tịch Ủy ban MTTQ xã Long Hậu, đề nghị sớm có hướng dẫn việc giám sát chi trả hỗ trợ cho lao động tự do, vì còn 215 lao động tự do ở các khu công nghiệp chưa được xét.
Theo đánh giá của Ban Chỉ đạo, hạn chế lớn nhất trong 6 tháng là một số ấp chưa tổ chức được hội nghị nhân dân do giãn cách; việc công khai ở một số nơi chỉ dán thông báo tại trụ sở, chưa đọc trên loa truyền thanh để người dân nắm được.
Phát biểu kết luận, đồng chí Đặng Văn Phước yêu cầu 6 tháng cuối năm các đơn vị tiếp tục thực hiện tốt phương châm "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"; tập trung thực hiện dân chủ trong công tác chuẩn bị đại hội đảng các cấp, bảo đảm đúng quy trình giới thiệu nhân sự; tăng cường đối thoại, giải quyết kịp thời kiến nghị của người dân ở các dự án khu công nghiệp.
Thanh Nhàn
Tin khác
- Cần Đước: Hỗ trợ hộ nghèo bị ảnh hưởng dịch bệnh (08/07/2020)
- Bến Lức góp ý dự thảo văn kiện Đại hội (30/06/2020)
- Tân Trụ ra mắt tổ tự quản an ninh trật tự (19/06/2020)
""", "2020-07-14", "Cần Giuộc: Phát huy dân chủ trong phòng, chống dịch Covid-19",
E("so_ket", "2020-H1", "2020-07-13"),
[P("Đặng Văn Phước", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Trưởng Ban Chỉ đạo thực hiện QCDC huyện"),
 P("Nguyễn Văn Tài", "Phó Trưởng Ban Chỉ đạo thực hiện QCDC huyện"),
 P("Võ Thị Kim Loan", "Phó Trưởng Ban Chỉ đạo thực hiện QCDC huyện"),
 P("Lê Thị Mỹ Hạnh", "Phó Chủ tịch UBND huyện"),
 P("Huỳnh Văn Cường", "Bí thư Đảng ủy xã Phước Lại"),
 P("Trương Thị Bé Ba", "Chủ tịch Ủy ban MTTQ xã Long Hậu")],
[Q("4.820 hộ", 4820, "hộ"), Q("hơn 2,9 tỷ đồng", 2900000000, "đồng", "over"), Q("hơn 1.300 phần quà", 1300, "phần quà", "over"),
 Q("180 phiếu khảo sát", 180, "phiếu khảo sát"), Q("17 xã, thị trấn", 17, "xã, thị trấn"), Q("100%", 100, "%"),
 Q("gần 6.000 người", 6000, "người", "approx"), Q("215 lao động tự do", 215, "lao động tự do")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết 42/NQ-CP"),
 D("Quyết định", "1246", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1246/QĐ-UBND"),
 D("Kế hoạch", "45", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 45-KH/HU")],
[prov("Long An"), com("Phước Lại"), com("Long Hậu")],
["BÁO LONG AN ONLINE", "Chính trị - Xây dựng Đảng / Dân vận", "(LA)", "Quang cảnh hội nghị sơ kết. Ảnh: Thanh Nhàn",
 "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "Covid-19"],
["14/07/2020 09:20", "6 tháng đầu năm 2020", "6 tháng cuối năm", "7 ngày", "Covid-19"]))

PAGES.append(page("b6159-hagiang-bdv-traoqua-2021", """
Báo Hà Giang điện tử
Trang chủ › Xã hội › Dân tộc - Tôn giáo
Thứ Sáu, 29/01/2021, 07:45
Trao 200 suất quà Tết tại xã điểm thực hiện dân chủ Lũng Cú
BHG - Ngày 27/1, đoàn công tác Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh do đồng chí Vàng Thị Dung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Phó Trưởng Ban Thường trực Ban Chỉ đạo làm trưởng đoàn đã thăm, tặng 200 suất quà Tết cho người có uy tín, hộ nghèo tại xã Lũng Cú, huyện Đồng Văn. Mỗi suất quà trị giá 500.000 đồng gồm tiền mặt và nhu yếu phẩm.
Đồng chí Vàng Thị Dung tặng quà người có uy tín xã Lũng Cú.
Lũng Cú là xã được tỉnh chọn làm điểm thực hiện dân chủ ở cơ sở giai đoạn 2019 - 2021 theo Kế hoạch số 199-KH/TU của Ban Thường vụ Tỉnh ủy. Báo cáo với đoàn, ông Lò Văn Pủa, Chủ tịch UBND xã, cho biết 12 thôn của xã đều đã tổ chức hội nghị nhân dân bàn, quyết định việc làm đường bê tông, xây dựng nhà văn hóa; 98% hộ dân người Mông, Lô Lô tham gia họp thôn. Năm 2020, người dân đã hiến 3.600 m2 đất, đóng góp 1.150 ngày công; xã giảm được 48 hộ nghèo, hiện còn 155 hộ nghèo.
Trao đổi với đoàn, ông Sình Mí Dính, người có uy tín thôn Lô Lô Chải, cho biết từ khi thôn công khai các khoản hỗ trợ theo Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ về chính sách đối với người có uy tín, bà con tin tưởng hơn và không còn nghe theo kẻ xấu tuyên truyền đạo trái phép. Ông Giàng Seo Vần, Bí thư Chi bộ thôn Séo Lủng, đề nghị tiếp tục hỗ trợ xi măng để làm đường vào 2 xóm còn lại.
Thay mặt đoàn, đồng chí Vàng Thị Dung ghi nhận những cố gắng của cấp ủy, chính quyền xã; đề nghị xã tiếp tục phát huy vai trò 45 người có uy tín, thực hiện tốt Nghị quyết số 24-NQ/TU của Tỉnh ủy về phát triển kinh tế - xã hội vùng cao núi đá; chăm lo để người dân đón Tết an toàn, không để hộ nào thiếu đói.
Dịp này, Ban Dân vận Tỉnh ủy trao tặng xã 100 triệu đồng hỗ trợ xây dựng nhà sinh hoạt cộng đồng thôn Thèn Ván; Hội LHPN tỉnh trao 30 chăn ấm cho trẻ em có hoàn cảnh khó khăn.
Cùng ngày, đoàn đến thăm, tặng quà gia đình bà Vừ Thị Mai, Chi hội trưởng phụ nữ thôn Lô Lô Chải, người có nhiều đóng góp trong việc vận động chị em tham gia hòa giải ở thôn. Năm qua, tổ hòa giải do bà phụ trách đã hòa giải thành 6 vụ việc mâu thuẫn trong gia đình, dòng họ, giúp thôn giữ vững danh hiệu thôn văn hóa.
Theo kế hoạch, sau Tết, Ban Chỉ đạo tỉnh sẽ tổ chức rút kinh nghiệm mô hình xã điểm Lũng Cú để nhân rộng ra các xã vùng cao của 4 huyện phía Bắc.
Ngọc Thúy
Tin liên quan
- Đồng Văn: Hội nghị người có uy tín năm 2020 (23/12/2020)
- Mèo Vạc ra mắt mô hình "Thôn tự quản về an ninh" (10/12/2020)
- Yên Minh tập huấn kỹ năng hòa giải (25/11/2020)
""", "2021-01-29", "Trao 200 suất quà Tết tại xã điểm thực hiện dân chủ Lũng Cú",
E("trao_qua", None, "2021-01-27"),
[P("Vàng Thị Dung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Phó Trưởng Ban Thường trực Ban Chỉ đạo"),
 P("Lò Văn Pủa", "Chủ tịch UBND xã"),
 P("Sình Mí Dính", "người có uy tín thôn Lô Lô Chải"),
 P("Giàng Seo Vần", "Bí thư Chi bộ thôn Séo Lủng"),
 P("Vừ Thị Mai", "Chi hội trưởng phụ nữ thôn Lô Lô Chải")],
[Q("200 suất quà Tết", 200, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("12 thôn", 12, "thôn"), Q("98%", 98, "%"),
 Q("3.600 m2", 3600, "m2"), Q("1.150 ngày công", 1150, "ngày công"), Q("48 hộ nghèo", 48, "hộ nghèo"),
 Q("155 hộ nghèo", 155, "hộ nghèo"), Q("2 xóm", 2, "xóm"), Q("45 người có uy tín", 45, "người có uy tín"),
 Q("100 triệu đồng", 100000000, "đồng"), Q("30 chăn ấm", 30, "chăn ấm"), Q("6 vụ việc mâu thuẫn", 6, "vụ việc mâu thuẫn"), Q("4 huyện phía Bắc", 4, "huyện")],
[D("Kế hoạch", "199", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 199-KH/TU"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg"),
 D("Nghị quyết", "24", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 24-NQ/TU")],
[prov("Hà Giang"), com("Lũng Cú")],
["Báo Hà Giang điện tử", "Trang chủ › Xã hội › Dân tộc - Tôn giáo", "BHG", "Đồng chí Vàng Thị Dung tặng quà người có uy tín xã Lũng Cú."],
["Thứ Sáu, 29/01/2021, 07:45", "giai đoạn 2019 - 2021", "Năm 2020"]))

PAGES.append(page("b6160-haiphong-mttq-hoinghi-gopy-luat-2022", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ HẢI PHÒNG
Trang chủ - Hoạt động Mặt trận - Giám sát, phản biện
18 tháng 8, 2022 | 16:40
Ảnh: Quang cảnh hội nghị.
Góp ý dự thảo Luật Thực hiện dân chủ ở cơ sở
Chiều 17/8, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hải Phòng tổ chức hội nghị lấy ý kiến góp ý dự thảo Luật Thực hiện dân chủ ở cơ sở. Đồng chí Phạm Thị Hải Yến, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì. Dự hội nghị có 120 đại biểu là chuyên gia, luật sư, chủ tịch Ủy ban MTTQ các quận, huyện và một số xã, phường.
Hội nghị được tổ chức theo Hướng dẫn số 20/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 118/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố. Theo đồng chí Vũ Đức Thuận, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, sau 15 năm thi hành Pháp lệnh số 34/2007/PL-UBTVQH11, thành phố có 217 xã, phường, thị trấn thực hiện nghiêm các nội dung công khai; 2.150 thôn, tổ dân phố tổ chức hội nghị nhân dân định kỳ. Tuy nhiên, Pháp lệnh đã bộc lộ nhiều bất cập, cần được nâng lên thành luật.
Đóng góp ý kiến, luật sư Nguyễn Quang Huy, Phó Chủ nhiệm Đoàn Luật sư thành phố, đề nghị dự thảo quy định rõ hậu quả pháp lý khi chính quyền không tổ chức lấy ý kiến nhân dân. TS. Đào Văn Khánh, giảng viên Trường Đại học Hải Phòng, cho rằng cần bổ sung hình thức biểu quyết điện tử cho những khu dân cư có trên 500 hộ. Bà Bùi Thị Nhài, Chủ tịch Ủy ban MTTQ phường Đằng Lâm, kiến nghị dự thảo giữ quy định cuộc họp cộng đồng dân cư hợp lệ khi có trên 50% số hộ tham dự.
Ông Lương Văn Cúc, Trưởng ban Thanh tra nhân dân xã Lại Xuân, đề nghị nâng mức hỗ trợ cho Ban Thanh tra nhân dân, hiện chỉ khoảng 2 triệu đồng mỗi năm. Một số đại biểu khác đề nghị dự thảo phân định rõ những nội dung nhân dân bàn và quyết định trực tiếp với những nội dung nhân dân bàn, biểu quyết để cấp có thẩm quyền quyết định, tránh chồng chéo với các luật chuyên ngành. Các ông Hoàng Văn Mạnh, Đặng Quốc Toản - Phó Chủ tịch Ủy ban MTTQ huyện Thủy Nguyên, đề nghị làm rõ trách nhiệm của trưởng thôn trong việc tổ chức họp.
Kết luận hội nghị, đồng chí Phạm Thị Hải Yến cho biết Ban Thường trực đã tiếp thu hơn 40 ý kiến góp ý, sẽ tổng hợp gửi Ủy ban Trung ương MTTQ Việt Nam trước ngày 25/8/2022 để báo cáo Quốc hội. Đồng chí đề nghị Mặt trận các cấp chuẩn bị tốt điều kiện để hướng dẫn nhân dân thực hiện khi Luật được thông qua tại kỳ họp thứ 4, Quốc hội khóa XV.
Thu Trang
Tin liên quan
- Giám sát việc thực hiện dân chủ tại 6 phường (05/08/2022)
- Kiến An: Hội nghị đại biểu nhân dân (28/07/2022)
- Đối thoại giữa Bí thư Thành ủy với thanh niên (15/07/2022)
""", "2022-08-18", "Góp ý dự thảo Luật Thực hiện dân chủ ở cơ sở",
E("hoi_nghi", None, "2022-08-17"),
[P("Phạm Thị Hải Yến", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Vũ Đức Thuận", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Nguyễn Quang Huy", "luật sư", "Phó Chủ nhiệm Đoàn Luật sư thành phố"),
 P("Đào Văn Khánh", "TS.", "giảng viên Trường Đại học Hải Phòng"),
 P("Bùi Thị Nhài", "Chủ tịch Ủy ban MTTQ phường Đằng Lâm"),
 P("Lương Văn Cúc", "Trưởng ban Thanh tra nhân dân xã Lại Xuân"),
 P("Hoàng Văn Mạnh", "Phó Chủ tịch Ủy ban MTTQ huyện Thủy Nguyên"),
 P("Đặng Quốc Toản", "Phó Chủ tịch Ủy ban MTTQ huyện Thủy Nguyên")],
[Q("120 đại biểu", 120, "đại biểu"), Q("217 xã, phường, thị trấn", 217, "xã, phường, thị trấn"),
 Q("2.150 thôn, tổ dân phố", 2150, "thôn, tổ dân phố"), Q("trên 500 hộ", 500, "hộ", "over"), Q("trên 50%", 50, "%", "over"),
 Q("khoảng 2 triệu đồng", 2000000, "đồng", "approx"), Q("hơn 40 ý kiến góp ý", 40, "ý kiến", "over")],
[D("Hướng dẫn", "20", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 20/HD-MTTW-BTT"),
 D("Kế hoạch", "118", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Kế hoạch số 118/KH-MTTQ-BTT"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11")],
[prov("Hải Phòng"), com("Đằng Lâm"), com("Lại Xuân")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ HẢI PHÒNG", "Trang chủ - Hoạt động Mặt trận - Giám sát, phản biện",
 "Ảnh: Quang cảnh hội nghị.", "Luật Thực hiện dân chủ ở cơ sở", "Ban Thanh tra nhân dân"],
["18 tháng 8, 2022 | 16:40", "15 năm", "kỳ họp thứ 4", "khóa XV", "25/8/2022"]))
