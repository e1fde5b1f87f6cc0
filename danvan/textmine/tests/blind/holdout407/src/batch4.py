from lib import *
PAGES = []

PAGES.append(page("b9743-tuyenquang-btgdv-taphuan-xa-moi-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ » Tin tức » Dân vận - Mặt trận
Thứ Năm, 24/07/2025 - 16:45
Toàn cảnh hội nghị tập huấn tại điểm cầu Tỉnh ủy.
Tập huấn công tác dân vận cho cán bộ 124 xã, phường sau sắp xếp
Ngày 22/7/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị tập huấn nghiệp vụ công tác tuyên giáo, dân vận và Mặt trận năm 2025 theo hình thức trực tiếp kết hợp trực tuyến từ điểm cầu Tỉnh ủy đến 124 điểm cầu xã, phường. Đây là lần đầu tiên cán bộ của các xã, phường mới sau sắp xếp, không tổ chức cấp huyện, cùng tham gia một lớp tập huấn chung.
Dự hội nghị có đồng chí Ma Thị Thúy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Vàng Seo Cháng, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Triệu Thị Lan, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh.
Hơn 2.100 học viên là trưởng, phó Ban Xây dựng Đảng các đảng ủy xã, phường, Chủ tịch, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, phường và bí thư chi bộ thôn, tổ dân phố đã tham gia. Học viên được quán triệt Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh; Hướng dẫn số 05-HD/BTGDVTW của Ban Tuyên giáo và Dân vận Trung ương về chức năng, nhiệm vụ công tác dân vận ở cấp xã; kế hoạch số 12-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về bồi dưỡng cán bộ cơ sở năm 2025.
Đồng chí Vàng Seo Cháng cho biết, tỉnh Tuyên Quang mới có diện tích hơn 13.795 km2, dân số trên 1,8 triệu người với 22 dân tộc cùng sinh sống. Sau sắp xếp, nhiều cán bộ được điều động về xã mới, chưa quen địa bàn; có xã rộng hơn 300 km2, thôn xa trung tâm trên 40 km, nên việc nắm tình hình nhân dân càng phải chủ động, sát thực tế.
Chuyên đề về kỹ năng vận động do đồng chí Triệu Thị Lan trình bày nhấn mạnh vai trò của Ban công tác Mặt trận thôn sau khi các tổ chức chính trị - xã hội được sắp xếp vào Mặt trận Tổ quốc. Học viên được hướng dẫn cách tổ chức hội nghị nhân dân ở thôn, tiếp nhận phản ánh qua ứng dụng điện tử.
Tại điểm cầu phường Hà Giang 1, đồng chí Lù Thị Dính, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, kiến nghị sớm ban hành quy chế phối hợp giữa Mặt trận với chính quyền phường mới. Đồng chí Nông Văn Thắng, Bí thư Đảng ủy xã Lâm Bình, chia sẻ: trong tháng đầu vận hành, xã đã tổ chức 18 buổi đối thoại ở thôn, giải đáp 156 ý kiến của người dân về thủ tục hành chính.
Kết luận hội nghị, đồng chí Ma Thị Thúy yêu cầu các đảng ủy xã, phường rà soát, kiện toàn tổ dân vận thôn trước ngày 30/9/2025; đưa nội dung tập huấn vào sinh hoạt chi bộ; mỗi xã, phường có ít nhất 1 mô hình "Dân vận khéo" gắn với chính quyền hai cấp.
Thanh Nga
Lượt xem: 2.046
Tin liên quan
- Công bố quyết định thành lập Đảng bộ tỉnh Tuyên Quang (01/07/2025)
- Bàn giao hồ sơ công tác dân vận của các huyện ủy (26/06/2025)
- Hội nghị nhân dân góp ý phương án sắp xếp xã (30/05/2025)
""", "2025-07-24", "Tập huấn công tác dân vận cho cán bộ 124 xã, phường sau sắp xếp",
E("tap_huan", "2025", "2025-07-22"),
[P("Ma Thị Thúy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vàng Seo Cháng", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Triệu Thị Lan", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lù Thị Dính", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Nông Văn Thắng", "Bí thư Đảng ủy xã Lâm Bình")],
[Q("124 xã, phường", 124, "xã, phường"), Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"),
 Q("Hơn 2.100 học viên", 2100, "học viên", "over"), Q("hơn 13.795 km2", 13795, "km2", "over"),
 Q("trên 1,8 triệu người", 1800000, "người", "over"), Q("22 dân tộc", 22, "dân tộc"), Q("hơn 300 km2", 300, "km2", "over"),
 Q("trên 40 km", 40, "km", "over"), Q("18 buổi đối thoại", 18, "buổi đối thoại"), Q("156 ý kiến", 156, "ý kiến"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Hướng dẫn", "05", "HD/BTGDVTW", None, "Ban Tuyên giáo và Dân vận Trung ương", "Hướng dẫn số 05-HD/BTGDVTW"),
 D("Kế hoạch", "12", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "kế hoạch số 12-KH/BTGDVTU")],
[prov("Tuyên Quang"), com("Hà Giang 1"), com("Lâm Bình")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ » Tin tức » Dân vận - Mặt trận",
 "Toàn cảnh hội nghị tập huấn tại điểm cầu Tỉnh ủy.", "Dân vận khéo", "Lượt xem: 2.046"],
["Thứ Năm, 24/07/2025 - 16:45", "năm 2025", "lần đầu tiên", "tháng đầu", "trước ngày 30/9/2025", "hai cấp", "Lượt xem: 2.046"]))

PAGES.append(page("b9744-vinhlong-mttq-taphuan-2025", """
Báo Vĩnh Long điện tử
Thời sự » Chính trị » Mặt trận - Đoàn thể
09:40 | 18/09/2025
Bồi dưỡng nghiệp vụ cho cán bộ Mặt trận 124 xã, phường sau hợp nhất
(VL) - Trong 2 ngày 16 và 17/9, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức lớp bồi dưỡng nghiệp vụ công tác Mặt trận cho 372 học viên là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ Việt Nam 124 xã, phường. Đây là lớp bồi dưỡng đầu tiên kể từ khi tỉnh Vĩnh Long mới được thành lập trên cơ sở hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh.
Lớp học được tổ chức tại Trường Chính trị tỉnh (cơ sở 2, phường Nguyệt Hóa).
Tham dự khai giảng có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Kim Thị Sóc Kha, Nguyễn Văn Thuận, Lê Thị Bé Ba. Đồng chí Huỳnh Minh Trí, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu chỉ đạo.
Nội dung bồi dưỡng tập trung vào Luật số 97/2025/QH15 ngày 25/6/2025 của Quốc hội sửa đổi, bổ sung một số điều của Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn, Luật Thanh niên và Luật Thực hiện dân chủ ở cơ sở; Hướng dẫn số 02/HD-MTTQ-BTT ngày 10/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về tổ chức bộ máy, mối quan hệ công tác của Mặt trận cấp xã; kỹ năng giám sát, phản biện xã hội và tiếp nhận phản ánh của nhân dân qua nền tảng số.
Theo đồng chí Huỳnh Minh Trí, sau sắp xếp, các tổ chức chính trị - xã hội như Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh, Đoàn Thanh niên ở cấp xã trực thuộc Ủy ban MTTQ Việt Nam xã. Bình quân mỗi xã có 7 - 8 cán bộ chuyên trách Mặt trận, trong đó gần 40% lần đầu làm công tác Mặt trận. Vì vậy, việc bồi dưỡng phải làm ngay, làm thường xuyên.
Tại lớp học, đồng chí Thạch Sô Phên, Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Sơn, cho biết xã có hơn 62% dân số là đồng bào Khmer, với 11 chùa Phật giáo Nam tông Khmer, nên cán bộ Mặt trận cần được bồi dưỡng thêm về công tác tôn giáo, dân tộc. Đồng chí Trần Thị Kim Ngân, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã Châu Hưng, đề nghị hướng dẫn cụ thể việc quản lý hội viên, quỹ hội sau khi hợp nhất.
Đồng chí Sơn Thị Thu Sa, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh, giới thiệu cách phối hợp với Ban Quản trị chùa, người có uy tín ấp, khóm trong vận động đồng bào Khmer; đồng thời hướng dẫn quy trình xét, hỗ trợ nhà Đại đoàn kết với mức 60 triệu đồng/căn.
Bế giảng lớp học, 372 học viên làm bài kiểm tra trắc nghiệm trên điện thoại. Ban Thường trực Ủy ban MTTQ tỉnh cho biết sẽ tổ chức tiếp 2 lớp cho cán bộ chuyên trách các ban của Mặt trận xã trong tháng 10 và tháng 11.
Thu Sương
Lượt xem: 1.384
Tin liên quan
- Ra mắt Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long (02/07/2025)
- Trao 120 căn nhà Đại đoàn kết ở các xã vùng đồng bào Khmer (28/08/2025)
- Hội nghị hiệp thương kiện toàn Ủy ban MTTQ các xã, phường (15/07/2025)
""", "2025-09-18", "Bồi dưỡng nghiệp vụ cho cán bộ Mặt trận 124 xã, phường sau hợp nhất",
E("tap_huan", None, "2025-09-16"),
[P("Kim Thị Sóc Kha", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Thuận", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Bé Ba", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Minh Trí", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Phên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Sơn"),
 P("Trần Thị Kim Ngân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã Châu Hưng"),
 P("Sơn Thị Thu Sa", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh")],
[Q("372 học viên", 372, "học viên"), Q("124 xã, phường", 124, "xã, phường"), Q("3 tỉnh", 3, "tỉnh"),
 Q("gần 40%", 40, "%", "approx"), Q("hơn 62%", 62, "%", "over"),
 Q("11 chùa Phật giáo Nam tông Khmer", 11, "chùa Phật giáo Nam tông Khmer"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("2 lớp", 2, "lớp")],
[D("Luật", "97", "2025/QH15", "2025-06-25", "Quốc hội", "Luật số 97/2025/QH15 ngày 25/6/2025"),
 D("Hướng dẫn", "02", "HD-MTTQ-BTT", "2025-08-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 02/HD-MTTQ-BTT ngày 10/8/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Nguyệt Hóa"), com("Tập Sơn"), com("Châu Hưng")],
["Báo Vĩnh Long điện tử", "Thời sự » Chính trị » Mặt trận - Đoàn thể", "(VL)",
 "Lớp học được tổ chức tại Trường Chính trị tỉnh (cơ sở 2, phường Nguyệt Hóa).", "Luật Mặt trận Tổ quốc Việt Nam",
 "Luật Thực hiện dân chủ ở cơ sở", "Lượt xem: 1.384"],
["09:40 | 18/09/2025", "2 ngày 16 và 17/9", "7 - 8 cán bộ", "cơ sở 2", "tháng 10", "tháng 11", "lần đầu", "Lượt xem: 1.384"]))

PAGES.append(page("b9745-lamdong-xa-tuyduc-taphuan-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TUY ĐỨC - TỈNH LÂM ĐỒNG
Trang chủ > Tin tức - Sự kiện > Hoạt động Đảng ủy
Cập nhật: 15:20, 07/11/2025 (GMT+7)
Đảng ủy xã Tuy Đức tập huấn nghiệp vụ dân vận cho cán bộ thôn, bon
Ngày 5/11/2025, Ban Xây dựng Đảng Đảng ủy xã Tuy Đức tổ chức hội nghị tập huấn nghiệp vụ công tác dân vận năm 2025 cho bí thư chi bộ, trưởng thôn, trưởng ban công tác Mặt trận và tổ trưởng tổ dân vận của 34 thôn, bon trên địa bàn xã. Tổng số có 146 đại biểu tham dự.
Đồng chí Điểu Bình, Bí thư Đảng ủy xã phát biểu khai mạc.
Dự hội nghị có đồng chí Điểu Bình, Bí thư Đảng ủy xã; đồng chí Nguyễn Hữu Phước, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; đồng chí Thị Hồng Nhung, ĐUV, Chủ tịch Ủy ban MTTQ Việt Nam xã. Đồng chí Trần Văn Lợi, Trưởng Ban Xây dựng Đảng Đảng ủy xã và đồng chí Y Khiên, mới được bổ nhiệm làm Phó Trưởng Ban Xây dựng Đảng Đảng ủy xã, trực tiếp truyền đạt các chuyên đề.
Xã Tuy Đức, tỉnh Lâm Đồng được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp các xã Đắk Buk So, Quảng Tâm và Đắk R'Tíh, diện tích tự nhiên hơn 290 km2, có 6.870 hộ, trong đó đồng bào Mnông chiếm khoảng 30%. Nhiều thôn, bon có đồng bào dân tộc thiểu số từ các tỉnh phía Bắc đến lập nghiệp như Tày, Nùng, Dao, Mông.
Nội dung tập huấn gồm: Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương; Chỉ thị số 03-CT/ĐU ngày 20/8/2025 của Ban Thường vụ Đảng ủy xã về tăng cường công tác dân vận trong giai đoạn vận hành chính quyền địa phương hai cấp; cách nắm tình hình tranh chấp đất rẫy, di cư tự do; kỹ năng vận động đồng bào không tham gia tín ngưỡng lạ, "Hà Mòn"; hướng dẫn đăng ký xây dựng mô hình "Dân vận khéo".
Đồng chí Trần Văn Lợi cho biết: trong 4 tháng đầu vận hành, Đảng ủy xã đã tiếp nhận 27 đơn thư của công dân, đã giải quyết 23 đơn; vận động 15 hộ di cư tự do đăng ký hộ khẩu, ổn định cuộc sống. Toàn xã có 9 mô hình "Dân vận khéo" đang được duy trì.
Tham gia thảo luận, ông Điểu K'Rứt, già làng bon Bu Prăng, chia sẻ cách cùng chi bộ vận động bà con bỏ tục cúng bái khi ốm đau. Bà H'Yâm, Trưởng ban công tác Mặt trận bon Mê Ra, đề nghị hỗ trợ loa kéo để tuyên truyền tại các buổi họp bon.
Kết luận hội nghị, đồng chí Điểu Bình yêu cầu các chi bộ đưa nội dung dân vận vào sinh hoạt định kỳ hằng tháng; phấn đấu đến hết năm 2025 mỗi thôn, bon có ít nhất 1 mô hình "Dân vận khéo"; giải quyết dứt điểm 4 đơn thư còn lại trước ngày 31/12/2025.
Văn phòng Đảng ủy xã
Số lượt truy cập: 8.153
Tin liên quan
- Đại hội Đảng bộ xã Tuy Đức lần thứ I, nhiệm kỳ 2025 - 2030 (19/08/2025)
- Ra mắt Ủy ban MTTQ Việt Nam xã Tuy Đức (03/07/2025)
- Xã tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại bon Bu Prăng (15/10/2025)
""", "2025-11-07", "Đảng ủy xã Tuy Đức tập huấn nghiệp vụ dân vận cho cán bộ thôn, bon",
E("tap_huan", "2025", "2025-11-05"),
[P("Điểu Bình", "Bí thư Đảng ủy xã"),
 P("Nguyễn Hữu Phước", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Thị Hồng Nhung", "ĐUV", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Trần Văn Lợi", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Y Khiên", "Phó Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Điểu K'Rứt", "già làng bon Bu Prăng"),
 P("H'Yâm", "Trưởng ban công tác Mặt trận bon Mê Ra")],
[Q("34 thôn, bon", 34, "thôn, bon"), Q("146 đại biểu", 146, "đại biểu"), Q("hơn 290 km2", 290, "km2", "over"),
 Q("6.870 hộ", 6870, "hộ"), Q("khoảng 30%", 30, "%", "approx"), Q("27 đơn thư", 27, "đơn thư"), Q("23 đơn", 23, "đơn"),
 Q("15 hộ di cư tự do", 15, "hộ di cư tự do"), Q("9 mô hình", 9, "mô hình"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"),
 Q("4 đơn thư", 4, "đơn thư")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Chỉ thị", "03", "CT/ĐU", "2025-08-20", "Ban Thường vụ Đảng ủy xã", "Chỉ thị số 03-CT/ĐU ngày 20/8/2025")],
[prov("Lâm Đồng"), com("Tuy Đức"), com("Đắk Buk So"), com("Quảng Tâm"), com("Đắk R'Tíh")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TUY ĐỨC - TỈNH LÂM ĐỒNG", "Trang chủ > Tin tức - Sự kiện > Hoạt động Đảng ủy",
 "Đồng chí Điểu Bình, Bí thư Đảng ủy xã phát biểu khai mạc.", "Hà Mòn", "Dân vận khéo", "Văn phòng Đảng ủy xã",
 "Số lượt truy cập: 8.153"],
["Cập nhật: 15:20, 07/11/2025 (GMT+7)", "năm 2025", "ngày 1/7/2025", "hai cấp", "4 tháng đầu", "hằng tháng",
 "trước ngày 31/12/2025", "Số lượt truy cập: 8.153"]))

PAGES.append(page("b9746-dongnai-mttq-giamsat-boiduong-2025", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI
Bạn đang ở: Trang chủ / Giám sát - Phản biện xã hội
Thứ Sáu, 12/12/2025 - 17:05
Giám sát công tác bồi dưỡng cán bộ Mặt trận tại các xã vùng biên giới
Ngày 11/12/2025, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai do đồng chí Điểu Thị Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, giám sát việc thực hiện công tác tập huấn, bồi dưỡng cán bộ Mặt trận và các tổ chức chính trị - xã hội cấp xã tại xã Bù Đăng và xã Thiện Hưng.
Đoàn giám sát làm việc tại xã Thiện Hưng.
Tham gia đoàn có ông Lê Quang Thái, Trưởng ban Tổ chức - Kiểm tra Ủy ban MTTQ Việt Nam tỉnh; bà Thị Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; đại diện Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Nội vụ.
Cuộc giám sát được thực hiện theo Kế hoạch số 86/KH-MTTQ-BTT ngày 14/11/2025 của Ban Thường trực Ủy ban MTTQ tỉnh, nhằm đánh giá việc triển khai Hướng dẫn 03, 04/HD-MTTQ-BTT về bồi dưỡng cán bộ Mặt trận cơ sở sau khi sắp xếp đơn vị hành chính và hợp nhất tỉnh Bình Phước vào tỉnh Đồng Nai.
Theo báo cáo của xã Bù Đăng, từ tháng 7 đến nay, Ủy ban MTTQ Việt Nam xã đã cử 23 cán bộ tham dự các lớp tập huấn do tỉnh tổ chức; tự mở 2 lớp cho 112 thành viên Ban công tác Mặt trận, Ban Thanh tra nhân dân 28 thôn, bon; kinh phí 46 triệu đồng. Ông Điểu Khai, Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Đăng, cho biết 7 trong số 15 cán bộ Mặt trận xã trước đây công tác ở huyện, chưa quen địa bàn; một số bon người S'tiêng, Mnông ở xa trung tâm xã trên 25 km.
Tại xã Thiện Hưng, bà Lâm Thị Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Nông dân xã, báo cáo đã tập huấn cho 64 chi hội trưởng các đoàn thể ở ấp; 100% cán bộ chuyên trách Mặt trận xã đã được bồi dưỡng ít nhất một chuyên đề. Tuy vậy, xã chưa bố trí được kinh phí riêng cho tập huấn, tài liệu chủ yếu là bản photo.
Qua giám sát, đồng chí Điểu Thị Hằng ghi nhận hai xã đã chủ động, sáng tạo, song đề nghị xây dựng kế hoạch bồi dưỡng năm 2026 cụ thể, dành ít nhất 30% thời lượng cho thực hành; ưu tiên cán bộ là người dân tộc thiểu số, cán bộ mới; kiến nghị UBND xã bố trí kinh phí trong dự toán ngân sách.
Đoàn giám sát cũng ghi nhận 3 kiến nghị của cơ sở để tổng hợp, báo cáo Ban Thường trực Ủy ban MTTQ tỉnh. Dự kiến trong tháng 12, Đoàn tiếp tục giám sát tại các xã Lộc Ninh, Bù Gia Mập và phường Đồng Xoài.
Hoàng Yến
Lượt xem: 467
Tin liên quan
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ hai (05/12/2025)
- Trao 200 phần quà cho hộ nghèo vùng biên giới (28/11/2025)
- Tập huấn nghiệp vụ cho Ban Thanh tra nhân dân cấp xã (20/11/2025)
""", "2025-12-12", "Giám sát công tác bồi dưỡng cán bộ Mặt trận tại các xã vùng biên giới",
E("giam_sat", None, "2025-12-11"),
[P("Điểu Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Quang Thái", "Trưởng ban Tổ chức - Kiểm tra Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Điểu Khai", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Đăng"),
 P("Lâm Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Nông dân xã")],
[Q("23 cán bộ", 23, "cán bộ"), Q("2 lớp", 2, "lớp"), Q("112 thành viên", 112, "thành viên"), Q("28 thôn, bon", 28, "thôn, bon"),
 Q("46 triệu đồng", 46000000, "đồng"), Q("7 trong số 15 cán bộ", 7, "cán bộ"), Q("15 cán bộ Mặt trận", 15, "cán bộ Mặt trận"),
 Q("trên 25 km", 25, "km", "over"), Q("64 chi hội trưởng", 64, "chi hội trưởng"), Q("100%", 100, "%"),
 Q("ít nhất 30%", 30, "%", "over"), Q("3 kiến nghị", 3, "kiến nghị")],
[D("Kế hoạch", "86", "KH-MTTQ-BTT", "2025-11-14", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 86/KH-MTTQ-BTT ngày 14/11/2025"),
 D("Hướng dẫn", "03", "HD-MTTQ-BTT", None, None, "Hướng dẫn 03, 04/HD-MTTQ-BTT"),
 D("Hướng dẫn", "04", "HD-MTTQ-BTT", None, None, "Hướng dẫn 03, 04/HD-MTTQ-BTT")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Đăng"), com("Thiện Hưng"), com("Lộc Ninh"), com("Bù Gia Mập"), com("Đồng Xoài")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI", "Bạn đang ở: Trang chủ / Giám sát - Phản biện xã hội",
 "Đoàn giám sát làm việc tại xã Thiện Hưng.", "Sở Nội vụ", "Lượt xem: 467"],
["Thứ Sáu, 12/12/2025 - 17:05", "từ tháng 7", "năm 2026", "ít nhất một chuyên đề", "tháng 12", "Lượt xem: 467"]))

PAGES.append(page("b9747-gialai-btgdv-boiduong-2026", """
Báo và Phát thanh, Truyền hình Gia Lai
Chính trị › Xây dựng Đảng › Dân vận
Ngày đăng 16/01/2026 | 08:05
Ảnh: Đồng chí Rah Lan Hương phát biểu khai giảng lớp bồi dưỡng.
Gia Lai: Bồi dưỡng nghiệp vụ dân vận cho cán bộ 135 xã, phường
(GLO) - Ngày 14/1/2026, tại cơ sở 2 Trường Chính trị tỉnh (phường Pleiku), Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai khai giảng lớp bồi dưỡng nghiệp vụ công tác dân vận năm 2026 cho cán bộ phụ trách công tác dân vận của các đảng ủy xã, phường. Lớp học kéo dài 3 ngày với 198 học viên; phía Đông của tỉnh học tại cơ sở 1 ở phường Quy Nhơn theo hình thức trực tuyến.
Dự khai giảng có đồng chí Rah Lan Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Đinh Văn Hlim, Võ Thị Ngọc Trâm; đồng chí Nay Y Blan, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Học viên được nghiên cứu Chương trình hành động số 05-CTr/TU của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 về công tác dân vận; Quy chế phối hợp số 03-QC/BTGDVTU-MTTQ giữa Ban Tuyên giáo và Dân vận Tỉnh ủy với Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; kế hoạch số 14-KH/BTGDVTU về thi đua "Dân vận khéo" giai đoạn 2026 - 2030; kỹ năng vận động đồng bào Jrai, Bahnar, Chăm H'roi và người theo đạo Tin lành.
Đồng chí Rah Lan Hương nhấn mạnh, sau hợp nhất, tỉnh Gia Lai có 135 xã, phường, trải từ biên giới Campuchia đến biển; có nơi đồng bào dân tộc thiểu số chiếm trên 90% dân số, có nơi là xã bãi ngang ven biển. Năm 2025, cán bộ dân vận các cấp đã vận động nhân dân hiến 148.000 m2 đất, đóng góp hơn 85 tỷ đồng cho chương trình xóa nhà tạm; hòa giải thành 412 vụ việc.
Tại lớp học, ông Siu Thăm, Bí thư Đảng ủy xã Ia Dom, chia sẻ kinh nghiệm phối hợp với bộ đội biên phòng vận động 41 hộ không vượt biên trái phép. Bà Đinh Thị Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã An Lão, người Bahnar, đề nghị biên soạn sổ tay dân vận bằng hình ảnh cho cán bộ thôn, làng.
Theo kế hoạch, năm 2026 Ban Tuyên giáo và Dân vận Tỉnh ủy mở 4 lớp bồi dưỡng tập trung và 1 hội nghị tập huấn trực tuyến đến 135 điểm cầu, phấn đấu 100% cán bộ phụ trách dân vận cấp xã được bồi dưỡng. Kinh phí dự kiến khoảng 760 triệu đồng.
Khép lại ngày học đầu tiên, học viên đi thực tế tại làng Ốp, phường Pleiku, tìm hiểu mô hình "Làng văn hóa, làng sạch đẹp" do tổ dân vận làng vận động.
Hoàng Ngọc
Lượt xem: 1.655
Tin liên quan
- Tổng kết công tác tuyên giáo và dân vận năm 2025 (08/01/2026)
- Thăm, chúc mừng Giáng sinh các cơ sở tôn giáo (24/12/2025)
- Đại hội Đảng bộ tỉnh Gia Lai lần thứ I (10/10/2025)
""", "2026-01-16", "Gia Lai: Bồi dưỡng nghiệp vụ dân vận cho cán bộ 135 xã, phường",
E("tap_huan", "2026", "2026-01-14"),
[P("Rah Lan Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Văn Hlim", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Võ Thị Ngọc Trâm", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nay Y Blan", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu Thăm", "Bí thư Đảng ủy xã Ia Dom"),
 P("Đinh Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã An Lão")],
[Q("135 xã, phường", 135, "xã, phường"), Q("198 học viên", 198, "học viên"), Q("trên 90%", 90, "%", "over"),
 Q("148.000 m2", 148000, "m2"), Q("hơn 85 tỷ đồng", 85000000000, "đồng", "over"), Q("412 vụ việc", 412, "vụ việc"),
 Q("41 hộ", 41, "hộ"), Q("4 lớp bồi dưỡng tập trung", 4, "lớp bồi dưỡng tập trung"),
 Q("1 hội nghị tập huấn trực tuyến", 1, "hội nghị tập huấn trực tuyến"), Q("135 điểm cầu", 135, "điểm cầu"),
 Q("100%", 100, "%"), Q("khoảng 760 triệu đồng", 760000000, "đồng", "approx")],
[D("Chương trình hành động", "05", "CTr/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Chương trình hành động số 05-CTr/TU"),
 D("Quy chế phối hợp", "03", "QC/BTGDVTU-MTTQ", None, None, "Quy chế phối hợp số 03-QC/BTGDVTU-MTTQ"),
 D("Kế hoạch", "14", "KH/BTGDVTU", None, None, "kế hoạch số 14-KH/BTGDVTU")],
[prov("Gia Lai"), com("Pleiku"), com("Quy Nhơn"), com("Ia Dom"), com("An Lão")],
["Báo và Phát thanh, Truyền hình Gia Lai", "Chính trị › Xây dựng Đảng › Dân vận",
 "Ảnh: Đồng chí Rah Lan Hương phát biểu khai giảng lớp bồi dưỡng.", "(GLO)", "Dân vận khéo", "Làng văn hóa, làng sạch đẹp",
 "Tin lành", "Trường Chính trị tỉnh", "Lượt xem: 1.655"],
["Ngày đăng 16/01/2026 | 08:05", "năm 2026", "3 ngày", "cơ sở 2", "cơ sở 1", "lần thứ I", "nhiệm kỳ 2025 - 2030",
 "giai đoạn 2026 - 2030", "Năm 2025", "ngày học đầu tiên", "Lượt xem: 1.655"]))

PAGES.append(page("b9748-angiang-mttq-taphuan-baucu-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH AN GIANG - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ :: Tin hoạt động :: Bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp
Thứ Tư, 04/02/2026 - 10:30
Tập huấn nghiệp vụ bầu cử cho cán bộ Mặt trận 102 xã, phường, đặc khu
Sáng 3/2, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh An Giang tổ chức hội nghị tập huấn nghiệp vụ công tác Mặt trận tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031. Hội nghị được tổ chức trực tiếp tại phường Rạch Giá và trực tuyến đến 101 điểm cầu xã, phường, đặc khu với hơn 1.500 đại biểu tham dự.
Các đại biểu dự hội nghị tại điểm cầu phường Rạch Giá.
Chủ trì hội nghị có đồng chí Chau Sóc Thi, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Danh Út Hiền, Trương Văn Nhạn, Hồ Thị Sa Ly - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Đại biểu được hướng dẫn Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 29/11/2025 hướng dẫn quy trình hiệp thương, lựa chọn, giới thiệu người ứng cử; Nghị quyết số 1891/NQ-UBTVQH15 ngày 10/12/2025 của Ủy ban Thường vụ Quốc hội; quy trình tổ chức hội nghị lấy ý kiến cử tri nơi cư trú đối với người ứng cử; công tác giám sát bầu cử của Mặt trận và cách xử lý đơn thư liên quan đến người ứng cử.
Theo đồng chí Chau Sóc Thi, đây là cuộc bầu cử đầu tiên sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp. Tỉnh An Giang mới có 85 xã, 14 phường và 3 đặc khu là Phú Quốc, Kiên Hải, Thổ Châu; toàn tỉnh dự kiến có khoảng 3,7 triệu cử tri. Hiện nay, trên 45% Chủ tịch Ủy ban MTTQ cấp xã lần đầu tham gia công tác hiệp thương.
Tại điểm cầu xã Tri Tôn, ông Néang Sóc Khên, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết xã có đông đồng bào Khmer nên sẽ phối hợp với các chùa để tuyên truyền về bầu cử bằng tiếng Khmer. Ông Hà Ly Sếp, Chủ tịch Ủy ban MTTQ Việt Nam xã Châu Phong, đề nghị in tài liệu hướng dẫn bằng tiếng Chăm cho cử tri người Chăm theo đạo Hồi. Từ đặc khu Phú Quốc, bà Trần Thị Ngọc Yến, Chủ tịch Ủy ban MTTQ Việt Nam đặc khu, nêu khó khăn khi tổ chức hội nghị cử tri ở các đảo xa như Hòn Thơm.
Phát biểu kết luận, đồng chí Chau Sóc Thi yêu cầu Mặt trận các xã, phường, đặc khu tổ chức tập huấn lại cho ban công tác Mặt trận ấp, khóm trước ngày 15/2/2026; tổ chức hội nghị hiệp thương đúng luật; bảo đảm tỷ lệ người ứng cử là phụ nữ đạt ít nhất 35%, người dân tộc thiểu số phù hợp với cơ cấu dân cư.
Ngày bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp là Chủ nhật, 15/3/2026.
Phương Lan
Lượt xem: 3.102
Tin liên quan
- Hội nghị hiệp thương lần thứ nhất (23/01/2026)
- Trao 1.000 phần quà Tết cho hộ nghèo (20/01/2026)
- Ban Thường trực Ủy ban MTTQ tỉnh triển khai nhiệm vụ năm 2026 (09/01/2026)
""", "2026-02-04", "Tập huấn nghiệp vụ bầu cử cho cán bộ Mặt trận 102 xã, phường, đặc khu",
E("tap_huan", None, "2026-02-03"),
[P("Chau Sóc Thi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Út Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Văn Nhạn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Sa Ly", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Néang Sóc Khên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Hà Ly Sếp", "Chủ tịch Ủy ban MTTQ Việt Nam xã Châu Phong"),
 P("Trần Thị Ngọc Yến", "Chủ tịch Ủy ban MTTQ Việt Nam đặc khu")],
[Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"), Q("101 điểm cầu xã, phường, đặc khu", 101, "điểm cầu xã, phường, đặc khu"),
 Q("hơn 1.500 đại biểu", 1500, "đại biểu", "over"), Q("85 xã", 85, "xã"), Q("14 phường", 14, "phường"),
 Q("3 đặc khu", 3, "đặc khu"), Q("khoảng 3,7 triệu cử tri", 3700000, "cử tri", "approx"), Q("trên 45%", 45, "%", "over"),
 Q("ít nhất 35%", 35, "%", "over")],
[D("Nghị quyết liên tịch", "102", "2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", "2025-11-29", None,
   "Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 29/11/2025"),
 D("Nghị quyết", "1891", "NQ-UBTVQH15", "2025-12-10", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1891/NQ-UBTVQH15 ngày 10/12/2025")],
[prov("An Giang"), com("Rạch Giá"), com("Phú Quốc"), com("Kiên Hải"), com("Thổ Châu"), com("Tri Tôn"), com("Châu Phong")],
["ỦY BAN MTTQ VIỆT NAM TỈNH AN GIANG - TRANG THÔNG TIN ĐIỆN TỬ",
 "Trang chủ :: Tin hoạt động :: Bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp",
 "Các đại biểu dự hội nghị tại điểm cầu phường Rạch Giá.", "Hòn Thơm", "Lượt xem: 3.102"],
["Thứ Tư, 04/02/2026 - 10:30", "khóa XVI", "nhiệm kỳ 2026 - 2031", "hai cấp", "trước ngày 15/2/2026", "Chủ nhật, 15/3/2026",
 "Lượt xem: 3.102"]))
