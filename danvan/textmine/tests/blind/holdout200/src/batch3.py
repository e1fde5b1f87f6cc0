from lib import *
PAGES = []

PAGES.append(page("b4769-bentre-soket-2021", """
BAN DÂN VẬN TỈNH ỦY BẾN TRE
Trang chủ :: Tin tức - Sự kiện :: Dân vận chính quyền
Thứ Sáu, 23/07/2021 - 15:30
Hơn 1.300 cuộc tiếp dân, đối thoại của người đứng đầu trong 6 tháng
Ngày 21/7/2021, Ban Dân vận Tỉnh ủy tổ chức hội nghị trực tuyến sơ kết 6 tháng đầu năm 2021 việc thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân. Đồng chí Huỳnh Thị Ngọc Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị tại điểm cầu tỉnh, kết nối với 9 điểm cầu huyện, thành phố.
Điểm cầu Ban Dân vận Tỉnh ủy. Ảnh: Ngọc Hân
Báo cáo do đồng chí Lê Văn Út, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày cho biết, 6 tháng đầu năm, dù ảnh hưởng dịch Covid-19 và hạn, mặn, người đứng đầu cấp ủy, chính quyền các cấp đã tiếp dân, đối thoại hơn 1.300 cuộc, với trên 9.700 lượt người dân; tiếp nhận 2.146 ý kiến, kiến nghị, đã giải quyết 1.873 ý kiến, đạt 87,3%. Riêng cấp tỉnh tổ chức 4 cuộc đối thoại với nông dân vùng bị mặn ở Ba Tri, Bình Đại, Thạnh Phú.
Nhiều địa phương có cách làm hay: Huyện ủy Giồng Trôm duy trì "Ngày thứ Năm lắng nghe dân nói"; Đảng ủy xã An Ngãi Trung (Ba Tri) công khai số điện thoại của Bí thư, Chủ tịch xã trên 12 bảng tin ấp. Tại điểm cầu Thạnh Phú, đồng chí Nguyễn Văn Sáu, HUV, Trưởng Ban Dân vận Huyện ủy, cho biết sau đối thoại, huyện đã đầu tư 8,4 tỷ đồng xây 3 cống ngăn mặn và cấp nước ngọt miễn phí cho 1.150 hộ.
Tuy nhiên, còn 273 ý kiến chưa giải quyết dứt điểm, chủ yếu liên quan bồi thường đất dự án cầu Rạch Miễu 2 và tranh chấp đất đai; một số người đứng đầu còn ủy quyền cho cấp phó đối thoại. Đồng chí Võ Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị đưa kết quả giải quyết kiến nghị sau đối thoại vào tiêu chí đánh giá, xếp loại người đứng đầu cuối năm.
Kết luận hội nghị, đồng chí Huỳnh Thị Ngọc Lan yêu cầu 6 tháng cuối năm các cấp ủy tiếp tục thực hiện Kế hoạch số 38-KH/TU ngày 12/4/2019 của Ban Thường vụ Tỉnh ủy và Quy chế phối hợp số 05-QC/BDVTU-BCSĐUBND giữa Ban Dân vận Tỉnh ủy với Ban cán sự đảng UBND tỉnh; mỗi quý người đứng đầu cấp huyện đối thoại ít nhất 1 lần; các kiến nghị phải có văn bản trả lời trong 15 ngày. Ban Dân vận Tỉnh ủy Bến Tre sẽ phối hợp với Ủy ban Kiểm tra Tỉnh ủy kiểm tra việc thực hiện ở một số huyện trong quý IV, tập trung vào những nơi còn nhiều kiến nghị tồn đọng, kéo dài.
Ngọc Hân
Lượt xem: 811
Các tin khác
- Bến Tre: 300 tổ dân vận hỗ trợ phòng chống dịch (16/07/2021)
- Ba Tri đối thoại với nông dân vùng mặn (02/07/2021)
- Giao ban khối dân vận quý II/2021 (28/06/2021)
- Mỏ Cày Nam: đối thoại với hộ dân vùng dự án (18/06/2021)
""", "2021-07-23", "Hơn 1.300 cuộc tiếp dân, đối thoại của người đứng đầu trong 6 tháng",
E("so_ket", "2021-H1", "2021-07-21"),
[P("Huỳnh Thị Ngọc Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Út", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Sáu", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Võ Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("Hơn 1.300 cuộc", 1300, "cuộc", "over"), Q("9 điểm cầu huyện, thành phố", 9, "điểm cầu huyện, thành phố"),
 Q("trên 9.700 lượt người dân", 9700, "lượt người dân", "over"), Q("2.146 ý kiến, kiến nghị", 2146, "ý kiến, kiến nghị"),
 Q("1.873 ý kiến", 1873, "ý kiến"), Q("87,3%", 87.3, "%"), Q("4 cuộc đối thoại", 4, "cuộc đối thoại"),
 Q("12 bảng tin ấp", 12, "bảng tin ấp"), Q("8,4 tỷ đồng", 8400000000, "đồng"), Q("3 cống ngăn mặn", 3, "cống ngăn mặn"),
 Q("1.150 hộ", 1150, "hộ"), Q("273 ý kiến", 273, "ý kiến"), Q("ít nhất 1 lần", 1, "lần", "over")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "38", "KH/TU", "2019-04-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 38-KH/TU ngày 12/4/2019"),
 D("Quy chế phối hợp", "05", "QC/BDVTU-BCSĐUBND", None, None, "Quy chế phối hợp số 05-QC/BDVTU-BCSĐUBND")],
[prov("Bến Tre"), com("An Ngãi Trung")],
["BAN DÂN VẬN TỈNH ỦY BẾN TRE", "Trang chủ :: Tin tức - Sự kiện :: Dân vận chính quyền", "Điểm cầu Ban Dân vận Tỉnh ủy. Ảnh: Ngọc Hân",
 "Ngày thứ Năm lắng nghe dân nói", "cầu Rạch Miễu 2", "Lượt xem: 811"],
["Thứ Sáu, 23/07/2021 - 15:30", "6 tháng đầu năm 2021", "6 tháng cuối năm", "15 ngày", "quý IV", "Lượt xem: 811"]))

