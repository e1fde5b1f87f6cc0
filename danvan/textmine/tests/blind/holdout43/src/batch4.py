"""holdout43 batch 4: b1007-b1012 (page text and labels side by side)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b1007
PAGES.append(page(
"b1007-dienbien-bdv-soket-2024",
"""
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Trang chủ / Chính trị / Xây dựng Đảng
12/07/2024 - 16:10
Đồng chí Quàng Thị Pâng phát biểu kết luận hội nghị.
Huy động hơn 7.400 ngày công giúp hộ nghèo xóa nhà tạm
(ĐBP) - Sáng 11/7, Ban Dân vận Tỉnh ủy Điện Biên tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai phương hướng, nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Quàng Thị Pâng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh chủ trì hội nghị. Cùng chủ trì có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lường Văn Ún, Thào A Chứ, Nguyễn Thị Thu Hằng.
Sáu tháng đầu năm, khối dân vận các cấp tập trung tuyên truyền, vận động nhân dân tham gia các hoạt động kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024). Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 238-KH/TU ngày 15/3/2024 thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc; ban hành Kết luận số 112, 113-KL/TU về công tác dân vận trong thực hiện các dự án thủy điện và trong vận động đồng bào tái định cư; chỉ đạo sơ kết 3 năm thực hiện Nghị quyết chuyên đề số 12-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về xóa nhà tạm, nhà dột nát.
Thực hiện Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025, Mặt trận và các đoàn thể đã huy động hơn 7.400 ngày công, hỗ trợ làm mới, sửa chữa 1.215 căn nhà cho hộ nghèo với tổng kinh phí 61,5 tỷ đồng. Các cơ quan nhà nước tiếp 856 lượt công dân, tổ chức 47 cuộc đối thoại; 30 vụ việc phức tạp được giải quyết dứt điểm ngay tại cơ sở. Toàn tỉnh có 1.136 người có uy tín, trong đó 98 người được biểu dương tại hội nghị cấp tỉnh.
Tại hội nghị, đồng chí Cà Văn Hặc, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy Mường Nhé, cho biết huyện đã vận động 214 hộ đồng bào Mông, Hà Nhì ở xã Sín Thầu, Chung Chải từ bỏ việc phát nương làm rẫy trong rừng phòng hộ. Đồng chí Mùa A Sùng, Bí thư Đảng ủy xã Sín Thầu, kiến nghị tỉnh sớm đầu tư đường đến các bản giáp biên. Ông Lò Văn Sắn, người có uy tín bản Na Sang 2, xã Núa Ngam, huyện Điện Biên, chia sẻ kinh nghiệm hòa giải mâu thuẫn đất sản xuất giữa các dòng họ. Đại tá Trần Văn Hiền, Phó Chỉ huy trưởng, Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh, thông tin về mô hình "Dân vận khéo" của lực lượng vũ trang với 12 đội công tác thường xuyên bám bản.
Phát biểu kết luận, đồng chí Quàng Thị Pâng đề nghị 6 tháng cuối năm, khối dân vận tập trung triển khai Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, trong đó chú trọng lấy ý kiến nhân dân đóng góp vào dự thảo văn kiện; quán triệt Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới; hoàn thành chỉ tiêu xóa 100% nhà tạm cho hộ nghèo trước 30/9/2024.
Nhân dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 07 tập thể, 15 cá nhân có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" 6 tháng đầu năm 2024.
Phạm Quang
Tin liên quan
- Mường Chà: Gặp mặt người có uy tín năm 2024
- Tuần Giáo ra mắt 12 mô hình "Dân vận khéo"
- Hội nghị giao ban công tác dân vận quý I năm 2024
- Nậm Pồ vận động đồng bào không di cư tự do
""",
"2024-07-12",
"Huy động hơn 7.400 ngày công giúp hộ nghèo xóa nhà tạm",
E("so_ket", "2024-H1", "2024-07-11"),
[
    P("Quàng Thị Pâng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh"),
    P("Lường Văn Ún", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Thào A Chứ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Nguyễn Thị Thu Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Cà Văn Hặc", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy Mường Nhé"),
    P("Mùa A Sùng", "Bí thư Đảng ủy xã Sín Thầu"),
    P("Lò Văn Sắn", "người có uy tín bản Na Sang 2"),
    P("Trần Văn Hiền", "Đại tá", "Phó Chỉ huy trưởng", "Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh"),
],
[
    Q("hơn 7.400 ngày công", 7400, "ngày công", "over"),
    Q("1.215 căn nhà", 1215, "căn nhà"),
    Q("61,5 tỷ đồng", 61500000000, "đồng"),
    Q("856 lượt công dân", 856, "lượt công dân"),
    Q("47 cuộc đối thoại", 47, "cuộc đối thoại"),
    Q("30 vụ việc", 30, "vụ việc"),
    Q("1.136 người có uy tín", 1136, "người có uy tín"),
    Q("98 người", 98, "người"),
    Q("214 hộ đồng bào Mông, Hà Nhì", 214, "hộ đồng bào Mông, Hà Nhì"),
    Q("12 đội công tác", 12, "đội công tác"),
    Q("100% nhà tạm", 100, "%"),
    Q("07 tập thể", 7, "tập thể"),
    Q("15 cá nhân", 15, "cá nhân"),
],
[
    D("Kế hoạch", "238", "KH/TU", "2024-03-15", "Ban Thường vụ Tỉnh ủy", surface="Kế hoạch số 238-KH/TU ngày 15/3/2024"),
    D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương Đảng", surface="Nghị quyết số 43-NQ/TW ngày 24/11/2023"),
    D("Kết luận", "112", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kết luận số 112, 113-KL/TU"),
    D("Kết luận", "113", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kết luận số 112, 113-KL/TU"),
    D("Nghị quyết", "12", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", surface="Nghị quyết chuyên đề số 12-NQ/TU"),
    D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", surface="Quyết định số 90/QĐ-TTg ngày 18/01/2022"),
    D("Chỉ thị", "35", "CT/TW", "2024-06-14", "Bộ Chính trị", surface="Chỉ thị số 35-CT/TW ngày 14/6/2024"),
    D("Quy định", "144", "QĐ/TW", "2024-05-09", "Bộ Chính trị", surface="Quy định số 144-QĐ/TW ngày 09/5/2024"),
],
[prov("Điện Biên"), com("Sín Thầu"), com("Chung Chải"), com("Núa Ngam")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Trang chủ / Chính trị / Xây dựng Đảng", "Đồng chí Quàng Thị Pâng phát biểu kết luận hội nghị.",
 "(ĐBP)", "Chiến thắng Điện Biên Phủ", "Dân vận khéo", "bản Na Sang 2",
 "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025"],
["12/07/2024 - 16:10", "6 tháng cuối năm 2024", "70 năm", "7/5/1954 - 7/5/2024", "khóa XIII", "3 năm", "Na Sang 2",
 "lần thứ XIV", "trước 30/9/2024", "6 tháng đầu năm 2024"],
))

# ---------------------------------------------------------------- b1008
PAGES.append(page(
"b1008-camau-khanhbinhtaybac-baocao-2024",
"""
CỔNG THÔNG TIN ĐIỆN TỬ XÃ KHÁNH BÌNH TÂY BẮC
Huyện Trần Văn Thời - Tỉnh Cà Mau
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ
Số lượt truy cập: 2.345.678
Kết quả công tác dân vận năm 2024 của xã Khánh Bình Tây Bắc
Ngày đăng: 12/12/2024 | Người đăng: Quản trị viên | Lượt xem: 96
Ngày 10/12/2024, Đảng ủy xã Khánh Bình Tây Bắc ban hành Báo cáo số 85-BC/ĐU về kết quả thực hiện công tác dân vận năm 2024, phương hướng, nhiệm vụ năm 2025. Theo báo cáo, năm qua khối dân vận xã dưới sự chỉ đạo trực tiếp của đồng chí Danh Út, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã, đã hoàn thành tốt các chỉ tiêu được giao.
Thực hiện Kế hoạch số 156-KH/HU của Ban Thường vụ Huyện ủy Trần Văn Thời về triển khai Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương và Quyết định số 23-QĐ/TW của Bộ Chính trị, Đảng ủy xã đã ban hành Kế hoạch số 24-KH/ĐU và Nghị quyết số 08-NQ/ĐU về nâng cao hiệu quả công tác dân vận của chính quyền. UBND xã thực hiện tốt Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở; tổ chức 4 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân ở 9 ấp.
Các tổ chức chính trị - xã hội vận động xây dựng 12 căn nhà Đại đoàn kết với tổng trị giá 720 triệu đồng, trong đó có 5 căn cho hộ đồng bào Khmer; trao 1.350 phần quà cho hộ nghèo, hộ cận nghèo nhân dịp Tết Chôl Chnăm Thmây và Tết Nguyên đán. Nhân dân đóng góp 1,85 tỷ đồng và hơn 2.600 ngày công làm 4,2 km lộ bê tông nông thôn. Tổ hòa giải các ấp đã hòa giải thành 17/19 vụ việc. Tỷ lệ hộ nghèo của xã giảm còn 2,14%, hộ cận nghèo còn 3,86%.
Phong trào thi đua "Dân vận khéo" được duy trì với 8 mô hình, tiêu biểu là mô hình "Ấp không có ma túy" ở ấp Kinh Hòn và mô hình "Chung tay giúp học sinh Khmer đến trường" do bà Thạch Thị Sen, Chủ tịch Hội LHPN xã, làm chủ nhiệm. Ông Danh Sên, Achar chùa Kinh Hòn, đã cùng Ban Quản trị chùa vận động bà con Khmer đóng góp 150 triệu đồng sửa chữa điểm trường ấp Đá Bạc B.
Năm 2024, Đảng ủy xã đã tổ chức lấy ý kiến nhân dân góp ý vào dự thảo văn kiện Đại hội Đảng bộ xã lần thứ XIII với 312 lượt ý kiến. Công tác tiếp công dân được duy trì; xã tiếp 64 lượt công dân, nhận 21 đơn, đã giải quyết xong 19 đơn, đạt 90,5%.
Báo cáo cũng chỉ ra hạn chế: hoạt động của một số tổ dân vận ấp còn hình thức; việc nắm tình hình ở ấp có đông đồng bào Khmer có lúc chưa kịp thời. Năm 2025, Đảng ủy xã phấn đấu 100% ấp có mô hình "Dân vận khéo"; tiếp tục thực hiện Quy chế số 03-QC/ĐU về công tác dân vận của hệ thống chính trị xã.
Văn phòng Đảng ủy xã Khánh Bình Tây Bắc
Tin khác
- Hội Nông dân xã tổng kết năm 2024 (10/12/2024)
- Xã Khánh Bình Tây Bắc ra quân vệ sinh môi trường (02/12/2024)
- Đại hội Chi hội Phụ nữ ấp Kinh Hòn (25/11/2024)
- Tiếp xúc cử tri trước kỳ họp HĐND huyện (18/11/2024)
""",
"2024-12-12",
"Kết quả công tác dân vận năm 2024 của xã Khánh Bình Tây Bắc",
E("bao_cao", "2024", "2024-12-10"),
[
    P("Danh Út", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
    P("Thạch Thị Sen", "Chủ tịch Hội LHPN xã", "chủ nhiệm"),
    P("Danh Sên", "Achar chùa Kinh Hòn"),
],
[
    Q("4 hội nghị đối thoại", 4, "hội nghị đối thoại"),
    Q("9 ấp", 9, "ấp"),
    Q("12 căn nhà Đại đoàn kết", 12, "căn nhà Đại đoàn kết"),
    Q("720 triệu đồng", 720000000, "đồng"),
    Q("5 căn", 5, "căn"),
    Q("1.350 phần quà", 1350, "phần quà"),
    Q("1,85 tỷ đồng", 1850000000, "đồng"),
    Q("hơn 2.600 ngày công", 2600, "ngày công", "over"),
    Q("4,2 km", 4.2, "km"),
    Q("17/19 vụ việc", 17, "vụ việc"),
    Q("2,14%", 2.14, "%"),
    Q("3,86%", 3.86, "%"),
    Q("8 mô hình", 8, "mô hình"),
    Q("150 triệu đồng", 150000000, "đồng"),
    Q("312 lượt ý kiến", 312, "lượt ý kiến"),
    Q("64 lượt công dân", 64, "lượt công dân"),
    Q("21 đơn", 21, "đơn"),
    Q("19 đơn", 19, "đơn"),
    Q("90,5%", 90.5, "%"),
    Q("100% ấp", 100, "%"),
],
[
    D("Báo cáo", "85", "BC/ĐU", "2024-12-10", "Đảng ủy xã Khánh Bình Tây Bắc", surface="Báo cáo số 85-BC/ĐU"),
    D("Kế hoạch", "156", "KH/HU", None, "Ban Thường vụ Huyện ủy Trần Văn Thời", surface="Kế hoạch số 156-KH/HU"),
    D("Nghị quyết", "43", "NQ/TW", None, "Ban Chấp hành Trung ương", surface="Nghị quyết số 43-NQ/TW"),
    D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định số 23-QĐ/TW"),
    D("Kế hoạch", "24", "KH/ĐU", None, "Đảng ủy xã", surface="Kế hoạch số 24-KH/ĐU"),
    D("Nghị quyết", "08", "NQ/ĐU", None, "Đảng ủy xã", surface="Nghị quyết số 08-NQ/ĐU"),
    D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", surface="Nghị định số 59/2023/NĐ-CP ngày 14/8/2023"),
    D("Quy chế", "03", "QC/ĐU", None, None, surface="Quy chế số 03-QC/ĐU"),
],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ KHÁNH BÌNH TÂY BẮC", "Huyện Trần Văn Thời - Tỉnh Cà Mau",
 "Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ", "Người đăng: Quản trị viên", "Trần Văn Thời",
 "Dân vận khéo", "Ấp không có ma túy", "Chung tay giúp học sinh Khmer đến trường", "ấp Kinh Hòn", "ấp Đá Bạc B",
 "Văn phòng Đảng ủy xã Khánh Bình Tây Bắc", "Luật Thực hiện dân chủ ở cơ sở", "Tết Chôl Chnăm Thmây"],
["Số lượt truy cập: 2.345.678", "Lượt xem: 96", "năm 2025", "lần thứ XIII", "Năm 2025"],
))

# ---------------------------------------------------------------- b1009
PAGES.append(page(
"b1009-tuyenquang-btgdv-giaoban-q3-2025",
"""
BÁO TUYÊN QUANG
Thứ Sáu, 10/10/2025 09:30
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa
Giao ban công tác tuyên giáo và dân vận quý III
Đồng chí Lục Thị Hoa phát biểu tại hội nghị. Ảnh: Thanh Phúc
(BTQ) - Ngày 9/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý III, triển khai nhiệm vụ quý IV năm 2025. Hội nghị được kết nối trực tuyến đến 124 điểm cầu các xã, phường trong tỉnh.
Chủ trì hội nghị có đồng chí Lục Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Ma Thế Hùng, Triệu Thị Mây, Sùng Thị Dua. Dự hội nghị có đồng chí Đặng Văn Phúc, Tỉnh ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh.
Quý III là quý đầu tiên tỉnh Tuyên Quang mới (hợp nhất từ tỉnh Tuyên Quang và tỉnh Hà Giang) vận hành theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh và Nghị quyết số 1684/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã của tỉnh Tuyên Quang năm 2025. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 06, 07-KH/TU tuyên truyền Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2025 - 2030 và triển khai Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; tổ chức học tập, quán triệt các Nghị quyết 57, 59, 66, 68-NQ/TW của Bộ Chính trị cho hơn 42.000 cán bộ, đảng viên.
Về công tác dân vận, Ban ban hành Hướng dẫn số 03-HD/BTGDVTU về tổ chức hoạt động của khối dân vận ở xã, phường sau sắp xếp và Công văn số 112-CV/BTGDVTU về nắm tình hình tư tưởng nhân dân các xã biên giới thuộc tỉnh Hà Giang (cũ). Các cấp đã vận động nhân dân hoàn thành xóa 2.480 căn nhà tạm, nhà dột nát, đạt 100% kế hoạch; tiếp nhận hơn 3,6 tỷ đồng ủng hộ đồng bào bị thiệt hại do bão số 10 và mưa lũ cuối tháng 9. Toàn tỉnh có 1.875 mô hình "Dân vận khéo" được duy trì sau sắp xếp.
Tại hội nghị, đồng chí Nguyễn Thị Thanh Hương, Bí thư Đảng ủy phường Hà Giang 1, cho biết phường mới có 27 tổ dân phố, việc kiện toàn các tổ dân vận đã hoàn thành. Đồng chí Sùng Mí Sính, Phó Bí thư Đảng ủy, Trưởng Ban Xây dựng Đảng xã Mậu Duệ, đề nghị tỉnh hỗ trợ tài liệu tuyên truyền song ngữ Mông - Việt. Đồng chí Hoàng Thị Ngân, Phó Trưởng Ban Xây dựng Đảng Đảng ủy xã Lâm Bình, nêu khó khăn khi một cán bộ phải phụ trách cả tuyên giáo, dân vận và tổ chức.
Phát biểu kết luận, Trưởng ban Lục Thị Hoa yêu cầu quý IV tập trung tuyên truyền kết quả đại hội đảng bộ các cấp; làm tốt công tác nắm bắt dư luận xã hội trước, trong và sau sắp xếp; triển khai Kế hoạch số 15-KH/BTGDVTU về phong trào thi đua "Dân vận khéo" giai đoạn 2025 - 2030; chuẩn bị tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở tất cả các khu dân cư.
Thanh Phúc
Tin liên quan
- Tuyên Quang: 124 xã, phường hoàn thành đại hội đảng bộ
- Hướng dẫn nghiệp vụ công tác dân vận cho cán bộ cấp xã
- Lâm Bình vận động nhân dân hiến đất làm đường
- Ban Tuyên giáo và Dân vận Tỉnh ủy sơ kết 6 tháng đầu năm 2025
""",
"2025-10-10",
"Giao ban công tác tuyên giáo và dân vận quý III",
E("giao_ban", "2025-Q3", "2025-10-09"),
[
    P("Lục Thị Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Trưởng ban"),
    P("Ma Thế Hùng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Triệu Thị Mây", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Sùng Thị Dua", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Đặng Văn Phúc", "Tỉnh ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
    P("Nguyễn Thị Thanh Hương", "Bí thư Đảng ủy phường Hà Giang 1"),
    P("Sùng Mí Sính", "Phó Bí thư Đảng ủy", "Trưởng Ban Xây dựng Đảng xã Mậu Duệ"),
    P("Hoàng Thị Ngân", "Phó Trưởng Ban Xây dựng Đảng Đảng ủy xã Lâm Bình"),
],
[
    Q("124 điểm cầu", 124, "điểm cầu"),
    Q("hơn 42.000 cán bộ, đảng viên", 42000, "cán bộ, đảng viên", "over"),
    Q("2.480 căn nhà tạm, nhà dột nát", 2480, "căn nhà tạm, nhà dột nát"),
    Q("100% kế hoạch", 100, "%"),
    Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"),
    Q("1.875 mô hình", 1875, "mô hình"),
    Q("27 tổ dân phố", 27, "tổ dân phố"),
],
[
    D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", surface="Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
    D("Nghị quyết", "1684", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", surface="Nghị quyết số 1684/NQ-UBTVQH15 ngày 16/6/2025"),
    D("Kế hoạch", "06", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kế hoạch số 06, 07-KH/TU"),
    D("Kế hoạch", "07", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kế hoạch số 06, 07-KH/TU"),
    D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", surface="Chỉ thị số 45-CT/TW ngày 14/4/2025"),
    D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", surface="Nghị quyết 57, 59, 66, 68-NQ/TW"),
    D("Nghị quyết", "59", "NQ/TW", None, "Bộ Chính trị", surface="Nghị quyết 57, 59, 66, 68-NQ/TW"),
    D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", surface="Nghị quyết 57, 59, 66, 68-NQ/TW"),
    D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", surface="Nghị quyết 57, 59, 66, 68-NQ/TW"),
    D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Hướng dẫn số 03-HD/BTGDVTU"),
    D("Công văn", "112", "CV/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Công văn số 112-CV/BTGDVTU"),
    D("Kế hoạch", "15", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Kế hoạch số 15-KH/BTGDVTU"),
],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Hà Giang 1"), com("Mậu Duệ"), com("Lâm Bình")],
["BÁO TUYÊN QUANG", "Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa", "Đồng chí Lục Thị Hoa phát biểu tại hội nghị. Ảnh: Thanh Phúc",
 "(BTQ)", "Dân vận khéo", "Ngày hội Đại đoàn kết toàn dân tộc"],
["Thứ Sáu, 10/10/2025 09:30", "quý IV năm 2025", "lần thứ XVIII", "nhiệm kỳ 2025 - 2030", "lần thứ XIV", "bão số 10",
 "cuối tháng 9", "giai đoạn 2025 - 2030", "Hà Giang 1", "Nghị quyết 57, 59, 66, 68-NQ/TW"],
))

# ---------------------------------------------------------------- b1010
PAGES.append(page(
"b1010-daklak-eakly-daihoi-2025",
"""
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐẮK LẮK
Ngày 05/8/2025 - 07:45
Chính trị › Đại hội Đảng các cấp
Đại hội đại biểu Đảng bộ xã Ea Kly lần thứ I, nhiệm kỳ 2025 - 2030
Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Ngày 4/8, Đảng bộ xã Ea Kly tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự và chỉ đạo đại hội có đồng chí H'Lim Niê Kdăm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy. Về dự đại hội có 178 đại biểu chính thức, đại diện cho hơn 1.420 đảng viên của 46 tổ chức cơ sở đảng trực thuộc.
Xã Ea Kly (mới) được thành lập trên cơ sở nhập các xã Ea Kly, Ea Kênh và Krông Búk của huyện Krông Pắc trước đây, theo Nghị quyết số 1660/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội. Đảng bộ xã được thành lập theo Quyết định số 1932-QĐ/TU ngày 28/6/2025 của Ban Thường vụ Tỉnh ủy Đắk Lắk. Xã có diện tích tự nhiên hơn 125 km2, dân số trên 41.000 người, trong đó đồng bào Êđê, Tày, Nùng chiếm khoảng 32%.
Nhiệm kỳ 2020 - 2025, Đảng bộ các xã cũ đã lãnh đạo hoàn thành và vượt 17/19 chỉ tiêu nghị quyết; thu nhập bình quân đầu người năm 2025 ước đạt 62 triệu đồng; tỷ lệ hộ nghèo giảm còn 2,8%. Khối dân vận đã vận động nhân dân hiến 35.600 m2 đất, đóng góp 14,7 tỷ đồng làm đường giao thông; hỗ trợ xây mới 214 căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn theo phong trào "Chung tay xóa nhà tạm, nhà dột nát". Tình hình an ninh chính trị vùng đồng bào dân tộc thiểu số ổn định; không có điểm nóng, khiếu kiện đông người.
Phát biểu chỉ đạo, đồng chí H'Lim Niê Kdăm đề nghị Đảng bộ xã quán triệt sâu sắc Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị và Kế hoạch số 42-KH/TU của Ban Thường vụ Tỉnh ủy về đại hội đảng bộ cấp xã; chú trọng công tác dân vận của chính quyền cấp xã sau sắp xếp, nhất là giải quyết thủ tục hành chính cho người dân; phát huy vai trò của người có uy tín trong các buôn đồng bào Êđê. Đồng chí lưu ý thực hiện tốt Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.
Tham luận tại đại hội, ông Y Thắng Byă, người có uy tín buôn Ea Kênh, chia sẻ việc vận động các hộ Êđê chuyển đổi 85 ha cà phê già cỗi sang trồng sầu riêng xen canh. Bà Nông Thị Lợi, Chủ tịch Hội LHPN xã, giới thiệu mô hình "Phụ nữ Êđê tiết kiệm" với 63 thành viên.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 31 đồng chí; bầu 12 đại biểu chính thức, 1 đại biểu dự khuyết đi dự Đại hội đại biểu Đảng bộ tỉnh lần thứ I. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm 9 đồng chí. Đồng chí Trần Hữu Lộc, nguyên Phó Trưởng Ban Tổ chức Tỉnh ủy, tiếp tục được tín nhiệm bầu giữ chức Bí thư Đảng ủy xã; các đồng chí Y Khuê Mlô, H'Hoa Ayŭn được bầu giữ chức Phó Bí thư Đảng ủy xã. Đồng chí H'Hoa Ayŭn được phân công phụ trách công tác tuyên giáo và dân vận.
Thanh Hà
Tin liên quan
- Đại hội Đảng bộ phường Buôn Ma Thuột lần thứ I
- Xã Ea Súp tổ chức thành công đại hội điểm
- 100% đảng bộ cấp xã hoàn thành đại hội trước 31/8
""",
"2025-08-05",
"Đại hội đại biểu Đảng bộ xã Ea Kly lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-08-04"),
[
    P("H'Lim Niê Kdăm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Y Thắng Byă", "người có uy tín buôn Ea Kênh"),
    P("Nông Thị Lợi", "Chủ tịch Hội LHPN xã"),
    P("Trần Hữu Lộc", "nguyên Phó Trưởng Ban Tổ chức Tỉnh ủy", "Bí thư Đảng ủy xã"),
    P("Y Khuê Mlô", "Phó Bí thư Đảng ủy xã"),
    P("H'Hoa Ayŭn", "Phó Bí thư Đảng ủy xã"),
],
[
    Q("178 đại biểu chính thức", 178, "đại biểu chính thức"),
    Q("hơn 1.420 đảng viên", 1420, "đảng viên", "over"),
    Q("46 tổ chức cơ sở đảng", 46, "tổ chức cơ sở đảng"),
    Q("hơn 125 km2", 125, "km2", "over"),
    Q("trên 41.000 người", 41000, "người", "over"),
    Q("khoảng 32%", 32, "%", "approx"),
    Q("17/19 chỉ tiêu", 17, "chỉ tiêu"),
    Q("62 triệu đồng", 62000000, "đồng", "approx"),
    Q("2,8%", 2.8, "%"),
    Q("35.600 m2", 35600, "m2"),
    Q("14,7 tỷ đồng", 14700000000, "đồng"),
    Q("214 căn nhà", 214, "căn nhà"),
    Q("85 ha", 85, "ha"),
    Q("63 thành viên", 63, "thành viên"),
    Q("31 đồng chí", 31, "đồng chí"),
    Q("12 đại biểu chính thức", 12, "đại biểu chính thức"),
    Q("9 đồng chí", 9, "đồng chí"),
],
[
    D("Nghị quyết", "1660", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", surface="Nghị quyết số 1660/NQ-UBTVQH15 ngày 16/6/2025"),
    D("Quyết định", "1932", "QĐ/TU", "2025-06-28", "Ban Thường vụ Tỉnh ủy Đắk Lắk", surface="Quyết định số 1932-QĐ/TU ngày 28/6/2025"),
    D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", surface="Chỉ thị số 45-CT/TW ngày 14/4/2025"),
    D("Kế hoạch", "42", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kế hoạch số 42-KH/TU"),
    D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", surface="Nghị quyết số 57-NQ/TW"),
],
[prov("Đắk Lắk"), com("Ea Kly"), com("Ea Kênh"), com("Krông Búk")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐẮK LẮK", "Chính trị › Đại hội Đảng các cấp",
 "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.", "Chung tay xóa nhà tạm, nhà dột nát", "Phụ nữ Êđê tiết kiệm",
 "buôn Ea Kênh"],
["Ngày 05/8/2025 - 07:45", "lần thứ I", "nhiệm kỳ 2025 - 2030", "Nhiệm kỳ 2020 - 2025", "năm 2025", "khóa I",
 "1 đại biểu dự khuyết", "31 đồng chí", "9 đồng chí"],
))

# ---------------------------------------------------------------- b1011
PAGES.append(page(
"b1011-vinhlong-btgdv-tongket-2025",
"""
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH VĨNH LONG
15.01.2026 | 16:40
Chính trị › Xây dựng Đảng
Toàn cảnh hội nghị. Ảnh: Minh Thái
Ngành tuyên giáo và dân vận tỉnh triển khai nhiệm vụ năm 2026
Sáng 14/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai phương hướng, nhiệm vụ năm 2026. Dự hội nghị có đồng chí Trần Thị Ngọc Hân, Phó Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh. Chủ trì hội nghị có đồng chí Lê Quang Vinh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy và các đồng chí: Sơn Thị Sa Pha, Nguyễn Hữu Đức, Võ Thành Đông, Kiên Thị Sô Phi - Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Năm 2025 là năm đặc biệt khi ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh hợp nhất thành tỉnh Vĩnh Long theo Nghị quyết số 202/2025/QH15 của Quốc hội. Trên cơ sở hợp nhất Ban Tuyên giáo và Dân vận Tỉnh ủy của ba tỉnh, Ban Tuyên giáo và Dân vận Tỉnh ủy (mới) được thành lập theo Quyết định số 05-QĐ/TU ngày 01/7/2025 của Ban Thường vụ Tỉnh ủy, với 9 phòng chuyên môn và 74 cán bộ, công chức.
Trong năm, Ban đã tham mưu Tỉnh ủy ban hành Chương trình hành động số 01-CTr/TU thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 08, 09-KH/TU về tuyên truyền Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031. Ban hướng dẫn tổ chức lấy ý kiến nhân dân góp ý dự thảo các văn kiện trình Đại hội XIV của Đảng với hơn 128.500 lượt ý kiến; tổ chức quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị và Hướng dẫn số 12-HD/BTGDVTW của Ban Tuyên giáo và Dân vận Trung ương về công tác dân vận trong tình hình mới.
Khối dân vận các cấp đã vận động nhân dân chung tay hoàn thành xóa 6.845 căn nhà tạm, nhà dột nát với tổng kinh phí hơn 342 tỷ đồng; toàn tỉnh có 1.036 mô hình "Dân vận khéo" được công nhận. Công tác dân vận trong đồng bào Khmer và đồng bào có đạo tiếp tục được quan tâm; các cấp đã thăm, chúc mừng 142 chùa Phật giáo Nam tông Khmer nhân dịp Tết Chôl Chnăm Thmây và lễ Sene Đôlta.
Tại hội nghị, đồng chí Thạch Chanh Đa, Bí thư Đảng ủy xã Long Hiệp, chia sẻ kinh nghiệm vận động đồng bào Khmer hiến đất làm đường liên ấp. Đồng chí Phan Văn Bé, Phó Bí thư Thường trực Đảng ủy, Trưởng Ban Xây dựng Đảng phường Phước Hậu, đề nghị tỉnh sớm ban hành quy chế phối hợp giữa Ban Xây dựng Đảng và Ủy ban MTTQ cấp xã. Đồng chí Huỳnh Ngọc Trâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Hương Mỹ, nêu kinh nghiệm vận động giáo dân tham gia xây dựng nông thôn mới.
Phát biểu chỉ đạo, Phó Bí thư Tỉnh ủy Trần Thị Ngọc Hân ghi nhận những kết quả quan trọng của ngành trong năm đầu hợp nhất. Đồng chí đề nghị năm 2026, ngành tuyên giáo và dân vận tập trung tuyên truyền, đưa Nghị quyết Đại hội XIV của Đảng vào cuộc sống; bảo đảm cuộc bầu cử ngày 15/3/2026 thành công; tiếp tục triển khai Quyết định số 23-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị.
Dịp này, 24 tập thể, 37 cá nhân được Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen; 16 đồng chí được trao Kỷ niệm chương "Vì sự nghiệp dân vận".
Minh Thái
Tin liên quan
- Vĩnh Long: 124 xã, phường tổ chức lấy ý kiến góp ý văn kiện
- Trà Cú vận động đồng bào Khmer chung tay xóa nhà tạm
- Hội nghị giao ban khối dân vận quý IV năm 2025
- Bến Tre: Tôn vinh 50 điển hình "Dân vận khéo"
""",
"2026-01-15",
"Ngành tuyên giáo và dân vận tỉnh triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-14"),
[
    P("Trần Thị Ngọc Hân", "Phó Bí thư Tỉnh ủy", "Trưởng Đoàn đại biểu Quốc hội tỉnh"),
    P("Lê Quang Vinh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Sơn Thị Sa Pha", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Nguyễn Hữu Đức", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Võ Thành Đông", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Kiên Thị Sô Phi", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Thạch Chanh Đa", "Bí thư Đảng ủy xã Long Hiệp"),
    P("Phan Văn Bé", "Phó Bí thư Thường trực Đảng ủy", "Trưởng Ban Xây dựng Đảng phường Phước Hậu"),
    P("Huỳnh Ngọc Trâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Hương Mỹ"),
],
[
    Q("9 phòng chuyên môn", 9, "phòng chuyên môn"),
    Q("74 cán bộ, công chức", 74, "cán bộ, công chức"),
    Q("hơn 128.500 lượt ý kiến", 128500, "lượt ý kiến", "over"),
    Q("6.845 căn nhà tạm, nhà dột nát", 6845, "căn nhà tạm, nhà dột nát"),
    Q("hơn 342 tỷ đồng", 342000000000, "đồng", "over"),
    Q("1.036 mô hình", 1036, "mô hình"),
    Q("142 chùa Phật giáo Nam tông Khmer", 142, "chùa Phật giáo Nam tông Khmer"),
    Q("24 tập thể", 24, "tập thể"),
    Q("37 cá nhân", 37, "cá nhân"),
    Q("16 đồng chí", 16, "đồng chí"),
],
[
    D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", surface="Nghị quyết số 202/2025/QH15"),
    D("Quyết định", "05", "QĐ/TU", "2025-07-01", "Ban Thường vụ Tỉnh ủy", surface="Quyết định số 05-QĐ/TU ngày 01/7/2025"),
    D("Chương trình", "01", "CTr/TU", None, "Tỉnh ủy", surface="Chương trình hành động số 01-CTr/TU"),
    D("Kế hoạch", "08", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kế hoạch số 08, 09-KH/TU"),
    D("Kế hoạch", "09", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kế hoạch số 08, 09-KH/TU"),
    D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", surface="Nghị quyết số 57-NQ/TW ngày 22/12/2024"),
    D("Hướng dẫn", "12", "HD/BTGDVTW", None, "Ban Tuyên giáo và Dân vận Trung ương", surface="Hướng dẫn số 12-HD/BTGDVTW"),
    D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định số 23-QĐ/TW"),
],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp"), com("Phước Hậu"), com("Hương Mỹ")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH VĨNH LONG", "Chính trị › Xây dựng Đảng", "Toàn cảnh hội nghị. Ảnh: Minh Thái",
 "Dân vận khéo", "Vì sự nghiệp dân vận", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I", "Nghị quyết Đại hội XIV của Đảng",
 "Tết Chôl Chnăm Thmây", "Sene Đôlta"],
["15.01.2026 | 16:40", "năm 2026", "Năm 2025", "lần thứ I", "nhiệm kỳ 2025 - 2030", "lần thứ XIV", "khóa XVI",
 "nhiệm kỳ 2026 - 2031", "Đại hội XIV", "ngày 15/3/2026", "16 đồng chí"],
))

# ---------------------------------------------------------------- b1012
PAGES.append(page(
"b1012-lamdong-btgdv-nguoicouytin-2026",
"""
BÁO LÂM ĐỒNG
Thứ Ba, 17/03/2026 - 10:12
Trang chủ » Dân tộc - Tôn giáo
Tôn vinh 168 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số
(LĐ) - Ngày 16/3, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Sở Dân tộc và Tôn giáo tổ chức Hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số tỉnh Lâm Đồng năm 2026. 168 người có uy tín tiêu biểu là đồng bào K'Ho, Mạ, Chu Ru, Mnông, Chăm, Raglai đến từ các xã, phường của ba địa bàn Lâm Đồng, Đắk Nông, Bình Thuận trước đây đã về dự.
Dự hội nghị có đồng chí Kră Jăn Dũng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Nguyễn Thị Lan Phương, Phó Chủ tịch UBND tỉnh; đồng chí Điểu K'Rông, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Thông Minh Lộc, Giám đốc Sở Dân tộc và Tôn giáo.
Báo cáo tại hội nghị cho biết, toàn tỉnh hiện có 1.247 người có uy tín. Thực hiện Chỉ thị số 18-CT/TW ngày 10/01/2018 của Ban Bí thư và Quyết định số 28/2023/QĐ-TTg ngày 23/11/2023 của Thủ tướng Chính phủ quy định tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, năm 2025 các địa phương đã cấp phát báo, tạp chí, tổ chức thăm hỏi, tặng quà với tổng kinh phí gần 3,8 tỷ đồng. Người có uy tín đã tham gia hòa giải thành 312 vụ việc, vận động 2.360 người dân tham gia bảo vệ rừng, vận động gần 3.400 hộ hiến đất, góp công xây dựng nông thôn mới.
Sau hợp nhất, Ban Tuyên giáo và Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 27-KH/TU thực hiện Kết luận số 65-KL/TW của Bộ Chính trị về công tác dân tộc trong tình hình mới, đồng thời ban hành Kế hoạch số 42-KH/BTGDVTU về phát huy vai trò người có uy tín năm 2026. HĐND tỉnh đã ban hành nghị quyết số 46/2025/NQ-HĐND quy định mức hỗ trợ thăm hỏi người có uy tín khi ốm đau.
Tại hội nghị, Già làng K'Brôl, người có uy tín thôn Đạ Nghịch, xã Lạc Dương, chia sẻ việc vận động con cháu không theo đạo lạ, giữ gìn văn hóa cồng chiêng. Ông Y Sang, người có uy tín bon Bu Prăng, xã Quảng Trực, cùng bộ đội biên phòng tuần tra, bảo vệ đường biên, cột mốc. Cả sư Lưu Văn Tịnh, Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh, cho biết các chức sắc đã vận động đồng bào Chăm tổ chức lễ hội Katê tiết kiệm, an toàn. Linh mục Phêrô Ya Tuấn, Chánh xứ giáo xứ Đạ Nghịch, đề nghị tiếp tục mở lớp dạy chữ K'Ho cho thiếu nhi.
Phát biểu tại hội nghị, đồng chí Kră Jăn Dũng ghi nhận những đóng góp của đội ngũ người có uy tín; đề nghị các cấp ủy, chính quyền cơ sở thường xuyên gặp gỡ, cung cấp thông tin, lắng nghe ý kiến của người có uy tín, nhất là ở các xã biên giới thuộc địa bàn tỉnh Đắk Nông (cũ).
Dịp này, UBND tỉnh tặng Bằng khen cho 25 người có uy tín; mỗi người có uy tín tiêu biểu dự hội nghị được tặng 1 phần quà trị giá 1 triệu đồng.
Mai Văn Bảo
Xem thêm
- Đức Trọng: Gặp mặt người có uy tín đầu năm 2026
- Tuy Đức: Người có uy tín chung tay giữ đường biên
- Phan Thiết: Đồng bào Chăm đón Tết Ramưwan
""",
"2026-03-17",
"Tôn vinh 168 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số",
E("hoi_nghi", "2026", "2026-03-16"),
[
    P("Kră Jăn Dũng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Nguyễn Thị Lan Phương", "Phó Chủ tịch UBND tỉnh"),
    P("Điểu K'Rông", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Thông Minh Lộc", "Giám đốc Sở Dân tộc và Tôn giáo"),
    P("K'Brôl", "Già làng", "người có uy tín thôn Đạ Nghịch"),
    P("Y Sang", "người có uy tín bon Bu Prăng"),
    P("Lưu Văn Tịnh", "Cả sư", "Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh"),
    P("Phêrô Ya Tuấn", "Linh mục", "Chánh xứ giáo xứ Đạ Nghịch"),
],
[
    Q("168 người có uy tín", 168, "người có uy tín"),
    Q("1.247 người có uy tín", 1247, "người có uy tín"),
    Q("gần 3,8 tỷ đồng", 3800000000, "đồng", "approx"),
    Q("312 vụ việc", 312, "vụ việc"),
    Q("2.360 người dân", 2360, "người dân"),
    Q("gần 3.400 hộ", 3400, "hộ", "approx"),
    Q("25 người có uy tín", 25, "người có uy tín"),
    Q("1 triệu đồng", 1000000, "đồng"),
],
[
    D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", surface="Chỉ thị số 18-CT/TW ngày 10/01/2018"),
    D("Quyết định", "28", "2023/QĐ-TTg", "2023-11-23", "Thủ tướng Chính phủ", surface="Quyết định số 28/2023/QĐ-TTg ngày 23/11/2023"),
    D("Kế hoạch", "27", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kế hoạch số 27-KH/TU"),
    D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị", surface="Kết luận số 65-KL/TW"),
    D("Kế hoạch", "42", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Kế hoạch số 42-KH/BTGDVTU"),
    D("Nghị quyết", "46", "2025/NQ-HĐND", None, "HĐND tỉnh", surface="nghị quyết số 46/2025/NQ-HĐND"),
],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lạc Dương"), com("Quảng Trực")],
["BÁO LÂM ĐỒNG", "Trang chủ » Dân tộc - Tôn giáo", "(LĐ)", "thôn Đạ Nghịch", "bon Bu Prăng", "Katê",
 "giáo xứ Đạ Nghịch", "Mai Văn Bảo"],
["Thứ Ba, 17/03/2026 - 10:12", "năm 2026", "năm 2025", "1 phần quà"],
))
