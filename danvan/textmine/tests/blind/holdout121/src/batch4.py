from lib import *
PAGES = []

PAGES.append(page("b2879-quangngai-btgdv-hoinghi-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG NGÃI
Chính trị › Dân tộc - Tôn giáo
Cập nhật: 19:05, 26/09/2025 (GMT+7)
Quảng Ngãi gặp mặt 420 già làng, người có uy tín vùng Bắc Tây Nguyên
(QNgTV) - Ngày 25/9, tại phường Kon Tum, Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi phối hợp với Sở Dân tộc và Tôn giáo tổ chức hội nghị gặp mặt già làng, người có uy tín trong đồng bào dân tộc thiểu số khu vực phía tây tỉnh năm 2025.
Đây là hội nghị đầu tiên sau khi hợp nhất tỉnh Kon Tum và tỉnh Quảng Ngãi, với sự tham dự của 420 già làng, người có uy tín người Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng, Brâu, Rơ Măm, Hrê, Cor, Ca Dong. Dự và chủ trì có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: A Vương, Đinh Thị Mỹ Lệ, Nguyễn Tấn Phát.
Đồng chí A Vương phát biểu tại hội nghị. Ảnh: PV
Báo cáo tại hội nghị cho biết, tỉnh Quảng Ngãi (mới) có 1.286 người có uy tín. Thực hiện Quyết định số 28/2023/QĐ-TTg ngày 23/11/2023 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận và chính sách đối với người có uy tín, 9 tháng năm 2025 tỉnh đã chi khoảng 6,3 tỷ đồng hỗ trợ, thăm hỏi người có uy tín. Người có uy tín đã tham gia giải quyết 87 vụ việc mâu thuẫn, tranh chấp đất đai ngay tại cộng đồng; vận động 530 hộ hiến hơn 18 ha đất làm đường, trường học.
Tại hội nghị, già làng A Chư, người có uy tín thôn Kon Pring, xã Ngọc Linh, đề nghị tỉnh tiếp tục hỗ trợ giống sâm cho bà con. Già làng Đinh Văn Xi, thôn Làng Rêu, xã Sơn Kỳ, chia sẻ cách vận động người Hrê giữ rừng đầu nguồn. Bà Y Thảo, người có uy tín thôn Đăk Tăng, xã Đăk Pxi, mong muốn người có uy tín được tập huấn sử dụng điện thoại thông minh để tiếp cận thông tin chính thống.
Phát biểu kết luận, đồng chí A Vương đề nghị già làng, người có uy tín tiếp tục tuyên truyền, vận động bà con thực hiện Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư về triển khai nghiên cứu, đề xuất sắp xếp tổ chức bộ máy của hệ thống chính trị, ổn định tư tưởng sau khi sắp xếp đơn vị hành chính; kịp thời phản ánh tâm tư, nguyện vọng của nhân dân với chính quyền xã mới.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng 420 phần quà, mỗi phần trị giá 1,5 triệu đồng, và tặng bằng khen cho 36 người có uy tín tiêu biểu.
Các đại biểu tham quan khu trưng bày sản phẩm OCOP của đồng bào các dân tộc và giao lưu văn nghệ cồng chiêng.
Hoàng Anh
Tin cùng chuyên mục
- Xã Đăk Pxi ra mắt mô hình "Dân vận khéo" giữ rừng (18/09/2025)
- Tập huấn cho cán bộ dân vận xã sau sắp xếp (10/09/2025)
- Người có uy tín cùng chính quyền 2 cấp gần dân (28/08/2025)
- Gặp mặt chức sắc tôn giáo tỉnh Quảng Ngãi (mới) (15/08/2025)
""", "2025-09-26", "Quảng Ngãi gặp mặt 420 già làng, người có uy tín vùng Bắc Tây Nguyên",
E("hoi_nghi", "2025", "2025-09-25"),
[P("A Vương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Thị Mỹ Lệ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Tấn Phát", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("A Chư", "già làng", "người có uy tín thôn Kon Pring"),
 P("Đinh Văn Xi", "Già làng"),
 P("Y Thảo", "người có uy tín thôn Đăk Tăng")],
[Q("420 già làng, người có uy tín", 420, "già làng, người có uy tín"), Q("1.286 người có uy tín", 1286, "người có uy tín"),
 Q("khoảng 6,3 tỷ đồng", 6300000000, "đồng", "approx"), Q("87 vụ việc mâu thuẫn, tranh chấp đất đai", 87, "vụ việc mâu thuẫn, tranh chấp đất đai"),
 Q("530 hộ", 530, "hộ"), Q("hơn 18 ha", 18, "ha", "over"), Q("420 phần quà", 420, "phần quà"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("36 người có uy tín tiêu biểu", 36, "người có uy tín tiêu biểu")],
[D("Quyết định", "28", "2023/QĐ-TTg", "2023-11-23", "Thủ tướng Chính phủ", "Quyết định số 28/2023/QĐ-TTg ngày 23/11/2023"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Kon Tum"), com("Ngọc Linh"), com("Sơn Kỳ"), com("Đăk Pxi")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG NGÃI", "Chính trị › Dân tộc - Tôn giáo", "(QNgTV)",
 "Đồng chí A Vương phát biểu tại hội nghị. Ảnh: PV", "Sở Dân tộc và Tôn giáo", "Bắc Tây Nguyên", "OCOP"],
["Cập nhật: 19:05, 26/09/2025 (GMT+7)", "năm 2025", "9 tháng năm 2025"]))

PAGES.append(page("b2880-lamdong-btgdv-soket-2025", """
Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng
Trang chủ / Tin hoạt động / Công tác dân vận
18/07/2025 - 10:20
Toàn cảnh hội nghị sơ kết.
Phát huy "Dân vận khéo" trong giai đoạn vận hành chính quyền địa phương 2 cấp
Sáng 16/7/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị trực tuyến sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025 với 124 điểm cầu xã, phường, đặc khu. Đồng chí K'Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Đây là hội nghị đầu tiên của Ban sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Báo cáo cho biết, 6 tháng đầu năm, các cấp đã tập trung tuyên truyền, vận động nhân dân đồng thuận với chủ trương sắp xếp đơn vị hành chính; tổ chức lấy ý kiến cử tri với tỷ lệ đồng thuận đạt 97,8%.
Trong công tác dân tộc, tôn giáo, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 02-CT/TU ngày 08/7/2025 về tăng cường công tác dân vận đối với đồng bào dân tộc thiểu số tại chỗ; hướng dẫn thực hiện Quy định 23-QĐ/TW của Ban Bí thư về công tác dân vận. Toàn tỉnh có 2.540 người có uy tín, trong đó hơn 1.100 già làng, người có uy tín người K'Ho, Mạ, Chu Ru, M'nông, Raglai.
Phong trào "Dân vận khéo" có 5.812 mô hình được công nhận các cấp. Người dân đã hiến khoảng 96.000 m2 đất, đóng góp hơn 41 tỷ đồng xây dựng nông thôn mới; trả lại 312 ha đất rừng bị lấn chiếm, chủ yếu ở khu vực Tuy Đức, Đắk Glong cũ.
Tại điểm cầu phường Bắc Gia Nghĩa, bà Thị Thúy, Phó Bí thư Đảng ủy phường, chia sẻ về tổ dân vận ở bon Sré Ú. Ông Ya Tiếng, Bí thư Đảng ủy xã Lạc Dương, kiến nghị sớm bố trí cán bộ chuyên trách dân vận ở xã mới. Ông Điểu Bảo, già làng bon Bu Nơr, xã Quảng Trực, phát biểu: "Xã mới rộng, đường xa, cán bộ phải xuống bon nhiều hơn".
Phát biểu kết luận, đồng chí K'Bình yêu cầu 6 tháng cuối năm tập trung thực hiện Kết luận số 150-KL/TW ngày 14/4/2025 của Bộ Chính trị; chuẩn bị tổ chức Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; quan tâm 16 bon, thôn còn khó khăn về đất sản xuất, nhà ở.
Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Nguyễn Thị Bích Hạnh triển khai kế hoạch số 12-KH/BTGDVTU về gặp mặt người có uy tín năm 2025 và hướng dẫn số 03-HD/BTGDVTU về hoạt động của tổ dân vận thôn, bon, buôn.
Thanh Tâm
Lượt xem: 1.337
Bài viết liên quan
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng (mới) (01/07/2025)
- Lâm Đồng: vận động nhân dân đồng thuận sắp xếp đơn vị hành chính (20/06/2025)
- Tập huấn công tác dân vận cho cán bộ xã, phường (12/06/2025)
- Gặp mặt người có uy tín tỉnh Đắk Nông năm 2025 (06/06/2025)
""", "2025-07-18", "Phát huy \"Dân vận khéo\" trong giai đoạn vận hành chính quyền địa phương 2 cấp",
E("so_ket", "2025-H1", "2025-07-16"),
[P("K'Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thị Thúy", "Phó Bí thư Đảng ủy phường"),
 P("Ya Tiếng", "Bí thư Đảng ủy xã Lạc Dương"),
 P("Điểu Bảo", "già làng bon Bu Nơr"),
 P("Nguyễn Thị Bích Hạnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("124 điểm cầu xã, phường, đặc khu", 124, "điểm cầu xã, phường, đặc khu"), Q("3 tỉnh", 3, "tỉnh"), Q("97,8%", 97.8, "%"),
 Q("2.540 người có uy tín", 2540, "người có uy tín"), Q("hơn 1.100 già làng, người có uy tín", 1100, "già làng, người có uy tín", "over"),
 Q("5.812 mô hình", 5812, "mô hình"), Q("khoảng 96.000 m2", 96000, "m2", "approx"), Q("hơn 41 tỷ đồng", 41000000000, "đồng", "over"),
 Q("312 ha", 312, "ha"), Q("16 bon, thôn", 16, "bon, thôn")],
[D("Chỉ thị", "02", "CT/TU", "2025-07-08", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 02-CT/TU ngày 08/7/2025"),
 D("Quy định", "23", "QĐ/TW", None, "Ban Bí thư", "Quy định 23-QĐ/TW"),
 D("Kết luận", "150", "KL/TW", "2025-04-14", "Bộ Chính trị", "Kết luận số 150-KL/TW ngày 14/4/2025"),
 D("Kế hoạch", "12", "KH/BTGDVTU", None, None, "kế hoạch số 12-KH/BTGDVTU"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, None, "hướng dẫn số 03-HD/BTGDVTU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Bắc Gia Nghĩa"), com("Lạc Dương"), com("Quảng Trực")],
["Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng", "Trang chủ / Tin hoạt động / Công tác dân vận", "Toàn cảnh hội nghị sơ kết.",
 "Dân vận khéo", "Lượt xem: 1.337"],
["18/07/2025 - 10:20", "6 tháng đầu năm", "6 tháng cuối năm 2025", "2 cấp", "lần thứ I", "nhiệm kỳ 2025 - 2030", "Lượt xem: 1.337"]))

PAGES.append(page("b2881-gialai-btgdv-giaoban-2025", """
TRANG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI
You are here: Trang chủ > Tin tức > Hoạt động của Ban
Thứ Ba, 23/12/2025, 15:00
Quang cảnh hội nghị giao ban tại điểm cầu phường Pleiku.
Giữ ổn định tư tưởng nhân dân các làng, plei sau sắp xếp
Ngày 22/12, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức giao ban công tác tuyên giáo và dân vận quý IV năm 2025 bằng hình thức trực tuyến, kết nối điểm cầu phường Quy Nhơn và phường Pleiku với 135 điểm cầu xã, phường. Đồng chí Trần Quốc Duy, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Báo cáo cho biết, trong quý IV, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 45, 46-KH/TU về thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I và về vận động đồng bào dân tộc thiểu số giữ đất, giữ rừng. Các cấp đã tổ chức 318 buổi tuyên truyền tại các làng, plei, thu hút hơn 24.000 lượt người tham dự; nắm 12 vụ tranh chấp đất rẫy giữa các hộ, đã hòa giải thành 10 vụ.
Tại khu vực phía tây tỉnh, 1.046 người có uy tín đã được thăm, tặng quà nhân dịp Lễ Giáng sinh và Tết dương lịch với tổng kinh phí khoảng 860 triệu đồng. Ngân hàng Chính sách xã hội tỉnh đã cho 3.412 hộ đồng bào dân tộc thiểu số vay, dư nợ tăng thêm 172,5 tỷ đồng so với quý III.
Tại hội nghị, các đồng chí Trưởng ban Xây dựng Đảng Đảng ủy xã: Rcom H'Rin (xã Ia Hrú), Nguyễn Văn Thắng (xã Hoài Ân), báo cáo việc kiện toàn tổ dân vận ở thôn, làng. Ông Ksor Ngơl, già làng plei Ia Nueng, xã Ia Grai, nêu ý kiến đề nghị giữ tên làng, tên plei truyền thống khi sáp nhập thôn.
Đồng chí Đinh Thị Bích Ngọc, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy, thông tin tình hình hoạt động của các nhóm đạo lạ ở một số xã biên giới.
Nhiều ý kiến cho rằng sau sắp xếp, địa bàn xã rộng, cán bộ mới chưa thông thạo tiếng Jrai, Bahnar nên việc nắm tình hình ở cơ sở còn chậm; cần phát huy hơn nữa vai trò của già làng, người có uy tín và các tổ dân vận thôn, làng, plei làm cầu nối giữa chính quyền với đồng bào.
Kết luận hội nghị, đồng chí Trần Quốc Duy đề nghị các đơn vị quý I năm 2026 tập trung tuyên truyền kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; triển khai Kết luận 195-KL/TW của Bộ Chính trị, Ban Bí thư về tình hình hoạt động của chính quyền địa phương 2 cấp; bảo đảm 100% hộ nghèo được tặng quà Tết Bính Ngọ.
Hồng Phúc
Lượt truy cập: 215.664
Tin liên quan
- Gia Lai: gặp mặt người có uy tín phía tây tỉnh (12/12/2025)
- Ra mắt mô hình "Dân vận khéo" ở xã Kbang (03/12/2025)
- Giao ban công tác tuyên giáo và dân vận quý III năm 2025 (24/09/2025)
- Tập huấn nghiệp vụ dân vận cho cán bộ cấp xã (15/09/2025)
""", "2025-12-23", "Giữ ổn định tư tưởng nhân dân các làng, plei sau sắp xếp",
E("giao_ban", "2025-Q4", "2025-12-22"),
[P("Trần Quốc Duy", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Rcom H'Rin", "Trưởng ban Xây dựng Đảng Đảng ủy xã"),
 P("Nguyễn Văn Thắng", "Trưởng ban Xây dựng Đảng Đảng ủy xã"),
 P("Ksor Ngơl", "già làng plei Ia Nueng"),
 P("Đinh Thị Bích Ngọc", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("135 điểm cầu xã, phường", 135, "điểm cầu xã, phường"), Q("318 buổi tuyên truyền", 318, "buổi tuyên truyền"),
 Q("hơn 24.000 lượt người", 24000, "lượt người", "over"), Q("12 vụ tranh chấp đất rẫy", 12, "vụ tranh chấp đất rẫy"),
 Q("10 vụ", 10, "vụ"), Q("1.046 người có uy tín", 1046, "người có uy tín"), Q("khoảng 860 triệu đồng", 860000000, "đồng", "approx"),
 Q("3.412 hộ đồng bào dân tộc thiểu số", 3412, "hộ đồng bào dân tộc thiểu số"), Q("172,5 tỷ đồng", 172500000000, "đồng"),
 Q("100% hộ nghèo", 100, "%")],
[D("Kế hoạch", "45", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 45, 46-KH/TU"),
 D("Kế hoạch", "46", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 45, 46-KH/TU"),
 D("Kết luận", "195", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 195-KL/TW")],
[prov("Gia Lai"), com("Pleiku"), com("Quy Nhơn"), com("Ia Hrú"), com("Hoài Ân"), com("Ia Grai")],
["TRANG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI", "You are here: Trang chủ > Tin tức > Hoạt động của Ban",
 "Quang cảnh hội nghị giao ban tại điểm cầu phường Pleiku.", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I", "Lễ Giáng sinh",
 "Tết dương lịch", "Tết Bính Ngọ", "Lượt truy cập: 215.664"],
["Thứ Ba, 23/12/2025, 15:00", "quý IV năm 2025", "quý IV", "quý III", "quý I năm 2026", "lần thứ XIV", "2 cấp", "Lượt truy cập: 215.664"]))

PAGES.append(page("b2882-daklak-btgdv-tongket-2025", """
Báo và Phát thanh, Truyền hình Đắk Lắk
Thời sự | Chính trị | Xây dựng Đảng
Thứ Tư, 14/01/2026 - 11:40
Đồng chí Y Bhăk Niê phát biểu kết luận hội nghị. Ảnh: Hữu Hùng
Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2026
Ngày 13/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Y Bhăk Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị; dự có các đồng chí Phó Trưởng Ban: Lê Thị Thu Hà, Trần Minh Nhựt, H'Wen Êban.
Năm 2025 là năm đặc biệt khi tỉnh Đắk Lắk và tỉnh Phú Yên hợp nhất thành tỉnh Đắk Lắk mới từ ngày 01/7/2025. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 03, 04-CT/TU về công tác dân vận trong giai đoạn vận hành chính quyền địa phương 2 cấp và về phát huy vai trò người có uy tín; phối hợp hướng dẫn thực hiện Nghị định số 178/2024/NĐ-CP của Chính phủ về chính sách đối với cán bộ khi sắp xếp bộ máy.
Toàn tỉnh hiện có 2.611 người có uy tín trong đồng bào dân tộc thiểu số, trong đó 448 người ở khu vực phía đông (Phú Yên cũ). Trong năm, người có uy tín, già làng đã vận động 1.873 hộ ký cam kết không phá rừng, không bán đất; hòa giải thành 164 vụ việc mâu thuẫn; phát hiện, báo cáo 5 vụ truyền đạo trái pháp luật. Phong trào "Dân vận khéo" có 3.904 mô hình; nhân dân hiến hơn 210.000 m2 đất, đóng góp khoảng 126 tỷ đồng cho các công trình dân sinh.
Tại hội nghị, bà H'Blim Niê, Bí thư Đảng ủy xã Ea Tul, nêu cách làm "3 cùng" của cán bộ xã ở các buôn. Ông Y Phen Hmŏk, già làng buôn Kô Siêr, phường Thành Nhất, đề nghị tổ chức lớp dạy chữ Êđê cho thanh niên. Ông La Văn Dê, người có uy tín thôn Suối Mây, xã Phú Mỡ, chia sẻ kinh nghiệm vận động đồng bào Chăm H'roi giữ rừng đầu nguồn sông Kỳ Lộ. Các ý kiến đều mong cán bộ xã mới xuống buôn, xuống thôn nhiều hơn.
Phát biểu kết luận, đồng chí Y Bhăk Niê đề nghị năm 2026 tập trung tuyên truyền, triển khai Nghị quyết Đại hội XIV của Đảng; thực hiện Quy định số 304-QĐ/TW ngày 30/6/2025 của Bộ Chính trị về chức năng, nhiệm vụ của các ban tham mưu cấp tỉnh; tổ chức gặp mặt 2.611 người có uy tín trước Tết Bính Ngọ.
Dịp này, Ban tặng giấy khen cho 25 tập thể, 40 cá nhân; mỗi tập thể được thưởng 1,2 triệu đồng.
Hữu Hùng
Lượt xem: 4.058
Tin khác
- Đắk Lắk: gặp mặt người có uy tín phía đông tỉnh (09/01/2026)
- Hội nghị giao ban tuyên giáo và dân vận quý IV năm 2025 (26/12/2025)
- Trao 200 suất quà cho hộ nghèo buôn Ako Dhông (18/12/2025)
- Phú Mỡ: già làng giữ rừng đầu nguồn (05/12/2025)
- Tập huấn công tác dân vận cho cán bộ xã, phường mới (20/11/2025)
""", "2026-01-14", "Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-13"),
[P("Y Bhăk Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Thị Thu Hà", "Phó Trưởng Ban"),
 P("Trần Minh Nhựt", "Phó Trưởng Ban"),
 P("H'Wen Êban", "Phó Trưởng Ban"),
 P("H'Blim Niê", "Bí thư Đảng ủy xã Ea Tul"),
 P("Y Phen Hmŏk", "già làng buôn Kô Siêr"),
 P("La Văn Dê", "người có uy tín thôn Suối Mây")],
[Q("2.611 người có uy tín", 2611, "người có uy tín"), Q("448 người", 448, "người"), Q("1.873 hộ", 1873, "hộ"),
 Q("164 vụ việc mâu thuẫn", 164, "vụ việc mâu thuẫn"), Q("5 vụ truyền đạo trái pháp luật", 5, "vụ truyền đạo trái pháp luật"),
 Q("3.904 mô hình", 3904, "mô hình"), Q("hơn 210.000 m2", 210000, "m2", "over"), Q("khoảng 126 tỷ đồng", 126000000000, "đồng", "approx"),
 Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân"), Q("1,2 triệu đồng", 1200000, "đồng")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Nghị định", "178", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 178/2024/NĐ-CP"),
 D("Quy định", "304", "QĐ/TW", "2025-06-30", "Bộ Chính trị", "Quy định số 304-QĐ/TW ngày 30/6/2025")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Ea Tul"), com("Thành Nhất"), com("Phú Mỡ")],
["Báo và Phát thanh, Truyền hình Đắk Lắk", "Thời sự | Chính trị | Xây dựng Đảng",
 "Đồng chí Y Bhăk Niê phát biểu kết luận hội nghị. Ảnh: Hữu Hùng", "Dân vận khéo", "3 cùng", "Nghị quyết Đại hội XIV",
 "Tết Bính Ngọ", "Lượt xem: 4.058"],
["Thứ Tư, 14/01/2026 - 11:40", "năm 2025", "năm 2026", "2 cấp", "3 cùng", "Lượt xem: 4.058"]))

PAGES.append(page("b2883-lamdong-xa-traoqua-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐẮK SONG - TỈNH LÂM ĐỒNG
Trang chủ » Tin tức - Sự kiện » Hoạt động của Đảng ủy
Thứ Ba, 10/02/2026 | 16:30
Xã Đắk Song: trao 350 suất quà Tết và vốn vay cho hộ đồng bào dân tộc thiểu số
Ngày 09/02/2026, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Đắk Song (tỉnh Lâm Đồng) phối hợp với Phòng giao dịch Ngân hàng Chính sách xã hội khu vực tổ chức chương trình "Xuân yêu thương - Tết sẻ chia" năm 2026, thăm, tặng quà Tết Bính Ngọ cho già làng, người có uy tín và hộ nghèo ở các bon, thôn.
Đồng chí Điểu Bình trao quà cho già làng bon Bu Boong.
Dự chương trình có đồng chí Điểu Bình, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Trần Văn Lực, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; bà Thị Rin, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Tại chương trình, đã trao 350 suất quà, mỗi suất gồm 300.000 đồng tiền mặt và 10 kg gạo, cho 34 già làng, người có uy tín và 316 hộ nghèo, hộ cận nghèo. Riêng 34 già làng, người có uy tín được tặng thêm 1 chăn ấm. Tổng giá trị quà tặng hơn 140 triệu đồng, từ nguồn vận động của Ủy ban MTTQ xã và các doanh nghiệp trên địa bàn.
Cùng ngày, Ngân hàng Chính sách xã hội giải ngân 4,2 tỷ đồng cho 71 hộ vay vốn, trong đó 38 hộ đồng bào M'nông vay theo chương trình hỗ trợ đất ở, nhà ở và nước sinh hoạt, mỗi hộ tối đa 80 triệu đồng; 33 hộ vay để trồng sầu riêng, hồ tiêu.
Phát biểu tại chương trình, đồng chí Điểu Bình cho biết năm 2025 xã đã thực hiện tốt Nghị quyết số 05-NQ/ĐU ngày 15/7/2025 của Đảng ủy xã về giảm nghèo bền vững; tỷ lệ hộ nghèo giảm còn 3,7%; 12 bon, thôn đều có mô hình "Dân vận khéo". Đồng chí mong già làng, người có uy tín tiếp tục vận động con cháu đón Tết vui tươi, an toàn, không uống rượu say rồi đánh nhau, không đốt rẫy gần rừng trong mùa khô.
Không khí buổi trao quà ấm cúng; nhiều bà con ở các bon xa phải đi bộ, đi xe máy hàng chục cây số từ sáng sớm để kịp dự. Cán bộ xã đã chuẩn bị nước uống, bữa trưa và bố trí xe đưa các già làng cao tuổi về tận bon sau chương trình. Nhiều hộ được vay vốn cho biết sẽ dùng tiền đúng mục đích, trả nợ đúng hạn.\nGià làng Điểu Nhung, bon Bu Boong, xúc động: "Năm nay xã mới, cán bộ mới, nhưng Tết vẫn nhớ tới bà con bon mình".
Dịp này, Đoàn Thanh niên xã ra quân dọn vệ sinh, trang trí nhà văn hóa 12 bon, thôn; Hội LHPN xã tặng 50 áo ấm cho trẻ em nghèo.
Tường Vy
Lượt truy cập: 7.530
Các tin khác
- Hội nghị Ban Chấp hành Đảng bộ xã tháng 1/2026 (28/01/2026)
- Xã Đắk Song tổng kết công tác dân vận năm 2025 (20/01/2026)
- Ra mắt tổ dân vận bon Bu Boong (10/12/2025)
- Vận động nhân dân hiến đất mở đường liên bon (25/11/2025)
""", "2026-02-10", "Xã Đắk Song: trao 350 suất quà Tết và vốn vay cho hộ đồng bào dân tộc thiểu số",
E("trao_qua", None, "2026-02-09"),
[P("Điểu Bình", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Trần Văn Lực", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Thị Rin", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Điểu Nhung", "Già làng")],
[Q("350 suất quà", 350, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("10 kg", 10, "kg"),
 Q("34 già làng, người có uy tín", 34, "già làng, người có uy tín"), Q("316 hộ nghèo, hộ cận nghèo", 316, "hộ nghèo, hộ cận nghèo"),
 Q("hơn 140 triệu đồng", 140000000, "đồng", "over"), Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("71 hộ", 71, "hộ"),
 Q("38 hộ đồng bào M'nông", 38, "hộ đồng bào M'nông"), Q("80 triệu đồng", 80000000, "đồng"), Q("33 hộ", 33, "hộ"),
 Q("3,7%", 3.7, "%"), Q("12 bon, thôn", 12, "bon, thôn"), Q("50 áo ấm", 50, "áo ấm")],
[D("Nghị quyết", "05", "NQ/ĐU", "2025-07-15", "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU ngày 15/7/2025")],
[prov("Lâm Đồng"), com("Đắk Song")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐẮK SONG - TỈNH LÂM ĐỒNG", "Trang chủ » Tin tức - Sự kiện » Hoạt động của Đảng ủy",
 "Đồng chí Điểu Bình trao quà cho già làng bon Bu Boong.", "Xuân yêu thương - Tết sẻ chia", "Tết Bính Ngọ", "Dân vận khéo",
 "Ngân hàng Chính sách xã hội", "Lượt truy cập: 7.530"],
["Thứ Ba, 10/02/2026 | 16:30", "năm 2026", "năm 2025", "1 chăn ấm", "Lượt truy cập: 7.530"]))

PAGES.append(page("b2884-quangngai-xa-doithoai-2026", """
Trang thông tin điện tử xã Đăk Hà - tỉnh Quảng Ngãi
Tin tức :: Hoạt động của Đảng ủy - Chính quyền
17 tháng 4, 2026 | 08:30
Bí thư Đảng ủy xã đối thoại với người dân về đất đai, rừng
Sáng 16/4/2026, tại hội trường thôn Kon Stiu, Đảng ủy xã Đăk Hà tổ chức hội nghị đối thoại năm 2026 giữa người đứng đầu cấp ủy, chính quyền với già làng, người có uy tín và nhân dân về công tác quản lý đất đai, bảo vệ rừng. Đồng chí A Dũng, Bí thư Đảng ủy xã chủ trì; cùng chủ trì có ông Phạm Quốc Việt, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.
Toàn cảnh hội nghị đối thoại.
Tham dự có 142 người là già làng, người có uy tín, trưởng thôn và đại diện các hộ dân của 9 thôn có đồng bào Xơ Đăng, Ba Na, Giẻ Triêng sinh sống. Hội nghị được tổ chức theo Kế hoạch số 18-KH/ĐU ngày 25/3/2026 của Đảng ủy xã và Quy định số 11-QĐi/TW của Bộ Chính trị.
Tại hội nghị, người dân nêu 15 ý kiến. Già làng A Thiên, thôn Kon Stiu, phản ánh 8 hộ trong thôn có đất rẫy nằm trong diện tích rừng của Công ty Lâm nghiệp Đăk Hà từ nhiều năm, đề nghị được xem xét giao lại. Bà Y Sương, người có uy tín thôn Đăk Xú, kiến nghị sửa chữa tuyến đường dài khoảng 3 km ra khu sản xuất bị sạt lở sau mùa mưa. Ông A Nhương, thôn Kon Gung, hỏi về việc chi trả tiền dịch vụ môi trường rừng năm 2025, mỗi hộ dự kiến khoảng 5,6 triệu đồng.
Trả lời các ý kiến, ông Phạm Quốc Việt cho biết xã đã đề nghị tỉnh thu hồi 46,5 ha đất của công ty để giao cho 37 hộ thiếu đất; năm 2025 đã chi trả hơn 1,9 tỷ đồng tiền khoán bảo vệ rừng cho 318 hộ, phần còn lại sẽ chi trong quý II năm 2026. Đồng chí Y Khuyên, Phó Chủ tịch UBND xã, thông tin về nguồn vốn thực hiện Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ để sửa đường.
Phát biểu kết luận, đồng chí A Dũng ghi nhận 15 ý kiến thẳng thắn, tâm huyết; giao các bộ phận chuyên môn trả lời bằng văn bản trong 30 ngày; đề nghị già làng, người có uy tín tiếp tục vận động con cháu không lấn chiếm đất rừng, không sang nhượng đất trái phép; thực hiện Nghị quyết số 07-NQ/ĐU của Ban Chấp hành Đảng bộ xã về phát triển cây sâm và dược liệu dưới tán rừng.
Sau hội nghị, Đảng ủy xã trao 20 suất quà cho hộ nghèo, mỗi suất 500.000 đồng và 1 bao gạo 25 kg.
Đây là lần đối thoại thứ hai kể từ khi xã Đăk Hà mới đi vào hoạt động, sau khi sáp nhập thị trấn Đăk Hà và các xã Đăk Mar, Hà Mòn. Theo Đảng ủy xã, các kiến nghị ở lần đối thoại trước đã được giải quyết xong 11/13 kiến nghị.
Minh Châu
Lượt xem: 652
Tin liên quan
- Xã Đăk Hà tổng kết công tác năm 2025 (10/01/2026)
- Trao nhà Đại đoàn kết cho hộ nghèo thôn Kon Gung (28/02/2026)
- Tập huấn nghiệp vụ cho tổ dân vận thôn (20/03/2026)
""", "2026-04-17", "Bí thư Đảng ủy xã đối thoại với người dân về đất đai, rừng",
E("doi_thoai", "2026", "2026-04-16"),
[P("A Dũng", "Bí thư Đảng ủy xã"),
 P("Phạm Quốc Việt", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("A Thiên", "Già làng"),
 P("Y Sương", "người có uy tín thôn Đăk Xú"),
 P("A Nhương"),
 P("Y Khuyên", "Phó Chủ tịch UBND xã")],
[Q("142 người", 142, "người"), Q("9 thôn", 9, "thôn"), Q("15 ý kiến", 15, "ý kiến"), Q("8 hộ", 8, "hộ"),
 Q("khoảng 3 km", 3, "km", "approx"), Q("khoảng 5,6 triệu đồng", 5600000, "đồng", "approx"), Q("46,5 ha", 46.5, "ha"),
 Q("37 hộ", 37, "hộ"), Q("hơn 1,9 tỷ đồng", 1900000000, "đồng", "over"), Q("318 hộ", 318, "hộ"),
 Q("20 suất quà", 20, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("25 kg", 25, "kg"), Q("11/13 kiến nghị", 11, "kiến nghị")],
[D("Kế hoạch", "18", "KH/ĐU", "2026-03-25", "Đảng ủy xã", "Kế hoạch số 18-KH/ĐU ngày 25/3/2026"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Nghị quyết", "07", "NQ/ĐU", None, "Ban Chấp hành Đảng bộ xã", "Nghị quyết số 07-NQ/ĐU")],
[prov("Quảng Ngãi"), com("Đăk Hà"), com("Đăk Mar"), com("Hà Mòn")],
["Trang thông tin điện tử xã Đăk Hà - tỉnh Quảng Ngãi", "Tin tức :: Hoạt động của Đảng ủy - Chính quyền",
 "Toàn cảnh hội nghị đối thoại.", "Công ty Lâm nghiệp Đăk Hà", "Lượt xem: 652"],
["17 tháng 4, 2026 | 08:30", "năm 2026", "năm 2025", "quý II năm 2026", "30 ngày", "1 bao gạo", "lần đối thoại thứ hai", "Lượt xem: 652"]))
