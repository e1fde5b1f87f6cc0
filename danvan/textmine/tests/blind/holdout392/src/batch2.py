from lib import *
PAGES = []

PAGES.append(page("b9371-hatinh-ungcuvien-tiepxuccutri-2016", """
Báo Hà Tĩnh
Hôm nay: Thứ Năm, 28/04/2016
Chính trị › Bầu cử ĐBQH và HĐND các cấp
Thứ Ba, 26/04/2016 | 15:20
Ứng cử viên ĐBQH khóa XIV tiếp xúc cử tri Hương Khê
(Baohatinh.vn) - Ngày 25/4, tại xã Phúc Trạch, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Ủy ban MTTQ huyện Hương Khê tổ chức hội nghị tiếp xúc cử tri để 5 người ứng cử đại biểu Quốc hội khóa XIV ở đơn vị bầu cử số 2 vận động bầu cử. Hơn 400 cử tri của các xã Phúc Trạch, Hương Liên, Hương Long dự hội nghị.
Ảnh: Cử tri xã Phúc Trạch dự hội nghị.
Chủ trì hội nghị có đồng chí Võ Hồng Hải, Phó Chủ tịch Ủy ban MTTQ tỉnh, và đồng chí Lê Khắc Toàn, Bí thư Huyện ủy Hương Khê. Các ứng cử viên đã trình bày chương trình hành động, trong đó bà Nguyễn Thị Lan Anh, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, cam kết quan tâm chính sách đào tạo nghề cho lao động nông thôn; Đại tá Trần Đình Quý, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh, nêu chương trình về quốc phòng toàn dân ở vùng biên giới.
Tiếp đó, 23 ý kiến của cử tri gửi gắm tới những người ứng cử. Cử tri Phan Đình Trạc (xã Hương Long) đề nghị sớm nâng cấp đường tỉnh 553 đoạn qua địa bàn xã, dài khoảng 12 km, đã xuống cấp nghiêm trọng sau lũ năm 2013. Cử tri Hồ Thị Tuyết, người dân tộc Chứt ở bản Rào Tre, xã Hương Liên, mong muốn Nhà nước tiếp tục hỗ trợ 32 hộ đồng bào Chứt về con giống, nước sạch và học bổng cho con em. Cử tri Đặng Văn Thiệu, Chủ nhiệm Hợp tác xã bưởi Phúc Trạch, kiến nghị hỗ trợ xây dựng thương hiệu cho hơn 1.500 ha bưởi đặc sản của huyện.
Đại diện các cơ quan chức năng đã trả lời trực tiếp 8 ý kiến thuộc thẩm quyền của tỉnh, huyện. Ông Lê Khắc Toàn cho biết năm 2016 huyện dành 3,5 tỷ đồng hỗ trợ phát triển vùng bưởi; các kiến nghị còn lại được Ủy ban MTTQ tỉnh tổng hợp, gửi Hội đồng bầu cử tỉnh và các cơ quan có thẩm quyền.
Phát biểu tại hội nghị, đồng chí Võ Hồng Hải đề nghị cử tri nghiên cứu kỹ tiểu sử, chương trình hành động của từng người ứng cử để lựa chọn; thực hiện đúng Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13 và Nghị quyết số 1135/NQ-UBTVQH13 của Ủy ban Thường vụ Quốc hội về dự kiến số lượng, cơ cấu, thành phần người được giới thiệu ứng cử; tham gia bầu cử đầy đủ vào ngày 22/5/2016. Các cấp ủy thực hiện Kế hoạch số 48-KH/TU của Ban Thường vụ Tỉnh ủy về lãnh đạo cuộc bầu cử, tổ chức tốt các hội nghị tiếp xúc cử tri ở 12 xã còn lại của huyện trước ngày 10/5.
Trung Đức
Tin liên quan
- Hội đồng bầu cử tỉnh kiểm tra công tác chuẩn bị bầu cử tại Vũ Quang (22/04/2016)
- Người ứng cử ĐBQH tiếp xúc cử tri Hương Sơn (21/04/2016)
- Công bố danh sách 13 người ứng cử ĐBQH khóa XIV (18/04/2016)
""", "2016-04-26", "Ứng cử viên ĐBQH khóa XIV tiếp xúc cử tri Hương Khê",
E("hoi_nghi", None, "2016-04-25"),
[P("Võ Hồng Hải", "Phó Chủ tịch Ủy ban MTTQ tỉnh"), P("Lê Khắc Toàn", "Bí thư Huyện ủy Hương Khê"),
 P("Nguyễn Thị Lan Anh", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Trần Đình Quý", "Đại tá", "Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
 P("Phan Đình Trạc"), P("Hồ Thị Tuyết"), P("Đặng Văn Thiệu", "Chủ nhiệm Hợp tác xã bưởi Phúc Trạch")],
[Q("5 người ứng cử", 5, "người ứng cử"), Q("Hơn 400 cử tri", 400, "cử tri", "over"), Q("23 ý kiến", 23, "ý kiến"),
 Q("khoảng 12 km", 12, "km", "approx"), Q("32 hộ đồng bào Chứt", 32, "hộ đồng bào Chứt"), Q("hơn 1.500 ha", 1500, "ha", "over"),
 Q("8 ý kiến", 8, "ý kiến"), Q("3,5 tỷ đồng", 3500000000, "đồng"), Q("12 xã", 12, "xã")],
[D("Luật", "85", "2015/QH13", None, None, "số 85/2015/QH13"),
 D("Nghị quyết", "1135", "NQ-UBTVQH13", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1135/NQ-UBTVQH13"),
 D("Kế hoạch", "48", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 48-KH/TU")],
[prov("Hà Tĩnh"), com("Phúc Trạch"), com("Hương Liên"), com("Hương Long")],
["Báo Hà Tĩnh", "Chính trị › Bầu cử ĐBQH và HĐND các cấp", "(Baohatinh.vn)", "Ảnh: Cử tri xã Phúc Trạch dự hội nghị.",
 "Hội đồng bầu cử tỉnh"],
["Hôm nay: Thứ Năm, 28/04/2016", "Thứ Ba, 26/04/2016 | 15:20", "khóa XIV", "đơn vị bầu cử số 2", "đường tỉnh 553", "năm 2013", "năm 2016"]))

PAGES.append(page("b9372-daklak-krongbong-doithoai-2017", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK - Trang thông tin điện tử
Vị trí: Trang chủ › Dân vận chính quyền
Cập nhật: 14:32 | 24/03/2017
Krông Bông: Lắng nghe để gỡ vướng cho đồng bào
Ngày 22/3, tại xã Cư Pui, UBND huyện Krông Bông tổ chức hội nghị đối thoại giữa Chủ tịch UBND huyện với nhân dân năm 2017. Đồng chí Y Bhim Niê, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì; dự có đồng chí H'Yim Kđoh, Phó Trưởng Ban Dân vận Tỉnh ủy, cùng khoảng 350 người dân đến từ 3 xã Cư Pui, Hòa Phong, Yang Mao.
Các đồng chí Phó Chủ tịch UBND huyện: Nguyễn Văn Dũng, Y Jon Mlô cùng lãnh đạo các phòng, ban trực tiếp giải đáp thắc mắc của người dân.
Tại hội nghị, 24 ý kiến tập trung vào đất sản xuất, điện lưới và tình trạng di cư tự do. Ông Y Khuê Mlô, người có uy tín buôn Khanh, xã Cư Pui, phản ánh nhiều diện tích rẫy cũ của đồng bào Êđê nằm trong lâm phần của Ban Quản lý rừng phòng hộ, đề nghị rà soát giao lại cho dân. Bà H'Bling Niê, buôn Đăk Tuôr, đề nghị kéo điện về 2 buôn còn chưa có điện lưới quốc gia. Ông Vàng Seo Pháng, Trưởng thôn Ea Lang, cho biết thôn có 87 hộ di cư tự do người Mông từ Hà Giang, Cao Bằng vào lập nghiệp, nhiều hộ chưa đăng ký thường trú nên con em khó đi học.
Trả lời ý kiến, đồng chí Y Bhim Niê cho biết: năm 2017 huyện đề xuất tỉnh thu hồi khoảng 520 ha đất lâm nghiệp để giao cho các hộ thiếu đất theo Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ; các hộ di cư tự do đủ điều kiện sẽ được bố trí ổn định theo Quyết định số 33/2013/QĐ-TTg với mức hỗ trợ làm nhà 15 triệu đồng/hộ. Về điện lưới, ngành điện đang thi công đường dây dài 9,4 km, dự kiến đóng điện trước tháng 9.
Đồng chí Lương Văn Thắng, Bí thư Đảng ủy xã Cư Pui, đề nghị các phòng, ban thực hiện đúng Chỉ thị 05, 06-CT/HU của Ban Thường vụ Huyện ủy về người đứng đầu tiếp dân và về vận động đồng bào không phá rừng làm rẫy.
Theo thống kê của huyện Krông Bông, tỉnh Đắk Lắk, năm 2016 các cơ quan của huyện đã tiếp 215 lượt công dân, nhận 96 đơn thư, đã giải quyết 89 đơn. Sau hội nghị đối thoại năm 2016, 17 kiến nghị của người dân đã được giải quyết dứt điểm, trong đó có việc cấp giấy chứng nhận quyền sử dụng đất cho 134 hộ đồng bào Êđê ở xã Yang Mao.
Phát biểu tại hội nghị, đồng chí H'Yim Kđoh ghi nhận cách làm của huyện khi mời cả người có uy tín, già làng và chức sắc tôn giáo tham gia đối thoại; đề nghị UBND huyện công khai kết quả giải quyết 24 ý kiến tại nhà văn hóa các buôn trong 30 ngày, vì "dân có hiểu thì dân mới làm theo".
Y Ngân
Tin liên quan
- Ea Súp: 70 hộ di cư tự do được hỗ trợ ổn định cuộc sống (15/03/2017)
- Lắk: hiệu quả mô hình "Buôn không có đơn thư vượt cấp" (08/03/2017)
- Hội nghị giao ban khối dân vận quý I/2017 (02/03/2017)
""", "2017-03-24", "Krông Bông: Lắng nghe để gỡ vướng cho đồng bào",
E("doi_thoai", "2017", "2017-03-22"),
[P("Y Bhim Niê", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"), P("H'Yim Kđoh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Dũng", "Phó Chủ tịch UBND huyện"), P("Y Jon Mlô", "Phó Chủ tịch UBND huyện"),
 P("Y Khuê Mlô", "người có uy tín buôn Khanh"), P("H'Bling Niê"), P("Vàng Seo Pháng", "Trưởng thôn Ea Lang"),
 P("Lương Văn Thắng", "Bí thư Đảng ủy xã Cư Pui")],
[Q("khoảng 350 người dân", 350, "người dân", "approx"), Q("3 xã", 3, "xã"), Q("24 ý kiến", 24, "ý kiến"),
 Q("2 buôn", 2, "buôn"), Q("87 hộ di cư tự do", 87, "hộ di cư tự do"), Q("khoảng 520 ha", 520, "ha", "approx"),
 Q("15 triệu đồng/hộ", 15000000, "đồng"), Q("9,4 km", 9.4, "km"),
 Q("215 lượt công dân", 215, "lượt công dân"), Q("96 đơn thư", 96, "đơn thư"), Q("89 đơn", 89, "đơn"),
 Q("17 kiến nghị", 17, "kiến nghị"), Q("134 hộ đồng bào Êđê", 134, "hộ đồng bào Êđê")],
[D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg ngày 31/10/2016"),
 D("Quyết định", "33", "2013/QĐ-TTg", None, None, "Quyết định số 33/2013/QĐ-TTg"),
 D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05, 06-CT/HU"),
 D("Chỉ thị", "06", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05, 06-CT/HU")],
[prov("Đắk Lắk"), com("Cư Pui"), com("Hòa Phong"), com("Yang Mao")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK - Trang thông tin điện tử", "Vị trí: Trang chủ › Dân vận chính quyền",
 "Ban Quản lý rừng phòng hộ", "dân có hiểu thì dân mới làm theo"],
["Cập nhật: 14:32 | 24/03/2017", "năm 2017", "tháng 9", "30 ngày", "năm 2016"]))

PAGES.append(page("b9373-bentre-taphuan-tiepcongdan-2017", """
BÁO ĐỒNG KHỞI ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bến Tre
Trang chủ | Chính trị | Xây dựng Đảng
13/10/2017 10:12
Học viên thảo luận tình huống tại lớp tập huấn.
Tập huấn kỹ năng tiếp công dân, xử lý đơn thư cho cán bộ cơ sở
(ĐK) - Trong 2 ngày 11 và 12/10, Ban Dân vận Tỉnh ủy phối hợp với Thanh tra tỉnh mở lớp tập huấn nghiệp vụ tiếp công dân, đối thoại với nhân dân năm 2017 cho 164 học viên là cán bộ dân vận, công chức tư pháp, địa chính của 157 xã, phường, thị trấn trong tỉnh Bến Tre.
Đồng chí Phan Thị Mỹ Dung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy phát biểu khai giảng. Theo đồng chí, 9 tháng năm 2017, các cơ quan trong tỉnh đã tiếp 2.870 lượt công dân, nhận 1.315 đơn thư; khoảng 70% vụ việc phát sinh từ cơ sở nhưng cán bộ xã còn lúng túng khi tiếp dân, có nơi để người dân đi lại nhiều lần.
Giảng viên lớp tập huấn gồm các đồng chí Phó Chánh Thanh tra tỉnh: Lê Văn Tánh, Huỳnh Thị Bích Thủy; ThS. Phan Minh Trí, giảng viên Trường Chính trị tỉnh. Học viên được nghiên cứu 4 chuyên đề: những điểm mới của Luật Tiếp công dân năm 2013; quy trình tiếp công dân theo Thông tư số 06/2014/TT-TTCP ngày 31/10/2014 của Thanh tra Chính phủ; kỹ năng đối thoại, vận động quần chúng theo tinh thần Kết luận số 114-KL/TW của Ban Bí thư; xử lý tình huống khi có đoàn đông người.
Lớp học dành nhiều thời gian thảo luận 12 tình huống thực tế, như vụ tranh chấp ranh đất giữa 2 hộ ở xã Thạnh Phú Đông, việc bồi thường cho 46 hộ trong dự án đê bao ở xã An Thạnh. Ông Nguyễn Văn Đực, công chức tư pháp - hộ tịch xã An Thạnh, cho biết: "Có vụ người dân đến 5 lần mà xã chưa trả lời, vì chúng tôi không biết vụ việc thuộc thẩm quyền của ai. Lớp học giúp tôi phân loại đơn đúng và hướng dẫn dân đến đúng nơi".
Theo ông Lê Văn Tánh, năm 2016 Thanh tra tỉnh đã kiểm tra trách nhiệm thực hiện Luật Tiếp công dân tại 18 xã, phát hiện 7 xã chưa bố trí địa điểm tiếp dân riêng, 11 xã không có sổ theo dõi đầy đủ. Một số vụ việc đơn giản như tranh chấp lối đi, cây trồng lấn ranh lại kéo dài hơn 1 năm, khiến người dân gửi đơn lên huyện, lên tỉnh. Vì vậy, lớp tập huấn chú trọng kỹ năng lắng nghe, giải thích chính sách bằng lời lẽ dễ hiểu và ghi biên bản đối thoại đúng mẫu.
Bế mạc lớp học, đồng chí Trần Thanh Sử, Phó Trưởng Ban Dân vận Tỉnh ủy, yêu cầu học viên vận dụng ngay vào thực tiễn; các huyện, thành ủy triển khai Kế hoạch số 37-KH/BDVTU của Ban Dân vận Tỉnh ủy, tổ chức tập huấn lại cho tổ hòa giải ở ấp, khu phố trước ngày 30/11. Kết quả kiểm tra cuối khóa, 96% học viên đạt yêu cầu.
Hải Nguyên
Lượt xem: 417
Tin liên quan
- Chợ Lách: nhân rộng mô hình "Dân vận khéo" trong giải quyết đơn thư (05/10/2017)
- Bến Tre có 225 mô hình dân vận khéo (28/09/2017)
- Giồng Trôm đối thoại với nông dân trồng dừa (20/09/2017)
""", "2017-10-13", "Tập huấn kỹ năng tiếp công dân, xử lý đơn thư cho cán bộ cơ sở",
E("tap_huan", "2017", "2017-10-11"),
[P("Phan Thị Mỹ Dung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Tánh", "Phó Chánh Thanh tra tỉnh"), P("Huỳnh Thị Bích Thủy", "Phó Chánh Thanh tra tỉnh"),
 P("Phan Minh Trí", "ThS.", "giảng viên Trường Chính trị tỉnh"),
 P("Nguyễn Văn Đực", "công chức tư pháp - hộ tịch xã An Thạnh"),
 P("Trần Thanh Sử", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("164 học viên", 164, "học viên"), Q("157 xã, phường, thị trấn", 157, "xã, phường, thị trấn"),
 Q("2.870 lượt công dân", 2870, "lượt công dân"), Q("1.315 đơn thư", 1315, "đơn thư"), Q("khoảng 70%", 70, "%", "approx"),
 Q("4 chuyên đề", 4, "chuyên đề"), Q("12 tình huống", 12, "tình huống"), Q("2 hộ", 2, "hộ"), Q("46 hộ", 46, "hộ"),
 Q("96%", 96, "%"), Q("18 xã", 18, "xã"), Q("7 xã", 7, "xã"), Q("11 xã", 11, "xã")],
[D("Thông tư", "06", "2014/TT-TTCP", "2014-10-31", "Thanh tra Chính phủ", "Thông tư số 06/2014/TT-TTCP ngày 31/10/2014"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW"),
 D("Kế hoạch", "37", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 37-KH/BDVTU")],
[prov("Bến Tre"), com("Thạnh Phú Đông"), com("An Thạnh")],
["BÁO ĐỒNG KHỞI ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bến Tre", "Trang chủ | Chính trị | Xây dựng Đảng",
 "Học viên thảo luận tình huống tại lớp tập huấn.", "(ĐK)", "Luật Tiếp công dân năm 2013", "Lượt xem: 417"],
["13/10/2017 10:12", "2 ngày", "9 tháng năm 2017", "5 lần", "Lượt xem: 417", "năm 2016", "hơn 1 năm"]))

PAGES.append(page("b9374-dienbien-hdnd-giamsat-kiennghi-2018", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Thời sự - Chính trị ›› Hoạt động dân cử
Thứ Sáu, 06/07/2018 - 08:42
Thường trực HĐND tỉnh giám sát giải quyết kiến nghị cử tri
(ĐBP) - Ngày 4/7, Thường trực HĐND tỉnh Điện Biên tổ chức phiên giám sát kết quả giải quyết kiến nghị cử tri 6 tháng đầu năm 2018. Đồng chí Lường Văn Phới, Phó Chủ tịch HĐND tỉnh chủ trì; dự có đại diện Ủy ban MTTQ tỉnh, các ban HĐND tỉnh và lãnh đạo 11 sở, ngành.
Đồng chí Lường Văn Phới kết luận phiên giám sát.
Theo báo cáo của UBND tỉnh, sau kỳ họp thứ 6, HĐND tỉnh khóa XIV, các cơ quan đã nhận 126 kiến nghị của cử tri gửi tới; đến nay đã giải quyết xong 98 kiến nghị, đạt 77,8%; 21 kiến nghị đang giải quyết và 7 kiến nghị chưa giải quyết do thiếu vốn. Các kiến nghị tồn đọng chủ yếu liên quan đến đường giao thông, thủy lợi nhỏ và nước sinh hoạt ở các xã vùng cao.
Tại phiên giám sát, bà Giàng Thị Vá, Trưởng Ban Dân tộc HĐND tỉnh, dẫn kiến nghị của cử tri xã Sính Phình, xã Tả Phìn về tuyến đường liên xã dài 27 km đã được hứa đầu tư từ năm 2016 nhưng chưa khởi công. Đại biểu HĐND tỉnh Lò Văn Puôn (Tổ đại biểu huyện Mường Chà) cho rằng có kiến nghị được trả lời "đang nghiên cứu" qua 3 kỳ họp, làm giảm niềm tin của cử tri.
Theo Ban Dân tộc HĐND tỉnh, qua các đợt tiếp xúc cử tri năm 2017, cử tri 10 huyện, thị xã, thành phố đã gửi tổng cộng 312 lượt ý kiến, kiến nghị, nhiều ý kiến lặp lại qua nhiều kỳ họp. Ủy ban MTTQ tỉnh đề nghị phân loại kiến nghị ngay từ cấp xã: việc thuộc thẩm quyền cấp xã phải được trả lời tại chỗ, không chuyển lên tỉnh. Đại diện Sở Tài nguyên và Môi trường cho biết đã cấp giấy chứng nhận quyền sử dụng đất cho 1.260 hộ theo kiến nghị của cử tri.
Giải trình tại phiên giám sát, ông Quàng Văn Bun, Giám đốc Sở Giao thông vận tải, cho biết tuyến đường Sính Phình - Tả Phìn cần khoảng 85 tỷ đồng, đã được đưa vào danh mục vốn trung hạn. Ông Thào A Chía, Phó Chủ tịch UBND huyện Tủa Chùa, thông tin huyện đã bố trí 1,8 tỷ đồng sửa chữa 4 công trình nước sinh hoạt tập trung hỏng do lũ, trong đó có công trình ở xã Mường Phăng do tỉnh hỗ trợ.
Kết luận phiên giám sát, đồng chí Lường Văn Phới đề nghị UBND tỉnh thực hiện đúng Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13 và Nghị quyết số 59, 60/NQ-HĐND của HĐND tỉnh về chương trình giám sát năm 2018; trả lời dứt điểm 28 kiến nghị còn lại trước kỳ họp thứ 8, công khai kết quả trên báo, đài để cử tri theo dõi; kiến nghị nào chưa có vốn phải nói rõ lộ trình với cử tri.
Quang Hưng
Tin liên quan
- Tiếp xúc cử tri trước kỳ họp thứ 7, HĐND tỉnh khóa XIV (28/06/2018)
- Mường Nhé: giải quyết đơn thư liên quan đến đất đai (19/06/2018)
- Ban Dân tộc HĐND tỉnh khảo sát chính sách hỗ trợ đồng bào (07/06/2018)
""", "2018-07-06", "Thường trực HĐND tỉnh giám sát giải quyết kiến nghị cử tri",
E("giam_sat", "2018-H1", "2018-07-04"),
[P("Lường Văn Phới", "Phó Chủ tịch HĐND tỉnh"), P("Giàng Thị Vá", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Lò Văn Puôn", "Đại biểu HĐND tỉnh"),
 P("Quàng Văn Bun", "Giám đốc Sở Giao thông vận tải"), P("Thào A Chía", "Phó Chủ tịch UBND huyện Tủa Chùa")],
[Q("11 sở, ngành", 11, "sở, ngành"), Q("126 kiến nghị", 126, "kiến nghị"), Q("98 kiến nghị", 98, "kiến nghị"),
 Q("77,8%", 77.8, "%"), Q("21 kiến nghị", 21, "kiến nghị"), Q("7 kiến nghị", 7, "kiến nghị"), Q("27 km", 27, "km"),
 Q("khoảng 85 tỷ đồng", 85000000000, "đồng", "approx"), Q("1,8 tỷ đồng", 1800000000, "đồng"),
 Q("4 công trình nước sinh hoạt tập trung", 4, "công trình nước sinh hoạt tập trung"), Q("28 kiến nghị", 28, "kiến nghị"),
 Q("10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố"), Q("312 lượt ý kiến, kiến nghị", 312, "lượt ý kiến, kiến nghị"),
 Q("1.260 hộ", 1260, "hộ")],
[D("Luật", "87", "2015/QH13", None, None, "số 87/2015/QH13"),
 D("Nghị quyết", "59", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 59, 60/NQ-HĐND"),
 D("Nghị quyết", "60", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 59, 60/NQ-HĐND")],
[prov("Điện Biên"), com("Sính Phình"), com("Tả Phìn"), com("Mường Phăng")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Thời sự - Chính trị ›› Hoạt động dân cử", "(ĐBP)",
 "Đồng chí Lường Văn Phới kết luận phiên giám sát.", "đang nghiên cứu"],
["Thứ Sáu, 06/07/2018 - 08:42", "6 tháng đầu năm 2018", "kỳ họp thứ 6", "khóa XIV", "từ năm 2016", "3 kỳ họp", "kỳ họp thứ 8", "năm 2018", "năm 2017"]))

PAGES.append(page("b9375-hanam-bdv-giaoban-quy1-2019", """
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Hà Nam
Trang chủ :: Tin tức - Sự kiện :: Hoạt động của Ban
12.04.2019 | 15:30
Toàn cảnh hội nghị giao ban.
Người đứng đầu phải trực tiếp tiếp dân, đối thoại với dân
Chiều 10/4, Ban Dân vận Tỉnh ủy Hà Nam tổ chức hội nghị giao ban công tác dân vận quý I năm 2019 với ban dân vận 6 huyện, thành ủy và Đảng ủy Khối các cơ quan tỉnh. Đồng chí Đinh Thị Thu Phương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Báo cáo tại hội nghị cho biết, quý I, khối dân vận các cấp đã tham mưu cấp ủy quán triệt Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân. Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch 125, 126-KH/TU về thực hiện Quy định này và về đối thoại định kỳ giữa Bí thư cấp ủy với nhân dân.
Trong quý, bí thư cấp ủy các cấp đã tiếp 412 lượt công dân, chủ trì 28 cuộc đối thoại; toàn tỉnh phát sinh 5 vụ việc đông người, giảm 3 vụ so với cùng kỳ năm 2018. Tại phường Lam Hạ, việc đối thoại công khai với 73 hộ dân vùng dự án đường vành đai đã giúp hoàn thành giải phóng mặt bằng sớm hơn kế hoạch 1 tháng.
Đồng chí Trương Công Dũng, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh, đề nghị lồng ghép việc nắm tình hình nhân dân với hoạt động của 1.050 Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng. Bà Lại Thị Nguyệt, Trưởng Ban Dân vận Huyện ủy Thanh Liêm, cho biết tại xã Thanh Hà, lịch tiếp dân của Bí thư Đảng ủy được niêm yết ở 9 nhà văn hóa thôn và phát trên loa truyền thanh, nên người dân biết để đến phản ánh trực tiếp.
Đồng chí Trần Văn Khánh, Phó Trưởng Ban Dân vận Thành ủy Phủ Lý, kiến nghị Ban Dân vận Tỉnh ủy sớm ban hành mẫu sổ tiếp dân thống nhất; cho biết trong quý I, thành phố đã tổ chức 7 cuộc đối thoại với người dân 3 phường về thu gom rác thải và giá dịch vụ vệ sinh môi trường, tiếp thu 41 ý kiến. Một số đại biểu lo ngại tình trạng lợi dụng mạng xã hội để kích động khiếu kiện, đề nghị nắm tình hình từ sớm, từ cơ sở.
Kết luận hội nghị, đồng chí Đinh Thị Thu Phương đề nghị quý II tập trung hướng dẫn thực hiện Hướng dẫn số 09-HD/BDVTU của Ban Dân vận Tỉnh ủy về quy trình đối thoại ở cơ sở; kiểm tra việc ghi sổ tiếp dân của bí thư cấp ủy tại ít nhất 10 xã, phường; chuẩn bị tổng kết 20 năm thực hiện Chỉ thị 30-CT/TW về xây dựng và thực hiện quy chế dân chủ ở cơ sở.
Minh Thư
Tin liên quan
- Lý Nhân đối thoại với nông dân về dồn điền đổi thửa (04/04/2019)
- Hội nghị giao ban công tác dân vận năm 2018 (28/12/2018)
- Kim Bảng ra mắt mô hình "Tổ dân vận khéo" (20/12/2018)
""", "2019-04-12", "Người đứng đầu phải trực tiếp tiếp dân, đối thoại với dân",
E("giao_ban", "2019-Q1", "2019-04-10"),
[P("Đinh Thị Thu Phương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Công Dũng", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lại Thị Nguyệt", "Trưởng Ban Dân vận Huyện ủy Thanh Liêm"),
 P("Trần Văn Khánh", "Phó Trưởng Ban Dân vận Thành ủy Phủ Lý")],
[Q("6 huyện, thành ủy", 6, "huyện, thành ủy"), Q("412 lượt công dân", 412, "lượt công dân"), Q("28 cuộc đối thoại", 28, "cuộc đối thoại"),
 Q("5 vụ việc đông người", 5, "vụ việc đông người"), Q("3 vụ", 3, "vụ"), Q("73 hộ dân vùng dự án", 73, "hộ dân vùng dự án"),
 Q("1.050 Ban Thanh tra nhân dân", 1050, "Ban Thanh tra nhân dân"), Q("9 nhà văn hóa thôn", 9, "nhà văn hóa thôn"),
 Q("ít nhất 10 xã, phường", 10, "xã, phường", "over"),
 Q("7 cuộc đối thoại", 7, "cuộc đối thoại"), Q("3 phường", 3, "phường"), Q("41 ý kiến", 41, "ý kiến")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "125", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 125, 126-KH/TU"),
 D("Kế hoạch", "126", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 125, 126-KH/TU"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU"),
 D("Chỉ thị", "30", "CT/TW", None, None, "Chỉ thị 30-CT/TW")],
[prov("Hà Nam"), com("Lam Hạ"), com("Thanh Hà")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Hà Nam", "Trang chủ :: Tin tức - Sự kiện :: Hoạt động của Ban",
 "Toàn cảnh hội nghị giao ban.", "Ban Giám sát đầu tư của cộng đồng"],
["12.04.2019 | 15:30", "quý I năm 2019", "năm 2018", "1 tháng", "quý II", "20 năm"]))

PAGES.append(page("b9376-camau-baocao-tiepcongdan-2019", """
BÁO CÀ MAU - Cơ quan của Đảng bộ tỉnh Cà Mau
Hôm nay: Chủ Nhật, 15/12/2019
Thời sự / Nội chính
Thứ Sáu, 13/12/2019
Năm 2019, Cà Mau giải quyết 91,2% đơn thư thuộc thẩm quyền
(CMO) Sáng 11/12, tại kỳ họp thứ 11, HĐND tỉnh khóa IX, đồng chí Châu Văn Thạnh, Chánh Thanh tra tỉnh, thừa ủy quyền UBND tỉnh trình bày báo cáo công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2019.
Theo báo cáo, trong năm, các cơ quan hành chính nhà nước đã tiếp 3.870 lượt công dân với 3.105 vụ việc, trong đó có 6 đoàn đông người; tiếp nhận, xử lý 2.412 đơn. Số vụ việc thuộc thẩm quyền là 486, đã giải quyết 443 vụ việc, đạt 91,2%, tăng 4,3% so với năm 2018. Qua giải quyết, đã kiến nghị trả lại cho 39 hộ gần 1,9 ha đất và 612 triệu đồng.
Chủ tịch UBND tỉnh đã trực tiếp tiếp công dân định kỳ 12 buổi; Phó Chủ tịch UBND tỉnh Trương Hoàng Khải chủ trì đối thoại với 27 hộ dân ở khu du lịch Khai Long, xã Đất Mũi, thống nhất phương án hỗ trợ bổ sung 4,5 tỷ đồng. UBND tỉnh đã ban hành Quyết định số 1849/QĐ-UBND ngày 18/10/2019 về kiện toàn Ban Tiếp công dân tỉnh.
Thảo luận tại tổ, ông Danh Út, đại biểu HĐND tỉnh (tổ huyện Trần Văn Thời), phản ánh cử tri người Khmer ở xã Khánh Bình Tây còn chờ kết quả giải quyết tranh chấp đất sản xuất với lâm trường gần 3 năm. Bà Lý Thị Sa Ni, Phó Trưởng Ban Dân tộc HĐND tỉnh, đề nghị Ban Tiếp công dân tỉnh bố trí người phiên dịch tiếng Khmer khi tiếp dân.
Năm 2019, tỉnh đã giải quyết dứt điểm 5 vụ việc đã tồn đọng nhiều năm theo Kế hoạch số 363/KH-TTCP của Thanh tra Chính phủ, trong đó có vụ việc của 14 hộ dân ở phường Tân Xuyên kéo dài 11 năm. Bà Nguyễn Thị Kim Loan, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, đại biểu HĐND tỉnh, đề nghị đẩy mạnh tiếp công dân trực tuyến, vì nhiều người dân vùng sâu phải đi hơn 100 km mới đến được trụ sở tiếp dân của tỉnh; Thường trực HĐND tỉnh cho biết sẽ đưa 2 nội dung về đất đai và tiếp dân vào phiên chất vấn chiều 12/12.
Báo cáo cũng chỉ ra hạn chế: còn 43 vụ việc chưa giải quyết xong; một số nơi người đứng đầu chưa thực hiện nghiêm Chỉ thị số 35-CT/TW của Bộ Chính trị và Quy định số 11-QĐi/TW về tiếp dân, đối thoại trực tiếp với dân, còn giao cho cấp phó. Năm 2020, UBND tỉnh đặt chỉ tiêu giải quyết trên 85% vụ việc thuộc thẩm quyền, đồng thời thực hiện Kế hoạch số 08, 09/KH-UBND về rà soát vụ việc tồn đọng và về tiếp công dân trực tuyến.
Trần Nguyên
Lượt xem: 1.385
Tin liên quan
- Khai mạc kỳ họp thứ 11, HĐND tỉnh khóa IX (11/12/2019)
- Cử tri Năm Căn kiến nghị về nạo vét kênh, rạch (02/12/2019)
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2019 (28/11/2019)
""", "2019-12-13", "Năm 2019, Cà Mau giải quyết 91,2% đơn thư thuộc thẩm quyền",
E("bao_cao", "2019", "2019-12-11"),
[P("Châu Văn Thạnh", "Chánh Thanh tra tỉnh"), P("Trương Hoàng Khải", "Phó Chủ tịch UBND tỉnh"),
 P("Danh Út", "đại biểu HĐND tỉnh"), P("Lý Thị Sa Ni", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Nguyễn Thị Kim Loan", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", "đại biểu HĐND tỉnh")],
[Q("3.870 lượt công dân", 3870, "lượt công dân"), Q("3.105 vụ việc", 3105, "vụ việc"), Q("6 đoàn đông người", 6, "đoàn đông người"),
 Q("2.412 đơn", 2412, "đơn"), Q("486", 486, "vụ việc"), Q("443 vụ việc", 443, "vụ việc"), Q("91,2%", 91.2, "%"),
 Q("4,3%", 4.3, "%"), Q("39 hộ", 39, "hộ"), Q("gần 1,9 ha", 1.9, "ha", "approx"), Q("612 triệu đồng", 612000000, "đồng"),
 Q("12 buổi", 12, "buổi"), Q("27 hộ dân", 27, "hộ dân"), Q("4,5 tỷ đồng", 4500000000, "đồng"), Q("43 vụ việc", 43, "vụ việc"),
 Q("trên 85%", 85, "%", "over"),
 Q("5 vụ việc", 5, "vụ việc"), Q("14 hộ dân", 14, "hộ dân"), Q("hơn 100 km", 100, "km", "over"), Q("2 nội dung", 2, "nội dung")],
[D("Kế hoạch", "363", "KH-TTCP", None, "Thanh tra Chính phủ", "Kế hoạch số 363/KH-TTCP"),
 D("Quyết định", "1849", "QĐ-UBND", "2019-10-18", "UBND tỉnh", "Quyết định số 1849/QĐ-UBND ngày 18/10/2019"),
 D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 35-CT/TW"),
 D("Quy định", "11", "QĐi/TW", None, None, "Quy định số 11-QĐi/TW"),
 D("Kế hoạch", "08", "KH-UBND", None, None, "Kế hoạch số 08, 09/KH-UBND"),
 D("Kế hoạch", "09", "KH-UBND", None, None, "Kế hoạch số 08, 09/KH-UBND")],
[prov("Cà Mau"), com("Đất Mũi"), com("Khánh Bình Tây"), com("Tân Xuyên")],
["BÁO CÀ MAU - Cơ quan của Đảng bộ tỉnh Cà Mau", "Thời sự / Nội chính", "(CMO)", "Ban Tiếp công dân tỉnh", "Lượt xem: 1.385"],
["Hôm nay: Chủ Nhật, 15/12/2019", "Thứ Sáu, 13/12/2019", "kỳ họp thứ 11", "khóa IX", "năm 2018", "gần 3 năm", "Năm 2020", "Lượt xem: 1.385", "11 năm", "Năm 2019"]))
