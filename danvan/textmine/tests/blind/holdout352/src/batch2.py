from lib import *
PAGES = []

PAGES.append(page("b8411-nghean-doanxa-daihoi-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NGHI LỘC - NGHỆ AN
Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể
Cập nhật lúc 17:20 ngày 15/05/2017
Đại hội Đoàn xã Nghi Phong: đưa "Điểm hỗ trợ dịch vụ công" thành công trình thanh niên nhiệm kỳ mới
Ngày 14/5/2017, Đoàn TNCS Hồ Chí Minh xã Nghi Phong (huyện Nghi Lộc, tỉnh Nghệ An) long trọng tổ chức Đại hội đại biểu lần thứ XXV, nhiệm kỳ 2017 - 2022. Về dự có đồng chí Hồ Văn Lâm, HUV, Bí thư Huyện đoàn Nghi Lộc; đồng chí Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Nguyễn Văn Thạch cùng 112 đại biểu chính thức thay mặt cho 645 đoàn viên của 22 chi đoàn.
Đoàn Chủ tịch điều hành phiên thứ nhất của Đại hội.
Báo cáo chính trị trình bày tại Đại hội cho biết, nhiệm kỳ qua Đoàn xã đã tập hợp thanh niên tham gia xây dựng nông thôn mới, làm 3,2 km đường bê tông, vận động đoàn viên hiến gần 800 m2 đất. Tuy vậy, việc ứng dụng công nghệ thông tin trong sinh hoạt Đoàn và trong hỗ trợ người dân còn hạn chế, nhiều đoàn viên làm ăn xa chưa được quản lý qua mạng.
Thực hiện Kế hoạch số 08-KH/ĐU ngày 10/3/2017 của Đảng ủy xã về đẩy mạnh cải cách hành chính và Hướng dẫn số 25-HD/TWĐTN của Ban Bí thư Trung ương Đoàn về tổ chức đại hội Đoàn các cấp, nhiệm kỳ 2017 - 2022 Đại hội thống nhất 5 công trình thanh niên, trong đó nổi bật là "Điểm hỗ trợ dịch vụ công" đặt tại nhà văn hóa xóm 7, có máy tính kết nối mạng để đoàn viên hướng dẫn bà con tra cứu, nộp hồ sơ. Tổng kinh phí dự kiến các công trình khoảng 150 triệu đồng. Đại hội phấn đấu đến năm 2022 có 80% đoàn viên sử dụng thành thạo máy tính, điện thoại thông minh.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Thạch đề nghị tuổi trẻ xã nhà tiên phong trong việc giúp người dân, nhất là ngư dân và người cao tuổi, làm quen với các thủ tục trên mạng. Đồng chí Hồ Văn Lâm ghi nhận Nghi Phong là một trong những xã đầu tiên của huyện đưa nội dung hỗ trợ dịch vụ công vào văn kiện đại hội.
Đại hội đã bầu Ban Chấp hành Đoàn xã khóa mới gồm 15 đồng chí. Tại hội nghị lần thứ nhất, đồng chí Phan Thị Hà Vy được tín nhiệm bầu giữ chức Bí thư Đoàn xã nhiệm kỳ 2017 - 2022; được bầu làm Phó Bí thư: Trần Thị Lan, Nguyễn Hữu Đạt. Đại hội cũng bầu 9 đại biểu chính thức đi dự Đại hội Đoàn huyện lần thứ XXIII.
Đồng chí Phan Thị Hà Vy, tân Bí thư Đoàn xã, hứa cùng Ban Chấp hành sớm đưa công trình vào hoạt động trước ngày 2/9.
Nhiều đoàn viên mong muốn được tập huấn thêm về kỹ năng sử dụng các phần mềm, cũng như cách hướng dẫn người lớn tuổi kiên nhẫn, dễ hiểu.
Hữu Thắng - Đài TT-TH Nghi Lộc
Tin khác
- Nghi Thuận tổ chức Đại hội Đoàn xã nhiệm kỳ 2017 - 2022 (12/05/2017)
- Huyện đoàn tổ chức Ngày hội thanh niên với văn hóa giao thông (26/04/2017)
- Ra quân Tháng Thanh niên năm 2017 (05/03/2017)
""", "2017-05-15", "Đại hội Đoàn xã Nghi Phong: đưa \"Điểm hỗ trợ dịch vụ công\" thành công trình thanh niên nhiệm kỳ mới",
E("dai_hoi", None, "2017-05-14"),
[P("Hồ Văn Lâm", "HUV", "Bí thư Huyện đoàn Nghi Lộc"),
 P("Nguyễn Văn Thạch", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Phan Thị Hà Vy", "Bí thư Đoàn xã nhiệm kỳ 2017 - 2022", "tân Bí thư Đoàn xã"),
 P("Trần Thị Lan", "Phó Bí thư"),
 P("Nguyễn Hữu Đạt", "Phó Bí thư")],
[Q("112 đại biểu chính thức", 112, "đại biểu chính thức"), Q("645 đoàn viên", 645, "đoàn viên"), Q("22 chi đoàn", 22, "chi đoàn"),
 Q("3,2 km", 3.2, "km"), Q("gần 800 m2", 800, "m2", "approx"), Q("5 công trình thanh niên", 5, "công trình thanh niên"),
 Q("khoảng 150 triệu đồng", 150000000, "đồng", "approx"), Q("80%", 80, "%"), Q("15 đồng chí", 15, "đồng chí"),
 Q("9 đại biểu chính thức", 9, "đại biểu chính thức")],
[D("Kế hoạch", "08", "KH/ĐU", "2017-03-10", "Đảng ủy xã", "Kế hoạch số 08-KH/ĐU ngày 10/3/2017"),
 D("Hướng dẫn", "25", "HD/TWĐTN", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn số 25-HD/TWĐTN")],
[prov("Nghệ An"), com("Nghi Phong")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NGHI LỘC - NGHỆ AN", "Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể",
 "Đoàn Chủ tịch điều hành phiên thứ nhất của Đại hội.", "Điểm hỗ trợ dịch vụ công", "Đài TT-TH Nghi Lộc"],
["lần thứ XXV", "nhiệm kỳ 2017 - 2022", "xóm 7", "15 đồng chí", "lần thứ nhất", "lần thứ XXIII", "năm 2022", "ngày 2/9"]))

PAGES.append(page("b8412-quangninh-doithoai-2018", """
BÁO QUẢNG NINH
Thời sự » Chính trị
15/10/2018 - 10:05
Thanh niên đề xuất "một chạm" cho dịch vụ công
Sáng 13/10, UBND tỉnh Quảng Ninh phối hợp với Tỉnh đoàn tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với thanh niên năm 2018 với chủ đề "Thanh niên với chính quyền điện tử và dịch vụ công trực tuyến". Đồng chí Phạm Minh Khải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì buổi đối thoại.
Quang cảnh buổi đối thoại. Ảnh: Thu Chung
Tham dự có hơn 300 đoàn viên, thanh niên đại diện cho các khối, ngành, địa phương. Theo báo cáo của Trung tâm Phục vụ hành chính công tỉnh, hiện tỉnh đã cung cấp 1.465 thủ tục hành chính, trong đó 382 thủ tục ở mức độ 3, 4; tỷ lệ hồ sơ nộp trực tuyến đạt 28,6%. Tỉnh đang triển khai Chỉ thị số 22-CT/TU ngày 05/4/2018 của Ban Thường vụ Tỉnh ủy về xây dựng chính quyền điện tử và Nghị định số 63/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông.
Tại buổi đối thoại, 42 ý kiến đã được gửi đến chủ tọa. Anh Tằng A Sáng, Bí thư Chi đoàn thôn Khe Tiền, xã Đồng Văn, phản ánh người Dao ở thôn phải đi hơn 20 km để nộp hồ sơ, trong khi sóng 3G chập chờn. Chị Vi Thị Thu, Phó Bí thư Đoàn phường Hồng Hải, đề xuất tích hợp dịch vụ công vào một ứng dụng trên điện thoại để người dân "một chạm" là nộp được hồ sơ. Anh Hoàng Quốc Bảo ở Uông Bí hỏi về việc thanh toán phí, lệ phí qua ngân hàng.
Trả lời các ý kiến, đồng chí Phạm Minh Khải cho biết tỉnh sẽ đầu tư thêm 35 trạm phát sóng ở các xã vùng cao trong năm 2019 và giao Sở Thông tin và Truyền thông nghiên cứu ứng dụng dịch vụ công trên điện thoại theo đề xuất của thanh niên. Đồng chí Đỗ Quang Trung, Giám đốc Trung tâm Phục vụ hành chính công tỉnh, thông tin từ tháng 11 tới, người dân có thể thanh toán trực tuyến lệ phí của 120 thủ tục.
Đồng chí Phạm Minh Khải đề nghị Tỉnh đoàn thành lập đội hình "Thanh niên hỗ trợ dịch vụ công" tại 14 huyện, thị xã, thành phố, mỗi đội hình có ít nhất 10 thành viên. Đồng chí Lê Thị Hương Giang, Bí thư Tỉnh đoàn, tiếp thu và cam kết ra mắt các đội hình trước ngày 26/3/2019.
Nhiều đoàn viên cũng đề nghị tỉnh có cơ chế ghi nhận, khen thưởng những thanh niên tích cực hướng dẫn người dân sử dụng dịch vụ công, coi đây là một tiêu chí khi xét chọn thanh niên tiêu biểu hằng năm.
Kết thúc buổi đối thoại, 17 ý kiến đã được trả lời trực tiếp; các ý kiến còn lại được giao cho sở, ngành trả lời bằng văn bản trong vòng 15 ngày.
Chủ tịch UBND tỉnh Phạm Minh Khải trò chuyện với đoàn viên sau buổi đối thoại. Ảnh: Thu Chung
Thu Chung
Bài viết liên quan
- Tỉnh đoàn tuyên dương 90 thanh niên tiêu biểu (02/10/2018)
- Bình Liêu: thanh niên tình nguyện giúp dân vùng biên (20/09/2018)
- Hạ Long ra mắt câu lạc bộ lập trình viên trẻ (05/09/2018)
""", "2018-10-15", "Thanh niên đề xuất \"một chạm\" cho dịch vụ công",
E("doi_thoai", "2018", "2018-10-13"),
[P("Phạm Minh Khải", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Tằng A Sáng", "Bí thư Chi đoàn thôn Khe Tiền"),
 P("Vi Thị Thu", "Phó Bí thư Đoàn phường Hồng Hải"),
 P("Hoàng Quốc Bảo"),
 P("Đỗ Quang Trung", "Giám đốc Trung tâm Phục vụ hành chính công tỉnh"),
 P("Lê Thị Hương Giang", "Bí thư Tỉnh đoàn")],
[Q("hơn 300 đoàn viên, thanh niên", 300, "đoàn viên, thanh niên", "over"), Q("1.465 thủ tục hành chính", 1465, "thủ tục hành chính"),
 Q("382 thủ tục", 382, "thủ tục"), Q("28,6%", 28.6, "%"), Q("42 ý kiến", 42, "ý kiến"),
 Q("hơn 20 km", 20, "km", "over"), Q("35 trạm phát sóng", 35, "trạm phát sóng"), Q("120 thủ tục", 120, "thủ tục"),
 Q("14 huyện, thị xã, thành phố", 14, "huyện, thị xã, thành phố"), Q("ít nhất 10 thành viên", 10, "thành viên", "over"),
 Q("17 ý kiến", 17, "ý kiến")],
[D("Chỉ thị", "22", "CT/TU", "2018-04-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 22-CT/TU ngày 05/4/2018"),
 D("Nghị định", "63", "2018/NĐ-CP", "2018-04-23", "Chính phủ", "Nghị định số 63/2018/NĐ-CP ngày 23/4/2018")],
[prov("Quảng Ninh"), com("Đồng Văn"), com("Hồng Hải")],
["BÁO QUẢNG NINH", "Thời sự » Chính trị", "Quang cảnh buổi đối thoại. Ảnh: Thu Chung",
 "Chủ tịch UBND tỉnh Phạm Minh Khải trò chuyện với đoàn viên sau buổi đối thoại. Ảnh: Thu Chung",
 "Thanh niên với chính quyền điện tử và dịch vụ công trực tuyến", "Thanh niên hỗ trợ dịch vụ công",
 "Trung tâm Phục vụ hành chính công tỉnh"],
["15/10/2018 - 10:05", "năm 2018", "mức độ 3, 4", "3G", "năm 2019", "15 ngày", "ngày 26/3/2019"]))

PAGES.append(page("b8413-binhduong-tinhdoan-traotang-2019", """
Báo Bình Dương Online
Xã hội > Thanh niên
Thứ Sáu, 22/11/2019, 08:05
Trao tặng 50 bộ máy tính cho các điểm thanh niên hỗ trợ dịch vụ công
Chiều 21/11, Tỉnh đoàn Bình Dương phối hợp với Công ty TNHH Phần mềm Tân Phát trao tặng 50 bộ máy tính cho các "Điểm thanh niên hỗ trợ dịch vụ công trực tuyến" tại các phường, xã. Tổng trị giá số máy tính là 450 triệu đồng, mỗi bộ trị giá 9 triệu đồng.
Đại diện Tỉnh đoàn và doanh nghiệp trao máy tính cho các cơ sở Đoàn. Ảnh: Ngọc Thảo
Đến dự và trao tặng có đồng chí Phó Bí thư Tỉnh đoàn, Chủ tịch Hội Sinh viên Việt Nam tỉnh Nguyễn Thị Kim Oanh; ông Lý Chí Hùng, Giám đốc Công ty TNHH Phần mềm Tân Phát. Về phía địa phương có các đồng chí Trần Văn Khoa, Lê Hoàng Nam - Phó Chủ tịch UBND thành phố Thủ Dầu Một.
Các điểm hỗ trợ được thành lập theo Kế hoạch số 2145/KH-UBND ngày 15/5/2019 của UBND tỉnh về nâng cao tỷ lệ hồ sơ trực tuyến mức độ 3, 4. Hiện 91 phường, xã, thị trấn trong tỉnh đều có điểm hỗ trợ do đoàn viên trực vào giờ hành chính. Tuy nhiên, gần 70% điểm đang phải mượn máy tính của bộ phận một cửa hoặc dùng máy cá nhân của đoàn viên, nên việc hỗ trợ chưa chủ động.
"Có máy riêng, các bạn không còn phải chờ cán bộ một cửa làm xong mới được dùng máy", chị Đặng Thị Mỹ Hạnh, Bí thư Đoàn phường Phú Lợi, nói sau khi nhận 2 bộ máy tính. Theo chị, từ đầu năm, điểm hỗ trợ của phường đã giúp hơn 2.300 lượt người dân nộp hồ sơ qua mạng, chủ yếu là thủ tục đăng ký kinh doanh hộ cá thể, xác nhận tình trạng hôn nhân và cấp phép xây dựng.
Ông Lý Chí Hùng cho biết công ty sẽ cử kỹ sư hướng dẫn đoàn viên cài đặt chữ ký số, phần mềm quét hồ sơ; đồng thời cam kết hỗ trợ bảo trì máy miễn phí trong 3 năm.
Dịp này, Tỉnh đoàn cũng trao 20 phần quà cho đoàn viên có hoàn cảnh khó khăn đang làm tình nguyện viên tại các điểm hỗ trợ, mỗi phần gồm 1 triệu đồng tiền mặt và một bộ sách hướng dẫn tin học văn phòng. Phát biểu tại buổi trao tặng, đồng chí Nguyễn Thị Kim Oanh đề nghị các cơ sở Đoàn sử dụng máy đúng mục đích, lập sổ theo dõi, báo cáo kết quả hỗ trợ hằng quý về Ban Thường vụ Tỉnh đoàn.
Cũng tại buổi lễ, đại diện Đoàn phường Chánh Nghĩa giới thiệu cách làm "Hẹn giờ hỗ trợ qua Zalo": người dân nhắn tin đặt lịch, đoàn viên gọi lại hướng dẫn chuẩn bị giấy tờ trước khi đến, nhờ vậy giảm thời gian chờ đợi tại bộ phận một cửa.
Thành viên điểm hỗ trợ phường Phú Lợi hướng dẫn người dân nộp hồ sơ. Ảnh: Ngọc Thảo
Ngọc Thảo
Tin cùng chuyên mục
- Tuổi trẻ Bình Dương ra quân "Ngày Chủ nhật xanh" (17/11/2019)
- Hội Sinh viên tỉnh tổ chức Ngày hội việc làm (09/11/2019)
- Trao học bổng "Tiếp bước cho em đến trường" (30/10/2019)
""", "2019-11-22", "Trao tặng 50 bộ máy tính cho các điểm thanh niên hỗ trợ dịch vụ công",
E("trao_qua", None, "2019-11-21"),
[P("Nguyễn Thị Kim Oanh", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội Sinh viên Việt Nam tỉnh"),
 P("Lý Chí Hùng", "Giám đốc Công ty TNHH Phần mềm Tân Phát"),
 P("Trần Văn Khoa", "Phó Chủ tịch UBND thành phố Thủ Dầu Một"),
 P("Lê Hoàng Nam", "Phó Chủ tịch UBND thành phố Thủ Dầu Một"),
 P("Đặng Thị Mỹ Hạnh", "Bí thư Đoàn phường Phú Lợi")],
[Q("50 bộ máy tính", 50, "bộ máy tính"), Q("450 triệu đồng", 450000000, "đồng"), Q("9 triệu đồng", 9000000, "đồng"),
 Q("91 phường, xã, thị trấn", 91, "phường, xã, thị trấn"), Q("gần 70%", 70, "%", "approx"),
 Q("2 bộ máy tính", 2, "bộ máy tính"), Q("hơn 2.300 lượt người dân", 2300, "lượt người dân", "over"),
 Q("20 phần quà", 20, "phần quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "2145", "KH-UBND", "2019-05-15", "UBND tỉnh", "Kế hoạch số 2145/KH-UBND ngày 15/5/2019")],
[prov("Bình Dương"), com("Phú Lợi"), com("Chánh Nghĩa")],
["Báo Bình Dương Online", "Xã hội > Thanh niên", "Đại diện Tỉnh đoàn và doanh nghiệp trao máy tính cho các cơ sở Đoàn. Ảnh: Ngọc Thảo",
 "Thành viên điểm hỗ trợ phường Phú Lợi hướng dẫn người dân nộp hồ sơ. Ảnh: Ngọc Thảo",
 "Điểm thanh niên hỗ trợ dịch vụ công trực tuyến", "Hẹn giờ hỗ trợ qua Zalo", "Công ty TNHH Phần mềm Tân Phát"],
["Thứ Sáu, 22/11/2019, 08:05", "mức độ 3, 4", "3 năm", "một bộ sách"]))

PAGES.append(page("b8414-hagiang-tinhdoan-tongket-2020", """
TỈNH ĐOÀN HÀ GIANG
You are here: Trang chủ >> Tin tức >> Hoạt động Tỉnh đoàn
Ngày 30/12/2020 | 09:15
Toàn cảnh hội nghị.
Tuổi trẻ Hà Giang xung kích trong chuyển đổi số
Ngày 29/12/2020, Ban Chấp hành Tỉnh đoàn Hà Giang khóa XVI tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2020, triển khai nhiệm vụ năm 2021. Đồng chí Sùng Thị Chúa, Ủy viên BCH Trung ương Đoàn, Bí thư Tỉnh đoàn chủ trì hội nghị.
Năm 2020, dù chịu ảnh hưởng của dịch Covid-19, các cấp bộ Đoàn trong tỉnh đã triển khai Kết luận 25, 26-KL/TU của Ban Thường vụ Tỉnh ủy về phát triển hạ tầng số và cải cách hành chính, cùng Quyết định số 794/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ về chuyển đổi số quốc gia. Tỉnh đoàn thành lập 193 đội hình "Thanh niên hỗ trợ chuyển đổi số" ở 193 xã, phường, thị trấn; giúp người dân tạo 1.115 tài khoản dịch vụ công; hướng dẫn hơn 12.000 lượt người dân khai báo y tế, đăng ký hồ sơ trực tuyến.
Đồng chí Vàng Seo Dính, Bí thư Huyện đoàn Đồng Văn, nhận bằng khen của Ban Chấp hành Trung ương Đoàn.
Nhiều đội hình ở các huyện vùng cao núi đá đã "cõng" sóng điện thoại: đoàn viên mang máy lên những điểm có sóng để giúp bà con làm thủ tục. Đồng chí Vàng Seo Dính, HUV, Bí thư Huyện đoàn Đồng Văn chia sẻ, huyện đoàn đã tổ chức 64 buổi "Cà phê số" tại các chợ phiên để hướng dẫn bà con người Mông dùng điện thoại thông minh. Đồng chí Lò Văn Pủa, Bí thư Đoàn xã Lũng Cú, cho biết chi đoàn các thôn đã giúp 230 hộ mở tài khoản ngân hàng để nhận tiền hỗ trợ của Nhà nước.
Bên cạnh đó, toàn tỉnh kết nạp 1.864 đoàn viên mới; 3.600 lượt thanh niên tham gia tình nguyện phòng, chống dịch; huy động trên 5,6 tỷ đồng làm các công trình thanh niên. 47 sinh viên đạt danh hiệu "Sinh viên 5 tốt" cấp tỉnh.
Hội nghị thẳng thắn nhìn nhận: kỹ năng số của một bộ phận cán bộ Đoàn cơ sở còn yếu; ở 12 xã đặc biệt khó khăn chưa có điểm truy cập Internet công cộng; việc lưu giữ số liệu hỗ trợ còn thủ công.
Các đại biểu cũng đề xuất Tỉnh đoàn phối hợp với doanh nghiệp viễn thông tặng sim, thẻ cào cho đội hình tình nguyện ở vùng biên giới, đồng thời biên soạn tài liệu hướng dẫn bằng tiếng Mông, tiếng Dao có hình ảnh minh họa.
Phát biểu kết luận, đồng chí Sùng Thị Chúa yêu cầu năm 2021 mỗi cơ sở Đoàn phải có ít nhất một "Tổ công nghệ số thanh niên", phấn đấu hỗ trợ 50% hộ gia đình có người dùng điện thoại thông minh biết nộp hồ sơ trực tuyến. Đồng chí Cháng Mí Dũng, Phó Bí thư Tỉnh đoàn công bố quyết định khen thưởng 18 tập thể, 35 cá nhân có thành tích xuất sắc.
Minh Hằng
Tin liên quan
- Tuổi trẻ Mèo Vạc ra quân "Mùa đông ấm" (20/12/2020)
- Tỉnh đoàn tổ chức Đại hội Hội Sinh viên tỉnh (10/12/2020)
- Tuyên dương 25 thanh niên dân tộc thiểu số tiêu biểu (25/11/2020)
""", "2020-12-30", "Tuổi trẻ Hà Giang xung kích trong chuyển đổi số",
E("tong_ket", "2020", "2020-12-29"),
[P("Sùng Thị Chúa", "Ủy viên BCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Vàng Seo Dính", "HUV", "Bí thư Huyện đoàn Đồng Văn"),
 P("Lò Văn Pủa", "Bí thư Đoàn xã Lũng Cú"),
 P("Cháng Mí Dũng", "Phó Bí thư Tỉnh đoàn")],
[Q("193 đội hình", 193, "đội hình"), Q("193 xã, phường, thị trấn", 193, "xã, phường, thị trấn"),
 Q("1.115 tài khoản dịch vụ công", 1115, "tài khoản dịch vụ công"), Q("hơn 12.000 lượt người dân", 12000, "lượt người dân", "over"),
 Q("64 buổi", 64, "buổi"), Q("230 hộ", 230, "hộ"), Q("1.864 đoàn viên mới", 1864, "đoàn viên mới"),
 Q("3.600 lượt thanh niên", 3600, "lượt thanh niên"), Q("trên 5,6 tỷ đồng", 5600000000, "đồng", "over"),
 Q("47 sinh viên", 47, "sinh viên"), Q("12 xã đặc biệt khó khăn", 12, "xã đặc biệt khó khăn"), Q("50% hộ gia đình", 50, "%"),
 Q("18 tập thể", 18, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Kết luận", "25", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 25, 26-KL/TU"),
 D("Kết luận", "26", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 25, 26-KL/TU"),
 D("Quyết định", "794", "QĐ-TTg", "2020-06-03", "Thủ tướng Chính phủ", "Quyết định số 794/QĐ-TTg ngày 03/6/2020")],
[prov("Hà Giang"), com("Lũng Cú")],
["TỈNH ĐOÀN HÀ GIANG", "You are here: Trang chủ >> Tin tức >> Hoạt động Tỉnh đoàn", "Toàn cảnh hội nghị.",
 "Đồng chí Vàng Seo Dính, Bí thư Huyện đoàn Đồng Văn, nhận bằng khen của Ban Chấp hành Trung ương Đoàn.",
 "Thanh niên hỗ trợ chuyển đổi số", "Cà phê số", "Sinh viên 5 tốt", "Tổ công nghệ số thanh niên"],
["Ngày 30/12/2020 | 09:15", "khóa XVI", "năm 2020", "năm 2021", "Covid-19", "Sinh viên 5 tốt", "một \"Tổ công nghệ số thanh niên\""]))

PAGES.append(page("b8415-daklak-tinhdoan-giamsat-2021", """
TỈNH ĐOÀN ĐẮK LẮK
Trang chủ - Tin tức - Kiểm tra, giám sát
Thứ Sáu, 18/06/2021 - 16:10
Giám sát mô hình thanh niên hỗ trợ dịch vụ công trực tuyến tại Krông Pắc
Ngày 17/6, đoàn giám sát của Ban Thường vụ Tỉnh đoàn Đắk Lắk do đồng chí Y Khuê Niê, UVBCH Trung ương Đoàn, Phó Bí thư Thường trực Tỉnh đoàn, trưởng đoàn giám sát làm trưởng đoàn đã giám sát việc thực hiện mô hình "Thanh niên hỗ trợ dịch vụ công trực tuyến" năm 2021 tại Huyện đoàn Krông Pắc.
Đoàn giám sát làm việc tại bộ phận một cửa xã Ea Phê.
Cuộc giám sát thực hiện theo Quyết định số 125-QĐ/TĐTN ngày 02/6/2021 của Ban Thường vụ Tỉnh đoàn. Cùng đi có chị H'Lina Êban, Ủy viên Ban Thường vụ, Trưởng Ban Mặt trận - Dân tộc Tỉnh đoàn và đại diện Văn phòng UBND tỉnh.
Báo cáo với đoàn, đồng chí Y Thuận Byă, HUV, Bí thư Huyện đoàn Krông Pắc cho biết, thực hiện Kế hoạch số 98/KH-UBND của UBND huyện về cải cách hành chính năm 2021, Huyện đoàn đã thành lập 12 tổ thanh niên hỗ trợ ở 12 xã, thị trấn với 86 thành viên. Từ đầu năm đến nay, các tổ đã hướng dẫn khoảng 4.300 lượt người dân, giúp nộp thành công 1.027 hồ sơ trực tuyến; tỷ lệ hồ sơ trực tuyến của huyện tăng từ 9,8% lên 21,3%.
Tại xã Ea Phê, đoàn kiểm tra sổ theo dõi và trực tiếp trao đổi với người dân. Bà H'Ben Mlô, buôn Ea Kmar, cho biết nhờ đoàn viên hướng dẫn, bà đã đăng ký khai sinh cho cháu nội mà không phải đi lại nhiều lần. Đồng chí Nguyễn Văn Khánh, Phó Chủ tịch UBND xã Ea Phê, đánh giá tổ thanh niên đã giảm tải cho công chức một cửa trong giai đoạn phòng, chống dịch Covid-19.
Tại thị trấn Phước An, đoàn ghi nhận một số hạn chế: sổ theo dõi ghi chép chưa đầy đủ, 38 hồ sơ được hỗ trợ nhưng bị trả lại do thiếu giấy tờ; một số thành viên chưa được tập huấn về chữ ký số; kinh phí hoạt động còn trông chờ vào đóng góp của đoàn viên.
Kết luận buổi giám sát, đồng chí Y Khuê Niê ghi nhận Huyện đoàn Krông Pắc triển khai mô hình sớm, có số liệu cụ thể, bám sát nhu cầu của đồng bào Êđê. Đồng chí đề nghị Huyện đoàn rà soát, bổ sung thành viên là đoàn viên người dân tộc thiểu số biết tiếng Êđê; phối hợp với Bưu điện huyện tổ chức tập huấn cho 100% thành viên trước ngày 30/7; tham mưu UBND huyện hỗ trợ kinh phí tối đa 2 triệu đồng/tổ/năm.
Sau Krông Pắc, đoàn giám sát sẽ làm việc tại các huyện Ea Kar, Lắk và thị xã Buôn Hồ.
H'Nhi Niê
Các tin đã đưa
- Tỉnh đoàn ra quân Chiến dịch Thanh niên tình nguyện hè 2021 (12/06/2021)
- Đoàn viên Buôn Đôn hỗ trợ người dân tiêm vắc xin (03/06/2021)
- Tuyên dương 60 đội viên xuất sắc (28/05/2021)
- Kiểm tra công tác Đoàn tại Cư M'gar (20/05/2021)
""", "2021-06-18", "Giám sát mô hình thanh niên hỗ trợ dịch vụ công trực tuyến tại Krông Pắc",
E("giam_sat", "2021", "2021-06-17"),
[P("Y Khuê Niê", "UVBCH Trung ương Đoàn", "Phó Bí thư Thường trực Tỉnh đoàn", "trưởng đoàn giám sát"),
 P("H'Lina Êban", "Ủy viên Ban Thường vụ", "Trưởng Ban Mặt trận - Dân tộc Tỉnh đoàn"),
 P("Y Thuận Byă", "HUV", "Bí thư Huyện đoàn Krông Pắc"),
 P("H'Ben Mlô"),
 P("Nguyễn Văn Khánh", "Phó Chủ tịch UBND xã Ea Phê")],
[Q("12 tổ thanh niên hỗ trợ", 12, "tổ thanh niên hỗ trợ"), Q("12 xã, thị trấn", 12, "xã, thị trấn"), Q("86 thành viên", 86, "thành viên"),
 Q("khoảng 4.300 lượt người dân", 4300, "lượt người dân", "approx"), Q("1.027 hồ sơ trực tuyến", 1027, "hồ sơ trực tuyến"),
 Q("9,8%", 9.8, "%"), Q("21,3%", 21.3, "%"), Q("38 hồ sơ", 38, "hồ sơ"), Q("100% thành viên", 100, "%"),
 Q("tối đa 2 triệu đồng", 2000000, "đồng")],
[D("Quyết định", "125", "QĐ/TĐTN", "2021-06-02", "Ban Thường vụ Tỉnh đoàn", "Quyết định số 125-QĐ/TĐTN ngày 02/6/2021"),
 D("Kế hoạch", "98", "KH-UBND", None, "UBND huyện", "Kế hoạch số 98/KH-UBND")],
[prov("Đắk Lắk"), com("Ea Phê"), com("Phước An")],
["TỈNH ĐOÀN ĐẮK LẮK", "Trang chủ - Tin tức - Kiểm tra, giám sát", "Đoàn giám sát làm việc tại bộ phận một cửa xã Ea Phê.",
 "Thanh niên hỗ trợ dịch vụ công trực tuyến"],
["Thứ Sáu, 18/06/2021 - 16:10", "năm 2021", "Covid-19", "trước ngày 30/7", "2 triệu đồng/tổ/năm"]))

PAGES.append(page("b8416-cantho-thanhdoan-giaoban-thang8-2022", """
THÀNH ĐOÀN CẦN THƠ
Trang chủ > Tin tức > Công tác Đoàn
31 tháng 8, 2022 | 17:45
Ảnh: Các đại biểu dự giao ban tại điểm cầu Thành đoàn.
Nhân rộng mô hình "Sáng thứ Bảy, cùng dân làm thủ tục trực tuyến"
Chiều 30/8, Ban Thường vụ Thành đoàn Cần Thơ tổ chức giao ban công tác Đoàn tháng 8/2022 với 9 quận, huyện đoàn và Đoàn trực thuộc. Chủ trì có các đồng chí Ủy viên Ban Thường vụ Thành đoàn: Lâm Ngọc Hân, Trương Minh Triết, Huỳnh Thị Bích Tuyền.
Theo báo cáo, trong tháng, các cơ sở Đoàn tiếp tục thực hiện Đề án 08 của Chính phủ về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử và Kế hoạch số 142/KH-UBND ngày 20/7/2022 của UBND thành phố. Đoàn viên, thanh niên tại 83 xã, phường, thị trấn đã hỗ trợ người dân kích hoạt 1.520 tài khoản định danh điện tử, hướng dẫn nộp gần 1.200 hồ sơ trực tuyến; tổ chức 27 buổi "Sáng thứ Bảy, cùng dân làm thủ tục trực tuyến".
Mô hình do Đoàn phường An Khánh (quận Ninh Kiều) khởi xướng từ tháng 5. Mỗi sáng thứ Bảy, 6 đến 8 đoàn viên có mặt tại nhà văn hóa khu vực để hướng dẫn bà con cài ứng dụng, chụp giấy tờ, thanh toán lệ phí bằng điện thoại. Anh Nguyễn Hoàng Khải, Bí thư Đoàn phường An Khánh, cho biết có buổi đội hình hỗ trợ tới 60 người, phần lớn là người lớn tuổi và tiểu thương.
Ở huyện Cờ Đỏ, Đoàn xã Thới Hưng phối hợp Công an xã mở "Góc định danh" tại chợ xã. Chị Trần Thị Ngọc Hân, Phó Bí thư Đoàn xã Thới Hưng, chia sẻ bà con làm ruộng thường bận rộn ban ngày, nên đội hình bố trí thêm ca tối từ 19 giờ đến 21 giờ.
Thảo luận tại giao ban, các đơn vị phản ánh một số người dân lo ngại lộ thông tin cá nhân khi nhờ đoàn viên thao tác hộ; một số địa bàn còn thiếu điện thoại thông minh. Đồng chí Trương Minh Triết lưu ý đoàn viên tuyệt đối không giữ mật khẩu, mã OTP của người dân, chỉ hướng dẫn để người dân tự thực hiện.
Đại diện Đoàn khối Doanh nghiệp thành phố thông tin, nhiều doanh nghiệp viễn thông sẵn sàng hỗ trợ sim, gói cước và điện thoại cũ để các đội hình cho mượn tại chỗ. Đoàn Trường Đại học Cần Thơ đề xuất đưa sinh viên tình nguyện về các xã vùng ven vào cuối tuần, gắn với hoạt động thực tập của sinh viên ngành công nghệ thông tin.
Kết luận giao ban, đồng chí Lâm Ngọc Hân đề nghị các quận, huyện đoàn đăng ký ít nhất 2 điểm ra quân mỗi tuần trong tháng 9; phấn đấu đến hết quý III, mỗi cơ sở Đoàn hỗ trợ kích hoạt thêm 200 tài khoản định danh điện tử mức độ 2. Thành đoàn sẽ tổng hợp, đề xuất khen thưởng các tập thể, cá nhân tiêu biểu trong dịp sơ kết 9 tháng.
Ngọc Hân
TIN CÙNG CHUYÊN MỤC
- Ra mắt "Tổ công nghệ số cộng đồng" phường Xuân Khánh (25/08/2022)
- Thành đoàn tổ chức Ngày hội "Thanh niên với chuyển đổi số" (14/08/2022)
- Giao ban công tác Đoàn tháng 7/2022 (29/07/2022)
""", "2022-08-31", "Nhân rộng mô hình \"Sáng thứ Bảy, cùng dân làm thủ tục trực tuyến\"",
E("giao_ban", "2022-08", "2022-08-30"),
[P("Lâm Ngọc Hân", "Ủy viên Ban Thường vụ Thành đoàn"),
 P("Trương Minh Triết", "Ủy viên Ban Thường vụ Thành đoàn"),
 P("Huỳnh Thị Bích Tuyền", "Ủy viên Ban Thường vụ Thành đoàn"),
 P("Nguyễn Hoàng Khải", "Bí thư Đoàn phường An Khánh"),
 P("Trần Thị Ngọc Hân", "Phó Bí thư Đoàn xã Thới Hưng")],
[Q("9 quận, huyện đoàn", 9, "quận, huyện đoàn"), Q("83 xã, phường, thị trấn", 83, "xã, phường, thị trấn"),
 Q("1.520 tài khoản định danh điện tử", 1520, "tài khoản định danh điện tử"),
 Q("gần 1.200 hồ sơ trực tuyến", 1200, "hồ sơ trực tuyến", "approx"), Q("27 buổi", 27, "buổi"),
 Q("6 đến 8 đoàn viên", 6, "đoàn viên", "approx"), Q("60 người", 60, "người"),
 Q("ít nhất 2 điểm ra quân", 2, "điểm ra quân", "over"), Q("200 tài khoản định danh điện tử mức độ 2", 200, "tài khoản định danh điện tử mức độ 2")],
[D("Đề án", "08", None, None, "Chính phủ", "Đề án 08 của Chính phủ"),
 D("Kế hoạch", "142", "KH-UBND", "2022-07-20", "UBND thành phố", "Kế hoạch số 142/KH-UBND ngày 20/7/2022")],
[prov("Cần Thơ"), com("An Khánh"), com("Thới Hưng")],
["THÀNH ĐOÀN CẦN THƠ", "Trang chủ > Tin tức > Công tác Đoàn", "Ảnh: Các đại biểu dự giao ban tại điểm cầu Thành đoàn.",
 "Sáng thứ Bảy, cùng dân làm thủ tục trực tuyến", "Góc định danh"],
["31 tháng 8, 2022 | 17:45", "tháng 8/2022", "tháng 5", "19 giờ đến 21 giờ", "mã OTP", "tháng 9", "quý III", "mức độ 2", "9 tháng"]))
