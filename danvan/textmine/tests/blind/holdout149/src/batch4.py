from lib import *
PAGES = []

PAGES.append(page("b3551-tuyenquang-btgdv-soket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ » Tin tức » Dân vận
Thứ Sáu, 11/07/2025 - 09:50
Đồng chí Vàng Mí Sính phát biểu chỉ đạo hội nghị.
Chủ động nắm tình hình nhân dân khi vận hành chính quyền địa phương hai cấp
Ngày 10/7/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025. Đây là hội nghị đầu tiên của Ban sau khi hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang. Đồng chí Vàng Mí Sính, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, chủ trì.
Báo cáo do đồng chí Hoàng Thị Trang, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy trình bày cho biết, 6 tháng đầu năm tư tưởng cán bộ, đảng viên, nhân dân cơ bản ổn định, đồng tình với chủ trương sắp xếp đơn vị hành chính. Tuy nhiên, trước thời điểm 1/7, trên mạng xã hội xuất hiện nhiều tin đồn như "bỏ chế độ cho người có uy tín", "xã mới sẽ thu lại đất ở vùng cao"; có 3 vụ tụ tập của khoảng 120 người ở các xã vùng cao tại trụ sở xã cũ để hỏi về thủ tục hành chính. Khối dân vận đã kịp thời cung cấp thông tin, cả 3 vụ được giải quyết ngay tại cơ sở.
Trong kỳ, các cơ quan tiếp nhận 64 đơn thư, đã xử lý 58 đơn; phát hiện 11 trường hợp truyền đạo trái pháp luật, vận động 9 trường hợp từ bỏ. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 05, 06-KH/TU về công tác tuyên truyền, vận động nhân dân khi sắp xếp tổ chức bộ máy; đồng thời Ban ban hành Hướng dẫn số 02-HD/BTGDVTU về nắm tình hình dư luận xã hội trong giai đoạn mới.
Tại hội nghị, các đồng chí Bí thư Đảng ủy xã: Lò Văn Chiến (xã Mèo Vạc), Bàn Thị Hạnh (xã Lâm Bình), Lý Văn Vàng (xã Hoàng Su Phì) chia sẻ cách tổ chức "tổ công tác lưu động" hướng dẫn người dân làm thủ tục tại thôn. Đồng chí Lò Văn Chiến cho biết xã đã tổ chức 26 buổi họp thôn, giải đáp hơn 300 câu hỏi của người dân.
Kết luận hội nghị, đồng chí Vàng Mí Sính yêu cầu 6 tháng cuối năm tập trung thực hiện Kết luận số 150-KL/TW của Bộ Chính trị và Quy định số 304-QĐ/TW về chức năng, nhiệm vụ của ban tuyên giáo và dân vận cấp tỉnh; nắm chắc tình hình ở 124 xã, phường mới; kịp thời phản bác thông tin sai trái; phát huy vai trò của 1.945 người có uy tín trong đồng bào các dân tộc.
Đồng chí cũng đề nghị tổ chức tốt đại hội đảng bộ các xã, phường nhiệm kỳ 2025 - 2030, không để phát sinh đơn thư, khiếu kiện liên quan công tác nhân sự.
Hội nghị đã trao giấy khen cho 7 tập thể có thành tích trong công tác tuyên truyền về sắp xếp đơn vị hành chính.
Thu Phương
Lượt xem: 722
Tin liên quan
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang (01/07/2025)
- Hội nghị cung cấp thông tin cho người có uy tín (20/06/2025)
- Vùng cao Hà Giang chuẩn bị vận hành chính quyền hai cấp (12/06/2025)
""", "2025-07-11", "Chủ động nắm tình hình nhân dân khi vận hành chính quyền địa phương hai cấp",
E("so_ket", "2025-H1", "2025-07-10"),
[P("Vàng Mí Sính", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Thị Trang", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lò Văn Chiến", "Bí thư Đảng ủy xã"),
 P("Bàn Thị Hạnh", "Bí thư Đảng ủy xã"),
 P("Lý Văn Vàng", "Bí thư Đảng ủy xã")],
[Q("3 vụ tụ tập", 3, "vụ tụ tập"), Q("khoảng 120 người", 120, "người", "approx"), Q("64 đơn thư", 64, "đơn thư"),
 Q("58 đơn", 58, "đơn"), Q("11 trường hợp", 11, "trường hợp"), Q("9 trường hợp", 9, "trường hợp"),
 Q("26 buổi họp thôn", 26, "buổi họp thôn"), Q("hơn 300 câu hỏi", 300, "câu hỏi", "over"), Q("124 xã, phường mới", 124, "xã, phường mới"),
 Q("1.945 người có uy tín", 1945, "người có uy tín"), Q("7 tập thể", 7, "tập thể")],
[D("Kế hoạch", "05", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 05, 06-KH/TU"),
 D("Kế hoạch", "06", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 05, 06-KH/TU"),
 D("Hướng dẫn", "02", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 02-HD/BTGDVTU"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận số 150-KL/TW"),
 D("Quy định", "304", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 304-QĐ/TW")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Lâm Bình"), com("Hoàng Su Phì")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ » Tin tức » Dân vận", "Đồng chí Vàng Mí Sính phát biểu chỉ đạo hội nghị.",
 "bỏ chế độ cho người có uy tín", "xã mới sẽ thu lại đất ở vùng cao", "tổ công tác lưu động", "Lượt xem: 722"],
["Thứ Sáu, 11/07/2025 - 09:50", "6 tháng đầu năm", "6 tháng cuối năm 2025", "1/7", "hai cấp", "nhiệm kỳ 2025 - 2030", "Lượt xem: 722"]))

PAGES.append(page("b3552-lamdong-doithoai-2025", """
Trang thông tin điện tử xã Quảng Tín - tỉnh Lâm Đồng
Trang chủ > Tin tức > Tin hoạt động
23.09.2025 | 14:10
Đối thoại với người dân về tranh chấp đất rẫy giáp ranh
Ngày 22/9/2025, Đảng ủy, UBND xã Quảng Tín tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2025, tập trung vào vụ tranh chấp đất rẫy giáp ranh giữa bà con bon Bu Prăng 2 và một số hộ dân di cư tự do. Vụ việc từng khiến khoảng 60 người tụ tập tại rẫy hồi đầu tháng 9, có lúc xảy ra xô xát.
Chủ trì buổi đối thoại có đồng chí Điểu Xuân, Bí thư Đảng ủy xã; đồng chí Trần Quốc Huy, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Tham dự có đại diện Ban Tuyên giáo và Dân vận Tỉnh ủy, Công an xã và 85 hộ dân.
Đồng chí Điểu Xuân phát biểu tại buổi đối thoại. Ảnh: Hồng Thắm
Tại buổi đối thoại, 14 hộ dân nêu ý kiến. Bà Thị Rinh, bon Bu Prăng 2, cho biết phần rẫy gia đình canh tác từ nhiều đời nay bị người khác phát dọn, trồng cà phê. Ông Hoàng Văn Sình, hộ dân đến từ Cao Bằng, trình bày đã mua lại 2 ha đất bằng giấy viết tay từ năm 2016.
Theo báo cáo của UBND xã, khu vực tranh chấp rộng khoảng 18,6 ha, liên quan 23 hộ; trong đó 9 hộ đồng bào Mnông, 14 hộ người Kinh, Tày, Nùng. Xã đã phối hợp đo đạc, đối chiếu hồ sơ theo Luật Đất đai năm 2024 và Quyết định số 44/2024/QĐ-UBND của UBND tỉnh Đắk Nông (cũ).
Trên mạng xã hội, một số tài khoản đăng clip xô xát với lời lẽ xuyên tạc "chính quyền bỏ mặc đồng bào", có lượt chia sẻ lớn. Ông Y Khút Nie, người có uy tín bon Bu Prăng 2, nói: "Tôi đã nói với con cháu trong bon không nghe, không đăng lại, chờ xã giải quyết".
Kết luận buổi đối thoại, đồng chí Điểu Xuân đề nghị các hộ giữ nguyên hiện trạng, không tiếp tục phát dọn, xây dựng trên đất tranh chấp; giao UBND xã trong 30 ngày hoàn thành hồ sơ, tổ chức hòa giải theo Luật Hòa giải ở cơ sở; Ủy ban MTTQ xã, Công an xã và người có uy tín phối hợp nắm tình hình, không để tái diễn tụ tập. Các hộ có đủ điều kiện sẽ được xem xét cấp giấy chứng nhận theo Nghị định số 101/2024/NĐ-CP của Chính phủ.
Đồng chí Trần Quốc Huy cho biết thêm, từ khi vận hành chính quyền hai cấp, xã đã tiếp nhận 37 đơn liên quan đất đai, hòa giải thành 21 vụ việc.
Sau buổi đối thoại, bà con hai bên bắt tay, cam kết giữ đoàn kết. Đây là buổi đối thoại đầu tiên xã Quảng Tín tổ chức theo Kế hoạch số 12-KH/ĐU của Đảng ủy xã.
Hồng Thắm - Ban Xây dựng Đảng
Tin khác
- Xã Quảng Tín ra mắt tổ hòa giải ở cơ sở bon Bu Prăng 1 (15/09/2025)
- Hội nghị tiếp xúc cử tri trước kỳ họp HĐND tỉnh (05/09/2025)
- Trao 12 căn nhà tình thương cho hộ nghèo (29/08/2025)
""", "2025-09-23", "Đối thoại với người dân về tranh chấp đất rẫy giáp ranh",
E("doi_thoai", "2025", "2025-09-22"),
[P("Điểu Xuân", "Bí thư Đảng ủy xã"),
 P("Trần Quốc Huy", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Thị Rinh"),
 P("Hoàng Văn Sình"),
 P("Y Khút Nie", "người có uy tín bon Bu Prăng 2")],
[Q("khoảng 60 người", 60, "người", "approx"), Q("85 hộ dân", 85, "hộ dân"), Q("14 hộ dân", 14, "hộ dân"), Q("2 ha", 2, "ha"),
 Q("khoảng 18,6 ha", 18.6, "ha", "approx"), Q("23 hộ", 23, "hộ"), Q("9 hộ đồng bào Mnông", 9, "hộ đồng bào Mnông"),
 Q("14 hộ người Kinh, Tày, Nùng", 14, "hộ người Kinh, Tày, Nùng"), Q("37 đơn", 37, "đơn"), Q("21 vụ việc", 21, "vụ việc")],
[D("Quyết định", "44", "2024/QĐ-UBND", None, "UBND tỉnh Đắk Nông", "Quyết định số 44/2024/QĐ-UBND"),
 D("Nghị định", "101", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 101/2024/NĐ-CP"),
 D("Kế hoạch", "12", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 12-KH/ĐU")],
[prov("Lâm Đồng"), com("Quảng Tín"), prov("Cao Bằng"), prov("Đắk Nông")],
["Trang thông tin điện tử xã Quảng Tín - tỉnh Lâm Đồng", "Trang chủ > Tin tức > Tin hoạt động",
 "Đồng chí Điểu Xuân phát biểu tại buổi đối thoại. Ảnh: Hồng Thắm", "chính quyền bỏ mặc đồng bào", "Luật Đất đai năm 2024",
 "Luật Hòa giải ở cơ sở", "Hồng Thắm - Ban Xây dựng Đảng"],
["23.09.2025 | 14:10", "năm 2016", "30 ngày", "hai cấp", "năm 2025", "đầu tháng 9"]))

PAGES.append(page("b3553-dongnai-btgdv-giaoban-2025", """
Báo Đồng Nai điện tử
Thời sự | Chính trị | Xây dựng Đảng
Thứ Sáu, 10/10/2025, 11:30 (GMT+7)
Giao ban quý III: 5 vụ tụ tập đông người được giải quyết kịp thời
Sáng 9/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai tổ chức giao ban công tác dân vận quý III năm 2025 với ban tuyên giáo và dân vận, khối dân vận các đảng ủy xã, phường. Đồng chí Phạm Thị Hoàng Yến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, chủ trì.
Các đại biểu dự giao ban tại điểm cầu phường Bình Phước. Ảnh: Văn Truyền
Báo cáo cho thấy, trong quý III, quý đầu tiên vận hành mô hình chính quyền địa phương hai cấp sau khi hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước, tình hình nhân dân cơ bản ổn định. Tuy nhiên, toàn tỉnh xảy ra 5 vụ tụ tập đông người với khoảng 430 người tham gia, trong đó có vụ gần 300 công nhân một công ty giày da ở phường Tam Phước ngừng việc do chậm lương, và vụ 42 hộ dân xã Bù Gia Mập phản đối việc doanh nghiệp thu mua điều ép giá. Cả 5 vụ đã được giải quyết kịp thời; công ty giày da đã chi trả hơn 5,6 tỷ đồng tiền lương còn nợ.
Trên không gian mạng, xuất hiện tin đồn "người dân phải đổi lại toàn bộ giấy tờ nhà đất theo địa chỉ mới trước 31/12, nếu không sẽ bị phạt" khiến nhiều người đổ xô đến trung tâm phục vụ hành chính công. Ban đã phối hợp Sở Nông nghiệp và Môi trường đính chính; 95 xã, phường đã thông tin trên loa truyền thanh và các nhóm Zalo khu dân cư.
Trong quý, khối dân vận các cấp tiếp nhận 112 đơn thư, đã chuyển, đôn đốc giải quyết 104 đơn; tham mưu tổ chức 67 cuộc đối thoại. Ban đã ban hành Hướng dẫn số 08-HD/BTGDVTU về nắm tình hình nhân dân và Kế hoạch số 31-KH/BTGDVTU về kiểm tra thực hiện Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương.
Tại giao ban, đồng chí Điểu Lên, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã Bù Gia Mập, cho biết xã đã thành lập 6 tổ công tác đến từng sóc vận động đồng bào S'tiêng bình tĩnh, đồng thời làm việc với doanh nghiệp điều chỉnh giá thu mua. Đồng chí Nguyễn Thị Thu Ba, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, đề nghị các xã chú trọng công tác dân vận ở những nơi có đông đồng bào dân tộc thiểu số, tín đồ tôn giáo.
Kết luận giao ban, đồng chí Phạm Thị Hoàng Yến yêu cầu quý IV tập trung tuyên truyền Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I; nắm chắc tình hình ở các khu công nghiệp, vùng đồng bào dân tộc; giải quyết dứt điểm 8 đơn thư còn tồn đọng, không để phát sinh điểm nóng dịp cuối năm.
Văn Truyền
Tin cùng chuyên mục
- Ban Tuyên giáo và Dân vận Tỉnh ủy gặp mặt người có uy tín (02/10/2025)
- Phường Bình Phước ra mắt mô hình "Dân vận khéo" (25/09/2025)
- Đồng Nai: đối thoại với công nhân khu công nghiệp Nhơn Trạch (18/09/2025)
""", "2025-10-10", "Giao ban quý III: 5 vụ tụ tập đông người được giải quyết kịp thời",
E("giao_ban", "2025-Q3", "2025-10-09"),
[P("Phạm Thị Hoàng Yến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Lên", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã Bù Gia Mập"),
 P("Nguyễn Thị Thu Ba", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("5 vụ tụ tập đông người", 5, "vụ tụ tập đông người"), Q("khoảng 430 người", 430, "người", "approx"),
 Q("gần 300 công nhân", 300, "công nhân", "approx"), Q("42 hộ dân", 42, "hộ dân"), Q("hơn 5,6 tỷ đồng", 5600000000, "đồng", "over"),
 Q("95 xã, phường", 95, "xã, phường"), Q("112 đơn thư", 112, "đơn thư"), Q("104 đơn", 104, "đơn"),
 Q("67 cuộc đối thoại", 67, "cuộc đối thoại"), Q("6 tổ công tác", 6, "tổ công tác"), Q("8 đơn thư", 8, "đơn thư")],
[D("Hướng dẫn", "08", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 08-HD/BTGDVTU"),
 D("Kế hoạch", "31", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 31-KH/BTGDVTU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bình Phước"), com("Tam Phước"), com("Bù Gia Mập")],
["Báo Đồng Nai điện tử", "Thời sự | Chính trị | Xây dựng Đảng", "Các đại biểu dự giao ban tại điểm cầu phường Bình Phước. Ảnh: Văn Truyền",
 "người dân phải đổi lại toàn bộ giấy tờ nhà đất theo địa chỉ mới trước 31/12, nếu không sẽ bị phạt", "Quy chế công tác dân vận", "Văn Truyền"],
["Thứ Sáu, 10/10/2025, 11:30 (GMT+7)", "quý III năm 2025", "hai cấp", "31/12", "lần thứ I", "quý IV"]))

PAGES.append(page("b3554-vinhlong-btgdv-tongket-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH VĨNH LONG
Trang chủ › Tin tức › Tuyên giáo - Dân vận
Hôm nay: Thứ Ba, 30/12/2025
Đăng lúc 15:45 - 29/12/2025
Tổng kết công tác tuyên giáo và dân vận năm 2025: không để hình thành "điểm nóng"
Chiều 28/12, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Kim Ngọc Thái, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Dự hội nghị có các đồng chí Phó Trưởng Ban: Lê Thị Mỹ Hạnh, Nguyễn Văn Tuấn, Thạch Thị Sô Phia.
Lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị.
Năm 2025 là năm đầu tiên tỉnh Vĩnh Long mới, hợp nhất từ ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh, vận hành chính quyền địa phương hai cấp với 124 xã, phường. Theo báo cáo, khối dân vận các cấp đã nắm và phản ánh kịp thời 38 vụ việc phức tạp, trong đó 9 vụ khiếu nại đông người liên quan đến xâm nhập mặn, sạt lở bờ sông và bồi thường dự án cao tốc; đến nay đã giải quyết ổn định 35 vụ, đạt 92,1%.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 03, 04-CT/TU về công tác dân vận trong sắp xếp đơn vị hành chính và trong đồng bào Khmer; phát hiện, đề nghị xử lý 46 tài khoản mạng xã hội đăng tin sai sự thật, trong đó có tin đồn "chùa Khmer bị giải thể khi sáp nhập xã" gây hoang mang trong đồng bào.
Tham luận tại hội nghị, đồng chí Thạch Sô Phol, Bí thư Đảng ủy xã Long Hiệp, cho biết xã đã phối hợp với 11 chùa Phật giáo Nam tông Khmer tổ chức 32 buổi thông tin cho đồng bào, tin đồn bị đẩy lùi. Bà Huỳnh Thị Kim Loan, Chủ tịch Ủy ban MTTQ Việt Nam phường An Hội, chia sẻ cách hòa giải vụ 19 hộ dân tranh chấp lối đi chung kéo dài nhiều năm.
Năm 2025, phong trào thi đua "Dân vận khéo" có 1.386 mô hình, tổng giá trị nhân dân đóng góp hơn 215 tỷ đồng; khối dân vận vận động xây dựng 2.470 căn nhà Đại đoàn kết trong chương trình xóa nhà tạm, nhà dột nát.
Phát biểu kết luận, đồng chí Kim Ngọc Thái yêu cầu năm 2026 tập trung tuyên truyền, đưa Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I vào cuộc sống; thực hiện tốt Kết luận số 207-KL/TW của Bộ Chính trị về công tác dân vận trong tình hình mới; phục vụ tốt cuộc bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp; giải quyết dứt điểm 3 vụ việc còn tồn đọng.
Dịp này, Ban trao giấy khen cho 20 tập thể, 31 cá nhân.
Ngọc Trâm
Lượt xem: 904
Tin khác
- Hội nghị người có uy tín trong đồng bào Khmer năm 2025 (19/12/2025)
- Trà Cú: đối thoại với người dân vùng sạt lở (10/12/2025)
- Giao ban công tác dân vận quý III năm 2025 (08/10/2025)
""", "2025-12-29", "Tổng kết công tác tuyên giáo và dân vận năm 2025: không để hình thành \"điểm nóng\"",
E("tong_ket", "2025", "2025-12-28"),
[P("Kim Ngọc Thái", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Thị Mỹ Hạnh", "Phó Trưởng Ban"),
 P("Nguyễn Văn Tuấn", "Phó Trưởng Ban"),
 P("Thạch Thị Sô Phia", "Phó Trưởng Ban"),
 P("Thạch Sô Phol", "Bí thư Đảng ủy xã Long Hiệp"),
 P("Huỳnh Thị Kim Loan", "Chủ tịch Ủy ban MTTQ Việt Nam phường An Hội")],
[Q("124 xã, phường", 124, "xã, phường"), Q("38 vụ việc phức tạp", 38, "vụ việc phức tạp"),
 Q("9 vụ khiếu nại đông người", 9, "vụ khiếu nại đông người"), Q("35 vụ", 35, "vụ"), Q("92,1%", 92.1, "%"),
 Q("46 tài khoản mạng xã hội", 46, "tài khoản mạng xã hội"), Q("11 chùa Phật giáo Nam tông Khmer", 11, "chùa Phật giáo Nam tông Khmer"),
 Q("32 buổi thông tin", 32, "buổi thông tin"), Q("19 hộ dân", 19, "hộ dân"), Q("1.386 mô hình", 1386, "mô hình"),
 Q("hơn 215 tỷ đồng", 215000000000, "đồng", "over"), Q("2.470 căn nhà Đại đoàn kết", 2470, "căn nhà Đại đoàn kết"),
 Q("3 vụ việc", 3, "vụ việc"), Q("20 tập thể", 20, "tập thể"), Q("31 cá nhân", 31, "cá nhân")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Kết luận", "207", "KL/TW", None, "Bộ Chính trị", "Kết luận số 207-KL/TW")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp"), com("An Hội")],
["CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH VĨNH LONG", "Trang chủ › Tin tức › Tuyên giáo - Dân vận",
 "Lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị.", "chùa Khmer bị giải thể khi sáp nhập xã", "Dân vận khéo",
 "Nghị quyết Đại hội XIV", "Lượt xem: 904"],
["Hôm nay: Thứ Ba, 30/12/2025", "năm 2026", "hai cấp", "ba tỉnh", "Đại hội XIV", "lần thứ I", "khóa XVI", "Lượt xem: 904"]))

