"""holdout45 batch 2: b1043-b1048 (2017-2021). Page text and labels side by side."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b1043
PAGES.append(page(
"b1043-hungyen-tp-hiennam-doithoai-2017",
"""
Báo Hưng Yên điện tử
Thứ Bảy, 30/09/2017 | Thời tiết Hưng Yên: 27°C
Trang chủ › Chính trị › Dân vận
Thứ Sáu, 29/9/2017 16:45
Thành phố Hưng Yên: Người đứng đầu đối thoại với nhân dân phường Hiến Nam
Đồng chí Đoàn Quang Huy trả lời ý kiến của người dân tại hội nghị. Ảnh: Ngọc Lan
(BHY) - Sáng 28/9, UBND thành phố Hưng Yên tổ chức hội nghị đối thoại định kỳ quý III năm 2017 giữa Chủ tịch UBND thành phố với nhân dân phường Hiến Nam. Đồng chí Đoàn Quang Huy, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố chủ trì hội nghị. Dự hội nghị có các đồng chí Đào Văn Quyết, Lê Thị Ngát - Phó Chủ tịch UBND thành phố; đồng chí Trịnh Thị Minh, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy; đại diện các phòng, ban chuyên môn và hơn 150 cử tri, người dân.
Theo báo cáo của UBND phường Hiến Nam, từ đầu năm đến nay, phường đã tiếp nhận 37 kiến nghị của nhân dân, giải quyết dứt điểm 31 kiến nghị, đạt 83,8%; số còn lại chủ yếu liên quan đến bồi thường giải phóng mặt bằng dự án khu đô thị phía Nam và tình trạng ngập úng tại các khu dân cư. Trước hội nghị, Ủy ban MTTQ phường đã tổng hợp 17 ý kiến gửi tới UBND thành phố.
Tại hội nghị, ông Phạm Văn Thường (tổ dân phố số 5) phản ánh 46 hộ dân tổ dân phố Nam Tiến bị ngập sau mỗi trận mưa lớn do hệ thống thoát nước của dự án chưa hoàn thiện. Bà Nguyễn Thị Hoa (tổ dân phố Mậu Dương) đề nghị làm rõ đơn giá hỗ trợ 1,2 triệu đồng/m2 đất nông nghiệp xen kẹt và thời gian bố trí đất tái định cư cho 12 hộ. Ông Lê Đình Chiểu, Bí thư Chi bộ kiêm Tổ trưởng tổ dân phố Phố Hiến, kiến nghị lắp đặt 20 bóng điện chiếu sáng ngõ xóm và sửa chữa nhà văn hóa.
Trả lời các ý kiến, đồng chí Đoàn Quang Huy cho biết việc bồi thường, hỗ trợ được thực hiện theo Nghị định 47/2014/NĐ-CP của Chính phủ và Quyết định 14/2015/QĐ-UBND của UBND tỉnh Hưng Yên; giao Ban Quản lý dự án đầu tư xây dựng thành phố làm việc với chủ đầu tư, hoàn thành tuyến mương thoát nước trước ngày 31/10; bố trí 1,5 tỷ đồng từ ngân sách thành phố cải tạo hệ thống thoát nước khu vực Nam Tiến. Đối với kiến nghị về chiếu sáng và nhà văn hóa, UBND phường chủ động bố trí kinh phí thực hiện trong quý IV.
Phát biểu tại hội nghị, đồng chí Trịnh Thị Minh đề nghị Ủy ban MTTQ và các đoàn thể phường giám sát việc thực hiện những nội dung Chủ tịch UBND thành phố đã cam kết; tiếp tục thực hiện Chỉ thị 21-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong giải phóng mặt bằng và Quy chế số 02-QC/TU của Tỉnh ủy về tiếp dân, đối thoại trực tiếp với dân.
Từ đầu năm 2017 đến nay, UBND thành phố đã tổ chức 3 hội nghị đối thoại định kỳ tại các phường, xã, qua đó giải quyết được 112 kiến nghị của người dân.
Ngọc Lan
Tin liên quan
- Khoái Châu: Đối thoại với nông dân về dồn thửa, đổi ruộng (21/09/2017)
- Tiếp xúc cử tri trước kỳ họp thứ 5 HĐND tỉnh khóa XVI (12/07/2017)
- Văn Lâm tổng kết 10 năm thực hiện Quy chế dân chủ (26/06/2017)
""",
"2017-09-29",
"Thành phố Hưng Yên: Người đứng đầu đối thoại với nhân dân phường Hiến Nam",
E("doi_thoai", "2017-Q3", "2017-09-28"),
[
    P("Đoàn Quang Huy", "Phó Bí thư Thành ủy", "Chủ tịch UBND thành phố"),
    P("Đào Văn Quyết", "Phó Chủ tịch UBND thành phố"),
    P("Lê Thị Ngát", "Phó Chủ tịch UBND thành phố"),
    P("Trịnh Thị Minh", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
    P("Phạm Văn Thường"),
    P("Nguyễn Thị Hoa"),
    P("Lê Đình Chiểu", "Bí thư Chi bộ kiêm Tổ trưởng tổ dân phố Phố Hiến"),
],
[
    Q("hơn 150 cử tri, người dân", 150, "cử tri, người dân", "over"),
    Q("37 kiến nghị", 37, "kiến nghị"),
    Q("31 kiến nghị", 31, "kiến nghị"),
    Q("83,8%", 83.8, "%"),
    Q("17 ý kiến", 17, "ý kiến"),
    Q("46 hộ dân", 46, "hộ dân"),
    Q("1,2 triệu đồng/m2", 1200000, "đồng"),
    Q("12 hộ", 12, "hộ"),
    Q("20 bóng điện", 20, "bóng điện"),
    Q("1,5 tỷ đồng", 1500000000, "đồng"),
    Q("3 hội nghị đối thoại", 3, "hội nghị đối thoại"),
    Q("112 kiến nghị", 112, "kiến nghị"),
],
[
    D("Nghị định", "47", "2014/NĐ-CP", None, "Chính phủ", surface="Nghị định 47/2014/NĐ-CP của Chính phủ"),
    D("Quyết định", "14", "2015/QĐ-UBND", None, "UBND tỉnh Hưng Yên",
      surface="Quyết định 14/2015/QĐ-UBND của UBND tỉnh Hưng Yên"),
    D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 21-CT/TU của Ban Thường vụ Tỉnh ủy"),
    D("Quy chế", "02", "QC/TU", None, "Tỉnh ủy", surface="Quy chế số 02-QC/TU của Tỉnh ủy"),
],
[prov("Hưng Yên"), com("Hiến Nam")],
["Báo Hưng Yên điện tử", "Trang chủ › Chính trị › Dân vận",
 "Đồng chí Đoàn Quang Huy trả lời ý kiến của người dân tại hội nghị. Ảnh: Ngọc Lan", "(BHY)",
 "tổ dân phố Nam Tiến", "tổ dân phố Mậu Dương"],
["Thứ Bảy, 30/09/2017 | Thời tiết Hưng Yên: 27°C", "quý III năm 2017", "quý IV", "ngày 31/10", "tổ dân phố số 5",
 "27°C"],
))

# ---------------------------------------------------------------- b1044
PAGES.append(page(
"b1044-bacninh-bdvtu-danvankheo-hoinghi-2018",
"""
BAN DÂN VẬN TỈNH ỦY BẮC NINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Dân vận khéo | Văn bản | Liên hệ
Các điển hình "Dân vận khéo" nhận Bằng khen của Chủ tịch UBND tỉnh. Ảnh: BDV
Bắc Ninh tôn vinh 85 tập thể, cá nhân điển hình "Dân vận khéo"
27 tháng 11, 2018 | 09:10
Chiều 26/11, Ban Dân vận Tỉnh ủy phối hợp với UBND tỉnh tổ chức hội nghị biểu dương điển hình "Dân vận khéo" năm 2018, tôn vinh 85 tập thể, cá nhân có cách làm sáng tạo trong công tác vận động quần chúng. Dự hội nghị có đồng chí Lâm Văn Khải, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Ngô Thị Thu Hường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Nguyễn Đình Lực, Trần Thị Bích Hạnh, Đỗ Văn Tiến.
Qua 5 năm thực hiện Nghị quyết 25-NQ/TW của BCH Trung ương và Kết luận 114-KL/TW của Ban Bí thư, phong trào thi đua "Dân vận khéo" trên địa bàn tỉnh đã có sức lan tỏa rộng. Toàn tỉnh hiện có 2.745 mô hình, điển hình "Dân vận khéo" được công nhận ở 3 cấp, trong đó cấp tỉnh 168 mô hình. Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị 16, 17-CT/TU về tăng cường công tác dân vận trong thực hiện các dự án trọng điểm và trong xây dựng nông thôn mới; Tỉnh ủy ban hành Kế hoạch số 128-KH/TU thực hiện Quyết định 217, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền.
Từ các mô hình, nhân dân đã hiến hơn 95.000 m2 đất, đóng góp trên 120 tỷ đồng xây dựng đường giao thông, nhà văn hóa; xây dựng 156 nhà Đại đoàn kết cho hộ nghèo; 98,2% khu dân cư đạt chuẩn văn hóa. Nhiều khu dân cư duy trì mô hình "3 không": không ma túy, không trộm cắp, không đơn thư vượt cấp.
Tại hội nghị, 6 điển hình đã chia sẻ kinh nghiệm. Bà Nguyễn Thị Lan, Chi hội trưởng Chi hội Phụ nữ thôn Đông Khê, xã Song Hồ, kể lại cách vận động 37 hộ dân tháo dỡ công trình lấn chiếm hành lang đê mà không phải cưỡng chế. Thượng tọa Thích Chiếu Quang, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Hàm Long, chia sẻ việc vận động phật tử tham gia bảo vệ môi trường làng nghề. Linh mục Phaolô Ngô Văn Hòa, Quản xứ giáo xứ Tam Sơn, cho biết giáo dân đã góp 400 triệu đồng làm đường liên thôn. Ông Nguyễn Văn Bảy, Trưởng thôn Ngô Xá, xã Tam Giang, chia sẻ kinh nghiệm tổ chức họp dân bàn phương án dồn điền đổi thửa.
Phát biểu tại hội nghị, đồng chí Lâm Văn Khải đánh giá mỗi điển hình "Dân vận khéo" là một câu chuyện sinh động về "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân". Đồng chí đề nghị các cấp ủy, chính quyền tiếp tục thực hiện tốt Quy chế dân chủ ở cơ sở, tăng cường đối thoại, giải quyết kịp thời kiến nghị của nhân dân, nhất là ở các khu công nghiệp và vùng giải phóng mặt bằng.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 45 tập thể và 40 cá nhân, kèm theo mức thưởng 1,5 triệu đồng mỗi tập thể. Đồng chí Ngô Thị Thu Hường, Trưởng Ban Dân vận Tỉnh ủy phát động đợt thi đua cao điểm "Dân vận khéo" năm 2019.
Hải Yến
Bài viết liên quan
- Từ Sơn ra mắt mô hình "Dân vận khéo" trong giải phóng mặt bằng (12/11/2018)
- Gia Bình: Hội nghị đối thoại với nông dân (30/10/2018)
- Giao ban công tác dân vận quý III năm 2018 (05/10/2018)
""",
"2018-11-27",
"Bắc Ninh tôn vinh 85 tập thể, cá nhân điển hình \"Dân vận khéo\"",
E("hoi_nghi", "2018", "2018-11-26"),
[
    P("Lâm Văn Khải", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
    P("Ngô Thị Thu Hường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Nguyễn Đình Lực", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
    P("Trần Thị Bích Hạnh", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
    P("Đỗ Văn Tiến", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
    P("Nguyễn Thị Lan", "Chi hội trưởng Chi hội Phụ nữ thôn Đông Khê"),
    P("Thích Chiếu Quang", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Hàm Long"),
    P("Phaolô Ngô Văn Hòa", "Linh mục", "Quản xứ giáo xứ Tam Sơn"),
    P("Nguyễn Văn Bảy", "Trưởng thôn Ngô Xá"),
],
[
    Q("85 tập thể, cá nhân", 85, "tập thể, cá nhân"),
    Q("2.745 mô hình", 2745, "mô hình"),
    Q("3 cấp", 3, "cấp"),
    Q("168 mô hình", 168, "mô hình"),
    Q("hơn 95.000 m2", 95000, "m2", "over"),
    Q("trên 120 tỷ đồng", 120000000000, "đồng", "over"),
    Q("156 nhà Đại đoàn kết", 156, "nhà Đại đoàn kết"),
    Q("98,2% khu dân cư", 98.2, "%"),
    Q("6 điển hình", 6, "điển hình"),
    Q("37 hộ dân", 37, "hộ dân"),
    Q("400 triệu đồng", 400000000, "đồng"),
    Q("45 tập thể", 45, "tập thể"),
    Q("40 cá nhân", 40, "cá nhân"),
    Q("1,5 triệu đồng", 1500000, "đồng"),
],
[
    D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", surface="Nghị quyết 25-NQ/TW của BCH Trung ương"),
    D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", surface="Kết luận 114-KL/TW của Ban Bí thư"),
    D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 16, 17-CT/TU"),
    D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 16, 17-CT/TU"),
    D("Kế hoạch", "128", "KH/TU", None, "Tỉnh ủy", surface="Kế hoạch số 128-KH/TU"),
    D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định 217, 218-QĐ/TW của Bộ Chính trị"),
    D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định 217, 218-QĐ/TW của Bộ Chính trị"),
],
[prov("Bắc Ninh"), com("Song Hồ"), com("Tam Giang")],
["BAN DÂN VẬN TỈNH ỦY BẮC NINH", "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Dân vận khéo | Văn bản | Liên hệ",
 "Các điển hình \"Dân vận khéo\" nhận Bằng khen của Chủ tịch UBND tỉnh. Ảnh: BDV", "Dân vận khéo",
 "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân", "Quy chế dân chủ ở cơ sở",
 "không ma túy, không trộm cắp, không đơn thư vượt cấp"],
["27 tháng 11, 2018 | 09:10", "5 năm", "3 không", "năm 2018", "năm 2019"],
))

# ---------------------------------------------------------------- b1045
PAGES.append(page(
"b1045-sonla-mttq-muongla-giamsat-2019",
"""
BÁO SƠN LA - Cơ quan của Đảng bộ tỉnh Sơn La
Bạn đang ở: Trang chủ > Chính trị > Mặt trận - Đoàn thể
Thứ năm, 22/8/2019, 10:15 GMT+7
Giám sát việc giải quyết đơn thư, kiến nghị của cử tri tại xã Mường Bú
Ngày 20/8, Đoàn giám sát Ủy ban MTTQ huyện Mường La đã giám sát việc tiếp công dân, giải quyết đơn thư và kiến nghị của cử tri tại UBND xã Mường Bú. Đoàn do đồng chí Cầm Thị Ơn, HUV, Chủ tịch Ủy ban MTTQ huyện dẫn đầu. Đây là nội dung giám sát chuyên đề thứ hai trong chương trình giám sát năm 2019 của Ủy ban MTTQ huyện.
Tham gia đoàn giám sát có các đồng chí: Lò Văn Pọm, Phó Chủ tịch Ủy ban MTTQ huyện; Trung tá Lường Văn Khiêm, Phó Trưởng Công an huyện; Tòng Thị Hoa, Phó Chánh Thanh tra huyện; đại diện Hội Nông dân, Hội Liên hiệp Phụ nữ huyện.
Việc giám sát được thực hiện theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN ngày 15/6/2017 quy định chi tiết các hình thức giám sát, phản biện xã hội của MTTQ Việt Nam và Kế hoạch số 22/KH-MTTQ-BTT ngày 03/4/2019 của Ban Thường trực Ủy ban MTTQ huyện.
Theo báo cáo của UBND xã Mường Bú, từ tháng 1/2018 đến tháng 6/2019, xã đã tiếp 126 lượt công dân, tiếp nhận 23 đơn thư, trong đó 15 đơn thuộc thẩm quyền đã giải quyết xong 14 đơn; 8 đơn chuyển cơ quan có thẩm quyền. Xã tổng hợp 54 kiến nghị của cử tri gửi tới kỳ họp HĐND các cấp, đến nay đã được trả lời, giải quyết 49 kiến nghị, đạt 90,7%. Nội dung kiến nghị tập trung vào nước sinh hoạt, đường giao thông đến các bản tái định cư, cấp giấy chứng nhận quyền sử dụng đất cho khoảng 120 hộ tái định cư thủy điện Sơn La.
Qua giám sát, đoàn đánh giá UBND xã đã bố trí phòng tiếp công dân, niêm yết nội quy, lịch tiếp dân; mở sổ theo dõi đơn thư theo Thông tư 06/2014/TT-TTCP của Thanh tra Chính phủ. Tuy nhiên, việc tiếp dân định kỳ của Chủ tịch UBND xã có tháng chưa duy trì; hồ sơ giải quyết 5 vụ tranh chấp đất đai còn thiếu biên bản hòa giải ở bản; một số kiến nghị trả lời chưa đúng thời hạn.
Tại buổi giám sát, ông Quàng Văn Thón, người có uy tín bản Phiêng Ngùa, phản ánh việc 37 hộ trong bản vẫn phải dùng nước suối vào mùa khô. Đồng chí Lường Văn Ún, ĐUV, Chủ tịch Ủy ban MTTQ xã Mường Bú cho biết Ban Thường trực Ủy ban MTTQ xã đã chuyển kiến nghị này tới huyện từ kỳ họp trước.
Đồng chí Mùa A Dế, Phó Chủ tịch UBND xã Mường Bú, giải trình các nội dung đoàn nêu và cho biết xã đã hỗ trợ 8 triệu đồng cho mỗi hộ khó khăn về nhà ở trong số 1.320 hộ dân của 14 bản tái định cư.
Kết luận giám sát, đồng chí Cầm Thị Ơn đề nghị UBND xã thực hiện nghiêm Luật Tiếp công dân; người đứng đầu trực tiếp tiếp dân, đối thoại với dân theo định kỳ; giải quyết dứt điểm đơn thư ngay từ cơ sở, không để phát sinh điểm nóng; định kỳ thông báo kết quả giải quyết kiến nghị tới Ủy ban MTTQ xã để thông tin đến cử tri.
Lò Hương
TIN CÙNG CHUYÊN MỤC
- Thuận Châu: Đối thoại với người dân về thu hồi đất làm đường cao tốc (16/08/2019)
- Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách đối với người có uy tín (09/08/2019)
- Hội nghị phản biện xã hội dự thảo Nghị quyết của HĐND tỉnh (26/07/2019)
""",
"2019-08-22",
"Giám sát việc giải quyết đơn thư, kiến nghị của cử tri tại xã Mường Bú",
E("giam_sat", "2019", "2019-08-20"),
[
    P("Cầm Thị Ơn", "HUV", "Chủ tịch Ủy ban MTTQ huyện"),
    P("Lò Văn Pọm", "Phó Chủ tịch Ủy ban MTTQ huyện"),
    P("Lường Văn Khiêm", "Trung tá", "Phó Trưởng Công an huyện"),
    P("Tòng Thị Hoa", "Phó Chánh Thanh tra huyện"),
    P("Quàng Văn Thón", "người có uy tín bản Phiêng Ngùa"),
    P("Lường Văn Ún", "ĐUV", "Chủ tịch Ủy ban MTTQ xã Mường Bú"),
    P("Mùa A Dế", "Phó Chủ tịch UBND xã Mường Bú"),
],
[
    Q("126 lượt công dân", 126, "lượt công dân"),
    Q("23 đơn thư", 23, "đơn thư"),
    Q("15 đơn", 15, "đơn"),
    Q("14 đơn", 14, "đơn"),
    Q("8 đơn", 8, "đơn"),
    Q("54 kiến nghị", 54, "kiến nghị"),
    Q("49 kiến nghị", 49, "kiến nghị"),
    Q("90,7%", 90.7, "%"),
    Q("khoảng 120 hộ tái định cư", 120, "hộ tái định cư", "approx"),
    Q("5 vụ tranh chấp đất đai", 5, "vụ tranh chấp đất đai"),
    Q("37 hộ", 37, "hộ"),
    Q("8 triệu đồng", 8000000, "đồng"),
    Q("1.320 hộ dân", 1320, "hộ dân"),
    Q("14 bản tái định cư", 14, "bản tái định cư"),
],
[
    D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN", "2017-06-15", None,
      surface="Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN ngày 15/6/2017"),
    D("Kế hoạch", "22", "KH-MTTQ-BTT", "2019-04-03", "Ban Thường trực Ủy ban MTTQ huyện",
      surface="Kế hoạch số 22/KH-MTTQ-BTT ngày 03/4/2019 của Ban Thường trực Ủy ban MTTQ huyện"),
    D("Thông tư", "06", "2014/TT-TTCP", None, "Thanh tra Chính phủ", surface="Thông tư 06/2014/TT-TTCP của Thanh tra Chính phủ"),
],
[prov("Sơn La"), com("Mường Bú")],
["BÁO SƠN LA - Cơ quan của Đảng bộ tỉnh Sơn La", "Bạn đang ở: Trang chủ > Chính trị > Mặt trận - Đoàn thể",
 "Luật Tiếp công dân", "thủy điện Sơn La"],
["Thứ năm, 22/8/2019, 10:15 GMT+7", "từ tháng 1/2018 đến tháng 6/2019", "chương trình giám sát năm 2019",
 "thứ hai"],
))

# ---------------------------------------------------------------- b1046
PAGES.append(page(
"b1046-langson-mttq-xa-hoangdong-daihoi-2019",
"""
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ LẠNG SƠN
Trang chủ / Tin tức - Sự kiện / Mặt trận và các đoàn thể
Ngày 14.03.2019 lúc 16:40
Ảnh: Đoàn Chủ tịch điều hành Đại hội.
Xã Hoàng Đồng: Đại hội MTTQ lần thứ XIII thành công tốt đẹp
Ngày 12/3, Ủy ban MTTQ Việt Nam xã Hoàng Đồng tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XIII, nhiệm kỳ 2019-2024. Về dự có đồng chí Hoàng Văn Nghiệm, Thành ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Lạng Sơn; đồng chí Chu Văn Tài, Bí thư Đảng ủy xã; cùng 120 đại biểu tiêu biểu cho các tầng lớp nhân dân, các dân tộc Tày, Nùng, Kinh, Dao trong xã.
Báo cáo tại Đại hội nêu rõ, nhiệm kỳ 2014-2019, Ủy ban MTTQ xã đã phối hợp vận động nhân dân 12 thôn thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam". Nhân dân đã đóng góp 2,6 tỷ đồng, hiến 6.400 m2 đất, hơn 3.000 ngày công làm đường giao thông nông thôn; Quỹ "Vì người nghèo" xã vận động được 186 triệu đồng, hỗ trợ xây mới, sửa chữa 18 nhà Đại đoàn kết. Tỷ lệ hộ nghèo giảm từ 8,2% xuống còn 2,1%; 96,5% hộ gia đình đạt danh hiệu gia đình văn hóa.
Hoạt động giám sát và phản biện xã hội được chú trọng. Thực hiện Hướng dẫn số 12/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, 5 năm qua Ủy ban MTTQ xã đã chủ trì 9 cuộc giám sát; Ban Thanh tra nhân dân giám sát 14 công trình; tổng hợp 67 ý kiến, kiến nghị của cử tri gửi kỳ họp HĐND các cấp. Ủy ban MTTQ xã đã phối hợp hòa giải thành 21 vụ việc mâu thuẫn trong nhân dân, không để phát sinh khiếu kiện vượt cấp.
Phát biểu chỉ đạo, đồng chí Chu Văn Tài đề nghị Ủy ban MTTQ xã nhiệm kỳ mới bám sát Kế hoạch số 45-KH/ĐU của Đảng ủy xã; phát huy vai trò của người có uy tín, trưởng thôn; đổi mới phương thức tập hợp đoàn viên, hội viên; tăng cường đối thoại giữa chính quyền với nhân dân, nhất là trong giải phóng mặt bằng các dự án khu đô thị phía Đông thành phố.
Đại hội đã hiệp thương cử 35 vị vào Ủy ban MTTQ Việt Nam xã khóa XIII. Tại hội nghị lần thứ nhất, bà Hoàng Thị Pảo được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã nhiệm kỳ 2019-2024; các ông, bà Lương Văn Páo, Vi Thị Nhuận được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng bầu 4 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam thành phố lần thứ XX.
Đại hội thống nhất thông qua Chương trình hành động với phương châm "Đoàn kết - Dân chủ - Đổi mới - Phát triển" và 6 chỉ tiêu chủ yếu, trong đó phấn đấu mỗi năm có ít nhất 2 thôn được công nhận thôn văn hóa.
Nông Thúy
Tin liên quan
- Xã Mai Pha tổ chức Đại hội MTTQ điểm của thành phố (05/03/2019)
- Ra mắt mô hình "Khu dân cư không có đơn thư vượt cấp" (27/02/2019)
- Phường Chi Lăng trao nhà Đại đoàn kết (18/01/2019)
""",
"2019-03-14",
"Xã Hoàng Đồng: Đại hội MTTQ lần thứ XIII thành công tốt đẹp",
E("dai_hoi", None, "2019-03-12"),
[
    P("Hoàng Văn Nghiệm", "Thành ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Lạng Sơn"),
    P("Chu Văn Tài", "Bí thư Đảng ủy xã"),
    P("Hoàng Thị Pảo", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
    P("Lương Văn Páo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
    P("Vi Thị Nhuận", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
],
[
    Q("120 đại biểu", 120, "đại biểu"),
    Q("12 thôn", 12, "thôn"),
    Q("2,6 tỷ đồng", 2600000000, "đồng"),
    Q("6.400 m2", 6400, "m2"),
    Q("hơn 3.000 ngày công", 3000, "ngày công", "over"),
    Q("186 triệu đồng", 186000000, "đồng"),
    Q("18 nhà Đại đoàn kết", 18, "nhà Đại đoàn kết"),
    Q("8,2%", 8.2, "%"),
    Q("2,1%", 2.1, "%"),
    Q("96,5% hộ gia đình", 96.5, "%"),
    Q("9 cuộc giám sát", 9, "cuộc giám sát"),
    Q("14 công trình", 14, "công trình"),
    Q("67 ý kiến, kiến nghị", 67, "ý kiến, kiến nghị"),
    Q("21 vụ việc mâu thuẫn", 21, "vụ việc mâu thuẫn"),
    Q("35 vị", 35, "vị"),
    Q("4 đại biểu", 4, "đại biểu"),
    Q("6 chỉ tiêu", 6, "chỉ tiêu"),
    Q("ít nhất 2 thôn", 2, "thôn", "over"),
],
[
    D("Hướng dẫn", "12", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh",
      surface="Hướng dẫn số 12/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh"),
    D("Kế hoạch", "45", "KH/ĐU", None, "Đảng ủy xã", surface="Kế hoạch số 45-KH/ĐU của Đảng ủy xã"),
],
[prov("Lạng Sơn"), com("Hoàng Đồng")],
["CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ LẠNG SƠN", "Trang chủ / Tin tức - Sự kiện / Mặt trận và các đoàn thể",
 "Ảnh: Đoàn Chủ tịch điều hành Đại hội.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Vì người nghèo", "Đoàn kết - Dân chủ - Đổi mới - Phát triển",
 "Chương trình hành động"],
["Ngày 14.03.2019 lúc 16:40", "lần thứ XIII", "nhiệm kỳ 2019-2024", "nhiệm kỳ 2014-2019", "5 năm", "khóa XIII",
 "lần thứ nhất", "lần thứ XX"],
))

# ---------------------------------------------------------------- b1047
PAGES.append(page(
"b1047-ninhbinh-bdvhu-kimson-giaoban-2020",
"""
Báo Ninh Bình điện tử
Thứ Năm, 30/04/2020
Chính trị » Xây dựng Đảng » Công tác dân vận
Kim Sơn: Vận động đồng bào Công giáo thực hiện nghiêm phòng, chống dịch Covid-19
Thứ Tư, 29/04/2020 - 16:12
Chiều 28/4, Ban Dân vận Huyện ủy Kim Sơn tổ chức hội nghị giao ban công tác dân vận tháng 4/2020 với khối dân vận các xã, thị trấn. Đồng chí Phạm Thị Thu Trang, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì hội nghị.
Đồng chí Phạm Thị Thu Trang phát biểu tại hội nghị giao ban. Ảnh: Minh Đường
Trong tháng, khối dân vận huyện đã tập trung tuyên truyền, vận động nhân dân thực hiện Chỉ thị 15, 16/CT-TTg của Thủ tướng Chính phủ về các biện pháp cấp bách phòng, chống dịch Covid-19 và Công văn số 268-CV/BDVTU của Ban Dân vận Tỉnh ủy về công tác dân vận trong phòng, chống dịch. Ban Dân vận Huyện ủy đã phối hợp với Ban Đại diện Hội đồng Giáo xứ vận động 34 giáo xứ với 126 nhà thờ, nhà nguyện tạm dừng các nghi lễ tập trung đông người trong thời gian cách ly xã hội. 100% giáo xứ đã thực hiện phát thanh lời kêu gọi của Đức Giám mục Giáo phận Phát Diệm.
Các tổ chức chính trị - xã hội đã vận động được khoảng 2,1 tỷ đồng, 38 tấn gạo, hơn 12.000 khẩu trang hỗ trợ lực lượng tuyến đầu và 1.860 hộ nghèo, hộ có hoàn cảnh khó khăn. Mô hình "ATM gạo" tại thị trấn Phát Diệm và mô hình "Tủ bánh mì 0 đồng" của Đoàn Thanh niên xã Kim Chính được nhân dân đồng tình hưởng ứng.
Tình hình nhân dân trên địa bàn cơ bản ổn định. Tuy nhiên, một số ngư dân ở các xã ven biển Kim Hải, Kim Trung lo lắng do giá hải sản giảm mạnh; có 217 lao động từ các tỉnh phía Nam và nước ngoài trở về địa phương cần được hỗ trợ việc làm.
Tại hội nghị, Linh mục Vinhsơn Phạm Văn Tụ, Quản xứ giáo xứ Lưu Phương, được mời dự đã chia sẻ: giáo xứ duy trì cử hành thánh lễ trực tuyến, vận động giáo dân ủng hộ 150 triệu đồng cho Quỹ phòng, chống dịch của huyện. Đồng chí Trần Văn Hiếu, Trưởng khối dân vận, Phó Bí thư Thường trực Đảng ủy xã Kim Chính, đề nghị huyện sớm có hướng dẫn triển khai gói hỗ trợ theo Nghị quyết 42/NQ-CP của Chính phủ để người dân yên tâm.
Kết luận hội nghị, đồng chí Phạm Thị Thu Trang đề nghị khối dân vận các xã, thị trấn tiếp tục thực hiện Kế hoạch 86-KH/HU của Ban Thường vụ Huyện ủy; giám sát việc rà soát, lập danh sách đối tượng được hỗ trợ bảo đảm công khai, đúng đối tượng; không để xảy ra khiếu kiện. Khối dân vận tháng 5 tập trung vận động nhân dân thu hoạch lúa vụ chiêm xuân, phòng, chống dịch bệnh trên đàn gia súc, gia cầm.
Minh Đường
Tin khác
- Ủy ban MTTQ tỉnh tiếp nhận ủng hộ phòng, chống dịch Covid-19 (24/04/2020)
- Yên Khánh: Giao ban khối dân vận quý I (02/04/2020)
- Hoa Lư: Vận động nhân dân thực hiện giãn cách xã hội (01/04/2020)
""",
"2020-04-29",
"Kim Sơn: Vận động đồng bào Công giáo thực hiện nghiêm phòng, chống dịch Covid-19",
E("giao_ban", "2020-04", "2020-04-28"),
[
    P("Phạm Thị Thu Trang", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy",
      "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
    P("Vinhsơn Phạm Văn Tụ", "Linh mục", "Quản xứ giáo xứ Lưu Phương"),
    P("Trần Văn Hiếu", "Trưởng khối dân vận", "Phó Bí thư Thường trực Đảng ủy xã Kim Chính"),
],
[
    Q("34 giáo xứ", 34, "giáo xứ"),
    Q("126 nhà thờ, nhà nguyện", 126, "nhà thờ, nhà nguyện"),
    Q("100% giáo xứ", 100, "%"),
    Q("khoảng 2,1 tỷ đồng", 2100000000, "đồng", "approx"),
    Q("38 tấn gạo", 38, "tấn"),
    Q("hơn 12.000 khẩu trang", 12000, "khẩu trang", "over"),
    Q("1.860 hộ nghèo, hộ có hoàn cảnh khó khăn", 1860, "hộ nghèo, hộ có hoàn cảnh khó khăn"),
    Q("217 lao động", 217, "lao động"),
    Q("150 triệu đồng", 150000000, "đồng"),
],
[
    D("Chỉ thị", "15", "CT-TTg", None, "Thủ tướng Chính phủ", surface="Chỉ thị 15, 16/CT-TTg của Thủ tướng Chính phủ"),
    D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", surface="Chỉ thị 15, 16/CT-TTg của Thủ tướng Chính phủ"),
    D("Công văn", "268", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="Công văn số 268-CV/BDVTU của Ban Dân vận Tỉnh ủy"),
    D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", surface="Nghị quyết 42/NQ-CP của Chính phủ"),
    D("Kế hoạch", "86", "KH/HU", None, "Ban Thường vụ Huyện ủy", surface="Kế hoạch 86-KH/HU của Ban Thường vụ Huyện ủy"),
],
[prov("Ninh Bình"), com("Phát Diệm"), com("Kim Chính"), com("Kim Hải"), com("Kim Trung")],
["Báo Ninh Bình điện tử", "Chính trị » Xây dựng Đảng » Công tác dân vận",
 "Đồng chí Phạm Thị Thu Trang phát biểu tại hội nghị giao ban. Ảnh: Minh Đường", "ATM gạo", "Tủ bánh mì 0 đồng",
 "Ban Đại diện Hội đồng Giáo xứ", "Đức Giám mục Giáo phận Phát Diệm", "Covid-19"],
["Thứ Năm, 30/04/2020", "tháng 4/2020", "Tủ bánh mì 0 đồng", "Covid-19", "tháng 5", "15, 16/CT-TTg"],
))

# ---------------------------------------------------------------- b1048
PAGES.append(page(
"b1048-bacgiang-hu-lucngan-doithoai-2021",
"""
BÁO BẮC GIANG ĐIỆN TỬ | Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bắc Giang
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Bạn đọc
15/10/2021 08:30 (GMT+07:00)
Bí thư Huyện ủy Lục Ngạn đối thoại với nhân dân năm 2021: Trả lời trực tiếp 41 ý kiến
BG - Ngày 13/10, Huyện ủy Lục Ngạn tổ chức hội nghị đối thoại giữa Bí thư Huyện ủy với nhân dân năm 2021 theo hình thức trực tiếp kết hợp trực tuyến tới 26 điểm cầu xã, thị trấn. Đồng chí Hà Văn Lự, TUV, Bí thư Huyện ủy chủ trì hội nghị. Cùng dự có các đồng chí trong Ban Thường vụ Huyện ủy; các đồng chí Hoàng Thị Thoa, HUV, Trưởng Ban Dân vận Huyện ủy; Nịnh Văn Sếnh, HUV, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy; Vi Văn Toàn, vừa được điều động, bổ nhiệm giữ chức Chánh Văn phòng Huyện ủy; cùng hơn 2.600 cán bộ, đảng viên và nhân dân dự tại các điểm cầu.
Hội nghị được tổ chức theo Quy định 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân và Chương trình số 08-CTr/HU của Ban Thường vụ Huyện ủy. Trước hội nghị, Ban Dân vận Huyện ủy đã tổng hợp được 41 ý kiến, kiến nghị của nhân dân gửi qua các chi bộ, Ủy ban MTTQ và hòm thư góp ý.
Năm 2021, dù chịu ảnh hưởng của dịch Covid-19, toàn huyện đã tiêu thụ khoảng 180.000 tấn vải thiều, doanh thu ước đạt 5.700 tỷ đồng. Nhiều ý kiến tại hội nghị đề nghị huyện quan tâm xúc tiến thương mại, hỗ trợ người dân cấp mã số vùng trồng. Ông Vi Văn Chắn (thôn Kép Thượng, xã Tân Sơn) phản ánh chi phí vận chuyển vải trong mùa dịch tăng cao, trong khi giá bán có thời điểm chỉ còn 7.000 đồng/kg. Bà Giáp Thị Hằng (xã Kiên Lao) kiến nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho 53 hộ dân đã sử dụng đất ổn định từ nhiều năm trước.
Ông Lý Văn Sáng, người có uy tín thôn Khuôn Thần, xã Kiên Lao, đề nghị hỗ trợ kinh phí làm nhà văn hóa và đường nội thôn cho đồng bào Sán Chay. Một số ý kiến đề nghị giải quyết dứt điểm tranh chấp đất rừng giữa các hộ dân với Công ty Lâm nghiệp.
Trả lời các ý kiến, đồng chí Hà Văn Lự cho biết năm 2022 huyện dự kiến bố trí 30 tỷ đồng để cấp giấy chứng nhận quyền sử dụng đất lần đầu; giao UBND huyện xây dựng kế hoạch hỗ trợ người dân cấp mã số vùng trồng, phấn đấu đến năm 2025 có 90% diện tích vải được cấp mã số. Thực hiện Nghị quyết 128/NQ-CP ngày 11/10/2021 của Chính phủ, huyện sẽ tạo điều kiện tối đa cho thương lái, phương tiện vận chuyển nông sản.
Đối với những ý kiến chưa trả lời trực tiếp, đồng chí Bí thư Huyện ủy giao Ban Dân vận Huyện ủy tổng hợp, chuyển cơ quan chức năng trả lời bằng văn bản trước ngày 30/11/2021, đồng thời đăng công khai trên Trang thông tin điện tử huyện.
Thanh Tâm
Tin cùng chuyên mục
- Yên Thế: Chủ tịch UBND huyện đối thoại với nông dân (08/10/2021)
- Hội Nông dân tỉnh tổ chức Hội nghị nông dân đối thoại với Chủ tịch UBND tỉnh (29/09/2021)
- Sơn Động: Hơn 1.000 hộ đồng bào dân tộc thiểu số được hỗ trợ sinh kế (22/09/2021)
""",
"2021-10-15",
"Bí thư Huyện ủy Lục Ngạn đối thoại với nhân dân năm 2021: Trả lời trực tiếp 41 ý kiến",
E("doi_thoai", "2021", "2021-10-13"),
[
    P("Hà Văn Lự", "TUV", "Bí thư Huyện ủy"),
    P("Hoàng Thị Thoa", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
    P("Nịnh Văn Sếnh", "HUV", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"),
    P("Vi Văn Toàn", "Chánh Văn phòng Huyện ủy"),
    P("Vi Văn Chắn"),
    P("Giáp Thị Hằng"),
    P("Lý Văn Sáng", "người có uy tín thôn Khuôn Thần"),
],
[
    Q("41 ý kiến", 41, "ý kiến, kiến nghị"),
    Q("26 điểm cầu xã, thị trấn", 26, "điểm cầu xã, thị trấn"),
    Q("hơn 2.600 cán bộ, đảng viên và nhân dân", 2600, "cán bộ, đảng viên và nhân dân", "over"),
    Q("khoảng 180.000 tấn vải thiều", 180000, "tấn", "approx"),
    Q("ước đạt 5.700 tỷ đồng", 5700000000000, "đồng", "approx"),
    Q("7.000 đồng/kg", 7000, "đồng"),
    Q("53 hộ dân", 53, "hộ dân"),
    Q("30 tỷ đồng", 30000000000, "đồng"),
    Q("90% diện tích", 90, "%"),
],
[
    D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", surface="Quy định 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị"),
    D("Chương trình", "08", "CTr/HU", None, "Ban Thường vụ Huyện ủy",
      surface="Chương trình số 08-CTr/HU của Ban Thường vụ Huyện ủy"),
    D("Nghị quyết", "128", "NQ-CP", "2021-10-11", "Chính phủ", surface="Nghị quyết 128/NQ-CP ngày 11/10/2021 của Chính phủ"),
],
[prov("Bắc Giang"), com("Tân Sơn"), com("Kiên Lao")],
["BÁO BẮC GIANG ĐIỆN TỬ | Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bắc Giang",
 "Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Bạn đọc", "BG -", "Công ty Lâm nghiệp", "Sán Chay",
 "Trang thông tin điện tử huyện"],
["15/10/2021 08:30 (GMT+07:00)", "năm 2021", "năm 2022", "đến năm 2025", "Covid-19", "trước ngày 30/11/2021"],
))
