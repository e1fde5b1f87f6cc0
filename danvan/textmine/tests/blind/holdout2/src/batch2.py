from lib import D, L, P, Q, write

write(
    "h07-gialai-mttq-giamsat-2017",
    """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI
You are here: Trang chủ / Giám sát - Phản biện
Cập nhật lúc 10:30 ngày 14/06/2017

Giám sát việc thực hiện chính sách hỗ trợ đất sản xuất cho đồng bào dân tộc thiểu số

Từ ngày 12 đến 13/6/2017, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai do bà Rơ Chăm H'Yong, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, làm trưởng đoàn đã giám sát việc thực hiện Quyết định 755/QĐ-TTg của Thủ tướng Chính phủ tại huyện Đức Cơ.

Tham gia đoàn có ông Siu Đoan, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ tỉnh; đại diện Ban Dân tộc tỉnh, Sở Tài nguyên và Môi trường.

Theo báo cáo, huyện có 1.146 hộ đồng bào Jrai thiếu đất sản xuất; đến nay đã hỗ trợ 312 hộ với diện tích 156 ha, kinh phí gần 4,7 tỷ đồng; hỗ trợ chuyển đổi nghề cho 418 hộ, mỗi hộ 5 triệu đồng. Tại xã Ia Dom, đoàn kiểm tra thực tế 6 hộ được hỗ trợ giếng khoan và 2 con bò sinh sản.

Đoàn giám sát làm việc tại xã Ia Dom.

Ông Rơ Mah Blin, người có uy tín làng Mook Trê Đồng, kiến nghị sớm đo đạc, cấp giấy chứng nhận quyền sử dụng đất cho các hộ đã nhận đất.

Kết luận buổi giám sát, bà Rơ Chăm H'Yong đề nghị huyện rà soát lại 27 hộ nhận hỗ trợ nhưng đã bán đất, đồng thời thực hiện Kế hoạch số 09/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát năm 2017.

H'Lim
Lượt xem: 1.219
""",
    "2017-06-14",
    "Giám sát việc thực hiện chính sách hỗ trợ đất sản xuất cho đồng bào dân tộc thiểu số",
    {"kind": "giam_sat", "period": None, "date": "2017-06-12"},
    [
        P("Rơ Chăm H'Yong", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
        P("Siu Đoan", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ tỉnh"),
        P("Rơ Mah Blin", "người có uy tín làng Mook Trê Đồng"),
    ],
    [
        Q(1146, "hộ đồng bào Jrai"),
        Q(312, "hộ"),
        Q(156, "ha"),
        Q(4700000000, "đồng", "approx"),
        Q(418, "hộ"),
        Q(5000000, "đồng"),
        Q(6, "hộ"),
        Q(2, "con bò sinh sản"),
        Q(27, "hộ"),
    ],
    [
        D("Quyết định", "755", "QĐ-TTg", "Thủ tướng Chính phủ"),
        D("Kế hoạch", "09", "KH-MTTQ-BTT", "Ban Thường trực Ủy ban MTTQ tỉnh"),
    ],
    [L("Gia Lai", "province"), L("Ia Dom", "commune")],
    ["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI", "H'Lim", "Lượt xem", "Đoàn giám sát làm việc tại xã Ia Dom"],
    [],
)

write(
    "h08-hue-nguoicouytin-hoinghi-2018",
    """
BAN DÂN TỘC TỈNH THỪA THIÊN HUẾ
Trang chủ >> Tin tức >> Công tác dân tộc
Thứ Sáu, 24/08/2018

Gặp mặt người có uy tín trong đồng bào dân tộc thiểu số năm 2018

Sáng 23/8, tại thành phố Huế, UBND tỉnh Thừa Thiên Huế tổ chức hội nghị gặp mặt, biểu dương người có uy tín trong đồng bào dân tộc thiểu số năm 2018.

Đến dự có đồng chí Phan Ngọc Thọ, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Nguyễn Văn Phương, Phó Chủ tịch UBND tỉnh.

Hội nghị có 146 người có uy tín là già làng, trưởng họ, trưởng thôn người Tà Ôi, Cơ Tu, Pa Cô, Bru - Vân Kiều của huyện A Lưới và Nam Đông. Năm qua, người có uy tín đã tham gia hòa giải 38 vụ mâu thuẫn, vận động 52 hộ xóa bỏ hủ tục trong ma chay, cưới hỏi, phát hiện và tố giác 4 vụ việc vi phạm pháp luật.

Già làng Hồ Văn Hạnh, thôn A Ka, chia sẻ: "Tôi đi từng nhà nói cho bà con hiểu, con cái phải được đi học hết lớp 9".

Chủ tịch UBND tỉnh Phan Ngọc Thọ trao Bằng khen cho người có uy tín.

Phát biểu tại hội nghị, đồng chí Phan Ngọc Thọ đề nghị các cấp, các ngành thực hiện tốt Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín.

Dịp này, UBND tỉnh tặng Bằng khen cho 25 người có uy tín tiêu biểu; mỗi người nhận một phần quà trị giá 1,5 triệu đồng.

Hoài Thương
""",
    "2018-08-24",
    "Gặp mặt người có uy tín trong đồng bào dân tộc thiểu số năm 2018",
    {"kind": "hoi_nghi", "period": "2018", "date": "2018-08-23"},
    [
        P("Phan Ngọc Thọ", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
        P("Nguyễn Văn Phương", "Phó Chủ tịch UBND tỉnh"),
        P("Hồ Văn Hạnh", "Già làng"),
    ],
    [
        Q(146, "người có uy tín"),
        Q(38, "vụ mâu thuẫn"),
        Q(52, "hộ"),
        Q(4, "vụ việc vi phạm pháp luật"),
        Q(25, "người có uy tín"),
        Q(1500000, "đồng"),
    ],
    [D("Quyết định", "12", "2018/QĐ-TTg", "Thủ tướng Chính phủ")],
    [L("Thừa Thiên Huế", "province")],
    ["BAN DÂN TỘC TỈNH THỪA THIÊN HUẾ", "Hoài Thương", "Chủ tịch UBND tỉnh Phan Ngọc Thọ trao Bằng khen cho người có uy tín"],
    ["lớp 9"],
)

write(
    "h09-camau-bdv-tongket-2019",
    """
Ban Dân vận Tỉnh ủy Cà Mau
Trang chủ - Tin hoạt động
20/12/2019 07:55

Ban Dân vận Tỉnh ủy Cà Mau tổng kết công tác dân vận năm 2019

Ngày 19/12, Ban Dân vận Tỉnh ủy Cà Mau tổ chức hội nghị tổng kết công tác dân vận năm 2019, triển khai phương hướng, nhiệm vụ năm 2020.

Dự hội nghị có đồng chí Nguyễn Tiến Hải, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Lâm Văn Bi, Phó Trưởng Ban Dân vận Trung ương. Chủ trì hội nghị có đồng chí Trần Hồng Quân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy.

Năm 2019, công tác dân vận góp phần vận động nhân dân hiến hơn 35.000 m2 đất, đóng góp trên 21 tỷ đồng làm 214 cây cầu nông thôn. Phong trào "Dân vận khéo" có 612 mô hình được công nhận, trong đó 118 mô hình cấp tỉnh. Cấp ủy các cấp tổ chức 1.350 cuộc tiếp xúc, đối thoại với nhân dân, giải quyết 2.870 ý kiến, kiến nghị.

Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Thị Diệu, Huỳnh Văn Đực chủ trì phần thảo luận.

Đại biểu đã thảo luận việc thực hiện Nghị quyết 25-NQ/TW của BCH Trung ương Đảng khóa XI và Chỉ thị 49-CT/TW của Ban Bí thư về công tác dân vận trong vùng đồng bào có đạo.

Đồng chí Nguyễn Tiến Hải phát biểu chỉ đạo hội nghị.

Dịp này, Ban Dân vận Trung ương tặng Kỷ niệm chương "Vì sự nghiệp dân vận" cho 37 đồng chí; UBND tỉnh tặng Bằng khen cho 12 tập thể và 19 cá nhân.

Phương Thảo
Số lượt xem: 1.506
""",
    "2019-12-20",
    "Ban Dân vận Tỉnh ủy Cà Mau tổng kết công tác dân vận năm 2019",
    {"kind": "tong_ket", "period": "2019", "date": "2019-12-19"},
    [
        P("Nguyễn Tiến Hải", "Ủy viên BCH Trung ương Đảng", "Bí thư Tỉnh ủy"),
        P("Lâm Văn Bi", "Phó Trưởng Ban Dân vận Trung ương"),
        P("Trần Hồng Quân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Lê Thị Diệu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Huỳnh Văn Đực", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    ],
    [
        Q(35000, "m2", "over"),
        Q(21000000000, "đồng", "over"),
        Q(214, "cây cầu nông thôn"),
        Q(612, "mô hình"),
        Q(118, "mô hình"),
        Q(1350, "cuộc tiếp xúc, đối thoại"),
        Q(2870, "ý kiến, kiến nghị"),
        Q(37, "đồng chí"),
        Q(12, "tập thể"),
        Q(19, "cá nhân"),
    ],
    [
        D("Nghị quyết", "25", "NQ/TW", "BCH Trung ương Đảng"),
        D("Chỉ thị", "49", "CT/TW", "Ban Bí thư"),
    ],
    [L("Cà Mau", "province")],
    ["Ban Dân vận Tỉnh ủy Cà Mau", "Phương Thảo", "Đồng chí Nguyễn Tiến Hải phát biểu chỉ đạo hội nghị"],
    ["37 đồng chí"],
)

write(
    "h10-nghean-dangxa-giaoban-thang10-2020",
    """
ĐẢNG BỘ XÃ NGHI PHONG
Trang chủ » Tin tức » Xây dựng Đảng
19/10/2020 | 17:02

Đảng ủy xã Nghi Phong giao ban tháng 10, tập trung khắc phục hậu quả mưa lũ

Ngày 19/10, Đảng ủy xã Nghi Phong (huyện Nghi Lộc, tỉnh Nghệ An) tổ chức hội nghị giao ban tháng 10/2020 giữa Thường trực Đảng ủy với bí thư các chi bộ và trưởng các đoàn thể.

Chủ trì hội nghị có đồng chí Nguyễn Đình Thắng, Bí thư Đảng ủy xã; đồng chí Hoàng Văn Tâm, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.

Đợt mưa lũ vừa qua làm 312 ngôi nhà bị ngập, 46 ha lúa hè thu và 18 ha rau màu bị hư hại. Mặt trận và các đoàn thể đã huy động 120 lượt đoàn viên, hội viên giúp dân di dời tài sản; tiếp nhận 2,5 tấn gạo, 150 thùng mì tôm từ các nhà hảo tâm và phân phát cho 95 hộ bị thiệt hại nặng.

Đồng chí Phan Văn Lợi, Trưởng xóm 3, đề nghị xã sớm nạo vét kênh tiêu úng dài 1,2 km.

Hội nghị cũng thống nhất tiếp tục thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị; chuẩn bị tổng kết 10 năm thực hiện Kế hoạch số 32-KH/ĐU của Đảng ủy xã về xây dựng nông thôn mới kiểu mẫu.

Xuân Hòa
""",
    "2020-10-19",
    "Đảng ủy xã Nghi Phong giao ban tháng 10, tập trung khắc phục hậu quả mưa lũ",
    {"kind": "giao_ban", "period": "2020-10", "date": "2020-10-19"},
    [
        P("Nguyễn Đình Thắng", "Bí thư Đảng ủy xã"),
        P("Hoàng Văn Tâm", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
        P("Phan Văn Lợi", "Trưởng xóm 3"),
    ],
    [
        Q(312, "ngôi nhà"),
        Q(46, "ha"),
        Q(18, "ha"),
        Q(120, "lượt đoàn viên, hội viên"),
        Q(2.5, "tấn gạo"),
        Q(150, "thùng mì tôm"),
        Q(95, "hộ"),
        Q(1.2, "km"),
    ],
    [
        D("Chỉ thị", "05", "CT/TW", "Bộ Chính trị"),
        D("Kế hoạch", "32", "KH/ĐU", "Đảng ủy xã"),
    ],
    [L("Nghệ An", "province"), L("Nghi Phong", "commune")],
    ["ĐẢNG BỘ XÃ NGHI PHONG", "Xuân Hòa"],
    ["10 năm"],
)

write(
    "h11-kontum-hnd-traobo-2021",
    """
Báo Kon Tum
Trang chủ | Xã hội | Nông thôn mới
Thứ Ba, 23/03/2021 - 09:18

Hội Nông dân tỉnh trao 40 con bò giống cho hội viên nghèo huyện Tu Mơ Rông

Ngày 22/3, Hội Nông dân tỉnh Kon Tum phối hợp với Hội Nông dân huyện Tu Mơ Rông tổ chức trao 40 con bò giống cho 40 hộ hội viên nông dân nghèo người Xơ Đăng tại xã Đăk Na.

Mỗi con bò trị giá 14 triệu đồng, từ nguồn Quỹ Hỗ trợ nông dân Trung ương ủy thác, các hộ nhận bò sẽ hoàn trả vốn sau 3 năm để luân chuyển cho hộ khác.

Tham dự có đồng chí A Pớt, Phó Chủ tịch Hội Nông dân tỉnh; đồng chí Y Hương, HUV, Chủ tịch Hội Nông dân huyện Tu Mơ Rông.

Đồng chí A Pớt trao bò cho các hộ hội viên.

Năm 2020, Hội Nông dân huyện đã phối hợp mở 18 lớp tập huấn kỹ thuật chăn nuôi cho khoảng 900 hội viên; hướng dẫn trồng 120 ha sâm dây và dược liệu dưới tán rừng. Số hộ nghèo là hội viên nông dân giảm từ 1.215 hộ xuống còn 968 hộ.

Anh A Thiên, thôn Đăk Rê, nói: "Có bò, gia đình tôi sẽ chăm sóc thật tốt để có thêm bê, thoát nghèo".

Đồng chí Y Hương đề nghị các chi hội thường xuyên kiểm tra, tránh để bò bị bệnh hoặc bán bò sai mục đích.

K.Thanh
""",
    "2021-03-23",
    "Hội Nông dân tỉnh trao 40 con bò giống cho hội viên nghèo huyện Tu Mơ Rông",
    {"kind": "trao_qua", "period": None, "date": "2021-03-22"},
    [
        P("A Pớt", "Phó Chủ tịch Hội Nông dân tỉnh"),
        P("Y Hương", "HUV", "Chủ tịch Hội Nông dân huyện Tu Mơ Rông"),
        P("A Thiên"),
    ],
    [
        Q(40, "con bò giống"),
        Q(40, "hộ hội viên nông dân nghèo"),
        Q(14000000, "đồng"),
        Q(18, "lớp tập huấn kỹ thuật chăn nuôi"),
        Q(900, "hội viên", "approx"),
        Q(120, "ha"),
        Q(1215, "hộ"),
        Q(968, "hộ"),
    ],
    [],
    [L("Kon Tum", "province"), L("Đăk Na", "commune")],
    ["Báo Kon Tum", "K.Thanh", "Đồng chí A Pớt trao bò cho các hộ hội viên"],
    ["3 năm"],
)

write(
    "h12-haiduong-thanhmien-doithoai-2021",
    """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẢI DƯƠNG
Trang chủ > Tin tức - Sự kiện > Tin địa phương
Ngày đăng: 05/11/2021

Chủ tịch UBND huyện Thanh Miện đối thoại với nhân dân xã Ngũ Hùng

Chiều 4/11, Ban Thường vụ Huyện ủy Thanh Miện chỉ đạo tổ chức hội nghị đối thoại trực tiếp giữa Chủ tịch UBND huyện với nhân dân xã Ngũ Hùng năm 2021.

Chủ trì đối thoại có đồng chí Vũ Văn Thông, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; đồng chí Đỗ Thị Hằng, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện.

Hơn 150 cử tri đại diện cho 9 thôn đã nêu 16 ý kiến tập trung vào việc giải phóng mặt bằng đường tỉnh 392, bồi thường 4,8 ha đất nông nghiệp, tình trạng ô nhiễm tại cụm công nghiệp và chế độ cho người có công.

Ông Nguyễn Văn Nhượng, thôn Ngọc Lâm, đề nghị làm rõ đơn giá bồi thường cây vải là 80.000 đồng/m2.

Trả lời, đồng chí Vũ Văn Thông cho biết huyện đã chi trả 11,6 tỷ đồng cho 213 hộ; 7 hộ còn lại sẽ được chi trả trong tháng 12. Việc xây dựng khu tái định cư 35 lô đất sẽ hoàn thành trước Tết Nhâm Dần.

Quang cảnh buổi đối thoại.

Kết luận hội nghị, đồng chí Vũ Văn Thông yêu cầu các phòng, ban thực hiện nghiêm Quyết định 23-QĐ/TU của Ban Thường vụ Tỉnh ủy về tiếp xúc, đối thoại với nhân dân, trả lời bằng văn bản các ý kiến trong 15 ngày.

Văn Tuấn
""",
    "2021-11-05",
    "Chủ tịch UBND huyện Thanh Miện đối thoại với nhân dân xã Ngũ Hùng",
    {"kind": "doi_thoai", "period": "2021", "date": "2021-11-04"},
    [
        P("Vũ Văn Thông", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
        P("Đỗ Thị Hằng", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
        P("Nguyễn Văn Nhượng"),
    ],
    [
        Q(150, "cử tri", "over"),
        Q(9, "thôn"),
        Q(16, "ý kiến"),
        Q(4.8, "ha"),
        Q(80000, "đồng"),
        Q(11600000000, "đồng"),
        Q(213, "hộ"),
        Q(7, "hộ"),
        Q(35, "lô đất"),
    ],
    [D("Quyết định", "23", "QĐ/TU", "Ban Thường vụ Tỉnh ủy")],
    [L("Hải Dương", "province"), L("Ngũ Hùng", "commune")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẢI DƯƠNG", "Văn Tuấn", "Quang cảnh buổi đối thoại"],
    ["15 ngày", "đường tỉnh 392"],
)