PAGES.append(page("b3555-angiang-btgdv-baocao-thang1-2026", """
Báo và Phát thanh, Truyền hình An Giang
Trang chủ / Chính trị / Dân vận
Ngày 06/02/2026 | 08:00
Tình hình nhân dân tháng 1/2026: ổn định, đón Tết Bính Ngọ an toàn
Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang vừa ban hành Báo cáo số 41-BC/BTGDVTU ngày 04/02/2026 về tình hình tư tưởng, dư luận xã hội và tình hình nhân dân tháng 1/2026.
Cán bộ dân vận xã Tri Tôn thăm hỏi đồng bào Khmer. Ảnh: Thanh Tiến
Theo báo cáo, tháng 1, cán bộ, đảng viên và nhân dân trong tỉnh phấn khởi, tin tưởng sau thành công của Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Nhân dân quan tâm đến giá cả hàng hóa dịp Tết, chính sách hỗ trợ người có công, hộ nghèo và việc chuẩn bị bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Trong tháng, trên địa bàn tỉnh xảy ra 2 vụ tụ tập đông người: khoảng 50 ngư dân phường Rạch Giá tập trung tại cảng cá phản đối việc xử phạt tàu cá vi phạm quy định về khai thác IUU; và 26 hộ dân xã Tri Tôn tập trung tại trụ sở xã đề nghị được bồi thường thêm khi làm đường tỉnh. Cả 2 vụ đã được lãnh đạo địa phương đối thoại, giải thích, người dân đồng tình giải tán.
Đáng chú ý, trên mạng xã hội lan truyền thông tin "ngư dân bị cấm ra khơi sau Tết" và "thu hồi sổ hộ nghèo của người Chăm ở Châu Phong" gây lo lắng. Ban đã phối hợp Sở Nông nghiệp và Môi trường, Ủy ban MTTQ tỉnh kịp thời đính chính; 102 xã, phường, đặc khu thông tin trên hệ thống truyền thanh cơ sở.
Khối dân vận các cấp tiếp nhận 29 đơn thư, đã chuyển 27 đơn; phối hợp vận động trao hơn 86.000 phần quà Tết trị giá khoảng 51 tỷ đồng cho hộ nghèo, gia đình chính sách. Ông Chau Sóc Kha, Trưởng Ban quản trị chùa Soài So, xã Tri Tôn, và ông Musa Kamal, Cả sư thánh đường Mubarak, phường Châu Phong, đã cùng chính quyền vận động đồng bào không nghe theo tin đồn.
Báo cáo đề nghị tiếp tục thực hiện Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong khai thác thủy sản và trong đồng bào dân tộc Khmer, Chăm; triển khai Hướng dẫn số 05-HD/BTGDVTU về nắm tình hình nhân dân trước bầu cử.
Báo cáo do đồng chí Néang Sa Vy, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, ký ban hành. Đồng chí lưu ý các đảng ủy xã, phường chủ động nắm tình hình dịp trước, trong và sau Tết, nhất là ở vùng biên giới, vùng biển, không để bị động, bất ngờ; kịp thời báo cáo nhanh khi phát sinh vụ việc phức tạp.
Thanh Tiến
Chia sẻ: Facebook - Zalo
Tin liên quan
- An Giang gặp mặt người có uy tín nhân dịp Tết Bính Ngọ (30/01/2026)
- Đối thoại với ngư dân về chống khai thác IUU (22/01/2026)
- Giao ban công tác tuyên giáo và dân vận tháng 12/2025 (08/01/2026)
""", "2026-02-06", "Tình hình nhân dân tháng 1/2026: ổn định, đón Tết Bính Ngọ an toàn",
E("bao_cao", "2026-01", "2026-02-04"),
[P("Chau Sóc Kha", "Trưởng Ban quản trị chùa Soài So"),
 P("Musa Kamal", "Cả sư thánh đường Mubarak"),
 P("Néang Sa Vy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"), Q("khoảng 50 ngư dân", 50, "ngư dân", "approx"),
 Q("26 hộ dân", 26, "hộ dân"), Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"), Q("29 đơn thư", 29, "đơn thư"),
 Q("27 đơn", 27, "đơn"), Q("hơn 86.000 phần quà", 86000, "phần quà", "over"), Q("khoảng 51 tỷ đồng", 51000000000, "đồng", "approx")],
[D("Báo cáo", "41", "BC/BTGDVTU", "2026-02-04", "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang", "Báo cáo số 41-BC/BTGDVTU ngày 04/02/2026"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", None, None, "Hướng dẫn số 05-HD/BTGDVTU")],
[prov("An Giang"), com("Tri Tôn"), com("Rạch Giá"), com("Châu Phong")],
["Báo và Phát thanh, Truyền hình An Giang", "Trang chủ / Chính trị / Dân vận", "Cán bộ dân vận xã Tri Tôn thăm hỏi đồng bào Khmer. Ảnh: Thanh Tiến",
 "ngư dân bị cấm ra khơi sau Tết", "thu hồi sổ hộ nghèo của người Chăm ở Châu Phong", "IUU", "Chia sẻ: Facebook - Zalo"],
["Ngày 06/02/2026 | 08:00", "tháng 1/2026", "lần thứ XIV", "khóa XVI", "nhiệm kỳ 2026 - 2031", "tháng 1"]))

PAGES.append(page("b3556-khanhhoa-tindon-xaluthuydien-2026", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Trang chủ - Thời sự - Xã hội
Thứ Ba, 21/04/2026 - 18:05
Bác bỏ thông tin "vỡ đập thủy điện" lan truyền trên TikTok
(BKH) - Chiều 20/4, UBND xã Bác Ái Tây đã có thông báo khẳng định thông tin "đập thủy điện sắp vỡ, người dân khẩn cấp sơ tán" lan truyền trên mạng xã hội TikTok là hoàn toàn sai sự thật.
Ảnh chụp màn hình đoạn clip sai sự thật.
Trước đó, sáng 19/4, một tài khoản TikTok đăng clip quay cảnh nước chảy mạnh qua tràn xả lũ của một hồ chứa, kèm lời bình "đập ở Bác Ái nứt rồi, bà con chạy đi". Clip có hơn 450.000 lượt xem chỉ sau một ngày, nhiều người chia sẻ sang Facebook, Zalo. Tối cùng ngày, khoảng 200 người dân ở 3 thôn vùng hạ du đã tự ý mang đồ đạc lên đồi, một số hộ đồng bào Raglai đưa người già, trẻ nhỏ lên rẫy ngủ qua đêm.
Ông Pi Năng Thanh Lâm, Chủ tịch UBND xã Bác Ái Tây, cho biết ngay trong đêm, xã đã cử 4 tổ công tác gồm cán bộ xã, công an, dân quân và người có uy tín đến từng điểm, giải thích để bà con trở về nhà. Đến sáng 20/4, toàn bộ 57 hộ đã về nhà an toàn.
Theo Công ty thủy điện quản lý công trình, trong những ngày qua hồ chứa vận hành bình thường, mực nước thấp hơn mực nước dâng bình thường khoảng 6 m; đoạn clip được quay từ năm 2023 tại một công trình ở tỉnh khác. Bà Mấu Thị Bích, Bí thư Đảng ủy xã Bác Ái Tây, cho biết Đảng ủy đã chỉ đạo khối dân vận, Ủy ban MTTQ xã thông tin trên loa và tại 11 thôn; giao Công an xã phối hợp Công an tỉnh xác minh chủ tài khoản.
Chiều 20/4, Công an tỉnh Khánh Hòa đã xác định chủ tài khoản là một thanh niên trú tại phường Phan Rang, mời lên làm việc. Người này thừa nhận lấy clip trên mạng, tự thêm lời bình để "câu view". Cơ quan chức năng đang hoàn tất hồ sơ để xử phạt theo Nghị định số 15/2020/NĐ-CP của Chính phủ, mức phạt dự kiến 7,5 triệu đồng.
Ông Cao Văn Rịa, người có uy tín thôn Ma Oai, cho biết: "Bà con lo vì mùa mưa năm trước nước lên nhanh. Giờ cán bộ đến nói rõ, ai cũng yên tâm".
Ban Tuyên giáo và Dân vận Tỉnh ủy khuyến cáo người dân chỉ tiếp nhận thông tin từ cơ quan chức năng, trang thông tin chính thức của xã và báo chí; khi có sự cố thực sự, chính quyền sẽ thông báo qua loa truyền thanh, tin nhắn và lực lượng tại chỗ. Việc xử lý được thực hiện theo Kế hoạch số 18-KH/BTGDVTU về đấu tranh với thông tin sai sự thật trên không gian mạng năm 2026.
Nguyễn Hương
Tin cùng chuyên mục
- Khánh Hòa: diễn tập ứng phó sự cố vỡ đập (10/04/2026)
- Xã Bác Ái Đông hòa giải thành vụ tranh chấp đất rẫy (03/04/2026)
- Xử phạt 2 trường hợp đăng tin sai sự thật về dịch bệnh (27/03/2026)
""", "2026-04-21", "Bác bỏ thông tin \"vỡ đập thủy điện\" lan truyền trên TikTok",
E("khac", None, None),
[P("Pi Năng Thanh Lâm", "Chủ tịch UBND xã Bác Ái Tây"),
 P("Mấu Thị Bích", "Bí thư Đảng ủy xã Bác Ái Tây"),
 P("Cao Văn Rịa", "người có uy tín thôn Ma Oai")],
[Q("hơn 450.000 lượt xem", 450000, "lượt xem", "over"), Q("khoảng 200 người dân", 200, "người dân", "approx"),
 Q("3 thôn", 3, "thôn"), Q("4 tổ công tác", 4, "tổ công tác"), Q("57 hộ", 57, "hộ"), Q("khoảng 6 m", 6, "m", "approx"),
 Q("11 thôn", 11, "thôn"), Q("7,5 triệu đồng", 7500000, "đồng")],
[D("Nghị định", "15", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 15/2020/NĐ-CP"),
 D("Kế hoạch", "18", "KH/BTGDVTU", None, None, "Kế hoạch số 18-KH/BTGDVTU")],
[prov("Khánh Hòa"), com("Bác Ái Tây"), com("Phan Rang")],
["BÁO KHÁNH HÒA ĐIỆN TỬ", "Trang chủ - Thời sự - Xã hội", "(BKH)", "Ảnh chụp màn hình đoạn clip sai sự thật.",
 "đập thủy điện sắp vỡ, người dân khẩn cấp sơ tán", "đập ở Bác Ái nứt rồi, bà con chạy đi", "TikTok", "câu view", "Nguyễn Hương"],
["Thứ Ba, 21/04/2026 - 18:05", "một ngày", "năm 2023", "năm 2026"]))
