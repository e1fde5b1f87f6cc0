from lib import *
PAGES = []

PAGES.append(page("b8681-soctrang-chandung-tieuthuong-hddt-2022", """
BÁO SÓC TRĂNG ĐIỆN TỬ
Xã hội » Gương sáng
30 tháng 9, 2022 | 06:30
Chị Thạch Thị Sa Phol bán hàng tại sạp tạp hóa ở chợ Mỹ Xuyên. Ảnh: Kim Ngân
Người tiểu thương Khmer "dẫn đường" cho hóa đơn điện tử ở chợ quê
Ở chợ thị trấn Mỹ Xuyên, ai cũng biết chị Thạch Thị Sa Phol, 41 tuổi, chủ sạp tạp hóa kiêm Tổ trưởng tổ tiểu thương ngành hàng khô. Từ đầu năm 2022, chị là một trong những hộ kinh doanh đầu tiên của huyện tự nguyện đăng ký sử dụng hóa đơn điện tử có mã của cơ quan thuế, rồi đi "gõ cửa" từng sạp để rủ bà con cùng làm.
"Lúc đầu mình cũng sợ lắm, nghĩ phải có máy tính mới làm được. Cán bộ thuế chỉ cho cách cài ứng dụng trên điện thoại, làm thử 3 lần là quen", chị Sa Phol kể. Sạp của chị mỗi tháng xuất khoảng 120 hóa đơn cho các quán ăn, trường mẫu giáo và Hợp tác xã Hòa Lộc mua hàng. Nhờ có hóa đơn, chị nhận thêm 2 hợp đồng cung cấp hàng cho bếp ăn tập thể, doanh thu tăng gần 30%.
Theo ông Trần Văn Lũy, Phó Đội trưởng Đội Thuế liên huyện Mỹ Xuyên - Trần Đề, chợ Mỹ Xuyên có 186 hộ kinh doanh cố định, trong đó 34 hộ đã chuyển sang dùng hóa đơn điện tử, phần nhiều do chị Sa Phol vận động. Ông Lũy nói: "Chị nói tiếng Khmer với bà con, giải thích dễ hiểu hơn cán bộ mình nhiều". Năm 2022, Chi cục Thuế khu vực đặt mục tiêu có 250 hộ kinh doanh trên địa bàn dùng hóa đơn điện tử; đến cuối tháng 8 đã đạt 71%.
Chị Sa Phol còn là hội viên nòng cốt của Chi hội Phụ nữ khóm 2, thị trấn Mỹ Xuyên. Bà Lâm Thị Sô Phi, Chủ tịch Hội LHPN thị trấn, cho biết chị thường dùng giờ nghỉ trưa hướng dẫn chị em bán rau, bán cá cách tra cứu số thuế phải nộp, nộp thuế qua ngân hàng, không phải mang tiền mặt lên Đội Thuế. Năm 2021, chị được UBND tỉnh Sóc Trăng tặng bằng khen vì có thành tích trong phong trào "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc".
Ông Sơn Ngọc Thanh, Trưởng Ban Dân vận Huyện ủy Mỹ Xuyên, đánh giá cách làm của chị Sa Phol là điển hình "Dân vận khéo" của người dân. Huyện đang nhân rộng cách làm này ở chợ xã Đại Tâm, chợ xã Tham Đôn, nơi có đông tiểu thương người Khmer. Mới đây, 15 tiểu thương trẻ của chợ Đại Tâm đã nhận lời làm "người dẫn đường" giúp bà con làm quen với nộp thuế điện tử.
Nói về dự định, chị Sa Phol cười: "Năm sau mình muốn mở thêm gian hàng trên mạng, lúc đó hóa đơn điện tử càng cần". Hiện chị cùng chồng nuôi 2 con học đại học ở Cần Thơ, cuộc sống ổn định từ sạp hàng nhỏ.
Kim Ngân
Tin liên quan
- Mỹ Xuyên: 12 mô hình "Dân vận khéo" được biểu dương (22/09/2022)
- Hội LHPN tỉnh trao vốn cho phụ nữ Khmer khởi nghiệp (15/09/2022)
- Trần Đề: Hỗ trợ 200 hộ kinh doanh chuyển đổi số (08/09/2022)
""", "2022-09-30", "Người tiểu thương Khmer \"dẫn đường\" cho hóa đơn điện tử ở chợ quê",
E("khac", None, None),
[P("Thạch Thị Sa Phol", "chủ sạp tạp hóa kiêm Tổ trưởng tổ tiểu thương ngành hàng khô"),
 P("Trần Văn Lũy", "Phó Đội trưởng Đội Thuế liên huyện Mỹ Xuyên - Trần Đề"),
 P("Lâm Thị Sô Phi", "Chủ tịch Hội LHPN thị trấn"),
 P("Sơn Ngọc Thanh", "Trưởng Ban Dân vận Huyện ủy Mỹ Xuyên")],
[Q("khoảng 120 hóa đơn", 120, "hóa đơn", "approx"), Q("2 hợp đồng cung cấp hàng", 2, "hợp đồng cung cấp hàng"),
 Q("gần 30%", 30, "%", "approx"), Q("186 hộ kinh doanh cố định", 186, "hộ kinh doanh cố định"), Q("34 hộ", 34, "hộ"),
 Q("250 hộ kinh doanh", 250, "hộ kinh doanh"), Q("71%", 71, "%"), Q("15 tiểu thương trẻ", 15, "tiểu thương trẻ")],
[],
[prov("Sóc Trăng"), prov("Cần Thơ"), com("Mỹ Xuyên"), com("Đại Tâm"), com("Tham Đôn")],
["BÁO SÓC TRĂNG ĐIỆN TỬ", "Xã hội » Gương sáng", "Chị Thạch Thị Sa Phol bán hàng tại sạp tạp hóa ở chợ Mỹ Xuyên. Ảnh: Kim Ngân",
 "Hợp tác xã Hòa Lộc", "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "Dân vận khéo",
 "người dẫn đường", "khóm 2"],
["30 tháng 9, 2022 | 06:30", "41 tuổi", "3 lần", "Năm 2022", "tháng 8", "Năm 2021", "2 con", "khóm 2"]))

