"""holdout44 batch 4: b1031-b1036 (Bình Thuận 2024, Quảng Trị 2025, Đà Nẵng 2025, Gia Lai 2025, Quảng Ngãi 2026, Lâm Đồng 2026)."""
from lib import *

PAGES = []

# ---------------------------------------------------------------- b1031
PAGES.append(page(
"b1031-binhthuan-mttq-tongket-2024",
"""
BÁO BÌNH THUẬN ONLINE
Hôm nay: Thứ Hai, 23/12/2024
Trang chủ | Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao
Thời sự › Chính trị
20.12.2024 - 06:00
Bình Thuận: Xóa 1.286 căn nhà tạm, nhà dột nát trong năm 2024
Ngày 19/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2024, triển khai chương trình phối hợp và thống nhất hành động năm 2025. Đồng chí Trần Thị Ngọc Diễm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có đồng chí Phan Công Thắng, Phó Chủ tịch UBND tỉnh. Các đồng chí Bá Thị Mỹ Hạnh, Nguyễn Văn Thịnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, điều hành phần thảo luận.
Toàn cảnh hội nghị. Ảnh: Ngọc Lân
Năm 2024, Quỹ “Vì người nghèo” các cấp trong tỉnh tiếp nhận 52,7 tỷ đồng. Hưởng ứng phong trào thi đua “Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025”, Mặt trận các cấp phối hợp chính quyền xóa 1.286 căn nhà tạm, nhà dột nát, trong đó xây mới 1.045 căn, sửa chữa 241 căn, với mức hỗ trợ 60 triệu đồng/căn xây mới và 30 triệu đồng/căn sửa chữa; tổng kinh phí gần 70 tỷ đồng. Dịp Tết Giáp Thìn, các cấp Mặt trận tặng 34.500 suất quà, trị giá 20,4 tỷ đồng cho hộ nghèo, hộ cận nghèo, gia đình chính sách.
Hướng về đồng bào miền Bắc bị thiệt hại do bão số 3, Ủy ban MTTQ Việt Nam tỉnh đã tiếp nhận 18,6 tỷ đồng, chuyển toàn bộ về Ban Cứu trợ Trung ương. Công tác giám sát, phản biện xã hội có nhiều đổi mới với 312 cuộc giám sát, 24 hội nghị phản biện. Tỷ lệ khu dân cư đạt chuẩn văn hóa là 94,3%. Ban Thường trực phối hợp tổ chức 5 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân; Mặt trận cơ sở tham gia hòa giải thành 486 vụ việc. Công tác chăm lo đồng bào Chăm, Raglai, K'Ho được quan tâm: 1.140 người có uy tín được thăm hỏi, tặng quà dịp lễ, Tết; 26 chức sắc, chức việc các tôn giáo tham gia Ủy ban MTTQ Việt Nam cấp huyện.
Các hoạt động của Mặt trận bám sát Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13 và Chỉ thị 34-CT/TW ngày 24/5/2024 của Ban Bí thư về phát triển nhà ở xã hội; Ban Thường trực đã ban hành Kế hoạch số 245, 246/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về vận động nguồn lực xóa nhà tạm và giám sát việc hỗ trợ. UBND tỉnh ban hành Quyết định số 2561/QĐ-UBND ngày 18/10/2024 thành lập Ban Chỉ đạo xóa nhà tạm, nhà dột nát; Ban Thường vụ Tỉnh ủy có Công văn số 1151-CV/TU chỉ đạo các địa phương hoàn thành trước ngày 30/6/2025.
Tại hội nghị, bà Lưu Thị Quý, Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Hiệp, huyện Bắc Bình, chia sẻ cách vận động 57 hộ đồng bào Chăm góp ngày công dựng nhà cho nhau. Ông Đàng Văn Thạo, người có uy tín thôn Bình Minh, xã Phan Thanh, cho biết thôn đã không còn nhà tạm. Ông Bo Bo Hiền, Trưởng ban công tác Mặt trận thôn 3, xã Phan Sơn, đề nghị tăng mức hỗ trợ cho hộ Raglai ở vùng xa vì chi phí vận chuyển vật liệu cao. Linh mục Phaolô Nguyễn Văn Hiền, Chánh xứ giáo xứ Tân Lý, cho biết giáo xứ đã vận động giáo dân đóng góp hơn 800 triệu đồng xây 12 căn nhà cho hộ khó khăn không phân biệt lương, giáo.
Phát biểu chỉ đạo, đồng chí Phan Công Thắng đánh giá cao vai trò của Mặt trận trong công tác an sinh xã hội và đề nghị năm 2025 phải xóa dứt điểm 2.130 căn nhà tạm còn lại. Kết luận hội nghị, đồng chí Trần Thị Ngọc Diễm yêu cầu các cấp Mặt trận đẩy mạnh Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, chuẩn bị tốt Đại hội đại biểu MTTQ Việt Nam các cấp.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho 4 tập thể; Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 32 tập thể và 47 cá nhân.
Ngọc Lân
Tin liên quan
- Trao 50 căn nhà Đại đoàn kết cho hộ nghèo huyện Tuy Phong (12/12/2024)
- Phát động ủng hộ xóa nhà tạm, nhà dột nát (15/10/2024)
- Ủy ban MTTQ tỉnh chuyển 18,6 tỷ đồng ủng hộ đồng bào miền Bắc (30/09/2024)
- Bà Bá Thị Mỹ Hạnh: “Mỗi căn nhà là một mái ấm nghĩa tình” (05/12/2024)
- Triển khai Kết luận 93, 94-KL/TU về công tác dân vận (28/11/2024)
- Hội nghị giao ban công tác Mặt trận quý III năm 2024 (26/09/2024)
- Đồng chí Trần Thị Ngọc Diễm thăm, tặng quà người có uy tín đồng bào Chăm dịp lễ Katê (02/10/2024)
BÁO BÌNH THUẬN ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Thuận
Giấy phép số 318/GP-BTTTT ngày 12/6/2020 của Bộ Thông tin và Truyền thông
Tổng Biên tập: Lê Quang Vinh | Địa chỉ: 28 Nguyễn Tất Thành, TP Phan Thiết | Điện thoại: 0252.3822.145
Ghi rõ nguồn “Báo Bình Thuận Online” khi phát hành lại thông tin từ website này.
""",
"2024-12-20",
"Bình Thuận: Xóa 1.286 căn nhà tạm, nhà dột nát trong năm 2024",
E("tong_ket", "2024", "2024-12-19"),
[
    P("Trần Thị Ngọc Diễm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Phan Công Thắng", "Phó Chủ tịch UBND tỉnh"),
    P("Bá Thị Mỹ Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Nguyễn Văn Thịnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Lưu Thị Quý", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Hiệp"),
    P("Đàng Văn Thạo", "người có uy tín thôn Bình Minh"),
    P("Bo Bo Hiền", "Trưởng ban công tác Mặt trận thôn 3"),
    P("Phaolô Nguyễn Văn Hiền", "Linh mục", "Chánh xứ giáo xứ Tân Lý"),
],
[
    Q("1.286 căn nhà tạm, nhà dột nát", 1286, "căn nhà tạm, nhà dột nát"),
    Q("52,7 tỷ đồng", 52700000000, "đồng"),
    Q("1.045 căn", 1045, "căn"),
    Q("241 căn", 241, "căn"),
    Q("60 triệu đồng/căn", 60000000, "đồng"),
    Q("30 triệu đồng/căn", 30000000, "đồng"),
    Q("gần 70 tỷ đồng", 70000000000, "đồng", "approx"),
    Q("34.500 suất quà", 34500, "suất quà"),
    Q("20,4 tỷ đồng", 20400000000, "đồng"),
    Q("18,6 tỷ đồng", 18600000000, "đồng"),
    Q("312 cuộc giám sát", 312, "cuộc giám sát"),
    Q("24 hội nghị phản biện", 24, "hội nghị phản biện"),
    Q("94,3%", 94.3, "%"),
    Q("5 hội nghị đối thoại", 5, "hội nghị đối thoại"),
    Q("486 vụ việc", 486, "vụ việc"),
    Q("1.140 người có uy tín", 1140, "người có uy tín"),
    Q("26 chức sắc, chức việc", 26, "chức sắc, chức việc"),
    Q("57 hộ đồng bào Chăm", 57, "hộ đồng bào Chăm"),
    Q("hơn 800 triệu đồng", 800000000, "đồng", "over"),
    Q("12 căn nhà", 12, "căn nhà"),
    Q("2.130 căn nhà tạm", 2130, "căn nhà tạm"),
    Q("4 tập thể", 4, "tập thể"),
    Q("32 tập thể", 32, "tập thể"),
    Q("47 cá nhân", 47, "cá nhân"),
],
[
    D("Luật", "75", "2015/QH13", None, None, surface="Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13"),
    D("Chỉ thị", "34", "CT/TW", "2024-05-24", "Ban Bí thư", surface="Chỉ thị 34-CT/TW ngày 24/5/2024"),
    D("Kế hoạch", "245", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", surface="Kế hoạch số 245, 246/KH-MTTQ-BTT"),
    D("Kế hoạch", "246", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", surface="Kế hoạch số 245, 246/KH-MTTQ-BTT"),
    D("Quyết định", "2561", "QĐ-UBND", "2024-10-18", "UBND tỉnh", surface="Quyết định số 2561/QĐ-UBND ngày 18/10/2024"),
    D("Công văn", "1151", "CV/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Công văn số 1151-CV/TU"),
],
[prov("Bình Thuận"), com("Phan Hiệp"), com("Phan Thanh"), com("Phan Sơn")],
["BÁO BÌNH THUẬN ONLINE", "Trang chủ | Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao", "Thời sự › Chính trị",
 "Toàn cảnh hội nghị. Ảnh: Ngọc Lân", "Vì người nghèo", "Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025",
 "Ban Cứu trợ Trung ương", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "giáo xứ Tân Lý", "thôn Bình Minh",
 "huyện Bắc Bình"],
["Hôm nay: Thứ Hai, 23/12/2024", "20.12.2024 - 06:00", "Ngày 19/12", "năm 2024", "năm 2025", "bão số 3", "Tết Giáp Thìn",
 "trước ngày 30/6/2025", "thôn 3", "hộ đồng bào"],
))

# ---------------------------------------------------------------- b1032
PAGES.append(page(
"b1032-quangtri-mttq-hoinghi-2025",
"""
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG TRỊ
Trang chủ >> Thời sự >> Mặt trận
Cập nhật: 08:30, 18/10/2025 (GMT+7)
Các đại biểu bấm nút phát động Tháng cao điểm.
Phát động Tháng cao điểm “Vì người nghèo” năm 2025: Tiếp nhận 12,8 tỷ đồng
Chiều 17/10, Ủy ban MTTQ Việt Nam tỉnh Quảng Trị tổ chức hội nghị phát động “Tháng cao điểm vì người nghèo” năm 2025 và tuyên dương các tập thể, cá nhân tiêu biểu trong phong trào xóa nhà tạm, nhà dột nát. Đây là năm đầu tiên hội nghị được tổ chức sau khi hợp nhất tỉnh Quảng Bình và tỉnh Quảng Trị theo Nghị quyết 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh.
Dự hội nghị có đồng chí Trần Thị Minh Châu, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Hoàng Xuân Tân, Phó Chủ tịch UBND tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lê Thị Thanh Hà, kiêm Chủ tịch Hội LHPN tỉnh; Nguyễn Đăng Quang, kiêm Chủ tịch Hội Nông dân tỉnh; Võ Văn Sơn, kiêm Chủ tịch Hội CCB tỉnh.
Báo cáo tại hội nghị cho biết, từ đầu năm 2025 đến ngày 26/8, toàn tỉnh đã hoàn thành xóa 7.450 căn nhà tạm, nhà dột nát với tổng kinh phí hơn 420 tỷ đồng, trong đó địa bàn tỉnh Quảng Bình (cũ) 3.980 căn, tỉnh Quảng Trị (cũ) 3.470 căn. Mức hỗ trợ từ nguồn vận động là 60 triệu đồng/căn xây mới và 30 triệu đồng/căn sửa chữa. Sau bão số 5, Ủy ban MTTQ Việt Nam tỉnh tiếp nhận 37,6 tỷ đồng, hỗ trợ 2.315 hộ có nhà bị hư hỏng, mỗi hộ từ 3 - 10 triệu đồng.
Hiện tỉnh có 78 xã, phường, đặc khu; Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã hướng dẫn Mặt trận cấp xã sau sắp xếp kiện toàn ban vận động Quỹ “Vì người nghèo” theo Hướng dẫn số 12/HD-MTTW-BTT ngày 25/9/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 08/KH-MTTQ-BTT ngày 2/10/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Ảnh: Đồng chí Trần Thị Minh Châu trao Bằng khen cho các tập thể.
Cũng trong năm 2025, các tổ chức chính trị - xã hội tỉnh đã góp phần quan trọng: Hội LHPN tỉnh vận động 8,7 tỷ đồng xây 126 “Mái ấm tình thương”; Hội Nông dân tỉnh hỗ trợ 2.400 hội viên vay vốn với dư nợ 96 tỷ đồng; Hội CCB tỉnh huy động 2.150 lượt hội viên góp 6.800 ngày công; Tỉnh đoàn tổ chức 14 đợt tình nguyện giúp dân dựng nhà; Công đoàn tỉnh hỗ trợ 215 đoàn viên, người lao động, mỗi người 2 triệu đồng.
Tại hội nghị, ông Hồ Văn Hiếu, Chủ tịch Ủy ban MTTQ Việt Nam xã Dân Hóa, cho biết xã có 212 hộ đồng bào Chứt, Bru - Vân Kiều được làm nhà mới trong năm. Bà Hồ Thị Lan, người Pa Kô ở xã Tà Rụt, xúc động kể về căn nhà 50 m2 được Mặt trận và bộ đội biên phòng giúp dựng sau 20 năm ở nhà tạm. Ông Trần Văn Nam, Giám đốc Công ty CP Gỗ Đồng Hới, ủng hộ 500 triệu đồng và cam kết nhận đỡ đầu 10 học sinh nghèo đến hết bậc phổ thông.
Phát biểu phát động, đồng chí Trần Thị Minh Châu đề nghị các cấp Mặt trận quán triệt Nghị quyết 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng khóa XIII về sắp xếp tổ chức bộ máy; trong Tháng cao điểm từ 17/10 đến 18/11 phấn đấu vận động 25 tỷ đồng, hỗ trợ 3.800 hộ nghèo, hộ cận nghèo, trong đó ưu tiên các xã biên giới như Dân Hóa, Tà Rụt, Lìa. Các tổ chức chính trị - xã hội trực thuộc Mặt trận đăng ký hỗ trợ 120 mô hình sinh kế cho hội viên nghèo.
Ngay tại hội nghị, các cơ quan, doanh nghiệp, nhà hảo tâm đã ủng hộ Quỹ “Vì người nghèo” tỉnh 12,8 tỷ đồng. Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 45 tập thể và 78 cá nhân tiêu biểu trong phong trào xóa nhà tạm, nhà dột nát.
Thanh Hải - Ngọc Trang
Tin khác
- Quảng Trị hoàn thành xóa nhà tạm, nhà dột nát trước thời hạn (27/08/2025)
- Mặt trận tỉnh trao 300 triệu đồng hỗ trợ người dân vùng bão (29/08/2025)
- Ra mắt Ủy ban MTTQ Việt Nam tỉnh Quảng Trị sau hợp nhất (01/07/2025)
- Hội LHPN tỉnh trao 50 “Mái ấm tình thương” cho phụ nữ vùng bão (10/09/2025)
- Quảng Trị: 1.200 đoàn viên ra quân giúp dân khắc phục hậu quả bão số 5 (30/08/2025)
Cơ quan chủ quản: Tỉnh ủy Quảng Trị | Giấy phép số 96/GP-BVHTTDL ngày 22/7/2025
Tổng Biên tập: Hồ Minh Trí | Trụ sở: 01 Trần Hưng Đạo, phường Đồng Hới, tỉnh Quảng Trị
Đường dây nóng: 0233.3852.468 | Email: toasoan@baoquangtri.vn
""",
"2025-10-18",
"Phát động Tháng cao điểm “Vì người nghèo” năm 2025: Tiếp nhận 12,8 tỷ đồng",
E("hoi_nghi", "2025", "2025-10-17"),
[
    P("Trần Thị Minh Châu", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Hoàng Xuân Tân", "Phó Chủ tịch UBND tỉnh"),
    P("Lê Thị Thanh Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
    P("Nguyễn Đăng Quang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
    P("Võ Văn Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội CCB tỉnh"),
    P("Hồ Văn Hiếu", "Chủ tịch Ủy ban MTTQ Việt Nam xã Dân Hóa"),
    P("Hồ Thị Lan"),
    P("Trần Văn Nam", "Giám đốc Công ty CP Gỗ Đồng Hới"),
],
[
    Q("12,8 tỷ đồng", 12800000000, "đồng"),
    Q("7.450 căn nhà tạm, nhà dột nát", 7450, "căn nhà tạm, nhà dột nát"),
    Q("hơn 420 tỷ đồng", 420000000000, "đồng", "over"),
    Q("3.980 căn", 3980, "căn"),
    Q("3.470 căn", 3470, "căn"),
    Q("60 triệu đồng/căn", 60000000, "đồng"),
    Q("30 triệu đồng/căn", 30000000, "đồng"),
    Q("37,6 tỷ đồng", 37600000000, "đồng"),
    Q("2.315 hộ", 2315, "hộ"),
    Q("từ 3 - 10 triệu đồng", 3000000, "đồng"),
    Q("10 triệu đồng", 10000000, "đồng"),
    Q("78 xã, phường, đặc khu", 78, "xã, phường, đặc khu"),
    Q("8,7 tỷ đồng", 8700000000, "đồng"),
    Q("126 “Mái ấm tình thương”", 126, "Mái ấm tình thương"),
    Q("2.400 hội viên", 2400, "hội viên"),
    Q("96 tỷ đồng", 96000000000, "đồng"),
    Q("2.150 lượt hội viên", 2150, "lượt hội viên"),
    Q("6.800 ngày công", 6800, "ngày công"),
    Q("14 đợt tình nguyện", 14, "đợt tình nguyện"),
    Q("215 đoàn viên, người lao động", 215, "đoàn viên, người lao động"),
    Q("2 triệu đồng", 2000000, "đồng"),
    Q("212 hộ đồng bào Chứt, Bru - Vân Kiều", 212, "hộ đồng bào Chứt, Bru - Vân Kiều"),
    Q("50 m2", 50, "m2"),
    Q("500 triệu đồng", 500000000, "đồng"),
    Q("10 học sinh nghèo", 10, "học sinh nghèo"),
    Q("25 tỷ đồng", 25000000000, "đồng"),
    Q("3.800 hộ nghèo, hộ cận nghèo", 3800, "hộ nghèo, hộ cận nghèo"),
    Q("120 mô hình sinh kế", 120, "mô hình sinh kế"),
    Q("45 tập thể", 45, "tập thể"),
    Q("78 cá nhân", 78, "cá nhân"),
],
[
    D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", surface="Nghị quyết 202/2025/QH15 ngày 12/6/2025"),
    D("Hướng dẫn", "12", "HD-MTTW-BTT", "2025-09-25", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", surface="Hướng dẫn số 12/HD-MTTW-BTT ngày 25/9/2025"),
    D("Kế hoạch", "08", "KH-MTTQ-BTT", "2025-10-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", surface="Kế hoạch số 08/KH-MTTQ-BTT ngày 2/10/2025"),
    D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương Đảng", surface="Nghị quyết 60-NQ/TW ngày 12/4/2025"),
],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Dân Hóa"), com("Tà Rụt"), com("Lìa")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG TRỊ", "Trang chủ >> Thời sự >> Mặt trận", "Các đại biểu bấm nút phát động Tháng cao điểm.",
 "Tháng cao điểm vì người nghèo", "Vì người nghèo", "Ảnh: Đồng chí Trần Thị Minh Châu trao Bằng khen cho các tập thể.",
 "Công ty CP Gỗ Đồng Hới", "Mái ấm tình thương"],
["Cập nhật: 08:30, 18/10/2025 (GMT+7)", "Chiều 17/10", "năm 2025", "đến ngày 26/8", "bão số 5", "20 năm",
 "từ 17/10 đến 18/11", "hộ đồng bào"],
))

# ---------------------------------------------------------------- b1033
PAGES.append(page(
"b1033-danang-hlhpn-chandung-2025",
"""
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐÀ NẴNG
Bạn đang ở: Trang chủ / Xã hội / Chân dung
Thứ Bảy, 08/11/2025 - 07:00
Chị Bhling Thị Xuân (bìa trái) hướng dẫn chị em dệt thổ cẩm. Ảnh: A.LĂNG
Người “giữ lửa” chi hội phụ nữ giữa đại ngàn Tây Giang
Gần 10 năm làm Chi hội trưởng Chi hội Phụ nữ thôn Arớch, xã Tây Giang, thành phố Đà Nẵng (trước đây thuộc huyện Tây Giang, tỉnh Quảng Nam), chị Bhling Thị Xuân đã cùng chị em người Cơ Tu giữ nghề dệt, xóa hủ tục và từng bước thoát nghèo.
Thôn Arớch nằm sát biên giới Việt - Lào, cách trung tâm xã hơn 20 km đường đèo. Khi chị Xuân nhận nhiệm vụ năm 2016, chi hội chỉ có 31 hội viên, sinh hoạt không đều; hơn một nửa số hộ trong thôn thuộc diện hộ nghèo. Nay chi hội có 68 hội viên, trong đó 52 chị là người Cơ Tu, tỷ lệ hội viên tham gia sinh hoạt thường xuyên đạt 95%.
Việc đầu tiên chị làm là lập Tổ tiết kiệm với 32 thành viên, mỗi tháng góp 100.000 đồng/người. Đến nay quỹ của tổ có hơn 120 triệu đồng, đã giúp 14 hộ vay không lãi để mua heo giống, trồng sâm và cây dược liệu dưới tán rừng. Năm 2023, từ nguồn vốn Dự án 8 thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, chi hội được hỗ trợ 4 khung dệt và thành lập Tổ dệt thổ cẩm với 18 thành viên, thu nhập của mỗi chị từ 3 đến 4 triệu đồng/tháng.
Bà Zơ Râm Thị Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Tây Giang, Chủ tịch Hội LHPN xã, nhận xét: “Chị Xuân nói ít nhưng làm nhiều. Chị em trong thôn tin chị vì chị luôn đi đầu”. Theo bà Hương, Arớch là thôn đầu tiên của xã không còn tình trạng tảo hôn trong 3 năm liền, cũng là nơi đầu tiên có tổ phụ nữ tự quản đường làng.
Già làng Pơloong Plênh ở thôn Arớch kể, trước đây nhiều gia đình còn giữ tục lệ cúng bái tốn kém khi có người ốm. Chị Xuân cùng chi hội đi từng nhà vận động, đưa người bệnh xuống trạm y tế. Theo Nghị quyết 09-NQ/ĐU của Đảng ủy xã về bảo tồn văn hóa truyền thống Cơ Tu gắn với phát triển du lịch cộng đồng, chi hội còn thành lập đội múa tân tung da dá gồm 16 chị, phục vụ du khách mỗi dịp lễ hội.
Năm 2024, chị Bhling Thị Xuân được Trung ương Hội LHPN Việt Nam tặng Bằng khen vì có thành tích xuất sắc trong phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc”. Sau khi sắp xếp đơn vị hành chính, chị được tín nhiệm bầu làm Ủy viên Ban Chấp hành Hội LHPN xã Tây Giang.
Ông Alăng Văn Bình, Bí thư Đảng ủy xã Tây Giang, cho biết toàn xã hiện có 26 chi hội phụ nữ, trong đó 9 chi hội do chị em người Cơ Tu trẻ làm chi hội trưởng. “Những người như chị Xuân là cầu nối để chủ trương của Đảng, chính sách của Nhà nước đến được với bà con”, ông nói.
Hỏi về dự định, chị Xuân cười hiền: chị mong có thêm vốn để mở rộng tổ dệt lên 30 chị và làm một gian trưng bày sản phẩm bên đường Hồ Chí Minh.
Alăng Ngước
Các tin khác
- Đà Nẵng: Tuyên dương 100 phụ nữ tiêu biểu vùng dân tộc thiểu số (20/10/2025)
- Hội LHPN thành phố ra mắt 15 tổ sinh kế ở các xã miền núi (10/10/2025)
- Phụ nữ Cơ Tu giữ nghề dệt thổ cẩm (28/09/2025)
""",
"2025-11-08",
"Người “giữ lửa” chi hội phụ nữ giữa đại ngàn Tây Giang",
E("khac", None, None),
[
    P("Bhling Thị Xuân", "Chi hội trưởng Chi hội Phụ nữ thôn Arớch", "Ủy viên Ban Chấp hành Hội LHPN xã Tây Giang"),
    P("Zơ Râm Thị Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Tây Giang", "Chủ tịch Hội LHPN xã"),
    P("Pơloong Plênh", "Già làng"),
    P("Alăng Văn Bình", "Bí thư Đảng ủy xã Tây Giang"),
],
[
    Q("hơn 20 km", 20, "km", "over"),
    Q("31 hội viên", 31, "hội viên"),
    Q("68 hội viên", 68, "hội viên"),
    Q("52 chị", 52, "chị"),
    Q("95%", 95, "%"),
    Q("32 thành viên", 32, "thành viên"),
    Q("100.000 đồng/người", 100000, "đồng"),
    Q("hơn 120 triệu đồng", 120000000, "đồng", "over"),
    Q("14 hộ", 14, "hộ"),
    Q("4 khung dệt", 4, "khung dệt"),
    Q("18 thành viên", 18, "thành viên"),
    Q("từ 3 đến 4 triệu đồng/tháng", 3000000, "đồng"),
    Q("4 triệu đồng/tháng", 4000000, "đồng"),
    Q("16 chị", 16, "chị"),
    Q("26 chi hội phụ nữ", 26, "chi hội phụ nữ"),
    Q("9 chi hội", 9, "chi hội"),
    Q("30 chị", 30, "chị"),
],
[
    D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy xã", surface="Nghị quyết 09-NQ/ĐU"),
],
[prov("Đà Nẵng"), prov("Quảng Nam"), com("Tây Giang")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐÀ NẴNG", "Bạn đang ở: Trang chủ / Xã hội / Chân dung",
 "Chị Bhling Thị Xuân (bìa trái) hướng dẫn chị em dệt thổ cẩm. Ảnh: A.LĂNG", "thôn Arớch", "Tổ tiết kiệm", "Dự án 8",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Tổ dệt thổ cẩm",
 "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "tân tung da dá", "đường Hồ Chí Minh",
 "huyện Tây Giang"],
["Thứ Bảy, 08/11/2025 - 07:00", "Gần 10 năm", "năm 2016", "Dự án 8", "Năm 2023", "3 năm liền", "Năm 2024", "vùng đồng bào"],
))

# ---------------------------------------------------------------- b1034
PAGES.append(page(
"b1034-gialai-mttqphuong-doithoai-2025",
"""
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG QUY NHƠN NAM - TỈNH GIA LAI
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ
Tin tức - Sự kiện / Hoạt động Mặt trận
09:15 - 12/12/2025
Người đứng đầu cấp ủy, chính quyền phường đối thoại với Nhân dân
Sáng 11/12, Đảng ủy, UBND, Ủy ban MTTQ Việt Nam phường Quy Nhơn Nam tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2025. Đồng chí Trần Quốc Huy, Bí thư Đảng ủy phường; đồng chí Nguyễn Thị Lệ Thu, Phó Bí thư Đảng ủy, Chủ tịch UBND phường đồng chủ trì. Đồng chí Phan Văn Dũng, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường điều hành hội nghị.
Tham dự có hơn 150 cử tri là đại diện các khu phố, chức sắc tôn giáo, ngư dân, hộ kinh doanh; bà Lê Thị Mỹ, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội LHPN phường và ông Võ Văn Trung, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội CCB phường.
Hội nghị được tổ chức theo Quy định 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân; Nghị định 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết Luật Thực hiện dân chủ ở cơ sở và Kế hoạch số 36-KH/ĐU ngày 20/11/2025 của Ban Thường vụ Đảng ủy phường. Đây là cuộc đối thoại đầu tiên kể từ khi phường Quy Nhơn Nam (tỉnh Gia Lai) được thành lập trên cơ sở sắp xếp các phường cũ của thành phố Quy Nhơn, tỉnh Bình Định (cũ).
Tại hội nghị, 18 ý kiến được nêu trực tiếp. Ông Trần Văn Ba, Tổ trưởng tổ dân phố 12, khu phố 3, phản ánh tuyến mương thoát nước dài 1,2 km thường xuyên ngập sau mưa lớn. Bà Nguyễn Thị Hường, ngư dân khu vực 5, đề nghị sớm hỗ trợ cho 12 hộ có tàu thuyền bị chìm do bão số 13. Ông Lê Văn Cường, Trưởng ban công tác Mặt trận khu phố 7, kiến nghị công khai tiến độ dự án kè chống sạt lở bờ biển có tổng vốn 85 tỷ đồng.
Trả lời các ý kiến, bà Đoàn Thị Kim Hoa, Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường, cho biết tuyến mương sẽ được nạo vét trong quý I năm 2026. Ông Nguyễn Văn Tâm, ĐUV, Phó Chủ tịch UBND phường, cho biết dự án kè đã giải ngân được 62% vốn và sẽ hoàn thành trong năm 2026. Đồng chí Nguyễn Thị Lệ Thu thông tin: sau bão số 13, phường đã hỗ trợ 12 hộ ngư dân có tàu bị chìm, mỗi hộ 10 triệu đồng; hỗ trợ sửa chữa 46 nhà bị tốc mái, mỗi nhà 5 triệu đồng. Ủy ban MTTQ Việt Nam phường đã tiếp nhận 3,2 tỷ đồng từ các tổ chức, cá nhân ủng hộ người dân bị thiệt hại.
Đồng chí Trần Quốc Huy cho biết, trong năm 2025, 27/31 kiến nghị của cử tri đã được giải quyết; 4 kiến nghị còn lại liên quan đến đất đai đang được phối hợp xử lý theo Kết luận 07, 08-KL/ĐU của Ban Thường vụ Đảng ủy phường. Đảng ủy phường cam kết tiếp tục duy trì đối thoại định kỳ 6 tháng một lần.
Kết thúc hội nghị, Ủy ban MTTQ Việt Nam phường trao 50 suất quà, mỗi suất 1 triệu đồng, cho hộ ngư dân khó khăn.
Ban Biên tập
Tin khác
- Phường Quy Nhơn Nam ra mắt 24 tổ dân phố kiểu mẫu (05/12/2025)
- Trao 10 căn nhà Đại đoàn kết cho hộ nghèo (28/11/2025)
- Ủy ban MTTQ phường tiếp nhận ủng hộ khắc phục bão số 13 (15/11/2025)
""",
"2025-12-12",
"Người đứng đầu cấp ủy, chính quyền phường đối thoại với Nhân dân",
E("doi_thoai", "2025", "2025-12-11"),
[
    P("Trần Quốc Huy", "Bí thư Đảng ủy phường"),
    P("Nguyễn Thị Lệ Thu", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
    P("Phan Văn Dũng", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
    P("Lê Thị Mỹ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội LHPN phường"),
    P("Võ Văn Trung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội CCB phường"),
    P("Trần Văn Ba", "Tổ trưởng tổ dân phố 12"),
    P("Nguyễn Thị Hường"),
    P("Lê Văn Cường", "Trưởng ban công tác Mặt trận khu phố 7"),
    P("Đoàn Thị Kim Hoa", "Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường"),
    P("Nguyễn Văn Tâm", "ĐUV", "Phó Chủ tịch UBND phường"),
],
[
    Q("hơn 150 cử tri", 150, "cử tri", "over"),
    Q("18 ý kiến", 18, "ý kiến"),
    Q("1,2 km", 1.2, "km"),
    Q("12 hộ", 12, "hộ"),
    Q("85 tỷ đồng", 85000000000, "đồng"),
    Q("62% vốn", 62, "%"),
    Q("10 triệu đồng", 10000000, "đồng"),
    Q("46 nhà", 46, "nhà"),
    Q("5 triệu đồng", 5000000, "đồng"),
    Q("3,2 tỷ đồng", 3200000000, "đồng"),
    Q("27/31 kiến nghị", 27, "kiến nghị"),
    Q("4 kiến nghị", 4, "kiến nghị"),
    Q("50 suất quà", 50, "suất quà"),
    Q("1 triệu đồng", 1000000, "đồng"),
],
[
    D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", surface="Quy định 11-QĐi/TW ngày 18/2/2019"),
    D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", surface="Nghị định 59/2023/NĐ-CP ngày 14/8/2023"),
    D("Kế hoạch", "36", "KH/ĐU", "2025-11-20", "Ban Thường vụ Đảng ủy phường", surface="Kế hoạch số 36-KH/ĐU ngày 20/11/2025"),
    D("Kết luận", "07", "KL/ĐU", None, "Ban Thường vụ Đảng ủy phường", surface="Kết luận 07, 08-KL/ĐU"),
    D("Kết luận", "08", "KL/ĐU", None, "Ban Thường vụ Đảng ủy phường", surface="Kết luận 07, 08-KL/ĐU"),
],
[prov("Gia Lai"), prov("Bình Định"), com("Quy Nhơn Nam")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG QUY NHƠN NAM - TỈNH GIA LAI", "Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ",
 "Tin tức - Sự kiện / Hoạt động Mặt trận", "Luật Thực hiện dân chủ ở cơ sở", "khu phố 3", "khu vực 5", "thành phố Quy Nhơn",
 "Ban Biên tập"],
["09:15 - 12/12/2025", "Sáng 11/12", "năm 2025", "bão số 13", "quý I năm 2026", "6 tháng một lần", "tổ dân phố 12", "khu phố 7", "năm 2026"],
))

# ---------------------------------------------------------------- b1035
PAGES.append(page(
"b1035-quangngai-mttq-traoqua-2026",
"""
Quảng Ngãi Online
Chủ Nhật, 08/02/2026
Thời sự / Mặt trận - Đoàn thể
06/02/2026 08:05 GMT+7
Trao 1.500 suất quà Tết cho đồng bào xã Măng Đen, Đăk Tô. Ảnh: Thanh Như
Mang 1.500 suất quà Tết đến đồng bào vùng cao Măng Đen, Đăk Tô
Ngày 5/2, Đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi do đồng chí Phạm Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, trao 1.500 suất quà Tết Bính Ngọ cho hộ nghèo, hộ cận nghèo, gia đình chính sách tại các xã Măng Đen, Đăk Tô, thuộc địa bàn tỉnh Kon Tum (cũ).
Cùng đi có các đồng chí: Y Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; A Phiu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh; ông Trần Minh Đức, Giám đốc Sở Dân tộc và Tôn giáo và đại diện Bộ Chỉ huy Bộ đội Biên phòng tỉnh.
Mỗi suất quà trị giá 1 triệu đồng, gồm 500.000 đồng tiền mặt và gạo, dầu ăn, bánh kẹo; tổng trị giá 1,5 tỷ đồng, do Ủy ban MTTQ Việt Nam tỉnh vận động từ các doanh nghiệp, nhà hảo tâm. Dịp này, đoàn cũng bàn giao 6 căn nhà Đại đoàn kết cho hộ nghèo người Xơ Đăng, Ba Na, mỗi căn được hỗ trợ 60 triệu đồng.
Tại xã Măng Đen, ông A Hiếu, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết xã có 1.120 hộ, trong đó 412 hộ là đồng bào dân tộc thiểu số; năm 2025, tỷ lệ hộ nghèo của xã giảm còn 9,8%. Già làng A Thút, làng Kon Chốt, thay mặt bà con cảm ơn sự quan tâm của Đảng, Nhà nước và Mặt trận, hứa vận động con cháu không nghe theo kẻ xấu, giữ rừng, giữ đất. Bà Y Blưm, người Xơ Đăng ở thôn Đăk Lanh, xã Đăk Tô, xúc động khi nhận căn nhà mới rộng 48 m2 sau nhiều năm ở trong căn chòi gỗ.
Ảnh: Đồng chí Phạm Thị Thu Hà trao nhà Đại đoàn kết cho bà Y Blưm.
Theo Kế hoạch số 35/KH-MTTQ-BTT ngày 6/1/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, dịp Tết Bính Ngọ 2026, Mặt trận và các tổ chức chính trị - xã hội các cấp trong tỉnh dự kiến trao hơn 62.000 suất quà, trị giá khoảng 48 tỷ đồng. Thực hiện Chỉ thị của Ban Bí thư về tổ chức Tết Bính Ngọ và Công văn số 215-CV/TU ngày 12/1/2026 của Ban Thường vụ Tỉnh ủy, các cấp Mặt trận bảo đảm “không để hộ nào không có Tết”.
Đồng chí Phạm Thị Thu Hà cho biết, năm 2025 Quỹ “Vì người nghèo” các cấp trong tỉnh (sau hợp nhất) đã tiếp nhận 96,4 tỷ đồng; cùng với chính quyền, Mặt trận đã xóa 9.870 căn nhà tạm, nhà dột nát trên địa bàn. Đồng chí đề nghị Mặt trận cơ sở tiếp tục nắm tình hình đời sống Nhân dân trước, trong và sau Tết, kịp thời báo cáo những hộ còn khó khăn.
Cùng ngày, đoàn đã thăm, chúc Tết Đồn Biên phòng Đăk Long và tặng 20 suất quà cho cán bộ, chiến sĩ.
Thanh Như
Tin cùng chuyên mục
- Hội LHPN tỉnh trao 300 suất quà Tết cho phụ nữ nghèo (03/02/2026)
- Chương trình “Tết Vì người nghèo” năm 2026 (28/01/2026)
- Tỉnh đoàn tổ chức “Xuân biên giới” tại xã Đăk Plô (24/01/2026)
""",
"2026-02-06",
"Mang 1.500 suất quà Tết đến đồng bào vùng cao Măng Đen, Đăk Tô",
E("trao_qua", None, "2026-02-05"),
[
    P("Phạm Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Y Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
    P("A Phiu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
    P("Trần Minh Đức", "Giám đốc Sở Dân tộc và Tôn giáo"),
    P("A Hiếu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
    P("A Thút", "Già làng"),
    P("Y Blưm"),
],
[
    Q("1.500 suất quà Tết", 1500, "suất quà Tết"),
    Q("1 triệu đồng", 1000000, "đồng"),
    Q("500.000 đồng", 500000, "đồng"),
    Q("1,5 tỷ đồng", 1500000000, "đồng"),
    Q("6 căn nhà Đại đoàn kết", 6, "căn nhà Đại đoàn kết"),
    Q("60 triệu đồng", 60000000, "đồng"),
    Q("1.120 hộ", 1120, "hộ"),
    Q("412 hộ", 412, "hộ"),
    Q("9,8%", 9.8, "%"),
    Q("48 m2", 48, "m2"),
    Q("hơn 62.000 suất quà", 62000, "suất quà", "over"),
    Q("khoảng 48 tỷ đồng", 48000000000, "đồng", "approx"),
    Q("96,4 tỷ đồng", 96400000000, "đồng"),
    Q("9.870 căn nhà tạm, nhà dột nát", 9870, "căn nhà tạm, nhà dột nát"),
    Q("20 suất quà", 20, "suất quà"),
],
[
    D("Kế hoạch", "35", "KH-MTTQ-BTT", "2026-01-06", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", surface="Kế hoạch số 35/KH-MTTQ-BTT ngày 6/1/2026"),
    D("Công văn", "215", "CV/TU", "2026-01-12", "Ban Thường vụ Tỉnh ủy", surface="Công văn số 215-CV/TU ngày 12/1/2026"),
],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Măng Đen"), com("Đăk Tô")],
["Quảng Ngãi Online", "Thời sự / Mặt trận - Đoàn thể", "Trao 1.500 suất quà Tết cho đồng bào xã Măng Đen, Đăk Tô. Ảnh: Thanh Như",
 "Ảnh: Đồng chí Phạm Thị Thu Hà trao nhà Đại đoàn kết cho bà Y Blưm.", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "làng Kon Chốt",
 "thôn Đăk Lanh", "Vì người nghèo", "không để hộ nào không có Tết", "Chỉ thị của Ban Bí thư về tổ chức Tết Bính Ngọ",
 "Đồn Biên phòng Đăk Long"],
["Chủ Nhật, 08/02/2026", "06/02/2026 08:05 GMT+7", "Ngày 5/2", "Tết Bính Ngọ 2026", "năm 2025", "Tết Bính Ngọ"],
))

# ---------------------------------------------------------------- b1036
PAGES.append(page(
"b1036-lamdong-hnd-tongket-2025",
"""
BÁO LÂM ĐỒNG
Chính trị | Kinh tế | Xã hội | Nông nghiệp - Nông thôn | Dân tộc - Tôn giáo
You are here: Trang chủ » Nông nghiệp - Nông thôn » Hội Nông dân
09/01/2026 17:20
Hội Nông dân tỉnh Lâm Đồng triển khai nhiệm vụ năm 2026
Ngày 8/1, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên hội nghị tổng kết được tổ chức sau khi hợp nhất Hội Nông dân 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận.
Đồng chí Ka Thị Sơn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh chủ trì hội nghị; dự có đồng chí Phùng Văn Định, Phó Chủ tịch UBND tỉnh và các Phó Chủ tịch Hội Nông dân tỉnh: Điểu Thị Bình, Nguyễn Văn Sang, Bon Jốc K'Đảo.
Năm 2025, các cấp Hội kết nạp 3.460 hội viên mới, nâng tổng số hội viên toàn tỉnh lên hơn 412.000 người. Quỹ Hỗ trợ nông dân toàn tỉnh đạt 186,4 tỷ đồng, đang hỗ trợ 1.065 dự án với 8.730 hộ vay; tỷ lệ nợ quá hạn 0,45%. Có 52.300 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp. Hội phối hợp xây dựng 128 hợp tác xã, tổ hợp tác, hỗ trợ nông dân được cấp chứng nhận sản xuất bền vững cho 1.900 ha cà phê.
Hưởng ứng phong trào xóa nhà tạm, nhà dột nát, Hội Nông dân các cấp đã vận động hội viên góp hơn 15.000 ngày công, cùng chính quyền xóa 1.120 nhà tạm cho hội viên nghèo, mỗi căn xây mới được hỗ trợ 60 triệu đồng. Nông dân tự nguyện hiến 42.000 m2 đất mở rộng đường giao thông nông thôn.
Ảnh: Đồng chí Ka Thị Sơn phát biểu tại hội nghị.
Tại hội nghị, ông Đàng Văn Thám, Chi hội trưởng Chi hội Nông dân thôn Bình Thắng, xã Bắc Bình, chia sẻ mô hình trồng thanh long theo tiêu chuẩn VietGAP của 24 hộ đồng bào Chăm, thu nhập bình quân 350 triệu đồng/ha. Ông Điểu Khiêm, Chủ tịch Hội Nông dân xã Quảng Trực, cho biết sau sắp xếp, xã có 2.860 hội viên, trong đó gần 60% là đồng bào M'nông, Mông, Dao. Bà K'Thị Hương, nông dân xã Lạc Dương, đề nghị hỗ trợ kết nối tiêu thụ rau, hoa cho người K'Ho.
Hội nghị công bố quyết định của Ban Thường vụ Trung ương Hội Nông dân Việt Nam chuẩn y ông Trịnh Văn Khôi, Trưởng ban Tuyên huấn Hội Nông dân tỉnh, giữ chức Ủy viên Ban Thường vụ Hội Nông dân tỉnh.
Phát biểu chỉ đạo, đồng chí Phùng Văn Định đề nghị các cấp Hội triển khai hiệu quả Nghị quyết 57, 68-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, chuyển đổi số và phát triển kinh tế tư nhân, hướng dẫn nông dân ứng dụng công nghệ số trong sản xuất, tiêu thụ nông sản. Năm 2026, Hội phấn đấu nâng Quỹ Hỗ trợ nông dân lên 200 tỷ đồng theo Kế hoạch số 15-KH/HNDT ngày 30/12/2025 của Ban Thường vụ Hội Nông dân tỉnh và Quyết định số 2458/QĐ-UBND ngày 15/9/2025 của UBND tỉnh về bổ sung nguồn vốn ủy thác.
Dịp này, Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 35 tập thể và 56 cá nhân có thành tích xuất sắc năm 2025.
Ngọc Ngà
Các tin đã đưa
- Nông dân Lâm Đồng thu 18.000 tỷ đồng từ cà phê (05/01/2026)
- Hội Nông dân tỉnh giám sát Quỹ Hỗ trợ nông dân tại Đắk Mil (26/12/2025)
- Ra mắt 12 hợp tác xã nông nghiệp công nghệ cao (18/12/2025)
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2025 (10/07/2025)
- Ra mắt Ban Chấp hành Hội Nông dân tỉnh Lâm Đồng sau hợp nhất (02/07/2025)
- Thực hiện Nghị quyết 19-NQ/TW: Nông dân làm giàu từ sầu riêng (15/11/2025)
""",
"2026-01-09",
"Hội Nông dân tỉnh Lâm Đồng triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[
    P("Ka Thị Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
    P("Phùng Văn Định", "Phó Chủ tịch UBND tỉnh"),
    P("Điểu Thị Bình", "Phó Chủ tịch Hội Nông dân tỉnh"),
    P("Nguyễn Văn Sang", "Phó Chủ tịch Hội Nông dân tỉnh"),
    P("Bon Jốc K'Đảo", "Phó Chủ tịch Hội Nông dân tỉnh"),
    P("Đàng Văn Thám", "Chi hội trưởng Chi hội Nông dân thôn Bình Thắng"),
    P("Điểu Khiêm", "Chủ tịch Hội Nông dân xã Quảng Trực"),
    P("K'Thị Hương"),
    P("Trịnh Văn Khôi", "Trưởng ban Tuyên huấn Hội Nông dân tỉnh", "Ủy viên Ban Thường vụ Hội Nông dân tỉnh"),
],
[
    Q("3 tỉnh", 3, "tỉnh"),
    Q("3.460 hội viên mới", 3460, "hội viên mới"),
    Q("hơn 412.000 người", 412000, "người", "over"),
    Q("186,4 tỷ đồng", 186400000000, "đồng"),
    Q("1.065 dự án", 1065, "dự án"),
    Q("8.730 hộ vay", 8730, "hộ vay"),
    Q("0,45%", 0.45, "%"),
    Q("52.300 hộ", 52300, "hộ"),
    Q("128 hợp tác xã, tổ hợp tác", 128, "hợp tác xã, tổ hợp tác"),
    Q("1.900 ha", 1900, "ha"),
    Q("hơn 15.000 ngày công", 15000, "ngày công", "over"),
    Q("1.120 nhà tạm", 1120, "nhà tạm"),
    Q("60 triệu đồng", 60000000, "đồng"),
    Q("42.000 m2", 42000, "m2"),
    Q("24 hộ đồng bào Chăm", 24, "hộ đồng bào Chăm"),
    Q("350 triệu đồng/ha", 350000000, "đồng"),
    Q("2.860 hội viên", 2860, "hội viên"),
    Q("gần 60%", 60, "%", "approx"),
    Q("200 tỷ đồng", 200000000000, "đồng"),
    Q("35 tập thể", 35, "tập thể"),
    Q("56 cá nhân", 56, "cá nhân"),
],
[
    D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", surface="Nghị quyết 57, 68-NQ/TW"),
    D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", surface="Nghị quyết 57, 68-NQ/TW"),
    D("Kế hoạch", "15", "KH/HNDT", "2025-12-30", "Ban Thường vụ Hội Nông dân tỉnh", surface="Kế hoạch số 15-KH/HNDT ngày 30/12/2025"),
    D("Quyết định", "2458", "QĐ-UBND", "2025-09-15", "UBND tỉnh", surface="Quyết định số 2458/QĐ-UBND ngày 15/9/2025"),
],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Bắc Bình"), com("Quảng Trực"), com("Lạc Dương")],
["BÁO LÂM ĐỒNG", "Chính trị | Kinh tế | Xã hội | Nông nghiệp - Nông thôn | Dân tộc - Tôn giáo",
 "You are here: Trang chủ » Nông nghiệp - Nông thôn » Hội Nông dân", "Quỹ Hỗ trợ nông dân", "Ảnh: Đồng chí Ka Thị Sơn phát biểu tại hội nghị.",
 "VietGAP", "thôn Bình Thắng"],
["09/01/2026 17:20", "Ngày 8/1", "năm 2025", "năm 2026", "Năm 2026", "hộ đồng bào"],
))
