from lib import *
PAGES = []

PAGES.append(page("b4529-tayninh-btsphatgiao-giaoban-2023", """
BÁO TÂY NINH ONLINE
Trang chủ › Tôn giáo › Phật giáo
Ngày đăng 10/10/2023 | 16:20
Hôm nay: Thứ Bảy, 14/10/2023
Phật giáo Tây Ninh đẩy mạnh công tác từ thiện những tháng cuối năm
(BTN) - Sáng 9/10, tại chùa Thiền Lâm - Gò Kén (xã Bàu Năng), Ban Thường trực Ban Trị sự GHPGVN tỉnh tổ chức hội nghị giao ban công tác Phật sự quý III năm 2023 với Ban Trị sự các huyện, thị xã, thành phố. Thượng tọa Thích Huệ Tâm Quang, Phó Trưởng ban Thường trực Ban Trị sự GHPGVN tỉnh chủ trì; đồng chí Nguyễn Thành Tâm Long, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy dự.
Thượng tọa Thích Huệ Tâm Quang phát biểu chỉ đạo hội nghị giao ban.
Báo cáo cho biết, trong quý III/2023, các Ban Trị sự cấp huyện đã tổ chức 9 khóa tu mùa hè cho 2.750 thanh thiếu niên; 27 tự viện tổ chức lễ Vu Lan báo hiếu, trao 1.860 phần quà cho người già neo đơn, người khuyết tật, mỗi phần trị giá từ 300.000 đồng trở lên. Các chùa ở xã Phước Chỉ, xã Long Thuận và phường Ninh Sơn đã hỗ trợ làm 6 cây cầu dân sinh, trị giá khoảng 1,1 tỷ đồng. Tính chung 9 tháng, công tác từ thiện xã hội đạt hơn 14,6 tỷ đồng, bằng 81% kế hoạch năm.
Về công tác Tăng sự, Ban Thường trực đã làm hồ sơ đề nghị bổ nhiệm trụ trì cho 11 vị; cấp 34 chứng điệp thọ giới. Tuy nhiên, việc báo cáo định kỳ của Ban Trị sự huyện Dương Minh Châu, huyện Tân Biên còn chậm; một số tự viện chưa thực hiện đúng Công văn số 188/BTS-VP ngày 05/7/2023 của Ban Trị sự về quản lý Tăng Ni vãng lai.
Phát biểu tại hội nghị, Đại đức Thích Minh Nhật Tiến, Ủy viên Thư ký - Chánh Văn phòng Ban Trị sự, quán triệt Thông bạch số 276/TB-HĐTS của Ban Thường trực Hội đồng Trị sự về tổ chức tuần lễ tưởng niệm Phật hoàng Trần Nhân Tông; yêu cầu các Ban Trị sự cấp huyện gửi báo cáo quý đúng hạn.
Đồng chí Nguyễn Thành Tâm Long đề nghị Ban Trị sự phối hợp triển khai Kế hoạch số 129-KH/BDVTU của Ban Dân vận Tỉnh ủy về vận động chức sắc tham gia xây dựng nông thôn mới, nhất là tại 3 xã biên giới Phước Vinh, Hòa Hiệp, Tân Bình.
Hội nghị thống nhất trong quý IV tổ chức lễ tưởng niệm Phật hoàng Trần Nhân Tông, phát 5.000 phần quà Tết và chuẩn bị tổng kết Phật sự năm 2023.
Ngọc Châu
Lượt xem: 634
Tin khác
- Ban Dân vận Tỉnh ủy làm việc với Ban Trị sự GHPGVN tỉnh (28/09/2023)
- Chùa Gò Kén trao 500 phần quà Trung thu cho thiếu nhi (26/09/2023)
- Hòa Thành: Tăng Ni, Phật tử hiến máu tình nguyện (17/09/2023)
- Trảng Bàng: Khánh thành cầu dân sinh do chùa Phước Lưu tài trợ (08/09/2023)
- Ban Trị sự GHPGVN tỉnh tổ chức Đại lễ Vu Lan Phật lịch 2567 (31/08/2023)
- Tân Châu: Ra mắt mô hình "Chùa xanh" (15/08/2023)
""", "2023-10-10", "Phật giáo Tây Ninh đẩy mạnh công tác từ thiện những tháng cuối năm",
E("giao_ban", "2023-Q3", "2023-10-09"),
[P("Thích Huệ Tâm Quang", "Thượng tọa", "Phó Trưởng ban Thường trực Ban Trị sự GHPGVN tỉnh"),
 P("Nguyễn Thành Tâm Long", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Thích Minh Nhật Tiến", "Đại đức", "Ủy viên Thư ký - Chánh Văn phòng Ban Trị sự")],
[Q("9 khóa tu mùa hè", 9, "khóa tu mùa hè"), Q("2.750 thanh thiếu niên", 2750, "thanh thiếu niên"), Q("27 tự viện", 27, "tự viện"),
 Q("1.860 phần quà", 1860, "phần quà"), Q("từ 300.000 đồng trở lên", 300000, "đồng", "over"),
 Q("6 cây cầu dân sinh", 6, "cây cầu dân sinh"), Q("khoảng 1,1 tỷ đồng", 1100000000, "đồng", "approx"),
 Q("hơn 14,6 tỷ đồng", 14600000000, "đồng", "over"), Q("81%", 81, "%"), Q("11 vị", 11, "vị"),
 Q("34 chứng điệp thọ giới", 34, "chứng điệp thọ giới"), Q("3 xã biên giới", 3, "xã biên giới"), Q("5.000 phần quà", 5000, "phần quà")],
[D("Công văn", "188", "BTS-VP", "2023-07-05", "Ban Trị sự", "Công văn số 188/BTS-VP ngày 05/7/2023"),
 D("Thông bạch", "276", "TB-HĐTS", None, "Ban Thường trực Hội đồng Trị sự", "Thông bạch số 276/TB-HĐTS"),
 D("Kế hoạch", "129", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 129-KH/BDVTU")],
[prov("Tây Ninh"), com("Bàu Năng"), com("Phước Chỉ"), com("Long Thuận"), com("Ninh Sơn"), com("Phước Vinh"), com("Hòa Hiệp"), com("Tân Bình")],
["BÁO TÂY NINH ONLINE", "Trang chủ › Tôn giáo › Phật giáo", "Hôm nay: Thứ Bảy, 14/10/2023",
 "Thượng tọa Thích Huệ Tâm Quang phát biểu chỉ đạo hội nghị giao ban.", "(BTN)", "Lượt xem: 634", "Trần Nhân Tông"],
["Ngày đăng 10/10/2023 | 16:20", "Hôm nay: Thứ Bảy, 14/10/2023", "quý III năm 2023", "quý III/2023", "9 tháng", "quý IV", "năm 2023", "Lượt xem: 634"]))

PAGES.append(page("b4530-daklak-gapmat-chucsacphatgiao-2024", """
Cổng Thông tin điện tử tỉnh Đắk Lắk
Trang chủ / Tin tức - Sự kiện / Hoạt động của lãnh đạo tỉnh
Thứ Ba, 20/02/2024 - 17:05
UBND tỉnh gặp mặt chức sắc, chức việc Phật giáo đầu Xuân Giáp Thìn
Chiều 19/2, UBND tỉnh tổ chức hội nghị gặp mặt chức sắc, chức việc, nhà tu hành Phật giáo tiêu biểu năm 2024 nhân dịp đầu Xuân Giáp Thìn. Đồng chí Y Giang Gry Niê Knơng, Phó Chủ tịch UBND tỉnh chủ trì. Dự có đồng chí H'Yim Kđoh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Y Ngọc Mlô, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cùng 185 đại biểu là chư tôn đức Tăng Ni đại diện cho 15 Ban Trị sự GHPGVN huyện, thị xã, thành phố.
Toàn cảnh hội nghị gặp mặt.
Báo cáo tại hội nghị cho biết, hiện tỉnh có 265 cơ sở thờ tự Phật giáo, 1.120 Tăng Ni và trên 180.000 tín đồ; có 2 điểm nhóm Phật giáo của đồng bào Êđê ở xã Ea Tul, xã Cư Pui đã được công nhận sinh hoạt tôn giáo tập trung. Năm 2023, Phật giáo tỉnh đóng góp trên 32 tỷ đồng cho công tác an sinh xã hội, hỗ trợ xây 48 căn nhà Đại đoàn kết, tặng 2.300 suất học bổng, 15.600 phần quà cho hộ nghèo, hộ cận nghèo; tham gia vận động hiến 26.000 m2 đất làm đường giao thông nông thôn.
Hòa thượng Thích Minh Trí Quảng, Ủy viên Hội đồng Trị sự GHPGVN, Trưởng ban Trị sự GHPGVN tỉnh, cảm ơn sự quan tâm của lãnh đạo tỉnh; kiến nghị tỉnh tháo gỡ vướng mắc về đất đai cho 19 cơ sở tự viện và sớm cấp phép xây dựng cho chùa Khải Đoan giai đoạn 2. Thượng tọa Thích Tâm Pháp Trí, Phó Trưởng ban Thường trực Ban Trị sự; Ni sư Thích Nữ Diệu Nghiêm Hòa, Trưởng Phân ban Ni giới tỉnh, đề xuất tạo điều kiện để Tăng Ni hoằng pháp ở vùng đồng bào dân tộc thiểu số.
Phát biểu kết luận, đồng chí Y Giang Gry Niê Knơng ghi nhận Phật giáo tỉnh đã thực hiện tốt Luật Tín ngưỡng, tôn giáo, Nghị định 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ và Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo. Đồng chí giao Sở Nội vụ, Sở Tài nguyên và Môi trường phối hợp UBND các huyện giải quyết kiến nghị trước ngày 30/6/2024, theo Kế hoạch số 1865/KH-UBND ngày 22/01/2024 của UBND tỉnh.
Dịp này, UBND tỉnh tặng Bằng khen cho 8 tập thể, 14 cá nhân, trong đó có Đại đức Y Thạch Niê (pháp danh Thích Đức Thạch), Ủy viên Ban Trị sự GHPGVN tỉnh, trụ trì chùa Phước Hòa ở buôn Kô Siêr.
Thảo Nguyên
Lượt xem: 1.087
Tin liên quan
- Lãnh đạo tỉnh thăm, chúc Tết Ban Trị sự GHPGVN tỉnh (05/02/2024)
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2023 (28/12/2023)
- Đắk Lắk: Đồng bào Êđê tham gia khóa tu tại chùa Sắc tứ Khải Đoan (12/11/2023)
- Krông Pắc: Phật giáo huyện trao 50 căn nhà tình thương (05/10/2023)
""", "2024-02-20", "UBND tỉnh gặp mặt chức sắc, chức việc Phật giáo đầu Xuân Giáp Thìn",
E("hoi_nghi", "2024", "2024-02-19"),
[P("Y Giang Gry Niê Knơng", "Phó Chủ tịch UBND tỉnh"),
 P("H'Yim Kđoh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Ngọc Mlô", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thích Minh Trí Quảng", "Hòa thượng", "Ủy viên Hội đồng Trị sự GHPGVN", "Trưởng ban Trị sự GHPGVN tỉnh"),
 P("Thích Tâm Pháp Trí", "Thượng tọa", "Phó Trưởng ban Thường trực Ban Trị sự"),
 P("Thích Nữ Diệu Nghiêm Hòa", "Ni sư", "Trưởng Phân ban Ni giới tỉnh"),
 P("Y Thạch Niê", "Đại đức", "Ủy viên Ban Trị sự GHPGVN tỉnh", "trụ trì chùa Phước Hòa")],
[Q("185 đại biểu", 185, "đại biểu"), Q("15 Ban Trị sự GHPGVN huyện, thị xã, thành phố", 15, "Ban Trị sự GHPGVN huyện, thị xã, thành phố"),
 Q("265 cơ sở thờ tự Phật giáo", 265, "cơ sở thờ tự Phật giáo"), Q("1.120 Tăng Ni", 1120, "Tăng Ni"),
 Q("trên 180.000 tín đồ", 180000, "tín đồ", "over"), Q("2 điểm nhóm Phật giáo", 2, "điểm nhóm Phật giáo"),
 Q("trên 32 tỷ đồng", 32000000000, "đồng", "over"), Q("48 căn nhà Đại đoàn kết", 48, "căn nhà Đại đoàn kết"),
 Q("2.300 suất học bổng", 2300, "suất học bổng"), Q("15.600 phần quà", 15600, "phần quà"), Q("26.000 m2", 26000, "m2"),
 Q("19 cơ sở tự viện", 19, "cơ sở tự viện"), Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Nghị định", "95", "2023/NĐ-CP", "2023-12-29", "Chính phủ", "Nghị định 95/2023/NĐ-CP ngày 29/12/2023"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Kế hoạch", "1865", "KH-UBND", "2024-01-22", "UBND tỉnh", "Kế hoạch số 1865/KH-UBND ngày 22/01/2024")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Cư Pui")],
["Cổng Thông tin điện tử tỉnh Đắk Lắk", "Trang chủ / Tin tức - Sự kiện / Hoạt động của lãnh đạo tỉnh", "Toàn cảnh hội nghị gặp mặt.",
 "Luật Tín ngưỡng, tôn giáo", "Lượt xem: 1.087", "buôn Kô Siêr"],
["Thứ Ba, 20/02/2024 - 17:05", "năm 2024", "Năm 2023", "giai đoạn 2", "30/6/2024", "Lượt xem: 1.087"]))

PAGES.append(page("b4531-bentre-vulan-tuthien-2024", """
BÁO ĐỒNG KHỞI ONLINE
Xã hội - Tôn giáo
Ngày đăng 19/08/2024 | 06:00
Ni sư Thích Nữ Như Thanh Huệ trao học bổng cho học sinh nghèo.
Mùa Vu Lan nghĩa tình ở xứ Dừa
Những ngày này, không khí Đại lễ Vu Lan báo hiếu Phật lịch 2568 lan tỏa khắp các chùa trong tỉnh. Tối 18/8 (nhằm rằm tháng Bảy), tại Tổ đình Hội Tôn (xã Quới Sơn), Ban Trị sự GHPGVN tỉnh Bến Tre tổ chức lễ Vu Lan với hơn 3.000 Tăng Ni, Phật tử tham dự. Hòa thượng Thích Thiện Phước Hậu, Thành viên Hội đồng Chứng minh GHPGVN, Trưởng ban Trị sự GHPGVN tỉnh chứng minh; Thượng tọa Thích Trí Tịnh Minh, Phó Trưởng ban kiêm Chánh Thư ký Ban Trị sự đọc diễn văn.
Đến dự có bà Lê Thị Thanh Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Huỳnh Văn Bé Hai, Chủ tịch UBND xã Quới Sơn.
Không chỉ là nghi lễ "bông hồng cài áo", mùa Vu Lan năm nay còn gắn với nhiều việc làm thiết thực. Theo Ban Từ thiện xã hội Ban Trị sự, trong tháng 7 âm lịch các chùa đã trao tặng 4.200 phần quà, 620 suất học bổng, 35 chiếc xe lăn; xây tặng 9 căn nhà tình thương cho hộ nghèo ở các xã Phú Sơn, Thạnh Phú Đông, An Hiệp. Tổng giá trị khoảng 5,3 tỷ đồng, gấp 1,5 lần mùa Vu Lan năm trước. Nhiều chùa tổ chức bếp ăn "0 đồng" phục vụ hơn 1.000 suất cơm mỗi ngày cho bệnh nhân Bệnh viện Nguyễn Đình Chiểu. Tại chùa Long Khánh, các sư cô còn mở lớp dạy kỹ năng sống miễn phí cho thiếu nhi trong suốt mùa hè, giúp các em hiểu thêm về lòng hiếu thảo.
Ni sư Thích Nữ Như Thanh Huệ, Phó Trưởng Phân ban Ni giới tỉnh, trụ trì tịnh xá Ngọc Trung, cho biết riêng tịnh xá đã nhận đỡ đầu 24 trẻ mồ côi, mỗi em được hỗ trợ 500.000 đồng/tháng đến khi học xong lớp 12. "Báo hiếu không chỉ với cha mẹ mình mà còn là lo cho những đứa trẻ thiếu cha mẹ", Ni sư chia sẻ.
Các hoạt động này được Ban Trị sự triển khai theo Thông bạch số 355/TB-HĐTS của Ban Thường trực Hội đồng Trị sự và Kế hoạch số 42/KH-BTS ngày 15/7/2024 của Ban Trị sự tỉnh; phối hợp chặt chẽ với Mặt trận các cấp theo tinh thần Chỉ thị 14-CT/TU của Tỉnh ủy về vận động xã hội hóa chăm lo người nghèo.
Phát biểu tại buổi lễ, bà Lê Thị Thanh Hà đánh giá, Phật giáo tỉnh là lực lượng tích cực trong phong trào "Bến Tre chung tay vì người nghèo", 6 tháng đầu năm đóng góp gần 2 tỷ đồng cho Quỹ "Vì người nghèo" các cấp.
Cẩm Trúc
Lượt xem: 1.459
Tin liên quan
- Giồng Trôm: Phật tử ủng hộ 200 triệu đồng xây cầu nông thôn (10/08/2024)
- Khai mạc khóa tu mùa hè tại chùa Viên Minh (25/06/2024)
- Ủy ban MTTQ tỉnh thăm, chúc mừng Đại lễ Phật đản (21/05/2024)
- Mỏ Cày Nam: Chùa Phước Hưng trao 300 phần quà cho hộ nghèo (02/05/2024)
""", "2024-08-19", "Mùa Vu Lan nghĩa tình ở xứ Dừa",
E("khac", None, "2024-08-18"),
[P("Thích Nữ Như Thanh Huệ", "Ni sư", "Phó Trưởng Phân ban Ni giới tỉnh", "trụ trì tịnh xá Ngọc Trung"),
 P("Thích Thiện Phước Hậu", "Hòa thượng", "Thành viên Hội đồng Chứng minh GHPGVN", "Trưởng ban Trị sự GHPGVN tỉnh"),
 P("Thích Trí Tịnh Minh", "Thượng tọa", "Phó Trưởng ban kiêm Chánh Thư ký Ban Trị sự"),
 P("Lê Thị Thanh Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Văn Bé Hai", "Chủ tịch UBND xã Quới Sơn")],
[Q("hơn 3.000 Tăng Ni, Phật tử", 3000, "Tăng Ni, Phật tử", "over"), Q("4.200 phần quà", 4200, "phần quà"),
 Q("620 suất học bổng", 620, "suất học bổng"), Q("35 chiếc xe lăn", 35, "chiếc xe lăn"),
 Q("9 căn nhà tình thương", 9, "căn nhà tình thương"), Q("khoảng 5,3 tỷ đồng", 5300000000, "đồng", "approx"),
 Q("hơn 1.000 suất cơm", 1000, "suất cơm", "over"), Q("24 trẻ mồ côi", 24, "trẻ mồ côi"), Q("500.000 đồng", 500000, "đồng"),
 Q("gần 2 tỷ đồng", 2000000000, "đồng", "approx")],
[D("Thông bạch", "355", "TB-HĐTS", None, "Ban Thường trực Hội đồng Trị sự", "Thông bạch số 355/TB-HĐTS"),
 D("Kế hoạch", "42", "KH-BTS", "2024-07-15", "Ban Trị sự tỉnh", "Kế hoạch số 42/KH-BTS ngày 15/7/2024"),
 D("Chỉ thị", "14", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 14-CT/TU")],
[prov("Bến Tre"), com("Quới Sơn"), com("Phú Sơn"), com("Thạnh Phú Đông"), com("An Hiệp")],
["BÁO ĐỒNG KHỞI ONLINE", "Xã hội - Tôn giáo", "Ni sư Thích Nữ Như Thanh Huệ trao học bổng cho học sinh nghèo.", "bông hồng cài áo",
 "Bến Tre chung tay vì người nghèo", "Vì người nghèo", "Lượt xem: 1.459", "Bệnh viện Nguyễn Đình Chiểu"],
["Ngày đăng 19/08/2024 | 06:00", "0 đồng", "Phật lịch 2568", "tháng 7 âm lịch", "1,5 lần", "lớp 12", "6 tháng đầu năm", "Lượt xem: 1.459"]))

PAGES.append(page("b4532-quangninh-btsphatgiao-tongket-2024", """
QUẢNG NINH TV - TRUNG TÂM TRUYỀN THÔNG TỈNH QUẢNG NINH
Thời sự > Xã hội > Tôn giáo
2024-12-27 16:40
You are here: Trang chủ / Tin tức
Toàn cảnh hội nghị.
Ban Trị sự GHPGVN tỉnh: Triển khai Phật sự năm 2025
Ngày 26/12, tại chùa Ba Vàng (phường Quang Trung, TP Uông Bí), Ban Trị sự GHPGVN tỉnh Quảng Ninh tổ chức hội nghị tổng kết công tác Phật sự năm 2024, triển khai chương trình Phật sự năm 2025. Dự hội nghị có đồng chí Vũ Thị Diệu Linh, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; đồng chí Hoàng Văn Sình, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Triệu Thị Mai, Phó Giám đốc Sở Nội vụ. Hòa thượng Thích Thanh Quảng Đạo, Ủy viên Hội đồng Trị sự GHPGVN, Trưởng ban Trị sự GHPGVN tỉnh chủ trì.
Năm 2024, Phật giáo tỉnh có 13/13 Ban Trị sự cấp huyện hoạt động ổn định; tổ chức thành công Đại lễ Phật đản, Vu Lan và Đại lễ tưởng niệm Đức vua - Phật hoàng Trần Nhân Tông tại Yên Tử với trên 12.000 lượt Tăng Ni, Phật tử tham dự. Trong năm có 142 Tăng Ni an cư kiết hạ tập trung; 2 Tăng Ni sinh tốt nghiệp Học viện Phật giáo Việt Nam. Công tác từ thiện xã hội đạt trên 47 tỷ đồng, trong đó ủng hộ đồng bào bị ảnh hưởng bởi bão số 3 (Yagi) hơn 18,5 tỷ đồng, 260 tấn hàng hóa; xây 31 nhà Đại đoàn kết cho hộ nghèo ở xã Đồng Văn, xã Hoành Mô.
Ban Trị sự đã thực hiện nghiêm Thông bạch số 425/TB-HĐTS, Thông báo số 517, 518/TB-HĐTS của Ban Thường trực Hội đồng Trị sự về việc chấn chỉnh hoạt động truyền thông, quản lý Tăng Ni trên mạng xã hội; phối hợp chính quyền xử lý dứt điểm 2 vụ việc phát ngôn sai lệch giáo lý. Đồng thời, Ban Trị sự tiếp tục thực hiện Quy chế phối hợp số 08/QCPH-MTTQ-BTS ngày 17/5/2022 giữa Ủy ban MTTQ tỉnh và Ban Trị sự.
Các ý kiến tham luận tập trung vào công tác quản lý tự viện: Thượng tọa Thích Minh Thuận Đức, Trưởng ban Trị sự GHPGVN thành phố Hạ Long, đề nghị rà soát 100% tự viện về đăng ký sinh hoạt; Ni sư Thích Đàm Nguyệt Hạnh, Phó Trưởng ban Trị sự GHPGVN huyện Đông Triều, đề xuất mở thêm lớp Sơ cấp Phật học cho Ni giới.
Phát biểu, đồng chí Vũ Thị Diệu Linh đề nghị Ban Trị sự tuyên truyền Phật tử thực hiện Kết luận số 76-KL/TW của Bộ Chính trị và Chỉ thị 42, 43-CT/TU của Ban Thường vụ Tỉnh ủy; hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", phấn đấu năm 2025 hỗ trợ ít nhất 50 căn nhà.
Hội nghị đã trao Bằng khen của Trung ương GHPGVN cho 5 tập thể, 12 cá nhân.
Phương Thảo
Lượt xem: 2.208
Tin liên quan
- Quảng Ninh: Phật giáo chung tay khắc phục hậu quả bão Yagi (20/09/2024)
- Yên Tử: Đại lễ tưởng niệm Phật hoàng Trần Nhân Tông (30/11/2024)
- Ban Dân vận Tỉnh ủy gặp mặt chức sắc tôn giáo (10/10/2024)
""", "2024-12-27", "Ban Trị sự GHPGVN tỉnh: Triển khai Phật sự năm 2025",
E("tong_ket", "2024", "2024-12-26"),
[P("Vũ Thị Diệu Linh", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Sình", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Triệu Thị Mai", "Phó Giám đốc Sở Nội vụ"),
 P("Thích Thanh Quảng Đạo", "Hòa thượng", "Ủy viên Hội đồng Trị sự GHPGVN", "Trưởng ban Trị sự GHPGVN tỉnh"),
 P("Thích Minh Thuận Đức", "Thượng tọa", "Trưởng ban Trị sự GHPGVN thành phố Hạ Long"),
 P("Thích Đàm Nguyệt Hạnh", "Ni sư", "Phó Trưởng ban Trị sự GHPGVN huyện Đông Triều")],
[Q("13/13 Ban Trị sự cấp huyện", 13, "Ban Trị sự cấp huyện"), Q("trên 12.000 lượt Tăng Ni, Phật tử", 12000, "lượt Tăng Ni, Phật tử", "over"),
 Q("142 Tăng Ni", 142, "Tăng Ni"), Q("2 Tăng Ni sinh", 2, "Tăng Ni sinh"), Q("trên 47 tỷ đồng", 47000000000, "đồng", "over"),
 Q("hơn 18,5 tỷ đồng", 18500000000, "đồng", "over"), Q("260 tấn", 260, "tấn"), Q("31 nhà Đại đoàn kết", 31, "nhà Đại đoàn kết"),
 Q("2 vụ việc phát ngôn sai lệch giáo lý", 2, "vụ việc phát ngôn sai lệch giáo lý"), Q("100% tự viện", 100, "%"),
 Q("ít nhất 50 căn nhà", 50, "căn nhà", "over"), Q("5 tập thể", 5, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Thông bạch", "425", "TB-HĐTS", None, "Ban Thường trực Hội đồng Trị sự", "Thông bạch số 425/TB-HĐTS"),
 D("Thông báo", "517", "TB-HĐTS", None, "Ban Thường trực Hội đồng Trị sự", "Thông báo số 517, 518/TB-HĐTS"),
 D("Thông báo", "518", "TB-HĐTS", None, "Ban Thường trực Hội đồng Trị sự", "Thông báo số 517, 518/TB-HĐTS"),
 D("Quy chế phối hợp", "08", "QCPH-MTTQ-BTS", "2022-05-17", None, "Quy chế phối hợp số 08/QCPH-MTTQ-BTS ngày 17/5/2022"),
 D("Kết luận", "76", "KL/TW", None, "Bộ Chính trị", "Kết luận số 76-KL/TW"),
 D("Chỉ thị", "42", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 42, 43-CT/TU"),
 D("Chỉ thị", "43", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 42, 43-CT/TU")],
[prov("Quảng Ninh"), com("Quang Trung"), com("Đồng Văn"), com("Hoành Mô")],
["QUẢNG NINH TV - TRUNG TÂM TRUYỀN THÔNG TỈNH QUẢNG NINH", "Thời sự > Xã hội > Tôn giáo", "You are here: Trang chủ / Tin tức",
 "Toàn cảnh hội nghị.", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Lượt xem: 2.208", "Trần Nhân Tông"],
["2024-12-27 16:40", "năm 2024", "năm 2025", "bão số 3", "Lượt xem: 2.208"]))

PAGES.append(page("b4533-hanoi-nisu-tuthien-2025", """
BÁO ĐẠI ĐOÀN KẾT - CƠ QUAN TRUNG ƯƠNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM
Tôn giáo › Gương sáng
Thứ Năm, 10/04/2025, 08:05
Ni sư Thích Đàm Thu Hiền (bên phải) thăm hỏi một cụ già neo đơn ở thôn Đông.
Ni sư "đi chợ" cho 300 người nghèo
Hơn 15 năm trụ trì chùa Linh Quang (xã Thanh Cao, huyện Thanh Oai, Hà Nội), Ni sư Thích Đàm Thu Hiền đã cùng Phật tử vận động hơn 9 tỷ đồng để làm từ thiện. Mỗi tháng, ngôi chùa nhỏ này "đi chợ" giúp 300 người nghèo, phần lớn là người già neo đơn, người khuyết tật trong vùng.
Năm nay 58 tuổi, Ni sư Thích Đàm Thu Hiền hiện là Ủy viên Ban Trị sự GHPGVN thành phố Hà Nội, Phó Trưởng ban Trị sự GHPGVN huyện Thanh Oai kiêm Trưởng Phân ban Ni giới huyện, Ủy viên Ủy ban MTTQ Việt Nam xã Thanh Cao. Ni sư kể, năm 2010 khi về chùa, ngôi chùa xuống cấp, đời sống nhiều hộ dân quanh vùng còn khó khăn. Từ "hũ gạo tình thương" đầu tiên đặt ở cổng chùa, đến nay chùa đã có 6 tổ thiện nguyện với 86 thành viên, duy trì bếp ăn phục vụ 250 suất cơm chay mỗi tuần ở Bệnh viện Đa khoa huyện.
Theo đồng chí Nguyễn Văn Thiệp, Chủ tịch Ủy ban MTTQ Việt Nam xã Thanh Cao, từ năm 2020 đến nay, chùa Linh Quang đã ủng hộ Quỹ "Vì người nghèo" của xã gần 1,4 tỷ đồng, xây tặng 7 nhà Đại đoàn kết và sửa chữa 12 căn nhà cho hộ nghèo, hộ cận nghèo; riêng năm 2024 trao 1.200 phần quà Tết. Tỷ lệ hộ nghèo của xã giảm từ 4,2% xuống còn 0,8%.
Thượng tọa Thích Minh Đức Khang, Trưởng ban Trị sự GHPGVN huyện Thanh Oai, cho biết: "Ni sư là tấm gương tiêu biểu trong thực hiện phương châm Đạo pháp - Dân tộc - Chủ nghĩa xã hội". Năm 2023, Ni sư được Chủ tịch UBND thành phố Hà Nội tặng Bằng khen theo Quyết định số 5127/QĐ-UBND ngày 18/10/2023 và được Trung ương GHPGVN tặng Bằng Tuyên dương công đức.
Nói về dự định, Ni sư Thích Đàm Thu Hiền chia sẻ sẽ cùng Ủy ban MTTQ xã thực hiện chương trình "Mái ấm cho người nghèo", hỗ trợ ít nhất 3 căn nhà trong năm 2025, đúng tinh thần Chỉ thị số 42-CT/TW của Ban Bí thư và Kế hoạch số 315-KH/TU của Thành ủy Hà Nội về xóa nhà tạm, nhà dột nát. Ni sư cũng đang vận động khoảng 500 triệu đồng mua 2 xe đưa đón người bệnh chạy thận.
"Làm từ thiện như gieo hạt, mình không mong nhận lại, chỉ mong người nghèo bớt khổ", Ni sư nói.
Bài, ảnh: Hoàng Minh
Lượt xem: 3.562
Tin khác
- Thượng tọa trụ trì chùa vùng cao 10 năm dạy chữ cho trẻ em (02/04/2025)
- Phật tử Sóc Sơn góp tiền làm đường liên thôn (25/03/2025)
- Ấm áp bếp cơm chay giữa bệnh viện (14/03/2025)
- Ban Trị sự GHPGVN TP Hà Nội trao 100 suất học bổng cho sinh viên nghèo (05/03/2025)
- Chùa làng và những lớp học tình thương (20/02/2025)
""", "2025-04-10", "Ni sư \"đi chợ\" cho 300 người nghèo",
E("khac", None, None),
[P("Thích Đàm Thu Hiền", "Ni sư", "trụ trì chùa Linh Quang", "Ủy viên Ban Trị sự GHPGVN thành phố Hà Nội",
   "Phó Trưởng ban Trị sự GHPGVN huyện Thanh Oai kiêm Trưởng Phân ban Ni giới huyện", "Ủy viên Ủy ban MTTQ Việt Nam xã Thanh Cao"),
 P("Nguyễn Văn Thiệp", "Chủ tịch Ủy ban MTTQ Việt Nam xã Thanh Cao"),
 P("Thích Minh Đức Khang", "Thượng tọa", "Trưởng ban Trị sự GHPGVN huyện Thanh Oai")],
[Q("300 người nghèo", 300, "người nghèo"), Q("hơn 9 tỷ đồng", 9000000000, "đồng", "over"),
 Q("6 tổ thiện nguyện", 6, "tổ thiện nguyện"), Q("86 thành viên", 86, "thành viên"), Q("250 suất cơm chay", 250, "suất cơm chay"),
 Q("gần 1,4 tỷ đồng", 1400000000, "đồng", "approx"), Q("7 nhà Đại đoàn kết", 7, "nhà Đại đoàn kết"), Q("12 căn nhà", 12, "căn nhà"),
 Q("1.200 phần quà", 1200, "phần quà"), Q("4,2%", 4.2, "%"), Q("0,8%", 0.8, "%"), Q("ít nhất 3 căn nhà", 3, "căn nhà", "over"),
 Q("khoảng 500 triệu đồng", 500000000, "đồng", "approx"), Q("2 xe", 2, "xe")],
[D("Quyết định", "5127", "QĐ-UBND", "2023-10-18", "Chủ tịch UBND thành phố Hà Nội", "Quyết định số 5127/QĐ-UBND ngày 18/10/2023"),
 D("Chỉ thị", "42", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 42-CT/TW"),
 D("Kế hoạch", "315", "KH/TU", None, "Thành ủy Hà Nội", "Kế hoạch số 315-KH/TU")],
[prov("Hà Nội"), com("Thanh Cao")],
["BÁO ĐẠI ĐOÀN KẾT - CƠ QUAN TRUNG ƯƠNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM", "Tôn giáo › Gương sáng",
 "Ni sư Thích Đàm Thu Hiền (bên phải) thăm hỏi một cụ già neo đơn ở thôn Đông.", "hũ gạo tình thương", "Vì người nghèo",
 "Đạo pháp - Dân tộc - Chủ nghĩa xã hội", "Mái ấm cho người nghèo", "Bằng Tuyên dương công đức", "Lượt xem: 3.562"],
["Thứ Năm, 10/04/2025, 08:05", "Hơn 15 năm", "58 tuổi", "năm 2010", "từ năm 2020", "năm 2024", "Năm 2023", "năm 2025", "Lượt xem: 3.562"]))

PAGES.append(page("b4534-cantho-btsphatgiao-soket-2025", """
BÁO CẦN THƠ ONLINE
Chính trị - Xã hội » Dân tộc - Tôn giáo
Cập nhật lúc 17:20 ngày 24/06/2025
Phật giáo thành phố chuẩn bị hợp nhất tổ chức Giáo hội theo địa giới mới
Sáng 23/6, tại chùa Pháp Hội (phường An Cư, quận Ninh Kiều), Ban Trị sự GHPGVN TP Cần Thơ tổ chức hội nghị sơ kết Phật sự 6 tháng đầu năm 2025, triển khai phương hướng 6 tháng cuối năm. Hòa thượng Thích Thiện Trí Lâm, Ủy viên Thường trực Hội đồng Trị sự GHPGVN, Trưởng ban Trị sự GHPGVN thành phố chủ trì. Dự hội nghị có đồng chí Trần Thị Xuân Mai, Phó Trưởng Ban Dân vận Thành ủy; đồng chí Lâm Văn Ba Rọt, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố.
Hòa thượng Thích Thiện Trí Lâm phát biểu tại hội nghị. Ảnh: Kim Ngân
Theo báo cáo, 6 tháng đầu năm, Phật giáo thành phố đã tổ chức trang nghiêm Đại lễ Phật đản Phật lịch 2569 tại 9 quận, huyện với hơn 25.000 lượt người tham dự; tổ chức An cư kiết hạ cho 812 hành giả tại 13 trường hạ; Trường Trung cấp Phật học thành phố có 96 Tăng Ni sinh tốt nghiệp. Các tự viện đã làm từ thiện xã hội trị giá hơn 23,4 tỷ đồng, tăng 18% so với cùng kỳ, hỗ trợ xóa 42 căn nhà tạm, nhà dột nát (mỗi căn 60 triệu đồng) theo chương trình của Ủy ban MTTQ thành phố, trao 6.500 phần quà cho hộ nghèo và 12 chùa Phật giáo Nam tông Khmer ở xã Thạnh Phú, xã Trường Xuân.
Ban Trị sự đã triển khai Thông bạch số 146/TB-HĐTS ngày 10/4/2025 và Công văn số 203/HĐTS-VP của Ban Thường trực Hội đồng Trị sự về việc sắp xếp tổ chức Giáo hội khi sắp xếp đơn vị hành chính; thực hiện Nghị quyết số 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh, theo đó từ ngày 1/7/2025 thành phố Cần Thơ hợp nhất với tỉnh Sóc Trăng, tỉnh Hậu Giang. Ban Trị sự ba địa phương đã thống nhất dự kiến nhân sự Ban Trị sự mới gồm khoảng 90 thành viên.
Thượng tọa Thích Huệ Minh Chánh, Phó Trưởng ban kiêm Chánh Thư ký Ban Trị sự GHPGVN thành phố, cho biết các Ban Trị sự cấp huyện sẽ kết thúc hoạt động khi cấp huyện không còn; dự kiến thành lập các Ban Đại diện Phật giáo khu vực.
Phát biểu, đồng chí Trần Thị Xuân Mai đề nghị chư Tăng Ni tiếp tục tuyên truyền Phật tử đồng thuận với chủ trương sắp xếp bộ máy theo Nghị quyết 60-NQ/TW của Ban Chấp hành Trung ương và Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư; giữ vững đoàn kết trong quá trình hợp nhất.
Kim Ngân
Lượt xem: 1.186
Tin liên quan
- Cần Thơ: Trang nghiêm Đại lễ Phật đản Phật lịch 2569 (12/05/2025)
- Ban Trị sự GHPGVN ba tỉnh, thành họp bàn phương án hợp nhất (05/06/2025)
- Ủy ban MTTQ thành phố thăm các chùa Khmer dịp Tết Chôl Chnăm Thmây (12/04/2025)
""", "2025-06-24", "Phật giáo thành phố chuẩn bị hợp nhất tổ chức Giáo hội theo địa giới mới",
E("so_ket", "2025-H1", "2025-06-23"),
[P("Thích Thiện Trí Lâm", "Hòa thượng", "Ủy viên Thường trực Hội đồng Trị sự GHPGVN", "Trưởng ban Trị sự GHPGVN thành phố"),
 P("Trần Thị Xuân Mai", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Lâm Văn Ba Rọt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Thích Huệ Minh Chánh", "Thượng tọa", "Phó Trưởng ban kiêm Chánh Thư ký Ban Trị sự GHPGVN thành phố")],
[Q("9 quận, huyện", 9, "quận, huyện"), Q("hơn 25.000 lượt người", 25000, "lượt người", "over"), Q("812 hành giả", 812, "hành giả"),
 Q("13 trường hạ", 13, "trường hạ"), Q("96 Tăng Ni sinh", 96, "Tăng Ni sinh"), Q("hơn 23,4 tỷ đồng", 23400000000, "đồng", "over"),
 Q("18%", 18, "%"), Q("42 căn nhà tạm, nhà dột nát", 42, "căn nhà tạm, nhà dột nát"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("6.500 phần quà", 6500, "phần quà"), Q("12 chùa Phật giáo Nam tông Khmer", 12, "chùa Phật giáo Nam tông Khmer"),
 Q("khoảng 90 thành viên", 90, "thành viên", "approx")],
[D("Thông bạch", "146", "TB-HĐTS", "2025-04-10", "Ban Thường trực Hội đồng Trị sự", "Thông bạch số 146/TB-HĐTS ngày 10/4/2025"),
 D("Công văn", "203", "HĐTS-VP", None, "Ban Thường trực Hội đồng Trị sự", "Công văn số 203/HĐTS-VP"),
 D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Nghị quyết", "60", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 60-NQ/TW"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("An Cư"), com("Thạnh Phú"), com("Trường Xuân")],
["BÁO CẦN THƠ ONLINE", "Chính trị - Xã hội » Dân tộc - Tôn giáo", "Hòa thượng Thích Thiện Trí Lâm phát biểu tại hội nghị. Ảnh: Kim Ngân",
 "Lượt xem: 1.186", "Ban Đại diện Phật giáo khu vực"],
["Cập nhật lúc 17:20 ngày 24/06/2025", "6 tháng đầu năm 2025", "6 tháng cuối năm", "Phật lịch 2569", "1/7/2025", "Lượt xem: 1.186"]))
