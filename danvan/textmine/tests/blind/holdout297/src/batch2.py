from lib import *
PAGES = []

PAGES.append(page("b7091-laocai-mttq-giamsat-2017", """
BÁO LÀO CAI
Chuyên mục: Xã hội :: Dân tộc - Tôn giáo
24-08-2017 10:15
Ủy ban MTTQ tỉnh giám sát việc thực hiện nếp sống văn minh tại Bắc Hà
Ngày 23/8/2017, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Vàng A Páo, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội năm 2017 tại huyện Bắc Hà. Cùng đi có các thành viên đoàn: Lù Thị Sen, Nguyễn Văn Toản - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Đoàn làm việc tại Bắc Hà.
Làm việc với đoàn, bà Hoàng Thị Thơm, HUV, Phó Chủ tịch UBND huyện Bắc Hà, cho biết huyện có 21 xã, thị trấn với hơn 61.000 người, trong đó đồng bào Mông chiếm trên 46%. Thực hiện Thông tư số 04/2011/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch và Kế hoạch số 127/KH-UBND ngày 14/4/2017 của UBND tỉnh, huyện đã chỉ đạo 100% thôn, bản sửa đổi hương ước. Từ đầu năm đến nay, trên địa bàn có 348 đám cưới và 212 đám tang; số đám tang kéo dài trên 3 ngày giảm mạnh, chỉ còn 9 trường hợp. Lễ cưới của người Mông không còn uống rượu nhiều ngày; tục "kéo vợ" đã được thay bằng hình thức tìm hiểu, hai bên gia đình đồng thuận.
Qua kiểm tra thực tế tại xã Tả Van Chư và xã Lùng Phình, đoàn ghi nhận mô hình "Dòng họ không có hủ tục" do Mặt trận xã xây dựng, với 17 dòng họ tham gia, các trưởng họ ký cam kết không tảo hôn, không mổ quá 1 con trâu trong đám ma. Ông Giàng Seo Vư, Chủ tịch Ủy ban MTTQ xã Lùng Phình, nói: "Trước kia ma chay mổ 3, 4 con trâu, giờ bà con dùng tiền đó mua giống ngô, giống lúa, cho con đi học".
Tuy nhiên, đoàn cũng chỉ ra một số hạn chế: vẫn còn 14 cặp tảo hôn, 2 cặp kết hôn cận huyết thống được phát hiện trong 7 tháng; một số thôn chưa đưa chế tài xử lý vào hương ước; việc tổ chức cúng bái trong đám ma ở một số dòng họ còn kéo dài.
Kết luận buổi giám sát, ông Vàng A Páo đề nghị UBND huyện tiếp tục chỉ đạo thực hiện Chỉ thị số 08-CT/TU ngày 10/3/2016 của Ban Thường vụ Tỉnh ủy về xóa bỏ hủ tục lạc hậu trong đồng bào các dân tộc; mỗi xã chọn ít nhất 1 thôn làm điểm về "cưới văn minh, tang tiết kiệm"; phát huy vai trò của 256 người có uy tín trong toàn huyện. Đoàn sẽ tổng hợp kết quả giám sát báo cáo Ban Thường trực Ủy ban MTTQ tỉnh Lào Cai trước ngày 15/9.
Cũng trong chương trình, đoàn đã dự buổi sinh hoạt của Tổ hòa giải thôn Na Hối, nghe bà con chia sẻ cách vận động các gia đình giảm bớt lễ vật trong đám cưới. Nhiều ý kiến mong muốn huyện hỗ trợ loa truyền thanh thôn để tuyên truyền bằng tiếng Mông vào buổi tối, khi bà con đi nương về.
Đức Tuấn
Xem thêm
- Si Ma Cai: xóa bỏ tục thách cưới (10/08/2017)
- Bát Xát: 20 dòng họ cam kết không tảo hôn (02/08/2017)
- Mường Khương tôn vinh người có uy tín (25/07/2017)
""", "2017-08-24", "Ủy ban MTTQ tỉnh giám sát việc thực hiện nếp sống văn minh tại Bắc Hà",
E("giam_sat", "2017", "2017-08-23"),
[P("Vàng A Páo", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lù Thị Sen", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Toản", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Thị Thơm", "HUV", "Phó Chủ tịch UBND huyện Bắc Hà"),
 P("Giàng Seo Vư", "Chủ tịch Ủy ban MTTQ xã Lùng Phình")],
[Q("21 xã, thị trấn", 21, "xã, thị trấn"), Q("hơn 61.000 người", 61000, "người", "over"), Q("trên 46%", 46, "%", "over"),
 Q("100% thôn, bản", 100, "%"), Q("348 đám cưới", 348, "đám cưới"), Q("212 đám tang", 212, "đám tang"),
 Q("9 trường hợp", 9, "trường hợp"), Q("17 dòng họ", 17, "dòng họ"), Q("3, 4 con trâu", 3, "con trâu"), Q("3, 4 con trâu", 4, "con trâu"),
 Q("14 cặp tảo hôn", 14, "cặp tảo hôn"), Q("2 cặp kết hôn cận huyết thống", 2, "cặp kết hôn cận huyết thống"),
 Q("256 người có uy tín", 256, "người có uy tín")],
[D("Thông tư", "04", "2011/TT-BVHTTDL", None, "Bộ Văn hóa, Thể thao và Du lịch", "Thông tư số 04/2011/TT-BVHTTDL"),
 D("Kế hoạch", "127", "KH-UBND", "2017-04-14", "UBND tỉnh", "Kế hoạch số 127/KH-UBND ngày 14/4/2017"),
 D("Chỉ thị", "08", "CT/TU", "2016-03-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 08-CT/TU ngày 10/3/2016")],
[prov("Lào Cai"), com("Tả Van Chư"), com("Lùng Phình")],
["BÁO LÀO CAI", "Chuyên mục: Xã hội :: Dân tộc - Tôn giáo", "Đoàn làm việc tại Bắc Hà.", "Dòng họ không có hủ tục",
 "cưới văn minh, tang tiết kiệm", "kéo vợ"],
["24-08-2017 10:15", "năm 2017", "3 ngày", "1 con trâu", "7 tháng", "1 thôn", "ngày 15/9"]))

PAGES.append(page("b7092-haiphong-bdv-giaoban-q3-2018", """
Cổng TTĐT Ban Dân vận Thành ủy Hải Phòng
Trang chủ >> Hoạt động >> Tin trong thành phố
05.10.2018 | 14:10
Chuyển biến tích cực trong việc cưới, việc tang ở khu dân cư đô thị
Chiều 4/10, Ban Dân vận Thành ủy tổ chức giao ban khối dân vận quý III năm 2018, trong đó dành phần lớn thời gian thảo luận chuyên đề vận động nhân dân thực hiện việc cưới, việc tang văn minh ở khu dân cư đô thị. Đồng chí Lê Thị Thanh Nhàn, Thành ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy chủ trì.
Báo cáo tại giao ban cho thấy, trong quý III, Ban Thường vụ Thành ủy đã sơ kết 5 năm thực hiện Chỉ thị 21, 22-CT/TU về tiếp tục đẩy mạnh thực hiện nếp sống văn minh trong việc cưới, việc tang và về quản lý, sử dụng nghĩa trang nhân dân trên địa bàn thành phố. Tính đến tháng 9/2018, 223/223 xã, phường, thị trấn đã thành lập Ban lễ tang; 97,6% đám tang ở các quận nội thành không sử dụng kèn, trống sau 22 giờ; tỷ lệ hỏa táng ở 7 quận đạt 71%.
Việc tổ chức cưới tại nhà hàng, trung tâm tiệc cưới ngày càng phổ biến, giúp giảm dựng rạp lấn chiếm vỉa hè. Tuy vậy, tình trạng mời khách tràn lan, "phong bì" mừng cưới thành gánh nặng, nhất là với người lao động thu nhập thấp, chưa được khắc phục.
Ông Trần Văn Thước, Trưởng Ban Dân vận Quận ủy Lê Chân, cho biết quận đã xây dựng 45 mô hình "Tổ dân phố văn minh, tang lễ tiết kiệm" ở 15 phường; phường Dư Hàng Kênh vận động 100% đám tang không rắc vàng mã, không ăn uống tại nhà tang. Bà Phạm Thị Hải Yến, Chủ tịch Ủy ban MTTQ phường Đông Khê, kiến nghị thành phố sớm ban hành quy định thống nhất về giờ cử hành tang lễ tại nhà tang lễ để tránh tình trạng quá tải, ùn tắc.
Đại diện Ban Dân vận Huyện ủy Thủy Nguyên, ông Đỗ Văn Khải, Phó Trưởng ban, phản ánh ở khu vực nông thôn vẫn còn tục cỗ bàn 2 - 3 ngày trong đám cưới, chi phí trung bình 80 triệu đồng mỗi đám, có đám lên tới 200 triệu đồng.
Kết luận giao ban, đồng chí Lê Thị Thanh Nhàn đề nghị khối dân vận các cấp tiếp tục triển khai Nghị quyết số 33-NQ/TW ngày 9/6/2014 của BCH Trung ương về xây dựng và phát triển văn hóa, con người Việt Nam; quý IV tập trung tham mưu cấp ủy tổng kết phong trào thi đua "Dân vận khéo" gắn với xây dựng nếp sống văn minh đô thị; biểu dương 30 gia đình tiêu biểu trong thực hiện việc cưới, việc tang.
Cũng tại giao ban, các đại biểu thống nhất đề xuất Thường trực Thành ủy chỉ đạo đưa nội dung thực hiện việc cưới, việc tang văn minh vào tiêu chí bình xét "Khu dân cư văn hóa" năm 2019; mỗi quận, huyện chọn ít nhất một phường, xã làm điểm về tang lễ không sử dụng nhạc kèn sau giờ quy định.
Thu Hằng
Tin khác
- Kiến An: ra mắt mô hình "Đám cưới không rượu bia" (25/09/2018)
- Giao ban khối dân vận quý II năm 2018 (06/07/2018)
- An Dương tổ chức hội nghị người có uy tín (20/06/2018)
""", "2018-10-05", "Chuyển biến tích cực trong việc cưới, việc tang ở khu dân cư đô thị",
E("giao_ban", "2018-Q3", "2018-10-04"),
[P("Lê Thị Thanh Nhàn", "Thành ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy"),
 P("Trần Văn Thước", "Trưởng Ban Dân vận Quận ủy Lê Chân"),
 P("Phạm Thị Hải Yến", "Chủ tịch Ủy ban MTTQ phường Đông Khê"),
 P("Đỗ Văn Khải", "Phó Trưởng ban")],
[Q("223/223 xã, phường, thị trấn", 223, "xã, phường, thị trấn"), Q("97,6%", 97.6, "%"), Q("7 quận", 7, "quận"),
 Q("71%", 71, "%"), Q("45 mô hình", 45, "mô hình"), Q("15 phường", 15, "phường"), Q("100% đám tang", 100, "%"),
 Q("80 triệu đồng", 80000000, "đồng"), Q("200 triệu đồng", 200000000, "đồng"),
 Q("30 gia đình tiêu biểu", 30, "gia đình tiêu biểu")],
[D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Nghị quyết", "33", "NQ/TW", "2014-06-09", "BCH Trung ương", "Nghị quyết số 33-NQ/TW ngày 9/6/2014")],
[prov("Hải Phòng"), com("Dư Hàng Kênh"), com("Đông Khê")],
["Cổng TTĐT Ban Dân vận Thành ủy Hải Phòng", "Trang chủ >> Hoạt động >> Tin trong thành phố",
 "Tổ dân phố văn minh, tang lễ tiết kiệm", "Dân vận khéo", "phong bì", "Khu dân cư văn hóa"],
["05.10.2018 | 14:10", "quý III năm 2018", "5 năm", "tháng 9/2018", "22 giờ", "2 - 3 ngày", "quý IV", "năm 2019"]))

PAGES.append(page("b7093-bacninh-baocao-6thang-2019", """
BACNINH.GOV.VN - Cổng thông tin điện tử tỉnh Bắc Ninh
Tin tức - Sự kiện / Văn hóa - Xã hội
Cập nhật lúc 10:30 ngày 17/07/2019
Bắc Ninh: 6 tháng, gần 92% đám cưới thực hiện nếp sống văn minh
Sở Văn hóa, Thể thao và Du lịch vừa có Báo cáo số 214/BC-SVHTTDL gửi UBND tỉnh về kết quả thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội 6 tháng đầu năm 2019. Báo cáo cho thấy nhiều chuyển biến tích cực, nhất là ở khu vực nông thôn, nơi vốn nặng về tục lệ làng.
Theo báo cáo, 6 tháng đầu năm, toàn tỉnh có 4.035 đám cưới, trong đó 3.702 đám thực hiện đúng quy định, đạt gần 92%. Hầu hết các đám cưới được tổ chức trong 1 ngày, số mâm cỗ giảm bình quân 20 - 25% so với trước khi thực hiện Chỉ thị số 10-CT/TU ngày 22/5/2017 của Ban Thường vụ Tỉnh ủy. Nhiều làng tại các xã Tam Sơn, Phù Chẩn, Đình Tổ bỏ hẳn tục nộp "cheo" bằng tiền lớn, thay bằng tặng sách cho tủ sách làng.
Trong tổng số 3.118 đám tang, không còn tình trạng để người chết quá 48 giờ; trên 2.500 đám tang thực hiện hỏa táng, chiếm khoảng 80%, tăng 6% so với cùng kỳ năm 2018. Tỉnh đã chi hơn 9,4 tỷ đồng hỗ trợ chi phí hỏa táng theo Nghị quyết số 162/2019/NQ-HĐND của HĐND tỉnh, mức 5 triệu đồng/ca.
Báo cáo dẫn ý kiến của ông Nguyễn Văn Đức, Trưởng thôn Đông Yên, xã Đông Phong: "Trước đây làng tôi có đám mời cả nghìn khách, ăn ba ngày. Nay hương ước quy định không quá 50 mâm, cán bộ, đảng viên làm trước, dân làm theo". Ông Ngô Quang Thiều, Phó Chủ tịch UBND thị xã Từ Sơn, cho biết thị xã đã xử phạt 4 trường hợp dựng rạp đám cưới lấn chiếm quốc lộ.
Bên cạnh kết quả, Sở cũng thẳng thắn chỉ ra một số hạn chế: tình trạng mời ăn cỗ sau hỏa táng, đặt "lễ tạ" linh đình vẫn còn; việc thu "tiền phúng viếng" thay cho gia đình ở một vài nơi phát sinh tiêu cực; một số lễ hội đầu năm vẫn còn đốt nhiều vàng mã.
Trong 6 tháng cuối năm, Sở đề xuất UBND tỉnh chỉ đạo các huyện, thị xã, thành phố tiếp tục thực hiện Quyết định số 308/2005/QĐ-TTg ngày 25/11/2005 của Thủ tướng Chính phủ; phấn đấu đến cuối năm 2019 có 95% đám cưới, 85% đám tang thực hiện hỏa táng và đúng nếp sống văn minh. Bà Lê Thị Hà, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, cho biết Sở sẽ phối hợp Ban Dân vận Tỉnh ủy tổ chức hội thảo "Việc cưới, việc tang văn minh ở làng quê Kinh Bắc" vào quý IV.
Được biết, để tạo sự đồng thuận, nhiều địa phương đã tổ chức lấy ý kiến nhân dân trước khi sửa đổi hương ước; các chi bộ thôn đưa việc thực hiện nếp sống văn minh vào nội dung sinh hoạt định kỳ, đảng viên vi phạm bị kiểm điểm trước chi bộ.
P.V
Tin cùng chuyên mục
- Yên Phong: 100% thôn có nhà tang lễ (03/07/2019)
- Hội thảo về giữ gìn nét đẹp Quan họ trong lễ cưới (26/06/2019)
- Lương Tài ban hành hương ước mới (12/06/2019)
""", "2019-07-17", "Bắc Ninh: 6 tháng, gần 92% đám cưới thực hiện nếp sống văn minh",
E("bao_cao", "2019-H1", None),
[P("Nguyễn Văn Đức", "Trưởng thôn Đông Yên"),
 P("Ngô Quang Thiều", "Phó Chủ tịch UBND thị xã Từ Sơn"),
 P("Lê Thị Hà", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch")],
[Q("gần 92%", 92, "%", "approx"), Q("4.035 đám cưới", 4035, "đám cưới"), Q("3.702 đám", 3702, "đám"),
 Q("20 - 25%", 20, "%"), Q("20 - 25%", 25, "%"), Q("3.118 đám tang", 3118, "đám tang"),
 Q("trên 2.500 đám tang", 2500, "đám tang", "over"), Q("khoảng 80%", 80, "%", "approx"), Q("6%", 6, "%"),
 Q("hơn 9,4 tỷ đồng", 9400000000, "đồng", "over"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("50 mâm", 50, "mâm"), Q("4 trường hợp", 4, "trường hợp"), Q("95%", 95, "%"), Q("85%", 85, "%")],
[D("Báo cáo", "214", "BC-SVHTTDL", None, "Sở Văn hóa, Thể thao và Du lịch", "Báo cáo số 214/BC-SVHTTDL"),
 D("Chỉ thị", "10", "CT/TU", "2017-05-22", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 10-CT/TU ngày 22/5/2017"),
 D("Nghị quyết", "162", "2019/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 162/2019/NQ-HĐND"),
 D("Quyết định", "308", "2005/QĐ-TTg", "2005-11-25", "Thủ tướng Chính phủ", "Quyết định số 308/2005/QĐ-TTg ngày 25/11/2005")],
[prov("Bắc Ninh"), com("Tam Sơn"), com("Phù Chẩn"), com("Đình Tổ"), com("Đông Phong")],
["BACNINH.GOV.VN - Cổng thông tin điện tử tỉnh Bắc Ninh", "Tin tức - Sự kiện / Văn hóa - Xã hội",
 "Việc cưới, việc tang văn minh ở làng quê Kinh Bắc", "cheo", "lễ tạ", "P.V"],
["Cập nhật lúc 10:30 ngày 17/07/2019", "6 tháng đầu năm 2019", "1 ngày", "48 giờ", "năm 2018", "6 tháng cuối năm", "năm 2019", "quý IV"]))

PAGES.append(page("b7094-cantho-cuoitapthe-traoqua-2020", """
BÁO CẦN THƠ ONLINE
Xã hội | Giáo dục | Y tế | Đô thị
20/05/2020 - 16:45
Các cặp đôi nhận quà tại buổi lễ. Ảnh: NGỌC TRINH
Ấm áp lễ cưới tập thể cho 20 cặp đôi công nhân
Sáng 19-5, Hội Liên hiệp Phụ nữ quận Ninh Kiều phối hợp Liên đoàn Lao động quận tổ chức lễ cưới tập thể và trao quà cho 20 cặp đôi là công nhân, người lao động có hoàn cảnh khó khăn. Đây là hoạt động hưởng ứng Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" và thực hiện nếp sống văn minh trong việc cưới.
Tham dự có bà Nguyễn Thị Ngọc Diệp, Phó Bí thư Thường trực Quận ủy Ninh Kiều; các bà Trần Thị Bé Năm, Lâm Thị Mỹ Xuyên - Phó Chủ tịch Hội Liên hiệp Phụ nữ thành phố Cần Thơ.
Do ảnh hưởng của dịch COVID-19, thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, nhiều cặp đôi đã phải hoãn đám cưới dự định tổ chức trong tháng 3, tháng 4. Khi các biện pháp giãn cách được nới lỏng, Hội LHPN quận đã khảo sát và chọn 20 cặp đôi đang ở trọ tại phường An Khánh, phường Hưng Lợi, chưa có điều kiện tổ chức lễ cưới.
Buổi lễ được tổ chức gọn nhẹ, trang trọng trong khuôn viên Nhà văn hóa quận, bảo đảm khoảng cách và các quy định phòng dịch, chỉ với khoảng 150 khách mời là người thân hai họ. Mỗi cặp đôi được tặng 1 bộ áo cưới, hoa cưới, nhẫn cưới và phần quà trị giá 3 triệu đồng; tổng giá trị quà tặng hơn 100 triệu đồng, do các mạnh thường quân và doanh nghiệp đóng góp.
Anh Danh Thanh Tâm, công nhân Công ty TNHH Thủy sản Phước Thành, quê tỉnh Kiên Giang, xúc động: "Hai đứa tính để dành tiền cuối năm mới về quê làm đám, mà dịch kéo dài, công ty giảm ca. Được Hội tổ chức đám cưới như vầy, tụi em rất biết ơn". Chị Thị Sa Rây, vợ anh, cho biết hai vợ chồng đã tiết kiệm được một khoản để lo cho con sắp sinh.
Phát biểu tại buổi lễ, bà Nguyễn Thị Ngọc Diệp chúc các cặp đôi xây dựng gia đình hạnh phúc, bình đẳng, tiến bộ; đồng thời đề nghị Hội LHPN quận nhân rộng mô hình cưới tập thể, cưới tiết kiệm trong đoàn viên, hội viên. Theo Kế hoạch số 86/KH-UBND của UBND thành phố về thực hiện nếp sống văn minh năm 2020, Cần Thơ phấn đấu 90% đám cưới tổ chức theo nếp sống mới, không phô trương hình thức.
Bà Võ Thị Thanh Nga, Chủ tịch Hội LHPN quận Ninh Kiều, cho biết từ năm 2015 đến nay, Hội đã phối hợp tổ chức 6 lễ cưới tập thể cho 118 cặp đôi. Bên cạnh lễ cưới, Hội còn tổ chức các buổi nói chuyện chuyên đề về kỹ năng làm cha mẹ, phòng chống bạo lực gia đình cho các cặp vợ chồng trẻ.
Phóng sự ảnh: NGỌC TRINH
Tin liên quan
- Phụ nữ Cần Thơ chung tay phòng, chống dịch COVID-19 (15/04/2020)
- Trao 200 phần quà cho công nhân nhà trọ (02/04/2020)
- Cái Răng: nhân rộng mô hình "Đám cưới tiết kiệm" (10/01/2020)
""", "2020-05-20", "Ấm áp lễ cưới tập thể cho 20 cặp đôi công nhân",
E("trao_qua", None, "2020-05-19"),
[P("Nguyễn Thị Ngọc Diệp", "Phó Bí thư Thường trực Quận ủy Ninh Kiều"),
 P("Trần Thị Bé Năm", "Phó Chủ tịch Hội Liên hiệp Phụ nữ thành phố Cần Thơ"),
 P("Lâm Thị Mỹ Xuyên", "Phó Chủ tịch Hội Liên hiệp Phụ nữ thành phố Cần Thơ"),
 P("Danh Thanh Tâm", "công nhân Công ty TNHH Thủy sản Phước Thành"),
 P("Thị Sa Rây"),
 P("Võ Thị Thanh Nga", "Chủ tịch Hội LHPN quận Ninh Kiều")],
[Q("20 cặp đôi", 20, "cặp đôi"), Q("khoảng 150 khách mời", 150, "khách mời", "approx"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("hơn 100 triệu đồng", 100000000, "đồng", "over"), Q("90%", 90, "%"),
 Q("6 lễ cưới tập thể", 6, "lễ cưới tập thể"), Q("118 cặp đôi", 118, "cặp đôi")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Kế hoạch", "86", "KH-UBND", None, "UBND thành phố", "Kế hoạch số 86/KH-UBND")],
[prov("Cần Thơ"), com("An Khánh"), com("Hưng Lợi"), prov("Kiên Giang")],
["BÁO CẦN THƠ ONLINE", "Xã hội | Giáo dục | Y tế | Đô thị", "Các cặp đôi nhận quà tại buổi lễ. Ảnh: NGỌC TRINH",
 "Xây dựng gia đình 5 không, 3 sạch", "COVID-19", "Nhà văn hóa quận"],
["20/05/2020 - 16:45", "5 không, 3 sạch", "1 bộ áo cưới", "năm 2020", "năm 2015", "COVID-19"]))

PAGES.append(page("b7095-quangnam-hoinct-daihoi-2021", """
Báo Quảng Nam
Thời sự - Chính trị | Xã hội | Văn hóa
Thứ Ba, 30/03/2021 - 08:20
Đại hội Hội Người cao tuổi xã Tam Thanh: Người cao tuổi gương mẫu thực hiện tang lễ văn minh
Ngày 29/3, Hội Người cao tuổi xã Tam Thanh (TP.Tam Kỳ) tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2021 - 2026 với sự tham dự của 112 đại biểu đại diện cho hơn 1.350 hội viên ở 7 thôn. Đây là một trong những đại hội cơ sở được Hội Người cao tuổi tỉnh Quảng Nam chọn tổ chức điểm.
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Nhiệm kỳ 2016 - 2021, điểm nổi bật trong hoạt động của Hội là vai trò nòng cốt trong vận động nhân dân thực hiện nếp sống văn minh trong việc cưới, việc tang. Các chi hội người cao tuổi tham gia Ban lễ tang ở cả 7 thôn, trực tiếp hướng dẫn gia đình có tang tổ chức lễ gọn nhẹ, không để quá 48 giờ, không mở nhạc ồn ào về đêm. Trong 5 năm, trên địa bàn xã có 186 đám tang, 100% được tổ chức theo nếp sống văn minh; 42 đám tang được gia đình đồng ý hỏa táng, điều trước đây rất hiếm ở một xã ven biển.
Ông Huỳnh Tấn Lực, Chủ tịch Hội Người cao tuổi xã nhiệm kỳ 2016 - 2021, cho biết các cụ còn vận động con cháu giảm mâm cỗ trong đám cưới, không thách cưới; thành lập 3 câu lạc bộ "Ông bà mẫu mực, con cháu thảo hiền" với 96 hộ tham gia. Quỹ chăm sóc người cao tuổi của Hội đạt hơn 210 triệu đồng, mỗi khi hội viên qua đời, Hội trích 1 triệu đồng phúng viếng và cử đại diện lo tang lễ cùng gia đình.
Phát biểu chỉ đạo, bà Nguyễn Thị Kim Oanh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Tam Thanh, ghi nhận: nhờ uy tín của các cụ, nhiều dòng họ đã tự nguyện không xây mộ lớn, không làm lễ "cúng thất" linh đình. Bà đề nghị Hội tiếp tục thực hiện Kế hoạch số 45-KH/ĐU của Đảng ủy xã về xây dựng nếp sống văn minh gắn với xây dựng xã nông thôn mới kiểu mẫu, và Nghị quyết số 10-NQ/TU của Tỉnh ủy về phát triển văn hóa giai đoạn 2021 - 2025.
Đại hội đã bầu Ban Chấp hành Hội nhiệm kỳ 2021 - 2026 gồm 9 ông, bà. Ông Trương Văn Cúc được tín nhiệm bầu giữ chức Chủ tịch Hội Người cao tuổi xã nhiệm kỳ 2021 - 2026; bà Lê Thị Nhị được bầu làm Phó Chủ tịch Hội. Đại hội cũng bầu 8 đại biểu đi dự Đại hội Hội Người cao tuổi thành phố.
Nhiệm kỳ mới, Hội đặt chỉ tiêu 100% chi hội tham gia tổ tang lễ, vận động ít nhất 90% gia đình hội viên thực hiện việc cưới, việc tang tiết kiệm, văn minh; xây dựng thêm 2 câu lạc bộ liên thế hệ tự giúp nhau.
THANH HOA
Các tin đã đưa
- Tam Kỳ: 13 xã, phường hoàn thành đại hội Hội Người cao tuổi (25/03/2021)
- Duy Xuyên phát huy vai trò người cao tuổi (18/03/2021)
- Hội An: tang lễ văn minh ở phố cổ (08/03/2021)
""", "2021-03-30", "Đại hội Hội Người cao tuổi xã Tam Thanh: Người cao tuổi gương mẫu thực hiện tang lễ văn minh",
E("dai_hoi", None, "2021-03-29"),
[P("Huỳnh Tấn Lực", "Chủ tịch Hội Người cao tuổi xã nhiệm kỳ 2016 - 2021"),
 P("Nguyễn Thị Kim Oanh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Tam Thanh"),
 P("Trương Văn Cúc", "Chủ tịch Hội Người cao tuổi xã nhiệm kỳ 2021 - 2026"),
 P("Lê Thị Nhị", "Phó Chủ tịch Hội")],
[Q("112 đại biểu", 112, "đại biểu"), Q("hơn 1.350 hội viên", 1350, "hội viên", "over"), Q("7 thôn", 7, "thôn"),
 Q("186 đám tang", 186, "đám tang"), Q("100% được tổ chức", 100, "%"), Q("42 đám tang", 42, "đám tang"),
 Q("3 câu lạc bộ", 3, "câu lạc bộ"), Q("96 hộ", 96, "hộ"), Q("hơn 210 triệu đồng", 210000000, "đồng", "over"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("9 ông, bà", 9, "ông, bà"), Q("8 đại biểu", 8, "đại biểu"),
 Q("100% chi hội", 100, "%"), Q("ít nhất 90%", 90, "%", "over"), Q("2 câu lạc bộ liên thế hệ tự giúp nhau", 2, "câu lạc bộ liên thế hệ tự giúp nhau")],
[D("Kế hoạch", "45", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 45-KH/ĐU"),
 D("Nghị quyết", "10", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 10-NQ/TU")],
[prov("Quảng Nam"), com("Tam Thanh")],
["Báo Quảng Nam", "Thời sự - Chính trị | Xã hội | Văn hóa", "Đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "Ông bà mẫu mực, con cháu thảo hiền", "cúng thất", "THANH HOA"],
["Thứ Ba, 30/03/2021 - 08:20", "lần thứ IV", "nhiệm kỳ 2021 - 2026", "Nhiệm kỳ 2016 - 2021", "48 giờ", "5 năm", "giai đoạn 2021 - 2025"]))

PAGES.append(page("b7096-sonla-maison-giaoban-thang10-2021", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ỦY MAI SƠN - TỈNH SƠN LA
Trang chủ › Dân vận › Tin hoạt động
Thứ Năm, 04/11/2021, 08:30
Đồng chí Lò Thị Hương phát biểu tại giao ban.
Vận động đồng bào tổ chức tang lễ gọn nhẹ, an toàn trong tình hình mới
Ngày 3/11, Ban Dân vận Huyện ủy tổ chức hội nghị giao ban công tác dân vận tháng 10/2021 với Ban Dân vận các đảng ủy xã, thị trấn. Đồng chí Lò Thị Hương, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Cầm Văn Dũng, Quàng Thị Nhâm.
Theo báo cáo, trong tháng 10, thực hiện Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ về thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19 và Kế hoạch số 142-KH/HU của Ban Thường vụ Huyện ủy, khối dân vận đã phối hợp với các xã vận động nhân dân tổ chức tang lễ không quá 30 người cùng lúc, không tổ chức ăn uống tập trung. Toàn huyện có 61 đám tang, trong đó 58 đám thực hiện đúng quy định, 3 đám còn tụ tập đông người đã được tổ công tác nhắc nhở. Đối với việc cưới, có 24 cặp đôi chủ động hoãn tổ chức tiệc, chỉ làm lễ đăng ký kết hôn và lễ báo hỷ trong gia đình.
Ở nhiều bản người Thái, tục để người chết 3 - 4 ngày, tổ chức "pang" linh đình dần được thay bằng lễ tang gọn trong 1 ngày, chôn cất trong ngày thứ hai. Đồng chí Sồng A Tủa, Bí thư Đảng ủy xã Chiềng Nơi, cho biết xã có 9 bản người Mông; qua vận động, các dòng họ Sồng, Lầu, Mùa thống nhất không mổ trâu, bò trong đám ma, không đánh trống, thổi khèn suốt đêm, tiết kiệm cho mỗi gia đình 40 - 50 triệu đồng.
Bà Cầm Thị Ơn, người có uy tín bản Nà Sản, xã Chiềng Mung, kể: "Bản có người mất, chị em phụ nữ đến giúp nấu cơm, đàn ông dựng rạp, mỗi nhà góp 20.000 đồng, không ai phải lo một mình, cũng không ai chê trách việc làm gọn".
Tại thị trấn Hát Lót, Ban Dân vận đảng ủy thị trấn phối hợp Mặt trận vận động 7/7 nhà hàng tiệc cưới ký cam kết không nhận tổ chức tiệc quá số khách theo quy định.
Kết luận giao ban, đồng chí Lò Thị Hương đề nghị Ban Dân vận các đảng ủy tiếp tục triển khai Chỉ thị số 15-CT/TU ngày 8/9/2017 của Ban Thường vụ Tỉnh ủy về thực hiện nếp sống văn minh trong việc cưới, việc tang; tháng 11 tập trung tuyên truyền bằng tiếng Thái, tiếng Mông trên loa truyền thanh bản, chuẩn bị tổng kết năm 2021 và biểu dương 15 bản thực hiện tốt.
Đồng chí cũng lưu ý, khi tỉnh Sơn La nới lỏng các biện pháp phòng dịch, nhu cầu tổ chức cưới dồn vào cuối năm sẽ tăng; khối dân vận cần nắm chắc tình hình, vận động các gia đình tổ chức gọn nhẹ, không để tái diễn tình trạng uống rượu nhiều ngày, gây mất an toàn giao thông.
Quàng Huy
Tin khác
- Mường Bon: ra mắt tổ tang lễ bản (25/10/2021)
- Giao ban công tác dân vận tháng 9/2021 (06/10/2021)
- Chiềng Sung vận động bỏ tục thách cưới (20/09/2021)
""", "2021-11-04", "Vận động đồng bào tổ chức tang lễ gọn nhẹ, an toàn trong tình hình mới",
E("giao_ban", "2021-10", "2021-11-03"),
[P("Lò Thị Hương", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Cầm Văn Dũng", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Quàng Thị Nhâm", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Sồng A Tủa", "Bí thư Đảng ủy xã Chiềng Nơi"),
 P("Cầm Thị Ơn", "người có uy tín bản Nà Sản")],
[Q("30 người", 30, "người"), Q("61 đám tang", 61, "đám tang"), Q("58 đám", 58, "đám"), Q("3 đám", 3, "đám"),
 Q("24 cặp đôi", 24, "cặp đôi"), Q("9 bản người Mông", 9, "bản người Mông"),
 Q("40 - 50 triệu đồng", 40000000, "đồng"), Q("40 - 50 triệu đồng", 50000000, "đồng"),
 Q("20.000 đồng", 20000, "đồng"), Q("7/7 nhà hàng tiệc cưới", 7, "nhà hàng tiệc cưới"), Q("15 bản", 15, "bản")],
[D("Nghị quyết", "128", "NQ-CP", "2021-10-11", "Chính phủ", "Nghị quyết số 128/NQ-CP ngày 11/10/2021"),
 D("Kế hoạch", "142", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 142-KH/HU"),
 D("Chỉ thị", "15", "CT/TU", "2017-09-08", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 15-CT/TU ngày 8/9/2017")],
[prov("Sơn La"), com("Chiềng Nơi"), com("Chiềng Mung"), com("Hát Lót")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ỦY MAI SƠN - TỈNH SƠN LA", "Trang chủ › Dân vận › Tin hoạt động",
 "Đồng chí Lò Thị Hương phát biểu tại giao ban.", "COVID-19", "pang"],
["Thứ Năm, 04/11/2021, 08:30", "tháng 10/2021", "tháng 10", "3 - 4 ngày", "1 ngày", "ngày thứ hai", "tháng 11", "năm 2021", "COVID-19"]))
