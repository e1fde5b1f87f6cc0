from lib import *
PAGES = []

PAGES.append(page("b401-quangngai-bdv-soket-2023", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NGÃI
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Quảng Ngãi
Trang chủ » Tin hoạt động » Hoạt động của Ban
Ngày đăng 06/07/2023 | 16:20

Quảng Ngãi: 48 mô hình "Dân vận khéo" được công nhận trong 6 tháng

(DVQN) - Ngày 4/7/2023, Ban Dân vận Tỉnh ủy Quảng Ngãi tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm. Sáu tháng qua, toàn tỉnh công nhận 48 mô hình "Dân vận khéo".

Biểu dương 48 mô hình "Dân vận khéo" tiêu biểu tại hội nghị.

Chủ trì hội nghị có đồng chí Đinh Thị Hồng Minh, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, và đồng chí Phạm Văn Thịnh, người vừa được bổ nhiệm làm Phó Trưởng Ban Dân vận Tỉnh ủy. Dự có đồng chí Võ Thị Hường, Phó Trưởng Ban Tuyên giáo Tỉnh ủy.

Báo cáo cho biết, các cấp ủy đã quán triệt Kết luận 132, 133-KL/TW của Bộ Chính trị và Chỉ thị 08, 09 của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc thiểu số. Khối dân vận huy động được 12,7 tỷ đồng và 8.400 ngày công làm đường, kênh mương; vận động 1.120 hộ đồng bào Hrê, Cor, Ca Dong tham gia trồng quế.

Tại xã Ba Tô, già làng Đinh Văn Ló vận động 37 hộ hiến 2,5 ha đất làm khu tái định cư. Ở xã Trà Phong, chị Hồ Thị Mẫn (dân tộc Cor), Bí thư chi đoàn thôn Trà Linh, vận động thanh niên bỏ tục tảo hôn; cả thôn giảm từ 9 cặp xuống 1 cặp tảo hôn.

Phát biểu kết luận, đồng chí Đinh Thị Hồng Minh đề nghị các địa phương tiếp tục thực hiện phương châm "4 cùng" (cùng ăn, cùng ở, cùng làm, cùng nói tiếng đồng bào) và hoàn thành chỉ tiêu 100 mô hình trong năm.

Minh Thư
Lượt xem: 728

Tin liên quan
- Sơn Tây: giao ban khối dân vận quý II (30/06/2023)
- Ba Tơ: 12 mô hình dân vận khéo được biểu dương (20/06/2023)
""", "2023-07-06",
"Quảng Ngãi: 48 mô hình \"Dân vận khéo\" được công nhận trong 6 tháng",
E("so_ket", "2023-H1", "2023-07-04"),
[P("Đinh Thị Hồng Minh", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Thịnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Thị Hường", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Đinh Văn Ló", "già làng"),
 P("Hồ Thị Mẫn", "Bí thư chi đoàn thôn Trà Linh")],
[Q("48 mô hình", 48, "mô hình"), Q("12,7 tỷ đồng", 12700000000, "đồng"), Q("8.400 ngày công", 8400, "ngày công"),
 Q("1.120 hộ đồng bào Hrê, Cor, Ca Dong", 1120, "hộ đồng bào Hrê, Cor, Ca Dong"), Q("37 hộ", 37, "hộ"), Q("2,5 ha", 2.5, "ha"),
 Q("9 cặp", 9, "cặp"), Q("1 cặp", 1, "cặp"), Q("100 mô hình", 100, "mô hình")],
[D("Kết luận", "132", "KL/TW", None, "Bộ Chính trị", "Kết luận 132, 133-KL/TW"),
 D("Kết luận", "133", "KL/TW", None, "Bộ Chính trị", "Kết luận 132, 133-KL/TW"),
 D("Chỉ thị", "08", None, None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09"),
 D("Chỉ thị", "09", None, None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09")],
[prov("Quảng Ngãi"), com("Ba Tô"), com("Trà Phong")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NGÃI", "Trang thông tin điện tử Ban Dân vận Tỉnh ủy Quảng Ngãi", "Trang chủ » Tin hoạt động » Hoạt động của Ban",
 "Biểu dương 48 mô hình \"Dân vận khéo\" tiêu biểu tại hội nghị.", "Dân vận khéo", "thôn Trà Linh", "Minh Thư"],
["4 cùng", "6 tháng đầu năm 2023", "6 tháng cuối năm", "Sáu tháng qua", "trong 6 tháng", "Lượt xem: 728"]))

PAGES.append(page("b402-kontum-mttq-traonha-2024", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KON TUM
Hôm nay: 18/11/2024
Trang chủ / Tin tức / Hoạt động Mặt trận các cấp
Thứ Hai, 11/11/2024

Bàn giao 35 căn nhà Đại đoàn kết cho hộ nghèo Xơ Đăng

(MTKT) - Hưởng ứng Tháng cao điểm "Vì người nghèo" năm 2024, ngày 8/11, Ủy ban MTTQ Việt Nam tỉnh Kon Tum tổ chức bàn giao 35 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Xơ Đăng tại huyện Tu Mơ Rông.

Bàn giao 35 căn nhà Đại đoàn kết tại xã Đăk Na.

Dự lễ bàn giao có đồng chí A Pual, Y Thương - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Nguyễn Văn Lộc, Phó Chủ tịch Thường trực - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh.

Mỗi căn nhà được hỗ trợ 60 triệu đồng, tổng kinh phí 2,1 tỷ đồng từ Quỹ "Vì người nghèo" tỉnh; các hộ đối ứng thêm 15 - 20 triệu đồng và hơn 1.000 ngày công do bà con trong làng giúp. Thực hiện Hướng dẫn 12, 13-HD/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Ban công tác Mặt trận các thôn đã bình xét công khai từng hộ.

Ông A Blưn, hộ nghèo thôn Kon Hia, xã Đăk Na, nói: "Nhà cũ dột nát, giờ có nhà mới, con cháu yên tâm đi học". Bà Y Nhiên, Trưởng Ban công tác Mặt trận thôn Long Hy, xã Măng Ri, cho biết thôn có 12 hộ được nhận nhà, bà con trong thôn đã góp công san nền, vận chuyển vật liệu giúp nhau.

Năm 2024, Mặt trận các cấp trong tỉnh đã vận động Quỹ "Vì người nghèo" hơn 8,4 tỷ đồng, xây mới 142 căn và sửa chữa 57 căn nhà Đại đoàn kết.

Ngọc Tân
Lượt xem: 1.306

Tin khác
- Đăk Glei: trao 200 suất quà cho học sinh nghèo (05/11/2024)
- Kon Tum: Ngày hội Đại đoàn kết ở làng Kon Klor (02/11/2024)
""", "2024-11-11",
"Bàn giao 35 căn nhà Đại đoàn kết cho hộ nghèo Xơ Đăng",
E("trao_qua", None, "2024-11-08"),
[P("A Pual", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Lộc", "Phó Chủ tịch Thường trực - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Blưn", "hộ nghèo thôn Kon Hia"),
 P("Y Nhiên", "Trưởng Ban công tác Mặt trận thôn Long Hy")],
[Q("35 căn nhà Đại đoàn kết", 35, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("15 - 20 triệu đồng", 15000000, "đồng"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("hơn 1.000 ngày công", 1000, "ngày công", "over"), Q("12 hộ", 12, "hộ"), Q("hơn 8,4 tỷ đồng", 8400000000, "đồng", "over"),
 Q("142 căn", 142, "căn"), Q("57 căn nhà Đại đoàn kết", 57, "căn nhà Đại đoàn kết")],
[D("Hướng dẫn", "12", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn 12, 13-HD/MTTQ-BTT"),
 D("Hướng dẫn", "13", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn 12, 13-HD/MTTQ-BTT")],
[prov("Kon Tum"), com("Đăk Na"), com("Măng Ri")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KON TUM", "Trang chủ / Tin tức / Hoạt động Mặt trận các cấp",
 "Bàn giao 35 căn nhà Đại đoàn kết tại xã Đăk Na.", "Vì người nghèo", "thôn Kon Hia", "thôn Long Hy", "Tu Mơ Rông", "Ngọc Tân"],
["Hôm nay: 18/11/2024", "năm 2024", "Năm 2024", "Lượt xem: 1.306"]))

PAGES.append(page("b403-gialai-ccb-tongket-2024", """
HỘI CỰU CHIẾN BINH TỈNH GIA LAI
Trang thông tin điện tử Hội Cựu chiến binh tỉnh Gia Lai
Trang chủ > Tin tức - Sự kiện > Hoạt động Hội
Cập nhật: 09:42, 08/01/2025 (GMT+7)

Tổng kết công tác Hội năm 2024: CCB Gia Lai xây 42 nhà đồng đội

Ngày 7/1, Hội CCB tỉnh Gia Lai tổ chức hội nghị tổng kết công tác Hội và phong trào CCB năm 2024, triển khai nhiệm vụ năm 2025. Dự hội nghị có 47 đồng chí Ủy viên Ban Chấp hành Hội CCB tỉnh.

Đại tá Rơ Châm Phiu phát biểu khai mạc hội nghị.

Chủ trì hội nghị có Đại tá Rơ Châm Phiu, Chủ tịch Hội CCB tỉnh; các Phó Chủ tịch Hội CCB tỉnh: Thượng tá Ksor Yơn, Trung tá Nguyễn Văn Hải. Dự có đồng chí Siu Blêh, Phó Trưởng Ban Dân vận Tỉnh ủy, và đồng chí Kpă Hồng, HUV, Chủ tịch Hội CCB huyện Đức Cơ.

Năm 2024, các cấp Hội thực hiện chỉ thị 05, 06 của Ban Thường vụ Hội CCB tỉnh về xây dựng tổ chức Hội và phong trào "Hội viên 4 tốt". Hội viên, doanh nghiệp của CCB đã góp 42 nhà đồng đội trị giá 2,94 tỷ đồng, mỗi căn 70 triệu đồng; giúp 236 hộ CCB thoát nghèo. Hội CCB các xã Ia Kriêng và Chư Pơng tham gia hòa giải thành 21 vụ việc.

Thiếu tá Puih Thông, Chủ tịch Hội CCB xã Ia Kriêng, chia sẻ: hội viên người Jrai trong xã đã trồng 140 ha cà phê xen sầu riêng. Ông Rơ Lan Hiêng, hội viên làng Bông Phun, được biểu dương vì hiến 800 m2 đất làm nhà văn hóa.

Dịp này, Ban Chấp hành Hội CCB tỉnh tặng Giấy khen cho 24 tập thể, 38 cá nhân có thành tích xuất sắc trong phong trào thi đua của Hội.

Văn phòng Hội CCB tỉnh
Lượt xem: 702

Bài viết liên quan
- Chư Sê: CCB giúp nhau làm kinh tế (28/12/2024)
- Gia Lai: trao 15 nhà đồng đội dịp 22/12 (20/12/2024)
""", "2025-01-08",
"Tổng kết công tác Hội năm 2024: CCB Gia Lai xây 42 nhà đồng đội",
E("tong_ket", "2024", "2025-01-07"),
[P("Rơ Châm Phiu", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Ksor Yơn", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Nguyễn Văn Hải", "Trung tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Siu Blêh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kpă Hồng", "HUV", "Chủ tịch Hội CCB huyện Đức Cơ"),
 P("Puih Thông", "Thiếu tá", "Chủ tịch Hội CCB xã Ia Kriêng"),
 P("Rơ Lan Hiêng", "hội viên làng Bông Phun")],
[Q("42 nhà đồng đội", 42, "nhà đồng đội"), Q("47 đồng chí", 47, "đồng chí"), Q("2,94 tỷ đồng", 2940000000, "đồng"),
 Q("70 triệu đồng", 70000000, "đồng"), Q("236 hộ CCB", 236, "hộ CCB"), Q("21 vụ việc", 21, "vụ việc"),
 Q("140 ha", 140, "ha"), Q("800 m2", 800, "m2"), Q("24 tập thể", 24, "tập thể"), Q("38 cá nhân", 38, "cá nhân")],
[D("Chỉ thị", "05", None, None, "Ban Thường vụ Hội CCB tỉnh", "chỉ thị 05, 06"),
 D("Chỉ thị", "06", None, None, "Ban Thường vụ Hội CCB tỉnh", "chỉ thị 05, 06")],
[prov("Gia Lai"), com("Ia Kriêng"), com("Chư Pơng")],
["HỘI CỰU CHIẾN BINH TỈNH GIA LAI", "Trang thông tin điện tử Hội Cựu chiến binh tỉnh Gia Lai", "Trang chủ > Tin tức - Sự kiện > Hoạt động Hội",
 "Đại tá Rơ Châm Phiu phát biểu khai mạc hội nghị.", "làng Bông Phun", "Văn phòng Hội CCB tỉnh"],
["Hội viên 4 tốt", "47 đồng chí", "Năm 2024", "năm 2024", "năm 2025", "(GMT+7)", "Lượt xem: 702"]))

PAGES.append(page("b404-daklak-btgdv-taphuan-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐẮK LẮK
Cổng thông tin điện tử Tuyên giáo - Dân vận Đắk Lắk
Trang chủ :: Dân vận :: Tin hoạt động
12/9/2025, 09:30 (GMT+7)

Gần 290 cán bộ cấp xã được bồi dưỡng nghiệp vụ dân vận

Từ ngày 8 đến 10/9, Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk mở lớp bồi dưỡng nghiệp vụ công tác dân vận năm 2025 cho gần 290 cán bộ phụ trách công tác dân vận của 102 xã, phường sau khi sắp xếp đơn vị hành chính, trong đó có các xã thuộc tỉnh Phú Yên cũ.

Học viên lớp bồi dưỡng tại hội trường Trường Chính trị tỉnh.

Khai giảng lớp học có đồng chí H'Yim Kđoh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Y Kông Niê, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.

Các học viên được nghe giới thiệu Nghị quyết 202/2025/QH15 của Quốc hội, Kết luận 150-KL/TW của Bộ Chính trị và Kế hoạch 15-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác dân vận trong mô hình chính quyền 2 cấp; kỹ năng nắm tình hình nhân dân, tiếp xúc, đối thoại với người có uy tín.

Đồng chí Y Jốc Mlô, người vừa được Ban Thường vụ Tỉnh ủy chỉ định giữ chức Bí thư Đảng ủy xã Ea Kly, chia sẻ: xã mới có 31 buôn, thôn, trong đó 12 buôn đồng bào Êđê. Chị H'Nga Byă, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Tuy Hòa, cho biết phường đã lập 14 tổ dân vận.

Kinh phí lớp học khoảng 180 triệu đồng. 100% học viên được cấp giấy chứng nhận.

Ban Tuyên giáo và Dân vận Tỉnh ủy
Lượt xem: 588

Tin cùng chuyên mục
- Xã Sông Hinh ra mắt Ban Chỉ đạo công tác dân vận (05/09/2025)
- Đắk Lắk: giao ban khối dân vận tháng 8 (02/09/2025)
""", "2025-09-12",
"Gần 290 cán bộ cấp xã được bồi dưỡng nghiệp vụ dân vận",
E("tap_huan", "2025", "2025-09-08"),
[P("H'Yim Kđoh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Kông Niê", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Jốc Mlô", "Bí thư Đảng ủy xã Ea Kly"),
 P("H'Nga Byă", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Tuy Hòa")],
[Q("gần 290 cán bộ", 290, "cán bộ", "approx"), Q("102 xã, phường", 102, "xã, phường"), Q("31 buôn, thôn", 31, "buôn, thôn"),
 Q("12 buôn", 12, "buôn"), Q("14 tổ dân vận", 14, "tổ dân vận"), Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"),
 Q("100% học viên", 100, "%")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết 202/2025/QH15"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận 150-KL/TW"),
 D("Kế hoạch", "15", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 15-KH/BTGDVTU")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Ea Kly"), com("Tuy Hòa")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Cổng thông tin điện tử Tuyên giáo - Dân vận Đắk Lắk", "Trang chủ :: Dân vận :: Tin hoạt động",
 "Học viên lớp bồi dưỡng tại hội trường Trường Chính trị tỉnh.", "Trường Chính trị tỉnh"],
["chính quyền 2 cấp", "năm 2025", "(GMT+7)", "Lượt xem: 588", "09:30"]))

PAGES.append(page("b405-khanhhoa-xaphuocha-doithoai-2025", """
ĐẢNG ỦY - HĐND - UBND XÃ PHƯỚC HÀ
Cổng thông tin điện tử xã Phước Hà, tỉnh Khánh Hòa
Trang chủ > Tin tức sự kiện > Tin địa phương
Ngày đăng 06/12/2025 | 16:20

Người dân xã Phước Hà nêu 22 ý kiến với Bí thư Đảng ủy xã

Chiều 4/12, Đảng ủy xã Phước Hà tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND xã với nhân dân năm 2025. Đây là cuộc đối thoại đầu tiên từ khi xã Phước Hà mới được thành lập trên cơ sở sáp nhập xã Phước Hà và xã Nhị Hà thuộc tỉnh Ninh Thuận cũ.

Quang cảnh buổi đối thoại tại hội trường thôn Tà Nôi.

Chủ trì đối thoại có đồng chí Pinăng Văn Hữu, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Katơr Sơn, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Dự có đồng chí Chamaléa Thị Én, UVBTV Đảng ủy xã, Chủ tịch Ủy ban MTTQ Việt Nam xã.

Tại buổi đối thoại, bà con người Raglai, Chăm và Kinh đã nêu 22 ý kiến về đất sản xuất, nước tưới, giá bò giống và thủ tục hành chính khi chuyển sang chính quyền 2 cấp. Ông Mấu Văn Sang, người có uy tín thôn Tà Nôi, đề nghị sửa 3 km kênh mương. Bà Đàng Thị Mỹ Hạnh, hội viên Hội Phụ nữ thôn Nhị Hà, hỏi về vốn vay 50 triệu đồng/hộ.

Đồng chí Pinăng Văn Hữu cho biết, thực hiện Kế hoạch 35, 36-KH/ĐU của Ban Thường vụ Đảng ủy xã, xã đã bố trí 1,8 tỷ đồng sửa kênh và đường nội đồng; năm 2025 xã giảm 64 hộ nghèo, còn 5,8%. 19 ý kiến được trả lời ngay, 3 ý kiến được giao bộ phận chuyên môn trả lời trước ngày 31/12.

Văn phòng Đảng ủy xã
Lượt xem: 167

Tin khác
- Xã Phước Hà ra quân làm đường giao thông nông thôn (25/11/2025)
- Hội Nông dân xã tập huấn trồng nho (18/11/2025)
""", "2025-12-06",
"Người dân xã Phước Hà nêu 22 ý kiến với Bí thư Đảng ủy xã",
E("doi_thoai", "2025", "2025-12-04"),
[P("Pinăng Văn Hữu", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Katơr Sơn", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Chamaléa Thị Én", "UVBTV Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Mấu Văn Sang", "người có uy tín thôn Tà Nôi"),
 P("Đàng Thị Mỹ Hạnh", "hội viên Hội Phụ nữ thôn Nhị Hà")],
[Q("22 ý kiến", 22, "ý kiến"), Q("3 km", 3, "km"), Q("50 triệu đồng/hộ", 50000000, "đồng"), Q("1,8 tỷ đồng", 1800000000, "đồng"),
 Q("64 hộ nghèo", 64, "hộ nghèo"), Q("5,8%", 5.8, "%"), Q("19 ý kiến", 19, "ý kiến"), Q("3 ý kiến", 3, "ý kiến")],
[D("Kế hoạch", "35", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch 35, 36-KH/ĐU"),
 D("Kế hoạch", "36", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch 35, 36-KH/ĐU")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Phước Hà"), com("Nhị Hà")],
["ĐẢNG ỦY - HĐND - UBND XÃ PHƯỚC HÀ", "Cổng thông tin điện tử xã Phước Hà, tỉnh Khánh Hòa", "Trang chủ > Tin tức sự kiện > Tin địa phương",
 "Quang cảnh buổi đối thoại tại hội trường thôn Tà Nôi.", "thôn Tà Nôi", "Văn phòng Đảng ủy xã"],
["chính quyền 2 cấp", "năm 2025", "ngày 31/12", "Lượt xem: 167", "16:20"]))

PAGES.append(page("b406-angiang-hnd-giaoban-q1-2026", """
HỘI NÔNG DÂN TỈNH AN GIANG
Nông dân An Giang - Trang thông tin điện tử
Trang chủ › Hoạt động Hội › Tin tỉnh
T5, 02/04/2026 - 14:05

Giao ban quý I: nông dân An Giang vay 46,5 tỷ đồng từ Quỹ Hỗ trợ nông dân

Ngày 31/3/2026, Ban Thường vụ Hội Nông dân tỉnh An Giang tổ chức giao ban công tác Hội quý I năm 2026 với Hội Nông dân 102 xã, phường, đặc khu, trong đó có các xã thuộc tỉnh Kiên Giang trước đây.

Đồng chí Danh Sơn (đứng) phát biểu kết luận giao ban.

Chủ trì giao ban có đồng chí Danh Sơn, Phó Chủ tịch Thường trực Hội Nông dân tỉnh, và các đồng chí Chau Sóc Kha, Danh Thị Kiều, Phó Chủ tịch Hội Nông dân tỉnh.

Trong quý, các cấp Hội thực hiện thông báo kết luận 22, 23-TB/TU của Ban Thường vụ Tỉnh ủy về phát triển nông nghiệp xanh. Quỹ Hỗ trợ nông dân các cấp cho 1.038 hộ vay 46,5 tỷ đồng, mức vay bình quân 45 triệu đồng/hộ. Các cấp Hội hướng dẫn nông dân áp dụng "1 phải, 6 giảm" trên 85.000 ha lúa đông xuân; giá lúa bình quân 6.400 - 6.900 đồng/kg.

Tại xã Tri Tôn, ông Chau Ty, hội viên người Khmer ấp Tà Dung, được hỗ trợ 30 triệu đồng làm mô hình nuôi bò. Chị Néang Sóc Thy, Chi hội trưởng Chi hội nông dân ấp Phnôm Pi, xã Ô Lâm, vận động 18 hộ tham gia tổ hợp tác trồng thốt nốt.

Kết luận, đồng chí Danh Sơn đề nghị các cơ sở Hội hoàn thành chỉ tiêu phát triển 2.500 hội viên mới trong năm 2026, chú trọng vùng đồng bào Khmer và các xã ven biên giới.

Văn phòng Hội Nông dân tỉnh
Lượt xem: 433

Tin liên quan
- Rạch Giá: 150 nông dân tập huấn chuyển đổi số (28/03/2026)
- Hội Nông dân tỉnh trao 100 con bò giống (20/03/2026)
""", "2026-04-02",
"Giao ban quý I: nông dân An Giang vay 46,5 tỷ đồng từ Quỹ Hỗ trợ nông dân",
E("giao_ban", "2026-Q1", "2026-03-31"),
[P("Danh Sơn", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh"),
 P("Chau Sóc Kha", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Danh Thị Kiều", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Chau Ty", "hội viên người Khmer ấp Tà Dung"),
 P("Néang Sóc Thy", "Chi hội trưởng Chi hội nông dân ấp Phnôm Pi")],
[Q("46,5 tỷ đồng", 46500000000, "đồng"), Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"), Q("1.038 hộ", 1038, "hộ"),
 Q("45 triệu đồng/hộ", 45000000, "đồng"), Q("85.000 ha", 85000, "ha"), Q("6.400", 6400, "đồng"), Q("6.900 đồng/kg", 6900, "đồng"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("18 hộ", 18, "hộ"), Q("2.500 hội viên mới", 2500, "hội viên mới")],
[D("Thông báo", "22", "TB/TU", None, "Ban Thường vụ Tỉnh ủy", "thông báo kết luận 22, 23-TB/TU"),
 D("Thông báo", "23", "TB/TU", None, "Ban Thường vụ Tỉnh ủy", "thông báo kết luận 22, 23-TB/TU")],
[prov("An Giang"), prov("Kiên Giang"), com("Tri Tôn"), com("Ô Lâm")],
["HỘI NÔNG DÂN TỈNH AN GIANG", "Nông dân An Giang - Trang thông tin điện tử", "Trang chủ › Hoạt động Hội › Tin tỉnh",
 "Đồng chí Danh Sơn (đứng) phát biểu kết luận giao ban.", "Quỹ Hỗ trợ nông dân", "ấp Tà Dung", "ấp Phnôm Pi", "Văn phòng Hội Nông dân tỉnh"],
["1 phải, 6 giảm", "quý I năm 2026", "Trong quý", "năm 2026", "Lượt xem: 433", "14:05"]))
