from lib import *
PAGES = []

PAGES.append(page("b309-laocai-xa-giaoban-2025", """
ĐẢNG ỦY - UBND XÃ MÙ CANG CHẢI
Tỉnh Lào Cai
Trang chủ › Tin tức › Công tác dân vận
Ngày đăng 05/12/2025 | 08:50
Giao ban khối dân vận xã: hòa giải thành 6/7 vụ việc
Chiều 3/12, Ban Xây dựng Đảng Đảng ủy xã Mù Cang Chải chủ trì giao ban công tác dân vận tháng 11 năm 2025 với Mặt trận, các đoàn thể và 14 trưởng thôn, bản.
Đồng chí Giàng A Chu, ĐUV, Trưởng Ban Xây dựng Đảng Đảng ủy xã, phát biểu tại buổi giao ban.
Dự giao ban có đồng chí Giàng A Chu, ĐUV, Trưởng Ban Xây dựng Đảng Đảng ủy xã; bà Thào Thị Dở, ĐUV, Chủ tịch Ủy ban MTTQ Việt Nam xã; các đồng chí Phó Chủ tịch UBND xã: Lò Văn Khánh, Sùng A Vàng.
Trong tháng 11, các tổ hòa giải đã giải quyết thành 6/7 vụ việc, chủ yếu tranh chấp nương ruộng bậc thang. Xã vận động 27 hộ người Mông gặt xong 41 ha lúa trước đợt rét, hỗ trợ 3 hộ bị sạt lở 14 triệu đồng/hộ. Đoàn Thanh niên xã tổ chức 4 buổi trình chiếu phim tuyên truyền thu hút khoảng 600 lượt người.
Thực hiện Kế hoạch 15-KH/ĐU và Kế hoạch 16-KH/ĐU của Đảng ủy xã về công tác dân vận năm 2026, Mặt trận xã đã khảo sát 112 hộ khó khăn về nhà ở sau bão số 10.
Ông Mùa A Sềnh, trưởng bản Chế Cu Nha, kiến nghị sớm làm lại 1,2 km đường nội bản bị sạt.
Kết luận buổi giao ban, đồng chí Giàng A Chu yêu cầu các thôn, bản tập trung vận động bà con giữ ấm cho gia súc, không để trẻ em nghỉ học dịp Tết Mông; khối dân vận tiếp tục bám cơ sở theo phương châm "3 bám, 4 cùng". Sau hơn 5 tháng vận hành chính quyền 2 cấp kể từ khi tỉnh Yên Bái hợp nhất vào tỉnh Lào Cai, việc giải quyết thủ tục cho người dân tại xã đã thuận lợi hơn.
Văn phòng Đảng ủy
Lượt xem: 318
Tin khác
- Xã Mù Cang Chải ra quân làm đường giao thông nông thôn
""", "2025-12-05", "Giao ban khối dân vận xã: hòa giải thành 6/7 vụ việc",
E("giao_ban", "2025-11", "2025-12-03"),
[P("Giàng A Chu", "ĐUV", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"), P("Thào Thị Dở", "ĐUV", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lò Văn Khánh", "Phó Chủ tịch UBND xã"), P("Sùng A Vàng", "Phó Chủ tịch UBND xã"), P("Mùa A Sềnh", "trưởng bản Chế Cu Nha")],
[Q("14 trưởng thôn, bản", 14, "trưởng thôn, bản"), Q("6/7 vụ việc", 6, "vụ việc"), Q("6/7 vụ việc", 7, "vụ việc"),
 Q("27 hộ", 27, "hộ"), Q("41 ha", 41, "ha"), Q("3 hộ", 3, "hộ"), Q("14 triệu đồng/hộ", 14000000, "đồng"),
 Q("4 buổi trình chiếu", 4, "buổi trình chiếu"), Q("khoảng 600 lượt người", 600, "lượt người", "approx"),
 Q("112 hộ", 112, "hộ"), Q("1,2 km", 1.2, "km")],
[D("Kế hoạch", "15", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 15-KH/ĐU"),
 D("Kế hoạch", "16", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 16-KH/ĐU")],
[com("Mù Cang Chải"), prov("Yên Bái"), prov("Lào Cai")],
["ĐẢNG ỦY - UBND XÃ MÙ CANG CHẢI", "Tỉnh Lào Cai", "Trang chủ › Tin tức › Công tác dân vận",
 "Đồng chí Giàng A Chu, ĐUV, Trưởng Ban Xây dựng Đảng Đảng ủy xã, phát biểu tại buổi giao ban.", "bản Chế Cu Nha",
 "Văn phòng Đảng ủy", "Lượt xem: 318"],
["tháng 11 năm 2025", "Trong tháng 11", "năm 2026", "bão số 10", "3 bám, 4 cùng", "hơn 5 tháng", "chính quyền 2 cấp", "Chiều 3/12", "Lượt xem: 318"]))

PAGES.append(page("b310-khanhhoa-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY KHÁNH HÒA
Hôm nay: Thứ Hai, 19/01/2026
Trang chủ > Tin tức - Sự kiện > Dân vận
Thứ Sáu, 16/01/2026 - 15:40
Khánh Hòa: 2.418 căn nhà tạm được xóa trong năm 2025
Ngày 14/1, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026 tại 66 điểm cầu.
Quang cảnh hội nghị tại điểm cầu tỉnh.
Hội nghị do đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Trần Thị Ngọc Lan chủ trì. Dự có các đồng chí Chamaléa Thị Huệ, Đàng Năng Thọ, Nguyễn Minh Triết - Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, cùng 58 đồng chí là trưởng ban, phó trưởng ban xây dựng Đảng các đảng ủy xã, phường, đặc khu.
Sau hợp nhất với tỉnh Ninh Thuận, khối dân vận đã vận động xóa 2.418 căn nhà tạm, nhà dột nát với tổng kinh phí hơn 126 tỷ đồng; các xã vùng đồng bào Raglai, Chăm hoàn thành 100% chỉ tiêu. Thực hiện Nghị quyết 83-NQ/TW và Nghị quyết 84-NQ/TW của Bộ Chính trị, Ban đã tổ chức 31 hội nghị học tập với 9.200 lượt cán bộ.
Đồng chí Katơr Thị Mai được bổ nhiệm làm Phó Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã Phước Bình, chia sẻ kinh nghiệm vận động đồng bào Raglai.
Hội nghị khen thưởng 16 tập thể, 21 cá nhân; phong trào "Dân vận khéo" có 1.094 mô hình.
Đồng chí Trần Thị Ngọc Lan đề nghị năm 2026 tập trung tuyên truyền bầu cử đại biểu Quốc hội và HĐND các cấp, nắm chắc dư luận xã hội ở các khu vực có dự án lớn, nhất là dự án điện và cảng biển.
Hải Yến
Lượt xem: 1.719
Tin liên quan
- Khối dân vận giao ban quý IV năm 2025
""", "2026-01-16", "Khánh Hòa: 2.418 căn nhà tạm được xóa trong năm 2025",
E("tong_ket", "2025", "2026-01-14"),
[P("Trần Thị Ngọc Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Chamaléa Thị Huệ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Đàng Năng Thọ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Minh Triết", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Katơr Thị Mai", "Phó Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã Phước Bình")],
[Q("66 điểm cầu", 66, "điểm cầu"), Q("58 đồng chí", 58, "đồng chí"), Q("2.418 căn nhà tạm", 2418, "căn nhà tạm, nhà dột nát"),
 Q("hơn 126 tỷ đồng", 126000000000, "đồng", "over"), Q("100%", 100, "%"), Q("31 hội nghị", 31, "hội nghị"),
 Q("9.200 lượt cán bộ", 9200, "lượt cán bộ"), Q("16 tập thể", 16, "tập thể"), Q("21 cá nhân", 21, "cá nhân"), Q("1.094 mô hình", 1094, "mô hình")],
[D("Nghị quyết", "83", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 83-NQ/TW"),
 D("Nghị quyết", "84", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 84-NQ/TW")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Phước Bình")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY KHÁNH HÒA", "Trang chủ > Tin tức - Sự kiện > Dân vận", "Quang cảnh hội nghị tại điểm cầu tỉnh.",
 "Dân vận khéo", "Lượt xem: 1.719"],
["Hôm nay: Thứ Hai, 19/01/2026", "58 đồng chí", "năm 2025", "năm 2026", "Ngày 14/1", "Lượt xem: 1.719"]))

PAGES.append(page("b311-angiang-mttq-traoqua-2026", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH AN GIANG
Cổng thông tin điện tử
Trang chủ » An sinh xã hội » Vì người nghèo
10/02/2026 - 16:15
Trao 3.200 phần quà Tết Bính Ngọ cho đồng bào Khmer và hộ nghèo vùng biên
Ngày 7/2, Ủy ban MTTQ Việt Nam tỉnh tổ chức trao 3.200 phần quà Tết cho hộ nghèo, hộ cận nghèo đồng bào Khmer tại các xã biên giới và đặc khu Phú Quốc.
Các đại biểu trao 3.200 phần quà Tết cho bà con xã Tri Tôn.
Đoàn do bà Danh Thị Hồng Mơ, Tỉnh ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh, dẫn đầu. Cùng đi có Hòa thượng Chau Ty, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh; ông Trịnh Quốc Vũ, Tổng Giám đốc Công ty TNHH Thủy sản Kiên Hải.
Mỗi phần quà trị giá 1.150.000đ, gồm 700 ngàn đồng tiền mặt và nhu yếu phẩm; tổng trị giá 3 tỷ 680 triệu đồng. Riêng xã Tri Tôn nhận 650 phần, xã Giang Thành 420 phần. Thực hiện Kế hoạch số 39/KH-MTTQ-BTT ngày 5/1/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, dịp Tết toàn tỉnh vận động được hơn 58 tỷ đồng cho Quỹ "Vì người nghèo".
Bà Néang Thị Sa Rươl, hộ nghèo ấp Tô Hạ, xã Tri Tôn, xúc động cho biết đây là năm thứ ba gia đình bà được nhận quà.
Sau khi tỉnh Kiên Giang và tỉnh An Giang hợp nhất, Mặt trận tỉnh tiếp tục duy trì chương trình "Xuân yêu thương - Tết sum vầy" tại 24 xã, phường, đặc khu vùng biên.
Bà Danh Thị Hồng Mơ đề nghị Ban công tác Mặt trận các ấp rà soát kỹ, trao đúng đối tượng, không để hộ nào thiếu Tết.
Bảo Ngọc
Lượt xem: 2.486
Tin cùng chuyên mục
- Mặt trận xã Hòn Đất trao nhà Đại đoàn kết (3/2/2026)
""", "2026-02-10", "Trao 3.200 phần quà Tết Bính Ngọ cho đồng bào Khmer và hộ nghèo vùng biên",
E("trao_qua", None, "2026-02-07"),
[P("Danh Thị Hồng Mơ", "Tỉnh ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Chau Ty", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Trịnh Quốc Vũ", "Tổng Giám đốc Công ty TNHH Thủy sản Kiên Hải"),
 P("Néang Thị Sa Rươl", "hộ nghèo ấp Tô Hạ")],
[Q("3.200 phần quà Tết", 3200, "phần quà Tết"), Q("1.150.000đ", 1150000, "đồng"), Q("700 ngàn đồng", 700000, "đồng"),
 Q("3 tỷ 680 triệu đồng", 3680000000, "đồng"), Q("650 phần", 650, "phần"), Q("420 phần", 420, "phần"),
 Q("hơn 58 tỷ đồng", 58000000000, "đồng", "over"), Q("24 xã, phường, đặc khu", 24, "xã, phường, đặc khu")],
[D("Kế hoạch", "39", "KH-MTTQ-BTT", "2026-01-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 39/KH-MTTQ-BTT")],
[prov("An Giang"), prov("Kiên Giang"), com("Tri Tôn"), com("Giang Thành"), com("Phú Quốc")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH AN GIANG", "Cổng thông tin điện tử", "Trang chủ » An sinh xã hội » Vì người nghèo",
 "Các đại biểu trao 3.200 phần quà Tết cho bà con xã Tri Tôn.", "Vì người nghèo", "Xuân yêu thương - Tết sum vầy",
 "ấp Tô Hạ", "Lượt xem: 2.486"],
["Tết Bính Ngọ", "năm thứ ba", "Ngày 7/2", "Lượt xem: 2.486"]))

PAGES.append(page("b312-cantho-hccb-giaoban-2026", """
HỘI CỰU CHIẾN BINH THÀNH PHỐ CẦN THƠ
Trang chủ | Hoạt động Hội | Tin thành phố
Thứ Tư, 08/04/2026 - 09:20
Hội CCB thành phố Cần Thơ giao ban quý I
Ngày 6/4, Thường trực Hội CCB thành phố tổ chức giao ban công tác Hội quý I năm 2026 với chủ tịch Hội CCB 103 xã, phường.
Đại tá Lý Văn Sến (giữa) chủ trì buổi giao ban.
Chủ trì có Đại tá Lý Văn Sến, Ủy viên BCH Trung ương Hội CCB Việt Nam, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Chủ tịch Hội CCB thành phố. Cùng dự có các Phó Chủ tịch Hội CCB thành phố: Thượng tá Thạch Sô Phal, Đại tá Huỳnh Văn Bé Tư; ông Sơn Ngọc Thạnh, Phó Trưởng Ban Dân tộc và Tôn giáo thành phố.
Sau khi hợp nhất thành phố Cần Thơ với tỉnh Sóc Trăng và tỉnh Hậu Giang, Hội CCB thành phố có hơn 48.000 hội viên. Quý I, các cấp Hội đã hòa giải thành 62 vụ việc trong 70 vụ phát sinh, hỗ trợ 9 căn nhà "Mái ấm đồng đội" với 50 triệu/căn; Quỹ hỗ trợ CCB đạt 31,6 tỷ đồng, dư nợ bình quân 35 triệu đồng/hộ.
Thực hiện Chỉ thị 06, 07-CT/CCB của Ban Thường vụ Hội CCB thành phố, 103/103 xã, phường đã kiện toàn tổ CCB tự quản. Hội đã vận động 5 đồng chí cựu chiến binh là chủ doanh nghiệp tạo việc làm cho 380 lao động.
Đại tá Lý Văn Sến đề nghị quý II các cơ sở Hội tham gia tốt công tác bầu cử, giữ vững phương châm "4 tốt, 2 giữ", phối hợp với công an xã nắm tình hình ở các ấp, sóc.
Các đại biểu cũng thảo luận cách duy trì sinh hoạt chi hội ở những nơi địa bàn xã mới rộng, hội viên ở xa; nhiều ý kiến đề nghị sinh hoạt ghép theo cụm ấp và tăng cường liên lạc qua nhóm Zalo của chi hội.
Văn Khoa
Lượt xem: 764
Tin khác
- Hội CCB phường Sóc Trăng tặng nhà đồng đội
""", "2026-04-08", "Hội CCB thành phố Cần Thơ giao ban quý I",
E("giao_ban", "2026-Q1", "2026-04-06"),
[P("Lý Văn Sến", "Đại tá", "Ủy viên BCH Trung ương Hội CCB Việt Nam", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Chủ tịch Hội CCB thành phố"),
 P("Thạch Sô Phal", "Thượng tá", "Phó Chủ tịch Hội CCB thành phố"),
 P("Huỳnh Văn Bé Tư", "Đại tá", "Phó Chủ tịch Hội CCB thành phố"),
 P("Sơn Ngọc Thạnh", "Phó Trưởng Ban Dân tộc và Tôn giáo thành phố")],
[Q("103 xã, phường", 103, "xã, phường"), Q("hơn 48.000 hội viên", 48000, "hội viên", "over"), Q("62 vụ việc", 62, "vụ việc"),
 Q("70 vụ", 70, "vụ"), Q("9 căn nhà", 9, "căn nhà"), Q("50 triệu/căn", 50000000, "đồng"), Q("31,6 tỷ đồng", 31600000000, "đồng"),
 Q("35 triệu đồng/hộ", 35000000, "đồng"), Q("5 đồng chí", 5, "đồng chí"), Q("380 lao động", 380, "lao động")],
[D("Chỉ thị", "06", "CT/CCB", None, "Ban Thường vụ Hội CCB thành phố", "Chỉ thị 06, 07-CT/CCB"),
 D("Chỉ thị", "07", "CT/CCB", None, "Ban Thường vụ Hội CCB thành phố", "Chỉ thị 06, 07-CT/CCB")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang")],
["HỘI CỰU CHIẾN BINH THÀNH PHỐ CẦN THƠ", "Trang chủ | Hoạt động Hội | Tin thành phố", "Đại tá Lý Văn Sến (giữa) chủ trì buổi giao ban.",
 "Mái ấm đồng đội", "Quỹ hỗ trợ CCB", "Lượt xem: 764"],
["quý I năm 2026", "Quý I", "quý II", "103/103 xã, phường", "5 đồng chí", "4 tốt, 2 giữ", "Ngày 6/4", "Lượt xem: 764"]))

PAGES.append(page("b313-dongthap-hnd-doithoai-2026", """
HỘI NÔNG DÂN TỈNH ĐỒNG THÁP
Trang chủ > Tin tức > Nông dân với pháp luật
Cập nhật: 07:35, 22/05/2026 (GMT+7)
Nông dân sầu riêng, xoài đối thoại với lãnh đạo tỉnh về mã số vùng trồng
Ngày 20/5, tại xã Cái Bè, Hội Nông dân tỉnh phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2026 với chủ đề mã số vùng trồng và tiêu thụ trái cây.
Nông dân Huỳnh Văn Út (đứng) nêu ý kiến tại hội nghị.
Chủ trì đối thoại có đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trần Quốc Bảo; đồng chí Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh Lê Thị Kim Phượng; các đồng chí Võ Văn Lâm, Giám đốc Sở Nông nghiệp và Môi trường, và Phan Thanh Nhàn, Phó Giám đốc Sở Công Thương.
Hơn 320 nông dân đến từ 18 xã đã gửi 43 ý kiến. Ông Huỳnh Văn Út, hội viên ấp Mỹ Hưng, xã Cái Bè, cho biết giá sầu riêng có lúc xuống 38.000 đ/kg, trong khi chi phí trồng khoảng 250 - 300 triệu đồng/ha. Nhiều hộ xin cấp mã số vùng trồng cho 1.600 ha xoài.
Đồng chí Trần Quốc Bảo đã trả lời 37/43 ý kiến. Theo Quyết định số 845/QĐ-UBND ngày 12/3/2026 của UBND tỉnh, tỉnh dành 15,5 tỷ đồng hỗ trợ nông dân cấp mã số vùng trồng; Quỹ Hỗ trợ nông dân cho 240 hộ vay, mỗi hộ đến 120tr.
Ông Nguyễn Văn Sáu, hội viên xã Mỹ Thọ, đề nghị tỉnh kêu gọi thêm doanh nghiệp ký hợp đồng bao tiêu.
Sau khi tỉnh Tiền Giang hợp nhất vào tỉnh Đồng Tháp, đây là cuộc đối thoại đầu tiên của Chủ tịch UBND tỉnh với nông dân. Các ý kiến chưa trả lời tại chỗ sẽ được các sở, ngành trả lời bằng văn bản trong 15 ngày.
Minh Trí
Lượt xem: 1.877
Tin liên quan
- Nông dân Tháp Mười học cách ghi nhật ký điện tử
""", "2026-05-22", "Nông dân sầu riêng, xoài đối thoại với lãnh đạo tỉnh về mã số vùng trồng",
E("doi_thoai", "2026", "2026-05-20"),
[P("Huỳnh Văn Út", "hội viên ấp Mỹ Hưng"),
 P("Trần Quốc Bảo", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Lê Thị Kim Phượng", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Võ Văn Lâm", "Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Phan Thanh Nhàn", "Phó Giám đốc Sở Công Thương"),
 P("Nguyễn Văn Sáu", "hội viên xã Mỹ Thọ")],
[Q("Hơn 320 nông dân", 320, "nông dân", "over"), Q("18 xã", 18, "xã"), Q("43 ý kiến", 43, "ý kiến"),
 Q("38.000 đ/kg", 38000, "đồng"), Q("250 - 300 triệu đồng/ha", 250000000, "đồng", "approx"),
 Q("250 - 300 triệu đồng/ha", 300000000, "đồng", "approx"), Q("1.600 ha", 1600, "ha"), Q("37/43 ý kiến", 37, "ý kiến"),
 Q("15,5 tỷ đồng", 15500000000, "đồng"), Q("240 hộ", 240, "hộ"), Q("120tr", 120000000, "đồng")],
[D("Quyết định", "845", "QĐ-UBND", "2026-03-12", "UBND tỉnh", "Quyết định số 845/QĐ-UBND")],
[prov("Đồng Tháp"), prov("Tiền Giang"), com("Cái Bè"), com("Mỹ Thọ")],
["HỘI NÔNG DÂN TỈNH ĐỒNG THÁP", "Trang chủ > Tin tức > Nông dân với pháp luật",
 "Nông dân Huỳnh Văn Út (đứng) nêu ý kiến tại hội nghị.", "Quỹ Hỗ trợ nông dân", "ấp Mỹ Hưng", "Lượt xem: 1.877"],
["(GMT+7)", "năm 2026", "trong 15 ngày", "cuộc đối thoại đầu tiên", "Ngày 20/5", "Lượt xem: 1.877"]))

PAGES.append(page("b314-phutho-hlhpn-soket-2026", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH PHÚ THỌ
Hôm nay: Thứ Hai, 20/07/2026
Bạn đang ở: Trang chủ / Tin hoạt động / Tỉnh Hội
17/07/2026 - 14:50
Phụ nữ Phú Thọ giúp 1.385 hội viên Mường, Dao thoát nghèo
Sáng 15/7, Ban Thường vụ Hội LHPN tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm.
Toàn cảnh hội nghị sơ kết.
Chủ trì hội nghị có bà Đinh Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; các bà Bùi Thị Mến, Triệu Thị Sinh, Kiều Thị Hạnh - Phó Chủ tịch Hội LHPN tỉnh.
Sau hợp nhất với tỉnh Vĩnh Phúc và tỉnh Hòa Bình, Hội có 148 cơ sở xã, phường. Sáu tháng qua, các cấp Hội đã giúp 1.385 hội viên Mường, Dao thoát nghèo, phối hợp giải ngân 612,4 tỷ đồng qua 1.906 tổ tiết kiệm và vay vốn; vận động xây 36 "Mái ấm nghĩa tình" trị giá 2 tỷ 160 triệu đồng. 89% chi hội đạt tiêu chí "5 không, 4 sạch".
Thực hiện Nghị quyết 08-NQ/ĐCT của Đoàn Chủ tịch Trung ương Hội và Kế hoạch 21, 22-KH/HPN của Ban Thường vụ Hội LHPN tỉnh, Hội đã tổ chức 214 buổi tuyên truyền phòng chống bạo lực gia đình.
Chị Bùi Thị Lụa vừa được tín nhiệm giữ chức Chủ tịch Hội LHPN xã Mường Động, chia sẻ mô hình nuôi 400 con gà đồi thu 90tr/lứa.
Hội nghị đề ra chỉ tiêu 6 tháng cuối năm thành lập 50 tổ hợp tác phụ nữ.
Bà Đinh Thị Hồng Nhung đề nghị các cấp Hội chủ động nắm tình hình hội viên sau sắp xếp, chăm lo phụ nữ vùng đồng bào dân tộc thiểu số.
Lan Phương
Lượt xem: 1.133
Tin liên quan
- Hội LHPN xã Tam Đảo ra mắt tổ phụ nữ khởi nghiệp
""", "2026-07-17", "Phụ nữ Phú Thọ giúp 1.385 hội viên Mường, Dao thoát nghèo",
E("so_ket", "2026-H1", "2026-07-15"),
[P("Đinh Thị Hồng Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Bùi Thị Mến", "Phó Chủ tịch Hội LHPN tỉnh"), P("Triệu Thị Sinh", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Kiều Thị Hạnh", "Phó Chủ tịch Hội LHPN tỉnh"), P("Bùi Thị Lụa", "Chủ tịch Hội LHPN xã Mường Động")],
[Q("148 cơ sở xã, phường", 148, "cơ sở xã, phường"), Q("1.385 hội viên", 1385, "hội viên"), Q("612,4 tỷ đồng", 612400000000, "đồng"),
 Q("1.906 tổ tiết kiệm và vay vốn", 1906, "tổ tiết kiệm và vay vốn"), Q("36 \"Mái ấm nghĩa tình\"", 36, "Mái ấm nghĩa tình"),
 Q("2 tỷ 160 triệu đồng", 2160000000, "đồng"), Q("89%", 89, "%"), Q("214 buổi tuyên truyền", 214, "buổi tuyên truyền"),
 Q("400 con gà", 400, "con gà"), Q("90tr/lứa", 90000000, "đồng"), Q("50 tổ hợp tác", 50, "tổ hợp tác")],
[D("Nghị quyết", "08", "NQ/ĐCT", None, "Đoàn Chủ tịch Trung ương Hội", "Nghị quyết 08-NQ/ĐCT"),
 D("Kế hoạch", "21", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 21, 22-KH/HPN"),
 D("Kế hoạch", "22", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 21, 22-KH/HPN")],
[prov("Phú Thọ"), prov("Vĩnh Phúc"), prov("Hòa Bình"), com("Mường Động")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH PHÚ THỌ", "Bạn đang ở: Trang chủ / Tin hoạt động / Tỉnh Hội", "Toàn cảnh hội nghị sơ kết.",
 "Mái ấm nghĩa tình", "Lượt xem: 1.133"],
["Hôm nay: Thứ Hai, 20/07/2026", "5 không, 4 sạch", "6 tháng đầu năm 2026", "6 tháng cuối năm", "Sáu tháng qua", "Sáng 15/7", "Lượt xem: 1.133"]))

PAGES.append(page("b315-quangngai-doan-traoqua-2026", """
TỈNH ĐOÀN QUẢNG NGÃI
Cổng thông tin Tuổi trẻ Quảng Ngãi
Trang chủ › Tin tức › Tình nguyện
08:05 | 26/08/2026
Trao 180 suất học bổng "Tiếp bước em đến trường" cho học sinh Xơ Đăng, Ba Na
Ngày 24/8, tại xã Đăk Tô, Ban Thường vụ Tỉnh đoàn phối hợp với các nhà tài trợ trao 180 suất học bổng cho học sinh dân tộc thiểu số vượt khó trước năm học mới.
Anh A Khang (thứ hai từ trái) trao học bổng cho học sinh xã Đăk Tô.
Dự lễ trao có anh A Khang, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh; anh Đinh Văn Thơm và chị Y Thị Hoa Lý, cùng là Phó Bí thư Tỉnh đoàn; ông Trần Minh Châu, Phó Giám đốc Chi nhánh Ngân hàng TMCP Công Thương Kon Tum.
Mỗi suất học bổng trị giá 2.500.000 đồng, kèm 10 quyển vở; tổng trị giá 450 triệu đồng. Ngoài ra, Tỉnh đoàn trao thêm 25 xe đạp cho học sinh ở cách trường trên 5 km, mỗi chiếc khoảng 2,2 triệu đồng.
Em Y Blăng, học sinh lớp 9 xã Đăk Tô, bày tỏ: "Em sẽ cố gắng học giỏi để sau này làm cô giáo ở làng". Chị Y Thị Hoa Lý cho biết 180 suất học bổng được chọn từ 412 hồ sơ do 36 cơ sở Đoàn đề xuất.
Anh Y Rơ Đin vừa được tín nhiệm giữ chức Bí thư Đoàn xã Đăk Tô, cam kết theo dõi việc học của các em.
Chương trình nằm trong Kế hoạch 46-KH/TĐTN-TNTH của Ban Thường vụ Tỉnh đoàn về hoạt động hè năm 2026, sau khi tỉnh Kon Tum hợp nhất với tỉnh Quảng Ngãi.
Sau lễ trao, đoàn viên thanh niên đã cùng các em dọn vệ sinh sân trường, sửa lại bàn ghế và trồng cây xanh quanh điểm trường của làng.
Kiều Oanh
Lượt xem: 906
Tin liên quan
- Tuổi trẻ Sa Thầy làm đường cho dân
""", "2026-08-26", "Trao 180 suất học bổng \"Tiếp bước em đến trường\" cho học sinh Xơ Đăng, Ba Na",
E("trao_qua", None, "2026-08-24"),
[P("A Khang", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Đinh Văn Thơm", "Phó Bí thư Tỉnh đoàn"), P("Y Thị Hoa Lý", "Phó Bí thư Tỉnh đoàn"),
 P("Trần Minh Châu", "Phó Giám đốc Chi nhánh Ngân hàng TMCP Công Thương Kon Tum"),
 P("Y Blăng", "học sinh lớp 9 xã Đăk Tô"), P("Y Rơ Đin", "Bí thư Đoàn xã Đăk Tô")],
[Q("180 suất học bổng", 180, "suất học bổng"), Q("2.500.000 đồng", 2500000, "đồng"), Q("10 quyển vở", 10, "quyển vở"),
 Q("450 triệu đồng", 450000000, "đồng"), Q("25 xe đạp", 25, "xe đạp"), Q("trên 5 km", 5, "km", "over"),
 Q("khoảng 2,2 triệu đồng", 2200000, "đồng", "approx"), Q("412 hồ sơ", 412, "hồ sơ"), Q("36 cơ sở Đoàn", 36, "cơ sở Đoàn")],
[D("Kế hoạch", "46", "KH/TĐTN-TNTH", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 46-KH/TĐTN-TNTH")],
[prov("Kon Tum"), prov("Quảng Ngãi"), com("Đăk Tô")],
["TỈNH ĐOÀN QUẢNG NGÃI", "Cổng thông tin Tuổi trẻ Quảng Ngãi", "Trang chủ › Tin tức › Tình nguyện",
 "Anh A Khang (thứ hai từ trái) trao học bổng cho học sinh xã Đăk Tô.", "Tiếp bước em đến trường",
 "Ngân hàng TMCP Công Thương", "Lượt xem: 906"],
["lớp 9", "năm 2026", "Ngày 24/8", "Lượt xem: 906"]))

PAGES.append(page("b316-daklak-bao-chandung-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐẮK LẮK
Thứ Sáu, 16/10/2026
Trang chủ » Xã hội » Người tốt việc tốt
Thứ Tư, 14/10/2026 - 06:45
Người "giữ lửa" buôn Ea Nao
(ĐL) - Gần 30 năm làm trưởng buôn, ông Y Krông Mlô đã vận động bà con buôn Ea Nao bỏ tục chuyển đất cho người ngoài, giữ lại 95 ha đất rẫy cho con cháu.
Ông Y Krông Mlô (bìa phải) trò chuyện với thanh niên trong buôn.
Ông Y Krông Mlô, 66 tuổi, người Ê Đê, là trưởng buôn Ea Nao, phường Buôn Ma Thuột, đồng thời là Trưởng ban công tác Mặt trận buôn. Đầu năm 2026, ông được bà con tín nhiệm bầu làm người có uy tín của buôn.
Ông kể, có thời điểm 17 hộ trong buôn định bán đất rẫy với giá 350 - 400 triệu đồng/sào để mua xe máy, điện thoại. Ông đến từng nhà khuyên giữ đất, trồng cà phê xen sầu riêng. Nay cả buôn có 212 hộ, không còn hộ nghèo; thu nhập bình quân đạt 78 triệu đồng/người/năm.
Bà H'Linh Niê, Chủ tịch Ủy ban MTTQ Việt Nam phường Buôn Ma Thuột, cho biết ông còn hòa giải thành 11 vụ mâu thuẫn gia đình trong 2 năm qua. Ông Nguyễn Hữu Phước, Phó Chủ tịch UBND phường, nhận xét buôn Ea Nao là điển hình của phong trào "Dân vận khéo".
Năm 2026, ông được Chủ tịch UBND tỉnh Đắk Lắk tặng Bằng khen theo Quyết định số 1907/QĐ-UBND ngày 18/9/2026. Sau khi tỉnh Phú Yên hợp nhất với tỉnh Đắk Lắk, ông còn được mời chia sẻ kinh nghiệm với các già làng ở phía đông tỉnh.
Buổi tối, nhà dài của ông vẫn sáng đèn, thanh niên trong buôn đến học đánh chiêng, nghe kể khan.
Bài, ảnh: H'Xuân
Lượt xem: 4.215
Tin khác
- Buôn Kô Tam giữ nghề dệt thổ cẩm
""", "2026-10-14", "Người \"giữ lửa\" buôn Ea Nao",
E(None, None, None),
[P("Y Krông Mlô", "trưởng buôn Ea Nao", "Trưởng ban công tác Mặt trận buôn", "người có uy tín của buôn"),
 P("H'Linh Niê", "Chủ tịch Ủy ban MTTQ Việt Nam phường Buôn Ma Thuột"),
 P("Nguyễn Hữu Phước", "Phó Chủ tịch UBND phường")],
[Q("95 ha", 95, "ha"), Q("17 hộ", 17, "hộ"), Q("350 - 400 triệu đồng/sào", 350000000, "đồng"),
 Q("350 - 400 triệu đồng/sào", 400000000, "đồng"), Q("212 hộ", 212, "hộ"),
 Q("78 triệu đồng/người/năm", 78000000, "đồng"), Q("11 vụ mâu thuẫn", 11, "vụ mâu thuẫn")],
[D("Quyết định", "1907", "QĐ-UBND", "2026-09-18", "Chủ tịch UBND tỉnh Đắk Lắk", "Quyết định số 1907/QĐ-UBND")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Buôn Ma Thuột")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐẮK LẮK", "Trang chủ » Xã hội » Người tốt việc tốt",
 "Ông Y Krông Mlô (bìa phải) trò chuyện với thanh niên trong buôn.", "buôn Ea Nao", "Dân vận khéo", "Lượt xem: 4.215"],
["Thứ Sáu, 16/10/2026", "Gần 30 năm", "66 tuổi", "Đầu năm 2026", "trong 2 năm qua", "Năm 2026", "Lượt xem: 4.215"]))
