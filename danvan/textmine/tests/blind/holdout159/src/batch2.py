from lib import *
PAGES = []

PAGES.append(page("b3779-quangtri-doan-doithoai-2017", """
TỈNH ĐOÀN QUẢNG TRỊ
Trang chủ › Hoạt động Đoàn › Tin cơ sở
26/06/2017 - 15:45
Đoàn viên, thanh niên đặt câu hỏi tại buổi đối thoại.
Thanh niên Hướng Hóa đối thoại với lãnh đạo huyện về phòng, chống ma túy
Hưởng ứng Tháng hành động phòng, chống ma túy năm 2017, sáng 24/6, Huyện đoàn Hướng Hóa phối hợp với Công an huyện tổ chức chương trình đối thoại giữa lãnh đạo huyện với đoàn viên, thanh niên năm 2017 với chủ đề "Thanh niên nói không với ma túy". Tham dự có đồng chí Hồ Thị Thu Hiền, Phó Chủ tịch UBND huyện Hướng Hóa; Thiếu tá Hồ Văn Lanh, Phó Trưởng Công an huyện cùng hơn 200 đoàn viên, thanh niên người Kinh, Vân Kiều, Pa Kô.
Theo Công an huyện, Hướng Hóa là huyện miền núi phía tây tỉnh Quảng Trị, giáp Lào với 54 km đường biên, là địa bàn trung chuyển ma túy phức tạp. Năm 2016 và 6 tháng đầu năm 2017, lực lượng chức năng phát hiện 38 vụ, bắt 45 đối tượng, thu giữ 27.400 viên hồng phiến và 1,8 kg ma túy đá; có khoảng 60% số đối tượng dưới 30 tuổi. Toàn huyện có 117 người nghiện, trong đó 19 người là học sinh, sinh viên bỏ học.
Tại buổi đối thoại, anh Hồ Văn Ngoan, Bí thư Đoàn xã Tân Long, hỏi về chính sách cho thanh niên sau cai muốn học nghề. Đồng chí Hồ Thị Thu Hiền cho biết huyện đang thực hiện Kế hoạch số 86/KH-UBND ngày 15/3/2017 của UBND huyện, mỗi người sau cai học nghề được hỗ trợ tối đa 3 triệu đồng/khóa và được vay vốn tạo việc làm. Chị Kê Thị Bích, đoàn viên thôn Xa Ry, xã Hướng Phùng, đề nghị tăng tuần tra ở các quán karaoke, nhà nghỉ quanh thị trấn Khe Sanh và thị trấn Lao Bảo.
Em Hồ Thị Hiên, học sinh Trường PT Dân tộc nội trú huyện, hỏi cách nhận biết các loại ma túy mới "núp bóng" thực phẩm. Thiếu tá Hồ Văn Lanh đã giới thiệu các dấu hiệu và khuyên các em không nhận đồ ăn, thức uống của người lạ.
Dịp này, Huyện đoàn ra mắt 3 đội thanh niên xung kích phòng, chống ma túy ở các xã biên giới Thuận, Thanh, Tân Long, mỗi đội 15 thành viên; trao 10 suất học bổng, mỗi suất 1 triệu đồng cho học sinh có hoàn cảnh khó khăn có người thân nghiện ma túy. Các đội thanh niên xung kích sẽ phối hợp với Đồn Biên phòng và Công an xã tuyên truyền đến từng bản, nắm tình hình thanh niên đi làm thuê bên kia biên giới trở về.
Kết thúc buổi đối thoại, Huyện đoàn tiếp nhận 14 kiến nghị, cam kết tổng hợp, gửi các cơ quan chức năng trả lời bằng văn bản trong tháng 7. Các câu hỏi về đất sản xuất, việc làm cho thanh niên người Vân Kiều, Pa Kô sau khi rời cơ sở cai nghiện cũng được lãnh đạo huyện ghi nhận.
Lê Hòa - Huyện đoàn Hướng Hóa
Tin cùng chuyên mục
- Tuổi trẻ Đakrông ra quân "Ngày Chủ nhật xanh" (20/06/2017)
- Gio Linh: tập huấn kỹ năng phòng, chống ma túy học đường (12/06/2017)
- Triệu Phong đối thoại với thanh niên về việc làm (30/05/2017)
""", "2017-06-26", "Thanh niên Hướng Hóa đối thoại với lãnh đạo huyện về phòng, chống ma túy",
E("doi_thoai", "2017", "2017-06-24"),
[P("Hồ Thị Thu Hiền", "Phó Chủ tịch UBND huyện Hướng Hóa"),
 P("Hồ Văn Lanh", "Thiếu tá", "Phó Trưởng Công an huyện"),
 P("Hồ Văn Ngoan", "Bí thư Đoàn xã Tân Long"),
 P("Kê Thị Bích", "đoàn viên thôn Xa Ry"),
 P("Hồ Thị Hiên", "học sinh Trường PT Dân tộc nội trú huyện")],
[Q("hơn 200 đoàn viên, thanh niên", 200, "đoàn viên, thanh niên", "over"), Q("54 km", 54, "km"), Q("38 vụ", 38, "vụ"),
 Q("45 đối tượng", 45, "đối tượng"), Q("27.400 viên hồng phiến", 27400, "viên hồng phiến"), Q("1,8 kg", 1.8, "kg"),
 Q("khoảng 60%", 60, "%", "approx"), Q("117 người nghiện", 117, "người nghiện"), Q("19 người", 19, "người"),
 Q("tối đa 3 triệu đồng", 3000000, "đồng"), Q("3 đội thanh niên xung kích phòng, chống ma túy", 3, "đội thanh niên xung kích phòng, chống ma túy"),
 Q("15 thành viên", 15, "thành viên"), Q("10 suất học bổng", 10, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("14 kiến nghị", 14, "kiến nghị")],
[D("Kế hoạch", "86", "KH-UBND", "2017-03-15", "UBND huyện", "Kế hoạch số 86/KH-UBND ngày 15/3/2017")],
[prov("Quảng Trị"), com("Tân Long"), com("Hướng Phùng"), com("Khe Sanh"), com("Lao Bảo"), com("Thuận"), com("Thanh")],
["TỈNH ĐOÀN QUẢNG TRỊ", "Trang chủ › Hoạt động Đoàn › Tin cơ sở", "Đoàn viên, thanh niên đặt câu hỏi tại buổi đối thoại.",
 "Thanh niên nói không với ma túy", "Tháng hành động phòng, chống ma túy", "Trường PT Dân tộc nội trú huyện"],
["26/06/2017 - 15:45", "năm 2017", "6 tháng đầu năm 2017", "dưới 30 tuổi", "tháng 7", "Năm 2016"]))

PAGES.append(page("b3780-kontum-totuquan-hoinghi-2018", """
BÁO KON TUM ĐIỆN TỬ
An ninh - Quốc phòng / Phòng chống tội phạm
Thứ Sáu, 12/10/2018 - 08:05
Đại biểu tham quan gian trưng bày kết quả mô hình.
Biểu dương 40 tổ tự quản phòng, chống ma túy tiêu biểu
Ngày 11/10, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Kon Tum tổ chức hội nghị biểu dương các tổ tự quản phòng, chống ma túy tiêu biểu năm 2018. Đại tá Y Bhơn, Phó Giám đốc Công an tỉnh và đồng chí A Đoan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Đến nay, toàn tỉnh có 1.284 tổ nhân dân tự quản, trong đó 312 tổ có nội dung phòng, chống ma túy, thu hút khoảng 6.700 thành viên. Nhờ các tổ tự quản, 3 năm qua người dân đã cung cấp 126 nguồn tin về tội phạm ma túy; số người nghiện trong tỉnh giảm từ 402 người năm 2015 xuống còn 263 người. 43/102 xã, phường, thị trấn được công nhận không có tệ nạn ma túy.
Báo cáo tham luận, bà Y Hiên, tổ trưởng tổ tự quản làng Kon Hra Chót, phường Thắng Lợi, thành phố Kon Tum, cho biết tổ có 28 hộ người Ba Na; tổ phân công mỗi thành viên theo dõi 3 - 5 hộ, hễ thấy thanh niên lạ vào làng là báo ngay cho công an phường. Ông A Khuynh, Già làng, người có uy tín làng Đăk Wơk, xã Đăk Ruồng, huyện Kon Rẫy, chia sẻ cách đưa nội dung "không dùng, không cất giấu ma túy" vào luật tục của làng, ai vi phạm phải nộp phạt 1 con heo.
Anh Nguyễn Văn Minh, Trưởng thôn 4, xã Đăk Hring, huyện Đăk Hà, nêu khó khăn: thôn có nhiều lao động đi làm ở các tỉnh phía Nam trở về, một số người mang theo ma túy tổng hợp; tổ tự quản thiếu kinh phí, mỗi năm chỉ được hỗ trợ 1,5 triệu đồng.
Phát biểu, Đại tá Y Bhơn đề nghị các địa phương tiếp tục thực hiện Chỉ thị 21-CT/TW của Bộ Chính trị và Kế hoạch 2178/KH-UBND ngày 23/8/2017 của UBND tỉnh; nhân rộng mô hình tổ tự quản ra ít nhất 80% thôn, làng, tổ dân phố vào năm 2020. Các tổ cần kết hợp tuyên truyền bằng tiếng Ba Na, Xơ Đăng, Gia Rai, phát huy vai trò già làng, người có uy tín.
Các đại biểu cho rằng hiệu quả của tổ tự quản phụ thuộc nhiều vào người đứng đầu tổ; nơi nào tổ trưởng nhiệt tình, được dân tin thì nơi đó giữ được bình yên. Tuy vậy, một số tổ mới lập trên giấy, chưa có quy chế hoạt động, chưa gắn với tổ hòa giải và đội dân phòng ở thôn.
Dịp này, Giám đốc Công an tỉnh tặng giấy khen cho 40 tổ tự quản tiêu biểu, mỗi tổ kèm 2 triệu đồng; Ủy ban MTTQ tỉnh tặng 20 tập thể, cá nhân mỗi tập thể, cá nhân một bộ loa tuyên truyền.
Ngọc Tân
Tin liên quan
- Công an tỉnh bắt 2 đối tượng vận chuyển ma túy tổng hợp (05/10/2018)
- Đăk Tô: người có uy tín góp sức phòng, chống ma túy (22/09/2018)
- Ra mắt mô hình "Làng không có ma túy" ở Sa Thầy (10/09/2018)
""", "2018-10-12", "Biểu dương 40 tổ tự quản phòng, chống ma túy tiêu biểu",
E("hoi_nghi", "2018", "2018-10-11"),
[P("Y Bhơn", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("A Đoan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Hiên", "tổ trưởng tổ tự quản làng Kon Hra Chót"),
 P("A Khuynh", "Già làng", "người có uy tín làng Đăk Wơk"),
 P("Nguyễn Văn Minh", "Trưởng thôn 4")],
[Q("40 tổ tự quản phòng, chống ma túy tiêu biểu", 40, "tổ tự quản phòng, chống ma túy tiêu biểu"),
 Q("1.284 tổ nhân dân tự quản", 1284, "tổ nhân dân tự quản"), Q("312 tổ", 312, "tổ"),
 Q("khoảng 6.700 thành viên", 6700, "thành viên", "approx"), Q("126 nguồn tin", 126, "nguồn tin"),
 Q("402 người", 402, "người"), Q("263 người", 263, "người"), Q("43/102 xã, phường, thị trấn", 43, "xã, phường, thị trấn"),
 Q("28 hộ", 28, "hộ"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("ít nhất 80%", 80, "%", "over"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("20 tập thể, cá nhân", 20, "tập thể, cá nhân")],
[D("Chỉ thị", "21", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 21-CT/TW"),
 D("Kế hoạch", "2178", "KH-UBND", "2017-08-23", "UBND tỉnh", "Kế hoạch 2178/KH-UBND ngày 23/8/2017")],
[prov("Kon Tum"), com("Thắng Lợi"), com("Đăk Ruồng"), com("Đăk Hring")],
["BÁO KON TUM ĐIỆN TỬ", "An ninh - Quốc phòng / Phòng chống tội phạm", "Đại biểu tham quan gian trưng bày kết quả mô hình.",
 "không dùng, không cất giấu ma túy", "Làng không có ma túy"],
["Thứ Sáu, 12/10/2018 - 08:05", "năm 2018", "3 năm qua", "năm 2015", "năm 2020", "3 - 5 hộ", "1 con heo", "một bộ loa tuyên truyền", "thôn 4"]))

PAGES.append(page("b3781-hcm-phuong-giaoban-thang6-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN 8 - THÀNH PHỐ HỒ CHÍ MINH
Trang chủ >> Tin tức - Sự kiện >> Phường - Khu phố
03.07.2019 | 09:20
Phường 4 họp giao ban công tác phòng, chống ma túy tháng 6
Chiều 2/7/2019, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc Phường 4, Quận 8 tổ chức giao ban công tác tháng 6/2019, tập trung vào mục tiêu xây dựng "Phường không ma túy". Ông Trương Minh Khải, Phó Bí thư Đảng ủy, Chủ tịch UBND Phường 4 chủ trì; dự có Trung tá Lâm Quốc Vinh, Phó Trưởng Công an Quận 8.
Ông Trương Minh Khải chủ trì giao ban. Ảnh: Hữu Đức
Theo báo cáo, trong tháng Công an phường phát hiện 6 vụ, 9 đối tượng sử dụng trái phép chất ma túy, lập hồ sơ đưa 4 người đi cai nghiện bắt buộc tại Cơ sở xã hội Bình Đức; tiếp nhận 3 người từ cơ sở cai nghiện trở về. Hiện phường quản lý 57 người nghiện và 41 người sau cai; 22 người đang điều trị Methadone. Lũy kế 6 tháng đầu năm, phường đã triệt xóa 2 tụ điểm, giảm khoảng 18% số người nghiện so với cùng kỳ.
Phường duy trì 12 tổ tự quản tại 8 khu phố, mỗi tổ từ 5 đến 7 thành viên; 26 đảng viên được phân công giúp đỡ, quản lý người sau cai theo Kế hoạch số 47-KH/ĐU của Đảng ủy phường về thực hiện Chỉ thị số 21-CT/TW của Bộ Chính trị trên địa bàn. Trong tháng, Hội Liên hiệp Phụ nữ phường giới thiệu việc làm cho 5 người sau cai tại các cơ sở may gia công, thu nhập khoảng 5,5 triệu đồng/tháng.
Ông Đoàn Văn Lực, Trưởng khu phố 3, phản ánh tình trạng người nghiện từ nơi khác đến thuê phòng trọ ven kênh Đôi; đề nghị chủ nhà trọ phải khai báo tạm trú ngay. Bà Huỳnh Thị Mộng Tuyền, Bí thư Chi bộ khu phố 5, cho biết khu phố đã vận động 32 hộ kinh doanh phòng trọ ký cam kết không để xảy ra tệ nạn.
Kết luận giao ban, ông Trương Minh Khải yêu cầu tháng 7 tập trung rà soát 100% phòng trọ, quán cà phê có dấu hiệu nghi vấn; xây dựng 2 khu phố "không ma túy" làm điểm là khu phố 3 và khu phố 5; mỗi tổ tự quản họp ít nhất 2 lần/tháng. Công an phường phối hợp Đoàn Thanh niên tổ chức 4 buổi tuyên truyền tại trường học trong dịp hè, chú ý các loại ma túy "núp bóng" bánh kẹo, nước uống.
Phường cũng đề nghị Quận hỗ trợ kinh phí 50 triệu đồng để lắp thêm camera an ninh tại 4 tuyến hẻm phức tạp; kinh phí còn lại vận động mạnh thường quân và các hộ dân đóng góp. Đây là mô hình "Camera an ninh" mà Phường 4 đã làm thí điểm từ năm 2018 và được Công an Thành phố Hồ Chí Minh đánh giá cao.
Minh Thư
Tin khác
- Phường 16 ra mắt Câu lạc bộ "Gia đình không có người nghiện" (28/06/2019)
- Quận 8 mít tinh hưởng ứng Ngày quốc tế phòng, chống ma túy (26/06/2019)
- Tuyên truyền phòng, chống ma túy học đường tại Phường 7 (18/06/2019)
""", "2019-07-03", "Phường 4 họp giao ban công tác phòng, chống ma túy tháng 6",
E("giao_ban", "2019-06", "2019-07-02"),
[P("Trương Minh Khải", "Phó Bí thư Đảng ủy", "Chủ tịch UBND Phường 4"),
 P("Lâm Quốc Vinh", "Trung tá", "Phó Trưởng Công an Quận 8"),
 P("Đoàn Văn Lực", "Trưởng khu phố 3"),
 P("Huỳnh Thị Mộng Tuyền", "Bí thư Chi bộ khu phố 5")],
[Q("6 vụ", 6, "vụ"), Q("9 đối tượng", 9, "đối tượng"), Q("4 người", 4, "người"), Q("3 người", 3, "người"),
 Q("57 người nghiện", 57, "người nghiện"), Q("41 người sau cai", 41, "người sau cai"), Q("22 người", 22, "người"),
 Q("2 tụ điểm", 2, "tụ điểm"), Q("khoảng 18%", 18, "%", "approx"), Q("12 tổ tự quản", 12, "tổ tự quản"),
 Q("8 khu phố", 8, "khu phố"), Q("26 đảng viên", 26, "đảng viên"), Q("5 người sau cai", 5, "người sau cai"),
 Q("khoảng 5,5 triệu đồng", 5500000, "đồng", "approx"), Q("32 hộ kinh doanh phòng trọ", 32, "hộ kinh doanh phòng trọ"),
 Q("100%", 100, "%"), Q("2 khu phố", 2, "khu phố"), Q("4 buổi tuyên truyền", 4, "buổi tuyên truyền"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("4 tuyến hẻm", 4, "tuyến hẻm")],
[D("Kế hoạch", "47", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 47-KH/ĐU"),
 D("Chỉ thị", "21", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 21-CT/TW")],
[prov("Hồ Chí Minh"), com("Phường 4")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN 8 - THÀNH PHỐ HỒ CHÍ MINH", "Trang chủ >> Tin tức - Sự kiện >> Phường - Khu phố",
 "Ông Trương Minh Khải chủ trì giao ban. Ảnh: Hữu Đức", "Phường không ma túy", "Camera an ninh", "Cơ sở xã hội Bình Đức"],
["03.07.2019 | 09:20", "tháng 6/2019", "6 tháng đầu năm", "từ 5 đến 7 thành viên", "2 lần/tháng", "tháng 7", "năm 2018", "khu phố 3", "khu phố 5"]))

PAGES.append(page("b3782-angiang-daihoi-vianto-2019", """
Báo An Giang Online
Chính trị > Quốc phòng - An ninh
Cập nhật lúc 16:10 ngày 21/11/2019
Quang cảnh đại hội. Ảnh: Thanh Tiến
Tịnh Biên: Đại hội thi đua "Vì an ninh Tổ quốc" lần thứ IV
Sáng 20/11, huyện Tịnh Biên tổ chức Đại hội thi đua "Vì an ninh Tổ quốc" lần thứ IV (2015 - 2019) với sự tham dự của 180 đại biểu đại diện cho các tập thể, cá nhân tiêu biểu trong phong trào toàn dân bảo vệ an ninh Tổ quốc, trong đó có nhiều đồng bào Khmer. Dự đại hội có Đại tá Lê Văn Tâm, Phó Giám đốc Công an tỉnh An Giang; ông Chau Sóc Ly, Phó Chủ tịch UBND huyện Tịnh Biên.
Báo cáo tại đại hội cho biết, 5 năm qua phong trào có bước phát triển cả bề rộng và chiều sâu. Toàn huyện xây dựng 143 mô hình tự phòng, tự quản, trong đó có 37 tổ tự quản "Phum sóc không có ma túy" ở các xã vùng đồng bào Khmer. Nhân dân cung cấp hơn 1.200 nguồn tin, giúp lực lượng công an, biên phòng triệt phá 214 vụ, bắt 298 đối tượng liên quan đến ma túy, thu giữ gần 3 kg ma túy đá và 1.450 gói heroin. Số người nghiện có hồ sơ quản lý giảm từ 612 người năm 2015 còn 389 người; 11/14 xã, thị trấn được công nhận đạt chuẩn "An toàn về an ninh, trật tự".
Tham luận tại đại hội, ông Chau Khiêl, Trưởng ban nhân dân ấp Tà Lọt, xã An Cư, cho biết tổ tự quản của ấp có 9 thành viên là người Khmer, phối hợp với Achar chùa để tuyên truyền trong các dịp lễ Chôl Chnăm Thmây, Sene Dolta. Bà Néang Sóc Khum, Chủ tịch Hội LHPN xã Văn Giáo, chia sẻ mô hình "Mẹ giúp con tránh xa ma túy" thu hút 64 bà mẹ tham gia. Thượng úy Lâm Thanh Phong, Trưởng Công an xã Nhơn Hưng, nêu cách quản lý 23 người sau cai bằng hình thức "1 đảng viên kèm 1 người".
Đại hội đã khen thưởng 25 tập thể và 42 cá nhân có thành tích xuất sắc, tổng số tiền thưởng hơn 60 triệu đồng; bầu 12 đại biểu đi dự Đại hội thi đua "Vì an ninh Tổ quốc" tỉnh An Giang lần thứ IV. Các đại biểu cũng thống nhất phương hướng giai đoạn 2020 - 2024: phấn đấu 100% ấp, khóm có tổ tự quản về an ninh trật tự; không để phát sinh điểm bán lẻ ma túy.
Phát biểu chỉ đạo, Đại tá Lê Văn Tâm đề nghị huyện tiếp tục thực hiện Chỉ thị số 09-CT/TW của Ban Bí thư về tăng cường lãnh đạo phong trào toàn dân bảo vệ an ninh Tổ quốc và Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị về tăng cường, nâng cao hiệu quả công tác phòng, chống và kiểm soát ma túy; chú trọng tuyến biên giới giáp Campuchia.
Thanh Tiến
Tin liên quan
- Châu Đốc: ra mắt tổ tự quản phòng, chống ma túy khóm Vĩnh Tây (15/11/2019)
- An Phú bắt đối tượng vận chuyển ma túy qua biên giới (08/11/2019)
- Tri Tôn đối thoại với người có uy tín (30/10/2019)
""", "2019-11-21", "Tịnh Biên: Đại hội thi đua \"Vì an ninh Tổ quốc\" lần thứ IV",
E("dai_hoi", None, "2019-11-20"),
[P("Lê Văn Tâm", "Đại tá", "Phó Giám đốc Công an tỉnh An Giang"),
 P("Chau Sóc Ly", "Phó Chủ tịch UBND huyện Tịnh Biên"),
 P("Chau Khiêl", "Trưởng ban nhân dân ấp Tà Lọt"),
 P("Néang Sóc Khum", "Chủ tịch Hội LHPN xã Văn Giáo"),
 P("Lâm Thanh Phong", "Thượng úy", "Trưởng Công an xã Nhơn Hưng")],
[Q("180 đại biểu", 180, "đại biểu"), Q("143 mô hình tự phòng, tự quản", 143, "mô hình tự phòng, tự quản"),
 Q("37 tổ tự quản", 37, "tổ tự quản"), Q("hơn 1.200 nguồn tin", 1200, "nguồn tin", "over"), Q("214 vụ", 214, "vụ"),
 Q("298 đối tượng", 298, "đối tượng"), Q("gần 3 kg", 3, "kg", "approx"), Q("1.450 gói heroin", 1450, "gói heroin"),
 Q("612 người", 612, "người"), Q("389 người", 389, "người"), Q("11/14 xã, thị trấn", 11, "xã, thị trấn"),
 Q("9 thành viên", 9, "thành viên"), Q("64 bà mẹ", 64, "bà mẹ"), Q("23 người sau cai", 23, "người sau cai"),
 Q("25 tập thể", 25, "tập thể"), Q("42 cá nhân", 42, "cá nhân"), Q("hơn 60 triệu đồng", 60000000, "đồng", "over"),
 Q("12 đại biểu", 12, "đại biểu"), Q("100%", 100, "%")],
[D("Chỉ thị", "09", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 09-CT/TW"),
 D("Chỉ thị", "36", "CT/TW", "2019-08-16", "Bộ Chính trị", "Chỉ thị số 36-CT/TW ngày 16/8/2019")],
[prov("An Giang"), com("An Cư"), com("Văn Giáo"), com("Nhơn Hưng")],
["Báo An Giang Online", "Chính trị > Quốc phòng - An ninh", "Quang cảnh đại hội. Ảnh: Thanh Tiến", "Vì an ninh Tổ quốc",
 "Phum sóc không có ma túy", "An toàn về an ninh, trật tự", "Mẹ giúp con tránh xa ma túy", "Chôl Chnăm Thmây", "Sene Dolta", "Achar"],
["Cập nhật lúc 16:10 ngày 21/11/2019", "lần thứ IV", "2015 - 2019", "5 năm qua", "năm 2015", "1 đảng viên kèm 1 người", "2020 - 2024"]))

PAGES.append(page("b3783-hoabinh-baocao-6thang-2020", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN MAI CHÂU
Vị trí: Trang chủ - Chỉ đạo điều hành - Báo cáo
Ngày đăng 15/07/2020 | 10:30
Kết quả công tác phòng, chống ma túy 6 tháng đầu năm 2020
UBND huyện Mai Châu vừa ban hành Báo cáo số 214/BC-UBND ngày 10/7/2020 về kết quả công tác phòng, chống tội phạm và tệ nạn ma túy 6 tháng đầu năm 2020, phương hướng nhiệm vụ 6 tháng cuối năm. Báo cáo do ông Hà Công Tuấn, Phó Chủ tịch UBND huyện ký. Trang thông tin điện tử huyện trích đăng những nội dung chính.
1. Tình hình. Mai Châu có 23 xã, thị trấn (nay sắp xếp còn 16 xã, thị trấn), đồng bào Thái, Mường chiếm hơn 80% dân số. Do ảnh hưởng của dịch Covid-19, các hoạt động tuyên truyền tập trung bị hạn chế. Trong 6 tháng, toàn huyện phát hiện 8 người nghiện mới; tổng số người nghiện có hồ sơ quản lý là 162 người, trong đó 49 người đang điều trị Methadone tại Trung tâm Y tế huyện.
2. Kết quả. Công an huyện phát hiện, bắt giữ 15 vụ, 19 đối tượng, thu giữ 0,6 bánh heroin, 212 viên ma túy tổng hợp và 35 gam ma túy đá. Lập hồ sơ đưa 11 người vào cơ sở cai nghiện bắt buộc; 6 người cai nghiện tự nguyện tại gia đình. Thực hiện Kế hoạch số 57-KH/HU ngày 02/3/2020 của Ban Thường vụ Huyện ủy, các xã đã rà soát 100% thôn, bản; duy trì 98 tổ tự quản với 512 thành viên. Xã Vạn Mai, xã Chiềng Châu giữ vững danh hiệu xã không có tệ nạn ma túy. Kinh phí chi cho công tác phòng, chống ma túy 6 tháng là 186,5 triệu đồng, đạt 52% dự toán.
Công tác tuyên truyền được đổi mới theo hướng nhỏ lẻ, phù hợp điều kiện phòng dịch: phát thanh trên loa của bản bằng tiếng Thái, lồng ghép vào các buổi sinh hoạt chi bộ, chi hội; các trường học đưa nội dung phòng, chống ma túy vào giờ sinh hoạt lớp.
3. Tồn tại. Tình trạng tái nghiện còn cao (khoảng 70%); một số xã chưa quyết liệt lập hồ sơ cai nghiện bắt buộc; tổ tự quản ở một số bản hoạt động cầm chừng. Việc hỗ trợ người sau cai vay vốn còn khó do không có tài sản bảo đảm; có 4 trường hợp tái nghiện sau khi trở về địa phương.
4. Nhiệm vụ 6 tháng cuối năm. Phấn đấu giảm ít nhất 10% số người nghiện; đưa 100% người nghiện đủ điều kiện đi cai nghiện; xây dựng thêm 2 xã không có tệ nạn ma túy; tổ chức 20 buổi tuyên truyền tại các bản giáp ranh huyện Mộc Châu, tỉnh Sơn La. Đề nghị UBND tỉnh Hòa Bình bổ sung 150 triệu đồng kinh phí cho công tác cai nghiện theo Quyết định số 1283/QĐ-UBND ngày 12/6/2019 của UBND tỉnh.
Nơi nhận báo cáo: UBND tỉnh, Công an tỉnh, Sở LĐ-TB&XH; Thường trực Huyện ủy, HĐND huyện.
Văn phòng HĐND và UBND huyện
Lượt xem: 413
Văn bản khác
Các tin khác
- Mai Châu triển khai tháng hành động phòng, chống ma túy (22/06/2020)
- Báo cáo công tác phòng chống dịch Covid-19 (05/05/2020)
- Kế hoạch sắp xếp đơn vị hành chính cấp xã (20/02/2020)
""", "2020-07-15", "Kết quả công tác phòng, chống ma túy 6 tháng đầu năm 2020",
E("bao_cao", "2020-H1", "2020-07-10"),
[P("Hà Công Tuấn", "Phó Chủ tịch UBND huyện")],
[Q("23 xã, thị trấn", 23, "xã, thị trấn"), Q("16 xã, thị trấn", 16, "xã, thị trấn"), Q("hơn 80%", 80, "%", "over"),
 Q("8 người nghiện mới", 8, "người nghiện mới"), Q("162 người", 162, "người"), Q("49 người", 49, "người"),
 Q("15 vụ", 15, "vụ"), Q("19 đối tượng", 19, "đối tượng"), Q("0,6 bánh heroin", 0.6, "bánh heroin"),
 Q("212 viên ma túy tổng hợp", 212, "viên ma túy tổng hợp"), Q("35 gam", 35, "gam"), Q("11 người", 11, "người"),
 Q("6 người", 6, "người"), Q("100% thôn, bản", 100, "%"), Q("98 tổ tự quản", 98, "tổ tự quản"), Q("512 thành viên", 512, "thành viên"),
 Q("186,5 triệu đồng", 186500000, "đồng"), Q("52%", 52, "%"), Q("khoảng 70%", 70, "%", "approx"), Q("4 trường hợp", 4, "trường hợp"),
 Q("ít nhất 10%", 10, "%", "over"), Q("100% người nghiện", 100, "%"), Q("2 xã", 2, "xã"), Q("20 buổi tuyên truyền", 20, "buổi tuyên truyền"),
 Q("150 triệu đồng", 150000000, "đồng")],
[D("Báo cáo", "214", "BC-UBND", "2020-07-10", "UBND huyện Mai Châu", "Báo cáo số 214/BC-UBND ngày 10/7/2020"),
 D("Kế hoạch", "57", "KH/HU", "2020-03-02", "Ban Thường vụ Huyện ủy", "Kế hoạch số 57-KH/HU ngày 02/3/2020"),
 D("Quyết định", "1283", "QĐ-UBND", "2019-06-12", "UBND tỉnh", "Quyết định số 1283/QĐ-UBND ngày 12/6/2019")],
[prov("Hòa Bình"), prov("Sơn La"), com("Vạn Mai"), com("Chiềng Châu")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN MAI CHÂU", "Vị trí: Trang chủ - Chỉ đạo điều hành - Báo cáo", "Lượt xem: 413", "Văn bản khác",
 "Văn phòng HĐND và UBND huyện", "Nơi nhận báo cáo"],
["Ngày đăng 15/07/2020 | 10:30", "6 tháng đầu năm 2020", "6 tháng cuối năm", "Trong 6 tháng", "1. Tình hình", "2. Kết quả", "3. Tồn tại", "4. Nhiệm vụ", "Covid-19", "Lượt xem: 413"]))

PAGES.append(page("b3784-langson-traoqua-saucai-2020", """
BÁO LẠNG SƠN
Xã hội | Chính sách - Lao động
Thứ Năm, 16/01/2020, 14:25
Hôm nay: Thứ Năm, 23/01/2020
Lãnh đạo Sở LĐ-TB&XH trao quà cho học viên tại Cơ sở cai nghiện.
Trao 350 suất quà Tết cho học viên cai nghiện và người sau cai
Ngày 15/1/2020, Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn phối hợp với Ủy ban MTTQ Việt Nam tỉnh và Hội Chữ thập đỏ tỉnh tổ chức thăm, tặng quà Tết Canh Tý 2020 cho học viên đang cai nghiện tại Cơ sở Điều trị nghiện ma túy tỉnh và người sau cai có hoàn cảnh khó khăn tại huyện Cao Lộc, Văn Lãng. Đoàn do bà Hoàng Thị Thu Hà, Phó Giám đốc Sở Lao động - Thương binh và Xã hội làm trưởng đoàn.
Tại Cơ sở Điều trị nghiện ma túy tỉnh, đoàn đã trao 250 suất quà, mỗi suất trị giá 300.000 đồng gồm bánh chưng, kẹo, khăn mặt và tiền mặt. Ông Nông Văn Thiện, Giám đốc Cơ sở cho biết, hiện cơ sở đang quản lý, điều trị 427 học viên, trong đó khoảng 85% là người dân tộc Tày, Nùng, Dao; dịp Tết này có 36 học viên không được gia đình đến thăm. Cơ sở đã tổ chức gói 300 chiếc bánh chưng, văn nghệ đón Xuân để học viên yên tâm điều trị.
Tại xã Hoàng Đồng, huyện Cao Lộc và xã Tân Mỹ, huyện Văn Lãng, đoàn trao 100 suất quà, mỗi suất gồm 500.000 đồng tiền mặt và 1 bao gạo 10 kg cho người sau cai đang hòa nhập cộng đồng. Anh Hoàng Văn Quyết, thôn Nà Pàn, xã Tân Mỹ, sau 2 năm cai nghiện đã mở xưởng mộc nhỏ, tạo việc làm cho 3 người sau cai khác. "Tết năm nay nhà tôi đủ đầy hơn, tôi chỉ mong mọi người tin mình", anh Quyết nói.
Bà Lộc Thị Mai, Chủ tịch Ủy ban MTTQ xã Tân Mỹ, cho biết xã đang duy trì mô hình "Cộng đồng giúp người sau cai" với 4 tổ, mỗi tổ gồm cán bộ thôn, người có uy tín, đoàn viên thanh niên và gia đình người sau cai; 2 năm qua chưa có trường hợp tái nghiện.
Tổng giá trị quà tặng đợt này gần 130 triệu đồng, từ nguồn Quỹ "Vì người nghèo" tỉnh và đóng góp của các doanh nghiệp. Bà Hoàng Thị Thu Hà mong các học viên tuân thủ quy định, tích cực lao động, học nghề; đề nghị chính quyền các xã tạo điều kiện cho người sau cai vay vốn theo Quyết định số 29/2019/QĐ-UBND của UBND tỉnh về chính sách hỗ trợ người sau cai nghiện.
Nhiều học viên xúc động khi nhận quà; có học viên viết thư gửi gia đình hứa sẽ điều trị đến cùng. Cán bộ cơ sở cho biết trong năm qua đã tổ chức dạy nghề mộc, may, trồng nấm cho học viên để khi trở về có thể tự lập.
Cũng trong dịp này, Tỉnh đoàn tặng 50 suất quà Tết cho con em các gia đình có người nghiện ma túy đang học tại các trường trên địa bàn thành phố Lạng Sơn, mỗi suất 400.000 đồng.
Minh Hằng
Tin liên quan
- Cao Lộc: ra mắt mô hình "Thôn không có ma túy" (08/01/2020)
- Trao quà cho trẻ em có hoàn cảnh đặc biệt (05/01/2020)
- Tổng kết công tác lao động - thương binh và xã hội năm 2019 (28/12/2019)
""", "2020-01-16", "Trao 350 suất quà Tết cho học viên cai nghiện và người sau cai",
E("trao_qua", None, "2020-01-15"),
[P("Hoàng Thị Thu Hà", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội", "trưởng đoàn"),
 P("Nông Văn Thiện", "Giám đốc Cơ sở"),
 P("Hoàng Văn Quyết"),
 P("Lộc Thị Mai", "Chủ tịch Ủy ban MTTQ xã Tân Mỹ")],
[Q("350 suất quà Tết", 350, "suất quà"), Q("250 suất quà", 250, "suất quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("427 học viên", 427, "học viên"), Q("khoảng 85%", 85, "%", "approx"), Q("36 học viên", 36, "học viên"),
 Q("300 chiếc bánh chưng", 300, "chiếc bánh chưng"), Q("100 suất quà", 100, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("10 kg", 10, "kg"), Q("3 người sau cai", 3, "người sau cai"), Q("4 tổ", 4, "tổ"),
 Q("gần 130 triệu đồng", 130000000, "đồng", "approx"), Q("50 suất quà Tết", 50, "suất quà"), Q("400.000 đồng", 400000, "đồng")],
[D("Quyết định", "29", "2019/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 29/2019/QĐ-UBND")],
[prov("Lạng Sơn"), com("Hoàng Đồng"), com("Tân Mỹ")],
["BÁO LẠNG SƠN", "Xã hội | Chính sách - Lao động", "Hôm nay: Thứ Năm, 23/01/2020",
 "Lãnh đạo Sở LĐ-TB&XH trao quà cho học viên tại Cơ sở cai nghiện.", "Cộng đồng giúp người sau cai", "Vì người nghèo",
 "Cơ sở Điều trị nghiện ma túy tỉnh"],
["Thứ Năm, 16/01/2020, 14:25", "Hôm nay: Thứ Năm, 23/01/2020", "Tết Canh Tý 2020", "1 bao gạo", "2 năm", "2 năm qua"]))