PAGES.append(page("b8682-gialai-doithoai-thuekhoan-2023", """
Báo Gia Lai điện tử
Chính trị » Dân vận
Cập nhật: 17:10, 28/03/2023
Chủ tịch UBND thị xã Ayun Pa đối thoại với hộ kinh doanh về thuế
(GLO)- Chiều 27/3, UBND thị xã Ayun Pa phối hợp với Ủy ban MTTQ Việt Nam thị xã tổ chức hội nghị đối thoại năm 2023 giữa người đứng đầu chính quyền với hộ kinh doanh về chính sách thuế và hóa đơn điện tử. Ông Rơ Châm Long, Phó Bí thư Thị ủy, Chủ tịch UBND thị xã chủ trì; dự có bà Ksor H'Bơ Khắp, Thị ủy viên, Trưởng Ban Dân vận Thị ủy, Chủ tịch Ủy ban MTTQ Việt Nam thị xã cùng 130 hộ kinh doanh.
Quang cảnh buổi đối thoại. Ảnh: Vũ Chi
Theo báo cáo của Chi cục Thuế khu vực Ayun Pa - Ia Pa - Phú Thiện, thị xã có 1.536 hộ kinh doanh, trong đó 1.402 hộ nộp thuế khoán; năm 2022, số thu từ hộ kinh doanh đạt 9,6 tỷ đồng. Ông Trần Quốc Huy, Chi cục trưởng Chi cục Thuế khu vực, cho biết thực hiện Thông tư số 40/2021/TT-BTC của Bộ Tài chính, chi cục đã điều chỉnh giảm mức doanh thu khoán cho 215 hộ bị ảnh hưởng sau dịch và miễn thuế cho 486 hộ có doanh thu từ 100 triệu đồng/năm trở xuống.
Tại buổi đối thoại, 23 ý kiến đã được nêu. Bà Siu H'Nhao ở phường Đoàn Kết hỏi vì sao hai quầy ăn sáng cạnh nhau, cùng bán một mặt hàng nhưng mức khoán khác nhau. Ông Nguyễn Văn Hùng, chủ đại lý vật liệu xây dựng ở xã Ia Sao, đề nghị cơ quan thuế hướng dẫn cụ thể việc sử dụng hóa đơn điện tử theo từng lần phát sinh vì nhiều công trình yêu cầu hóa đơn. Ông Rah Lan Thuận, Trưởng thôn Bôn Ơi Jek, phản ánh một số hộ người Jrai mở tạp hóa nhỏ ở làng chưa được hướng dẫn đăng ký kinh doanh.
Trả lời các ý kiến, ông Trần Quốc Huy giải thích mức khoán được xác định theo doanh thu thực tế và ngành nghề, đã được Hội đồng tư vấn thuế phường, xã lấy ý kiến công khai; chi cục sẽ kiểm tra lại 12 trường hợp có đơn phản ánh. Đối với hộ có nhu cầu, chi cục cấp hóa đơn điện tử có mã của cơ quan thuế theo từng lần phát sinh ngay trong ngày theo Nghị định số 123/2020/NĐ-CP của Chính phủ.
Kết luận buổi đối thoại, ông Rơ Châm Long giao Ủy ban MTTQ thị xã và các đoàn thể phối hợp chi cục tổ chức tuyên truyền bằng tiếng Jrai tại 4 phường và 4 xã; yêu cầu UBND các phường, xã niêm yết công khai danh sách hộ khoán trước ngày 10/4. Thị xã phấn đấu năm 2023 thu ngân sách từ hộ kinh doanh đạt trên 10 tỷ đồng, nợ thuế không vượt quá 5% tổng số thu.
Cũng dịp này, Ủy ban MTTQ thị xã giới thiệu kế hoạch số 06/KH-MTTQ-BTT ngày 2/3/2023 về giám sát việc niêm yết công khai thuế khoán; các đồng chí Phó Chủ tịch Ủy ban MTTQ thị xã: Nguyễn Thị Lan, Ksor Yang được phân công theo dõi các phường Đoàn Kết, Sông Bờ.
Vũ Chi
Tin liên quan
- Ayun Pa: Ra mắt mô hình "Chợ văn minh thương mại" (20/03/2023)
- Gia Lai: 135 người có uy tín được tập huấn kiến thức pháp luật (14/03/2023)
- Thu ngân sách Gia Lai quý I đạt 30% dự toán (06/03/2023)
""", "2023-03-28", "Chủ tịch UBND thị xã Ayun Pa đối thoại với hộ kinh doanh về thuế",
E("doi_thoai", "2023", "2023-03-27"),
[P("Rơ Châm Long", "Phó Bí thư Thị ủy", "Chủ tịch UBND thị xã"),
 P("Ksor H'Bơ Khắp", "Thị ủy viên", "Trưởng Ban Dân vận Thị ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thị xã"),
 P("Trần Quốc Huy", "Chi cục trưởng Chi cục Thuế khu vực"),
 P("Siu H'Nhao"),
 P("Nguyễn Văn Hùng", "chủ đại lý vật liệu xây dựng ở xã Ia Sao"),
 P("Rah Lan Thuận", "Trưởng thôn Bôn Ơi Jek"),
 P("Nguyễn Thị Lan", "Phó Chủ tịch Ủy ban MTTQ thị xã"), P("Ksor Yang", "Phó Chủ tịch Ủy ban MTTQ thị xã")],
[Q("130 hộ kinh doanh", 130, "hộ kinh doanh"), Q("1.536 hộ kinh doanh", 1536, "hộ kinh doanh"), Q("1.402 hộ", 1402, "hộ"),
 Q("9,6 tỷ đồng", 9600000000, "đồng"), Q("215 hộ", 215, "hộ"), Q("486 hộ", 486, "hộ"), Q("100 triệu đồng", 100000000, "đồng"),
 Q("23 ý kiến", 23, "ý kiến"), Q("12 trường hợp", 12, "trường hợp"), Q("4 phường", 4, "phường"), Q("4 xã", 4, "xã"),
 Q("trên 10 tỷ đồng", 10000000000, "đồng", "over"), Q("không vượt quá 5%", 5, "%")],
[D("Thông tư", "40", "2021/TT-BTC", None, "Bộ Tài chính", "Thông tư số 40/2021/TT-BTC"),
 D("Nghị định", "123", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 123/2020/NĐ-CP"),
 D("Kế hoạch", "06", "KH-MTTQ-BTT", "2023-03-02", "Ủy ban MTTQ thị xã", "kế hoạch số 06/KH-MTTQ-BTT ngày 2/3/2023")],
[prov("Gia Lai"), com("Đoàn Kết"), com("Ia Sao"), com("Sông Bờ")],
["Báo Gia Lai điện tử", "Chính trị » Dân vận", "(GLO)", "Quang cảnh buổi đối thoại. Ảnh: Vũ Chi", "Hội đồng tư vấn thuế phường, xã",
 "Bôn Ơi Jek"],
["Cập nhật: 17:10, 28/03/2023", "năm 2023", "năm 2022", "100 triệu đồng/năm", "ngày 10/4"]))

PAGES.append(page("b8683-hungyen-bdvtu-giaoban-thang8-2023", """
THÀNH ỦY HƯNG YÊN - BAN DÂN VẬN
Trang chủ > Hoạt động dân vận > Tin tức
Ngày 05/09/2023 | 15:00
Giao ban khối dân vận tháng 8: tập trung vận động hộ kinh doanh dùng hóa đơn điện tử từ máy tính tiền
Chiều 4/9, Ban Dân vận Thành ủy Hưng Yên tổ chức giao ban khối dân vận thành phố tháng 8/2023. Đồng chí Đỗ Thị Thanh Thủy, Thành ủy viên, Trưởng Ban Dân vận Thành ủy chủ trì. Dự có đồng chí Nguyễn Đức Cường, Phó Chủ tịch UBND thành phố và đại diện Chi cục Thuế khu vực Tiên Lữ - Phù Cừ - thành phố Hưng Yên.
Trong tháng 8, các tổ chức trong khối đã phối hợp triển khai Kế hoạch số 57/KH-UBND ngày 14/4/2023 của UBND tỉnh về triển khai hóa đơn điện tử khởi tạo từ máy tính tiền. Ủy ban MTTQ và các đoàn thể tổ chức 16 hội nghị tuyên truyền tại 17 xã, phường với hơn 1.300 lượt hộ kinh doanh tham dự. Đến ngày 31/8, thành phố có 87 doanh nghiệp, hộ kinh doanh đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, trong đó có 28 cửa hàng xăng dầu, nhà hàng, siêu thị mini.
Báo cáo của Chi cục Thuế khu vực cho biết, số thu thuế từ hộ kinh doanh 8 tháng đạt 24,5 tỷ đồng, bằng 68,3% dự toán; 100% cửa hàng xăng dầu đã xuất hóa đơn điện tử sau mỗi lần bán theo chỉ đạo của Bộ Tài chính.
Tại buổi giao ban, đồng chí Lê Văn Nam, Bí thư Đảng ủy phường Hiến Nam, cho biết phường đã giao chỉ tiêu cho mỗi tổ dân phố vận động ít nhất 3 hộ kinh doanh ăn uống chuyển đổi; Đoàn Thanh niên phường thành lập 6 tổ công nghệ số cộng đồng hỗ trợ cài đặt phần mềm. Bà Vũ Thị Hoài, Chủ tịch Hội LHPN phường Lam Sơn, phản ánh chi phí mua máy tính tiền, phần mềm khoảng 6 triệu đồng là gánh nặng với hộ nhỏ. Đồng chí Phạm Hồng Sơn, Phó Chi cục trưởng Chi cục Thuế khu vực, giải thích nhiều nhà cung cấp đã miễn phí 12 tháng đầu sử dụng phần mềm cho hộ kinh doanh.
Kết luận giao ban, đồng chí Đỗ Thị Thanh Thủy đề nghị tháng 9, khối dân vận tiếp tục thực hiện Kết luận số 14-KL/TU, 15-KL/TU của Ban Thường vụ Tỉnh ủy về xây dựng đô thị văn minh và chuyển đổi số; phối hợp với Chi cục Thuế rà soát các hộ ăn uống, karaoke, cầm đồ tại phường An Tảo, Quang Trung; mỗi xã, phường lựa chọn 1 tuyến phố điểm "Phố kinh doanh văn minh - minh bạch hóa đơn" để nhân rộng.
Được biết, Hưng Yên là một trong những tỉnh triển khai sớm hóa đơn điện tử từ máy tính tiền theo Nghị định số 123/2020/NĐ-CP; đến nay toàn tỉnh có 1.042 tổ chức, cá nhân đăng ký.
Thu Trang
Tin khác
- Phường Hiến Nam ra mắt mô hình "Dân vận khéo" trong chỉnh trang đô thị (28/08/2023)
- Ban Dân vận Thành ủy giao ban khối dân vận tháng 7 (04/08/2023)
- Hội nghị đối thoại giữa Bí thư Thành ủy với nhân dân năm 2023 (20/07/2023)
""", "2023-09-05", "Giao ban khối dân vận tháng 8: tập trung vận động hộ kinh doanh dùng hóa đơn điện tử từ máy tính tiền",
E("giao_ban", "2023-08", "2023-09-04"),
[P("Đỗ Thị Thanh Thủy", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Đức Cường", "Phó Chủ tịch UBND thành phố"),
 P("Lê Văn Nam", "Bí thư Đảng ủy phường Hiến Nam"),
 P("Vũ Thị Hoài", "Chủ tịch Hội LHPN phường Lam Sơn"),
 P("Phạm Hồng Sơn", "Phó Chi cục trưởng Chi cục Thuế khu vực")],
[Q("16 hội nghị tuyên truyền", 16, "hội nghị tuyên truyền"), Q("17 xã, phường", 17, "xã, phường"),
 Q("hơn 1.300 lượt hộ kinh doanh", 1300, "lượt hộ kinh doanh", "over"), Q("87 doanh nghiệp, hộ kinh doanh", 87, "doanh nghiệp, hộ kinh doanh"),
 Q("28 cửa hàng xăng dầu, nhà hàng, siêu thị mini", 28, "cửa hàng xăng dầu, nhà hàng, siêu thị mini"),
 Q("24,5 tỷ đồng", 24500000000, "đồng"), Q("68,3%", 68.3, "%"), Q("100% cửa hàng xăng dầu", 100, "%"),
 Q("ít nhất 3 hộ kinh doanh ăn uống", 3, "hộ kinh doanh ăn uống", "over"), Q("6 tổ công nghệ số cộng đồng", 6, "tổ công nghệ số cộng đồng"),
 Q("khoảng 6 triệu đồng", 6000000, "đồng", "approx"), Q("1 tuyến phố điểm", 1, "tuyến phố điểm"),
 Q("1.042 tổ chức, cá nhân", 1042, "tổ chức, cá nhân")],
[D("Kế hoạch", "57", "KH-UBND", "2023-04-14", "UBND tỉnh", "Kế hoạch số 57/KH-UBND ngày 14/4/2023"),
 D("Kết luận", "14", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 14-KL/TU"),
 D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "15-KL/TU"),
 D("Nghị định", "123", "2020/NĐ-CP", None, None, "Nghị định số 123/2020/NĐ-CP")],
[prov("Hưng Yên"), com("Hiến Nam"), com("Lam Sơn"), com("An Tảo"), com("Quang Trung")],
["THÀNH ỦY HƯNG YÊN - BAN DÂN VẬN", "Trang chủ > Hoạt động dân vận > Tin tức", "Phố kinh doanh văn minh - minh bạch hóa đơn"],
["Ngày 05/09/2023 | 15:00", "tháng 8/2023", "8 tháng", "12 tháng đầu", "tháng 9", "ngày 31/8"]))

PAGES.append(page("b8684-binhthuan-bdvhu-soket-quyche-2024", """
Báo Bình Thuận điện tử
Chính trị | Xây dựng Đảng
Thứ Hai, 15/07/2024 - 10:20
Bắc Bình: Sơ kết 6 tháng phối hợp vận động hộ kinh doanh thực hiện nghĩa vụ thuế
Sáng 12/7, Ban Dân vận Huyện ủy Bắc Bình và Chi cục Thuế khu vực Tuy Phong - Bắc Bình tổ chức hội nghị sơ kết 6 tháng đầu năm 2024 thực hiện Quy chế phối hợp số 03-QC/BDVHU-CCT về tuyên truyền, vận động hộ kinh doanh thực hiện pháp luật thuế. Đồng chí Đàng Thị Mỹ Hạnh, HUV, Trưởng Ban Dân vận Huyện ủy và ông Nguyễn Văn Phúc, Chi cục trưởng Chi cục Thuế khu vực đồng chủ trì.
Các đại biểu dự hội nghị sơ kết. Ảnh: N.Lân
Sáu tháng qua, hai bên đã tổ chức 18 buổi tuyên truyền tại các chợ Lương Sơn, Chợ Lầu và khu vực làng nghề gốm Bình Đức, với khoảng 1.100 lượt người nghe; phát 3.500 tờ rơi song ngữ Việt - Chăm. Nhờ vậy, có thêm 142 hộ đăng ký kinh doanh, nâng tổng số hộ kinh doanh đang quản lý lên 3.268 hộ. Số thu từ hộ kinh doanh đạt 11,2 tỷ đồng, bằng 54% dự toán; số nợ thuế giảm còn 690 triệu đồng.
Hội nghị ghi nhận vai trò của người có uy tín trong đồng bào Chăm. Ông Thông Minh Hiền, người có uy tín thôn Bình Minh, xã Phan Hiệp, đã cùng cán bộ thuế đến từng hộ dệt thổ cẩm, làm gốm giải thích chính sách; ông Châu Văn Đàng, Chủ tịch Ủy ban MTTQ xã Phan Thanh, cho biết xã vận động được 26 hộ kinh doanh nhỏ ven Quốc lộ 1A kê khai đầy đủ doanh thu. Bà Bá Thị Hương, chủ cơ sở gốm Bàu Trúc chi nhánh Bình Đức, đề nghị có chính sách miễn, giảm thuế cho cơ sở làng nghề truyền thống trong thời gian đầu.
Theo đánh giá, vẫn còn khoảng 200 hộ kinh doanh thời vụ, bán hàng online chưa được quản lý; việc triển khai hóa đơn điện tử khởi tạo từ máy tính tiền mới đạt 31 hộ, thấp so với chỉ tiêu 80 hộ mà Chi cục Thuế đề ra. Một số cơ sở Đảng chưa đưa nội dung vận động nộp thuế vào nghị quyết sinh hoạt chi bộ.
Phát biểu kết luận, đồng chí Đàng Thị Mỹ Hạnh đề nghị 6 tháng cuối năm, các xã, thị trấn tiếp tục thực hiện Chỉ thị 23, 24-CT/HU của Ban Thường vụ Huyện ủy về phát triển kinh tế tư nhân và xây dựng "Chợ văn minh thương mại"; phát huy 14 tổ công nghệ số cộng đồng trong hướng dẫn kê khai qua ứng dụng eTax Mobile. Ông Nguyễn Văn Phúc cam kết chi cục sẽ cử cán bộ trực tại bộ phận một cửa các xã Phan Rí Thành, Phan Hòa vào ngày thứ Năm hằng tuần.
Bình Thuận hiện có trên 44.000 hộ kinh doanh; 6 tháng đầu năm 2024, số thu từ khu vực này toàn tỉnh đạt khoảng 210 tỷ đồng.
Ngọc Lân
Tin liên quan
- Tuy Phong: Hội nghị đối thoại với hộ kinh doanh hải sản (05/07/2024)
- Bắc Bình sơ kết Quy chế dân chủ ở cơ sở (26/06/2024)
- Người có uy tín đồng bào Chăm góp sức xây dựng nông thôn mới (15/06/2024)
""", "2024-07-15", "Bắc Bình: Sơ kết 6 tháng phối hợp vận động hộ kinh doanh thực hiện nghĩa vụ thuế",
E("so_ket", "2024-H1", "2024-07-12"),
[P("Đàng Thị Mỹ Hạnh", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Văn Phúc", "Chi cục trưởng Chi cục Thuế khu vực"),
 P("Thông Minh Hiền", "người có uy tín thôn Bình Minh"),
 P("Châu Văn Đàng", "Chủ tịch Ủy ban MTTQ xã Phan Thanh"),
 P("Bá Thị Hương", "chủ cơ sở gốm Bàu Trúc chi nhánh Bình Đức")],
[Q("18 buổi tuyên truyền", 18, "buổi tuyên truyền"), Q("khoảng 1.100 lượt người", 1100, "lượt người", "approx"),
 Q("3.500 tờ rơi song ngữ Việt - Chăm", 3500, "tờ rơi song ngữ Việt - Chăm"), Q("142 hộ", 142, "hộ"), Q("3.268 hộ", 3268, "hộ"),
 Q("11,2 tỷ đồng", 11200000000, "đồng"), Q("54%", 54, "%"), Q("690 triệu đồng", 690000000, "đồng"),
 Q("26 hộ kinh doanh nhỏ", 26, "hộ kinh doanh nhỏ"), Q("khoảng 200 hộ kinh doanh thời vụ, bán hàng online", 200, "hộ kinh doanh thời vụ, bán hàng online", "approx"),
 Q("31 hộ", 31, "hộ"), Q("80 hộ", 80, "hộ"), Q("14 tổ công nghệ số cộng đồng", 14, "tổ công nghệ số cộng đồng"),
 Q("trên 44.000 hộ kinh doanh", 44000, "hộ kinh doanh", "over"), Q("khoảng 210 tỷ đồng", 210000000000, "đồng", "approx")],
[D("Quy chế phối hợp", "03", "QC/BDVHU-CCT", None, None, "Quy chế phối hợp số 03-QC/BDVHU-CCT"),
 D("Chỉ thị", "23", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 23, 24-CT/HU"),
 D("Chỉ thị", "24", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 23, 24-CT/HU")],
[prov("Bình Thuận"), com("Phan Hiệp"), com("Phan Thanh"), com("Phan Rí Thành"), com("Phan Hòa")],
["Báo Bình Thuận điện tử", "Chính trị | Xây dựng Đảng", "Các đại biểu dự hội nghị sơ kết. Ảnh: N.Lân", "Chợ văn minh thương mại",
 "eTax Mobile", "Chợ Lầu", "Quốc lộ 1A"],
["Thứ Hai, 15/07/2024 - 10:20", "6 tháng đầu năm 2024", "Sáu tháng qua", "6 tháng cuối năm", "Quốc lộ 1A"]))

PAGES.append(page("b8685-tiengiang-mttq-giamsat-banhangonline-2024", """
ỦY BAN MTTQ VIỆT NAM TỈNH TIỀN GIANG
Trang chủ › Hoạt động Mặt trận › Giám sát, phản biện
11/10/2024 08:00
MTTQ huyện Cái Bè giám sát việc quản lý thuế với hộ kinh doanh bán hàng qua mạng
Ngày 9/10, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Cái Bè tổ chức giám sát chuyên đề năm 2024 về việc tuyên truyền, quản lý thuế đối với hộ, cá nhân kinh doanh bán trái cây, đặc sản qua mạng xã hội và sàn thương mại điện tử. Đoàn do bà Lê Thị Ngọc Hân, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Cái Bè làm trưởng đoàn; thành viên gồm đại diện Hội Nông dân, Hội LHPN, Huyện đoàn và Phòng Tư pháp huyện.
Đoàn đã làm việc với Đội Thuế liên xã số 2 thuộc Chi cục Thuế khu vực Cái Bè - Cai Lậy và UBND các xã Hòa Khánh, An Hữu, Mỹ Đức Tây. Theo báo cáo, 9 tháng năm 2024, cơ quan thuế đã rà soát 327 tài khoản bán hàng qua mạng của người dân trên địa bàn, vận động 118 hộ đăng ký kinh doanh, kê khai thuế; số thuế thu được từ nhóm này khoảng 1,45 tỷ đồng. Việc quản lý thực hiện theo Thông tư số 40/2021/TT-BTC và Nghị định số 91/2022/NĐ-CP ngày 30/10/2022 của Chính phủ sửa đổi Nghị định số 126/2020/NĐ-CP.
Qua giám sát, đoàn ghi nhận việc tuyên truyền đã được đưa vào sinh hoạt các chi hội nông dân, phụ nữ; xã Hòa Khánh tổ chức được 5 lớp hướng dẫn "bán hàng trên mạng đúng luật" cho 160 nhà vườn. Tuy nhiên, nhiều người livestream bán sầu riêng, xoài cát Hòa Lộc cho rằng mình chỉ "bán giúp hàng nhà vườn" nên chưa kê khai; danh sách hộ do cơ quan thuế nắm chưa được gửi Ủy ban MTTQ xã để phối hợp vận động.
Ông Nguyễn Văn Hậu, Đội trưởng Đội Thuế liên xã số 2, cho biết đội chỉ có 6 cán bộ quản lý 2.480 hộ kinh doanh ở 8 xã nên khó theo dõi kinh doanh trên mạng. Chị Trần Thị Kim Thoa, Bí thư Đoàn xã An Hữu, kiến nghị cơ quan thuế phối hợp tập huấn cho 30 thanh niên livestream bán hàng để các bạn tự kê khai.
Kết luận buổi giám sát, bà Lê Thị Ngọc Hân đề nghị Chi cục Thuế định kỳ hằng quý cung cấp thông tin cho Ủy ban MTTQ các xã theo Quy chế phối hợp số 12/QCPH-MTTQ-CCT; công khai mức doanh thu phải nộp thuế, tránh để người dân bị xử phạt vì không hiểu luật; UBND các xã đưa nội dung này vào hội nghị đối thoại với nông dân. Ủy ban MTTQ huyện sẽ báo cáo kết quả giám sát với Ban Thường trực Ủy ban MTTQ tỉnh Tiền Giang và Huyện ủy trước ngày 31/10.
Ông Phạm Hữu Tài, Phó Chủ tịch UBND huyện, tiếp thu các kiến nghị và giao Phòng Tài chính - Kế hoạch phối hợp với Chi cục Thuế xây dựng kế hoạch tuyên truyền quý IV.
Hoài Thương
Tin liên quan
- Cai Lậy: Giám sát thực hiện chính sách bảo hiểm y tế hộ gia đình (03/10/2024)
- Hội Nông dân tỉnh tập huấn kỹ năng bán hàng qua mạng (24/09/2024)
- Ủy ban MTTQ tỉnh phản biện dự thảo nghị quyết về phí chợ (16/09/2024)
""", "2024-10-11", "MTTQ huyện Cái Bè giám sát việc quản lý thuế với hộ kinh doanh bán hàng qua mạng",
E("giam_sat", "2024", "2024-10-09"),
[P("Lê Thị Ngọc Hân", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Cái Bè"),
 P("Nguyễn Văn Hậu", "Đội trưởng Đội Thuế liên xã số 2"),
 P("Trần Thị Kim Thoa", "Bí thư Đoàn xã An Hữu"),
 P("Phạm Hữu Tài", "Phó Chủ tịch UBND huyện")],
[Q("327 tài khoản bán hàng qua mạng", 327, "tài khoản bán hàng qua mạng"), Q("118 hộ", 118, "hộ"),
 Q("khoảng 1,45 tỷ đồng", 1450000000, "đồng", "approx"), Q("5 lớp hướng dẫn", 5, "lớp hướng dẫn"), Q("160 nhà vườn", 160, "nhà vườn"),
 Q("6 cán bộ", 6, "cán bộ"), Q("2.480 hộ kinh doanh", 2480, "hộ kinh doanh"), Q("8 xã", 8, "xã"), Q("30 thanh niên", 30, "thanh niên")],
[D("Thông tư", "40", "2021/TT-BTC", None, None, "Thông tư số 40/2021/TT-BTC"),
 D("Nghị định", "91", "2022/NĐ-CP", "2022-10-30", "Chính phủ", "Nghị định số 91/2022/NĐ-CP ngày 30/10/2022"),
 D("Nghị định", "126", "2020/NĐ-CP", None, None, "Nghị định số 126/2020/NĐ-CP"),
 D("Quy chế phối hợp", "12", "QCPH-MTTQ-CCT", None, None, "Quy chế phối hợp số 12/QCPH-MTTQ-CCT")],
[prov("Tiền Giang"), com("Hòa Khánh"), com("An Hữu"), com("Mỹ Đức Tây")],
["ỦY BAN MTTQ VIỆT NAM TỈNH TIỀN GIANG", "Trang chủ › Hoạt động Mặt trận › Giám sát, phản biện", "bán hàng trên mạng đúng luật",
 "bán giúp hàng nhà vườn", "xoài cát Hòa Lộc"],
["11/10/2024 08:00", "năm 2024", "9 tháng năm 2024", "Đội Thuế liên xã số 2", "ngày 31/10", "quý IV"]))

PAGES.append(page("b8686-hatinh-bdvtu-hoinghi-nd70-2025", """
BAN DÂN VẬN TỈNH ỦY HÀ TĨNH
Trang chủ / Tin tức - Sự kiện / Dân vận chính quyền
Thứ Tư, 16/04/2025
Hơn 400 hộ kinh doanh được phổ biến quy định mới về hóa đơn điện tử
Ngày 15/4, Ban Dân vận Tỉnh ủy phối hợp với Cục Thuế tỉnh Hà Tĩnh và Ủy ban MTTQ Việt Nam thành phố Hà Tĩnh tổ chức hội nghị tuyên truyền năm 2025 về Nghị định số 70/2025/NĐ-CP ngày 20/3/2025 của Chính phủ sửa đổi, bổ sung Nghị định số 123/2020/NĐ-CP quy định về hóa đơn, chứng từ. Tham dự có hơn 400 hộ kinh doanh tại các phường Bắc Hà, Nam Hà, Trần Phú, Tân Giang.
Dự hội nghị có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Thị Thu Hà, Nguyễn Văn Hiếu; đồng chí Lê Hồng Sơn, Phó Cục trưởng Cục Thuế tỉnh.
Đồng chí Trần Thị Thu Hà phát biểu tại hội nghị. Ảnh: P.Thủy
Theo Cục Thuế, từ ngày 1/6/2025, hộ kinh doanh, cá nhân kinh doanh nộp thuế theo phương pháp kê khai có doanh thu từ 1 tỷ đồng/năm trở lên và có hoạt động bán lẻ, ăn uống, dịch vụ trực tiếp cho người tiêu dùng phải sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền có kết nối chuyển dữ liệu với cơ quan thuế. Trên địa bàn tỉnh có khoảng 1.250 hộ thuộc diện này, trong đó thành phố Hà Tĩnh chiếm gần 40%. Đến ngày 10/4, mới có 386 hộ đăng ký, đạt 30,9%.
Báo cáo viên Nguyễn Thị Mai Phương, Trưởng phòng Tuyên truyền - Hỗ trợ người nộp thuế Cục Thuế tỉnh, đã hướng dẫn cách lựa chọn nhà cung cấp, đăng ký sử dụng và lập hóa đơn trên máy tính tiền, điện thoại; các hộ được một số nhà cung cấp miễn phí phần mềm 12 tháng đầu. Bà cũng lưu ý mức xử phạt đối với hành vi không xuất hóa đơn khi bán hàng có thể từ 4 triệu đồng đến 8 triệu đồng.
Tại hội nghị, nhiều hộ kinh doanh bày tỏ băn khoăn. Bà Phan Thị Hằng, chủ cửa hàng tạp hóa Hằng Sơn ở phường Bắc Hà, hỏi hộ chỉ bán lẻ cho khách quen có phải xuất hóa đơn cho từng lần bán không. Ông Đặng Văn Toàn, Chủ tịch Hiệp hội Doanh nghiệp thành phố, đề nghị cơ quan thuế có lộ trình, tránh xử phạt ngay trong thời gian đầu. Ông Võ Tá Hùng, Tổ trưởng tổ dân phố 6, phường Nam Hà, cho biết tổ đã họp dân 2 lần để phổ biến, nhưng nhiều hộ lớn tuổi cần được hướng dẫn tận nhà.
Phát biểu kết luận, đồng chí Trần Thị Thu Hà đề nghị Ủy ban MTTQ và các đoàn thể thành phố đưa nội dung vận động hộ kinh doanh dùng hóa đơn điện tử vào sinh hoạt chi hội, tổ dân phố; Đoàn Thanh niên phát huy 35 tổ công nghệ số cộng đồng hỗ trợ cài đặt. Ban Dân vận Tỉnh ủy sẽ phối hợp Cục Thuế theo dõi việc thực hiện theo Kế hoạch số 126-KH/BDVTU ngày 2/4/2025, phấn đấu đến ngày 31/5/2025 có ít nhất 90% hộ thuộc diện bắt buộc hoàn thành đăng ký.
Năm 2024, thu ngân sách từ khu vực hộ kinh doanh trên địa bàn tỉnh đạt 468 tỷ đồng, tăng 9% so với năm 2023.
Phương Thủy
Tin liên quan
- Cục Thuế Hà Tĩnh ra quân hỗ trợ hộ kinh doanh quyết toán thuế (04/04/2025)
- Hà Tĩnh: 12 tổ công nghệ số được thành lập tại các chợ (26/03/2025)
- Khối dân vận tỉnh giao ban quý I/2025 (20/03/2025)
""", "2025-04-16", "Hơn 400 hộ kinh doanh được phổ biến quy định mới về hóa đơn điện tử",
E("hoi_nghi", "2025", "2025-04-15"),
[P("Trần Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Nguyễn Văn Hiếu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Hồng Sơn", "Phó Cục trưởng Cục Thuế tỉnh"),
 P("Nguyễn Thị Mai Phương", "Báo cáo viên", "Trưởng phòng Tuyên truyền - Hỗ trợ người nộp thuế Cục Thuế tỉnh"),
 P("Phan Thị Hằng", "chủ cửa hàng tạp hóa Hằng Sơn ở phường Bắc Hà"),
 P("Đặng Văn Toàn", "Chủ tịch Hiệp hội Doanh nghiệp thành phố"),
 P("Võ Tá Hùng", "Tổ trưởng tổ dân phố 6")],
[Q("Hơn 400 hộ kinh doanh", 400, "hộ kinh doanh", "over"), Q("1 tỷ đồng", 1000000000, "đồng", "over"),
 Q("khoảng 1.250 hộ", 1250, "hộ", "approx"), Q("gần 40%", 40, "%", "approx"), Q("386 hộ", 386, "hộ"), Q("30,9%", 30.9, "%"),
 Q("4 triệu đồng", 4000000, "đồng"), Q("8 triệu đồng", 8000000, "đồng"),
 Q("35 tổ công nghệ số cộng đồng", 35, "tổ công nghệ số cộng đồng"), Q("ít nhất 90%", 90, "%", "over"),
 Q("468 tỷ đồng", 468000000000, "đồng"), Q("9%", 9, "%")],
[D("Nghị định", "70", "2025/NĐ-CP", "2025-03-20", "Chính phủ", "Nghị định số 70/2025/NĐ-CP ngày 20/3/2025"),
 D("Nghị định", "123", "2020/NĐ-CP", None, None, "Nghị định số 123/2020/NĐ-CP"),
 D("Kế hoạch", "126", "KH/BDVTU", "2025-04-02", None, "Kế hoạch số 126-KH/BDVTU ngày 2/4/2025")],
[prov("Hà Tĩnh"), com("Bắc Hà"), com("Nam Hà"), com("Trần Phú"), com("Tân Giang")],
["BAN DÂN VẬN TỈNH ỦY HÀ TĨNH", "Trang chủ / Tin tức - Sự kiện / Dân vận chính quyền",
 "Đồng chí Trần Thị Thu Hà phát biểu tại hội nghị. Ảnh: P.Thủy", "Hằng Sơn"],
["Thứ Tư, 16/04/2025", "năm 2025", "ngày 1/6/2025", "1 tỷ đồng/năm", "ngày 10/4", "12 tháng đầu", "2 lần", "tổ dân phố 6",
 "31/5/2025", "Năm 2024", "năm 2023"]))
