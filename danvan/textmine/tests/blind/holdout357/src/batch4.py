from lib import *
PAGES = []

PAGES.append(page("b8543-binhdinh-bdv-tongket-2024", """
BÁO BÌNH ĐỊNH ONLINE
Thời sự - Chính trị | Dân vận
24/12/2024 06:00
Toàn cảnh hội nghị tổng kết. Ảnh: Ngọc Nhuận
94,3% người chấp hành xong án phạt tù ở Bình Định có việc làm
(BĐ) - Chiều 23/12, Ban Dân vận Tỉnh ủy, Công an tỉnh và Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác phối hợp năm 2024 trong vận động nhân dân giúp đỡ người chấp hành xong án phạt tù tái hòa nhập cộng đồng.
Đồng chí Đinh Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Đại tá Võ Đức Nguyện, Phó Giám đốc Công an tỉnh và đồng chí Nguyễn Thị Diễm, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh đồng chủ trì.
Năm 2024, toàn tỉnh tiếp nhận 386 người chấp hành xong án phạt tù, trong đó 29 người được đặc xá theo Quyết định số 1032/QĐ-CTN ngày 30/8/2024 của Chủ tịch nước. Thực hiện Chương trình phối hợp số 08/CTrPH-BDV-CA-MTTQ ngày 15/01/2022, các địa phương đã phân công 1.204 cán bộ, đoàn viên, hội viên giúp đỡ; 364 người đã có việc làm, đạt 94,3%; 152 người được vay vốn với tổng dư nợ 7,4 tỷ đồng. Tỷ lệ tái phạm còn 1,8%.
Số liệu theo từng khu vực: vùng đồng bằng và đô thị 318 người, 301 người có việc làm; 3 huyện miền núi An Lão, Vĩnh Thạnh, Vân Canh 68 người, 63 người có việc làm.
Tại hội nghị, ông Đinh Văn Nhứt, người có uy tín làng 1, xã An Hưng, huyện An Lão, chia sẻ cách vận động thanh niên Bahnar trở về làm rẫy keo; bà Lê Thị Kim Hoa, Chủ tịch Ủy ban MTTQ Việt Nam phường Nhơn Phú (TP Quy Nhơn), giới thiệu mô hình "Tổ dân phố không tội phạm, không tái phạm" với 15 tổ dân phố tham gia. Ông Đinh Xuân Quý, Phó Chủ tịch UBND xã Canh Liên (Vân Canh), đề nghị tỉnh hỗ trợ kinh phí cho người trở về đi học nghề ở xa.
Các đại biểu cũng thẳng thắn chỉ ra hạn chế: việc bàn giao hồ sơ giữa trại giam và địa phương có lúc chậm; có 7 trường hợp bỏ đi khỏi nơi cư trú không báo; nguồn vốn vay chưa đáp ứng nhu cầu.
Kết luận hội nghị, đồng chí Đinh Thị Thu Hà đề nghị năm 2025 các cấp tiếp tục thực hiện Chỉ thị số 33-CT/TU ngày 12/5/2023 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tội phạm và Nghị định 49/2020/NĐ-CP; chuẩn bị chu đáo việc tiếp nhận người được đặc xá; đưa tiêu chí giúp đỡ người chấp hành xong án phạt tù vào phong trào "Dân vận khéo".
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 10 tập thể, 18 cá nhân; Công an tỉnh tặng giấy khen cho 5 tập thể, 9 cá nhân có thành tích tiêu biểu.
Ngọc Nhuận
Tin liên quan
- Hoài Nhơn: 22 mô hình "Dân vận khéo" được biểu dương (18/12/2024)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy Khối Doanh nghiệp (10/12/2024)
- Vĩnh Thạnh: đối thoại với người có uy tín (02/12/2024)
""", "2024-12-24", "94,3% người chấp hành xong án phạt tù ở Bình Định có việc làm",
E("tong_ket", "2024", "2024-12-23"),
[P("Đinh Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Đức Nguyện", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Nguyễn Thị Diễm", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Nhứt", "người có uy tín làng 1"),
 P("Lê Thị Kim Hoa", "Chủ tịch Ủy ban MTTQ Việt Nam phường Nhơn Phú"),
 P("Đinh Xuân Quý", "Phó Chủ tịch UBND xã Canh Liên")],
[Q("386 người", 386, "người"), Q("29 người", 29, "người"),
 Q("1.204 cán bộ, đoàn viên, hội viên", 1204, "cán bộ, đoàn viên, hội viên"), Q("364 người", 364, "người"), Q("94,3%", 94.3, "%"),
 Q("152 người", 152, "người"), Q("7,4 tỷ đồng", 7400000000, "đồng"), Q("1,8%", 1.8, "%"),
 Q("318 người", 318, "người"), Q("301 người", 301, "người"), Q("3 huyện miền núi", 3, "huyện miền núi"),
 Q("68 người", 68, "người"), Q("63 người", 63, "người"), Q("15 tổ dân phố", 15, "tổ dân phố"), Q("7 trường hợp", 7, "trường hợp"),
 Q("10 tập thể", 10, "tập thể"), Q("18 cá nhân", 18, "cá nhân"), Q("5 tập thể", 5, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Quyết định", "1032", "QĐ-CTN", "2024-08-30", "Chủ tịch nước", "Quyết định số 1032/QĐ-CTN ngày 30/8/2024 của Chủ tịch nước"),
 D("Chương trình phối hợp", "08", "CTrPH-BDV-CA-MTTQ", "2022-01-15", None, "Chương trình phối hợp số 08/CTrPH-BDV-CA-MTTQ ngày 15/01/2022"),
 D("Chỉ thị", "33", "CT/TU", "2023-05-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 33-CT/TU ngày 12/5/2023 của Ban Thường vụ Tỉnh ủy"),
 D("Nghị định", "49", "2020/NĐ-CP", None, None, "Nghị định 49/2020/NĐ-CP")],
[prov("Bình Định"), com("An Hưng"), com("Nhơn Phú"), com("Canh Liên")],
["BÁO BÌNH ĐỊNH ONLINE", "Thời sự - Chính trị | Dân vận", "Toàn cảnh hội nghị tổng kết. Ảnh: Ngọc Nhuận", "(BĐ)",
 "Tổ dân phố không tội phạm, không tái phạm", "Dân vận khéo", "An Lão", "Vĩnh Thạnh", "Vân Canh", "TP Quy Nhơn", "làng 1"],
["24/12/2024 06:00", "năm 2024", "năm 2025", "làng 1"]))

PAGES.append(page("b8544-laocai-bdv-thamhoi-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ » Tin tức - Sự kiện » Dân vận với dân tộc, tôn giáo
Thứ Bảy, 21/09/2024
Đồng chí Vàng A Páo trò chuyện với người được đặc xá tại xã Y Tý.
Theo chân người được đặc xá về bản
Ngày 20/9, Đoàn công tác của Ban Dân vận Tỉnh ủy Lào Cai do đồng chí Vàng A Páo, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, động viên người được đặc xá vừa trở về các xã vùng cao huyện Bát Xát.
Cùng đi có Thiếu tá Lý Seo Chỉn, Phó Trưởng Công an huyện Bát Xát; bà Chảo Thị Mẩy, HUV, Trưởng Ban Dân vận Huyện ủy Bát Xát và lãnh đạo Ủy ban MTTQ huyện.
Trong đợt đặc xá năm 2024 theo Quyết định số 1032/QĐ-CTN của Chủ tịch nước, Lào Cai có 36 người được đặc xá, trong đó 11 người ở huyện Bát Xát, phần lớn phạm tội liên quan ma túy, mua bán người qua biên giới. Tất cả 36 người đã trình diện UBND xã, thị trấn nơi cư trú đúng thời hạn.
Tại thôn Choản Thèn, xã Y Tý, đoàn đến thăm gia đình anh Sùng A Lử, người Mông, vừa trở về sau 6 năm chấp hành án. Ngồi bên bếp lửa, anh Lử nói bằng tiếng Mông, nhờ cán bộ xã dịch lại: "Về đến nhà thấy con đã cao hơn mẹ nó rồi. Từ giờ tôi chỉ muốn ở nhà trồng thảo quả, không đi theo người ta nữa". Ông Chảo Láo Tả, Bí thư Chi bộ thôn Choản Thèn, cho biết chi bộ đã phân công đảng viên ở gần nhà giúp anh Lử làm lại nương thảo quả.
Tại xã A Mú Sung, đoàn gặp chị Ly Thị Dơ, người Hà Nhì, cùng ông Phu Cù Sa, Chủ tịch UBND xã. Ông Sa cho biết xã đã lập hồ sơ cho cả 4 người được đặc xá trở về, hướng dẫn làm thủ tục vay vốn theo Nghị định 49/2020/NĐ-CP và Kế hoạch số 318/KH-UBND ngày 10/9/2024 của UBND tỉnh; Đồn Biên phòng A Mú Sung nhận theo dõi, giúp đỡ 2 người.
Trao đổi với cán bộ cơ sở, đồng chí Vàng A Páo đề nghị các xã nắm chắc hoàn cảnh từng người để có biện pháp giúp đỡ phù hợp; phát huy vai trò người có uy tín, trưởng dòng họ; không để người được đặc xá bị các đối tượng xấu lôi kéo tái phạm. Đồng chí lưu ý Ban Dân vận Huyện ủy thực hiện Hướng dẫn số 14-HD/BDVTU ngày 06/9/2024 của Ban Dân vận Tỉnh ủy, định kỳ báo cáo tình hình tư tưởng của người được đặc xá.
Theo Ban Dân vận Tỉnh ủy, từ năm 2020 đến nay, Lào Cai đã tiếp nhận 1.528 người chấp hành xong án phạt tù; các dòng họ Mông, Dao trên địa bàn đã ký 214 bản cam kết giúp đỡ người trở về. Đoàn công tác dự kiến tiếp tục đến các huyện Mường Khương, Si Ma Cai vào đầu tháng 10.
Thanh Thủy
Tin khác
- Lào Cai: 80 người có uy tín được tập huấn kỹ năng vận động quần chúng (14/09/2024)
- Ban Dân vận Tỉnh ủy hỗ trợ nhân dân khắc phục hậu quả bão số 3 (12/09/2024)
- Bắc Hà: vận động đồng bào di dời khỏi vùng sạt lở (10/09/2024)
""", "2024-09-21", "Theo chân người được đặc xá về bản",
E("khac", None, "2024-09-20"),
[P("Vàng A Páo", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lý Seo Chỉn", "Thiếu tá", "Phó Trưởng Công an huyện Bát Xát"),
 P("Chảo Thị Mẩy", "HUV", "Trưởng Ban Dân vận Huyện ủy Bát Xát"),
 P("Sùng A Lử"),
 P("Chảo Láo Tả", "Bí thư Chi bộ thôn Choản Thèn"),
 P("Ly Thị Dơ"),
 P("Phu Cù Sa", "Chủ tịch UBND xã")],
[Q("36 người", 36, "người"), Q("11 người", 11, "người"), Q("4 người", 4, "người"), Q("2 người", 2, "người"),
 Q("1.528 người", 1528, "người"), Q("214 bản cam kết", 214, "bản cam kết")],
[D("Quyết định", "1032", "QĐ-CTN", None, "Chủ tịch nước", "Quyết định số 1032/QĐ-CTN của Chủ tịch nước"),
 D("Nghị định", "49", "2020/NĐ-CP", None, None, "Nghị định 49/2020/NĐ-CP"),
 D("Kế hoạch", "318", "KH-UBND", "2024-09-10", "UBND tỉnh", "Kế hoạch số 318/KH-UBND ngày 10/9/2024 của UBND tỉnh"),
 D("Hướng dẫn", "14", "HD/BDVTU", "2024-09-06", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 14-HD/BDVTU ngày 06/9/2024 của Ban Dân vận Tỉnh ủy")],
[prov("Lào Cai"), com("Y Tý"), com("A Mú Sung")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ » Tin tức - Sự kiện » Dân vận với dân tộc, tôn giáo",
 "Đồng chí Vàng A Páo trò chuyện với người được đặc xá tại xã Y Tý.", "Đồn Biên phòng A Mú Sung", "Bát Xát", "Mường Khương",
 "Si Ma Cai", "thôn Choản Thèn"],
["Thứ Bảy, 21/09/2024", "năm 2024", "6 năm", "từ năm 2020", "tháng 10"]))

PAGES.append(page("b8545-longan-btgdv-giaoban-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LONG AN
Trang chủ | Tin hoạt động | Dân vận chính quyền
Thứ Sáu, 11/04/2025 - 14:30
Giao ban khối dân vận quý I: giữ vững công tác tái hòa nhập cộng đồng khi sắp xếp bộ máy
Chiều 10/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Long An tổ chức giao ban công tác dân vận quý I/2025 với Ban Tuyên giáo và Dân vận các huyện ủy, thị ủy, thành ủy; trong đó dành một phần thảo luận về công tác tái hòa nhập cộng đồng đối với người chấp hành xong án phạt tù khi Công an cấp huyện kết thúc hoạt động.
Đồng chí Nguyễn Thanh Hải, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Lê Thị Ngọc Bích, Trương Văn Hòa, Phan Minh Tâm; Thượng tá Nguyễn Văn Trọng, Trưởng phòng Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng và hỗ trợ tư pháp (PC10) Công an tỉnh.
Báo cáo cho biết, quý I/2025 toàn tỉnh tiếp nhận 97 người chấp hành xong án phạt tù. Từ ngày 01/3/2025, việc quản lý, giúp đỡ được giao hoàn toàn cho Công an 188 xã, phường, thị trấn; các địa phương đã bàn giao đầy đủ 1.163 hồ sơ, không để sót người. Ban Tuyên giáo và Dân vận các huyện ủy đã vận động 43 doanh nghiệp tại các khu công nghiệp Đức Hòa, Cần Giuộc nhận 71 người vào làm việc.
Bà Huỳnh Thị Thu Sương, Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy Đức Hòa, cho biết xã Hựu Thạnh đang thí điểm mô hình "Doanh nghiệp đỡ đầu người hoàn lương" với 9 doanh nghiệp. Ông Võ Thành Nam, Bí thư Đảng ủy xã Mỹ Hạnh Nam, kể xã có 14 người trở về trong 3 năm qua, 13 người đã có việc làm, 1 người đang điều trị nghiện tại cơ sở cai nghiện. Ông Lê Văn Ba, Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Cần Giuộc, đề nghị có kinh phí cho Ban Công tác Mặt trận ấp thăm hỏi người mới về.
Đồng chí Trương Văn Hòa quán triệt Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về tiếp tục sắp xếp, tinh gọn tổ chức bộ máy, lưu ý trong quá trình sắp xếp không để gián đoạn công tác dân vận ở cơ sở, nhất là các nhiệm vụ liên quan tái hòa nhập cộng đồng theo Nghị định 49/2020/NĐ-CP.
Kết luận giao ban, đồng chí Nguyễn Thanh Hải đề nghị quý II tập trung chuẩn bị đại hội đảng bộ các cấp, đồng thời thực hiện tốt Kế hoạch số 06-KH/BTGDVTU ngày 20/3/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác dân vận năm 2025; phối hợp Công an tỉnh rà soát, nắm chắc số người chấp hành xong án phạt tù ở các xã dự kiến sáp nhập, bảo đảm khi chính quyền địa phương hai cấp vận hành thì hồ sơ, danh sách được chuyển giao liên tục. Tỷ lệ người chấp hành xong án phạt tù có việc làm toàn tỉnh quý I đạt 91,7%.
Minh Khang
Tin liên quan
- Long An: sơ kết hoạt động Ban Tuyên giáo và Dân vận Tỉnh ủy sau một tháng hợp nhất (02/04/2025)
- Thạnh Hóa: 12 mô hình "Dân vận khéo" được công nhận (25/03/2025)
- Ra mắt Ban Tuyên giáo và Dân vận Huyện ủy Cần Đước (03/03/2025)
""", "2025-04-11", "Giao ban khối dân vận quý I: giữ vững công tác tái hòa nhập cộng đồng khi sắp xếp bộ máy",
E("giao_ban", "2025-Q1", "2025-04-10"),
[P("Nguyễn Thanh Hải", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Thị Ngọc Bích", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trương Văn Hòa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phan Minh Tâm", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Trọng", "Thượng tá",
   "Trưởng phòng Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng và hỗ trợ tư pháp (PC10) Công an tỉnh"),
 P("Huỳnh Thị Thu Sương", "Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy Đức Hòa"),
 P("Võ Thành Nam", "Bí thư Đảng ủy xã Mỹ Hạnh Nam"),
 P("Lê Văn Ba", "Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Cần Giuộc")],
[Q("97 người", 97, "người"), Q("188 xã, phường, thị trấn", 188, "xã, phường, thị trấn"), Q("1.163 hồ sơ", 1163, "hồ sơ"),
 Q("43 doanh nghiệp", 43, "doanh nghiệp"), Q("71 người", 71, "người"), Q("9 doanh nghiệp", 9, "doanh nghiệp"),
 Q("14 người", 14, "người"), Q("13 người", 13, "người"), Q("91,7%", 91.7, "%")],
[D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư"),
 D("Nghị định", "49", "2020/NĐ-CP", None, None, "Nghị định 49/2020/NĐ-CP"),
 D("Kế hoạch", "06", "KH/BTGDVTU", "2025-03-20", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 06-KH/BTGDVTU ngày 20/3/2025")],
[prov("Long An"), com("Hựu Thạnh"), com("Mỹ Hạnh Nam"), com("Cần Giuộc")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LONG AN", "Trang chủ | Tin hoạt động | Dân vận chính quyền",
 "Doanh nghiệp đỡ đầu người hoàn lương", "Đức Hòa"],
["Thứ Sáu, 11/04/2025 - 14:30", "quý I/2025", "quý I", "quý II", "ngày 01/3/2025", "3 năm qua", "1 người", "năm 2025",
 "hai cấp"]))

PAGES.append(page("b8546-vinhlong-btgdv-hoinghi-dacxa-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Chính trị - Xây dựng Đảng › Dân vận
Cập nhật: 10:25, 04/09/2025 (GMT+7)
Vĩnh Long sẵn sàng đón 163 người được đặc xá dịp Quốc khánh
(VL) - Sáng 3/9, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp Công an tỉnh, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị triển khai công tác tiếp nhận, quản lý, giúp đỡ người được đặc xá năm 2025 trở về địa phương, kết nối trực tuyến đến 124 xã, phường.
Đây là lần đặc xá đầu tiên kể từ khi tỉnh Vĩnh Long mới được thành lập trên cơ sở hợp nhất các tỉnh Vĩnh Long, Bến Tre, Trà Vinh và chính quyền địa phương hai cấp đi vào hoạt động. Theo Quyết định số 1548/QĐ-CTN ngày 22/8/2025 của Chủ tịch nước về đặc xá năm 2025 nhân dịp kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9, cả nước có hơn 13.000 phạm nhân được đặc xá; tỉnh có 163 người, trong đó 22 người là đồng bào Khmer.
Chủ trì hội nghị có đồng chí Thạch Phước Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Đại tá Phan Văn Lành, Phó Giám đốc Công an tỉnh; đồng chí Nguyễn Thị Bé Mười, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Đại tá Phan Văn Lành cho biết Công an tỉnh đã chuyển danh sách, lý lịch người được đặc xá đến Công an các xã, phường trước ngày 30/8. Người được đặc xá phải trình diện UBND cấp xã trong thời hạn 10 ngày kể từ ngày về đến nơi cư trú. Ban Tuyên giáo và Dân vận Tỉnh ủy ban hành Hướng dẫn số 03-HD/BTGDVTU ngày 28/8/2025, giao Đảng ủy các xã, phường phân công cấp ủy viên phụ trách.
Tại điểm cầu phường Long Châu, bà Trần Thị Kim Hương, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường cho biết phường đón 9 người, đã bố trí 9 tổ giúp đỡ gồm công an khu vực, trưởng khóm và đoàn viên. Ông Kim Văn Sóc, Chủ tịch Ủy ban MTTQ Việt Nam phường Nguyệt Hóa, nói các chùa Khmer trên địa bàn sẵn sàng đón người được đặc xá đến tìm hiểu giáo lý, học nghề. Ở phường An Hội, Hội Liên hiệp Phụ nữ vận động 3 cơ sở may nhận người được đặc xá vào làm việc.
Kết luận hội nghị, đồng chí Thạch Phước Hùng yêu cầu các xã, phường thực hiện đúng Nghị định 49/2020/NĐ-CP; tổ chức gặp mặt, động viên ngay khi người được đặc xá về; trong tháng 9 hoàn thành việc rà soát nhu cầu vay vốn, học nghề. Ngân hàng Chính sách xã hội chi nhánh tỉnh dự kiến dành khoảng 5 tỷ đồng cho vay giải quyết việc làm đối với đối tượng này.
Năm 2024, các tỉnh trước đây tiếp nhận tổng cộng 1.046 người chấp hành xong án phạt tù; tỷ lệ có việc làm đạt 90,2%.
Kim Ngân
Tin liên quan
- Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban tháng 8 (29/08/2025)
- Hơn 2.000 phần quà tặng đồng bào Khmer dịp lễ Sene Đolta (22/08/2025)
- Phường Trà Vinh ra mắt mô hình "Khóm bình yên" (15/08/2025)
""", "2025-09-04", "Vĩnh Long sẵn sàng đón 163 người được đặc xá dịp Quốc khánh",
E("hoi_nghi", "2025", "2025-09-03"),
[P("Thạch Phước Hùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phan Văn Lành", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Nguyễn Thị Bé Mười", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Kim Hương", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường"),
 P("Kim Văn Sóc", "Chủ tịch Ủy ban MTTQ Việt Nam phường Nguyệt Hóa")],
[Q("163 người", 163, "người"), Q("124 xã, phường", 124, "xã, phường"), 
 Q("hơn 13.000 phạm nhân", 13000, "phạm nhân", "over"), Q("22 người", 22, "người"), Q("9 người", 9, "người"),
 Q("9 tổ giúp đỡ", 9, "tổ giúp đỡ"), Q("3 cơ sở may", 3, "cơ sở may"), Q("khoảng 5 tỷ đồng", 5000000000, "đồng", "approx"),
 Q("1.046 người", 1046, "người"), Q("90,2%", 90.2, "%")],
[D("Quyết định", "1548", "QĐ-CTN", "2025-08-22", "Chủ tịch nước", "Quyết định số 1548/QĐ-CTN ngày 22/8/2025 của Chủ tịch nước"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", "2025-08-28", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 03-HD/BTGDVTU ngày 28/8/2025"),
 D("Nghị định", "49", "2020/NĐ-CP", None, None, "Nghị định 49/2020/NĐ-CP")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Châu"), com("Nguyệt Hóa"), com("An Hội")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Chính trị - Xây dựng Đảng › Dân vận", "(VL)", "Ngân hàng Chính sách xã hội chi nhánh tỉnh"],
["Cập nhật: 10:25, 04/09/2025 (GMT+7)", "năm 2025", "80 năm", "Quốc khánh 2/9", "30/8", "10 ngày", "tháng 9", "Năm 2024",
 "hai cấp"]))

PAGES.append(page("b8547-lamdong-btgdv-tongket-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Trang chủ › Tin tức › Dân vận
Thứ Sáu, 16/01/2026, 08:05
Ảnh: Các đại biểu dự hội nghị.
Lâm Đồng triển khai nhiệm vụ năm 2026 về công tác tái hòa nhập cộng đồng
Ngày 15/01/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp Công an tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác vận động, giúp đỡ người chấp hành xong án phạt tù tái hòa nhập cộng đồng năm 2025, triển khai nhiệm vụ năm 2026. Đây là lần tổng kết đầu tiên sau khi hợp nhất các tỉnh Lâm Đồng, Đắk Nông, Bình Thuận.
Dự hội nghị có các đồng chí: K'Brơi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Đại tá Trần Minh Quang, Phó Giám đốc Công an tỉnh; Điểu Kâu, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Ka Thị Hòa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo cho biết, năm 2025 trên địa bàn tỉnh (tính cả các tỉnh trước hợp nhất) có 1.682 người chấp hành xong án phạt tù trở về, trong đó 214 người được đặc xá năm 2025. Các xã, phường đã lập hồ sơ, phân công giúp đỡ 1.655 người, đạt 98,4%; giới thiệu việc làm cho 806 người; 392 người được vay vốn với tổng số tiền gần 18 tỷ đồng. Có 37 người tái phạm tội, chiếm 2,2%.
Theo từng khu vực: khu vực Lâm Đồng trước đây 702 người, khu vực Đắk Nông 431 người, khu vực Bình Thuận 549 người.
Tại hội nghị, bà Bon Niêng Ha Lim, Bí thư Đảng ủy xã Lạc Dương, chia sẻ việc các bon, buôn đưa người trở về vào tổ hợp tác trồng cà phê, rau hoa; ông Điểu Sơn, người có uy tín bon Bu Prăng, xã Quảng Trực, kể đã cùng Đồn Biên phòng nhận đỡ đầu 5 thanh niên Mnông. Ông Lê Văn Hải, Chủ tịch UBND phường Xuân Hương - Đà Lạt, đề nghị có chính sách hỗ trợ người trở về thuê nhà trọ, vì nhiều người không còn nơi ở.
Ông Nguyễn Văn Mến, Phó Chủ tịch UBND phường Phan Thiết, cho biết phường đã phối hợp các chủ tàu cá nhận 28 người lên tàu làm việc, thu nhập khoảng 12 triệu đồng/tháng.
Phát biểu chỉ đạo, đồng chí K'Brơi yêu cầu năm 2026 các cấp tiếp tục thực hiện Nghị định 49/2020/NĐ-CP; Kế hoạch số 21-KH/TU ngày 10/10/2025 của Ban Thường vụ Tỉnh ủy về công tác dân vận giai đoạn 2025 - 2030; Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả công tác dân vận của chính quyền hai cấp và về phòng, chống ma túy. Mỗi xã, phường phấn đấu có ít nhất 1 mô hình "Dân vận khéo" về giúp đỡ người chấp hành xong án phạt tù.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 16 tập thể, 24 cá nhân; Công an tỉnh tặng giấy khen cho 10 tập thể.
Minh Phương
Tin liên quan
- Lâm Đồng: 120 mô hình "Dân vận khéo" được công nhận năm 2025 (09/01/2026)
- Ban Tuyên giáo và Dân vận Tỉnh ủy gặp mặt người có uy tín (30/12/2025)
- Phường Bắc Gia Nghĩa đối thoại với nhân dân (22/12/2025)
""", "2026-01-16", "Lâm Đồng triển khai nhiệm vụ năm 2026 về công tác tái hòa nhập cộng đồng",
E("tong_ket", "2025", "2026-01-15"),
[P("K'Brơi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Minh Quang", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Điểu Kâu", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ka Thị Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bon Niêng Ha Lim", "Bí thư Đảng ủy xã Lạc Dương"),
 P("Điểu Sơn", "người có uy tín bon Bu Prăng"),
 P("Lê Văn Hải", "Chủ tịch UBND phường Xuân Hương - Đà Lạt"),
 P("Nguyễn Văn Mến", "Phó Chủ tịch UBND phường Phan Thiết")],
[Q("1.682 người", 1682, "người"), Q("214 người", 214, "người"), Q("1.655 người", 1655, "người"), Q("98,4%", 98.4, "%"),
 Q("806 người", 806, "người"), Q("392 người", 392, "người"), Q("gần 18 tỷ đồng", 18000000000, "đồng", "approx"),
 Q("37 người", 37, "người"), Q("2,2%", 2.2, "%"), Q("702 người", 702, "người"), Q("431 người", 431, "người"),
 Q("549 người", 549, "người"), Q("5 thanh niên Mnông", 5, "thanh niên Mnông"), Q("28 người", 28, "người"),
 Q("khoảng 12 triệu đồng", 12000000, "đồng", "approx"),
 Q("16 tập thể", 16, "tập thể"), Q("24 cá nhân", 24, "cá nhân"), Q("10 tập thể", 10, "tập thể")],
[D("Nghị định", "49", "2020/NĐ-CP", None, None, "Nghị định 49/2020/NĐ-CP"),
 D("Kế hoạch", "21", "KH/TU", "2025-10-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 21-KH/TU ngày 10/10/2025 của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lạc Dương"), com("Quảng Trực"),
 com("Xuân Hương - Đà Lạt"), com("Phan Thiết")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Trang chủ › Tin tức › Dân vận", "Ảnh: Các đại biểu dự hội nghị.",
 "Dân vận khéo", "Đồn Biên phòng", "bon Bu Prăng"],
["Thứ Sáu, 16/01/2026, 08:05", "năm 2025", "năm 2026", "Ngày 15/01/2026", "giai đoạn 2025 - 2030",
 "ít nhất 1 mô hình", "hai cấp"]))

PAGES.append(page("b8548-tuyenquang-xa-doithoai-2026", """
Hôm nay: Thứ Hai, 18/05/2026
TRANG THÔNG TIN ĐIỆN TỬ XÃ ĐỒNG VĂN - TỈNH TUYÊN QUANG
Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng ủy
Ngày đăng 15/05/2026 | 09:10
Đảng ủy xã Đồng Văn đối thoại với người chấp hành xong án phạt tù
Chiều 14/5, Ban Thường vụ Đảng ủy xã Đồng Văn (tỉnh Tuyên Quang) tổ chức hội nghị đối thoại năm 2026 giữa người đứng đầu cấp ủy, chính quyền xã với người chấp hành xong án phạt tù, người được đặc xá đang cư trú trên địa bàn.
Chủ trì hội nghị có đồng chí Sùng Mí Dính, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Vàng Thị Mai, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; Trung tá Giàng Seo Phử, Trưởng Công an xã. Cùng dự có đồng chí Lầu Mí Chả, ĐUV, Chủ tịch Ủy ban MTTQ Việt Nam xã; đồng chí Thào Thị Dợ, ĐUV, Trưởng ban Xây dựng Đảng Đảng ủy xã.
Theo báo cáo của Công an xã, sau khi sắp xếp đơn vị hành chính, xã Đồng Văn hiện quản lý 74 người đã chấp hành xong án phạt tù, trong đó 6 người được đặc xá năm 2025; hơn 80% phạm tội liên quan ma túy, mua bán người. Có 46 người tham dự đối thoại. Thực hiện Kế hoạch số 25-KH/ĐU ngày 02/4/2026 của Ban Thường vụ Đảng ủy xã, các chi bộ đã phân công 74 đảng viên, mỗi người giúp đỡ một trường hợp.
Tại hội nghị, 9 ý kiến được nêu trực tiếp bằng tiếng Mông và tiếng phổ thông. Anh Lò Văn Chứ (thôn Lũng Cẩm) đề nghị được hỗ trợ giống bò để chăn nuôi. Anh Mua Mí Sính (thôn Sà Phìn A) hỏi về thủ tục xóa án tích để con được xét tuyển vào công an. Chị Ly Thị Mỷ mong xã giới thiệu việc làm tại các hợp tác xã du lịch cộng đồng trên cao nguyên đá.
Trả lời các ý kiến, đồng chí Vàng Thị Mai cho biết năm 2026 xã dành 320 triệu đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số để hỗ trợ 16 con bò giống cho hộ có người trở về thuộc diện hộ nghèo, mỗi con trị giá 20 triệu đồng; Hợp tác xã Du lịch Lũng Cẩm đã nhận 4 người vào làm hướng dẫn viên, bán hàng. Trung tá Giàng Seo Phử hướng dẫn thủ tục xóa án tích theo Luật Thi hành án hình sự và Nghị định 49/2020/NĐ-CP, đồng thời cam kết Công an xã hỗ trợ làm hồ sơ trong 5 ngày.
Kết luận hội nghị, đồng chí Sùng Mí Dính yêu cầu các chi bộ thôn tiếp tục phát huy vai trò người có uy tín, trưởng dòng họ Sùng, Vàng, Giàng, Lầu; không để người trở về bị lôi kéo buôn bán ma túy qua biên giới; phấn đấu đến cuối năm trên 85% người chấp hành xong án phạt tù có việc làm ổn định.
Ban Tuyên giáo và Dân vận Đảng ủy xã
Tin liên quan
- Đồng Văn: ra quân làm đường bê tông nông thôn (08/05/2026)
- Hội nghị giao ban công tác dân vận tháng 4/2026 (04/05/2026)
- Xã Đồng Văn ra mắt mô hình "Dòng họ không có ma túy" (24/04/2026)
""", "2026-05-15", "Đảng ủy xã Đồng Văn đối thoại với người chấp hành xong án phạt tù",
E("doi_thoai", "2026", "2026-05-14"),
[P("Sùng Mí Dính", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Vàng Thị Mai", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Giàng Seo Phử", "Trung tá", "Trưởng Công an xã"),
 P("Lầu Mí Chả", "ĐUV", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thào Thị Dợ", "ĐUV", "Trưởng ban Xây dựng Đảng Đảng ủy xã"),
 P("Lò Văn Chứ"),
 P("Mua Mí Sính"),
 P("Ly Thị Mỷ")],
[Q("74 người", 74, "người"), Q("6 người", 6, "người"), Q("hơn 80%", 80, "%", "over"), Q("46 người", 46, "người"),
 Q("74 đảng viên", 74, "đảng viên"), Q("9 ý kiến", 9, "ý kiến"), Q("320 triệu đồng", 320000000, "đồng"),
 Q("16 con bò giống", 16, "con bò giống"), Q("20 triệu đồng", 20000000, "đồng"), Q("4 người", 4, "người"),
 Q("trên 85%", 85, "%", "over")],
[D("Kế hoạch", "25", "KH/ĐU", "2026-04-02", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 25-KH/ĐU ngày 02/4/2026 của Ban Thường vụ Đảng ủy xã"),
 D("Nghị định", "49", "2020/NĐ-CP", None, None, "Nghị định 49/2020/NĐ-CP")],
[prov("Tuyên Quang"), com("Đồng Văn")],
["Hôm nay: Thứ Hai, 18/05/2026", "TRANG THÔNG TIN ĐIỆN TỬ XÃ ĐỒNG VĂN - TỈNH TUYÊN QUANG",
 "Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng ủy", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số",
 "Luật Thi hành án hình sự", "Hợp tác xã Du lịch Lũng Cẩm", "thôn Lũng Cẩm", "thôn Sà Phìn A"],
["Hôm nay: Thứ Hai, 18/05/2026", "Ngày đăng 15/05/2026 | 09:10", "năm 2026", "năm 2025", "5 ngày", "một trường hợp"]))
