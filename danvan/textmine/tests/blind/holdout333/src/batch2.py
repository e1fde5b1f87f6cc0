from lib import *
PAGES = []

PAGES.append(page("b7955-bacgiang-xa-doithoai-mongduong-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC NAM - TỈNH BẮC GIANG
Trang chủ | Tin tức - Sự kiện | Tin từ cơ sở
20/06/2017 - 14:35
Xã Cương Sơn đối thoại với nhân dân về mở rộng đường liên thôn và xây dựng tuyến đường tự quản
Chiều 19/6, UBND xã Cương Sơn tổ chức hội nghị đối thoại năm 2017 giữa người đứng đầu chính quyền với nhân dân về việc mở rộng đường liên thôn Quất Lâm - Hố Sâu và xây dựng tuyến đường tự quản về an toàn giao thông. Ông Thân Văn Hội, Bí thư Đảng ủy, Chủ tịch HĐND xã và ông Ngọc Văn Tư, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì; dự có đồng chí Hoàng Thị Nga, HUV, Trưởng Ban Dân vận Huyện ủy và hơn 150 hộ dân của 4 thôn.
Ông Ngọc Văn Tư trả lời ý kiến của người dân.
Thực hiện Kế hoạch số 46/KH-UBND của UBND huyện và Nghị quyết số 05-NQ/ĐU của Đảng ủy xã về xây dựng nông thôn mới, tuyến đường dài 3,2 km sẽ được mở rộng từ 3 m lên 6,5 m, tổng kinh phí dự kiến 7,8 tỷ đồng, trong đó nhân dân đóng góp khoảng 15%. Đến nay đã có 97 hộ ký cam kết hiến đất, tổng diện tích trên 4.300 m2; còn 18 hộ chưa đồng thuận vì lo ảnh hưởng tường rào, cây ăn quả.
Tại buổi đối thoại, 26 ý kiến của người dân được nêu ra. Ông Nguyễn Văn Bảy, thôn Hố Sâu, hỏi về mức hỗ trợ khi phải dỡ tường rào; bà Trần Thị Lý, thôn Quất Lâm, đề nghị làm rãnh thoát nước trước khi đổ bê tông để tránh ngập. Một số hộ kinh doanh ven đường băn khoăn về quy định không được để hàng hóa, biển hiệu lấn ra lề đường sau khi tuyến được công nhận là tuyến đường tự quản.
Trả lời các ý kiến, ông Ngọc Văn Tư cho biết: mỗi mét tường rào phải dỡ được xã hỗ trợ 300.000 đồng, cây ăn quả được hỗ trợ theo đơn giá của UBND tỉnh; rãnh thoát nước đã có trong thiết kế. Xã sẽ thành lập tổ tự quản gồm 9 thành viên do Trưởng ban công tác Mặt trận thôn làm tổ trưởng, hằng tuần kiểm tra, nhắc nhở việc lấn chiếm lề đường, đổ rác, phơi rơm rạ.
Phát biểu tại hội nghị, đồng chí Hoàng Thị Nga đánh giá cao cách làm công khai, dân chủ của xã, đề nghị cấp ủy, chính quyền kiên trì vận động, "dân biết, dân bàn, dân làm, dân kiểm tra", không áp đặt. Bà cũng đề nghị phát huy vai trò cựu chiến binh, đảng viên cao tuổi trong việc đi đầu hiến đất.
Được biết, năm 2017 huyện Lục Nam chọn Cương Sơn là một trong những xã điểm của tỉnh Bắc Giang về xây dựng khu dân cư an toàn giao thông gắn với phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa".
Kết thúc buổi đối thoại, thêm 7 hộ đăng ký hiến đất ngay tại hội nghị. Dự kiến công trình khởi công vào tháng 8/2017.
Phương Thảo (Trung tâm VH-TT huyện)
Tin khác
- Lục Nam: 21 tuyến đường tự quản được công nhận (12/06/2017)
- Hội nghị tiếp xúc cử tri sau kỳ họp thứ ba HĐND tỉnh (05/06/2017)
- Bắc Lũng ra quân dọn vệ sinh hành lang đường tỉnh 293 (28/05/2017)
""", "2017-06-20", "Xã Cương Sơn đối thoại với nhân dân về mở rộng đường liên thôn và xây dựng tuyến đường tự quản",
E("doi_thoai", "2017", "2017-06-19"),
[P("Thân Văn Hội", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Ngọc Văn Tư", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Hoàng Thị Nga", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Văn Bảy"), P("Trần Thị Lý")],
[Q("hơn 150 hộ dân", 150, "hộ dân", "over"), Q("4 thôn", 4, "thôn"), Q("3,2 km", 3.2, "km"), Q("3 m", 3, "m"),
 Q("6,5 m", 6.5, "m"), Q("7,8 tỷ đồng", 7800000000, "đồng"), Q("khoảng 15%", 15, "%", "approx"),
 Q("97 hộ", 97, "hộ"), Q("trên 4.300 m2", 4300, "m2", "over"), Q("18 hộ", 18, "hộ"), Q("26 ý kiến", 26, "ý kiến"),
 Q("300.000 đồng", 300000, "đồng"), Q("9 thành viên", 9, "thành viên"), Q("7 hộ", 7, "hộ")],
[D("Kế hoạch", "46", "KH-UBND", None, "UBND huyện", "Kế hoạch số 46/KH-UBND"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU")],
[prov("Bắc Giang"), com("Cương Sơn")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC NAM - TỈNH BẮC GIANG", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Trang chủ | Tin tức - Sự kiện | Tin từ cơ sở",
 "Ông Ngọc Văn Tư trả lời ý kiến của người dân.", "dân biết, dân bàn, dân làm, dân kiểm tra"],
["20/06/2017 - 14:35", "năm 2017", "tháng 8/2017", "mỗi mét"]))

PAGES.append(page("b7956-quangnam-doan-congtruong-hoinghi-2018", """
Báo Quảng Nam Online
Xã hội » Giáo dục » Tin địa phương
Thứ Ba, 18/09/2018 | 10:20
Hôm nay: Thứ Năm, 20/09/2018
Ra mắt 40 mô hình "Cổng trường an toàn giao thông" ở miền núi
(QNO) - Sáng 17/9, tại Trường PTDT bán trú THCS Lê Lợi (xã Tà Lu, huyện Đông Giang), Tỉnh đoàn phối hợp Sở Giáo dục và Đào tạo, Ban An toàn giao thông tỉnh tổ chức hội nghị ra mắt 40 mô hình "Cổng trường an toàn giao thông" tại các trường học ở 6 huyện miền núi phía tây của tỉnh.
Các em học sinh người Cơ Tu cùng đoàn viên thanh niên diễu hành hưởng ứng mô hình.
Dự hội nghị có các đồng chí: Nguyễn Hồng Quang, Phó Trưởng ban Thường trực Ban An toàn giao thông tỉnh; Nguyễn Thị Kim Liên, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội đồng Đội tỉnh; Bhling Mia, Phó Chủ tịch UBND huyện Đông Giang.
Mô hình được triển khai theo Kế hoạch liên tịch số 112-KHLT/TĐTN-SGDĐT giữa Tỉnh đoàn và Sở Giáo dục và Đào tạo, nhằm cụ thể hóa Chỉ thị số 18-CT/TW của Ban Bí thư và Nghị quyết số 12/NQ-CP của Chính phủ. Theo đó, mỗi trường thành lập một đội thanh niên tình nguyện từ 10 đến 15 đoàn viên, giáo viên, phụ huynh, thay nhau điều tiết giao thông trước cổng trường vào giờ tan học; vận động phụ huynh không đỗ xe dưới lòng đường, không để con em dưới 16 tuổi điều khiển xe máy.
Theo thống kê của Ban An toàn giao thông tỉnh, năm học 2017 - 2018 có 14 học sinh tử vong vì tai nạn giao thông, trong đó phần lớn là học sinh trung học phổ thông tự điều khiển xe máy. Ở các huyện miền núi, đường đèo dốc, nhiều em phải đi bộ 5 - 7 km đến trường.
Phát biểu tại hội nghị, đồng chí Nguyễn Hồng Quang đề nghị các trường đưa nội dung an toàn giao thông vào tiết chào cờ, sinh hoạt lớp; Đoàn thanh niên các xã phối hợp già làng, trưởng thôn tuyên truyền đến từng gia đình. Già làng Alăng Bhuốp, thôn Bhơ Hôồng, xã Sông Kôn, chia sẻ sẽ nhắc con cháu trong thôn đội mũ bảo hiểm và không chở quá số người quy định.
Dịp này, Ban tổ chức trao 800 mũ bảo hiểm, 40 bộ biển báo, áo phản quang cho các trường; trao 20 suất quà, mỗi suất 500.000 đồng cho học sinh có hoàn cảnh khó khăn. Tổng giá trị quà tặng hơn 180 triệu đồng, do các doanh nghiệp vận tải trên địa bàn tài trợ.
Theo kế hoạch, đến hết năm học 2018 - 2019, mô hình sẽ được nhân rộng ra các trường ở vùng đồng bằng; Tỉnh đoàn giao các cơ sở đoàn định kỳ báo cáo kết quả hoạt động của các đội tình nguyện để kịp thời khen thưởng, động viên.
Em Zơrâm Thị Hiền, lớp 9/1 Trường PTDT bán trú THCS Lê Lợi, cho biết: "Chúng em sẽ là tuyên truyền viên nhỏ, nhắc bố mẹ đội mũ khi chở em đến trường".
Alăng Ngước
Tin liên quan
- Tây Giang: trao xe đạp cho học sinh nghèo vượt khó (10/09/2018)
- Ra quân tháng an toàn giao thông cho học sinh (05/09/2018)
- Tuổi trẻ Nam Giang sửa 3 km đường vào thôn (25/08/2018)
""", "2018-09-18", 'Ra mắt 40 mô hình "Cổng trường an toàn giao thông" ở miền núi',
E("hoi_nghi", None, "2018-09-17"),
[P("Nguyễn Hồng Quang", "Phó Trưởng ban Thường trực Ban An toàn giao thông tỉnh"),
 P("Nguyễn Thị Kim Liên", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội đồng Đội tỉnh"),
 P("Bhling Mia", "Phó Chủ tịch UBND huyện Đông Giang"),
 P("Alăng Bhuốp", "Già làng"),
 P("Zơrâm Thị Hiền", "lớp 9/1 Trường PTDT bán trú THCS Lê Lợi")],
[Q("40 mô hình", 40, "mô hình"), Q("6 huyện miền núi", 6, "huyện miền núi"),
 Q("từ 10 đến 15 đoàn viên, giáo viên, phụ huynh", 10, "đoàn viên, giáo viên, phụ huynh", "approx"),
 Q("14 học sinh", 14, "học sinh"), Q("5 - 7 km", 5, "km", "approx"), Q("800 mũ bảo hiểm", 800, "mũ bảo hiểm"),
 Q("40 bộ biển báo", 40, "bộ biển báo"), Q("20 suất quà", 20, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("hơn 180 triệu đồng", 180000000, "đồng", "over")],
[D("Kế hoạch liên tịch", "112", "KHLT/TĐTN-SGDĐT", None, "Tỉnh đoàn và Sở Giáo dục và Đào tạo", "Kế hoạch liên tịch số 112-KHLT/TĐTN-SGDĐT"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW"),
 D("Nghị quyết", "12", "NQ-CP", None, "Chính phủ", "Nghị quyết số 12/NQ-CP")],
[prov("Quảng Nam"), com("Tà Lu"), com("Sông Kôn")],
["Báo Quảng Nam Online", "Xã hội » Giáo dục » Tin địa phương", "Hôm nay: Thứ Năm, 20/09/2018", "(QNO)",
 "Các em học sinh người Cơ Tu cùng đoàn viên thanh niên diễu hành hưởng ứng mô hình.", "Cổng trường an toàn giao thông",
 "Trường PTDT bán trú THCS Lê Lợi"],
["Thứ Ba, 18/09/2018 | 10:20", "Hôm nay: Thứ Năm, 20/09/2018", "dưới 16 tuổi", "năm học 2017 - 2018", "năm học 2018 - 2019", "lớp 9/1"]))

PAGES.append(page("b7957-gialai-hoiphunu-duongtuquan-tongket-2019", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH GIA LAI
Trang chủ › Hoạt động các cấp Hội › Tin tức
Thứ Sáu, 20/12/2019 | 15:00
Ảnh: Lãnh đạo Hội LHPN tỉnh trao bằng khen cho các tập thể.
Gia Lai: 312 "Tuyến đường phụ nữ tự quản" góp phần giữ gìn an toàn giao thông ở buôn làng
Ngày 19/12/2019, Hội Liên hiệp Phụ nữ tỉnh Gia Lai tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2019, trong đó dành thời lượng đánh giá mô hình "Tuyến đường phụ nữ tự quản". Dự hội nghị có đồng chí Trương Thị Bích Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; lãnh đạo Hội gồm Rơ Châm H'Bươi, Ksor H'Nhi, Siu H'Lếch - Phó Chủ tịch Hội LHPN tỉnh và 120 đại biểu tiêu biểu của 17 huyện, thị xã, thành phố.
Báo cáo tổng kết cho biết, sau 3 năm triển khai, toàn tỉnh đã có 312 tuyến đường phụ nữ tự quản với tổng chiều dài hơn 420 km, thu hút gần 9.800 hội viên tham gia; trong đó có 146 tuyến ở các làng đồng bào Jrai, Bahnar. Chị em thường xuyên dọn vệ sinh, trồng hoa, phát quang bụi rậm che khuất tầm nhìn tại các khúc cua, vận động người thân không phơi mì, cà phê trên lòng đường. Năm 2019, các cấp Hội phối hợp tổ chức 1.260 buổi tuyên truyền Luật Giao thông đường bộ, vận động 3.450 hội viên ký cam kết "Không uống rượu bia khi tham gia giao thông", trao 2.100 mũ bảo hiểm cho trẻ em.
Từ các tuyến đường tự quản, nhiều chi hội đã thành lập quỹ "Thắp sáng đường quê" với số tiền gần 650 triệu đồng, lắp đặt 1.370 bóng đèn chiếu sáng. Tỷ lệ hội viên đội mũ bảo hiểm khi đi xe máy tại các làng có mô hình đạt trên 90%.
Tại hội nghị, chị Đinh Thị Hơ, Chủ tịch Hội LHPN xã Hà Tây, huyện Chư Păh, chia sẻ: "Lúc đầu bà con cho rằng con đường là việc của Nhà nước. Chúng tôi đến từng nhà nói bằng tiếng Bahnar, nay làng Đê Kôn có 2 tuyến đường sạch, có đèn, không còn trâu bò thả rông". Chị Kpă H'Lang, Chi hội trưởng Chi hội phụ nữ làng Ia Pết, xã Ia Ka, kiến nghị hỗ trợ áo phản quang cho tổ tự quản.
Phát biểu chỉ đạo, đồng chí Trương Thị Bích Vân đề nghị Hội gắn mô hình với thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và Chương trình hành động số 16-CTr/TU của Tỉnh ủy; năm 2020 phấn đấu mỗi xã có ít nhất 1 tuyến đường phụ nữ tự quản.
Dịp này, Trung ương Hội LHPN Việt Nam tặng bằng khen cho 5 tập thể; Hội LHPN tỉnh tặng giấy khen cho 28 tập thể, 41 cá nhân có thành tích xuất sắc.
Hoàng Ngọc
Bài viết liên quan
- Phụ nữ Chư Sê ra mắt tuyến đường "5 không, 3 sạch" (28/11/2019)
- Trao 300 mũ bảo hiểm cho học sinh Kbang (15/11/2019)
- Hội nghị Ban Chấp hành Hội LHPN tỉnh lần thứ 9 (10/10/2019)
""", "2019-12-20", 'Gia Lai: 312 "Tuyến đường phụ nữ tự quản" góp phần giữ gìn an toàn giao thông ở buôn làng',
E("tong_ket", "2019", "2019-12-19"),
[P("Trương Thị Bích Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Châm H'Bươi", "Phó Chủ tịch Hội LHPN tỉnh"), P("Ksor H'Nhi", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Siu H'Lếch", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đinh Thị Hơ", "Chủ tịch Hội LHPN xã Hà Tây"),
 P("Kpă H'Lang", "Chi hội trưởng Chi hội phụ nữ làng Ia Pết")],
[Q("312 tuyến đường phụ nữ tự quản", 312, "tuyến đường phụ nữ tự quản"), Q("120 đại biểu tiêu biểu", 120, "đại biểu tiêu biểu"),
 Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"), Q("hơn 420 km", 420, "km", "over"),
 Q("gần 9.800 hội viên", 9800, "hội viên", "approx"), Q("146 tuyến", 146, "tuyến"),
 Q("1.260 buổi tuyên truyền", 1260, "buổi tuyên truyền"), Q("3.450 hội viên", 3450, "hội viên"),
 Q("2.100 mũ bảo hiểm", 2100, "mũ bảo hiểm"), Q("gần 650 triệu đồng", 650000000, "đồng", "approx"),
 Q("1.370 bóng đèn chiếu sáng", 1370, "bóng đèn chiếu sáng"), Q("trên 90%", 90, "%", "over"),
 Q("2 tuyến đường", 2, "tuyến đường"), Q("ít nhất 1 tuyến đường phụ nữ tự quản", 1, "tuyến đường phụ nữ tự quản", "over"),
 Q("5 tập thể", 5, "tập thể"), Q("28 tập thể", 28, "tập thể"), Q("41 cá nhân", 41, "cá nhân")],
[D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Chương trình hành động", "16", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 16-CTr/TU")],
[prov("Gia Lai"), com("Hà Tây"), com("Ia Ka")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH GIA LAI", "Trang chủ › Hoạt động các cấp Hội › Tin tức",
 "Ảnh: Lãnh đạo Hội LHPN tỉnh trao bằng khen cho các tập thể.", "Tuyến đường phụ nữ tự quản",
 "Không uống rượu bia khi tham gia giao thông", "Thắp sáng đường quê", "Luật Giao thông đường bộ"],
["Thứ Sáu, 20/12/2019 | 15:00", "năm 2019", "Năm 2019", "3 năm", "năm 2020"]))

