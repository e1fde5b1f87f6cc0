from lib import *
PAGES = []

PAGES.append(page("b9257-kiengiang-ca-baocao-h1-2019", """
BÁO KIÊN GIANG ONLINE
Thứ Sáu, 19/07/2019 16:05
Chính trị >> Thời sự
Đại tá Nguyễn Văn Lực báo cáo tại buổi làm việc. Ảnh: Hồng Ngọc
Thường trực Tỉnh ủy nghe Công an tỉnh báo cáo tình hình an ninh trật tự
(BKG) - Ngày 18/7, Thường trực Tỉnh ủy Kiên Giang làm việc, nghe Công an tỉnh báo cáo kết quả công tác bảo đảm an ninh trật tự và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc 6 tháng đầu năm 2019. Chủ trì có các đồng chí Trần Quốc Khải, Danh Hồng Sơn - Phó Bí thư Tỉnh ủy.
Báo cáo do Đại tá Nguyễn Văn Lực, Giám đốc Công an tỉnh trình bày nêu rõ, 6 tháng qua Công an tỉnh đã tham mưu Tỉnh ủy xây dựng Chương trình hành động số 26-CTr/TU thực hiện Kết luận số 44-KL/TW ngày 22/01/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị 09-CT/TW về tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới.
Trên vùng biển, lực lượng Công an phối hợp Bộ đội Biên phòng vận động 3.400 ngư dân ký cam kết không khai thác hải sản trái phép ở vùng biển nước ngoài; xây dựng 126 "Tổ tàu thuyền an toàn" với 1.250 tàu cá tham gia. Trên đất liền, số vụ phạm pháp hình sự giảm 12,5% so với cùng kỳ; lực lượng chức năng phá 46 vụ mua bán trái phép chất ma túy, bắt 11 đối tượng truy nã. Công an tỉnh đã phát hiện, xử lý 38 đối tượng lợi dụng mạng xã hội đăng tải thông tin sai sự thật, kích động tụ tập ở Phú Quốc trước thềm kỳ họp Quốc hội bàn dự thảo Luật Đơn vị hành chính - kinh tế đặc biệt năm trước.
Ở vùng đồng bào Khmer, lực lượng Công an đã cử cán bộ về các ấp, phối hợp 74 chùa Khmer tổ chức tuyên truyền; hỗ trợ 215 hộ nghèo làm thủ tục vay vốn. Ông Danh Hùng, Trưởng Công an xã Vĩnh Hòa Hiệp, được nêu là điển hình trong vận động bà con giao nộp 9 súng tự chế.
Phát biểu tại buổi làm việc, đồng chí Danh Hồng Sơn đề nghị Công an tỉnh tiếp tục bố trí Công an chính quy đảm nhiệm chức danh Công an xã theo Đề án số 106/ĐA-BCA của Bộ Công an; làm tốt công tác dân vận, nhất là ở các xã biên giới Giang Thành, Hà Tiên. Kết luận buổi làm việc, đồng chí Trần Quốc Khải ghi nhận kết quả Công an tỉnh đạt được, yêu cầu 6 tháng cuối năm chủ động nắm tình hình, không để bị động, bất ngờ; chuẩn bị tốt phương án bảo đảm an ninh đại hội đảng bộ các cấp nhiệm kỳ 2020 – 2025.
Cùng dự có bà Thạch Thị Huệ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; ông Lâm Quốc Hùng, Phó Chủ tịch UBND tỉnh.
Hồng Ngọc
Lượt xem: 1.123
Tin liên quan
- Phú Quốc: Ra mắt mô hình "Khu phố an toàn" (12/07/2019)
- Kiên Lương tổ chức Ngày hội toàn dân bảo vệ ANTQ (05/07/2019)
- Tuyên truyền pháp luật cho 500 ngư dân Hòn Đất (28/06/2019)
- Công an tỉnh gặp mặt người có uy tín năm 2019 (20/06/2019)
""", "2019-07-19", "Thường trực Tỉnh ủy nghe Công an tỉnh báo cáo tình hình an ninh trật tự",
E("bao_cao", "2019-H1", "2019-07-18"),
[P("Trần Quốc Khải", "Phó Bí thư Tỉnh ủy"), P("Danh Hồng Sơn", "Phó Bí thư Tỉnh ủy"),
 P("Nguyễn Văn Lực", "Đại tá", "Giám đốc Công an tỉnh"),
 P("Danh Hùng", "Trưởng Công an xã Vĩnh Hòa Hiệp"),
 P("Thạch Thị Huệ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Quốc Hùng", "Phó Chủ tịch UBND tỉnh")],
[Q("3.400 ngư dân", 3400, "ngư dân"), Q('126 "Tổ tàu thuyền an toàn"', 126, "Tổ tàu thuyền an toàn"), Q("1.250 tàu cá", 1250, "tàu cá"),
 Q("12,5%", 12.5, "%"), Q("46 vụ mua bán trái phép chất ma túy", 46, "vụ mua bán trái phép chất ma túy"),
 Q("11 đối tượng truy nã", 11, "đối tượng truy nã"), Q("38 đối tượng", 38, "đối tượng"), Q("74 chùa Khmer", 74, "chùa Khmer"),
 Q("215 hộ nghèo", 215, "hộ nghèo"), Q("9 súng tự chế", 9, "súng tự chế")],
[D("Chương trình hành động", "26", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 26-CTr/TU"),
 D("Kết luận", "44", "KL/TW", "2019-01-22", "Ban Bí thư", "Kết luận số 44-KL/TW ngày 22/01/2019"),
 D("Chỉ thị", "09", "CT/TW", None, None, "Chỉ thị 09-CT/TW"),
 D("Đề án", "106", "ĐA-BCA", None, "Bộ Công an", "Đề án số 106/ĐA-BCA")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hiệp")],
["BÁO KIÊN GIANG ONLINE", "Chính trị >> Thời sự", "Đại tá Nguyễn Văn Lực báo cáo tại buổi làm việc. Ảnh: Hồng Ngọc", "(BKG)",
 "Tổ tàu thuyền an toàn", "Luật Đơn vị hành chính - kinh tế đặc biệt", "Lượt xem: 1.123"],
["Thứ Sáu, 19/07/2019 16:05", "6 tháng đầu năm 2019", "6 tháng cuối năm", "nhiệm kỳ 2020 – 2025", "Lượt xem: 1.123"]))

PAGES.append(page("b9258-hagiang-ca-bdv-quychephoihop-2020", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
You are here: Trang chủ › Hoạt động Ban Dân vận › Dân vận chính quyền
27/05/2020 06:00
Ký kết quy chế phối hợp về công tác dân vận giữa Ban Dân vận Tỉnh ủy và Công an tỉnh
Ngày 26/5, Ban Dân vận Tỉnh ủy và Công an tỉnh Hà Giang tổ chức hội nghị ký kết Quy chế phối hợp số 05-QCPH/BDVTU-CAT về thực hiện công tác dân vận, xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc giai đoạn 2020 - 2025. Hội nghị được kết nối trực tuyến tới 11 điểm cầu huyện, thành phố.
Các đồng chí lãnh đạo hai cơ quan ký kết quy chế phối hợp. Ảnh: Vàng Thị Mai
Dự hội nghị có đồng chí Hầu Minh Lợi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Đại tá Nguyễn Văn Đoàn, Giám đốc Công an tỉnh; đồng chí Triệu Thị Lý, TUV, Phó Trưởng Ban Dân vận Tỉnh ủy.
Quy chế gồm 4 chương, 15 điều, quy định rõ nguyên tắc, nội dung phối hợp trong nắm tình hình nhân dân, tuyên truyền, vận động đồng bào các dân tộc thực hiện Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; phòng, chống di cư tự do, truyền đạo trái pháp luật và xuất cảnh trái phép; xây dựng "Bản an toàn, gia đình không có tội phạm".
Theo báo cáo, đến nay Công an tỉnh đã bố trí 1.026 Công an chính quy đảm nhiệm các chức danh Công an xã tại 100% xã trên địa bàn. Giai đoạn 2015 - 2019, hai cơ quan đã phối hợp vận động 342 hộ di cư tự do trở về, 1.180 người từ bỏ việc theo đạo trái pháp luật; giải quyết 96 vụ việc phức tạp liên quan đến đất đai, tôn giáo ngay từ cơ sở.
Phát biểu tại hội nghị, Đại tá Nguyễn Văn Đoàn nhấn mạnh, việc ký kết quy chế là cụ thể hóa Nghị quyết 12, 13-NQ/ĐU của Đảng ủy Công an tỉnh về công tác dân vận và về xây dựng Công an xã chính quy. Mỗi cán bộ Công an xã phải "bám dân, hiểu dân", nói được ít nhất 1 tiếng dân tộc thiểu số nơi công tác.
Ý kiến tại các điểm cầu, đồng chí Sình Thị Pà, Trưởng Ban Dân vận Huyện ủy Mèo Vạc, đề nghị Công an huyện phối hợp khối dân vận đưa nội dung phòng, chống mua bán người vào sinh hoạt chi bộ thôn; Thiếu tá Lò Mí Hồ, Trưởng Công an xã Lũng Cú, cho biết xã đang duy trì 18 tổ an ninh nhân dân với 145 thành viên.
Kết luận hội nghị, đồng chí Hầu Minh Lợi đề nghị hai cơ quan định kỳ 6 tháng giao ban, sơ kết; tập trung chỉ đạo thực hiện Kế hoạch số 78-KH/BDVTU ngày 02/4/2020 của Ban Dân vận Tỉnh ủy về công tác dân vận trong phòng, chống dịch Covid-19, không để người dân qua lại biên giới trái phép.
Vàng Thị Mai
Lượt xem: 604
Tin khác
- Quản Bạ: Giao ban công tác dân vận quý I/2020 (20/05/2020)
- Ra mắt mô hình "Dân vận khéo" tại xã Thuận Hòa (12/05/2020)
- Hoàng Su Phì vận động nhân dân hiến 2.000 m2 đất (04/05/2020)
- Ban Dân vận Tỉnh ủy triển khai nhiệm vụ phòng, chống dịch (25/04/2020)
""", "2020-05-27", "Ký kết quy chế phối hợp về công tác dân vận giữa Ban Dân vận Tỉnh ủy và Công an tỉnh",
E("hoi_nghi", None, "2020-05-26"),
[P("Hầu Minh Lợi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Đoàn", "Đại tá", "Giám đốc Công an tỉnh"),
 P("Triệu Thị Lý", "TUV", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sình Thị Pà", "Trưởng Ban Dân vận Huyện ủy Mèo Vạc"),
 P("Lò Mí Hồ", "Thiếu tá", "Trưởng Công an xã Lũng Cú")],
[Q("11 điểm cầu huyện, thành phố", 11, "điểm cầu huyện, thành phố"), Q("4 chương", 4, "chương"), Q("15 điều", 15, "điều"),
 Q("1.026 Công an chính quy", 1026, "Công an chính quy"), Q("100%", 100, "%"), Q("342 hộ di cư tự do", 342, "hộ di cư tự do"),
 Q("1.180 người", 1180, "người"), Q("96 vụ việc phức tạp", 96, "vụ việc phức tạp"), Q("18 tổ an ninh nhân dân", 18, "tổ an ninh nhân dân"),
 Q("145 thành viên", 145, "thành viên")],
[D("Quy chế phối hợp", "05", "QCPH/BDVTU-CAT", None, "Ban Dân vận Tỉnh ủy và Công an tỉnh", "Quy chế phối hợp số 05-QCPH/BDVTU-CAT"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/02/2010"),
 D("Nghị quyết", "12", "NQ/ĐU", None, "Đảng ủy Công an tỉnh", "Nghị quyết 12, 13-NQ/ĐU"),
 D("Nghị quyết", "13", "NQ/ĐU", None, "Đảng ủy Công an tỉnh", "Nghị quyết 12, 13-NQ/ĐU"),
 D("Kế hoạch", "78", "KH/BDVTU", "2020-04-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 78-KH/BDVTU ngày 02/4/2020")],
[prov("Hà Giang"), com("Lũng Cú")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "You are here: Trang chủ › Hoạt động Ban Dân vận › Dân vận chính quyền",
 "Các đồng chí lãnh đạo hai cơ quan ký kết quy chế phối hợp. Ảnh: Vàng Thị Mai", "Bản an toàn, gia đình không có tội phạm",
 "bám dân, hiểu dân", "Quy chế công tác dân vận của hệ thống chính trị", "Lượt xem: 604"],
["27/05/2020 06:00", "giai đoạn 2020 - 2025", "Giai đoạn 2015 - 2019", "ít nhất 1 tiếng", "6 tháng", "Covid-19", "Lượt xem: 604"]))

PAGES.append(page("b9259-binhduong-bcd-tongket-10nam-ct09-2021", """
Báo Bình Dương điện tử
Thời sự › An ninh - Trật tự
12/11/2021 | 10:35
Hội nghị được tổ chức theo hình thức trực tuyến.
Tổng kết 10 năm thực hiện Chỉ thị 09-CT/TW của Ban Bí thư
(BDO) Sáng 11/11, Tỉnh ủy Bình Dương tổ chức hội nghị trực tuyến tổng kết 10 năm thực hiện Chỉ thị số 09-CT/TW ngày 01/12/2011 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới (2011 - 2021). Hội nghị kết nối tới 91 điểm cầu xã, phường, thị trấn. Đồng chí Võ Văn Minh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì.
Cùng dự có Thiếu tướng Lê Hoàng Sơn, Giám đốc Công an tỉnh; các đồng chí Phó Giám đốc Công an tỉnh: Đại tá Nguyễn Thanh Hải, Đại tá Đào Văn Thuận.
Theo báo cáo, sau 10 năm thực hiện Chỉ thị 09-CT/TW và Kết luận 44-KL/TW, Tỉnh ủy đã ban hành Kế hoạch số 112-KH/TU ngày 14/3/2012 và nhiều văn bản chỉ đạo. Là địa phương có gần 1,3 triệu người lao động từ các tỉnh đến sinh sống, Bình Dương chú trọng xây dựng mô hình tự quản trong khu nhà trọ, doanh nghiệp. Toàn tỉnh hiện có 4.860 mô hình tự quản về an ninh trật tự, trong đó mô hình "Công nhân tự quản" được duy trì tại 360 doanh nghiệp; nhân dân cung cấp hơn 58.000 nguồn tin có giá trị. Trên 98% khu phố, ấp đạt tiêu chuẩn "An toàn về an ninh, trật tự". Nguồn lực xã hội hóa cho phong trào đạt hơn 82 tỷ đồng, trang bị 2.700 camera giám sát ở khu dân cư.
Trong 2 năm đại dịch Covid-19, hơn 15.000 thành viên các tổ tự quản, bảo vệ dân phố, dân phòng đã cùng lực lượng Công an trực chốt, đưa lương thực, thực phẩm đến khu phong tỏa.
Tham luận tại hội nghị, ông Lý Văn Phúc, Trưởng khu phố Bình Đức 3, phường Bình Hòa, chia sẻ kinh nghiệm quản lý 1.700 phòng trọ; bà Phạm Thị Kim Oanh, Chủ tịch Công đoàn Công ty TNHH Giày Thuận Lợi, nêu cách phối hợp với Công an phường Tân Định nắm tư tưởng công nhân, kịp thời giải quyết vụ ngừng việc tập thể.
Kết luận hội nghị, đồng chí Võ Văn Minh yêu cầu các cấp ủy tiếp tục quán triệt Chỉ thị 09, gắn phong trào với chuyển đổi số; triển khai có hiệu quả Quyết định số 2731, 2732/QĐ-UBND ngày 28/9/2021 của UBND tỉnh về tiêu chí khu phố, ấp an toàn và về chế độ hỗ trợ cho tổ tự quản, mỗi tổ được hỗ trợ 1,5 triệu đồng/tháng.
Dịp này, Bộ trưởng Bộ Công an tặng Bằng khen cho 12 tập thể; UBND tỉnh khen thưởng 95 tập thể, 140 cá nhân có thành tích xuất sắc.
Phương Lê
Lượt xem: 2.310
Tin liên quan
- Thuận An: 10 năm phong trào "Khu nhà trọ an toàn" (05/11/2021)
- Công an tỉnh tặng 5.000 túi an sinh cho công nhân (28/10/2021)
- Dĩ An: Phát huy vai trò tổ bảo vệ dân phố (20/10/2021)
- Hội nghị biểu dương điển hình tiên tiến phong trào toàn dân bảo vệ ANTQ (12/08/2021)
""", "2021-11-12", "Tổng kết 10 năm thực hiện Chỉ thị 09-CT/TW của Ban Bí thư",
E("tong_ket", None, "2021-11-11"),
[P("Võ Văn Minh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Lê Hoàng Sơn", "Thiếu tướng", "Giám đốc Công an tỉnh"),
 P("Nguyễn Thanh Hải", "Phó Giám đốc Công an tỉnh", "Đại tá"),
 P("Đào Văn Thuận", "Phó Giám đốc Công an tỉnh", "Đại tá"),
 P("Lý Văn Phúc", "Trưởng khu phố Bình Đức 3"),
 P("Phạm Thị Kim Oanh", "Chủ tịch Công đoàn Công ty TNHH Giày Thuận Lợi")],
[Q("91 điểm cầu xã, phường, thị trấn", 91, "điểm cầu xã, phường, thị trấn"), Q("gần 1,3 triệu người lao động", 1300000, "người lao động", "approx"),
 Q("4.860 mô hình tự quản về an ninh trật tự", 4860, "mô hình tự quản về an ninh trật tự"), Q("360 doanh nghiệp", 360, "doanh nghiệp"),
 Q("hơn 58.000 nguồn tin", 58000, "nguồn tin", "over"), Q("Trên 98%", 98, "%", "over"), Q("hơn 82 tỷ đồng", 82000000000, "đồng", "over"),
 Q("2.700 camera giám sát", 2700, "camera giám sát"), Q("hơn 15.000 thành viên", 15000, "thành viên", "over"),
 Q("1.700 phòng trọ", 1700, "phòng trọ"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("12 tập thể", 12, "tập thể"),
 Q("95 tập thể", 95, "tập thể"), Q("140 cá nhân", 140, "cá nhân")],
[D("Chỉ thị", "09", "CT/TW", "2011-12-01", "Ban Bí thư", "Chỉ thị số 09-CT/TW ngày 01/12/2011"),
 D("Kết luận", "44", "KL/TW", None, None, "Kết luận 44-KL/TW"),
 D("Kế hoạch", "112", "KH/TU", "2012-03-14", "Tỉnh ủy", "Kế hoạch số 112-KH/TU ngày 14/3/2012"),
 D("Quyết định", "2731", "QĐ-UBND", "2021-09-28", "UBND tỉnh", "Quyết định số 2731, 2732/QĐ-UBND ngày 28/9/2021"),
 D("Quyết định", "2732", "QĐ-UBND", "2021-09-28", "UBND tỉnh", "Quyết định số 2731, 2732/QĐ-UBND ngày 28/9/2021")],
[prov("Bình Dương"), com("Bình Hòa"), com("Tân Định")],
["Báo Bình Dương điện tử", "Thời sự › An ninh - Trật tự", "Hội nghị được tổ chức theo hình thức trực tuyến.", "(BDO)",
 "Công nhân tự quản", "An toàn về an ninh, trật tự", "Công ty TNHH Giày Thuận Lợi", "Lượt xem: 2.310"],
["12/11/2021 | 10:35", "10 năm", "2011 - 2021", "2 năm", "Covid-19", "Chỉ thị 09", "Lượt xem: 2.310"]))

PAGES.append(page("b9260-sonla-ca-giaoban-thang9-2022", """
CÔNG AN TỈNH SƠN LA - Vì nhân dân phục vụ
Trang chủ | Tin tức - Sự kiện | Xây dựng phong trào toàn dân BVANTQ
Ngày 05/10/2022 | 14:20
Công an Sơn La giao ban công tác tháng 9
Chiều 4/10, Công an tỉnh tổ chức giao ban công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc và công tác dân vận tháng 9/2022. Thượng tá Cầm Ngọc Tuấn, Phó Giám đốc Công an tỉnh chủ trì.
Thượng tá Cầm Ngọc Tuấn kết luận buổi giao ban.
Trong tháng 9, Công an các đơn vị, địa phương đã tổ chức 42 buổi tuyên truyền lưu động bằng tiếng Thái, tiếng Mông cho hơn 6.500 lượt người nghe; vận động nhân dân giao nộp 17 khẩu súng, 2,3 kg vật liệu nổ. Có 188/200 xã, phường, thị trấn duy trì tổ an ninh nhân dân hoạt động hiệu quả; toàn tỉnh lập mới 26 tổ "Tự quản về an ninh trật tự bản, tiểu khu". Lực lượng Công an đã làm sạch 95% dữ liệu dân cư, cấp 41.800 căn cước công dân gắn chip, trong đó 1.920 trường hợp được cấp tại nhà cho người cao tuổi, người ốm đau.
Đại diện Phòng Công tác Đảng và công tác chính trị cho biết, đơn vị đang triển khai kế hoạch số 318/KH-CAT-PX01 thực hiện Nghị quyết số 12-NQ/TW ngày 16/3/2022 của Bộ Chính trị về đẩy mạnh xây dựng lực lượng Công an nhân dân thực sự trong sạch, vững mạnh, chính quy, tinh nhuệ, hiện đại; tổ chức 12 đợt "Công an xã vì nhân dân phục vụ" giúp dân thu hoạch mùa vụ.
Tại buổi giao ban, Thiếu tá Quàng Văn Bun, Trưởng Công an xã Chiềng Khoong, báo cáo việc phối hợp người có uy tín giải quyết 3 vụ tranh chấp đất nương; Đại úy Mùa A Sáu, Phó Trưởng Công an xã Tà Xùa, đề xuất trang bị thêm xe máy cho tổ công tác bám bản mùa mưa; Trung tá Lò Thị Hương, Phó Trưởng phòng Tham mưu, thông tin tiến độ thực hiện Đề án 06 của Chính phủ tại các xã vùng cao.
Các ý kiến cũng chỉ ra một số hạn chế: việc nắm tình hình ở một số bản giáp ranh còn chậm; một số tổ an ninh nhân dân hoạt động cầm chừng do thành viên đi làm ăn xa; việc phối hợp giữa Công an xã với Ban công tác Mặt trận bản chưa thường xuyên.
Kết luận buổi giao ban, Thượng tá Cầm Ngọc Tuấn yêu cầu trong tháng 10 tập trung rà soát các đối tượng lợi dụng tôn giáo, "Nhà nước Mông", không để phát sinh tụ tập đông người; tiếp tục thực hiện Quy chế phối hợp số 09/QCPH-CAT-BDVTU với Ban Dân vận Tỉnh ủy; chuẩn bị tổng kết công tác năm 2022 theo đúng hướng dẫn của Bộ Công an. Các đơn vị báo cáo kết quả về Phòng Tham mưu trước ngày 25/10.
Minh Hiếu
Lượt truy cập: 1.467
Các tin khác
- Công an huyện Mộc Châu gặp mặt người có uy tín (28/09/2022)
- Yên Châu: Ra mắt mô hình "Bản không ma túy" (20/09/2022)
- Công an tỉnh giao ban công tác tháng 8/2022 (06/09/2022)
- Trao 30 suất quà cho học sinh nghèo xã Mường Lạn (29/08/2022)
""", "2022-10-05", "Công an Sơn La giao ban công tác tháng 9",
E("giao_ban", "2022-09", "2022-10-04"),
[P("Cầm Ngọc Tuấn", "Thượng tá", "Phó Giám đốc Công an tỉnh"),
 P("Quàng Văn Bun", "Thiếu tá", "Trưởng Công an xã Chiềng Khoong"),
 P("Mùa A Sáu", "Đại úy", "Phó Trưởng Công an xã Tà Xùa"),
 P("Lò Thị Hương", "Trung tá", "Phó Trưởng phòng Tham mưu")],
[Q("42 buổi tuyên truyền lưu động", 42, "buổi tuyên truyền lưu động"), Q("hơn 6.500 lượt người", 6500, "lượt người", "over"),
 Q("17 khẩu súng", 17, "khẩu súng"), Q("2,3 kg", 2.3, "kg"), Q("188/200 xã, phường, thị trấn", 188, "xã, phường, thị trấn"),
 Q("26 tổ", 26, "tổ"), Q("95%", 95, "%"), Q("41.800 căn cước công dân gắn chip", 41800, "căn cước công dân gắn chip"),
 Q("1.920 trường hợp", 1920, "trường hợp"), Q("12 đợt", 12, "đợt"), Q("3 vụ tranh chấp đất nương", 3, "vụ tranh chấp đất nương")],
[D("Kế hoạch", "318", "KH-CAT-PX01", None, None, "kế hoạch số 318/KH-CAT-PX01"),
 D("Nghị quyết", "12", "NQ/TW", "2022-03-16", "Bộ Chính trị", "Nghị quyết số 12-NQ/TW ngày 16/3/2022"),
 D("Quy chế phối hợp", "09", "QCPH-CAT-BDVTU", None, None, "Quy chế phối hợp số 09/QCPH-CAT-BDVTU")],
[prov("Sơn La"), com("Chiềng Khoong"), com("Tà Xùa")],
["CÔNG AN TỈNH SƠN LA - Vì nhân dân phục vụ", "Trang chủ | Tin tức - Sự kiện | Xây dựng phong trào toàn dân BVANTQ",
 "Thượng tá Cầm Ngọc Tuấn kết luận buổi giao ban.", "Tự quản về an ninh trật tự bản, tiểu khu", "Công an xã vì nhân dân phục vụ",
 "Đề án 06", "Nhà nước Mông", "Lượt truy cập: 1.467"],
["Ngày 05/10/2022 | 14:20", "tháng 9/2022", "tháng 9", "tháng 10", "năm 2022", "ngày 25/10", "Lượt truy cập: 1.467"]))

PAGES.append(page("b9261-hue-ca-taphuan-de-an-06-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THỪA THIÊN HUẾ
Trang chủ / Tin tức / An ninh - Trật tự
2023-09-21 16:40
Học viên tham gia lớp tập huấn tại huyện A Lưới.
Tập huấn kỹ năng dân vận, chuyển đổi số cho Công an xã và tổ công nghệ số cộng đồng vùng cao
Trong 2 ngày 19 và 20/9, Công an tỉnh Thừa Thiên Huế phối hợp UBND huyện A Lưới tổ chức lớp tập huấn năm 2023 về kỹ năng dân vận và triển khai Đề án 06 cho 150 học viên là cán bộ Công an xã, thành viên tổ công nghệ số cộng đồng, người có uy tín ở 18 xã, thị trấn của huyện.
Lớp tập huấn quán triệt Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030; Thông tư số 124/2021/TT-BCA của Bộ Công an quy định về khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn "An toàn về an ninh, trật tự".
TS. Lê Văn Hòa, giảng viên Học viện An ninh nhân dân, hướng dẫn kỹ năng nói chuyện, thuyết phục đồng bào dân tộc Tà Ôi, Cơ Tu, Pa Kô; Thượng tá Hồ Văn Ngưm, Phó Trưởng Công an huyện A Lưới, hướng dẫn cách nắm tình hình qua già làng, trưởng bản và trên không gian mạng. Học viên được thực hành cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2 trên điện thoại thông minh.
Theo Công an huyện A Lưới, đến nay toàn huyện đã thu nhận hơn 27.000 hồ sơ định danh điện tử, tỷ lệ kích hoạt đạt 62%; 100% xã, thị trấn có Công an chính quy. Tuy nhiên, nhiều thôn vùng sâu chưa có sóng điện thoại ổn định, người cao tuổi chưa quen sử dụng điện thoại thông minh.
Bà Kăn Thị Tâm, Trưởng thôn Pa Ay, xã Hồng Thượng, chia sẻ: "Trước đây bà con sợ làm giấy tờ phải xuống huyện, nay Công an xã đến tận nhà, có người còn giúp mình bấm điện thoại". Ông Quỳnh Văn Sơn, người có uy tín thôn A Đớt, xã A Roàng, đề nghị in tài liệu hướng dẫn bằng tiếng Tà Ôi.
Phát biểu bế mạc, Đại tá Nguyễn Thanh Tuấn, Phó Giám đốc Công an tỉnh, đề nghị các học viên về cơ sở tổ chức "Ngày thứ Bảy cùng dân" để hỗ trợ người dân làm thủ tục; gắn Đề án 06 với phong trào toàn dân bảo vệ an ninh Tổ quốc. Kinh phí lớp học 85 triệu đồng, từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Ngọc Hà
Số lượt xem: 758
Tin liên quan
- Phong Điền: Ra mắt mô hình "Camera an ninh" ở 12 thôn (14/09/2023)
- Công an tỉnh trao 100 suất học bổng cho học sinh A Lưới (05/09/2023)
- Nam Đông tổ chức Ngày hội toàn dân bảo vệ ANTQ (19/08/2023)
- Huế: 28 phường đạt chuẩn an toàn về ANTT (10/08/2023)
""", "2023-09-21", "Tập huấn kỹ năng dân vận, chuyển đổi số cho Công an xã và tổ công nghệ số cộng đồng vùng cao",
E("tap_huan", "2023", "2023-09-19"),
[P("Lê Văn Hòa", "TS.", "giảng viên Học viện An ninh nhân dân"),
 P("Hồ Văn Ngưm", "Thượng tá", "Phó Trưởng Công an huyện A Lưới"),
 P("Kăn Thị Tâm", "Trưởng thôn Pa Ay"),
 P("Quỳnh Văn Sơn", "người có uy tín thôn A Đớt"),
 P("Nguyễn Thanh Tuấn", "Đại tá", "Phó Giám đốc Công an tỉnh")],
[Q("150 học viên", 150, "học viên"), Q("18 xã, thị trấn", 18, "xã, thị trấn"),
 Q("hơn 27.000 hồ sơ định danh điện tử", 27000, "hồ sơ định danh điện tử", "over"), Q("62%", 62, "%"), Q("100%", 100, "%"),
 Q("85 triệu đồng", 85000000, "đồng")],
[D("Quyết định", "06", "QĐ-TTg", "2022-01-06", "Thủ tướng Chính phủ", "Quyết định số 06/QĐ-TTg ngày 06/01/2022"),
 D("Thông tư", "124", "2021/TT-BCA", None, "Bộ Công an", "Thông tư số 124/2021/TT-BCA")],
[prov("Thừa Thiên Huế"), com("Hồng Thượng"), com("A Roàng")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THỪA THIÊN HUẾ", "Trang chủ / Tin tức / An ninh - Trật tự", "Học viên tham gia lớp tập huấn tại huyện A Lưới.",
 "Đề án 06", "An toàn về an ninh, trật tự", "Ngày thứ Bảy cùng dân",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Số lượt xem: 758"],
["2023-09-21 16:40", "2 ngày", "năm 2023", "giai đoạn 2022 - 2025", "năm 2030", "mức độ 2", "Số lượt xem: 758"]))

PAGES.append(page("b9262-camau-ca-traoqua-tet-2024", """
BÁO CÀ MAU ĐIỆN TỬ
Thứ Sáu, 02/02/2024
Xã hội » Nhịp cầu nhân ái
Ngày đăng 02/02/2024 | 09:50
Công an tỉnh mang Xuân ấm đến ngư dân Đất Mũi
Ngày 1/2, đoàn công tác Công an tỉnh Cà Mau do Đại tá Lê Minh Thư, Phó Giám đốc Công an tỉnh làm trưởng đoàn đã đến thăm, tặng quà Tết Giáp Thìn cho ngư dân, hộ nghèo, gia đình chính sách tại xã Đất Mũi và xã Tân Ân, huyện Ngọc Hiển.
Đại tá Lê Minh Thư trao quà cho ngư dân xã Đất Mũi. Ảnh: Huỳnh Lâm
Tại 2 điểm trao quà, đoàn đã trao tổng cộng 500 phần quà Tết, mỗi phần gồm 500.000 đồng tiền mặt, 10 kg gạo và nhu yếu phẩm; tổng trị giá hơn 450 triệu đồng, do cán bộ, chiến sĩ Công an tỉnh và các nhà hảo tâm đóng góp. Dịp này, Công an tỉnh cũng bàn giao 2 căn nhà "Mái ấm Công an" cho hộ ông Danh Ếch, ấp Mũi, và hộ bà Lâm Thị Sa Rênh, ấp Xóm Mới, mỗi căn trị giá 80 triệu đồng; tặng 20 áo phao cứu sinh cho các tổ tàu thuyền an toàn.
Hoạt động nằm trong chuỗi chương trình "Xuân yêu thương - Tết sum vầy" theo Kế hoạch số 13/KH-CAT-PX01 ngày 08/01/2024 của Công an tỉnh, thực hiện Quyết định 29, 30/QĐ-CAT về thành lập các đoàn công tác thăm, chúc Tết và về phân bổ kinh phí an sinh. Từ đầu tháng Chạp, Công an tỉnh đã tặng 3.200 phần quà cho người dân khó khăn ở 9 huyện, thành phố.
Xúc động nhận nhà mới, ông Danh Ếch (người Khmer, 67 tuổi) nói: "Cả đời đi biển, giờ mới có căn nhà kiên cố, không sợ gió chướng nữa". Ông Tăng Văn Khải, Chủ tịch UBND xã Đất Mũi, cho biết xã có 312 hộ làm nghề biển, nhiều hộ tham gia tổ tự quản bảo vệ an ninh trên biển; năm 2023 ngư dân đã cung cấp 15 nguồn tin giúp lực lượng chức năng bắt giữ tàu cá vi phạm khai thác hải sản bất hợp pháp (IUU).
Thay mặt đoàn, Đại tá Lê Minh Thư chúc bà con đón Tết đầm ấm, mong ngư dân tiếp tục chấp hành các quy định chống khai thác IUU, tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc, làm "tai mắt" của lực lượng Công an trên biển. Đoàn cũng thăm, tặng quà cán bộ, chiến sĩ Công an xã Đất Mũi đang trực Tết.
Trước khi trao quà, cán bộ Công an xã đã phối hợp Ban nhân dân các ấp rà soát kỹ từng hộ, ưu tiên hộ có người đi biển gặp nạn, hộ neo đơn, người cao tuổi không nơi nương tựa, bảo đảm quà đến đúng người, đúng hoàn cảnh, không để sót hộ nào.
Cùng đi với đoàn có Trung tá Phan Thị Hồng Nhung, Phó Trưởng phòng Công tác Đảng và Công tác chính trị Công an tỉnh; bà Thạch Thị Xuân, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Ngọc Hiển.
Huỳnh Lâm
Lượt đọc: 890
Tin liên quan
- Bộ đội Biên phòng tỉnh trao 1.000 phần quà cho ngư dân (31/01/2024)
- Thới Bình: "Chợ Tết 0 đồng" cho hộ nghèo (29/01/2024)
- Công an tỉnh tổng kết công tác năm 2023 (12/01/2024)
- Năm Căn: Trao 50 suất học bổng (05/01/2024)
""", "2024-02-02", "Công an tỉnh mang Xuân ấm đến ngư dân Đất Mũi",
E("trao_qua", None, "2024-02-01"),
[P("Lê Minh Thư", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Danh Ếch"), P("Lâm Thị Sa Rênh"),
 P("Tăng Văn Khải", "Chủ tịch UBND xã Đất Mũi"),
 P("Phan Thị Hồng Nhung", "Trung tá", "Phó Trưởng phòng Công tác Đảng và Công tác chính trị Công an tỉnh"),
 P("Thạch Thị Xuân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Ngọc Hiển")],
[Q("500 phần quà Tết", 500, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("10 kg", 10, "kg"),
 Q("hơn 450 triệu đồng", 450000000, "đồng", "over"), Q("2 căn nhà", 2, "căn nhà"), Q("80 triệu đồng", 80000000, "đồng"),
 Q("20 áo phao cứu sinh", 20, "áo phao cứu sinh"), Q("3.200 phần quà", 3200, "phần quà"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("312 hộ", 312, "hộ"), Q("15 nguồn tin", 15, "nguồn tin")],
[D("Kế hoạch", "13", "KH-CAT-PX01", "2024-01-08", "Công an tỉnh", "Kế hoạch số 13/KH-CAT-PX01 ngày 08/01/2024"),
 D("Quyết định", "29", "QĐ-CAT", None, None, "Quyết định 29, 30/QĐ-CAT"),
 D("Quyết định", "30", "QĐ-CAT", None, None, "Quyết định 29, 30/QĐ-CAT")],
[prov("Cà Mau"), com("Đất Mũi"), com("Tân Ân")],
["BÁO CÀ MAU ĐIỆN TỬ", "Xã hội » Nhịp cầu nhân ái", "Đại tá Lê Minh Thư trao quà cho ngư dân xã Đất Mũi. Ảnh: Huỳnh Lâm",
 "Mái ấm Công an", "Xuân yêu thương - Tết sum vầy", "Lượt đọc: 890"],
["Thứ Sáu, 02/02/2024", "Ngày đăng 02/02/2024 | 09:50", "Tết Giáp Thìn", "2 điểm", "67 tuổi", "năm 2023", "Lượt đọc: 890"]))
