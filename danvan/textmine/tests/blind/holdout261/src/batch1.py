from lib import *
PAGES = []

PAGES.append(page("b6221-hochiminh-bdv-nguoihoa-tongket-2011", """
BAN DÂN VẬN THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH
Trang chủ » Hoạt động » Công tác dân tộc
Thứ Tư, 28/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
Tổng kết công tác vận động đồng bào người Hoa năm 2011
Ngày 26/12/2011, Ban Dân vận Thành ủy phối hợp Ban Dân tộc Thành phố Hồ Chí Minh tổ chức hội nghị tổng kết công tác vận động đồng bào người Hoa năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Lâm Quốc Thành, Thành ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy chủ trì hội nghị. Dự hội nghị có 215 đại biểu là đại diện ban quản trị 34 hội quán, 28 hội tương tế và các trường, bệnh viện của người Hoa.
Báo cáo do ông Trương Gia Hưng, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Thành ủy trình bày cho biết, thành phố hiện có khoảng 414.000 người Hoa, sống tập trung ở các quận 5, 6, 11 và Tân Bình. Năm 2011, Ban đã tham mưu Ban Thường vụ Thành ủy sơ kết 15 năm thực hiện Chỉ thị số 62-CT/TW ngày 8/11/1995 của Bộ Chính trị về tăng cường công tác người Hoa trong tình hình mới; đồng thời ban hành Kế hoạch 112, 113-KH/BDVTU của Ban Dân vận Thành ủy về vận động các hội quán tham gia xây dựng đời sống văn hóa ở khu dân cư.
Trong năm, các hội quán, hội tương tế đã vận động hơn 12,6 tỷ đồng cho công tác từ thiện, xã hội; trao 8.400 phần quà Tết cho hộ nghèo và cấp 1.250 suất học bổng cho học sinh người Hoa. Có 97% hộ gia đình người Hoa đạt danh hiệu gia đình văn hóa.
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân tộc Thành phố: Mạch Thiếu Hoa, Quách Văn Lợi trao đổi về chính sách hỗ trợ các trường dạy tiếng Hoa. Ông Diệp Chấn Phát, Trưởng ban quản trị Hội quán Nghĩa An, Quận 5, kiến nghị sớm hướng dẫn thủ tục trùng tu các hội quán là di tích kiến trúc nghệ thuật. Bà Lý Ngọc Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam Quận 11, chia sẻ kinh nghiệm phối hợp với 9 hội tương tế tổ chức Tết Nguyên tiêu an toàn, tiết kiệm.
Phát biểu kết luận, đồng chí Lâm Quốc Thành đề nghị năm 2012 tiếp tục thực hiện Kết luận số 07-KL/TU ngày 14/4/2011 của Thành ủy về công tác dân tộc, phát huy vai trò người có uy tín trong cộng đồng người Hoa; vận động các hội quán hưởng ứng cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; không để các đối tượng xấu lợi dụng sinh hoạt tín ngưỡng tại hội quán.
Dịp này, Ban Dân vận Thành ủy tặng giấy khen cho 16 tập thể và 24 cá nhân tiêu biểu trong công tác vận động đồng bào người Hoa năm 2011.
Gia Minh
Lượt xem: 1.204
Tin liên quan
- Quận 6: gặp mặt ban quản trị các hội quán nhân dịp Trung thu (12/09/2011)
- Hội tương tế Ôn Lăng trao 200 suất học bổng (28/08/2011)
- Tập huấn công tác dân tộc cho cán bộ phường (15/07/2011)
- Quận 11 ra mắt mô hình "Khu phố người Hoa văn minh" (03/06/2011)
""", "2011-12-28", "Tổng kết công tác vận động đồng bào người Hoa năm 2011",
E("tong_ket", "2011", "2011-12-26"),
[P("Lâm Quốc Thành", "Thành ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy"),
 P("Trương Gia Hưng", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Thành ủy"),
 P("Mạch Thiếu Hoa", "Phó Trưởng Ban Dân tộc Thành phố"),
 P("Quách Văn Lợi", "Phó Trưởng Ban Dân tộc Thành phố"),
 P("Diệp Chấn Phát", "Trưởng ban quản trị Hội quán Nghĩa An"),
 P("Lý Ngọc Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam Quận 11")],
[Q("215 đại biểu", 215, "đại biểu"), Q("34 hội quán", 34, "hội quán"), Q("28 hội tương tế", 28, "hội tương tế"),
 Q("khoảng 414.000 người Hoa", 414000, "người Hoa", "approx"), Q("hơn 12,6 tỷ đồng", 12600000000, "đồng", "over"),
 Q("8.400 phần quà", 8400, "phần quà"), Q("1.250 suất học bổng", 1250, "suất học bổng"), Q("97%", 97, "%"),
 Q("9 hội tương tế", 9, "hội tương tế"), Q("16 tập thể", 16, "tập thể"), Q("24 cá nhân tiêu biểu", 24, "cá nhân tiêu biểu")],
[D("Chỉ thị", "62", "CT/TW", "1995-11-08", "Bộ Chính trị", "Chỉ thị số 62-CT/TW ngày 8/11/1995"),
 D("Kế hoạch", "112", "KH/BDVTU", None, "Ban Dân vận Thành ủy", "Kế hoạch 112, 113-KH/BDVTU"),
 D("Kế hoạch", "113", "KH/BDVTU", None, "Ban Dân vận Thành ủy", "Kế hoạch 112, 113-KH/BDVTU"),
 D("Kết luận", "07", "KL/TU", "2011-04-14", "Thành ủy", "Kết luận số 07-KL/TU ngày 14/4/2011")],
[prov("Hồ Chí Minh")],
["BAN DÂN VẬN THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH", "Trang chủ » Hoạt động » Công tác dân tộc", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Hội quán Nghĩa An", "Tết Nguyên tiêu", "Lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 09:30", "15 năm", "năm 2011", "năm 2012", "Quận 11", "Lượt xem: 1.204"]))

PAGES.append(page("b6222-soctrang-bdv-nguoihoa-soket-2012", """
Báo Sóc Trăng Online - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sóc Trăng
Chính trị > Dân tộc - Tôn giáo
Cập nhật: 10:12, 14/07/2012 (GMT+7)
Đồng bào Hoa đóng góp hơn 3 tỷ đồng xây dựng nông thôn mới
(STO) - Ngày 12/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác vận động đồng bào Hoa 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Sơn Thị Chanh Đa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Toàn cảnh hội nghị. Ảnh: Kim Hoàng
Sóc Trăng hiện có khoảng 64.000 người Hoa, chiếm 4,9% dân số, phần lớn là người Triều Châu, sống xen cư với đồng bào Kinh, Khmer. Toàn tỉnh có 42 hội quán, chùa Ông Bổn do ban quản trị người Hoa quản lý. Thực hiện Chỉ thị 62-CT/TW của Bộ Chính trị và Kế hoạch số 27-KH/BDVTU ngày 3/2/2012 của Ban Dân vận Tỉnh ủy, 6 tháng qua các ngành đã phối hợp hướng dẫn ban quản trị hội quán tổ chức lễ vía an toàn, đúng quy định.
Theo báo cáo, đồng bào Hoa đã đóng góp hơn 3 tỷ đồng, hiến 6.300 m2 đất làm đường giao thông nông thôn; các hội quán trao 1.560 phần quà trị giá 390 triệu đồng cho hộ nghèo, xây 17 căn nhà đại đoàn kết. Ngành giáo dục duy trì 26 lớp dạy chữ Hoa với 1.130 học sinh. Ban Dân vận Tỉnh ủy ban hành Hướng dẫn 05, 06-HD/BDVTU về củng cố tổ dân vận ở các ấp có đông đồng bào Hoa, Khmer.
Thảo luận tại hội nghị, các đồng chí Phó Trưởng Ban Dân tộc tỉnh: Kim Sô Phol, Hứa Minh Khải nêu khó khăn trong việc dạy tiếng Hoa do thiếu giáo viên. Ông Huỳnh Chấn Vinh, Trưởng ban quản trị chùa Ông Bổn phường Khánh Hòa, thị xã Vĩnh Châu, kiến nghị hỗ trợ trùng tu hội quán đã xuống cấp. Bà Lý Thị Sa Phia, Chủ tịch Hội LHPN xã Lai Hòa, giới thiệu mô hình tổ phụ nữ Hoa - Khmer tiết kiệm vốn.
Phát biểu kết luận, đồng chí Sơn Thị Chanh Đa yêu cầu 6 tháng cuối năm tiếp tục thực hiện Nghị quyết số 04-NQ/TU ngày 20/5/2011 của Tỉnh ủy về công tác dân tộc; phát huy vai trò người có uy tín, ban quản trị hội quán trong vận động đồng bào Hoa tham gia phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Đồng chí giao Phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy theo dõi tình hình, tham mưu gặp mặt 35 đồng chí là cán bộ cốt cán người Hoa vào dịp Trung thu.
Hội nghị cũng nghe ông Tạ Minh Đức, Phó Trưởng Ban Dân vận Tỉnh ủy, thông qua kế hoạch khảo sát tình hình hoạt động của các hội quán ở thị trấn Mỹ Xuyên.
Kim Hoàng
Tin liên quan
- Vĩnh Châu: hội quán Triều Châu trao 150 phần quà (02/07/2012)
- Ngã Năm họp mặt người có uy tín trong đồng bào Hoa (18/06/2012)
- Hội tương tế người Hoa xây nhà tình thương ở Mỹ Tú (05/06/2012)
- Lễ hội Nghinh Ông Nam Hải có hàng nghìn người dự (21/05/2012)
""", "2012-07-14", "Đồng bào Hoa đóng góp hơn 3 tỷ đồng xây dựng nông thôn mới",
E("so_ket", "2012-H1", "2012-07-12"),
[P("Sơn Thị Chanh Đa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kim Sô Phol", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Hứa Minh Khải", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Huỳnh Chấn Vinh", "Trưởng ban quản trị chùa Ông Bổn phường Khánh Hòa"),
 P("Lý Thị Sa Phia", "Chủ tịch Hội LHPN xã Lai Hòa"),
 P("Tạ Minh Đức", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("khoảng 64.000 người Hoa", 64000, "người Hoa", "approx"), Q("4,9%", 4.9, "%"), Q("42 hội quán, chùa Ông Bổn", 42, "hội quán, chùa Ông Bổn"),
 Q("hơn 3 tỷ đồng", 3000000000, "đồng", "over"), Q("6.300 m2", 6300, "m2"), Q("1.560 phần quà", 1560, "phần quà"),
 Q("390 triệu đồng", 390000000, "đồng"), Q("17 căn nhà đại đoàn kết", 17, "căn nhà đại đoàn kết"),
 Q("26 lớp dạy chữ Hoa", 26, "lớp dạy chữ Hoa"), Q("1.130 học sinh", 1130, "học sinh"), Q("35 đồng chí", 35, "đồng chí")],
[D("Chỉ thị", "62", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 62-CT/TW"),
 D("Kế hoạch", "27", "KH/BDVTU", "2012-02-03", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 27-KH/BDVTU ngày 3/2/2012"),
 D("Hướng dẫn", "05", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 05, 06-HD/BDVTU"),
 D("Hướng dẫn", "06", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 05, 06-HD/BDVTU"),
 D("Nghị quyết", "04", "NQ/TU", "2011-05-20", "Tỉnh ủy", "Nghị quyết số 04-NQ/TU ngày 20/5/2011")],
[prov("Sóc Trăng"), com("Khánh Hòa"), com("Lai Hòa"), com("Mỹ Xuyên")],
["Báo Sóc Trăng Online - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sóc Trăng", "Chính trị > Dân tộc - Tôn giáo",
 "Toàn cảnh hội nghị. Ảnh: Kim Hoàng", "(STO)", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "chùa Ông Bổn"],
["Cập nhật: 10:12, 14/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "35 đồng chí"]))

PAGES.append(page("b6223-quangninh-mongcai-bdv-hoinghi-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ MÓNG CÁI
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Dân tộc
08:15 | 20/09/2013
Các đại biểu dự hội nghị chụp ảnh lưu niệm.
Móng Cái gặp mặt người có uy tín trong đồng bào Hoa, Sán Dìu năm 2013
Ngày 19/9/2013, Ban Dân vận Thành ủy Móng Cái phối hợp với Ủy ban MTTQ Việt Nam thành phố tổ chức hội nghị gặp mặt người có uy tín, người Hoa tiêu biểu năm 2013. Dự hội nghị có đồng chí Vi Thị Nhàn, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Thành ủy Móng Cái; đồng chí Phùn Văn Lộc, Phó Chủ tịch HĐND thành phố cùng 127 đại biểu, trong đó có 58 người có uy tín.
Móng Cái (Quảng Ninh) hiện có khoảng 2.700 người Hoa và trên 3.100 người Sán Dìu, sống tập trung ở các phường Hòa Lạc, Trần Phú và xã Hải Sơn. Thực hiện Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ về chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, năm 2013 thành phố đã cấp báo, tạp chí, thăm hỏi và tặng quà cho người có uy tín với kinh phí 214 triệu đồng.
Người có uy tín đã tham gia hòa giải thành 19 vụ việc mâu thuẫn trong khu dân cư, vận động 46 hộ hiến 4.200 m2 đất làm đường, góp phần để 98% hộ đồng bào Hoa, Sán Dìu đạt gia đình văn hóa. Các ông Lưu Tắc Sìn, Tằng Mằn Sáng - Trưởng khu phố 3 phường Hòa Lạc, và ông Lỷ Văn Sáng, người có uy tín thôn Thác Hàn, xã Hải Sơn, được đánh giá là những điển hình.
Tại hội nghị, ông Lưu Tắc Sìn phản ánh việc đi lại, buôn bán qua cửa khẩu của bà con còn khó khăn; bà Đặng Thị Slam, Bí thư Chi bộ thôn Pò Hèn, đề nghị tiếp tục hỗ trợ giống cây quế, cây keo cho các hộ Sán Dìu. Đồng chí Phùn Văn Lộc trả lời và ghi nhận các kiến nghị.
Phát biểu tại hội nghị, đồng chí Vi Thị Nhàn đề nghị người có uy tín tiếp tục tuyên truyền Chỉ thị 21, 22-CT/ThU của Ban Thường vụ Thành ủy về bảo vệ chủ quyền biên giới và phòng chống buôn lậu; phát huy vai trò cầu nối giữa cấp ủy, chính quyền với nhân dân. Mỗi đại biểu được tặng 1 phần quà trị giá 500.000 đồng.
Năm 2013, Ban Dân vận Thành ủy đã chỉ đạo 17 xã, phường củng cố tổ dân vận, tổ hòa giải ở các khu phố có đông người Hoa; phối hợp với Đồn Biên phòng cửa khẩu quốc tế tổ chức 6 buổi họp dân, tuyên truyền pháp luật về biên giới cho trên 400 lượt người.
Dịp này, UBND thành phố tặng giấy khen cho 15 người có uy tín tiêu biểu năm 2013.
Hải Yến (TTTT Móng Cái)
Tin liên quan
- Phường Trần Phú ra quân vệ sinh môi trường (16/09/2013)
- Móng Cái: 2 xã đạt chuẩn nông thôn mới (10/09/2013)
- Hội nghị giao ban khối dân vận quý III (05/09/2013)
- Gặp mặt già làng, trưởng bản khu vực biên giới (28/08/2013)
""", "2013-09-20", "Móng Cái gặp mặt người có uy tín trong đồng bào Hoa, Sán Dìu năm 2013",
E("hoi_nghi", "2013", "2013-09-19"),
[P("Vi Thị Nhàn", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Thành ủy Móng Cái"),
 P("Phùn Văn Lộc", "Phó Chủ tịch HĐND thành phố"),
 P("Lưu Tắc Sìn", "Trưởng khu phố 3 phường Hòa Lạc"),
 P("Tằng Mằn Sáng", "Trưởng khu phố 3 phường Hòa Lạc"),
 P("Lỷ Văn Sáng", "người có uy tín thôn Thác Hàn"),
 P("Đặng Thị Slam", "Bí thư Chi bộ thôn Pò Hèn")],
[Q("127 đại biểu", 127, "đại biểu"), Q("58 người có uy tín", 58, "người có uy tín"),
 Q("khoảng 2.700 người Hoa", 2700, "người Hoa", "approx"), Q("trên 3.100 người Sán Dìu", 3100, "người Sán Dìu", "over"),
 Q("214 triệu đồng", 214000000, "đồng"), Q("19 vụ việc mâu thuẫn", 19, "vụ việc mâu thuẫn"), Q("46 hộ", 46, "hộ"),
 Q("4.200 m2", 4200, "m2"), Q("98%", 98, "%"), Q("500.000 đồng", 500000, "đồng"),
 Q("17 xã, phường", 17, "xã, phường"), Q("6 buổi họp dân", 6, "buổi họp dân"), Q("trên 400 lượt người", 400, "lượt người", "over"),
 Q("15 người có uy tín tiêu biểu", 15, "người có uy tín tiêu biểu")],
[D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011"),
 D("Chỉ thị", "21", "CT/ThU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 21, 22-CT/ThU"),
 D("Chỉ thị", "22", "CT/ThU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 21, 22-CT/ThU")],
[prov("Quảng Ninh"), com("Hòa Lạc"), com("Trần Phú"), com("Hải Sơn")],
["CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ MÓNG CÁI", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Dân tộc",
 "Các đại biểu dự hội nghị chụp ảnh lưu niệm."],
["08:15 | 20/09/2013", "năm 2013", "1 phần quà", "khu phố 3"]))

PAGES.append(page("b6224-quangnam-hoian-hoiquan-traoqua-2014", """
Báo Quảng Nam điện tử
Trang chủ > Xã hội > Dân tộc - Tôn giáo
Thứ Sáu, 24/01/2014 - 16:20
Hội An: Trao 320 suất quà Tết cho người Hoa khó khăn
(QNO) - Chiều 23/1, tại Hội quán Phúc Kiến (phường Minh An), UBND thành phố Hội An phối hợp với Ban Liên lạc người Hoa thành phố trao 320 suất quà Tết cho người Hoa có hoàn cảnh khó khăn, người cao tuổi neo đơn trên địa bàn.
Ông Trương Kiến Quang trao quà cho người cao tuổi. Ảnh: Văn Lực
Đến dự có bà Nguyễn Thị Hồng Vân, Phó Chủ tịch UBND thành phố Hội An; ông Phan Đình Hiếu, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố và đại diện ban trị sự 5 hội quán Phúc Kiến, Quảng Triệu, Triều Châu, Hải Nam, Trung Hoa.
Mỗi suất quà gồm tiền mặt và nhu yếu phẩm, trị giá 400.000 đồng; tổng trị giá 128 triệu đồng, do các hội quán, bà con người Hoa trong và ngoài nước đóng góp. Trong số người nhận có 67 hộ nghèo, hộ cận nghèo và 43 người cao tuổi sống một mình.
Theo ông Trương Kiến Quang, Trưởng ban trị sự Hội quán Phúc Kiến, Hội An hiện có khoảng 1.400 người Hoa, phần lớn sống ở các phường Minh An, Cẩm Phô. Những năm qua, các hội quán không chỉ là nơi sinh hoạt tín ngưỡng, gìn giữ văn hóa của cộng đồng mà còn là điểm tham quan thu hút hơn 1,2 triệu lượt khách mỗi năm. Năm 2013, các hội quán đã đóng góp trên 650 triệu đồng cho quỹ "Vì người nghèo" và các hoạt động xã hội ở địa phương.
Các ông Hoàng Chí Thành, Khổng Vĩnh Lạc - Phó Trưởng Ban Liên lạc người Hoa thành phố cho biết, thực hiện Kế hoạch số 14/KH-UBND ngày 6/1/2014 của UBND thành phố về tổ chức Tết Giáp Ngọ, năm nay Ban Liên lạc vận động thêm 12 nhà hảo tâm, nâng số suất quà tăng 60 suất so với năm trước.
Phát biểu tại buổi trao quà, bà Nguyễn Thị Hồng Vân ghi nhận sự đóng góp của cộng đồng người Hoa vào sự phát triển của đô thị cổ; đề nghị các ban trị sự hội quán tiếp tục thực hiện tốt Chỉ thị 62-CT/TW của Bộ Chính trị về công tác người Hoa và Quyết định số 3205/QĐ-UBND ngày 12/10/2012 của UBND tỉnh Quảng Nam về quản lý, bảo tồn di tích trong khu phố cổ; giữ gìn an ninh trật tự trong dịp Tết Nguyên tiêu.
Bà Tăng Thị Mỹ Lệ, 82 tuổi, ở khối phố 2, phường Cẩm Phô, xúc động cho biết nhiều năm liền bà nhận quà của hội quán trước Tết. Năm nay, Ban trị sự Hội quán Quảng Triệu còn tặng thêm 20 chăn ấm cho các cụ trên 80 tuổi.
Dịp này, Ủy ban MTTQ Việt Nam phường Cẩm Phô cũng trao 35 suất quà, mỗi suất 300.000 đồng, cho hộ người Hoa khó khăn ở khối phố 2.
Văn Lực
Tin liên quan
- Hội An: tổ chức Tết Nguyên tiêu tại các hội quán (15/02/2013)
- Khởi công trùng tu Hội quán Quảng Triệu (08/11/2013)
- Phố cổ đón 1 triệu lượt khách (30/12/2013)
- Duy Xuyên trao quà Tết cho hộ nghèo (20/01/2014)
""", "2014-01-24", "Hội An: Trao 320 suất quà Tết cho người Hoa khó khăn",
E("trao_qua", None, "2014-01-23"),
[P("Trương Kiến Quang", "Trưởng ban trị sự Hội quán Phúc Kiến"),
 P("Nguyễn Thị Hồng Vân", "Phó Chủ tịch UBND thành phố Hội An"),
 P("Phan Đình Hiếu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Hoàng Chí Thành", "Phó Trưởng Ban Liên lạc người Hoa thành phố"),
 P("Khổng Vĩnh Lạc", "Phó Trưởng Ban Liên lạc người Hoa thành phố"),
 P("Tăng Thị Mỹ Lệ")],
[Q("320 suất quà", 320, "suất quà"), Q("5 hội quán", 5, "hội quán"), Q("400.000 đồng", 400000, "đồng"),
 Q("128 triệu đồng", 128000000, "đồng"), Q("67 hộ nghèo, hộ cận nghèo", 67, "hộ nghèo, hộ cận nghèo"),
 Q("43 người cao tuổi", 43, "người cao tuổi"), Q("khoảng 1.400 người Hoa", 1400, "người Hoa", "approx"),
 Q("hơn 1,2 triệu lượt khách", 1200000, "lượt khách", "over"), Q("trên 650 triệu đồng", 650000000, "đồng", "over"),
 Q("12 nhà hảo tâm", 12, "nhà hảo tâm"), Q("60 suất", 60, "suất"), Q("20 chăn ấm", 20, "chăn ấm"), Q("35 suất quà", 35, "suất quà"),
 Q("300.000 đồng", 300000, "đồng")],
[D("Kế hoạch", "14", "KH-UBND", "2014-01-06", "UBND thành phố", "Kế hoạch số 14/KH-UBND ngày 6/1/2014"),
 D("Chỉ thị", "62", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 62-CT/TW"),
 D("Quyết định", "3205", "QĐ-UBND", "2012-10-12", "UBND tỉnh Quảng Nam", "Quyết định số 3205/QĐ-UBND ngày 12/10/2012")],
[prov("Quảng Nam"), com("Minh An"), com("Cẩm Phô")],
["Báo Quảng Nam điện tử", "Trang chủ > Xã hội > Dân tộc - Tôn giáo", "Ông Trương Kiến Quang trao quà cho người cao tuổi. Ảnh: Văn Lực",
 "(QNO)", "Vì người nghèo", "Hội quán Phúc Kiến", "Tết Giáp Ngọ"],
["Thứ Sáu, 24/01/2014 - 16:20", "Năm 2013", "khối phố 2", "82 tuổi", "trên 80 tuổi"]))

PAGES.append(page("b6225-daklak-hoinguoihoa-daihoi-2015", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Chính trị - Xã hội | Mặt trận - Đoàn thể
18-10-2015 09:40
Đại hội đại biểu Hội người Hoa thành phố Buôn Ma Thuột lần thứ III
Ngày 17/10/2015, Hội người Hoa thành phố Buôn Ma Thuột tổ chức Đại hội đại biểu lần thứ III, nhiệm kỳ 2015 - 2020. Dự đại hội có đồng chí Y Thuăn Mlô, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; bà H'Yim Ktla, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cùng 97 đại biểu đại diện cho hơn 1.850 hội viên.
Đồng chí Y Thuăn Mlô tặng hoa chúc mừng Ban Chấp hành khóa mới.
Nhiệm kỳ 2010 - 2015, Hội đã phát triển thêm 240 hội viên mới, duy trì sinh hoạt ở 13 chi hội tại các phường Thắng Lợi, Tân Lợi, Tân Thành. Hoạt động theo điều lệ được phê duyệt tại Quyết định số 1258/QĐ-UBND ngày 5/6/2010 của UBND tỉnh và Nghị định số 45/2010/NĐ-CP của Chính phủ về tổ chức, hoạt động và quản lý hội, Hội đã vận động hội viên đóng góp 560 triệu đồng xây dựng quỹ khuyến học, trao 420 suất học bổng cho con em người Hoa và hỗ trợ 6 căn nhà tình nghĩa, mỗi căn 40 triệu đồng. 100% gia đình hội viên đạt danh hiệu gia đình văn hóa; khoảng 70% hội viên tham gia các mô hình kinh doanh, dịch vụ có thu nhập ổn định.
Theo Ban Dân vận Tỉnh ủy, tỉnh Đắk Lắk hiện có khoảng 5.600 người Hoa, sống chủ yếu ở thành phố Buôn Ma Thuột và các huyện Krông Pắc, Ea Kar. Hội người Hoa thành phố được thành lập từ năm 2005, là tổ chức xã hội đầu tiên của đồng bào Hoa ở khu vực Tây Nguyên.
Phát biểu chỉ đạo, đồng chí Y Thuăn Mlô đề nghị Hội tiếp tục quán triệt Chỉ thị 62-CT/TW của Bộ Chính trị về công tác người Hoa, Nghị quyết 04, 05-NQ/TU của Ban Thường vụ Tỉnh ủy về công tác dân tộc và dân vận; vận động hội viên giữ gìn bản sắc văn hóa, tham gia cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam"; tích cực cùng đồng bào Êđê, M'nông xây dựng buôn, tổ dân phố văn minh.
Đại hội đã bầu Ban Chấp hành khóa III gồm 15 ủy viên. Ông Quách Tuấn Minh được tín nhiệm giữ chức Chủ tịch Hội người Hoa thành phố khóa III; các ông Lưu Hòa Bình, Ngô Kim Sinh được bầu làm Phó Chủ tịch Hội. Bà Y Bhin Niê, Chủ tịch Ủy ban MTTQ Việt Nam phường Tân Lợi, được mời tham gia Ban Cố vấn.
Phát biểu nhận nhiệm vụ, ông Quách Tuấn Minh cho biết nhiệm kỳ tới Hội phấn đấu mỗi năm kết nạp ít nhất 50 hội viên mới, vận động trên 1 tỷ đồng cho quỹ khuyến học và an sinh xã hội.
Bài, ảnh: Thúy Hồng
Tin liên quan
- Hội người Hoa tỉnh tổ chức vui Tết Trung thu cho thiếu nhi (28/09/2015)
- Tặng 200 suất quà cho đồng bào Êđê ở Cư M'gar (12/09/2015)
- Đại hội Hội Cựu chiến binh thành phố Buôn Ma Thuột (25/08/2015)
- Phường Tân Lợi ra mắt tổ tự quản người Hoa (10/07/2015)
""", "2015-10-18", "Đại hội đại biểu Hội người Hoa thành phố Buôn Ma Thuột lần thứ III",
E("dai_hoi", None, "2015-10-17"),
[P("Y Thuăn Mlô", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Yim Ktla", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quách Tuấn Minh", "Chủ tịch Hội người Hoa thành phố khóa III"),
 P("Lưu Hòa Bình", "Phó Chủ tịch Hội"),
 P("Ngô Kim Sinh", "Phó Chủ tịch Hội"),
 P("Y Bhin Niê", "Chủ tịch Ủy ban MTTQ Việt Nam phường Tân Lợi")],
[Q("97 đại biểu", 97, "đại biểu"), Q("hơn 1.850 hội viên", 1850, "hội viên", "over"), Q("khoảng 5.600 người Hoa", 5600, "người Hoa", "approx"), Q("240 hội viên mới", 240, "hội viên mới"),
 Q("13 chi hội", 13, "chi hội"), Q("560 triệu đồng", 560000000, "đồng"), Q("420 suất học bổng", 420, "suất học bổng"),
 Q("6 căn nhà tình nghĩa", 6, "căn nhà tình nghĩa"), Q("40 triệu đồng", 40000000, "đồng"), Q("100%", 100, "%"),
 Q("khoảng 70%", 70, "%", "approx"), Q("15 ủy viên", 15, "ủy viên"), Q("ít nhất 50 hội viên mới", 50, "hội viên mới", "over"),
 Q("trên 1 tỷ đồng", 1000000000, "đồng", "over")],
[D("Quyết định", "1258", "QĐ-UBND", "2010-06-05", "UBND tỉnh", "Quyết định số 1258/QĐ-UBND ngày 5/6/2010"),
 D("Nghị định", "45", "2010/NĐ-CP", None, "Chính phủ", "Nghị định số 45/2010/NĐ-CP"),
 D("Chỉ thị", "62", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 62-CT/TW"),
 D("Nghị quyết", "04", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 04, 05-NQ/TU"),
 D("Nghị quyết", "05", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 04, 05-NQ/TU")],
[prov("Đắk Lắk"), com("Thắng Lợi"), com("Tân Lợi"), com("Tân Thành")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Chính trị - Xã hội | Mặt trận - Đoàn thể", "Đồng chí Y Thuăn Mlô tặng hoa chúc mừng Ban Chấp hành khóa mới.",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam"],
["18-10-2015 09:40", "lần thứ III", "nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2010 - 2015", "khóa III"]))

PAGES.append(page("b6226-kiengiang-bdv-nguoihoa-giaoban-2016", """
BAN DÂN VẬN TỈNH ỦY KIÊN GIANG
Vị trí: Trang chủ :: Tin tức :: Hoạt động của Ban
Ngày đăng 07/10/2016 | 14:20
Quang cảnh buổi giao ban.
Nắm chắc tình hình trong đồng bào Hoa, Khmer
Ngày 5/10/2016, Ban Dân vận Tỉnh ủy Kiên Giang tổ chức giao ban công tác vận động đồng bào dân tộc quý III năm 2016 với Ban Dân tộc tỉnh, Ban Liên lạc người Hoa và Hội Đoàn kết sư sãi yêu nước tỉnh. Đồng chí Châu Văn Hiếu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, quý III, tình hình đồng bào Hoa, Khmer ổn định; các hội quán, miếu người Hoa ở thành phố Rạch Giá và thị xã Hà Tiên tổ chức lễ vía, Trung thu đúng quy định. Toàn tỉnh hiện có 27 hội quán, miếu do ban quản trị người Hoa quản lý. Trong quý, các hội quán vận động hơn 1,8 tỷ đồng làm từ thiện, khám bệnh, cấp thuốc miễn phí cho 2.140 lượt người; giải quyết 3 vụ việc tranh chấp đất ở phường Vĩnh Thanh Vân, đạt tỷ lệ hòa giải thành 92,5% trong 9 tháng.
Ban Dân vận Tỉnh ủy đã triển khai Kế hoạch 58, 59-KH/BDVTU về khảo sát tình hình tư tưởng đồng bào Hoa và về tuyên truyền Chỉ thị 62-CT/TW của Bộ Chính trị; phối hợp với UBND tỉnh kiểm tra việc thực hiện Quyết định số 2561/QĐ-UBND ngày 14/11/2015 của UBND tỉnh về hỗ trợ trùng tu các cơ sở tín ngưỡng.
Tại buổi giao ban, bà Thạch Thị Sa Khương, Phó Trưởng Ban Dân tộc tỉnh, cho biết đã cấp 1.300 thẻ bảo hiểm y tế cho người Hoa, người Khmer thuộc hộ cận nghèo. Ông Hồ Cẩm Linh, Trưởng Ban Liên lạc người Hoa thành phố Rạch Giá, đề nghị tháo gỡ vướng mắc về đất của Hội quán Quỳnh Phủ. Đồng chí Danh Chí Hùng, HUV, Trưởng Ban Dân vận Huyện ủy Châu Thành, báo cáo kết quả vận động 85 hộ hiến đất mở rộng lộ nông thôn ở xã Bình An.
Kết luận buổi giao ban, đồng chí Châu Văn Hiếu yêu cầu quý IV các ngành bám sát cơ sở, chủ động nắm tình hình dịp Tết Nguyên đán; phối hợp tổ chức gặp mặt 150 người có uy tín là người Hoa, Khmer; hoàn thành tổng kết 10 năm công tác vận động đồng bào Hoa trước ngày 15/12.
Cũng trong quý, Ban Liên lạc người Hoa tỉnh phối hợp tổ chức 4 lớp tập huấn về pháp luật cho 180 thành viên ban quản trị các hội quán; hỗ trợ 25 hộ khó khăn là người Hoa ở phường Vĩnh Thanh Vân sửa chữa nhà ở, mỗi hộ 10 triệu đồng.
Ông Mạc Tuấn Kiệt, Ủy viên Ban Liên lạc người Hoa tỉnh, phường Pháo Đài, thị xã Hà Tiên, cũng báo cáo việc tu bổ đền thờ họ Mạc.
Ngọc Bích
Tin liên quan
- Gặp mặt chức sắc, chức việc các tôn giáo quý III (28/09/2016)
- Hà Tiên: trao 100 suất học bổng cho học sinh người Hoa (15/09/2016)
- Giao ban khối dân vận tháng 8 (30/08/2016)
- Rạch Giá tổ chức lễ hội Trung thu cho thiếu nhi (12/09/2016)
""", "2016-10-07", "Nắm chắc tình hình trong đồng bào Hoa, Khmer",
E("giao_ban", "2016-Q3", "2016-10-05"),
[P("Châu Văn Hiếu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Thị Sa Khương", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Hồ Cẩm Linh", "Trưởng Ban Liên lạc người Hoa thành phố Rạch Giá"),
 P("Danh Chí Hùng", "HUV", "Trưởng Ban Dân vận Huyện ủy Châu Thành"),
 P("Mạc Tuấn Kiệt", "Ủy viên Ban Liên lạc người Hoa tỉnh")],
[Q("27 hội quán, miếu", 27, "hội quán, miếu"), Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"),
 Q("2.140 lượt người", 2140, "lượt người"), Q("3 vụ việc tranh chấp đất", 3, "vụ việc tranh chấp đất"),
 Q("92,5%", 92.5, "%"), Q("1.300 thẻ bảo hiểm y tế", 1300, "thẻ bảo hiểm y tế"), Q("85 hộ", 85, "hộ"),
 Q("150 người có uy tín", 150, "người có uy tín"),
 Q("4 lớp tập huấn", 4, "lớp tập huấn"), Q("180 thành viên ban quản trị", 180, "thành viên ban quản trị"), Q("25 hộ khó khăn", 25, "hộ khó khăn"), Q("10 triệu đồng", 10000000, "đồng")],
[D("Kế hoạch", "58", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 58, 59-KH/BDVTU"),
 D("Kế hoạch", "59", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 58, 59-KH/BDVTU"),
 D("Chỉ thị", "62", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 62-CT/TW"),
 D("Quyết định", "2561", "QĐ-UBND", "2015-11-14", "UBND tỉnh", "Quyết định số 2561/QĐ-UBND ngày 14/11/2015")],
[prov("Kiên Giang"), com("Vĩnh Thanh Vân"), com("Bình An"), com("Pháo Đài")],
["BAN DÂN VẬN TỈNH ỦY KIÊN GIANG", "Vị trí: Trang chủ :: Tin tức :: Hoạt động của Ban", "Quang cảnh buổi giao ban.",
 "Hội quán Quỳnh Phủ", "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["Ngày đăng 07/10/2016 | 14:20", "quý III năm 2016", "quý IV", "10 năm", "9 tháng"]))
