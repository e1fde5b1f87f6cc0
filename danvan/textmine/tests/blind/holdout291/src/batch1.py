from lib import *
PAGES = []

PAGES.append(page("b6941-nghean-htnd-taphuan-2011", """
TÒA ÁN NHÂN DÂN TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Hoạt động Hội thẩm
Thứ Sáu, 19/08/2011 - 09:30
Tập huấn nghiệp vụ cho 146 Hội thẩm nhân dân
Trong 2 ngày 17 và 18/8/2011, Tòa án nhân dân tỉnh phối hợp với Thường trực HĐND tỉnh Nghệ An mở lớp tập huấn nghiệp vụ xét xử năm 2011 cho 146 Hội thẩm nhân dân của Tòa án nhân dân tỉnh và Tòa án nhân dân các huyện, thành phố, thị xã. Ông Nguyễn Hữu Lam, Phó Chánh án Thường trực Tòa án nhân dân tỉnh và bà Hồ Thị Minh Nguyệt, Phó Chủ tịch HĐND tỉnh đồng chủ trì lớp học.
Các học viên tham dự lớp tập huấn tại hội trường Tòa án nhân dân tỉnh.
Khai mạc lớp học, ông Nguyễn Hữu Lam cho biết, đầu nhiệm kỳ 2011 - 2016 HĐND tỉnh đã bầu 38 Hội thẩm nhân dân Tòa án nhân dân tỉnh, HĐND cấp huyện bầu 318 Hội thẩm nhân dân cấp huyện, trong đó gần 40% lần đầu tham gia xét xử. Đa số Hội thẩm là cán bộ kiêm nhiệm ở Mặt trận, các đoàn thể, hội cựu chiến binh, hưu trí nên thời gian nghiên cứu hồ sơ còn ít; có Hội thẩm ở vùng cao phải đi hơn 100 km mới đến được trụ sở tòa.
Lớp tập huấn được tổ chức theo Kế hoạch số 112/KH-TA ngày 02/8/2011 của Tòa án nhân dân tỉnh. Các học viên được nghe Thẩm phán Lê Văn Hòa, Chánh Tòa Hình sự Tòa án nhân dân tỉnh, truyền đạt kỹ năng nghiên cứu hồ sơ vụ án hình sự, cách đặt câu hỏi tại phiên tòa; bà Trần Thị Thu Hiền, Thẩm phán trung cấp, Phó Chánh Tòa Dân sự giới thiệu những điểm mới trong giải quyết tranh chấp đất đai, hôn nhân gia đình. Học viên cũng được phổ biến Quy chế phối hợp số 02/QCPH-TA-HĐND giữa Tòa án nhân dân tỉnh và Thường trực HĐND tỉnh về quản lý Hội thẩm nhân dân.
Năm 2010, Hội thẩm nhân dân hai cấp đã tham gia xét xử 2.873 vụ án các loại; nhiều Hội thẩm tham gia trên 50 phiên tòa trong năm. Chế độ bồi dưỡng đối với Hội thẩm được thực hiện theo Quyết định số 41/2010/QĐ-UBND của UBND tỉnh, mức 85.000 đồng/ngày xét xử.
Tại buổi trao đổi, bà Lô Thị Hoa, Hội thẩm nhân dân Tòa án nhân dân huyện Quế Phong, kiến nghị tăng kinh phí mua tài liệu cho Hội thẩm ở miền núi. Ông Vi Văn Tuấn, Hội thẩm Tòa án nhân dân huyện Tương Dương, nguyên Chủ tịch Hội Cựu chiến binh xã Tam Thái, chia sẻ: nhiều vụ án xảy ra ở bản làng, Hội thẩm là người địa phương nên hiểu phong tục, giúp Hội đồng xét xử phân tích tình tiết sát thực tế hơn.
Bế mạc lớp học, bà Hồ Thị Minh Nguyệt đề nghị mỗi Hội thẩm nêu cao tinh thần "độc lập và chỉ tuân theo pháp luật", dành thời gian tự học, nghiên cứu kỹ hồ sơ trước khi ngồi ghế xét xử; Tòa án các cấp cần bố trí lịch xét xử sớm, gửi giấy triệu tập trước ít nhất 5 ngày để Hội thẩm chủ động sắp xếp công việc.
Phan Quỳnh
Lượt xem: 1.204
Tin liên quan
- Tòa án nhân dân tỉnh sơ kết 6 tháng đầu năm 2011 (12/07/2011)
- Hội thẩm nhân dân tỉnh khóa mới ra mắt (20/06/2011)
- Xét xử lưu động 12 vụ án ma túy ở huyện Kỳ Sơn (02/06/2011)
""", "2011-08-19", "Tập huấn nghiệp vụ cho 146 Hội thẩm nhân dân",
E("tap_huan", "2011", "2011-08-17"),
[P("Nguyễn Hữu Lam", "Phó Chánh án Thường trực Tòa án nhân dân tỉnh"),
 P("Hồ Thị Minh Nguyệt", "Phó Chủ tịch HĐND tỉnh"),
 P("Lê Văn Hòa", "Thẩm phán", "Chánh Tòa Hình sự Tòa án nhân dân tỉnh"),
 P("Trần Thị Thu Hiền", "Thẩm phán trung cấp", "Phó Chánh Tòa Dân sự"),
 P("Lô Thị Hoa", "Hội thẩm nhân dân Tòa án nhân dân huyện Quế Phong"),
 P("Vi Văn Tuấn", "Hội thẩm Tòa án nhân dân huyện Tương Dương", "nguyên Chủ tịch Hội Cựu chiến binh xã Tam Thái")],
[Q("146 Hội thẩm nhân dân", 146, "Hội thẩm nhân dân"), Q("38 Hội thẩm nhân dân", 38, "Hội thẩm nhân dân"),
 Q("318 Hội thẩm nhân dân cấp huyện", 318, "Hội thẩm nhân dân cấp huyện"), Q("gần 40%", 40, "%", "approx"),
 Q("hơn 100 km", 100, "km", "over"), Q("2.873 vụ án", 2873, "vụ án"), Q("trên 50 phiên tòa", 50, "phiên tòa", "over"),
 Q("85.000 đồng", 85000, "đồng")],
[D("Kế hoạch", "112", "KH-TA", "2011-08-02", "Tòa án nhân dân tỉnh", "Kế hoạch số 112/KH-TA ngày 02/8/2011"),
 D("Quy chế phối hợp", "02", "QCPH-TA-HĐND", None, None, "Quy chế phối hợp số 02/QCPH-TA-HĐND"),
 D("Quyết định", "41", "2010/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 41/2010/QĐ-UBND")],
[prov("Nghệ An"), com("Tam Thái")],
["TÒA ÁN NHÂN DÂN TỈNH NGHỆ AN", "Trang chủ > Tin tức - Sự kiện > Hoạt động Hội thẩm",
 "Các học viên tham dự lớp tập huấn tại hội trường Tòa án nhân dân tỉnh.", "độc lập và chỉ tuân theo pháp luật", "Lượt xem: 1.204"],
["Thứ Sáu, 19/08/2011 - 09:30", "2 ngày", "nhiệm kỳ 2011 - 2016", "Năm 2010", "5 ngày", "Lượt xem: 1.204"]))

