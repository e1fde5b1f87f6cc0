from lib import *
PAGES = []

PAGES.append(page("b9377-laocai-sapa-doithoai-dulich-2020", """
BÁO LÀO CAI ĐIỆN TỬ
Chính trị > Xây dựng Đảng > Dân vận
26/06/2020 17:05 GMT+7
Người dân Sa Pa kiến nghị gì khi du lịch phục hồi sau dịch?
LCĐT - Ngày 24/6, tại phường Cầu Mây, Thị ủy Sa Pa tổ chức hội nghị đối thoại giữa Bí thư Thị ủy với nhân dân năm 2020, chủ đề "Phục hồi du lịch cộng đồng sau dịch Covid-19". Đồng chí Hoàng Quốc Bảo, Tỉnh ủy viên, Bí thư Thị ủy Sa Pa chủ trì hội nghị; khoảng 180 người dân tham dự, trong đó có nhiều chủ homestay, hướng dẫn viên người Mông, người Dao, người Giáy.
Đồng chí Hoàng Quốc Bảo trả lời kiến nghị của người dân xã Tả Van.
Theo báo cáo của UBND thị xã, địa phương đón khách nhiều nhất tỉnh Lào Cai, thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, Sa Pa đã tạm dừng đón khách gần 1 tháng; 6 tháng đầu năm lượng khách giảm khoảng 62% so với cùng kỳ, hơn 1.800 lao động trong ngành du lịch mất việc làm hoặc giảm thu nhập. Thị xã đã chi trả hỗ trợ cho 1.126 người theo Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ, trong đó lao động tự do được hỗ trợ 1 triệu đồng/người/tháng.
Tại hội nghị, 19 ý kiến được nêu. Chị Giàng Thị Mỷ, chủ homestay ở thôn Lao Chải, xã Tả Van, đề nghị được giãn nợ khoản vay 300 triệu đồng đã đầu tư sửa nhà đón khách. Ông Tẩn Láo Lở, người có uy tín thôn Tả Phìn, xã Tả Phìn, phản ánh tình trạng trẻ em bán hàng rong đeo bám du khách đã trở lại. Anh Vương Văn Phùng, hướng dẫn viên du lịch, kiến nghị tổ chức lớp tiếng Anh miễn phí cho thanh niên dân tộc thiểu số. Bà Lù Thị Sính, Chủ tịch Hội Liên hiệp Phụ nữ xã Tả Phìn, cho biết 43 chị em làm nghề thêu thổ cẩm không bán được hàng.
Trả lời các ý kiến, đồng chí Hoàng Quốc Bảo cho biết thị xã sẽ phối hợp với Ngân hàng Chính sách xã hội rà soát, đề nghị giãn nợ cho các hộ vay vốn làm du lịch; giao phòng Văn hóa và Thông tin xây dựng kịch bản kích cầu du lịch với 25 tour, tuyến mới; Hội Liên hiệp Phụ nữ thị xã kết nối tiêu thụ sản phẩm thổ cẩm qua sàn thương mại điện tử. Về trẻ em bán hàng rong, các xã phải đưa vào hương ước, quy ước của thôn và giao cho các đoàn thể vận động từng gia đình.
Đồng chí Lý A Sài, Phó Chủ tịch UBND thị xã, thông tin thêm: Sa Pa đang hoàn thiện thủ tục để mở lại 4 điểm du lịch cộng đồng ở Tả Van, Tả Phìn, Bản Hồ; dự kiến đón khách nội địa từ đầu tháng 7.
Kết luận hội nghị, Bí thư Thị ủy đề nghị các cấp ủy thực hiện nghiêm Quy định 11-QĐi/TW của Bộ Chính trị về tiếp dân, đối thoại trực tiếp với dân; sau 15 ngày phải có văn bản trả lời 7 ý kiến chưa trả lời tại hội nghị.
Lâm Vy
Tin liên quan
- Bát Xát: đối thoại với nông dân về chuyển đổi cây trồng (18/06/2020)
- Bắc Hà hỗ trợ 520 hộ nghèo bị ảnh hưởng dịch Covid-19 (10/06/2020)
- Ban Dân vận Tỉnh ủy sơ kết 6 tháng đầu năm 2020 (05/06/2020)
""", "2020-06-26", "Người dân Sa Pa kiến nghị gì khi du lịch phục hồi sau dịch?",
E("doi_thoai", "2020", "2020-06-24"),
[P("Hoàng Quốc Bảo", "Tỉnh ủy viên", "Bí thư Thị ủy Sa Pa", "Bí thư Thị ủy"),
 P("Giàng Thị Mỷ", "chủ homestay ở thôn Lao Chải"), P("Tẩn Láo Lở", "người có uy tín thôn Tả Phìn"),
 P("Vương Văn Phùng", "hướng dẫn viên du lịch"), P("Lù Thị Sính", "Chủ tịch Hội Liên hiệp Phụ nữ xã Tả Phìn"),
 P("Lý A Sài", "Phó Chủ tịch UBND thị xã")],
[Q("khoảng 180 người dân", 180, "người dân", "approx"),
 Q("khoảng 62%", 62, "%", "approx"), Q("hơn 1.800 lao động", 1800, "lao động", "over"), Q("1.126 người", 1126, "người"),
 Q("1 triệu đồng/người/tháng", 1000000, "đồng"), Q("19 ý kiến", 19, "ý kiến"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("43 chị em", 43, "chị em"), Q("25 tour, tuyến mới", 25, "tour, tuyến mới"), Q("4 điểm du lịch cộng đồng", 4, "điểm du lịch cộng đồng"),
 Q("7 ý kiến", 7, "ý kiến")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định 11-QĐi/TW")],
[prov("Lào Cai"), com("Cầu Mây"), com("Tả Van"), com("Tả Phìn"), com("Bản Hồ")],
["BÁO LÀO CAI ĐIỆN TỬ", "Chính trị > Xây dựng Đảng > Dân vận", "LCĐT",
 "Đồng chí Hoàng Quốc Bảo trả lời kiến nghị của người dân xã Tả Van.", "Phục hồi du lịch cộng đồng sau dịch Covid-19",
 "Ngân hàng Chính sách xã hội"],
["26/06/2020 17:05 GMT+7", "năm 2020", "Covid-19", "gần 1 tháng", "6 tháng đầu năm", "15 ngày", "tháng 7"]))

PAGES.append(page("b9378-binhduong-thoihoa-tiepdan-tongket-2021", """
ĐẢNG ỦY PHƯỜNG THỚI HÒA - THỊ XÃ BẾN CÁT - TỈNH BÌNH DƯƠNG
Trang chủ - Tin tức - Công tác dân vận
Thứ Tư, 22/12/2021 - 10:15
Phường Thới Hòa: nghe dân nói để dân tin, dân theo
Ngày 20/12/2021, Đảng ủy phường Thới Hòa tổ chức hội nghị tổng kết công tác tiếp dân, đối thoại trực tiếp với nhân dân năm 2021. Đồng chí Nguyễn Thị Thu Hà, Thị ủy viên, Bí thư Đảng ủy phường chủ trì.
Năm 2021 là năm đặc biệt khó khăn do dịch Covid-19 bùng phát; Thới Hòa có hơn 42.000 người lao động ngoại tỉnh thuê trọ, nhiều khu nhà trọ phải phong tỏa. Dù vậy, Bí thư Đảng ủy và Chủ tịch UBND phường vẫn duy trì tiếp công dân định kỳ, chuyển sang tiếp qua điện thoại, Zalo trong thời gian giãn cách. Cả năm, phường đã tiếp 264 lượt công dân, tổ chức 6 cuộc đối thoại với 3 khu phố và các chủ nhà trọ; tiếp nhận 118 phản ánh, kiến nghị, đã giải quyết 112 trường hợp, đạt 94,9%.
Đảng ủy đã ban hành Kết luận 01, 02-KL/ĐU về trách nhiệm người đứng đầu trong tiếp dân và về vận động chủ nhà trọ giảm tiền thuê trong mùa dịch; triển khai Kế hoạch số 45-KH/TU của Ban Thường vụ Tỉnh ủy thực hiện Quy định số 11-QĐi/TW. Nhờ vận động, 217 chủ nhà trọ đã giảm 30 - 50% tiền thuê phòng trong 3 tháng cho trên 6.000 người lao động, với tổng số tiền khoảng 5,4 tỷ đồng.
Trong các đợt cao điểm dịch, tỉnh Bình Dương thực hiện giãn cách theo Chỉ thị số 16/CT-TTg; phường đã lập 12 tổ Covid cộng đồng, tiếp nhận và xử lý hơn 3.500 cuộc gọi phản ánh qua đường dây nóng, chủ yếu xin hỗ trợ lương thực, xét nghiệm và đưa người bệnh đi cấp cứu.
Tại hội nghị, ông Lê Văn Bảy, Trưởng khu phố 3, đề nghị phường tiếp tục công khai số điện thoại đường dây nóng của Bí thư Đảng ủy vì người dân "gọi là có người nghe". Chị Thạch Thị Sa Phia, công nhân người Khmer quê Trà Vinh, thuê trọ tại khu phố 5, bày tỏ cảm ơn khi được nhận 2 lần hỗ trợ lương thực và đề nghị có lớp học tình thương cho con em công nhân. Bà Trần Thị Lệ, Chủ tịch Ủy ban MTTQ Việt Nam phường, cho biết Mặt trận đã tiếp nhận 1,2 tỷ đồng và 86 tấn gạo ủng hộ, trao cho 9.400 lượt hộ khó khăn.
Phát biểu tại hội nghị, đồng chí Võ Thành Nhân, Phó Trưởng Ban Dân vận Thị ủy Bến Cát, ghi nhận cách làm sáng tạo của phường, đề nghị nhân rộng mô hình đối thoại với chủ nhà trọ ra phường Mỹ Phước và các phường lân cận.
Kết luận hội nghị, đồng chí Nguyễn Thị Thu Hà yêu cầu năm 2022, mỗi chi bộ khu phố tổ chức ít nhất 2 buổi đối thoại với người dân mỗi năm; giải quyết dứt điểm 6 trường hợp còn tồn đọng trong quý I/2022.
BBT
Tin khác
- Thới Hòa ra quân chiến dịch tiêm vắc xin mũi 3 (15/12/2021)
- Trao 500 phần quà cho công nhân khó khăn (01/12/2021)
- Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 12 (24/11/2021)
""", "2021-12-22", "Phường Thới Hòa: nghe dân nói để dân tin, dân theo",
E("tong_ket", "2021", "2021-12-20"),
[P("Nguyễn Thị Thu Hà", "Thị ủy viên", "Bí thư Đảng ủy phường"),
 P("Lê Văn Bảy", "Trưởng khu phố 3"), P("Thạch Thị Sa Phia", "công nhân người Khmer quê Trà Vinh"),
 P("Trần Thị Lệ", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Võ Thành Nhân", "Phó Trưởng Ban Dân vận Thị ủy Bến Cát")],
[Q("hơn 42.000 người lao động ngoại tỉnh", 42000, "người lao động ngoại tỉnh", "over"), Q("264 lượt công dân", 264, "lượt công dân"),
 Q("6 cuộc đối thoại", 6, "cuộc đối thoại"), Q("3 khu phố", 3, "khu phố"), Q("118 phản ánh, kiến nghị", 118, "phản ánh, kiến nghị"),
 Q("112 trường hợp", 112, "trường hợp"), Q("94,9%", 94.9, "%"), Q("217 chủ nhà trọ", 217, "chủ nhà trọ"),
 Q("trên 6.000 người lao động", 6000, "người lao động", "over"), Q("khoảng 5,4 tỷ đồng", 5400000000, "đồng", "approx"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("86 tấn", 86, "tấn"), Q("9.400 lượt hộ khó khăn", 9400, "lượt hộ khó khăn"),
 Q("12 tổ Covid cộng đồng", 12, "tổ Covid cộng đồng"), Q("hơn 3.500 cuộc gọi", 3500, "cuộc gọi", "over"),
 Q("ít nhất 2 buổi đối thoại", 2, "buổi đối thoại", "over"), Q("6 trường hợp", 6, "trường hợp")],
[D("Kết luận", "01", "KL/ĐU", None, "Đảng ủy", "Kết luận 01, 02-KL/ĐU"),
 D("Kết luận", "02", "KL/ĐU", None, "Đảng ủy", "Kết luận 01, 02-KL/ĐU"),
 D("Kế hoạch", "45", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 45-KH/TU"),
 D("Quy định", "11", "QĐi/TW", None, None, "Quy định số 11-QĐi/TW"),
 D("Chỉ thị", "16", "CT-TTg", None, None, "Chỉ thị số 16/CT-TTg")],
[prov("Bình Dương"), com("Thới Hòa"), com("Mỹ Phước"), prov("Trà Vinh")],
["ĐẢNG ỦY PHƯỜNG THỚI HÒA - THỊ XÃ BẾN CÁT - TỈNH BÌNH DƯƠNG", "Trang chủ - Tin tức - Công tác dân vận", "Zalo",
 "gọi là có người nghe"],
["Thứ Tư, 22/12/2021 - 10:15", "năm 2021", "Covid-19", "30 - 50%", "3 tháng", "2 lần", "năm 2022", "quý I/2022", "khu phố 3", "khu phố 5"]))

PAGES.append(page("b9379-hue-aluoi-tiepxuccutri-2022", """
Báo Thừa Thiên Huế Online
Thời sự | Chính trị | Hoạt động dân cử
Cập nhật lúc 09:20 ngày 15/07/2022
Cử tri A Lưới kiến nghị về đất sản xuất và đường giao thông
Sáng 14/7, tại thị trấn A Lưới, Đoàn đại biểu Quốc hội tỉnh phối hợp với Ủy ban MTTQ Việt Nam huyện A Lưới tổ chức hội nghị tiếp xúc cử tri sau kỳ họp thứ 3, Quốc hội khóa XV. Đại biểu Quốc hội Phan Thanh Vĩnh, Phó Trưởng Đoàn ĐBQH tỉnh Thừa Thiên Huế, và đại biểu Kray Sửu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, tiếp xúc với gần 150 cử tri người Pa Cô, Tà Ôi, Cơ Tu và người Kinh.
Quang cảnh hội nghị tiếp xúc cử tri tại A Lưới. Ảnh: Hoài Thương
Đại biểu Phan Thanh Vĩnh thông báo kết quả kỳ họp thứ 3, trong đó Quốc hội đã thông qua 2 luật, 9 nghị quyết; việc triển khai Nghị quyết số 43/2022/QH15 về chính sách tài khóa, tiền tệ hỗ trợ Chương trình phục hồi và phát triển kinh tế - xã hội.
Tại hội nghị, 14 cử tri đã phát biểu. Cử tri Arất Blui (xã Hồng Thượng) đề nghị tăng mức hỗ trợ đất sản xuất cho hộ đồng bào dân tộc thiểu số theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, vì mức 22,5 triệu đồng/hộ không đủ để mua 1 sào đất. Cử tri Nhâm Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ xã Hương Phong, phản ánh tuyến đường Hồ Chí Minh nhánh Tây đoạn qua xã dài 6 km hư hỏng nặng. Cử tri Hồ Văn Tiên, người có uy tín thôn Pa Ai, xã Hương Phong, kiến nghị hỗ trợ 52 hộ ở vùng sạt lở di dời đến nơi ở mới.
Cử tri Quỳnh Văn Hiếu, Bí thư Chi bộ thôn Kleng, xã Hồng Thượng, kiến nghị sớm chi trả tiền dịch vụ môi trường rừng còn chậm cho 120 hộ nhận khoán bảo vệ rừng, với mức bình quân khoảng 400.000 đồng/ha/năm, vì đây là nguồn thu quan trọng của bà con.
Thay mặt chính quyền địa phương, đồng chí Hồ Văn Ngọc, Phó Chủ tịch UBND huyện A Lưới, giải trình 5 ý kiến thuộc thẩm quyền của huyện: năm 2022 huyện đã bố trí 14,6 tỷ đồng để xây dựng khu tái định cư cho các hộ vùng sạt lở, trong đó có 31 hộ ở xã Hương Phong; đã giao 42 ha đất rừng sản xuất cho 86 hộ thiếu đất.
Đại biểu Kray Sửu cho biết Đoàn sẽ tổng hợp đầy đủ các ý kiến của cử tri để gửi các cơ quan có thẩm quyền và giám sát việc trả lời; đề nghị chính quyền các xã thực hiện nghiêm Kế hoạch số 214/KH-UBND của UBND tỉnh về rà soát, bố trí dân cư vùng thiên tai.
Cũng trong ngày, Đoàn tiếp xúc cử tri tại xã Hồng Thượng, tiếp nhận thêm 9 ý kiến về giá phân bón và tiêu thụ sản phẩm keo.
Minh Văn
Lượt xem: 2.046
Tin liên quan
- Cử tri Phong Điền kiến nghị về bảo hiểm xã hội tự nguyện (13/07/2022)
- HĐND tỉnh khai mạc kỳ họp thường lệ giữa năm 2022 (11/07/2022)
- Đoàn ĐBQH tỉnh tiếp công dân định kỳ tháng 6 (28/06/2022)
""", "2022-07-15", "Cử tri A Lưới kiến nghị về đất sản xuất và đường giao thông",
E("hoi_nghi", None, "2022-07-14"),
[P("Phan Thanh Vĩnh", "Đại biểu Quốc hội", "Phó Trưởng Đoàn ĐBQH tỉnh Thừa Thiên Huế", "Đại biểu"),
 P("Kray Sửu", "đại biểu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Arất Blui"), P("Nhâm Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ xã Hương Phong"),
 P("Hồ Văn Tiên", "người có uy tín thôn Pa Ai"), P("Quỳnh Văn Hiếu", "Bí thư Chi bộ thôn Kleng"), P("Hồ Văn Ngọc", "Phó Chủ tịch UBND huyện A Lưới")],
[Q("gần 150 cử tri", 150, "cử tri", "approx"), Q("2 luật", 2, "luật"), Q("9 nghị quyết", 9, "nghị quyết"),
 Q("14 cử tri", 14, "cử tri"), Q("22,5 triệu đồng/hộ", 22500000, "đồng"), Q("6 km", 6, "km"),
 Q("52 hộ", 52, "hộ"), Q("120 hộ", 120, "hộ"), Q("khoảng 400.000 đồng/ha/năm", 400000, "đồng", "approx"), Q("5 ý kiến", 5, "ý kiến"), Q("14,6 tỷ đồng", 14600000000, "đồng"), Q("31 hộ", 31, "hộ"),
 Q("42 ha", 42, "ha"), Q("86 hộ", 86, "hộ"), Q("9 ý kiến", 9, "ý kiến")],
[D("Nghị quyết", "43", "2022/QH15", None, None, "Nghị quyết số 43/2022/QH15"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "214", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 214/KH-UBND")],
[prov("Thừa Thiên Huế"), com("A Lưới"), com("Hồng Thượng"), com("Hương Phong")],
["Báo Thừa Thiên Huế Online", "Thời sự | Chính trị | Hoạt động dân cử",
 "Quang cảnh hội nghị tiếp xúc cử tri tại A Lưới. Ảnh: Hoài Thương", "Chương trình phục hồi và phát triển kinh tế - xã hội",
 "đường Hồ Chí Minh", "Lượt xem: 2.046"],
["Cập nhật lúc 09:20 ngày 15/07/2022", "kỳ họp thứ 3", "khóa XV", "1 sào", "năm 2022", "Lượt xem: 2.046"]))

PAGES.append(page("b9380-kontum-bdv-soket-6thang-2023", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Trang chủ › Tin hoạt động › Dân vận chính quyền
Ngày đăng: 04/08/2023
Lan tỏa cách làm "dân biết, dân bàn" sau khi Luật Thực hiện dân chủ ở cơ sở có hiệu lực
Ngày 2/8, Ban Dân vận Tỉnh ủy Kon Tum tổ chức hội nghị sơ kết công tác dân vận chính quyền, tiếp công dân 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Y Khiêm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Ảnh: Đồng chí Y Khiêm phát biểu kết luận hội nghị.
Theo báo cáo, 6 tháng qua, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 148-KH/TU về triển khai Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, có hiệu lực từ ngày 1/7/2023. Người đứng đầu cấp ủy, chính quyền các cấp đã tiếp 1.027 lượt công dân, tổ chức 86 cuộc đối thoại; 102 xã, phường, thị trấn đều công khai lịch tiếp dân. Tỷ lệ giải quyết đơn thư thuộc thẩm quyền đạt 89%.
Phong trào thi đua "Dân vận khéo" tiếp tục lan tỏa với 213 mô hình cấp xã được công nhận, trong đó nhiều mô hình gắn với vận động đồng bào Xơ Đăng, Ba Na, Giẻ Triêng hiến đất làm đường, xóa bỏ tục cưới hỏi cận huyết thống.
Tại hội nghị, đồng chí A Ngoan, HUV, Trưởng Ban Dân vận Huyện ủy Kon Plông, cho biết huyện đã tổ chức đối thoại với 146 hộ dân vùng dự án Khu du lịch sinh thái Măng Đen, qua đó vận động 38 hộ bàn giao 27,5 ha mặt bằng. Bà Y Lan, Bí thư Đảng ủy xã Đăk Long, đề nghị tỉnh bố trí kinh phí cho cán bộ thôn biết tiếng dân tộc phiên dịch khi tiếp dân. Ông A Tuyên, Già làng làng Kon Rơ Bàng 1, xã Vinh Quang, chia sẻ kinh nghiệm hòa giải 5 vụ tranh chấp đất rẫy giữa các gia đình trong làng mà không cần đưa lên xã.
Phát biểu kết luận, đồng chí Y Khiêm yêu cầu 6 tháng cuối năm thực hiện nghiêm Quy định 11-QĐi/TW của Bộ Chính trị; phối hợp với Ban Nội chính Tỉnh ủy theo dõi 14 vụ việc khiếu nại đông người, phức tạp; đôn đốc UBND tỉnh ban hành Quyết định số 426/QĐ-UBND sửa đổi quy chế tiếp công dân của tỉnh; hoàn thành khảo sát dư luận xã hội tại 20 xã về việc thực hiện dân chủ ở cơ sở trước ngày 30/9/2023.
Cũng tại hội nghị, đồng chí Nguyễn Thị Hiền, Phó Trưởng Ban Dân vận Tỉnh ủy, quán triệt Hướng dẫn 18, 19-HD/BDVTU của Ban Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo" và về hoạt động của tổ dân vận thôn.
Phòng Dân vận chính quyền
Lượt xem: 538
Tin liên quan
- Hội nghị người có uy tín tiêu biểu năm 2023 (20/07/2023)
- Sa Thầy: 15 mô hình dân vận khéo được khen thưởng (07/07/2023)
- Đoàn công tác Ban Dân vận Trung ương làm việc với Kon Tum (26/06/2023)
""", "2023-08-04", "Lan tỏa cách làm \"dân biết, dân bàn\" sau khi Luật Thực hiện dân chủ ở cơ sở có hiệu lực",
E("so_ket", "2023-H1", "2023-08-02"),
[P("Y Khiêm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Ngoan", "HUV", "Trưởng Ban Dân vận Huyện ủy Kon Plông"), P("Y Lan", "Bí thư Đảng ủy xã Đăk Long"),
 P("A Tuyên", "Già làng làng Kon Rơ Bàng 1"), P("Nguyễn Thị Hiền", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("1.027 lượt công dân", 1027, "lượt công dân"), Q("86 cuộc đối thoại", 86, "cuộc đối thoại"),
 Q("102 xã, phường, thị trấn", 102, "xã, phường, thị trấn"), Q("89%", 89, "%"), Q("213 mô hình cấp xã", 213, "mô hình cấp xã"),
 Q("146 hộ dân vùng dự án", 146, "hộ dân vùng dự án"), Q("38 hộ", 38, "hộ"), Q("27,5 ha", 27.5, "ha"),
 Q("5 vụ tranh chấp đất rẫy", 5, "vụ tranh chấp đất rẫy"), Q("14 vụ việc khiếu nại đông người, phức tạp", 14, "vụ việc khiếu nại đông người, phức tạp"),
 Q("20 xã", 20, "xã")],
[D("Kế hoạch", "148", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 148-KH/TU"),
 D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định 11-QĐi/TW"),
 D("Quyết định", "426", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 426/QĐ-UBND"),
 D("Hướng dẫn", "18", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 18, 19-HD/BDVTU"),
 D("Hướng dẫn", "19", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 18, 19-HD/BDVTU")],
[prov("Kon Tum"), com("Đăk Long"), com("Vinh Quang")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Trang chủ › Tin hoạt động › Dân vận chính quyền",
 "Ảnh: Đồng chí Y Khiêm phát biểu kết luận hội nghị.", "Dân vận khéo", "dân biết, dân bàn", "Khu du lịch sinh thái Măng Đen",
 "Phòng Dân vận chính quyền"],
["Ngày đăng: 04/08/2023", "6 tháng đầu năm 2023", "6 tháng cuối năm", "6 tháng qua", "ngày 1/7/2023", "Kon Rơ Bàng 1", "Lượt xem: 538"]))

PAGES.append(page("b9381-angiang-mttq-giamsat-triton-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH AN GIANG
You are here: Trang chủ / Giám sát, phản biện xã hội
2024-10-18 15:40
Giám sát trách nhiệm người đứng đầu trong tiếp công dân tại Tri Tôn
Từ ngày 15 - 16/10, Đoàn giám sát Ủy ban MTTQ Việt Nam tỉnh An Giang do đồng chí Chau Thị Sóc Phi, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát trách nhiệm của người đứng đầu UBND huyện Tri Tôn và UBND các xã Lạc Quới, Ô Lâm, Châu Lăng trong việc tiếp công dân, giải quyết khiếu nại, tố cáo năm 2024.
Đoàn giám sát làm việc tại UBND xã Ô Lâm.
Cuộc giám sát thực hiện theo Kế hoạch 06, 07/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, căn cứ Quy định số 124-QĐ/TW ngày 4/10/2023 của Ban Bí thư về giám sát và phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội.
Báo cáo của UBND huyện Tri Tôn cho thấy, 9 tháng năm 2024, Chủ tịch UBND huyện đã trực tiếp tiếp công dân 18 buổi, tiếp 96 lượt người với 71 vụ việc; các xã, thị trấn tiếp 412 lượt người. Đã giải quyết 64/71 vụ việc thuộc thẩm quyền cấp huyện, đạt 90,1%. Phần lớn đơn liên quan đến tranh chấp đất ruộng trong đồng bào Khmer và bồi thường dự án hồ chứa nước Ô Thum.
Qua giám sát tại cơ sở, đoàn ghi nhận xã Ô Lâm có cán bộ tiếp dân biết tiếng Khmer, việc tiếp dân được ghi sổ đầy đủ; tuy nhiên, xã Châu Lăng có 3 buổi tiếp dân định kỳ của Chủ tịch UBND xã do cấp phó tiếp thay; hồ sơ đối thoại một số vụ việc chưa ghi rõ ý kiến của người dân theo yêu cầu của Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 và Nghị định số 59/2023/NĐ-CP.
Giải trình với đoàn, ông Chau Ty, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Tri Tôn, tiếp thu ý kiến; cho biết huyện đang phối hợp với Hội Đoàn kết sư sãi yêu nước huyện để vận động 7 hộ có tranh chấp kéo dài hòa giải tại chùa. Ông Néang Sóc Thươne, Chủ tịch UBND xã Châu Lăng, nhận trách nhiệm về việc để cấp phó tiếp dân thay. Ông Ma Ri Dam, Phó Trưởng Ban Đại diện cộng đồng Hồi giáo (Islam) tỉnh, đề nghị mời đại diện cộng đồng Chăm tham gia giám sát các vụ việc ở xóm Chăm.
Kết luận, đồng chí Chau Thị Sóc Phi đề nghị UBND huyện chỉ đạo giải quyết dứt điểm 7 vụ việc còn lại trước ngày 31/12/2024; người đứng đầu phải trực tiếp tiếp dân theo lịch; phát huy 37 tổ hòa giải và Ban Thanh tra nhân dân ở các ấp, phum, sóc trong nắm bắt, giải quyết mâu thuẫn từ cơ sở.
Lê Hiếu
Tin liên quan
- Phản biện dự thảo nghị quyết về giá đất năm 2025 (10/10/2024)
- Châu Phú: giám sát thực hiện chính sách bảo hiểm y tế (02/10/2024)
- MTTQ tỉnh trao 120 căn nhà Đại đoàn kết (25/09/2024)
""", "2024-10-18", "Giám sát trách nhiệm người đứng đầu trong tiếp công dân tại Tri Tôn",
E("giam_sat", "2024", "2024-10-15"),
[P("Chau Thị Sóc Phi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chau Ty", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Tri Tôn"),
 P("Néang Sóc Thươne", "Chủ tịch UBND xã Châu Lăng"), P("Ma Ri Dam", "Phó Trưởng Ban Đại diện cộng đồng Hồi giáo (Islam) tỉnh")],
[Q("18 buổi", 18, "buổi"), Q("96 lượt người", 96, "lượt người"), Q("71 vụ việc", 71, "vụ việc"), Q("412 lượt người", 412, "lượt người"),
 Q("64/71 vụ việc", 64, "vụ việc"), Q("90,1%", 90.1, "%"), Q("3 buổi tiếp dân định kỳ", 3, "buổi tiếp dân định kỳ"),
 Q("7 hộ", 7, "hộ"), Q("7 vụ việc", 7, "vụ việc"), Q("37 tổ hòa giải", 37, "tổ hòa giải")],
[D("Kế hoạch", "06", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 06, 07/KH-MTTQ-BTT"),
 D("Kế hoạch", "07", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 06, 07/KH-MTTQ-BTT"),
 D("Quy định", "124", "QĐ/TW", "2023-10-04", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 4/10/2023"),
 D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Nghị định", "59", "2023/NĐ-CP", None, None, "Nghị định số 59/2023/NĐ-CP")],
[prov("An Giang"), com("Lạc Quới"), com("Ô Lâm"), com("Châu Lăng")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH AN GIANG", "You are here: Trang chủ / Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND xã Ô Lâm.", "Hội Đoàn kết sư sãi yêu nước huyện", "Ban Thanh tra nhân dân"],
["2024-10-18 15:40", "năm 2024", "9 tháng năm 2024"]))

PAGES.append(page("b9382-namdinh-chutich-doithoai-nongdan-2025", """
BÁO NAM ĐỊNH ĐIỆN TỬ
Chính trị - Xã hội » Nông nghiệp - Nông thôn
Thứ Sáu, 21/03/2025 07:55
Ảnh: Nông dân huyện Giao Thủy nêu kiến nghị tại hội nghị.
Chủ tịch UBND tỉnh đối thoại với nông dân: nhiều kiến nghị được giải đáp ngay tại hội trường
Chiều 19/3, Hội Nông dân tỉnh phối hợp với UBND tỉnh Nam Định tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2025. Đồng chí Trần Quang Huy, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; dự có hơn 300 đại biểu là hội viên nông dân, chủ trang trại, hợp tác xã của 10 huyện, thành phố.
Bà Vũ Thị Thanh Loan, Chủ tịch Hội Nông dân tỉnh, cho biết trước hội nghị, Hội đã tổng hợp 67 ý kiến, kiến nghị từ cơ sở, tập trung vào tích tụ ruộng đất, tiêu thụ nông sản, nuôi trồng thủy sản ven biển và những băn khoăn của hội viên về việc sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng (khóa XII).
Tại hội nghị, 15 ý kiến được nêu trực tiếp. Ông Đỗ Văn Thường, Giám đốc Hợp tác xã nông nghiệp Nghĩa Thành, kiến nghị hỗ trợ chuyển đổi 120 ha đất lúa kém hiệu quả sang trồng cây ăn quả theo Nghị định số 112/2024/NĐ-CP của Chính phủ. Anh Phạm Văn Lượng, chủ trang trại nuôi ngao ở xã Giao Thiện, phản ánh năm 2024 có khoảng 250 ha ngao chết sau bão số 3, đề nghị hỗ trợ 10 triệu đồng/ha để khôi phục sản xuất. Bà Trần Thị Nhàn, Chi hội trưởng Chi hội nông dân xóm 6, xã Hải Đông, hỏi về chính sách bảo hiểm xã hội tự nguyện cho nông dân lớn tuổi.
Trả lời, đồng chí Trần Quang Huy cho biết năm 2024 tỉnh đã chi 86 tỷ đồng hỗ trợ khắc phục thiệt hại do bão số 3; tỉnh sẽ xem xét ban hành nghị quyết hỗ trợ tích tụ ruộng đất với mức 1,5 triệu đồng/ha/năm cho diện tích tích tụ từ 5 ha trở lên. Ông Lê Văn Tú, Giám đốc Sở Nông nghiệp và Môi trường, thông tin ngành đã xây dựng 24 chuỗi liên kết tiêu thụ lúa gạo, rau màu; dự kiến mở thêm 3 điểm giới thiệu sản phẩm OCOP tại Hà Nội.
Các đồng chí Phó Chủ tịch UBND tỉnh: Ngô Văn Hòa, Đoàn Thị Mai Hương giải đáp thêm về bảo hiểm xã hội tự nguyện và chính sách đối với cán bộ chi hội khi sáp nhập thôn, xóm. Theo đó, tỉnh hỗ trợ thêm 20% mức đóng cho người tham gia thuộc hộ cận nghèo, ngoài phần ngân sách Trung ương đã hỗ trợ.
Kết luận hội nghị, đồng chí Trần Quang Huy giao các sở, ngành trả lời bằng văn bản 52 ý kiến còn lại trong 15 ngày; yêu cầu các địa phương quán triệt Kết luận số 127-KL/TW ngày 28/2/2025 của Bộ Chính trị, Ban Bí thư, bảo đảm việc sắp xếp bộ máy không làm gián đoạn việc tiếp nhận, giải quyết kiến nghị của nông dân; Hội Nông dân các cấp duy trì đối thoại định kỳ theo Quy chế phối hợp số 05-QC/HND-UBND giữa Hội Nông dân tỉnh và UBND tỉnh.
Thanh Thúy
Lượt xem: 986
Tin liên quan
- Hải Hậu: nông dân chung tay xây dựng nông thôn mới kiểu mẫu (15/03/2025)
- Hội Nông dân tỉnh tổng kết công tác năm 2024 (25/12/2024)
- Giao Thủy khôi phục vùng nuôi ngao sau bão (10/12/2024)
""", "2025-03-21", "Chủ tịch UBND tỉnh đối thoại với nông dân: nhiều kiến nghị được giải đáp ngay tại hội trường",
E("doi_thoai", "2025", "2025-03-19"),
[P("Trần Quang Huy", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"), P("Vũ Thị Thanh Loan", "Chủ tịch Hội Nông dân tỉnh"),
 P("Đỗ Văn Thường", "Giám đốc Hợp tác xã nông nghiệp Nghĩa Thành"), P("Phạm Văn Lượng", "chủ trang trại nuôi ngao ở xã Giao Thiện"),
 P("Trần Thị Nhàn", "Chi hội trưởng Chi hội nông dân xóm 6"), P("Lê Văn Tú", "Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Ngô Văn Hòa", "Phó Chủ tịch UBND tỉnh"), P("Đoàn Thị Mai Hương", "Phó Chủ tịch UBND tỉnh")],
[Q("hơn 300 đại biểu", 300, "đại biểu", "over"), Q("10 huyện, thành phố", 10, "huyện, thành phố"),
 Q("67 ý kiến, kiến nghị", 67, "ý kiến, kiến nghị"), Q("15 ý kiến", 15, "ý kiến"), Q("120 ha", 120, "ha"),
 Q("khoảng 250 ha", 250, "ha", "approx"), Q("10 triệu đồng/ha", 10000000, "đồng"), Q("86 tỷ đồng", 86000000000, "đồng"),
 Q("1,5 triệu đồng/ha/năm", 1500000, "đồng"), Q("từ 5 ha trở lên", 5, "ha", "over"), Q("24 chuỗi liên kết", 24, "chuỗi liên kết"),
 Q("3 điểm giới thiệu sản phẩm OCOP", 3, "điểm giới thiệu sản phẩm OCOP"), Q("20%", 20, "%"), Q("52 ý kiến", 52, "ý kiến")],
[D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 18-NQ/TW ngày 25/10/2017"),
 D("Nghị định", "112", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 112/2024/NĐ-CP"),
 D("Kết luận", "127", "KL/TW", "2025-02-28", "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW ngày 28/2/2025"),
 D("Quy chế phối hợp", "05", "QC/HND-UBND", None, None, "Quy chế phối hợp số 05-QC/HND-UBND")],
[prov("Nam Định"), com("Nghĩa Thành"), com("Giao Thiện"), com("Hải Đông")],
["BÁO NAM ĐỊNH ĐIỆN TỬ", "Chính trị - Xã hội » Nông nghiệp - Nông thôn", "Ảnh: Nông dân huyện Giao Thủy nêu kiến nghị tại hội nghị.",
 "OCOP", "Lượt xem: 986"],
["Thứ Sáu, 21/03/2025 07:55", "năm 2025", "khóa XII", "năm 2024", "bão số 3", "xóm 6", "15 ngày", "Lượt xem: 986"]))
