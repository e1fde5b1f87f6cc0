from lib import *
PAGES = []

PAGES.append(page("b6923-laocai-taphuan-saucainghien-2017", """
BÁO LÀO CAI
Xã hội » Phòng chống tệ nạn
Cập nhật lúc 07:50 ngày 12/5/2017
Tập huấn kỹ năng hỗ trợ người sau cai nghiện cho cán bộ cơ sở
LCĐT - Trong 2 ngày 10 và 11/5, Sở Lao động - Thương binh và Xã hội tỉnh Lào Cai tổ chức lớp tập huấn năm 2017 về nghiệp vụ quản lý, tư vấn, hỗ trợ người sau cai nghiện ma túy tái hòa nhập cộng đồng. Tham gia lớp học có 85 học viên là cán bộ lao động - thương binh và xã hội, công an, đoàn thanh niên cấp xã của các huyện Bắc Hà, Mường Khương, Sa Pa, Bát Xát.
Bà Hoàng Thị Lựu, Phó Giám đốc Sở Lao động - Thương binh và Xã hội phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, bà Hoàng Thị Lựu, Phó Giám đốc Sở Lao động - Thương binh và Xã hội cho biết, toàn tỉnh hiện có 2.318 người nghiện ma túy có hồ sơ quản lý, khoảng 60% là đồng bào dân tộc thiểu số ở vùng cao, biên giới. Tỉnh đang điều trị thay thế bằng methadone cho 1.020 bệnh nhân tại 9 cơ sở điều trị. Tuy nhiên, nhiều người sau cai nghiện trở về thiếu việc làm, thiếu đất sản xuất, dễ bị lôi kéo tái nghiện.
Lớp học do ThS. Nguyễn Quốc Bình, giảng viên Trường Đại học Lao động - Xã hội cùng cán bộ Trung tâm Chữa bệnh - Giáo dục - Lao động xã hội tỉnh truyền đạt. Các học viên được hướng dẫn những nội dung của Chỉ thị số 21-CT/TW ngày 26/3/2008 của Ban Bí thư về tiếp tục tăng cường lãnh đạo, chỉ đạo công tác phòng, chống và kiểm soát ma túy, Quyết định số 1026/QĐ-UBND ngày 14/4/2017 của UBND tỉnh ban hành kế hoạch cai nghiện và quản lý sau cai nghiện; kỹ năng tiếp cận, tư vấn cá nhân, lập kế hoạch hỗ trợ cho từng người, cách huy động gia đình, dòng họ cùng tham gia.
Nhiều học viên chia sẻ kinh nghiệm thực tế. Ông Giàng A Sử, Phó Chủ tịch UBND xã Bản Phố cho biết, xã có 46 người nghiện ma túy, phần lớn là người Mông. Xã vận động trưởng dòng họ, già làng cùng cam kết, giúp 19 người sau cai nghiện trồng mận, nuôi lợn đen. Thiếu tá Lù Văn Sinh, Trưởng Công an xã Tả Van, cho biết xã giao cho mỗi đoàn viên thanh niên kèm một người sau cai nghiện làm dịch vụ du lịch cộng đồng.
Chị Tẩn Thị Mẩy, cán bộ Lao động - Thương binh và Xã hội xã Nậm Chạc, nêu khó khăn: cán bộ xã kiêm nhiệm nhiều việc, địa bàn rộng, đường sá đi lại khó khăn; nhiều người nghiện đi làm thuê bên kia biên giới nên khó quản lý.
Kết thúc lớp học, các học viên được cấp giấy chứng nhận; mỗi học viên được hỗ trợ 150.000 đồng/ngày tiền ăn. Dự kiến trong tháng 6, Sở tiếp tục mở 2 lớp cho các huyện Văn Bàn, Bảo Thắng, Bảo Yên và thành phố Lào Cai, với khoảng 90 học viên.
Minh Huyền
Tin cùng chuyên mục
- Bắc Hà: Xử lý 14 vụ mua bán, tàng trữ trái phép chất ma túy (08/05/2017)
- Mường Khương ra mắt câu lạc bộ "Thanh niên nói không với ma túy" (25/04/2017)
- Lào Cai tiếp nhận 23 người được đặc xá (04/09/2016)
""", "2017-05-12", "Tập huấn kỹ năng hỗ trợ người sau cai nghiện cho cán bộ cơ sở",
E("tap_huan", "2017", "2017-05-10"),
[P("Hoàng Thị Lựu", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Nguyễn Quốc Bình", "ThS.", "giảng viên Trường Đại học Lao động - Xã hội"),
 P("Giàng A Sử", "Phó Chủ tịch UBND xã Bản Phố"),
 P("Lù Văn Sinh", "Thiếu tá", "Trưởng Công an xã Tả Van"),
 P("Tẩn Thị Mẩy", "cán bộ Lao động - Thương binh và Xã hội xã Nậm Chạc")],
[Q("85 học viên", 85, "học viên"), Q("2.318 người nghiện ma túy", 2318, "người nghiện ma túy"),
 Q("khoảng 60%", 60, "%", "approx"), Q("1.020 bệnh nhân", 1020, "bệnh nhân"), Q("9 cơ sở điều trị", 9, "cơ sở điều trị"),
 Q("46 người nghiện ma túy", 46, "người nghiện ma túy"), Q("19 người sau cai nghiện", 19, "người sau cai nghiện"),
 Q("150.000 đồng", 150000, "đồng"), Q("2 lớp", 2, "lớp"), Q("khoảng 90 học viên", 90, "học viên", "approx")],
[D("Chỉ thị", "21", "CT/TW", "2008-03-26", "Ban Bí thư", "Chỉ thị số 21-CT/TW ngày 26/3/2008 của Ban Bí thư"),
 D("Quyết định", "1026", "QĐ-UBND", "2017-04-14", "UBND tỉnh", "Quyết định số 1026/QĐ-UBND ngày 14/4/2017 của UBND tỉnh")],
[prov("Lào Cai"), com("Bản Phố"), com("Tả Van"), com("Nậm Chạc")],
["BÁO LÀO CAI", "Xã hội » Phòng chống tệ nạn", "LCĐT",
 "Bà Hoàng Thị Lựu, Phó Giám đốc Sở Lao động - Thương binh và Xã hội phát biểu khai mạc lớp tập huấn.",
 "Trung tâm Chữa bệnh - Giáo dục - Lao động xã hội tỉnh"],
["Cập nhật lúc 07:50 ngày 12/5/2017", "2 ngày", "năm 2017", "tháng 6", "150.000 đồng/ngày"]))

PAGES.append(page("b6924-hatinh-guongtainhap-2018", """
Báo Hà Tĩnh
Xã hội | Pháp luật | Bạn đọc
Cập nhật: 06:15 | 22/08/2018
Anh Trần Văn Quý (bên phải) giới thiệu đàn lợn nái với cán bộ xã. Ảnh: Thu Phương
"Hoàn lương" rồi làm giàu từ trang trại lợn ở Cẩm Xuyên
(Baohatinh.vn) - Từng mang bản án 7 năm tù vì tội trộm cắp tài sản, anh Trần Văn Quý ở thôn Tân Hòa, xã Cẩm Thịnh (Cẩm Xuyên) nay là chủ trang trại chăn nuôi có tiếng trong vùng, tạo việc làm cho nhiều lao động địa phương, trong đó có những người cùng cảnh ngộ.
Ra trại năm 2012, anh Quý trở về với hai bàn tay trắng. "Hồi đó ra đường ai cũng nhìn mình bằng ánh mắt dè chừng, xin làm thuê cũng không ai nhận", anh nhớ lại. Được Hội Cựu chiến binh xã nhận giúp đỡ, anh vay 30 triệu đồng từ Ngân hàng Chính sách xã hội theo Quyết định 15/2013/QĐ-TTg của Thủ tướng Chính phủ để mua 5 con lợn nái, đồng thời đi học kỹ thuật chăn nuôi tại huyện.
Sau gần 6 năm, trang trại của anh rộng hơn 2 ha, thường xuyên có 40 con lợn nái, khoảng 300 con lợn thịt và ao cá, vườn cây ăn quả. Mỗi năm trừ chi phí anh lãi khoảng 600 triệu đồng. Trang trại hiện tạo việc làm cho 12 lao động với mức lương 5 - 6 triệu đồng/người/tháng; trong đó có 4 người từng chấp hành án phạt tù.
Ông Nguyễn Đình Phú, Chủ tịch UBND xã Cẩm Thịnh, cho biết: "Xã có 21 người chấp hành xong án phạt tù đang cư trú. Trường hợp của Quý là tấm gương để chúng tôi tuyên truyền, nhất là trong các buổi sinh hoạt của chi hội, tổ dân vận. Quý còn nhận kèm cặp, cho các em mới ra trại vay lợn giống, trả dần bằng lợn con".
Thiếu tá Phan Anh Tuấn, Trưởng Công an xã Cẩm Thịnh, cho biết những năm gần đây xã không có người tái phạm. Anh Quý là thành viên tích cực của tổ an ninh tự quản thôn, nhiều lần cung cấp thông tin giúp công an phát hiện đối tượng trộm cắp gia cầm.
Chị Lê Thị Thanh, Bí thư Chi đoàn thôn Tân Hòa, kể rằng mỗi dịp hè, anh Quý đều mời đoàn viên thanh niên đến trang trại nói chuyện về những sai lầm của bản thân. Năm 2017, anh được UBND huyện Cẩm Xuyên tặng giấy khen về thành tích trong phong trào "Toàn dân bảo vệ an ninh Tổ quốc".
Anh Quý dự định sẽ mở rộng thêm khu chuồng trại sang xã Cẩm Quan, nhận thêm khoảng 10 lao động, ưu tiên thanh niên mới ra trại hoặc vừa hoàn thành cai nghiện ở địa phương. "Tôi muốn những người như mình có chỗ làm ăn đàng hoàng, để con cái không phải xấu hổ", anh tâm sự.
Thu Phương
Tin liên quan
- Hà Tĩnh: 67 phạm nhân được đặc xá trở về địa phương (03/09/2017)
- Kỳ Anh: Mô hình "Cảm hóa người lầm lỗi" phát huy hiệu quả (14/07/2018)
- Cán bộ công an xã "đỡ đầu" người mãn hạn tù (02/06/2018)
""", "2018-08-22", "\"Hoàn lương\" rồi làm giàu từ trang trại lợn ở Cẩm Xuyên",
E("khac", None, None),
[P("Trần Văn Quý"),
 P("Nguyễn Đình Phú", "Chủ tịch UBND xã Cẩm Thịnh"),
 P("Phan Anh Tuấn", "Thiếu tá", "Trưởng Công an xã Cẩm Thịnh"),
 P("Lê Thị Thanh", "Bí thư Chi đoàn thôn Tân Hòa")],
[Q("30 triệu đồng", 30000000, "đồng"), Q("5 con lợn nái", 5, "con lợn nái"), Q("hơn 2 ha", 2, "ha", "over"),
 Q("40 con lợn nái", 40, "con lợn nái"), Q("khoảng 300 con lợn thịt", 300, "con lợn thịt", "approx"),
 Q("khoảng 600 triệu đồng", 600000000, "đồng", "approx"), Q("12 lao động", 12, "lao động"),
 Q("5 - 6 triệu đồng", 5000000, "đồng"), Q("6 triệu đồng", 6000000, "đồng"), Q("4 người", 4, "người"),
 Q("21 người chấp hành xong án phạt tù", 21, "người chấp hành xong án phạt tù"), Q("khoảng 10 lao động", 10, "lao động", "approx")],
[D("Quyết định", "15", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 15/2013/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Hà Tĩnh"), com("Cẩm Thịnh"), com("Cẩm Quan")],
["Báo Hà Tĩnh", "Xã hội | Pháp luật | Bạn đọc", "Anh Trần Văn Quý (bên phải) giới thiệu đàn lợn nái với cán bộ xã. Ảnh: Thu Phương",
 "(Baohatinh.vn)", "Toàn dân bảo vệ an ninh Tổ quốc"],
["Cập nhật: 06:15 | 22/08/2018", "7 năm tù", "năm 2012", "gần 6 năm", "Năm 2017"]))

PAGES.append(page("b6925-longan-giaoban-quy3-2019", """
Hôm nay: Thứ Tư, 09/10/2019
BÁO LONG AN ONLINE
An ninh - Trật tự / Tin tức
08/10/2019 - 15:20
Giúp người chấp hành xong án phạt tù ổn định cuộc sống
Ngày 7/10, Ban Chỉ đạo công tác tái hòa nhập cộng đồng tỉnh Long An tổ chức giao ban công tác giáo dục, giúp đỡ người chấp hành xong án phạt tù quý III/2019, triển khai nhiệm vụ quý IV. Đại tá Nguyễn Thanh Hải, Phó Giám đốc Công an tỉnh, Phó Trưởng Ban Chỉ đạo chủ trì buổi giao ban.
Trong quý III, toàn tỉnh tiếp nhận 176 người chấp hành xong án phạt tù về cư trú, trong đó có 52 người được đặc xá nhân dịp Quốc khánh; lũy kế 9 tháng đầu năm tiếp nhận 498 người. 100% người trở về đã được UBND cấp xã lập hồ sơ, phân công người giúp đỡ. Các ngành đã giới thiệu việc làm cho 131 người, hỗ trợ học nghề cho 47 người; Ngân hàng Chính sách xã hội tỉnh giải ngân gần 2,35 tỷ đồng cho 118 người vay vốn. Tỷ lệ tái phạm tội 9 tháng là 2,8%.
Thượng tá Võ Minh Trí, Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh cho biết, Ban Chỉ đạo đã ban hành Kế hoạch số 12, 13/KH-BCĐ về kiểm tra công tác tái hòa nhập cộng đồng tại các huyện Đức Hòa, Bến Lức, Cần Giuộc và về phối hợp với doanh nghiệp giải quyết việc làm. Qua đó, 11 doanh nghiệp ở các khu công nghiệp đã ký kết tiếp nhận người lầm lỗi vào làm việc.
Tại giao ban, các đồng chí Phó Trưởng Công an huyện: Nguyễn Văn Nhỏ, Đặng Hoàng Phúc phản ánh tình trạng một số người chấp hành xong án phạt tù đi làm ăn xa, không khai báo tạm vắng, gây khó khăn trong quản lý. Ông Lê Văn Bé Tư, Phó Chủ tịch UBND huyện Đức Hòa đề nghị tỉnh bố trí kinh phí cho các xã vùng biên giới. Ông Trần Văn Út, Chủ tịch Ủy ban MTTQ xã Mỹ Hạnh Nam, cho biết xã duy trì mô hình "Tổ tự quản giúp người lầm lỗi" ở 7 ấp, đã giúp 15 người có việc làm ổn định.
Kết luận giao ban, Đại tá Nguyễn Thanh Hải yêu cầu quý IV các địa phương tiếp tục thực hiện Quyết định số 4058/QĐ-UBND ngày 15/11/2018 của UBND tỉnh về kiện toàn Ban Chỉ đạo; chuẩn bị tiếp nhận người được đặc xá đợt tiếp theo; rà soát số người chưa có việc làm để giới thiệu cho doanh nghiệp. Thị trấn Hậu Nghĩa và xã Đức Lập Hạ được đề nghị xây dựng điểm về mô hình giúp đỡ người lầm lỗi để nhân rộng.
Cũng tại buổi giao ban, Ban Chỉ đạo đánh giá công tác tuyên truyền trên Đài Truyền thanh các huyện và trang thông tin của Công an tỉnh đã góp phần giảm kỳ thị đối với người trở về; trong 9 tháng có 24 chuyên mục, bài viết về gương người lầm lỗi vươn lên được phát sóng, đăng tải.
Hoàng Phúc
Tin khác
- Đức Hòa: 30 doanh nghiệp tham gia ngày hội việc làm (30/09/2019)
- Long An đón 52 người được đặc xá trở về (03/09/2019)
- Bến Lức sơ kết 6 tháng công tác phòng, chống tội phạm (10/07/2019)
""", "2019-10-08", "Giúp người chấp hành xong án phạt tù ổn định cuộc sống",
E("giao_ban", "2019-Q3", "2019-10-07"),
[P("Nguyễn Thanh Hải", "Đại tá", "Phó Giám đốc Công an tỉnh", "Phó Trưởng Ban Chỉ đạo"),
 P("Võ Minh Trí", "Thượng tá", "Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh"),
 P("Nguyễn Văn Nhỏ", "Phó Trưởng Công an huyện"), P("Đặng Hoàng Phúc", "Phó Trưởng Công an huyện"),
 P("Lê Văn Bé Tư", "Phó Chủ tịch UBND huyện Đức Hòa"),
 P("Trần Văn Út", "Chủ tịch Ủy ban MTTQ xã Mỹ Hạnh Nam")],
[Q("176 người chấp hành xong án phạt tù", 176, "người chấp hành xong án phạt tù"),
 Q("52 người được đặc xá", 52, "người được đặc xá"), Q("498 người", 498, "người"), Q("100%", 100, "%"),
 Q("131 người", 131, "người"), Q("47 người", 47, "người"), Q("gần 2,35 tỷ đồng", 2350000000, "đồng", "approx"),
 Q("118 người", 118, "người"), Q("2,8%", 2.8, "%"), Q("11 doanh nghiệp", 11, "doanh nghiệp"), Q("7 ấp", 7, "ấp"),
 Q("15 người", 15, "người"), Q("24 chuyên mục, bài viết", 24, "chuyên mục, bài viết")],
[D("Kế hoạch", "12", "KH-BCĐ", None, "Ban Chỉ đạo", "Kế hoạch số 12, 13/KH-BCĐ"),
 D("Kế hoạch", "13", "KH-BCĐ", None, "Ban Chỉ đạo", "Kế hoạch số 12, 13/KH-BCĐ"),
 D("Quyết định", "4058", "QĐ-UBND", "2018-11-15", "UBND tỉnh", "Quyết định số 4058/QĐ-UBND ngày 15/11/2018 của UBND tỉnh")],
[prov("Long An"), com("Mỹ Hạnh Nam"), com("Hậu Nghĩa"), com("Đức Lập Hạ")],
["Hôm nay: Thứ Tư, 09/10/2019", "BÁO LONG AN ONLINE", "An ninh - Trật tự / Tin tức", "Tổ tự quản giúp người lầm lỗi",
 "Đài Truyền thanh"],
["08/10/2019 - 15:20", "quý III/2019", "quý IV", "9 tháng đầu năm", "9 tháng", "Quốc khánh"]))

PAGES.append(page("b6926-sonla-giamsat-saucainghien-2019", """
HĐND TỈNH SƠN LA - TRANG THÔNG TIN ĐIỆN TỬ
Hoạt động giám sát
Thứ Sáu, 14/6/2019 - 16:05
Giám sát việc hỗ trợ người sau cai nghiện tái hòa nhập cộng đồng tại Mộc Châu
Ngày 12/6, Đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh Sơn La do bà Lò Thị Minh Hoa, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách cai nghiện ma túy, quản lý và hỗ trợ người sau cai nghiện tái hòa nhập cộng đồng tại huyện Mộc Châu. Tham gia đoàn có đại diện Sở Lao động - Thương binh và Xã hội, Công an tỉnh, Sở Y tế.
Đoàn giám sát làm việc với UBND huyện Mộc Châu. Ảnh: Cầm Hoa
Theo báo cáo của UBND huyện, hiện toàn huyện có 1.164 người nghiện ma túy có hồ sơ quản lý; từ năm 2016 đến nay có 389 người sau cai nghiện trở về địa phương, 276 người đang điều trị thay thế bằng methadone. Huyện đã hỗ trợ học nghề cho 58 người, giới thiệu việc làm cho 103 người, chủ yếu làm công nhân tại các trang trại bò sữa, chè; hỗ trợ 14 hộ có người sau cai nghiện vay vốn với tổng số tiền 560 triệu đồng.
Tại xã Đông Sang, ông Quàng Văn Hặc, Chủ tịch UBND xã, báo cáo xã có 67 người nghiện, phần lớn là thanh niên người Thái, người Mông. Xã thành lập 9 tổ công tác cai nghiện tại cộng đồng, mỗi tổ do trưởng bản làm tổ trưởng. Bà Lường Thị Ơn, Chủ tịch Hội Liên hiệp Phụ nữ xã Chiềng Sơn, chia sẻ Hội vận động các chị có chồng, con sau cai nghiện tham gia tổ hợp tác trồng rau an toàn, mỗi tháng thu nhập từ 3 triệu đồng trở lên.
Qua giám sát, đoàn đánh giá huyện đã triển khai nghiêm túc Nghị quyết số 88/2018/NQ-HĐND ngày 7/12/2018 của HĐND tỉnh về chính sách hỗ trợ người cai nghiện ma túy trên địa bàn tỉnh và Kế hoạch số 45/KH-UBND ngày 25/2/2019 của UBND tỉnh. Tuy nhiên, tỷ lệ tái nghiện còn cao, khoảng 85%; nhiều người sau cai nghiện không có đất sản xuất; kinh phí hỗ trợ cai nghiện tại gia đình, cộng đồng chỉ 700.000 đồng/người, chưa đủ chi phí.
Đồng chí Cầm Văn Chính, Phó Chủ tịch UBND huyện Mộc Châu tiếp thu các ý kiến và kiến nghị tỉnh tăng mức hỗ trợ, đầu tư thêm 1 cơ sở điều trị methadone cho cụm xã phía Tây huyện.
Phát biểu kết luận, bà Lò Thị Minh Hoa đề nghị huyện rà soát, phân loại người nghiện, người sau cai nghiện để có giải pháp phù hợp; phát huy vai trò của người có uy tín như ông Mùa A Dếnh, Trưởng bản Pha Luông, trong vận động đồng bào; ưu tiên giới thiệu người sau cai nghiện vào làm việc tại các doanh nghiệp nông nghiệp. Kết quả giám sát sẽ được báo cáo tại kỳ họp thứ 9 HĐND tỉnh khóa XIV.
Cầm Hoa
Tin liên quan
- Ban Pháp chế HĐND tỉnh giám sát công tác đặc xá tại Trại giam Yên Hạ (30/05/2019)
- Thường trực HĐND tỉnh tiếp xúc cử tri huyện Vân Hồ (20/05/2019)
- Mai Sơn: 35 người sau cai nghiện có việc làm ổn định (16/04/2019)
""", "2019-06-14", "Giám sát việc hỗ trợ người sau cai nghiện tái hòa nhập cộng đồng tại Mộc Châu",
E("giam_sat", None, "2019-06-12"),
[P("Lò Thị Minh Hoa", "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Quàng Văn Hặc", "Chủ tịch UBND xã"),
 P("Lường Thị Ơn", "Chủ tịch Hội Liên hiệp Phụ nữ xã Chiềng Sơn"),
 P("Cầm Văn Chính", "Phó Chủ tịch UBND huyện Mộc Châu"),
 P("Mùa A Dếnh", "Trưởng bản Pha Luông")],
[Q("1.164 người nghiện ma túy", 1164, "người nghiện ma túy"), Q("389 người sau cai nghiện", 389, "người sau cai nghiện"),
 Q("276 người", 276, "người"), Q("58 người", 58, "người"), Q("103 người", 103, "người"), Q("14 hộ", 14, "hộ"),
 Q("560 triệu đồng", 560000000, "đồng"), Q("67 người nghiện", 67, "người nghiện"), Q("9 tổ công tác cai nghiện", 9, "tổ công tác cai nghiện"),
 Q("3 triệu đồng trở lên", 3000000, "đồng", "over"), Q("khoảng 85%", 85, "%", "approx"), Q("700.000 đồng", 700000, "đồng")],
[D("Nghị quyết", "88", "2018/NQ-HĐND", "2018-12-07", "HĐND tỉnh", "Nghị quyết số 88/2018/NQ-HĐND ngày 7/12/2018 của HĐND tỉnh"),
 D("Kế hoạch", "45", "KH-UBND", "2019-02-25", "UBND tỉnh", "Kế hoạch số 45/KH-UBND ngày 25/2/2019 của UBND tỉnh")],
[prov("Sơn La"), com("Đông Sang"), com("Chiềng Sơn")],
["HĐND TỈNH SƠN LA - TRANG THÔNG TIN ĐIỆN TỬ", "Hoạt động giám sát", "Đoàn giám sát làm việc với UBND huyện Mộc Châu. Ảnh: Cầm Hoa"],
["Thứ Sáu, 14/6/2019 - 16:05", "từ năm 2016", "kỳ họp thứ 9", "khóa XIV", "700.000 đồng/người", "1 cơ sở điều trị methadone"]))

PAGES.append(page("b6927-danang-nd49-soket-2020", """
BÁO ĐÀ NẴNG
Chính trị - Xã hội > Pháp luật
16/07/2020 10:40 (GMT+07:00)
Không để người chấp hành xong án phạt tù bị bỏ lại phía sau
Sáng 15-7, Ban Chỉ đạo phòng, chống tội phạm thành phố Đà Nẵng tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2020 và triển khai Nghị định số 49/2020/NĐ-CP ngày 17/4/2020 của Chính phủ quy định chi tiết thi hành Luật Thi hành án hình sự về tái hòa nhập cộng đồng. Phó Chủ tịch UBND thành phố Hồ Kỳ Nam, Trưởng Ban Chỉ đạo chủ trì.
Do ảnh hưởng của dịch Covid-19, hội nghị được tổ chức trực tuyến tại 8 điểm cầu quận, huyện. Theo báo cáo, 6 tháng đầu năm thành phố tiếp nhận 297 người chấp hành xong án phạt tù; đã giới thiệu việc làm cho 86 người, trong đó 34 người vào làm việc tại các khu công nghiệp Hòa Khánh, Liên Chiểu. Trong thời gian giãn cách xã hội, thành phố đã hỗ trợ 1.250 người trở về có hoàn cảnh khó khăn, mỗi người 1 triệu đồng từ Quỹ "Vì người nghèo" và nguồn xã hội hóa.
Thượng tá Đặng Văn Hiếu, Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội (PC06) Công an thành phố, cho biết Nghị định 49 có hiệu lực từ ngày 1-6-2020, thay thế Nghị định 80/2011/NĐ-CP, bổ sung quy định về cơ sở hỗ trợ tái hòa nhập cộng đồng, chính sách hỗ trợ doanh nghiệp nhận người chấp hành xong án phạt tù vào làm việc và trách nhiệm của Ủy ban MTTQ các cấp.
Tại hội nghị, bà Phan Thị Thúy Liên, Chủ tịch UBND phường Hòa Khánh Bắc, chia sẻ phường có số người trở về đông nhất thành phố với 61 người; phường vận động 5 doanh nghiệp giày da, điện tử nhận 22 người vào làm việc, mức lương khởi điểm 4,7 triệu đồng. Ông Nguyễn Tấn Lộc, Chủ tịch Hội Cựu chiến binh phường Thọ Quang cho biết, 30 hội viên nhận đỡ đầu 30 người lầm lỗi theo mô hình "Cựu chiến binh giúp người lầm lỗi hoàn lương".
Ông Trần Đức Nhân, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, đề xuất sớm thành lập cơ sở hỗ trợ tái hòa nhập cộng đồng theo Nghị định 49, ưu tiên bố trí ở xã Hòa Phong, huyện Hòa Vang, nơi có sẵn cơ sở vật chất của Trung tâm Bảo trợ xã hội.
Kết luận hội nghị, Phó Chủ tịch UBND thành phố Hồ Kỳ Nam giao Công an thành phố tham mưu xây dựng kế hoạch thực hiện Nghị định 49 trước ngày 31-7; các quận, huyện rà soát, phân loại người chấp hành xong án phạt tù chưa có việc làm, phấn đấu đến cuối năm giới thiệu việc làm cho ít nhất 70% số người có nhu cầu. Thành phố tiếp tục thực hiện Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị về tăng cường, nâng cao hiệu quả công tác phòng, chống và kiểm soát ma túy, hướng tới mục tiêu "5 không" trong năm 2020.
HOÀNG HIỆP
Bài viết liên quan
- Sơn Trà: Vận động doanh nghiệp nhận 15 người mãn hạn tù vào làm việc (02/07/2020)
- Thành phố hỗ trợ người nghèo, người yếu thế ảnh hưởng dịch Covid-19 (24/04/2020)
- Liên Chiểu ra mắt câu lạc bộ "Vòng tay bè bạn" (10/01/2020)
""", "2020-07-16", "Không để người chấp hành xong án phạt tù bị bỏ lại phía sau",
E("so_ket", "2020-H1", "2020-07-15"),
[P("Hồ Kỳ Nam", "Phó Chủ tịch UBND thành phố", "Trưởng Ban Chỉ đạo"),
 P("Đặng Văn Hiếu", "Thượng tá", "Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội (PC06) Công an thành phố"),
 P("Phan Thị Thúy Liên", "Chủ tịch UBND phường Hòa Khánh Bắc"),
 P("Nguyễn Tấn Lộc", "Chủ tịch Hội Cựu chiến binh phường Thọ Quang"),
 P("Trần Đức Nhân", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội")],
[Q("8 điểm cầu quận, huyện", 8, "điểm cầu quận, huyện"),
 Q("297 người chấp hành xong án phạt tù", 297, "người chấp hành xong án phạt tù"), Q("86 người", 86, "người"),
 Q("34 người", 34, "người"), Q("1.250 người", 1250, "người"), Q("1 triệu đồng", 1000000, "đồng"), Q("61 người", 61, "người"),
 Q("5 doanh nghiệp giày da, điện tử", 5, "doanh nghiệp giày da, điện tử"), Q("22 người", 22, "người"),
 Q("4,7 triệu đồng", 4700000, "đồng"), Q("30 hội viên", 30, "hội viên"), Q("30 người lầm lỗi", 30, "người lầm lỗi"),
 Q("ít nhất 70%", 70, "%", "over")],
[D("Nghị định", "49", "2020/NĐ-CP", "2020-04-17", "Chính phủ", "Nghị định số 49/2020/NĐ-CP ngày 17/4/2020 của Chính phủ"),
 D("Nghị định", "80", "2011/NĐ-CP", None, None, "Nghị định 80/2011/NĐ-CP"),
 D("Chỉ thị", "36", "CT/TW", "2019-08-16", "Bộ Chính trị", "Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị")],
[prov("Đà Nẵng"), com("Hòa Khánh Bắc"), com("Thọ Quang"), com("Hòa Phong")],
["BÁO ĐÀ NẴNG", "Chính trị - Xã hội > Pháp luật", "Vì người nghèo", "Cựu chiến binh giúp người lầm lỗi hoàn lương",
 "Luật Thi hành án hình sự", "Trung tâm Bảo trợ xã hội"],
["16/07/2020 10:40 (GMT+07:00)", "6 tháng đầu năm 2020", "6 tháng đầu năm", "Covid-19", "5 không", "năm 2020"]))

PAGES.append(page("b6928-bacgiang-daihoi-clb-2020", """
Cổng thông tin điện tử huyện Yên Dũng - tỉnh Bắc Giang
Tin tức - Sự kiện | Tin cơ sở
Ngày đăng 25/11/2020 | 09:35
Đại hội Câu lạc bộ "Vòng tay nhân ái" xã Quang Châu lần thứ II
Ngày 24/11, Câu lạc bộ "Vòng tay nhân ái" xã Quang Châu, nơi sinh hoạt của những người chấp hành xong án phạt tù và người sau cai nghiện ma túy trên địa bàn, tổ chức Đại hội lần thứ II, nhiệm kỳ 2020 - 2023. Dự đại hội có đồng chí Thân Văn Hòa, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; Trung tá Ngô Đức Hạnh, Phó Trưởng Công an huyện cùng 47 thành viên câu lạc bộ.
Đại biểu dự đại hội chụp ảnh lưu niệm.
Câu lạc bộ được thành lập năm 2017 với 19 thành viên ban đầu, đến nay đã có 47 thành viên, trong đó 29 người chấp hành xong án phạt tù và 18 người sau cai nghiện. Nhiệm kỳ qua, câu lạc bộ duy trì sinh hoạt định kỳ hằng tháng, tổ chức 36 buổi sinh hoạt chuyên đề về pháp luật, kỹ năng sống, phòng chống tái nghiện. Nhờ sự giới thiệu của câu lạc bộ, 38 thành viên đã có việc làm ổn định tại Khu công nghiệp Quang Châu với thu nhập bình quân 6,5 triệu đồng/tháng; 3 thành viên được vay vốn tổng cộng 150 triệu đồng để mở cửa hàng sửa chữa xe máy, làm nghề mộc. Không có thành viên nào tái phạm tội hay tái nghiện.
Phát biểu tại đại hội, đồng chí Thân Văn Hòa ghi nhận nỗ lực của các thành viên và Ban Chủ nhiệm câu lạc bộ; đề nghị nhiệm kỳ tới tiếp tục thực hiện Nghị định 49/2020/NĐ-CP của Chính phủ và Kế hoạch số 118-KH/ĐU ngày 6/7/2020 của Đảng ủy xã về công tác tái hòa nhập cộng đồng; mở rộng kết nạp thêm thành viên ở xã Vân Trung và thị trấn Nham Biền.
Trung tá Ngô Đức Hạnh cho biết, toàn huyện hiện có 214 người chấp hành xong án phạt tù và 96 người sau cai nghiện đang cư trú; mô hình của xã Quang Châu sẽ được Công an huyện đề nghị nhân rộng ra 5 xã, thị trấn trong năm 2021.
Đại hội đã bầu Ban Chủ nhiệm nhiệm kỳ mới gồm 5 thành viên. Anh Nguyễn Văn Chiến được tín nhiệm giữ chức Chủ nhiệm Câu lạc bộ; các anh Lê Văn Quyết, Hoàng Văn Mạnh - Phó Chủ nhiệm Câu lạc bộ. Anh Chiến từng chấp hành án 5 năm tù, nay làm tổ trưởng tổ sản xuất ở một công ty điện tử.
Đại hội cũng thông qua chương trình hành động nhiệm kỳ với 4 chỉ tiêu chính, trong đó phấn đấu 100% thành viên có việc làm, không có thành viên vi phạm pháp luật. Dịp này, UBND xã tặng giấy khen cho 6 thành viên tiêu biểu.
Bích Ngọc - Trung tâm VH, TT&TT huyện
Tin khác
- Yên Dũng: Tuyên truyền phòng chống ma túy cho 500 học sinh (12/11/2020)
- Xã Tiến Dũng ra mắt mô hình "Camera an ninh" (30/10/2020)
- Huyện đoàn tổ chức ngày hội thanh niên với pháp luật (15/10/2020)
""", "2020-11-25", "Đại hội Câu lạc bộ \"Vòng tay nhân ái\" xã Quang Châu lần thứ II",
E("dai_hoi", None, "2020-11-24"),
[P("Thân Văn Hòa", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Ngô Đức Hạnh", "Trung tá", "Phó Trưởng Công an huyện"),
 P("Nguyễn Văn Chiến", "Chủ nhiệm Câu lạc bộ"),
 P("Lê Văn Quyết", "Phó Chủ nhiệm Câu lạc bộ"), P("Hoàng Văn Mạnh", "Phó Chủ nhiệm Câu lạc bộ")],
[Q("47 thành viên", 47, "thành viên"), Q("19 thành viên", 19, "thành viên"),
 Q("29 người chấp hành xong án phạt tù", 29, "người chấp hành xong án phạt tù"), Q("18 người sau cai nghiện", 18, "người sau cai nghiện"),
 Q("36 buổi sinh hoạt chuyên đề", 36, "buổi sinh hoạt chuyên đề"), Q("38 thành viên", 38, "thành viên"),
 Q("6,5 triệu đồng", 6500000, "đồng"), Q("3 thành viên", 3, "thành viên"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("214 người chấp hành xong án phạt tù", 214, "người chấp hành xong án phạt tù"), Q("96 người sau cai nghiện", 96, "người sau cai nghiện"),
 Q("5 xã, thị trấn", 5, "xã, thị trấn"), Q("5 thành viên", 5, "thành viên"), Q("4 chỉ tiêu chính", 4, "chỉ tiêu chính"),
 Q("100%", 100, "%"), Q("6 thành viên tiêu biểu", 6, "thành viên tiêu biểu")],
[D("Nghị định", "49", "2020/NĐ-CP", None, "Chính phủ", "Nghị định 49/2020/NĐ-CP của Chính phủ"),
 D("Kế hoạch", "118", "KH/ĐU", "2020-07-06", "Đảng ủy xã", "Kế hoạch số 118-KH/ĐU ngày 6/7/2020 của Đảng ủy xã")],
[prov("Bắc Giang"), com("Quang Châu"), com("Vân Trung"), com("Nham Biền")],
["Cổng thông tin điện tử huyện Yên Dũng - tỉnh Bắc Giang", "Tin tức - Sự kiện | Tin cơ sở", "Vòng tay nhân ái",
 "Đại biểu dự đại hội chụp ảnh lưu niệm.", "Khu công nghiệp Quang Châu", "Bích Ngọc - Trung tâm VH, TT&TT huyện"],
["Ngày đăng 25/11/2020 | 09:35", "lần thứ II", "nhiệm kỳ 2020 - 2023", "năm 2017", "5 năm tù", "năm 2021"]))
