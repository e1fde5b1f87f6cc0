from lib import *
PAGES = []

PAGES.append(page("b1151-daknong-taphuan-tongiao-2023", """
BÁO ĐẮK NÔNG
Trang chủ | Chính trị | Dân tộc - Tôn giáo
Thứ Sáu, 14/7/2023 | 16:20
Bồi dưỡng kỹ năng vận động đồng bào dân tộc thiểu số, đồng bào có đạo
Trong 2 ngày 12 - 13/7, Ban Dân vận Tỉnh ủy Đắk Nông tổ chức lớp tập huấn nghiệp vụ công tác dân tộc, tôn giáo năm 2023 cho 180 học viên là trưởng khối dân vận, cán bộ Mặt trận, công an và quân sự của 71 xã, phường, thị trấn trong tỉnh.
Các học viên tham gia lớp tập huấn. Ảnh: Ngọc Phúc
Phát biểu khai mạc, đồng chí Lê Thị Thu Hà, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh, Đắk Nông có 40 dân tộc cùng sinh sống, đồng bào dân tộc thiểu số chiếm trên 31% dân số; toàn tỉnh có hơn 240.000 tín đồ của 6 tôn giáo, nhiều nhất là Công giáo và Tin lành. Vì vậy, cán bộ cơ sở phải nắm vững chủ trương, chính sách và có kỹ năng vận động phù hợp với từng đối tượng.
Tại lớp tập huấn, các học viên được nghe các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Điểu K'Rơi, Nguyễn Văn Thành quán triệt Chỉ thị số 18-CT/TW ngày 10/1/2018 của Ban Bí thư về tiếp tục phát huy vai trò của người có uy tín trong vùng đồng bào dân tộc thiểu số và Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Tín ngưỡng, tôn giáo. Đồng chí Y Thanh Niê, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy giới thiệu Kế hoạch số 312-KH/TU của Tỉnh ủy về công tác vận động đồng bào dân tộc thiểu số giai đoạn 2023 - 2025.
Học viên cũng được trao đổi về Quy chế phối hợp số 05 giữa Ban Dân vận Tỉnh ủy và Bộ Chỉ huy Quân sự tỉnh trong thực hiện công tác dân vận ở địa bàn biên giới; kỹ năng nhận diện hoạt động lợi dụng tôn giáo, phát triển đạo trái pháp luật và cách xử lý khi có vụ việc phức tạp.
Chia sẻ tại lớp học, bà H'Bia, Phó Chủ tịch Ủy ban MTTQ xã Quảng Sơn, cho biết nhờ vận động khéo, năm qua xã đã giúp 27 hộ đồng bào Mnông, Mạ từ bỏ hoạt động tôn giáo trái pháp luật, trở về sinh hoạt tại điểm nhóm hợp pháp. Ông Điểu Đăm, già làng bon Bu N'Đơr, xã Đắk Wil, kiến nghị tăng cường dạy tiếng Mnông cho cán bộ người Kinh công tác ở vùng đồng bào.
Kết thúc lớp học, Ban Dân vận Tỉnh ủy tổ chức kiểm tra nhận thức, 100% học viên đạt yêu cầu, trong đó 64 học viên đạt loại giỏi. Tổng kinh phí tổ chức lớp tập huấn là 120 triệu đồng.
Đồng chí Lê Thị Thu Hà đề nghị mỗi học viên sau tập huấn về cơ sở phải trở thành "tuyên truyền viên", bám sát địa bàn, kịp thời báo cáo những vấn đề mới nảy sinh, nhất là ở các thôn, bon giáp biên và vùng đồng bào di cư tự do.
Ngọc Phúc
Tin liên quan
- Gặp mặt người có uy tín tiêu biểu năm 2023 (28/06/2023)
- Gia Nghĩa: ra mắt mô hình "Dân vận khéo" ở phường Nghĩa Đức (20/06/2023)
- Đắk Glong: vận động đồng bào không di cư tự do (09/06/2023)
""", "2023-07-14", "Bồi dưỡng kỹ năng vận động đồng bào dân tộc thiểu số, đồng bào có đạo",
E("tap_huan", "2023", "2023-07-12"),
[P("Lê Thị Thu Hà", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Điểu K'Rơi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Thành", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Thanh Niê", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("H'Bia", "Phó Chủ tịch Ủy ban MTTQ xã Quảng Sơn"),
 P("Điểu Đăm", "già làng bon Bu N'Đơr")],
[Q("180 học viên", 180, "học viên"), Q("71 xã, phường, thị trấn", 71, "xã, phường, thị trấn"), Q("40 dân tộc", 40, "dân tộc"),
 Q("trên 31%", 31, "%", "over"), Q("hơn 240.000 tín đồ", 240000, "tín đồ", "over"), Q("6 tôn giáo", 6, "tôn giáo"),
 Q("27 hộ đồng bào Mnông, Mạ", 27, "hộ đồng bào Mnông, Mạ"), Q("100%", 100, "%"), Q("64 học viên", 64, "học viên"),
 Q("120 triệu đồng", 120000000, "đồng")],
[D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/1/2018"),
 D("Nghị định", "162", "2017/NĐ-CP", "2017-12-30", "Chính phủ", "Nghị định số 162/2017/NĐ-CP ngày 30/12/2017"),
 D("Kế hoạch", "312", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 312-KH/TU"),
 D("Quy chế phối hợp", "05", None, None, None, "Quy chế phối hợp số 05")],
[prov("Đắk Nông"), com("Quảng Sơn"), com("Đắk Wil")],
["BÁO ĐẮK NÔNG", "Trang chủ | Chính trị | Dân tộc - Tôn giáo", "Các học viên tham gia lớp tập huấn.", "Luật Tín ngưỡng, tôn giáo",
 "Bộ Chỉ huy Quân sự tỉnh", "tuyên truyền viên"],
["Thứ Sáu, 14/7/2023 | 16:20", "2 ngày", "năm 2023", "2023 - 2025"]))

PAGES.append(page("b1152-baria-vungtau-bdv-tongket-2024", """
BÁO BÀ RỊA - VŨNG TÀU
Hôm nay: Thứ Hai, 23/12/2024
Chính trị » Xây dựng Đảng
20/12/2024 - 10:05
Tổng kết công tác dân vận năm 2024: Dấu ấn từ phong trào "Dân vận khéo" vùng biển
BR-VT - Sáng 19/12, Tỉnh ủy Bà Rịa - Vũng Tàu tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Trần Văn Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh dự và chỉ đạo hội nghị; đồng chí Nguyễn Thị Yến Phương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Đồng chí Trần Văn Tuấn phát biểu chỉ đạo hội nghị.
Năm 2024, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 68, 69-KL/TU về công tác dân vận trong thực hiện các dự án trọng điểm và về vận động ngư dân chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định; tổ chức học tập, quán triệt Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc.
Thực hiện phong trào thi đua "Dân vận khéo", toàn tỉnh có 1.342 mô hình được công nhận, trong đó 186 mô hình ở các xã ven biển. Khối dân vận đã phối hợp vận động 4.523 tàu cá lắp đặt thiết bị giám sát hành trình, đạt 100%; vận động nhân dân bàn giao mặt bằng dự án đường cao tốc Biên Hòa - Vũng Tàu với 1.215 hộ bị ảnh hưởng.
Hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", Ủy ban MTTQ các cấp đã hỗ trợ xóa 412 căn nhà tạm, nhà dột nát với tổng kinh phí 24,7 tỷ đồng; mỗi căn xây mới được hỗ trợ 60 triệu đồng theo Quyết định số 35/2024/QĐ-UBND ngày 15/7/2024 của UBND tỉnh.
Tại hội nghị, đồng chí Lê Văn Hải, Bí thư Đảng ủy xã Bình Châu, chia sẻ kinh nghiệm vận động ngư dân tham gia tổ đoàn kết trên biển. Đồng chí Phạm Ngọc Lan, Tỉnh ủy viên, Phó Chủ tịch Thường trực - Tổng Thư ký Ủy ban MTTQ Việt Nam tỉnh đề nghị tăng cường giám sát việc thu hồi đất, bồi thường tại các dự án. Ông Nguyễn Văn Lộc, Trưởng khu phố Hải Trung, phường Long Hương, cho biết khu phố đã vận động 38 hộ tự tháo dỡ công trình lấn chiếm lòng lề đường.
Phát biểu chỉ đạo, đồng chí Trần Văn Tuấn đề nghị năm 2025 khối dân vận tập trung nắm tình hình tư tưởng cán bộ, nhân dân trong quá trình sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW và sắp xếp đơn vị hành chính; phục vụ tốt đại hội đảng bộ các cấp.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 20 tập thể và 35 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2024.
Quang Vũ
Lượt xem: 864
Tin khác
- Xuyên Mộc: tổng kết phong trào thi đua "Dân vận khéo" (16/12/2024)
- Châu Đức: đối thoại với người dân vùng dự án (05/12/2024)
- Giao ban khối dân vận quý III năm 2024 (10/10/2024)
""", "2024-12-20", "Tổng kết công tác dân vận năm 2024: Dấu ấn từ phong trào \"Dân vận khéo\" vùng biển",
E("tong_ket", "2024", "2024-12-19"),
[P("Trần Văn Tuấn", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Thị Yến Phương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Hải", "Bí thư Đảng ủy xã Bình Châu"),
 P("Phạm Ngọc Lan", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực - Tổng Thư ký Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Lộc", "Trưởng khu phố Hải Trung")],
[Q("1.342 mô hình", 1342, "mô hình"), Q("186 mô hình", 186, "mô hình"), Q("4.523 tàu cá", 4523, "tàu cá"), Q("100%", 100, "%"),
 Q("1.215 hộ", 1215, "hộ"), Q("412 căn nhà tạm, nhà dột nát", 412, "căn nhà tạm, nhà dột nát"),
 Q("24,7 tỷ đồng", 24700000000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"), Q("38 hộ", 38, "hộ"),
 Q("20 tập thể", 20, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Kết luận", "68", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 68, 69-KL/TU"),
 D("Kết luận", "69", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 68, 69-KL/TU"),
 D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương", "Nghị quyết số 43-NQ/TW ngày 24/11/2023"),
 D("Quyết định", "35", "2024/QĐ-UBND", "2024-07-15", "UBND tỉnh", "Quyết định số 35/2024/QĐ-UBND ngày 15/7/2024"),
 D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết số 18-NQ/TW")],
[prov("Bà Rịa - Vũng Tàu"), com("Bình Châu"), com("Long Hương")],
["BÁO BÀ RỊA - VŨNG TÀU", "Chính trị » Xây dựng Đảng", "BR-VT", "Đồng chí Trần Văn Tuấn phát biểu chỉ đạo hội nghị.",
 "Dân vận khéo", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Biên Hòa - Vũng Tàu", "Lượt xem: 864"],
["Hôm nay: Thứ Hai, 23/12/2024", "20/12/2024 - 10:05", "năm 2024", "năm 2025", "Lượt xem: 864"]))

PAGES.append(page("b1153-gialai-giaoban-quy1-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY GIA LAI
Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Hoạt động của Ban
Ngày 05/04/2024 | 15:10
Đồng chí Rah Lan Blôih chủ trì giao ban.
Khối dân vận tỉnh giao ban công tác quý I năm 2024
Ngày 4/4, Ban Dân vận Tỉnh ủy Gia Lai tổ chức giao ban khối dân vận quý I, triển khai nhiệm vụ quý II năm 2024. Đồng chí Rah Lan Blôih, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí: Nguyễn Thị Thanh Lịch, Phó Bí thư Tỉnh ủy; Puih H'Ngăl, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo, quý I, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 48-CTr/TU thực hiện Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương; ban hành kế hoạch 215-KH/BDVTU về kiểm tra thực hiện Quy chế công tác dân vận năm 2024 và phối hợp hướng dẫn tổ chức "Tết vì người nghèo" cho đồng bào dân tộc thiểu số.
Dịp Tết Nguyên đán Giáp Thìn, các cấp, ngành đã trao 42.600 suất quà cho hộ nghèo, gia đình chính sách với tổng trị giá hơn 27 tỷ đồng. Công tác vận động đồng bào Jrai, Bahnar tái canh cà phê, chuyển đổi cây trồng có nhiều kết quả: 156 hộ đã trồng mới 320 ha cà phê, sầu riêng theo hướng hữu cơ.
Các cơ quan dân vận tiếp nhận 38 đơn thư, phối hợp xử lý 12 vụ việc tranh chấp đất đai ở vùng đồng bào dân tộc thiểu số. Tình hình an ninh chính trị cơ bản ổn định; tuy nhiên vẫn còn hoạt động lôi kéo, tuyên truyền của số đối tượng phản động lưu vong qua mạng xã hội.
Tại buổi giao ban, đồng chí Đinh Hmun, Bí thư Đảng ủy xã Kon Thụp, cho biết xã đã vận động 24 hộ đồng bào Bahnar hiến 1,6 ha đất làm sân vận động. Ông Kpuih Thoan, người có uy tín làng Đê Kjiêng, xã Ia Mơ, đề nghị tỉnh quan tâm cấp nước sinh hoạt cho các làng biên giới. Bà Trần Thị Mai, Bí thư Đảng ủy phường Thắng Lợi, chia sẻ mô hình "Ngày thứ Bảy vì dân".
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Thanh Lịch đề nghị khối dân vận tiếp tục triển khai Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 42-CT/TW về công tác xây dựng Đảng trong đồng bào dân tộc thiểu số; chuẩn bị tốt Đại hội đại biểu các dân tộc thiểu số tỉnh lần thứ IV.
Kết luận giao ban, đồng chí Trưởng Ban Dân vận Tỉnh ủy Rah Lan Blôih yêu cầu quý II tập trung hướng dẫn sơ kết 5 năm phong trào thi đua "Dân vận khéo", tăng cường nắm tình hình ở 14 xã biên giới.
H'Yâo
Lượt xem: 487
Tin liên quan
- Chư Prông: gặp mặt người có uy tín dịp Tết Giáp Thìn (02/02/2024)
- Mang Yang: ra mắt mô hình "Làng không có người sử dụng trái phép chất ma túy" (23/01/2024)
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2023 (22/12/2023)
""", "2024-04-05", "Khối dân vận tỉnh giao ban công tác quý I năm 2024",
E("giao_ban", "2024-Q1", "2024-04-04"),
[P("Rah Lan Blôih", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thanh Lịch", "Phó Bí thư Tỉnh ủy"),
 P("Puih H'Ngăl", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Hmun", "Bí thư Đảng ủy xã Kon Thụp"),
 P("Kpuih Thoan", "người có uy tín làng Đê Kjiêng"),
 P("Trần Thị Mai", "Bí thư Đảng ủy phường Thắng Lợi")],
[Q("42.600 suất quà", 42600, "suất quà"), Q("hơn 27 tỷ đồng", 27000000000, "đồng", "over"), Q("156 hộ", 156, "hộ"),
 Q("320 ha", 320, "ha"), Q("38 đơn thư", 38, "đơn thư"), Q("12 vụ việc tranh chấp đất đai", 12, "vụ việc tranh chấp đất đai"),
 Q("24 hộ đồng bào Bahnar", 24, "hộ đồng bào Bahnar"), Q("1,6 ha", 1.6, "ha"), Q("14 xã biên giới", 14, "xã biên giới")],
[D("Chương trình hành động", "48", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 48-CTr/TU"),
 D("Nghị quyết", "43", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 43-NQ/TW"),
 D("Kế hoạch", "215", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch 215-KH/BDVTU"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019"),
 D("Chỉ thị", "42", "CT/TW", None, None, "Chỉ thị số 42-CT/TW")],
[prov("Gia Lai"), com("Kon Thụp"), com("Ia Mơ"), com("Thắng Lợi")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY GIA LAI", "Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Hoạt động của Ban",
 "Đồng chí Rah Lan Blôih chủ trì giao ban.", "Tết vì người nghèo", "Quy chế công tác dân vận", "Ngày thứ Bảy vì dân",
 "Dân vận khéo", "Lượt xem: 487"],
["Ngày 05/04/2024 | 15:10", "quý I", "quý II năm 2024", "Tết Nguyên đán Giáp Thìn", "lần thứ IV", "5 năm", "Lượt xem: 487"]))

PAGES.append(page("b1154-laocai-xa-muongkhuong-daihoi-2025", """
BÁO LÀO CAI
Trang chủ › Chính trị › Đại hội Đảng các cấp
Thứ Tư, 20/08/2025 - 11:20
Đại hội đại biểu Đảng bộ xã Mường Khương lần thứ I, nhiệm kỳ 2025 - 2030
Ngày 19/8, Đảng bộ xã Mường Khương tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự và chỉ đạo Đại hội có đồng chí Hoàng Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy. Về dự có 150 đại biểu chính thức, đại diện cho 1.236 đảng viên của 48 chi bộ trực thuộc.
Đại biểu biểu quyết thông qua chương trình Đại hội. Ảnh: Minh Ngọc
Xã Mường Khương được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập thị trấn Mường Khương và 3 xã lân cận, có diện tích tự nhiên hơn 180 km2, dân số trên 21.000 người với 9 dân tộc, trong đó đồng bào Mông, Nùng chiếm đa số. Đây là một trong 99 xã, phường của tỉnh Lào Cai sau sắp xếp.
Nhiệm kỳ qua, trên địa bàn đã vận động nhân dân hiến hơn 35.000 m2 đất, đóng góp 4,2 tỷ đồng làm đường giao thông nông thôn; tỷ lệ hộ nghèo giảm từ 31,6% xuống còn 12,4%; thu nhập bình quân đầu người đạt 38 triệu đồng/năm. Mô hình "Dân vận khéo" trong phát triển cây chè Shan tuyết, quế hữu cơ được nhân rộng với 620 hộ tham gia.
Phát biểu chỉ đạo, đồng chí Hoàng Thị Thu Hằng đề nghị Đảng bộ xã quán triệt Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; phát huy vai trò của Ủy ban MTTQ xã trong vận động đồng bào biên giới; chú trọng công tác dân vận trong giai đoạn vận hành chính quyền địa phương hai cấp.
Nhiệm kỳ 2025 - 2030, Đại hội đề ra 15 chỉ tiêu chủ yếu, trong đó phấn đấu mỗi năm giảm 3% tỷ lệ hộ nghèo, 100% thôn có đường bê tông đến trung tâm xã; xây dựng thêm 10 mô hình "Dân vận khéo" mới gắn với phát triển du lịch cộng đồng.
Đại hội đã bầu 19 đồng chí vào Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025 - 2030. Trước đó, theo Quyết định số 1086-QĐ/TU ngày 30/6/2025 của Ban Thường vụ Tỉnh ủy, đồng chí Giàng A Tùng được chỉ định giữ chức Bí thư Đảng ủy xã; tại Đại hội, đồng chí Giàng A Tùng tiếp tục được tín nhiệm bầu giữ chức Bí thư Đảng ủy xã. Các đồng chí: Lù Thị Dung, Hoàng Văn Quyết được bầu giữ chức Phó Bí thư Đảng ủy xã; đồng chí Vàng Seo Sử, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã tham gia Ban Chấp hành khóa mới.
Đại hội cũng bầu 7 đại biểu chính thức đi dự Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ I, nhiệm kỳ 2025 - 2030.
Minh Ngọc
Lượt xem: 1.302
Tin cùng chuyên mục
- Đại hội đại biểu Đảng bộ phường Cam Đường lần thứ I (15/08/2025)
- Xã Bắc Hà tổ chức thành công Đại hội Đảng bộ (12/08/2025)
- Đảng bộ xã Bát Xát hoàn thành Đại hội điểm (06/08/2025)
""", "2025-08-20", "Đại hội đại biểu Đảng bộ xã Mường Khương lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-08-19"),
[P("Hoàng Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Giàng A Tùng", "Bí thư Đảng ủy xã"),
 P("Lù Thị Dung", "Phó Bí thư Đảng ủy xã"),
 P("Hoàng Văn Quyết", "Phó Bí thư Đảng ủy xã"),
 P("Vàng Seo Sử", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("1.236 đảng viên", 1236, "đảng viên"), Q("48 chi bộ", 48, "chi bộ"),
 Q("3 xã", 3, "xã"), Q("hơn 180 km2", 180, "km2", "over"), Q("trên 21.000 người", 21000, "người", "over"),
 Q("9 dân tộc", 9, "dân tộc"), Q("99 xã, phường", 99, "xã, phường"), Q("hơn 35.000 m2", 35000, "m2", "over"),
 Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("31,6%", 31.6, "%"), Q("12,4%", 12.4, "%"), Q("38 triệu đồng", 38000000, "đồng"),
 Q("620 hộ", 620, "hộ"), Q("15 chỉ tiêu chủ yếu", 15, "chỉ tiêu chủ yếu"), Q("3%", 3, "%"), Q("100%", 100, "%"),
 Q("10 mô hình", 10, "mô hình"), Q("19 đồng chí", 19, "đồng chí"), Q("7 đại biểu chính thức", 7, "đại biểu chính thức")],
[D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025"),
 D("Quyết định", "1086", "QĐ/TU", "2025-06-30", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1086-QĐ/TU ngày 30/6/2025")],
[prov("Lào Cai"), com("Mường Khương")],
["BÁO LÀO CAI", "Trang chủ › Chính trị › Đại hội Đảng các cấp", "Đại biểu biểu quyết thông qua chương trình Đại hội.",
 "Dân vận khéo", "Lượt xem: 1.302"],
["Thứ Tư, 20/08/2025 - 11:20", "lần thứ I", "nhiệm kỳ 2025 - 2030", "1/7/2025", "19 đồng chí", "lần thứ XIV", "hai cấp",
 "Lượt xem: 1.302"]))

PAGES.append(page("b1155-vinhlong-mttq-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH VĨNH LONG
Thời sự / Chính trị - Mặt trận
19/12/2025 14:30
Toàn cảnh hội nghị.
Mặt trận tỉnh Vĩnh Long tổng kết năm đầu vận hành mô hình mới
Ngày 18/12, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác Mặt trận và các đoàn thể chính trị - xã hội năm 2025, triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên kể từ khi tỉnh Vĩnh Long mới được thành lập trên cơ sở hợp nhất 3 tỉnh Vĩnh Long, Bến Tre và Trà Vinh.
Dự hội nghị có đồng chí Lâm Văn Tuấn, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Thạch Thị Sa Phia, Nguyễn Văn Đởm, Huỳnh Thị Kim Loan.
Theo báo cáo, thực hiện Kết luận số 126-KL/TW của Bộ Chính trị, Ban Bí thư và Kế hoạch 15, 16-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, việc sắp xếp, hợp nhất các tổ chức chính trị - xã hội vào Mặt trận được thực hiện đúng tiến độ; 124 xã, phường đã kiện toàn xong Ủy ban MTTQ Việt Nam cấp xã nhiệm kỳ 2024 - 2029.
Năm 2025, Quỹ "Vì người nghèo" các cấp vận động được 86,4 tỷ đồng; hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", Mặt trận các cấp đã phối hợp xóa 3.250 căn nhà tạm, nhà dột nát, hoàn thành trước ngày 31/8/2025. Các đoàn thể đã hỗ trợ 1.860 hội viên nghèo vay vốn phát triển sinh kế với tổng dư nợ hơn 96 tỷ đồng.
Tham luận tại hội nghị, bà Sơn Thị Kim Linh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh chia sẻ kinh nghiệm duy trì hoạt động của 2.140 chi hội phụ nữ sau sắp xếp. Ông Trần Văn Ngọt, Chủ tịch Ủy ban MTTQ Việt Nam xã Thạnh Phú, cho biết xã đã vận động 46 mạnh thường quân hỗ trợ 1,2 tỷ đồng xây cầu giao thông nông thôn. Đại đức Thạch Sophal, Phó trụ trì chùa Âng, phường Nguyệt Hóa, chia sẻ về vai trò của sư sãi trong vận động đồng bào Khmer.
Phát biểu kết luận, đồng chí Lâm Văn Tuấn đề nghị năm 2026 Mặt trận các cấp tập trung tổ chức tốt công tác hiệp thương bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; thực hiện Hướng dẫn số 27-HD/MTTW-BTT ngày 10/9/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về giám sát, phản biện xã hội trong tình hình mới.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 45 tập thể, 60 cá nhân có thành tích xuất sắc.
Thảo Ly
Tin liên quan
- Hội nghị hiệp thương lần thứ nhất bầu cử đại biểu Quốc hội khóa XVI (12/12/2025)
- Phường Long Châu ra mắt mô hình "Khu dân cư không rác thải nhựa" (04/12/2025)
- Ngày hội Đại đoàn kết toàn dân tộc tại xã Hòa Minh (15/11/2025)
""", "2025-12-19", "Mặt trận tỉnh Vĩnh Long tổng kết năm đầu vận hành mô hình mới",
E("tong_ket", "2025", "2025-12-18"),
[P("Lâm Văn Tuấn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Thị Sa Phia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Đởm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Thị Kim Loan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sơn Thị Kim Linh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Trần Văn Ngọt", "Chủ tịch Ủy ban MTTQ Việt Nam xã Thạnh Phú"),
 P("Thạch Sophal", "Đại đức", "Phó trụ trì chùa Âng")],
[Q("3 tỉnh", 3, "tỉnh"), Q("124 xã, phường", 124, "xã, phường"), Q("86,4 tỷ đồng", 86400000000, "đồng"),
 Q("3.250 căn nhà tạm, nhà dột nát", 3250, "căn nhà tạm, nhà dột nát"), Q("1.860 hội viên nghèo", 1860, "hội viên nghèo"),
 Q("hơn 96 tỷ đồng", 96000000000, "đồng", "over"), Q("2.140 chi hội phụ nữ", 2140, "chi hội phụ nữ"),
 Q("46 mạnh thường quân", 46, "mạnh thường quân"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("45 tập thể", 45, "tập thể"), Q("60 cá nhân", 60, "cá nhân")],
[D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 126-KL/TW"),
 D("Kế hoạch", "15", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 15, 16-KH/MTTQ-BTT"),
 D("Kế hoạch", "16", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 15, 16-KH/MTTQ-BTT"),
 D("Hướng dẫn", "27", "HD/MTTW-BTT", "2025-09-10", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 27-HD/MTTW-BTT ngày 10/9/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Thạnh Phú"), com("Nguyệt Hóa")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH VĨNH LONG", "Thời sự / Chính trị - Mặt trận", "Toàn cảnh hội nghị.", "Vì người nghèo",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "chùa Âng"],
["19/12/2025 14:30", "năm 2025", "năm 2026", "nhiệm kỳ 2024 - 2029", "31/8/2025", "khóa XVI", "nhiệm kỳ 2026 - 2031"]))

PAGES.append(page("b1156-danang-nguoicouytin-2026", """
Thứ Bảy, 14/03/2026 | Đăng nhập
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐÀ NẴNG
Trang chủ > Chính trị > Dân tộc - Miền núi
13/03/2026 - 08:05 (GMT+7)
Hội nghị người có uy tín trong đồng bào dân tộc thiểu số thành phố Đà Nẵng năm 2026
Ngày 12/3, Ban Tuyên giáo và Dân vận Thành ủy phối hợp với Ủy ban MTTQ Việt Nam thành phố và Sở Dân tộc và Tôn giáo tổ chức hội nghị người có uy tín trong đồng bào dân tộc thiểu số thành phố Đà Nẵng năm 2026. Đồng chí Nguyễn Thị Anh Thi, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy chủ trì hội nghị.
Đồng chí Nguyễn Thị Anh Thi tặng quà người có uy tín.
Tham dự có 220 người có uy tín là già làng, trưởng thôn, người sản xuất giỏi đến từ 22 xã miền núi. Sau sắp xếp đơn vị hành chính, thành phố Đà Nẵng có trên 150.000 đồng bào dân tộc thiểu số, chủ yếu là người Cơ Tu, Xơ Đăng, Giẻ Triêng, Ca Dong, Bh'noong sinh sống ở vùng tây Quảng Nam trước đây.
Báo cáo tại hội nghị, ông Alăng Ngược, Phó Giám đốc Sở Dân tộc và Tôn giáo, cho biết thực hiện Quyết định số 28/2023/QĐ-TTg ngày 23/11/2023 của Thủ tướng Chính phủ sửa đổi, bổ sung một số điều của Quyết định số 12/2018/QĐ-TTg, năm 2025 đội ngũ người có uy tín đã vận động 1.480 hộ tham gia trồng sâm Ngọc Linh, ba kích, đảng sâm dưới tán rừng; hòa giải thành 63 vụ việc mâu thuẫn; phối hợp với lực lượng biên phòng bảo vệ an toàn 38 km đường biên giới.
Nhiều ý kiến phát biểu thẳng thắn. Già làng Bhling Mia, người có uy tín thôn Arớh, xã Avương, đề nghị sớm hoàn thiện hệ thống nước sinh hoạt cho khu tái định cư. Ông Hồ Văn Tuấn, Bí thư Chi bộ kiêm Trưởng thôn 2, xã Trà Linh, mong muốn có cơ chế đặc thù để người dân được hưởng lợi nhiều hơn từ cây sâm. Bà Clâu Thị Blao, người có uy tín thôn Đhơrồng, xã Hùng Sơn, kiến nghị quan tâm hơn đến học sinh nội trú.
Trả lời các ý kiến, đồng chí Trần Nam Hưng, Phó Chủ tịch UBND thành phố cho biết thành phố đã bố trí 1.250 tỷ đồng thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2026, trong đó ưu tiên nước sạch, giao thông và trường học.
Phát biểu kết luận, đồng chí Nguyễn Thị Anh Thi đề nghị người có uy tín tiếp tục vận động bà con tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp ngày 15/3/2026 đầy đủ, đúng luật; thực hiện tốt Kế hoạch số 48-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Thành ủy về công tác vận động đồng bào dân tộc thiểu số giai đoạn 2026 - 2030.
Dịp này, Chủ tịch UBND thành phố tặng Bằng khen cho 25 người có uy tín tiêu biểu; mỗi đại biểu dự hội nghị được tặng 1 phần quà trị giá 1 triệu đồng.
Ngọc Hà
Tin liên quan
- Xã Tây Giang tổ chức Lễ hội Aza Koonh (05/03/2026)
- Gặp mặt chức sắc tôn giáo nhân dịp Xuân Bính Ngọ (09/02/2026)
- Trao 300 suất quà Tết cho đồng bào vùng cao (30/01/2026)
""", "2026-03-13", "Hội nghị người có uy tín trong đồng bào dân tộc thiểu số thành phố Đà Nẵng năm 2026",
E("hoi_nghi", "2026", "2026-03-12"),
[P("Nguyễn Thị Anh Thi", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Alăng Ngược", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Bhling Mia", "Già làng", "người có uy tín thôn Arớh"),
 P("Hồ Văn Tuấn", "Bí thư Chi bộ kiêm Trưởng thôn 2"),
 P("Clâu Thị Blao", "người có uy tín thôn Đhơrồng"),
 P("Trần Nam Hưng", "Phó Chủ tịch UBND thành phố")],
[Q("220 người có uy tín", 220, "người có uy tín"), Q("22 xã miền núi", 22, "xã miền núi"),
 Q("trên 150.000 đồng bào dân tộc thiểu số", 150000, "đồng bào dân tộc thiểu số", "over"),
 Q("1.480 hộ", 1480, "hộ"), Q("63 vụ việc mâu thuẫn", 63, "vụ việc mâu thuẫn"), Q("38 km", 38, "km"),
 Q("1.250 tỷ đồng", 1250000000000, "đồng"), Q("25 người có uy tín tiêu biểu", 25, "người có uy tín tiêu biểu"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "28", "2023/QĐ-TTg", "2023-11-23", "Thủ tướng Chính phủ", "Quyết định số 28/2023/QĐ-TTg ngày 23/11/2023"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, None, "Quyết định số 12/2018/QĐ-TTg"),
 D("Kế hoạch", "48", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Thành ủy", "Kế hoạch số 48-KH/BTGDVTU")],
[prov("Đà Nẵng"), prov("Quảng Nam"), com("Avương"), com("Trà Linh"), com("Hùng Sơn")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐÀ NẴNG", "Trang chủ > Chính trị > Dân tộc - Miền núi",
 "Đồng chí Nguyễn Thị Anh Thi tặng quà người có uy tín.", "Sở Dân tộc và Tôn giáo",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Thứ Bảy, 14/03/2026 | Đăng nhập", "13/03/2026 - 08:05 (GMT+7)", "năm 2026", "năm 2025", "khóa XVI", "15/3/2026", "2026 - 2030", "1 phần quà", "thôn 2"]))
