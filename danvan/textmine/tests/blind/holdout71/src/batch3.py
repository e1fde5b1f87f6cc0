from lib import *
PAGES = []

PAGES.append(page("b1673-tiengiang-bdv-soket-tongiao-2021", """
Báo Ấp Bắc điện tử
Trang chủ › Chính trị › Dân vận
Cập nhật: 15:30, 16/07/2021 (GMT+7)
Đồng chí Lê Văn Nghĩa phát biểu tại hội nghị trực tuyến.
Vận động chức sắc, tín đồ chung tay phòng, chống dịch Covid-19
ABO - Ngày 15/7, Ban Dân vận Tỉnh ủy Tiền Giang tổ chức hội nghị trực tuyến sơ kết công tác dân vận, công tác tôn giáo 6 tháng đầu năm 2021 tới 11 điểm cầu huyện, thị xã, thành phố. Đồng chí Lê Văn Nghĩa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, Tiền Giang có 10 tôn giáo được Nhà nước công nhận với trên 470.000 tín đồ, trong đó đạo Cao Đài có khoảng 105.000 tín đồ, sinh hoạt tại 214 thánh thất, điện thờ. Sáu tháng qua, các tôn giáo đã chấp hành nghiêm Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ, tạm ngưng sinh hoạt tập trung đông người; 100% cơ sở thờ tự thực hiện nghiêm quy định giãn cách. Chức sắc, tín đồ các tôn giáo đã đóng góp trên 9,7 tỷ đồng, 186 tấn gạo cho công tác phòng, chống dịch, tổ chức 43 bếp ăn, "ATM gạo" hỗ trợ người dân khó khăn.
Khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 08-CTr/TU về thực hiện Nghị quyết Đại hội XIII của Đảng về công tác dân vận; Ban Dân vận Tỉnh ủy ban hành Hướng dẫn số 05-HD/BDVTU ngày 12/4/2021 về xây dựng mô hình "Dân vận khéo" trong vùng đồng bào có đạo. Đến nay, toàn tỉnh có 356 mô hình "Dân vận khéo" trong lĩnh vực tôn giáo được công nhận.
Tại điểm cầu huyện Cai Lậy, đồng chí Phan Thị Kim Loan, HUV, Trưởng Ban Dân vận Huyện ủy cho biết, huyện đã phối hợp với Ban Đại diện Hội Thánh Cao Đài Tòa Thánh Tây Ninh huyện vận động 28 hộ tín đồ ở xã Mỹ Thành Nam hiến đất mở rộng đường. Chánh Trị sự Võ Thành Khá, Trưởng ban Cai quản họ đạo Mỹ Thành Nam bày tỏ đồng thuận với chủ trương tạm dừng lễ hội để phòng dịch.
Hội nghị cũng chỉ ra một số điểm nhóm Tin lành chưa đăng ký ở xã Tân Phú Đông (huyện Tân Phú Đông) tổ chức sinh hoạt tại nhà riêng, cần được vận động, hướng dẫn.
Kết luận hội nghị, đồng chí Lê Văn Nghĩa yêu cầu 6 tháng cuối năm, khối dân vận tập trung vận động nhân dân, chức sắc, tín đồ tiếp tục chấp hành nghiêm các biện pháp phòng dịch; triển khai Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW; chuẩn bị tổng kết Quy chế phối hợp số 02-QCPH/BDVTU-BTG giữa Ban Dân vận Tỉnh ủy và Ban Tôn giáo tỉnh.
Đồng chí cũng lưu ý các cấp ủy quan tâm hơn nữa công tác nắm tình hình tư tưởng của chức sắc, tín đồ trong thời gian giãn cách, kịp thời phát hiện, xử lý thông tin xấu, độc trên mạng xã hội.
Thanh Nhàn
Tin liên quan
- Gò Công Tây: gặp mặt chức sắc các tôn giáo (24/06/2021)
- Chợ Gạo hỗ trợ 200 phần quà cho người dân khó khăn (10/06/2021)
- Ban Dân vận Tỉnh ủy giao ban quý I/2021 (13/04/2021)
- Châu Thành ra mắt mô hình "Phật giáo chung tay phòng dịch" (02/04/2021)
""", "2021-07-16", "Vận động chức sắc, tín đồ chung tay phòng, chống dịch Covid-19",
E("so_ket", "2021-H1", "2021-07-15"),
[P("Lê Văn Nghĩa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Thị Kim Loan", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Võ Thành Khá", "Chánh Trị sự", "Trưởng ban Cai quản họ đạo Mỹ Thành Nam")],
[Q("11 điểm cầu huyện, thị xã, thành phố", 11, "điểm cầu huyện, thị xã, thành phố"), Q("10 tôn giáo", 10, "tôn giáo"),
 Q("trên 470.000 tín đồ", 470000, "tín đồ", "over"), Q("khoảng 105.000 tín đồ", 105000, "tín đồ", "approx"),
 Q("214 thánh thất, điện thờ", 214, "thánh thất, điện thờ"), Q("100%", 100, "%"),
 Q("trên 9,7 tỷ đồng", 9700000000, "đồng", "over"), Q("186 tấn", 186, "tấn"), Q("43 bếp ăn", 43, "bếp ăn"),
 Q("356 mô hình", 356, "mô hình"), Q("28 hộ tín đồ", 28, "hộ tín đồ")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ"),
 D("Chương trình hành động", "08", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 08-CTr/TU"),
 D("Hướng dẫn", "05", "HD/BDVTU", "2021-04-12", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BDVTU ngày 12/4/2021"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Quy chế phối hợp", "02", "QCPH/BDVTU-BTG", None, None, "Quy chế phối hợp số 02-QCPH/BDVTU-BTG")],
[prov("Tiền Giang"), com("Mỹ Thành Nam"), com("Tân Phú Đông")],
["Báo Ấp Bắc điện tử", "Trang chủ › Chính trị › Dân vận", "Đồng chí Lê Văn Nghĩa phát biểu tại hội nghị trực tuyến.", "ABO",
 "Dân vận khéo", "ATM gạo", "Nghị quyết Đại hội XIII"],
["Cập nhật: 15:30, 16/07/2021 (GMT+7)", "6 tháng đầu năm 2021", "Sáu tháng qua", "6 tháng cuối năm", "Đại hội XIII"]))

PAGES.append(page("b1674-binhduong-doithoai-giaoxu-2022", """
ĐẢNG BỘ TỈNH BÌNH DƯƠNG - Trang thông tin điện tử
Trang chủ / Tin tức / Dân vận - Mặt trận
17/09/2022 - 10:05
Thuận An: Bí thư Thành ủy đối thoại với giáo dân về đền bù, tái định cư
Ngày 16/9/2022, tại giáo xứ Búng, Thành ủy Thuận An (tỉnh Bình Dương) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với chức sắc, giáo dân các giáo xứ trên địa bàn năm 2022. Đồng chí Nguyễn Thanh Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Thuận An chủ trì.
Quang cảnh buổi đối thoại tại giáo xứ Búng.
Cùng chủ trì có các đồng chí: Võ Văn Hùng, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố; Nguyễn Thị Bích Liên, Thành ủy viên, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố. Dự đối thoại có Linh mục Giuse Đinh Quang Thịnh, Chánh xứ giáo xứ Búng; Linh mục Phaolô Trần Minh Huy, Chánh xứ giáo xứ Lái Thiêu và 210 giáo dân đến từ 5 giáo xứ.
Thuận An hiện có khoảng 38.000 giáo dân, chiếm gần 6% dân số. Những năm qua, giáo dân đã đồng thuận hiến trên 21.000 m2 đất cho các công trình giao thông, trong đó dự án mở rộng đường ĐT 745 ảnh hưởng đến 312 hộ dân ở phường Hưng Định, phường An Thạnh.
Tại buổi đối thoại, có 19 ý kiến phát biểu trực tiếp. Ông Trần Văn Lập, Trưởng ban Hành giáo giáo xứ Búng phản ánh giá bồi thường đất ở chưa sát giá thị trường; một số hộ chưa được bố trí tái định cư sau gần 4 năm bàn giao mặt bằng. Bà Lê Thị Ngọc, giáo dân phường Hưng Định đề nghị thành phố xem xét hỗ trợ chuyển đổi nghề cho lao động lớn tuổi.
Trả lời kiến nghị, đồng chí Võ Văn Hùng cho biết, thành phố đã chi trả trên 1.280 tỷ đồng bồi thường cho dự án, còn 17 hộ chưa nhận tiền do đang khiếu nại. UBND thành phố cam kết bố trí 96 nền tái định cư tại phường Bình Chuẩn trong quý IV/2022, áp dụng Quyết định số 35/2022/QĐ-UBND của UBND tỉnh về bảng giá đất điều chỉnh.
Kết luận buổi đối thoại, đồng chí Nguyễn Thanh Tâm ghi nhận tinh thần thẳng thắn, xây dựng của giáo dân; giao Ban Dân vận Thành ủy theo dõi, đôn đốc việc giải quyết kiến nghị, báo cáo Thường trực Thành ủy trước ngày 30/10. Việc đối thoại được thực hiện theo Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Kế hoạch số 214-KH/TU của Ban Thường vụ Tỉnh ủy.
Các đại biểu đánh giá, qua đối thoại, nhiều vướng mắc kéo dài đã được làm rõ; chức sắc và giáo dân thêm tin tưởng vào cách làm công khai, minh bạch của chính quyền.
Hải Đăng
Lượt xem: 2.311
Tin khác
- Dĩ An: họp mặt chức sắc Phật giáo mùa Vu Lan (05/09/2022)
- Tân Uyên ra mắt mô hình "Giáo họ bình an" (19/08/2022)
- Bến Cát trao 50 căn nhà đại đoàn kết (28/07/2022)
- Tập huấn công tác tôn giáo cho cán bộ cơ sở (13/07/2022)
""", "2022-09-17", "Thuận An: Bí thư Thành ủy đối thoại với giáo dân về đền bù, tái định cư",
E("doi_thoai", "2022", "2022-09-16"),
[P("Nguyễn Thanh Tâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Thành ủy Thuận An", "Bí thư Thành ủy"),
 P("Võ Văn Hùng", "Phó Bí thư Thành ủy", "Chủ tịch UBND thành phố"),
 P("Nguyễn Thị Bích Liên", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Giuse Đinh Quang Thịnh", "Linh mục", "Chánh xứ giáo xứ Búng"),
 P("Phaolô Trần Minh Huy", "Linh mục", "Chánh xứ giáo xứ Lái Thiêu"),
 P("Trần Văn Lập", "Trưởng ban Hành giáo giáo xứ Búng"),
 P("Lê Thị Ngọc")],
[Q("210 giáo dân", 210, "giáo dân"), Q("5 giáo xứ", 5, "giáo xứ"), Q("khoảng 38.000 giáo dân", 38000, "giáo dân", "approx"),
 Q("gần 6%", 6, "%", "approx"), Q("trên 21.000 m2", 21000, "m2", "over"), Q("312 hộ dân", 312, "hộ dân"),
 Q("19 ý kiến", 19, "ý kiến"), Q("trên 1.280 tỷ đồng", 1280000000000, "đồng", "over"), Q("17 hộ", 17, "hộ"),
 Q("96 nền tái định cư", 96, "nền tái định cư")],
[D("Quyết định", "35", "2022/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 35/2022/QĐ-UBND của UBND tỉnh"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/02/2019"),
 D("Kế hoạch", "214", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 214-KH/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Bình Dương"), com("Hưng Định"), com("An Thạnh"), com("Bình Chuẩn")],
["ĐẢNG BỘ TỈNH BÌNH DƯƠNG - Trang thông tin điện tử", "Trang chủ / Tin tức / Dân vận - Mặt trận",
 "Quang cảnh buổi đối thoại tại giáo xứ Búng.", "Lượt xem: 2.311"],
["17/09/2022 - 10:05", "năm 2022", "gần 4 năm", "quý IV/2022", "ĐT 745", "Lượt xem: 2.311"]))

PAGES.append(page("b1675-camau-bdv-tongket-dantoc-2022", """
BAN DÂN VẬN TỈNH ỦY CÀ MAU
Bạn đang ở: Trang chủ » Tin hoạt động » Công tác dân tộc
21.12.2022 | 16:05
Hôm nay: Thứ Tư, 21/12/2022
Ảnh: Toàn cảnh hội nghị.
Công tác dân vận vùng đồng bào Khmer, Hoa đạt nhiều kết quả nổi bật
Chiều 20/12, Ban Dân vận Tỉnh ủy Cà Mau tổ chức hội nghị tổng kết công tác dân vận vùng đồng bào dân tộc, tôn giáo năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Châu Thị Mỹ Phương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Cà Mau có 32.000 người Khmer và gần 8.800 người Hoa, sinh sống chủ yếu ở các huyện Thới Bình, Trần Văn Thời, U Minh và thành phố Cà Mau. Năm 2022, Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy tổng kết 15 năm thực hiện Chỉ thị số 11, 12-CT/TU về công tác đối với đồng bào Khmer và công tác người Hoa; phối hợp triển khai Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Trong năm, các cấp đã vận động xây dựng 215 căn nhà đại đoàn kết cho hộ nghèo người dân tộc, với tổng kinh phí trên 10,75 tỷ đồng; hỗ trợ vay vốn cho 430 hộ; tỷ lệ hộ nghèo trong đồng bào Khmer giảm còn 3,26%. Toàn tỉnh có 37 chùa Phật giáo Nam tông Khmer và 12 miếu, hội quán người Hoa; 120 người có uy tín trong đồng bào dân tộc thiểu số được thăm hỏi, tặng quà định kỳ.
Đồng chí Sơn Thị Thu Hà, Phó Trưởng ban Ban Dân tộc tỉnh; Đại đức Danh Sang, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, Trụ trì chùa Cao Dân (xã Trí Phải) và ông Lâm Khải Quang, Trưởng ban Quản trị Hội quán Phước Kiến trình bày tham luận tại hội nghị. Đại đức Danh Sang đề nghị tăng cường hỗ trợ lớp dạy chữ Khmer hè; năm 2022 các chùa mở 26 lớp với 890 học sinh.
Ông Lâm Khải Quang cho biết, hội quán đã vận động bà con người Hoa đóng góp 1,2 tỷ đồng cho Quỹ "Vì người nghèo" và 650 triệu đồng hỗ trợ học sinh nghèo.
Phát biểu kết luận, đồng chí Châu Thị Mỹ Phương đề nghị năm 2023 các cấp tiếp tục thực hiện Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 24-NQ/TW của BCH Trung ương Đảng khóa IX về công tác dân tộc; tăng cường nắm tình hình, không để kẻ xấu lợi dụng vấn đề dân tộc, tôn giáo gây mất ổn định.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 10 tập thể, 15 cá nhân.
Hồng Nhung
Lượt xem: 764
Tin liên quan
- Thới Bình: gặp mặt người có uy tín (15/12/2022)
- Trần Văn Thời trao nhà đại đoàn kết cho hộ Khmer (02/12/2022)
- U Minh tổ chức Lễ Ok Om Bok (08/11/2022)
- Giao ban khối dân vận quý III/2022 (11/10/2022)
""", "2022-12-21", "Công tác dân vận vùng đồng bào Khmer, Hoa đạt nhiều kết quả nổi bật",
E("tong_ket", "2022", "2022-12-20"),
[P("Châu Thị Mỹ Phương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sơn Thị Thu Hà", "Phó Trưởng ban Ban Dân tộc tỉnh"),
 P("Danh Sang", "Đại đức", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "Trụ trì chùa Cao Dân"),
 P("Lâm Khải Quang", "Trưởng ban Quản trị Hội quán Phước Kiến")],
[Q("32.000 người Khmer", 32000, "người Khmer"), Q("gần 8.800 người Hoa", 8800, "người Hoa", "approx"),
 Q("215 căn nhà đại đoàn kết", 215, "căn nhà đại đoàn kết"), Q("trên 10,75 tỷ đồng", 10750000000, "đồng", "over"),
 Q("430 hộ", 430, "hộ"), Q("3,26%", 3.26, "%"), Q("37 chùa Phật giáo Nam tông Khmer", 37, "chùa Phật giáo Nam tông Khmer"),
 Q("12 miếu, hội quán người Hoa", 12, "miếu, hội quán người Hoa"), Q("120 người có uy tín", 120, "người có uy tín"),
 Q("26 lớp", 26, "lớp"), Q("890 học sinh", 890, "học sinh"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("650 triệu đồng", 650000000, "đồng"), Q("10 tập thể", 10, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11, 12-CT/TU"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", "Kết luận số 65-KL/TW ngày 30/10/2019"),
 D("Nghị quyết", "24", "NQ/TW", None, "BCH Trung ương Đảng khóa IX", "Nghị quyết số 24-NQ/TW")],
[prov("Cà Mau"), com("Trí Phải")],
["BAN DÂN VẬN TỈNH ỦY CÀ MAU", "Bạn đang ở: Trang chủ » Tin hoạt động » Công tác dân tộc", "Ảnh: Toàn cảnh hội nghị.",
 "Vì người nghèo", "Hội quán Phước Kiến", "Lượt xem: 764"],
["21.12.2022 | 16:05", "Hôm nay: Thứ Tư, 21/12/2022", "năm 2022", "năm 2023", "15 năm", "khóa IX", "Lượt xem: 764"]))

PAGES.append(page("b1676-angiang-traoqua-ramadan-cham-2023", """
Báo An Giang Online
Thời sự | Chính trị | Dân tộc - Tôn giáo
08:20 | 29/03/2023
Thăm, tặng quà đồng bào Chăm nhân tháng chay Ramadan
Chiều 28/3, đoàn công tác của Tỉnh ủy, UBND, Ủy ban MTTQ Việt Nam tỉnh An Giang do đồng chí Huỳnh Thị Mỹ Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc mừng và tặng quà Ban Đại diện cộng đồng Hồi giáo tỉnh cùng bà con người Chăm nhân tháng chay Ramadan năm 2023.
Đoàn công tác tặng quà Ban Quản trị thánh đường Mubarak. Ảnh: Ngọc Trai
Cùng đi có các đồng chí: Nguyễn Văn Thép, Phó Trưởng Ban Dân vận Tỉnh ủy; Néang Sa Ry, Phó Trưởng Ban Dân tộc tỉnh; Haji Mohamad Ly, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Tại thánh đường Mubarak (xã Châu Phong, thị xã Tân Châu), đồng chí Huỳnh Thị Mỹ Lan thông tin tình hình kinh tế - xã hội của tỉnh và ghi nhận đồng bào Chăm luôn đoàn kết, chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước. An Giang hiện có khoảng 15.400 người Chăm, sinh hoạt tại 12 thánh đường và 16 tiểu thánh đường, tập trung ở thị xã Tân Châu và các huyện An Phú, Phú Tân, Châu Phú.
Ông Haji Ka Sim, Phó Trưởng Ban Đại diện cộng đồng Hồi giáo tỉnh, Trưởng Ban Quản trị thánh đường Mubarak cảm ơn sự quan tâm của lãnh đạo tỉnh; cho biết năm qua cộng đồng đã vận động 37 hộ Chăm thoát nghèo, 95% trẻ em trong độ tuổi được đến trường và không có con em người Chăm vi phạm pháp luật.
Dịp này, đoàn trao tặng Ban Đại diện cộng đồng Hồi giáo tỉnh 10 triệu đồng; trao 350 phần quà cho hộ Chăm nghèo, cận nghèo ở xã Châu Phong, xã Quốc Thái và xã Nhơn Hội, mỗi phần gồm gạo, đường, dầu ăn và 300.000 đồng tiền mặt. Tổng giá trị quà tặng trong đợt này gần 280 triệu đồng, từ nguồn ngân sách tỉnh và vận động xã hội hóa.
Cũng trong chiều 28/3, đoàn đến thăm thánh đường Jamiul Azhar (xã Nhơn Hội, huyện An Phú) và gia đình ông Haji Sa Lây, người có uy tín ấp Đồng Ky, xã Quốc Thái. Đồng chí Nguyễn Văn Thép đề nghị chính quyền địa phương tiếp tục thực hiện tốt chính sách đối với người có uy tín theo Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ và Kế hoạch số 148-KH/TU của Tỉnh ủy về công tác dân tộc đến năm 2025.
Theo Ban Dân vận Tỉnh ủy, từ nay đến cuối tháng Ramadan, các huyện, thị xã có đồng bào Chăm sẽ tổ chức thăm hỏi toàn bộ 28 thánh đường, tiểu thánh đường trên địa bàn; lực lượng công an, quân sự phối hợp bảo đảm an ninh trật tự trong các ngày lễ Roya Haji.
Tháng chay Ramadan là dịp quan trọng nhất trong năm của người Chăm theo đạo Hồi (Islam). Trong suốt tháng, người lớn nhịn ăn, nhịn uống từ lúc mặt trời mọc đến khi mặt trời lặn, dành thời gian cầu nguyện, làm điều thiện và giúp đỡ người nghèo.
Ngọc Trai
Lượt xem: 1.109
Tin liên quan
- Tân Châu: họp mặt chức sắc, chức việc các tôn giáo (17/03/2023)
- Tri Tôn tổ chức lễ Chôl Chnăm Thmây an toàn (28/02/2023)
- An Phú trao nhà đại đoàn kết cho hộ Chăm nghèo (12/02/2023)
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2022 (30/12/2022)
""", "2023-03-29", "Thăm, tặng quà đồng bào Chăm nhân tháng chay Ramadan",
E("trao_qua", None, "2023-03-28"),
[P("Huỳnh Thị Mỹ Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Thép", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Néang Sa Ry", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Haji Mohamad Ly", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Haji Ka Sim", "Phó Trưởng Ban Đại diện cộng đồng Hồi giáo tỉnh", "Trưởng Ban Quản trị thánh đường Mubarak"),
 P("Haji Sa Lây", "người có uy tín ấp Đồng Ky")],
[Q("khoảng 15.400 người Chăm", 15400, "người Chăm", "approx"), Q("12 thánh đường", 12, "thánh đường"),
 Q("16 tiểu thánh đường", 16, "tiểu thánh đường"), Q("37 hộ Chăm", 37, "hộ Chăm"), Q("95%", 95, "%"),
 Q("10 triệu đồng", 10000000, "đồng"), Q("350 phần quà", 350, "phần quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("gần 280 triệu đồng", 280000000, "đồng", "approx"), Q("28 thánh đường, tiểu thánh đường", 28, "thánh đường, tiểu thánh đường")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018"),
 D("Kế hoạch", "148", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 148-KH/TU của Tỉnh ủy")],
[prov("An Giang"), com("Châu Phong"), com("Quốc Thái"), com("Nhơn Hội")],
["Báo An Giang Online", "Thời sự | Chính trị | Dân tộc - Tôn giáo", "Đoàn công tác tặng quà Ban Quản trị thánh đường Mubarak. Ảnh: Ngọc Trai",
 "Ban Đại diện cộng đồng Hồi giáo tỉnh", "Roya Haji", "Lượt xem: 1.109"],
["08:20 | 29/03/2023", "năm 2023", "năm 2025", "Lượt xem: 1.109"]))

PAGES.append(page("b1677-bentre-mttq-giamsat-tongiao-2023", """
Báo Đồng Khởi Online
Trang chủ > Chính trị > Mặt trận - Đoàn thể
Thứ Sáu, 13/10/2023 - 14:50
Giám sát thực hiện pháp luật về tín ngưỡng, tôn giáo tại Mỏ Cày Nam
ĐK - Ngày 12/10/2023, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bến Tre do ông Lê Văn Trọng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn giám sát việc thực hiện Luật Tín ngưỡng, tôn giáo tại UBND huyện Mỏ Cày Nam, theo Kế hoạch số 42/KH-MTTQ-BTT ngày 20/3/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về giám sát năm 2023.
Ông Lê Văn Trọng phát biểu kết luận buổi giám sát.
Tham gia đoàn có ông Nguyễn Hữu Tài, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh; bà Phạm Thị Kim Chi, Phó Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Dân vận Tỉnh ủy; đại diện Ban Tôn giáo Sở Nội vụ.
Theo báo cáo của UBND huyện, Mỏ Cày Nam có 6 tôn giáo với 47 cơ sở thờ tự và trên 28.600 tín đồ, trong đó đông nhất là Phật giáo, Công giáo và Cao Đài. Từ năm 2018 đến nay, huyện đã giải quyết 14 hồ sơ đề nghị sửa chữa, cải tạo cơ sở thờ tự; 63 trường hợp đăng ký người hoạt động tôn giáo chuyên nghiệp; tổ chức 5 lớp tập huấn kiến thức pháp luật về tôn giáo cho 420 lượt cán bộ, chức sắc. Các tôn giáo đã đóng góp trên 7,3 tỷ đồng cho an sinh xã hội.
Làm việc tại xã An Thạnh và xã Minh Đức, đoàn ghi nhận việc quản lý hoạt động tôn giáo cơ bản đúng quy định. Tuy nhiên, còn 9 cơ sở thờ tự chưa được cấp giấy chứng nhận quyền sử dụng đất; một số hội đoàn tôn giáo tự phát ở xã Minh Đức chưa được hướng dẫn đăng ký. Thượng tọa Thích Minh Đạo, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam huyện Mỏ Cày Nam, trụ trì chùa Long Thiền kiến nghị đơn giản hóa thủ tục xin phép tổ chức lễ hội ngoài cơ sở thờ tự.
Ông Lê Văn Trọng đề nghị UBND huyện rà soát, hoàn chỉnh hồ sơ cấp giấy chứng nhận cho các cơ sở thờ tự trong năm 2024; thực hiện đúng Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Tín ngưỡng, tôn giáo; phát huy vai trò Ban Công tác Mặt trận ở khu dân cư trong nắm tình hình. Kết quả giám sát sẽ được báo cáo Ban Thường vụ Tỉnh ủy, đồng thời gửi Ban Dân vận Tỉnh ủy phục vụ sơ kết Chỉ thị số 18-CT/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo trong tình hình mới.
Đại diện lãnh đạo UBND huyện tiếp thu các ý kiến của đoàn, cho biết sẽ chỉ đạo phòng Nội vụ phối hợp với các xã hoàn thành việc rà soát trong quý I/2024.
Thanh Đồng
Tin liên quan
- Giồng Trôm: đối thoại với chức sắc các tôn giáo (05/10/2023)
- Ban Dân vận Tỉnh ủy giao ban quý III/2023 (27/09/2023)
- Chợ Lách ra mắt mô hình "Giáo xứ xanh - sạch - đẹp" (14/09/2023)
- Thạnh Phú vận động tín đồ Cao Đài hiến đất làm đường (31/08/2023)
""", "2023-10-13", "Giám sát thực hiện pháp luật về tín ngưỡng, tôn giáo tại Mỏ Cày Nam",
E("giam_sat", "2023", "2023-10-12"),
[P("Lê Văn Trọng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Tài", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Thị Kim Chi", "Phó Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Dân vận Tỉnh ủy"),
 P("Thích Minh Đạo", "Thượng tọa", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam huyện Mỏ Cày Nam", "trụ trì chùa Long Thiền")],
[Q("6 tôn giáo", 6, "tôn giáo"), Q("47 cơ sở thờ tự", 47, "cơ sở thờ tự"), Q("trên 28.600 tín đồ", 28600, "tín đồ", "over"),
 Q("14 hồ sơ", 14, "hồ sơ"), Q("63 trường hợp", 63, "trường hợp"), Q("5 lớp tập huấn kiến thức pháp luật về tôn giáo", 5, "lớp tập huấn kiến thức pháp luật về tôn giáo"),
 Q("420 lượt cán bộ, chức sắc", 420, "lượt cán bộ, chức sắc"), Q("trên 7,3 tỷ đồng", 7300000000, "đồng", "over"),
 Q("9 cơ sở thờ tự", 9, "cơ sở thờ tự")],
[D("Kế hoạch", "42", "KH-MTTQ-BTT", "2023-03-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 42/KH-MTTQ-BTT ngày 20/3/2023"),
 D("Nghị định", "162", "2017/NĐ-CP", "2017-12-30", "Chính phủ", "Nghị định số 162/2017/NĐ-CP ngày 30/12/2017"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 18-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Bến Tre"), com("An Thạnh"), com("Minh Đức")],
["Báo Đồng Khởi Online", "Trang chủ > Chính trị > Mặt trận - Đoàn thể", "ĐK", "Ông Lê Văn Trọng phát biểu kết luận buổi giám sát.",
 "Luật Tín ngưỡng, tôn giáo", "Giáo xứ xanh - sạch - đẹp"],
["Thứ Sáu, 13/10/2023 - 14:50", "năm 2023", "Từ năm 2018", "năm 2024", "quý I/2024"]))

PAGES.append(page("b1678-haugiang-hoahao-guongdienhinh-2024", """
BÁO HẬU GIANG ĐIỆN TỬ
Xã hội › Gương sáng
Ngày 18/05/2024 | 07:30
Ảnh: Ông Trần Văn Tư (bìa phải) cùng bà con khảo sát vị trí xây cầu.
"Ông cầu" của đạo hữu Hòa Hảo xã Hòa An
Gần 20 năm qua, tên ông Trần Văn Tư, Phó Trưởng ban Trị sự Phật giáo Hòa Hảo xã Hòa An, huyện Phụng Hiệp, gắn liền với những cây cầu bê tông bắc qua kênh rạch chằng chịt của vùng đất này. Bà con quen gọi ông là "ông cầu".
Ông Tư năm nay 68 tuổi, là tín đồ Phật giáo Hòa Hảo thuần thành. Từ năm 2005, ông cùng 12 đạo hữu lập tổ xây cầu từ thiện, đi vận động từng nhà, từng người. Đến nay, tổ đã xây dựng 74 cây cầu bê tông với tổng kinh phí trên 9,6 tỷ đồng, chủ yếu do tín đồ và bà con đóng góp; riêng ông hiến 1.200 m2 đất vườn để làm đường dẫn vào cầu ở ấp Hòa Đức.
"Mình theo đạo thì phải làm lành, lánh dữ. Có cây cầu, học sinh đi học khỏi lội sông, người bệnh đi viện nhanh hơn, vậy là vui rồi", ông Tư nói.
Không chỉ xây cầu, ông còn tham gia hòa giải ở ấp; mấy năm gần đây, tổ hòa giải do ông làm tổ phó đã hòa giải thành 18 vụ tranh chấp đất đai, mâu thuẫn gia đình. Ông cũng là 1 trong 35 điển hình được tuyên dương trong phong trào "sống tốt đời, đẹp đạo" của huyện năm 2023.
Bà Nguyễn Thị Diễm, Bí thư Đảng ủy xã Hòa An đánh giá, ông Tư là cầu nối giữa cấp ủy, chính quyền với đạo hữu. Nhờ những người như ông, việc vận động Nhân dân thực hiện Nghị quyết số 05-NQ/ĐU của Đảng ủy xã về xây dựng xã nông thôn mới nâng cao được thuận lợi; năm 2023, xã có 98,5% hộ tham gia đóng góp làm đường, cầu.
Ông Lâm Văn Cường, Trưởng Ban Dân vận Huyện ủy Phụng Hiệp cho biết, toàn huyện có khoảng 24.000 tín đồ Phật giáo Hòa Hảo; mô hình tổ xây cầu từ thiện được nhân rộng ra 9 xã, thị trấn, gắn với thực hiện Kế hoạch số 27-KH/HU của Huyện ủy về phát huy vai trò tín đồ các tôn giáo trong xây dựng nông thôn mới. Năm 2024, Ban Dân vận Huyện ủy đề xuất khen thưởng ông Tư cùng tổ xây cầu theo Quyết định số 1035/QĐ-UBND của UBND tỉnh về khen thưởng điển hình "Dân vận khéo".
Dù tuổi cao, ông Tư vẫn ấp ủ dự định xây thêm 5 cây cầu ở các ấp còn khó khăn của xã Hòa An và xã Tân Long. "Còn sức thì còn làm", ông nói.
Những năm qua, phong trào thi đua "sống tốt đời, đẹp đạo" trong tín đồ Phật giáo Hòa Hảo tỉnh Hậu Giang được đẩy mạnh, xuất hiện nhiều gương người tốt, việc tốt. Mỗi cây cầu, mỗi con đường do đạo hữu chung tay làm nên không chỉ giúp việc đi lại thuận tiện mà còn góp phần thắt chặt khối đại đoàn kết toàn dân tộc ở cơ sở.
Bài, ảnh: Mộng Tuyền
Lượt xem: 2.744
Tin khác
- Long Mỹ: gương sáng chức sắc Cao Đài trong giảm nghèo (09/05/2024)
- Vị Thanh: trao 30 căn nhà đại đoàn kết (25/04/2024)
- Ngã Bảy: họp mặt sư sãi Khmer nhân Tết Chôl Chnăm Thmây (12/04/2024)
- Châu Thành A: tuyên dương gương "Dân vận khéo" (28/03/2024)
""", "2024-05-18", '"Ông cầu" của đạo hữu Hòa Hảo xã Hòa An',
E("khac", None, None),
[P("Trần Văn Tư", "Phó Trưởng ban Trị sự Phật giáo Hòa Hảo xã Hòa An"),
 P("Nguyễn Thị Diễm", "Bí thư Đảng ủy xã Hòa An"),
 P("Lâm Văn Cường", "Trưởng Ban Dân vận Huyện ủy Phụng Hiệp")],
[Q("12 đạo hữu", 12, "đạo hữu"), Q("74 cây cầu bê tông", 74, "cây cầu bê tông"), Q("trên 9,6 tỷ đồng", 9600000000, "đồng", "over"),
 Q("1.200 m2", 1200, "m2"), Q("18 vụ tranh chấp đất đai, mâu thuẫn gia đình", 18, "vụ tranh chấp đất đai, mâu thuẫn gia đình"),
 Q("35 điển hình", 35, "điển hình"), Q("98,5%", 98.5, "%"), Q("khoảng 24.000 tín đồ Phật giáo Hòa Hảo", 24000, "tín đồ Phật giáo Hòa Hảo", "approx"),
 Q("9 xã, thị trấn", 9, "xã, thị trấn"), Q("5 cây cầu", 5, "cây cầu")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU của Đảng ủy xã"),
 D("Kế hoạch", "27", "KH/HU", None, "Huyện ủy", "Kế hoạch số 27-KH/HU của Huyện ủy"),
 D("Quyết định", "1035", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1035/QĐ-UBND của UBND tỉnh")],
[prov("Hậu Giang"), com("Hòa An"), com("Tân Long")],
["BÁO HẬU GIANG ĐIỆN TỬ", "Xã hội › Gương sáng", "Ảnh: Ông Trần Văn Tư (bìa phải) cùng bà con khảo sát vị trí xây cầu.",
 "ông cầu", "sống tốt đời, đẹp đạo", "Dân vận khéo", "Lượt xem: 2.744"],
["Ngày 18/05/2024 | 07:30", "Gần 20 năm", "68 tuổi", "Từ năm 2005", "1 trong 35", "năm 2023", "Năm 2024", "Lượt xem: 2.744"]))
