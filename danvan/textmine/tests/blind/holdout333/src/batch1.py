from lib import *
PAGES = []

PAGES.append(page("b7949-hungyen-mttq-tuyenduong-tongket-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HƯNG YÊN
Trang chủ » Hoạt động Mặt trận » Phong trào, cuộc vận động
Thứ Tư, 28/12/2011 - 09:30
Ảnh: Toàn cảnh hội nghị tổng kết.
Hưng Yên: Tổng kết năm 2011 mô hình "Tuyến đường tự quản về an toàn giao thông"
Ngày 26/12/2011, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hưng Yên phối hợp với Ban An toàn giao thông tỉnh tổ chức hội nghị tổng kết năm 2011 việc thực hiện mô hình "Tuyến đường tự quản về an toàn giao thông" ở khu dân cư. Đồng chí Đỗ Văn Thắng, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị; dự có 85 đại biểu là lãnh đạo Mặt trận các huyện, thành phố và trưởng ban công tác Mặt trận ở các khu dân cư điển hình.
Báo cáo do đồng chí Nguyễn Thị Huế, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh trình bày cho biết: thực hiện Nghị quyết số 88/NQ-CP ngày 24/8/2011 của Chính phủ về tăng cường thực hiện các giải pháp trọng tâm bảo đảm trật tự an toàn giao thông và Kế hoạch số 52/KH-UBND của UBND tỉnh, năm qua Mặt trận các cấp đã xây dựng được 214 tuyến đường tự quản với tổng chiều dài trên 186 km. Các ban công tác Mặt trận vận động nhân dân tháo dỡ 1.342 lều quán, biển quảng cáo lấn chiếm hành lang giao thông, hiến 27.600 m2 đất và đóng góp hơn 4,2 tỷ đồng để mở rộng đường, lắp đèn chiếu sáng.
Nhờ đó, tai nạn giao thông trên địa bàn giảm cả ba tiêu chí: xảy ra 96 vụ tai nạn giao thông, làm chết 71 người, bị thương 58 người; so với năm 2010 giảm 14 vụ. Tỷ lệ người đi mô tô, xe máy đội mũ bảo hiểm trên các tuyến quốc lộ đạt khoảng 98%.
Đồng chí Nguyễn Thị Huế phát biểu tại hội nghị.
Tại hội nghị, nhiều ý kiến nêu cách làm hay. Ông Lê Văn Khải, Trưởng ban công tác Mặt trận thôn Đào Xá, xã Tân Châu, cho biết thôn đã lập tổ tự quản 12 người, thay nhau dọn rơm rạ phơi trên đường vào mùa gặt. Bà Phạm Thị Lụa, Chủ tịch Ủy ban MTTQ xã Minh Hải, đề nghị tỉnh có cơ chế hỗ trợ kinh phí duy tu biển báo cho các tuyến đường tự quản.
Phát biểu kết luận, đồng chí Đỗ Văn Thắng đề nghị năm 2012 các cấp Mặt trận gắn mô hình với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", phấn đấu mỗi xã, phường, thị trấn có ít nhất 2 tuyến đường tự quản.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 15 tập thể và 22 cá nhân có thành tích xuất sắc.
Minh Hòa
Lượt xem: 1.204
Tin liên quan
- Văn Lâm ra mắt 8 tuyến đường tự quản (15/12/2011)
- Mặt trận Khoái Châu giám sát hành lang an toàn đường bộ (02/12/2011)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 5 (18/11/2011)
- Tuyên truyền Luật Giao thông đường bộ tại khu dân cư (04/11/2011)
""", "2011-12-28", 'Hưng Yên: Tổng kết năm 2011 mô hình "Tuyến đường tự quản về an toàn giao thông"',
E("tong_ket", "2011", "2011-12-26"),
[P("Đỗ Văn Thắng", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Huế", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Khải", "Trưởng ban công tác Mặt trận thôn Đào Xá"),
 P("Phạm Thị Lụa", "Chủ tịch Ủy ban MTTQ xã Minh Hải")],
[Q("85 đại biểu", 85, "đại biểu"), Q("214 tuyến đường tự quản", 214, "tuyến đường tự quản"),
 Q("trên 186 km", 186, "km", "over"), Q("1.342 lều quán, biển quảng cáo", 1342, "lều quán, biển quảng cáo"),
 Q("27.600 m2", 27600, "m2"), Q("hơn 4,2 tỷ đồng", 4200000000, "đồng", "over"),
 Q("96 vụ tai nạn giao thông", 96, "vụ tai nạn giao thông"), Q("71 người", 71, "người"), Q("58 người", 58, "người"),
 Q("14 vụ", 14, "vụ"), Q("khoảng 98%", 98, "%", "approx"), Q("12 người", 12, "người"),
 Q("ít nhất 2 tuyến đường tự quản", 2, "tuyến đường tự quản", "over"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Nghị quyết", "88", "NQ-CP", "2011-08-24", "Chính phủ", "Nghị quyết số 88/NQ-CP ngày 24/8/2011"),
 D("Kế hoạch", "52", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 52/KH-UBND")],
[prov("Hưng Yên"), com("Tân Châu"), com("Minh Hải")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HƯNG YÊN", "Trang chủ » Hoạt động Mặt trận » Phong trào, cuộc vận động",
 "Ảnh: Toàn cảnh hội nghị tổng kết.", "Đồng chí Nguyễn Thị Huế phát biểu tại hội nghị.",
 "Tuyến đường tự quản về an toàn giao thông", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 09:30", "năm 2011", "năm 2010", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b7950-nghean-bdv-atgt-soket-2012", """
Báo Nghệ An điện tử
Thời sự | Chính trị | Dân vận
Cập nhật: 15:42, 18/07/2012 (GMT+7)
Khối dân vận góp sức kiềm chế tai nạn giao thông
(Baonghean) - Chiều 17/7, Ban Dân vận Tỉnh ủy phối hợp Ban An toàn giao thông tỉnh tổ chức sơ kết công tác vận động nhân dân tham gia bảo đảm trật tự an toàn giao thông 6 tháng đầu năm 2012. Đồng chí Lữ Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Hồ Sỹ Lâm, Phó Chủ tịch UBND tỉnh, Trưởng Ban An toàn giao thông tỉnh đồng chủ trì.
Quang cảnh buổi sơ kết. Ảnh: Thu Giang
Theo báo cáo, 6 tháng qua khối dân vận các cấp đã phối hợp tổ chức 2.860 buổi tuyên truyền với trên 310.000 lượt người nghe; vận động 46.500 hội viên, đoàn viên ký cam kết chấp hành Luật Giao thông đường bộ. Ban Dân vận Tỉnh ủy ban hành hướng dẫn số 12-HD/BDVTU về xây dựng "Khu dân cư không có vi phạm trật tự an toàn giao thông". Hội Liên hiệp Phụ nữ tỉnh ra mắt 63 mô hình "Phụ nữ với an toàn giao thông", Đoàn Thanh niên duy trì 41 đội thanh niên tình nguyện tham gia hướng dẫn giao thông.
Toàn tỉnh xảy ra 203 vụ tai nạn giao thông, làm chết 146 người, bị thương 187 người. So với cùng kỳ, số người chết giảm 9,3%. Tuy nhiên, tình trạng học sinh đi xe máy đến trường, xe công nông chở người ở các huyện miền núi vẫn còn.
Tại hội nghị, đồng chí Vi Văn Sơn, HUV, Trưởng Ban Dân vận Huyện ủy Quỳ Châu, cho biết huyện đã vận động già làng, trưởng bản người Thái ký giao ước không để con em điều khiển xe khi chưa đủ tuổi. Đồng chí Lô Thị Mai, Chủ tịch Hội LHPN xã Châu Hạnh, đề nghị tăng cấp phát mũ bảo hiểm cho trẻ em vùng cao.
Đồng chí Hồ Sỹ Lâm đánh giá cao sự vào cuộc của khối dân vận; đề nghị thời gian tới tiếp tục quán triệt Chỉ thị số 22-CT/TU ngày 10/3/2012 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác bảo đảm trật tự an toàn giao thông, gắn với thực hiện Quyết định số 1586/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia bảo đảm trật tự an toàn giao thông đường bộ.
Kết luận hội nghị, đồng chí Lữ Thị Hoa yêu cầu 6 tháng cuối năm mỗi huyện, thành phố xây dựng ít nhất 5 tuyến đường tự quản; phát huy vai trò người có uy tín ở bản, làng. Hội nghị cũng nghe đồng chí Nguyễn Hữu Đạt, Phó Trưởng Ban Dân vận Tỉnh ủy triển khai kế hoạch kiểm tra.
Thu Giang - Hữu Vinh
Các tin khác
- Nghi Lộc: 120 hộ hiến đất mở rộng đường liên xã (10/07/2012)
- Ra quân Tháng hành động vì an toàn giao thông (02/07/2012)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Kỳ Sơn (26/06/2012)
- Trao 500 mũ bảo hiểm cho học sinh Tương Dương (15/06/2012)
""", "2012-07-18", "Khối dân vận góp sức kiềm chế tai nạn giao thông",
E("so_ket", "2012-H1", "2012-07-17"),
[P("Lữ Thị Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Sỹ Lâm", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban An toàn giao thông tỉnh"),
 P("Vi Văn Sơn", "HUV", "Trưởng Ban Dân vận Huyện ủy Quỳ Châu"),
 P("Lô Thị Mai", "Chủ tịch Hội LHPN xã Châu Hạnh"),
 P("Nguyễn Hữu Đạt", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("2.860 buổi tuyên truyền", 2860, "buổi tuyên truyền"), Q("trên 310.000 lượt người", 310000, "lượt người", "over"),
 Q("46.500 hội viên, đoàn viên", 46500, "hội viên, đoàn viên"), Q("63 mô hình", 63, "mô hình"),
 Q("41 đội thanh niên tình nguyện", 41, "đội thanh niên tình nguyện"),
 Q("203 vụ tai nạn giao thông", 203, "vụ tai nạn giao thông"), Q("146 người", 146, "người"), Q("187 người", 187, "người"),
 Q("9,3%", 9.3, "%"), Q("ít nhất 5 tuyến đường tự quản", 5, "tuyến đường tự quản", "over")],
[D("Hướng dẫn", "12", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 12-HD/BDVTU"),
 D("Chỉ thị", "22", "CT/TU", "2012-03-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 22-CT/TU ngày 10/3/2012"),
 D("Quyết định", "1586", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1586/QĐ-TTg")],
[prov("Nghệ An"), com("Châu Hạnh")],
["Báo Nghệ An điện tử", "Thời sự | Chính trị | Dân vận", "(Baonghean)", "Quang cảnh buổi sơ kết. Ảnh: Thu Giang",
 "Khu dân cư không có vi phạm trật tự an toàn giao thông", "Phụ nữ với an toàn giao thông", "Luật Giao thông đường bộ"],
["Cập nhật: 15:42, 18/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "6 tháng qua"]))

PAGES.append(page("b7951-daklak-doan-mubaohiem-traoqua-2013", """
TỈNH ĐOÀN ĐẮK LẮK - CỔNG THÔNG TIN ĐIỆN TỬ
Bạn đang ở: Trang chủ / Tin hoạt động / Thanh niên với văn hóa giao thông
08:20 | 05/09/2013
Trao 1.500 mũ bảo hiểm cho học sinh vùng đồng bào dân tộc thiểu số
Em H'Nguyệt Mlô (bên phải) nhận mũ bảo hiểm từ đại diện Tỉnh đoàn.
Nhân dịp năm học mới 2013 - 2014, ngày 04/9, Tỉnh đoàn Đắk Lắk phối hợp Ban An toàn giao thông tỉnh và Công ty TNHH Mô tô Hòa Bình tổ chức chương trình "Đội mũ bảo hiểm cho trẻ em" tại Trường Tiểu học Y Jút, xã Ea Tul, huyện Cư M'gar. Tại buổi lễ, Ban tổ chức đã trao 1.500 mũ bảo hiểm đạt chuẩn cho học sinh ở 11 trường tiểu học, trung học cơ sở của các xã vùng sâu, mỗi chiếc trị giá 120.000 đồng.
Dự buổi lễ có đồng chí Y Khu Niê, Bí thư Tỉnh đoàn; đồng chí H'Bia Byă, Phó Chánh Văn phòng Ban An toàn giao thông tỉnh; bà Nguyễn Thị Thu Hà, Giám đốc Công ty TNHH Mô tô Hòa Bình cùng đại diện Huyện đoàn, Phòng Giáo dục và Đào tạo huyện Cư M'gar.
Phát biểu tại buổi lễ, đồng chí Y Khu Niê cho biết, năm học trước, Tỉnh đoàn đã vận động được trên 8.000 mũ bảo hiểm tặng học sinh; tổ chức 37 cuộc thi tìm hiểu Luật Giao thông đường bộ cho đoàn viên, thanh thiếu nhi. Tỷ lệ học sinh đội mũ bảo hiểm khi ngồi sau xe máy ở nhiều trường vùng đồng bào Êđê mới đạt khoảng 60%, thấp hơn nhiều so với khu vực thành thị.
Tại buổi lễ, các em học sinh được hướng dẫn cách chọn và đội mũ bảo hiểm đúng cách, xem tiểu phẩm về an toàn giao thông do 20 đoàn viên Chi đoàn buôn Ea Kmar dàn dựng. Em Y Sang Ênuôl, học sinh lớp 5A, đại diện các bạn cảm ơn và hứa luôn đội mũ khi ngồi sau xe máy.
Thầy Lê Văn Định, Hiệu trưởng Trường Tiểu học Y Jút cho biết: Trường có 412 học sinh, trong đó 318 em là người dân tộc thiểu số; nhiều em nhà xa trường 4 - 5 km, được bố mẹ chở bằng xe máy nhưng trước đây gần như không đội mũ.
Dịp này, Tỉnh đoàn còn trao 10 suất học bổng, mỗi suất 1 triệu đồng, cho học sinh nghèo vượt khó; Công ty TNHH Mô tô Hòa Bình trao 2 xe đạp cho học sinh có hoàn cảnh đặc biệt.
Bà H'Lim Êban, ở buôn Ea Kmar, có hai con đang học tại trường, chia sẻ: "Trước đây mình nghĩ đường buôn ít xe nên không cần đội mũ cho con. Nay được cô giáo và các anh chị đoàn viên giải thích, mình sẽ nhắc cả nhà cùng đội mũ khi ra đường".
Chương trình sẽ tiếp tục được tổ chức tại các huyện Krông Bông, Lắk, Ea Súp trong tháng 9 và tháng 10.
H'Zen - Văn Tú
Tin liên quan
- Ra quân tình nguyện hướng dẫn giao thông dịp khai giảng (30/08/2013)
- Tuyên dương 52 thanh niên tiêu biểu làm theo lời Bác (20/08/2013)
- Ra mắt "Cổng trường an toàn giao thông" tại Buôn Ma Thuột (08/08/2013)
- Tỉnh đoàn tổng kết chiến dịch Thanh niên tình nguyện hè (25/07/2013)
""", "2013-09-05", "Trao 1.500 mũ bảo hiểm cho học sinh vùng đồng bào dân tộc thiểu số",
E("trao_qua", None, "2013-09-04"),
[P("Y Khu Niê", "Bí thư Tỉnh đoàn"),
 P("H'Bia Byă", "Phó Chánh Văn phòng Ban An toàn giao thông tỉnh"),
 P("Nguyễn Thị Thu Hà", "Giám đốc Công ty TNHH Mô tô Hòa Bình"),
 P("Y Sang Ênuôl", "học sinh lớp 5A"),
 P("H'Lim Êban"),
 P("H'Nguyệt Mlô"),
 P("Lê Văn Định", "Hiệu trưởng Trường Tiểu học Y Jút")],
[Q("1.500 mũ bảo hiểm", 1500, "mũ bảo hiểm"), Q("11 trường tiểu học, trung học cơ sở", 11, "trường tiểu học, trung học cơ sở"),
 Q("120.000 đồng", 120000, "đồng"), Q("trên 8.000 mũ bảo hiểm", 8000, "mũ bảo hiểm", "over"),
 Q("37 cuộc thi tìm hiểu Luật Giao thông đường bộ", 37, "cuộc thi tìm hiểu Luật Giao thông đường bộ"),
 Q("khoảng 60%", 60, "%", "approx"), Q("20 đoàn viên", 20, "đoàn viên"), Q("412 học sinh", 412, "học sinh"),
 Q("318 em", 318, "em"), Q("4 - 5 km", 4, "km", "approx"), Q("10 suất học bổng", 10, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("2 xe đạp", 2, "xe đạp")],
[],
[prov("Đắk Lắk"), com("Ea Tul")],
["TỈNH ĐOÀN ĐẮK LẮK - CỔNG THÔNG TIN ĐIỆN TỬ", "Bạn đang ở: Trang chủ / Tin hoạt động / Thanh niên với văn hóa giao thông",
 "Em H'Nguyệt Mlô (bên phải) nhận mũ bảo hiểm từ đại diện Tỉnh đoàn.", "Đội mũ bảo hiểm cho trẻ em",
 "Công ty TNHH Mô tô Hòa Bình", "Trường Tiểu học Y Jút", "Luật Giao thông đường bộ"],
["08:20 | 05/09/2013", "năm học mới 2013 - 2014", "lớp 5A", "tháng 9", "tháng 10"]))

PAGES.append(page("b7952-soctrang-bdv-taphuan-atgt-2014", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Vị trí: Trang chủ > Dân vận các cấp > Tin tức
Ngày đăng 16/05/2014 | 10:15
Tập huấn tuyên truyền an toàn giao thông cho chức sắc, người có uy tín trong đồng bào Khmer
Trong hai ngày 14 và 15/5/2014, Ban Dân vận Tỉnh ủy Sóc Trăng phối hợp Ban An toàn giao thông tỉnh tổ chức lớp tập huấn kỹ năng tuyên truyền pháp luật về trật tự an toàn giao thông năm 2014 cho 96 học viên là chức sắc, sư sãi, Ban Quản trị chùa và người có uy tín trong đồng bào Khmer ở các huyện Trần Đề, Mỹ Xuyên, Vĩnh Châu.
Đại đức Lâm Sóc Hên phát biểu ý kiến tại lớp tập huấn.
Phát biểu khai mạc, đồng chí Thạch Thị Sa Ruôl, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy nhấn mạnh: Sóc Trăng có trên 30% dân số là người Khmer, với 92 chùa Phật giáo Nam tông Khmer; mùa lễ hội Ok Om Bok, đua ghe Ngo hằng năm thu hút hàng trăm nghìn lượt người, tiềm ẩn nguy cơ tai nạn giao thông. Vì vậy, vai trò của các vị sư và người có uy tín trong vận động bà con chấp hành luật giao thông là rất quan trọng.
Các học viên được đồng chí Trần Minh Luân, Phó Chánh Văn phòng Ban An toàn giao thông tỉnh, quán triệt Chỉ thị số 18-CT/TW ngày 04/9/2012 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm trật tự an toàn giao thông đường bộ, đường sắt, đường thủy nội địa và khắc phục ùn tắc giao thông; Kế hoạch số 31-KH/TU của Tỉnh ủy thực hiện chỉ thị này. Thiếu tá Kim Hoàng Phúc, Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh, giới thiệu các lỗi vi phạm thường gặp và mức xử phạt theo Nghị định số 171/2013/NĐ-CP của Chính phủ.
Năm 2013, toàn tỉnh xảy ra 118 vụ tai nạn giao thông, làm chết 105 người; trong đó nhiều vụ liên quan người điều khiển xe máy sau khi uống rượu bia, không đội mũ bảo hiểm.
Tại lớp tập huấn, Đại đức Lâm Sóc Hên, Trụ trì chùa Bưng Tum, xã Viên An, chia sẻ: chùa đã lồng ghép nội dung an toàn giao thông vào các buổi thuyết pháp, vận động 140 hộ trong phum sóc làm cam kết. Ông Sơn Văn Chăm, người có uy tín ấp Sóc Lèo, xã Lai Hòa, đề nghị in tài liệu song ngữ Việt - Khmer để bà con dễ hiểu.
Nhiều học viên cho rằng việc uống rượu bia rồi điều khiển xe trong các dịp lễ, đám cưới, đám tiệc ở phum sóc còn phổ biến; người lớn tuổi ít khi đội mũ bảo hiểm khi đi chùa. Các học viên cam kết sẽ tuyên truyền lại cho phật tử, bà con trong ấp bằng tiếng Khmer, trên loa của chùa vào các ngày lễ.
Kết thúc lớp tập huấn, Ban tổ chức cấp phát 96 bộ tài liệu song ngữ và 200 tờ gấp tuyên truyền cho học viên.
Lâm Điền
Tin liên quan
- Vĩnh Châu: 15 chùa Khmer đăng ký "Chùa an toàn giao thông" (05/05/2014)
- Tập huấn công tác dân vận cho cán bộ ấp (22/04/2014)
- Thăm, chúc Tết Chôl Chnăm Thmây năm 2014 (11/04/2014)
""", "2014-05-16", "Tập huấn tuyên truyền an toàn giao thông cho chức sắc, người có uy tín trong đồng bào Khmer",
E("tap_huan", "2014", "2014-05-14"),
[P("Lâm Sóc Hên", "Đại đức", "Trụ trì chùa Bưng Tum"),
 P("Thạch Thị Sa Ruôl", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Trần Minh Luân", "Phó Chánh Văn phòng Ban An toàn giao thông tỉnh"),
 P("Kim Hoàng Phúc", "Thiếu tá", "Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh"),
 P("Sơn Văn Chăm", "người có uy tín ấp Sóc Lèo")],
[Q("96 học viên", 96, "học viên"), Q("trên 30%", 30, "%", "over"),
 Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("118 vụ tai nạn giao thông", 118, "vụ tai nạn giao thông"), Q("105 người", 105, "người"),
 Q("140 hộ", 140, "hộ"), Q("96 bộ tài liệu song ngữ", 96, "bộ tài liệu song ngữ"),
 Q("200 tờ gấp tuyên truyền", 200, "tờ gấp tuyên truyền")],
[D("Chỉ thị", "18", "CT/TW", "2012-09-04", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 04/9/2012"),
 D("Kế hoạch", "31", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 31-KH/TU"),
 D("Nghị định", "171", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 171/2013/NĐ-CP")],
[prov("Sóc Trăng"), com("Viên An"), com("Lai Hòa")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Vị trí: Trang chủ > Dân vận các cấp > Tin tức",
 "Đại đức Lâm Sóc Hên phát biểu ý kiến tại lớp tập huấn.", "Ok Om Bok"],
["Ngày đăng 16/05/2014 | 10:15", "năm 2014", "Năm 2013", "hai ngày"]))

PAGES.append(page("b7953-thanhhoa-atgt-giaoban-q3-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Tin tức - Sự kiện :: Giao thông - Vận tải
Thứ Sáu, 09/10/2015, 16:05
Tiếp tục phát huy vai trò khu dân cư trong bảo đảm trật tự an toàn giao thông
Toàn cảnh hội nghị giao ban.
Ngày 08/10/2015, Ban An toàn giao thông tỉnh tổ chức hội nghị giao ban công tác bảo đảm trật tự an toàn giao thông quý III/2015, triển khai nhiệm vụ quý IV. Đồng chí Lê Anh Tuấn, Phó Chủ tịch UBND tỉnh, Trưởng Ban An toàn giao thông tỉnh chủ trì hội nghị.
Theo báo cáo của Văn phòng Ban, trong quý III, toàn tỉnh xảy ra 74 vụ tai nạn giao thông, làm chết 59 người, bị thương 48 người; so với quý III/2014 giảm 6 vụ, giảm 4 người chết. Lực lượng chức năng đã kiểm tra, xử lý 21.450 trường hợp vi phạm, phạt tiền trên 9,6 tỷ đồng, tạm giữ 1.127 mô tô, xe máy; tước giấy phép lái xe 386 trường hợp.
Cùng với lực lượng chức năng, các đoàn thể đã triển khai mạnh mẽ phong trào "Toàn dân tham gia bảo đảm trật tự an toàn giao thông". Đến nay toàn tỉnh có 1.036 tuyến đường tự quản, 274 khu dân cư không có người vi phạm luật giao thông; 85% số xã, phường, thị trấn đã thành lập tổ tự quản về an toàn giao thông. Mặt trận và các đoàn thể vận động nhân dân giải tỏa 2.315 trường hợp lấn chiếm hành lang an toàn giao thông.
Tại hội nghị, đại diện các sở, ngành, đoàn thể: đồng chí Phạm Thị Ngân, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; đồng chí Hà Văn Chiến, Phó Bí thư Tỉnh đoàn; Đại tá Trịnh Văn Tâm, Phó Giám đốc Công an tỉnh đã báo cáo kết quả và đề xuất giải pháp. Ông Cầm Bá Thịnh, Chủ tịch UBND xã Trung Thành, huyện Quan Hóa cho biết: xã có 3 bản người Thái nằm dọc quốc lộ 15A, bà con thường phơi sắn trên đường, nay đã được vận động ký cam kết không tái diễn.
Kết luận hội nghị, đồng chí Lê Anh Tuấn yêu cầu các ngành, địa phương triển khai nghiêm Chỉ thị số 18-CT/TW của Ban Bí thư và Kế hoạch số 115/KH-UBND ngày 12/6/2015 của UBND tỉnh; tập trung kiểm soát tải trọng phương tiện, xử lý dứt điểm 17 điểm đen về tai nạn giao thông; bảo đảm an toàn cho học sinh, du khách trong quý IV và dịp Tết Dương lịch 2016.
Hội nghị cũng thống nhất lấy ý kiến các huyện về dự thảo quy chế phối hợp giữa Ban An toàn giao thông tỉnh với Ủy ban MTTQ tỉnh trong xây dựng khu dân cư an toàn giao thông; giao Văn phòng Ban tổng hợp, trình UBND tỉnh Thanh Hóa trước ngày 30/10/2015.
Tiến Đạt
Lượt đọc: 2317
Các tin khác
- Hoằng Hóa ra mắt 12 tuyến đường hoa tự quản (02/10/2015)
- Ra quân xử lý vi phạm hành lang đường bộ trên quốc lộ 1A (25/09/2015)
- Trao 3.000 mũ bảo hiểm cho học sinh lớp 1 (07/09/2015)
- Giao ban công tác an toàn giao thông quý II/2015 (09/07/2015)
""", "2015-10-09", "Tiếp tục phát huy vai trò khu dân cư trong bảo đảm trật tự an toàn giao thông",
E("giao_ban", "2015-Q3", "2015-10-08"),
[P("Lê Anh Tuấn", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban An toàn giao thông tỉnh"),
 P("Phạm Thị Ngân", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Hà Văn Chiến", "Phó Bí thư Tỉnh đoàn"),
 P("Trịnh Văn Tâm", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Cầm Bá Thịnh", "Chủ tịch UBND xã Trung Thành")],
[Q("74 vụ tai nạn giao thông", 74, "vụ tai nạn giao thông"), Q("59 người", 59, "người"), Q("48 người", 48, "người"),
 Q("6 vụ", 6, "vụ"), Q("4 người chết", 4, "người"), Q("21.450 trường hợp vi phạm", 21450, "trường hợp"),
 Q("trên 9,6 tỷ đồng", 9600000000, "đồng", "over"), Q("1.127 mô tô, xe máy", 1127, "mô tô, xe máy"),
 Q("386 trường hợp", 386, "trường hợp"), Q("1.036 tuyến đường tự quản", 1036, "tuyến đường tự quản"),
 Q("274 khu dân cư", 274, "khu dân cư"), Q("85%", 85, "%"), Q("2.315 trường hợp", 2315, "trường hợp"),
 Q("3 bản", 3, "bản"), Q("17 điểm đen", 17, "điểm đen")],
[D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW"),
 D("Kế hoạch", "115", "KH-UBND", "2015-06-12", "UBND tỉnh", "Kế hoạch số 115/KH-UBND ngày 12/6/2015")],
[prov("Thanh Hóa"), com("Trung Thành")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA", "Tin tức - Sự kiện :: Giao thông - Vận tải", "Toàn cảnh hội nghị giao ban.",
 "Toàn dân tham gia bảo đảm trật tự an toàn giao thông", "Lượt đọc: 2317"],
["Thứ Sáu, 09/10/2015, 16:05", "trước ngày 30/10/2015", "quý III/2015", "quý IV", "quý III/2014", "quốc lộ 15A", "Tết Dương lịch 2016", "Lượt đọc: 2317"]))

PAGES.append(page("b7954-laocai-mttq-giamsat-hanhlang-2016", """
MẶT TRẬN TỔ QUỐC TỈNH LÀO CAI
Trang chủ > Giám sát và phản biện xã hội > Tin tức
ngày 04 tháng 11 năm 2016
Ủy ban MTTQ tỉnh giám sát việc giữ gìn hành lang an toàn đường bộ tại Bảo Thắng
Đoàn giám sát làm việc tại UBND thị trấn Phố Lu.
Thực hiện Chương trình số 07/CTr-MTTQ-BTT ngày 15/01/2016 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về giám sát năm 2016, từ ngày 01 đến 03/11/2016, Đoàn giám sát do đồng chí Giàng Seo Phử, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Nghị định số 11/2010/NĐ-CP của Chính phủ quy định về quản lý và bảo vệ kết cấu hạ tầng giao thông đường bộ và Quyết định số 994/QĐ-TTg của Thủ tướng Chính phủ về lập lại trật tự hành lang an toàn đường bộ, đường sắt tại huyện Bảo Thắng.
Tham gia đoàn có các đồng chí: Lò Thị Pằng, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh; Vàng A Sình, Phó Trưởng Ban Dân tộc tỉnh; đại diện Sở Giao thông vận tải và Hội Cựu chiến binh tỉnh.
Theo báo cáo của UBND huyện, trên địa bàn có 72,4 km quốc lộ, 38 km tỉnh lộ và 27 km đường sắt Hà Nội - Lào Cai đi qua 9 xã, thị trấn. Năm 2016, huyện đã vận động 214 hộ tự tháo dỡ công trình vi phạm hành lang, cưỡng chế 6 trường hợp cố tình không chấp hành; cắm mới 1.150 cọc mốc lộ giới. Các xã ven đường sắt như Xuân Quang, Phong Niên duy trì 16 tổ tự quản, với 128 thành viên là cựu chiến binh, đoàn viên thanh niên, thay nhau canh gác các lối đi tự mở.
Làm việc tại thị trấn Phố Lu và xã Xuân Quang, đoàn giám sát ghi nhận nhiều nơi đã có chuyển biến, nhưng tình trạng họp chợ tự phát, phơi nông sản trên quốc lộ 70 vẫn còn; 23 lối đi tự mở qua đường sắt chưa có người cảnh giới. Kinh phí hỗ trợ tổ tự quản chỉ 200.000 đồng/tháng, chưa động viên được người tham gia.
Ông Hoàng Văn Lực, Tổ trưởng tổ tự quản thôn Cốc Sâm 1, xã Phong Niên, phản ánh: "Tổ chúng tôi 8 người, đêm nào cũng có người trực ở lối đi tự mở, nhưng không có đèn, còi, áo phản quang".
Kết luận buổi giám sát, đồng chí Giàng Seo Phử đề nghị huyện tiếp tục tuyên truyền để người dân người Mông, người Dao ở các thôn ven quốc lộ hiểu và chấp hành; rà soát, đề nghị tăng mức hỗ trợ cho tổ tự quản; phối hợp ngành đường sắt đóng các lối đi tự mở nguy hiểm. Kết quả giám sát sẽ được tổng hợp, kiến nghị UBND tỉnh Lào Cai trong tháng 12.
Ông Nguyễn Thế Hùng, Phó Chủ tịch UBND huyện Bảo Thắng tiếp thu và cam kết khắc phục các hạn chế mà đoàn đã chỉ ra.
Sùng Mí
Tin liên quan
- Bát Xát: ra mắt mô hình "Thôn bản an toàn giao thông" (20/10/2016)
- Hội nghị phản biện dự thảo quy hoạch giao thông nông thôn (05/10/2016)
- Giám sát thực hiện chính sách hỗ trợ làm đường giao thông nông thôn tại Bắc Hà (15/09/2016)
""", "2016-11-04", "Ủy ban MTTQ tỉnh giám sát việc giữ gìn hành lang an toàn đường bộ tại Bảo Thắng",
E("giam_sat", "2016", "2016-11-01"),
[P("Giàng Seo Phử", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Thị Pằng", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Vàng A Sình", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Hoàng Văn Lực", "Tổ trưởng tổ tự quản thôn Cốc Sâm 1"),
 P("Nguyễn Thế Hùng", "Phó Chủ tịch UBND huyện Bảo Thắng")],
[Q("72,4 km", 72.4, "km"), Q("38 km", 38, "km"), Q("27 km", 27, "km"), Q("9 xã, thị trấn", 9, "xã, thị trấn"),
 Q("214 hộ", 214, "hộ"), Q("6 trường hợp", 6, "trường hợp"), Q("1.150 cọc mốc lộ giới", 1150, "cọc mốc lộ giới"),
 Q("16 tổ tự quản", 16, "tổ tự quản"), Q("128 thành viên", 128, "thành viên"),
 Q("23 lối đi tự mở", 23, "lối đi tự mở"), Q("200.000 đồng/tháng", 200000, "đồng"), Q("8 người", 8, "người")],
[D("Chương trình", "07", "CTr-MTTQ-BTT", "2016-01-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Chương trình số 07/CTr-MTTQ-BTT ngày 15/01/2016"),
 D("Nghị định", "11", "2010/NĐ-CP", None, "Chính phủ", "Nghị định số 11/2010/NĐ-CP"),
 D("Quyết định", "994", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 994/QĐ-TTg")],
[prov("Lào Cai"), com("Phố Lu"), com("Xuân Quang"), com("Phong Niên")],
["MẶT TRẬN TỔ QUỐC TỈNH LÀO CAI", "Trang chủ > Giám sát và phản biện xã hội > Tin tức",
 "Đoàn giám sát làm việc tại UBND thị trấn Phố Lu."],
["ngày 04 tháng 11 năm 2016", "năm 2016", "Năm 2016", "quốc lộ 70", "tháng 12", "Cốc Sâm 1"]))
