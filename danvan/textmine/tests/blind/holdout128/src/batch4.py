from lib import *
PAGES = []

PAGES.append(page("b3047-tuyenquang-daihoi-dangbo-xa-2025", """
Báo và Phát thanh, Truyền hình Tuyên Quang
Thời sự - Chính trị › Đại hội Đảng các cấp
Thứ Sáu, 08/08/2025 | 10:35
Đại hội Đảng bộ xã Lũng Cú lần thứ I, nhiệm kỳ 2025 - 2030
(BTQ) - Trong 2 ngày 6 và 7/8/2025, Đảng bộ xã Lũng Cú tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030 với 150 đại biểu đại diện cho hơn 1.100 đảng viên trong toàn Đảng bộ. Đây là đại hội đầu tiên sau khi xã Lũng Cú (mới) được thành lập trên cơ sở sáp nhập 3 xã Lũng Cú, Má Lé, Lũng Táo của huyện Đồng Văn, tỉnh Hà Giang (cũ).
Dự và chỉ đạo đại hội có đồng chí Giàng Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Tuyên Quang.
Các đại biểu dự phiên trọng thể đại hội.
Nhiệm kỳ 2020 - 2025, các đảng bộ xã cũ đã kết nạp 214 đảng viên, 100% thôn có chi bộ, 92% chi bộ hoàn thành tốt nhiệm vụ trở lên; thu nhập bình quân đầu người đạt khoảng 28 triệu đồng/năm, tỷ lệ hộ nghèo giảm còn 31,5%. Đảng bộ xã hiện có 46 chi bộ trực thuộc, trong đó 39 chi bộ thôn, 7 chi bộ trường học, trạm y tế, công an và quân sự.
Đại hội thực hiện theo Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng và Quyết định số 18, 19-QĐ/TU của Ban Thường vụ Tỉnh ủy về chỉ định Ban Chấp hành và kiểm tra nhân sự. Đại hội đề ra chỉ tiêu mỗi năm kết nạp từ 45 đảng viên trở lên; đến năm 2030, có 80% cán bộ chủ chốt xã đạt trình độ trung cấp lý luận chính trị trở lên.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025 - 2030 gồm 27 đồng chí. Đồng chí Sùng Mí Chá được bầu làm Bí thư Đảng ủy xã; các đồng chí Lò Thị Mỷ, Vàng Chứ Sùng được bầu làm Phó Bí thư Đảng ủy xã. Đại hội cũng bầu 18 đại biểu đi dự Đại hội Đảng bộ tỉnh lần thứ I.
Phát biểu chỉ đạo, đồng chí Giàng Thị Dung đề nghị Đảng ủy xã quan tâm phát triển đảng viên trong thanh niên người Mông, Lô Lô; đội ngũ bí thư chi bộ phải học tập, bồi dưỡng lý luận chính trị thường xuyên.
Video: "Lũng Cú - nơi cờ Tổ quốc tung bay" (thời lượng 03:12)
Hoàng Anh - Sình Hạnh
Lượt xem: 2.318
Tin liên quan
- Đại hội điểm Đảng bộ phường Hà Giang 1 nhiệm kỳ 2025 - 2030 (01/08/2025)
- Xã Đồng Văn hoàn thành đại hội chi bộ thôn (25/07/2025)
- Tuyên Quang: 124 đảng bộ xã, phường tổ chức đại hội (18/07/2025)
- Tập huấn nghiệp vụ công tác đại hội cho cấp ủy xã mới (09/07/2025)
- Ra mắt Đảng bộ xã Mèo Vạc sau sắp xếp (01/07/2025)
- Công bố quyết định thành lập các đảng bộ xã, phường của tỉnh Tuyên Quang (30/06/2025)
- Hợp nhất Đảng bộ tỉnh Tuyên Quang và Đảng bộ tỉnh Hà Giang (30/06/2025)
- Lớp bồi dưỡng lý luận chính trị cho đảng viên mới tại Yên Minh (12/06/2025)
Báo và Phát thanh, Truyền hình Tuyên Quang. Giấy phép số xx/GP-BVHTTDL. Địa chỉ: đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang.
""", "2025-08-08", "Đại hội Đảng bộ xã Lũng Cú lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-08-06"),
[P("Giàng Thị Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy Tuyên Quang"),
 P("Sùng Mí Chá", "Bí thư Đảng ủy xã"),
 P("Lò Thị Mỷ", "Phó Bí thư Đảng ủy xã"),
 P("Vàng Chứ Sùng", "Phó Bí thư Đảng ủy xã")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 1.100 đảng viên", 1100, "đảng viên", "over"), Q("3 xã", 3, "xã"),
 Q("214 đảng viên", 214, "đảng viên"), Q("100%", 100, "%"), Q("92%", 92, "%"),
 Q("khoảng 28 triệu đồng", 28000000, "đồng", "approx"), Q("31,5%", 31.5, "%"), Q("46 chi bộ trực thuộc", 46, "chi bộ trực thuộc"),
 Q("39 chi bộ thôn", 39, "chi bộ thôn"), Q("7 chi bộ trường học, trạm y tế, công an và quân sự", 7, "chi bộ trường học, trạm y tế, công an và quân sự"),
 Q("45 đảng viên", 45, "đảng viên"), Q("80%", 80, "%"), Q("27 đồng chí", 27, "đồng chí"), Q("18 đại biểu", 18, "đại biểu")],
[D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025"),
 D("Quyết định", "18", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định số 18, 19-QĐ/TU"),
 D("Quyết định", "19", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định số 18, 19-QĐ/TU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Má Lé"), com("Lũng Táo")],
["Báo và Phát thanh, Truyền hình Tuyên Quang", "Thời sự - Chính trị › Đại hội Đảng các cấp", "(BTQ)",
 "Các đại biểu dự phiên trọng thể đại hội.", "Lũng Cú - nơi cờ Tổ quốc tung bay", "Lượt xem: 2.318"],
["Thứ Sáu, 08/08/2025 | 10:35", "2 ngày", "lần thứ I", "nhiệm kỳ 2025 - 2030", "Nhiệm kỳ 2020 - 2025", "Đại hội XIV",
 "27 đồng chí", "Lượt xem: 2.318"]))

PAGES.append(page("b3048-vinhlong-giamsat-ketnap-2025", """
ĐẢNG ỦY XÃ TẬP SƠN - TỈNH VĨNH LONG
Trang chủ | Tin hoạt động | Kiểm tra, giám sát
17/10/2025 - 15:45
Ủy ban Kiểm tra Đảng ủy xã Tập Sơn giám sát công tác kết nạp đảng viên tại 5 chi bộ ấp
Từ ngày 13 đến 15/10/2025, Ủy ban Kiểm tra Đảng ủy xã Tập Sơn tiến hành giám sát chuyên đề việc thực hiện quy trình kết nạp đảng viên năm 2025 tại 5 chi bộ ấp có đông đồng bào Khmer, theo Quyết định số 07-QĐ/UBKTĐU ngày 2/10/2025 của Ủy ban Kiểm tra Đảng ủy xã. Đoàn do đồng chí Thạch Thị Sô Phi, Ủy viên Ban Thường vụ Đảng ủy, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã làm trưởng đoàn.
Xã Tập Sơn (tỉnh Vĩnh Long) được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập các xã Tập Sơn, Tân Sơn, Ngãi Xuyên của huyện Trà Cú, tỉnh Trà Vinh (cũ). Đảng bộ xã hiện có 38 chi bộ với 1.126 đảng viên, trong đó khoảng 46% là người Khmer.
Qua giám sát, 5 chi bộ ấp đã kết nạp 17 đảng viên từ đầu năm, trong đó có 12 đảng viên là người Khmer và 1 trường hợp là sư hoàn tục. Đoàn phát hiện 3 hồ sơ chưa ghi đầy đủ ý kiến của chi ủy, 1 chi bộ chưa tổ chức lễ kết nạp đúng thời hạn 30 ngày theo Hướng dẫn số 06-HD/BTCTW của Ban Tổ chức Trung ương.
Ông Kiên Văn Sươl, Bí thư Chi bộ ấp Đại Mong, cho biết chi bộ vừa kết nạp anh Sơn Chanh Đa, giáo viên dạy chữ Khmer tại chùa Sà Vần, và đang bồi dưỡng 4 quần chúng ưu tú. Bà Lâm Thị Sa Ri, Phó Bí thư Thường trực Đảng ủy xã, cho biết Đảng ủy phấn đấu kết nạp 42 đảng viên năm 2025, đến nay đạt khoảng 71%.
Kết luận, đồng chí Thạch Thị Sô Phi đề nghị các chi bộ khắc phục hạn chế trước ngày 30/11/2025, thực hiện đúng Quy định số 232-QĐ/TW ngày 20/1/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng; mỗi chi bộ cử 1 đảng viên theo dõi, giúp đỡ quần chúng ưu tú.
Ban Tuyên giáo và Dân vận Đảng ủy xã
Lượt xem: 187
Tin khác
- Xã Tập Sơn tổ chức lễ kết nạp đảng viên tại chùa Sà Vần (08/10/2025)
- Hội nghị học tập chuyên đề năm 2025 (23/09/2025)
- Ra mắt Đảng ủy xã Tập Sơn (01/07/2025)
- Chi bộ ấp Trà Sất sinh hoạt chuyên đề bằng tiếng Khmer (20/06/2025)
- Bồi dưỡng nhận thức về Đảng cho 38 quần chúng ưu tú (05/06/2025)
- Đại hội Chi bộ ấp Ô Rung nhiệm kỳ 2025 - 2027 (15/05/2025)
- Trao Huy hiệu Đảng cho đảng viên cao tuổi dịp 19/5 (19/05/2025)
- Học tập Nghị quyết 66, 68-NQ/TW cho cán bộ chủ chốt (28/04/2025)
- Xã Ngãi Xuyên (cũ) tổng kết công tác xây dựng Đảng năm 2024 (26/12/2024)
- Chùa Sà Vần: nơi sư sãi đồng hành cùng chi bộ ấp (10/12/2024)
- Trà Cú kết nạp 150 đảng viên là người Khmer (20/11/2024)
Đảng ủy xã Tập Sơn. Địa chỉ: ấp Chợ, xã Tập Sơn, tỉnh Vĩnh Long. Ghi rõ nguồn khi phát hành lại thông tin.
""", "2025-10-17", "Ủy ban Kiểm tra Đảng ủy xã Tập Sơn giám sát công tác kết nạp đảng viên tại 5 chi bộ ấp",
E("giam_sat", "2025", "2025-10-13"),
[P("Thạch Thị Sô Phi", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã"),
 P("Kiên Văn Sươl", "Bí thư Chi bộ ấp Đại Mong"),
 P("Sơn Chanh Đa", "giáo viên dạy chữ Khmer tại chùa Sà Vần"),
 P("Lâm Thị Sa Ri", "Phó Bí thư Thường trực Đảng ủy xã")],
[Q("5 chi bộ ấp", 5, "chi bộ ấp"), Q("38 chi bộ", 38, "chi bộ"), Q("1.126 đảng viên", 1126, "đảng viên"),
 Q("khoảng 46%", 46, "%", "approx"), Q("17 đảng viên", 17, "đảng viên"), Q("12 đảng viên", 12, "đảng viên"),
 Q("1 trường hợp", 1, "trường hợp"), Q("3 hồ sơ", 3, "hồ sơ"), Q("1 chi bộ", 1, "chi bộ"),
 Q("4 quần chúng ưu tú", 4, "quần chúng ưu tú"), Q("42 đảng viên", 42, "đảng viên"), Q("khoảng 71%", 71, "%", "approx")],
[D("Quyết định", "07", "QĐ/UBKTĐU", "2025-10-02", "Ủy ban Kiểm tra Đảng ủy xã", "Quyết định số 07-QĐ/UBKTĐU ngày 2/10/2025"),
 D("Hướng dẫn", "06", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "Hướng dẫn số 06-HD/BTCTW"),
 D("Quy định", "232", "QĐ/TW", "2025-01-20", "Ban Chấp hành Trung ương", "Quy định số 232-QĐ/TW ngày 20/1/2025")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Tập Sơn"), com("Tân Sơn"), com("Ngãi Xuyên")],
["ĐẢNG ỦY XÃ TẬP SƠN - TỈNH VĨNH LONG", "Trang chủ | Tin hoạt động | Kiểm tra, giám sát", "Điều lệ Đảng",
 "Ban Tuyên giáo và Dân vận Đảng ủy xã", "Lượt xem: 187"],
["17/10/2025 - 15:45", "năm 2025", "30 ngày", "1 đảng viên", "Lượt xem: 187"]))

PAGES.append(page("b3049-lamdong-hoctap-nghiquyet-2025", """
Báo Lâm Đồng điện tử
Chính trị > Xây dựng Đảng
Cập nhật: 16:30, 25/11/2025 (GMT+7)
PGS.TS. Lê Quang Vinh trình bày chuyên đề tại điểm cầu tỉnh. Ảnh: K.Phương
Hơn 7.000 cán bộ, đảng viên học tập các nghị quyết của Bộ Chính trị tại 124 điểm cầu
Ngày 24/11/2025, Ban Thường vụ Tỉnh ủy Lâm Đồng tổ chức hội nghị trực tuyến học tập, quán triệt Nghị quyết 57, 59-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số quốc gia và về hội nhập quốc tế trong tình hình mới, cùng Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030, năm 2025 cho hơn 7.000 cán bộ, đảng viên tại 124 điểm cầu xã, phường, đặc khu.
Đồng chí K'Bình, Phó Bí thư Tỉnh ủy, chủ trì tại điểm cầu tỉnh. Đây là hội nghị học tập đầu tiên sau khi Lâm Đồng hợp nhất với Đắk Nông và Bình Thuận.
PGS.TS. Lê Quang Vinh, Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, trình bày chuyên đề về Nghị quyết 57; ThS. Ka Nhiên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, trình bày Nghị quyết Đại hội Đảng bộ tỉnh. Hội nghị được tổ chức theo Kế hoạch số 12-KH/TU ngày 5/11/2025 và Hướng dẫn số 03-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy.
Tại điểm cầu phường Gia Nghĩa (Đắk Nông cũ), bà Thị Hằng, Bí thư Chi bộ bon Bu Sir, cho biết chi bộ có 14 đảng viên người Mnông, sẽ tổ chức học lại bằng tiếng Mnông cho bà con. Ông Điểu Bré, Bí thư Đảng ủy xã Quảng Trực, cho biết xã in 500 cuốn tài liệu tóm tắt phát cho các chi bộ. Ông Nguyễn Minh Trí, Bí thư Đảng ủy phường Phan Thiết, đề nghị mỗi chi bộ xây dựng chương trình hành động riêng.
Theo báo cáo, toàn Đảng bộ tỉnh hiện có hơn 120.000 đảng viên sinh hoạt ở 1.050 tổ chức cơ sở đảng; 10 tháng năm 2025 kết nạp 3.480 đảng viên mới. Kinh phí tổ chức hội nghị khoảng 1,2 tỷ đồng.
Kết luận, đồng chí K'Bình yêu cầu sau hội nghị, 100% chi bộ tổ chức cho đảng viên viết bài thu hoạch trước ngày 31/12/2025.
K'Phương - Thanh Hòa
Lượt xem: 3.402
Bài viết liên quan
- Lâm Đồng: khai giảng lớp cao cấp lý luận chính trị khóa 2025 - 2027 (14/11/2025)
- Đảng ủy xã Đạ Huoai kết nạp 5 đảng viên là người Mạ (03/11/2025)
- Học tập chuyên đề năm 2025 cho đảng viên mới ở các đặc khu (21/10/2025)
- Phường Bảo Lộc 1 ra mắt chi bộ khu phố (07/10/2025)
- Tổng kết công tác tuyên giáo, dân vận 9 tháng (30/09/2025)
- Bồi dưỡng lý luận chính trị cho bí thư chi bộ thôn, bon, buôn sau sắp xếp (16/09/2025)
- Đại hội Đảng bộ tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp (30/09/2025)
- Xã Tuy Đức: chi bộ bon Bu Prăng kèm cặp thanh niên Mnông (02/09/2025)
Tòa soạn: số 38 Quang Trung, phường Xuân Hương - Đà Lạt. Ghi rõ nguồn "Báo Lâm Đồng" khi phát hành lại.
BÁO LÂM ĐỒNG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng.
""", "2025-11-25", "Hơn 7.000 cán bộ, đảng viên học tập các nghị quyết của Bộ Chính trị tại 124 điểm cầu",
E("hoi_nghi", "2025", "2025-11-24"),
[P("Lê Quang Vinh", "PGS.TS.", "Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh"),
 P("K'Bình", "Phó Bí thư Tỉnh ủy"),
 P("Ka Nhiên", "ThS.", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thị Hằng", "Bí thư Chi bộ bon Bu Sir"),
 P("Điểu Bré", "Bí thư Đảng ủy xã Quảng Trực"),
 P("Nguyễn Minh Trí", "Bí thư Đảng ủy phường Phan Thiết")],
[Q("Hơn 7.000 cán bộ, đảng viên", 7000, "cán bộ, đảng viên", "over"), Q("124 điểm cầu xã, phường, đặc khu", 124, "điểm cầu xã, phường, đặc khu"),
 Q("14 đảng viên", 14, "đảng viên"), Q("500 cuốn tài liệu tóm tắt", 500, "cuốn tài liệu tóm tắt"),
 Q("hơn 120.000 đảng viên", 120000, "đảng viên", "over"), Q("1.050 tổ chức cơ sở đảng", 1050, "tổ chức cơ sở đảng"),
 Q("3.480 đảng viên mới", 3480, "đảng viên mới"), Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("100%", 100, "%")],
[D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 57, 59-NQ/TW"),
 D("Nghị quyết", "59", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 57, 59-NQ/TW"),
 D("Kế hoạch", "12", "KH/TU", "2025-11-05", None, "Kế hoạch số 12-KH/TU ngày 5/11/2025"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 03-HD/BTGDVTU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Gia Nghĩa"), com("Quảng Trực"), com("Phan Thiết")],
["Báo Lâm Đồng điện tử", "Chính trị > Xây dựng Đảng", "PGS.TS. Lê Quang Vinh trình bày chuyên đề tại điểm cầu tỉnh. Ảnh: K.Phương",
 "Học viện Chính trị quốc gia Hồ Chí Minh", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I", "Lượt xem: 3.402"],
["Cập nhật: 16:30, 25/11/2025 (GMT+7)", "lần thứ I", "nhiệm kỳ 2025 - 2030", "10 tháng năm 2025", "Lượt xem: 3.402"]))

PAGES.append(page("b3050-dongnai-xa-bugiamap-tongket-2025", """
Cổng thông tin điện tử xã Bù Gia Mập - tỉnh Đồng Nai
Trang chủ >> Tin tức - Sự kiện >> Hoạt động Đảng ủy
Hôm nay: Thứ Hai, 12/01/2026
Ngày đăng 09/01/2026 | 16:20
Đảng ủy xã Bù Gia Mập: năm 2025 kết nạp 38 đảng viên, xóa 3 thôn chưa có chi bộ
Ngày 8/1/2026, Ban Chấp hành Đảng bộ xã Bù Gia Mập tổ chức hội nghị tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Điểu Lành, Bí thư Đảng ủy xã chủ trì. Dự có đồng chí Thị Mai Sương, Phó Trưởng Ban Tổ chức Tỉnh ủy Đồng Nai.
Năm 2025 là năm đầu tiên xã Bù Gia Mập (mới) hoạt động theo mô hình chính quyền địa phương 2 cấp, sau khi sáp nhập 3 xã Bù Gia Mập, Đak Ơ, Đắk Nhau của huyện Bù Gia Mập, tỉnh Bình Phước (cũ). Đảng bộ xã có 34 chi bộ với 812 đảng viên; trong năm kết nạp 38 đảng viên, vượt 8,5% chỉ tiêu, trong đó 21 đảng viên là người S'tiêng, Mnông; đã xóa được 3 thôn chưa có chi bộ.
Đảng ủy đã ban hành Nghị quyết số 09-NQ/ĐU ngày 20/8/2025 về phát triển đảng viên trong đồng bào dân tộc thiểu số và Kế hoạch số 21-KH/ĐU về học tập Nghị quyết Đại hội Đảng bộ tỉnh Đồng Nai lần thứ I. Phối hợp với Trường Chính trị tỉnh, xã mở 2 lớp nhận thức về Đảng cho 87 quần chúng ưu tú và 1 lớp đảng viên mới cho 41 học viên; TS. Trần Thị Thu Thảo và ThS. Điểu Văn Minh trực tiếp giảng dạy.
Tại hội nghị, ông Điểu Khen, Bí thư Chi bộ thôn Bù Lư, cho biết chi bộ kết nạp 4 đảng viên là thanh niên S'tiêng đã đi làm công nhân về; bà Thị Bích, Bí thư Chi bộ kiêm Trưởng thôn Đak Á, đề nghị bồi dưỡng thêm kỹ năng ghi biên bản sinh hoạt chi bộ cho bí thư chi bộ mới. Ông Lâm Quang Tường, Phó Bí thư Thường trực Đảng ủy xã, trình bày dự thảo chương trình công tác năm 2026.
Phát biểu chỉ đạo, đồng chí Thị Mai Sương ghi nhận kết quả, đề nghị xã triển khai Quy định số 366-QĐ/TW của Bộ Chính trị về đánh giá cán bộ; tiếp tục không để thôn "trắng" đảng viên. Năm 2026, Đảng bộ xã đặt chỉ tiêu kết nạp 40 đảng viên, 90% chi bộ hoàn thành tốt nhiệm vụ.
Dịp này, Đảng ủy xã tặng giấy khen cho 8 chi bộ và 15 đảng viên, tổng giá trị khen thưởng hơn 23 triệu đồng.
Văn phòng Đảng ủy xã
Truy cập trong ngày: 412
Tin liên quan
- Lễ kết nạp đảng viên tại Chi bộ thôn Bù Lư (26/12/2025)
- Hội nghị học tập Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I (10/12/2025)
- Xã Bù Gia Mập ra mắt 3 chi bộ thôn mới (18/11/2025)
- Bồi dưỡng nghiệp vụ cho bí thư chi bộ thôn sau sắp xếp (28/10/2025)
- Giao ban công tác xây dựng Đảng quý III năm 2025 (06/10/2025)
Cơ quan chủ quản: UBND xã Bù Gia Mập, tỉnh Đồng Nai. Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.
""", "2026-01-09", "Đảng ủy xã Bù Gia Mập: năm 2025 kết nạp 38 đảng viên, xóa 3 thôn chưa có chi bộ",
E("tong_ket", "2025", "2026-01-08"),
[P("Điểu Lành", "Bí thư Đảng ủy xã"),
 P("Thị Mai Sương", "Phó Trưởng Ban Tổ chức Tỉnh ủy Đồng Nai"),
 P("Trần Thị Thu Thảo", "TS."),
 P("Điểu Văn Minh", "ThS."),
 P("Điểu Khen", "Bí thư Chi bộ thôn Bù Lư"),
 P("Thị Bích", "Bí thư Chi bộ kiêm Trưởng thôn Đak Á"),
 P("Lâm Quang Tường", "Phó Bí thư Thường trực Đảng ủy xã")],
[Q("38 đảng viên", 38, "đảng viên"), Q("3 thôn", 3, "thôn"), Q("3 xã", 3, "xã"), Q("34 chi bộ", 34, "chi bộ"),
 Q("812 đảng viên", 812, "đảng viên"), Q("8,5%", 8.5, "%"), Q("21 đảng viên", 21, "đảng viên"),
 Q("2 lớp nhận thức về Đảng", 2, "lớp nhận thức về Đảng"), Q("87 quần chúng ưu tú", 87, "quần chúng ưu tú"),
 Q("1 lớp đảng viên mới", 1, "lớp đảng viên mới"), Q("41 học viên", 41, "học viên"), Q("4 đảng viên", 4, "đảng viên"),
 Q("40 đảng viên", 40, "đảng viên"), Q("90%", 90, "%"), Q("8 chi bộ", 8, "chi bộ"), Q("15 đảng viên", 15, "đảng viên"),
 Q("hơn 23 triệu đồng", 23000000, "đồng", "over")],
[D("Nghị quyết", "09", "NQ/ĐU", "2025-08-20", "Đảng ủy", "Nghị quyết số 09-NQ/ĐU ngày 20/8/2025"),
 D("Kế hoạch", "21", "KH/ĐU", None, "Đảng ủy", "Kế hoạch số 21-KH/ĐU"),
 D("Quy định", "366", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 366-QĐ/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đak Ơ"), com("Đắk Nhau")],
["Cổng thông tin điện tử xã Bù Gia Mập - tỉnh Đồng Nai", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động Đảng ủy",
 "Hôm nay: Thứ Hai, 12/01/2026", "Văn phòng Đảng ủy xã", "Truy cập trong ngày: 412", "chính quyền địa phương 2 cấp"],
["Hôm nay: Thứ Hai, 12/01/2026", "Ngày đăng 09/01/2026 | 16:20", "năm 2025", "năm 2026", "2 cấp", "lần thứ I", "Truy cập trong ngày: 412"]))

PAGES.append(page("b3051-gialai-boiduong-bithu-chibo-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Chính trị | Xây dựng Đảng | Bồi dưỡng lý luận
20/03/2026 - 11:10
Ảnh: Học viên thảo luận nhóm tại lớp bồi dưỡng.
Bồi dưỡng kỹ năng, nghiệp vụ cho 260 bí thư chi bộ thôn, làng
(GLO) - Từ ngày 16 đến 19/3/2026, Ban Tổ chức Tỉnh ủy Gia Lai phối hợp với Trường Chính trị tỉnh tổ chức lớp bồi dưỡng kỹ năng, nghiệp vụ công tác đảng năm 2026 cho 260 bí thư chi bộ thôn, làng, tổ dân phố của 42 xã, phường khu vực phía Tây tỉnh (Gia Lai cũ). Đồng chí Rah Lan Thị Plương, Phó Trưởng Ban Tổ chức Tỉnh ủy, dự khai giảng.
Trong 4 ngày, học viên được PGS.TS. Hồ Văn Thông, giảng viên cao cấp Học viện Chính trị khu vực III, và ThS. Đinh Thị Hơ Rin, Trưởng khoa Xây dựng Đảng Trường Chính trị tỉnh, truyền đạt 8 chuyên đề: nâng cao chất lượng sinh hoạt chi bộ, quy trình kết nạp đảng viên, công tác kiểm tra của chi bộ, chuyển đổi số trong quản lý đảng viên... Lớp học có 176 học viên là người Jrai, Bahnar, chiếm khoảng 68%.
Theo đồng chí Rah Lan Thị Plương, sau hợp nhất với tỉnh Bình Định (cũ), Đảng bộ tỉnh Gia Lai có hơn 160.000 đảng viên ở 5.900 chi bộ thôn, làng, tổ dân phố; năm 2025 kết nạp 4.150 đảng viên mới. Lớp học triển khai Kế hoạch số 28-KH/TU ngày 12/2/2026 của Ban Thường vụ Tỉnh ủy và Hướng dẫn 05, 06-HD/BTCTU của Ban Tổ chức Tỉnh ủy về sinh hoạt chi bộ và về quản lý đảng viên trên phần mềm.
Bà Ksor H'Bleo, Bí thư Chi bộ làng Plei Ơi, xã Ia Hrú, chia sẻ: chi bộ mới có 9 đảng viên, trong đó 3 đảng viên mới kết nạp năm 2025; nhờ lớp học, chị biết cách ghi sổ nghị quyết và tổ chức sinh hoạt chuyên đề. Ông Đinh Văn Hyưch, Bí thư Chi bộ kiêm Trưởng làng Kon Sơ Lăng, xã Kbang, đề nghị có thêm tài liệu bằng tiếng Bahnar.
Bế giảng lớp học, ông Nguyễn Hữu Phước, Phó Hiệu trưởng Trường Chính trị tỉnh, cho biết 100% học viên đạt yêu cầu; mỗi học viên được hỗ trợ 150.000 đồng/ngày. Tổng kinh phí lớp học gần 420 triệu đồng. Dự kiến trong quý II/2026, trường mở tiếp 2 lớp cho khoảng 300 bí thư chi bộ khu vực phía Đông (Bình Định cũ).
Mỹ Dung
Lượt xem: 1.044
Tin khác
- Phường Quy Nhơn kết nạp 12 đảng viên là sinh viên (13/03/2026)
- Hội nghị trực tuyến học tập Nghị quyết Đại hội XIV của Đảng (05/03/2026)
- Trao Huy hiệu Đảng đợt 3/2 cho hơn 1.800 đảng viên (03/02/2026)
- Xã Ia Grai tổng kết công tác xây dựng Đảng năm 2025 (09/01/2026)
- Khai giảng lớp trung cấp lý luận chính trị cho cán bộ xã sau sắp xếp (22/12/2025)
- Làng Đê Kjiêng có chi bộ độc lập (08/12/2025)
- An Nhơn: kết nạp đảng viên là công nhân Khu công nghiệp Nhơn Hòa (25/11/2025)
- Gia Lai bồi dưỡng lý luận cho đảng viên mới bằng tiếng Jrai (10/11/2025)
Báo và Phát thanh, Truyền hình Gia Lai. Địa chỉ: 02 Hoàng Văn Thụ, phường Pleiku, tỉnh Gia Lai.
""", "2026-03-20", "Bồi dưỡng kỹ năng, nghiệp vụ cho 260 bí thư chi bộ thôn, làng",
E("tap_huan", "2026", "2026-03-16"),
[P("Rah Lan Thị Plương", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Hồ Văn Thông", "PGS.TS.", "giảng viên cao cấp Học viện Chính trị khu vực III"),
 P("Đinh Thị Hơ Rin", "ThS.", "Trưởng khoa Xây dựng Đảng Trường Chính trị tỉnh"),
 P("Ksor H'Bleo", "Bí thư Chi bộ làng Plei Ơi"),
 P("Đinh Văn Hyưch", "Bí thư Chi bộ kiêm Trưởng làng Kon Sơ Lăng"),
 P("Nguyễn Hữu Phước", "Phó Hiệu trưởng Trường Chính trị tỉnh")],
[Q("260 bí thư chi bộ thôn, làng, tổ dân phố", 260, "bí thư chi bộ thôn, làng, tổ dân phố"), Q("42 xã, phường", 42, "xã, phường"),
 Q("8 chuyên đề", 8, "chuyên đề"), Q("176 học viên", 176, "học viên"), Q("khoảng 68%", 68, "%", "approx"),
 Q("hơn 160.000 đảng viên", 160000, "đảng viên", "over"), Q("5.900 chi bộ thôn, làng, tổ dân phố", 5900, "chi bộ thôn, làng, tổ dân phố"),
 Q("4.150 đảng viên mới", 4150, "đảng viên mới"), Q("9 đảng viên", 9, "đảng viên"), Q("3 đảng viên mới", 3, "đảng viên mới"),
 Q("100%", 100, "%"), Q("150.000 đồng", 150000, "đồng"), Q("gần 420 triệu đồng", 420000000, "đồng", "approx"),
 Q("2 lớp", 2, "lớp"), Q("khoảng 300 bí thư chi bộ", 300, "bí thư chi bộ", "approx")],
[D("Kế hoạch", "28", "KH/TU", "2026-02-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 28-KH/TU ngày 12/2/2026"),
 D("Hướng dẫn", "05", "HD/BTCTU", None, "Ban Tổ chức Tỉnh ủy", "Hướng dẫn 05, 06-HD/BTCTU"),
 D("Hướng dẫn", "06", "HD/BTCTU", None, "Ban Tổ chức Tỉnh ủy", "Hướng dẫn 05, 06-HD/BTCTU")],
[prov("Gia Lai"), prov("Bình Định"), com("Ia Hrú"), com("Kbang")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Chính trị | Xây dựng Đảng | Bồi dưỡng lý luận",
 "Ảnh: Học viên thảo luận nhóm tại lớp bồi dưỡng.", "(GLO)", "Lượt xem: 1.044"],
["20/03/2026 - 11:10", "4 ngày", "năm 2026", "quý II/2026", "Lượt xem: 1.044"]))

PAGES.append(page("b3052-angiang-chandung-giangvien-khmer-2026", """
Báo và Phát thanh, Truyền hình An Giang
Xã hội › Gương sáng › Xây dựng Đảng
Thứ Ba, 14/04/2026
Ảnh: ThS. Chau Sóc Pha trong giờ giảng tại Trung tâm Chính trị. Ảnh: Hữu Huynh
Người thầy Khmer mang nghị quyết đến phum, sóc
Giữa các giờ lên lớp ở Trường Chính trị Tôn Đức Thắng, ThS. Chau Sóc Pha, giảng viên chính Khoa Lý luận cơ sở, vẫn dành những ngày cuối tuần về các xã vùng đồng bào Khmer ở Tri Tôn, Tịnh Biên cũ để giảng bài cho chi bộ ấp. Mười lăm năm đứng lớp, thầy đã giảng cho hơn 9.000 lượt học viên, phần lớn là đảng viên và quần chúng ưu tú người Khmer.
Sinh ra ở xã Ô Lâm, thầy Pha từng là sư ở chùa Soài Chek, hoàn tục năm 2006 rồi đi học đại học, được kết nạp vào Đảng năm 2009 khi đang là sinh viên. Năm 2019, thầy bảo vệ luận văn thạc sĩ về công tác phát triển đảng viên trong đồng bào Khmer. Với thầy, giảng nghị quyết cho bà con "phải nói bằng tiếng Khmer, lấy chuyện ruộng, chuyện chùa làm ví dụ".
Ông Néang Sóc Khum, Bí thư Chi bộ ấp Phước Lợi, xã Ba Chúc, kể: năm 2025 chi bộ kết nạp 5 đảng viên thì 3 người từng học lớp nhận thức về Đảng do thầy Pha giảng. TS. Lê Thị Bích Ngọc, Phó Hiệu trưởng Trường Chính trị Tôn Đức Thắng, cho biết trường có 86 giảng viên, trong đó 14 tiến sĩ và 65 thạc sĩ, nhưng chỉ 4 giảng viên giảng được bằng tiếng Khmer.
Sau khi An Giang hợp nhất với Kiên Giang, thầy Pha được phân công biên soạn tài liệu song ngữ theo Kế hoạch số 47-KH/TU của Ban Thường vụ Tỉnh ủy và Quyết định số 112-QĐ/TCT của Trường Chính trị; bộ tài liệu 6 chuyên đề in khoảng 2.500 cuốn, kinh phí hơn 190 triệu đồng, đã phát về các chi bộ ấp ở xã Tri Tôn, xã Vĩnh Điều và xã Hòn Đất.
Tháng 2/2026, thầy được Ban Thường vụ Tỉnh ủy tặng bằng khen là 1 trong 25 giảng viên lý luận chính trị tiêu biểu. Đồng chí Danh Minh Tâm, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, nhận xét: "Những người thầy như anh Pha là cầu nối để nghị quyết đi vào phum, sóc".
Hữu Huynh
Lượt xem: 728
Tin liên quan
- Khai giảng lớp trung cấp lý luận chính trị hệ không tập trung tại xã Tri Tôn (30/03/2026)
- Học tập Nghị quyết Đại hội XIV bằng tiếng Khmer (12/03/2026)
- Đảng bộ tỉnh An Giang kết nạp hơn 5.000 đảng viên năm 2025 (14/01/2026)
- Xã Ô Lâm: chi bộ ấp có sư hoàn tục làm bí thư (20/12/2025)
- Hội thi giảng viên dạy giỏi Trường Chính trị Tôn Đức Thắng (28/11/2025)
- Phú Quốc: bồi dưỡng nhận thức về Đảng cho công nhân ngành du lịch (06/11/2025)
- Ra mắt Trường Chính trị tỉnh An Giang sau hợp nhất (15/07/2025)
- Sư sãi Khmer đồng hành cùng chi bộ ấp (24/06/2025)
- Tri Tôn: 100% ấp có chi bộ độc lập (10/06/2025)
Số giấy phép: xx/GP-BVHTTDL. Tổng Biên tập: (đang cập nhật).
Báo và Phát thanh, Truyền hình An Giang. Địa chỉ: phường Long Xuyên, tỉnh An Giang. Ghi rõ nguồn khi phát hành lại.
""", "2026-04-14", "Người thầy Khmer mang nghị quyết đến phum, sóc",
E("khac", None, None),
[P("Chau Sóc Pha", "ThS.", "giảng viên chính Khoa Lý luận cơ sở"),
 P("Néang Sóc Khum", "Bí thư Chi bộ ấp Phước Lợi"),
 P("Lê Thị Bích Ngọc", "TS.", "Phó Hiệu trưởng Trường Chính trị Tôn Đức Thắng"),
 P("Danh Minh Tâm", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("hơn 9.000 lượt học viên", 9000, "lượt học viên", "over"), Q("5 đảng viên", 5, "đảng viên"), Q("3 người", 3, "người"),
 Q("86 giảng viên", 86, "giảng viên"), Q("14 tiến sĩ", 14, "tiến sĩ"), Q("65 thạc sĩ", 65, "thạc sĩ"), Q("4 giảng viên", 4, "giảng viên"),
 Q("6 chuyên đề", 6, "chuyên đề"), Q("khoảng 2.500 cuốn", 2500, "cuốn", "approx"), Q("hơn 190 triệu đồng", 190000000, "đồng", "over"),
 Q("25 giảng viên lý luận chính trị tiêu biểu", 25, "giảng viên lý luận chính trị tiêu biểu")],
[D("Kế hoạch", "47", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 47-KH/TU"),
 D("Quyết định", "112", "QĐ/TCT", None, "Trường Chính trị", "Quyết định số 112-QĐ/TCT")],
[prov("An Giang"), prov("Kiên Giang"), com("Ô Lâm"), com("Ba Chúc"), com("Tri Tôn"), com("Vĩnh Điều"), com("Hòn Đất")],
["Báo và Phát thanh, Truyền hình An Giang", "Xã hội › Gương sáng › Xây dựng Đảng",
 "Ảnh: ThS. Chau Sóc Pha trong giờ giảng tại Trung tâm Chính trị. Ảnh: Hữu Huynh", "Trường Chính trị Tôn Đức Thắng",
 "phải nói bằng tiếng Khmer, lấy chuyện ruộng, chuyện chùa làm ví dụ", "Lượt xem: 728"],
["Thứ Ba, 14/04/2026", "Mười lăm năm", "năm 2006", "năm 2009", "Năm 2019", "Tháng 2/2026", "1 trong 25", "Lượt xem: 728"]))
