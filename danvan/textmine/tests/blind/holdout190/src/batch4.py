from lib import *
PAGES = []

PAGES.append(page("b4535-tuyenquang-btsphatgiao-congbonhansu-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ > Xã hội > Tôn giáo - Tín ngưỡng
Thứ Tư, 20/08/2025 - 09:30
Công bố quyết định chuẩn y nhân sự Ban Trị sự GHPGVN tỉnh Tuyên Quang (mới)
Chiều 19/8, tại chùa An Vinh (phường Minh Xuân), Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Tuyên Quang tổ chức hội nghị công bố Quyết định số 412/QĐ-HĐTS ngày 05/8/2025 của Ban Thường trực Hội đồng Trị sự GHPGVN về việc chuẩn y nhân sự Ban Trị sự GHPGVN tỉnh Tuyên Quang nhiệm kỳ 2022 - 2027 sau hợp nhất với Phật giáo tỉnh Hà Giang.
Chư tôn đức Ban Trị sự GHPGVN tỉnh Tuyên Quang (mới) ra mắt hội nghị.
Dự hội nghị có Thượng tọa Thích Đức Thiện Tâm, Phó Chủ tịch kiêm Tổng Thư ký Hội đồng Trị sự GHPGVN; đồng chí Ma Thị Thúy Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng Ban Dân tộc - Tôn giáo Ủy ban MTTQ tỉnh; đồng chí Lù Văn Páo, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Hoàng Thị Kim Lý, Phó Giám đốc Sở Dân tộc và Tôn giáo.
Theo quyết định, Ban Trị sự GHPGVN tỉnh Tuyên Quang (mới) gồm 45 thành viên, trong đó 27 vị từ Ban Trị sự tỉnh Tuyên Quang và 18 vị từ Ban Trị sự tỉnh Hà Giang (cũ). Đại đức Thích Minh Hải Tuệ được chuẩn y Trưởng ban Trị sự; các Phó Trưởng ban: Đại đức Thích Chân Thiện Quang, Đại đức Thích Nguyên Giác Hoàng (nguyên Trưởng ban Trị sự GHPGVN tỉnh Hà Giang), Ni sư Thích Đàm Ngọc Lan. Đại đức Thích Quảng Phúc Thành được chuẩn y giữ chức Chánh Thư ký.
Hiện toàn tỉnh có 68 ngôi chùa có Tăng Ni trụ trì, 142 Tăng Ni và khoảng 21.000 tín đồ, trải rộng trên 124 xã, phường; nhiều chùa ở vùng cao như xã Đồng Văn, xã Mèo Vạc có Phật tử là đồng bào Tày, Dao, Mông. 6 tháng đầu năm 2025, Phật giáo hai tỉnh đã đóng góp trên 3,7 tỷ đồng cho chương trình xóa nhà tạm, nhà dột nát, hỗ trợ 29 căn nhà cho hộ nghèo, trong đó có 11 căn ở các xã biên giới.
Phát biểu chúc mừng, đồng chí Ma Thị Thúy Hằng đề nghị Ban Trị sự nhanh chóng ổn định tổ chức, phối hợp với Ủy ban MTTQ các xã, phường triển khai Quy chế phối hợp số 01/QCPH-MTTQ-BTS; tuyên truyền Tăng Ni, Phật tử thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số và Kế hoạch số 05-KH/TU ngày 10/7/2025 của Ban Thường vụ Tỉnh ủy.
Thay mặt Ban Trị sự, Đại đức Thích Minh Hải Tuệ cảm ơn Trung ương Giáo hội, cấp ủy, chính quyền; khẳng định Ban Trị sự sẽ xây dựng chương trình hoạt động với 12 nội dung trọng tâm đến cuối nhiệm kỳ.
Thanh Phúc
Lượt xem: 876
Tin liên quan
- Ủy ban MTTQ tỉnh gặp mặt chức sắc các tôn giáo sau hợp nhất (30/07/2025)
- Phật giáo Tuyên Quang trao 10 căn nhà cho hộ nghèo xã Lâm Bình (15/07/2025)
- Khai mạc An cư kiết hạ Phật lịch 2569 tại chùa Phù Lưu Chanh (12/06/2025)
""", "2025-08-20", "Công bố quyết định chuẩn y nhân sự Ban Trị sự GHPGVN tỉnh Tuyên Quang (mới)",
E("hoi_nghi", None, "2025-08-19"),
[P("Thích Đức Thiện Tâm", "Thượng tọa", "Phó Chủ tịch kiêm Tổng Thư ký Hội đồng Trị sự GHPGVN"),
 P("Ma Thị Thúy Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng Ban Dân tộc - Tôn giáo Ủy ban MTTQ tỉnh"),
 P("Lù Văn Páo", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Thị Kim Lý", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Thích Minh Hải Tuệ", "Đại đức", "Trưởng ban Trị sự"),
 P("Thích Chân Thiện Quang", "Đại đức", "Phó Trưởng ban"),
 P("Thích Nguyên Giác Hoàng", "Đại đức", "Phó Trưởng ban", "nguyên Trưởng ban Trị sự GHPGVN tỉnh Hà Giang"),
 P("Thích Đàm Ngọc Lan", "Ni sư", "Phó Trưởng ban"),
 P("Thích Quảng Phúc Thành", "Đại đức", "Chánh Thư ký")],
[Q("45 thành viên", 45, "thành viên"), Q("27 vị", 27, "vị"), Q("18 vị", 18, "vị"), Q("68 ngôi chùa", 68, "ngôi chùa"),
 Q("142 Tăng Ni", 142, "Tăng Ni"), Q("khoảng 21.000 tín đồ", 21000, "tín đồ", "approx"), Q("124 xã, phường", 124, "xã, phường"),
 Q("trên 3,7 tỷ đồng", 3700000000, "đồng", "over"), Q("29 căn nhà", 29, "căn nhà"), Q("11 căn", 11, "căn"),
 Q("12 nội dung trọng tâm", 12, "nội dung trọng tâm")],
[D("Quyết định", "412", "QĐ-HĐTS", "2025-08-05", "Ban Thường trực Hội đồng Trị sự GHPGVN", "Quyết định số 412/QĐ-HĐTS ngày 05/8/2025"),
 D("Quy chế phối hợp", "01", "QCPH-MTTQ-BTS", None, None, "Quy chế phối hợp số 01/QCPH-MTTQ-BTS"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW"),
 D("Kế hoạch", "05", "KH/TU", "2025-07-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 05-KH/TU ngày 10/7/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Minh Xuân"), com("Đồng Văn"), com("Mèo Vạc")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ > Xã hội > Tôn giáo - Tín ngưỡng",
 "Chư tôn đức Ban Trị sự GHPGVN tỉnh Tuyên Quang (mới) ra mắt hội nghị.", "Lượt xem: 876"],
["Thứ Tư, 20/08/2025 - 09:30", "nhiệm kỳ 2022 - 2027", "6 tháng đầu năm 2025", "Lượt xem: 876"]))

PAGES.append(page("b4536-vinhlong-mttq-kathina-2025", """
Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long
Trang chủ » Tin hoạt động » Dân tộc - Tôn giáo
Chủ Nhật, 02/11/2025
Thăm, chúc mừng Lễ Dâng y Kathina tại các chùa Phật giáo Nam tông Khmer
Ngày 01/11, đoàn công tác Ủy ban MTTQ Việt Nam tỉnh do đồng chí Thạch Thị Sa Ry, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đã đến thăm, chúc mừng và tặng quà nhân Lễ Dâng y Kathina Phật lịch 2569 tại chùa Âng (phường Nguyệt Hóa), chùa Hang (phường Long Đức) và chùa Kom Pong (xã Tập Ngãi).
Đồng chí Thạch Thị Sa Ry tặng quà chùa Âng.
Cùng đi có đồng chí Kim Thanh Rôl, Ủy viên Ban Thường trực, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ tỉnh; đồng chí Nguyễn Văn Út Nhỏ, Phó Trưởng phòng Tôn giáo Sở Dân tộc và Tôn giáo. Tiếp đoàn có Hòa thượng Thạch Sok Xane, Phó Chủ tịch Hội đồng Trị sự GHPGVN, Trưởng ban Trị sự GHPGVN tỉnh Vĩnh Long, trụ trì chùa Âng; Thượng tọa Sơn Ngọc Huôl, Phó Trưởng ban Trị sự GHPGVN tỉnh, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh; Đại đức Kim Sa Phel, trụ trì chùa Kom Pong.
Hòa thượng Thạch Sok Xane cho biết, sau hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh, toàn tỉnh có 164 chùa Phật giáo Nam tông Khmer với trên 4.100 sư sãi. Mùa Kathina năm nay, các chùa tổ chức lễ dâng y theo Hướng dẫn số 09/HD-BTS của Ban Trị sự tỉnh, có khoảng 60.000 lượt Phật tử tham dự. Trong 9 tháng, sư sãi các chùa đã tham gia vận động Phật tử đóng góp hơn 5,2 tỷ đồng cho Quỹ "Vì người nghèo", xây 36 căn nhà Đại đoàn kết; 87 lớp dạy chữ Khmer hè thu hút 3.940 học sinh.
Thay mặt đoàn, đồng chí Thạch Thị Sa Ry chúc mừng sư sãi, Phật tử đón Lễ Dâng y Kathina an vui; ghi nhận vai trò của sư sãi trong vận động đồng bào Khmer thực hiện Chỉ thị số 19-CT/TW của Ban Bí thư và Kết luận 65-KL/TW; đề nghị các chùa tiếp tục phối hợp Ủy ban MTTQ các xã, phường nắm tình hình, không để kẻ xấu lợi dụng chia rẽ khối đại đoàn kết.
Dịp này, đoàn trao tặng mỗi chùa 1 phần quà trị giá 5 triệu đồng và 100 phần quà, mỗi phần 500.000 đồng, cho hộ Khmer nghèo ở xã Tập Ngãi. Ông Thạch Vy, người có uy tín ấp Ô Chích A, xã Tập Ngãi, cảm ơn Mặt trận đã quan tâm đến bà con. Sau lễ, đoàn cùng sư sãi dự lễ rước y quanh chánh điện theo nghi thức truyền thống của đồng bào.
Sa Ry Ni
Lượt xem: 412
Các tin khác
- Ủy ban MTTQ tỉnh gặp mặt người có uy tín đồng bào Khmer (20/10/2025)
- Lễ Sene Dolta tại các chùa Khmer diễn ra an toàn (22/09/2025)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ nhất, nhiệm kỳ 2025 - 2030 (10/09/2025)
- Phường Trà Vinh: Ra mắt mô hình "Chùa Khmer xanh - sạch - đẹp" (28/08/2025)
- Sư sãi chùa Khmer tham gia tuyên truyền về bầu cử đại biểu Quốc hội khóa XVI (15/08/2025)
""", "2025-11-02", "Thăm, chúc mừng Lễ Dâng y Kathina tại các chùa Phật giáo Nam tông Khmer",
E("trao_qua", None, "2025-11-01"),
[P("Thạch Thị Sa Ry", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Thanh Rôl", "Ủy viên Ban Thường trực", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Út Nhỏ", "Phó Trưởng phòng Tôn giáo Sở Dân tộc và Tôn giáo"),
 P("Thạch Sok Xane", "Hòa thượng", "Phó Chủ tịch Hội đồng Trị sự GHPGVN", "Trưởng ban Trị sự GHPGVN tỉnh Vĩnh Long", "trụ trì chùa Âng"),
 P("Sơn Ngọc Huôl", "Thượng tọa", "Phó Trưởng ban Trị sự GHPGVN tỉnh", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Kim Sa Phel", "Đại đức", "trụ trì chùa Kom Pong"),
 P("Thạch Vy", "người có uy tín ấp Ô Chích A")],
[Q("3 tỉnh", 3, "tỉnh"), Q("164 chùa Phật giáo Nam tông Khmer", 164, "chùa Phật giáo Nam tông Khmer"), Q("trên 4.100 sư sãi", 4100, "sư sãi", "over"),
 Q("khoảng 60.000 lượt Phật tử", 60000, "lượt Phật tử", "approx"), Q("hơn 5,2 tỷ đồng", 5200000000, "đồng", "over"),
 Q("36 căn nhà Đại đoàn kết", 36, "căn nhà Đại đoàn kết"), Q("87 lớp dạy chữ Khmer hè", 87, "lớp dạy chữ Khmer hè"),
 Q("3.940 học sinh", 3940, "học sinh"), Q("5 triệu đồng", 5000000, "đồng"), Q("100 phần quà", 100, "phần quà"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Hướng dẫn", "09", "HD-BTS", None, "Ban Trị sự tỉnh", "Hướng dẫn số 09/HD-BTS"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 19-CT/TW"),
 D("Kết luận", "65", "KL/TW", None, None, "Kết luận 65-KL/TW")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Nguyệt Hóa"), com("Long Đức"), com("Tập Ngãi")],
["Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long", "Trang chủ » Tin hoạt động » Dân tộc - Tôn giáo", "Đồng chí Thạch Thị Sa Ry tặng quà chùa Âng.",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Vì người nghèo", "Lượt xem: 412", "Lễ Dâng y Kathina"],
["Chủ Nhật, 02/11/2025", "Phật lịch 2569", "9 tháng", "1 phần quà", "Lượt xem: 412"]))

PAGES.append(page("b4537-lamdong-btsphatgiao-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Xã hội :: Tôn giáo
Hôm nay: Thứ Hai, 12/01/2026
Thứ Sáu, 09/01/2026 - 10:30
Toàn cảnh hội nghị tổng kết.
Phật giáo Lâm Đồng triển khai chương trình Phật sự năm 2026
Ngày 8/1, tại chùa Linh Sơn (phường Xuân Hương - Đà Lạt), Ban Trị sự GHPGVN tỉnh Lâm Đồng tổ chức hội nghị tổng kết Phật sự năm 2025 - năm đầu tiên hoạt động sau khi hợp nhất Phật giáo ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Hòa thượng Thích Thiện Huệ Tâm, Ủy viên Thường trực Hội đồng Trị sự GHPGVN, Trưởng ban Trị sự GHPGVN tỉnh chủ trì. Dự hội nghị có đồng chí Điểu Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Thông Thị Hạnh, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí K'Brăk, Phó Giám đốc Sở Dân tộc và Tôn giáo.
Năm 2025, Ban Trị sự đã sắp xếp, kiện toàn 18 Ban Đại diện Phật giáo khu vực thay cho 30 Ban Trị sự cấp huyện trước đây; quản lý 712 cơ sở tự viện với 2.860 Tăng Ni. Phật giáo tỉnh tổ chức An cư kiết hạ cho 1.640 hành giả tại 26 trường hạ; mở 4 lớp Sơ cấp Phật học với 215 Tăng Ni sinh. Tổng giá trị công tác từ thiện xã hội đạt gần 96 tỷ đồng, tăng khoảng 20% so với tổng của ba tỉnh năm 2024; trong đó hỗ trợ xây 152 căn nhà theo chương trình xóa nhà tạm, nhà dột nát, trao 38.000 phần quà và 4.500 suất học bổng. Nhiều chùa ở phường Phan Thiết, xã Nhân Cơ, xã Đạ Huoai đã mở bếp ăn từ thiện, phục vụ từ 5.000 suất ăn mỗi tuần trở lên.
Thượng tọa Thích Nhuận Pháp Minh, Phó Trưởng ban kiêm Chánh Thư ký Ban Trị sự, cho biết Ban Trị sự đã thực hiện Thông bạch số 388/TB-HĐTS ngày 14/7/2025 và Quyết định số 451, 452/QĐ-HĐTS của Ban Thường trực Hội đồng Trị sự về chuẩn y nhân sự sau hợp nhất; phối hợp Ủy ban MTTQ tỉnh thực hiện Chương trình phối hợp số 02/CTrPH-MTTQ-BTS ngày 20/8/2025.
Tại hội nghị, Đại đức Thích Quảng Tâm Nguyên, Trưởng Ban Đại diện Phật giáo khu vực Gia Nghĩa, và Ni sư Thích Nữ Tịnh Nguyệt Minh, Trưởng Phân ban Ni giới tỉnh, kiến nghị sớm hoàn thiện hồ sơ đất cho 27 tự viện ở vùng đồng bào Mnông, K'Ho.
Phát biểu, đồng chí Điểu Thị Hồng Nhung ghi nhận Phật giáo tỉnh đã đồng hành cùng Mặt trận thực hiện Chỉ thị số 42-CT/TW của Ban Bí thư và Nghị quyết số 18-NQ/TU của Ban Chấp hành Đảng bộ tỉnh; đề nghị năm 2026 chư Tăng Ni vận động Phật tử tham gia bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 - 2031.
Hội nghị đã trao Bằng khen của Trung ương GHPGVN cho 7 tập thể, 15 cá nhân.
Khánh Phúc
Lượt xem: 1.033
Tin liên quan
- Lâm Đồng: Đại lễ tưởng niệm Phật hoàng Trần Nhân Tông (19/12/2025)
- Phật giáo tỉnh trao 50 căn nhà cho hộ nghèo vùng Đắk Nông cũ (25/11/2025)
- Ban Trị sự GHPGVN tỉnh ra mắt Ban Đại diện Phật giáo khu vực Phan Thiết (10/10/2025)
""", "2026-01-09", "Phật giáo Lâm Đồng triển khai chương trình Phật sự năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("Thích Thiện Huệ Tâm", "Hòa thượng", "Ủy viên Thường trực Hội đồng Trị sự GHPGVN", "Trưởng ban Trị sự GHPGVN tỉnh"),
 P("Điểu Thị Hồng Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thông Thị Hạnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("K'Brăk", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Thích Nhuận Pháp Minh", "Thượng tọa", "Phó Trưởng ban kiêm Chánh Thư ký Ban Trị sự"),
 P("Thích Quảng Tâm Nguyên", "Đại đức", "Trưởng Ban Đại diện Phật giáo khu vực Gia Nghĩa"),
 P("Thích Nữ Tịnh Nguyệt Minh", "Ni sư", "Trưởng Phân ban Ni giới tỉnh")],
[Q("18 Ban Đại diện Phật giáo khu vực", 18, "Ban Đại diện Phật giáo khu vực"), Q("30 Ban Trị sự cấp huyện", 30, "Ban Trị sự cấp huyện"),
 Q("712 cơ sở tự viện", 712, "cơ sở tự viện"), Q("2.860 Tăng Ni", 2860, "Tăng Ni"), Q("1.640 hành giả", 1640, "hành giả"),
 Q("26 trường hạ", 26, "trường hạ"), Q("4 lớp Sơ cấp Phật học", 4, "lớp Sơ cấp Phật học"), Q("215 Tăng Ni sinh", 215, "Tăng Ni sinh"),
 Q("gần 96 tỷ đồng", 96000000000, "đồng", "approx"), Q("khoảng 20%", 20, "%", "approx"), Q("152 căn nhà", 152, "căn nhà"),
 Q("38.000 phần quà", 38000, "phần quà"), Q("4.500 suất học bổng", 4500, "suất học bổng"),
 Q("từ 5.000 suất ăn mỗi tuần trở lên", 5000, "suất ăn", "over"), Q("27 tự viện", 27, "tự viện"),
 Q("7 tập thể", 7, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Thông bạch", "388", "TB-HĐTS", "2025-07-14", "Ban Thường trực Hội đồng Trị sự", "Thông bạch số 388/TB-HĐTS ngày 14/7/2025"),
 D("Quyết định", "451", "QĐ-HĐTS", None, "Ban Thường trực Hội đồng Trị sự", "Quyết định số 451, 452/QĐ-HĐTS"),
 D("Quyết định", "452", "QĐ-HĐTS", None, "Ban Thường trực Hội đồng Trị sự", "Quyết định số 451, 452/QĐ-HĐTS"),
 D("Chương trình phối hợp", "02", "CTrPH-MTTQ-BTS", "2025-08-20", None, "Chương trình phối hợp số 02/CTrPH-MTTQ-BTS ngày 20/8/2025"),
 D("Chỉ thị", "42", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 42-CT/TW"),
 D("Nghị quyết", "18", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 18-NQ/TU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Xuân Hương - Đà Lạt"), com("Phan Thiết"), com("Nhân Cơ"), com("Đạ Huoai")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Xã hội :: Tôn giáo", "Hôm nay: Thứ Hai, 12/01/2026", "Toàn cảnh hội nghị tổng kết.",
 "Lượt xem: 1.033"],
["Hôm nay: Thứ Hai, 12/01/2026", "Thứ Sáu, 09/01/2026 - 10:30", "năm 2025", "năm 2026", "năm 2024", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt xem: 1.033"]))

PAGES.append(page("b4538-dongnai-btsphatgiao-giaoban-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐỒNG NAI
Trang chủ - Dân vận - Công tác tôn giáo
31/03/2026 - 15:45
Phật giáo tỉnh Đồng Nai: Giao ban công tác Phật sự quý I/2026
Sáng 30/3, tại chùa Bửu Phong (phường Trấn Biên), Ban Thường trực Ban Trị sự GHPGVN tỉnh Đồng Nai tổ chức hội nghị giao ban công tác Phật sự quý I/2026 với 24 Ban Đại diện Phật giáo khu vực. Hòa thượng Thích Tâm Quang Nhựt, Ủy viên Hội đồng Trị sự GHPGVN, Trưởng ban Trị sự GHPGVN tỉnh chứng minh; Thượng tọa Thích Thanh Pháp Hải, Phó Trưởng ban Thường trực Ban Trị sự chủ trì. Dự có đồng chí Lý Thị Hương Sen, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Điểu Minh Khánh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Quý I/2026, Phật giáo tỉnh đã tổ chức trang nghiêm lễ Thượng nguyên tại 1.240 tự viện; tham gia cùng Mặt trận các xã, phường vận động Phật tử bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp ngày 15/3/2026 với tỷ lệ cử tri đi bầu tại các khu vực đông Phật tử đạt trên 99,5%. Dịp Tết Bính Ngọ, các chùa trao 28.500 phần quà Tết, trị giá khoảng 14,2 tỷ đồng; riêng khu vực các xã Bù Đăng, Đak Nhau, Thọ Sơn (thuộc tỉnh Bình Phước cũ) nhận 3.200 phần quà cho đồng bào S'tiêng, Mnông.
Về tổ chức, Ban Thường trực đã trình Ban Thường trực Hội đồng Trị sự chuẩn y 11 trụ trì; cấp 46 giấy chứng nhận Tăng Ni; giải quyết 2 trường hợp tranh chấp quyền trụ trì. Tuy nhiên, còn 9 tự viện chưa nộp báo cáo quý đúng hạn theo Công văn số 37/BTS-VP ngày 06/01/2026 của Ban Trị sự.
Tại hội nghị, Đại đức Thích Huệ Đăng Khoa, Trưởng Ban Đại diện Phật giáo khu vực Đồng Xoài, cho biết các chùa trong khu vực đã cùng Ủy ban MTTQ phường Đồng Xoài hoàn thành 14 căn nhà cho hộ nghèo, mỗi căn được hỗ trợ 60 triệu đồng; Sư cô Thích Nữ Huệ Tâm Anh, Phó Trưởng Phân ban Ni giới tỉnh, báo cáo việc đưa 120 Ni sinh đi thực tập hoằng pháp.
Phát biểu, đồng chí Lý Thị Hương Sen đề nghị Ban Trị sự tiếp tục quán triệt Kết luận 142, 143-KL/TW của Bộ Chính trị và Kế hoạch số 26-KH/TU ngày 12/02/2026 của Ban Thường vụ Tỉnh ủy; chuẩn bị chu đáo Đại lễ Phật đản Phật lịch 2570 theo hướng trang nghiêm, tiết kiệm, không tổ chức diễu hành xe hoa gây ùn tắc.
Hội nghị thống nhất trong quý II tổ chức Đại lễ Phật đản tập trung tại 3 địa điểm và khai giảng khóa An cư cho khoảng 1.800 hành giả.
Thu Hà
Lượt xem: 389
Tin khác
- Ủy ban MTTQ tỉnh thăm, chúc Tết chức sắc các tôn giáo (05/02/2026)
- Phật giáo Đồng Nai trao 500 suất học bổng cho học sinh nghèo (18/01/2026)
- Hội nghị tổng kết Phật sự năm 2025 (26/12/2025)
- Phường Bình Phước: Các chùa chung tay xóa nhà tạm (08/12/2025)
""", "2026-03-31", "Phật giáo tỉnh Đồng Nai: Giao ban công tác Phật sự quý I/2026",
E("giao_ban", "2026-Q1", "2026-03-30"),
[P("Thích Tâm Quang Nhựt", "Hòa thượng", "Ủy viên Hội đồng Trị sự GHPGVN", "Trưởng ban Trị sự GHPGVN tỉnh"),
 P("Thích Thanh Pháp Hải", "Thượng tọa", "Phó Trưởng ban Thường trực Ban Trị sự"),
 P("Lý Thị Hương Sen", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Minh Khánh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thích Huệ Đăng Khoa", "Đại đức", "Trưởng Ban Đại diện Phật giáo khu vực Đồng Xoài"),
 P("Thích Nữ Huệ Tâm Anh", "Sư cô", "Phó Trưởng Phân ban Ni giới tỉnh")],
[Q("24 Ban Đại diện Phật giáo khu vực", 24, "Ban Đại diện Phật giáo khu vực"), Q("1.240 tự viện", 1240, "tự viện"),
 Q("trên 99,5%", 99.5, "%", "over"), Q("28.500 phần quà", 28500, "phần quà"), Q("khoảng 14,2 tỷ đồng", 14200000000, "đồng", "approx"),
 Q("3.200 phần quà", 3200, "phần quà"), Q("11 trụ trì", 11, "trụ trì"), Q("46 giấy chứng nhận Tăng Ni", 46, "giấy chứng nhận Tăng Ni"),
 Q("2 trường hợp", 2, "trường hợp"), Q("9 tự viện", 9, "tự viện"), Q("14 căn nhà", 14, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("120 Ni sinh", 120, "Ni sinh"), Q("3 địa điểm", 3, "địa điểm"), Q("khoảng 1.800 hành giả", 1800, "hành giả", "approx")],
[D("Công văn", "37", "BTS-VP", "2026-01-06", "Ban Trị sự", "Công văn số 37/BTS-VP ngày 06/01/2026"),
 D("Kết luận", "142", "KL/TW", None, "Bộ Chính trị", "Kết luận 142, 143-KL/TW"),
 D("Kết luận", "143", "KL/TW", None, "Bộ Chính trị", "Kết luận 142, 143-KL/TW"),
 D("Kế hoạch", "26", "KH/TU", "2026-02-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 26-KH/TU ngày 12/02/2026")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Trấn Biên"), com("Bù Đăng"), com("Đak Nhau"), com("Thọ Sơn"), com("Đồng Xoài")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐỒNG NAI", "Trang chủ - Dân vận - Công tác tôn giáo", "Lượt xem: 389"],
["31/03/2026 - 15:45", "quý I/2026", "Quý I/2026", "khóa XVI", "15/3/2026", "Tết Bính Ngọ", "quý II", "Phật lịch 2570", "Lượt xem: 389"]))

PAGES.append(page("b4539-hue-phatdan-2026", """
BÁO HUẾ ĐIỆN TỬ
Văn hóa - Xã hội › Tôn giáo
Thứ Hai, 01/06/2026 | 07:45
Tăng Ni, Phật tử rước kiệu Phật qua cầu Trường Tiền. Ảnh: Bảo Minh
Rực rỡ sắc màu Đại lễ Phật đản Phật lịch 2570
Tối 31/5 (rằm tháng Tư âm lịch), tại chùa Diệu Đế (phường Phú Xuân), Ban Trị sự GHPGVN thành phố Huế trang nghiêm tổ chức Đại lễ Phật đản Phật lịch 2570 - Dương lịch 2026. Hơn 10.000 chư tôn đức, Tăng Ni, Phật tử cùng du khách đã tham dự.
Chứng minh đại lễ có Hòa thượng Thích Đức Minh Chánh, Phó Pháp chủ Hội đồng Chứng minh GHPGVN; Hòa thượng Thích Huệ Phổ Tịnh, Phó Chủ tịch Hội đồng Trị sự GHPGVN, Trưởng ban Trị sự GHPGVN thành phố Huế. Về phía lãnh đạo thành phố có đồng chí Phan Thị Mai Trâm, Phó Bí thư Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố; đồng chí Hồ Văn Ta Reo, Phó Chủ tịch UBND thành phố; đồng chí Lê Quang Thịnh, Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy.
Thượng tọa Thích Nguyên Đạo Phương, Phó Trưởng ban kiêm Chánh Thư ký Ban Trị sự, tuyên đọc Thông điệp Phật đản của Đức Pháp chủ GHPGVN. Trước đó, chiều cùng ngày, đoàn rước kiệu Phật với 82 xe hoa của các Ban Đại diện Phật giáo khu vực, Gia đình Phật tử đã diễu hành qua các tuyến phố chính; 2.570 đèn hoa đăng được thả trên sông Hương.
Theo Ban Trị sự, Tuần lễ Phật đản năm nay có 16 hoạt động văn hóa, hoằng pháp, từ thiện. Các chùa trao 5.000 phần quà cho hộ nghèo, người khuyết tật ở các xã A Lưới 1, Phong Điền, phường Hương Thủy; tổ chức 14 điểm hiến máu với 1.326 đơn vị máu; Ni sư Thích Nữ Diệu Hương Nhã, Trưởng Phân ban Ni giới thành phố, trụ trì chùa Diệu Viên, cùng Ni giới khám bệnh, phát thuốc miễn phí cho khoảng 1.500 lượt người. Tổng trị giá hoạt động từ thiện trong tuần lễ ước đạt 7,6 tỷ đồng.
Phát biểu chúc mừng, đồng chí Phan Thị Mai Trâm đánh giá Phật giáo Huế đã góp phần tích cực vào phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và thực hiện Nghị quyết số 15-NQ/TU của Thành ủy về phát huy giá trị di sản Phật giáo; bày tỏ mong muốn Tăng Ni tiếp tục vận động Phật tử chung sức xây dựng Huế trở thành thành phố Festival, thành phố xanh.
Nhân dịp này, Hòa thượng Thích Huệ Phổ Tịnh trao 20 suất học bổng, mỗi suất 3 triệu đồng, cho học sinh người Pa Kô, Tà Ôi nghèo vượt khó.
Bảo Minh
Lượt xem: 4.128
Tin liên quan
- Lãnh đạo thành phố thăm, chúc mừng Ban Trị sự GHPGVN thành phố Huế (27/05/2026)
- Khai mạc Tuần lễ Phật đản Phật lịch 2570 (24/05/2026)
- Phật giáo Huế góp phần gìn giữ di sản chùa cổ (12/05/2026)
- Ủy ban MTTQ thành phố gặp mặt chức sắc Phật giáo trước mùa Phật đản (20/05/2026)
- Gia đình Phật tử Huế tổ chức trại họp bạn (05/05/2026)
""", "2026-06-01", "Rực rỡ sắc màu Đại lễ Phật đản Phật lịch 2570",
E("khac", None, "2026-05-31"),
[P("Thích Đức Minh Chánh", "Hòa thượng", "Phó Pháp chủ Hội đồng Chứng minh GHPGVN"),
 P("Thích Huệ Phổ Tịnh", "Hòa thượng", "Phó Chủ tịch Hội đồng Trị sự GHPGVN", "Trưởng ban Trị sự GHPGVN thành phố Huế"),
 P("Phan Thị Mai Trâm", "Phó Bí thư Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Hồ Văn Ta Reo", "Phó Chủ tịch UBND thành phố"),
 P("Lê Quang Thịnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Thích Nguyên Đạo Phương", "Thượng tọa", "Phó Trưởng ban kiêm Chánh Thư ký Ban Trị sự"),
 P("Thích Nữ Diệu Hương Nhã", "Ni sư", "Trưởng Phân ban Ni giới thành phố", "trụ trì chùa Diệu Viên")],
[Q("Hơn 10.000 chư tôn đức, Tăng Ni, Phật tử", 10000, "chư tôn đức, Tăng Ni, Phật tử", "over"), Q("82 xe hoa", 82, "xe hoa"),
 Q("2.570 đèn hoa đăng", 2570, "đèn hoa đăng"), Q("16 hoạt động văn hóa, hoằng pháp, từ thiện", 16, "hoạt động văn hóa, hoằng pháp, từ thiện"),
 Q("5.000 phần quà", 5000, "phần quà"), Q("14 điểm hiến máu", 14, "điểm hiến máu"), Q("1.326 đơn vị máu", 1326, "đơn vị máu"),
 Q("khoảng 1.500 lượt người", 1500, "lượt người", "approx"), Q("ước đạt 7,6 tỷ đồng", 7600000000, "đồng", "approx"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("3 triệu đồng", 3000000, "đồng")],
[D("Nghị quyết", "15", "NQ/TU", None, "Thành ủy", "Nghị quyết số 15-NQ/TU")],
[prov("Huế"), com("Phú Xuân"), com("A Lưới 1"), com("Phong Điền"), com("Hương Thủy")],
["BÁO HUẾ ĐIỆN TỬ", "Văn hóa - Xã hội › Tôn giáo", "Tăng Ni, Phật tử rước kiệu Phật qua cầu Trường Tiền. Ảnh: Bảo Minh",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt xem: 4.128", "chùa Diệu Đế"],
["Thứ Hai, 01/06/2026 | 07:45", "rằm tháng Tư âm lịch", "Phật lịch 2570", "Dương lịch 2026", "Lượt xem: 4.128"]))

PAGES.append(page("b4540-angiang-daihoiphatgiao-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
Thời sự | Dân tộc - Tôn giáo
Thứ Sáu, 12/06/2026
Ảnh: Ban Trị sự GHPGVN tỉnh An Giang nhiệm kỳ 2026 - 2031 ra mắt Đại hội.
Suy cử 99 vị vào Ban Trị sự GHPGVN tỉnh An Giang nhiệm kỳ 2026 - 2031
Trong 2 ngày 10 và 11/6, tại chùa Phổ Minh (phường Rạch Giá), Ban Trị sự GHPGVN tỉnh An Giang tổ chức Đại hội đại biểu Phật giáo tỉnh lần thứ I, nhiệm kỳ 2026 - 2031 - đại hội đầu tiên sau khi hợp nhất Phật giáo hai tỉnh An Giang và Kiên Giang. Về dự có Hòa thượng Thích Thiện Nhơn Hòa, Phó Chủ tịch Thường trực Hội đồng Trị sự GHPGVN; đồng chí Chau Sóc Khen, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Nguyễn Thị Minh Thúy, Phó Chủ tịch UBND tỉnh; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Danh Út Lộc, Trần Văn Quý cùng 450 đại biểu chính thức.
Nhiệm kỳ qua, Phật giáo hai tỉnh có 1.026 cơ sở tự viện, trong đó 145 chùa Phật giáo Nam tông Khmer; 5.860 Tăng Ni, sư sãi. Tổng giá trị từ thiện xã hội đạt trên 612 tỷ đồng, trong đó xây 1.140 căn nhà tình thương, Đại đoàn kết; 86 cây cầu nông thôn; đóng góp 46 tỷ đồng phòng, chống dịch Covid-19. Các chùa Khmer duy trì 130 lớp dạy chữ Khmer hè với khoảng 6.000 học sinh mỗi năm.
Đại hội đã suy cử 99 vị vào Ban Trị sự. Hòa thượng Thích Huệ Chơn Như được suy cử làm Trưởng ban Trị sự GHPGVN tỉnh An Giang; Hòa thượng Chau Ty, Thượng tọa Thích Minh Tâm Hậu, Thượng tọa Danh Vĩnh Lợi - Phó Trưởng ban; Thượng tọa Thích Quang Định Hải - Phó Trưởng ban kiêm Chánh Thư ký. Đại hội cũng suy tôn 21 vị giáo phẩm vào Ban Chứng minh, thông qua Nghị quyết Đại hội với 13 chỉ tiêu.
Phát biểu chỉ đạo, đồng chí Chau Sóc Khen đề nghị Ban Trị sự nhiệm kỳ mới thực hiện tốt Nghị quyết 33, 34-NQ/TU của Ban Chấp hành Đảng bộ tỉnh và Chỉ thị 19-CT/TW của Ban Bí thư; phát huy vai trò của sư sãi trong phum, sóc; vận động Phật tử tham gia phong trào "An Giang chung tay vì người nghèo" và phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Đại hội đã công bố Quyết định số 286/QĐ-HĐTS ngày 02/6/2026 của Ban Thường trực Hội đồng Trị sự GHPGVN về việc chuẩn y triệu tập Đại hội. Dịp này, UBND tỉnh tặng Bằng khen cho 20 tập thể, 35 cá nhân; Ban Trị sự trao 300 phần quà, mỗi phần trị giá 500.000 đồng, cho hộ Khmer nghèo ở xã Tri Tôn, xã Ba Chúc.
Hữu Huynh
Lượt xem: 1.640
Tin liên quan
- Phật giáo khu vực Long Xuyên tổ chức Đại hội nhiệm kỳ 2026 - 2031 (20/05/2026)
- Lãnh đạo tỉnh thăm, chúc mừng Đại lễ Phật đản Phật lịch 2570 (29/05/2026)
- Tri Tôn: Sư sãi chùa Khmer trao nhà Đại đoàn kết (15/04/2026)
""", "2026-06-12", "Suy cử 99 vị vào Ban Trị sự GHPGVN tỉnh An Giang nhiệm kỳ 2026 - 2031",
E("dai_hoi", None, "2026-06-10"),
[P("Thích Thiện Nhơn Hòa", "Hòa thượng", "Phó Chủ tịch Thường trực Hội đồng Trị sự GHPGVN"),
 P("Chau Sóc Khen", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Minh Thúy", "Phó Chủ tịch UBND tỉnh"),
 P("Danh Út Lộc", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Văn Quý", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thích Huệ Chơn Như", "Hòa thượng", "Trưởng ban Trị sự GHPGVN tỉnh An Giang"),
 P("Chau Ty", "Hòa thượng", "Phó Trưởng ban"),
 P("Thích Minh Tâm Hậu", "Thượng tọa", "Phó Trưởng ban"),
 P("Danh Vĩnh Lợi", "Thượng tọa", "Phó Trưởng ban"),
 P("Thích Quang Định Hải", "Thượng tọa", "Phó Trưởng ban kiêm Chánh Thư ký")],
[Q("99 vị", 99, "vị"), Q("450 đại biểu chính thức", 450, "đại biểu chính thức"), Q("1.026 cơ sở tự viện", 1026, "cơ sở tự viện"),
 Q("145 chùa Phật giáo Nam tông Khmer", 145, "chùa Phật giáo Nam tông Khmer"), Q("5.860 Tăng Ni, sư sãi", 5860, "Tăng Ni, sư sãi"),
 Q("trên 612 tỷ đồng", 612000000000, "đồng", "over"), Q("1.140 căn nhà tình thương, Đại đoàn kết", 1140, "căn nhà tình thương, Đại đoàn kết"),
 Q("86 cây cầu nông thôn", 86, "cây cầu nông thôn"), Q("46 tỷ đồng", 46000000000, "đồng"),
 Q("130 lớp dạy chữ Khmer hè", 130, "lớp dạy chữ Khmer hè"), Q("khoảng 6.000 học sinh", 6000, "học sinh", "approx"),
 Q("21 vị giáo phẩm", 21, "vị giáo phẩm"), Q("13 chỉ tiêu", 13, "chỉ tiêu"), Q("20 tập thể", 20, "tập thể"), Q("35 cá nhân", 35, "cá nhân"),
 Q("300 phần quà", 300, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "33", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 33, 34-NQ/TU"),
 D("Nghị quyết", "34", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 33, 34-NQ/TU"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị 19-CT/TW"),
 D("Quyết định", "286", "QĐ-HĐTS", "2026-06-02", "Ban Thường trực Hội đồng Trị sự GHPGVN", "Quyết định số 286/QĐ-HĐTS ngày 02/6/2026")],
[prov("An Giang"), prov("Kiên Giang"), com("Rạch Giá"), com("Tri Tôn"), com("Ba Chúc")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG", "Thời sự | Dân tộc - Tôn giáo",
 "Ảnh: Ban Trị sự GHPGVN tỉnh An Giang nhiệm kỳ 2026 - 2031 ra mắt Đại hội.", "An Giang chung tay vì người nghèo",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Nghị quyết Đại hội", "Lượt xem: 1.640"],
["Thứ Sáu, 12/06/2026", "lần thứ I", "nhiệm kỳ 2026 - 2031", "Trong 2 ngày", "Covid-19", "Lượt xem: 1.640"]))
