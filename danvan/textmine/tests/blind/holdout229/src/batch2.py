from lib import *
PAGES = []

PAGES.append(page("b5459-hagiang-mttq-giamsat-2017", """
ỦY BAN MTTQ VIỆT NAM TỈNH HÀ GIANG
Trang chủ | Hoạt động Mặt trận | Giám sát, phản biện
17/05/2017 - 10:05
Giám sát thực hiện Luật Hòa giải ở cơ sở tại huyện Yên Minh
Ngày 16/5, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh Hà Giang do bà Lù Thị Dung, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện Luật Hòa giải ở cơ sở năm 2017 tại huyện Yên Minh. Cùng đi có ông Nguyễn Mạnh Cường, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh; bà Hầu Thị Mỷ, Phó Giám đốc Sở Tư pháp.
Đoàn giám sát làm việc tại xã Mậu Duệ.
Theo báo cáo của UBND huyện, Yên Minh có 198 tổ hòa giải với 1.188 hòa giải viên, 87% là người Mông, Dao, Giáy. Từ năm 2014 đến hết quý I/2017, các tổ đã tiếp nhận 743 vụ việc, hòa giải thành 652 vụ việc, đạt 87,7%; 91 vụ việc không thành đã hướng dẫn các bên đến cơ quan có thẩm quyền. Ngân sách huyện bố trí hơn 310 triệu đồng cho công tác hòa giải, trong đó mức thù lao cho hòa giải viên là 200.000 đồng/vụ việc.
Đoàn đã giám sát trực tiếp tại xã Mậu Duệ và xã Đường Thượng. Ông Sùng Mí Vàng, Chủ tịch Ủy ban MTTQ xã Mậu Duệ cho biết, xã có 14 thôn, 14 tổ hòa giải; năm 2016 hòa giải thành 31 vụ, chủ yếu tranh chấp đất nương, mâu thuẫn do tảo hôn. Tuy nhiên, nhiều tổ chưa ghi chép sổ theo dõi, 4 thôn chưa có hòa giải viên là nữ. Ông Vàng Chúng Sính, Bí thư Chi bộ kiêm Trưởng thôn Sủng Cháng, xã Đường Thượng, đề nghị bố trí kinh phí in tài liệu tiếng Mông.
Qua giám sát, đoàn nhận thấy huyện đã triển khai Kế hoạch số 58/KH-UBND ngày 20/3/2014 của UBND tỉnh, Nghị quyết liên tịch số 01/2014/NQLT/CP-UBTWMTTQVN của Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam hướng dẫn phối hợp thực hiện hòa giải; tuy vậy việc bầu, công nhận hòa giải viên ở một số thôn còn chậm, chưa có quy chế phối hợp giữa Ban công tác Mặt trận với tổ hòa giải.
Kết luận buổi giám sát, bà Lù Thị Dung đề nghị UBND huyện chỉ đạo rà soát, kiện toàn 100% tổ hòa giải trước tháng 9/2017; bảo đảm mỗi tổ có ít nhất 1 hòa giải viên nữ; thực hiện Chỉ thị 20, 21-CT/TU của Ban Thường vụ Tỉnh ủy về xóa bỏ hủ tục, tảo hôn và về tăng cường công tác dân vận ở vùng biên giới. Đoàn sẽ tổng hợp kiến nghị gửi Thường trực HĐND tỉnh theo Chương trình phối hợp số 09/CTr-MTTQ-HĐND.
Cũng trong đợt giám sát này, từ ngày 16 đến 19/5, đoàn làm việc tại 3 huyện Yên Minh, Đồng Văn, Mèo Vạc; tiếp xúc trực tiếp với khoảng 120 hòa giải viên và người dân ở 6 xã vùng cao núi đá.
Lâm Hùng
Tin liên quan
- Đồng Văn: 100% thôn có tổ hòa giải (10/05/2017)
- MTTQ tỉnh phản biện dự thảo nghị quyết về hỗ trợ hòa giải viên (28/04/2017)
- Quản Bạ: tuyên truyền pháp luật cho người có uy tín (18/04/2017)
""", "2017-05-17", "Giám sát thực hiện Luật Hòa giải ở cơ sở tại huyện Yên Minh",
E("giam_sat", "2017", "2017-05-16"),
[P("Lù Thị Dung", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Mạnh Cường", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Hầu Thị Mỷ", "Phó Giám đốc Sở Tư pháp"),
 P("Sùng Mí Vàng", "Chủ tịch Ủy ban MTTQ xã Mậu Duệ"),
 P("Vàng Chúng Sính", "Bí thư Chi bộ kiêm Trưởng thôn Sủng Cháng")],
[Q("198 tổ hòa giải", 198, "tổ hòa giải"), Q("1.188 hòa giải viên", 1188, "hòa giải viên"), Q("87%", 87, "%"),
 Q("743 vụ việc", 743, "vụ việc"), Q("652 vụ việc", 652, "vụ việc"), Q("87,7%", 87.7, "%"), Q("91 vụ việc", 91, "vụ việc"),
 Q("hơn 310 triệu đồng", 310000000, "đồng", "over"), Q("200.000 đồng", 200000, "đồng"),
 Q("14 thôn", 14, "thôn"), Q("14 tổ hòa giải", 14, "tổ hòa giải"), Q("31 vụ", 31, "vụ"), Q("4 thôn", 4, "thôn"),
 Q("100%", 100, "%"), Q("3 huyện", 3, "huyện"), Q("khoảng 120 hòa giải viên", 120, "hòa giải viên", "approx"),
 Q("6 xã vùng cao núi đá", 6, "xã vùng cao núi đá")],
[D("Kế hoạch", "58", "KH-UBND", "2014-03-20", "UBND tỉnh", "Kế hoạch số 58/KH-UBND ngày 20/3/2014"),
 D("Nghị quyết liên tịch", "01", "2014/NQLT/CP-UBTWMTTQVN", None, "Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
   "Nghị quyết liên tịch số 01/2014/NQLT/CP-UBTWMTTQVN"),
 D("Chỉ thị", "20", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 20, 21-CT/TU"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 20, 21-CT/TU"),
 D("Chương trình phối hợp", "09", "CTr-MTTQ-HĐND", None, None, "Chương trình phối hợp số 09/CTr-MTTQ-HĐND")],
[prov("Hà Giang"), com("Mậu Duệ"), com("Đường Thượng")],
["ỦY BAN MTTQ VIỆT NAM TỈNH HÀ GIANG", "Trang chủ | Hoạt động Mặt trận | Giám sát, phản biện",
 "Đoàn giám sát làm việc tại xã Mậu Duệ.", "Luật Hòa giải ở cơ sở"],
["17/05/2017 - 10:05", "năm 2017", "quý I/2017", "năm 2016", "tháng 9/2017", "1 hòa giải viên nữ", "từ ngày 16 đến 19/5"]))

