from lib import *
PAGES = []

# b371 Bình Định, Ban Dân vận Tỉnh ủy, hội nghị chuyên đề năm 2017 (semicolon list of name-title pairs, Quy định QĐi, dated document)
PAGES.append(page("b371-binhdinh-bdv-hoinghi-2017", """
BAN DÂN VẬN TỈNH ỦY BÌNH ĐỊNH
Hôm nay, Thứ Sáu 22/12/2017
Trang chủ - Hoạt động - Dân tộc, tôn giáo

Vận động đồng bào An Lão, Vĩnh Thạnh, Vân Canh giữ đất sản xuất
Thứ Sáu, 15.12.2017

Ngày 13/12/2017, tại thị trấn An Lão, Ban Dân vận Tỉnh ủy tổ chức hội nghị chuyên đề "Công tác dân vận vùng đồng bào dân tộc thiểu số" năm 2017.

Toàn cảnh hội nghị chuyên đề tại An Lão.

Tham dự có các đồng chí: Đinh Thị Hến, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; Trần Minh Khoa, Phó Chủ tịch UBND tỉnh; Mang Văn Phúc, Trưởng Ban Dân tộc tỉnh cùng 126 đại biểu là cán bộ dân vận, già làng, trưởng làng của ba huyện miền núi tỉnh Bình Định.

Báo cáo tại hội nghị cho biết, thực hiện đề án 05-ĐA/TU của Tỉnh ủy và Quy định 07, 08-QĐi/TU ngày 12/5/2016 của Ban Thường vụ Tỉnh ủy về công tác dân vận của hệ thống chính trị, các huyện đã vận động 3.614 hộ đồng bào Bahnar, Hrê, Chăm H'roi không bán đất sản xuất; hỗ trợ 2 tỷ 75 triệu đồng cho 418 hộ chuyển đổi sang trồng keo, bời lời. Tỷ lệ hộ nghèo vùng đồng bào giảm còn 41,6%.

Già làng Đinh Văn Xíp, làng Đak Tra, xã An Toàn kể lại cách cả làng dựng lại 26 căn nhà sau bão số 12. Ông Nay Văn Đức, người dân tộc Chăm H'roi, trưởng làng Hiệp Hội, xã Canh Hiệp đề nghị hỗ trợ giống lúa nước cho 15 ha ruộng mới khai hoang.

Hội nghị biểu dương hai Phó Trưởng ban Dân vận Huyện ủy (bà Đinh Thị Lúa và ông Đinh Văn Hạnh) có nhiều cách làm hay khi vận động bà con ở xã An Toàn, An Nghĩa.

Kết luận hội nghị, đồng chí Đinh Thị Hến đề nghị năm 2018 mỗi làng có ít nhất một tổ hòa giải do người có uy tín làm tổ trưởng.

Ban Dân vận Tỉnh ủy
Số lần xem: 587

Tin liên quan
- Bình Định: tổng kết 10 năm thực hiện Quy chế dân chủ ở cơ sở
- Vân Canh: 500 hộ Chăm H'roi thoát nghèo
""", "2017-12-15",
"Vận động đồng bào An Lão, Vĩnh Thạnh, Vân Canh giữ đất sản xuất",
E("hoi_nghi", "2017", "2017-12-13"),
[P("Đinh Thị Hến", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Minh Khoa", "Phó Chủ tịch UBND tỉnh"),
 P("Mang Văn Phúc", "Trưởng Ban Dân tộc tỉnh"),
 P("Đinh Văn Xíp", "Già làng"),
 P("Nay Văn Đức", "trưởng làng Hiệp Hội"),
 P("Đinh Thị Lúa", "Phó Trưởng ban Dân vận Huyện ủy"),
 P("Đinh Văn Hạnh", "Phó Trưởng ban Dân vận Huyện ủy")],
[Q("126 đại biểu", 126, "đại biểu"),
 Q("3.614 hộ đồng bào Bahnar, Hrê, Chăm H'roi", 3614, "hộ đồng bào Bahnar, Hrê, Chăm H'roi"),
 Q("2 tỷ 75 triệu đồng", 2075000000, "đồng"),
 Q("418 hộ", 418, "hộ"),
 Q("41,6%", 41.6, "%"),
 Q("26 căn nhà", 26, "căn nhà"),
 Q("15 ha", 15, "ha")],
[D("Đề án", "05", "ĐA/TU", None, "Tỉnh ủy", "đề án 05-ĐA/TU"),
 D("Quy định", "07", "QĐi/TU", "2016-05-12", "Ban Thường vụ Tỉnh ủy", "Quy định 07, 08-QĐi/TU"),
 D("Quy định", "08", "QĐi/TU", "2016-05-12", "Ban Thường vụ Tỉnh ủy", "Quy định 07, 08-QĐi/TU")],
[prov("Bình Định"), com("An Toàn"), com("Canh Hiệp"), com("An Nghĩa"), com("An Lão")],
["BAN DÂN VẬN TỈNH ỦY BÌNH ĐỊNH", "Trang chủ - Hoạt động - Dân tộc, tôn giáo", "Toàn cảnh hội nghị chuyên đề tại An Lão.",
 "Công tác dân vận vùng đồng bào dân tộc thiểu số", "làng Hiệp Hội", "làng Đak Tra", "Ban Dân tộc tỉnh", "Số lần xem: 587"],
["Hôm nay, Thứ Sáu 22/12/2017", "bão số 12", "năm 2017", "năm 2018", "Ngày 13/12/2017", "Số lần xem: 587"]))

# b372 Ninh Thuận, Ủy ban MTTQ tỉnh, đối thoại với chức sắc năm 2018 (Chăm clergy titles, ISO date line, several numbers with "và")
PAGES.append(page("b372-ninhthuan-mttq-doithoai-2018", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NINH THUẬN
Trang thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh
Tin tức >> Dân tộc - Tôn giáo >> Chi tiết

Lắng nghe chức sắc Chăm bàn chuyện giữ gìn lễ hội Katê
2018-10-26 16:40:05

(MTNT) - Sáng 24/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức buổi gặp mặt, đối thoại với chức sắc, chức việc đạo Bà-la-môn và Hồi giáo Bà-ni năm 2018. Ông Quảng Đại Thạch, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.

Ông Quảng Đại Thạch (bìa phải) tặng quà các vị chức sắc.

Dự buổi đối thoại có 72 vị chức sắc, chức việc đến từ 22 làng Chăm, trong đó có Cả sư Lộ Văn Khiêm, Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh; Imam Đàng Văn Sa và Imam Thông Văn Gách, Phó Chủ tịch Hội đồng Sư cả Hồi giáo Bà-ni tỉnh; ông Bá Văn Quê, Acar thôn Văn Lâm.

Các ý kiến tập trung vào việc tu sửa đền tháp, kinh phí tổ chức lễ hội Katê và tháng Ramưwan, vận động bà con không tổ chức đám cưới quá 3 ngày. Đây là lần thứ ba Mặt trận tỉnh Ninh Thuận tổ chức đối thoại riêng với chức sắc hai tôn giáo của đồng bào Chăm. Đáp lại, đại diện Sở Văn hóa, Thể thao và Du lịch cho biết năm 2018 tỉnh bố trí 1,6 tỷ đồng tu bổ tháp Pô Klong Garai và hỗ trợ mỗi làng 5 triệu đồng tổ chức lễ hội.

Theo Chương trình phối hợp 12/CTPH-MTTQ-UBND và Kế hoạch 45 và 46/KH-MTTQ của Ban Thường trực, năm qua Mặt trận các cấp vận động xây 58 căn nhà Đại đoàn kết cho đồng bào Chăm, Raglai tại xã Phước Hà và xã Phước Nam, tổng trị giá hơn 2,3 tỷ đồng. Bà Bo Bo Thị Yến, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Thuận Nam, cho biết đã có 39 căn bàn giao trước Katê.

Kết thúc buổi đối thoại, ông Quảng Đại Thạch tặng 72 phần quà, mỗi phần 500.000 đồng.

Minh Thảo
Lượt xem: 1.118

Tin khác
- Ninh Thuận: Gặp mặt chức sắc Hồi giáo nhân tháng Ramưwan
- Phước Nam: Ra mắt mô hình "Khu dân cư văn hóa"
""", "2018-10-26",
"Lắng nghe chức sắc Chăm bàn chuyện giữ gìn lễ hội Katê",
E("doi_thoai", "2018", "2018-10-24"),
[P("Quảng Đại Thạch", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lộ Văn Khiêm", "Cả sư", "Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh"),
 P("Đàng Văn Sa", "Imam", "Phó Chủ tịch Hội đồng Sư cả Hồi giáo Bà-ni tỉnh"),
 P("Thông Văn Gách", "Imam", "Phó Chủ tịch Hội đồng Sư cả Hồi giáo Bà-ni tỉnh"),
 P("Bá Văn Quê", "Acar thôn Văn Lâm"),
 P("Bo Bo Thị Yến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Thuận Nam")],
[Q("72 vị chức sắc, chức việc", 72, "vị chức sắc, chức việc"),
 Q("22 làng Chăm", 22, "làng Chăm"),
 Q("1,6 tỷ đồng", 1600000000, "đồng"),
 Q("5 triệu đồng", 5000000, "đồng"),
 Q("58 căn nhà Đại đoàn kết", 58, "căn nhà Đại đoàn kết"),
 Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"),
 Q("39 căn", 39, "căn"),
 Q("72 phần quà", 72, "phần quà"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Chương trình phối hợp", "12", "CTPH-MTTQ-UBND", None, None, "Chương trình phối hợp 12/CTPH-MTTQ-UBND"),
 D("Kế hoạch", "45", "KH-MTTQ", None, "Ban Thường trực", "Kế hoạch 45 và 46/KH-MTTQ"),
 D("Kế hoạch", "46", "KH-MTTQ", None, "Ban Thường trực", "Kế hoạch 45 và 46/KH-MTTQ")],
[prov("Ninh Thuận"), com("Phước Hà"), com("Phước Nam")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NINH THUẬN", "Trang thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh",
 "Tin tức >> Dân tộc - Tôn giáo >> Chi tiết", "Ông Quảng Đại Thạch (bìa phải) tặng quà các vị chức sắc.",
 "tháp Pô Klong Garai", "thôn Văn Lâm", "huyện Thuận Nam", "Sở Văn hóa, Thể thao và Du lịch", "Ramưwan", "Katê",
 "Lượt xem: 1.118"],
["quá 3 ngày", "lần thứ ba", "năm 2018", "Sáng 24/10", "16:40:05", "Lượt xem: 1.118"]))

# b373 Lâm Đồng, Hội Nông dân tỉnh, trao bò giống (money and counts side by side, "đ/con", title shared with "cùng ... đều là")
PAGES.append(page("b373-lamdong-hnd-traobo-2019", """
HỘI NÔNG DÂN TỈNH LÂM ĐỒNG
Trang chủ / Tin tức / Hỗ trợ nông dân

Trao 40 con bò giống cho hội viên người Cơ Ho, Chu Ru
Lúc 7:45 ngày 12/11/2019

Ngày 8/11, Hội Nông dân tỉnh Lâm Đồng phối hợp với Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh trao 40 con bò giống, trị giá 580 triệu đồng, cho hội viên nghèo xã Đạ Chais và xã Đưng K'Nớ, huyện Lạc Dương.

Đồng chí Ka Sơ Ha Hội (thứ hai, từ phải qua) trao bò cho hội viên.

Mỗi con bò có giá 14.500.000đ/con, hộ nhận bò cam kết trả lại 1 con bê sau 3 năm để Hội tiếp tục trao cho hộ khác. Đồng chí Ka Sơ Ha Hội, Phó Chủ tịch Thường trực Hội Nông dân tỉnh cho biết, đây là đợt thứ hai trong năm; đợt đầu Hội đã trao 25 con ở huyện Đam Rông.

Ông K'Brèo cùng bà Touneh Ha Linh đều là hội viên Chi hội Nông dân thôn Đạ Nhar. Bà Touneh Ha Linh chia sẻ: "Nhà có 3 sào cà phê già cỗi, năm nay có thêm con bò, tôi yên tâm cho con đi học". Cùng dịp, anh Cil Múp, Chi hội trưởng Chi hội Nông dân thôn Long Lanh nhận 12 bao phân bón thay mặt các hộ trong thôn.

Năm 2019, Quỹ Hỗ trợ nông dân tỉnh giải ngân 16,4 tỷ đồng cho 652 hộ vay, giúp 73 hộ đồng bào dân tộc thiểu số thoát nghèo. Hội cũng phối hợp tổ chức 48 lớp dạy nghề cho 1.430 lượt nông dân.

Đồng chí Liêng Hót Ha Nin, Chủ tịch Hội Nông dân huyện Lạc Dương đề nghị các hộ chăm sóc bò đúng kỹ thuật, tránh để bò thả rông vào rừng, đồng thời giao các chi hội theo dõi, báo cáo tình hình đàn bò mỗi quý.

Phạm Hòa
Lượt xem: 812

Tin cùng chuyên mục
- Nông dân Di Linh thi đua sản xuất giỏi
- Hội Nông dân tỉnh tập huấn cho chi hội trưởng
- Đơn Dương: nông dân góp đất làm đường nội đồng
""", "2019-11-12",
"Trao 40 con bò giống cho hội viên người Cơ Ho, Chu Ru",
E("trao_qua", None, "2019-11-08"),
[P("Ka Sơ Ha Hội", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh"),
 P("K'Brèo", "hội viên Chi hội Nông dân thôn Đạ Nhar"),
 P("Touneh Ha Linh", "hội viên Chi hội Nông dân thôn Đạ Nhar"),
 P("Cil Múp", "Chi hội trưởng Chi hội Nông dân thôn Long Lanh"),
 P("Liêng Hót Ha Nin", "Chủ tịch Hội Nông dân huyện Lạc Dương")],
[Q("40 con bò giống", 40, "con bò giống"),
 Q("580 triệu đồng", 580000000, "đồng"),
 Q("14.500.000đ/con", 14500000, "đồng"),
 Q("1 con bê", 1, "con bê"),
 Q("25 con", 25, "con"),
 Q("3 sào cà phê", 3, "sào"),
 Q("12 bao phân bón", 12, "bao phân bón"),
 Q("16,4 tỷ đồng", 16400000000, "đồng"),
 Q("652 hộ", 652, "hộ"),
 Q("73 hộ đồng bào dân tộc thiểu số", 73, "hộ đồng bào dân tộc thiểu số"),
 Q("48 lớp dạy nghề", 48, "lớp dạy nghề"),
 Q("1.430 lượt nông dân", 1430, "lượt nông dân")],
[],
[prov("Lâm Đồng"), com("Đạ Chais"), com("Đưng K'Nớ")],
["HỘI NÔNG DÂN TỈNH LÂM ĐỒNG", "Trang chủ / Tin tức / Hỗ trợ nông dân",
 "Đồng chí Ka Sơ Ha Hội (thứ hai, từ phải qua) trao bò cho hội viên.", "Ngân hàng Nông nghiệp và Phát triển nông thôn",
 "huyện Lạc Dương", "thôn Đạ Nhar", "Quỹ Hỗ trợ nông dân", "Lượt xem: 812"],
["sau 3 năm", "đợt thứ hai", "Năm 2019", "Ngày 8/11", "Lúc 7:45", "Lượt xem: 812"]))

# b374 Báo Đắk Nông, portrait of a M'Nông village elder (no event; dated Quyết định; figure in headline and lead)
PAGES.append(page("b374-daknong-bao-giaolang-2020", """
BÁO ĐẮK NÔNG
Thứ Hai, 25/05/2020
Xã hội | Dân tộc - Miền núi

Già làng Y Rưm và 15 ha rừng của bon Bu N'Đơr
Thời gian đăng: 22/05/2020

(BĐN) - Gần 20 năm nay, già làng Y Rưm (dân tộc M'Nông) ở bon Bu N'Đơr, xã Quảng Tín, huyện Đắk R'Lấp cùng 32 hộ trong bon giữ trọn 15 ha rừng đầu nguồn. Với bà con, ông là người đầu tiên họ tìm đến mỗi khi có chuyện.

Già làng Y Rưm (ngồi giữa) trò chuyện với cán bộ Mặt trận xã.

Năm nay đã 72 tuổi, già làng Y Rưm hiện là Tổ trưởng Tổ hòa giải bon Bu N'Đơr. Từ năm 2015 đến nay, tổ hòa giải thành 17 vụ việc, phần lớn là tranh chấp ranh giới rẫy. Ông còn vận động 12 hộ trả lại 3,6 ha đất lấn chiếm để trồng lại rừng.

Bà Thị Mây, Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Tín kể: "Có lần hai dòng họ trong bon giận nhau vì con trâu, chính già Y Rưm ngồi cả đêm nói chuyện cho đến khi họ bắt tay nhau". Ông Điểu Xiêng, Phó Chủ tịch UBND xã cho biết, nhờ già làng vận động, bon Bu N'Đơr không còn hộ nào bán đất sản xuất.

Cuộc sống của bà con cũng khá lên: mỗi năm bon thu khoảng 1,2 tỷ đồng từ 40 ha cà phê, hồ tiêu; tỷ lệ hộ nghèo giảm từ 38% xuống 9%. Anh Y Thanh Nơ Gung, Bí thư Chi đoàn bon, nói lớp trẻ học ở già Y Rưm cách nói để bà con nghe. Mỗi tối thứ Bảy, nhà dài của già lại sáng đèn, thanh niên trong bon đến nghe kể chuyện luật tục và học đánh chiêng.

Ghi nhận những đóng góp đó, năm 2019 già làng Y Rưm được Chủ tịch UBND tỉnh Đắk Nông tặng Bằng khen theo Quyết định số 1143/QĐ-UBND ngày 17/7/2019.

Bài, ảnh: Hoàng Liên
Lượt xem: 1.467

Tin khác
- Đắk Song: 100 người có uy tín được tập huấn
- Tuy Đức: Đồng bào M'Nông chung tay giữ rừng
""", "2020-05-22",
"Già làng Y Rưm và 15 ha rừng của bon Bu N'Đơr",
E(None, None, None),
[P("Y Rưm", "Già làng", "Tổ trưởng Tổ hòa giải bon Bu N'Đơr"),
 P("Thị Mây", "Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Tín"),
 P("Điểu Xiêng", "Phó Chủ tịch UBND xã"),
 P("Y Thanh Nơ Gung", "Bí thư Chi đoàn bon")],
[Q("15 ha", 15, "ha"),
 Q("32 hộ", 32, "hộ"),
 Q("17 vụ việc", 17, "vụ việc"),
 Q("12 hộ", 12, "hộ"),
 Q("3,6 ha", 3.6, "ha"),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("40 ha", 40, "ha"),
 Q("38%", 38, "%"),
 Q("9%", 9, "%")],
[D("Quyết định", "1143", "QĐ-UBND", "2019-07-17", "Chủ tịch UBND tỉnh Đắk Nông", "Quyết định số 1143/QĐ-UBND")],
[prov("Đắk Nông"), com("Quảng Tín")],
["BÁO ĐẮK NÔNG", "Xã hội | Dân tộc - Miền núi", "Già làng Y Rưm (ngồi giữa) trò chuyện với cán bộ Mặt trận xã.",
 "bon Bu N'Đơr", "huyện Đắk R'Lấp", "Bài, ảnh: Hoàng Liên", "Lượt xem: 1.467"],
["Thứ Hai, 25/05/2020", "Gần 20 năm nay", "72 tuổi", "Từ năm 2015", "năm 2019", "Lượt xem: 1.467"]))

# b375 Bình Phước, Ban Dân vận Tỉnh ủy, giao ban quý IV/2021 (title joined by "kiêm", Thông báo kết luận, Công văn with date)
PAGES.append(page("b375-binhphuoc-bdv-giaoban-2021q4", """
BAN DÂN VẬN TỈNH ỦY BÌNH PHƯỚC
Cổng thông tin điện tử Ban Dân vận
Trang chủ > Tin tức - Sự kiện > Hoạt động khối dân vận

Giao ban khối dân vận: hỗ trợ 14.620 hộ khó khăn do dịch Covid-19
Ngày phát hành: 18/12/2021

Chiều 16/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý IV/2021 theo hình thức trực tuyến với 11 điểm cầu huyện, thị xã, thành phố.

Các đại biểu dự giao ban tại điểm cầu tỉnh.

Chủ trì hội nghị có đồng chí Nguyễn Thị Kim Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy kiêm Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đồng chí Điểu Minh Thắng, người vừa nhận quyết định làm Phó Trưởng Ban Dân vận Tỉnh ủy từ ngày 1/12.

Báo cáo cho thấy, trong quý, khối dân vận và Mặt trận các cấp thực hiện Thông báo kết luận 215-TB/TU của Ban Thường vụ Tỉnh ủy và Kế hoạch 92 và 93-KH/TU của Tỉnh ủy, hỗ trợ 14.620 hộ khó khăn trên địa bàn tỉnh Bình Phước với tổng trị giá 12,8 tỷ đồng, gồm 16.400 túi an sinh và hơn 310 tấn gạo. Có 97,5% người từ 18 tuổi trở lên được tiêm vắc-xin phòng Covid-19.

Tại sóc Bom Bo, xã Bình Minh, ông Điểu Lôi, người có uy tín sóc Bom Bo, đã vận động 46 hộ Stiêng cách ly tại nhà đúng quy định. Bà Thị Rết (dân tộc Stiêng), Chi hội trưởng phụ nữ sóc Bù Ka, xã Đắk Ơ, cùng chị em may 2.000 khẩu trang tặng chốt kiểm soát.

Theo Công văn số 1482-CV/BDVTU ngày 2/12/2021 của Ban Dân vận Tỉnh ủy, mỗi cán bộ dân vận phụ trách 15 - 20 hộ để nắm tình hình nhân dân dịp Tết. Trưởng Ban Dân vận Tỉnh ủy Nguyễn Thị Kim Lan đề nghị không để dân thiếu đói, không để điểm nóng phát sinh.

Thu Hà
Lượt xem: 734

Tin cùng chuyên mục
- Bình Phước: Sơ kết 6 tháng công tác dân vận năm 2021
- Ban Dân vận Huyện ủy Bù Đăng giao ban tháng 11
""", "2021-12-18",
"Giao ban khối dân vận: hỗ trợ 14.620 hộ khó khăn do dịch Covid-19",
E("giao_ban", "2021-Q4", "2021-12-16"),
[P("Nguyễn Thị Kim Lan", "Ủy viên Ban Thường vụ Tỉnh ủy",
   "Trưởng Ban Dân vận Tỉnh ủy kiêm Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Điểu Minh Thắng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Điểu Lôi", "người có uy tín sóc Bom Bo"),
 P("Thị Rết", "Chi hội trưởng phụ nữ sóc Bù Ka")],
[Q("14.620 hộ khó khăn", 14620, "hộ khó khăn"),
 Q("11 điểm cầu", 11, "điểm cầu"),
 Q("12,8 tỷ đồng", 12800000000, "đồng"),
 Q("16.400 túi an sinh", 16400, "túi an sinh"),
 Q("hơn 310 tấn gạo", 310, "tấn", "over"),
 Q("97,5%", 97.5, "%"),
 Q("46 hộ Stiêng", 46, "hộ Stiêng"),
 Q("2.000 khẩu trang", 2000, "khẩu trang"),
 Q("15 - 20 hộ", 15, "hộ"),
 Q("15 - 20 hộ", 20, "hộ")],
[D("Thông báo", "215", "TB/TU", None, "Ban Thường vụ Tỉnh ủy", "Thông báo kết luận 215-TB/TU"),
 D("Kế hoạch", "92", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 92 và 93-KH/TU"),
 D("Kế hoạch", "93", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 92 và 93-KH/TU"),
 D("Công văn", "1482", "CV/BDVTU", "2021-12-02", "Ban Dân vận Tỉnh ủy", "Công văn số 1482-CV/BDVTU")],
[prov("Bình Phước"), com("Bình Minh"), com("Đắk Ơ")],
["BAN DÂN VẬN TỈNH ỦY BÌNH PHƯỚC", "Cổng thông tin điện tử Ban Dân vận",
 "Trang chủ > Tin tức - Sự kiện > Hoạt động khối dân vận", "Các đại biểu dự giao ban tại điểm cầu tỉnh.",
 "sóc Bom Bo", "sóc Bù Ka", "Covid-19", "Lượt xem: 734"],
["Covid-19", "quý IV/2021", "18 tuổi", "ngày 1/12", "Chiều 16/12", "Lượt xem: 734"]))

# b376 Trà Vinh, Ủy ban MTTQ tỉnh, tổng kết năm 2021 (title before two names with "và", Khmer clergy, lower-case nghị quyết with date)
PAGES.append(page("b376-travinh-mttq-tongket-2021", """
ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH
Hôm nay: Thứ Bảy, 15/01/2022
Trang chủ » Tin hoạt động » Mặt trận tỉnh

Mặt trận Trà Vinh vận động 96,3 tỷ đồng chăm lo người nghèo
13/01/2022 • 14:00

Sáng 11/1, Ủy ban MTTQ Việt Nam tỉnh Trà Vinh tổ chức hội nghị tổng kết công tác Mặt trận năm 2021, triển khai chương trình phối hợp và thống nhất hành động năm 2022. Dự hội nghị có 47 đồng chí Ủy viên Ủy ban MTTQ Việt Nam tỉnh.

Hòa thượng Thạch Sa Phan phát biểu tại hội nghị.

Năm 2021, các cấp Mặt trận vận động 96,3 tỷ đồng, xây 1.224 căn nhà Đại đoàn kết trị giá 48,9 tỷ đồng; trao hơn 48.000 phần quà và trên 210 tấn gạo cho hộ khó khăn do dịch Covid-19. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" có 35 xã đạt chuẩn nông thôn mới.

Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Thạch Thị Kim Sa và Nguyễn Văn Út trình bày báo cáo giám sát thực hiện nghị quyết số 27-NQ/TU ngày 5/3/2021 của Tỉnh ủy về giảm nghèo bền vững trong đồng bào Khmer, và việc triển khai Hướng dẫn 19, 20/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.

Hòa thượng Thạch Sa Phan, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, cho biết 143 chùa Khmer đã góp hơn 1,5 tỷ đồng và 60 tấn gạo. Ông Kiên Sóc Pheng, Trưởng Ban Quản trị chùa Phnô Đôn, xã Ngọc Biên, đề nghị hỗ trợ 20 học sinh nghèo học tiếng Khmer trong chùa.

Phát biểu chỉ đạo, đồng chí Sơn Văn Đa Ra, Phó Bí thư Tỉnh ủy biểu dương Mặt trận xã Long Hiệp và xã Ngọc Biên, đề nghị năm 2022 xóa dứt điểm nhà tạm cho hộ nghèo Khmer.

Ngọc Hân
Lượt xem: 1.052

Các tin đã đưa
- Trà Vinh: Họp mặt chức sắc, chức việc nhân Tết Chôl Chnăm Thmây
- Mặt trận huyện Trà Cú giám sát xây nhà Đại đoàn kết
""", "2022-01-13",
"Mặt trận Trà Vinh vận động 96,3 tỷ đồng chăm lo người nghèo",
E("tong_ket", "2021", "2022-01-11"),
[P("Thạch Thị Kim Sa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Út", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sa Phan", "Hòa thượng", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Kiên Sóc Pheng", "Trưởng Ban Quản trị chùa Phnô Đôn"),
 P("Sơn Văn Đa Ra", "Phó Bí thư Tỉnh ủy")],
[Q("96,3 tỷ đồng", 96300000000, "đồng"),
 Q("47 đồng chí", 47, "đồng chí"),
 Q("1.224 căn nhà Đại đoàn kết", 1224, "căn nhà Đại đoàn kết"),
 Q("48,9 tỷ đồng", 48900000000, "đồng"),
 Q("hơn 48.000 phần quà", 48000, "phần quà", "over"),
 Q("trên 210 tấn gạo", 210, "tấn", "over"),
 Q("35 xã", 35, "xã"),
 Q("143 chùa Khmer", 143, "chùa Khmer"),
 Q("hơn 1,5 tỷ đồng", 1500000000, "đồng", "over"),
 Q("60 tấn gạo", 60, "tấn"),
 Q("20 học sinh nghèo", 20, "học sinh nghèo")],
[D("Nghị quyết", "27", "NQ/TU", "2021-03-05", "Tỉnh ủy", "nghị quyết số 27-NQ/TU"),
 D("Hướng dẫn", "19", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn 19, 20/HD-MTTW-BTT"),
 D("Hướng dẫn", "20", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn 19, 20/HD-MTTW-BTT")],
[prov("Trà Vinh"), com("Ngọc Biên"), com("Long Hiệp")],
["ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH", "Trang chủ » Tin hoạt động » Mặt trận tỉnh",
 "Hòa thượng Thạch Sa Phan phát biểu tại hội nghị.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "chùa Phnô Đôn", "Covid-19", "Lượt xem: 1.052"],
["Hôm nay: Thứ Bảy, 15/01/2022", "47 đồng chí", "năm 2021", "năm 2022", "Covid-19", "Sáng 11/1", "Lượt xem: 1.052"]))
