from lib import *
PAGES = []

PAGES.append(page("b6359-tuyenquang-xaminhtan-daihoi-mttq-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ › Chính trị › Mặt trận
Thứ Hai, 20/10/2025 - 07:50
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Đại hội đại biểu MTTQ Việt Nam xã Minh Tân lần thứ nhất: có đại biểu là thân nhân kiều bào
Ngày 18/10/2025, Ủy ban MTTQ Việt Nam xã Minh Tân, tỉnh Tuyên Quang tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ nhất, nhiệm kỳ 2025 - 2030. Đây là đại hội đầu tiên của xã sau khi sắp xếp đơn vị hành chính, sáp nhập các xã Minh Tân, Thuận Hòa cũ (thuộc tỉnh Hà Giang trước đây). Dự đại hội có 135 đại biểu, đại diện cho hơn 4.200 hộ với trên 19.000 nhân khẩu của 6 dân tộc Tày, Dao, Mông, Nùng, Giáy, Kinh.
Về dự có đồng chí Hầu A Lềnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Lục Văn Thắng, Bí thư Đảng ủy xã.
Nhiệm kỳ qua, các cấp Mặt trận trên địa bàn đã vận động xây 124 nhà đại đoàn kết, hỗ trợ 57 hộ thoát nghèo; phối hợp vận động thân nhân 28 người đang lao động ở Trung Quốc, Hàn Quốc không để xảy ra xuất cảnh trái phép. Đáng chú ý, lần đầu đại hội có 2 đại biểu là thân nhân kiều bào, đại diện cho 46 gia đình có người thân định cư ở nước ngoài. Ông Vàng Seo Chứ, thân nhân kiều bào thôn Khâu Vai, cho biết con trai ông định cư tại Pháp đã góp 150 triệu đồng làm đường vào thôn.
Đại hội được tổ chức theo Chỉ thị số 46-CT/TW ngày 22/5/2025 của Ban Bí thư về lãnh đạo đại hội MTTQ Việt Nam các cấp và Hướng dẫn số 05-HD/ĐU của Đảng ủy xã; thảo luận báo cáo chính trị, đóng góp ý kiến vào dự thảo văn kiện Đại hội đại biểu toàn quốc MTTQ Việt Nam.
Đại hội đã hiệp thương cử 41 vị vào Ủy ban MTTQ Việt Nam xã khóa I. Bà Sùng Thị Mỷ, Phó Bí thư Đảng ủy xã, được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Minh Tân khóa I; các ông, bà Giàng A Páo, Hoàng Thị Liên, Vương Văn Tỉnh - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng bầu 5 đại biểu đi dự Đại hội MTTQ tỉnh.
Thảo luận tại đại hội, nhiều ý kiến đề nghị sau sáp nhập cần sớm kiện toàn 38 Ban công tác Mặt trận thôn, tổ dân phố; quan tâm bồi dưỡng kỹ năng cho cán bộ Mặt trận người Mông, Dao; đổi mới hình thức tuyên truyền qua nhóm Zalo thôn.
Phát biểu chỉ đạo, đồng chí Hầu A Lềnh đề nghị Ủy ban MTTQ xã khóa I thực hiện tốt Quy định số 124-QĐ/TW, phát huy vai trò người có uy tín và các gia đình có người thân ở nước ngoài, vận động họ tham gia xây dựng quê hương; phấn đấu đến năm 2030 giảm tỷ lệ hộ nghèo xuống dưới 10%.
Hà Vy
Lượt xem: 2.011
Tin liên quan
- Đại hội MTTQ Việt Nam xã Đồng Văn lần thứ nhất (16/10/2025)
- Tỉnh Tuyên Quang hoàn thành đại hội Mặt trận cấp xã (14/10/2025)
- Gặp mặt người có uy tín vùng cao (02/10/2025)
""", "2025-10-20", "Đại hội đại biểu MTTQ Việt Nam xã Minh Tân lần thứ nhất: có đại biểu là thân nhân kiều bào",
E("dai_hoi", None, "2025-10-18"),
[P("Hầu A Lềnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lục Văn Thắng", "Bí thư Đảng ủy xã"),
 P("Vàng Seo Chứ", "thân nhân kiều bào thôn Khâu Vai"),
 P("Sùng Thị Mỷ", "Phó Bí thư Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã Minh Tân khóa I"),
 P("Giàng A Páo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Hoàng Thị Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Vương Văn Tỉnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("135 đại biểu", 135, "đại biểu"), Q("hơn 4.200 hộ", 4200, "hộ", "over"), Q("trên 19.000 nhân khẩu", 19000, "nhân khẩu", "over"),
 Q("6 dân tộc", 6, "dân tộc"), Q("124 nhà đại đoàn kết", 124, "nhà đại đoàn kết"), Q("57 hộ", 57, "hộ"), Q("28 người", 28, "người"),
 Q("2 đại biểu", 2, "đại biểu"), Q("46 gia đình", 46, "gia đình"), Q("150 triệu đồng", 150000000, "đồng"), Q("41 vị", 41, "vị"),
 Q("5 đại biểu", 5, "đại biểu"), Q("38 Ban công tác Mặt trận thôn, tổ dân phố", 38, "Ban công tác Mặt trận thôn, tổ dân phố"), Q("dưới 10%", 10, "%")],
[D("Chỉ thị", "46", "CT/TW", "2025-05-22", "Ban Bí thư", "Chỉ thị số 46-CT/TW ngày 22/5/2025 của Ban Bí thư"),
 D("Hướng dẫn", "05", "HD/ĐU", None, "Đảng ủy xã", "Hướng dẫn số 05-HD/ĐU của Đảng ủy xã"),
 D("Quy định", "124", "QĐ/TW", None, None, "Quy định số 124-QĐ/TW")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Minh Tân"), com("Thuận Hòa")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ › Chính trị › Mặt trận", "Đại biểu biểu quyết thông qua nghị quyết đại hội.", "Lượt xem: 2.011"],
["Thứ Hai, 20/10/2025 - 07:50", "lần thứ nhất", "nhiệm kỳ 2025 - 2030", "khóa I", "năm 2030", "Lượt xem: 2.011"]))

PAGES.append(page("b6360-vinhlong-mttq-tongket-kieubao-2025", """
Báo và Phát thanh, Truyền hình Vĩnh Long
Thời sự › Mặt trận - Đoàn thể
Ngày đăng 22/12/2025 | 16:20
Ảnh: Quang cảnh hội nghị tổng kết.
Tỉnh Vĩnh Long (mới): kiều bào đóng góp gần 48 tỷ đồng cho an sinh xã hội năm 2025
Ngày 20/12/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp Sở Ngoại vụ tổ chức hội nghị tổng kết công tác vận động người Việt Nam ở nước ngoài năm 2025, lần đầu tiên trên phạm vi tỉnh Vĩnh Long mới sau khi hợp nhất với Bến Tre và Trà Vinh.
Chủ trì hội nghị có các đồng chí: Lê Thị Kim Hoàng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Thạch Phước Bình, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên lạc với người Việt Nam ở nước ngoài tỉnh; Nguyễn Hữu Lộc, Phó Giám đốc Sở Ngoại vụ.
Theo báo cáo, tỉnh hiện có khoảng 210.000 người đang sinh sống ở nước ngoài, trong đó khoảng 12.000 người Khmer gốc Trà Vinh. Năm 2025, kiều bào và thân nhân đã đóng góp gần 48 tỷ đồng cho các chương trình an sinh, trong đó 21,6 tỷ đồng tham gia chương trình xóa nhà tạm, nhà dột nát với 372 căn nhà; 8,4 tỷ đồng xây 19 cây cầu nông thôn; trao trên 2.500 suất học bổng. Kiều hối chuyển về tỉnh ước đạt 1,05 tỷ USD, tăng 7,5% so với năm 2024.
Công tác được triển khai theo Kết luận số 12-KL/TW của Bộ Chính trị, Nghị quyết số 169/NQ-CP của Chính phủ và Kế hoạch 15, 16-KH/TU của Ban Thường vụ Tỉnh ủy về công tác đối với người Việt Nam ở nước ngoài và về vận động kiều bào tham gia chuyển đổi số. Ban Thường trực Ủy ban MTTQ tỉnh ban hành Quy chế phối hợp số 03/QCPH-MTTQ-SNgV ngày 1/8/2025 với Sở Ngoại vụ.
Tại hội nghị, Hòa thượng Thạch Sal, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, cho biết kiều bào Khmer ở Úc, Hoa Kỳ đã góp 3,2 tỷ đồng trùng tu 9 chùa Phật giáo Nam tông Khmer. Bà Trần Thị Ngọc Hạnh, Chủ tịch Ủy ban MTTQ Việt Nam phường An Hội, kiến nghị có tài liệu hướng dẫn thống nhất sau sáp nhập. Ông Huỳnh Văn Sang, Việt kiều Hoa Kỳ, Chủ tịch Hội đồng hương Bến Tre tại California, đề xuất tổ chức "Ngày hội kiều bào" mỗi năm một lần.
Kết luận hội nghị, đồng chí Lê Thị Kim Hoàng đề nghị năm 2026 tập trung rà soát, cập nhật cơ sở dữ liệu về kiều bào ở 124 xã, phường; thành lập Ban liên lạc thân nhân kiều bào ở ít nhất 80% xã, phường.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 15 tập thể, 32 cá nhân kiều bào tiêu biểu.
Ngọc Trâm
Tin khác
- Ra mắt Hội Liên lạc với người Việt Nam ở nước ngoài tỉnh Vĩnh Long (05/09/2025)
- Kiều bào Úc trao 100 căn nhà tình thương (20/08/2025)
- Sơ kết 6 tháng công tác Mặt trận (10/07/2025)
""", "2025-12-22", "Tỉnh Vĩnh Long (mới): kiều bào đóng góp gần 48 tỷ đồng cho an sinh xã hội năm 2025",
E("tong_ket", "2025", "2025-12-20"),
[P("Lê Thị Kim Hoàng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Phước Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên lạc với người Việt Nam ở nước ngoài tỉnh"),
 P("Nguyễn Hữu Lộc", "Phó Giám đốc Sở Ngoại vụ"),
 P("Thạch Sal", "Hòa thượng", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Trần Thị Ngọc Hạnh", "Chủ tịch Ủy ban MTTQ Việt Nam phường An Hội"),
 P("Huỳnh Văn Sang", "Chủ tịch Hội đồng hương Bến Tre tại California")],
[Q("gần 48 tỷ đồng", 48000000000, "đồng", "approx"), Q("khoảng 210.000 người", 210000, "người", "approx"),
 Q("khoảng 12.000 người", 12000, "người", "approx"), Q("21,6 tỷ đồng", 21600000000, "đồng"), Q("372 căn nhà", 372, "căn nhà"),
 Q("8,4 tỷ đồng", 8400000000, "đồng"), Q("19 cây cầu nông thôn", 19, "cây cầu nông thôn"), Q("trên 2.500 suất học bổng", 2500, "suất học bổng", "over"),
 Q("1,05 tỷ USD", 1050000000, "USD", "approx"), Q("7,5%", 7.5, "%"), Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("9 chùa Phật giáo Nam tông Khmer", 9, "chùa Phật giáo Nam tông Khmer"), Q("124 xã, phường", 124, "xã, phường"),
 Q("ít nhất 80%", 80, "%", "over"), Q("15 tập thể", 15, "tập thể"), Q("32 cá nhân kiều bào tiêu biểu", 32, "cá nhân kiều bào tiêu biểu")],
[D("Kết luận", "12", "KL/TW", None, "Bộ Chính trị", "Kết luận số 12-KL/TW của Bộ Chính trị"),
 D("Nghị quyết", "169", "NQ-CP", None, "Chính phủ", "Nghị quyết số 169/NQ-CP của Chính phủ"),
 D("Kế hoạch", "15", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 15, 16-KH/TU"),
 D("Kế hoạch", "16", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 15, 16-KH/TU"),
 D("Quy chế phối hợp", "03", "QCPH-MTTQ-SNgV", "2025-08-01", "Ban Thường trực Ủy ban MTTQ tỉnh", "Quy chế phối hợp số 03/QCPH-MTTQ-SNgV ngày 1/8/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("An Hội")],
["Báo và Phát thanh, Truyền hình Vĩnh Long", "Thời sự › Mặt trận - Đoàn thể", "Ảnh: Quang cảnh hội nghị tổng kết.", "Ngày hội kiều bào",
 "xóa nhà tạm, nhà dột nát"],
["Ngày đăng 22/12/2025 | 16:20", "năm 2025", "năm 2024", "năm 2026"]))

PAGES.append(page("b6361-lamdong-mttq-traoqua-tet-2026", """
BÁO LÂM ĐỒNG
Hôm nay: Thứ Năm, 12/02/2026
Xã hội / Nhân ái
Thứ Ba, 10/02/2026 - 18:30
Kiều bào cùng Mặt trận tỉnh trao 1.000 phần quà Tết cho đồng bào khó khăn
Ngày 9/2, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng phối hợp với Hội người Việt Nam tại Nhật Bản khu vực Kansai, Hội doanh nhân Việt Nam tại Hàn Quốc trao 1.000 phần quà Tết Bính Ngọ cho hộ nghèo, hộ cận nghèo, đồng bào dân tộc thiểu số tại xã Quảng Khê, phường Bắc Gia Nghĩa và xã Hàm Thuận. Mỗi phần quà trị giá 1 triệu đồng, tổng trị giá 1 tỷ đồng.
Đồng chí K'Mák phát biểu tại buổi trao quà.
Tham dự có đồng chí K'Mák, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Y Bhiêng Niê, Nguyễn Thị Thanh Xuân; ông Đỗ Minh Khôi, Chủ tịch Hội người Việt Nam tại Nhật Bản khu vực Kansai; bà Lê Thị Hải Yến, Phó Chủ tịch Hội doanh nhân Việt Nam tại Hàn Quốc.
Theo Ban Thường trực Ủy ban MTTQ tỉnh, sau hợp nhất ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận, tỉnh có khoảng 65.000 người đang sinh sống, làm việc ở nước ngoài. Dịp Tết Bính Ngọ 2026, Mặt trận các cấp đã vận động được 18,7 tỷ đồng, trao trên 23.000 phần quà; riêng kiều bào đóng góp khoảng 3,4 tỷ đồng. Việc vận động, phân bổ thực hiện theo Kế hoạch số 21/KH-MTTQ-BTT ngày 5/12/2025 của Ban Thường trực Ủy ban MTTQ tỉnh và Nghị định số 93/2019/NĐ-CP của Chính phủ.
Ông Đỗ Minh Khôi cho biết hội có hơn 1.500 hội viên, phần lớn là thực tập sinh, du học sinh; lần này có 312 người góp tiền, người ít 2.000 yên, người nhiều 100.000 yên. Bà H'Loan Niê, người Êđê, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Khê, xúc động cảm ơn tấm lòng của bà con xa xứ.
Cùng ngày, đoàn đã trao 20 suất học bổng, mỗi suất 3 triệu đồng, cho học sinh người Mạ, M'nông vượt khó; tặng 5 chiếc tivi cho các nhà sinh hoạt cộng đồng bon Bu Prăng. Ông Điểu Ktư, già làng bon Bu Prăng, thay mặt bà con nhận quà.
Tại xã Hàm Thuận, đoàn đến thăm, tặng quà 10 gia đình có thân nhân là ngư dân gặp nạn trên biển; ông Nguyễn Văn Hòa, Chủ tịch Ủy ban MTTQ Việt Nam xã Hàm Thuận, cho biết xã có 136 người đang làm việc ở Hàn Quốc, Đài Loan (Trung Quốc).
Phát biểu, đồng chí K'Mák ghi nhận tình cảm của kiều bào, đề nghị các hội đoàn tiếp tục đồng hành với chương trình "Tết Nhân ái" và phong trào thi đua "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau" theo Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy.
Quang Vinh
Bài viết liên quan
- Lâm Đồng: hơn 300 kiều bào về quê đón Tết (06/02/2026)
- Xuân Quê hương 2026 hướng về Tây Nguyên (30/01/2026)
- Mặt trận tỉnh tổng kết công tác năm 2025 (25/12/2025)
""", "2026-02-10", "Kiều bào cùng Mặt trận tỉnh trao 1.000 phần quà Tết cho đồng bào khó khăn",
E("trao_qua", None, "2026-02-09"),
[P("K'Mák", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Bhiêng Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thanh Xuân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đỗ Minh Khôi", "Chủ tịch Hội người Việt Nam tại Nhật Bản khu vực Kansai"),
 P("Lê Thị Hải Yến", "Phó Chủ tịch Hội doanh nhân Việt Nam tại Hàn Quốc"),
 P("H'Loan Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Khê"),
 P("Điểu Ktư", "già làng bon Bu Prăng"),
 P("Nguyễn Văn Hòa", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hàm Thuận")],
[Q("1.000 phần quà Tết", 1000, "phần quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("1 tỷ đồng", 1000000000, "đồng"),
 Q("khoảng 65.000 người", 65000, "người", "approx"), Q("18,7 tỷ đồng", 18700000000, "đồng"), Q("trên 23.000 phần quà", 23000, "phần quà", "over"),
 Q("khoảng 3,4 tỷ đồng", 3400000000, "đồng", "approx"), Q("hơn 1.500 hội viên", 1500, "hội viên", "over"), Q("312 người", 312, "người"),
 Q("2.000 yên", 2000, "yên"), Q("100.000 yên", 100000, "yên"), Q("20 suất học bổng", 20, "suất học bổng"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("5 chiếc tivi", 5, "chiếc tivi"), Q("10 gia đình", 10, "gia đình"), Q("136 người", 136, "người")],
[D("Kế hoạch", "21", "KH-MTTQ-BTT", "2025-12-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 21/KH-MTTQ-BTT ngày 5/12/2025"),
 D("Nghị định", "93", "2019/NĐ-CP", None, "Chính phủ", "Nghị định số 93/2019/NĐ-CP của Chính phủ"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Khê"), com("Bắc Gia Nghĩa"), com("Hàm Thuận")],
["BÁO LÂM ĐỒNG", "Hôm nay: Thứ Năm, 12/02/2026", "Xã hội / Nhân ái", "Đồng chí K'Mák phát biểu tại buổi trao quà.", "Tết Nhân ái",
 "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"],
["Thứ Ba, 10/02/2026 - 18:30", "Hôm nay: Thứ Năm, 12/02/2026", "Tết Bính Ngọ 2026"]))

PAGES.append(page("b6362-dongnai-bdv-soket-quy1-2026", """
Cổng thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai
Trang chủ | Tin hoạt động | Dân vận
Thứ Tư, 08/04/2026 - 15:10
Sơ kết quý I/2026: tăng cường kết nối kiều bào với quê hương Đồng Nai
Ngày 7/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai phối hợp Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị sơ kết công tác dân vận và công tác vận động người Việt Nam ở nước ngoài quý I năm 2026. Chủ trì hội nghị có đồng chí Điểu Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy.
Quang cảnh hội nghị sơ kết quý I.
Theo báo cáo, sau hợp nhất với Bình Phước, tỉnh Đồng Nai có khoảng 180.000 người đang sinh sống ở nước ngoài. Quý I, các cấp đã đón tiếp 42 đoàn với khoảng 1.600 lượt kiều bào về quê đón Tết, tham dự chương trình "Xuân Quê hương"; kiều bào cam kết đầu tư 5 dự án tại các khu công nghiệp Nhơn Trạch, Chơn Thành với tổng vốn 75 triệu USD. Mặt trận các cấp tiếp nhận 6,8 tỷ đồng kiều bào ủng hộ xây 52 căn nhà đại đoàn kết cho hộ nghèo người S'tiêng, M'nông.
Ban Tuyên giáo và Dân vận Tỉnh ủy đã tham mưu ban hành Kế hoạch số 08-KH/TU ngày 10/1/2026 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 12-KL/TW; Hướng dẫn 02, 03-HD/BTGDVTU về nắm tình hình thân nhân kiều bào và về thông tin đối ngoại trên không gian mạng. Ủy ban MTTQ tỉnh triển khai Nghị quyết số 01/NQ-MTTQ về chương trình phối hợp thống nhất hành động năm 2026.
Tại hội nghị, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Điểu Lợi, Trần Thị Mỹ Dung, Nguyễn Văn Tâm đã báo cáo kết quả các mặt công tác. Ông Lâm Quốc Vinh, Bí thư Đảng ủy phường Bình Long, cho biết phường có 214 hộ có người thân ở nước ngoài, đã thành lập Ban liên lạc với 9 thành viên. Bà Thị Hạnh, người S'tiêng, Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập, đề nghị hỗ trợ thủ tục cho 7 trường hợp người dân trở về từ Campuchia.
Trong quý, khối dân vận cũng phối hợp tổ chức 18 hội nghị tiếp xúc, đối thoại với nhân dân; tiếp nhận 64 đơn thư, kiến nghị, đã giải quyết 51 đơn.
Hội nghị ghi nhận một số hạn chế: cơ sở dữ liệu kiều bào sau hợp nhất chưa đồng bộ, có 16 xã, phường chưa phân công cán bộ phụ trách; việc tiếp nhận kiến nghị của kiều bào qua môi trường số còn chậm.
Kết luận, đồng chí Điểu Thị Hồng Nhung yêu cầu quý II hoàn thành cập nhật dữ liệu ở 95 xã, phường; tổ chức ít nhất 1 hội nghị đối thoại với doanh nhân kiều bào; chuẩn bị tốt việc tiếp xúc cử tri sau kỳ họp Quốc hội.
Hồng Phúc
Lượt xem: 956
Tin cùng chuyên mục
- Gặp mặt kiều bào về quê đón Tết Bính Ngọ (12/02/2026)
- Bình Long: ra mắt Ban liên lạc thân nhân kiều bào (20/03/2026)
- Sơ kết công tác dân vận năm 2025 (25/12/2025)
""", "2026-04-08", "Sơ kết quý I/2026: tăng cường kết nối kiều bào với quê hương Đồng Nai",
E("so_ket", "2026-Q1", "2026-04-07"),
[P("Điểu Thị Hồng Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Lợi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Mỹ Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Quốc Vinh", "Bí thư Đảng ủy phường Bình Long"),
 P("Thị Hạnh", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập")],
[Q("khoảng 180.000 người", 180000, "người", "approx"), Q("42 đoàn", 42, "đoàn"), Q("khoảng 1.600 lượt kiều bào", 1600, "lượt kiều bào", "approx"),
 Q("5 dự án", 5, "dự án"), Q("75 triệu USD", 75000000, "USD"), Q("6,8 tỷ đồng", 6800000000, "đồng"),
 Q("52 căn nhà đại đoàn kết", 52, "căn nhà đại đoàn kết"), Q("214 hộ", 214, "hộ"), Q("9 thành viên", 9, "thành viên"),
 Q("7 trường hợp", 7, "trường hợp"), Q("18 hội nghị tiếp xúc, đối thoại", 18, "hội nghị tiếp xúc, đối thoại"),
 Q("64 đơn thư, kiến nghị", 64, "đơn thư, kiến nghị"), Q("51 đơn", 51, "đơn"), Q("16 xã, phường", 16, "xã, phường"), Q("95 xã, phường", 95, "xã, phường")],
[D("Kế hoạch", "08", "KH/TU", "2026-01-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 08-KH/TU ngày 10/1/2026"),
 D("Kết luận", "12", "KL/TW", None, None, "Kết luận số 12-KL/TW"),
 D("Hướng dẫn", "02", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 02, 03-HD/BTGDVTU"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 02, 03-HD/BTGDVTU"),
 D("Nghị quyết", "01", "NQ-MTTQ", None, "Ủy ban MTTQ tỉnh", "Nghị quyết số 01/NQ-MTTQ")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bình Long"), com("Bù Gia Mập")],
["Cổng thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai", "Trang chủ | Tin hoạt động | Dân vận",
 "Quang cảnh hội nghị sơ kết quý I.", "Xuân Quê hương", "Lượt xem: 956"],
["Thứ Tư, 08/04/2026 - 15:10", "quý I năm 2026", "quý II", "năm 2026", "1 hội nghị đối thoại", "Lượt xem: 956"]))

PAGES.append(page("b6363-khanhhoa-phuongbacnhatrang-giamsat-2026", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Chính trị - Xã hội » Mặt trận
21/05/2026 - 10:05
Giám sát việc giải quyết thủ tục hành chính cho kiều bào tại phường Bắc Nha Trang
Ngày 20/5/2026, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa do bà Đàng Thị Mỹ Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, giám sát việc giải quyết thủ tục hành chính liên quan đến người Việt Nam ở nước ngoài năm 2026 tại UBND phường Bắc Nha Trang.
Đoàn giám sát làm việc với UBND phường Bắc Nha Trang.
Tham gia đoàn có bà Nguyễn Thị Thanh Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Quảng Văn Tài, người Chăm, Phó Trưởng Ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh; đại diện Sở Ngoại vụ, Sở Tư pháp. Giám sát được thực hiện theo Kế hoạch số 36/KH-MTTQ-BTT ngày 15/3/2026 của Ban Thường trực Ủy ban MTTQ tỉnh, Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư và Luật Mặt trận Tổ quốc Việt Nam.
Báo cáo của UBND phường cho biết, từ ngày 1/7/2025 đến 30/4/2026, phường đã tiếp nhận 318 hồ sơ của kiều bào và thân nhân về hộ tịch, chứng thực, xác nhận tình trạng hôn nhân, đất đai; đã giải quyết 302 hồ sơ, đạt 95%, trong đó 274 hồ sơ nộp trực tuyến. Có 9 hồ sơ trễ hạn do phải xác minh ở địa phương cũ trước khi sáp nhập. Trên địa bàn phường có khoảng 1.350 người đang định cư ở nước ngoài, phần lớn tại Hoa Kỳ, Úc, Nga.
Ông Trần Minh Đức, Phó Bí thư Đảng ủy, Chủ tịch UBND phường Bắc Nha Trang, cho biết phường đã bố trí 2 công chức chuyên trách tiếp nhận hồ sơ của kiều bào; tổ chức 3 buổi đối thoại với thân nhân kiều bào. Bà Phạm Thị Hồng Sen, thân nhân kiều bào tổ dân phố Vĩnh Phước, phản ánh thời gian trích lục hồ sơ cũ còn dài.
Qua giám sát, đoàn đề nghị UBND phường công khai quy trình tại bộ phận một cửa và trên cổng thông tin; tiếp tục thực hiện Nghị định số 118/2025/NĐ-CP của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông; giải quyết dứt điểm 9 hồ sơ trễ hạn trong tháng 6/2026. Đoàn cũng kiến nghị Sở Tư pháp hướng dẫn việc trích lục hồ sơ hộ tịch trước sáp nhập.
Kết luận, bà Đàng Thị Mỹ Hương đánh giá cao kết quả 95% hồ sơ đúng hạn; đề nghị Ủy ban MTTQ phường tiếp tục lấy ý kiến sự hài lòng của người dân, phấn đấu tỷ lệ hài lòng đạt trên 90%. Kết quả giám sát sẽ được báo cáo Ban Thường vụ Tỉnh ủy.
Hải Đăng
Tin liên quan
- Phản biện dự thảo Nghị quyết về chính sách hỗ trợ kiều bào đầu tư (12/05/2026)
- Khánh Hòa đón 500 kiều bào dự Festival Biển (02/05/2026)
- Ủy ban MTTQ tỉnh giám sát tại xã Phước Hậu (22/04/2026)
""", "2026-05-21", "Giám sát việc giải quyết thủ tục hành chính cho kiều bào tại phường Bắc Nha Trang",
E("giam_sat", "2026", "2026-05-20"),
[P("Đàng Thị Mỹ Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thanh Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quảng Văn Tài", "Phó Trưởng Ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Minh Đức", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường Bắc Nha Trang"),
 P("Phạm Thị Hồng Sen", "thân nhân kiều bào tổ dân phố Vĩnh Phước")],
[Q("318 hồ sơ", 318, "hồ sơ"), Q("302 hồ sơ", 302, "hồ sơ"), Q("95%", 95, "%"), Q("274 hồ sơ", 274, "hồ sơ"),
 Q("9 hồ sơ", 9, "hồ sơ"), Q("khoảng 1.350 người", 1350, "người", "approx"), Q("2 công chức chuyên trách", 2, "công chức chuyên trách"),
 Q("3 buổi đối thoại", 3, "buổi đối thoại"), Q("trên 90%", 90, "%", "over")],
[D("Kế hoạch", "36", "KH-MTTQ-BTT", "2026-03-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 36/KH-MTTQ-BTT ngày 15/3/2026"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư"),
 D("Nghị định", "118", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 118/2025/NĐ-CP của Chính phủ")],
[prov("Khánh Hòa"), com("Bắc Nha Trang")],
["BÁO KHÁNH HÒA ĐIỆN TỬ", "Chính trị - Xã hội » Mặt trận", "Đoàn giám sát làm việc với UBND phường Bắc Nha Trang.", "Luật Mặt trận Tổ quốc Việt Nam"],
["21/05/2026 - 10:05", "năm 2026", "từ ngày 1/7/2025 đến 30/4/2026", "tháng 6/2026"]))

PAGES.append(page("b6364-laocai-kieubao-hoihuong-chandung-2026", """
BÁO LÀO CAI
Trang chủ > Đời sống > Người tốt - Việc tốt
Thứ Tư, 03/06/2026
Chuyện người con xứ Mường Lò hồi hương làm giàu trên quê mẹ
Ông Lò Văn Piệng (bìa phải) hướng dẫn bà con chăm sóc chè Shan tuyết. Ảnh: Lê Thu
Sau gần 25 năm sinh sống tại Cộng hòa Pháp, năm 2019 ông Lò Văn Piệng, người Thái ở phường Nghĩa Lộ, tỉnh Lào Cai (tỉnh Yên Bái trước đây), quyết định hồi hương, mang theo vốn liếng và kinh nghiệm để mở xưởng chế biến chè Shan tuyết.
Hiện nay, hợp tác xã do ông sáng lập có 46 thành viên, liên kết với 320 hộ trồng chè ở các xã Sơn Lương, Nậm Búng, trong đó 185 hộ là đồng bào Mông, Dao. Mỗi năm hợp tác xã thu mua khoảng 900 tấn chè búp tươi, doanh thu đạt 14,5 tỷ đồng, tạo việc làm thường xuyên cho 62 lao động với mức thu nhập khoảng 8 triệu đồng/người/tháng. Sản phẩm chè của hợp tác xã đã đạt chứng nhận OCOP 4 sao và xuất khẩu sang Pháp, Đức.
Ông Hoàng Văn Kiên, Chủ tịch Ủy ban MTTQ Việt Nam phường Nghĩa Lộ, cho biết ông Piệng luôn tích cực tham gia các hoạt động do Mặt trận phát động: ủng hộ 300 triệu đồng cho chương trình xóa nhà tạm, nhà dột nát, trao 120 suất học bổng cho học sinh nghèo. Năm 2024, khi bão số 3 gây thiệt hại nặng, ông đã vận động bạn bè, bà con kiều bào ở Pháp quyên góp được hơn 25.000 euro gửi về qua Ủy ban MTTQ tỉnh.
Theo ông Kiên, từ khi về quê, ông Piệng còn tham gia Ban Công tác Mặt trận tổ dân phố, thường xuyên chia sẻ với các gia đình có con em đi lao động ở nước ngoài về thủ tục, quyền lợi và cách giữ liên lạc với quê nhà.
Bà Giàng Thị Dua, Trưởng thôn Khe Cam, xã Nậm Búng, chia sẻ: "Trước đây chè bán lẻ, giá thấp; từ khi có hợp tác xã, bà con yên tâm sản xuất, nhiều hộ đã thoát nghèo".
Ghi nhận đóng góp của ông, năm 2025 Ủy ban Trung ương MTTQ Việt Nam tặng Kỷ niệm chương "Vì sự nghiệp đại đoàn kết toàn dân tộc"; ông cũng được mời tham dự chương trình "Xuân Quê hương" năm 2026. Bà Vàng Thị Mai, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đánh giá ông Piệng là hình mẫu cho việc thực hiện Kết luận số 12-KL/TW của Bộ Chính trị và Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, khi hợp tác xã đã đưa truy xuất nguồn gốc điện tử vào toàn bộ 320 hộ liên kết.
Ông Piệng dự định trong năm 2026 sẽ mở thêm 1 xưởng chế biến ở xã Sơn Lương, nâng số lao động lên khoảng 100 người, đồng thời mở lớp dạy tiếng Pháp miễn phí cho thanh niên dân tộc thiểu số.
Lê Thu
Lượt xem: 3.412
Tin liên quan
- Kiều bào Pháp ủng hộ đồng bào vùng bão lũ 500 triệu đồng (10/10/2024)
- Gặp mặt kiều bào về quê đón Tết Bính Ngọ (12/02/2026)
- Hợp tác xã chè Suối Giàng đạt chuẩn OCOP 5 sao (15/05/2026)
""", "2026-06-03", "Chuyện người con xứ Mường Lò hồi hương làm giàu trên quê mẹ",
E("khac", None, None),
[P("Lò Văn Piệng"),
 P("Hoàng Văn Kiên", "Chủ tịch Ủy ban MTTQ Việt Nam phường Nghĩa Lộ"),
 P("Giàng Thị Dua", "Trưởng thôn Khe Cam"),
 P("Vàng Thị Mai", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("46 thành viên", 46, "thành viên"), Q("320 hộ", 320, "hộ"), Q("185 hộ", 185, "hộ"), Q("khoảng 900 tấn", 900, "tấn", "approx"),
 Q("14,5 tỷ đồng", 14500000000, "đồng"), Q("62 lao động", 62, "lao động"), Q("khoảng 8 triệu đồng", 8000000, "đồng", "approx"),
 Q("300 triệu đồng", 300000000, "đồng"), Q("120 suất học bổng", 120, "suất học bổng"), Q("hơn 25.000 euro", 25000, "euro", "over"),
 Q("khoảng 100 người", 100, "người", "approx")],
[D("Kết luận", "12", "KL/TW", None, "Bộ Chính trị", "Kết luận số 12-KL/TW của Bộ Chính trị"),
 D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị")],
[prov("Lào Cai"), prov("Yên Bái"), com("Nghĩa Lộ"), com("Sơn Lương"), com("Nậm Búng")],
["BÁO LÀO CAI", "Trang chủ > Đời sống > Người tốt - Việc tốt",
 "Ông Lò Văn Piệng (bìa phải) hướng dẫn bà con chăm sóc chè Shan tuyết. Ảnh: Lê Thu", "OCOP 4 sao",
 "Vì sự nghiệp đại đoàn kết toàn dân tộc", "Xuân Quê hương", "xóa nhà tạm, nhà dột nát", "Lượt xem: 3.412"],
["Thứ Tư, 03/06/2026", "gần 25 năm", "năm 2019", "bão số 3", "Năm 2024", "năm 2025", "1 xưởng chế biến", "Lượt xem: 3.412"]))
