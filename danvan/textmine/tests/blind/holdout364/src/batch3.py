from lib import *
PAGES = []

PAGES.append(page("b8705-gialai-mttq-giamsat-2020", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 27/11/2020, 10:05
Mặt trận tỉnh giám sát rà soát hộ nghèo tại huyện Ia Grai
(GLO)- Ngày 25/11/2020, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai do bà Rơ Châm H'Phin, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện công tác điều tra, rà soát hộ nghèo, hộ cận nghèo năm 2020 tại huyện Ia Grai.
Cuộc giám sát được thực hiện theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 và Quyết định 217, 218-QĐ/TW của Bộ Chính trị, cụ thể hóa tại Kế hoạch số 25/KH-MTTQ-BTT ngày 02/11/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo của UBND huyện cho biết, Ia Grai có 13 xã, thị trấn với 21.865 hộ. Đầu năm 2020, toàn huyện có 1.945 hộ nghèo, chiếm 8,9%; hộ nghèo đồng bào dân tộc thiểu số chiếm khoảng 92%. Qua rà soát sơ bộ, cuối năm còn 1.380 hộ nghèo, tỷ lệ 6,31%, giảm 565 hộ; hộ cận nghèo 1.127 hộ. Huyện huy động 178 điều tra viên là cán bộ thôn, làng và chi hội trưởng các đoàn thể, mỗi người được hỗ trợ 150.000 đồng/ngày.
Làm việc với đoàn, ông Puih Bloanh, người vừa được bầu giữ chức Chủ tịch UBND xã Ia Krái, cho biết xã đã họp dân ở 9 làng, có 2 làng phải họp lại do người dân chưa thống nhất danh sách. Bà Siu Luyn, Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Tô, phản ánh còn tình trạng một số hộ "muốn được nghèo" để hưởng chính sách, Ban công tác Mặt trận phải đến từng nhà phân tích. Già làng Rmah Khăm, làng Dơ Keo, xã Ia Tô, đề nghị tăng hỗ trợ giống cây trồng thay vì chỉ cấp gạo.
Qua kiểm tra xác suất 60 hộ tại 4 làng, đoàn giám sát phát hiện 7 hộ có nhà kiên cố, xe ô tô tải nhưng vẫn được đưa vào danh sách hộ cận nghèo; 3 hộ nghèo thực sự bị bỏ sót do đi làm ăn xa. Chủ tịch Ủy ban MTTQ huyện Ia Grai Rmah Chen cho biết Mặt trận huyện đã kiến nghị UBND các xã điều chỉnh ngay.
Kết luận buổi giám sát, bà Rơ Châm H'Phin đề nghị huyện chỉ đạo các xã rà soát lại toàn bộ danh sách trước khi trình phê duyệt, niêm yết công khai tại nhà rông, nhà văn hóa làng; quan tâm hộ nghèo có người khuyết tật, người cao tuổi cô đơn. Đoàn cũng đề nghị tỉnh sớm có hướng dẫn về chuẩn nghèo giai đoạn mới, tránh để người dân hiểu lầm. Từ đầu năm, các cấp Mặt trận huyện đã vận động Quỹ "Vì người nghèo" được hơn 1,1 tỷ đồng, xây dựng 28 nhà Đại đoàn kết.
Ông Kpă Thơ, Phó Chủ tịch UBND huyện Ia Grai tiếp thu ý kiến, khẳng định huyện sẽ phúc tra 10 hộ có sai sót và báo cáo kết quả về Ủy ban MTTQ Việt Nam tỉnh trước ngày 15/12/2020.
Hoàng Ngọc
Tin liên quan
- Chư Păh: Hơn 300 hộ đồng bào được hỗ trợ bò giống (18/11/2020)
- Mặt trận các cấp tiếp nhận hàng cứu trợ đồng bào bị ảnh hưởng bão số 9 (05/11/2020)
- Đak Đoa: Người có uy tín vận động con cháu làm kinh tế (21/10/2020)
""", "2020-11-27", "Mặt trận tỉnh giám sát rà soát hộ nghèo tại huyện Ia Grai",
E("giam_sat", "2020", "2020-11-25"),
[P("Rơ Châm H'Phin", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Puih Bloanh", "Chủ tịch UBND xã Ia Krái"),
 P("Siu Luyn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Tô"),
 P("Rmah Khăm", "Già làng"),
 P("Rmah Chen", "Chủ tịch Ủy ban MTTQ huyện Ia Grai"),
 P("Kpă Thơ", "Phó Chủ tịch UBND huyện Ia Grai")],
[Q("13 xã, thị trấn", 13, "xã, thị trấn"), Q("21.865 hộ", 21865, "hộ"), Q("1.945 hộ nghèo", 1945, "hộ nghèo"),
 Q("8,9%", 8.9, "%"), Q("khoảng 92%", 92, "%", "approx"), Q("1.380 hộ nghèo", 1380, "hộ nghèo"), Q("6,31%", 6.31, "%"),
 Q("565 hộ", 565, "hộ"), Q("1.127 hộ", 1127, "hộ"), Q("178 điều tra viên", 178, "điều tra viên"),
 Q("150.000 đồng", 150000, "đồng"), Q("9 làng", 9, "làng"), Q("2 làng", 2, "làng"), Q("60 hộ", 60, "hộ"),
 Q("4 làng", 4, "làng"), Q("7 hộ", 7, "hộ"), Q("3 hộ nghèo", 3, "hộ nghèo"),
 Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("28 nhà Đại đoàn kết", 28, "nhà Đại đoàn kết"), Q("10 hộ", 10, "hộ")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-06-15", None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Kế hoạch", "25", "KH-MTTQ-BTT", "2020-11-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 25/KH-MTTQ-BTT ngày 02/11/2020")],
[prov("Gia Lai"), com("Ia Krái"), com("Ia Tô")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "(GLO)", "Vì người nghèo", "muốn được nghèo", "làng Dơ Keo"],
["Thứ Sáu, 27/11/2020, 10:05", "năm 2020", "Đầu năm 2020", "ngày 15/12/2020", "bão số 9"]))

PAGES.append(page("b8706-quangbinh-mttq-taphuan-2021", """
Báo Quảng Bình điện tử
Trang chủ | Chính trị | Mặt trận
Thứ Sáu, 17/9/2021 | 14:30
Tập huấn trực tuyến về giám sát rà soát hộ nghèo, hộ cận nghèo theo chuẩn mới
(QBĐT) - Ngày 16/9/2021, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức hội nghị tập huấn trực tuyến nghiệp vụ tham gia, giám sát rà soát hộ nghèo, hộ cận nghèo năm 2021 đến 160 điểm cầu cấp huyện, cấp xã với hơn 1.700 đại biểu. Do diễn biến dịch Covid-19, hội nghị được tổ chức theo hình thức trực tuyến.
Đây là đợt rà soát đầu tiên theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 quy định tại Nghị định số 07/2021/NĐ-CP ngày 27/01/2021 của Chính phủ. Theo đó, hộ nghèo khu vực nông thôn là hộ có thu nhập bình quân đầu người/tháng từ 1,5 triệu đồng trở xuống và thiếu hụt từ 3 chỉ số đo lường mức độ thiếu hụt dịch vụ xã hội cơ bản trở lên; khu vực thành thị là 2 triệu đồng. Chuẩn mới gồm 6 dịch vụ xã hội cơ bản với 12 chỉ số đo lường, bổ sung các chỉ số về việc làm, người phụ thuộc và thông tin.
Bà Nguyễn Thị Thu Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết cuối năm 2020 toàn tỉnh còn 9.540 hộ nghèo, chiếm 3,97%, và 12.380 hộ cận nghèo; riêng huyện Minh Hóa tỷ lệ hộ nghèo trên 16%. Ở các bản đồng bào Bru - Vân Kiều, Chứt, nhiều hộ di chuyển chỗ ở theo mùa rẫy nên việc rà soát cần sự tham gia của Ban công tác Mặt trận, người có uy tín.
Ông Đinh Quang Hưng, Phó Trưởng phòng Bảo trợ xã hội Sở Lao động - Thương binh và Xã hội, hướng dẫn quy trình theo Thông tư số 07/2021/TT-BLĐTBXH ngày 18/7/2021 của Bộ Lao động - Thương binh và Xã hội: từ lập danh sách, rà soát bằng phiếu, họp dân thống nhất kết quả đến niêm yết, phúc tra. Bà Hồ Thị Mai, vừa được phân công giữ chức Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, giới thiệu Hướng dẫn số 12/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về nội dung, phương pháp giám sát.
Tại điểm cầu xã Trọng Hóa, ông Hồ Văn Xay, Chủ tịch Ủy ban MTTQ Việt Nam xã, nêu khó khăn khi nhiều hộ ở bản Ka Oóc không có sổ hộ khẩu, chưa được cấp căn cước công dân. Ông Cao Xuân Bình, người có uy tín bản Cha Cáp, xã Thượng Trạch, đề nghị cán bộ rà soát sử dụng người phiên dịch tiếng Bru - Vân Kiều. Từ điểm cầu xã Lâm Thủy, bà Hồ Thị Bình, Chủ tịch Hội Liên hiệp Phụ nữ xã, hỏi cách tính thu nhập với hộ có người đi làm ăn ở Lào.
Theo Kế hoạch số 1452/KH-UBND ngày 20/8/2021 của UBND tỉnh, việc rà soát tiến hành từ ngày 1/10 đến ngày 15/12/2021; kinh phí rà soát của tỉnh hơn 2,3 tỷ đồng, mỗi hộ được rà soát hỗ trợ 10.000 đồng tiền phiếu. Bà Nguyễn Thị Thu Hằng đề nghị Mặt trận cấp xã cử cán bộ tham gia tất cả các tổ rà soát và chủ động giám sát ít nhất 30% số thôn, bản.
Quang Thắng
Tin liên quan
- Mặt trận tỉnh trao 500 suất quà cho người dân bị ảnh hưởng dịch Covid-19 (10/09/2021)
- Hội nghị trực tuyến lấy ý kiến người có uy tín (26/08/2021)
- Quảng Ninh: Hỗ trợ xây dựng 35 nhà Đại đoàn kết (12/08/2021)
""", "2021-09-17", "Tập huấn trực tuyến về giám sát rà soát hộ nghèo, hộ cận nghèo theo chuẩn mới",
E("tap_huan", "2021", "2021-09-16"),
[P("Nguyễn Thị Thu Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Quang Hưng", "Phó Trưởng phòng Bảo trợ xã hội Sở Lao động - Thương binh và Xã hội"),
 P("Hồ Thị Mai", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Xay", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Cao Xuân Bình", "người có uy tín bản Cha Cáp"),
 P("Hồ Thị Bình", "Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("160 điểm cầu", 160, "điểm cầu"), Q("hơn 1.700 đại biểu", 1700, "đại biểu", "over"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("từ 3 chỉ số", 3, "chỉ số đo lường", "over"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("6 dịch vụ xã hội cơ bản", 6, "dịch vụ xã hội cơ bản"), Q("12 chỉ số đo lường", 12, "chỉ số đo lường"),
 Q("9.540 hộ nghèo", 9540, "hộ nghèo"), Q("3,97%", 3.97, "%"), Q("12.380 hộ cận nghèo", 12380, "hộ cận nghèo"),
 Q("trên 16%", 16, "%", "over"), Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("10.000 đồng", 10000, "đồng"),
 Q("ít nhất 30%", 30, "%", "over")],
[D("Nghị định", "07", "2021/NĐ-CP", "2021-01-27", "Chính phủ", "Nghị định số 07/2021/NĐ-CP ngày 27/01/2021"),
 D("Thông tư", "07", "2021/TT-BLĐTBXH", "2021-07-18", "Bộ Lao động - Thương binh và Xã hội", "Thông tư số 07/2021/TT-BLĐTBXH ngày 18/7/2021"),
 D("Hướng dẫn", "12", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 12/HD-MTTQ-BTT"),
 D("Kế hoạch", "1452", "KH-UBND", "2021-08-20", "UBND tỉnh", "Kế hoạch số 1452/KH-UBND ngày 20/8/2021")],
[prov("Quảng Bình"), com("Trọng Hóa"), com("Thượng Trạch"), com("Lâm Thủy")],
["Báo Quảng Bình điện tử", "Trang chủ | Chính trị | Mặt trận", "(QBĐT)", "bản Ka Oóc", "bản Cha Cáp"],
["Thứ Sáu, 17/9/2021 | 14:30", "Covid-19", "năm 2021", "giai đoạn 2022 - 2025", "cuối năm 2020", "ngày 15/12/2021"]))

PAGES.append(page("b8707-namdinh-xa-giaoban-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ NGHĨA THÁI - HUYỆN NGHĨA HƯNG - TỈNH NAM ĐỊNH
Tin tức > Hoạt động của Đảng ủy
Đăng ngày: 04-10-2022
Giao ban khối Mặt trận, đoàn thể tháng 9: tập trung rà soát hộ nghèo, hộ cận nghèo
Sáng 04/10/2022, Thường trực Đảng ủy xã Nghĩa Thái (huyện Nghĩa Hưng, tỉnh Nam Định) tổ chức giao ban khối Mặt trận và các đoàn thể chính trị - xã hội tháng 9 năm 2022, triển khai nhiệm vụ tháng 10. Đồng chí Trần Văn Thịnh, Phó Bí thư Thường trực Đảng ủy xã chủ trì.
Các đồng chí Nguyễn Văn Chung, Đinh Thị Hà - Phó Chủ tịch Ủy ban MTTQ xã, báo cáo tiến độ chuẩn bị rà soát hộ nghèo, hộ cận nghèo năm 2022 theo Kế hoạch số 78/KH-UBND ngày 05/9/2022 của UBND xã và Công văn số 312/UBND-LĐTBXH của UBND huyện Nghĩa Hưng. Xã đã thành lập Ban chỉ đạo rà soát và 8 tổ rà soát ở 8 xóm, mỗi tổ có 1 đại diện Ban công tác Mặt trận, chi hội phụ nữ, chi hội nông dân và chi đoàn.
Số liệu đầu kỳ cho thấy, toàn xã có 2.870 hộ với 9.644 nhân khẩu; hộ nghèo 41 hộ, chiếm 1,43%; hộ cận nghèo 96 hộ, chiếm 3,34%. Trong tháng 9, các tổ đã lập danh sách 58 hộ có khả năng rơi vào nghèo, cận nghèo và 36 hộ có khả năng thoát nghèo để rà soát bằng phiếu. Xóm 3 và xóm 7 có số hộ cần rà soát nhiều nhất, lần lượt 14 hộ và 11 hộ.
Đồng chí Vũ Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ xã, cho biết hội đã nhận giúp đỡ 12 hộ nghèo do phụ nữ làm chủ hộ, vận động 3 hộ vay vốn nuôi lợn và đan cói. Đồng chí Đỗ Văn Hùng, Chủ tịch Hội Cựu chiến binh xã, đề nghị quan tâm hộ cựu chiến binh già yếu, không nơi nương tựa. Bí thư Đoàn xã Phạm Đức Anh báo cáo đoàn viên đã hỗ trợ người dân tra cứu, kích hoạt tài khoản định danh điện tử cho 1.350 người.
Về các nhiệm vụ khác, trong tháng 9 các đoàn thể vận động ủng hộ Quỹ "Vì người nghèo" được 46,5 triệu đồng; Hội Nông dân xã hoàn thành 95% kế hoạch thu quỹ hội. Ban Thanh tra nhân dân tiếp nhận 2 ý kiến về việc bình xét năm 2021, đã trả lời thỏa đáng. Các chi hội phụ nữ, nông dân cũng phối hợp với trạm y tế xã vận động người dân tham gia bảo hiểm y tế hộ gia đình, vì đây là một trong những chỉ số thiếu hụt phổ biến của các hộ cận nghèo.
Kết luận giao ban, đồng chí Trần Văn Thịnh yêu cầu khối Mặt trận, đoàn thể quán triệt Nghị quyết số 09-NQ/ĐU ngày 12/01/2022 của Đảng ủy xã về giảm nghèo bền vững, bảo đảm rà soát công khai, dân chủ; Mặt trận chủ trì giám sát các cuộc họp xóm, không để xảy ra tình trạng "chia phần" hộ nghèo giữa các xóm. Kết quả rà soát phải báo cáo Đảng ủy trước ngày 25/11/2022.
Ban Biên tập
Tin khác
- Hội nghị Ban Chấp hành Đảng bộ xã tháng 9 năm 2022 (30/09/2022)
- Ra quân tổng vệ sinh môi trường, phòng chống dịch bệnh (19/09/2022)
- Trao 30 suất quà Trung thu cho trẻ em có hoàn cảnh khó khăn (09/09/2022)
""", "2022-10-04", "Giao ban khối Mặt trận, đoàn thể tháng 9: tập trung rà soát hộ nghèo, hộ cận nghèo",
E("giao_ban", "2022-09", "2022-10-04"),
[P("Trần Văn Thịnh", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Nguyễn Văn Chung", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Đinh Thị Hà", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Vũ Thị Lan", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Đỗ Văn Hùng", "Chủ tịch Hội Cựu chiến binh xã"),
 P("Phạm Đức Anh", "Bí thư Đoàn xã")],
[Q("8 tổ rà soát", 8, "tổ rà soát"), Q("8 xóm", 8, "xóm"), Q("2.870 hộ", 2870, "hộ"), Q("9.644 nhân khẩu", 9644, "nhân khẩu"),
 Q("41 hộ", 41, "hộ"), Q("1,43%", 1.43, "%"), Q("96 hộ", 96, "hộ"), Q("3,34%", 3.34, "%"),
 Q("58 hộ", 58, "hộ"), Q("36 hộ", 36, "hộ"), Q("14 hộ", 14, "hộ"), Q("11 hộ", 11, "hộ"),
 Q("12 hộ nghèo", 12, "hộ nghèo"), Q("3 hộ", 3, "hộ"), Q("1.350 người", 1350, "người"),
 Q("46,5 triệu đồng", 46500000, "đồng"), Q("95%", 95, "%"), Q("2 ý kiến", 2, "ý kiến")],
[D("Kế hoạch", "78", "KH-UBND", "2022-09-05", "UBND xã", "Kế hoạch số 78/KH-UBND ngày 05/9/2022"),
 D("Công văn", "312", "UBND-LĐTBXH", None, "UBND huyện Nghĩa Hưng", "Công văn số 312/UBND-LĐTBXH"),
 D("Nghị quyết", "09", "NQ/ĐU", "2022-01-12", "Đảng ủy xã", "Nghị quyết số 09-NQ/ĐU ngày 12/01/2022")],
[prov("Nam Định"), com("Nghĩa Thái")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ NGHĨA THÁI - HUYỆN NGHĨA HƯNG - TỈNH NAM ĐỊNH", "Tin tức > Hoạt động của Đảng ủy",
 "Vì người nghèo", "chia phần", "Ban Biên tập", "Xóm 3", "xóm 7"],
["Đăng ngày: 04-10-2022", "tháng 9 năm 2022", "tháng 9", "tháng 10", "năm 2022", "năm 2021", "1 đại diện", "ngày 25/11/2022"]))

