from lib import *
PAGES = []

PAGES.append(page("b8903-dienbien-bdv-taphuan-2024", """
BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN
Trang chủ > Hoạt động dân vận > Công tác dân tộc, tôn giáo
Thứ Năm, 23/05/2024 - 14:10
Bồi dưỡng kiến thức công tác tôn giáo cho cán bộ cơ sở vùng có đạo Tin Lành
Trong 2 ngày (21 - 22/5), Ban Dân vận Tỉnh ủy phối hợp với Ban Tôn giáo (Sở Nội vụ) tổ chức lớp tập huấn công tác tôn giáo năm 2024 cho 150 học viên là cán bộ dân vận, Mặt trận, công an xã và trưởng bản ở các huyện Mường Nhé, Nậm Pồ, Tủa Chùa, Điện Biên Đông.
Đồng chí Lò Thị Bun phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, đồng chí Lò Thị Bun, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy cho biết: tỉnh Điện Biên hiện có 4 tôn giáo được Nhà nước công nhận với hơn 64.000 tín đồ; riêng đạo Tin Lành có trên 60.000 tín đồ, chủ yếu là đồng bào Mông, sinh hoạt tại 42 chi hội và 180 điểm nhóm thuộc Hội thánh Tin Lành Việt Nam (miền Bắc), Hội thánh Phúc âm Ngũ tuần Việt Nam. Tình hình tôn giáo cơ bản ổn định, song vẫn còn hiện tượng truyền đạo trái pháp luật, tuyên truyền "Vương quốc Mông" ở một số bản vùng biên.
Tại lớp tập huấn, học viên được nghe ThS. Quàng Văn Tiến, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, giới thiệu những điểm mới của Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ quy định chi tiết Luật Tín ngưỡng, tôn giáo; ông Vừ A Bằng, Phó Trưởng Ban Tôn giáo tỉnh, hướng dẫn nghiệp vụ quản lý điểm nhóm, đăng ký sinh hoạt tôn giáo tập trung. Các học viên cũng được quán triệt Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy về công tác đối với đạo Tin Lành và về ngăn chặn tình trạng di cư tự do.
Nhiều cán bộ cơ sở chia sẻ cách làm hiệu quả. Ông Giàng A Chu, Chủ tịch UBND xã Sín Thầu, cho biết xã đã phối hợp với 6 điểm nhóm vận động 112 hộ ký cam kết không nghe theo kẻ xấu, không di cư tự do; năm 2023 không có hộ nào bỏ đi. Bà Mùa Thị Dua, Chủ tịch Hội Liên hiệp Phụ nữ xã Nậm Kè, kể về việc vận động các chị em tín đồ Tin Lành thành lập 3 tổ hợp tác nuôi gà, trồng sa nhân. Ông Sùng A Vừ, Trưởng bản Huổi Thanh 1, xã Pa Tần, đề nghị tăng bồi dưỡng cho trưởng bản ở vùng có đạo.
Ban Dân vận Tỉnh ủy cho biết, thực hiện Kế hoạch số 125-KH/BDVTU ngày 2/4/2024, năm 2024 sẽ mở 4 lớp tập huấn tương tự tại các huyện, phấn đấu 100% cán bộ chủ chốt cấp xã ở vùng có đạo được bồi dưỡng kiến thức về tôn giáo. Kinh phí mỗi lớp khoảng 45 triệu đồng từ ngân sách tỉnh.
Bế mạc lớp học, đồng chí Lò Thị Bun đề nghị học viên vận dụng kiến thức vào thực tiễn, chủ động nắm tình hình, sớm chuẩn bị kế hoạch thăm, chúc mừng các chi hội nhân dịp Lễ Giáng sinh 2024; không để xảy ra điểm nóng phức tạp về tôn giáo trên địa bàn.
Quỳnh Anh
Tin liên quan
- Mường Nhé: 45 hộ tín đồ Tin Lành được hỗ trợ làm nhà (16/05/2024)
- Giao ban công tác dân vận quý I/2024 (10/04/2024)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Nậm Pồ (02/04/2024)
""", "2024-05-23", "Bồi dưỡng kiến thức công tác tôn giáo cho cán bộ cơ sở vùng có đạo Tin Lành",
E("tap_huan", "2024", "2024-05-21"),
[P("Lò Thị Bun", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Quàng Văn Tiến", "ThS.", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Vừ A Bằng", "Phó Trưởng Ban Tôn giáo tỉnh"),
 P("Giàng A Chu", "Chủ tịch UBND xã Sín Thầu"),
 P("Mùa Thị Dua", "Chủ tịch Hội Liên hiệp Phụ nữ xã Nậm Kè"),
 P("Sùng A Vừ", "Trưởng bản Huổi Thanh 1")],
[Q("150 học viên", 150, "học viên"), Q("4 tôn giáo", 4, "tôn giáo"), Q("hơn 64.000 tín đồ", 64000, "tín đồ", "over"),
 Q("trên 60.000 tín đồ", 60000, "tín đồ", "over"), Q("42 chi hội", 42, "chi hội"), Q("180 điểm nhóm", 180, "điểm nhóm"),
 Q("6 điểm nhóm", 6, "điểm nhóm"), Q("112 hộ", 112, "hộ"), Q("3 tổ hợp tác", 3, "tổ hợp tác"),
 Q("4 lớp tập huấn", 4, "lớp tập huấn"), Q("100%", 100, "%"), Q("khoảng 45 triệu đồng", 45000000, "đồng", "approx")],
[D("Nghị định", "95", "2023/NĐ-CP", "2023-12-29", "Chính phủ", "Nghị định số 95/2023/NĐ-CP ngày 29/12/2023"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Kế hoạch", "125", "KH/BDVTU", "2024-04-02", None, "Kế hoạch số 125-KH/BDVTU ngày 2/4/2024")],
[prov("Điện Biên"), com("Sín Thầu"), com("Nậm Kè"), com("Pa Tần")],
["BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN", "Trang chủ > Hoạt động dân vận > Công tác dân tộc, tôn giáo",
 "Đồng chí Lò Thị Bun phát biểu khai mạc lớp tập huấn.", "Vương quốc Mông", "Luật Tín ngưỡng, tôn giáo",
 "Hội thánh Phúc âm Ngũ tuần Việt Nam", "bản Huổi Thanh 1"],
["Thứ Năm, 23/05/2024 - 14:10", "2 ngày (21 - 22/5)", "năm 2024", "năm 2023", "Lễ Giáng sinh 2024", "Huổi Thanh 1"]))

PAGES.append(page("b8904-danang-thanhuy-giangsinh-2024", """
Báo Đà Nẵng điện tử
Chính trị › Thời sự
20/12/2024 11:35
Lãnh đạo thành phố thăm, chúc mừng Giáng sinh các giáo xứ và Hội thánh Tin Lành
(ĐNO) - Ngày 19/12, đoàn lãnh đạo thành phố do đồng chí Lương Văn Tâm, Phó Bí thư Thường trực Thành ủy dẫn đầu đã đến thăm, chúc mừng Lễ Giáng sinh năm 2024 tại Tòa Giám mục Đà Nẵng, Hội thánh Tin Lành Đà Nẵng và tặng quà giáo dân nghèo giáo xứ Thanh Đức.
Cùng đi có đồng chí Trần Thị Thanh Vân, Thành ủy viên, Phó Trưởng Ban Dân vận Thành ủy; đồng chí Đặng Văn Thuận, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố; lãnh đạo Sở Nội vụ, Ban Tôn giáo thành phố.
Đồng chí Lương Văn Tâm (bên phải) tặng quà cho giáo dân giáo xứ Thanh Đức. Ảnh: Ngọc Phú
Tại Tòa Giám mục (phường Hải Châu I), đồng chí Lương Văn Tâm gửi lời chúc mừng Giáng sinh an lành đến Giám mục Giuse Phan Văn Thạch cùng các linh mục, tu sĩ và hơn 70.000 giáo dân của Giáo phận Đà Nẵng. Đồng chí thông tin, năm 2024 tăng trưởng kinh tế của thành phố ước đạt 7,8%; thành phố đã hoàn thành hỗ trợ xây mới, sửa chữa 216 căn nhà cho hộ nghèo, hộ cận nghèo, trong đó có 19 hộ Công giáo.
Giám mục Giuse Phan Văn Thạch cảm ơn sự quan tâm của lãnh đạo thành phố; cho biết năm 2024 các giáo xứ đã đóng góp hơn 3,2 tỷ đồng cho các hoạt động từ thiện, hỗ trợ người dân bị ảnh hưởng bởi bão số 6; các cơ sở bác ái của Giáo phận đang chăm sóc hơn 300 người già neo đơn, trẻ em khuyết tật.
Tại Hội thánh Tin Lành Đà Nẵng (phường Thạch Thang), đoàn được Mục sư Trần Hữu Phước, Quản nhiệm Hội thánh đón tiếp. Mục sư cho biết hội thánh có khoảng 1.200 tín đồ, năm qua đã tổ chức 5 đợt phát quà, khám bệnh cho người nghèo ở huyện Hòa Vang.
Tại giáo xứ Thanh Đức (phường Thanh Khê Đông), đoàn trao 50 suất quà cho giáo dân có hoàn cảnh khó khăn, mỗi suất trị giá 1 triệu đồng gồm tiền mặt và nhu yếu phẩm. Linh mục Phêrô Nguyễn Quang Vinh, Chánh xứ Thanh Đức cảm ơn đoàn và cho biết 50 suất quà sẽ được trao tận tay bà con trước đêm Noel. Bà Nguyễn Thị Lài, 78 tuổi, nói: "Năm nào Giáng sinh cũng được thành phố nhớ tới, tui mừng lắm".
Cũng dịp này, Ủy ban MTTQ Việt Nam thành phố trao 2 căn nhà Đại đoàn kết cho hộ giáo dân nghèo ở xã Hòa Phước, mỗi căn hỗ trợ 60 triệu đồng từ Quỹ "Vì người nghèo". Theo Kế hoạch số 312/KH-UBND ngày 2/12/2024 của UBND thành phố, từ ngày 16 đến 24/12, các đoàn của thành phố, quận, huyện thăm, chúc mừng 42 giáo xứ, 9 hội thánh Tin Lành và các cơ sở bác ái xã hội của tôn giáo.
Ngọc Phú
Xem thêm
- Bí thư Thành ủy gặp mặt chức sắc các tôn giáo (13/12/2024)
- Quận Cẩm Lệ: đối thoại với giáo dân giáo xứ Hòa Phát (05/12/2024)
- Hòa Vang: trao 200 suất quà cho hộ nghèo có đạo (28/11/2024)
""", "2024-12-20", "Lãnh đạo thành phố thăm, chúc mừng Giáng sinh các giáo xứ và Hội thánh Tin Lành",
E("trao_qua", None, "2024-12-19"),
[P("Lương Văn Tâm", "Phó Bí thư Thường trực Thành ủy"),
 P("Trần Thị Thanh Vân", "Thành ủy viên", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Đặng Văn Thuận", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Giuse Phan Văn Thạch", "Giám mục"),
 P("Trần Hữu Phước", "Mục sư", "Quản nhiệm Hội thánh"),
 P("Phêrô Nguyễn Quang Vinh", "Linh mục", "Chánh xứ Thanh Đức"),
 P("Nguyễn Thị Lài")],
[Q("hơn 70.000 giáo dân", 70000, "giáo dân", "over"), Q("7,8%", 7.8, "%"), Q("216 căn nhà", 216, "căn nhà"),
 Q("19 hộ Công giáo", 19, "hộ Công giáo"), Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"),
 Q("hơn 300 người già neo đơn, trẻ em khuyết tật", 300, "người già neo đơn, trẻ em khuyết tật", "over"),
 Q("khoảng 1.200 tín đồ", 1200, "tín đồ", "approx"), Q("5 đợt phát quà, khám bệnh", 5, "đợt phát quà, khám bệnh"),
 Q("50 suất quà", 50, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("42 giáo xứ", 42, "giáo xứ"), Q("9 hội thánh Tin Lành", 9, "hội thánh Tin Lành")],
[D("Kế hoạch", "312", "KH-UBND", "2024-12-02", "UBND thành phố", "Kế hoạch số 312/KH-UBND ngày 2/12/2024")],
[prov("Đà Nẵng"), com("Hải Châu I"), com("Thạch Thang"), com("Thanh Khê Đông"), com("Hòa Phước")],
["Báo Đà Nẵng điện tử", "Chính trị › Thời sự", "(ĐNO)",
 "Đồng chí Lương Văn Tâm (bên phải) tặng quà cho giáo dân giáo xứ Thanh Đức. Ảnh: Ngọc Phú", "Tòa Giám mục Đà Nẵng",
 "Giáo phận Đà Nẵng", "Vì người nghèo", "giáo xứ Thanh Đức"],
["20/12/2024 11:35", "Lễ Giáng sinh năm 2024", "bão số 6", "78 tuổi", "từ ngày 16 đến 24/12"]))

PAGES.append(page("b8905-tuyenquang-btgdv-giangsinh-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Thời sự | Chính trị | Dân tộc - Tôn giáo
Thứ Sáu, 19/12/2025, 08:05
Ban Tuyên giáo và Dân vận Tỉnh ủy thăm, tặng quà Giáng sinh các chi hội Tin Lành vùng cao
Từ ngày 17 đến 18/12, đoàn công tác của Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang do đồng chí Triệu Thị Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dẫn đầu đã đến thăm, chúc mừng Giáng sinh và tặng quà các chi hội Tin Lành tại các xã Mèo Vạc, Sơn Vĩ, Đồng Văn, Lũng Cú.
Đồng chí Triệu Thị Hà tặng quà Chi hội Tin Lành Sơn Vĩ. Ảnh: Hữu Nghị
Cùng đi có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Hoàng Văn Quý, Nguyễn Thị Bích Liên; đại diện lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, Sở Dân tộc và Tôn giáo.
Tại các chi hội, đồng chí Triệu Thị Hà gửi lời chúc mừng Giáng sinh an lành tới các mục sư, truyền đạo, chấp sự và tín đồ; thông tin về tình hình kinh tế - xã hội của tỉnh sau hợp nhất, việc vận hành chính quyền địa phương hai cấp từ ngày 1/7/2025. Đồng chí mong các chi hội tiếp tục vận động tín đồ thực hiện tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước, giữ gìn an ninh biên giới, tham gia phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Mục sư Vàng Mí Chơ, Quản nhiệm Chi hội Tin Lành Sơn Vĩ, cho biết chi hội có 186 hộ với gần 1.000 tín đồ, năm qua đã vận động bà con hiến 2.300 m2 đất làm đường, góp hơn 400 ngày công giúp 7 hộ nghèo làm nhà. Truyền đạo Ly Mí Pó, Thư ký Chi hội Tin Lành Lũng Cú, bày tỏ: "Được lãnh đạo tỉnh lên tận nơi chúc mừng, bà con tín đồ rất vui, tin tưởng vào Đảng, Nhà nước".
Đoàn đã trao tặng 250 suất quà cho tín đồ có hoàn cảnh khó khăn, mỗi suất trị giá 500.000 đồng; tặng mỗi chi hội 3 triệu đồng để tổ chức lễ Giáng sinh. Tổng giá trị quà tặng hơn 137 triệu đồng, do Ban Tuyên giáo và Dân vận Tỉnh ủy vận động các nhà hảo tâm ủng hộ.
Ông Sùng Mí Dình, Chủ tịch UBND xã Sơn Vĩ, cho biết toàn xã có 4 chi hội, 9 điểm nhóm Tin Lành với hơn 3.400 tín đồ, chiếm khoảng 28% dân số. Năm 2025, xã đã xóa 61 nhà tạm, nhà dột nát, trong đó có 23 nhà của hộ tín đồ Tin Lành.
Theo Ban Tuyên giáo và Dân vận Tỉnh ủy, toàn tỉnh Tuyên Quang hiện có hơn 23.000 tín đồ Tin Lành, chủ yếu là đồng bào Mông, Dao ở các xã vùng cao biên giới. Thực hiện Kế hoạch số 45-KH/BTGDVTU ngày 2/12/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy và Nghị định số 95/2023/NĐ-CP của Chính phủ, các xã, phường chủ động thăm, chúc mừng các chi hội, điểm nhóm; bảo đảm cho tín đồ sinh hoạt tôn giáo đúng pháp luật dịp Giáng sinh.
Hữu Nghị
Tin liên quan
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 4 (15/12/2025)
- Xã Lũng Cú ra mắt mô hình "Dân vận khéo" (10/12/2025)
- Gặp mặt chức sắc các tôn giáo mừng Xuân Bính Ngọ 2026 (05/12/2025)
""", "2025-12-19", "Ban Tuyên giáo và Dân vận Tỉnh ủy thăm, tặng quà Giáng sinh các chi hội Tin Lành vùng cao",
E("trao_qua", None, "2025-12-17"),
[P("Triệu Thị Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Văn Quý", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Bích Liên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vàng Mí Chơ", "Mục sư", "Quản nhiệm Chi hội Tin Lành Sơn Vĩ"),
 P("Ly Mí Pó", "Truyền đạo", "Thư ký Chi hội Tin Lành Lũng Cú"),
 P("Sùng Mí Dình", "Chủ tịch UBND xã Sơn Vĩ")],
[Q("186 hộ", 186, "hộ"), Q("gần 1.000 tín đồ", 1000, "tín đồ", "approx"), Q("2.300 m2", 2300, "m2"),
 Q("hơn 400 ngày công", 400, "ngày công", "over"), Q("7 hộ nghèo", 7, "hộ nghèo"), Q("250 suất quà", 250, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("3 triệu đồng", 3000000, "đồng"), Q("hơn 137 triệu đồng", 137000000, "đồng", "over"),
 Q("4 chi hội", 4, "chi hội"), Q("9 điểm nhóm Tin Lành", 9, "điểm nhóm Tin Lành"), Q("hơn 3.400 tín đồ", 3400, "tín đồ", "over"),
 Q("khoảng 28%", 28, "%", "approx"), Q("61 nhà tạm, nhà dột nát", 61, "nhà tạm, nhà dột nát"), Q("23 nhà", 23, "nhà"),
 Q("hơn 23.000 tín đồ Tin Lành", 23000, "tín đồ Tin Lành", "over")],
[D("Kế hoạch", "45", "KH/BTGDVTU", "2025-12-02", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 45-KH/BTGDVTU ngày 2/12/2025"),
 D("Nghị định", "95", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 95/2023/NĐ-CP của Chính phủ")],
[prov("Tuyên Quang"), com("Mèo Vạc"), com("Sơn Vĩ"), com("Đồng Văn"), com("Lũng Cú")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Thời sự | Chính trị | Dân tộc - Tôn giáo",
 "Đồng chí Triệu Thị Hà tặng quà Chi hội Tin Lành Sơn Vĩ. Ảnh: Hữu Nghị", "Cả nước chung tay xóa nhà tạm, nhà dột nát"],
["Thứ Sáu, 19/12/2025, 08:05", "Từ ngày 17 đến 18/12", "ngày 1/7/2025", "hai cấp", "Năm 2025"]))

PAGES.append(page("b8906-dongnai-mttq-gapmat-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG NAI
Chính trị > Mặt trận - Đoàn thể
23/12/2025 - 10:05
Ảnh: Toàn cảnh buổi gặp mặt.
Gặp mặt chức sắc, chức việc Công giáo, Tin Lành nhân dịp Giáng sinh 2025
Chiều 22/12, tại phường Trấn Biên, Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức hội nghị gặp mặt chức sắc, chức việc, tu sĩ Công giáo, Tin Lành năm 2025 nhân dịp Lễ Giáng sinh. Đây là lần đầu tiên hội nghị được tổ chức sau khi hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước.
Dự hội nghị có đồng chí Võ Minh Khiêm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Huỳnh Thị Ngọc Hân, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Giám mục Phêrô Trần Đình Khang, Giám mục Giáo phận Xuân Lộc; cùng trên 300 đại biểu là linh mục, tu sĩ, mục sư, truyền đạo và giáo dân, tín đồ tiêu biểu.
Báo cáo tại hội nghị, đồng chí Nguyễn Thị Ngọc Ánh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh cho biết: tỉnh Đồng Nai (mới) có hơn 1,2 triệu giáo dân, sinh hoạt tại 287 giáo xứ; Tin Lành có khoảng 95.000 tín đồ, trong đó nhiều tín đồ là đồng bào S'tiêng, M'nông ở các xã phía Bắc. Năm 2025, các tổ chức tôn giáo đóng góp hơn 210 tỷ đồng cho công tác an sinh xã hội; tham gia phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", góp phần xây mới 1.085 căn nhà cho hộ nghèo, hộ cận nghèo.
Phát biểu tại hội nghị, Giám mục Phêrô Trần Đình Khang bày tỏ vui mừng trước những đổi thay của tỉnh sau hợp nhất và cam kết Giáo phận tiếp tục đồng hành, động viên giáo dân sống "tốt đời, đẹp đạo". Mục sư Điểu Rét, Quản nhiệm Chi hội Tin Lành Bù Đăng, xã Bù Đăng, cảm ơn chính quyền đã giải quyết dứt điểm hồ sơ đất đai cho 4 chi hội; Linh mục Giuse Lê Văn Thịnh, Chánh xứ Hố Nai, đề nghị quan tâm hạ tầng giao thông tại các khu dân cư đông giáo dân ở phường Hố Nai.
Chủ tịch UBND tỉnh Võ Minh Khiêm ghi nhận những đóng góp của đồng bào Công giáo, Tin Lành; khẳng định tỉnh luôn tôn trọng, bảo đảm quyền tự do tín ngưỡng, tôn giáo theo Luật Tín ngưỡng, tôn giáo và Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ; đề nghị các chức sắc tiếp tục động viên tín đồ tham gia xây dựng chính quyền địa phương hai cấp, hưởng ứng các phong trào thi đua yêu nước.
Theo Kế hoạch số 28/KH-MTTQ-BTT ngày 1/12/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, từ ngày 15 đến 24/12, Ủy ban MTTQ Việt Nam tỉnh và các xã, phường thăm, chúc mừng 287 giáo xứ, 64 chi hội Tin Lành và các cơ sở bác ái xã hội. Ông Điểu Thanh, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Đăng, cho biết xã đã thăm 100% chi hội, điểm nhóm trên địa bàn.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 30 tập thể, 52 cá nhân là chức sắc, chức việc, tín đồ có thành tích tiêu biểu trong phong trào thi đua yêu nước năm 2025.
Hoàng Lộc
Tin liên quan
- Đồng Nai: 1.085 căn nhà được bàn giao trước Tết (18/12/2025)
- Thăm, chúc mừng Giáng sinh Tòa Giám mục Xuân Lộc (17/12/2025)
- Phường Đồng Xoài tổ chức Ngày hội Đại đoàn kết (10/12/2025)
""", "2025-12-23", "Gặp mặt chức sắc, chức việc Công giáo, Tin Lành nhân dịp Giáng sinh 2025",
E("hoi_nghi", "2025", "2025-12-22"),
[P("Võ Minh Khiêm", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Huỳnh Thị Ngọc Hân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phêrô Trần Đình Khang", "Giám mục", "Giám mục Giáo phận Xuân Lộc"),
 P("Nguyễn Thị Ngọc Ánh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Điểu Rét", "Mục sư", "Quản nhiệm Chi hội Tin Lành Bù Đăng"),
 P("Giuse Lê Văn Thịnh", "Linh mục", "Chánh xứ Hố Nai"),
 P("Điểu Thanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Đăng")],
[Q("trên 300 đại biểu", 300, "đại biểu", "over"), Q("hơn 1,2 triệu giáo dân", 1200000, "giáo dân", "over"),
 Q("287 giáo xứ", 287, "giáo xứ"), Q("khoảng 95.000 tín đồ", 95000, "tín đồ", "approx"),
 Q("hơn 210 tỷ đồng", 210000000000, "đồng", "over"), Q("1.085 căn nhà", 1085, "căn nhà"), Q("4 chi hội", 4, "chi hội"),
 Q("64 chi hội Tin Lành", 64, "chi hội Tin Lành"), Q("100%", 100, "%"), Q("30 tập thể", 30, "tập thể"),
 Q("52 cá nhân", 52, "cá nhân")],
[D("Nghị định", "95", "2023/NĐ-CP", "2023-12-29", "Chính phủ", "Nghị định số 95/2023/NĐ-CP ngày 29/12/2023"),
 D("Kế hoạch", "28", "KH-MTTQ-BTT", "2025-12-01", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 28/KH-MTTQ-BTT ngày 1/12/2025")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Trấn Biên"), com("Bù Đăng"), com("Hố Nai")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG NAI", "Chính trị > Mặt trận - Đoàn thể", "Ảnh: Toàn cảnh buổi gặp mặt.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Giáo phận Xuân Lộc", "Luật Tín ngưỡng, tôn giáo"],
["23/12/2025 - 10:05", "Giáng sinh 2025", "năm 2025", "lần đầu tiên", "hai cấp", "từ ngày 15 đến 24/12"]))

PAGES.append(page("b8907-ninhbinh-udkcg-tongket-2025", """
BÁO NINH BÌNH
Trang chủ » Thời sự » Mặt trận - Đoàn thể
Thứ Sáu, 09/01/2026
Đồng bào Công giáo tích cực thi đua yêu nước, chung tay xây dựng quê hương
Ngày 8/1, Ủy ban Đoàn kết Công giáo tỉnh Ninh Bình tổ chức hội nghị tổng kết công tác năm 2025, triển khai phương hướng, nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên của Ủy ban Đoàn kết Công giáo tỉnh sau khi hợp nhất ba tỉnh Ninh Bình, Nam Định, Hà Nam.
Các đại biểu dự hội nghị tổng kết. Ảnh: Minh Đường
Chủ trì hội nghị có Linh mục Phaolô Vũ Đình Lâm, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh; dự có đồng chí Trần Thị Mai Hoa, Tỉnh ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Đinh Công Sứ, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy cùng 180 đại biểu đại diện cho hơn 720.000 giáo dân thuộc các giáo phận Phát Diệm, Bùi Chu, Thái Bình và Hà Nội trên địa bàn tỉnh.
Báo cáo tổng kết cho biết, năm 2025 đồng bào Công giáo đã hưởng ứng sâu rộng phong trào "Sống tốt đời, đẹp đạo", góp phần quan trọng vào việc sắp xếp đơn vị hành chính, xây dựng chính quyền địa phương hai cấp. Các giáo xứ đã vận động giáo dân đóng góp hơn 96 tỷ đồng xây dựng nông thôn mới và các công trình phúc lợi; hiến trên 38.000 m2 đất; ủng hộ Quỹ "Vì người nghèo" gần 5,6 tỷ đồng; hỗ trợ xóa 312 nhà tạm, nhà dột nát. 98,2% gia đình Công giáo đạt danh hiệu "Gia đình văn hóa"; 412 thôn, xóm, tổ dân phố có đông giáo dân đạt danh hiệu văn hóa.
Ủy ban Đoàn kết Công giáo tỉnh đã tham gia cùng Ủy ban MTTQ Việt Nam tỉnh giám sát 5 cuộc, góp ý 27 ý kiến vào dự thảo văn kiện Đại hội Đảng bộ tỉnh lần thứ I; phối hợp thực hiện Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Công giáo và về bảo đảm an ninh trật tự tại các khu vực nhà thờ lớn.
Tại hội nghị, các đại biểu đã nghe tham luận của các vị Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh: Linh mục Giuse Trần Văn Đoan, ông Phạm Văn Đích, bà Nguyễn Thị Thoa; ông Vũ Đức Thông, Trưởng Ban hành giáo giáo xứ Bùi Chu, xã Xuân Trường, kể về việc vận động 240 hộ giáo dân hiến đất mở rộng đường ven sông. Linh mục Đaminh Phạm Văn Hòa, Chánh xứ Phát Diệm, thông tin Lễ Giáng sinh 2025 tại nhà thờ Chính tòa Phát Diệm đón hơn 50.000 lượt khách an toàn.
Phát biểu chỉ đạo, đồng chí Trần Thị Mai Hoa đánh giá cao kết quả năm 2025, đề nghị năm 2026 Ủy ban Đoàn kết Công giáo tỉnh tiếp tục tuyên truyền Nghị quyết Đại hội XIV của Đảng; phát huy vai trò cầu nối, vận động giáo dân tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 18 tập thể, 36 cá nhân; tại các xã Phát Diệm, Hải Hậu, Xuân Trường và phường Nam Định có 15 giáo xứ được biểu dương là "Giáo xứ tiêu biểu trong phong trào thi đua yêu nước".
Minh Đường
Tin liên quan
- Lãnh đạo tỉnh thăm, chúc mừng Giáng sinh Tòa Giám mục Phát Diệm (23/12/2025)
- Xã Hải Hậu: 10 giáo họ đạt chuẩn văn hóa (15/12/2025)
- Gặp mặt người có uy tín trong đồng bào Công giáo (05/12/2025)
""", "2026-01-09", "Đồng bào Công giáo tích cực thi đua yêu nước, chung tay xây dựng quê hương",
E("tong_ket", "2025", "2026-01-08"),
[P("Phaolô Vũ Đình Lâm", "Linh mục", "Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Trần Thị Mai Hoa", "Tỉnh ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Công Sứ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Giuse Trần Văn Đoan", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh", "Linh mục"),
 P("Phạm Văn Đích", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Nguyễn Thị Thoa", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Vũ Đức Thông", "Trưởng Ban hành giáo giáo xứ Bùi Chu"),
 P("Đaminh Phạm Văn Hòa", "Linh mục", "Chánh xứ Phát Diệm")],
[Q("180 đại biểu", 180, "đại biểu"), Q("hơn 720.000 giáo dân", 720000, "giáo dân", "over"),
 Q("hơn 96 tỷ đồng", 96000000000, "đồng", "over"), Q("trên 38.000 m2", 38000, "m2", "over"),
 Q("gần 5,6 tỷ đồng", 5600000000, "đồng", "approx"), Q("312 nhà tạm, nhà dột nát", 312, "nhà tạm, nhà dột nát"),
 Q("98,2%", 98.2, "%"), Q("412 thôn, xóm, tổ dân phố", 412, "thôn, xóm, tổ dân phố"), Q("5 cuộc", 5, "cuộc"),
 Q("27 ý kiến", 27, "ý kiến"), Q("240 hộ giáo dân", 240, "hộ giáo dân"), Q("hơn 50.000 lượt khách", 50000, "lượt khách", "over"),
 Q("18 tập thể", 18, "tập thể"), Q("36 cá nhân", 36, "cá nhân"), Q("15 giáo xứ", 15, "giáo xứ")],
[D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU")],
[prov("Ninh Bình"), prov("Nam Định"), prov("Hà Nam"), com("Xuân Trường"), com("Phát Diệm"), com("Hải Hậu"), com("Nam Định")],
["BÁO NINH BÌNH", "Trang chủ » Thời sự » Mặt trận - Đoàn thể", "Các đại biểu dự hội nghị tổng kết. Ảnh: Minh Đường",
 "Sống tốt đời, đẹp đạo", "Vì người nghèo", "Gia đình văn hóa", "Giáo xứ tiêu biểu trong phong trào thi đua yêu nước",
 "nhà thờ Chính tòa Phát Diệm", "Nghị quyết Đại hội XIV của Đảng"],
["Thứ Sáu, 09/01/2026", "năm 2025", "năm 2026", "lần thứ I", "Lễ Giáng sinh 2025", "khóa XVI", "nhiệm kỳ 2026 - 2031",
 "hai cấp", "Đại hội XIV"]))

PAGES.append(page("b8908-vinhlong-chollach-doithoai-2026", """
ĐẢNG ỦY XÃ CHỢ LÁCH - TỈNH VĨNH LONG
Trang chủ > Tin tức - Sự kiện > Xây dựng Đảng
Chủ Nhật, 17/05/2026
Ngày đăng 15/05/2026 | 16:20
Xã Chợ Lách đối thoại với bà con giáo xứ Cái Mơn năm 2026
Chiều 14/5, tại hội trường giáo xứ Cái Mơn, Ban Thường vụ Đảng ủy xã Chợ Lách tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền xã với đồng bào Công giáo năm 2026. Đồng chí Nguyễn Văn Út, Bí thư Đảng ủy xã chủ trì; cùng dự có Chủ tịch UBND xã Lê Thị Bích Tuyền, Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Thanh Sang.
Quang cảnh hội nghị đối thoại tại giáo xứ Cái Mơn.
Tham dự có Linh mục Giuse Võ Văn Lộc, Chánh xứ Cái Mơn, Linh mục phó Phêrô Đặng Minh Trí và hơn 120 giáo dân đại diện cho 12 ấp. Xã Chợ Lách (mới) thuộc tỉnh Vĩnh Long, được thành lập từ thị trấn Chợ Lách và các xã Vĩnh Thành, Sơn Định, Long Thới; có 6 giáo xứ với khoảng 12.400 giáo dân.
Mở đầu hội nghị, đồng chí Nguyễn Văn Út thông tin kết quả 10 tháng vận hành chính quyền địa phương hai cấp: UBND xã đã tiếp nhận, giải quyết 8.650 hồ sơ thủ tục hành chính, tỷ lệ đúng hạn đạt 99,1%; triển khai Kế hoạch số 21-KH/ĐU ngày 2/4/2026 của Đảng ủy xã về thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân.
Tại buổi đối thoại, bà con giáo dân nêu 14 ý kiến, tập trung vào xâm nhập mặn, nâng cấp đường ven sông Cổ Chiên, hỗ trợ tiêu thụ cây giống, hoa kiểng. Ông Trần Văn Tám ở ấp Thanh Sơn A đề nghị sớm nạo vét kênh để chở cây giống. Bà Nguyễn Thị Kim Hoa, Trưởng ban Lễ sinh giáo xứ Cái Mơn, kiến nghị lắp đèn chiếu sáng tuyến đường vào nhà thờ. Ông Huỳnh Văn Lợi, Trưởng ấp Tân Thạnh, phản ánh 3 hộ giáo dân chưa được hỗ trợ sửa nhà sau đợt triều cường.
Đồng chí Lê Thị Bích Tuyền, Chủ tịch UBND xã đã trả lời trực tiếp 9 ý kiến; cho biết trong năm 2026 xã dành 2,8 tỷ đồng nâng cấp 1,6 km đường ven sông, hỗ trợ mỗi hộ sửa nhà 15 triệu đồng. 5 ý kiến còn lại thuộc thẩm quyền cấp tỉnh sẽ được tổng hợp báo cáo.
Linh mục Giuse Võ Văn Lộc cảm ơn Đảng ủy, UBND xã đã lắng nghe bà con; khẳng định giáo xứ sẽ tiếp tục động viên giáo dân thực hiện phong trào "Sống tốt đời, đẹp đạo", tham gia xây dựng xã nông thôn mới nâng cao. Năm 2025, giáo xứ Cái Mơn đã vận động giáo dân góp 640 triệu đồng làm 2 cây cầu bê tông.
Kết luận hội nghị, đồng chí Nguyễn Văn Út giao các ngành chuyên môn giải quyết dứt điểm các kiến nghị trước ngày 30/6/2026 và công khai kết quả tại ấp.
Ban Tuyên giáo và Dân vận Đảng ủy xã
Các tin đã đưa
- Xã Chợ Lách sơ kết 6 tháng chương trình xây dựng nông thôn mới (12/05/2026)
- Gặp mặt chức sắc tôn giáo mừng Đại lễ Phật đản (05/05/2026)
- Lễ kỷ niệm 51 năm Ngày Giải phóng miền Nam (30/04/2026)
""", "2026-05-15", "Xã Chợ Lách đối thoại với bà con giáo xứ Cái Mơn năm 2026",
E("doi_thoai", "2026", "2026-05-14"),
[P("Nguyễn Văn Út", "Bí thư Đảng ủy xã"),
 P("Lê Thị Bích Tuyền", "Chủ tịch UBND xã"),
 P("Phan Thanh Sang", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Giuse Võ Văn Lộc", "Linh mục", "Chánh xứ Cái Mơn"),
 P("Phêrô Đặng Minh Trí", "Linh mục phó"),
 P("Trần Văn Tám"),
 P("Nguyễn Thị Kim Hoa", "Trưởng ban Lễ sinh giáo xứ Cái Mơn"),
 P("Huỳnh Văn Lợi", "Trưởng ấp Tân Thạnh")],
[Q("hơn 120 giáo dân", 120, "giáo dân", "over"), Q("12 ấp", 12, "ấp"), Q("6 giáo xứ", 6, "giáo xứ"),
 Q("khoảng 12.400 giáo dân", 12400, "giáo dân", "approx"), Q("8.650 hồ sơ thủ tục hành chính", 8650, "hồ sơ thủ tục hành chính"),
 Q("99,1%", 99.1, "%"), Q("14 ý kiến", 14, "ý kiến"), Q("3 hộ giáo dân", 3, "hộ giáo dân"), Q("9 ý kiến", 9, "ý kiến"),
 Q("2,8 tỷ đồng", 2800000000, "đồng"), Q("1,6 km", 1.6, "km"), Q("15 triệu đồng", 15000000, "đồng"),
 Q("5 ý kiến", 5, "ý kiến"), Q("640 triệu đồng", 640000000, "đồng"), Q("2 cây cầu bê tông", 2, "cây cầu bê tông")],
[D("Kế hoạch", "21", "KH/ĐU", "2026-04-02", "Đảng ủy xã", "Kế hoạch số 21-KH/ĐU ngày 2/4/2026"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019")],
[prov("Vĩnh Long"), com("Chợ Lách"), com("Vĩnh Thành"), com("Sơn Định"), com("Long Thới")],
["ĐẢNG ỦY XÃ CHỢ LÁCH - TỈNH VĨNH LONG", "Trang chủ > Tin tức - Sự kiện > Xây dựng Đảng",
 "Quang cảnh hội nghị đối thoại tại giáo xứ Cái Mơn.", "giáo xứ Cái Mơn", "Sống tốt đời, đẹp đạo", "Cổ Chiên",
 "ấp Thanh Sơn A"],
["Chủ Nhật, 17/05/2026", "Ngày đăng 15/05/2026 | 16:20", "năm 2026", "10 tháng", "hai cấp", "Năm 2025", "ngày 30/6/2026"]))
