from lib import *
PAGES = []

PAGES.append(page("b4439-dongnai-mttqphuong-tongket-2024", """
PHƯỜNG TÂN PHONG - THÀNH PHỐ BIÊN HÒA
Trang chủ / Mặt trận - Đoàn thể / Hoạt động
27 tháng 12, 2024 | 17:45
Ủy ban MTTQ phường Tân Phong tổng kết công tác Mặt trận năm 2024
Sáng 26/12/2024, Ủy ban MTTQ Việt Nam phường Tân Phong (thành phố Biên Hòa, tỉnh Đồng Nai) tổ chức hội nghị tổng kết công tác Mặt trận năm 2024, triển khai chương trình phối hợp và thống nhất hành động năm 2025. Dự hội nghị có đồng chí Phạm Thị Ngọc Dung, Thành ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam thành phố Biên Hòa; đồng chí Trương Minh Đức, Bí thư Đảng ủy phường và 112 đại biểu.
Ảnh: Đồng chí Phạm Thị Ngọc Dung trao giấy khen cho các tập thể.
Báo cáo số 102/BC-MTTQ-BTT ngày 23/12/2024 của Ban Thường trực Ủy ban MTTQ phường cho biết: năm 2024, Mặt trận và các tổ chức thành viên đã triển khai Kế hoạch số 246-KH/TU của Tỉnh ủy và Chỉ thị 34, 35-CT/TU của Ban Thường vụ Tỉnh ủy; tổ chức 38 hội nghị tuyên truyền về Luật Đất đai, Luật Nhà ở với trên 4.500 lượt người dự.
Hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", Mặt trận phường vận động 1,86 tỷ đồng, xây mới 11 căn nhà Đại đoàn kết, mỗi căn 80 triệu đồng, sửa chữa 7 căn (mỗi căn 40 triệu đồng). Quỹ "Vì người nghèo" phường vận động 412,6 triệu đồng; tặng 1.250 phần quà Tết cho hộ nghèo, công nhân lao động khó khăn, tổng trị giá khoảng 625 triệu đồng. Ủng hộ đồng bào các tỉnh phía Bắc bị thiệt hại do bão số 3 (Yagi) 318 triệu đồng.
Toàn phường có 8.964/9.210 hộ đạt gia đình văn hóa (97,3%); 52/52 khu phố đạt khu dân cư văn hóa; 46 tổ hòa giải hòa giải thành 87/95 vụ việc. Ban Thường trực chủ trì 3 cuộc giám sát theo Quyết định 217-QĐ/TW, tổ chức 2 hội nghị phản biện xã hội; tham gia tiếp xúc cử tri 4 đợt, tổng hợp 56 ý kiến, kiến nghị.
Báo cáo chỉ ra hạn chế: ở 5 khu phố có đông công nhân thuê trọ, việc nắm tình hình chưa kịp thời; hoạt động của một số Ban công tác Mặt trận khu phố còn phụ thuộc vào trưởng ban.
Năm 2025, Mặt trận phường phấn đấu vận động khoảng 2 tỷ đồng cho công tác an sinh; tập trung chuẩn bị Đại hội Đảng bộ phường nhiệm kỳ 2025 - 2030 và thực hiện Nghị quyết số 18-NQ/TW về sắp xếp tổ chức bộ máy.
Phát biểu tại hội nghị, đồng chí Trương Minh Đức đề nghị Mặt trận tiếp tục phát huy vai trò giám sát. Các đồng chí Phó Chủ tịch Ủy ban MTTQ phường: Lê Thị Kim Phượng, Nguyễn Văn Sang, Đỗ Thành Nhân nhận nhiệm vụ phụ trách các cụm khu phố. Ông Huỳnh Tấn Lộc, Trưởng Ban công tác Mặt trận khu phố 9, được tặng Bằng khen của Ủy ban MTTQ tỉnh.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Vũ Thị Thanh Xuân
Lượt xem: 2.406
Tin khác
- Tân Phong bàn giao nhà Đại đoàn kết khu phố 4 (12/12/2024)
- Ngày hội Đại đoàn kết toàn dân tộc khu phố 9 (18/11/2024)
""", "2024-12-27", "Ủy ban MTTQ phường Tân Phong tổng kết công tác Mặt trận năm 2024",
E("tong_ket", "2024", "2024-12-26"),
[P("Phạm Thị Ngọc Dung", "Thành ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố Biên Hòa"),
 P("Trương Minh Đức", "Bí thư Đảng ủy phường"),
 P("Lê Thị Kim Phượng", "Phó Chủ tịch Ủy ban MTTQ phường"), P("Nguyễn Văn Sang", "Phó Chủ tịch Ủy ban MTTQ phường"),
 P("Đỗ Thành Nhân", "Phó Chủ tịch Ủy ban MTTQ phường"),
 P("Huỳnh Tấn Lộc", "Trưởng Ban công tác Mặt trận khu phố 9"),
 P("Vũ Thị Thanh Xuân", "CHỦ TỊCH")],
[Q("112 đại biểu", 112, "đại biểu"), Q("38 hội nghị tuyên truyền", 38, "hội nghị tuyên truyền"), Q("trên 4.500 lượt người", 4500, "lượt người", "over"),
 Q("1,86 tỷ đồng", 1860000000, "đồng"), Q("11 căn nhà Đại đoàn kết", 11, "căn nhà Đại đoàn kết"), Q("80 triệu đồng", 80000000, "đồng"),
 Q("7 căn", 7, "căn"), Q("40 triệu đồng", 40000000, "đồng"), Q("412,6 triệu đồng", 412600000, "đồng"), Q("1.250 phần quà", 1250, "phần quà"),
 Q("khoảng 625 triệu đồng", 625000000, "đồng", "approx"), Q("318 triệu đồng", 318000000, "đồng"), Q("8.964/9.210 hộ", 8964, "hộ"),
 Q("97,3%", 97.3, "%"), Q("52/52 khu phố", 52, "khu phố"), Q("46 tổ hòa giải", 46, "tổ hòa giải"), Q("87/95 vụ việc", 87, "vụ việc"),
 Q("3 cuộc giám sát", 3, "cuộc giám sát"), Q("2 hội nghị phản biện xã hội", 2, "hội nghị phản biện xã hội"), Q("4 đợt", 4, "đợt"),
 Q("56 ý kiến, kiến nghị", 56, "ý kiến, kiến nghị"), Q("5 khu phố", 5, "khu phố"), Q("khoảng 2 tỷ đồng", 2000000000, "đồng", "approx")],
[D("Báo cáo", "102", "BC-MTTQ-BTT", "2024-12-23", "Ban Thường trực Ủy ban MTTQ phường", "Báo cáo số 102/BC-MTTQ-BTT"),
 D("Kế hoạch", "246", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 246-KH/TU"),
 D("Chỉ thị", "34", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 34, 35-CT/TU"),
 D("Chỉ thị", "35", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 34, 35-CT/TU"),
 D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định 217-QĐ/TW"),
 D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết số 18-NQ/TW")],
[prov("Đồng Nai"), com("Tân Phong")],
["PHƯỜNG TÂN PHONG - THÀNH PHỐ BIÊN HÒA", "Trang chủ / Mặt trận - Đoàn thể / Hoạt động",
 "Ảnh: Đồng chí Phạm Thị Ngọc Dung trao giấy khen cho các tập thể.", "TM. BAN THƯỜNG TRỰC", "Cả nước chung tay xóa nhà tạm, nhà dột nát",
 "Vì người nghèo", "Luật Đất đai", "Luật Nhà ở"],
["Lượt xem: 2.406", "năm 2024", "năm 2025", "Năm 2025", "bão số 3", "nhiệm kỳ 2025 - 2030", "khu phố 9", "27 tháng 12, 2024 | 17:45"]))

PAGES.append(page("b4440-quangninh-dangu-soket-2025", """
ĐẢNG BỘ XÃ ĐỒNG VĂN - HUYỆN BÌNH LIÊU - TỈNH QUẢNG NINH
Trang chủ | Tin tức | Xây dựng Đảng | Dân vận
Thứ Sáu, 20/06/2025, 08:05
Đảng ủy xã Đồng Văn: 6 tháng đầu năm 2025 vận động nhân dân hiến 5.400 m2 đất
Ngày 18/6/2025, Đảng ủy xã Đồng Văn (huyện Bình Liêu, tỉnh Quảng Ninh) sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025 - hội nghị cuối cùng trước khi xã Đồng Văn được sắp xếp với xã Hoành Mô và Lục Hồn từ ngày 01/7/2025. Trang tin đăng toàn văn báo cáo.
ĐẢNG BỘ HUYỆN BÌNH LIÊU
ĐẢNG ỦY XÃ ĐỒNG VĂN
Số 188-BC/ĐU
Đồng Văn, ngày 16 tháng 6 năm 2025
BÁO CÁO
Kết quả công tác dân vận 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2025
(Báo cáo số 188-BC/ĐU ngày 16/6/2025 của Ban Chấp hành Đảng bộ xã)
I. KẾT QUẢ
1. Đảng ủy ban hành Kế hoạch số 71-KH/ĐU thực hiện Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy và Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương; tổ chức lấy ý kiến cử tri về chủ trương sắp xếp đơn vị hành chính cấp xã với 1.046/1.081 cử tri đồng ý, đạt 96,8%.
2. Nhân dân đồng bào Dao, Tày, Sán Chỉ hiến 5.400 m2 đất, đóng góp 2.900 ngày công làm 3,6 km đường vào các khu sản xuất; 7/7 thôn ký cam kết không trồng, tái trồng cây có chất gây nghiện. Ban công tác Mặt trận các thôn vận động 214 hộ tham gia trồng 168 ha quế, hồi.
3. Thực hiện Chương trình "Xóa nhà tạm, nhà dột nát", xã hoàn thành 23 căn nhà cho hộ nghèo, hộ khó khăn với tổng kinh phí 1,38 tỷ đồng, trong đó ngân sách hỗ trợ 60 triệu đồng/căn; vận động 1.500 ngày công giúp các hộ làm nhà.
4. Hòa giải thành 6/7 vụ việc; không có đơn thư vượt cấp. Tổ chức 2 buổi đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND xã với 87 hộ dân về bồi thường đường tuần tra biên giới.
II. HẠN CHẾ
Một số cán bộ thôn lo lắng về việc làm sau sắp xếp; còn 18 hộ nghèo (3,4%); 3 trường hợp xuất cảnh trái phép sang Trung Quốc làm thuê.
III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Tập trung vận động nhân dân đồng thuận khi xã mới đi vào hoạt động; giữ ổn định tư tưởng của 146 cán bộ, công chức, người hoạt động không chuyên trách; chuẩn bị Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030.
Tại hội nghị, đồng chí Voòng Thị Mai, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; đồng chí Lỷ A Sáng, Chủ tịch UBND xã và đồng chí Chíu Thị Liên, Chủ tịch Ủy ban MTTQ xã đã phát biểu. Ông Tằng A Phẩu, người có uy tín thôn Khe Tiền, cam kết vận động bà con đồng thuận. Dự hội nghị có đồng chí Hoàng Văn Tiến, Phó Trưởng Ban Dân vận Huyện ủy Bình Liêu.
T/M ĐẢNG ỦY
BÍ THƯ
Triệu Văn Hoàng
Lượt xem: 876
Tin liên quan
- Bình Liêu công bố nghị quyết sắp xếp đơn vị hành chính cấp xã (14/6/2025)
- Xã Đồng Văn trao 10 căn nhà cho hộ nghèo (30/5/2025)
""", "2025-06-20", "Đảng ủy xã Đồng Văn: 6 tháng đầu năm 2025 vận động nhân dân hiến 5.400 m2 đất",
E("so_ket", "2025-H1", "2025-06-18"),
[P("Voòng Thị Mai", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lỷ A Sáng", "Chủ tịch UBND xã"), P("Chíu Thị Liên", "Chủ tịch Ủy ban MTTQ xã"),
 P("Tằng A Phẩu", "người có uy tín thôn Khe Tiền"),
 P("Hoàng Văn Tiến", "Phó Trưởng Ban Dân vận Huyện ủy Bình Liêu"),
 P("Triệu Văn Hoàng", "BÍ THƯ")],
[Q("5.400 m2", 5400, "m2"), Q("1.046/1.081 cử tri", 1046, "cử tri"), Q("96,8%", 96.8, "%"), Q("2.900 ngày công", 2900, "ngày công"),
 Q("3,6 km", 3.6, "km"), Q("7/7 thôn", 7, "thôn"), Q("214 hộ", 214, "hộ"), Q("168 ha", 168, "ha"), Q("23 căn nhà", 23, "căn nhà"),
 Q("1,38 tỷ đồng", 1380000000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"), Q("1.500 ngày công", 1500, "ngày công"),
 Q("6/7 vụ việc", 6, "vụ việc"), Q("2 buổi đối thoại", 2, "buổi đối thoại"), Q("87 hộ dân", 87, "hộ dân"), Q("18 hộ nghèo", 18, "hộ nghèo"),
 Q("3,4%", 3.4, "%"), Q("3 trường hợp", 3, "trường hợp"), Q("146 cán bộ, công chức, người hoạt động không chuyên trách", 146, "cán bộ, công chức, người hoạt động không chuyên trách")],
[D("Báo cáo", "188", "BC/ĐU", "2025-06-16", "Ban Chấp hành Đảng bộ xã", "Báo cáo số 188-BC/ĐU"),
 D("Kế hoạch", "71", "KH/ĐU", None, "Đảng ủy", "Kế hoạch số 71-KH/ĐU"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương", "Nghị quyết số 60-NQ/TW")],
[prov("Quảng Ninh"), com("Đồng Văn"), com("Hoành Mô"), com("Lục Hồn")],
["ĐẢNG BỘ XÃ ĐỒNG VĂN - HUYỆN BÌNH LIÊU - TỈNH QUẢNG NINH", "Trang chủ | Tin tức | Xây dựng Đảng | Dân vận", "T/M ĐẢNG ỦY",
 "Xóa nhà tạm, nhà dột nát"],
["Lượt xem: 876", "6 tháng đầu năm 2025", "6 tháng cuối năm 2025", "ngày 01/7/2025", "nhiệm kỳ 2025 - 2030", "60 triệu đồng/căn"]))

PAGES.append(page("b4441-tuyenquang-mttqxa-quy3-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG
Trang chủ › Mặt trận Tổ quốc › Văn bản
Cập nhật: 09:30, 08/10/2025 (GMT+7)
Báo cáo kết quả công tác Mặt trận quý III và nhiệm vụ trọng tâm quý IV năm 2025
Ban Thường trực Ủy ban MTTQ Việt Nam xã Mèo Vạc (tỉnh Tuyên Quang) đã ban hành Báo cáo số 27/BC-MTTQ-BTT ngày 06/10/2025 về kết quả công tác Mặt trận quý III - quý đầu tiên Ủy ban MTTQ xã mới hoạt động theo mô hình chính quyền địa phương 2 cấp, sau khi các tổ chức chính trị - xã hội trực thuộc Mặt trận.
ỦY BAN MTTQ VIỆT NAM XÃ MÈO VẠC
BAN THƯỜNG TRỰC
Số: 27/BC-MTTQ-BTT
Mèo Vạc, ngày 06 tháng 10 năm 2025
BÁO CÁO
Kết quả công tác Mặt trận quý III, nhiệm vụ trọng tâm quý IV năm 2025
1. Công tác kiện toàn tổ chức
Thực hiện Quyết định số 12-QĐ/ĐU ngày 01/7/2025 của Ban Thường vụ Đảng ủy xã, Ủy ban MTTQ xã khóa I có 57 ủy viên; Ban Thường trực có 5 đồng chí. Các đồng chí Phó Chủ tịch Ủy ban MTTQ xã: Sùng Mí Chá, Vàng Thị Dính, Ly Mí Sử đồng thời là người đứng đầu Hội Nông dân, Hội LHPN, Đoàn Thanh niên xã. 45/45 Ban công tác Mặt trận thôn, tổ dân phố được kiện toàn.
2. Tuyên truyền, vận động
Tổ chức 31 buổi tuyên truyền về Nghị quyết số 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh và Luật Mặt trận Tổ quốc Việt Nam sửa đổi; khoảng 4.200 lượt người tham dự, trong đó trên 85% là đồng bào Mông, Lô Lô.
3. An sinh xã hội
Hưởng ứng Chương trình "Cả nước chung tay xóa nhà tạm, nhà dột nát", hoàn thành 64 căn nhà, mỗi căn được hỗ trợ 60 triệu đồng; tiếp nhận 1.200 suất quà Trung thu trị giá 180 triệu đồng cho trẻ em nghèo. Sau bão số 10, Mặt trận xã vận động 76,5 triệu đồng hỗ trợ 19 hộ bị sạt lở, tốc mái.
4. Giám sát, phản biện
Giám sát việc chi trả trợ cấp cho 312 người có công và đối tượng bảo trợ xã hội; tiếp nhận 26 ý kiến, kiến nghị qua hội nghị tiếp xúc cử tri với đại biểu HĐND tỉnh.
5. Hạn chế
Trụ sở làm việc chật, cán bộ phải đi lại xa; 8 thôn chưa có sóng điện thoại ổn định.
6. Nhiệm vụ quý IV
Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 45 thôn, tổ dân phố; phấn đấu vận động ít nhất 150 triệu đồng Quỹ "Vì người nghèo"; thực hiện Kế hoạch số 05-KH/ĐU của Đảng ủy xã.
Tại buổi làm việc ngày 03/10/2025, đồng chí Giàng Thị Pà, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã; đồng chí Lầu Văn Dình, Phó Bí thư Đảng ủy, Chủ tịch UBND xã cùng Ban Thường trực thống nhất báo cáo. Ông Cháng Mí Sình, người có uy tín thôn Pả Vi Thượng, đề nghị sớm sửa đường bị sạt lở.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Giàng Thị Pà
Lượt xem: 301
Tin liên quan
- Xã Mèo Vạc ra mắt Ủy ban MTTQ xã khóa I (02/7/2025)
- Trao 64 căn nhà cho hộ nghèo (15/9/2025)
""", "2025-10-08", "Báo cáo kết quả công tác Mặt trận quý III và nhiệm vụ trọng tâm quý IV năm 2025",
E("bao_cao", "2025-Q3", "2025-10-06"),
[P("Sùng Mí Chá", "Phó Chủ tịch Ủy ban MTTQ xã"), P("Vàng Thị Dính", "Phó Chủ tịch Ủy ban MTTQ xã"), P("Ly Mí Sử", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Giàng Thị Pà", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã", "CHỦ TỊCH"),
 P("Lầu Văn Dình", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Cháng Mí Sình", "người có uy tín thôn Pả Vi Thượng")],
[Q("57 ủy viên", 57, "ủy viên"), Q("5 đồng chí", 5, "đồng chí"), Q("45/45 Ban công tác Mặt trận thôn, tổ dân phố", 45, "Ban công tác Mặt trận thôn, tổ dân phố"),
 Q("31 buổi tuyên truyền", 31, "buổi tuyên truyền"), Q("khoảng 4.200 lượt người", 4200, "lượt người", "approx"), Q("trên 85%", 85, "%", "over"),
 Q("64 căn nhà", 64, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng"), Q("1.200 suất quà", 1200, "suất quà"), Q("180 triệu đồng", 180000000, "đồng"),
 Q("76,5 triệu đồng", 76500000, "đồng"), Q("19 hộ", 19, "hộ"), Q("312 người có công và đối tượng bảo trợ xã hội", 312, "người có công và đối tượng bảo trợ xã hội"),
 Q("26 ý kiến, kiến nghị", 26, "ý kiến, kiến nghị"), Q("8 thôn", 8, "thôn"), Q("45 thôn, tổ dân phố", 45, "thôn, tổ dân phố"),
 Q("ít nhất 150 triệu đồng", 150000000, "đồng", "over")],
[D("Báo cáo", "27", "BC-MTTQ-BTT", "2025-10-06", "Ban Thường trực Ủy ban MTTQ Việt Nam xã Mèo Vạc", "Báo cáo số 27/BC-MTTQ-BTT"),
 D("Quyết định", "12", "QĐ/ĐU", "2025-07-01", "Ban Thường vụ Đảng ủy xã", "Quyết định số 12-QĐ/ĐU"),
 D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Kế hoạch", "05", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 05-KH/ĐU")],
[prov("Tuyên Quang"), com("Mèo Vạc")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG", "Trang chủ › Mặt trận Tổ quốc › Văn bản", "TM. BAN THƯỜNG TRỰC",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc", "Luật Mặt trận Tổ quốc Việt Nam sửa đổi"],
["Lượt xem: 301", "quý III", "quý IV năm 2025", "bão số 10", "khóa I", "chính quyền địa phương 2 cấp", "5 đồng chí"]))

PAGES.append(page("b4442-vinhlong-dangu-tongket-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TẬP SƠN - TỈNH VĨNH LONG
Trang chủ >> Tin tức - Sự kiện >> Xây dựng Đảng
Ngày 26/12/2025 | 14:30
Ảnh: Toàn cảnh hội nghị.
Xã Tập Sơn: 100% ấp có mô hình "Dân vận khéo" trong đồng bào Khmer
Chiều 24/12/2025, Ban Thường vụ Đảng ủy xã Tập Sơn (tỉnh Vĩnh Long) tổ chức hội nghị tổng kết công tác dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Thạch Sô Phia, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì. Dự hội nghị có đồng chí Kim Thị Sa Vân, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long. Báo cáo số 24-BC/ĐU ngày 22/12/2025 của Ban Chấp hành Đảng bộ xã được trình bày tại hội nghị.
ĐẢNG BỘ TỈNH VĨNH LONG
ĐẢNG ỦY XÃ TẬP SƠN
Số 24-BC/ĐU
Tập Sơn, ngày 22 tháng 12 năm 2025
BÁO CÁO
Tổng kết công tác dân vận năm 2025, phương hướng nhiệm vụ năm 2026
I. ĐẶC ĐIỂM
Xã Tập Sơn (mới) được thành lập từ ngày 01/7/2025 trên cơ sở sắp xếp các xã Tập Sơn, An Quảng Hữu và Tân Sơn cũ; có 26 ấp, 9.412 hộ, đồng bào Khmer chiếm 61,4%; 12 chùa Phật giáo Nam tông Khmer với 286 vị sư sãi.
II. KẾT QUẢ
1. Ban Thường vụ Đảng ủy ban hành Nghị quyết chuyên đề số 03-NQ/ĐU về công tác dân vận trong đồng bào dân tộc thiểu số và Kế hoạch số 14-KH/ĐU, 15-KH/ĐU thực hiện Quyết định số 23-QĐ/TW của Bộ Chính trị và Kết luận 120-KL/TW; chỉ đạo Ủy ban MTTQ xã tổ chức 52 cuộc tuyên truyền Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030.
2. 26/26 ấp có mô hình "Dân vận khéo", trong đó 8 mô hình tiêu biểu được Ban Tuyên giáo và Dân vận Tỉnh ủy khen thưởng; nhân dân đóng góp 2,46 tỷ đồng, hiến 7.800 m2 đất làm 12 km đường nông thôn, 5 cây cầu. Hoàn thành 48 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Khmer, mỗi căn 60 triệu đồng.
3. Dịp Tết Chôl Chnăm Thmây và lễ Sen Dolta, Ban Thường vụ Đảng ủy thăm, tặng quà 12 chùa và 47 người có uy tín, mỗi suất 1 triệu đồng. Tổ chức 3 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân; tiếp nhận 38 ý kiến, đã giải quyết 35 ý kiến.
III. HẠN CHẾ
Còn 214 hộ nghèo (2,27%) và 318 hộ cận nghèo; khoảng 1.300 lao động đi làm ăn xa nên việc nắm tình hình còn khó khăn; 2 vụ tranh chấp đất đai kéo dài ở ấp Cây Gòn.
IV. PHƯƠNG HƯỚNG NĂM 2026
Tuyên truyền, vận động cử tri tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; phấn đấu giảm ít nhất 50 hộ nghèo; xây dựng thêm 10 mô hình "Dân vận khéo".
Phát biểu tại hội nghị, Đại đức Thạch Sang, Trụ trì chùa Ông Mẹt, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, đề nghị duy trì 14 lớp dạy chữ Khmer hè. Các đồng chí Phó Bí thư Đảng ủy xã Sơn Thị Ngọc Hà, Lâm Văn Tùng cùng ông Danh Sơ Phây, người có uy tín ấp Ô Rồm, đóng góp ý kiến.
T/M BAN THƯỜNG VỤ
BÍ THƯ
Thạch Sô Phia
Lượt xem: 1.128
Tin khác
- Tập Sơn tổ chức Ngày hội Đại đoàn kết toàn dân tộc ấp Ô Rồm (15/11/2025)
- Xã Tập Sơn trao 20 căn nhà Đại đoàn kết (30/10/2025)
""", "2025-12-26", "Xã Tập Sơn: 100% ấp có mô hình \"Dân vận khéo\" trong đồng bào Khmer",
E("tong_ket", "2025", "2025-12-24"),
[P("Thạch Sô Phia", "Bí thư Đảng ủy", "Chủ tịch HĐND xã", "BÍ THƯ"),
 P("Kim Thị Sa Vân", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long"),
 P("Thạch Sang", "Đại đức", "Trụ trì chùa Ông Mẹt", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Sơn Thị Ngọc Hà", "Phó Bí thư Đảng ủy xã"), P("Lâm Văn Tùng", "Phó Bí thư Đảng ủy xã"),
 P("Danh Sơ Phây", "người có uy tín ấp Ô Rồm")],
[Q("100% ấp", 100, "%"), Q("26 ấp", 26, "ấp"), Q("9.412 hộ", 9412, "hộ"), Q("61,4%", 61.4, "%"),
 Q("12 chùa Phật giáo Nam tông Khmer", 12, "chùa Phật giáo Nam tông Khmer"), Q("286 vị sư sãi", 286, "vị sư sãi"),
 Q("52 cuộc tuyên truyền", 52, "cuộc tuyên truyền"), Q("26/26 ấp", 26, "ấp"), Q("8 mô hình tiêu biểu", 8, "mô hình tiêu biểu"),
 Q("2,46 tỷ đồng", 2460000000, "đồng"), Q("7.800 m2", 7800, "m2"), Q("12 km", 12, "km"), Q("5 cây cầu", 5, "cây cầu"),
 Q("48 căn nhà Đại đoàn kết", 48, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"), Q("12 chùa", 12, "chùa"),
 Q("47 người có uy tín", 47, "người có uy tín"), Q("1 triệu đồng", 1000000, "đồng"), Q("3 hội nghị đối thoại", 3, "hội nghị đối thoại"),
 Q("38 ý kiến", 38, "ý kiến"), Q("35 ý kiến", 35, "ý kiến"), Q("214 hộ nghèo", 214, "hộ nghèo"), Q("2,27%", 2.27, "%"),
 Q("318 hộ cận nghèo", 318, "hộ cận nghèo"), Q("khoảng 1.300 lao động", 1300, "lao động", "approx"),
 Q("2 vụ tranh chấp đất đai", 2, "vụ tranh chấp đất đai"), Q("ít nhất 50 hộ nghèo", 50, "hộ nghèo", "over"), Q("10 mô hình", 10, "mô hình"),
 Q("14 lớp dạy chữ Khmer hè", 14, "lớp dạy chữ Khmer hè")],
[D("Báo cáo", "24", "BC/ĐU", "2025-12-22", "Ban Chấp hành Đảng bộ xã", "Báo cáo số 24-BC/ĐU"),
 D("Nghị quyết", "03", "NQ/ĐU", None, "Ban Thường vụ Đảng ủy", "Nghị quyết chuyên đề số 03-NQ/ĐU"),
 D("Kế hoạch", "14", "KH/ĐU", None, "Ban Thường vụ Đảng ủy", "Kế hoạch số 14-KH/ĐU, 15-KH/ĐU"),
 D("Kế hoạch", "15", "KH/ĐU", None, "Ban Thường vụ Đảng ủy", "Kế hoạch số 14-KH/ĐU, 15-KH/ĐU"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW"),
 D("Kết luận", "120", "KL/TW", None, None, "Kết luận 120-KL/TW")],
[prov("Vĩnh Long"), com("Tập Sơn"), com("An Quảng Hữu"), com("Tân Sơn")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TẬP SƠN - TỈNH VĨNH LONG", "Trang chủ >> Tin tức - Sự kiện >> Xây dựng Đảng", "Ảnh: Toàn cảnh hội nghị.",
 "T/M BAN THƯỜNG VỤ", "Dân vận khéo", "Chôl Chnăm Thmây", "Sen Dolta", "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["Lượt xem: 1.128", "năm 2025", "năm 2026", "NĂM 2026", "lần thứ I", "nhiệm kỳ 2025 - 2030", "khóa XVI", "nhiệm kỳ 2026 - 2031", "ngày 01/7/2025"]))

PAGES.append(page("b4443-lamdong-mttqphuong-thang3-2026", """
PHƯỜNG BẮC GIA NGHĨA - TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức | Mặt trận - Đoàn thể | Văn bản
Thứ Ba, 07/04/2026 - 10:20
Báo cáo kết quả công tác Mặt trận tháng 3 năm 2026: 100% khu vực bỏ phiếu hoàn thành bầu cử an toàn
Ban Thường trực Ủy ban MTTQ Việt Nam phường Bắc Gia Nghĩa (tỉnh Lâm Đồng) đã có Báo cáo số 19/BC-MTTQ ngày 03/4/2026 về kết quả công tác Mặt trận tháng 3 và chương trình công tác tháng 4 năm 2026. Trang thông tin đăng nội dung báo cáo.
ỦY BAN MTTQ VIỆT NAM PHƯỜNG BẮC GIA NGHĨA
Số: 19/BC-MTTQ
Bắc Gia Nghĩa, ngày 03 tháng 4 năm 2026
BÁO CÁO
Kết quả công tác Mặt trận tháng 3, chương trình công tác tháng 4 năm 2026
1. Công tác bầu cử
Phối hợp tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 ngày 15/3/2026; 100% khu vực bỏ phiếu hoàn thành bầu cử an toàn, tỷ lệ cử tri đi bầu đạt 99,46%. Trước ngày bầu cử, Ban Thường trực phối hợp tổ chức 6 hội nghị tiếp xúc cử tri cho 28 người ứng cử đại biểu HĐND phường với khoảng 1.800 lượt cử tri tham dự.
2. Công tác an sinh
Trao 96 phần quà cho hộ nghèo, hộ đồng bào Mnông khó khăn, mỗi phần trị giá 500.000 đồng; khởi công 4 căn nhà Đại đoàn kết cho hộ nghèo tổ dân phố 3, bon Đắk R'moan; 135 đoàn viên, hội viên tham gia Tháng Thanh niên với 2.400 ngày công.
3. Giám sát
Giám sát việc thực hiện Nghị quyết số 57-NQ/TW, Nghị quyết số 66-NQ/TW của Bộ Chính trị tại bộ phận một cửa phường; phát hiện 7 hồ sơ trễ hạn, đã kiến nghị khắc phục. Tiếp nhận 11 đơn thư, chuyển cơ quan có thẩm quyền 9 đơn.
4. Ý kiến các đại biểu
Tại hội nghị Ủy ban MTTQ phường mở rộng ngày 01/4, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam phường: Điểu Thị Hương, Trần Quốc Việt báo cáo tình hình các khu dân cư. Đồng chí Hoàng Văn Minh, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch Thường trực HĐND phường đề nghị Mặt trận giám sát việc tiếp xúc cử tri sau kỳ họp thứ nhất. Ông Y Dong, người có uy tín bon Đắk R'moan, phản ánh 26 hộ chưa có đất sản xuất.
Bà Nguyễn Thị Thu, Trưởng Ban công tác Mặt trận tổ dân phố 5, cho biết tổ đã vận động 18 hộ kinh doanh ký cam kết không lấn chiếm vỉa hè; đồng chí Điểu Khanh, Bí thư Chi bộ bon Đắk R'moan, đề nghị hỗ trợ 2 căn nhà sinh hoạt cộng đồng.
5. Hạn chế
Một số tổ dân phố chưa báo cáo kịp thời; kinh phí hoạt động của 22 Ban công tác Mặt trận còn khó khăn.
6. Chương trình tháng 4
Triển khai Kế hoạch số 32-KH/ĐU của Đảng ủy phường về Tháng hành động vì an toàn thực phẩm; vận động ít nhất 100 triệu đồng cho Quỹ "Vì người nghèo" năm 2026.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
H'Bin Nie
Lượt xem: 455
Tin liên quan
- Phường Bắc Gia Nghĩa: 99,46% cử tri đi bầu (16/3/2026)
- Tiếp xúc cử tri với người ứng cử đại biểu HĐND tỉnh (05/3/2026)
""", "2026-04-07", "Báo cáo kết quả công tác Mặt trận tháng 3 năm 2026: 100% khu vực bỏ phiếu hoàn thành bầu cử an toàn",
E("bao_cao", "2026-03", "2026-04-03"),
[P("Điểu Thị Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"), P("Trần Quốc Việt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Hoàng Văn Minh", "Ủy viên Ban Thường vụ Đảng ủy", "Phó Chủ tịch Thường trực HĐND phường"),
 P("Y Dong", "người có uy tín bon Đắk R'moan"),
 P("H'Bin Nie", "CHỦ TỊCH"),
 P("Nguyễn Thị Thu", "Trưởng Ban công tác Mặt trận tổ dân phố 5"),
 P("Điểu Khanh", "Bí thư Chi bộ bon Đắk R'moan")],
[Q("100% khu vực bỏ phiếu", 100, "%"), Q("99,46%", 99.46, "%"), Q("6 hội nghị tiếp xúc cử tri", 6, "hội nghị tiếp xúc cử tri"),
 Q("28 người ứng cử", 28, "người ứng cử"), Q("khoảng 1.800 lượt cử tri", 1800, "lượt cử tri", "approx"), Q("96 phần quà", 96, "phần quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("4 căn nhà Đại đoàn kết", 4, "căn nhà Đại đoàn kết"), Q("135 đoàn viên, hội viên", 135, "đoàn viên, hội viên"),
 Q("2.400 ngày công", 2400, "ngày công"), Q("7 hồ sơ", 7, "hồ sơ"), Q("11 đơn thư", 11, "đơn thư"), Q("9 đơn", 9, "đơn"), Q("26 hộ", 26, "hộ"), Q("18 hộ kinh doanh", 18, "hộ kinh doanh"), Q("2 căn nhà sinh hoạt cộng đồng", 2, "căn nhà sinh hoạt cộng đồng"),
 Q("22 Ban công tác Mặt trận", 22, "Ban công tác Mặt trận"), Q("ít nhất 100 triệu đồng", 100000000, "đồng", "over")],
[D("Báo cáo", "19", "BC-MTTQ", "2026-04-03", "Ban Thường trực Ủy ban MTTQ Việt Nam phường Bắc Gia Nghĩa", "Báo cáo số 19/BC-MTTQ"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW"),
 D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 66-NQ/TW"),
 D("Kế hoạch", "32", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 32-KH/ĐU")],
[prov("Lâm Đồng"), com("Bắc Gia Nghĩa")],
["PHƯỜNG BẮC GIA NGHĨA - TỈNH LÂM ĐỒNG", "Trang chủ | Giới thiệu | Tin tức | Mặt trận - Đoàn thể | Văn bản", "TM. BAN THƯỜNG TRỰC",
 "Tháng Thanh niên", "Tháng hành động vì an toàn thực phẩm", "Vì người nghèo"],
["Lượt xem: 455", "tháng 3", "tháng 4 năm 2026", "khóa XVI", "nhiệm kỳ 2026 - 2031", "kỳ họp thứ nhất", "tổ dân phố 3", "tổ dân phố 5", "ngày 15/3/2026", "năm 2026"]))

PAGES.append(page("b4444-khanhhoa-mttqxa-quy1-2026", """
Trang thông tin điện tử xã Phước Hà - Tỉnh Khánh Hòa
Trang chủ » Tin tức » Mặt trận Tổ quốc
Ngày đăng: 16/04/2026 - 15:45
Mặt trận xã Phước Hà báo cáo kết quả quý I năm 2026
(PH) - Ngày 14/4/2026, Ban Thường trực Ủy ban MTTQ Việt Nam xã Phước Hà ban hành Báo cáo số 11/BC-MTTQ-BTT về kết quả công tác Mặt trận quý I, nhiệm vụ trọng tâm quý II năm 2026, gửi Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa và Đảng ủy, HĐND, UBND xã.
Ảnh: Cán bộ Mặt trận xã thăm hỏi đồng bào Raglai ở thôn Tà Nôi.
Theo báo cáo, quý I/2026 Mặt trận xã tập trung tổ chức Tết Nguyên đán Bính Ngọ 2026 và cuộc bầu cử ngày 15/3/2026. Mặt trận xã đã trao 684 phần quà Tết cho hộ nghèo, hộ cận nghèo, gia đình chính sách và người có uy tín, tổng trị giá hơn 410 triệu đồng; riêng 3 doanh nghiệp đóng góp 1.500 kg gạo. Thực hiện Chỉ thị 45-CT/TW của Bộ Chính trị và Kế hoạch số 08-KH/ĐU, 09-KH/ĐU của Đảng ủy xã, Mặt trận phối hợp tổ chức 9 hội nghị hiệp thương, 12 hội nghị tiếp xúc cử tri; tỷ lệ cử tri đi bầu đạt 99,82%.
Trong đồng bào Raglai, Chăm, Mặt trận xã vận động 97% trẻ em trong độ tuổi đến trường sau Tết; 7/7 thôn ký kết giao ước thi đua xây dựng thôn văn hóa. Quỹ "Vì người nghèo" xã tiếp nhận 126 triệu đồng, hỗ trợ 3 hộ sửa nhà, mỗi hộ 15 triệu đồng.
Về giám sát, Ban Thanh tra nhân dân xã giám sát 2 cuộc; Ban giám sát đầu tư của cộng đồng giám sát 4 công trình thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ, tổng vốn khoảng 6,5 tỷ đồng.
Ở thôn Tà Nôi, ông Katơr Văn Dũng, Bí thư Chi bộ, Trưởng thôn, đã vận động 21 hộ góp 630 ngày công sửa 1,2 km đường nội thôn; Hội Phụ nữ thôn duy trì 2 tổ hợp tác dệt thổ cẩm Raglai với 16 thành viên.
Hạn chế được báo cáo nêu rõ: còn 167 hộ nghèo (chiếm 9,8%); tình trạng tảo hôn còn 4 trường hợp; một số thôn xa trung tâm xã gần 40 km nên việc đi lại khó khăn.
Quý II, Mặt trận xã tập trung tổ chức hội nghị Ủy ban MTTQ xã sau bầu cử; phấn đấu xây mới ít nhất 10 căn nhà Đại đoàn kết; phối hợp tuyên truyền Nghị quyết số 71-NQ/TW của Bộ Chính trị.
Đồng chí Chamaléa Thị Lợi, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã cho biết, các đồng chí Phó Chủ tịch Ủy ban MTTQ xã: Pinăng Văn Tố, Katơr Thị Mai và Đàng Văn Hiếu đã được phân công phụ trách các cụm thôn. Đồng chí Mấu Thị Hạnh, Phó Chủ tịch UBND xã, cam kết phối hợp giải quyết 14 kiến nghị của cử tri. Già làng Pi Năng Thị Hoa ở thôn Tà Nôi đại diện người có uy tín phát biểu.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Chamaléa Thị Lợi
Lượt truy cập: 3.904
Tin khác
- Phước Hà: 99,82% cử tri đi bầu (16/3/2026)
- Trao 100 phần quà Tết cho đồng bào Raglai (10/02/2026)
""", "2026-04-16", "Mặt trận xã Phước Hà báo cáo kết quả quý I năm 2026",
E("bao_cao", "2026-Q1", "2026-04-14"),
[P("Chamaléa Thị Lợi", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã", "CHỦ TỊCH"),
 P("Pinăng Văn Tố", "Phó Chủ tịch Ủy ban MTTQ xã"), P("Katơr Thị Mai", "Phó Chủ tịch Ủy ban MTTQ xã"), P("Đàng Văn Hiếu", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Mấu Thị Hạnh", "Phó Chủ tịch UBND xã"),
 P("Pi Năng Thị Hoa", "Già làng"),
 P("Katơr Văn Dũng", "Bí thư Chi bộ", "Trưởng thôn")],
[Q("684 phần quà", 684, "phần quà"), Q("hơn 410 triệu đồng", 410000000, "đồng", "over"), Q("3 doanh nghiệp", 3, "doanh nghiệp"),
 Q("1.500 kg", 1500, "kg"), Q("9 hội nghị hiệp thương", 9, "hội nghị hiệp thương"), Q("12 hội nghị tiếp xúc cử tri", 12, "hội nghị tiếp xúc cử tri"),
 Q("99,82%", 99.82, "%"), Q("97%", 97, "%"), Q("7/7 thôn", 7, "thôn"), Q("126 triệu đồng", 126000000, "đồng"), Q("3 hộ", 3, "hộ"),
 Q("15 triệu đồng", 15000000, "đồng"), Q("2 cuộc", 2, "cuộc"), Q("4 công trình", 4, "công trình"), Q("khoảng 6,5 tỷ đồng", 6500000000, "đồng", "approx"),
 Q("21 hộ", 21, "hộ"), Q("630 ngày công", 630, "ngày công"), Q("1,2 km", 1.2, "km"),
 Q("2 tổ hợp tác dệt thổ cẩm Raglai", 2, "tổ hợp tác dệt thổ cẩm Raglai"), Q("16 thành viên", 16, "thành viên"), Q("167 hộ nghèo", 167, "hộ nghèo"), Q("9,8%", 9.8, "%"), Q("4 trường hợp", 4, "trường hợp"), Q("gần 40 km", 40, "km", "approx"),
 Q("ít nhất 10 căn nhà Đại đoàn kết", 10, "căn nhà Đại đoàn kết", "over"), Q("14 kiến nghị", 14, "kiến nghị")],
[D("Báo cáo", "11", "BC-MTTQ-BTT", "2026-04-14", "Ban Thường trực Ủy ban MTTQ Việt Nam xã Phước Hà", "Báo cáo số 11/BC-MTTQ-BTT"),
 D("Chỉ thị", "45", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 45-CT/TW"),
 D("Kế hoạch", "08", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 08-KH/ĐU, 09-KH/ĐU"),
 D("Kế hoạch", "09", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 08-KH/ĐU, 09-KH/ĐU"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Nghị quyết", "71", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 71-NQ/TW")],
[prov("Khánh Hòa"), com("Phước Hà")],
["Trang thông tin điện tử xã Phước Hà - Tỉnh Khánh Hòa", "Trang chủ » Tin tức » Mặt trận Tổ quốc", "(PH)",
 "Ảnh: Cán bộ Mặt trận xã thăm hỏi đồng bào Raglai ở thôn Tà Nôi.", "TM. BAN THƯỜNG TRỰC", "Vì người nghèo",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Tết Nguyên đán Bính Ngọ 2026"],
["Lượt truy cập: 3.904", "quý I/2026", "quý II năm 2026", "Quý II", "ngày 15/3/2026", "Bính Ngọ 2026"]))
