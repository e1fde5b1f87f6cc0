from lib import *
PAGES = []

PAGES.append(page("b9281-kontum-ubkt-traoqua-2021", """
BÁO KON TUM ĐIỆN TỬ
Trang chủ › Xã hội › Vì người nghèo
Thứ Sáu, 29/01/2021 - 16:20
Ủy ban Kiểm tra Tỉnh ủy tặng quà Tết cho hộ nghèo xã Đăk Na
Ngày 28/1, đoàn công tác Ủy ban Kiểm tra Tỉnh ủy Kon Tum do đồng chí A Pớt, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy làm trưởng đoàn đã đến thăm, tặng quà Tết Tân Sửu 2021 cho đồng bào xã Đăk Na, huyện Tu Mơ Rông, xã kết nghĩa của cơ quan.
Đồng chí A Pớt trao quà cho hộ nghèo thôn Kon Hia 3. Ảnh: Y Mai
Tại buổi trao quà, đoàn đã tặng 120 suất quà cho hộ nghèo, hộ cận nghèo người Xơ Đăng, mỗi suất quà trị giá 500.000 đồng gồm gạo, dầu ăn, bánh kẹo và tiền mặt; tặng 15 suất học bổng cho học sinh có hoàn cảnh khó khăn và trao 2 con bò giống cho 2 hộ nghèo thôn Đăk Dế. Tổng trị giá quà hơn 75 triệu đồng, do cán bộ, công chức, người lao động cơ quan Ủy ban Kiểm tra Tỉnh ủy đóng góp và vận động các nhà hảo tâm.
Thông tin với đoàn, bà Y Hlinh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Đăk Na, cho biết xã có 1.142 hộ, trong đó 389 hộ nghèo, chiếm 34,1%. Năm 2020, nhờ sự giúp đỡ của các cơ quan kết nghĩa, xã đã giảm được 57 hộ nghèo; Chi bộ các thôn được củng cố, không có đảng viên vi phạm phải xử lý kỷ luật.
Già làng A Phiên, người có uy tín thôn Tu Mơ Rông, bày tỏ cảm ơn và hứa sẽ vận động con cháu không nghe kẻ xấu xúi giục, giữ gìn đoàn kết, chăm lo làm ăn.
Thay mặt đoàn, đồng chí A Pớt gửi lời chúc Tết đến bà con, đề nghị cấp ủy, chính quyền xã tiếp tục phát huy vai trò người có uy tín, vận động đồng bào tham gia phòng, chống dịch Covid-19, thực hiện "5K". Đồng chí cũng đề nghị Ủy ban Kiểm tra Đảng ủy xã chú trọng giám sát việc sử dụng các nguồn hỗ trợ, bảo đảm công khai, đến đúng đối tượng.
Thực hiện Kế hoạch số 12-KH/UBKT của Ủy ban Kiểm tra Tỉnh ủy về giúp đỡ xã kết nghĩa giai đoạn 2020 - 2025, từ năm 2016 đến nay cơ quan đã hỗ trợ xã Đăk Na xây 3 nhà ở cho hộ nghèo và sửa chữa nhà sinh hoạt cộng đồng thôn Kon Hia 3. Cùng ngày, đoàn đã đến thăm, tặng quà 7 gia đình chính sách ở xã Măng Ri. Năm 2020, cơ quan còn phối hợp với Đảng ủy xã Đăk Na mở 2 lớp bồi dưỡng nghiệp vụ kiểm tra, giám sát cho 24 cán bộ thuộc 10 chi bộ thôn, giúp các chi bộ ghi chép sổ sách, lập biên bản giám sát đảng viên đúng quy định.
Ông A Dũi, Bí thư Chi bộ thôn Đăk Dế, cho biết bà con rất phấn khởi, nhất là các hộ được nhận bò giống, vì "có con bò là có cái vốn để thoát nghèo".
Y Mai
Tin liên quan
- Ủy ban Kiểm tra Tỉnh ủy tổng kết công tác năm 2020 (15/01/2021)
- Ngọc Hồi: kỷ luật 2 đảng viên vi phạm (08/01/2021)
- Tặng quà Tết cho đồng bào biên giới Đăk Glei (05/01/2021)
""", "2021-01-29", "Ủy ban Kiểm tra Tỉnh ủy tặng quà Tết cho hộ nghèo xã Đăk Na",
E("trao_qua", None, "2021-01-28"),
[P("A Pớt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", "trưởng đoàn"),
 P("Y Hlinh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Đăk Na"),
 P("A Phiên", "Già làng", "người có uy tín thôn Tu Mơ Rông"),
 P("A Dũi", "Bí thư Chi bộ thôn Đăk Dế")],
[Q("120 suất quà", 120, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("15 suất học bổng", 15, "suất học bổng"),
 Q("2 con bò giống", 2, "con bò giống"), Q("2 hộ nghèo", 2, "hộ nghèo"), Q("hơn 75 triệu đồng", 75000000, "đồng", "over"),
 Q("1.142 hộ", 1142, "hộ"), Q("389 hộ nghèo", 389, "hộ nghèo"), Q("34,1%", 34.1, "%"), Q("57 hộ nghèo", 57, "hộ nghèo"),
 Q("3 nhà ở", 3, "nhà ở"), Q("7 gia đình chính sách", 7, "gia đình chính sách"),
 Q("2 lớp bồi dưỡng", 2, "lớp bồi dưỡng"), Q("24 cán bộ", 24, "cán bộ"), Q("10 chi bộ thôn", 10, "chi bộ thôn")],
[D("Kế hoạch", "12", "KH/UBKT", None, "Ủy ban Kiểm tra Tỉnh ủy", "Kế hoạch số 12-KH/UBKT")],
[prov("Kon Tum"), com("Đăk Na"), com("Măng Ri")],
["BÁO KON TUM ĐIỆN TỬ", "Trang chủ › Xã hội › Vì người nghèo", "Đồng chí A Pớt trao quà cho hộ nghèo thôn Kon Hia 3. Ảnh: Y Mai",
 "5K", "có con bò là có cái vốn để thoát nghèo", "Covid-19"],
["Thứ Sáu, 29/01/2021 - 16:20", "Tết Tân Sửu 2021", "5K", "Năm 2020", "giai đoạn 2020 - 2025", "năm 2016", "Kon Hia 3", "Covid-19"]))

PAGES.append(page("b9282-haiphong-ubkt-baocao-q1-2022", """
BÁO HẢI PHÒNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ HẢI PHÒNG
Thời sự / Chính trị / Kiểm tra - Giám sát
12 tháng 4, 2022 | 08:20
Quý I/2022, ủy ban kiểm tra các cấp kỷ luật 39 đảng viên
(BHP) - Theo Báo cáo số 128-BC/UBKT ngày 8/4/2022 của Ủy ban Kiểm tra Thành ủy Hải Phòng về kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng quý I năm 2022, cấp ủy và ủy ban kiểm tra các cấp trong thành phố đã thi hành kỷ luật 39 đảng viên, tăng 8 trường hợp so với cùng kỳ năm trước.
Trụ sở Thành ủy Hải Phòng. Ảnh tư liệu
Cụ thể, trong quý I, cấp ủy các cấp đã kiểm tra 186 tổ chức đảng và 402 đảng viên, giám sát 243 tổ chức đảng. Ủy ban kiểm tra các cấp kiểm tra khi có dấu hiệu vi phạm đối với 6 tổ chức đảng và 27 đảng viên; kết luận 22 đảng viên có vi phạm, chiếm 81,5%. Trong số đảng viên bị kỷ luật, 10 đảng viên vi phạm trong lĩnh vực quản lý đất đai, xây dựng, chiếm 25,6%; 4 đảng viên bị khai trừ.
Ủy ban kiểm tra các cấp đã kiểm tra tài chính đảng 58 tổ chức đảng, kiểm tra tài chính của cấp ủy cấp dưới đối với 12 đảng bộ; qua kiểm tra, kiến nghị thu hồi 4,7 tỷ đồng ở các đơn vị sự nghiệp có thu. Các cơ quan kiểm tra tiếp nhận 73 đơn tố cáo, khiếu nại kỷ luật đảng, đã giải quyết 41 đơn.
Báo cáo cho biết, 15 quận, huyện ủy đã hoàn thành việc ban hành quy chế làm việc của ủy ban kiểm tra khóa mới theo Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương và Hướng dẫn số 02-HD/TW của Ban Bí thư. Ủy ban Kiểm tra Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành Kế hoạch số 97-KH/TU về kiểm tra, giám sát việc kê khai, công khai tài sản, thu nhập năm 2021.
Một số vụ việc tiêu biểu được nêu trong báo cáo như: Ban Thường vụ Đảng ủy phường Cát Bi bị kỷ luật khiển trách do buông lỏng lãnh đạo công tác quản lý trật tự xây dựng; ông Phạm Văn Thìn, Đảng ủy viên, Phó Chủ tịch UBND xã Lập Lễ, bị kỷ luật cảnh cáo vì vi phạm trong quản lý đất công.
Theo đồng chí Lê Văn Thuần, Thành ủy viên, Chủ nhiệm Ủy ban Kiểm tra Thành ủy, quý II, Ủy ban tập trung kiểm tra khi có dấu hiệu vi phạm đối với tổ chức đảng, đảng viên liên quan lĩnh vực đầu tư công, quản lý khu công nghiệp; giám sát chuyên đề 8 quận ủy, huyện ủy về thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương. Phó Chủ nhiệm Ủy ban Kiểm tra Thành ủy Nguyễn Thị Mai Hoa cho biết sẽ đẩy mạnh ứng dụng phần mềm quản lý hồ sơ kiểm tra trong toàn Đảng bộ.
Minh Nguyệt
Tin cùng chuyên mục
- Kỳ họp thứ 11 Ủy ban Kiểm tra Thành ủy (05/04/2022)
- Thủy Nguyên: kỷ luật 3 đảng viên vi phạm đất đai (28/03/2022)
- Giám sát việc kê khai tài sản tại Đảng bộ Khối (17/03/2022)
""", "2022-04-12", "Quý I/2022, ủy ban kiểm tra các cấp kỷ luật 39 đảng viên",
E("bao_cao", "2022-Q1", "2022-04-08"),
[P("Phạm Văn Thìn", "Đảng ủy viên", "Phó Chủ tịch UBND xã Lập Lễ"),
 P("Lê Văn Thuần", "Thành ủy viên", "Chủ nhiệm Ủy ban Kiểm tra Thành ủy"),
 P("Nguyễn Thị Mai Hoa", "Phó Chủ nhiệm Ủy ban Kiểm tra Thành ủy")],
[Q("39 đảng viên", 39, "đảng viên"), Q("8 trường hợp", 8, "trường hợp"), Q("186 tổ chức đảng", 186, "tổ chức đảng"),
 Q("402 đảng viên", 402, "đảng viên"), Q("243 tổ chức đảng", 243, "tổ chức đảng"), Q("6 tổ chức đảng", 6, "tổ chức đảng"),
 Q("27 đảng viên", 27, "đảng viên"), Q("22 đảng viên", 22, "đảng viên"), Q("81,5%", 81.5, "%"), Q("10 đảng viên", 10, "đảng viên"),
 Q("25,6%", 25.6, "%"), Q("4 đảng viên", 4, "đảng viên"), Q("58 tổ chức đảng", 58, "tổ chức đảng"), Q("12 đảng bộ", 12, "đảng bộ"),
 Q("4,7 tỷ đồng", 4700000000, "đồng"), Q("73 đơn tố cáo, khiếu nại kỷ luật đảng", 73, "đơn tố cáo, khiếu nại kỷ luật đảng"),
 Q("41 đơn", 41, "đơn"), Q("15 quận, huyện ủy", 15, "quận, huyện ủy"), Q("8 quận ủy, huyện ủy", 8, "quận ủy, huyện ủy")],
[D("Báo cáo", "128", "BC/UBKT", "2022-04-08", "Ủy ban Kiểm tra Thành ủy Hải Phòng", "Báo cáo số 128-BC/UBKT ngày 8/4/2022"),
 D("Quy định", "22", "QĐ/TW", "2021-07-28", "Ban Chấp hành Trung ương", "Quy định số 22-QĐ/TW ngày 28/7/2021"),
 D("Hướng dẫn", "02", "HD/TW", None, "Ban Bí thư", "Hướng dẫn số 02-HD/TW"),
 D("Kế hoạch", "97", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch số 97-KH/TU"),
 D("Kết luận", "21", "KL/TW", None, "Ban Chấp hành Trung ương", "Kết luận số 21-KL/TW")],
[prov("Hải Phòng"), com("Cát Bi"), com("Lập Lễ")],
["BÁO HẢI PHÒNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ HẢI PHÒNG", "Thời sự / Chính trị / Kiểm tra - Giám sát", "(BHP)",
 "Trụ sở Thành ủy Hải Phòng. Ảnh tư liệu"],
["12 tháng 4, 2022 | 08:20", "Quý I/2022", "quý I năm 2022", "quý I", "quý II", "năm 2021", "cùng kỳ năm trước"]))

PAGES.append(page("b9283-ninhthuan-ubkt-giamsat-2023", """
Báo Ninh Thuận điện tử
Chính trị - Xây dựng Đảng
2023-08-24 16:40
Giám sát việc thực hiện Quy định 69 tại Đảng bộ xã Phước Hà
Ngày 23/8, Đoàn giám sát của Ủy ban Kiểm tra Tỉnh ủy Ninh Thuận do đồng chí Thuận Văn Tâm, Tỉnh ủy viên, Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Đảng ủy xã Phước Hà (huyện Thuận Nam) theo chương trình giám sát năm 2023 của Ủy ban.
Quang cảnh buổi làm việc.
Đoàn được thành lập theo Quyết định số 214-QĐ/UBKT ngày 3/8/2023 của Ủy ban Kiểm tra Tỉnh ủy, giám sát việc lãnh đạo, chỉ đạo thực hiện Quy định số 69-QĐ/TW ngày 6/7/2022 của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi phạm và Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương khóa XIII; thời kỳ giám sát từ tháng 7/2022 đến tháng 6/2023.
Theo báo cáo của Đảng ủy xã, Đảng bộ có 9 chi bộ trực thuộc với 164 đảng viên, trong đó 58 đảng viên là người Raglai. Thời kỳ giám sát, Đảng ủy xã đã tổ chức quán triệt Quy định 69 cho 100% đảng viên; Ủy ban Kiểm tra Đảng ủy xã kiểm tra 4 chi bộ, giám sát 12 đảng viên; xử lý kỷ luật 2 đảng viên vi phạm chính sách dân số và việc sử dụng đất rừng. Xã đã vận động người dân trả lại hơn 14 ha đất rừng lấn chiếm.
Qua giám sát, đồng chí Katơr Văn Tuấn, Ủy viên Ủy ban Kiểm tra Tỉnh ủy, thành viên đoàn, chỉ ra một số hạn chế: việc lập hồ sơ kiểm tra ở một số chi bộ thôn chưa đầy đủ; thời gian xem xét kỷ luật có trường hợp kéo dài quá 60 ngày; chưa thực hiện thông báo kết quả xử lý kỷ luật đến nơi cư trú của đảng viên.
Tiếp thu ý kiến, bà Pinăng Thị Hòa, Bí thư Đảng ủy xã Phước Hà, cho biết Đảng ủy sẽ kiện toàn Ủy ban Kiểm tra Đảng ủy xã, bố trí thêm 1 cán bộ chuyên trách, rà soát lại toàn bộ hồ sơ kỷ luật từ năm 2022. Ông Bá Văn Lự, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã, đề nghị tỉnh tổ chức tập huấn Quy định 69 cho cán bộ kiểm tra cơ sở vùng đồng bào dân tộc thiểu số.
Phát biểu kết luận, đồng chí Thuận Văn Tâm ghi nhận Đảng ủy xã đã có nhiều cố gắng trong điều kiện địa bàn rộng, đời sống đồng bào còn khó khăn; đề nghị Đảng ủy xã xây dựng kế hoạch khắc phục trong vòng 30 ngày, báo cáo kết quả về Ủy ban Kiểm tra Tỉnh ủy. Đoàn sẽ tiếp tục giám sát Đảng ủy xã Phước Dinh trong tuần tới.
Cũng trong chương trình năm 2023, Ủy ban Kiểm tra Tỉnh ủy đã giám sát 7 tổ chức đảng cấp huyện và cơ sở; qua đó đã chuyển 1 trường hợp sang kiểm tra khi có dấu hiệu vi phạm.
Quảng Thị Ngọc Lan
Tin liên quan
- Ủy ban Kiểm tra Tỉnh ủy giám sát Đảng ủy Sở Tài nguyên và Môi trường (15/08/2023)
- Bác Ái: kỷ luật 1 đảng viên vi phạm đất rừng (02/08/2023)
- Kỳ họp thứ 16 Ủy ban Kiểm tra Tỉnh ủy (27/07/2023)
""", "2023-08-24", "Giám sát việc thực hiện Quy định 69 tại Đảng bộ xã Phước Hà",
E("giam_sat", "2023", "2023-08-23"),
[P("Thuận Văn Tâm", "Tỉnh ủy viên", "Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Tỉnh ủy", "trưởng đoàn"),
 P("Katơr Văn Tuấn", "Ủy viên Ủy ban Kiểm tra Tỉnh ủy", "thành viên đoàn"),
 P("Pinăng Thị Hòa", "Bí thư Đảng ủy xã Phước Hà"),
 P("Bá Văn Lự", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã")],
[Q("9 chi bộ trực thuộc", 9, "chi bộ trực thuộc"), Q("164 đảng viên", 164, "đảng viên"), Q("58 đảng viên", 58, "đảng viên"),
 Q("100%", 100, "%"), Q("4 chi bộ", 4, "chi bộ"), Q("12 đảng viên", 12, "đảng viên"), Q("2 đảng viên", 2, "đảng viên"),
 Q("hơn 14 ha", 14, "ha", "over"), Q("1 cán bộ chuyên trách", 1, "cán bộ chuyên trách"),
 Q("7 tổ chức đảng cấp huyện và cơ sở", 7, "tổ chức đảng cấp huyện và cơ sở"), Q("1 trường hợp", 1, "trường hợp")],
[D("Quyết định", "214", "QĐ/UBKT", "2023-08-03", "Ủy ban Kiểm tra Tỉnh ủy", "Quyết định số 214-QĐ/UBKT ngày 3/8/2023"),
 D("Quy định", "69", "QĐ/TW", "2022-07-06", "Bộ Chính trị", "Quy định số 69-QĐ/TW ngày 6/7/2022"),
 D("Kết luận", "21", "KL/TW", "2021-10-25", "Ban Chấp hành Trung ương khóa XIII", "Kết luận số 21-KL/TW ngày 25/10/2021")],
[prov("Ninh Thuận"), com("Phước Hà"), com("Phước Dinh")],
["Báo Ninh Thuận điện tử", "Chính trị - Xây dựng Đảng", "Quang cảnh buổi làm việc.", "Quy định 69"],
["2023-08-24 16:40", "năm 2023", "tháng 7/2022", "tháng 6/2023", "Quy định 69", "quá 60 ngày", "năm 2022", "30 ngày", "tuần tới", "khóa XIII"]))

PAGES.append(page("b9284-caobang-ubkt-taphuan-2023", """
BÁO CAO BẰNG
Bạn đang ở: Trang chủ » Chính trị » Xây dựng Đảng
Ngày 16/06/2023 | 09:15
Học viên trao đổi tình huống tại lớp tập huấn.
Tập huấn nghiệp vụ kiểm tra, giám sát cho cán bộ cơ sở năm 2023
Ngày 14 và 15/6, Ủy ban Kiểm tra Tỉnh ủy Cao Bằng tổ chức tập huấn nghiệp vụ công tác kiểm tra, giám sát năm 2023 cho 186 học viên là chủ nhiệm, phó chủ nhiệm, ủy viên ủy ban kiểm tra đảng ủy xã, phường, thị trấn và cán bộ ủy ban kiểm tra các huyện ủy, thành ủy. Đồng chí Lục Văn Hồng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy dự, phát biểu khai mạc.
Theo Kế hoạch số 28-KH/UBKT của Ủy ban Kiểm tra Tỉnh ủy, lớp tập huấn gồm 5 chuyên đề: quy trình kiểm tra đảng viên và tổ chức đảng cấp dưới khi có dấu hiệu vi phạm; giám sát thường xuyên; giải quyết tố cáo, khiếu nại kỷ luật đảng; kiểm tra tài chính đảng; kỹ năng lập hồ sơ và viết báo cáo. Nội dung bám sát Quy định số 22-QĐ/TW của Ban Chấp hành Trung ương, Hướng dẫn số 02-HD/TW của Ban Bí thư và Hướng dẫn số 05-HD/UBKTTW ngày 22/6/2022 của Ủy ban Kiểm tra Trung ương.
Trực tiếp truyền đạt có đồng chí Bế Thị Thu, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy và TS. Hà Văn Nhị, giảng viên Trường Chính trị Hoàng Đình Giong. Các báo cáo viên dành nhiều thời gian phân tích tình huống cụ thể, như việc xử lý đảng viên tham gia "Hội thánh Đức Chúa Trời mẹ", hay trường hợp đảng viên vi phạm luật hôn nhân ở vùng đồng bào Mông.
Năm 2022, ủy ban kiểm tra các cấp trong tỉnh đã kiểm tra 217 tổ chức đảng và 463 đảng viên; thi hành kỷ luật 52 đảng viên. Tuy vậy, ở 161 xã, phường, thị trấn sau sắp xếp, nhiều cán bộ ủy ban kiểm tra cơ sở mới được bầu bổ sung, chưa qua đào tạo nghiệp vụ, còn 30% ủy ban kiểm tra cơ sở chưa xây dựng được chương trình giám sát sát thực tế.
Tại lớp học, bà Nông Thị Hạnh, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Đàm Thủy, chia sẻ kinh nghiệm giám sát chi bộ xóm qua sổ ghi biên bản sinh hoạt. Ông Lầu Văn Chứ, Ủy viên Ủy ban Kiểm tra Đảng ủy thị trấn Thông Nông, đề nghị tỉnh biên soạn sổ tay nghiệp vụ ngắn gọn, có ví dụ bằng tiếng Mông, tiếng Nùng.
Bế giảng lớp học, đồng chí Lục Văn Hồng yêu cầu học viên về cơ sở tham mưu cấp ủy rà soát lại chương trình kiểm tra, giám sát 6 tháng cuối năm; mỗi ủy ban kiểm tra đảng ủy cơ sở thực hiện ít nhất 2 cuộc giám sát chuyên đề trong năm 2023. Kết thúc lớp học, 100% học viên được cấp giấy chứng nhận.
Nông Hải
Lượt xem: 615
Tin khác
- Hà Quảng: kiểm tra tài chính đảng 14 chi bộ (09/06/2023)
- Kỳ họp thứ 20 Ủy ban Kiểm tra Tỉnh ủy (31/05/2023)
- Giám sát Ban Thường vụ Huyện ủy Bảo Lâm (22/05/2023)
""", "2023-06-16", "Tập huấn nghiệp vụ kiểm tra, giám sát cho cán bộ cơ sở năm 2023",
E("tap_huan", "2023", "2023-06-14"),
[P("Lục Văn Hồng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Bế Thị Thu", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Hà Văn Nhị", "TS.", "giảng viên Trường Chính trị Hoàng Đình Giong"),
 P("Nông Thị Hạnh", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Đàm Thủy"),
 P("Lầu Văn Chứ", "Ủy viên Ủy ban Kiểm tra Đảng ủy thị trấn Thông Nông")],
[Q("186 học viên", 186, "học viên"), Q("5 chuyên đề", 5, "chuyên đề"), Q("217 tổ chức đảng", 217, "tổ chức đảng"),
 Q("463 đảng viên", 463, "đảng viên"), Q("52 đảng viên", 52, "đảng viên"), Q("161 xã, phường, thị trấn", 161, "xã, phường, thị trấn"),
 Q("30%", 30, "%"), Q("ít nhất 2 cuộc giám sát chuyên đề", 2, "cuộc giám sát chuyên đề", "over"), Q("100%", 100, "%")],
[D("Kế hoạch", "28", "KH/UBKT", None, "Ủy ban Kiểm tra Tỉnh ủy", "Kế hoạch số 28-KH/UBKT"),
 D("Quy định", "22", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định số 22-QĐ/TW"),
 D("Hướng dẫn", "02", "HD/TW", None, "Ban Bí thư", "Hướng dẫn số 02-HD/TW"),
 D("Hướng dẫn", "05", "HD/UBKTTW", "2022-06-22", "Ủy ban Kiểm tra Trung ương", "Hướng dẫn số 05-HD/UBKTTW ngày 22/6/2022")],
[prov("Cao Bằng"), com("Đàm Thủy"), com("Thông Nông")],
["BÁO CAO BẰNG", "Bạn đang ở: Trang chủ » Chính trị » Xây dựng Đảng", "Học viên trao đổi tình huống tại lớp tập huấn.",
 "Hội thánh Đức Chúa Trời mẹ", "Trường Chính trị Hoàng Đình Giong", "Lượt xem: 615"],
["Ngày 16/06/2023 | 09:15", "năm 2023", "Năm 2022", "6 tháng cuối năm", "Lượt xem: 615"]))

PAGES.append(page("b9285-angiang-ubkt-tongket-2024", """
BÁO AN GIANG ONLINE
Chủ Nhật, 22/12/2024
Chính trị › Xây dựng Đảng
Cập nhật: 15:10, 21/12/2024 (GMT+7)
Ảnh: Toàn cảnh hội nghị tổng kết.
An Giang: Thi hành kỷ luật 156 đảng viên trong năm 2024
(BAG) - Ngày 20/12, Ủy ban Kiểm tra Tỉnh ủy An Giang tổ chức hội nghị tổng kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2024, triển khai phương hướng, nhiệm vụ năm 2025. Đồng chí Nguyễn Thanh Nhàn, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì hội nghị.
Năm 2024, cấp ủy các cấp đã kiểm tra 1.487 tổ chức đảng và 4.215 đảng viên; giám sát chuyên đề 962 tổ chức đảng và 1.318 đảng viên. Ủy ban kiểm tra các cấp kiểm tra khi có dấu hiệu vi phạm đối với 31 tổ chức đảng và 148 đảng viên; kết luận 119 đảng viên có vi phạm, trong đó phải thi hành kỷ luật 87 đảng viên. Toàn Đảng bộ đã thi hành kỷ luật 6 tổ chức đảng và 156 đảng viên, trong đó 21 đảng viên bị khai trừ. Kiểm tra tài chính đảng tại 412 tổ chức đảng, kiến nghị thu hồi gần 1,9 tỷ đồng.
Ủy ban Kiểm tra Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 215, 216-KH/TU về kiểm tra, giám sát việc thực hiện Quy định số 131-QĐ/TW ngày 27/10/2023 của Bộ Chính trị về kiểm soát quyền lực, phòng, chống tham nhũng, tiêu cực trong công tác kiểm tra, giám sát, thi hành kỷ luật đảng và Quy định số 69-QĐ/TW của Bộ Chính trị. Công tác thẩm tra nhân sự chuẩn bị đại hội đảng bộ các cấp theo Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị được triển khai sớm.
Tham luận tại hội nghị, đồng chí Chau Sóc Ly, HUV, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Tri Tôn, cho biết huyện đã giám sát 100% chi bộ ấp có đông đồng bào Khmer, kịp thời nhắc nhở 9 đảng viên có biểu hiện vi phạm. Bà Néang Sa Phia, Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Ô Lâm, đề nghị tăng thời lượng bồi dưỡng nghiệp vụ cho cán bộ kiểm tra cơ sở. Ông Mohamad Kha Ri, Ủy viên Ủy ban Kiểm tra Đảng ủy xã Châu Phong, chia sẻ cách giám sát đảng viên trong cộng đồng người Chăm theo đạo Hồi.
Phát biểu chỉ đạo, đồng chí Lê Văn Phước, Phó Bí thư Tỉnh ủy, đề nghị năm 2025 ủy ban kiểm tra các cấp thực hiện tốt công tác kiểm tra, giám sát phục vụ đại hội, đồng thời giám sát chặt chẽ việc sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương; kiên quyết không để người có vi phạm, có biểu hiện cơ hội chính trị lọt vào cấp ủy khóa mới.
Dịp này, Ủy ban Kiểm tra Trung ương tặng bằng khen cho 2 tập thể; Ủy ban Kiểm tra Tỉnh ủy tặng giấy khen cho 18 tập thể và 27 cá nhân.
Thanh Tiến
Tin liên quan
- Kỳ họp thứ 31 Ủy ban Kiểm tra Tỉnh ủy (12/12/2024)
- Chợ Mới: kỷ luật 4 đảng viên vi phạm đất đai (05/12/2024)
- Giám sát chuẩn bị đại hội chi bộ trực thuộc (28/11/2024)
""", "2024-12-21", "An Giang: Thi hành kỷ luật 156 đảng viên trong năm 2024",
E("tong_ket", "2024", "2024-12-20"),
[P("Nguyễn Thanh Nhàn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Chau Sóc Ly", "HUV", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Tri Tôn"),
 P("Néang Sa Phia", "Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Ô Lâm"),
 P("Mohamad Kha Ri", "Ủy viên Ủy ban Kiểm tra Đảng ủy xã Châu Phong"),
 P("Lê Văn Phước", "Phó Bí thư Tỉnh ủy")],
[Q("1.487 tổ chức đảng", 1487, "tổ chức đảng"), Q("4.215 đảng viên", 4215, "đảng viên"), Q("962 tổ chức đảng", 962, "tổ chức đảng"),
 Q("1.318 đảng viên", 1318, "đảng viên"), Q("31 tổ chức đảng", 31, "tổ chức đảng"), Q("148 đảng viên", 148, "đảng viên"),
 Q("119 đảng viên", 119, "đảng viên"), Q("87 đảng viên", 87, "đảng viên"), Q("6 tổ chức đảng", 6, "tổ chức đảng"),
 Q("156 đảng viên", 156, "đảng viên"), Q("21 đảng viên", 21, "đảng viên"), Q("412 tổ chức đảng", 412, "tổ chức đảng"),
 Q("gần 1,9 tỷ đồng", 1900000000, "đồng", "approx"), Q("100%", 100, "%"), Q("9 đảng viên", 9, "đảng viên"),
 Q("2 tập thể", 2, "tập thể"), Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Kế hoạch", "215", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 215, 216-KH/TU"),
 D("Kế hoạch", "216", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 215, 216-KH/TU"),
 D("Quy định", "131", "QĐ/TW", "2023-10-27", "Bộ Chính trị", "Quy định số 131-QĐ/TW ngày 27/10/2023"),
 D("Quy định", "69", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 69-QĐ/TW"),
 D("Chỉ thị", "35", "CT/TW", "2024-06-14", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 14/6/2024"),
 D("Nghị quyết", "18", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 18-NQ/TW")],
[prov("An Giang"), com("Ô Lâm"), com("Châu Phong")],
["BÁO AN GIANG ONLINE", "Chủ Nhật, 22/12/2024", "Chính trị › Xây dựng Đảng", "Ảnh: Toàn cảnh hội nghị tổng kết.", "(BAG)"],
["Chủ Nhật, 22/12/2024", "Cập nhật: 15:10, 21/12/2024 (GMT+7)", "năm 2024", "Năm 2024", "năm 2025"]))

PAGES.append(page("b9286-quangtri-ubkt-giaoban-t3-2025", """
Báo Quảng Trị điện tử
Trang chủ - Chính trị - Xây dựng Đảng
04/04/2025 - 07:50
Ủy ban Kiểm tra Tỉnh ủy giao ban tháng 3
QTO - Chiều 3/4, Ủy ban Kiểm tra Tỉnh ủy Quảng Trị tổ chức hội nghị giao ban công tác kiểm tra, giám sát tháng 3/2025 với ủy ban kiểm tra các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc. Đồng chí Hồ Thị Kiên, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì.
Quang cảnh giao ban. Ảnh: H.T
Trong tháng 3, ủy ban kiểm tra các cấp đã kiểm tra 14 tổ chức đảng, giám sát 23 đảng viên; thi hành kỷ luật 5 đảng viên, trong đó 1 đảng viên bị khai trừ do vi phạm pháp luật bị xử lý hình sự. Lũy kế quý I, toàn tỉnh thi hành kỷ luật 13 đảng viên, thu hồi qua kiểm tra tài chính đảng 86 triệu đồng.
Nội dung trọng tâm tháng 3 là giám sát việc thực hiện sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương và Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư; việc kiện toàn ủy ban kiểm tra của Đảng bộ các cơ quan Đảng tỉnh và Đảng bộ UBND tỉnh mới thành lập. Ủy ban Kiểm tra Tỉnh ủy đã ban hành Hướng dẫn số 11-HD/UBKT về quy trình bàn giao hồ sơ, tài liệu kiểm tra của các đảng bộ giải thể.
Tại giao ban, đồng chí Hồ Văn Ngoan, HUV, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Hướng Hóa, cho biết huyện đang rà soát 22 đảng ủy xã để chuẩn bị sắp xếp, trong đó các xã Hướng Lập, A Dơi có đông đảng viên người Vân Kiều, Pa Kô. Đồng chí đề nghị tỉnh sớm có hướng dẫn về việc tiếp tục giải quyết 3 đơn tố cáo đang thụ lý khi không còn tổ chức cấp huyện.
Đồng chí Trương Quang Bình, Chủ nhiệm Ủy ban Kiểm tra Thành ủy Đông Hà, nêu việc nhiều cán bộ kiểm tra có tâm lý lo lắng khi sắp xếp, cần quan tâm công tác tư tưởng. Bà Kê Thị Lan, Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Đakrông, đề nghị giữ ổn định đội ngũ cán bộ kiểm tra có kinh nghiệm ở vùng đồng bào dân tộc thiểu số.
Kết luận giao ban, đồng chí Hồ Thị Kiên yêu cầu tháng 4 ủy ban kiểm tra các cấp tập trung giám sát việc chấp hành Quy định số 69-QĐ/TW và quy định về kiểm soát quyền lực trong công tác cán bộ; không để xảy ra tình trạng "chạy chức, chạy quyền", cục bộ khi sắp xếp nhân sự; phối hợp với Ban Tổ chức Tỉnh ủy thẩm tra nhân sự đại hội đảng bộ cấp xã. Đồng chí Lê Minh Sang, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, quán triệt kế hoạch kiểm tra, giám sát quý II.
Hoàng Táo
Tin cùng chuyên mục
- Ủy ban Kiểm tra Tỉnh ủy họp kỳ thứ 42 (28/03/2025)
- Đakrông: giám sát 6 tổ chức đảng (20/03/2025)
- Kiện toàn Ủy ban Kiểm tra Đảng ủy các cơ quan Đảng tỉnh (06/03/2025)
""", "2025-04-04", "Ủy ban Kiểm tra Tỉnh ủy giao ban tháng 3",
E("giao_ban", "2025-03", "2025-04-03"),
[P("Hồ Thị Kiên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Hồ Văn Ngoan", "HUV", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Hướng Hóa"),
 P("Trương Quang Bình", "Chủ nhiệm Ủy ban Kiểm tra Thành ủy Đông Hà"),
 P("Kê Thị Lan", "Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Đakrông"),
 P("Lê Minh Sang", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy")],
[Q("14 tổ chức đảng", 14, "tổ chức đảng"), Q("23 đảng viên", 23, "đảng viên"), Q("5 đảng viên", 5, "đảng viên"),
 Q("1 đảng viên", 1, "đảng viên"), Q("13 đảng viên", 13, "đảng viên"), Q("86 triệu đồng", 86000000, "đồng"),
 Q("22 đảng ủy xã", 22, "đảng ủy xã"), Q("3 đơn tố cáo", 3, "đơn tố cáo")],
[D("Nghị quyết", "18", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 18-NQ/TW"),
 D("Kết luận", "127", "KL/TW", "2025-02-28", "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW ngày 28/02/2025"),
 D("Hướng dẫn", "11", "HD/UBKT", None, "Ủy ban Kiểm tra Tỉnh ủy", "Hướng dẫn số 11-HD/UBKT"),
 D("Quy định", "69", "QĐ/TW", None, None, "Quy định số 69-QĐ/TW")],
[prov("Quảng Trị"), com("Hướng Lập"), com("A Dơi")],
["Báo Quảng Trị điện tử", "Trang chủ - Chính trị - Xây dựng Đảng", "QTO", "Quang cảnh giao ban. Ảnh: H.T", "chạy chức, chạy quyền"],
["04/04/2025 - 07:50", "tháng 3/2025", "tháng 3", "Lũy kế quý I", "tháng 4", "quý II"]))
