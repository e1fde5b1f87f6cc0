from lib import *
PAGES = []

PAGES.append(page("b3311-daknong-bdt-soket-2024", """
BAN DÂN TỘC TỈNH ĐẮK NÔNG
Trang chủ › Tin tức - Sự kiện › Tin trong tỉnh
T6, 12/07/2024 - 09:20
Đắk Nông: Giải ngân vốn Chương trình 1719 đạt hơn 45%
Ngày 11/7/2024, Ban Dân tộc tỉnh Đắk Nông tổ chức hội nghị sơ kết công tác dân tộc 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2024. Ông Y Quang Niê Kdăm, Trưởng Ban Dân tộc tỉnh chủ trì hội nghị.
Ông Y Quang Niê Kdăm, Trưởng Ban Dân tộc tỉnh phát biểu kết luận hội nghị.
Theo báo cáo, năm 2024 tỉnh được giao hơn 509 tỷ đồng vốn thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi (gồm vốn năm 2024 và vốn các năm trước chuyển sang). Đến ngày 30/6/2024, đã giải ngân hơn 45% kế hoạch. Riêng Dự án 1, tỉnh đã hỗ trợ đất ở cho 84 hộ, nhà ở cho 713 hộ, chuyển đổi nghề cho 1.262 hộ và hỗ trợ nước sinh hoạt phân tán cho 2.054 hộ; đang thi công 11 công trình nước sinh hoạt tập trung.
Về hỗ trợ đất sản xuất, do quỹ đất hạn hẹp, tỉnh đã ban hành Nghị quyết số 04/2024/NQ-HĐND ngày 10/4/2024 của HĐND tỉnh quy định mức hỗ trợ chuyển đổi nghề tối đa 15 triệu đồng/hộ, thay cho hỗ trợ đất trực tiếp. Mỗi xã đặc biệt khó khăn phải xây dựng ít nhất 2 mô hình sinh kế cho hộ Mnông, Mạ nghèo.
Thực hiện chính sách đối với người có uy tín, 6 tháng đầu năm, Ban đã thăm, tặng quà 412 người có uy tín dịp Tết Nguyên đán, mỗi suất 700.000 đồng; tổ chức cho 60 người có uy tín tiêu biểu đi tham quan, học tập kinh nghiệm tại tỉnh Bình Phước.
Tại hội nghị, bà H'Loan Bkrông, Phó Trưởng Ban Dân tộc tỉnh, nêu khó khăn trong thực hiện Thông tư 02, 03/2022/TT-UBDT của Ủy ban Dân tộc do còn vướng về đối tượng là hộ di cư tự do. Ông Điểu Xơn, Chủ tịch UBND xã Quảng Trực, cho biết xã có khoảng 350 hộ người Mông, Dao di cư từ phía Bắc vào chưa có đất sản xuất. Ông Nông Văn Khải, Trưởng phòng Dân tộc huyện Đắk Glong, kiến nghị kéo dài thời gian giải ngân vốn sự nghiệp năm 2023.
Kết luận hội nghị, ông Y Quang Niê Kdăm yêu cầu 6 tháng cuối năm phấn đấu giải ngân từ 95% trở lên; đẩy nhanh hỗ trợ nhà ở, bảo đảm hoàn thành chỉ tiêu xóa nhà tạm, nhà dột nát; chuẩn bị chu đáo Đại hội đại biểu các dân tộc thiểu số tỉnh lần thứ IV.
Các đại biểu cũng thảo luận về việc lồng ghép nguồn vốn giữa các chương trình mục tiêu quốc gia, tránh chồng chéo đối tượng; đề nghị tăng cường kiểm tra, giám sát cộng đồng đối với các công trình hạ tầng ở thôn, bon. Nhiều ý kiến đề nghị sớm có hướng dẫn về thanh quyết toán vốn sự nghiệp để các xã không phải trả lại ngân sách.
Bích Hằng
Số lượt truy cập: 2.105.390
Tin liên quan
- Tuy Đức: bàn giao 50 căn nhà cho hộ nghèo (05/07/2024)
- Đắk Song tổ chức Đại hội đại biểu các dân tộc thiểu số lần thứ IV (28/06/2024)
- Ban Dân tộc làm việc với huyện Krông Nô (20/06/2024)
""", "2024-07-12", "Đắk Nông: Giải ngân vốn Chương trình 1719 đạt hơn 45%",
E("so_ket", "2024-H1", "2024-07-11"),
[P("Y Quang Niê Kdăm", "Trưởng Ban Dân tộc tỉnh"),
 P("H'Loan Bkrông", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Điểu Xơn", "Chủ tịch UBND xã Quảng Trực"),
 P("Nông Văn Khải", "Trưởng phòng Dân tộc huyện Đắk Glong")],
[Q("hơn 509 tỷ đồng", 509000000000, "đồng", "over"), Q("hơn 45%", 45, "%", "over"), Q("84 hộ", 84, "hộ"), Q("713 hộ", 713, "hộ"),
 Q("1.262 hộ", 1262, "hộ"), Q("2.054 hộ", 2054, "hộ"), Q("11 công trình nước sinh hoạt tập trung", 11, "công trình nước sinh hoạt tập trung"),
 Q("tối đa 15 triệu đồng/hộ", 15000000, "đồng"), Q("ít nhất 2 mô hình sinh kế", 2, "mô hình sinh kế", "over"),
 Q("412 người có uy tín", 412, "người có uy tín"), Q("700.000 đồng", 700000, "đồng"),
 Q("60 người có uy tín tiêu biểu", 60, "người có uy tín tiêu biểu"), Q("khoảng 350 hộ người Mông, Dao", 350, "hộ người Mông, Dao", "approx"),
 Q("từ 95% trở lên", 95, "%", "over")],
[D("Nghị quyết", "04", "2024/NQ-HĐND", "2024-04-10", "HĐND tỉnh", "Nghị quyết số 04/2024/NQ-HĐND ngày 10/4/2024 của HĐND tỉnh"),
 D("Thông tư", "02", "2022/TT-UBDT", None, "Ủy ban Dân tộc", "Thông tư 02, 03/2022/TT-UBDT của Ủy ban Dân tộc"),
 D("Thông tư", "03", "2022/TT-UBDT", None, "Ủy ban Dân tộc", "Thông tư 02, 03/2022/TT-UBDT của Ủy ban Dân tộc")],
[prov("Đắk Nông"), prov("Bình Phước"), com("Quảng Trực")],
["BAN DÂN TỘC TỈNH ĐẮK NÔNG", "Trang chủ › Tin tức - Sự kiện › Tin trong tỉnh",
 "Ông Y Quang Niê Kdăm, Trưởng Ban Dân tộc tỉnh phát biểu kết luận hội nghị.", "Chương trình 1719", "Dự án 1",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Số lượt truy cập: 2.105.390"],
["T6, 12/07/2024 - 09:20", "Chương trình 1719", "6 tháng đầu năm", "6 tháng cuối năm 2024", "30/6/2024", "năm 2023", "lần thứ IV", "Số lượt truy cập: 2.105.390"]))

PAGES.append(page("b3312-laichau-daihoi-2024", """
Báo Lai Châu điện tử
Chính trị | Sự kiện
17/10/2024 | 20:05
Toàn cảnh Đại hội. Ảnh: Quốc Tuấn
Đại hội đại biểu các dân tộc thiểu số tỉnh Lai Châu lần thứ IV thành công tốt đẹp
(BLC) - Trong 2 ngày 16 và 17/10, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu các dân tộc thiểu số tỉnh Lai Châu lần thứ IV, năm 2024 đã diễn ra thành công. Dự Đại hội có 300 đại biểu chính thức, đại diện cho hơn 410.000 đồng bào của 19 dân tộc thiểu số trong tỉnh, trong đó có đại biểu các dân tộc rất ít người Mảng, Cống, Si La, La Hủ.
Dự và chỉ đạo Đại hội có đồng chí Lò Thị Hạnh, Phó Chủ nhiệm Ủy ban Dân tộc; đồng chí Sùng A Sử, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, đại biểu Quốc hội khóa XV. Đồng chí Tẩn Văn Chiêm, Phó Chủ tịch UBND tỉnh, Trưởng ban Chỉ đạo Đại hội, phát biểu khai mạc.
Báo cáo tại Đại hội cho biết, giai đoạn 2019 - 2024, tổng nguồn lực đầu tư cho vùng đồng bào dân tộc thiểu số của tỉnh đạt trên 25.000 tỷ đồng. Riêng Chương trình 1719 giai đoạn 2021 - 2024 đã hỗ trợ nhà ở cho 3.812 hộ, đất ở cho 406 hộ, nước sinh hoạt phân tán cho gần 7.900 hộ; đầu tư 96 công trình nước sinh hoạt tập trung. Tỷ lệ hộ nghèo giảm bình quân 4,2%/năm; thu nhập bình quân đầu người đạt 46,2 triệu đồng năm 2024.
Đại hội biểu dương 5 điển hình tham luận, trong đó có ông Lý Gò Chừ, người có uy tín bản Pa Ủ, xã Pa Ủ (huyện Mường Tè), dân tộc La Hủ, đã vận động 100% hộ trong bản xây nhà tiêu hợp vệ sinh; bà Lò Thị Niệm, dân tộc Cống, Chủ tịch Hội Liên hiệp Phụ nữ xã Nậm Khao, thành lập 3 tổ hợp tác trồng sa nhân. Ông Chu Thế Mò, dân tộc Hà Nhì, trưởng bản Tá Miếu, nói về giữ gìn lễ hội Gạ Ma Thú.
Thực hiện Chỉ thị số 39/CT-TTg ngày 12/12/2023 của Thủ tướng Chính phủ và Kế hoạch 2986, 2987/KH-UBND của UBND tỉnh, Đại hội đã hiệp thương cử 40 đại biểu chính thức đi dự Đại hội đại biểu toàn quốc các dân tộc thiểu số Việt Nam lần thứ IV. Đoàn đại biểu do đồng chí Tẩn Văn Chiêm làm trưởng đoàn.
Phát biểu chỉ đạo, đồng chí Lò Thị Hạnh đề nghị tỉnh tập trung giải quyết dứt điểm tình trạng thiếu đất ở, đất sản xuất, nước sinh hoạt, đặc biệt cho các dân tộc rất ít người; đưa nội dung bảo tồn văn hóa vào kế hoạch phát triển.
Dịp này, UBND tỉnh tặng Bằng khen cho 70 tập thể, 110 cá nhân tiêu biểu giai đoạn 2019 - 2024; Ủy ban Dân tộc tặng Kỷ niệm chương "Vì sự nghiệp phát triển các dân tộc" cho 12 cá nhân.
Quốc Tuấn - Minh Phương
Bài viết liên quan
- Mường Tè: Đại hội đại biểu các dân tộc thiểu số lần thứ IV (03/07/2024)
- Gặp mặt người có uy tín tỉnh Lai Châu năm 2024 (15/05/2024)
- Sìn Hồ: bàn giao 120 căn nhà (08/05/2024)
""", "2024-10-17", "Đại hội đại biểu các dân tộc thiểu số tỉnh Lai Châu lần thứ IV thành công tốt đẹp",
E("dai_hoi", "2024", "2024-10-16"),
[P("Lò Thị Hạnh", "Phó Chủ nhiệm Ủy ban Dân tộc"),
 P("Sùng A Sử", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "đại biểu Quốc hội khóa XV"),
 P("Tẩn Văn Chiêm", "Phó Chủ tịch UBND tỉnh", "Trưởng ban Chỉ đạo Đại hội", "trưởng đoàn"),
 P("Lý Gò Chừ", "người có uy tín bản Pa Ủ"),
 P("Lò Thị Niệm", "Chủ tịch Hội Liên hiệp Phụ nữ xã Nậm Khao"),
 P("Chu Thế Mò", "trưởng bản Tá Miếu")],
[Q("300 đại biểu chính thức", 300, "đại biểu chính thức"), Q("hơn 410.000 đồng bào", 410000, "đồng bào", "over"),
 Q("19 dân tộc thiểu số", 19, "dân tộc thiểu số"), Q("trên 25.000 tỷ đồng", 25000000000000, "đồng", "over"), Q("3.812 hộ", 3812, "hộ"),
 Q("406 hộ", 406, "hộ"), Q("gần 7.900 hộ", 7900, "hộ", "approx"), Q("96 công trình nước sinh hoạt tập trung", 96, "công trình nước sinh hoạt tập trung"),
 Q("4,2%", 4.2, "%"), Q("46,2 triệu đồng", 46200000, "đồng"), Q("5 điển hình", 5, "điển hình"), Q("100% hộ", 100, "%"),
 Q("3 tổ hợp tác", 3, "tổ hợp tác"), Q("40 đại biểu chính thức", 40, "đại biểu chính thức"), Q("70 tập thể", 70, "tập thể"),
 Q("110 cá nhân tiêu biểu", 110, "cá nhân tiêu biểu"), Q("12 cá nhân", 12, "cá nhân")],
[D("Chỉ thị", "39", "CT-TTg", "2023-12-12", "Thủ tướng Chính phủ", "Chỉ thị số 39/CT-TTg ngày 12/12/2023 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "2986", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 2986, 2987/KH-UBND của UBND tỉnh"),
 D("Kế hoạch", "2987", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 2986, 2987/KH-UBND của UBND tỉnh")],
[prov("Lai Châu"), com("Pa Ủ"), com("Nậm Khao")],
["Báo Lai Châu điện tử", "Chính trị | Sự kiện", "Toàn cảnh Đại hội. Ảnh: Quốc Tuấn", "(BLC)", "Chương trình 1719", "Gạ Ma Thú",
 "Vì sự nghiệp phát triển các dân tộc", "Trung tâm Hội nghị tỉnh"],
["17/10/2024 | 20:05", "2 ngày", "lần thứ IV", "năm 2024", "2019 - 2024", "2021 - 2024", "Chương trình 1719"]))

PAGES.append(page("b3313-tuyenquang-sdttg-tongket-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ SỞ DÂN TỘC VÀ TÔN GIÁO TỈNH TUYÊN QUANG
Trang chủ / Tin tức / Hoạt động của Sở
Thứ Sáu, 26/12/2025, 17:00
Sở Dân tộc và Tôn giáo tổng kết công tác năm 2025
Chiều 25/12/2025, Sở Dân tộc và Tôn giáo tỉnh Tuyên Quang tổ chức hội nghị tổng kết công tác dân tộc, tín ngưỡng, tôn giáo năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Sở hoạt động sau khi hợp nhất hai tỉnh Tuyên Quang và Hà Giang, vận hành chính quyền địa phương hai cấp. Dự hội nghị có đồng chí Ma Thị Hường, Phó Chủ tịch UBND tỉnh; đồng chí Vàng Mí Sính, Giám đốc Sở chủ trì.
Đồng chí Ma Thị Hường phát biểu chỉ đạo hội nghị.
Theo báo cáo, tỉnh Tuyên Quang (mới) có 124 xã, phường, trong đó 93 xã thuộc vùng đồng bào dân tộc thiểu số và miền núi; người dân tộc thiểu số chiếm khoảng 78% dân số. Năm 2025, tổng vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi được giao hơn 2.140 tỷ đồng; đến ngày 15/12/2025 đã giải ngân 81,6%.
Thực hiện phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", toàn tỉnh đã hoàn thành 11.472 căn nhà cho hộ nghèo, hộ cận nghèo, trong đó khoảng 9.600 căn cho hộ đồng bào dân tộc thiểu số, với mức hỗ trợ 60 triệu đồng/căn xây mới và 30 triệu đồng/căn sửa chữa. Ngoài ra, 3.215 hộ được hỗ trợ nước sinh hoạt phân tán, 58 công trình nước sinh hoạt tập trung được đầu tư ở các xã vùng cao núi đá.
Hiện toàn tỉnh có 3.934 người có uy tín. Năm 2025, Sở đã tham mưu UBND tỉnh ban hành Quyết định 452, 453/QĐ-UBND phê duyệt danh sách người có uy tín giai đoạn 2023 - 2027 sau hợp nhất và kế hoạch thực hiện chính sách theo Quyết định 12/2018/QĐ-TTg và Quyết định 28/2023/QĐ-TTg của Thủ tướng Chính phủ.
Tại hội nghị, ông Bàn Văn Chàn, Phó Giám đốc Sở, báo cáo về công tác tôn giáo; bà Hoàng Thị Ỉnh, người Pà Thẻn, Chủ tịch UBND xã Hồng Quang, đề nghị ưu tiên vốn hỗ trợ đất sản xuất cho đồng bào ở các thôn tái định cư; ông Lò Văn Sà, người có uy tín thôn Lô Lô Chải, xã Lũng Cú, mong muốn có thêm kinh phí bảo tồn nhà trình tường.
Phát biểu chỉ đạo, đồng chí Ma Thị Hường đề nghị năm 2026 Sở tham mưu thực hiện Nghị quyết số 111/2024/QH15 của Quốc hội về cơ chế đặc thù thực hiện các chương trình mục tiêu quốc gia; chuẩn bị triển khai Chương trình giai đoạn 2026 - 2030; bảo đảm mỗi xã vùng cao có ít nhất 1 mô hình sinh kế bền vững.
Dịp này, Giám đốc Sở tặng giấy khen cho 11 tập thể và 26 cá nhân có thành tích xuất sắc năm 2025.
Phòng Tổng hợp
Tin liên quan
- Lâm Bình: gặp mặt người có uy tín cuối năm (20/12/2025)
- Hoàn thành xóa nhà tạm trên địa bàn xã Mèo Vạc (05/12/2025)
- Hội nghị triển khai công tác tôn giáo sau hợp nhất (28/11/2025)
""", "2025-12-26", "Sở Dân tộc và Tôn giáo tổng kết công tác năm 2025",
E("tong_ket", "2025", "2025-12-25"),
[P("Ma Thị Hường", "Phó Chủ tịch UBND tỉnh"),
 P("Vàng Mí Sính", "Giám đốc Sở"),
 P("Bàn Văn Chàn", "Phó Giám đốc Sở"),
 P("Hoàng Thị Ỉnh", "Chủ tịch UBND xã Hồng Quang"),
 P("Lò Văn Sà", "người có uy tín thôn Lô Lô Chải")],
[Q("124 xã, phường", 124, "xã, phường"), Q("93 xã", 93, "xã"), Q("khoảng 78%", 78, "%", "approx"),
 Q("hơn 2.140 tỷ đồng", 2140000000000, "đồng", "over"), Q("81,6%", 81.6, "%"), Q("11.472 căn nhà", 11472, "căn nhà"),
 Q("khoảng 9.600 căn", 9600, "căn", "approx"), Q("60 triệu đồng/căn", 60000000, "đồng"), Q("30 triệu đồng/căn", 30000000, "đồng"),
 Q("3.215 hộ", 3215, "hộ"), Q("58 công trình nước sinh hoạt tập trung", 58, "công trình nước sinh hoạt tập trung"),
 Q("3.934 người có uy tín", 3934, "người có uy tín"), Q("ít nhất 1 mô hình sinh kế bền vững", 1, "mô hình sinh kế bền vững", "over"),
 Q("11 tập thể", 11, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
[D("Quyết định", "452", "QĐ-UBND", None, None, "Quyết định 452, 453/QĐ-UBND"),
 D("Quyết định", "453", "QĐ-UBND", None, None, "Quyết định 452, 453/QĐ-UBND"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 28/2023/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Nghị quyết", "111", "2024/QH15", None, "Quốc hội", "Nghị quyết số 111/2024/QH15 của Quốc hội")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Hồng Quang"), com("Lũng Cú")],
["CỔNG THÔNG TIN ĐIỆN TỬ SỞ DÂN TỘC VÀ TÔN GIÁO TỈNH TUYÊN QUANG", "Trang chủ / Tin tức / Hoạt động của Sở",
 "Đồng chí Ma Thị Hường phát biểu chỉ đạo hội nghị.", "Cả nước chung tay xóa nhà tạm, nhà dột nát",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Thứ Sáu, 26/12/2025, 17:00", "năm 2025", "năm 2026", "15/12/2025", "2023 - 2027", "2026 - 2030", "hai cấp", "hai tỉnh"]))

PAGES.append(page("b3314-gialai-nhao-2025", """
Báo và Phát thanh, Truyền hình Gia Lai
Xã hội > Chính sách
05/09/2025 07:30
Gia Lai: Hơn 9.200 hộ đồng bào dân tộc thiểu số có nhà mới
Sau hơn 1 năm triển khai, tỉnh Gia Lai (mới) đã hoàn thành xóa nhà tạm, nhà dột nát cho hơn 9.200 hộ đồng bào dân tộc thiểu số, về đích trước thời hạn. Nhiều buôn làng người Jrai, Bahnar, Chăm H'roi đã khang trang hơn.
Căn nhà mới của gia đình bà Kpă H'Lương ở xã Ia Rbol. Ảnh: Đ.Y
Theo Sở Dân tộc và Tôn giáo tỉnh, trong tổng số 15.378 căn nhà được hỗ trợ xây mới, sửa chữa trên toàn tỉnh từ năm 2024 đến hết tháng 8/2025, có 9.241 căn của hộ đồng bào dân tộc thiểu số. Tổng kinh phí thực hiện khoảng 812 tỷ đồng, trong đó nguồn Chương trình 1719 hơn 285 tỷ đồng, phần còn lại từ ngân sách địa phương, Quỹ "Vì người nghèo" và nguồn xã hội hóa. Mỗi căn xây mới được hỗ trợ 60 triệu đồng, sửa chữa 30 triệu đồng.
Ông Rơ Chăm Ngọc, Phó Giám đốc Sở Dân tộc và Tôn giáo tỉnh Gia Lai, cho biết: cùng với nhà ở, tỉnh đã hỗ trợ đất ở cho 517 hộ, hỗ trợ chuyển đổi nghề cho 2.318 hộ không có đất sản xuất; 4.160 hộ được hỗ trợ nước sinh hoạt phân tán. Tuy nhiên, toàn tỉnh vẫn còn khoảng 6.500 hộ thiếu đất sản xuất, chủ yếu ở các xã phía Tây.
Tại xã Ia Rbol, bà Kpă H'Lương (dân tộc Jrai) phấn khởi: "Trước đây nhà gỗ mục, mưa là dột. Giờ có nhà xây 50 m2, các con có chỗ học bài". Ông Đinh Văn Thiếu, Chủ tịch UBND xã Kông Chro, cho biết xã đã bàn giao 214 căn nhà cho hộ Bahnar; đoàn viên thanh niên, bộ đội góp hơn 3.000 ngày công vận chuyển vật liệu.
Ở khu vực phía Đông (tỉnh Bình Định cũ), đồng bào Bahnar, Chăm H'roi ở các xã An Lão, Vĩnh Thạnh cũng có 1.146 căn nhà mới. Bà Đinh Thị Hy, Phó Chủ tịch UBND xã An Lão, cho biết xã ưu tiên hộ già cả, neo đơn làm trước; mỗi căn nhà được các đoàn thể hỗ trợ thêm khoảng 5 triệu đồng mua giường, tủ.
Thực hiện Nghị quyết 57/NQ-HĐND và Kế hoạch 130/KH-UBND ngày 2/7/2025 của UBND tỉnh, từ nay đến cuối năm, Sở Dân tộc và Tôn giáo sẽ phối hợp với các xã rà soát, cập nhật danh sách hộ phát sinh nhà tạm mới, không để tái nghèo vì thiên tai.
Theo đánh giá của Sở, kết quả trên có được nhờ sự vào cuộc đồng bộ của cả hệ thống chính trị, sự đồng thuận của người dân và vai trò của già làng, người có uy tín trong vận động bà con đóng góp ngày công, vật liệu. Nhiều dòng họ đã hỗ trợ đất cho con cháu làm nhà. Ở nhiều làng, bà con còn tự tổ chức lễ mừng nhà mới theo phong tục truyền thống.
Đức Yên
Tin khác
- Chư Sê: trao 40 bò giống cho hộ nghèo Jrai (01/09/2025)
- Quy Nhơn: hội nghị tổng kết mô hình dân vận khéo (28/08/2025)
- Gia Lai tổ chức hội nghị người có uy tín sau hợp nhất (20/08/2025)
""", "2025-09-05", "Gia Lai: Hơn 9.200 hộ đồng bào dân tộc thiểu số có nhà mới",
E("khac", None, None),
[P("Kpă H'Lương"), P("Rơ Chăm Ngọc", "Phó Giám đốc Sở Dân tộc và Tôn giáo tỉnh Gia Lai"),
 P("Đinh Văn Thiếu", "Chủ tịch UBND xã Kông Chro"), P("Đinh Thị Hy", "Phó Chủ tịch UBND xã An Lão")],
[Q("Hơn 9.200 hộ đồng bào dân tộc thiểu số", 9200, "hộ đồng bào dân tộc thiểu số", "over"), Q("15.378 căn nhà", 15378, "căn nhà"),
 Q("9.241 căn", 9241, "căn"), Q("khoảng 812 tỷ đồng", 812000000000, "đồng", "approx"), Q("hơn 285 tỷ đồng", 285000000000, "đồng", "over"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"), Q("517 hộ", 517, "hộ"), Q("2.318 hộ", 2318, "hộ"),
 Q("4.160 hộ", 4160, "hộ"), Q("khoảng 6.500 hộ", 6500, "hộ", "approx"), Q("50 m2", 50, "m2"), Q("214 căn nhà", 214, "căn nhà"),
 Q("hơn 3.000 ngày công", 3000, "ngày công", "over"), Q("1.146 căn nhà", 1146, "căn nhà"), Q("khoảng 5 triệu đồng", 5000000, "đồng", "approx")],
[D("Nghị quyết", "57", "NQ-HĐND", None, None, "Nghị quyết 57/NQ-HĐND"),
 D("Kế hoạch", "130", "KH-UBND", "2025-07-02", "UBND tỉnh", "Kế hoạch 130/KH-UBND ngày 2/7/2025 của UBND tỉnh")],
[prov("Gia Lai"), prov("Bình Định"), com("Ia Rbol"), com("Kông Chro"), com("An Lão"), com("Vĩnh Thạnh")],
["Báo và Phát thanh, Truyền hình Gia Lai", "Xã hội > Chính sách", "Căn nhà mới của gia đình bà Kpă H'Lương ở xã Ia Rbol. Ảnh: Đ.Y",
 "Chương trình 1719", "Vì người nghèo", "Sở Dân tộc và Tôn giáo tỉnh"],
["05/09/2025 07:30", "hơn 1 năm", "năm 2024", "tháng 8/2025", "Chương trình 1719"]))

PAGES.append(page("b3315-lamdong-sdttg-tongket-2025", """
Lâm Đồng điện tử - Cơ quan của Đảng bộ tỉnh Lâm Đồng
Thời sự › Dân tộc - Tôn giáo
Thứ Sáu, 09/01/2026 - 14:30
Toàn cảnh hội nghị. Ảnh: K.Phương
Sở Dân tộc và Tôn giáo triển khai nhiệm vụ năm 2026
(LĐ) - Ngày 8/1/2026, Sở Dân tộc và Tôn giáo tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026. Dự hội nghị có đồng chí Touneh Hàn Thi, Phó Chủ tịch UBND tỉnh. Đồng chí Ka Thị Hương, Giám đốc Sở Dân tộc và Tôn giáo chủ trì.
Năm 2025 là năm đầu tỉnh Lâm Đồng (mới) đi vào hoạt động trên cơ sở hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận, với 124 xã, phường, đặc khu và hơn 40 dân tộc cùng sinh sống. Theo báo cáo, tổng vốn Chương trình 1719 năm 2025 của tỉnh hơn 1.320 tỷ đồng; tỷ lệ giải ngân đến ngày 31/12/2025 đạt 87,4%. Qua Dự án 1, tỉnh đã hỗ trợ nhà ở cho 2.905 hộ, đất ở cho 236 hộ, chuyển đổi nghề cho 3.470 hộ và nước sinh hoạt phân tán cho khoảng 5.100 hộ.
Tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số giảm còn 6,8%, giảm khoảng 3,1% so với năm 2024. Toàn tỉnh có 1.618 người có uy tín; năm 2025, Sở đã tổ chức thăm hỏi, tặng quà với tổng kinh phí hơn 2,3 tỷ đồng.
Trình bày tham luận, ông Y Khiêm Bya, Phó Giám đốc Sở, cho biết việc hợp nhất đặt ra yêu cầu đồng bộ dữ liệu đối tượng thụ hưởng của 3 tỉnh cũ; Sở đã tham mưu UBND tỉnh ban hành Quyết định 2318/QĐ-UBND ngày 15/10/2025 của UBND tỉnh về danh sách người có uy tín sau hợp nhất. Ông Bố Xuân Hòa, người Chăm, Chủ tịch UBND xã Phan Thanh, phản ánh khoảng 400 hộ Chăm, Raglai ven biển thiếu đất sản xuất. Ông K'Brơi, người có uy tín thôn Đạ Nghịt, xã Lạc Dương, đề nghị hỗ trợ giống cà phê cho hộ K'Ho nghèo.
Các đồng chí Phó Giám đốc Sở: Y Khiêm Bya, Nguyễn Thị Minh Thư, Điểu Thị Hồng Nhung được phân công phụ trách các khu vực phía Bắc, phía Đông và phía Nam của tỉnh.
Phát biểu chỉ đạo, đồng chí Touneh Hàn Thi đề nghị năm 2026 Sở thực hiện tốt Nghị quyết 35/2025/NQ-HĐND về định mức hỗ trợ; chuẩn bị hồ sơ để triển khai Chương trình giai đoạn 2026 - 2030 ngay khi có quyết định phê duyệt; phấn đấu giải ngân vốn không dưới 95%.
Dịp này, Sở tặng giấy khen cho 15 tập thể, 32 cá nhân có thành tích trong công tác dân tộc, tôn giáo năm 2025.
Hội nghị cũng chỉ ra một số hạn chế: dữ liệu hộ nghèo, hộ thiếu đất giữa các địa phương cũ chưa thống nhất; một số công trình nước sinh hoạt tập trung ở khu vực phía Nam hoạt động kém hiệu quả do thiếu người vận hành; công tác tuyên truyền về chính sách mới sau sắp xếp ở một số xã còn chậm, người dân chưa nắm rõ nơi liên hệ giải quyết thủ tục.
Khánh Phương
Lượt xem: 918
Tin liên quan
- Bảo Lộc: gặp mặt chức sắc tôn giáo dịp Giáng sinh (24/12/2025)
- Bàn giao 30 căn nhà cho hộ Mnông ở xã Quảng Sơn (18/12/2025)
- Hội nghị người có uy tín khu vực Đắk Nông cũ (05/12/2025)
""", "2026-01-09", "Sở Dân tộc và Tôn giáo triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("Touneh Hàn Thi", "Phó Chủ tịch UBND tỉnh"),
 P("Ka Thị Hương", "Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Y Khiêm Bya", "Phó Giám đốc Sở"),
 P("Bố Xuân Hòa", "Chủ tịch UBND xã Phan Thanh"),
 P("K'Brơi", "người có uy tín thôn Đạ Nghịt"),
 P("Nguyễn Thị Minh Thư", "Phó Giám đốc Sở"),
 P("Điểu Thị Hồng Nhung", "Phó Giám đốc Sở")],
[Q("3 tỉnh", 3, "tỉnh"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("hơn 40 dân tộc", 40, "dân tộc", "over"),
 Q("hơn 1.320 tỷ đồng", 1320000000000, "đồng", "over"), Q("87,4%", 87.4, "%"), Q("2.905 hộ", 2905, "hộ"), Q("236 hộ", 236, "hộ"),
 Q("3.470 hộ", 3470, "hộ"), Q("khoảng 5.100 hộ", 5100, "hộ", "approx"), Q("6,8%", 6.8, "%"), Q("khoảng 3,1%", 3.1, "%", "approx"),
 Q("1.618 người có uy tín", 1618, "người có uy tín"), Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"),
 Q("khoảng 400 hộ Chăm, Raglai", 400, "hộ Chăm, Raglai", "approx"), Q("không dưới 95%", 95, "%", "over"),
 Q("15 tập thể", 15, "tập thể"), Q("32 cá nhân", 32, "cá nhân")],
[D("Quyết định", "2318", "QĐ-UBND", "2025-10-15", "UBND tỉnh", "Quyết định 2318/QĐ-UBND ngày 15/10/2025 của UBND tỉnh"),
 D("Nghị quyết", "35", "2025/NQ-HĐND", None, None, "Nghị quyết 35/2025/NQ-HĐND")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Phan Thanh"), com("Lạc Dương")],
["Lâm Đồng điện tử - Cơ quan của Đảng bộ tỉnh Lâm Đồng", "Thời sự › Dân tộc - Tôn giáo", "Toàn cảnh hội nghị. Ảnh: K.Phương", "(LĐ)",
 "Chương trình 1719", "Dự án 1", "Lượt xem: 918"],
["Thứ Sáu, 09/01/2026 - 14:30", "năm 2026", "năm 2025", "năm 2024", "31/12/2025", "2026 - 2030", "Chương trình 1719", "Lượt xem: 918"]))

PAGES.append(page("b3316-cantho-nguoicouytin-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Trang chủ >> Tin tức >> Dân tộc - Tôn giáo
Chủ Nhật, 08/02/2026
Ngày đăng 06/02/2026 | 16:20
Ảnh: Lãnh đạo thành phố tặng quà người có uy tín.
Gặp mặt 650 người có uy tín đồng bào Khmer đón Tết Bính Ngọ
Ngày 5/2/2026, UBND thành phố Cần Thơ tổ chức Hội nghị gặp mặt người có uy tín trong đồng bào dân tộc thiểu số năm 2026, nhân dịp đón Tết Nguyên đán Bính Ngọ. Dự có 650 người có uy tín, chức sắc, sư sãi, Achar đến từ các xã, phường thuộc khu vực Sóc Trăng, Hậu Giang cũ và Cần Thơ trước hợp nhất.
Chủ trì hội nghị có bà Sơn Thị Kim Hoa, Phó Chủ tịch UBND thành phố; ông Lý Sa Ranh, Giám đốc Sở Dân tộc và Tôn giáo thành phố; các ông Kim Sóc Ly, Danh Văn Út - Phó Giám đốc Sở Dân tộc và Tôn giáo.
Báo cáo tại hội nghị cho biết, thành phố Cần Thơ (mới) có hơn 430.000 người dân tộc thiểu số, chủ yếu là đồng bào Khmer và Hoa, với 1.284 người có uy tín. Năm 2025, thành phố đã hoàn thành hỗ trợ 1.930 căn nhà cho hộ đồng bào Khmer nghèo, cận nghèo; hỗ trợ nước sinh hoạt phân tán cho khoảng 2.400 hộ; hỗ trợ chuyển đổi nghề cho 865 hộ không có đất sản xuất. Tỷ lệ hộ nghèo trong đồng bào Khmer giảm còn 2,9%.
Chính sách đối với người có uy tín được thực hiện theo Quyết định 12/2018/QĐ-TTg và Quyết định 28/2023/QĐ-TTg; thành phố đã ban hành Kế hoạch 15, 16/KH-UBND của UBND thành phố về thực hiện chính sách và tổ chức thăm, chúc Tết năm 2026. Dịp Tết Bính Ngọ, thành phố dành hơn 5,6 tỷ đồng để thăm, tặng 10.500 phần quà Tết cho hộ nghèo, người có uy tín và các chùa Khmer.
Tại hội nghị, Hòa thượng Lâm Sương, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước thành phố, đề nghị tiếp tục hỗ trợ các lớp dạy chữ Khmer hè tại chùa. Ông Tăng Văn Kha, người có uy tín ấp Tân Hòa, xã Lịch Hội Thượng, phản ánh một số hộ trong ấp vẫn chưa được hỗ trợ nước sạch. Bà Quách Mỹ Lệ, người Hoa, Ủy viên Ủy ban MTTQ Việt Nam thành phố nhiệm kỳ 2024 - 2029, người có uy tín phường Phú Lợi, chia sẻ kinh nghiệm vận động bà con đóng góp xây 2 cây cầu nông thôn.
Phát biểu, bà Sơn Thị Kim Hoa ghi nhận vai trò cầu nối của người có uy tín trong giai đoạn sắp xếp đơn vị hành chính; đề nghị các xã, phường tiếp tục rà soát, bảo đảm không hộ nào thiếu Tết.
Dịp này, thành phố tặng mỗi đại biểu 1 phần quà gồm 1 triệu đồng tiền mặt và quà Tết; tặng Bằng khen cho 40 người có uy tín tiêu biểu năm 2025.
Minh Khang
Tin liên quan
- Châu Thành: thăm, tặng quà chùa Khmer dịp Tết (03/02/2026)
- Trao 300 suất quà cho hộ nghèo ở xã Vĩnh Châu (30/01/2026)
- Sở Dân tộc và Tôn giáo tổng kết công tác năm 2025 (15/01/2026)
""", "2026-02-06", "Gặp mặt 650 người có uy tín đồng bào Khmer đón Tết Bính Ngọ",
E("hoi_nghi", "2026", "2026-02-05"),
[P("Sơn Thị Kim Hoa", "Phó Chủ tịch UBND thành phố"),
 P("Lý Sa Ranh", "Giám đốc Sở Dân tộc và Tôn giáo thành phố"),
 P("Kim Sóc Ly", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Danh Văn Út", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Lâm Sương", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước thành phố"),
 P("Tăng Văn Kha", "người có uy tín ấp Tân Hòa"),
 P("Quách Mỹ Lệ", "Ủy viên Ủy ban MTTQ Việt Nam thành phố nhiệm kỳ 2024 - 2029", "người có uy tín phường Phú Lợi")],
[Q("650 người có uy tín", 650, "người có uy tín"), Q("hơn 430.000 người dân tộc thiểu số", 430000, "người dân tộc thiểu số", "over"),
 Q("1.284 người có uy tín", 1284, "người có uy tín"), Q("1.930 căn nhà", 1930, "căn nhà"), Q("khoảng 2.400 hộ", 2400, "hộ", "approx"),
 Q("865 hộ", 865, "hộ"), Q("2,9%", 2.9, "%"), Q("hơn 5,6 tỷ đồng", 5600000000, "đồng", "over"), Q("10.500 phần quà", 10500, "phần quà"),
 Q("2 cây cầu nông thôn", 2, "cây cầu nông thôn"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("40 người có uy tín tiêu biểu", 40, "người có uy tín tiêu biểu")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, None, "Quyết định 12/2018/QĐ-TTg"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, None, "Quyết định 28/2023/QĐ-TTg"),
 D("Kế hoạch", "15", "KH-UBND", None, "UBND thành phố", "Kế hoạch 15, 16/KH-UBND của UBND thành phố"),
 D("Kế hoạch", "16", "KH-UBND", None, "UBND thành phố", "Kế hoạch 15, 16/KH-UBND của UBND thành phố")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Lịch Hội Thượng"), com("Phú Lợi")],
["CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ", "Trang chủ >> Tin tức >> Dân tộc - Tôn giáo",
 "Ảnh: Lãnh đạo thành phố tặng quà người có uy tín.", "Bính Ngọ", "Hội Đoàn kết sư sãi yêu nước thành phố"],
["Chủ Nhật, 08/02/2026", "Ngày đăng 06/02/2026 | 16:20", "năm 2026", "năm 2025", "1 phần quà", "2024 - 2029"]))
