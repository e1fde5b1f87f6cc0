from lib import *
PAGES = []

PAGES.append(page("b1199-binhphuoc-bdv-giamsat-danchu-2024", """
BÁO BÌNH PHƯỚC ĐIỆN TỬ
Trang chủ >> Chính trị >> Xây dựng Đảng
Thứ Sáu, 14/06/2024 - 10:30
Giám sát thực hiện Luật Thực hiện dân chủ ở cơ sở tại Bù Đăng
(BP) - Ngày 13/6, Đoàn giám sát của Ban Dân vận Tỉnh ủy Bình Phước do đồng chí Nguyễn Thị Xuân Hòa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện Luật Thực hiện dân chủ ở cơ sở và công tác dân vận chính quyền tại huyện Bù Đăng. Cuộc giám sát thực hiện theo Kế hoạch số 56-KH/BDVTU ngày 20/01/2024 của Ban Dân vận Tỉnh ủy về kiểm tra, giám sát năm 2024.
Đoàn giám sát làm việc với Ban Thường vụ Huyện ủy Bù Đăng.
Cùng đi có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Điểu Thị Hồng Nhung, Trần Văn Lộc; đại diện Ủy ban MTTQ Việt Nam tỉnh, Sở Nội vụ. Tiếp đoàn có đồng chí Lê Văn Hiếu, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Bù Đăng; đồng chí Điểu Lành, HUV, Phó Chủ tịch UBND huyện.
Báo cáo của Huyện ủy cho biết, sau khi Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 của Quốc hội và Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ có hiệu lực, huyện đã tổ chức 16 hội nghị quán triệt cho 1.280 cán bộ, đảng viên; 100% xã, thị trấn đã ban hành quy chế thực hiện dân chủ, niêm yết công khai 19 nhóm nội dung phải công khai cho nhân dân biết. Nhân dân được bàn và quyết định trực tiếp việc đóng góp xây dựng 47 km đường giao thông nông thôn với tổng kinh phí 18,6 tỷ đồng, trong đó dân góp 5,2 tỷ đồng và hiến hơn 52.000 m2 đất.
Huyện có 246 mô hình "Dân vận khéo", trong đó 58 mô hình trong đồng bào dân tộc thiểu số như "Sóc không có người nghèo", "Đồng bào S'tiêng giữ đất, giữ rừng". Năm 2023 và 5 tháng đầu năm 2024, Chủ tịch UBND huyện đã tổ chức 11 cuộc đối thoại với người dân; tiếp nhận 384 đơn thư, đã giải quyết 356 đơn, đạt 92,7%.
Làm việc tại xã Đường 10, đoàn ghi nhận xã đã vận động 163 hộ đồng bào S'tiêng, M'nông chuyển đổi 420 ha điều kém hiệu quả sang trồng sầu riêng, cà phê. Bà Thị Thuận, người có uy tín sóc Bù Gia Phúc, cho biết bà con được hỏi ý kiến trước khi làm đường, được biết các khoản thu, chi của thôn nên "ai cũng yên tâm góp tiền, góp công". Ông Điểu Đông, Chủ tịch UBND xã Đường 10, kiến nghị tỉnh hỗ trợ kinh phí để Ban Thanh tra nhân dân hoạt động, mỗi ban hiện chỉ được cấp 5 triệu đồng/năm.
Cũng trong ngày, đoàn làm việc với Đảng ủy xã Đắk Nhau. Theo ông Lương Văn Tuấn, Bí thư Đảng ủy xã, xã có 4.812 hộ với hơn 60% là đồng bào dân tộc thiểu số; năm 2023 xã tổ chức 38 cuộc họp dân ở 12 thôn, bon để lấy ý kiến về các công trình đầu tư từ nguồn vốn Chương trình mục tiêu quốc gia, tổng vốn hơn 7,4 tỷ đồng. Nhờ công khai, bàn bạc dân chủ, 3 công trình nước sinh hoạt tập trung được nghiệm thu đúng tiến độ, phục vụ 620 hộ.
Qua giám sát, đoàn chỉ ra hạn chế: một số nội dung công khai còn niêm yết ở nơi ít người qua lại; việc lấy ý kiến nhân dân về quy hoạch sử dụng đất ở xã Đắk Nhau chưa đúng quy trình; có 9 vụ việc tranh chấp đất đai kéo dài chưa được giải quyết dứt điểm.
Kết luận buổi giám sát, đồng chí Nguyễn Thị Xuân Hòa đề nghị Huyện ủy Bù Đăng tiếp tục thực hiện nghiêm Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị và Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị; lãnh đạo chính quyền công khai, minh bạch việc sử dụng các nguồn vốn thuộc chương trình mục tiêu quốc gia ở vùng đồng bào dân tộc thiểu số; chủ động đối thoại, không để phát sinh điểm nóng. Trưởng Ban Dân vận Tỉnh ủy cũng đề nghị huyện tham mưu sơ kết 2 năm thi hành luật trước ngày 30/9.
Kết quả giám sát sẽ được báo cáo Thường trực Tỉnh ủy theo Quy định số 22-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng.
Thu Hà
Lượt xem: 1.068
Tin liên quan
- Lộc Ninh: đối thoại với đồng bào dân tộc thiểu số (05/06/2024)
- Phú Riềng ra mắt mô hình "Dân vận khéo" trong chuyển đổi số (28/05/2024)
- Hội nghị giao ban khối dân vận quý I năm 2024 (02/04/2024)
- Bù Gia Mập: vận động người dân hiến đất làm đường (20/03/2024)
""", "2024-06-14", "Giám sát thực hiện Luật Thực hiện dân chủ ở cơ sở tại Bù Đăng",
E("giam_sat", "2024", "2024-06-13"),
[P("Nguyễn Thị Xuân Hòa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Điểu Thị Hồng Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Lộc", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Hiếu", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện Bù Đăng"),
 P("Điểu Lành", "HUV", "Phó Chủ tịch UBND huyện"),
 P("Thị Thuận", "người có uy tín sóc Bù Gia Phúc"),
 P("Điểu Đông", "Chủ tịch UBND xã Đường 10"),
 P("Lương Văn Tuấn", "Bí thư Đảng ủy xã")],
[Q("16 hội nghị", 16, "hội nghị"), Q("1.280 cán bộ, đảng viên", 1280, "cán bộ, đảng viên"), Q("100% xã, thị trấn", 100, "%"),
 Q("19 nhóm nội dung", 19, "nhóm nội dung"), Q("47 km", 47, "km"), Q("18,6 tỷ đồng", 18600000000, "đồng"),
 Q("5,2 tỷ đồng", 5200000000, "đồng"), Q("hơn 52.000 m2", 52000, "m2", "over"), Q("246 mô hình", 246, "mô hình"),
 Q("58 mô hình", 58, "mô hình"), Q("11 cuộc đối thoại", 11, "cuộc đối thoại"), Q("384 đơn thư", 384, "đơn thư"),
 Q("356 đơn", 356, "đơn"), Q("92,7%", 92.7, "%"), Q("163 hộ đồng bào S'tiêng, M'nông", 163, "hộ đồng bào S'tiêng, M'nông"),
 Q("420 ha", 420, "ha"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("4.812 hộ", 4812, "hộ"), Q("hơn 60%", 60, "%", "over"), Q("38 cuộc họp dân", 38, "cuộc họp dân"), Q("12 thôn, bon", 12, "thôn, bon"),
 Q("hơn 7,4 tỷ đồng", 7400000000, "đồng", "over"), Q("3 công trình nước sinh hoạt tập trung", 3, "công trình nước sinh hoạt tập trung"), Q("620 hộ", 620, "hộ"), Q("9 vụ việc tranh chấp đất đai", 9, "vụ việc tranh chấp đất đai")],
[D("Kế hoạch", "56", "KH/BDVTU", "2024-01-20", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 56-KH/BDVTU ngày 20/01/2024 của Ban Dân vận Tỉnh ủy"),
 D("Luật", "10", "2022/QH15", None, "Quốc hội", "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 của Quốc hội"),
 D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ"),
 D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị"),
 D("Quy định", "22", "QĐ/TW", None, None, "Quy định số 22-QĐ/TW")],
[prov("Bình Phước"), com("Đường 10"), com("Đắk Nhau")],
["BÁO BÌNH PHƯỚC ĐIỆN TỬ", "Trang chủ >> Chính trị >> Xây dựng Đảng", "(BP)", "Đoàn giám sát làm việc với Ban Thường vụ Huyện ủy Bù Đăng.",
 "Dân vận khéo", "Sóc không có người nghèo", "Đồng bào S'tiêng giữ đất, giữ rừng", "Luật Thực hiện dân chủ ở cơ sở",
 "ai cũng yên tâm góp tiền, góp công", "Chương trình mục tiêu quốc gia", "Lượt xem: 1.068"],
["Thứ Sáu, 14/06/2024 - 10:30", "năm 2024", "Năm 2023", "năm 2023", "5 tháng đầu năm 2024", "2 năm", "30/9", "Lượt xem: 1.068"]))

PAGES.append(page("b1200-binhthuan-bdv-soket-6thang-2024", """
BAN DÂN VẬN TỈNH ỦY BÌNH THUẬN
Trang chủ | Tin tức | Hoạt động khối dân vận
Thứ Tư, 10/07/2024 | 08:30
Ảnh: Đồng chí Nguyễn Hoài Nam phát biểu kết luận hội nghị.
Khối dân vận góp phần giữ ổn định tình hình vùng đồng bào Chăm
Ngày 9/7/2024, Ban Dân vận Tỉnh ủy Bình Thuận tổ chức hội nghị trực tuyến sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Nguyễn Hoài Nam, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự hội nghị có đồng chí Đàng Thị Mỹ Dung, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy và đại diện lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, các tổ chức chính trị - xã hội.
Báo cáo cho thấy, 6 tháng qua Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 14, 15-CT/TU về công tác dân vận chính quyền và về công tác vận động đồng bào Chăm; ban hành Kế hoạch số 71-KH/BDVTU thực hiện Kết luận số 43-KL/TW ngày 7/1/2023 của Ban Bí thư. UBND tỉnh ban hành Quyết định số 35/2024/QĐ-UBND ngày 12/4/2024 về quy chế phối hợp tiếp công dân, giải quyết khiếu nại trên địa bàn tỉnh.
Công tác dân vận chính quyền có chuyển biến rõ nét. Các cơ quan hành chính các cấp đã tiếp 2.946 lượt công dân; người đứng đầu cấp ủy, chính quyền tổ chức 64 cuộc đối thoại; tỷ lệ giải quyết đơn thư thuộc thẩm quyền đạt 91,5%. Toàn tỉnh công nhận mới 126 mô hình "Dân vận khéo", nâng tổng số lên 1.862 mô hình.
Công tác vận động đồng bào dân tộc, tôn giáo được quan tâm. Nhân dịp lễ Ramưwan, Ban Dân vận Tỉnh ủy phối hợp Ban Dân tộc tỉnh thăm, tặng quà 43 thánh đường, nhà thờ Chăm Bà-ni và 12 chức sắc tiêu biểu. Ông Thập Văn Sang, Cả sư, Phó Chủ tịch Hội đồng Chức sắc Bà-ni tỉnh, người có uy tín xã Phan Thanh, đã vận động bà con giải quyết ổn thỏa 6 vụ việc tranh chấp đất sản xuất, góp phần giữ ổn định tình hình ở vùng đồng bào Chăm huyện Bắc Bình.
Tại hội nghị, ông Bố Xuân Hiền, HUV, Trưởng Ban Dân vận Huyện ủy Tuy Phong, cho biết huyện đã vận động 318 hộ dân bàn giao mặt bằng dự án đường bộ cao tốc Vĩnh Hảo - Phan Thiết. Bà Lưu Thị Thu Hằng, Chủ tịch UBND xã Phan Hiệp, giới thiệu mô hình "Cán bộ xã nói tiếng Chăm", giúp người dân hiểu rõ các thủ tục hành chính.
Bên cạnh kết quả, hội nghị chỉ ra hạn chế: một số cấp ủy chưa quan tâm đúng mức đến công tác dân vận chính quyền; việc đối thoại ở vài địa phương còn hình thức; tình trạng khiếu nại đông người liên quan đến bồi thường dự án năng lượng tái tạo vẫn còn xảy ra với 3 đoàn đông người.
Phát biểu kết luận, đồng chí Nguyễn Hoài Nam đề nghị 6 tháng cuối năm khối dân vận tập trung tham mưu tổng kết 10 năm thực hiện Quyết định 217, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền; chuẩn bị tốt đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng; nhân rộng các mô hình "Dân vận khéo" gắn với chuyển đổi số. Hội nghị đã trao giấy khen cho 15 tập thể, 22 cá nhân.
Nguyên Vũ
Số lượt đọc: 682
Tin khác
- Hàm Thuận Bắc ra mắt mô hình "Dân vận khéo" (02/07/2024)
- La Gi: đối thoại với ngư dân (25/06/2024)
- Hội nghị người có uy tín vùng đồng bào Raglai (14/06/2024)
- Đức Linh giao ban công tác dân vận quý II (07/06/2024)
""", "2024-07-10", "Khối dân vận góp phần giữ ổn định tình hình vùng đồng bào Chăm",
E("so_ket", "2024-H1", "2024-07-09"),
[P("Nguyễn Hoài Nam", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đàng Thị Mỹ Dung", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Thập Văn Sang", "Cả sư", "Phó Chủ tịch Hội đồng Chức sắc Bà-ni tỉnh", "người có uy tín xã Phan Thanh"),
 P("Bố Xuân Hiền", "HUV", "Trưởng Ban Dân vận Huyện ủy Tuy Phong"),
 P("Lưu Thị Thu Hằng", "Chủ tịch UBND xã Phan Hiệp")],
[Q("2.946 lượt công dân", 2946, "lượt công dân"), Q("64 cuộc đối thoại", 64, "cuộc đối thoại"), Q("91,5%", 91.5, "%"),
 Q("126 mô hình", 126, "mô hình"), Q("1.862 mô hình", 1862, "mô hình"),
 Q("43 thánh đường, nhà thờ Chăm Bà-ni", 43, "thánh đường, nhà thờ Chăm Bà-ni"), Q("12 chức sắc tiêu biểu", 12, "chức sắc tiêu biểu"),
 Q("6 vụ việc tranh chấp đất sản xuất", 6, "vụ việc tranh chấp đất sản xuất"), Q("318 hộ dân", 318, "hộ dân"),
 Q("3 đoàn đông người", 3, "đoàn đông người"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Chỉ thị", "14", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14, 15-CT/TU"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14, 15-CT/TU"),
 D("Kế hoạch", "71", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 71-KH/BDVTU"),
 D("Kết luận", "43", "KL/TW", "2023-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2023 của Ban Bí thư"),
 D("Quyết định", "35", "2024/QĐ-UBND", "2024-04-12", "UBND tỉnh", "Quyết định số 35/2024/QĐ-UBND ngày 12/4/2024"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW của Bộ Chính trị"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW của Bộ Chính trị")],
[prov("Bình Thuận"), com("Phan Thanh"), com("Phan Hiệp")],
["BAN DÂN VẬN TỈNH ỦY BÌNH THUẬN", "Trang chủ | Tin tức | Hoạt động khối dân vận",
 "Ảnh: Đồng chí Nguyễn Hoài Nam phát biểu kết luận hội nghị.", "Dân vận khéo", "Cán bộ xã nói tiếng Chăm", "Ramưwan",
 "Số lượt đọc: 682"],
["Thứ Tư, 10/07/2024 | 08:30", "6 tháng đầu năm", "6 tháng cuối năm 2024", "6 tháng qua", "6 tháng cuối năm", "10 năm",
 "Đại hội XIV", "Số lượt đọc: 682"]))

PAGES.append(page("b1201-cantho-phuong-vithanh-daihoi-2025", """
BÁO CẦN THƠ ONLINE
Chính trị » Đại hội Đảng các cấp
Cập nhật: 16:35, 22/08/2025 (GMT+7)
Đại hội Đảng bộ phường Vị Thanh lần thứ I: đặt công tác dân vận chính quyền lên hàng đầu
Ngày 21/8/2025, Đảng bộ phường Vị Thanh, thành phố Cần Thơ tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự và chỉ đạo đại hội có đồng chí Hồ Thị Cẩm Vân, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy. Về dự có 200 đại biểu chính thức, đại diện cho hơn 2.300 đảng viên của 48 tổ chức cơ sở đảng trong Đảng bộ.
Đoàn Chủ tịch điều hành phiên thứ nhất của Đại hội.
Phường Vị Thanh được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp 3 phường và xã Vị Tân thuộc thành phố Vị Thanh (tỉnh Hậu Giang cũ), theo Nghị quyết số 1668/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã của thành phố Cần Thơ năm 2025. Phường có diện tích 39,5 km2, dân số hơn 62.000 người.
Báo cáo chính trị trình bày tại đại hội đánh giá, nhiệm kỳ 2020 - 2025, các đảng bộ cũ đã lãnh đạo thực hiện tốt Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; xây dựng được 214 mô hình "Dân vận khéo", huy động trên 38 tỷ đồng xây dựng đô thị văn minh, hỗ trợ xây mới, sửa chữa 176 căn nhà cho hộ nghèo, hộ cận nghèo. Tỷ lệ hộ nghèo giảm còn 0,62%; 100% tổ chức cơ sở đảng được xếp loại hoàn thành nhiệm vụ trở lên.
Đại hội xác định 3 khâu đột phá, trong đó có nâng cao chất lượng công tác dân vận chính quyền, bảo đảm bộ máy chính quyền phường mới "gần dân, sát dân, phục vụ nhân dân". Nghị quyết đại hội đặt chỉ tiêu đến năm 2030 có trên 98% hồ sơ thủ tục hành chính được giải quyết đúng hạn, mức độ hài lòng của người dân đạt trên 95%.
Phát biểu chỉ đạo, đồng chí Hồ Thị Cẩm Vân ghi nhận sau gần 2 tháng vận hành chính quyền địa phương 2 cấp, Trung tâm Phục vụ hành chính công phường đã tiếp nhận 3.418 hồ sơ, không có hồ sơ trễ hạn. Đồng chí đề nghị Đảng ủy phường khóa mới thực hiện nghiêm Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp; lãnh đạo chính quyền lắng nghe, giải quyết kịp thời những kiến nghị chính đáng của người dân, nhất là về đất đai, chính sách đối với người dân ở các khu vực giải tỏa; thực hiện tốt phong trào thi đua "Dân vận khéo" trong giai đoạn mới.
Tại đại hội, Quyết định số 118-QĐ/TU ngày 30/7/2025 của Ban Thường vụ Thành ủy về chỉ định Ban Chấp hành Đảng bộ phường nhiệm kỳ 2025 - 2030 đã được công bố, gồm 27 đồng chí; Ban Thường vụ gồm 9 đồng chí. Đồng chí Trần Quốc Khởi được chỉ định giữ chức Bí thư Đảng ủy phường; đồng chí Lâm Văn Đạt giữ chức Phó Bí thư Thường trực Đảng ủy phường; đồng chí Nguyễn Thị Thanh Thủy giữ chức Phó Bí thư Đảng ủy, Chủ tịch UBND phường. Đồng chí Võ Hoàng Ân, Ủy viên Ban Thường vụ Đảng ủy, được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam phường.
Đại hội đã bầu đoàn đại biểu gồm 12 đồng chí đi dự Đại hội đại biểu Đảng bộ thành phố Cần Thơ lần thứ I, nhiệm kỳ 2025 - 2030 và thông qua Nghị quyết đại hội với tỷ lệ 100%.
Trần Lê
Tin liên quan
- Đại hội Đảng bộ phường Ngã Bảy nhiệm kỳ 2025 - 2030 (20/08/2025)
- Phường Sóc Trăng: ra mắt tổ dân vận khu vực (15/08/2025)
- Đảng bộ xã Phụng Hiệp tổ chức đại hội điểm (08/08/2025)
- Hội nghị tập huấn nghiệp vụ dân vận cho cán bộ cấp xã (30/07/2025)
""", "2025-08-22", "Đại hội Đảng bộ phường Vị Thanh lần thứ I: đặt công tác dân vận chính quyền lên hàng đầu",
E("dai_hoi", None, "2025-08-21"),
[P("Hồ Thị Cẩm Vân", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Trần Quốc Khởi", "Bí thư Đảng ủy phường"),
 P("Nguyễn Thị Thanh Thủy", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Lâm Văn Đạt", "Phó Bí thư Thường trực Đảng ủy phường"),
 P("Võ Hoàng Ân", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("200 đại biểu chính thức", 200, "đại biểu chính thức"), Q("3 phường", 3, "phường"), Q("hơn 2.300 đảng viên", 2300, "đảng viên", "over"),
 Q("48 tổ chức cơ sở đảng", 48, "tổ chức cơ sở đảng"), Q("39,5 km2", 39.5, "km2"), Q("hơn 62.000 người", 62000, "người", "over"),
 Q("214 mô hình", 214, "mô hình"), Q("trên 38 tỷ đồng", 38000000000, "đồng", "over"), Q("176 căn nhà", 176, "căn nhà"),
 Q("0,62%", 0.62, "%"), Q("100% tổ chức cơ sở đảng", 100, "%"), Q("3 khâu đột phá", 3, "khâu đột phá"),
 Q("trên 98%", 98, "%", "over"), Q("trên 95%", 95, "%", "over"), Q("3.418 hồ sơ", 3418, "hồ sơ"),
 Q("27 đồng chí", 27, "đồng chí"), Q("9 đồng chí", 9, "đồng chí"), Q("12 đồng chí", 12, "đồng chí"), Q("tỷ lệ 100%", 100, "%")],
[D("Nghị quyết", "1668", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1668/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị"),
 D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị"),
 D("Quyết định", "118", "QĐ/TU", "2025-07-30", "Ban Thường vụ Thành ủy", "Quyết định số 118-QĐ/TU ngày 30/7/2025 của Ban Thường vụ Thành ủy")],
[prov("Cần Thơ"), prov("Hậu Giang"), com("Vị Thanh"), com("Vị Tân")],
["BÁO CẦN THƠ ONLINE", "Chính trị » Đại hội Đảng các cấp", "Đoàn Chủ tịch điều hành phiên thứ nhất của Đại hội.",
 "Dân vận khéo", "gần dân, sát dân, phục vụ nhân dân", "Trung tâm Phục vụ hành chính công phường"],
["Cập nhật: 16:35, 22/08/2025 (GMT+7)", "lần thứ I", "nhiệm kỳ 2025 - 2030", "1/7/2025",
 "năm 2025", "nhiệm kỳ 2020 - 2025", "năm 2030", "gần 2 tháng", "2 cấp", "27 đồng chí", "9 đồng chí", "12 đồng chí"]))

PAGES.append(page("b1202-angiang-dvcq-chinhquyen2cap-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
Thời sự / Xây dựng Đảng - Chính quyền
Thứ Năm, 09/10/2025, 05:45
Cán bộ phường Long Xuyên hướng dẫn người dân làm thủ tục trên Cổng dịch vụ công.
Dân vận chính quyền trong mô hình chính quyền địa phương 2 cấp: gần dân hơn, trách nhiệm lớn hơn
Hơn 3 tháng sau khi tỉnh An Giang mới (hợp nhất tỉnh An Giang và tỉnh Kiên Giang) vận hành chính quyền địa phương 2 cấp, công tác dân vận của chính quyền cấp xã đang được đặt ra như một thước đo của bộ máy mới: người dân có được phục vụ nhanh hơn, được lắng nghe nhiều hơn hay không.
Chính quyền đến gần dân hơn
Sáng thứ Hai đầu tuần, Trung tâm Phục vụ hành chính công phường Long Xuyên đông người đến làm thủ tục đất đai, hộ tịch. Theo bà Nguyễn Thị Hồng Loan, Phó Chủ tịch UBND phường Long Xuyên, từ ngày 1/7 đến cuối tháng 9/2025, phường đã tiếp nhận 6.214 hồ sơ, trong đó 5.986 hồ sơ được giải quyết đúng hạn; mỗi tháng Chủ tịch UBND phường dành một buổi sáng thứ Năm để tiếp dân. "Trước đây nhiều việc phải lên thành phố, lên tỉnh; nay phường giải quyết luôn, nên cán bộ phải vững nghề và biết cách nói chuyện với dân", bà Loan nói.
Toàn tỉnh hiện có 102 xã, phường, đặc khu. Theo Ban Tuyên giáo và Dân vận Tỉnh ủy, trong quý III/2025, các xã, phường đã tổ chức 318 cuộc đối thoại, tiếp xúc với nhân dân; tiếp nhận hơn 2.600 ý kiến, kiến nghị, trong đó khoảng 70% liên quan đến đất đai và thủ tục hành chính. Nhiều địa phương thành lập tổ công nghệ số cộng đồng, đưa 1.450 đoàn viên thanh niên về các ấp, khóm hướng dẫn người dân dùng dịch vụ công trực tuyến.
Ông Chau Sóc Kha, Bí thư Đảng ủy xã Ba Chúc, cho biết xã có gần 40% dân số là đồng bào Khmer; xã đã cử cán bộ biết tiếng Khmer túc trực ở bộ phận một cửa và phối hợp với các chùa thông tin chính sách mới. Mô hình "Cán bộ xã đến từng phum, sóc" được Đảng ủy xã đăng ký là mô hình "Dân vận khéo" năm 2025.
Những việc còn phải làm
Tuy vậy, theo đồng chí Lê Văn Thắng, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy, khối lượng công việc dồn về cấp xã rất lớn trong khi một bộ phận công chức mới được điều động từ cấp huyện cũ còn lúng túng. Một số nơi người dân ở xa trung tâm xã mới phải đi lại hơn 20 km để làm thủ tục.
Để khắc phục, Ban Thường vụ Tỉnh ủy đã ban hành Hướng dẫn số 04-HD/TU về công tác dân vận của hệ thống chính trị cấp xã sau sắp xếp; Ban Tuyên giáo và Dân vận Tỉnh ủy ban hành Kế hoạch số 19-KH/BTGDVTU về phong trào thi đua "Dân vận khéo" giai đoạn 2025 - 2030, yêu cầu mỗi xã, phường có ít nhất một mô hình về cải cách hành chính. UBND tỉnh cũng ban hành Quyết định số 2315/QĐ-UBND ngày 18/8/2025 thành lập 28 điểm tiếp nhận hồ sơ lưu động ở các xã vùng sâu, vùng biên giới.
"Dân vận chính quyền bây giờ không còn là khẩu hiệu. Người dân đánh giá chính quyền qua từng hồ sơ, từng cuộc điện thoại", đồng chí Lê Văn Thắng nhấn mạnh.
Bài và ảnh: Hữu Huynh
Lượt xem: 2.337
Tin liên quan
- Phường Rạch Giá tiếp xúc, đối thoại với người dân (02/10/2025)
- Xã Núi Cấm: hiệu quả tổ dân vận ấp (25/09/2025)
- Hội nghị giao ban công tác tuyên giáo và dân vận quý III (19/09/2025)
- Vận động đồng bào Chăm tham gia chuyển đổi số (05/09/2025)
""", "2025-10-09", "Dân vận chính quyền trong mô hình chính quyền địa phương 2 cấp: gần dân hơn, trách nhiệm lớn hơn",
E("khac", None, None),
[P("Nguyễn Thị Hồng Loan", "Phó Chủ tịch UBND phường Long Xuyên"),
 P("Chau Sóc Kha", "Bí thư Đảng ủy xã Ba Chúc"),
 P("Lê Văn Thắng", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("6.214 hồ sơ", 6214, "hồ sơ"), Q("5.986 hồ sơ", 5986, "hồ sơ"), Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"),
 Q("318 cuộc đối thoại, tiếp xúc", 318, "cuộc đối thoại, tiếp xúc"), Q("hơn 2.600 ý kiến, kiến nghị", 2600, "ý kiến, kiến nghị", "over"),
 Q("khoảng 70%", 70, "%", "approx"), Q("1.450 đoàn viên thanh niên", 1450, "đoàn viên thanh niên"),
 Q("gần 40%", 40, "%", "approx"), Q("hơn 20 km", 20, "km", "over"), Q("28 điểm tiếp nhận hồ sơ lưu động", 28, "điểm tiếp nhận hồ sơ lưu động")],
[D("Hướng dẫn", "04", "HD/TU", None, "Ban Thường vụ Tỉnh ủy", "Hướng dẫn số 04-HD/TU"),
 D("Kế hoạch", "19", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 19-KH/BTGDVTU"),
 D("Quyết định", "2315", "QĐ-UBND", "2025-08-18", "UBND tỉnh", "Quyết định số 2315/QĐ-UBND ngày 18/8/2025")],
[prov("An Giang"), prov("Kiên Giang"), com("Long Xuyên"), com("Ba Chúc")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG", "Thời sự / Xây dựng Đảng - Chính quyền",
 "Cán bộ phường Long Xuyên hướng dẫn người dân làm thủ tục trên Cổng dịch vụ công.", "Chính quyền đến gần dân hơn",
 "Những việc còn phải làm", "Dân vận khéo", "Cán bộ xã đến từng phum, sóc", "Lượt xem: 2.337"],
["Thứ Năm, 09/10/2025, 05:45", "2 cấp", "Hơn 3 tháng", "1/7", "tháng 9/2025", "quý III/2025", "năm 2025",
 "giai đoạn 2025 - 2030", "Lượt xem: 2.337"]))

PAGES.append(page("b1203-vinhlong-btgdv-tongket-2025", """
Hôm nay: Thứ Sáu, 09/01/2026
TRANG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG
Trang chủ > Tin tức - Sự kiện > Công tác dân vận
Ngày 08/01/2026 | 15:20
Vĩnh Long triển khai nhiệm vụ công tác tuyên giáo và dân vận năm 2026
Ngày 7/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Hội nghị được tổ chức trực tiếp kết hợp trực tuyến đến 124 điểm cầu xã, phường với hơn 3.000 đại biểu tham dự.
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Dự hội nghị có đồng chí Phan Thị Mỹ Trang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Kiên Thị Sa Rết, Lê Hồng Phúc, Trần Minh Nhựt; đồng chí Nguyễn Văn Dũng, Tỉnh ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh.
Năm 2025 là năm đầu tiên tỉnh Vĩnh Long mới (hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh) vận hành bộ máy và chính quyền địa phương 2 cấp. Ban Tuyên giáo và Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 08, 09-KL/TU về công tác dân vận trong thực hiện sắp xếp tổ chức bộ máy và về vận động đồng bào Khmer, người có đạo; ký kết Quy chế phối hợp số 02-QCPH/BTGDVTU-ĐUUBND giữa Ban Tuyên giáo và Dân vận Tỉnh ủy với Đảng ủy UBND tỉnh về công tác dân vận chính quyền. Ban cũng hướng dẫn các đảng ủy xã, phường thực hiện Quyết định số 23-QĐ/TW của Bộ Chính trị và Kế hoạch số 05-KH/BTGDVTU về phong trào thi đua "Dân vận khéo" năm 2025.
Trong năm, toàn tỉnh công nhận 1.146 mô hình "Dân vận khéo"; nhân dân đóng góp trên 412 tỷ đồng, hiến gần 310.000 m2 đất làm đường giao thông nông thôn; hỗ trợ xóa 8.726 căn nhà tạm, nhà dột nát, hoàn thành trước thời hạn chương trình xóa nhà tạm của tỉnh. Người đứng đầu cấp ủy, chính quyền các cấp đã tổ chức 1.380 cuộc tiếp dân, đối thoại; tỷ lệ hồ sơ thủ tục hành chính cấp xã giải quyết đúng hạn đạt 98,6%.
Tham luận tại hội nghị, ông Huỳnh Văn Lợi, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã Long Hiệp, giới thiệu cách xã chia 14 ấp thành các cụm, mỗi cụm có một đảng ủy viên phụ trách, trực tiếp tiếp nhận phản ánh của dân qua nhóm Zalo. Bà Thạch Thị Sô Phi, Bí thư Chi bộ kiêm Trưởng ấp Sa Bình, xã Long Hiệp, kể lại việc vận động 46 hộ Khmer hiến đất làm đường. Đại đức Kim Sô Phal, trụ trì chùa Sa Bình, chia sẻ vai trò của nhà chùa trong tuyên truyền phòng, chống lừa đảo qua mạng. Ông Đoàn Văn Thảo, Chủ tịch UBND phường An Hội, cho biết phường đã đưa vào hoạt động mô hình "Sáng thứ Bảy tiếp dân", giải quyết 96 kiến nghị ngay trong buổi tiếp.
Tuy vậy, hội nghị chỉ ra hạn chế: việc nắm tình hình tư tưởng nhân dân ở một số xã mới sáp nhập còn chậm; vẫn còn 37 vụ khiếu nại đông người; một bộ phận cán bộ, công chức cấp xã chưa quen phương thức vận động mới.
Phát biểu chỉ đạo, đồng chí Phan Thị Mỹ Trang đề nghị năm 2026 toàn ngành tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I; vận động cử tri tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; nâng cao hiệu quả công tác dân vận chính quyền cấp xã theo Hướng dẫn số 12-HD/BTGDVTW của Ban Tuyên giáo và Dân vận Trung ương. Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Phan Thị Mỹ Trang nhấn mạnh "mỗi xã, phường phải có ít nhất một việc dân vận cụ thể mà người dân nhìn thấy được".
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 42 tập thể, 58 cá nhân.
Ngọc Hân - Kim Ngân
Lượt xem: 864
Tin liên quan
- Phường Trà Vinh tổng kết công tác dân vận năm 2025 (05/01/2026)
- Gặp mặt chức sắc, chức việc các tôn giáo dịp Giáng sinh (22/12/2025)
- Xã Long Hiệp ra mắt tổ dân vận ấp (10/12/2025)
- Hội nghị báo cáo viên tháng 12/2025 (04/12/2025)
""", "2026-01-08", "Vĩnh Long triển khai nhiệm vụ công tác tuyên giáo và dân vận năm 2026",
E("tong_ket", "2025", "2026-01-07"),
[P("Phan Thị Mỹ Trang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kiên Thị Sa Rết", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Hồng Phúc", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Minh Nhựt", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Dũng", "Tỉnh ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Huỳnh Văn Lợi", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã Long Hiệp"),
 P("Thạch Thị Sô Phi", "Bí thư Chi bộ kiêm Trưởng ấp Sa Bình"),
 P("Kim Sô Phal", "Đại đức", "trụ trì chùa Sa Bình"),
 P("Đoàn Văn Thảo", "Chủ tịch UBND phường An Hội")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("3 tỉnh", 3, "tỉnh"), Q("hơn 3.000 đại biểu", 3000, "đại biểu", "over"),
 Q("1.146 mô hình", 1146, "mô hình"), Q("trên 412 tỷ đồng", 412000000000, "đồng", "over"),
 Q("gần 310.000 m2", 310000, "m2", "approx"), Q("8.726 căn nhà tạm, nhà dột nát", 8726, "căn nhà tạm, nhà dột nát"),
 Q("1.380 cuộc tiếp dân, đối thoại", 1380, "cuộc tiếp dân, đối thoại"), Q("98,6%", 98.6, "%"), Q("14 ấp", 14, "ấp"),
 Q("46 hộ Khmer", 46, "hộ Khmer"), Q("96 kiến nghị", 96, "kiến nghị"), Q("37 vụ khiếu nại đông người", 37, "vụ khiếu nại đông người"),
 Q("42 tập thể", 42, "tập thể"), Q("58 cá nhân", 58, "cá nhân")],
[D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Quy chế phối hợp", "02", "QCPH/BTGDVTU-ĐUUBND", None, None, "Quy chế phối hợp số 02-QCPH/BTGDVTU-ĐUUBND"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW của Bộ Chính trị"),
 D("Kế hoạch", "05", "KH/BTGDVTU", None, None, "Kế hoạch số 05-KH/BTGDVTU"),
 D("Hướng dẫn", "12", "HD/BTGDVTW", None, "Ban Tuyên giáo và Dân vận Trung ương", "Hướng dẫn số 12-HD/BTGDVTW của Ban Tuyên giáo và Dân vận Trung ương")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp"), com("An Hội")],
["Hôm nay: Thứ Sáu, 09/01/2026", "TRANG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG",
 "Trang chủ > Tin tức - Sự kiện > Công tác dân vận", "Toàn cảnh hội nghị tại điểm cầu tỉnh.", "Dân vận khéo",
 "Sáng thứ Bảy tiếp dân", "Lượt xem: 864"],
["Hôm nay: Thứ Sáu, 09/01/2026", "Ngày 08/01/2026 | 15:20", "năm 2025", "năm 2026", "Năm 2025", "2 cấp",
 "Đại hội XIV", "lần thứ I", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt xem: 864"]))

PAGES.append(page("b1204-dongthap-btgdv-soket-6thang-2026", """
ĐỒNG THÁP ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐỒNG THÁP
Chính trị › Xây dựng Đảng
Thứ Năm, 09/07/2026 - 07:15
Ảnh: Quang cảnh hội nghị sơ kết.
Đồng Tháp: 6 tháng, 618 mô hình "Dân vận khéo" được công nhận
Sáng 8/7, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm 2026. Đồng chí Trương Công Bằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị.
Theo báo cáo, 6 tháng đầu năm, Ban đã tham mưu Tỉnh ủy ban hành Chương trình hành động số 03-CTr/TU thực hiện Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I; tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 07-CT/TU về tăng cường công tác dân vận của chính quyền cấp xã. Ban phối hợp Ủy ban MTTQ Việt Nam tỉnh ký kết Quy chế phối hợp số 01-QCPH/BTGDVTU-MTTQ về công tác dân vận giai đoạn 2026 - 2030.
Khối dân vận các cấp đã tuyên truyền, vận động cử tri tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, tỷ lệ cử tri đi bầu đạt 99,72%. Toàn tỉnh công nhận 618 mô hình "Dân vận khéo", trong đó 205 mô hình trong lĩnh vực cải cách hành chính, chuyển đổi số ở cấp xã. Các tổ chức trong hệ thống chính trị đã vận động xây dựng 1.240 căn nhà Đại đoàn kết với tổng kinh phí gần 75 tỷ đồng.
Công tác dân vận chính quyền tiếp tục có chuyển biến. UBND tỉnh ban hành Quyết định số 18/2026/QĐ-UBND ngày 3/3/2026 quy định về tiếp công dân, đối thoại với nhân dân ở cấp xã. Chủ tịch UBND các xã, phường đã tổ chức 412 cuộc đối thoại, tiếp nhận 1.936 ý kiến; 94,3% ý kiến đã được giải quyết, trả lời.
Tham luận tại hội nghị, bà Đặng Thị Bích Tuyền, Phó Bí thư Thường trực Đảng ủy phường Mỹ Tho, chia sẻ kinh nghiệm vận động 214 hộ kinh doanh dọc bờ kè sông Tiền chỉnh trang vỉa hè mà không phải cưỡng chế. Ông Lê Minh Triết, Ủy viên Ban Thường vụ Đảng ủy, Trưởng ban Xây dựng Đảng Đảng ủy xã Tân Hồng, cho biết xã đã thành lập 9 tổ dân vận ở các ấp biên giới. Ông Nguyễn Văn Sơn, Chủ tịch UBND xã Cái Bè, đề xuất giao thêm biên chế cho Trung tâm Phục vụ hành chính công cấp xã.
Hội nghị thống nhất chỉ ra những hạn chế: ở một số xã, việc nắm bắt tư tưởng, dư luận xã hội còn chậm; công tác vận động người dân tham gia giải phóng mặt bằng dự án cao tốc Cao Lãnh - An Hữu và cầu Rạch Miễu 2 có lúc chưa đồng bộ; 23 vụ khiếu nại kéo dài chưa giải quyết dứt điểm.
Kết luận hội nghị, đồng chí Trương Công Bằng đề nghị 6 tháng cuối năm các cấp tập trung thực hiện Kết luận số 43-KL/TW của Ban Bí thư; tổng kết 5 năm thực hiện Quyết định số 23-QĐ/TW của Bộ Chính trị; tổ chức tốt các hoạt động kỷ niệm 96 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 - 15/10/2026) gắn với Ngày hội Đại đoàn kết toàn dân tộc.
Bảo Trân
Lượt xem: 1.105
TIN CÙNG CHUYÊN MỤC
- Xã Thanh Bình ra mắt mô hình "Dân vận khéo" (02/07/2026)
- Phường Cao Lãnh giao ban công tác dân vận quý II (26/06/2026)
- Tập huấn nghiệp vụ dân vận cho cán bộ cấp xã năm 2026 (15/06/2026)
- Gặp mặt người có uy tín vùng biên giới (04/06/2026)
""", "2026-07-09", "Đồng Tháp: 6 tháng, 618 mô hình \"Dân vận khéo\" được công nhận",
E("so_ket", "2026-H1", "2026-07-08"),
[P("Trương Công Bằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đặng Thị Bích Tuyền", "Phó Bí thư Thường trực Đảng ủy phường Mỹ Tho"),
 P("Lê Minh Triết", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng ban Xây dựng Đảng Đảng ủy xã Tân Hồng"),
 P("Nguyễn Văn Sơn", "Chủ tịch UBND xã Cái Bè")],
[Q("99,72%", 99.72, "%"), Q("618 mô hình", 618, "mô hình"), Q("205 mô hình", 205, "mô hình"),
 Q("1.240 căn nhà Đại đoàn kết", 1240, "căn nhà Đại đoàn kết"), Q("gần 75 tỷ đồng", 75000000000, "đồng", "approx"),
 Q("412 cuộc đối thoại", 412, "cuộc đối thoại"), Q("1.936 ý kiến", 1936, "ý kiến"), Q("94,3%", 94.3, "%"),
 Q("214 hộ kinh doanh", 214, "hộ kinh doanh"), Q("9 tổ dân vận", 9, "tổ dân vận"),
 Q("23 vụ khiếu nại kéo dài", 23, "vụ khiếu nại kéo dài")],
[D("Chương trình hành động", "03", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 03-CTr/TU"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU"),
 D("Quy chế phối hợp", "01", "QCPH/BTGDVTU-MTTQ", None, None, "Quy chế phối hợp số 01-QCPH/BTGDVTU-MTTQ"),
 D("Quyết định", "18", "2026/QĐ-UBND", "2026-03-03", "UBND tỉnh", "Quyết định số 18/2026/QĐ-UBND ngày 3/3/2026"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận số 43-KL/TW của Ban Bí thư"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW của Bộ Chính trị")],
[prov("Đồng Tháp"), com("Mỹ Tho"), com("Tân Hồng"), com("Cái Bè")],
["ĐỒNG THÁP ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐỒNG THÁP", "Chính trị › Xây dựng Đảng",
 "Ảnh: Quang cảnh hội nghị sơ kết.", "Dân vận khéo", "Ngày truyền thống công tác dân vận của Đảng",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 1.105"],
["Thứ Năm, 09/07/2026 - 07:15", "6 tháng", "6 tháng đầu năm 2026", "6 tháng đầu năm", "Đại hội XIV", "lần thứ I",
 "giai đoạn 2026 - 2030", "khóa XVI", "nhiệm kỳ 2026 - 2031", "6 tháng cuối năm", "5 năm", "96 năm",
 "15/10/1930 - 15/10/2026", "Rạch Miễu 2", "Lượt xem: 1.105"]))
