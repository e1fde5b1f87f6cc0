from lib import *
PAGES = []

PAGES.append(page("b5159-quangninh-lhhn-giaoban-2014", """
Cổng thông tin điện tử tỉnh Quảng Ninh
You are here: Trang chủ > Tin tức > Đối ngoại
08:15 | 04/04/2014
Ảnh: Quang cảnh buổi giao ban.
Móng Cái, Hải Hà, Bình Liêu giao ban công tác đối ngoại nhân dân
Ngày 02/4/2014, Liên hiệp các tổ chức hữu nghị tỉnh Quảng Ninh tổ chức giao ban công tác đối ngoại nhân dân quý I/2014 với 3 địa phương có đường biên giới với Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) là thành phố Móng Cái, huyện Hải Hà và huyện Bình Liêu. Đồng chí Vũ Thị Thu Hà, Phó Chủ tịch Thường trực Liên hiệp các tổ chức hữu nghị tỉnh chủ trì.
Báo cáo cho thấy, quý I, các địa phương đã tổ chức 9 hoạt động giao lưu nhân dịp Tết Nguyên đán với các thị trấn, hương của thành phố Đông Hưng; đón 4 đoàn với 135 lượt người của phía bạn sang chúc Tết. Trên tuyến biên giới 118,8 km, 2.318 hộ dân tham gia tự quản đường biên, 165 cột mốc. Hội Liên hiệp Phụ nữ các xã biên giới đã vận động, hỗ trợ 14 phụ nữ bị lừa bán sang Trung Quốc trở về hòa nhập cộng đồng.
Thực hiện Chỉ thị số 04-CT/TW ngày 06/7/2011 của Ban Bí thư và Chương trình hành động số 12-CTr/TU ngày 18/10/2011 của Tỉnh ủy, thành phố Móng Cái đã ban hành Kế hoạch 31, 32-KH/ThU của Thành ủy về giao lưu hữu nghị thanh niên và về quản lý cư dân biên giới. Ông Phạm Văn Thắng, Chủ tịch UBND phường Ka Long, cho biết phường đã kết nghĩa với 2 khu dân cư của Đông Hưng; phối hợp xử lý 11 vụ việc liên quan đến người nước ngoài cư trú, lao động trái phép.
Bà Chíu Thị Sáng, Chủ tịch Hội LHPN xã Hoành Mô, người Tày, cho biết xã có 27 cặp vợ chồng kết hôn với người bên kia biên giới, trong đó 19 trường hợp chưa đăng ký kết hôn. Ông Lỷ Văn Sềnh, người có uy tín thôn Pắc Pộc, xã Đồng Văn, đề nghị hỗ trợ kinh phí để bản duy trì lễ hội Soóng cọ giao lưu với người Dao, người Tày bên kia biên giới. Ông Đặng Văn Tằng, HUV, Trưởng Ban Dân vận Huyện ủy Hải Hà, đề nghị Liên hiệp tổ chức bồi dưỡng tiếng Trung cho cán bộ xã.
Kết luận giao ban, đồng chí Vũ Thị Thu Hà yêu cầu quý II/2014 các địa phương bám sát Quyết định số 2158/QĐ-UBND ngày 12/9/2013 của UBND tỉnh về quy chế quản lý đoàn ra, đoàn vào; theo dõi diễn biến tình hình Biển Đông, kịp thời định hướng tư tưởng nhân dân; tăng cường tuyên truyền Nghị định số 18/2004/NĐ-CP của Chính phủ về quản lý cửa khẩu biên giới đất liền.
Cùng dự có các đồng chí Ủy viên Ban Thường vụ Liên hiệp các tổ chức hữu nghị tỉnh: Nguyễn Văn Hồng, Lục Thị Vân và đại diện Bộ Chỉ huy Bộ đội Biên phòng tỉnh.
Thanh Nga
Tin khác
- Quảng Ninh - Quảng Tây hội đàm năm 2014 (25/03/2014)
- Bình Liêu: Ngày hội văn hóa biên giới (15/03/2014)
- Móng Cái đón 12.000 lượt khách dịp Tết Giáp Ngọ (10/02/2014)
""", "2014-04-04", "Móng Cái, Hải Hà, Bình Liêu giao ban công tác đối ngoại nhân dân",
E("giao_ban", "2014-Q1", "2014-04-02"),
[P("Vũ Thị Thu Hà", "Phó Chủ tịch Thường trực Liên hiệp các tổ chức hữu nghị tỉnh"),
 P("Phạm Văn Thắng", "Chủ tịch UBND phường Ka Long"),
 P("Chíu Thị Sáng", "Chủ tịch Hội LHPN xã Hoành Mô"),
 P("Lỷ Văn Sềnh", "người có uy tín thôn Pắc Pộc"),
 P("Đặng Văn Tằng", "HUV", "Trưởng Ban Dân vận Huyện ủy Hải Hà"),
 P("Nguyễn Văn Hồng", "Ủy viên Ban Thường vụ Liên hiệp các tổ chức hữu nghị tỉnh"),
 P("Lục Thị Vân", "Ủy viên Ban Thường vụ Liên hiệp các tổ chức hữu nghị tỉnh")],
[Q("3 địa phương", 3, "địa phương"), Q("9 hoạt động giao lưu", 9, "hoạt động giao lưu"), Q("4 đoàn", 4, "đoàn"), Q("135 lượt người", 135, "lượt người"),
 Q("118,8 km", 118.8, "km"), Q("2.318 hộ dân", 2318, "hộ dân"), Q("165 cột mốc", 165, "cột mốc"), Q("14 phụ nữ", 14, "phụ nữ"),
 Q("2 khu dân cư", 2, "khu dân cư"), Q("11 vụ việc liên quan đến người nước ngoài cư trú, lao động trái phép", 11, "vụ việc liên quan đến người nước ngoài cư trú, lao động trái phép"),
 Q("27 cặp vợ chồng", 27, "cặp vợ chồng"), Q("19 trường hợp", 19, "trường hợp")],
[D("Chỉ thị", "04", "CT/TW", "2011-07-06", "Ban Bí thư", "Chỉ thị số 04-CT/TW ngày 06/7/2011 của Ban Bí thư"),
 D("Chương trình hành động", "12", "CTr/TU", "2011-10-18", "Tỉnh ủy", "Chương trình hành động số 12-CTr/TU ngày 18/10/2011 của Tỉnh ủy"),
 D("Kế hoạch", "31", "KH/ThU", None, "Thành ủy", "Kế hoạch 31, 32-KH/ThU của Thành ủy"),
 D("Kế hoạch", "32", "KH/ThU", None, "Thành ủy", "Kế hoạch 31, 32-KH/ThU của Thành ủy"),
 D("Quyết định", "2158", "QĐ-UBND", "2013-09-12", "UBND tỉnh", "Quyết định số 2158/QĐ-UBND ngày 12/9/2013 của UBND tỉnh"),
 D("Nghị định", "18", "2004/NĐ-CP", None, "Chính phủ", "Nghị định số 18/2004/NĐ-CP của Chính phủ")],
[prov("Quảng Ninh"), com("Ka Long"), com("Hoành Mô"), com("Đồng Văn")],
["Cổng thông tin điện tử tỉnh Quảng Ninh", "You are here: Trang chủ > Tin tức > Đối ngoại", "Ảnh: Quang cảnh buổi giao ban.",
 "Quảng Tây", "Đông Hưng", "Soóng cọ", "Biển Đông"],
["08:15 | 04/04/2014", "quý I/2014", "quý II/2014"]))

