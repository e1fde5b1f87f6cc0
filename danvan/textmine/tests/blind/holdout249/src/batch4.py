from lib import *
PAGES = []

PAGES.append(page("b5951-thanhhoa-mttq-tongket-2023", """
BÁO THANH HÓA
Thời sự | Chính trị | Mặt trận
Cập nhật: 09:42, 21/12/2023 (GMT+7)
Toàn cảnh hội nghị.
Thanh Hóa: Hơn 5.600 hộ nghèo được hỗ trợ nhà ở trong năm 2023
Ngày 20/12, Ủy ban MTTQ tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác vận động, quản lý, sử dụng Quỹ "Vì người nghèo" năm 2023. Dự hội nghị có đồng chí Lê Thị Nguyệt Minh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; đồng chí Đỗ Văn Lâm, Phó Chủ tịch UBND tỉnh; 27 điểm cầu cấp huyện với trên 700 đại biểu.
Năm 2023, Quỹ "Vì người nghèo" các cấp trong tỉnh tiếp nhận 96,4 tỷ đồng, riêng Tháng cao điểm vận động 41,2 tỷ đồng. Từ nguồn quỹ và các nguồn xã hội hóa, đã hỗ trợ xây mới, sửa chữa hơn 5.600 căn nhà cho hộ nghèo, hộ khó khăn về nhà ở, mỗi căn xây mới 50 triệu đồng, sửa chữa 25 triệu đồng. Tỷ lệ hộ nghèo toàn tỉnh giảm còn 2,98%; các huyện miền núi Mường Lát, Quan Sơn, Quan Hóa giảm bình quân trên 5%.
Thực hiện Nghị quyết số 11-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về giảm nghèo bền vững và Đề án 23, 24/ĐA-UBND của UBND tỉnh về hỗ trợ nhà ở và về sinh kế cho hộ nghèo vùng đồng bào Thái, Mường, Mông, Ủy ban MTTQ tỉnh đã ban hành Kế hoạch số 419/KH-MTTQ-BTT ngày 28/9/2023 về Tháng cao điểm. Mỗi cán bộ, công chức ủng hộ 1 ngày lương.
Tại hội nghị, ông Hà Văn Thiết, Chủ tịch Ủy ban MTTQ Việt Nam huyện Mường Lát, cho biết huyện còn 1.845 hộ nghèo, nhiều hộ người Mông ở nhà tạm bợ. Bà Lò Thị Bươn, Chủ tịch Ủy ban MTTQ xã Trung Lý, kiến nghị tăng mức hỗ trợ cho những bản xa, chi phí vận chuyển vật liệu gấp 2 lần vùng xuôi. Ông Vi Văn Ngọc, Bí thư Chi bộ kiêm Trưởng bản Ón, xã Trung Thành, kể việc vận động 30 thanh niên góp 240 ngày công dựng nhà.
Phát biểu, đồng chí Đỗ Văn Lâm đề nghị các cấp thực hiện tốt Chỉ thị số 34/CT-TTg của Thủ tướng Chính phủ về đẩy mạnh phong trào thi đua "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", phấn đấu đến năm 2025 cơ bản xóa nhà tạm. Đồng chí Lê Thị Nguyệt Minh đề nghị Mặt trận các cấp chủ động giám sát, bảo đảm mỗi đồng tiền ủng hộ đến đúng người nghèo.
Dịp này, UBND tỉnh tặng bằng khen cho 15 tập thể, 22 cá nhân; các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Phạm Thị Hà, Lương Văn Mạnh, Hoàng Thị Mai trao giấy khen cho 40 doanh nghiệp tiêu biểu.
Hội nghị cũng chỉ ra một số hạn chế như việc lồng ghép nguồn quỹ với các chương trình mục tiêu quốc gia còn chậm, việc quyết toán ở một số xã chưa kịp thời. Năm 2024, Ủy ban MTTQ tỉnh sẽ phối hợp với các ngành rà soát, lập danh sách hộ còn ở nhà tạm, nhà dột nát để có lộ trình hỗ trợ phù hợp.
Minh Hiếu
Lượt xem: 1.932
Tin liên quan
- Quan Hóa bàn giao 45 nhà Đại đoàn kết (15/12/2023)
- Phát động Tháng cao điểm "Vì người nghèo" năm 2023 (17/10/2023)
""", "2023-12-21", "Thanh Hóa: Hơn 5.600 hộ nghèo được hỗ trợ nhà ở trong năm 2023",
E("tong_ket", "2023", "2023-12-20"),
[P("Lê Thị Nguyệt Minh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đỗ Văn Lâm", "Phó Chủ tịch UBND tỉnh"),
 P("Hà Văn Thiết", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Mường Lát"),
 P("Lò Thị Bươn", "Chủ tịch Ủy ban MTTQ xã Trung Lý"),
 P("Vi Văn Ngọc", "Bí thư Chi bộ kiêm Trưởng bản Ón"),
 P("Phạm Thị Hà", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lương Văn Mạnh", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Thị Mai", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("27 điểm cầu cấp huyện", 27, "điểm cầu cấp huyện"), Q("trên 700 đại biểu", 700, "đại biểu", "over"),
 Q("96,4 tỷ đồng", 96400000000, "đồng"), Q("41,2 tỷ đồng", 41200000000, "đồng"),
 Q("hơn 5.600 căn nhà", 5600, "căn nhà", "over"), Q("50 triệu đồng", 50000000, "đồng"), Q("25 triệu đồng", 25000000, "đồng"),
 Q("2,98%", 2.98, "%"), Q("trên 5%", 5, "%", "over"), Q("1 ngày lương", 1, "ngày lương"),
 Q("1.845 hộ nghèo", 1845, "hộ nghèo"), Q("30 thanh niên", 30, "thanh niên"), Q("240 ngày công", 240, "ngày công"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân"), Q("40 doanh nghiệp tiêu biểu", 40, "doanh nghiệp tiêu biểu")],
[D("Nghị quyết", "11", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 11-NQ/TU"),
 D("Đề án", "23", "ĐA-UBND", None, "UBND tỉnh", "Đề án 23, 24/ĐA-UBND"),
 D("Đề án", "24", "ĐA-UBND", None, "UBND tỉnh", "Đề án 23, 24/ĐA-UBND"),
 D("Kế hoạch", "419", "KH-MTTQ-BTT", "2023-09-28", "Ủy ban MTTQ tỉnh", "Kế hoạch số 419/KH-MTTQ-BTT ngày 28/9/2023"),
 D("Chỉ thị", "34", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 34/CT-TTg")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Trung Thành")],
["BÁO THANH HÓA", "Thời sự | Chính trị | Mặt trận", "Toàn cảnh hội nghị.", "Vì người nghèo",
 "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "Lượt xem: 1.932"],
["Cập nhật: 09:42, 21/12/2023 (GMT+7)", "năm 2023", "năm 2025", "Năm 2024", "gấp 2 lần", "Lượt xem: 1.932"]))

PAGES.append(page("b5952-dongthap-mttq-phatdong-2024", """
Báo Đồng Tháp Online
Trang chủ > Chính trị > Mặt trận
Thứ Sáu, 18/10/2024 - 15:30
Ảnh: Lãnh đạo tỉnh trao biểu trưng cho các đơn vị ủng hộ.
Đồng Tháp phát động Tháng cao điểm "Vì người nghèo" và chung tay xóa nhà tạm
Sáng 17/10, Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp tổ chức hội nghị phát động Tháng cao điểm "Vì người nghèo" năm 2024 (từ 17/10 đến 18/11) gắn với phong trào thi đua "Chung tay xóa nhà tạm, nhà dột nát". Dự có đồng chí Phan Văn Thắng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Nguyễn Thị Mỹ Lệ, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; cùng 143 điểm cầu cấp xã.
Theo báo cáo, từ đầu năm đến nay các cấp Mặt trận trong tỉnh tiếp nhận 23,7 tỷ đồng ủng hộ Quỹ, đã xây mới 402 căn nhà Đại đoàn kết, sửa chữa 118 căn; trao 9.600 phần quà cho hộ nghèo, hộ cận nghèo. Qua rà soát, toàn tỉnh còn 1.285 hộ đang ở nhà tạm, nhà dột nát cần hỗ trợ, trong đó 864 hộ xây mới và 421 hộ sửa chữa.
Thực hiện Chỉ thị số 42/CT-TTg của Thủ tướng Chính phủ và Kế hoạch số 368/KH-UBND ngày 25/9/2024 của UBND tỉnh về xóa nhà tạm, nhà dột nát, Ủy ban MTTQ tỉnh ban hành Hướng dẫn 14, 15/HD-MTTQ-BTT về vận động ủng hộ và về tiêu chí hộ được hỗ trợ. Mức hỗ trợ xây mới tối đa 60 triệu đồng/căn, sửa chữa tối đa 30 triệu đồng/căn. Mục tiêu đến cuối năm 2025 hoàn thành 100% số nhà cần hỗ trợ.
Ngay tại hội nghị, 62 cơ quan, doanh nghiệp, nhà hảo tâm đăng ký ủng hộ 18,46 tỷ đồng, tương đương hơn 300 căn nhà. Trong đó, Công ty cổ phần Thủy sản Hồng Phát ủng hộ 3 tỷ đồng; Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh ủng hộ 500 triệu đồng.
Phát biểu, Hòa thượng Thích Minh Đức, Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, kêu gọi tăng ni, phật tử chung tay. Ông Lê Văn Tài, Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Hộ Cơ, cho biết xã có 47 hộ ở nhà tạm, đã vận động được 12 căn.
Đồng chí Phan Văn Thắng đề nghị cấp ủy, chính quyền các cấp coi việc xóa nhà tạm là nhiệm vụ chính trị trọng tâm; người đứng đầu phải chịu trách nhiệm nếu chậm tiến độ; phát huy vai trò của Tổ dân vận ấp, khóm trong vận động ngày công. Đồng chí Nguyễn Thị Mỹ Lệ cam kết công khai danh sách đơn vị ủng hộ trên Cổng thông tin của Ủy ban MTTQ tỉnh.
Theo kế hoạch, trong Tháng cao điểm, các huyện, thành phố sẽ tổ chức lễ phát động đồng loạt, đặt hòm ủng hộ tại trụ sở các cơ quan, trường học, chợ và chùa. Các đoàn thể sẽ huy động đoàn viên, hội viên góp ngày công tháo dỡ nhà cũ, vận chuyển vật liệu, giảm chi phí cho các hộ được hỗ trợ.
Kim Ngân
Lượt xem: 2.740
Tin khác
- Lai Vung bàn giao 20 căn nhà Đại đoàn kết (10/10/2024)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 7 (26/09/2024)
""", "2024-10-18", 'Đồng Tháp phát động Tháng cao điểm "Vì người nghèo" và chung tay xóa nhà tạm',
E("hoi_nghi", "2024", "2024-10-17"),
[P("Phan Văn Thắng", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Thị Mỹ Lệ", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thích Minh Đức", "Hòa thượng", "Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Lê Văn Tài", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Hộ Cơ")],
[Q("143 điểm cầu cấp xã", 143, "điểm cầu cấp xã"), Q("23,7 tỷ đồng", 23700000000, "đồng"),
 Q("402 căn nhà Đại đoàn kết", 402, "căn nhà Đại đoàn kết"), Q("118 căn", 118, "căn"), Q("9.600 phần quà", 9600, "phần quà"),
 Q("1.285 hộ", 1285, "hộ"), Q("864 hộ", 864, "hộ"), Q("421 hộ", 421, "hộ"),
 Q("tối đa 60 triệu đồng/căn", 60000000, "đồng"), Q("tối đa 30 triệu đồng/căn", 30000000, "đồng"), Q("100%", 100, "%"),
 Q("62 cơ quan, doanh nghiệp, nhà hảo tâm", 62, "cơ quan, doanh nghiệp, nhà hảo tâm"), Q("18,46 tỷ đồng", 18460000000, "đồng"),
 Q("hơn 300 căn nhà", 300, "căn nhà", "over"), Q("3 tỷ đồng", 3000000000, "đồng"), Q("500 triệu đồng", 500000000, "đồng"),
 Q("47 hộ", 47, "hộ"), Q("12 căn", 12, "căn")],
[D("Chỉ thị", "42", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 42/CT-TTg"),
 D("Kế hoạch", "368", "KH-UBND", "2024-09-25", "UBND tỉnh", "Kế hoạch số 368/KH-UBND ngày 25/9/2024"),
 D("Hướng dẫn", "14", "HD-MTTQ-BTT", None, "Ủy ban MTTQ tỉnh", "Hướng dẫn 14, 15/HD-MTTQ-BTT"),
 D("Hướng dẫn", "15", "HD-MTTQ-BTT", None, "Ủy ban MTTQ tỉnh", "Hướng dẫn 14, 15/HD-MTTQ-BTT")],
[prov("Đồng Tháp"), com("Tân Hộ Cơ")],
["Báo Đồng Tháp Online", "Trang chủ > Chính trị > Mặt trận", "Ảnh: Lãnh đạo tỉnh trao biểu trưng cho các đơn vị ủng hộ.",
 "Vì người nghèo", "Chung tay xóa nhà tạm, nhà dột nát", "Lượt xem: 2.740"],
["Thứ Sáu, 18/10/2024 - 15:30", "từ 17/10 đến 18/11", "năm 2024", "năm 2025", "Lượt xem: 2.740"]))

PAGES.append(page("b5953-tuyenquang-xaminhtan-traoqua-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ » Xã hội » Vì người nghèo
Thứ Sáu, 24/10/2025, 08:05
Đồng chí Giàng Seo Lử trao nhà cho hộ bà Lò Thị Mỉ.
Xã Minh Tân trao 16 nhà Đại đoàn kết cho hộ nghèo
Ngày 22/10, Ủy ban MTTQ Việt Nam xã Minh Tân (tỉnh Tuyên Quang) tổ chức lễ trao 16 nhà Đại đoàn kết cho hộ nghèo người Mông, Dao, Tày trong Tháng cao điểm "Vì người nghèo" năm 2025. Đây là những căn nhà đầu tiên của xã mới sau khi sắp xếp đơn vị hành chính, từ nguồn Quỹ "Vì người nghèo" tỉnh Tuyên Quang và Chương trình xóa nhà tạm.
Dự có đồng chí Giàng Seo Lử, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Hoàng Thị Thúy, Bí thư Đảng ủy, Chủ tịch HĐND xã Minh Tân; đồng chí Sùng Mí Dính, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.
Mỗi căn nhà có diện tích từ 50 m2 trở lên, tổng kinh phí trên 1,28 tỷ đồng, trong đó nguồn Quỹ hỗ trợ 60 triệu đồng/căn, phần còn lại do gia đình và dòng họ đóng góp; lực lượng công an, quân sự xã và đoàn viên thanh niên hỗ trợ 640 ngày công. Trước đó, xã rà soát được 43 hộ ở nhà tạm, nhà dột nát; đến nay đã hoàn thành 38 căn, đạt 88,4%.
Việc hỗ trợ thực hiện theo Kế hoạch số 52/KH-MTTQ-BTT ngày 30/9/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Nghị quyết số 07-NQ/ĐU ngày 15/8/2025 của Ban Chấp hành Đảng bộ xã Minh Tân về giảm nghèo bền vững nhiệm kỳ 2025 - 2030. Hồ sơ hộ được hỗ trợ được bình xét công khai tại các thôn.
Thay mặt các hộ, bà Lò Thị Mỉ, thôn Lùng Thẩu, xúc động: "Nhà cũ vách gỗ thủng lỗ chỗ, mùa đông gió lùa lạnh lắm. Có nhà mới, các cháu được ngủ ấm". Ông Vàng Mí Chá, người có uy tín thôn Pả Láng, cho biết thôn đã có 7 hộ được làm nhà.
Dịp này, Ủy ban MTTQ tỉnh trao thêm 16 phần quà, mỗi phần gồm 1 bình nước nóng và 1 bộ chăn đệm; Công ty Điện lực Tuyên Quang tặng 16 suất, mỗi suất 2 triệu đồng. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Minh Tân: Hầu Thị Say, Nguyễn Văn Đông trao quà cho các hộ.
Phát biểu, đồng chí Giàng Seo Lử đề nghị xã tiếp tục hướng dẫn hộ nghèo phát triển chăn nuôi bò, trồng chè Shan tuyết; phấn đấu hoàn thành xóa nhà tạm trước ngày 31/12/2025.
Sau lễ trao nhà, đoàn công tác đến thăm một số hộ đang hoàn thiện nhà ở thôn Lùng Thẩu, động viên các gia đình khẩn trương hoàn thành trước mùa rét đậm, rét hại. Xã cũng giao Ban công tác Mặt trận các thôn theo dõi, giúp đỡ các hộ sau khi vào nhà mới.
Theo Ủy ban MTTQ xã, ngoài nguồn Quỹ, nhiều dòng họ người Mông trong xã đã góp gỗ, góp công cho các hộ khó khăn, thể hiện tinh thần tương thân tương ái.
Vàng Thị Hoa
Tin liên quan
- Tuyên Quang phát động Tháng cao điểm "Vì người nghèo" năm 2025 (17/10/2025)
- Xã Đồng Văn khánh thành 20 nhà Đại đoàn kết (10/10/2025)
""", "2025-10-24", "Xã Minh Tân trao 16 nhà Đại đoàn kết cho hộ nghèo",
E("trao_qua", None, "2025-10-22"),
[P("Giàng Seo Lử", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Thị Mỉ"),
 P("Hoàng Thị Thúy", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Minh Tân"),
 P("Sùng Mí Dính", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Vàng Mí Chá", "người có uy tín thôn Pả Láng"),
 P("Hầu Thị Say", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Minh Tân"),
 P("Nguyễn Văn Đông", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Minh Tân")],
[Q("16 nhà Đại đoàn kết", 16, "nhà Đại đoàn kết"), Q("từ 50 m2 trở lên", 50, "m2", "over"),
 Q("trên 1,28 tỷ đồng", 1280000000, "đồng", "over"), Q("60 triệu đồng/căn", 60000000, "đồng"),
 Q("640 ngày công", 640, "ngày công"), Q("43 hộ", 43, "hộ"), Q("38 căn", 38, "căn"), Q("88,4%", 88.4, "%"),
 Q("7 hộ", 7, "hộ"), Q("16 phần quà", 16, "phần quà"), Q("16 suất", 16, "suất"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Kế hoạch", "52", "KH-MTTQ-BTT", "2025-09-30", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 52/KH-MTTQ-BTT ngày 30/9/2025"),
 D("Nghị quyết", "07", "NQ/ĐU", "2025-08-15", "Ban Chấp hành Đảng bộ xã Minh Tân", "Nghị quyết số 07-NQ/ĐU ngày 15/8/2025")],
[prov("Tuyên Quang"), com("Minh Tân")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ » Xã hội » Vì người nghèo", "Đồng chí Giàng Seo Lử trao nhà cho hộ bà Lò Thị Mỉ.",
 "Vì người nghèo", "Chương trình xóa nhà tạm", "Công ty Điện lực Tuyên Quang"],
["Thứ Sáu, 24/10/2025, 08:05", "năm 2025", "2025 - 2030", "1 bình nước nóng", "1 bộ chăn đệm", "31/12/2025"]))

PAGES.append(page("b5954-vinhlong-mttq-doithoai-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
Ngày đăng 20/11/2025 | 16:20
Đối thoại với người dân về chính sách hỗ trợ hộ nghèo, hộ cận nghèo
Ảnh: Quang cảnh buổi đối thoại.
Ngày 19/11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long phối hợp với UBND tỉnh tổ chức hội nghị đối thoại với hộ nghèo, hộ cận nghèo năm 2025 tại phường Long Châu. Đây là cuộc đối thoại đầu tiên sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Chủ trì có đồng chí Trần Văn Đời, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đồng chí Thạch Thị Sa Vy, Phó Chủ tịch UBND tỉnh; tham dự có 210 đại biểu, trong đó 126 người thuộc hộ nghèo, hộ cận nghèo.
Mở đầu, bà Nguyễn Thị Kim Thoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh thông tin: trong Tháng cao điểm "Vì người nghèo" năm 2025 vừa kết thúc, Mặt trận các cấp tiếp nhận khoảng 58 tỷ đồng; toàn tỉnh mới còn 9.874 hộ nghèo, chiếm 1,12% và 14.320 hộ cận nghèo. Việc hỗ trợ thực hiện theo Nghị quyết số 04-NQ/TU ngày 18/9/2025 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 21/KH-UBND của UBND tỉnh.
Tại đối thoại, 23 ý kiến đã được nêu. Ông Kim Sa Ni, ấp Bến Có, xã Long Hiệp, hỏi vì sao gia đình thoát nghèo nhưng con vẫn cần hỗ trợ học phí. Bà Võ Thị Bé Năm, xã Thạnh Phú, đề nghị hỗ trợ vốn nuôi dê cho hộ cận nghèo vùng mặn. Ông Thạch Chanh Đa, Phó Trưởng ban công tác Mặt trận ấp Sóc Ruộng, xã Ngãi Xuyên, phản ánh 17 hộ chưa được cấp thẻ bảo hiểm y tế.
Trả lời, đồng chí Thạch Thị Sa Vy cho biết hộ cận nghèo được hỗ trợ 70% mệnh giá thẻ bảo hiểm y tế theo Nghị định số 146/2018/NĐ-CP; tỉnh sẽ ưu tiên nguồn vốn của Ngân hàng Chính sách xã hội với mức vay tối đa 100 triệu đồng/hộ. Sở Y tế được giao rà soát 17 trường hợp phản ánh, trả lời trong 15 ngày.
Kết luận, đồng chí Trần Văn Đời cho biết Ủy ban MTTQ tỉnh sẽ chuyển 6 kiến nghị đến các sở, ngành; đồng thời dành 2,5 tỷ đồng từ Quỹ để hỗ trợ 500 học sinh nghèo, mỗi em 5 triệu đồng. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Thị Kim Thoa, Huỳnh Văn Nhanh, Kiên Thị Sa Rên được phân công theo dõi kết quả giải quyết.
Kết thúc đối thoại, Ủy ban MTTQ tỉnh trao 100 suất quà, mỗi suất 1 triệu đồng cho hộ nghèo, hộ cận nghèo phường Long Châu và các xã lân cận. Nhiều người dân cho biết lần đầu được trực tiếp hỏi lãnh đạo tỉnh về chính sách.
Sau buổi đối thoại, Ban Thường trực Ủy ban MTTQ tỉnh sẽ tổng hợp các ý kiến, kiến nghị, đưa vào chương trình giám sát năm 2026 và tiếp tục tổ chức đối thoại tại các xã vùng ven biển.
Ngọc Hân
Tin khác
- Vĩnh Long phát động Tháng cao điểm "Vì người nghèo" năm 2025 (17/10/2025)
- Trao 30 căn nhà Đại đoàn kết tại xã Cầu Kè (08/10/2025)
""", "2025-11-20", "Đối thoại với người dân về chính sách hỗ trợ hộ nghèo, hộ cận nghèo",
E("doi_thoai", "2025", "2025-11-19"),
[P("Trần Văn Đời", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Thị Sa Vy", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Kim Thoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Sa Ni"), P("Võ Thị Bé Năm"),
 P("Thạch Chanh Đa", "Phó Trưởng ban công tác Mặt trận ấp Sóc Ruộng"),
 P("Huỳnh Văn Nhanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kiên Thị Sa Rên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("210 đại biểu", 210, "đại biểu"), Q("126 người", 126, "người"), Q("khoảng 58 tỷ đồng", 58000000000, "đồng", "approx"),
 Q("9.874 hộ nghèo", 9874, "hộ nghèo"), Q("1,12%", 1.12, "%"), Q("14.320 hộ cận nghèo", 14320, "hộ cận nghèo"),
 Q("23 ý kiến", 23, "ý kiến"), Q("17 hộ", 17, "hộ"), Q("70%", 70, "%"), Q("tối đa 100 triệu đồng/hộ", 100000000, "đồng"),
 Q("17 trường hợp", 17, "trường hợp"), Q("6 kiến nghị", 6, "kiến nghị"), Q("2,5 tỷ đồng", 2500000000, "đồng"),
 Q("500 học sinh nghèo", 500, "học sinh nghèo"), Q("5 triệu đồng", 5000000, "đồng"), Q("100 suất quà", 100, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "04", "NQ/TU", "2025-09-18", "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 04-NQ/TU ngày 18/9/2025"),
 D("Kế hoạch", "21", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 21/KH-UBND"),
 D("Nghị định", "146", "2018/NĐ-CP", None, None, "Nghị định số 146/2018/NĐ-CP")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Châu"), com("Long Hiệp"), com("Thạnh Phú"), com("Ngãi Xuyên")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "Ảnh: Quang cảnh buổi đối thoại.", "Vì người nghèo",
 "Ngân hàng Chính sách xã hội"],
["Ngày đăng 20/11/2025 | 16:20", "năm 2025", "3 tỉnh", "15 ngày", "năm 2026"]))

PAGES.append(page("b5955-dongnai-mttq-tongket-2025", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Hôm nay: Thứ Hai, 19/01/2026
Trang chủ | Chính trị | Mặt trận
Thứ Sáu, 16/01/2026 - 14:20
Quỹ "Vì người nghèo" tỉnh Đồng Nai năm 2025 tiếp nhận gần 120 tỷ đồng
Các đại biểu dự hội nghị tại điểm cầu tỉnh.
Ngày 15/1, Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác Mặt trận và vận động Quỹ "Vì người nghèo" năm 2025, triển khai nhiệm vụ năm 2026. Đây là lần tổng kết đầu tiên sau khi hợp nhất hai tỉnh Đồng Nai và Bình Phước. Chủ trì có đồng chí Điểu Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; dự có đồng chí Võ Tấn Phát, Phó Chủ tịch UBND tỉnh, cùng 95 điểm cầu cấp xã.
Năm 2025, Quỹ "Vì người nghèo" các cấp tiếp nhận gần 120 tỷ đồng; hỗ trợ xây mới 2.184 căn nhà, sửa chữa 656 căn, hoàn thành xóa nhà tạm, nhà dột nát trước ngày 31/8/2025. Tỷ lệ hộ nghèo toàn tỉnh còn 0,46%; 312 hộ đồng bào S'tiêng, Mnông, Khmer ở các xã biên giới được hỗ trợ sinh kế, mỗi hộ từ 15 đến 20 triệu đồng.
Hội nghị đánh giá việc thực hiện Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về chăm lo cho người nghèo và về vận động doanh nghiệp tham gia an sinh xã hội; Quyết định số 22/2024/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ nhà ở và Hướng dẫn số 03/HD-MTTQ-BTT ngày 12/7/2025 của Ban Thường trực Ủy ban MTTQ tỉnh về hoạt động của Mặt trận cấp xã sau sắp xếp.
Tại hội nghị, ông Điểu Lên, Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập, cho biết xã còn 46 hộ nghèo, trong đó 39 hộ là đồng bào S'tiêng. Bà Nguyễn Thị Ánh Tuyết, Chủ tịch Ủy ban MTTQ Việt Nam phường Trấn Biên, chia sẻ mô hình "Bữa cơm 0 đồng" phục vụ hơn 12.000 lượt người lao động nghèo. Ông Lâm Văn Sóc, người có uy tín ấp Tà Thiết, xã Lộc Thành, đề nghị hỗ trợ đất sản xuất cho hộ Khmer.
Phát biểu, đồng chí Võ Tấn Phát đánh giá cao vai trò của Mặt trận trong năm đầu hợp nhất, đề nghị năm 2026 tập trung hỗ trợ sinh kế, không để tái nghèo. Đồng chí Điểu Thị Hạnh đề nghị Mặt trận các xã, phường thực hiện Quy chế phối hợp số 01/QCPH-MTTQ-UBND giữa Ủy ban MTTQ tỉnh và UBND tỉnh, công khai nguồn vận động trên Cổng thông tin điện tử.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 35 tập thể, 48 cá nhân, trong đó các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: Lê Thị Ngọc Loan, Trần Minh Khoa trao khen thưởng cho 12 doanh nghiệp.
Năm 2026, Ủy ban MTTQ tỉnh đề ra chỉ tiêu vận động Quỹ không dưới 100 tỷ đồng, hỗ trợ ít nhất 1.000 hộ nghèo, hộ cận nghèo phát triển sinh kế, ưu tiên các xã biên giới và vùng đồng bào dân tộc thiểu số.
Phương Hằng
Tin liên quan
- Đồng Nai hoàn thành xóa nhà tạm, nhà dột nát (31/08/2025)
- Hiệp thương cử Chủ tịch Ủy ban MTTQ tỉnh (03/07/2025)
""", "2026-01-16", 'Quỹ "Vì người nghèo" tỉnh Đồng Nai năm 2025 tiếp nhận gần 120 tỷ đồng',
E("tong_ket", "2025", "2026-01-15"),
[P("Điểu Thị Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Tấn Phát", "Phó Chủ tịch UBND tỉnh"),
 P("Điểu Lên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập"),
 P("Nguyễn Thị Ánh Tuyết", "Chủ tịch Ủy ban MTTQ Việt Nam phường Trấn Biên"),
 P("Lâm Văn Sóc", "người có uy tín ấp Tà Thiết"),
 P("Lê Thị Ngọc Loan", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Minh Khoa", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("95 điểm cầu cấp xã", 95, "điểm cầu cấp xã"), Q("gần 120 tỷ đồng", 120000000000, "đồng", "approx"),
 Q("2.184 căn nhà", 2184, "căn nhà"), Q("656 căn", 656, "căn"), Q("0,46%", 0.46, "%"), Q("312 hộ", 312, "hộ"),
 Q("15 đến 20 triệu đồng", 15000000, "đồng"), Q("20 triệu đồng", 20000000, "đồng"), Q("46 hộ nghèo", 46, "hộ nghèo"),
 Q("39 hộ", 39, "hộ"), Q("hơn 12.000 lượt người lao động nghèo", 12000, "lượt người lao động nghèo", "over"),
 Q("35 tập thể", 35, "tập thể"), Q("48 cá nhân", 48, "cá nhân"), Q("12 doanh nghiệp", 12, "doanh nghiệp"),
 Q("không dưới 100 tỷ đồng", 100000000000, "đồng", "over"),
 Q("ít nhất 1.000 hộ nghèo, hộ cận nghèo", 1000, "hộ nghèo, hộ cận nghèo", "over")],
[D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Quyết định", "22", "2024/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 22/2024/QĐ-TTg"),
 D("Hướng dẫn", "03", "HD-MTTQ-BTT", "2025-07-12", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 03/HD-MTTQ-BTT ngày 12/7/2025"),
 D("Quy chế phối hợp", "01", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 01/QCPH-MTTQ-UBND")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Trấn Biên"), com("Lộc Thành")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Hôm nay: Thứ Hai, 19/01/2026", "Trang chủ | Chính trị | Mặt trận",
 "Các đại biểu dự hội nghị tại điểm cầu tỉnh.", "Vì người nghèo", "Bữa cơm 0 đồng"],
["Hôm nay: Thứ Hai, 19/01/2026", "Thứ Sáu, 16/01/2026 - 14:20", "năm 2025", "năm 2026", "31/8/2025", "Bữa cơm 0 đồng"]))

PAGES.append(page("b5956-lamdong-xadamrong-giaoban-2026", """
Cổng thông tin điện tử xã Đam Rông 2 - tỉnh Lâm Đồng
Trang chủ › Tin tức › Hoạt động Mặt trận
10/04/2026 - 09:15
Ủy ban MTTQ xã Đam Rông 2 giao ban quý I/2026
Ngày 8/4, Ban Thường trực Ủy ban MTTQ Việt Nam xã Đam Rông 2 tổ chức giao ban với Ban công tác Mặt trận 18 thôn, bon, đánh giá kết quả công tác quý I/2026 và triển khai nhiệm vụ quý II. Chủ trì có đồng chí Cil Múp Ha Nhung, Đảng ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam xã; dự có đồng chí Kră Jăn Ha Sang, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.
Quang cảnh buổi giao ban.
Trong quý, Mặt trận xã đã vận động Quỹ "Vì người nghèo" được 186 triệu đồng, trong đó 64 triệu đồng do con em xa quê đóng góp; trao 240 phần quà Tết, mỗi phần 500.000 đồng cho hộ nghèo, hộ cận nghèo đồng bào Cơ Ho, Mông, Nùng; hỗ trợ 6 hộ sửa chữa nhà sau đợt mưa đá. Xã hiện còn 139 hộ nghèo, chiếm 4,7%, và 212 hộ cận nghèo.
Xã cũng triển khai Kế hoạch số 08/KH-MTTQ ngày 6/1/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam xã về vận động Quỹ năm 2026 và Nghị quyết 03, 04-NQ/ĐU của Đảng ủy xã về giảm nghèo và về phát triển cà phê bền vững. Theo Công văn số 215/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng, mỗi xã lựa chọn ít nhất 2 mô hình sinh kế để nhân rộng.
Tại giao ban, bà Ka Hơn, Trưởng ban công tác Mặt trận bon Đạ Nhar, cho biết bon đã vận động 14 hộ khá giúp 9 hộ nghèo giống cà phê. Ông Vàng Seo Dũng, Bí thư Chi bộ thôn 5, phản ánh 3 hộ người Mông di cư tự do chưa có hộ khẩu. Ông Liêng Hót Ha Lâm, Chủ tịch Hội Nông dân xã, đề nghị mở 2 lớp tập huấn kỹ thuật chăm sóc cà phê cho khoảng 80 hộ nghèo.
Kết luận, đồng chí Cil Múp Ha Nhung đề nghị các ban công tác Mặt trận rà soát lại hộ nghèo, hộ cận nghèo trước ngày 30/6; hoàn thiện hồ sơ 5 căn nhà Đại đoàn kết dự kiến khởi công trong quý II; chuẩn bị Ngày hội Đại đoàn kết ở các thôn, bon. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Ka Sô Ha Thủy, Lục Văn Chính được giao theo dõi từng cụm thôn.
Đồng chí Kră Jăn Ha Sang ghi nhận kết quả của Mặt trận xã và đề nghị phối hợp chặt chẽ với UBND xã trong rà soát hộ nghèo theo chuẩn nghèo giai đoạn mới, bảo đảm không bỏ sót hộ khó khăn. Xã sẽ đối thoại với hộ nghèo vào quý III.
Buổi giao ban cũng nghe các thôn, bon báo cáo tình hình an ninh trật tự, việc giữ gìn vệ sinh môi trường, phòng chống cháy rừng mùa khô và tiến độ làm đường giao thông nông thôn theo phương châm "Nhà nước và nhân dân cùng làm". Một số thôn xa trung tâm đề nghị xã bố trí lịch sinh hoạt luân phiên để cán bộ Mặt trận có điều kiện đến tận nhà hộ nghèo nắm tình hình, lắng nghe tâm tư, nguyện vọng của bà con.
Ka Mai
Lượt xem: 215
Tin khác
- Đam Rông 2 tổ chức Lễ ra quân năm 2026 (12/02/2026)
- Trao quà Tết cho hộ nghèo (20/01/2026)
""", "2026-04-10", "Ủy ban MTTQ xã Đam Rông 2 giao ban quý I/2026",
E("giao_ban", "2026-Q1", "2026-04-08"),
[P("Cil Múp Ha Nhung", "Đảng ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Kră Jăn Ha Sang", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Ka Hơn", "Trưởng ban công tác Mặt trận bon Đạ Nhar"),
 P("Vàng Seo Dũng", "Bí thư Chi bộ thôn 5"),
 P("Liêng Hót Ha Lâm", "Chủ tịch Hội Nông dân xã"),
 P("Ka Sô Ha Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lục Văn Chính", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("18 thôn, bon", 18, "thôn, bon"), Q("186 triệu đồng", 186000000, "đồng"), Q("64 triệu đồng", 64000000, "đồng"),
 Q("240 phần quà Tết", 240, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("6 hộ", 6, "hộ"),
 Q("139 hộ nghèo", 139, "hộ nghèo"), Q("4,7%", 4.7, "%"), Q("212 hộ cận nghèo", 212, "hộ cận nghèo"),
 Q("ít nhất 2 mô hình sinh kế", 2, "mô hình sinh kế", "over"), Q("14 hộ khá", 14, "hộ khá"), Q("9 hộ nghèo", 9, "hộ nghèo"),
 Q("3 hộ người Mông di cư tự do", 3, "hộ người Mông di cư tự do"), Q("2 lớp tập huấn", 2, "lớp tập huấn"),
 Q("khoảng 80 hộ nghèo", 80, "hộ nghèo", "approx"), Q("5 căn nhà Đại đoàn kết", 5, "căn nhà Đại đoàn kết")],
[D("Kế hoạch", "08", "KH-MTTQ", "2026-01-06", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 08/KH-MTTQ ngày 6/1/2026"),
 D("Nghị quyết", "03", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 03, 04-NQ/ĐU"),
 D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 03, 04-NQ/ĐU"),
 D("Công văn", "215", "MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng", "Công văn số 215/MTTQ-BTT")],
[prov("Lâm Đồng"), com("Đam Rông 2")],
["Cổng thông tin điện tử xã Đam Rông 2 - tỉnh Lâm Đồng", "Trang chủ › Tin tức › Hoạt động Mặt trận", "Quang cảnh buổi giao ban.", "Nhà nước và nhân dân cùng làm",
 "Vì người nghèo", "Lượt xem: 215"],
["10/04/2026 - 09:15", "quý I/2026", "quý II", "quý III", "năm 2026", "thôn 5", "Lượt xem: 215"]))
