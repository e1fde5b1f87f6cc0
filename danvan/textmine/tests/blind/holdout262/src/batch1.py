from lib import *
PAGES = []

PAGES.append(page("b6245-thanhhoa-hdnd-giamsat-2011", """
HĐND TỈNH THANH HÓA - Cổng thông tin điện tử
Trang chủ > Hoạt động HĐND > Giám sát
Thứ Sáu, 16/09/2011 - 09:30
Đoàn giám sát làm việc tại UBND huyện Như Xuân. Ảnh: Lê Hà
Giám sát chuyên đề việc thực hiện chính sách hỗ trợ hộ nghèo tại huyện Như Xuân
Ngày 14/9, Đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh do đồng chí Lê Thị Thu Hằng, Tỉnh ủy viên, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn đã giám sát chuyên đề năm 2011 tại huyện miền núi Như Xuân (Thanh Hóa) về việc thực hiện chính sách hỗ trợ hộ nghèo theo Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008 của Thủ tướng Chính phủ và Nghị quyết 30a/2008/NQ-CP của Chính phủ. Cùng tham gia đoàn có các đồng chí Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh: Trịnh Văn Khôi, Lò Thị Mai; đại diện Ủy ban MTTQ tỉnh và Sở Lao động - Thương binh và Xã hội.
Theo báo cáo của UBND huyện do đồng chí Vi Văn Thắm, HUV, Phó Chủ tịch UBND huyện trình bày, đến cuối năm 2010 toàn huyện có 6.412 hộ nghèo, chiếm 37,8% tổng số hộ. Từ năm 2009 đến tháng 8/2011, huyện đã hỗ trợ làm mới và sửa chữa 1.245 căn nhà cho hộ nghèo với tổng kinh phí trên 9,3 tỷ đồng, trong đó mỗi hộ được hỗ trợ 7 triệu đồng từ ngân sách trung ương. Ngân hàng Chính sách xã hội huyện đã cho 2.860 lượt hộ vay vốn với dư nợ gần 48 tỷ đồng; huyện cấp 21.500 thẻ bảo hiểm y tế cho người nghèo và người dân tộc thiểu số.
Đoàn đã khảo sát thực tế tại xã Xuân Hòa và xã Thanh Quân, gặp gỡ 35 hộ dân được hỗ trợ nhà ở. Ông Lương Văn Pọm, Chủ tịch UBND xã Thanh Quân, cho biết xã có 4 bản đặc biệt khó khăn, đường vào mùa mưa bị chia cắt nên việc vận chuyển vật liệu làm nhà rất tốn kém. Bà Hà Thị Lan ở bản Đồng Mười, xã Xuân Hòa, phấn khởi vì gia đình đã có ngôi nhà vững chãi trước mùa mưa bão.
Qua giám sát, đoàn nhận thấy việc bình xét hộ nghèo ở một số thôn, bản còn nể nang; 126 hộ đã nhận tiền hỗ trợ nhưng chưa hoàn thành nhà; việc lồng ghép các nguồn vốn còn lúng túng. Một số xã chưa công khai danh sách hộ được hỗ trợ theo Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn.
Kết luận buổi giám sát, đồng chí Lê Thị Thu Hằng đề nghị UBND huyện khẩn trương rà soát, đôn đốc các hộ hoàn thành nhà trước ngày 31/12/2011; thực hiện nghiêm Nghị quyết số 16/2010/NQ-HĐND của HĐND tỉnh về giảm nghèo bền vững và Kế hoạch số 52/KH-HĐND ngày 5/7/2011 của Thường trực HĐND tỉnh về giám sát chuyên đề năm 2011; phối hợp với Ủy ban MTTQ huyện đẩy mạnh phong trào "Ngày vì người nghèo". Kết quả giám sát sẽ được báo cáo tại kỳ họp thứ 3 HĐND tỉnh khóa XVI.
Lê Hà
Lượt xem: 1.204
Tin liên quan
- Ban Kinh tế - Ngân sách HĐND tỉnh giám sát tại huyện Quan Hóa (09/09/2011)
- Thường trực HĐND tỉnh giao ban quý III (30/08/2011)
- Chuẩn bị nội dung kỳ họp thứ 3 HĐND tỉnh khóa XVI (22/08/2011)
- Giám sát việc giải quyết đơn thư tại huyện Thường Xuân (12/08/2011)
""", "2011-09-16", "Giám sát chuyên đề việc thực hiện chính sách hỗ trợ hộ nghèo tại huyện Như Xuân",
E("giam_sat", "2011", "2011-09-14"),
[P("Lê Thị Thu Hằng", "Tỉnh ủy viên", "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Trịnh Văn Khôi", "Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Lò Thị Mai", "Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Vi Văn Thắm", "HUV", "Phó Chủ tịch UBND huyện"),
 P("Lương Văn Pọm", "Chủ tịch UBND xã Thanh Quân"),
 P("Hà Thị Lan")],
[Q("6.412 hộ nghèo", 6412, "hộ nghèo"), Q("37,8%", 37.8, "%"), Q("1.245 căn nhà", 1245, "căn nhà"),
 Q("trên 9,3 tỷ đồng", 9300000000, "đồng", "over"), Q("7 triệu đồng", 7000000, "đồng"),
 Q("2.860 lượt hộ", 2860, "lượt hộ"), Q("gần 48 tỷ đồng", 48000000000, "đồng", "approx"),
 Q("21.500 thẻ bảo hiểm y tế", 21500, "thẻ bảo hiểm y tế"), Q("35 hộ dân", 35, "hộ dân"),
 Q("4 bản đặc biệt khó khăn", 4, "bản đặc biệt khó khăn"), Q("126 hộ", 126, "hộ")],
[D("Quyết định", "167", "2008/QĐ-TTg", "2008-12-12", "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008"),
 D("Nghị quyết", "30a", "2008/NQ-CP", None, "Chính phủ", "Nghị quyết 30a/2008/NQ-CP"),
 D("Nghị quyết", "16", "2010/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 16/2010/NQ-HĐND"),
 D("Kế hoạch", "52", "KH-HĐND", "2011-07-05", "Thường trực HĐND tỉnh", "Kế hoạch số 52/KH-HĐND ngày 5/7/2011")],
[prov("Thanh Hóa"), com("Xuân Hòa"), com("Thanh Quân")],
["HĐND TỈNH THANH HÓA - Cổng thông tin điện tử", "Trang chủ > Hoạt động HĐND > Giám sát",
 "Đoàn giám sát làm việc tại UBND huyện Như Xuân. Ảnh: Lê Hà", "Ngày vì người nghèo",
 "Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn", "Lượt xem: 1.204", "Như Xuân"],
["Thứ Sáu, 16/09/2011 - 09:30", "năm 2011", "năm 2010", "tháng 8/2011", "kỳ họp thứ 3", "khóa XVI", "Lượt xem: 1.204"]))