PAGES.append(page("b5160-hatinh-lhhn-taphuan-2016", """
BÁO HÀ TĨNH
Chính trị > Đối ngoại > Tin tức
29-09-2016 09:40
Học viên trao đổi tại lớp tập huấn. Ảnh: Thu Phương
Bồi dưỡng kiến thức đối ngoại nhân dân cho cán bộ 2 huyện biên giới
Trong 2 ngày 27 và 28/9, Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh phối hợp với Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn công tác đối ngoại nhân dân năm 2016 cho 96 học viên là cán bộ chủ chốt các xã, thị trấn, cán bộ Mặt trận, đoàn thể của huyện Hương Sơn và huyện Hương Khê - 2 huyện có đường biên giới giáp tỉnh Bôlykhămxay (Lào).
Phát biểu khai mạc, đồng chí Trần Thị Nhung, Phó Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh nhấn mạnh: Hà Tĩnh có 164,2 km đường biên giới, 7 xã biên giới với hơn 8.400 hộ, gần 35.000 nhân khẩu; cán bộ cơ sở là lực lượng trực tiếp giữ mối quan hệ với chính quyền, nhân dân các bản bạn.
Tại lớp học, các học viên được nghe giới thiệu Quyết định số 272-QĐ/TW ngày 21/01/2015 của Bộ Chính trị; Kế hoạch số 76-KH/TU ngày 03/3/2016 của Ban Thường vụ Tỉnh ủy; Hiệp định về Quy chế quản lý biên giới và cửa khẩu Việt Nam - Lào; kỹ năng tiếp xúc, vận động người nước ngoài. Thiếu tá Hồ Sỹ Lam, Đồn trưởng Đồn Biên phòng Cửa khẩu quốc tế Cầu Treo thông tin: năm 2015 có trên 680.000 lượt người xuất, nhập cảnh qua cửa khẩu; lực lượng biên phòng đã phối hợp với các xã vận động 1.250 hộ dân ký cam kết không vi phạm quy chế khu vực biên giới.
Trao đổi tại lớp học, ông Nguyễn Xuân Ánh, Chủ tịch UBND xã Sơn Kim 1, cho biết xã đã kết nghĩa với bản Nậm Thọn, duy trì 2 lần gặp gỡ mỗi năm; hỗ trợ bản bạn 50 triệu đồng xây phòng học. Bà Phan Thị Thanh, Chủ tịch Ủy ban MTTQ Việt Nam xã Hòa Hải, đề nghị có cơ chế để Mặt trận xã trực tiếp hỗ trợ 12 hộ người Lào đang sinh sống tạm trú trên địa bàn. Ông Hồ Văn Đức, người có uy tín bản Rào Tre, người Chứt, chia sẻ kinh nghiệm vận động đồng bào không săn bắt, khai thác gỗ bên kia biên giới.
Theo kế hoạch, năm 2016 Liên hiệp sẽ tổ chức 4 lớp tập huấn cho khoảng 400 cán bộ, trong đó 2 lớp dành cho trưởng thôn, bản; tổng kinh phí 120 triệu đồng, trích từ nguồn theo Quyết định số 1950/QĐ-UBND ngày 14/7/2016 của UBND tỉnh. Kết thúc lớp học, 100% học viên làm bài thu hoạch, trong đó 37 bài đạt loại giỏi.
Đồng chí Lê Đình Sơn, Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh, đề nghị học viên sau tập huấn chủ động tham mưu cấp ủy triển khai Chỉ thị 04-CT/TW, Kế hoạch 76-KH/TU sát thực tế, chú trọng xây dựng các cặp bản, xã kết nghĩa.
Thu Phương
Tin liên quan
- Hương Sơn giao lưu hữu nghị với huyện Khăm Cợt (Lào) (18/09/2016)
- Trao 100 suất học bổng cho lưu học sinh Lào (05/09/2016)
- Hội hữu nghị Việt - Lào tỉnh kỷ niệm Quốc khánh Lào (01/12/2015)
""", "2016-09-29", "Bồi dưỡng kiến thức đối ngoại nhân dân cho cán bộ 2 huyện biên giới",
E("tap_huan", "2016", "2016-09-27"),
[P("Trần Thị Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh"),
 P("Hồ Sỹ Lam", "Thiếu tá", "Đồn trưởng Đồn Biên phòng Cửa khẩu quốc tế Cầu Treo"),
 P("Nguyễn Xuân Ánh", "Chủ tịch UBND xã Sơn Kim 1"),
 P("Phan Thị Thanh", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hòa Hải"),
 P("Hồ Văn Đức", "người có uy tín bản Rào Tre"),
 P("Lê Đình Sơn", "Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh")],
[Q("96 học viên", 96, "học viên"), Q("2 huyện", 2, "huyện"), Q("164,2 km", 164.2, "km"), Q("7 xã biên giới", 7, "xã biên giới"),
 Q("hơn 8.400 hộ", 8400, "hộ", "over"), Q("gần 35.000 nhân khẩu", 35000, "nhân khẩu", "approx"),
 Q("trên 680.000 lượt người", 680000, "lượt người", "over"), Q("1.250 hộ dân", 1250, "hộ dân"), Q("2 lần gặp gỡ", 2, "lần gặp gỡ"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("12 hộ người Lào", 12, "hộ người Lào"), Q("4 lớp tập huấn", 4, "lớp tập huấn"),
 Q("khoảng 400 cán bộ", 400, "cán bộ", "approx"), Q("2 lớp", 2, "lớp"), Q("120 triệu đồng", 120000000, "đồng"), Q("100%", 100, "%"),
 Q("37 bài", 37, "bài")],
[D("Quyết định", "272", "QĐ/TW", "2015-01-21", "Bộ Chính trị", "Quyết định số 272-QĐ/TW ngày 21/01/2015 của Bộ Chính trị"),
 D("Kế hoạch", "76", "KH/TU", "2016-03-03", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 76-KH/TU ngày 03/3/2016 của Ban Thường vụ Tỉnh ủy"),
 D("Quyết định", "1950", "QĐ-UBND", "2016-07-14", "UBND tỉnh", "Quyết định số 1950/QĐ-UBND ngày 14/7/2016 của UBND tỉnh"),
 D("Chỉ thị", "04", "CT/TW", None, None, "Chỉ thị 04-CT/TW")],
[prov("Hà Tĩnh"), com("Sơn Kim 1"), com("Hòa Hải")],
["BÁO HÀ TĨNH", "Chính trị > Đối ngoại > Tin tức", "Học viên trao đổi tại lớp tập huấn. Ảnh: Thu Phương", "Bôlykhămxay", "Nậm Thọn",
 "Hiệp định về Quy chế quản lý biên giới và cửa khẩu Việt Nam - Lào"],
["29-09-2016 09:40", "2 ngày", "năm 2016", "năm 2015"]))

PAGES.append(page("b5161-binhphuoc-xa-doithoai-2020", """
BÁO BÌNH PHƯỚC ĐIỆN TỬ
Trang chủ / Chính trị / Biên giới
Thứ Năm, 22/10/2020 - 15:30
Người dân vùng biên Lộc Thành đối thoại về quan hệ với nhân dân nước bạn
Ngày 20/10/2020, Ban Thường vụ Đảng ủy xã Lộc Thành, huyện Lộc Ninh, tỉnh Bình Phước phối hợp với Đồn Biên phòng Lộc Thành tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền xã với nhân dân năm 2020 về chủ đề "Xây dựng biên giới hòa bình, hữu nghị". Tham dự có 112 người dân của 4 ấp giáp biên với tỉnh Tboung Khmum (Campuchia).
Toàn cảnh hội nghị đối thoại. Ảnh: Hồng Nhung
Đồng chí Điểu Phương, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Lộc Thành chủ trì đối thoại. Báo cáo của UBND xã cho biết, xã có 18,2 km đường biên giới, 1.476 hộ với 5.912 nhân khẩu, trong đó đồng bào S'tiêng, Khmer chiếm 41%. Năm 2020, do dịch Covid-19, xã đã phối hợp vận động 96 hộ có người thân bên kia biên giới không qua lại trái phép; cách ly y tế 23 trường hợp nhập cảnh.
Bà Thị Hồng Vân, ấp Cần Dực, phản ánh việc 5 hộ có đất canh tác sát biên giới không thể sang thu hoạch do đóng cửa biên giới. Ông Điểu Lương, người có uy tín ấp Tà Thiết, đề nghị hỗ trợ chuyển đổi cây trồng cho bà con. Ông Lâm Văn Rên, Trưởng ấp Cần Dực, nêu việc một số thương lái ép giá điều của người dân hai bên.
Trả lời các kiến nghị, ông Nguyễn Văn Tuấn, Chủ tịch UBND xã cho biết: xã đã đề xuất huyện hỗ trợ 5 hộ theo Quyết định số 2317/QĐ-UBND ngày 15/9/2020 của UBND tỉnh, mức tối đa 10 triệu đồng/hộ; đồng thời phối hợp với xã Snuol (Campuchia) để bà con thu hoạch theo lối mở tạm thời. Thiếu tá Trần Minh Tiến, Chính trị viên Đồn Biên phòng Lộc Thành thông tin, năm 2020 Đồn đã phối hợp với xã tổ chức 3 đợt khám bệnh, phát thuốc cho 450 lượt người, tặng 300 phần quà cho hộ nghèo hai bên biên giới theo Kế hoạch số 156/KH-ĐBP.
Đồng chí Thị Kim Liên, Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết từ năm 2018 xã đã kết nghĩa với xã Snuol, duy trì mô hình "Nghĩa tình biên giới" với 28 hộ hai bên nhận đỡ đầu nhau; vận động bà con tham gia thực hiện Chỉ thị số 01/CT-TTg ngày 09/01/2015 của Thủ tướng Chính phủ.
Kết thúc đối thoại, đồng chí Điểu Phương đề nghị các ban, ngành xã tiếp thu 14 ý kiến của người dân; các ấp thực hiện tốt Quy chế dân chủ ở cơ sở và Nghị quyết 05-NQ/ĐU của Đảng ủy xã về công tác dân vận, đối ngoại nhân dân năm 2020; nhân rộng mô hình "Tổ tự quản an ninh trật tự ấp biên giới".
Hồng Nhung
Tin liên quan
- Lộc Ninh: giao lưu hữu nghị với huyện Snuol (12/10/2020)
- Bù Đốp trao 50 suất quà cho hộ nghèo Campuchia (30/09/2020)
- Bình Phước phòng chống dịch trên tuyến biên giới (15/09/2020)
""", "2020-10-22", "Người dân vùng biên Lộc Thành đối thoại về quan hệ với nhân dân nước bạn",
E("doi_thoai", "2020", "2020-10-20"),
[P("Điểu Phương", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Lộc Thành"),
 P("Thị Hồng Vân"),
 P("Điểu Lương", "người có uy tín ấp Tà Thiết"),
 P("Lâm Văn Rên", "Trưởng ấp Cần Dực"),
 P("Nguyễn Văn Tuấn", "Chủ tịch UBND xã"),
 P("Trần Minh Tiến", "Thiếu tá", "Chính trị viên Đồn Biên phòng Lộc Thành"),
 P("Thị Kim Liên", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("112 người dân", 112, "người dân"), Q("4 ấp", 4, "ấp"), Q("18,2 km", 18.2, "km"), Q("1.476 hộ", 1476, "hộ"), Q("5.912 nhân khẩu", 5912, "nhân khẩu"),
 Q("41%", 41, "%"), Q("96 hộ", 96, "hộ"), Q("23 trường hợp", 23, "trường hợp"), Q("5 hộ", 5, "hộ"),
 Q("tối đa 10 triệu đồng", 10000000, "đồng"), Q("3 đợt khám bệnh", 3, "đợt khám bệnh"), Q("450 lượt người", 450, "lượt người"),
 Q("300 phần quà", 300, "phần quà"), Q("28 hộ", 28, "hộ"), Q("14 ý kiến", 14, "ý kiến")],
[D("Quyết định", "2317", "QĐ-UBND", "2020-09-15", "UBND tỉnh", "Quyết định số 2317/QĐ-UBND ngày 15/9/2020 của UBND tỉnh"),
 D("Kế hoạch", "156", "KH-ĐBP", None, None, "Kế hoạch số 156/KH-ĐBP"),
 D("Chỉ thị", "01", "CT-TTg", "2015-01-09", "Thủ tướng Chính phủ", "Chỉ thị số 01/CT-TTg ngày 09/01/2015 của Thủ tướng Chính phủ"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 05-NQ/ĐU của Đảng ủy xã")],
[prov("Bình Phước"), com("Lộc Thành")],
["BÁO BÌNH PHƯỚC ĐIỆN TỬ", "Trang chủ / Chính trị / Biên giới", "Toàn cảnh hội nghị đối thoại. Ảnh: Hồng Nhung",
 "Xây dựng biên giới hòa bình, hữu nghị", "Nghĩa tình biên giới", "Tổ tự quản an ninh trật tự ấp biên giới", "Tboung Khmum", "Snuol", "Covid-19"],
["Thứ Năm, 22/10/2020 - 15:30", "Năm 2020", "năm 2020", "năm 2018", "Covid-19"]))

PAGES.append(page("b5162-vinhlong-lhhn-tongket-2025", """
Hôm nay: Thứ Năm, 15/01/2026
BÁO VĨNH LONG ĐIỆN TỬ
Trang chủ » Chính trị » Đối ngoại
Ngày đăng: 14/01/2026 - 10:15
Vĩnh Long triển khai nhiệm vụ đối ngoại nhân dân năm 2026
Chiều 13/1/2026, Liên hiệp các tổ chức hữu nghị (LHHN) tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác đối ngoại nhân dân năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên LHHN tỉnh hoạt động sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Đồng chí Thạch Thị Sa Vy, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch LHHN tỉnh chủ trì.
Toàn cảnh hội nghị. Ảnh: Thanh Trúc
Năm 2025, các tổ chức thành viên đã tổ chức và tham gia 58 hoạt động đối ngoại; tiếp 21 đoàn khách nước ngoài với khoảng 340 lượt khách; vận động 24 dự án phi chính phủ nước ngoài với tổng giá trị hơn 52,6 tỷ đồng, tập trung cho vùng đồng bào Khmer và vùng ven biển. Hội hữu nghị Việt Nam - Campuchia tỉnh phối hợp với tỉnh Takeo, Kampong Speu tổ chức 3 đợt giao lưu sư sãi, trao 400 suất học bổng cho học sinh Khmer hai nước, mỗi suất 1 triệu đồng.
Thực hiện Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư, Kế hoạch số 18-KH/TU ngày 22/8/2025 của Ban Thường vụ Tỉnh ủy và Hướng dẫn 07, 08-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, LHHN tỉnh đã kiện toàn 12 hội hữu nghị song phương, phát triển 680 hội viên mới, nâng tổng số lên hơn 9.300 hội viên. Tỷ lệ dự án được giải ngân đúng tiến độ đạt 91,7%.
Phát biểu tại hội nghị, Hòa thượng Thạch Sóc Xane, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, cho biết 146 chùa Phật giáo Nam tông Khmer trong tỉnh luôn là cầu nối giao lưu văn hóa, tôn giáo với Campuchia. Ông Sơn Minh Thành, Bí thư Đảng ủy phường Nguyệt Hóa, chia sẻ phường đã đón 2 đoàn sinh viên Campuchia sang giao lưu, tìm hiểu lễ hội Ok Om Bok. Bà Lê Thị Ngọc Diễm, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Sơn, đề nghị LHHN tỉnh ưu tiên dự án nước sạch cho 320 hộ nghèo của xã.
Phát biểu chỉ đạo, đồng chí Nguyễn Minh Nhựt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, đề nghị năm 2026 LHHN tỉnh tập trung thực hiện Nghị quyết số 59-NQ/TW của Bộ Chính trị, Quyết định 1016/QĐ-TTg của Thủ tướng Chính phủ, xây dựng đề án vận động viện trợ phi chính phủ giai đoạn 2026 - 2030 với mục tiêu thu hút không dưới 60 tỷ đồng mỗi năm.
Dịp này, các đồng chí Phó Chủ tịch LHHN tỉnh: Trần Văn Đẳng, Kim Thị Sô Phia trao giấy khen cho 8 tập thể, 14 cá nhân tiêu biểu năm 2025.
Thanh Trúc
Tin liên quan
- Vĩnh Long đón đoàn hữu nghị tỉnh Takeo (20/12/2025)
- Hội hữu nghị Việt - Nhật tỉnh ra mắt Ban Chấp hành mới (02/12/2025)
- Trao 50 căn nhà Đại đoàn kết cho hộ nghèo Khmer (15/11/2025)
""", "2026-01-14", "Vĩnh Long triển khai nhiệm vụ đối ngoại nhân dân năm 2026",
E("tong_ket", "2025", "2026-01-13"),
[P("Thạch Thị Sa Vy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch LHHN tỉnh"),
 P("Thạch Sóc Xane", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Sơn Minh Thành", "Bí thư Đảng ủy phường Nguyệt Hóa"),
 P("Lê Thị Ngọc Diễm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Sơn"),
 P("Nguyễn Minh Nhựt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Văn Đẳng", "Phó Chủ tịch LHHN tỉnh"), P("Kim Thị Sô Phia", "Phó Chủ tịch LHHN tỉnh")],
[Q("3 tỉnh", 3, "tỉnh"), Q("58 hoạt động đối ngoại", 58, "hoạt động đối ngoại"), Q("21 đoàn khách nước ngoài", 21, "đoàn khách nước ngoài"),
 Q("khoảng 340 lượt khách", 340, "lượt khách", "approx"), Q("24 dự án phi chính phủ nước ngoài", 24, "dự án phi chính phủ nước ngoài"),
 Q("hơn 52,6 tỷ đồng", 52600000000, "đồng", "over"), Q("3 đợt giao lưu sư sãi", 3, "đợt giao lưu sư sãi"),
 Q("400 suất học bổng", 400, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("12 hội hữu nghị song phương", 12, "hội hữu nghị song phương"),
 Q("680 hội viên mới", 680, "hội viên mới"), Q("hơn 9.300 hội viên", 9300, "hội viên", "over"), Q("91,7%", 91.7, "%"),
 Q("146 chùa Phật giáo Nam tông Khmer", 146, "chùa Phật giáo Nam tông Khmer"), Q("2 đoàn sinh viên Campuchia", 2, "đoàn sinh viên"),
 Q("320 hộ nghèo", 320, "hộ nghèo"), Q("không dưới 60 tỷ đồng", 60000000000, "đồng", "over"),
 Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân tiêu biểu", 14, "cá nhân tiêu biểu")],
[D("Chỉ thị", "12", "CT/TW", "2022-01-05", "Ban Bí thư", "Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư"),
 D("Kế hoạch", "18", "KH/TU", "2025-08-22", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 18-KH/TU ngày 22/8/2025 của Ban Thường vụ Tỉnh ủy"),
 D("Hướng dẫn", "07", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 07, 08-HD/BTGDVTU"),
 D("Hướng dẫn", "08", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 07, 08-HD/BTGDVTU"),
 D("Nghị quyết", "59", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 59-NQ/TW của Bộ Chính trị"),
 D("Quyết định", "1016", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1016/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Nguyệt Hóa"), com("Tập Sơn")],
["Hôm nay: Thứ Năm, 15/01/2026", "BÁO VĨNH LONG ĐIỆN TỬ", "Trang chủ » Chính trị » Đối ngoại", "Toàn cảnh hội nghị. Ảnh: Thanh Trúc",
 "Takeo", "Kampong Speu", "Ok Om Bok", "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["Hôm nay: Thứ Năm, 15/01/2026", "Ngày đăng: 14/01/2026 - 10:15", "Năm 2025", "năm 2025", "năm 2026", "giai đoạn 2026 - 2030"]))

PAGES.append(page("b5163-dongnai-mttq-giaoban-2026", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ › Tin hoạt động › Các xã, phường
Cập nhật: 08:40, 03/04/2026 (GMT+7)
Giao ban công tác Mặt trận và đối ngoại nhân dân các xã biên giới quý I/2026
Ngày 02/4/2026, tại xã Lộc Ninh, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức giao ban công tác Mặt trận và đối ngoại nhân dân quý I/2026 với Ủy ban MTTQ Việt Nam 15 xã biên giới thuộc khu vực Bình Phước (cũ). Đồng chí Điểu Thị Mai Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Đồng chí Điểu Thị Mai Hương phát biểu tại giao ban.
Theo báo cáo, quý I/2026, Mặt trận các xã biên giới đã phối hợp tổ chức 15 hoạt động thăm, chúc Tết cổ truyền Chôl Chnăm Thmây cho nhân dân các xã giáp biên của tỉnh Tboung Khmum, Kratie, Mondulkiri (Campuchia); trao 1.250 phần quà với tổng trị giá khoảng 750 triệu đồng. Tuyến biên giới 240 km có 8 cặp xã, 21 cặp ấp - phum kết nghĩa; 6.840 hộ dân ký cam kết tự quản đường biên, mốc quốc giới. Đã phối hợp giải quyết 4 vụ việc tranh chấp đất canh tác giữa người dân hai bên.
Các xã đã triển khai Kế hoạch số 09/KH-MTTQ-BTT ngày 10/01/2026 của Ban Thường trực Ủy ban MTTQ tỉnh, Quy chế phối hợp số 02/QCPH-MTTQ-BĐBP giữa Ủy ban MTTQ tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh; tuyên truyền Nghị quyết số 59-NQ/TW của Bộ Chính trị và Luật Biên phòng Việt Nam cho hơn 9.000 lượt người.
Tại giao ban, đồng chí Thị Nhàn, Chủ tịch Ủy ban MTTQ Việt Nam xã Thiện Hưng, cho biết xã đã phối hợp với Đồn Biên phòng tổ chức Ngày hội "Biên cương hữu nghị" với khoảng 1.200 người dân hai bên tham dự. Đồng chí Lâm Văn Sơn, Chủ tịch Ủy ban MTTQ Việt Nam xã Lộc Thành, đề nghị có cơ chế hỗ trợ 35 hộ người Việt hồi hương từ Campuchia chưa có đất ở. Ông Điểu Khen, người có uy tín ấp Sóc Lớn, xã Hưng Phước, phản ánh việc thương lái bên kia ép giá hạt điều.
Kết luận giao ban, đồng chí Điểu Thị Mai Hương đề nghị quý II/2026 các xã tập trung vận động nhân dân tham gia bầu cử, giữ vững an ninh biên giới; chuẩn bị tổ chức lễ kỷ niệm 59 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Campuchia; không để hoạt động kết nghĩa gián đoạn khi kiện toàn cán bộ Mặt trận sau sắp xếp.
Dự giao ban có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: Phạm Văn Hòa, Nguyễn Thị Thanh Xuân; đồng chí Trung tá Hoàng Văn Dũng, Phó Chủ nhiệm Chính trị Bộ Chỉ huy Bộ đội Biên phòng tỉnh.
Thanh Hải
Tin liên quan
- Hội nghị tổng kết công tác Mặt trận năm 2025 (10/01/2026)
- Xã Lộc Ninh trao 200 phần quà cho nhân dân Tboung Khmum (08/04/2026)
- Đồng Nai: hoàn thành kiện toàn Ban công tác Mặt trận ấp (25/03/2026)
""", "2026-04-03", "Giao ban công tác Mặt trận và đối ngoại nhân dân các xã biên giới quý I/2026",
E("giao_ban", "2026-Q1", "2026-04-02"),
[P("Điểu Thị Mai Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Nhàn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Thiện Hưng"),
 P("Lâm Văn Sơn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lộc Thành"),
 P("Điểu Khen", "người có uy tín ấp Sóc Lớn"),
 P("Phạm Văn Hòa", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thanh Xuân", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Dũng", "Trung tá", "Phó Chủ nhiệm Chính trị Bộ Chỉ huy Bộ đội Biên phòng tỉnh")],
[Q("15 xã biên giới", 15, "xã biên giới"), Q("15 hoạt động", 15, "hoạt động"), Q("1.250 phần quà", 1250, "phần quà"),
 Q("khoảng 750 triệu đồng", 750000000, "đồng", "approx"), Q("240 km", 240, "km"), Q("8 cặp xã", 8, "cặp xã"),
 Q("21 cặp ấp - phum", 21, "cặp ấp - phum"), Q("6.840 hộ dân", 6840, "hộ dân"),
 Q("4 vụ việc tranh chấp đất canh tác", 4, "vụ việc tranh chấp đất canh tác"), Q("hơn 9.000 lượt người", 9000, "lượt người", "over"),
 Q("khoảng 1.200 người dân", 1200, "người dân", "approx"), Q("35 hộ người Việt hồi hương", 35, "hộ người Việt")],
[D("Kế hoạch", "09", "KH-MTTQ-BTT", "2026-01-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 09/KH-MTTQ-BTT ngày 10/01/2026"),
 D("Quy chế phối hợp", "02", "QCPH-MTTQ-BĐBP", None, None, "Quy chế phối hợp số 02/QCPH-MTTQ-BĐBP"),
 D("Nghị quyết", "59", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 59-NQ/TW của Bộ Chính trị")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Lộc Ninh"), com("Thiện Hưng"), com("Lộc Thành"), com("Hưng Phước")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ › Tin hoạt động › Các xã, phường", "Đồng chí Điểu Thị Mai Hương phát biểu tại giao ban.",
 "Chôl Chnăm Thmây", "Tboung Khmum", "Kratie", "Mondulkiri", "Biên cương hữu nghị", "Luật Biên phòng Việt Nam"],
["Cập nhật: 08:40, 03/04/2026 (GMT+7)", "quý I/2026", "quý II/2026", "59 năm"]))

PAGES.append(page("b5164-laichau-chuctet-2026", """
Báo Lai Châu điện tử
Trang chủ > Thời sự > Đối ngoại
Thứ Ba, 10/02/2026 | 16:05
Ảnh: Hai đoàn chụp ảnh lưu niệm tại cửa khẩu Ma Lù Thàng.
Đoàn Kim Bình chúc Tết nhân dân các dân tộc xã biên giới Dào San
Ngày 09/02/2026, nhân dịp Tết Nguyên đán Bính Ngọ, đoàn công tác huyện Kim Bình, châu Hồng Hà, tỉnh Vân Nam (Trung Quốc) gồm 16 thành viên do ông Lý Quốc Minh, Phó Huyện trưởng huyện Kim Bình dẫn đầu đã sang thăm, chúc Tết cấp ủy, chính quyền và nhân dân xã Dào San, tỉnh Lai Châu. Tiếp đoàn có đồng chí Tẩn Văn Vàng, Bí thư Đảng ủy xã Dào San; đồng chí Vàng A Chu, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.
Thông tin với đoàn, đồng chí Tẩn Văn Vàng cho biết năm 2025, xã có 2.184 hộ với 11.630 nhân khẩu, chủ yếu là đồng bào Mông, Dao, Hà Nhì; tỷ lệ hộ nghèo giảm 6,8%. Xã duy trì kết nghĩa giữa 5 bản với 5 thôn của trấn Kim Thủy Hà; tổ chức 6 cuộc gặp gỡ, trao đổi tình hình an ninh trật tự biên giới; phối hợp giải quyết 3 vụ việc gia súc qua biên giới. Các hoạt động thực hiện theo Kế hoạch số 14-KH/ĐU ngày 20/02/2025 của Đảng ủy xã và Kế hoạch số 72-KH/TU của Ban Thường vụ Tỉnh ủy về công tác đối ngoại nhân dân.
Ông Lý Quốc Minh cảm ơn sự phối hợp của xã Dào San trong quản lý 38 km đường biên, 11 cột mốc; đề nghị hai bên tiếp tục tăng cường quản lý cư dân biên giới, phòng chống dịch bệnh gia súc, tạo thuận lợi cho nông sản qua lối mở Ma Lù Thàng. Đồng chí Vàng A Chu đề nghị phía bạn phối hợp giải quyết dứt điểm việc 27 lao động của xã sang Kim Bình làm thuê theo mùa chưa được cấp giấy thông hành.
Cùng dự buổi tiếp có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Lò Thị Ỏn, Pờ Chà Phạ; bà Lỳ Thị Pa, người có uy tín bản Hợp 1; ông Chang A Lử, Trưởng bản Sì Choang. Ông Chang A Lử cho biết bản đã cùng thôn bên kia biên giới dựng nhà văn hóa chung với khoảng 300 ngày công của nhân dân hai bên.
Hai bên đã trao đổi về kế hoạch tổ chức giao lưu văn nghệ, bóng chuyền hữu nghị nhân dịp Tết Độc lập năm 2026 và thống nhất duy trì gặp gỡ định kỳ hằng quý. Thực hiện Chỉ thị số 12-CT/TW của Ban Bí thư, xã Dào San sẽ tiếp tục phát huy vai trò của người có uy tín, già làng, trưởng bản trong việc xây dựng biên giới hòa bình, hữu nghị.
Buổi thăm, chúc Tết diễn ra trong không khí thân tình, cởi mở. Theo quy định, hai bên không trao đổi quà tặng mà gửi thư chúc mừng năm mới đến nhân dân hai bên biên giới.
Lê Hoa
Tin liên quan
- Lai Châu: Hội đàm với châu Hồng Hà năm 2026 (25/01/2026)
- Phong Thổ: ra mắt mô hình "Bản biên giới hữu nghị" (14/01/2026)
- Dào San đón Xuân Bính Ngọ (05/02/2026)
""", "2026-02-10", "Đoàn Kim Bình chúc Tết nhân dân các dân tộc xã biên giới Dào San",
E("khac", None, "2026-02-09"),
[P("Lý Quốc Minh", "Phó Huyện trưởng huyện Kim Bình"),
 P("Tẩn Văn Vàng", "Bí thư Đảng ủy xã Dào San"),
 P("Vàng A Chu", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lò Thị Ỏn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Pờ Chà Phạ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lỳ Thị Pa", "người có uy tín bản Hợp 1"),
 P("Chang A Lử", "Trưởng bản Sì Choang")],
[Q("16 thành viên", 16, "thành viên"), Q("2.184 hộ", 2184, "hộ"), Q("11.630 nhân khẩu", 11630, "nhân khẩu"), Q("6,8%", 6.8, "%"),
 Q("5 bản", 5, "bản"), Q("5 thôn", 5, "thôn"), Q("6 cuộc gặp gỡ", 6, "cuộc gặp gỡ"), Q("3 vụ việc gia súc qua biên giới", 3, "vụ việc gia súc qua biên giới"),
 Q("38 km", 38, "km"), Q("11 cột mốc", 11, "cột mốc"), Q("27 lao động", 27, "lao động"), Q("khoảng 300 ngày công", 300, "ngày công", "approx")],
[D("Kế hoạch", "14", "KH/ĐU", "2025-02-20", "Đảng ủy xã", "Kế hoạch số 14-KH/ĐU ngày 20/02/2025 của Đảng ủy xã"),
 D("Kế hoạch", "72", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 72-KH/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "12", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 12-CT/TW của Ban Bí thư")],
[prov("Lai Châu"), com("Dào San")],
["Báo Lai Châu điện tử", "Trang chủ > Thời sự > Đối ngoại", "Ảnh: Hai đoàn chụp ảnh lưu niệm tại cửa khẩu Ma Lù Thàng.",
 "Kim Bình", "Hồng Hà", "Vân Nam", "Kim Thủy Hà", "Ma Lù Thàng"],
["Thứ Ba, 10/02/2026 | 16:05", "năm 2025", "năm 2026", "Bính Ngọ"]))
