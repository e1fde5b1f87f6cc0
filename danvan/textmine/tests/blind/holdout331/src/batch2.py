from lib import *
PAGES = []

PAGES.append(page("b7907-binhdinh-bdv-giaoban-q3-2017", """
BAN DÂN VẬN TỈNH ỦY BÌNH ĐỊNH
Trang chủ | Hoạt động dân vận | Tin trong tỉnh
Cập nhật lúc 16:05 ngày 06/10/2017
Vận động người dân đấu nối, sử dụng nước sạch
Sáng 05/10, Ban Dân vận Tỉnh ủy Bình Định tổ chức giao ban công tác dân vận quý III/2017 với khối dân vận các huyện, thị xã, thành phố. Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy Đinh Thị Thanh Hòa chủ trì giao ban.
Đồng chí Đinh Thị Thanh Hòa phát biểu tại buổi giao ban.
Trong quý, khối dân vận các cấp đã tập trung vận động nhân dân đấu nối, sử dụng nước từ các công trình cấp nước tập trung. Sau 3 tháng triển khai Kế hoạch số 34-KH/BDVTU của Ban Dân vận Tỉnh ủy, toàn tỉnh có thêm 4.200 hộ đấu nối, nâng tỷ lệ hộ nông thôn dùng nước máy lên khoảng 62%. Ban cũng phối hợp sơ kết Chỉ thị 06, 07-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong thực hiện các dự án trọng điểm và về công tác vận động đồng bào dân tộc thiểu số.
Tuy vậy, ở nhiều nơi người dân còn quen dùng nước giếng, ngại chi phí đấu nối từ 1,5 đến 2 triệu đồng/hộ; một số công trình ở vùng cao công suất chỉ đạt 40% thiết kế. Đáng chú ý, 7 vụ việc khiếu nại liên quan đến đền bù tuyến ống nước qua đất sản xuất tại Phù Mỹ, Hoài Nhơn đã được hòa giải thành.
Tại buổi giao ban, đồng chí Đinh Văn Glễ, Chủ tịch UBND xã An Toàn (An Lão) chia sẻ cách làm ở làng người Bana: xã giao già làng và tổ dân vận thôn đi từng nhà giải thích, nhờ vậy 118/126 hộ ở làng 2 đã tự nguyện góp 200.000 đồng mỗi hộ để kéo ống về nhà. Bà Đinh Thị Bía, Phó Chủ tịch Hội Liên hiệp phụ nữ huyện Vĩnh Thạnh, đề nghị có chính sách cho hộ nghèo vay vốn ưu đãi để đấu nối.
Các đồng chí Trưởng Ban Dân vận Huyện ủy: Lê Minh Tuấn (Phù Cát), Võ Thị Ngọc Hà (Tây Sơn) cho biết hai huyện đã xây dựng được 12 mô hình "Dân vận khéo" về nước sạch, vệ sinh môi trường. Ban Dân vận Huyện ủy Hoài Ân thông tin, trong quý III huyện đã tổ chức 9 cuộc đối thoại với nhân dân về giá nước và chất lượng nước, tiếp nhận 46 ý kiến; đến nay đã trả lời 40 ý kiến, số còn lại đang được ngành chức năng xem xét.
Kết luận giao ban, đồng chí Đinh Thị Thanh Hòa yêu cầu quý IV các địa phương tiếp tục thực hiện Kế hoạch 34, phấn đấu thêm ít nhất 2.000 hộ đấu nối trước Tết Nguyên đán; phối hợp ngành nông nghiệp công khai giá nước, chất lượng nước để người dân giám sát; kịp thời nắm tình hình, giải quyết những kiến nghị của nhân dân về nước sinh hoạt trong mùa mưa bão.
Phương Lan
Tin liên quan
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy An Lão (22/09/2017)
- Tuy Phước: hơn 500 hộ được hỗ trợ đấu nối nước sạch (11/09/2017)
- Giao ban công tác dân vận quý II/2017 (07/07/2017)
""", "2017-10-06", "Vận động người dân đấu nối, sử dụng nước sạch",
E("giao_ban", "2017-Q3", "2017-10-05"),
[P("Đinh Thị Thanh Hòa", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Glễ", "Chủ tịch UBND xã An Toàn"),
 P("Đinh Thị Bía", "Phó Chủ tịch Hội Liên hiệp phụ nữ huyện Vĩnh Thạnh"),
 P("Lê Minh Tuấn", "Trưởng Ban Dân vận Huyện ủy"),
 P("Võ Thị Ngọc Hà", "Trưởng Ban Dân vận Huyện ủy")],
[Q("4.200 hộ", 4200, "hộ"), Q("khoảng 62%", 62, "%", "approx"),
 Q("1,5 đến 2 triệu đồng/hộ", 1500000, "đồng"), Q("1,5 đến 2 triệu đồng/hộ", 2000000, "đồng"),
 Q("40%", 40, "%"), Q("7 vụ việc khiếu nại", 7, "vụ việc khiếu nại"), Q("118/126 hộ", 118, "hộ"),
 Q("200.000 đồng", 200000, "đồng"), Q("12 mô hình", 12, "mô hình"),
 Q("ít nhất 2.000 hộ", 2000, "hộ", "over"),
 Q("9 cuộc đối thoại", 9, "cuộc đối thoại"), Q("46 ý kiến", 46, "ý kiến"), Q("40 ý kiến", 40, "ý kiến")],
[D("Kế hoạch", "34", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 34-KH/BDVTU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU")],
[prov("Bình Định"), com("An Toàn")],
["BAN DÂN VẬN TỈNH ỦY BÌNH ĐỊNH", "Trang chủ | Hoạt động dân vận | Tin trong tỉnh",
 "Đồng chí Đinh Thị Thanh Hòa phát biểu tại buổi giao ban.", "Dân vận khéo"],
["Cập nhật lúc 16:05 ngày 06/10/2017", "quý III/2017", "3 tháng", "quý IV", "Kế hoạch 34", "làng 2"]))

PAGES.append(page("b7908-laocai-htx-nuocsach-daihoi-2017", """
BÁO LÀO CAI ĐIỆN TỬ
Kinh tế » Hợp tác xã
21/08/2017 - 09:15
Ảnh: Các thành viên biểu quyết thông qua phương án sản xuất, kinh doanh.
Hợp tác xã nước sạch Bản Xèo đại hội nhiệm kỳ mới
LCĐT - Ngày 19/8, Hợp tác xã dịch vụ nước sạch Bản Xèo (huyện Bát Xát) tổ chức Đại hội thành viên nhiệm kỳ 2017 - 2022. Đây là một trong những hợp tác xã đầu tiên của tỉnh Lào Cai được giao trực tiếp quản lý, vận hành công trình cấp nước sinh hoạt tập trung.
Hợp tác xã được thành lập năm 2012 với 34 thành viên, đến nay đã có 86 thành viên là hộ gia đình người Giáy, Dao, Mông. Hợp tác xã quản lý công trình cấp nước công suất 450 m3/ngày đêm với hơn 9 km đường ống, cung cấp nước cho 312 hộ của 5 thôn. Nhiệm kỳ qua, tỷ lệ thu tiền nước đạt 97%, doanh thu năm 2016 đạt 186 triệu đồng, tăng 18% so với năm 2015; mỗi năm dành khoảng 20 triệu đồng để sửa chữa, bảo dưỡng.
Theo ông Sần Văn Khé, Giám đốc Hợp tác xã nhiệm kỳ 2012 - 2017, thực hiện Luật Hợp tác xã năm 2012 và Nghị định 193/2013/NĐ-CP của Chính phủ, hợp tác xã đã chuyển đổi, đăng ký lại, xây dựng điều lệ, quy chế thu chi công khai. Giá nước do đại hội thành viên quyết định, hiện là 3.000 đồng/m3, hộ nghèo đóng 2.000 đồng/m3.
Đại hội đã thảo luận, thông qua phương án sản xuất, kinh doanh giai đoạn 2017 - 2022 với mục tiêu mở rộng mạng lưới đến 2 thôn Tả Lèng, Ngải Thầu, kết nạp thêm ít nhất 60 thành viên, nâng vốn điều lệ từ 150 triệu đồng lên 300 triệu đồng.
Đại hội bầu Hội đồng quản trị gồm 3 thành viên; ông Sần Văn Khé tiếp tục được tín nhiệm bầu giữ chức Chủ tịch Hội đồng quản trị kiêm Giám đốc Hợp tác xã; bà Phàn Thị Mẩy được bầu làm Trưởng ban kiểm soát; ông Tẩn Láo Lở, Trưởng thôn Phìn Chải, được bầu làm Phó Giám đốc phụ trách kỹ thuật.
Phát biểu tại đại hội, bà Lý Thị Chằn, Phó Chủ tịch UBND xã Bản Xèo đánh giá cao cách làm dân chủ, công khai của hợp tác xã, đề nghị phát huy vai trò giám sát của các thành viên, gắn hoạt động của hợp tác xã với xây dựng nông thôn mới. Theo Phòng Nông nghiệp và PTNT huyện Bát Xát, toàn huyện có 142 công trình cấp nước sinh hoạt tập trung, trong đó 38 công trình do cộng đồng quản lý hoạt động kém hiệu quả. Mô hình hợp tác xã ở Bản Xèo được xem là hướng đi phù hợp, huyện sẽ nhân rộng ra 3 xã Mường Hum, Dền Sáng, Y Tý trong năm 2018. Ông Đỗ Trung Kiên, Phó Chủ tịch Liên minh Hợp tác xã tỉnh, trao giấy khen cho 4 thành viên có nhiều đóng góp.
Đức Anh
Tin khác
- Bát Xát: 15 công trình nước sinh hoạt được sửa chữa (10/08/2017)
- Sa Pa có thêm 2 hợp tác xã dịch vụ nước sạch (01/08/2017)
- Mường Khương: người dân góp đất làm bể nước (20/07/2017)
""", "2017-08-21", "Hợp tác xã nước sạch Bản Xèo đại hội nhiệm kỳ mới",
E("dai_hoi", None, "2017-08-19"),
[P("Sần Văn Khé", "Giám đốc Hợp tác xã nhiệm kỳ 2012 - 2017", "Chủ tịch Hội đồng quản trị kiêm Giám đốc Hợp tác xã"),
 P("Phàn Thị Mẩy", "Trưởng ban kiểm soát"),
 P("Tẩn Láo Lở", "Trưởng thôn Phìn Chải", "Phó Giám đốc phụ trách kỹ thuật"),
 P("Lý Thị Chằn", "Phó Chủ tịch UBND xã Bản Xèo"),
 P("Đỗ Trung Kiên", "Phó Chủ tịch Liên minh Hợp tác xã tỉnh")],
[Q("34 thành viên", 34, "thành viên"), Q("86 thành viên", 86, "thành viên"), Q("450 m3/ngày đêm", 450, "m3/ngày đêm"),
 Q("hơn 9 km", 9, "km", "over"), Q("312 hộ", 312, "hộ"), Q("5 thôn", 5, "thôn"), Q("97%", 97, "%"),
 Q("186 triệu đồng", 186000000, "đồng"), Q("18%", 18, "%"), Q("khoảng 20 triệu đồng", 20000000, "đồng", "approx"),
 Q("3.000 đồng/m3", 3000, "đồng"), Q("2.000 đồng/m3", 2000, "đồng"), Q("2 thôn", 2, "thôn"),
 Q("ít nhất 60 thành viên", 60, "thành viên", "over"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("300 triệu đồng", 300000000, "đồng"), Q("3 thành viên", 3, "thành viên"), Q("4 thành viên", 4, "thành viên"),
 Q("142 công trình cấp nước sinh hoạt tập trung", 142, "công trình cấp nước sinh hoạt tập trung"), Q("38 công trình", 38, "công trình"), Q("3 xã", 3, "xã")],
[D("Nghị định", "193", "2013/NĐ-CP", None, "Chính phủ", "Nghị định 193/2013/NĐ-CP")],
[prov("Lào Cai"), com("Bản Xèo"), com("Mường Hum"), com("Dền Sáng"), com("Y Tý")],
["BÁO LÀO CAI ĐIỆN TỬ", "Kinh tế » Hợp tác xã", "Ảnh: Các thành viên biểu quyết thông qua phương án sản xuất, kinh doanh.",
 "LCĐT", "Luật Hợp tác xã năm 2012"],
["21/08/2017 - 09:15", "nhiệm kỳ 2017 - 2022", "năm 2012", "năm 2016", "năm 2015", "giai đoạn 2017 - 2022", "nhiệm kỳ 2012 - 2017", "năm 2018"]))

PAGES.append(page("b7909-ninhthuan-ubnd-baocao-nuocsach-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN
Chính quyền › Thông tin chỉ đạo, điều hành
2018-12-27 15:30
Ninh Thuận: Trên 95% dân số nông thôn được sử dụng nước hợp vệ sinh
UBND tỉnh vừa có Báo cáo số 215/BC-UBND ngày 24/12/2018 gửi Thường trực HĐND tỉnh về kết quả thực hiện công tác cấp nước sinh hoạt nông thôn năm 2018 và kế hoạch năm 2019.
Theo báo cáo, năm 2018 toàn tỉnh Ninh Thuận đã đầu tư 9 công trình cấp nước tập trung mới và nâng cấp, mở rộng 6 công trình với tổng kinh phí khoảng 74 tỷ đồng, trong đó vốn vay Ngân hàng Thế giới chiếm 68%. Đến cuối năm, trên 95% dân số nông thôn được sử dụng nước hợp vệ sinh, trong đó 71,3% sử dụng nước sạch đạt quy chuẩn; vùng đồng bào Chăm, Raglai có 19.600 hộ được cấp nước từ công trình tập trung.
Nhà máy nước Phước Hà cung cấp nước cho các thôn vùng cao.
Toàn tỉnh hiện có 57 công trình cấp nước tập trung, trong đó 21 công trình giao Trung tâm Nước sạch và Vệ sinh môi trường nông thôn quản lý, 36 công trình do UBND xã và các tổ dùng nước cộng đồng quản lý. Thực hiện Quyết định số 1067/QĐ-UBND ngày 18/6/2018 của UBND tỉnh quy định phân cấp quản lý công trình cấp nước sạch nông thôn, đã có 14 tổ dùng nước được kiện toàn, với 70 thành viên do người dân bầu; 4 công trình ở xã Phước Hà, Phước Tân được chuyển giao cho hợp tác xã.
Trong mùa khô năm 2018, 12 xã với khoảng 6.500 hộ thiếu nước sinh hoạt; tỉnh đã chi 3,8 tỷ đồng chở nước, khoan 26 giếng và lắp 40 bồn chứa nước tạm cho người dân. Các xã Phước Hà, Phước Chiến đã phối hợp với Mặt trận, Hội Phụ nữ vận động bà con sử dụng nước tiết kiệm, không dùng nước sinh hoạt để tưới.
Báo cáo cũng chỉ ra hạn chế: 11 công trình xuống cấp, thất thoát nước có nơi đến 35%; giá nước ở nhiều công trình tự quản chưa tính đủ chi phí; việc tham gia quản lý của cộng đồng còn mang tính hình thức.
Năm 2019, UBND tỉnh đặt mục tiêu tăng tỷ lệ dân nông thôn dùng nước sạch đạt quy chuẩn lên 75%; hoàn thành 5 công trình chuyển tiếp theo Kế hoạch số 88/KH-UBND ngày 21/3/2018; tiếp tục thực hiện Nghị quyết số 12/2017/NQ-HĐND của HĐND tỉnh về hỗ trợ đấu nối cho hộ nghèo, hộ đồng bào dân tộc thiểu số, mỗi hộ tối đa 1,5 triệu đồng.
Báo cáo được trình tại kỳ họp thứ 6, HĐND tỉnh khóa X. Bà Pi Năng Thị Thương, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, cho biết Sở sẽ tham mưu UBND tỉnh ban hành kế hoạch chống hạn năm 2019 ngay trong tháng 1.
Minh Khoa
Tin liên quan
- Bác Ái: nước sạch về thôn Suối Rua (14/12/2018)
- Ninh Sơn khởi công công trình cấp nước xã Ma Nới (30/11/2018)
- Hơn 2.000 hộ thiếu nước sinh hoạt do nắng hạn (18/07/2018)
""", "2018-12-27", "Ninh Thuận: Trên 95% dân số nông thôn được sử dụng nước hợp vệ sinh",
E("bao_cao", "2018", "2018-12-24"),
[P("Pi Năng Thị Thương", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn")],
[Q("Trên 95%", 95, "%", "over"), Q("9 công trình cấp nước tập trung mới", 9, "công trình cấp nước tập trung mới"),
 Q("6 công trình", 6, "công trình"), Q("khoảng 74 tỷ đồng", 74000000000, "đồng", "approx"), Q("68%", 68, "%"),
 Q("71,3%", 71.3, "%"), Q("19.600 hộ", 19600, "hộ"),
 Q("57 công trình cấp nước tập trung", 57, "công trình cấp nước tập trung"), Q("21 công trình", 21, "công trình"),
 Q("36 công trình", 36, "công trình"), Q("14 tổ dùng nước", 14, "tổ dùng nước"), Q("70 thành viên", 70, "thành viên"),
 Q("4 công trình", 4, "công trình"), Q("12 xã", 12, "xã"), Q("khoảng 6.500 hộ", 6500, "hộ", "approx"),
 Q("3,8 tỷ đồng", 3800000000, "đồng"), Q("26 giếng", 26, "giếng"), Q("40 bồn chứa nước tạm", 40, "bồn chứa nước tạm"),
 Q("11 công trình", 11, "công trình"), Q("35%", 35, "%"), Q("75%", 75, "%"),
 Q("5 công trình chuyển tiếp", 5, "công trình chuyển tiếp"), Q("tối đa 1,5 triệu đồng", 1500000, "đồng")],
[D("Báo cáo", "215", "BC-UBND", "2018-12-24", "UBND tỉnh", "Báo cáo số 215/BC-UBND ngày 24/12/2018"),
 D("Quyết định", "1067", "QĐ-UBND", "2018-06-18", "UBND tỉnh", "Quyết định số 1067/QĐ-UBND ngày 18/6/2018"),
 D("Kế hoạch", "88", "KH-UBND", "2018-03-21", None, "Kế hoạch số 88/KH-UBND ngày 21/3/2018"),
 D("Nghị quyết", "12", "2017/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 12/2017/NQ-HĐND")],
[prov("Ninh Thuận"), com("Phước Hà"), com("Phước Tân"), com("Phước Chiến")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN", "Chính quyền › Thông tin chỉ đạo, điều hành",
 "Nhà máy nước Phước Hà cung cấp nước cho các thôn vùng cao.", "Ngân hàng Thế giới"],
["2018-12-27 15:30", "năm 2018", "năm 2019", "Năm 2019", "kỳ họp thứ 6", "khóa X", "tháng 1"]))

PAGES.append(page("b7910-longan-mttq-bonnuoc-traoqua-2019", """
ỦY BAN MTTQ VIỆT NAM TỈNH LONG AN
Trang chủ - Hoạt động Mặt trận - Vì người nghèo
Thứ Sáu, 12/04/2019
Trao 300 bồn chứa nước cho hộ nghèo vùng hạn mặn
Ngày 10/4/2019, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Long An phối hợp với Công ty TNHH Nước sạch Tân Hiệp trao tặng 300 bồn chứa nước cho hộ nghèo, hộ cận nghèo tại các xã Long Hựu Đông, Long Hựu Tây, Tân Chánh bị ảnh hưởng hạn hán, xâm nhập mặn.
Dự lễ trao tặng có ông Nguyễn Văn Út, bà Trần Thị Kim Hoa - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Huỳnh Công Danh, Phó Chủ tịch UBND huyện Cần Đước cùng đại diện các đoàn thể, doanh nghiệp.
Trao bồn chứa nước cho người dân xã Long Hựu Đông.
Mỗi bồn chứa bằng inox có dung tích 1.000 lít, trị giá 2,5 triệu đồng, tổng trị giá 750 triệu đồng từ nguồn Quỹ "Vì người nghèo" tỉnh và đóng góp của doanh nghiệp. Cùng dịp, Mặt trận trao thêm 100 máy lọc nước cho các điểm trường và 50 phần quà cho hộ neo đơn, mỗi phần trị giá 500.000 đồng.
Theo Kế hoạch số 85/KH-MTTQ-BTT ngày 15/3/2019 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về vận động hỗ trợ người dân vùng hạn mặn, từ đầu mùa khô đến nay Mặt trận các cấp đã vận động được hơn 1,2 tỷ đồng, hỗ trợ khoảng 900 hộ dụng cụ trữ nước. Tổ dùng nước của các ấp được giao rà soát, đề xuất đúng đối tượng, công khai danh sách tại nhà văn hóa ấp để người dân cùng giám sát.
Bà Trương Thị Nhung, hộ nghèo ấp Rạch Bần, xã Long Hựu Tây xúc động: "Mùa này nước sông mặn quá, mỗi tuần phải mua 2 can nước ngọt. Có bồn này, nhà tôi trữ được nước mưa, nước máy để dùng dần".
Ông Lê Văn Chính, Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hựu Đông kiêm Tổ trưởng Tổ giám sát cộng đồng công trình cấp nước cho biết xã có 264 hộ thiếu nước ngọt, phần lớn ở cuối tuyến ống; xã đã đề nghị doanh nghiệp cấp nước tăng giờ cấp vào buổi tối.
Phát biểu tại buổi lễ, bà Trần Thị Kim Hoa đề nghị các hộ sử dụng bồn đúng mục đích, giữ vệ sinh nguồn nước; chính quyền địa phương tiếp tục rà soát, kịp thời hỗ trợ những hộ còn khó khăn, không để người dân thiếu nước sinh hoạt trong mùa khô.
Được biết, năm 2019 Ủy ban MTTQ Việt Nam tỉnh đặt mục tiêu vận động xây dựng 50 công trình nước sạch cho các ấp vùng sâu, mỗi công trình phục vụ từ 30 hộ trở lên; đồng thời phối hợp Hội Nông dân, Hội Phụ nữ tỉnh thành lập thêm 20 tổ giám sát cộng đồng tại các công trình cấp nước tập trung.
Ngọc Hân
Tin khác
- Đức Hòa: Mặt trận hỗ trợ 150 hộ đấu nối nước sạch (02/04/2019)
- Hội nghị giám sát thực hiện chính sách tại Tân Trụ (25/03/2019)
- Thạnh Hóa: trao 40 căn nhà Đại đoàn kết (18/03/2019)
""", "2019-04-12", "Trao 300 bồn chứa nước cho hộ nghèo vùng hạn mặn",
E("trao_qua", None, "2019-04-10"),
[P("Nguyễn Văn Út", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Kim Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Công Danh", "Phó Chủ tịch UBND huyện Cần Đước"),
 P("Trương Thị Nhung"),
 P("Lê Văn Chính", "Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hựu Đông kiêm Tổ trưởng Tổ giám sát cộng đồng công trình cấp nước")],
[Q("300 bồn chứa nước", 300, "bồn chứa nước"), Q("1.000 lít", 1000, "lít"), Q("2,5 triệu đồng", 2500000, "đồng"),
 Q("750 triệu đồng", 750000000, "đồng"), Q("100 máy lọc nước", 100, "máy lọc nước"), Q("50 phần quà", 50, "phần quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("khoảng 900 hộ", 900, "hộ", "approx"), Q("2 can nước ngọt", 2, "can nước ngọt"), Q("264 hộ", 264, "hộ"),
 Q("50 công trình nước sạch", 50, "công trình nước sạch"), Q("từ 30 hộ trở lên", 30, "hộ", "over"), Q("20 tổ giám sát cộng đồng", 20, "tổ giám sát cộng đồng")],
[D("Kế hoạch", "85", "KH-MTTQ-BTT", "2019-03-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 85/KH-MTTQ-BTT ngày 15/3/2019")],
[prov("Long An"), com("Long Hựu Đông"), com("Long Hựu Tây"), com("Tân Chánh")],
["ỦY BAN MTTQ VIỆT NAM TỈNH LONG AN", "Trang chủ - Hoạt động Mặt trận - Vì người nghèo",
 "Trao bồn chứa nước cho người dân xã Long Hựu Đông.", "Vì người nghèo", "Công ty TNHH Nước sạch Tân Hiệp"],
["Thứ Sáu, 12/04/2019", "mỗi tuần", "năm 2019"]))

PAGES.append(page("b7911-hoabinh-xahoihoa-nuocsach-hoinghi-2019", """
BÁO HÒA BÌNH
Xã hội > Nông thôn mới
Thứ Sáu, 08/03/2019, 07:45
Huy động doanh nghiệp, người dân cùng đầu tư cấp nước sạch nông thôn
(HBĐT) - Chiều 6/3, UBND tỉnh Hòa Bình tổ chức hội nghị triển khai công tác xã hội hóa đầu tư, quản lý công trình cấp nước sạch nông thôn năm 2019. Đồng chí Quách Văn Lực, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh chủ trì hội nghị.
Toàn cảnh hội nghị.
Toàn tỉnh hiện có 1.016 công trình cấp nước tập trung nông thôn, nhưng chỉ khoảng 28% hoạt động bền vững; gần 300 công trình không hoạt động. Phần lớn công trình tự chảy ở các xóm người Mường, người Dao do cộng đồng tự quản, không thu tiền nước hoặc thu rất thấp, khoảng 1.000 - 2.000 đồng/hộ/tháng. Theo Sở Nông nghiệp và Phát triển nông thôn, tỷ lệ dân số nông thôn được sử dụng nước hợp vệ sinh đạt 87%, nhưng tỷ lệ dùng nước sạch đạt quy chuẩn mới khoảng 35%; nhiều công trình xây dựng từ những năm 2000 đã hư hỏng nặng, cần khoảng 420 tỷ đồng để cải tạo.
Để khắc phục, HĐND tỉnh đã ban hành Nghị quyết 30, 31/2018/NQ-HĐND quy định chính sách ưu đãi đầu tư và cơ chế giá nước sạch nông thôn. Theo đó, doanh nghiệp đầu tư công trình được hỗ trợ tối đa 60% tổng mức đầu tư, không quá 5 tỷ đồng/công trình; được miễn tiền thuê đất theo Quyết định số 131/2009/QĐ-TTg của Thủ tướng Chính phủ và Nghị định 117/2007/NĐ-CP của Chính phủ.
Tại hội nghị, đại diện 7 doanh nghiệp đã đăng ký đầu tư 11 dự án cấp nước với tổng vốn dự kiến hơn 140 tỷ đồng. Ông Đinh Công Sứ, Chủ tịch UBND xã Tân Minh (Đà Bắc), kiến nghị ưu tiên các xóm vùng cao nơi người dân phải dùng nước khe suối, còn bà Bùi Thị Nhàn, Tổ trưởng tổ dùng nước xóm Mường Khến, xã Tân Lập (Lạc Sơn) cho biết tổ thu 3.000 đồng/m3, đủ trả công cho 2 người vận hành và thay đường ống hỏng.
Các ông Nguyễn Văn Hợp, Xa Văn Lâm - Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn giải đáp nhiều ý kiến về thủ tục chuyển giao công trình cho doanh nghiệp.
Kết luận hội nghị, đồng chí Quách Văn Lực yêu cầu các sở, ngành hoàn thành rà soát, phân loại toàn bộ công trình trong quý II; việc chuyển giao phải lấy ý kiến người dân, công khai giá nước, bảo đảm quyền lợi hộ nghèo; phấn đấu năm 2019 có thêm ít nhất 3.500 hộ được dùng nước sạch theo quy chuẩn.
Dịp này, UBND tỉnh ký kết Biên bản ghi nhớ với 3 doanh nghiệp về đầu tư cấp nước tại các huyện Đà Bắc, Lạc Sơn, Kim Bôi.
Đinh Thắng
Tin liên quan
- Kim Bôi: Vận động người dân bảo vệ công trình nước tự chảy (01/03/2019)
- Tỉnh có 68 xã đạt tiêu chí môi trường (20/02/2019)
- Nhà máy nước sạch Lương Sơn đi vào hoạt động (15/01/2019)
""", "2019-03-08", "Huy động doanh nghiệp, người dân cùng đầu tư cấp nước sạch nông thôn",
E("hoi_nghi", "2019", "2019-03-06"),
[P("Quách Văn Lực", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Đinh Công Sứ", "Chủ tịch UBND xã Tân Minh"),
 P("Bùi Thị Nhàn", "Tổ trưởng tổ dùng nước xóm Mường Khến"),
 P("Nguyễn Văn Hợp", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Xa Văn Lâm", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn")],
[Q("1.016 công trình cấp nước tập trung nông thôn", 1016, "công trình cấp nước tập trung nông thôn"),
 Q("khoảng 28%", 28, "%", "approx"), Q("gần 300 công trình", 300, "công trình", "approx"),
 Q("1.000 - 2.000 đồng/hộ/tháng", 1000, "đồng", "approx"), Q("1.000 - 2.000 đồng/hộ/tháng", 2000, "đồng", "approx"),
 Q("tối đa 60%", 60, "%"), Q("không quá 5 tỷ đồng/công trình", 5000000000, "đồng"),
 Q("7 doanh nghiệp", 7, "doanh nghiệp"), Q("11 dự án cấp nước", 11, "dự án cấp nước"),
 Q("hơn 140 tỷ đồng", 140000000000, "đồng", "over"), Q("3.000 đồng/m3", 3000, "đồng"), Q("2 người", 2, "người"),
 Q("ít nhất 3.500 hộ", 3500, "hộ", "over"), Q("3 doanh nghiệp", 3, "doanh nghiệp"),
 Q("87%", 87, "%"), Q("khoảng 35%", 35, "%", "approx"), Q("khoảng 420 tỷ đồng", 420000000000, "đồng", "approx")],
[D("Nghị quyết", "30", "2018/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 30, 31/2018/NQ-HĐND"),
 D("Nghị quyết", "31", "2018/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 30, 31/2018/NQ-HĐND"),
 D("Quyết định", "131", "2009/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 131/2009/QĐ-TTg"),
 D("Nghị định", "117", "2007/NĐ-CP", None, "Chính phủ", "Nghị định 117/2007/NĐ-CP")],
[prov("Hòa Bình"), com("Tân Minh"), com("Tân Lập")],
["BÁO HÒA BÌNH", "Xã hội > Nông thôn mới", "(HBĐT)", "Toàn cảnh hội nghị.", "Biên bản ghi nhớ"],
["Thứ Sáu, 08/03/2019, 07:45", "năm 2019", "quý II", "những năm 2000"]))

PAGES.append(page("b7912-bentre-hanman-giaoban-t3-2020", """
BÁO ĐỒNG KHỞI ONLINE
Thời sự | Phòng chống hạn mặn
03.04.2020 | 14:10
Hôm nay: Thứ Bảy, 04/04/2020
Bảo đảm nước sinh hoạt cho người dân trong cao điểm hạn mặn
(ĐK) - Ngày 2/4, Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Bến Tre tổ chức giao ban tháng 3/2020 đánh giá tình hình hạn hán, xâm nhập mặn và công tác cấp nước sinh hoạt cho người dân. Đồng chí Nguyễn Hữu Lợi, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy chủ trì.
Xe bồn chở nước ngọt đến các ấp ven biển.
Theo báo cáo, trong tháng 3, độ mặn trên các sông chính vẫn ở mức cao, có nơi trên 4 g/l vào sâu 90 km. Toàn tỉnh có khoảng 48.000 hộ thiếu nước sinh hoạt, tập trung ở các huyện Ba Tri, Thạnh Phú, Bình Đại. Thực hiện Quyết định số 538/QĐ-UBND ngày 12/3/2020 của UBND tỉnh công bố tình huống khẩn cấp về hạn mặn, các địa phương đã tổ chức 15 điểm cấp nước miễn phí, chở khoảng 5.200 m3 nước ngọt đến các ấp.
Các tổ dùng nước, tổ tự quản đường ống ở nhiều xã đã phối hợp chính quyền chia lịch cấp nước luân phiên, ưu tiên hộ già yếu, neo đơn. Tại xã An Thủy (Ba Tri), bà Trần Thị Thu Ba, Tổ trưởng Tổ tự quản nước sạch ấp An Thạnh cho biết tổ đã vận động 86 hộ góp tiền mua 3 bồn loại 5 m3 đặt đầu ấp.
Tổng Công ty Cấp nước và Sở Nông nghiệp và PTNT đã lắp đặt 24 máy lọc nước RO công suất nhỏ, tiếp nhận trên 1.200 bồn chứa và 3.600 lu, khạp do các tổ chức, cá nhân hỗ trợ, tổng trị giá gần 7,4 tỷ đồng. Mặt trận các cấp vận động được hơn 2,1 tỷ đồng để chở nước và hỗ trợ dụng cụ trữ nước cho hộ nghèo.
Đồng chí Lê Văn Nghĩa, Giám đốc Sở Nông nghiệp và PTNT kiến nghị tỉnh chỉ đạo đẩy nhanh tiến độ tuyến ống chuyển nước từ Nhà máy nước Sơn Đông về các xã Tân Thủy, Bảo Thạnh, dự kiến cấp nước cho thêm 3.800 hộ trong tháng 4. Theo Đài Khí tượng thủy văn tỉnh, từ nay đến cuối tháng 4 còn 2 đợt triều cường, mặn có khả năng tiếp tục xâm nhập sâu; ngành y tế đã lấy 126 mẫu nước tại các điểm cấp, trong đó 119 mẫu đạt chuẩn nước sinh hoạt.
Kết luận giao ban, đồng chí Nguyễn Hữu Lợi yêu cầu các địa phương thực hiện nghiêm Công văn 1165/UBND-KT, 1166/UBND-KT của UBND tỉnh, không để người dân thiếu nước ăn uống; các xã cập nhật danh sách hộ thiếu nước hằng tuần; kiểm tra chất lượng nước tại các điểm cấp miễn phí; xử lý nghiêm các trường hợp lợi dụng hạn mặn để tăng giá nước. Trong tháng 4, tỉnh tiếp tục dành 10 tỷ đồng từ nguồn dự phòng ngân sách cho công tác cấp nước.
Thanh Đồng
Tin liên quan
- Hơn 500 đoàn viên thanh niên chở nước ngọt về vùng mặn (28/03/2020)
- Giồng Trôm: tổ tự quản chia sẻ nước ngọt (20/03/2020)
- Bến Tre công bố tình huống khẩn cấp về hạn mặn (13/03/2020)
""", "2020-04-03", "Bảo đảm nước sinh hoạt cho người dân trong cao điểm hạn mặn",
E("giao_ban", "2020-03", "2020-04-02"),
[P("Nguyễn Hữu Lợi", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ huy"),
 P("Trần Thị Thu Ba", "Tổ trưởng Tổ tự quản nước sạch ấp An Thạnh"),
 P("Lê Văn Nghĩa", "Giám đốc Sở Nông nghiệp và PTNT")],
[Q("trên 4 g/l", 4, "g/l", "over"), Q("90 km", 90, "km"), Q("khoảng 48.000 hộ", 48000, "hộ", "approx"),
 Q("15 điểm cấp nước miễn phí", 15, "điểm cấp nước miễn phí"), Q("khoảng 5.200 m3", 5200, "m3", "approx"),
 Q("86 hộ", 86, "hộ"), Q("3 bồn", 3, "bồn"), Q("5 m3", 5, "m3"), Q("24 máy lọc nước RO", 24, "máy lọc nước RO"),
 Q("trên 1.200 bồn chứa", 1200, "bồn chứa", "over"), Q("3.600 lu, khạp", 3600, "lu, khạp"),
 Q("gần 7,4 tỷ đồng", 7400000000, "đồng", "approx"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("3.800 hộ", 3800, "hộ"), Q("10 tỷ đồng", 10000000000, "đồng"),
 Q("2 đợt triều cường", 2, "đợt triều cường"), Q("126 mẫu nước", 126, "mẫu nước"), Q("119 mẫu", 119, "mẫu")],
[D("Quyết định", "538", "QĐ-UBND", "2020-03-12", "UBND tỉnh", "Quyết định số 538/QĐ-UBND ngày 12/3/2020"),
 D("Công văn", "1165", "UBND-KT", None, "UBND tỉnh", "Công văn 1165/UBND-KT, 1166/UBND-KT"),
 D("Công văn", "1166", "UBND-KT", None, "UBND tỉnh", "Công văn 1165/UBND-KT, 1166/UBND-KT")],
[prov("Bến Tre"), com("An Thủy"), com("Tân Thủy"), com("Bảo Thạnh")],
["BÁO ĐỒNG KHỞI ONLINE", "Thời sự | Phòng chống hạn mặn", "Hôm nay: Thứ Bảy, 04/04/2020", "(ĐK)",
 "Xe bồn chở nước ngọt đến các ấp ven biển.", "Nhà máy nước Sơn Đông", "Tổng Công ty Cấp nước"],
["03.04.2020 | 14:10", "Hôm nay: Thứ Bảy, 04/04/2020", "tháng 3/2020", "tháng 3", "tháng 4"]))
