from lib import *

PAGES = []

# ---------------------------------------------------------------- b221
PAGES.append(page("b221-hagiang-hnd-doithoai-2011", """
HỘI NÔNG DÂN TỈNH HÀ GIANG
Cổng thông tin điện tử
Trang chủ > Tin hoạt động > Hội Nông dân cơ sở
Cập nhật: 10:12, 18/05/2011 (GMT+7)
Đồng Văn: Nông dân đối thoại với chính quyền về giống ngô và đường liên thôn
Ngày 17/5, tại hội trường UBND huyện Đồng Văn, Hội Nông dân tỉnh Hà Giang phối hợp với UBND huyện tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với hội viên nông dân năm 2011. Hơn 160 hội viên đến từ 19 xã, thị trấn đã về dự.
Ông Vàng Mí Sính phát biểu tại buổi đối thoại.
Dự và chủ trì hội nghị có các đồng chí: Lương Văn Thẩm, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh; Sùng Mí Lử, HUV, Phó Chủ tịch UBND huyện Đồng Văn; Hoàng Thị Nguyệt, Phó Chủ tịch Hội Nông dân tỉnh.
Tại buổi đối thoại, hội viên đã nêu 27 ý kiến, tập trung vào việc cấp giống ngô lai, hỗ trợ xi măng làm đường, giá thu mua chè và việc vay vốn chăn nuôi bò. Ông Vàng Mí Sính, hội viên thôn Sà Phìn A, xã Sà Phìn, phản ánh giống ngô cấp năm trước về chậm nên nhiều hộ lỡ thời vụ.
Trả lời ý kiến này, đồng chí Sùng Mí Lử cho biết theo Quyết định số 1184/QĐ-UBND ngày 12/4/2011 của UBND tỉnh, năm nay huyện hỗ trợ 1.240 hộ nghèo, mỗi hộ 15 kg giống ngô, với tổng kinh phí 612 triệu đồng; giống đã được chuyển về các xã trước ngày 25/4. Về đường liên thôn, theo phương châm "Nhà nước và nhân dân cùng làm", huyện đã làm được 42 km đường bê tông, nhân dân đóng góp 18.500 ngày công.
Ông Thào Mí Dỉ, Chủ tịch Hội Nông dân xã Lũng Cú, đề nghị tăng vốn từ Quỹ Hỗ trợ nông dân cho các tổ vay vốn nuôi bò vỗ béo. Đồng chí Lương Văn Thẩm đề nghị cán bộ Hội cơ sở tiếp tục bám bản, nắm tâm tư của hội viên để kịp thời phản ánh với cấp ủy.
Kết thúc buổi đối thoại, 21/27 ý kiến đã được trả lời trực tiếp; các ý kiến còn lại được ghi nhận để trả lời bằng văn bản.
Thu Hà
Lượt xem: 846
Tin liên quan
- Hội Nông dân huyện Mèo Vạc tập huấn kỹ thuật trồng cỏ nuôi bò (12/05/2011)
- Yên Minh: 320 hộ được vay vốn Quỹ Hỗ trợ nông dân (05/05/2011)
- Quản Bạ tổng kết 5 năm phong trào nông dân sản xuất giỏi (28/04/2011)
""", "2011-05-18",
    "Đồng Văn: Nông dân đối thoại với chính quyền về giống ngô và đường liên thôn",
    E("doi_thoai", "2011", "2011-05-17"),
    [P("Lương Văn Thẩm", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
     P("Sùng Mí Lử", "HUV", "Phó Chủ tịch UBND huyện Đồng Văn"),
     P("Hoàng Thị Nguyệt", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Vàng Mí Sính", "hội viên thôn Sà Phìn A"),
     P("Thào Mí Dỉ", "Chủ tịch Hội Nông dân xã Lũng Cú")],
    [Q("Hơn 160 hội viên", 160, "hội viên", "over"),
     Q("19 xã, thị trấn", 19, "xã, thị trấn"),
     Q("27 ý kiến", 27, "ý kiến"),
     Q("1.240 hộ nghèo", 1240, "hộ nghèo"),
     Q("15 kg", 15, "kg"),
     Q("612 triệu đồng", 612000000, "đồng"),
     Q("42 km", 42, "km"),
     Q("18.500 ngày công", 18500, "ngày công"),
     Q("21/27 ý kiến", 21, "ý kiến")],
    [D("Quyết định", "1184", "QĐ-UBND", "2011-04-12", "UBND tỉnh", "Quyết định số 1184/QĐ-UBND ngày 12/4/2011 của UBND tỉnh")],
    [prov("Hà Giang"), com("Sà Phìn"), com("Lũng Cú")],
    ["HỘI NÔNG DÂN TỈNH HÀ GIANG", "Cổng thông tin điện tử", "Trang chủ > Tin hoạt động > Hội Nông dân cơ sở",
     "Ông Vàng Mí Sính phát biểu tại buổi đối thoại.", "Nhà nước và nhân dân cùng làm", "Quỹ Hỗ trợ nông dân",
     "huyện Đồng Văn", "Lượt xem: 846"],
    ["(GMT+7)", "Lượt xem: 846", "ngày 25/4"]))

# ---------------------------------------------------------------- b222
PAGES.append(page("b222-nghean-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY NGHỆ AN
Hôm nay: Thứ Năm, 16/02/2012
Trang chủ » Tin tức - Sự kiện » Hoạt động Ban
15:20 | 10/01/2012
Dân vận chính quyền góp phần giải quyết 96 vụ khiếu nại kéo dài
Sáng 9/1, Ban Dân vận Tỉnh ủy Nghệ An tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Hội nghị có 240 đại biểu dự; năm qua, khối dân vận đã phối hợp giải quyết dứt điểm 96 vụ khiếu nại kéo dài ở cơ sở.
Toàn cảnh hội nghị tổng kết công tác dân vận năm 2011.
Chủ trì hội nghị có đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Lê Đình Khiêm và các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Hữu Cầu, Lô Văn Pắn, Vi Thị Thỏa. Đồng chí Trần Quốc Hưng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, dự và phát biểu chỉ đạo.
Báo cáo tại hội nghị cho biết, thực hiện Kế hoạch 41, 42-KH/BDVTU của Ban Dân vận Tỉnh ủy, năm 2011 toàn tỉnh có 1.907 mô hình "Dân vận khéo" được đăng ký; 2.150 cán bộ, đảng viên được bồi dưỡng kỹ năng dân vận. Cán bộ vùng cao thực hiện tốt phương châm "4 cùng" với đồng bào Thái, Khơ Mú, Mông. Nhân dân đóng góp hơn 56 tỷ đồng và 214.000 ngày công để làm 320 km đường giao thông nông thôn.
Trong 96 vụ khiếu nại đã giải quyết có 58 vụ về đất đai, chủ yếu ở các huyện miền Tây. Ông Lương Văn Kham, Bí thư Đảng ủy xã Châu Hạnh, chia sẻ kinh nghiệm đối thoại với dân tại từng bản trước khi giải phóng mặt bằng.
Phát biểu chỉ đạo, đồng chí Trần Quốc Hưng đề nghị năm 2012 khối dân vận tập trung vào dân vận chính quyền, thực hiện nghiêm quy chế dân chủ ở cơ sở.
Dịp này, 26 tập thể và 39 cá nhân được tặng Giấy khen của Ban Dân vận Tỉnh ủy; xã Nghi Phong được biểu dương là đơn vị dẫn đầu phong trào thi đua dân vận khéo.
Hoài Thu
Số lượt đọc: 2.031
Các tin khác
- Ban Dân vận Tỉnh ủy giao ban khối dân vận quý IV (05/01/2012)
- Quỳ Châu: Học tập mô hình dân vận khéo ở bản Hạnh Tiến (22/12/2011)
- Tập huấn kỹ năng dân vận cho 180 cán bộ cơ sở (15/12/2011)
""", "2012-01-10",
    "Dân vận chính quyền góp phần giải quyết 96 vụ khiếu nại kéo dài",
    E("tong_ket", "2011", "2012-01-09"),
    [P("Lê Đình Khiêm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Nguyễn Hữu Cầu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Lô Văn Pắn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Vi Thị Thỏa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Trần Quốc Hưng", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
     P("Lương Văn Kham", "Bí thư Đảng ủy xã Châu Hạnh")],
    [Q("96 vụ khiếu nại", 96, "vụ khiếu nại"),
     Q("240 đại biểu", 240, "đại biểu"),
     Q("1.907 mô hình", 1907, "mô hình"),
     Q("2.150 cán bộ, đảng viên", 2150, "cán bộ, đảng viên"),
     Q("hơn 56 tỷ đồng", 56000000000, "đồng", "over"),
     Q("214.000 ngày công", 214000, "ngày công"),
     Q("320 km", 320, "km"),
     Q("58 vụ", 58, "vụ"),
     Q("26 tập thể", 26, "tập thể"),
     Q("39 cá nhân", 39, "cá nhân")],
    [D("Kế hoạch", "41", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 41, 42-KH/BDVTU của Ban Dân vận Tỉnh ủy"),
     D("Kế hoạch", "42", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 41, 42-KH/BDVTU của Ban Dân vận Tỉnh ủy")],
    [prov("Nghệ An"), com("Châu Hạnh"), com("Nghi Phong")],
    ["BAN DÂN VẬN TỈNH ỦY NGHỆ AN", "Trang chủ » Tin tức - Sự kiện » Hoạt động Ban",
     "Toàn cảnh hội nghị tổng kết công tác dân vận năm 2011.", "Dân vận khéo", "Giấy khen", "Số lượt đọc: 2.031"],
    ["Hôm nay: Thứ Năm, 16/02/2012", "4 cùng", "Số lượt đọc: 2.031"]))

# ---------------------------------------------------------------- b223
PAGES.append(page("b223-quangnam-mttq-traoqua-2013", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM
Trang chủ / Hoạt động Mặt trận / Vì người nghèo
04/02/2013 - 08:45
Trao 850 suất quà Tết cho hộ nghèo vùng cao Tây Giang
Ngày 3/2, Ủy ban MTTQ Việt Nam tỉnh Quảng Nam phối hợp với Ủy ban MTTQ huyện Tây Giang trao 850 suất quà Tết Quý Tỵ cho hộ nghèo đồng bào Cơ Tu tại các xã A Tiêng, Lăng và Bha Lê.
Cán bộ Mặt trận trao 850 suất quà Tết cho bà con xã A Tiêng.
Tham gia đoàn có đồng chí Trần Văn Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và các đồng chí Bhríu Pố, Nguyễn Thị Kim Tuyến, Alăng Thị Hơn - Ủy viên Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Mỗi suất quà trị giá 450.000đ/suất, gồm tiền mặt, gạo, dầu ăn và chăn ấm, tổng trị giá hơn 382 triệu đồng, trích từ Quỹ Vì người nghèo tỉnh và nguồn vận động các doanh nghiệp trong chương trình "Tết vì người nghèo". Riêng ông Lê Minh Quân, Giám đốc Công ty CP Xây dựng Sông Tranh, ủng hộ 120 triệu đồng để hỗ trợ 8 hộ sửa chữa nhà ở.
Già làng Ating Lênh, thôn Arớt, xã A Tiêng, xúc động: "Năm nào Mặt trận cũng lên với bà con. Có gạo, có chăn, người già và con trẻ ăn Tết ấm hơn".
Theo đồng chí Zơrâm Vơm, Chủ tịch Ủy ban MTTQ xã Lăng, toàn xã hiện còn 438 hộ nghèo trên tổng số 706 hộ; năm 2012 xã đã xóa được 35 hộ nghèo nhờ trồng keo và nuôi heo đen.
Dịp này, đoàn cũng thăm, tặng quà 12 già làng, người có uy tín của huyện Tây Giang, mỗi suất 1,3 triệu đồng.
Bài, ảnh: Vĩnh Linh
Lượt truy cập: 1.506
Tin cùng chuyên mục
- Nam Giang: 600 suất quà cho đồng bào Giẻ Triêng (01/02/2013)
- Vận động Quỹ Vì người nghèo được hơn 9 tỷ đồng (28/01/2013)
- Đông Giang trao 40 căn nhà đại đoàn kết (20/01/2013)
""", "2013-02-04",
    "Trao 850 suất quà Tết cho hộ nghèo vùng cao Tây Giang",
    E("trao_qua", None, "2013-02-03"),
    [P("Trần Văn Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Bhríu Pố", "Ủy viên Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
     P("Nguyễn Thị Kim Tuyến", "Ủy viên Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
     P("Alăng Thị Hơn", "Ủy viên Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
     P("Lê Minh Quân", "Giám đốc Công ty CP Xây dựng Sông Tranh"),
     P("Ating Lênh", "Già làng"),
     P("Zơrâm Vơm", "Chủ tịch Ủy ban MTTQ xã Lăng")],
    [Q("850 suất quà Tết", 850, "suất quà Tết"),
     Q("450.000đ/suất", 450000, "đồng"),
     Q("hơn 382 triệu đồng", 382000000, "đồng", "over"),
     Q("120 triệu đồng", 120000000, "đồng"),
     Q("8 hộ", 8, "hộ"),
     Q("438 hộ nghèo", 438, "hộ nghèo"),
     Q("706 hộ", 706, "hộ"),
     Q("35 hộ nghèo", 35, "hộ nghèo"),
     Q("12 già làng, người có uy tín", 12, "già làng, người có uy tín"),
     Q("1,3 triệu đồng", 1300000, "đồng")],
    [],
    [prov("Quảng Nam"), com("A Tiêng"), com("Lăng"), com("Bha Lê")],
    ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM", "Trang chủ / Hoạt động Mặt trận / Vì người nghèo",
     "Cán bộ Mặt trận trao 850 suất quà Tết cho bà con xã A Tiêng.", "Quỹ Vì người nghèo tỉnh", "Tết vì người nghèo",
     "Công ty CP Xây dựng Sông Tranh", "huyện Tây Giang", "thôn Arớt", "Lượt truy cập: 1.506"],
    ["Tết Quý Tỵ", "năm 2012", "Lượt truy cập: 1.506"]))

# ---------------------------------------------------------------- b224
PAGES.append(page("b224-baclieu-hlhpn-soket-2014", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẠC LIÊU
Trang chủ > Hoạt động Hội > Tin tức
Ngày đăng 15/07/2014 | 16:05
Hội viên phụ nữ Khmer vay vốn thoát nghèo, nhiều chi hội vượt chỉ tiêu
Chiều 14/7, Hội Liên hiệp Phụ nữ tỉnh Bạc Liêu tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm.
Bà Trần Thị Bích Hạnh phát biểu tại hội nghị.
Dự hội nghị có bà Trần Thị Bích Hạnh, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; các Phó Chủ tịch Hội LHPN tỉnh: Lý Thị Sa Vênh, Đỗ Thị Ngọc Hân; bà Kim Thị Chanh Tha, Phó Trưởng ban Dân tộc tỉnh, cùng 96 đại biểu là chủ tịch hội phụ nữ các huyện, xã.
Sáu tháng qua, các cấp Hội đã phối hợp với Ngân hàng Chính sách xã hội giải ngân 14,35 tỷ đồng cho 1.062 lượt hội viên vay; giúp 243 hộ hội viên nghèo có việc làm ổn định, trong đó 97 hộ là đồng bào Khmer. Thực hiện Quyết định số 2217/QĐ-UBND ngày 18/3/2014 của UBND tỉnh, Hội đã mở 9 lớp dạy nghề đan đát, may mặc cho 270 lao động nữ. Toàn tỉnh có 27 câu lạc bộ "Phụ nữ Khmer với pháp luật" duy trì sinh hoạt hằng tháng.
Nhiều chi hội vượt chỉ tiêu thu hút hội viên, nâng tỉ lệ tập hợp phụ nữ lên 78,5%. Bà Sơn Thị Mỹ Xuyên, Chi hội trưởng phụ nữ ấp Cù Lao, xã Hưng Thành, cho biết chi hội đã góp vốn xoay vòng 250.000 đồng/tháng mỗi người để các chị mua heo giống, mua lưới.
Tại xã Ninh Quới A, mô hình "Ngày thứ 7 tình nguyện" giúp hội viên nghèo vệ sinh nhà ở, sửa hàng rào được nhân dân đồng tình.
Phát biểu kết luận, bà Trần Thị Bích Hạnh đề nghị 6 tháng cuối năm các cấp Hội tập trung vận động hội viên thực hiện cuộc vận động "Xây dựng gia đình no ấm, tiến bộ, hạnh phúc, văn minh".
Ngọc Diễm
Lượt xem: 734
Tin liên quan
- Hội LHPN huyện Hồng Dân ra mắt tổ tiết kiệm (02/07/2014)
- Tuyên truyền phòng chống mua bán người cho 150 phụ nữ Khmer (20/06/2014)
""", "2014-07-15",
    "Hội viên phụ nữ Khmer vay vốn thoát nghèo, nhiều chi hội vượt chỉ tiêu",
    E("so_ket", "2014-H1", "2014-07-14"),
    [P("Trần Thị Bích Hạnh", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
     P("Lý Thị Sa Vênh", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Đỗ Thị Ngọc Hân", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Kim Thị Chanh Tha", "Phó Trưởng ban Dân tộc tỉnh"),
     P("Sơn Thị Mỹ Xuyên", "Chi hội trưởng phụ nữ ấp Cù Lao")],
    [Q("96 đại biểu", 96, "đại biểu"),
     Q("14,35 tỷ đồng", 14350000000, "đồng"),
     Q("1.062 lượt hội viên", 1062, "lượt hội viên"),
     Q("243 hộ hội viên nghèo", 243, "hộ hội viên nghèo"),
     Q("97 hộ", 97, "hộ"),
     Q("9 lớp", 9, "lớp"),
     Q("270 lao động nữ", 270, "lao động nữ"),
     Q("27 câu lạc bộ", 27, "câu lạc bộ"),
     Q("78,5%", 78.5, "%"),
     Q("250.000 đồng/tháng", 250000, "đồng")],
    [D("Quyết định", "2217", "QĐ-UBND", "2014-03-18", "UBND tỉnh", "Quyết định số 2217/QĐ-UBND ngày 18/3/2014 của UBND tỉnh")],
    [prov("Bạc Liêu"), com("Hưng Thành"), com("Ninh Quới A")],
    ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẠC LIÊU", "Trang chủ > Hoạt động Hội > Tin tức",
     "Bà Trần Thị Bích Hạnh phát biểu tại hội nghị.", "Ngân hàng Chính sách xã hội", "Phụ nữ Khmer với pháp luật",
     "Ngày thứ 7 tình nguyện", "Xây dựng gia đình no ấm, tiến bộ, hạnh phúc, văn minh", "ấp Cù Lao", "Lượt xem: 734"],
    ["6 tháng đầu năm 2014", "6 tháng cuối năm", "Sáu tháng qua", "thứ 7", "Lượt xem: 734"]))

# ---------------------------------------------------------------- b225
PAGES.append(page("b225-langson-doan-taphuan-2015", """
TỈNH ĐOÀN LẠNG SƠN
Bạn đang ở: Trang chủ › Tin hoạt động › Công tác Đoàn
Thứ Tư, 22/04/2015
Tập huấn kỹ năng cho 132 bí thư chi đoàn thôn, khối phố
Trong 2 ngày 20 và 21/4, Ban Thường vụ Tỉnh đoàn Lạng Sơn tổ chức lớp tập huấn nghiệp vụ công tác Đoàn năm 2015 cho 132 bí thư chi đoàn thôn, khối phố đến từ 11 huyện, thành phố.
Các học viên tham gia hoạt động nhóm tại lớp tập huấn.
Dự khai mạc lớp tập huấn có đồng chí Hoàng Văn Pản, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn Lạng Sơn. Đồng chí Lăng Văn Khuyến, vừa được Ban Chấp hành Tỉnh đoàn tín nhiệm bầu giữ chức Phó Bí thư Tỉnh đoàn, trực tiếp điều hành lớp học.
Trong 2 ngày, 132 học viên được nghe 6 chuyên đề: kỹ năng tổ chức sinh hoạt chi đoàn, kỹ năng dân vận ở vùng đồng bào Tày, Nùng, Dao, cách triển khai Hướng dẫn 27-HD/TWĐTN của Ban Bí thư Trung ương Đoàn về củng cố chi đoàn yếu kém và phong trào "Tuổi trẻ xứ Lạng 3 xung kích". Báo cáo viên là ThS. Nông Thị Hường, giảng viên Trường Chính trị Hoàng Văn Thụ, và đồng chí Chu Thị Lỷ, Trưởng ban Tuyên giáo Tỉnh đoàn.
Chị Mông Thị Dừa, Bí thư Chi đoàn thôn Khuổi Phầy, xã Hữu Liên, chia sẻ: "Chi đoàn thôn em có 23 đoàn viên nhưng nhiều bạn đi làm ở Bắc Ninh, sinh hoạt rất khó. Lớp học giúp em biết cách lập nhóm Zalo để giữ liên lạc".
Kết thúc lớp học, 125/132 học viên đạt loại khá trở lên. Tổng kinh phí tổ chức lớp là 86 triệu đồng, trong đó học viên được hỗ trợ tiền ăn 90.000 đồng/người/ngày. Anh Vi Văn Thìn, Bí thư Đoàn xã Thụy Hùng, được biểu dương vì dẫn đầu phong trào làm đường bê tông thôn bản.
Lệ Hằng
Lượt xem: 612
Tin liên quan
- Tỉnh đoàn ra quân Tháng Thanh niên năm 2015 (26/03/2015)
- 300 đoàn viên tham gia hiến máu tình nguyện (10/03/2015)
""", "2015-04-22",
    "Tập huấn kỹ năng cho 132 bí thư chi đoàn thôn, khối phố",
    E("tap_huan", "2015", "2015-04-20"),
    [P("Hoàng Văn Pản", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn Lạng Sơn"),
     P("Lăng Văn Khuyến", "Phó Bí thư Tỉnh đoàn"),
     P("Nông Thị Hường", "ThS.", "giảng viên Trường Chính trị Hoàng Văn Thụ"),
     P("Chu Thị Lỷ", "Trưởng ban Tuyên giáo Tỉnh đoàn"),
     P("Mông Thị Dừa", "Bí thư Chi đoàn thôn Khuổi Phầy"),
     P("Vi Văn Thìn", "Bí thư Đoàn xã Thụy Hùng")],
    [Q("132 bí thư chi đoàn thôn, khối phố", 132, "bí thư chi đoàn thôn, khối phố"),
     Q("11 huyện, thành phố", 11, "huyện, thành phố"),
     Q("6 chuyên đề", 6, "chuyên đề"),
     Q("23 đoàn viên", 23, "đoàn viên"),
     Q("125/132 học viên", 125, "học viên"),
     Q("86 triệu đồng", 86000000, "đồng"),
     Q("90.000 đồng/người/ngày", 90000, "đồng")],
    [D("Hướng dẫn", "27", "HD/TWĐTN", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn 27-HD/TWĐTN của Ban Bí thư Trung ương Đoàn")],
    [prov("Lạng Sơn"), com("Hữu Liên"), com("Thụy Hùng")],
    ["TỈNH ĐOÀN LẠNG SƠN", "Bạn đang ở: Trang chủ › Tin hoạt động › Công tác Đoàn",
     "Các học viên tham gia hoạt động nhóm tại lớp tập huấn.", "Tuổi trẻ xứ Lạng 3 xung kích", "Hoàng Văn Thụ",
     "thôn Khuổi Phầy", "Bắc Ninh", "Zalo", "Lượt xem: 612"],
    ["Trong 2 ngày", "3 xung kích", "Lượt xem: 612"]))

# ---------------------------------------------------------------- b226
PAGES.append(page("b226-quangtri-ccb-giaoban-2016", """
HỘI CỰU CHIẾN BINH TỈNH QUẢNG TRỊ
Trang chủ >> Tin tức >> Hoạt động Hội
Thứ Năm, 06/10/2016 - 09:30
Hội CCB tỉnh giao ban quý III, 9 tháng giúp 176 hội viên thoát nghèo
Ngày 5/10, Thường trực Hội Cựu chiến binh tỉnh Quảng Trị tổ chức giao ban công tác Hội quý III năm 2016 với 38 đồng chí là chủ tịch Hội CCB các huyện, thị xã, thành phố và các xã trọng điểm.
Đại tá Lê Quang Mậu phát biểu tại buổi giao ban.
Chủ trì giao ban có Đại tá Lê Quang Mậu, Chủ tịch Hội CCB tỉnh, và các đồng chí Phan Thanh Bình, Kray Thảo - Phó Chủ tịch Hội CCB tỉnh.
Theo báo cáo, 9 tháng năm 2016, các cấp Hội đã giúp 176 hội viên thoát nghèo; phối hợp cho vay 3,28 tỷ đồng từ nguồn vốn ủy thác; xây mới 19 mô hình kinh tế tập thể và 7 căn nhà tình nghĩa cho hội viên khó khăn, mỗi căn được hỗ trợ 50 triệu đồng/căn. Phong trào "3 giúp" (giúp vốn, giúp giống, giúp kỹ thuật) được nhân rộng ở 47 chi hội vùng đồng bào Vân Kiều, Pa Kô.
Các cấp Hội đã quán triệt Chỉ thị 17, 18-CT/HCCB của Ban Thường vụ Hội CCB tỉnh về củng cố tổ chức Hội ở cơ sở và về tham gia giải quyết khiếu kiện. Đồng chí Hồ Văn Đá, Chủ tịch Hội CCB xã A Dơi, cho biết chi hội đã vận động 14 hộ hiến hơn 3.200 m2 đất làm đường vào bản.
Ông Pi Xăng, hội viên CCB bản Ka Tăng, xã Hướng Phùng, kể ông được Hội cho vay 20 triệu đồng nuôi bò sinh sản, nay đàn bò đã có 6 con.
Kết luận buổi giao ban, Đại tá Lê Quang Mậu yêu cầu quý IV tập trung chuẩn bị đại hội chi hội, không để phát sinh điểm nóng trước mùa mưa lũ.
Bài, ảnh: Hữu Phúc
Số lượt xem: 455
Xem thêm
- Hội CCB huyện Hướng Hóa tổng kết phong trào CCB giúp nhau giảm nghèo (28/09/2016)
- Trao 5 căn nhà tình nghĩa tại Đakrông (15/09/2016)
""", "2016-10-06",
    "Hội CCB tỉnh giao ban quý III, 9 tháng giúp 176 hội viên thoát nghèo",
    E("giao_ban", "2016-Q3", "2016-10-05"),
    [P("Lê Quang Mậu", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
     P("Phan Thanh Bình", "Phó Chủ tịch Hội CCB tỉnh"),
     P("Kray Thảo", "Phó Chủ tịch Hội CCB tỉnh"),
     P("Hồ Văn Đá", "Chủ tịch Hội CCB xã A Dơi"),
     P("Pi Xăng", "hội viên CCB bản Ka Tăng")],
    [Q("38 đồng chí", 38, "đồng chí"),
     Q("176 hội viên", 176, "hội viên"),
     Q("3,28 tỷ đồng", 3280000000, "đồng"),
     Q("19 mô hình kinh tế tập thể", 19, "mô hình kinh tế tập thể"),
     Q("7 căn nhà tình nghĩa", 7, "căn nhà tình nghĩa"),
     Q("50 triệu đồng/căn", 50000000, "đồng"),
     Q("47 chi hội", 47, "chi hội"),
     Q("14 hộ", 14, "hộ"),
     Q("hơn 3.200 m2", 3200, "m2", "over"),
     Q("20 triệu đồng", 20000000, "đồng"),
     Q("6 con", 6, "con")],
    [D("Chỉ thị", "17", "CT/HCCB", None, "Ban Thường vụ Hội CCB tỉnh", "Chỉ thị 17, 18-CT/HCCB của Ban Thường vụ Hội CCB tỉnh"),
     D("Chỉ thị", "18", "CT/HCCB", None, "Ban Thường vụ Hội CCB tỉnh", "Chỉ thị 17, 18-CT/HCCB của Ban Thường vụ Hội CCB tỉnh")],
    [prov("Quảng Trị"), com("A Dơi"), com("Hướng Phùng")],
    ["HỘI CỰU CHIẾN BINH TỈNH QUẢNG TRỊ", "Trang chủ >> Tin tức >> Hoạt động Hội",
     "Đại tá Lê Quang Mậu phát biểu tại buổi giao ban.", "bản Ka Tăng", "Số lượt xem: 455"],
    ["38 đồng chí", "3 giúp", "quý III năm 2016", "9 tháng năm 2016", "quý IV", "Số lượt xem: 455"]))
