from lib import *
PAGES = []

PAGES.append(page("b4253-soctrang-cholchnamthmay-2011", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ » Hoạt động » Công tác dân tộc - tôn giáo
Thứ Ba, 12/04/2011 - 09:30
Ảnh: Đoàn thăm, chúc Tết tại chùa Som Rông.
Sóc Trăng: Thăm, chúc Tết Chôl Chnăm Thmây tại 26 chùa Khmer
Nhân dịp Tết cổ truyền Chôl Chnăm Thmây năm 2011 của đồng bào Khmer, từ ngày 08 đến 11/4/2011, Ban Dân vận Tỉnh ủy phối hợp Ban Dân tộc tỉnh và Ủy ban MTTQ Việt Nam tỉnh tổ chức 3 đoàn đi thăm, chúc Tết và tặng quà tại 26 chùa Khmer, 14 Ban quản trị chùa và gia đình 48 người có uy tín trong đồng bào Khmer.
Đoàn thứ nhất do đồng chí Thạch Chanh Đa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn; hai đoàn còn lại do các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Trần Văn Lũy, Danh Thị Sóc Phi dẫn đầu. Mỗi chùa được tặng 2 triệu đồng, mỗi người có uy tín nhận 1 phần quà trị giá 300.000 đồng; tổng trị giá quà trên 110 triệu đồng.
Đồng chí Thạch Chanh Đa phát biểu chúc Tết tại chùa Som Rông.
Tại chùa Som Rông, Hòa thượng Thạch Sươl, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Som Rông, thay mặt sư sãi cảm ơn sự quan tâm của Tỉnh ủy, UBND tỉnh. Hòa thượng cho biết năm qua nhà chùa đã phối hợp chính quyền mở 4 lớp dạy chữ Khmer hè cho hơn 220 học sinh, vận động bà con đóng góp gần 900 triệu đồng sửa đường vào phum, sóc.
Đồng chí Thạch Chanh Đa ghi nhận đóng góp của sư sãi, Achar và Ban quản trị các chùa trong thực hiện Chỉ thị 68-CT/TW ngày 18/4/1991 của Ban Bí thư (khóa VI) về công tác ở vùng đồng bào dân tộc Khmer và Chỉ thị số 06-CT/TU ngày 15/3/2011 của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động đồng bào Khmer. Đồng chí đề nghị các chùa tiếp tục tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước, nhất là chế độ đối với người có uy tín theo Quyết định 18/2011/QĐ-TTg của Thủ tướng Chính phủ; không để kẻ xấu lợi dụng dịp lễ, Tết kích động, chia rẽ khối đại đoàn kết.
Tại xã Thạnh Tân, ông Tăng Văn Phol, Trưởng Ban quản trị chùa Bưng Tum, bày tỏ phấn khởi vì năm 2010 trong ấp có 37 hộ Khmer thoát nghèo. Đại đức Kim Sa Ráth, Phó trụ trì chùa Chén Kiểu, xã Lịch Hội Thượng, mong muốn tỉnh hỗ trợ thêm kinh phí tu sửa sala.
Theo Ban Dân vận Tỉnh ủy, toàn tỉnh hiện có 92 chùa Phật giáo Nam tông Khmer với trên 350.000 đồng bào Khmer, chiếm 30,7% dân số. Năm 2010, khối dân vận đã phối hợp vận động xây dựng 615 căn nhà Đại đoàn kết và nâng tỷ lệ hộ nghèo Khmer giảm còn 24,6%.
Chiều 11/4, đồng chí Huỳnh Thị Mỹ Lệ, Phó Trưởng Ban Dân vận Tỉnh ủy, đến thăm gia đình ông Sơn Phát, người có uy tín ấp Tà Liêm, xã Thạnh Tân.
Thanh Hải
Lượt xem: 1.204
Tin liên quan
- Hội nghị biểu dương người có uy tín năm 2010 (28/12/2010)
- Mỹ Xuyên ra mắt 3 tổ dân vận ở ấp Khmer (15/03/2011)
- Tập huấn nghiệp vụ dân vận cho cán bộ người Khmer (02/03/2011)
""", "2011-04-12", "Sóc Trăng: Thăm, chúc Tết Chôl Chnăm Thmây tại 26 chùa Khmer",
E("trao_qua", None, "2011-04-08"),
[P("Thạch Chanh Đa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Lũy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Thị Sóc Phi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sươl", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Som Rông"),
 P("Tăng Văn Phol", "Trưởng Ban quản trị chùa Bưng Tum"),
 P("Kim Sa Ráth", "Đại đức", "Phó trụ trì chùa Chén Kiểu"),
 P("Huỳnh Thị Mỹ Lệ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sơn Phát", "người có uy tín ấp Tà Liêm")],
[Q("26 chùa Khmer", 26, "chùa Khmer"), Q("3 đoàn", 3, "đoàn"), Q("14 Ban quản trị chùa", 14, "Ban quản trị chùa"),
 Q("48 người có uy tín", 48, "người có uy tín"), Q("2 triệu đồng", 2000000, "đồng"), Q("300.000 đồng", 300000, "đồng"),
 Q("trên 110 triệu đồng", 110000000, "đồng", "over"), Q("4 lớp dạy chữ Khmer hè", 4, "lớp dạy chữ Khmer hè"),
 Q("hơn 220 học sinh", 220, "học sinh", "over"), Q("gần 900 triệu đồng", 900000000, "đồng", "approx"),
 Q("37 hộ", 37, "hộ Khmer"), Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("trên 350.000 đồng bào Khmer", 350000, "đồng bào Khmer", "over"), Q("30,7%", 30.7, "%"),
 Q("615 căn nhà Đại đoàn kết", 615, "căn nhà Đại đoàn kết"), Q("24,6%", 24.6, "%")],
[D("Chỉ thị", "68", "CT/TW", "1991-04-18", "Ban Bí thư", "Chỉ thị 68-CT/TW ngày 18/4/1991"),
 D("Chỉ thị", "06", "CT/TU", "2011-03-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 06-CT/TU ngày 15/3/2011"),
 D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 18/2011/QĐ-TTg")],
[prov("Sóc Trăng"), com("Thạnh Tân"), com("Lịch Hội Thượng")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ » Hoạt động » Công tác dân tộc - tôn giáo", "Ảnh: Đoàn thăm, chúc Tết tại chùa Som Rông.",
 "Đồng chí Thạch Chanh Đa phát biểu chúc Tết tại chùa Som Rông.", "Chôl Chnăm Thmây", "Lượt xem: 1.204", "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["Thứ Ba, 12/04/2011 - 09:30", "1 phần quà", "năm 2011", "năm 2010", "khóa VI", "Lượt xem: 1.204", "350.000 đồng bào"]))

PAGES.append(page("b4254-travinh-senedolta-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH
Trang chủ | Tin tức - Sự kiện | Dân tộc - Tôn giáo
Cập nhật: 15:42, 10/10/2012 (GMT+7)
Quang cảnh buổi họp mặt. Ảnh: Hữu Trí
Họp mặt 120 vị sư sãi, người có uy tín nhân lễ Sene Dolta
Sáng 09/10, tại hội trường Ủy ban MTTQ Việt Nam tỉnh, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Trà Vinh tổ chức hội nghị họp mặt chức sắc, sư sãi và người có uy tín trong đồng bào Khmer nhân lễ Sene Dolta năm 2012, với sự tham dự của 120 vị sư sãi, người có uy tín đến từ 7 huyện, thành phố.
Dự và chúc mừng có đồng chí Thạch Sô Phanh, Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh; bà Nguyễn Thị Út Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Hòa thượng Kim Sóc Lanh, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh.
Báo cáo tại hội nghị cho biết, toàn tỉnh có 141 chùa Phật giáo Nam tông Khmer với 2.780 vị sư sãi; đồng bào Khmer trên 318.000 người, chiếm 31,6% dân số. Thực hiện Chỉ thị 68-CT/TW ngày 18/4/1991 của Ban Bí thư và Chương trình phối hợp số 12/CTr-MTTQ-BTT ngày 05/3/2012 giữa Ủy ban MTTQ tỉnh và Hội Đoàn kết sư sãi yêu nước tỉnh, từ đầu năm đến nay các chùa đã phối hợp mở 65 lớp dạy chữ Khmer hè cho hơn 9.400 học sinh; sư sãi tham gia vận động nhân dân hiến 12.600 m2 đất làm đường giao thông nông thôn.
Quỹ "Vì người nghèo" các cấp 9 tháng vận động được 14,6 tỷ đồng, xây dựng 412 căn nhà Đại đoàn kết cho hộ nghèo Khmer, hỗ trợ vốn sản xuất cho 1.250 hộ nghèo. Ban Thường trực Ủy ban MTTQ tỉnh cũng ban hành Kế hoạch 24, 25/KH-MTTQ về giám sát thực hiện chính sách đối với người có uy tín và về vận động đồng bào Khmer đón lễ Sene Dolta, Ok Om Bok vui tươi, an toàn, tiết kiệm.
Hòa thượng Kim Sóc Lanh phát biểu tại buổi họp mặt.
Tại hội nghị, Thượng tọa Thạch Mo Ni Phol, trụ trì chùa Vàm Rây, xã Hàm Tân, phản ánh một số tuyến đường vào chùa xuống cấp; Achar Sơn Kim Chuông, Trưởng Ban quản trị chùa Ô Mịch, đề nghị tăng mức hỗ trợ cho các lớp dạy chữ hè. Ông Thạch Rươne, người có uy tín ấp Sóc Chuối, xã Ngũ Lạc, cho biết ấp có 58 hộ Khmer vay vốn chăn nuôi bò, nhiều hộ đã thoát nghèo.
Phát biểu tại hội nghị, đồng chí Thạch Sô Phanh chúc các vị sư sãi, người có uy tín và bà con Khmer đón lễ Sene Dolta vui vẻ; đề nghị các vị tiếp tục là cầu nối giữa Đảng, chính quyền với nhân dân, cảnh giác trước âm mưu lợi dụng vấn đề dân tộc, tôn giáo của các thế lực thù địch.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng 120 phần quà, mỗi phần trị giá 500.000 đồng, cho các đại biểu dự họp mặt.
Hữu Trí
Tin khác
- Ủy ban MTTQ huyện Cầu Kè hiệp thương giới thiệu người ứng cử (03/10/2012)
- Trà Cú: 100% ấp đạt chuẩn khu dân cư văn hóa (21/09/2012)
- Vận động xây dựng 50 căn nhà cho hộ nghèo Khmer (12/09/2012)
- Tổng kết lớp dạy chữ Khmer hè năm 2012 (30/08/2012)
""", "2012-10-10", "Họp mặt 120 vị sư sãi, người có uy tín nhân lễ Sene Dolta",
E("hoi_nghi", "2012", "2012-10-09"),
[P("Thạch Sô Phanh", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng đoàn đại biểu Quốc hội tỉnh"),
 P("Nguyễn Thị Út Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Sóc Lanh", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Thạch Mo Ni Phol", "Thượng tọa", "trụ trì chùa Vàm Rây"),
 P("Sơn Kim Chuông", "Achar", "Trưởng Ban quản trị chùa Ô Mịch"),
 P("Thạch Rươne", "người có uy tín ấp Sóc Chuối")],
[Q("120 vị sư sãi, người có uy tín", 120, "vị sư sãi, người có uy tín"), Q("7 huyện, thành phố", 7, "huyện, thành phố"),
 Q("141 chùa Phật giáo Nam tông Khmer", 141, "chùa Phật giáo Nam tông Khmer"), Q("2.780 vị sư sãi", 2780, "vị sư sãi"),
 Q("trên 318.000 người", 318000, "người", "over"), Q("31,6%", 31.6, "%"),
 Q("65 lớp dạy chữ Khmer hè", 65, "lớp dạy chữ Khmer hè"), Q("hơn 9.400 học sinh", 9400, "học sinh", "over"),
 Q("12.600 m2", 12600, "m2"), Q("14,6 tỷ đồng", 14600000000, "đồng"), Q("412 căn nhà Đại đoàn kết", 412, "căn nhà Đại đoàn kết"),
 Q("1.250 hộ nghèo", 1250, "hộ nghèo"), Q("58 hộ Khmer", 58, "hộ Khmer"), Q("120 phần quà", 120, "phần quà"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Chỉ thị", "68", "CT/TW", "1991-04-18", "Ban Bí thư", "Chỉ thị 68-CT/TW ngày 18/4/1991"),
 D("Chương trình phối hợp", "12", "CTr-MTTQ-BTT", "2012-03-05", None, "Chương trình phối hợp số 12/CTr-MTTQ-BTT ngày 05/3/2012"),
 D("Kế hoạch", "24", "KH-MTTQ", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 24, 25/KH-MTTQ"),
 D("Kế hoạch", "25", "KH-MTTQ", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 24, 25/KH-MTTQ")],
[prov("Trà Vinh"), com("Hàm Tân"), com("Ngũ Lạc")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH", "Trang chủ | Tin tức - Sự kiện | Dân tộc - Tôn giáo",
 "Quang cảnh buổi họp mặt. Ảnh: Hữu Trí", "Hòa thượng Kim Sóc Lanh phát biểu tại buổi họp mặt.", "Vì người nghèo",
 "Sene Dolta", "Ok Om Bok", "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["Cập nhật: 15:42, 10/10/2012 (GMT+7)", "năm 2012", "9 tháng"]))

PAGES.append(page("b4255-angiang-ramadan-2013", """
Báo An Giang Online
Thời sự > Chính trị > Dân tộc - Tôn giáo
08:20 | 18/07/2013
Thăm, tặng quà đồng bào Chăm nhân tháng Ramadan
(BAG) - Chiều 17-7, đoàn công tác Ban Dân vận Tỉnh ủy An Giang do đồng chí Nguyễn Thị Kim Thoa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc mừng và tặng quà Ban Đại diện Cộng đồng Hồi giáo tỉnh cùng các thánh đường nhân tháng Ramadan năm 2013 của đồng bào Chăm theo đạo Hồi (Islam).
Cùng đi có đồng chí Lê Hữu Phước, Phó Trưởng Ban Dân vận Tỉnh ủy, đại diện Ban Dân tộc, Ủy ban MTTQ Việt Nam tỉnh. Trong đợt này, đoàn đến thăm 12 thánh đường Hồi giáo và 5 tiểu thánh đường ở thị xã Tân Châu, huyện An Phú; mỗi nơi được tặng 3 triệu đồng. Đoàn cũng trao 250 phần quà cho hộ Chăm nghèo, mỗi phần trị giá 400.000 đồng; tổng kinh phí hơn 160 triệu đồng do Ban Dân vận Tỉnh ủy vận động các doanh nghiệp hỗ trợ.
Đồng chí Nguyễn Thị Kim Thoa trao quà tại thánh đường Mubarak. Ảnh: Hồng Nhung
Tiếp đoàn tại thánh đường Mubarak, xã Châu Phong, ông Ysa Sên, Hakim thánh đường Mubarak, cho biết trong tháng chay Ramadan, bà con giữ đúng giới luật, đồng thời chấp hành tốt pháp luật, không có hộ nào vi phạm. Ông Mohamad Ly, Phó Trưởng Ban Đại diện Cộng đồng Hồi giáo tỉnh, bày tỏ cảm ơn sự quan tâm của cấp ủy, chính quyền đối với bà con Chăm.
Theo Ban Dân vận Tỉnh ủy, toàn tỉnh có khoảng 14.200 người Chăm với 2.900 hộ, sống tập trung ở 9 xã, thị trấn; tỷ lệ hộ nghèo Chăm còn 18,5%, giảm 4,2% so với năm 2011. Thực hiện Nghị định 92/2012/NĐ-CP của Chính phủ và kế hoạch 12-KH/BDVTU của Ban Dân vận Tỉnh ủy, các ngành đã tuyên truyền cho hơn 600 lượt chức sắc, chức việc và tín đồ Hồi giáo; hỗ trợ 35 căn nhà Đại đoàn kết.
Tại xã Quốc Thái, đồng chí Mai Văn Hiếu, HUV, Bí thư Đảng ủy xã Quốc Thái, báo cáo xã có 4 ấp đồng bào Chăm, 86 hộ được vay vốn ưu đãi theo Quyết định số 74/2008/QĐ-TTg ngày 09/6/2008 của Thủ tướng Chính phủ. Ông Abdul Ha Lim, Trưởng ấp Phũm Soài, đề nghị tiếp tục hỗ trợ nghề dệt thổ cẩm để bà con có thêm thu nhập.
Phát biểu tại các nơi đến thăm, đồng chí Nguyễn Thị Kim Thoa mong các vị chức sắc Hồi giáo tiếp tục vận động bà con "sống tốt đời, đẹp đạo", chăm lo phát triển kinh tế, cho con em đến trường; đồng thời đề nghị cấp ủy, chính quyền các địa phương quan tâm giải quyết kịp thời những kiến nghị chính đáng của đồng bào.
Hồng Nhung
Lượt xem: 2.318
Tin liên quan
- Hội nghị chức sắc các tôn giáo tỉnh An Giang năm 2013 (05/07/2013)
- An Phú: 120 phần quà cho hộ Chăm khó khăn (20/06/2013)
- Tân Châu tổng kết công tác dân vận 6 tháng (12/07/2013)
""", "2013-07-18", "Thăm, tặng quà đồng bào Chăm nhân tháng Ramadan",
E("trao_qua", None, "2013-07-17"),
[P("Nguyễn Thị Kim Thoa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Hữu Phước", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ysa Sên", "Hakim thánh đường Mubarak"),
 P("Mohamad Ly", "Phó Trưởng Ban Đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Mai Văn Hiếu", "HUV", "Bí thư Đảng ủy xã Quốc Thái"),
 P("Abdul Ha Lim", "Trưởng ấp Phũm Soài")],
[Q("12 thánh đường Hồi giáo", 12, "thánh đường Hồi giáo"), Q("5 tiểu thánh đường", 5, "tiểu thánh đường"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("250 phần quà", 250, "phần quà"), Q("400.000 đồng", 400000, "đồng"),
 Q("hơn 160 triệu đồng", 160000000, "đồng", "over"), Q("khoảng 14.200 người Chăm", 14200, "người Chăm", "approx"),
 Q("2.900 hộ", 2900, "hộ"), Q("9 xã, thị trấn", 9, "xã, thị trấn"), Q("18,5%", 18.5, "%"), Q("4,2%", 4.2, "%"),
 Q("hơn 600 lượt chức sắc, chức việc và tín đồ Hồi giáo", 600, "lượt chức sắc, chức việc và tín đồ Hồi giáo", "over"),
 Q("35 căn nhà Đại đoàn kết", 35, "căn nhà Đại đoàn kết"), Q("4 ấp đồng bào Chăm", 4, "ấp đồng bào Chăm"), Q("86 hộ", 86, "hộ")],
[D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", "Nghị định 92/2012/NĐ-CP"),
 D("Kế hoạch", "12", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch 12-KH/BDVTU"),
 D("Quyết định", "74", "2008/QĐ-TTg", "2008-06-09", "Thủ tướng Chính phủ", "Quyết định số 74/2008/QĐ-TTg ngày 09/6/2008")],
[prov("An Giang"), com("Châu Phong"), com("Quốc Thái")],
["Báo An Giang Online", "Thời sự > Chính trị > Dân tộc - Tôn giáo", "(BAG)",
 "Đồng chí Nguyễn Thị Kim Thoa trao quà tại thánh đường Mubarak. Ảnh: Hồng Nhung", "sống tốt đời, đẹp đạo",
 "Ban Đại diện Cộng đồng Hồi giáo tỉnh", "Lượt xem: 2.318", "Ramadan"],
["08:20 | 18/07/2013", "năm 2013", "năm 2011", "Lượt xem: 2.318"]))

PAGES.append(page("b4256-kiengiang-hoa-tongket-2014", """
BAN DÂN VẬN TỈNH ỦY KIÊN GIANG
Hôm nay: Thứ Tư, 31/12/2014
Bạn đang ở: Trang chủ / Tin tức / Dân tộc - Tôn giáo
29-12-2014 10:15
Phát huy vai trò người có uy tín trong cộng đồng người Hoa
Ngày 26/12, Ban Dân vận Tỉnh ủy Kiên Giang phối hợp Ban Dân tộc tỉnh tổ chức hội nghị tổng kết công tác vận động đồng bào Hoa năm 2014, triển khai nhiệm vụ năm 2015. Đồng chí Lưu Thị Phương Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Toàn cảnh hội nghị tổng kết.
Kiên Giang hiện có 12.350 hộ với khoảng 51.000 người Hoa, sinh sống đông nhất ở thành phố Rạch Giá, thị xã Hà Tiên và huyện Phú Quốc; trên địa bàn có 38 cơ sở tín ngưỡng của người Hoa như chùa Quan Đế, miếu Bà Thiên Hậu, hội quán Phước Kiến, Quảng Triệu. Năm 2014, thực hiện Chỉ thị 62-CT/TW ngày 8/11/1995 của Ban Bí thư về tăng cường công tác người Hoa trong tình hình mới và Kết luận 07, 08-KL/TU của Ban Thường vụ Tỉnh ủy, các cấp đã tổ chức 46 cuộc tiếp xúc, đối thoại với chức sắc, Ban Trị sự các hội quán.
Bà con người Hoa đã đóng góp hơn 12,5 tỷ đồng cho công tác an sinh xã hội, xây dựng 86 căn nhà Đại đoàn kết, trao 1.640 suất học bổng cho học sinh nghèo; tỷ lệ hộ nghèo người Hoa còn 2,1%. Toàn tỉnh có 27 người có uy tín là người Hoa được hưởng chính sách theo Quyết định số 2285/QĐ-UBND của UBND tỉnh.
Tại hội nghị, ông Lâm Quốc Hùng, Trưởng Ban Trị sự Hội quán Phước Kiến, phường Vĩnh Thanh Vân, chia sẻ cách hội quán vận động bà con tham gia quỹ khuyến học; bà Quách Tú Hà, Phó Chủ tịch Hội Liên hiệp Phụ nữ thị trấn Dương Đông, nêu kinh nghiệm thành lập 3 tổ phụ nữ người Hoa tiết kiệm vay vốn. Ông Trần Chí Cường, Ủy viên Ủy ban MTTQ Việt Nam tỉnh, Chủ nhiệm Câu lạc bộ doanh nhân người Hoa, đề nghị tỉnh tổ chức thêm các lớp dạy tiếng Hoa ngoài giờ.
Phát biểu kết luận, đồng chí Lưu Thị Phương Dung yêu cầu năm 2015 các cấp tiếp tục quán triệt các chủ trương của Đảng về công tác người Hoa, phát huy vai trò Ban Trị sự các hội quán, người có uy tín; quan tâm đào tạo, bồi dưỡng cán bộ người Hoa; nắm chắc tình hình tư tưởng, nhất là trước diễn biến trên Biển Đông.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 9 tập thể và 15 cá nhân tiêu biểu trong công tác vận động đồng bào Hoa giai đoạn 2010 - 2014. Đồng chí Lý Thành Phát, Phó Trưởng Ban Dân vận Tỉnh ủy, đọc quyết định khen thưởng.
Bảo Trân
Số lượt xem: 654
Tin liên quan
- Họp mặt Tết Nguyên tiêu của đồng bào Hoa năm 2014 (14/02/2014)
- Hà Tiên: vận động người Hoa tham gia xây dựng đô thị văn minh (03/11/2014)
- Hội nghị người có uy tín tỉnh Kiên Giang (25/09/2014)
""", "2014-12-29", "Phát huy vai trò người có uy tín trong cộng đồng người Hoa",
E("tong_ket", "2014", "2014-12-26"),
[P("Lưu Thị Phương Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Quốc Hùng", "Trưởng Ban Trị sự Hội quán Phước Kiến"),
 P("Quách Tú Hà", "Phó Chủ tịch Hội Liên hiệp Phụ nữ thị trấn Dương Đông"),
 P("Trần Chí Cường", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh", "Chủ nhiệm Câu lạc bộ doanh nhân người Hoa"),
 P("Lý Thành Phát", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("12.350 hộ", 12350, "hộ"), Q("khoảng 51.000 người Hoa", 51000, "người Hoa", "approx"),
 Q("38 cơ sở tín ngưỡng", 38, "cơ sở tín ngưỡng"), Q("46 cuộc tiếp xúc, đối thoại", 46, "cuộc tiếp xúc, đối thoại"),
 Q("hơn 12,5 tỷ đồng", 12500000000, "đồng", "over"), Q("86 căn nhà Đại đoàn kết", 86, "căn nhà Đại đoàn kết"),
 Q("1.640 suất học bổng", 1640, "suất học bổng"), Q("2,1%", 2.1, "%"), Q("27 người có uy tín", 27, "người có uy tín"),
 Q("3 tổ phụ nữ người Hoa tiết kiệm vay vốn", 3, "tổ phụ nữ người Hoa tiết kiệm vay vốn"),
 Q("9 tập thể", 9, "tập thể"), Q("15 cá nhân tiêu biểu", 15, "cá nhân tiêu biểu")],
[D("Chỉ thị", "62", "CT/TW", "1995-11-08", "Ban Bí thư", "Chỉ thị 62-CT/TW ngày 8/11/1995"),
 D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 07, 08-KL/TU"),
 D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 07, 08-KL/TU"),
 D("Quyết định", "2285", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2285/QĐ-UBND")],
[prov("Kiên Giang"), com("Vĩnh Thanh Vân"), com("Dương Đông")],
["BAN DÂN VẬN TỈNH ỦY KIÊN GIANG", "Bạn đang ở: Trang chủ / Tin tức / Dân tộc - Tôn giáo", "Toàn cảnh hội nghị tổng kết.",
 "Số lượt xem: 654", "Hội quán Phước Kiến", "Câu lạc bộ doanh nhân người Hoa"],
["Hôm nay: Thứ Tư, 31/12/2014", "29-12-2014 10:15", "năm 2014", "năm 2015", "giai đoạn 2010 - 2014", "Số lượt xem: 654"]))

PAGES.append(page("b4257-ninhthuan-ramuwan-2015", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NINH THUẬN
Trang chủ > Hoạt động Mặt trận > Dân tộc - Tôn giáo
Ngày đăng 17/06/2015 | 16:20
Thăm, chúc mừng chức sắc Chăm Bàni nhân lễ Ramưwan 2015
Ngày 16/6, đoàn công tác Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận do bà Quảng Thị Ngọc Xuân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, chúc mừng Hội đồng sư cả Hồi giáo Bàni tỉnh và 7 thánh đường tại 4 xã của huyện Ninh Phước, Thuận Nam nhân dịp đồng bào Chăm Bàni bước vào tháng lễ Ramưwan năm 2015.
Bà Quảng Thị Ngọc Xuân chúc mừng chức sắc thánh đường Văn Lâm.
Tại trụ sở Hội đồng sư cả, Po Gru Trượng Văn Thìn, Chủ tịch Hội đồng sư cả Hồi giáo Bàni tỉnh, báo cáo: toàn tỉnh có 23 thánh đường Hồi giáo Bàni với trên 480 chức sắc và khoảng 39.000 tín đồ. Trong tháng Ramưwan, các vị chức sắc sẽ lên thánh đường hành lễ theo đúng nghi thức truyền thống, đồng thời nhắc nhở bà con giữ gìn an ninh trật tự, vệ sinh môi trường.
Bà Quảng Thị Ngọc Xuân đánh giá cao vai trò của Hội đồng sư cả trong năm qua: 36 chức sắc đã tham gia tuyên truyền Luật Hôn nhân và gia đình, vận động bà con hiến 2.300 m2 đất, đóng góp 5.400 ngày công làm đường nội thôn; không để xảy ra tranh chấp, khiếu kiện đông người liên quan đến tôn giáo. Bà đề nghị các vị chức sắc tiếp tục quán triệt Nghị định 92/2012/NĐ-CP của Chính phủ, Quyết định 18/2011/QĐ-TTg và Quyết định 56/2013/QĐ-TTg của Thủ tướng Chính phủ về chính sách đối với người có uy tín; thực hiện tốt Kế hoạch số 32/KH-MTTQ-BTT ngày 02/6/2015 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về vận động đồng bào đón tháng Ramưwan an toàn, tiết kiệm.
Tại thánh đường Văn Lâm, xã Phước Nam, Imưm Lưu Văn Dẻo, Trưởng Ban quản trị thánh đường Văn Lâm, cho biết thôn có 412 hộ Chăm Bàni, tỷ lệ hộ nghèo đã giảm còn 9,7%. Ông Thập Văn Mười, Trưởng thôn Văn Lâm 2, cùng Katip Đàng Văn Sỹ đề xuất sớm sửa chữa con đường vào nghĩa địa của thôn.
Cùng ngày, đoàn đến thăm thánh đường Hiếu Thiện, xã Phước Thái. Ông Báo Văn Tấn, Chủ tịch Ủy ban MTTQ xã Phước Thái, cho biết Ban công tác Mặt trận 5 thôn Chăm đã phối hợp thực hiện theo hướng dẫn số 04-HD/BDVTU của Ban Dân vận Tỉnh ủy về phát huy vai trò người có uy tín ở khu dân cư.
Kết thúc chuyến thăm, bà Quảng Thị Ngọc Xuân đề nghị Ủy ban MTTQ các xã có đồng bào Chăm Bàni chủ động nắm tình hình, kịp thời phản ánh những tâm tư, nguyện vọng của chức sắc và bà con lên cấp trên; phối hợp chính quyền bảo đảm an ninh trật tự tại các thánh đường trong suốt tháng lễ.
Nguyễn Trung
Lượt truy cập: 3.027
Tin khác
- Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách người có uy tín (05/06/2015)
- Ninh Hải: ra mắt mô hình "Khu dân cư tự quản" ở thôn Chăm (22/05/2015)
- Hội nghị chức sắc, chức việc các tôn giáo năm 2015 (08/05/2015)
""", "2015-06-17", "Thăm, chúc mừng chức sắc Chăm Bàni nhân lễ Ramưwan 2015",
E("khac", None, "2015-06-16"),
[P("Quảng Thị Ngọc Xuân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trượng Văn Thìn", "Po Gru", "Chủ tịch Hội đồng sư cả Hồi giáo Bàni tỉnh"),
 P("Lưu Văn Dẻo", "Imưm", "Trưởng Ban quản trị thánh đường Văn Lâm"),
 P("Thập Văn Mười", "Trưởng thôn Văn Lâm 2"),
 P("Đàng Văn Sỹ", "Katip"),
 P("Báo Văn Tấn", "Chủ tịch Ủy ban MTTQ xã Phước Thái")],
[Q("7 thánh đường", 7, "thánh đường"), Q("4 xã", 4, "xã"), Q("23 thánh đường Hồi giáo Bàni", 23, "thánh đường Hồi giáo Bàni"),
 Q("trên 480 chức sắc", 480, "chức sắc", "over"), Q("khoảng 39.000 tín đồ", 39000, "tín đồ", "approx"),
 Q("36 chức sắc", 36, "chức sắc"), Q("2.300 m2", 2300, "m2"), Q("5.400 ngày công", 5400, "ngày công"),
 Q("412 hộ Chăm Bàni", 412, "hộ Chăm Bàni"), Q("9,7%", 9.7, "%"), Q("5 thôn Chăm", 5, "thôn Chăm")],
[D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", "Nghị định 92/2012/NĐ-CP"),
 D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 18/2011/QĐ-TTg"),
 D("Quyết định", "56", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 56/2013/QĐ-TTg"),
 D("Kế hoạch", "32", "KH-MTTQ-BTT", "2015-06-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 32/KH-MTTQ-BTT ngày 02/6/2015"),
 D("Hướng dẫn", "04", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 04-HD/BDVTU")],
[prov("Ninh Thuận"), com("Phước Nam"), com("Phước Thái")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NINH THUẬN", "Trang chủ > Hoạt động Mặt trận > Dân tộc - Tôn giáo",
 "Bà Quảng Thị Ngọc Xuân chúc mừng chức sắc thánh đường Văn Lâm.", "Lượt truy cập: 3.027", "Luật Hôn nhân và gia đình",
 "Hội đồng sư cả Hồi giáo Bàni tỉnh", "Ramưwan"],
["Ngày đăng 17/06/2015 | 16:20", "năm 2015", "Lượt truy cập: 3.027"]))

PAGES.append(page("b4258-baclieu-khmer-soket-2016", """
Báo Bạc Liêu điện tử
Chính trị - Xã hội :: Dân vận
15/07/2016 - 10:05
Ảnh: Đồng chí Huỳnh Thị Thu Nga phát biểu tại hội nghị.
Vận động đồng bào Khmer chuẩn bị đón lễ Sene Dolta an toàn, tiết kiệm
(BBL) - Ngày 14/7, Ban Dân vận Tỉnh ủy Bạc Liêu tổ chức hội nghị sơ kết công tác dân vận vùng đồng bào dân tộc Khmer 6 tháng đầu năm 2016, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Huỳnh Thị Thu Nga, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Tô Văn Thành, Lý Thị Sà Ri. Tham dự còn có 65 đồng chí là trưởng, phó ban dân vận các huyện ủy, thị ủy, thành ủy và cán bộ chuyên trách khối dân vận.
Theo báo cáo, tỉnh có hơn 70.000 người Khmer, chiếm 8% dân số, cùng 17 chùa Phật giáo Nam tông Khmer. Sáu tháng qua, khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị số 12, 13-CT/TU về công tác vận động đồng bào Khmer và về phát huy vai trò sư sãi trong xây dựng nông thôn mới; Ban Dân vận Tỉnh ủy ban hành kế hoạch số 18-KH/BDVTU về tổ chức các hoạt động dịp lễ Sene Dolta, Ok Om Bok năm 2016.
Các cấp đã xây dựng 24 mô hình "Dân vận khéo" vùng đồng bào Khmer; tổ chức 31 cuộc tiếp xúc với 650 lượt chức sắc, sư sãi; hỗ trợ 142 căn nhà Đại đoàn kết trị giá 5,68 tỷ đồng; trao 1.200 phần quà Tết Chôl Chnăm Thmây cho hộ nghèo. Hiện 13/17 chùa đã thành lập tổ hòa giải, góp phần giải quyết 26 vụ việc mâu thuẫn trong phum, sóc. Việc thực hiện chính sách đối với người có uy tín theo Quyết định 56/2013/QĐ-TTg của Thủ tướng Chính phủ được bảo đảm, 100% người có uy tín được cấp báo, tạp chí.
Quang cảnh hội nghị sơ kết.
Tại hội nghị, Hòa thượng Thạch Xuôl, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, phản ánh một số chùa thiếu kinh phí duy trì lớp dạy chữ Khmer; ông Kim Văn Sang, Chủ tịch Hội Nông dân xã Vĩnh Hậu A, giới thiệu mô hình nuôi tôm kết hợp trồng lúa giúp 45 hộ Khmer tăng thu nhập. Bà Lý Thị Phăng, người có uy tín ấp Cù Lao, xã Hưng Hội, kiến nghị sớm nâng cấp tuyến lộ nông thôn dài khoảng 3,5 km trong ấp.
Phát biểu kết luận, đồng chí Huỳnh Thị Thu Nga đề nghị 6 tháng cuối năm các cấp ủy chỉ đạo tổ chức lễ Sene Dolta, Ok Om Bok trang trọng, tiết kiệm; thăm, tặng quà ít nhất 500 hộ Khmer nghèo; phấn đấu giảm tỷ lệ hộ nghèo Khmer thêm 3%. Đồng chí cũng lưu ý cán bộ dân vận các huyện, thị xã thường xuyên đến chùa, đến ấp nắm tình hình, không để các đối tượng xấu lợi dụng lễ hội tuyên truyền, kích động; kịp thời biểu dương những sư sãi, người có uy tín có nhiều đóng góp trong phong trào thi đua "Dân vận khéo".
Ngọc Hân
Lượt xem: 987
Tin liên quan
- Hòa Bình: sơ kết 5 năm mô hình "Dân vận khéo" ở ấp Khmer (05/07/2016)
- Họp mặt sư sãi nhân Tết Chôl Chnăm Thmây 2016 (12/04/2016)
- Đoàn công tác Ban Dân vận Trung ương làm việc tại Bạc Liêu (20/06/2016)
""", "2016-07-15", "Vận động đồng bào Khmer chuẩn bị đón lễ Sene Dolta an toàn, tiết kiệm",
E("so_ket", "2016-H1", "2016-07-14"),
[P("Huỳnh Thị Thu Nga", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tô Văn Thành", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Thị Sà Ri", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Xuôl", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Kim Văn Sang", "Chủ tịch Hội Nông dân xã Vĩnh Hậu A"),
 P("Lý Thị Phăng", "người có uy tín ấp Cù Lao")],
[Q("65 đồng chí", 65, "đồng chí"), Q("hơn 70.000 người Khmer", 70000, "người Khmer", "over"), Q("8%", 8, "%"),
 Q("17 chùa Phật giáo Nam tông Khmer", 17, "chùa Phật giáo Nam tông Khmer"),
 Q("24 mô hình", 24, "mô hình"), Q("31 cuộc tiếp xúc", 31, "cuộc tiếp xúc"), Q("650 lượt chức sắc, sư sãi", 650, "lượt chức sắc, sư sãi"),
 Q("142 căn nhà Đại đoàn kết", 142, "căn nhà Đại đoàn kết"), Q("5,68 tỷ đồng", 5680000000, "đồng"),
 Q("1.200 phần quà", 1200, "phần quà"), Q("13/17 chùa", 13, "chùa"), Q("26 vụ việc mâu thuẫn", 26, "vụ việc mâu thuẫn"),
 Q("100%", 100, "%"), Q("45 hộ Khmer", 45, "hộ Khmer"), Q("khoảng 3,5 km", 3.5, "km", "approx"),
 Q("ít nhất 500 hộ Khmer nghèo", 500, "hộ Khmer nghèo", "over"), Q("3%", 3, "%")],
[D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12, 13-CT/TU"),
 D("Kế hoạch", "18", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 18-KH/BDVTU"),
 D("Quyết định", "56", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 56/2013/QĐ-TTg")],
[prov("Bạc Liêu"), com("Vĩnh Hậu A"), com("Hưng Hội")],
["Báo Bạc Liêu điện tử", "Chính trị - Xã hội :: Dân vận", "Ảnh: Đồng chí Huỳnh Thị Thu Nga phát biểu tại hội nghị.",
 "Quang cảnh hội nghị sơ kết.", "(BBL)", "Dân vận khéo", "Lượt xem: 987", "Sene Dolta"],
["15/07/2016 - 10:05", "65 đồng chí", "6 tháng đầu năm 2016", "6 tháng cuối năm", "Sáu tháng qua", "năm 2016", "Lượt xem: 987"]))
