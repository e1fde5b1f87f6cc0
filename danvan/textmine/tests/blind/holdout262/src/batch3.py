from lib import *
PAGES = []

PAGES.append(page("b6257-laocai-hdnd-giamsat-2023", """
Báo Lào Cai điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lào Cai
Chính trị » Hoạt động dân cử
Cập nhật: 09:42, 26/05/2023 (GMT+7)
Giám sát thực hiện Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số tại Mường Khương
Ngày 25/5, Đoàn giám sát của Ban Dân tộc HĐND tỉnh Lào Cai do đồng chí Vàng Seo Dín, Tỉnh ủy viên, Trưởng Ban Dân tộc HĐND tỉnh làm trưởng đoàn đã giám sát chuyên đề năm 2023 về việc thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi tại huyện Mường Khương. Cùng đi có các đồng chí Lù Thị Hoa, Tẩn Láo San, Hoàng Văn Phúc - Phó Trưởng Ban Dân tộc HĐND tỉnh.
Đoàn giám sát kiểm tra công trình nước sinh hoạt tại thôn Na Pá.
Theo báo cáo của UBND huyện do đồng chí Lồ Văn Thắng, Huyện ủy viên, Phó Chủ tịch UBND huyện trình bày, năm 2022 và 5 tháng đầu năm 2023, huyện được giao trên 187 tỷ đồng vốn thực hiện chương trình theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ; đến nay đã giải ngân khoảng 61%. Huyện đã hỗ trợ đất ở cho 42 hộ, nhà ở cho 356 hộ, nước sinh hoạt phân tán cho 1.127 hộ; đầu tư 38 công trình hạ tầng thiết yếu ở 16 xã; đào tạo nghề cho 1.450 lao động nông thôn. Tỷ lệ hộ nghèo giảm từ 41,6% xuống còn 34,9%.
Khảo sát thực tế tại xã Bản Lầu và xã Lùng Vai, đoàn ghi nhận nhiều hộ người Mông, Dao, Nùng, Giáy đã có nhà kiên cố, được tiếp cận nước sạch. Tuy nhiên, tiến độ giải ngân vốn sự nghiệp còn chậm, nhất là dự án hỗ trợ phát triển sản xuất theo chuỗi giá trị; 7 công trình nước sinh hoạt tập trung đầu tư từ trước năm 2020 đã hư hỏng; việc lựa chọn hộ hưởng lợi ở một số thôn chưa có sự tham gia của người dân.
Ông Thào Seo Páo, Chủ tịch UBND xã Lùng Vai, cho biết xã có 5 thôn đặc biệt khó khăn, nhiều hộ thiếu đất sản xuất nhưng quỹ đất không còn. Bà Lý Thị Mây, Trưởng thôn Na Pá, xã Bản Lầu, kiến nghị hỗ trợ thêm cây giống quế, mỗi hộ khoảng 500 cây, để bà con có sinh kế lâu dài.
Kết luận buổi giám sát, đồng chí Vàng Seo Dín đề nghị UBND huyện thực hiện đúng Nghị quyết số 10/2022/NQ-HĐND ngày 14/7/2022 của HĐND tỉnh về nguyên tắc, tiêu chí phân bổ vốn chương trình; khẩn trương hoàn thiện thủ tục để giải ngân đạt ít nhất 80% kế hoạch vốn trước ngày 30/9/2023; thực hiện Kết luận 65-KL/TW của Bộ Chính trị về công tác dân tộc và Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy về giảm nghèo bền vững; phát huy vai trò của 156 người có uy tín trong vận động đồng bào. Những nội dung vượt thẩm quyền, đoàn sẽ tổng hợp báo cáo Thường trực HĐND tỉnh để kiến nghị UBND tỉnh xem xét theo Kế hoạch số 34/KH-HĐND của Thường trực HĐND tỉnh.
Đây là cuộc giám sát thứ 3 trong đợt giám sát tại 9 huyện, thị xã, thành phố của Ban Dân tộc HĐND tỉnh. Kết quả giám sát sẽ được báo cáo tại kỳ họp thường lệ giữa năm 2023 của HĐND tỉnh khóa XVI.
Vũ Linh
Tin cùng chuyên mục
- HĐND tỉnh giám sát công tác bảo vệ rừng tại Bát Xát (18/05/2023)
- Tiếp xúc cử tri huyện Si Ma Cai (10/05/2023)
- Đoàn ĐBQH tỉnh khảo sát tại Bắc Hà (28/04/2023)
""", "2023-05-26", "Giám sát thực hiện Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số tại Mường Khương",
E("giam_sat", "2023", "2023-05-25"),
[P("Vàng Seo Dín", "Tỉnh ủy viên", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Lù Thị Hoa", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Tẩn Láo San", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Hoàng Văn Phúc", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Lồ Văn Thắng", "Huyện ủy viên", "Phó Chủ tịch UBND huyện"),
 P("Thào Seo Páo", "Chủ tịch UBND xã Lùng Vai"),
 P("Lý Thị Mây", "Trưởng thôn Na Pá")],
[Q("trên 187 tỷ đồng", 187000000000, "đồng", "over"), Q("khoảng 61%", 61, "%", "approx"), Q("42 hộ", 42, "hộ"),
 Q("356 hộ", 356, "hộ"), Q("1.127 hộ", 1127, "hộ"), Q("38 công trình hạ tầng thiết yếu", 38, "công trình hạ tầng thiết yếu"),
 Q("16 xã", 16, "xã"), Q("1.450 lao động nông thôn", 1450, "lao động nông thôn"), Q("41,6%", 41.6, "%"), Q("34,9%", 34.9, "%"),
 Q("7 công trình nước sinh hoạt tập trung", 7, "công trình nước sinh hoạt tập trung"),
 Q("5 thôn đặc biệt khó khăn", 5, "thôn đặc biệt khó khăn"), Q("khoảng 500 cây", 500, "cây", "approx"),
 Q("ít nhất 80%", 80, "%", "over"), Q("156 người có uy tín", 156, "người có uy tín"),
 Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Nghị quyết", "10", "2022/NQ-HĐND", "2022-07-14", "HĐND tỉnh", "Nghị quyết số 10/2022/NQ-HĐND ngày 14/7/2022"),
 D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị", "Kết luận 65-KL/TW"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Kế hoạch", "34", "KH-HĐND", None, "Thường trực HĐND tỉnh", "Kế hoạch số 34/KH-HĐND")],
[prov("Lào Cai"), com("Bản Lầu"), com("Lùng Vai")],
["Báo Lào Cai điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lào Cai", "Chính trị » Hoạt động dân cử",
 "Đoàn giám sát kiểm tra công trình nước sinh hoạt tại thôn Na Pá.",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Cập nhật: 09:42, 26/05/2023 (GMT+7)", "năm 2023", "năm 2022", "5 tháng đầu năm 2023", "năm 2020",
 "cuộc giám sát thứ 3", "khóa XVI"]))

