from lib import *
PAGES = []

# b75 An Giang (merged) 2026 HND sơ kết 6 tháng
t = """HỘI NÔNG DÂN TỈNH AN GIANG
Trang chủ » Tin tức » Phong trào nông dân
Thứ Ba, 14/7/2026 - 10:35

Hội Nông dân tỉnh An Giang sơ kết 6 tháng đầu năm 2026

Ngày 13/7, tại phường Rạch Giá, Hội Nông dân tỉnh An Giang tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm 2026. Dự hội nghị có ông Lê Trung Hồ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh; bà Nguyễn Thị Minh Thúy, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.

Báo cáo do ông Danh Sóc, Phó Chủ tịch Hội Nông dân tỉnh trình bày cho biết, 6 tháng qua các cấp Hội đã kết nạp mới 3.975 hội viên; toàn tỉnh hiện có 402.118 hội viên sinh hoạt tại 102 cơ sở Hội xã, phường, đặc khu. Các cấp Hội tích cực tham gia Đề án phát triển bền vững 1 triệu héc-ta chuyên canh lúa chất lượng cao, phát thải thấp theo Quyết định số 1490/QĐ-TTg ngày 27/11/2023 của Thủ tướng Chính phủ, vận động 12.460 hộ áp dụng quy trình "1 phải, 5 giảm" trên diện tích khoảng 58.000 ha.

Nguồn Quỹ Hỗ trợ nông dân các cấp đạt 1 tỷ 850 triệu đồng tăng thêm trong 6 tháng, nâng tổng nguồn quỹ lên 96,2 tỷ đồng với 4.816 hộ vay. Hội phối hợp với Ngân hàng Chính sách xã hội cho vay ủy thác dư nợ trên 2.100 tỷ đồng. Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, các cấp Hội đã hướng dẫn 18.300 hội viên cài đặt, sử dụng ứng dụng VNeID và sàn thương mại điện tử.

Tại hội nghị, ông Thạch Sa Rết, Chủ tịch Hội Nông dân xã Vĩnh Hậu chia sẻ mô hình "Tổ hợp tác nuôi tôm càng xanh trong ruộng lúa" với 19 thành viên, lợi nhuận bình quân 120 triệu đồng/ha. Bà Trần Thị Kim Loan, hội viên ấp Phú Hòa, xã Phú Tân đề nghị Hội hỗ trợ kết nối tiêu thụ lúa cho nông dân khi giá xuống thấp.

Phát biểu chỉ đạo, bà Nguyễn Thị Minh Thúy đề nghị các cấp Hội tiếp tục quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; tuyên truyền, vận động nông dân chủ động ứng phó hạn mặn, sạt lở bờ sông. Ông Lê Trung Hồ yêu cầu 6 tháng cuối năm tập trung xây dựng 50 mô hình kinh tế tập thể mới.

Ảnh: Quang cảnh hội nghị sơ kết.
Ảnh: Ông Lê Trung Hồ phát biểu kết luận. (Ảnh: Thanh Tiến)

Thanh Tiến
Lượt xem: 318

Tin liên quan
- An Giang: 200 nông dân dự hội thảo lúa phát thải thấp (05/7/2026)
- Hội Nông dân tỉnh đối thoại với 150 hội viên tại đặc khu Phú Quốc (20/6/2026)
"""
lab = L("2026-07-14", "Hội Nông dân tỉnh An Giang sơ kết 6 tháng đầu năm 2026", "so_ket", "2026-H1", "2026-07-13",
 [P("Lê Trung Hồ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
  P("Nguyễn Thị Minh Thúy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
  P("Danh Sóc", "Phó Chủ tịch Hội Nông dân tỉnh"),
  P("Thạch Sa Rết", "Chủ tịch Hội Nông dân xã Vĩnh Hậu"),
  P("Trần Thị Kim Loan", "hội viên ấp Phú Hòa")],
 [Q(3975, "hội viên"), Q(402118, "hội viên"), Q(102, "cơ sở Hội"), Q(12460, "hộ"), Q(58000, "ha", "approx"),
  Q(1850000000, "đồng"), Q(96200000000, "đồng"), Q(4816, "hộ vay"), Q(2100000000000, "đồng", "over"), Q(18300, "hội viên"),
  Q(19, "thành viên"), Q(120000000, "đồng"), Q(50, "mô hình kinh tế tập thể")],
 [D("Quyết định", "1490", "QĐ-TTg", "2023-11-27", "Thủ tướng Chính phủ"),
  D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị")],
 [PL("An Giang"), PL("Rạch Giá", "commune"), PL("Vĩnh Hậu", "commune"), PL("Phú Tân", "commune")],
 ["HỘI NÔNG DÂN TỈNH AN GIANG", "Lượt xem", "Quỹ Hỗ trợ nông dân", "Tổ hợp tác nuôi tôm càng xanh trong ruộng lúa", "VNeID",
  "Quang cảnh hội nghị sơ kết"],
 ["1 triệu héc-ta", "1 phải, 5 giảm", "lần thứ XIV", "lần thứ I", "2025 - 2030", "6 tháng"])
PAGES.append(("b75-angiang-hnd-soket-2026", t, lab))

# b76 Phú Thọ (merged) 2026 đối thoại Bí thư Đảng ủy xã
t = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ TAM DƯƠNG - TỈNH PHÚ THỌ
Trang chủ > Tin tức - Sự kiện > Tin hoạt động
Ngày 26/03/2026

Bí thư Đảng ủy xã đối thoại trực tiếp với Nhân dân

Sáng ngày 25/3/2026, tại Hội trường Trung tâm chính trị xã Tam Dương (tỉnh Phú Thọ), Đảng ủy - HĐND - UBND - Ủy ban MTTQ Việt Nam xã tổ chức hội nghị người đứng đầu cấp ủy, chính quyền đối thoại trực tiếp với Nhân dân. Ông Nguyễn Hồng Quang, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì; cùng chủ trì có ông Lưu Văn Thắng, Phó Bí thư Đảng ủy, Chủ tịch UBND xã và bà Hà Thị Oanh, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã.

Hội nghị được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân, và Kế hoạch số 27-KH/ĐU ngày 02/3/2026 của Đảng ủy xã. Tham dự có 245 đại biểu là trưởng thôn, bí thư chi bộ, người có uy tín và đại diện các hộ dân của 38 thôn, tổ dân phố.

Mở đầu hội nghị, ông Lưu Văn Thắng thông tin: sau 9 tháng vận hành mô hình chính quyền địa phương 2 cấp, xã đã tiếp nhận 6.742 hồ sơ thủ tục hành chính, giải quyết đúng hạn 98,9%; thu ngân sách quý I/2026 đạt 41,3 tỷ đồng. Xã đang triển khai 7 dự án hạ tầng với tổng mức đầu tư khoảng 215 tỷ đồng, trong đó có dự án mở rộng đường tỉnh 309.

Tại hội nghị, 17 lượt ý kiến được nêu. Ông Đỗ Văn Khải, người dân thôn Đồng Bùa, phản ánh việc bồi thường giải phóng mặt bằng dự án đường 309 còn chậm, 26 hộ chưa nhận được tiền. Bà Lê Thị Nụ, Chi hội trưởng Chi hội Phụ nữ thôn Hợp Lễ, đề nghị xã bố trí điểm trông giữ trẻ sau khi sáp nhập hai điểm trường mầm non. Anh Trần Quốc Việt, Bí thư Chi đoàn thôn Vĩnh Thịnh, kiến nghị cấp có thẩm quyền xử lý tình trạng xe chở vật liệu làm hư hỏng đường liên thôn.

Trả lời kiến nghị, Chủ tịch UBND xã Lưu Văn Thắng cam kết chi trả xong tiền bồi thường cho các hộ trước ngày 30/4; giao các thôn rà soát để bố trí 2 nhóm trẻ độc lập. Kết luận hội nghị, ông Nguyễn Hồng Quang yêu cầu cán bộ, đảng viên thực hiện nghiêm phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", tiếp tục thực hiện Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về sắp xếp tổ chức bộ máy và đơn vị sự nghiệp công lập. Bí thư Đảng ủy xã cũng đề nghị Nhân dân tích cực tham gia phong trào "Bình dân học vụ số".

Ảnh: Ông Nguyễn Hồng Quang phát biểu kết luận hội nghị đối thoại.
Ảnh: Người dân nêu ý kiến tại hội nghị.

Văn phòng HĐND - UBND xã
Số lượt xem: 1.157

Tin liên quan
- Xã Tam Dương tổ chức Lễ ra quân Tháng Thanh niên năm 2026 (10/3/2026)
- Hội nghị tổng kết công tác Mặt trận xã năm 2025 (29/12/2025)
- Tam Dương: Trao 20 suất quà cho hộ nghèo dịp Tết Bính Ngọ (05/02/2026)
"""
lab = L("2026-03-26", "Bí thư Đảng ủy xã đối thoại trực tiếp với Nhân dân", "doi_thoai", None, "2026-03-25",
 [P("Nguyễn Hồng Quang", "Bí thư Đảng ủy", "Chủ tịch HĐND xã", "Bí thư Đảng ủy xã"),
  P("Lưu Văn Thắng", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
  P("Hà Thị Oanh", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
  P("Đỗ Văn Khải", "người dân thôn Đồng Bùa"),
  P("Lê Thị Nụ", "Chi hội trưởng Chi hội Phụ nữ thôn Hợp Lễ"),
  P("Trần Quốc Việt", "Bí thư Chi đoàn thôn Vĩnh Thịnh")],
 [Q(245, "đại biểu"), Q(38, "thôn, tổ dân phố"), Q(6742, "hồ sơ thủ tục hành chính"), Q(98.9, "%"), Q(41300000000, "đồng"),
  Q(7, "dự án hạ tầng"), Q(215000000000, "đồng", "approx"), Q(17, "lượt ý kiến"), Q(26, "hộ"), Q(2, "nhóm trẻ độc lập")],
 [D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị"),
  D("Kế hoạch", "27", "KH/ĐU", "2026-03-02", "Đảng ủy xã"),
  D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương Đảng khóa XII"),
  D("Nghị quyết", "19", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương Đảng khóa XII")],
 [PL("Phú Thọ"), PL("Tam Dương", "commune")],
 ["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TAM DƯƠNG - TỈNH PHÚ THỌ", "Số lượt xem", "Bình dân học vụ số",
  "Trung tâm chính trị xã Tam Dương", "Người dân nêu ý kiến tại hội nghị"],
 ["9 tháng", "2 cấp", "đường tỉnh 309", "đường 309", "quý I/2026", "ngày 30/4"])
PAGES.append(("b76-phutho-xa-doithoai-2026", t, lab))