PAGES.append(page("b6246-quangnam-hdndhuyen-giamsat-2012", """
Báo Quảng Nam Online
Thời sự » Chính trị - Xây dựng Đảng
Cập nhật: 14:05, 22/05/2012 (GMT+7)
Ảnh: Đoàn giám sát làm việc với UBND xã Đại Hiệp.
HĐND huyện Đại Lộc giám sát việc huy động đóng góp của nhân dân
(QNO) - Ngày 21/5, Đoàn giám sát của HĐND huyện Đại Lộc do đồng chí Nguyễn Văn Tám, HUV, Phó Chủ tịch HĐND huyện làm trưởng đoàn đã làm việc với UBND xã Đại Hiệp và xã Đại Quang về việc huy động, quản lý và sử dụng các khoản đóng góp tự nguyện của nhân dân để xây dựng cơ sở hạ tầng. Đây là một trong hai cuộc giám sát chuyên đề năm 2012 của HĐND huyện theo Nghị quyết số 07/NQ-HĐND ngày 20/12/2011 của HĐND huyện.
Tham gia đoàn có Trưởng Ban Pháp chế HĐND huyện Huỳnh Thị Mỹ, Trưởng Ban Kinh tế - Xã hội HĐND huyện Đoàn Công Lựu cùng đại diện Ban Thường trực Ủy ban MTTQ Việt Nam huyện.
Theo báo cáo, từ năm 2009 đến nay, 12 xã, thị trấn trong huyện đã huy động trên 14,6 tỷ đồng từ đóng góp của nhân dân để làm 42 công trình giao thông nông thôn, kênh mương nội đồng và nhà văn hóa thôn. Riêng xã Đại Hiệp vận động 1.860 hộ đóng góp gần 2,4 tỷ đồng bê tông hóa 11,5 km đường thôn; tỷ lệ hộ tham gia đạt 85%.
Việc huy động cơ bản thực hiện đúng Nghị định số 24/1999/NĐ-CP của Chính phủ và Pháp lệnh số 34/2007/PL-UBTVQH11 của Ủy ban Thường vụ Quốc hội về thực hiện dân chủ ở xã, phường, thị trấn; nhân dân được bàn và quyết định mức đóng góp. Tuy nhiên, đoàn giám sát chỉ ra 3 xã chưa lập dự toán, quyết toán riêng từng công trình; một số thôn còn thu theo đầu khẩu, chưa miễn giảm cho 214 hộ nghèo và gia đình chính sách; chứng từ thu chi chưa đúng hướng dẫn tại Thông tư số 85/1999/TT-BTC.
Bà Trần Thị Hoa, Chủ tịch UBND xã Đại Quang, cho biết xã đã thành lập Ban giám sát đầu tư của cộng đồng ở 8 thôn và công khai thu chi tại nhà văn hóa. Ông Lê Văn Chín, Trưởng Ban Thanh tra nhân dân xã Đại Hiệp, kiến nghị cấp trên hỗ trợ 50% kinh phí xi măng để giảm gánh nặng cho dân.
Phát biểu kết luận, đồng chí Nguyễn Văn Tám đề nghị UBND các xã rà soát toàn bộ các khoản thu, hoàn trả cho dân những khoản thu sai; thực hiện nghiêm Chỉ thị 05, 06-CT/HU của Ban Thường vụ Huyện ủy về công khai tài chính và phòng, chống tiêu cực ở cơ sở; phát huy vai trò của MTTQ và Ban Thanh tra nhân dân trong giám sát cộng đồng. Kết quả giám sát sẽ được báo cáo tại kỳ họp giữa năm 2012 của HĐND huyện.
Cùng ngày, đoàn đã kiểm tra thực tế tuyến đường bê tông thôn Hà Dục Đông và nghe 17 ý kiến của cử tri về chất lượng công trình.
Quốc Hải
Tin khác
- Đại Lộc: tiếp xúc cử tri trước kỳ họp HĐND huyện (15/05/2012)
- Duy Xuyên giám sát công tác bồi thường tái định cư (08/05/2012)
- Quế Sơn: 250 hộ hiến đất làm đường (27/04/2012)
- HĐND tỉnh khảo sát công tác giảm nghèo ở miền núi (20/04/2012)
""", "2012-05-22", "HĐND huyện Đại Lộc giám sát việc huy động đóng góp của nhân dân",
E("giam_sat", "2012", "2012-05-21"),
[P("Nguyễn Văn Tám", "HUV", "Phó Chủ tịch HĐND huyện"),
 P("Huỳnh Thị Mỹ", "Trưởng Ban Pháp chế HĐND huyện"),
 P("Đoàn Công Lựu", "Trưởng Ban Kinh tế - Xã hội HĐND huyện"),
 P("Trần Thị Hoa", "Chủ tịch UBND xã Đại Quang"),
 P("Lê Văn Chín", "Trưởng Ban Thanh tra nhân dân xã Đại Hiệp")],
[Q("12 xã, thị trấn", 12, "xã, thị trấn"), Q("trên 14,6 tỷ đồng", 14600000000, "đồng", "over"),
 Q("42 công trình giao thông nông thôn", 42, "công trình giao thông nông thôn"), Q("1.860 hộ", 1860, "hộ"),
 Q("gần 2,4 tỷ đồng", 2400000000, "đồng", "approx"), Q("11,5 km", 11.5, "km"), Q("85%", 85, "%"),
 Q("3 xã", 3, "xã"), Q("214 hộ nghèo", 214, "hộ nghèo"), Q("8 thôn", 8, "thôn"), Q("50%", 50, "%"),
 Q("17 ý kiến", 17, "ý kiến")],
[D("Nghị quyết", "07", "NQ-HĐND", "2011-12-20", "HĐND huyện", "Nghị quyết số 07/NQ-HĐND ngày 20/12/2011"),
 D("Nghị định", "24", "1999/NĐ-CP", None, "Chính phủ", "Nghị định số 24/1999/NĐ-CP"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, "Ủy ban Thường vụ Quốc hội", "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Thông tư", "85", "1999/TT-BTC", None, None, "Thông tư số 85/1999/TT-BTC"),
 D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05, 06-CT/HU"),
 D("Chỉ thị", "06", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05, 06-CT/HU")],
[prov("Quảng Nam"), com("Đại Hiệp"), com("Đại Quang")],
["Báo Quảng Nam Online", "Thời sự » Chính trị - Xây dựng Đảng", "Ảnh: Đoàn giám sát làm việc với UBND xã Đại Hiệp.",
 "(QNO)", "Ban giám sát đầu tư của cộng đồng", "Đại Lộc"],
["Cập nhật: 14:05, 22/05/2012 (GMT+7)", "năm 2012", "năm 2009", "kỳ họp giữa năm 2012"]))

PAGES.append(page("b6247-gialai-hdnd-tongket-2013", """
BÁO GIA LAI ĐIỆN TỬ
Hôm nay: Thứ Hai, 30/12/2013
Chính trị :: Hoạt động dân cử
08:15 | 27/12/2013
Toàn cảnh hội nghị.
Giám sát chuyên đề góp phần tháo gỡ nhiều vướng mắc ở cơ sở
(GLO) - Chiều 26/12, Thường trực HĐND tỉnh Gia Lai tổ chức hội nghị tổng kết hoạt động giám sát năm 2013 và triển khai chương trình giám sát năm 2014. Đồng chí Ksor Nham, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị. Cùng dự có các đồng chí Phó Chủ tịch HĐND tỉnh: Rơ Châm H'Nia, Trần Văn Hưng; lãnh đạo các Ban HĐND tỉnh và Thường trực HĐND 17 huyện, thị xã, thành phố.
Theo báo cáo do bà Puih H'Bleo, Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh trình bày, thực hiện Nghị quyết số 76/2012/NQ-HĐND ngày 14/12/2012 của HĐND tỉnh về chương trình giám sát năm 2013, Thường trực và các Ban HĐND tỉnh đã tổ chức 14 cuộc giám sát chuyên đề và 22 cuộc khảo sát; tổng hợp 1.350 ý kiến, kiến nghị của cử tri gửi đến các cơ quan chức năng. Qua giám sát đã đưa ra 137 kiến nghị; đến nay 118 kiến nghị đã được giải quyết, đạt 86,1%; kiến nghị thu hồi hơn 2,1 tỷ đồng chi sai mục đích.
Nổi bật là cuộc giám sát chuyên đề việc thực hiện Quyết định 134/2004/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ đất sản xuất, đất ở, nhà ở và nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo. Đoàn đã chỉ ra 7 dự án nước sinh hoạt tập trung không hoạt động, 640 hộ đồng bào Jrai chưa được giao đất sản xuất; sau giám sát, UBND tỉnh đã chỉ đạo sửa chữa 5 công trình và bố trí 3,8 tỷ đồng để khắc phục.
Đồng chí Siu Blơi, Trưởng Ban Dân tộc HĐND tỉnh, cho biết Ban đã phối hợp với Ban Dân vận Tỉnh ủy giám sát việc thực hiện Chương trình hành động số 25-CTr/TU của Tỉnh ủy về công tác dân tộc; qua đó kiến nghị bố trí cán bộ người dân tộc tại 39 xã đặc biệt khó khăn.
Thảo luận tại hội nghị, ông Kpă Thuyên, Chủ tịch HĐND huyện Ia Pa, nêu kinh nghiệm mời người có uy tín tham gia đoàn giám sát tại xã Ia Mrơn và xã Chư Răng. Ông Nay Phiu, Trưởng Ban Pháp chế HĐND tỉnh, đề nghị tăng thời gian khảo sát thực tế, giảm nghe báo cáo.
Kết luận hội nghị, đồng chí Ksor Nham yêu cầu năm 2014 các Ban HĐND tập trung giám sát chuyên đề về quản lý đất đai, bảo vệ rừng và giải quyết khiếu nại, tố cáo; thực hiện đúng Luật Hoạt động giám sát của Quốc hội và Quy chế hoạt động của HĐND; theo dõi đến cùng việc thực hiện kiến nghị sau giám sát.
Dịp này, Thường trực HĐND tỉnh tặng giấy khen cho 9 tập thể và 16 cá nhân có thành tích trong hoạt động HĐND năm 2013.
Hồng Thi
Các tin khác
- Kỳ họp thứ 7 HĐND tỉnh khóa X bế mạc (13/12/2013)
- Chư Sê: giám sát việc cấp giấy chứng nhận quyền sử dụng đất (02/12/2013)
- Ban Dân tộc HĐND tỉnh khảo sát tại Krông Pa (22/11/2013)
""", "2013-12-27", "Giám sát chuyên đề góp phần tháo gỡ nhiều vướng mắc ở cơ sở",
E("tong_ket", "2013", "2013-12-26"),
[P("Ksor Nham", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Rơ Châm H'Nia", "Phó Chủ tịch HĐND tỉnh"),
 P("Trần Văn Hưng", "Phó Chủ tịch HĐND tỉnh"),
 P("Puih H'Bleo", "Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Siu Blơi", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Kpă Thuyên", "Chủ tịch HĐND huyện Ia Pa"),
 P("Nay Phiu", "Trưởng Ban Pháp chế HĐND tỉnh")],
[Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"), Q("14 cuộc giám sát chuyên đề", 14, "cuộc giám sát chuyên đề"),
 Q("22 cuộc khảo sát", 22, "cuộc khảo sát"), Q("1.350 ý kiến, kiến nghị", 1350, "ý kiến, kiến nghị"),
 Q("137 kiến nghị", 137, "kiến nghị"), Q("118 kiến nghị", 118, "kiến nghị"), Q("86,1%", 86.1, "%"),
 Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("7 dự án nước sinh hoạt tập trung", 7, "dự án nước sinh hoạt tập trung"),
 Q("640 hộ đồng bào Jrai", 640, "hộ đồng bào Jrai"), Q("5 công trình", 5, "công trình"),
 Q("3,8 tỷ đồng", 3800000000, "đồng"), Q("39 xã đặc biệt khó khăn", 39, "xã đặc biệt khó khăn"),
 Q("9 tập thể", 9, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Nghị quyết", "76", "2012/NQ-HĐND", "2012-12-14", "HĐND tỉnh", "Nghị quyết số 76/2012/NQ-HĐND ngày 14/12/2012"),
 D("Quyết định", "134", "2004/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 134/2004/QĐ-TTg"),
 D("Chương trình hành động", "25", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 25-CTr/TU")],
[prov("Gia Lai"), com("Ia Mrơn"), com("Chư Răng")],
["BÁO GIA LAI ĐIỆN TỬ", "Hôm nay: Thứ Hai, 30/12/2013", "Chính trị :: Hoạt động dân cử", "Toàn cảnh hội nghị.", "(GLO)",
 "Luật Hoạt động giám sát của Quốc hội", "Quy chế hoạt động của HĐND"],
["Hôm nay: Thứ Hai, 30/12/2013", "08:15 | 27/12/2013", "năm 2013", "năm 2014"]))

PAGES.append(page("b6248-soctrang-hdndhuyen-soket-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỸ XUYÊN - TỈNH SÓC TRĂNG
You are here: Trang chủ / Tin tức / Hoạt động HĐND
04/07/2014 - 10:05
HĐND huyện Mỹ Xuyên sơ kết hoạt động 6 tháng đầu năm 2014
Sáng 3/7, Thường trực HĐND huyện Mỹ Xuyên (tỉnh Sóc Trăng) tổ chức hội nghị sơ kết hoạt động 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lý Văn Hên, Huyện ủy viên, Chủ tịch HĐND huyện chủ trì; dự hội nghị có các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Sơn Sà Phal, Nguyễn Thị Thu Ba cùng Thường trực HĐND 11 xã, thị trấn.
Đồng chí Lý Văn Hên phát biểu tại hội nghị. Ảnh: Kim Ngân
Báo cáo do ông Thạch Sô Phal, Phó Chủ tịch HĐND huyện trình bày cho biết, thực hiện Nghị quyết 05/NQ-HĐND ngày 25/12/2013 của HĐND huyện về chương trình giám sát năm 2014, 6 tháng qua Thường trực và các Ban HĐND huyện đã tổ chức 5 cuộc giám sát chuyên đề; tiếp 96 lượt công dân và tiếp nhận 31 đơn, chuyển cơ quan có thẩm quyền giải quyết 27 đơn.
Trọng tâm là giám sát chuyên đề về công tác giáo dục vùng đồng bào Khmer. Đoàn đã làm việc tại 8 điểm trường ở xã Gia Hòa 1, xã Hòa Tú 2 và xã Ngọc Đông. Toàn huyện hiện có trên 1.400 học sinh dân tộc Khmer được hưởng chính sách theo Quyết định số 12/2013/QĐ-TTg của Thủ tướng Chính phủ; ngành giáo dục đã cấp 2.300 bộ sách giáo khoa, tổng kinh phí 1,15 tỷ đồng; tỷ lệ huy động trẻ 6 tuổi ra lớp đạt 98,5%. Tuy vậy, còn 23 phòng học tạm, thiếu 14 giáo viên dạy song ngữ Khmer và tình trạng học sinh bỏ học ở bậc trung học cơ sở vẫn xảy ra.
Bà Lâm Thị Sa Vone, Trưởng Ban Kinh tế - Xã hội HĐND huyện, cho biết sau giám sát, Ban đã kiến nghị UBND huyện bố trí vốn xây 6 phòng học kiên cố và phối hợp với các chùa Khmer mở lớp dạy chữ hè. Ông Danh Sà Rinh, Chủ tịch HĐND xã Ngọc Đông, đề nghị huyện sớm sửa chữa tuyến đường vào điểm trường ấp Sô La 2.
Hội nghị cũng đánh giá việc triển khai Kết luận 02, 03-KL/HU của Ban Thường vụ Huyện ủy về nâng cao chất lượng hoạt động HĐND cấp xã; 100% đại biểu HĐND huyện đã tham gia tiếp xúc cử tri trước kỳ họp giữa năm.
Phát biểu kết luận, đồng chí Lý Văn Hên yêu cầu 6 tháng cuối năm tập trung giám sát chuyên đề việc thực hiện chính sách đối với người có công và công tác giảm nghèo; nâng cao chất lượng chất vấn tại kỳ họp; Thường trực HĐND các xã phải theo dõi việc giải quyết kiến nghị sau giám sát đến cùng.
Kim Ngân
Tin liên quan
- Mỹ Xuyên: tiếp xúc cử tri trước kỳ họp HĐND huyện giữa năm 2014 (20/06/2014)
- Ban Pháp chế HĐND huyện giám sát công tác thi hành án dân sự (05/06/2014)
- Ra mắt mô hình "Ấp văn hóa" tại xã Tham Đôn (16/05/2014)
""", "2014-07-04", "HĐND huyện Mỹ Xuyên sơ kết hoạt động 6 tháng đầu năm 2014",
E("so_ket", "2014-H1", "2014-07-03"),
[P("Lý Văn Hên", "Huyện ủy viên", "Chủ tịch HĐND huyện"),
 P("Sơn Sà Phal", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Thị Thu Ba", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Thạch Sô Phal", "Phó Chủ tịch HĐND huyện"),
 P("Lâm Thị Sa Vone", "Trưởng Ban Kinh tế - Xã hội HĐND huyện"),
 P("Danh Sà Rinh", "Chủ tịch HĐND xã Ngọc Đông")],
[Q("11 xã, thị trấn", 11, "xã, thị trấn"), Q("5 cuộc giám sát chuyên đề", 5, "cuộc giám sát chuyên đề"),
 Q("96 lượt công dân", 96, "lượt công dân"), Q("31 đơn", 31, "đơn"), Q("27 đơn", 27, "đơn"),
 Q("8 điểm trường", 8, "điểm trường"), Q("trên 1.400 học sinh dân tộc Khmer", 1400, "học sinh dân tộc Khmer", "over"),
 Q("2.300 bộ sách giáo khoa", 2300, "bộ sách giáo khoa"), Q("1,15 tỷ đồng", 1150000000, "đồng"),
 Q("98,5%", 98.5, "%"), Q("23 phòng học tạm", 23, "phòng học tạm"), Q("14 giáo viên dạy song ngữ Khmer", 14, "giáo viên"),
 Q("6 phòng học kiên cố", 6, "phòng học kiên cố"), Q("100%", 100, "%")],
[D("Nghị quyết", "05", "NQ-HĐND", "2013-12-25", "HĐND huyện", "Nghị quyết 05/NQ-HĐND ngày 25/12/2013"),
 D("Quyết định", "12", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2013/QĐ-TTg"),
 D("Kết luận", "02", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 02, 03-KL/HU"),
 D("Kết luận", "03", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 02, 03-KL/HU")],
[prov("Sóc Trăng"), com("Gia Hòa 1"), com("Hòa Tú 2"), com("Ngọc Đông")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỸ XUYÊN - TỈNH SÓC TRĂNG", "You are here: Trang chủ / Tin tức / Hoạt động HĐND",
 "Đồng chí Lý Văn Hên phát biểu tại hội nghị. Ảnh: Kim Ngân", "Mỹ Xuyên"],
["04/07/2014 - 10:05", "6 tháng đầu năm 2014", "6 tháng cuối năm", "6 tuổi", "năm 2014"]))

PAGES.append(page("b6249-hagiang-hdnd-taphuan-2015", """
HĐND huyện Đồng Văn - tỉnh Hà Giang
Trang chủ | Tin tức - Sự kiện | Hoạt động HĐND
Ngày đăng 10/04/2015 | 16:20
Bồi dưỡng kỹ năng giám sát chuyên đề cho đại biểu HĐND cấp xã
Trong 2 ngày 8 và 9/4, Thường trực HĐND huyện Đồng Văn tổ chức lớp tập huấn kỹ năng hoạt động cho đại biểu HĐND cấp xã năm 2015, tập trung vào kỹ năng giám sát chuyên đề, chất vấn và tiếp xúc cử tri. Dự lớp có 120 đại biểu HĐND cấp xã của 19 xã, thị trấn; trong đó hơn 60% là người dân tộc Mông, khoảng 70% đại biểu lần đầu tham gia HĐND.
Học viên trao đổi tại lớp tập huấn.
Khai mạc lớp học, đồng chí Sùng Mí Chá, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện nhấn mạnh: giám sát chuyên đề là công cụ quan trọng để HĐND xã nắm được việc thực hiện chính sách ở thôn, bản, nhưng hiện nhiều xã mới giám sát qua báo cáo, chưa xuống tận hộ dân. Năm 2014, HĐND 19 xã, thị trấn mới tổ chức được 21 cuộc giám sát chuyên đề, 6 xã chưa tổ chức cuộc nào.
Các học viên được ThS. Lý Văn Đức, Phó Trưởng phòng Công tác HĐND, Văn phòng Đoàn ĐBQH và HĐND tỉnh truyền đạt các chuyên đề: quy trình xây dựng chương trình giám sát theo Luật Tổ chức HĐND và UBND năm 2003 và Nghị quyết số 753/2005/NQ-UBTVQH11 của Ủy ban Thường vụ Quốc hội; cách lập đề cương báo cáo, chọn nội dung giám sát; kỹ năng đặt câu hỏi chất vấn. Bà Vàng Thị Dính, Phó Chủ tịch HĐND huyện hướng dẫn thực hiện Kế hoạch số 15/KH-HĐND ngày 12/3/2015 của Thường trực HĐND huyện về giám sát việc hỗ trợ giống ngô, lúa cho 3.200 hộ nghèo và cấp 9.600 chăn ấm cho người dân vùng cao.
Tại buổi thảo luận, ông Sùng A Tủa, Chủ tịch HĐND xã Lũng Cú, chia sẻ: trước đây đại biểu ngại hỏi, nay được hướng dẫn cách ghi biên bản và đối chiếu danh sách hộ được hỗ trợ. Bà Ly Thị Mỷ, Phó Chủ tịch HĐND xã Sà Phìn, đề nghị biên soạn tài liệu bằng tiếng Mông và tổ chức thêm lớp tại cụm xã. Ông Giàng Mí Sính, đại biểu HĐND xã Sà Phìn, mong muốn được đi học tập kinh nghiệm giám sát ở huyện bạn. Nhiều học viên cho rằng khó khăn lớn nhất là đại biểu phần lớn kiêm nhiệm, trình độ hạn chế, địa bàn rộng, đi lại vất vả; có xã Thường trực HĐND chỉ có một người hoạt động chuyên trách nên việc chuẩn bị đề cương, tổng hợp báo cáo sau giám sát còn chậm.
Lớp tập huấn có tổng kinh phí 45 triệu đồng, mỗi học viên được hỗ trợ 150.000 đồng/ngày. Kết thúc lớp học, Thường trực HĐND huyện đã phát 120 bộ tài liệu và yêu cầu mỗi xã xây dựng ít nhất 2 cuộc giám sát chuyên đề trong năm 2015, thực hiện theo Quyết định số 28/QĐ-HĐND về kế hoạch tập huấn, bồi dưỡng đại biểu.
Vương Hoa
Lượt truy cập: 58.116
Tin khác
- Đồng Văn: tiếp xúc cử tri sau kỳ họp thứ 9 HĐND huyện (05/01/2015)
- Giám sát việc cấp phát gạo cứu đói tại xã Sủng Là (15/03/2015)
- Tổng kết hoạt động HĐND huyện năm 2014 (22/12/2014)
- Mèo Vạc: HĐND huyện giám sát công tác bảo vệ rừng (18/12/2014)
""", "2015-04-10", "Bồi dưỡng kỹ năng giám sát chuyên đề cho đại biểu HĐND cấp xã",
E("tap_huan", "2015", "2015-04-08"),
[P("Sùng Mí Chá", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Lý Văn Đức", "ThS.", "Phó Trưởng phòng Công tác HĐND", "Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
 P("Vàng Thị Dính", "Phó Chủ tịch HĐND huyện"),
 P("Sùng A Tủa", "Chủ tịch HĐND xã Lũng Cú"),
 P("Ly Thị Mỷ", "Phó Chủ tịch HĐND xã Sà Phìn"),
 P("Giàng Mí Sính", "đại biểu HĐND xã Sà Phìn")],
[Q("120 đại biểu HĐND cấp xã", 120, "đại biểu HĐND cấp xã"), Q("19 xã, thị trấn", 19, "xã, thị trấn"),
 Q("hơn 60%", 60, "%", "over"), Q("khoảng 70%", 70, "%", "approx"),
 Q("21 cuộc giám sát chuyên đề", 21, "cuộc giám sát chuyên đề"), Q("6 xã", 6, "xã"),
 Q("3.200 hộ nghèo", 3200, "hộ nghèo"), Q("9.600 chăn ấm", 9600, "chăn ấm"),
 Q("45 triệu đồng", 45000000, "đồng"), Q("150.000 đồng", 150000, "đồng"), Q("120 bộ tài liệu", 120, "bộ tài liệu"),
 Q("ít nhất 2 cuộc giám sát chuyên đề", 2, "cuộc giám sát chuyên đề", "over")],
[D("Nghị quyết", "753", "2005/NQ-UBTVQH11", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 753/2005/NQ-UBTVQH11"),
 D("Kế hoạch", "15", "KH-HĐND", "2015-03-12", "Thường trực HĐND huyện", "Kế hoạch số 15/KH-HĐND ngày 12/3/2015"),
 D("Quyết định", "28", "QĐ-HĐND", None, None, "Quyết định số 28/QĐ-HĐND")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sà Phìn")],
["HĐND huyện Đồng Văn - tỉnh Hà Giang", "Trang chủ | Tin tức - Sự kiện | Hoạt động HĐND", "Học viên trao đổi tại lớp tập huấn.",
 "Luật Tổ chức HĐND và UBND năm 2003", "Lượt truy cập: 58.116"],
["Ngày đăng 10/04/2015 | 16:20", "2 ngày", "năm 2015", "Năm 2014", "Lượt truy cập: 58.116"]))

PAGES.append(page("b6250-daklak-hdnd-doithoai-2016", """
Báo Đắk Lắk điện tử
Thứ Năm, 20/10/2016
Thời sự > Chính trị
Đối thoại với người dân về đất đai sau giám sát chuyên đề
(BĐL) - Ngày 19/10, tại hội trường UBND thị trấn Ea Pốk (huyện Cư M'gar), Thường trực HĐND tỉnh tổ chức buổi đối thoại với hơn 200 người dân các buôn về việc thực hiện chính sách đất đai ở các nông, lâm trường. Đây là buổi đối thoại thứ hai trong chương trình giám sát chuyên đề năm 2016 của HĐND tỉnh về việc thực hiện Nghị quyết số 30-NQ/TW ngày 12/3/2014 của Bộ Chính trị và Nghị định 118/2014/NĐ-CP của Chính phủ.
Đồng chí Y Khuê Êban, Phó Chủ tịch HĐND tỉnh chủ trì đối thoại. Cùng dự có bà H'Lim Mlô, Trưởng Ban Dân tộc HĐND tỉnh; ông Lê Văn Dũng, Giám đốc Công ty TNHH MTV Cà phê Ea Pốk; lãnh đạo UBND huyện Cư M'gar và UBND xã Cư Suê.
Quang cảnh buổi đối thoại tại thị trấn Ea Pốk.
Theo báo cáo của đoàn giám sát, công ty đang quản lý 1.240 ha đất, trong đó có khoảng 310 ha đang tranh chấp với 386 hộ đồng bào Êđê ở 4 buôn. Sau cuộc giám sát tháng 8, công ty đã đo đạc, bàn giao về địa phương 96 ha để giao cho hộ thiếu đất sản xuất; giải quyết dứt điểm 15 trường hợp.
Tại buổi đối thoại, người dân nêu 27 ý kiến. Ông Y Djuin Byă, Trưởng buôn Tơng Jú, xã Cư Suê, đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho các hộ đã canh tác ổn định trên 20 năm. Bà H'Nuôl Knul, người có uy tín buôn Kô Siêr, phản ánh có hộ phải nộp sản lượng khoán quá cao, khoảng 1,2 tấn cà phê nhân/ha. Ông Ama Thuôn ở buôn Ea Bông hỏi về tiến độ đền bù cây trồng trên 12 ha đất bị thu hồi làm đường.
Lãnh đạo công ty và UBND huyện đã trả lời trực tiếp từng ý kiến; những nội dung vượt thẩm quyền được đoàn ghi nhận để kiến nghị UBND tỉnh. Kết luận buổi đối thoại, đồng chí Y Khuê Êban yêu cầu công ty rà soát lại toàn bộ hợp đồng khoán theo Kế hoạch 89/KH-HĐND của Thường trực HĐND tỉnh, trả lời bằng văn bản trước ngày 30/11/2016; đề nghị Huyện ủy triển khai nghiêm Chỉ thị 11, 12-CT/TU của Ban Thường vụ Tỉnh ủy về giải quyết tranh chấp đất đai và công tác dân vận vùng đồng bào dân tộc thiểu số; UBND xã phối hợp MTTQ vận động bà con không để kẻ xấu lợi dụng.
Theo kế hoạch, Thường trực HĐND tỉnh sẽ tổ chức thêm 2 buổi đối thoại tại huyện Krông Búk và Ea Kar trước kỳ họp cuối năm. Kết quả các buổi đối thoại sẽ được tổng hợp vào báo cáo giám sát trình HĐND tỉnh, làm căn cứ để HĐND tỉnh ban hành nghị quyết về giải quyết tồn tại trong quản lý, sử dụng đất có nguồn gốc từ nông, lâm trường. Nhiều người dân bày tỏ phấn khởi vì lần đầu được trực tiếp nói lên nguyện vọng với đại biểu dân cử ngay tại buôn làng.
H'Xíu - Hoàng Minh
Tin liên quan
- Giám sát việc sắp xếp, đổi mới nông, lâm trường tại Ea H'leo (26/08/2016)
- HĐND tỉnh chất vấn về quản lý rừng (15/07/2016)
- Ra mắt tổ hòa giải ở buôn Ea Bông (10/06/2016)
- Krông Búk: cử tri kiến nghị về giá vật tư nông nghiệp (02/06/2016)
""", "2016-10-20", "Đối thoại với người dân về đất đai sau giám sát chuyên đề",
E("doi_thoai", "2016", "2016-10-19"),
[P("Y Khuê Êban", "Phó Chủ tịch HĐND tỉnh"),
 P("H'Lim Mlô", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Lê Văn Dũng", "Giám đốc Công ty TNHH MTV Cà phê Ea Pốk"),
 P("Y Djuin Byă", "Trưởng buôn Tơng Jú"),
 P("H'Nuôl Knul", "người có uy tín buôn Kô Siêr"),
 P("Ama Thuôn")],
[Q("hơn 200 người dân", 200, "người dân", "over"), Q("1.240 ha", 1240, "ha"), Q("khoảng 310 ha", 310, "ha", "approx"),
 Q("386 hộ đồng bào Êđê", 386, "hộ đồng bào Êđê"), Q("4 buôn", 4, "buôn"), Q("96 ha", 96, "ha"),
 Q("15 trường hợp", 15, "trường hợp"), Q("27 ý kiến", 27, "ý kiến"), Q("khoảng 1,2 tấn", 1.2, "tấn", "approx"),
 Q("12 ha", 12, "ha"), Q("2 buổi đối thoại", 2, "buổi đối thoại")],
[D("Nghị quyết", "30", "NQ/TW", "2014-03-12", "Bộ Chính trị", "Nghị quyết số 30-NQ/TW ngày 12/3/2014"),
 D("Nghị định", "118", "2014/NĐ-CP", None, "Chính phủ", "Nghị định 118/2014/NĐ-CP"),
 D("Kế hoạch", "89", "KH-HĐND", None, "Thường trực HĐND tỉnh", "Kế hoạch 89/KH-HĐND"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU")],
[prov("Đắk Lắk"), com("Ea Pốk"), com("Cư Suê")],
["Báo Đắk Lắk điện tử", "Thời sự > Chính trị", "(BĐL)", "Quang cảnh buổi đối thoại tại thị trấn Ea Pốk.",
 "Công ty TNHH MTV Cà phê Ea Pốk"],
["Thứ Năm, 20/10/2016", "năm 2016", "20 năm", "tháng 8", "buổi đối thoại thứ hai"]))