PAGES.append(page("b6258-lamdong-daibieu-khac-2024", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Trang chủ > Xã hội > Gương sáng
Ngày 08/03/2024 | 09:15
Bà Ka Thị Brông (bìa phải) trao đổi với người dân bon Đạ Nghịt.
Nữ đại biểu K'Ho sát dân, hiểu dân
(LĐ) - Gần 8 năm làm đại biểu HĐND tỉnh Lâm Đồng, bà Ka Thị Brông, Phó Trưởng Ban Dân tộc HĐND tỉnh khóa X, người dân tộc K'Ho ở xã Lát, huyện Lạc Dương, được cử tri biết đến là người "đi đến tận bon, hỏi đến tận bếp".
Sinh năm 1979 trong một gia đình nghèo, bà Ka Thị Brông từng là giáo viên mầm non, rồi làm cán bộ Hội Liên hiệp Phụ nữ xã trước khi được bầu làm đại biểu HĐND tỉnh. Mỗi đợt giám sát chuyên đề, bà đều dành thời gian ở lại bon vài ngày để gặp từng hộ. Trong cuộc giám sát việc thực hiện chính sách hỗ trợ đất sản xuất, nước sinh hoạt theo Quyết định 2085/QĐ-TTg của Thủ tướng Chính phủ, bà đã phát hiện 64 hộ đồng bào K'Ho, Chil ở 3 bon có tên trong danh sách nhưng chưa nhận được hỗ trợ. Kiến nghị của bà được UBND tỉnh tiếp thu, chỉ đạo bổ sung kinh phí hơn 1,9 tỷ đồng.
Ông Cil Ha Sol, Trưởng bon Đạ Nghịt, xã Lát, kể: "Bà Brông về bon hỏi từng nhà, ghi vào sổ rồi mang lên tỉnh. Lần sau về, bà nói lại cho dân nghe việc nào đã làm được, việc nào chưa". Nhờ đó, 27 hộ trong bon đã được cấp giấy chứng nhận quyền sử dụng đất sau nhiều năm chờ đợi.
Cùng với các đại biểu Cil Múp, Liêng Hót K'Thu - Ủy viên Ban Dân tộc HĐND tỉnh, bà tham gia 11 cuộc giám sát chuyên đề của HĐND tỉnh, trực tiếp chất vấn tại 4 kỳ họp về các vấn đề giao đất, giao rừng và chi trả dịch vụ môi trường rừng. Năm 2023, bà đã tiếp nhận 32 ý kiến, kiến nghị của cử tri, chuyển các cơ quan giải quyết 29 ý kiến.
Bà Nguyễn Thị Hòa, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Lạc Dương, nhận xét: "Chị Brông rất gần dân, nắm chắc từng vụ việc nên khi giám sát hay chất vấn đều có số liệu cụ thể". Bà cũng là một trong những đại biểu tích cực tuyên truyền Chỉ thị 05-CT/TW của Bộ Chính trị trong đồng bào, vận động chị em phụ nữ K'Ho giữ gìn nghề dệt thổ cẩm, xóa bỏ tảo hôn.
Năm 2023, bà Ka Thị Brông được Thường trực HĐND tỉnh tặng giấy khen theo Quyết định số 214/QĐ-HĐND, được Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen vì có thành tích trong phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Chia sẻ về dự định, bà cho biết sẽ đề xuất HĐND tỉnh giám sát chuyên đề việc bố trí đất ở cho các hộ đồng bào tại chỗ còn thiếu đất ở vùng Đạ Chais, Đưng K'Nớ.
"Người dân tin mình thì mình phải nói được tiếng nói của dân", bà Brông nói, khi chuẩn bị cùng đoàn đại biểu đi tiếp xúc cử tri.
Mai Văn Bảo
Lượt xem: 2.031
Tin liên quan
- Người có uy tín giữ bình yên buôn làng (05/03/2024)
- Lạc Dương: phụ nữ K'Ho giữ nghề dệt thổ cẩm (28/02/2024)
- HĐND tỉnh giám sát việc giao khoán bảo vệ rừng (20/02/2024)
""", "2024-03-08", "Nữ đại biểu K'Ho sát dân, hiểu dân",
E("khac", None, None),
[P("Ka Thị Brông", "Phó Trưởng Ban Dân tộc HĐND tỉnh khóa X"),
 P("Cil Ha Sol", "Trưởng bon Đạ Nghịt"),
 P("Cil Múp", "Ủy viên Ban Dân tộc HĐND tỉnh"),
 P("Liêng Hót K'Thu", "Ủy viên Ban Dân tộc HĐND tỉnh"),
 P("Nguyễn Thị Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Lạc Dương")],
[Q("64 hộ đồng bào K'Ho, Chil", 64, "hộ đồng bào K'Ho, Chil"), Q("3 bon", 3, "bon"),
 Q("hơn 1,9 tỷ đồng", 1900000000, "đồng", "over"), Q("27 hộ", 27, "hộ"),
 Q("11 cuộc giám sát chuyên đề", 11, "cuộc giám sát chuyên đề"), Q("4 kỳ họp", 4, "kỳ họp"),
 Q("32 ý kiến, kiến nghị", 32, "ý kiến, kiến nghị"), Q("29 ý kiến", 29, "ý kiến")],
[D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 2085/QĐ-TTg"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW"),
 D("Quyết định", "214", "QĐ-HĐND", None, "Thường trực HĐND tỉnh", "Quyết định số 214/QĐ-HĐND")],
[prov("Lâm Đồng"), com("Lát"), com("Đạ Chais"), com("Đưng K'Nớ")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Trang chủ > Xã hội > Gương sáng", "Bà Ka Thị Brông (bìa phải) trao đổi với người dân bon Đạ Nghịt.",
 "(LĐ)", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt xem: 2.031",
 "đi đến tận bon, hỏi đến tận bếp"],
["Ngày 08/03/2024 | 09:15", "Gần 8 năm", "năm 1979", "Năm 2023", "khóa X", "Lượt xem: 2.031"]))

PAGES.append(page("b6259-thaibinh-hdnd-soket-2024", """
HĐND TỈNH THÁI BÌNH
Hôm nay: Thứ Tư, 17/07/2024
Trang chủ » Hoạt động của HĐND » Tin Thường trực
17/07/2024 06:00
Ảnh: Toàn cảnh hội nghị sơ kết.
Nâng cao chất lượng giám sát chuyên đề, theo dõi kiến nghị đến cùng
Ngày 16/7, Thường trực HĐND tỉnh Thái Bình tổ chức hội nghị sơ kết công tác giám sát 6 tháng đầu năm 2024, triển khai chương trình 6 tháng cuối năm. Đồng chí Đặng Trọng Thuận, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh chủ trì. Dự hội nghị có Trưởng, Phó các Ban HĐND tỉnh, Thường trực HĐND 8 huyện, thành phố và đại diện Văn phòng Đoàn ĐBQH và HĐND tỉnh.
Báo cáo tại hội nghị cho biết, thực hiện Nghị quyết số 594/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội hướng dẫn hoạt động giám sát của HĐND và Nghị quyết số 58/NQ-HĐND ngày 8/12/2023 của HĐND tỉnh về chương trình giám sát năm 2024, 6 tháng đầu năm Thường trực và các Ban HĐND tỉnh đã thực hiện 2 cuộc giám sát chuyên đề, 6 cuộc khảo sát. Nội dung tập trung vào việc quản lý, sử dụng đất công ích 5% ở cấp xã và việc thực hiện chính sách đối với người cao tuổi. HĐND cấp huyện tổ chức 19 cuộc giám sát, HĐND cấp xã 248 cuộc.
Qua giám sát đất công ích, các đoàn phát hiện 46 xã cho thuê đất quá thời hạn 5 năm, 1.320 trường hợp sử dụng đất sai mục đích với diện tích khoảng 86 ha; kiến nghị thu hồi, nộp ngân sách gần 3,5 tỷ đồng. Giám sát chính sách người cao tuổi cho thấy toàn tỉnh có hơn 292.000 người cao tuổi, trong đó 41.500 người hưởng trợ cấp xã hội hằng tháng; 98% người cao tuổi có thẻ bảo hiểm y tế.
Ông Phạm Văn Nghị, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh, cho biết từ đầu nhiệm kỳ đến nay, tổng số 214 kiến nghị sau giám sát đã có 187 kiến nghị được thực hiện xong, đạt 87,4%. Bà Bùi Thị Thanh Nga, HUV, Phó Chủ tịch HĐND huyện Tiền Hải, đề nghị tỉnh ban hành mẫu biên bản giám sát thống nhất. Ông Trần Đức Hạnh, Chủ tịch HĐND xã Đông Cơ, nêu kinh nghiệm mời Ban Thanh tra nhân dân tham gia đoàn giám sát cấp xã. Các đồng chí Phó Trưởng Ban Pháp chế HĐND tỉnh: Ngô Thị Huyền, Vũ Quang Trung đề xuất tăng cường giám sát qua hồ sơ điện tử.
Kết luận hội nghị, đồng chí Đặng Trọng Thuận yêu cầu 6 tháng cuối năm các Ban HĐND tập trung giám sát chuyên đề việc thực hiện Kết luận 02, 03-KL/TU của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số và cải cách hành chính; phối hợp Ủy ban MTTQ Việt Nam tỉnh giám sát theo Quyết định số 99-QĐ/TW về giám sát và phản biện xã hội; rà soát toàn bộ kiến nghị tồn đọng, công khai kết quả trên Cổng thông tin điện tử HĐND tỉnh.
Hoài Thu
Tin cùng chuyên mục
- Kỳ họp thứ 20 HĐND tỉnh khóa XVII thành công tốt đẹp (12/07/2024)
- Giám sát quản lý đất công ích tại Hưng Hà (24/05/2024)
- Khảo sát chế độ người cao tuổi tại Vũ Thư (10/05/2024)
""", "2024-07-17", "Nâng cao chất lượng giám sát chuyên đề, theo dõi kiến nghị đến cùng",
E("so_ket", "2024-H1", "2024-07-16"),
[P("Đặng Trọng Thuận", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực HĐND tỉnh"),
 P("Phạm Văn Nghị", "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Bùi Thị Thanh Nga", "HUV", "Phó Chủ tịch HĐND huyện Tiền Hải"),
 P("Trần Đức Hạnh", "Chủ tịch HĐND xã Đông Cơ"),
 P("Ngô Thị Huyền", "Phó Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Vũ Quang Trung", "Phó Trưởng Ban Pháp chế HĐND tỉnh")],
[Q("8 huyện, thành phố", 8, "huyện, thành phố"), Q("2 cuộc giám sát chuyên đề", 2, "cuộc giám sát chuyên đề"),
 Q("6 cuộc khảo sát", 6, "cuộc khảo sát"), Q("19 cuộc giám sát", 19, "cuộc giám sát"), Q("248 cuộc", 248, "cuộc"),
 Q("46 xã", 46, "xã"), Q("1.320 trường hợp", 1320, "trường hợp"), Q("khoảng 86 ha", 86, "ha", "approx"),
 Q("gần 3,5 tỷ đồng", 3500000000, "đồng", "approx"), Q("hơn 292.000 người cao tuổi", 292000, "người cao tuổi", "over"),
 Q("41.500 người", 41500, "người"), Q("98%", 98, "%"), Q("214 kiến nghị", 214, "kiến nghị"),
 Q("187 kiến nghị", 187, "kiến nghị"), Q("87,4%", 87.4, "%")],
[D("Nghị quyết", "594", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 594/NQ-UBTVQH15"),
 D("Nghị quyết", "58", "NQ-HĐND", "2023-12-08", "HĐND tỉnh", "Nghị quyết số 58/NQ-HĐND ngày 8/12/2023"),
 D("Kết luận", "02", "KL/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Kết luận 02, 03-KL/TU"),
 D("Kết luận", "03", "KL/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Kết luận 02, 03-KL/TU"),
 D("Quyết định", "99", "QĐ/TW", None, None, "Quyết định số 99-QĐ/TW")],
[prov("Thái Bình"), com("Đông Cơ")],
["HĐND TỈNH THÁI BÌNH", "Hôm nay: Thứ Tư, 17/07/2024", "Trang chủ » Hoạt động của HĐND » Tin Thường trực",
 "Ảnh: Toàn cảnh hội nghị sơ kết.", "Cổng thông tin điện tử HĐND tỉnh"],
["17/07/2024 06:00", "6 tháng đầu năm 2024", "6 tháng cuối năm", "năm 2024", "đất công ích 5%", "5 năm"]))

PAGES.append(page("b6260-tayninh-hdndxa-giamsat-2025", """
Trang thông tin điện tử xã Hậu Nghĩa - tỉnh Tây Ninh
Tin tức › Hoạt động HĐND xã
Thứ Ba, 14/10/2025 - 15:10
HĐND xã Hậu Nghĩa giám sát việc giải quyết thủ tục hành chính sau sắp xếp
Ngày 13/10/2025, Thường trực HĐND xã Hậu Nghĩa (tỉnh Tây Ninh) tổ chức giám sát chuyên đề năm 2025 về việc tiếp nhận, giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã sau khi vận hành chính quyền địa phương 2 cấp. Đồng chí Nguyễn Thị Bích Liên, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã làm trưởng đoàn; các đồng chí Phó Trưởng Ban Kinh tế - Xã hội HĐND xã: Lê Văn Hiếu, Trần Thị Mỹ Duyên tham gia đoàn.
Xã Hậu Nghĩa được thành lập trên cơ sở sắp xếp thị trấn Hậu Nghĩa và 2 xã lân cận thuộc huyện Đức Hòa cũ của tỉnh Long An, nay thuộc tỉnh Tây Ninh; dân số hơn 62.000 người.
Đoàn giám sát làm việc tại Trung tâm Phục vụ hành chính công xã.
Báo cáo của UBND xã do ông Võ Minh Tâm, Phó Chủ tịch UBND xã trình bày cho biết, từ ngày 1/7 đến 30/9/2025, Trung tâm đã tiếp nhận 6.742 hồ sơ, trong đó 4.918 hồ sơ nộp trực tuyến, chiếm 72,9%; giải quyết đúng hạn 6.530 hồ sơ; 58 hồ sơ trễ hạn, chủ yếu lĩnh vực đất đai do chuyển giao dữ liệu từ cấp huyện. Trung tâm bố trí 12 công chức, viên chức và 8 đoàn viên thanh niên tình nguyện hướng dẫn người dân. Kinh phí mua sắm trang thiết bị khoảng 850 triệu đồng.
Qua kiểm tra, đoàn ghi nhận người dân đánh giá cao việc được làm thủ tục gần nhà; tuy vậy, hệ thống phần mềm còn chậm, có ngày gián đoạn; 3 ấp ở xa chưa có điểm hỗ trợ dịch vụ công trực tuyến; việc trả kết quả qua bưu chính mới đạt khoảng 15%.
Ông Phan Văn Nhì, Trưởng ấp Lộc Thuận, đề nghị bố trí tổ công nghệ số cộng đồng ở từng ấp. Bà Huỳnh Thị Kim Xuyến, Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết Mặt trận đã tiếp nhận 23 ý kiến phản ánh của người dân về thái độ phục vụ và đã chuyển UBND xã giải quyết 21 ý kiến.
Kết luận giám sát, đồng chí Nguyễn Thị Bích Liên đề nghị UBND xã thực hiện nghiêm Nghị định số 118/2025/NĐ-CP của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông; Kế hoạch số 15/KH-UBND ngày 5/8/2025 của UBND xã về chuyển đổi số; Nghị quyết 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; phấn đấu tỷ lệ hồ sơ trực tuyến đạt từ 80% trở lên trong quý IV. Kết quả giám sát sẽ được báo cáo tại kỳ họp thường lệ cuối năm 2025 của HĐND xã, theo Nghị quyết số 04/NQ-HĐND của HĐND xã về chương trình giám sát.
Thanh Tùng
Tin liên quan
- Hậu Nghĩa: tiếp xúc cử tri sau sắp xếp đơn vị hành chính (20/09/2025)
- Ra mắt tổ công nghệ số cộng đồng ấp Lộc Thuận (05/09/2025)
- Kỳ họp thứ nhất HĐND xã Hậu Nghĩa (01/07/2025)
""", "2025-10-14", "HĐND xã Hậu Nghĩa giám sát việc giải quyết thủ tục hành chính sau sắp xếp",
E("giam_sat", "2025", "2025-10-13"),
[P("Nguyễn Thị Bích Liên", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lê Văn Hiếu", "Phó Trưởng Ban Kinh tế - Xã hội HĐND xã"),
 P("Trần Thị Mỹ Duyên", "Phó Trưởng Ban Kinh tế - Xã hội HĐND xã"),
 P("Võ Minh Tâm", "Phó Chủ tịch UBND xã"),
 P("Phan Văn Nhì", "Trưởng ấp Lộc Thuận"),
 P("Huỳnh Thị Kim Xuyến", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("2 xã", 2, "xã"), Q("hơn 62.000 người", 62000, "người", "over"), Q("6.742 hồ sơ", 6742, "hồ sơ"),
 Q("4.918 hồ sơ", 4918, "hồ sơ"), Q("72,9%", 72.9, "%"), Q("6.530 hồ sơ", 6530, "hồ sơ"), Q("58 hồ sơ", 58, "hồ sơ"),
 Q("12 công chức, viên chức", 12, "công chức, viên chức"), Q("8 đoàn viên thanh niên tình nguyện", 8, "đoàn viên thanh niên tình nguyện"),
 Q("khoảng 850 triệu đồng", 850000000, "đồng", "approx"), Q("3 ấp", 3, "ấp"), Q("khoảng 15%", 15, "%", "approx"),
 Q("23 ý kiến phản ánh", 23, "ý kiến phản ánh"), Q("21 ý kiến", 21, "ý kiến"), Q("từ 80% trở lên", 80, "%", "over")],
[D("Nghị định", "118", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 118/2025/NĐ-CP"),
 D("Kế hoạch", "15", "KH-UBND", "2025-08-05", "UBND xã", "Kế hoạch số 15/KH-UBND ngày 5/8/2025"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 57-NQ/TW"),
 D("Nghị quyết", "04", "NQ-HĐND", None, "HĐND xã", "Nghị quyết số 04/NQ-HĐND")],
[prov("Tây Ninh"), prov("Long An"), com("Hậu Nghĩa")],
["Trang thông tin điện tử xã Hậu Nghĩa - tỉnh Tây Ninh", "Tin tức › Hoạt động HĐND xã",
 "Đoàn giám sát làm việc tại Trung tâm Phục vụ hành chính công xã.", "Trung tâm Phục vụ hành chính công xã"],
["Thứ Ba, 14/10/2025 - 15:10", "năm 2025", "chính quyền địa phương 2 cấp", "quý IV"]))

PAGES.append(page("b6261-tuyenquang-mttqxa-daihoi-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Chính trị - Mặt trận - Đoàn thể
20/08/2025 - 10:05
Quang cảnh Đại hội.
Đại hội đại biểu MTTQ Việt Nam xã Lũng Phìn lần thứ I: phối hợp chặt chẽ với HĐND trong giám sát
Ngày 19/8, Ủy ban MTTQ Việt Nam xã Lũng Phìn (tỉnh Tuyên Quang) tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ I, nhiệm kỳ 2025 - 2030. Dự đại hội có 150 đại biểu đại diện cho hơn 11.000 nhân dân các dân tộc Mông, Dao, Tày, Giáy trong xã. Xã Lũng Phìn mới được thành lập từ 3 xã của huyện Đồng Văn cũ, tỉnh Hà Giang trước đây.
Tới dự có đồng chí Hầu Thị Sua, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Vừ Mí Chứ, Bí thư Đảng ủy, Chủ tịch HĐND xã.
Báo cáo chính trị tại đại hội nêu rõ, trong nhiệm kỳ qua, Mặt trận các xã cũ đã phối hợp với Thường trực HĐND tổ chức 27 cuộc giám sát chuyên đề, tập trung vào chính sách hỗ trợ nhà ở, cấp phát gạo cứu đói và chi trả tiền bảo vệ rừng; tham gia 41 cuộc tiếp xúc cử tri; tổng hợp 318 ý kiến, kiến nghị của cử tri gửi tới kỳ họp HĐND các cấp. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" đã huy động nhân dân hiến 6.500 m2 đất, góp 2.800 ngày công và trên 420 triệu đồng làm đường liên thôn; Quỹ "Vì người nghèo" hỗ trợ xây dựng 86 căn nhà Đại đoàn kết, mỗi căn 50 triệu đồng. Tỷ lệ hộ nghèo giảm bình quân 5,6%/năm.
Đại hội đề ra chỉ tiêu: 100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc; mỗi năm phối hợp với HĐND xã giám sát ít nhất 2 chuyên đề; vận động xóa 120 căn nhà tạm, nhà dột nát; trên 95% hộ gia đình đạt danh hiệu gia đình văn hóa.
Phát biểu tại đại hội, đồng chí Hầu Thị Sua đề nghị Mặt trận xã thực hiện tốt Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền; Kết luận 18, 19-KL/TU của Ban Thường vụ Tỉnh ủy về công tác Mặt trận sau sắp xếp.
Đại hội đã hiệp thương cử 45 vị vào Ủy ban MTTQ Việt Nam xã khóa I. Bà Giàng Thị Mỷ được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã khóa I; các ông Thào Mí Chơ, Sình Văn Páo được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng bầu 12 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ I.
Ông Lục Văn Chẩn, người có uy tín thôn Sán Trồ, chia sẻ mong muốn Mặt trận tiếp tục là cầu nối để tiếng nói của dân được HĐND lắng nghe, nhất là những kiến nghị về đường sá, nước sinh hoạt và trường học cho con em vùng cao sau khi sáp nhập xã, khi đường đến trung tâm xã mới xa hơn trước.
Ngọc Hân
Tin khác
- Đại hội MTTQ xã Sà Phìn thành công tốt đẹp (15/08/2025)
- HĐND xã Lũng Phìn giám sát việc cấp gạo cho học sinh (01/08/2025)
- Ra mắt Ban công tác Mặt trận thôn sau sáp nhập (22/07/2025)
""", "2025-08-20", "Đại hội đại biểu MTTQ Việt Nam xã Lũng Phìn lần thứ I: phối hợp chặt chẽ với HĐND trong giám sát",
E("dai_hoi", None, "2025-08-19"),
[P("Hầu Thị Sua", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vừ Mí Chứ", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Giàng Thị Mỷ", "Chủ tịch Ủy ban MTTQ Việt Nam xã khóa I"),
 P("Thào Mí Chơ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Sình Văn Páo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lục Văn Chẩn", "người có uy tín thôn Sán Trồ")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 11.000 nhân dân", 11000, "nhân dân", "over"), Q("3 xã", 3, "xã"),
 Q("27 cuộc giám sát chuyên đề", 27, "cuộc giám sát chuyên đề"), Q("41 cuộc tiếp xúc cử tri", 41, "cuộc tiếp xúc cử tri"),
 Q("318 ý kiến, kiến nghị", 318, "ý kiến, kiến nghị"), Q("6.500 m2", 6500, "m2"), Q("2.800 ngày công", 2800, "ngày công"),
 Q("trên 420 triệu đồng", 420000000, "đồng", "over"), Q("86 căn nhà Đại đoàn kết", 86, "căn nhà Đại đoàn kết"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("5,6%", 5.6, "%"), Q("100%", 100, "%"),
 Q("ít nhất 2 chuyên đề", 2, "chuyên đề", "over"), Q("120 căn nhà tạm, nhà dột nát", 120, "căn nhà tạm, nhà dột nát"),
 Q("trên 95%", 95, "%", "over"), Q("45 vị", 45, "vị"), Q("12 đại biểu", 12, "đại biểu")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 218-QĐ/TW"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU"),
 D("Kết luận", "19", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Phìn")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Chính trị - Mặt trận - Đoàn thể", "Quang cảnh Đại hội.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc"],
["20/08/2025 - 10:05", "lần thứ I", "nhiệm kỳ 2025 - 2030", "khóa I"]))

PAGES.append(page("b6262-vinhlong-hdnd-giaoban-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ HĐND TỈNH VĨNH LONG
Hôm nay: Thứ Năm, 01/01/2026
Bạn đang ở: Trang chủ / Tin hoạt động / Thường trực HĐND
Ngày đăng 30/12/2025 | 14:20
Thường trực HĐND tỉnh giao ban với Thường trực HĐND xã, phường quý IV
Ngày 29/12, Thường trực HĐND tỉnh Vĩnh Long tổ chức hội nghị giao ban quý IV năm 2025 với Thường trực HĐND 124 xã, phường theo hình thức trực tiếp kết hợp trực tuyến tại 125 điểm cầu. Đồng chí Nguyễn Văn Quang, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh chủ trì; cùng dự có các đồng chí Phó Chủ tịch HĐND tỉnh: Thạch Thị Sà Quen, Lê Minh Đức.
Báo cáo tại hội nghị cho biết, sau 6 tháng vận hành mô hình chính quyền địa phương 2 cấp, HĐND các xã, phường đã tổ chức 168 cuộc giám sát chuyên đề và 402 cuộc khảo sát; quý IV tập trung giám sát việc chi trả chính sách an sinh xã hội sau sắp xếp, việc quản lý trụ sở dôi dư và công tác bảo đảm an toàn giao thông. Qua giám sát, phát hiện 1.046 trường hợp đối tượng bảo trợ xã hội bị chậm chi trả do chuyển đổi dữ liệu; 73 trụ sở, cơ sở nhà đất dôi dư chưa có phương án sử dụng.
Tại điểm cầu xã Hòa Minh, ông Kim Sóc Ra, Chủ tịch HĐND xã, cho biết xã đã phối hợp với các chùa Khmer vận động 310 hộ đồng bào Khmer tham gia bảo hiểm y tế hộ gia đình. Bà Lý Thị Sa Rươl, Phó Chủ tịch HĐND phường Nguyệt Hóa, đề nghị tỉnh sớm hướng dẫn biểu mẫu báo cáo giám sát thống nhất cho cấp xã. Ông Trương Văn Nghĩa, Chủ tịch HĐND xã Long Hiệp, kiến nghị bố trí thêm 1 biên chế chuyên trách cho Thường trực HĐND cấp xã.
Ông Đoàn Thanh Phong, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh, thông tin kết quả giám sát chuyên đề của tỉnh về chính sách đối với người có công: toàn tỉnh đã chi trả hơn 1.280 tỷ đồng trợ cấp ưu đãi năm 2025, hỗ trợ xây mới, sửa chữa 1.540 căn nhà cho người có công với cách mạng; tỷ lệ hài lòng của người dân đạt trên 90%.
Kết luận hội nghị, đồng chí Nguyễn Văn Quang đề nghị Thường trực HĐND các xã, phường thực hiện nghiêm Nghị quyết số 1231/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội về tổ chức hoạt động của HĐND cấp xã và Kế hoạch số 76/KH-TTHĐND ngày 10/11/2025 của Thường trực HĐND tỉnh; chuẩn bị tốt công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 theo Chỉ thị 46-CT/TW của Bộ Chính trị; tăng cường giám sát việc giải quyết kiến nghị cử tri sau sắp xếp.
Dịp này, Thường trực HĐND tỉnh tặng giấy khen cho 15 tập thể và 22 cá nhân có thành tích tiêu biểu trong hoạt động giám sát năm 2025.
Thanh Vy
Tin liên quan
- Kỳ họp thứ 5 HĐND tỉnh Vĩnh Long khóa X bế mạc (12/12/2025)
- Giám sát chính sách bảo trợ xã hội tại Trà Cú (26/11/2025)
- HĐND phường Bến Tre tiếp xúc cử tri (14/11/2025)
""", "2025-12-30", "Thường trực HĐND tỉnh giao ban với Thường trực HĐND xã, phường quý IV",
E("giao_ban", "2025-Q4", "2025-12-29"),
[P("Nguyễn Văn Quang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực HĐND tỉnh"),
 P("Thạch Thị Sà Quen", "Phó Chủ tịch HĐND tỉnh"),
 P("Lê Minh Đức", "Phó Chủ tịch HĐND tỉnh"),
 P("Kim Sóc Ra", "Chủ tịch HĐND xã"),
 P("Lý Thị Sa Rươl", "Phó Chủ tịch HĐND phường Nguyệt Hóa"),
 P("Trương Văn Nghĩa", "Chủ tịch HĐND xã Long Hiệp"),
 P("Đoàn Thanh Phong", "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh")],
[Q("124 xã, phường", 124, "xã, phường"), Q("125 điểm cầu", 125, "điểm cầu"),
 Q("168 cuộc giám sát chuyên đề", 168, "cuộc giám sát chuyên đề"), Q("402 cuộc khảo sát", 402, "cuộc khảo sát"),
 Q("1.046 trường hợp", 1046, "trường hợp"), Q("73 trụ sở, cơ sở nhà đất dôi dư", 73, "trụ sở, cơ sở nhà đất dôi dư"),
 Q("310 hộ đồng bào Khmer", 310, "hộ đồng bào Khmer"), Q("1 biên chế chuyên trách", 1, "biên chế chuyên trách"),
 Q("hơn 1.280 tỷ đồng", 1280000000000, "đồng", "over"), Q("1.540 căn nhà", 1540, "căn nhà"),
 Q("trên 90%", 90, "%", "over"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Nghị quyết", "1231", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1231/NQ-UBTVQH15"),
 D("Kế hoạch", "76", "KH-TTHĐND", "2025-11-10", "Thường trực HĐND tỉnh", "Kế hoạch số 76/KH-TTHĐND ngày 10/11/2025"),
 D("Chỉ thị", "46", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 46-CT/TW")],
[prov("Vĩnh Long"), com("Hòa Minh"), com("Nguyệt Hóa"), com("Long Hiệp")],
["CỔNG THÔNG TIN ĐIỆN TỬ HĐND TỈNH VĨNH LONG", "Hôm nay: Thứ Năm, 01/01/2026",
 "Bạn đang ở: Trang chủ / Tin hoạt động / Thường trực HĐND"],
["Hôm nay: Thứ Năm, 01/01/2026", "Ngày đăng 30/12/2025 | 14:20", "quý IV năm 2025", "6 tháng",
 "chính quyền địa phương 2 cấp", "khóa XVI", "nhiệm kỳ 2026 - 2031", "năm 2025"]))
