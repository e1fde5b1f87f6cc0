from lib import *
PAGES = []

PAGES.append(page("b3887-kontum-bdvhuyen-giaoban-2023", """
HUYỆN ỦY ĐĂK GLEI - ĐẢNG BỘ TỈNH KON TUM
Vị trí: Trang chủ » Tin tức » Dân vận
Thứ Sáu, 04/08/2023 - 07:50
Đồng chí Y Kim, Trưởng Ban Dân vận Huyện ủy phát biểu tại giao ban.
Đăk Glei: Khối dân vận giao ban tháng 7, bàn giải pháp vận động đồng bào phòng, chống sạt lở
Ngày 02/8/2023, Ban Dân vận Huyện ủy Đăk Glei (tỉnh Kon Tum) tổ chức giao ban khối dân vận tháng 7/2023. Đồng chí Y Kim, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy chủ trì; tham dự có đồng chí A Vương, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện và các đồng chí: A Bình, Y Thu - Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện.
1. Kết quả công tác tháng 7
Các cơ quan khối dân vận đã phối hợp tổ chức 21 buổi tuyên truyền về phòng, chống thiên tai tại các thôn vùng sâu, với hơn 1.600 lượt người dự; vận động 43 hộ ở vùng có nguy cơ sạt lở tại xã Đăk Man, Đăk Choong di dời đến nơi an toàn. Ban Dân vận Huyện ủy tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 121-KH/HU về thực hiện Chỉ thị số 23-CT/TU ngày 14/4/2023 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở vùng đồng bào Xơ Đăng, Giẻ Triêng.
Hội Nông dân huyện phối hợp hỗ trợ 3.500 cây giống sâm Ngọc Linh cho 70 hộ; Hội Liên hiệp Phụ nữ huyện duy trì 12 tổ "Phụ nữ đảm đang vùng biên"; Huyện đoàn tổ chức chiến dịch "Mùa hè xanh" với 8 công trình thanh niên, tổng trị giá khoảng 150 triệu đồng. Ủy ban MTTQ huyện bàn giao 6 căn nhà Đại đoàn kết, mỗi căn được hỗ trợ 40 triệu đồng.
2. Tình hình nhân dân
Tình hình tư tưởng đồng bào cơ bản ổn định, phấn khởi khi giá sâm Ngọc Linh tăng. Tuy nhiên, tại làng Măng Khênh, xã Đăk Nhoong có 2 trường hợp vào rừng phòng hộ khai thác sâm trái phép; tại xã Xốp có 5 hộ nghe theo đối tượng tuyên truyền đạo trái pháp luật, đã được già làng, người có uy tín vận động từ bỏ.
Tại giao ban, Già làng A Brôl, người có uy tín làng Đăk Ung, xã Đăk Man, đề nghị duy trì đội xung kích phòng chống thiên tai ở các làng. Đồng chí A Hoàn, Bí thư Đảng ủy xã Đăk Choong, đề xuất hỗ trợ 15 hộ di dời làm nhà ở mới.
3. Nhiệm vụ tháng 8
Kết luận giao ban, đồng chí Y Kim yêu cầu các cơ quan khối dân vận tập trung tuyên truyền kỷ niệm 93 năm Ngày truyền thống công tác dân vận của Đảng; hướng dẫn các xã triển khai Kết luận số 43-KL/TW và Quy định số 124-QĐ/TW của Ban Bí thư về giám sát của Mặt trận; tiếp tục vận động 100% hộ trong vùng nguy hiểm di dời khi có mưa lớn. Đồng chí Y Thuê, Phó Trưởng Ban Dân vận Huyện ủy, được phân công theo dõi xã Đăk Nhoong.
Hồng Thắm
Số lượt xem: 419
Tin khác
- Đăk Glei: Ra mắt mô hình "Làng không có người vào rừng khai thác sâm trái phép" (20/07/2023)
- Hội nghị người có uy tín huyện năm 2023 (12/06/2023)
- Giao ban khối dân vận tháng 6/2023 (05/07/2023)
""", "2023-08-04", "Đăk Glei: Khối dân vận giao ban tháng 7, bàn giải pháp vận động đồng bào phòng, chống sạt lở",
E("giao_ban", "2023-07", "2023-08-02"),
[P("Y Kim", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("A Vương", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("A Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"), P("Y Thu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("A Brôl", "Già làng", "người có uy tín làng Đăk Ung"),
 P("A Hoàn", "Bí thư Đảng ủy xã Đăk Choong"),
 P("Y Thuê", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("21 buổi tuyên truyền", 21, "buổi tuyên truyền"), Q("hơn 1.600 lượt người", 1600, "lượt người", "over"), Q("43 hộ", 43, "hộ"),
 Q("3.500 cây giống sâm Ngọc Linh", 3500, "cây giống sâm Ngọc Linh"), Q("70 hộ", 70, "hộ"), Q("12 tổ", 12, "tổ"),
 Q("8 công trình thanh niên", 8, "công trình thanh niên"), Q("khoảng 150 triệu đồng", 150000000, "đồng", "approx"),
 Q("6 căn nhà Đại đoàn kết", 6, "căn nhà Đại đoàn kết"), Q("40 triệu đồng", 40000000, "đồng"), Q("2 trường hợp", 2, "trường hợp"),
 Q("5 hộ", 5, "hộ"), Q("15 hộ", 15, "hộ"), Q("100% hộ", 100, "%")],
[D("Kế hoạch", "121", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 121-KH/HU"),
 D("Chỉ thị", "23", "CT/TU", "2023-04-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 23-CT/TU ngày 14/4/2023"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận số 43-KL/TW"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW")],
[prov("Kon Tum"), com("Đăk Man"), com("Đăk Choong"), com("Đăk Nhoong"), com("Xốp")],
["HUYỆN ỦY ĐĂK GLEI - ĐẢNG BỘ TỈNH KON TUM", "Vị trí: Trang chủ » Tin tức » Dân vận",
 "Đồng chí Y Kim, Trưởng Ban Dân vận Huyện ủy phát biểu tại giao ban.", "Phụ nữ đảm đang vùng biên", "Mùa hè xanh", "Số lượt xem: 419"],
["Thứ Sáu, 04/08/2023 - 07:50", "tháng 7/2023", "tháng 8", "93 năm", "Số lượt xem: 419"]))

PAGES.append(page("b3888-baclieu-khoidanvan-giaoban-2024", """
BẠC LIÊU ONLINE - Báo Bạc Liêu
Thời sự › Chính trị
Cập nhật: 15:30, 05/04/2024
Giao ban khối dân vận tháng 3: vận động hơn 1.100 hộ nuôi tôm ứng phó hạn mặn
(BL) - Chiều 04/4, Ban Dân vận Tỉnh ủy Bạc Liêu tổ chức giao ban khối dân vận tháng 3/2024. Đồng chí Lữ Văn Hoàng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự giao ban có đồng chí Lê Thị Ái Ngân, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; đồng chí Trần Văn Út, UVBCH Đảng bộ tỉnh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Quang cảnh giao ban. Ảnh: Quốc Tuấn
Báo cáo tại giao ban nêu rõ: tháng 3, các cơ quan khối dân vận phối hợp ngành nông nghiệp vận động hơn 1.100 hộ nuôi tôm ở các xã ven biển chủ động trữ nước, xuống giống đúng lịch thời vụ; tổ chức 18 cuộc tọa đàm "Nông dân với hạn mặn" thu hút khoảng 1.350 lượt nông dân. Ban Dân vận Tỉnh ủy hướng dẫn thực hiện Quy định số 120-QĐ/TW, 121-QĐ/TW của Bộ Chính trị và ban hành Kế hoạch số 64-KH/BDVTU ngày 12/3/2024 về khảo sát việc thực hiện dân chủ ở cơ sở tại 6 xã, phường.
Ủy ban MTTQ tỉnh phối hợp các đoàn thể bàn giao 27 căn nhà Đại đoàn kết, mỗi căn 60 triệu đồng; Hội Liên hiệp Phụ nữ tỉnh trao 15 suất vốn "Sinh kế xanh" cho phụ nữ người Khmer; Tỉnh đoàn tổ chức "Tháng Thanh niên" với 42 công trình, phần việc thanh niên. Hội Nông dân tỉnh đang quản lý 312 tổ vay vốn với tổng dư nợ khoảng 1.050 tỷ đồng.
Tình hình nhân dân: người dân phấn khởi vì giá lúa ST24, ST25 tăng; tuy nhiên giá tôm giảm, có 260 ha tôm bị thiệt hại do nhiệt độ cao. Trong tháng, ghi nhận 4 vụ việc khiếu nại về đất đai ở phường Nhà Mát, xã Vĩnh Trạch Đông; 1 vụ tụ tập đông người tại xã Long Điền Đông đã được đối thoại, giải quyết.
Tại giao ban, đại đức Lý Sa Rinh, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, Chủ tịch Hội Đoàn kết sư sãi yêu nước thị xã Giá Rai, thông báo các chùa Khmer đã chuẩn bị Tết Chôl Chnăm Thmây. Đồng chí Châu Thị Mỹ Phương, Phó Chủ tịch UBND huyện Hòa Bình, và đồng chí Ngô Văn Khanh, Bí thư Đảng ủy xã Vĩnh Hậu A, đề xuất đầu tư cống ngăn mặn.
Kết luận, đồng chí Lữ Văn Hoàng yêu cầu tháng 4 khối dân vận tập trung vận động nhân dân ứng phó hạn mặn; tổ chức thăm, chúc Tết Chôl Chnăm Thmây đồng bào Khmer; triển khai Luật Thực hiện dân chủ ở cơ sở năm 2022 và Nghị định số 59/2023/NĐ-CP của Chính phủ; phấn đấu 100% ấp, khóm tổ chức hội nghị nhân dân.
Quốc Tuấn
Lượt xem: 2.096
Tin liên quan
- Phước Long: ra mắt 5 mô hình "Dân vận khéo" (28/03/2024)
- Ủy ban MTTQ tỉnh giám sát chính sách hỗ trợ hộ nghèo (20/03/2024)
- Giao ban khối dân vận tháng 2/2024 (06/03/2024)
""", "2024-04-05", "Giao ban khối dân vận tháng 3: vận động hơn 1.100 hộ nuôi tôm ứng phó hạn mặn",
E("giao_ban", "2024-03", "2024-04-04"),
[P("Lữ Văn Hoàng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Ái Ngân", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Út", "UVBCH Đảng bộ tỉnh", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Sa Rinh", "đại đức", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "Chủ tịch Hội Đoàn kết sư sãi yêu nước thị xã Giá Rai"),
 P("Châu Thị Mỹ Phương", "Phó Chủ tịch UBND huyện Hòa Bình"),
 P("Ngô Văn Khanh", "Bí thư Đảng ủy xã Vĩnh Hậu A")],
[Q("hơn 1.100 hộ nuôi tôm", 1100, "hộ nuôi tôm", "over"), Q("18 cuộc tọa đàm", 18, "cuộc tọa đàm"),
 Q("khoảng 1.350 lượt nông dân", 1350, "lượt nông dân", "approx"), Q("6 xã, phường", 6, "xã, phường"),
 Q("27 căn nhà Đại đoàn kết", 27, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"), Q("15 suất vốn", 15, "suất vốn"),
 Q("42 công trình, phần việc thanh niên", 42, "công trình, phần việc thanh niên"), Q("312 tổ vay vốn", 312, "tổ vay vốn"),
 Q("khoảng 1.050 tỷ đồng", 1050000000000, "đồng", "approx"), Q("260 ha", 260, "ha"),
 Q("4 vụ việc khiếu nại về đất đai", 4, "vụ việc khiếu nại về đất đai"), Q("1 vụ tụ tập đông người", 1, "vụ tụ tập đông người"),
 Q("100% ấp, khóm", 100, "%")],
[D("Quy định", "120", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 120-QĐ/TW, 121-QĐ/TW"),
 D("Quy định", "121", "QĐ/TW", None, "Bộ Chính trị", "121-QĐ/TW"),
 D("Kế hoạch", "64", "KH/BDVTU", "2024-03-12", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 64-KH/BDVTU ngày 12/3/2024"),
 D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 59/2023/NĐ-CP")],
[prov("Bạc Liêu"), com("Nhà Mát"), com("Vĩnh Trạch Đông"), com("Long Điền Đông"), com("Vĩnh Hậu A")],
["BẠC LIÊU ONLINE - Báo Bạc Liêu", "Thời sự › Chính trị", "(BL)", "Quang cảnh giao ban. Ảnh: Quốc Tuấn", "Nông dân với hạn mặn",
 "Sinh kế xanh", "Tháng Thanh niên", "Luật Thực hiện dân chủ ở cơ sở", "Lượt xem: 2.096"],
["Cập nhật: 15:30, 05/04/2024", "tháng 3/2024", "tháng 4", "năm 2022", "ST24", "ST25", "Lượt xem: 2.096"]))

PAGES.append(page("b3889-yenbai-khoidanvan-giaoban-2024", """
Báo Yên Bái điện tử
Hôm nay: Thứ Hai, 14/10/2024
Chính trị › Xây dựng Đảng
Ngày 11/10/2024 | 09:15
Khối dân vận tỉnh đồng hành cùng nhân dân khắc phục hậu quả bão số 3
YBĐT - Sáng 10/10, Ban Dân vận Tỉnh ủy Yên Bái tổ chức giao ban khối dân vận quý III năm 2024, tập trung đánh giá công tác vận động nhân dân khắc phục hậu quả cơn bão số 3 (Yagi) và hoàn lưu sau bão. Đồng chí Vũ Thị Hiền Lương, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh dự và chỉ đạo; đồng chí Giàng A Tình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Đồng chí Giàng A Tình phát biểu kết luận giao ban. Ảnh: Thanh Chi
Theo báo cáo, quý III, hoàn lưu bão số 3 làm 55 người chết và mất tích, hơn 12.000 ngôi nhà bị hư hại. Các cơ quan khối dân vận đã huy động trên 4.800 lượt đoàn viên, hội viên giúp dân dọn dẹp, sửa chữa nhà cửa; Ủy ban MTTQ tỉnh tiếp nhận hơn 312 tỷ đồng và 48 tấn hàng hóa ủng hộ, đã phân bổ kịp thời đến 9 huyện, thị xã, thành phố. Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Công văn số 2015-CV/TU và Kế hoạch số 284-KH/TU về vận động nhân dân tái thiết sau bão, trong đó ưu tiên di dời 1.136 hộ ở vùng có nguy cơ sạt lở cao.
Trước bão, khối dân vận đã tổ chức 36 lớp tập huấn nghiệp vụ dân vận cho 2.160 cán bộ cơ sở; hướng dẫn thực hiện Kết luận số 67-KL/TW của Ban Bí thư và Hướng dẫn số 20-HD/BDVTW của Ban Dân vận Trung ương về phong trào thi đua "Dân vận khéo" giai đoạn 2021 - 2025. Toàn tỉnh có 3.920 mô hình "Dân vận khéo", trong đó 180 mô hình tiêu biểu.
Tình hình nhân dân: đa số người dân tin tưởng vào sự lãnh đạo của cấp ủy, chính quyền trong khắc phục thiên tai. Tuy nhiên, ở thôn Khe Ngõa, xã Phúc Lợi và các xã Cảm Nhân, Mường Lai còn tâm lý lo lắng khi mùa mưa chưa kết thúc; có 7 trường hợp lợi dụng mạng xã hội đưa thông tin sai về tiền cứu trợ.
Phát biểu tại giao ban, đồng chí Hoàng Thị Vĩnh, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh, và đồng chí Lò Thị Mai, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, đề nghị công khai minh bạch việc phân bổ tiền ủng hộ đến từng hộ. Ông Sùng A Chư, người có uy tín bản Pú Cang, xã Nậm Có, cho biết bà con người Mông đã góp 320 ngày công mở lại đường vào bản.
Kết luận, đồng chí Giàng A Tình yêu cầu quý IV các cấp tập trung vận động nhân dân ổn định đời sống, phấn đấu hoàn thành xây dựng 100% nhà ở cho hộ bị mất nhà trước ngày 31/12/2024; tổng kết công tác dân vận năm 2024 đúng tiến độ; thực hiện tốt Chỉ thị 34-CT/TW, 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp và góp ý văn kiện.
Thanh Chi
Lượt xem: 4.512
Tin liên quan
- Yên Bái: tiếp nhận ủng hộ khắc phục hậu quả bão số 3 đợt 2 (27/09/2024)
- Mù Cang Chải: di dời 86 hộ khỏi vùng sạt lở (18/09/2024)
- Giao ban khối dân vận quý II/2024 (09/07/2024)
""", "2024-10-11", "Khối dân vận tỉnh đồng hành cùng nhân dân khắc phục hậu quả bão số 3",
E("giao_ban", "2024-Q3", "2024-10-10"),
[P("Vũ Thị Hiền Lương", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Giàng A Tình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Vĩnh", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Lò Thị Mai", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Sùng A Chư", "người có uy tín bản Pú Cang")],
[Q("55 người", 55, "người"), Q("hơn 12.000 ngôi nhà", 12000, "ngôi nhà", "over"), Q("trên 4.800 lượt đoàn viên, hội viên", 4800, "lượt đoàn viên, hội viên", "over"),
 Q("hơn 312 tỷ đồng", 312000000000, "đồng", "over"), Q("48 tấn", 48, "tấn"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("1.136 hộ", 1136, "hộ"), Q("36 lớp tập huấn nghiệp vụ dân vận", 36, "lớp tập huấn nghiệp vụ dân vận"), Q("2.160 cán bộ cơ sở", 2160, "cán bộ cơ sở"),
 Q("3.920 mô hình", 3920, "mô hình"), Q("180 mô hình tiêu biểu", 180, "mô hình tiêu biểu"), Q("7 trường hợp", 7, "trường hợp"),
 Q("320 ngày công", 320, "ngày công"), Q("100% nhà ở", 100, "%")],
[D("Công văn", "2015", "CV/TU", None, "Ban Thường vụ Tỉnh ủy", "Công văn số 2015-CV/TU"),
 D("Kế hoạch", "284", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 284-KH/TU"),
 D("Kết luận", "67", "KL/TW", None, "Ban Bí thư", "Kết luận số 67-KL/TW"),
 D("Hướng dẫn", "20", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 20-HD/BDVTW"),
 D("Chỉ thị", "34", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 34-CT/TW, 35-CT/TW"),
 D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "35-CT/TW")],
[prov("Yên Bái"), com("Phúc Lợi"), com("Cảm Nhân"), com("Mường Lai"), com("Nậm Có")],
["Báo Yên Bái điện tử", "Hôm nay: Thứ Hai, 14/10/2024", "Chính trị › Xây dựng Đảng", "YBĐT",
 "Đồng chí Giàng A Tình phát biểu kết luận giao ban. Ảnh: Thanh Chi", "Yagi", "Dân vận khéo", "Lượt xem: 4.512"],
["Hôm nay: Thứ Hai, 14/10/2024", "Ngày 11/10/2024 | 09:15", "bão số 3", "quý III năm 2024", "quý IV", "năm 2024", "giai đoạn 2021 - 2025", "ngày 31/12/2024", "Lượt xem: 4.512"]))

PAGES.append(page("b3890-quangnam-khoidanvan-giaoban-2025", """
Báo Quảng Nam
Chính trị | Xây dựng Đảng
Thứ Năm, 10/04/2025, 16:05
Giao ban khối dân vận quý I: chuẩn bị sắp xếp Mặt trận, đoàn thể theo Kết luận 127
(QNO) - Chiều 9/4, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức giao ban khối dân vận quý I/2025. Đồng chí Nguyễn Thị Thu Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Cùng dự có đồng chí Ploong Thị Nhiên, Phó Trưởng Ban Dân vận Tỉnh ủy.
Toàn cảnh giao ban khối dân vận quý I/2025. Ảnh: H.L
Báo cáo cho thấy, quý I, khối dân vận các cấp đã tham mưu cấp ủy tổ chức chu đáo Tết Ất Tỵ, trao 52.300 suất quà Tết cho hộ nghèo, gia đình chính sách, trị giá trên 27,4 tỷ đồng. Ban Dân vận Tỉnh ủy phối hợp triển khai Kết luận số 126-KL/TW, 127-KL/TW của Bộ Chính trị, Ban Bí thư về nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị; tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 412-KH/TU về sắp xếp các tổ chức chính trị - xã hội trực thuộc Ủy ban MTTQ Việt Nam tỉnh.
Các cơ quan khối dân vận đã tổ chức 241 hội nghị lấy ý kiến nhân dân về chủ trương sắp xếp đơn vị hành chính cấp xã, không tổ chức cấp huyện, với khoảng 96.000 lượt cử tri tham gia, đạt tỷ lệ đồng thuận 97,8%. Phong trào "Chung tay xóa nhà tạm, nhà dột nát" đã vận động được 183 tỷ đồng, khởi công 2.415 căn nhà.
Tình hình tư tưởng cán bộ, đảng viên, đoàn viên, hội viên cơ bản ổn định; tuy nhiên một bộ phận cán bộ Mặt trận, đoàn thể cấp huyện còn băn khoăn về vị trí công tác sau sắp xếp. Ở vùng miền núi, đồng bào Cơ Tu, Xơ Đăng, Bh'noong ủng hộ chủ trương sáp nhập; tại xã Trà Leng, Trà Dơn còn 28 hộ chưa đồng thuận di dời đến khu tái định cư.
Tại giao ban, đồng chí Bh'riu Liếc, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang, chia sẻ kinh nghiệm vận động đồng bào Cơ Tu bảo vệ 1.200 ha rừng cộng đồng. Già làng A Lăng Lai, người có uy tín thôn Aur, xã A Nông, đề nghị giữ tên gọi truyền thống của các làng khi sắp xếp thôn. Các đồng chí Hồ Văn Xanh, Đinh Thị Hoa - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh thông tin về phương án hợp nhất các hội đặc thù.
Kết luận, đồng chí Nguyễn Thị Thu Lan yêu cầu quý II khối dân vận làm tốt công tác tư tưởng cho cán bộ, hội viên trong quá trình sắp xếp; tiếp tục vận động nhân dân đóng góp ý kiến vào dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013; phấn đấu hoàn thành xóa ít nhất 4.000 căn nhà tạm trước ngày 30/6/2025. Đồng chí cũng đề nghị Ban Dân vận các huyện ủy, thị ủy, thành ủy bàn giao đầy đủ hồ sơ trước khi kết thúc hoạt động.
Hoàng Liên
Lượt xem: 3.620
Tin liên quan
- Tây Giang: Ra mắt mô hình "Làng Cơ Tu giữ rừng" (28/03/2025)
- Ủy ban MTTQ tỉnh trao nhà Đại đoàn kết tại Nam Trà My (15/03/2025)
- Giao ban khối dân vận quý IV/2024 (08/01/2025)
""", "2025-04-10", "Giao ban khối dân vận quý I: chuẩn bị sắp xếp Mặt trận, đoàn thể theo Kết luận 127",
E("giao_ban", "2025-Q1", "2025-04-09"),
[P("Nguyễn Thị Thu Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ploong Thị Nhiên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bh'riu Liếc", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("A Lăng Lai", "Già làng", "người có uy tín thôn Aur"),
 P("Hồ Văn Xanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Đinh Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("52.300 suất quà Tết", 52300, "suất quà"), Q("trên 27,4 tỷ đồng", 27400000000, "đồng", "over"), Q("241 hội nghị", 241, "hội nghị"),
 Q("khoảng 96.000 lượt cử tri", 96000, "lượt cử tri", "approx"), Q("97,8%", 97.8, "%"), Q("183 tỷ đồng", 183000000000, "đồng"),
 Q("2.415 căn nhà", 2415, "căn nhà"), Q("28 hộ", 28, "hộ"), Q("1.200 ha", 1200, "ha"), Q("ít nhất 4.000 căn nhà tạm", 4000, "căn nhà tạm", "over")],
[D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 126-KL/TW, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "127-KL/TW"),
 D("Kế hoạch", "412", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 412-KH/TU")],
[prov("Quảng Nam"), com("Trà Leng"), com("Trà Dơn"), com("A Nông")],
["Báo Quảng Nam", "Chính trị | Xây dựng Đảng", "(QNO)", "Toàn cảnh giao ban khối dân vận quý I/2025. Ảnh: H.L",
 "Chung tay xóa nhà tạm, nhà dột nát", "Hiến pháp năm 2013", "Lượt xem: 3.620", "Kết luận 127"],
["Thứ Năm, 10/04/2025, 16:05", "quý I/2025", "quý II", "ngày 30/6/2025", "năm 2013", "Lượt xem: 3.620"]))

PAGES.append(page("b3891-tuyenquang-btgdv-giaoban-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ > Dân vận > Tin hoạt động
Ngày đăng 06/11/2025 | 14:20
Ảnh: Quang cảnh hội nghị giao ban.
Giao ban công tác dân vận tháng 10: bám cơ sở sau sắp xếp chính quyền hai cấp
Ngày 04/11/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị giao ban công tác dân vận tháng 10 năm 2025, kết nối trực tuyến tới 124 xã, phường. Đồng chí Ma Thị Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Dự có các đồng chí Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy: Vàng Thị Mai, Nguyễn Văn Hùng, Hầu Văn Lý.
Theo báo cáo, tháng 10, các cơ quan tham mưu công tác dân vận đã hướng dẫn 124 đảng ủy xã, phường kiện toàn bộ phận theo dõi công tác dân vận sau khi tổ chức chính quyền địa phương hai cấp; tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 46-KH/TU về thực hiện Chỉ thị số 45-CT/TW của Bộ Chính trị. Ban Tuyên giáo và Dân vận Tỉnh ủy ban hành Hướng dẫn số 07-HD/BTGDVTU về xây dựng mô hình "Dân vận khéo" ở xã, phường mới. Đã có 1.342 thôn, tổ dân phố tổ chức hội nghị nhân dân bầu lại trưởng thôn sau sáp nhập.
Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội trực thuộc vận động 6,3 tỷ đồng hỗ trợ đồng bào vùng cao Hà Giang cũ khắc phục thiệt hại do mưa lũ; Hội Nông dân tỉnh hỗ trợ 410 hộ trồng chè Shan tuyết; Hội Liên hiệp Phụ nữ tỉnh duy trì 230 câu lạc bộ "Phụ nữ Mông với pháp luật". Có 18 xã vùng cao đã đón nhận 512 căn nhà mới từ phong trào xóa nhà tạm, nhà dột nát.
Tình hình nhân dân: đa số người dân đồng tình với việc sắp xếp, thuận lợi hơn khi làm thủ tục hành chính tại trung tâm phục vụ hành chính công xã. Tuy nhiên, tại xã Lũng Cú, Mậu Duệ còn 9 hộ người Mông bị lôi kéo theo "Bà Cô Dợ"; ở phường Minh Xuân có 3 vụ việc khiếu nại về đền bù dự án đường cao tốc Tuyên Quang - Hà Giang, đã được đối thoại.
Tại hội nghị, đồng chí Sùng Mí Páo, Bí thư Đảng ủy xã Lũng Cú, và đồng chí Bàn Văn Lở, Phó Bí thư Thường trực Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Hồng Thái, đề nghị tỉnh quan tâm bồi dưỡng cán bộ làm công tác dân vận ở xã mới. Đồng chí Hoàng Thị Nguyệt, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh, thông tin về kết quả giám sát việc sắp xếp cán bộ thôn.
Kết luận, đồng chí Ma Thị Thủy yêu cầu tháng 11 các cấp tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% thôn, tổ dân phố; tuyên truyền dự thảo văn kiện Đại hội XIV của Đảng; nắm chắc tình hình 9 hộ ở Lũng Cú, Mậu Duệ; không để phát sinh điểm nóng ở vùng giáp biên.
Hồng Nhung
Lượt xem: 1.206
Tin liên quan
- Xã Hồng Thái ra mắt mô hình "Thôn Dao không có người di cư tự do" (30/10/2025)
- Ủy ban MTTQ tỉnh tiếp nhận ủng hộ đồng bào vùng lũ (15/10/2025)
- Giao ban công tác dân vận tháng 9/2025 (07/10/2025)
""", "2025-11-06", "Giao ban công tác dân vận tháng 10: bám cơ sở sau sắp xếp chính quyền hai cấp",
E("giao_ban", "2025-10", "2025-11-04"),
[P("Ma Thị Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vàng Thị Mai", "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Nguyễn Văn Hùng", "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hầu Văn Lý", "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Páo", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Bàn Văn Lở", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hồng Thái"),
 P("Hoàng Thị Nguyệt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh")],
[Q("124 xã, phường", 124, "xã, phường"), Q("1.342 thôn, tổ dân phố", 1342, "thôn, tổ dân phố"), Q("6,3 tỷ đồng", 6300000000, "đồng"),
 Q("410 hộ", 410, "hộ"), Q("230 câu lạc bộ", 230, "câu lạc bộ"), Q("18 xã vùng cao", 18, "xã vùng cao"), Q("512 căn nhà mới", 512, "căn nhà mới"),
 Q("9 hộ người Mông", 9, "hộ người Mông"), Q("3 vụ việc khiếu nại về đền bù dự án", 3, "vụ việc khiếu nại về đền bù dự án"), Q("100% thôn", 100, "%")],
[D("Kế hoạch", "46", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 46-KH/TU"),
 D("Chỉ thị", "45", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 45-CT/TW"),
 D("Hướng dẫn", "07", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BTGDVTU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Mậu Duệ"), com("Minh Xuân"), com("Hồng Thái")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ > Dân vận > Tin hoạt động", "Ảnh: Quang cảnh hội nghị giao ban.",
 "Dân vận khéo", "Phụ nữ Mông với pháp luật", "Bà Cô Dợ", "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 1.206"],
["Ngày đăng 06/11/2025 | 14:20", "tháng 10 năm 2025", "tháng 11", "hai cấp", "Đại hội XIV", "Lượt xem: 1.206"]))

PAGES.append(page("b3892-vinhlong-btgdv-giaoban-2026", """
Báo và Phát thanh, Truyền hình Vĩnh Long
Thứ Hai, 20/04/2026
Thời sự » Chính trị - Xây dựng Đảng
17/04/2026 - 10:05
Vận động 2.600 hộ dân vùng ven biển chủ động ứng phó xâm nhập mặn
VLO - Sáng 16/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị giao ban công tác dân vận quý I/2026, trực tuyến với đảng ủy 124 xã, phường. Đồng chí Lê Văn Quyền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Dự hội nghị có đồng chí Thạch Minh Phương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Các đại biểu dự hội nghị tại điểm cầu tỉnh. Ảnh: Thảo Ly
Theo báo cáo, quý I, khối dân vận các cấp đã vận động 2.600 hộ dân ở các xã ven biển thuộc địa bàn Bến Tre, Trà Vinh cũ trữ nước ngọt, chuyển đổi mùa vụ ứng phó xâm nhập mặn; phối hợp trao 68.500 suất quà Tết Bính Ngọ cho hộ nghèo, hộ cận nghèo, gia đình chính sách, tổng trị giá khoảng 41,1 tỷ đồng. Ban Tuyên giáo và Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 05-CTr/TU thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng về công tác dân vận, và Kế hoạch 18, 19-KH/TU về tổ chức bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội trực thuộc đã tổ chức 312 hội nghị hiệp thương, giới thiệu người ứng cử; kết quả có 99,2% cử tri đi bầu. Toàn tỉnh duy trì 4.180 mô hình "Dân vận khéo", trong đó 210 mô hình tiêu biểu được biểu dương. Hội Nông dân tỉnh hỗ trợ 1.450 hội viên vay vốn với tổng dư nợ trên 96 tỷ đồng.
Tình hình nhân dân: người dân phấn khởi trước kết quả bầu cử, tin tưởng chính quyền xã, phường mới; tuy nhiên giá dừa, bưởi giảm, 23 hộ trồng dừa ở xã Thạnh Phú gặp khó khăn. Ghi nhận 5 vụ việc tranh chấp đất đai tại phường Trà Vinh và xã Long Hồ; 2 trường hợp phát tán thông tin sai lệch về sắp xếp ấp, khóm trên mạng xã hội.
Tại hội nghị, Hòa thượng Thạch Sok Ha, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị tiếp tục hỗ trợ 145 chùa Phật giáo Nam tông Khmer tổ chức lễ Chôl Chnăm Thmây. Đồng chí Nguyễn Thị Kim Ngân, Bí thư Đảng ủy phường Phước Hậu, và đồng chí Kim Sang, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Long Hồ, chia sẻ cách vận động nhân dân tham gia sắp xếp lại ấp, khóm.
Kết luận, đồng chí Lê Văn Quyền yêu cầu quý II khối dân vận nắm chắc tâm tư nhân dân vùng hạn mặn; tổ chức chu đáo Tết Chôl Chnăm Thmây; phấn đấu ít nhất 90% đảng ủy xã, phường có mô hình "Dân vận khéo" mới. Các đồng chí Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy: Trần Thị Thu Vân, Nguyễn Văn Tài được giao theo dõi các xã vùng ven biển.
Thảo Ly
Lượt xem: 1.985
Tin liên quan
- Vĩnh Long: hơn 4.000 mô hình Dân vận khéo (08/04/2026)
- Ủy ban MTTQ tỉnh thăm, chúc Tết Chôl Chnăm Thmây (06/04/2026)
- Giao ban công tác dân vận tháng 2/2026 (05/03/2026)
""", "2026-04-17", "Vận động 2.600 hộ dân vùng ven biển chủ động ứng phó xâm nhập mặn",
E("giao_ban", "2026-Q1", "2026-04-16"),
[P("Lê Văn Quyền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Minh Phương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sok Ha", "Hòa thượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Kim Ngân", "Bí thư Đảng ủy phường Phước Hậu"),
 P("Kim Sang", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Long Hồ"),
 P("Trần Thị Thu Vân", "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Nguyễn Văn Tài", "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("124 xã, phường", 124, "xã, phường"), Q("2.600 hộ dân", 2600, "hộ dân"), Q("68.500 suất quà Tết", 68500, "suất quà"),
 Q("khoảng 41,1 tỷ đồng", 41100000000, "đồng", "approx"), Q("312 hội nghị hiệp thương", 312, "hội nghị hiệp thương"), Q("99,2%", 99.2, "%"),
 Q("4.180 mô hình", 4180, "mô hình"), Q("210 mô hình tiêu biểu", 210, "mô hình tiêu biểu"), Q("1.450 hội viên", 1450, "hội viên"),
 Q("trên 96 tỷ đồng", 96000000000, "đồng", "over"), Q("23 hộ", 23, "hộ"), Q("5 vụ việc tranh chấp đất đai", 5, "vụ việc tranh chấp đất đai"),
 Q("2 trường hợp", 2, "trường hợp"), Q("145 chùa Phật giáo Nam tông Khmer", 145, "chùa Phật giáo Nam tông Khmer"), Q("ít nhất 90%", 90, "%", "over")],
[D("Chương trình hành động", "05", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 05-CTr/TU"),
 D("Kế hoạch", "18", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 18, 19-KH/TU"),
 D("Kế hoạch", "19", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 18, 19-KH/TU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Thạnh Phú"), com("Trà Vinh"), com("Long Hồ"), com("Phước Hậu")],
["Báo và Phát thanh, Truyền hình Vĩnh Long", "Thứ Hai, 20/04/2026", "Thời sự » Chính trị - Xây dựng Đảng", "VLO",
 "Các đại biểu dự hội nghị tại điểm cầu tỉnh. Ảnh: Thảo Ly", "Dân vận khéo", "Chôl Chnăm Thmây", "Lượt xem: 1.985"],
["Thứ Hai, 20/04/2026", "17/04/2026 - 10:05", "quý I/2026", "quý II", "lần thứ XIV", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt xem: 1.985"]))
