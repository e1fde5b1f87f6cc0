from lib import *
PAGES = []

PAGES.append(page("b4079-lamdong-mttq-tongket-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG
Trang chủ » Tin tức » Hoạt động Mặt trận
Hôm nay: Thứ Hai, 22/12/2025
Ngày đăng 19/12/2025 | 16:20
Toàn cảnh hội nghị tổng kết.
Lâm Đồng: Mặt trận các cấp vận động hơn 9.000 hộ nhận khoán giữ rừng
Ngày 18/12/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp với Sở Nông nghiệp và Môi trường tổ chức hội nghị tổng kết công tác vận động nhân dân tham gia quản lý, bảo vệ và phát triển rừng năm 2025, năm đầu tiên tỉnh Lâm Đồng mới (hợp nhất Lâm Đồng, Đắk Nông, Bình Thuận) vận hành chính quyền địa phương hai cấp.
Chủ trì hội nghị có bà Ka Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Điểu K'Rơi, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh và ông Phạm Quốc Vinh, Chi cục trưởng Chi cục Kiểm lâm.
Theo báo cáo, năm 2025 toàn tỉnh có hơn 9.000 hộ và 186 cộng đồng dân cư nhận khoán bảo vệ trên 410.000 ha rừng; tiền dịch vụ môi trường rừng chi trả khoảng 380 tỷ đồng, mức bình quân trên 900.000 đồng/ha tại các lưu vực thủy điện Đa Nhim, Đồng Nai. Thực hiện Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy và Kế hoạch số 37/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, Mặt trận các xã, phường đã tổ chức 624 buổi tuyên truyền, vận động 95,6% hộ sống gần rừng ký cam kết không phá rừng, không lấn chiếm đất rừng.
Số vụ vi phạm giảm 18% so với năm 2024; diện tích rừng bị thiệt hại khoảng 54 ha, tập trung ở các xã Tà Đùng, Đam Rông 3. Toàn tỉnh trồng mới 3.150 ha rừng, trong đó có 1.200 ha cây gỗ lớn trên đất rừng bị lấn chiếm đã được người dân tự nguyện trả lại.
Tại hội nghị, ông Ya Tuấn, người có uy tín thôn Đạ Sar, xã Lạc Dương chia sẻ, thôn đã có 46 hộ người K'Ho trả lại 37 ha đất rừng lấn chiếm. Bà Ma Ly, Chủ tịch Ủy ban MTTQ Việt Nam xã Đam Rông 3 kiến nghị sớm giao rừng cho cộng đồng thôn để bà con được hưởng lợi lâu dài. Các ông Điểu Sơn, K'Bình - Phó Giám đốc Ban quản lý rừng phòng hộ Gia Nghĩa cho biết đơn vị đã ký lại hợp đồng khoán với 312 hộ sau khi sắp xếp đơn vị hành chính.
Phát biểu kết luận, bà Ka Hòa đề nghị năm 2026 Mặt trận các cấp tiếp tục thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" gắn với bảo vệ rừng; mỗi xã có ít nhất 1 mô hình "Khu dân cư giữ rừng"; phối hợp với các Ban quản lý rừng phòng hộ giám sát việc chi trả, không để tiền khoán chậm đến tay người dân.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 25 tập thể và 40 cá nhân tiêu biểu; 9.000 hộ nhận khoán được ghi nhận là lực lượng nòng cốt giữ rừng.
Nguyễn Hạnh
Lượt truy cập: 1.486
Tin liên quan
- Phường Bảo Lộc ra quân trồng cây gỗ lớn (12/12/2025)
- Xã Tà Đùng ra mắt tổ bảo vệ rừng cộng đồng (05/12/2025)
- Lâm Đồng chi trả tiền dịch vụ môi trường rừng đợt 2 (28/11/2025)
""", "2025-12-19", "Lâm Đồng: Mặt trận các cấp vận động hơn 9.000 hộ nhận khoán giữ rừng",
E("tong_ket", "2025", "2025-12-18"),
[P("Ka Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu K'Rơi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Phạm Quốc Vinh", "Chi cục trưởng Chi cục Kiểm lâm"),
 P("Ya Tuấn", "người có uy tín thôn Đạ Sar"),
 P("Ma Ly", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đam Rông 3"),
 P("Điểu Sơn", "Phó Giám đốc Ban quản lý rừng phòng hộ Gia Nghĩa"),
 P("K'Bình", "Phó Giám đốc Ban quản lý rừng phòng hộ Gia Nghĩa")],
[Q("hơn 9.000 hộ", 9000, "hộ", "over"), Q("186 cộng đồng dân cư", 186, "cộng đồng dân cư"), Q("trên 410.000 ha", 410000, "ha", "over"),
 Q("khoảng 380 tỷ đồng", 380000000000, "đồng", "approx"), Q("trên 900.000 đồng", 900000, "đồng", "over"),
 Q("624 buổi tuyên truyền", 624, "buổi tuyên truyền"), Q("95,6%", 95.6, "%"), Q("18%", 18, "%"), Q("khoảng 54 ha", 54, "ha", "approx"),
 Q("3.150 ha", 3150, "ha"), Q("1.200 ha", 1200, "ha"), Q("46 hộ người K'Ho", 46, "hộ người K'Ho"), Q("37 ha", 37, "ha"),
 Q("312 hộ", 312, "hộ"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân tiêu biểu", 40, "cá nhân tiêu biểu")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Kế hoạch", "37", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 37/KH-MTTQ-BTT")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Tà Đùng"), com("Đam Rông 3"), com("Lạc Dương")],
["ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ » Tin tức » Hoạt động Mặt trận", "Toàn cảnh hội nghị tổng kết.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Khu dân cư giữ rừng", "Lượt truy cập: 1.486"],
["Hôm nay: Thứ Hai, 22/12/2025", "Ngày đăng 19/12/2025 | 16:20", "năm 2025", "năm 2024", "năm 2026", "hai cấp", "Lượt truy cập: 1.486"]))

PAGES.append(page("b4080-dongnai-bugiamap-traoqua-2026", """
Báo Đồng Nai điện tử
Xã hội › Dân tộc - Tôn giáo
Thứ Sáu, 30/01/2026 - 18:30
Mang Tết đến với người giữ rừng Bù Gia Mập
Ngày 29/1, Ủy ban MTTQ Việt Nam tỉnh Đồng Nai phối hợp với Vườn quốc gia Bù Gia Mập và Đảng ủy xã Bù Gia Mập tổ chức chương trình "Tết ấm người giữ rừng", thăm, chúc Tết và trao 500 phần quà Tết Bính Ngọ 2026 cho các hộ nhận khoán bảo vệ rừng, thành viên tổ bảo vệ rừng và hộ đồng bào S'tiêng có hoàn cảnh khó khăn.
Ảnh: Bà Thị Thanh Hương trao quà cho hộ nhận khoán tại thôn Bù Lư.
Tham dự có bà Thị Thanh Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Điểu Đình Nam, Bí thư Đảng ủy xã Bù Gia Mập; ông Hồ Văn Thịnh, Giám đốc Vườn quốc gia Bù Gia Mập; các ông, bà Phó Chủ tịch UBND xã Bù Gia Mập: Điểu Thị Ngọc, Lê Hữu Tài.
Mỗi phần quà trị giá 1,2 triệu đồng, gồm 600.000 đồng tiền mặt, gạo, dầu ăn và bánh kẹo; tổng trị giá 600 triệu đồng, do Quỹ "Vì người nghèo" tỉnh và các nhà hảo tâm tài trợ. Ngoài ra, Vườn quốc gia trao 20 chiếc xe máy cũ đã sửa chữa cho các tổ tuần tra và 5 căn nhà "Đại đoàn kết" cho hộ nhận khoán còn ở nhà tạm, mỗi căn hỗ trợ 60 triệu đồng.
Sau khi sắp xếp đơn vị hành chính, tỉnh Đồng Nai mới (hợp nhất Đồng Nai và Bình Phước) có trên 340.000 ha rừng. Riêng khu vực xã Bù Gia Mập và xã Đăk Ơ có trên 26.000 ha rừng đặc dụng, phòng hộ, được giao khoán cho 712 hộ, trong đó 65% là hộ đồng bào S'tiêng, M'nông tại chỗ. Thực hiện Nghị định số 58/2024/NĐ-CP và Công văn số 210/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, năm 2025 Mặt trận xã đã giám sát 6 đợt chi trả tiền khoán, tiếp nhận 14 kiến nghị của người dân.
Ông Điểu Lém, thành viên tổ bảo vệ rừng thôn Bù Lư, xã Bù Gia Mập, đã 12 năm nhận khoán, cho biết: "Năm nay gia đình được nhận hơn 18 triệu đồng tiền khoán, thêm phần quà Tết của Mặt trận, con cháu vui lắm". Bà Thị Rin, người có uy tín thôn Đăk Á, xã Bù Gia Mập, cam kết cùng già làng vận động bà con không vào rừng khai thác măng, mật ong trái phép.
Theo ông Hồ Văn Thịnh, năm 2025 các tổ bảo vệ rừng của Vườn quốc gia đã phối hợp với Đồn Biên phòng Bù Gia Mập thực hiện 1.260 lượt tuần tra, phát hiện 9 vụ vi phạm, không để xảy ra cháy rừng.
Phát biểu tại buổi trao quà, bà Thị Thanh Hương đề nghị Đảng ủy xã chỉ đạo thực hiện tốt Nghị quyết 07, 08-NQ/ĐU của Ban Chấp hành Đảng bộ xã về phát triển kinh tế dưới tán rừng; các hộ nhận khoán tiếp tục là "tai mắt" của lực lượng kiểm lâm, không để xảy ra cháy rừng trong mùa khô năm 2026.
Thanh Nga
Lượt xem: 2.113
Tin khác
- Đồng Nai: phát động Tết trồng cây đời đời nhớ ơn Bác Hồ (28/01/2026)
- Xã Phú Nghĩa trao 200 phần quà cho hộ nghèo (25/01/2026)
- Ủy ban MTTQ tỉnh thăm, chúc Tết các chức sắc tôn giáo (22/01/2026)
""", "2026-01-30", "Mang Tết đến với người giữ rừng Bù Gia Mập",
E("trao_qua", None, "2026-01-29"),
[P("Thị Thanh Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Đình Nam", "Bí thư Đảng ủy xã Bù Gia Mập"),
 P("Hồ Văn Thịnh", "Giám đốc Vườn quốc gia Bù Gia Mập"),
 P("Điểu Thị Ngọc", "Phó Chủ tịch UBND xã Bù Gia Mập"),
 P("Lê Hữu Tài", "Phó Chủ tịch UBND xã Bù Gia Mập"),
 P("Điểu Lém", "thành viên tổ bảo vệ rừng thôn Bù Lư"),
 P("Thị Rin", "người có uy tín thôn Đăk Á")],
[Q("500 phần quà", 500, "phần quà"), Q("1,2 triệu đồng", 1200000, "đồng"), Q("600.000 đồng", 600000, "đồng"),
 Q("600 triệu đồng", 600000000, "đồng"), Q("20 chiếc xe máy cũ", 20, "chiếc xe máy cũ"), Q("5 căn nhà", 5, "căn nhà"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("trên 340.000 ha", 340000, "ha", "over"), Q("trên 26.000 ha", 26000, "ha", "over"),
 Q("712 hộ", 712, "hộ"), Q("65%", 65, "%"), Q("6 đợt chi trả", 6, "đợt chi trả"), Q("14 kiến nghị", 14, "kiến nghị"),
 Q("hơn 18 triệu đồng", 18000000, "đồng", "over"), Q("1.260 lượt tuần tra", 1260, "lượt tuần tra"), Q("9 vụ vi phạm", 9, "vụ vi phạm")],
[D("Nghị định", "58", "2024/NĐ-CP", None, None, "Nghị định số 58/2024/NĐ-CP"),
 D("Công văn", "210", "MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Công văn số 210/MTTQ-BTT"),
 D("Nghị quyết", "07", "NQ/ĐU", None, "Ban Chấp hành Đảng bộ xã", "Nghị quyết 07, 08-NQ/ĐU"),
 D("Nghị quyết", "08", "NQ/ĐU", None, "Ban Chấp hành Đảng bộ xã", "Nghị quyết 07, 08-NQ/ĐU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đăk Ơ")],
["Báo Đồng Nai điện tử", "Xã hội › Dân tộc - Tôn giáo", "Ảnh: Bà Thị Thanh Hương trao quà cho hộ nhận khoán tại thôn Bù Lư.",
 "Tết ấm người giữ rừng", "Vì người nghèo", "Đại đoàn kết", "Vườn quốc gia Bù Gia Mập", "tai mắt", "Lượt xem: 2.113"],
["Thứ Sáu, 30/01/2026 - 18:30", "Bính Ngọ 2026", "năm 2025", "12 năm", "năm 2026", "Lượt xem: 2.113"]))

PAGES.append(page("b4081-quangngai-giaoban-q1-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY QUẢNG NGÃI
You are here: Trang chủ > Dân vận > Dân tộc - Tôn giáo
03/04/2026 - 08:45
Đồng chí Y Mai chủ trì buổi giao ban.
Khối dân vận vận động đồng bào Xơ Đăng giữ rừng Măng Đen
Ngày 1/4/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý I năm 2026 tại xã Măng Đen với chuyên đề vận động đồng bào dân tộc thiểu số bảo vệ rừng, phòng cháy, chữa cháy rừng mùa khô. Đồng chí Y Mai, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có đồng chí A Thuận, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đại diện Chi cục Kiểm lâm, Ban quản lý rừng phòng hộ Kon Plông.
Theo báo cáo, sau khi hợp nhất tỉnh Quảng Ngãi và tỉnh Kon Tum, tỉnh Quảng Ngãi mới có gần 900.000 ha đất lâm nghiệp, độ che phủ rừng khoảng 63%. Quý I, thực hiện Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh và Kế hoạch số 30-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, khối dân vận các xã đã tổ chức 214 buổi tuyên truyền tại nhà rông, thu hút trên 11.500 lượt người; vận động 4.380 hộ ký cam kết không đốt rẫy trong những ngày nắng nóng.
Các chủ rừng đã chi trả tiền khoán quý IV/2025 khoảng 27,3 tỷ đồng cho 6.215 hộ và 138 cộng đồng làng. Trong quý xảy ra 3 vụ cháy rừng, thiệt hại 4,7 ha; 21 vụ phá rừng, khai thác lâm sản trái phép, giảm 30% so với cùng kỳ.
Cán bộ kiểm lâm hướng dẫn người dân làng Kon Chốt phát đường băng cản lửa. Ảnh: Ngọc Quý
Tại buổi giao ban, ông A Hiếu, Chủ tịch UBND xã Măng Ri cho biết xã đã phối hợp Ban quản lý rừng phòng hộ thành lập 8 tổ bảo vệ rừng làng, mỗi tổ từ 10 người trở lên. Bà Y Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Pék, phản ánh một số hộ di cư tự do từ nơi khác đến phát rừng làm rẫy ở vùng giáp ranh. Già làng A Dêm (làng Kon Chốt, xã Măng Đen) đề nghị giao rừng cho làng quản lý lâu dài vì "rừng của làng thì làng giữ".
Kết luận, đồng chí Y Mai đề nghị quý II các xã tiếp tục thực hiện Chỉ thị 22, 23-CT/TU của Ban Thường vụ Tỉnh ủy về phòng cháy, chữa cháy rừng và về quản lý dân di cư tự do; phát huy vai trò 1.020 người có uy tín trong toàn tỉnh; kịp thời nắm tình hình, không để kẻ xấu lợi dụng vấn đề đất rừng kích động người dân.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng 8 tổ bảo vệ rừng làng xã Măng Ri mỗi tổ 1 bộ dụng cụ chữa cháy trị giá 5 triệu đồng.
Ngọc Quý
Số lượt xem: 736
Tin liên quan
- Măng Đen: 60 thanh niên tình nguyện ra quân phát đường băng cản lửa (28/03/2026)
- Quảng Ngãi chi trả 120 tỷ đồng tiền dịch vụ môi trường rừng (18/03/2026)
- Hội nghị triển khai nhiệm vụ công tác dân vận năm 2026 (10/01/2026)
""", "2026-04-03", "Khối dân vận vận động đồng bào Xơ Đăng giữ rừng Măng Đen",
E("giao_ban", "2026-Q1", "2026-04-01"),
[P("Y Mai", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("A Thuận", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Hiếu", "Chủ tịch UBND xã Măng Ri"),
 P("Y Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Đăk Pék"),
 P("A Dêm", "Già làng")],
[Q("gần 900.000 ha", 900000, "ha", "approx"), Q("khoảng 63%", 63, "%", "approx"), Q("214 buổi tuyên truyền", 214, "buổi tuyên truyền"),
 Q("trên 11.500 lượt người", 11500, "lượt người", "over"), Q("4.380 hộ", 4380, "hộ"), Q("khoảng 27,3 tỷ đồng", 27300000000, "đồng", "approx"),
 Q("6.215 hộ", 6215, "hộ"), Q("138 cộng đồng làng", 138, "cộng đồng làng"), Q("3 vụ cháy rừng", 3, "vụ cháy rừng"), Q("4,7 ha", 4.7, "ha"),
 Q("21 vụ phá rừng, khai thác lâm sản trái phép", 21, "vụ phá rừng, khai thác lâm sản trái phép"), Q("30%", 30, "%"),
 Q("8 tổ bảo vệ rừng làng", 8, "tổ bảo vệ rừng làng"), Q("từ 10 người trở lên", 10, "người", "over"),
 Q("1.020 người có uy tín", 1020, "người có uy tín"), Q("5 triệu đồng", 5000000, "đồng")],
[D("Nghị quyết", "05", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 05-NQ/TU"),
 D("Kế hoạch", "30", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 30-KH/BTGDVTU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 22, 23-CT/TU"),
 D("Chỉ thị", "23", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 22, 23-CT/TU")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Măng Đen"), com("Măng Ri"), com("Đăk Pék")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY QUẢNG NGÃI", "You are here: Trang chủ > Dân vận > Dân tộc - Tôn giáo", "Đồng chí Y Mai chủ trì buổi giao ban.",
 "Cán bộ kiểm lâm hướng dẫn người dân làng Kon Chốt phát đường băng cản lửa. Ảnh: Ngọc Quý", "rừng của làng thì làng giữ", "Số lượt xem: 736"],
["03/04/2026 - 08:45", "quý I năm 2026", "quý IV/2025", "quý II", "1 bộ dụng cụ chữa cháy", "Số lượt xem: 736"]))

PAGES.append(page("b4082-dienbien-muongnhe-taphuan-2022", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐIỆN BIÊN
Trang chủ / Hoạt động Hội / Tin cơ sở
Ngày 18/03/2022 | 09:15
Mường Nhé: Tập huấn kỹ năng tuần tra, phòng cháy rừng cho 60 hội viên phụ nữ
Trong 2 ngày 16 - 17/3/2022, Hội Liên hiệp Phụ nữ huyện Mường Nhé phối hợp với Hạt Kiểm lâm huyện và Ban quản lý Khu bảo tồn thiên nhiên Mường Nhé tổ chức lớp tập huấn kỹ năng tuần tra, bảo vệ rừng và phòng cháy, chữa cháy rừng năm 2022 cho 60 hội viên phụ nữ là thành viên các tổ bảo vệ rừng bản tại các xã Sín Thầu, Chung Chải, Leng Su Sìn.
Ảnh: Học viên thực hành sử dụng máy thổi gió chữa cháy.
Dự khai giảng có bà Lò Thị Hương, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Hội Liên hiệp Phụ nữ tỉnh; bà Pờ Thị Xuyến, HUV, Chủ tịch Hội Liên hiệp Phụ nữ huyện Mường Nhé; ông Chang Văn Hòa, Hạt trưởng Hạt Kiểm lâm huyện.
Mường Nhé là huyện biên giới có diện tích rừng lớn nhất tỉnh Điện Biên với trên 107.000 ha, trong đó Khu bảo tồn thiên nhiên Mường Nhé quản lý khoảng 45.500 ha. Thực hiện Nghị định số 156/2018/NĐ-CP và Quyết định số 2118/QĐ-UBND ngày 30/11/2021 của UBND tỉnh, hiện toàn huyện giao khoán bảo vệ rừng cho 5.936 hộ và 92 cộng đồng bản đồng bào Hà Nhì, Cống, Mông, Si La; tiền dịch vụ môi trường rừng năm 2021 chi trả khoảng 41,8 tỷ đồng.
Tại lớp học, các học viên được phổ biến Luật Lâm nghiệp, Chỉ thị số 02/CT-UBND ngày 14/1/2022 của UBND tỉnh về tăng cường công tác phòng cháy, chữa cháy rừng; được hướng dẫn cách nhận biết cấp dự báo cháy rừng, kỹ năng ghi chép nhật ký tuần tra bằng điện thoại thông minh và thực hành sử dụng 6 máy thổi gió, bàn dập lửa.
Chị Lỳ Thị Chà, thành viên tổ bảo vệ rừng bản Tả Ló San, xã Sín Thầu chia sẻ: "Trước đây chỉ đàn ông đi rừng, giờ chị em Hà Nhì cũng đi tuần, biết cách báo cháy cho kiểm lâm nhanh hơn". Theo bà Pờ Thị Xuyến, năm 2021 Hội đã vận động 1.245 hội viên ký cam kết "Phụ nữ không đốt nương gần rừng", thành lập 14 tổ phụ nữ bảo vệ rừng với 168 thành viên; 9 chi hội được công nhận "Chi hội phụ nữ giữ rừng".
Bế giảng lớp học, bà Lò Thị Hương đề nghị mỗi học viên trở về tuyên truyền cho ít nhất 10 hộ gia đình trong bản, phối hợp với trưởng bản, già làng, người có uy tín nhắc nhở bà con đăng ký đốt nương; thực hiện Kế hoạch số 19-KH/HPN của Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh về "Phụ nữ Điện Biên chung tay giữ rừng" giai đoạn 2022 - 2025.
Kết thúc lớp tập huấn, Ban tổ chức tặng 60 bộ áo mưa, đèn pin cho học viên, tổng trị giá 18 triệu đồng.
Lò Diệp
Lượt xem: 498
Tin liên quan
- Nậm Pồ: phụ nữ ký cam kết không phá rừng (10/03/2022)
- Hội LHPN tỉnh trao 100 suất quà cho phụ nữ biên giới (22/01/2022)
- Tủa Chùa: ra mắt mô hình "Phụ nữ giữ rừng" (15/12/2021)
""", "2022-03-18", "Mường Nhé: Tập huấn kỹ năng tuần tra, phòng cháy rừng cho 60 hội viên phụ nữ",
E("tap_huan", "2022", "2022-03-16"),
[P("Lò Thị Hương", "Ủy viên Ban Thường vụ", "Trưởng ban Tuyên giáo Hội Liên hiệp Phụ nữ tỉnh"),
 P("Pờ Thị Xuyến", "HUV", "Chủ tịch Hội Liên hiệp Phụ nữ huyện Mường Nhé"),
 P("Chang Văn Hòa", "Hạt trưởng Hạt Kiểm lâm huyện"),
 P("Lỳ Thị Chà", "thành viên tổ bảo vệ rừng bản Tả Ló San")],
[Q("60 hội viên phụ nữ", 60, "hội viên phụ nữ"), Q("trên 107.000 ha", 107000, "ha", "over"), Q("khoảng 45.500 ha", 45500, "ha", "approx"),
 Q("5.936 hộ", 5936, "hộ"), Q("92 cộng đồng bản đồng bào Hà Nhì, Cống, Mông, Si La", 92, "cộng đồng bản đồng bào Hà Nhì, Cống, Mông, Si La"),
 Q("khoảng 41,8 tỷ đồng", 41800000000, "đồng", "approx"), Q("6 máy thổi gió", 6, "máy thổi gió"), Q("1.245 hội viên", 1245, "hội viên"),
 Q("14 tổ phụ nữ bảo vệ rừng", 14, "tổ phụ nữ bảo vệ rừng"), Q("168 thành viên", 168, "thành viên"), Q("9 chi hội", 9, "chi hội"),
 Q("ít nhất 10 hộ gia đình", 10, "hộ gia đình", "over"), Q("60 bộ áo mưa, đèn pin", 60, "bộ áo mưa, đèn pin"), Q("18 triệu đồng", 18000000, "đồng")],
[D("Nghị định", "156", "2018/NĐ-CP", None, None, "Nghị định số 156/2018/NĐ-CP"),
 D("Quyết định", "2118", "QĐ-UBND", "2021-11-30", "UBND tỉnh", "Quyết định số 2118/QĐ-UBND ngày 30/11/2021"),
 D("Chỉ thị", "02", "CT-UBND", "2022-01-14", "UBND tỉnh", "Chỉ thị số 02/CT-UBND ngày 14/1/2022"),
 D("Kế hoạch", "19", "KH/HPN", None, "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh", "Kế hoạch số 19-KH/HPN")],
[prov("Điện Biên"), com("Sín Thầu"), com("Chung Chải"), com("Leng Su Sìn")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐIỆN BIÊN", "Trang chủ / Hoạt động Hội / Tin cơ sở", "Ảnh: Học viên thực hành sử dụng máy thổi gió chữa cháy.",
 "Khu bảo tồn thiên nhiên Mường Nhé", "Luật Lâm nghiệp", "Phụ nữ không đốt nương gần rừng", "Chi hội phụ nữ giữ rừng",
 "Phụ nữ Điện Biên chung tay giữ rừng", "Lượt xem: 498"],
["Ngày 18/03/2022 | 09:15", "2 ngày", "16 - 17/3/2022", "năm 2022", "năm 2021", "giai đoạn 2022 - 2025", "Lượt xem: 498"]))

PAGES.append(page("b4083-hatinh-ngaphoi-soket-2026", """
Báo Hà Tĩnh điện tử
Trang chủ » Nông nghiệp » Lâm nghiệp
Cập nhật lúc 17:05 ngày 10/07/2026
Triển khai nhiệm vụ bảo vệ rừng phòng hộ 6 tháng cuối năm 2026
(Baohatinh.vn) - Chiều 8/7, Ban quản lý rừng phòng hộ Ngàn Phố phối hợp với Ủy ban MTTQ Việt Nam các xã Sơn Kim 1, Sơn Kim 2, Sơn Hồng tổ chức hội nghị sơ kết công tác giao khoán, bảo vệ rừng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026.
Ông Trần Xuân Bình, Giám đốc Ban quản lý rừng phòng hộ Ngàn Phố phát biểu tại hội nghị. Ảnh: Thu Phương
Theo báo cáo, Ban quản lý rừng phòng hộ Ngàn Phố hiện quản lý trên 24.600 ha rừng, đã ký hợp đồng khoán bảo vệ 13.450 ha cho 2.618 hộ và 24 cộng đồng thôn theo Nghị định số 58/2024/NĐ-CP của Chính phủ và Quyết định số 1825/QĐ-UBND ngày 20/8/2025 của UBND tỉnh Hà Tĩnh. 6 tháng qua, đơn vị đã chi trả tiền khoán đợt 1 với số tiền trên 2,7 tỷ đồng; mức khoán 400.000 đồng/ha/năm, riêng rừng giáp biên giới Việt - Lào được hỗ trợ thêm 200.000 đồng/ha.
Các tổ bảo vệ rừng cộng đồng đã phối hợp với lực lượng kiểm lâm, biên phòng tổ chức 312 đợt tuần tra, truy quét; phát hiện, lập biên bản 11 vụ vi phạm, tịch thu 7,8 m3 gỗ và 3 cưa máy. Đáng chú ý, 6 tháng đầu năm không xảy ra cháy rừng dù có 23 ngày nắng nóng ở cấp cháy cấp IV, cấp V.
Ủy ban MTTQ Việt Nam các xã đã vận động 100% hộ nhận khoán ký cam kết; tổ chức 18 hội nghị tuyên truyền ở thôn với trên 1.400 lượt người tham dự. Các đồng chí Chủ tịch Ủy ban MTTQ Việt Nam xã: Phan Văn Lương (Sơn Kim 1), Nguyễn Thị Hằng (Sơn Kim 2) cho biết Mặt trận cơ sở đã giám sát 4 đợt chi trả, tiếp nhận và chuyển Ban quản lý giải quyết 7 kiến nghị của người dân.
Tại hội nghị, ông Hồ Văn Thành, Tổ trưởng tổ bảo vệ rừng cộng đồng thôn Khe Tre, xã Sơn Kim 1 đề nghị nâng mức khoán vì đường tuần tra dài, nhiều đoạn dốc. Ông Trần Xuân Bình, Giám đốc Ban quản lý rừng phòng hộ Ngàn Phố tiếp thu, cho biết đơn vị đang đề xuất UBND tỉnh nâng mức khoán lên 500.000 đồng/ha/năm từ năm 2027.
Phát biểu chỉ đạo, ông Võ Hồng Sơn, Phó Chi cục trưởng Chi cục Kiểm lâm tỉnh đề nghị 6 tháng cuối năm các xã tiếp tục thực hiện Chỉ thị số 11-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác quản lý, bảo vệ rừng; trong mùa mưa bão tập trung trồng bổ sung khoảng 150 ha rừng gỗ lớn; không để người dân tái lấn chiếm đất rừng đã thu hồi.
Hội nghị đã khen thưởng 5 tập thể và 11 cá nhân có thành tích xuất sắc, mỗi tập thể được tặng 3 triệu đồng.
Thu Phương
Lượt xem: 624
Tin khác
- Phường Bắc Hồng Lĩnh ra quân phòng cháy rừng cao điểm (02/07/2026)
- Hà Tĩnh chi trả dịch vụ môi trường rừng đợt 1 (25/06/2026)
- Xã Hương Khê: giao rừng cho cộng đồng thôn (12/06/2026)
""", "2026-07-10", "Triển khai nhiệm vụ bảo vệ rừng phòng hộ 6 tháng cuối năm 2026",
E("so_ket", "2026-H1", "2026-07-08"),
[P("Trần Xuân Bình", "Giám đốc Ban quản lý rừng phòng hộ Ngàn Phố"),
 P("Phan Văn Lương", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Thị Hằng", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Hồ Văn Thành", "Tổ trưởng tổ bảo vệ rừng cộng đồng thôn Khe Tre"),
 P("Võ Hồng Sơn", "Phó Chi cục trưởng Chi cục Kiểm lâm tỉnh")],
[Q("trên 24.600 ha", 24600, "ha", "over"), Q("13.450 ha", 13450, "ha"), Q("2.618 hộ", 2618, "hộ"), Q("24 cộng đồng thôn", 24, "cộng đồng thôn"),
 Q("trên 2,7 tỷ đồng", 2700000000, "đồng", "over"), Q("400.000 đồng", 400000, "đồng"), Q("200.000 đồng", 200000, "đồng"),
 Q("312 đợt tuần tra", 312, "đợt tuần tra"), Q("11 vụ vi phạm", 11, "vụ vi phạm"), Q("7,8 m3", 7.8, "m3"), Q("3 cưa máy", 3, "cưa máy"),
 Q("100%", 100, "%"), Q("18 hội nghị tuyên truyền", 18, "hội nghị tuyên truyền"), Q("trên 1.400 lượt người", 1400, "lượt người", "over"),
 Q("4 đợt chi trả", 4, "đợt chi trả"), Q("7 kiến nghị", 7, "kiến nghị"), Q("500.000 đồng", 500000, "đồng"),
 Q("khoảng 150 ha", 150, "ha", "approx"), Q("5 tập thể", 5, "tập thể"), Q("11 cá nhân", 11, "cá nhân"), Q("3 triệu đồng", 3000000, "đồng")],
[D("Nghị định", "58", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 58/2024/NĐ-CP"),
 D("Quyết định", "1825", "QĐ-UBND", "2025-08-20", "UBND tỉnh Hà Tĩnh", "Quyết định số 1825/QĐ-UBND ngày 20/8/2025"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU")],
[prov("Hà Tĩnh"), com("Sơn Kim 1"), com("Sơn Kim 2"), com("Sơn Hồng")],
["Báo Hà Tĩnh điện tử", "Trang chủ » Nông nghiệp » Lâm nghiệp", "(Baohatinh.vn)",
 "Ông Trần Xuân Bình, Giám đốc Ban quản lý rừng phòng hộ Ngàn Phố phát biểu tại hội nghị. Ảnh: Thu Phương", "Lượt xem: 624"],
["Cập nhật lúc 17:05 ngày 10/07/2026", "6 tháng cuối năm 2026", "6 tháng đầu năm", "đợt 1", "23 ngày", "cấp IV, cấp V", "năm 2027", "Lượt xem: 624"]))

PAGES.append(page("b4084-laocai-mucangchai-guongmat-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÀO CAI
Xã hội > Gương sáng - Việc tốt
Thứ Sáu, 22/05/2026 06:00
Ảnh: Ông Giàng A Sùng cùng tổ bảo vệ rừng kiểm tra rừng pơ mu.
Người giữ "rừng thiêng" của bản Mông Háng Tày
Hơn 20 năm làm trưởng bản rồi người có uy tín, ông Giàng A Sùng, người có uy tín thôn Háng Tày, xã Mù Cang Chải đã cùng bà con giữ nguyên vẹn hơn 320 ha rừng đầu nguồn, nơi có những cây pơ mu hàng trăm năm tuổi.
Năm 2004, khi rừng Háng Tày bị người nơi khác vào chặt pơ mu, ông Sùng đứng ra họp bản, đề xuất đưa việc giữ rừng vào hương ước: nhà nào chặt một cây phải trồng lại 10 cây và nộp phạt một con lợn. Từ đó, 78 hộ người Mông trong thôn chia thành 6 nhóm, thay nhau đi rừng mỗi tuần. Hiện thôn nhận khoán bảo vệ 326 ha rừng phòng hộ của Ban quản lý rừng phòng hộ Mù Cang Chải, mỗi năm được chi trả khoảng 160 triệu đồng tiền dịch vụ môi trường rừng.
Ông Sùng kể: "Có năm cháy rừng từ bên xã khác lan sang, cả bản 120 người lên núi dập lửa hai ngày hai đêm". Số tiền khoán, thôn để lại 30% làm quỹ chung để sửa đường, mua bàn dập lửa, phần còn lại chia đều cho các hộ.
Ông Thào A Của, Chủ tịch UBND xã Mù Cang Chải cho biết, sau khi tỉnh Lào Cai mới được thành lập trên cơ sở hợp nhất tỉnh Lào Cai và tỉnh Yên Bái, xã Mù Cang Chải có trên 18.700 ha rừng, độ che phủ đạt 67,4%. Thực hiện Quyết định số 1123/QĐ-UBND ngày 15/10/2025 của UBND tỉnh Lào Cai, xã đang hoàn thiện hồ sơ giao 2.450 ha rừng cho 19 cộng đồng thôn quản lý lâu dài, trong đó Háng Tày là thôn được giao đầu tiên.
Bà Lý Thị Dợ, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Mù Cang Chải, Trưởng ban Công tác Mặt trận thôn Háng Tày nhận xét: ông Sùng nói ít nhưng làm nhiều, việc gì khó trong bản như vận động trả lại đất rừng, hòa giải tranh chấp nương rẫy đều tìm đến ông. Năm 2025, ông đã vận động 4 hộ trả lại 2,6 ha đất rừng lấn chiếm và hòa giải thành 3 vụ tranh chấp đất nương.
Với những đóng góp đó, ông Giàng A Sùng được Chủ tịch UBND tỉnh tặng bằng khen và được Ủy ban MTTQ Việt Nam tỉnh Lào Cai chọn là một trong 50 gương điển hình tiêu biểu trong phong trào "Toàn dân đoàn kết giữ rừng" năm 2025, kèm phần thưởng 5 triệu đồng.
Năm nay đã 68 tuổi, ông vẫn đều đặn mỗi tháng cùng tổ bảo vệ rừng lên rừng ít nhất 2 lần. "Rừng còn thì nước còn, bản còn. Mình già rồi, phải dạy con cháu giữ", ông Sùng nói.
Thanh Ba
Lượt xem: 3.057
Tin liên quan
- Trạm Tấu: 1.500 người dân ra quân trồng rừng (15/05/2026)
- Xã Púng Luông chi trả tiền khoán bảo vệ rừng quý I (02/05/2026)
- Lào Cai tuyên dương người có uy tín tiêu biểu năm 2025 (20/04/2026)
""", "2026-05-22", 'Người giữ "rừng thiêng" của bản Mông Háng Tày',
E("khac", None, None),
[P("Giàng A Sùng", "người có uy tín thôn Háng Tày"),
 P("Thào A Của", "Chủ tịch UBND xã Mù Cang Chải"),
 P("Lý Thị Dợ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Mù Cang Chải", "Trưởng ban Công tác Mặt trận thôn Háng Tày")],
[Q("hơn 320 ha", 320, "ha", "over"), Q("10 cây", 10, "cây"), Q("78 hộ người Mông", 78, "hộ người Mông"), Q("6 nhóm", 6, "nhóm"),
 Q("326 ha", 326, "ha"), Q("khoảng 160 triệu đồng", 160000000, "đồng", "approx"), Q("120 người", 120, "người"), Q("30%", 30, "%"),
 Q("trên 18.700 ha", 18700, "ha", "over"), Q("67,4%", 67.4, "%"), Q("2.450 ha", 2450, "ha"), Q("19 cộng đồng thôn", 19, "cộng đồng thôn"),
 Q("4 hộ", 4, "hộ"), Q("2,6 ha", 2.6, "ha"), Q("3 vụ tranh chấp đất nương", 3, "vụ tranh chấp đất nương"),
 Q("50 gương điển hình tiêu biểu", 50, "gương điển hình tiêu biểu"), Q("5 triệu đồng", 5000000, "đồng")],
[D("Quyết định", "1123", "QĐ-UBND", "2025-10-15", "UBND tỉnh Lào Cai", "Quyết định số 1123/QĐ-UBND ngày 15/10/2025")],
[prov("Lào Cai"), prov("Yên Bái"), com("Mù Cang Chải")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÀO CAI", "Xã hội > Gương sáng - Việc tốt", "Ảnh: Ông Giàng A Sùng cùng tổ bảo vệ rừng kiểm tra rừng pơ mu.",
 "rừng thiêng", "Toàn dân đoàn kết giữ rừng", "Ban quản lý rừng phòng hộ Mù Cang Chải", "Lượt xem: 3.057"],
["Thứ Sáu, 22/05/2026 06:00", "Hơn 20 năm", "Năm 2004", "một cây", "một con lợn", "hai ngày hai đêm", "năm 2025", "68 tuổi", "ít nhất 2 lần", "Lượt xem: 3.057"]))
