from lib import *
PAGES = []

PAGES.append(page("b7187-binhduong-mttq-giaoban-quy3-2017", """
BÁO BÌNH DƯƠNG ONLINE
Hôm nay: Thứ Sáu, 06/10/2017
Chính trị › Mặt trận - Đoàn thể
Cập nhật lúc 16:20 ngày 06/10/2017
Đồng chí Trần Thị Kim Hoa chủ trì buổi giao ban.
Giao ban công tác Mặt trận quý III: Tập trung giám sát việc giải quyết đơn thư của dân
(BDO) Sáng 5-10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Dương tổ chức giao ban công tác Mặt trận quý III năm 2017 với Ủy ban MTTQ các huyện, thị xã, thành phố. Đồng chí Trần Thị Kim Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Báo cáo tại buổi giao ban cho thấy, trong quý, Mặt trận các cấp đã tiếp 148 lượt công dân, tiếp nhận 93 đơn thư, tăng 17 đơn so với quý II. Nội dung chủ yếu là tranh chấp đất đai, bồi thường giải phóng mặt bằng và tố cáo cán bộ ấp, khu phố có biểu hiện nhũng nhiễu khi xác nhận hồ sơ. Mặt trận đã chuyển 79 đơn đến cơ quan chức năng, đôn đốc giải quyết xong 52 đơn.
Ban Thanh tra nhân dân ở 91 xã, phường, thị trấn đã giám sát 204 cuộc, phát hiện 11 vụ việc sai phạm trong thu chi ngân sách xã và quản lý quỹ đất công, kiến nghị thu hồi hơn 640 triệu đồng. Riêng tại phường Tân Định, thị xã Bến Cát, qua giám sát phát hiện một công trình đường nội ô thi công sai thiết kế, kiến nghị chủ đầu tư cắt giảm khoảng 12% giá trị quyết toán.
Ông Nguyễn Văn Lợi, Chủ tịch Ủy ban MTTQ thị xã Thuận An, cho biết Mặt trận thị xã vừa chủ trì giám sát việc cấp giấy phép xây dựng tại phường An Phú; phát hiện 26 trường hợp xây dựng sai phép nhưng chưa bị xử lý kịp thời. Bà Lê Thị Mỹ Hạnh, Phó Chủ tịch Ủy ban MTTQ huyện Dầu Tiếng, phản ánh nhiều kiến nghị sau giám sát chưa được cơ quan chức năng trả lời, làm giảm hiệu quả hoạt động giám sát của Mặt trận.
Phát biểu chỉ đạo, đồng chí Trần Thị Kim Hoa đề nghị quý IV tập trung thực hiện Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận; chuẩn bị tốt việc tổng kết năm và công tác phối hợp tiếp công dân theo Kế hoạch số 64/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh. Đồng chí lưu ý các địa phương theo dõi đến cùng các kiến nghị, nếu quá thời hạn chưa được trả lời phải báo cáo về Ban Thường trực để có văn bản đôn đốc.
Buổi giao ban cũng thống nhất nội dung giám sát chuyên đề năm 2018 về việc quản lý, sử dụng đất công và thực hiện Chỉ thị số 50-CT/TW ngày 7/12/2015 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác phát hiện, xử lý vụ việc, vụ án tham nhũng.
Huỳnh Anh
Tin khác
- Mặt trận Tân Uyên góp ý xây dựng Đảng, chính quyền (28/09/2017)
- Thủ Dầu Một: 100% khu phố có tổ hòa giải (20/09/2017)
- Phú Giáo tập huấn kỹ năng giám sát cho cán bộ Mặt trận (11/09/2017)
""", "2017-10-06", "Giao ban công tác Mặt trận quý III: Tập trung giám sát việc giải quyết đơn thư của dân",
E("giao_ban", "2017-Q3", "2017-10-05"),
[P("Trần Thị Kim Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Lợi", "Chủ tịch Ủy ban MTTQ thị xã Thuận An"),
 P("Lê Thị Mỹ Hạnh", "Phó Chủ tịch Ủy ban MTTQ huyện Dầu Tiếng")],
[Q("148 lượt công dân", 148, "lượt công dân"), Q("93 đơn thư", 93, "đơn thư"), Q("17 đơn", 17, "đơn"),
 Q("79 đơn", 79, "đơn"), Q("52 đơn", 52, "đơn"), Q("91 xã, phường, thị trấn", 91, "xã, phường, thị trấn"),
 Q("204 cuộc", 204, "cuộc"), Q("11 vụ việc sai phạm", 11, "vụ việc sai phạm"),
 Q("hơn 640 triệu đồng", 640000000, "đồng", "over"), Q("khoảng 12%", 12, "%", "approx"),
 Q("26 trường hợp", 26, "trường hợp")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-06-15", None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017"),
 D("Kế hoạch", "64", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 64/KH-MTTQ-BTT"),
 D("Chỉ thị", "50", "CT/TW", "2015-12-07", "Bộ Chính trị", "Chỉ thị số 50-CT/TW ngày 7/12/2015")],
[prov("Bình Dương"), com("Tân Định"), com("An Phú")],
["BÁO BÌNH DƯƠNG ONLINE", "Hôm nay: Thứ Sáu, 06/10/2017", "Chính trị › Mặt trận - Đoàn thể",
 "Đồng chí Trần Thị Kim Hoa chủ trì buổi giao ban.", "(BDO)"],
["Hôm nay: Thứ Sáu, 06/10/2017", "Cập nhật lúc 16:20 ngày 06/10/2017", "quý III năm 2017", "quý II", "quý IV", "năm 2018"]))

