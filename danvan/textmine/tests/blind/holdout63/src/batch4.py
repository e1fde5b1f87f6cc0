from lib import *
PAGES = []

PAGES.append(page("b1487-vinhlong-mttq-taphuan-giamngheo-2023", """
Báo Vĩnh Long Online
Chính trị » Mặt trận - Đoàn thể
16/06/2023 - 11:20
Tập huấn giám sát thực hiện chương trình giảm nghèo cho cán bộ Mặt trận cơ sở
Đồng chí Lê Quang Đạt phát biểu tại lớp tập huấn. Ảnh: Thảo Ly
Ngày 15/6, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức lớp tập huấn nghiệp vụ giám sát việc thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững và công tác vận động Quỹ "Vì người nghèo" năm 2023 cho 150 học viên là chủ tịch, phó chủ tịch Ủy ban MTTQ các xã, phường, thị trấn và trưởng ban công tác Mặt trận ấp, khóm.
Phát biểu khai mạc, đồng chí Lê Quang Đạt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết, giai đoạn 2021 - 2022, Quỹ "Vì người nghèo" các cấp trong tỉnh vận động được 61,3 tỷ đồng, hỗ trợ xây dựng, sửa chữa 1.460 căn nhà Đại đoàn kết. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều của tỉnh cuối năm 2022 là 1,92%, còn 5.317 hộ nghèo và 6.980 hộ cận nghèo.
Tại lớp tập huấn, các học viên được bà Nguyễn Thị Kim Ngân, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, giới thiệu nội dung Nghị định số 07/2021/NĐ-CP của Chính phủ quy định chuẩn nghèo đa chiều giai đoạn 2021 - 2025; Quyết định số 90/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững; Quy chế phối hợp số 09/QCPH-UBND-MTTQ ngày 21/3/2023 giữa UBND tỉnh và Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh trong thực hiện chính sách giảm nghèo. Ông Trần Minh Tân, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, hướng dẫn quy trình rà soát hộ nghèo, hộ cận nghèo hằng năm.
Học viên cũng trao đổi những khó khăn khi giám sát ở cơ sở. Bà Thạch Thị Sa Vy, Chủ tịch Ủy ban MTTQ xã Loan Mỹ, huyện Tam Bình, cho biết nhiều hộ nghèo là người cao tuổi, neo đơn, không có khả năng lao động, nên không thể thoát nghèo bằng hỗ trợ sinh kế. Ông Nguyễn Văn Bé Tư, Trưởng ban Công tác Mặt trận ấp Phú Hữu, xã Long Phước, đề nghị tăng kinh phí hoạt động cho ban giám sát đầu tư cộng đồng.
Theo Kế hoạch số 215/KH-MTTQ-BTT ngày 25/5/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, năm 2023 Mặt trận tỉnh sẽ tổ chức 2 cuộc giám sát chuyên đề về chính sách giảm nghèo tại 4 huyện; phấn đấu vận động Quỹ đạt 30 tỷ đồng, xây mới 500 căn nhà Đại đoàn kết, mỗi căn được hỗ trợ 50 triệu đồng.
Kết thúc lớp tập huấn, Ban Tổ chức đã trao giấy chứng nhận cho 148 học viên.
Thảo Ly
Lượt xem: 569
Tin liên quan
- Trà Ôn: trao 15 căn nhà Đại đoàn kết cho hộ nghèo (10/06/2023)
- Mặt trận tỉnh giám sát thực hiện chính sách bảo hiểm y tế (02/06/2023)
- Hội nghị giao ban công tác Mặt trận 5 tháng đầu năm 2023 (26/05/2023)
- Bình Minh: vận động 1,2 tỷ đồng cho Quỹ "Vì người nghèo" (18/05/2023)
""", "2023-06-16", "Tập huấn giám sát thực hiện chương trình giảm nghèo cho cán bộ Mặt trận cơ sở",
E("tap_huan", "2023", "2023-06-15"),
[P("Lê Quang Đạt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Kim Ngân", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Minh Tân", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Thạch Thị Sa Vy", "Chủ tịch Ủy ban MTTQ xã Loan Mỹ"),
 P("Nguyễn Văn Bé Tư", "Trưởng ban Công tác Mặt trận ấp Phú Hữu")],
[Q("150 học viên", 150, "học viên"), Q("61,3 tỷ đồng", 61300000000, "đồng"), Q("1.460 căn nhà Đại đoàn kết", 1460, "căn nhà Đại đoàn kết"),
 Q("1,92%", 1.92, "%"), Q("5.317 hộ nghèo", 5317, "hộ nghèo"), Q("6.980 hộ cận nghèo", 6980, "hộ cận nghèo"),
 Q("2 cuộc giám sát chuyên đề", 2, "cuộc giám sát chuyên đề"), Q("4 huyện", 4, "huyện"), Q("30 tỷ đồng", 30000000000, "đồng"),
 Q("500 căn nhà Đại đoàn kết", 500, "căn nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"), Q("148 học viên", 148, "học viên")],
[D("Nghị định", "07", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 07/2021/NĐ-CP"),
 D("Quyết định", "90", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 90/QĐ-TTg"),
 D("Quy chế phối hợp", "09", "QCPH-UBND-MTTQ", "2023-03-21", "UBND tỉnh và Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quy chế phối hợp số 09/QCPH-UBND-MTTQ ngày 21/3/2023"),
 D("Kế hoạch", "215", "KH-MTTQ-BTT", "2023-05-25", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 215/KH-MTTQ-BTT ngày 25/5/2023")],
[prov("Vĩnh Long"), com("Loan Mỹ"), com("Long Phước")],
["Báo Vĩnh Long Online", "Chính trị » Mặt trận - Đoàn thể", "Đồng chí Lê Quang Đạt phát biểu tại lớp tập huấn. Ảnh: Thảo Ly",
 "Chương trình mục tiêu quốc gia giảm nghèo bền vững", "Vì người nghèo", "Lượt xem: 569"],
["16/06/2023 - 11:20", "năm 2023", "giai đoạn 2021 - 2022", "cuối năm 2022", "giai đoạn 2021 - 2025", "Lượt xem: 569"]))

PAGES.append(page("b1488-sonla-mttq-hoinghi-xoanhatam-2024", """
BÁO SƠN LA
Trang chủ › Chính trị › Mặt trận
Thứ Sáu, 12/04/2024 | 15:45
Sơn La triển khai phong trào chung tay xóa nhà tạm, nhà dột nát cho hộ nghèo
Ngày 11/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sơn La phối hợp với UBND tỉnh tổ chức hội nghị triển khai phong trào thi đua "Chung tay xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo trên địa bàn tỉnh" năm 2024. Hội nghị được kết nối trực tuyến tới 12 điểm cầu huyện, thành phố với hơn 600 đại biểu tham dự.
Các đại biểu dự hội nghị tại điểm cầu tỉnh. Ảnh: Quàng Hoa
Dự hội nghị có đồng chí Lò Minh Hải, Phó Bí thư Tỉnh ủy; đồng chí Cầm Thị Hương Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Đặng Văn Hưng, Phó Chủ tịch UBND tỉnh.
Theo kết quả rà soát, toàn tỉnh hiện còn 5.126 hộ nghèo, hộ cận nghèo đang ở nhà tạm, nhà dột nát, tập trung ở các huyện Sốp Cộp, Bắc Yên, Phù Yên, Thuận Châu. Thực hiện Chỉ thị số 34-CT/TU ngày 28/2/2024 của Ban Thường vụ Tỉnh ủy và Nghị quyết số 09/2024/NQ-HĐND ngày 22/3/2024 của HĐND tỉnh quy định mức hỗ trợ, tỉnh đặt mục tiêu hỗ trợ 3.500 hộ trong năm 2024, số còn lại hoàn thành trong năm 2025. Mức hỗ trợ là 50 triệu đồng/hộ xây mới và 25 triệu đồng/hộ sửa chữa; dự kiến tổng kinh phí khoảng 160 tỷ đồng, huy động từ ngân sách, Quỹ "Vì người nghèo", doanh nghiệp và sự đóng góp của cộng đồng.
Đồng chí Lò Văn Đoàn, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, cho biết trong giai đoạn 2019 - 2023, Mặt trận các cấp đã vận động hỗ trợ xây mới 3.215 nhà Đại đoàn kết, sửa chữa 816 nhà. Riêng năm 2023, Quỹ "Vì người nghèo" ba cấp tiếp nhận 27,4 tỷ đồng.
Phát biểu tại hội nghị, ông Mùa A Chứ, Bí thư Đảng ủy xã Mường Lạn, huyện Sốp Cộp, cam kết vận động các dòng họ người Mông góp 1.200 ngày công, Đoàn Thanh niên và bộ đội biên phòng hỗ trợ vận chuyển vật liệu để hoàn thành 86 căn nhà trước mùa mưa. Bà Hà Thị Kim, Chủ tịch Ủy ban MTTQ Việt Nam huyện Bắc Yên, đề nghị tỉnh sớm ban hành hướng dẫn về thủ tục đất ở cho các hộ chưa có giấy chứng nhận.
Phát biểu chỉ đạo, đồng chí Lò Minh Hải yêu cầu các cấp ủy đảng vào cuộc quyết liệt; người đứng đầu cấp ủy, chính quyền phải trực tiếp chỉ đạo; Mặt trận làm tốt vai trò giám sát, công khai danh sách hộ được hỗ trợ đến từng bản, tiểu khu.
Ngay tại hội nghị, 27 doanh nghiệp, đơn vị đã đăng ký ủng hộ 18,65 tỷ đồng; Tập đoàn Điện lực Việt Nam hỗ trợ xây 100 căn nhà.
Quàng Hoa
Tin liên quan
- Mai Sơn: khởi công 30 nhà Đại đoàn kết (05/04/2024)
- Hội nghị giao ban công tác Mặt trận quý I/2024 (29/03/2024)
- Mộc Châu trao 200 suất quà cho học sinh nghèo (20/03/2024)
""", "2024-04-12", "Sơn La triển khai phong trào chung tay xóa nhà tạm, nhà dột nát cho hộ nghèo",
E("hoi_nghi", "2024", "2024-04-11"),
[P("Lò Minh Hải", "Phó Bí thư Tỉnh ủy"),
 P("Cầm Thị Hương Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Văn Hưng", "Phó Chủ tịch UBND tỉnh"),
 P("Lò Văn Đoàn", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Mùa A Chứ", "Bí thư Đảng ủy xã Mường Lạn"),
 P("Hà Thị Kim", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Bắc Yên")],
[Q("12 điểm cầu huyện, thành phố", 12, "điểm cầu huyện, thành phố"), Q("hơn 600 đại biểu", 600, "đại biểu", "over"),
 Q("5.126 hộ nghèo, hộ cận nghèo", 5126, "hộ nghèo, hộ cận nghèo"), Q("3.500 hộ", 3500, "hộ"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("25 triệu đồng", 25000000, "đồng"), Q("khoảng 160 tỷ đồng", 160000000000, "đồng", "approx"),
 Q("3.215 nhà Đại đoàn kết", 3215, "nhà Đại đoàn kết"), Q("816 nhà", 816, "nhà"), Q("27,4 tỷ đồng", 27400000000, "đồng"),
 Q("1.200 ngày công", 1200, "ngày công"), Q("86 căn nhà", 86, "căn nhà"), Q("27 doanh nghiệp, đơn vị", 27, "doanh nghiệp, đơn vị"),
 Q("18,65 tỷ đồng", 18650000000, "đồng"), Q("100 căn nhà", 100, "căn nhà")],
[D("Chỉ thị", "34", "CT/TU", "2024-02-28", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 34-CT/TU ngày 28/2/2024"),
 D("Nghị quyết", "09", "2024/NQ-HĐND", "2024-03-22", "HĐND tỉnh", "Nghị quyết số 09/2024/NQ-HĐND ngày 22/3/2024")],
[prov("Sơn La"), com("Mường Lạn")],
["BÁO SƠN LA", "Trang chủ › Chính trị › Mặt trận", "Các đại biểu dự hội nghị tại điểm cầu tỉnh. Ảnh: Quàng Hoa",
 "Chung tay xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo trên địa bàn tỉnh", "Vì người nghèo", "Tập đoàn Điện lực Việt Nam"],
["Thứ Sáu, 12/04/2024 | 15:45", "năm 2024", "năm 2025", "giai đoạn 2019 - 2023", "năm 2023"]))

PAGES.append(page("b1489-camau-mttq-daihoi-2024", """
Báo Cà Mau điện tử
Chính trị | Mặt trận - Đoàn thể
09/08/2024 07:30 GMT+7
Đại hội đại biểu MTTQ Việt Nam tỉnh Cà Mau lần thứ XI thành công tốt đẹp
Đại hội biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Hoàng Vũ
(CMO) Sau một ngày làm việc khẩn trương, chiều 8/8, Đại hội đại biểu MTTQ Việt Nam tỉnh Cà Mau lần thứ XI, nhiệm kỳ 2024 - 2029 đã bế mạc. Đại hội có 250 đại biểu chính thức, đại diện cho các giai cấp, tầng lớp xã hội, dân tộc, tôn giáo trong tỉnh.
Tham dự có đồng chí Nguyễn Hữu Đức, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; đồng chí Nguyễn Tiến Phát, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Huỳnh Quốc Vinh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.
Báo cáo chính trị trình Đại hội cho biết, nhiệm kỳ 2019 - 2024, Quỹ "Vì người nghèo" các cấp trong tỉnh vận động được hơn 172 tỷ đồng; Mặt trận các cấp đã chủ trì, phối hợp xây dựng, sửa chữa 6.812 căn nhà Đại đoàn kết, trong đó có 1.145 căn cho hộ nghèo đồng bào Khmer; hỗ trợ 2.480 hộ phát triển sinh kế; tặng hơn 38.000 thẻ bảo hiểm y tế. Mặt trận đã vận động xây dựng 72 cây cầu giao thông nông thôn với kinh phí 41,6 tỷ đồng. Tỷ lệ hộ nghèo đa chiều toàn tỉnh giảm từ 4,27% cuối năm 2021 xuống còn 1,28% năm 2023.
Thực hiện Quy định số 124-QĐ/TW của Ban Bí thư về giám sát, phản biện xã hội của Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội và nhân dân, trong nhiệm kỳ Mặt trận các cấp đã giám sát 2.315 cuộc, tổ chức 187 hội nghị phản biện xã hội.
Đại hội đã nghe tham luận của bà Danh Thị Kim Hương, Chủ tịch Ủy ban MTTQ Việt Nam huyện Trần Văn Thời, về vận động đồng bào Khmer giảm nghèo; ông Trần Văn Năm, Trưởng ban Công tác Mặt trận ấp Cái Đôi Vàm, thị trấn Cái Đôi Vàm, về mô hình "Nồi cháo nghĩa tình" duy trì 12 năm tại bệnh viện huyện Phú Tân.
Đại hội hiệp thương dân chủ cử 65 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa XI. Tại hội nghị lần thứ nhất, Ủy ban MTTQ Việt Nam tỉnh khóa XI đã hiệp thương cử 29 vị vào Ban Thường trực; đồng chí Lâm Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy, tái cử Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí: Trần Hồng Quân, Lê Thị Thu Hồng, Danh Sen, được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Phát biểu bế mạc, đồng chí Lâm Văn Bình cho biết nhiệm kỳ 2024 - 2029, Mặt trận tỉnh phấn đấu hỗ trợ xây dựng, sửa chữa ít nhất 5.000 căn nhà Đại đoàn kết, góp phần hoàn thành chủ trương xóa nhà tạm, nhà dột nát trên địa bàn tỉnh trước năm 2025.
Hoàng Vũ
Lượt xem: 1.376
Tin liên quan
- Khai mạc Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI (08/08/2024)
- Năm Căn: Đại hội MTTQ huyện nhiệm kỳ 2024 - 2029 (18/07/2024)
- Mặt trận tỉnh trao 30 căn nhà Đại đoàn kết tại U Minh (10/07/2024)
""", "2024-08-09", "Đại hội đại biểu MTTQ Việt Nam tỉnh Cà Mau lần thứ XI thành công tốt đẹp",
E("dai_hoi", None, "2024-08-08"),
[P("Nguyễn Hữu Đức", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Nguyễn Tiến Phát", "Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Huỳnh Quốc Vinh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Danh Thị Kim Hương", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Trần Văn Thời"),
 P("Trần Văn Năm", "Trưởng ban Công tác Mặt trận ấp Cái Đôi Vàm"),
 P("Lâm Văn Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Hồng Quân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Thu Hồng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Sen", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("250 đại biểu chính thức", 250, "đại biểu chính thức"), Q("hơn 172 tỷ đồng", 172000000000, "đồng", "over"),
 Q("6.812 căn nhà Đại đoàn kết", 6812, "căn nhà Đại đoàn kết"), Q("1.145 căn", 1145, "căn"), Q("2.480 hộ", 2480, "hộ"),
 Q("hơn 38.000 thẻ bảo hiểm y tế", 38000, "thẻ bảo hiểm y tế", "over"), Q("72 cây cầu giao thông nông thôn", 72, "cây cầu giao thông nông thôn"),
 Q("41,6 tỷ đồng", 41600000000, "đồng"), Q("4,27%", 4.27, "%"), Q("1,28%", 1.28, "%"), Q("2.315 cuộc", 2315, "cuộc"),
 Q("187 hội nghị phản biện xã hội", 187, "hội nghị phản biện xã hội"), Q("65 vị", 65, "vị"), Q("29 vị", 29, "vị"),
 Q("5.000 căn nhà Đại đoàn kết", 5000, "căn nhà Đại đoàn kết", "over")],
[D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW")],
[prov("Cà Mau"), com("Cái Đôi Vàm")],
["Báo Cà Mau điện tử", "Chính trị | Mặt trận - Đoàn thể", "Đại hội biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Hoàng Vũ", "(CMO)",
 "Vì người nghèo", "Nồi cháo nghĩa tình", "Lượt xem: 1.376"],
["09/08/2024 07:30 GMT+7", "một ngày", "lần thứ XI", "nhiệm kỳ 2024 - 2029", "nhiệm kỳ 2019 - 2024", "cuối năm 2021", "năm 2023",
 "12 năm", "lần thứ nhất", "khóa XI", "trước năm 2025", "Lượt xem: 1.376"]))

PAGES.append(page("b1490-lamdong-xa-quangtan-doithoai-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Thời sự > Chính trị > Cơ sở
Cập nhật: 17/10/2025 10:40
Xã Quảng Tân: người đứng đầu đối thoại với hộ nghèo, hộ mới thoát nghèo
Quang cảnh buổi đối thoại tại Trung tâm Phục vụ hành chính công xã Quảng Tân. Ảnh: Ngọc Hà
Ngày 15/10, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Quảng Tân, tỉnh Lâm Đồng phối hợp tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo năm 2025. Đây là buổi đối thoại đầu tiên về công tác giảm nghèo kể từ khi xã mới được thành lập trên cơ sở sáp nhập các xã Quảng Tân, Đắk R'Tíh và Đắk Ngo cũ.
Chủ trì đối thoại có đồng chí Nguyễn Văn Hùng, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Điểu Thị Nhung, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; đồng chí K'Thị Huyền, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã. Tham dự có đồng chí Y Thanh Kđoh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh, cùng 142 người dân đại diện cho các hộ nghèo, hộ cận nghèo trên địa bàn.
Theo báo cáo của UBND xã, đến tháng 9/2025 xã còn 318 hộ nghèo, chiếm 4,6%, và 402 hộ cận nghèo, chủ yếu là đồng bào M'nông, Mạ và đồng bào các dân tộc phía Bắc di cư tự do. Thực hiện phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", trong năm 2025 địa bàn xã đã hoàn thành 96 căn nhà, trong đó 61 căn xây mới với mức hỗ trợ 60 triệu đồng/căn và 35 căn sửa chữa với mức 30 triệu đồng/căn. Quỹ "Vì người nghèo" xã tiếp nhận 486 triệu đồng, hỗ trợ 38 hộ con giống, cây cà phê tái canh.
Tại buổi đối thoại, 21 ý kiến được người dân nêu lên. Ông Điểu Khắc, bon Bu Prăng 2, đề nghị được vay vốn ưu đãi để mua máy bơm tưới cho 1,5 ha cà phê. Bà Hoàng Thị Dín, người Tày ở thôn 6, phản ánh gia đình đã thoát nghèo nhưng chưa có đất sản xuất ổn định, lo tái nghèo. Một số hộ đề nghị được hướng dẫn thủ tục chuyển hồ sơ vay vốn sau khi sáp nhập xã.
Trả lời các ý kiến, đồng chí Điểu Thị Nhung cho biết UBND xã đã rà soát, đề xuất Ngân hàng Chính sách xã hội cho 54 hộ vay với tổng số tiền 2,7 tỷ đồng; giao Phòng Kinh tế xã phối hợp với Hội Nông dân tổ chức 3 lớp tập huấn kỹ thuật chăm sóc cà phê, sầu riêng trước ngày 30/11.
Phát biểu kết luận, đồng chí Nguyễn Văn Hùng đề nghị các hộ chủ động vươn lên, không trông chờ, ỷ lại; giao Ủy ban MTTQ Việt Nam xã giám sát việc thực hiện các cam kết tại buổi đối thoại theo Quy định số 304-QĐ/TW của Ban Bí thư và Kế hoạch số 12-KH/ĐU ngày 2/9/2025 của Đảng ủy xã về giảm nghèo bền vững giai đoạn 2025 - 2030. Đồng chí Y Thanh Kđoh đề nghị Mặt trận xã lập danh sách hộ có nguy cơ tái nghèo để Mặt trận tỉnh hỗ trợ sinh kế.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao 50 suất quà, mỗi suất trị giá 1 triệu đồng, cho các hộ nghèo tham dự đối thoại.
Ngọc Hà
Tin liên quan
- Phường Bắc Gia Nghĩa bàn giao 10 căn nhà cho hộ nghèo (10/10/2025)
- Mặt trận tỉnh phát động Tháng cao điểm "Vì người nghèo" năm 2025 (06/10/2025)
- Xã Đam Rông 1 đối thoại với người dân về chuyển đổi số (29/09/2025)
""", "2025-10-17", "Xã Quảng Tân: người đứng đầu đối thoại với hộ nghèo, hộ mới thoát nghèo",
E("doi_thoai", "2025", "2025-10-15"),
[P("Nguyễn Văn Hùng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Điểu Thị Nhung", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("K'Thị Huyền", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Y Thanh Kđoh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Điểu Khắc"), P("Hoàng Thị Dín")],
[Q("142 người dân", 142, "người dân"), Q("318 hộ nghèo", 318, "hộ nghèo"), Q("4,6%", 4.6, "%"), Q("402 hộ cận nghèo", 402, "hộ cận nghèo"),
 Q("96 căn nhà", 96, "căn nhà"), Q("61 căn", 61, "căn"), Q("60 triệu đồng", 60000000, "đồng"), Q("35 căn", 35, "căn"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("486 triệu đồng", 486000000, "đồng"), Q("38 hộ", 38, "hộ"), Q("21 ý kiến", 21, "ý kiến"),
 Q("1,5 ha", 1.5, "ha"), Q("54 hộ", 54, "hộ"), Q("2,7 tỷ đồng", 2700000000, "đồng"), Q("3 lớp tập huấn", 3, "lớp tập huấn"),
 Q("50 suất quà", 50, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quy định", "304", "QĐ/TW", None, "Ban Bí thư", "Quy định số 304-QĐ/TW"),
 D("Kế hoạch", "12", "KH/ĐU", "2025-09-02", "Đảng ủy xã", "Kế hoạch số 12-KH/ĐU ngày 2/9/2025")],
[prov("Lâm Đồng"), com("Quảng Tân"), com("Đắk R'Tíh"), com("Đắk Ngo")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Thời sự > Chính trị > Cơ sở",
 "Quang cảnh buổi đối thoại tại Trung tâm Phục vụ hành chính công xã Quảng Tân. Ảnh: Ngọc Hà",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Vì người nghèo", "bon Bu Prăng 2"],
["Cập nhật: 17/10/2025 10:40", "năm 2025", "tháng 9/2025", "thôn 6", "ngày 30/11", "giai đoạn 2025 - 2030", "bon Bu Prăng 2"]))

PAGES.append(page("b1491-tuyenquang-mttq-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Trang chủ / Chính trị / Mặt trận - Đoàn thể
Thứ Sáu, 09/01/2026, 16:00
Tuyên Quang: Mặt trận các cấp hỗ trợ xóa 7.862 nhà tạm, nhà dột nát trong năm 2025
Ngày 8/1, Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên của Ủy ban MTTQ Việt Nam tỉnh sau khi hợp nhất hai tỉnh Tuyên Quang và Hà Giang, đồng thời kết thúc tổ chức cấp huyện.
Đồng chí Hầu Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu tại hội nghị.
Chủ trì hội nghị có đồng chí Hầu Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Ma Thị Thanh Hương, Vàng Seo Phìn, Nguyễn Đức Thuận. Dự hội nghị có đồng chí Lý Văn Tuấn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, cùng đại diện 124 xã, phường trong tỉnh.
Báo cáo tổng kết cho biết, năm 2025 Mặt trận các cấp đã tập trung thực hiện Kết luận số 120-KL/TW của Bộ Chính trị về công tác giảm nghèo bền vững, gắn với phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát". Toàn tỉnh đã hỗ trợ xóa 7.862 nhà tạm, nhà dột nát, trong đó xây mới 6.105 căn, sửa chữa 1.757 căn, với tổng kinh phí hơn 412 tỷ đồng; riêng nguồn vận động của Mặt trận các cấp đạt 96,3 tỷ đồng. Quỹ "Vì người nghèo" ba cấp (trước sắp xếp) và hai cấp (sau sắp xếp) tiếp nhận 58,7 tỷ đồng.
Dịp Tết Nguyên đán Ất Tỵ, Mặt trận và các tổ chức chính trị - xã hội đã trao 86.400 suất quà, tổng trị giá khoảng 43 tỷ đồng. Thực hiện Chỉ thị số 42-CT/TW của Ban Bí thư về công tác phòng ngừa, ứng phó, khắc phục hậu quả thiên tai, trong các đợt mưa lũ do bão số 3 tháng 7/2025, Mặt trận tỉnh tiếp nhận 21,5 tỷ đồng ủng hộ, đã phân bổ cho 1.920 hộ bị thiệt hại. Tỷ lệ hộ nghèo toàn tỉnh giảm 4,85%, còn 13,4%.
Tham luận tại hội nghị, bà Giàng Thị Dợ, Chủ tịch Ủy ban MTTQ Việt Nam xã Lũng Cú, chia sẻ cách vận động các dòng họ người Mông góp 4.600 ngày công giúp 138 hộ làm nhà trên vùng cao núi đá. Ông Triệu Tiến Đức, Phó Bí thư Thường trực Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Minh Xuân, nêu kinh nghiệm vận động 126 doanh nghiệp đồng hành hỗ trợ hộ nghèo.
Năm 2026, Mặt trận tỉnh đặt mục tiêu vận động Quỹ "Vì người nghèo" đạt 60 tỷ đồng; hỗ trợ sinh kế cho ít nhất 2.000 hộ mới thoát nghèo; thực hiện Kế hoạch số 05-KH/TU ngày 22/12/2025 của Ban Thường vụ Tỉnh ủy và Quy chế phối hợp số 01/QCPH-MTTQ-UBND ngày 5/12/2025 giữa Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh. Phát biểu kết luận, đồng chí Hầu Thị Mai yêu cầu Mặt trận các xã, phường tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc và chăm lo Tết Bính Ngọ cho người nghèo, bảo đảm mọi nhà đều có Tết.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 45 tập thể, 60 cá nhân có thành tích xuất sắc trong phong trào xóa nhà tạm, nhà dột nát.
Thu Phương
Tin liên quan
- Xã Mèo Vạc trao 200 suất quà Tết cho hộ nghèo (06/01/2026)
- Giao ban công tác Mặt trận các xã, phường quý IV/2025 (29/12/2025)
- Phường Hà Giang 1: ra mắt mô hình "Bữa cơm nghĩa tình" (20/12/2025)
""", "2026-01-09", "Tuyên Quang: Mặt trận các cấp hỗ trợ xóa 7.862 nhà tạm, nhà dột nát trong năm 2025",
E("tong_ket", "2025", "2026-01-08"),
[P("Hầu Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ma Thị Thanh Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vàng Seo Phìn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Đức Thuận", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Văn Tuấn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Giàng Thị Dợ", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lũng Cú"),
 P("Triệu Tiến Đức", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Minh Xuân")],
[Q("7.862 nhà tạm, nhà dột nát", 7862, "nhà tạm, nhà dột nát"), Q("124 xã, phường", 124, "xã, phường"), Q("6.105 căn", 6105, "căn"),
 Q("1.757 căn", 1757, "căn"), Q("hơn 412 tỷ đồng", 412000000000, "đồng", "over"), Q("96,3 tỷ đồng", 96300000000, "đồng"),
 Q("58,7 tỷ đồng", 58700000000, "đồng"), Q("86.400 suất quà", 86400, "suất quà"), Q("khoảng 43 tỷ đồng", 43000000000, "đồng", "approx"),
 Q("21,5 tỷ đồng", 21500000000, "đồng"), Q("1.920 hộ", 1920, "hộ"), Q("4,85%", 4.85, "%"), Q("13,4%", 13.4, "%"),
 Q("4.600 ngày công", 4600, "ngày công"), Q("138 hộ", 138, "hộ"), Q("126 doanh nghiệp", 126, "doanh nghiệp"),
 Q("60 tỷ đồng", 60000000000, "đồng"), Q("2.000 hộ mới thoát nghèo", 2000, "hộ mới thoát nghèo", "over"),
 Q("45 tập thể", 45, "tập thể"), Q("60 cá nhân", 60, "cá nhân")],
[D("Chỉ thị", "42", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 42-CT/TW"),
 D("Kết luận", "120", "KL/TW", None, "Bộ Chính trị", "Kết luận số 120-KL/TW"),
 D("Kế hoạch", "05", "KH/TU", "2025-12-22", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 05-KH/TU ngày 22/12/2025"),
 D("Quy chế phối hợp", "01", "QCPH-MTTQ-UBND", "2025-12-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh", "Quy chế phối hợp số 01/QCPH-MTTQ-UBND ngày 5/12/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Minh Xuân")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Trang chủ / Chính trị / Mặt trận - Đoàn thể",
 "Đồng chí Hầu Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu tại hội nghị.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc"],
["Thứ Sáu, 09/01/2026, 16:00", "năm 2025", "năm 2026", "Năm 2026", "Tết Nguyên đán Ất Tỵ", "bão số 3", "tháng 7/2025", "Tết Bính Ngọ",
 "ba cấp", "hai cấp"]))

PAGES.append(page("b1492-dongnai-mttq-baocao-quy1-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ » Tin tức - Sự kiện » An sinh xã hội
Ngày 10/04/2026 | 08:00
Quý I/2026: Mặt trận tỉnh Đồng Nai chăm lo hơn 152.000 suất quà cho người nghèo
Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai vừa có Báo cáo số 86/BC-MTTQ-BTT ngày 6/4/2026 về kết quả công tác Mặt trận và các tổ chức chính trị - xã hội quý I năm 2026, trong đó công tác an sinh xã hội, chăm lo cho người nghèo được đánh giá là điểm sáng.
Theo báo cáo, thực hiện Kế hoạch số 18/KH-MTTQ-BTT ngày 15/12/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về vận động chăm lo Tết Bính Ngọ năm 2026, Mặt trận các cấp cùng các tổ chức thành viên đã chăm lo hơn 152.000 suất quà, tổng trị giá trên 98,5 tỷ đồng cho hộ nghèo, hộ cận nghèo, người có công, đoàn viên, công nhân lao động có hoàn cảnh khó khăn. Riêng Quỹ "Vì người nghèo" tỉnh trích 12,4 tỷ đồng để trao 24.800 suất quà, mỗi suất 500.000 đồng, cho các hộ nghèo tại 95 xã, phường.
Người dân phường Bình Phước nhận quà Tết từ Mặt trận. Ảnh: Bảo Ngọc
Trong quý, Quỹ "Vì người nghèo" các cấp tiếp nhận 36,9 tỷ đồng. Mặt trận các cấp đã phối hợp bàn giao 146 căn nhà Đại đoàn kết, mỗi căn trị giá 70 triệu đồng, tập trung ở các xã Bù Đăng, Phú Nghĩa, Đak Ơ và Thọ Sơn là địa bàn có đông đồng bào S'tiêng, M'nông. Đồng thời, Mặt trận các xã, phường đã giám sát việc rà soát hộ nghèo theo Quyết định số 12/2026/QĐ-UBND ngày 20/2/2026 của UBND tỉnh về chuẩn nghèo đa chiều của tỉnh, phát hiện 37 trường hợp chưa đúng quy định và kiến nghị điều chỉnh.
Báo cáo ghi nhận cách làm của Ủy ban MTTQ Việt Nam phường Trấn Biên phối hợp 42 doanh nghiệp tổ chức "Chợ Tết 0 đồng" cho 3.000 công nhân; của xã Bù Đăng vận động 215 hộ người Kinh đỡ đầu 215 hộ nghèo đồng bào dân tộc thiểu số.
Ông Điểu Thanh Hùng, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Đăng, cho biết: "Sau sắp xếp, xã có 1.126 hộ nghèo và cận nghèo, nhiều hộ thiếu đất sản xuất. Mô hình đỡ đầu giúp các hộ tiếp cận vốn, giống và cách làm ăn".
Các đồng chí Huỳnh Thị Hằng, Lâm Minh Đức - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết trong quý II, Mặt trận tỉnh sẽ ban hành Hướng dẫn về tổ chức Tháng cao điểm "Vì người nghèo" năm 2026 và phối hợp Sở Nông nghiệp và Môi trường hỗ trợ sinh kế cho 500 hộ nghèo. Đồng chí Nguyễn Thị Thu Trang, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh kiêm Chủ tịch Liên đoàn Lao động tỉnh, đề nghị dành 20% nguồn quỹ chăm lo cho công nhân thuê trọ.
Theo đồng chí Võ Văn Phi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, trọng tâm năm 2026 là hỗ trợ hộ mới thoát nghèo không tái nghèo, phấn đấu giảm tỷ lệ hộ nghèo đa chiều xuống còn 0,5%.
Bảo Ngọc
Lượt xem: 734
Tin khác
- Phường Đồng Xoài trao 50 căn nhà Đại đoàn kết (03/04/2026)
- Hội nghị giao ban công tác Mặt trận quý I/2026 (31/03/2026)
- Xã Thống Nhất ra mắt mô hình "Tổ tự quản giảm nghèo" (25/03/2026)
""", "2026-04-10", "Quý I/2026: Mặt trận tỉnh Đồng Nai chăm lo hơn 152.000 suất quà cho người nghèo",
E("bao_cao", "2026-Q1", "2026-04-06"),
[P("Điểu Thanh Hùng", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Đăng"),
 P("Huỳnh Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Minh Đức", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thu Trang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh kiêm Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Võ Văn Phi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 152.000 suất quà", 152000, "suất quà", "over"), Q("trên 98,5 tỷ đồng", 98500000000, "đồng", "over"),
 Q("12,4 tỷ đồng", 12400000000, "đồng"), Q("24.800 suất quà", 24800, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("95 xã, phường", 95, "xã, phường"), Q("36,9 tỷ đồng", 36900000000, "đồng"), Q("146 căn nhà Đại đoàn kết", 146, "căn nhà Đại đoàn kết"),
 Q("70 triệu đồng", 70000000, "đồng"), Q("37 trường hợp", 37, "trường hợp"), Q("42 doanh nghiệp", 42, "doanh nghiệp"),
 Q("3.000 công nhân", 3000, "công nhân"), Q("215 hộ người Kinh", 215, "hộ người Kinh"),
 Q("215 hộ nghèo đồng bào dân tộc thiểu số", 215, "hộ nghèo đồng bào dân tộc thiểu số"),
 Q("1.126 hộ nghèo và cận nghèo", 1126, "hộ nghèo và cận nghèo"), Q("500 hộ nghèo", 500, "hộ nghèo"), Q("20%", 20, "%"),
 Q("0,5%", 0.5, "%")],
[D("Báo cáo", "86", "BC-MTTQ-BTT", "2026-04-06", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai", "Báo cáo số 86/BC-MTTQ-BTT ngày 6/4/2026"),
 D("Kế hoạch", "18", "KH-MTTQ-BTT", "2025-12-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 18/KH-MTTQ-BTT ngày 15/12/2025"),
 D("Quyết định", "12", "2026/QĐ-UBND", "2026-02-20", "UBND tỉnh", "Quyết định số 12/2026/QĐ-UBND ngày 20/2/2026")],
[prov("Đồng Nai"), com("Bù Đăng"), com("Phú Nghĩa"), com("Đak Ơ"), com("Thọ Sơn"), com("Trấn Biên"), com("Bình Phước")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ » Tin tức - Sự kiện » An sinh xã hội",
 "Người dân phường Bình Phước nhận quà Tết từ Mặt trận. Ảnh: Bảo Ngọc", "Vì người nghèo", "Chợ Tết 0 đồng", "Lượt xem: 734"],
["Ngày 10/04/2026 | 08:00", "Quý I/2026", "quý I năm 2026", "Tết Bính Ngọ năm 2026", "Chợ Tết 0 đồng", "quý II", "năm 2026", "Lượt xem: 734"]))
