from lib import *
PAGES = []

PAGES.append(page("b3383-hochiminh-phuong-chunhatxanh-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG TAM THẮNG - THÀNH PHỐ HỒ CHÍ MINH
Trang chủ › Tin tức › Mặt trận - Đoàn thể
Thứ Hai, 18/8/2025 | 14:35
Đoàn viên, thanh niên thu gom rác tại bãi biển. Ảnh: Minh Khang
Phường Tam Thắng: hơn 600 người ra quân "Ngày Chủ nhật xanh" làm sạch bãi biển
Sáng Chủ nhật 17/8, Ủy ban MTTQ Việt Nam phường Tam Thắng phối hợp Đoàn Thanh niên, Hội LHPN phường tổ chức ra quân "Ngày Chủ nhật xanh" đợt 3 năm 2025 với chủ đề "Biển sạch - phường xanh", thu hút hơn 600 cán bộ, đoàn viên, hội viên, chiến sĩ và người dân tham gia.
Đây là hoạt động thực hiện Kế hoạch số 21/KH-UBND ngày 10/7/2025 của UBND phường về ra quân vệ sinh môi trường hằng tháng sau khi vận hành chính quyền địa phương hai cấp, và Kế hoạch số 07-KH/ĐU của Đảng ủy phường về xây dựng khu phố "Sáng - xanh - sạch - đẹp - văn minh".
Dự lễ ra quân có đồng chí Phạm Thanh Tùng, Phó Bí thư Đảng ủy, Chủ tịch UBND phường; đồng chí Lê Thị Kim Yến, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường; đồng chí Nguyễn Hoàng Phúc, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Bí thư Đoàn phường.
Các lực lượng chia thành 12 tổ, dọn sạch khoảng 3,5 km bờ biển Bãi Sau và 4 tuyến hẻm ven biển, thu gom hơn 4 tấn rác thải, chủ yếu là chai nhựa, ly nhựa, túi ni lông và xốp. Hội LHPN phường phát 1.200 túi vải cho người dân và tiểu thương chợ Tam Thắng; Đoàn phường ra mắt "Điểm đổi rác lấy cây xanh" với 300 cây giống.
Phát biểu tại buổi ra quân, đồng chí Phạm Thanh Tùng cho biết, sau sắp xếp, phường có 26 khu phố với hơn 48.000 nhân khẩu; từ tháng 7 đến nay, phường đã ra quân 3 đợt với gần 1.700 lượt người tham gia, thu gom khoảng 11 tấn rác. Phường phấn đấu đến cuối năm 2025 có 80% hộ dân phân loại rác tại nguồn theo Luật Bảo vệ môi trường năm 2020.
Chị Nguyễn Thị Ngọc Hân, tiểu thương chợ Tam Thắng, chia sẻ: "Mỗi ngày sạp tôi dùng khoảng 200 cái túi ni lông. Nhận túi vải rồi, tôi sẽ vận động khách mang giỏ theo".
Cũng dịp này, Công ty Cổ phần Dịch vụ Môi trường đô thị hỗ trợ 30 thùng rác phân loại 3 ngăn, trị giá khoảng 45 triệu đồng, đặt tại các khu phố ven biển.
Theo Ủy ban MTTQ Việt Nam phường, "Ngày Chủ nhật xanh" sẽ được tổ chức vào Chủ nhật tuần thứ ba hằng tháng, luân phiên tại các khu phố.
Theo Ủy ban MTTQ Việt Nam Thành phố Hồ Chí Minh, phong trào "Ngày Chủ nhật xanh" đang được các phường, xã ven biển sau sắp xếp duy trì đều đặn, góp phần giữ gìn cảnh quan du lịch và thay đổi thói quen xả rác của người dân, du khách.
Thanh Hà
Lượt xem: 689
Tin liên quan
- Phường Tam Thắng tổ chức hội nghị đối thoại với nhân dân (08/08/2025)
- Ra mắt Ủy ban MTTQ Việt Nam phường sau sắp xếp (02/07/2025)
- Trao 20 suất học bổng cho học sinh nghèo (25/07/2025)
""", "2025-08-18", "Phường Tam Thắng: hơn 600 người ra quân \"Ngày Chủ nhật xanh\" làm sạch bãi biển",
E("khac", None, "2025-08-17"),
[P("Phạm Thanh Tùng", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Lê Thị Kim Yến", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Nguyễn Hoàng Phúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Bí thư Đoàn phường"),
 P("Nguyễn Thị Ngọc Hân", "tiểu thương chợ Tam Thắng")],
[Q("hơn 600 cán bộ, đoàn viên, hội viên, chiến sĩ và người dân", 600, "cán bộ, đoàn viên, hội viên, chiến sĩ và người dân", "over"),
 Q("12 tổ", 12, "tổ"), Q("khoảng 3,5 km", 3.5, "km", "approx"), Q("4 tuyến hẻm ven biển", 4, "tuyến hẻm"),
 Q("hơn 4 tấn", 4, "tấn", "over"), Q("1.200 túi vải", 1200, "túi vải"), Q("300 cây giống", 300, "cây giống"),
 Q("26 khu phố", 26, "khu phố"), Q("hơn 48.000 nhân khẩu", 48000, "nhân khẩu", "over"),
 Q("3 đợt", 3, "đợt"), Q("gần 1.700 lượt người", 1700, "lượt người", "approx"), Q("khoảng 11 tấn", 11, "tấn", "approx"), Q("80%", 80, "%"),
 Q("khoảng 200 cái túi ni lông", 200, "túi ni lông", "approx"), Q("30 thùng rác phân loại", 30, "thùng rác phân loại"),
 Q("khoảng 45 triệu đồng", 45000000, "đồng", "approx")],
[D("Kế hoạch", "21", "KH-UBND", "2025-07-10", "UBND phường", "Kế hoạch số 21/KH-UBND ngày 10/7/2025"),
 D("Kế hoạch", "07", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 07-KH/ĐU")],
[prov("Hồ Chí Minh"), com("Tam Thắng")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG TAM THẮNG - THÀNH PHỐ HỒ CHÍ MINH", "Trang chủ › Tin tức › Mặt trận - Đoàn thể",
 "Đoàn viên, thanh niên thu gom rác tại bãi biển. Ảnh: Minh Khang", "Ngày Chủ nhật xanh", "Biển sạch - phường xanh",
 "Sáng - xanh - sạch - đẹp - văn minh", "Điểm đổi rác lấy cây xanh", "Luật Bảo vệ môi trường năm 2020", "Lượt xem: 689"],
["Thứ Hai, 18/8/2025 | 14:35", "đợt 3 năm 2025", "hai cấp", "Chủ nhật tuần thứ ba hằng tháng", "3 ngăn", "Lượt xem: 689"]))

PAGES.append(page("b3384-tuyenquang-hlhpn-tongket-2025", """
Hội Liên hiệp Phụ nữ tỉnh Tuyên Quang
Trang chủ > Tin tức - Sự kiện > Hoạt động Hội
Cập nhật: 15:50, 19/12/2025 (GMT+7)
Hội LHPN tỉnh Tuyên Quang tổng kết công tác Hội năm 2025
Toàn cảnh hội nghị tổng kết. Ảnh: Hồng Nhung
Ngày 18/12/2025, Ban Thường vụ Hội LHPN tỉnh Tuyên Quang tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2025 - năm đầu tiên sau hợp nhất hai tỉnh Tuyên Quang và Hà Giang theo Nghị quyết số 202/2025/QH15 của Quốc hội. Bà Hoàng Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị.
Năm 2025, các cấp Hội tập trung thực hiện cuộc vận động xây dựng gia đình "5 không, 3 sạch" gắn với phong trào chống rác thải nhựa. Toàn tỉnh có 1.124 chi hội duy trì mô hình "Chi hội phụ nữ không rác thải nhựa", 386 "Tổ phụ nữ tự quản vệ sinh môi trường"; hơn 72.000 hộ hội viên đạt tiêu chí "3 sạch", đạt khoảng 68%. Hội viên đã trồng 185.000 cây xanh, cây ăn quả, đóng góp gần 6,8 tỷ đồng và hơn 41.000 ngày công làm đường bê tông, nhà vệ sinh.
Thực hiện Kế hoạch số 05-KH/HPN ngày 15/7/2025 của Ban Thường vụ Hội LHPN tỉnh về công tác Hội 6 tháng cuối năm, Hội LHPN các xã vùng cao Đồng Văn, Lũng Cú, Mậu Duệ đã vận động 2.300 hộ đồng bào Mông, Dao làm hố rác, chuồng trại cách xa nhà ở.
Tại hội nghị, chị Vàng Thị Chúa, Chủ tịch Hội LHPN xã Lũng Cú, chia sẻ mô hình "Đổi rác lấy nhu yếu phẩm" đã thu gom 6,5 tấn rác thải nhựa sau 5 tháng. Chị Ma Thị Thanh Tâm, Chủ tịch Hội LHPN phường Hà Giang 1, cho biết phường đã có 100% tổ dân phố ra quân "Ngày Chủ nhật xanh" hằng tháng. Chị Triệu Thị Mây, Chi hội trưởng phụ nữ thôn Khuổi Phìn, xã Mậu Duệ, đề nghị hỗ trợ 50 thùng rác cho thôn.
Phát biểu chỉ đạo, bà Hoàng Thị Thu Hà yêu cầu năm 2026 các cấp Hội thực hiện tốt Nghị quyết số 15-NQ/TU ngày 10/10/2025 của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch xanh; phấn đấu mỗi xã, phường xây dựng ít nhất 2 mô hình phụ nữ bảo vệ môi trường.
Dịp này, Trung ương Hội LHPN Việt Nam tặng bằng khen cho 3 tập thể; Hội LHPN tỉnh tặng giấy khen cho 45 tập thể, 60 cá nhân.
Các đại biểu cũng đánh giá, năm 2025 khối lượng công việc lớn do sắp xếp tổ chức bộ máy, nhưng các cấp Hội vẫn duy trì ổn định hoạt động, không để gián đoạn phong trào ở cơ sở.
Hội nghị cũng thảo luận giải pháp duy trì các mô hình sau khi sáp nhập chi hội, thôn, tổ dân phố; nhiều ý kiến đề nghị tăng cường phối hợp với Đoàn Thanh niên, Hội Nông dân trong thu gom rác thải ở các điểm du lịch vùng cao.
Hồng Nhung
Xem thêm
- Phụ nữ Tuyên Quang hưởng ứng Tháng hành động vì bình đẳng giới (25/11/2025)
- Ra mắt 20 chi hội "không rác thải nhựa" ở Hàm Yên (10/11/2025)
- Hội nghị Ban Chấp hành Hội LHPN tỉnh lần thứ 2 (20/10/2025)
""", "2025-12-19", "Hội LHPN tỉnh Tuyên Quang tổng kết công tác Hội năm 2025",
E("tong_ket", "2025", "2025-12-18"),
[P("Hoàng Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Vàng Thị Chúa", "Chủ tịch Hội LHPN xã Lũng Cú"),
 P("Ma Thị Thanh Tâm", "Chủ tịch Hội LHPN phường Hà Giang 1"),
 P("Triệu Thị Mây", "Chi hội trưởng phụ nữ thôn Khuổi Phìn")],
[Q("1.124 chi hội", 1124, "chi hội"), Q("386 \"Tổ phụ nữ tự quản vệ sinh môi trường\"", 386, "Tổ phụ nữ tự quản vệ sinh môi trường"),
 Q("hơn 72.000 hộ hội viên", 72000, "hộ hội viên", "over"), Q("khoảng 68%", 68, "%", "approx"),
 Q("185.000 cây xanh, cây ăn quả", 185000, "cây xanh, cây ăn quả"), Q("gần 6,8 tỷ đồng", 6800000000, "đồng", "approx"),
 Q("hơn 41.000 ngày công", 41000, "ngày công", "over"), Q("2.300 hộ đồng bào Mông, Dao", 2300, "hộ đồng bào Mông, Dao"),
 Q("6,5 tấn", 6.5, "tấn"), Q("100% tổ dân phố", 100, "%"), Q("50 thùng rác", 50, "thùng rác"),
 Q("ít nhất 2 mô hình", 2, "mô hình", "over"), Q("3 tập thể", 3, "tập thể"), Q("45 tập thể", 45, "tập thể"),
 Q("60 cá nhân", 60, "cá nhân")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Kế hoạch", "05", "KH/HPN", "2025-07-15", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 05-KH/HPN ngày 15/7/2025"),
 D("Nghị quyết", "15", "NQ/TU", "2025-10-10", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 15-NQ/TU ngày 10/10/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Đồng Văn"), com("Lũng Cú"), com("Mậu Duệ"), com("Hà Giang 1")],
["Hội Liên hiệp Phụ nữ tỉnh Tuyên Quang", "Trang chủ > Tin tức - Sự kiện > Hoạt động Hội", "Toàn cảnh hội nghị tổng kết. Ảnh: Hồng Nhung",
 "5 không, 3 sạch", "Chi hội phụ nữ không rác thải nhựa", "Đổi rác lấy nhu yếu phẩm", "Ngày Chủ nhật xanh"],
["Cập nhật: 15:50, 19/12/2025 (GMT+7)", "năm 2025", "năm 2026", "hai tỉnh", "5 không, 3 sạch", "3 sạch", "5 tháng",
 "6 tháng cuối năm"]))

PAGES.append(page("b3385-vinhlong-xa-soket-2025", """
ĐẢNG ỦY XÃ HÒA MINH - TỈNH VĨNH LONG
Trang chủ | Hoạt động | Xây dựng nông thôn mới
22/07/2025 - 16:05
Xã Hòa Minh: 18/21 ấp đạt chuẩn "Ấp văn hóa xanh - sạch - đẹp"
Ngày 19/7/2025, Đảng ủy xã Hòa Minh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm - hội nghị sơ kết đầu tiên sau khi xã mới đi vào hoạt động từ ngày 01/7/2025 trên cơ sở sáp nhập các xã Hòa Minh, Long Hòa của huyện Châu Thành (tỉnh Trà Vinh cũ).
Đồng chí Thạch Thị Sô Phi phát biểu tại hội nghị.
Chủ trì hội nghị có đồng chí Nguyễn Hoàng Khải, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Thạch Thị Sô Phi, Phó Bí thư Thường trực Đảng ủy xã.
Theo báo cáo, 6 tháng đầu năm, xã đã vận động nhân dân đóng góp hơn 1,8 tỷ đồng, hiến 3.200 m2 đất mở rộng đường giao thông nông thôn; xây dựng 26 tuyến đường hoa, cây xanh với tổng chiều dài khoảng 17 km. Toàn xã có 18/21 ấp đạt chuẩn "Ấp văn hóa xanh - sạch - đẹp"; 1.340 hộ tham gia mô hình "Phân loại rác hữu cơ làm phân bón cho cây trồng" do Hội LHPN xã triển khai; Đoàn xã duy trì "Ngày Chủ nhật xanh" với 14 đợt ra quân, thu gom khoảng 9 tấn rác thải, trong đó có hơn 2 tấn rác thải nhựa ven biển.
Thực hiện Chỉ thị 03, 04-CT/ĐU của Ban Thường vụ Đảng ủy xã về tăng cường công tác dân vận trong bảo vệ môi trường và về phát huy vai trò người có uy tín trong đồng bào Khmer, các chùa Phật giáo Nam tông Khmer trên địa bàn đã tổ chức 8 đợt tuyên truyền cho sư sãi, phật tử.
Tại hội nghị, ông Kim Sươl, người có uy tín ấp Cồn Cù, đề nghị xã sớm bố trí xe thu gom rác cho các ấp ven biển. Bà Sơn Thị Phương, Chủ tịch Hội LHPN xã, cho biết hội đã vận động 620 hội viên ký cam kết không sử dụng túi ni lông khi đi chợ.
Phát biểu kết luận, đồng chí Nguyễn Hoàng Khải yêu cầu 6 tháng cuối năm 2025 tập trung thực hiện Kế hoạch số 12/KH-UBND ngày 08/7/2025 của UBND xã về thu gom, xử lý chất thải rắn sinh hoạt; phấn đấu 21/21 ấp đạt chuẩn và trồng thêm 10.000 cây xanh hưởng ứng phong trào "Vĩnh Long xanh".
Hội nghị cũng chỉ ra hạn chế: tình trạng nuôi gia súc thả rông, xả nước thải chăn nuôi ra kênh rạch ở một số ấp vẫn còn; việc thu phí vệ sinh ở các ấp xa trung tâm gặp khó khăn.
Để khắc phục, Đảng ủy xã giao Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp các đoàn thể tăng cường tuyên truyền tại các buổi sinh hoạt ấp, lồng ghép vào các dịp lễ hội truyền thống của đồng bào Khmer; đồng thời đề nghị tỉnh Vĩnh Long hỗ trợ đầu tư điểm trung chuyển rác cho khu vực ven biển.
Trung tâm Văn hóa - Thông tin và Thể thao xã
Các tin khác
- Ra mắt Ban Chấp hành Đảng bộ xã Hòa Minh nhiệm kỳ 2025 - 2030 (02/07/2025)
- Xã Hòa Minh tổ chức Lễ Chôl Chnăm Thmây năm 2025 (14/04/2025)
- Trao 5 căn nhà Đại đoàn kết cho hộ nghèo (28/06/2025)
""", "2025-07-22", "Xã Hòa Minh: 18/21 ấp đạt chuẩn \"Ấp văn hóa xanh - sạch - đẹp\"",
E("so_ket", "2025-H1", "2025-07-19"),
[P("Thạch Thị Sô Phi", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Nguyễn Hoàng Khải", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Kim Sươl", "người có uy tín ấp Cồn Cù"),
 P("Sơn Thị Phương", "Chủ tịch Hội LHPN xã")],
[Q("18/21 ấp", 18, "ấp"), Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"), Q("3.200 m2", 3200, "m2"),
 Q("26 tuyến đường hoa, cây xanh", 26, "tuyến đường hoa, cây xanh"), Q("khoảng 17 km", 17, "km", "approx"),
 Q("1.340 hộ", 1340, "hộ"), Q("14 đợt ra quân", 14, "đợt ra quân"), Q("khoảng 9 tấn", 9, "tấn", "approx"),
 Q("hơn 2 tấn", 2, "tấn", "over"), Q("8 đợt tuyên truyền", 8, "đợt tuyên truyền"), Q("620 hội viên", 620, "hội viên"),
 Q("21/21 ấp", 21, "ấp"), Q("10.000 cây xanh", 10000, "cây xanh")],
[D("Chỉ thị", "03", "CT/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Chỉ thị 03, 04-CT/ĐU"),
 D("Chỉ thị", "04", "CT/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Chỉ thị 03, 04-CT/ĐU"),
 D("Kế hoạch", "12", "KH-UBND", "2025-07-08", "UBND xã", "Kế hoạch số 12/KH-UBND ngày 08/7/2025")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Hòa Minh"), com("Long Hòa")],
["ĐẢNG ỦY XÃ HÒA MINH - TỈNH VĨNH LONG", "Trang chủ | Hoạt động | Xây dựng nông thôn mới",
 "Đồng chí Thạch Thị Sô Phi phát biểu tại hội nghị.", "Ấp văn hóa xanh - sạch - đẹp",
 "Phân loại rác hữu cơ làm phân bón cho cây trồng", "Ngày Chủ nhật xanh", "Vĩnh Long xanh",
 "Trung tâm Văn hóa - Thông tin và Thể thao xã"],
["22/07/2025 - 16:05", "6 tháng đầu năm 2025", "6 tháng cuối năm", "6 tháng đầu năm", "6 tháng cuối năm 2025", "01/7/2025"]))

PAGES.append(page("b3386-lamdong-tinhdoan-trongcay-2026", """
TỈNH ĐOÀN LÂM ĐỒNG
Trang chủ >> Tin tức >> Phong trào
Thứ Hai, 23/02/2026, 09:15
Tuổi trẻ Lâm Đồng trồng 30.000 cây xanh dịp Tết Bính Ngọ
Ngày 22/2/2026 (mùng 6 Tết Bính Ngọ), tại phường Nam Gia Nghĩa, Ban Thường vụ Tỉnh đoàn Lâm Đồng tổ chức lễ ra quân "Tết trồng cây đời đời nhớ ơn Bác Hồ" Xuân Bính Ngọ 2026 và khởi động "Ngày Chủ nhật xanh" đợt 1 năm 2026 - lần đầu tiên được tổ chức trên phạm vi tỉnh Lâm Đồng mới, sau hợp nhất ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận.
Các đại biểu trồng cây tại phường Nam Gia Nghĩa.
Tham dự có đồng chí K'Dũng, Phó Bí thư Thường trực Tỉnh đoàn; đồng chí Điểu Thị Nhung, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh; đồng chí Lê Minh Đức, Bí thư Đảng ủy phường Nam Gia Nghĩa cùng khoảng 800 đoàn viên, thanh niên, cán bộ, chiến sĩ lực lượng vũ trang.
Phát biểu tại lễ ra quân, đồng chí K'Dũng cho biết, thực hiện Kế hoạch số 03-KH/TĐTN ngày 15/01/2026 của Ban Thường vụ Tỉnh đoàn về đồng hành với các địa phương trồng cây xanh giai đoạn 2026 - 2030, trong dịp Tết Bính Ngọ, tuổi trẻ toàn tỉnh phấn đấu trồng 30.000 cây xanh, cây phân tán; đảm nhận 25 "Công trình thanh niên vì môi trường"; mỗi cơ sở Đoàn có ít nhất 1 tuyến đường "Xanh - sạch - đẹp". Năm 2025, các cấp bộ Đoàn của ba tỉnh cũ đã trồng được hơn 210.000 cây xanh, thu gom khoảng 650 tấn rác thải.
Ngay sau lễ ra quân, các đại biểu trồng 1.200 cây sao đen, muồng hoàng yến dọc đường Lê Duẩn và quanh hồ Gia Nghĩa; các đội hình tình nguyện thu gom khoảng 2 tấn rác thải nhựa tại khu vực hồ.
Anh Y Thắng Niê Kdăm, Bí thư Đoàn xã Quảng Khê, cho biết đoàn viên người Mnông, Êđê ở các bon đã nhận chăm sóc 3.000 cây giống do Tỉnh đoàn trao tặng. Chị Ka Thị Hường, Bí thư Đoàn xã Lạc Dương, chia sẻ kinh nghiệm đội hình "Thanh niên K'Ho giữ rừng" với 45 thành viên thường xuyên tuần tra, nhặt rác ở khu du lịch.
Tại khu vực ven biển, Đoàn phường Mũi Né đồng loạt ra quân nhặt rác bãi biển với sự tham gia của 350 đoàn viên, trong đó có anh Đàng Văn Tới, Bí thư Đoàn phường Mũi Né.
Dịp này, Công ty Cổ phần Nhôm Lâm Đồng hỗ trợ 150 triệu đồng để Tỉnh đoàn mua cây giống cho các xã vùng sâu.
Tỉnh đoàn cũng phát động cuộc thi ảnh "Tôi trồng cây xanh" trên mạng xã hội đến hết tháng 3/2026.
Theo Ban Thường vụ Tỉnh đoàn Lâm Đồng, sau đợt ra quân, các cơ sở Đoàn sẽ phân công đoàn viên nhận chăm sóc từng cây, bảo đảm tỷ lệ cây sống trên địa bàn, đồng thời duy trì "Ngày Chủ nhật xanh" hằng tháng tại khu dân cư.
Minh Châu
Tin liên quan
- Tỉnh đoàn thăm, tặng quà Tết cho thanh niên công nhân khó khăn (05/02/2026)
- Hội nghị Ban Chấp hành Tỉnh đoàn lần thứ 3 (25/01/2026)
- Tuổi trẻ Lâm Đồng tổng kết công tác Đoàn năm 2025 (15/01/2026)
""", "2026-02-23", "Tuổi trẻ Lâm Đồng trồng 30.000 cây xanh dịp Tết Bính Ngọ",
E("khac", None, "2026-02-22"),
[P("K'Dũng", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Điểu Thị Nhung", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh"),
 P("Lê Minh Đức", "Bí thư Đảng ủy phường Nam Gia Nghĩa"),
 P("Y Thắng Niê Kdăm", "Bí thư Đoàn xã Quảng Khê"),
 P("Ka Thị Hường", "Bí thư Đoàn xã Lạc Dương"),
 P("Đàng Văn Tới", "Bí thư Đoàn phường Mũi Né")],
[Q("30.000 cây xanh, cây phân tán", 30000, "cây xanh, cây phân tán"),
 Q("khoảng 800 đoàn viên, thanh niên, cán bộ, chiến sĩ lực lượng vũ trang", 800, "đoàn viên, thanh niên, cán bộ, chiến sĩ lực lượng vũ trang", "approx"),
 Q("25 \"Công trình thanh niên vì môi trường\"", 25, "Công trình thanh niên vì môi trường"), Q("hơn 210.000 cây xanh", 210000, "cây xanh", "over"),
 Q("khoảng 650 tấn", 650, "tấn", "approx"), Q("1.200 cây sao đen, muồng hoàng yến", 1200, "cây sao đen, muồng hoàng yến"),
 Q("khoảng 2 tấn", 2, "tấn", "approx"), Q("3.000 cây giống", 3000, "cây giống"), Q("45 thành viên", 45, "thành viên"),
 Q("350 đoàn viên", 350, "đoàn viên"), Q("150 triệu đồng", 150000000, "đồng")],
[D("Kế hoạch", "03", "KH/TĐTN", "2026-01-15", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 03-KH/TĐTN ngày 15/01/2026")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Nam Gia Nghĩa"), com("Quảng Khê"), com("Lạc Dương"), com("Mũi Né")],
["TỈNH ĐOÀN LÂM ĐỒNG", "Trang chủ >> Tin tức >> Phong trào", "Các đại biểu trồng cây tại phường Nam Gia Nghĩa.",
 "Tết trồng cây đời đời nhớ ơn Bác Hồ", "Ngày Chủ nhật xanh", "Xanh - sạch - đẹp", "Thanh niên K'Ho giữ rừng", "Tôi trồng cây xanh"],
["Thứ Hai, 23/02/2026, 09:15", "mùng 6 Tết Bính Ngọ", "Xuân Bính Ngọ 2026", "đợt 1 năm 2026", "ba tỉnh",
 "giai đoạn 2026 - 2030", "Năm 2025", "tháng 3/2026", "ít nhất 1 tuyến đường"]))

PAGES.append(page("b3387-danang-mttq-giamsat-2026", """
ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ ĐÀ NẴNG
Bạn đang ở: Trang chủ / Giám sát - Phản biện
Thứ Sáu, 27/3/2026 - 10:40
Giám sát phân loại rác tại nguồn ở phường Hội An Tây và xã Tân Hiệp
Ngày 25/3/2026, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Đà Nẵng do bà Trần Thị Thanh Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Chủ tịch Hội LHPN thành phố làm trưởng đoàn, đã giám sát việc thực hiện phân loại chất thải rắn sinh hoạt tại nguồn tại phường Hội An Tây và xã Tân Hiệp (Cù Lao Chàm), theo chương trình giám sát năm 2026.
Đoàn giám sát kiểm tra điểm tập kết rác tại xã Tân Hiệp.
Cùng đi có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam thành phố: Bhling Mia, Alăng Thị Mai, Huỳnh Văn Tâm; đại diện Sở Nông nghiệp và Môi trường.
Báo cáo với đoàn, ông Nguyễn Văn Lộc, Chủ tịch UBND phường Hội An Tây, cho biết thực hiện Quyết định số 45/2025/QĐ-UBND của UBND thành phố về quản lý chất thải rắn sinh hoạt, phường đã triển khai phân loại rác thành 3 nhóm ở 100% khối phố; có khoảng 5.200/6.100 hộ thực hiện, đạt 85%. Lượng rác phải chôn lấp giảm khoảng 30% so với năm 2025. Phường thu phí vệ sinh hộ gia đình 25.000 đồng/tháng.
Tại xã Tân Hiệp, bà Lê Thị Thu, Phó Chủ tịch UBND xã, cho biết xã duy trì mô hình "Nói không với túi ni lông" từ năm 2009; mỗi năm đón hơn 400.000 lượt khách, lượng rác thải nhựa phát sinh trên đảo giảm còn khoảng 0,5 tấn/ngày. Hội LHPN xã có 11 tổ phụ nữ thu gom rác, mỗi tháng thu gom, phân loại khoảng 6 tấn phế liệu.
Qua giám sát, đoàn ghi nhận một số hạn chế: còn khoảng 900 hộ chưa phân loại; phương tiện vận chuyển rác đã phân loại chưa tách riêng, làm giảm lòng tin của người dân. Đoàn đề nghị UBND phường, xã thực hiện đúng Nghị định số 05/2025/NĐ-CP của Chính phủ sửa đổi, bổ sung Nghị định 08/2022/NĐ-CP; công khai lịch thu gom rác theo từng loại.
Kết luận buổi giám sát, bà Trần Thị Thanh Hương đề nghị Ủy ban MTTQ phường, xã phát huy vai trò các khối phố, thôn trong vận động, gắn với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và phong trào "Ngày Chủ nhật xanh"; kiến nghị thành phố đầu tư thêm 2 xe chuyên dụng chở rác hữu cơ.
Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam thành phố, làm căn cứ kiến nghị các cơ quan chức năng trong quý II/2026.
Đoàn giám sát cũng đến thăm, làm việc với Chi hội phụ nữ thôn Bãi Làng, nơi hội viên tự nguyện thu gom rác trên bãi biển mỗi sáng thứ Bảy.
Ngọc Hà
Lượt xem: 542
Tin khác
- Hội nghị phản biện dự thảo quy định phí vệ sinh (12/03/2026)
- MTTQ thành phố giám sát thực hiện chính sách bảo hiểm y tế (05/03/2026)
- Gặp mặt chức sắc tôn giáo đầu xuân Bính Ngọ (26/02/2026)
""", "2026-03-27", "Giám sát phân loại rác tại nguồn ở phường Hội An Tây và xã Tân Hiệp",
E("giam_sat", "2026", "2026-03-25"),
[P("Trần Thị Thanh Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Chủ tịch Hội LHPN thành phố"),
 P("Bhling Mia", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam thành phố"),
 P("Alăng Thị Mai", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam thành phố"),
 P("Huỳnh Văn Tâm", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam thành phố"),
 P("Nguyễn Văn Lộc", "Chủ tịch UBND phường Hội An Tây"),
 P("Lê Thị Thu", "Phó Chủ tịch UBND xã")],
[Q("3 nhóm", 3, "nhóm"), Q("100% khối phố", 100, "%"), Q("khoảng 5.200/6.100 hộ", 5200, "hộ", "approx"),
 Q("85%", 85, "%"), Q("khoảng 30%", 30, "%", "approx"), Q("25.000 đồng", 25000, "đồng"),
 Q("hơn 400.000 lượt khách", 400000, "lượt khách", "over"), Q("khoảng 0,5 tấn", 0.5, "tấn", "approx"),
 Q("11 tổ phụ nữ thu gom rác", 11, "tổ phụ nữ thu gom rác"), Q("khoảng 6 tấn", 6, "tấn", "approx"),
 Q("khoảng 900 hộ", 900, "hộ", "approx"), Q("2 xe chuyên dụng chở rác hữu cơ", 2, "xe chuyên dụng")],
[D("Quyết định", "45", "2025/QĐ-UBND", None, "UBND thành phố", "Quyết định số 45/2025/QĐ-UBND"),
 D("Nghị định", "05", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 05/2025/NĐ-CP"),
 D("Nghị định", "08", "2022/NĐ-CP", None, None, "Nghị định 08/2022/NĐ-CP")],
[prov("Đà Nẵng"), com("Hội An Tây"), com("Tân Hiệp")],
["ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ ĐÀ NẴNG", "Bạn đang ở: Trang chủ / Giám sát - Phản biện",
 "Đoàn giám sát kiểm tra điểm tập kết rác tại xã Tân Hiệp.", "Cù Lao Chàm", "Nói không với túi ni lông",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngày Chủ nhật xanh", "Lượt xem: 542"],
["Thứ Sáu, 27/3/2026 - 10:40", "năm 2026", "năm 2025", "từ năm 2009", "quý II/2026", "Lượt xem: 542"]))

PAGES.append(page("b3388-khanhhoa-hlhpn-taphuan-2026", """
Hội LHPN tỉnh Khánh Hòa
Trang chủ | Hoạt động các cấp Hội | Tin cơ sở
16-04-2026 15:25
Học viên thực hành phân loại rác tại lớp tập huấn. Ảnh: P.T
Tập huấn kỹ năng phân loại rác cho tổ trưởng tổ phụ nữ vùng đồng bào Raglai
Trong 2 ngày 14 - 15/4/2026, tại xã Bác Ái Tây, Hội LHPN tỉnh Khánh Hòa phối hợp Sở Nông nghiệp và Môi trường tổ chức lớp tập huấn "Phụ nữ vùng dân tộc thiểu số phân loại, xử lý rác thải tại nguồn" năm 2026 cho 85 học viên là tổ trưởng tổ phụ nữ thu gom rác, chi hội trưởng phụ nữ các thôn thuộc các xã Bác Ái Tây, Bác Ái Đông, Phước Hà, Ma Nới.
Lớp tập huấn thuộc Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" của Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, triển khai theo Kế hoạch số 26/KH-HPN ngày 06/02/2026 của Ban Thường vụ Hội LHPN tỉnh.
Phát biểu khai mạc, bà Pinăng Thị Hoa, Ủy viên Ban Thường vụ, Trưởng ban Dân tộc - Tôn giáo Hội LHPN tỉnh cho biết, sau hợp nhất tỉnh Khánh Hòa và Ninh Thuận, vùng đồng bào Raglai, Chăm của tỉnh có khoảng 28.000 hộ, nhiều thôn chưa có dịch vụ thu gom rác. Năm 2025, Hội đã hỗ trợ thành lập 42 tổ phụ nữ thu gom rác với 630 thành viên, trao 1.500 thùng ủ phân hữu cơ trị giá hơn 270 triệu đồng.
Các học viên được ThS. Quảng Thị Hương, giảng viên Trường Đại học Nha Trang, hướng dẫn Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ quy định chi tiết một số điều của Luật Bảo vệ môi trường và cách phân loại rác thành 3 loại; thực hành ủ phân hữu cơ bằng chế phẩm sinh học tại 3 hộ ở thôn Suối Rớ.
Chị Chamaléa Thị Xuân, tổ trưởng tổ phụ nữ thu gom rác thôn Suối Rớ, xã Bác Ái Tây, chia sẻ: "Tổ có 14 chị em, mỗi tuần đi gom rác 2 lần. Trước đây bà con vứt rác xuống suối, giờ đã biết để riêng chai nhựa bán lấy tiền, mỗi tháng được khoảng 600.000 đồng bỏ vào quỹ tổ".
Bế mạc lớp tập huấn, bà Nguyễn Thị Thanh Thủy, Phó Chủ tịch Hội LHPN tỉnh, đề nghị mỗi học viên về tổ chức ít nhất 1 buổi sinh hoạt chuyên đề tại thôn trong quý II/2026; các cấp Hội phối hợp Đoàn Thanh niên tổ chức "Ngày Chủ nhật xanh" ở các thôn vùng cao. Ban tổ chức trao 85 bộ tài liệu và 170 thùng rác phân loại cho học viên.
Theo kế hoạch, trong năm 2026 Hội LHPN tỉnh sẽ tổ chức 6 lớp tập huấn tương tự tại các xã miền núi phía Tây.
Phương Thảo
Lượt truy cập: 21.045
Tin cùng chuyên mục
- Hội LHPN tỉnh trao 10 căn nhà "Mái ấm tình thương" (05/04/2026)
- Ra mắt mô hình "Chợ không túi ni lông" ở Ninh Hải (28/03/2026)
- Phụ nữ Cam Lâm ra quân trồng 2.000 cây xanh (20/03/2026)
""", "2026-04-16", "Tập huấn kỹ năng phân loại rác cho tổ trưởng tổ phụ nữ vùng đồng bào Raglai",
E("tap_huan", "2026", "2026-04-14"),
[P("Pinăng Thị Hoa", "Ủy viên Ban Thường vụ", "Trưởng ban Dân tộc - Tôn giáo Hội LHPN tỉnh"),
 P("Quảng Thị Hương", "ThS.", "giảng viên Trường Đại học Nha Trang"),
 P("Chamaléa Thị Xuân", "tổ trưởng tổ phụ nữ thu gom rác thôn Suối Rớ"),
 P("Nguyễn Thị Thanh Thủy", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("85 học viên", 85, "học viên"), Q("khoảng 28.000 hộ", 28000, "hộ", "approx"), Q("42 tổ phụ nữ thu gom rác", 42, "tổ phụ nữ thu gom rác"),
 Q("630 thành viên", 630, "thành viên"), Q("1.500 thùng ủ phân hữu cơ", 1500, "thùng ủ phân hữu cơ"),
 Q("hơn 270 triệu đồng", 270000000, "đồng", "over"), Q("3 loại", 3, "loại"), Q("3 hộ", 3, "hộ"),
 Q("14 chị em", 14, "chị em"), Q("khoảng 600.000 đồng", 600000, "đồng", "approx"), Q("85 bộ tài liệu", 85, "bộ tài liệu"),
 Q("170 thùng rác phân loại", 170, "thùng rác phân loại"), Q("6 lớp tập huấn", 6, "lớp tập huấn")],
[D("Kế hoạch", "26", "KH-HPN", "2026-02-06", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 26/KH-HPN ngày 06/02/2026"),
 D("Nghị định", "08", "2022/NĐ-CP", "2022-01-10", "Chính phủ", "Nghị định số 08/2022/NĐ-CP ngày 10/01/2022")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Bác Ái Tây"), com("Bác Ái Đông"), com("Phước Hà"), com("Ma Nới")],
["Hội LHPN tỉnh Khánh Hòa", "Trang chủ | Hoạt động các cấp Hội | Tin cơ sở", "Học viên thực hành phân loại rác tại lớp tập huấn. Ảnh: P.T",
 "Phụ nữ vùng dân tộc thiểu số phân loại, xử lý rác thải tại nguồn", "Dự án 8",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Luật Bảo vệ môi trường", "Ngày Chủ nhật xanh", "Lượt truy cập: 21.045"],
["16-04-2026 15:25", "2 ngày 14 - 15/4/2026", "Dự án 8", "năm 2026", "Năm 2025", "2 lần", "quý II/2026", "ít nhất 1 buổi sinh hoạt chuyên đề", "Lượt truy cập: 21.045"]))