PAGES.append(page("b7188-hue-mttq-baocao-giamsat-2017", """
Thừa Thiên Huế Online - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thừa Thiên Huế
Vị trí: Thời sự | Chính trị
20/12/2017 | 09:45
Mặt trận báo cáo kết quả giám sát: Còn 34 kiến nghị chưa được trả lời
Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế vừa có Báo cáo số 118/BC-MTTQ-BTT ngày 18/12/2017 gửi Tỉnh ủy, HĐND, UBND tỉnh về kết quả công tác giám sát, tham gia phòng, chống tham nhũng và giải quyết đơn thư năm 2017.
Theo báo cáo, năm 2017 Mặt trận các cấp trong tỉnh chủ trì 356 cuộc giám sát, phối hợp tham gia 412 cuộc; nội dung tập trung vào thực hiện chính sách bảo hiểm y tế, hỗ trợ nhà ở cho người có công, quản lý trật tự xây dựng trong khu vực di tích. Qua giám sát, Mặt trận đưa ra 187 kiến nghị, đến nay đã có 153 kiến nghị được cơ quan chức năng tiếp thu, trả lời; còn 34 kiến nghị chưa được trả lời, chủ yếu ở cấp huyện.
Ban Thường trực Ủy ban MTTQ tỉnh đã tiếp 219 lượt công dân, nhận 176 đơn thư, trong đó 38 đơn tố cáo cán bộ, công chức. Sau khi phân loại, Mặt trận chuyển 142 đơn đến cơ quan có thẩm quyền, theo dõi, đôn đốc giải quyết được 117 đơn. Một số vụ việc được dư luận quan tâm như tố cáo việc thu tiền chênh lệch khi giao đất tái định cư tại phường Hương Sơ đã được cơ quan chức năng làm rõ, xử lý kỷ luật 2 cán bộ địa chính.
Báo cáo nêu, Ban Thanh tra nhân dân ở 152 xã, phường, thị trấn hoạt động tương đối đều; riêng Ban Thanh tra nhân dân xã Phú Mậu phát hiện việc thu quỹ quốc phòng - an ninh vượt mức quy định, kiến nghị trả lại cho nhân dân khoảng 74 triệu đồng. Tuy nhiên, vẫn còn 11 ban hoạt động cầm chừng, có ban cả năm không tổ chức được cuộc giám sát nào.
Ông Hoàng Văn Thảo, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết: "Hạn chế lớn nhất là khâu theo dõi sau giám sát. Nhiều kiến nghị gửi đi nhưng không được phản hồi, Mặt trận lại thiếu chế tài để đôn đốc".
Trên cơ sở đó, Ban Thường trực đề nghị UBND tỉnh chỉ đạo các sở, ngành, địa phương trả lời dứt điểm các kiến nghị tồn đọng trước ngày 31/01/2018; thực hiện đúng Quy chế phối hợp số 05/QCPH-UBND-MTTQ giữa UBND tỉnh và Ủy ban MTTQ tỉnh; đồng thời đề nghị Tỉnh ủy chỉ đạo tổ chức sơ kết Chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường vai trò của Mặt trận trong phòng, chống tham nhũng, lãng phí.
Năm 2018, Mặt trận tỉnh dự kiến chủ trì 3 cuộc giám sát chuyên đề, trong đó có việc thực hiện Luật Tiếp công dân tại 4 huyện, thị xã, và tiếp tục triển khai Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN trong toàn hệ thống.
Minh Hiền
Tin cùng chuyên mục
- Phú Lộc: đối thoại với người dân về dự án khu du lịch (14/12/2017)
- Mặt trận thành phố Huế tổng kết phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" (08/12/2017)
- 5 Ban Thanh tra nhân dân được tặng bằng khen (30/11/2017)
""", "2017-12-20", "Mặt trận báo cáo kết quả giám sát: Còn 34 kiến nghị chưa được trả lời",
E("bao_cao", "2017", "2017-12-18"),
[P("Hoàng Văn Thảo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("34 kiến nghị", 34, "kiến nghị"), Q("356 cuộc giám sát", 356, "cuộc giám sát"), Q("412 cuộc", 412, "cuộc"),
 Q("187 kiến nghị", 187, "kiến nghị"), Q("153 kiến nghị", 153, "kiến nghị"),
 Q("219 lượt công dân", 219, "lượt công dân"), Q("176 đơn thư", 176, "đơn thư"), Q("38 đơn tố cáo", 38, "đơn tố cáo"),
 Q("142 đơn", 142, "đơn"), Q("117 đơn", 117, "đơn"), Q("2 cán bộ địa chính", 2, "cán bộ địa chính"),
 Q("152 xã, phường, thị trấn", 152, "xã, phường, thị trấn"), Q("khoảng 74 triệu đồng", 74000000, "đồng", "approx"),
 Q("11 ban", 11, "ban"), Q("3 cuộc giám sát chuyên đề", 3, "cuộc giám sát chuyên đề"), Q("4 huyện, thị xã", 4, "huyện, thị xã")],
[D("Báo cáo", "118", "BC-MTTQ-BTT", "2017-12-18", None, "Báo cáo số 118/BC-MTTQ-BTT ngày 18/12/2017"),
 D("Quy chế phối hợp", "05", "QCPH-UBND-MTTQ", None, None, "Quy chế phối hợp số 05/QCPH-UBND-MTTQ"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")],
[prov("Thừa Thiên Huế"), com("Hương Sơ"), com("Phú Mậu")],
["Thừa Thiên Huế Online - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thừa Thiên Huế", "Vị trí: Thời sự | Chính trị",
 "Luật Tiếp công dân"],
["20/12/2017 | 09:45", "năm 2017", "ngày 31/01/2018", "Năm 2018"]))

PAGES.append(page("b7189-khanhhoa-mttq-giamsat-datdai-2018", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Thời sự - Chính trị | Đời sống
Thứ Tư, 12/9/2018 - 08:50
Mặt trận tỉnh giám sát việc quản lý đất công tại Cam Lâm
Ngày 11-9, đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa do bà Võ Thị Ngọc Trinh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc quản lý, sử dụng đất công ích và giải quyết đơn thư về đất đai tại UBND huyện Cam Lâm. Tham gia đoàn có đại diện Sở Tài nguyên và Môi trường, Thanh tra tỉnh, Ban Dân vận Tỉnh ủy.
Quang cảnh buổi làm việc. Ảnh: Hải Đăng
Theo báo cáo của UBND huyện, toàn huyện hiện có gần 1.850 ha đất công do UBND các xã quản lý, trong đó khoảng 420 ha bị lấn chiếm hoặc cho thuê, mượn không đúng quy định. Từ năm 2016 đến tháng 8/2018, huyện nhận 297 đơn liên quan đến đất đai, đã giải quyết 251 đơn; thanh tra tại 5 xã, phát hiện cán bộ địa chính xã Cam Hải Tây tự ý xác nhận nguồn gốc đất cho 17 hộ để hợp thức hóa, đã kỷ luật cảnh cáo 1 cán bộ và đề nghị thu hồi các giấy chứng nhận đã cấp sai.
Ông Lê Văn Nhựt, Chủ tịch Ủy ban MTTQ huyện Cam Lâm, cho biết Mặt trận huyện nhận được nhiều phản ánh của cử tri về việc đất công ở xã Cam Thành Bắc bị một số cá nhân rào chiếm, xây nhà trái phép để bán nền. Ban Thanh tra nhân dân xã đã kiến nghị nhiều lần nhưng việc xử lý kéo dài.
Bà Nguyễn Thị Bích Liên, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, đề nghị huyện làm rõ trách nhiệm của người đứng đầu UBND các xã để xảy ra lấn chiếm; công khai danh sách các trường hợp thuê đất công, thời hạn và số tiền thu được, hiện mới thu khoảng 1,15 tỷ đồng/năm, thấp hơn nhiều so với giá thị trường.
Phát biểu kết luận, bà Võ Thị Ngọc Trinh ghi nhận huyện đã có nhiều cố gắng, nhưng cho rằng việc quản lý đất công còn buông lỏng, tiềm ẩn nguy cơ tham nhũng, tiêu cực. Đoàn đề nghị UBND huyện rà soát toàn bộ quỹ đất công trước ngày 31/12/2018, thu hồi diện tích cho thuê sai, xử lý nghiêm cán bộ vi phạm theo Luật Phòng, chống tham nhũng số 36/2018/QH14 vừa được Quốc hội thông qua; thực hiện đúng Nghị định số 43/2014/NĐ-CP của Chính phủ và Chỉ thị số 07/CT-UBND của UBND tỉnh về tăng cường quản lý đất công.
Đoàn cũng kiến nghị UBND tỉnh sớm ban hành hướng dẫn về giá cho thuê đất công ích và giao Thanh tra tỉnh thanh tra toàn diện việc quản lý đất công tại 2 xã có nhiều đơn thư nhất. Kết quả giám sát sẽ được báo cáo Ban Thường vụ Tỉnh ủy theo Quyết định 217-QĐ/TW của Bộ Chính trị.
Hải Đăng
Tin liên quan
- Mặt trận Ninh Hòa góp ý xây dựng chính quyền (05/09/2018)
- Hơn 200 đơn thư được chuyển đến Mặt trận tỉnh trong 6 tháng (26/07/2018)
- Nha Trang: đối thoại về dự án chỉnh trang đô thị (18/07/2018)
""", "2018-09-12", "Mặt trận tỉnh giám sát việc quản lý đất công tại Cam Lâm",
E("giam_sat", None, "2018-09-11"),
[P("Võ Thị Ngọc Trinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Nhựt", "Chủ tịch Ủy ban MTTQ huyện Cam Lâm"),
 P("Nguyễn Thị Bích Liên", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh")],
[Q("gần 1.850 ha", 1850, "ha", "approx"), Q("khoảng 420 ha", 420, "ha", "approx"), Q("297 đơn", 297, "đơn"),
 Q("251 đơn", 251, "đơn"), Q("5 xã", 5, "xã"), Q("17 hộ", 17, "hộ"), Q("1 cán bộ", 1, "cán bộ"),
 Q("khoảng 1,15 tỷ đồng/năm", 1150000000, "đồng", "approx"), Q("2 xã", 2, "xã")],
[D("Luật", "36", "2018/QH14", None, "Quốc hội", "Luật Phòng, chống tham nhũng số 36/2018/QH14"),
 D("Nghị định", "43", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 43/2014/NĐ-CP"),
 D("Chỉ thị", "07", "CT-UBND", None, "UBND tỉnh", "Chỉ thị số 07/CT-UBND"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW")],
[prov("Khánh Hòa"), com("Cam Hải Tây"), com("Cam Thành Bắc")],
["BÁO KHÁNH HÒA ĐIỆN TỬ", "Thời sự - Chính trị | Đời sống", "Quang cảnh buổi làm việc. Ảnh: Hải Đăng"],
["Thứ Tư, 12/9/2018 - 08:50", "năm 2016", "tháng 8/2018", "ngày 31/12/2018"]))

PAGES.append(page("b7190-namdinh-mttq-daihoi-haihau-2019", """
NAM ĐỊNH ONLINE
Trang chủ - Chính trị - Mặt trận
17/05/2019 - 15:12
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Đại hội MTTQ huyện Hải Hậu: Nâng chất lượng giám sát, góp phần phòng, chống tham nhũng ở cơ sở
Ngày 16-5, Ủy ban MTTQ Việt Nam huyện Hải Hậu, tỉnh Nam Định tổ chức Đại hội đại biểu MTTQ Việt Nam huyện lần thứ XIX, nhiệm kỳ 2019 - 2024. Dự có đồng chí Phạm Thị Hằng, Phó Chủ tịch Ủy ban MTTQ tỉnh; đồng chí Trần Minh Khoa, Bí thư Huyện ủy Hải Hậu.
Nhiệm kỳ 2014 - 2019, Mặt trận huyện đã chủ trì 58 cuộc giám sát, phối hợp tham gia 96 cuộc; Ban Thanh tra nhân dân 35 xã, thị trấn phát hiện 47 vụ việc vi phạm trong quản lý tài chính, đất đai, kiến nghị thu hồi 1,86 tỷ đồng. Mặt trận các cấp đã tổ chức lấy ý kiến nhân dân nơi cư trú đối với 2.130 đảng viên; tham gia góp ý xây dựng Đảng theo Quyết định 217, 218-QĐ/TW của Bộ Chính trị; tiếp nhận 415 đơn thư, phối hợp giải quyết 389 đơn, đạt 93,7%.
Báo cáo chính trị đặt mục tiêu nhiệm kỳ mới: 100% Ban Thanh tra nhân dân hoạt động có hiệu quả; mỗi năm Mặt trận huyện chủ trì ít nhất 3 cuộc giám sát, trong đó có giám sát người đứng đầu theo Quy định số 124-QĐ/TW ngày 2/2/2018 của Ban Bí thư; trên 90% kiến nghị sau giám sát được trả lời.
Tham luận tại đại hội, ông Vũ Văn Thông, Trưởng Ban Thanh tra nhân dân xã Hải Minh, kể lại việc ban phát hiện sai phạm trong nghiệm thu công trình kênh mương nội đồng, buộc đơn vị thi công hoàn trả gần 130 triệu đồng. Bà Đỗ Thị Thúy, Chủ tịch Ủy ban MTTQ thị trấn Yên Định, chia sẻ cách tổ chức hội nghị đối thoại định kỳ giữa người đứng đầu chính quyền với nhân dân.
Đại hội đã hiệp thương cử 61 vị vào Ủy ban MTTQ Việt Nam huyện khóa XIX. Tại hội nghị lần thứ nhất, bà Nguyễn Thị Thanh Hương được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam huyện khóa XIX; các ông Đoàn Văn Lực, Hoàng Ngọc Tân được cử làm Phó Chủ tịch.
Phát biểu chỉ đạo, đồng chí Trần Minh Khoa đề nghị Mặt trận huyện tiếp tục thực hiện Chỉ thị số 18-CT/TW ngày 10/10/2017 của Ban Bí thư về phát huy vai trò, nâng cao chất lượng, hiệu quả công tác giám sát, phản biện xã hội của Mặt trận; bám sát Kế hoạch số 86-KH/HU của Huyện ủy, chủ động phát hiện, kiến nghị xử lý các biểu hiện tham nhũng, tiêu cực, "lợi ích nhóm" ngay từ thôn, xóm.
Đại hội bầu 19 đại biểu dự Đại hội MTTQ tỉnh lần thứ XIV.
Văn Trọng
Các tin đã đưa
- Đại hội MTTQ huyện Giao Thủy nhiệm kỳ 2019 - 2024 (14/05/2019)
- Xuân Trường: 100% xã, thị trấn hoàn thành đại hội Mặt trận (08/05/2019)
- Nghĩa Hưng tổng kết nhiệm kỳ Ban Thanh tra nhân dân (25/04/2019)
""", "2019-05-17", "Đại hội MTTQ huyện Hải Hậu: Nâng chất lượng giám sát, góp phần phòng, chống tham nhũng ở cơ sở",
E("dai_hoi", None, "2019-05-16"),
[P("Phạm Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Minh Khoa", "Bí thư Huyện ủy Hải Hậu"),
 P("Vũ Văn Thông", "Trưởng Ban Thanh tra nhân dân xã Hải Minh"),
 P("Đỗ Thị Thúy", "Chủ tịch Ủy ban MTTQ thị trấn Yên Định"),
 P("Nguyễn Thị Thanh Hương", "Chủ tịch Ủy ban MTTQ Việt Nam huyện khóa XIX"),
 P("Đoàn Văn Lực", "Phó Chủ tịch"), P("Hoàng Ngọc Tân", "Phó Chủ tịch")],
[Q("58 cuộc giám sát", 58, "cuộc giám sát"), Q("96 cuộc", 96, "cuộc"), Q("35 xã, thị trấn", 35, "xã, thị trấn"),
 Q("47 vụ việc vi phạm", 47, "vụ việc vi phạm"), Q("1,86 tỷ đồng", 1860000000, "đồng"),
 Q("2.130 đảng viên", 2130, "đảng viên"), Q("415 đơn thư", 415, "đơn thư"), Q("389 đơn", 389, "đơn"), Q("93,7%", 93.7, "%"),
 Q("100%", 100, "%"), Q("ít nhất 3 cuộc giám sát", 3, "cuộc giám sát", "over"), Q("trên 90%", 90, "%", "over"),
 Q("gần 130 triệu đồng", 130000000, "đồng", "approx"), Q("61 vị", 61, "vị"), Q("19 đại biểu", 19, "đại biểu")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quy định", "124", "QĐ/TW", "2018-02-02", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 2/2/2018"),
 D("Chỉ thị", "18", "CT/TW", "2017-10-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/10/2017"),
 D("Kế hoạch", "86", "KH/HU", None, "Huyện ủy", "Kế hoạch số 86-KH/HU")],
[prov("Nam Định"), com("Hải Minh"), com("Yên Định")],
["NAM ĐỊNH ONLINE", "Trang chủ - Chính trị - Mặt trận", "Đại biểu biểu quyết thông qua nghị quyết đại hội.", "lợi ích nhóm"],
["17/05/2019 - 15:12", "lần thứ XIX", "nhiệm kỳ 2019 - 2024", "Nhiệm kỳ 2014 - 2019", "khóa XIX", "lần thứ nhất", "lần thứ XIV"]))

PAGES.append(page("b7191-hatinh-ttnd-tongket-2019", """
Báo Hà Tĩnh
Hôm nay: Thứ Hai, 13/01/2020
Chính trị :: Mặt trận - Đoàn thể
Thứ Sáu, 10/01/2020 - 14:35
Ban Thanh tra nhân dân - "cánh tay nối dài" của Mặt trận trong phòng, chống tiêu cực
Sáng 9/1, Ban Thường trực Ủy ban MTTQ tỉnh Hà Tĩnh tổ chức hội nghị tổng kết hoạt động của Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng năm 2019, triển khai nhiệm vụ năm 2020. Đồng chí Võ Thị Hồng Lam, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh; đồng chí Nguyễn Xuân Thắng, Phó Trưởng Ban Nội chính Tỉnh ủy dự và chỉ đạo.
Năm 2019, 216 Ban Thanh tra nhân dân trong tỉnh đã tiến hành 1.374 cuộc giám sát, tiếp nhận 893 kiến nghị của nhân dân; qua đó phát hiện 64 vụ việc sai phạm, kiến nghị thu hồi cho ngân sách và trả lại cho dân trên 2,3 tỷ đồng, đề nghị xử lý 15 cán bộ, trong đó có 4 cán bộ thôn. Ban Giám sát đầu tư của cộng đồng giám sát 1.126 công trình, phát hiện 48 công trình thi công không đúng thiết kế, kém chất lượng.
Điển hình là Ban Thanh tra nhân dân xã Thạch Hạ phát hiện việc kê khai khống khối lượng tại công trình nhà văn hóa thôn, buộc nhà thầu nộp lại khoảng 85 triệu đồng; Ban Thanh tra nhân dân thị trấn Nghèn phát hiện việc xét hộ nghèo không đúng đối tượng, kiến nghị đưa 11 hộ ra khỏi danh sách.
Tại hội nghị, ông Phan Văn Hòa, Trưởng Ban Thanh tra nhân dân xã Kỳ Tân, chia sẻ: "Cái khó nhất là thành viên ban phần lớn là người cao tuổi, chưa rành đọc hồ sơ dự toán. Chúng tôi phải mời thêm các cựu kỹ sư, cựu giáo viên về làm cộng tác viên". Bà Trần Thị Mai, Chủ tịch Ủy ban MTTQ huyện Hương Khê, đề nghị tăng kinh phí hoạt động, hiện mỗi ban chỉ được hỗ trợ 3,5 triệu đồng/năm.
Đồng chí Võ Thị Hồng Lam nhấn mạnh, năm 2020 là năm diễn ra đại hội Đảng bộ các cấp, Ban Thanh tra nhân dân cần tập trung giám sát việc thực hiện Quy chế dân chủ ở cơ sở, thu chi tài chính, quản lý đất đai và các chương trình xây dựng nông thôn mới; thực hiện tốt Luật Phòng, chống tham nhũng số 36/2018/QH14 và Nghị định số 59/2019/NĐ-CP của Chính phủ; tiếp tục triển khai Kế hoạch 128, 129-KH/TU của Ban Thường vụ Tỉnh ủy về phòng, chống tham nhũng và về tiếp công dân.
Hội nghị cũng chỉ ra những hạn chế: hoạt động của một số ban còn hình thức, chưa giám sát được các công trình do cấp huyện làm chủ đầu tư; việc trả lời kiến nghị của một số UBND xã còn chậm; 9 ban chưa được kiện toàn sau khi thành viên chuyển công tác. Phó Trưởng Ban Nội chính Tỉnh ủy Nguyễn Xuân Thắng đề nghị Mặt trận chuyển các vụ việc có dấu hiệu tham nhũng đến cơ quan chức năng kịp thời.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 18 tập thể, 25 cá nhân có thành tích xuất sắc trong hoạt động thanh tra nhân dân, giám sát đầu tư của cộng đồng năm 2019.
Thu Hà
Tin khác
- Can Lộc: Ban Thanh tra nhân dân phát hiện 6 vụ việc sai phạm (02/01/2020)
- Mặt trận tỉnh tổng kết công tác năm 2019 (27/12/2019)
- Giám sát việc thu chi quỹ tại các trường học (18/12/2019)
""", "2020-01-10", "Ban Thanh tra nhân dân - \"cánh tay nối dài\" của Mặt trận trong phòng, chống tiêu cực",
E("tong_ket", "2019", "2020-01-09"),
[P("Võ Thị Hồng Lam", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Xuân Thắng", "Phó Trưởng Ban Nội chính Tỉnh ủy"),
 P("Phan Văn Hòa", "Trưởng Ban Thanh tra nhân dân xã Kỳ Tân"),
 P("Trần Thị Mai", "Chủ tịch Ủy ban MTTQ huyện Hương Khê")],
[Q("216 Ban Thanh tra nhân dân", 216, "Ban Thanh tra nhân dân"), Q("1.374 cuộc giám sát", 1374, "cuộc giám sát"),
 Q("893 kiến nghị", 893, "kiến nghị"), Q("64 vụ việc sai phạm", 64, "vụ việc sai phạm"),
 Q("trên 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("15 cán bộ", 15, "cán bộ"), Q("4 cán bộ thôn", 4, "cán bộ thôn"),
 Q("1.126 công trình", 1126, "công trình"), Q("48 công trình", 48, "công trình"),
 Q("khoảng 85 triệu đồng", 85000000, "đồng", "approx"), Q("11 hộ", 11, "hộ"), Q("3,5 triệu đồng/năm", 3500000, "đồng"),
 Q("9 ban", 9, "ban"), Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Luật", "36", "2018/QH14", None, None, "Luật Phòng, chống tham nhũng số 36/2018/QH14"),
 D("Nghị định", "59", "2019/NĐ-CP", None, "Chính phủ", "Nghị định số 59/2019/NĐ-CP"),
 D("Kế hoạch", "128", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 128, 129-KH/TU"),
 D("Kế hoạch", "129", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 128, 129-KH/TU")],
[prov("Hà Tĩnh"), com("Thạch Hạ"), com("Nghèn"), com("Kỳ Tân")],
["Báo Hà Tĩnh", "Hôm nay: Thứ Hai, 13/01/2020", "Chính trị :: Mặt trận - Đoàn thể", "Ban Giám sát đầu tư của cộng đồng"],
["Hôm nay: Thứ Hai, 13/01/2020", "Thứ Sáu, 10/01/2020 - 14:35", "năm 2019", "năm 2020"]))

PAGES.append(page("b7192-dongnai-chandung-truongban-ttnd-2020", """
BÁO ĐỒNG NAI
Xã hội > Người tốt việc tốt
Cập nhật: 09:20, 25/08/2020 (GMT+7)
Bà Ba Hiền - "người gác cổng" quỹ của dân
Ảnh: Bà Lê Thị Hiền (bìa phải) cùng thành viên Ban Thanh tra nhân dân kiểm tra hồ sơ chi trả hỗ trợ.
ĐN - Không lương, không phụ cấp đáng kể, nhưng người phụ nữ ở huyện Thống Nhất vẫn miệt mài "soi" từng khoản thu, chi của xã, của ấp để đồng tiền của dân không bị thất thoát.
Ở xã Bàu Hàm 2, nhắc tới bà Lê Thị Hiền, 64 tuổi, Trưởng Ban Thanh tra nhân dân xã, nhiều người gọi thân mật là "bà Ba kiểm tra". Gần 10 năm giữ cương vị này, bà cùng 7 thành viên trong ban đã phát hiện hàng chục vụ việc sai phạm nhỏ, lớn ở địa phương.
Chuyện bà được nhắc nhiều nhất là vụ chi trả tiền hỗ trợ người dân gặp khó khăn do dịch Covid-19 hồi tháng 5. Khi đối chiếu danh sách niêm yết tại ấp với danh sách chi trả, bà phát hiện 23 trường hợp không thuộc diện hỗ trợ nhưng vẫn có tên, trong đó có người thân của cán bộ ấp. Ban Thanh tra nhân dân lập biên bản, kiến nghị UBND xã thu hồi hơn 34 triệu đồng, đồng thời đưa 16 lao động tự do đủ điều kiện nhưng bị bỏ sót vào danh sách bổ sung.
"Tiền hỗ trợ theo Nghị quyết số 42/NQ-CP của Chính phủ là tiền cứu đói cho bà con, sai một người là mất lòng tin của cả ấp", bà Hiền nói.
Ông Trần Văn Nghĩa, Chủ tịch Ủy ban MTTQ xã Bàu Hàm 2, cho biết ban do bà Hiền làm trưởng ban mỗi năm tiến hành từ 8 - 10 cuộc giám sát, tập trung vào thu chi ngân sách, các khoản đóng góp của dân và xét duyệt hộ nghèo. Năm 2019, ban kiến nghị 12 nội dung thì 11 nội dung được chính quyền tiếp thu, sửa đổi. Nhờ vậy, 3 năm liền xã không có đơn thư vượt cấp.
Không chỉ soi sổ sách, bà Hiền còn là người đến tận nhà giải thích chính sách cho bà con. Năm 2018, khi 46 hộ ở ấp Hưng Nghĩa gửi đơn phản ánh việc thu tiền làm đường, bà cùng Ban Thanh tra nhân dân rà lại từng khoản thu, chi, phát hiện ấp thu vượt gần 19 triệu đồng so với dự toán. Số tiền này sau đó được trả lại cho các hộ. Trưởng ấp khi ấy bị kiểm điểm trước dân, còn cách thu, chi tiền làm đường của ấp từ đó được niêm yết công khai tại nhà văn hóa.
Ông Nguyễn Hữu Phước, Phó Chủ tịch Ủy ban MTTQ huyện Thống Nhất, đánh giá: Ban Thanh tra nhân dân xã Bàu Hàm 2 là một trong những ban hoạt động hiệu quả nhất huyện. Năm 2019, bà Hiền được Ủy ban MTTQ tỉnh Đồng Nai tặng bằng khen, và là một trong 5 gương điển hình được biểu dương tại hội nghị tổng kết Quy chế dân chủ ở cơ sở của huyện.
Hỏi bà có ngại va chạm, bà cười: "Mình làm đúng thì không sợ. Miễn sao đồng tiền của dân đến đúng tay dân".
Bài và ảnh: Ngọc Liên
Tin liên quan
- Thống Nhất: hơn 1.000 lao động tự do nhận hỗ trợ (12/08/2020)
- Mặt trận giám sát việc chi trả hỗ trợ theo Nghị quyết 42 (30/06/2020)
""", "2020-08-25", "Bà Ba Hiền - \"người gác cổng\" quỹ của dân",
E("khac", None, None),
[P("Lê Thị Hiền", "Trưởng Ban Thanh tra nhân dân xã"),
 P("Trần Văn Nghĩa", "Chủ tịch Ủy ban MTTQ xã Bàu Hàm 2"),
 P("Nguyễn Hữu Phước", "Phó Chủ tịch Ủy ban MTTQ huyện Thống Nhất")],
[Q("7 thành viên", 7, "thành viên"), Q("23 trường hợp", 23, "trường hợp"), Q("hơn 34 triệu đồng", 34000000, "đồng", "over"),
 Q("16 lao động tự do", 16, "lao động tự do"), Q("từ 8 - 10 cuộc giám sát", 8, "cuộc giám sát"),
 Q("từ 8 - 10 cuộc giám sát", 10, "cuộc giám sát"), Q("12 nội dung", 12, "nội dung"), Q("11 nội dung", 11, "nội dung"),
 Q("46 hộ", 46, "hộ"), Q("gần 19 triệu đồng", 19000000, "đồng", "approx"), Q("5 gương điển hình", 5, "gương điển hình")],
[D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP")],
[prov("Đồng Nai"), com("Bàu Hàm 2")],
["BÁO ĐỒNG NAI", "Xã hội > Người tốt việc tốt",
 "Ảnh: Bà Lê Thị Hiền (bìa phải) cùng thành viên Ban Thanh tra nhân dân kiểm tra hồ sơ chi trả hỗ trợ.",
 "bà Ba kiểm tra", "Bà Ba Hiền", "người gác cổng", "Covid-19", "ấp Hưng Nghĩa"],
["Cập nhật: 09:20, 25/08/2020 (GMT+7)", "64 tuổi", "Gần 10 năm", "tháng 5", "Covid-19", "Năm 2019", "3 năm liền", "Năm 2018"]))
