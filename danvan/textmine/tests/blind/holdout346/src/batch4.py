from lib import *
PAGES = []

PAGES.append(page("b8279-hagiang-luatluonglucco-hoinghi-2024", """
BÁO HÀ GIANG ĐIỆN TỬ
Bạn đang ở: Trang chủ / Pháp luật / An ninh trật tự
Thứ Sáu, ngày 28/06/2024 - 15:20
Đồng Văn sẵn sàng ra mắt lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở
BHG - Ngày 27/6, Công an huyện Đồng Văn tổ chức hội nghị triển khai Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở và các văn bản hướng dẫn năm 2024 cho lãnh đạo 19 xã, thị trấn, trưởng thôn và công an viên bán chuyên trách.
Thượng tá Vừ Mí Lử quán triệt nội dung Luật tại hội nghị.
Đến dự có các đồng chí: TUV, Bí thư Huyện ủy Đồng Văn Sùng Mí Chá; Phó Chủ tịch UBND huyện Lù Thị Dính; Thượng tá Vừ Mí Lử, Phó Trưởng Công an huyện cùng 210 đại biểu.
Tại hội nghị, các đại biểu được quán triệt Luật số 30/2023/QH15 của Quốc hội, có hiệu lực từ ngày 01/7/2024; Nghị định số 40/2024/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật; Thông tư 14/2024/TT-BCA của Bộ Công an và Nghị quyết số 12/2024/NQ-HĐND của HĐND tỉnh Hà Giang quy định mức hỗ trợ, bồi dưỡng đối với người tham gia lực lượng. Theo đó, mỗi thôn được bố trí 1 tổ bảo vệ an ninh, trật tự gồm từ 3 đến 5 thành viên; tổ trưởng được hỗ trợ hằng tháng 1,4 lần mức lương cơ sở, tổ viên 1,2 lần.
Báo cáo của Công an huyện cho biết, dự kiến toàn huyện thành lập 182 tổ bảo vệ an ninh, trật tự với 546 thành viên, trong đó khoảng 80% là công an viên bán chuyên trách, bảo vệ dân phố, dân phòng trước đây tiếp tục được lựa chọn. Đến nay đã có 17/19 xã, thị trấn hoàn thành việc bầu, lựa chọn thành viên. 6 tháng đầu năm, lực lượng bán chuyên trách đã cùng công an xã phát hiện 4 vụ trộm cắp gia súc, bắt 5 đối tượng, thu hồi 7 con bò; phát hiện 3 vụ, 4 đối tượng vận chuyển trái phép chất ma túy, thu giữ 1,2 kg thuốc phiện.
Phát biểu tại hội nghị, đồng chí Sùng Mí Chá yêu cầu các xã lựa chọn người có uy tín, có sức khỏe, ưu tiên người dân tộc Mông, Lô Lô am hiểu phong tục, biết tiếng địa phương; tổ chức ra mắt lực lượng trang trọng vào ngày 01/7; bảo đảm 100% thành viên được tập huấn trong quý III. Ông Thào Mí Sính, Trưởng thôn Sủng Là, xã Sủng Là, đề nghị sớm cấp phát trang phục, đèn pin, loa cầm tay cho các tổ.
Bà Lù Thị Dính, Phó Chủ tịch UBND huyện, cho biết huyện đã bố trí hơn 3,2 tỷ đồng từ ngân sách để chi trả hỗ trợ cho lực lượng trong 6 tháng cuối năm 2024, thực hiện theo Kế hoạch số 89/KH-UBND ngày 10/6/2024 của UBND huyện.
Hội nghị cũng dành thời gian biểu dương ông Giàng Mí Pó, nguyên công an viên thôn Lũng Cẩm Trên, xã Sủng Là, người đã có 18 năm tham gia giữ gìn an ninh thôn bản, nhiều lần cùng công an xã bắt giữ đối tượng trộm bò, vận chuyển ma túy qua địa bàn.
Vàng Thị Dợ
Tin liên quan
- Mèo Vạc: bắt đối tượng trộm cắp bò bán sang huyện bạn (20/06/2024)
- Yên Minh tập huấn Luật Lực lượng tham gia bảo vệ ANTT ở cơ sở (14/06/2024)
- Quản Bạ tổng kết mô hình "Thôn không có ma túy" (05/06/2024)
""", "2024-06-28", "Đồng Văn sẵn sàng ra mắt lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở",
E("hoi_nghi", "2024", "2024-06-27"),
[P("Sùng Mí Chá", "TUV", "Bí thư Huyện ủy Đồng Văn"),
 P("Lù Thị Dính", "Phó Chủ tịch UBND huyện"),
 P("Vừ Mí Lử", "Thượng tá", "Phó Trưởng Công an huyện"),
 P("Thào Mí Sính", "Trưởng thôn Sủng Là"),
 P("Giàng Mí Pó", "nguyên công an viên thôn Lũng Cẩm Trên")],
[Q("19 xã, thị trấn", 19, "xã, thị trấn"), Q("210 đại biểu", 210, "đại biểu"), Q("từ 3 đến 5 thành viên", 3, "thành viên"),
 Q("5 thành viên", 5, "thành viên"), Q("182 tổ bảo vệ an ninh, trật tự", 182, "tổ bảo vệ an ninh, trật tự"),
 Q("546 thành viên", 546, "thành viên"), Q("khoảng 80%", 80, "%", "approx"), Q("17/19 xã, thị trấn", 17, "xã, thị trấn"),
 Q("4 vụ trộm cắp gia súc", 4, "vụ trộm cắp gia súc"), Q("5 đối tượng", 5, "đối tượng"), Q("7 con bò", 7, "con bò"),
 Q("3 vụ", 3, "vụ"), Q("4 đối tượng", 4, "đối tượng"), Q("1,2 kg thuốc phiện", 1.2, "kg"), Q("100% thành viên", 100, "%"),
 Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over")],
[D("Luật", "30", "2023/QH15", None, "Quốc hội", "Luật số 30/2023/QH15 của Quốc hội"),
 D("Nghị định", "40", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 40/2024/NĐ-CP của Chính phủ"),
 D("Thông tư", "14", "2024/TT-BCA", None, "Bộ Công an", "Thông tư 14/2024/TT-BCA của Bộ Công an"),
 D("Nghị quyết", "12", "2024/NQ-HĐND", None, "HĐND tỉnh Hà Giang", "Nghị quyết số 12/2024/NQ-HĐND của HĐND tỉnh Hà Giang"),
 D("Kế hoạch", "89", "KH-UBND", "2024-06-10", "UBND huyện", "Kế hoạch số 89/KH-UBND ngày 10/6/2024 của UBND huyện")],
[prov("Hà Giang"), com("Sủng Là")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Bạn đang ở: Trang chủ / Pháp luật / An ninh trật tự", "BHG",
 "Thượng tá Vừ Mí Lử quán triệt nội dung Luật tại hội nghị.", "Thôn không có ma túy"],
["Thứ Sáu, ngày 28/06/2024 - 15:20", "năm 2024", "ngày 01/7/2024", "1 tổ bảo vệ an ninh, trật tự", "1,4 lần", "1,2 lần",
 "6 tháng đầu năm", "ngày 01/7", "quý III", "6 tháng cuối năm 2024", "18 năm"]))

PAGES.append(page("b8280-binhthuan-caxa-giaoban-2024", """
BÁO BÌNH THUẬN
Thời sự » Pháp luật » Chuyện cảnh giác
Ngày đăng 12/07/2024 | 16:20
Ảnh: Toàn cảnh buổi giao ban tại hội trường Công an huyện.
Bắc Bình: Lực lượng bảo vệ an ninh cơ sở bước vào hoạt động, trộm cắp thanh long giảm
Ngày 11/7, Công an huyện Bắc Bình tổ chức giao ban công tác công an xã quý II/2024, đánh giá bước đầu hoạt động của lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở sau 10 ngày ra mắt. Đồng chí Thượng tá Đàng Văn Hiếu, Trưởng Công an huyện chủ trì; dự có lãnh đạo công an 18 xã, thị trấn.
Quý II, trên địa bàn huyện xảy ra 21 vụ trộm cắp tài sản, giảm 5 vụ so với quý I, trong đó 9 vụ trộm thanh long, 6 vụ trộm dây điện, máy bơm tại các trang trại; đã làm rõ 16 vụ, bắt 19 đối tượng. Công an các xã phát hiện 8 vụ, 14 đối tượng tàng trữ, sử dụng trái phép chất ma túy, trong đó có 5 đối tượng dưới 18 tuổi.
Đến ngày 01/7/2024, toàn huyện đã ra mắt 112 tổ bảo vệ an ninh, trật tự với 398 thành viên tại 112 thôn, khu phố; 100% thành viên được cấp quyết định và thẻ. Các tổ đã tổ chức 240 lượt tuần tra trong 10 ngày đầu tháng 7, phát hiện 2 vụ trộm cắp, bắt quả tang 3 đối tượng.
Tại giao ban, Trung tá Thuận Văn Thành, Trưởng Công an xã Phan Thanh; Đại úy Nguyễn Thị Bé, Phó Trưởng Công an thị trấn Chợ Lầu và ông Báo Xuân Nghĩa, Tổ trưởng tổ bảo vệ an ninh, trật tự thôn Bình Đức, xã Phan Hòa, người Chăm, đã trao đổi kinh nghiệm phối hợp với các chủ vườn thanh long lập "nhóm canh vườn" chung; mỗi đêm 2 nhóm, mỗi nhóm 4 người.
Bà Thông Thị Hương, Chủ tịch UBND xã Phan Hòa, kiến nghị huyện sớm hướng dẫn việc chi hỗ trợ theo Nghị quyết 08/2024/NQ-HĐND của HĐND tỉnh Bình Thuận và cấp phát trang phục cho thành viên tổ.
Kết luận giao ban, Thượng tá Đàng Văn Hiếu yêu cầu công an các xã thực hiện Kế hoạch số 146/KH-CAH, 147/KH-CAH của Công an huyện về tấn công trấn áp tội phạm trộm cắp tài sản và phòng chống ma túy trong thanh thiếu niên quý III/2024; mỗi xã xây dựng ít nhất 1 mô hình điểm về phòng chống trộm cắp nông sản; bồi dưỡng nghiệp vụ cho thành viên các tổ trước ngày 30/8.
Theo Công an huyện, bình quân mỗi tháng có khoảng 1.500 tấn thanh long được thu hoạch trên địa bàn, thu hút hàng nghìn lao động thời vụ từ nơi khác đến, gây khó khăn cho việc quản lý cư trú và làm phát sinh trộm cắp vặt. Huyện đề nghị các chủ vườn lắp camera và đăng ký danh sách lao động thời vụ với công an xã.
Phạm Hằng
Tin liên quan
- Tuy Phong: bắt 2 đối tượng trộm thanh long trong đêm (08/07/2024)
- Ra mắt lực lượng tham gia bảo vệ ANTT ở cơ sở tại Phan Thiết (01/07/2024)
- Hàm Thuận Bắc tập huấn cho thành viên tổ bảo vệ ANTT (27/06/2024)
""", "2024-07-12", "Bắc Bình: Lực lượng bảo vệ an ninh cơ sở bước vào hoạt động, trộm cắp thanh long giảm",
E("giao_ban", "2024-Q2", "2024-07-11"),
[P("Đàng Văn Hiếu", "Thượng tá", "Trưởng Công an huyện"),
 P("Thuận Văn Thành", "Trung tá", "Trưởng Công an xã Phan Thanh"),
 P("Nguyễn Thị Bé", "Đại úy", "Phó Trưởng Công an thị trấn Chợ Lầu"),
 P("Báo Xuân Nghĩa", "Tổ trưởng tổ bảo vệ an ninh, trật tự thôn Bình Đức"),
 P("Thông Thị Hương", "Chủ tịch UBND xã Phan Hòa")],
[Q("18 xã, thị trấn", 18, "xã, thị trấn"), Q("21 vụ trộm cắp tài sản", 21, "vụ trộm cắp tài sản"), Q("5 vụ", 5, "vụ"),
 Q("9 vụ trộm thanh long", 9, "vụ trộm thanh long"), Q("6 vụ trộm dây điện, máy bơm", 6, "vụ trộm dây điện, máy bơm"),
 Q("16 vụ", 16, "vụ"), Q("19 đối tượng", 19, "đối tượng"), Q("8 vụ", 8, "vụ"), Q("14 đối tượng", 14, "đối tượng"),
 Q("5 đối tượng dưới 18 tuổi", 5, "đối tượng"), Q("112 tổ bảo vệ an ninh, trật tự", 112, "tổ bảo vệ an ninh, trật tự"),
 Q("398 thành viên", 398, "thành viên"), Q("112 thôn, khu phố", 112, "thôn, khu phố"), Q("100% thành viên", 100, "%"),
 Q("240 lượt tuần tra", 240, "lượt tuần tra"), Q("2 vụ trộm cắp", 2, "vụ trộm cắp"), Q("3 đối tượng", 3, "đối tượng"),
 Q("2 nhóm", 2, "nhóm"), Q("4 người", 4, "người"), Q("khoảng 1.500 tấn", 1500, "tấn", "approx")],
[D("Nghị quyết", "08", "2024/NQ-HĐND", None, "HĐND tỉnh Bình Thuận", "Nghị quyết 08/2024/NQ-HĐND của HĐND tỉnh Bình Thuận"),
 D("Kế hoạch", "146", "KH-CAH", None, "Công an huyện", "Kế hoạch số 146/KH-CAH, 147/KH-CAH của Công an huyện"),
 D("Kế hoạch", "147", "KH-CAH", None, "Công an huyện", "Kế hoạch số 146/KH-CAH, 147/KH-CAH của Công an huyện")],
[prov("Bình Thuận"), com("Phan Thanh"), com("Chợ Lầu"), com("Phan Hòa")],
["BÁO BÌNH THUẬN", "Thời sự » Pháp luật » Chuyện cảnh giác", "Ảnh: Toàn cảnh buổi giao ban tại hội trường Công an huyện.",
 "nhóm canh vườn"],
["Ngày đăng 12/07/2024 | 16:20", "quý II/2024", "10 ngày", "quý I", "dưới 18 tuổi", "ngày 01/7/2024", "10 ngày đầu tháng 7",
 "quý III/2024", "ít nhất 1 mô hình điểm", "ngày 30/8", "hàng nghìn lao động"]))

PAGES.append(page("b8281-lamdong-quangson-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Thời sự | Xã hội | Pháp luật | Nông thôn mới
Thứ Tư, 24/12/2025, 08:05
Toàn cảnh hội nghị tại hội trường UBND xã Quảng Sơn.
Xã Quảng Sơn triển khai nhiệm vụ bảo đảm an ninh trật tự năm 2026
Ngày 23/12, Đảng ủy, UBND xã Quảng Sơn, tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác bảo đảm an ninh trật tự và hoạt động của lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên xã vận hành theo mô hình chính quyền địa phương hai cấp sau khi sáp nhập 3 xã Quảng Sơn, Đắk Ha, Quảng Hòa cũ.
Dự hội nghị có đồng chí Điểu K'Rang, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Trần Quang Vinh, Phó Bí thư Đảng ủy - Chủ tịch UBND xã; Trung tá Y Ngơ Bkrông, Trưởng Công an xã cùng 148 đại biểu là tổ trưởng, tổ phó tổ bảo vệ an ninh, trật tự của các thôn, bon.
Theo báo cáo, xã Quảng Sơn mới có diện tích hơn 560 km2, 41 thôn, bon với trên 7.300 hộ, trong đó khoảng 28% là đồng bào Mnông, Mạ và các dân tộc thiểu số phía Bắc di cư. Năm 2025, trên địa bàn xảy ra 17 vụ trộm cắp tài sản (chủ yếu trộm cà phê, hồ tiêu, sầu riêng), giảm 22,7% so với năm 2024 của 3 xã cũ cộng lại; đã làm rõ 14 vụ, bắt 18 đối tượng, thu hồi gần 3,5 tấn nông sản. Công an xã phát hiện 6 vụ, 9 đối tượng mua bán, sử dụng trái phép chất ma túy; lập hồ sơ đưa 4 người đi cai nghiện bắt buộc.
Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở của xã hiện có 41 tổ với 147 thành viên. Trong năm, các tổ đã tuần tra 3.860 lượt, cung cấp 92 tin báo, tham gia hòa giải 27 vụ việc mâu thuẫn, tranh chấp đất rẫy; hỗ trợ Công an xã thu hồi, làm sạch dữ liệu dân cư cho hơn 24.000 nhân khẩu.
Tham luận tại hội nghị, bà Thị Bích, Tổ trưởng tổ bảo vệ an ninh, trật tự bon Bu Nơr, người Mnông, chia sẻ cách vận động các gia đình có con nghiện ma túy tự nguyện đi cai. Ông K'Brăk, Tổ phó tổ bảo vệ an ninh, trật tự thôn 4, kể lại việc cùng tổ truy đuổi nhóm trộm sầu riêng lúc 2 giờ sáng.
Phát biểu, đồng chí Điểu K'Rang đề nghị Công an xã tiếp tục thực hiện Nghị quyết số 05-NQ/ĐU, 06-NQ/ĐU của Ban Thường vụ Đảng ủy xã về bảo đảm an ninh nông thôn và phòng chống ma túy; Kế hoạch số 318/KH-UBND ngày 15/9/2025 của UBND tỉnh Lâm Đồng về kiện toàn lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở sau sắp xếp đơn vị hành chính; phấn đấu năm 2026 giảm từ 10% trở lên số vụ trộm cắp, 100% thôn, bon đạt tiêu chí "An toàn về an ninh, trật tự".
Dịp này, UBND xã tặng giấy khen cho 5 tập thể, 16 cá nhân; Công an tỉnh tặng giấy khen cho tổ bảo vệ an ninh, trật tự bon Bu Nơr.
Hoàng Yến
Tin liên quan
- Xã Đắk Wil ra mắt mô hình "Camera giám sát an ninh" (18/12/2025)
- Công an tỉnh Lâm Đồng bắt đối tượng trộm cắp sầu riêng liên xã (10/12/2025)
- Phường Bảo Lộc 2 tổng kết hoạt động tổ bảo vệ ANTT (05/12/2025)
""", "2025-12-24", "Xã Quảng Sơn triển khai nhiệm vụ bảo đảm an ninh trật tự năm 2026",
E("tong_ket", "2025", "2025-12-23"),
[P("Điểu K'Rang", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Trần Quang Vinh", "Phó Bí thư Đảng ủy - Chủ tịch UBND xã"),
 P("Y Ngơ Bkrông", "Trung tá", "Trưởng Công an xã"),
 P("Thị Bích", "Tổ trưởng tổ bảo vệ an ninh, trật tự bon Bu Nơr"),
 P("K'Brăk", "Tổ phó tổ bảo vệ an ninh, trật tự thôn 4")],
[Q("3 xã", 3, "xã"), Q("148 đại biểu", 148, "đại biểu"), Q("hơn 560 km2", 560, "km2", "over"), Q("41 thôn, bon", 41, "thôn, bon"),
 Q("trên 7.300 hộ", 7300, "hộ", "over"), Q("khoảng 28%", 28, "%", "approx"), Q("17 vụ trộm cắp tài sản", 17, "vụ trộm cắp tài sản"),
 Q("22,7%", 22.7, "%"), Q("14 vụ", 14, "vụ"), Q("18 đối tượng", 18, "đối tượng"), Q("gần 3,5 tấn nông sản", 3.5, "tấn", "approx"),
 Q("6 vụ", 6, "vụ"), Q("9 đối tượng", 9, "đối tượng"), Q("4 người", 4, "người"), Q("41 tổ", 41, "tổ"), Q("147 thành viên", 147, "thành viên"),
 Q("3.860 lượt", 3860, "lượt"), Q("92 tin báo", 92, "tin báo"), Q("27 vụ việc mâu thuẫn, tranh chấp đất rẫy", 27, "vụ việc mâu thuẫn, tranh chấp đất rẫy"),
 Q("hơn 24.000 nhân khẩu", 24000, "nhân khẩu", "over"), Q("từ 10% trở lên", 10, "%", "over"), Q("100% thôn, bon", 100, "%"),
 Q("5 tập thể", 5, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU, 06-NQ/ĐU của Ban Thường vụ Đảng ủy xã"),
 D("Nghị quyết", "06", "NQ/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU, 06-NQ/ĐU của Ban Thường vụ Đảng ủy xã"),
 D("Kế hoạch", "318", "KH-UBND", "2025-09-15", "UBND tỉnh Lâm Đồng", "Kế hoạch số 318/KH-UBND ngày 15/9/2025 của UBND tỉnh Lâm Đồng")],
[prov("Lâm Đồng"), com("Quảng Sơn"), com("Đắk Ha"), com("Quảng Hòa")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Thời sự | Xã hội | Pháp luật | Nông thôn mới",
 "Toàn cảnh hội nghị tại hội trường UBND xã Quảng Sơn.", "An toàn về an ninh, trật tự"],
["Thứ Tư, 24/12/2025, 08:05", "năm 2025", "năm 2026", "năm đầu tiên", "năm 2024", "thôn 4", "2 giờ sáng"]))

PAGES.append(page("b8282-vinhlong-tobv-traoqua-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Tin tức › Xã hội › Chính sách
Cập nhật: 14:10, 30/09/2025 (GMT+7)
Trao 150 phần quà cho thành viên tổ bảo vệ an ninh, trật tự xã Tập Sơn
Sáng 29/9, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long phối hợp Công an tỉnh và Ủy ban MTTQ Việt Nam xã Tập Sơn tổ chức thăm, trao 150 phần quà cho thành viên lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở có hoàn cảnh khó khăn và hộ đồng bào Khmer nghèo trên địa bàn xã.
Các đại biểu trao quà cho thành viên tổ bảo vệ an ninh, trật tự ấp Ba Se.
Tham dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Kim Thị Sa Phi, Nguyễn Văn Hậu; Đại tá Thạch Sa Rinh, Phó Giám đốc Công an tỉnh; Hòa thượng Thạch Sóc Ni, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Ba Se.
Xã Tập Sơn được thành lập từ ngày 01/7/2025 trên cơ sở sáp nhập các xã Tập Sơn, An Quảng Hữu, Ngãi Xuyên cũ, có 27 ấp với hơn 9.100 hộ, trong đó 62% là đồng bào Khmer. Hiện xã có 27 tổ bảo vệ an ninh, trật tự với 92 thành viên. Từ tháng 7 đến nay, các tổ đã phối hợp Công an xã phát hiện 5 vụ trộm cắp bò, gà và máy cắt lúa, bắt 6 đối tượng; vận động 3 thanh niên nghiện ma túy đi cai nghiện tự nguyện.
Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 500.000 đồng tiền mặt, tổng trị giá 135 triệu đồng, do Công ty Cổ phần Thủy sản Cửu Long và các nhà hảo tâm tài trợ. Đồng thời, Công an tỉnh trao tặng 27 bộ đàm, 54 đèn pin và 27 áo mưa cho các tổ bảo vệ an ninh, trật tự.
Xúc động nhận quà, ông Sơn Văn Chanh, tổ viên tổ bảo vệ an ninh, trật tự ấp Ba Se, chia sẻ: "Nhà tôi làm thuê, có quà thì bớt lo. Tối nay tôi vẫn đi tuần như thường lệ". Bà Thạch Thị Sà Rương, Tổ trưởng tổ bảo vệ an ninh, trật tự ấp Đại Mong, người có hơn 10 năm làm công an viên ấp, cho biết tổ đang cùng bà con lắp thêm đèn đường.
Phát biểu tại buổi trao quà, đồng chí Kim Thị Sa Phi ghi nhận sự đóng góp âm thầm của lực lượng ở cơ sở; đề nghị xã tiếp tục thực hiện Nghị quyết 09/2025/NQ-HĐND của HĐND tỉnh về mức hỗ trợ đối với lực lượng sau sắp xếp; phát huy vai trò chức sắc, sư sãi, người có uy tín trong vận động đồng bào Khmer phòng chống ma túy, tệ nạn xã hội.
Dịp này, đoàn cũng đến thăm, tặng quà gia đình ông Danh Út, thành viên tổ bảo vệ an ninh, trật tự bị thương khi truy bắt đối tượng trộm cắp tháng 8 vừa qua, với số tiền 5 triệu đồng.
Thạch Minh
Tin liên quan
- Vĩnh Long: 1.950 tổ bảo vệ an ninh, trật tự hoạt động ổn định sau sắp xếp (22/09/2025)
- Xã Long Hữu ra mắt mô hình "Ấp không ma túy" (15/09/2025)
- Công an tỉnh bắt nhóm trộm cắp máy nông nghiệp (05/09/2025)
""", "2025-09-30", "Trao 150 phần quà cho thành viên tổ bảo vệ an ninh, trật tự xã Tập Sơn",
E("trao_qua", None, "2025-09-29"),
[P("Kim Thị Sa Phi", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hậu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Sa Rinh", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Thạch Sóc Ni", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Ba Se"),
 P("Sơn Văn Chanh", "tổ viên tổ bảo vệ an ninh, trật tự ấp Ba Se"),
 P("Thạch Thị Sà Rương", "Tổ trưởng tổ bảo vệ an ninh, trật tự ấp Đại Mong"),
 P("Danh Út", "thành viên tổ bảo vệ an ninh, trật tự")],
[Q("150 phần quà", 150, "phần quà"), Q("27 ấp", 27, "ấp"), Q("hơn 9.100 hộ", 9100, "hộ", "over"), Q("62%", 62, "%"),
 Q("27 tổ bảo vệ an ninh, trật tự", 27, "tổ bảo vệ an ninh, trật tự"), Q("92 thành viên", 92, "thành viên"),
 Q("5 vụ trộm cắp bò, gà và máy cắt lúa", 5, "vụ trộm cắp bò, gà và máy cắt lúa"), Q("6 đối tượng", 6, "đối tượng"),
 Q("3 thanh niên nghiện ma túy", 3, "thanh niên"), Q("10 kg gạo", 10, "kg"), Q("500.000 đồng", 500000, "đồng"),
 Q("135 triệu đồng", 135000000, "đồng"), Q("27 bộ đàm", 27, "bộ đàm"), Q("54 đèn pin", 54, "đèn pin"), Q("27 áo mưa", 27, "áo mưa"),
 Q("5 triệu đồng", 5000000, "đồng")],
[D("Nghị quyết", "09", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 09/2025/NQ-HĐND của HĐND tỉnh")],
[prov("Vĩnh Long"), com("Tập Sơn"), com("An Quảng Hữu"), com("Ngãi Xuyên")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Tin tức › Xã hội › Chính sách", "Các đại biểu trao quà cho thành viên tổ bảo vệ an ninh, trật tự ấp Ba Se.",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Công ty Cổ phần Thủy sản Cửu Long"],
["Cập nhật: 14:10, 30/09/2025 (GMT+7)", "ngày 01/7/2025", "tháng 7", "hơn 10 năm", "tháng 8"]))

PAGES.append(page("b8283-hungyen-thaithuy-doithoai-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH HƯNG YÊN
Hôm nay: Thứ Năm, 22/01/2026
Trang chủ >> Chính trị >> Dân vận
21/01/2026 07:45
Ảnh: Người dân nêu ý kiến tại buổi đối thoại.
Người dân xã Thái Thụy "hiến kế" phòng chống trộm cắp xe máy và ma túy trong giới trẻ
Chiều 20/1, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Thái Thụy tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2026 về chủ đề bảo đảm an ninh, trật tự và phòng chống ma túy. Đây là lần đầu tiên xã Thái Thụy (tỉnh Hưng Yên), được thành lập từ 4 xã cũ, tổ chức đối thoại chuyên đề về an ninh trật tự.
Chủ trì đối thoại có đồng chí Phạm Văn Toản, Tỉnh ủy viên, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Bùi Thị Hồng Nhung, Phó Bí thư Đảng ủy - Chủ tịch UBND xã; Thượng tá Đoàn Văn Quyết, Đảng ủy viên, Trưởng Công an xã. Tham dự có 185 đại biểu là người dân, đoàn viên thanh niên, thành viên tổ bảo vệ an ninh, trật tự của 28 thôn.
Mở đầu, Thượng tá Đoàn Văn Quyết thông tin: năm 2025 xã xảy ra 19 vụ trộm cắp tài sản, trong đó 11 vụ trộm xe máy, xe đạp điện; đã làm rõ 15 vụ, thu hồi 8 xe. Công an xã phát hiện 7 vụ, 16 đối tượng sử dụng trái phép chất ma túy, "khí cười", thuốc lá điện tử có chứa chất ma túy, trong đó 9 đối tượng từ 16 đến 22 tuổi. Toàn xã có 28 tổ bảo vệ an ninh, trật tự với 96 thành viên.
Tại buổi đối thoại, 14 lượt ý kiến được nêu. Ông Vũ Văn Đạt, thôn Đông Xuyên, phản ánh tình trạng thanh thiếu niên tụ tập, "đua xe" trên đê biển vào đêm cuối tuần. Chị Trần Thị Lan Anh, Bí thư Chi đoàn thôn An Định, đề nghị lắp camera tại cổng 3 trường học. Ông Nguyễn Văn Hải, Tổ trưởng tổ bảo vệ an ninh, trật tự thôn Đồng Hòa, kiến nghị nâng mức hỗ trợ vì hiện thành viên tổ chỉ được khoảng 1,3 triệu đồng/tháng.
Trả lời các ý kiến, đồng chí Bùi Thị Hồng Nhung cho biết UBND xã sẽ dành 450 triệu đồng năm 2026 để lắp 60 camera an ninh tại các nút giao, cổng trường; thực hiện Nghị quyết số 03/2026/NQ-HĐND của HĐND xã về hỗ trợ lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở. Đồng chí Phạm Văn Toản yêu cầu thực hiện nghiêm Chỉ thị số 02, 03-CT/ĐU của Ban Thường vụ Đảng ủy xã về phòng chống ma túy trong học sinh và bảo đảm an ninh nông thôn; giao Xã đoàn thành lập 28 đội thanh niên xung kích trong quý I/2026.
Theo kế hoạch, các nội dung cam kết tại đối thoại sẽ được xã kiểm tra và thông báo lại với nhân dân trong hội nghị giao ban thôn định kỳ. Người dân cũng được phát 2.000 tờ rơi hướng dẫn nhận biết các loại ma túy "núp bóng" thực phẩm, thuốc lá điện tử.
Khánh Linh
Các tin khác
- Xã Thái Ninh ra mắt mô hình "Thôn an toàn, không ma túy" (15/01/2026)
- Công an tỉnh Hưng Yên triệt phá ổ nhóm trộm cắp xe máy liên xã (09/01/2026)
- Phường Trần Hưng Đạo tổng kết công tác bảo đảm ANTT năm 2025 (30/12/2025)
""", "2026-01-21", "Người dân xã Thái Thụy \"hiến kế\" phòng chống trộm cắp xe máy và ma túy trong giới trẻ",
E("doi_thoai", "2026", "2026-01-20"),
[P("Phạm Văn Toản", "Tỉnh ủy viên", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Bùi Thị Hồng Nhung", "Phó Bí thư Đảng ủy - Chủ tịch UBND xã"),
 P("Đoàn Văn Quyết", "Thượng tá", "Đảng ủy viên", "Trưởng Công an xã"),
 P("Vũ Văn Đạt"),
 P("Trần Thị Lan Anh", "Bí thư Chi đoàn thôn An Định"),
 P("Nguyễn Văn Hải", "Tổ trưởng tổ bảo vệ an ninh, trật tự thôn Đồng Hòa")],
[Q("4 xã", 4, "xã"), Q("185 đại biểu", 185, "đại biểu"), Q("28 thôn", 28, "thôn"),
 Q("19 vụ trộm cắp tài sản", 19, "vụ trộm cắp tài sản"), Q("11 vụ trộm xe máy, xe đạp điện", 11, "vụ trộm xe máy, xe đạp điện"),
 Q("15 vụ", 15, "vụ"), Q("8 xe", 8, "xe"), Q("7 vụ", 7, "vụ"), Q("16 đối tượng", 16, "đối tượng"), Q("9 đối tượng", 9, "đối tượng"),
 Q("28 tổ bảo vệ an ninh, trật tự", 28, "tổ bảo vệ an ninh, trật tự"), Q("96 thành viên", 96, "thành viên"),
 Q("14 lượt ý kiến", 14, "lượt ý kiến"), Q("3 trường học", 3, "trường học"), Q("khoảng 1,3 triệu đồng/tháng", 1300000, "đồng", "approx"),
 Q("450 triệu đồng", 450000000, "đồng"), Q("60 camera an ninh", 60, "camera an ninh"),
 Q("28 đội thanh niên xung kích", 28, "đội thanh niên xung kích"), Q("2.000 tờ rơi", 2000, "tờ rơi")],
[D("Nghị quyết", "03", "2026/NQ-HĐND", None, "HĐND xã", "Nghị quyết số 03/2026/NQ-HĐND của HĐND xã"),
 D("Chỉ thị", "02", "CT/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Chỉ thị số 02, 03-CT/ĐU của Ban Thường vụ Đảng ủy xã"),
 D("Chỉ thị", "03", "CT/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Chỉ thị số 02, 03-CT/ĐU của Ban Thường vụ Đảng ủy xã")],
[prov("Hưng Yên"), com("Thái Thụy")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH HƯNG YÊN", "Trang chủ >> Chính trị >> Dân vận", "Ảnh: Người dân nêu ý kiến tại buổi đối thoại.",
 "khí cười", "đua xe", "núp bóng"],
["Hôm nay: Thứ Năm, 22/01/2026", "21/01/2026 07:45", "năm 2026", "lần đầu tiên", "năm 2025", "từ 16 đến 22 tuổi", "quý I/2026"]))

PAGES.append(page("b8284-dongnai-bugiamap-giaoban-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ BÙ GIA MẬP
Tỉnh Đồng Nai - Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã
Trang chủ › Tin hoạt động › An ninh - Quốc phòng
08.04.2026 | 10:30
Giao ban lực lượng bảo vệ an ninh, trật tự ở cơ sở quý I năm 2026
Ngày 7/4/2026, Công an xã Bù Gia Mập tổ chức giao ban công tác quý I năm 2026 với lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở của 14 thôn, sóc. Trung tá Điểu Hưng, Trưởng Công an xã chủ trì; dự có đồng chí Thị Mai, Phó Bí thư Đảng ủy xã và các Đảng ủy viên phụ trách thôn.
Thành viên tổ bảo vệ an ninh, trật tự báo cáo tình hình tại giao ban.
Theo báo cáo, quý I, trên địa bàn xã xảy ra 3 vụ trộm cắp tài sản (2 vụ trộm hạt điều, 1 vụ trộm bò), giảm 4 vụ so với cùng kỳ; các tổ bảo vệ an ninh, trật tự đã cùng Công an xã làm rõ cả 3 vụ, thu hồi gần 900 kg hạt điều. Lực lượng chức năng phát hiện 2 vụ, 3 đối tượng tàng trữ trái phép chất ma túy ở khu vực giáp biên giới Campuchia. Mùa thu hoạch điều, 14 tổ đã tuần tra 860 lượt, chốt chặn tại 6 điểm thu mua nông sản.
Tại giao ban, các Tổ trưởng tổ bảo vệ an ninh, trật tự: Điểu Thị Nga, Điểu Lơi, Nguyễn Văn Mạnh đã báo cáo tình hình thôn mình; ông Điểu Lơi, thôn Bù Lư, đề xuất cho các tổ được dùng nhóm Zalo chung với chủ vườn điều để báo tin nhanh. Bà Thị Rang, thành viên tổ ở sóc Bù Đăng, người S'tiêng, kể việc phát hiện 2 thanh niên lạ mặt chở bao tải điều lúc nửa đêm và báo kịp thời cho Công an xã.
Đồng chí Thị Mai cho biết, thực hiện Nghị quyết số 15/2025/NQ-HĐND của HĐND tỉnh Đồng Nai, từ tháng 1/2026 tổ trưởng được hỗ trợ 2,1 triệu đồng/tháng, tổ phó 1,8 triệu đồng/tháng, tổ viên 1,6 triệu đồng/tháng; xã đã chi trả đủ cho 42 thành viên, tổng kinh phí quý I hơn 220 triệu đồng.
Kết luận giao ban, Trung tá Điểu Hưng yêu cầu các tổ tiếp tục thực hiện Kế hoạch số 27/KH-CAX của Công an xã về cao điểm phòng chống trộm cắp nông sản mùa thu hoạch điều, Kế hoạch số 31/KH-UBND của UBND xã về triển khai Luật Phòng, chống ma túy; quý II tập trung rà soát 100% lao động thời vụ, hoàn thành tập huấn cho 42/42 thành viên trước ngày 30/6.
Một số ý kiến cho rằng phương tiện của các tổ còn thiếu, nhiều thành viên phải dùng xe máy cá nhân, điện thoại cá nhân để tuần tra, liên lạc; đường vào các rẫy điều xa, mùa mưa đi lại khó khăn. Công an xã sẽ tổng hợp đề xuất UBND xã hỗ trợ xăng xe cho các tổ trong quý II.
Ban Biên tập
Tin liên quan
- Xã Đăk Ơ tổng kết công tác bảo đảm an ninh trật tự năm 2025 (06/01/2026)
- Bù Gia Mập: bắt 2 đối tượng trộm cắp hạt điều (20/03/2026)
- Tập huấn cho lực lượng tham gia bảo vệ ANTT ở cơ sở (12/02/2026)
""", "2026-04-08", "Giao ban lực lượng bảo vệ an ninh, trật tự ở cơ sở quý I năm 2026",
E("giao_ban", "2026-Q1", "2026-04-07"),
[P("Điểu Hưng", "Trung tá", "Trưởng Công an xã"),
 P("Thị Mai", "Phó Bí thư Đảng ủy xã"),
 P("Điểu Thị Nga", "Tổ trưởng tổ bảo vệ an ninh, trật tự"),
 P("Điểu Lơi", "Tổ trưởng tổ bảo vệ an ninh, trật tự"),
 P("Nguyễn Văn Mạnh", "Tổ trưởng tổ bảo vệ an ninh, trật tự"),
 P("Thị Rang", "thành viên tổ")],
[Q("14 thôn, sóc", 14, "thôn, sóc"), Q("3 vụ trộm cắp tài sản", 3, "vụ trộm cắp tài sản"), Q("2 vụ trộm hạt điều", 2, "vụ trộm hạt điều"),
 Q("1 vụ trộm bò", 1, "vụ trộm bò"), Q("4 vụ", 4, "vụ"), Q("gần 900 kg", 900, "kg", "approx"), Q("2 vụ", 2, "vụ"),
 Q("3 đối tượng", 3, "đối tượng"), Q("14 tổ", 14, "tổ"), Q("860 lượt", 860, "lượt"), Q("6 điểm thu mua nông sản", 6, "điểm thu mua nông sản"),
 Q("2 thanh niên lạ mặt", 2, "thanh niên lạ mặt"), Q("2,1 triệu đồng/tháng", 2100000, "đồng"), Q("1,8 triệu đồng/tháng", 1800000, "đồng"),
 Q("1,6 triệu đồng/tháng", 1600000, "đồng"), Q("42 thành viên", 42, "thành viên"), Q("hơn 220 triệu đồng", 220000000, "đồng", "over"),
 Q("100% lao động thời vụ", 100, "%")],
[D("Nghị quyết", "15", "2025/NQ-HĐND", None, "HĐND tỉnh Đồng Nai", "Nghị quyết số 15/2025/NQ-HĐND của HĐND tỉnh Đồng Nai"),
 D("Kế hoạch", "27", "KH-CAX", None, "Công an xã", "Kế hoạch số 27/KH-CAX của Công an xã"),
 D("Kế hoạch", "31", "KH-UBND", None, "UBND xã", "Kế hoạch số 31/KH-UBND của UBND xã")],
[prov("Đồng Nai"), com("Bù Gia Mập")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ BÙ GIA MẬP", "Tỉnh Đồng Nai - Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã",
 "Trang chủ › Tin hoạt động › An ninh - Quốc phòng", "Thành viên tổ bảo vệ an ninh, trật tự báo cáo tình hình tại giao ban.",
 "Luật Phòng, chống ma túy", "Ban Biên tập"],
["08.04.2026 | 10:30", "quý I năm 2026", "quý I", "tháng 1/2026", "quý II", "42/42 thành viên", "ngày 30/6"]))
