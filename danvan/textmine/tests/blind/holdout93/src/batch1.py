from lib import *
PAGES = []

PAGES.append(page("b2189-soctrang-bdv-cholchnam-2011", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ > Tin tức > Dân tộc - Tôn giáo
Thứ Ba, 12/04/2011 - 16:30
Đoàn công tác chúc Tết tại chùa Prếk Chru. Ảnh: Minh Khôi
Ban Dân vận Tỉnh ủy thăm, chúc Tết Chôl Chnăm Thmây tại các chùa Khmer
Trong hai ngày 10 và 11/4/2011, đoàn công tác Ban Dân vận Tỉnh ủy Sóc Trăng do đồng chí Sơn Thị Chanh Thu, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết Chôl Chnăm Thmây tại 12 chùa Phật giáo Nam tông Khmer và 6 gia đình chức sắc ở các huyện Mỹ Xuyên, Trần Đề, Vĩnh Châu.
Tại chùa Prếk Chru, xã Đại Tâm, đoàn được Hòa thượng Lý Sơn Phen, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Prếk Chru cùng 35 vị sư sãi và bà con phật tử đón tiếp. Đồng chí Sơn Thị Chanh Thu chúc chư tăng và đồng bào một năm mới an lành, đồng thời thông tin: toàn tỉnh hiện có 92 chùa Phật giáo Nam tông Khmer với trên 3.100 vị sư sãi; năm 2010 tỉnh đã xây dựng 540 căn nhà đại đoàn kết cho hộ Khmer nghèo, tỷ lệ hộ nghèo trong đồng bào Khmer giảm còn 24,6%.
Hòa thượng Lý Sơn Phen cảm ơn sự quan tâm của Tỉnh ủy, mong các cấp tiếp tục hỗ trợ nhà chùa mở lớp dạy chữ Khmer; hè năm nay chùa dự kiến mở 4 lớp dạy chữ Khmer hè cho 210 em học sinh. Hòa thượng cũng cho biết chư tăng luôn vận động phật tử chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước, tích cực tham gia phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Tại chùa Sà Lôn, xã Vĩnh Hải, Đại đức Thạch Sô Kha, trụ trì chùa Sà Lôn, và ông Lâm Sa Ron, Achar chùa Sà Lôn, đã báo cáo với đoàn việc nhà chùa phối hợp với Ban Nhân dân ấp vận động bà con hiến đất mở đường và giữ gìn an ninh trật tự trong dịp lễ. Đồng chí Kim Thị Sà Phương, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị nhà chùa tiếp tục phát huy vai trò của Achar trong việc hướng dẫn nghi lễ, giữ gìn bản sắc văn hóa và vận động con em đến trường.
Thực hiện Kế hoạch số 32-KH/BDVTU ngày 25/3/2011 của Ban Dân vận Tỉnh ủy, mỗi chùa được tặng 2 triệu đồng. Nhân dịp này, đoàn trao 150 phần quà Tết cho hộ Khmer nghèo, mỗi phần quà trị giá 300.000 đồng; tổng kinh phí gần 70 triệu đồng, do Ban Dân vận Tỉnh ủy vận động các doanh nghiệp đóng góp.
Trao đổi với phóng viên, đồng chí Sơn Thị Chanh Thu cho biết, 20 năm thực hiện Chỉ thị số 68-CT/TW ngày 18/4/1991 của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer, đời sống đồng bào đã có nhiều đổi thay; khối dân vận tiếp tục bám sát cơ sở, kịp thời nắm tâm tư, nguyện vọng của sư sãi, Achar và đồng bào.
Minh Khôi
Lượt xem: 1.204
Tin liên quan
- Vĩnh Châu: họp mặt sư sãi, Achar nhân dịp Tết cổ truyền (08/04/2011)
- Trao 300 suất học bổng cho học sinh Khmer (29/03/2011)
- Sơ kết 3 năm xây dựng nhà đại đoàn kết ở Trần Đề (15/03/2011)
""", "2011-04-12", "Ban Dân vận Tỉnh ủy thăm, chúc Tết Chôl Chnăm Thmây tại các chùa Khmer",
E("trao_qua", None, "2011-04-10"),
[P("Sơn Thị Chanh Thu", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Sơn Phen", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Prếk Chru"),
 P("Thạch Sô Kha", "Đại đức", "trụ trì chùa Sà Lôn"),
 P("Lâm Sa Ron", "Achar chùa Sà Lôn"),
 P("Kim Thị Sà Phương", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("12 chùa Phật giáo Nam tông Khmer", 12, "chùa Phật giáo Nam tông Khmer"),
 Q("6 gia đình chức sắc", 6, "gia đình chức sắc"),
 Q("35 vị sư sãi", 35, "vị sư sãi"),
 Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("trên 3.100 vị sư sãi", 3100, "vị sư sãi", "over"),
 Q("540 căn nhà đại đoàn kết", 540, "căn nhà đại đoàn kết"),
 Q("24,6%", 24.6, "%"),
 Q("4 lớp dạy chữ Khmer hè", 4, "lớp dạy chữ Khmer hè"),
 Q("210 em học sinh", 210, "em học sinh"),
 Q("2 triệu đồng", 2000000, "đồng"),
 Q("150 phần quà", 150, "phần quà"),
 Q("300.000 đồng", 300000, "đồng"),
 Q("gần 70 triệu đồng", 70000000, "đồng", "approx")],
[D("Kế hoạch", "32", "KH/BDVTU", "2011-03-25", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 32-KH/BDVTU ngày 25/3/2011"),
 D("Chỉ thị", "68", "CT/TW", "1991-04-18", "Ban Bí thư", "Chỉ thị số 68-CT/TW ngày 18/4/1991")],
[prov("Sóc Trăng"), com("Đại Tâm"), com("Vĩnh Hải")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ > Tin tức > Dân tộc - Tôn giáo",
 "Đoàn công tác chúc Tết tại chùa Prếk Chru. Ảnh: Minh Khôi", "Chôl Chnăm Thmây", "Hội Đoàn kết sư sãi yêu nước tỉnh",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 1.204"],
["Thứ Ba, 12/04/2011 - 16:30", "năm 2010", "20 năm", "Lượt xem: 1.204"]))

PAGES.append(page("b2190-travinh-bdv-tongket-2012", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Trà Vinh
Trang chủ | Hoạt động dân vận | Dân tộc - Tôn giáo
Cập nhật: 09:15, 28/12/2012 (GMT+7)
Toàn cảnh hội nghị. Ảnh: Hữu Nghĩa
Đời sống đồng bào Khmer ngày càng khởi sắc
Chiều 27/12, Ban Dân vận Tỉnh ủy Trà Vinh tổ chức hội nghị tổng kết công tác dân vận vùng đồng bào Khmer năm 2012 và triển khai nhiệm vụ năm 2013. Đồng chí Kim Sa Ráth, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Thạch Thị Dara, Nguyễn Văn Hên.
Báo cáo cho biết, trong năm Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 25, 26-KL/TU của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả công tác vận động đồng bào Khmer và về củng cố hệ thống chính trị ở các ấp có đông đồng bào Khmer. Việc thực hiện Quyết định 74/2008/QĐ-TTg của Thủ tướng Chính phủ đã hỗ trợ đất ở, đất sản xuất cho hơn 2.900 hộ Khmer nghèo; toàn tỉnh xây mới 1.250 căn nhà đại đoàn kết với tổng kinh phí 31,2 tỷ đồng.
Toàn tỉnh có 141 chùa Phật giáo Nam tông Khmer, trên 3.700 vị sư sãi và 56 lớp bổ túc văn hóa trong chùa. Khối dân vận phối hợp tổ chức 2 đợt tiếp xúc 420 vị sư sãi, Achar, người có uy tín; tiếp nhận 36 ý kiến, kiến nghị, đến nay đã giải quyết 31 ý kiến.
Tại hội nghị, Thượng tọa Thạch Sô Rương, Phó Chủ tịch Thường trực Hội Đoàn kết sư sãi yêu nước tỉnh, đề nghị tăng kinh phí cho các lớp dạy chữ Khmer. Ông Sơn Chanh Đa, Achar chùa Kompông, xã Nguyệt Hóa, chia sẻ cách vận động bà con tổ chức lễ cúng ông bà tiết kiệm, không để ảnh hưởng đến việc làm ăn. Bà Thạch Thị Sô Phia, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh, thông tin cuộc vận động "Ngày vì người nghèo" năm 2012 đã huy động gần 14 tỷ đồng.
Đại diện huyện Cầu Ngang, ông Kiên Sóc Thanh, HUV, Trưởng Ban Dân vận Huyện ủy Cầu Ngang, cho biết huyện có 26 mô hình "Dân vận khéo" trong vùng đồng bào Khmer; xã Kim Hòa được chọn làm điểm của tỉnh.
Kết luận hội nghị, đồng chí Kim Sa Ráth yêu cầu năm 2013 khối dân vận tập trung tuyên truyền Chỉ thị số 68-CT/TW của Ban Bí thư và Kế hoạch số 18-KH/TU ngày 12/6/2012 của Tỉnh ủy; phát huy vai trò của sư sãi, Achar trong vận động đồng bào giữ gìn an ninh trật tự, chủ động nắm tình hình ở các xã biên giới biển.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể, 22 cá nhân có thành tích xuất sắc.
Hữu Nghĩa
Các tin khác
- Châu Thành: họp mặt 120 vị sư sãi, Achar (19/12/2012)
- Trao 50 căn nhà đại đoàn kết cho hộ Khmer nghèo (05/12/2012)
- Tập huấn công tác dân vận cho cán bộ ấp (21/11/2012)
""", "2012-12-28", "Đời sống đồng bào Khmer ngày càng khởi sắc",
E("tong_ket", "2012", "2012-12-27"),
[P("Kim Sa Ráth", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Thị Dara", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sô Rương", "Thượng tọa", "Phó Chủ tịch Thường trực Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Sơn Chanh Đa", "Achar chùa Kompông"),
 P("Thạch Thị Sô Phia", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kiên Sóc Thanh", "HUV", "Trưởng Ban Dân vận Huyện ủy Cầu Ngang")],
[Q("hơn 2.900 hộ Khmer nghèo", 2900, "hộ Khmer nghèo", "over"),
 Q("1.250 căn nhà đại đoàn kết", 1250, "căn nhà đại đoàn kết"),
 Q("31,2 tỷ đồng", 31200000000, "đồng"),
 Q("141 chùa Phật giáo Nam tông Khmer", 141, "chùa Phật giáo Nam tông Khmer"),
 Q("trên 3.700 vị sư sãi", 3700, "vị sư sãi", "over"),
 Q("56 lớp bổ túc văn hóa", 56, "lớp bổ túc văn hóa"),
 Q("2 đợt tiếp xúc", 2, "đợt tiếp xúc"),
 Q("420 vị sư sãi, Achar, người có uy tín", 420, "vị sư sãi, Achar, người có uy tín"),
 Q("36 ý kiến, kiến nghị", 36, "ý kiến, kiến nghị"),
 Q("31 ý kiến", 31, "ý kiến"),
 Q("gần 14 tỷ đồng", 14000000000, "đồng", "approx"),
 Q("26 mô hình", 26, "mô hình"),
 Q("15 tập thể", 15, "tập thể"),
 Q("22 cá nhân", 22, "cá nhân")],
[D("Kết luận", "25", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 25, 26-KL/TU"),
 D("Kết luận", "26", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 25, 26-KL/TU"),
 D("Quyết định", "74", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 74/2008/QĐ-TTg"),
 D("Chỉ thị", "68", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 68-CT/TW"),
 D("Kế hoạch", "18", "KH/TU", "2012-06-12", "Tỉnh ủy", "Kế hoạch số 18-KH/TU ngày 12/6/2012")],
[prov("Trà Vinh"), com("Nguyệt Hóa"), com("Kim Hòa")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Trà Vinh", "Trang chủ | Hoạt động dân vận | Dân tộc - Tôn giáo",
 "Toàn cảnh hội nghị. Ảnh: Hữu Nghĩa", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Ngày vì người nghèo", "Dân vận khéo"],
["Cập nhật: 09:15, 28/12/2012 (GMT+7)", "năm 2012", "năm 2013"]))

PAGES.append(page("b2191-angiang-bdv-ramadan-2013", """
ANGIANG.DANVAN.VN - Trang thông tin Ban Dân vận Tỉnh ủy An Giang
Bạn đang ở: Trang chủ / Tin hoạt động / Công tác dân tộc
08:15 | 15/07/2013
Thăm, tặng quà cộng đồng Chăm Islam nhân tháng Ramadan
Đồng chí Nguyễn Thị Kim Ngọc tặng quà tại thánh đường Mubarak. Ảnh: Hồng Phúc
Ngày 12/7/2013, đoàn công tác của Ban Dân vận Tỉnh ủy An Giang do đồng chí Nguyễn Thị Kim Ngọc, Phó Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, tặng quà Ban đại diện Cộng đồng Hồi giáo tỉnh và các thánh đường ở huyện An Phú, thị xã Tân Châu nhân tháng chay Ramadan năm 1434 theo lịch Hồi giáo.
Tại thánh đường Mubarak, xã Châu Phong, ông Haji Musa Kim, Hakim thánh đường Mubarak, cho biết bà con Chăm ở đây có 487 hộ với hơn 2.300 nhân khẩu; trong tháng Ramadan, thánh đường tổ chức cầu nguyện mỗi đêm và vận động các gia đình khá giúp 65 hộ nghèo. Ông Abdul Ha Lim, Trưởng ban đại diện Cộng đồng Hồi giáo tỉnh, thông tin: toàn tỉnh có 12 thánh đường và 14 tiểu thánh đường với khoảng 14.000 tín đồ, đa số sống ở các xã Châu Phong, Đa Phước, Vĩnh Trường, Quốc Thái.
Đồng chí Nguyễn Thị Kim Ngọc ghi nhận đóng góp của các vị Hakim, Imam, Naib, Khotib trong việc vận động bà con chấp hành pháp luật, giữ gìn đoàn kết và tham gia phát triển kinh tế - xã hội. Đồng chí đề nghị Ban đại diện tiếp tục phối hợp tuyên truyền Nghị định 92/2012/NĐ-CP của Chính phủ quy định chi tiết và biện pháp thi hành Pháp lệnh tín ngưỡng, tôn giáo; vận động thanh niên Chăm không đi lao động ở nước ngoài qua các đường dây bất hợp pháp.
Tại tiểu thánh đường Jamiul Anwar, xã Đa Phước, Imam Ysa Hay, Phó ban Quản trị tiểu thánh đường, cho biết năm nay bà con đóng góp gần 180 triệu đồng sửa chữa tiểu thánh đường và con đường vào xóm Chăm. Đoàn cũng thăm hỏi gia đình ông Mas Sa Ly, người có uy tín trong cộng đồng Chăm xã Vĩnh Trường, đã nhiều năm tham gia hòa giải các mâu thuẫn trong xóm đạo.
Theo Kế hoạch số 17-KH/BDVTU ngày 2/7/2013 của Ban Dân vận Tỉnh ủy, dịp này đoàn trao 26 phần quà cho các thánh đường, tiểu thánh đường, mỗi phần quà trị giá 1,5 triệu đồng, và 320 phần quà cho hộ Chăm nghèo, mỗi phần 400.000 đồng. Tổng giá trị quà tặng trên 166 triệu đồng. Thông qua Ủy ban MTTQ Việt Nam huyện An Phú, đoàn cũng hỗ trợ 40 bộ sách giáo khoa cho học sinh Chăm.
Đại diện bà con Chăm, ông Haji Musa Kim cảm ơn sự quan tâm của Tỉnh ủy và hứa sẽ tiếp tục vận động bà con "sống tốt đời, đẹp đạo".
Hồng Phúc
Lượt truy cập: 352.118
Tin khác
- Tân Châu: hội nghị người có uy tín trong đồng bào Chăm (03/07/2013)
- Hỗ trợ 20 căn nhà cho hộ Chăm nghèo xã Quốc Thái (24/06/2013)
- Tịnh Biên: họp mặt chức sắc Phật giáo Nam tông Khmer (10/06/2013)
""", "2013-07-15", "Thăm, tặng quà cộng đồng Chăm Islam nhân tháng Ramadan",
E("trao_qua", None, "2013-07-12"),
[P("Nguyễn Thị Kim Ngọc", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Haji Musa Kim", "Hakim thánh đường Mubarak"),
 P("Abdul Ha Lim", "Trưởng ban đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Ysa Hay", "Imam", "Phó ban Quản trị tiểu thánh đường"),
 P("Mas Sa Ly", "người có uy tín trong cộng đồng Chăm xã Vĩnh Trường")],
[Q("487 hộ", 487, "hộ"),
 Q("hơn 2.300 nhân khẩu", 2300, "nhân khẩu", "over"),
 Q("65 hộ nghèo", 65, "hộ nghèo"),
 Q("12 thánh đường", 12, "thánh đường"),
 Q("14 tiểu thánh đường", 14, "tiểu thánh đường"),
 Q("khoảng 14.000 tín đồ", 14000, "tín đồ", "approx"),
 Q("gần 180 triệu đồng", 180000000, "đồng", "approx"),
 Q("26 phần quà", 26, "phần quà"),
 Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("320 phần quà", 320, "phần quà"),
 Q("400.000 đồng", 400000, "đồng"),
 Q("trên 166 triệu đồng", 166000000, "đồng", "over"),
 Q("40 bộ sách giáo khoa", 40, "bộ sách giáo khoa")],
[D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", "Nghị định 92/2012/NĐ-CP"),
 D("Kế hoạch", "17", "KH/BDVTU", "2013-07-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 17-KH/BDVTU ngày 2/7/2013")],
[prov("An Giang"), com("Châu Phong"), com("Đa Phước"), com("Vĩnh Trường"), com("Quốc Thái")],
["ANGIANG.DANVAN.VN - Trang thông tin Ban Dân vận Tỉnh ủy An Giang", "Bạn đang ở: Trang chủ / Tin hoạt động / Công tác dân tộc",
 "Đồng chí Nguyễn Thị Kim Ngọc tặng quà tại thánh đường Mubarak. Ảnh: Hồng Phúc", "Ramadan", "Pháp lệnh tín ngưỡng, tôn giáo",
 "sống tốt đời, đẹp đạo", "Lượt truy cập: 352.118", "Ban đại diện Cộng đồng Hồi giáo tỉnh"],
["08:15 | 15/07/2013", "năm 1434", "Lượt truy cập: 352.118"]))

PAGES.append(page("b2192-ninhthuan-bdv-chucsac-cham-2014", """
BAN DÂN VẬN TỈNH ỦY NINH THUẬN
Trang chủ >> Tin tức - Sự kiện >> Dân tộc, tôn giáo
Ngày đăng 20/10/2014 | 10:05
Các vị chức sắc Chăm Bà-ni tại hội nghị.
Gặp mặt 210 vị chức sắc, người có uy tín trong đồng bào Chăm
Sáng 17/10/2014, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị gặp mặt chức sắc tôn giáo Bà-la-môn, Hồi giáo Bà-ni và người có uy tín trong đồng bào Chăm năm 2014. Dự hội nghị có 210 vị chức sắc, người có uy tín đến từ 22 làng Chăm của các huyện Ninh Phước, Ninh Hải, Thuận Bắc, Ninh Sơn. Đây là hoạt động thường niên nhằm lắng nghe tâm tư, nguyện vọng của đồng bào Chăm tỉnh Ninh Thuận, kịp thời tháo gỡ những vướng mắc ngay từ cơ sở.
Đồng chí Thuận Văn Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Lưu Quang Sáng, Trưởng Ban Dân tộc tỉnh đồng chủ trì.
Báo cáo tại hội nghị nêu rõ, năm qua các vị chức sắc đã tích cực vận động đồng bào tổ chức Lễ hội Katê, tháng Ramưwan trang trọng, tiết kiệm; tham gia hòa giải thành 19 vụ việc mâu thuẫn trong thôn; vận động 1.340 hộ đồng bào Chăm chuyển đổi cây trồng trên đất lúa thiếu nước. Tỷ lệ hộ nghèo người Chăm giảm từ 17,8% xuống còn 13,2%.
Thực hiện Quy chế phối hợp số 04-QCPH/BDVTU-BDT giữa Ban Dân vận Tỉnh ủy và Ban Dân tộc tỉnh, hai cơ quan đã tổ chức 8 đợt khảo sát, nắm tình hình ở vùng đồng bào Chăm. Ban Thường vụ Tỉnh ủy cũng đã ban hành Chỉ thị 49-CT/TU ngày 5/3/2014 về tăng cường công tác vận động đồng bào Chăm trong tình hình mới.
Phát biểu tại hội nghị, Cả sư Thiên Sanh Kim, Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh, mong các cấp tiếp tục hỗ trợ việc tu bổ đền tháp và đào tạo chức sắc kế cận. Ông Đàng Văn Tân, Chủ tịch Hội đồng Chức sắc Hồi giáo Bà-ni tỉnh, Po Acar thôn Văn Lâm, đề nghị quan tâm giải quyết nước tưới cho vùng đất lúa xã Phước Nam. Bà Phú Thị Lài, người có uy tín thôn Hữu Đức, xã Phước Hữu, kiến nghị mở thêm lớp dạy chữ Chăm cho thanh thiếu niên.
Các đồng chí Phó Chủ tịch UBND huyện Ninh Phước Quảng Văn Hòa, Trượng Thị Mỹ đã trả lời trực tiếp 9 ý kiến thuộc thẩm quyền của huyện.
Kết luận hội nghị, đồng chí Thuận Văn Ngọc đề nghị các vị chức sắc tiếp tục phát huy vai trò trong cộng đồng, tuyên truyền đồng bào không nghe theo kẻ xấu kích động, chia rẽ; thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Dịp này, Ban tổ chức tặng 210 phần quà, mỗi phần trị giá 500.000 đồng.
Bá Minh
Tin liên quan
- Ninh Phước: chúc mừng Lễ hội Katê năm 2014 (24/09/2014)
- Tập huấn nghiệp vụ cho cán bộ dân vận xã vùng đồng bào Chăm (11/09/2014)
- Thăm chức sắc Hồi giáo Bà-ni nhân tháng Ramưwan (30/06/2014)
- Thuận Nam: ra mắt mô hình "Làng Chăm không có tội phạm" (12/06/2014)
""", "2014-10-20", "Gặp mặt 210 vị chức sắc, người có uy tín trong đồng bào Chăm",
E("hoi_nghi", "2014", "2014-10-17"),
[P("Thuận Văn Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lưu Quang Sáng", "Trưởng Ban Dân tộc tỉnh"),
 P("Thiên Sanh Kim", "Cả sư", "Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh"),
 P("Đàng Văn Tân", "Chủ tịch Hội đồng Chức sắc Hồi giáo Bà-ni tỉnh", "Po Acar thôn Văn Lâm"),
 P("Phú Thị Lài", "người có uy tín thôn Hữu Đức"),
 P("Quảng Văn Hòa", "Phó Chủ tịch UBND huyện Ninh Phước"),
 P("Trượng Thị Mỹ", "Phó Chủ tịch UBND huyện Ninh Phước")],
[Q("210 vị chức sắc, người có uy tín", 210, "vị chức sắc, người có uy tín"),
 Q("22 làng Chăm", 22, "làng Chăm"),
 Q("19 vụ việc mâu thuẫn", 19, "vụ việc mâu thuẫn"),
 Q("1.340 hộ đồng bào Chăm", 1340, "hộ đồng bào Chăm"),
 Q("17,8%", 17.8, "%"),
 Q("13,2%", 13.2, "%"),
 Q("8 đợt khảo sát", 8, "đợt khảo sát"),
 Q("9 ý kiến", 9, "ý kiến"),
 Q("210 phần quà", 210, "phần quà"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Quy chế phối hợp", "04", "QCPH/BDVTU-BDT", None, None, "Quy chế phối hợp số 04-QCPH/BDVTU-BDT"),
 D("Chỉ thị", "49", "CT/TU", "2014-03-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị 49-CT/TU ngày 5/3/2014")],
[prov("Ninh Thuận"), com("Phước Nam"), com("Phước Hữu")],
["BAN DÂN VẬN TỈNH ỦY NINH THUẬN", "Trang chủ >> Tin tức - Sự kiện >> Dân tộc, tôn giáo",
 "Các vị chức sắc Chăm Bà-ni tại hội nghị.", "Lễ hội Katê", "Ramưwan",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Hội đồng Chức sắc Bà-la-môn tỉnh"],
["Ngày đăng 20/10/2014 | 10:05", "năm 2014", "năm qua"]))

PAGES.append(page("b2193-kiengiang-bdv-soket-2015", """
Ban Dân vận Tỉnh ủy Kiên Giang
Trang chủ › Tin tức › Hoạt động của Ban
29-06-2015 17:20
Ảnh: Đồng chí Danh Út phát biểu kết luận hội nghị.
Phát huy vai trò sư sãi, Achar trong vùng đồng bào Khmer
Ngày 26/6, Ban Dân vận Tỉnh ủy Kiên Giang tổ chức hội nghị sơ kết công tác dân tộc, tôn giáo 6 tháng đầu năm 2015, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Danh Út, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Báo cáo cho biết, 6 tháng qua các cấp đã thực hiện tốt Chỉ thị 11, 12-CT/TU của Tỉnh ủy về công tác vận động đồng bào Khmer và về xây dựng ấp văn hóa vùng đồng bào dân tộc. Khối dân vận đã tổ chức thăm, chúc Tết Chôl Chnăm Thmây tại 75 chùa Phật giáo Nam tông Khmer, trao 2.150 phần quà với tổng trị giá 860 triệu đồng; tổ chức 3 lớp bồi dưỡng cho 245 Achar, Ban quản trị chùa.
Toàn tỉnh có 1.420 hộ Khmer được vay vốn ưu đãi theo Quyết định số 29/2013/QĐ-TTg của Thủ tướng Chính phủ, dư nợ hơn 26 tỷ đồng. Đồng bào hiến 12.400 m2 đất, góp 3.100 ngày công làm 18 tuyến đường giao thông nông thôn.
Tại hội nghị, Hòa thượng Danh Phol, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Láng Cát, đề nghị các huyện tiếp tục hỗ trợ nhà chùa tổ chức lớp dạy chữ Khmer hè. Đại đức Danh Sóc Phon, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện Gò Quao, cho biết 100% sư sãi trong huyện được học tập chủ trương, pháp luật. Bà Thị Sà Rươl, Phó Chủ tịch Hội LHPN xã Vĩnh Phước B, chia sẻ mô hình "Phụ nữ Khmer tiết kiệm làm kinh tế" giúp 37 chị em thoát nghèo.
Ông Danh Hồng Sơn, HUV, Trưởng Ban Dân vận Huyện ủy Châu Thành, và ông Danh Thanh Bình, Chủ tịch UBND xã Mong Thọ A, báo cáo kết quả vận động bà con giải quyết 7 vụ tranh chấp đất đai kéo dài.
Phát biểu kết luận, đồng chí Danh Út yêu cầu 6 tháng cuối năm khối dân vận thực hiện tốt Nghị quyết số 03-NQ/TU ngày 10/4/2015 của Ban Thường vụ Tỉnh ủy về công tác dân tộc; chuẩn bị chu đáo cho Lễ Sene Dolta và lễ hội Ok Om Bok; nắm chắc tình hình các điểm có khiếu kiện.
Đồng chí cũng lưu ý các huyện vùng biên giới như Giang Thành, Kiên Lương quan tâm vận động đồng bào Khmer không vượt biên trái phép, không nghe theo luận điệu xuyên tạc của các tổ chức phản động lưu vong; kịp thời biểu dương những vị sư sãi, Achar có nhiều đóng góp. Các đại biểu thống nhất sẽ tổ chức hội nghị chuyên đề về công tác vận động đồng bào Khmer vào quý III, gắn với việc kiểm tra mô hình "Dân vận khéo" ở cơ sở.
Nhiều ý kiến cho rằng việc phối hợp giữa khối dân vận và các ban quản trị chùa ở một số nơi chưa thường xuyên; một bộ phận cán bộ ấp chưa nói được tiếng Khmer nên khó nắm bắt tâm tư của bà con. Hội nghị đề nghị tổ chức thêm các lớp dạy tiếng Khmer cho cán bộ, công chức công tác ở vùng đồng bào dân tộc.
Hữu Trí
Lượt đọc: 918
Tin cùng chuyên mục
- Giồng Riềng: trao 40 căn nhà cho đồng bào Khmer (18/06/2015)
- Họp mặt 300 vị sư sãi nhân Tết cổ truyền (12/04/2015)
- Sơ kết mô hình "Dân vận khéo" ở Hòn Đất (27/03/2015)
- U Minh Thượng: vận động đồng bào hiến đất làm đường (16/03/2015)
""", "2015-06-29", "Phát huy vai trò sư sãi, Achar trong vùng đồng bào Khmer",
E("so_ket", "2015-H1", "2015-06-26"),
[P("Danh Út", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Phol", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Láng Cát"),
 P("Danh Sóc Phon", "Đại đức", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện Gò Quao"),
 P("Thị Sà Rươl", "Phó Chủ tịch Hội LHPN xã Vĩnh Phước B"),
 P("Danh Hồng Sơn", "HUV", "Trưởng Ban Dân vận Huyện ủy Châu Thành"),
 P("Danh Thanh Bình", "Chủ tịch UBND xã Mong Thọ A")],
[Q("75 chùa Phật giáo Nam tông Khmer", 75, "chùa Phật giáo Nam tông Khmer"),
 Q("2.150 phần quà", 2150, "phần quà"),
 Q("860 triệu đồng", 860000000, "đồng"),
 Q("3 lớp bồi dưỡng", 3, "lớp bồi dưỡng"),
 Q("245 Achar, Ban quản trị chùa", 245, "Achar, Ban quản trị chùa"),
 Q("1.420 hộ Khmer", 1420, "hộ Khmer"),
 Q("hơn 26 tỷ đồng", 26000000000, "đồng", "over"),
 Q("12.400 m2", 12400, "m2"),
 Q("3.100 ngày công", 3100, "ngày công"),
 Q("18 tuyến đường giao thông nông thôn", 18, "tuyến đường giao thông nông thôn"),
 Q("100%", 100, "%"),
 Q("37 chị em", 37, "chị em"),
 Q("7 vụ tranh chấp đất đai kéo dài", 7, "vụ tranh chấp đất đai kéo dài")],
[D("Chỉ thị", "11", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Quyết định", "29", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 29/2013/QĐ-TTg"),
 D("Nghị quyết", "03", "NQ/TU", "2015-04-10", "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 03-NQ/TU ngày 10/4/2015")],
[prov("Kiên Giang"), com("Vĩnh Phước B"), com("Mong Thọ A")],
["Ban Dân vận Tỉnh ủy Kiên Giang", "Trang chủ › Tin tức › Hoạt động của Ban",
 "Ảnh: Đồng chí Danh Út phát biểu kết luận hội nghị.", "Chôl Chnăm Thmây", "Sene Dolta", "Ok Om Bok",
 "Phụ nữ Khmer tiết kiệm làm kinh tế", "Lượt đọc: 918", "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["29-06-2015 17:20", "6 tháng đầu năm 2015", "6 tháng cuối năm", "6 tháng qua", "Lượt đọc: 918"]))

PAGES.append(page("b2194-tphcm-mttq-doithoai-hoa-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN BÌNH TÂN
Trang chủ - Tin hoạt động - Công tác dân tộc, tôn giáo
Thứ Năm, 22/9/2016
Bà con người Hoa phát biểu tại buổi đối thoại.
Lắng nghe người Hoa phường An Lạc
Tối 20/9/2016, Ủy ban MTTQ Việt Nam quận Bình Tân phối hợp với UBND phường An Lạc tổ chức buổi đối thoại giữa người đứng đầu cấp ủy, chính quyền với đồng bào người Hoa năm 2016. Hơn 150 đại biểu là người có uy tín, đại diện các hội quán, miếu và bà con người Hoa trong 6 khu phố đã tham dự.
Chủ trì đối thoại có đồng chí Lý Thái Hưng, Phó Bí thư Quận ủy, Chủ tịch UBND quận; đồng chí Trương Cẩm Hà, Quận ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam quận và đồng chí Hứa Ngọc Phụng, Bí thư Đảng ủy phường An Lạc.
Theo báo cáo, phường có 2.860 hộ người Hoa với khoảng 11.500 người, chiếm 18% dân số phường; có 4 cơ sở tín ngưỡng của người Hoa và 3 trường dạy tiếng Hoa. Trong năm, phường đã hỗ trợ 74 hộ người Hoa nghèo vay vốn giải quyết việc làm với tổng số tiền 1,48 tỷ đồng; trao 95 suất học bổng cho học sinh người Hoa.
Tại buổi đối thoại, 17 lượt ý kiến đã được nêu. Ông Lâm Chấn Huy, Trưởng ban Quản trị miếu Thiên Hậu Bình Tân, đề nghị hướng dẫn thủ tục sửa chữa mái miếu và bố trí lực lượng giữ trật tự trong dịp Tết Nguyên tiêu. Bà Quách Thị Mỹ Linh, Tổ trưởng tổ dân phố 42, phản ánh tình trạng ngập nước sau mưa ở hẻm 12. Ông Tạ Quốc Vinh, Phó Hội trưởng Hội tương tế người Hoa Triều Châu quận, kiến nghị kéo dài thời gian học các lớp tiếng Hoa buổi tối.
Trả lời các ý kiến, đồng chí Lý Thái Hưng cho biết quận sẽ đưa tuyến hẻm 12 vào kế hoạch chống ngập năm 2017 với kinh phí dự kiến 3,2 tỷ đồng; đồng thời giao Phòng Nội vụ hướng dẫn thủ tục sửa chữa cơ sở tín ngưỡng theo Nghị định 92/2012/NĐ-CP. Đồng chí Hứa Ngọc Phụng đề nghị bà con tiếp tục tham gia cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa" và thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Kết thúc buổi đối thoại, đồng chí Trương Cẩm Hà đề nghị Ban Thường trực Ủy ban MTTQ phường tổng hợp đầy đủ ý kiến, theo dõi việc giải quyết và thông tin lại cho nhân dân trước ngày 30/11/2016.
Theo Ủy ban MTTQ Việt Nam quận, đây là năm thứ ba quận tổ chức đối thoại riêng với đồng bào người Hoa tại các phường có đông người Hoa sinh sống. Qua đối thoại, nhiều kiến nghị chính đáng của bà con đã được giải quyết dứt điểm, góp phần củng cố lòng tin của nhân dân vào cấp ủy, chính quyền, giữ vững khối đại đoàn kết toàn dân tộc trên địa bàn TP Hồ Chí Minh.
Quốc Bảo
Xem thêm
- Họp mặt bà con người Hoa nhân Tết Trung thu (14/09/2016)
- Quận Bình Tân: trao 200 suất quà cho hộ người Hoa khó khăn (08/02/2016)
- Hội nghị người có uy tín trong đồng bào dân tộc năm 2016 (19/01/2016)
""", "2016-09-22", "Lắng nghe người Hoa phường An Lạc",
E("doi_thoai", "2016", "2016-09-20"),
[P("Lý Thái Hưng", "Phó Bí thư Quận ủy", "Chủ tịch UBND quận"),
 P("Trương Cẩm Hà", "Quận ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Hứa Ngọc Phụng", "Bí thư Đảng ủy phường An Lạc"),
 P("Lâm Chấn Huy", "Trưởng ban Quản trị miếu Thiên Hậu Bình Tân"),
 P("Quách Thị Mỹ Linh", "Tổ trưởng tổ dân phố 42"),
 P("Tạ Quốc Vinh", "Phó Hội trưởng Hội tương tế người Hoa Triều Châu quận")],
[Q("Hơn 150 đại biểu", 150, "đại biểu", "over"),
 Q("6 khu phố", 6, "khu phố"),
 Q("2.860 hộ người Hoa", 2860, "hộ người Hoa"),
 Q("khoảng 11.500 người", 11500, "người", "approx"),
 Q("18%", 18, "%"),
 Q("4 cơ sở tín ngưỡng", 4, "cơ sở tín ngưỡng"),
 Q("3 trường dạy tiếng Hoa", 3, "trường dạy tiếng Hoa"),
 Q("74 hộ người Hoa nghèo", 74, "hộ người Hoa nghèo"),
 Q("1,48 tỷ đồng", 1480000000, "đồng"),
 Q("95 suất học bổng", 95, "suất học bổng"),
 Q("17 lượt ý kiến", 17, "lượt ý kiến"),
 Q("3,2 tỷ đồng", 3200000000, "đồng")],
[D("Nghị định", "92", "2012/NĐ-CP", None, None, "Nghị định 92/2012/NĐ-CP"),
 D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016")],
[prov("Hồ Chí Minh"), com("An Lạc")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN BÌNH TÂN", "Trang chủ - Tin hoạt động - Công tác dân tộc, tôn giáo",
 "Bà con người Hoa phát biểu tại buổi đối thoại.", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Tết Nguyên tiêu",
 "miếu Thiên Hậu Bình Tân", "Hội tương tế người Hoa Triều Châu quận"],
["Thứ Năm, 22/9/2016", "năm 2016", "năm 2017", "tổ dân phố 42", "hẻm 12", "năm thứ ba"]))
