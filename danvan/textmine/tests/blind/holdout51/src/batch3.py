from lib import *
PAGES = []

PAGES.append(page("b1193-binhduong-giaoban-q1-2021", """
BÁO BÌNH DƯƠNG ONLINE
Thời sự | Chính trị | Xây dựng Đảng
30 tháng 3, 2021 | 16:45
Quang cảnh hội nghị giao ban khối dân vận.
Khối dân vận tập trung vận động cử tri tham gia bầu cử
(BDO) Chiều 29/3, Ban Dân vận Tỉnh ủy Bình Dương tổ chức hội nghị giao ban công tác dân vận quý I/2021, triển khai nhiệm vụ quý II. Đồng chí Lê Thị Thanh Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Báo cáo tại hội nghị cho biết, quý I, Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch số 12-KH/BDVTU ngày 05/01/2021 về công tác dân vận năm 2021 và Hướng dẫn số 03-HD/BDVTU về tuyên truyền, vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026, thực hiện Chỉ thị số 45-CT/TW ngày 20/6/2020 của Bộ Chính trị về lãnh đạo cuộc bầu cử. Khối dân vận các cấp phối hợp tổ chức 364 hội nghị tiếp xúc cử tri với trên 21.000 lượt cử tri tham dự.
Trong dịp Tết Nguyên đán Tân Sửu, Mặt trận và các đoàn thể đã vận động trao 86.500 phần quà cho hộ nghèo, công nhân khó khăn với tổng trị giá hơn 52 tỷ đồng; tổ chức chương trình "Tết sum vầy" cho 4.200 công nhân ở lại tỉnh đón Tết do ảnh hưởng dịch Covid-19. Toàn tỉnh có thêm 48 mô hình "Dân vận khéo" được công nhận, trong đó 21 mô hình trong doanh nghiệp và khu nhà trọ công nhân.
Công tác dân vận chính quyền được chú trọng: các sở, ngành và UBND cấp huyện đã tổ chức 27 cuộc đối thoại; Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 78.640 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 99,3%. Tại phường Thới Hòa, thị xã Bến Cát, mô hình "Tổ tự quản khu nhà trọ an toàn" đã giúp hòa giải thành 16 vụ tranh chấp giữa chủ nhà trọ và người thuê.
Thảo luận tại hội nghị, ông Trần Văn Minh, Phó Chủ tịch Liên đoàn Lao động tỉnh, cho biết trong quý có 9 vụ ngừng việc tập thể với khoảng 5.300 công nhân tham gia, chủ yếu liên quan đến tiền thưởng Tết; các vụ việc đã được công đoàn phối hợp giải quyết ổn định. Bà Đoàn Thị Kim Chi, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị các địa phương quan tâm vận động hộ dân ở xã An Bình, huyện Phú Giáo, liên quan đến dự án đường ĐT.741.
Theo ông Huỳnh Văn Tới, HUV, Trưởng Ban Dân vận Huyện ủy Dầu Tiếng, huyện đang khảo sát để nhân rộng mô hình "Dân vận khéo" trong đồng bào Khmer ở các xã ven hồ Dầu Tiếng; đồng thời tham mưu Huyện ủy thực hiện kế hoạch số 27-KH/TU của Tỉnh ủy về công tác dân vận trong tình hình mới.
Kết luận hội nghị, đồng chí Lê Thị Thanh Xuân đề nghị quý II khối dân vận tập trung tuyên truyền sâu rộng về ngày bầu cử 23/5/2021, bảo đảm tỷ lệ cử tri đi bầu trên 99%; nắm chắc tình hình công nhân, người lao động; tham mưu sơ kết 5 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư. Đồng chí Trưởng ban cũng lưu ý các cơ quan chủ động phòng, chống dịch, không để gián đoạn hoạt động tiếp dân.
Phương Thảo
Lượt xem: 2.014
Tin liên quan
- Thủ Dầu Một: ra mắt tổ dân vận khu phố (24/03/2021)
- Bàu Bàng tập huấn nghiệp vụ dân vận cho cán bộ ấp (15/03/2021)
- Hội nghị tổng kết công tác dân vận năm 2020 (08/01/2021)
- Tân Uyên vận động hiến đất mở đường (28/12/2020)
""", "2021-03-30", "Khối dân vận tập trung vận động cử tri tham gia bầu cử",
E("giao_ban", "2021-Q1", "2021-03-29"),
[P("Lê Thị Thanh Xuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng ban"),
 P("Trần Văn Minh", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Đoàn Thị Kim Chi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Tới", "HUV", "Trưởng Ban Dân vận Huyện ủy Dầu Tiếng")],
[Q("364 hội nghị tiếp xúc cử tri", 364, "hội nghị tiếp xúc cử tri"), Q("trên 21.000 lượt cử tri", 21000, "lượt cử tri", "over"),
 Q("86.500 phần quà", 86500, "phần quà"), Q("hơn 52 tỷ đồng", 52000000000, "đồng", "over"),
 Q("4.200 công nhân", 4200, "công nhân"), Q("48 mô hình", 48, "mô hình"), Q("21 mô hình", 21, "mô hình"),
 Q("27 cuộc đối thoại", 27, "cuộc đối thoại"), Q("78.640 hồ sơ", 78640, "hồ sơ"), Q("99,3%", 99.3, "%"),
 Q("16 vụ tranh chấp", 16, "vụ tranh chấp"), Q("9 vụ ngừng việc tập thể", 9, "vụ ngừng việc tập thể"),
 Q("khoảng 5.300 công nhân", 5300, "công nhân", "approx"), Q("trên 99%", 99, "%", "over")],
[D("Kế hoạch", "12", "KH/BDVTU", "2021-01-05", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 12-KH/BDVTU ngày 05/01/2021"),
 D("Hướng dẫn", "03", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 03-HD/BDVTU"),
 D("Chỉ thị", "45", "CT/TW", "2020-06-20", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 20/6/2020 của Bộ Chính trị"),
 D("Kế hoạch", "27", "KH/TU", None, "Tỉnh ủy", "kế hoạch số 27-KH/TU của Tỉnh ủy"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW của Ban Bí thư")],
[prov("Bình Dương"), com("Thới Hòa"), com("An Bình")],
["BÁO BÌNH DƯƠNG ONLINE", "Thời sự | Chính trị | Xây dựng Đảng", "Quang cảnh hội nghị giao ban khối dân vận.", "(BDO)",
 "Tết sum vầy", "Dân vận khéo", "Tổ tự quản khu nhà trọ an toàn", "Lượt xem: 2.014"],
["30 tháng 3, 2021 | 16:45", "quý I/2021", "quý II", "khóa XV", "nhiệm kỳ 2021 - 2026", "năm 2021", "Tân Sửu", "Covid-19",
 "ĐT.741", "23/5/2021", "5 năm", "Lượt xem: 2.014"]))

PAGES.append(page("b1194-dongthap-taphuan-quyche-danvan-2021", """
Ban Dân vận Tỉnh ủy Đồng Tháp
Trang chủ › Tin hoạt động › Tập huấn, bồi dưỡng
24/11/2021 09:12
Tập huấn trực tuyến Quy chế công tác dân vận của hệ thống chính trị
Sáng 23/11/2021, Ban Dân vận Tỉnh ủy Đồng Tháp tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2021 theo hình thức trực tuyến, kết nối từ điểm cầu Tỉnh ủy đến 12 điểm cầu huyện, thành phố và 143 điểm cầu xã, phường, thị trấn. Tham dự có hơn 2.100 học viên là cán bộ làm công tác dân vận, Mặt trận, đoàn thể và công chức các cơ quan hành chính.
Các học viên tham dự tại điểm cầu huyện Tháp Mười.
Đồng chí Võ Thị Mỹ Linh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc. Theo đồng chí, sau hơn 3 tháng chịu ảnh hưởng nặng nề của dịch Covid-19, công tác dân vận phải thích ứng với tình hình mới; cán bộ dân vận không chỉ "đi từng ngõ, gõ từng nhà" mà còn phải biết vận động qua mạng xã hội, nhóm Zalo, trang thông tin của ấp, khóm.
Lớp tập huấn được nghe 3 chuyên đề. Đồng chí Nguyễn Văn Thạnh, Phó Trưởng Ban Dân vận Tỉnh ủy, quán triệt Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị, thay thế Quyết định số 290-QĐ/TW ngày 25/2/2010; nêu những điểm mới về trách nhiệm của người đứng đầu cấp ủy, chính quyền trong tiếp dân, đối thoại với dân. Bà Phạm Thị Ngọc Giàu, Trưởng phòng Dân vận chính quyền - Mặt trận, đoàn thể Ban Dân vận Tỉnh ủy, hướng dẫn cách xây dựng, đánh giá mô hình "Dân vận khéo" theo Hướng dẫn số 08-HD/BDVTU ngày 15/10/2021. Ông Lê Hữu Phước, Phó Trưởng ban Ban Tôn giáo Sở Nội vụ, giới thiệu kỹ năng vận động chức sắc, chức việc và tín đồ các tôn giáo tham gia phòng, chống dịch.
Theo số liệu được giới thiệu tại lớp tập huấn, trong đợt dịch vừa qua, khối dân vận toàn tỉnh đã vận động được hơn 186 tỷ đồng và 4.300 tấn hàng hóa, nông sản; trao 412.000 phần quà cho người dân khó khăn; 1.860 tổ Covid cộng đồng hoạt động ở 100% ấp, khóm. Tại xã Mỹ Hiệp, huyện Cao Lãnh, mô hình "ATM gạo nghĩa tình" do Hội Liên hiệp Phụ nữ xã thực hiện đã phát 38 tấn gạo cho 2.900 lượt người.
Trao đổi tại lớp học, nhiều học viên nêu khó khăn khi vận động người dân tiêm vắc-xin ở các cồn, bãi; chế độ phụ cấp của tổ dân vận ấp còn thấp. Ông Trần Hữu Lợi, Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Thuận Đông, thành phố Cao Lãnh, kiến nghị tỉnh hỗ trợ 300.000 đồng/tháng cho tổ trưởng tổ Covid cộng đồng.
Kết thúc lớp tập huấn, Ban Dân vận Tỉnh ủy đề nghị các huyện ủy, thành ủy tổ chức quán triệt Quyết định số 23-QĐ/TW đến chi bộ trước ngày 31/12/2021; rà soát, công nhận lại các mô hình "Dân vận khéo" sau dịch; tham mưu ban hành Quy chế công tác dân vận của cấp ủy cấp huyện theo Chỉ thị số 06, 07-CT/TU của Ban Thường vụ Tỉnh ủy.
Thanh Tâm
Tin khác
- Hội nghị giao ban khối dân vận quý III/2021 (05/10/2021)
- Lai Vung: trao 500 phần quà cho người dân khó khăn do dịch (20/09/2021)
- Sa Đéc ra mắt mô hình "Khóm dân vận khéo" (18/06/2021)
- Hồng Ngự vận động đồng bào theo đạo Hồi phòng, chống dịch (02/06/2021)
""", "2021-11-24", "Tập huấn trực tuyến Quy chế công tác dân vận của hệ thống chính trị",
E("tap_huan", "2021", "2021-11-23"),
[P("Võ Thị Mỹ Linh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Thạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Thị Ngọc Giàu", "Trưởng phòng Dân vận chính quyền - Mặt trận, đoàn thể Ban Dân vận Tỉnh ủy"),
 P("Lê Hữu Phước", "Phó Trưởng ban Ban Tôn giáo Sở Nội vụ"),
 P("Trần Hữu Lợi", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Thuận Đông")],
[Q("12 điểm cầu huyện, thành phố", 12, "điểm cầu huyện, thành phố"),
 Q("143 điểm cầu xã, phường, thị trấn", 143, "điểm cầu xã, phường, thị trấn"),
 Q("hơn 2.100 học viên", 2100, "học viên", "over"), Q("3 chuyên đề", 3, "chuyên đề"),
 Q("hơn 186 tỷ đồng", 186000000000, "đồng", "over"), Q("4.300 tấn", 4300, "tấn"),
 Q("412.000 phần quà", 412000, "phần quà"), Q("1.860 tổ Covid cộng đồng", 1860, "tổ Covid cộng đồng"),
 Q("100% ấp, khóm", 100, "%"), Q("38 tấn", 38, "tấn"), Q("2.900 lượt người", 2900, "lượt người"),
 Q("300.000 đồng", 300000, "đồng")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", None, "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Hướng dẫn", "08", "HD/BDVTU", "2021-10-15", None, "Hướng dẫn số 08-HD/BDVTU ngày 15/10/2021"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 06, 07-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 06, 07-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Đồng Tháp"), com("Mỹ Hiệp"), com("Tân Thuận Đông")],
["Ban Dân vận Tỉnh ủy Đồng Tháp", "Trang chủ › Tin hoạt động › Tập huấn, bồi dưỡng",
 "Các học viên tham dự tại điểm cầu huyện Tháp Mười.", "đi từng ngõ, gõ từng nhà", "Dân vận khéo", "ATM gạo nghĩa tình",
 "Quy chế công tác dân vận của hệ thống chính trị"],
["24/11/2021 09:12", "năm 2021", "hơn 3 tháng", "Covid-19", "31/12/2021"]))

PAGES.append(page("b1195-dongnai-tongket-5nam-dankheo-2022", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Trang chủ » Chính trị » Xây dựng Đảng
Thứ Năm, 11/08/2022 - 06:00
Tổng kết 5 năm phong trào thi đua "Dân vận khéo": lan tỏa 3.462 mô hình
(ĐN) - Ngày 10/8, Tỉnh ủy Đồng Nai tổ chức hội nghị tổng kết 5 năm phong trào thi đua "Dân vận khéo" giai đoạn 2017 - 2022. Đồng chí Trần Thanh Hải, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh dự và chỉ đạo. Đồng chí Lâm Thị Thu Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Các đại biểu tham quan triển lãm ảnh về các mô hình "Dân vận khéo" bên lề hội nghị.
Theo báo cáo tổng kết, thực hiện Kế hoạch số 142-KH/TU của Tỉnh ủy và Hướng dẫn số 22-HD/BDVTW của Ban Dân vận Trung ương, sau 5 năm, toàn tỉnh đã xây dựng, công nhận 3.462 mô hình, điển hình "Dân vận khéo" các cấp, trong đó lĩnh vực kinh tế 1.128 mô hình, văn hóa - xã hội 1.206 mô hình, quốc phòng - an ninh 512 mô hình, xây dựng hệ thống chính trị 616 mô hình. Riêng khối chính quyền có 934 mô hình, gắn với cải cách thủ tục hành chính, tiếp dân và giải quyết khiếu nại.
Phong trào đã góp phần huy động nguồn lực xã hội hóa hơn 1.250 tỷ đồng để xây dựng nông thôn mới; nhân dân hiến gần 1,3 triệu m2 đất, tự tháo dỡ hàng rào, vật kiến trúc để mở rộng 1.640 km đường giao thông. Nhờ sự đồng thuận của nhân dân, tỉnh đã hoàn thành giải phóng mặt bằng 98,7% diện tích dự án Cảng hàng không quốc tế Long Thành, bàn giao cho chủ đầu tư đúng tiến độ; 5.178 hộ dân đã nhận tiền bồi thường và vào ở các khu tái định cư.
Nhiều mô hình được đánh giá cao như "Dân vận khéo trong công tác bồi thường, tái định cư" của UBND huyện Long Thành; "Chùa gắn bó với dân" của Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Định Quán; "Đồng bào Chơ Ro giữ rừng" ở xã Phú Lý, huyện Vĩnh Cửu. Tại hội nghị, bà Điểu Thị Lan, người có uy tín ấp Lý Lịch 1, xã Phú Lý, chia sẻ: những năm đầu bà con chưa tin, cán bộ phải cùng ăn, cùng ở, cùng làm thì dân mới nghe.
Đại diện lãnh đạo các địa phương, đồng chí Nguyễn Hoàng Dũng, HUV, Phó Chủ tịch UBND huyện Long Thành, cho biết huyện đã tổ chức hơn 200 cuộc đối thoại với người dân vùng dự án; mỗi khu tái định cư đều có tổ dân vận do cán bộ huyện trực tiếp phụ trách. Thượng tọa Thích Minh Hiếu, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam huyện Định Quán, cho biết các chùa đã vận động phật tử đóng góp trên 4,6 tỷ đồng làm 12 cây cầu nông thôn.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Ngọc Lan, Hồ Văn Bảy thông tin thêm, bên cạnh kết quả đạt được, phong trào còn hạn chế như một số mô hình hình thức, chạy theo số lượng, thiếu tính bền vững; một số nơi chưa gắn phong trào với thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị và Kết luận số 114-KL/TW của Ban Bí thư.
Phát biểu chỉ đạo, đồng chí Trần Thanh Hải đề nghị giai đoạn tới các cấp ủy đưa chỉ tiêu "Dân vận khéo" vào nghị quyết hằng năm; thực hiện nghiêm chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong các dự án trọng điểm; phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số và tôn giáo. Phó Bí thư Tỉnh ủy Trần Thanh Hải nhấn mạnh: "Mỗi mô hình phải giải quyết được một việc cụ thể của dân, dân được lợi, dân ủng hộ".
Dịp này, UBND tỉnh tặng bằng khen cho 60 tập thể, 85 cá nhân; Ban Dân vận Trung ương tặng bằng khen cho 4 tập thể và 5 cá nhân có thành tích tiêu biểu trong phong trào.
Hải Yến
Lượt xem: 1.486
Tin liên quan
- Trảng Bom sơ kết công tác dân vận 6 tháng đầu năm 2022 (22/07/2022)
- Gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (08/07/2022)
- Nhơn Trạch: đối thoại với người dân vùng dự án (30/06/2022)
- Biên Hòa ra mắt mô hình "Phường dân vận khéo" (16/06/2022)
""", "2022-08-11", "Tổng kết 5 năm phong trào thi đua \"Dân vận khéo\": lan tỏa 3.462 mô hình",
E("tong_ket", None, "2022-08-10"),
[P("Trần Thanh Hải", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lâm Thị Thu Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Điểu Thị Lan", "người có uy tín ấp Lý Lịch 1"),
 P("Nguyễn Hoàng Dũng", "HUV", "Phó Chủ tịch UBND huyện Long Thành"),
 P("Thích Minh Hiếu", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam huyện Định Quán"),
 P("Nguyễn Thị Ngọc Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Bảy", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("3.462 mô hình, điển hình", 3462, "mô hình, điển hình"),
 Q("1.128 mô hình", 1128, "mô hình"), Q("1.206 mô hình", 1206, "mô hình"), Q("512 mô hình", 512, "mô hình"),
 Q("616 mô hình", 616, "mô hình"), Q("934 mô hình", 934, "mô hình"), Q("hơn 1.250 tỷ đồng", 1250000000000, "đồng", "over"),
 Q("gần 1,3 triệu m2", 1300000, "m2", "approx"), Q("1.640 km", 1640, "km"), Q("98,7%", 98.7, "%"),
 Q("5.178 hộ dân", 5178, "hộ dân"), Q("hơn 200 cuộc đối thoại", 200, "cuộc đối thoại", "over"),
 Q("trên 4,6 tỷ đồng", 4600000000, "đồng", "over"), Q("12 cây cầu nông thôn", 12, "cây cầu nông thôn"),
 Q("60 tập thể", 60, "tập thể"), Q("85 cá nhân", 85, "cá nhân"), Q("4 tập thể", 4, "tập thể"), Q("5 cá nhân", 5, "cá nhân")],
[D("Kế hoạch", "142", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 142-KH/TU của Tỉnh ủy"),
 D("Hướng dẫn", "22", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 22-HD/BDVTW của Ban Dân vận Trung ương"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW của Ban Bí thư"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Đồng Nai"), com("Phú Lý")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Trang chủ » Chính trị » Xây dựng Đảng", "(ĐN)",
 "Các đại biểu tham quan triển lãm ảnh về các mô hình \"Dân vận khéo\" bên lề hội nghị.", "Dân vận khéo",
 "Dân vận khéo trong công tác bồi thường, tái định cư", "Chùa gắn bó với dân", "Đồng bào Chơ Ro giữ rừng",
 "Cảng hàng không quốc tế Long Thành", "Lượt xem: 1.486"],
["Thứ Năm, 11/08/2022 - 06:00", "5 năm", "giai đoạn 2017 - 2022", "Lượt xem: 1.486"]))

PAGES.append(page("b1196-bariavungtau-phumy-doithoai-2022", """
Cổng Thông tin điện tử tỉnh Bà Rịa - Vũng Tàu
Trang chủ > Tin tức > Tin địa phương
Ngày 24/11/2022 | 14:05
Chủ tịch UBND thị xã Phú Mỹ đối thoại với người dân vùng dự án
Sáng 23/11, UBND thị xã Phú Mỹ tổ chức hội nghị đối thoại năm 2022 giữa Chủ tịch UBND thị xã với các hộ dân bị ảnh hưởng bởi dự án đường cao tốc Biên Hòa - Vũng Tàu trên địa bàn phường Tân Phước và xã Tóc Tiên. Ông Phan Văn Được, Thị ủy viên, Chủ tịch UBND thị xã chủ trì; tham dự có ông Lê Hoàng Vũ, Ủy viên Ban Thường vụ Thị ủy, Trưởng Ban Dân vận Thị ủy, Chủ tịch Ủy ban MTTQ Việt Nam thị xã và gần 120 hộ dân.
Ông Phan Văn Được, Chủ tịch UBND thị xã Phú Mỹ trả lời kiến nghị của người dân.
Theo báo cáo của Ban Bồi thường, giải phóng mặt bằng thị xã, dự án đi qua địa bàn thị xã dài 16,3 km, ảnh hưởng đến 315 hộ dân với diện tích thu hồi khoảng 74 ha. Đến nay, thị xã đã chi trả bồi thường cho 248 hộ với tổng số tiền hơn 436 tỷ đồng; còn 67 hộ chưa nhận tiền, trong đó 27 hộ chưa đồng ý với đơn giá bồi thường đất nông nghiệp.
Tại buổi đối thoại, bà Nguyễn Thị Lệ, ở khu phố Quảng Phú, phường Tân Phước, cho rằng đơn giá 1,8 triệu đồng/m2 đất trồng cây lâu năm là thấp so với giá chuyển nhượng thực tế. Ông Đặng Văn Sáu, ấp Suối Nhum, xã Tóc Tiên, đề nghị bố trí tái định cư tại chỗ cho các hộ bị thu hồi hết đất ở; hỏi thời điểm giao nền tái định cư.
Ông Phan Văn Được giải thích, giá đất bồi thường được áp dụng theo Quyết định số 2543/QĐ-UBND ngày 15/9/2022 của UBND tỉnh, trên cơ sở kết quả thẩm định của đơn vị tư vấn độc lập; các hộ bị thu hồi hết đất ở được bố trí nền tại khu tái định cư Tóc Tiên với 180 nền, dự kiến giao nền trước Tết Nguyên đán. Những trường hợp có hoàn cảnh khó khăn được hỗ trợ thêm 30 triệu đồng/hộ và được ưu tiên đào tạo nghề, giới thiệu việc làm tại các khu công nghiệp Phú Mỹ.
Ông Lê Hoàng Vũ cho biết, thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị và Kế hoạch số 188/KH-UBND của UBND thị xã về đối thoại với nhân dân, từ đầu năm đến nay thị xã đã tổ chức 9 cuộc đối thoại, giải quyết 41/46 kiến nghị. Ban Dân vận Thị ủy cùng Mặt trận thành lập 6 tổ vận động, phân công đảng viên phụ trách từng hộ chưa đồng thuận theo tinh thần phong trào "Dân vận khéo".
Sau 3 giờ đối thoại, 19 hộ đã ký biên bản đồng ý nhận tiền bồi thường. Kết luận buổi đối thoại, Chủ tịch UBND thị xã Phú Mỹ Phan Văn Được giao Phòng Tài nguyên và Môi trường phối hợp UBND phường Tân Phước, xã Tóc Tiên rà soát lại nguồn gốc đất của 8 hộ có ý kiến khác nhau; trả lời bằng văn bản trước ngày 10/12. Ông khẳng định thị xã sẽ không cưỡng chế khi chưa làm hết trách nhiệm vận động.
Bà Trịnh Thị Hồng, Phó Chủ tịch UBND phường Tân Phước, cho biết phường sẽ tổ chức họp dân tại từng khu phố để công khai phương án bồi thường, hỗ trợ của từng hộ.
Minh Châu
Các tin khác
- Vũng Tàu: ra mắt mô hình "Dân vận khéo" trong cải cách hành chính (18/11/2022)
- Châu Đức tổng kết 5 năm thực hiện Quy định 11-QĐi/TW (10/11/2022)
- Xuyên Mộc vận động người dân hiến đất làm đường (28/10/2022)
- Long Điền đối thoại với ngư dân (14/10/2022)
""", "2022-11-24", "Chủ tịch UBND thị xã Phú Mỹ đối thoại với người dân vùng dự án",
E("doi_thoai", "2022", "2022-11-23"),
[P("Phan Văn Được", "Thị ủy viên", "Chủ tịch UBND thị xã", "Chủ tịch UBND thị xã Phú Mỹ"),
 P("Lê Hoàng Vũ", "Ủy viên Ban Thường vụ Thị ủy", "Trưởng Ban Dân vận Thị ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thị xã"),
 P("Nguyễn Thị Lệ"),
 P("Đặng Văn Sáu"),
 P("Trịnh Thị Hồng", "Phó Chủ tịch UBND phường Tân Phước")],
[Q("gần 120 hộ dân", 120, "hộ dân", "approx"), Q("16,3 km", 16.3, "km"), Q("315 hộ dân", 315, "hộ dân"),
 Q("khoảng 74 ha", 74, "ha", "approx"), Q("248 hộ", 248, "hộ"), Q("hơn 436 tỷ đồng", 436000000000, "đồng", "over"),
 Q("67 hộ", 67, "hộ"), Q("27 hộ", 27, "hộ"), Q("1,8 triệu đồng", 1800000, "đồng"), Q("180 nền", 180, "nền"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("9 cuộc đối thoại", 9, "cuộc đối thoại"), Q("41/46 kiến nghị", 41, "kiến nghị"),
 Q("6 tổ vận động", 6, "tổ vận động"), Q("19 hộ", 19, "hộ"), Q("8 hộ", 8, "hộ")],
[D("Quyết định", "2543", "QĐ-UBND", "2022-09-15", "UBND tỉnh", "Quyết định số 2543/QĐ-UBND ngày 15/9/2022 của UBND tỉnh"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW của Bộ Chính trị"),
 D("Kế hoạch", "188", "KH-UBND", None, "UBND thị xã", "Kế hoạch số 188/KH-UBND của UBND thị xã")],
[prov("Bà Rịa - Vũng Tàu"), com("Tân Phước"), com("Tóc Tiên")],
["Cổng Thông tin điện tử tỉnh Bà Rịa - Vũng Tàu", "Trang chủ > Tin tức > Tin địa phương",
 "Ông Phan Văn Được, Chủ tịch UBND thị xã Phú Mỹ trả lời kiến nghị của người dân.", "Dân vận khéo"],
["Ngày 24/11/2022 | 14:05", "năm 2022", "3 giờ", "10/12"]))

PAGES.append(page("b1197-travinh-traoqua-senedolta-2023", """
BÁO TRÀ VINH ĐIỆN TỬ
Trang chủ / Dân tộc - Tôn giáo
12/10/2023 09:10
Trao 250 phần quà và 5 căn nhà đại đoàn kết cho đồng bào Khmer dịp lễ Sene Dolta
TVO - Ngày 11/10, Ban Dân vận Tỉnh ủy Trà Vinh phối hợp Ủy ban MTTQ Việt Nam huyện Trà Cú trao 250 phần quà và bàn giao 5 căn nhà đại đoàn kết cho hộ nghèo, hộ cận nghèo đồng bào Khmer tại xã Đôn Châu và xã Ngọc Biên, nhân dịp lễ Sene Dolta năm 2023.
Đồng chí Sơn Thị Ngọc Diễm (thứ hai từ trái sang) trao quà cho hộ nghèo xã Đôn Châu.
Tham dự có đồng chí Sơn Thị Ngọc Diễm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Nguyễn Văn Trí, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Kiên Sa Ráte, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Trà Cú; Thượng tọa Thạch Sa Mết, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Phnô Đôn.
Mỗi phần quà gồm 500.000 đồng tiền mặt, 10 kg gạo và một số nhu yếu phẩm; mỗi căn nhà đại đoàn kết có tổng giá trị 60 triệu đồng, trong đó Quỹ "Vì người nghèo" tỉnh hỗ trợ 50 triệu đồng, gia đình và người thân góp thêm ngày công, vật liệu. Tổng kinh phí của đợt trao quà, bàn giao nhà là 455 triệu đồng, do Ban Dân vận Tỉnh ủy vận động các doanh nghiệp, nhà hảo tâm tài trợ.
Phát biểu tại buổi lễ, đồng chí Sơn Thị Ngọc Diễm thăm hỏi, chúc bà con đón lễ Sene Dolta vui tươi, tiết kiệm; đề nghị các vị sư sãi, người có uy tín tiếp tục cùng chính quyền vận động đồng bào giữ gìn an ninh trật tự, không nghe theo lời xúi giục của các đối tượng xấu. Đồng chí cho biết, thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, năm 2023 tỉnh đã hỗ trợ xây dựng 1.086 căn nhà ở cho hộ nghèo, hộ cận nghèo đồng bào Khmer.
Tại xã Đôn Châu, ông Thạch Phươl, Bí thư Chi bộ kiêm Trưởng ấp Ô Rét, cho biết sau 3 năm thực hiện mô hình "Dân vận khéo" "Phum sóc đoàn kết, giúp nhau thoát nghèo", ấp đã giảm 42 hộ nghèo, chỉ còn 11 hộ. Bà Kim Thị Sô Phia, một trong những hộ được nhận nhà mới, nghẹn ngào: "Cả nhà tôi 6 người ở trong căn nhà lá đã mục. Năm nay có nhà tường, lễ Sene Dolta này gia đình tôi mới thật sự vui".
Thượng tọa Thạch Sa Mết thay mặt các chùa Khmer trong huyện cảm ơn Tỉnh ủy, Ban Dân vận Tỉnh ủy; cho biết các chùa sẽ tiếp tục mở lớp dạy chữ Khmer, vận động phật tử giúp đỡ hộ nghèo trong phum, sóc.
Cũng trong dịp này, đoàn đã đến thăm, tặng quà 8 chùa Khmer trên địa bàn huyện Trà Cú và thị xã Duyên Hải, mỗi chùa 3 triệu đồng. Theo kế hoạch, trước ngày 14/10, các huyện, thị xã, thành phố trong tỉnh sẽ trao tổng cộng 6.500 phần quà Sene Dolta cho đồng bào Khmer khó khăn.
Tin, ảnh: Ngọc Trâm
Lượt xem: 936
Tin liên quan
- Chủ tịch UBND tỉnh thăm, chúc mừng lễ Sene Dolta tại chùa Âng (10/10/2023)
- Cầu Ngang: vận động xây dựng 20 căn nhà đại đoàn kết (28/09/2023)
- Hội nghị người có uy tín trong đồng bào Khmer năm 2023 (15/09/2023)
- Tiểu Cần ra mắt mô hình "Sóc Khmer dân vận khéo" (30/08/2023)
""", "2023-10-12", "Trao 250 phần quà và 5 căn nhà đại đoàn kết cho đồng bào Khmer dịp lễ Sene Dolta",
E("trao_qua", None, "2023-10-11"),
[P("Sơn Thị Ngọc Diễm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Trí", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kiên Sa Ráte", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Trà Cú"),
 P("Thạch Sa Mết", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Phnô Đôn"),
 P("Thạch Phươl", "Bí thư Chi bộ kiêm Trưởng ấp Ô Rét"),
 P("Kim Thị Sô Phia")],
[Q("250 phần quà", 250, "phần quà"), Q("5 căn nhà đại đoàn kết", 5, "căn nhà đại đoàn kết"),
 Q("500.000 đồng", 500000, "đồng"), Q("10 kg", 10, "kg"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("455 triệu đồng", 455000000, "đồng"),
 Q("1.086 căn nhà ở", 1086, "căn nhà ở"), Q("42 hộ nghèo", 42, "hộ nghèo"), Q("11 hộ", 11, "hộ"),
 Q("6 người", 6, "người"), Q("8 chùa Khmer", 8, "chùa Khmer"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("6.500 phần quà Sene Dolta", 6500, "phần quà Sene Dolta")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ")],
[prov("Trà Vinh"), com("Đôn Châu"), com("Ngọc Biên")],
["BÁO TRÀ VINH ĐIỆN TỬ", "Trang chủ / Dân tộc - Tôn giáo", "TVO",
 "Đồng chí Sơn Thị Ngọc Diễm (thứ hai từ trái sang) trao quà cho hộ nghèo xã Đôn Châu.", "Vì người nghèo", "Dân vận khéo",
 "Phum sóc đoàn kết, giúp nhau thoát nghèo", "Sene Dolta",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 936"],
["12/10/2023 09:10", "năm 2023", "3 năm", "14/10", "Lượt xem: 936"]))

PAGES.append(page("b1198-hcm-hoinghi-dvcq-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
Vị trí: Trang chủ » Tin tức » Công tác dân vận
14/04/2023 | 17:05
TPHCM: Người đứng đầu chính quyền phải trực tiếp lắng nghe dân
Chiều 13/4, Ban Dân vận Thành ủy Thành phố Hồ Chí Minh phối hợp Ban cán sự đảng UBND TPHCM tổ chức hội nghị chuyên đề công tác dân vận chính quyền năm 2023, quán triệt Kết luận số 43-KL/TW ngày 7/1/2023 của Ban Bí thư về tiếp tục thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới. Hội nghị được tổ chức trực tiếp và trực tuyến với 22 điểm cầu, gần 2.500 đại biểu tham dự.
Quang cảnh hội nghị tại điểm cầu Thành ủy.
Dự hội nghị có đồng chí Huỳnh Minh Tuấn, Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch Thường trực UBND TPHCM; đồng chí Trương Thị Bích Vân, Thành ủy viên, Trưởng Ban Dân vận Thành ủy; đồng chí Mai Đức Thịnh, Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy.
Báo cáo tại hội nghị cho biết, sau 10 năm thực hiện Nghị quyết 25 và 8 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư, công tác dân vận của chính quyền thành phố có nhiều chuyển biến. Năm 2022, các cơ quan hành chính thành phố tiếp 41.216 lượt công dân, Chủ tịch UBND các cấp đối thoại trực tiếp 1.847 cuộc; 96,8% hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn. Toàn thành phố có 5.730 mô hình "Dân vận khéo", trong đó 1.410 mô hình của khối chính quyền.
Thực hiện Chương trình hành động số 41-CTr/TU của Thành ủy và Kế hoạch số 1024/KH-UBND ngày 28/3/2023 của UBND Thành phố, UBND thành phố yêu cầu mỗi sở, ngành, quận, huyện, thành phố Thủ Đức đăng ký ít nhất một mô hình "Dân vận khéo" trong cải cách hành chính và chuyển đổi số.
Tham luận tại hội nghị, ông Đỗ Quang Huy, Chủ tịch UBND phường Linh Xuân, thành phố Thủ Đức, chia sẻ mô hình "Cà phê cuối tuần với Chủ tịch phường": trong năm 2022, phường tổ chức 48 buổi gặp gỡ, tiếp nhận 326 ý kiến, giải quyết dứt điểm 301 ý kiến ngay tại cơ sở. Bà Lý Mỹ Linh, Chủ tịch Ủy ban MTTQ Việt Nam Quận 5, giới thiệu cách vận động đồng bào người Hoa cùng chăm lo người cao tuổi cô đơn với trên 3,2 tỷ đồng mỗi năm. Ông Nguyễn Tấn Lộc, Chủ tịch UBND xã Tân Nhựt, huyện Bình Chánh, cho biết xã đã vận động 126 hộ hiến 14.300 m2 đất để mở rộng tuyến đường Trần Đại Nghĩa.
Phát biểu chỉ đạo, Phó Chủ tịch Thường trực UBND TPHCM Huỳnh Minh Tuấn yêu cầu người đứng đầu các cơ quan hành chính thực hiện nghiêm Quyết định số 23-QĐ/TW của Bộ Chính trị và Quy định số 11-QĐi/TW của Bộ Chính trị; mỗi quý ít nhất một lần đối thoại trực tiếp với nhân dân; xử lý nghiêm cán bộ, công chức có thái độ hách dịch, cửa quyền. Đồng chí Trương Thị Bích Vân đề nghị các quận, huyện chuẩn bị tổng kết 10 năm Nghị quyết 25 ở cơ sở.
Thuận Văn
Lượt xem: 1.932
Tin liên quan
- Quận 8: ra mắt mô hình "Dân vận khéo" trong chỉnh trang đô thị (06/04/2023)
- Ban Dân vận Thành ủy giao ban quý I/2023 (30/03/2023)
- Cần Giờ đối thoại với người dân về quy hoạch (22/03/2023)
- Bình Chánh tập huấn công tác dân vận chính quyền (10/03/2023)
""", "2023-04-14", "TPHCM: Người đứng đầu chính quyền phải trực tiếp lắng nghe dân",
E("hoi_nghi", "2023", "2023-04-13"),
[P("Huỳnh Minh Tuấn", "Ủy viên Ban Thường vụ Thành ủy", "Phó Chủ tịch Thường trực UBND TPHCM"),
 P("Trương Thị Bích Vân", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Mai Đức Thịnh", "Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy"),
 P("Đỗ Quang Huy", "Chủ tịch UBND phường Linh Xuân"),
 P("Lý Mỹ Linh", "Chủ tịch Ủy ban MTTQ Việt Nam Quận 5"),
 P("Nguyễn Tấn Lộc", "Chủ tịch UBND xã Tân Nhựt")],
[Q("22 điểm cầu", 22, "điểm cầu"), Q("gần 2.500 đại biểu", 2500, "đại biểu", "approx"),
 Q("41.216 lượt công dân", 41216, "lượt công dân"), Q("1.847 cuộc", 1847, "cuộc"), Q("96,8%", 96.8, "%"),
 Q("5.730 mô hình", 5730, "mô hình"), Q("1.410 mô hình", 1410, "mô hình"), Q("48 buổi gặp gỡ", 48, "buổi gặp gỡ"),
 Q("326 ý kiến", 326, "ý kiến"), Q("301 ý kiến", 301, "ý kiến"), Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"),
 Q("126 hộ", 126, "hộ"), Q("14.300 m2", 14300, "m2")],
[D("Kết luận", "43", "KL/TW", "2023-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2023 của Ban Bí thư"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW của Ban Bí thư"),
 D("Chương trình hành động", "41", "CTr/TU", None, "Thành ủy", "Chương trình hành động số 41-CTr/TU của Thành ủy"),
 D("Kế hoạch", "1024", "KH-UBND", "2023-03-28", "UBND Thành phố", "Kế hoạch số 1024/KH-UBND ngày 28/3/2023 của UBND Thành phố"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW của Bộ Chính trị"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW của Bộ Chính trị")],
[prov("Hồ Chí Minh"), com("Linh Xuân"), com("Tân Nhựt")],
["CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "Vị trí: Trang chủ » Tin tức » Công tác dân vận",
 "Quang cảnh hội nghị tại điểm cầu Thành ủy.", "Dân vận khéo", "Cà phê cuối tuần với Chủ tịch phường", "Lượt xem: 1.932"],
["14/04/2023 | 17:05", "năm 2023", "khóa XI", "10 năm", "8 năm", "Năm 2022", "năm 2022", "Nghị quyết 25", "Quận 5", "Lượt xem: 1.932"]))
