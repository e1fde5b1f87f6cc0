from lib import *
PAGES = []

PAGES.append(page("b1475-binhdinh-mttq-giaoban-quy3-2016", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH ĐỊNH
Trang chủ | Hoạt động Mặt trận | Tin trong tỉnh
14.10.2016 | 14:30
Ảnh: Quang cảnh hội nghị giao ban.
Giao ban công tác Mặt trận quý III/2016
Chiều 12/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Định tổ chức hội nghị giao ban công tác Mặt trận quý III năm 2016 với Ủy ban MTTQ các huyện, thị xã, thành phố. Đồng chí Hồ Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Trong quý, Mặt trận các cấp tập trung chỉ đạo thực hiện Chỉ thị số 05-CT/TU ngày 12/5/2016 của Ban Thường vụ Tỉnh ủy về giảm nghèo bền vững giai đoạn 2016 - 2020 và Kế hoạch liên tịch số 36/KHLT-UBND-MTTQ ngày 25/7/2016 giữa UBND tỉnh và Ủy ban MTTQ Việt Nam tỉnh. Quỹ "Vì người nghèo" các cấp tiếp nhận 4,86 tỷ đồng; lũy kế 9 tháng đạt 11,2 tỷ đồng. Mặt trận đã phối hợp xây mới 185 nhà Đại đoàn kết, sửa chữa 43 nhà; hỗ trợ 1.140 học sinh có hoàn cảnh khó khăn bước vào năm học mới với tổng số tiền 684 triệu đồng. Huyện An Lão và Vĩnh Thạnh đã hoàn thành việc bàn giao 64 căn nhà cho hộ nghèo đồng bào Ba Na, H're.
Tại hội nghị, ông Đinh Văn Hốt, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ huyện An Lão, phản ánh việc một số hộ nghèo được hỗ trợ nhà ở nhưng đất ở nằm trong vùng nguy cơ sạt lở. Bà Nguyễn Thị Hoa, Chủ tịch Ủy ban MTTQ thị xã An Nhơn, cho biết thị xã đã phát động mô hình "Hũ gạo tình thương", thu được 18 tấn gạo giúp 320 hộ nghèo.
Đồng chí Nguyễn Văn Thành, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, thông tin về Tháng cao điểm "Vì người nghèo" năm 2016 và đề nghị các địa phương tổ chức lễ phát động trước ngày 17/10. Theo kế hoạch, mỗi huyện phấn đấu xây mới ít nhất 20 nhà Đại đoàn kết trong quý IV; phường, xã có hộ nghèo phải hoàn thành khảo sát nhu cầu trước ngày 30/10.
Kết luận hội nghị, đồng chí Hồ Thị Thu Hà yêu cầu Mặt trận các cấp tiếp tục giám sát việc bình xét hộ nghèo, hộ cận nghèo theo Quyết định số 59/2015/QĐ-TTg của Thủ tướng Chính phủ về chuẩn nghèo tiếp cận đa chiều; chú trọng hỗ trợ sinh kế, tránh tư tưởng trông chờ, ỷ lại. Đồng chí cũng đề nghị Mặt trận huyện Hoài Nhơn, Phù Mỹ sớm khắc phục tình trạng chậm quyết toán kinh phí xây nhà.
Hoàng Quân
Lượt xem: 628
Các tin khác
- Tuy Phước: trao 10 nhà Đại đoàn kết cho hộ nghèo (08/10/2016)
- Hội thảo về vai trò của Mặt trận trong xây dựng nông thôn mới (29/09/2016)
- Phù Cát phát động ủng hộ đồng bào bị thiệt hại do mưa lũ (20/09/2016)
- Ủy ban MTTQ tỉnh làm việc với Ủy ban MTTQ thành phố Quy Nhơn (12/09/2016)
- Vân Canh: hỗ trợ bò giống cho hộ nghèo đồng bào Chăm H'roi (05/09/2016)
""", "2016-10-14", "Giao ban công tác Mặt trận quý III/2016",
E("giao_ban", "2016-Q3", "2016-10-12"),
[P("Hồ Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Hốt", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ huyện An Lão"),
 P("Nguyễn Thị Hoa", "Chủ tịch Ủy ban MTTQ thị xã An Nhơn"),
 P("Nguyễn Văn Thành", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("4,86 tỷ đồng", 4860000000, "đồng"), Q("11,2 tỷ đồng", 11200000000, "đồng"), Q("185 nhà Đại đoàn kết", 185, "nhà Đại đoàn kết"),
 Q("43 nhà", 43, "nhà"), Q("1.140 học sinh có hoàn cảnh khó khăn", 1140, "học sinh có hoàn cảnh khó khăn"),
 Q("684 triệu đồng", 684000000, "đồng"), Q("64 căn nhà", 64, "căn nhà"), Q("18 tấn", 18, "tấn"), Q("320 hộ nghèo", 320, "hộ nghèo"),
 Q("20 nhà Đại đoàn kết", 20, "nhà Đại đoàn kết", "over")],
[D("Chỉ thị", "05", "CT/TU", "2016-05-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 12/5/2016"),
 D("Kế hoạch liên tịch", "36", "KHLT-UBND-MTTQ", "2016-07-25", "UBND tỉnh và Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch liên tịch số 36/KHLT-UBND-MTTQ ngày 25/7/2016"),
 D("Quyết định", "59", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 59/2015/QĐ-TTg")],
[prov("Bình Định")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH ĐỊNH", "Trang chủ | Hoạt động Mặt trận | Tin trong tỉnh", "Ảnh: Quang cảnh hội nghị giao ban.",
 "Vì người nghèo", "Hũ gạo tình thương", "Tháng cao điểm", "Lượt xem: 628"],
["14.10.2016 | 14:30", "quý III năm 2016", "quý III/2016", "giai đoạn 2016 - 2020", "9 tháng", "năm 2016", "quý IV", "ngày 17/10", "ngày 30/10", "Lượt xem: 628"]))

PAGES.append(page("b1476-cantho-mttq-taphuan-quy-2017", """
Báo Cần Thơ Online
Chính trị > Mặt trận - Đoàn thể
2017-05-19 08:30
Tập huấn nghiệp vụ quản lý Quỹ "Vì người nghèo" cho cán bộ Mặt trận cơ sở
Ngày 18/5, Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức lớp tập huấn nghiệp vụ công tác vận động, quản lý, sử dụng Quỹ "Vì người nghèo" và giám sát thực hiện chính sách giảm nghèo năm 2017 cho 180 cán bộ Mặt trận các quận, huyện và phường, xã, thị trấn. Lớp tập huấn kéo dài 2 ngày.
Đồng chí Trần Thanh Nhàn phát biểu khai giảng lớp tập huấn.
Phát biểu khai giảng, đồng chí Trần Thanh Nhàn, Thành ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam thành phố, nhấn mạnh: Quỹ "Vì người nghèo" là nguồn lực quan trọng bổ sung cho chương trình giảm nghèo của thành phố; năm 2016 các cấp tiếp nhận hơn 16 tỷ đồng, giúp xây mới 530 căn nhà Đại đoàn kết và sửa chữa 96 căn. Tuy nhiên, sổ sách kế toán quỹ ở cấp xã còn nhiều sai sót, có nơi chưa công khai chứng từ chi theo quy định.
Các học viên được nghe bà Trương Thị Bé Hai, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, kiêm Trưởng ban Phong trào, truyền đạt những điểm mới của Thông tư liên tịch số 02/2016/TTLT-BTC-UBTWMTTQVN về hướng dẫn quản lý kinh phí hoạt động giám sát, phản biện xã hội và Hướng dẫn số 09/HD-MTTQ-BTT ngày 05/4/2017 của Ban Thường trực Ủy ban MTTQ thành phố về quy trình tiếp nhận, phân bổ quỹ. Ông Lê Minh Trí, Kế toán Văn phòng Ủy ban MTTQ Việt Nam thành phố, hướng dẫn cách lập sổ theo dõi, mẫu biên bản bình xét và niêm yết công khai tại ấp, khu vực.
Theo Ban Thường trực, năm 2017 thành phố đặt chỉ tiêu vận động Quỹ đạt 18 tỷ đồng, hỗ trợ xây dựng 600 căn nhà Đại đoàn kết, mỗi căn 40 triệu đồng; hỗ trợ 1.000 hộ nghèo có sinh kế theo mô hình nuôi cá, trồng rau an toàn. Đến cuối năm 2016, tỷ lệ hộ nghèo đa chiều của thành phố là 3,12%, còn 9.870 hộ nghèo và 7.412 hộ cận nghèo.
Tại lớp học, bà Huỳnh Thị Kim Loan, Chủ tịch Ủy ban MTTQ xã Trường Xuân A, huyện Thới Lai, chia sẻ kinh nghiệm vận động "Mỗi tổ hội một căn nhà" giúp xã xây được 11 căn nhà trong năm 2016. Ông Trần Văn Út, Trưởng ban Công tác Mặt trận khu vực Thới Thuận, phường Thốt Nốt, cho rằng cần tăng phụ cấp cho cán bộ khu vực trực tiếp đi khảo sát hộ nghèo.
Kết thúc lớp tập huấn, các học viên làm bài thu hoạch; Ban Tổ chức trao giấy chứng nhận cho 176 học viên đạt yêu cầu.
Mỹ Thanh
Bài viết liên quan
- Cái Răng: bàn giao 8 căn nhà Đại đoàn kết (10/05/2017)
- Mặt trận thành phố giám sát chính sách bảo hiểm y tế cho hộ cận nghèo (28/04/2017)
- Hội nghị giao ban công tác Mặt trận quý I/2017 (14/04/2017)
- Phong Điền: Mặt trận xã vận động xây cầu nông thôn cho bà con vùng sâu (03/04/2017)
""", "2017-05-19", 'Tập huấn nghiệp vụ quản lý Quỹ "Vì người nghèo" cho cán bộ Mặt trận cơ sở',
E("tap_huan", "2017", "2017-05-18"),
[P("Trần Thanh Nhàn", "Thành ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Trương Thị Bé Hai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Trưởng ban Phong trào"),
 P("Lê Minh Trí", "Kế toán Văn phòng Ủy ban MTTQ Việt Nam thành phố"),
 P("Huỳnh Thị Kim Loan", "Chủ tịch Ủy ban MTTQ xã Trường Xuân A"),
 P("Trần Văn Út", "Trưởng ban Công tác Mặt trận khu vực Thới Thuận")],
[Q("180 cán bộ Mặt trận", 180, "cán bộ Mặt trận"), Q("hơn 16 tỷ đồng", 16000000000, "đồng", "over"),
 Q("530 căn nhà Đại đoàn kết", 530, "căn nhà Đại đoàn kết"), Q("96 căn", 96, "căn"), Q("18 tỷ đồng", 18000000000, "đồng"),
 Q("600 căn nhà Đại đoàn kết", 600, "căn nhà Đại đoàn kết"), Q("40 triệu đồng", 40000000, "đồng"), Q("1.000 hộ nghèo", 1000, "hộ nghèo"),
 Q("3,12%", 3.12, "%"), Q("9.870 hộ nghèo", 9870, "hộ nghèo"), Q("7.412 hộ cận nghèo", 7412, "hộ cận nghèo"),
 Q("11 căn nhà", 11, "căn nhà"), Q("176 học viên", 176, "học viên")],
[D("Thông tư liên tịch", "02", "2016/TTLT-BTC-UBTWMTTQVN", None, None, "Thông tư liên tịch số 02/2016/TTLT-BTC-UBTWMTTQVN"),
 D("Hướng dẫn", "09", "HD-MTTQ-BTT", "2017-04-05", "Ban Thường trực Ủy ban MTTQ thành phố", "Hướng dẫn số 09/HD-MTTQ-BTT ngày 05/4/2017")],
[prov("Cần Thơ"), com("Trường Xuân A"), com("Thốt Nốt")],
["Báo Cần Thơ Online", "Chính trị > Mặt trận - Đoàn thể", "Đồng chí Trần Thanh Nhàn phát biểu khai giảng lớp tập huấn.",
 "Vì người nghèo", "Mỗi tổ hội một căn nhà"],
["2017-05-19 08:30", "2 ngày", "năm 2017", "năm 2016", "cuối năm 2016"]))

PAGES.append(page("b1477-yenbai-mttq-baocao-vnn-2018", """
ỦY BAN MTTQ VIỆT NAM TỈNH YÊN BÁI
Trang chủ » Tin tức » Công tác Vì người nghèo
Ngày 28/12/2018 | 10:05
Năm 2018: Quỹ "Vì người nghèo" tỉnh Yên Bái hỗ trợ 1.352 hộ về nhà ở
Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Yên Bái vừa ban hành Báo cáo số 215/BC-MTTQ-BTT ngày 25/12/2018 về kết quả vận động, quản lý, sử dụng Quỹ "Vì người nghèo" và thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2018.
Theo báo cáo, năm 2018 Quỹ "Vì người nghèo" ba cấp của tỉnh tiếp nhận 21,47 tỷ đồng, vượt 7,3% kế hoạch; cùng với nguồn vốn của Chương trình 135 và Quyết định số 33/2015/QĐ-TTg của Thủ tướng Chính phủ, Mặt trận các cấp đã phối hợp hỗ trợ 1.352 hộ về nhà ở, trong đó xây mới 986 nhà Đại đoàn kết và sửa chữa 366 nhà. Mức hỗ trợ từ quỹ là 30 triệu đồng/nhà xây mới và 15 triệu đồng/nhà sửa chữa. Đặc biệt, các huyện Mù Cang Chải, Trạm Tấu đã xóa xong nhà tạm cho 412 hộ nghèo người Mông.
Hộ gia đình anh Giàng A Páo ở bản Khau Phạ, xã Cao Phạ, huyện Mù Cang Chải, đón nhận căn nhà mới. Ảnh: Thanh Tân
Ngoài hỗ trợ nhà ở, quỹ đã dành 2,8 tỷ đồng hỗ trợ 1.625 hộ nghèo phát triển sản xuất, chủ yếu bằng giống trâu, bò, lợn và cây quế; hỗ trợ 3.200 lượt học sinh nghèo; trao 8.740 suất quà Tết trị giá trên 3 tỷ đồng. Phong trào "Tết vì người nghèo" tiếp tục được Mặt trận các huyện, thị xã, thành phố hưởng ứng. Nhờ các giải pháp đồng bộ, tỷ lệ hộ nghèo của tỉnh giảm 5,2%, xuống còn 20,86%.
Báo cáo chỉ rõ một số hạn chế: việc vận động quỹ ở một số xã vùng cao còn trông chờ cấp trên; một số công trình nhà ở chậm tiến độ do địa hình chia cắt; việc theo dõi hộ thoát nghèo sau hỗ trợ chưa thường xuyên. Ủy ban MTTQ huyện Văn Chấn và thị xã Nghĩa Lộ chưa công khai kịp thời danh sách hộ được hỗ trợ.
Năm 2019, thực hiện Kết luận số 25-KL/TU ngày 10/11/2018 của Ban Chấp hành Đảng bộ tỉnh về một số nhiệm vụ, giải pháp giảm nghèo nhanh và bền vững, Ban Thường trực Ủy ban MTTQ tỉnh đề ra chỉ tiêu vận động Quỹ đạt 22 tỷ đồng, hỗ trợ làm mới và sửa chữa ít nhất 1.200 nhà, ưu tiên hộ nghèo ở 70 xã đặc biệt khó khăn.
Đồng chí Giàng A Chía, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, nhấn mạnh: "Mỗi căn nhà Đại đoàn kết phải trở thành điểm tựa để hộ nghèo vươn lên, chứ không chỉ là nơi che mưa nắng".
Thanh Tân
Lượt truy cập: 1.519
Tin khác
- Trấn Yên bàn giao 25 nhà Đại đoàn kết (20/12/2018)
- Mặt trận tỉnh trao 200 suất quà cho hộ nghèo Lục Yên (14/12/2018)
- Hội nghị tổng kết phong trào thi đua yêu nước năm 2018 (07/12/2018)
- Văn Yên: Mặt trận xã giám sát việc hỗ trợ giống quế cho hộ nghèo (30/11/2018)
""", "2018-12-28", 'Năm 2018: Quỹ "Vì người nghèo" tỉnh Yên Bái hỗ trợ 1.352 hộ về nhà ở',
E("bao_cao", "2018", "2018-12-25"),
[P("Giàng A Páo"),
 P("Giàng A Chía", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("21,47 tỷ đồng", 21470000000, "đồng"), Q("7,3%", 7.3, "%"), Q("1.352 hộ", 1352, "hộ"), Q("986 nhà Đại đoàn kết", 986, "nhà Đại đoàn kết"),
 Q("366 nhà", 366, "nhà"), Q("30 triệu đồng", 30000000, "đồng"), Q("15 triệu đồng", 15000000, "đồng"),
 Q("412 hộ nghèo người Mông", 412, "hộ nghèo người Mông"), Q("2,8 tỷ đồng", 2800000000, "đồng"), Q("1.625 hộ nghèo", 1625, "hộ nghèo"),
 Q("3.200 lượt học sinh nghèo", 3200, "lượt học sinh nghèo"), Q("8.740 suất quà Tết", 8740, "suất quà Tết"),
 Q("trên 3 tỷ đồng", 3000000000, "đồng", "over"), Q("5,2%", 5.2, "%"), Q("20,86%", 20.86, "%"), Q("22 tỷ đồng", 22000000000, "đồng"),
 Q("1.200 nhà", 1200, "nhà", "over"), Q("70 xã đặc biệt khó khăn", 70, "xã đặc biệt khó khăn")],
[D("Báo cáo", "215", "BC-MTTQ-BTT", "2018-12-25", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Yên Bái", "Báo cáo số 215/BC-MTTQ-BTT ngày 25/12/2018"),
 D("Quyết định", "33", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 33/2015/QĐ-TTg"),
 D("Kết luận", "25", "KL/TU", "2018-11-10", "Ban Chấp hành Đảng bộ tỉnh", "Kết luận số 25-KL/TU ngày 10/11/2018")],
[prov("Yên Bái"), com("Cao Phạ")],
["ỦY BAN MTTQ VIỆT NAM TỈNH YÊN BÁI", "Trang chủ » Tin tức » Công tác Vì người nghèo",
 "Hộ gia đình anh Giàng A Páo ở bản Khau Phạ, xã Cao Phạ, huyện Mù Cang Chải, đón nhận căn nhà mới. Ảnh: Thanh Tân",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Chương trình 135", "Tết vì người nghèo", "Lượt truy cập: 1.519"],
["Ngày 28/12/2018 | 10:05", "năm 2018", "Năm 2019", "Chương trình 135", "Lượt truy cập: 1.519"]))

PAGES.append(page("b1478-quangnam-mttq-bangiao-nha-2018", """
Báo Quảng Nam
Thời sự › Xã hội
Thứ Sáu, 16/11/2018 - 09:00
Nam Trà My: Bàn giao 40 nhà Đại đoàn kết cho hộ nghèo người Xê Đăng
(QNO) - Ngày 15/11, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Huyện ủy, UBND huyện Nam Trà My tổ chức lễ bàn giao 40 nhà Đại đoàn kết cho hộ nghèo người Xê Đăng, Ca Dong tại các xã Trà Cang, Trà Nam và Trà Linh. Đây là những căn nhà được xây dựng từ nguồn Quỹ "Vì người nghèo" của tỉnh và sự hỗ trợ của Tổng công ty Bảo Việt Nhân thọ.
Đồng chí Võ Văn Cang trao tượng trưng nhà Đại đoàn kết cho các hộ nghèo. Ảnh: N.Đ
Dự lễ có đồng chí Võ Văn Cang, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Phan Công Lực, Phó Bí thư Tỉnh ủy; các đồng chí: Hồ Văn Lá, Hồ Thị Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cùng lãnh đạo huyện Nam Trà My.
Mỗi căn nhà có diện tích 40 m2, tổng kinh phí 50 triệu đồng, trong đó Quỹ "Vì người nghèo" tỉnh hỗ trợ 35 triệu đồng, nhà tài trợ hỗ trợ 10 triệu đồng, phần còn lại do gia đình và dòng tộc đóng góp ngày công, vật liệu tại chỗ. Tổng kinh phí xây dựng 40 căn nhà là 2 tỷ đồng.
Ông Hồ Văn Ngọc (63 tuổi), ở thôn 2, xã Trà Cang, xúc động: "Trước đây cả nhà 6 người ở trong căn nhà tranh dột nát, mùa mưa không dám ngủ. Nay có nhà kiên cố, tôi yên tâm cho con cháu đi học".
Ông Hồ Văn Lít, Chủ tịch Ủy ban MTTQ Việt Nam huyện Nam Trà My, cho biết toàn huyện hiện còn 3.156 hộ nghèo, chiếm 61,4% số hộ, trong đó có khoảng 700 hộ còn ở nhà tạm. Năm 2018, Mặt trận huyện đã vận động được 1,32 tỷ đồng cho Quỹ "Vì người nghèo", hỗ trợ 126 hộ làm nhà và 350 hộ trồng sâm Ngọc Linh, quế Trà My.
Phát biểu tại buổi lễ, đồng chí Võ Văn Cang đề nghị chính quyền các xã hướng dẫn các hộ giữ gìn, sử dụng nhà hiệu quả, gắn với thực hiện Chương trình hành động số 12-CTr/TU ngày 20/4/2016 của Tỉnh ủy về giảm nghèo bền vững ở các huyện miền núi. Theo đồng chí, từ năm 2016 đến nay, Mặt trận tỉnh đã vận động xây dựng 4.218 nhà Đại đoàn kết, riêng 6 huyện miền núi cao chiếm gần một nửa.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao tặng 100 suất quà, mỗi suất 500.000 đồng và 50 chiếc chăn cho hộ nghèo, học sinh nội trú.
Được biết, trong năm 2018, Ủy ban MTTQ Việt Nam huyện Nam Trà My đã phối hợp với Đồn Biên phòng Trà Linh vận động cán bộ, chiến sĩ góp 320 ngày công giúp các hộ vận chuyển vật liệu lên những thôn chưa có đường ô tô; nhiều căn nhà hoàn thành trước mùa mưa bão.
Nguyễn Đoan
Tin liên quan
- Tiên Phước: Mặt trận vận động 2 tỷ đồng làm nhà cho hộ nghèo (10/11/2018)
- Khởi công 20 nhà Đại đoàn kết tại Tây Giang (01/11/2018)
- Mặt trận tỉnh phát động Tháng cao điểm vì người nghèo (17/10/2018)
- Phước Sơn: trao bò giống cho 30 hộ nghèo người Bh'noong (10/10/2018)
""", "2018-11-16", "Nam Trà My: Bàn giao 40 nhà Đại đoàn kết cho hộ nghèo người Xê Đăng",
E("trao_qua", None, "2018-11-15"),
[P("Võ Văn Cang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Công Lực", "Phó Bí thư Tỉnh ủy"),
 P("Hồ Văn Lá", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Ngọc"),
 P("Hồ Văn Lít", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Nam Trà My")],
[Q("40 nhà Đại đoàn kết", 40, "nhà Đại đoàn kết"), Q("40 m2", 40, "m2"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("35 triệu đồng", 35000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("2 tỷ đồng", 2000000000, "đồng"),
 Q("6 người", 6, "người"), Q("3.156 hộ nghèo", 3156, "hộ nghèo"), Q("61,4%", 61.4, "%"), Q("khoảng 700 hộ", 700, "hộ", "approx"),
 Q("1,32 tỷ đồng", 1320000000, "đồng"), Q("126 hộ", 126, "hộ"), Q("350 hộ", 350, "hộ"),
 Q("4.218 nhà Đại đoàn kết", 4218, "nhà Đại đoàn kết"), Q("6 huyện miền núi cao", 6, "huyện miền núi cao"),
 Q("100 suất quà", 100, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("50 chiếc chăn", 50, "chiếc chăn"), Q("320 ngày công", 320, "ngày công")],
[D("Chương trình hành động", "12", "CTr/TU", "2016-04-20", "Tỉnh ủy", "Chương trình hành động số 12-CTr/TU ngày 20/4/2016")],
[prov("Quảng Nam"), com("Trà Cang"), com("Trà Nam"), com("Trà Linh")],
["Báo Quảng Nam", "Thời sự › Xã hội", "(QNO)", "Đồng chí Võ Văn Cang trao tượng trưng nhà Đại đoàn kết cho các hộ nghèo. Ảnh: N.Đ",
 "Vì người nghèo", "Bảo Việt Nhân thọ"],
["Thứ Sáu, 16/11/2018 - 09:00", "63 tuổi", "thôn 2", "Năm 2018", "từ năm 2016", "gần một nửa"]))

PAGES.append(page("b1479-daklak-mttq-daihoi-2019", """
Báo Đắk Lắk điện tử
Trang chủ >> Chính trị >> Mặt trận - Đoàn thể
Thứ Năm, 11/07/2019 | 17:20
Toàn cảnh phiên khai mạc Đại hội. Ảnh: Hoàng Gia
Khai mạc Đại hội đại biểu MTTQ Việt Nam tỉnh Đắk Lắk lần thứ X
Sáng 11/7, tại Hội trường 10-3, Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk long trọng khai mạc Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ X, nhiệm kỳ 2019 - 2024. Dự Đại hội có 299 đại biểu chính thức, đại diện cho hơn 1,9 triệu người thuộc 49 dân tộc trong tỉnh.
Tham dự có đồng chí Nguyễn Thị Thanh Vân, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam; đồng chí Phạm Minh Tấn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Y Khuê Mlô, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo chính trị do đồng chí H'Liên Byă, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa IX trình bày nêu rõ: nhiệm kỳ 2014 - 2019, Quỹ "Vì người nghèo" các cấp trong tỉnh vận động được 112,6 tỷ đồng; Mặt trận các cấp đã chủ trì, phối hợp xây dựng 5.346 nhà Đại đoàn kết, sửa chữa 1.218 nhà, hỗ trợ 3.870 hộ nghèo phát triển sản xuất, giúp 14.250 lượt học sinh nghèo đến trường. Tỷ lệ hộ nghèo toàn tỉnh giảm từ 21,59% năm 2015 xuống còn 11,72% cuối năm 2018; trong đó hộ nghèo đồng bào dân tộc thiểu số tại chỗ còn 27,6%.
Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được triển khai gắn với thực hiện Nghị quyết số 03-NQ/TU ngày 19/5/2016 của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới. Đến nay toàn tỉnh có 54 xã đạt chuẩn nông thôn mới. Thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW của Bộ Chính trị, Mặt trận các cấp đã chủ trì 1.027 cuộc giám sát và 146 hội nghị phản biện xã hội.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Thanh Vân đề nghị Mặt trận tỉnh tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở, nhất là các buôn đồng bào Êđê, M'nông, Jrai; phát huy vai trò của 1.936 người có uy tín trong vận động đồng bào thoát nghèo.
Đại biểu Ksor H'Bơ Khăp, Chủ tịch Ủy ban MTTQ xã Ia Rvê, huyện Ea Súp, trình bày tham luận về việc vận động đồng bào hiến đất làm đường; ông Y Phôn Niê, Trưởng ban Công tác Mặt trận buôn Tơng Jú, xã Ea Kao, chia sẻ kinh nghiệm xây dựng "Quỹ tiết kiệm vì người nghèo" ở buôn.
Chiều cùng ngày, Đại hội đã hiệp thương dân chủ cử 72 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa X. Đồng chí H'Liên Byă tiếp tục được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Nguyễn Hoài Dương, Y Kô Niê được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Đại hội làm việc trong 2 ngày, 11 và 12/7.
Hoàng Gia - Thúy Hồng
Tin khác
- Buôn Đôn: Đại hội MTTQ huyện lần thứ IX thành công tốt đẹp (25/06/2019)
- Mặt trận tỉnh trao 50 nhà Đại đoàn kết cho hộ nghèo Krông Bông (14/06/2019)
- Cư M'gar tổ chức Đại hội đại biểu MTTQ huyện nhiệm kỳ 2019 - 2024 (06/06/2019)
""", "2019-07-11", "Khai mạc Đại hội đại biểu MTTQ Việt Nam tỉnh Đắk Lắk lần thứ X",
E("dai_hoi", None, "2019-07-11"),
[P("Nguyễn Thị Thanh Vân", "Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam"),
 P("Phạm Minh Tấn", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Y Khuê Mlô", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Liên Byă", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa IX", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor H'Bơ Khăp", "Chủ tịch Ủy ban MTTQ xã Ia Rvê"),
 P("Y Phôn Niê", "Trưởng ban Công tác Mặt trận buôn Tơng Jú"),
 P("Nguyễn Hoài Dương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Kô Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("299 đại biểu chính thức", 299, "đại biểu chính thức"), Q("hơn 1,9 triệu người", 1900000, "người", "over"), Q("49 dân tộc", 49, "dân tộc"),
 Q("112,6 tỷ đồng", 112600000000, "đồng"), Q("5.346 nhà Đại đoàn kết", 5346, "nhà Đại đoàn kết"), Q("1.218 nhà", 1218, "nhà"),
 Q("3.870 hộ nghèo", 3870, "hộ nghèo"), Q("14.250 lượt học sinh nghèo", 14250, "lượt học sinh nghèo"), Q("21,59%", 21.59, "%"),
 Q("11,72%", 11.72, "%"), Q("27,6%", 27.6, "%"), Q("54 xã", 54, "xã"), Q("1.027 cuộc giám sát", 1027, "cuộc giám sát"),
 Q("146 hội nghị phản biện xã hội", 146, "hội nghị phản biện xã hội"), Q("1.936 người có uy tín", 1936, "người có uy tín"),
 Q("72 vị", 72, "vị")],
[D("Nghị quyết", "03", "NQ/TU", "2016-05-19", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 03-NQ/TU ngày 19/5/2016"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 218-QĐ/TW")],
[prov("Đắk Lắk"), com("Ia Rvê"), com("Ea Kao")],
["Báo Đắk Lắk điện tử", "Trang chủ >> Chính trị >> Mặt trận - Đoàn thể", "Toàn cảnh phiên khai mạc Đại hội. Ảnh: Hoàng Gia",
 "Hội trường 10-3", "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Quỹ tiết kiệm vì người nghèo"],
["Thứ Năm, 11/07/2019 | 17:20", "lần thứ X", "nhiệm kỳ 2019 - 2024", "nhiệm kỳ 2014 - 2019", "năm 2015", "cuối năm 2018", "khóa IX", "khóa X", "2 ngày", "10-3"]))

PAGES.append(page("b1480-longan-mttq-doithoai-hongheo-2019", """
BÁO LONG AN ONLINE
Thời sự | Chính trị | Mặt trận
Cập nhật lúc 15:30 ngày 20/09/2019
Chủ tịch Ủy ban MTTQ huyện đối thoại với hộ nghèo, hộ cận nghèo
Chiều 18/9, tại Hội trường UBND xã Thạnh Phước, Ủy ban MTTQ Việt Nam huyện Thạnh Hóa, tỉnh Long An tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền, Mặt trận với hộ nghèo, hộ cận nghèo năm 2019. Tham dự có 126 hộ nghèo, hộ cận nghèo đến từ 4 xã Thạnh Phước, Thạnh Phú, Tân Tây và Thủy Đông.
Quang cảnh buổi đối thoại. Ảnh: Minh Thư
Chủ trì đối thoại có ông Lê Văn Tâm, Huyện ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam huyện Thạnh Hóa; ông Đặng Văn Xinh, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; bà Võ Thị Ngọc Hân, Phó Chủ tịch UBND huyện.
Mở đầu buổi đối thoại, ông Lê Văn Tâm thông tin: thực hiện Chương trình hành động số 29-CTr/HU ngày 15/6/2016 của Huyện ủy về giảm nghèo bền vững, đến cuối năm 2018 toàn huyện còn 712 hộ nghèo, chiếm 3,05%, và 804 hộ cận nghèo. Từ đầu năm 2019, Quỹ "Vì người nghèo" huyện đã hỗ trợ xây 48 căn nhà Đại đoàn kết, mỗi căn 40 triệu đồng; giới thiệu 215 lượt hộ nghèo vay vốn với số tiền 6,4 tỷ đồng; tặng 1.050 thẻ bảo hiểm y tế cho người cận nghèo.
Trong buổi đối thoại, 17 ý kiến được người dân nêu trực tiếp. Bà Nguyễn Thị Lệ, ấp Đá Biên, xã Thạnh Phước, đề nghị được hỗ trợ vay vốn nuôi bò nhưng không phải thế chấp; ông Trần Văn Chín, ấp 3, xã Tân Tây, phản ánh căn nhà Đại đoàn kết xây năm 2012 của gia đình đã xuống cấp, mái tôn dột nặng. Nhiều hộ cho rằng mức chuẩn nghèo hiện nay chưa sát với thu nhập thực tế của lao động làm thuê theo mùa vụ.
Trả lời các kiến nghị, ông Đặng Văn Xinh cho biết huyện sẽ chỉ đạo Phòng Lao động - Thương binh và Xã hội phối hợp với Ngân hàng Chính sách xã hội rà soát, ưu tiên cho vay đối với hộ có phương án sản xuất; giao Ủy ban MTTQ xã Tân Tây khảo sát, đề xuất sửa chữa nhà cho ông Chín trong quý IV. Bà Võ Thị Ngọc Hân đề nghị các hộ chủ động đăng ký học nghề miễn phí theo Quyết định số 46/2015/QĐ-TTg của Thủ tướng Chính phủ.
Kết thúc buổi đối thoại, Ủy ban MTTQ huyện trao 126 phần quà cho các hộ tham dự, mỗi phần gồm 10 kg gạo và 200.000 đồng tiền mặt. Ông Lê Văn Tâm khẳng định Mặt trận sẽ tổng hợp đầy đủ ý kiến, theo dõi việc giải quyết và thông tin lại cho người dân tại kỳ đối thoại năm 2020.
Minh Thư - Văn Đạt
Lượt xem: 743
Tin liên quan
- Tân Hưng: trao 30 căn nhà Đại đoàn kết cho hộ nghèo (12/09/2019)
- Mặt trận tỉnh giám sát thực hiện chính sách bảo hiểm y tế cho hộ cận nghèo (05/09/2019)
- Đức Hòa: xóa 45 căn nhà tạm trong năm 2019 (28/08/2019)
- Mộc Hóa: vận động hơn 500 triệu đồng Quỹ "Vì người nghèo" (20/08/2019)
""", "2019-09-20", "Chủ tịch Ủy ban MTTQ huyện đối thoại với hộ nghèo, hộ cận nghèo",
E("doi_thoai", "2019", "2019-09-18"),
[P("Lê Văn Tâm", "Huyện ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Thạnh Hóa"),
 P("Đặng Văn Xinh", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Võ Thị Ngọc Hân", "Phó Chủ tịch UBND huyện"),
 P("Nguyễn Thị Lệ"), P("Trần Văn Chín")],
[Q("126 hộ nghèo, hộ cận nghèo", 126, "hộ nghèo, hộ cận nghèo"), Q("4 xã", 4, "xã"), Q("712 hộ nghèo", 712, "hộ nghèo"),
 Q("3,05%", 3.05, "%"), Q("804 hộ cận nghèo", 804, "hộ cận nghèo"), Q("48 căn nhà Đại đoàn kết", 48, "căn nhà Đại đoàn kết"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("215 lượt hộ nghèo", 215, "lượt hộ nghèo"), Q("6,4 tỷ đồng", 6400000000, "đồng"),
 Q("1.050 thẻ bảo hiểm y tế", 1050, "thẻ bảo hiểm y tế"), Q("17 ý kiến", 17, "ý kiến"), Q("126 phần quà", 126, "phần quà"),
 Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng")],
[D("Chương trình hành động", "29", "CTr/HU", "2016-06-15", "Huyện ủy", "Chương trình hành động số 29-CTr/HU ngày 15/6/2016"),
 D("Quyết định", "46", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 46/2015/QĐ-TTg")],
[prov("Long An"), com("Thạnh Phước"), com("Thạnh Phú"), com("Tân Tây"), com("Thủy Đông")],
["BÁO LONG AN ONLINE", "Thời sự | Chính trị | Mặt trận", "Quang cảnh buổi đối thoại. Ảnh: Minh Thư", "Vì người nghèo", "Lượt xem: 743"],
["Cập nhật lúc 15:30 ngày 20/09/2019", "năm 2019", "cuối năm 2018", "Từ đầu năm 2019", "năm 2012", "ấp 3", "quý IV", "năm 2020", "Lượt xem: 743"]))