PAGES.append(page("b5460-daklak-xa-doithoai-2018", """
Báo Đắk Lắk điện tử
Trang chủ » Chính trị » Dân vận
Cập nhật lúc 17:20 ngày 27/09/2018
Krông Búk: Chủ tịch UBND xã đối thoại với người dân về hòa giải tranh chấp đất rẫy
Ảnh: Ông Y Thuân Niê trả lời ý kiến của người dân.
Ngày 26/9, UBND xã Cư Né, huyện Krông Búk phối hợp với Ủy ban MTTQ xã tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2018, chủ đề "Hòa giải tranh chấp đất đai và trợ giúp pháp lý cho đồng bào dân tộc thiểu số". Hơn 200 người dân ở 17 buôn, thôn tham dự.
Chủ trì đối thoại có ông Y Thuân Niê, Bí thư Đảng ủy, Chủ tịch UBND xã Cư Né và bà H'Lim Êban, Chủ tịch Ủy ban MTTQ xã. Dự có ông Nguyễn Đình Phúc, HUV, Trưởng Ban Dân vận Huyện ủy Krông Búk; bà Trần Thị Thu Hà, Trưởng phòng Tư pháp huyện; ông Y Krếch Byă, Trưởng Chi nhánh Trợ giúp pháp lý số 3 thuộc Trung tâm Trợ giúp pháp lý nhà nước tỉnh.
Tại buổi đối thoại, người dân nêu 23 ý kiến, tập trung vào tranh chấp ranh giới rẫy cà phê, cấp giấy chứng nhận quyền sử dụng đất, thủ tục chia thừa kế theo luật tục Êđê. Ông Y Bhiết Mlô, người có uy tín buôn Kmu, phản ánh có 5 hộ ở buôn tranh chấp gần 3 ha đất rẫy kéo dài nhiều năm. Bà H'Nga Ktla, buôn Ea Nuôl, đề nghị giải thích quyền thừa kế của con gái theo chế độ mẫu hệ khi có tranh chấp.
Lãnh đạo xã và cán bộ các ngành đã trực tiếp trả lời 19 ý kiến, 4 ý kiến được ghi nhận để báo cáo huyện. Ông Y Thuân Niê cho biết, năm 2018 xã có 17 tổ hòa giải với 102 hòa giải viên, đã hòa giải thành 28/34 vụ việc; xã đang thực hiện Nghị quyết số 12-NQ/ĐU ngày 15/3/2018 của Đảng ủy xã về công tác hòa giải, giải quyết đơn thư ngay tại buôn. Ông Y Krếch Byă thông tin, Chi nhánh đã thụ lý trợ giúp pháp lý 6 vụ việc của người dân Cư Né theo Luật Trợ giúp pháp lý số 11/2017/QH14 và Nghị định số 144/2017/NĐ-CP; người thuộc hộ nghèo, người dân tộc thiểu số cư trú ở vùng đặc biệt khó khăn được trợ giúp miễn phí.
Phát biểu tại buổi đối thoại, ông Nguyễn Đình Phúc đề nghị xã tiếp tục thực hiện Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền; phát huy vai trò người có uy tín, già làng trong hòa giải; mỗi quý tổ chức ít nhất 1 buổi tiếp dân tại buôn.
Sau buổi đối thoại, Trung tâm Trợ giúp pháp lý tặng 30 cuốn sách pháp luật cho tủ sách của xã và 50 túi tài liệu cho người có uy tín; tổng trị giá khoảng 15 triệu đồng.
H'Xíu
Tin khác
- Buôn Đôn: tập huấn trợ giúp pháp lý cho người có uy tín (19/09/2018)
- Ea H'leo: đối thoại về bồi thường giải phóng mặt bằng (07/09/2018)
- MTTQ tỉnh giám sát thực hiện Quy chế dân chủ ở cơ sở (28/08/2018)
""", "2018-09-27", "Krông Búk: Chủ tịch UBND xã đối thoại với người dân về hòa giải tranh chấp đất rẫy",
E("doi_thoai", "2018", "2018-09-26"),
[P("Y Thuân Niê", "Bí thư Đảng ủy", "Chủ tịch UBND xã Cư Né"),
 P("H'Lim Êban", "Chủ tịch Ủy ban MTTQ xã"),
 P("Nguyễn Đình Phúc", "HUV", "Trưởng Ban Dân vận Huyện ủy Krông Búk"),
 P("Trần Thị Thu Hà", "Trưởng phòng Tư pháp huyện"),
 P("Y Krếch Byă", "Trưởng Chi nhánh Trợ giúp pháp lý số 3 thuộc Trung tâm Trợ giúp pháp lý nhà nước tỉnh"),
 P("Y Bhiết Mlô", "người có uy tín buôn Kmu"),
 P("H'Nga Ktla")],
[Q("Hơn 200 người dân", 200, "người dân", "over"), Q("17 buôn, thôn", 17, "buôn, thôn"), Q("23 ý kiến", 23, "ý kiến"),
 Q("5 hộ", 5, "hộ"), Q("gần 3 ha", 3, "ha", "approx"), Q("19 ý kiến", 19, "ý kiến"), Q("4 ý kiến", 4, "ý kiến"),
 Q("17 tổ hòa giải", 17, "tổ hòa giải"), Q("102 hòa giải viên", 102, "hòa giải viên"), Q("28/34 vụ việc", 28, "vụ việc"),
 Q("6 vụ việc", 6, "vụ việc"), Q("30 cuốn sách pháp luật", 30, "cuốn sách pháp luật"), Q("50 túi tài liệu", 50, "túi tài liệu"),
 Q("khoảng 15 triệu đồng", 15000000, "đồng", "approx")],
[D("Nghị quyết", "12", "NQ/ĐU", "2018-03-15", "Đảng ủy xã", "Nghị quyết số 12-NQ/ĐU ngày 15/3/2018"),
 D("Luật", "11", "2017/QH14", None, None, "Luật Trợ giúp pháp lý số 11/2017/QH14"),
 D("Nghị định", "144", "2017/NĐ-CP", None, None, "Nghị định số 144/2017/NĐ-CP"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW")],
[prov("Đắk Lắk"), com("Cư Né")],
["Báo Đắk Lắk điện tử", "Trang chủ » Chính trị » Dân vận", "Ảnh: Ông Y Thuân Niê trả lời ý kiến của người dân.",
 "Hòa giải tranh chấp đất đai và trợ giúp pháp lý cho đồng bào dân tộc thiểu số"],
["Cập nhật lúc 17:20 ngày 27/09/2018", "năm 2018", "1 buổi tiếp dân", "Chi nhánh Trợ giúp pháp lý số 3"]))

PAGES.append(page("b5461-nghean-trogiupphaply-hoinghi-2019", """
BÁO NGHỆ AN
Thời sự › Pháp luật › Trợ giúp pháp lý
21.03.2019 | 16:05
Đưa trợ giúp pháp lý đến với đồng bào Thái, Mông vùng biên
Đồng chí Lữ Văn Xuân phát biểu tại hội nghị. Ảnh: Đình Tuấn
(Baonghean.vn) - Ngày 20/3, tại thị trấn Mường Xén, Sở Tư pháp phối hợp với Ban Dân tộc tỉnh và Ban Dân vận Huyện ủy Kỳ Sơn tổ chức hội nghị trợ giúp pháp lý cho người dân tộc thiểu số năm 2019 theo Quyết định số 498/QĐ-TTg của Thủ tướng Chính phủ về đề án tăng cường trợ giúp pháp lý ở vùng dân tộc thiểu số. Hội nghị có 180 đại biểu là người có uy tín, trưởng bản, hòa giải viên và cán bộ tư pháp của 21 xã, thị trấn.
Dự hội nghị có đồng chí Lữ Văn Xuân, Huyện ủy viên, Phó Chủ tịch UBND huyện Kỳ Sơn; đồng chí Vi Thị Hồng Nhung, Phó Trưởng Ban Dân tộc tỉnh; đồng chí Hoàng Quốc Việt, Giám đốc Trung tâm Trợ giúp pháp lý nhà nước tỉnh Nghệ An. Các đồng chí HUV, Phó Trưởng Ban Dân vận Huyện ủy Kỳ Sơn: Xồng Bá Dếnh, Lô Thị Hoa cùng dự.
Theo ông Hoàng Quốc Việt, năm 2018 Trung tâm đã thực hiện 1.347 vụ việc trợ giúp pháp lý, trong đó 612 vụ việc cho người dân tộc thiểu số; cử trợ giúp viên tham gia tố tụng 208 vụ án; tổ chức 35 đợt truyền thông tại các xã khu vực III. Tuy nhiên, tỷ lệ người dân biết đến quyền được trợ giúp pháp lý ở vùng cao mới đạt khoảng 40%.
Tại hội nghị, các báo cáo viên đã giới thiệu Luật Trợ giúp pháp lý số 11/2017/QH14 của Quốc hội, Thông tư số 08/2017/TT-BTP của Bộ Tư pháp và cách thức liên hệ với trợ giúp viên khi có vướng mắc. Ông Lầu Bá Chồng, người có uy tín bản Huồi Giảng 1, xã Tây Sơn, cho biết bản có 92 hộ người Mông; năm qua nhờ hòa giải viên và trợ giúp viên hỗ trợ, 3 vụ tranh chấp đất sản xuất đã được giải quyết dứt điểm. Bà Lương Thị Thảo, Chủ tịch Hội LHPN xã Mỹ Lý, đề nghị tăng cường trợ giúp pháp lý cho phụ nữ là nạn nhân của mua bán người.
Đồng chí Lữ Văn Xuân đề nghị các xã phối hợp chặt với Ủy ban MTTQ, thực hiện tốt Kết luận 114-KL/TW của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước và Kế hoạch số 65-KH/HU ngày 8/1/2019 của Ban Thường vụ Huyện ủy về công tác dân vận năm 2019; mỗi bản có ít nhất 2 hòa giải viên biết tiếng Việt và tiếng dân tộc.
Dịp này, Trung tâm Trợ giúp pháp lý cấp phát 2.000 tờ gấp song ngữ Việt - Thái, Việt - Mông và 180 cuốn sổ tay pháp luật; tặng 40 suất quà, mỗi suất 500.000 đồng, cho các người có uy tín có hoàn cảnh khó khăn. Các đại biểu cũng được hướng dẫn dùng đường dây nóng miễn phí của Trung tâm.
Theo kế hoạch, từ nay đến cuối năm 2019, Sở Tư pháp sẽ tổ chức thêm 3 hội nghị tương tự ở các huyện Quế Phong, Tương Dương và Con Cuông.
Đình Tuấn
Tin liên quan
- Quế Phong: 300 người dân được trợ giúp pháp lý miễn phí (12/03/2019)
- Tương Dương tổng kết công tác hòa giải ở cơ sở năm 2018 (25/01/2019)
- Kỳ Sơn ra mắt tổ hòa giải ở bản giáp biên (14/01/2019)
""", "2019-03-21", "Đưa trợ giúp pháp lý đến với đồng bào Thái, Mông vùng biên",
E("hoi_nghi", "2019", "2019-03-20"),
[P("Lữ Văn Xuân", "Huyện ủy viên", "Phó Chủ tịch UBND huyện Kỳ Sơn"),
 P("Vi Thị Hồng Nhung", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Hoàng Quốc Việt", "Giám đốc Trung tâm Trợ giúp pháp lý nhà nước tỉnh Nghệ An"),
 P("Xồng Bá Dếnh", "HUV", "Phó Trưởng Ban Dân vận Huyện ủy Kỳ Sơn"),
 P("Lô Thị Hoa", "HUV", "Phó Trưởng Ban Dân vận Huyện ủy Kỳ Sơn"),
 P("Lầu Bá Chồng", "người có uy tín bản Huồi Giảng 1"),
 P("Lương Thị Thảo", "Chủ tịch Hội LHPN xã Mỹ Lý")],
[Q("180 đại biểu", 180, "đại biểu"), Q("21 xã, thị trấn", 21, "xã, thị trấn"),
 Q("1.347 vụ việc trợ giúp pháp lý", 1347, "vụ việc trợ giúp pháp lý"), Q("612 vụ việc", 612, "vụ việc"),
 Q("208 vụ án", 208, "vụ án"), Q("35 đợt truyền thông", 35, "đợt truyền thông"), Q("khoảng 40%", 40, "%", "approx"),
 Q("92 hộ người Mông", 92, "hộ người Mông"), Q("3 vụ tranh chấp đất sản xuất", 3, "vụ tranh chấp đất sản xuất"),
 Q("ít nhất 2 hòa giải viên", 2, "hòa giải viên", "over"), Q("2.000 tờ gấp song ngữ", 2000, "tờ gấp song ngữ"),
 Q("180 cuốn sổ tay pháp luật", 180, "cuốn sổ tay pháp luật"), Q("40 suất quà", 40, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("3 hội nghị", 3, "hội nghị")],
[D("Quyết định", "498", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 498/QĐ-TTg"),
 D("Luật", "11", "2017/QH14", None, "Quốc hội", "Luật Trợ giúp pháp lý số 11/2017/QH14"),
 D("Thông tư", "08", "2017/TT-BTP", None, "Bộ Tư pháp", "Thông tư số 08/2017/TT-BTP"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW"),
 D("Kế hoạch", "65", "KH/HU", "2019-01-08", "Ban Thường vụ Huyện ủy", "Kế hoạch số 65-KH/HU ngày 8/1/2019")],
[prov("Nghệ An"), com("Mường Xén"), com("Tây Sơn"), com("Mỹ Lý")],
["BÁO NGHỆ AN", "Thời sự › Pháp luật › Trợ giúp pháp lý", "Đồng chí Lữ Văn Xuân phát biểu tại hội nghị. Ảnh: Đình Tuấn",
 "(Baonghean.vn)"],
["21.03.2019 | 16:05", "năm 2019", "năm 2018", "khu vực III", "cuối năm 2019"]))

PAGES.append(page("b5462-longan-hoagiai-baocao-2020", """
Long An Online
Chính trị - Xã hội > Pháp luật
Thứ Tư, 30/12/2020
Long An: Báo cáo kết quả 2 năm thực hiện Đề án "Nâng cao năng lực đội ngũ hòa giải viên ở cơ sở"
Ngày 29/12, UBND tỉnh Long An có Báo cáo số 512/BC-UBND về kết quả công tác hòa giải ở cơ sở năm 2020 và 2 năm thực hiện Quyết định số 428/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án "Nâng cao năng lực đội ngũ hòa giải viên ở cơ sở giai đoạn 2019 - 2022". Báo cáo do Sở Tư pháp chủ trì xây dựng, có ý kiến của Ban Thường trực Ủy ban MTTQ tỉnh.
Một buổi sinh hoạt của tổ hòa giải ấp Bình Hòa, xã Tân Lân. Ảnh: P.Nhi
Theo báo cáo, năm 2020 toàn tỉnh có 1.022 tổ hòa giải với 6.897 hòa giải viên; các tổ đã tiếp nhận 2.415 vụ việc, hòa giải thành 2.103 vụ việc, đạt 87,1%, tăng 2,5% so với năm 2019. Dù chịu ảnh hưởng của dịch Covid-19, Sở Tư pháp vẫn phối hợp tổ chức 62 lớp bồi dưỡng cho 3.960 lượt hòa giải viên, biên soạn 12.000 cuốn tài liệu hỏi - đáp. Kinh phí chi cho công tác hòa giải trên 4,3 tỷ đồng; mức chi thù lao cho hòa giải viên theo Nghị quyết số 08/2019/NQ-HĐND của HĐND tỉnh là 300.000 đồng/vụ việc.
Báo cáo cũng cho biết, Trung tâm Trợ giúp pháp lý nhà nước tỉnh đã thực hiện 896 vụ việc, trong đó tham gia tố tụng 574 vụ việc; 100% người được trợ giúp pháp lý hài lòng với chất lượng dịch vụ. Các hội đồng hòa giải cơ sở ở các xã biên giới thuộc huyện Đức Huệ, Tân Hưng đã giải quyết 37 vụ tranh chấp đất giáp biên.
Đáng chú ý, tổ hòa giải các ấp phối hợp Ban công tác Mặt trận thực hiện mô hình "Tổ hòa giải gắn với tổ tự quản" tại 188 ấp, khu phố. Bà Võ Thị Ngọc Diễm, Tổ trưởng Tổ hòa giải ấp Bình Hòa, xã Tân Lân, được UBND tỉnh tặng Bằng khen vì hòa giải thành 41 vụ việc liên tiếp trong 3 năm.
Báo cáo chỉ ra hạn chế: 14% hòa giải viên trên 60 tuổi; một số tổ hoạt động hình thức, chưa ghi sổ; kinh phí ở một số xã chậm cấp. Năm 2021, UBND tỉnh đề ra chỉ tiêu hòa giải thành từ 88% trở lên; phối hợp thực hiện Chương trình hành động số 18-CTr/TU của Tỉnh ủy về Kết luận 65-KL/TW của Bộ Chính trị; Quyết định số 2156/QĐ-UBND ngày 10/7/2020 của UBND tỉnh về kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh.
Ông Nguyễn Văn Út, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh, ký báo cáo. Trước đó, bà Huỳnh Thị Kim Loan, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Dân chủ - Pháp luật đã có văn bản góp ý, đề nghị bổ sung nội dung đánh giá vai trò Ban công tác Mặt trận trong hòa giải.
Phương Nhi
Bài viết liên quan
- Tân Trụ: 250 hòa giải viên được tập huấn kỹ năng (18/12/2020)
- MTTQ tỉnh sơ kết phối hợp hòa giải ở cơ sở (04/12/2020)
- Đức Hòa ra mắt 5 tổ hòa giải điểm (20/11/2020)
""", "2020-12-30", 'Long An: Báo cáo kết quả 2 năm thực hiện Đề án "Nâng cao năng lực đội ngũ hòa giải viên ở cơ sở"',
E("bao_cao", "2020", "2020-12-29"),
[P("Võ Thị Ngọc Diễm", "Tổ trưởng Tổ hòa giải ấp Bình Hòa"),
 P("Nguyễn Văn Út", "Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh"),
 P("Huỳnh Thị Kim Loan", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Dân chủ - Pháp luật")],
[Q("1.022 tổ hòa giải", 1022, "tổ hòa giải"), Q("6.897 hòa giải viên", 6897, "hòa giải viên"), Q("2.415 vụ việc", 2415, "vụ việc"),
 Q("2.103 vụ việc", 2103, "vụ việc"), Q("87,1%", 87.1, "%"), Q("2,5%", 2.5, "%"), Q("62 lớp bồi dưỡng", 62, "lớp bồi dưỡng"),
 Q("3.960 lượt hòa giải viên", 3960, "lượt hòa giải viên"), Q("12.000 cuốn tài liệu hỏi - đáp", 12000, "cuốn tài liệu hỏi - đáp"),
 Q("trên 4,3 tỷ đồng", 4300000000, "đồng", "over"), Q("300.000 đồng", 300000, "đồng"), Q("896 vụ việc", 896, "vụ việc"),
 Q("574 vụ việc", 574, "vụ việc"), Q("100%", 100, "%"), Q("37 vụ tranh chấp đất giáp biên", 37, "vụ tranh chấp đất giáp biên"),
 Q("188 ấp, khu phố", 188, "ấp, khu phố"), Q("41 vụ việc", 41, "vụ việc"), Q("14%", 14, "%"), Q("từ 88% trở lên", 88, "%", "over")],
[D("Báo cáo", "512", "BC-UBND", None, "UBND tỉnh Long An", "Báo cáo số 512/BC-UBND"),
 D("Quyết định", "428", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 428/QĐ-TTg"),
 D("Nghị quyết", "08", "2019/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 08/2019/NQ-HĐND"),
 D("Chương trình hành động", "18", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 18-CTr/TU"),
 D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị", "Kết luận 65-KL/TW"),
 D("Quyết định", "2156", "QĐ-UBND", "2020-07-10", "UBND tỉnh", "Quyết định số 2156/QĐ-UBND ngày 10/7/2020")],
[prov("Long An"), com("Tân Lân")],
["Long An Online", "Chính trị - Xã hội > Pháp luật", "Một buổi sinh hoạt của tổ hòa giải ấp Bình Hòa, xã Tân Lân. Ảnh: P.Nhi",
 "Nâng cao năng lực đội ngũ hòa giải viên ở cơ sở", "Nâng cao năng lực đội ngũ hòa giải viên ở cơ sở giai đoạn 2019 - 2022",
 "Tổ hòa giải gắn với tổ tự quản"],
["Thứ Tư, 30/12/2020", "2 năm", "năm 2020", "năm 2019", "giai đoạn 2019 - 2022", "3 năm", "60 tuổi", "Năm 2021"]))

PAGES.append(page("b5463-haiphong-phuong-tongket-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG ĐÔNG HẢI 1 - QUẬN HẢI AN
Trang chủ / Tin tức / Mặt trận - Đoàn thể
Ngày 16/12/2021 | 09:15
Phường Đông Hải 1 tổng kết công tác hòa giải ở cơ sở năm 2021
Toàn cảnh hội nghị tổng kết tại hội trường UBND phường.
Sáng 15/12/2021, Ủy ban MTTQ Việt Nam phường Đông Hải 1, quận Hải An, thành phố Hải Phòng phối hợp UBND phường tổ chức hội nghị tổng kết công tác hòa giải ở cơ sở năm 2021, triển khai nhiệm vụ năm 2022. Dự hội nghị có đồng chí Phạm Thị Thu Trang, Phó Trưởng Ban Dân vận Quận ủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam quận Hải An; đồng chí Đào Văn Lực, Đảng ủy viên, Phó Chủ tịch UBND phường; đồng chí Ngô Thị Hạnh, Bí thư Đảng ủy phường.
Báo cáo do bà Trịnh Thị Nga, Chủ tịch Ủy ban MTTQ Việt Nam phường trình bày cho biết, phường có 18 tổ hòa giải ở 18 tổ dân phố với 126 hòa giải viên, trong đó 38 hòa giải viên là nữ, 21 người là cựu chiến binh. Năm 2021, các tổ hòa giải tiếp nhận 46 vụ việc, hòa giải thành 42 vụ việc, đạt 91,3%; 4 vụ việc không thành đã hướng dẫn các bên gửi đơn đến Tòa án nhân dân quận. Phần lớn vụ việc liên quan đến xây dựng lấn chiếm lối đi chung, mâu thuẫn hàng xóm, tranh chấp tài sản trong gia đình.
Trong thời gian giãn cách xã hội do dịch Covid-19, tổ hòa giải các tổ dân phố đã linh hoạt hòa giải qua điện thoại, nhóm Zalo; phối hợp với tổ Covid cộng đồng nắm tình hình 2.860 hộ dân. Phường đã thực hiện Kế hoạch số 27/KH-UBND ngày 2/3/2021 của UBND phường, Nghị quyết chuyên đề số 04-NQ/ĐU của Đảng ủy phường về nâng cao chất lượng hòa giải ở cơ sở và Hướng dẫn 11, 12/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố về phối hợp hòa giải trong tình hình dịch bệnh. Tổng kinh phí chi cho công tác hòa giải năm 2021 là 48,6 triệu đồng.
Tại hội nghị, ông Lê Văn Thịnh, Tổ trưởng Tổ hòa giải tổ dân phố số 7, chia sẻ kinh nghiệm "đến tận nhà, nói đúng lúc, giữ kín chuyện riêng"; bà Vũ Thị Huệ, hòa giải viên tổ dân phố số 12, kể việc cùng tổ hòa giải thuyết phục hai gia đình tháo dỡ công trình lấn 15 m2 lối đi chung.
Phát biểu chỉ đạo, đồng chí Phạm Thị Thu Trang đề nghị phường tiếp tục kiện toàn đủ 100% tổ hòa giải, ưu tiên bổ sung hòa giải viên trẻ, có hiểu biết pháp luật; gắn hòa giải với thực hiện Quyết định số 99-QĐ/TW của Ban Bí thư về khung hướng dẫn để các cấp ủy tiếp tục phát huy vai trò của nhân dân trong đấu tranh phòng, chống tham nhũng và cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Dịp này, UBND phường tặng giấy khen cho 3 tổ hòa giải và 7 hòa giải viên tiêu biểu; mỗi tập thể được thưởng 500.000 đồng, mỗi cá nhân 300.000 đồng.
Ban biên tập
Lượt truy cập: 215.408
Tin khác
- Phường tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2021 (18/11/2021)
- Ra mắt mô hình "Tổ dân phố không có đơn thư vượt cấp" (20/10/2021)
- Tập huấn nghiệp vụ hòa giải cho 126 hòa giải viên (15/09/2021)
""", "2021-12-16", "Phường Đông Hải 1 tổng kết công tác hòa giải ở cơ sở năm 2021",
E("tong_ket", "2021", "2021-12-15"),
[P("Phạm Thị Thu Trang", "Phó Trưởng Ban Dân vận Quận ủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận Hải An"),
 P("Đào Văn Lực", "Đảng ủy viên", "Phó Chủ tịch UBND phường"),
 P("Ngô Thị Hạnh", "Bí thư Đảng ủy phường"),
 P("Trịnh Thị Nga", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Lê Văn Thịnh", "Tổ trưởng Tổ hòa giải tổ dân phố số 7"),
 P("Vũ Thị Huệ", "hòa giải viên tổ dân phố số 12")],
[Q("18 tổ hòa giải", 18, "tổ hòa giải"), Q("18 tổ dân phố", 18, "tổ dân phố"), Q("126 hòa giải viên", 126, "hòa giải viên"),
 Q("38 hòa giải viên", 38, "hòa giải viên"), Q("21 người", 21, "người"), Q("46 vụ việc", 46, "vụ việc"),
 Q("42 vụ việc", 42, "vụ việc"), Q("91,3%", 91.3, "%"), Q("4 vụ việc", 4, "vụ việc"), Q("2.860 hộ dân", 2860, "hộ dân"),
 Q("48,6 triệu đồng", 48600000, "đồng"), Q("15 m2", 15, "m2"), Q("100%", 100, "%"), Q("3 tổ hòa giải", 3, "tổ hòa giải"),
 Q("7 hòa giải viên tiêu biểu", 7, "hòa giải viên tiêu biểu"), Q("500.000 đồng", 500000, "đồng"), Q("300.000 đồng", 300000, "đồng")],
[D("Kế hoạch", "27", "KH-UBND", "2021-03-02", "UBND phường", "Kế hoạch số 27/KH-UBND ngày 2/3/2021"),
 D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết chuyên đề số 04-NQ/ĐU"),
 D("Hướng dẫn", "11", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Hướng dẫn 11, 12/HD-MTTQ-BTT"),
 D("Hướng dẫn", "12", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Hướng dẫn 11, 12/HD-MTTQ-BTT"),
 D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 99-QĐ/TW")],
[prov("Hải Phòng"), com("Đông Hải 1")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG ĐÔNG HẢI 1 - QUẬN HẢI AN", "Trang chủ / Tin tức / Mặt trận - Đoàn thể",
 "Toàn cảnh hội nghị tổng kết tại hội trường UBND phường.", "đến tận nhà, nói đúng lúc, giữ kín chuyện riêng",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt truy cập: 215.408"],
["Ngày 16/12/2021 | 09:15", "năm 2021", "năm 2022", "tổ dân phố số 7", "tổ dân phố số 12", "Lượt truy cập: 215.408"]))

PAGES.append(page("b5464-kontum-nguoiuytin-taphuan-2022", """
BÁO KON TUM ĐIỆN TỬ
Chính trị » Dân tộc - Tôn giáo
30 tháng 6, 2022 | 17:45
Bồi dưỡng kỹ năng hòa giải, trợ giúp pháp lý cho người có uy tín
Ảnh: Già làng A Blưk chia sẻ kinh nghiệm hòa giải tại lớp học.
KT - Từ ngày 28 đến 30/6, Ban Dân vận Tỉnh ủy Kon Tum phối hợp với Sở Tư pháp và Ban Dân tộc tỉnh tổ chức lớp tập huấn kỹ năng hòa giải ở cơ sở và trợ giúp pháp lý năm 2022 cho 150 người có uy tín trong đồng bào dân tộc thiểu số ở các huyện Đăk Glei, Tu Mơ Rông, Kon Plông.
Khai mạc lớp học, đồng chí Y Ngọc, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh nhấn mạnh: người có uy tín là "cầu nối" giữa Đảng, chính quyền với đồng bào; nhiều mâu thuẫn trong làng được giải quyết ngay bên bếp lửa nhà rông nhờ lời nói của già làng.
Trong 3 ngày, các học viên được đồng chí A Tuấn, Phó Giám đốc Sở Tư pháp và đồng chí Nguyễn Thị Thanh Thủy, Phó Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy truyền đạt các chuyên đề: kỹ năng hòa giải theo Luật Hòa giải ở cơ sở năm 2013; quyền được trợ giúp pháp lý của người dân tộc thiểu số; chính sách đối với người có uy tín theo Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ; phòng, chống tảo hôn, hôn nhân cận huyết thống.
Theo Ban Dân tộc tỉnh, toàn tỉnh có 610 người có uy tín, trong đó 87 người là nữ. Năm 2021, người có uy tín đã tham gia hòa giải thành 326 vụ việc mâu thuẫn trong cộng đồng, vận động 1.240 hộ đồng bào tham gia các mô hình phát triển kinh tế, phát hiện và cung cấp 58 nguồn tin có giá trị cho lực lượng chức năng. Thực hiện Kế hoạch số 96-KH/TU ngày 15/2/2022 của Ban Thường vụ Tỉnh ủy, mỗi người có uy tín được hỗ trợ 2 số báo/tuần và thăm hỏi khi ốm đau với mức 1 triệu đồng/lần.
Tại lớp học, già làng A Blưk, người có uy tín làng Đăk Răng, xã Đăk Pék, kể lại việc hòa giải 2 gia đình tranh chấp gần 1 ha rẫy mì; bà Y Hiên, người có uy tín thôn Kon Tuông, xã Đăk Long, chia sẻ cách thuyết phục các gia đình không để con em tảo hôn. Các học viên cũng thảo luận tình huống hòa giải theo Hướng dẫn 07, 08-HD/BDVTU của Ban Dân vận Tỉnh ủy về phát huy vai trò người có uy tín.
Bế mạc lớp tập huấn, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: A Hưng, Lê Thị Mai trao giấy chứng nhận cho học viên. Mỗi học viên được hỗ trợ tiền ăn, tiền đi lại 450.000 đồng và một bộ tài liệu song ngữ Việt - Xơ Đăng. Tổng kinh phí lớp học khoảng 210 triệu đồng, từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Diệu Linh
Tin liên quan
- Kon Plông: 40 hòa giải viên được bồi dưỡng nghiệp vụ (14/06/2022)
- Trợ giúp pháp lý lưu động tại xã Mô Rai (02/06/2022)
- Ban Dân vận Tỉnh ủy gặp mặt người có uy tín tiêu biểu (20/05/2022)
""", "2022-06-30", "Bồi dưỡng kỹ năng hòa giải, trợ giúp pháp lý cho người có uy tín",
E("tap_huan", "2022", "2022-06-28"),
[P("Y Ngọc", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Tuấn", "Phó Giám đốc Sở Tư pháp"),
 P("Nguyễn Thị Thanh Thủy", "Phó Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("A Blưk", "Già làng", "người có uy tín làng Đăk Răng"),
 P("Y Hiên", "người có uy tín thôn Kon Tuông"),
 P("A Hưng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("150 người có uy tín", 150, "người có uy tín"), Q("610 người có uy tín", 610, "người có uy tín"), Q("87 người", 87, "người"),
 Q("326 vụ việc mâu thuẫn", 326, "vụ việc mâu thuẫn"), Q("1.240 hộ đồng bào", 1240, "hộ đồng bào"),
 Q("58 nguồn tin", 58, "nguồn tin"), Q("2 số báo", 2, "số báo"), Q("1 triệu đồng", 1000000, "đồng"), Q("2 gia đình", 2, "gia đình"),
 Q("gần 1 ha", 1, "ha", "approx"), Q("450.000 đồng", 450000, "đồng"), Q("khoảng 210 triệu đồng", 210000000, "đồng", "approx")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Kế hoạch", "96", "KH/TU", "2022-02-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 96-KH/TU ngày 15/2/2022"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 07, 08-HD/BDVTU"),
 D("Hướng dẫn", "08", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 07, 08-HD/BDVTU")],
[prov("Kon Tum"), com("Đăk Pék"), com("Đăk Long")],
["BÁO KON TUM ĐIỆN TỬ", "Chính trị » Dân tộc - Tôn giáo", "Ảnh: Già làng A Blưk chia sẻ kinh nghiệm hòa giải tại lớp học.",
 "KT", "cầu nối", "Luật Hòa giải ở cơ sở năm 2013", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["30 tháng 6, 2022 | 17:45", "năm 2022", "3 ngày", "Năm 2021", "một bộ tài liệu", "Luật Hòa giải ở cơ sở năm 2013"]))
