from lib import *
PAGES = []

PAGES.append(page("b6353-gialai-bdv-soket-quyche-2022", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị › Dân vận
15 tháng 7, 2022 | 10:20
Ảnh: Quang cảnh hội nghị.
Phối hợp chặt chẽ trong công tác người Việt Nam ở nước ngoài
(GLO) - Chiều 14/7, Ban Dân vận Tỉnh ủy Gia Lai, Ủy ban MTTQ Việt Nam tỉnh và Sở Ngoại vụ tổ chức hội nghị sơ kết 6 tháng đầu năm 2022 thực hiện Quy chế phối hợp số 02-QC/BDVTU-MTTQ-SNgV về công tác vận động người Việt Nam ở nước ngoài. Đồng chí Rơ Châm Ngơ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Theo báo cáo, Gia Lai có khoảng 5.600 người đang định cư, học tập, lao động ở nước ngoài, trong đó có gần 1.000 người Jrai, Bahnar. 6 tháng đầu năm, các cơ quan đã nắm tình hình 214 hộ có người thân ở nước ngoài; phát hiện, vận động 9 trường hợp trở về địa phương sau thời gian vượt biên trái phép sang Campuchia, Thái Lan. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 118, 119-KH/TU về thực hiện Kết luận số 12-KL/TW ngày 12/8/2021 của Bộ Chính trị về công tác người Việt Nam ở nước ngoài trong tình hình mới và về phòng, chống hoạt động lợi dụng tôn giáo.
Kiều bào và thân nhân đã đóng góp 1,63 tỷ đồng cho các chương trình an sinh, trong đó 720 triệu đồng xây 12 căn nhà đại đoàn kết cho hộ nghèo người dân tộc thiểu số; 85% xã biên giới đã có tổ tuyên truyền về di cư an toàn.
Tại hội nghị, ông Ksor Phơ, HUV, Trưởng Ban Dân vận Huyện ủy Ia Grai, cho biết huyện đã phối hợp vận động 4 hộ Jrai di cư trái phép trở về ổn định cuộc sống; bà Siu H'Lâm, Chủ tịch Ủy ban MTTQ xã Ia O, đề nghị có chính sách hỗ trợ sinh kế cho các hộ hồi hương. Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Đinh Văn Trơ, Nguyễn Thị Hương Giang tiếp thu, giải đáp ý kiến.
Hội nghị cũng chỉ ra một số hạn chế: việc trao đổi thông tin giữa các cơ quan có lúc chưa kịp thời; số liệu về người lao động tự do ở nước ngoài chưa đầy đủ; một số xã chưa bố trí cán bộ theo dõi. Bà Kpă H'Nhi, Phó Chủ tịch Hội LHPN tỉnh, đề nghị lồng ghép nội dung phòng, chống mua bán người vào sinh hoạt chi hội phụ nữ ở các làng.
Ông Phạm Xuân Hòa, Giám đốc Sở Ngoại vụ, thông tin: trong 6 tháng, Sở đã phối hợp hỗ trợ 27 công dân gặp khó khăn ở nước ngoài, giúp 3 thi thể công dân được đưa về quê an táng; đề nghị các địa phương cập nhật thông tin theo Hướng dẫn số 04-HD/BDVTU.
Kết luận hội nghị, đồng chí Rơ Châm Ngơ yêu cầu 6 tháng cuối năm các bên tiếp tục thực hiện Chỉ thị số 45-CT/TW và Kết luận 12-KL/TW; đẩy mạnh tuyên truyền cho người có uy tín, già làng trong đồng bào Jrai, Bahnar; phấn đấu 100% xã biên giới có tổ tuyên truyền trước ngày 31/12/2022.
Hồng Thi
Lượt xem: 1.402
Tin liên quan
- Đức Cơ: vận động 3 hộ dân bỏ đạo trái pháp luật (05/07/2022)
- Gặp mặt người có uy tín năm 2022 (22/06/2022)
- Sơ kết công tác dân vận 6 tháng đầu năm 2022 (15/06/2022)
""", "2022-07-15", "Phối hợp chặt chẽ trong công tác người Việt Nam ở nước ngoài",
E("so_ket", "2022-H1", "2022-07-14"),
[P("Rơ Châm Ngơ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Phơ", "HUV", "Trưởng Ban Dân vận Huyện ủy Ia Grai"),
 P("Siu H'Lâm", "Chủ tịch Ủy ban MTTQ xã Ia O"),
 P("Đinh Văn Trơ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hương Giang", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kpă H'Nhi", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Phạm Xuân Hòa", "Giám đốc Sở Ngoại vụ")],
[Q("khoảng 5.600 người", 5600, "người", "approx"), Q("gần 1.000 người", 1000, "người", "approx"), Q("214 hộ", 214, "hộ"),
 Q("9 trường hợp", 9, "trường hợp"), Q("1,63 tỷ đồng", 1630000000, "đồng"), Q("720 triệu đồng", 720000000, "đồng"),
 Q("12 căn nhà đại đoàn kết", 12, "căn nhà đại đoàn kết"), Q("85%", 85, "%"), Q("4 hộ Jrai di cư trái phép", 4, "hộ"),
 Q("27 công dân", 27, "công dân"), Q("3 thi thể", 3, "thi thể"), Q("100%", 100, "%")],
[D("Quy chế phối hợp", "02", "QC/BDVTU-MTTQ-SNgV", None, None, "Quy chế phối hợp số 02-QC/BDVTU-MTTQ-SNgV"),
 D("Kế hoạch", "118", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 118, 119-KH/TU"),
 D("Kế hoạch", "119", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 118, 119-KH/TU"),
 D("Kết luận", "12", "KL/TW", "2021-08-12", "Bộ Chính trị", "Kết luận số 12-KL/TW ngày 12/8/2021 của Bộ Chính trị"),
 D("Hướng dẫn", "04", "HD/BDVTU", None, None, "Hướng dẫn số 04-HD/BDVTU"),
 D("Chỉ thị", "45", "CT/TW", None, None, "Chỉ thị số 45-CT/TW")],
[prov("Gia Lai"), com("Ia O")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị › Dân vận", "Ảnh: Quang cảnh hội nghị.", "(GLO)", "Lượt xem: 1.402"],
["15 tháng 7, 2022 | 10:20", "6 tháng đầu năm 2022", "6 tháng cuối năm", "Lượt xem: 1.402"]))

PAGES.append(page("b6354-bacninh-hoilienlac-tongket-2022", """
Báo Bắc Ninh
Trang chủ | Chính trị | Đối ngoại
26-12-2022 09:40
Tổng kết công tác năm 2022: Hội Liên lạc với người Việt Nam ở nước ngoài tỉnh phát huy vai trò cầu nối
Ngày 24/12, Hội Liên lạc với người Việt Nam ở nước ngoài tỉnh Bắc Ninh tổ chức hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023. Dự có đồng chí Nguyễn Thị Thu Trang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Ngô Văn Quý, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh.
Đồng chí Nguyễn Thị Thu Trang phát biểu chỉ đạo hội nghị.
Năm 2022, Hội đã phát triển 86 hội viên mới, nâng tổng số lên 1.312 hội viên sinh hoạt tại 8 chi hội huyện, thị xã, thành phố. Hội phối hợp tổ chức 3 đoàn kiều bào với 74 lượt người về thăm quê, tìm hiểu môi trường đầu tư tại các khu công nghiệp Yên Phong, Quế Võ; vận động kiều bào tài trợ 2,45 tỷ đồng cho 48 suất học bổng "Vì em hiếu học", 15 căn nhà đại đoàn kết và 1 tủ sách tiếng Việt cho con em kiều bào tại Cộng hòa Séc.
Hội đã phối hợp với Ủy ban MTTQ tỉnh thực hiện Chương trình phối hợp số 06/CTr-MTTQ-HLL ngày 18/2/2022, triển khai Kế hoạch số 226-KH/TU ngày 5/4/2022 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 12-KL/TW của Bộ Chính trị. Trong năm, lần đầu tiên tổ chức Ngày hội văn hóa quan họ kết nối trực tuyến với 6 điểm cầu ở Đức, Ba Lan, Séc, Nga, Nhật Bản, Hàn Quốc, thu hút khoảng 3.500 lượt người xem.
Tại hội nghị, ông Trần Quang Lâm, Chi hội trưởng Chi hội Liên lạc huyện Tiên Du, đề nghị Hội sớm có quy chế tôn vinh doanh nhân kiều bào; bà Nguyễn Thị Lụa, Phó Chủ tịch Ủy ban MTTQ phường Đình Bảng, cho biết phường có 127 người đang làm ăn ở nước ngoài, phần lớn tại Nga và Ba Lan. Ông Đào Xuân Trường, Việt kiều tại Liên bang Nga, chia sẻ kế hoạch mở lớp dạy hát quan họ cho thanh thiếu niên kiều bào ở Moskva.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Thu Trang đề nghị năm 2023 Hội tập trung củng cố tổ chức, chuẩn bị Đại hội nhiệm kỳ 2023 - 2028; phấn đấu phát triển ít nhất 100 hội viên mới; phối hợp thực hiện Quyết định số 1334/QĐ-TTg ngày 10/11/2022 của Thủ tướng Chính phủ về Ngày Tôn vinh tiếng Việt trong cộng đồng người Việt Nam ở nước ngoài.
Dịp này, Ban Chấp hành Hội tặng giấy khen cho 6 tập thể, 14 cá nhân; các ông Nguyễn Văn Khải, Lê Đình Tú - Ủy viên Ban Thường vụ Hội được tặng Kỷ niệm chương "Vì sự nghiệp đại đoàn kết toàn dân tộc".
Thu Hằng
Tin khác
- Gặp mặt kiều bào về quê đón Tết Quý Mão (chuẩn bị) (20/12/2022)
- Kiều bào Séc tặng 200 suất quà cho hộ nghèo Từ Sơn (02/12/2022)
- Ủy ban MTTQ tỉnh tổng kết công tác năm 2022 (20/12/2022)
""", "2022-12-26", "Tổng kết công tác năm 2022: Hội Liên lạc với người Việt Nam ở nước ngoài tỉnh phát huy vai trò cầu nối",
E("tong_ket", "2022", "2022-12-24"),
[P("Nguyễn Thị Thu Trang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ngô Văn Quý", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Quang Lâm", "Chi hội trưởng Chi hội Liên lạc huyện Tiên Du"),
 P("Nguyễn Thị Lụa", "Phó Chủ tịch Ủy ban MTTQ phường Đình Bảng"),
 P("Đào Xuân Trường"),
 P("Nguyễn Văn Khải", "Ủy viên Ban Thường vụ Hội"),
 P("Lê Đình Tú", "Ủy viên Ban Thường vụ Hội")],
[Q("86 hội viên mới", 86, "hội viên mới"), Q("1.312 hội viên", 1312, "hội viên"), Q("8 chi hội", 8, "chi hội"),
 Q("3 đoàn kiều bào", 3, "đoàn kiều bào"), Q("74 lượt người", 74, "lượt người"), Q("2,45 tỷ đồng", 2450000000, "đồng"),
 Q("48 suất học bổng", 48, "suất học bổng"), Q("15 căn nhà đại đoàn kết", 15, "căn nhà đại đoàn kết"),
 Q("6 điểm cầu", 6, "điểm cầu"), Q("khoảng 3.500 lượt người xem", 3500, "lượt người xem", "approx"), Q("127 người", 127, "người"),
 Q("ít nhất 100 hội viên mới", 100, "hội viên mới", "over"), Q("6 tập thể", 6, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Chương trình phối hợp", "06", "CTr-MTTQ-HLL", "2022-02-18", None, "Chương trình phối hợp số 06/CTr-MTTQ-HLL ngày 18/2/2022"),
 D("Kế hoạch", "226", "KH/TU", "2022-04-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 226-KH/TU ngày 5/4/2022"),
 D("Kết luận", "12", "KL/TW", None, "Bộ Chính trị", "Kết luận số 12-KL/TW của Bộ Chính trị"),
 D("Quyết định", "1334", "QĐ-TTg", "2022-11-10", "Thủ tướng Chính phủ", "Quyết định số 1334/QĐ-TTg ngày 10/11/2022")],
[prov("Bắc Ninh"), com("Đình Bảng")],
["Báo Bắc Ninh", "Trang chủ | Chính trị | Đối ngoại", "Đồng chí Nguyễn Thị Thu Trang phát biểu chỉ đạo hội nghị.",
 "Vì em hiếu học", "Vì sự nghiệp đại đoàn kết toàn dân tộc", "Ngày Tôn vinh tiếng Việt"],
["26-12-2022 09:40", "năm 2022", "năm 2023", "nhiệm kỳ 2023 - 2028", "1 tủ sách tiếng Việt"]))

PAGES.append(page("b6355-quangtri-ubnd-doithoai-kieubao-2023", """
QUẢNG TRỊ ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị
Hôm nay: Thứ Bảy, 11/03/2023
Chính trị > Đối ngoại
2023-03-09 16:40
Chủ tịch UBND tỉnh đối thoại với doanh nhân, trí thức kiều bào năm 2023
Ông Võ Văn Hưng (đứng) phát biểu tại buổi đối thoại.
Sáng 8/3, UBND tỉnh Quảng Trị phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với doanh nhân, trí thức người Việt Nam ở nước ngoài năm 2023. Chủ trì đối thoại có ông Võ Văn Hưng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; bà Hồ Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Tham dự có 46 doanh nhân, trí thức kiều bào đến từ Lào, Thái Lan, Hoa Kỳ, Úc, Nhật Bản và khoảng 60 đại biểu các sở, ngành, địa phương. Theo Sở Ngoại vụ, hiện có khoảng 25.000 người Quảng Trị sinh sống ở nước ngoài; năm 2022 có 11 dự án của kiều bào với tổng vốn đăng ký 420 tỷ đồng được cấp chủ trương đầu tư, tập trung vào du lịch, năng lượng tái tạo và nông nghiệp sạch.
Tại buổi đối thoại, 23 ý kiến đã được nêu. Ông Lê Thanh Sơn, Chủ tịch Hội người Việt Nam tại tỉnh Savannakhet (Lào), đề nghị tỉnh tạo điều kiện về thủ tục hải quan cho hàng nông sản qua cửa khẩu Lao Bảo. GS.TS. Trần Đình Phong, trí thức kiều bào tại Úc, đề xuất hợp tác đào tạo 50 bác sĩ trẻ cho Bệnh viện Đa khoa tỉnh. Bà Hồ Thị Pả, người Vân Kiều, Phó Chủ tịch Ủy ban MTTQ xã Thuận, huyện Hướng Hóa, mong kiều bào hỗ trợ sinh kế cho các hộ nghèo vùng biên giới.
Trả lời các kiến nghị, ông Võ Văn Hưng cho biết tỉnh đang thực hiện Nghị quyết số 06-NQ/TU ngày 15/7/2021 của Ban Chấp hành Đảng bộ tỉnh về thu hút đầu tư, Quyết định số 02/2023/QĐ-UBND ngày 16/1/2023 của UBND tỉnh quy định chính sách ưu đãi, hỗ trợ đầu tư; cam kết giải quyết thủ tục cho nhà đầu tư kiều bào không quá 15 ngày làm việc. Ông Nguyễn Hữu Thắng, Giám đốc Sở Kế hoạch và Đầu tư, hướng dẫn các bước đăng ký dự án qua Cổng dịch vụ công.
Bà Hồ Thị Thu Hằng đề nghị kiều bào tiếp tục tham gia Quỹ "Vì người nghèo" và chương trình "Mái ấm cho người nghèo nơi biên giới"; thông tin năm 2022 kiều bào đã đóng góp trên 1,5 tỷ đồng cho Quỹ. Mặt trận tỉnh sẽ tổng hợp đầy đủ ý kiến, giám sát việc giải quyết theo Quy định số 124-QĐ/TW của Ban Bí thư.
Kết thúc đối thoại, các bên đã ký kết 4 biên bản ghi nhớ hợp tác với tổng giá trị dự kiến khoảng 95 tỷ đồng.
Thanh Hải
Tin cùng chuyên mục
- Gặp mặt kiều bào nhân dịp Tết Quý Mão 2023 (18/01/2023)
- Hội nghị tổng kết công tác đối ngoại năm 2022 (28/12/2022)
- Trao 100 suất học bổng của kiều bào Thái Lan (14/12/2022)
""", "2023-03-09", "Chủ tịch UBND tỉnh đối thoại với doanh nhân, trí thức kiều bào năm 2023",
E("doi_thoai", "2023", "2023-03-08"),
[P("Võ Văn Hưng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Hồ Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thanh Sơn", "Chủ tịch Hội người Việt Nam tại tỉnh Savannakhet (Lào)"),
 P("Trần Đình Phong", "GS.TS."),
 P("Hồ Thị Pả", "Phó Chủ tịch Ủy ban MTTQ xã Thuận"),
 P("Nguyễn Hữu Thắng", "Giám đốc Sở Kế hoạch và Đầu tư")],
[Q("46 doanh nhân, trí thức kiều bào", 46, "doanh nhân, trí thức kiều bào"), Q("khoảng 60 đại biểu", 60, "đại biểu", "approx"),
 Q("khoảng 25.000 người", 25000, "người", "approx"), Q("11 dự án", 11, "dự án"), Q("420 tỷ đồng", 420000000000, "đồng"),
 Q("23 ý kiến", 23, "ý kiến"), Q("50 bác sĩ trẻ", 50, "bác sĩ trẻ"), Q("không quá 15 ngày làm việc", 15, "ngày làm việc"),
 Q("trên 1,5 tỷ đồng", 1500000000, "đồng", "over"), Q("4 biên bản ghi nhớ", 4, "biên bản ghi nhớ"),
 Q("khoảng 95 tỷ đồng", 95000000000, "đồng", "approx")],
[D("Nghị quyết", "06", "NQ/TU", "2021-07-15", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 06-NQ/TU ngày 15/7/2021"),
 D("Quyết định", "02", "2023/QĐ-UBND", "2023-01-16", "UBND tỉnh", "Quyết định số 02/2023/QĐ-UBND ngày 16/1/2023"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW của Ban Bí thư")],
[prov("Quảng Trị"), com("Thuận")],
["QUẢNG TRỊ ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị", "Hôm nay: Thứ Bảy, 11/03/2023", "Chính trị > Đối ngoại",
 "Ông Võ Văn Hưng (đứng) phát biểu tại buổi đối thoại.", "Vì người nghèo", "Mái ấm cho người nghèo nơi biên giới", "Cổng dịch vụ công"],
["2023-03-09 16:40", "Hôm nay: Thứ Bảy, 11/03/2023", "năm 2023", "năm 2022"]))

PAGES.append(page("b6356-angiang-bdv-giaoban-quy2-2023", """
BAN DÂN VẬN TỈNH ỦY AN GIANG
You are here: Trang chủ / Tin hoạt động / Khối dân vận
06.07.2023 | 16:05
Ảnh: Đồng chí Huỳnh Thị Ngọc Ánh chủ trì giao ban.
Khối dân vận tỉnh giao ban, chú trọng vận động đồng bào Chăm, Khmer có thân nhân ở nước ngoài
Ngày 5/7, Ban Dân vận Tỉnh ủy An Giang tổ chức giao ban khối dân vận quý II năm 2023. Đồng chí Huỳnh Thị Ngọc Ánh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Báo cáo cho thấy, trong quý II, khối dân vận đã phối hợp nắm tình hình 1.240 hộ đồng bào Chăm, Khmer có người thân ở Malaysia, Indonesia, Campuchia; vận động 17 người đã xuất cảnh trái phép trở về địa phương. Thân nhân kiều bào và kiều bào Chăm tại Malaysia đã đóng góp khoảng 870 triệu đồng sửa chữa 3 thánh đường Hồi giáo và hỗ trợ 150 hộ nghèo. Ban Dân vận Tỉnh ủy ban hành Hướng dẫn số 31-HD/BDVTU ngày 12/4/2023 về công tác vận động đồng bào dân tộc thiểu số có thân nhân ở nước ngoài; Ủy ban MTTQ tỉnh triển khai Kế hoạch số 64/KH-MTTQ-BTT thực hiện Kết luận số 12-KL/TW.
Tại giao ban, ông Haji Sa Lây Man, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh kiêm Trưởng Ban đại diện Cộng đồng Hồi giáo tỉnh, cho biết có 4 trường hợp người Chăm đi lao động ở Malaysia bị lừa đảo đã được hỗ trợ về nước. Bà Néang Sa Rây, HUV, Trưởng Ban Dân vận Huyện ủy Tri Tôn, đề nghị tăng cường tuyên truyền bằng tiếng Khmer về lao động di cư. Ông Chau Sóc Kha, Chủ tịch Ủy ban MTTQ xã Lương Phi, phản ánh 26 hộ có người thân lao động tự do ở Campuchia chưa được quản lý đầy đủ.
Các đồng chí Chủ tịch Hội Nông dân tỉnh, Chủ tịch Hội LHPN tỉnh, Bí thư Tỉnh đoàn lần lượt báo cáo kết quả phong trào; các cấp hội đã trao 92 suất học bổng, mỗi suất 1,5 triệu đồng, do kiều bào tài trợ cho học sinh Chăm, Khmer vượt khó.
Giao ban cũng đánh giá, công tác dân vận chính quyền được quan tâm: trong quý, UBND các cấp đã tổ chức 38 cuộc đối thoại với nhân dân, giải quyết 71 đơn thư, kiến nghị; riêng các xã biên giới đã phối hợp với Đồn Biên phòng tiếp nhận, hỗ trợ 12 công dân bị trả về từ Campuchia. Tuy nhiên, việc tuyên truyền cho người lao động trước khi xuất cảnh ở một số nơi còn hình thức, chưa đến được nhóm lao động tự do, nhất là thanh niên người Khmer.
Kết luận giao ban, đồng chí Huỳnh Thị Ngọc Ánh yêu cầu quý III tập trung thực hiện Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân tộc và về phòng, chống mua bán người; tổ chức ít nhất 1 cuộc đối thoại với đồng bào Chăm tại xã Châu Phong; nắm chắc dư luận xã hội trước kỳ nghỉ lễ Quốc khánh 2/9.
Minh Tâm
Lượt xem: 688
Các tin khác
- Tri Tôn ra mắt 5 mô hình "Dân vận khéo" (28/06/2023)
- Gặp mặt chức sắc, chức việc Hồi giáo dịp tháng Ramadan (12/04/2023)
- Giao ban khối dân vận quý I năm 2023 (05/04/2023)
""", "2023-07-06", "Khối dân vận tỉnh giao ban, chú trọng vận động đồng bào Chăm, Khmer có thân nhân ở nước ngoài",
E("giao_ban", "2023-Q2", "2023-07-05"),
[P("Huỳnh Thị Ngọc Ánh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Haji Sa Lây Man", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh kiêm Trưởng Ban đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Néang Sa Rây", "HUV", "Trưởng Ban Dân vận Huyện ủy Tri Tôn"),
 P("Chau Sóc Kha", "Chủ tịch Ủy ban MTTQ xã Lương Phi")],
[Q("1.240 hộ", 1240, "hộ"), Q("17 người", 17, "người"), Q("khoảng 870 triệu đồng", 870000000, "đồng", "approx"),
 Q("3 thánh đường Hồi giáo", 3, "thánh đường Hồi giáo"), Q("150 hộ nghèo", 150, "hộ nghèo"), Q("4 trường hợp", 4, "trường hợp"),
 Q("26 hộ", 26, "hộ"), Q("38 cuộc đối thoại", 38, "cuộc đối thoại"), Q("71 đơn thư, kiến nghị", 71, "đơn thư, kiến nghị"),
 Q("12 công dân", 12, "công dân"), Q("92 suất học bổng", 92, "suất học bổng"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Hướng dẫn", "31", "HD/BDVTU", "2023-04-12", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 31-HD/BDVTU ngày 12/4/2023"),
 D("Kế hoạch", "64", "KH-MTTQ-BTT", None, "Ủy ban MTTQ tỉnh", "Kế hoạch số 64/KH-MTTQ-BTT"),
 D("Kết luận", "12", "KL/TW", None, None, "Kết luận số 12-KL/TW"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU")],
[prov("An Giang"), com("Lương Phi"), com("Châu Phong")],
["BAN DÂN VẬN TỈNH ỦY AN GIANG", "You are here: Trang chủ / Tin hoạt động / Khối dân vận",
 "Ảnh: Đồng chí Huỳnh Thị Ngọc Ánh chủ trì giao ban.", "Lượt xem: 688", "Ban đại diện Cộng đồng Hồi giáo tỉnh"],
["06.07.2023 | 16:05", "quý II năm 2023", "quý III", "Quốc khánh 2/9", "1 cuộc đối thoại", "Lượt xem: 688"]))

PAGES.append(page("b6357-kontum-mttq-taphuan-2024", """
Báo Kon Tum điện tử
Trang chủ » Chính trị » Mặt trận - Đoàn thể
Thứ Sáu, 14/06/2024, 08:05
Tập huấn kỹ năng vận động thân nhân người Việt Nam ở nước ngoài cho cán bộ Mặt trận cơ sở
Ngày 13/6, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum tổ chức lớp tập huấn kỹ năng công tác vận động thân nhân người Việt Nam ở nước ngoài và phòng, chống xuất cảnh trái phép năm 2024 cho 120 học viên là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ các xã, phường, thị trấn và trưởng ban công tác Mặt trận ở 32 thôn, làng biên giới.
Các học viên tham dự lớp tập huấn.
Phát biểu khai mạc, bà Y Ngọc, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết Kon Tum hiện có khoảng 1.100 người đang ở nước ngoài, trong đó hơn 300 người đồng bào Xơ Đăng, Ba Na, Gia Rai đã xuất cảnh trái phép sang Thái Lan, Campuchia giai đoạn 2015 - 2023. Đến nay, các cấp Mặt trận đã phối hợp vận động 96 người trở về, hỗ trợ 2,3 tỷ đồng ổn định cuộc sống và 47 hộ được vay vốn ưu đãi.
Tại lớp tập huấn, các báo cáo viên truyền đạt các chuyên đề: Kết luận số 12-KL/TW ngày 12/8/2021 của Bộ Chính trị; Quyết định số 1334/QĐ-TTg và Quyết định số 930/QĐ-TTg của Thủ tướng Chính phủ; Chỉ thị 11, 12-CT/TU của Ban Thường vụ Tỉnh ủy về công tác người Việt Nam ở nước ngoài và phòng, chống di cư trái phép; kỹ năng tuyên truyền bằng tiếng dân tộc qua loa truyền thanh thôn, mạng xã hội. Ông A Khiêm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, hướng dẫn Kế hoạch số 19/KH-MTTQ-BTT ngày 2/4/2024 về xây dựng tổ liên lạc thân nhân kiều bào ở cơ sở. Thượng tá Nguyễn Văn Bình, Phó Trưởng phòng Quản lý xuất nhập cảnh Công an tỉnh, thông tin các thủ đoạn dụ dỗ người dân vượt biên.
Chia sẻ tại lớp học, ông A Thái, người có uy tín làng Đăk Răng, xã Đăk Dục, kể lại việc cùng cán bộ xã 5 lần đến nhà vận động 2 gia đình có con xuất cảnh trái phép liên lạc, đưa con về. Bà Y Hiền, Chủ tịch Ủy ban MTTQ xã Đăk Nhoong, đề nghị tỉnh in thêm tài liệu song ngữ Việt - Xơ Đăng.
Kết thúc tập huấn, 100% học viên được cấp tài liệu; Ban Thường trực Ủy ban MTTQ tỉnh đã tặng 32 loa kéo cho các thôn, làng biên giới, mỗi chiếc trị giá 4,5 triệu đồng, để phục vụ tuyên truyền. Đồng chí Hồ Thị Minh Nguyệt, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị học viên vận dụng ngay các kỹ năng vào công tác nắm tình hình ở thôn, làng, không để phát sinh "điểm nóng".
Thúy Hoa
Tin liên quan
- Ngọc Hồi: gặp mặt 30 người có uy tín vùng biên giới (05/06/2024)
- Ủy ban MTTQ tỉnh sơ kết công tác quý I năm 2024 (10/04/2024)
- Kon Plông ra mắt tổ liên lạc thân nhân kiều bào (22/03/2024)
""", "2024-06-14", "Tập huấn kỹ năng vận động thân nhân người Việt Nam ở nước ngoài cho cán bộ Mặt trận cơ sở",
E("tap_huan", "2024", "2024-06-13"),
[P("Y Ngọc", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Khiêm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Bình", "Thượng tá", "Phó Trưởng phòng Quản lý xuất nhập cảnh Công an tỉnh"),
 P("A Thái", "người có uy tín làng Đăk Răng"),
 P("Y Hiền", "Chủ tịch Ủy ban MTTQ xã Đăk Nhoong"),
 P("Hồ Thị Minh Nguyệt", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("120 học viên", 120, "học viên"), Q("32 thôn, làng biên giới", 32, "thôn, làng biên giới"),
 Q("khoảng 1.100 người", 1100, "người", "approx"), Q("hơn 300 người", 300, "người", "over"), Q("96 người", 96, "người"),
 Q("2,3 tỷ đồng", 2300000000, "đồng"), Q("47 hộ", 47, "hộ"), Q("5 lần", 5, "lần"), Q("2 gia đình", 2, "gia đình"),
 Q("100%", 100, "%"), Q("32 loa kéo", 32, "loa kéo"), Q("4,5 triệu đồng", 4500000, "đồng")],
[D("Kết luận", "12", "KL/TW", "2021-08-12", "Bộ Chính trị", "Kết luận số 12-KL/TW ngày 12/8/2021 của Bộ Chính trị"),
 D("Quyết định", "1334", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1334/QĐ-TTg"),
 D("Quyết định", "930", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 930/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Kế hoạch", "19", "KH-MTTQ-BTT", "2024-04-02", None, "Kế hoạch số 19/KH-MTTQ-BTT ngày 2/4/2024")],
[prov("Kon Tum"), com("Đăk Dục"), com("Đăk Nhoong")],
["Báo Kon Tum điện tử", "Trang chủ » Chính trị » Mặt trận - Đoàn thể", "Các học viên tham dự lớp tập huấn.", "điểm nóng"],
["Thứ Sáu, 14/06/2024, 08:05", "năm 2024", "giai đoạn 2015 - 2023"]))

PAGES.append(page("b6358-namdinh-haihau-gapmat-kieubao-2024", """
BÁO NAM ĐỊNH ĐIỆN TỬ
Cập nhật: 09:42, 02/02/2024 (GMT+7)
Trang chủ > Xã hội > Đoàn kết - Tôn giáo
Hải Hậu gặp mặt kiều bào, thân nhân kiều bào đón Xuân Giáp Thìn
Linh mục Phêrô Trần Văn Lộc phát biểu tại buổi gặp mặt. Ảnh: Văn Đông
(BNĐ) - Ngày 1/2, Ban Thường vụ Huyện ủy Hải Hậu (tỉnh Nam Định) phối hợp Ủy ban MTTQ Việt Nam huyện tổ chức Hội nghị gặp mặt kiều bào và thân nhân kiều bào năm 2024. Tham dự có 210 đại biểu, trong đó 34 kiều bào đang sinh sống tại Pháp, Ba Lan, Hoa Kỳ, Đài Loan (Trung Quốc) về quê đón Tết.
Về phía lãnh đạo tỉnh và huyện có các đồng chí: Trần Thị Hồng Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Đoàn Văn Thịnh, Tỉnh ủy viên, Bí thư Huyện ủy Hải Hậu; Vũ Đình Lâm, Phó Bí thư Thường trực Huyện ủy; Phạm Thị Huế, UVBTV Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện.
Báo cáo của Ủy ban MTTQ huyện cho biết, Hải Hậu có 3.860 người đang ở nước ngoài, phần lớn là đồng bào Công giáo thuộc 11 giáo xứ ven biển. Năm 2023, kiều bào đã đóng góp hơn 6,2 tỷ đồng xây dựng nông thôn mới kiểu mẫu, làm 4,5 km đường giao thông, 2 trường mầm non và ủng hộ Quỹ "Vì người nghèo" 380 triệu đồng; 100% xã, thị trấn trong huyện có tổ liên lạc thân nhân kiều bào. Kết quả trên góp phần thực hiện Nghị quyết số 169/NQ-CP ngày 11/10/2023 của Chính phủ ban hành Chương trình hành động thực hiện Kết luận số 12-KL/TW và Chương trình hành động số 45-CTr/TU của Tỉnh ủy.
Linh mục Phêrô Trần Văn Lộc, Chánh xứ giáo xứ Kiên Chính, ghi nhận sự đóng góp của bà con giáo dân xa quê cho việc tu sửa nhà thờ và hỗ trợ 60 học sinh nghèo. Ông Nguyễn Văn Thủy, kiều bào tại Pháp, Phó Chủ tịch Hội người Việt Nam tại Marseille, cam kết tiếp tục tài trợ 20 suất học bổng mỗi năm cho học sinh xã Hải Chính. Bà Đặng Thị Nhung, thân nhân kiều bào thị trấn Thịnh Long, đề nghị huyện hỗ trợ thủ tục sang tên nhà đất cho con đang ở nước ngoài.
Phát biểu tại hội nghị, đồng chí Trần Thị Hồng Vân mong bà con kiều bào tiếp tục hướng về quê hương, tham gia phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; đề nghị Huyện ủy thực hiện tốt Quy chế số 18-QC/HU về tiếp xúc, đối thoại với nhân dân.
Cũng tại hội nghị, bà con kiều bào đã trao tặng huyện 1 xe cứu thương trị giá 850 triệu đồng cho Trung tâm Y tế huyện; ông Vũ Văn Khang, Giám đốc Trung tâm Y tế huyện Hải Hậu, tiếp nhận.
Nhân dịp này, Ủy ban MTTQ huyện tặng 50 suất quà Tết, mỗi suất 1 triệu đồng, cho thân nhân kiều bào có hoàn cảnh khó khăn.
Văn Đông
Tin liên quan
- Giao Thủy: kiều bào ủng hộ 2 tỷ đồng xây cầu (25/01/2024)
- Nghĩa Hưng tổng kết công tác Mặt trận năm 2023 (20/12/2023)
- Gặp mặt chức sắc các tôn giáo dịp Giáng sinh (20/12/2023)
""", "2024-02-02", "Hải Hậu gặp mặt kiều bào, thân nhân kiều bào đón Xuân Giáp Thìn",
E("hoi_nghi", "2024", "2024-02-01"),
[P("Phêrô Trần Văn Lộc", "Linh mục", "Chánh xứ giáo xứ Kiên Chính"),
 P("Trần Thị Hồng Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đoàn Văn Thịnh", "Tỉnh ủy viên", "Bí thư Huyện ủy Hải Hậu"),
 P("Vũ Đình Lâm", "Phó Bí thư Thường trực Huyện ủy"),
 P("Phạm Thị Huế", "UVBTV Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Văn Thủy", "Phó Chủ tịch Hội người Việt Nam tại Marseille"),
 P("Đặng Thị Nhung"),
 P("Vũ Văn Khang", "Giám đốc Trung tâm Y tế huyện Hải Hậu")],
[Q("210 đại biểu", 210, "đại biểu"), Q("34 kiều bào", 34, "kiều bào"), Q("3.860 người", 3860, "người"),
 Q("11 giáo xứ ven biển", 11, "giáo xứ ven biển"), Q("hơn 6,2 tỷ đồng", 6200000000, "đồng", "over"), Q("4,5 km", 4.5, "km"),
 Q("2 trường mầm non", 2, "trường mầm non"), Q("380 triệu đồng", 380000000, "đồng"), Q("100%", 100, "%"),
 Q("60 học sinh nghèo", 60, "học sinh nghèo"), Q("20 suất học bổng", 20, "suất học bổng"), Q("850 triệu đồng", 850000000, "đồng"), Q("50 suất quà Tết", 50, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "169", "NQ-CP", "2023-10-11", "Chính phủ", "Nghị quyết số 169/NQ-CP ngày 11/10/2023 của Chính phủ"),
 D("Kết luận", "12", "KL/TW", None, None, "Kết luận số 12-KL/TW"),
 D("Chương trình hành động", "45", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 45-CTr/TU của Tỉnh ủy"),
 D("Quy chế", "18", "QC/HU", None, "Huyện ủy", "Quy chế số 18-QC/HU")],
[prov("Nam Định"), com("Hải Chính"), com("Thịnh Long")],
["BÁO NAM ĐỊNH ĐIỆN TỬ", "Trang chủ > Xã hội > Đoàn kết - Tôn giáo", "Linh mục Phêrô Trần Văn Lộc phát biểu tại buổi gặp mặt. Ảnh: Văn Đông",
 "(BNĐ)", "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Xuân Giáp Thìn"],
["Cập nhật: 09:42, 02/02/2024 (GMT+7)", "năm 2024", "Năm 2023", "1 xe cứu thương"]))
