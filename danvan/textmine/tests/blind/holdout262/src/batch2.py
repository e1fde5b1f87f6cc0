from lib import *
PAGES = []

PAGES.append(page("b6251-nghean-hdnd-giaoban-2017", """
ĐOÀN ĐBQH VÀ HĐND TỈNH NGHỆ AN
Vị trí: Trang chủ › Hoạt động HĐND › Thường trực HĐND
Cập nhật lúc 17:20 ngày 06/10/2017
Thường trực HĐND tỉnh giao ban với Thường trực HĐND các huyện, thành phố, thị xã
Ngày 5/10, tại thành phố Vinh, Thường trực HĐND tỉnh Nghệ An tổ chức hội nghị giao ban quý III năm 2017 với Thường trực HĐND 21 huyện, thành phố, thị xã. Đồng chí Hoàng Viết Thành, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì. Dự hội nghị có các đồng chí Phó Chủ tịch HĐND tỉnh: Cao Thị Huệ, Lô Văn Thoại; Trưởng các Ban HĐND tỉnh.
Hội nghị tập trung đánh giá kết quả giám sát chuyên đề trong quý. Theo báo cáo, quý III, Thường trực và các Ban HĐND tỉnh đã tổ chức 4 cuộc giám sát chuyên đề, trong đó có giám sát việc thực hiện Nghị quyết số 71/2013/NQ-HĐND của HĐND tỉnh về chính sách hỗ trợ bảo vệ rừng ở 11 huyện miền núi; giám sát việc thực hiện Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ về chính sách đặc thù hỗ trợ phát triển kinh tế - xã hội vùng dân tộc thiểu số. HĐND cấp huyện tổ chức 37 cuộc giám sát, HĐND cấp xã 412 cuộc.
Qua giám sát việc giao khoán bảo vệ rừng, đoàn phát hiện 1.080 hộ đồng bào Thái, Khơ Mú chưa được chi trả đủ tiền khoán, tổng số tiền còn nợ khoảng 6,7 tỷ đồng; 2 huyện chậm giải ngân vốn hỗ trợ gạo cho 4.500 hộ nghèo. Sau giám sát, UBND tỉnh đã chỉ đạo chi trả dứt điểm trước ngày 30/9.
Ông Vi Văn Sơn, Trưởng Ban Dân tộc HĐND tỉnh, cho rằng kiến nghị sau giám sát đã được các ngành tiếp thu, nhưng việc trả lời còn chậm; có kiến nghị từ năm 2016 đến nay chưa có hồi âm. Bà Lương Thị Khuyên, HUV, Phó Chủ tịch HĐND huyện Quế Phong, đề nghị Thường trực HĐND tỉnh hướng dẫn thống nhất mẫu báo cáo kết quả giám sát cho cấp huyện, cấp xã. Ông Nguyễn Hữu Lâm, Phó Chủ tịch HĐND huyện Yên Thành, chia sẻ cách phân công đại biểu theo dõi từng kiến nghị đến khi giải quyết xong.
Hội nghị cũng thống nhất nội dung chuẩn bị kỳ họp thường lệ cuối năm 2017, trong đó có việc lựa chọn nội dung giám sát chuyên đề năm 2018 theo Kế hoạch số 412/KH-TT.HĐND của Thường trực HĐND tỉnh và đánh giá 2 năm thực hiện Chỉ thị số 05-CT/TU, Chỉ thị số 06-CT/TU của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng hoạt động HĐND các cấp.
Kết luận hội nghị, đồng chí Hoàng Viết Thành đề nghị Thường trực HĐND các huyện, thành phố, thị xã tăng cường giám sát tại chỗ, không chỉ nghe báo cáo; phối hợp với Ủy ban MTTQ cùng cấp giám sát việc giải quyết kiến nghị cử tri; quý IV tập trung giám sát công tác bồi thường, giải phóng mặt bằng dự án đường ven biển và việc sắp xếp 86 xóm, khối theo Nghị quyết số 14/NQ-HĐND ngày 21/7/2017 của HĐND tỉnh.
Văn Phong
Xem thêm
- Giám sát việc chi trả dịch vụ môi trường rừng tại Kỳ Sơn (20/09/2017)
- Ban Văn hóa - Xã hội HĐND tỉnh làm việc với Sở Y tế (11/09/2017)
- Quỳ Châu: tiếp xúc cử tri về thủy điện (28/08/2017)
""", "2017-10-06", "Thường trực HĐND tỉnh giao ban với Thường trực HĐND các huyện, thành phố, thị xã",
E("giao_ban", "2017-Q3", "2017-10-05"),
[P("Hoàng Viết Thành", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Cao Thị Huệ", "Phó Chủ tịch HĐND tỉnh"),
 P("Lô Văn Thoại", "Phó Chủ tịch HĐND tỉnh"),
 P("Vi Văn Sơn", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Lương Thị Khuyên", "HUV", "Phó Chủ tịch HĐND huyện Quế Phong"),
 P("Nguyễn Hữu Lâm", "Phó Chủ tịch HĐND huyện Yên Thành")],
[Q("21 huyện, thành phố, thị xã", 21, "huyện, thành phố, thị xã"), Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"),
 Q("11 huyện miền núi", 11, "huyện miền núi"), Q("37 cuộc giám sát", 37, "cuộc giám sát"), Q("412 cuộc", 412, "cuộc"),
 Q("1.080 hộ đồng bào Thái, Khơ Mú", 1080, "hộ đồng bào Thái, Khơ Mú"), Q("khoảng 6,7 tỷ đồng", 6700000000, "đồng", "approx"),
 Q("2 huyện", 2, "huyện"), Q("4.500 hộ nghèo", 4500, "hộ nghèo"), Q("86 xóm, khối", 86, "xóm, khối")],
[D("Nghị quyết", "71", "2013/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 71/2013/NQ-HĐND"),
 D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg ngày 31/10/2016"),
 D("Kế hoạch", "412", "KH-TT.HĐND", None, "Thường trực HĐND tỉnh", "Kế hoạch số 412/KH-TT.HĐND"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 06-CT/TU"),
 D("Nghị quyết", "14", "NQ-HĐND", "2017-07-21", "HĐND tỉnh", "Nghị quyết số 14/NQ-HĐND ngày 21/7/2017")],
[prov("Nghệ An")],
["ĐOÀN ĐBQH VÀ HĐND TỈNH NGHỆ AN", "Vị trí: Trang chủ › Hoạt động HĐND › Thường trực HĐND"],
["Cập nhật lúc 17:20 ngày 06/10/2017", "quý III năm 2017", "quý IV", "2 năm", "năm 2016", "năm 2018"]))

PAGES.append(page("b6252-bentre-hdndxa-giamsat-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ THẠNH PHÚ ĐÔNG - HUYỆN GIỒNG TRÔM - TỈNH BẾN TRE
Trang chủ >> Tin tức sự kiện >> Hoạt động HĐND xã
15-08-2018 09:40
HĐND xã giám sát chuyên đề về xây dựng nông thôn mới
Ngày 14/8/2018, Thường trực HĐND xã Thạnh Phú Đông phối hợp với Ban Thường trực Ủy ban MTTQ Việt Nam xã tổ chức giám sát chuyên đề năm 2018 (xã thuộc huyện Giồng Trôm, tỉnh Bến Tre) về kết quả thực hiện tiêu chí nhà ở dân cư, môi trường và thu nhập trong xây dựng nông thôn mới tại các ấp. Bà Võ Thị Thu Hà, Phó Bí thư Đảng ủy, Chủ tịch HĐND xã làm trưởng đoàn; ông Huỳnh Văn Út, Phó Chủ tịch HĐND xã làm phó đoàn.
Đoàn giám sát làm việc tại ấp Phú Hòa.
Theo báo cáo của UBND xã, toàn xã có 2.614 hộ với 9.870 nhân khẩu ở 7 ấp. Đến tháng 6/2018, xã đã đạt 16/19 tiêu chí nông thôn mới; thu nhập bình quân đầu người đạt 38,5 triệu đồng/năm; tỷ lệ hộ nghèo giảm còn 3,2%. Nhân dân đóng góp hơn 1,6 tỷ đồng và hiến 4.200 m2 đất để làm 6,8 km đường giao thông nông thôn. Phong trào "Chung sức xây dựng nông thôn mới" được Ủy ban MTTQ xã phát động đã vận động sửa chữa 41 căn nhà cho hộ nghèo, hộ cận nghèo, mỗi căn hỗ trợ 25 triệu đồng.
Qua giám sát thực tế 30 hộ ở ấp Phú Hòa và ấp Thạnh Lợi, đoàn ghi nhận tiêu chí môi trường còn khó đạt: còn 186 hộ chưa có nhà vệ sinh hợp chuẩn, 9 hộ nuôi heo gây ô nhiễm nguồn nước; việc thu gom rác mới đạt khoảng 45% số hộ. Tiêu chí nhà ở còn 57 căn nhà tạm, nhà dột nát.
Ông Trần Văn Bảy, Bí thư Chi bộ, Trưởng ấp Thạnh Lợi, cho biết ấp đã thành lập tổ tự quản về môi trường gồm 12 thành viên, nhưng kinh phí hoạt động còn thiếu. Bà Lê Thị Ngọc Hân, Chủ tịch Hội Liên hiệp Phụ nữ xã, đề nghị nhân rộng mô hình "5 không, 3 sạch" và hỗ trợ vốn vay để hội viên xây nhà vệ sinh.
Kết luận buổi giám sát, bà Võ Thị Thu Hà đề nghị UBND xã thực hiện nghiêm Nghị quyết số 03/NQ-HĐND ngày 28/12/2017 của HĐND xã về nhiệm vụ năm 2018 và Kế hoạch số 27/KH-UBND của UBND huyện về xây dựng nông thôn mới; triển khai Quyết định số 1600/QĐ-TTg ngày 16/8/2016 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016 - 2020; phấn đấu cuối năm 2018 đạt thêm 2 tiêu chí. Đoàn giám sát sẽ báo cáo kết quả tại kỳ họp thứ 7 HĐND xã khóa XI. Bà cũng đề nghị các đoàn thể chính trị - xã hội xã phân công cán bộ bám ấp, vận động từng hộ cải tạo chuồng trại, trồng hàng rào cây xanh, giữ gìn vệ sinh đường làng ngõ xóm; Ban công tác Mặt trận các ấp phát huy vai trò giám sát cộng đồng đối với các công trình do dân đóng góp, công khai thu chi để người dân yên tâm tham gia.
Phan Nhựt
Bài viết liên quan
- HĐND xã tiếp xúc cử tri trước kỳ họp giữa năm 2018 (02/07/2018)
- Ra mắt tổ tự quản môi trường ấp Phú Hòa (20/06/2018)
- Hội Nông dân xã tập huấn trồng dừa hữu cơ (05/06/2018)
""", "2018-08-15", "HĐND xã giám sát chuyên đề về xây dựng nông thôn mới",
E("giam_sat", "2018", "2018-08-14"),
[P("Võ Thị Thu Hà", "Phó Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Huỳnh Văn Út", "Phó Chủ tịch HĐND xã"),
 P("Trần Văn Bảy", "Bí thư Chi bộ", "Trưởng ấp Thạnh Lợi"),
 P("Lê Thị Ngọc Hân", "Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("2.614 hộ", 2614, "hộ"), Q("9.870 nhân khẩu", 9870, "nhân khẩu"), Q("7 ấp", 7, "ấp"),
 Q("16/19 tiêu chí", 16, "tiêu chí"), Q("38,5 triệu đồng", 38500000, "đồng"), Q("3,2%", 3.2, "%"),
 Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"), Q("4.200 m2", 4200, "m2"), Q("6,8 km", 6.8, "km"),
 Q("41 căn nhà", 41, "căn nhà"), Q("25 triệu đồng", 25000000, "đồng"), Q("30 hộ", 30, "hộ"),
 Q("186 hộ", 186, "hộ"), Q("9 hộ", 9, "hộ"), Q("khoảng 45%", 45, "%", "approx"),
 Q("57 căn nhà tạm, nhà dột nát", 57, "căn nhà tạm, nhà dột nát"), Q("12 thành viên", 12, "thành viên"),
 Q("2 tiêu chí", 2, "tiêu chí")],
[D("Nghị quyết", "03", "NQ-HĐND", "2017-12-28", "HĐND xã", "Nghị quyết số 03/NQ-HĐND ngày 28/12/2017"),
 D("Kế hoạch", "27", "KH-UBND", None, "UBND huyện", "Kế hoạch số 27/KH-UBND"),
 D("Quyết định", "1600", "QĐ-TTg", "2016-08-16", "Thủ tướng Chính phủ", "Quyết định số 1600/QĐ-TTg ngày 16/8/2016")],
[prov("Bến Tre"), com("Thạnh Phú Đông")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ THẠNH PHÚ ĐÔNG - HUYỆN GIỒNG TRÔM - TỈNH BẾN TRE", "Trang chủ >> Tin tức sự kiện >> Hoạt động HĐND xã",
 "Đoàn giám sát làm việc tại ấp Phú Hòa.", "Chung sức xây dựng nông thôn mới", "5 không, 3 sạch",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016 - 2020"],
["15-08-2018 09:40", "năm 2018", "tháng 6/2018", "5 không, 3 sạch", "kỳ họp thứ 7", "khóa XI"]))

PAGES.append(page("b6253-kontum-hdnd-baocao-2019", """
Báo Kon Tum điện tử
Thời sự | Chính trị | Hoạt động HĐND
12.07.2019 | 16:05
Đồng chí A Prông trình bày báo cáo kết quả giám sát. Ảnh: Hoàng Vân
Kết quả giám sát việc thực hiện chính sách đối với người có uy tín và đồng bào dân tộc thiểu số
(BKT) - Tại kỳ họp thứ 8 HĐND tỉnh khóa XI, ngày 11/7, đồng chí A Prông, Tỉnh ủy viên, Trưởng Ban Dân tộc HĐND tỉnh, đã trình bày báo cáo kết quả giám sát chuyên đề việc thực hiện các chính sách dân tộc trên địa bàn tỉnh giai đoạn 2016 - 2019.
Báo cáo cho biết, thực hiện Nghị quyết số 45/NQ-HĐND ngày 7/12/2018 của HĐND tỉnh về thành lập đoàn giám sát, Ban Dân tộc đã làm việc với 7 sở, ngành, 10 huyện, thành phố và khảo sát thực tế tại 16 xã, trong đó có xã Đăk Na, xã Măng Ri. Giai đoạn 2016 - 2019, tỉnh đã thực hiện chính sách đối với người có uy tín theo Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ cho 913 người có uy tín, với tổng kinh phí gần 5,4 tỷ đồng; hỗ trợ trực tiếp cho 23.600 lượt hộ nghèo vùng khó khăn; cấp hơn 1,1 triệu tờ báo, tạp chí cho vùng dân tộc thiểu số.
Chương trình 135 đã đầu tư 218 công trình hạ tầng ở 54 xã đặc biệt khó khăn và 86 thôn đặc biệt khó khăn; hỗ trợ phát triển sản xuất cho 11.240 hộ. Tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm bình quân 4,5%/năm.
Báo cáo chỉ ra tồn tại: việc bình chọn người có uy tín ở 14 thôn chưa đúng quy trình; một số công trình nước sinh hoạt xuống cấp, 31 công trình không sử dụng được; việc cấp phát giống cây trồng chưa phù hợp tập quán của đồng bào Xơ Đăng, Ba Na. Có 172 hộ chưa được hỗ trợ đất ở theo Quyết định số 755/QĐ-TTg ngày 20/5/2013 của Thủ tướng Chính phủ.
Ban Dân tộc HĐND tỉnh kiến nghị UBND tỉnh chỉ đạo rà soát, sửa chữa các công trình hư hỏng trước mùa mưa; bổ sung kinh phí để thăm hỏi người có uy tín khi ốm đau ít nhất 500.000 đồng/lượt; chỉ đạo thực hiện tốt Chỉ thị 08, 09-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân tộc và vận động quần chúng.
Thảo luận tại tổ, đại biểu Y Thị Lan, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, đề nghị quan tâm đến phụ nữ người dân tộc thiểu số trong các chương trình sinh kế; đại biểu A Khoa, Bí thư Huyện ủy Tu Mơ Rông, đề nghị tăng mức hỗ trợ cho người có uy tín ở vùng biên giới. Các đại biểu Y Ngọc, A Sang - Phó Trưởng Ban Dân tộc HĐND tỉnh, giải trình thêm một số nội dung.
Trên cơ sở báo cáo, HĐND tỉnh sẽ xem xét ban hành nghị quyết về kết quả giám sát tại kỳ họp này.
Hoàng Vân
Tin cùng chuyên mục
- Khai mạc kỳ họp thứ 8 HĐND tỉnh khóa XI (10/07/2019)
- Chất vấn về công tác quản lý bảo vệ rừng (11/07/2019)
- Tiếp xúc cử tri huyện Kon Plông (25/06/2019)
""", "2019-07-12", "Kết quả giám sát việc thực hiện chính sách đối với người có uy tín và đồng bào dân tộc thiểu số",
E("bao_cao", None, "2019-07-11"),
[P("A Prông", "Tỉnh ủy viên", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Y Thị Lan", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("A Khoa", "Bí thư Huyện ủy Tu Mơ Rông"),
 P("Y Ngọc", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("A Sang", "Phó Trưởng Ban Dân tộc HĐND tỉnh")],
[Q("7 sở, ngành", 7, "sở, ngành"), Q("10 huyện, thành phố", 10, "huyện, thành phố"), Q("16 xã", 16, "xã"),
 Q("913 người có uy tín", 913, "người có uy tín"), Q("gần 5,4 tỷ đồng", 5400000000, "đồng", "approx"),
 Q("23.600 lượt hộ nghèo", 23600, "lượt hộ nghèo"), Q("hơn 1,1 triệu tờ báo, tạp chí", 1100000, "tờ báo, tạp chí", "over"),
 Q("218 công trình hạ tầng", 218, "công trình hạ tầng"), Q("54 xã đặc biệt khó khăn", 54, "xã đặc biệt khó khăn"),
 Q("86 thôn đặc biệt khó khăn", 86, "thôn đặc biệt khó khăn"), Q("11.240 hộ", 11240, "hộ"), Q("4,5%", 4.5, "%"),
 Q("14 thôn", 14, "thôn"), Q("31 công trình", 31, "công trình"), Q("172 hộ", 172, "hộ"),
 Q("ít nhất 500.000 đồng", 500000, "đồng", "over")],
[D("Nghị quyết", "45", "NQ-HĐND", "2018-12-07", "HĐND tỉnh", "Nghị quyết số 45/NQ-HĐND ngày 7/12/2018"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg"),
 D("Quyết định", "755", "QĐ-TTg", "2013-05-20", "Thủ tướng Chính phủ", "Quyết định số 755/QĐ-TTg ngày 20/5/2013"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU")],
[prov("Kon Tum"), com("Đăk Na"), com("Măng Ri")],
["Báo Kon Tum điện tử", "Thời sự | Chính trị | Hoạt động HĐND", "Đồng chí A Prông trình bày báo cáo kết quả giám sát. Ảnh: Hoàng Vân",
 "(BKT)", "Chương trình 135"],
["12.07.2019 | 16:05", "kỳ họp thứ 8", "khóa XI", "giai đoạn 2016 - 2019", "Chương trình 135"]))

PAGES.append(page("b6254-haiphong-hdnd-traoqua-2020", """
Cổng Thông tin điện tử HĐND thành phố Hải Phòng
Tin tức > Hoạt động giám sát
Thứ Sáu, 24/04/2020, 08:05
Đoàn giám sát HĐND thành phố thăm, tặng quà hộ khó khăn do dịch COVID-19 tại Thủy Nguyên
Ngày 23/4, Đoàn giám sát của HĐND thành phố Hải Phòng do đồng chí Phạm Văn Lập, Thành ủy viên, Phó Chủ tịch HĐND thành phố làm trưởng đoàn đã giám sát việc thực hiện Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch COVID-19 tại huyện Thủy Nguyên; đồng thời thăm, tặng 150 suất quà cho các hộ nghèo, hộ cận nghèo và người lao động mất việc tại xã Lập Lễ và xã Tam Hưng.
Trưởng đoàn giám sát trao quà cho hộ nghèo xã Lập Lễ.
Mỗi suất quà gồm 10 kg gạo, nhu yếu phẩm và 500.000 đồng tiền mặt, tổng trị giá 120 triệu đồng, do Thường trực HĐND thành phố phối hợp với Ủy ban MTTQ Việt Nam thành phố vận động các doanh nghiệp đóng góp.
Theo báo cáo của UBND huyện do đồng chí Nguyễn Thị Thu Hương, HUV, Phó Chủ tịch UBND huyện trình bày, huyện đã rà soát, lập danh sách 8.426 người thuộc diện hỗ trợ, trong đó có 3.152 người có công với cách mạng, 2.710 người thuộc hộ nghèo, hộ cận nghèo và trên 1.500 lao động tự do mất việc làm. Đến ngày 22/4, huyện đã chi trả cho 5.964 người, đạt 70,8%, với tổng số tiền hơn 5,2 tỷ đồng. Các hộ kinh doanh cá thể có doanh thu dưới 100 triệu đồng/năm phải tạm ngừng kinh doanh được hỗ trợ 1 triệu đồng/tháng.
Đoàn ghi nhận việc bình xét ở nhiều thôn công khai, đúng đối tượng, có sự giám sát của Ban công tác Mặt trận. Tuy nhiên, việc xác định lao động tự do còn lúng túng do chưa có hướng dẫn cụ thể; 46 trường hợp phải bổ sung hồ sơ. Bà Đỗ Thị Lụa, Trưởng Ban công tác Mặt trận thôn 4, xã Tam Hưng, đề nghị đơn giản hóa thủ tục xác nhận.
Kết luận giám sát, đồng chí Phạm Văn Lập đề nghị huyện thực hiện đúng Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ khi có hiệu lực, chi trả xong trước ngày 30/4; công khai danh sách tại nhà văn hóa thôn; giao các Ban HĐND thành phố tiếp tục giám sát tại 14 quận, huyện. Đồng chí Vũ Văn Hải, Trưởng Ban Văn hóa - Xã hội HĐND thành phố, lưu ý phải giữ khoảng cách an toàn khi tổ chức chi trả theo Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ.
Trong chương trình, đoàn đã thăm, tặng quà gia đình ông Nguyễn Văn Kiên ở xã Lập Lễ, có vợ bệnh nặng, con còn nhỏ, hiện không có việc làm do dịch bệnh.
Minh Khôi
Tin khác
- HĐND thành phố khảo sát việc cách ly tập trung tại Kiến Thụy (15/04/2020)
- Thường trực HĐND thành phố giao ban quý I năm 2020 (06/04/2020)
- Trao 500 suất quà cho người lao động khó khăn (02/04/2020)
""", "2020-04-24", "Đoàn giám sát HĐND thành phố thăm, tặng quà hộ khó khăn do dịch COVID-19 tại Thủy Nguyên",
E("trao_qua", None, "2020-04-23"),
[P("Phạm Văn Lập", "Thành ủy viên", "Phó Chủ tịch HĐND thành phố"),
 P("Nguyễn Thị Thu Hương", "HUV", "Phó Chủ tịch UBND huyện"),
 P("Đỗ Thị Lụa", "Trưởng Ban công tác Mặt trận thôn 4"),
 P("Vũ Văn Hải", "Trưởng Ban Văn hóa - Xã hội HĐND thành phố"),
 P("Nguyễn Văn Kiên")],
[Q("150 suất quà", 150, "suất quà"), Q("10 kg", 10, "kg"), Q("500.000 đồng", 500000, "đồng"),
 Q("120 triệu đồng", 120000000, "đồng"), Q("8.426 người", 8426, "người"),
 Q("3.152 người có công với cách mạng", 3152, "người có công với cách mạng"), Q("2.710 người", 2710, "người"),
 Q("trên 1.500 lao động tự do", 1500, "lao động tự do", "over"), Q("5.964 người", 5964, "người"), Q("70,8%", 70.8, "%"),
 Q("hơn 5,2 tỷ đồng", 5200000000, "đồng", "over"), Q("100 triệu đồng", 100000000, "đồng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("46 trường hợp", 46, "trường hợp"), Q("14 quận, huyện", 14, "quận, huyện")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Quyết định", "15", "2020/QĐ-TTg", "2020-04-24", "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg")],
[prov("Hải Phòng"), com("Lập Lễ"), com("Tam Hưng")],
["Cổng Thông tin điện tử HĐND thành phố Hải Phòng", "Tin tức > Hoạt động giám sát", "Trưởng đoàn giám sát trao quà cho hộ nghèo xã Lập Lễ.",
 "COVID-19"],
["Thứ Sáu, 24/04/2020, 08:05", "COVID-19", "thôn 4"]))

PAGES.append(page("b6255-binhdinh-hdnd-giamsat-2021", """
BÁO BÌNH ĐỊNH ONLINE
Thời sự / Chính trị
2021-11-18 16:40
Ảnh: Quang cảnh hội nghị.
Ban Pháp chế HĐND tỉnh thông qua báo cáo giám sát công tác hòa giải ở cơ sở
(BĐ) - Ngày 17/11, Ban Pháp chế HĐND tỉnh Bình Định tổ chức hội nghị thông qua dự thảo báo cáo kết quả giám sát chuyên đề năm 2021 về công tác hòa giải ở cơ sở và việc thực hiện Luật Hòa giải ở cơ sở trên địa bàn tỉnh. Đồng chí Trần Quang Minh, Tỉnh ủy viên, Trưởng Ban Pháp chế HĐND tỉnh chủ trì; dự có đại diện Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh, Sở Tư pháp, Công an tỉnh.
Theo dự thảo báo cáo, thực hiện Kế hoạch số 19/KH-BPC ngày 15/4/2021 của Ban Pháp chế HĐND tỉnh, đoàn đã giám sát trực tiếp tại UBND 3 huyện, thị xã và 9 xã, phường, trong đó có xã An Toàn, xã Canh Liên và phường Nhơn Hưng. Toàn tỉnh hiện có 1.093 tổ hòa giải với 7.862 hòa giải viên; từ năm 2019 đến tháng 9/2021, các tổ đã tiếp nhận 3.415 vụ việc, hòa giải thành 2.906 vụ việc, đạt 85,1%. Kinh phí chi cho công tác hòa giải trong 3 năm khoảng 4,7 tỷ đồng; mức chi thù lao cho hòa giải viên là 200.000 đồng/vụ việc theo Nghị quyết số 33/2019/NQ-HĐND của HĐND tỉnh.
Nhiều nơi phát huy tốt vai trò của già làng, người có uy tín trong đồng bào Ba Na, Chăm, Hrê. Ông Đinh Văn Thới, người có uy tín làng Hà Nhe, xã An Toàn, đã tham gia hòa giải thành 12 vụ tranh chấp đất rẫy giữa các hộ. Tuy nhiên, báo cáo chỉ ra 18% hòa giải viên chưa được tập huấn; 27 tổ hòa giải hoạt động hình thức; còn 11 vụ việc mâu thuẫn kéo dài dẫn đến khiếu kiện vượt cấp.
Góp ý vào dự thảo, bà Đinh Thị Thanh Hà, Phó Trưởng Ban Dân tộc HĐND tỉnh, đề nghị bổ sung số liệu về các vụ việc ở vùng đồng bào dân tộc thiểu số. Ông Lê Văn Cường, Phó Giám đốc Sở Tư pháp, đề nghị phân biệt rõ hòa giải ở cơ sở với hòa giải đối thoại tại tòa án. Các đồng chí Phó Trưởng Ban Pháp chế HĐND tỉnh: Nguyễn Thị Bích Thủy, Huỳnh Văn Sang cũng góp ý hoàn thiện phần kiến nghị.
Kết luận hội nghị, đồng chí Trần Quang Minh đề nghị tổ giúp việc tiếp thu các ý kiến, hoàn chỉnh báo cáo trình Thường trực HĐND tỉnh, kiến nghị UBND tỉnh thực hiện Nghị định số 15/2014/NĐ-CP của Chính phủ về hướng dẫn Luật Hòa giải ở cơ sở; phối hợp với Ủy ban MTTQ tỉnh thực hiện Chương trình phối hợp số 05/CTPH-MTTQ-STP giữa Ủy ban MTTQ tỉnh và Sở Tư pháp. Báo cáo sẽ được trình tại kỳ họp thứ 4 HĐND tỉnh khóa XIII.
Ngọc Nhuận
Tin liên quan
- HĐND tỉnh giám sát công tác giảm nghèo tại Vân Canh (05/11/2021)
- Tuyên truyền Luật Hòa giải ở cơ sở cho đồng bào Ba Na (20/10/2021)
- Hoài Nhơn: 20 tổ hòa giải tiêu biểu được khen thưởng (12/10/2021)
""", "2021-11-18", "Ban Pháp chế HĐND tỉnh thông qua báo cáo giám sát công tác hòa giải ở cơ sở",
E("giam_sat", "2021", "2021-11-17"),
[P("Trần Quang Minh", "Tỉnh ủy viên", "Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Đinh Văn Thới", "người có uy tín làng Hà Nhe"),
 P("Đinh Thị Thanh Hà", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Lê Văn Cường", "Phó Giám đốc Sở Tư pháp"),
 P("Nguyễn Thị Bích Thủy", "Phó Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Huỳnh Văn Sang", "Phó Trưởng Ban Pháp chế HĐND tỉnh")],
[Q("3 huyện, thị xã", 3, "huyện, thị xã"), Q("9 xã, phường", 9, "xã, phường"), Q("1.093 tổ hòa giải", 1093, "tổ hòa giải"),
 Q("7.862 hòa giải viên", 7862, "hòa giải viên"), Q("3.415 vụ việc", 3415, "vụ việc"), Q("2.906 vụ việc", 2906, "vụ việc"),
 Q("85,1%", 85.1, "%"), Q("khoảng 4,7 tỷ đồng", 4700000000, "đồng", "approx"), Q("200.000 đồng", 200000, "đồng"),
 Q("12 vụ tranh chấp đất rẫy", 12, "vụ tranh chấp đất rẫy"), Q("18%", 18, "%"), Q("27 tổ hòa giải", 27, "tổ hòa giải"),
 Q("11 vụ việc mâu thuẫn", 11, "vụ việc mâu thuẫn")],
[D("Kế hoạch", "19", "KH-BPC", "2021-04-15", "Ban Pháp chế HĐND tỉnh", "Kế hoạch số 19/KH-BPC ngày 15/4/2021"),
 D("Nghị quyết", "33", "2019/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 33/2019/NQ-HĐND"),
 D("Nghị định", "15", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 15/2014/NĐ-CP"),
 D("Chương trình phối hợp", "05", "CTPH-MTTQ-STP", None, None, "Chương trình phối hợp số 05/CTPH-MTTQ-STP")],
[prov("Bình Định"), com("An Toàn"), com("Canh Liên"), com("Nhơn Hưng")],
["BÁO BÌNH ĐỊNH ONLINE", "Thời sự / Chính trị", "Ảnh: Quang cảnh hội nghị.", "(BĐ)", "Luật Hòa giải ở cơ sở"],
["2021-11-18 16:40", "năm 2021", "năm 2019", "tháng 9/2021", "3 năm", "kỳ họp thứ 4", "khóa XIII"]))

PAGES.append(page("b6256-cantho-hdndhuyen-giamsat-2022", """
Cổng thông tin điện tử huyện Phong Điền - thành phố Cần Thơ
Trang chủ - Tin tức - Hoạt động HĐND huyện
9 tháng 6, 2022 | 17:45
Giám sát công tác cải cách hành chính tại các xã
Ngày 8/6, Ban Pháp chế HĐND huyện Phong Điền (thành phố Cần Thơ) tổ chức giám sát chuyên đề về công tác cải cách hành chính và thực hiện cơ chế một cửa, một cửa liên thông tại UBND xã Nhơn Ái, xã Giai Xuân và thị trấn Phong Điền. Đoàn do bà Lê Thị Kim Loan, HUV, Trưởng Ban Pháp chế HĐND huyện làm trưởng đoàn.
Đoàn giám sát kiểm tra hồ sơ tại bộ phận một cửa xã Nhơn Ái.
Theo báo cáo, từ đầu năm 2021 đến tháng 5/2022, bộ phận một cửa 3 đơn vị đã tiếp nhận 9.184 hồ sơ, giải quyết đúng hạn 9.012 hồ sơ, đạt 98,1%; trễ hạn 37 hồ sơ, chủ yếu lĩnh vực đất đai và hộ tịch. Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 đạt khoảng 42%. Xã Nhơn Ái đã niêm yết công khai 128 thủ tục hành chính, bố trí 4 công chức thường trực tại bộ phận một cửa. Cả 3 đơn vị đều thực hiện khảo sát sự hài lòng của người dân, có trên 95% ý kiến hài lòng.
Qua kiểm tra 60 hồ sơ, đoàn ghi nhận một số hồ sơ chưa ghi đầy đủ thời gian tiếp nhận, phiếu hẹn; việc xin lỗi người dân khi trễ hạn chưa thực hiện đúng quy định tại Nghị định số 61/2018/NĐ-CP của Chính phủ. Trang thiết bị ở thị trấn Phong Điền xuống cấp, 2 máy tính thường xuyên hư hỏng.
Ông Trần Văn Tư, Phó Chủ tịch UBND xã Giai Xuân, kiến nghị huyện bổ sung 1 biên chế công chức địa chính vì khối lượng hồ sơ đất đai tăng mạnh. Ông Huỳnh Minh Trí, Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Phong Điền, cho biết Mặt trận đã tổ chức 3 cuộc giám sát về thái độ phục vụ của cán bộ một cửa theo Quyết định số 217-QĐ/TW của Bộ Chính trị, nhận 14 ý kiến góp ý của nhân dân.
Kết luận giám sát, bà Lê Thị Kim Loan đề nghị các đơn vị thực hiện nghiêm Kế hoạch số 86/KH-UBND ngày 10/3/2022 của UBND huyện về cải cách hành chính năm 2022 và Chỉ thị số 17-CT/HU của Ban Thường vụ Huyện ủy về nâng cao chỉ số hài lòng; đẩy mạnh thanh toán trực tuyến phí, lệ phí; giao Văn phòng HĐND và UBND huyện tổng hợp kết quả, báo cáo Thường trực HĐND huyện trước kỳ họp giữa năm 2022. Cuộc giám sát nằm trong chương trình giám sát năm 2022 của HĐND huyện theo Nghị quyết số 12/NQ-HĐND ngày 20/12/2021 của HĐND huyện. Sau buổi giám sát, nhiều người dân đến làm thủ tục tại bộ phận một cửa cho biết thái độ phục vụ của cán bộ đã chuyển biến rõ, thời gian chờ đợi được rút ngắn, nhưng mong muốn được hướng dẫn kỹ hơn khi nộp hồ sơ qua mạng vì nhiều người lớn tuổi chưa quen sử dụng điện thoại thông minh.
Bảo Trân
Các tin đã đưa
- Tiếp xúc cử tri trước kỳ họp thứ 5 HĐND huyện khóa XII (01/06/2022)
- Khảo sát công tác quản lý chợ tại xã Mỹ Khánh (25/05/2022)
- Phong Điền ra mắt mô hình "Dân vận khéo" trong cải cách hành chính (12/05/2022)
""", "2022-06-09", "Giám sát công tác cải cách hành chính tại các xã",
E("giam_sat", "2022", "2022-06-08"),
[P("Lê Thị Kim Loan", "HUV", "Trưởng Ban Pháp chế HĐND huyện"),
 P("Trần Văn Tư", "Phó Chủ tịch UBND xã Giai Xuân"),
 P("Huỳnh Minh Trí", "Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Phong Điền")],
[Q("9.184 hồ sơ", 9184, "hồ sơ"), Q("9.012 hồ sơ", 9012, "hồ sơ"), Q("98,1%", 98.1, "%"), Q("37 hồ sơ", 37, "hồ sơ"),
 Q("khoảng 42%", 42, "%", "approx"), Q("128 thủ tục hành chính", 128, "thủ tục hành chính"), Q("4 công chức", 4, "công chức"),
 Q("trên 95%", 95, "%", "over"), Q("60 hồ sơ", 60, "hồ sơ"), Q("2 máy tính", 2, "máy tính"),
 Q("1 biên chế công chức địa chính", 1, "biên chế công chức địa chính"), Q("3 cuộc giám sát", 3, "cuộc giám sát"),
 Q("14 ý kiến góp ý", 14, "ý kiến")],
[D("Nghị định", "61", "2018/NĐ-CP", None, "Chính phủ", "Nghị định số 61/2018/NĐ-CP"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Kế hoạch", "86", "KH-UBND", "2022-03-10", "UBND huyện", "Kế hoạch số 86/KH-UBND ngày 10/3/2022"),
 D("Chỉ thị", "17", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 17-CT/HU"),
 D("Nghị quyết", "12", "NQ-HĐND", "2021-12-20", "HĐND huyện", "Nghị quyết số 12/NQ-HĐND ngày 20/12/2021")],
[prov("Cần Thơ"), com("Nhơn Ái"), com("Giai Xuân"), com("Phong Điền")],
["Cổng thông tin điện tử huyện Phong Điền - thành phố Cần Thơ", "Trang chủ - Tin tức - Hoạt động HĐND huyện",
 "Đoàn giám sát kiểm tra hồ sơ tại bộ phận một cửa xã Nhơn Ái."],
["9 tháng 6, 2022 | 17:45", "năm 2021", "tháng 5/2022", "mức độ 3, 4", "năm 2022", "kỳ họp giữa năm 2022"]))
