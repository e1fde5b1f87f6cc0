from lib import *
PAGES = []

PAGES.append(page("b1349-namdinh-bdv-tongket-conggiao-2011", """
BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Hoạt động » Công tác tôn giáo
Thứ Ba, 27/12/2011 - 16:20
Quang cảnh hội nghị tổng kết. Ảnh: Văn Hưng
Nam Định: Tổng kết công tác vận động đồng bào Công giáo năm 2011
Ngày 26/12/2011, Ban Dân vận Tỉnh ủy Nam Định tổ chức hội nghị tổng kết công tác vận động đồng bào Công giáo năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Trần Văn Hưởng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; dự có đại diện Ban Tôn giáo Sở Nội vụ, Ủy ban MTTQ Việt Nam tỉnh và 38 đồng chí trưởng ban dân vận, trưởng phòng nội vụ các huyện, thành phố.
Năm 2011, toàn tỉnh có hơn 390 nghìn người theo đạo Công giáo, sinh hoạt ở 212 giáo xứ thuộc hai giáo phận Bùi Chu và Phát Diệm. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 21-CT/TU ngày 14/4/2011 về tăng cường công tác vận động đồng bào Công giáo trong tình hình mới và hướng dẫn các huyện ủy sơ kết 3 năm thực hiện Kế hoạch 67-KH/TU của Tỉnh ủy về công tác tôn giáo. Các cấp đã tổ chức 146 cuộc tiếp xúc, thăm hỏi linh mục, chức việc nhân dịp Lễ Phục sinh và Lễ Giáng sinh.
Phong trào "Sống tốt đời, đẹp đạo" tiếp tục lan rộng; đồng bào Công giáo đóng góp trên 41 tỷ đồng xây dựng đường giao thông nông thôn, hiến 23.600 m2 đất làm đường. Toàn tỉnh có 187 giáo họ đạt danh hiệu "Giáo họ văn hóa". Tuy vậy, ở một số nơi vẫn còn tranh chấp đất đai liên quan cơ sở thờ tự; các cấp đã giải quyết dứt điểm 9/12 vụ việc tồn đọng.
Tại hội nghị, Linh mục Phêrô Đỗ Văn Cường, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh, cho biết các linh mục trong Ủy ban luôn vận động giáo dân chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước. Đồng chí Vũ Thị Nhàn, HUV, Trưởng Ban Dân vận Huyện ủy Giao Thủy, chia sẻ kinh nghiệm xây dựng tổ dân vận ở các giáo họ ven biển; ông Phạm Ngọc Toản, Chủ tịch UBND xã Hải Lý, nêu cách vận động bà con giáo dân tham gia dồn điền, đổi thửa.
Kết luận hội nghị, đồng chí Trần Văn Hưởng đề nghị năm 2012 các cấp tiếp tục quán triệt Chỉ thị 37-CT/TW của Bộ Chính trị về công tác tôn giáo trong tình hình mới, nắm chắc tình hình, kịp thời giải quyết những vấn đề phát sinh ngay từ cơ sở; chuẩn bị chu đáo các đoàn thăm, chúc mừng Lễ Giáng sinh. Trưởng Ban Dân vận Tỉnh ủy cũng yêu cầu các huyện ủy phối hợp với Mặt trận rà soát, bồi dưỡng đội ngũ cán bộ làm công tác tôn giáo ở 97 xã, thị trấn có đông đồng bào Công giáo.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 11 tập thể và 16 cá nhân có thành tích xuất sắc.
Đồng chí Trần Văn Hưởng trao giấy khen cho các tập thể.
Văn Hưng
Lượt xem: 1.204
Tin liên quan
- Thăm, chúc mừng Giáo phận Bùi Chu nhân Lễ Giáng sinh (23/12/2011)
- Xuân Trường: 5 năm phong trào "Sống tốt đời, đẹp đạo" (08/12/2011)
- Hội nghị báo cáo viên tháng 11 (25/11/2011)
- Nghĩa Hưng ra mắt 12 tổ dân vận giáo họ (02/11/2011)
""", "2011-12-27", "Nam Định: Tổng kết công tác vận động đồng bào Công giáo năm 2011",
E("tong_ket", "2011", "2011-12-26"),
[P("Trần Văn Hưởng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phêrô Đỗ Văn Cường", "Linh mục", "Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Vũ Thị Nhàn", "HUV", "Trưởng Ban Dân vận Huyện ủy Giao Thủy"),
 P("Phạm Ngọc Toản", "Chủ tịch UBND xã Hải Lý")],
[Q("38 đồng chí", 38, "đồng chí"), Q("hơn 390 nghìn người", 390000, "người", "over"),
 Q("212 giáo xứ", 212, "giáo xứ"), Q("146 cuộc tiếp xúc, thăm hỏi", 146, "cuộc tiếp xúc, thăm hỏi"),
 Q("trên 41 tỷ đồng", 41000000000, "đồng", "over"), Q("23.600 m2", 23600, "m2"),
 Q("187 giáo họ", 187, "giáo họ"), Q("9/12 vụ việc tồn đọng", 9, "vụ việc tồn đọng"),
 Q("97 xã, thị trấn", 97, "xã, thị trấn"),
 Q("11 tập thể", 11, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Chỉ thị", "21", "CT/TU", "2011-04-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 14/4/2011"),
 D("Kế hoạch", "67", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 67-KH/TU của Tỉnh ủy"),
 D("Chỉ thị", "37", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 37-CT/TW của Bộ Chính trị")],
[prov("Nam Định"), com("Hải Lý")],
["BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Hoạt động » Công tác tôn giáo",
 "Quang cảnh hội nghị tổng kết. Ảnh: Văn Hưng", "Đồng chí Trần Văn Hưởng trao giấy khen cho các tập thể.",
 "Sống tốt đời, đẹp đạo", "Giáo họ văn hóa", "Lượt xem: 1.204", "Bùi Chu", "Phát Diệm", "Lễ Phục sinh"],
["Thứ Ba, 27/12/2011 - 16:20", "38 đồng chí", "năm 2011", "năm 2012", "3 năm", "Lượt xem: 1.204"]))

PAGES.append(page("b1350-tayninh-mttq-gapmat-caodai-2012", """
Báo Tây Ninh Online
Chính trị » Mặt trận - Đoàn thể
Cập nhật ngày: 14/09/2012 - 08:35
Gặp mặt hơn 300 chức sắc, chức việc các tôn giáo
Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tây Ninh vừa tổ chức hội nghị gặp mặt chức sắc, chức việc các tôn giáo năm 2012 nhằm thông tin tình hình kinh tế - xã hội và lắng nghe ý kiến của đồng bào có đạo.
Ảnh: Đại biểu dự hội nghị gặp mặt.
(BTNO) - Sáng 13/9, tại Hội trường Ủy ban MTTQ Việt Nam tỉnh, hơn 300 chức sắc, chức việc tiêu biểu của đạo Cao Đài, Phật giáo, Công giáo, Tin lành và Hồi giáo trên địa bàn tỉnh đã về dự hội nghị. Đồng chí Nguyễn Thị Bích Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; cùng dự có đồng chí Lê Hữu Phước, Phó Chủ tịch UBND tỉnh.
Báo cáo tại hội nghị cho biết, Tây Ninh hiện có gần 700 nghìn tín đồ các tôn giáo, trong đó tín đồ Cao Đài chiếm đa số, với 108 thánh thất, điện thờ thuộc 9 hệ phái. Thực hiện Quy chế phối hợp số 03/QCPH-MTTQ-BTG giữa Ủy ban MTTQ tỉnh và Ban Tôn giáo tỉnh, các cấp Mặt trận đã vận động các tổ chức tôn giáo tham gia cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; 6 tháng đầu năm, các tôn giáo đóng góp hơn 12,4 tỷ đồng làm công tác từ thiện xã hội, xây 47 căn nhà tình thương.
Nhiều ý kiến của chức sắc tập trung vào thủ tục cấp giấy chứng nhận quyền sử dụng đất cho cơ sở thờ tự, việc tổ chức lễ hội lớn tại Tòa Thánh Tây Ninh và đề nghị tạo điều kiện để các hệ phái mở lớp bồi dưỡng giáo lý. Chánh trị sự Trần Văn Tươi, Trưởng Ban Cai quản họ đạo Trường Hòa, phản ánh tình trạng một số cơ sở kinh doanh gần thánh thất gây ồn ào trong giờ cúng tứ thời. Hòa thượng Thích Huệ Thông, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị quan tâm bảo vệ môi trường quanh khu di tích núi Bà Đen.
Giải đáp các ý kiến, Phó Chủ tịch UBND tỉnh Lê Hữu Phước cho biết tỉnh đã chỉ đạo Sở Tài nguyên và Môi trường rà soát, đến nay đã cấp giấy chứng nhận cho 61 cơ sở thờ tự; đề nghị các tổ chức tôn giáo tiếp tục phối hợp với chính quyền thực hiện Nghị định 92/2012/NĐ-CP của Chính phủ quy định chi tiết và biện pháp thi hành Pháp lệnh tín ngưỡng, tôn giáo.
Phát biểu bế mạc, đồng chí Nguyễn Thị Bích Vân mong muốn các chức sắc tiếp tục phát huy vai trò, hướng dẫn tín đồ sống "tốt đời, đẹp đạo", tham gia giữ gìn an ninh trật tự, góp phần xây dựng quê hương Tây Ninh giàu đẹp.
Thanh Bình
Số lượt xem: 652
Tin khác
- Hội thảo về vai trò tôn giáo trong xây dựng nông thôn mới (05/09/2012)
- Mặt trận huyện Hòa Thành giám sát việc giải quyết đơn thư (29/08/2012)
- Trao 120 suất học bổng cho học sinh nghèo (21/08/2012)
- Châu Thành: Ra mắt khu dân cư văn hóa (10/08/2012)
""", "2012-09-14", "Gặp mặt hơn 300 chức sắc, chức việc các tôn giáo",
E("hoi_nghi", "2012", "2012-09-13"),
[P("Nguyễn Thị Bích Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Hữu Phước", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Văn Tươi", "Chánh trị sự", "Trưởng Ban Cai quản họ đạo Trường Hòa"),
 P("Thích Huệ Thông", "Hòa thượng", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh")],
[Q("hơn 300 chức sắc, chức việc", 300, "chức sắc, chức việc", "over"),
 Q("gần 700 nghìn tín đồ", 700000, "tín đồ", "approx"),
 Q("108 thánh thất, điện thờ", 108, "thánh thất, điện thờ"), Q("9 hệ phái", 9, "hệ phái"),
 Q("hơn 12,4 tỷ đồng", 12400000000, "đồng", "over"), Q("47 căn nhà tình thương", 47, "căn nhà tình thương"),
 Q("61 cơ sở thờ tự", 61, "cơ sở thờ tự")],
[D("Quy chế phối hợp", "03", "QCPH-MTTQ-BTG", None, None, "Quy chế phối hợp số 03/QCPH-MTTQ-BTG"),
 D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", "Nghị định 92/2012/NĐ-CP của Chính phủ")],
[prov("Tây Ninh")],
["Báo Tây Ninh Online", "Chính trị » Mặt trận - Đoàn thể", "Ảnh: Đại biểu dự hội nghị gặp mặt.", "(BTNO)",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Tòa Thánh Tây Ninh", "Pháp lệnh tín ngưỡng, tôn giáo",
 "núi Bà Đen", "Sở Tài nguyên và Môi trường", "Số lượt xem: 652"],
["Cập nhật ngày: 14/09/2012 - 08:35", "năm 2012", "6 tháng đầu năm", "Số lượt xem: 652"]))

PAGES.append(page("b1351-soctrang-bdv-traoqua-chua-khmer-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Dân tộc - Tôn giáo
08:40 | 10/04/2013
Lãnh đạo tỉnh thăm, tặng quà các chùa Khmer nhân Tết Chôl Chnăm Thmây
Hòa thượng Lý Chanh Đa tiếp đoàn công tác tại chùa Chén Kiểu.
Trong hai ngày 8 và 9/4/2013, đoàn công tác của Tỉnh ủy, UBND tỉnh do đồng chí Huỳnh Văn Chiến, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà các chùa Phật giáo Nam tông Khmer, sư sãi và gia đình chính sách người Khmer tại thành phố Sóc Trăng, huyện Mỹ Xuyên và thị xã Vĩnh Châu.
Tại chùa Chén Kiểu, xã Đại Tâm, đoàn đã đến thăm Hòa thượng Lý Chanh Đa, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Chén Kiểu. Thay mặt lãnh đạo tỉnh, đồng chí Huỳnh Văn Chiến gửi lời chúc mừng năm mới đến chư tăng và bà con phật tử; ghi nhận những đóng góp của sư sãi trong việc giữ gìn chữ viết, văn hóa dân tộc Khmer, vận động đồng bào tham gia xây dựng nông thôn mới.
Theo Ban Dân vận Tỉnh ủy, dịp Tết Chôl Chnăm Thmây năm nay, các cấp, các ngành trong tỉnh đã thăm, tặng quà cho 92 chùa Khmer, mỗi chùa 3 triệu đồng, cùng 2.450 phần quà cho hộ nghèo, gia đình chính sách đồng bào Khmer, mỗi phần trị giá 300.000 đồng. Tổng kinh phí thăm hỏi, tặng quà gần 1,8 tỷ đồng, được trích từ ngân sách tỉnh và nguồn vận động của Ủy ban MTTQ Việt Nam tỉnh.
Cùng ngày, đồng chí Lâm Văn Mẫn, Tỉnh ủy viên, Trưởng Ban Dân tộc tỉnh, dẫn đầu đoàn đến thăm chùa Kh'leang và chùa Som Rong. Đại đức Thạch Sóc Xane, trụ trì chùa Som Rong, bày tỏ cảm ơn sự quan tâm của Đảng, Nhà nước; cho biết năm qua nhà chùa đã mở 6 lớp dạy chữ Khmer cho 210 em học sinh trong dịp hè.
Được biết, thực hiện Chỉ thị số 68-CT/TW của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer và Quyết định số 29/2013/QĐ-TTg của Thủ tướng Chính phủ, thời gian qua tỉnh Sóc Trăng đã đầu tư hàng trăm tỷ đồng cho các chương trình giảm nghèo, đào tạo nghề vùng đồng bào Khmer. Đồng chí Trần Thị Út, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết Ban sẽ tiếp tục phối hợp với Mặt trận chăm lo Tết cho đồng bào, nhất là hộ nghèo ở các xã vùng sâu, vùng xa.
Trước đó, ngày 5/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã tổ chức họp mặt 150 sư sãi, Achar tiêu biểu và trao 40 căn nhà Đại đoàn kết cho hộ nghèo người Khmer, mỗi căn hỗ trợ 30 triệu đồng.
Tin, ảnh: Kim Thoa
Lượt xem: 957
Tin liên quan
- Vĩnh Châu: Họp mặt sư sãi, Achar chào mừng Tết cổ truyền (05/04/2013)
- Trao 300 suất quà cho đồng bào Khmer nghèo (02/04/2013)
- Ngã Năm tổng kết phong trào xây dựng phum, sóc văn hóa (22/03/2013)
- Hội thi văn nghệ dân gian Khmer lần thứ IV (15/03/2013)
""", "2013-04-10", "Lãnh đạo tỉnh thăm, tặng quà các chùa Khmer nhân Tết Chôl Chnăm Thmây",
E("trao_qua", None, "2013-04-08"),
[P("Huỳnh Văn Chiến", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lý Chanh Đa", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Chén Kiểu"),
 P("Lâm Văn Mẫn", "Tỉnh ủy viên", "Trưởng Ban Dân tộc tỉnh"),
 P("Thạch Sóc Xane", "Đại đức", "trụ trì chùa Som Rong"),
 P("Trần Thị Út", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("92 chùa Khmer", 92, "chùa Khmer"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("2.450 phần quà", 2450, "phần quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("gần 1,8 tỷ đồng", 1800000000, "đồng", "approx"), Q("6 lớp dạy chữ Khmer", 6, "lớp dạy chữ Khmer"),
 Q("210 em học sinh", 210, "em học sinh"), Q("150 sư sãi, Achar", 150, "sư sãi, Achar"),
 Q("40 căn nhà Đại đoàn kết", 40, "căn nhà Đại đoàn kết"), Q("30 triệu đồng", 30000000, "đồng")],
[D("Chỉ thị", "68", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 68-CT/TW của Ban Bí thư"),
 D("Quyết định", "29", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 29/2013/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Sóc Trăng"), com("Đại Tâm")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Dân tộc - Tôn giáo",
 "Hòa thượng Lý Chanh Đa tiếp đoàn công tác tại chùa Chén Kiểu.", "Chôl Chnăm Thmây", "chùa Kh'leang", "Lượt xem: 957"],
["08:40 | 10/04/2013", "hàng trăm tỷ đồng", "Lượt xem: 957"]))

PAGES.append(page("b1352-haugiang-bdv-soket-hoahao-2014", """
Báo Hậu Giang Online
Trang chủ > Chính trị > Xây dựng Đảng
Cập nhật: 15:05, 08/07/2014 (GMT+7)
Đồng chí Nguyễn Văn Dũng phát biểu tại hội nghị.
Vận động tín đồ Phật giáo Hòa Hảo chung sức xây dựng nông thôn mới
(HGO) - Ngày 7/7, Ban Dân vận Tỉnh ủy Hậu Giang tổ chức hội nghị sơ kết công tác dân vận và công tác tôn giáo 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Văn Dũng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy kiêm Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Theo báo cáo, 6 tháng qua, khối dân vận các cấp đã tập trung vận động tín đồ các tôn giáo, nhất là đồng bào Phật giáo Hòa Hảo ở các huyện Phụng Hiệp, Long Mỹ, Châu Thành A, tham gia phong trào thi đua "Hậu Giang chung sức xây dựng nông thôn mới". Các Ban Trị sự Phật giáo Hòa Hảo cơ sở đã vận động bà con góp hơn 7,2 tỷ đồng, 3.800 ngày công làm 26 cây cầu giao thông nông thôn, nâng cấp 41 km đường; hỗ trợ 530 bệnh nhân nghèo điều trị tại các trạm y tế, phòng thuốc nam phước thiện.
Ban Dân vận Tỉnh ủy đã phối hợp Ban Tôn giáo tỉnh tổ chức 2 lớp bồi dưỡng kiến thức về công tác tôn giáo cho 168 cán bộ cơ sở; hướng dẫn các huyện ủy sơ kết 5 năm thực hiện Kết luận số 78-KL/TW của Bộ Chính trị và Kế hoạch số 24-KH/TU ngày 12/3/2014 của Ban Thường vụ Tỉnh ủy. Tình hình tôn giáo trên địa bàn cơ bản ổn định; tuy nhiên vẫn còn vài trường hợp lợi dụng danh nghĩa "Phật giáo Hòa Hảo thuần túy" tụ tập, gây mất trật tự ở xã Long Thạnh.
Tại hội nghị, ông Lê Văn Bé Tư, Phó Trưởng ban Ban Trị sự Phật giáo Hòa Hảo tỉnh, cho biết trong dịp Đại lễ 18/5 âm lịch sắp tới, Ban Trị sự sẽ hướng dẫn tín đồ tổ chức lễ tại gia, bảo đảm trang nghiêm, tiết kiệm. Đồng chí Trần Thị Kim Hoa, Trưởng Ban Dân vận Huyện ủy Phụng Hiệp, đề xuất tăng kinh phí hoạt động cho các tổ dân vận ở ấp có đông tín đồ.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Dũng yêu cầu 6 tháng cuối năm các cấp tiếp tục làm tốt công tác nắm tình hình, phối hợp với Ban Trị sự Phật giáo Hòa Hảo tổ chức chu đáo lễ kỷ niệm ngày khai đạo; quan tâm giải quyết kịp thời đơn thư của tín đồ, không để phát sinh điểm nóng. Hội nghị cũng thống nhất nhân rộng mô hình "Dân vận khéo" trong vùng đồng bào tôn giáo, phấn đấu mỗi huyện có ít nhất 2 mô hình.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 8 tập thể, 14 cá nhân có thành tích xuất sắc trong công tác vận động đồng bào tôn giáo.
Kim Ngân
Lượt xem: 811
Các tin khác
- Vị Thanh: Họp mặt chức sắc tôn giáo (30/06/2014)
- 12 cây cầu nông thôn được khánh thành nhờ sức dân (20/06/2014)
- Long Mỹ sơ kết Quy chế dân chủ ở cơ sở (12/06/2014)
- Tập huấn nghiệp vụ cho cán bộ Mặt trận cơ sở (28/05/2014)
""", "2014-07-08", "Vận động tín đồ Phật giáo Hòa Hảo chung sức xây dựng nông thôn mới",
E("so_ket", "2014-H1", "2014-07-07"),
[P("Nguyễn Văn Dũng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy kiêm Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Bé Tư", "Phó Trưởng ban Ban Trị sự Phật giáo Hòa Hảo tỉnh"),
 P("Trần Thị Kim Hoa", "Trưởng Ban Dân vận Huyện ủy Phụng Hiệp")],
[Q("hơn 7,2 tỷ đồng", 7200000000, "đồng", "over"), Q("3.800 ngày công", 3800, "ngày công"),
 Q("26 cây cầu giao thông nông thôn", 26, "cây cầu giao thông nông thôn"), Q("41 km", 41, "km"),
 Q("530 bệnh nhân nghèo", 530, "bệnh nhân nghèo"), Q("2 lớp bồi dưỡng", 2, "lớp bồi dưỡng"),
 Q("168 cán bộ cơ sở", 168, "cán bộ cơ sở"), Q("ít nhất 2 mô hình", 2, "mô hình", "over"),
 Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Kết luận", "78", "KL/TW", None, "Bộ Chính trị", "Kết luận số 78-KL/TW của Bộ Chính trị"),
 D("Kế hoạch", "24", "KH/TU", "2014-03-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 24-KH/TU ngày 12/3/2014 của Ban Thường vụ Tỉnh ủy")],
[prov("Hậu Giang"), com("Long Thạnh")],
["Báo Hậu Giang Online", "Trang chủ > Chính trị > Xây dựng Đảng", "Đồng chí Nguyễn Văn Dũng phát biểu tại hội nghị.", "(HGO)",
 "Hậu Giang chung sức xây dựng nông thôn mới", "Phật giáo Hòa Hảo thuần túy", "Dân vận khéo", "Lượt xem: 811"],
["Cập nhật: 15:05, 08/07/2014 (GMT+7)", "6 tháng đầu năm 2014", "6 tháng cuối năm", "5 năm", "6 tháng qua", "18/5 âm lịch", "Lượt xem: 811"]))

PAGES.append(page("b1353-ninhthuan-daihoi-hoidongchucsac-bani-2015", """
NINH THUẬN ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Ninh Thuận
Thời sự :: Dân tộc - Tôn giáo
Thứ Sáu, 20/11/2015 - 09:50
Ông Đàng Ngọc Thái (thứ ba từ trái sang) nhận hoa chúc mừng.
Đại hội đại biểu Hội đồng Chức sắc Hồi giáo Bà Ni tỉnh lần thứ III
Ngày 19/11/2015, tại thôn Văn Lâm 1, xã Phước Nam, huyện Thuận Nam, Hội đồng Chức sắc Hồi giáo Bà Ni tỉnh Ninh Thuận long trọng tổ chức Đại hội đại biểu lần thứ III, nhiệm kỳ 2015 - 2020. Dự đại hội có đồng chí Chamaléa Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Nguyễn Bảo Lâm, Phó Chủ tịch UBND tỉnh; đại diện Ban Tôn giáo Chính phủ cùng 135 đại biểu là chức sắc Cả sư, Imâm, Khatip đại diện cho gần 40 nghìn tín đồ Hồi giáo Bà Ni trong tỉnh.
Nhiệm kỳ 2010 - 2015, Hội đồng Chức sắc đã hướng dẫn 23 thánh đường tổ chức tốt các lễ Ramưwan, lễ cầu an theo đúng Hiến chương; vận động tín đồ đóng góp trên 2,3 tỷ đồng xây dựng, tu sửa thánh đường, làm đường bê tông nội thôn. Trong 5 năm, chức sắc và tín đồ tham gia giúp đỡ 217 hộ nghèo, hiến hơn 4.000 m2 đất để mở đường; không có chức sắc, tín đồ vi phạm pháp luật.
Phát biểu chỉ đạo, đồng chí Chamaléa Thị Hoa ghi nhận những đóng góp của chức sắc Hồi giáo Bà Ni vào khối đại đoàn kết toàn dân tộc, đề nghị Hội đồng nhiệm kỳ mới tiếp tục thực hiện tốt Quy chế phối hợp số 12/QCPH giữa Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh và Ban Tôn giáo tỉnh; hướng dẫn tín đồ tích cực hưởng ứng cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Đồng chí Nguyễn Bảo Lâm đề nghị Sở Nội vụ sớm hướng dẫn thủ tục công nhận Ban Đại diện theo Nghị định số 92/2012/NĐ-CP ngày 08/11/2012 của Chính phủ.
Đại hội đã hiệp thương cử 21 vị vào Hội đồng Chức sắc nhiệm kỳ 2015 - 2020. Cả sư Đàng Ngọc Thái, Trưởng Ban Cai quản thánh đường Văn Lâm, tiếp tục được tín nhiệm giữ chức Chủ tịch Hội đồng Chức sắc Hồi giáo Bà Ni tỉnh; các ông Thuận Văn Đức, Lộ Minh Tâm được bầu làm Phó Chủ tịch Hội đồng; ông Châu Văn Lệ làm Thư ký.
Cũng tại đại hội, UBND tỉnh tặng bằng khen cho 4 tập thể và 9 cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2010 - 2015.
Thay mặt Hội đồng khóa mới, Cả sư Đàng Ngọc Thái hứa sẽ tiếp tục đồng hành cùng chính quyền, hướng dẫn tín đồ giữ gìn bản sắc văn hóa Chăm gắn với sống tốt đời, đẹp đạo.
Bài, ảnh: Đàng Thanh
Lượt xem: 734
Tin liên quan
- Thăm, chúc mừng đồng bào Chăm nhân Lễ hội Katê (14/10/2015)
- Phước Nam: Hội nghị đối thoại với người có uy tín (30/09/2015)
- Bồi dưỡng công tác dân vận cho chức sắc tôn giáo (18/09/2015)
- 10 năm thực hiện Pháp lệnh tín ngưỡng, tôn giáo (04/09/2015)
""", "2015-11-20", "Đại hội đại biểu Hội đồng Chức sắc Hồi giáo Bà Ni tỉnh lần thứ III",
E("dai_hoi", None, "2015-11-19"),
[P("Chamaléa Thị Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Bảo Lâm", "Phó Chủ tịch UBND tỉnh"),
 P("Đàng Ngọc Thái", "Cả sư", "Trưởng Ban Cai quản thánh đường Văn Lâm", "Chủ tịch Hội đồng Chức sắc Hồi giáo Bà Ni tỉnh"),
 P("Thuận Văn Đức", "Phó Chủ tịch Hội đồng"),
 P("Lộ Minh Tâm", "Phó Chủ tịch Hội đồng"),
 P("Châu Văn Lệ", "Thư ký")],
[Q("135 đại biểu", 135, "đại biểu"), Q("gần 40 nghìn tín đồ", 40000, "tín đồ", "approx"),
 Q("23 thánh đường", 23, "thánh đường"), Q("trên 2,3 tỷ đồng", 2300000000, "đồng", "over"),
 Q("217 hộ nghèo", 217, "hộ nghèo"), Q("hơn 4.000 m2", 4000, "m2", "over"), Q("21 vị", 21, "vị"),
 Q("4 tập thể", 4, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Quy chế phối hợp", "12", "QCPH", None, None, "Quy chế phối hợp số 12/QCPH"),
 D("Nghị định", "92", "2012/NĐ-CP", "2012-11-08", "Chính phủ", "Nghị định số 92/2012/NĐ-CP ngày 08/11/2012 của Chính phủ")],
[prov("Ninh Thuận"), com("Phước Nam")],
["NINH THUẬN ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Ninh Thuận", "Thời sự :: Dân tộc - Tôn giáo",
 "Ông Đàng Ngọc Thái (thứ ba từ trái sang) nhận hoa chúc mừng.", "Ramưwan", "Hiến chương",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt xem: 734"],
["Thứ Sáu, 20/11/2015 - 09:50", "lần thứ III", "nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2010 - 2015", "5 năm",
 "giai đoạn 2010 - 2015", "Văn Lâm 1", "Lượt xem: 734"]))

PAGES.append(page("b1354-daklak-bdv-taphuan-tinlanh-2016", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Vị trí: Trang chủ > Tin tức > Hoạt động Ban Dân vận
Ngày đăng 25/08/2016 | 10:40
Tập huấn công tác vận động đồng bào theo đạo Tin lành năm 2016
Trong 2 ngày 23 và 24/8/2016, Ban Dân vận Tỉnh ủy Đắk Lắk phối hợp với Ban Tôn giáo - Sở Nội vụ tổ chức lớp tập huấn công tác vận động đồng bào theo đạo Tin lành năm 2016 cho 115 học viên là cán bộ dân vận, cán bộ Mặt trận, công an xã và trưởng buôn ở 8 huyện có đông tín đồ.
Toàn cảnh lớp tập huấn.
Đến dự và khai mạc lớp tập huấn có đồng chí Y Khuê Ênuôl, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy. Theo số liệu của Ban Tôn giáo, toàn tỉnh hiện có khoảng 205.000 tín đồ Tin lành, chiếm 11,2% dân số, phần lớn là đồng bào Êđê, M'nông, Jrai; có 94 chi hội đã được công nhận và 320 điểm nhóm đăng ký sinh hoạt tôn giáo tập trung.
Các học viên được nghe đồng chí H'Luân Mlô, Phó Trưởng Ban Dân vận Tỉnh ủy, quán triệt Chỉ thị số 01/2005/CT-TTg của Thủ tướng Chính phủ về một số công tác đối với đạo Tin lành và Kết luận số 25-KL/TU ngày 16/5/2016 của Ban Thường vụ Tỉnh ủy về công tác tôn giáo giai đoạn 2016 - 2020; ông Lê Văn Sang, Trưởng phòng Tin lành Ban Tôn giáo - Sở Nội vụ, giới thiệu những nội dung cơ bản của Nghị định 92/2012/NĐ-CP và các bước hướng dẫn điểm nhóm đăng ký sinh hoạt. Mục sư Y Kim Byă, Hội trưởng Chi hội Tin lành Buôn Ky, chia sẻ cách chi hội phối hợp với chính quyền vận động tín đồ không nghe theo số đối tượng xấu tuyên truyền "Tin lành Đê Ga".
Tại buổi thảo luận, nhiều học viên phản ánh ở một số buôn vẫn còn tình trạng tự ý xây dựng điểm nhóm, tranh chấp giữa các hệ phái; đề nghị tỉnh sớm bố trí kinh phí bồi dưỡng cho người có uy tín. Bà H'Yâm Niê, Trưởng Ban Dân vận Huyện ủy Krông Búk, giới thiệu mô hình "Buôn không có tín đồ vi phạm pháp luật" ở xã Cư Né, với 14 buôn đăng ký thực hiện.
Bế mạc lớp tập huấn, đồng chí Y Khuê Ênuôl đề nghị học viên vận dụng kiến thức đã học, nắm chắc tình hình ở từng buôn, thực hiện tốt phương châm "nghe dân nói, nói dân hiểu, làm dân tin". Năm 2016, Ban Dân vận Tỉnh ủy dự kiến mở thêm 3 lớp tương tự tại Ea H'leo, Krông Pắc và Lắk, với tổng kinh phí 180 triệu đồng. Tài liệu tập huấn sẽ được dịch sang tiếng Êđê, Jrai để phát cho các buôn, điểm nhóm trong tỉnh.
Ngọc Khánh
Số lần xem: 1.062
Tin khác
- Gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (16/08/2016)
- Cư M'gar: 5 năm thực hiện mô hình "Dân vận khéo" (05/08/2016)
- Giao ban công tác dân vận quý II/2016 (22/07/2016)
- Thăm, chúc mừng Hội thánh Tin lành Việt Nam (miền Nam) (10/07/2016)
""", "2016-08-25", "Tập huấn công tác vận động đồng bào theo đạo Tin lành năm 2016",
E("tap_huan", "2016", "2016-08-23"),
[P("Y Khuê Ênuôl", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Luân Mlô", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Sang", "Trưởng phòng Tin lành Ban Tôn giáo - Sở Nội vụ"),
 P("Y Kim Byă", "Mục sư", "Hội trưởng Chi hội Tin lành Buôn Ky"),
 P("H'Yâm Niê", "Trưởng Ban Dân vận Huyện ủy Krông Búk")],
[Q("115 học viên", 115, "học viên"), Q("8 huyện", 8, "huyện"),
 Q("khoảng 205.000 tín đồ Tin lành", 205000, "tín đồ Tin lành", "approx"), Q("11,2%", 11.2, "%"),
 Q("94 chi hội", 94, "chi hội"), Q("320 điểm nhóm", 320, "điểm nhóm"), Q("14 buôn", 14, "buôn"),
 Q("3 lớp", 3, "lớp"), Q("180 triệu đồng", 180000000, "đồng")],
[D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 01/2005/CT-TTg của Thủ tướng Chính phủ"),
 D("Kết luận", "25", "KL/TU", "2016-05-16", "Ban Thường vụ Tỉnh ủy", "Kết luận số 25-KL/TU ngày 16/5/2016 của Ban Thường vụ Tỉnh ủy"),
 D("Nghị định", "92", "2012/NĐ-CP", None, None, "Nghị định 92/2012/NĐ-CP")],
[prov("Đắk Lắk"), com("Cư Né")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Vị trí: Trang chủ > Tin tức > Hoạt động Ban Dân vận", "Toàn cảnh lớp tập huấn.",
 "Tin lành Đê Ga", "Buôn không có tín đồ vi phạm pháp luật", "nghe dân nói, nói dân hiểu, làm dân tin", "Số lần xem: 1.062"],
["Ngày đăng 25/08/2016 | 10:40", "năm 2016", "giai đoạn 2016 - 2020", "Năm 2016", "Trong 2 ngày", "Số lần xem: 1.062"]))
