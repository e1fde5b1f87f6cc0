from lib import *
PAGES = []

PAGES.append(page("b5321-yenbai-btg-giaoban-2023", """
BAN TUYÊN GIÁO TỈNH ỦY YÊN BÁI
You are here: Trang chủ > Dư luận xã hội > Tin hoạt động
Thứ Ba, 11/04/2023, 15:30
Ảnh: Các đại biểu dự giao ban tại điểm cầu tỉnh.
Nắm chắc dư luận từ cơ sở, kịp thời tham mưu cấp ủy
Chiều 10/4, Ban Tuyên giáo Tỉnh ủy Yên Bái tổ chức giao ban công tác dư luận xã hội quý I/2023 với 9 điểm cầu huyện, thị xã, thành phố. Đồng chí Hoàng Thị Vĩnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì. Cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo Tỉnh ủy: Đỗ Thị Lương, Sùng A Dế, Nông Văn Khuê.
Báo cáo tại giao ban cho biết, thực hiện Quy định số 20-QĐ/TU về hoạt động của mạng lưới cộng tác viên dư luận xã hội và Kế hoạch số 112-KH/BTGTU ngày 06/01/2023 của Ban Tuyên giáo Tỉnh ủy, quý I đội ngũ 237 cộng tác viên đã gửi 688 báo cáo với hơn 2.500 ý kiến, kiến nghị; Ban đã tổng hợp 3 báo cáo nhanh gửi Ban Thường vụ Tỉnh ủy và Ban Tuyên giáo Trung ương. Dư luận quan tâm nhiều đến việc thực hiện Nghị quyết số 69-NQ/TU của Tỉnh ủy về sắp xếp đơn vị hành chính cấp xã, giá phân bón tăng, và việc đưa khoảng 1.300 lao động đi làm việc ở nước ngoài.
Toàn tỉnh đã có 173/173 xã, phường, thị trấn có đài truyền thanh; 57 xã đã chuyển sang hệ thống truyền thanh ứng dụng công nghệ thông tin - viễn thông với tổng vốn 21,6 tỷ đồng, trong đó 8,4 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Ở 42 thôn vùng cao, tổ tuyên truyền viên phát bản tin bằng tiếng Mông, tiếng Dao, tiếng Thái qua nhóm Zalo với trên 9.000 thành viên.
Tại các điểm cầu, bà Hà Thị Liên, Trưởng Ban Tuyên giáo Huyện ủy Văn Chấn, phản ánh một số cộng tác viên đã nghỉ hưu nên khó nắm dư luận ở thôn; ông Giàng A Chu, Bí thư Đảng ủy xã Chế Tạo, cho biết xã có 2 thôn chưa có sóng điện thoại, loa truyền thanh là kênh duy nhất. Ông Lò Văn Hùng, cộng tác viên dư luận xã hội xã Nậm Búng, kiến nghị hỗ trợ tiền điện thoại 100.000 đồng/tháng.
Kết luận, đồng chí Hoàng Thị Vĩnh đề nghị quý II các huyện kiện toàn mạng lưới, bảo đảm tối thiểu 2 cộng tác viên mỗi xã; tập trung định hướng dư luận về Chỉ thị 23, 24-CT/TU của Ban Thường vụ Tỉnh ủy; đồng thời quán triệt Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng. Mỗi báo cáo dư luận phải gửi trước ngày 20 của tháng cuối quý.
Giao ban cũng đánh giá 3 năm thực hiện chế độ thông tin định kỳ, đề nghị biểu dương 15 cộng tác viên tích cực. Theo Ban Tuyên giáo Tỉnh ủy, nhờ thông tin kịp thời từ mạng lưới, nhiều vụ việc phức tạp ở cơ sở đã được giải quyết từ sớm.
Minh Thư
Tin liên quan
- Mù Cang Chải: hội nghị báo cáo viên tháng 3/2023 (28/03/2023)
- Tập huấn cộng tác viên dư luận xã hội năm 2023 (15/03/2023)
""", "2023-04-11", "Nắm chắc dư luận từ cơ sở, kịp thời tham mưu cấp ủy",
E("giao_ban", "2023-Q1", "2023-04-10"),
[P("Hoàng Thị Vĩnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Đỗ Thị Lương", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Sùng A Dế", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Nông Văn Khuê", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Hà Thị Liên", "Trưởng Ban Tuyên giáo Huyện ủy Văn Chấn"),
 P("Giàng A Chu", "Bí thư Đảng ủy xã Chế Tạo"),
 P("Lò Văn Hùng", "cộng tác viên dư luận xã hội xã Nậm Búng")],
[Q("9 điểm cầu", 9, "điểm cầu"), Q("237 cộng tác viên", 237, "cộng tác viên"), Q("688 báo cáo", 688, "báo cáo"),
 Q("hơn 2.500 ý kiến, kiến nghị", 2500, "ý kiến, kiến nghị", "over"), Q("3 báo cáo nhanh", 3, "báo cáo nhanh"),
 Q("khoảng 1.300 lao động", 1300, "lao động", "approx"), Q("173/173 xã, phường, thị trấn", 173, "xã, phường, thị trấn"),
 Q("57 xã", 57, "xã"), Q("21,6 tỷ đồng", 21600000000, "đồng"), Q("8,4 tỷ đồng", 8400000000, "đồng"),
 Q("42 thôn vùng cao", 42, "thôn vùng cao"), Q("trên 9.000 thành viên", 9000, "thành viên", "over"),
 Q("2 thôn", 2, "thôn"), Q("100.000 đồng/tháng", 100000, "đồng"),
 Q("tối thiểu 2 cộng tác viên", 2, "cộng tác viên"), Q("15 cộng tác viên tích cực", 15, "cộng tác viên tích cực")],
[D("Quy định", "20", "QĐ/TU", None, None, "Quy định số 20-QĐ/TU"),
 D("Kế hoạch", "112", "KH/BTGTU", "2023-01-06", "Ban Tuyên giáo Tỉnh ủy", "Kế hoạch số 112-KH/BTGTU ngày 06/01/2023"),
 D("Nghị quyết", "69", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 69-NQ/TU"),
 D("Chỉ thị", "23", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 23, 24-CT/TU"),
 D("Chỉ thị", "24", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 23, 24-CT/TU"),
 D("Kết luận", "21", "KL/TW", "2021-10-25", "Ban Chấp hành Trung ương Đảng", "Kết luận số 21-KL/TW ngày 25/10/2021")],
[prov("Yên Bái"), com("Chế Tạo"), com("Nậm Búng")],
["BAN TUYÊN GIÁO TỈNH ỦY YÊN BÁI", "You are here: Trang chủ > Dư luận xã hội > Tin hoạt động",
 "Ảnh: Các đại biểu dự giao ban tại điểm cầu tỉnh.",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Thứ Ba, 11/04/2023, 15:30", "quý I/2023", "quý II", "khóa XIII", "ngày 20", "3 năm"]))

PAGES.append(page("b5322-longan-cangiuoc-tongket-2023", """
Báo Long An Online
Chính trị › Xây dựng Đảng › Tin địa phương
2023-12-27 16:40
Cần Giuộc: Tổng kết công tác tuyên giáo năm 2023
Toàn cảnh hội nghị.
(LA) - Ngày 26/12, Ban Tuyên giáo Huyện ủy Cần Giuộc tổ chức hội nghị tổng kết công tác tuyên giáo năm 2023 và triển khai phương hướng, nhiệm vụ năm 2024. Dự hội nghị có đồng chí Trương Văn Nam, Phó Trưởng Ban Tuyên giáo Tỉnh ủy; đồng chí Nguyễn Thị Mỹ Hằng, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện.
Năm 2023, Ban Tuyên giáo Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành 14 kế hoạch, 9 hướng dẫn, trong đó có Kế hoạch số 188-KH/HU ngày 02/3/2023 về tuyên truyền kỷ niệm các ngày lễ lớn và Chương trình hành động số 27-CTr/HU thực hiện Nghị quyết số 45-NQ/TW của BCH Trung ương về xây dựng và phát huy vai trò đội ngũ trí thức. Huyện tổ chức 3 hội nghị học tập, quán triệt với trên 2.100 lượt cán bộ, đảng viên dự, đạt 98,6%.
Đội ngũ 21 báo cáo viên huyện và 310 tuyên truyền viên ở 15 xã, thị trấn đã nói chuyện 612 cuộc với khoảng 28.000 lượt người nghe. Hệ thống truyền thanh 15/15 xã, thị trấn phát trên 9.800 tin, bài; huyện đầu tư 1,1 tỷ đồng lắp 64 cụm loa thông minh ở các ấp. Ban Chỉ đạo 35 huyện đã phát hiện và đề nghị gỡ 26 bài viết sai sự thật trên mạng xã hội. Mạng lưới 45 cộng tác viên dư luận xã hội gửi 180 báo cáo.
Tại hội nghị, ông Lê Văn Tư, Bí thư Đảng ủy xã Phước Lại, chia sẻ kinh nghiệm tổ chức "Ngày thứ Bảy nghe loa" cho hội viên Hội Người cao tuổi; bà Phan Thị Thu, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hậu, cho biết xã đã thành lập tổ tuyên truyền công nhân ở 3 khu công nghiệp.
Phát biểu chỉ đạo, đồng chí Trương Văn Nam ghi nhận Cần Giuộc là 1 trong 3 đơn vị dẫn đầu tỉnh về công tác dư luận xã hội; đề nghị năm 2024 tập trung tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ, triển khai Chỉ thị số 28-CT/TW của Ban Bí thư về nâng cao chất lượng công tác giáo dục lý luận chính trị.
Đồng chí Huỳnh Văn Tâm, HUV, Trưởng Ban Tuyên giáo Huyện ủy Cần Giuộc, tiếp thu các ý kiến chỉ đạo, cho biết năm 2024 Ban phấn đấu 100% ấp có cụm loa hoạt động, mỗi xã, thị trấn có ít nhất 1 mô hình tuyên truyền hiệu quả.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 6 tập thể và 11 cá nhân có thành tích tiêu biểu trong công tác tuyên giáo năm 2023. Các đồng chí Trần Văn Phúc, Võ Thị Bé Năm, Đoàn Văn Hiếu - tuyên truyền viên ấp Trường Bình, được biểu dương.
Hội nghị cũng chỉ ra hạn chế: một số đài xã còn thiếu tin tự sản xuất, việc nắm dư luận ở khu công nghiệp chưa kịp thời.
Huy Phát
Tin khác
- Cần Đước: hội nghị báo cáo viên tháng 12/2023 (20/12/2023)
- Bến Lức tập huấn tuyên truyền viên cơ sở (08/12/2023)
""", "2023-12-27", "Cần Giuộc: Tổng kết công tác tuyên giáo năm 2023",
E("tong_ket", "2023", "2023-12-26"),
[P("Trương Văn Nam", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Nguyễn Thị Mỹ Hằng", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Lê Văn Tư", "Bí thư Đảng ủy xã Phước Lại"),
 P("Phan Thị Thu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hậu"),
 P("Huỳnh Văn Tâm", "HUV", "Trưởng Ban Tuyên giáo Huyện ủy Cần Giuộc"),
 P("Trần Văn Phúc", "tuyên truyền viên ấp Trường Bình"),
 P("Võ Thị Bé Năm", "tuyên truyền viên ấp Trường Bình"),
 P("Đoàn Văn Hiếu", "tuyên truyền viên ấp Trường Bình")],
[Q("14 kế hoạch", 14, "kế hoạch"), Q("9 hướng dẫn", 9, "hướng dẫn"), Q("3 hội nghị", 3, "hội nghị"),
 Q("trên 2.100 lượt cán bộ, đảng viên", 2100, "lượt cán bộ, đảng viên", "over"), Q("98,6%", 98.6, "%"),
 Q("21 báo cáo viên", 21, "báo cáo viên"), Q("310 tuyên truyền viên", 310, "tuyên truyền viên"),
 Q("15 xã, thị trấn", 15, "xã, thị trấn"), Q("612 cuộc", 612, "cuộc"),
 Q("khoảng 28.000 lượt người nghe", 28000, "lượt người nghe", "approx"),
 Q("trên 9.800 tin, bài", 9800, "tin, bài", "over"), Q("1,1 tỷ đồng", 1100000000, "đồng"),
 Q("64 cụm loa thông minh", 64, "cụm loa thông minh"), Q("26 bài viết", 26, "bài viết"),
 Q("45 cộng tác viên dư luận xã hội", 45, "cộng tác viên dư luận xã hội"), Q("180 báo cáo", 180, "báo cáo"),
 Q("3 khu công nghiệp", 3, "khu công nghiệp"), Q("100% ấp", 100, "%"),
 Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Kế hoạch", "188", "KH/HU", "2023-03-02", "Ban Thường vụ Huyện ủy", "Kế hoạch số 188-KH/HU ngày 02/3/2023"),
 D("Chương trình hành động", "27", "CTr/HU", None, "Ban Thường vụ Huyện ủy", "Chương trình hành động số 27-CTr/HU"),
 D("Nghị quyết", "45", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 45-NQ/TW"),
 D("Chỉ thị", "28", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 28-CT/TW")],
[prov("Long An"), com("Phước Lại"), com("Long Hậu")],
["Báo Long An Online", "Chính trị › Xây dựng Đảng › Tin địa phương", "Toàn cảnh hội nghị.", "(LA)",
 "Ngày thứ Bảy nghe loa", "Ban Chỉ đạo 35", "Chiến thắng Điện Biên Phủ"],
["2023-12-27 16:40", "năm 2023", "năm 2024", "1 trong 3 đơn vị", "70 năm", "Ban Chỉ đạo 35", "1 mô hình"]))

PAGES.append(page("b5323-bacgiang-stttt-taphuan-2024", """
BÁO BẮC GIANG ĐIỆN TỬ
Trang chủ :: Xã hội :: Thông tin cơ sở
21/08/2024 06:00
Bồi dưỡng kỹ năng cho hơn 230 cán bộ đài truyền thanh cấp xã
Học viên thực hành biên tập tin trên phần mềm quản lý truyền thanh thông minh.
BẮC GIANG - Trong 2 ngày 19 - 20/8, Sở Thông tin và Truyền thông phối hợp Ban Tuyên giáo Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ thông tin cơ sở năm 2024 cho hơn 230 cán bộ phụ trách đài truyền thanh, công chức văn hóa - xã hội của 192 xã, phường, thị trấn trên địa bàn tỉnh Bắc Giang.
Phát biểu khai mạc, ông Ngô Quang Tuấn, Phó Giám đốc Sở Thông tin và Truyền thông nhấn mạnh, thực hiện Quyết định số 1384/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chương trình thông tin cơ sở giai đoạn 2023 - 2025 và Kế hoạch số 142/KH-UBND ngày 15/5/2023 của UBND tỉnh, đến nay 100% xã có đài truyền thanh, trong đó 168 đài đã ứng dụng công nghệ thông tin - viễn thông với 1.920 cụm loa. Tổng kinh phí đầu tư giai đoạn 2021 - 2024 gần 46 tỷ đồng.
Tại lớp học, các học viên được bà Thân Thị Hoài, Trưởng phòng Thông tin - Báo chí - Xuất bản Sở Thông tin và Truyền thông, hướng dẫn quy trình biên tập, phê duyệt nội dung theo Thông tư số 39/2020/TT-BTTTT của Bộ Thông tin và Truyền thông; ông Nghiêm Văn Thành, Phó Trưởng phòng Thời sự Đài Phát thanh và Truyền hình tỉnh, hướng dẫn kỹ năng viết tin ngắn, đọc tin. Ths. Dương Thị Mai, giảng viên Trường Chính trị tỉnh, giới thiệu chuyên đề về Nghị quyết số 35-NQ/TW của Bộ Chính trị về bảo vệ nền tảng tư tưởng của Đảng.
Theo khảo sát trước lớp học, 64% cán bộ đài xã kiêm nhiệm, 38 người chưa qua đào tạo chuyên ngành; mỗi đài bình quân phát khoảng 3 giờ/ngày nhưng chỉ 15% thời lượng là tin tự sản xuất. Bà Hoàng Thị Duyên, cán bộ truyền thanh xã Tân Sơn, cho biết xã có 27 cụm loa ở 22 thôn, nhiều thôn người Nùng, Sán Dìu nên rất cần tin ngắn, dễ hiểu. Ông Lục Văn Chiến, công chức văn hóa - xã hội thị trấn Tây Yên Tử, đề nghị cho phép dùng giọng đọc máy để giảm tải.
Ông Ngô Quang Tuấn yêu cầu sau tập huấn, mỗi đài xã sản xuất ít nhất 8 tin tự viết mỗi tuần; báo cáo định kỳ về Sở trước ngày 25 hằng tháng. Sở sẽ đánh giá, xếp loại hoạt động đài xã, biểu dương 20 đài tiêu biểu vào cuối năm, mỗi đài được thưởng 3 triệu đồng.
Lớp tập huấn cũng dành thời gian cho học viên thực hành kiểm tra thông tin sai sự thật, tin giả trên mạng xã hội trước khi đưa lên loa. Theo Sở, trong 6 tháng đầu năm, 12 trường hợp đăng tin giả về thiên tai đã bị phát hiện và gỡ bỏ.
Bảo Ngọc
Tin cùng chuyên mục
- Yên Thế: 18 xã có cụm loa thông minh (12/08/2024)
- Hội nghị báo cáo viên Tỉnh ủy tháng 7/2024 (25/07/2024)
""", "2024-08-21", "Bồi dưỡng kỹ năng cho hơn 230 cán bộ đài truyền thanh cấp xã",
E("tap_huan", "2024", "2024-08-19"),
[P("Ngô Quang Tuấn", "Phó Giám đốc Sở Thông tin và Truyền thông"),
 P("Thân Thị Hoài", "Trưởng phòng Thông tin - Báo chí - Xuất bản Sở Thông tin và Truyền thông"),
 P("Nghiêm Văn Thành", "Phó Trưởng phòng Thời sự Đài Phát thanh và Truyền hình tỉnh"),
 P("Dương Thị Mai", "Ths.", "giảng viên Trường Chính trị tỉnh"),
 P("Hoàng Thị Duyên", "cán bộ truyền thanh xã Tân Sơn"),
 P("Lục Văn Chiến", "công chức văn hóa - xã hội thị trấn Tây Yên Tử")],
[Q("hơn 230 cán bộ", 230, "cán bộ", "over"), Q("192 xã, phường, thị trấn", 192, "xã, phường, thị trấn"),
 Q("100% xã", 100, "%"), Q("168 đài", 168, "đài"), Q("1.920 cụm loa", 1920, "cụm loa"),
 Q("gần 46 tỷ đồng", 46000000000, "đồng", "approx"), Q("64%", 64, "%"), Q("38 người", 38, "người"),
 Q("15%", 15, "%"), Q("27 cụm loa", 27, "cụm loa"), Q("22 thôn", 22, "thôn"),
 Q("ít nhất 8 tin", 8, "tin", "over"), Q("20 đài tiêu biểu", 20, "đài tiêu biểu"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("12 trường hợp", 12, "trường hợp")],
[D("Quyết định", "1384", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1384/QĐ-TTg"),
 D("Kế hoạch", "142", "KH-UBND", "2023-05-15", "UBND tỉnh", "Kế hoạch số 142/KH-UBND ngày 15/5/2023"),
 D("Thông tư", "39", "2020/TT-BTTTT", None, "Bộ Thông tin và Truyền thông", "Thông tư số 39/2020/TT-BTTTT"),
 D("Nghị quyết", "35", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 35-NQ/TW")],
[prov("Bắc Giang"), com("Tân Sơn"), com("Tây Yên Tử")],
["BÁO BẮC GIANG ĐIỆN TỬ", "Trang chủ :: Xã hội :: Thông tin cơ sở",
 "Học viên thực hành biên tập tin trên phần mềm quản lý truyền thanh thông minh.", "BẮC GIANG",
 "Chương trình thông tin cơ sở giai đoạn 2023 - 2025"],
["21/08/2024 06:00", "2 ngày", "năm 2024", "giai đoạn 2023 - 2025", "giai đoạn 2021 - 2024", "ngày 25", "6 tháng đầu năm", "khoảng 3 giờ/ngày"]))

PAGES.append(page("b5324-phuyen-phuong9-doithoai-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ TUY HÒA
Trang chủ - Tin tức - Hoạt động phường, xã
Ngày đăng 06/11/2024 | 10:10
Phường 9 đối thoại với nhân dân về hoạt động loa truyền thanh và thông tin khu phố
Đồng chí Lê Thị Thu Trang trả lời ý kiến của người dân.
Sáng 5/11, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam Phường 9, thành phố Tuy Hòa, tỉnh Phú Yên tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2024, chủ đề "Thông tin đến từng nhà, lắng nghe từng người". Đồng chí Lê Thị Thu Trang, Bí thư Đảng ủy, Chủ tịch HĐND phường và đồng chí Nguyễn Minh Phát, Phó Bí thư Đảng ủy, Chủ tịch UBND phường đồng chủ trì. Tham dự có 120 đại biểu là bí thư chi bộ, trưởng khu phố, tổ trưởng tổ dân phố và người dân 6 khu phố.
Báo cáo của UBND phường cho biết, thực hiện Kế hoạch số 76-KH/ĐU ngày 12/01/2024 của Đảng ủy phường và Quyết định số 21/QĐ-UBND của UBND phường, năm 2024 phường đã thay thế hệ thống loa có dây bằng 18 cụm loa thông minh, kinh phí 465 triệu đồng; mỗi ngày phát 2 buổi, tổng cộng trên 1.100 tin, bài từ đầu năm. Tổ tuyên truyền khu phố gồm 24 thành viên, thường xuyên cập nhật thông tin qua 6 nhóm Zalo với khoảng 3.400 thành viên.
Tại buổi đối thoại, 19 ý kiến đã được nêu. Bà Nguyễn Thị Hạnh, tổ trưởng tổ dân phố 3, khu phố Phước Hậu, phản ánh loa đặt gần trường học phát quá to giờ học. Ông Trần Văn Sỹ, cựu chiến binh khu phố Phú Vang, đề nghị phát bản tin về an toàn giao thông và phòng chống lừa đảo qua mạng, vì riêng năm nay phường có 7 vụ lừa đảo với số tiền khoảng 620 triệu đồng. Ông Ksor Y Thương, người dân tộc Ê Đê tạm trú tại khu phố Phú Lâm, đề nghị hướng dẫn thủ tục đăng ký cư trú.
Các ý kiến đã được lãnh đạo phường trả lời trực tiếp; 3 ý kiến thuộc thẩm quyền thành phố được ghi nhận chuyển các phòng chuyên môn. Đồng chí Nguyễn Minh Phát cam kết trong tháng 11 sẽ điều chỉnh hướng loa, giảm âm lượng ở 2 điểm gần trường.
Phát biểu kết luận, đồng chí Lê Thị Thu Trang đề nghị các chi bộ thực hiện tốt Quy định số 144-QĐ/TW của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên và Luật Thực hiện dân chủ ở cơ sở; phấn đấu cuối năm 2024 có trên 90% hộ dân biết và sử dụng ứng dụng thông tin của phường. Hội nghị cũng thông tin việc chuẩn bị Đại hội Chi bộ khu phố nhiệm kỳ 2025 - 2027.
Theo Ủy ban MTTQ Việt Nam phường, đây là năm thứ ba phường tổ chức đối thoại chuyên đề về công tác thông tin, tuyên truyền ở khu dân cư. Các ý kiến tiếp thu sẽ được thông báo lại trên loa truyền thanh và nhóm Zalo khu phố trong tháng 12.
Quang Vinh
Tin khác
- Phường 9: ra mắt mô hình "Khu phố không tin giả" (20/10/2024)
- Thành phố Tuy Hòa tập huấn báo cáo viên cơ sở (02/10/2024)
""", "2024-11-06", "Phường 9 đối thoại với nhân dân về hoạt động loa truyền thanh và thông tin khu phố",
E("doi_thoai", "2024", "2024-11-05"),
[P("Lê Thị Thu Trang", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
 P("Nguyễn Minh Phát", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Nguyễn Thị Hạnh", "tổ trưởng tổ dân phố 3"),
 P("Trần Văn Sỹ", "cựu chiến binh khu phố Phú Vang"),
 P("Ksor Y Thương")],
[Q("120 đại biểu", 120, "đại biểu"), Q("6 khu phố", 6, "khu phố"), Q("18 cụm loa thông minh", 18, "cụm loa thông minh"),
 Q("465 triệu đồng", 465000000, "đồng"), Q("trên 1.100 tin, bài", 1100, "tin, bài", "over"),
 Q("24 thành viên", 24, "thành viên"), Q("6 nhóm Zalo", 6, "nhóm Zalo"),
 Q("khoảng 3.400 thành viên", 3400, "thành viên", "approx"), Q("19 ý kiến", 19, "ý kiến"),
 Q("7 vụ lừa đảo", 7, "vụ lừa đảo"), Q("khoảng 620 triệu đồng", 620000000, "đồng", "approx"),
 Q("3 ý kiến", 3, "ý kiến"), Q("2 điểm", 2, "điểm"), Q("trên 90% hộ dân", 90, "%", "over")],
[D("Kế hoạch", "76", "KH/ĐU", "2024-01-12", "Đảng ủy phường", "Kế hoạch số 76-KH/ĐU ngày 12/01/2024"),
 D("Quyết định", "21", "QĐ-UBND", None, "UBND phường", "Quyết định số 21/QĐ-UBND"),
 D("Quy định", "144", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 144-QĐ/TW")],
[prov("Phú Yên"), com("Phường 9")],
["CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ TUY HÒA", "Trang chủ - Tin tức - Hoạt động phường, xã",
 "Đồng chí Lê Thị Thu Trang trả lời ý kiến của người dân.", "Thông tin đến từng nhà, lắng nghe từng người",
 "Luật Thực hiện dân chủ ở cơ sở"],
["Ngày đăng 06/11/2024 | 10:10", "năm 2024", "2 buổi", "tháng 11", "cuối năm 2024", "nhiệm kỳ 2025 - 2027", "tổ dân phố 3", "năm thứ ba", "tháng 12"]))

PAGES.append(page("b5325-tuyenquang-mttq-giamsat-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Thời sự › Mặt trận - Đoàn thể
Thứ Tư, 22/10/2025 - 17:05
Ủy ban MTTQ tỉnh giám sát hoạt động thông tin cơ sở tại các xã vùng cao
Đoàn giám sát kiểm tra cụm loa thông minh tại thôn Má Lầu A, xã Lũng Cú.
Từ ngày 20 đến 21/10, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang do đồng chí Vàng Thị Sính, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát chuyên đề năm 2025 về việc thực hiện chính sách thông tin cơ sở, hoạt động của đài truyền thanh và đội ngũ tuyên truyền viên tại 3 xã Lũng Cú, Đồng Văn, Sà Phìn sau sắp xếp đơn vị hành chính. Tham gia đoàn có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Văn Khải, Hầu Thị Páy; đại diện Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Văn hóa, Thể thao và Du lịch.
Tỉnh Tuyên Quang mới, được hợp nhất từ tỉnh Tuyên Quang và tỉnh Hà Giang theo Nghị quyết số 202/2025/QH15 của Quốc hội, hiện có 124 xã, phường. Theo báo cáo, 3 xã được giám sát có tổng cộng 71 thôn, 9.860 hộ, trên 97% là đồng bào Mông; mới có 46 thôn có cụm loa, 25 thôn chưa có loa hoặc loa hỏng sau khi sáp nhập trụ sở. Năm 2025, các xã được phân bổ 1,26 tỷ đồng từ Chương trình mục tiêu quốc gia giai đoạn 2021 - 2025 để lắp 30 cụm loa thông minh, đến nay mới giải ngân 41%.
Làm việc với đoàn, ông Sùng Mí Chớ, Bí thư Đảng ủy xã Lũng Cú, cho biết xã đã thành lập 18 tổ tuyên truyền viên cộng đồng với 54 thành viên, phần lớn là người có uy tín, trưởng thôn. Bà Lầu Thị Dí, Phó Chủ tịch UBND xã Đồng Văn, đề nghị sớm bố trí công chức phụ trách đài truyền thanh xã vì từ tháng 7 đến nay vị trí này còn trống. Ông Vừ Mí Dính, người có uy tín thôn Sáng Ngài, xã Sà Phìn, phản ánh có thôn phải dùng loa cầm tay đi từng nhà mỗi khi có thông báo.
Qua giám sát, đoàn ghi nhận các xã đã thực hiện Hướng dẫn số 05-HD/BTGDVTU ngày 15/8/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về củng cố mạng lưới báo cáo viên, tuyên truyền viên cấp xã và Kế hoạch số 31/KH-UBND của UBND tỉnh; tuy nhiên nội dung phát thanh bằng tiếng Mông còn ít, chỉ khoảng 20% thời lượng.
Kết luận, đồng chí Vàng Thị Sính đề nghị UBND các xã đẩy nhanh giải ngân, hoàn thành lắp đặt 30 cụm loa trước ngày 31/12/2025; bố trí tối đa 2 người kiêm nhiệm phụ trách đài ở mỗi xã; phát huy vai trò 1.240 người có uy tín trên địa bàn tỉnh trong tuyên truyền Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030. Ủy ban MTTQ các xã tăng cường giám sát, phản biện xã hội theo Quyết định số 217-QĐ/TW của Bộ Chính trị.
Dịp này, đoàn trao 40 radio và 40 suất quà, mỗi suất trị giá 500.000 đồng, cho các hộ nghèo ở thôn chưa có loa.
Hà Linh
Tin liên quan
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang (01/07/2025)
- Xã Mèo Vạc tổ chức hội nghị báo cáo viên tháng 9 (26/09/2025)
""", "2025-10-22", "Ủy ban MTTQ tỉnh giám sát hoạt động thông tin cơ sở tại các xã vùng cao",
E("giam_sat", "2025", "2025-10-20"),
[P("Vàng Thị Sính", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Khải", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hầu Thị Páy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng Mí Chớ", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Lầu Thị Dí", "Phó Chủ tịch UBND xã Đồng Văn"),
 P("Vừ Mí Dính", "người có uy tín thôn Sáng Ngài")],
[Q("3 xã", 3, "xã"), Q("124 xã, phường", 124, "xã, phường"), Q("71 thôn", 71, "thôn"), Q("9.860 hộ", 9860, "hộ"),
 Q("trên 97%", 97, "%", "over"), Q("46 thôn", 46, "thôn"), Q("25 thôn", 25, "thôn"),
 Q("1,26 tỷ đồng", 1260000000, "đồng"), Q("30 cụm loa thông minh", 30, "cụm loa thông minh"), Q("41%", 41, "%"),
 Q("18 tổ tuyên truyền viên cộng đồng", 18, "tổ tuyên truyền viên cộng đồng"), Q("54 thành viên", 54, "thành viên"),
 Q("khoảng 20%", 20, "%", "approx"), Q("tối đa 2 người", 2, "người"), Q("1.240 người có uy tín", 1240, "người có uy tín"),
 Q("40 radio", 40, "radio"), Q("40 suất quà", 40, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", "2025-08-15", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BTGDVTU ngày 15/8/2025"),
 D("Kế hoạch", "31", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 31/KH-UBND"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Đồng Văn"), com("Sà Phìn")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Thời sự › Mặt trận - Đoàn thể",
 "Đoàn giám sát kiểm tra cụm loa thông minh tại thôn Má Lầu A, xã Lũng Cú.", "Chương trình mục tiêu quốc gia giai đoạn 2021 - 2025",
 "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I"],
["Thứ Tư, 22/10/2025 - 17:05", "năm 2025", "giai đoạn 2021 - 2025", "tháng 7", "lần thứ I", "nhiệm kỳ 2025 - 2030"]))

PAGES.append(page("b5326-vinhlong-caungang-daihoi-2025", """
BÁO VĨNH LONG
Tin tức › Chính trị › Đại hội Đảng bộ các cấp
12/08/2025 | 16:20
Đại hội Đảng bộ xã Cầu Ngang lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp
Các đại biểu biểu quyết thông qua Nghị quyết đại hội.
Trong 2 ngày 10 - 11/8, Đảng bộ xã Cầu Ngang, tỉnh Vĩnh Long tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự đại hội có đồng chí Thạch Sô Ri Dal, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, cùng 150 đại biểu đại diện cho 842 đảng viên của 38 chi bộ, đảng bộ trực thuộc.
Xã Cầu Ngang được thành lập trên cơ sở sáp nhập thị trấn Cầu Ngang và 2 xã Mỹ Hòa, Thuận Hòa (thuộc tỉnh Trà Vinh cũ), có 26 ấp với trên 11.400 hộ, trong đó khoảng 42% là đồng bào Khmer. Báo cáo chính trị khẳng định, nhiệm kỳ qua Đảng bộ đã chú trọng công tác tuyên truyền, vận động nhân dân: thực hiện Nghị quyết số 08-NQ/ĐU của Đảng ủy về nâng cao chất lượng thông tin cơ sở, lắp đặt 52 cụm loa phát song ngữ Việt - Khmer tại 26/26 ấp; duy trì 26 tổ tuyên truyền với 156 thành viên, trong đó có 31 vị sư sãi, achar. Người dân đóng góp hơn 8,6 tỷ đồng, hiến 12.500 m2 đất làm đường; tỷ lệ hộ nghèo giảm còn 1,8%.
Tham luận tại đại hội, Đại đức Thạch Sa Phên, trụ trì chùa Ô Mịch, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước xã, chia sẻ cách lồng ghép tuyên truyền pháp luật trong các buổi thuyết pháp. Bà Kim Thị Sa Rinh, Chủ tịch Hội Liên hiệp Phụ nữ xã, kiến nghị tăng cường bản tin tiếng Khmer về phòng chống mua bán người.
Phát biểu chỉ đạo, đồng chí Thạch Sô Ri Dal đề nghị Đảng bộ quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Chỉ thị số 45-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp; xây dựng đội ngũ báo cáo viên cấp xã theo Hướng dẫn số 12-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, bảo đảm mỗi ấp có ít nhất 1 tuyên truyền viên biết tiếng Khmer.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 27 đồng chí. Đồng chí Lê Minh Hoàng được bầu giữ chức Bí thư Đảng ủy xã; các đồng chí Sơn Thị Ánh Nguyệt, Trần Văn Lực được bầu làm Phó Bí thư Đảng ủy xã. Đại hội bầu 12 đại biểu dự Đại hội Đảng bộ tỉnh lần thứ I.
Đại hội đề ra mục tiêu đến năm 2030: thu nhập bình quân trên 95 triệu đồng/người/năm; 100% ấp có cụm loa thông minh; trên 80% hộ dân sử dụng dịch vụ công trực tuyến.
Với khẩu hiệu "Đưa loa, đưa tin đến từng phum, sóc", Đảng bộ xã xác định công tác tuyên truyền là khâu đột phá trong nhiệm kỳ mới.
Ngọc Trinh
Tin liên quan
- Xã Tiểu Cần: Đại hội Đảng bộ lần thứ I (08/08/2025)
- Tỉnh Vĩnh Long có 124 xã, phường sau sắp xếp (01/07/2025)
""", "2025-08-12", "Đại hội Đảng bộ xã Cầu Ngang lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp",
E("dai_hoi", None, "2025-08-10"),
[P("Thạch Sô Ri Dal", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Sa Phên", "Đại đức", "trụ trì chùa Ô Mịch", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước xã"),
 P("Kim Thị Sa Rinh", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Lê Minh Hoàng", "Bí thư Đảng ủy xã"),
 P("Sơn Thị Ánh Nguyệt", "Phó Bí thư Đảng ủy xã"),
 P("Trần Văn Lực", "Phó Bí thư Đảng ủy xã")],
[Q("150 đại biểu", 150, "đại biểu"), Q("842 đảng viên", 842, "đảng viên"), Q("38 chi bộ, đảng bộ", 38, "chi bộ, đảng bộ"),
 Q("2 xã", 2, "xã"), Q("26 ấp", 26, "ấp"), Q("trên 11.400 hộ", 11400, "hộ", "over"), Q("khoảng 42%", 42, "%", "approx"),
 Q("52 cụm loa", 52, "cụm loa"), Q("26/26 ấp", 26, "ấp"), Q("26 tổ tuyên truyền", 26, "tổ tuyên truyền"),
 Q("156 thành viên", 156, "thành viên"), Q("31 vị sư sãi, achar", 31, "vị sư sãi, achar"),
 Q("hơn 8,6 tỷ đồng", 8600000000, "đồng", "over"), Q("12.500 m2", 12500, "m2"), Q("1,8%", 1.8, "%"),
 Q("27 đồng chí", 27, "đồng chí"), Q("12 đại biểu", 12, "đại biểu"),
 Q("trên 95 triệu đồng/người/năm", 95000000, "đồng", "over"), Q("100% ấp", 100, "%"), Q("trên 80% hộ dân", 80, "%", "over")],
[D("Nghị quyết", "08", "NQ/ĐU", None, "Đảng ủy", "Nghị quyết số 08-NQ/ĐU"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW"),
 D("Chỉ thị", "45", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 45-CT/TW"),
 D("Hướng dẫn", "12", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BTGDVTU")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Cầu Ngang"), com("Mỹ Hòa"), com("Thuận Hòa")],
["BÁO VĨNH LONG", "Tin tức › Chính trị › Đại hội Đảng bộ các cấp",
 "Các đại biểu biểu quyết thông qua Nghị quyết đại hội.", "Đưa loa, đưa tin đến từng phum, sóc"],
["12/08/2025 | 16:20", "lần thứ I", "nhiệm kỳ 2025 - 2030", "2 ngày", "khóa I", "27 đồng chí", "1 tuyên truyền viên", "năm 2030"]))
