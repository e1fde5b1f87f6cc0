from lib import *
PAGES = []

PAGES.append(page("b8729-quangtri-ubkt-giaoban-2021", """
BÁO QUẢNG TRỊ
Chính trị - Xây dựng Đảng
Ngày 09/04/2021 | 09:15
Đồng chí Hồ Thị Minh Nguyệt phát biểu tại hội nghị. Ảnh: N.B
Tập trung giám sát công tác bầu cử đại biểu Quốc hội và HĐND các cấp
QTO - Ngày 8/4, Ủy ban Kiểm tra Tỉnh ủy Quảng Trị tổ chức hội nghị giao ban công tác kiểm tra, giám sát quý I/2021 với ủy ban kiểm tra các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy. Đồng chí Hồ Thị Minh Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm UBKT Tỉnh ủy chủ trì hội nghị.
Trong quý I, cấp ủy, UBKT các cấp đã kiểm tra 86 tổ chức đảng và 203 đảng viên; giám sát chuyên đề 57 tổ chức đảng, 94 đảng viên. UBKT các cấp kiểm tra khi có dấu hiệu vi phạm đối với 7 đảng viên, kết luận 6 đảng viên có vi phạm. Cấp ủy, UBKT các cấp đã thi hành kỷ luật 19 đảng viên, gồm khiển trách 11, cảnh cáo 5, khai trừ 3. UBKT Tỉnh ủy ban hành Thông báo 12, 13-TB/UBKT kết luận kiểm tra đối với Ban Thường vụ Huyện ủy Đakrông và Đảng ủy Công an tỉnh.
Thực hiện Chỉ thị số 45-CT/TW ngày 20/6/2020 của Bộ Chính trị về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026, UBKT Tỉnh ủy đã ban hành Kế hoạch số 03-KH/UBKT ngày 15/1/2021 giám sát công tác chuẩn bị bầu cử; thẩm tra, xác minh 28 trường hợp có đơn thư liên quan đến nhân sự ứng cử, kết luận 21 đơn không có cơ sở.
Tại hội nghị, đồng chí Hồ Văn Nhất, HUV, Chủ nhiệm UBKT Huyện ủy Hướng Hóa cho biết, trên địa bàn có nhiều xã đồng bào Vân Kiều, Pa Kô, việc nắm tình hình đơn thư gặp khó khăn do cán bộ kiểm tra xã thường xuyên thay đổi; huyện đã kiểm tra 4 chi bộ thôn ở xã Hướng Phùng về công tác phát triển đảng viên. Bà Hồ Thị Pả, Phó Chủ nhiệm UBKT Đảng ủy xã A Dơi, kiến nghị hỗ trợ phụ cấp cho ủy viên UBKT cơ sở.
Ông Nguyễn Văn Hiền, Phó Chủ nhiệm Thường trực UBKT Tỉnh ủy thông tin thêm: quý I, UBKT Tỉnh ủy đã tiếp nhận 34 đơn thư, trong đó 9 đơn thuộc thẩm quyền; đã giải quyết 7 đơn. Qua kiểm tra tài chính đảng tại Văn phòng Huyện ủy Gio Linh, đã kiến nghị thu hồi gần 56 triệu đồng chi sai chế độ.
Kết luận hội nghị, đồng chí Hồ Thị Minh Nguyệt yêu cầu UBKT các cấp tập trung giám sát công tác bầu cử ngày 23/5/2021; giải quyết dứt điểm, đúng thời hạn các đơn thư liên quan đến người ứng cử, không để phát sinh "điểm nóng"; tiếp tục hướng dẫn các chi bộ ở thị trấn Krông Klang và các xã vùng cao thực hiện tốt giám sát thường xuyên.
Ngọc Bình
Tin liên quan
- Giám sát việc lập danh sách cử tri tại Đông Hà (02/04/2021)
- UBKT Tỉnh ủy kỳ họp thứ 3 (25/03/2021)
- Triệu Phong: kiểm tra 6 tổ chức đảng quý I (19/03/2021)
""", "2021-04-09", "Tập trung giám sát công tác bầu cử đại biểu Quốc hội và HĐND các cấp",
E("giao_ban", "2021-Q1", "2021-04-08"),
[P("Hồ Thị Minh Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm UBKT Tỉnh ủy"),
 P("Hồ Văn Nhất", "HUV", "Chủ nhiệm UBKT Huyện ủy Hướng Hóa"),
 P("Hồ Thị Pả", "Phó Chủ nhiệm UBKT Đảng ủy xã A Dơi"),
 P("Nguyễn Văn Hiền", "Phó Chủ nhiệm Thường trực UBKT Tỉnh ủy")],
[Q("86 tổ chức đảng", 86, "tổ chức đảng"), Q("203 đảng viên", 203, "đảng viên"), Q("57 tổ chức đảng", 57, "tổ chức đảng"),
 Q("94 đảng viên", 94, "đảng viên"), Q("7 đảng viên", 7, "đảng viên"), Q("6 đảng viên", 6, "đảng viên"),
 Q("19 đảng viên", 19, "đảng viên"), Q("khiển trách 11", 11, "đảng viên"), Q("cảnh cáo 5", 5, "đảng viên"),
 Q("khai trừ 3", 3, "đảng viên"), Q("28 trường hợp", 28, "trường hợp"), Q("21 đơn", 21, "đơn"),
 Q("4 chi bộ thôn", 4, "chi bộ thôn"), Q("34 đơn thư", 34, "đơn thư"), Q("9 đơn", 9, "đơn"), Q("7 đơn", 7, "đơn"),
 Q("gần 56 triệu đồng", 56000000, "đồng", "approx")],
[D("Thông báo", "12", "TB/UBKT", None, "UBKT Tỉnh ủy", "Thông báo 12, 13-TB/UBKT"),
 D("Thông báo", "13", "TB/UBKT", None, "UBKT Tỉnh ủy", "Thông báo 12, 13-TB/UBKT"),
 D("Chỉ thị", "45", "CT/TW", "2020-06-20", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 20/6/2020"),
 D("Kế hoạch", "03", "KH/UBKT", "2021-01-15", "UBKT Tỉnh ủy", "Kế hoạch số 03-KH/UBKT ngày 15/1/2021")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("A Dơi"), com("Krông Klang")],
["BÁO QUẢNG TRỊ", "Chính trị - Xây dựng Đảng", "Đồng chí Hồ Thị Minh Nguyệt phát biểu tại hội nghị. Ảnh: N.B", "QTO", "điểm nóng"],
["Ngày 09/04/2021 | 09:15", "quý I/2021", "quý I", "khóa XV", "nhiệm kỳ 2021 - 2026", "23/5/2021"]))

PAGES.append(page("b8730-haugiang-hoinghi-qd22-2021", """
HẬU GIANG ONLINE - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Hậu Giang
Trang chủ › Chính trị › Xây dựng Đảng
17/12/2021 - 10:05
Hậu Giang: Quán triệt quy định mới về công tác kiểm tra, giám sát và kỷ luật của Đảng
Sáng 16/12, Ban Thường vụ Tỉnh ủy Hậu Giang tổ chức hội nghị trực tuyến quán triệt, triển khai Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng và Hướng dẫn số 02-HD/UBKTTW ngày 9/12/2021 của UBKT Trung ương. Hội nghị được kết nối đến 8 điểm cầu huyện, thị xã, thành phố với hơn 1.350 đại biểu tham dự.
Đồng chí Lê Công Danh, Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh chủ trì hội nghị. Các đồng chí Phó Chủ nhiệm UBKT Tỉnh ủy: Nguyễn Thị Xuân Mai, Huỳnh Thanh Phong trực tiếp truyền đạt nội dung.
Theo đó, Quy định 22-QĐ/TW thay thế Quy định số 30-QĐ/TW ngày 26/7/2016; có nhiều điểm mới như: bổ sung việc kiểm tra, giám sát đối với tổ chức đảng và đảng viên ở tất cả các lĩnh vực; quy định rõ hơn thẩm quyền thi hành kỷ luật, thời hạn khiếu nại kỷ luật. Cùng với đó, các đại biểu được quán triệt Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng và Quy định số 37-QĐ/TW ngày 25/10/2021 về những điều đảng viên không được làm.
Đồng chí Lý Thị Hồng Nhung, Tỉnh ủy viên, Chủ nhiệm UBKT Tỉnh ủy thông tin, năm 2021 cấp ủy, UBKT các cấp đã kiểm tra 312 tổ chức đảng, 874 đảng viên; thi hành kỷ luật 46 đảng viên và 1 tổ chức đảng. Qua giám sát, UBKT các cấp đã phát hiện khoảng 15% tổ chức đảng được giám sát có hạn chế trong sinh hoạt chi bộ, đã yêu cầu khắc phục.
Để triển khai các quy định mới, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 48-KH/TU, yêu cầu 100% chi bộ tổ chức quán triệt trong quý I/2022; UBKT Tỉnh ủy biên soạn 2.000 cuốn tài liệu hỏi - đáp phát đến chi bộ ấp, khu vực.
Tại điểm cầu thị xã Long Mỹ, ông Trần Thanh Hùng, Bí thư Đảng ủy xã Long Bình cho biết, xã sẽ đưa nội dung quy định vào sinh hoạt chuyên đề hằng quý của 11 chi bộ ấp. Còn theo bà Phạm Thị Ngọc Hà, Chủ nhiệm UBKT Đảng ủy phường Hiệp Thành, ngoài hội nghị, phường sẽ tổ chức thi tìm hiểu bằng hình thức trực tuyến để đảng viên nắm vững quy định.
Kết luận hội nghị, đồng chí Lê Công Danh nhấn mạnh, đây là các quy định "rất quan trọng, có tính nguyên tắc"; yêu cầu cấp ủy các cấp kịp thời sửa đổi quy chế làm việc, chương trình kiểm tra, giám sát năm 2022 phù hợp với quy định mới; người đứng đầu cấp ủy phải gương mẫu chấp hành và chịu sự giám sát.
Khánh Trung
Tin liên quan
- UBKT Tỉnh ủy kỳ họp thứ 7 (09/12/2021)
- Vị Thủy: kiểm tra 5 chi bộ về thu, nộp đảng phí (01/12/2021)
- Phụng Hiệp khai trừ 2 đảng viên vi phạm (24/11/2021)
""", "2021-12-17", "Hậu Giang: Quán triệt quy định mới về công tác kiểm tra, giám sát và kỷ luật của Đảng",
E("hoi_nghi", None, "2021-12-16"),
[P("Lê Công Danh", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng đoàn Đại biểu Quốc hội tỉnh"),
 P("Nguyễn Thị Xuân Mai", "Phó Chủ nhiệm UBKT Tỉnh ủy"),
 P("Huỳnh Thanh Phong", "Phó Chủ nhiệm UBKT Tỉnh ủy"),
 P("Lý Thị Hồng Nhung", "Tỉnh ủy viên", "Chủ nhiệm UBKT Tỉnh ủy"),
 P("Trần Thanh Hùng", "Bí thư Đảng ủy xã Long Bình"),
 P("Phạm Thị Ngọc Hà", "Chủ nhiệm UBKT Đảng ủy phường Hiệp Thành")],
[Q("8 điểm cầu huyện, thị xã, thành phố", 8, "điểm cầu huyện, thị xã, thành phố"),
 Q("hơn 1.350 đại biểu", 1350, "đại biểu", "over"), Q("312 tổ chức đảng", 312, "tổ chức đảng"),
 Q("874 đảng viên", 874, "đảng viên"), Q("46 đảng viên", 46, "đảng viên"), Q("1 tổ chức đảng", 1, "tổ chức đảng"),
 Q("khoảng 15%", 15, "%", "approx"), Q("100% chi bộ", 100, "%"), Q("2.000 cuốn tài liệu hỏi - đáp", 2000, "cuốn tài liệu hỏi - đáp"),
 Q("11 chi bộ ấp", 11, "chi bộ ấp")],
[D("Quy định", "22", "QĐ/TW", "2021-07-28", "Ban Chấp hành Trung ương", "Quy định số 22-QĐ/TW ngày 28/7/2021"),
 D("Hướng dẫn", "02", "HD/UBKTTW", "2021-12-09", "UBKT Trung ương", "Hướng dẫn số 02-HD/UBKTTW ngày 9/12/2021"),
 D("Quy định", "30", "QĐ/TW", "2016-07-26", None, "Quy định số 30-QĐ/TW ngày 26/7/2016"),
 D("Quy định", "24", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quy định số 24-QĐ/TW ngày 30/7/2021"),
 D("Quy định", "37", "QĐ/TW", "2021-10-25", None, "Quy định số 37-QĐ/TW ngày 25/10/2021"),
 D("Kế hoạch", "48", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 48-KH/TU")],
[prov("Hậu Giang"), com("Long Bình"), com("Hiệp Thành")],
["HẬU GIANG ONLINE - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Hậu Giang", "Trang chủ › Chính trị › Xây dựng Đảng",
 "Điều lệ Đảng", "rất quan trọng, có tính nguyên tắc"],
["17/12/2021 - 10:05", "năm 2021", "quý I/2022", "năm 2022"]))

PAGES.append(page("b8731-yenbai-ubkt-tongket-2022", """
Báo Yên Bái điện tử
Tin tức | Chính trị | Xây dựng Đảng
Thứ Sáu, 30/12/2022, 16:40
Toàn cảnh hội nghị.
Yên Bái: Nâng cao chất lượng công tác kiểm tra, giám sát năm 2023
YBĐT - Chiều 29/12, Ủy ban Kiểm tra Tỉnh ủy Yên Bái tổ chức hội nghị tổng kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2022, triển khai nhiệm vụ năm 2023. Dự và chỉ đạo hội nghị có đồng chí Đỗ Đức Thịnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy. Đồng chí Hà Văn Phúc, Tỉnh ủy viên, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì.
Năm 2022, cấp ủy các cấp đã kiểm tra 1.324 tổ chức đảng và 3.016 đảng viên; giám sát 1.102 tổ chức đảng, 2.745 đảng viên. UBKT các cấp kiểm tra 58 đảng viên và 7 tổ chức đảng khi có dấu hiệu vi phạm; qua đó kết luận 49 đảng viên có vi phạm, phải thi hành kỷ luật 26 trường hợp. Toàn Đảng bộ đã thi hành kỷ luật 112 đảng viên, trong đó có 9 cấp ủy viên các cấp; khai trừ 18 đảng viên; thi hành kỷ luật 2 tổ chức đảng.
Thực hiện Quy định số 69-QĐ/TW ngày 6/7/2022 của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi phạm, UBKT Tỉnh ủy đã tổ chức 3 hội nghị quán triệt cho gần 700 cán bộ chủ chốt; ban hành Hướng dẫn số 14-HD/UBKT về trình tự xem xét kỷ luật. UBKT các cấp cũng giám sát việc thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng tại 46 tổ chức đảng.
Về tài chính đảng, UBKT các cấp kiểm tra 215 tổ chức đảng, kiến nghị truy thu và thu hồi trên 410 triệu đồng; tỷ lệ thu nộp đảng phí đúng quy định đạt 98,6%.
Tại hội nghị, đồng chí Sùng A Vừ, HUV, Chủ nhiệm UBKT Huyện ủy Mù Cang Chải cho biết, huyện đã phát hiện và xử lý 5 đảng viên là người Mông tham gia "tà đạo Giê Sùa"; đồng thời đề nghị tỉnh có tài liệu nghiệp vụ bằng tiếng Mông. Đồng chí Triệu Thị Nhài, Bí thư Đảng ủy xã Nậm Có, và đồng chí Lò Thị Hương, Chủ nhiệm UBKT Đảng ủy thị trấn Mậu A, nêu kinh nghiệm giám sát việc quản lý tiền hỗ trợ chương trình mục tiêu quốc gia ở thôn, bản.
Phát biểu chỉ đạo, đồng chí Đỗ Đức Thịnh đề nghị năm 2023 UBKT các cấp tập trung kiểm tra, giám sát việc thực hiện Nghị quyết Đại hội XIII của Đảng; người đứng đầu trong phòng, chống tham nhũng, tiêu cực; chủ động phát hiện sớm, ngăn chặn vi phạm từ khi mới manh nha.
Dịp này, UBKT Trung ương tặng Bằng khen cho 2 tập thể; UBKT Tỉnh ủy tặng Giấy khen cho 11 tập thể và 17 cá nhân có thành tích xuất sắc năm 2022, trong đó có các đồng chí Nguyễn Thị Hằng, Hoàng Văn Thuận, Lù Văn Páo - Phó Chủ nhiệm UBKT Huyện ủy.
Thanh Chi
Tin cùng chuyên mục
- UBKT Tỉnh ủy kỳ họp thứ 18 (20/12/2022)
- Văn Chấn: giám sát 12 chi bộ thôn (09/12/2022)
- Trạm Tấu xử lý kỷ luật 3 đảng viên (30/11/2022)
""", "2022-12-30", "Yên Bái: Nâng cao chất lượng công tác kiểm tra, giám sát năm 2023",
E("tong_ket", "2022", "2022-12-29"),
[P("Đỗ Đức Thịnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Hà Văn Phúc", "Tỉnh ủy viên", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Sùng A Vừ", "HUV", "Chủ nhiệm UBKT Huyện ủy Mù Cang Chải"),
 P("Triệu Thị Nhài", "Bí thư Đảng ủy xã Nậm Có"),
 P("Lò Thị Hương", "Chủ nhiệm UBKT Đảng ủy thị trấn Mậu A"),
 P("Nguyễn Thị Hằng", "Phó Chủ nhiệm UBKT Huyện ủy"),
 P("Hoàng Văn Thuận", "Phó Chủ nhiệm UBKT Huyện ủy"),
 P("Lù Văn Páo", "Phó Chủ nhiệm UBKT Huyện ủy")],
[Q("1.324 tổ chức đảng", 1324, "tổ chức đảng"), Q("3.016 đảng viên", 3016, "đảng viên"),
 Q("1.102 tổ chức đảng", 1102, "tổ chức đảng"), Q("2.745 đảng viên", 2745, "đảng viên"), Q("58 đảng viên", 58, "đảng viên"),
 Q("7 tổ chức đảng", 7, "tổ chức đảng"), Q("49 đảng viên", 49, "đảng viên"), Q("26 trường hợp", 26, "trường hợp"),
 Q("112 đảng viên", 112, "đảng viên"), Q("9 cấp ủy viên", 9, "cấp ủy viên"), Q("18 đảng viên", 18, "đảng viên"),
 Q("2 tổ chức đảng", 2, "tổ chức đảng"), Q("3 hội nghị", 3, "hội nghị"), Q("gần 700 cán bộ chủ chốt", 700, "cán bộ chủ chốt", "approx"),
 Q("46 tổ chức đảng", 46, "tổ chức đảng"), Q("215 tổ chức đảng", 215, "tổ chức đảng"),
 Q("trên 410 triệu đồng", 410000000, "đồng", "over"), Q("98,6%", 98.6, "%"), Q("5 đảng viên", 5, "đảng viên"),
 Q("2 tập thể", 2, "tập thể"), Q("11 tập thể", 11, "tập thể"), Q("17 cá nhân", 17, "cá nhân")],
[D("Quy định", "69", "QĐ/TW", "2022-07-06", "Bộ Chính trị", "Quy định số 69-QĐ/TW ngày 6/7/2022"),
 D("Hướng dẫn", "14", "HD/UBKT", None, "UBKT Tỉnh ủy", "Hướng dẫn số 14-HD/UBKT"),
 D("Kết luận", "21", "KL/TW", "2021-10-25", "Ban Chấp hành Trung ương", "Kết luận số 21-KL/TW ngày 25/10/2021")],
[prov("Yên Bái"), com("Nậm Có"), com("Mậu A")],
["Báo Yên Bái điện tử", "Tin tức | Chính trị | Xây dựng Đảng", "Toàn cảnh hội nghị.", "YBĐT", "tà đạo Giê Sùa",
 "Nghị quyết Đại hội XIII"],
["Thứ Sáu, 30/12/2022, 16:40", "năm 2022", "năm 2023", "Đại hội XIII"]))

PAGES.append(page("b8732-binhthuan-ubkt-giamsat-2022", """
BÁO BÌNH THUẬN ONLINE
Trang chủ / Chính trị / Xây dựng Đảng
10/08/2022 - 15:30
Đoàn giám sát Ủy ban Kiểm tra Tỉnh ủy làm việc tại Đảng ủy xã Phan Thanh
(BTO) - Ngày 9/8, Đoàn giám sát của Ủy ban Kiểm tra Tỉnh ủy Bình Thuận do đồng chí Phú Thị Hồng, Ủy viên UBKT Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Đảng ủy xã Phan Thanh (huyện Bắc Bình) về việc thực hiện chương trình giám sát chuyên đề năm 2022.
Nội dung giám sát tập trung vào việc lãnh đạo, chỉ đạo thực hiện Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng; Quy định số 41-QĐ/TW ngày 3/11/2021 của Bộ Chính trị về việc miễn nhiệm, từ chức đối với cán bộ; việc quản lý, sử dụng kinh phí hỗ trợ đồng bào dân tộc thiểu số từ năm 2021 đến tháng 6/2022.
Theo báo cáo của Đảng ủy xã do đồng chí Đạo Văn Đức, Bí thư Đảng ủy xã trình bày, Đảng bộ xã có 13 chi bộ trực thuộc với 246 đảng viên, trong đó 164 đảng viên là người Chăm. Từ đầu nhiệm kỳ, Ban Thường vụ Đảng ủy đã kiểm tra 8 chi bộ, 14 đảng viên; UBKT Đảng ủy xã giám sát 5 chi bộ thôn, kiểm tra 2 đảng viên khi có dấu hiệu vi phạm, đề nghị khiển trách 1 trường hợp. Xã đã quản lý, cấp phát 1,28 tỷ đồng kinh phí hỗ trợ sản xuất cho 213 hộ đồng bào Chăm, Raglai.
Qua làm việc, đoàn giám sát đánh giá Đảng ủy xã đã chấp hành nghiêm chế độ báo cáo, phân công cấp ủy viên phụ trách 13/13 chi bộ. Tuy vậy, còn 2 chi bộ chưa lập sổ theo dõi giám sát; việc cấp phát hỗ trợ giống cây trồng cho 17 hộ ở thôn Bình Minh chậm so với kế hoạch; hồ sơ quyết toán thiếu chữ ký xác nhận của trưởng thôn.
Đồng chí Thông Văn Phước, Phó Chủ nhiệm UBKT Huyện ủy Bắc Bình, thành viên đoàn, đề nghị Đảng ủy xã phối hợp với Ủy ban MTTQ xã đưa việc giám sát của nhân dân vào nội dung sinh hoạt chi bộ. Ông Bá Văn Thanh, Chủ tịch UBND xã Phan Thanh tiếp thu, cam kết hoàn thành cấp phát trước ngày 30/8/2022.
Kết luận buổi làm việc, đồng chí Phú Thị Hồng đề nghị Đảng ủy xã chỉ đạo khắc phục ngay các hạn chế; thực hiện Kế hoạch số 12-KH/UBKTTU ngày 7/3/2022 của UBKT Tỉnh ủy, báo cáo kết quả khắc phục về đoàn giám sát trước ngày 15/9/2022. Theo kế hoạch, năm 2022 UBKT Tỉnh ủy giám sát chuyên đề 9 tổ chức đảng, trong đó có 3 đảng ủy xã vùng đồng bào dân tộc thiểu số ở các xã Phan Thanh, Phan Hiệp và Phan Sơn.
Trước đó, trong tháng 7/2022, đoàn đã làm việc với Đảng ủy xã Phan Hiệp, ghi nhận xã thu hồi được 46 triệu đồng hỗ trợ cấp trùng cho 9 hộ và đã nộp lại ngân sách.
Ngọc Lân
Tin liên quan
- Tuy Phong: kiểm tra việc thực hiện Quy định 22-QĐ/TW (03/08/2022)
- UBKT Tỉnh ủy kỳ họp thứ 14 (28/07/2022)
- Hàm Thuận Nam khai trừ 1 đảng viên (15/07/2022)
""", "2022-08-10", "Đoàn giám sát Ủy ban Kiểm tra Tỉnh ủy làm việc tại Đảng ủy xã Phan Thanh",
E("giam_sat", "2022", "2022-08-09"),
[P("Phú Thị Hồng", "Ủy viên UBKT Tỉnh ủy"),
 P("Đạo Văn Đức", "Bí thư Đảng ủy xã"),
 P("Thông Văn Phước", "Phó Chủ nhiệm UBKT Huyện ủy Bắc Bình", "thành viên đoàn"),
 P("Bá Văn Thanh", "Chủ tịch UBND xã Phan Thanh")],
[Q("13 chi bộ trực thuộc", 13, "chi bộ trực thuộc"), Q("246 đảng viên", 246, "đảng viên"), Q("164 đảng viên", 164, "đảng viên"),
 Q("8 chi bộ", 8, "chi bộ"), Q("14 đảng viên", 14, "đảng viên"), Q("5 chi bộ thôn", 5, "chi bộ thôn"),
 Q("2 đảng viên", 2, "đảng viên"), Q("1 trường hợp", 1, "trường hợp"), Q("1,28 tỷ đồng", 1280000000, "đồng"),
 Q("213 hộ đồng bào Chăm, Raglai", 213, "hộ đồng bào Chăm, Raglai"), Q("13/13 chi bộ", 13, "chi bộ"), Q("2 chi bộ", 2, "chi bộ"),
 Q("17 hộ", 17, "hộ"), Q("9 tổ chức đảng", 9, "tổ chức đảng"),
 Q("3 đảng ủy xã vùng đồng bào dân tộc thiểu số", 3, "đảng ủy xã vùng đồng bào dân tộc thiểu số"),
 Q("46 triệu đồng", 46000000, "đồng"), Q("9 hộ", 9, "hộ")],
[D("Quy định", "22", "QĐ/TW", "2021-07-28", "Ban Chấp hành Trung ương", "Quy định số 22-QĐ/TW ngày 28/7/2021"),
 D("Quy định", "41", "QĐ/TW", "2021-11-03", "Bộ Chính trị", "Quy định số 41-QĐ/TW ngày 3/11/2021"),
 D("Kế hoạch", "12", "KH/UBKTTU", "2022-03-07", "UBKT Tỉnh ủy", "Kế hoạch số 12-KH/UBKTTU ngày 7/3/2022")],
[prov("Bình Thuận"), com("Phan Thanh"), com("Phan Hiệp"), com("Phan Sơn")],
["BÁO BÌNH THUẬN ONLINE", "Trang chủ / Chính trị / Xây dựng Đảng", "(BTO)"],
["10/08/2022 - 15:30", "năm 2022", "năm 2021", "tháng 6/2022", "tháng 7/2022"]))

PAGES.append(page("b8733-dienbien-ubkt-taphuan-2023", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Chính trị › Xây dựng Đảng
Cập nhật: 16:05, 26/05/2023 (GMT+7)
Bồi dưỡng nghiệp vụ cho 180 cán bộ kiểm tra cơ sở
Học viên tham dự lớp bồi dưỡng. Ảnh: Quang Hưng
Trong 2 ngày 24 và 25/5, Ủy ban Kiểm tra Tỉnh ủy Điện Biên phối hợp với Trường Chính trị tỉnh tổ chức lớp bồi dưỡng nghiệp vụ công tác kiểm tra, giám sát năm 2023 cho 180 cán bộ là chủ nhiệm, phó chủ nhiệm UBKT đảng ủy cơ sở của các huyện Mường Nhé, Nậm Pồ, Mường Chà và Tủa Chùa.
Khai mạc lớp học, đồng chí Lường Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm UBKT Tỉnh ủy cho biết, sau đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025, có khoảng 42% ủy viên UBKT cơ sở mới tham gia lần đầu, trong đó nhiều đồng chí là người Mông, Thái, Hà Nhì, Khơ Mú chưa qua đào tạo nghiệp vụ. Năm 2022, UBKT cơ sở toàn tỉnh mới kiểm tra 37 đảng viên khi có dấu hiệu vi phạm, thấp hơn yêu cầu.
Các học viên được đồng chí Giàng A Chu, Phó Chủ nhiệm UBKT Tỉnh ủy và đồng chí Quàng Văn Pâng, Trưởng phòng Nghiệp vụ 2 UBKT Tỉnh ủy truyền đạt các chuyên đề về Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương; Hướng dẫn số 02-HD/UBKTTW ngày 9/12/2021 của UBKT Trung ương; Quy định số 69-QĐ/TW ngày 6/7/2022 của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi phạm; kỹ năng lập hồ sơ, viết báo cáo kết luận kiểm tra.
Theo Kế hoạch 58-KH/UBKT của UBKT Tỉnh ủy, năm 2023 tỉnh mở 3 lớp bồi dưỡng cho khoảng 500 học viên, tổng kinh phí hơn 320 triệu đồng. Mỗi học viên ở xa được hỗ trợ tiền ở 150.000 đồng/đêm và tiền ăn 100.000 đồng/ngày.
Trao đổi tại lớp, bà Lầu Thị Dợ, Chủ nhiệm UBKT Đảng ủy xã Sín Thầu chia sẻ: xã có 11 chi bộ bản với 198 đảng viên, nhiều bản cách trung tâm xã trên 30 km nên việc giám sát thường xuyên rất khó khăn. Ông Chẻo Văn Sáng, Phó Chủ nhiệm UBKT Đảng ủy xã Pa Ham, đề nghị tăng thời lượng thực hành xử lý tình huống, nhất là các vụ việc về đất đai, di cư tự do.
Bế giảng lớp học, đồng chí Giàng A Chu đề nghị học viên áp dụng ngay kiến thức vào việc xây dựng chương trình kiểm tra, giám sát 6 tháng cuối năm; 100% UBKT đảng ủy cơ sở phải kiểm tra ít nhất 1 đảng viên khi có dấu hiệu vi phạm trong năm 2023. Kết thúc lớp, 176 học viên được cấp giấy chứng nhận.
Theo UBKT Tỉnh ủy, 4 tháng đầu năm 2023, cấp ủy, UBKT các cấp trong tỉnh đã thi hành kỷ luật 29 đảng viên, trong đó có 8 đảng viên vi phạm liên quan đến di cư tự do, tuyên truyền đạo trái pháp luật; UBKT Tỉnh ủy đã giải quyết 6/7 đơn tố cáo thuộc thẩm quyền.
Quang Hưng
Tin liên quan
- UBKT Tỉnh ủy kỳ họp thứ 21 (18/05/2023)
- Tuần Giáo: giám sát 8 chi bộ bản (10/05/2023)
- Điện Biên Đông khai trừ 2 đảng viên tham gia tà đạo (26/04/2023)
""", "2023-05-26", "Bồi dưỡng nghiệp vụ cho 180 cán bộ kiểm tra cơ sở",
E("tap_huan", "2023", "2023-05-24"),
[P("Lường Thị Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm UBKT Tỉnh ủy"),
 P("Giàng A Chu", "Phó Chủ nhiệm UBKT Tỉnh ủy"),
 P("Quàng Văn Pâng", "Trưởng phòng Nghiệp vụ 2 UBKT Tỉnh ủy"),
 P("Lầu Thị Dợ", "Chủ nhiệm UBKT Đảng ủy xã Sín Thầu"),
 P("Chẻo Văn Sáng", "Phó Chủ nhiệm UBKT Đảng ủy xã Pa Ham")],
[Q("180 cán bộ", 180, "cán bộ"), Q("khoảng 42%", 42, "%", "approx"), Q("37 đảng viên", 37, "đảng viên"),
 Q("3 lớp bồi dưỡng", 3, "lớp bồi dưỡng"), Q("khoảng 500 học viên", 500, "học viên", "approx"),
 Q("hơn 320 triệu đồng", 320000000, "đồng", "over"), Q("150.000 đồng", 150000, "đồng"), Q("100.000 đồng", 100000, "đồng"),
 Q("11 chi bộ bản", 11, "chi bộ bản"), Q("198 đảng viên", 198, "đảng viên"), Q("trên 30 km", 30, "km", "over"),
 Q("100% UBKT đảng ủy cơ sở", 100, "%"), Q("ít nhất 1 đảng viên", 1, "đảng viên", "over"), Q("176 học viên", 176, "học viên"),
 Q("29 đảng viên", 29, "đảng viên"), Q("8 đảng viên", 8, "đảng viên"), Q("6/7 đơn tố cáo", 6, "đơn tố cáo")],
[D("Quy định", "22", "QĐ/TW", "2021-07-28", "Ban Chấp hành Trung ương", "Quy định số 22-QĐ/TW ngày 28/7/2021"),
 D("Hướng dẫn", "02", "HD/UBKTTW", "2021-12-09", "UBKT Trung ương", "Hướng dẫn số 02-HD/UBKTTW ngày 9/12/2021"),
 D("Quy định", "69", "QĐ/TW", "2022-07-06", "Bộ Chính trị", "Quy định số 69-QĐ/TW ngày 6/7/2022"),
 D("Kế hoạch", "58", "KH/UBKT", None, "UBKT Tỉnh ủy", "Kế hoạch 58-KH/UBKT")],
[prov("Điện Biên"), com("Sín Thầu"), com("Pa Ham")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Chính trị › Xây dựng Đảng", "Học viên tham dự lớp bồi dưỡng. Ảnh: Quang Hưng",
 "Trường Chính trị tỉnh"],
["Cập nhật: 16:05, 26/05/2023 (GMT+7)", "2 ngày", "nhiệm kỳ 2020 - 2025", "năm 2023", "6 tháng cuối năm",
 "Nghiệp vụ 2", "Năm 2022", "trong năm 2023", "4 tháng đầu năm 2023"]))

PAGES.append(page("b8734-quangnam-ubkt-kyhop-2023", """
Báo Quảng Nam
Thời sự › Chính trị
Thứ Năm, 12/10/2023 - 14:10
Đề nghị khai trừ ra khỏi Đảng nguyên Phó Chủ tịch UBND huyện
(QNO) - Ngày 11/10, Ủy ban Kiểm tra Tỉnh ủy Quảng Nam tổ chức kỳ họp thứ 25 để xem xét, xử lý kỷ luật đảng viên vi phạm và giải quyết một số nội dung khác. Đồng chí Nguyễn Văn Lãm, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm UBKT Tỉnh ủy chủ trì kỳ họp.
Tại kỳ họp, UBKT Tỉnh ủy xem xét kết quả kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ Huyện ủy Tây Giang nhiệm kỳ 2020 - 2025 và các cá nhân có liên quan trong việc thực hiện dự án trồng rừng gỗ lớn. Kết quả kiểm tra cho thấy, giai đoạn 2019 - 2022, huyện đã nghiệm thu, thanh toán khống 86 ha rừng trồng, gây thiệt hại cho ngân sách khoảng 4,7 tỷ đồng.
UBKT Tỉnh ủy kết luận ông A Viết Bơi, nguyên Huyện ủy viên, nguyên Phó Chủ tịch UBND huyện Tây Giang, với vai trò Trưởng Ban chỉ đạo dự án, đã thiếu trách nhiệm, ký hồ sơ nghiệm thu không đúng thực tế, vi phạm Quy định số 69-QĐ/TW ngày 6/7/2022 của Bộ Chính trị và những điều đảng viên không được làm. Vi phạm của ông A Viết Bơi là rất nghiêm trọng, gây dư luận xấu, đến mức phải xem xét, xử lý kỷ luật bằng hình thức khai trừ. UBKT Tỉnh ủy đề nghị Ban Thường vụ Tỉnh ủy xem xét, quyết định.
Cũng tại kỳ họp, UBKT Tỉnh ủy quyết định thi hành kỷ luật cảnh cáo bà Zơ Râm Thị Hiền, Đảng ủy viên, Phó Chủ tịch UBND xã Tà Bhing và khiển trách ông Bríu Văn Ngọc, Bí thư Chi bộ kiêm Trưởng thôn Pà Păng do buông lỏng quản lý, để 27 hộ nhận hỗ trợ trồng rừng nhưng không thực hiện. Cả hai trường hợp đều có quyết định kỷ luật theo Quyết định 1420, 1421-QĐ/UBKTTU.
Xem xét đơn khiếu nại kỷ luật của ông Trần Ngọc Lợi, nguyên Bí thư Đảng ủy xã Ch'ơm, UBKT Tỉnh ủy quyết định giữ nguyên hình thức kỷ luật cảnh cáo do Ban Thường vụ Huyện ủy Tây Giang đã quyết định.
Ngoài ra, UBKT Tỉnh ủy thông qua kết quả giám sát việc kê khai tài sản, thu nhập năm 2022 của 32 đảng viên là cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý; không phát hiện vi phạm. Từ đầu năm đến nay, UBKT các cấp trong tỉnh đã thi hành kỷ luật 83 đảng viên, trong đó có 14 cán bộ thuộc diện cấp ủy cấp huyện quản lý.
Bà Alăng Thị Lâm, Phó Chủ nhiệm UBKT Tỉnh ủy đề nghị UBKT Huyện ủy Tây Giang theo dõi việc thu hồi số tiền thanh toán khống, báo cáo kết quả trước ngày 30/11/2023. Đồng thời, UBKT các huyện miền núi cần tăng cường giám sát việc thực hiện các dự án lâm nghiệp, chương trình mục tiêu quốc gia ở vùng đồng bào Cơ Tu, Xơ Đăng.
Vinh Anh
Tin khác
- UBKT Tỉnh ủy giám sát Ban Thường vụ Thị ủy Điện Bàn (05/10/2023)
- Nam Giang: quán triệt Quy định 69-QĐ/TW đến 100% chi bộ (27/09/2023)
- Khai trừ ra khỏi Đảng 3 đảng viên ở Núi Thành (14/09/2023)
""", "2023-10-12", "Đề nghị khai trừ ra khỏi Đảng nguyên Phó Chủ tịch UBND huyện",
E("khac", None, "2023-10-11"),
[P("Nguyễn Văn Lãm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm UBKT Tỉnh ủy"),
 P("A Viết Bơi", "nguyên Huyện ủy viên", "nguyên Phó Chủ tịch UBND huyện Tây Giang", "Trưởng Ban chỉ đạo dự án"),
 P("Zơ Râm Thị Hiền", "Đảng ủy viên", "Phó Chủ tịch UBND xã Tà Bhing"),
 P("Bríu Văn Ngọc", "Bí thư Chi bộ kiêm Trưởng thôn Pà Păng"),
 P("Trần Ngọc Lợi", "nguyên Bí thư Đảng ủy xã Ch'ơm"),
 P("Alăng Thị Lâm", "Phó Chủ nhiệm UBKT Tỉnh ủy")],
[Q("86 ha", 86, "ha"), Q("khoảng 4,7 tỷ đồng", 4700000000, "đồng", "approx"), Q("27 hộ", 27, "hộ"),
 Q("32 đảng viên", 32, "đảng viên"), Q("83 đảng viên", 83, "đảng viên"), Q("14 cán bộ", 14, "cán bộ")],
[D("Quy định", "69", "QĐ/TW", "2022-07-06", "Bộ Chính trị", "Quy định số 69-QĐ/TW ngày 6/7/2022"),
 D("Quyết định", "1420", "QĐ/UBKTTU", None, None, "Quyết định 1420, 1421-QĐ/UBKTTU"),
 D("Quyết định", "1421", "QĐ/UBKTTU", None, None, "Quyết định 1420, 1421-QĐ/UBKTTU")],
[prov("Quảng Nam"), com("Tà Bhing"), com("Ch'ơm")],
["Báo Quảng Nam", "Thời sự › Chính trị", "(QNO)"],
["Thứ Năm, 12/10/2023 - 14:10", "kỳ họp thứ 25", "nhiệm kỳ 2020 - 2025", "giai đoạn 2019 - 2022", "năm 2022"]))
