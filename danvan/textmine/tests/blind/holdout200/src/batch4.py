from lib import *
PAGES = []

PAGES.append(page("b4775-travinh-doithoai-2024", """
BÁO TRÀ VINH ĐIỆN TỬ
Trang chủ | Chính trị | Dân tộc - Tôn giáo
06/12/2024 06:00
Chủ tịch UBND tỉnh đối thoại với hơn 250 hội viên nông dân
Ngày 4/12/2024, UBND tỉnh phối hợp với Hội Nông dân tỉnh tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2024. Đồng chí Lê Văn Hẳn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; dự có đồng chí Kim Ngọc Thái, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Thạch Sa Rươn, Chủ tịch Hội Nông dân tỉnh cùng lãnh đạo các sở: Nông nghiệp và Phát triển nông thôn, Tài nguyên và Môi trường, Công Thương.
Đồng chí Lê Văn Hẳn giải đáp kiến nghị của hội viên nông dân. Ảnh: Thanh Hòa
Hơn 250 hội viên nông dân của 9 huyện, thị xã, thành phố tham dự, trong đó 35% là đồng bào Khmer. Hội Nông dân tỉnh đã tổng hợp 42 ý kiến gửi trước hội nghị.
Ông Thạch Sóc Khonl, ấp Ô Rồm, xã Phước Hưng (Trà Cú), phản ánh vụ hè thu năm 2024 có 230 ha lúa trong xã bị ảnh hưởng do mặn, đề nghị nạo vét kênh cấp 2. Bà Kim Thị Sa Ni, ấp Giồng Lức, xã Đa Lộc (Châu Thành), đề nghị hỗ trợ vốn nuôi bò cho 48 hộ Khmer thoát nghèo chưa bền vững. Ông Nguyễn Văn Hai, Giám đốc Hợp tác xã Nông nghiệp Tân Thành, hỏi khi nào được vay vốn theo Nghị định số 116/2018/NĐ-CP của Chính phủ sửa đổi chính sách tín dụng phục vụ phát triển nông nghiệp, nông thôn.
Trả lời, đồng chí Lê Văn Hẳn cho biết, năm 2024 tỉnh đã đầu tư 63 tỷ đồng nạo vét 41 tuyến kênh thủy lợi; riêng huyện Trà Cú được phân bổ 8,7 tỷ đồng, công trình kênh Ô Rồm sẽ thi công trước Tết Nguyên đán. Ông Lý Văn Sang, Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh, cho biết hộ mới thoát nghèo được vay tối đa 100 triệu đồng/hộ, thời hạn 5 năm; tổng dư nợ toàn tỉnh đạt 5.320 tỷ đồng.
Kết luận hội nghị, đồng chí Chủ tịch UBND tỉnh đánh giá 42 ý kiến của nông dân "rất thực tế"; giao các sở, ngành thực hiện Kế hoạch số 86/KH-UBND ngày 30/8/2024 của UBND tỉnh, Chỉ thị 20, 21-CT/TU của Ban Thường vụ Tỉnh ủy về phát triển kinh tế tập thể và tăng cường đối thoại với Nhân dân; trả lời bằng văn bản 9 ý kiến còn lại trước ngày 31/12/2024.
Đồng chí Kim Ngọc Thái đề nghị Hội Nông dân tỉnh phát huy vai trò của 1.256 tổ hội nông dân ở ấp, khóm trong nắm tình hình, phản ánh tâm tư của bà con đến cấp ủy, chính quyền, nhất là vùng đồng bào Khmer.
Dịp này, UBND tỉnh Trà Vinh tặng bằng khen cho 30 hộ nông dân sản xuất, kinh doanh giỏi tiêu biểu.
Thanh Hòa
Lượt xem: 2.874
Tin liên quan
- Trà Cú: 500 phần quà cho hộ nghèo Khmer dịp lễ Sene Dolta (30/09/2024)
- Hội Nông dân tỉnh tổng kết phong trào nông dân thi đua sản xuất giỏi (22/11/2024)
- Cầu Ngang đối thoại với người dân vùng dự án điện gió (15/11/2024)
""", "2024-12-06", "Chủ tịch UBND tỉnh đối thoại với hơn 250 hội viên nông dân",
E("doi_thoai", "2024", "2024-12-04"),
[P("Lê Văn Hẳn", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Kim Ngọc Thái", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sa Rươn", "Chủ tịch Hội Nông dân tỉnh"),
 P("Thạch Sóc Khonl"), P("Kim Thị Sa Ni"), P("Nguyễn Văn Hai", "Giám đốc Hợp tác xã Nông nghiệp Tân Thành"),
 P("Lý Văn Sang", "Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh")],
[Q("hơn 250 hội viên nông dân", 250, "hội viên nông dân", "over"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("35%", 35, "%"), Q("42 ý kiến", 42, "ý kiến"), Q("230 ha", 230, "ha"), Q("48 hộ Khmer", 48, "hộ Khmer"),
 Q("63 tỷ đồng", 63000000000, "đồng"), Q("41 tuyến kênh thủy lợi", 41, "tuyến kênh thủy lợi"), Q("8,7 tỷ đồng", 8700000000, "đồng"),
 Q("tối đa 100 triệu đồng/hộ", 100000000, "đồng"), Q("5.320 tỷ đồng", 5320000000000, "đồng"), Q("9 ý kiến", 9, "ý kiến"),
 Q("1.256 tổ hội nông dân", 1256, "tổ hội nông dân"),
 Q("30 hộ nông dân sản xuất, kinh doanh giỏi tiêu biểu", 30, "hộ nông dân sản xuất, kinh doanh giỏi tiêu biểu")],
[D("Nghị định", "116", "2018/NĐ-CP", None, "Chính phủ", "Nghị định số 116/2018/NĐ-CP"),
 D("Kế hoạch", "86", "KH-UBND", "2024-08-30", "UBND tỉnh", "Kế hoạch số 86/KH-UBND ngày 30/8/2024"),
 D("Chỉ thị", "20", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 20, 21-CT/TU"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 20, 21-CT/TU")],
[prov("Trà Vinh"), com("Phước Hưng"), com("Đa Lộc")],
["BÁO TRÀ VINH ĐIỆN TỬ", "Trang chủ | Chính trị | Dân tộc - Tôn giáo",
 "Đồng chí Lê Văn Hẳn giải đáp kiến nghị của hội viên nông dân. Ảnh: Thanh Hòa", "kênh Ô Rồm", "Lượt xem: 2.874"],
["06/12/2024 06:00", "năm 2024", "5 năm", "31/12/2024", "Lượt xem: 2.874"]))

PAGES.append(page("b4776-quangtri-doithoai-2025", """
QUẢNG TRỊ ONLINE
Chính trị - Xã hội » Tin trong tỉnh
Ngày đăng 16/05/2025 | 14:20
Hải Lăng: Người dân hỏi, lãnh đạo huyện trả lời trước khi sáp nhập xã
QTO - Ngày 14/5, UBND huyện Hải Lăng tổ chức hội nghị đối thoại giữa Chủ tịch UBND huyện với Nhân dân năm 2025, tập trung vào chủ trương sắp xếp đơn vị hành chính cấp xã, bồi thường giải phóng mặt bằng và chính sách cho cán bộ không chuyên trách. Ông Lê Quang Chiến, HUV, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì. Tham dự có các ông, bà: Nguyễn Văn Bình, Hồ Thị Hương - Phó Chủ tịch UBND huyện; bà Trần Thị Lý, Chủ tịch Ủy ban MTTQ Việt Nam huyện.
Toàn cảnh hội nghị đối thoại.
Hội nghị có gần 160 người dân đại diện 16 xã, thị trấn. Theo phương án trình cấp có thẩm quyền, huyện sẽ sắp xếp thành 4 xã mới. Ông Hoàng Văn Lệ, thôn Mỹ Chánh, xã Hải Chánh, hỏi: "Sau sáp nhập, người dân làm giấy tờ phải đi xa hơn, huyện có giải pháp gì?". Bà Lê Thị Hoa, thôn Trường Thọ, xã Hải Định, lo lắng 86 hộ vùng dự án khu công nghiệp chưa được giao đất tái định cư. Ông Nguyễn Hữu Hòa, Bí thư Chi bộ kiêm Trưởng thôn Câu Nhi, xã Hải Phú, đề nghị làm rõ chế độ cho 1.124 người hoạt động không chuyên trách ở thôn, khu phố.
Trả lời, ông Nguyễn Văn Bình cho biết sau sắp xếp, các điểm tiếp nhận hồ sơ vẫn được giữ ở trụ sở các xã cũ trong thời gian đầu; 100% thủ tục hành chính được tiếp nhận trực tuyến. Về tái định cư, ông Lê Quang Chiến cam kết trong tháng 6 bàn giao 86 lô đất cho các hộ dân, mỗi lô 200 m2; chi trả hơn 27 tỷ đồng tiền bồi thường còn lại. Chế độ cho người hoạt động không chuyên trách được thực hiện theo Nghị định số 178/2024/NĐ-CP và Nghị định 67/2025/NĐ-CP của Chính phủ.
Kết luận hội nghị, ông Lê Quang Chiến nhấn mạnh việc sắp xếp thực hiện theo Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị Trung ương 11 khóa XIII và Kế hoạch số 47/KH-UBND của UBND tỉnh; đề nghị Nhân dân đồng thuận, tiếp tục phản ánh qua đường dây nóng. 21 kiến nghị chưa trả lời tại chỗ sẽ có văn bản trong 10 ngày.
Theo bà Trần Thị Lý, Ủy ban MTTQ huyện đã lấy ý kiến cử tri về chủ trương sắp xếp tại 98 thôn, khu phố với tỷ lệ đồng thuận trên 96%. Theo đề án của tỉnh Quảng Trị, sau khi hợp nhất với tỉnh Quảng Bình và tổ chức chính quyền địa phương hai cấp từ ngày 1/7/2025, cấp huyện sẽ kết thúc hoạt động; vì vậy huyện yêu cầu giải quyết dứt điểm các kiến nghị còn tồn đọng trước thời điểm bàn giao, không để chuyển sang các xã mới.
Lê Trường
Lượt xem: 1.019
Tin khác
- Quảng Trị lấy ý kiến Nhân dân về sắp xếp đơn vị hành chính (20/04/2025)
- Triệu Phong đối thoại với hộ dân vùng dự án (10/04/2025)
- Hải Lăng tổng kết công tác Mặt trận năm 2024 (28/12/2024)
""", "2025-05-16", "Hải Lăng: Người dân hỏi, lãnh đạo huyện trả lời trước khi sáp nhập xã",
E("doi_thoai", "2025", "2025-05-14"),
[P("Lê Quang Chiến", "HUV", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Nguyễn Văn Bình", "Phó Chủ tịch UBND huyện"), P("Hồ Thị Hương", "Phó Chủ tịch UBND huyện"),
 P("Trần Thị Lý", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Hoàng Văn Lệ"), P("Lê Thị Hoa"), P("Nguyễn Hữu Hòa", "Bí thư Chi bộ kiêm Trưởng thôn Câu Nhi")],
[Q("gần 160 người dân", 160, "người dân", "approx"), Q("16 xã, thị trấn", 16, "xã, thị trấn"), Q("4 xã mới", 4, "xã mới"),
 Q("86 hộ", 86, "hộ"), Q("1.124 người hoạt động không chuyên trách", 1124, "người hoạt động không chuyên trách"),
 Q("100%", 100, "%"), Q("86 lô đất", 86, "lô đất"), Q("200 m2", 200, "m2"), Q("hơn 27 tỷ đồng", 27000000000, "đồng", "over"),
 Q("21 kiến nghị", 21, "kiến nghị"), Q("98 thôn, khu phố", 98, "thôn, khu phố"), Q("trên 96%", 96, "%", "over")],
[D("Nghị định", "178", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 178/2024/NĐ-CP"),
 D("Nghị định", "67", "2025/NĐ-CP", None, "Chính phủ", "Nghị định 67/2025/NĐ-CP"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Hội nghị Trung ương 11", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kế hoạch", "47", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 47/KH-UBND")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Hải Chánh"), com("Hải Định"), com("Hải Phú")],
["QUẢNG TRỊ ONLINE", "Chính trị - Xã hội » Tin trong tỉnh", "QTO", "Toàn cảnh hội nghị đối thoại.", "Lượt xem: 1.019"],
["Ngày đăng 16/05/2025 | 14:20", "năm 2025", "tháng 6", "khóa XIII", "10 ngày", "Hội nghị Trung ương 11", "1/7/2025", "Lượt xem: 1.019"]))

PAGES.append(page("b4777-tuyenquang-doithoai-2025", """
Báo Tuyên Quang điện tử
Trang chủ > Chính trị > Xây dựng Đảng - Chính quyền
Thứ Sáu, 19/09/2025 - 16:05
Xã Lũng Cú: Lãnh đạo xã đối thoại với bà con sau 2 tháng vận hành chính quyền hai cấp
Sáng 17/9, Đảng ủy, UBND xã Lũng Cú tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền xã với Nhân dân. Đồng chí Ly Mí Chứ, Phó Bí thư Đảng ủy, Chủ tịch UBND xã và đồng chí Mua Thị Máy, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã đồng chủ trì. Dự có đồng chí Nguyễn Thị Thu Hà, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Người dân thôn Lô Lô Chải nêu ý kiến tại hội nghị. Ảnh: Sùng Hùng
Hơn 120 người dân đại diện 27 thôn của xã đã dự. Xã Lũng Cú mới được thành lập trên cơ sở nhập 3 xã Lũng Cú, Má Lé, Lũng Táo của tỉnh Hà Giang (cũ), có 3.916 hộ, trong đó 98% là đồng bào Mông, Lô Lô. Sau 2 tháng, Trung tâm Phục vụ hành chính công xã đã tiếp nhận 1.347 hồ sơ, giải quyết đúng hạn 1.302 hồ sơ.
Ông Sùng Mí Vàng, thôn Thèn Ván, hỏi: "Trước đây đi làm giấy tờ 3 km, nay phải đi gần 20 km, xã có cán bộ xuống thôn không?". Bà Thào Thị Dợ, thôn Lô Lô Chải, đề nghị hỗ trợ 45 hộ làm homestay vay vốn và tập huấn đón khách. Ông Vàng Chúng Sính, người có uy tín thôn Sín Suối Hồ, phản ánh 12 hộ bị ảnh hưởng sạt lở sau bão số 3 chưa được di dời.
Trả lời, đồng chí Ly Mí Chứ cho biết, từ tháng 10 xã bố trí 2 tổ công tác lưu động mỗi tuần xuống thôn tiếp nhận hồ sơ, nhất là hồ sơ của người cao tuổi; 12 hộ bị sạt lở đã được hỗ trợ mỗi hộ 40 triệu đồng làm nhà mới từ nguồn Quỹ "Vì người nghèo" và sẽ di dời xong trước ngày 30/11/2025. Về vốn cho du lịch cộng đồng, Phòng giao dịch Ngân hàng Chính sách xã hội khu vực sẽ cho vay tối đa 100 triệu đồng/hộ.
Đồng chí Nguyễn Thị Thu Hà đánh giá cao cách làm của xã, đề nghị thực hiện tốt Luật Thực hiện dân chủ ở cơ sở, Quy định số 11-QĐi/TW của Bộ Chính trị và Kế hoạch số 15-KH/ĐU của Đảng ủy xã về tiếp dân, đối thoại; mỗi quý tổ chức ít nhất 1 hội nghị đối thoại tại các cụm thôn. Sau hội nghị, 31 ý kiến được trả lời tại chỗ, 6 ý kiến vượt thẩm quyền được tổng hợp gửi UBND tỉnh.
Theo Nghị quyết số 202/2025/QH15 của Quốc hội, tỉnh Tuyên Quang mới được hợp nhất từ tỉnh Tuyên Quang và tỉnh Hà Giang, có 124 xã, phường; việc đối thoại định kỳ ở cấp xã được Ban Thường vụ Tỉnh ủy xác định là nhiệm vụ trọng tâm sau khi bỏ cấp huyện.
Sùng Hùng
Lượt xem: 3.331
Tin liên quan
- Tuyên Quang: 124 xã, phường vận hành ổn định chính quyền hai cấp (01/09/2025)
- Đồng Văn đối thoại với bà con về du lịch cộng đồng (25/08/2025)
- Mèo Vạc: trao 300 suất quà cho học sinh nghèo (20/08/2025)
""", "2025-09-19", "Xã Lũng Cú: Lãnh đạo xã đối thoại với bà con sau 2 tháng vận hành chính quyền hai cấp",
E("doi_thoai", None, "2025-09-17"),
[P("Ly Mí Chứ", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Mua Thị Máy", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Thị Thu Hà", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Vàng"), P("Thào Thị Dợ"), P("Vàng Chúng Sính", "người có uy tín thôn Sín Suối Hồ")],
[Q("Hơn 120 người dân", 120, "người dân", "over"), Q("27 thôn", 27, "thôn"), Q("3 xã", 3, "xã"), Q("3.916 hộ", 3916, "hộ"),
 Q("98%", 98, "%"), Q("1.347 hồ sơ", 1347, "hồ sơ"), Q("1.302 hồ sơ", 1302, "hồ sơ"), Q("3 km", 3, "km"),
 Q("gần 20 km", 20, "km", "approx"), Q("45 hộ", 45, "hộ"), Q("12 hộ", 12, "hộ"), Q("2 tổ công tác lưu động", 2, "tổ công tác lưu động"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("tối đa 100 triệu đồng/hộ", 100000000, "đồng"),
 Q("ít nhất 1 hội nghị đối thoại", 1, "hội nghị đối thoại", "over"), Q("31 ý kiến", 31, "ý kiến"),
 Q("6 ý kiến vượt thẩm quyền", 6, "ý kiến vượt thẩm quyền"), Q("124 xã, phường", 124, "xã, phường")],
[D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Kế hoạch", "15", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 15-KH/ĐU"),
 D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Má Lé"), com("Lũng Táo")],
["Báo Tuyên Quang điện tử", "Trang chủ > Chính trị > Xây dựng Đảng - Chính quyền",
 "Người dân thôn Lô Lô Chải nêu ý kiến tại hội nghị. Ảnh: Sùng Hùng", "Trung tâm Phục vụ hành chính công xã", "Vì người nghèo",
 "Luật Thực hiện dân chủ ở cơ sở", "Lượt xem: 3.331"],
["Thứ Sáu, 19/09/2025 - 16:05", "2 tháng", "bão số 3", "tháng 10", "30/11/2025", "Lượt xem: 3.331"]))

PAGES.append(page("b4778-vinhlong-tiepxuccutri-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Bạn đang ở: Trang chủ » Thời sự » Chính trị
Cập nhật: 08:05, 14/11/2025 (GMT+7)
Cử tri vùng đồng bào Khmer kiến nghị về đất đai, sinh kế và giáo dục
Chiều 12/11, Đoàn Đại biểu Quốc hội tỉnh Vĩnh Long tổ chức hội nghị tiếp xúc cử tri sau Kỳ họp thứ 10, Quốc hội khóa XV tại xã Tập Sơn. Tham dự có ông Kim Sóc Thanh, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh; bà Nguyễn Thị Mỹ Lệ, Đại biểu Quốc hội tỉnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Thạch Hoàng Liêm, Bí thư Đảng ủy, Chủ tịch HĐND xã Tập Sơn.
Ông Kim Sóc Thanh thông tin đến cử tri kết quả kỳ họp.
Gần 200 cử tri của các xã Tập Sơn, Tam Ngãi, Long Hiệp đã dự. Các đại biểu thông tin kết quả Kỳ họp thứ 10 đã thông qua 51 luật, 39 nghị quyết, trong đó có các luật liên quan trực tiếp đến nông dân. Sau đó, 14 lượt cử tri phát biểu với 22 ý kiến.
Cử tri Thạch Sang, ấp Ô Tre Lớn, xã Tập Sơn, kiến nghị tăng hỗ trợ đất sản xuất cho 63 hộ Khmer còn thiếu đất. Cử tri Sơn Thị Chanh Thu, ấp Trà Sất, xã Tam Ngãi, đề nghị Nhà nước giữ học bổng cho học sinh Khmer học trường dân tộc nội trú sau khi sắp xếp các trường. Cử tri Lê Văn Út Nhỏ, ấp Long Thuận, xã Long Hiệp, phản ánh đường giao thông nông thôn dài 4,5 km xuống cấp, xe chở lúa không vào được; Đại đức Thạch Sô Phanh, trụ trì chùa Ô Tre Lớn, đề nghị hỗ trợ kinh phí duy trì 5 lớp dạy chữ Khmer hè.
Thay mặt đoàn, bà Nguyễn Thị Mỹ Lệ tiếp thu, giải trình: việc giao đất thực hiện theo Nghị quyết số 66, 68-NQ/TW của Bộ Chính trị và Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ; năm 2025 tỉnh dành 48,2 tỷ đồng hỗ trợ đất ở, đất sản xuất, chuyển đổi nghề cho hộ đồng bào Khmer. Ông Thạch Hoàng Liêm cho biết xã đã đưa tuyến đường ấp Long Thuận vào kế hoạch đầu tư công năm 2026 với kinh phí khoảng 6 tỷ đồng; mỗi lớp dạy chữ Khmer hè được xã hỗ trợ 10 triệu đồng.
Kết thúc hội nghị, Đoàn ĐBQH tỉnh tiếp thu 22 ý kiến, trong đó 15 ý kiến thuộc thẩm quyền tỉnh, xã sẽ chuyển UBND tỉnh và UBND các xã trả lời bằng văn bản theo Quy chế phối hợp số 02/QCPH-ĐĐBQH-UBND; 7 ý kiến thuộc thẩm quyền Trung ương được tổng hợp gửi Ban Dân nguyện và Giám sát của Ủy ban Thường vụ Quốc hội.
Vĩnh Long là tỉnh mới được hợp nhất từ các tỉnh Vĩnh Long, Bến Tre, Trà Vinh từ ngày 1/7/2025, có gần 370.000 đồng bào Khmer.
Kim Hoa
Lượt xem: 2.205
Tin khác
- Đoàn ĐBQH tỉnh tiếp xúc cử tri phường Trà Vinh (11/11/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy gặp mặt chức sắc Phật giáo Nam tông Khmer (05/11/2025)
- Hội nghị đối thoại với hộ dân vùng dự án cầu Đại Ngãi (30/10/2025)
""", "2025-11-14", "Cử tri vùng đồng bào Khmer kiến nghị về đất đai, sinh kế và giáo dục",
E("hoi_nghi", None, "2025-11-12"),
[P("Kim Sóc Thanh", "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh"),
 P("Nguyễn Thị Mỹ Lệ", "Đại biểu Quốc hội tỉnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Hoàng Liêm", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Tập Sơn"),
 P("Thạch Sang"), P("Sơn Thị Chanh Thu"), P("Lê Văn Út Nhỏ"),
 P("Thạch Sô Phanh", "Đại đức", "trụ trì chùa Ô Tre Lớn")],
[Q("Gần 200 cử tri", 200, "cử tri", "approx"), Q("51 luật", 51, "luật"), Q("39 nghị quyết", 39, "nghị quyết"),
 Q("14 lượt cử tri", 14, "lượt cử tri"), Q("22 ý kiến", 22, "ý kiến"), Q("63 hộ Khmer", 63, "hộ Khmer"),
 Q("4,5 km", 4.5, "km"), Q("5 lớp dạy chữ Khmer hè", 5, "lớp dạy chữ Khmer hè"), Q("48,2 tỷ đồng", 48200000000, "đồng"),
 Q("khoảng 6 tỷ đồng", 6000000000, "đồng", "approx"), Q("10 triệu đồng", 10000000, "đồng"), Q("15 ý kiến", 15, "ý kiến"),
 Q("7 ý kiến", 7, "ý kiến"), Q("gần 370.000 đồng bào Khmer", 370000, "đồng bào Khmer", "approx")],
[D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 66, 68-NQ/TW"),
 D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 66, 68-NQ/TW"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Quy chế phối hợp", "02", "QCPH-ĐĐBQH-UBND", None, None, "Quy chế phối hợp số 02/QCPH-ĐĐBQH-UBND")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Tập Sơn"), com("Tam Ngãi"), com("Long Hiệp")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Bạn đang ở: Trang chủ » Thời sự » Chính trị", "Ông Kim Sóc Thanh thông tin đến cử tri kết quả kỳ họp.",
 "Ban Dân nguyện và Giám sát", "Lượt xem: 2.205"],
["Cập nhật: 08:05, 14/11/2025 (GMT+7)", "Kỳ họp thứ 10", "khóa XV", "năm 2025", "năm 2026", "1/7/2025", "Lượt xem: 2.205"]))

PAGES.append(page("b4779-dongnai-chandung-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Xã hội › Gương sáng - Việc tốt
20/03/2026 - 10:05
Ảnh: Chủ tịch UBND xã Bom Bo trò chuyện với người dân sóc Bù Ka.
Vị Chủ tịch xã "cà phê sáng" với dân
Mỗi sáng thứ Bảy, ông Điểu Lên, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Bom Bo lại có mặt ở một quán cà phê đầu sóc để nghe bà con nói chuyện làm ăn, chuyện đất đai, chuyện con cái học hành. Cách làm giản dị ấy, sau 8 tháng, đã giúp xã giải quyết hàng trăm vướng mắc ngay từ cơ sở.
Xã Bom Bo mới được sắp xếp từ 3 xã Bom Bo, Bình Minh, Đắk Nhau của tỉnh Bình Phước (cũ), nay thuộc tỉnh Đồng Nai, có 6.240 hộ, trong đó đồng bào S'tiêng chiếm khoảng 38%. "Người dân ngại lên trụ sở, ngại viết đơn. Mình xuống sóc, ngồi uống ly cà phê, bà con nói thật lòng", ông Điểu Lên chia sẻ.
Từ tháng 8/2025 đến nay, ông đã tổ chức 29 buổi "cà phê sáng", ghi nhận 214 ý kiến, trong đó 187 ý kiến được giải quyết hoặc trả lời ngay trong tuần. Bà Thị Kim, sóc Bù Ka, kể: "Mấy năm trước tôi xin tách thửa cho con mà chưa được, kể với Chủ tịch xong, 10 ngày sau cán bộ xuống đo đạc". Ông Điểu Thanh, người có uy tín sóc Bù Ka, cho biết nhờ nói chuyện với Chủ tịch, 17 hộ trong sóc được vay vốn trồng điều ghép, mỗi hộ 50 triệu đồng.
Không chỉ nghe, ông còn hẹn ngày trả lời. Ông Nguyễn Văn Tám, thôn 6, kể con đường đất đỏ dài 2,4 km trước nhà mùa mưa lầy lội, nói với Chủ tịch ở buổi cà phê tháng 10; đến tháng 12, xã vận động 46 hộ hiến đất, góp hơn 700 triệu đồng cùng Nhà nước làm xong đường bê tông. "Chủ tịch hứa là làm, nên bà con tin", ông Tám nói.
Bà Lâm Thị Hồng, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết Mặt trận xã cử cán bộ cùng đi để ghi chép, lập sổ theo dõi và hằng tháng báo cáo Thường trực Đảng ủy. Những ý kiến vượt thẩm quyền được tổng hợp, gửi các sở, ngành của tỉnh theo Quy chế số 07-QC/ĐU của Đảng ủy xã về tiếp dân, đối thoại.
Đồng chí Trần Văn Nghĩa, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, đánh giá đây là mô hình "Dân vận khéo" tiêu biểu, đúng tinh thần Quy định số 11-QĐi/TW của Bộ Chính trị và Kết luận 120, 121-KL/TW của Ban Bí thư; đề nghị nhân rộng ra 95 xã, phường trong tỉnh.
Năm 2025, xã Bom Bo được UBND tỉnh tặng bằng khen vì thành tích trong công tác dân vận chính quyền; ông Điểu Lên được Ban Thường vụ Tỉnh ủy khen thưởng là 1 trong 30 cá nhân tiêu biểu trong thực hiện dân chủ ở cơ sở.
Bài, ảnh: Hải Yến
Lượt xem: 4.716
Tin liên quan
- Đồng Nai: 95 xã, phường tổ chức đối thoại với Nhân dân (10/03/2026)
- Xã Bù Đăng trao 100 căn nhà cho hộ khó khăn (02/03/2026)
- Gương người có uy tín ở sóc Bom Bo (18/02/2026)
""", "2026-03-20", 'Vị Chủ tịch xã "cà phê sáng" với dân',
E("khac", None, None),
[P("Điểu Lên", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Bom Bo"),
 P("Thị Kim"), P("Điểu Thanh", "người có uy tín sóc Bù Ka"), P("Nguyễn Văn Tám"),
 P("Lâm Thị Hồng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Trần Văn Nghĩa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("3 xã", 3, "xã"), Q("6.240 hộ", 6240, "hộ"), Q("khoảng 38%", 38, "%", "approx"), Q("29 buổi", 29, "buổi"),
 Q("214 ý kiến", 214, "ý kiến"), Q("187 ý kiến", 187, "ý kiến"), Q("17 hộ", 17, "hộ"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("2,4 km", 2.4, "km"), Q("46 hộ", 46, "hộ"), Q("hơn 700 triệu đồng", 700000000, "đồng", "over"),
 Q("95 xã, phường", 95, "xã, phường"), Q("30 cá nhân tiêu biểu", 30, "cá nhân tiêu biểu")],
[D("Quy chế", "07", "QC/ĐU", None, "Đảng ủy xã", "Quy chế số 07-QC/ĐU"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Kết luận", "120", "KL/TW", None, "Ban Bí thư", "Kết luận 120, 121-KL/TW"),
 D("Kết luận", "121", "KL/TW", None, "Ban Bí thư", "Kết luận 120, 121-KL/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bom Bo"), com("Bình Minh"), com("Đắk Nhau")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Xã hội › Gương sáng - Việc tốt", "Ảnh: Chủ tịch UBND xã Bom Bo trò chuyện với người dân sóc Bù Ka.",
 "cà phê sáng", "Dân vận khéo", "Lượt xem: 4.716"],
["20/03/2026 - 10:05", "8 tháng", "tháng 8/2025", "10 ngày", "tháng 10", "tháng 12", "Năm 2025", "1 trong 30", "Lượt xem: 4.716"]))

PAGES.append(page("b4780-lamdong-doithoai-2026", """
Báo và Phát thanh, Truyền hình Lâm Đồng
Trang chủ >> Thời sự >> Chính trị
Thứ Sáu, 22/05/2026, 08:05
Lâm Đồng: Chủ tịch UBND tỉnh đối thoại với nông dân năm 2026
Ngày 20/5/2026, UBND tỉnh phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức Hội nghị Chủ tịch UBND tỉnh đối thoại với nông dân năm 2026, kết nối trực tuyến đến 124 điểm cầu xã, phường, đặc khu. Đồng chí Phạm Minh Quang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; dự có đồng chí K'Mák, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy và đồng chí Y Quang B'Krông, Tỉnh ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh.
Đồng chí Phạm Minh Quang phát biểu kết luận hội nghị.
Trước hội nghị, Hội Nông dân tỉnh đã tổng hợp 96 ý kiến, kiến nghị, tập trung vào giá cà phê, sầu riêng, thanh long, thủ tục cấp giấy chứng nhận quyền sử dụng đất và nước tưới mùa khô. Tại điểm cầu tỉnh, 16 nông dân trực tiếp đặt câu hỏi.
Ông Điểu Xuân, bon Bu Đắk, xã Tuy Đức, đề nghị hỗ trợ đồng bào Mnông trồng cà phê tái canh vì 70% vườn đã già cỗi. Bà H'Bla Niê, xã Quảng Sơn, hỏi khi nào 42 hộ di cư tự do trong bon được cấp giấy chứng nhận. Ông Nguyễn Văn Mẫn, Giám đốc Hợp tác xã Thanh long Hàm Thuận Bắc, xã Hàm Thuận Bắc, phản ánh giá thanh long giảm còn 5.000 đồng/kg, đề nghị tỉnh mở rộng thị trường. Ông Lê Văn Thọ, thôn 3, phường Bắc Gia Nghĩa, kiến nghị làm hồ chứa nước cho khu sản xuất.
Trả lời, đồng chí Phạm Minh Quang cho biết tỉnh đang rà soát để cấp giấy chứng nhận cho khoảng 2.800 hộ di cư tự do trong năm 2026; bố trí 120 tỷ đồng hỗ trợ tái canh 6.000 ha cà phê và xây 3 hồ chứa nước ở các xã Tuy Đức, Quảng Sơn, Đắk Wil. Về thanh long, tỉnh đã ký kết với 14 doanh nghiệp xuất khẩu, phấn đấu tiêu thụ ít nhất 60% sản lượng qua hợp đồng.
Các đồng chí Phó Chủ tịch UBND tỉnh: Võ Ngọc Hiệp, Nguyễn Thị Bé Hai cũng trả lời về chính sách đất đai, tín dụng theo Nghị định số 156/2024/NĐ-CP của Chính phủ và Nghị quyết số 12/2025/NQ-HĐND của HĐND tỉnh.
Kết luận, đồng chí Chủ tịch UBND tỉnh yêu cầu các sở, ngành và UBND các xã thực hiện Kế hoạch 126-KH/TU, 127-KH/TU của Ban Thường vụ Tỉnh ủy về đối thoại với Nhân dân và phát triển nông nghiệp xanh; trả lời bằng văn bản 80 ý kiến còn lại trước ngày 30/6/2026, công khai trên cổng thông tin điện tử tỉnh. Tỉnh Lâm Đồng mới hợp nhất từ Lâm Đồng, Đắk Nông, Bình Thuận, có hơn 540.000 hộ nông dân.
Ngọc Minh - Khánh Phúc
Lượt xem: 3.904
Tin liên quan
- Lâm Đồng: đối thoại với đồng bào Mnông ở xã Tuy Đức (12/05/2026)
- Hội Nông dân tỉnh ra mắt 50 tổ hợp tác (05/05/2026)
- Thanh long Hàm Thuận Bắc vào mùa thu hoạch (28/04/2026)
""", "2026-05-22", "Lâm Đồng: Chủ tịch UBND tỉnh đối thoại với nông dân năm 2026",
E("doi_thoai", "2026", "2026-05-20"),
[P("Phạm Minh Quang", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("K'Mák", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Quang B'Krông", "Tỉnh ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Điểu Xuân"), P("H'Bla Niê"), P("Nguyễn Văn Mẫn", "Giám đốc Hợp tác xã Thanh long Hàm Thuận Bắc"), P("Lê Văn Thọ"),
 P("Võ Ngọc Hiệp", "Phó Chủ tịch UBND tỉnh"), P("Nguyễn Thị Bé Hai", "Phó Chủ tịch UBND tỉnh")],
[Q("124 điểm cầu xã, phường, đặc khu", 124, "điểm cầu xã, phường, đặc khu"), Q("96 ý kiến, kiến nghị", 96, "ý kiến, kiến nghị"),
 Q("16 nông dân", 16, "nông dân"), Q("70%", 70, "%"), Q("42 hộ di cư tự do", 42, "hộ di cư tự do"),
 Q("5.000 đồng/kg", 5000, "đồng"), Q("khoảng 2.800 hộ di cư tự do", 2800, "hộ di cư tự do", "approx"),
 Q("120 tỷ đồng", 120000000000, "đồng"), Q("6.000 ha", 6000, "ha"), Q("3 hồ chứa nước", 3, "hồ chứa nước"),
 Q("14 doanh nghiệp xuất khẩu", 14, "doanh nghiệp xuất khẩu"), Q("ít nhất 60%", 60, "%", "over"), Q("80 ý kiến", 80, "ý kiến"),
 Q("hơn 540.000 hộ nông dân", 540000, "hộ nông dân", "over")],
[D("Nghị định", "156", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 156/2024/NĐ-CP"),
 D("Nghị quyết", "12", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 12/2025/NQ-HĐND"),
 D("Kế hoạch", "126", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 126-KH/TU, 127-KH/TU"),
 D("Kế hoạch", "127", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 126-KH/TU, 127-KH/TU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Tuy Đức"), com("Quảng Sơn"), com("Hàm Thuận Bắc"),
 com("Bắc Gia Nghĩa"), com("Đắk Wil")],
["Báo và Phát thanh, Truyền hình Lâm Đồng", "Trang chủ >> Thời sự >> Chính trị", "Đồng chí Phạm Minh Quang phát biểu kết luận hội nghị.",
 "Lượt xem: 3.904"],
["Thứ Sáu, 22/05/2026, 08:05", "năm 2026", "30/6/2026", "Lượt xem: 3.904"]))
