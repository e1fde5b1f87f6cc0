from lib import *
PAGES = []

PAGES.append(page("b3821-thanhhoa-quyvnn-tongket-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA
Trang chủ » Hoạt động Mặt trận » Vì người nghèo
Thứ Ba, 27/12/2011 - 16:40
Ảnh: Quang cảnh hội nghị tổng kết.
Thanh Hóa: Quỹ "Vì người nghèo" năm 2011 vận động được hơn 31,4 tỷ đồng
Ngày 26/12, Ban Vận động Quỹ "Vì người nghèo" tỉnh tổ chức hội nghị tổng kết công tác vận động, quản lý và sử dụng Quỹ năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Lê Thị Thuần, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng Ban Vận động Quỹ "Vì người nghèo" tỉnh chủ trì hội nghị.
Theo báo cáo do đồng chí Cầm Bá Xuân, Phó Chủ tịch - Trưởng ban Dân chủ Pháp luật Ủy ban MTTQ tỉnh trình bày, năm 2011 Quỹ "Vì người nghèo" các cấp trong tỉnh vận động được hơn 31,4 tỷ đồng; trong đó cấp tỉnh 9,26 tỷ đồng, cấp huyện 12,8 tỷ đồng, cấp xã trên 9,3 tỷ đồng. Cùng với nguồn quỹ năm trước chuyển sang, các cấp Mặt trận đã hỗ trợ xây mới 1.146 căn nhà Đại đoàn kết, sửa chữa 327 căn; giúp 2.480 hộ nghèo vay vốn, con giống; tặng 8.600 suất quà Tết cho hộ nghèo và 640 suất học bổng cho học sinh nghèo vượt khó.
Thực hiện Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008 của Thủ tướng Chính phủ về chính sách hỗ trợ hộ nghèo về nhà ở, Mặt trận các huyện miền núi đã phối hợp vận động dòng họ, con em xa quê góp công, góp vật liệu. Mỗi căn nhà Đại đoàn kết được Quỹ hỗ trợ 20 triệu đồng, riêng các huyện Mường Lát, Quan Sơn, Quan Hóa được hỗ trợ 25 triệu đồng/căn. Tỷ lệ hộ nghèo toàn tỉnh giảm còn 24,8%, có 11 xã ra khỏi diện đặc biệt khó khăn.
Tham luận tại hội nghị, ông Hà Văn Ngọc, Chủ tịch Ủy ban MTTQ xã Trung Lý, cho biết xã có 62 hộ đồng bào Mông làm nhà mới nhờ nguồn Quỹ và sự giúp đỡ của bộ đội biên phòng; bà Lò Thị Mai, Trưởng ban Công tác Mặt trận bản Pá Quăn, xã Tam Chung, kể cách vận động bà con góp gỗ, góp ngày công.
Đồng chí Lê Thị Thuần đề nghị các cấp Mặt trận tiếp tục thực hiện Chỉ thị số 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về giảm nghèo nhanh, bền vững ở các huyện miền núi; bám sát Nghị quyết 30a/2008/NQ-CP của Chính phủ; công khai, minh bạch thu chi Quỹ đến từng thôn, bản. Năm 2012, phấn đấu vận động không dưới 30 tỷ đồng, xây mới ít nhất 1.000 nhà Đại đoàn kết.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 26 tập thể, 41 cá nhân tiêu biểu trong vận động Quỹ. Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Phạm Thị Hằng, Trịnh Văn Cường trao bằng khen.
Hoàng Đông
Số lượt xem: 1.204
Tin liên quan
- Mường Lát bàn giao 40 nhà Đại đoàn kết cho hộ nghèo (15/12/2011)
- Ra quân Tháng cao điểm "Vì người nghèo" năm 2011 (17/10/2011)
- Hội nghị hiệp thương cử Ban Vận động Quỹ "Vì người nghèo" (05/10/2011)
""", "2011-12-27", 'Thanh Hóa: Quỹ "Vì người nghèo" năm 2011 vận động được hơn 31,4 tỷ đồng',
E("tong_ket", "2011", "2011-12-26"),
[P("Lê Thị Thuần", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", 'Trưởng Ban Vận động Quỹ "Vì người nghèo" tỉnh'),
 P("Cầm Bá Xuân", "Phó Chủ tịch - Trưởng ban Dân chủ Pháp luật Ủy ban MTTQ tỉnh"),
 P("Hà Văn Ngọc", "Chủ tịch Ủy ban MTTQ xã Trung Lý"),
 P("Lò Thị Mai", "Trưởng ban Công tác Mặt trận bản Pá Quăn"),
 P("Phạm Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trịnh Văn Cường", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("hơn 31,4 tỷ đồng", 31400000000, "đồng", "over"),
 Q("9,26 tỷ đồng", 9260000000, "đồng"), Q("12,8 tỷ đồng", 12800000000, "đồng"),
 Q("trên 9,3 tỷ đồng", 9300000000, "đồng", "over"),
 Q("1.146 căn nhà Đại đoàn kết", 1146, "căn nhà Đại đoàn kết"), Q("327 căn", 327, "căn"),
 Q("2.480 hộ nghèo", 2480, "hộ nghèo"), Q("8.600 suất quà", 8600, "suất quà"),
 Q("640 suất học bổng", 640, "suất học bổng"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("25 triệu đồng/căn", 25000000, "đồng"),
 Q("24,8%", 24.8, "%"), Q("11 xã", 11, "xã"), Q("62 hộ đồng bào Mông", 62, "hộ đồng bào Mông"),
 Q("không dưới 30 tỷ đồng", 30000000000, "đồng", "over"),
 Q("ít nhất 1.000 nhà Đại đoàn kết", 1000, "nhà Đại đoàn kết", "over"),
 Q("26 tập thể", 26, "tập thể"), Q("41 cá nhân tiêu biểu", 41, "cá nhân tiêu biểu")],
[D("Quyết định", "167", "2008/QĐ-TTg", "2008-12-12", "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05, 06-CT/TU"),
 D("Nghị quyết", "30a", "2008/NQ-CP", None, "Chính phủ", "Nghị quyết 30a/2008/NQ-CP")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Tam Chung")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA", "Trang chủ » Hoạt động Mặt trận » Vì người nghèo",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Vì người nghèo", "Số lượt xem: 1.204", "Mường Lát", "Quan Sơn", "Quan Hóa"],
["Thứ Ba, 27/12/2011 - 16:40", "năm 2011", "năm 2012", "Số lượt xem: 1.204", "Nghị quyết 30a"]))

PAGES.append(page("b3822-nghean-nhadaidoanket-traoqua-2012", """
Báo Nghệ An điện tử
Xã hội › Mặt trận - Đoàn thể
Cập nhật: 09:15, 20/11/2012 (GMT+7)
Bàn giao 75 nhà Đại đoàn kết cho hộ nghèo huyện Kỳ Sơn
(Baonghean) - Sáng 19/11, nhân kỷ niệm 82 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2012), Ủy ban MTTQ tỉnh phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức lễ bàn giao 75 nhà Đại đoàn kết cho hộ nghèo các xã biên giới huyện Kỳ Sơn.
Đồng chí Vi Văn Sởi trao quyết định hỗ trợ cho các hộ. Ảnh: Công Kiên
Dự buổi lễ có đồng chí Vi Văn Sởi, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; Đại tá Nguyễn Văn Lực, Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh; các đồng chí Lầu Bá Chồng, Xồng Nhìa Lầu - Phó Chủ tịch UBND huyện Kỳ Sơn.
Các căn nhà được xây dựng theo Chương trình phối hợp số 02/CTPH-MTTQ-BĐBP giữa Ủy ban MTTQ tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh. Tổng kinh phí xây dựng trên 3,1 tỷ đồng, trong đó Quỹ "Vì người nghèo" tỉnh hỗ trợ 1,5 tỷ đồng (20 triệu đồng/căn), Bộ đội Biên phòng hỗ trợ 2.250 ngày công, phần còn lại do các hộ và dòng họ đóng góp. Mỗi căn có diện tích từ 40 m2 trở lên, đảm bảo "3 cứng": nền cứng, khung cứng, mái cứng.
Trong số các hộ được nhận nhà có 48 hộ đồng bào Mông, 19 hộ đồng bào Khơ Mú và 8 hộ đồng bào Thái; 12 hộ là gia đình chính sách. Ông Lữ Văn Pó, Trưởng bản Huồi Khe, xã Mường Típ, cho biết trước đây cả bản có 23 hộ ở nhà tranh tre tạm bợ, nay đã có 17 hộ được làm nhà mới.
Phát biểu tại buổi lễ, đồng chí Vi Văn Sởi cho biết, thực hiện Kế hoạch số 118/KH-UBND của UBND tỉnh và Hướng dẫn số 09/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, từ năm 2011 đến nay toàn tỉnh đã xây mới 2.630 nhà Đại đoàn kết. Đồng chí đề nghị chính quyền các xã Mường Típ, Nậm Cắn, Mỹ Lý tiếp tục giúp hộ nghèo phát triển sản xuất để "an cư, lạc nghiệp".
Dịp này, Ủy ban MTTQ tỉnh trao 150 suất quà, mỗi suất trị giá 300.000 đồng, cho hộ nghèo các bản; Công ty Điện lực Nghệ An trao tặng 30 chiếc chăn ấm và 2 bộ máy phát điện nhỏ cho bản Huồi Khe.
Theo Ban Thường trực Ủy ban MTTQ huyện Kỳ Sơn, toàn huyện hiện còn khoảng 1.900 hộ nghèo đang ở nhà tạm, nhiều hộ ở các bản vùng cao cách trung tâm xã trên 20 km, đường sá đi lại khó khăn nên việc vận chuyển vật liệu phải nhờ bộ đội và thanh niên tình nguyện gùi bộ. Để kịp bàn giao nhà trước mùa mưa rét, Mặt trận các xã đã tổ chức các tổ "góp công, góp sức", mỗi tổ khoảng 12 người.
Anh Xồng Bá Dì, chủ hộ được nhận nhà ở bản Huồi Khe, xúc động: "Có nhà mới rồi, gia đình tôi sẽ cố gắng làm ăn để thoát nghèo".
Thu Huyền
Lượt đọc: 2.318
Các tin khác
- Quỳ Châu: 1.200 suất quà cho hộ nghèo đón Tết (15/11/2012)
- Tháng cao điểm "Vì người nghèo": Nghệ An vận động 12 tỷ đồng (08/11/2012)
- Ra mắt tổ tự quản bản Nhãn Lỳ (01/11/2012)
""", "2012-11-20", "Bàn giao 75 nhà Đại đoàn kết cho hộ nghèo huyện Kỳ Sơn",
E("trao_qua", None, "2012-11-19"),
[P("Vi Văn Sởi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Lực", "Đại tá", "Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh"),
 P("Lầu Bá Chồng", "Phó Chủ tịch UBND huyện Kỳ Sơn"),
 P("Xồng Nhìa Lầu", "Phó Chủ tịch UBND huyện Kỳ Sơn"),
 P("Lữ Văn Pó", "Trưởng bản Huồi Khe"),
 P("Xồng Bá Dì")],
[Q("75 nhà Đại đoàn kết", 75, "nhà Đại đoàn kết"), Q("trên 3,1 tỷ đồng", 3100000000, "đồng", "over"),
 Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("20 triệu đồng/căn", 20000000, "đồng"),
 Q("2.250 ngày công", 2250, "ngày công"), Q("từ 40 m2 trở lên", 40, "m2", "over"),
 Q("48 hộ đồng bào Mông", 48, "hộ đồng bào Mông"), Q("19 hộ đồng bào Khơ Mú", 19, "hộ đồng bào Khơ Mú"),
 Q("8 hộ đồng bào Thái", 8, "hộ đồng bào Thái"), Q("12 hộ", 12, "hộ"), Q("23 hộ", 23, "hộ"), Q("17 hộ", 17, "hộ"),
 Q("khoảng 1.900 hộ nghèo", 1900, "hộ nghèo", "approx"), Q("trên 20 km", 20, "km", "over"), Q("khoảng 12 người", 12, "người", "approx"),
 Q("2.630 nhà Đại đoàn kết", 2630, "nhà Đại đoàn kết"), Q("150 suất quà", 150, "suất quà"),
 Q("300.000 đồng", 300000, "đồng"), Q("30 chiếc chăn ấm", 30, "chiếc chăn ấm"), Q("2 bộ máy phát điện", 2, "bộ máy phát điện")],
[D("Chương trình phối hợp", "02", "CTPH-MTTQ-BĐBP", None, None, "Chương trình phối hợp số 02/CTPH-MTTQ-BĐBP"),
 D("Kế hoạch", "118", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 118/KH-UBND"),
 D("Hướng dẫn", "09", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 09/HD-MTTQ-BTT")],
[prov("Nghệ An"), com("Mường Típ"), com("Nậm Cắn"), com("Mỹ Lý")],
["Báo Nghệ An điện tử", "Xã hội › Mặt trận - Đoàn thể", "(Baonghean)", "Đồng chí Vi Văn Sởi trao quyết định hỗ trợ cho các hộ. Ảnh: Công Kiên",
 "Vì người nghèo", "an cư, lạc nghiệp", "Lượt đọc: 2.318", "Công ty Điện lực Nghệ An"],
["Cập nhật: 09:15, 20/11/2012 (GMT+7)", "82 năm", "3 cứng", "18/11/1930 - 18/11/2012", "Lượt đọc: 2.318"]))

PAGES.append(page("b3823-laocai-quyvnn-soket-2013", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận
08:20 | 16/07/2013
Toàn cảnh hội nghị.
Lào Cai: Gần 5.000 hộ nghèo được hỗ trợ từ Quỹ "Vì người nghèo"
Sáng 15/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2013, trọng tâm là cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" và công tác vận động, sử dụng Quỹ "Vì người nghèo". Đồng chí Giàng Seo Chử, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh chủ trì; dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Lục Văn Pao, Nguyễn Thị Duyên.
Báo cáo cho thấy, 6 tháng đầu năm, Quỹ "Vì người nghèo" ba cấp tiếp nhận 4,62 tỷ đồng, đạt 71% kế hoạch năm; đã chi hỗ trợ gần 5.000 hộ nghèo, trong đó làm mới 214 nhà Đại đoàn kết, sửa chữa 96 nhà; hỗ trợ 1.320 con giống (lợn, dê), 18 tấn ngô giống và 3.500 bộ quần áo ấm cho đồng bào vùng cao. Ngoài ra, Mặt trận các cấp vận động xã hội hóa được trên 2,3 tỷ đồng tặng quà cho 6.140 hộ nghèo, hộ gia đình chính sách dịp Tết Quý Tỵ.
Thực hiện Nghị quyết số 80/NQ-CP ngày 19/5/2011 của Chính phủ về định hướng giảm nghèo bền vững và Nghị quyết số 10-NQ/TU của Tỉnh ủy, tỷ lệ hộ nghèo của tỉnh giảm 4,2% so với cuối năm 2012. Huyện Si Ma Cai có 22 thôn đăng ký xây dựng "Khu dân cư không có hộ nghèo đói"; xã Bản Mế có 41 hộ thoát nghèo.
Tại hội nghị, ông Sùng A Lử, Chủ tịch Ủy ban MTTQ xã Bản Mế, nêu thực tế nhiều hộ đồng bào Mông chưa chủ động thoát nghèo, còn tư tưởng trông chờ. Bà Tẩn Thị Sành, Phó Chủ tịch Ủy ban MTTQ huyện Sa Pa, đề nghị nâng mức hỗ trợ làm nhà lên 30 triệu đồng/căn vì giá vật liệu vận chuyển lên vùng cao tăng cao. Ông Lồ Văn Thào, người có uy tín thôn Sín Chải, xã Tả Van, kể việc vận động 9 hộ trong thôn cùng góp công dựng nhà cho hộ ông Giàng A Chư.
Kết luận hội nghị, đồng chí Giàng Seo Chử yêu cầu 6 tháng cuối năm tiếp tục quán triệt Chỉ thị 12, 13-CT/TU của Ban Thường vụ Tỉnh ủy; phối hợp với Sở Lao động - Thương binh và Xã hội rà soát hộ nghèo đảm bảo công khai, dân chủ; phấn đấu cả năm vận động Quỹ đạt từ 6,5 tỷ đồng trở lên và làm mới thêm 300 nhà cho hộ nghèo khó khăn về nhà ở.
Cũng tại hội nghị, Ủy ban MTTQ tỉnh đã trao 40 triệu đồng hỗ trợ 2 hộ nghèo ở xã Bản Mế làm nhà và phát động đợt ủng hộ đồng bào các xã bị lũ quét tháng 6 vừa qua.
Ảnh: Đồng chí Giàng Seo Chử kết luận hội nghị. (Ảnh: Hoàng Anh)
Lượt truy cập: 945
Tin khác
- Bảo Thắng: vận động hơn 600 triệu đồng ủng hộ Quỹ "Vì người nghèo" (05/07/2013)
- Bát Xát khánh thành 20 nhà Đại đoàn kết (28/06/2013)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 6 (12/06/2013)
""", "2013-07-16", 'Lào Cai: Gần 5.000 hộ nghèo được hỗ trợ từ Quỹ "Vì người nghèo"',
E("so_ket", "2013-H1", "2013-07-15"),
[P("Giàng Seo Chử", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lục Văn Pao", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Duyên", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Sùng A Lử", "Chủ tịch Ủy ban MTTQ xã Bản Mế"),
 P("Tẩn Thị Sành", "Phó Chủ tịch Ủy ban MTTQ huyện Sa Pa"),
 P("Lồ Văn Thào", "người có uy tín thôn Sín Chải"),
 P("Giàng A Chư")],
[Q("Gần 5.000 hộ nghèo", 5000, "hộ nghèo", "approx"),
 Q("4,62 tỷ đồng", 4620000000, "đồng"), Q("71%", 71, "%"),
 Q("214 nhà Đại đoàn kết", 214, "nhà Đại đoàn kết"), Q("96 nhà", 96, "nhà"),
 Q("1.320 con giống", 1320, "con giống"), Q("18 tấn", 18, "tấn"), Q("3.500 bộ quần áo ấm", 3500, "bộ quần áo ấm"),
 Q("trên 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("6.140 hộ nghèo, hộ gia đình chính sách", 6140, "hộ nghèo, hộ gia đình chính sách"),
 Q("4,2%", 4.2, "%"), Q("22 thôn", 22, "thôn"), Q("41 hộ", 41, "hộ"),
 Q("30 triệu đồng/căn", 30000000, "đồng"), Q("9 hộ", 9, "hộ"),
 Q("từ 6,5 tỷ đồng trở lên", 6500000000, "đồng", "over"), Q("300 nhà", 300, "nhà"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("2 hộ nghèo", 2, "hộ nghèo")],
[D("Nghị quyết", "80", "NQ-CP", "2011-05-19", "Chính phủ", "Nghị quyết số 80/NQ-CP ngày 19/5/2011"),
 D("Nghị quyết", "10", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 10-NQ/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU")],
[prov("Lào Cai"), com("Bản Mế"), com("Tả Van")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận", "Toàn cảnh hội nghị.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo", "Khu dân cư không có hộ nghèo đói",
 "Ảnh: Đồng chí Giàng Seo Chử kết luận hội nghị. (Ảnh: Hoàng Anh)", "Lượt truy cập: 945", "Si Ma Cai"],
["08:20 | 16/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm", "Tết Quý Tỵ", "năm 2012", "Lượt truy cập: 945"]))

PAGES.append(page("b3824-quangtri-thangcaodiem-hoinghi-2014", """
Báo Quảng Trị
Chính trị - Xã hội » Mặt trận
14/10/2014 - 15:30
Hướng tới mục tiêu không còn hộ nghèo ở nhà tạm vào cuối năm 2015
QT - Chiều 13/10, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị triển khai Tháng cao điểm "Vì người nghèo" năm 2014 (từ ngày 17/10 đến 18/11) và phát động ủng hộ xây dựng nhà Đại đoàn kết cho hộ nghèo.
Ảnh: Các đại biểu ủng hộ Quỹ "Vì người nghèo" tại hội nghị - Ảnh: N.B
Dự hội nghị có đồng chí Hồ Thị Thu Huyền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trần Văn Tuân, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh; đại diện các sở, ban, ngành, doanh nghiệp và 84 đồng chí là Chủ tịch Ủy ban MTTQ các huyện, thị xã, thành phố và xã, phường, thị trấn.
Theo Ủy ban MTTQ tỉnh, toàn tỉnh hiện còn 11.372 hộ nghèo, chiếm 7,92%, và 7.016 hộ cận nghèo; trong đó có khoảng 1.450 hộ nghèo đang ở nhà tạm, nhà dột nát, tập trung ở hai huyện Hướng Hóa và Đakrông. Thực hiện Kế hoạch số 22-KH/MT của Ban Thường trực Ủy ban MTTQ tỉnh, năm 2014 Mặt trận các cấp phấn đấu vận động Quỹ "Vì người nghèo" đạt 8 tỷ đồng, xây mới và sửa chữa 500 nhà Đại đoàn kết; mức hỗ trợ xây mới 30 triệu đồng/nhà, sửa chữa 10 triệu đồng/nhà.
Từ đầu năm đến nay, Quỹ các cấp đã tiếp nhận trên 4,8 tỷ đồng; hỗ trợ làm mới 186 nhà, sửa chữa 73 nhà; trợ giúp 215 hộ thoát nghèo bằng mô hình chăn nuôi bò, trồng rừng; trao 1.260 suất học bổng, mỗi suất 500.000 đồng.
Phát biểu tại hội nghị, đồng chí Hồ Thị Thu Huyền đề nghị các cấp ủy đảng quán triệt Chỉ thị số 17-CT/TU ngày 15/4/2014 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác giảm nghèo; mỗi cán bộ, đảng viên, công chức ủng hộ ít nhất 1 ngày lương. Ông Hồ Văn Thăm, Chủ tịch Ủy ban MTTQ xã A Dơi, huyện Hướng Hóa, và ông Pả Đinh, người có uy tín bản Tà Rùng, xã Hướng Việt, chia sẻ cách vận động đồng bào Vân Kiều, Pa Kô góp công làm nhà.
Ngay tại hội nghị, 27 cơ quan, đơn vị, doanh nghiệp đã đăng ký ủng hộ 2,14 tỷ đồng; trong đó Công ty cổ phần Cao su Quảng Trị ủng hộ 500 triệu đồng, Ngân hàng Chính sách xã hội tỉnh ủng hộ 20 nhà, mỗi nhà 30 triệu đồng. Bà Nguyễn Thị Hoa, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh, cho biết số tiền sẽ được công khai trên Báo Quảng Trị và Đài Phát thanh - Truyền hình tỉnh.
Theo kế hoạch, trong Tháng cao điểm, Ban Thường trực Ủy ban MTTQ tỉnh sẽ tổ chức các đoàn kiểm tra việc bình xét, lựa chọn hộ được hỗ trợ ở các thôn, bản; việc làm nhà phải do chính các hộ và cộng đồng khu dân cư thực hiện, Mặt trận không "làm thay".
Nguyễn Bình
Bản in | Gửi bạn bè | Lượt xem: 1.532
Tin liên quan
- Quảng Trị: 320 hộ nghèo được hỗ trợ bò giống (10/10/2014)
- Gio Linh bàn giao 15 nhà Đại đoàn kết (01/10/2014)
- Đakrông: ra quân làm nhà cho hộ nghèo (22/09/2014)
""", "2014-10-14", "Hướng tới mục tiêu không còn hộ nghèo ở nhà tạm vào cuối năm 2015",
E("hoi_nghi", "2014", "2014-10-13"),
[P("Hồ Thị Thu Huyền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Tuân", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hồ Văn Thăm", "Chủ tịch Ủy ban MTTQ xã A Dơi"),
 P("Pả Đinh", "người có uy tín bản Tà Rùng"),
 P("Nguyễn Thị Hoa", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh")],
[Q("84 đồng chí", 84, "đồng chí"), Q("11.372 hộ nghèo", 11372, "hộ nghèo"), Q("7,92%", 7.92, "%"),
 Q("7.016 hộ cận nghèo", 7016, "hộ cận nghèo"), Q("khoảng 1.450 hộ nghèo", 1450, "hộ nghèo", "approx"),
 Q("8 tỷ đồng", 8000000000, "đồng"), Q("500 nhà Đại đoàn kết", 500, "nhà Đại đoàn kết"),
 Q("30 triệu đồng/nhà", 30000000, "đồng"), Q("10 triệu đồng/nhà", 10000000, "đồng"),
 Q("trên 4,8 tỷ đồng", 4800000000, "đồng", "over"), Q("186 nhà", 186, "nhà"), Q("73 nhà", 73, "nhà"),
 Q("215 hộ", 215, "hộ"), Q("1.260 suất học bổng", 1260, "suất học bổng"), Q("500.000 đồng", 500000, "đồng"),
 Q("27 cơ quan, đơn vị, doanh nghiệp", 27, "cơ quan, đơn vị, doanh nghiệp"), Q("2,14 tỷ đồng", 2140000000, "đồng"),
 Q("500 triệu đồng", 500000000, "đồng"), Q("20 nhà", 20, "nhà"), Q("30 triệu đồng", 30000000, "đồng")],
[D("Kế hoạch", "22", "KH/MT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 22-KH/MT"),
 D("Chỉ thị", "17", "CT/TU", "2014-04-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 15/4/2014")],
[prov("Quảng Trị"), com("A Dơi"), com("Hướng Việt")],
["Báo Quảng Trị", "Chính trị - Xã hội » Mặt trận", "QT", 'Ảnh: Các đại biểu ủng hộ Quỹ "Vì người nghèo" tại hội nghị - Ảnh: N.B',
 "Vì người nghèo", "Bản in | Gửi bạn bè | Lượt xem: 1.532", "Công ty cổ phần Cao su Quảng Trị", "Ngân hàng Chính sách xã hội tỉnh", "Hướng Hóa", "Đakrông"],
["14/10/2014 - 15:30", "năm 2014", "năm 2015", "17/10 đến 18/11", "1 ngày lương", "Lượt xem: 1.532"]))

PAGES.append(page("b3825-daklak-giamsat-nhao-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ > Tin tức > Giám sát và phản biện xã hội
Thứ Ba, 22/09/2015 - 10:12
Giám sát việc hỗ trợ nhà ở cho hộ nghèo tại huyện Krông Bông
Từ ngày 16 đến 18/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí Y Wang Byă, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ hộ nghèo về nhà ở theo Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015 của Thủ tướng Chính phủ và việc sử dụng Quỹ "Vì người nghèo" tại huyện Krông Bông và các xã Cư Pui, Yang Mao, Hòa Phong.
Cùng đi có bà H'Rin Niê, Phó Chủ tịch Ủy ban MTTQ tỉnh; ông Nguyễn Văn Thuận, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh; đại diện Sở Xây dựng, Ngân hàng Chính sách xã hội tỉnh.
Đoàn giám sát làm việc tại xã Cư Pui. Ảnh: Minh Thuận
Theo báo cáo của UBND huyện Krông Bông, một trong những huyện nghèo nhất tỉnh Đắk Lắk, giai đoạn 2009-2015 huyện đã hỗ trợ làm nhà cho 1.684 hộ nghèo theo Quyết định 167, trong đó 1.127 hộ là đồng bào dân tộc thiểu số tại chỗ; tổng vốn giải ngân trên 42,6 tỷ đồng, gồm 25,3 tỷ đồng ngân sách trung ương, 13,5 tỷ đồng vốn vay ưu đãi và khoảng 3,8 tỷ đồng Quỹ "Vì người nghèo" các cấp. Hiện huyện còn 2.915 hộ nghèo, chiếm 18,6%; trong đó 436 hộ có nhu cầu hỗ trợ nhà ở.
Qua kiểm tra thực tế 52 căn nhà, đoàn ghi nhận đa số nhà đảm bảo diện tích tối thiểu 24 m2, đúng đối tượng; tuy vậy có 7 căn xây dựng chưa hoàn thiện, 3 hộ đã bán nhà, bỏ đi nơi khác. Một số hộ vay 25 triệu đồng/hộ nhưng không có khả năng trả nợ. Bà H'Hương Mlô, Chủ tịch Ủy ban MTTQ xã Yang Mao, cho biết xã có 5 buôn đặc biệt khó khăn, đường vào buôn mùa mưa bị chia cắt nên vật liệu phải chở bằng xe công nông.
Ông Y Nguê Knul, người có uy tín buôn Cuôr, xã Cư Pui, phản ánh nhiều hộ Mông di cư tự do từ phía Bắc đến chưa có hộ khẩu nên chưa được xét hỗ trợ; toàn xã có 138 hộ di cư tự do, trong đó 94 hộ còn ở nhà tạm bằng tranh, tre, nứa.
Kết luận buổi giám sát, đồng chí Y Wang Byă đề nghị UBND huyện rà soát lại danh sách hộ nghèo theo Hướng dẫn số 12/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, công khai tại khu dân cư; phối hợp Mặt trận vận động các doanh nghiệp hỗ trợ thêm 10 triệu đồng/căn cho hộ đặc biệt khó khăn; Ủy ban MTTQ các xã phát huy vai trò Ban giám sát đầu tư của cộng đồng và Ban Thanh tra nhân dân trong việc giám sát từng công trình nhà ở.
Thay mặt UBND huyện, ông Lê Đình Hưng, Phó Chủ tịch UBND huyện Krông Bông, tiếp thu và cho biết huyện sẽ báo cáo UBND tỉnh xử lý những vướng mắc vượt thẩm quyền.
H'Linh
Lượt xem: 642
Các tin khác
- Ea Kar: trao 12 nhà Đại đoàn kết (15/09/2015)
- Hội nghị phản biện dự thảo quy định về mức hỗ trợ hộ cận nghèo (07/09/2015)
- Ủy ban MTTQ tỉnh phát động ủng hộ đồng bào vùng hạn hán (28/08/2015)
""", "2015-09-22", "Giám sát việc hỗ trợ nhà ở cho hộ nghèo tại huyện Krông Bông",
E("giam_sat", None, "2015-09-16"),
[P("Y Wang Byă", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("H'Rin Niê", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Thuận", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("H'Hương Mlô", "Chủ tịch Ủy ban MTTQ xã Yang Mao"),
 P("Y Nguê Knul", "người có uy tín buôn Cuôr"),
 P("Lê Đình Hưng", "Phó Chủ tịch UBND huyện Krông Bông")],
[Q("1.684 hộ nghèo", 1684, "hộ nghèo"), Q("1.127 hộ", 1127, "hộ"),
 Q("trên 42,6 tỷ đồng", 42600000000, "đồng", "over"), Q("25,3 tỷ đồng", 25300000000, "đồng"),
 Q("13,5 tỷ đồng", 13500000000, "đồng"), Q("khoảng 3,8 tỷ đồng", 3800000000, "đồng", "approx"),
 Q("2.915 hộ nghèo", 2915, "hộ nghèo"), Q("18,6%", 18.6, "%"), Q("436 hộ", 436, "hộ"),
 Q("52 căn nhà", 52, "căn nhà"), Q("tối thiểu 24 m2", 24, "m2"), Q("7 căn", 7, "căn"), Q("3 hộ", 3, "hộ"),
 Q("25 triệu đồng/hộ", 25000000, "đồng"), Q("5 buôn đặc biệt khó khăn", 5, "buôn đặc biệt khó khăn"),
 Q("138 hộ di cư tự do", 138, "hộ di cư tự do"), Q("94 hộ", 94, "hộ"), Q("10 triệu đồng/căn", 10000000, "đồng")],
[D("Quyết định", "33", "2015/QĐ-TTg", "2015-08-10", "Thủ tướng Chính phủ", "Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015"),
 D("Hướng dẫn", "12", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 12/HD-MTTQ-BTT")],
[prov("Đắk Lắk"), com("Cư Pui"), com("Yang Mao"), com("Hòa Phong")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ > Tin tức > Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại xã Cư Pui. Ảnh: Minh Thuận", "Vì người nghèo", "Quyết định 167", "Lượt xem: 642", "Krông Bông",
 "Ban giám sát đầu tư của cộng đồng", "Ban Thanh tra nhân dân"],
["Thứ Ba, 22/09/2015 - 10:12", "Từ ngày 16 đến 18/9", "2009-2015", "Quyết định 167", "Lượt xem: 642"]))

PAGES.append(page("b3826-bentre-giaoban-quyvnn-2016", """
Báo Đồng Khởi Online - Cơ quan của Đảng bộ tỉnh Bến Tre
Chính trị :: Mặt trận - Đoàn thể
Ngày đăng 11/10/2016 | 14:35
Ảnh: Phó Chủ tịch Ủy ban MTTQ tỉnh Nguyễn Thị Bé Mười phát biểu.
Sẵn sàng cho Tháng cao điểm "Vì người nghèo"
Ngày 10/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức giao ban công tác Mặt trận quý III/2016 với Ủy ban MTTQ các huyện, thành phố, triển khai Tháng cao điểm "Vì người nghèo" và chương trình an sinh xã hội năm 2016.
Chủ trì giao ban có bà Nguyễn Thị Bé Mười, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh, Phó Trưởng Ban Thường trực Ban Vận động Quỹ "Vì người nghèo" tỉnh; ông Lê Văn Kiệt, Phó Chủ tịch Ủy ban MTTQ tỉnh.
Báo cáo quý III cho biết, 9 tháng năm 2016, Quỹ "Vì người nghèo" ba cấp trong tỉnh vận động được 14,7 tỷ đồng, vượt 5% so với cùng kỳ; riêng quý III vận động 3,9 tỷ đồng. Nguồn Quỹ đã xây dựng 312 căn nhà Đại đoàn kết (mỗi căn 35 triệu đồng), sửa chữa 58 căn (mỗi căn 12 triệu đồng); hỗ trợ 1.215 hộ nghèo vay vốn chăn nuôi bò, dê; cất 24 cây cầu giao thông nông thôn. Tổng số tiền hỗ trợ trong quý III là 5,42 tỷ đồng, trong đó nguồn vận động trong tỉnh 3,2 tỷ đồng và nguồn từ các nhà hảo tâm, doanh nghiệp ngoài tỉnh 2,22 tỷ đồng.
Theo chuẩn nghèo giai đoạn 2016-2020 theo Quyết định số 59/2015/QĐ-TTg của Thủ tướng Chính phủ, tỉnh có 27.914 hộ nghèo (7,38%) và 22.605 hộ cận nghèo. Ủy ban MTTQ tỉnh đã ký Chương trình phối hợp số 04/CTPH-MTTQ-SLĐTBXH với Sở Lao động - Thương binh và Xã hội về giám sát bình xét hộ nghèo.
Tại giao ban, ông Nguyễn Văn Tám, Chủ tịch Ủy ban MTTQ huyện Ba Tri, đề nghị tỉnh hướng dẫn cách hỗ trợ hộ cận nghèo làm nhà; bà Thạch Thị Phương, Chủ tịch Ủy ban MTTQ xã Tân Xuân, cho biết xã có 46 hộ nghèo là đồng bào Khmer, nhiều hộ không có đất cất nhà.
Triển khai Kế hoạch số 37/KH-MTTQ-BTT, Tháng cao điểm năm nay phấn đấu vận động trên 10 tỷ đồng; mỗi huyện, thành phố cất ít nhất 20 căn nhà Đại đoàn kết, tặng 10.000 phần quà Tết cho hộ nghèo, mỗi phần trị giá 400.000 đồng. Bà Nguyễn Thị Bé Mười lưu ý các địa phương không để "trùng lắp" đối tượng giữa nguồn Quỹ và nguồn ngân sách, công khai danh sách hộ được hỗ trợ tại ấp.
Các đại biểu cũng thống nhất trong quý IV tập trung rà soát hộ nghèo, hộ cận nghèo theo chuẩn mới; phối hợp với Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên giúp hộ nghèo tiếp cận vốn, giống, kỹ thuật; vận động các chùa Khmer, các cơ sở tôn giáo tham gia nấu cơm từ thiện, hỗ trợ bệnh nhân nghèo tại Bệnh viện Nguyễn Đình Chiểu. Mặt trận các xã được giao hoàn thành việc "hiệp thương" xét hộ nghèo trước ngày 30/11 để kịp danh sách tặng quà Tết.
Thanh Đồng
Lượt xem: 1.087
Tin liên quan
- Mỏ Cày Nam trao 15 căn nhà Đại đoàn kết (03/10/2016)
- Hội nghị hiệp thương Ủy ban MTTQ tỉnh (26/09/2016)
- Châu Thành: 600 phần quà cho hộ nghèo (20/09/2016)
""", "2016-10-11", 'Sẵn sàng cho Tháng cao điểm "Vì người nghèo"',
E("giao_ban", "2016-Q3", "2016-10-10"),
[P("Nguyễn Thị Bé Mười", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh", 'Phó Trưởng Ban Thường trực Ban Vận động Quỹ "Vì người nghèo" tỉnh', "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Văn Kiệt", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Tám", "Chủ tịch Ủy ban MTTQ huyện Ba Tri"),
 P("Thạch Thị Phương", "Chủ tịch Ủy ban MTTQ xã Tân Xuân")],
[Q("14,7 tỷ đồng", 14700000000, "đồng"), Q("5%", 5, "%"), Q("3,9 tỷ đồng", 3900000000, "đồng"),
 Q("312 căn nhà Đại đoàn kết", 312, "căn nhà Đại đoàn kết"), Q("35 triệu đồng", 35000000, "đồng"),
 Q("58 căn", 58, "căn"), Q("12 triệu đồng", 12000000, "đồng"), Q("1.215 hộ nghèo", 1215, "hộ nghèo"), Q("24 cây cầu giao thông nông thôn", 24, "cây cầu giao thông nông thôn"),
 Q("5,42 tỷ đồng", 5420000000, "đồng"), Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("2,22 tỷ đồng", 2220000000, "đồng"),
 Q("27.914 hộ nghèo", 27914, "hộ nghèo"), Q("7,38%", 7.38, "%"), Q("22.605 hộ cận nghèo", 22605, "hộ cận nghèo"),
 Q("46 hộ nghèo", 46, "hộ nghèo"), Q("trên 10 tỷ đồng", 10000000000, "đồng", "over"),
 Q("ít nhất 20 căn nhà Đại đoàn kết", 20, "căn nhà Đại đoàn kết", "over"), Q("10.000 phần quà", 10000, "phần quà"),
 Q("400.000 đồng", 400000, "đồng")],
[D("Quyết định", "59", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 59/2015/QĐ-TTg"),
 D("Chương trình phối hợp", "04", "CTPH-MTTQ-SLĐTBXH", None, None, "Chương trình phối hợp số 04/CTPH-MTTQ-SLĐTBXH"),
 D("Kế hoạch", "37", "KH-MTTQ-BTT", None, None, "Kế hoạch số 37/KH-MTTQ-BTT")],
[prov("Bến Tre"), com("Tân Xuân")],
["Báo Đồng Khởi Online - Cơ quan của Đảng bộ tỉnh Bến Tre", "Chính trị :: Mặt trận - Đoàn thể",
 "Ảnh: Phó Chủ tịch Ủy ban MTTQ tỉnh Nguyễn Thị Bé Mười phát biểu.", "Vì người nghèo", "trùng lắp", "Lượt xem: 1.087", "Ba Tri", "hiệp thương", "Bệnh viện Nguyễn Đình Chiểu"],
["Ngày đăng 11/10/2016 | 14:35", "quý III/2016", "9 tháng năm 2016", "quý III", "2016-2020", "quý IV", "ngày 30/11", "Lượt xem: 1.087"]))
