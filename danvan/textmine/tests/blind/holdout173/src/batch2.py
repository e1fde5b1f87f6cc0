from lib import *
PAGES = []

PAGES.append(page("b4115-binhduong-hdnd-baocao-2016", """
HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG - Cổng thông tin điện tử
Trang chủ > Hoạt động HĐND > Tiếp xúc cử tri
22/09/2016 - 14:30
Ảnh: Đoàn đại biểu HĐND tỉnh tiếp xúc cử tri phường Chánh Nghĩa.
Báo cáo kết quả giải quyết ý kiến, kiến nghị cử tri 6 tháng đầu năm 2016
Thường trực HĐND tỉnh vừa ban hành Báo cáo số 87/BC-HĐND ngày 20/9/2016 tổng hợp kết quả giải quyết ý kiến, kiến nghị của cử tri 6 tháng đầu năm 2016, gửi tới kỳ họp thứ 2 HĐND tỉnh khóa IX, nhiệm kỳ 2016 - 2021.
Theo báo cáo, sau kỳ họp thứ nhất, các tổ đại biểu HĐND tỉnh đã phối hợp Ủy ban MTTQ Việt Nam tỉnh tổ chức 38 điểm tiếp xúc cử tri tại 9 huyện, thị xã, thành phố, với khoảng 4.600 lượt cử tri tham dự. Qua tiếp xúc, cử tri nêu 245 ý kiến, kiến nghị; sau khi loại trùng, Thường trực HĐND tỉnh chuyển UBND tỉnh 168 ý kiến, kiến nghị thuộc thẩm quyền giải quyết của tỉnh, chuyển Đoàn đại biểu Quốc hội tỉnh 21 kiến nghị thuộc thẩm quyền Trung ương.
Phân theo lĩnh vực: đất đai, bồi thường, tái định cư 54 kiến nghị; giao thông, đô thị 39 kiến nghị; y tế, giáo dục 27 kiến nghị; môi trường 25 kiến nghị; chính sách xã hội 23 kiến nghị.
Đến ngày 15/9/2016, UBND tỉnh đã chỉ đạo các sở, ngành trả lời 161/168 kiến nghị, đạt 95,8%; trong đó 97 kiến nghị đã giải quyết xong, 48 kiến nghị đang giải quyết, 16 kiến nghị đã giải thích, cung cấp thông tin để cử tri rõ. Còn 7 kiến nghị chưa trả lời, chủ yếu liên quan đến các dự án chậm triển khai kéo dài.
Báo cáo nêu rõ, một số kiến nghị của cử tri phường Tân Định (Bến Cát), phường Chánh Nghĩa (Thủ Dầu Một) về ô nhiễm mùi hôi từ các cơ sở chăn nuôi đã được xử lý dứt điểm; UBND tỉnh đã ban hành Quyết định số 2452/QĐ-UBND và Quyết định số 2453/QĐ-UBND ngày 9/9/2016 phê duyệt kinh phí gần 12,5 tỷ đồng nạo vét, nâng cấp 6 tuyến kênh thoát nước.
Tuy nhiên, Thường trực HĐND tỉnh cũng chỉ ra có 11 văn bản trả lời còn chung chung, chưa nêu lộ trình. Bà Nguyễn Thị Kim Oanh, Phó Chủ tịch Thường trực HĐND tỉnh, đề nghị UBND tỉnh chỉ đạo các sở, ngành nghiêm túc thực hiện Chỉ thị số 06/CT-UBND của UBND tỉnh về nâng cao chất lượng trả lời kiến nghị cử tri; các ban HĐND tỉnh đưa việc giải quyết kiến nghị vào nội dung giám sát thường xuyên.
Ông Phạm Văn Thành, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết, Mặt trận sẽ thông tin đầy đủ kết quả này tới cử tri tại các hội nghị tiếp xúc trước kỳ họp thứ 2, dự kiến tổ chức từ ngày 3 đến 14/10.
Cũng theo báo cáo, cử tri tỉnh Bình Dương đánh giá cao việc nhiều sở, ngành đã chủ động mời cử tri có kiến nghị đến làm việc trực tiếp.
Ông Võ Hồng Ân, Trưởng ban Pháp chế HĐND tỉnh, cho biết ban sẽ chọn 5 kiến nghị tồn đọng để giám sát chuyên đề trong quý IV.
P.V
Lượt xem: 2.031
Tin liên quan
- Kỳ họp thứ nhất HĐND tỉnh khóa IX thành công tốt đẹp (29/06/2016)
- Cử tri Dĩ An kiến nghị giải quyết ngập nước (18/06/2016)
- Thường trực HĐND tỉnh giao ban với các ban HĐND (05/09/2016)
- Phú Giáo: cử tri đề nghị nâng cấp đường ĐT 741 (26/08/2016)
""", "2016-09-22", "Báo cáo kết quả giải quyết ý kiến, kiến nghị cử tri 6 tháng đầu năm 2016",
E("bao_cao", "2016-H1", "2016-09-20"),
[P("Nguyễn Thị Kim Oanh", "Phó Chủ tịch Thường trực HĐND tỉnh"),
 P("Phạm Văn Thành", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Hồng Ân", "Trưởng ban Pháp chế HĐND tỉnh")],
[Q("38 điểm tiếp xúc cử tri", 38, "điểm tiếp xúc cử tri"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("khoảng 4.600 lượt cử tri", 4600, "lượt cử tri", "approx"), Q("245 ý kiến, kiến nghị", 245, "ý kiến, kiến nghị"),
 Q("168 ý kiến, kiến nghị", 168, "ý kiến, kiến nghị"), Q("21 kiến nghị", 21, "kiến nghị"), Q("54 kiến nghị", 54, "kiến nghị"),
 Q("39 kiến nghị", 39, "kiến nghị"), Q("27 kiến nghị", 27, "kiến nghị"), Q("25 kiến nghị", 25, "kiến nghị"),
 Q("23 kiến nghị", 23, "kiến nghị"), Q("161/168 kiến nghị", 161, "kiến nghị"), Q("95,8%", 95.8, "%"),
 Q("97 kiến nghị", 97, "kiến nghị"), Q("48 kiến nghị", 48, "kiến nghị"), Q("16 kiến nghị", 16, "kiến nghị"),
 Q("7 kiến nghị", 7, "kiến nghị"), Q("gần 12,5 tỷ đồng", 12500000000, "đồng", "approx"),
 Q("6 tuyến kênh thoát nước", 6, "tuyến kênh thoát nước"), Q("11 văn bản trả lời", 11, "văn bản trả lời"),
 Q("5 kiến nghị tồn đọng", 5, "kiến nghị tồn đọng")],
[D("Báo cáo", "87", "BC-HĐND", "2016-09-20", "Thường trực HĐND tỉnh", "Báo cáo số 87/BC-HĐND ngày 20/9/2016"),
 D("Quyết định", "2452", "QĐ-UBND", "2016-09-09", "UBND tỉnh", "Quyết định số 2452/QĐ-UBND"),
 D("Quyết định", "2453", "QĐ-UBND", "2016-09-09", "UBND tỉnh", "Quyết định số 2453/QĐ-UBND ngày 9/9/2016"),
 D("Chỉ thị", "06", "CT-UBND", None, "UBND tỉnh", "Chỉ thị số 06/CT-UBND của UBND tỉnh")],
[prov("Bình Dương"), com("Tân Định"), com("Chánh Nghĩa")],
["HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG - Cổng thông tin điện tử", "Trang chủ > Hoạt động HĐND > Tiếp xúc cử tri",
 "Ảnh: Đoàn đại biểu HĐND tỉnh tiếp xúc cử tri phường Chánh Nghĩa.", "Lượt xem: 2.031"],
["22/09/2016 - 14:30", "6 tháng đầu năm 2016", "kỳ họp thứ 2", "khóa IX", "nhiệm kỳ 2016 - 2021", "ngày 15/9/2016", "quý IV", "Lượt xem: 2.031"]))

PAGES.append(page("b4116-gialai-bandantoc-giamsat-2017", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị » Thời sự
Thứ Năm, 10/08/2017, 06:35
Ban Dân tộc HĐND tỉnh giám sát việc giải quyết kiến nghị cử tri vùng đồng bào dân tộc thiểu số
(GLO)- Từ ngày 7 đến 9/8, đoàn giám sát Ban Dân tộc HĐND tỉnh do ông Ksor Phước Hà, Trưởng ban Dân tộc HĐND tỉnh làm trưởng đoàn đã giám sát việc giải quyết kiến nghị cử tri năm 2017 tại huyện Krông Pa, Ia Pa và các xã Ia Rsai, Chư Răng, Pờ Tó.
Đoàn giám sát làm việc với UBND xã Ia Rsai. Ảnh: Hà Duy
Tham gia đoàn có các ông, bà: Rơ Mah Tuấn, Siu H'Mai, Nay Blúp - Phó Trưởng ban Dân tộc HĐND tỉnh; đại diện Ban Thường trực Ủy ban MTTQ tỉnh, Ban Dân tộc tỉnh.
Báo cáo của UBND huyện Krông Pa cho thấy, từ đầu nhiệm kỳ đến nay cử tri của huyện nêu 134 ý kiến, kiến nghị, trong đó 96 kiến nghị thuộc thẩm quyền của huyện; huyện đã giải quyết 82 kiến nghị, đạt 85,4%. Nổi bật là việc cấp đất sản xuất cho 215 hộ đồng bào dân tộc thiểu số thiếu đất, hỗ trợ nước sinh hoạt phân tán cho 437 hộ theo Quyết định 755/QĐ-TTg và Quyết định 2085/QĐ-TTg của Thủ tướng Chính phủ.
Tại xã Ia Rsai, ông Kpă Y Blai, Chủ tịch UBND xã, cho biết cử tri nhiều lần kiến nghị sửa chữa đập dâng Ia Rsai bị hư hỏng, ảnh hưởng tưới cho khoảng 70 ha lúa nước nhưng đến nay chưa có kinh phí. Già làng Rơ Lan Hyưh (buôn Chư Jú) phản ánh bà con đã nộp hồ sơ vay vốn theo chính sách từ năm 2016 nhưng chưa được giải ngân.
Ông Rơ Mah Tuấn đặt vấn đề: vì sao 14 kiến nghị của cử tri đã được huyện hứa giải quyết từ kỳ họp giữa năm 2016 đến nay vẫn "treo"? Ông Trần Văn Hòa, Phó Chủ tịch UBND huyện Krông Pa, giải trình do nguồn vốn Chương trình 135 năm 2017 phân bổ chậm, huyện sẽ ưu tiên bố trí trong quý IV.
Kết luận đợt giám sát, ông Ksor Phước Hà đề nghị UBND các huyện rà soát toàn bộ kiến nghị tồn đọng, công khai kết quả giải quyết tại các buổi sinh hoạt buôn làng; thực hiện nghiêm Nghị quyết số 45/2016/NQ-HĐND của HĐND tỉnh về chính sách hỗ trợ đất ở, đất sản xuất; đồng thời đề nghị UBND tỉnh xem xét hỗ trợ khoảng 1,8 tỷ đồng sửa chữa đập dâng Ia Rsai. Kết quả giám sát sẽ được báo cáo tại kỳ họp thứ 5, HĐND tỉnh khóa XI.
Đại diện Ban Thường trực Ủy ban MTTQ tỉnh Gia Lai đề nghị các địa phương phát huy vai trò già làng, người có uy tín trong việc thông tin kết quả giải quyết kiến nghị tới bà con, tránh để kẻ xấu lợi dụng xuyên tạc, kích động.
Trước đó, năm 2017, Ban Dân tộc HĐND tỉnh đã tổ chức 3 cuộc giám sát chuyên đề, 2 cuộc khảo sát tại 6 huyện vùng đồng bào dân tộc thiểu số.
MINH NGUYỆT
Tin khác
- Thường trực HĐND tỉnh làm việc với huyện Chư Prông (02/08/2017)
- Ia Grai: tiếp xúc cử tri sau kỳ họp thứ 4 (24/07/2017)
- Hội nghị người có uy tín huyện Đak Đoa (14/07/2017)
- Krông Pa: 40 hộ được hỗ trợ nhà ở (05/07/2017)
""", "2017-08-10", "Ban Dân tộc HĐND tỉnh giám sát việc giải quyết kiến nghị cử tri vùng đồng bào dân tộc thiểu số",
E("giam_sat", "2017", "2017-08-07"),
[P("Ksor Phước Hà", "Trưởng ban Dân tộc HĐND tỉnh"),
 P("Rơ Mah Tuấn", "Phó Trưởng ban Dân tộc HĐND tỉnh"),
 P("Siu H'Mai", "Phó Trưởng ban Dân tộc HĐND tỉnh"),
 P("Nay Blúp", "Phó Trưởng ban Dân tộc HĐND tỉnh"),
 P("Kpă Y Blai", "Chủ tịch UBND xã"),
 P("Rơ Lan Hyưh", "Già làng"),
 P("Trần Văn Hòa", "Phó Chủ tịch UBND huyện Krông Pa")],
[Q("134 ý kiến, kiến nghị", 134, "ý kiến, kiến nghị"), Q("96 kiến nghị", 96, "kiến nghị"), Q("82 kiến nghị", 82, "kiến nghị"),
 Q("85,4%", 85.4, "%"), Q("215 hộ đồng bào dân tộc thiểu số thiếu đất", 215, "hộ đồng bào dân tộc thiểu số thiếu đất"),
 Q("437 hộ", 437, "hộ"), Q("khoảng 70 ha", 70, "ha", "approx"), Q("14 kiến nghị", 14, "kiến nghị"),
 Q("khoảng 1,8 tỷ đồng", 1800000000, "đồng", "approx"), Q("3 cuộc giám sát chuyên đề", 3, "cuộc giám sát chuyên đề"),
 Q("2 cuộc khảo sát", 2, "cuộc khảo sát"), Q("6 huyện vùng đồng bào dân tộc thiểu số", 6, "huyện vùng đồng bào dân tộc thiểu số")],
[D("Quyết định", "755", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 755/QĐ-TTg"),
 D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 2085/QĐ-TTg"),
 D("Nghị quyết", "45", "2016/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 45/2016/NQ-HĐND")],
[prov("Gia Lai"), com("Ia Rsai"), com("Chư Răng"), com("Pờ Tó")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị » Thời sự", "(GLO)", "Đoàn giám sát làm việc với UBND xã Ia Rsai. Ảnh: Hà Duy",
 "Chương trình 135", "đập dâng Ia Rsai"],
["Thứ Năm, 10/08/2017, 06:35", "năm 2017", "năm 2016", "kỳ họp giữa năm 2016", "Chương trình 135", "quý IV", "kỳ họp thứ 5", "khóa XI"]))

PAGES.append(page("b4117-haiphong-hdnd-chatvan-2018", """
Báo Hải Phòng điện tử
Thời sự | Kỳ họp thứ 9 HĐND thành phố khóa XV
Cập nhật lúc 18:10 ngày 07/12/2018
Phiên chất vấn kỳ họp thứ 9 HĐND thành phố: 4 giám đốc sở trả lời 17 câu hỏi của đại biểu
Chiều 6/12, kỳ họp thứ 9 (kỳ họp thường lệ cuối năm 2018) HĐND thành phố khóa XV tiến hành phiên chất vấn và trả lời chất vấn. Đồng chí Lê Văn Thành, Ủy viên Trung ương Đảng, Bí thư Thành ủy, Chủ tịch HĐND thành phố điều hành phiên chất vấn.
Đại biểu HĐND thành phố chất vấn tại phiên họp chiều 6/12.
Trước kỳ họp, Ủy ban MTTQ Việt Nam thành phố đã tổng hợp 367 ý kiến, kiến nghị của cử tri qua 53 hội nghị tiếp xúc. Trên cơ sở đó, Thường trực HĐND thành phố lựa chọn 4 nhóm vấn đề chất vấn: quản lý trật tự xây dựng, ô nhiễm môi trường làng nghề, tiến độ cấp giấy chứng nhận quyền sử dụng đất và chất lượng dịch vụ y tế tuyến cơ sở.
Trong khoảng 3 giờ, 17 lượt đại biểu đã chất vấn; 4 giám đốc sở và 2 chủ tịch UBND quận, huyện trả lời trực tiếp. Đại biểu Phạm Thị Thanh Hường, Phó Chủ tịch HĐND huyện Vĩnh Bảo, chất vấn Giám đốc Sở Tài nguyên và Môi trường Phạm Văn Hải về việc còn 12.600 hồ sơ cấp giấy chứng nhận lần đầu tồn đọng. Ông Hải cho biết, năm 2018 toàn thành phố đã cấp được 28.450 giấy chứng nhận, đạt 92% kế hoạch; phấn đấu giải quyết dứt điểm số hồ sơ tồn trong quý II/2019.
Đại biểu Vũ Thị Thu Hà, Phó Trưởng ban Văn hóa - Xã hội HĐND thành phố, đề nghị Giám đốc Sở Y tế làm rõ vì sao 23 trạm y tế xã, phường chưa có bác sĩ. Ông Nguyễn Văn Thuận, Giám đốc Sở Y tế, nhận trách nhiệm và cho biết sở đang triển khai Đề án 1816 luân phiên bác sĩ về cơ sở, trước mắt điều động 30 bác sĩ.
Cử tri xã Kiến Thiết (Tiên Lãng) và xã Đồng Minh (Vĩnh Bảo) phản ánh ô nhiễm từ lò đốt rác. Ông Nguyễn Văn Tùng, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố, tiếp thu, giao Sở Xây dựng đẩy nhanh dự án khu xử lý chất thải theo Quyết định số 2938/QĐ-UBND ngày 15/11/2018 của UBND thành phố, tổng mức đầu tư khoảng 1.200 tỷ đồng.
Kết luận phiên chất vấn, đồng chí Lê Văn Thành đề nghị UBND thành phố chỉ đạo thực hiện các cam kết; Thường trực HĐND, các ban HĐND thành phố và tổ đại biểu phối hợp Ủy ban MTTQ thành phố giám sát, báo cáo kết quả tại kỳ họp giữa năm 2019, đồng thời thực hiện nghiêm Nghị quyết số 12/NQ-HĐND và Nghị quyết số 13/NQ-HĐND về chương trình giám sát năm 2019.
Cùng ngày, kỳ họp đã thông qua 22 nghị quyết quan trọng.
Hoàng Yến
Xem thêm
- Khai mạc kỳ họp thứ 9 HĐND thành phố khóa XV (05/12/2018)
- Cử tri Kiến An kiến nghị giải quyết ngập úng (29/11/2018)
- Tổ đại biểu HĐND thành phố tiếp xúc cử tri huyện Thủy Nguyên (26/11/2018)
""", "2018-12-07", "Phiên chất vấn kỳ họp thứ 9 HĐND thành phố: 4 giám đốc sở trả lời 17 câu hỏi của đại biểu",
E("hoi_nghi", "2018", "2018-12-06"),
[P("Lê Văn Thành", "Ủy viên Trung ương Đảng", "Bí thư Thành ủy", "Chủ tịch HĐND thành phố"),
 P("Phạm Thị Thanh Hường", "Phó Chủ tịch HĐND huyện Vĩnh Bảo"),
 P("Phạm Văn Hải", "Giám đốc Sở Tài nguyên và Môi trường"),
 P("Vũ Thị Thu Hà", "Phó Trưởng ban Văn hóa - Xã hội HĐND thành phố"),
 P("Nguyễn Văn Thuận", "Giám đốc Sở Y tế"),
 P("Nguyễn Văn Tùng", "Phó Bí thư Thành ủy", "Chủ tịch UBND thành phố")],
[Q("4 giám đốc sở", 4, "giám đốc sở"), Q("17 câu hỏi", 17, "câu hỏi"), Q("367 ý kiến, kiến nghị", 367, "ý kiến, kiến nghị"),
 Q("53 hội nghị tiếp xúc", 53, "hội nghị tiếp xúc"), Q("4 nhóm vấn đề", 4, "nhóm vấn đề"), Q("17 lượt đại biểu", 17, "lượt đại biểu"),
 Q("2 chủ tịch UBND quận, huyện", 2, "chủ tịch UBND quận, huyện"),
 Q("12.600 hồ sơ", 12600, "hồ sơ"), Q("28.450 giấy chứng nhận", 28450, "giấy chứng nhận"), Q("92%", 92, "%"),
 Q("23 trạm y tế xã, phường", 23, "trạm y tế xã, phường"), Q("30 bác sĩ", 30, "bác sĩ"),
 Q("khoảng 1.200 tỷ đồng", 1200000000000, "đồng", "approx"), Q("22 nghị quyết", 22, "nghị quyết")],
[D("Quyết định", "2938", "QĐ-UBND", "2018-11-15", "UBND thành phố", "Quyết định số 2938/QĐ-UBND ngày 15/11/2018"),
 D("Nghị quyết", "12", "NQ-HĐND", None, None, "Nghị quyết số 12/NQ-HĐND"),
 D("Nghị quyết", "13", "NQ-HĐND", None, None, "Nghị quyết số 13/NQ-HĐND")],
[prov("Hải Phòng"), com("Kiến Thiết"), com("Đồng Minh")],
["Báo Hải Phòng điện tử", "Thời sự | Kỳ họp thứ 9 HĐND thành phố khóa XV", "Đại biểu HĐND thành phố chất vấn tại phiên họp chiều 6/12.",
 "Đề án 1816"],
["Cập nhật lúc 18:10 ngày 07/12/2018", "kỳ họp thứ 9", "năm 2018", "khóa XV", "3 giờ", "quý II/2019", "Đề án 1816", "năm 2019"]))

PAGES.append(page("b4118-quangtri-giaoban-quy3-2019", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ
Vị trí: Trang chủ › Tin hoạt động › Giám sát - Phản biện
Thứ Ba, 08/10/2019 | 15:20
Giao ban giữa Thường trực HĐND tỉnh và Ban Thường trực Ủy ban MTTQ tỉnh
Ngày 4/10/2019, Thường trực HĐND tỉnh và Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức giao ban quý III năm 2019, đánh giá kết quả phối hợp tiếp xúc cử tri, giám sát việc giải quyết kiến nghị cử tri và thống nhất nội dung chuẩn bị kỳ họp thứ 12 HĐND tỉnh khóa VII. Đồng chí Nguyễn Văn Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh và đồng chí Nguyễn Đăng Quang, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đồng chủ trì.
Quang cảnh buổi giao ban. Ảnh: N.B
Theo báo cáo, trong quý III, hai bên đã phối hợp tổ chức 42 cuộc tiếp xúc cử tri sau kỳ họp thứ 11 tại 10 huyện, thị xã, thành phố với gần 3.900 cử tri tham dự; tiếp nhận 198 ý kiến, kiến nghị, trong đó 61 kiến nghị về đất đai, môi trường, 44 về giao thông, thủy lợi, 37 về chính sách người có công, bảo trợ xã hội. Cử tri các xã vùng cao Hướng Phùng, A Túc, Húc kiến nghị sửa chữa các cầu treo xuống cấp, xây dựng điểm trường cho con em đồng bào Vân Kiều, Pa Kô.
Ban Thường trực Ủy ban MTTQ tỉnh đã chủ trì giám sát việc thực hiện Nghị quyết số 10/2018/NQ-HĐND về hỗ trợ nhà ở cho hộ nghèo, phát hiện 27 hộ chưa đủ điều kiện vẫn được hỗ trợ, kiến nghị thu hồi trên 540 triệu đồng; Ban Kinh tế - Ngân sách HĐND tỉnh giám sát 3 dự án giao thông chậm tiến độ.
Tại buổi giao ban, bà Hồ Thị Thu Hằng, Phó Chủ tịch Ủy ban MTTQ tỉnh, đề nghị các sở trả lời kiến nghị đúng thời hạn 30 ngày; ông Hồ Văn Nam, Ủy viên Thường trực HĐND tỉnh, Trưởng ban Dân tộc HĐND tỉnh, đề nghị tăng thời lượng tiếp xúc cử tri tại bản làng và tiếp xúc theo chuyên đề với người có uy tín.
Hai bên thống nhất tổ chức tiếp xúc cử tri trước kỳ họp thứ 12 từ ngày 18 đến 31/10/2019 tại 46 điểm; bố trí ít nhất 1 điểm tiếp xúc chuyên đề với công nhân tại khu công nghiệp Nam Đông Hà, thực hiện theo Kế hoạch liên tịch số 125/KHLT-HĐND-MTTQ ngày 2/10/2019.
Các ý kiến tại buổi giao ban cũng đề nghị UBND tỉnh Quảng Trị chỉ đạo công khai kết quả giải quyết kiến nghị trên Cổng thông tin điện tử tỉnh để cử tri dễ theo dõi.
Kết luận, đồng chí Nguyễn Văn Hùng đề nghị Văn phòng Đoàn ĐBQH và HĐND tỉnh phối hợp Văn phòng Ủy ban MTTQ tỉnh tổng hợp đầy đủ kiến nghị, phân loại theo thẩm quyền trước ngày 5/11/2019.
Nguyễn Bình
Lượt xem: 412
Tin cùng chuyên mục
- Hướng Hóa: Mặt trận giám sát chi trả tiền hỗ trợ thiên tai (26/09/2019)
- Hội nghị tiếp xúc cử tri chuyên đề với nữ công nhân (19/09/2019)
- Triển khai cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" (10/09/2019)
""", "2019-10-08", "Giao ban giữa Thường trực HĐND tỉnh và Ban Thường trực Ủy ban MTTQ tỉnh",
E("giao_ban", "2019-Q3", "2019-10-04"),
[P("Nguyễn Văn Hùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực HĐND tỉnh"),
 P("Nguyễn Đăng Quang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Thu Hằng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hồ Văn Nam", "Ủy viên Thường trực HĐND tỉnh", "Trưởng ban Dân tộc HĐND tỉnh")],
[Q("42 cuộc tiếp xúc cử tri", 42, "cuộc tiếp xúc cử tri"), Q("10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố"),
 Q("gần 3.900 cử tri", 3900, "cử tri", "approx"), Q("198 ý kiến, kiến nghị", 198, "ý kiến, kiến nghị"),
 Q("61 kiến nghị", 61, "kiến nghị"), Q("44 về giao thông", 44, "kiến nghị"), Q("37 về chính sách", 37, "kiến nghị"),
 Q("27 hộ", 27, "hộ"), Q("trên 540 triệu đồng", 540000000, "đồng", "over"), Q("3 dự án giao thông", 3, "dự án giao thông"),
 Q("46 điểm", 46, "điểm"), Q("ít nhất 1 điểm tiếp xúc chuyên đề", 1, "điểm tiếp xúc chuyên đề", "over")],
[D("Nghị quyết", "10", "2018/NQ-HĐND", None, None, "Nghị quyết số 10/2018/NQ-HĐND"),
 D("Kế hoạch liên tịch", "125", "KHLT-HĐND-MTTQ", "2019-10-02", None, "Kế hoạch liên tịch số 125/KHLT-HĐND-MTTQ ngày 2/10/2019")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("A Túc"), com("Húc")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ", "Vị trí: Trang chủ › Tin hoạt động › Giám sát - Phản biện",
 "Quang cảnh buổi giao ban. Ảnh: N.B", "Lượt xem: 412"],
["Thứ Ba, 08/10/2019 | 15:20", "quý III năm 2019", "kỳ họp thứ 12", "khóa VII", "kỳ họp thứ 11", "30 ngày", "ngày 5/11/2019", "Lượt xem: 412"]))

PAGES.append(page("b4119-daklak-doithoai-2019", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ >> Dân vận chính quyền >> Tin tức
29.11.2019 | 09:10
Ảnh: Toàn cảnh buổi đối thoại.
Krông Búk: Chủ tịch UBND huyện đối thoại với nhân dân về kiến nghị cử tri
Ngày 27/11/2019, UBND huyện Krông Búk phối hợp Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2019 tại xã Cư Né. Ông Y Thanh Niê, HUV, Chủ tịch UBND huyện chủ trì; tham dự có ông Nguyễn Văn Quý, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện và khoảng 220 người dân các buôn Ea Nho, Kdun, Kô Đung.
Trước buổi đối thoại, Ủy ban MTTQ huyện đã tổng hợp 31 kiến nghị của cử tri từ 2 đợt tiếp xúc trước và sau kỳ họp HĐND huyện, trong đó 18 kiến nghị về đất đai, 7 kiến nghị về điện, nước sinh hoạt, 6 kiến nghị về chính sách hỗ trợ đồng bào dân tộc thiểu số. Đến nay, huyện đã giải quyết 22 kiến nghị, đạt 71%.
Tại buổi đối thoại, 16 lượt người dân phát biểu. Bà H'Zin Byă (buôn Kdun) phản ánh tuyến đường liên buôn dài 3,5 km lầy lội vào mùa mưa; ông Y Blin Mlô, Trưởng buôn Ea Nho, đề nghị cấp giấy chứng nhận quyền sử dụng đất cho 46 hộ đồng bào Êđê đã canh tác ổn định hơn 20 năm. Ông Ama Khiết (buôn Kô Đung) đề nghị có chính sách hỗ trợ giống cà phê tái canh.
Trả lời, ông Y Thanh Niê cho biết huyện đã bố trí 4,6 tỷ đồng làm tuyến đường liên buôn theo Nghị quyết số 15/NQ-HĐND của HĐND huyện, khởi công trong quý I/2020; giao Phòng Tài nguyên và Môi trường phối hợp UBND xã Cư Né đo đạc, hoàn thiện hồ sơ cho 46 hộ trước ngày 30/6/2020. Về giống cà phê, huyện sẽ ưu tiên các hộ nghèo, hộ cận nghèo theo Quyết định số 2085/QĐ-TTg của Thủ tướng Chính phủ.
Bà H'Nhi Êban, Phó Chủ tịch Ủy ban MTTQ huyện, cho biết Mặt trận sẽ giám sát việc thực hiện các cam kết tại buổi đối thoại và thông tin kết quả tới cử tri qua các tổ dân vận, chi hội ở buôn. Những kiến nghị vượt thẩm quyền sẽ được tổng hợp gửi kỳ họp cuối năm HĐND tỉnh.
Theo Ban Dân vận Tỉnh ủy Đắk Lắk, hình thức đối thoại tại buôn, có phiên dịch tiếng Êđê, giúp bà con mạnh dạn nói lên nguyện vọng; nhiều kiến nghị được trả lời ngay tại chỗ. Cuối buổi, người dân bày tỏ phấn khởi vì các ý kiến được lãnh đạo huyện lắng nghe, ghi nhận và có hẹn thời gian giải quyết cụ thể.
Năm 2019, huyện đã tổ chức 4 cuộc đối thoại, tiếp nhận 87 ý kiến của người dân; thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị về trách nhiệm của người đứng đầu trong tiếp dân, đối thoại trực tiếp với dân.
H'Linh
Lượt xem: 537
Tin liên quan
- Ea Súp: 100% buôn có tổ dân vận (20/11/2019)
- Hội nghị người có uy tín tỉnh năm 2019 (12/11/2019)
- Buôn Đôn: vận động nhân dân hiến đất làm đường (04/11/2019)
""", "2019-11-29", "Krông Búk: Chủ tịch UBND huyện đối thoại với nhân dân về kiến nghị cử tri",
E("doi_thoai", "2019", "2019-11-27"),
[P("Y Thanh Niê", "HUV", "Chủ tịch UBND huyện"),
 P("Nguyễn Văn Quý", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("H'Zin Byă"),
 P("Y Blin Mlô", "Trưởng buôn Ea Nho"),
 P("Ama Khiết"),
 P("H'Nhi Êban", "Phó Chủ tịch Ủy ban MTTQ huyện")],
[Q("khoảng 220 người dân", 220, "người dân", "approx"), Q("31 kiến nghị", 31, "kiến nghị"), Q("2 đợt tiếp xúc", 2, "đợt tiếp xúc"),
 Q("18 kiến nghị", 18, "kiến nghị"), Q("7 kiến nghị", 7, "kiến nghị"), Q("6 kiến nghị", 6, "kiến nghị"),
 Q("22 kiến nghị", 22, "kiến nghị"), Q("71%", 71, "%"), Q("16 lượt người dân", 16, "lượt người dân"), Q("3,5 km", 3.5, "km"),
 Q("46 hộ đồng bào Êđê", 46, "hộ đồng bào Êđê"), Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("4 cuộc đối thoại", 4, "cuộc đối thoại"),
 Q("87 ý kiến", 87, "ý kiến")],
[D("Nghị quyết", "15", "NQ-HĐND", None, "HĐND huyện", "Nghị quyết số 15/NQ-HĐND của HĐND huyện"),
 D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW")],
[prov("Đắk Lắk"), com("Cư Né")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ >> Dân vận chính quyền >> Tin tức", "Ảnh: Toàn cảnh buổi đối thoại.", "Lượt xem: 537"],
["29.11.2019 | 09:10", "năm 2019", "hơn 20 năm", "quý I/2020", "ngày 30/6/2020", "Lượt xem: 537"]))

PAGES.append(page("b4120-hanam-mttq-soket-2020", """
Báo Hà Nam điện tử
Trang chủ | Chính trị | Mặt trận - Đoàn thể
Thứ Năm, 16/07/2020 - 08:40
MTTQ tỉnh sơ kết công tác 6 tháng: tiếp nhận 274 ý kiến, kiến nghị của cử tri
(Báo Hà Nam) Ngày 14/7, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020. Đồng chí Trần Xuân Dưỡng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có đồng chí Nguyễn Đức Vượng, Phó Chủ tịch HĐND tỉnh.
Đồng chí Trần Xuân Dưỡng phát biểu kết luận hội nghị.
6 tháng đầu năm 2020, dù chịu tác động của dịch Covid-19, Mặt trận các cấp vẫn phối hợp tổ chức 118 hội nghị tiếp xúc cử tri, trong đó có 24 hội nghị theo hình thức trực tuyến; tiếp nhận 274 ý kiến, kiến nghị của cử tri, tăng 32 ý kiến so với cùng kỳ. Qua giám sát, đến nay các cơ quan chức năng đã trả lời 251 ý kiến, kiến nghị, đạt 91,6%.
Mặt trận các cấp đã vận động Quỹ phòng, chống dịch Covid-19 được hơn 9,3 tỷ đồng và trên 120 tấn gạo; trao 5.680 suất quà Tết cho hộ nghèo, hộ cận nghèo; phối hợp giám sát việc chi trả hỗ trợ theo Nghị quyết số 42/NQ-CP của Chính phủ cho trên 38.000 đối tượng, phát hiện 19 trường hợp không đúng đối tượng đã được điều chỉnh.
Tham luận tại hội nghị, bà Đinh Thị Hằng, Chủ tịch Ủy ban MTTQ xã Thanh Tân, cho biết xã đã ghi chép 36 kiến nghị qua "Ngày hội cử tri" và chuyển đến HĐND huyện; ông Vũ Văn Toàn, Trưởng Ban Công tác Mặt trận thôn Đông Sơn, xã Liêm Cần, kể lại cách vận động 14 hộ tháo dỡ công trình lấn chiếm hành lang đê.
Đồng chí Nguyễn Đức Vượng đánh giá cao việc Mặt trận tổng hợp kiến nghị có phân loại theo lĩnh vực, theo thẩm quyền; đề nghị tiếp tục thực hiện tốt Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN về giám sát, phản biện xã hội.
Phát biểu kết luận, đồng chí Trần Xuân Dưỡng yêu cầu 6 tháng cuối năm các cấp Mặt trận chuẩn bị tốt đại hội MTTQ các cấp nhiệm kỳ 2019 - 2024 theo Chỉ thị số 18-CT/TU của Ban Thường vụ Tỉnh ủy; tổ chức tiếp xúc cử tri trước kỳ họp thường lệ cuối năm; giám sát ít nhất 2 chuyên đề về bồi thường giải phóng mặt bằng.
Nhiều ý kiến tại hội nghị cũng chỉ ra một số hạn chế: việc tổng hợp kiến nghị ở cơ sở còn chậm, có nơi còn chuyển nguyên văn mà chưa phân loại; việc theo dõi kết quả trả lời chưa đến cùng, cử tri chưa được thông tin kịp thời.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 8 tập thể và 13 cá nhân.
Hồng Nhung
Tin khác
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 7 (30/06/2020)
- Kim Bảng: 100% khu dân cư hoàn thành đại hội Ban Công tác Mặt trận (22/06/2020)
- Trao 300 suất quà cho công nhân khó khăn (12/06/2020)
""", "2020-07-16", "MTTQ tỉnh sơ kết công tác 6 tháng: tiếp nhận 274 ý kiến, kiến nghị của cử tri",
E("so_ket", "2020-H1", "2020-07-14"),
[P("Trần Xuân Dưỡng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Đức Vượng", "Phó Chủ tịch HĐND tỉnh"),
 P("Đinh Thị Hằng", "Chủ tịch Ủy ban MTTQ xã Thanh Tân"),
 P("Vũ Văn Toàn", "Trưởng Ban Công tác Mặt trận thôn Đông Sơn")],
[Q("274 ý kiến, kiến nghị", 274, "ý kiến, kiến nghị"), Q("118 hội nghị tiếp xúc cử tri", 118, "hội nghị tiếp xúc cử tri"),
 Q("24 hội nghị", 24, "hội nghị"), Q("32 ý kiến", 32, "ý kiến"), Q("251 ý kiến, kiến nghị", 251, "ý kiến, kiến nghị"),
 Q("91,6%", 91.6, "%"), Q("hơn 9,3 tỷ đồng", 9300000000, "đồng", "over"), Q("trên 120 tấn gạo", 120, "tấn gạo", "over"),
 Q("5.680 suất quà", 5680, "suất quà"), Q("trên 38.000 đối tượng", 38000, "đối tượng", "over"),
 Q("19 trường hợp", 19, "trường hợp"), Q("36 kiến nghị", 36, "kiến nghị"), Q("14 hộ", 14, "hộ"),
 Q("ít nhất 2 chuyên đề", 2, "chuyên đề", "over"), Q("8 tập thể", 8, "tập thể"), Q("13 cá nhân", 13, "cá nhân")],
[D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP của Chính phủ"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 18-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Hà Nam"), com("Thanh Tân"), com("Liêm Cần")],
["Báo Hà Nam điện tử", "Trang chủ | Chính trị | Mặt trận - Đoàn thể", "(Báo Hà Nam)",
 "Đồng chí Trần Xuân Dưỡng phát biểu kết luận hội nghị.", "Ngày hội cử tri", "Quỹ phòng, chống dịch Covid-19"],
["Thứ Năm, 16/07/2020 - 08:40", "6 tháng đầu năm", "6 tháng cuối năm 2020", "6 tháng đầu năm 2020", "nhiệm kỳ 2019 - 2024", "6 tháng cuối năm"]))
