from lib import *
PAGES = []

PAGES.append(page("b3983-tuyenquang-mttq-traothe-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG
Trang chủ » Tin tức » Hoạt động Mặt trận cơ sở
Thứ Sáu, 26/09/2025 - 10:10
Ảnh: Trao thẻ BHYT cho người dân xã Mèo Vạc.
Trao 1.800 thẻ BHYT cho người cao tuổi, học sinh vùng cao
Ngày 24/9/2025, tại xã Mèo Vạc, Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang phối hợp với Bảo hiểm xã hội tỉnh và Tổng Công ty Bưu điện Việt Nam tổ chức trao 1.800 thẻ BHYT cho người cao tuổi chưa có lương hưu, học sinh và người thuộc hộ mới thoát nghèo ở các xã Mèo Vạc, Sơn Vĩ, Đồng Văn, Lũng Cú và Sà Phìn. Tổng trị giá số thẻ là 1,63 tỷ đồng.
Dự buổi trao thẻ có đồng chí Vương Ngọc Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; đồng chí Giàng Thị Dung, Bí thư Đảng ủy xã Mèo Vạc; các đồng chí Sùng Mí Vần, Ly Thị Pà - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Mèo Vạc.
Đây là hoạt động thiết thực trong đợt cao điểm tuyên truyền, vận động người dân tham gia BHYT, BHXH tự nguyện sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất và chính quyền địa phương 2 cấp đi vào hoạt động từ ngày 01/7/2025. Theo Bảo hiểm xã hội tỉnh, tỉnh Tuyên Quang mới có 1.865.270 người tham gia BHYT, đạt 96,8% dân số; tuy nhiên vẫn còn khoảng 58.000 người chưa có thẻ, tập trung ở các xã vùng cao núi đá phía Bắc.
Theo Kế hoạch số 08-KH/MTTQ-BTT ngày 15/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, từ nay đến hết năm 2025, Mặt trận và các tổ chức chính trị - xã hội trực thuộc vận động trao tặng ít nhất 5.000 thẻ BHYT; mỗi chi hội phụ nữ, chi hội nông dân, chi đoàn thanh niên nhận đỡ đầu ít nhất 1 người chưa có thẻ. Việc vận động thực hiện theo Nghị quyết số 02/2025/NQ-HĐND của HĐND tỉnh về hỗ trợ mức đóng BHYT cho người cao tuổi từ 60 đến dưới 75 tuổi.
Ông Hầu Mí Lử, người có uy tín thôn Pả Vi Hạ, xã Mèo Vạc, thay mặt bà con cảm ơn Đảng, Nhà nước và các nhà tài trợ. Em Vàng Thị Ma, học sinh lớp 10 Trường PTDT nội trú THPT Mèo Vạc, cho biết lần đầu có thẻ BHYT, em sẽ yên tâm học tập.
Phát biểu tại buổi lễ, đồng chí Vương Ngọc Hà đề nghị Ủy ban MTTQ các xã, phường phát huy vai trò của ban công tác Mặt trận thôn, tổ dân phố, người có uy tín; phối hợp với 124 điểm bưu điện văn hóa xã trên địa bàn đến từng nhà vận động. Tổng Công ty Bưu điện Việt Nam tài trợ 800 thẻ, trị giá khoảng 720 triệu đồng; số còn lại do 9 doanh nghiệp và Quỹ "Vì người nghèo" tỉnh đóng góp.
Cùng ngày, đoàn đã thăm, tặng 30 suất quà, mỗi suất 500.000 đồng, cho người cao tuổi neo đơn ở xã Sơn Vĩ.
Minh Châu
Lượt xem: 947
Tin liên quan
- Ra mắt Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang (sau hợp nhất) (18/07/2025)
- Xã Lũng Cú ra mắt mô hình "Thôn tự quản về an ninh" (09/09/2025)
- Trao 200 căn nhà Đại đoàn kết tại xã Đồng Văn (29/08/2025)
""", "2025-09-26", "Trao 1.800 thẻ BHYT cho người cao tuổi, học sinh vùng cao",
E("trao_qua", None, "2025-09-24"),
[P("Vương Ngọc Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Giàng Thị Dung", "Bí thư Đảng ủy xã Mèo Vạc"),
 P("Sùng Mí Vần", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Mèo Vạc"),
 P("Ly Thị Pà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Mèo Vạc"),
 P("Hầu Mí Lử", "người có uy tín thôn Pả Vi Hạ"),
 P("Vàng Thị Ma", "học sinh lớp 10 Trường PTDT nội trú THPT Mèo Vạc")],
[Q("1.800 thẻ BHYT", 1800, "thẻ BHYT"), Q("1,63 tỷ đồng", 1630000000, "đồng"), Q("1.865.270 người", 1865270, "người"), Q("96,8%", 96.8, "%"),
 Q("khoảng 58.000 người", 58000, "người", "approx"), Q("ít nhất 5.000 thẻ BHYT", 5000, "thẻ BHYT", "over"), Q("ít nhất 1 người", 1, "người", "over"),
 Q("124 điểm bưu điện văn hóa xã", 124, "điểm bưu điện văn hóa xã"), Q("800 thẻ", 800, "thẻ"), Q("khoảng 720 triệu đồng", 720000000, "đồng", "approx"),
 Q("9 doanh nghiệp", 9, "doanh nghiệp"), Q("30 suất quà", 30, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "08", "KH/MTTQ-BTT", "2025-08-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 08-KH/MTTQ-BTT ngày 15/8/2025"),
 D("Nghị quyết", "02", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 02/2025/NQ-HĐND")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Sơn Vĩ"), com("Đồng Văn"), com("Lũng Cú"), com("Sà Phìn")],
["ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG", "Trang chủ » Tin tức » Hoạt động Mặt trận cơ sở", "Ảnh: Trao thẻ BHYT cho người dân xã Mèo Vạc.",
 "Tổng Công ty Bưu điện Việt Nam", "Vì người nghèo", "Lượt xem: 947"],
["Thứ Sáu, 26/09/2025 - 10:10", "2 cấp", "01/7/2025", "năm 2025", "lớp 10", "Lượt xem: 947"]))

PAGES.append(page("b3984-lamdong-mttq-hoinghi-bhxh-2025", """
Báo Lâm Đồng
Chính trị - Xã hội » Mặt trận
17/10/2025 - 16:05
Phường B'Lao: Vận động người dân tham gia BHXH tự nguyện
Ngày 15/10/2025, Ủy ban MTTQ Việt Nam phường B'Lao phối hợp với Bảo hiểm xã hội cơ sở Bảo Lộc và Bưu điện phường tổ chức hội nghị tuyên truyền chính sách BHXH tự nguyện, BHYT năm 2025 cho hơn 200 hội viên, đoàn viên và người dân các tổ dân phố. Đây là hội nghị đầu tiên của phường sau khi sắp xếp đơn vị hành chính và hợp nhất tỉnh Lâm Đồng, tỉnh Đắk Nông và tỉnh Bình Thuận.
Quang cảnh hội nghị tuyên truyền tại phường B'Lao.
Dự hội nghị có đồng chí K'Brơi, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng; đồng chí Nguyễn Thị Thanh Thủy, Phó Bí thư Thường trực Đảng ủy phường, Chủ tịch HĐND phường B'Lao; đồng chí Ka Điểu, Chủ tịch Ủy ban MTTQ Việt Nam phường B'Lao.
Tại hội nghị, bà Trần Thị Hồng Nhung, Phó Giám đốc phụ trách Bảo hiểm xã hội cơ sở Bảo Lộc đã giới thiệu những điểm mới của Luật Bảo hiểm xã hội năm 2024 có hiệu lực từ ngày 01/7/2025: thời gian đóng tối thiểu để hưởng lương hưu giảm từ 20 năm xuống 15 năm; người tham gia BHXH tự nguyện được hưởng thêm chế độ thai sản với mức 2.000.000 đồng cho mỗi con; mức hỗ trợ của Nhà nước theo Nghị định số 159/2025/NĐ-CP của Chính phủ là 50% đối với người thuộc hộ nghèo, 40% hộ cận nghèo, 30% người dân tộc thiểu số và 20% đối tượng khác.
Theo Bảo hiểm xã hội tỉnh, đến hết tháng 9/2025 tỉnh Lâm Đồng mới có 78.420 người tham gia BHXH tự nguyện, đạt 3,2% lực lượng lao động; phường B'Lao có 612 người. Tỷ lệ bao phủ BHYT toàn tỉnh đạt 93,5%.
Nhiều người dân đặt câu hỏi về việc chuyển từ BHXH bắt buộc sang tự nguyện, về trợ cấp hưu trí xã hội cho người từ 75 tuổi. Ông K'Tiếp, người có uy tín tổ dân phố Bảo Lộc 3, trồng chè, cà phê, cho biết gia đình có 4 người sẽ cùng đăng ký tham gia BHXH tự nguyện sau khi được giải thích rõ.
Đồng chí K'Brơi đề nghị Ủy ban MTTQ các xã, phường thực hiện tốt Kế hoạch số 21/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy; phấn đấu đến cuối năm 2025 mỗi xã, phường có thêm ít nhất 50 người tham gia BHXH tự nguyện; đẩy mạnh chuyển đổi số, hướng dẫn người dân cài đặt ứng dụng VssID.
Ngay tại hội nghị có 38 người đăng ký tham gia BHXH tự nguyện và 65 người đăng ký mua thẻ BHYT hộ gia đình. Ủy ban MTTQ Việt Nam phường B'Lao trao 20 sổ BHXH tự nguyện (mức đóng 3 tháng) cho người lao động khó khăn, tổng trị giá 19,8 triệu đồng do Hội Doanh nhân trẻ thành phố Bảo Lộc cũ tài trợ.
Kră Jăn Ha Mai
Lượt xem: 512
Tin khác
- Xã Đinh Trang Thượng ra mắt Ủy ban MTTQ Việt Nam xã (05/10/2025)
- Đắk Nông cũ: hơn 1.200 hộ được hỗ trợ xóa nhà tạm (26/09/2025)
- Phường Phan Thiết tổ chức Ngày hội Đại đoàn kết toàn dân tộc (18/09/2025)
""", "2025-10-17", "Phường B'Lao: Vận động người dân tham gia BHXH tự nguyện",
E("hoi_nghi", "2025", "2025-10-15"),
[P("K'Brơi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng"),
 P("Nguyễn Thị Thanh Thủy", "Phó Bí thư Thường trực Đảng ủy phường", "Chủ tịch HĐND phường B'Lao"),
 P("Ka Điểu", "Chủ tịch Ủy ban MTTQ Việt Nam phường B'Lao"),
 P("Trần Thị Hồng Nhung", "Phó Giám đốc phụ trách Bảo hiểm xã hội cơ sở Bảo Lộc"),
 P("K'Tiếp", "người có uy tín tổ dân phố Bảo Lộc 3")],
[Q("hơn 200 hội viên, đoàn viên", 200, "hội viên, đoàn viên", "over"), Q("2.000.000 đồng", 2000000, "đồng"), Q("50%", 50, "%"), Q("40%", 40, "%"),
 Q("30%", 30, "%"), Q("20%", 20, "%"), Q("78.420 người", 78420, "người"), Q("3,2%", 3.2, "%"), Q("612 người", 612, "người"), Q("93,5%", 93.5, "%"),
 Q("4 người", 4, "người"), Q("ít nhất 50 người", 50, "người", "over"), Q("38 người", 38, "người"), Q("65 người", 65, "người"),
 Q("20 sổ BHXH tự nguyện", 20, "sổ BHXH tự nguyện"), Q("19,8 triệu đồng", 19800000, "đồng")],
[D("Nghị định", "159", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 159/2025/NĐ-CP"),
 D("Kế hoạch", "21", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 21/KH-MTTQ-BTT"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("B'Lao")],
["Báo Lâm Đồng", "Chính trị - Xã hội » Mặt trận", "Quang cảnh hội nghị tuyên truyền tại phường B'Lao.", "Luật Bảo hiểm xã hội năm 2024", "VssID",
 "Hội Doanh nhân trẻ thành phố Bảo Lộc cũ", "Lượt xem: 512"],
["17/10/2025 - 16:05", "năm 2025", "01/7/2025", "20 năm", "15 năm", "tháng 9/2025", "75 tuổi", "3 tháng", "Lượt xem: 512"]))

PAGES.append(page("b3985-dongnai-bdv-giaoban-2025", """
ĐẢNG BỘ TỈNH ĐỒNG NAI - BAN TUYÊN GIÁO VÀ DÂN VẬN
Trang chủ / Dân vận / Tin hoạt động
Cập nhật: 08:20, 03/10/2025 (GMT+7)
Toàn cảnh hội nghị giao ban.
Khối dân vận bàn giải pháp vận động người dân khu vực biên giới tham gia BHYT
Chiều 1/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai tổ chức hội nghị giao ban khối dân vận quý III năm 2025, đánh giá kết quả phối hợp tuyên truyền, vận động người dân tham gia BHYT, BHXH tự nguyện tại các xã biên giới thuộc tỉnh Bình Phước cũ. Đồng chí Tôn Ngọc Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Báo cáo cho biết, quý III các cơ quan khối dân vận đã phối hợp với Bảo hiểm xã hội tỉnh tổ chức 186 buổi tuyên truyền, 42 buổi đối thoại tại các ấp, sóc có đông đồng bào S'tiêng, Khmer, M'nông; thăm, vận động 2.430 hộ. Tỷ lệ bao phủ BHYT ở 9 xã biên giới đạt 89,4%, thấp hơn bình quân toàn tỉnh (93,8%); có khoảng 14.500 người chưa có thẻ.
Đồng chí Điểu Thị Hồng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh, cho biết các chi hội đã vận động được 1.026 hội viên mua thẻ BHYT hộ gia đình và 214 hội viên tham gia BHXH tự nguyện; Quỹ "Vì người nghèo" tỉnh hỗ trợ 2.500 thẻ BHYT với kinh phí hơn 2,2 tỷ đồng.
Đồng chí Thị Mai, Bí thư Đảng ủy xã Lộc Thành và đồng chí Điểu Lý, Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập cho biết, nhiều hộ đồng bào S'tiêng làm thuê theo mùa vụ sang Campuchia nên khó vận động; xã đã giao mỗi tổ tự quản ấp, sóc bám từng hộ, nhờ người có uy tín nói bằng tiếng S'tiêng. Ông Lâm Văn Tươi, người có uy tín sóc Bom Bo, xã Bình Tân, kiến nghị mở thêm điểm thu tại chợ phiên.
Phát biểu kết luận, đồng chí Tôn Ngọc Hạnh đề nghị quý IV thực hiện tốt Kế hoạch số 17-KH/BTGDVTU và Hướng dẫn 05-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy; tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị về tăng cường sự lãnh đạo của Đảng đối với công tác BHXH, BHYT trên địa bàn tỉnh Đồng Nai mới, theo tinh thần Kết luận 118, 119-KL/TW của Bộ Chính trị; phấn đấu đến cuối năm 2025 tỷ lệ bao phủ BHYT ở các xã biên giới đạt từ 92% trở lên.
Tại hội nghị, các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Nguyễn Văn Lợi, Trần Thị Phương, Điểu Xuân Lộc đã trình bày tham luận về công tác vận động ở cơ sở sau khi vận hành chính quyền địa phương 2 cấp.
Phương Hằng
Lượt xem: 428
Tin liên quan
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai (02/07/2025)
- Hội nghị người có uy tín trong đồng bào dân tộc thiểu số (19/09/2025)
- Xã Tân Tiến ra mắt mô hình "Dân vận khéo" (12/09/2025)
""", "2025-10-03", "Khối dân vận bàn giải pháp vận động người dân khu vực biên giới tham gia BHYT",
E("giao_ban", "2025-Q3", "2025-10-01"),
[P("Tôn Ngọc Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Hồng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Thị Mai", "Bí thư Đảng ủy xã Lộc Thành"),
 P("Điểu Lý", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập"),
 P("Lâm Văn Tươi", "người có uy tín sóc Bom Bo"),
 P("Nguyễn Văn Lợi", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Thị Phương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Xuân Lộc", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("186 buổi tuyên truyền", 186, "buổi tuyên truyền"), Q("42 buổi đối thoại", 42, "buổi đối thoại"), Q("2.430 hộ", 2430, "hộ"),
 Q("9 xã biên giới", 9, "xã biên giới"), Q("89,4%", 89.4, "%"), Q("93,8%", 93.8, "%"), Q("khoảng 14.500 người", 14500, "người", "approx"),
 Q("1.026 hội viên", 1026, "hội viên"), Q("214 hội viên", 214, "hội viên"), Q("2.500 thẻ BHYT", 2500, "thẻ BHYT"),
 Q("hơn 2,2 tỷ đồng", 2200000000, "đồng", "over"), Q("từ 92% trở lên", 92, "%", "over")],
[D("Kế hoạch", "17", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 17-KH/BTGDVTU"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 05-HD/BTGDVTU"),
 D("Kết luận", "118", "KL/TW", None, "Bộ Chính trị", "Kết luận 118, 119-KL/TW"),
 D("Kết luận", "119", "KL/TW", None, "Bộ Chính trị", "Kết luận 118, 119-KL/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Lộc Thành"), com("Bù Gia Mập"), com("Bình Tân")],
["ĐẢNG BỘ TỈNH ĐỒNG NAI - BAN TUYÊN GIÁO VÀ DÂN VẬN", "Trang chủ / Dân vận / Tin hoạt động", "Toàn cảnh hội nghị giao ban.", "Vì người nghèo", "Lượt xem: 428"],
["Cập nhật: 08:20, 03/10/2025 (GMT+7)", "quý III năm 2025", "quý IV", "năm 2025", "2 cấp", "Lượt xem: 428"]))

PAGES.append(page("b3986-vinhlong-xa-doithoai-bhyt-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TẬP SƠN - TỈNH VĨNH LONG
Trang chủ | Tin tức - Sự kiện | Hoạt động của xã
Thứ Sáu, 20/3/2026 | 15:40
Ảnh: Toàn cảnh hội nghị đối thoại.
Xã Tập Sơn đối thoại với người dân về BHYT, BHXH tự nguyện
Sáng 18/3/2026, Đảng ủy, UBND và Ủy ban MTTQ Việt Nam xã Tập Sơn tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân về chính sách BHYT, BHXH tự nguyện năm 2026. Đồng chí Thạch Sa Rinh, Bí thư Đảng ủy, Chủ tịch HĐND xã Tập Sơn và đồng chí Nguyễn Văn Út, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì; hơn 150 người dân các ấp Trà Điêu, Ô Rồm, Tân Sơn, Bến Có tham dự.
Xã Tập Sơn (tỉnh Vĩnh Long mới, trước thuộc huyện Trà Cú, tỉnh Trà Vinh) có 6.842 hộ, trong đó đồng bào Khmer chiếm 61,5%. Năm 2025, tỷ lệ bao phủ BHYT của xã đạt 90,2%, thấp hơn chỉ tiêu tỉnh giao 3,8%; toàn xã có 214 người tham gia BHXH tự nguyện. Có 1.305 người thuộc 412 hộ vừa thoát nghèo, thoát cận nghèo không còn được ngân sách hỗ trợ mua thẻ.
Tại hội nghị, người dân nêu 19 ý kiến. Ông Sơn Văn Sóc, ấp Ô Rồm, hỏi vì sao thẻ của con đi làm công nhân ở Bình Dương cũ lại bị báo trùng. Bà Kim Thị Sa Rươne, ấp Trà Điêu, đề nghị được đóng BHYT hộ gia đình theo từng 3 tháng sau mỗi vụ lúa. Ông Trần Văn Chín đề nghị xã sớm thông tin về trợ cấp hưu trí xã hội cho người từ đủ 75 tuổi.
Bà Võ Thị Bích Liên, Giám đốc Bảo hiểm xã hội cơ sở Trà Cú giải đáp: thẻ trùng do đơn vị sử dụng lao động đã báo tăng nên người dân không phải đóng theo hộ gia đình; từ năm 2026 người dân có thể đóng BHYT theo phương thức 3 tháng, 6 tháng hoặc 12 tháng; người đủ 75 tuổi trở lên không có lương hưu được hưởng trợ cấp 500.000 đồng/tháng và được cấp thẻ BHYT miễn phí.
Đồng chí Thạch Sa Rinh tiếp thu, chỉ đạo thực hiện Nghị quyết số 12-NQ/ĐU ngày 10/01/2026 của Đảng ủy xã và Kế hoạch số 25/KH-UBND của UBND xã, phấn đấu năm 2026 tỷ lệ bao phủ BHYT đạt trên 94%, có thêm 80 người tham gia BHXH tự nguyện. Xã giao các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Sơn: Thạch Thị Hồng Nhung, Kiên Văn Tha phụ trách vận động ở 8 ấp vùng đồng bào Khmer; phối hợp Bưu điện xã mở điểm thu lưu động tại chùa Sóc Chùa mỗi tháng 1 lần.
Đại đức Thạch Sóc Khanh, trụ trì chùa Ô Rồm, đại diện các vị sư cả phát biểu, cam kết vận động phật tử tham gia BHYT. Dịp này, Ủy ban MTTQ Việt Nam xã trao 120 thẻ BHYT cho người thuộc hộ vừa thoát nghèo, trị giá khoảng 126 triệu đồng, do các mạnh thường quân đóng góp.
Thanh Tú
Lượt truy cập: 318
Các tin khác
- Xã Tập Sơn ra quân vận động BHYT năm 2026 (03/03/2026)
- Lễ hội Chôl Chnăm Thmây năm 2026 tại xã Tập Sơn (sắp diễn ra) (27/02/2026)
- Hội nghị tổng kết công tác Mặt trận năm 2025 (10/01/2026)
""", "2026-03-20", "Xã Tập Sơn đối thoại với người dân về BHYT, BHXH tự nguyện",
E("doi_thoai", "2026", "2026-03-18"),
[P("Thạch Sa Rinh", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Tập Sơn"),
 P("Nguyễn Văn Út", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Sơn Văn Sóc"), P("Kim Thị Sa Rươne"), P("Trần Văn Chín"),
 P("Võ Thị Bích Liên", "Giám đốc Bảo hiểm xã hội cơ sở Trà Cú"),
 P("Thạch Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Sơn"),
 P("Kiên Văn Tha", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Tập Sơn"),
 P("Thạch Sóc Khanh", "Đại đức", "trụ trì chùa Ô Rồm")],
[Q("hơn 150 người dân", 150, "người dân", "over"), Q("6.842 hộ", 6842, "hộ"), Q("61,5%", 61.5, "%"), Q("90,2%", 90.2, "%"), Q("3,8%", 3.8, "%"),
 Q("214 người", 214, "người"), Q("1.305 người", 1305, "người"), Q("412 hộ", 412, "hộ"), Q("19 ý kiến", 19, "ý kiến"),
 Q("500.000 đồng", 500000, "đồng"), Q("trên 94%", 94, "%", "over"), Q("80 người", 80, "người"), Q("8 ấp", 8, "ấp"),
 Q("120 thẻ BHYT", 120, "thẻ BHYT"), Q("khoảng 126 triệu đồng", 126000000, "đồng", "approx")],
[D("Nghị quyết", "12", "NQ/ĐU", "2026-01-10", "Đảng ủy xã", "Nghị quyết số 12-NQ/ĐU ngày 10/01/2026"),
 D("Kế hoạch", "25", "KH-UBND", None, "UBND xã", "Kế hoạch số 25/KH-UBND")],
[prov("Vĩnh Long"), prov("Trà Vinh"), prov("Bình Dương"), com("Tập Sơn")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TẬP SƠN - TỈNH VĨNH LONG", "Trang chủ | Tin tức - Sự kiện | Hoạt động của xã", "Ảnh: Toàn cảnh hội nghị đối thoại.",
 "Lượt truy cập: 318"],
["Thứ Sáu, 20/3/2026 | 15:40", "năm 2026", "Năm 2025", "3 tháng", "75 tuổi", "3 tháng, 6 tháng hoặc 12 tháng", "1 lần", "Lượt truy cập: 318"]))

PAGES.append(page("b3987-hue-btgdv-tongket-bhyt-2026", """
BÁO HUẾ ĐIỆN TỬ
Chính trị | Dân vận - Mặt trận
Thứ Sáu, 16/01/2026, 08:05
Đồng chí Phan Thị Mai phát biểu tại hội nghị.
Triển khai nhiệm vụ phát triển người tham gia BHXH, BHYT năm 2026
Chiều 14/1, Ban Tuyên giáo và Dân vận Thành ủy Huế phối hợp với Bảo hiểm xã hội thành phố tổ chức hội nghị tổng kết công tác phối hợp tuyên truyền, vận động nhân dân tham gia BHXH, BHYT năm 2025 và triển khai nhiệm vụ năm 2026. Đồng chí Phan Thị Mai, Thành ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Thành ủy chủ trì.
Năm 2025, năm đầu vận hành chính quyền địa phương 2 cấp với 40 xã, phường, các cơ quan khối dân vận và Mặt trận đã phối hợp tổ chức 318 hội nghị tuyên truyền, 27 buổi đối thoại; vận động 5,4 tỷ đồng mua tặng 6.120 thẻ BHYT và 530 sổ BHXH tự nguyện. Toàn thành phố có 1.161.000 người tham gia BHYT, đạt 95,1% dân số; 33.870 người tham gia BHXH tự nguyện, vượt 12% chỉ tiêu.
Bà Nguyễn Thị Thanh Thủy, Giám đốc Bảo hiểm xã hội thành phố Huế cho biết, ngành đã phối hợp Bưu điện thành phố đưa 152 điểm thu về tận xã, phường; 100% người tham gia được hướng dẫn dùng ứng dụng VssID. Tuy nhiên, số người dừng đóng BHXH tự nguyện năm 2025 còn cao, khoảng 3.100 người.
Đồng chí Kăn Sức, Bí thư Đảng ủy xã A Lưới 2, chia sẻ: ở các thôn đồng bào Tà Ôi, Pa Cô, xã giao mỗi đảng viên phụ trách từ 5 hộ trở lên; nhờ vậy tỷ lệ người có thẻ BHYT của xã đạt 99,2%. Bà Hồ Thị Hằng, Chủ tịch Ủy ban MTTQ Việt Nam xã A Lưới 5 cho biết xã đã vận động 4 doanh nghiệp tặng 210 thẻ BHYT cho người cao tuổi.
Phát biểu chỉ đạo, đồng chí Phan Thị Mai đề nghị năm 2026 tiếp tục quán triệt Nghị quyết số 28-NQ/TW của Ban Chấp hành Trung ương khóa XII, Kết luận 05, 06-KL/TU của Ban Thường vụ Thành ủy và Quyết định số 546/QĐ-TTg ngày 29/4/2022 của Thủ tướng Chính phủ; phấn đấu tỷ lệ bao phủ BHYT đạt 96% trở lên, số người tham gia BHXH tự nguyện đạt khoảng 38.000 người.
Tại hội nghị, Ban Tuyên giáo và Dân vận Thành ủy và Bảo hiểm xã hội thành phố ký Quy chế phối hợp số 02-QC/BTGDVTU-BHXH giai đoạn 2026 - 2030. Hội nghị cũng nghe các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố: Lê Văn Tuấn, Hồ Xuân Lan trình bày kế hoạch giám sát việc thực hiện chính sách BHYT năm 2026.
Dịp này, 8 tập thể và 12 cá nhân có thành tích xuất sắc được tặng giấy khen.
Hoài Thương
Lượt xem: 776
Tin liên quan
- Ban Tuyên giáo và Dân vận Thành ủy tổng kết công tác năm 2025 (09/01/2026)
- Phường Thuận Hóa trao 300 thẻ BHYT cho người cao tuổi (30/12/2025)
- Xã A Lưới 3 ra mắt tổ dân vận thôn (22/12/2025)
- Giao ban khối dân vận quý IV năm 2025 (12/12/2025)
""", "2026-01-16", "Triển khai nhiệm vụ phát triển người tham gia BHXH, BHYT năm 2026",
E("tong_ket", "2025", "2026-01-14"),
[P("Phan Thị Mai", "Thành ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Nguyễn Thị Thanh Thủy", "Giám đốc Bảo hiểm xã hội thành phố Huế"),
 P("Kăn Sức", "Bí thư Đảng ủy xã A Lưới 2"),
 P("Hồ Thị Hằng", "Chủ tịch Ủy ban MTTQ Việt Nam xã A Lưới 5"),
 P("Lê Văn Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Hồ Xuân Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố")],
[Q("40 xã, phường", 40, "xã, phường"), Q("318 hội nghị tuyên truyền", 318, "hội nghị tuyên truyền"), Q("27 buổi đối thoại", 27, "buổi đối thoại"),
 Q("5,4 tỷ đồng", 5400000000, "đồng"), Q("6.120 thẻ BHYT", 6120, "thẻ BHYT"), Q("530 sổ BHXH tự nguyện", 530, "sổ BHXH tự nguyện"),
 Q("1.161.000 người", 1161000, "người"), Q("95,1%", 95.1, "%"), Q("33.870 người", 33870, "người"), Q("12%", 12, "%"),
 Q("152 điểm thu", 152, "điểm thu"), Q("100%", 100, "%"), Q("khoảng 3.100 người", 3100, "người", "approx"), Q("từ 5 hộ trở lên", 5, "hộ", "over"),
 Q("99,2%", 99.2, "%"), Q("4 doanh nghiệp", 4, "doanh nghiệp"), Q("210 thẻ BHYT", 210, "thẻ BHYT"), Q("96% trở lên", 96, "%", "over"),
 Q("khoảng 38.000 người", 38000, "người", "approx"), Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Nghị quyết", "28", "NQ/TW", None, "Ban Chấp hành Trung ương khóa XII", "Nghị quyết số 28-NQ/TW"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 05, 06-KL/TU"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 05, 06-KL/TU"),
 D("Quyết định", "546", "QĐ-TTg", "2022-04-29", "Thủ tướng Chính phủ", "Quyết định số 546/QĐ-TTg ngày 29/4/2022"),
 D("Quy chế phối hợp", "02", "QC/BTGDVTU-BHXH", None, None, "Quy chế phối hợp số 02-QC/BTGDVTU-BHXH")],
[prov("Huế"), com("A Lưới 2"), com("A Lưới 5")],
["BÁO HUẾ ĐIỆN TỬ", "Chính trị | Dân vận - Mặt trận", "Đồng chí Phan Thị Mai phát biểu tại hội nghị.", "VssID", "Lượt xem: 776"],
["Thứ Sáu, 16/01/2026, 08:05", "năm 2025", "năm 2026", "2 cấp", "2026 - 2030", "Lượt xem: 776"]))

PAGES.append(page("b3988-sonla-hnd-taphuan-bhxh-2026", """
HỘI NÔNG DÂN TỈNH SƠN LA
Trang chủ > Hoạt động Hội > Tập huấn - Bồi dưỡng
10.04.2026 | 16:05
Hội viên nông dân tham gia lớp tập huấn. Ảnh: Lò Hương
Tập huấn kỹ năng vận động hội viên tham gia BHXH tự nguyện, BHYT hộ gia đình
Ngày 8 và 9/4/2026, Hội Nông dân tỉnh phối hợp với Bảo hiểm xã hội tỉnh Sơn La và Bưu điện tỉnh tổ chức lớp tập huấn kỹ năng tuyên truyền, vận động hội viên nông dân tham gia BHXH tự nguyện, BHYT hộ gia đình năm 2026 cho 135 cán bộ hội cơ sở của 25 xã, phường khu vực phía Bắc tỉnh.
Đồng chí Quàng Thị Bun, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh phát biểu khai mạc; ông Lường Văn Tiến, Phó Giám đốc Bảo hiểm xã hội tỉnh và bà Cầm Thị Ngọc, Trưởng phòng Truyền thông và Phát triển người tham gia Bảo hiểm xã hội tỉnh trực tiếp truyền đạt.
Học viên được phổ biến Luật Bảo hiểm xã hội năm 2024, Luật Bảo hiểm y tế sửa đổi, Nghị định số 159/2025/NĐ-CP của Chính phủ và Nghị quyết số 36/2025/NQ-HĐND của HĐND tỉnh về hỗ trợ thêm 10% mức đóng cho người tham gia BHXH tự nguyện là người dân tộc thiểu số; được thực hành kỹ năng nói chuyện với nhóm nhỏ, cách tính cho hộ gia đình thấy lợi ích khi đóng từ năm 45 tuổi.
Theo Bảo hiểm xã hội tỉnh, đến hết tháng 3/2026 toàn tỉnh có 19.624 người tham gia BHXH tự nguyện, chỉ bằng 2,1% lực lượng lao động; tỷ lệ bao phủ BHYT đạt 95,4%. Năm 2026, tỉnh được giao phát triển thêm 6.500 người tham gia BHXH tự nguyện. Hội Nông dân tỉnh nhận chỉ tiêu vận động khoảng 2.000 người, giao mỗi cơ sở hội ít nhất 10 người.
Ông Lò Văn Mừng, Chủ tịch Hội Nông dân xã Chiềng Sơn chia sẻ: năm 2025 hội đã vận động 86 hội viên trồng mận, trồng cà phê tham gia BHXH tự nguyện nhờ lồng ghép vào buổi chuyển giao kỹ thuật. Anh Sồng A Dê, Chi hội trưởng Chi hội nông dân bản Pha Khuông, xã Mường Lạn, cho biết chi hội có 42 hộ thì 40 hộ đã có thẻ BHYT.
Bế mạc lớp tập huấn, đồng chí Quàng Thị Bun đề nghị thực hiện tốt Kế hoạch số 45-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh và Chương trình phối hợp số 03/CTPH-HND-BHXH-BĐ ký năm 2026; mỗi cán bộ hội là một tuyên truyền viên. Hội Nông dân tỉnh trao 30 sổ BHXH tự nguyện cho hội viên khó khăn, mỗi sổ được hỗ trợ 1.500.000 đồng, cùng 50 thẻ BHYT cho hội viên cao tuổi.
Kết thúc tập huấn, 100% học viên đạt yêu cầu.
Lò Hương
Lượt xem: 297
Tin khác
- Hội Nông dân phường Tô Hiệu ra mắt tổ hợp tác trồng rau (02/04/2026)
- Sơn La: hơn 500 hội viên được vay vốn Quỹ Hỗ trợ nông dân (25/03/2026)
- Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân (18/03/2026)
- Xã Mường Lạn: nông dân góp công, góp đất làm đường bản (11/03/2026)
""", "2026-04-10", "Tập huấn kỹ năng vận động hội viên tham gia BHXH tự nguyện, BHYT hộ gia đình",
E("tap_huan", "2026", "2026-04-08"),
[P("Quàng Thị Bun", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lường Văn Tiến", "Phó Giám đốc Bảo hiểm xã hội tỉnh"),
 P("Cầm Thị Ngọc", "Trưởng phòng Truyền thông và Phát triển người tham gia Bảo hiểm xã hội tỉnh"),
 P("Lò Văn Mừng", "Chủ tịch Hội Nông dân xã Chiềng Sơn"),
 P("Sồng A Dê", "Chi hội trưởng Chi hội nông dân bản Pha Khuông")],
[Q("135 cán bộ hội cơ sở", 135, "cán bộ hội cơ sở"), Q("25 xã, phường", 25, "xã, phường"), Q("10%", 10, "%"), Q("19.624 người", 19624, "người"),
 Q("2,1%", 2.1, "%"), Q("95,4%", 95.4, "%"), Q("6.500 người", 6500, "người"), Q("khoảng 2.000 người", 2000, "người", "approx"),
 Q("ít nhất 10 người", 10, "người", "over"), Q("86 hội viên", 86, "hội viên"), Q("42 hộ", 42, "hộ"), Q("40 hộ", 40, "hộ"),
 Q("30 sổ BHXH tự nguyện", 30, "sổ BHXH tự nguyện"), Q("1.500.000 đồng", 1500000, "đồng"), Q("50 thẻ BHYT", 50, "thẻ BHYT"), Q("100%", 100, "%")],
[D("Nghị định", "159", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 159/2025/NĐ-CP"),
 D("Nghị quyết", "36", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 36/2025/NQ-HĐND"),
 D("Kế hoạch", "45", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 45-KH/HNDT"),
 D("Chương trình phối hợp", "03", "CTPH-HND-BHXH-BĐ", None, None, "Chương trình phối hợp số 03/CTPH-HND-BHXH-BĐ")],
[prov("Sơn La"), com("Chiềng Sơn"), com("Mường Lạn")],
["HỘI NÔNG DÂN TỈNH SƠN LA", "Trang chủ > Hoạt động Hội > Tập huấn - Bồi dưỡng", "Hội viên nông dân tham gia lớp tập huấn. Ảnh: Lò Hương",
 "Luật Bảo hiểm xã hội năm 2024", "Luật Bảo hiểm y tế", "Lượt xem: 297"],
["10.04.2026 | 16:05", "năm 2026", "45 tuổi", "tháng 3/2026", "Năm 2026", "năm 2025", "Lượt xem: 297"]))