PAGES.append(page("b4770-lamdong-doithoai-2022", """
Báo Lâm Đồng điện tử
Trang chủ › Chính trị › Dân vận
Cập nhật: 09:42, 18/03/2022 (GMT+7)
Lạc Dương: Bí thư Huyện ủy đối thoại với đồng bào K'Ho về đất rừng, sinh kế
(LĐ online) - Ngày 16/3, tại xã Đạ Sar, Huyện ủy Lạc Dương tổ chức hội nghị đối thoại giữa Bí thư Huyện ủy với Nhân dân năm 2022. Đồng chí Nguyễn Văn Đạo, Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì; tham dự có đồng chí Liêng Jrang Ha Nghi, Phó Bí thư Thường trực Huyện ủy, cùng các đồng chí Ủy viên Ban Thường vụ Huyện ủy: Cil Tuấn, Rơ Ông Ha Thai.
Bà con người K'Ho Cil nêu ý kiến tại hội nghị. Ảnh: V.Quỳnh
Gần 200 người dân các xã Đạ Sar, Đạ Chais, Đạ Nhim đã dự hội nghị. Bà Kră Jăn K'Thúy, thôn Đạ Tro, xã Đạ Sar, hỏi vì sao tiền dịch vụ môi trường rừng năm 2021 chỉ được 1,2 triệu đồng/ha, thấp hơn năm trước. Ông Bon Niêng Ha Bang, thôn Đưng K'Si, xã Đạ Chais, đề nghị giao thêm đất sản xuất cho 34 hộ trẻ mới tách hộ. Ông Cil Ha Thái, người có uy tín thôn Đạ Blah, xã Đạ Nhim, phản ánh một số hộ bị đối tượng xấu dụ dỗ bán đất rẫy, cần chính quyền vào cuộc.
Trả lời, ông Phạm Triều, Phó Chủ tịch UBND huyện, giải thích đơn giá chi trả dịch vụ môi trường rừng do lưu vực thủy điện điều chỉnh; năm 2021 huyện chi trả tổng cộng 62,5 tỷ đồng cho 1.830 hộ nhận khoán bảo vệ 41.000 ha rừng. Về đất sản xuất, huyện đang rà soát quỹ đất thu hồi từ các công ty lâm nghiệp theo Nghị quyết số 112/2015/QH13 của Quốc hội để giao cho hộ thiếu đất trong năm 2022.
Phát biểu kết luận, đồng chí Nguyễn Văn Đạo ghi nhận 24 ý kiến, trong đó 17 ý kiến được trả lời trực tiếp; yêu cầu các cơ quan thực hiện Chỉ thị số 27-CT/TU ngày 8/10/2021 của Ban Thường vụ Tỉnh ủy về tăng cường đối thoại với Nhân dân, Kế hoạch số 95-KH/HU của Huyện ủy về phát triển kinh tế vùng đồng bào dân tộc thiểu số; xử lý nghiêm việc mua bán, lấn chiếm đất rừng. Đồng chí cam kết trong quý II sẽ trở lại xã Đạ Sar nghe kết quả giải quyết.
Theo đồng chí Kơ Să Ha Sâm, Trưởng Ban Dân vận Huyện ủy, năm 2021 Huyện ủy tổ chức 5 cuộc đối thoại, giải quyết 92% kiến nghị của bà con; mô hình "Mỗi thôn một cán bộ nắm dân" được duy trì ở 100% thôn đồng bào dân tộc thiểu số trong huyện.
Lạc Dương là huyện có hơn 70% dân số là đồng bào dân tộc thiểu số của tỉnh Lâm Đồng. Sau mỗi hội nghị, Ban Dân vận Huyện ủy phối hợp với Ủy ban MTTQ huyện lập danh mục kiến nghị, giao rõ cơ quan, thời hạn giải quyết và thông báo lại cho bà con qua các buổi sinh hoạt thôn, qua già làng và loa truyền thanh bằng tiếng K'Ho.
V.Quỳnh
Lượt xem: 1.907
Tin liên quan
- Lâm Đồng: 60 già làng được tập huấn kỹ năng hòa giải (10/03/2022)
- Đam Rông ra mắt mô hình "Dân vận khéo" (01/03/2022)
- Lạc Dương hỗ trợ 120 hộ làm nhà (22/02/2022)
""", "2022-03-18", "Lạc Dương: Bí thư Huyện ủy đối thoại với đồng bào K'Ho về đất rừng, sinh kế",
E("doi_thoai", "2022", "2022-03-16"),
[P("Nguyễn Văn Đạo", "Tỉnh ủy viên", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Liêng Jrang Ha Nghi", "Phó Bí thư Thường trực Huyện ủy"),
 P("Cil Tuấn", "Ủy viên Ban Thường vụ Huyện ủy"), P("Rơ Ông Ha Thai", "Ủy viên Ban Thường vụ Huyện ủy"),
 P("Kră Jăn K'Thúy"), P("Bon Niêng Ha Bang"), P("Cil Ha Thái", "người có uy tín thôn Đạ Blah"),
 P("Phạm Triều", "Phó Chủ tịch UBND huyện"),
 P("Kơ Să Ha Sâm", "Trưởng Ban Dân vận Huyện ủy")],
[Q("Gần 200 người dân", 200, "người dân", "approx"), Q("1,2 triệu đồng/ha", 1200000, "đồng"), Q("34 hộ trẻ", 34, "hộ trẻ"),
 Q("62,5 tỷ đồng", 62500000000, "đồng"), Q("1.830 hộ", 1830, "hộ"), Q("41.000 ha", 41000, "ha"),
 Q("24 ý kiến", 24, "ý kiến"), Q("17 ý kiến", 17, "ý kiến"), Q("5 cuộc đối thoại", 5, "cuộc đối thoại"),
 Q("92%", 92, "%"), Q("100%", 100, "%"), Q("hơn 70%", 70, "%", "over")],
[D("Nghị quyết", "112", "2015/QH13", None, "Quốc hội", "Nghị quyết số 112/2015/QH13"),
 D("Chỉ thị", "27", "CT/TU", "2021-10-08", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 27-CT/TU ngày 8/10/2021"),
 D("Kế hoạch", "95", "KH/HU", None, "Huyện ủy", "Kế hoạch số 95-KH/HU")],
[prov("Lâm Đồng"), com("Đạ Sar"), com("Đạ Chais"), com("Đạ Nhim")],
["Báo Lâm Đồng điện tử", "Trang chủ › Chính trị › Dân vận", "(LĐ online)", "Bà con người K'Ho Cil nêu ý kiến tại hội nghị. Ảnh: V.Quỳnh",
 "Mỗi thôn một cán bộ nắm dân", "Lượt xem: 1.907"],
["Cập nhật: 09:42, 18/03/2022 (GMT+7)", "năm 2022", "năm 2021", "quý II", "Lượt xem: 1.907"]))

PAGES.append(page("b4771-hoabinh-doithoai-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN LẠC
Trang chủ - Tin tức - Sự kiện - Hoạt động của lãnh đạo huyện
25 tháng 11, 2022 | 15:40
Chủ tịch UBND huyện tiếp xúc, đối thoại với Nhân dân xã Phú Vinh
Chiều 23/11/2022, tại Nhà văn hóa xóm Bo, xã Phú Vinh, ông Bùi Văn Thọ, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Tân Lạc đã tiếp xúc, đối thoại trực tiếp với Nhân dân 4 xã vùng cao Phú Vinh, Phú Cường, Ngọc Mỹ, Quy Mỹ về đất đai, nước sinh hoạt và tiêu thụ cam. Cùng dự có ông Quách Văn Dũng, Phó Chủ tịch UBND huyện; bà Đinh Thị Loan, Chủ tịch Ủy ban MTTQ Việt Nam huyện; đại diện các phòng: Tài nguyên và Môi trường, Nông nghiệp và PTNT, Dân tộc.
Người dân xã Phú Vinh nêu kiến nghị. Ảnh: Đinh Tuấn
Gần 180 người dân, phần lớn là đồng bào Mường, đã dự buổi đối thoại. Bà Quách Thị Mai, xóm Bo, xã Phú Vinh, phản ánh giá cam năm nay chỉ còn khoảng 7.000 đồng/kg, nhiều hộ phải chặt bỏ cam, đề nghị huyện hỗ trợ chuyển đổi sang cây trồng khác. Ông Bùi Văn Lừng, xóm Khoang, xã Phú Cường, cho biết 56 hộ trong xóm thiếu nước sinh hoạt vào mùa khô do công trình nước tự chảy bị hỏng từ năm 2020. Ông Đinh Công Sứ, Trưởng xóm Lọt, xã Quy Mỹ, đề nghị làm rõ ranh giới đất rừng giữa 23 hộ với Ban quản lý rừng phòng hộ.
Trả lời, ông Quách Văn Dũng cho biết diện tích cam toàn huyện đã giảm từ trên 2.500 ha xuống còn khoảng 1.600 ha; huyện khuyến khích chuyển sang trồng bưởi đỏ, dược liệu, mỗi ha được hỗ trợ 15 triệu đồng cây giống theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; công trình nước xóm Khoang sẽ được sửa chữa với kinh phí 1,35 tỷ đồng, hoàn thành trong quý I/2023.
Kết thúc buổi đối thoại, ông Bùi Văn Thọ đánh giá cao 19 ý kiến thẳng thắn, xác đáng; giao Phòng Tài nguyên và Môi trường phối hợp với UBND xã Quy Mỹ đo đạc, cắm mốc ranh giới trong tháng 12, công khai kết quả tại xóm. Ông nhấn mạnh huyện thực hiện nghiêm Nghị quyết 88/2019/QH14 của Quốc hội, Quy chế số 12-QC/HU của Huyện ủy về tiếp xúc, đối thoại của người đứng đầu và cam kết báo cáo kết quả giải quyết kiến nghị với Nhân dân tại lần đối thoại sau.
Được biết, từ đầu năm đến nay, Chủ tịch UBND huyện đã đối thoại tại 8 cụm xã; tổng số 163 kiến nghị đã được tiếp nhận, giải quyết xong 141 kiến nghị, số còn lại đang được các cơ quan chuyên môn xử lý. Tân Lạc cũng là một trong những huyện đầu tiên của tỉnh Hòa Bình đưa kết quả giải quyết kiến nghị sau đối thoại lên cổng thông tin để người dân tra cứu.
Đinh Tuấn - Trung tâm VH, TT&TT huyện
Số lượt truy cập: 48.260
Tin khác
- Tân Lạc: ra mắt Hợp tác xã cam Phú Vinh (15/11/2022)
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12 (08/11/2022)
- Ngày hội Đại đoàn kết toàn dân tộc ở xóm Bo (02/11/2022)
""", "2022-11-25", "Chủ tịch UBND huyện tiếp xúc, đối thoại với Nhân dân xã Phú Vinh",
E("doi_thoai", None, "2022-11-23"),
[P("Bùi Văn Thọ", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Tân Lạc"),
 P("Quách Văn Dũng", "Phó Chủ tịch UBND huyện"),
 P("Đinh Thị Loan", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Quách Thị Mai"), P("Bùi Văn Lừng"), P("Đinh Công Sứ", "Trưởng xóm Lọt")],
[Q("4 xã vùng cao", 4, "xã vùng cao"), Q("Gần 180 người dân", 180, "người dân", "approx"),
 Q("khoảng 7.000 đồng/kg", 7000, "đồng", "approx"), Q("56 hộ", 56, "hộ"), Q("23 hộ", 23, "hộ"),
 Q("trên 2.500 ha", 2500, "ha", "over"), Q("khoảng 1.600 ha", 1600, "ha", "approx"), Q("15 triệu đồng", 15000000, "đồng"),
 Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("19 ý kiến", 19, "ý kiến"), Q("8 cụm xã", 8, "cụm xã"),
 Q("163 kiến nghị", 163, "kiến nghị"), Q("141 kiến nghị", 141, "kiến nghị")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết 88/2019/QH14"),
 D("Quy chế", "12", "QC/HU", None, "Huyện ủy", "Quy chế số 12-QC/HU")],
[prov("Hòa Bình"), com("Phú Vinh"), com("Phú Cường"), com("Ngọc Mỹ"), com("Quy Mỹ")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN LẠC", "Trang chủ - Tin tức - Sự kiện - Hoạt động của lãnh đạo huyện",
 "Người dân xã Phú Vinh nêu kiến nghị. Ảnh: Đinh Tuấn", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Số lượt truy cập: 48.260"],
["25 tháng 11, 2022 | 15:40", "năm 2020", "quý I/2023", "tháng 12", "Số lượt truy cập: 48.260"]))

PAGES.append(page("b4772-cantho-doithoai-2023", """
Cổng thông tin điện tử thành phố Cần Thơ
Tin tức - Sự kiện / Chính trị - Xã hội
2023-06-30 16:40
Cần Thơ: Chủ tịch UBND thành phố đối thoại với nông dân năm 2023
Ngày 29/6/2023, UBND thành phố phối hợp với Hội Nông dân thành phố tổ chức Hội nghị Chủ tịch UBND thành phố đối thoại với nông dân năm 2023 với chủ đề "Nông dân liên kết sản xuất lúa chất lượng cao, giảm phát thải". Ông Trần Quốc Trung, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố chủ trì hội nghị; dự có ông Nguyễn Minh Hải, Thành ủy viên, Chủ tịch Hội Nông dân thành phố và các ông, bà Giám đốc sở: Lê Văn Lợi (Sở Nông nghiệp và Phát triển nông thôn), Huỳnh Thị Thu (Sở Công Thương), Ngô Thanh Phong (Sở Tài nguyên và Môi trường).
Toàn cảnh hội nghị. Ảnh: Duy Khương
Hội nghị có 300 đại biểu, trong đó 210 đại biểu là nông dân, chủ trang trại, giám đốc hợp tác xã. Trước hội nghị, Hội Nông dân đã tổng hợp 37 ý kiến, kiến nghị từ 9 quận, huyện; tại hội nghị, 13 nông dân trực tiếp đặt câu hỏi.
Ông Lê Văn Tư, ấp Thạnh Phước, xã Thạnh Lợi (Vĩnh Thạnh), hỏi: "Doanh nghiệp hứa bao tiêu lúa nhưng đến vụ lại hủy hợp đồng, nông dân biết bám vào đâu?". Bà Trần Thị Hồng Gấm, Giám đốc Hợp tác xã Nông nghiệp Trường Xuân, xã Trường Xuân (Thới Lai), đề nghị hỗ trợ xây kho, lò sấy cho hợp tác xã. Ông Nguyễn Văn Chín, phường Tân Lộc (Thốt Nốt), phản ánh sạt lở bờ sông làm 17 hộ phải di dời khẩn cấp.
Trả lời, ông Lê Văn Lợi cho biết năm 2023 thành phố có 84 hợp tác xã tham gia liên kết theo Nghị định số 98/2018/NĐ-CP của Chính phủ, diện tích liên kết đạt 31.500 ha, chiếm gần 40% diện tích gieo trồng; thành phố đã hỗ trợ 11 hợp tác xã xây kho, lò sấy với tổng kinh phí 22,6 tỷ đồng. Về sạt lở, ông Ngô Thanh Phong cho biết 17 hộ đã được hỗ trợ mỗi hộ 30 triệu đồng tiền di dời và được bố trí nền tái định cư.
Kết luận, ông Trần Quốc Trung nhấn mạnh thành phố quyết tâm thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045 và Kế hoạch số 58/KH-UBND ngày 14/3/2023 của UBND thành phố; giao các sở trả lời bằng văn bản 24 ý kiến còn lại trong tháng 7. Ông đề nghị Hội Nông dân thành phố giám sát các doanh nghiệp có hợp đồng bao tiêu, kiến nghị xử lý doanh nghiệp vi phạm.
Dịp này, UBND thành phố tặng bằng khen cho 25 nông dân sản xuất, kinh doanh giỏi và 4 hợp tác xã tiêu biểu.
Hà Văn
Lượt xem: 5.673
Tin liên quan
- Hội Nông dân thành phố sơ kết 6 tháng đầu năm 2023 (27/06/2023)
- Phong Điền: nông dân liên kết trồng sầu riêng (20/06/2023)
- Cần Thơ: 1.200 hội viên được tập huấn canh tác lúa giảm phát thải (12/06/2023)
""", "2023-06-30", "Cần Thơ: Chủ tịch UBND thành phố đối thoại với nông dân năm 2023",
E("doi_thoai", "2023", "2023-06-29"),
[P("Trần Quốc Trung", "Phó Bí thư Thành ủy", "Chủ tịch UBND thành phố"),
 P("Nguyễn Minh Hải", "Thành ủy viên", "Chủ tịch Hội Nông dân thành phố"),
 P("Lê Văn Lợi", "Giám đốc sở"), P("Huỳnh Thị Thu", "Giám đốc sở"), P("Ngô Thanh Phong", "Giám đốc sở"),
 P("Lê Văn Tư"), P("Trần Thị Hồng Gấm", "Giám đốc Hợp tác xã Nông nghiệp Trường Xuân"), P("Nguyễn Văn Chín")],
[Q("300 đại biểu", 300, "đại biểu"), Q("210 đại biểu", 210, "đại biểu"), Q("37 ý kiến, kiến nghị", 37, "ý kiến, kiến nghị"),
 Q("9 quận, huyện", 9, "quận, huyện"), Q("13 nông dân", 13, "nông dân"), Q("17 hộ", 17, "hộ"),
 Q("84 hợp tác xã", 84, "hợp tác xã"), Q("31.500 ha", 31500, "ha"), Q("gần 40%", 40, "%", "approx"),
 Q("11 hợp tác xã", 11, "hợp tác xã"), Q("22,6 tỷ đồng", 22600000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("24 ý kiến", 24, "ý kiến"), Q("25 nông dân sản xuất, kinh doanh giỏi", 25, "nông dân sản xuất, kinh doanh giỏi"),
 Q("4 hợp tác xã tiêu biểu", 4, "hợp tác xã tiêu biểu")],
[D("Nghị định", "98", "2018/NĐ-CP", None, "Chính phủ", "Nghị định số 98/2018/NĐ-CP"),
 D("Nghị quyết", "19", "NQ/TW", "2022-06-16", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 19-NQ/TW ngày 16/6/2022"),
 D("Kế hoạch", "58", "KH-UBND", "2023-03-14", "UBND thành phố", "Kế hoạch số 58/KH-UBND ngày 14/3/2023")],
[prov("Cần Thơ"), com("Thạnh Lợi"), com("Trường Xuân"), com("Tân Lộc")],
["Cổng thông tin điện tử thành phố Cần Thơ", "Tin tức - Sự kiện / Chính trị - Xã hội", "Toàn cảnh hội nghị. Ảnh: Duy Khương",
 "Nông dân liên kết sản xuất lúa chất lượng cao, giảm phát thải", "Lượt xem: 5.673"],
["2023-06-30 16:40", "năm 2023", "khóa XIII", "năm 2030", "năm 2045", "tháng 7", "Lượt xem: 5.673"]))

PAGES.append(page("b4773-kontum-giamsat-2023", """
ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM
Trang chủ / Hoạt động Mặt trận / Giám sát và phản biện xã hội
Ngày 15/09/2023 | 09:15
Giám sát việc giải quyết kiến nghị của đồng bào sau đối thoại ở Kon Plông
Ngày 13/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông A Pớt, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã làm việc với UBND huyện Kon Plông về việc giải quyết kiến nghị của Nhân dân tại các hội nghị đối thoại của người đứng đầu cấp ủy, chính quyền. Tham gia đoàn có bà Y Thị Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Lê Văn Hòa, Phó Trưởng Ban Dân vận Tỉnh ủy; đại diện Hội Nông dân, Hội Liên hiệp Phụ nữ tỉnh.
Ông A Pớt phát biểu kết luận buổi giám sát.
Theo báo cáo của UBND huyện, từ năm 2021 đến tháng 8/2023, Bí thư Huyện ủy và Chủ tịch UBND huyện đã tổ chức 14 hội nghị đối thoại tại các xã, tiếp nhận 186 ý kiến, kiến nghị của đồng bào Xơ Đăng, Ba Na, Mơ Nâm; đã giải quyết 159 ý kiến, đạt 85,5%. Nhiều cam kết đã được thực hiện: làm mới 7 cầu treo dân sinh, sửa chữa 12 công trình nước sinh hoạt tập trung, cấp 2.364 con giống và 46.500 cây sâm Ngọc Linh giống cho hộ nghèo.
Đoàn đã về thôn Vi Pờ Ê, xã Măng Cành và thôn Kon Pring, xã Đắk Long gặp gỡ người dân. Ông A Thút, người có uy tín thôn Vi Pờ Ê, cho biết sau đối thoại năm 2022, thôn đã có đường bê tông vào khu sản xuất dài 3,2 km. Tuy nhiên, bà Y Blan, thôn Kon Pring, phản ánh 19 hộ trong thôn vẫn chưa được giao đất trồng sâm theo lời hứa. Ông A Hiệu, Bí thư Chi bộ thôn Kon Pring, đề nghị huyện sớm thu hồi diện tích rừng nghèo của Công ty lâm nghiệp để giao cho dân.
Ông Nguyễn Văn Tân, Phó Chủ tịch UBND huyện Kon Plông, thừa nhận 27 ý kiến chưa giải quyết chủ yếu liên quan đất đai, vượt thẩm quyền huyện; huyện đã có tờ trình đề nghị UBND tỉnh điều chỉnh quy hoạch 126 ha đất lâm nghiệp để giao cho các hộ thiếu đất.
Kết luận, ông A Pớt đề nghị UBND huyện công khai danh mục cam kết tại nhà rông các thôn; thực hiện Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư và Kế hoạch số 45/KH-MTTQ-BTT ngày 20/3/2023 của Ban Thường trực Ủy ban MTTQ tỉnh; đồng thời thực hiện Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15. Đoàn sẽ báo cáo kết quả với Thường trực Tỉnh ủy Kon Tum và kiến nghị UBND tỉnh chỉ đạo giải quyết dứt điểm các trường hợp đất đai trước ngày 31/12/2023.
Dịp này, đoàn tặng 50 suất quà, mỗi suất 500.000 đồng, cho các hộ nghèo ở 2 thôn.
Ksor Thu
Lượt truy cập: 27.915
Tin khác
- Sa Thầy: MTTQ giám sát chương trình mục tiêu quốc gia (06/09/2023)
- Tập huấn nghiệp vụ giám sát cho 95 cán bộ Mặt trận cơ sở (25/08/2023)
- Đắk Hà: Ngày hội Đại đoàn kết ở thôn 4 (18/08/2023)
""", "2023-09-15", "Giám sát việc giải quyết kiến nghị của đồng bào sau đối thoại ở Kon Plông",
E("giam_sat", None, "2023-09-13"),
[P("A Pớt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thị Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Hòa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Thút", "người có uy tín thôn Vi Pờ Ê"), P("Y Blan"),
 P("A Hiệu", "Bí thư Chi bộ thôn Kon Pring"),
 P("Nguyễn Văn Tân", "Phó Chủ tịch UBND huyện Kon Plông")],
[Q("14 hội nghị đối thoại", 14, "hội nghị đối thoại"), Q("186 ý kiến, kiến nghị", 186, "ý kiến, kiến nghị"),
 Q("159 ý kiến", 159, "ý kiến"), Q("85,5%", 85.5, "%"), Q("7 cầu treo dân sinh", 7, "cầu treo dân sinh"),
 Q("12 công trình nước sinh hoạt tập trung", 12, "công trình nước sinh hoạt tập trung"), Q("2.364 con giống", 2364, "con giống"),
 Q("46.500 cây sâm Ngọc Linh giống", 46500, "cây sâm Ngọc Linh giống"), Q("3,2 km", 3.2, "km"), Q("19 hộ", 19, "hộ"),
 Q("27 ý kiến", 27, "ý kiến"), Q("126 ha", 126, "ha"), Q("50 suất quà", 50, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("2 thôn", 2, "thôn")],
[D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2017"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", "2023-03-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 45/KH-MTTQ-BTT ngày 20/3/2023"),
 D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15")],
[prov("Kon Tum"), com("Măng Cành"), com("Đắk Long")],
["ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM", "Trang chủ / Hoạt động Mặt trận / Giám sát và phản biện xã hội",
 "Ông A Pớt phát biểu kết luận buổi giám sát.", "Lượt truy cập: 27.915"],
["Ngày 15/09/2023 | 09:15", "năm 2021", "tháng 8/2023", "năm 2022", "31/12/2023", "Lượt truy cập: 27.915"]))

PAGES.append(page("b4774-sonla-doithoai-2024", """
BÁO SƠN LA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La
Trang chủ » Thời sự » Chính trị
Thứ Sáu, 12/04/2024
Bí thư Tỉnh ủy đối thoại với nông dân: Nhiều cam kết cụ thể về tiêu thụ nông sản
Ngày 10/4, tại Trung tâm Hội nghị tỉnh, Ban Thường vụ Tỉnh ủy tổ chức hội nghị Bí thư Tỉnh ủy đối thoại với nông dân năm 2024. Đồng chí Hoàng Văn Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì; cùng chủ trì có đồng chí Đặng Ngọc Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và đồng chí Lò Thị Thu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Đồng chí Bí thư Tỉnh ủy trả lời ý kiến của nông dân. Ảnh: Quàng Tuấn
Dự hội nghị có 250 đại biểu là hội viên nông dân tiêu biểu, chủ hợp tác xã, người có uy tín của 12 huyện, thành phố. Hội Nông dân tỉnh đã tổng hợp 56 ý kiến gửi trước; tại hội nghị có 15 lượt ý kiến trực tiếp.
Ông Lò Văn Pâng, bản Hôm, xã Chiềng Mung (Mai Sơn), kiến nghị tỉnh có giải pháp ổn định giá xoài, vì năm 2023 giá có lúc xuống còn 4.000 đồng/kg. Bà Cầm Thị Ơn, Giám đốc Hợp tác xã Nông nghiệp Bình Minh (Quỳnh Nhai), đề nghị hỗ trợ xây dựng mã số vùng trồng và truy xuất nguồn gốc cho 120 ha nhãn; ông Sùng A Páo, người có uy tín bản Suối Lìn, xã Phiêng Khoài (Yên Châu), phản ánh đường từ bản ra trung tâm xã dài 9 km, mùa mưa bị sạt lở nhiều đoạn.
Trả lời, đồng chí Đặng Ngọc Hải cho biết toàn tỉnh có 85.000 ha cây ăn quả, đã cấp 320 mã số vùng trồng; năm 2023 xuất khẩu trên 30 nghìn tấn quả tươi, đạt giá trị khoảng 1.250 tỷ đồng. Tỉnh sẽ bố trí 6,5 tỷ đồng hỗ trợ các hợp tác xã cấp mã số vùng trồng và 38 tỷ đồng sửa chữa tuyến đường Phiêng Khoài - Suối Lìn từ nguồn vốn Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ.
Phát biểu kết luận, đồng chí Hoàng Văn Thắng khẳng định Tỉnh ủy sẽ tiếp tục lãnh đạo thực hiện Nghị quyết 04, 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển cây ăn quả và về xây dựng nông thôn mới, chương trình hành động số 14-CTr/TU của Tỉnh ủy thực hiện Nghị quyết 19-NQ/TW của BCH Trung ương; yêu cầu các sở, ngành trả lời bằng văn bản 41 ý kiến chưa trả lời tại hội nghị trong 20 ngày. Ban Dân vận Tỉnh ủy và Hội Nông dân tỉnh theo dõi, giám sát việc thực hiện các cam kết, báo cáo Thường trực Tỉnh ủy vào tháng 6.
Tại hội nghị, Tỉnh ủy trao 40 suất quà cho nông dân có hoàn cảnh khó khăn, mỗi suất 2 triệu đồng.
Quàng Tuấn - Lò Hương
Lượt xem: 6.302
Tin liên quan
- Sơn La: 1.000 hội viên nông dân được tập huấn xuất khẩu nông sản (05/04/2024)
- Mai Sơn đối thoại với nông dân trồng xoài (28/03/2024)
- Hội Nông dân tỉnh giao ban quý I/2024 (22/03/2024)
""", "2024-04-12", "Bí thư Tỉnh ủy đối thoại với nông dân: Nhiều cam kết cụ thể về tiêu thụ nông sản",
E("doi_thoai", "2024", "2024-04-10"),
[P("Hoàng Văn Thắng", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Đặng Ngọc Hải", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Lò Thị Thu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Văn Pâng"), P("Cầm Thị Ơn", "Giám đốc Hợp tác xã Nông nghiệp Bình Minh"),
 P("Sùng A Páo", "người có uy tín bản Suối Lìn")],
[Q("250 đại biểu", 250, "đại biểu"), Q("12 huyện, thành phố", 12, "huyện, thành phố"), Q("56 ý kiến", 56, "ý kiến"),
 Q("15 lượt ý kiến", 15, "lượt ý kiến"), Q("4.000 đồng/kg", 4000, "đồng"), Q("120 ha", 120, "ha"), Q("9 km", 9, "km"),
 Q("85.000 ha", 85000, "ha"), Q("320 mã số vùng trồng", 320, "mã số vùng trồng"), Q("trên 30 nghìn tấn", 30000, "tấn", "over"),
 Q("khoảng 1.250 tỷ đồng", 1250000000000, "đồng", "approx"), Q("6,5 tỷ đồng", 6500000000, "đồng"), Q("38 tỷ đồng", 38000000000, "đồng"),
 Q("41 ý kiến", 41, "ý kiến"), Q("40 suất quà", 40, "suất quà"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Nghị quyết", "04", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 04, 05-NQ/TU"),
 D("Nghị quyết", "05", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 04, 05-NQ/TU"),
 D("Chương trình hành động", "14", "CTr/TU", None, "Tỉnh ủy", "chương trình hành động số 14-CTr/TU"),
 D("Nghị quyết", "19", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 19-NQ/TW")],
[prov("Sơn La"), com("Chiềng Mung"), com("Phiêng Khoài")],
["BÁO SƠN LA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La", "Trang chủ » Thời sự » Chính trị",
 "Đồng chí Bí thư Tỉnh ủy trả lời ý kiến của nông dân. Ảnh: Quàng Tuấn", "Lượt xem: 6.302"],
["Thứ Sáu, 12/04/2024", "năm 2024", "năm 2023", "20 ngày", "tháng 6", "Lượt xem: 6.302"]))
