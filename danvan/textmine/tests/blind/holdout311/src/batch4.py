from lib import *
PAGES = []

PAGES.append(page("b7439-hoabinh-hoithao-dabac-2025", """
BÁO HÒA BÌNH ĐIỆN TỬ
Thể thao
Thứ Hai, 17/03/2025
Đà Bắc: Bế mạc Hội thao các dân tộc huyện lần thứ X
Các vận động viên nữ thi đẩy gậy tại hội thao.
(HBĐT) - Sau 3 ngày thi đấu sôi nổi, chiều 15/3, tại sân vận động thị trấn Đà Bắc, UBND huyện Đà Bắc (tỉnh Hòa Bình) tổ chức lễ bế mạc và trao giải Hội thao các dân tộc huyện lần thứ X năm 2025. Hội thao là một trong những hoạt động chào mừng 95 năm Ngày thành lập Đảng Cộng sản Việt Nam và 50 năm Ngày giải phóng miền Nam, thống nhất đất nước.
Tham dự lễ bế mạc có đồng chí Xa Văn Thỏa, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; đồng chí Đinh Thị Thảo, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện; các đồng chí Ủy viên Ban Thường vụ Huyện ủy: Bàn Văn Lịch, Xa Thị Hương.
Hội thao năm nay có 17 đoàn đến từ 17 xã, thị trấn với trên 460 vận động viên là đồng bào Mường, Tày, Dao, Thái, Kinh. Các vận động viên tranh tài 8 môn: bóng chuyền hơi, kéo co, đẩy gậy, bắn nỏ, tung còn, đi cà kheo, ném pao và đánh mảng trên hồ sông Đà. Theo Ban tổ chức, có 112 vận động viên nữ, chiếm khoảng 24% tổng số vận động viên; lần đầu tiên có đội đánh mảng nữ của xã Tiền Phong.
Theo đồng chí Xa Văn Thỏa, hội thao được tổ chức theo Kế hoạch số 45/KH-UBND ngày 20/1/2025 của UBND huyện, tiếp tục thực hiện Nghị quyết số 06-NQ/HU của Ban Chấp hành Đảng bộ huyện về bảo tồn văn hóa truyền thống gắn với phát triển du lịch vùng hồ. Tổng kinh phí khoảng 230 triệu đồng, trong đó xã hội hóa 75 triệu đồng.
Ở môn bắn nỏ, anh Bàn Văn Sơn, người Dao ở xóm Mó Nẻ, xã Tân Minh, giành huy chương vàng với 49 điểm. Ông Lò Văn Hặc, 70 tuổi, trưởng xóm Bưa Cọ, xã Đồng Chum, là vận động viên cao tuổi nhất của hội thao, tham gia môn tung còn cùng con cháu.
Kết quả, đoàn xã Tiền Phong giành giải nhất toàn đoàn; giải nhì thuộc về đoàn thị trấn Đà Bắc; giải ba thuộc về đoàn xã Suối Hoa. Ban tổ chức đã trao 24 huy chương vàng, 24 huy chương bạc và 30 huy chương đồng cho các vận động viên; tặng giấy khen cho 5 tập thể có thành tích xuất sắc trong công tác tổ chức. Tổng giá trị giải thưởng gần 40 triệu đồng.
Phát biểu bế mạc, đồng chí Đinh Thị Thảo đề nghị các xã duy trì hoạt động của các đội thể thao, câu lạc bộ văn hóa ở xóm, bản; phát huy vai trò của người có uy tín trong vận động đồng bào gìn giữ trò chơi dân gian, nhất là trong bối cảnh sắp xếp đơn vị hành chính cấp xã. Huyện sẽ chọn 40 vận động viên xuất sắc tham dự Đại hội Thể dục thể thao tỉnh năm 2025.
Đinh Thắng
Tin liên quan
- Mai Châu: Ngày hội văn hóa, thể thao các dân tộc (10/03/2025)
- Lạc Sơn tổ chức giải bóng chuyền hơi nữ (02/03/2025)
- Cao Phong: Hội thi trò chơi dân gian mừng Xuân Ất Tỵ (10/02/2025)
""", "2025-03-17", "Đà Bắc: Bế mạc Hội thao các dân tộc huyện lần thứ X",
E("khac", None, "2025-03-15"),
[P("Xa Văn Thỏa", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Đinh Thị Thảo", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Bàn Văn Lịch", "Ủy viên Ban Thường vụ Huyện ủy"), P("Xa Thị Hương", "Ủy viên Ban Thường vụ Huyện ủy"),
 P("Bàn Văn Sơn"),
 P("Lò Văn Hặc", "trưởng xóm Bưa Cọ")],
[Q("17 đoàn", 17, "đoàn"), Q("17 xã, thị trấn", 17, "xã, thị trấn"), Q("trên 460 vận động viên", 460, "vận động viên", "over"), Q("8 môn", 8, "môn"),
 Q("112 vận động viên nữ", 112, "vận động viên nữ"), Q("khoảng 24%", 24, "%", "approx"), Q("khoảng 230 triệu đồng", 230000000, "đồng", "approx"),
 Q("75 triệu đồng", 75000000, "đồng"), Q("49 điểm", 49, "điểm"), Q("24 huy chương vàng", 24, "huy chương vàng"), Q("24 huy chương bạc", 24, "huy chương bạc"),
 Q("30 huy chương đồng", 30, "huy chương đồng"), Q("5 tập thể", 5, "tập thể"), Q("gần 40 triệu đồng", 40000000, "đồng", "approx"),
 Q("40 vận động viên xuất sắc", 40, "vận động viên xuất sắc")],
[D("Kế hoạch", "45", "KH-UBND", "2025-01-20", "UBND huyện", "Kế hoạch số 45/KH-UBND ngày 20/1/2025"),
 D("Nghị quyết", "06", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 06-NQ/HU")],
[prov("Hòa Bình"), com("Đà Bắc"), com("Tiền Phong"), com("Tân Minh"), com("Đồng Chum"), com("Suối Hoa")],
["BÁO HÒA BÌNH ĐIỆN TỬ", "Các vận động viên nữ thi đẩy gậy tại hội thao.", "(HBĐT)", "Đại hội Thể dục thể thao tỉnh năm 2025"],
["Thứ Hai, 17/03/2025", "3 ngày", "lần thứ X", "năm 2025", "95 năm", "50 năm", "70 tuổi", "lần đầu tiên"]))

PAGES.append(page("b7440-tuyenquang-ngayhoi-lambinh-2025", """
Báo Tuyên Quang điện tử
Văn hóa | Thể thao | Du lịch
08/09/2025 16:20 GMT+7
Xã Lâm Bình tổ chức Ngày hội văn hóa, thể thao các dân tộc lần thứ nhất
Tuyên Quang - Ngày 6/9/2025, xã Lâm Bình, tỉnh Tuyên Quang tổ chức Ngày hội văn hóa, thể thao các dân tộc xã lần thứ nhất. Đây là ngày hội đầu tiên của xã sau khi sắp xếp, sáp nhập đơn vị hành chính và vận hành chính quyền địa phương hai cấp, nhằm tăng cường đoàn kết giữa đồng bào các thôn của ba xã cũ.
Màn đồng diễn "Then - Tính" của các nghệ nhân xã Lâm Bình.
Tới dự có đồng chí Hoàng Thị Thanh, Tỉnh ủy viên, Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Ma Văn Tuấn, Bí thư Đảng ủy xã Lâm Bình; đồng chí Chẩu Thị Liên, Phó Chủ tịch UBND xã.
Ngày hội thu hút 25 đội của 25 thôn với gần 600 diễn viên, vận động viên là đồng bào Tày, Dao, Mông, Pà Thẻn. Các đội thi 6 môn thể thao dân tộc, trò chơi dân gian: kéo co, đẩy gậy, ném còn, bắn nỏ, đi cà kheo, đánh quay và thi văn nghệ, ẩm thực, trình diễn trang phục. Đặc biệt, lễ hội Nhảy lửa của người Pà Thẻn được tái hiện ngay trong đêm khai mạc.
Phát biểu tại ngày hội, đồng chí Ma Văn Tuấn cho biết, thực hiện Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy, xã Lâm Bình mới được thành lập trên cơ sở 3 xã cũ, có diện tích gần 300 km2, dân số hơn 14.000 người, trên 95% là đồng bào dân tộc thiểu số. Đảng ủy xã đã ban hành Kế hoạch số 08-KH/ĐU ngày 15/8/2025 về tổ chức ngày hội, giao Ủy ban MTTQ Việt Nam xã chủ trì vận động nhân dân tham gia.
Kinh phí tổ chức ngày hội trên 150 triệu đồng, chủ yếu do các doanh nghiệp, hộ kinh doanh du lịch và con em xa quê ủng hộ. Các thôn tự làm dụng cụ thi đấu, tự may trang phục; thôn Nà Thuôn góp 2 con lợn, 300 kg gạo để nấu cỗ chung phục vụ các đội.
Đồng chí Hoàng Thị Thanh ghi nhận cách làm sáng tạo của xã, đề nghị tiếp tục gắn ngày hội với phát triển du lịch cộng đồng, phát huy vai trò của 47 người có uy tín trên địa bàn trong vận động đồng bào giữ gìn bản sắc, đoàn kết xây dựng chính quyền mới.
Bà Bàn Thị Nhất, 66 tuổi, nghệ nhân người Dao ở thôn Khuôn Củng, vui mừng: "Sáp nhập rồi, bà con ba xã cũ về chung một nhà, gặp nhau ở ngày hội là thấy gần gũi".
Kết thúc ngày hội, Ban tổ chức trao 18 giải cho các đội và cá nhân. Thôn Nà Thuôn giành giải nhất toàn đoàn. Theo kế hoạch, ngày hội sẽ được tổ chức định kỳ hằng năm vào dịp Quốc khánh.
Vũ Linh
Tin liên quan
- Tuyên Quang (mới) triển khai Kế hoạch phát triển du lịch vùng cao (01/09/2025)
- Xã Đồng Văn tổ chức Lễ hội Khèn Mông (25/08/2025)
- Chiêm Hóa: Hội thi trò chơi dân gian mừng Quốc khánh (02/09/2025)
""", "2025-09-08", "Xã Lâm Bình tổ chức Ngày hội văn hóa, thể thao các dân tộc lần thứ nhất",
E("khac", None, "2025-09-06"),
[P("Hoàng Thị Thanh", "Tỉnh ủy viên", "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ma Văn Tuấn", "Bí thư Đảng ủy xã Lâm Bình"),
 P("Chẩu Thị Liên", "Phó Chủ tịch UBND xã"),
 P("Bàn Thị Nhất", "nghệ nhân người Dao ở thôn Khuôn Củng")],
[Q("25 đội", 25, "đội"), Q("25 thôn", 25, "thôn"), Q("gần 600 diễn viên, vận động viên", 600, "diễn viên, vận động viên", "approx"),
 Q("6 môn thể thao dân tộc, trò chơi dân gian", 6, "môn thể thao dân tộc, trò chơi dân gian"), Q("3 xã cũ", 3, "xã cũ"),
 Q("gần 300 km2", 300, "km2", "approx"), Q("hơn 14.000 người", 14000, "người", "over"), Q("trên 95%", 95, "%", "over"),
 Q("trên 150 triệu đồng", 150000000, "đồng", "over"), Q("2 con lợn", 2, "con lợn"), Q("300 kg", 300, "kg"),
 Q("47 người có uy tín", 47, "người có uy tín"), Q("18 giải", 18, "giải")],
[D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kế hoạch", "08", "KH/ĐU", "2025-08-15", "Đảng ủy xã", "Kế hoạch số 08-KH/ĐU ngày 15/8/2025")],
[prov("Tuyên Quang"), com("Lâm Bình")],
["Báo Tuyên Quang điện tử", "Văn hóa | Thể thao | Du lịch", 'Màn đồng diễn "Then - Tính" của các nghệ nhân xã Lâm Bình.', "Nhảy lửa"],
["08/09/2025 16:20 GMT+7", "lần thứ nhất", "hai cấp", "ba xã cũ", "66 tuổi"]))

PAGES.append(page("b7441-lamdong-tongket-hoithao-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Thể thao > Phong trào
Thứ Sáu, 12/12/2025, 08:05
Hôm nay: Thứ Hai, 15/12/2025
Toàn cảnh hội nghị.
Lâm Đồng: Triển khai kế hoạch Hội thao các dân tộc thiểu số năm 2026
Chiều 10/12, Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng tổ chức hội nghị tổng kết Hội thao các dân tộc thiểu số tỉnh năm 2025 và triển khai kế hoạch tổ chức hội thao năm 2026. Đây là kỳ hội thao đầu tiên của tỉnh Lâm Đồng sau khi hợp nhất với Đắk Nông và Bình Thuận.
Chủ trì hội nghị có bà Ka Thị Bích, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch; ông Điểu Văn Hưng, Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy. Cùng dự có đại diện lãnh đạo các phòng văn hóa - xã hội của 62 xã, phường có đông đồng bào dân tộc thiểu số.
Theo báo cáo, hội thao năm 2025 diễn ra từ ngày 24 đến 27/10/2025 tại phường Bắc Gia Nghĩa, quy tụ 26 đoàn với 1.034 vận động viên là đồng bào K'Ho, Mạ, Chu Ru, M'nông, Chăm, Raglai, Ê Đê. Các vận động viên thi 7 môn: bắn nỏ, đẩy gậy, kéo co, đi cà kheo, chạy việt dã, ném còn và đua thuyền độc mộc trên hồ Gia Nghĩa. Ban tổ chức đã trao 56 bộ huy chương; xã Lạc Dương giành giải nhất toàn đoàn, xã Đắk Mil giải nhì, xã Phan Sơn giải ba.
Hội thao được tổ chức theo Kế hoạch số 112/KH-UBND ngày 20/8/2025 của UBND tỉnh, với tổng kinh phí gần 2,1 tỷ đồng, tiết kiệm khoảng 15% so với dự toán nhờ huy động xã hội hóa. Tuy nhiên, do mới hợp nhất, địa bàn rộng, một số đoàn phải di chuyển trên 250 km; việc bố trí chỗ ở cho vận động viên còn khó khăn.
Tại hội nghị, các đại biểu: Ya Tuấn - Trưởng phòng Văn hóa - Xã hội xã Lạc Dương, Điểu Thị Lý - Trưởng phòng Văn hóa - Xã hội xã Đắk Mil, đề nghị luân phiên tổ chức hội thao theo 3 khu vực; ông Thông Văn Chiến, Phó Chủ tịch UBND xã Phan Sơn, kiến nghị bổ sung môn thi của đồng bào Chăm, Raglai.
Theo dự thảo kế hoạch năm 2026, hội thao sẽ gồm 8 môn, tổ chức tại khu vực phía nam tỉnh (Bình Thuận cũ), dự kiến 1.200 vận động viên tham gia. Bà Ka Thị Bích cho biết, Sở sẽ tham mưu UBND tỉnh ban hành Quyết định về điều lệ hội thao trong tháng 1/2026.
Ông Điểu Văn Hưng đề nghị các xã phối hợp với Ủy ban MTTQ Việt Nam cùng cấp vận động già làng, người có uy tín tham gia truyền dạy trò chơi dân gian, coi hội thao là dịp tăng cường khối đại đoàn kết các dân tộc sau hợp nhất.
Dịp này, UBND tỉnh tặng Bằng khen cho 7 tập thể, 10 cá nhân; Sở Văn hóa, Thể thao và Du lịch tặng giấy khen cho 21 vận động viên có thành tích xuất sắc.
K'Duyên
Tin liên quan
- Bế mạc Hội thao các dân tộc thiểu số tỉnh Lâm Đồng năm 2025 (28/10/2025)
- Xã Lạc Dương: Lễ hội Cồng chiêng K'Ho (15/11/2025)
- Phường Bắc Gia Nghĩa chuẩn bị đăng cai hội thao (15/10/2025)
""", "2025-12-12", "Lâm Đồng: Triển khai kế hoạch Hội thao các dân tộc thiểu số năm 2026",
E("tong_ket", "2025", "2025-12-10"),
[P("Ka Thị Bích", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Điểu Văn Hưng", "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ya Tuấn", "Trưởng phòng Văn hóa - Xã hội xã Lạc Dương"),
 P("Điểu Thị Lý", "Trưởng phòng Văn hóa - Xã hội xã Đắk Mil"),
 P("Thông Văn Chiến", "Phó Chủ tịch UBND xã Phan Sơn")],
[Q("62 xã, phường", 62, "xã, phường"), Q("26 đoàn", 26, "đoàn"), Q("1.034 vận động viên", 1034, "vận động viên"), Q("7 môn", 7, "môn"),
 Q("56 bộ huy chương", 56, "bộ huy chương"), Q("gần 2,1 tỷ đồng", 2100000000, "đồng", "approx"), Q("khoảng 15%", 15, "%", "approx"),
 Q("trên 250 km", 250, "km", "over"), Q("3 khu vực", 3, "khu vực"), Q("8 môn", 8, "môn"), Q("1.200 vận động viên", 1200, "vận động viên"),
 Q("7 tập thể", 7, "tập thể"), Q("10 cá nhân", 10, "cá nhân"), Q("21 vận động viên", 21, "vận động viên")],
[D("Kế hoạch", "112", "KH-UBND", "2025-08-20", "UBND tỉnh", "Kế hoạch số 112/KH-UBND ngày 20/8/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Bắc Gia Nghĩa"), com("Lạc Dương"), com("Đắk Mil"), com("Phan Sơn")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Thể thao > Phong trào", "Hôm nay: Thứ Hai, 15/12/2025", "Toàn cảnh hội nghị."],
["Thứ Sáu, 12/12/2025, 08:05", "năm 2025", "năm 2026", "kỳ hội thao đầu tiên", "tháng 1/2026"]))

PAGES.append(page("b7442-vinhlong-hoinghi-ngayhoi-khmer-2026", """
Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long
Trang chủ » Tin tức - Sự kiện » Dân tộc - Tôn giáo
Thứ Năm, 15/01/2026 | 09:40
Triển khai tổ chức Ngày hội Văn hóa, Thể thao và Du lịch đồng bào Khmer tỉnh năm 2026
Sáng 14/01/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Sở Dân tộc và Tôn giáo tổ chức hội nghị triển khai Kế hoạch tổ chức Ngày hội Văn hóa, Thể thao và Du lịch đồng bào Khmer tỉnh Vĩnh Long năm 2026. Đây là lần đầu tiên ngày hội được tổ chức ở quy mô tỉnh Vĩnh Long mới, sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh.
Đồng chí Thạch Thị Sa Mết phát biểu tại hội nghị.
Đồng chí Thạch Thị Sa Mết, Tỉnh ủy viên, Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có đồng chí Kiên Sóc Kha, Phó Giám đốc Sở Dân tộc và Tôn giáo; Hòa thượng Thạch Sophon, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh; cùng 85 đại biểu là lãnh đạo Đảng ủy, UBND các xã, phường có đông đồng bào Khmer.
Tại hội nghị, đồng chí Kiên Sóc Kha quán triệt Kế hoạch số 05-KH/BTGDVTU ngày 8/1/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy và Kế hoạch số 12/KH-UBND ngày 9/1/2026 của UBND tỉnh. Theo đó, ngày hội dự kiến diễn ra trong 4 ngày, từ 10 đến 13/4/2026, dịp Tết Chôl Chnăm Thmây, tại phường Trà Vinh, gồm 10 nội dung: đua ghe ngo, kéo co, đẩy gậy, bóng chuyền, đấu võ Kun Khmer, thi trang phục, thi nấu ăn, ném còn, trình diễn nhạc ngũ âm và múa Rô băm. Dự kiến có khoảng 1.500 vận động viên, diễn viên, nghệ nhân của 30 đoàn tham gia; tổng kinh phí 4,2 tỷ đồng, trong đó ngân sách tỉnh 3 tỷ đồng.
Ngày hội nhằm thực hiện Chỉ thị số 19-CT/TW ngày 10/1/2018 của Ban Bí thư và Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, góp phần tăng cường khối đại đoàn kết toàn dân tộc trong bối cảnh sau sắp xếp đơn vị hành chính.
Thảo luận tại hội nghị, đồng chí Sơn Thị Chanh Đa, Bí thư Đảng ủy xã Ngũ Lạc, đề nghị sớm hỗ trợ kinh phí sửa chữa 6 chiếc ghe ngo của các chùa trên địa bàn xã; đồng chí Thạch Văn Ân, Chủ tịch UBND xã Tam Ngãi, cho biết xã đã vận động được 2 đội ghe với khoảng 120 tay bơi.
Kết luận hội nghị, đồng chí Thạch Thị Sa Mết yêu cầu các xã, phường có đồng bào Khmer thành lập đoàn trước ngày 15/3/2026; chú trọng vận động sư sãi, người có uy tín, phấn đấu 100% chùa Phật giáo Nam tông Khmer trong tỉnh có người tham gia ngày hội; bảo đảm an ninh, trật tự, an toàn giao thông đường thủy trong thời gian đua ghe.
Kim Hồng
Các tin khác
- Thăm, chúc mừng Hội Đoàn kết sư sãi yêu nước tỉnh nhân dịp năm mới (05/01/2026)
- Sơ kết 6 tháng vận hành chính quyền địa phương hai cấp (30/12/2025)
- Xã Tam Ngãi ra mắt đội ghe ngo nữ (20/12/2025)
""", "2026-01-15", "Triển khai tổ chức Ngày hội Văn hóa, Thể thao và Du lịch đồng bào Khmer tỉnh năm 2026",
E("hoi_nghi", "2026", "2026-01-14"),
[P("Thạch Thị Sa Mết", "Tỉnh ủy viên", "Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kiên Sóc Kha", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Thạch Sophon", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Sơn Thị Chanh Đa", "Bí thư Đảng ủy xã Ngũ Lạc"),
 P("Thạch Văn Ân", "Chủ tịch UBND xã Tam Ngãi")],
[Q("85 đại biểu", 85, "đại biểu"), Q("10 nội dung", 10, "nội dung"),
 Q("khoảng 1.500 vận động viên, diễn viên, nghệ nhân", 1500, "vận động viên, diễn viên, nghệ nhân", "approx"), Q("30 đoàn", 30, "đoàn"),
 Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("3 tỷ đồng", 3000000000, "đồng"), Q("6 chiếc ghe ngo", 6, "chiếc ghe ngo"), Q("2 đội ghe", 2, "đội ghe"),
 Q("khoảng 120 tay bơi", 120, "tay bơi", "approx"), Q("100%", 100, "%")],
[D("Kế hoạch", "05", "KH/BTGDVTU", "2026-01-08", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 05-KH/BTGDVTU ngày 8/1/2026"),
 D("Kế hoạch", "12", "KH-UBND", "2026-01-09", "UBND tỉnh", "Kế hoạch số 12/KH-UBND ngày 9/1/2026"),
 D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/1/2018"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Vinh"), com("Ngũ Lạc"), com("Tam Ngãi")],
["Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long", "Trang chủ » Tin tức - Sự kiện » Dân tộc - Tôn giáo",
 "Đồng chí Thạch Thị Sa Mết phát biểu tại hội nghị.", "Chôl Chnăm Thmây", "Kun Khmer", "Rô băm"],
["Thứ Năm, 15/01/2026 | 09:40", "lần đầu tiên", "ba tỉnh", "4 ngày", "năm 2026"]))

PAGES.append(page("b7443-thainguyen-troichoi-babe-2026", """
BÁO THÁI NGUYÊN
Văn hóa - Du lịch / Lễ hội
02/03/2026 07:15 (GMT+7)
Rộn ràng Hội thi trò chơi dân gian các dân tộc bên hồ Ba Bể
Đội thuyền độc mộc nữ của thôn Pác Ngòi về đích đầu tiên. Ảnh: Nông Hà
Ngày 28/2, xã Ba Bể (tỉnh Thái Nguyên) tổ chức Hội thi trò chơi dân gian và thể thao các dân tộc năm 2026, mở đầu chuỗi hoạt động Lễ hội xuân hồ Ba Bể. Đây là năm đầu tiên lễ hội do xã Ba Bể mới đăng cai tổ chức, sau khi tỉnh Bắc Kạn hợp nhất vào tỉnh Thái Nguyên.
Hội thi có 32 đội của các thôn, cơ quan, trường học trên địa bàn xã với khoảng 450 vận động viên là đồng bào Tày, Dao, Mông, Kinh. Các đội thi 6 nội dung: đua thuyền độc mộc, tung còn, kéo co, đẩy gậy, bịt mắt đập niêu và đánh yến. Trong đó môn đua thuyền độc mộc trên lòng hồ Ba Bể, cự ly 1.000 m, thu hút 14 thuyền tham gia.
Dự lễ khai mạc có các đồng chí: Hà Đức Toàn - Bí thư Đảng ủy xã Ba Bể; Lý Thị Hạnh - Chủ tịch UBND xã; Hoàng Văn Mạnh - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Trưởng ban tổ chức hội thi.
Theo đồng chí Lý Thị Hạnh, thực hiện Nghị quyết số 03-NQ/ĐU ngày 20/10/2025 của Ban Chấp hành Đảng bộ xã về phát triển du lịch cộng đồng gắn với bảo tồn văn hóa các dân tộc giai đoạn 2025 - 2030, xã đã dành 180 triệu đồng để tổ chức lễ hội; các hộ làm du lịch cộng đồng ở thôn Pác Ngòi, Bó Lù, Cốc Tộc đóng góp thêm khoảng 70 triệu đồng. Năm 2025, xã đón hơn 62.000 lượt khách, tăng 12% so với năm trước.
Chị Hoàng Thị Sen, người Tày ở thôn Pác Ngòi, đội trưởng đội thuyền nữ, cho biết các chị em trong đội đều làm nghề đưa khách tham quan hồ, tập luyện từ sau Tết. "Được chèo thuyền thi đấu trước bà con và du khách, chị em ai cũng phấn khởi", chị Sen nói. Đội của chị đã về nhất với thời gian 6 phút 40 giây.
Ở môn tung còn, đội thôn Nà Hàn giành chiến thắng với 5 lần ném trúng vòng còn. Ông Triệu Văn Quý, người có uy tín thôn Nà Hàn, đã trực tiếp làm 20 quả còn tặng các đội. Đông đảo du khách, trong đó có 35 khách quốc tế, tham gia trò chơi bịt mắt đập niêu cùng người dân.
Kết thúc hội thi, Ban tổ chức trao 18 giải cho các đội, tổng trị giá 25 triệu đồng. Các hoạt động của lễ hội xuân còn kéo dài đến hết ngày 1/3 với chợ phiên, thi hát Then, ẩm thực.
Đồng chí Hà Đức Toàn cho biết, thời gian tới Đảng ủy xã sẽ chỉ đạo Ủy ban MTTQ Việt Nam và các đoàn thể xã xây dựng mô hình "Thôn du lịch văn hóa", vận động mỗi thôn duy trì ít nhất 1 đội thể thao dân gian, gắn trò chơi truyền thống với các tour trải nghiệm cho du khách trên hồ.
Nông Hà
Tin khác
- Xã Phú Đình: Hội xuân ATK Định Hóa năm 2026 (25/02/2026)
- Thái Nguyên đón hơn 300.000 lượt khách dịp Tết Bính Ngọ (22/02/2026)
- Xã Chợ Đồn tổ chức giải bóng chuyền hơi mừng Xuân (20/02/2026)
""", "2026-03-02", "Rộn ràng Hội thi trò chơi dân gian các dân tộc bên hồ Ba Bể",
E("khac", None, "2026-02-28"),
[P("Hà Đức Toàn", "Bí thư Đảng ủy xã Ba Bể"),
 P("Lý Thị Hạnh", "Chủ tịch UBND xã"),
 P("Hoàng Văn Mạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Trưởng ban tổ chức hội thi"),
 P("Hoàng Thị Sen", "đội trưởng đội thuyền nữ"),
 P("Triệu Văn Quý", "người có uy tín thôn Nà Hàn")],
[Q("32 đội", 32, "đội"), Q("khoảng 450 vận động viên", 450, "vận động viên", "approx"), Q("6 nội dung", 6, "nội dung"), Q("1.000 m", 1000, "m"),
 Q("14 thuyền", 14, "thuyền"), Q("180 triệu đồng", 180000000, "đồng"), Q("khoảng 70 triệu đồng", 70000000, "đồng", "approx"),
 Q("hơn 62.000 lượt khách", 62000, "lượt khách", "over"), Q("12%", 12, "%"), Q("5 lần", 5, "lần"), Q("20 quả còn", 20, "quả còn"),
 Q("35 khách quốc tế", 35, "khách quốc tế"), Q("18 giải", 18, "giải"), Q("25 triệu đồng", 25000000, "đồng")],
[D("Nghị quyết", "03", "NQ/ĐU", "2025-10-20", "Ban Chấp hành Đảng bộ xã", "Nghị quyết số 03-NQ/ĐU ngày 20/10/2025")],
[prov("Thái Nguyên"), prov("Bắc Kạn"), com("Ba Bể")],
["BÁO THÁI NGUYÊN", "Văn hóa - Du lịch / Lễ hội", "Đội thuyền độc mộc nữ của thôn Pác Ngòi về đích đầu tiên. Ảnh: Nông Hà", "Lễ hội xuân hồ Ba Bể"],
["02/03/2026 07:15 (GMT+7)", "năm 2026", "năm đầu tiên", "giai đoạn 2025 - 2030", "Năm 2025", "năm trước", "6 phút 40 giây", "1/3", "ít nhất 1 đội thể thao dân gian", "Thôn du lịch văn hóa"]))

PAGES.append(page("b7444-camau-chuctet-khmer-2026", """
Ban Tuyên giáo và Dân vận Tỉnh ủy Cà Mau
Trang chủ | Hoạt động | Công tác dân tộc, tôn giáo
Cập nhật ngày 13/04/2026 - 15:10
Chung vui trò chơi dân gian, tặng quà đồng bào Khmer dịp Tết Chôl Chnăm Thmây
Ngày 12/4/2026, đoàn công tác Ban Tuyên giáo và Dân vận Tỉnh ủy Cà Mau do đồng chí Lâm Thị Kim Thoa, Tỉnh ủy viên, Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết Chôl Chnăm Thmây năm 2026 và tặng quà tại các chùa Khmer trên địa bàn xã Ninh Quới và xã Hưng Hội, đồng thời dự Ngày hội trò chơi dân gian của bà con Khmer tại chùa Xiêm Cán.
Đoàn công tác tặng quà chùa Xiêm Cán. Ảnh: Sơn Tùng
Tại các chùa, đoàn đã tặng 8 phần quà cho các chùa, mỗi phần trị giá 5 triệu đồng, và 150 phần quà Tết cho hộ đồng bào Khmer nghèo, mỗi phần gồm 10 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt. Tổng giá trị quà tặng hơn 120 triệu đồng, do Ủy ban MTTQ Việt Nam tỉnh và các doanh nghiệp đóng góp.
Tiếp đoàn, Hòa thượng Danh Đức, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Xiêm Cán (phường Vĩnh Trạch), bày tỏ vui mừng trước sự quan tâm của lãnh đạo tỉnh sau hợp nhất. Hiện toàn tỉnh Cà Mau (mới) có 96 chùa Phật giáo Nam tông Khmer với hơn 1.300 sư sãi, trong đó địa bàn Bạc Liêu cũ có 31 chùa.
Ngày hội trò chơi dân gian tại chùa Xiêm Cán thu hút khoảng 2.000 lượt người tham gia, cổ vũ. Bà con Khmer và du khách cùng tham gia các trò chơi truyền thống: ném còn (Bos Chhoung), kéo co, nhảy bao bố, bịt mắt đánh trống và đấu võ Kun Khmer biểu diễn. Có 12 đội thanh niên đến từ 6 phum, sóc tham gia thi kéo co.
Anh Thạch Sô Phol, Bí thư Chi đoàn ấp Giồng Me, xã Hưng Hội, cho biết năm nay chi đoàn vận động 40 thanh niên tập luyện trò chơi ném còn và dựng sân chơi cho thiếu nhi ngay trong khuôn viên chùa.
Phát biểu tại các điểm đến thăm, đồng chí Lâm Thị Kim Thoa chúc bà con đồng bào Khmer đón Tết vui tươi, an toàn; đề nghị các vị sư sãi, người có uy tín tiếp tục vận động bà con giữ gìn trò chơi dân gian, văn hóa truyền thống, chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước. Đồng chí cũng thông tin, thực hiện Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về công tác dân tộc, năm 2026 tỉnh sẽ tổ chức Hội thao các dân tộc thiểu số tỉnh lần đầu tiên sau hợp nhất vào tháng 11.
Cùng đi với đoàn có đồng chí Danh Thị Mỹ, Phó Chủ tịch UBND xã Hưng Hội; đồng chí Trần Văn Bảy, Chủ tịch Ủy ban MTTQ Việt Nam xã Ninh Quới.
Sơn Tùng
Tin liên quan
- Cà Mau: 3 đội ghe ngo tập luyện chuẩn bị Ok Om Bok (05/04/2026)
- Thăm, chúc Tết Chôl Chnăm Thmây tại xã Vĩnh Lợi (10/04/2026)
- Tuyên dương 60 người có uy tín tiêu biểu năm 2025 (25/03/2026)
""", "2026-04-13", "Chung vui trò chơi dân gian, tặng quà đồng bào Khmer dịp Tết Chôl Chnăm Thmây",
E("trao_qua", None, "2026-04-12"),
[P("Lâm Thị Kim Thoa", "Tỉnh ủy viên", "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Danh Đức", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Xiêm Cán"),
 P("Thạch Sô Phol", "Bí thư Chi đoàn ấp Giồng Me"),
 P("Danh Thị Mỹ", "Phó Chủ tịch UBND xã Hưng Hội"),
 P("Trần Văn Bảy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ninh Quới")],
[Q("8 phần quà", 8, "phần quà"), Q("5 triệu đồng", 5000000, "đồng"), Q("150 phần quà Tết", 150, "phần quà"), Q("10 kg", 10, "kg"),
 Q("300.000 đồng", 300000, "đồng"), Q("hơn 120 triệu đồng", 120000000, "đồng", "over"),
 Q("96 chùa Phật giáo Nam tông Khmer", 96, "chùa Phật giáo Nam tông Khmer"), Q("hơn 1.300 sư sãi", 1300, "sư sãi", "over"), Q("31 chùa", 31, "chùa"),
 Q("khoảng 2.000 lượt người", 2000, "lượt người", "approx"), Q("12 đội thanh niên", 12, "đội thanh niên"), Q("6 phum, sóc", 6, "phum, sóc"),
 Q("40 thanh niên", 40, "thanh niên")],
[D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", "Kết luận số 65-KL/TW ngày 30/10/2019")],
[prov("Cà Mau"), prov("Bạc Liêu"), com("Ninh Quới"), com("Hưng Hội"), com("Vĩnh Trạch")],
["Ban Tuyên giáo và Dân vận Tỉnh ủy Cà Mau", "Trang chủ | Hoạt động | Công tác dân tộc, tôn giáo", "Đoàn công tác tặng quà chùa Xiêm Cán. Ảnh: Sơn Tùng",
 "Chôl Chnăm Thmây", "Bos Chhoung", "Kun Khmer"],
["Cập nhật ngày 13/04/2026 - 15:10", "năm 2026", "lần đầu tiên", "tháng 11"]))
