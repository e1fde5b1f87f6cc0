from lib import *
PAGES = []

PAGES.append(page("b5831-hue-mttq-traoqua-2025", """
BÁO HUẾ ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ THÀNH PHỐ HUẾ
Xã hội » Chung tay vì người nghèo
Cập nhật: 09:42, 27/11/2025 (GMT+7)
Ảnh: Trao quà cho người dân phường Hóa Châu.
Trao hơn 1.600 phần quà cho người dân vùng lũ phía Bắc thành phố
Ngày 26/11, Ủy ban MTTQ Việt Nam thành phố Huế phối hợp với Ủy ban MTTQ Việt Nam thành phố Hà Nội trao 1.650 phần quà cho người dân bị thiệt hại trong đợt mưa lũ lịch sử cuối tháng 10 và đầu tháng 11/2025 tại phường Hóa Châu, phường Dương Nỗ và xã Quảng Điền.
Tham dự có các đồng chí: Phan Thiên Định, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố Huế; Nguyễn Lan Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội; Trần Văn Hòa, Bí thư Đảng ủy, Chủ tịch HĐND phường Hóa Châu.
Mỗi phần quà trị giá 1 triệu đồng gồm tiền mặt và nhu yếu phẩm; tổng trị giá hơn 1,65 tỷ đồng. Ngoài ra, Ủy ban MTTQ Việt Nam thành phố Hà Nội trao 3 tỷ đồng hỗ trợ sửa chữa 60 căn nhà hư hỏng nặng và xây mới 12 căn nhà bị lũ cuốn trôi, mỗi căn 100 triệu đồng.
Theo báo cáo của Ủy ban MTTQ Việt Nam thành phố Huế, đợt lũ đã làm hơn 131.000 ngôi nhà bị ngập, 22 người chết và mất tích; riêng phường Hóa Châu có 3.420 hộ bị ngập sâu từ 1,5 đến 2,5 m. Thực hiện Kế hoạch số 305-KH/TU của Ban Thường vụ Thành ủy và Hướng dẫn số 12/HD-MTTQ-BTT ngày 06/11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố, đến nay Ban Vận động cứu trợ thành phố đã tiếp nhận gần 96 tỷ đồng, đã phân bổ khoảng 71% cho 40 xã, phường.
Bà Nguyễn Thị Sen, 74 tuổi, ở tổ dân phố Đông Phú, phường Hóa Châu, nhận quà trong xúc động: "Nhà tôi nước lên tới mái, mất hết đồ đạc, may có bà con khắp nơi giúp đỡ". Ông Trần Văn Hòa cho biết phường đã huy động 450 lượt đoàn viên, cựu chiến binh cùng 2 xe chuyên dụng dọn bùn, vệ sinh 27 trường học, trạm y tế.
Đồng chí Phan Thiên Định cảm ơn tình cảm của Nhân dân Thủ đô, đồng thời đề nghị Ủy ban MTTQ các phường, xã công khai danh sách người nhận, trao tận tay, đúng đối tượng; ưu tiên hộ nghèo, gia đình chính sách, người cao tuổi sống một mình.
Cùng ngày, đoàn đến thăm, tặng quà 5 gia đình có người mất trong lũ tại xã Quảng Điền, mỗi gia đình 10 triệu đồng. Thông tin từ Ủy ban MTTQ xã cho biết, nhiều thôn ven phá Tam Giang vẫn còn bùn non dày hơn 20 cm, người dân đang cần vôi bột, giống rau màu và thuốc khử trùng.
Minh Hiền
Tin liên quan
- Huế: hơn 131.000 ngôi nhà bị ngập trong đợt lũ lịch sử (05/11/2025)
- Thành đoàn huy động 3.000 đoàn viên giúp dân sau lũ (10/11/2025)
- Mặt trận thành phố kêu gọi ủng hộ người dân vùng lũ (01/11/2025)
- Phường Dương Nỗ khẩn trương khắc phục sạt lở bờ sông (18/11/2025)
""", "2025-11-27", "Trao hơn 1.600 phần quà cho người dân vùng lũ phía Bắc thành phố",
E("trao_qua", None, "2025-11-26"),
[P("Phan Thiên Định", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố Huế"),
 P("Nguyễn Lan Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội"),
 P("Trần Văn Hòa", "Bí thư Đảng ủy", "Chủ tịch HĐND phường Hóa Châu"),
 P("Nguyễn Thị Sen")],
[Q("1.650 phần quà", 1650, "phần quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("hơn 1,65 tỷ đồng", 1650000000, "đồng", "over"),
 Q("3 tỷ đồng", 3000000000, "đồng"), Q("60 căn nhà", 60, "căn nhà"), Q("12 căn nhà", 12, "căn nhà"), Q("100 triệu đồng", 100000000, "đồng"),
 Q("hơn 131.000 ngôi nhà", 131000, "ngôi nhà", "over"), Q("22 người", 22, "người"), Q("3.420 hộ", 3420, "hộ"),
 Q("gần 96 tỷ đồng", 96000000000, "đồng", "approx"), Q("khoảng 71%", 71, "%", "approx"), Q("40 xã, phường", 40, "xã, phường"),
 Q("450 lượt đoàn viên, cựu chiến binh", 450, "lượt đoàn viên, cựu chiến binh"), Q("2 xe chuyên dụng", 2, "xe chuyên dụng"),
 Q("27 trường học, trạm y tế", 27, "trường học, trạm y tế"), Q("5 gia đình", 5, "gia đình"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("hơn 20 cm", 20, "cm", "over")],
[D("Kế hoạch", "305", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch số 305-KH/TU"),
 D("Hướng dẫn", "12", "HD-MTTQ-BTT", "2025-11-06", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Hướng dẫn số 12/HD-MTTQ-BTT ngày 06/11/2025")],
[prov("Huế"), prov("Hà Nội"), com("Hóa Châu"), com("Dương Nỗ"), com("Quảng Điền")],
["BÁO HUẾ ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ THÀNH PHỐ HUẾ", "Xã hội » Chung tay vì người nghèo", "Ảnh: Trao quà cho người dân phường Hóa Châu.",
 "Ban Vận động cứu trợ thành phố", "Nhân dân Thủ đô"],
["Cập nhật: 09:42, 27/11/2025 (GMT+7)", "tháng 11/2025", "74 tuổi", "1,5 đến 2,5 m"]))

PAGES.append(page("b5832-quangngai-mttq-giaoban-2025", """
Báo và Phát thanh, Truyền hình Quảng Ngãi
Thời sự › Mặt trận - Đoàn thể
26/12/2025 06:00
Giao ban Mặt trận quý IV: dồn sức dựng lại nhà cho người dân sau lũ
Quang cảnh buổi giao ban tại điểm cầu tỉnh.
Chiều 25/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi tổ chức giao ban trực tuyến công tác Mặt trận quý IV năm 2025 với 96 điểm cầu xã, phường, đặc khu. Chủ trì có đồng chí Đinh Thị Hồng Minh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Y Thị Ngọc Lan, Phạm Văn Trung, A Bảo.
Báo cáo cho biết, đợt mưa lũ cuối tháng 10 và tháng 11/2025 đã làm 418 căn nhà ở Quảng Ngãi bị sập, cuốn trôi, hơn 9.800 ngôi nhà hư hỏng, tập trung ở các xã miền núi phía Tây như Sơn Tây Thượng, Ba Vì, Đăk Plô và các phường ven biển. Thực hiện Chiến dịch "Quang Trung" theo Công điện của Thủ tướng Chính phủ và Kế hoạch số 14-KH/TU ngày 02/12/2025 của Ban Thường vụ Tỉnh ủy, Mặt trận các cấp đã phối hợp khởi công 392 căn nhà, hoàn thành 215 căn, đạt 51,4%; huy động khoảng 6.300 lượt cán bộ, chiến sĩ, đoàn viên tham gia ngày công.
Trong quý, Ban Vận động cứu trợ tỉnh tiếp nhận hơn 182 tỷ đồng, đã phân bổ khoảng 147 tỷ đồng theo Quyết định số 1024/QĐ-MTTQ-BTT và Quyết định số 1025/QĐ-MTTQ-BTT ngày 20/11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; mỗi căn nhà xây mới được hỗ trợ 60 triệu đồng, sửa chữa nặng 30 triệu đồng.
Tại giao ban, ông Hồ Văn Bốn, Chủ tịch Ủy ban MTTQ Việt Nam xã Sơn Tây Thượng, người Ca Dong, cho biết xã còn 37 hộ đang ở nhờ, vật liệu vận chuyển khó khăn vì đường sạt lở. Bà Nguyễn Thị Kim Thoa, Chủ tịch Ủy ban MTTQ Việt Nam phường Trương Quang Trọng, đề nghị bổ sung nguồn xây nhà cộng đồng tránh lũ. Ông A Lê, Trưởng ban công tác Mặt trận thôn Kon Hia, xã Đăk Plô, chia sẻ bà con đã góp 120 cây gỗ, 300 ngày công giúp hộ mất nhà.
Kết luận giao ban, đồng chí Đinh Thị Hồng Minh yêu cầu Mặt trận các xã, phường bám sát mục tiêu hoàn thành 100% nhà xây mới trước ngày 31/01/2026 để người dân đón Tết trong nhà mới; thực hiện nghiêm Quy chế phối hợp số 09/QCPH-MTTQ-UBND về giám sát việc sử dụng nguồn hỗ trợ; chuẩn bị tổng kết công tác Mặt trận năm 2025.
Có 5 điểm cầu đã phát biểu, kiến nghị các vấn đề về định mức hỗ trợ vận chuyển vật liệu lên vùng cao, việc cấp đất ở cho hộ phải di dời. Các ý kiến được Ban Thường trực tổng hợp, báo cáo Thường trực Tỉnh ủy, UBND tỉnh.
Thiện Hạ
Tin liên quan
- Khởi công xây nhà cho người dân mất nhà do lũ ở xã Ba Vì (08/12/2025)
- Quảng Ngãi: hơn 9.800 ngôi nhà hư hỏng sau lũ (15/11/2025)
- Tổng kết công tác Mặt trận năm 2025 tại phường Cẩm Thành (20/12/2025)
""", "2025-12-26", "Giao ban Mặt trận quý IV: dồn sức dựng lại nhà cho người dân sau lũ",
E("giao_ban", "2025-Q4", "2025-12-25"),
[P("Đinh Thị Hồng Minh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thị Ngọc Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Văn Trung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Bảo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Bốn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Sơn Tây Thượng"),
 P("Nguyễn Thị Kim Thoa", "Chủ tịch Ủy ban MTTQ Việt Nam phường Trương Quang Trọng"),
 P("A Lê", "Trưởng ban công tác Mặt trận thôn Kon Hia")],
[Q("96 điểm cầu xã, phường, đặc khu", 96, "điểm cầu xã, phường, đặc khu"), Q("418 căn nhà", 418, "căn nhà"),
 Q("hơn 9.800 ngôi nhà", 9800, "ngôi nhà", "over"), Q("392 căn nhà", 392, "căn nhà"), Q("215 căn", 215, "căn"), Q("51,4%", 51.4, "%"),
 Q("khoảng 6.300 lượt cán bộ, chiến sĩ, đoàn viên", 6300, "lượt cán bộ, chiến sĩ, đoàn viên", "approx"),
 Q("hơn 182 tỷ đồng", 182000000000, "đồng", "over"), Q("khoảng 147 tỷ đồng", 147000000000, "đồng", "approx"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"), Q("37 hộ", 37, "hộ"), Q("120 cây gỗ", 120, "cây gỗ"),
 Q("300 ngày công", 300, "ngày công"), Q("100%", 100, "%"), Q("5 điểm cầu", 5, "điểm cầu")],
[D("Kế hoạch", "14", "KH/TU", "2025-12-02", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 14-KH/TU ngày 02/12/2025"),
 D("Quyết định", "1024", "QĐ-MTTQ-BTT", "2025-11-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 1024/QĐ-MTTQ-BTT"),
 D("Quyết định", "1025", "QĐ-MTTQ-BTT", "2025-11-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 1025/QĐ-MTTQ-BTT ngày 20/11/2025"),
 D("Quy chế phối hợp", "09", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 09/QCPH-MTTQ-UBND")],
[prov("Quảng Ngãi"), com("Sơn Tây Thượng"), com("Ba Vì"), com("Đăk Plô"), com("Trương Quang Trọng")],
["Báo và Phát thanh, Truyền hình Quảng Ngãi", "Thời sự › Mặt trận - Đoàn thể", "Quang cảnh buổi giao ban tại điểm cầu tỉnh.",
 "Quang Trung", "Ban Vận động cứu trợ tỉnh"],
["26/12/2025 06:00", "quý IV năm 2025", "tháng 11/2025", "ngày 31/01/2026", "năm 2025"]))

PAGES.append(page("b5833-gialai-btgdv-tongket-2025", """
Hôm nay: Thứ Bảy, 17/01/2026
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI
You are here: Trang chủ > Dân vận > Tin hoạt động
Ngày 16/01/2026 | 14:10
Tổng kết công tác dân vận năm 2025: vượt qua thiên tai, giữ vững lòng dân
Đồng chí Rơ Châm H'Yim phát biểu kết luận hội nghị.
Ngày 15/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị tổng kết công tác dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Rơ Châm H'Yim, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Nguyễn Thị Thanh Lịch, Ksor Nhơ, Võ Ngọc Thành.
Năm 2025 là năm đầu tiên tỉnh Gia Lai mới (hợp nhất Gia Lai và Bình Định) vận hành chính quyền địa phương hai cấp với 135 xã, phường. Cùng với việc ổn định bộ máy, tỉnh phải gánh chịu bão số 13 (Kalmaegi) và đợt mưa lũ lớn tháng 11, làm 9 người chết, hơn 2.700 ngôi nhà bị sập, tốc mái nặng ở các xã, phường ven biển như Nhơn Lý, Quy Nhơn Đông, Đề Gi và các xã phía Tây như Ia Pa, Krông.
Khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 07, 08-CT/TU về công tác dân vận trong khắc phục hậu quả thiên tai và về vận động Nhân dân thực hiện chính quyền địa phương hai cấp; Ủy ban MTTQ Việt Nam tỉnh tiếp nhận hơn 215 tỷ đồng ủng hộ, đã hỗ trợ xây mới 612 căn nhà, sửa chữa 2.140 căn. Phong trào "Dân vận khéo" có 368 mô hình, trong đó 54 mô hình tiêu biểu; cả năm tiếp nhận 142 đơn thư, giải quyết 131 đơn.
Tham luận tại hội nghị, ông Đinh Văn Lơi, Bí thư Đảng ủy xã Krông, người Bahnar, cho biết nhờ già làng, người có uy tín vận động, 86 hộ ở vùng sạt lở đã di dời an toàn trước lũ. Bà Nguyễn Thị Ngọc Hân, Trưởng ban Xây dựng Đảng Đảng ủy phường Quy Nhơn Đông, chia sẻ cách tổ chức 14 tổ dân vận hỗ trợ ngư dân sau bão. Ông Rah Lan Hiếu, người có uy tín làng Plei Ơi, xã Ia Pa, được tuyên dương vì đã vận động 23 hộ hiến 6.400 m2 đất làm khu tái định cư.
Phát biểu kết luận, đồng chí Rơ Châm H'Yim đề nghị năm 2026 khối dân vận tiếp tục thực hiện Kết luận số 142-KL/TW của Bộ Chính trị về phát huy sức mạnh đại đoàn kết; Quy định số 304-QĐ/TW của Ban Bí thư về chức năng, nhiệm vụ của ban tuyên giáo và dân vận cấp tỉnh; tập trung vận động Nhân dân tham gia bầu cử đại biểu Quốc hội và HĐND các cấp nhiệm kỳ 2026 - 2031; không để hộ dân nào bị ảnh hưởng thiên tai không có nhà ở đón Tết.
Dịp này, 32 tập thể và 57 cá nhân được Ban Thường vụ Tỉnh ủy tặng giấy khen vì thành tích trong phòng, chống và khắc phục hậu quả thiên tai năm 2025.
H'Nhi - Quang Tấn
Lượt truy cập: 51.206
Tin khác
- Gia Lai: hoàn thành xây nhà cho hộ mất nhà do lũ trước Tết (08/01/2026)
- Người có uy tín vùng đồng bào Jrai góp sức khắc phục hậu quả bão (22/12/2025)
- Hội nghị tổng kết công tác Mặt trận năm 2025 (18/12/2025)
""", "2026-01-16", "Tổng kết công tác dân vận năm 2025: vượt qua thiên tai, giữ vững lòng dân",
E("tong_ket", "2025", "2026-01-15"),
[P("Rơ Châm H'Yim", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thanh Lịch", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ksor Nhơ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Võ Ngọc Thành", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Văn Lơi", "Bí thư Đảng ủy xã Krông"),
 P("Nguyễn Thị Ngọc Hân", "Trưởng ban Xây dựng Đảng Đảng ủy phường Quy Nhơn Đông"),
 P("Rah Lan Hiếu", "người có uy tín làng Plei Ơi")],
[Q("135 xã, phường", 135, "xã, phường"), Q("9 người", 9, "người"), Q("hơn 2.700 ngôi nhà", 2700, "ngôi nhà", "over"),
 Q("hơn 215 tỷ đồng", 215000000000, "đồng", "over"), Q("612 căn nhà", 612, "căn nhà"), Q("2.140 căn", 2140, "căn"),
 Q("368 mô hình", 368, "mô hình"), Q("54 mô hình tiêu biểu", 54, "mô hình tiêu biểu"), Q("142 đơn thư", 142, "đơn thư"), Q("131 đơn", 131, "đơn"),
 Q("86 hộ", 86, "hộ"), Q("14 tổ dân vận", 14, "tổ dân vận"), Q("23 hộ", 23, "hộ"), Q("6.400 m2", 6400, "m2"),
 Q("32 tập thể", 32, "tập thể"), Q("57 cá nhân", 57, "cá nhân")],
[D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Kết luận", "142", "KL/TW", None, "Bộ Chính trị", "Kết luận số 142-KL/TW"),
 D("Quy định", "304", "QĐ/TW", None, "Ban Bí thư", "Quy định số 304-QĐ/TW")],
[prov("Gia Lai"), prov("Bình Định"), com("Nhơn Lý"), com("Quy Nhơn Đông"), com("Đề Gi"), com("Ia Pa"), com("Krông")],
["Hôm nay: Thứ Bảy, 17/01/2026", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI", "You are here: Trang chủ > Dân vận > Tin hoạt động",
 "Đồng chí Rơ Châm H'Yim phát biểu kết luận hội nghị.", "Dân vận khéo", "Kalmaegi", "Lượt truy cập: 51.206"],
["Ngày 16/01/2026 | 14:10", "năm 2025", "năm 2026", "bão số 13", "tháng 11", "nhiệm kỳ 2026 - 2031", "Năm 2025", "hai cấp", "Lượt truy cập: 51.206"]))

PAGES.append(page("b5834-daklak-xa-doithoai-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÒA THỊNH - TỈNH ĐẮK LẮK
Trang chủ :: Tin tức :: Hoạt động của Đảng ủy
Thứ Sáu, 13/03/2026 - 16:30
Ảnh: Bí thư Đảng ủy xã trả lời ý kiến của người dân.
Đối thoại với Nhân dân về tái định cư và khôi phục sản xuất sau lũ
Sáng 12/3, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Hòa Thịnh tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2026. Chủ trì có đồng chí Trần Quốc Việt, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Lê Thị Mỹ Dung, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; dự có đồng chí H'Linh Niê, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk.
Hội nghị có 210 đại biểu là người dân các thôn Mỹ Thạnh, Phước Mỹ, Ngọc Phong - nơi chịu thiệt hại nặng nhất trong đợt lũ lịch sử trên sông Ba tháng 11/2025. Theo báo cáo, đợt lũ làm 6 người ở xã chết, 87 căn nhà bị sập, cuốn trôi, 1.930 ngôi nhà bị ngập sâu; hơn 640 ha lúa, hoa màu mất trắng, khoảng 12.000 con gia súc, gia cầm bị chết.
Thực hiện Kế hoạch số 45-KH/ĐU của Đảng ủy xã và Quyết định số 318/QĐ-UBND ngày 15/12/2025 của UBND tỉnh về bố trí dân cư vùng thiên tai, xã đã hoàn thành xây mới 87 căn nhà trước Tết, mỗi căn được hỗ trợ 80 triệu đồng từ nguồn của Ban Vận động cứu trợ tỉnh và các nhà tài trợ; 52 hộ thuộc diện di dời đã được giao đất tại khu tái định cư Gò Thị, mỗi lô 250 m2.
Tại hội nghị, người dân nêu 18 ý kiến. Ông Nguyễn Văn Sáu, thôn Mỹ Thạnh, hỏi về thời gian làm đường, kéo điện vào khu tái định cư; bà Ksor H'Bia, người Jrai, thôn Ngọc Phong, kiến nghị hỗ trợ giống bò thay cho đàn bò bị lũ cuốn. Đồng chí Lê Thị Mỹ Dung trả lời: đường vào khu tái định cư sẽ hoàn thành trong quý II; xã đã đề nghị tỉnh hỗ trợ 150 con bò giống theo Nghị định số 09/2025/NĐ-CP của Chính phủ về chính sách hỗ trợ sản xuất nông nghiệp để khôi phục sản xuất sau thiên tai, dự kiến cấp trước tháng 6.
Ông Y Thuân Mlô, người có uy tín thôn Ngọc Phong, đề nghị xây 1 nhà cộng đồng tránh lũ kiên cố. Đồng chí Trần Quốc Việt tiếp thu, giao Ủy ban MTTQ Việt Nam xã phối hợp vận động nguồn xã hội hóa, phấn đấu khởi công trong năm 2026.
Kết thúc đối thoại, 15 ý kiến đã được trả lời trực tiếp; 3 ý kiến thuộc thẩm quyền cấp tỉnh được tổng hợp, báo cáo theo Quy định số 11-QĐi/TW của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân.
Phòng Văn hóa - Xã hội xã
Lượt xem: 417
Tin liên quan
- Hòa Thịnh bàn giao 87 căn nhà cho hộ mất nhà do lũ (05/02/2026)
- Hội nghị sơ kết công tác dân vận quý IV năm 2025 (30/12/2025)
- Xã Hòa Thịnh tiếp nhận hỗ trợ của TP Hồ Chí Minh (28/11/2025)
""", "2026-03-13", "Đối thoại với Nhân dân về tái định cư và khôi phục sản xuất sau lũ",
E("doi_thoai", "2026", "2026-03-12"),
[P("Trần Quốc Việt", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lê Thị Mỹ Dung", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("H'Linh Niê", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk"),
 P("Nguyễn Văn Sáu"),
 P("Ksor H'Bia"),
 P("Y Thuân Mlô", "người có uy tín thôn Ngọc Phong")],
[Q("210 đại biểu", 210, "đại biểu"), Q("6 người", 6, "người"), Q("87 căn nhà", 87, "căn nhà"), Q("1.930 ngôi nhà", 1930, "ngôi nhà"),
 Q("hơn 640 ha", 640, "ha", "over"), Q("khoảng 12.000 con gia súc, gia cầm", 12000, "con gia súc, gia cầm", "approx"),
 Q("80 triệu đồng", 80000000, "đồng"), Q("52 hộ", 52, "hộ"), Q("250 m2", 250, "m2"), Q("18 ý kiến", 18, "ý kiến"),
 Q("150 con bò giống", 150, "con bò giống"), Q("1 nhà cộng đồng tránh lũ", 1, "nhà cộng đồng tránh lũ"), Q("15 ý kiến", 15, "ý kiến"), Q("3 ý kiến", 3, "ý kiến")],
[D("Kế hoạch", "45", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 45-KH/ĐU"),
 D("Quyết định", "318", "QĐ-UBND", "2025-12-15", "UBND tỉnh", "Quyết định số 318/QĐ-UBND ngày 15/12/2025"),
 D("Nghị định", "09", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 09/2025/NĐ-CP"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW")],
[prov("Đắk Lắk"), com("Hòa Thịnh")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÒA THỊNH - TỈNH ĐẮK LẮK", "Trang chủ :: Tin tức :: Hoạt động của Đảng ủy", "Ảnh: Bí thư Đảng ủy xã trả lời ý kiến của người dân.",
 "Ban Vận động cứu trợ tỉnh", "Phòng Văn hóa - Xã hội xã", "Lượt xem: 417"],
["Thứ Sáu, 13/03/2026 - 16:30", "năm 2026", "tháng 11/2025", "quý II", "tháng 6", "Lượt xem: 417"]))

PAGES.append(page("b5835-khanhhoa-mttq-baocao-2025", """
Báo Khánh Hòa - Cơ quan của Đảng bộ tỉnh Khánh Hòa
Chính trị > Mặt trận - Đoàn thể
Cập nhật: 15:25, 06/02/2026 (GMT+7)
Người dân phường Bắc Nha Trang nhận tiền hỗ trợ sửa nhà. Ảnh: Văn Kỳ
Mặt trận tỉnh báo cáo kết quả vận động, phân bổ hơn 326 tỷ đồng khắc phục hậu quả mưa lũ năm 2025
Ngày 5/2/2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa ban hành Báo cáo số 36/BC-MTTQ-BTT về kết quả vận động, tiếp nhận và phân bổ nguồn ủng hộ khắc phục hậu quả thiên tai năm 2025, gửi Thường trực Tỉnh ủy, HĐND, UBND tỉnh và Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Theo báo cáo, năm 2025 tỉnh Khánh Hòa (sau hợp nhất với Ninh Thuận) chịu ảnh hưởng của 3 cơn bão và 2 đợt mưa lũ đặc biệt lớn trong tháng 11, làm 17 người chết và mất tích, hơn 34.000 ngôi nhà bị ngập, 512 căn nhà bị sập, cuốn trôi; nhiều xã như Diên Lạc, Khánh Vĩnh, Phước Hà, Ninh Phước bị chia cắt. Tổng thiệt hại ước khoảng 5.800 tỷ đồng.
Thực hiện Lời kêu gọi của Ủy ban MTTQ Việt Nam tỉnh và Kế hoạch số 211/KH-MTTQ-BTT ngày 21/11/2025, Ban Vận động cứu trợ tỉnh đã tiếp nhận hơn 326 tỷ đồng của 4.812 lượt tập thể, cá nhân, cùng hàng hóa trị giá khoảng 41 tỷ đồng. Đã phân bổ 298,6 tỷ đồng, đạt 91,6%: hỗ trợ xây mới 512 căn nhà, mỗi căn 70 triệu đồng; sửa chữa 3.260 căn nhà, mức bình quân 20 triệu đồng/căn; hỗ trợ 21.400 hộ bị ngập sâu mỗi hộ 2 triệu đồng; hỗ trợ 64 trường học, trạm y tế khôi phục hoạt động.
Báo cáo nêu việc phân bổ thực hiện theo Nghị định số 93/2021/NĐ-CP của Chính phủ, Hướng dẫn số 62/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; 100% xã, phường đã niêm yết công khai danh sách. Mặt trận các cấp tổ chức 146 cuộc giám sát, kịp thời chấn chỉnh 9 trường hợp bình xét chưa đúng. Ban Thường trực đánh giá cao Ủy ban MTTQ Việt Nam xã Phước Hà với cách làm "chia theo mực nước" được Nhân dân đồng tình.
Trả lời phóng viên, đồng chí Nguyễn Thị Thanh Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng Ban Vận động cứu trợ tỉnh cho biết: số tiền còn lại khoảng 27,4 tỷ đồng sẽ ưu tiên xây 8 nhà cộng đồng tránh lũ ở các xã miền núi của đồng bào Raglai, Chăm, trình Ban Thường trực quyết định trong quý I/2026. Bà Pinăng Thị Ky, Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hà, người Raglai, cho biết xã đã nhận 4,2 tỷ đồng, 41 hộ mất nhà đều đã có nhà mới đón Tết.
Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đàng Năng Thọ cho biết thêm, báo cáo đã được đăng tải đầy đủ trên Cổng thông tin điện tử của Mặt trận tỉnh để Nhân dân theo dõi, giám sát.
Văn Kỳ
Tin liên quan
- Khánh Hòa hoàn thành xây mới 512 căn nhà cho hộ bị lũ cuốn trôi (25/01/2026)
- Mặt trận tỉnh trao 2.000 phần quà Tết cho hộ vùng lũ (20/01/2026)
- Xã Phước Hà: người có uy tín vận động dân di dời khỏi vùng sạt lở (20/11/2025)
""", "2026-02-06", "Mặt trận tỉnh báo cáo kết quả vận động, phân bổ hơn 326 tỷ đồng khắc phục hậu quả mưa lũ năm 2025",
E("bao_cao", "2025", "2026-02-05"),
[P("Nguyễn Thị Thanh Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng Ban Vận động cứu trợ tỉnh"),
 P("Pinăng Thị Ky", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hà"),
 P("Đàng Năng Thọ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 326 tỷ đồng", 326000000000, "đồng", "over"), Q("3 cơn bão", 3, "cơn bão"), Q("2 đợt mưa lũ đặc biệt lớn", 2, "đợt mưa lũ đặc biệt lớn"),
 Q("17 người", 17, "người"), Q("hơn 34.000 ngôi nhà", 34000, "ngôi nhà", "over"), Q("512 căn nhà", 512, "căn nhà"),
 Q("khoảng 5.800 tỷ đồng", 5800000000000, "đồng", "approx"), Q("4.812 lượt tập thể, cá nhân", 4812, "lượt tập thể, cá nhân"),
 Q("khoảng 41 tỷ đồng", 41000000000, "đồng", "approx"), Q("298,6 tỷ đồng", 298600000000, "đồng"), Q("91,6%", 91.6, "%"),
 Q("70 triệu đồng", 70000000, "đồng"), Q("3.260 căn nhà", 3260, "căn nhà"), Q("20 triệu đồng/căn", 20000000, "đồng"), Q("21.400 hộ", 21400, "hộ"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("64 trường học, trạm y tế", 64, "trường học, trạm y tế"), Q("100%", 100, "%"), Q("146 cuộc giám sát", 146, "cuộc giám sát"),
 Q("9 trường hợp", 9, "trường hợp"), Q("khoảng 27,4 tỷ đồng", 27400000000, "đồng", "approx"), Q("8 nhà cộng đồng tránh lũ", 8, "nhà cộng đồng tránh lũ"),
 Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("41 hộ", 41, "hộ")],
[D("Báo cáo", "36", "BC-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa", "Báo cáo số 36/BC-MTTQ-BTT"),
 D("Kế hoạch", "211", "KH-MTTQ-BTT", "2025-11-21", None, "Kế hoạch số 211/KH-MTTQ-BTT ngày 21/11/2025"),
 D("Nghị định", "93", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 93/2021/NĐ-CP"),
 D("Hướng dẫn", "62", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 62/HD-MTTW-BTT")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Bắc Nha Trang"), com("Diên Lạc"), com("Khánh Vĩnh"), com("Phước Hà"), com("Ninh Phước")],
["Báo Khánh Hòa - Cơ quan của Đảng bộ tỉnh Khánh Hòa", "Chính trị > Mặt trận - Đoàn thể", "Người dân phường Bắc Nha Trang nhận tiền hỗ trợ sửa nhà. Ảnh: Văn Kỳ",
 "Lời kêu gọi của Ủy ban MTTQ Việt Nam tỉnh", "Ban Vận động cứu trợ tỉnh", "chia theo mực nước"],
["Cập nhật: 15:25, 06/02/2026 (GMT+7)", "năm 2025", "tháng 11", "quý I/2026"]))

PAGES.append(page("b5836-vinhlong-hlhpn-daihoi-2026", """
BÁO VĨNH LONG ĐIỆN TỬ
Trang chủ - Chính trị - Mặt trận, đoàn thể
Thứ Sáu, 24/04/2026 - 10:45
Đại hội Phụ nữ xã Long Hòa lần thứ I: phụ nữ vùng biển chủ động thích ứng thiên tai
Ban Chấp hành Hội LHPN xã khóa I ra mắt đại hội. Ảnh: Thảo Ly
Ngày 23/4, Hội Liên hiệp Phụ nữ xã Long Hòa (tỉnh Vĩnh Long) tổ chức Đại hội đại biểu Phụ nữ xã lần thứ I, nhiệm kỳ 2026 - 2031 - đại hội đầu tiên sau khi hợp nhất 3 xã Long Hòa, Long Khánh, Dân Thành cũ. Dự đại hội có bà Thạch Thị Sô Phi, Phó Chủ tịch Hội LHPN tỉnh; ông Kim Văn Rinh, Phó Bí thư Thường trực Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã cùng 150 đại biểu đại diện cho 4.862 hội viên.
Nhiệm kỳ qua, phụ nữ vùng biển Long Hòa phải đối mặt với triều cường, sạt lở bờ biển và lốc xoáy; riêng cơn lốc tháng 8/2025 làm 37 căn nhà bị tốc mái. Các cấp hội đã vận động hơn 180 triệu đồng giúp hội viên sửa nhà; hỗ trợ 26 căn "Mái ấm tình thương" trị giá khoảng 1,3 tỷ đồng; phối hợp giúp 312 hộ phụ nữ vay vốn với tổng dư nợ hơn 9,6 tỷ đồng. Hưởng ứng lời kêu gọi của Mặt trận, các chi hội đã quyên góp 46 triệu đồng và 2 tấn gạo gửi đồng bào miền Trung bị lũ lụt cuối năm 2025.
Thực hiện Nghị quyết số 05-NQ/ĐU của Đảng ủy xã về thích ứng với biến đổi khí hậu và Kế hoạch số 18-KH/HPN của Ban Thường vụ Hội LHPN tỉnh, hội đã xây dựng 9 tổ phụ nữ "Xanh - sạch - an toàn trước thiên tai", 3 câu lạc bộ sinh kế nuôi nghêu, sò huyết; 145 hội viên mới được kết nạp. Đại hội đề ra 10 chỉ tiêu, phấn đấu ít nhất 95% hội viên được tuyên truyền kỹ năng ứng phó thiên tai.
Thảo luận tại đại hội, nhiều đại biểu nêu khó khăn: sau hợp nhất, địa bàn rộng, nhiều ấp cách trung tâm xã hơn 15 km; một bộ phận hội viên là lao động tự do đi làm xa nên sinh hoạt chi hội không đều; nguồn vốn hỗ trợ sinh kế cho hộ bị thiệt hại do sạt lở còn ít. Đại hội thống nhất giải pháp sinh hoạt chi hội theo tổ liên gia, ứng dụng nhóm Zalo để thông tin nhanh khi có triều cường, lốc xoáy.
Đại hội đã bầu Ban Chấp hành khóa I gồm 19 bà. Bà Sơn Thị Kim Hoa được tín nhiệm giữ chức Chủ tịch Hội LHPN xã Long Hòa nhiệm kỳ 2026 - 2031; các bà Nguyễn Thị Bé Ba, Thạch Thị Sa Vy - Phó Chủ tịch Hội LHPN xã.
Phát biểu chỉ đạo, bà Thạch Thị Sô Phi đề nghị Hội tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị gắn với Kết luận số 12-KL/TW; vận động hội viên tham gia phong trào "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", cuộc vận động "Xây dựng gia đình 5 không, 3 sạch"; chú trọng tập hợp phụ nữ Khmer. Ông Kim Văn Rinh ghi nhận vai trò của phụ nữ trong đợt di dời 64 hộ ở vùng sạt lở ấp Cồn Trứng năm 2025.
Thảo Ly
Tin cùng chuyên mục
- Vĩnh Long: 100% cơ sở hội phụ nữ hoàn thành đại hội (20/04/2026)
- Hội LHPN tỉnh trao 50 căn Mái ấm tình thương cho hội viên nghèo (10/04/2026)
- Xã Long Hòa ra mắt tổ phụ nữ ứng phó thiên tai (26/03/2026)
- Đại hội Phụ nữ xã Dân Thành nhiệm kỳ 2021 - 2026 (15/05/2021)
""", "2026-04-24", "Đại hội Phụ nữ xã Long Hòa lần thứ I: phụ nữ vùng biển chủ động thích ứng thiên tai",
E("dai_hoi", None, "2026-04-23"),
[P("Thạch Thị Sô Phi", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Kim Văn Rinh", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Sơn Thị Kim Hoa", "Chủ tịch Hội LHPN xã Long Hòa nhiệm kỳ 2026 - 2031"),
 P("Nguyễn Thị Bé Ba", "Phó Chủ tịch Hội LHPN xã"),
 P("Thạch Thị Sa Vy", "Phó Chủ tịch Hội LHPN xã")],
[Q("3 xã", 3, "xã"), Q("150 đại biểu", 150, "đại biểu"), Q("4.862 hội viên", 4862, "hội viên"), Q("37 căn nhà", 37, "căn nhà"),
 Q("hơn 180 triệu đồng", 180000000, "đồng", "over"), Q("26 căn", 26, "căn"), Q("khoảng 1,3 tỷ đồng", 1300000000, "đồng", "approx"),
 Q("312 hộ phụ nữ", 312, "hộ phụ nữ"), Q("hơn 9,6 tỷ đồng", 9600000000, "đồng", "over"), Q("46 triệu đồng", 46000000, "đồng"),
 Q("2 tấn gạo", 2, "tấn"), Q("9 tổ phụ nữ", 9, "tổ phụ nữ"), Q("3 câu lạc bộ sinh kế", 3, "câu lạc bộ sinh kế"),
 Q("145 hội viên mới", 145, "hội viên mới"), Q("10 chỉ tiêu", 10, "chỉ tiêu"), Q("ít nhất 95%", 95, "%", "over"), Q("19 bà", 19, "bà"), Q("64 hộ", 64, "hộ"), Q("hơn 15 km", 15, "km", "over")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU"),
 D("Kế hoạch", "18", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 18-KH/HPN"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 05-CT/TW"),
 D("Kết luận", "12", "KL/TW", None, None, "Kết luận số 12-KL/TW")],
[prov("Vĩnh Long"), com("Long Hòa"), com("Long Khánh"), com("Dân Thành")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Trang chủ - Chính trị - Mặt trận, đoàn thể", "Ban Chấp hành Hội LHPN xã khóa I ra mắt đại hội. Ảnh: Thảo Ly",
 "Mái ấm tình thương", "Xanh - sạch - an toàn trước thiên tai", "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc",
 "Xây dựng gia đình 5 không, 3 sạch", "Zalo"],
["Thứ Sáu, 24/04/2026 - 10:45", "lần thứ I", "nhiệm kỳ 2026 - 2031", "tháng 8/2025", "cuối năm 2025", "khóa I", "5 không, 3 sạch", "năm 2025"]))
