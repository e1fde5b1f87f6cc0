from lib import *
PAGES = []

PAGES.append(page("b9287-tuyenquang-ubkt-hoinghi-2025", """
BÁO TUYÊN QUANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TUYÊN QUANG
Trang chủ » Chính trị » Xây dựng Đảng
Thứ Sáu, 18/07/2025 - 08:30
Ủy ban Kiểm tra Tỉnh ủy Tuyên Quang triển khai nhiệm vụ sau hợp nhất
Ngày 17/7, Ủy ban Kiểm tra Tỉnh ủy Tuyên Quang tổ chức hội nghị công bố các quyết định về công tác cán bộ và triển khai nhiệm vụ trọng tâm sau khi hợp nhất Ủy ban Kiểm tra Tỉnh ủy Tuyên Quang và Ủy ban Kiểm tra Tỉnh ủy Hà Giang. Đồng chí Hoàng Văn Pắn, Phó Bí thư Thường trực Tỉnh ủy dự và chỉ đạo hội nghị.
Đồng chí Hoàng Văn Pắn trao quyết định cho các đồng chí lãnh đạo Ủy ban Kiểm tra Tỉnh ủy.
Tại hội nghị, đại diện Ban Tổ chức Tỉnh ủy công bố Quyết định số 2941-QĐNS/TW ngày 28/6/2025 của Ban Bí thư chỉ định đồng chí Ma Thị Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, giữ chức Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy nhiệm kỳ 2020 - 2025. Ủy ban Kiểm tra Tỉnh ủy sau hợp nhất gồm 13 đồng chí; các đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy: Vàng Thị Dính, Nguyễn Đức Toàn, Lý Văn Sình, Hoàng Thị Phương.
Cơ quan Ủy ban Kiểm tra Tỉnh ủy hiện có 58 cán bộ, công chức, làm việc tại 2 trụ sở ở phường Minh Xuân và phường Hà Giang 1. Toàn tỉnh có 124 xã, phường; 100% đảng bộ xã, phường đã kiện toàn ủy ban kiểm tra với tổng số 611 ủy viên.
Theo đồng chí Ma Thị Nguyệt, nhiệm vụ trước mắt là thực hiện Quy định số 296-QĐ/TW ngày 30/5/2025 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng; giám sát việc tổ chức đại hội đảng bộ các xã, phường và chuẩn bị Đại hội Đảng bộ tỉnh lần thứ I; bàn giao, tiếp nhận đầy đủ hồ sơ của ủy ban kiểm tra 17 huyện ủy, thành ủy đã kết thúc hoạt động. Ủy ban đã ban hành Kế hoạch số 01-KH/UBKT về kiểm tra, giám sát 6 tháng cuối năm 2025.
Đồng chí Vàng Thị Dính cho biết, ở các xã vùng cao như Mèo Vạc, Sà Phìn, đội ngũ cán bộ kiểm tra cấp xã phần lớn là người Mông, Dao mới được điều động từ huyện về, cần được hướng dẫn nghiệp vụ ngay. Bà Triệu Thị Lả, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Sà Phìn, đề nghị tỉnh sớm cấp máy tính kết nối phần mềm quản lý đảng viên.
Phát biểu chỉ đạo, đồng chí Hoàng Văn Pắn đề nghị Ủy ban Kiểm tra Tỉnh ủy nhanh chóng ổn định tổ chức, đoàn kết, "vừa chạy vừa xếp hàng"; tập trung giám sát việc thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh, không để gián đoạn công tác kiểm tra, giải quyết tố cáo.
Hoàng Anh
Lượt xem: 1.356
Tin liên quan
- Ra mắt Đảng bộ các cơ quan Đảng tỉnh (04/07/2025)
- Công bố quyết định thành lập Đảng bộ tỉnh Tuyên Quang (01/07/2025)
- Kỳ họp cuối cùng của Ủy ban Kiểm tra Tỉnh ủy Hà Giang (27/06/2025)
""", "2025-07-18", "Ủy ban Kiểm tra Tỉnh ủy Tuyên Quang triển khai nhiệm vụ sau hợp nhất",
E("hoi_nghi", None, "2025-07-17"),
[P("Hoàng Văn Pắn", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Ma Thị Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy nhiệm kỳ 2020 - 2025"),
 P("Vàng Thị Dính", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Nguyễn Đức Toàn", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Lý Văn Sình", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Hoàng Thị Phương", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Triệu Thị Lả", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Sà Phìn")],
[Q("13 đồng chí", 13, "đồng chí"), Q("58 cán bộ, công chức", 58, "cán bộ, công chức"), Q("2 trụ sở", 2, "trụ sở"),
 Q("124 xã, phường", 124, "xã, phường"), Q("100%", 100, "%"), Q("611 ủy viên", 611, "ủy viên"),
 Q("17 huyện ủy, thành ủy", 17, "huyện ủy, thành ủy")],
[D("Quyết định", "2941", "QĐNS/TW", "2025-06-28", "Ban Bí thư", "Quyết định số 2941-QĐNS/TW ngày 28/6/2025"),
 D("Quy định", "296", "QĐ/TW", "2025-05-30", "Ban Chấp hành Trung ương", "Quy định số 296-QĐ/TW ngày 30/5/2025"),
 D("Kế hoạch", "01", "KH/UBKT", None, "Ủy ban Kiểm tra Tỉnh ủy", "Kế hoạch số 01-KH/UBKT"),
 D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Minh Xuân"), com("Hà Giang 1"), com("Mèo Vạc"), com("Sà Phìn")],
["BÁO TUYÊN QUANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TUYÊN QUANG", "Trang chủ » Chính trị » Xây dựng Đảng",
 "Đồng chí Hoàng Văn Pắn trao quyết định cho các đồng chí lãnh đạo Ủy ban Kiểm tra Tỉnh ủy.", "vừa chạy vừa xếp hàng", "Lượt xem: 1.356"],
["Thứ Sáu, 18/07/2025 - 08:30", "13 đồng chí", "nhiệm kỳ 2020 - 2025", "lần thứ I", "6 tháng cuối năm 2025", "Lượt xem: 1.356"]))

PAGES.append(page("b9288-dongthap-dhdb-xa-phongmy-2025", """
Báo và Phát thanh, Truyền hình Đồng Tháp
Thời sự | Chính trị | Đại hội Đảng
22/08/2025 - 10:05
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Đảng bộ xã Phong Mỹ đại hội lần thứ I, nhiệm kỳ 2025 - 2030
Ngày 20/8, Đảng bộ xã Phong Mỹ, tỉnh Đồng Tháp tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự đại hội có đồng chí Nguyễn Văn Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy cùng 150 đại biểu đại diện cho 1.284 đảng viên trong Đảng bộ.
Xã Phong Mỹ mới được thành lập trên cơ sở sắp xếp 3 xã Phong Mỹ, Gáo Giồng và Phương Thịnh, có diện tích tự nhiên 182,6 km2, dân số hơn 41.000 người. Đảng bộ xã có 46 chi bộ trực thuộc.
Báo cáo chính trị đặt mục tiêu nhiệm kỳ 2025 - 2030 thu nhập bình quân đầu người đạt 95 triệu đồng/năm; tỷ lệ hộ nghèo còn 0,5%; hằng năm kết nạp ít nhất 60 đảng viên mới. Về công tác kiểm tra, giám sát, Đảng bộ phấn đấu mỗi năm kiểm tra, giám sát ít nhất 30% chi bộ trực thuộc, 100% đảng viên vi phạm được xem xét, xử lý kịp thời, đúng quy định.
Trong nhiệm kỳ qua, cấp ủy và ủy ban kiểm tra của 3 xã cũ đã kiểm tra 84 lượt chi bộ, 213 đảng viên; thi hành kỷ luật 11 đảng viên, trong đó 2 đảng viên bị khai trừ vì vi phạm pháp luật.
Các tham luận tập trung vào phát triển vùng chuyên canh xoài, sen, xây dựng nông thôn mới nâng cao và nâng chất lượng sinh hoạt chi bộ ấp sau sắp xếp.
Đại hội đã nghe quán triệt Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Quy định số 296-QĐ/TW của Ban Chấp hành Trung ương.
Ban Chấp hành Đảng bộ xã khóa I gồm 27 đồng chí, trong đó có 5 đồng chí nữ. Tại hội nghị lần thứ nhất, đồng chí Lê Thị Thu Hà được bầu giữ chức Bí thư Đảng ủy xã Phong Mỹ nhiệm kỳ 2025 - 2030; Ban Chấp hành bầu Ủy ban Kiểm tra Đảng ủy xã gồm 5 đồng chí, đồng chí Trần Minh Khải, Ủy viên Ban Thường vụ Đảng ủy, được bầu làm Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Hòa đề nghị Ủy ban Kiểm tra Đảng ủy xã ngay sau đại hội xây dựng chương trình kiểm tra, giám sát toàn khóa; chú trọng giám sát việc quản lý đất đai, đầu tư xây dựng ở các ấp; kịp thời giải quyết đơn thư phát sinh trong quá trình sắp xếp. Đồng chí Võ Thị Ngọc Trâm, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, lưu ý việc lưu trữ hồ sơ kỷ luật của các xã cũ.
Đại hội bầu 9 đại biểu chính thức dự Đại hội Đảng bộ tỉnh lần thứ I.
Ngọc Hân
Tin liên quan
- Đại hội Đảng bộ phường Mỹ Tho nhiệm kỳ 2025 - 2030 (19/08/2025)
- Ủy ban Kiểm tra Tỉnh ủy giám sát đại hội cấp xã (14/08/2025)
- Xã Tháp Mười đại hội thành công (11/08/2025)
""", "2025-08-22", "Đảng bộ xã Phong Mỹ đại hội lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-08-20"),
[P("Nguyễn Văn Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Lê Thị Thu Hà", "Bí thư Đảng ủy xã Phong Mỹ nhiệm kỳ 2025 - 2030"),
 P("Trần Minh Khải", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã"),
 P("Võ Thị Ngọc Trâm", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy")],
[Q("150 đại biểu", 150, "đại biểu"), Q("1.284 đảng viên", 1284, "đảng viên"), Q("3 xã", 3, "xã"), Q("182,6 km2", 182.6, "km2"),
 Q("hơn 41.000 người", 41000, "người", "over"), Q("46 chi bộ trực thuộc", 46, "chi bộ trực thuộc"),
 Q("95 triệu đồng", 95000000, "đồng"), Q("0,5%", 0.5, "%"), Q("ít nhất 60 đảng viên mới", 60, "đảng viên mới", "over"),
 Q("ít nhất 30%", 30, "%", "over"), Q("100%", 100, "%"), Q("84 lượt chi bộ", 84, "lượt chi bộ"), Q("213 đảng viên", 213, "đảng viên"),
 Q("11 đảng viên", 11, "đảng viên"), Q("2 đảng viên", 2, "đảng viên"), Q("27 đồng chí", 27, "đồng chí"),
 Q("5 đồng chí nữ", 5, "đồng chí nữ"), Q("5 đồng chí,", 5, "đồng chí"), Q("9 đại biểu chính thức", 9, "đại biểu chính thức")],
[D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025"),
 D("Quy định", "296", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định số 296-QĐ/TW")],
[prov("Đồng Tháp"), com("Phong Mỹ"), com("Gáo Giồng"), com("Phương Thịnh")],
["Báo và Phát thanh, Truyền hình Đồng Tháp", "Thời sự | Chính trị | Đại hội Đảng", "Đại biểu biểu quyết thông qua nghị quyết đại hội."],
["22/08/2025 - 10:05", "lần thứ I", "nhiệm kỳ 2025 - 2030", "95 triệu đồng/năm", "27 đồng chí", "5 đồng chí nữ", "gồm 5 đồng chí", "khóa I",
 "hội nghị lần thứ nhất", "lần thứ XIV"]))

PAGES.append(page("b9289-dongnai-ubkt-taphuan-2025", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Vị trí: Trang chủ › Chính trị › Xây dựng Đảng
Cập nhật lúc 16:25 ngày 14/11/2025
Bồi dưỡng nghiệp vụ kiểm tra cho 312 cán bộ cấp xã
Trong 2 ngày 12 và 13/11, Ủy ban Kiểm tra Tỉnh ủy Đồng Nai tổ chức lớp tập huấn nghiệp vụ công tác kiểm tra, giám sát và kỷ luật của Đảng năm 2025 cho 312 học viên là chủ nhiệm, phó chủ nhiệm và ủy viên chuyên trách ủy ban kiểm tra đảng ủy các xã, phường. Lớp học được tổ chức tại phường Bình Phước cho học viên khu vực phía Bắc của tỉnh.
Quang cảnh lớp tập huấn tại phường Bình Phước.
Đồng chí Điểu Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy cho biết, sau sắp xếp, toàn tỉnh có 95 đảng bộ xã, phường; trong đó 61 chủ nhiệm ủy ban kiểm tra cấp xã lần đầu đảm nhiệm công việc này. Theo Quy định số 296-QĐ/TW ngày 30/5/2025 của Ban Chấp hành Trung ương, ủy ban kiểm tra cấp xã được giao thêm nhiều thẩm quyền trước đây thuộc cấp huyện, như kiểm tra, giám sát chi bộ trực thuộc, giải quyết tố cáo đối với đảng viên.
Các học viên được nghe đồng chí Phạm Quốc Dũng, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, và đồng chí Thị Bích, Trưởng phòng Nghiệp vụ Ủy ban Kiểm tra Tỉnh ủy, truyền đạt 4 chuyên đề theo Hướng dẫn số 03-HD/UBKTTW ngày 8/8/2025 của Ủy ban Kiểm tra Trung ương và Kế hoạch số 46-KH/UBKT của Ủy ban Kiểm tra Tỉnh ủy. Học viên thực hành xây dựng hồ sơ một cuộc kiểm tra đảng viên khi có dấu hiệu vi phạm, từ quyết định, kế hoạch đến báo cáo kết quả.
Chia sẻ tại lớp học, ông Điểu K'Rang, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Bù Gia Mập, cho biết xã rộng hơn 600 km2, có 19 chi bộ thôn, nhiều chi bộ cách trung tâm xã trên 30 km, nên việc giám sát phải kết hợp trực tuyến. Bà Lâm Thị Thu Vân, Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Đak Nhau, đề nghị tỉnh xây dựng kho dữ liệu mẫu văn bản dùng chung.
Theo Ủy ban Kiểm tra Tỉnh ủy, từ ngày 1/7 đến hết tháng 10/2025, ủy ban kiểm tra cấp xã đã kiểm tra 143 chi bộ, giám sát 417 đảng viên, thi hành kỷ luật 26 đảng viên; 100% đảng ủy xã, phường đã ban hành chương trình kiểm tra, giám sát năm 2026 theo hướng dẫn.
Bế giảng, đồng chí Điểu Thị Lan yêu cầu học viên khẩn trương tham mưu kiện toàn bộ phận giúp việc, không để "khoảng trống" trong công tác kiểm tra khi không còn cấp huyện. Lớp học thứ hai dành cho 280 học viên khu vực phía Nam sẽ tổ chức tại phường Trấn Biên từ ngày 18/11.
Thanh Hải
Tin khác
- Ủy ban Kiểm tra Tỉnh ủy giám sát Đảng ủy xã Đak Ơ (07/11/2025)
- Kỳ họp thứ 3 Ủy ban Kiểm tra Tỉnh ủy khóa I (30/10/2025)
- Đồng Nai công bố các quyết định về công tác kiểm tra (20/10/2025)
""", "2025-11-14", "Bồi dưỡng nghiệp vụ kiểm tra cho 312 cán bộ cấp xã",
E("tap_huan", "2025", "2025-11-12"),
[P("Điểu Thị Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Phạm Quốc Dũng", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Thị Bích", "Trưởng phòng Nghiệp vụ Ủy ban Kiểm tra Tỉnh ủy"),
 P("Điểu K'Rang", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Bù Gia Mập"),
 P("Lâm Thị Thu Vân", "Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Đak Nhau")],
[Q("312 học viên", 312, "học viên"), Q("95 đảng bộ xã, phường", 95, "đảng bộ xã, phường"),
 Q("61 chủ nhiệm ủy ban kiểm tra cấp xã", 61, "chủ nhiệm ủy ban kiểm tra cấp xã"), Q("4 chuyên đề", 4, "chuyên đề"),
 Q("hơn 600 km2", 600, "km2", "over"), Q("19 chi bộ thôn", 19, "chi bộ thôn"), Q("trên 30 km", 30, "km", "over"),
 Q("143 chi bộ", 143, "chi bộ"), Q("417 đảng viên", 417, "đảng viên"), Q("26 đảng viên", 26, "đảng viên"), Q("100%", 100, "%"),
 Q("280 học viên", 280, "học viên")],
[D("Quy định", "296", "QĐ/TW", "2025-05-30", "Ban Chấp hành Trung ương", "Quy định số 296-QĐ/TW ngày 30/5/2025"),
 D("Hướng dẫn", "03", "HD/UBKTTW", "2025-08-08", "Ủy ban Kiểm tra Trung ương", "Hướng dẫn số 03-HD/UBKTTW ngày 8/8/2025"),
 D("Kế hoạch", "46", "KH/UBKT", None, "Ủy ban Kiểm tra Tỉnh ủy", "Kế hoạch số 46-KH/UBKT")],
[prov("Đồng Nai"), com("Bình Phước"), com("Bù Gia Mập"), com("Đak Nhau"), com("Trấn Biên")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Vị trí: Trang chủ › Chính trị › Xây dựng Đảng", "Quang cảnh lớp tập huấn tại phường Bình Phước.", "khoảng trống"],
["Cập nhật lúc 16:25 ngày 14/11/2025", "2 ngày", "năm 2025", "năm 2026", "ngày 1/7", "tháng 10/2025", "Lớp học thứ hai", "ngày 18/11"]))

PAGES.append(page("b9290-vinhlong-ubkt-tongket-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Hôm nay: Thứ Bảy, 17/01/2026
Chính trị >> Xây dựng Đảng >> Kiểm tra - Giám sát
Thứ Sáu, 16/01/2026, 08:05
Ảnh: Toàn cảnh hội nghị.
Ủy ban Kiểm tra Tỉnh ủy Vĩnh Long triển khai nhiệm vụ năm 2026
Ngày 15/1, Ủy ban Kiểm tra Tỉnh ủy Vĩnh Long tổ chức hội nghị tổng kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Thạch Sô Phanh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì.
Năm 2025 là năm đặc biệt khi tỉnh Vĩnh Long mới được hình thành trên cơ sở hợp nhất 3 tỉnh Vĩnh Long, Bến Tre và Trà Vinh. Dù vừa sắp xếp tổ chức bộ máy, vừa tổ chức đại hội, cấp ủy các cấp trong tỉnh vẫn kiểm tra 1.836 tổ chức đảng và 5.104 đảng viên, giám sát chuyên đề 1.215 tổ chức đảng. Ủy ban kiểm tra các cấp kiểm tra khi có dấu hiệu vi phạm đối với 42 tổ chức đảng và 187 đảng viên; toàn Đảng bộ thi hành kỷ luật 9 tổ chức đảng và 203 đảng viên. Qua kiểm tra tài chính đảng, kiến nghị thu hồi hơn 2,8 tỷ đồng.
Ủy ban Kiểm tra Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 05, 06-CT/TU về tăng cường kỷ luật, kỷ cương sau hợp nhất và về giám sát việc bàn giao tài sản, trụ sở dôi dư; thực hiện nghiêm Quy định số 296-QĐ/TW của Ban Chấp hành Trung ương. Ủy ban kiểm tra của 124 đảng bộ xã, phường đã được kiện toàn với 588 ủy viên.
Tham luận tại hội nghị, bà Kim Thị Sóc Khum, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Tiểu Cần, cho biết xã đã giám sát 100% chi bộ ấp, phát hiện 4 đảng viên sinh hoạt không đều; ông Huỳnh Văn Lợi, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường Phú Khương, nêu kinh nghiệm giải quyết dứt điểm 6 đơn tố cáo liên quan đến đền bù đất đai.
Phát biểu chỉ đạo, đồng chí Đoàn Văn Hậu, Phó Bí thư Thường trực Tỉnh ủy, đề nghị năm 2026 ủy ban kiểm tra các cấp tập trung giám sát việc thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I và Nghị quyết Đại hội XIV của Đảng; kiểm tra việc kê khai tài sản, thu nhập của cán bộ diện Ban Thường vụ Tỉnh ủy quản lý; chú trọng phòng ngừa, phát hiện sớm vi phạm.
Đồng chí Thạch Sô Phanh cho biết năm 2026, Ủy ban phấn đấu giám sát ít nhất 35% tổ chức đảng trực thuộc và thực hiện số hóa 100% hồ sơ kiểm tra, kỷ luật. Hội nghị đã nghe đồng chí Nguyễn Thị Bích Ngân, Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Tỉnh ủy, quán triệt chương trình kiểm tra, giám sát năm 2026.
Dịp này, Ủy ban Kiểm tra Tỉnh ủy tặng giấy khen cho 21 tập thể và 34 cá nhân.
Phương Thảo
Tin liên quan
- Kỳ họp thứ 7 Ủy ban Kiểm tra Tỉnh ủy (08/01/2026)
- Giám sát kê khai tài sản tại Đảng ủy UBND tỉnh (25/12/2025)
- Ủy ban Kiểm tra Tỉnh ủy làm việc với phường Bến Tre (17/12/2025)
""", "2026-01-16", "Ủy ban Kiểm tra Tỉnh ủy Vĩnh Long triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-15"),
[P("Thạch Sô Phanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Kim Thị Sóc Khum", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Tiểu Cần"),
 P("Huỳnh Văn Lợi", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường Phú Khương"),
 P("Đoàn Văn Hậu", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Nguyễn Thị Bích Ngân", "Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Tỉnh ủy")],
[Q("3 tỉnh", 3, "tỉnh"), Q("1.836 tổ chức đảng", 1836, "tổ chức đảng"), Q("5.104 đảng viên", 5104, "đảng viên"),
 Q("1.215 tổ chức đảng", 1215, "tổ chức đảng"), Q("42 tổ chức đảng", 42, "tổ chức đảng"), Q("187 đảng viên", 187, "đảng viên"),
 Q("9 tổ chức đảng", 9, "tổ chức đảng"), Q("203 đảng viên", 203, "đảng viên"), Q("hơn 2,8 tỷ đồng", 2800000000, "đồng", "over"),
 Q("124 đảng bộ xã, phường", 124, "đảng bộ xã, phường"), Q("588 ủy viên", 588, "ủy viên"), Q("100% chi bộ ấp", 100, "%"),
 Q("4 đảng viên", 4, "đảng viên"), Q("6 đơn tố cáo", 6, "đơn tố cáo"), Q("ít nhất 35%", 35, "%", "over"),
 Q("100% hồ sơ", 100, "%"), Q("21 tập thể", 21, "tập thể"), Q("34 cá nhân", 34, "cá nhân")],
[D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Quy định", "296", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định số 296-QĐ/TW")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Tiểu Cần"), com("Phú Khương")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Hôm nay: Thứ Bảy, 17/01/2026", "Chính trị >> Xây dựng Đảng >> Kiểm tra - Giám sát", "Ảnh: Toàn cảnh hội nghị.",
 "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I", "Nghị quyết Đại hội XIV"],
["Hôm nay: Thứ Bảy, 17/01/2026", "Thứ Sáu, 16/01/2026, 08:05", "năm 2025", "năm 2026", "Năm 2025", "lần thứ I", "XIV"]))

PAGES.append(page("b9291-lamdong-ubkt-giaoban-q1-2026", """
Báo Lâm Đồng điện tử
Trang chủ / Chính trị / Kiểm tra - Giám sát
10/04/2026 - 14:50
Giao ban công tác kiểm tra, giám sát với ủy ban kiểm tra cấp xã khu vực Tây Nguyên
(LĐ) - Sáng 9/4, Ủy ban Kiểm tra Tỉnh ủy Lâm Đồng tổ chức hội nghị giao ban công tác kiểm tra, giám sát quý I/2026 với ủy ban kiểm tra đảng ủy 47 xã, phường thuộc khu vực Đà Lạt và Đắk Nông cũ, kết nối trực tuyến đến điểm cầu phường Bắc Gia Nghĩa. Đồng chí Ka H'Liên, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì. Dự giao ban có lãnh đạo các phòng nghiệp vụ của cơ quan Ủy ban Kiểm tra Tỉnh ủy.
Đồng chí Ka H'Liên phát biểu kết luận giao ban. Ảnh: Võ Trang
Quý I, ủy ban kiểm tra cấp xã trong khu vực đã kiểm tra 96 chi bộ, giám sát 228 đảng viên; kiểm tra khi có dấu hiệu vi phạm 11 đảng viên, thi hành kỷ luật 8 đảng viên. Trong đó, 3 trường hợp vi phạm liên quan lấn chiếm đất rừng, 2 trường hợp vi phạm chính sách dân số. Qua kiểm tra tài chính đảng tại 34 đảng bộ, chi bộ, yêu cầu nộp lại 47,5 triệu đồng.
Bà Điểu Thị Huyền, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, cho biết Ủy ban đã ban hành Hướng dẫn 02, 03-HD/UBKT về quy trình giám sát chi bộ thôn, bon và về giải quyết tố cáo ở cấp xã; đồng thời kiểm tra việc thực hiện Quy định số 296-QĐ/TW ngày 30/5/2025 của Ban Chấp hành Trung ương tại 6 đảng ủy xã.
Tại giao ban, ông K'Bròi, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Lạc Dương, cho biết xã đã gắn giám sát đảng viên với việc thực hiện Quy chế dân chủ ở cơ sở, vận động người dân trả lại 12,5 ha đất rừng lấn chiếm. Ông Y Thanh Nê, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Quảng Trực, đề nghị tăng biên chế cho ủy ban kiểm tra ở các xã biên giới có diện tích lớn. Bà Nguyễn Thị Hồng Nhung, Ủy viên chuyên trách Ủy ban Kiểm tra Đảng ủy phường Xuân Hương - Đà Lạt, kiến nghị hướng dẫn cách lưu trữ hồ sơ điện tử.
Kết luận giao ban, đồng chí Ka H'Liên đề nghị quý II, ủy ban kiểm tra cấp xã bám sát chương trình kiểm tra, giám sát năm 2026, tập trung giám sát việc thực hiện Nghị quyết Đại hội Đảng bộ tỉnh và nghị quyết đại hội đảng bộ xã, phường; chủ động kiểm tra khi có dấu hiệu vi phạm, giải quyết dứt điểm đơn thư từ cơ sở; định kỳ hằng tháng báo cáo kết quả về Ủy ban Kiểm tra Tỉnh ủy qua phần mềm.
Ủy ban Kiểm tra Tỉnh ủy sẽ tổ chức giao ban khu vực Bình Thuận cũ tại phường Phan Thiết vào ngày 16/4, với sự tham gia của ủy ban kiểm tra đảng ủy 38 xã, phường, đặc khu.
Võ Trang
Lượt xem: 904
Tin khác
- Ủy ban Kiểm tra Tỉnh ủy kỳ họp thứ 12 (02/04/2026)
- Giám sát Đảng ủy xã Đam Rông 1 (25/03/2026)
- Tập huấn phần mềm quản lý hồ sơ kiểm tra (17/03/2026)
""", "2026-04-10", "Giao ban công tác kiểm tra, giám sát với ủy ban kiểm tra cấp xã khu vực Tây Nguyên",
E("giao_ban", "2026-Q1", "2026-04-09"),
[P("Ka H'Liên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Điểu Thị Huyền", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("K'Bròi", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Lạc Dương"),
 P("Y Thanh Nê", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Quảng Trực"),
 P("Nguyễn Thị Hồng Nhung", "Ủy viên chuyên trách Ủy ban Kiểm tra Đảng ủy phường Xuân Hương - Đà Lạt")],
[Q("47 xã, phường", 47, "xã, phường"), Q("96 chi bộ", 96, "chi bộ"), Q("228 đảng viên", 228, "đảng viên"), Q("11 đảng viên", 11, "đảng viên"),
 Q("8 đảng viên", 8, "đảng viên"), Q("3 trường hợp", 3, "trường hợp"), Q("2 trường hợp", 2, "trường hợp"),
 Q("34 đảng bộ, chi bộ", 34, "đảng bộ, chi bộ"), Q("47,5 triệu đồng", 47500000, "đồng"), Q("6 đảng ủy xã", 6, "đảng ủy xã"),
 Q("12,5 ha", 12.5, "ha"), Q("38 xã, phường, đặc khu", 38, "xã, phường, đặc khu")],
[D("Hướng dẫn", "02", "HD/UBKT", None, "Ủy ban Kiểm tra Tỉnh ủy", "Hướng dẫn 02, 03-HD/UBKT"),
 D("Hướng dẫn", "03", "HD/UBKT", None, "Ủy ban Kiểm tra Tỉnh ủy", "Hướng dẫn 02, 03-HD/UBKT"),
 D("Quy định", "296", "QĐ/TW", "2025-05-30", "Ban Chấp hành Trung ương", "Quy định số 296-QĐ/TW ngày 30/5/2025")],
[prov("Lâm Đồng"), com("Bắc Gia Nghĩa"), com("Lạc Dương"), com("Quảng Trực"), com("Xuân Hương - Đà Lạt"), com("Phan Thiết")],
["Báo Lâm Đồng điện tử", "Trang chủ / Chính trị / Kiểm tra - Giám sát", "(LĐ)", "Đồng chí Ka H'Liên phát biểu kết luận giao ban. Ảnh: Võ Trang",
 "Quy chế dân chủ ở cơ sở", "Lượt xem: 904"],
["10/04/2026 - 14:50", "quý I/2026", "Quý I", "quý II", "năm 2026", "ngày 16/4", "hằng tháng", "Lượt xem: 904"]))

PAGES.append(page("b9292-thainguyen-ubkt-giamsat-2026", """
BÁO THÁI NGUYÊN ĐIỆN TỬ
You are here: Trang chủ > Chính trị > Xây dựng Đảng
Ngày đăng 19/06/2026 | 16:20
Đoàn giám sát làm việc tại xã Nà Phặc. Ảnh: Hà Linh
Giám sát việc sử dụng nguồn vốn hỗ trợ đồng bào dân tộc thiểu số tại xã Nà Phặc
Ngày 18/6, Đoàn giám sát của Ủy ban Kiểm tra Tỉnh ủy Thái Nguyên do đồng chí Nông Quốc Hùng, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy làm trưởng đoàn đã thông báo kết quả giám sát chuyên đề năm 2026 đối với Ban Thường vụ Đảng ủy xã Nà Phặc. Cùng dự có đồng chí Hà Thị Bích, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.
Đoàn được thành lập theo Quyết định số 85-QĐ/UBKT ngày 2/6/2026 của Ủy ban Kiểm tra Tỉnh ủy, giám sát việc lãnh đạo, chỉ đạo quản lý, sử dụng nguồn vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi tại xã từ tháng 7/2025 đến tháng 5/2026.
Xã Nà Phặc sau sắp xếp có 28 thôn, 3.912 hộ, trong đó hơn 80% là đồng bào Tày, Dao, Mông; Đảng bộ xã có 31 chi bộ với 1.047 đảng viên. Thời kỳ giám sát, xã được phân bổ 14,6 tỷ đồng, đã giải ngân 11,2 tỷ đồng, đạt 76,7%; hỗ trợ làm nhà ở cho 46 hộ nghèo, nước sinh hoạt phân tán cho 215 hộ.
Qua giám sát, đoàn đánh giá Đảng ủy xã đã ban hành Nghị quyết số 09-NQ/ĐU và Kế hoạch số 14-KH/ĐU để lãnh đạo thực hiện, công khai danh sách hộ thụ hưởng tại nhà văn hóa thôn. Tuy nhiên, việc nghiệm thu ở 2 công trình còn chậm; một số hộ được hỗ trợ con giống nhưng chưa được hướng dẫn chăm sóc nên hiệu quả chưa cao; Ủy ban Kiểm tra Đảng ủy xã chưa giám sát chuyên đề về nội dung này.
Tiếp thu kết quả, bà Triệu Thị Nhung, Bí thư Đảng ủy xã Nà Phặc, cho biết Đảng ủy sẽ chỉ đạo hoàn thành nghiệm thu trước ngày 30/7/2026; giao Ủy ban Kiểm tra Đảng ủy xã giám sát 100% danh sách hộ thụ hưởng. Ông Ma Văn Kiên, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Nà Phặc, đề nghị tỉnh hướng dẫn cụ thể cách giám sát đối với các dự án do Ban Quản lý dự án khu vực làm chủ đầu tư.
Phát biểu tại buổi làm việc, đồng chí Hà Thị Bích nhấn mạnh giám sát là để phòng ngừa, "nhắc nhở từ sớm, từ xa", không để cán bộ sai phạm rồi mới xử lý; đề nghị Đảng ủy xã thực hiện nghiêm Quy định số 296-QĐ/TW của Ban Chấp hành Trung ương. Năm 2026, Ủy ban Kiểm tra Tỉnh ủy giám sát chuyên đề 12 đảng ủy xã, phường thuộc khu vực Bắc Kạn cũ, trong đó có xã Phúc Lộc và xã Bằng Thành.
Hà Linh
Tin liên quan
- Ủy ban Kiểm tra Tỉnh ủy kỳ họp thứ 15 (12/06/2026)
- Xã Phúc Lộc: kiểm tra tài chính đảng 9 chi bộ (05/06/2026)
- Tập huấn nghiệp vụ kiểm tra khu vực phía Bắc tỉnh (27/05/2026)
""", "2026-06-19", "Giám sát việc sử dụng nguồn vốn hỗ trợ đồng bào dân tộc thiểu số tại xã Nà Phặc",
E("giam_sat", "2026", "2026-06-18"),
[P("Nông Quốc Hùng", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", "trưởng đoàn"),
 P("Hà Thị Bích", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Triệu Thị Nhung", "Bí thư Đảng ủy xã Nà Phặc"),
 P("Ma Văn Kiên", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Nà Phặc")],
[Q("28 thôn", 28, "thôn"), Q("3.912 hộ", 3912, "hộ"), Q("hơn 80%", 80, "%", "over"), Q("31 chi bộ", 31, "chi bộ"),
 Q("1.047 đảng viên", 1047, "đảng viên"), Q("14,6 tỷ đồng", 14600000000, "đồng"), Q("11,2 tỷ đồng", 11200000000, "đồng"),
 Q("76,7%", 76.7, "%"), Q("46 hộ nghèo", 46, "hộ nghèo"), Q("215 hộ", 215, "hộ"), Q("2 công trình", 2, "công trình"),
 Q("100%", 100, "%"), Q("12 đảng ủy xã, phường", 12, "đảng ủy xã, phường")],
[D("Quyết định", "85", "QĐ/UBKT", "2026-06-02", "Ủy ban Kiểm tra Tỉnh ủy", "Quyết định số 85-QĐ/UBKT ngày 2/6/2026"),
 D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 09-NQ/ĐU"),
 D("Kế hoạch", "14", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 14-KH/ĐU"),
 D("Quy định", "296", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định số 296-QĐ/TW")],
[prov("Thái Nguyên"), prov("Bắc Kạn"), com("Nà Phặc"), com("Phúc Lộc"), com("Bằng Thành")],
["BÁO THÁI NGUYÊN ĐIỆN TỬ", "You are here: Trang chủ > Chính trị > Xây dựng Đảng", "Đoàn giám sát làm việc tại xã Nà Phặc. Ảnh: Hà Linh",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "nhắc nhở từ sớm, từ xa"],
["Ngày đăng 19/06/2026 | 16:20", "năm 2026", "Năm 2026", "tháng 7/2025", "tháng 5/2026", "30/7/2026"]))
