from lib import *
PAGES = []

PAGES.append(page("b9251-binhphuoc-ca-daihoithidua-2015", """
BÁO BÌNH PHƯỚC ONLINE
Trang chủ :: Thời sự :: An ninh - Quốc phòng
Thứ Sáu, 26/06/2015, 08:40
Thiếu tướng Đặng Văn Lực trao cờ thi đua cho các tập thể. Ảnh: Thanh Nga
Đại hội thi đua "Vì an ninh Tổ quốc" Công an tỉnh lần thứ III
Ngày 25/6, Công an tỉnh Bình Phước tổ chức Đại hội thi đua "Vì an ninh Tổ quốc" lần thứ III (2010 – 2015). Dự đại hội có Thiếu tướng Đặng Văn Lực, Phó Cục trưởng Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc, Bộ Công an; đồng chí Lê Trường Giang, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh cùng 350 đại biểu là điển hình tiên tiến của lực lượng Công an và quần chúng.
Báo cáo tại đại hội do Đại tá Phạm Minh Tâm, Giám đốc Công an tỉnh trình bày cho biết, 5 năm qua phong trào thi đua được triển khai sâu rộng, gắn với thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng và cuộc vận động "Công an nhân dân học tập, thực hiện Sáu điều Bác Hồ dạy". Lực lượng Công an đã điều tra, làm rõ 2.864 vụ phạm pháp hình sự, đạt 86,4%; triệt phá 127 băng, nhóm tội phạm; vận động 412 đối tượng truy nã ra đầu thú.
Công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc có nhiều chuyển biến: toàn tỉnh có 3.120 tổ tự quản về an ninh trật tự, 98 xã, phường, thị trấn đạt tiêu chuẩn "An toàn về an ninh, trật tự". Nhân dân cung cấp hơn 12.000 nguồn tin liên quan đến an ninh trật tự. Cán bộ, chiến sĩ đóng góp hơn 4,5 tỷ đồng xây 86 căn nhà tình nghĩa cho đồng bào dân tộc thiểu số ở các xã biên giới.
Tham luận tại đại hội, Trung tá Điểu Lanh, Trưởng Công an xã Đắk Ơ, chia sẻ kinh nghiệm vận động đồng bào S'tiêng giao nộp vũ khí, vật liệu nổ; bà Thị Bích, người có uy tín sóc Bù Rên, xã Thiện Hưng, kể cách bà cùng chị em thuyết phục con em trong sóc không vượt biên làm thuê. Thiếu tá Lâm Văn Xuôl, Phó Trưởng Công an huyện Lộc Ninh, nêu giải pháp phối hợp với Đồn Biên phòng Hoa Lư nắm tình hình tuyến biên giới.
Phát biểu chỉ đạo, Thiếu tướng Đặng Văn Lực đánh giá cao kết quả Công an Bình Phước đạt được, đề nghị tiếp tục quán triệt Chỉ thị 09-CT/TW của Ban Bí thư, Nghị định 06/2014/NĐ-CP của Chính phủ; xây dựng, nhân rộng các mô hình tự quản, tự phòng, tự bảo vệ ở khu dân cư.
Dịp này, Bộ Công an tặng cờ thi đua cho 5 tập thể; UBND tỉnh tặng Bằng khen cho 48 tập thể, 76 cá nhân theo Quyết định số 1245, 1246/QĐ-UBND ngày 12/6/2015 của UBND tỉnh. Đại hội bầu 14 đại biểu dự Đại hội thi đua "Vì an ninh Tổ quốc" toàn lực lượng Công an nhân dân lần thứ VII.
Thanh Nga
Lượt xem: 2.046
Các tin đã đưa
- Bù Đốp: Tổng kết 10 năm mô hình "Ấp biên giới an toàn" (19/06/2015)
- Công an tỉnh tặng 10 căn nhà tình nghĩa ở xã Bù Gia Mập (08/06/2015)
- Chơn Thành: Đại hội thi đua "Vì an ninh Tổ quốc" lần thứ III (28/05/2015)
- Hội thi Công an xã giỏi cụm thi đua số 2 (15/05/2015)
""", "2015-06-26", "Đại hội thi đua \"Vì an ninh Tổ quốc\" Công an tỉnh lần thứ III",
E("dai_hoi", None, "2015-06-25"),
[P("Đặng Văn Lực", "Thiếu tướng", "Phó Cục trưởng Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc"),
 P("Lê Trường Giang", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Phạm Minh Tâm", "Đại tá", "Giám đốc Công an tỉnh"),
 P("Điểu Lanh", "Trung tá", "Trưởng Công an xã Đắk Ơ"),
 P("Thị Bích", "người có uy tín sóc Bù Rên"),
 P("Lâm Văn Xuôl", "Thiếu tá", "Phó Trưởng Công an huyện Lộc Ninh")],
[Q("350 đại biểu", 350, "đại biểu"), Q("2.864 vụ phạm pháp hình sự", 2864, "vụ phạm pháp hình sự"), Q("86,4%", 86.4, "%"),
 Q("127 băng, nhóm tội phạm", 127, "băng, nhóm tội phạm"), Q("412 đối tượng truy nã", 412, "đối tượng truy nã"),
 Q("3.120 tổ tự quản về an ninh trật tự", 3120, "tổ tự quản về an ninh trật tự"), Q("98 xã, phường, thị trấn", 98, "xã, phường, thị trấn"),
 Q("hơn 12.000 nguồn tin", 12000, "nguồn tin", "over"), Q("hơn 4,5 tỷ đồng", 4500000000, "đồng", "over"),
 Q("86 căn nhà tình nghĩa", 86, "căn nhà tình nghĩa"), Q("5 tập thể", 5, "tập thể"), Q("48 tập thể", 48, "tập thể"),
 Q("76 cá nhân", 76, "cá nhân"), Q("14 đại biểu", 14, "đại biểu")],
[D("Chỉ thị", "34", "CT/TW", "2014-04-07", "Bộ Chính trị", "Chỉ thị số 34-CT/TW ngày 07/4/2014"),
 D("Chỉ thị", "09", "CT/TW", None, "Ban Bí thư", "Chỉ thị 09-CT/TW"),
 D("Nghị định", "06", "2014/NĐ-CP", None, "Chính phủ", "Nghị định 06/2014/NĐ-CP"),
 D("Quyết định", "1245", "QĐ-UBND", "2015-06-12", "UBND tỉnh", "Quyết định số 1245, 1246/QĐ-UBND ngày 12/6/2015"),
 D("Quyết định", "1246", "QĐ-UBND", "2015-06-12", "UBND tỉnh", "Quyết định số 1245, 1246/QĐ-UBND ngày 12/6/2015")],
[prov("Bình Phước"), com("Đắk Ơ"), com("Thiện Hưng")],
["BÁO BÌNH PHƯỚC ONLINE", "Trang chủ :: Thời sự :: An ninh - Quốc phòng",
 "Thiếu tướng Đặng Văn Lực trao cờ thi đua cho các tập thể. Ảnh: Thanh Nga", "Vì an ninh Tổ quốc",
 "Công an nhân dân học tập, thực hiện Sáu điều Bác Hồ dạy", "An toàn về an ninh, trật tự", "Lượt xem: 2.046"],
["Thứ Sáu, 26/06/2015, 08:40", "lần thứ III", "2010 – 2015", "5 năm", "Sáu điều", "lần thứ VII", "Lượt xem: 2.046"]))

PAGES.append(page("b9252-gialai-mttq-giamsat-nd06-2015", """
Báo Gia Lai điện tử
Thời sự | Chính trị
Cập nhật: 15:20, 22/10/2015 (GMT+7)
Giám sát thực hiện Nghị định 06 của Chính phủ tại Chư Prông
(GLO)- Ngày 20/10, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Ksor Nhơn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Nghị định số 06/2014/NĐ-CP ngày 21/01/2014 của Chính phủ về biện pháp vận động quần chúng bảo vệ an ninh quốc gia, giữ gìn trật tự, an toàn xã hội tại Công an huyện Chư Prông và xã Ia Púch.
Đoàn giám sát làm việc với Công an huyện Chư Prông. Ảnh: Hồng Thi
Cuộc giám sát được tiến hành theo Kế hoạch giám sát số 15/KH-MTTQ-BTT ngày 28/9/2015 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, thực hiện Quyết định số 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền.
Theo báo cáo của Công an huyện, sau gần 2 năm triển khai Nghị định, huyện đã củng cố 312 tổ an ninh nhân dân ở 76 thôn, làng; vận động 21 người vượt biên trái phép trở về địa phương; phát hiện 14 vụ việc liên quan đến hoạt động của tà đạo "Hà Mòn" và "Tin lành Đê Ga", đều được xử lý ổn định. Đến nay khoảng 85% số làng có quy ước, hương ước gắn với giữ gìn an ninh trật tự. Mỗi tổ an ninh nhân dân được hỗ trợ 200.000 đồng/tháng từ ngân sách huyện.
Tại xã Ia Púch, đoàn đã gặp gỡ các già làng Ksor Bel, Siu Đoan, Rơ Lan Phin. Các già làng cho biết bà con đã tin tưởng hơn vào cán bộ Công an vì "cán bộ xuống làng thường xuyên, ăn cùng, ở cùng, nói tiếng Jrai với dân". Ông Rơ Châm Khiên, Phó Chủ tịch UBND huyện, thừa nhận một số thôn còn thiếu kinh phí hoạt động cho lực lượng tự quản; Thiếu tá Nguyễn Văn Hùng, Phó Trưởng Công an huyện Chư Prông, đề nghị tỉnh quan tâm đào tạo tiếng dân tộc cho cán bộ trẻ.
Kết luận buổi giám sát, ông Ksor Nhơn ghi nhận những kết quả mà Công an huyện và chính quyền xã đạt được; đồng thời chỉ ra hạn chế như việc tổng kết, nhân rộng mô hình còn chậm, một số tổ an ninh nhân dân hoạt động hình thức. Đoàn đề nghị Công an huyện phối hợp chặt chẽ với Ủy ban MTTQ huyện trong tuyên truyền, vận động; chính quyền xã Ia Púch và Ia Mơ bố trí kinh phí cho Ban công tác Mặt trận các làng để tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" gắn với phong trào bảo vệ an ninh Tổ quốc.
Bà Siu H'Nghiên, Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, cho biết kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường trực và kiến nghị với UBND tỉnh.
Hồng Thi
Lượt xem: 418
Tin liên quan
- Đức Cơ: Vận động 5 người vượt biên trở về (15/10/2015)
- Ủy ban MTTQ tỉnh giám sát chính sách hỗ trợ hộ nghèo (02/10/2015)
- Chư Sê ra mắt mô hình "Làng không có tội phạm" (21/09/2015)
- Hội nghị người có uy tín huyện Ia Grai (10/09/2015)
""", "2015-10-22", "Giám sát thực hiện Nghị định 06 của Chính phủ tại Chư Prông",
E("giam_sat", None, "2015-10-20"),
[P("Ksor Nhơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Bel", "già làng"), P("Siu Đoan", "già làng"), P("Rơ Lan Phin", "già làng"),
 P("Rơ Châm Khiên", "Phó Chủ tịch UBND huyện"),
 P("Nguyễn Văn Hùng", "Thiếu tá", "Phó Trưởng Công an huyện Chư Prông"),
 P("Siu H'Nghiên", "Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("312 tổ an ninh nhân dân", 312, "tổ an ninh nhân dân"), Q("76 thôn, làng", 76, "thôn, làng"), Q("21 người", 21, "người"),
 Q("14 vụ việc", 14, "vụ việc"), Q("khoảng 85%", 85, "%", "approx"), Q("200.000 đồng", 200000, "đồng")],
[D("Nghị định", "06", "2014/NĐ-CP", "2014-01-21", "Chính phủ", "Nghị định số 06/2014/NĐ-CP ngày 21/01/2014"),
 D("Kế hoạch", "15", "KH-MTTQ-BTT", "2015-09-28", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch giám sát số 15/KH-MTTQ-BTT ngày 28/9/2015"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013")],
[prov("Gia Lai"), com("Ia Púch"), com("Ia Mơ")],
["Báo Gia Lai điện tử", "Thời sự | Chính trị", "(GLO)", "Đoàn giám sát làm việc với Công an huyện Chư Prông. Ảnh: Hồng Thi",
 "Hà Mòn", "Tin lành Đê Ga", "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 418"],
["Cập nhật: 15:20, 22/10/2015 (GMT+7)", "gần 2 năm", "Nghị định 06", "Lượt xem: 418"]))

PAGES.append(page("b9253-haugiang-bcd-giaoban-q1-2016", """
HẬU GIANG ONLINE - Báo Hậu Giang
Vị trí: Trang chủ > Pháp luật > Phòng chống tội phạm
08:15 | 05/04/2016
Phát huy vai trò quần chúng trong phòng, chống tội phạm
(HG) - Chiều 4/4, Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Hậu Giang tổ chức giao ban công tác quý I năm 2016, triển khai nhiệm vụ quý II. Đại tá Nguyễn Văn Sáu, Phó Giám đốc Công an tỉnh - Phó Trưởng ban Thường trực Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh chủ trì.
Quang cảnh buổi giao ban. Ảnh: Vĩnh Phú
Trong quý, các ngành thành viên đã phối hợp tổ chức 215 cuộc tuyên truyền, thu hút hơn 18.000 lượt người dự. Quần chúng cung cấp 256 nguồn tin, giúp lực lượng Công an triệt xóa 4 tụ điểm mua bán ma túy, bắt 34 đối tượng. Toàn tỉnh xảy ra 58 vụ phạm pháp hình sự, giảm 9 vụ so với cùng kỳ; tỷ lệ điều tra, khám phá đạt 88,3%. Có 127 đối tượng nghiện được cai nghiện tại gia đình và cộng đồng.
Ban Chỉ đạo đã ban hành hướng dẫn số 05/HD-BCĐ về tiêu chí đánh giá mô hình tự quản; Công an tỉnh triển khai Kế hoạch 28, 29/KH-CAT về đợt cao điểm tấn công, trấn áp tội phạm dịp Tết Bính Thân và về bảo đảm an ninh bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021.
Tại buổi giao ban, các đại biểu đánh giá mô hình "Camera an ninh" ở thị trấn Ngã Sáu và "Tổ tự quản ấp không tội phạm" ở xã Vĩnh Viễn A đã phát huy hiệu quả. Ông Danh Út, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Long Mỹ, cho biết huyện có 12 điểm chùa Khmer phối hợp tuyên truyền. Bà Thạch Thị Sa Quênh, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, đề nghị lồng ghép nội dung phòng, chống bạo lực gia đình vào các buổi sinh hoạt tổ tự quản.
Kết luận buổi giao ban, Đại tá Nguyễn Văn Sáu yêu cầu quý II các thành viên Ban Chỉ đạo tập trung bảo đảm tuyệt đối an toàn cuộc bầu cử ngày 22/5; tiếp tục thực hiện Nghị định 06/2014/NĐ-CP; đẩy mạnh phong trào "Toàn dân bảo vệ an ninh Tổ quốc" gắn với "Ngày vì người nghèo". Đồng chí cũng giao Phòng Tham mưu Công an tỉnh theo dõi việc thực hiện chế độ thông tin, báo cáo định kỳ của các thành viên, chậm nhất ngày 25 tháng cuối quý.
Trước đó, Trung tá Lê Thành Nhân, Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc Công an tỉnh, thông qua dự thảo kế hoạch tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2016, dự kiến chọn 8 xã, phường làm điểm.
Vĩnh Phú
Số lượt xem: 733
Tin khác
- Vị Thanh: Sơ kết mô hình "Camera an ninh" (30/03/2016)
- Công an tỉnh gặp mặt chức sắc tôn giáo (22/03/2016)
- Phụng Hiệp: 20 tổ tự quản được khen thưởng (14/03/2016)
- Tăng cường tuần tra dịp lễ hội Nghinh Ông (02/03/2016)
""", "2016-04-05", "Phát huy vai trò quần chúng trong phòng, chống tội phạm",
E("giao_ban", "2016-Q1", "2016-04-04"),
[P("Nguyễn Văn Sáu", "Đại tá", "Phó Giám đốc Công an tỉnh - Phó Trưởng ban Thường trực Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh"),
 P("Danh Út", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Long Mỹ"),
 P("Thạch Thị Sa Quênh", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Lê Thành Nhân", "Trung tá", "Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc Công an tỉnh")],
[Q("215 cuộc tuyên truyền", 215, "cuộc tuyên truyền"), Q("hơn 18.000 lượt người", 18000, "lượt người", "over"),
 Q("256 nguồn tin", 256, "nguồn tin"), Q("4 tụ điểm mua bán ma túy", 4, "tụ điểm mua bán ma túy"), Q("34 đối tượng", 34, "đối tượng"),
 Q("58 vụ phạm pháp hình sự", 58, "vụ phạm pháp hình sự"), Q("9 vụ", 9, "vụ"), Q("88,3%", 88.3, "%"),
 Q("127 đối tượng nghiện", 127, "đối tượng nghiện"), Q("12 điểm chùa Khmer", 12, "điểm chùa Khmer"), Q("8 xã, phường", 8, "xã, phường")],
[D("Hướng dẫn", "05", "HD-BCĐ", None, "Ban Chỉ đạo", "hướng dẫn số 05/HD-BCĐ"),
 D("Kế hoạch", "28", "KH-CAT", None, "Công an tỉnh", "Kế hoạch 28, 29/KH-CAT"),
 D("Kế hoạch", "29", "KH-CAT", None, "Công an tỉnh", "Kế hoạch 28, 29/KH-CAT"),
 D("Nghị định", "06", "2014/NĐ-CP", None, None, "Nghị định 06/2014/NĐ-CP")],
[prov("Hậu Giang"), com("Ngã Sáu"), com("Vĩnh Viễn A")],
["HẬU GIANG ONLINE - Báo Hậu Giang", "Vị trí: Trang chủ > Pháp luật > Phòng chống tội phạm", "(HG)",
 "Quang cảnh buổi giao ban. Ảnh: Vĩnh Phú", "Camera an ninh", "Tổ tự quản ấp không tội phạm",
 "Toàn dân bảo vệ an ninh Tổ quốc", "Ngày vì người nghèo", "Số lượt xem: 733"],
["08:15 | 05/04/2016", "năm 2016", "quý I năm 2016", "quý II", "khóa XIV", "nhiệm kỳ 2016 - 2021", "ngày 22/5", "ngày 25", "Số lượt xem: 733"]))

PAGES.append(page("b9254-thanhhoa-ca-doithoai-muonglat-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG LÁT - TỈNH THANH HÓA
Tin tức » Quốc phòng - An ninh
Thứ Hai, 12/06/2017 - 09:05
Người dân Pù Nhi đối thoại thẳng thắn với Công an huyện
Ngày 9/6, Công an huyện Mường Lát (tỉnh Thanh Hóa) phối hợp UBND xã Pù Nhi tổ chức buổi đối thoại với nhân dân năm 2017 về công tác bảo đảm an ninh trật tự, phòng, chống di cư tự do và mua bán người. Thượng tá Hà Văn Ban, Trưởng Công an huyện và Chủ tịch UBND xã Pù Nhi Thào Văn Vừ đồng chủ trì; hơn 150 người dân các bản Pù Toong, Nàng 1, Nàng 2, Cang tham dự.
Thượng tá Hà Văn Ban trả lời ý kiến của người dân. Ảnh: Lò Dung
Tại buổi đối thoại, bà con đã nêu 28 ý kiến, tập trung vào việc đăng ký hộ khẩu, cấp giấy chứng minh nhân dân cho người di cư tự do trở về, tranh chấp đất nương giữa các dòng họ và tình trạng người lạ vào bản rủ rê phụ nữ sang Trung Quốc làm thuê. Ông Lầu Văn Sình, bản Pù Toong, đề nghị làm rõ thủ tục nhập khẩu cho 7 hộ từ Điện Biên trở về; bà Vừ Thị Dia, Chi hội trưởng Chi hội Phụ nữ bản Nàng 1, lo lắng khi 3 phụ nữ trong bản đi làm thuê đã hơn 1 năm chưa liên lạc được.
Lãnh đạo Công an huyện và các ngành đã giải đáp 22 ý kiến ngay tại buổi đối thoại; 6 ý kiến còn lại được ghi nhận, chuyển UBND huyện xem xét. Đại úy Lò Văn Chiến, Phó Trưởng Công an huyện, cho biết năm 2016 Công an huyện đã phối hợp Bộ đội Biên phòng giải cứu 5 nạn nhân bị mua bán, làm thủ tục đăng ký thường trú cho 35 hộ di cư tự do trở về. Ông Phạm Bá Nguyên, Phó Chủ tịch UBND huyện Mường Lát, thông tin huyện đang triển khai Quyết định số 1776/QĐ-TTg ngày 21/11/2012 của Thủ tướng Chính phủ về bố trí dân cư, dự kiến hỗ trợ 12 ha đất sản xuất cho các hộ thiếu đất ở Pù Nhi, mức hỗ trợ làm nhà 25 triệu đồng/hộ.
Phát biểu kết thúc, Thượng tá Hà Văn Ban cảm ơn tinh thần thẳng thắn của bà con, cam kết Công an huyện sẽ bố trí cán bộ làm thủ tục hộ khẩu tại xã vào ngày 15 hằng tháng. Đồng chí đề nghị nhân dân thực hiện tốt quy ước bản, nghị quyết 09-NQ/HU của Ban Chấp hành Đảng bộ huyện về phòng, chống di cư tự do, và Quy chế phối hợp số 03/QCPH-CAH-UBND giữa Công an huyện với UBND các xã biên giới; mỗi người dân là một "cột mốc sống" trên biên giới.
Ông Thào A Chứ, Bí thư Chi bộ bản Cang, hứa sẽ cùng trưởng các dòng họ Thào, Vừ, Lầu họp dòng họ, phổ biến lại những nội dung đã đối thoại.
Lò Dung
Lượt truy cập: 286
Xem thêm
- Mường Lát: Tuyên truyền Luật Biên giới quốc gia tại xã Tam Chung (02/06/2017)
- Trao 50 suất học bổng cho học sinh dân tộc Mông (25/05/2017)
- Xã Mường Chanh ra mắt tổ an ninh nhân dân (16/05/2017)
- Hội nghị giao ban công tác dân vận quý I/2017 (10/04/2017)
""", "2017-06-12", "Người dân Pù Nhi đối thoại thẳng thắn với Công an huyện",
E("doi_thoai", "2017", "2017-06-09"),
[P("Hà Văn Ban", "Thượng tá", "Trưởng Công an huyện"),
 P("Thào Văn Vừ", "Chủ tịch UBND xã Pù Nhi"),
 P("Lầu Văn Sình"),
 P("Vừ Thị Dia", "Chi hội trưởng Chi hội Phụ nữ bản Nàng 1"),
 P("Lò Văn Chiến", "Đại úy", "Phó Trưởng Công an huyện"),
 P("Phạm Bá Nguyên", "Phó Chủ tịch UBND huyện Mường Lát"),
 P("Thào A Chứ", "Bí thư Chi bộ bản Cang")],
[Q("hơn 150 người dân", 150, "người dân", "over"), Q("28 ý kiến", 28, "ý kiến"), Q("7 hộ", 7, "hộ"), Q("3 phụ nữ", 3, "phụ nữ"),
 Q("22 ý kiến", 22, "ý kiến"), Q("6 ý kiến", 6, "ý kiến"), Q("5 nạn nhân", 5, "nạn nhân"), Q("35 hộ di cư tự do", 35, "hộ di cư tự do"),
 Q("12 ha", 12, "ha"), Q("25 triệu đồng", 25000000, "đồng")],
[D("Quyết định", "1776", "QĐ-TTg", "2012-11-21", "Thủ tướng Chính phủ", "Quyết định số 1776/QĐ-TTg ngày 21/11/2012"),
 D("Nghị quyết", "09", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "nghị quyết 09-NQ/HU"),
 D("Quy chế phối hợp", "03", "QCPH-CAH-UBND", None, None, "Quy chế phối hợp số 03/QCPH-CAH-UBND")],
[prov("Thanh Hóa"), com("Pù Nhi")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG LÁT - TỈNH THANH HÓA", "Tin tức » Quốc phòng - An ninh",
 "Thượng tá Hà Văn Ban trả lời ý kiến của người dân. Ảnh: Lò Dung", "cột mốc sống", "Lượt truy cập: 286"],
["Thứ Hai, 12/06/2017 - 09:05", "năm 2017", "hơn 1 năm", "năm 2016", "ngày 15", "Lượt truy cập: 286"]))

PAGES.append(page("b9255-baclieu-truongcax-chandung-2017", """
BÁO BẠC LIÊU - Cơ quan của Đảng bộ tỉnh Bạc Liêu
Thứ Hai, 20/11/2017
Trang nhất › Xã hội › Gương sáng
Cập nhật lúc 07:30 ngày 20/11/2017
Thiếu tá Danh Sà Rây cùng tổ tự quản tuần tra trên tuyến đường ấp Hòa Thạnh. Ảnh: Kim Oanh
Người Trưởng Công an xã "gần dân, hiểu dân"
7 năm làm Trưởng Công an xã Hưng Hội, Thiếu tá Danh Sà Rây đã trở thành chỗ dựa của bà con người Khmer, người Kinh ở vùng đất giáp ranh thành phố Bạc Liêu và huyện Vĩnh Lợi.
Sinh ra trong gia đình nông dân ở ấp Hòa Thạnh, anh Danh Sà Rây vào ngành Công an năm 2003. Năm 2010, khi về làm Trưởng Công an xã Hưng Hội, anh đối mặt với tình trạng trộm cắp gia súc, cờ bạc và nhiều vụ mâu thuẫn đất đai kéo dài. "Muốn dân tin thì mình phải ở gần dân, việc gì hứa là phải làm", anh nói.
Anh cùng Công an xã xây dựng 9 tổ nhân dân tự quản, vận động bà con gắn 46 đèn chiếu sáng "Thắp sáng đường quê" dọc 3,5 km đường nông thôn. Đến nay, Công an xã đã hòa giải thành 56 vụ việc mâu thuẫn, giúp 14 thanh niên từng lầm lỡ trở về làm ăn lương thiện, trong đó có 6 em được giới thiệu việc làm tại các công ty ở Bình Dương.
Ông Lâm Văn Hên, Trưởng ấp Hòa Thạnh, nhận xét: "Chú Sà Rây nói tiếng Khmer với bà con, đêm nào có chuyện là có mặt". Bà Trần Thị Phà, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Hưng Hội, cho biết ba năm liền xã không có trọng án, được công nhận xã đạt tiêu chuẩn "An toàn về an ninh, trật tự".
Không chỉ giữ bình yên, anh Danh Sà Rây còn vận động các mạnh thường quân xây 3 căn nhà tình thương cho hộ nghèo, mỗi căn trị giá 45 triệu đồng; phối hợp chùa Xiêm Cán mở lớp dạy chữ Khmer cho 120 em học sinh trong dịp hè. Năm 2016, anh được Bộ trưởng Bộ Công an tặng Bằng khen theo Quyết định số 2134/QĐ-BCA ngày 12/5/2016 của Bộ trưởng Bộ Công an.
Trung tá Trịnh Văn Đời, Trưởng Công an thành phố Bạc Liêu, đánh giá: "Sà Rây là một trong những Trưởng Công an xã tiêu biểu của tỉnh, làm tốt lời Bác dạy 'Đối với nhân dân phải kính trọng, lễ phép'". Điều anh trăn trở nhất là lực lượng Công an xã còn mỏng, nhiều đồng chí phải kiêm nhiệm, phụ cấp thấp. Anh thường xuyên họp tổ tự quản vào tối thứ Bảy để nghe bà con phản ánh, rồi phân công từng người phụ trách từng xóm, "việc nhỏ giải quyết trong ấp, không để thành việc lớn".
Tháng 8/2017, anh được chọn là 1 trong 10 gương "Công an xã vì nhân dân phục vụ" của tỉnh.
Kim Oanh
Lượt xem: 1.877
Tin cùng chuyên mục
- Cô giáo Khmer 20 năm gieo chữ ở vùng sâu (15/11/2017)
- Đồng Hải: nông dân hiến 1.500 m2 đất làm đường (08/11/2017)
- Ông Tám Lợi với nghề hòa giải ở ấp (01/11/2017)
- Cựu chiến binh giúp nhau thoát nghèo (24/10/2017)
""", "2017-11-20", "Người Trưởng Công an xã \"gần dân, hiểu dân\"",
E("khac", None, None),
[P("Danh Sà Rây", "Trưởng Công an xã Hưng Hội", "Thiếu tá"),
 P("Lâm Văn Hên", "Trưởng ấp Hòa Thạnh"),
 P("Trần Thị Phà", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Hưng Hội"),
 P("Trịnh Văn Đời", "Trung tá", "Trưởng Công an thành phố Bạc Liêu")],
[Q("9 tổ nhân dân tự quản", 9, "tổ nhân dân tự quản"), Q("46 đèn chiếu sáng", 46, "đèn chiếu sáng"), Q("3,5 km", 3.5, "km"),
 Q("56 vụ việc mâu thuẫn", 56, "vụ việc mâu thuẫn"), Q("14 thanh niên", 14, "thanh niên"), Q("6 em", 6, "em"),
 Q("3 căn nhà tình thương", 3, "căn nhà tình thương"), Q("45 triệu đồng", 45000000, "đồng"), Q("120 em học sinh", 120, "em học sinh"),
 Q("10 gương", 10, "gương")],
[D("Quyết định", "2134", "QĐ-BCA", "2016-05-12", "Bộ trưởng Bộ Công an", "Quyết định số 2134/QĐ-BCA ngày 12/5/2016")],
[prov("Bạc Liêu"), com("Hưng Hội")],
["BÁO BẠC LIÊU - Cơ quan của Đảng bộ tỉnh Bạc Liêu", "Trang nhất › Xã hội › Gương sáng",
 "Thiếu tá Danh Sà Rây cùng tổ tự quản tuần tra trên tuyến đường ấp Hòa Thạnh. Ảnh: Kim Oanh", "Thắp sáng đường quê",
 "An toàn về an ninh, trật tự", "Công an xã vì nhân dân phục vụ", "việc nhỏ giải quyết trong ấp, không để thành việc lớn", "Đối với nhân dân phải kính trọng, lễ phép", "Lượt xem: 1.877"],
["Thứ Hai, 20/11/2017", "Cập nhật lúc 07:30 ngày 20/11/2017", "7 năm", "năm 2003", "Năm 2010", "ba năm", "Năm 2016",
 "Tháng 8/2017", "1 trong 10", "Lượt xem: 1.877"]))

PAGES.append(page("b9256-quangnam-ca-tongket-danvan-2018", """
CÔNG AN TỈNH QUẢNG NAM
Hôm nay: Thứ Hai, 24/12/2018
Trang chủ / Tin tức - Sự kiện / Hoạt động Công an tỉnh
21/12/2018 - 17:40
Toàn cảnh hội nghị.
Công an Quảng Nam triển khai công tác dân vận năm 2019
Sáng 20/12, Đảng ủy Công an tỉnh tổ chức hội nghị tổng kết công tác dân vận trong lực lượng Công an nhân dân năm 2018, triển khai nhiệm vụ năm 2019. Đại tá Nguyễn Đức Dũng, Phó Bí thư Đảng ủy, Giám đốc Công an tỉnh chủ trì; dự có đồng chí Zơ Râm Dũng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và 31 đồng chí Bí thư chi bộ, trưởng các phòng, Công an huyện, thị xã, thành phố.
Theo báo cáo, năm 2018 lực lượng Công an tỉnh đã thực hiện tốt Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp và Quy định 29, 30-QĐ/ĐU của Đảng ủy Công an tỉnh về trách nhiệm của người đứng đầu trong tiếp dân và về tác phong, lề lối làm việc khi tiếp xúc với nhân dân. Toàn lực lượng đã tiếp nhận 386 đơn thư, giải quyết 371 đơn, đạt 96,1%; cấp hơn 42.000 giấy chứng minh nhân dân, trong đó 1.350 trường hợp được cấp lưu động tại nhà cho người già, người khuyết tật ở vùng núi.
Hưởng ứng phong trào thi đua "Dân vận khéo", toàn tỉnh có 245 mô hình dân vận khéo trong Công an, tiêu biểu là "Đồn Công an gần dân" ở Nam Giang, "Ngôi nhà bình yên" ở Tam Kỳ. Cán bộ, chiến sĩ đóng góp 3.200 ngày công, hơn 1,6 tỷ đồng, xây 54 căn nhà cho hộ nghèo đồng bào Cơ Tu, Xơ Đăng, Giẻ Triêng; tặng 1.250 suất quà Tết cho các gia đình chính sách.
Tại hội nghị, Thiếu tá Alăng Thị Hạnh, Phó Trưởng Công an huyện Tây Giang, chia sẻ việc vận động đồng bào Cơ Tu giao nộp 62 khẩu súng tự chế; Trung tá Bhling Mia, Trưởng Công an xã Lăng, giới thiệu mô hình "Già làng giữ bình yên thôn bản". Đồng chí Coor Thị Năm, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang, đề nghị duy trì 100% Công an xã có cán bộ biết tiếng dân tộc.
Phát biểu chỉ đạo, đồng chí Zơ Râm Dũng đánh giá cao việc lực lượng Công an gắn công tác dân vận với thực hiện nhiệm vụ chuyên môn, thực hiện "4 tốt" ở cơ sở. Kết luận hội nghị, Đại tá Nguyễn Đức Dũng yêu cầu năm 2019 tiếp tục quán triệt Kế hoạch số 305/KH-BCA-X11 của Bộ Công an về thực hiện Quy chế dân vận trong Công an nhân dân; nâng cao chất lượng tiếp công dân, không để phát sinh khiếu kiện đông người.
Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 18 tập thể, 27 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2018.
Phòng Công tác Đảng và Công tác chính trị
Lượt xem: 915
TIN CÙNG CHUYÊN MỤC
- Công an tỉnh trao 20 suất học bổng cho học sinh Cơ Tu (14/12/2018)
- Nam Trà My: Ra mắt mô hình "Thôn an toàn về ANTT" (05/12/2018)
- Hội thi "Dân vận khéo" trong Công an tỉnh (26/11/2018)
- Đông Giang: Vận động 10 hộ trả lại đất rừng lấn chiếm (12/11/2018)
""", "2018-12-21", "Công an Quảng Nam triển khai công tác dân vận năm 2019",
E("tong_ket", "2018", "2018-12-20"),
[P("Nguyễn Đức Dũng", "Đại tá", "Phó Bí thư Đảng ủy", "Giám đốc Công an tỉnh"),
 P("Zơ Râm Dũng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Alăng Thị Hạnh", "Thiếu tá", "Phó Trưởng Công an huyện Tây Giang"),
 P("Bhling Mia", "Trung tá", "Trưởng Công an xã Lăng"),
 P("Coor Thị Năm", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang")],
[Q("31 đồng chí", 31, "đồng chí"), Q("386 đơn thư", 386, "đơn thư"), Q("371 đơn", 371, "đơn"), Q("96,1%", 96.1, "%"),
 Q("hơn 42.000 giấy chứng minh nhân dân", 42000, "giấy chứng minh nhân dân", "over"), Q("1.350 trường hợp", 1350, "trường hợp"),
 Q("245 mô hình dân vận khéo", 245, "mô hình dân vận khéo"), Q("3.200 ngày công", 3200, "ngày công"),
 Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"), Q("54 căn nhà", 54, "căn nhà"), Q("1.250 suất quà Tết", 1250, "suất quà"),
 Q("62 khẩu súng tự chế", 62, "khẩu súng tự chế"), Q("100%", 100, "%"), Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Quy định", "29", "QĐ/ĐU", None, "Đảng ủy Công an tỉnh", "Quy định 29, 30-QĐ/ĐU"),
 D("Quy định", "30", "QĐ/ĐU", None, "Đảng ủy Công an tỉnh", "Quy định 29, 30-QĐ/ĐU"),
 D("Kế hoạch", "305", "KH-BCA-X11", None, "Bộ Công an", "Kế hoạch số 305/KH-BCA-X11")],
[prov("Quảng Nam"), com("Lăng")],
["CÔNG AN TỈNH QUẢNG NAM", "Trang chủ / Tin tức - Sự kiện / Hoạt động Công an tỉnh", "Toàn cảnh hội nghị.", "Dân vận khéo",
 "Đồn Công an gần dân", "Ngôi nhà bình yên", "Già làng giữ bình yên thôn bản", "Quy chế dân vận",
 "Phòng Công tác Đảng và Công tác chính trị", "Lượt xem: 915"],
["Hôm nay: Thứ Hai, 24/12/2018", "21/12/2018 - 17:40", "31 đồng chí", "năm 2018", "năm 2019", "4 tốt", "Lượt xem: 915"]))
