from lib import *

PAGES = []

PAGES.append(page("b89-ninhthuan-xaphuocha-giaoban-thang8-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHƯỚC HÀ
HUYỆN THUẬN NAM - TỈNH NINH THUẬN
Trang chủ / Tin tức sự kiện / Tin địa phương
Ngày 06-09-2023

Khối Dân vận xã giao ban công tác dân vận tháng 8/2023

Chiều ngày 05/9/2023, Khối Dân vận xã Phước Hà tổ chức giao ban công tác dân vận tháng 8, triển khai nhiệm vụ tháng 9 năm 2023. Đồng chí Pinăng Thị Hoa, Phó Bí thư Thường trực Đảng ủy, Trưởng Khối Dân vận xã chủ trì.

Dự giao ban có đồng chí Chamaléa Văn Tú, Chủ tịch UBND xã; đồng chí Đàng Năng Thọ, Chủ tịch Ủy ban MTTQ Việt Nam xã; các đồng chí Trưởng các đoàn thể chính trị - xã hội: Katơr Thị Mai, Mang Văn Dũng, Pi Năng Thị Sương và Chỉ huy trưởng Ban Chỉ huy Quân sự xã Thượng úy Thập Văn Lâm.

Trong tháng 8, các đoàn thể đã phối hợp tuyên truyền Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số, và Kế hoạch số 98-KH/ĐU của Đảng ủy xã về thực hiện Kết luận số 01-KL/TW. Hội Nông dân xã hướng dẫn 57 hộ chuyển đổi 23,5 ha lúa kém hiệu quả sang trồng bắp, đậu xanh. Hội LHPN xã giải ngân vốn vay ủy thác cho 19 hộ với số tiền 760 triệu đồng.

Do ảnh hưởng của nắng hạn kéo dài ở Ninh Thuận, toàn xã có 118 ha cây trồng thiếu nước. Các đoàn thể vận động nhân dân nạo vét 4,2 km kênh mương nội đồng, huy động 640 ngày công. Đoàn Thanh niên xã ra quân dọn vệ sinh tuyến Quốc lộ 1A và tỉnh lộ 709 đoạn qua địa bàn.

Kết luận giao ban, đồng chí Pinăng Thị Hoa đề nghị tập trung vận động 100% hộ dân tham gia bảo hiểm y tế, chuẩn bị tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 5 thôn, và phối hợp thăm hỏi 12 gia đình chính sách dịp Quốc khánh 2/9.

Quang cảnh buổi giao ban.

Người viết: Thanh Trà – Văn phòng Đảng ủy

Lượt truy cập: 218

Bài viết liên quan:
- Giao ban công tác dân vận tháng 7/2023
- Xã Phước Hà trao 30 suất quà cho hộ nghèo

Đảng ủy - HĐND - UBND xã Phước Hà, huyện Thuận Nam, tỉnh Ninh Thuận
""",
"2023-09-06",
"Khối Dân vận xã giao ban công tác dân vận tháng 8/2023",
E("giao_ban", "2023-08", "2023-09-05"),
[P("Pinăng Thị Hoa", "Phó Bí thư Thường trực Đảng ủy", "Trưởng Khối Dân vận xã"),
 P("Chamaléa Văn Tú", "Chủ tịch UBND xã"),
 P("Đàng Năng Thọ", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Katơr Thị Mai", "Trưởng các đoàn thể chính trị - xã hội"),
 P("Mang Văn Dũng", "Trưởng các đoàn thể chính trị - xã hội"),
 P("Pi Năng Thị Sương", "Trưởng các đoàn thể chính trị - xã hội"),
 P("Thập Văn Lâm", "Chỉ huy trưởng Ban Chỉ huy Quân sự xã", "Thượng úy")],
[Q("57 hộ", 57, "hộ"),
 Q("23,5 ha lúa", 23.5, "ha lúa"),
 Q("19 hộ", 19, "hộ"),
 Q("760 triệu đồng", 760000000, "đồng"),
 Q("118 ha cây trồng", 118, "ha cây trồng"),
 Q("4,2 km", 4.2, "km"),
 Q("640 ngày công", 640, "ngày công"),
 Q("100% hộ dân", 100, "%"),
 Q("5 thôn", 5, "thôn"),
 Q("12 gia đình chính sách", 12, "gia đình chính sách")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Kế hoạch", "98", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 98-KH/ĐU"),
 D("Kết luận", "01", "KL/TW", None, None, "Kết luận số 01-KL/TW")],
[prov("Ninh Thuận"), com("Phước Hà")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHƯỚC HÀ", "Lượt truy cập", "Quang cảnh buổi giao ban.",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Văn phòng Đảng ủy"],
["Quốc lộ 1A", "tỉnh lộ 709", "Quốc khánh 2/9"]))

PAGES.append(page("b90-langson-bdv-tongket-2013", """
BAN DÂN VẬN TỈNH ỦY LẠNG SƠN
Trang chủ - Tin tức - Hoạt động công tác dân vận
Thứ hai, 30/12/2013, 08:20 GMT+7

Hội nghị tổng kết công tác dân vận năm 2013

Ngày 27/12/2013, Ban Dân vận Tỉnh ủy Lạng Sơn tổ chức hội nghị tổng kết công tác dân vận năm 2013, triển khai phương hướng, nhiệm vụ năm 2014. Đồng chí Hoàng Văn Nghiệm, Phó Bí thư Tỉnh ủy dự và chỉ đạo hội nghị; đồng chí Vy Thị Hồng Nhung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.

Năm 2013, Ban Dân vận các cấp đã tổ chức quán triệt Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) tới 4.236 tổ chức cơ sở đảng. Ban Dân vận Tỉnh ủy phối hợp với Ban cán sự đảng UBND tỉnh ký Kế hoạch liên tịch số 06/KHLT-BDV-BCSĐ về thực hiện công tác dân vận chính quyền; phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh thực hiện Chương trình phối hợp số 15-CTr/BDV-BĐBP.

Phong trào hiến đất xây dựng nông thôn mới được nhân dân hưởng ứng, với hơn 52 ha đất được hiến, giá trị đóng góp khoảng 47,2 tỷ đồng. Các cấp đã giải quyết 1.384/1.452 đơn thư, đạt 95,3%. Toàn tỉnh có 207 xã xây dựng và thực hiện tốt quy chế dân chủ ở cơ sở.

Tại hội nghị, ông Lương Văn Nông, người có uy tín thôn Nà Lầu (xã Tân Thanh) trình bày kinh nghiệm vận động 31 dòng họ Nùng, Tày ký cam kết không tàng trữ, buôn bán pháo nổ. Sư cô Thích Đàm Hướng, Trụ trì chùa Tam Thanh, chia sẻ về công tác từ thiện xã hội của Phật giáo tỉnh với 1.260 suất quà trị giá 315 triệu đồng.

Phát biểu chỉ đạo, đồng chí Hoàng Văn Nghiệm đề nghị tiếp tục thực hiện Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; chú trọng địa bàn 12 xã biên giới dọc Quốc lộ 4A và Quốc lộ 1B.

Hội nghị đã khen thưởng 12 tập thể và 19 cá nhân.

Đ/c Vy Thị Hồng Nhung phát biểu tổng kết.

BDV
Số lượt xem: 3.046

Các tin đã đưa:
- Hội nghị giao ban khối dân vận quý III/2013
- Triển khai Nghị quyết số 25-NQ/TW tại huyện Văn Lãng
""",
"2013-12-30",
"Hội nghị tổng kết công tác dân vận năm 2013",
E("tong_ket", "2013", "2013-12-27"),
[P("Hoàng Văn Nghiệm", "Phó Bí thư Tỉnh ủy"),
 P("Vy Thị Hồng Nhung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Văn Nông", "người có uy tín thôn Nà Lầu"),
 P("Thích Đàm Hướng", "Sư cô", "Trụ trì chùa Tam Thanh")],
[Q("4.236 tổ chức cơ sở đảng", 4236, "tổ chức cơ sở đảng"),
 Q("hơn 52 ha", 52, "ha", "over"),
 Q("khoảng 47,2 tỷ đồng", 47200000000, "đồng", "approx"),
 Q("1.384/1.452 đơn thư", 1384, "đơn thư"),
 Q("1.384/1.452 đơn thư", 1452, "đơn thư"),
 Q("95,3%", 95.3, "%"),
 Q("207 xã", 207, "xã"),
 Q("31 dòng họ", 31, "dòng họ"),
 Q("1.260 suất quà", 1260, "suất quà"),
 Q("315 triệu đồng", 315000000, "đồng"),
 Q("12 xã", 12, "xã"),
 Q("12 tập thể", 12, "tập thể"),
 Q("19 cá nhân", 19, "cá nhân")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW"),
 D("Kế hoạch liên tịch", "06", "KHLT-BDV-BCSĐ", None, None, "Kế hoạch liên tịch số 06/KHLT-BDV-BCSĐ"),
 D("Chương trình phối hợp", "15", "CTr/BDV-BĐBP", None, None, "Chương trình phối hợp số 15-CTr/BDV-BĐBP"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW")],
[prov("Lạng Sơn"), com("Tân Thanh")],
["BAN DÂN VẬN TỈNH ỦY LẠNG SƠN", "Số lượt xem", "Đ/c Vy Thị Hồng Nhung phát biểu tổng kết.",
 "Nà Lầu", "Các tin đã đưa"],
["31 dòng họ", "Quốc lộ 4A", "Quốc lộ 1B", "khóa XI"]))

PAGES.append(page("b91-daknong-mttq-traonha-2024", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK NÔNG
Trang chủ → Tin tức → An sinh xã hội
14/6/2024 | 16:45

Bàn giao 40 nhà Đại đoàn kết cho hộ nghèo đồng bào dân tộc thiểu số

Ngày 13/6/2024, tại xã Quảng Trực (huyện Tuy Đức), Ủy ban MTTQ Việt Nam tỉnh Đắk Nông phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức lễ bàn giao 40 căn nhà Đại đoàn kết cho hộ nghèo đồng bào M'nông.

Tham dự buổi lễ có đồng chí Y Quang B'krông, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Đại tá Lê Văn Hòa, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; đồng chí Điểu Đăm, Bí thư Đảng ủy xã Quảng Trực; Đại đức Thích Minh Tâm, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.

Các căn nhà được xây dựng theo Kế hoạch số 211/KH-MTTQ-BTT, mỗi căn diện tích 54 m², tổng kinh phí 2,4 tỷ đồng, trong đó Quỹ "Vì người nghèo" tỉnh hỗ trợ 60 triệu đồng/căn; các hộ tự đóng góp và được bà con dòng họ, buôn làng giúp hơn 1.200 ngày công. Cán bộ, chiến sĩ Bộ Chỉ huy Quân sự tỉnh tham gia 860 ngày công vận chuyển vật liệu.

Phát biểu tại buổi lễ, đồng chí Y Quang B'krông cho biết thực hiện Chỉ thị số 22-CT/TU của Tỉnh ủy và phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", từ đầu năm đến nay, toàn tỉnh đã xây mới 318 căn nhà, sửa chữa 75 căn với tổng kinh phí khoảng 19,6 tỷ đồng. Đến hết năm 2025, tỉnh phấn đấu xóa toàn bộ 1.034 nhà tạm còn lại.

Thay mặt các hộ nhận nhà, ông Điểu Khơn ở buôn Bu Prăng 2 xúc động cảm ơn các cấp, các ngành. Cũng dịp này, đoàn trao 40 suất quà, mỗi suất 1,5 triệu đồng và 50 bao xi măng cho trường mầm non xã.

Đại diện các đơn vị trao quyết định bàn giao nhà cho các hộ.

Tin, ảnh: H'Lim
Lượt xem: 740

Tin liên quan
- Ra mắt mô hình "Khu dân cư tự quản" tại Đắk Mil (28/5/2024)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 6 khóa XI
""",
"2024-06-14",
"Bàn giao 40 nhà Đại đoàn kết cho hộ nghèo đồng bào dân tộc thiểu số",
E("trao_qua", None, "2024-06-13"),
[P("Y Quang B'krông", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Hòa", "Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Điểu Đăm", "Bí thư Đảng ủy xã Quảng Trực"),
 P("Thích Minh Tâm", "Đại đức", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Điểu Khơn")],
[Q("40 căn nhà Đại đoàn kết", 40, "căn nhà Đại đoàn kết"),
 Q("54 m²", 54, "m²"),
 Q("2,4 tỷ đồng", 2400000000, "đồng"),
 Q("60 triệu đồng", 60000000, "đồng"),
 Q("hơn 1.200 ngày công", 1200, "ngày công", "over"),
 Q("860 ngày công", 860, "ngày công"),
 Q("318 căn nhà", 318, "căn nhà"),
 Q("75 căn", 75, "căn"),
 Q("khoảng 19,6 tỷ đồng", 19600000000, "đồng", "approx"),
 Q("1.034 nhà tạm", 1034, "nhà tạm"),
 Q("40 suất quà", 40, "suất quà"),
 Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("50 bao xi măng", 50, "bao xi măng")],
[D("Kế hoạch", "211", "KH-MTTQ-BTT", None, None, "Kế hoạch số 211/KH-MTTQ-BTT"),
 D("Chỉ thị", "22", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 22-CT/TU")],
[prov("Đắk Nông"), com("Quảng Trực")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK NÔNG", "Lượt xem", "Bu Prăng 2",
 "Đại diện các đơn vị trao quyết định bàn giao nhà cho các hộ.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát"],
["Bu Prăng 2"]))

PAGES.append(page("b92-haugiang-dvk-soket-6thang-2024", """
BAN DÂN VẬN TỈNH ỦY HẬU GIANG
Trang chủ > Dân vận khéo > Gương điển hình
Ngày: 19.07.2024 - Lượt xem: 531

Sơ kết 6 tháng đầu năm 2024 phong trào thi đua "Dân vận khéo"

Sáng 18-7, Ban Chỉ đạo phong trào thi đua "Dân vận khéo" tỉnh Hậu Giang tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. Đồng chí Lê Công Khanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì hội nghị.

Cùng dự có đồng chí Trương Cảnh Tuyên, Phó Chủ tịch UBND tỉnh; Thượng tá Phan Chí Trung, Phó Chỉ huy trưởng - Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh; ông Danh Út Em, Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.

Theo báo cáo, 6 tháng qua các cấp, ngành đăng ký mới 642 mô hình, nâng tổng số mô hình "Dân vận khéo" toàn tỉnh lên 5.318 mô hình; trong đó lĩnh vực kinh tế chiếm 38,7%. Các mô hình đã huy động nguồn lực xã hội hóa gần 86 tỷ đồng, xây dựng 27 cây cầu nông thôn, nâng cấp 39,5 km đường, hỗ trợ 1.016 hộ thoát nghèo. Trọng tâm 6 tháng cuối năm là tiếp tục triển khai Kết luận số 90, 93-KL/TW và Quyết định số 1047/QĐ-UBND ngày 21/6/2023 của UBND tỉnh về Bộ tiêu chí đánh giá mô hình.

Hội nghị nghe chị Trần Thị Kim Loan, Tổ trưởng tổ hợp tác trồng khóm xã Hỏa Tiến, chia sẻ mô hình liên kết 147 hộ trên diện tích 210 ha, giá khóm ổn định 6.500 đồng/kg. Ông Huỳnh Văn Bé Sáu, Trưởng ấp Tân Phú A, xã Tân Long, giới thiệu cách vận động 58 hộ hiến đất mở rộng đường.

Kết luận, đồng chí Lê Công Khanh đề nghị tổng kết 5 năm thực hiện phong trào gắn với lựa chọn mô hình tiêu biểu dự Hội nghị toàn quốc; mỗi xã, phường, thị trấn phấn đấu có 3 mô hình cấp tỉnh.

Khen thưởng các tập thể, cá nhân điển hình "Dân vận khéo" 6 tháng đầu năm 2024.

Phương Thảo

Xem thêm:
- Hậu Giang: 15 năm thực hiện Kết luận 114 (03/07/2024)
- Tôn vinh 60 mô hình "Dân vận khéo" tiêu biểu (12/06/2024)
""",
"2024-07-19",
"Sơ kết 6 tháng đầu năm 2024 phong trào thi đua \"Dân vận khéo\"",
E("so_ket", "2024-H1", "2024-07-18"),
[P("Lê Công Khanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban Chỉ đạo"),
 P("Trương Cảnh Tuyên", "Phó Chủ tịch UBND tỉnh"),
 P("Phan Chí Trung", "Thượng tá", "Phó Chỉ huy trưởng - Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Danh Út Em", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Kim Loan", "Tổ trưởng tổ hợp tác trồng khóm xã Hỏa Tiến"),
 P("Huỳnh Văn Bé Sáu", "Trưởng ấp Tân Phú A")],
[Q("642 mô hình", 642, "mô hình"),
 Q("5.318 mô hình", 5318, "mô hình"),
 Q("38,7%", 38.7, "%"),
 Q("gần 86 tỷ đồng", 86000000000, "đồng", "approx"),
 Q("27 cây cầu", 27, "cây cầu"),
 Q("39,5 km", 39.5, "km"),
 Q("1.016 hộ", 1016, "hộ"),
 Q("147 hộ", 147, "hộ"),
 Q("210 ha", 210, "ha"),
 Q("6.500 đồng/kg", 6500, "đồng"),
 Q("58 hộ", 58, "hộ"),
 Q("3 mô hình cấp tỉnh", 3, "mô hình")],
[D("Kết luận", "90", "KL/TW", None, None, "Kết luận số 90"),
 D("Kết luận", "93", "KL/TW", None, None, "93-KL/TW"),
 D("Quyết định", "1047", "QĐ-UBND", "2023-06-21", "UBND tỉnh", "Quyết định số 1047/QĐ-UBND")],
[prov("Hậu Giang"), com("Hỏa Tiến"), com("Tân Long")],
["BAN DÂN VẬN TỈNH ỦY HẬU GIANG", "Lượt xem", "Tân Phú A", "Dân vận khéo",
 "Khen thưởng các tập thể, cá nhân điển hình \"Dân vận khéo\" 6 tháng đầu năm 2024."],
["5 năm", "6 tháng đầu năm"]))
