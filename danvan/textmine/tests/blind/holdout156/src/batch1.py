from lib import *
PAGES = []

PAGES.append(page("b3701-ninhthuan-bdv-kate-2011", """
BAN DÂN VẬN TỈNH ỦY NINH THUẬN
Trang chủ » Tin tức » Công tác dân tộc, tôn giáo
Thứ Ba, 27/09/2011 - 09:30
Ảnh: Đoàn công tác tặng quà chức sắc Bà-la-môn.
Thăm, tặng quà chức sắc, chức việc Bà-la-môn nhân dịp lễ hội Katê năm 2011
Ngày 26/9/2011, đoàn công tác của Tỉnh ủy Ninh Thuận do đồng chí Lưu Văn Tám, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh làm trưởng đoàn đã đến thăm, chúc mừng và tặng quà Hội đồng chức sắc Bà-la-môn tỉnh cùng các vị chức sắc, chức việc tại các xã Phước Hậu, Phước Hà và Phước Thái nhân dịp lễ hội Katê năm 2011 của đồng bào Chăm.
Cùng đi có đồng chí Đàng Thị Mỹ Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phú Văn Thành, Trưởng Ban Dân tộc tỉnh.
Tại trụ sở Hội đồng chức sắc Bà-la-môn, đồng chí Lưu Văn Tám thông tin với các vị chức sắc về tình hình kinh tế - xã hội của tỉnh 9 tháng đầu năm; đánh giá cao vai trò của đội ngũ chức sắc trong việc vận động đồng bào giữ gìn bản sắc văn hóa, thực hiện tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước. Đồng chí đề nghị Hội đồng tiếp tục phối hợp với chính quyền các cấp tổ chức lễ hội Katê an toàn, tiết kiệm, đúng nghi lễ truyền thống, phù hợp tinh thần Chỉ thị số 27-CT/TW của Bộ Chính trị về thực hiện nếp sống văn minh trong việc cưới, việc tang, lễ hội.
Thay mặt Hội đồng chức sắc, Cả sư Thành Văn Mừng, Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh Ninh Thuận cảm ơn sự quan tâm của lãnh đạo tỉnh; cho biết năm nay Hội đồng đã phân công 45 vị chức sắc, chức việc phục vụ nghi lễ tại 3 đền tháp Po Klong Garai, Po Rômê và Po Inư Nưgar, đồng thời vận động bà con chấp hành tốt Pháp lệnh tín ngưỡng, tôn giáo.
Theo Ban Dân tộc tỉnh, toàn tỉnh hiện có trên 67.000 đồng bào Chăm, trong đó khoảng 40.000 người theo đạo Bà-la-môn. Thực hiện Kế hoạch số 112/KH-UBND ngày 12/8/2011 của UBND tỉnh về tổ chức lễ hội Katê, tỉnh đã trích ngân sách 150 triệu đồng hỗ trợ các làng Chăm tổ chức lễ hội.
Dịp này, đoàn đã trao 25 phần quà, mỗi phần trị giá 500.000 đồng, cho các vị chức sắc và 8 phần quà cho các gia đình chức sắc có hoàn cảnh khó khăn. Đoàn cũng đến thăm, chúc mừng ông Thập Nhuận, Ong Kadhar làng Hữu Đức, xã Phước Hữu, người có nhiều năm gắn bó với việc giữ gìn nghi lễ truyền thống.
Cùng thời gian, Ban Dân vận Tỉnh ủy phối hợp Ủy ban MTTQ Việt Nam tỉnh tổ chức 4 đoàn đi thăm các làng Chăm, trao tổng cộng 120 suất quà cho chức sắc, chức việc và hộ nghèo.
Bá Thịnh
Số lượt xem: 1.204
Tin liên quan
- Hội nghị gặp mặt người có uy tín trong đồng bào dân tộc thiểu số năm 2011 (15/08/2011)
- Bác Ái vận động đồng bào Raglai định canh định cư (02/08/2011)
- Tổ chức lễ Ramưwan an toàn, tiết kiệm (20/07/2011)
""", "2011-09-27", "Thăm, tặng quà chức sắc, chức việc Bà-la-môn nhân dịp lễ hội Katê năm 2011",
E("trao_qua", None, "2011-09-26"),
[P("Lưu Văn Tám", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Đàng Thị Mỹ Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phú Văn Thành", "Trưởng Ban Dân tộc tỉnh"),
 P("Thành Văn Mừng", "Cả sư", "Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh Ninh Thuận"),
 P("Thập Nhuận", "Ong Kadhar làng Hữu Đức")],
[Q("45 vị chức sắc, chức việc", 45, "vị chức sắc, chức việc"), Q("3 đền tháp", 3, "đền tháp"),
 Q("trên 67.000 đồng bào Chăm", 67000, "đồng bào Chăm", "over"), Q("khoảng 40.000 người", 40000, "người", "approx"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("25 phần quà", 25, "phần quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("8 phần quà", 8, "phần quà"), Q("4 đoàn", 4, "đoàn"), Q("120 suất quà", 120, "suất quà")],
[D("Chỉ thị", "27", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 27-CT/TW"),
 D("Kế hoạch", "112", "KH-UBND", "2011-08-12", "UBND tỉnh", "Kế hoạch số 112/KH-UBND ngày 12/8/2011")],
[prov("Ninh Thuận"), com("Phước Hậu"), com("Phước Hà"), com("Phước Thái"), com("Phước Hữu")],
["BAN DÂN VẬN TỈNH ỦY NINH THUẬN", "Trang chủ » Tin tức » Công tác dân tộc, tôn giáo",
 "Ảnh: Đoàn công tác tặng quà chức sắc Bà-la-môn.", "Số lượt xem: 1.204", "Pháp lệnh tín ngưỡng, tôn giáo",
 "Po Klong Garai", "Po Rômê", "Po Inư Nưgar", "Hội đồng chức sắc Bà-la-môn tỉnh"],
["Thứ Ba, 27/09/2011 - 09:30", "9 tháng đầu năm", "Số lượt xem: 1.204", "lễ hội Katê năm 2011"]))

PAGES.append(page("b3702-binhthuan-mttq-ramuwan-2012", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Thuận
Trang chủ > Hoạt động Mặt trận > Dân tộc - Tôn giáo
Cập nhật: 14:20, 18/08/2012 (GMT+7)
Lãnh đạo tỉnh thăm, chúc mừng đồng bào Chăm Bàni nhân lễ Ramưwan
Ngày 17/8, đồng chí Bố Thị Xuân Lan, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cùng đoàn công tác đã đến thăm, chúc mừng Hội đồng Sư cả Hồi giáo Bàni tỉnh và bà con Chăm Bàni tại các xã Phan Hòa, Phan Thanh và Phan Hiệp, huyện Bắc Bình nhân dịp lễ Ramưwan năm 2012.
Đồng chí Bố Thị Xuân Lan (thứ 2 từ trái) chúc mừng các vị chức sắc.
Đón tiếp đoàn có Sư cả Lâm Gia, Trưởng Ban Đại diện Hội đồng Sư cả Hồi giáo Bàni tỉnh Bình Thuận; các thầy Acar, Imưm, Katip đang nhập chùa trong tháng Ramưwan. Sư cả Lâm Gia cho biết năm nay có 132 vị Acar nhập chùa tại 6 thánh đường (chùa Bàni) trên địa bàn tỉnh; bà con đã chuẩn bị chu đáo, không để xảy ra việc mua bán, tổ chức rình rang.
Đồng chí Bố Thị Xuân Lan ghi nhận những đóng góp của đồng bào Chăm Bàni trong phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; mong các vị chức sắc tiếp tục là cầu nối giữa cấp ủy, chính quyền với đồng bào, vận động bà con phát triển kinh tế, cho con em đến trường.
Theo báo cáo của Ủy ban MTTQ huyện Bắc Bình, 3 xã có đông đồng bào Chăm sinh sống đã có 14 khu dân cư đạt danh hiệu khu dân cư văn hóa; tỷ lệ hộ nghèo trong đồng bào Chăm giảm còn 11,6%. Năm qua, Mặt trận các cấp đã vận động Quỹ "Vì người nghèo" xây mới 19 căn nhà đại đoàn kết cho hộ Chăm nghèo, mỗi căn 30 triệu đồng.
Tại xã Phan Thanh, ông Đàng Văn Thức, Chủ tịch Ủy ban MTTQ xã cho biết xã có khoảng 1.800 hộ đồng bào Chăm; các vị Acar luôn gương mẫu trong việc hòa giải mâu thuẫn ở cơ sở, góp phần giải quyết 7 vụ việc tranh chấp đất đai ngay tại thôn.
Thực hiện Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương về công tác tôn giáo và Nghị định số 92/2012/NĐ-CP của Chính phủ quy định chi tiết Pháp lệnh tín ngưỡng, tôn giáo, Mặt trận tỉnh sẽ phối hợp Ban Tôn giáo tỉnh thường xuyên gặp gỡ, lắng nghe ý kiến của chức sắc Bàni.
Cùng ngày, đồng chí Nguyễn Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, dẫn đoàn đến chúc mừng bà con Chăm Bàni ở xã Phan Hòa và thăm Sư cả Thông Ngọc Chất, nguyên Phó Trưởng Ban Đại diện Hội đồng Sư cả.
MINH HOÀNG
Lượt truy cập: 563.218
Tin khác
- Hội nghị tổng kết công tác Mặt trận 6 tháng đầu năm (10/07/2012)
- Bắc Bình: ra mắt khu dân cư văn hóa ở thôn Chăm (25/06/2012)
- Tuy Phong: trao 20 căn nhà đại đoàn kết (02/06/2012)
- Gặp mặt chức sắc, chức việc tôn giáo nhân dịp Tết Nguyên đán (18/01/2012)
- Hàm Thuận Bắc: hiệp thương giới thiệu người ứng cử vào Ủy ban MTTQ xã (05/01/2012)
""", "2012-08-18", "Lãnh đạo tỉnh thăm, chúc mừng đồng bào Chăm Bàni nhân lễ Ramưwan",
E("khac", None, "2012-08-17"),
[P("Bố Thị Xuân Lan", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Gia", "Sư cả", "Trưởng Ban Đại diện Hội đồng Sư cả Hồi giáo Bàni tỉnh Bình Thuận"),
 P("Đàng Văn Thức", "Chủ tịch Ủy ban MTTQ xã"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thông Ngọc Chất", "Sư cả", "nguyên Phó Trưởng Ban Đại diện Hội đồng Sư cả")],
[Q("132 vị Acar", 132, "vị Acar"), Q("6 thánh đường", 6, "thánh đường"), Q("3 xã", 3, "xã"), Q("14 khu dân cư", 14, "khu dân cư"),
 Q("11,6%", 11.6, "%"), Q("19 căn nhà đại đoàn kết", 19, "căn nhà đại đoàn kết"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("khoảng 1.800 hộ đồng bào Chăm", 1800, "hộ đồng bào Chăm", "approx"), Q("7 vụ việc tranh chấp đất đai", 7, "vụ việc tranh chấp đất đai")],
[D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 12/3/2003"),
 D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", "Nghị định số 92/2012/NĐ-CP")],
[prov("Bình Thuận"), com("Phan Hòa"), com("Phan Thanh"), com("Phan Hiệp")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Thuận", "Trang chủ > Hoạt động Mặt trận > Dân tộc - Tôn giáo",
 "Đồng chí Bố Thị Xuân Lan (thứ 2 từ trái) chúc mừng các vị chức sắc.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Vì người nghèo", "Lượt truy cập: 563.218", "Pháp lệnh tín ngưỡng, tôn giáo"],
["Cập nhật: 14:20, 18/08/2012 (GMT+7)", "lễ Ramưwan năm 2012", "Lượt truy cập: 563.218", "thứ 2 từ trái"]))

PAGES.append(page("b3703-khanhhoa-bdv-raglai-uytin-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KHÁNH SƠN - TỈNH KHÁNH HÒA
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Dân tộc
08:15 | 20/11/2013
Toàn cảnh hội nghị.
Khánh Sơn: Biểu dương 86 người có uy tín trong đồng bào Raglai
Ngày 19/11/2013, Ban Dân vận Huyện ủy phối hợp Phòng Dân tộc huyện Khánh Sơn tổ chức hội nghị biểu dương người có uy tín trong đồng bào dân tộc thiểu số năm 2013. Dự hội nghị có 86 già làng, trưởng thôn, người có uy tín của 8 xã, thị trấn.
Đồng chí Cao Thị Minh, HUV, Trưởng Ban Dân vận Huyện ủy và ông Nguyễn Văn Bảo, Trưởng phòng Dân tộc huyện đồng chủ trì.
Báo cáo tại hội nghị cho biết, năm 2013 người có uy tín trong đồng bào Raglai đã vận động bà con khai hoang 126 ha đất sản xuất, trồng mới hơn 300 ha sầu riêng, chôm chôm; vận động 47 hộ bỏ tục lệ chôn chung, đưa người bệnh đến trạm y tế thay vì cúng bái. Người có uy tín cũng tham gia hòa giải thành 23/25 vụ việc mâu thuẫn trong thôn, kịp thời báo tin giúp lực lượng chức năng ngăn chặn 2 vụ truyền đạo trái pháp luật.
Thực hiện Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ về chế độ, chính sách đối với người có uy tín, năm 2013 huyện đã cấp 344 tờ báo, tạp chí mỗi tháng, tổ chức thăm hỏi, tặng quà Tết với tổng kinh phí gần 140 triệu đồng.
Tại hội nghị, già làng Bo Bo Thị Lụa, người có uy tín thôn Tà Giang 1, xã Thành Sơn, chia sẻ: "Con cháu nghe già làng nói thì làm theo, nên già làng phải đi trước". Ông Mấu Xuân Diệp, người có uy tín thôn Liên Hòa, xã Sơn Hiệp, kiến nghị huyện hỗ trợ giống cây trồng và mở thêm lớp dạy mã la cho thanh niên. Ông Katơr Thanh, Chủ tịch UBND xã Ba Cụm Bắc, đề nghị tăng mức hỗ trợ cho người có uy tín ở vùng đặc biệt khó khăn.
Phát biểu kết luận, đồng chí Cao Thị Minh đề nghị người có uy tín tiếp tục vận động đồng bào thực hiện Chỉ thị 06-CT/HU của Ban Thường vụ Huyện ủy về vận động đồng bào Raglai phát triển kinh tế vườn đồi; phối hợp với Ban công tác Mặt trận thôn giữ gìn an ninh trật tự, không nghe kẻ xấu lôi kéo.
Dịp này, UBND huyện tặng giấy khen cho 15 người có uy tín tiêu biểu, mỗi người được thưởng 1 triệu đồng.
Khánh Sơn là huyện miền núi của tỉnh Khánh Hòa, đồng bào Raglai chiếm trên 65% dân số. Những năm qua, lực lượng người có uy tín luôn là "cánh tay nối dài" của cấp ủy, chính quyền; nhiều người vừa làm kinh tế giỏi vừa tham gia dạy hát mã la, kể khan cho lớp trẻ, góp phần giữ gìn bản sắc văn hóa của dân tộc mình.
Phan Thị Diệu
Lượt xem: 642
Tin liên quan
- Khánh Sơn tổ chức lễ hội văn hóa Raglai lần thứ nhất (02/11/2013)
- Ra mắt mô hình "Thôn không có người vi phạm pháp luật" ở Sơn Bình (15/10/2013)
- Tập huấn nghiệp vụ cho cán bộ dân vận cơ sở (20/09/2013)
""", "2013-11-20", "Khánh Sơn: Biểu dương 86 người có uy tín trong đồng bào Raglai",
E("hoi_nghi", "2013", "2013-11-19"),
[P("Cao Thị Minh", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Văn Bảo", "Trưởng phòng Dân tộc huyện"),
 P("Bo Bo Thị Lụa", "già làng", "người có uy tín thôn Tà Giang 1"),
 P("Mấu Xuân Diệp", "người có uy tín thôn Liên Hòa"),
 P("Katơr Thanh", "Chủ tịch UBND xã Ba Cụm Bắc")],
[Q("86 người có uy tín", 86, "người có uy tín"), Q("8 xã, thị trấn", 8, "xã, thị trấn"), Q("126 ha", 126, "ha"),
 Q("hơn 300 ha", 300, "ha", "over"), Q("47 hộ", 47, "hộ"), Q("23/25 vụ việc mâu thuẫn", 23, "vụ việc mâu thuẫn"),
 Q("2 vụ truyền đạo trái pháp luật", 2, "vụ truyền đạo trái pháp luật"), Q("344 tờ báo, tạp chí", 344, "tờ báo, tạp chí"),
 Q("gần 140 triệu đồng", 140000000, "đồng", "approx"), Q("15 người có uy tín tiêu biểu", 15, "người có uy tín tiêu biểu"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("trên 65%", 65, "%", "over")],
[D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg"),
 D("Chỉ thị", "06", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 06-CT/HU")],
[prov("Khánh Hòa"), com("Thành Sơn"), com("Sơn Hiệp"), com("Ba Cụm Bắc")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KHÁNH SƠN - TỈNH KHÁNH HÒA", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Dân tộc",
 "Toàn cảnh hội nghị.", "Lượt xem: 642"],
["08:15 | 20/11/2013", "năm 2013", "Lượt xem: 642", "mỗi tháng"]))

PAGES.append(page("b3704-ninhthuan-btg-chucsac-2014", """
BAN TÔN GIÁO - SỞ NỘI VỤ NINH THUẬN
Trang chủ :: Tin hoạt động :: Công tác tôn giáo
14-10-2014 10:20
Gặp mặt chức sắc Hồi giáo Bàni và Bà-la-môn: đồng hành giữ gìn bản sắc Chăm
Ban Tôn giáo (Sở Nội vụ) phối hợp Ban Dân vận Tỉnh ủy vừa tổ chức hội nghị gặp mặt chức sắc, chức việc Hồi giáo Bàni và Bà-la-môn năm 2014. Hội nghị có 210 đại biểu là thành viên Hội đồng chức sắc Hồi giáo Bàni, Hội đồng chức sắc Bà-la-môn và đại diện các làng Chăm trong tỉnh.
Đồng chí Trượng Thị Hồng (thứ 3 từ phải) tặng hoa các vị chức sắc.
Chủ trì hội nghị có các đồng chí: Trượng Thị Hồng, Phó Trưởng Ban Dân vận Tỉnh ủy; Hán Văn Khiêm, Trưởng Ban Tôn giáo tỉnh. Hội nghị diễn ra ngày 10/10/2014 tại thành phố Phan Rang - Tháp Chàm.
Theo báo cáo, toàn tỉnh hiện có hơn 28.000 tín đồ Hồi giáo Bàni sinh hoạt tại 21 thánh đường, với 385 vị Acar; đồng bào Chăm Bà-la-môn có khoảng 44.000 người ở 22 làng, với 126 vị chức sắc. Trong năm, các vị chức sắc đã phối hợp tổ chức an toàn lễ hội Katê, lễ Ramưwan; vận động tín đồ đóng góp trên 1,2 tỷ đồng tu sửa thánh đường, làm đường giao thông nông thôn.
Tại hội nghị, Po Acar Đàng Năng Tới, Chủ tịch Hội đồng chức sắc Hồi giáo Bàni tỉnh Ninh Thuận, đề nghị hướng dẫn thủ tục đăng ký sinh hoạt cho các thánh đường mới sửa chữa. Cả sư Lưu Quang Sáng, Phó Chủ tịch Thường trực Hội đồng chức sắc Bà-la-môn tỉnh, kiến nghị bảo tồn các bản chép tay chữ Chăm cổ trong các gia đình chức sắc. Ông Quảng Văn Điều, Trưởng thôn Văn Lâm 2, xã Phước Nam, phản ánh việc một số hộ tổ chức đám cưới còn kéo dài nhiều ngày.
Các ý kiến được đồng chí Hán Văn Khiêm tiếp thu, trả lời trực tiếp 9 ý kiến; các ý kiến còn lại được tổng hợp gửi UBND tỉnh. Đồng chí đề nghị chức sắc hai tôn giáo tiếp tục hướng dẫn tín đồ thực hiện đúng Nghị định số 92/2012/NĐ-CP ngày 08/11/2012 của Chính phủ và Hướng dẫn số 06/HD-BTG của Ban Tôn giáo tỉnh về đăng ký hoạt động tôn giáo.
Phát biểu kết thúc, đồng chí Trượng Thị Hồng mong muốn chức sắc tiếp tục "sống tốt đời, đẹp đạo", tích cực tham gia phong trào thi đua "Ninh Thuận chung sức xây dựng nông thôn mới".
Hội nghị đã khen thưởng 12 vị chức sắc tiêu biểu, mỗi vị 800 nghìn đồng.
Bên lề hội nghị, nhiều vị chức sắc bày tỏ phấn khởi khi ý kiến của mình được lãnh đạo tỉnh lắng nghe. Các vị cho biết sẽ tiếp tục phổ biến kết quả hội nghị đến tín đồ trong các buổi sinh hoạt tại thánh đường và tại các đền tháp.
Thu Hiền
Các tin khác
- Tập huấn Luật Tín ngưỡng, tôn giáo cho cán bộ cơ sở (28/09/2014)
- Hướng dẫn tổ chức lễ Katê năm 2014 (15/09/2014)
- Thăm, chúc mừng Hội đồng chức sắc Hồi giáo Bàni nhân lễ Ramưwan (28/06/2014)
- Ninh Phước: đối thoại với chức sắc tôn giáo (10/06/2014)
""", "2014-10-14", "Gặp mặt chức sắc Hồi giáo Bàni và Bà-la-môn: đồng hành giữ gìn bản sắc Chăm",
E("hoi_nghi", "2014", "2014-10-10"),
[P("Trượng Thị Hồng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hán Văn Khiêm", "Trưởng Ban Tôn giáo tỉnh"),
 P("Đàng Năng Tới", "Po Acar", "Chủ tịch Hội đồng chức sắc Hồi giáo Bàni tỉnh Ninh Thuận"),
 P("Lưu Quang Sáng", "Cả sư", "Phó Chủ tịch Thường trực Hội đồng chức sắc Bà-la-môn tỉnh"),
 P("Quảng Văn Điều", "Trưởng thôn Văn Lâm 2")],
[Q("210 đại biểu", 210, "đại biểu"), Q("hơn 28.000 tín đồ Hồi giáo Bàni", 28000, "tín đồ Hồi giáo Bàni", "over"),
 Q("21 thánh đường", 21, "thánh đường"), Q("385 vị Acar", 385, "vị Acar"), Q("khoảng 44.000 người", 44000, "người", "approx"),
 Q("22 làng", 22, "làng"), Q("126 vị chức sắc", 126, "vị chức sắc"), Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("9 ý kiến", 9, "ý kiến"), Q("12 vị chức sắc tiêu biểu", 12, "vị chức sắc tiêu biểu"), Q("800 nghìn đồng", 800000, "đồng")],
[D("Nghị định", "92", "2012/NĐ-CP", "2012-11-08", "Chính phủ", "Nghị định số 92/2012/NĐ-CP ngày 08/11/2012"),
 D("Hướng dẫn", "06", "HD-BTG", None, "Ban Tôn giáo tỉnh", "Hướng dẫn số 06/HD-BTG")],
[prov("Ninh Thuận"), com("Phước Nam")],
["BAN TÔN GIÁO - SỞ NỘI VỤ NINH THUẬN", "Trang chủ :: Tin hoạt động :: Công tác tôn giáo",
 "Đồng chí Trượng Thị Hồng (thứ 3 từ phải) tặng hoa các vị chức sắc.", "sống tốt đời, đẹp đạo",
 "Ninh Thuận chung sức xây dựng nông thôn mới"],
["14-10-2014 10:20", "năm 2014", "thứ 3 từ phải"]))

PAGES.append(page("b3705-binhthuan-bdv-tongket-2015", """
Báo Bình Thuận Online
Chính trị › Dân vận
Thứ Ba, 29/12/2015, 16:05
Ảnh: Quang cảnh hội nghị tổng kết.
Làm tốt công tác vận động đồng bào Chăm, Raglai
Chiều 28/12, Ban Dân vận Tỉnh ủy Bình Thuận tổ chức hội nghị tổng kết công tác dân vận năm 2015, triển khai nhiệm vụ năm 2016. Đồng chí Nguyễn Hữu Lộc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Năm 2015, khối dân vận các cấp tập trung vận động đồng bào dân tộc thiểu số, nhất là đồng bào Chăm ở Bắc Bình, Tuy Phong và đồng bào Raglai, K'Ho ở Hàm Thuận Nam, Tánh Linh. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 31, 32-KL/TU về công tác vận động đồng bào Chăm và về công tác người có uy tín; phối hợp tổ chức thành công lễ hội Katê tại tháp Po Sah Inư với khoảng 15.000 lượt khách.
Toàn tỉnh có 304 người có uy tín được bình chọn; 97% thôn, khu phố vùng đồng bào Chăm đạt chuẩn văn hóa. Phong trào "Dân vận khéo" có 211 mô hình, trong đó 38 mô hình cấp tỉnh. Nhân dân vùng dân tộc hiến hơn 12.000 m2 đất, đóng góp khoảng 3,4 tỷ đồng làm đường giao thông nông thôn.
Báo cáo tham luận của đồng chí Bạch Thị Thanh Hải, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Bình nêu kinh nghiệm phối hợp với các vị Acar vận động bà con Chăm Bàni bỏ tục cưới hỏi kéo dài. Ông Đỗ Văn Hùng, Bí thư Đảng ủy xã Phan Thanh cho biết qua vận động, xã đã giảm 64 hộ nghèo. Già làng K'Bròn, người có uy tín thôn Tà Mon, xã La Dạ, kể lại việc vận động đồng bào Raglai bỏ phát rẫy làm nương.
Thực hiện Chỉ thị số 49-CT/TW của Ban Bí thư và Quyết định số 56/2013/QĐ-TTg của Thủ tướng Chính phủ, Ban Dân vận các cấp đã phối hợp tổ chức 24 hội nghị gặp mặt người có uy tín, tặng 620 suất quà Tết.
Phát biểu kết luận, đồng chí Nguyễn Hữu Lộc đề nghị năm 2016 tiếp tục triển khai Nghị quyết số 04-NQ/TU ngày 15/7/2014 của Tỉnh ủy về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số; nắm chắc tình hình, không để các đối tượng lợi dụng vấn đề dân tộc, tôn giáo gây mất ổn định.
Hội nghị cũng chỉ ra hạn chế: việc nắm tình hình ở một số thôn vùng đồng bào còn chậm; sinh hoạt của tổ dân vận thôn chưa đều; một bộ phận cán bộ cơ sở chưa thông thạo tiếng Chăm, tiếng Raglai nên việc tuyên truyền còn hạn chế.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 11 tập thể, 17 cá nhân. Đồng chí Phú Thị Nhã, Phó Trưởng Ban Dân vận Tỉnh ủy công bố quyết định khen thưởng; đồng chí Nguyễn Hữu Lộc và đồng chí Phú Thị Nhã trao giấy khen cho các tập thể.
NGỌC LÂN
Bình luận (0) | In bài
Tin liên quan
- Tuy Phong: gặp mặt người có uy tín năm 2015 (20/12/2015)
- Bắc Bình: 20 năm thành lập Ban Đại diện Hội đồng Sư cả (04/12/2015)
- Katê 2015 - không khí vui tươi ở các làng Chăm (15/10/2015)
""", "2015-12-29", "Làm tốt công tác vận động đồng bào Chăm, Raglai",
E("tong_ket", "2015", "2015-12-28"),
[P("Nguyễn Hữu Lộc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bạch Thị Thanh Hải", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Bình"),
 P("Đỗ Văn Hùng", "Bí thư Đảng ủy xã Phan Thanh"),
 P("K'Bròn", "Già làng", "người có uy tín thôn Tà Mon"),
 P("Phú Thị Nhã", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("khoảng 15.000 lượt khách", 15000, "lượt khách", "approx"), Q("304 người có uy tín", 304, "người có uy tín"),
 Q("97%", 97, "%"), Q("211 mô hình", 211, "mô hình"), Q("38 mô hình cấp tỉnh", 38, "mô hình cấp tỉnh"),
 Q("hơn 12.000 m2", 12000, "m2", "over"), Q("khoảng 3,4 tỷ đồng", 3400000000, "đồng", "approx"),
 Q("64 hộ nghèo", 64, "hộ nghèo"), Q("24 hội nghị gặp mặt người có uy tín", 24, "hội nghị gặp mặt người có uy tín"),
 Q("620 suất quà", 620, "suất quà"), Q("11 tập thể", 11, "tập thể"), Q("17 cá nhân", 17, "cá nhân")],
[D("Kết luận", "31", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 31, 32-KL/TU"),
 D("Kết luận", "32", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 31, 32-KL/TU"),
 D("Chỉ thị", "49", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 49-CT/TW"),
 D("Quyết định", "56", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 56/2013/QĐ-TTg"),
 D("Nghị quyết", "04", "NQ/TU", "2014-07-15", "Tỉnh ủy", "Nghị quyết số 04-NQ/TU ngày 15/7/2014")],
[prov("Bình Thuận"), com("Phan Thanh"), com("La Dạ")],
["Báo Bình Thuận Online", "Chính trị › Dân vận", "Ảnh: Quang cảnh hội nghị tổng kết.", "Dân vận khéo",
 "Bình luận (0) | In bài", "Po Sah Inư"],
["Thứ Ba, 29/12/2015, 16:05", "năm 2015", "năm 2016", "Bình luận (0)"]))

PAGES.append(page("b3706-phuochuu-xa-kate-2016", """
ỦY BAN NHÂN DÂN XÃ PHƯỚC HỮU - HUYỆN NINH PHƯỚC
Trang chủ - Tin tức sự kiện - Văn hóa xã hội
Ngày đăng 05/10/2016 | 16:20
Rộn ràng lễ hội Katê ở làng Chăm Hữu Đức
Những ngày này, làng Chăm Hữu Đức, xã Phước Hữu, huyện Ninh Phước (Ninh Thuận) rộn ràng trong không khí lễ hội Katê năm 2016. Từ sáng sớm 2/10, hàng nghìn người dân trong làng và du khách đã đổ về đền thờ Po Inư Nưgar để dự lễ rước y phục.
Đoàn rước y phục tại đền Po Inư Nưgar. Ảnh: Hữu Phước
Theo ông Thập Văn Xuân, Phó Chủ tịch UBND xã, năm nay xã đã thành lập Ban tổ chức lễ hội gồm 17 thành viên, bố trí 40 đoàn viên thanh niên và dân quân giữ gìn trật tự, vệ sinh môi trường. Làng Hữu Đức có khoảng 900 hộ với hơn 4.800 nhân khẩu, là một trong những làng Chăm Bà-la-môn lớn nhất tỉnh.
Lễ Katê tại đền do Ong Kadhar Tài Thanh Tịnh và bà Pajau Quảng Thị Nghĩa cử hành, với các nghi thức mở cửa đền, tắm tượng, mặc y phục cho tượng nữ thần. Sau phần lễ là các trò chơi dân gian, biểu diễn trống Ghi năng, kèn Saranai và múa quạt của 6 đội văn nghệ của các thôn.
Bà Quảng Thị Thu, 67 tuổi, ở thôn Hữu Đức chia sẻ: "Katê là dịp con cháu đi làm ăn xa trở về đoàn tụ, nhà nào cũng làm bánh gừng, bánh tét để cúng ông bà".
Ông Đàng Công Thạnh, Chủ tịch UBND xã Phước Hữu cho biết, thực hiện Kế hoạch số 85/KH-UBND ngày 19/9/2016 của UBND huyện Ninh Phước, xã đã hướng dẫn các thôn tổ chức lễ hội theo đúng tinh thần tiết kiệm, không phô trương; không để xảy ra mất an ninh trật tự. Ngân sách xã hỗ trợ 20 triệu đồng cho các hoạt động văn hóa, văn nghệ; các hộ kinh doanh trong làng ủng hộ thêm hơn 35 triệu đồng.
Năm nay, toàn xã có 3 thôn đồng bào Chăm với 1.640 hộ đón lễ Katê. Tỷ lệ hộ nghèo của xã giảm còn 6,2%, thu nhập bình quân đầu người đạt 26 triệu đồng/năm. Nghề dệt thổ cẩm truyền thống được duy trì với hơn 120 khung dệt, góp phần thu hút khách tham quan trong mùa lễ hội.
Theo lịch, lễ hội Katê ở làng Hữu Đức kéo dài 3 ngày. Xã đề nghị người dân giữ gìn nếp sống văn minh, đón tiếp du khách chu đáo.
Trong các ngày lễ, lực lượng công an xã phối hợp với các thôn tổ chức tuần tra, hướng dẫn phương tiện ra vào làng; trạm y tế xã bố trí cán bộ trực để sơ cứu khi cần. Đoàn Thanh niên xã tổ chức giải bóng chuyền giao lưu giữa thanh niên Chăm và thanh niên Kinh các thôn lân cận, thu hút đông đảo người dân đến cổ vũ. Nhiều gia đình trong làng mở cửa đón khách thăm nhà, giới thiệu món ăn truyền thống và nghề gốm, nghề dệt của đồng bào.
Văn phòng - Thống kê xã
Tin khác
- Phước Hữu ra quân làm sạch đường làng đón lễ Katê (28/09/2016)
- Hội nghị đối thoại với nhân dân năm 2016 (12/09/2016)
- Trao 5 căn nhà đại đoàn kết cho hộ nghèo (30/08/2016)
""", "2016-10-05", "Rộn ràng lễ hội Katê ở làng Chăm Hữu Đức",
E("khac", None, "2016-10-02"),
[P("Thập Văn Xuân", "Phó Chủ tịch UBND xã"),
 P("Tài Thanh Tịnh", "Ong Kadhar"),
 P("Quảng Thị Nghĩa", "Pajau"),
 P("Quảng Thị Thu"),
 P("Đàng Công Thạnh", "Chủ tịch UBND xã Phước Hữu")],
[Q("17 thành viên", 17, "thành viên"), Q("40 đoàn viên thanh niên và dân quân", 40, "đoàn viên thanh niên và dân quân"),
 Q("khoảng 900 hộ", 900, "hộ", "approx"), Q("hơn 4.800 nhân khẩu", 4800, "nhân khẩu", "over"),
 Q("6 đội văn nghệ", 6, "đội văn nghệ"), Q("20 triệu đồng", 20000000, "đồng"), Q("hơn 35 triệu đồng", 35000000, "đồng", "over"),
 Q("3 thôn đồng bào Chăm", 3, "thôn đồng bào Chăm"), Q("1.640 hộ", 1640, "hộ"), Q("6,2%", 6.2, "%"),
 Q("26 triệu đồng", 26000000, "đồng"), Q("hơn 120 khung dệt", 120, "khung dệt", "over")],
[D("Kế hoạch", "85", "KH-UBND", "2016-09-19", "UBND huyện Ninh Phước", "Kế hoạch số 85/KH-UBND ngày 19/9/2016")],
[prov("Ninh Thuận"), com("Phước Hữu")],
["ỦY BAN NHÂN DÂN XÃ PHƯỚC HỮU - HUYỆN NINH PHƯỚC", "Trang chủ - Tin tức sự kiện - Văn hóa xã hội",
 "Đoàn rước y phục tại đền Po Inư Nưgar. Ảnh: Hữu Phước", "Po Inư Nưgar", "Văn phòng - Thống kê xã", "Ghi năng", "Saranai"],
["Ngày đăng 05/10/2016 | 16:20", "67 tuổi", "3 ngày", "lễ hội Katê năm 2016"]))