PAGES.append(page("b6942-thanhhoa-pbgdpl-tongket-2012", """
Báo Thanh Hóa điện tử
Thời sự | Pháp luật | Bạn đọc
Cập nhật: 16:40, 28/12/2012 (GMT+7)
Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh tổng kết năm 2012
Ảnh: Quang cảnh hội nghị.
(Baothanhhoa.vn) - Chiều 27/12, Hội đồng phối hợp phổ biến, giáo dục pháp luật (PBGDPL) tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác năm 2012, triển khai nhiệm vụ năm 2013. Đồng chí Lê Thị Hồng Hạnh, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng chủ trì hội nghị.
Năm 2012 là năm đầu tiên tỉnh triển khai Luật Phổ biến, giáo dục pháp luật, có hiệu lực từ ngày 1/1/2013 nhưng đã được các ngành chuẩn bị từ giữa năm. Sở Tư pháp - cơ quan thường trực của Hội đồng - đã tham mưu UBND tỉnh ban hành Kế hoạch số 57/KH-UBND về triển khai thi hành Luật và Quyết định số 2318/QĐ-UBND kiện toàn Hội đồng phối hợp PBGDPL tỉnh gồm 27 thành viên.
Cả năm, các ngành, địa phương tổ chức 9.460 buổi tuyên truyền trực tiếp cho trên 1,2 triệu lượt người; biên soạn, phát hành 146.000 tờ gấp, đề cương giới thiệu luật mới. Toàn tỉnh hiện có 5.918 tổ hòa giải ở cơ sở với 38.200 hòa giải viên; các tổ đã hòa giải thành 6.314 vụ việc, đạt tỷ lệ 82,5%. Kinh phí chi cho công tác PBGDPL của tỉnh năm 2012 là 3,46 tỷ đồng.
Ở cấp xã, đội ngũ công chức tư pháp - hộ tịch giữ vai trò nòng cốt. Tuy nhiên, theo báo cáo, còn 41 xã chỉ có 1 công chức tư pháp - hộ tịch phải kiêm nhiều việc, 12% công chức chưa có trình độ trung cấp luật. Tủ sách pháp luật ở nhiều xã miền núi ít người đọc, sách chưa được bổ sung.
Tại hội nghị, ông Cầm Bá Xuân, Phó Chủ tịch UBND huyện Quan Sơn, đề nghị tỉnh quan tâm biên soạn tài liệu song ngữ Thái - Việt. Bà Nguyễn Thị Mai, công chức tư pháp - hộ tịch xã Hoằng Lộc, chia sẻ cách lồng ghép tuyên truyền pháp luật vào các buổi sinh hoạt chi hội phụ nữ, họp thôn.
Kết luận hội nghị, đồng chí Lê Thị Hồng Hạnh yêu cầu các thành viên Hội đồng tiếp tục quán triệt Chỉ thị số 32-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng trong công tác PBGDPL; thực hiện tốt Kết luận số 04-KL/TW ngày 19/4/2011 của Ban Bí thư; năm 2013 tập trung tổ chức "Ngày Pháp luật" ở tất cả các cơ quan, đơn vị, xã, phường, thị trấn.
Hội nghị đã khen thưởng 15 tập thể, 24 cá nhân có thành tích xuất sắc trong công tác PBGDPL giai đoạn 2008 - 2012.
Nhiều đại biểu cho rằng hình thức tuyên truyền vẫn nặng về hội nghị, đọc văn bản; cần đổi mới theo hướng đối thoại, tình huống, sân khấu hóa, tận dụng hệ thống loa truyền thanh xã và sinh hoạt cộng đồng ở thôn, bản. Việc đánh giá hiệu quả công tác PBGDPL cũng chưa có tiêu chí cụ thể, khó so sánh giữa các địa phương.
Hà Linh
TIN CÙNG CHUYÊN MỤC
- Thanh Hóa: triển khai Luật Xử lý vi phạm hành chính (20/12/2012)
- Tập huấn cho 600 hòa giải viên huyện Thọ Xuân (14/12/2012)
- Sở Tư pháp giao ban quý IV (05/12/2012)
""", "2012-12-28", "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh tổng kết năm 2012",
E("tong_ket", "2012", "2012-12-27"),
[P("Lê Thị Hồng Hạnh", "Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng"),
 P("Cầm Bá Xuân", "Phó Chủ tịch UBND huyện Quan Sơn"),
 P("Nguyễn Thị Mai", "công chức tư pháp - hộ tịch xã Hoằng Lộc")],
[Q("27 thành viên", 27, "thành viên"), Q("9.460 buổi tuyên truyền trực tiếp", 9460, "buổi tuyên truyền trực tiếp"),
 Q("trên 1,2 triệu lượt người", 1200000, "lượt người", "over"), Q("146.000 tờ gấp", 146000, "tờ gấp"),
 Q("5.918 tổ hòa giải", 5918, "tổ hòa giải"), Q("38.200 hòa giải viên", 38200, "hòa giải viên"),
 Q("6.314 vụ việc", 6314, "vụ việc"), Q("82,5%", 82.5, "%"), Q("3,46 tỷ đồng", 3460000000, "đồng"),
 Q("41 xã", 41, "xã"), Q("12%", 12, "%"), Q("15 tập thể", 15, "tập thể"), Q("24 cá nhân có thành tích xuất sắc", 24, "cá nhân")],
[D("Kế hoạch", "57", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 57/KH-UBND"),
 D("Quyết định", "2318", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2318/QĐ-UBND"),
 D("Chỉ thị", "32", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 32-CT/TW"),
 D("Kết luận", "04", "KL/TW", "2011-04-19", "Ban Bí thư", "Kết luận số 04-KL/TW ngày 19/4/2011")],
[prov("Thanh Hóa"), com("Hoằng Lộc")],
["Báo Thanh Hóa điện tử", "Thời sự | Pháp luật | Bạn đọc", "Ảnh: Quang cảnh hội nghị.", "(Baothanhhoa.vn)",
 "Luật Phổ biến, giáo dục pháp luật", "Ngày Pháp luật"],
["Cập nhật: 16:40, 28/12/2012 (GMT+7)", "năm 2013", "1 công chức tư pháp - hộ tịch", "giai đoạn 2008 - 2012"]))

PAGES.append(page("b6943-laocai-tuphap-giaoban-2013", """
SỞ TƯ PHÁP TỈNH LÀO CAI
Cổng thông tin điện tử
Bạn đang ở: Trang chủ / Tin tức / Hoạt động ngành
08:20 | 08/10/2013
Giao ban công tác tư pháp quý III: tập trung kiện toàn đội ngũ tư pháp xã vùng cao
Sáng ngày 07/10/2013, Sở Tư pháp Lào Cai tổ chức giao ban công tác tư pháp quý III năm 2013 với Phòng Tư pháp các huyện, thành phố. Ông Vàng Seo Chư, Phó Giám đốc Sở Tư pháp chủ trì giao ban.
Báo cáo của Văn phòng Sở cho thấy, trong quý, toàn ngành đã tổ chức 412 hội nghị tuyên truyền, phổ biến pháp luật với khoảng 31.000 lượt người nghe, chủ yếu về Luật Hôn nhân và gia đình, phòng chống mua bán người, tảo hôn và hôn nhân cận huyết thống. Lực lượng báo cáo viên, tuyên truyền viên đã dùng tiếng Mông, tiếng Dao để nói chuyện tại 57 thôn, bản.
Về công tác hộ tịch, các xã đăng ký khai sinh cho 3.150 trẻ em, đăng ký kết hôn 1.046 cặp; đăng ký khai sinh quá hạn 209 trường hợp. Tại các phiên chợ vùng cao, công chức tư pháp - hộ tịch xã đã cùng Đoàn thanh niên lập 18 điểm lưu động hướng dẫn đăng ký hộ tịch.
Đáng lưu ý, toàn tỉnh có 164 xã, phường, thị trấn thì vẫn còn 23 xã mới bố trí 1 công chức tư pháp - hộ tịch; 31 công chức chưa đạt chuẩn trình độ. Thực hiện Kế hoạch số 96/KH-UBND ngày 14/6/2013 của UBND tỉnh, Sở đã phối hợp Sở Nội vụ mở lớp bồi dưỡng kiến thức pháp luật cho 64 công chức tư pháp - hộ tịch mới tuyển dụng.
Tại giao ban, ông Lù Văn Pao, Trưởng phòng Tư pháp huyện Si Ma Cai, cho biết huyện đã vận động được 2 cặp tảo hôn tự nguyện chấm dứt chung sống. Bà Tẩn Thị Mẩy, công chức tư pháp - hộ tịch xã Bản Khoang, đề nghị hỗ trợ phương tiện để cán bộ xã đến các thôn xa đăng ký hộ tịch lưu động.
Kết luận giao ban, ông Vàng Seo Chư giao các phòng chuyên môn hoàn thành việc rà soát văn bản theo Nghị định số 40/2010/NĐ-CP của Chính phủ về kiểm tra và xử lý văn bản quy phạm pháp luật; chuẩn bị tổ chức "Ngày Pháp luật" 9/11 và tổng kết 10 năm thực hiện Chỉ thị 32-CT/TW của Ban Bí thư. Quý IV, mỗi huyện tổ chức ít nhất 1 cuộc thi tìm hiểu pháp luật ở cấp xã.
Nhiều ý kiến tại giao ban cũng phản ánh tình trạng công chức tư pháp - hộ tịch xã vùng cao thường xuyên bị điều động làm việc khác, sổ sách hộ tịch lưu trữ chưa đúng quy định, một số nơi còn ghi chép sai sót thông tin khai sinh do người dân không nhớ ngày sinh. Sở đề nghị các huyện chỉ đạo UBND xã không bố trí công chức tư pháp - hộ tịch kiêm nhiệm các công việc không liên quan, đồng thời tăng cường kiểm tra việc ghi sổ.
Sùng A Lử (Văn phòng Sở)
Lượt truy cập: 352.417
Các tin đã đưa
- Tập huấn Luật Hòa giải ở cơ sở cho cán bộ huyện Bát Xát (25/09/2013)
- Bắc Hà: ra mắt Câu lạc bộ pháp luật xã Bản Phố (12/09/2013)
- Giao ban công tác tư pháp quý II năm 2013 (09/07/2013)
""", "2013-10-08", "Giao ban công tác tư pháp quý III: tập trung kiện toàn đội ngũ tư pháp xã vùng cao",
E("giao_ban", "2013-Q3", "2013-10-07"),
[P("Vàng Seo Chư", "Phó Giám đốc Sở Tư pháp"),
 P("Lù Văn Pao", "Trưởng phòng Tư pháp huyện Si Ma Cai"),
 P("Tẩn Thị Mẩy", "công chức tư pháp - hộ tịch xã Bản Khoang")],
[Q("412 hội nghị tuyên truyền", 412, "hội nghị tuyên truyền"), Q("khoảng 31.000 lượt người nghe", 31000, "lượt người nghe", "approx"),
 Q("57 thôn, bản", 57, "thôn, bản"), Q("3.150 trẻ em", 3150, "trẻ em"), Q("1.046 cặp", 1046, "cặp"),
 Q("209 trường hợp", 209, "trường hợp"), Q("18 điểm lưu động", 18, "điểm lưu động"),
 Q("164 xã, phường, thị trấn", 164, "xã, phường, thị trấn"), Q("23 xã", 23, "xã"), Q("31 công chức", 31, "công chức"),
 Q("64 công chức tư pháp - hộ tịch mới", 64, "công chức tư pháp - hộ tịch mới"), Q("2 cặp tảo hôn", 2, "cặp tảo hôn"),
 Q("ít nhất 1 cuộc thi tìm hiểu pháp luật", 1, "cuộc thi tìm hiểu pháp luật", "over")],
[D("Kế hoạch", "96", "KH-UBND", "2013-06-14", "UBND tỉnh", "Kế hoạch số 96/KH-UBND ngày 14/6/2013"),
 D("Nghị định", "40", "2010/NĐ-CP", None, "Chính phủ", "Nghị định số 40/2010/NĐ-CP"),
 D("Chỉ thị", "32", "CT/TW", None, "Ban Bí thư", "Chỉ thị 32-CT/TW")],
[prov("Lào Cai"), com("Bản Khoang")],
["SỞ TƯ PHÁP TỈNH LÀO CAI", "Cổng thông tin điện tử", "Bạn đang ở: Trang chủ / Tin tức / Hoạt động ngành",
 "Luật Hôn nhân và gia đình", "Ngày Pháp luật", "Lượt truy cập: 352.417"],
["08:20 | 08/10/2013", "quý III năm 2013", "1 công chức tư pháp - hộ tịch", "10 năm", "9/11", "Quý IV", "Lượt truy cập: 352.417"]))

PAGES.append(page("b6944-quangnam-hoagiai-soket-2014", """
QUẢNG NAM ONLINE
Chính trị - Xã hội » Pháp luật
22-07-2014 15:05
Hòa giải ở cơ sở: thành công hơn 80% vụ việc
QNO - Ngày 21.7, Hội đồng phối hợp PBGDPL tỉnh Quảng Nam tổ chức hội nghị sơ kết công tác phổ biến, giáo dục pháp luật và hòa giải ở cơ sở 6 tháng đầu năm 2014. Ông Huỳnh Khánh Toàn, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng phối hợp PBGDPL tỉnh chủ trì.
Theo báo cáo của Sở Tư pháp, từ đầu năm đến nay, các tổ hòa giải trong tỉnh đã tiếp nhận 1.427 vụ việc, hòa giải thành 1.163 vụ việc, đạt hơn 80%; 132 vụ việc hòa giải không thành đã hướng dẫn các bên đến cơ quan có thẩm quyền giải quyết. Phần lớn là mâu thuẫn về ranh giới đất đai, lối đi chung, xích mích trong gia đình và giữa hàng xóm.
Thực hiện Nghị định số 15/2014/NĐ-CP ngày 27/2/2014 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hòa giải ở cơ sở, UBND tỉnh đã ban hành Kế hoạch số 1872/KH-UBND và Quyết định số 19/2014/QĐ-UBND quy định mức chi thù lao cho hòa giải viên là 200.000 đồng/vụ việc. Tuy nhiên, đến nay mới có khoảng một nửa số xã bố trí được kinh phí, có xã chỉ chi 2 - 3 triệu đồng cả năm cho hoạt động hòa giải.
Toàn tỉnh hiện có 1.786 tổ hòa giải với 10.540 hòa giải viên, trong đó hơn 2.100 hòa giải viên là người dân tộc Cơ Tu, Xơ Đăng, Giẻ Triêng. Những tháng đầu năm, Sở Tư pháp đã tập huấn kỹ năng cho 640 hòa giải viên ở 9 huyện miền núi.
Chia sẻ tại hội nghị, ông Bling Mia, Tổ trưởng tổ hòa giải thôn Pơr'ning, xã Lăng, cho biết ở thôn, già làng cùng tổ hòa giải ngồi lại với các bên theo tục lệ, vừa giữ được tình làng, vừa đúng luật. Bà Trần Thị Kim Loan, Trưởng phòng Tư pháp thị xã Điện Bàn, nêu kinh nghiệm mời công chức tư pháp - hộ tịch phường dự các buổi hòa giải phức tạp.
Kết luận hội nghị, ông Huỳnh Khánh Toàn yêu cầu 6 tháng cuối năm, các địa phương sớm bố trí kinh phí, kiện toàn các tổ hòa giải thiếu thành viên, thực hiện tốt Đề án "Củng cố, kiện toàn và nâng cao hiệu quả hoạt động của các tổ hòa giải ở cơ sở"; đồng thời chuẩn bị tổng kết 5 năm thực hiện Quyết định 409/QĐ-TTg của Thủ tướng Chính phủ.
Một số đại biểu cho rằng chất lượng hòa giải ở những khu dân cư đông người, nhất là ven đô thị, còn hạn chế vì hòa giải viên phần lớn lớn tuổi, ít được cập nhật kiến thức pháp luật mới; hồ sơ, sổ sách theo dõi vụ việc ghi chép sơ sài, có nơi không lưu biên bản. Hội đồng đề nghị Sở Tư pháp sớm biên soạn sổ tay hòa giải viên phù hợp với từng vùng.
Vĩnh Thành
Bài viết liên quan
- Tây Giang: xét xử lưu động vụ cố ý gây thương tích (15/07/2014)
- Tam Kỳ ra mắt câu lạc bộ "Tuổi trẻ với pháp luật" (04/07/2014)
- Hơn 300 hòa giải viên được tập huấn Luật Hòa giải ở cơ sở (20/06/2014)
""", "2014-07-22", "Hòa giải ở cơ sở: thành công hơn 80% vụ việc",
E("so_ket", "2014-H1", "2014-07-21"),
[P("Huỳnh Khánh Toàn", "Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng phối hợp PBGDPL tỉnh"),
 P("Bling Mia", "Tổ trưởng tổ hòa giải thôn Pơr'ning"),
 P("Trần Thị Kim Loan", "Trưởng phòng Tư pháp thị xã Điện Bàn")],
[Q("1.427 vụ việc", 1427, "vụ việc"), Q("1.163 vụ việc", 1163, "vụ việc"), Q("hơn 80%", 80, "%", "over"),
 Q("132 vụ việc", 132, "vụ việc"), Q("200.000 đồng", 200000, "đồng"), Q("2 - 3 triệu đồng", 3000000, "đồng", "approx"),
 Q("1.786 tổ hòa giải", 1786, "tổ hòa giải"), Q("10.540 hòa giải viên", 10540, "hòa giải viên"),
 Q("hơn 2.100 hòa giải viên", 2100, "hòa giải viên", "over"), Q("640 hòa giải viên", 640, "hòa giải viên"),
 Q("9 huyện miền núi", 9, "huyện miền núi")],
[D("Nghị định", "15", "2014/NĐ-CP", "2014-02-27", "Chính phủ", "Nghị định số 15/2014/NĐ-CP ngày 27/2/2014"),
 D("Kế hoạch", "1872", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 1872/KH-UBND"),
 D("Quyết định", "19", "2014/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 19/2014/QĐ-UBND"),
 D("Quyết định", "409", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 409/QĐ-TTg")],
[prov("Quảng Nam"), com("Lăng")],
["QUẢNG NAM ONLINE", "Chính trị - Xã hội » Pháp luật", "QNO", "Luật Hòa giải ở cơ sở",
 "Củng cố, kiện toàn và nâng cao hiệu quả hoạt động của các tổ hòa giải ở cơ sở"],
["22-07-2014 15:05", "6 tháng đầu năm 2014", "6 tháng cuối năm", "5 năm"]))

PAGES.append(page("b6945-khanhhoa-hoiluatgia-daihoi-2015", """
Báo Khánh Hòa điện tử
Trang chủ | Chính trị | Pháp luật | Kinh tế | Văn hóa
Ngày đăng 30/06/2015 | 10:12
Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Đại hội Hội Luật gia tỉnh lần thứ IV: đưa pháp luật đến gần người dân
Ngày 29-6, Hội Luật gia tỉnh Khánh Hòa tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2015 - 2020. Dự đại hội có ông Lê Xuân Thân, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; ông Trần Minh Khoa, Phó Chủ tịch Trung ương Hội Luật gia Việt Nam cùng 120 đại biểu thay mặt cho hơn 1.300 hội viên trong toàn tỉnh.
Nhiệm kỳ 2010 - 2015, Hội đã phát triển thêm 410 hội viên mới, thành lập 6 chi hội ở các xã, phường. Các cấp hội đã phối hợp với Sở Tư pháp tổ chức 386 buổi tuyên truyền pháp luật cho ngư dân, công nhân khu công nghiệp, đồng bào Raglai ở huyện Khánh Sơn, Khánh Vĩnh. Trung tâm Tư vấn pháp luật của Hội đã tư vấn miễn phí cho 2.650 lượt người, nhận bảo vệ quyền lợi cho 47 đương sự tại tòa án.
Đáng chú ý, 93 hội viên là Hội thẩm nhân dân đã tham gia xét xử gần 2.000 vụ án các loại; nhiều hội viên là cán bộ tư pháp xã đã nghỉ hưu vẫn tham gia tổ hòa giải ở khu dân cư. Hội cũng tham gia góp ý 18 dự thảo văn bản quy phạm pháp luật của tỉnh, trong đó có dự thảo Nghị quyết của HĐND tỉnh về mức chi cho công tác hòa giải ở cơ sở.
Phát biểu tại đại hội, ông Lê Xuân Thân ghi nhận đóng góp của Hội, đề nghị Hội tiếp tục thực hiện Chỉ thị số 56-CT/TW ngày 18/10/2010 của Bộ Chính trị về tăng cường lãnh đạo của Đảng đối với Hội Luật gia Việt Nam; tham gia tích cực Đề án "Tăng cường công tác phổ biến, giáo dục pháp luật nhằm nâng cao ý thức pháp luật cho thanh thiếu niên" và các chương trình trợ giúp pháp lý cho người nghèo.
Đại hội đã bầu 25 ủy viên Ban Chấp hành Hội khóa IV. Ông Phạm Văn Trung, Giám đốc Sở Tư pháp, được bầu làm Chủ tịch Hội Luật gia tỉnh; bà Mấu Thị Hoa, Phó Chánh án Tòa án nhân dân huyện Khánh Sơn và ông Nguyễn Hữu Hiếu, Trưởng phòng Tư pháp thành phố Nha Trang được bầu làm Phó Chủ tịch Hội.
Trước đó, đại hội đã trao Kỷ niệm chương "Vì sự nghiệp Luật gia Việt Nam" cho 14 hội viên và giấy khen cho 9 chi hội có thành tích tiêu biểu.
Báo cáo chính trị tại đại hội cũng thẳng thắn chỉ ra hạn chế: hoạt động của một số chi hội còn hình thức, sinh hoạt không đều; việc phát triển hội viên ở khu vực doanh nghiệp và vùng nông thôn còn chậm; kinh phí cho hoạt động tư vấn, trợ giúp pháp lý chủ yếu dựa vào nguồn vận động. Nhiệm kỳ tới, Hội đặt mục tiêu mỗi huyện, thị xã, thành phố đều có chi hội luật gia hoạt động thường xuyên.
Hoàng Ngọc
Tin khác
- Khánh Hòa: 3.000 ngư dân được tư vấn pháp luật trên biển (22/06/2015)
- Cam Ranh ra mắt mô hình "Xóm đạo với pháp luật" (10/06/2015)
- Sở Tư pháp sơ kết thi hành Luật Hộ tịch (02/06/2015)
""", "2015-06-30", "Đại hội Hội Luật gia tỉnh lần thứ IV: đưa pháp luật đến gần người dân",
E("dai_hoi", None, "2015-06-29"),
[P("Lê Xuân Thân", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Trần Minh Khoa", "Phó Chủ tịch Trung ương Hội Luật gia Việt Nam"),
 P("Phạm Văn Trung", "Giám đốc Sở Tư pháp", "Chủ tịch Hội Luật gia tỉnh"),
 P("Mấu Thị Hoa", "Phó Chánh án Tòa án nhân dân huyện Khánh Sơn", "Phó Chủ tịch Hội"),
 P("Nguyễn Hữu Hiếu", "Trưởng phòng Tư pháp thành phố Nha Trang", "Phó Chủ tịch Hội")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 1.300 hội viên", 1300, "hội viên", "over"),
 Q("410 hội viên mới", 410, "hội viên mới"), Q("6 chi hội", 6, "chi hội"), Q("386 buổi tuyên truyền pháp luật", 386, "buổi tuyên truyền pháp luật"),
 Q("2.650 lượt người", 2650, "lượt người"), Q("47 đương sự", 47, "đương sự"), Q("93 hội viên", 93, "hội viên"),
 Q("gần 2.000 vụ án", 2000, "vụ án", "approx"), Q("18 dự thảo văn bản quy phạm pháp luật", 18, "dự thảo văn bản quy phạm pháp luật"),
 Q("25 ủy viên Ban Chấp hành", 25, "ủy viên Ban Chấp hành"), Q("14 hội viên", 14, "hội viên"),
 Q("9 chi hội có thành tích tiêu biểu", 9, "chi hội")],
[D("Chỉ thị", "56", "CT/TW", "2010-10-18", "Bộ Chính trị", "Chỉ thị số 56-CT/TW ngày 18/10/2010")],
[prov("Khánh Hòa")],
["Báo Khánh Hòa điện tử", "Trang chủ | Chính trị | Pháp luật | Kinh tế | Văn hóa",
 "Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "Tăng cường công tác phổ biến, giáo dục pháp luật nhằm nâng cao ý thức pháp luật cho thanh thiếu niên",
 "Vì sự nghiệp Luật gia Việt Nam"],
["Ngày đăng 30/06/2015 | 10:12", "lần thứ IV", "nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2010 - 2015", "khóa IV"]))

PAGES.append(page("b6946-hatinh-hdnd-giamsat-htnd-2016", """
BÁO HÀ TĨNH
Tin tức > Thời sự > Hoạt động HĐND
Hôm nay: Thứ Năm, 15/09/2016
14/09/2016 - 16:25
Giám sát công tác Hội thẩm nhân dân: còn tình trạng "Hội thẩm ngồi cho đủ"
(Baohatinh.vn) - Ngày 13/9, Đoàn giám sát của Ban Pháp chế HĐND tỉnh do bà Nguyễn Thị Nữ Oanh, Trưởng Ban Pháp chế HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện chế độ, chính sách và hoạt động của Hội thẩm nhân dân tại Tòa án nhân dân tỉnh và Tòa án nhân dân thị xã Hồng Lĩnh.
Đoàn giám sát làm việc tại Tòa án nhân dân tỉnh.
Theo báo cáo, nhiệm kỳ 2011 - 2016, HĐND các cấp bầu 193 Hội thẩm nhân dân, trong đó có 29 Hội thẩm Tòa án nhân dân tỉnh. Hội thẩm đã tham gia xét xử 9.128 vụ án, bình quân mỗi Hội thẩm tham gia khoảng 47 vụ trong nhiệm kỳ; không có bản án nào bị hủy do lỗi chủ quan của Hội thẩm. Có 11 Hội thẩm được Tòa án nhân dân tối cao tặng bằng khen.
Tuy vậy, số Hội thẩm có trình độ cử nhân luật mới chiếm 34%. Việc phân công Hội thẩm chưa đều: có người tham gia trên 100 phiên, có người cả năm chỉ ngồi 2 - 3 phiên. Một số Hội thẩm chưa nghiên cứu kỹ hồ sơ, tại phiên tòa ít đặt câu hỏi, chưa phát huy vai trò "ngang quyền với Thẩm phán".
Ông Võ Tá Hiệu, Chánh án Tòa án nhân dân thị xã Hồng Lĩnh, cho biết chế độ bồi dưỡng phiên tòa cho Hội thẩm được thực hiện theo Quyết định số 41/2012/QĐ-TTg của Thủ tướng Chính phủ và Nghị quyết liên tịch số 05/2016/NQLT-UBTVQH-UBTƯMTTQVN; tuy nhiên tiền trang phục, tài liệu chưa được cấp kịp thời. Hội thẩm Đặng Thị Lài, Chủ tịch Hội Liên hiệp Phụ nữ phường Bắc Hồng, kiến nghị được tham gia các lớp bồi dưỡng kỹ năng xét xử vụ án người chưa thành niên.
Kết luận buổi làm việc, bà Nguyễn Thị Nữ Oanh đề nghị Tòa án hai cấp phối hợp với Ủy ban MTTQ tỉnh giới thiệu người có trình độ, uy tín để HĐND khóa XVII bầu Hội thẩm nhiệm kỳ 2016 - 2021, bảo đảm tỷ lệ hợp lý giữa các đoàn thể; đề xuất UBND tỉnh bố trí 300 triệu đồng mỗi năm cho bồi dưỡng nghiệp vụ Hội thẩm; thực hiện nghiêm Quy chế hoạt động của Hội thẩm ban hành kèm theo Nghị quyết số 1213/2016/UBTVQH13 của Ủy ban Thường vụ Quốc hội.
Theo Đoàn giám sát, công tác quản lý Hội thẩm nhân dân tại tỉnh Hà Tĩnh còn lỏng lẻo, việc đánh giá, nhận xét Hội thẩm hằng năm chưa được tiến hành thường xuyên; sự phối hợp giữa Tòa án với cơ quan, đơn vị nơi Hội thẩm công tác chưa chặt chẽ nên có Hội thẩm đã chuyển công tác, nghỉ hưu nhưng chưa được thay thế kịp thời.
Trước đó, Đoàn đã làm việc với Ban Thường trực Ủy ban MTTQ tỉnh. Dự kiến cuối tháng 9, Đoàn giám sát tại 3 huyện Hương Khê, Kỳ Anh và Can Lộc.
Thu Hà
Tin liên quan
- HĐND tỉnh giám sát công tác thi hành án dân sự (30/08/2016)
- Tòa án xét xử lưu động vụ án giết người ở Hương Sơn (18/08/2016)
""", "2016-09-14", "Giám sát công tác Hội thẩm nhân dân: còn tình trạng \"Hội thẩm ngồi cho đủ\"",
E("giam_sat", None, "2016-09-13"),
[P("Nguyễn Thị Nữ Oanh", "Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Võ Tá Hiệu", "Chánh án Tòa án nhân dân thị xã Hồng Lĩnh"),
 P("Đặng Thị Lài", "Hội thẩm", "Chủ tịch Hội Liên hiệp Phụ nữ phường Bắc Hồng")],
[Q("193 Hội thẩm nhân dân", 193, "Hội thẩm nhân dân"), Q("29 Hội thẩm", 29, "Hội thẩm"), Q("9.128 vụ án", 9128, "vụ án"),
 Q("khoảng 47 vụ", 47, "vụ", "approx"), Q("11 Hội thẩm", 11, "Hội thẩm"), Q("34%", 34, "%"),
 Q("trên 100 phiên", 100, "phiên", "over"), Q("2 - 3 phiên", 3, "phiên", "approx"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("3 huyện", 3, "huyện")],
[D("Quyết định", "41", "2012/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 41/2012/QĐ-TTg"),
 D("Nghị quyết liên tịch", "05", "2016/NQLT-UBTVQH-UBTƯMTTQVN", None, None, "Nghị quyết liên tịch số 05/2016/NQLT-UBTVQH-UBTƯMTTQVN"),
 D("Nghị quyết", "1213", "2016/UBTVQH13", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1213/2016/UBTVQH13")],
[prov("Hà Tĩnh"), com("Bắc Hồng")],
["BÁO HÀ TĨNH", "Tin tức > Thời sự > Hoạt động HĐND", "Hôm nay: Thứ Năm, 15/09/2016", "(Baohatinh.vn)",
 "Đoàn giám sát làm việc tại Tòa án nhân dân tỉnh.", "Hội thẩm ngồi cho đủ", "ngang quyền với Thẩm phán"],
["14/09/2016 - 16:25", "nhiệm kỳ 2011 - 2016", "khóa XVII", "nhiệm kỳ 2016 - 2021", "mỗi năm"]))