PAGES.append(page("b8708-ninhthuan-xa-doithoai-2022", """
Báo Ninh Thuận điện tử
Chính trị - Xây dựng Đảng
Cập nhật: 09:42, 25/11/2022 (GMT+7)
Phước Hà: Đối thoại với người dân về kết quả rà soát hộ nghèo năm 2022
Ngày 23/11/2022, Đảng ủy, UBND xã Phước Hà (Thuận Nam) tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND xã với nhân dân về kết quả rà soát hộ nghèo, hộ cận nghèo năm 2022. Hội nghị thu hút gần 180 người dân của 4 thôn Giá, Tà Dương, Rồ Ôn, Trà Nô tham dự. Đây là lần đầu tiên xã tổ chức đối thoại chuyên đề về giảm nghèo, thay cho hình thức họp thôn như các năm trước.
Hội nghị do đồng chí Katơr Văn Dũng, Bí thư Đảng ủy xã và đồng chí Pinăng Thị Lệ, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì.
Theo báo cáo, Phước Hà có 1.148 hộ, chủ yếu là đồng bào Raglai. Rà soát theo Nghị định số 07/2021/NĐ-CP ngày 27/01/2021 của Chính phủ, toàn xã còn 612 hộ nghèo, chiếm 53,31%, và 204 hộ cận nghèo. So với đầu năm có 45 hộ thoát nghèo, nhưng phát sinh 6 hộ tái nghèo và 3 hộ nghèo phát sinh mới do có người ốm đau, mất sức lao động. Xã đang triển khai các dự án thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 theo Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ, với tổng vốn năm 2022 khoảng 3,8 tỷ đồng.
Tại hội nghị, bà Mang Thị Bình, thôn Tà Dương, hỏi vì sao gia đình có 5 người, chỉ trồng bắp trên 2 sào rẫy nhưng không được vào hộ nghèo, trong khi nhà bên cạnh có ruộng lúa nước lại được bình xét. Ông Chamaléa Thin, Trưởng thôn Giá, phản ánh nhiều hộ có con đi làm công nhân ở Bình Dương gửi tiền về không đều, khó tính thu nhập. Anh Pi Năng Sang, Bí thư Chi đoàn thôn Trà Nô, đề nghị xã giới thiệu việc làm cho thanh niên thay vì chỉ hỗ trợ gạo.
Trả lời, đồng chí Pinăng Thị Lệ giải thích hộ bà Bình có thu nhập bình quân trên 1,5 triệu đồng/người/tháng nhờ có 2 con làm công ty, chỉ thiếu hụt 2 chỉ số nên thuộc diện cận nghèo; xã sẽ phúc tra lại trong tuần. Đồng chí Katơr Văn Dũng cho biết theo Kế hoạch số 215-KH/ĐU của Đảng ủy xã, năm 2023 xã phối hợp Trung tâm Dịch vụ việc làm tỉnh đưa ít nhất 40 lao động đi làm việc tại các khu công nghiệp.
Đồng chí Đàng Thị Hồng Nhung, Đảng ủy viên, Chủ tịch Hội Liên hiệp Phụ nữ xã, cam kết hội sẽ hướng dẫn chị em vay vốn Ngân hàng Chính sách xã hội phát triển chăn nuôi dê, bò. Kết thúc đối thoại, 21 ý kiến của người dân đã được trả lời trực tiếp; 4 ý kiến được ghi nhận để báo cáo UBND huyện Thuận Nam.
Văn Nỷ
Tin liên quan
- Thuận Nam: Xây dựng 24 căn nhà cho hộ nghèo đồng bào Raglai (15/11/2022)
- Nhị Hà ra mắt mô hình "Dân vận khéo" trong giảm nghèo (02/11/2022)
- Ninh Phước: Đối thoại về giải phóng mặt bằng dự án điện gió (20/10/2022)
""", "2022-11-25", "Phước Hà: Đối thoại với người dân về kết quả rà soát hộ nghèo năm 2022",
E("doi_thoai", "2022", "2022-11-23"),
[P("Katơr Văn Dũng", "Bí thư Đảng ủy xã"),
 P("Pinăng Thị Lệ", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Mang Thị Bình"),
 P("Chamaléa Thin", "Trưởng thôn Giá"),
 P("Pi Năng Sang", "Bí thư Chi đoàn thôn Trà Nô"),
 P("Đàng Thị Hồng Nhung", "Đảng ủy viên", "Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("gần 180 người dân", 180, "người dân", "approx"), Q("4 thôn", 4, "thôn"), Q("1.148 hộ", 1148, "hộ"),
 Q("612 hộ nghèo", 612, "hộ nghèo"), Q("53,31%", 53.31, "%"), Q("204 hộ cận nghèo", 204, "hộ cận nghèo"),
 Q("45 hộ", 45, "hộ"), Q("6 hộ", 6, "hộ"), Q("3 hộ nghèo", 3, "hộ nghèo"),
 Q("khoảng 3,8 tỷ đồng", 3800000000, "đồng", "approx"), Q("5 người", 5, "người"), Q("2 sào", 2, "sào"),
 Q("trên 1,5 triệu đồng", 1500000, "đồng", "over"), Q("2 con", 2, "con"), Q("2 chỉ số", 2, "chỉ số"),
 Q("ít nhất 40 lao động", 40, "lao động", "over"), Q("21 ý kiến", 21, "ý kiến"), Q("4 ý kiến", 4, "ý kiến")],
[D("Nghị định", "07", "2021/NĐ-CP", "2021-01-27", "Chính phủ", "Nghị định số 07/2021/NĐ-CP ngày 27/01/2021"),
 D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", "Quyết định số 90/QĐ-TTg ngày 18/01/2022"),
 D("Kế hoạch", "215", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 215-KH/ĐU")],
[prov("Ninh Thuận"), prov("Bình Dương"), com("Phước Hà")],
["Báo Ninh Thuận điện tử", "Chính trị - Xây dựng Đảng", "Chương trình mục tiêu quốc gia giảm nghèo bền vững",
 "Ngân hàng Chính sách xã hội", "Trung tâm Dịch vụ việc làm tỉnh", "thôn Tà Dương"],
["Cập nhật: 09:42, 25/11/2022 (GMT+7)", "năm 2022", "năm 2023", "giai đoạn 2021 - 2025", "trong tuần"]))

PAGES.append(page("b8709-tiengiang-mttq-soket-2023", """
ỦY BAN MTTQ VIỆT NAM TỈNH TIỀN GIANG
Trang chủ / Tin tức / Hoạt động Mặt trận tỉnh
Ngày đăng 14/07/2023 | 09:20
Đồng chí Nguyễn Thị Bích Liên trao Cờ thi đua cho các tập thể.
Mặt trận phát huy vai trò trong rà soát hộ nghèo và thu thập dữ liệu dân cư
Ngày 12/7/2023, Ủy ban MTTQ Việt Nam tỉnh Tiền Giang tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Thị Bích Liên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Báo cáo nêu rõ, 6 tháng qua Mặt trận các cấp đã phối hợp lực lượng công an thực hiện Đề án 06 theo Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ; Ban công tác Mặt trận ở 1.025 ấp, khu phố tham gia rà soát, thu thập, làm sạch thông tin của hơn 412.000 hộ gia đình trên cơ sở dữ liệu quốc gia về dân cư. Đoàn viên, hội viên hỗ trợ kích hoạt tài khoản định danh điện tử mức 2 cho trên 385.000 người, đạt 68,5%.
Về giảm nghèo, Mặt trận các cấp giám sát việc rà soát hộ nghèo giữa năm ở 169 xã, phường, thị trấn. Đến tháng 6/2023, toàn tỉnh còn 6.214 hộ nghèo, tỷ lệ 1,3%, và 8.902 hộ cận nghèo. Quỹ "Vì người nghèo" các cấp vận động được 28,7 tỷ đồng; xây dựng, sửa chữa 412 căn nhà Đại đoàn kết với tổng kinh phí hơn 20 tỷ đồng. Thực hiện Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN, Mặt trận tỉnh chủ trì 4 cuộc giám sát chuyên đề, trong đó có giám sát việc thực hiện chính sách đối với hộ nghèo tại huyện Tân Phú Đông.
Tham luận tại hội nghị, ông Lê Văn Tám, Chủ tịch Ủy ban MTTQ Việt Nam xã Phú Kiết, chia sẻ cách làm "mỗi ủy viên phụ trách một tổ dân cư" giúp việc rà soát hộ nghèo và thu thập dữ liệu dân cư không bỏ sót. Bà Huỳnh Thị Ngọc Diễm, Trưởng Ban công tác Mặt trận ấp Bình Hòa, xã Bình Phan, kể lại việc vận động 27 hộ tự nguyện xin ra khỏi danh sách hộ cận nghèo.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Bích Liên đề nghị 6 tháng cuối năm, Mặt trận các cấp tiếp tục thực hiện Kết luận 34, 35-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận và giảm nghèo bền vững; chủ động phối hợp ngành Lao động - Thương binh và Xã hội chuẩn bị rà soát hộ nghèo cuối năm 2023; phấn đấu vận động xây dựng thêm 300 căn nhà Đại đoàn kết.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao Cờ thi đua cho 3 tập thể và tặng Bằng khen cho 18 tập thể, 25 cá nhân có thành tích xuất sắc trong thực hiện Đề án 06 và công tác vì người nghèo.
Thu Hoài
Tin liên quan
- Hội nghị giao ban công tác Mặt trận quý I năm 2023 (07/04/2023)
- Gò Công Đông: Trao 100 căn nhà Đại đoàn kết cho hộ nghèo (22/03/2023)
- Cái Bè: Mặt trận phối hợp tuyên truyền về căn cước công dân (10/03/2023)
""", "2023-07-14", "Mặt trận phát huy vai trò trong rà soát hộ nghèo và thu thập dữ liệu dân cư",
E("so_ket", "2023-H1", "2023-07-12"),
[P("Nguyễn Thị Bích Liên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Tám", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phú Kiết"),
 P("Huỳnh Thị Ngọc Diễm", "Trưởng Ban công tác Mặt trận ấp Bình Hòa")],
[Q("1.025 ấp, khu phố", 1025, "ấp, khu phố"), Q("hơn 412.000 hộ gia đình", 412000, "hộ gia đình", "over"),
 Q("trên 385.000 người", 385000, "người", "over"), Q("68,5%", 68.5, "%"),
 Q("169 xã, phường, thị trấn", 169, "xã, phường, thị trấn"), Q("6.214 hộ nghèo", 6214, "hộ nghèo"), Q("1,3%", 1.3, "%"),
 Q("8.902 hộ cận nghèo", 8902, "hộ cận nghèo"), Q("28,7 tỷ đồng", 28700000000, "đồng"),
 Q("412 căn nhà Đại đoàn kết", 412, "căn nhà Đại đoàn kết"), Q("hơn 20 tỷ đồng", 20000000000, "đồng", "over"),
 Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"), Q("27 hộ", 27, "hộ"),
 Q("300 căn nhà Đại đoàn kết", 300, "căn nhà Đại đoàn kết"), Q("3 tập thể", 3, "tập thể"),
 Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Quyết định", "06", "QĐ-TTg", "2022-01-06", "Thủ tướng Chính phủ", "Quyết định số 06/QĐ-TTg ngày 06/01/2022"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Kết luận", "34", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 34, 35-KL/TU"),
 D("Kết luận", "35", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 34, 35-KL/TU")],
[prov("Tiền Giang"), com("Phú Kiết"), com("Bình Phan")],
["ỦY BAN MTTQ VIỆT NAM TỈNH TIỀN GIANG", "Trang chủ / Tin tức / Hoạt động Mặt trận tỉnh",
 "Đồng chí Nguyễn Thị Bích Liên trao Cờ thi đua cho các tập thể.", "Đề án 06", "Vì người nghèo",
 "mỗi ủy viên phụ trách một tổ dân cư", "ấp Bình Hòa"],
["Ngày đăng 14/07/2023 | 09:20", "6 tháng đầu năm 2023", "6 tháng cuối năm", "Đề án 06", "mức 2", "tháng 6/2023",
 "cuối năm 2023", "một tổ dân cư", "6 tháng qua"]))

PAGES.append(page("b8710-langson-bdv-giaoban-2024", """
BAN DÂN VẬN TỈNH ỦY LẠNG SƠN
Hôm nay: Thứ Tư, 10/04/2024
Trang chủ » Tin tức » Hoạt động dân vận
Thứ Ba, 09/04/2024 - 15:40
Giao ban khối dân vận quý I/2024: Vận động nhân dân tham gia điều tra dân số giữa kỳ
Ngày 08/4/2024, Ban Dân vận Tỉnh ủy Lạng Sơn tổ chức hội nghị giao ban công tác dân vận quý I, triển khai nhiệm vụ quý II năm 2024. Đồng chí Lộc Văn Tài, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự giao ban có 47 đồng chí là lãnh đạo Ban Dân vận các huyện ủy, thành ủy và khối Mặt trận, đoàn thể tỉnh.
Trọng tâm của quý I là vận động nhân dân tham gia Điều tra dân số và nhà ở giữa kỳ năm 2024, thời điểm 0 giờ ngày 1/4/2024. Theo Kế hoạch số 28/KH-UBND ngày 05/02/2024 của UBND tỉnh, Lạng Sơn có 781 địa bàn được chọn mẫu với khoảng 27.000 hộ; 850 điều tra viên, tổ trưởng thu thập thông tin bằng thiết bị điện tử từ ngày 1/4 đến ngày 30/4/2024. Thực hiện Kế hoạch 176, 177-KH/BDVTU của Ban Dân vận Tỉnh ủy, khối dân vận các cấp đã tổ chức 215 cuộc tuyên truyền tại nhà văn hóa thôn, khối phố với trên 9.600 lượt người tham dự.
Đồng chí Nông Thị Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết Ban công tác Mặt trận ở 1.640 khu dân cư đã cập nhật danh sách hộ mới tách, hộ đi làm ăn xa để cung cấp cho điều tra viên. Đồng chí Vi Văn Kiên, HUV, Trưởng Ban Dân vận Huyện ủy Bình Gia, nêu ở xã Hoa Thám nhiều hộ người Nùng, Dao làm nương xa, các chi hội trưởng phụ nữ đã hẹn lịch trước để điều tra viên đến đúng lúc hộ có người ở nhà. Đồng chí Chu Thị Mai, Phó Bí thư Tỉnh đoàn, cho biết các đội thanh niên tình nguyện đã hỗ trợ hơn 1.200 hộ tại thành phố Lạng Sơn kê khai trực tuyến.
Hội nghị cũng thông tin kết quả đến ngày 5/4/2024, các điều tra viên đã hoàn thành khoảng 38% số hộ; tỷ lệ phiếu phải kiểm tra lại dưới 2%. Đồng chí Lăng Văn Tuấn, Phó Cục trưởng Cục Thống kê tỉnh, đề nghị khối dân vận tiếp tục vận động ở các phường Chi Lăng, Vĩnh Trại, nơi có nhiều hộ kinh doanh, người ở trọ.
Về các nhiệm vụ khác, trong quý I, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hoàng Văn Sơn, Lương Thị Thúy đã chủ trì 3 đoàn khảo sát về thực hiện Quy chế dân chủ ở cơ sở; phong trào thi đua "Dân vận khéo" có thêm 126 mô hình đăng ký.
Kết luận, đồng chí Lộc Văn Tài yêu cầu quý II tập trung hỗ trợ cuộc điều tra về đích đúng hạn, tham gia tuyên truyền Luật Thực hiện dân chủ ở cơ sở, chuẩn bị tổng kết 10 năm phong trào "Dân vận khéo".
Nguyễn Hằng
Tin liên quan
- Tràng Định: Hội nghị biểu dương mô hình "Dân vận khéo" (28/03/2024)
- Tổng kết công tác dân vận năm 2023 (12/01/2024)
- Văn Lãng: Đối thoại với người dân về bồi thường, giải phóng mặt bằng (05/01/2024)
""", "2024-04-09", "Giao ban khối dân vận quý I/2024: Vận động nhân dân tham gia điều tra dân số giữa kỳ",
E("giao_ban", "2024-Q1", "2024-04-08"),
[P("Lộc Văn Tài", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nông Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vi Văn Kiên", "HUV", "Trưởng Ban Dân vận Huyện ủy Bình Gia"),
 P("Chu Thị Mai", "Phó Bí thư Tỉnh đoàn"),
 P("Lăng Văn Tuấn", "Phó Cục trưởng Cục Thống kê tỉnh"),
 P("Hoàng Văn Sơn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Thị Thúy", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("47 đồng chí", 47, "đồng chí"), Q("781 địa bàn", 781, "địa bàn"), Q("khoảng 27.000 hộ", 27000, "hộ", "approx"),
 Q("850 điều tra viên, tổ trưởng", 850, "điều tra viên, tổ trưởng"), Q("215 cuộc tuyên truyền", 215, "cuộc tuyên truyền"),
 Q("trên 9.600 lượt người", 9600, "lượt người", "over"), Q("1.640 khu dân cư", 1640, "khu dân cư"),
 Q("hơn 1.200 hộ", 1200, "hộ", "over"), Q("khoảng 38%", 38, "%", "approx"), Q("dưới 2%", 2, "%"),
 Q("3 đoàn khảo sát", 3, "đoàn khảo sát"), Q("126 mô hình", 126, "mô hình")],
[D("Kế hoạch", "28", "KH-UBND", "2024-02-05", "UBND tỉnh", "Kế hoạch số 28/KH-UBND ngày 05/02/2024"),
 D("Kế hoạch", "176", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 176, 177-KH/BDVTU"),
 D("Kế hoạch", "177", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 176, 177-KH/BDVTU")],
[prov("Lạng Sơn"), com("Hoa Thám"), com("Chi Lăng"), com("Vĩnh Trại")],
["BAN DÂN VẬN TỈNH ỦY LẠNG SƠN", "Hôm nay: Thứ Tư, 10/04/2024", "Trang chủ » Tin tức » Hoạt động dân vận",
 "Dân vận khéo", "Luật Thực hiện dân chủ ở cơ sở", "Quy chế dân chủ ở cơ sở", "Điều tra dân số và nhà ở giữa kỳ năm 2024"],
["Hôm nay: Thứ Tư, 10/04/2024", "Thứ Ba, 09/04/2024 - 15:40", "47 đồng chí", "quý I", "quý II năm 2024",
 "0 giờ ngày 1/4/2024", "ngày 30/4/2024", "10 năm", "quý I/2024"]))
