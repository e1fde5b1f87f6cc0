from lib import *
PAGES = []

PAGES.append(page("b6569-kiengiang-doithoai-choduongdong-2021", """
BÁO KIÊN GIANG ĐIỆN TỬ
Trang chủ » Thời sự » Địa phương
Thứ Tư, 14/04/2021 - 08:20
Ảnh: Quang cảnh buổi đối thoại.
Phú Quốc: Đối thoại với hộ kinh doanh về di dời chợ Dương Đông
(BKGO) - Chiều 13-4, Thành ủy, UBND thành phố Phú Quốc tổ chức buổi đối thoại năm 2021 với hộ kinh doanh, tiểu thương chợ Dương Đông về chủ trương di dời chợ sang khu thương mại mới. Chủ trì đối thoại có ông Trần Minh Khoa, Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố; ông Huỳnh Quang Thịnh, Phó Chủ tịch UBND thành phố và bà Danh Thị Sa Rươl, Thành ủy viên, Trưởng Ban Dân vận Thành ủy Phú Quốc.
Chợ Dương Đông hiện có 742 hộ kinh doanh cố định và khoảng 300 hộ buôn bán không thường xuyên, nằm sát cửa sông, thường xuyên quá tải, ùn tắc giao thông và ô nhiễm môi trường. Thực hiện Nghị quyết số 17-NQ/TU ngày 12/1/2021 của Ban Thường vụ Tỉnh ủy Kiên Giang và Kế hoạch số 26/KH-UBND ngày 2/2/2021 của UBND thành phố, chợ sẽ được di dời về khu đất rộng 4,8 ha tại khu phố 7, phường Dương Đông, với tổng vốn đầu tư khoảng 320 tỷ đồng theo hình thức xã hội hóa.
Tại buổi đối thoại có 19 lượt ý kiến phát biểu trực tiếp. Bà Nguyễn Thị Kim Phượng, tiểu thương ngành hàng hải sản khô, đề nghị có lộ trình cụ thể, hỗ trợ chi phí di chuyển và ưu đãi giá thuê ki-ốt trong 2 năm đầu. Ông Thạch Sô Phanh, tiểu thương bán rau củ, lo ngại chợ mới xa khu dân cư nên khách giảm. Ông Lê Văn Mến, Trưởng Ban đại diện tiểu thương chợ Dương Đông, kiến nghị thành phố công khai bản đồ bố trí ngành hàng và ưu tiên các hộ có thời gian kinh doanh lâu năm được chọn vị trí trước.
Trả lời các ý kiến, ông Huỳnh Quang Thịnh cho biết các hộ di dời đúng thời hạn sẽ được hỗ trợ 10 triệu đồng/hộ, miễn 100% tiền thuê trong 6 tháng đầu và giảm 50% trong 6 tháng tiếp theo. Việc bố trí vị trí được thực hiện bằng hình thức bốc thăm công khai theo ngành hàng, có sự giám sát của Ủy ban MTTQ thành phố và đại diện tiểu thương. Thành phố cũng sẽ mở thêm 2 tuyến xe buýt nội ô đi qua chợ mới.
Bà Danh Thị Sa Rươl thông tin, Ban Dân vận Thành ủy đã thành lập 6 tổ dân vận đến từng hộ, tiếp thu 58 ý kiến trước buổi đối thoại; các đoàn thể sẽ tiếp tục phối hợp với Ban Quản lý chợ ghi nhận kiến nghị tại chỗ. Đại diện phường An Thới cũng chia sẻ kinh nghiệm di dời chợ An Thới năm 2019 khi có 96% hộ đồng thuận trước khi khởi công.
Kết luận buổi đối thoại, ông Trần Minh Khoa khẳng định thành phố không di dời khi hạ tầng chợ mới chưa hoàn chỉnh; yêu cầu các cơ quan chuyên môn tiếp thu đầy đủ ý kiến, trả lời bằng văn bản trước ngày 30/4 và tiếp tục thực hiện tốt Quy chế dân chủ ở cơ sở trong suốt quá trình thực hiện dự án.
Thanh Hà - Bảo Trân
Tin liên quan
- Phú Quốc công bố quy hoạch khu thương mại Dương Đông (05/04/2021)
- Tiểu thương chợ An Thới ổn định kinh doanh (22/03/2021)
- Ban Dân vận Tỉnh ủy Kiên Giang giao ban quý I (31/03/2021)
""", "2021-04-14", "Phú Quốc: Đối thoại với hộ kinh doanh về di dời chợ Dương Đông",
E("doi_thoai", "2021", "2021-04-13"),
[P("Trần Minh Khoa", "Phó Bí thư Thường trực Thành ủy", "Chủ tịch HĐND thành phố"),
 P("Huỳnh Quang Thịnh", "Phó Chủ tịch UBND thành phố"),
 P("Danh Thị Sa Rươl", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy Phú Quốc"),
 P("Nguyễn Thị Kim Phượng", "tiểu thương ngành hàng hải sản khô"),
 P("Thạch Sô Phanh", "tiểu thương bán rau củ"),
 P("Lê Văn Mến", "Trưởng Ban đại diện tiểu thương chợ Dương Đông")],
[Q("742 hộ kinh doanh cố định", 742, "hộ kinh doanh cố định"), Q("khoảng 300 hộ", 300, "hộ", "approx"),
 Q("4,8 ha", 4.8, "ha"), Q("khoảng 320 tỷ đồng", 320000000000, "đồng", "approx"), Q("19 lượt ý kiến", 19, "lượt ý kiến"),
 Q("10 triệu đồng/hộ", 10000000, "đồng"), Q("100%", 100, "%"), Q("50%", 50, "%"), Q("2 tuyến xe buýt nội ô", 2, "tuyến xe buýt nội ô"),
 Q("6 tổ dân vận", 6, "tổ dân vận"), Q("58 ý kiến", 58, "ý kiến"), Q("96%", 96, "%")],
[D("Nghị quyết", "17", "NQ/TU", "2021-01-12", "Ban Thường vụ Tỉnh ủy Kiên Giang", "Nghị quyết số 17-NQ/TU ngày 12/1/2021"),
 D("Kế hoạch", "26", "KH-UBND", "2021-02-02", "UBND thành phố", "Kế hoạch số 26/KH-UBND ngày 2/2/2021")],
[prov("Kiên Giang"), com("Dương Đông"), com("An Thới")],
["BÁO KIÊN GIANG ĐIỆN TỬ", "Trang chủ » Thời sự » Địa phương", "Ảnh: Quang cảnh buổi đối thoại.", "(BKGO)", "Quy chế dân chủ ở cơ sở"],
["Thứ Tư, 14/04/2021 - 08:20", "năm 2021", "2 năm đầu", "6 tháng đầu", "6 tháng tiếp theo", "khu phố 7", "năm 2019", "ngày 30/4"]))

PAGES.append(page("b6570-hue-hoinghi-chodongba-2021", """
Thừa Thiên Huế Online - Báo Thừa Thiên Huế
Chính trị > Dân vận
03/11/2021 | 15:45
Lấy ý kiến tiểu thương về phương án bố trí chợ tạm Đông Ba
Bà Lê Thị Ngọc Hân, tiểu thương ngành hàng vải, phát biểu ý kiến tại hội nghị.
Sáng 2/11, UBND thành phố Huế phối hợp Ủy ban MTTQ Việt Nam thành phố tổ chức hội nghị lấy ý kiến tiểu thương về phương án bố trí chợ tạm phục vụ dự án bảo tồn, chỉnh trang chợ Đông Ba năm 2021. Hơn 200 tiểu thương đại diện các ngành hàng đã tham dự.
Ông Hoàng Hải Minh, Phó Chủ tịch UBND thành phố Huế cho biết, dự án được thực hiện theo Quyết định số 2466/QĐ-UBND ngày 8/10/2021 của UBND tỉnh Thừa Thiên Huế, tổng mức đầu tư khoảng 285 tỷ đồng. Trong thời gian thi công, dự kiến hơn 1.100 tiểu thương trong nhà lồng chính sẽ được bố trí tạm tại 3 khu vực: bãi đỗ xe đường Trần Hưng Đạo, khu đất trống bên bờ sông và một phần chợ tạm tại phường Phú Cát.
Ông Trương Công Định, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy Huế nhấn mạnh: chợ Đông Ba là di sản gắn với đời sống hàng nghìn gia đình tiểu thương; vì vậy việc bố trí chợ tạm phải công khai, dân chủ, bảo đảm "dân biết, dân bàn, dân làm, dân kiểm tra". Theo Kế hoạch số 134-KH/TU của Ban Thường vụ Thành ủy, khối dân vận thành phố đã cử 52 cán bộ, đảng viên đến từng ngành hàng nắm tâm tư, tổng hợp được 326 ý kiến trước hội nghị.
Tại hội nghị, 14 tiểu thương phát biểu trực tiếp. Bà Lê Thị Ngọc Hân, tiểu thương ngành hàng vải, đề nghị bố trí ngành hàng vải, quần áo ở khu vực có mái che kiên cố vì hàng dễ hư hỏng khi mưa. Ông Phan Văn Tuấn, đại diện tiểu thương ngành hàng ăn uống, đề nghị chợ tạm phải có hệ thống nước sạch và nơi thu gom rác thải. Nhiều ý kiến mong thành phố giảm 30 - 50% phí sử dụng diện tích bán hàng trong thời gian ở chợ tạm và sớm công bố thời gian hoàn thành dự án.
Bà Nguyễn Thị Thanh Xuân, Chủ tịch UBND phường Phú Hòa cho biết phường đã rà soát, lập danh sách 1.162 hộ đang kinh doanh, trong đó 87 hộ có hoàn cảnh khó khăn cần được quan tâm ưu tiên vị trí và hỗ trợ vay vốn. Ông Võ Đại Nghĩa, Giám đốc Trung tâm Dịch vụ thương mại thành phố, tiếp thu và giải trình các ý kiến liên quan đến quy mô ki-ốt, phương án phòng cháy và vệ sinh môi trường tại các khu chợ tạm.
Kết luận hội nghị, ông Hoàng Hải Minh ghi nhận các ý kiến xác đáng; giao Trung tâm Dịch vụ thương mại hoàn chỉnh phương án, công khai tại chợ trong 10 ngày để tiểu thương tiếp tục góp ý, thực hiện đúng Nghị định số 02/2003/NĐ-CP của Chính phủ về phát triển và quản lý chợ. Thành phố phấn đấu đưa tiểu thương vào chợ tạm trước Tết Nguyên đán để không ảnh hưởng mùa kinh doanh cuối năm.
Bạch Châu
Xem thêm
- Chợ Đông Ba trước ngày chỉnh trang (28/10/2021)
- Huế: Tiểu thương được hỗ trợ vay vốn khôi phục kinh doanh (15/10/2021)
- Ủy ban MTTQ thành phố Huế giám sát công tác phòng chống dịch tại chợ (30/09/2021)
""", "2021-11-03", "Lấy ý kiến tiểu thương về phương án bố trí chợ tạm Đông Ba",
E("hoi_nghi", "2021", "2021-11-02"),
[P("Lê Thị Ngọc Hân", "tiểu thương ngành hàng vải"),
 P("Hoàng Hải Minh", "Phó Chủ tịch UBND thành phố Huế"),
 P("Trương Công Định", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy Huế"),
 P("Phan Văn Tuấn", "đại diện tiểu thương ngành hàng ăn uống"),
 P("Nguyễn Thị Thanh Xuân", "Chủ tịch UBND phường Phú Hòa"),
 P("Võ Đại Nghĩa", "Giám đốc Trung tâm Dịch vụ thương mại thành phố")],
[Q("Hơn 200 tiểu thương", 200, "tiểu thương", "over"), Q("khoảng 285 tỷ đồng", 285000000000, "đồng", "approx"),
 Q("hơn 1.100 tiểu thương", 1100, "tiểu thương", "over"), Q("3 khu vực", 3, "khu vực"),
 Q("52 cán bộ, đảng viên", 52, "cán bộ, đảng viên"), Q("326 ý kiến", 326, "ý kiến"), Q("14 tiểu thương", 14, "tiểu thương"),
 Q("30 - 50%", 30, "%", "approx"), Q("1.162 hộ", 1162, "hộ"), Q("87 hộ có hoàn cảnh khó khăn", 87, "hộ")],
[D("Quyết định", "2466", "QĐ-UBND", "2021-10-08", "UBND tỉnh Thừa Thiên Huế", "Quyết định số 2466/QĐ-UBND ngày 8/10/2021"),
 D("Kế hoạch", "134", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch số 134-KH/TU"),
 D("Nghị định", "02", "2003/NĐ-CP", None, "Chính phủ", "Nghị định số 02/2003/NĐ-CP")],
[prov("Thừa Thiên Huế"), com("Phú Cát"), com("Phú Hòa")],
["Thừa Thiên Huế Online - Báo Thừa Thiên Huế", "Chính trị > Dân vận",
 "Bà Lê Thị Ngọc Hân, tiểu thương ngành hàng vải, phát biểu ý kiến tại hội nghị.", "dân biết, dân bàn, dân làm, dân kiểm tra"],
["03/11/2021 | 15:45", "năm 2021", "10 ngày", "Tết Nguyên đán"]))

PAGES.append(page("b6571-quangninh-tongket-bdv-halong-2022", """
BÁO QUẢNG NINH
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa
27/12/2022 18:02
Thành phố Hạ Long: Phát huy vai trò dân vận trong sắp xếp chợ và hộ kinh doanh
Toàn cảnh hội nghị.
Ngày 26/12, Ban Dân vận Thành ủy Hạ Long (Quảng Ninh) tổ chức hội nghị tổng kết công tác dân vận năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Vũ Thị Thu Thủy, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy chủ trì hội nghị.
Năm 2022, điểm nhấn của khối dân vận thành phố là công tác vận động tiểu thương, hộ kinh doanh chấp hành phương án sắp xếp lại chợ Hạ Long I và các tuyến phố buôn bán ở phường Bạch Đằng, phường Hồng Gai. Ban Dân vận Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành Kế hoạch số 215-KH/TU ngày 18/3/2022 và Chỉ thị số 14-CT/TU về tăng cường công tác dân vận trong chỉnh trang đô thị; chủ trì xây dựng 37 mô hình "Dân vận khéo" cấp thành phố, trong đó 9 mô hình trong lĩnh vực thương mại, dịch vụ.
Kết quả, 1.048 tiểu thương tại chợ Hạ Long I đã ký cam kết thực hiện "5 không" trong kinh doanh; 214 hộ kinh doanh trên tuyến phố cổ Bến Đoan tự nguyện tháo dỡ mái che, biển quảng cáo lấn chiếm vỉa hè; khoảng 1,3 km vỉa hè được trả lại cho người đi bộ. Các đoàn thể đã phối hợp với Ngân hàng Chính sách xã hội giải ngân hơn 15 tỷ đồng cho 310 hộ kinh doanh nhỏ vay vốn khôi phục sản xuất sau dịch Covid-19.
Công tác nắm tình hình được duy trì thường xuyên; khối dân vận đã tiếp nhận 126 lượt ý kiến, kiến nghị của tiểu thương, phối hợp giải quyết dứt điểm 118 ý kiến, không để phát sinh điểm nóng. Hằng quý, Ban Quản lý chợ tổ chức đối thoại với tiểu thương theo Quy chế phối hợp số 03-QC/BDVTU-BQLC giữa Ban Dân vận Thành ủy và Ban Quản lý chợ.
Tại hội nghị, đồng chí Đặng Văn Hòa, Bí thư Đảng ủy phường Bạch Đằng chia sẻ kinh nghiệm "đảng viên đi trước" khi chính các đảng viên là tiểu thương tự giác tháo dỡ trước. Bà Phạm Thị Hà, Chi hội trưởng Chi hội Phụ nữ tiểu thương chợ Hạ Long I, cho biết chi hội đã giúp 23 chị em đăng ký sử dụng ví điện tử, thanh toán không dùng tiền mặt.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Hồng Nhung, Phó Bí thư Thường trực Thành ủy Hạ Long ghi nhận kết quả khối dân vận đạt được; đề nghị năm 2023 tiếp tục thực hiện Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị 49-CT/TW về công tác dân vận trong tình hình mới; đổi mới phương thức vận động tiểu thương, nhất là trong chuyển đổi số và văn minh thương mại.
Dịp này, Ban Thường vụ Thành ủy tặng giấy khen cho 12 tập thể, 20 cá nhân có thành tích tiêu biểu.
Thu Hằng
Tin khác
- Tuyên dương 30 mô hình Dân vận khéo tiêu biểu (20/12/2022)
- Hạ Long: Ra mắt tuyến phố văn minh thương mại (14/11/2022)
- Chợ Hạ Long I hướng tới chợ 4.0 (02/10/2022)
""", "2022-12-27", "Thành phố Hạ Long: Phát huy vai trò dân vận trong sắp xếp chợ và hộ kinh doanh",
E("tong_ket", "2022", "2022-12-26"),
[P("Vũ Thị Thu Thủy", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Đặng Văn Hòa", "Bí thư Đảng ủy phường Bạch Đằng"),
 P("Phạm Thị Hà", "Chi hội trưởng Chi hội Phụ nữ tiểu thương chợ Hạ Long I"),
 P("Nguyễn Thị Hồng Nhung", "Phó Bí thư Thường trực Thành ủy Hạ Long")],
[Q("37 mô hình", 37, "mô hình"), Q("9 mô hình", 9, "mô hình"), Q("1.048 tiểu thương", 1048, "tiểu thương"),
 Q("214 hộ kinh doanh", 214, "hộ kinh doanh"), Q("khoảng 1,3 km", 1.3, "km", "approx"),
 Q("hơn 15 tỷ đồng", 15000000000, "đồng", "over"), Q("310 hộ kinh doanh nhỏ", 310, "hộ kinh doanh nhỏ"),
 Q("126 lượt ý kiến, kiến nghị", 126, "lượt ý kiến, kiến nghị"), Q("118 ý kiến", 118, "ý kiến"), Q("23 chị em", 23, "chị em"),
 Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân", 20, "cá nhân")],
[D("Kế hoạch", "215", "KH/TU", "2022-03-18", "Ban Thường vụ Thành ủy", "Kế hoạch số 215-KH/TU ngày 18/3/2022"),
 D("Chỉ thị", "14", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị số 14-CT/TU"),
 D("Quy chế phối hợp", "03", "QC/BDVTU-BQLC", None, None, "Quy chế phối hợp số 03-QC/BDVTU-BQLC"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019"),
 D("Chỉ thị", "49", "CT/TW", None, None, "Chỉ thị 49-CT/TW")],
[prov("Quảng Ninh"), com("Bạch Đằng"), com("Hồng Gai")],
["BÁO QUẢNG NINH", "Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa", "Toàn cảnh hội nghị.", "Dân vận khéo", "đảng viên đi trước", "5 không"],
["27/12/2022 18:02", "năm 2022", "năm 2023", "5 không", "Hằng quý"]))

PAGES.append(page("b6572-daklak-taphuan-hoadon-hkd-2022", """
Báo Đắk Lắk điện tử
Kinh tế › Doanh nghiệp - Doanh nhân
Thứ Tư, 10/8/2022 | 09:12
Hơn 300 hộ kinh doanh ở Buôn Ma Thuột được tập huấn sử dụng hóa đơn điện tử
Cán bộ thuế hướng dẫn tiểu thương cài đặt phần mềm hóa đơn điện tử.
Ngày 9/8, Ban Dân vận Thành ủy Buôn Ma Thuột phối hợp Chi cục Thuế khu vực thành phố và Hội Liên hiệp Phụ nữ thành phố tổ chức lớp tập huấn năm 2022 về sử dụng hóa đơn điện tử, kê khai thuế qua mạng cho hơn 300 hộ kinh doanh, tiểu thương tại chợ trung tâm Buôn Ma Thuột và các chợ phường Thành Công, Tân Lợi.
Phát biểu khai mạc, bà H'Linh Niê, Thành ủy viên, Trưởng Ban Dân vận Thành ủy cho biết, thực hiện Nghị định số 123/2020/NĐ-CP của Chính phủ quy định về hóa đơn, chứng từ và Thông tư số 78/2021/TT-BTC của Bộ Tài chính, từ ngày 1/7/2022 các hộ kinh doanh nộp thuế theo phương pháp kê khai bắt buộc phải sử dụng hóa đơn điện tử. Tuy nhiên, qua khảo sát của khối dân vận, khoảng 60% tiểu thương lớn tuổi chưa biết sử dụng điện thoại thông minh để tra cứu, xuất hóa đơn.
Tại lớp tập huấn, ông Trần Văn Sơn, Phó Chi cục trưởng Chi cục Thuế khu vực thành phố Buôn Ma Thuột, hướng dẫn quy trình đăng ký, khởi tạo và xuất hóa đơn điện tử có mã của cơ quan thuế; cách nộp thuế điện tử qua ứng dụng ngân hàng. Theo ông Sơn, trên địa bàn thành phố có 1.426 hộ kinh doanh nộp thuế theo phương pháp kê khai, đến nay đã có 1.105 hộ đăng ký sử dụng hóa đơn điện tử, đạt 77,5%; các hộ được cấp miễn phí tài khoản trong 12 tháng đầu.
Nhiều tiểu thương đã đặt câu hỏi trực tiếp. Bà H'Yơn Byă, tiểu thương bán cà phê, đặc sản tại chợ trung tâm, hỏi về việc xuất hóa đơn cho khách mua lẻ; ông Nguyễn Văn Quý, tiểu thương ngành hàng điện máy, đề nghị cơ quan thuế bố trí điểm hỗ trợ cố định tại chợ. Trả lời, ông Trần Văn Sơn cho biết Chi cục sẽ thành lập 4 tổ hỗ trợ lưu động, trực tại các chợ vào sáng thứ Ba và thứ Sáu hằng tuần đến hết năm 2022.
Bà Y Thoan Adrơng, Chủ tịch Hội LHPN phường Tân Lợi, cho biết Hội đã thành lập nhóm "Tiểu thương số" gồm 25 đoàn viên thanh niên, hội viên phụ nữ thạo công nghệ để cầm tay chỉ việc cho bà con. Đây là cách làm thuộc Kế hoạch số 42-KH/BDVTU ngày 16/5/2022 của Ban Dân vận Thành ủy về công tác dân vận trong thực hiện chuyển đổi số.
Kết thúc lớp tập huấn, mỗi học viên được phát 1 bộ tài liệu hướng dẫn và được hỗ trợ cài đặt ứng dụng trực tiếp tại lớp. Ban tổ chức cũng trao 30 bộ mã QR thanh toán cho các hộ kinh doanh nhỏ ở chợ phường Thành Công.
H'Nguyên - Minh Thuận
Tin cùng chuyên mục
- Đắk Lắk: 70% chợ thực hiện thanh toán không dùng tiền mặt (28/07/2022)
- Hội nghị đối thoại với doanh nghiệp, hộ kinh doanh năm 2022 (15/07/2022)
- Buôn Ma Thuột xây dựng mô hình chợ 4.0 (20/06/2022)
""", "2022-08-10", "Hơn 300 hộ kinh doanh ở Buôn Ma Thuột được tập huấn sử dụng hóa đơn điện tử",
E("tap_huan", "2022", "2022-08-09"),
[P("H'Linh Niê", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Trần Văn Sơn", "Phó Chi cục trưởng Chi cục Thuế khu vực thành phố Buôn Ma Thuột"),
 P("H'Yơn Byă", "tiểu thương bán cà phê"),
 P("Nguyễn Văn Quý", "tiểu thương ngành hàng điện máy"),
 P("Y Thoan Adrơng", "Chủ tịch Hội LHPN phường Tân Lợi")],
[Q("Hơn 300 hộ kinh doanh", 300, "hộ kinh doanh", "over"), Q("khoảng 60%", 60, "%", "approx"),
 Q("1.426 hộ kinh doanh", 1426, "hộ kinh doanh"), Q("1.105 hộ", 1105, "hộ"), Q("77,5%", 77.5, "%"),
 Q("4 tổ hỗ trợ lưu động", 4, "tổ hỗ trợ lưu động"), Q("25 đoàn viên thanh niên, hội viên phụ nữ", 25, "đoàn viên thanh niên, hội viên phụ nữ"),
 Q("30 bộ mã QR thanh toán", 30, "bộ mã QR thanh toán")],
[D("Nghị định", "123", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 123/2020/NĐ-CP"),
 D("Thông tư", "78", "2021/TT-BTC", None, "Bộ Tài chính", "Thông tư số 78/2021/TT-BTC"),
 D("Kế hoạch", "42", "KH/BDVTU", "2022-05-16", "Ban Dân vận Thành ủy", "Kế hoạch số 42-KH/BDVTU ngày 16/5/2022")],
[prov("Đắk Lắk"), com("Thành Công"), com("Tân Lợi")],
["Báo Đắk Lắk điện tử", "Kinh tế › Doanh nghiệp - Doanh nhân", "Cán bộ thuế hướng dẫn tiểu thương cài đặt phần mềm hóa đơn điện tử.", "Tiểu thương số"],
["Thứ Tư, 10/8/2022 | 09:12", "năm 2022", "12 tháng đầu", "1 bộ tài liệu", "ngày 1/7/2022"]))

PAGES.append(page("b6573-bacninh-soket-6thang-chonhon-2023", """
BAN DÂN VẬN TỈNH ỦY BẮC NINH
Trang chủ - Tin tức - Dân vận các cấp
Ngày đăng: 18/07/2023 - 10:35
Ban Dân vận Thành ủy Bắc Ninh sơ kết công tác 6 tháng đầu năm
Ngày 17/7/2023, Ban Dân vận Thành ủy Bắc Ninh tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023. Đồng chí Nguyễn Thị Thu Hương, Thành ủy viên, Trưởng Ban Dân vận Thành ủy chủ trì.
Quang cảnh hội nghị sơ kết.
Theo báo cáo, 6 tháng đầu năm 2023, khối dân vận thành phố đã tập trung vận động tiểu thương chợ Nhớn chấp hành phương án di dời sang chợ đầu mối nông sản mới tại phường Vệ An. Thực hiện Nghị quyết số 21-NQ/TU của Ban Thường vụ Thành ủy về phát triển hạ tầng thương mại giai đoạn 2021 - 2025 và Quyết định số 507/QĐ-UBND ngày 6/4/2023 của UBND tỉnh Bắc Ninh, Ban Dân vận Thành ủy đã phối hợp Ủy ban MTTQ thành phố tổ chức 11 hội nghị tuyên truyền, 5 buổi đối thoại với khoảng 1.400 lượt tiểu thương. Đến nay có 586/642 hộ kinh doanh đã bốc thăm vị trí tại chợ mới, đạt 91,3%.
Các phường đã thành lập 8 tổ công tác liên ngành, phân công 96 đảng viên phụ trách từng dãy hàng; UBND thành phố dành gần 9,5 tỷ đồng hỗ trợ di chuyển, miễn tiền thuê ki-ốt 12 tháng cho các hộ di dời đúng hạn. Tình hình an ninh trật tự trong quá trình di dời được bảo đảm, không có đơn thư vượt cấp.
Tại hội nghị, đồng chí Ngô Văn Thắng, Bí thư Đảng ủy phường Tiền An, đề nghị thành phố sớm hoàn thiện hạ tầng giao thông đến chợ mới để tiểu thương yên tâm. Bà Nguyễn Thị Liên, Trưởng Ban đại diện tiểu thương chợ Nhớn, phản ánh còn 56 hộ kinh doanh rau, hoa quả lo ngại về giá thuê điểm kinh doanh và thời gian họp chợ đêm. Các đồng chí Phó Trưởng Ban Dân vận Thành ủy: Đỗ Thị Hạnh, Nguyễn Văn Lâm cùng chia sẻ cách làm "cán bộ đến từng sạp, nói từng người".
Phát biểu kết luận, đồng chí Nguyễn Thị Thu Hương yêu cầu 6 tháng cuối năm tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị; tham mưu Ban Thường vụ Thành ủy ban hành Kế hoạch số 118-KH/TU, 119-KH/TU về giám sát việc di dời chợ Nhớn và về xây dựng tuyến phố văn minh thương mại; kiên trì đối thoại với 56 hộ chưa đồng thuận, phấn đấu hoàn thành di dời trước ngày 30/9.
Hội nghị đã khen thưởng 6 tập thể, 15 cá nhân có thành tích xuất sắc trong công tác vận động di dời chợ.
Minh Hùng
Lượt xem: 418
Tin liên quan
- Tiểu thương chợ Nhớn bốc thăm vị trí kinh doanh tại chợ mới (05/07/2023)
- Từ Sơn: đối thoại với hộ kinh doanh tại chợ Giầu (20/06/2023)
- Giao ban khối dân vận tỉnh quý II năm 2023 (10/07/2023)
""", "2023-07-18", "Ban Dân vận Thành ủy Bắc Ninh sơ kết công tác 6 tháng đầu năm",
E("so_ket", "2023-H1", "2023-07-17"),
[P("Nguyễn Thị Thu Hương", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Ngô Văn Thắng", "Bí thư Đảng ủy phường Tiền An"),
 P("Nguyễn Thị Liên", "Trưởng Ban đại diện tiểu thương chợ Nhớn"),
 P("Đỗ Thị Hạnh", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Văn Lâm", "Phó Trưởng Ban Dân vận Thành ủy")],
[Q("11 hội nghị tuyên truyền", 11, "hội nghị tuyên truyền"), Q("5 buổi đối thoại", 5, "buổi đối thoại"),
 Q("khoảng 1.400 lượt tiểu thương", 1400, "lượt tiểu thương", "approx"), Q("586/642 hộ kinh doanh", 586, "hộ kinh doanh"),
 Q("91,3%", 91.3, "%"), Q("8 tổ công tác liên ngành", 8, "tổ công tác liên ngành"), Q("96 đảng viên", 96, "đảng viên"),
 Q("gần 9,5 tỷ đồng", 9500000000, "đồng", "approx"), Q("56 hộ kinh doanh", 56, "hộ kinh doanh"),
 Q("6 tập thể", 6, "tập thể"), Q("15 cá nhân có thành tích xuất sắc", 15, "cá nhân")],
[D("Nghị quyết", "21", "NQ/TU", None, "Ban Thường vụ Thành ủy", "Nghị quyết số 21-NQ/TU"),
 D("Quyết định", "507", "QĐ-UBND", "2023-04-06", "UBND tỉnh Bắc Ninh", "Quyết định số 507/QĐ-UBND ngày 6/4/2023"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "118", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch số 118-KH/TU"),
 D("Kế hoạch", "119", "KH/TU", None, "Ban Thường vụ Thành ủy", "119-KH/TU")],
[prov("Bắc Ninh"), com("Vệ An"), com("Tiền An")],
["BAN DÂN VẬN TỈNH ỦY BẮC NINH", "Trang chủ - Tin tức - Dân vận các cấp", "Quang cảnh hội nghị sơ kết.",
 "cán bộ đến từng sạp, nói từng người", "Lượt xem: 418"],
["Ngày đăng: 18/07/2023 - 10:35", "6 tháng đầu năm 2023", "6 tháng cuối năm 2023", "12 tháng", "giai đoạn 2021 - 2025", "Lượt xem: 418", "ngày 30/9"]))

PAGES.append(page("b6574-soctrang-giaoban-quy1-chovinhchau-2023", """
Báo Sóc Trăng Online
TRANG CHỦ / CHÍNH TRỊ / XÂY DỰNG ĐẢNG
Thứ Năm, 06/04/2023 - 07:30
Vĩnh Châu: Giao ban khối dân vận, bàn giải pháp sắp xếp hộ kinh doanh quanh chợ
Đồng chí Lâm Thị Sa Ri phát biểu kết luận giao ban.
(STO) - Sáng 5/4, Ban Dân vận Thị ủy Vĩnh Châu tổ chức giao ban khối dân vận quý I năm 2023. Chủ trì giao ban có đồng chí Lâm Thị Sa Ri, Thị ủy viên, Trưởng Ban Dân vận Thị ủy và đồng chí Trần Văn Út, Phó Chủ tịch Ủy ban MTTQ Việt Nam thị xã.
Báo cáo tại giao ban cho thấy, trong quý I, khối dân vận thị xã đã tập trung vận động 187 hộ kinh doanh, buôn bán nhỏ dọc các tuyến đường quanh chợ Vĩnh Châu sắp xếp lại hàng hóa, không lấn chiếm lòng lề đường, thực hiện Kế hoạch số 35/KH-UBND ngày 20/2/2023 của UBND thị xã về lập lại trật tự đô thị. Có 142 hộ đã tự nguyện di chuyển vào khu vực chợ tạm phường Khánh Hòa; 28 hộ là đồng bào Khmer bán hàng rong được hỗ trợ mỗi hộ 1 chiếc xe đẩy trị giá 2,5 triệu đồng.
Công tác dân vận chính quyền có chuyển biến; các cơ quan đã tiếp 34 lượt công dân, nhận 12 đơn thư, giải quyết 10 đơn thuộc thẩm quyền, chủ yếu liên quan đến việc thu phí tại chợ và bố trí vị trí buôn bán. Thị xã đã xây dựng 4 mô hình "Dân vận khéo" gắn với văn minh thương mại, trong đó có mô hình "Tuyến đường không lấn chiếm" tại phường Vĩnh Phước.
Tại giao ban, ông Thạch Sô Khom, Bí thư Đảng ủy xã Lai Hòa, đề nghị thị xã quan tâm xây dựng chợ nông thôn để bà con Khmer có nơi bán nông sản, hạn chế tình trạng họp chợ tự phát trên Quốc lộ 91C. Đại đức Lý Sô Phách, trụ trì chùa Wat Prêk Chi Kôl, cho biết nhà chùa sẵn sàng phối hợp tuyên truyền bằng tiếng Khmer vào các ngày lễ. Bà Trần Thị Bích Vân, Chủ tịch UBND phường Khánh Hòa, thông tin phường đã vận động các hộ đóng góp gần 40 triệu đồng để lắp đặt mái che cho khu chợ tạm.
Kết luận giao ban, đồng chí Lâm Thị Sa Ri đề nghị quý II khối dân vận tiếp tục thực hiện Chỉ thị 16, 17-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong vùng đồng bào Khmer và về lập lại trật tự đô thị; chú trọng tuyên truyền song ngữ Việt - Khmer; đồng thời chuẩn bị tổ chức đối thoại giữa lãnh đạo thị xã với hộ kinh doanh nhân dịp Tết cổ truyền Chôl Chnăm Thmây.
Theo đánh giá của Ban Dân vận Tỉnh ủy Sóc Trăng, Vĩnh Châu là địa phương có tỷ lệ đồng bào Khmer cao nhất tỉnh, nhiều hộ sống bằng nghề buôn bán nhỏ ở chợ; vì vậy cách làm kiên trì, vận động bằng tiếng dân tộc của khối dân vận thị xã cần được nhân rộng trong năm nay.
Sơn Trung
Tin cùng chuyên mục
- Ban Dân vận Tỉnh ủy Sóc Trăng giao ban quý I (31/03/2023)
- Trao 100 phần quà cho đồng bào Khmer dịp Chôl Chnăm Thmây (28/03/2023)
- Mỹ Xuyên: Ra mắt tuyến đường văn minh (15/03/2023)
""", "2023-04-06", "Vĩnh Châu: Giao ban khối dân vận, bàn giải pháp sắp xếp hộ kinh doanh quanh chợ",
E("giao_ban", "2023-Q1", "2023-04-05"),
[P("Lâm Thị Sa Ri", "Thị ủy viên", "Trưởng Ban Dân vận Thị ủy"),
 P("Trần Văn Út", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thị xã"),
 P("Thạch Sô Khom", "Bí thư Đảng ủy xã Lai Hòa"),
 P("Lý Sô Phách", "Đại đức", "trụ trì chùa Wat Prêk Chi Kôl"),
 P("Trần Thị Bích Vân", "Chủ tịch UBND phường Khánh Hòa")],
[Q("187 hộ kinh doanh, buôn bán nhỏ", 187, "hộ kinh doanh, buôn bán nhỏ"), Q("142 hộ", 142, "hộ"),
 Q("28 hộ", 28, "hộ"), Q("2,5 triệu đồng", 2500000, "đồng"), Q("34 lượt công dân", 34, "lượt công dân"),
 Q("12 đơn thư", 12, "đơn thư"), Q("10 đơn", 10, "đơn"), Q("4 mô hình", 4, "mô hình"),
 Q("gần 40 triệu đồng", 40000000, "đồng", "approx")],
[D("Kế hoạch", "35", "KH-UBND", "2023-02-20", "UBND thị xã", "Kế hoạch số 35/KH-UBND ngày 20/2/2023"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 16, 17-CT/TU"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 16, 17-CT/TU")],
[prov("Sóc Trăng"), com("Khánh Hòa"), com("Vĩnh Phước"), com("Lai Hòa")],
["Báo Sóc Trăng Online", "TRANG CHỦ / CHÍNH TRỊ / XÂY DỰNG ĐẢNG", "Đồng chí Lâm Thị Sa Ri phát biểu kết luận giao ban.", "(STO)",
 "Dân vận khéo", "Tuyến đường không lấn chiếm", "Chôl Chnăm Thmây"],
["Thứ Năm, 06/04/2023 - 07:30", "quý I năm 2023", "quý II", "1 chiếc xe đẩy", "Quốc lộ 91C"]))