PAGES.append(page("b7958-longan-atgt-giaoban-thang9-2020", """
BAN AN TOÀN GIAO THÔNG TỈNH LONG AN
Trang chủ >> Tin hoạt động >> Tin trong tỉnh
Cập nhật lúc 16:40 ngày 07/10/2020
Ban An toàn giao thông tỉnh giao ban công tác tháng 9
Sáng 06/10, Ban An toàn giao thông tỉnh Long An tổ chức họp giao ban đánh giá công tác bảo đảm trật tự an toàn giao thông tháng 9/2020 và 9 tháng năm 2020, triển khai nhiệm vụ tháng 10. Đồng chí Phạm Tấn Hòa, Phó Chủ tịch UBND tỉnh, Trưởng Ban An toàn giao thông tỉnh chủ trì cuộc họp.
Đồng chí Phạm Tấn Hòa chủ trì giao ban.
Theo báo cáo, trong tháng 9, trên địa bàn tỉnh xảy ra 23 vụ tai nạn giao thông đường bộ, làm chết 17 người, bị thương 12 người; so với tháng 8 giảm 3 vụ, giảm 2 người chết, tăng 1 người bị thương. Lũy kế 9 tháng, xảy ra 198 vụ, làm chết 151 người, bị thương 104 người; so với cùng kỳ năm 2019 giảm 11,2% số vụ, giảm 8,5% số người chết.
Trong tháng, lực lượng Cảnh sát giao thông đã lập biên bản 4.870 trường hợp vi phạm, phạt tiền hơn 3,9 tỷ đồng; phát hiện 612 trường hợp vi phạm nồng độ cồn. Thanh tra Sở Giao thông vận tải kiểm tra 145 phương tiện kinh doanh vận tải, xử phạt 19 trường hợp. Trên các tuyến quốc lộ 1, quốc lộ 50 và quốc lộ 62, các địa phương đã ra quân giải tỏa 326 điểm lấn chiếm vỉa hè, lòng đường.
Về công tác vận động, Ủy ban MTTQ Việt Nam tỉnh cho biết, thực hiện Chương trình phối hợp số 03/CTrPH-MTTQ-BATGT giữa Ủy ban MTTQ Việt Nam tỉnh và Ban An toàn giao thông tỉnh, đến nay toàn tỉnh có 188 ấp, khu phố đăng ký xây dựng "Khu dân cư an toàn giao thông"; riêng tháng 9 đã công nhận thêm 14 tuyến đường tự quản ở các xã Mỹ Yên, Long Thượng, Tân Lân. Đồng chí Lê Thị Ngọc Hiền, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị các địa phương hỗ trợ kinh phí lắp camera giám sát trên tuyến đường tự quản.
Kết luận cuộc họp, đồng chí Phạm Tấn Hòa yêu cầu các thành viên Ban tiếp tục thực hiện Nghị quyết số 12/NQ-CP của Chính phủ, Chỉ thị số 10/CT-UBND ngày 15/6/2020 của UBND tỉnh về tăng cường bảo đảm trật tự an toàn giao thông; tập trung xử lý vi phạm nồng độ cồn, chở hàng quá tải trọng; chuẩn bị tốt phương án phục vụ nhu cầu đi lại mùa lũ và dịp cuối năm. Các huyện Bến Lức, Cần Giuộc, Đức Hòa, nơi tai nạn giao thông còn diễn biến phức tạp, phải có báo cáo chuyên đề trước ngày 20/10.
Đồng chí Trần Văn Thạnh, Chánh Văn phòng Ban An toàn giao thông tỉnh, cho biết Ban sẽ kiểm tra đột xuất việc thực hiện tại 5 huyện trong tháng 10.
Thanh Hải
Tin khác
- Long An phát động Tháng an toàn giao thông cho học sinh (15/09/2020)
- Giao ban công tác an toàn giao thông tháng 8/2020 (08/09/2020)
- Tập huấn nghiệp vụ cho đội ngũ điều tra tai nạn giao thông (25/08/2020)
""", "2020-10-07", "Ban An toàn giao thông tỉnh giao ban công tác tháng 9",
E("giao_ban", "2020-09", "2020-10-06"),
[P("Phạm Tấn Hòa", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban An toàn giao thông tỉnh"),
 P("Lê Thị Ngọc Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Thạnh", "Chánh Văn phòng Ban An toàn giao thông tỉnh")],
[Q("23 vụ tai nạn giao thông đường bộ", 23, "vụ tai nạn giao thông đường bộ"), Q("17 người", 17, "người"),
 Q("12 người", 12, "người"), Q("3 vụ", 3, "vụ"), Q("2 người chết", 2, "người"), Q("1 người bị thương", 1, "người"),
 Q("198 vụ", 198, "vụ"), Q("151 người", 151, "người"), Q("104 người", 104, "người"), Q("11,2%", 11.2, "%"),
 Q("8,5%", 8.5, "%"), Q("4.870 trường hợp", 4870, "trường hợp"), Q("hơn 3,9 tỷ đồng", 3900000000, "đồng", "over"),
 Q("612 trường hợp", 612, "trường hợp"), Q("145 phương tiện kinh doanh vận tải", 145, "phương tiện kinh doanh vận tải"),
 Q("19 trường hợp", 19, "trường hợp"), Q("326 điểm", 326, "điểm"), Q("188 ấp, khu phố", 188, "ấp, khu phố"),
 Q("14 tuyến đường tự quản", 14, "tuyến đường tự quản"), Q("5 huyện", 5, "huyện")],
[D("Chương trình phối hợp", "03", "CTrPH-MTTQ-BATGT", None, "Ủy ban MTTQ Việt Nam tỉnh và Ban An toàn giao thông tỉnh", "Chương trình phối hợp số 03/CTrPH-MTTQ-BATGT"),
 D("Nghị quyết", "12", "NQ-CP", None, "Chính phủ", "Nghị quyết số 12/NQ-CP"),
 D("Chỉ thị", "10", "CT-UBND", "2020-06-15", "UBND tỉnh", "Chỉ thị số 10/CT-UBND ngày 15/6/2020")],
[prov("Long An"), com("Mỹ Yên"), com("Long Thượng"), com("Tân Lân")],
["BAN AN TOÀN GIAO THÔNG TỈNH LONG AN", "Trang chủ >> Tin hoạt động >> Tin trong tỉnh", "Đồng chí Phạm Tấn Hòa chủ trì giao ban.",
 "Khu dân cư an toàn giao thông"],
["Cập nhật lúc 16:40 ngày 07/10/2020", "tháng 9/2020", "9 tháng năm 2020", "tháng 10", "tháng 8", "9 tháng", "năm 2019",
 "quốc lộ 1", "quốc lộ 50", "quốc lộ 62", "trước ngày 20/10"]))

PAGES.append(page("b7959-binhdinh-chandung-nguoigiuduong-2021", """
BÁO BÌNH ĐỊNH ĐIỆN TỬ
Xã hội / Người tốt - Việc tốt
12/05/2021 | 07:00
Lượt xem: 3.418
Người "giữ" con đường tự quản ở thôn Vạn Thuận
Ông Huỳnh Văn Sáu bên biển báo do tổ tự quản tự làm.
Hơn 10 năm nay, người dân thôn Vạn Thuận, xã Cát Tài (huyện Phù Cát) đã quen hình ảnh ông Huỳnh Văn Sáu, 71 tuổi, cựu chiến binh, Tổ trưởng tổ tự quản tuyến đường liên thôn Vạn Thuận - Chánh Hữu, mỗi sáng đạp xe dọc con đường dài 2,6 km nhặt đá, cắt cỏ, nhắc nhở các hộ không phơi lúa, rơm trên mặt đường.
Năm 2010, khi Ủy ban MTTQ xã phát động xây dựng tuyến đường tự quản về an toàn giao thông, ông Sáu tình nguyện nhận làm tổ trưởng. Từ 5 thành viên ban đầu, đến nay tổ đã có 14 người, đều là hội viên cựu chiến binh, người cao tuổi trong thôn. Tổ chia con đường thành 7 đoạn, mỗi đoạn giao cho 2 người phụ trách.
"Đoạn cua gần cầu Đá trước đây bị che khuất bởi hàng tre, năm nào cũng có người ngã xe. Tôi đến từng nhà vận động, có nhà phải đến 4, 5 lần mới đồng ý cho chặt tre, lùi hàng rào", ông Sáu kể. Cũng nhờ kiên trì vận động, năm 2018, 32 hộ dọc tuyến đã hiến hơn 1.100 m2 đất để mở rộng đoạn cua và làm thêm lề đường.
Bà Nguyễn Thị Lài, Trưởng ban công tác Mặt trận thôn Vạn Thuận cho biết, từ khi có tổ tự quản, con đường chưa để xảy ra vụ tai nạn giao thông nghiêm trọng nào. Tổ còn vận động được 38 triệu đồng, lắp 46 bóng đèn năng lượng mặt trời và 6 biển cảnh báo ở các điểm giao cắt.
Theo ông Lê Văn Thành, Chủ tịch Ủy ban MTTQ Việt Nam xã Cát Tài, toàn xã hiện có 9 tuyến đường tự quản với tổng chiều dài khoảng 17 km; tuyến đường thôn Vạn Thuận luôn được đánh giá là tiêu biểu, được các thôn khác đến học tập cách làm.
Với những đóng góp bền bỉ, năm 2020 ông Huỳnh Văn Sáu được Chủ tịch UBND tỉnh Bình Định tặng bằng khen vì có thành tích xuất sắc trong phong trào "Toàn dân tham gia bảo đảm trật tự an toàn giao thông". Ông cũng là một trong 25 gương điển hình được biểu dương tại hội nghị điển hình tiên tiến của huyện.
Vợ ông, bà Trần Thị Mến, kể: "Nhiều hôm trời mưa, ổng vẫn khoác áo mưa ra cầu Đá xem có cây đổ, đá lở không. Ban đầu tôi cũng cằn nhằn, sau thấy bà con quý, con cháu cũng theo ổng đi dọn đường, tôi lại thấy vui". Ngày chủ nhật cuối mỗi tháng, cả tổ cùng các cháu đoàn viên ra quân dọn cỏ, sơn lại biển báo.
Khi được hỏi về dự định, ông Sáu cười hiền: "Còn đi được thì còn làm. Tôi đang tính rủ thêm mấy đứa thanh niên trong thôn vào tổ, để sau này có người thay".
Bài và ảnh: Ngọc Nhuận
Tin cùng chuyên mục
- Thợ cắt tóc miễn phí cho người nghèo ở Tuy Phước (08/05/2021)
- Cô giáo vùng cao và những chuyến đò chở chữ (03/05/2021)
- Nữ trưởng thôn nhiệt tình với công việc chung (26/04/2021)
""", "2021-05-12", 'Người "giữ" con đường tự quản ở thôn Vạn Thuận',
E("khac", None, None),
[P("Huỳnh Văn Sáu", "cựu chiến binh", "Tổ trưởng tổ tự quản tuyến đường liên thôn Vạn Thuận - Chánh Hữu"),
 P("Nguyễn Thị Lài", "Trưởng ban công tác Mặt trận thôn Vạn Thuận"),
 P("Lê Văn Thành", "Chủ tịch Ủy ban MTTQ Việt Nam xã Cát Tài"),
 P("Trần Thị Mến")],
[Q("2,6 km", 2.6, "km"), Q("5 thành viên", 5, "thành viên"), Q("14 người", 14, "người"), Q("7 đoạn", 7, "đoạn"),
 Q("2 người", 2, "người"), Q("32 hộ", 32, "hộ"), Q("hơn 1.100 m2", 1100, "m2", "over"),
 Q("38 triệu đồng", 38000000, "đồng"), Q("46 bóng đèn năng lượng mặt trời", 46, "bóng đèn năng lượng mặt trời"),
 Q("6 biển cảnh báo", 6, "biển cảnh báo"), Q("9 tuyến đường tự quản", 9, "tuyến đường tự quản"),
 Q("khoảng 17 km", 17, "km", "approx"), Q("25 gương điển hình", 25, "gương điển hình")],
[],
[prov("Bình Định"), com("Cát Tài")],
["BÁO BÌNH ĐỊNH ĐIỆN TỬ", "Xã hội / Người tốt - Việc tốt", "Lượt xem: 3.418",
 "Ông Huỳnh Văn Sáu bên biển báo do tổ tự quản tự làm.", "Toàn dân tham gia bảo đảm trật tự an toàn giao thông"],
["12/05/2021 | 07:00", "Lượt xem: 3.418", "Hơn 10 năm", "71 tuổi", "4, 5 lần", "Năm 2010", "năm 2018", "năm 2020"]))

PAGES.append(page("b7960-hatinh-canloc-baocao-atgt-q1-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAN LỘC
Trang chủ - Văn bản - Báo cáo
2022-04-01 09:10
Báo cáo kết quả công tác bảo đảm trật tự an toàn giao thông quý I năm 2022
Ngày 29/3/2022, UBND huyện Can Lộc (tỉnh Hà Tĩnh) ban hành Báo cáo số 86/BC-UBND về kết quả công tác bảo đảm trật tự an toàn giao thông quý I năm 2022 và nhiệm vụ trọng tâm quý II. Cổng thông tin điện tử huyện trích đăng những nội dung chính.
I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
Thực hiện Kế hoạch số 25/KH-UBND ngày 18/01/2022 của UBND tỉnh về Năm an toàn giao thông 2022 và Kế hoạch số 09/KH-BATGT của Ban An toàn giao thông huyện, UBND huyện đã ban hành 4 văn bản chỉ đạo; tổ chức ra quân bảo đảm trật tự an toàn giao thông dịp Tết Nhâm Dần và mùa lễ hội xuân.
II. KẾT QUẢ THỰC HIỆN
1. Công tác tuyên truyền: Phối hợp Ủy ban MTTQ và các đoàn thể tổ chức 64 buổi tuyên truyền tại khu dân cư, trường học với khoảng 7.200 lượt người tham dự; phát 1.500 tờ rơi; Đài Truyền thanh huyện phát 96 tin, bài. Hội Liên hiệp Phụ nữ huyện duy trì 23 tuyến đường "Phụ nữ tự quản", Huyện đoàn duy trì 18 tuyến đường "Thanh niên tự quản".
2. Công tác tuần tra, kiểm soát: Công an huyện lập biên bản xử lý 1.132 trường hợp vi phạm, nộp kho bạc trên 1,02 tỷ đồng; tạm giữ 87 phương tiện; xử lý 214 trường hợp vi phạm nồng độ cồn.
3. Tình hình tai nạn giao thông: Trong quý I, trên địa bàn xảy ra 5 vụ tai nạn giao thông, làm chết 4 người, bị thương 3 người; so với cùng kỳ năm 2021 giảm 2 vụ, giảm 1 người chết.
4. Kết cấu hạ tầng giao thông: Nhân dân các xã Vượng Lộc, Thiên Lộc, Trung Lộc hiến 3.650 m2 đất, đóng góp 2,4 tỷ đồng làm 6,8 km đường giao thông nông thôn; UBND huyện giải tỏa 41 công trình vi phạm hành lang an toàn đường bộ dọc quốc lộ 15.
III. TỒN TẠI, HẠN CHẾ
Tình trạng học sinh chưa đủ tuổi điều khiển xe máy, tụ tập đua xe vào ban đêm vẫn còn; một số tuyến đường tự quản hoạt động chưa thường xuyên.
IV. NHIỆM VỤ QUÝ II NĂM 2022
Tập trung thực hiện Chỉ thị số 10/CT-TTg của Thủ tướng Chính phủ; tăng cường tuyên truyền cho học sinh trước kỳ nghỉ hè; phấn đấu giảm từ 5% đến 10% số vụ, số người chết vì tai nạn giao thông so với năm 2021.
UBND huyện đề nghị các cơ quan, đơn vị, UBND các xã, thị trấn căn cứ nhiệm vụ được giao, xây dựng kế hoạch cụ thể, báo cáo kết quả về Văn phòng Ban An toàn giao thông huyện trước ngày 20 của tháng cuối quý để tổng hợp.
Báo cáo do Phó Chủ tịch UBND huyện Trần Đình Ngọc ký ban hành.
Văn phòng HĐND - UBND huyện
Tin liên quan
- Can Lộc ra quân Năm an toàn giao thông 2022 (20/01/2022)
- Báo cáo kết quả công tác bảo đảm trật tự an toàn giao thông năm 2021 (24/12/2021)
- Xã Thiên Lộc ra mắt tuyến đường tự quản kiểu mẫu (05/11/2021)
""", "2022-04-01", "Báo cáo kết quả công tác bảo đảm trật tự an toàn giao thông quý I năm 2022",
E("bao_cao", "2022-Q1", "2022-03-29"),
[P("Trần Đình Ngọc", "Phó Chủ tịch UBND huyện")],
[Q("4 văn bản chỉ đạo", 4, "văn bản chỉ đạo"), Q("64 buổi tuyên truyền", 64, "buổi tuyên truyền"),
 Q("khoảng 7.200 lượt người", 7200, "lượt người", "approx"), Q("1.500 tờ rơi", 1500, "tờ rơi"), Q("96 tin, bài", 96, "tin, bài"),
 Q("23 tuyến đường", 23, "tuyến đường"), Q("18 tuyến đường", 18, "tuyến đường"), Q("1.132 trường hợp", 1132, "trường hợp"),
 Q("trên 1,02 tỷ đồng", 1020000000, "đồng", "over"), Q("87 phương tiện", 87, "phương tiện"), Q("214 trường hợp", 214, "trường hợp"),
 Q("5 vụ tai nạn giao thông", 5, "vụ tai nạn giao thông"), Q("4 người", 4, "người"), Q("3 người", 3, "người"),
 Q("2 vụ", 2, "vụ"), Q("1 người chết", 1, "người"), Q("3.650 m2", 3650, "m2"), Q("2,4 tỷ đồng", 2400000000, "đồng"),
 Q("6,8 km", 6.8, "km"), Q("41 công trình", 41, "công trình"), Q("từ 5% đến 10%", 5, "%", "approx")],
[D("Báo cáo", "86", "BC-UBND", "2022-03-29", "UBND huyện Can Lộc", "Báo cáo số 86/BC-UBND"),
 D("Kế hoạch", "25", "KH-UBND", "2022-01-18", "UBND tỉnh", "Kế hoạch số 25/KH-UBND ngày 18/01/2022"),
 D("Kế hoạch", "09", "KH-BATGT", None, "Ban An toàn giao thông huyện", "Kế hoạch số 09/KH-BATGT"),
 D("Chỉ thị", "10", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 10/CT-TTg")],
[prov("Hà Tĩnh"), com("Vượng Lộc"), com("Thiên Lộc"), com("Trung Lộc")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAN LỘC", "Trang chủ - Văn bản - Báo cáo", "Năm an toàn giao thông 2022", "Phụ nữ tự quản",
 "Thanh niên tự quản", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"],
["2022-04-01 09:10", "quý I năm 2022", "quý II", "Tết Nhâm Dần", "trước ngày 20 của tháng cuối quý", "quý I", "năm 2021", "quốc lộ 15", "QUÝ II NĂM 2022"]))
