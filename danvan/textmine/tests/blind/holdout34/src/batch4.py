"""holdout34 batch 4: b791-b796 (pages and labels side by side)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b791
PAGES.append(page("b791-langson-xa-mttq-daihoi-2024", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂN LIÊN - HUYỆN CAO LỘC - TỈNH LẠNG SƠN
Trang chủ > Tin tức - Sự kiện > Hoạt động Mặt trận và các đoàn thể
Ngày đăng: 12/04/2024 - 15:30
Đại hội đại biểu MTTQ Việt Nam xã Tân Liên lần thứ XII, nhiệm kỳ 2024 - 2029
Sáng 11/4, Ủy ban MTTQ Việt Nam xã Tân Liên (huyện Cao Lộc, tỉnh Lạng Sơn) long trọng tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XII, nhiệm kỳ 2024 - 2029. Đây là đại hội điểm cấp xã của huyện Cao Lộc. Dự đại hội có 100 đại biểu chính thức, đại diện cho hơn 1.400 hộ với trên 6.100 nhân khẩu thuộc 11 thôn, gồm các dân tộc Nùng, Tày, Kinh, Dao.
Về dự và chỉ đạo đại hội có đồng chí Lăng Thị Hoa, Phó Chủ tịch Ủy ban MTTQ tỉnh; đồng chí Hoàng Văn Nghiệm, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Cao Lộc. Về phía xã có đồng chí Nông Văn Tuấn, HUV, Bí thư Đảng ủy xã; đồng chí Hứa Văn Khởi, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.
Báo cáo do bà Lộc Thị Nhàn, Chủ tịch Ủy ban MTTQ xã khóa XI trình bày cho biết, nhiệm kỳ 2019 - 2024, Mặt trận xã đã phối hợp với các đoàn thể triển khai sâu rộng Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". 100% thôn có Ban công tác Mặt trận hoạt động hiệu quả; 94,6% hộ gia đình đạt danh hiệu "Gia đình văn hóa". Nhân dân hiến 8.200 m2 đất, đóng góp hơn 2.100 ngày công và 1,35 tỷ đồng để làm 12,6 km đường bê tông nội thôn. Quỹ "Vì người nghèo" xã vận động được 186 triệu đồng, hỗ trợ làm mới 5 nhà Đại đoàn kết; tỷ lệ hộ nghèo giảm từ 14,2% xuống còn 3,8%. Năm 2022, xã được công nhận đạt chuẩn nông thôn mới.
Công tác giám sát, phản biện xã hội được quan tâm: Mặt trận xã chủ trì 10 cuộc giám sát; Ban Thanh tra nhân dân kiến nghị giải quyết 9 vụ việc; Ban Giám sát đầu tư của cộng đồng giám sát 14 công trình trên địa bàn, không để xảy ra sai phạm. Mặt trận xã phối hợp tổ chức 5 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân.
Tham luận tại đại hội, ông Hoàng Văn Sình, Bí thư chi bộ kiêm trưởng thôn Nà Múc, chia sẻ kinh nghiệm vận động bà con hiến đất làm đường mà không cần đền bù; bà Triệu Thị Hiền, người có uy tín thôn Khau Khem, nói về việc giữ gìn tiếng nói, trang phục của đồng bào Dao. Ông Vy Văn Đông, Chủ tịch Hội Nông dân xã, giới thiệu mô hình trồng hồi, trồng na theo hướng hữu cơ của hội viên.
Phát biểu chỉ đạo, đồng chí Hoàng Văn Nghiệm đề nghị Mặt trận xã tiếp tục thực hiện Chỉ thị số 28-CT/TW của Ban Bí thư về lãnh đạo đại hội MTTQ Việt Nam các cấp, Kế hoạch số 215-KH/HU ngày 8/3/2024 của Ban Thường vụ Huyện ủy và Hướng dẫn số 10/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh; đổi mới nội dung, phương thức hoạt động, hướng mạnh về khu dân cư, làm tốt vai trò cầu nối giữa Đảng, chính quyền với nhân dân.
Đại hội đã hiệp thương cử 31 vị vào Ủy ban MTTQ Việt Nam xã khóa XII. Hội nghị lần thứ nhất của Ủy ban MTTQ xã khóa XII đã hiệp thương cử bà Lộc Thị Nhàn tiếp tục giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã khóa XII; ông Vy Văn Đông giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng hiệp thương cử 9 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam huyện Cao Lộc lần thứ XIV và thông qua Chương trình hành động với 6 chỉ tiêu chủ yếu.
Đại hội kết thúc trong không khí phấn khởi, đoàn kết, dân chủ.
Văn phòng HĐND - UBND xã
Tin khác
- Hội Nông dân xã tổ chức hội nghị sơ kết quý I năm 2024 (05/04/2024)
- Ra mắt mô hình "Thôn văn hóa, an toàn" tại thôn Nà Múc (28/03/2024)
- Xã Tân Liên tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023 (16/11/2023)
""", "2024-04-12",
"Đại hội đại biểu MTTQ Việt Nam xã Tân Liên lần thứ XII, nhiệm kỳ 2024 - 2029",
E("hoi_nghi", None, "2024-04-11"),
[P("Lăng Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Văn Nghiệm", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Cao Lộc"),
 P("Nông Văn Tuấn", "HUV", "Bí thư Đảng ủy xã"),
 P("Hứa Văn Khởi", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lộc Thị Nhàn", "Chủ tịch Ủy ban MTTQ xã khóa XI", "Chủ tịch Ủy ban MTTQ Việt Nam xã khóa XII"),
 P("Hoàng Văn Sình", "Bí thư chi bộ kiêm trưởng thôn Nà Múc"),
 P("Triệu Thị Hiền", "người có uy tín thôn Khau Khem"),
 P("Vy Văn Đông", "Chủ tịch Hội Nông dân xã", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("100 đại biểu", 100, "đại biểu"),
 Q("hơn 1.400 hộ", 1400, "hộ", "over"),
 Q("trên 6.100 nhân khẩu", 6100, "nhân khẩu", "over"),
 Q("11 thôn", 11, "thôn"),
 Q("100% thôn", 100, "%"),
 Q("94,6%", 94.6, "%"),
 Q("8.200 m2", 8200, "m2"),
 Q("hơn 2.100 ngày công", 2100, "ngày công", "over"),
 Q("1,35 tỷ đồng", 1350000000, "đồng"),
 Q("12,6 km", 12.6, "km"),
 Q("186 triệu đồng", 186000000, "đồng"),
 Q("5 nhà Đại đoàn kết", 5, "nhà Đại đoàn kết"),
 Q("14,2%", 14.2, "%"),
 Q("3,8%", 3.8, "%"),
 Q("10 cuộc giám sát", 10, "cuộc giám sát"),
 Q("9 vụ việc", 9, "vụ việc"),
 Q("14 công trình", 14, "công trình"),
 Q("5 hội nghị đối thoại", 5, "hội nghị đối thoại"),
 Q("31 vị", 31, "vị"),
 Q("9 đại biểu", 9, "đại biểu"),
 Q("6 chỉ tiêu", 6, "chỉ tiêu")],
[D("Chỉ thị", "28", "CT/TW", None, "Ban Bí thư", surface="Chỉ thị số 28-CT/TW của Ban Bí thư"),
 D("Kế hoạch", "215", "KH/HU", "2024-03-08", "Ban Thường vụ Huyện ủy", surface="Kế hoạch số 215-KH/HU ngày 8/3/2024 của Ban Thường vụ Huyện ủy"),
 D("Hướng dẫn", "10", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", surface="Hướng dẫn số 10/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh")],
[prov("Lạng Sơn"), com("Tân Liên")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂN LIÊN - HUYỆN CAO LỘC - TỈNH LẠNG SƠN",
 "Trang chủ > Tin tức - Sự kiện > Hoạt động Mặt trận và các đoàn thể", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Gia đình văn hóa", "Vì người nghèo", "Văn phòng HĐND - UBND xã"],
["Ngày đăng: 12/04/2024 - 15:30", "lần thứ XII", "nhiệm kỳ 2024 - 2029", "nhiệm kỳ 2019 - 2024", "Năm 2022", "khóa XI",
 "Hội nghị lần thứ nhất", "lần thứ XIV"]))

# ---------------------------------------------------------------- b792
PAGES.append(page("b792-kiengiang-congdoan-maiam-2024", """
Báo Kiên Giang điện tử
Tin tức › Công đoàn › Chăm lo đoàn viên
Cập nhật: 08:10 | 25-10-2024
Trao 8 Mái ấm Công đoàn cho đoàn viên khó khăn về nhà ở
Lãnh đạo Liên đoàn Lao động tỉnh trao quyết định hỗ trợ Mái ấm Công đoàn cho chị Thị Hồng Nhung. Ảnh: Trúc Linh
Ngày 24/10, Liên đoàn Lao động (LĐLĐ) tỉnh Kiên Giang tổ chức trao 8 Mái ấm Công đoàn cho đoàn viên, người lao động có hoàn cảnh khó khăn về nhà ở tại các huyện Hòn Đất, Giồng Riềng và Gò Quao. Ông Phạm Minh Khoa, Chủ tịch LĐLĐ tỉnh cùng lãnh đạo các Liên đoàn Lao động huyện và chính quyền địa phương dự, trao nhà.
Mỗi căn nhà được LĐLĐ tỉnh hỗ trợ 60 triệu đồng từ Quỹ Xã hội Công đoàn tỉnh, tổng kinh phí 480 triệu đồng; phần còn lại do gia đình đối ứng, anh em, đồng nghiệp và công đoàn cơ sở giúp thêm ngày công, vật liệu. Các căn nhà có diện tích khoảng 50 m2, kết cấu khung cột bê tông, mái tôn, nền lát gạch, bảo đảm "3 cứng" theo quy định.
Tại xã Vĩnh Hòa Hưng Bắc (huyện Gò Quao), chị Thị Hồng Nhung (dân tộc Khmer), giáo viên Trường Tiểu học Vĩnh Hòa Hưng Bắc 2, xúc động nhận nhà mới. Chị cho biết chồng mất sớm, một mình nuôi 2 con nhỏ, căn nhà lá cũ đã mục nát, mùa mưa phải che bạt khắp nơi. "Nhờ Công đoàn, mẹ con tôi có nhà kiên cố đón Tết", chị nói.
Tại xã Ngọc Thuận (huyện Giồng Riềng), anh Danh Thuận, đoàn viên Công đoàn cơ sở Công ty TNHH Chế biến thủy sản Kiên Cường, nhận nhà trong niềm vui của bà con ấp Ngọc Bình. Ông Sơn Út, Trưởng ấp Ngọc Bình, cho biết ấp có đông đồng bào Khmer, nhiều hộ làm công nhân ở khu công nghiệp Thạnh Lộc, thu nhập thấp nên rất cần sự hỗ trợ về nhà ở. Tại xã Bình Sơn (huyện Hòn Đất), 3 căn nhà được trao cho đoàn viên ngành giáo dục và y tế.
Theo ông Phạm Minh Khoa, thực hiện Quy chế số 05/QC-LĐLĐ ngày 12/3/2020 của Ban Thường vụ LĐLĐ tỉnh về xét, hỗ trợ Mái ấm Công đoàn, từ năm 2019 đến nay các cấp công đoàn trong tỉnh đã xây mới, sửa chữa 156 Mái ấm Công đoàn với tổng kinh phí hơn 7,5 tỷ đồng. Riêng năm 2024, LĐLĐ tỉnh đã hỗ trợ 22 căn, góp phần cùng tỉnh thực hiện phong trào thi đua "Chung tay xóa nhà tạm, nhà dột nát" và Chỉ thị số 34-CT/TW ngày 24/5/2024 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác phát triển nhà ở xã hội trong tình hình mới.
Bên cạnh hỗ trợ nhà ở, các cấp công đoàn trong tỉnh đã tổ chức 14 hội nghị đối thoại tại nơi làm việc, tiếp nhận 126 ý kiến của người lao động về tiền lương, bảo hiểm xã hội, nhà trọ; tư vấn pháp luật miễn phí cho hơn 3.000 lượt đoàn viên. Tỉnh hiện có gần 98.000 đoàn viên công đoàn sinh hoạt tại 1.460 công đoàn cơ sở.
Dịp này, LĐLĐ tỉnh còn trao 40 suất quà, mỗi suất gồm 500.000 đồng tiền mặt và nhu yếu phẩm, cho đoàn viên có hoàn cảnh khó khăn tại các địa phương nhận nhà. Theo kế hoạch, dịp Tết Nguyên đán Ất Tỵ 2025, LĐLĐ tỉnh tiếp tục trao thêm 10 Mái ấm Công đoàn, với mức hỗ trợ từ 60 đến 80 triệu đồng/căn tùy hoàn cảnh từng đoàn viên.
Trúc Linh
Bài viết liên quan
- Công đoàn ngành Giáo dục trao 2 Mái ấm Công đoàn (10/10/2024)
- LĐLĐ tỉnh đối thoại với công nhân Khu công nghiệp Thạnh Lộc (26/09/2024)
- Tháng Công nhân năm 2024: chăm lo hơn 5.000 đoàn viên (30/05/2024)
""", "2024-10-25",
"Trao 8 Mái ấm Công đoàn cho đoàn viên khó khăn về nhà ở",
E("trao_qua", None, "2024-10-24"),
[P("Phạm Minh Khoa", "Chủ tịch LĐLĐ tỉnh"),
 P("Thị Hồng Nhung", "giáo viên Trường Tiểu học Vĩnh Hòa Hưng Bắc 2"),
 P("Danh Thuận", "đoàn viên Công đoàn cơ sở Công ty TNHH Chế biến thủy sản Kiên Cường"),
 P("Sơn Út", "Trưởng ấp Ngọc Bình")],
[Q("8 Mái ấm Công đoàn", 8, "Mái ấm Công đoàn"),
 Q("60 triệu đồng", 60000000, "đồng"),
 Q("480 triệu đồng", 480000000, "đồng"),
 Q("khoảng 50 m2", 50, "m2", "approx"),
 Q("2 con nhỏ", 2, "con nhỏ"),
 Q("3 căn nhà", 3, "căn nhà"),
 Q("156 Mái ấm Công đoàn", 156, "Mái ấm Công đoàn"),
 Q("hơn 7,5 tỷ đồng", 7500000000, "đồng", "over"),
 Q("22 căn", 22, "căn"),
 Q("14 hội nghị đối thoại", 14, "hội nghị đối thoại"),
 Q("126 ý kiến", 126, "ý kiến"),
 Q("hơn 3.000 lượt đoàn viên", 3000, "lượt đoàn viên", "over"),
 Q("gần 98.000 đoàn viên công đoàn", 98000, "đoàn viên công đoàn", "approx"),
 Q("1.460 công đoàn cơ sở", 1460, "công đoàn cơ sở"),
 Q("40 suất quà", 40, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"),
 Q("10 Mái ấm Công đoàn", 10, "Mái ấm Công đoàn"),
 Q("từ 60 đến 80 triệu đồng/căn", 60000000, "đồng"),
 Q("từ 60 đến 80 triệu đồng/căn", 80000000, "đồng")],
[D("Quy chế", "05", "QC-LĐLĐ", "2020-03-12", "Ban Thường vụ LĐLĐ tỉnh", surface="Quy chế số 05/QC-LĐLĐ ngày 12/3/2020 của Ban Thường vụ LĐLĐ tỉnh"),
 D("Chỉ thị", "34", "CT/TW", "2024-05-24", "Ban Bí thư", surface="Chỉ thị số 34-CT/TW ngày 24/5/2024 của Ban Bí thư")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hưng Bắc"), com("Ngọc Thuận"), com("Bình Sơn")],
["Báo Kiên Giang điện tử", "Tin tức › Công đoàn › Chăm lo đoàn viên",
 "Lãnh đạo Liên đoàn Lao động tỉnh trao quyết định hỗ trợ Mái ấm Công đoàn cho chị Thị Hồng Nhung. Ảnh: Trúc Linh",
 "Quỹ Xã hội Công đoàn tỉnh", "Chung tay xóa nhà tạm, nhà dột nát", "Công ty TNHH Chế biến thủy sản Kiên Cường"],
["Cập nhật: 08:10 | 25-10-2024", "3 cứng", "từ năm 2019", "năm 2024", "Tết Nguyên đán Ất Tỵ 2025"]))

# ---------------------------------------------------------------- b793
PAGES.append(page("b793-quangbinh-ccb-giaoban-2025", """
BÁO QUẢNG BÌNH ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
Đăng ngày 08/04/2025 - 17:10
Toàn cảnh hội nghị giao ban.
Hội CCB tỉnh giao ban công tác Hội quý I
(QBĐT) - Chiều 7/4, Hội Cựu chiến binh (CCB) tỉnh Quảng Bình tổ chức hội nghị giao ban công tác Hội và phong trào CCB quý I năm 2025, triển khai nhiệm vụ quý II. Dự hội nghị có đồng chí Trần Thị Thu Hà, Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy. Ông Đinh Xuân Hòe, Chủ tịch Hội CCB tỉnh chủ trì; cùng dự có các ông Phạm Hồng Quang, Trương Văn Lâm - Phó Chủ tịch Hội CCB tỉnh và Chủ tịch Hội CCB 8 huyện, thị xã, thành phố.
Quý I, các cấp Hội đã tổ chức cho cán bộ, hội viên học tập, quán triệt Kết luận số 126-KL/TW ngày 14/2/2025 và Kết luận số 127-KL/TW ngày 28/2/2025 của Bộ Chính trị, Ban Bí thư về nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị; tiếp tục thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của BCH Trung ương (khóa XII) về tinh gọn tổ chức bộ máy. Cán bộ, hội viên CCB đồng tình, ủng hộ chủ trương sắp xếp đơn vị hành chính, không tổ chức cấp huyện, sáp nhập tỉnh.
Dịp Tết Nguyên đán Ất Tỵ, các cấp Hội đã thăm, tặng 1.520 suất quà cho hội viên có hoàn cảnh khó khăn, tổng trị giá hơn 760 triệu đồng. Hội vận động xây mới 6 căn nhà đồng đội, mỗi căn hỗ trợ 50 triệu đồng; hội viên đóng góp 2.300 ngày công giúp 85 hộ nghèo tháo dỡ nhà tạm, dựng nhà mới theo chương trình xóa nhà tạm, nhà dột nát của tỉnh. Quỹ hỗ trợ hội viên phát triển kinh tế đang có dư nợ 12,4 tỷ đồng với 620 hộ vay. Trong quý, toàn tỉnh kết nạp 214 hội viên mới, nâng tổng số lên 38.650 hội viên.
Công tác nắm tình hình, giải quyết đơn thư được chú trọng. Hội CCB tỉnh tiếp nhận 3 đơn thư liên quan đến chế độ chính sách, đã phối hợp với các cơ quan chức năng giải quyết 2 đơn; các cấp Hội tham gia hòa giải thành 17 vụ việc ở khu dân cư.
Tại hội nghị, ông Hồ Văn Khăm, Chủ tịch Hội CCB xã Trường Sơn (huyện Quảng Ninh), báo cáo việc hội viên người Bru - Vân Kiều tham gia trồng rừng, giữ rừng đầu nguồn; ông Cao Xuân Thái, Chủ tịch Hội CCB xã Thượng Trạch (huyện Bố Trạch), đề nghị hỗ trợ thêm kinh phí cho các chi hội ở bản xa, đi lại khó khăn.
Phát biểu tại hội nghị, đồng chí Trần Thị Thu Hà ghi nhận Hội CCB tỉnh luôn là lực lượng nòng cốt trong bảo vệ Đảng, chính quyền, nhân dân; đề nghị trong quý II, các cấp Hội làm tốt công tác tư tưởng cho cán bộ, hội viên trước yêu cầu sắp xếp tổ chức bộ máy, chủ động đấu tranh với các thông tin sai trái trên không gian mạng.
Kết luận hội nghị, ông Đinh Xuân Hòe yêu cầu các cấp Hội tập trung hoàn thành chỉ tiêu xây nhà đồng đội, tổ chức tốt các hoạt động kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước; chuẩn bị các điều kiện để sắp xếp tổ chức Hội khi không còn cấp huyện. Hội CCB tỉnh thống nhất ban hành Kế hoạch số 15-KH/CCB ngày 7/4/2025 về tăng cường công tác nắm tình hình tư tưởng hội viên trong quá trình sắp xếp.
Văn Tú
Tin cùng chuyên mục
- Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban khối dân vận quý I (04/04/2025)
- Hội CCB huyện Lệ Thủy trao 2 căn nhà đồng đội (25/03/2025)
- Hội nghị Ban Chấp hành Hội CCB tỉnh lần thứ 8 (15/01/2025)
""", "2025-04-08",
"Hội CCB tỉnh giao ban công tác Hội quý I",
E("giao_ban", "2025-Q1", "2025-04-07"),
[P("Trần Thị Thu Hà", "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Xuân Hòe", "Chủ tịch Hội CCB tỉnh"),
 P("Phạm Hồng Quang", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Trương Văn Lâm", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Hồ Văn Khăm", "Chủ tịch Hội CCB xã Trường Sơn"),
 P("Cao Xuân Thái", "Chủ tịch Hội CCB xã Thượng Trạch")],
[Q("8 huyện, thị xã, thành phố", 8, "huyện, thị xã, thành phố"),
 Q("1.520 suất quà", 1520, "suất quà"),
 Q("hơn 760 triệu đồng", 760000000, "đồng", "over"),
 Q("6 căn nhà đồng đội", 6, "căn nhà đồng đội"),
 Q("50 triệu đồng", 50000000, "đồng"),
 Q("2.300 ngày công", 2300, "ngày công"),
 Q("85 hộ nghèo", 85, "hộ nghèo"),
 Q("12,4 tỷ đồng", 12400000000, "đồng"),
 Q("620 hộ", 620, "hộ"),
 Q("214 hội viên", 214, "hội viên"),
 Q("38.650 hội viên", 38650, "hội viên"),
 Q("3 đơn thư", 3, "đơn thư"),
 Q("2 đơn", 2, "đơn"),
 Q("17 vụ việc", 17, "vụ việc")],
[D("Kết luận", "126", "KL/TW", "2025-02-14", "Bộ Chính trị, Ban Bí thư", surface="Kết luận số 126-KL/TW ngày 14/2/2025"),
 D("Kết luận", "127", "KL/TW", "2025-02-28", "Bộ Chính trị, Ban Bí thư", surface="Kết luận số 127-KL/TW ngày 28/2/2025 của Bộ Chính trị, Ban Bí thư"),
 D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "BCH Trung ương", surface="Nghị quyết số 18-NQ/TW ngày 25/10/2017 của BCH Trung ương"),
 D("Kế hoạch", "15", "KH/CCB", "2025-04-07", "Hội CCB tỉnh", surface="Hội CCB tỉnh thống nhất ban hành Kế hoạch số 15-KH/CCB ngày 7/4/2025")],
[prov("Quảng Bình"), com("Trường Sơn"), com("Thượng Trạch")],
["BÁO QUẢNG BÌNH ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "Toàn cảnh hội nghị giao ban.", "(QBĐT)"],
["Đăng ngày 08/04/2025 - 17:10", "quý I năm 2025", "quý II", "khóa XII", "Tết Nguyên đán Ất Tỵ", "50 năm"]))

# ---------------------------------------------------------------- b794
PAGES.append(page("b794-lamdong-mttq-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Hôm nay: Thứ Bảy, 20/12/2025
Thời sự | Chính trị | Mặt trận
Thứ Sáu, 19/12/2025 - 20:15
Mặt trận tỉnh tập hợp sức mạnh đại đoàn kết ngay trong năm đầu hợp nhất
Ngày 18/12, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác Mặt trận và các đoàn thể chính trị - xã hội năm 2025, triển khai nhiệm vụ năm 2026. Hội nghị được kết nối trực tuyến tới 124 điểm cầu xã, phường, đặc khu.
Đồng chí Nguyễn Văn Hậu, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Ủy ban MTTQ và các đoàn thể tỉnh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Cùng chủ trì có các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Ka H'Nhung, Điểu K'Ré, Lê Quang Vinh.
Năm 2025 là năm đặc biệt khi Mặt trận và các đoàn thể ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận cùng thực hiện chủ trương sắp xếp tổ chức bộ máy theo Nghị quyết số 60-NQ/TW ngày 12/4/2025 của BCH Trung ương Đảng. Từ ngày 1/7/2025, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng mới đi vào hoạt động; các tổ chức chính trị - xã hội, các hội quần chúng do Đảng, Nhà nước giao nhiệm vụ được sắp xếp trực thuộc Ủy ban MTTQ tỉnh. Ở cấp xã, 124 Ủy ban MTTQ Việt Nam xã, phường, đặc khu được kiện toàn, bảo đảm hoạt động thông suốt.
Trong năm, Mặt trận các cấp vận động Quỹ "Vì người nghèo" được hơn 168 tỷ đồng; phối hợp hoàn thành xóa 5.860 căn nhà tạm, nhà dột nát trước ngày 31/8/2025, trong đó hơn 2.400 căn của hộ đồng bào dân tộc thiểu số. Mặt trận và các đoàn thể chủ trì 1.250 cuộc giám sát, tổ chức 86 hội nghị phản biện xã hội, tiếp nhận 426 đơn thư của công dân. Ngày hội Đại đoàn kết toàn dân tộc được tổ chức ở gần 3.400 khu dân cư.
Báo cáo cũng nêu kết quả của các đoàn thể: Hội Liên hiệp Phụ nữ giúp 2.150 hộ phụ nữ nghèo vay vốn; Hội Nông dân có 41.600 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp; Đoàn Thanh niên thực hiện 312 công trình thanh niên; Hội Cựu chiến binh xây 48 căn nhà đồng đội; Hội Chữ thập đỏ và Hội Người cao tuổi trợ giúp trên 56.000 lượt người.
Tại hội nghị, bà Thị Hạnh, Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Trực, chia sẻ khó khăn khi địa bàn xã mới rộng gấp 3 lần, nhiều bon của đồng bào Mnông cách trung tâm hơn 40 km. Ông Lộ Văn Bình, Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Sơn, cho biết xã đã phối hợp với chức sắc Chăm Bàni, Chăm Bà la môn vận động bà con giữ gìn an ninh trật tự, xây dựng khu dân cư văn hóa.
Phát biểu kết luận, đồng chí Nguyễn Văn Hậu yêu cầu năm 2026, Mặt trận các cấp tập trung tổ chức tốt công tác hiệp thương, giới thiệu người ứng cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; thực hiện Kế hoạch số 12-KH/ĐU ngày 20/8/2025 của Đảng ủy Ủy ban MTTQ và các đoàn thể tỉnh và Chương trình phối hợp số 03/CTPH-MTTQ-UBND ngày 5/9/2025 về phối hợp công tác giữa Mặt trận và chính quyền; đổi mới mạnh mẽ hoạt động của các đoàn thể sau sắp xếp, hướng về khu dân cư.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 45 tập thể và 72 cá nhân có thành tích xuất sắc.
K'Linh - Thanh Tâm
Tin liên quan
- Ủy ban MTTQ tỉnh hiệp thương lần thứ nhất bầu cử Quốc hội khóa XVI (12/12/2025)
- Ra mắt Đảng ủy Ủy ban MTTQ và các đoàn thể tỉnh (02/07/2025)
- Lâm Đồng hoàn thành xóa nhà tạm, nhà dột nát (31/08/2025)
""", "2025-12-19",
"Mặt trận tỉnh tập hợp sức mạnh đại đoàn kết ngay trong năm đầu hợp nhất",
E("tong_ket", "2025", "2025-12-18"),
[P("Nguyễn Văn Hậu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy Ủy ban MTTQ và các đoàn thể tỉnh", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ka H'Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu K'Ré", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Quang Vinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Hạnh", "Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Trực"),
 P("Lộ Văn Bình", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Sơn")],
[Q("124 điểm cầu xã, phường, đặc khu", 124, "điểm cầu xã, phường, đặc khu"),
 Q("124 Ủy ban MTTQ Việt Nam xã, phường, đặc khu", 124, "Ủy ban MTTQ Việt Nam xã, phường, đặc khu"),
 Q("hơn 168 tỷ đồng", 168000000000, "đồng", "over"),
 Q("5.860 căn nhà tạm, nhà dột nát", 5860, "căn nhà tạm, nhà dột nát"),
 Q("hơn 2.400 căn", 2400, "căn", "over"),
 Q("1.250 cuộc giám sát", 1250, "cuộc giám sát"),
 Q("86 hội nghị phản biện xã hội", 86, "hội nghị phản biện xã hội"),
 Q("426 đơn thư", 426, "đơn thư"),
 Q("gần 3.400 khu dân cư", 3400, "khu dân cư", "approx"),
 Q("2.150 hộ phụ nữ nghèo", 2150, "hộ phụ nữ nghèo"),
 Q("41.600 hộ", 41600, "hộ"),
 Q("312 công trình thanh niên", 312, "công trình thanh niên"),
 Q("48 căn nhà đồng đội", 48, "căn nhà đồng đội"),
 Q("trên 56.000 lượt người", 56000, "lượt người", "over"),
 Q("hơn 40 km", 40, "km", "over"),
 Q("45 tập thể", 45, "tập thể"),
 Q("72 cá nhân", 72, "cá nhân")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "BCH Trung ương Đảng", surface="Nghị quyết số 60-NQ/TW ngày 12/4/2025 của BCH Trung ương Đảng"),
 D("Kế hoạch", "12", "KH/ĐU", "2025-08-20", "Đảng ủy Ủy ban MTTQ và các đoàn thể tỉnh", surface="Kế hoạch số 12-KH/ĐU ngày 20/8/2025 của Đảng ủy Ủy ban MTTQ và các đoàn thể tỉnh"),
 D("Chương trình phối hợp", "03", "CTPH-MTTQ-UBND", "2025-09-05", None, surface="Chương trình phối hợp số 03/CTPH-MTTQ-UBND ngày 5/9/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Lương Sơn")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Hôm nay: Thứ Bảy, 20/12/2025", "Thời sự | Chính trị | Mặt trận", "Vì người nghèo",
 "Ngày hội Đại đoàn kết toàn dân tộc", "K'Linh - Thanh Tâm", "Chăm Bàni", "Chăm Bà la môn"],
["Hôm nay: Thứ Bảy, 20/12/2025", "Thứ Sáu, 19/12/2025 - 20:15", "năm 2026", "ngày 1/7/2025", "ngày 31/8/2025", "gấp 3 lần",
 "khóa XVI", "nhiệm kỳ 2026 - 2031", "ba tỉnh"]))

# ---------------------------------------------------------------- b795
PAGES.append(page("b795-vinhlong-xa-mttq-quatet-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TẬP SƠN - TỈNH VĨNH LONG
Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể
Ngày cập nhật 06/02/2026 14:30
Ủy ban MTTQ xã trao 650 phần quà Tết cho hộ nghèo, cận nghèo
Trong 2 ngày 4 và 5/2, Ban Thường trực Ủy ban MTTQ Việt Nam xã Tập Sơn phối hợp với các tổ chức chính trị - xã hội xã và các chùa Phật giáo Nam tông Khmer trên địa bàn trao 650 phần quà Tết Nguyên đán Bính Ngọ năm 2026 cho hộ nghèo, hộ cận nghèo, gia đình chính sách và người cao tuổi neo đơn.
Tham gia đoàn trao quà có ông Kim Sô Phol, Phó Bí thư Thường trực Đảng ủy xã; bà Sơn Thị Ngọc Hà, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã; ông Lê Văn Bé Tư, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Cựu chiến binh xã; bà Thạch Thị Mỹ Linh, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã.
Mỗi phần quà gồm 300.000 đồng tiền mặt cùng gạo, dầu ăn, bột ngọt, tổng trị giá 500.000 đồng; tổng giá trị các phần quà trên 325 triệu đồng. Trong đó, 420 phần quà được trích từ Quỹ "Vì người nghèo" xã, 230 phần do 12 nhà hảo tâm, doanh nghiệp và Hội đồng hương xã Tập Sơn tại TP Hồ Chí Minh tài trợ.
Thực hiện Chỉ thị số 03-CT/TU ngày 25/12/2025 của Ban Thường vụ Tỉnh ủy Vĩnh Long về lãnh đạo tổ chức Tết Nguyên đán Bính Ngọ năm 2026 và Kế hoạch số 08/KH-MTTQ-BTT ngày 5/1/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam xã, Mặt trận xã đã rà soát, lập danh sách đến từng ấp, bảo đảm không để hộ nghèo nào không có Tết. Hiện toàn xã còn 312 hộ nghèo và 485 hộ cận nghèo, trong đó hơn 60% là hộ đồng bào Khmer.
Tại điểm trao quà ấp Cây Da, bà Thạch Thị Sóc Ny, 78 tuổi, sống một mình, xúc động cảm ơn Đảng ủy, chính quyền và Mặt trận xã đã quan tâm. Ông Sơn Chanh Đa, Trưởng ấp Cây Da, cho biết ấp có 64 hộ nhận quà đợt này; Ban công tác Mặt trận ấp đã đến tận nhà trao quà cho những người già yếu không thể đi lại.
Cùng dịp, Đại đức Thạch Sô Phal, trụ trì chùa Phnô Đôn, cùng Ban quản trị chùa trao 80 phần quà, mỗi phần gồm 10 kg gạo và các nhu yếu phẩm, cho bà con khó khăn trong phum, sóc. Đại đức cho biết nhà chùa sẽ phối hợp với Mặt trận xã vận động Phật tử tiếp tục chung tay giúp người nghèo trước Tết Chôl Chnăm Thmây.
Phát biểu tại buổi trao quà, bà Sơn Thị Ngọc Hà cho biết, năm 2025 Mặt trận xã đã phối hợp bàn giao 5 căn nhà Đại đoàn kết, mỗi căn trị giá 60 triệu đồng; vận động hỗ trợ 120 học sinh nghèo học bổng, xe đạp. Đây là năm đầu tiên xã Tập Sơn mới tổ chức trao quà Tết sau khi sắp xếp đơn vị hành chính, nên Mặt trận đặc biệt chú trọng nắm chắc danh sách hộ khó khăn ở các ấp xa trung tâm.
Ông Kim Sô Phol đề nghị các chi hội đoàn thể ở ấp tiếp tục thăm hỏi, động viên các hộ khó khăn, gia đình có người đi lao động xa quê; đồng thời tuyên truyền bà con đón Tết vui tươi, an toàn, tiết kiệm.
Ban biên tập
Tin khác
- Hội Nông dân xã tặng 50 phần quà cho hội viên khó khăn (03/02/2026)
- Xã Tập Sơn ra quân thực hiện chương trình "Tết sum vầy" (28/01/2026)
- Bàn giao nhà Đại đoàn kết tại ấp Đôn Chồ (20/01/2026)
""", "2026-02-06",
"Ủy ban MTTQ xã trao 650 phần quà Tết cho hộ nghèo, cận nghèo",
E("trao_qua", None, "2026-02-04"),
[P("Kim Sô Phol", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Sơn Thị Ngọc Hà", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lê Văn Bé Tư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Cựu chiến binh xã"),
 P("Thạch Thị Mỹ Linh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Thạch Thị Sóc Ny"),
 P("Sơn Chanh Đa", "Trưởng ấp Cây Da"),
 P("Thạch Sô Phal", "Đại đức", "trụ trì chùa Phnô Đôn")],
[Q("650 phần quà", 650, "phần quà"),
 Q("300.000 đồng", 300000, "đồng"),
 Q("500.000 đồng", 500000, "đồng"),
 Q("trên 325 triệu đồng", 325000000, "đồng", "over"),
 Q("420 phần quà", 420, "phần quà"),
 Q("230 phần", 230, "phần"),
 Q("12 nhà hảo tâm, doanh nghiệp", 12, "nhà hảo tâm, doanh nghiệp"),
 Q("312 hộ nghèo", 312, "hộ nghèo"),
 Q("485 hộ cận nghèo", 485, "hộ cận nghèo"),
 Q("hơn 60%", 60, "%", "over"),
 Q("64 hộ", 64, "hộ"),
 Q("80 phần quà", 80, "phần quà"),
 Q("10 kg gạo", 10, "kg"),
 Q("5 căn nhà Đại đoàn kết", 5, "căn nhà Đại đoàn kết"),
 Q("60 triệu đồng", 60000000, "đồng"),
 Q("120 học sinh nghèo", 120, "học sinh nghèo")],
[D("Chỉ thị", "03", "CT/TU", "2025-12-25", "Ban Thường vụ Tỉnh ủy Vĩnh Long", surface="Chỉ thị số 03-CT/TU ngày 25/12/2025 của Ban Thường vụ Tỉnh ủy Vĩnh Long"),
 D("Kế hoạch", "08", "KH-MTTQ-BTT", "2026-01-05", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", surface="Kế hoạch số 08/KH-MTTQ-BTT ngày 5/1/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam xã")],
[prov("Vĩnh Long"), com("Tập Sơn")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TẬP SƠN - TỈNH VĨNH LONG", "Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể", "Vì người nghèo",
 "Hội đồng hương xã Tập Sơn tại TP Hồ Chí Minh", "Chôl Chnăm Thmây", "Ban biên tập"],
["Ngày cập nhật 06/02/2026 14:30", "Trong 2 ngày", "Tết Nguyên đán Bính Ngọ năm 2026", "78 tuổi", "năm 2025"]))

# ---------------------------------------------------------------- b796
PAGES.append(page("b796-thanhhoa-phunu-chandung-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH THANH HÓA
Xã hội › Người tốt - Việc tốt
Thứ Sáu, 06/03/2026 07:00
Chị Hà Thị Luyến (thứ hai từ trái) cùng hội viên chi hội kiểm tra vườn keo. Ảnh: Lê Hòa
Người "giữ lửa" chi hội phụ nữ ở bản Mường vùng cao
Gần 15 năm làm chi hội trưởng, chị Hà Thị Luyến ở thôn Kịt, xã Điền Quang (tỉnh Thanh Hóa) đã cùng chị em người Mường nơi đây thay đổi nếp nghĩ, cách làm, đưa chi hội từ chỗ sinh hoạt cầm chừng trở thành chi hội vững mạnh nhiều năm liền.
Thôn Kịt nằm sát chân núi, trước đây đa số hộ sống nhờ làm nương, thu nhập bấp bênh. Năm 2012, khi chị Luyến được tín nhiệm bầu làm Chi hội trưởng Chi hội Phụ nữ thôn Kịt, chi hội chỉ có 26 hội viên, nhiều buổi sinh hoạt không đủ người. Chị đi từng nhà vận động, lồng ghép sinh hoạt chi hội với hát dân ca Mường, hướng dẫn chị em cách nuôi gà đồi, trồng keo. Đến nay, chi hội có 68 hội viên, 100% phụ nữ trong độ tuổi tham gia sinh hoạt.
Chị Luyến thành lập tổ phụ nữ tiết kiệm với 32 thành viên, mỗi tháng mỗi người góp 200.000 đồng; đến nay quỹ của tổ đã đạt khoảng 180 triệu đồng, giúp nhiều chị em vay không lãi để mua giống, làm chuồng trại. Chị cũng là người đứng ra làm thủ tục để các hộ hội viên vay hơn 1,2 tỷ đồng vốn ưu đãi từ Ngân hàng Chính sách xã hội qua kênh ủy thác của Hội. Nhờ đó, từ năm 2015 đến nay, 15 hộ hội viên đã thoát nghèo, 9 hộ vươn lên khá giả với mô hình trồng 12 ha keo và nuôi 40 con bò sinh sản.
Không chỉ lo phát triển kinh tế, chị còn tích cực tham gia tổ hòa giải của thôn. Chị kể, có năm hai gia đình trong thôn mâu thuẫn vì tranh chấp ranh giới đất nương, chị cùng tổ hòa giải đến từng nhà phân tích, khuyên giải suốt nhiều buổi tối cho đến khi hai bên bắt tay nhau.
Bà Phạm Thị Thanh Thủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Điền Quang, Chủ tịch Hội Liên hiệp Phụ nữ xã, nhận xét: "Chị Luyến nói ít, làm nhiều, việc gì chị cũng gương mẫu làm trước để chị em làm theo. Sau khi sắp xếp, xã Điền Quang mới có 21 chi hội phụ nữ, chi hội thôn Kịt luôn là đơn vị dẫn đầu".
Ông Trương Văn Học, Bí thư chi bộ kiêm trưởng thôn Kịt, cho biết nhiều năm qua thôn không có trẻ em bỏ học, không có người vi phạm pháp luật, một phần nhờ chi hội phụ nữ làm tốt việc vận động từ từng gia đình.
Với những đóng góp đó, chị Hà Thị Luyến vinh dự được Chủ tịch UBND tỉnh tặng Bằng khen theo Quyết định số 512/QĐ-UBND ngày 25/2/2026 và là một trong 50 gương phụ nữ tiêu biểu được biểu dương nhân dịp kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8/3. Chị chia sẻ, mong muốn lớn nhất là chị em trong thôn ai cũng có việc làm, con cái được học hành đến nơi đến chốn.
Lê Hòa
Tin liên quan
- Thanh Hóa biểu dương 50 gương phụ nữ tiêu biểu năm 2026 (04/03/2026)
- Hội LHPN tỉnh ra quân "Tháng hành động vì phụ nữ" (02/03/2026)
- Phụ nữ vùng cao làm giàu từ cây quế (24/02/2026)
""", "2026-03-06",
"Người \"giữ lửa\" chi hội phụ nữ ở bản Mường vùng cao",
E(None, None, None),
[P("Hà Thị Luyến", "Chi hội trưởng Chi hội Phụ nữ thôn Kịt"),
 P("Phạm Thị Thanh Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Điền Quang", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Trương Văn Học", "Bí thư chi bộ kiêm trưởng thôn Kịt")],
[Q("26 hội viên", 26, "hội viên"),
 Q("68 hội viên", 68, "hội viên"),
 Q("100% phụ nữ", 100, "%"),
 Q("32 thành viên", 32, "thành viên"),
 Q("200.000 đồng", 200000, "đồng"),
 Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"),
 Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("15 hộ", 15, "hộ"),
 Q("9 hộ", 9, "hộ"),
 Q("12 ha", 12, "ha"),
 Q("40 con bò sinh sản", 40, "con bò sinh sản"),
 Q("21 chi hội phụ nữ", 21, "chi hội phụ nữ"),
 Q("50 gương phụ nữ tiêu biểu", 50, "gương phụ nữ tiêu biểu")],
[D("Quyết định", "512", "QĐ-UBND", "2026-02-25", "Chủ tịch UBND tỉnh", surface="Quyết định số 512/QĐ-UBND ngày 25/2/2026")],
[prov("Thanh Hóa"), com("Điền Quang")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH THANH HÓA", "Xã hội › Người tốt - Việc tốt",
 "Chị Hà Thị Luyến (thứ hai từ trái) cùng hội viên chi hội kiểm tra vườn keo. Ảnh: Lê Hòa", "Ngân hàng Chính sách xã hội",
 "Ngày Quốc tế Phụ nữ"],
["Thứ Sáu, 06/03/2026 07:00", "Gần 15 năm", "Năm 2012", "từ năm 2015", "116 năm", "8/3", "thứ hai từ trái", "hai gia đình"]))
