from lib import *
PAGES = []

PAGES.append(page("b9563-laocai-mttq-giamsat-datdai-2015", """
BÁO LÀO CAI ĐIỆN TỬ
Chính trị - Xã hội | Mặt trận - Đoàn thể
Thứ Sáu, 13/11/2015 | 15:20
Giám sát việc giải quyết đơn thư tranh chấp đất đai tại Bát Xát
Ngày 11/11, đoàn giám sát của Ủy ban MTTQ tỉnh Lào Cai do ông Sùng A Lử, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc tiếp nhận, giải quyết đơn thư liên quan tranh chấp đất đai tại huyện Bát Xát, giai đoạn từ đầu năm 2013 đến hết tháng 9/2015.
Đoàn giám sát làm việc với UBND huyện Bát Xát.
Cuộc giám sát được tiến hành theo Kế hoạch số 45/KH-MTTQ-BTT ngày 10/9/2015 của Ban Thường trực Ủy ban MTTQ tỉnh, nhằm cụ thể hóa Quyết định số 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền.
Báo cáo của UBND huyện do ông Lù Văn Phong, Phó Chủ tịch UBND huyện Bát Xát trình bày cho thấy: trong thời gian trên, huyện tiếp nhận 87 đơn thư liên quan đến đất đai, trong đó tranh chấp ranh giới nương, ruộng bậc thang giữa các hộ người Mông, người Dao chiếm phần lớn. Huyện đã giải quyết 79 đơn, đạt 90,8%; còn 8 đơn đang xác minh. Có 5 vụ việc kéo dài trên 2 năm, tập trung ở các xã Y Tý, A Mú Sung.
Qua kiểm tra thực tế tại xã Y Tý, đoàn ghi nhận 32 thôn đều có tổ hòa giải, nhưng nhiều hòa giải viên chưa được tập huấn, sổ theo dõi hòa giải ghi chép sơ sài. Ông Tẩn Lở Mẩy, Chủ tịch Ủy ban MTTQ xã Y Tý, cho biết vướng mắc lớn nhất là nhiều thửa nương chưa được đo đạc, cấp giấy chứng nhận quyền sử dụng đất, khi có tranh chấp thì mỗi bên một ý, chỉ dựa vào lời kể của người già.
Bà Hoàng Thị Dung, Trưởng phòng Tài nguyên và Môi trường huyện, giải trình: huyện mới hoàn thành đo đạc bản đồ địa chính ở 9 xã; dự kiến đến năm 2017 sẽ cấp xong giấy chứng nhận cho khoảng 4.600 hộ.
Kết luận buổi giám sát, ông Sùng A Lử đề nghị UBND huyện tập trung giải quyết dứt điểm 2 vụ việc đã có quyết định giải quyết nhưng các bên chưa chấp hành; tăng cường đối thoại tại thôn, bản có sự tham gia của trưởng thôn, người có uy tín; bố trí kinh phí tập huấn cho 175 tổ hòa giải trên địa bàn. Ủy ban MTTQ huyện và các xã phải theo dõi việc thực hiện kiến nghị sau giám sát, báo cáo về Ban Thường trực Ủy ban MTTQ tỉnh.
Cũng trong chương trình, đoàn đã đến thăm hỏi, lắng nghe ý kiến của một số hộ có đơn tại thôn Phìn Hồ và xã Mường Hum. Nhiều người dân bày tỏ mong muốn được giải quyết nhanh, công khai để yên tâm sản xuất.
Thanh Hà
Lượt xem: 964
Tin liên quan
- Ủy ban MTTQ tỉnh giám sát thực hiện chính sách đối với người có uy tín (28/10/2015)
- Bảo Yên: hội nghị phản biện dự thảo quy hoạch sử dụng đất (15/10/2015)
- Sa Pa: hòa giải thành 45 vụ việc ở cơ sở (02/10/2015)
""", "2015-11-13", "Giám sát việc giải quyết đơn thư tranh chấp đất đai tại Bát Xát",
E("giam_sat", None, "2015-11-11"),
[P("Sùng A Lử", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lù Văn Phong", "Phó Chủ tịch UBND huyện Bát Xát"),
 P("Tẩn Lở Mẩy", "Chủ tịch Ủy ban MTTQ xã Y Tý"),
 P("Hoàng Thị Dung", "Trưởng phòng Tài nguyên và Môi trường huyện")],
[Q("87 đơn thư", 87, "đơn thư"), Q("79 đơn", 79, "đơn"), Q("90,8%", 90.8, "%"), Q("8 đơn", 8, "đơn"),
 Q("5 vụ việc", 5, "vụ việc"), Q("32 thôn", 32, "thôn"), Q("9 xã", 9, "xã"),
 Q("khoảng 4.600 hộ", 4600, "hộ", "approx"), Q("2 vụ việc", 2, "vụ việc"), Q("175 tổ hòa giải", 175, "tổ hòa giải")],
[D("Kế hoạch", "45", "KH-MTTQ-BTT", "2015-09-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 45/KH-MTTQ-BTT ngày 10/9/2015"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013")],
[prov("Lào Cai"), com("Y Tý"), com("A Mú Sung"), com("Mường Hum")],
["BÁO LÀO CAI ĐIỆN TỬ", "Chính trị - Xã hội | Mặt trận - Đoàn thể", "Đoàn giám sát làm việc với UBND huyện Bát Xát.",
 "Lượt xem: 964"],
["Thứ Sáu, 13/11/2015 | 15:20", "trên 2 năm", "đến năm 2017", "tháng 9/2015", "Lượt xem: 964"]))

PAGES.append(page("b9564-daklak-bdv-hoinghi-nguoicouytin-2016", """
Báo Đắk Lắk điện tử
Trang chủ » Chính trị » Dân tộc - Tôn giáo
22/6/2016 9:15:00 SA
Người có uy tín góp sức giữ ổn định đất sản xuất của buôn làng
Ngày 21/6, Ban Dân vận Tỉnh ủy Đắk Lắk phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị gặp mặt, đối thoại với người có uy tín trong đồng bào dân tộc thiểu số năm 2016. Tham dự có 312 đại biểu là già làng, trưởng buôn, người có uy tín đến từ các huyện, thị xã, thành phố.
Theo báo cáo của Ban Dân tộc tỉnh, năm 2015 và những tháng đầu năm 2016, người có uy tín đã tham gia hòa giải thành 39 trong số 46 vụ tranh chấp đất đai trong cộng đồng; vận động đồng bào không bán, không cầm cố đất sản xuất; phát hiện, báo cáo kịp thời nhiều trường hợp lôi kéo người dân tham gia tổ chức "Tin lành Đê Ga". Toàn tỉnh còn 15 buôn có tranh chấp đất với các công ty lâm nghiệp, cà phê.
Các đại biểu dự hội nghị.
Phát biểu tại hội nghị, già làng Ama H'Rin ở buôn Kô Siêr, xã Ea Tu, nói: "Đất của buôn mình, người trong buôn tự ngồi lại phân xử được. Nhưng đất giữa buôn với công ty thì phải có Nhà nước đứng ra đo lại cho rõ". Ông Y Thuôn Bkrông, người có uy tín buôn Trí, xã Krông Na, kiến nghị tỉnh sớm thu hồi một phần diện tích nông trường sử dụng không hiệu quả để giao cho hộ đồng bào thiếu đất.
Bà H'Mai Kbuôr, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết qua giám sát ở một số huyện, việc cấp phát báo, tạp chí, hỗ trợ thăm hỏi người có uy tín theo Quyết định số 18/2011/QĐ-TTg và Quyết định số 56/2013/QĐ-TTg của Thủ tướng Chính phủ cơ bản kịp thời, tuy nhiên mức hỗ trợ còn thấp.
Trả lời các ý kiến, ông Lê Văn Khánh, Phó Chủ tịch UBND tỉnh, thông tin: tỉnh đã chỉ đạo rà soát, thu hồi hơn 2.100 ha đất từ các công ty lâm nghiệp để giao lại cho địa phương; giao Sở Tài nguyên và Môi trường cùng các huyện đo đạc, cắm mốc ranh giới ở những buôn đang có tranh chấp, xong trước tháng 12/2016.
Kết luận hội nghị, ông Y Bhiu Niê, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị người có uy tín tiếp tục là "cầu nối" giữa cấp ủy, chính quyền với đồng bào; các cấp thực hiện nghiêm Chỉ thị số 08-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo giải quyết tranh chấp đất đai vùng đồng bào dân tộc thiểu số, không để phát sinh điểm nóng.
Dịp này, Ban tổ chức tặng mỗi đại biểu 1 phần quà trị giá 500.000 đồng; UBND tỉnh tặng Bằng khen cho 25 người có uy tín tiêu biểu.
H'Xuân - Kim Oanh
Tin khác
- Krông Bông: tập huấn kiến thức pháp luật cho người có uy tín (10/06/2016)
- Ea H'leo: vận động đồng bào không di cư tự do (01/06/2016)
- Trao tặng 1.500 lá cờ Tổ quốc cho ngư dân (25/05/2016)
""", "2016-06-22", "Người có uy tín góp sức giữ ổn định đất sản xuất của buôn làng",
E("hoi_nghi", "2016", "2016-06-21"),
[P("Ama H'Rin", "già làng"),
 P("Y Thuôn Bkrông", "người có uy tín buôn Trí"),
 P("H'Mai Kbuôr", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Khánh", "Phó Chủ tịch UBND tỉnh"),
 P("Y Bhiu Niê", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("312 đại biểu", 312, "đại biểu"), Q("39 trong số 46 vụ tranh chấp đất đai", 39, "vụ tranh chấp đất đai"),
 Q("46 vụ tranh chấp đất đai", 46, "vụ tranh chấp đất đai"), Q("15 buôn", 15, "buôn"),
 Q("hơn 2.100 ha", 2100, "ha", "over"), Q("500.000 đồng", 500000, "đồng"),
 Q("25 người có uy tín tiêu biểu", 25, "người có uy tín tiêu biểu")],
[D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg"),
 D("Quyết định", "56", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 56/2013/QĐ-TTg"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 08-CT/TU")],
[prov("Đắk Lắk"), com("Ea Tu"), com("Krông Na")],
["Báo Đắk Lắk điện tử", "Trang chủ » Chính trị » Dân tộc - Tôn giáo", "Các đại biểu dự hội nghị.", "Tin lành Đê Ga",
 "Kô Siêr"],
["22/6/2016 9:15:00 SA", "năm 2015", "1 phần quà", "tháng 12/2016"]))

PAGES.append(page("b9565-thaibinh-bdv-baocao-quy1-2017", """
BAN DÂN VẬN TỈNH ỦY THÁI BÌNH
Hôm nay: Thứ Năm, 13/04/2017
Tin tức > Nắm tình hình nhân dân
12-04-2017 08:00
Tình hình nhân dân quý I: nổi lên kiến nghị về đất dôi dư sau dồn điền đổi thửa
Ban Dân vận Tỉnh ủy Thái Bình vừa có Báo cáo số 45-BC/BDVTU ngày 5/4/2017 về tình hình nhân dân quý I năm 2017 gửi Thường trực Tỉnh ủy. Báo cáo tổng hợp từ 8 huyện, thành phố và 26 cộng tác viên dư luận xã hội.
Theo báo cáo, tư tưởng của cán bộ, đảng viên và nhân dân trong tỉnh cơ bản ổn định. Nhân dân phấn khởi vì Tết Nguyên đán Đinh Dậu được tổ chức an toàn, tiết kiệm; giá lúa giống vụ xuân ổn định. Tuy nhiên, dư luận quan tâm đến việc quản lý đất công ích, đất dôi dư sau dồn điền đổi thửa ở một số xã; việc thu các khoản đóng góp xây dựng nông thôn mới; ô nhiễm môi trường tại các làng nghề.
Trong quý, các cơ quan chức năng đã tiếp 214 lượt công dân, nhận 167 đơn, trong đó có 6 đoàn đông người. Nội dung chủ yếu là khiếu nại việc đấu thầu đất công ích tại xã Thụy Liên, tranh chấp đất ở giữa các hộ tại xã Nam Thịnh, tố cáo cán bộ thôn thu tiền làm đường sai quy định tại xã Đông Hoàng. Các tổ hòa giải ở cơ sở đã hòa giải thành 94 vụ việc, đạt 88,7%.
Theo đánh giá của Ban Dân vận Tỉnh ủy, một số vụ việc phát sinh từ việc chính quyền xã chưa công khai, không tổ chức lấy ý kiến nhân dân theo Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn. Ở xã Thụy Liên, sau khi Ban Dân vận Huyện ủy Thái Thụy cùng UBND huyện đối thoại, xã đã hủy kết quả đấu thầu 3,2 ha đất công ích để làm lại công khai, người dân đồng tình.
Báo cáo kiến nghị Thường trực Tỉnh ủy chỉ đạo UBND tỉnh rà soát việc quản lý đất công ích ở các xã; tiếp tục thực hiện Chỉ thị số 35-CT/TW ngày 26/5/2014 của Bộ Chính trị về tăng cường lãnh đạo công tác tiếp công dân, giải quyết khiếu nại, tố cáo; chỉ đạo các huyện ủy xử lý nghiêm cán bộ vi phạm quy chế dân chủ.
Đồng chí Trần Thị Bích Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, yêu cầu các cộng tác viên tiếp tục bám cơ sở, phản ánh kịp thời, trung thực tâm tư của nhân dân; đối với các vụ việc đông người phải báo cáo ngay trong ngày. Ông Phạm Văn Lực, Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy, được giao theo dõi, tổng hợp các kiến nghị gửi cơ quan chức năng và báo cáo kết quả trong quý II.
Thái Bình hiện có 1.928 tổ hòa giải với hơn 11.000 hòa giải viên. Ban Dân vận Tỉnh ủy đề nghị Sở Tư pháp mở lớp bồi dưỡng kỹ năng hòa giải tranh chấp đất đai cho tổ trưởng tổ hòa giải.
P.V
Số lần xem: 1.087
Các tin khác
- Hưng Hà: đối thoại với nhân dân về dồn điền đổi thửa (05/04/2017)
- Sơ kết phong trào "Dân vận khéo" năm 2016 (28/03/2017)
- Kiến Xương xây dựng 12 mô hình dân vận khéo (15/03/2017)
""", "2017-04-12", "Tình hình nhân dân quý I: nổi lên kiến nghị về đất dôi dư sau dồn điền đổi thửa",
E("bao_cao", "2017-Q1", "2017-04-05"),
[P("Trần Thị Bích Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Lực", "Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy")],
[Q("8 huyện, thành phố", 8, "huyện, thành phố"), Q("26 cộng tác viên dư luận xã hội", 26, "cộng tác viên dư luận xã hội"),
 Q("214 lượt công dân", 214, "lượt công dân"), Q("167 đơn", 167, "đơn"), Q("6 đoàn đông người", 6, "đoàn đông người"),
 Q("94 vụ việc", 94, "vụ việc"), Q("88,7%", 88.7, "%"), Q("3,2 ha", 3.2, "ha"),
 Q("1.928 tổ hòa giải", 1928, "tổ hòa giải"), Q("hơn 11.000 hòa giải viên", 11000, "hòa giải viên", "over")],
[D("Báo cáo", "45", "BC/BDVTU", "2017-04-05", "Ban Dân vận Tỉnh ủy", "Báo cáo số 45-BC/BDVTU ngày 5/4/2017"),
 D("Chỉ thị", "35", "CT/TW", "2014-05-26", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 26/5/2014")],
[prov("Thái Bình"), com("Thụy Liên"), com("Nam Thịnh"), com("Đông Hoàng")],
["BAN DÂN VẬN TỈNH ỦY THÁI BÌNH", "Tin tức > Nắm tình hình nhân dân", "Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn",
 "Tết Nguyên đán Đinh Dậu", "Số lần xem: 1.087"],
["Hôm nay: Thứ Năm, 13/04/2017", "12-04-2017 08:00", "quý I năm 2017", "quý II", "Số lần xem: 1.087"]))

PAGES.append(page("b9566-binhduong-ubnd-tongket-tiepcongdan-2018", """
BÁO BÌNH DƯƠNG ONLINE
You are here: Home > Thời sự > Chính quyền
2018-12-28 10:12
Toàn cảnh hội nghị.
Giải quyết dứt điểm nhiều vụ khiếu nại về đất đai kéo dài
(BDO) Chiều 27/12, UBND tỉnh Bình Dương tổ chức hội nghị tổng kết công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2018. Ông Lê Hoàng Phúc, Phó Chủ tịch Thường trực UBND tỉnh chủ trì hội nghị.
Theo báo cáo của Thanh tra tỉnh, năm 2018 các cơ quan hành chính trong tỉnh đã tiếp 2.846 lượt công dân với 1.972 đơn, trong đó có 14 đoàn đông người. Khoảng 68% số đơn liên quan đến đất đai: bồi thường, hỗ trợ tái định cư ở các dự án giao thông, khu công nghiệp; tranh chấp quyền sử dụng đất giữa các hộ; cấp giấy chứng nhận cho đất có nguồn gốc lấn chiếm.
Các cơ quan có thẩm quyền đã thụ lý 312 vụ việc khiếu nại, tố cáo, giải quyết 289 vụ việc, đạt 92,6%. Qua giải quyết, kiến nghị thu hồi cho Nhà nước 1,8 tỷ đồng và 2.300 m2 đất; trả lại cho công dân 640 triệu đồng. Một số vụ việc kéo dài hơn 10 năm tại phường Tân Định và xã Tân Hiệp đã được giải quyết dứt điểm thông qua đối thoại.
Ông Nguyễn Văn Đức, Chánh Thanh tra tỉnh, cho biết việc thực hiện Luật Tiếp công dân số 42/2013/QH13 và Chỉ thị số 35-CT/TW của Bộ Chính trị đã đi vào nền nếp; người đứng đầu cấp ủy, chính quyền ở nhiều địa phương đã tiếp dân định kỳ, trực tiếp đối thoại. Tuy nhiên, vẫn còn tình trạng chậm trả lời đơn, chuyển đơn vòng vo.
Tham luận tại hội nghị, ông Võ Minh Tâm, Chủ tịch UBND phường Tân Định, chia sẻ kinh nghiệm giải quyết vụ tranh chấp lối đi chung giữa 17 hộ dân kéo dài từ năm 2007: phường mời tổ hòa giải khu phố, Ban công tác Mặt trận cùng các bên đến hiện trường, đo đạc lại, lập biên bản công khai; cuối cùng các hộ thống nhất hiến thêm 0,8 m để mở rộng đường.
Bà Phan Thị Bích Ngọc, Trưởng Ban Tiếp công dân tỉnh, đề nghị các huyện, thị xã, thành phố bố trí cán bộ tiếp dân có kinh nghiệm về đất đai và xây dựng cơ sở dữ liệu về đơn thư dùng chung.
Phát biểu kết luận, ông Lê Hoàng Phúc yêu cầu các sở, ngành, địa phương thực hiện nghiêm Kế hoạch số 3540/KH-UBND ngày 15/8/2018 của UBND tỉnh về rà soát, giải quyết các vụ việc khiếu nại đông người, phức tạp, kéo dài; năm 2019 phải giải quyết trên 90% số vụ việc thuộc thẩm quyền, không để phát sinh điểm nóng trong dịp Tết và các sự kiện chính trị quan trọng.
Dịp này, UBND tỉnh tặng Bằng khen cho 6 tập thể và 11 cá nhân có thành tích trong công tác tiếp công dân.
Nhóm PV
Tin cùng chuyên mục
- Thủ Dầu Một tiếp xúc cử tri sau kỳ họp HĐND (20/12/2018)
- Dĩ An: đối thoại với hộ dân vùng dự án (14/12/2018)
- Ủy ban MTTQ tỉnh tổng kết năm 2018 (07/12/2018)
""", "2018-12-28", "Giải quyết dứt điểm nhiều vụ khiếu nại về đất đai kéo dài",
E("tong_ket", "2018", "2018-12-27"),
[P("Lê Hoàng Phúc", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Nguyễn Văn Đức", "Chánh Thanh tra tỉnh"),
 P("Võ Minh Tâm", "Chủ tịch UBND phường Tân Định"),
 P("Phan Thị Bích Ngọc", "Trưởng Ban Tiếp công dân tỉnh")],
[Q("2.846 lượt công dân", 2846, "lượt công dân"), Q("1.972 đơn", 1972, "đơn"), Q("14 đoàn đông người", 14, "đoàn đông người"),
 Q("Khoảng 68%", 68, "%", "approx"), Q("312 vụ việc", 312, "vụ việc"), Q("289 vụ việc", 289, "vụ việc"), Q("92,6%", 92.6, "%"),
 Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("2.300 m2", 2300, "m2"), Q("640 triệu đồng", 640000000, "đồng"),
 Q("17 hộ dân", 17, "hộ dân"), Q("0,8 m", 0.8, "m"), Q("trên 90%", 90, "%", "over"),
 Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Luật", "42", "2013/QH13", None, None, "Luật Tiếp công dân số 42/2013/QH13"),
 D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 35-CT/TW"),
 D("Kế hoạch", "3540", "KH-UBND", "2018-08-15", "UBND tỉnh", "Kế hoạch số 3540/KH-UBND ngày 15/8/2018")],
[prov("Bình Dương"), com("Tân Định"), com("Tân Hiệp")],
["BÁO BÌNH DƯƠNG ONLINE", "You are here: Home > Thời sự > Chính quyền", "Toàn cảnh hội nghị.", "(BDO)", "Nhóm PV"],
["2018-12-28 10:12", "hơn 10 năm", "từ năm 2007", "năm 2019"]))

PAGES.append(page("b9567-kontum-sathay-thamtangqua-2019", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Trang chủ | Dân vận các cấp | Huyện Sa Thầy
17/05/2019 - 14:35
Sa Thầy: Thăm, tặng quà các hộ tự nguyện trả lại đất lấn chiếm
Ngày 15/5/2019, Ban Dân vận Huyện ủy Sa Thầy (tỉnh Kon Tum) phối hợp với Đảng ủy, UBND xã Mô Rai tổ chức thăm, tặng quà 27 hộ đồng bào Rơ Măm và Giẻ Triêng đã tự nguyện trả lại đất rừng lấn chiếm, chấm dứt vụ tranh chấp kéo dài với Ban quản lý rừng phòng hộ.
Đoàn công tác do đồng chí Y Phương, HUV, Trưởng Ban Dân vận Huyện ủy Sa Thầy làm trưởng đoàn. Mỗi phần quà trị giá 700.000 đồng gồm gạo, muối, dầu ăn và giống cây trồng; tổng trị giá 18,9 triệu đồng do các doanh nghiệp trên địa bàn huyện đóng góp.
Đồng chí Y Phương (bìa trái) trao quà cho các hộ dân làng Le.
Theo ông A Khanh, Chủ tịch UBND xã Mô Rai, từ năm 2016, một số hộ ở làng Le và làng Rắc đã phát dọn 38,6 ha đất rừng phòng hộ để trồng mì, cao su, dẫn đến tranh chấp với lực lượng bảo vệ rừng, có thời điểm hàng chục người kéo đến trạm bảo vệ phản đối. Thực hiện Kết luận 52, 53-KL/HU của Ban Thường vụ Huyện ủy về giải quyết tình trạng lấn chiếm đất rừng và về củng cố khối đại đoàn kết ở vùng biên giới, tổ dân vận của xã đã đến từng nhà tuyên truyền, vận động.
Vai trò của người có uy tín được phát huy rõ nét. Bà Y Nhoang, người có uy tín làng Le, kể: "Mình đi từng nhà, nói cho bà con hiểu rừng giữ nước cho cả làng. Phá rừng thì lũ về, mất cả ruộng". Ông A Brông, một trong những hộ trả đất, cho biết gia đình đã nhận 1,2 ha đất sản xuất được xã giao lại và được hỗ trợ giống để chuyển sang trồng keo.
Đến nay, toàn bộ diện tích lấn chiếm đã được bàn giao lại; xã đã điều chỉnh 21 ha đất sản xuất để giao cho các hộ thiếu đất theo Nghị quyết số 05-NQ/HU của Huyện ủy. Các hộ ký cam kết không tái lấn chiếm.
Đồng chí Y Phương đánh giá cao tinh thần chấp hành của bà con, đề nghị Đảng ủy xã tiếp tục nắm tình hình, giải quyết dứt điểm những vướng mắc về đất sản xuất, không để các đối tượng xấu lợi dụng kích động, gây mất ổn định ở khu vực biên giới.
Đồng chí cũng đề nghị Ban quản lý rừng phòng hộ ưu tiên nhận người dân trong làng vào làm công nhân bảo vệ rừng, tạo thêm việc làm và thu nhập cho bà con sau khi trả đất.
Dịp này, Ban Dân vận Huyện ủy cũng tặng Giấy khen cho 3 tập thể và 5 cá nhân có thành tích trong vận động nhân dân trả lại đất rừng.
Thu Hằng (Ban Dân vận Huyện ủy Sa Thầy)
Lượt truy cập: 3.412
Tin liên quan
- Ngọc Hồi: hội nghị người có uy tín năm 2019 (08/05/2019)
- Kon Plông: vận động đồng bào xóa bỏ hủ tục (25/04/2019)
- Ra mắt mô hình "Làng không có tranh chấp đất đai" (12/04/2019)
""", "2019-05-17", "Sa Thầy: Thăm, tặng quà các hộ tự nguyện trả lại đất lấn chiếm",
E("trao_qua", None, "2019-05-15"),
[P("Y Phương", "HUV", "Trưởng Ban Dân vận Huyện ủy Sa Thầy"),
 P("A Khanh", "Chủ tịch UBND xã Mô Rai"),
 P("Y Nhoang", "người có uy tín làng Le"),
 P("A Brông")],
[Q("27 hộ đồng bào Rơ Măm và Giẻ Triêng", 27, "hộ đồng bào Rơ Măm và Giẻ Triêng"), Q("700.000 đồng", 700000, "đồng"),
 Q("18,9 triệu đồng", 18900000, "đồng"), Q("38,6 ha", 38.6, "ha"), Q("1,2 ha", 1.2, "ha"), Q("21 ha", 21, "ha"),
 Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân")],
[D("Kết luận", "52", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 52, 53-KL/HU"),
 D("Kết luận", "53", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 52, 53-KL/HU"),
 D("Nghị quyết", "05", "NQ/HU", None, "Huyện ủy", "Nghị quyết số 05-NQ/HU")],
[prov("Kon Tum"), com("Mô Rai")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Trang chủ | Dân vận các cấp | Huyện Sa Thầy",
 "Đồng chí Y Phương (bìa trái) trao quà cho các hộ dân làng Le.", "Lượt truy cập: 3.412", "Làng không có tranh chấp đất đai"],
["17/05/2019 - 14:35", "từ năm 2016", "hàng chục người", "Lượt truy cập: 3.412"]))

PAGES.append(page("b9568-camau-bdv-giaoban-thang9-2019", """
BAN DÂN VẬN TỈNH ỦY CÀ MAU
Trang chủ >> Tin hoạt động >> Khối dân vận
Thứ Sáu, 04/10/2019 - 16:10
Đồng chí Huỳnh Thị Hồng Thắm phát biểu chỉ đạo giao ban.
Giao ban khối dân vận tháng 9: quan tâm các điểm nóng về đất ven biển
Sáng 3/10, Ban Dân vận Tỉnh ủy Cà Mau chủ trì giao ban khối dân vận tỉnh tháng 9/2019, đánh giá tình hình nhân dân và kết quả vận động ở những nơi có tranh chấp đất đai. Đồng chí Huỳnh Thị Hồng Thắm, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, trong tháng, tình hình nhân dân cơ bản ổn định; người nuôi tôm phấn khởi vì giá tôm tăng. Tuy vậy, tại xã Khánh Bình Tây vẫn còn tranh chấp đất rừng phòng hộ ven biển giữa 36 hộ dân với Ban quản lý rừng; tại xã Tân Ân, 12 hộ tiếp tục gửi đơn khiếu nại việc thu hồi đất làm đê biển Tây. Trong tháng, các ngành đã tiếp 95 lượt công dân, nhận 58 đơn thư, chuyển cơ quan có thẩm quyền giải quyết 41 đơn.
Ông Danh Ngọc Điền, Phó Trưởng Ban Dân tộc tỉnh, cho biết vùng đồng bào Khmer có 2 vụ tranh chấp đất sản xuất giữa các hộ trong cùng dòng họ; các sư cả chùa Mỹ Bình đã tham gia hòa giải, bước đầu các bên đã đồng ý để tổ hòa giải ấp đo đạc lại. Bà Thạch Thị Kim Sen, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, phản ánh một số hộ nghèo người Khmer bị lôi kéo cầm cố đất với lãi suất cao, có nguy cơ mất đất sản xuất.
Một số ý kiến cho rằng việc cho thuê, giao khoán đất rừng ven biển ở một số nơi còn thiếu công khai, hợp đồng không rõ ràng, là nguyên nhân chính làm phát sinh tranh chấp; cần rà soát lại toàn bộ hồ sơ giao khoán.
Các thành viên khối dân vận thống nhất sẽ lập đoàn công tác về Khánh Bình Tây trong tháng 10, phối hợp với Huyện ủy Trần Văn Thời tổ chức đối thoại; vận động 36 hộ thực hiện hợp đồng giao khoán theo quy định, giữ ổn định cuộc sống.
Kết luận giao ban, đồng chí Huỳnh Thị Hồng Thắm yêu cầu các cấp ủy thực hiện nghiêm Quy định 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân. Ban Dân vận Tỉnh ủy sẽ hướng dẫn thực hiện Kế hoạch số 98-KH/BDVTU về tăng cường nắm tình hình nhân dân vùng ven biển trong mùa mưa bão.
Đồng chí cũng lưu ý các huyện chủ động nắm tình hình người lao động trở về từ các tỉnh Bình Dương, Đồng Nai, chuẩn bị tốt công tác vận động hỗ trợ hộ nghèo, hộ cận nghèo sửa chữa nhà ở; Ủy ban MTTQ tỉnh sẽ vận động xây mới 150 căn nhà Đại đoàn kết trong quý IV.
Thanh Nhàn
Lượt xem: 715
Xem thêm
- Năm Căn: ra mắt tổ dân vận ấp (26/09/2019)
- Giao ban khối dân vận tháng 8/2019 (05/09/2019)
- Hội nghị người có uy tín tỉnh Cà Mau năm 2019 (20/08/2019)
""", "2019-10-04", "Giao ban khối dân vận tháng 9: quan tâm các điểm nóng về đất ven biển",
E("giao_ban", "2019-09", "2019-10-03"),
[P("Huỳnh Thị Hồng Thắm", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Ngọc Điền", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Thạch Thị Kim Sen", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy")],
[Q("36 hộ dân", 36, "hộ dân"), Q("12 hộ", 12, "hộ"), Q("95 lượt công dân", 95, "lượt công dân"), Q("58 đơn thư", 58, "đơn thư"),
 Q("41 đơn", 41, "đơn"), Q("2 vụ tranh chấp đất sản xuất", 2, "vụ tranh chấp đất sản xuất"),
 Q("150 căn nhà Đại đoàn kết", 150, "căn nhà Đại đoàn kết")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "98", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 98-KH/BDVTU")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Tân Ân"), prov("Bình Dương"), prov("Đồng Nai")],
["BAN DÂN VẬN TỈNH ỦY CÀ MAU", "Trang chủ >> Tin hoạt động >> Khối dân vận",
 "Đồng chí Huỳnh Thị Hồng Thắm phát biểu chỉ đạo giao ban.", "Lượt xem: 715"],
["Thứ Sáu, 04/10/2019 - 16:10", "tháng 9/2019", "trong tháng 10", "quý IV", "Lượt xem: 715"]))
