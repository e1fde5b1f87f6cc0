from lib import *
PAGES = []

PAGES.append(page("b8399-angiang-bdv-giaoban-q2-2024", """
BAN DÂN VẬN TỈNH ỦY AN GIANG
Trang chủ » Tin tức - Sự kiện » Dân vận các cấp
Thứ Tư, 10/07/2024 | 14:20
Đồng chí Trần Thị Thanh Hương phát biểu kết luận giao ban.
An Giang: Khối dân vận vận động hơn 2.400 hộ hiến đất làm đường nông thôn
Sáng 09/7/2024, Ban Dân vận Tỉnh ủy An Giang tổ chức giao ban công tác dân vận quý II năm 2024. Đồng chí Trần Thị Thanh Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Chau Sóc Khăm, Nguyễn Thanh Phong, Lê Thị Mỹ Dung.
Theo báo cáo, quý II, khối dân vận đã vận động hơn 2.400 hộ ở 37 xã hiến 68.500 m2 đất, đóng góp 22,6 tỷ đồng để làm 94 km đường và 41 cây cầu nông thôn. Mặt trận các cấp trao 186 căn nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo, mỗi căn trị giá 60 triệu đồng; hỗ trợ 1.250 hộ đồng bào Khmer, Chăm vay vốn với tổng số tiền 47,8 tỷ đồng.
Về công tác dân tộc, tôn giáo, khối dân vận nắm tình hình 66 chùa Phật giáo Nam tông Khmer, 29 thánh đường Hồi giáo; thăm, tặng 720 phần quà cho sư sãi, chức sắc dịp lễ Sene Dolta và tháng Ramadan. Các hội đoàn thể phát triển mới 2.864 hội viên, trong đó 412 hội viên là người dân tộc Khmer, Chăm.
Công tác dân vận chính quyền: trong quý, các cấp tiếp 1.482 lượt công dân, tiếp nhận 512 đơn thư, giải quyết 468 đơn, đạt 91,4%; tổ chức 67 cuộc đối thoại của người đứng đầu. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 245, 246-KL/TU và phối hợp Sở Tư pháp triển khai Luật Thực hiện dân chủ ở cơ sở; hướng dẫn thực hiện Nghị định số 59/2023/NĐ-CP của Chính phủ tại 156 xã, phường, thị trấn.
Tại giao ban, đồng chí Néang Sa Phia, HUV, Trưởng Ban Dân vận Huyện ủy Tri Tôn, cho biết huyện đã vận động 312 hộ đồng bào Khmer chuyển sang trồng cây ăn trái; đồng chí Haji Mohamad Set, Phó Chủ tịch Ủy ban MTTQ huyện An Phú, báo cáo về 7 tiểu thánh đường được cấp phép sửa chữa. Đại đức Chau Ty, Phó trụ trì chùa Xà Tón, thị trấn Tri Tôn, đề nghị tiếp tục hỗ trợ 23 lớp dạy chữ Khmer hè.
Kết luận giao ban, đồng chí Trần Thị Thanh Hương yêu cầu quý III vận động nhân dân phòng chống sạt lở bờ sông, chuẩn bị đại hội Mặt trận cấp xã nhiệm kỳ 2024-2029 ở 100% xã, phường, thị trấn; biểu dương khoảng 150 mô hình tiêu biểu.
Trong quý cũng ghi nhận khoảng 3.600 lao động địa phương được giới thiệu việc làm tại các khu công nghiệp, tỷ lệ hộ nghèo của tỉnh giảm còn 2,37%.
Mỹ Linh
Tin liên quan
- Tịnh Biên: giao ban khối dân vận quý II (05/07/2024)
- Châu Phú ra mắt mô hình "Dân vận khéo" (27/06/2024)
- Trao 50 căn nhà Đại đoàn kết cho đồng bào Khmer (18/06/2024)
""", "2024-07-10", "An Giang: Khối dân vận vận động hơn 2.400 hộ hiến đất làm đường nông thôn",
E("giao_ban", "2024-Q2", "2024-07-09"),
[P("Trần Thị Thanh Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Chau Sóc Khăm", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Nguyễn Thanh Phong", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Mỹ Dung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Néang Sa Phia", "HUV", "Trưởng Ban Dân vận Huyện ủy Tri Tôn"),
 P("Haji Mohamad Set", "Phó Chủ tịch Ủy ban MTTQ huyện An Phú"),
 P("Chau Ty", "Đại đức", "Phó trụ trì chùa Xà Tón")],
[Q("hơn 2.400 hộ", 2400, "hộ", "over"), Q("37 xã", 37, "xã"), Q("68.500 m2", 68500, "m2"), Q("22,6 tỷ đồng", 22600000000, "đồng"),
 Q("94 km", 94, "km"), Q("41 cây cầu nông thôn", 41, "cây cầu nông thôn"), Q("186 căn nhà Đại đoàn kết", 186, "căn nhà Đại đoàn kết"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("1.250 hộ đồng bào Khmer, Chăm", 1250, "hộ đồng bào Khmer, Chăm"),
 Q("47,8 tỷ đồng", 47800000000, "đồng"), Q("66 chùa Phật giáo Nam tông Khmer", 66, "chùa Phật giáo Nam tông Khmer"),
 Q("29 thánh đường Hồi giáo", 29, "thánh đường Hồi giáo"), Q("720 phần quà", 720, "phần quà"),
 Q("2.864 hội viên", 2864, "hội viên"), Q("412 hội viên", 412, "hội viên"), Q("1.482 lượt công dân", 1482, "lượt công dân"),
 Q("512 đơn thư", 512, "đơn thư"), Q("468 đơn", 468, "đơn"), Q("91,4%", 91.4, "%"), Q("67 cuộc đối thoại", 67, "cuộc đối thoại"),
 Q("156 xã, phường, thị trấn", 156, "xã, phường, thị trấn"), Q("312 hộ đồng bào Khmer", 312, "hộ đồng bào Khmer"),
 Q("7 tiểu thánh đường", 7, "tiểu thánh đường"), Q("23 lớp dạy chữ Khmer hè", 23, "lớp dạy chữ Khmer hè"),
 Q("100% xã, phường, thị trấn", 100, "%"), Q("khoảng 150 mô hình tiêu biểu", 150, "mô hình tiêu biểu", "approx"),
 Q("khoảng 3.600 lao động", 3600, "lao động", "approx"), Q("2,37%", 2.37, "%")],
[D("Kết luận", "245", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 245, 246-KL/TU"),
 D("Kết luận", "246", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 245, 246-KL/TU"),
 D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 59/2023/NĐ-CP của Chính phủ")],
[prov("An Giang"), com("Tri Tôn")],
["BAN DÂN VẬN TỈNH ỦY AN GIANG", "Trang chủ » Tin tức - Sự kiện » Dân vận các cấp",
 "Đồng chí Trần Thị Thanh Hương phát biểu kết luận giao ban.", "Luật Thực hiện dân chủ ở cơ sở", "Sene Dolta", "Ramadan",
 "Dân vận khéo"],
["Thứ Tư, 10/07/2024 | 14:20", "quý II năm 2024", "nhiệm kỳ 2024-2029", "quý III"]))

PAGES.append(page("b8400-quangtri-btgdv-giaoban-q1-2025", """
BÁO QUẢNG TRỊ ĐIỆN TỬ
Chính trị › Xây dựng Đảng
08/04/2025 - 15:10
Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban quý I/2025
QTO - Chiều 7/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị tổ chức giao ban công tác tuyên giáo và dân vận quý I, triển khai nhiệm vụ quý II năm 2025. Đây là lần giao ban đầu tiên sau khi hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy theo Quyết định số 2156-QĐ/TU ngày 31/1/2025 của Ban Thường vụ Tỉnh ủy.
Toàn cảnh buổi giao ban. Ảnh: Lê Trường
Đồng chí Hồ Thị Pơi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Theo báo cáo, quý I, các cấp đã tổ chức 312 hội nghị quán triệt Kết luận 121-KL/TW, 126-KL/TW, 127-KL/TW của BCH Trung ương, Bộ Chính trị về sắp xếp tổ chức bộ máy, với hơn 28.000 lượt cán bộ, đảng viên tham gia; nắm 46 chuyên đề dư luận xã hội.
Khối dân vận vận động nhân dân đón Tết Ất Tỵ vui tươi; trao 14.250 suất quà cho hộ nghèo, gia đình chính sách, người có công, trị giá hơn 7,1 tỷ đồng. Hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", toàn tỉnh đã khởi công 628 căn nhà, hoàn thành 215 căn; mỗi căn xây mới được hỗ trợ 60 triệu đồng, sửa chữa 30 triệu đồng.
Đồng bào Vân Kiều, Pa Kô ở 2 huyện miền núi Hướng Hóa, Đakrông đã hiến 12.400 m2 đất, góp 8.600 ngày công; 176 hộ đăng ký thoát nghèo. Các cấp tiếp 695 lượt công dân, tiếp nhận 218 đơn thư, giải quyết 196 đơn, đạt 89,9%.
Tại giao ban, các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Lê Minh Tuấn, Hồ Văn Lai lần lượt báo cáo về công tác tuyên truyền và công tác dân vận. Đồng chí Kăn Sương, Bí thư Đảng ủy xã A Ngo, cho biết xã có 9 thôn với 1.236 hộ, đã vận động 100% hộ không tổ chức ma chay kéo dài. Ông Hồ Văn Thoang, người có uy tín bản Pa Lin, xã Hướng Phùng, đề nghị hỗ trợ nước sạch cho 84 hộ.
Đồng chí Hồ Thị Pơi yêu cầu quý II tập trung tuyên truyền việc sắp xếp đơn vị hành chính cấp xã, không tổ chức cấp huyện; lấy ý kiến nhân dân về dự thảo sửa đổi Hiến pháp năm 2013 với mục tiêu ít nhất 90% cử tri tham gia; triển khai Hướng dẫn 03, 04-HD/BTGDVTU về công tác dân vận năm 2025.
Tỉnh đoàn tổ chức 24 chương trình "Xuân tình nguyện", tặng 1.800 suất quà cho thiếu nhi vùng cao; Hội Cựu chiến binh tỉnh vận động hội viên đóng góp 1,2 tỷ đồng xây nhà nghĩa tình.
Trong quý, Hội LHPN tỉnh cũng vận động 1.540 hội viên tham gia "Ngày Chủ nhật xanh", thu gom khoảng 35 tấn rác thải.
Thanh Hải
Tin liên quan
- Vĩnh Linh: giao ban khối dân vận quý I (03/04/2025)
- Đakrông trao 40 căn nhà cho hộ nghèo (26/03/2025)
- Gio Linh xóa 120 nhà tạm (18/03/2025)
""", "2025-04-08", "Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban quý I/2025",
E("giao_ban", "2025-Q1", "2025-04-07"),
[P("Hồ Thị Pơi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Minh Tuấn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Hồ Văn Lai", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kăn Sương", "Bí thư Đảng ủy xã A Ngo"), P("Hồ Văn Thoang", "người có uy tín bản Pa Lin")],
[Q("312 hội nghị", 312, "hội nghị"), Q("hơn 28.000 lượt cán bộ, đảng viên", 28000, "lượt cán bộ, đảng viên", "over"),
 Q("46 chuyên đề dư luận xã hội", 46, "chuyên đề dư luận xã hội"), Q("14.250 suất quà", 14250, "suất quà"),
 Q("hơn 7,1 tỷ đồng", 7100000000, "đồng", "over"), Q("628 căn nhà", 628, "căn nhà"), Q("215 căn", 215, "căn"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"), Q("2 huyện miền núi", 2, "huyện miền núi"),
 Q("12.400 m2", 12400, "m2"), Q("8.600 ngày công", 8600, "ngày công"), Q("176 hộ", 176, "hộ"),
 Q("695 lượt công dân", 695, "lượt công dân"), Q("218 đơn thư", 218, "đơn thư"), Q("196 đơn", 196, "đơn"), Q("89,9%", 89.9, "%"),
 Q("9 thôn", 9, "thôn"), Q("1.236 hộ", 1236, "hộ"), Q("100% hộ", 100, "%"), Q("84 hộ", 84, "hộ"),
 Q("ít nhất 90% cử tri", 90, "%", "over"), Q("1.540 hội viên", 1540, "hội viên"), Q("24 chương trình", 24, "chương trình"), Q("1.800 suất quà", 1800, "suất quà"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("khoảng 35 tấn", 35, "tấn", "approx")],
[D("Quyết định", "2156", "QĐ/TU", "2025-01-31", "Ban Thường vụ Tỉnh ủy", "Quyết định số 2156-QĐ/TU ngày 31/1/2025 của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "121", "KL/TW", None, None, "Kết luận 121-KL/TW, 126-KL/TW, 127-KL/TW"),
 D("Kết luận", "126", "KL/TW", None, None, "Kết luận 121-KL/TW, 126-KL/TW, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, None, "Kết luận 121-KL/TW, 126-KL/TW, 127-KL/TW"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, None, "Hướng dẫn 03, 04-HD/BTGDVTU"),
 D("Hướng dẫn", "04", "HD/BTGDVTU", None, None, "Hướng dẫn 03, 04-HD/BTGDVTU")],
[prov("Quảng Trị"), com("A Ngo"), com("Hướng Phùng")],
["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Chính trị › Xây dựng Đảng", "QTO", "Toàn cảnh buổi giao ban. Ảnh: Lê Trường",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Hiến pháp năm 2013", "Ngày Chủ nhật xanh", "Tết Ất Tỵ", "Xuân tình nguyện"],
["08/04/2025 - 15:10", "quý II năm 2025", "năm 2013", "năm 2025"]))

PAGES.append(page("b8401-tuyenquang-btgdv-giaoban-q3-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ > Chính trị > Xây dựng Đảng
Thứ Tư, 08/10/2025, 09:20
Đồng chí Sùng A Páo chủ trì hội nghị.
Khối dân vận tỉnh Tuyên Quang giao ban quý III sau hợp nhất
Ngày 7/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị giao ban công tác dân vận quý III năm 2025 - quý đầu tiên tỉnh Tuyên Quang (mới) vận hành chính quyền địa phương hai cấp sau khi hợp nhất với tỉnh Hà Giang. Hội nghị được kết nối trực tuyến tới 124 điểm cầu xã, phường.
Chủ trì hội nghị có đồng chí Sùng A Páo, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Giàng Thị Mỷ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.
Theo báo cáo, quý III, các cấp đã tuyên truyền, vận động nhân dân ổn định tư tưởng khi sắp xếp đơn vị hành chính; 100% xã, phường đã kiện toàn Ban Chỉ đạo thực hiện Quy chế dân chủ. Toàn tỉnh hoàn thành xóa 3.862 nhà tạm, nhà dột nát, vượt 4% kế hoạch; Mặt trận các cấp tiếp nhận 46,5 tỷ đồng ủng hộ Quỹ "Vì người nghèo" và khắc phục hậu quả bão số 3. Trên 21.000 ngày công được huy động giúp các hộ bị sạt lở ở 17 xã vùng cao.
Hội Nông dân tỉnh giải ngân 12,8 tỷ đồng cho 316 hộ vay phát triển chăn nuôi bò, trồng chè Shan tuyết; Tỉnh đoàn huy động 2.600 đoàn viên giúp dân dọn bùn đất sau bão.
Khối dân vận tổ chức 426 buổi tuyên truyền ở thôn, bản với trên 36.000 lượt người nghe; vận động 58 hộ đồng bào Mông di cư tự do trở về nơi cũ, 2.140 người có uy tín tham gia hòa giải ở cơ sở, hòa giải thành 173 vụ việc. Các cấp tiếp 1.108 lượt công dân, tiếp nhận 364 đơn thư, giải quyết 317 đơn, đạt 87,1%.
Tại hội nghị, các đồng chí: Lò Văn Pử, Bí thư Đảng ủy xã Mậu Duệ; Hoàng Thị Bích, Bí thư Đảng ủy phường Minh Xuân; Vàng Mí Chơ, Phó Bí thư Thường trực Đảng ủy, Chủ tịch Ủy ban MTTQ xã Sà Phìn đã nêu kinh nghiệm tổ chức giao ban dân vận cấp xã sau sắp xếp. Ông Sùng Chứ Già, người có uy tín thôn Sảng Pả A, xã Mèo Vạc, cho biết thôn có 86 hộ tham gia mô hình "Nhà sạch, bản đẹp".
Ban Tuyên giáo và Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quy định số 08-QĐ/TU ngày 19/8/2025 về chức năng, nhiệm vụ khối dân vận cấp xã và Kế hoạch 15, 16-KH/TU thực hiện Nghị quyết số 66-NQ/TW của Bộ Chính trị.
Kết luận, đồng chí Sùng A Páo đề nghị quý IV tập trung tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư, phấn đấu có ít nhất 120 mô hình "Dân vận khéo" cấp xã.
Thu Phương
Tin liên quan
- Phường Hà Giang 1 giao ban khối dân vận quý III (02/10/2025)
- Xã Đồng Văn ra mắt mô hình "Dân vận khéo" (25/09/2025)
- Hỗ trợ 200 hộ bị thiệt hại do bão số 3 (16/09/2025)
""", "2025-10-08", "Khối dân vận tỉnh Tuyên Quang giao ban quý III sau hợp nhất",
E("giao_ban", "2025-Q3", "2025-10-07"),
[P("Sùng A Páo", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Giàng Thị Mỷ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Lò Văn Pử", "Bí thư Đảng ủy xã Mậu Duệ"), P("Hoàng Thị Bích", "Bí thư Đảng ủy phường Minh Xuân"),
 P("Vàng Mí Chơ", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch Ủy ban MTTQ xã Sà Phìn"),
 P("Sùng Chứ Già", "người có uy tín thôn Sảng Pả A")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("100% xã, phường", 100, "%"),
 Q("3.862 nhà tạm, nhà dột nát", 3862, "nhà tạm, nhà dột nát"), Q("4%", 4, "%"), Q("46,5 tỷ đồng", 46500000000, "đồng"),
 Q("Trên 21.000 ngày công", 21000, "ngày công", "over"), Q("17 xã vùng cao", 17, "xã vùng cao"),
 Q("426 buổi tuyên truyền", 426, "buổi tuyên truyền"), Q("trên 36.000 lượt người nghe", 36000, "lượt người nghe", "over"),
 Q("58 hộ đồng bào Mông di cư tự do", 58, "hộ đồng bào Mông di cư tự do"), Q("2.140 người có uy tín", 2140, "người có uy tín"),
 Q("173 vụ việc", 173, "vụ việc"), Q("1.108 lượt công dân", 1108, "lượt công dân"), Q("364 đơn thư", 364, "đơn thư"),
 Q("317 đơn", 317, "đơn"), Q("87,1%", 87.1, "%"), Q("86 hộ", 86, "hộ"), Q("100% khu dân cư", 100, "%"),
 Q("ít nhất 120 mô hình", 120, "mô hình", "over"), Q("12,8 tỷ đồng", 12800000000, "đồng"), Q("316 hộ", 316, "hộ"),
 Q("2.600 đoàn viên", 2600, "đoàn viên")],
[D("Quy định", "08", "QĐ/TU", "2025-08-19", "Ban Thường vụ Tỉnh ủy", "Quy định số 08-QĐ/TU ngày 19/8/2025"),
 D("Kế hoạch", "15", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 15, 16-KH/TU"),
 D("Kế hoạch", "16", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 15, 16-KH/TU"),
 D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 66-NQ/TW của Bộ Chính trị")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mậu Duệ"), com("Minh Xuân"), com("Sà Phìn"), com("Mèo Vạc")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ > Chính trị > Xây dựng Đảng", "Đồng chí Sùng A Páo chủ trì hội nghị.",
 "Vì người nghèo", "Nhà sạch, bản đẹp", "Dân vận khéo", "Ngày hội Đại đoàn kết toàn dân tộc", "Quy chế dân chủ"],
["Thứ Tư, 08/10/2025, 09:20", "quý III năm 2025", "bão số 3", "quý IV"]))

PAGES.append(page("b8402-lamdong-btgdv-baocao-q3-2025", """
Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng
Trang chủ / Tin hoạt động / Báo cáo - Số liệu
Cập nhật: 14:05, 15/10/2025 (GMT+7)
Số liệu nổi bật công tác dân vận quý III/2025 trên địa bàn tỉnh Lâm Đồng
Ban Tuyên giáo và Dân vận Tỉnh ủy vừa ban hành Báo cáo số 27-BC/BTGDVTU ngày 10/10/2025 về kết quả công tác dân vận quý III năm 2025 - quý đầu tiên sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Dưới đây là một số số liệu nổi bật.
Cán bộ dân vận xã Lạc Dương thăm hộ đồng bào K'Ho. Ảnh: Đăng Khoa
1. Tuyên truyền, nắm tình hình: các cấp tổ chức 524 hội nghị, buổi tuyên truyền với khoảng 41.000 lượt người tham dự; thực hiện 62 chuyên đề dư luận xã hội tại 124 xã, phường, đặc khu; xử lý 18 vụ việc phức tạp liên quan đất đai ở vùng đồng bào.
2. An sinh xã hội: Mặt trận các cấp tiếp nhận 38,6 tỷ đồng ủng hộ Quỹ "Vì người nghèo"; bàn giao 1.284 căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn; trao 6.720 phần quà, mỗi phần từ 300.000 đến 1 triệu đồng. Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số còn 6,8%.
3. Dân vận chính quyền: tiếp 2.036 lượt công dân, tiếp nhận 684 đơn thư, giải quyết 612 đơn (89,5%); tổ chức 96 cuộc đối thoại. 100% xã, phường, đặc khu đã thành lập khối dân vận.
4. Dân tộc, tôn giáo: nắm tình hình 1.520 người có uy tín; 43 điểm nhóm Tin lành; vận động 26 hộ theo "Hà Mòn" từ bỏ; thăm 58 cơ sở tôn giáo dịp lễ Vu Lan.
5. Phong trào "Dân vận khéo": có 2.946 mô hình, trong đó 318 mô hình tiêu biểu, 45 mô hình cấp tỉnh.
6. Đoàn thể: kết nạp mới 3.418 hội viên, đoàn viên; Hội Nông dân giải ngân 24,5 tỷ đồng cho 604 hộ; Tỉnh đoàn tổ chức 86 công trình thanh niên.
Báo cáo ghi nhận vai trò của các đồng chí: K'Điệp, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, phụ trách khu vực Đắk Nông cũ; Điểu K'Rông, Bí thư Đảng ủy xã Quảng Trực; Ka Thị Bình, Chủ tịch Ủy ban MTTQ xã Lạc Dương; Đàng Văn Tâm, Phó Bí thư Thường trực Đảng ủy xã Phan Hòa. Già làng Y Lơi Bkrông, buôn Buôr, xã Quảng Trực, được biểu dương vì vận động 14 hộ trả lại đất lấn chiếm.
Đồng chí Nguyễn Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, yêu cầu quý IV thực hiện Chỉ thị số 04-CT/TU ngày 02/9/2025 của Ban Thường vụ Tỉnh ủy, tổ chức Ngày hội Đại đoàn kết ở 100% khu dân cư.
Các số liệu được tổng hợp từ báo cáo của 124 Đảng ủy xã, phường, đặc khu và các cơ quan của Mặt trận.
Thùy Dương
Tin liên quan
- Xã Quảng Trực giao ban khối dân vận quý III (06/10/2025)
- Phường Phan Thiết ra mắt 3 mô hình "Dân vận khéo" (26/09/2025)
- Lâm Đồng bàn giao 300 căn nhà cho hộ nghèo (15/09/2025)
""", "2025-10-15", "Số liệu nổi bật công tác dân vận quý III/2025 trên địa bàn tỉnh Lâm Đồng",
E("bao_cao", "2025-Q3", "2025-10-10"),
[P("K'Điệp", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Điểu K'Rông", "Bí thư Đảng ủy xã Quảng Trực"),
 P("Ka Thị Bình", "Chủ tịch Ủy ban MTTQ xã Lạc Dương"), P("Đàng Văn Tâm", "Phó Bí thư Thường trực Đảng ủy xã Phan Hòa"),
 P("Y Lơi Bkrông", "Già làng"),
 P("Nguyễn Văn Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("524 hội nghị, buổi tuyên truyền", 524, "hội nghị, buổi tuyên truyền"), Q("khoảng 41.000 lượt người", 41000, "lượt người", "approx"),
 Q("62 chuyên đề dư luận xã hội", 62, "chuyên đề dư luận xã hội"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("18 vụ việc phức tạp", 18, "vụ việc phức tạp"), Q("38,6 tỷ đồng", 38600000000, "đồng"), Q("1.284 căn nhà", 1284, "căn nhà"),
 Q("6.720 phần quà", 6720, "phần quà"), Q("từ 300.000 đến 1 triệu đồng", 300000, "đồng"),
 Q("từ 300.000 đến 1 triệu đồng", 1000000, "đồng"), Q("6,8%", 6.8, "%"), Q("2.036 lượt công dân", 2036, "lượt công dân"),
 Q("684 đơn thư", 684, "đơn thư"), Q("612 đơn", 612, "đơn"), Q("89,5%", 89.5, "%"), Q("96 cuộc đối thoại", 96, "cuộc đối thoại"),
 Q("100% xã, phường, đặc khu", 100, "%"), Q("1.520 người có uy tín", 1520, "người có uy tín"), Q("43 điểm nhóm Tin lành", 43, "điểm nhóm Tin lành"),
 Q("26 hộ", 26, "hộ"), Q("58 cơ sở tôn giáo", 58, "cơ sở tôn giáo"), Q("2.946 mô hình", 2946, "mô hình"),
 Q("318 mô hình tiêu biểu", 318, "mô hình tiêu biểu"), Q("45 mô hình cấp tỉnh", 45, "mô hình cấp tỉnh"), Q("14 hộ", 14, "hộ"),
 Q("100% khu dân cư", 100, "%"), Q("124 Đảng ủy xã, phường, đặc khu", 124, "Đảng ủy xã, phường, đặc khu"),
 Q("3.418 hội viên, đoàn viên", 3418, "hội viên, đoàn viên"), Q("24,5 tỷ đồng", 24500000000, "đồng"), Q("604 hộ", 604, "hộ"),
 Q("86 công trình thanh niên", 86, "công trình thanh niên")],
[D("Báo cáo", "27", "BC/BTGDVTU", "2025-10-10", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Báo cáo số 27-BC/BTGDVTU ngày 10/10/2025"),
 D("Chỉ thị", "04", "CT/TU", "2025-09-02", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 04-CT/TU ngày 02/9/2025 của Ban Thường vụ Tỉnh ủy")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lạc Dương"), com("Quảng Trực"), com("Phan Hòa")],
["Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng", "Trang chủ / Tin hoạt động / Báo cáo - Số liệu",
 "Cán bộ dân vận xã Lạc Dương thăm hộ đồng bào K'Ho.", "Vì người nghèo", "Hà Mòn", "Dân vận khéo", "Ngày hội Đại đoàn kết", "lễ Vu Lan"],
["Cập nhật: 14:05, 15/10/2025 (GMT+7)", "quý III năm 2025", "3 tỉnh", "1. Tuyên truyền", "2. An sinh xã hội",
 "3. Dân vận chính quyền", "4. Dân tộc, tôn giáo", "5. Phong trào", "6. Đoàn thể", "quý IV"]))

PAGES.append(page("b8403-vinhlong-btgdv-giaoban-q1-2026", """
BÁO VĨNH LONG ĐIỆN TỬ
Thời sự » Chính trị » Xây dựng Đảng
Thứ Năm, 09/04/2026
Hôm nay: Thứ Bảy, 11/04/2026
Lượt xem: 3.417
Quý I/2026: Khối dân vận vận động 12.600 hộ tham gia "Tổ liên gia tự quản"
Chiều 8/4, tại hội nghị giao ban công tác dân vận quý I năm 2026 do Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức, các đại biểu thống nhất đánh giá công tác dân vận ở 124 xã, phường đã đi vào nền nếp sau hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh.
Quang cảnh hội nghị. Ảnh: Thảo Ly
Đồng chí Thạch Thị Sa Rương, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, chủ trì hội nghị. Báo cáo cho biết, quý I, khối dân vận đã vận động 12.600 hộ tham gia "Tổ liên gia tự quản"; tổ chức cho nhân dân đón Tết Bính Ngọ, trao 28.450 suất quà trị giá hơn 14,2 tỷ đồng. Trong dịp Tết Chôl Chnăm Thmây, các cấp thăm, tặng quà 142 chùa Phật giáo Nam tông Khmer, mỗi chùa 5 triệu đồng.
Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, khối dân vận vận động 3.150 hộ kinh doanh, hợp tác xã ứng dụng thanh toán không dùng tiền mặt; 86% người dân có tài khoản định danh điện tử mức 2. Trong quý, các cấp tiếp 1.862 lượt công dân, tiếp nhận 595 đơn thư, giải quyết 536 đơn, đạt 90,1%; tổ chức 104 cuộc đối thoại.
Về xây dựng nông thôn mới, nhân dân hiến 27.300 m2 đất, góp 16,8 tỷ đồng làm 58 km đường, 23 cây cầu; hỗ trợ 412 hộ nghèo, hộ cận nghèo vay vốn trồng dừa, nuôi bò. Hạn mặn đầu năm, khối dân vận phối hợp cấp nước ngọt miễn phí cho khoảng 6.300 hộ ở các xã ven biển.
Các hội đoàn thể kết nạp 2.750 hội viên mới; Hội Nông dân tỉnh hỗ trợ tiêu thụ khoảng 1.500 tấn bưởi, dừa cho nông dân vùng bị ảnh hưởng hạn mặn.
Tham luận tại hội nghị, các đồng chí: Kim Văn Hiệp, Bí thư Đảng ủy xã Long Hiệp; Nguyễn Thị Thu Ba, Chủ tịch Ủy ban MTTQ phường Phú Khương; Sơn Ngọc Phước, Phó Chủ tịch Ủy ban MTTQ xã Trà Cú đã nêu cách làm hay. Thượng tọa Thạch Sô Phanh, trụ trì chùa Ông Mẹt, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đánh giá cao việc hỗ trợ 36 lớp dạy chữ Khmer.
Ban Tuyên giáo và Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 11, 12-CT/TU về công tác dân vận trong tình hình mới và Kế hoạch số 34-KH/TU ngày 15/1/2026 thực hiện Nghị quyết Đại hội XIV của Đảng.
Kết luận, đồng chí Thạch Thị Sa Rương yêu cầu quý II tập trung tuyên truyền bầu cử; biểu dương 200 gương điển hình "Dân vận khéo" giai đoạn 2021-2026.
Hữu Thọ
Tin liên quan
- Phường Trà Vinh giao ban khối dân vận quý I (03/04/2026)
- Xã Châu Thành ra mắt mô hình "Dân vận khéo" (26/03/2026)
- Tặng 300 phần quà cho hộ Khmer nghèo (10/04/2026)
""", "2026-04-09", "Quý I/2026: Khối dân vận vận động 12.600 hộ tham gia \"Tổ liên gia tự quản\"",
E("giao_ban", "2026-Q1", "2026-04-08"),
[P("Thạch Thị Sa Rương", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kim Văn Hiệp", "Bí thư Đảng ủy xã Long Hiệp"), P("Nguyễn Thị Thu Ba", "Chủ tịch Ủy ban MTTQ phường Phú Khương"),
 P("Sơn Ngọc Phước", "Phó Chủ tịch Ủy ban MTTQ xã Trà Cú"),
 P("Thạch Sô Phanh", "Thượng tọa", "trụ trì chùa Ông Mẹt", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh")],
[Q("12.600 hộ", 12600, "hộ"), Q("124 xã, phường", 124, "xã, phường"), Q("28.450 suất quà", 28450, "suất quà"),
 Q("hơn 14,2 tỷ đồng", 14200000000, "đồng", "over"), Q("142 chùa Phật giáo Nam tông Khmer", 142, "chùa Phật giáo Nam tông Khmer"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("3.150 hộ kinh doanh, hợp tác xã", 3150, "hộ kinh doanh, hợp tác xã"),
 Q("86% người dân", 86, "%"), Q("1.862 lượt công dân", 1862, "lượt công dân"), Q("595 đơn thư", 595, "đơn thư"),
 Q("536 đơn", 536, "đơn"), Q("90,1%", 90.1, "%"), Q("104 cuộc đối thoại", 104, "cuộc đối thoại"), Q("27.300 m2", 27300, "m2"),
 Q("16,8 tỷ đồng", 16800000000, "đồng"), Q("58 km", 58, "km"), Q("23 cây cầu", 23, "cây cầu"),
 Q("412 hộ nghèo, hộ cận nghèo", 412, "hộ nghèo, hộ cận nghèo"), Q("khoảng 6.300 hộ", 6300, "hộ", "approx"),
 Q("36 lớp dạy chữ Khmer", 36, "lớp dạy chữ Khmer"), Q("200 gương điển hình", 200, "gương điển hình"), Q("2.750 hội viên mới", 2750, "hội viên mới"),
 Q("khoảng 1.500 tấn", 1500, "tấn", "approx")],
[D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW của Bộ Chính trị"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Kế hoạch", "34", "KH/TU", "2026-01-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 34-KH/TU ngày 15/1/2026")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp"), com("Phú Khương"), com("Trà Cú")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Thời sự » Chính trị » Xây dựng Đảng", "Hôm nay: Thứ Bảy, 11/04/2026", "Lượt xem: 3.417",
 "Quang cảnh hội nghị. Ảnh: Thảo Ly", "Tổ liên gia tự quản", "Dân vận khéo", "Tết Bính Ngọ", "Chôl Chnăm Thmây",
 "Nghị quyết Đại hội XIV của Đảng"],
["Thứ Năm, 09/04/2026", "Hôm nay: Thứ Bảy, 11/04/2026", "Lượt xem: 3.417", "quý I năm 2026", "3 tỉnh", "mức 2",
 "giai đoạn 2021-2026", "quý II"]))

PAGES.append(page("b8404-dongnai-xa-soket-h1-2026", """
ĐẢNG ỦY XÃ BÙ GIA MẬP - TỈNH ĐỒNG NAI
Trang chủ | Tin tức | Công tác dân vận
Ngày đăng 08/07/2026 | 16:20
Xã Bù Gia Mập sơ kết công tác dân vận 6 tháng đầu năm 2026
Ngày 6/7, Đảng ủy xã Bù Gia Mập (tỉnh Đồng Nai) tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026. Đồng chí Điểu Lên, Phó Bí thư Thường trực Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã, Trưởng khối dân vận xã chủ trì.
Toàn cảnh hội nghị sơ kết.
Đây là lần sơ kết đầu tiên sau khi xã được thành lập trên cơ sở sáp nhập 3 xã cũ, với diện tích tự nhiên hơn 420 km2 và 2.876 hộ, trong đó 61% là đồng bào dân tộc thiểu số.
Báo cáo cho biết, 6 tháng đầu năm, khối dân vận xã đã tổ chức 64 buổi tuyên truyền tại 18 thôn, sóc với khoảng 4.200 lượt người nghe, trong đó quý I có 29 buổi, quý II có 35 buổi. Đã vận động 126 hộ đồng bào S'tiêng, M'nông hiến 8.600 m2 đất, góp 1,24 tỷ đồng và 3.100 ngày công làm 7,5 km đường bê tông; xây mới 14 căn nhà Đại đoàn kết cho hộ nghèo, mỗi căn 60 triệu đồng.
Hội Nông dân xã phối hợp giải ngân 3,6 tỷ đồng cho 92 hộ vay vốn trồng điều, hồ tiêu; Hội Liên hiệp Phụ nữ kết nạp 48 hội viên mới, duy trì 6 tổ tiết kiệm với 137 thành viên. Đoàn Thanh niên xã tổ chức 12 đợt tình nguyện, trong đó có 2 đợt cùng Đồn Biên phòng Bù Gia Mập tuần tra biên giới.
Trạm Y tế xã phối hợp khám bệnh, cấp thuốc miễn phí cho 320 lượt người cao tuổi.
Công tác dân vận chính quyền: UBND xã tiếp 186 lượt công dân, tiếp nhận 47 đơn thư, đã giải quyết 43 đơn, đạt 91,5%; tổ chức 4 cuộc đối thoại với nhân dân. Xã có 21 người có uy tín, 18 tổ hòa giải đã hòa giải thành 15 vụ việc; không để xảy ra điểm nóng. Tỷ lệ hộ nghèo còn 3,9%, giảm 1,1% so với cuối năm 2025.
Tại hội nghị, các đồng chí: Thị Hường, Phó Chủ tịch Hội LHPN xã; Điểu Xiêng, Bí thư Chi bộ thôn Bù Lư; Lâm Văn Tú, Công chức Văn hóa - Xã hội xã đã phát biểu. Ông Điểu Brăng, người có uy tín sóc Bù Ka, cho biết sóc đã vận động 9 thanh niên đi cai nghiện tự nguyện.
Đảng ủy xã đã ban hành Nghị quyết chuyên đề số 05-NQ/ĐU về công tác dân vận giai đoạn 2026-2030 và Kế hoạch 12, 13-KH/ĐU thực hiện Quy định số 304-QĐ/TW của Bộ Chính trị về công tác dân vận của hệ thống chính trị.
Phát biểu kết luận, đồng chí Điểu Lên đề nghị 6 tháng cuối năm phấn đấu kết nạp ít nhất 80 hội viên mới, hoàn thành 100% chỉ tiêu xóa nhà tạm.
Văn phòng Đảng ủy xã
Tin khác
- Xã Đa Kia giao ban khối dân vận quý II (02/07/2026)
- Xã Bù Gia Mập tặng 50 suất quà cho hộ nghèo (20/06/2026)
- Khối dân vận xã ra mắt mô hình "Sóc không ma túy" (10/06/2026)
""", "2026-07-08", "Xã Bù Gia Mập sơ kết công tác dân vận 6 tháng đầu năm 2026",
E("so_ket", "2026-H1", "2026-07-06"),
[P("Điểu Lên", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã", "Trưởng khối dân vận xã"),
 P("Thị Hường", "Phó Chủ tịch Hội LHPN xã"), P("Điểu Xiêng", "Bí thư Chi bộ thôn Bù Lư"),
 P("Lâm Văn Tú", "Công chức Văn hóa - Xã hội xã"), P("Điểu Brăng", "người có uy tín sóc Bù Ka")],
[Q("64 buổi tuyên truyền", 64, "buổi tuyên truyền"), Q("18 thôn, sóc", 18, "thôn, sóc"),
 Q("khoảng 4.200 lượt người nghe", 4200, "lượt người nghe", "approx"), Q("29 buổi", 29, "buổi"), Q("35 buổi", 35, "buổi"),
 Q("126 hộ đồng bào S'tiêng, M'nông", 126, "hộ đồng bào S'tiêng, M'nông"), Q("8.600 m2", 8600, "m2"),
 Q("1,24 tỷ đồng", 1240000000, "đồng"), Q("3.100 ngày công", 3100, "ngày công"), Q("7,5 km", 7.5, "km"),
 Q("14 căn nhà Đại đoàn kết", 14, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("3,6 tỷ đồng", 3600000000, "đồng"), Q("92 hộ", 92, "hộ"), Q("48 hội viên mới", 48, "hội viên mới"),
 Q("6 tổ tiết kiệm", 6, "tổ tiết kiệm"), Q("137 thành viên", 137, "thành viên"), Q("12 đợt tình nguyện", 12, "đợt tình nguyện"),
 Q("2 đợt", 2, "đợt"), Q("186 lượt công dân", 186, "lượt công dân"), Q("47 đơn thư", 47, "đơn thư"), Q("43 đơn", 43, "đơn"),
 Q("91,5%", 91.5, "%"), Q("4 cuộc đối thoại", 4, "cuộc đối thoại"), Q("21 người có uy tín", 21, "người có uy tín"),
 Q("18 tổ hòa giải", 18, "tổ hòa giải"), Q("15 vụ việc", 15, "vụ việc"), Q("3,9%", 3.9, "%"), Q("1,1%", 1.1, "%"),
 Q("9 thanh niên", 9, "thanh niên"), Q("ít nhất 80 hội viên mới", 80, "hội viên mới", "over"), Q("100% chỉ tiêu", 100, "%"), Q("3 xã", 3, "xã"), Q("hơn 420 km2", 420, "km2", "over"),
 Q("2.876 hộ", 2876, "hộ"), Q("61%", 61, "%"), Q("320 lượt người cao tuổi", 320, "lượt người cao tuổi")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 05-NQ/ĐU"),
 D("Kế hoạch", "12", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 12, 13-KH/ĐU"),
 D("Kế hoạch", "13", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 12, 13-KH/ĐU"),
 D("Quy định", "304", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 304-QĐ/TW của Bộ Chính trị")],
[prov("Đồng Nai"), com("Bù Gia Mập")],
["ĐẢNG ỦY XÃ BÙ GIA MẬP - TỈNH ĐỒNG NAI", "Trang chủ | Tin tức | Công tác dân vận", "Toàn cảnh hội nghị sơ kết.",
 "Đồn Biên phòng Bù Gia Mập"],
["Ngày đăng 08/07/2026 | 16:20", "6 tháng đầu năm 2026", "6 tháng cuối năm 2026", "quý I", "quý II", "cuối năm 2025",
 "giai đoạn 2026-2030"]))
