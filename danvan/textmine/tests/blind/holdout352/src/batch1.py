from lib import *
PAGES = []

PAGES.append(page("b8405-danang-thanhdoan-taphuan-2011", """
THÀNH ĐOÀN ĐÀ NẴNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Phong trào tình nguyện
Thứ Năm, 14/07/2011 - 09:20
Đoàn viên tình nguyện hướng dẫn người dân tra cứu hồ sơ tại bộ phận một cửa. Ảnh: Minh Quân
Tập huấn kỹ năng hỗ trợ dịch vụ công trực tuyến cho 180 đoàn viên, thanh niên
Ngày 12/7/2011, Thành đoàn Đà Nẵng phối hợp với Sở Thông tin và Truyền thông tổ chức lớp tập huấn "Kỹ năng tin học và hỗ trợ dịch vụ công trực tuyến" năm 2011 cho 180 đoàn viên, thanh niên thuộc các đội hình tình nguyện hè tại 56 phường, xã. Đồng chí Lê Quang Vinh, Ủy viên Ban Thường vụ Thành ủy, Bí thư Thành đoàn dự và phát biểu khai mạc lớp học.
Lớp tập huấn được tổ chức theo Kế hoạch số 27-KH/ĐTN ngày 20/5/2011 của Ban Thường vụ Thành đoàn, nhằm cụ thể hóa Quyết định số 1672/QĐ-TTg ngày 27/8/2010 của Thủ tướng Chính phủ về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước. Trong 2 ngày, học viên được ThS. Trần Ngọc Hà, Phó Giám đốc Trung tâm Công nghệ thông tin - Sở Thông tin và Truyền thông, hướng dẫn cách tra cứu thông tin, tải biểu mẫu và nộp hồ sơ qua mạng đối với hơn 40 thủ tục hành chính đã được thành phố đưa lên cổng dịch vụ công.
Học viên thực hành trên máy tại phòng máy của Trường Cao đẳng Công nghệ thông tin. Ảnh: Minh Quân
Theo đồng chí Lê Quang Vinh, thành phố đang đi đầu cả nước về chính quyền điện tử nhưng phần đông người dân, nhất là người lớn tuổi, còn lúng túng khi dùng máy tính. "Mỗi đoàn viên phải là một người hướng dẫn kiên nhẫn, nói dân hiểu, làm dân tin", đồng chí nhấn mạnh.
Sau lớp học, các đồng chí Phó Bí thư Thành đoàn: Nguyễn Thị Thu Hằng, Phan Văn Đức đã giao nhiệm vụ cho 14 đội hình "Tiếp sức công dân điện tử". Mỗi đội sẽ trực tại bộ phận tiếp nhận và trả kết quả của phường, xã vào sáng thứ Bảy và Chủ nhật trong suốt chiến dịch hè. Sở Thông tin và Truyền thông hỗ trợ 120 máy tính đã qua sử dụng và kinh phí 25 triệu đồng để in tài liệu hướng dẫn.
Chị Võ Thị Ngọc Trâm, Bí thư Đoàn phường Hòa Minh, cho biết đội hình của phường dự kiến hướng dẫn khoảng 3.500 lượt người dân trong hè. Còn anh Huỳnh Tấn Lộc, sinh viên năm thứ ba, thành viên đội hình phường Thạc Gián, chia sẻ: "Lần đầu được tập huấn bài bản, bọn em tự tin hơn khi giải thích cho cô chú cách đăng ký tài khoản".
Đồng chí Lê Quang Vinh đề nghị các quận đoàn, huyện đoàn gắn hoạt động này với cuộc vận động "Tuổi trẻ Đà Nẵng chung tay xây dựng thành phố môi trường", định kỳ báo cáo số lượng hồ sơ được hướng dẫn về Ban Thường vụ Thành đoàn trước ngày 20 hằng tháng.
Thu Trang
Lượt xem: 1.204
Tin liên quan
- Ra quân Chiến dịch Thanh niên tình nguyện hè năm 2011 (26/06/2011)
- 500 sinh viên tham gia "Tiếp sức mùa thi" (20/06/2011)
- Hội thi tin học trẻ thành phố lần thứ XII (05/06/2011)
- Thành đoàn làm việc với Sở Nội vụ về cải cách hành chính (28/05/2011)
""", "2011-07-14", "Tập huấn kỹ năng hỗ trợ dịch vụ công trực tuyến cho 180 đoàn viên, thanh niên",
E("tap_huan", "2011", "2011-07-12"),
[P("Lê Quang Vinh", "Ủy viên Ban Thường vụ Thành ủy", "Bí thư Thành đoàn"),
 P("Trần Ngọc Hà", "ThS.", "Phó Giám đốc Trung tâm Công nghệ thông tin - Sở Thông tin và Truyền thông"),
 P("Nguyễn Thị Thu Hằng", "Phó Bí thư Thành đoàn"),
 P("Phan Văn Đức", "Phó Bí thư Thành đoàn"),
 P("Võ Thị Ngọc Trâm", "Bí thư Đoàn phường Hòa Minh"),
 P("Huỳnh Tấn Lộc", "sinh viên năm thứ ba", "thành viên đội hình phường Thạc Gián")],
[Q("180 đoàn viên, thanh niên", 180, "đoàn viên, thanh niên"), Q("56 phường, xã", 56, "phường, xã"),
 Q("hơn 40 thủ tục hành chính", 40, "thủ tục hành chính", "over"), Q("14 đội hình", 14, "đội hình"),
 Q("120 máy tính", 120, "máy tính"), Q("25 triệu đồng", 25000000, "đồng"),
 Q("khoảng 3.500 lượt người dân", 3500, "lượt người dân", "approx")],
[D("Kế hoạch", "27", "KH/ĐTN", "2011-05-20", "Ban Thường vụ Thành đoàn", "Kế hoạch số 27-KH/ĐTN ngày 20/5/2011"),
 D("Quyết định", "1672", "QĐ-TTg", "2010-08-27", "Thủ tướng Chính phủ", "Quyết định số 1672/QĐ-TTg ngày 27/8/2010")],
[prov("Đà Nẵng"), com("Hòa Minh"), com("Thạc Gián")],
["THÀNH ĐOÀN ĐÀ NẴNG - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ > Tin tức > Phong trào tình nguyện",
 "Đoàn viên tình nguyện hướng dẫn người dân tra cứu hồ sơ tại bộ phận một cửa. Ảnh: Minh Quân",
 "Học viên thực hành trên máy tại phòng máy của Trường Cao đẳng Công nghệ thông tin. Ảnh: Minh Quân",
 "Kỹ năng tin học và hỗ trợ dịch vụ công trực tuyến", "Tiếp sức công dân điện tử",
 "Tuổi trẻ Đà Nẵng chung tay xây dựng thành phố môi trường", "nói dân hiểu, làm dân tin", "Lượt xem: 1.204"],
["Thứ Năm, 14/07/2011 - 09:20", "2 ngày", "năm 2011", "sinh viên năm thứ ba", "ngày 20 hằng tháng", "Lượt xem: 1.204"]))

