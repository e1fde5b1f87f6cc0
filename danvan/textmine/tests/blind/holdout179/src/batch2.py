from lib import *
PAGES = []

PAGES.append(page("b4259-hochiminh-hoa-nguyentieu-2017", """
MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN 5 - TP. HỒ CHÍ MINH
Trang chủ › Tin hoạt động › Công tác dân tộc - tôn giáo
Thứ Hai, 13/2/2017, 08:05
Họp mặt đồng bào Hoa mừng Tết Nguyên tiêu Đinh Dậu
Tối 10/2 (nhằm ngày 14 tháng Giêng), Ủy ban MTTQ Việt Nam Quận 5 phối hợp Ban liên lạc người Hoa quận tổ chức Hội nghị họp mặt các hội đoàn, hội quán, người có uy tín trong đồng bào Hoa năm 2017, mừng Tết Nguyên tiêu Đinh Dậu. Hơn 500 đại biểu là chức sắc các miếu, chùa, Ban Trị sự 34 hội đoàn, hội quán người Hoa tham dự.
Các đại biểu dự họp mặt. Ảnh: Minh Quân
Dự có đồng chí Lê Quốc Tường, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam Thành phố; đồng chí Huỳnh Văn Khương, Thành ủy viên, Bí thư Quận ủy Quận 5; bà Hứa Bội Trân, Phó Chủ tịch Ủy ban MTTQ Việt Nam Quận 5 và các ông Lý Vĩnh Phát, Quách Diệu Cường, Tạ Kiến Hoa - Phó Trưởng Ban liên lạc người Hoa Quận 5.
Năm 2016, thực hiện Chỉ thị 62-CT/TW của Ban Bí thư, Kết luận số 36-KL/TU ngày 12/3/2014 của Ban Thường vụ Thành ủy và Chương trình hành động số 18-CTr/QU của Quận ủy về công tác người Hoa, các hội đoàn đã đóng góp 38,7 tỷ đồng cho các hoạt động xã hội từ thiện, trao 3.200 suất học bổng, tặng 2.150 phần quà Tết cho hộ nghèo, hộ cận nghèo và xây mới 12 căn nhà tình thương ở các tỉnh miền Tây. Người Hoa chiếm khoảng 38% dân số quận; toàn Thành phố Hồ Chí Minh có khoảng 414.000 người Hoa, đông nhất cả nước.
Phát biểu tại buổi họp mặt, ông Trần Sáng Khoa, Trưởng Ban Trị sự Hội quán Nghĩa An, thay mặt bà con người Hoa cảm ơn cấp ủy, chính quyền đã tạo điều kiện để các hội quán tổ chức lễ hội Nguyên tiêu, rước đèn, múa lân đúng truyền thống. Ông Lương Tích Minh, Chủ tịch Hội đồng hương Triều Châu, cho biết năm 2017 hội tiếp tục duy trì 6 lớp dạy tiếng Hoa miễn phí và bếp ăn từ thiện tại Bệnh viện Chợ Rẫy.
Đồng chí Lê Quốc Tường ghi nhận những đóng góp thiết thực của đồng bào Hoa, đề nghị các hội đoàn tiếp tục hưởng ứng cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam", giữ gìn nét đẹp văn hóa truyền thống, góp phần xây dựng Thành phố văn minh, hiện đại, nghĩa tình.
Dịp này, Ủy ban MTTQ Việt Nam Quận 5 tặng giấy khen cho 15 tập thể và 28 cá nhân tiêu biểu trong công tác vận động đồng bào Hoa năm 2016; Ủy ban MTTQ Việt Nam phường Bình Trị Đông (quận Bình Tân) cũng trao 40 suất quà cho gia đình người Hoa khó khăn đến dự.
Minh Quân
Lượt xem: 1.546
Tin liên quan
- Quận 5: rộn ràng lễ hội đường hoa Xuân Đinh Dậu (28/01/2017)
- Ủy ban MTTQ Quận 5 thăm các hội quán người Hoa dịp Tết (20/01/2017)
- Tổng kết công tác Mặt trận năm 2016 (26/12/2016)
""", "2017-02-13", "Họp mặt đồng bào Hoa mừng Tết Nguyên tiêu Đinh Dậu",
E("hoi_nghi", "2017", "2017-02-10"),
[P("Lê Quốc Tường", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam Thành phố"),
 P("Huỳnh Văn Khương", "Thành ủy viên", "Bí thư Quận ủy Quận 5"),
 P("Hứa Bội Trân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam Quận 5"),
 P("Lý Vĩnh Phát", "Phó Trưởng Ban liên lạc người Hoa Quận 5"),
 P("Quách Diệu Cường", "Phó Trưởng Ban liên lạc người Hoa Quận 5"),
 P("Tạ Kiến Hoa", "Phó Trưởng Ban liên lạc người Hoa Quận 5"),
 P("Trần Sáng Khoa", "Trưởng Ban Trị sự Hội quán Nghĩa An"),
 P("Lương Tích Minh", "Chủ tịch Hội đồng hương Triều Châu")],
[Q("Hơn 500 đại biểu", 500, "đại biểu", "over"), Q("34 hội đoàn, hội quán người Hoa", 34, "hội đoàn, hội quán người Hoa"),
 Q("38,7 tỷ đồng", 38700000000, "đồng"), Q("3.200 suất học bổng", 3200, "suất học bổng"), Q("2.150 phần quà", 2150, "phần quà"),
 Q("12 căn nhà tình thương", 12, "căn nhà tình thương"), Q("khoảng 38%", 38, "%", "approx"),
 Q("khoảng 414.000 người Hoa", 414000, "người Hoa", "approx"), Q("6 lớp dạy tiếng Hoa miễn phí", 6, "lớp dạy tiếng Hoa miễn phí"),
 Q("15 tập thể", 15, "tập thể"), Q("28 cá nhân tiêu biểu", 28, "cá nhân tiêu biểu"), Q("40 suất quà", 40, "suất quà")],
[D("Chỉ thị", "62", "CT/TW", None, "Ban Bí thư", "Chỉ thị 62-CT/TW"),
 D("Kết luận", "36", "KL/TU", "2014-03-12", "Ban Thường vụ Thành ủy", "Kết luận số 36-KL/TU ngày 12/3/2014"),
 D("Chương trình hành động", "18", "CTr/QU", None, "Quận ủy", "Chương trình hành động số 18-CTr/QU")],
[prov("Hồ Chí Minh"), com("Bình Trị Đông")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN 5 - TP. HỒ CHÍ MINH", "Trang chủ › Tin hoạt động › Công tác dân tộc - tôn giáo",
 "Các đại biểu dự họp mặt. Ảnh: Minh Quân", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Hội quán Nghĩa An",
 "Bệnh viện Chợ Rẫy", "Lượt xem: 1.546", "Tết Nguyên tiêu Đinh Dậu"],
["Thứ Hai, 13/2/2017, 08:05", "14 tháng Giêng", "năm 2017", "Năm 2016", "năm 2016", "Lượt xem: 1.546"]))

PAGES.append(page("b4260-binhthuan-kate-2018", """
Ban Dân vận Tỉnh ủy Bình Thuận - Trang thông tin điện tử
Tin tức >> Dân tộc - Tôn giáo >> Hoạt động
Cập nhật lúc 17:20 ngày 09/10/2018
Chung vui Lễ hội Katê với đồng bào Chăm
Nhân dịp Lễ hội Katê năm 2018 của đồng bào Chăm theo đạo Bà la môn, từ ngày 05 đến 08/10, Ban Dân vận Tỉnh ủy Bình Thuận phối hợp Ban Dân tộc, Ủy ban MTTQ Việt Nam tỉnh tổ chức 2 đoàn đến thăm, chúc mừng và tặng quà Hội đồng chức sắc Bà la môn tỉnh, chức sắc, người có uy tín và bà con tại 11 làng Chăm thuộc các huyện Bắc Bình, Tuy Phong, Hàm Thuận Bắc.
Đồng chí Đặng Thị Hồng Vân (thứ 3 từ trái) tặng quà tại đền thờ Pô Klong Mư Nai. Ảnh: Hàn Ni
Đoàn thứ nhất do đồng chí Đặng Thị Hồng Vân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm đền thờ Pô Klong Mư Nai, xã Phan Thanh và tháp Pô Sah Inư, phường Phú Hài. Đoàn thứ hai do đồng chí Châu Văn Hùng, Phó Trưởng Ban Dân vận Tỉnh ủy, Trưởng Ban Dân tộc tỉnh dẫn đầu. Các đoàn tặng 9 đền, tháp mỗi nơi 2 triệu đồng; trao 320 phần quà cho hộ Chăm nghèo, mỗi phần gồm 10 kg gạo và 200.000 đồng tiền mặt; tổng giá trị trên 95 triệu đồng.
Tiếp đoàn, Po Adhia Hán Văn Tình, Chủ tịch Hội đồng chức sắc Bà la môn tỉnh, cho biết Lễ hội Katê năm nay được tổ chức tại 3 đền, tháp và 16 làng Chăm với khoảng 40.000 lượt người tham gia; Hội đồng đã hướng dẫn các Ban quản lý đền, tháp tổ chức lễ đúng nghi thức, tiết kiệm. Ông Thông Văn Cường, Bí thư Chi bộ thôn Bình Minh, xã Phan Hiệp, và ông Lưu Văn Thọ, Trưởng thôn Bình Minh, phản ánh nhu cầu vốn vay chăn nuôi dê, cừu của bà con.
Theo Ban Dân vận Tỉnh ủy, tỉnh hiện có khoảng 39.000 người Chăm, trong đó 68% theo đạo Bà la môn. Năm 2018, tỉnh đã thực hiện đầy đủ chính sách đối với 143 người có uy tín theo Quyết định 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ; Ban Dân vận Tỉnh ủy ban hành Kế hoạch số 87-KH/BDVTU ngày 20/9/2018 và công văn số 1524-CV/BDVTU về vận động đồng bào tổ chức Lễ hội Katê vui tươi, lành mạnh.
Phát biểu tại các nơi đến thăm, đồng chí Đặng Thị Hồng Vân mong muốn chức sắc, người có uy tín tiếp tục vận động bà con đoàn kết, chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước, bảo tồn và phát huy bản sắc văn hóa dân tộc Chăm; chung tay xây dựng nông thôn mới, giữ gìn an ninh trật tự vùng đồng bào.
Hàn Ni
Số lượt truy cập: 2.605
Các tin khác
- Hội nghị người có uy tín trong đồng bào dân tộc thiểu số năm 2018 (21/09/2018)
- Tuy Phong: vận động đồng bào Chăm hiến đất làm đường (15/08/2018)
- Tập huấn công tác dân vận cho cán bộ xã vùng đồng bào Chăm (02/08/2018)
""", "2018-10-09", "Chung vui Lễ hội Katê với đồng bào Chăm",
E("trao_qua", None, "2018-10-05"),
[P("Đặng Thị Hồng Vân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Châu Văn Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban Dân tộc tỉnh"),
 P("Hán Văn Tình", "Po Adhia", "Chủ tịch Hội đồng chức sắc Bà la môn tỉnh"),
 P("Thông Văn Cường", "Bí thư Chi bộ thôn Bình Minh"),
 P("Lưu Văn Thọ", "Trưởng thôn Bình Minh")],
[Q("2 đoàn", 2, "đoàn"), Q("11 làng Chăm", 11, "làng Chăm"), Q("9 đền, tháp", 9, "đền, tháp"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("320 phần quà", 320, "phần quà"), Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("trên 95 triệu đồng", 95000000, "đồng", "over"), Q("3 đền, tháp", 3, "đền, tháp"), Q("16 làng Chăm", 16, "làng Chăm"),
 Q("khoảng 40.000 lượt người", 40000, "lượt người", "approx"), Q("khoảng 39.000 người Chăm", 39000, "người Chăm", "approx"),
 Q("68%", 68, "%"), Q("143 người có uy tín", 143, "người có uy tín")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg ngày 06/3/2018"),
 D("Kế hoạch", "87", "KH/BDVTU", "2018-09-20", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 87-KH/BDVTU ngày 20/9/2018"),
 D("Công văn", "1524", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "công văn số 1524-CV/BDVTU")],
[prov("Bình Thuận"), com("Phan Thanh"), com("Phú Hài"), com("Phan Hiệp")],
["Ban Dân vận Tỉnh ủy Bình Thuận - Trang thông tin điện tử", "Tin tức >> Dân tộc - Tôn giáo >> Hoạt động",
 "Đồng chí Đặng Thị Hồng Vân (thứ 3 từ trái) tặng quà tại đền thờ Pô Klong Mư Nai. Ảnh: Hàn Ni", "Pô Klong Mư Nai", "Pô Sah Inư",
 "Hội đồng chức sắc Bà la môn tỉnh", "Số lượt truy cập: 2.605", "Lễ hội Katê"],
["Cập nhật lúc 17:20 ngày 09/10/2018", "năm 2018", "Năm 2018", "Số lượt truy cập: 2.605"]))

PAGES.append(page("b4261-tayninh-giamsat-2019", """
BÁO TÂY NINH ONLINE
Chính trị / Dân vận
23.08.2019 | 16:05
Vị trí: Trang chủ / Chính trị / Dân vận
Giám sát thực hiện chính sách đối với đồng bào Chăm, Khmer tại Tân Châu, Tân Biên
(BTN) - Ngày 22/8, đoàn giám sát của Ban Dân vận Tỉnh ủy do đồng chí Phan Thị Tuyết Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện chính sách dân tộc và chính sách đối với người có uy tín tại xã Suối Dây (huyện Tân Châu) và xã Hòa Hiệp (huyện Tân Biên), theo quyết định số 132-QĐ/BDVTU và Kế hoạch số 54-KH/BDVTU của Ban Dân vận Tỉnh ủy.
Đoàn giám sát làm việc tại xã Suối Dây.
Báo cáo với đoàn, đồng chí Trương Văn Tấn, HUV, Bí thư Đảng ủy xã Suối Dây, cho biết xã có 263 hộ với 1.140 người Chăm theo đạo Hồi, sống tập trung ở ấp Đông Hà. Từ năm 2016 đến nay, xã đã giải ngân hơn 4,2 tỷ đồng hỗ trợ sản xuất theo Quyết định 2085/QĐ-TTg của Thủ tướng Chính phủ, cấp 1.860 thẻ bảo hiểm y tế cho người dân tộc thiểu số; tỷ lệ hộ nghèo người Chăm giảm từ 21,4% xuống 9,8%.
Ông Ma Ly, Hakim thánh đường Al-Ehsan, ấp Đông Hà, đề nghị tỉnh quan tâm hỗ trợ kinh phí dạy chữ Chăm, tiếng Ả Rập cho thanh thiếu niên và nâng mức hỗ trợ cho người có uy tín. Bà Thị Sa Rên, Phó Chủ tịch UBND xã Hòa Hiệp, cho biết xã có 186 hộ Khmer, trong đó 42 hộ nghèo; 6 người có uy tín được cấp phát báo, tạp chí và thăm hỏi, tặng quà đúng theo Quyết định số 12/2018/QĐ-TTg.
Qua giám sát, đoàn đánh giá các chính sách được triển khai kịp thời, đúng đối tượng; tuy nhiên vẫn còn 14 hộ Chăm thiếu đất sản xuất, một số công trình nước sạch xuống cấp, việc nắm tình hình tư tưởng đồng bào ở một số ấp chưa thường xuyên.
Kết luận buổi giám sát, đồng chí Phan Thị Tuyết Mai đề nghị Đảng ủy, UBND các xã tiếp tục quán triệt Chỉ thị 19-CT/TW ngày 10/01/2018 của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer; phát huy vai trò người có uy tín, chức sắc Hồi giáo; rà soát, đề xuất hỗ trợ đất sản xuất cho các hộ còn thiếu, bảo đảm ít nhất 90% hộ đồng bào được dùng nước sạch vào cuối năm 2020. Đồng chí cũng đề nghị Ban Dân vận các huyện ủy chủ động phối hợp Mặt trận, các đoàn thể tăng cường tiếp xúc, đối thoại, kịp thời tháo gỡ khó khăn, vướng mắc và những kiến nghị chính đáng của đồng bào Chăm, Khmer ngay từ cơ sở.
Tham gia đoàn có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Đực, Lê Thị Kim Chi và đại diện Ban Dân tộc tỉnh, Ủy ban MTTQ Việt Nam tỉnh Tây Ninh.
Phương Thảo
Lượt xem: 718
Tin liên quan
- Ban Dân vận Tỉnh ủy giám sát thực hiện Quy chế dân chủ tại Châu Thành (08/08/2019)
- Trao 50 căn nhà Đại đoàn kết cho hộ Khmer nghèo (25/07/2019)
- Thăm, chúc mừng đồng bào Chăm nhân tháng Ramadan (10/05/2019)
""", "2019-08-23", "Giám sát thực hiện chính sách đối với đồng bào Chăm, Khmer tại Tân Châu, Tân Biên",
E("giam_sat", None, "2019-08-22"),
[P("Phan Thị Tuyết Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Văn Tấn", "HUV", "Bí thư Đảng ủy xã Suối Dây"),
 P("Ma Ly", "Hakim thánh đường Al-Ehsan"),
 P("Thị Sa Rên", "Phó Chủ tịch UBND xã Hòa Hiệp"),
 P("Nguyễn Văn Đực", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Kim Chi", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("263 hộ", 263, "hộ"), Q("1.140 người Chăm", 1140, "người Chăm"), Q("hơn 4,2 tỷ đồng", 4200000000, "đồng", "over"),
 Q("1.860 thẻ bảo hiểm y tế", 1860, "thẻ bảo hiểm y tế"), Q("21,4%", 21.4, "%"), Q("9,8%", 9.8, "%"),
 Q("186 hộ Khmer", 186, "hộ Khmer"), Q("42 hộ nghèo", 42, "hộ nghèo"), Q("6 người có uy tín", 6, "người có uy tín"),
 Q("14 hộ Chăm", 14, "hộ Chăm"), Q("ít nhất 90%", 90, "%", "over")],
[D("Quyết định", "132", "QĐ/BDVTU", None, "Ban Dân vận Tỉnh ủy", "quyết định số 132-QĐ/BDVTU"),
 D("Kế hoạch", "54", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 54-KH/BDVTU"),
 D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 2085/QĐ-TTg"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, None, "Quyết định số 12/2018/QĐ-TTg"),
 D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị 19-CT/TW ngày 10/01/2018")],
[prov("Tây Ninh"), com("Suối Dây"), com("Hòa Hiệp")],
["BÁO TÂY NINH ONLINE", "Chính trị / Dân vận", "Vị trí: Trang chủ / Chính trị / Dân vận", "(BTN)", "Đoàn giám sát làm việc tại xã Suối Dây.",
 "Lượt xem: 718", "Al-Ehsan"],
["23.08.2019 | 16:05", "Từ năm 2016", "cuối năm 2020", "Lượt xem: 718"]))

PAGES.append(page("b4262-cantho-khmer-doithoai-2020", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ
Trang chủ - Tin tức - Hoạt động Mặt trận
Thứ Sáu, 25/09/2020
Toàn cảnh buổi đối thoại. Ảnh: Thanh Tâm
Lắng nghe người có uy tín trong đồng bào Khmer
Chiều 24/9, tại phường Thới An, Ủy ban MTTQ Việt Nam thành phố Cần Thơ phối hợp Ban Dân tộc thành phố tổ chức đối thoại với người có uy tín, chức sắc, sư sãi trong đồng bào Khmer năm 2020. Tham dự có 72 người có uy tín, chức sắc đến từ 8 chùa Khmer và các khu vực, ấp có đông đồng bào Khmer sinh sống.
Chủ trì buổi đối thoại có ông Lê Văn Nhứt, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố; bà Thạch Thị Ngọc Sương, Phó Trưởng Ban Dân tộc thành phố. Cùng dự có đại diện Sở Lao động - Thương binh và Xã hội, Ngân hàng Chính sách xã hội, Công an thành phố.
Cần Thơ có khoảng 21.400 người Khmer với 5.120 hộ, sống tập trung ở quận Ô Môn và huyện Thới Lai. Từ đầu năm 2020, thực hiện Nghị quyết 42/NQ-CP của Chính phủ và Quyết định số 15/2020/QĐ-TTg của Thủ tướng Chính phủ, thành phố đã hỗ trợ 1.350 hộ Khmer khó khăn do ảnh hưởng dịch Covid-19 với mức 250.000 - 500.000 đồng/người; Ủy ban MTTQ các cấp trao 1.350 phần quà, mỗi phần trị giá 500.000 đồng, cho hộ Khmer khó khăn trước lễ Sene Dolta.
Tại buổi đối thoại, các đại biểu nêu 18 ý kiến, kiến nghị, tập trung vào vốn vay, đào tạo nghề cho thanh niên Khmer, sửa chữa đường vào chùa và chế độ cho người có uy tín. Đại đức Danh Sóc Kha, trụ trì chùa Pôthi Somrôn, phường Thới An, đề nghị hỗ trợ kinh phí cho 4 lớp dạy chữ Khmer hè; ông Sơn Văn Rết, người có uy tín khu vực Thới Hòa, phản ánh tình trạng sạt lở bờ kênh. Bà Kim Thị Bô Pha, ngụ ấp Trường Thọ, xã Định Môn, hỏi về thủ tục vay vốn hộ cận nghèo.
Đại diện các sở, ngành đã trả lời trực tiếp 15 ý kiến; 3 ý kiến còn lại được ghi nhận, chuyển cơ quan chức năng giải quyết theo Hướng dẫn số 36/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Phát biểu kết luận, ông Lê Văn Nhứt đề nghị người có uy tín tiếp tục tuyên truyền bà con thực hiện tốt biện pháp phòng, chống dịch Covid-19, tổ chức lễ Sene Dolta năm 2020 gọn nhẹ, không tập trung đông người; đồng thời giao Ủy ban MTTQ các quận, huyện theo dõi việc giải quyết kiến nghị, báo cáo kết quả trước ngày 30/11/2020.
Theo kế hoạch, năm 2020 thành phố sẽ xét chọn 62 người có uy tín hưởng chính sách theo Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ.
Thanh Tâm
Tin liên quan
- Ô Môn: họp mặt sư sãi chùa Khmer nhân lễ Sene Dolta (20/09/2020)
- Thới Lai trao 80 căn nhà Đại đoàn kết cho hộ Khmer (11/09/2020)
- Giám sát việc chi hỗ trợ người dân gặp khó khăn do dịch Covid-19 (28/08/2020)
""", "2020-09-25", "Lắng nghe người có uy tín trong đồng bào Khmer",
E("doi_thoai", "2020", "2020-09-24"),
[P("Lê Văn Nhứt", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố"),
 P("Thạch Thị Ngọc Sương", "Phó Trưởng Ban Dân tộc thành phố"),
 P("Danh Sóc Kha", "Đại đức", "trụ trì chùa Pôthi Somrôn"),
 P("Sơn Văn Rết", "người có uy tín khu vực Thới Hòa"),
 P("Kim Thị Bô Pha")],
[Q("72 người có uy tín, chức sắc", 72, "người có uy tín, chức sắc"), Q("8 chùa Khmer", 8, "chùa Khmer"),
 Q("khoảng 21.400 người Khmer", 21400, "người Khmer", "approx"), Q("5.120 hộ", 5120, "hộ"),
 Q("1.350 hộ Khmer khó khăn", 1350, "hộ Khmer khó khăn"), Q("250.000", 250000, "đồng"), Q("500.000 đồng/người", 500000, "đồng"),
 Q("1.350 phần quà", 1350, "phần quà"), Q("mỗi phần trị giá 500.000 đồng", 500000, "đồng"),
 Q("18 ý kiến, kiến nghị", 18, "ý kiến, kiến nghị"), Q("4 lớp dạy chữ Khmer hè", 4, "lớp dạy chữ Khmer hè"),
 Q("15 ý kiến", 15, "ý kiến"), Q("3 ý kiến", 3, "ý kiến"), Q("62 người có uy tín", 62, "người có uy tín")],
[D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết 42/NQ-CP"),
 D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg"),
 D("Hướng dẫn", "36", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 36/HD-MTTW-BTT"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg")],
[prov("Cần Thơ"), com("Thới An"), com("Định Môn")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ", "Trang chủ - Tin tức - Hoạt động Mặt trận", "Toàn cảnh buổi đối thoại. Ảnh: Thanh Tâm",
 "Covid-19", "Sene Dolta", "Ngân hàng Chính sách xã hội"],
["Thứ Sáu, 25/09/2020", "năm 2020", "Covid-19", "30/11/2020"]))

PAGES.append(page("b4263-soctrang-daihoi-sussai-2021", """
SÓC TRĂNG ĐIỆN TỬ - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Sóc Trăng
Chính trị | Dân tộc - Tôn giáo
Ngày 17/12/2021 | 09:15
Đại hội Hội Đoàn kết sư sãi yêu nước tỉnh lần thứ VI
Ngày 16/12, Hội Đoàn kết sư sãi yêu nước tỉnh Sóc Trăng tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2021 - 2026. Dự đại hội có 150 đại biểu đại diện cho hơn 3.700 vị sư sãi đang tu học tại 92 chùa Phật giáo Nam tông Khmer trong tỉnh.
Đại biểu biểu quyết thông qua chương trình đại hội.
Dự và chỉ đạo đại hội có đồng chí Sơn Thị Ngọc Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Trương Minh Khoa, Phó Chủ tịch UBND tỉnh, cùng lãnh đạo Ban Dân tộc, Sở Nội vụ tỉnh.
Nhiệm kỳ 2016 - 2021, Hội đã phối hợp tuyên truyền Chỉ thị 19-CT/TW ngày 10/01/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới, Kế hoạch số 45, 46-KH/BDVTU của Ban Dân vận Tỉnh ủy đến toàn thể sư sãi; mở 1.260 lớp dạy chữ Khmer hè cho gần 28.000 lượt học sinh; vận động Phật tử đóng góp trên 48 tỷ đồng xây cầu, đường, nhà Đại đoàn kết. Trong đại dịch Covid-19, các chùa đã trao hơn 36.000 phần quà và 420 tấn gạo cho người dân khó khăn; 85/92 chùa đạt chuẩn "chùa văn hóa".
Phát biểu tại đại hội, đồng chí Sơn Thị Ngọc Nhung ghi nhận những đóng góp của chư tăng, đề nghị Hội tiếp tục vận động sư sãi "tốt đời, đẹp đạo", tham gia phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"; thực hiện tốt Luật Tín ngưỡng, tôn giáo và Nghị định 162/2017/NĐ-CP của Chính phủ.
Thảo luận tại đại hội, nhiều ý kiến đề nghị tỉnh tiếp tục quan tâm đầu tư trùng tu các chùa xuống cấp, hỗ trợ kinh phí dạy giáo lý và chữ Khmer, mở rộng các lớp bồi dưỡng kiến thức quản lý nhà nước về tôn giáo cho các vị trụ trì; đồng thời phát huy vai trò của chư tăng trong hòa giải mâu thuẫn ở phum, sóc.
Đại hội đã hiệp thương cử Ban Chấp hành gồm 45 vị. Hòa thượng Lý Hên Kim, trụ trì chùa Kh'Leang, phường 6, được tín nhiệm giữ chức Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh nhiệm kỳ 2021 - 2026; các vị Phó Chủ tịch Hội gồm: Thượng tọa Châu Thanh Sang, Đại đức Thạch Huôl, Đại đức Kim Sóc Phen. Đại đức Tăng Chanh Thy, trụ trì chùa Sà Lôn, xã Thạnh Phú, được bầu làm Tổng Thư ký Hội.
Dịp này, Hội Đoàn kết sư sãi yêu nước tỉnh được Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen; 12 tập thể và 31 vị sư sãi được UBND tỉnh tặng bằng khen theo Quyết định số 2876/QĐ-UBND ngày 10/12/2021.
Phương Nghi
Lượt đọc: 1.863
Tin liên quan
- Hội nghị tổng kết công tác Mặt trận tỉnh năm 2021 (10/12/2021)
- Trao 120 căn nhà Đại đoàn kết cho hộ Khmer nghèo (01/12/2021)
- Chùa Khmer chung tay phòng, chống dịch Covid-19 (15/09/2021)
""", "2021-12-17", "Đại hội Hội Đoàn kết sư sãi yêu nước tỉnh lần thứ VI",
E("dai_hoi", None, "2021-12-16"),
[P("Sơn Thị Ngọc Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Minh Khoa", "Phó Chủ tịch UBND tỉnh"),
 P("Lý Hên Kim", "Hòa thượng", "trụ trì chùa Kh'Leang", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh nhiệm kỳ 2021 - 2026"),
 P("Châu Thanh Sang", "Thượng tọa", "Phó Chủ tịch Hội"),
 P("Thạch Huôl", "Đại đức", "Phó Chủ tịch Hội"),
 P("Kim Sóc Phen", "Đại đức", "Phó Chủ tịch Hội"),
 P("Tăng Chanh Thy", "Đại đức", "trụ trì chùa Sà Lôn", "Tổng Thư ký Hội")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 3.700 vị sư sãi", 3700, "vị sư sãi", "over"),
 Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"), Q("1.260 lớp dạy chữ Khmer hè", 1260, "lớp dạy chữ Khmer hè"),
 Q("gần 28.000 lượt học sinh", 28000, "lượt học sinh", "approx"), Q("trên 48 tỷ đồng", 48000000000, "đồng", "over"),
 Q("hơn 36.000 phần quà", 36000, "phần quà", "over"), Q("420 tấn gạo", 420, "tấn"), Q("85/92 chùa", 85, "chùa"),
 Q("45 vị", 45, "vị"), Q("12 tập thể", 12, "tập thể"), Q("31 vị sư sãi", 31, "vị sư sãi")],
[D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị 19-CT/TW ngày 10/01/2018"),
 D("Kế hoạch", "45", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 45, 46-KH/BDVTU"),
 D("Kế hoạch", "46", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 45, 46-KH/BDVTU"),
 D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định 162/2017/NĐ-CP"),
 D("Quyết định", "2876", "QĐ-UBND", "2021-12-10", "UBND tỉnh", "Quyết định số 2876/QĐ-UBND ngày 10/12/2021")],
[prov("Sóc Trăng"), com("Thạnh Phú")],
["SÓC TRĂNG ĐIỆN TỬ - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Sóc Trăng", "Chính trị | Dân tộc - Tôn giáo",
 "Đại biểu biểu quyết thông qua chương trình đại hội.", "Hội Đoàn kết sư sãi yêu nước tỉnh", "tốt đời, đẹp đạo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Luật Tín ngưỡng, tôn giáo", "chùa văn hóa", "Lượt đọc: 1.863"],
["Ngày 17/12/2021 | 09:15", "lần thứ VI", "nhiệm kỳ 2021 - 2026", "Nhiệm kỳ 2016 - 2021", "Covid-19", "Lượt đọc: 1.863"]))

PAGES.append(page("b4264-travinh-khmer-taphuan-2022", """
TRÀ VINH ONLINE
Xây dựng Đảng » Công tác dân vận
24 tháng 6, 2022 | 17:45
Nâng cao kỹ năng vận động đồng bào Khmer cho cán bộ cơ sở
Trong 2 ngày 22 và 23/6, Ban Dân vận Tỉnh ủy Trà Vinh tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2022 cho 180 học viên là trưởng khối dân vận, cán bộ Mặt trận, đoàn thể người Khmer của 106 xã, phường, thị trấn và Ban quản trị một số chùa Phật giáo Nam tông Khmer.
Lớp tập huấn dân vận năm 2022. Ảnh: Sơn Vũ
Phát biểu khai mạc, đồng chí Kim Thị Sà Rương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, nhấn mạnh: đồng bào Khmer chiếm 31,5% dân số toàn tỉnh; cán bộ dân vận ở cơ sở phải biết tiếng Khmer, hiểu phong tục, tập quán, "nói dân hiểu, làm dân tin", nhất là trong tuyên truyền Chỉ thị 19-CT/TW ngày 10/01/2018 của Ban Bí thư, Nghị quyết 88/2019/QH14 của Quốc hội và Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Học viên được nghe 8 chuyên đề. TS. Thạch Chanh Na, Phó Hiệu trưởng Trường Chính trị tỉnh, truyền đạt chuyên đề về kỹ năng nắm tình hình dư luận xã hội vùng đồng bào Khmer; ThS. Sơn Thị Kiều Oanh, giảng viên Trường Đại học Trà Vinh, giới thiệu các lễ hội Chôl Chnăm Thmây, Sene Dolta, Ok Om Bok và những điều cần lưu ý khi thăm, chúc mừng các chùa. Đồng chí Dương Hoàng Tuấn, Phó Trưởng Ban Dân vận Tỉnh ủy, hướng dẫn thực hiện Kế hoạch số 62-KH/BDVTU và hướng dẫn số 15, 16-HD/BDVTU về phong trào thi đua "Dân vận khéo" giai đoạn 2021 - 2025.
Theo Ban Dân vận Tỉnh ủy, 6 tháng đầu năm 2022 toàn tỉnh đã công nhận 254 mô hình "Dân vận khéo", trong đó 97 mô hình ở vùng đồng bào Khmer; 14 chùa Khmer có mô hình "Chùa xanh - sạch - đẹp". Khối dân vận phối hợp xây dựng 320 căn nhà Đại đoàn kết, hỗ trợ trên 1.100 hộ nghèo Khmer vay vốn với tổng dư nợ khoảng 36 tỷ đồng.
Tại lớp tập huấn, nhiều học viên trao đổi cách vận động người dân hiến đất làm đường, chuyển đổi cây trồng. Ông Thạch Sa Vên, Trưởng khối dân vận xã Ngọc Biên, cho rằng cần phát huy hơn nữa vai trò của các vị Achar và người có uy tín; bà Lâm Thị Kim Sen, Chủ tịch Hội Liên hiệp Phụ nữ xã Đôn Xuân, đề nghị tập huấn thêm kỹ năng sử dụng mạng xã hội.
Cuối lớp, 100% học viên làm bài thu hoạch đạt yêu cầu. Ban Dân vận Tỉnh ủy sẽ tiếp tục mở lớp tập huấn cho cán bộ dân vận các huyện Cầu Ngang, Duyên Hải trong quý III.
Sơn Vũ
Lượt xem: 1.102
Bài viết liên quan
- Ban Dân vận Tỉnh ủy sơ kết 6 tháng đầu năm 2022 (15/06/2022)
- Họp mặt sư sãi nhân Tết Chôl Chnăm Thmây (12/04/2022)
- Trà Cú: 30 mô hình "Dân vận khéo" vùng đồng bào Khmer (20/05/2022)
""", "2022-06-24", "Nâng cao kỹ năng vận động đồng bào Khmer cho cán bộ cơ sở",
E("tap_huan", "2022", "2022-06-22"),
[P("Kim Thị Sà Rương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Chanh Na", "TS.", "Phó Hiệu trưởng Trường Chính trị tỉnh"),
 P("Sơn Thị Kiều Oanh", "ThS.", "giảng viên Trường Đại học Trà Vinh"),
 P("Dương Hoàng Tuấn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sa Vên", "Trưởng khối dân vận xã Ngọc Biên"),
 P("Lâm Thị Kim Sen", "Chủ tịch Hội Liên hiệp Phụ nữ xã Đôn Xuân")],
[Q("180 học viên", 180, "học viên"), Q("106 xã, phường, thị trấn", 106, "xã, phường, thị trấn"), Q("31,5%", 31.5, "%"),
 Q("8 chuyên đề", 8, "chuyên đề"), Q("254 mô hình", 254, "mô hình"), Q("97 mô hình", 97, "mô hình"),
 Q("14 chùa Khmer", 14, "chùa Khmer"), Q("320 căn nhà Đại đoàn kết", 320, "căn nhà Đại đoàn kết"),
 Q("trên 1.100 hộ nghèo Khmer", 1100, "hộ nghèo Khmer", "over"), Q("khoảng 36 tỷ đồng", 36000000000, "đồng", "approx"),
 Q("100%", 100, "%")],
[D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị 19-CT/TW ngày 10/01/2018"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết 88/2019/QH14"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "62", "KH/BDVTU", None, None, "Kế hoạch số 62-KH/BDVTU"),
 D("Hướng dẫn", "15", "HD/BDVTU", None, None, "hướng dẫn số 15, 16-HD/BDVTU"),
 D("Hướng dẫn", "16", "HD/BDVTU", None, None, "hướng dẫn số 15, 16-HD/BDVTU")],
[prov("Trà Vinh"), com("Ngọc Biên"), com("Đôn Xuân")],
["TRÀ VINH ONLINE", "Xây dựng Đảng » Công tác dân vận", "Lớp tập huấn dân vận năm 2022. Ảnh: Sơn Vũ", "nói dân hiểu, làm dân tin",
 "Dân vận khéo", "Chùa xanh - sạch - đẹp", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Lượt xem: 1.102"],
["24 tháng 6, 2022 | 17:45", "2 ngày", "năm 2022", "6 tháng đầu năm 2022", "giai đoạn 2021 - 2025", "Lượt xem: 1.102"]))
