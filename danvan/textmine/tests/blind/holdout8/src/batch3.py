from lib import *

PAGES = []

PAGES.append(page("b163-tayninh-ccb-traoqua-2021", """
HỘI CỰU CHIẾN BINH TỈNH TÂY NINH
Trang chủ » Hoạt động Hội » Chính sách
05/02/2021 | 09:30
Hội CCB tỉnh thăm, tặng quà hội viên khó khăn dịp Tết Tân Sửu
Ngày 4/2, Đoàn công tác Hội Cựu chiến binh tỉnh Tây Ninh do Đại tá Nguyễn Thành Công, Chủ tịch Hội CCB tỉnh làm trưởng đoàn đã đến thăm, tặng 120 phần quà cho hội viên CCB có hoàn cảnh khó khăn tại xã Trà Vong và xã Tân Hòa.
Đại tá Nguyễn Thành Công trao quà cho hội viên xã Trà Vong.
Mỗi phần quà trị giá 700.000 đồng, gồm tiền mặt và nhu yếu phẩm, do Quỹ "Nghĩa tình đồng đội" và các doanh nghiệp của CCB đóng góp, tổng trị giá 84 triệu đồng. Cùng đi có ông Huỳnh Văn Bé Tư, Phó Chủ tịch Hội CCB tỉnh; bà Lê Thị Kim Phượng, Trưởng ban Tổ chức - Kiểm tra Hội CCB tỉnh.
Theo ông Nguyễn Thành Công, năm 2020, các cấp Hội trong tỉnh đã xây dựng, sửa chữa 31 căn nhà "Nghĩa tình đồng đội", giúp 412 hội viên thoát nghèo; thực hiện Hướng dẫn 27/HD-CCB của Ban Thường vụ Trung ương Hội CCB Việt Nam, hội viên tham gia giữ gìn an ninh trật tự trên tuyến biên giới dài 240 km.
Ông Trương Văn Đực, 74 tuổi, hội viên chi hội ấp Trà Sim, xúc động nói: "Có quà của Hội, cả nhà tôi ăn Tết ấm hơn". Ông Chau Sóc Hưng, người Khmer ở xã Tân Hòa, bị di chứng chiến tranh, được Hội tặng thêm 1 chiếc xe lăn.
Dịp này, Hội CCB tỉnh cũng trao 15 suất học bổng "Tiếp sức đến trường", mỗi suất 2 triệu đồng cho con hội viên nghèo học giỏi. Các cấp Hội tiếp tục thực hiện nghiêm Chỉ thị 15 của Ban Thường vụ Tỉnh ủy về phòng, chống dịch Covid-19 trong dịp Tết.
Hoài Thanh
Lượt xem: 1.006
Tin liên quan
Hội CCB Tây Ninh tổng kết năm 2020 (30/12/2020)
""", "2021-02-05", "Hội CCB tỉnh thăm, tặng quà hội viên khó khăn dịp Tết Tân Sửu",
    E("trao_qua", None, "2021-02-04"),
    [P("Nguyễn Thành Công", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
     P("Huỳnh Văn Bé Tư", "Phó Chủ tịch Hội CCB tỉnh"),
     P("Lê Thị Kim Phượng", "Trưởng ban Tổ chức - Kiểm tra Hội CCB tỉnh"),
     P("Trương Văn Đực", "hội viên chi hội ấp Trà Sim"),
     P("Chau Sóc Hưng")],
    [Q("120 phần quà", 120, "phần quà"),
     Q("700.000 đồng", 700000, "đồng"),
     Q("84 triệu đồng", 84000000, "đồng"),
     Q("31 căn nhà \"Nghĩa tình đồng đội\"", 31, "căn nhà \"Nghĩa tình đồng đội\""),
     Q("412 hội viên", 412, "hội viên"),
     Q("240 km", 240, "km"),
     Q("1 chiếc xe lăn", 1, "chiếc xe lăn"),
     Q("15 suất học bổng", 15, "suất học bổng"),
     Q("2 triệu đồng", 2000000, "đồng")],
    [D("Hướng dẫn", "27", "HD-CCB", None, "Ban Thường vụ Trung ương Hội CCB Việt Nam", "Hướng dẫn 27/HD-CCB"),
     D("Chỉ thị", "15", None, None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15")],
    [prov("Tây Ninh"), com("xã Trà Vong"), com("xã Tân Hòa")],
    ["HỘI CỰU CHIẾN BINH TỈNH TÂY NINH", "Trang chủ » Hoạt động Hội » Chính sách",
     "Đại tá Nguyễn Thành Công trao quà cho hội viên xã Trà Vong.", "Nghĩa tình đồng đội", "Tiếp sức đến trường", "ấp Trà Sim"],
    ["Tết Tân Sửu", "74 tuổi", "Covid-19", "Lượt xem: 1.006"]))

PAGES.append(page("b164-quangngai-bdv-hoinghi-danvankheo-2022", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NGÃI
Hôm nay: 19/12/2022
Trang chủ >> Dân vận khéo >> Điển hình
Ngày đăng 16/12/2022 | 16:40
Biểu dương 86 điển hình "Dân vận khéo"
Sáng 15/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị biểu dương, khen thưởng điển hình "Dân vận khéo" năm 2022. Dự hội nghị có đồng chí Đặng Văn Minh, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Nguyễn Thị Thu Hòa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Các điển hình "Dân vận khéo" nhận Bằng khen.
Năm 2022, toàn tỉnh có 1.327 mô hình, điển hình "Dân vận khéo" được công nhận, trong đó 86 tập thể, cá nhân tiêu biểu được biểu dương tại hội nghị. Thực hiện Kết luận 114, 115-KL/TW của Ban Bí thư, các mô hình đã vận động Nhân dân hiến 52.300 m2 đất, đóng góp 27,6 tỷ đồng làm 148 km đường giao thông nông thôn.
Tiêu biểu là ông Đinh Văn Rây, người Hrê, Trưởng thôn Nước Lô, xã Sơn Kỳ, đã vận động 63 hộ trồng 210 ha quế; chị Phạm Thị Mrong, người Ca Dong, Bí thư Đoàn xã Sơn Dung, lập "Tổ thanh niên tình nguyện số hóa" hướng dẫn 1.500 người dân cài đặt ứng dụng VNeID. Ông Hồ Văn Nhiên, người Cor ở xã Trà Thủy, được Nhân dân tín nhiệm bầu làm Tổ trưởng Tổ hòa giải thôn Trà Ót.
Hội nghị còn trao Giấy khen cho các đồng chí Lê Quang Huy, Võ Thị Bích Vân, Trương Văn Ba - Trưởng Ban Dân vận Huyện ủy.
Phát biểu, đồng chí Đặng Văn Minh đề nghị các cấp ủy tiếp tục thực hiện Nghị quyết số 04-NQ/TU ngày 22/7/2021 của Tỉnh ủy Quảng Ngãi về đổi mới công tác dân vận.
Thanh Nhị
Đã xem: 2.037 lần
Tin khác
Quảng Ngãi: Triển khai Quyết định 23-QĐ/TW (10/11/2022)
""", "2022-12-16", "Biểu dương 86 điển hình \"Dân vận khéo\"",
    E("hoi_nghi", "2022", "2022-12-15"),
    [P("Đặng Văn Minh", "Phó Bí thư Thường trực Tỉnh ủy"),
     P("Nguyễn Thị Thu Hòa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Đinh Văn Rây", "Trưởng thôn Nước Lô"),
     P("Phạm Thị Mrong", "Bí thư Đoàn xã Sơn Dung"),
     P("Hồ Văn Nhiên", "Tổ trưởng Tổ hòa giải thôn Trà Ót"),
     P("Lê Quang Huy", "Trưởng Ban Dân vận Huyện ủy"),
     P("Võ Thị Bích Vân", "Trưởng Ban Dân vận Huyện ủy"),
     P("Trương Văn Ba", "Trưởng Ban Dân vận Huyện ủy")],
    [Q("86 tập thể, cá nhân tiêu biểu", 86, "tập thể, cá nhân tiêu biểu"),
     Q("1.327 mô hình, điển hình", 1327, "mô hình, điển hình"),
     Q("52.300 m2", 52300, "m2"),
     Q("27,6 tỷ đồng", 27600000000, "đồng"),
     Q("148 km", 148, "km"),
     Q("63 hộ", 63, "hộ"),
     Q("210 ha", 210, "ha"),
     Q("1.500 người dân", 1500, "người dân")],
    [D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114, 115-KL/TW"),
     D("Kết luận", "115", "KL/TW", None, "Ban Bí thư", "Kết luận 114, 115-KL/TW"),
     D("Nghị quyết", "04", "NQ/TU", "2021-07-22", "Tỉnh ủy Quảng Ngãi", "Nghị quyết số 04-NQ/TU")],
    [prov("Quảng Ngãi"), com("xã Sơn Kỳ"), com("xã Sơn Dung"), com("xã Trà Thủy")],
    ["BAN DÂN VẬN TỈNH ỦY QUẢNG NGÃI", "Trang chủ >> Dân vận khéo >> Điển hình", "Các điển hình \"Dân vận khéo\" nhận Bằng khen.",
     "Tổ thanh niên tình nguyện số hóa", "VNeID", "Giấy khen"],
    ["Hôm nay: 19/12/2022", "Đã xem: 2.037 lần"]))

PAGES.append(page("b165-binhthuan-hnd-doithoai-2023", """
HỘI NÔNG DÂN TỈNH BÌNH THUẬN
Trang chủ / Tin tức - Sự kiện / Hoạt động Hội
Thứ Sáu, 11/08/2023 | 10:15
Nông dân đối thoại với Chủ tịch UBND tỉnh: Tháo gỡ khó khăn về đất sản xuất và tiêu thụ thanh long
Ngày 10/8, Hội Nông dân tỉnh phối hợp với UBND tỉnh tổ chức Hội nghị Chủ tịch UBND tỉnh đối thoại với nông dân năm 2023. Hội nghị được kết nối trực tuyến tới 10 điểm cầu huyện, thị xã, thành phố với hơn 450 hội viên, nông dân tham dự.
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Chủ trì đối thoại có ông Đoàn Anh Dũng, Chủ tịch UBND tỉnh và bà Nguyễn Thị Ánh Hồng, UVBCH Trung ương Hội Nông dân Việt Nam, Chủ tịch Hội Nông dân tỉnh. Hội nghị triển khai theo Quyết định 81/2014/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 96-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh, gắn với nghị quyết số 11/2022/NQ-HĐND ngày 14/7/2022 của HĐND tỉnh về hỗ trợ phát triển nông nghiệp.
Tại hội nghị, 21 ý kiến được nêu trực tiếp. Ông Nguyễn Văn Sáu, nông dân xã Hàm Mỹ, cho biết giá thanh long ruột trắng có lúc chỉ còn 2.000đ/kg, nhiều hộ lỗ 40 - 50 triệu đồng/ha. Ông Bố Xuân Hòa, người Chăm ở xã Phan Hòa, phản ánh 37 hộ chưa được cấp giấy chứng nhận quyền sử dụng đất. Bà Ma Thị Sương, người Raglai xã Phan Sơn, đề nghị hỗ trợ giống cây ăn quả.
Ông Đoàn Anh Dũng đã trả lời trực tiếp và giao các sở, ngành xử lý trong 30 ngày. Chủ tịch UBND tỉnh cam kết dành 15 tỷ đồng từ nguồn vốn ủy thác bổ sung Quỹ Hỗ trợ nông dân, nâng tổng nguồn quỹ lên hơn 82 tỷ đồng.
Phong trào nông dân sản xuất, kinh doanh giỏi được đẩy mạnh, mô hình "Nông dân Bình Thuận chung tay xây dựng nông thôn mới" lan tỏa ở xã Hàm Mỹ.
Kim Thoa
Lượt xem: 809
Bài viết liên quan
Hội Nông dân tỉnh Bình Thuận sơ kết 6 tháng (18/07/2023)
""", "2023-08-11", "Nông dân đối thoại với Chủ tịch UBND tỉnh: Tháo gỡ khó khăn về đất sản xuất và tiêu thụ thanh long",
    E("doi_thoai", "2023", "2023-08-10"),
    [P("Đoàn Anh Dũng", "Chủ tịch UBND tỉnh"),
     P("Nguyễn Thị Ánh Hồng", "UVBCH Trung ương Hội Nông dân Việt Nam", "Chủ tịch Hội Nông dân tỉnh"),
     P("Nguyễn Văn Sáu", "nông dân xã Hàm Mỹ"),
     P("Bố Xuân Hòa"),
     P("Ma Thị Sương")],
    [Q("10 điểm cầu", 10, "điểm cầu"),
     Q("hơn 450 hội viên, nông dân", 450, "hội viên, nông dân", "over"),
     Q("21 ý kiến", 21, "ý kiến"),
     Q("2.000đ/kg", 2000, "đồng"),
     Q("40 - 50 triệu đồng/ha", 40000000, "đồng"),
     Q("40 - 50 triệu đồng/ha", 50000000, "đồng"),
     Q("37 hộ", 37, "hộ"),
     Q("15 tỷ đồng", 15000000000, "đồng"),
     Q("hơn 82 tỷ đồng", 82000000000, "đồng", "over")],
    [D("Quyết định", "81", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 81/2014/QĐ-TTg"),
     D("Kế hoạch", "96", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 96-KH/HNDT"),
     D("Nghị quyết", "11", "2022/NQ-HĐND", "2022-07-14", "HĐND tỉnh", "nghị quyết số 11/2022/NQ-HĐND")],
    [prov("Bình Thuận"), com("xã Hàm Mỹ"), com("xã Phan Hòa"), com("xã Phan Sơn")],
    ["HỘI NÔNG DÂN TỈNH BÌNH THUẬN", "Trang chủ / Tin tức - Sự kiện / Hoạt động Hội", "Toàn cảnh hội nghị tại điểm cầu tỉnh.",
     "Quỹ Hỗ trợ nông dân", "Nông dân Bình Thuận chung tay xây dựng nông thôn mới"],
    ["trong 30 ngày", "Lượt xem: 809"]))

PAGES.append(page("b166-hue-mttq-soket-2024", """
ỦY BAN MTTQ VIỆT NAM TỈNH THỪA THIÊN HUẾ
Trang chủ › Hoạt động Mặt trận › Tin trong tỉnh
Cập nhật: 14:05, 12/07/2024 (GMT+7)
Mặt trận tỉnh triển khai nhiệm vụ 6 tháng cuối năm
Chiều 11/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2024 với sự tham dự của 27 đồng chí Ủy viên Ủy ban MTTQ Việt Nam tỉnh. Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lê Văn Thiện chủ trì hội nghị.
Quang cảnh hội nghị sơ kết công tác Mặt trận.
Dự hội nghị có các đồng chí: Trần Thị Diệu Hà, Hồ Văn Niên, Nguyễn Đắc Quang - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Hoàng Xuân Hiếu, Ủy viên Ban Thường trực - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh.
Sáu tháng qua, Mặt trận các cấp đã vận động Quỹ "Vì người nghèo" được hơn 19,8 tỷ đồng, hỗ trợ xây mới và sửa chữa 214 căn nhà đại đoàn kết. Thực hiện Nghị quyết 42/2023/UBTVQH15 của Ủy ban Thường vụ Quốc hội, Ủy ban MTTQ các cấp giám sát được 96 cuộc, tổ chức 7 hội nghị phản biện xã hội.
Tại xã Hồng Hạ, ông Kê Văn Thường, người Pa Kô, Trưởng ban Công tác Mặt trận thôn A Ru, đã vận động 48 hộ góp 1.200 ngày công làm đường. Ở phường Thuận Lộc, bà Tôn Nữ Thị Lan vận động xây dựng tuyến phố văn minh.
Hội nghị thông qua Chương trình phối hợp số 12/CTPH-MTTQ-BTT về giám sát thực hiện chính sách hỗ trợ người dân vùng thiên tai, ký ngày 5/6/2024.
Phát biểu kết luận, ông Lê Văn Thiện yêu cầu 6 tháng cuối năm tập trung chuẩn bị Đại hội đại biểu MTTQ Việt Nam tỉnh Thừa Thiên Huế lần thứ XI, nhiệm kỳ 2024-2029.
Minh Hiền
Lượt xem: 1.211
Tin cùng chuyên mục
Ngày hội Đại đoàn kết ở phường Vỹ Dạ (18/11/2023)
""", "2024-07-12", "Mặt trận tỉnh triển khai nhiệm vụ 6 tháng cuối năm",
    E("so_ket", "2024-H1", "2024-07-11"),
    [P("Lê Văn Thiện", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Trần Thị Diệu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Hồ Văn Niên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Nguyễn Đắc Quang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Hoàng Xuân Hiếu", "Ủy viên Ban Thường trực - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
     P("Kê Văn Thường", "Trưởng ban Công tác Mặt trận thôn A Ru"),
     P("Tôn Nữ Thị Lan")],
    [Q("27 đồng chí", 27, "đồng chí"),
     Q("hơn 19,8 tỷ đồng", 19800000000, "đồng", "over"),
     Q("214 căn nhà đại đoàn kết", 214, "căn nhà đại đoàn kết"),
     Q("96 cuộc", 96, "cuộc"),
     Q("7 hội nghị phản biện xã hội", 7, "hội nghị phản biện xã hội"),
     Q("48 hộ", 48, "hộ"),
     Q("1.200 ngày công", 1200, "ngày công")],
    [D("Nghị quyết", "42", "2023/UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết 42/2023/UBTVQH15"),
     D("Chương trình phối hợp", "12", "CTPH-MTTQ-BTT", "2024-06-05", None, "Chương trình phối hợp số 12/CTPH-MTTQ-BTT")],
    [prov("Thừa Thiên Huế"), com("xã Hồng Hạ"), com("phường Thuận Lộc")],
    ["ỦY BAN MTTQ VIỆT NAM TỈNH THỪA THIÊN HUẾ", "Trang chủ › Hoạt động Mặt trận › Tin trong tỉnh",
     "Quang cảnh hội nghị sơ kết công tác Mặt trận.", "Vì người nghèo", "thôn A Ru"],
    ["27 đồng chí", "6 tháng đầu năm 2024", "6 tháng cuối năm", "Sáu tháng qua", "lần thứ XI", "nhiệm kỳ 2024-2029", "Lượt xem: 1.211"]))

PAGES.append(page("b167-laichau-doan-giaoban-2025", """
TỈNH ĐOÀN LAI CHÂU
Bạn đang ở: Trang chủ > Hoạt động Đoàn > Tin tức
07/04/2025 - 16:50
Tuổi trẻ Lai Châu sôi nổi Tháng Thanh niên
Ngày 5/4, Ban Thường vụ Tỉnh đoàn tổ chức giao ban công tác Đoàn và phong trào thanh thiếu nhi quý I năm 2025, đánh giá kết quả Tháng Thanh niên và triển khai nhiệm vụ quý II.
Đồng chí Tẩn Thị Sinh phát biểu tại buổi giao ban.
Chủ trì giao ban có đồng chí Tẩn Thị Sinh, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn và các đồng chí Phó Bí thư Tỉnh đoàn Lò Văn Phóng, Vàng Thị Lả.
Trong quý I, các cấp bộ Đoàn đã ra quân thực hiện 56 công trình, phần việc thanh niên trị giá hơn 1,9 tỷ đồng; tổ chức 34 buổi "Ngày Chủ nhật xanh", thu gom 12 tấn rác thải; hỗ trợ 140 đoàn viên lập nghiệp. Thực hiện Kế hoạch số 178, 179-KH/TĐTN của Ban Thường vụ Tỉnh đoàn, 100% cơ sở Đoàn tổ chức sinh hoạt chủ điểm.
Tại xã Bum Tở, anh Pờ Xé Chừ, Bí thư Đoàn xã, cùng đoàn viên xây 2 "Nhà nhân ái" cho hộ nghèo người Hà Nhì. Chị Chang Thị Lụa, Bí thư Chi đoàn bản Nậm Tăm, xã Nậm Tăm, vận động 25 thanh niên tham gia tổ công nghệ số cộng đồng.
Nhiều ý kiến tại buổi giao ban đề nghị Tỉnh đoàn tăng cường bồi dưỡng kỹ năng cho cán bộ Đoàn cơ sở, nhất là ở các xã biên giới, nơi đoàn viên đi làm ăn xa đông, việc sinh hoạt chi đoàn còn gặp nhiều khó khăn. Đồng chí Tẩn Thị Sinh yêu cầu quý II tập trung thực hiện phong trào "Thanh niên tình nguyện" hè, chuẩn bị sắp xếp tổ chức Đoàn theo chủ trương sắp xếp đơn vị hành chính, không tổ chức cấp huyện.
Phương Linh
Lượt xem: 533
Tin liên quan
Lai Châu: Ra quân Tháng Thanh niên năm 2025 (02/03/2025)
""", "2025-04-07", "Tuổi trẻ Lai Châu sôi nổi Tháng Thanh niên",
    E("giao_ban", "2025-Q1", "2025-04-05"),
    [P("Tẩn Thị Sinh", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
     P("Lò Văn Phóng", "Phó Bí thư Tỉnh đoàn"),
     P("Vàng Thị Lả", "Phó Bí thư Tỉnh đoàn"),
     P("Pờ Xé Chừ", "Bí thư Đoàn xã"),
     P("Chang Thị Lụa", "Bí thư Chi đoàn bản Nậm Tăm")],
    [Q("56 công trình, phần việc thanh niên", 56, "công trình, phần việc thanh niên"),
     Q("hơn 1,9 tỷ đồng", 1900000000, "đồng", "over"),
     Q("34 buổi", 34, "buổi"),
     Q("12 tấn rác thải", 12, "tấn rác thải"),
     Q("140 đoàn viên", 140, "đoàn viên"),
     Q("100% cơ sở Đoàn", 100, "%"),
     Q("2 \"Nhà nhân ái\"", 2, "\"Nhà nhân ái\""),
     Q("25 thanh niên", 25, "thanh niên")],
    [D("Kế hoạch", "178", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 178, 179-KH/TĐTN"),
     D("Kế hoạch", "179", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 178, 179-KH/TĐTN")],
    [prov("Lai Châu"), com("xã Bum Tở"), com("xã Nậm Tăm")],
    ["TỈNH ĐOÀN LAI CHÂU", "Bạn đang ở: Trang chủ > Hoạt động Đoàn > Tin tức", "Đồng chí Tẩn Thị Sinh phát biểu tại buổi giao ban.",
     "Tháng Thanh niên", "Ngày Chủ nhật xanh", "Thanh niên tình nguyện", "bản Nậm Tăm"],
    ["quý I năm 2025", "quý II", "Trong quý I", "Lượt xem: 533"]))