PAGES.append(page("b8406-laocai-tinhdoan-tongket-he-2012", """
BÁO LÀO CAI ĐIỆN TỬ
Thời sự > Đoàn thể
Cập nhật: 16:45, 28/08/2012 (GMT+7)
Toàn cảnh hội nghị.
Tuổi trẻ Lào Cai mang tin học và thủ tục hành chính về bản
LCĐT - Sáng 27/8, Ban Thường vụ Tỉnh đoàn Lào Cai tổ chức hội nghị tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2012 với chủ đề "Tuổi trẻ chung tay cải cách hành chính". Dự hội nghị có đồng chí Vàng Thị Mai, Tỉnh ủy viên, Bí thư Tỉnh đoàn, Chủ tịch Hội Liên hiệp thanh niên Việt Nam tỉnh cùng 95 đại biểu là cán bộ Đoàn chủ chốt các huyện, thành phố.
Thực hiện Kế hoạch số 112-KH/TĐTN của Ban Thường vụ Tỉnh đoàn và Nghị quyết số 38/NQ-CP ngày 08/11/2011 của Chính phủ về chương trình tổng thể cải cách hành chính nhà nước, mùa hè năm nay toàn tỉnh huy động 1.250 đoàn viên, thanh niên tham gia 35 đội hình tình nguyện tại 48 xã vùng cao. Các đội hình đã hướng dẫn hơn 6.200 lượt người dân tìm hiểu thủ tục cấp giấy chứng nhận quyền sử dụng đất, đăng ký khai sinh, hộ khẩu; hỗ trợ hoàn thiện 312 hồ sơ hành chính và mở 21 lớp xóa mù tin học cho cán bộ thôn, bản.
Đội hình tình nguyện huyện Sa Pa hướng dẫn bà con điền tờ khai. Ảnh: Quang Huy
Đáng chú ý, các cơ sở Đoàn đã vận động doanh nghiệp tặng 85 máy tính cho điểm bưu điện văn hóa xã và trường học; tổng giá trị các công trình, phần việc thanh niên trong chiến dịch trên 1,4 tỷ đồng. Anh Giàng A Chử, Bí thư Chi đoàn thôn Sín Chải, xã Tả Van, kể: "Nhiều bà con người Mông chưa biết chữ phổ thông, chúng em phải dịch từng câu trong tờ khai ra tiếng Mông rồi mới giúp bà con ký".
Tại hội nghị, đồng chí Sùng Seo Pao, Bí thư Huyện đoàn Bắc Hà, đề nghị Tỉnh đoàn phối hợp Sở Nội vụ biên soạn sổ tay thủ tục hành chính song ngữ Việt - Mông; đồng chí Lý Láo Lở, Phó Bí thư Huyện đoàn Bát Xát, kiến nghị duy trì đội hình tình nguyện cuối tuần sau khi chiến dịch kết thúc.
Phát biểu kết luận, đồng chí Vàng Thị Mai ghi nhận tuổi trẻ toàn tỉnh đã "đi từng ngõ, gõ từng nhà" để giúp dân làm thủ tục. Đồng chí yêu cầu các huyện đoàn khắc phục tình trạng báo cáo số liệu chậm, chưa thống nhất; sớm xây dựng kế hoạch hoạt động tình nguyện thường xuyên gắn với phong trào "Tuổi trẻ Lào Cai xung kích phát triển kinh tế - xã hội".
Dịp này, Ban Thường vụ Tỉnh đoàn tặng bằng khen cho 15 tập thể và 27 cá nhân xuất sắc trong chiến dịch.
Hồng Nhung
Tin khác
- Bắc Hà: 300 thanh niên ra quân làm đường giao thông nông thôn (12/08/2012)
- Hội thi "Thủ lĩnh thanh niên" cụm vùng cao (30/07/2012)
- Tỉnh đoàn tổ chức diễn đàn thanh niên với cải cách hành chính (15/07/2012)
- Khai mạc lớp bồi dưỡng cán bộ Đoàn cơ sở khóa 5 (02/07/2012)
""", "2012-08-28", "Tuổi trẻ Lào Cai mang tin học và thủ tục hành chính về bản",
E("tong_ket", "2012", "2012-08-27"),
[P("Vàng Thị Mai", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn", "Chủ tịch Hội Liên hiệp thanh niên Việt Nam tỉnh"),
 P("Giàng A Chử", "Bí thư Chi đoàn thôn Sín Chải"),
 P("Sùng Seo Pao", "Bí thư Huyện đoàn Bắc Hà"),
 P("Lý Láo Lở", "Phó Bí thư Huyện đoàn Bát Xát")],
[Q("95 đại biểu", 95, "đại biểu"), Q("1.250 đoàn viên, thanh niên", 1250, "đoàn viên, thanh niên"),
 Q("35 đội hình tình nguyện", 35, "đội hình tình nguyện"), Q("48 xã vùng cao", 48, "xã vùng cao"),
 Q("hơn 6.200 lượt người dân", 6200, "lượt người dân", "over"), Q("312 hồ sơ hành chính", 312, "hồ sơ hành chính"),
 Q("21 lớp xóa mù tin học", 21, "lớp xóa mù tin học"), Q("85 máy tính", 85, "máy tính"),
 Q("trên 1,4 tỷ đồng", 1400000000, "đồng", "over"), Q("15 tập thể", 15, "tập thể"),
 Q("27 cá nhân xuất sắc", 27, "cá nhân xuất sắc")],
[D("Kế hoạch", "112", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 112-KH/TĐTN"),
 D("Nghị quyết", "38", "NQ-CP", "2011-11-08", "Chính phủ", "Nghị quyết số 38/NQ-CP ngày 08/11/2011")],
[prov("Lào Cai"), com("Tả Van")],
["BÁO LÀO CAI ĐIỆN TỬ", "Thời sự > Đoàn thể", "Toàn cảnh hội nghị.", "LCĐT",
 "Đội hình tình nguyện huyện Sa Pa hướng dẫn bà con điền tờ khai. Ảnh: Quang Huy",
 "Tuổi trẻ chung tay cải cách hành chính", "đi từng ngõ, gõ từng nhà",
 "Tuổi trẻ Lào Cai xung kích phát triển kinh tế - xã hội"],
["Cập nhật: 16:45, 28/08/2012 (GMT+7)", "năm 2012"]))

PAGES.append(page("b8407-bentre-huyendoan-thubay-2013", """
HUYỆN ĐOÀN MỎ CÀY NAM - TỈNH BẾN TRE
Bạn đang ở: Trang chủ / Đoàn - Hội / Tình nguyện
08:15 | 21/09/2013
Ngày thứ Bảy tình nguyện tại bộ phận một cửa xã An Thạnh
Sáng nay 21/9, Ban Thường vụ Huyện đoàn Mỏ Cày Nam ra quân mô hình "Ngày thứ Bảy tình nguyện hỗ trợ thủ tục hành chính" tại trụ sở UBND xã An Thạnh. Bí thư Huyện đoàn Mỏ Cày Nam Nguyễn Thanh Phong cùng đồng chí Lê Thị Mỹ Xuyên - Phó Chủ tịch UBND xã An Thạnh dự buổi ra quân.
Theo Kế hoạch 15-KH/HĐTN của Ban Thường vụ Huyện đoàn, từ nay đến cuối năm, mỗi thứ Bảy, 30 đoàn viên được chia thành 4 nhóm, luân phiên có mặt tại bộ phận tiếp nhận và trả kết quả của 16 xã, thị trấn. Các bạn hướng dẫn bà con điền tờ khai, chỉ cách tra cứu tình trạng hồ sơ qua mạng và tin nhắn, đồng thời giải thích những quy định mới theo Quyết định số 105/2012/QĐ-TTg ngày 12/9/2012 của Thủ tướng Chính phủ về cơ chế một cửa, một cửa liên thông.
Đoàn viên Chi đoàn ấp An Lộc hướng dẫn người dân kê khai hồ sơ đăng ký hộ tịch.
Chỉ trong buổi sáng đầu tiên, nhóm tình nguyện tại xã An Thạnh đã hướng dẫn gần 200 lượt người dân, trực tiếp giúp hoàn thiện 56 hồ sơ chứng thực, hộ tịch và đất đai. Ông Võ Văn Tám, 67 tuổi, ngụ ấp An Lộc, nói: "Tui đi làm giấy tờ cho thằng cháu, mắt kém, tay run, được mấy đứa nhỏ ghi giùm, mừng lắm".
Đồng chí Lê Thị Mỹ Xuyên cho biết xã đang thí điểm nhận hồ sơ qua thư điện tử đối với 7 thủ tục, nhưng thời gian qua chỉ có vài hồ sơ được gửi theo cách này. "Có đoàn viên hướng dẫn tận tình, chúng tôi mong đến cuối năm có ít nhất 10% hồ sơ được gửi qua mạng", chị nói.
Cũng trong ngày, Chi đoàn xã Thành Thới A ra mắt tổ "Thanh niên tin học" gồm 9 thành viên, nhận giúp bà con in ấn, scan giấy tờ miễn phí. Đồng chí Nguyễn Thanh Phong yêu cầu các cơ sở Đoàn phân công đoàn viên có trình độ tin học, thái độ niềm nở; tuyệt đối không nhận tiền, quà của người dân; mỗi tháng tổng hợp khó khăn, vướng mắc gửi Huyện đoàn để phản ánh với UBND huyện.
Nhiều người dân đến làm thủ tục trong buổi sáng bày tỏ bất ngờ khi thấy các bạn trẻ mặc áo xanh tình nguyện đứng sẵn ở cửa, chủ động hỏi han, dẫn đường tới đúng quầy. Cán bộ một cửa của xã cũng cho biết nhờ có đoàn viên hướng dẫn trước, hồ sơ nộp vào ít sai sót hơn, thời gian tiếp nhận rút ngắn đáng kể.
Mô hình là một trong những phần việc hưởng ứng phong trào "Tuổi trẻ Bến Tre đồng khởi mới" và hướng tới Đại hội Hội Liên hiệp thanh niên huyện lần thứ III.
Minh Thư
Các tin khác
- Mỏ Cày Nam: trao 20 suất học bổng cho học sinh nghèo (10/09/2013)
- Chi đoàn ấp Phước Hậu làm 300 m đường bê tông (28/08/2013)
- Huyện đoàn tổng kết chiến dịch tình nguyện hè 2013 (20/08/2013)
- Hội thi "Cán bộ Đoàn giỏi" cấp cơ sở (05/08/2013)
- Ra mắt câu lạc bộ "Thanh niên với pháp luật" xã Định Thủy (22/07/2013)
""", "2013-09-21", "Ngày thứ Bảy tình nguyện tại bộ phận một cửa xã An Thạnh",
E("khac", None, "2013-09-21"),
[P("Nguyễn Thanh Phong", "Bí thư Huyện đoàn Mỏ Cày Nam"),
 P("Lê Thị Mỹ Xuyên", "Phó Chủ tịch UBND xã An Thạnh"),
 P("Võ Văn Tám")],
[Q("30 đoàn viên", 30, "đoàn viên"), Q("4 nhóm", 4, "nhóm"), Q("16 xã, thị trấn", 16, "xã, thị trấn"),
 Q("gần 200 lượt người dân", 200, "lượt người dân", "approx"), Q("56 hồ sơ chứng thực, hộ tịch và đất đai", 56, "hồ sơ chứng thực, hộ tịch và đất đai"),
 Q("7 thủ tục", 7, "thủ tục"), Q("ít nhất 10%", 10, "%", "over"), Q("9 thành viên", 9, "thành viên")],
[D("Kế hoạch", "15", "KH/HĐTN", None, "Ban Thường vụ Huyện đoàn", "Kế hoạch 15-KH/HĐTN"),
 D("Quyết định", "105", "2012/QĐ-TTg", "2012-09-12", "Thủ tướng Chính phủ", "Quyết định số 105/2012/QĐ-TTg ngày 12/9/2012")],
[prov("Bến Tre"), com("An Thạnh"), com("Thành Thới A")],
["HUYỆN ĐOÀN MỎ CÀY NAM - TỈNH BẾN TRE", "Bạn đang ở: Trang chủ / Đoàn - Hội / Tình nguyện",
 "Ngày thứ Bảy tình nguyện hỗ trợ thủ tục hành chính",
 "Đoàn viên Chi đoàn ấp An Lộc hướng dẫn người dân kê khai hồ sơ đăng ký hộ tịch.",
 "Thanh niên tin học", "Tuổi trẻ Bến Tre đồng khởi mới"],
["08:15 | 21/09/2013", "67 tuổi", "lần thứ III"]))

PAGES.append(page("b8408-hue-tinhdoan-soket-2014", """
TỈNH ĐOÀN THỪA THIÊN HUẾ
Trang chủ | Hoạt động Đoàn | Tin tức
Ngày đăng 18/07/2014 | 14:20
Hơn 9.000 lượt người dân được đoàn viên hướng dẫn nộp hồ sơ qua mạng
Chiều 17/7, Ban Thường vụ Tỉnh đoàn Thừa Thiên Huế tổ chức sơ kết 6 tháng đầu năm 2014 công trình thanh niên "Tuổi trẻ chung tay xây dựng chính quyền điện tử". Sau nửa năm triển khai, các đội hình tình nguyện đã hướng dẫn hơn 9.000 lượt người dân tìm hiểu và nộp hồ sơ qua mạng.
Quang cảnh buổi sơ kết. Ảnh: Bảo Ngọc
Chủ trì hội nghị có các đồng chí Phó Bí thư Tỉnh đoàn: Hoàng Văn Minh, Trần Thị Hoài Thương, Nguyễn Đình Phúc. Về dự có đồng chí Lê Văn Cường, Phó Trưởng Ban Tuyên giáo Tỉnh ủy và Phó Giám đốc Sở Nội vụ Tôn Thất Bảo.
Công trình được triển khai theo Kế hoạch số 33, 34-KH/TĐTN của Ban Thường vụ Tỉnh đoàn, cụ thể hóa Chương trình hành động số 21-CTr/TU ngày 06/01/2014 của Tỉnh ủy về đẩy mạnh cải cách hành chính. Đến nay, 152 xã, phường, thị trấn đều có đội hình thanh niên hỗ trợ; toàn tỉnh duy trì 38 điểm hỗ trợ dịch vụ công trực tuyến đặt tại bưu điện văn hóa xã và nhà văn hóa thôn. Nhờ đó, tỷ lệ hồ sơ nộp trực tuyến ở cấp xã đạt 12,5%, tăng gần gấp đôi so với cuối năm 2013.
Nhiều cách làm hay được chia sẻ tại hội nghị. Đoàn phường Phú Hội lập nhóm trên mạng xã hội để giải đáp thắc mắc về thủ tục cho bà con 24/24 giờ; Đoàn xã Hương Vinh tổ chức "Phiên chợ thủ tục" vào ngày chủ nhật đầu tháng. Chị Phan Thị Mỹ Dung, Bí thư Đoàn phường Phú Hội, cho biết nhóm hiện có hơn 1.100 thành viên.
Tổng kinh phí huy động cho công trình trong 6 tháng là 320 triệu đồng, phần lớn từ các doanh nghiệp viễn thông. Tuy vậy, một số điểm hỗ trợ ở các huyện miền núi A Lưới, Nam Đông còn thiếu máy tính, đường truyền chậm.
Phát biểu tại hội nghị, đồng chí Lê Văn Cường đề nghị Tỉnh đoàn tiếp tục phối hợp với Sở Nội vụ, Sở Thông tin và Truyền thông đào tạo kỹ năng cho đoàn viên, hướng tới mục tiêu 6 tháng cuối năm có thêm 20 điểm hỗ trợ. Đồng chí Tôn Thất Bảo cam kết Sở sẽ cung cấp danh mục thủ tục mức độ 3 để các đội hình hướng dẫn thống nhất.
Nhiều ý kiến cũng thẳng thắn chỉ ra hạn chế: một bộ phận đoàn viên chưa nắm chắc quy trình, còn hướng dẫn theo kinh nghiệm cá nhân; việc phối hợp giữa cơ sở Đoàn với công chức một cửa ở một số nơi chưa chặt chẽ, có lúc đội hình đến trực nhưng không có người dân.
Dịp này, Tỉnh đoàn tặng bằng khen cho 8 tập thể và 14 cá nhân có thành tích tiêu biểu.
Hoài An
Tin cùng chuyên mục
- Tỉnh đoàn ra quân Chiến dịch Thanh niên tình nguyện hè 2014 (01/07/2014)
- Tuyên dương 50 thanh niên tiên tiến làm theo lời Bác (19/05/2014)
- Hội thảo "Thanh niên với chính quyền điện tử" (10/04/2014)
""", "2014-07-18", "Hơn 9.000 lượt người dân được đoàn viên hướng dẫn nộp hồ sơ qua mạng",
E("so_ket", "2014-H1", "2014-07-17"),
[P("Hoàng Văn Minh", "Phó Bí thư Tỉnh đoàn"),
 P("Trần Thị Hoài Thương", "Phó Bí thư Tỉnh đoàn"),
 P("Nguyễn Đình Phúc", "Phó Bí thư Tỉnh đoàn"),
 P("Lê Văn Cường", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Tôn Thất Bảo", "Phó Giám đốc Sở Nội vụ"),
 P("Phan Thị Mỹ Dung", "Bí thư Đoàn phường Phú Hội")],
[Q("Hơn 9.000 lượt người dân", 9000, "lượt người dân", "over"),
 Q("152 xã, phường, thị trấn", 152, "xã, phường, thị trấn"), Q("38 điểm hỗ trợ dịch vụ công trực tuyến", 38, "điểm hỗ trợ dịch vụ công trực tuyến"),
 Q("12,5%", 12.5, "%"), Q("hơn 1.100 thành viên", 1100, "thành viên", "over"), Q("320 triệu đồng", 320000000, "đồng"),
 Q("20 điểm hỗ trợ", 20, "điểm hỗ trợ"), Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân có thành tích tiêu biểu", 14, "cá nhân")],
[D("Kế hoạch", "33", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 33, 34-KH/TĐTN"),
 D("Kế hoạch", "34", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 33, 34-KH/TĐTN"),
 D("Chương trình hành động", "21", "CTr/TU", "2014-01-06", "Tỉnh ủy", "Chương trình hành động số 21-CTr/TU ngày 06/01/2014")],
[prov("Thừa Thiên Huế"), com("Phú Hội"), com("Hương Vinh")],
["TỈNH ĐOÀN THỪA THIÊN HUẾ", "Trang chủ | Hoạt động Đoàn | Tin tức", "Quang cảnh buổi sơ kết. Ảnh: Bảo Ngọc",
 "Tuổi trẻ chung tay xây dựng chính quyền điện tử", "Phiên chợ thủ tục"],
["Ngày đăng 18/07/2014 | 14:20", "6 tháng đầu năm 2014", "6 tháng", "24/24 giờ", "mức độ 3", "6 tháng cuối năm"]))

PAGES.append(page("b8409-soctrang-tinhdoan-hoinghi-khmer-2015", """
Cổng thông tin điện tử Tỉnh đoàn Sóc Trăng
Tin tức - Sự kiện :: Phong trào thanh niên
29-10-2015 09:40
Tình nguyện viên song ngữ hỗ trợ thủ tục hành chính cho đồng bào Khmer
Sáng 28/10/2015, tại Hội trường chùa Som Rông (phường 5, thành phố Sóc Trăng), Tỉnh đoàn Sóc Trăng phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị triển khai mô hình "Thanh niên hỗ trợ thủ tục hành chính song ngữ Việt - Khmer" năm 2015.
Đại đức Lý Sô Phal, trụ trì chùa Som Rông, phát biểu tại hội nghị. Ảnh: Kim Ngân
Dự hội nghị có đồng chí Thạch Sô Phanh, TUV, Trưởng Ban Dân tộc tỉnh; Đại đức Lý Sô Phal, trụ trì chùa Som Rông; các đồng chí Kim Văn Dương, Triệu Thị Mỹ Linh - Phó Bí thư Tỉnh đoàn cùng hơn 150 đoàn viên, thanh niên, sư sãi trong tỉnh.
Mô hình được triển khai theo Quyết định số 1245/QĐ-UBND ngày 02/6/2015 của UBND tỉnh về kế hoạch cải cách hành chính giai đoạn 2015 - 2016 và Kế hoạch số 64-KH/TĐTN ngày 15/9/2015 của Tỉnh đoàn. Theo đó, 60 tình nguyện viên biết tiếng Khmer sẽ được bố trí tại bộ phận một cửa của 11 huyện, thị xã, thành phố và tại 24 chùa Phật giáo Nam tông Khmer có đông đồng bào đến sinh hoạt. Tình nguyện viên giúp bà con đọc, hiểu và điền các mẫu đơn, đồng thời giới thiệu cách tra cứu hồ sơ trên Cổng thông tin điện tử tỉnh.
Theo đồng chí Thạch Sô Phanh, đồng bào Khmer chiếm khoảng 31% dân số toàn tỉnh, trong đó nhiều người lớn tuổi chỉ đọc được chữ Khmer. "Có người giải thích bằng tiếng mẹ đẻ, bà con bớt ngại đến cơ quan nhà nước", đồng chí nói.
Chị Lâm Thị Sa Ri, Bí thư Đoàn xã Viên An, cho biết thời gian làm thử tại xã, nhóm 5 bạn trẻ đã giúp 137 hộ đồng bào Khmer hoàn thiện hồ sơ cấp đổi giấy chứng nhận quyền sử dụng đất. Anh Sơn Ngọc Thạnh, Phó Bí thư Huyện đoàn Trần Đề, kiến nghị hỗ trợ chi phí đi lại cho tình nguyện viên ở các ấp xa.
Hội nghị đã trao 1.500 tờ rơi song ngữ hướng dẫn thủ tục đăng ký khai sinh, kết hôn và chứng thực; mỗi tình nguyện viên được hỗ trợ 300.000 đồng/tháng. Đại đức Lý Sô Phal bày tỏ nhà chùa sẵn sàng dành phòng học Pali vào buổi chiều để các bạn trẻ làm điểm hướng dẫn.
Nhiều đại biểu cho rằng mô hình cần được duy trì lâu dài chứ không chỉ trong dịp hè, đồng thời đề nghị các ngành chức năng sớm dịch các mẫu đơn thông dụng sang tiếng Khmer để đồng bào tự đọc, tự điền khi không có tình nguyện viên bên cạnh.
Chị Danh Thị Bô Pha, sinh viên Trường Cao đẳng Cộng đồng Sóc Trăng, tình nguyện viên của mô hình, chia sẻ: "Em học tiếng Khmer từ nhỏ ở chùa, nay dùng để giúp bà con trong phum sóc thì rất vui".
Kim Ngân
Tin liên quan
- Hội thi "Nét đẹp thiếu nữ Khmer" lần thứ IV (12/10/2015)
- Trao 200 phần quà cho học sinh Khmer nghèo (25/09/2015)
- Đoàn khối các cơ quan tỉnh ra quân tình nguyện (10/09/2015)
""", "2015-10-29", "Tình nguyện viên song ngữ hỗ trợ thủ tục hành chính cho đồng bào Khmer",
E("hoi_nghi", "2015", "2015-10-28"),
[P("Lý Sô Phal", "Đại đức", "trụ trì chùa Som Rông"),
 P("Thạch Sô Phanh", "TUV", "Trưởng Ban Dân tộc tỉnh"),
 P("Kim Văn Dương", "Phó Bí thư Tỉnh đoàn"),
 P("Triệu Thị Mỹ Linh", "Phó Bí thư Tỉnh đoàn"),
 P("Lâm Thị Sa Ri", "Bí thư Đoàn xã Viên An"),
 P("Sơn Ngọc Thạnh", "Phó Bí thư Huyện đoàn Trần Đề"),
 P("Danh Thị Bô Pha", "sinh viên Trường Cao đẳng Cộng đồng Sóc Trăng", "tình nguyện viên của mô hình")],
[Q("hơn 150 đoàn viên, thanh niên, sư sãi", 150, "đoàn viên, thanh niên, sư sãi", "over"),
 Q("60 tình nguyện viên biết tiếng Khmer", 60, "tình nguyện viên"), Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"),
 Q("24 chùa Phật giáo Nam tông Khmer", 24, "chùa Phật giáo Nam tông Khmer"), Q("khoảng 31%", 31, "%", "approx"),
 Q("5 bạn trẻ", 5, "bạn trẻ"), Q("137 hộ đồng bào Khmer", 137, "hộ đồng bào Khmer"),
 Q("1.500 tờ rơi song ngữ", 1500, "tờ rơi song ngữ"), Q("300.000 đồng/tháng", 300000, "đồng")],
[D("Quyết định", "1245", "QĐ-UBND", "2015-06-02", "UBND tỉnh", "Quyết định số 1245/QĐ-UBND ngày 02/6/2015"),
 D("Kế hoạch", "64", "KH/TĐTN", "2015-09-15", "Tỉnh đoàn", "Kế hoạch số 64-KH/TĐTN ngày 15/9/2015")],
[prov("Sóc Trăng"), com("phường 5"), com("Viên An")],
["Cổng thông tin điện tử Tỉnh đoàn Sóc Trăng", "Tin tức - Sự kiện :: Phong trào thanh niên",
 "Đại đức Lý Sô Phal, trụ trì chùa Som Rông, phát biểu tại hội nghị. Ảnh: Kim Ngân",
 "Thanh niên hỗ trợ thủ tục hành chính song ngữ Việt - Khmer", "Cổng thông tin điện tử tỉnh"],
["29-10-2015 09:40", "năm 2015", "giai đoạn 2015 - 2016"]))

PAGES.append(page("b8410-gialai-tinhdoan-giaoban-q3-2016", """
TỈNH ĐOÀN GIA LAI
Trang chủ › Tin hoạt động › Công tác Đoàn
Thứ Sáu, 30/09/2016
Đồng chí Ksor H'Yin phát biểu chỉ đạo tại hội nghị.
Đưa thủ tục hành chính đến gần thanh niên vùng đồng bào
Ngày 29/9, Ban Thường vụ Tỉnh đoàn Gia Lai tổ chức giao ban công tác Đoàn và phong trào thanh thiếu nhi quý III năm 2016 theo hình thức trực tuyến tại 9 điểm cầu. Đồng chí Ksor H'Yin, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội Liên hiệp thanh niên Việt Nam tỉnh chủ trì hội nghị.
Nội dung nổi bật của quý là việc triển khai Hướng dẫn 07, 08-HD/TĐTN của Ban Thường vụ Tỉnh đoàn về thành lập "Tổ thanh niên hỗ trợ thủ tục hành chính" ở các xã có đông đồng bào Jrai, Bahnar. Các cơ sở Đoàn đã thành lập 46 tổ tại 46 buôn, làng; hướng dẫn khoảng 1.800 lượt người dân làm thủ tục hộ tịch, cấp thẻ bảo hiểm y tế và vay vốn chính sách. Hoạt động này góp phần thực hiện Nghị quyết số 37a/NQ-CP ngày 14/10/2015 của Chính phủ về Chính phủ điện tử ở vùng khó khăn.
Điểm cầu huyện Chư Păh tham gia giao ban. Ảnh: Hà Duy
Tại điểm cầu huyện Chư Păh, đồng chí Rơ Mah Tuấn, HUV, Bí thư Huyện đoàn Chư Păh cho biết huyện đã tổ chức 214 lượt thanh niên xuống làng trong quý, mỗi buổi làm việc đều có đoàn viên người Jrai phiên dịch. Đồng chí Siu Đoan, Bí thư Đoàn xã Ia Ka, nêu khó khăn: nhiều làng chưa có sóng điện thoại ổn định, bà con phải đi xa để làm thủ tục.
Đồng chí A Thiêm, Phó Bí thư Huyện đoàn Kbang, chia sẻ cách làm "mang thủ tục lên nhà rông": mỗi tháng một lần, tổ thanh niên phối hợp cán bộ tư pháp xã về nhà rông làng tiếp nhận hồ sơ. Theo đồng chí, trong quý III, 3 xã của huyện đã tiếp nhận được 265 hồ sơ theo cách này.
Kết luận hội nghị, đồng chí Ksor H'Yin đề nghị 17 huyện, thị xã, thành phố khẩn trương rà soát, kiện toàn tổ hỗ trợ trước ngày 15/10; phấn đấu đến cuối năm 100% xã có đồng bào dân tộc thiểu số có tổ thanh niên hỗ trợ thủ tục hành chính. Đồng chí cũng lưu ý việc báo cáo số liệu quý IV phải gửi đúng hạn, tránh chậm trễ như quý vừa qua.
Nhiều điểm cầu cũng phản ánh tình trạng thanh niên đi làm ăn xa theo mùa vụ cà phê, khiến các tổ hỗ trợ thường xuyên bị thiếu người; có nơi tổ chỉ còn hoạt động trên giấy. Tỉnh đoàn đề nghị các huyện đoàn bổ sung thành viên là giáo viên, bộ đội biên phòng trẻ đang công tác tại địa bàn.
Cùng ngày, đồng chí Đinh Thị Hiền, Trưởng Ban Tổ chức - Kiểm tra Tỉnh đoàn thông tin về kế hoạch tổ chức Đại hội Hội Liên hiệp thanh niên Việt Nam tỉnh lần thứ VI.
Hà Duy
Xem thêm
- Tuyên dương 40 thanh niên dân tộc thiểu số tiêu biểu (20/09/2016)
- Ia Grai: thành lập câu lạc bộ thanh niên tin học (05/09/2016)
- Ra mắt đội hình thanh niên tình nguyện vì cộng đồng (22/08/2016)
- Tỉnh đoàn giao ban quý II năm 2016 (30/06/2016)
""", "2016-09-30", "Đưa thủ tục hành chính đến gần thanh niên vùng đồng bào",
E("giao_ban", "2016-Q3", "2016-09-29"),
[P("Ksor H'Yin", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội Liên hiệp thanh niên Việt Nam tỉnh"),
 P("Rơ Mah Tuấn", "HUV", "Bí thư Huyện đoàn Chư Păh"),
 P("Siu Đoan", "Bí thư Đoàn xã Ia Ka"),
 P("A Thiêm", "Phó Bí thư Huyện đoàn Kbang"),
 P("Đinh Thị Hiền", "Trưởng Ban Tổ chức - Kiểm tra Tỉnh đoàn")],
[Q("9 điểm cầu", 9, "điểm cầu"), Q("46 tổ", 46, "tổ"), Q("46 buôn, làng", 46, "buôn, làng"),
 Q("khoảng 1.800 lượt người dân", 1800, "lượt người dân", "approx"), Q("214 lượt thanh niên", 214, "lượt thanh niên"),
 Q("3 xã", 3, "xã"), Q("265 hồ sơ", 265, "hồ sơ"), Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
 Q("100%", 100, "%")],
[D("Hướng dẫn", "07", "HD/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Hướng dẫn 07, 08-HD/TĐTN"),
 D("Hướng dẫn", "08", "HD/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Hướng dẫn 07, 08-HD/TĐTN"),
 D("Nghị quyết", "37a", "NQ-CP", "2015-10-14", "Chính phủ", "Nghị quyết số 37a/NQ-CP ngày 14/10/2015")],
[prov("Gia Lai"), com("Ia Ka")],
["TỈNH ĐOÀN GIA LAI", "Trang chủ › Tin hoạt động › Công tác Đoàn", "Đồng chí Ksor H'Yin phát biểu chỉ đạo tại hội nghị.",
 "Điểm cầu huyện Chư Păh tham gia giao ban. Ảnh: Hà Duy", "Tổ thanh niên hỗ trợ thủ tục hành chính", "mang thủ tục lên nhà rông"],
["Thứ Sáu, 30/09/2016", "quý III năm 2016", "quý IV", "lần thứ VI", "ngày 15/10"]))
