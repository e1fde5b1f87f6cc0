from lib import *
PAGES = []

PAGES.append(page("b6929-dongnai-tongket-tainhap-2021", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Thời sự | Pháp luật | An ninh trật tự
Thứ Tư, 22/12/2021 - 17:10
Đại tá Huỳnh Công Danh trao giấy khen cho các tập thể. Ảnh: Hải Quân
Gần 1.000 người mãn hạn tù có việc làm trong năm dịch bệnh
Chiều 21/12, Ban Chỉ đạo công tác tái hòa nhập cộng đồng tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác giáo dục, hỗ trợ người chấp hành xong án phạt tù tái hòa nhập cộng đồng năm 2021, triển khai nhiệm vụ năm 2022. Đại tá Huỳnh Công Danh, Phó Giám đốc Công an tỉnh, Phó Trưởng Ban Thường trực Ban Chỉ đạo chủ trì.
Năm 2021, dù dịch Covid-19 diễn biến phức tạp, toàn tỉnh vẫn tiếp nhận 1.412 người chấp hành xong án phạt tù về cư trú, trong đó 1.196 người chấp hành xong án phạt tù tại trại giam, 216 người được đặc xá. Các địa phương đã giúp gần 1.000 người mãn hạn tù có việc làm, đạt 70,5%; 204 người được học nghề; 137 người vay vốn với số tiền hơn 5,6 tỷ đồng. Trong đợt giãn cách, các cấp trao hơn 2.300 suất quà cho người trở về có hoàn cảnh khó khăn, trị giá khoảng 1,15 tỷ đồng.
Theo Ban Chỉ đạo, tỉnh đã cụ thể hóa Nghị định số 49/2020/NĐ-CP của Chính phủ bằng Kế hoạch số 3561/KH-UBND ngày 19/3/2021 của UBND tỉnh, phân công rõ trách nhiệm của 18 sở, ngành và 11 huyện, thành phố. Ủy ban MTTQ Việt Nam tỉnh duy trì 214 tổ tự quản, câu lạc bộ giúp đỡ người lầm lỗi ở khu dân cư.
Tại hội nghị, các ông Nguyễn Văn Tư, Lý Thành Nhân, Đào Văn Kiên - Chủ tịch UBND cấp xã lần lượt chia sẻ kinh nghiệm. Ở phường Tam Hiệp (Biên Hòa), phường giao mỗi tổ dân phố "nhận" người trở về; xã Phước Thiền (Nhơn Trạch) kết nối 9 doanh nghiệp; xã An Phước (Long Thành) hỗ trợ 12 hộ vay vốn mở tiệm tạp hóa, nuôi gà.
Ông Bùi Văn Lợi, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị nhân rộng mô hình "Doanh nghiệp đồng hành cùng người hoàn lương", có chính sách khen thưởng doanh nghiệp tuyển dụng người chấp hành xong án phạt tù. Bà Trịnh Thị Hồng Vân, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, cho biết năm 2022 Sở sẽ phối hợp các trại giam đóng trên địa bàn dạy nghề cho khoảng 500 phạm nhân sắp mãn hạn.
Kết luận hội nghị, Đại tá Huỳnh Công Danh nhấn mạnh năm 2022 phấn đấu 100% người chấp hành xong án phạt tù trở về được tiếp nhận, quản lý; trên 75% có việc làm; tỷ lệ tái phạm dưới 3%. Các địa phương tiếp tục thực hiện Chỉ thị số 48-CT/TW của Bộ Chính trị và Kết luận số 13-KL/TW ngày 16/8/2021 của Bộ Chính trị về công tác phòng, chống tội phạm.
Dịp này, Giám đốc Công an tỉnh tặng giấy khen cho 15 tập thể và 27 cá nhân có thành tích xuất sắc.
Hải Quân
Tin liên quan
- Nhơn Trạch: 9 doanh nghiệp nhận người mãn hạn tù vào làm việc (10/12/2021)
- Trao 800 suất quà cho người lầm lỗi gặp khó khăn vì dịch (16/09/2021)
- Đồng Nai đón 216 người được đặc xá năm 2021 (02/09/2021)
""", "2021-12-22", "Gần 1.000 người mãn hạn tù có việc làm trong năm dịch bệnh",
E("tong_ket", "2021", "2021-12-21"),
[P("Huỳnh Công Danh", "Đại tá", "Phó Giám đốc Công an tỉnh", "Phó Trưởng Ban Thường trực Ban Chỉ đạo"),
 P("Nguyễn Văn Tư", "Chủ tịch UBND cấp xã"), P("Lý Thành Nhân", "Chủ tịch UBND cấp xã"),
 P("Đào Văn Kiên", "Chủ tịch UBND cấp xã"),
 P("Bùi Văn Lợi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trịnh Thị Hồng Vân", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội")],
[Q("1.412 người chấp hành xong án phạt tù", 1412, "người chấp hành xong án phạt tù"),
 Q("1.196 người chấp hành xong án phạt tù", 1196, "người chấp hành xong án phạt tù"),
 Q("216 người được đặc xá", 216, "người được đặc xá"), Q("gần 1.000 người mãn hạn tù", 1000, "người mãn hạn tù", "approx"),
 Q("70,5%", 70.5, "%"), Q("204 người", 204, "người"), Q("137 người", 137, "người"),
 Q("hơn 5,6 tỷ đồng", 5600000000, "đồng", "over"), Q("hơn 2.300 suất quà", 2300, "suất quà", "over"),
 Q("khoảng 1,15 tỷ đồng", 1150000000, "đồng", "approx"), Q("18 sở, ngành", 18, "sở, ngành"),
 Q("11 huyện, thành phố", 11, "huyện, thành phố"), Q("214 tổ tự quản, câu lạc bộ", 214, "tổ tự quản, câu lạc bộ"),
 Q("9 doanh nghiệp", 9, "doanh nghiệp"), Q("12 hộ", 12, "hộ"), Q("khoảng 500 phạm nhân", 500, "phạm nhân", "approx"),
 Q("100%", 100, "%"), Q("trên 75%", 75, "%", "over"), Q("dưới 3%", 3, "%"), Q("15 tập thể", 15, "tập thể"),
 Q("27 cá nhân", 27, "cá nhân")],
[D("Nghị định", "49", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 49/2020/NĐ-CP của Chính phủ"),
 D("Kế hoạch", "3561", "KH-UBND", "2021-03-19", "UBND tỉnh", "Kế hoạch số 3561/KH-UBND ngày 19/3/2021 của UBND tỉnh"),
 D("Chỉ thị", "48", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 48-CT/TW của Bộ Chính trị"),
 D("Kết luận", "13", "KL/TW", "2021-08-16", "Bộ Chính trị", "Kết luận số 13-KL/TW ngày 16/8/2021 của Bộ Chính trị")],
[prov("Đồng Nai"), com("Tam Hiệp"), com("Phước Thiền"), com("An Phước")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Thời sự | Pháp luật | An ninh trật tự",
 "Đại tá Huỳnh Công Danh trao giấy khen cho các tập thể. Ảnh: Hải Quân", "Doanh nghiệp đồng hành cùng người hoàn lương"],
["Thứ Tư, 22/12/2021 - 17:10", "năm 2021", "năm 2022", "Năm 2021", "Covid-19"]))

PAGES.append(page("b6930-hue-taphuan-mattran-2021", """
ỦY BAN MTTQ VIỆT NAM TỈNH THỪA THIÊN HUẾ
Trang chủ | Hoạt động Mặt trận | Tin tức
Thứ Sáu, 09/04/2021, 14:00
Nâng cao vai trò của Ban công tác Mặt trận trong giúp đỡ người lầm lỗi
Ngày 8/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế phối hợp với Công an tỉnh tổ chức lớp tập huấn năm 2021 về công tác giáo dục, giúp đỡ người chấp hành xong án phạt tù tái hòa nhập cộng đồng cho hơn 150 đại biểu là Chủ tịch Ủy ban MTTQ cấp xã, Trưởng Ban công tác Mặt trận thôn, tổ dân phố của thị xã Hương Thủy, Phong Điền và thành phố Huế.
Bà Nguyễn Thị Sen, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu khai mạc.
Khai mạc lớp tập huấn, bà Nguyễn Thị Sen, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh nhấn mạnh: Nghị định số 49/2020/NĐ-CP của Chính phủ giao Ủy ban MTTQ các cấp vận động gia đình, cộng đồng dân cư giúp đỡ người chấp hành xong án phạt tù; đây là nhiệm vụ gắn trực tiếp với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Các đại biểu được Trung tá Hồ Đắc Thành, Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh, giới thiệu những điểm mới của Nghị định 49, Thông tư số 22/2020/TT-BCA ngày 4/3/2020 của Bộ Công an và Hướng dẫn số 05/HD-MTTQ-BTT ngày 2/2/2021 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về giám sát, phối hợp giúp đỡ người trở về. Theo đó, Ban công tác Mặt trận ở khu dân cư có trách nhiệm nắm danh sách, đến thăm hỏi trong vòng 15 ngày kể từ khi người chấp hành xong án phạt tù về cư trú.
Năm 2020, toàn tỉnh tiếp nhận 512 người chấp hành xong án phạt tù; 68% đã có việc làm; Ngân hàng Chính sách xã hội tỉnh cho 46 người vay tổng cộng 1,38 tỷ đồng. Mặt trận các cấp đã vận động 36 doanh nghiệp, hộ kinh doanh nhận người trở về vào làm việc.
Trao đổi tại lớp học, bà Lê Thị Diệu Hiền, Chủ tịch Ủy ban MTTQ phường Thủy Dương, chia sẻ kinh nghiệm mô hình "Ngôi nhà bình yên", trong đó mỗi cán bộ Mặt trận khu dân cư kết nghĩa với một gia đình có người trở về. Linh mục Phêrô Trần Văn Lộc, Chánh xứ giáo xứ Vân Thê, cho biết giáo xứ hằng năm dành khoảng 40 triệu đồng hỗ trợ học nghề cho người lầm lỗi là giáo dân. Ông Võ Văn Hòa, Trưởng Ban công tác Mặt trận thôn Vĩnh Xương, xã Phong Hiền nêu băn khoăn về việc xác định nơi cư trú đối với những người không còn nhà ở.
Bế mạc lớp học, Ủy ban MTTQ Việt Nam tỉnh đề nghị các địa phương năm 2021 xây dựng ít nhất 1 mô hình điểm ở mỗi xã, phường, thị trấn; tổ chức đối thoại với người trở về ít nhất 1 lần; đưa nội dung giúp đỡ người lầm lỗi vào bình xét khu dân cư văn hóa.
Phương Thảo
Tin khác
- Phong Điền: Ra mắt mô hình "Tổ dân vận giúp người lầm lỗi" (25/03/2021)
- Mặt trận tỉnh tổng kết công tác năm 2020 (12/01/2021)
- Vận động hơn 2 tỷ đồng ủng hộ người dân vùng lũ (20/11/2020)
""", "2021-04-09", "Nâng cao vai trò của Ban công tác Mặt trận trong giúp đỡ người lầm lỗi",
E("tap_huan", "2021", "2021-04-08"),
[P("Nguyễn Thị Sen", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Đắc Thành", "Trung tá", "Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh"),
 P("Lê Thị Diệu Hiền", "Chủ tịch Ủy ban MTTQ phường Thủy Dương"),
 P("Phêrô Trần Văn Lộc", "Linh mục", "Chánh xứ giáo xứ Vân Thê"),
 P("Võ Văn Hòa", "Trưởng Ban công tác Mặt trận thôn Vĩnh Xương")],
[Q("hơn 150 đại biểu", 150, "đại biểu", "over"), Q("512 người chấp hành xong án phạt tù", 512, "người chấp hành xong án phạt tù"),
 Q("68%", 68, "%"), Q("46 người", 46, "người"), Q("1,38 tỷ đồng", 1380000000, "đồng"),
 Q("36 doanh nghiệp, hộ kinh doanh", 36, "doanh nghiệp, hộ kinh doanh"), Q("khoảng 40 triệu đồng", 40000000, "đồng", "approx")],
[D("Nghị định", "49", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 49/2020/NĐ-CP của Chính phủ"),
 D("Thông tư", "22", "2020/TT-BCA", "2020-03-04", "Bộ Công an", "Thông tư số 22/2020/TT-BCA ngày 4/3/2020 của Bộ Công an"),
 D("Hướng dẫn", "05", "HD-MTTQ-BTT", "2021-02-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 05/HD-MTTQ-BTT ngày 2/2/2021")],
[prov("Thừa Thiên Huế"), com("Thủy Dương"), com("Phong Hiền")],
["ỦY BAN MTTQ VIỆT NAM TỈNH THỪA THIÊN HUẾ", "Trang chủ | Hoạt động Mặt trận | Tin tức",
 "Bà Nguyễn Thị Sen, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu khai mạc.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngôi nhà bình yên"],
["Thứ Sáu, 09/04/2021, 14:00", "năm 2021", "15 ngày", "Năm 2020", "ít nhất 1 lần", "ít nhất 1 mô hình điểm"]))

PAGES.append(page("b6931-hoabinh-giaoban-thang9-2022", """
Báo Hòa Bình điện tử
Xã hội › Lao động - Việc làm
05/10/2022 08:10
Sở Lao động - Thương binh và Xã hội giao ban công tác phòng, chống tệ nạn xã hội tháng 9
(HBĐT) - Ngày 4/10, Sở Lao động - Thương binh và Xã hội tỉnh Hòa Bình tổ chức giao ban công tác phòng, chống tệ nạn xã hội tháng 9/2022, tập trung vào việc quản lý, hỗ trợ người sau cai nghiện ma túy tái hòa nhập cộng đồng. Đồng chí Quách Văn Tường, Phó Giám đốc Sở chủ trì. Tham dự có lãnh đạo Cơ sở cai nghiện ma túy tỉnh, Phòng Lao động - Thương binh và Xã hội 10 huyện, thành phố.
Trong tháng 9, Cơ sở cai nghiện ma túy tỉnh tiếp nhận 43 học viên, cho 38 học viên hết hạn trở về địa phương. Lũy kế 9 tháng, toàn tỉnh có 1.057 người nghiện ma túy có hồ sơ quản lý; 214 người đã hoàn thành cai nghiện bắt buộc, 61 người cai nghiện tự nguyện tại gia đình, cộng đồng theo Nghị định số 116/2021/NĐ-CP ngày 21/12/2021 của Chính phủ. Các huyện đã hỗ trợ học nghề cho 27 người, giới thiệu việc làm cho 49 người sau cai nghiện.
Bà Bùi Thị Nguyệt, Giám đốc Cơ sở cai nghiện ma túy tỉnh cho biết, đến nay Cơ sở có 256 học viên, trong đó khoảng 70% là người dân tộc Mường. Cơ sở tổ chức dạy nghề trồng nấm, chăn nuôi, may công nghiệp; trước khi học viên về, Cơ sở gửi thông báo cho UBND cấp xã và gia đình để lập kế hoạch quản lý sau cai nghiện trong thời hạn 2 năm theo Luật Phòng, chống ma túy năm 2021.
Ông Đinh Công Sứ, Phó Chủ tịch UBND xã Tú Sơn (Kim Bôi), cho biết xã có 19 người sau cai nghiện đang được quản lý; xã giao cho Hội Nông dân, Đoàn Thanh niên kèm cặp, giúp 7 người trồng cam, nuôi ong. Chị Xa Thị Hoa, cán bộ Lao động - Thương binh và Xã hội phường Thống Nhất, phản ánh nhiều gia đình còn giấu con em nghiện, ngại khai báo vì sợ bị kỳ thị.
Qua giao ban, tỷ lệ tái nghiện sau 1 năm trở về được ước khoảng 60 - 65%; kinh phí hỗ trợ cho cai nghiện tự nguyện tại cộng đồng mới đạt khoảng 40% kế hoạch. Nhiều xã chưa có tổ công tác cai nghiện theo quy định.
Kết luận, đồng chí Quách Văn Tường yêu cầu tháng 10 các huyện hoàn thành rà soát người sau cai nghiện, cập nhật vào cơ sở dữ liệu; thực hiện Kế hoạch số 152/KH-UBND ngày 18/8/2022 của UBND tỉnh về triển khai Luật Phòng, chống ma túy; phối hợp Ủy ban MTTQ và các đoàn thể xây dựng ít nhất 10 mô hình hỗ trợ người sau cai nghiện tại cộng đồng trước ngày 31/12/2022. Sở sẽ trình UBND tỉnh hỗ trợ thêm 500 triệu đồng cho các xã đặc biệt khó khăn.
Mai Lan
Các tin khác
- Hòa Bình: Hơn 1.200 lao động được giải quyết việc làm trong tháng 9 (03/10/2022)
- Ra mắt tổ công tác cai nghiện tại xã Cao Sơn (22/09/2022)
- Mai Châu: Tuyên truyền Luật Phòng, chống ma túy cho đồng bào vùng cao (08/09/2022)
""", "2022-10-05", "Sở Lao động - Thương binh và Xã hội giao ban công tác phòng, chống tệ nạn xã hội tháng 9",
E("giao_ban", "2022-09", "2022-10-04"),
[P("Quách Văn Tường", "Phó Giám đốc Sở"),
 P("Bùi Thị Nguyệt", "Giám đốc Cơ sở cai nghiện ma túy tỉnh"),
 P("Đinh Công Sứ", "Phó Chủ tịch UBND xã Tú Sơn"),
 P("Xa Thị Hoa", "cán bộ Lao động - Thương binh và Xã hội phường Thống Nhất")],
[Q("10 huyện, thành phố", 10, "huyện, thành phố"), Q("43 học viên", 43, "học viên"), Q("38 học viên", 38, "học viên"),
 Q("1.057 người nghiện ma túy", 1057, "người nghiện ma túy"), Q("214 người", 214, "người"), Q("61 người", 61, "người"),
 Q("27 người", 27, "người"), Q("49 người sau cai nghiện", 49, "người sau cai nghiện"), Q("256 học viên", 256, "học viên"),
 Q("khoảng 70%", 70, "%", "approx"), Q("19 người sau cai nghiện", 19, "người sau cai nghiện"), Q("7 người", 7, "người"),
 Q("khoảng 60", 60, "%", "approx"), Q("65%", 65, "%", "approx"), Q("khoảng 40%", 40, "%", "approx"),
 Q("ít nhất 10 mô hình", 10, "mô hình", "over"), Q("500 triệu đồng", 500000000, "đồng")],
[D("Nghị định", "116", "2021/NĐ-CP", "2021-12-21", "Chính phủ", "Nghị định số 116/2021/NĐ-CP ngày 21/12/2021 của Chính phủ"),
 D("Kế hoạch", "152", "KH-UBND", "2022-08-18", "UBND tỉnh", "Kế hoạch số 152/KH-UBND ngày 18/8/2022 của UBND tỉnh")],
[prov("Hòa Bình"), com("Tú Sơn"), com("Thống Nhất")],
["Báo Hòa Bình điện tử", "Xã hội › Lao động - Việc làm", "(HBĐT)", "Luật Phòng, chống ma túy năm 2021", "Luật Phòng, chống ma túy"],
["05/10/2022 08:10", "tháng 9/2022", "9 tháng", "2 năm", "1 năm", "tháng 10", "31/12/2022"]))

PAGES.append(page("b6932-kiengiang-traosinhke-2022", """
BÁO KIÊN GIANG ONLINE
Trang chủ >> Xã hội >> Vì cộng đồng
Cập nhật ngày: 24/06/2022
Trao phương tiện sinh kế cho người chấp hành xong án phạt tù ở Châu Thành
Ngày 23/6, Công an tỉnh Kiên Giang phối hợp với Ủy ban MTTQ Việt Nam huyện Châu Thành tổ chức trao 32 phần quà sinh kế gồm bò giống, xuồng máy, máy may, xe bán hàng lưu động cho người chấp hành xong án phạt tù có hoàn cảnh khó khăn tại các xã Bình An, Vĩnh Hòa Hiệp, Minh Hòa. Tổng trị giá các phần quà là 420 triệu đồng, do các doanh nghiệp, nhà hảo tâm đóng góp.
Thượng tá Lâm Văn Đủ trao bò giống cho người dân xã Bình An.
Đến dự và trao quà có Thượng tá Lâm Văn Đủ, Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh; bà Danh Thị Kim Ngân, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Châu Thành; ông Trần Minh Lý, Phó Chủ tịch UBND huyện.
Trong 32 phần quà, có 12 con bò giống, mỗi con trị giá 15 triệu đồng; 8 máy may công nghiệp; 7 xuồng máy và 5 xe bán hàng. Người nhận được cán bộ công an xã và Ban công tác Mặt trận ấp cùng theo dõi, hướng dẫn cách làm ăn, không được bán hoặc cầm cố phương tiện.
Theo Thượng tá Lâm Văn Đủ, từ khi Nghị định số 49/2020/NĐ-CP có hiệu lực, toàn tỉnh đã tiếp nhận 2.146 người chấp hành xong án phạt tù, trong đó khoảng 1/3 thuộc hộ nghèo, hộ cận nghèo. Công an tỉnh đã vận động hỗ trợ sinh kế cho 417 trường hợp, tổng trị giá hơn 3,2 tỷ đồng; 89% số người được hỗ trợ không tái phạm.
Anh Danh Sơn (ấp Minh Hưng, xã Bình An) rưng rưng khi nhận con bò giống. Ra trại đầu năm 2021, anh đi làm thuê bấp bênh, vợ bán vé số nuôi con nhỏ, căn nhà lá dột nát phải nhờ bà con hàng xóm sửa giúp. "Có con bò, tôi sẽ chăm cho đẻ, từ từ gầy đàn. Tôi hứa không để cán bộ phải buồn", anh nói. Chị Thị Sa Ry ở xã Vĩnh Hòa Hiệp nhận chiếc máy may, dự định nhận may gia công quần áo tại nhà để vừa có thu nhập vừa chăm sóc mẹ già.
Ông Trần Minh Lý cho biết huyện có 168 người chấp hành xong án phạt tù đang cư trú, phần lớn là lao động phổ thông, đồng bào Khmer. Huyện sẽ tiếp tục thực hiện Kế hoạch số 79/KH-UBND ngày 15/4/2022 của UBND huyện về hỗ trợ người chấp hành xong án phạt tù giai đoạn 2022 - 2025, phấn đấu mỗi năm hỗ trợ sinh kế cho ít nhất 20 người.
Cũng dịp này, Chi nhánh Ngân hàng Chính sách xã hội huyện giải ngân cho 6 người vay vốn, mỗi người 40 triệu đồng để chăn nuôi, buôn bán nhỏ.
Ngọc Trâm
Tin liên quan
- Kiên Giang: 74 phạm nhân được đặc xá dịp Quốc khánh (01/09/2021)
- Công an Rạch Giá hỗ trợ xe bán vé số cho người lầm lỗi (12/05/2022)
- Ra mắt mô hình "Bến đỗ yêu thương" tại Giồng Riềng (28/03/2022)
""", "2022-06-24", "Trao phương tiện sinh kế cho người chấp hành xong án phạt tù ở Châu Thành",
E("trao_qua", None, "2022-06-23"),
[P("Lâm Văn Đủ", "Thượng tá", "Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh"),
 P("Danh Thị Kim Ngân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Châu Thành"),
 P("Trần Minh Lý", "Phó Chủ tịch UBND huyện"),
 P("Danh Sơn"), P("Thị Sa Ry")],
[Q("32 phần quà sinh kế", 32, "phần quà sinh kế"), Q("420 triệu đồng", 420000000, "đồng"),
 Q("12 con bò giống", 12, "con bò giống"), Q("15 triệu đồng", 15000000, "đồng"), Q("8 máy may công nghiệp", 8, "máy may công nghiệp"),
 Q("7 xuồng máy", 7, "xuồng máy"), Q("5 xe bán hàng", 5, "xe bán hàng"),
 Q("2.146 người chấp hành xong án phạt tù", 2146, "người chấp hành xong án phạt tù"),
 Q("417 trường hợp", 417, "trường hợp"), Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("89%", 89, "%"),
 Q("168 người chấp hành xong án phạt tù", 168, "người chấp hành xong án phạt tù"),
 Q("ít nhất 20 người", 20, "người", "over"), Q("6 người", 6, "người"), Q("40 triệu đồng", 40000000, "đồng")],
[D("Nghị định", "49", "2020/NĐ-CP", None, None, "Nghị định số 49/2020/NĐ-CP"),
 D("Kế hoạch", "79", "KH-UBND", "2022-04-15", "UBND huyện", "Kế hoạch số 79/KH-UBND ngày 15/4/2022 của UBND huyện")],
[prov("Kiên Giang"), com("Bình An"), com("Vĩnh Hòa Hiệp"), com("Minh Hòa")],
["BÁO KIÊN GIANG ONLINE", "Trang chủ >> Xã hội >> Vì cộng đồng", "Thượng tá Lâm Văn Đủ trao bò giống cho người dân xã Bình An."],
["Cập nhật ngày: 24/06/2022", "1/3", "năm 2021", "giai đoạn 2022 - 2025"]))

PAGES.append(page("b6933-namdinh-ketnoi-vieclam-2023", """
BÁO NAM ĐỊNH
Kinh tế | Xã hội | Pháp luật
17/08/2023 - 09:25
Kết nối việc làm, mở đường hoàn lương
Sáng 16-8, UBND tỉnh Nam Định tổ chức Hội nghị kết nối doanh nghiệp giải quyết việc làm cho người chấp hành xong án phạt tù năm 2023. Đồng chí Trần Quang Đạt, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phòng, chống tội phạm tỉnh dự và chỉ đạo hội nghị.
Quang cảnh hội nghị kết nối.
Theo Công an tỉnh, từ năm 2020 đến tháng 6/2023, Nam Định tiếp nhận 2.874 người chấp hành xong án phạt tù về cư trú; hiện còn khoảng 640 người chưa có việc làm ổn định. Thực hiện Quyết định số 22/QĐ-TTg ngày 9/1/2023 của Thủ tướng Chính phủ phê duyệt Đề án "Tăng cường công tác giáo dục, hỗ trợ tái hòa nhập cộng đồng cho người chấp hành xong án phạt tù", UBND tỉnh ban hành Kế hoạch số 56/KH-UBND ngày 20/3/2023, đặt mục tiêu đến năm 2025 có trên 80% người trở về có việc làm.
Tại hội nghị, 14 doanh nghiệp trong lĩnh vực dệt may, da giày, cơ khí, xây dựng đã ký biên bản ghi nhớ với Công an tỉnh và Sở Lao động - Thương binh và Xã hội, cam kết tuyển dụng khoảng 320 lao động là người chấp hành xong án phạt tù trong năm 2023 - 2024, mức lương từ 5,5 triệu đồng/tháng. Ông Phạm Văn Cường, Giám đốc Công ty cổ phần May Nam Hà, cho biết công ty đã nhận 26 người trở về vào làm, "có em nay đã là tổ trưởng chuyền".
Đại tá Vũ Thị Minh Thu, Phó Giám đốc Công an tỉnh cho biết, các trại giam đã phối hợp dạy nghề cho phạm nhân trước khi ra trại; Công an tỉnh đang xây dựng phần mềm kết nối thông tin người chấp hành xong án phạt tù với sàn giao dịch việc làm. Ông Nguyễn Văn Hải, Phó Chủ tịch UBND xã Giao Thiện (Giao Thủy), chia sẻ xã đã tạo việc làm cho 17 người qua nghề làm muối, nuôi ngao; bà Đỗ Thị Thanh Hương, Chủ tịch Hội Liên hiệp Phụ nữ phường Lộc Hạ giới thiệu mô hình "Mái ấm hoàn lương".
Chỉ đạo hội nghị, đồng chí Trần Quang Đạt đề nghị các sở, ngành tháo gỡ vướng mắc về lý lịch tư pháp, xóa án tích; Ngân hàng Chính sách xã hội tỉnh ưu tiên vốn vay, mức tối đa 100 triệu đồng/người theo quy định; các doanh nghiệp tuyển dụng người chấp hành xong án phạt tù được tỉnh biểu dương, khen thưởng. Đồng chí cũng giao Sở Lao động - Thương binh và Xã hội tổ chức ít nhất 2 phiên giao dịch việc làm chuyên đề trước cuối năm.
Ngay sau hội nghị, gần 100 người chấp hành xong án phạt tù đã được phỏng vấn trực tiếp tại các gian tuyển dụng; 41 người được nhận ngay.
Khánh Linh
Tin liên quan
- Nam Định: Tiếp nhận 85 phạm nhân được đặc xá (02/09/2022)
- Hải Hậu ra mắt mô hình "Vòng tay nhân ái" (19/07/2023)
- Ký kết phối hợp giải quyết việc làm cho người lao động khó khăn (10/06/2023)
""", "2023-08-17", "Kết nối việc làm, mở đường hoàn lương",
E("hoi_nghi", "2023", "2023-08-16"),
[P("Trần Quang Đạt", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo phòng, chống tội phạm tỉnh"),
 P("Phạm Văn Cường", "Giám đốc Công ty cổ phần May Nam Hà"),
 P("Vũ Thị Minh Thu", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Nguyễn Văn Hải", "Phó Chủ tịch UBND xã Giao Thiện"),
 P("Đỗ Thị Thanh Hương", "Chủ tịch Hội Liên hiệp Phụ nữ phường Lộc Hạ")],
[Q("2.874 người chấp hành xong án phạt tù", 2874, "người chấp hành xong án phạt tù"),
 Q("khoảng 640 người", 640, "người", "approx"), Q("trên 80%", 80, "%", "over"), Q("14 doanh nghiệp", 14, "doanh nghiệp"),
 Q("khoảng 320 lao động", 320, "lao động", "approx"), Q("từ 5,5 triệu đồng", 5500000, "đồng", "over"), Q("26 người", 26, "người"),
 Q("17 người", 17, "người"), Q("tối đa 100 triệu đồng", 100000000, "đồng"),
 Q("ít nhất 2 phiên giao dịch việc làm chuyên đề", 2, "phiên giao dịch việc làm chuyên đề", "over"),
 Q("gần 100 người chấp hành xong án phạt tù", 100, "người chấp hành xong án phạt tù", "approx"), Q("41 người", 41, "người")],
[D("Quyết định", "22", "QĐ-TTg", "2023-01-09", "Thủ tướng Chính phủ", "Quyết định số 22/QĐ-TTg ngày 9/1/2023 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "56", "KH-UBND", "2023-03-20", "UBND tỉnh", "Kế hoạch số 56/KH-UBND ngày 20/3/2023")],
[prov("Nam Định"), com("Giao Thiện"), com("Lộc Hạ")],
["BÁO NAM ĐỊNH", "Kinh tế | Xã hội | Pháp luật", "Quang cảnh hội nghị kết nối.",
 "Tăng cường công tác giáo dục, hỗ trợ tái hòa nhập cộng đồng cho người chấp hành xong án phạt tù", "Mái ấm hoàn lương"],
["17/08/2023 - 09:25", "năm 2023", "từ năm 2020", "tháng 6/2023", "đến năm 2025", "năm 2023 - 2024"]))

PAGES.append(page("b6934-gialai-saucainghien-congdong-2023", """
Báo Gia Lai điện tử
Xã hội - Pháp luật / Đời sống
Thứ Năm, 02/03/2023 - 06:00
Chị Siu H'Lim (bìa trái) thăm hỏi một người sau cai nghiện tại làng Pleibông.
Pleiku: Dìu dắt người sau cai nghiện trở lại cộng đồng
GLO - Không xa lánh, kỳ thị, nhiều làng đồng bào Jrai và tổ dân phố ở TP. Pleiku đã cùng chính quyền, công an dìu dắt người sau cai nghiện ma túy làm ăn, sinh sống tử tế. Nhiều người nay đã có việc làm ổn định, trở thành tuyên truyền viên tích cực.
Ở phường Yên Thế, từ năm 2021 đến nay đã có 23 người sau cai nghiện trở về. Phường thành lập tổ công tác cai nghiện ma túy tại cộng đồng gồm 7 thành viên theo Nghị định số 116/2021/NĐ-CP của Chính phủ, do Phó Chủ tịch UBND phường làm tổ trưởng. Mỗi người trở về được phân công một cán bộ, đoàn viên hoặc người có uy tín kèm cặp.
Chị Siu H'Lim, người có uy tín làng Pleibông, kể: "Trong làng có 4 thanh niên đi cai nghiện về. Mình đến nhà nói chuyện với bố mẹ, với các em, rủ đi làm rẫy cà phê cùng. Giờ cả 4 em đều có vợ, có việc làm". Anh Rơ Châm Thuyên, một trong 4 người ấy, nay làm công nhân chăm sóc cà phê cho một hợp tác xã, thu nhập khoảng 6 triệu đồng/tháng.
Ông Kpă Hưng, Phó Chủ tịch UBND phường Yên Thế, cho biết phường đã vận động 3 hợp tác xã, doanh nghiệp nhận người sau cai nghiện vào làm việc; phối hợp Ngân hàng Chính sách xã hội cho 5 hộ vay tổng cộng 250 triệu đồng. Đến nay chỉ có 2 người tái nghiện.
Tại xã Ia Kênh, Thiếu tá Nguyễn Đình Khang, Trưởng Công an xã cho biết, xã có 11 người sau cai nghiện, phần lớn là đồng bào Jrai. Công an xã phối hợp Đoàn Thanh niên lập nhóm Zalo "Vì ngày mai tươi sáng" để các em chia sẻ, động viên nhau; hằng tháng tổ chức sinh hoạt tại nhà rông.
Theo bà Trần Thị Thanh Hương, Phó Trưởng phòng Lao động - Thương binh và Xã hội TP. Pleiku, năm 2022 thành phố quản lý 298 người nghiện và 164 người sau cai nghiện; hỗ trợ học nghề cho 36 người, giới thiệu việc làm cho 52 người. Thành phố đang triển khai Kế hoạch số 412/KH-UBND ngày 28/2/2022 của UBND thành phố về cai nghiện và quản lý sau cai nghiện giai đoạn 2022 - 2025, phấn đấu giảm 30% số người nghiện so với năm 2021.
Dù vậy, công tác này còn không ít khó khăn: kinh phí hạn hẹp, người sau cai nghiện đi làm ăn tự do khó quản lý, một số gia đình chưa phối hợp. "Điều quan trọng nhất vẫn là gia đình và làng không bỏ rơi các em", chị Siu H'Lim nói.
NHƯ NGUYỆN
Tin liên quan
- Gia Lai: Trao 200 suất quà cho người sau cai nghiện khó khăn (20/01/2023)
- Chư Păh triển khai mô hình "Làng không ma túy" (05/12/2022)
- Đức Cơ: Vận động 35 người nghiện tự nguyện cai nghiện (18/11/2022)
""", "2023-03-02", "Pleiku: Dìu dắt người sau cai nghiện trở lại cộng đồng",
E("khac", None, None),
[P("Siu H'Lim", "người có uy tín làng Pleibông"),
 P("Rơ Châm Thuyên"),
 P("Kpă Hưng", "Phó Chủ tịch UBND phường Yên Thế"),
 P("Nguyễn Đình Khang", "Thiếu tá", "Trưởng Công an xã"),
 P("Trần Thị Thanh Hương", "Phó Trưởng phòng Lao động - Thương binh và Xã hội TP. Pleiku")],
[Q("23 người sau cai nghiện", 23, "người sau cai nghiện"), Q("7 thành viên", 7, "thành viên"), Q("4 thanh niên", 4, "thanh niên"),
 Q("khoảng 6 triệu đồng", 6000000, "đồng", "approx"), Q("3 hợp tác xã, doanh nghiệp", 3, "hợp tác xã, doanh nghiệp"),
 Q("5 hộ", 5, "hộ"), Q("250 triệu đồng", 250000000, "đồng"), Q("2 người", 2, "người"),
 Q("11 người sau cai nghiện", 11, "người sau cai nghiện"), Q("298 người nghiện", 298, "người nghiện"),
 Q("164 người sau cai nghiện", 164, "người sau cai nghiện"), Q("36 người", 36, "người"), Q("52 người", 52, "người"),
 Q("30%", 30, "%")],
[D("Nghị định", "116", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 116/2021/NĐ-CP của Chính phủ"),
 D("Kế hoạch", "412", "KH-UBND", "2022-02-28", "UBND thành phố", "Kế hoạch số 412/KH-UBND ngày 28/2/2022 của UBND thành phố")],
[prov("Gia Lai"), com("Yên Thế"), com("Ia Kênh")],
["Báo Gia Lai điện tử", "Xã hội - Pháp luật / Đời sống", "Chị Siu H'Lim (bìa trái) thăm hỏi một người sau cai nghiện tại làng Pleibông.",
 "GLO", "Vì ngày mai tươi sáng"],
["Thứ Năm, 02/03/2023 - 06:00", "từ năm 2021", "năm 2022", "năm 2021", "giai đoạn 2022 - 2025"]))
