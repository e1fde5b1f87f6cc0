"""holdout30 batch4: b695-b700 (Thái Bình 2023, Kiên Giang 2023, Thanh Hóa 2024, Khánh Hòa 2025, Tây Ninh 2025, Lào Cai 2026)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b695
PAGES.append(page(
    "b695-thaibinh-bdv-soket-2023",
    """
BÁO THÁI BÌNH ĐIỆN TỬ
Trang chủ » Chính trị » Xây dựng Đảng
15/07/2023 - 06:40
Phát huy vai trò chức sắc tôn giáo trong xây dựng nông thôn mới kiểu mẫu
Ngày 14/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2023. Đồng chí Nguyễn Thị Bích Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Phạm Văn Nghĩa, Đặng Thị Hiền, Vũ Ngọc Tân.
Các đại biểu dự hội nghị. Ảnh: Thu Hiền
6 tháng đầu năm, Ban Dân vận các cấp trong tỉnh Thái Bình đã tham mưu cấp ủy thực hiện Quyết định số 99-QĐ/TW của Ban Chấp hành Trung ương và Chỉ thị số 18-CT/TW ngày 10/10/2022 của Ban Bí thư về phát huy vai trò, nâng cao chất lượng, hiệu quả công tác hòa giải ở cơ sở; hướng dẫn các huyện, thành phố thực hiện Kế hoạch 207, 208-KH/TU của Ban Thường vụ Tỉnh ủy về xây dựng xã nông thôn mới kiểu mẫu và về công tác dân vận trong các dự án trọng điểm.
Nhân dân trong tỉnh đã đóng góp hơn 215 tỷ đồng, hiến trên 18.600 m2 đất xây dựng nông thôn mới nâng cao, kiểu mẫu; 14 xã được công nhận xã nông thôn mới kiểu mẫu. Trong 6 tháng, các tổ hòa giải ở cơ sở đã hòa giải thành 1.284 vụ việc, đạt 88,6%. Thực hiện Hướng dẫn số 12-HD/BDVTU, toàn tỉnh có thêm 96 mô hình "Dân vận khéo" được công nhận, nâng tổng số lên 2.437 mô hình.
Với 126 giáo xứ, hơn 150.000 giáo dân, công tác vận động đồng bào Công giáo được các cấp quan tâm. Linh mục Phạm Văn Tuấn, Chánh xứ giáo xứ Đông Thành (xã Thụy Hải, huyện Thái Thụy), phát biểu tại hội nghị: "Giáo xứ đã vận động giáo dân góp 2,3 tỷ đồng làm đường, lắp 412 bóng đèn chiếu sáng. Giáo dân cũng là công dân, việc xây dựng quê hương là việc của chính mình". Bà Lưu Thị Mến, Trưởng Ban công tác Mặt trận thôn Tam Đồng, xã Nam Hưng (huyện Tiền Hải), kể chuyện thôn đã hòa giải thành công vụ tranh chấp ranh giới đất kéo dài 9 năm.
Đồng chí Đặng Thị Hiền cho biết, vẫn còn nơi chưa thực hiện tốt Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15; một số vụ việc khiếu nại về đất đai ở dự án khu công nghiệp chưa được giải quyết dứt điểm. Việc nắm tình hình dư luận xã hội trên không gian mạng ở một số cơ sở còn chậm; một số tổ hòa giải hoạt động chưa đều, thành viên phần lớn lớn tuổi, ít được bồi dưỡng kiến thức pháp luật.
Kết luận hội nghị, đồng chí Nguyễn Thị Bích Thủy yêu cầu: "6 tháng cuối năm, mỗi dự án trọng điểm phải có một tổ dân vận đi cùng. Dân đồng thuận thì dự án mới nhanh được". Đồng chí đề nghị các cấp tiếp tục thực hiện Chỉ thị số 26-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong vùng đồng bào có đạo, chuẩn bị sơ kết 5 năm phong trào "Dân vận khéo".
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 5 tập thể, 8 cá nhân có thành tích xuất sắc. Hội nghị cũng công bố quyết định của Ban Thường vụ Tỉnh ủy bổ nhiệm đồng chí Vũ Ngọc Tân, Trưởng Ban Dân vận Huyện ủy Kiến Xương, giữ chức Phó Trưởng Ban Dân vận Tỉnh ủy.
Thu Hiền
Lượt xem: 1.247
Tin liên quan
- Kiến Xương: đối thoại với nhân dân về giải phóng mặt bằng (10/07/2023)
- Giao ban khối dân vận quý II (26/06/2023)
- Thái Thụy: 30 mô hình "Dân vận khéo" trong đồng bào Công giáo (15/06/2023)
""",
    "2023-07-15",
    "Phát huy vai trò chức sắc tôn giáo trong xây dựng nông thôn mới kiểu mẫu",
    E("so_ket", "2023-H1", "2023-07-14"),
    [
        P("Nguyễn Thị Bích Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Phạm Văn Nghĩa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Đặng Thị Hiền", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Vũ Ngọc Tân", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban Dân vận Huyện ủy Kiến Xương"),
        P("Phạm Văn Tuấn", "Linh mục", "Chánh xứ giáo xứ Đông Thành"),
        P("Lưu Thị Mến", "Trưởng Ban công tác Mặt trận thôn Tam Đồng"),
    ],
    [
        Q("hơn 215 tỷ đồng", 215000000000, "đồng", "over"),
        Q("trên 18.600 m2", 18600, "m2", "over"),
        Q("14 xã", 14, "xã"),
        Q("1.284 vụ việc", 1284, "vụ việc"),
        Q("88,6%", 88.6, "%"),
        Q("96 mô hình", 96, "mô hình"),
        Q("2.437 mô hình", 2437, "mô hình"),
        Q("126 giáo xứ", 126, "giáo xứ"),
        Q("hơn 150.000 giáo dân", 150000, "giáo dân", "over"),
        Q("2,3 tỷ đồng", 2300000000, "đồng"),
        Q("412 bóng đèn chiếu sáng", 412, "bóng đèn chiếu sáng"),
        Q("5 tập thể", 5, "tập thể"),
        Q("8 cá nhân", 8, "cá nhân"),
    ],
    [
        D("Quyết định", "99", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định số 99-QĐ/TW"),
        D("Chỉ thị", "18", "CT/TW", "2022-10-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW"),
        D("Kế hoạch", "207", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 207, 208-KH/TU"),
        D("Kế hoạch", "208", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 207, 208-KH/TU"),
        D("Hướng dẫn", "12", "HD/BDVTU", None, None, "Hướng dẫn số 12-HD/BDVTU"),
        D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
        D("Chỉ thị", "26", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 26-CT/TU"),
    ],
    [prov("Thái Bình"), com("Thụy Hải"), com("Nam Hưng")],
    ["BÁO THÁI BÌNH ĐIỆN TỬ", "Trang chủ » Chính trị » Xây dựng Đảng", "Các đại biểu dự hội nghị. Ảnh: Thu Hiền",
     "Dân vận khéo", "giáo xứ Đông Thành", "thôn Tam Đồng", "Thu Hiền"],
    ["15/07/2023 - 06:40", "6 tháng đầu năm 2023", "6 tháng đầu năm", "Trong 6 tháng", "9 năm",
     "6 tháng cuối năm", "5 năm", "Lượt xem: 1.247"],
))

# ---------------------------------------------------------------- b696
PAGES.append(page(
    "b696-kiengiang-doan-tongket-2023",
    """
BÁO KIÊN GIANG
Trang chủ / Xã hội / Thanh niên
Thứ Bảy, 23/12/2023 - 10:00
Tuổi trẻ Kiên Giang thắp sáng 142 tuyến đường quê
(BKG) - Sáng 22-12, Ban Chấp hành Tỉnh đoàn tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2023, triển khai nhiệm vụ năm 2024. Năm qua, tuổi trẻ toàn tỉnh đã lắp đặt 1.650 bóng đèn, thắp sáng 142 tuyến đường nông thôn với tổng kinh phí hơn 1,9 tỷ đồng.
Anh Lê Quốc Anh, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn phát biểu tại hội nghị. Ảnh: Ngọc Trâm
Tham dự hội nghị có ông Danh Út, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; anh Lê Quốc Anh, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn; các anh, chị Danh Thị Kim Hoa, Nguyễn Hoàng Phúc - Phó Bí thư Tỉnh đoàn.
Năm 2023, các cấp bộ Đoàn trong tỉnh triển khai Quyết định số 1331/QĐ-TTg ngày 24/7/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021 - 2030 và Chương trình số 09-CTr/TĐTN-BTG của Ban Thường vụ Tỉnh đoàn về học tập, tuyên truyền Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII. Toàn tỉnh kết nạp 8.426 đoàn viên mới; giới thiệu 1.318 đoàn viên ưu tú cho Đảng xem xét kết nạp, có 972 đoàn viên đã được kết nạp Đảng.
Chiến dịch "Thanh niên tình nguyện hè" và chương trình "Xuân tình nguyện" thu hút hơn 45.000 lượt đoàn viên, thanh niên tham gia; làm mới 37 cây cầu giao thông nông thôn, xây 24 căn "Nhà nhân ái" tặng đoàn viên, thanh niên khó khăn, mỗi căn 60 triệu đồng. Các cơ sở Đoàn hỗ trợ 214 thanh niên khởi nghiệp, giúp vay vốn tổng cộng 6,8 tỷ đồng.
Trong vùng đồng bào Khmer, Tỉnh đoàn phối hợp với Hội Đoàn kết sư sãi yêu nước tỉnh tổ chức 16 lớp dạy chữ Khmer hè cho 620 em thiếu nhi; Đại đức Danh Sóc Kha, trụ trì chùa Láng Cát (xã Thạnh Lộc, huyện Châu Thành), được Tỉnh đoàn tặng Bằng khen vì có nhiều đóng góp cho công tác thiếu nhi.
Phát biểu chỉ đạo, ông Danh Út đề nghị tổ chức Đoàn trong tỉnh thực hiện tốt Kế hoạch 115, 116-KH/TĐTN-TNNT của Ban Thường vụ Tỉnh đoàn về thanh niên tham gia xây dựng nông thôn mới và chuyển đổi số. "Thanh niên không thể đứng ngoài cuộc. Mỗi chi đoàn nông thôn năm 2024 phải nhận ít nhất một công trình cụ thể", ông nhấn mạnh.
Dịp này, Ban Chấp hành Trung ương Đoàn tặng Bằng khen cho 4 tập thể, 6 cá nhân; Ban Chấp hành Tỉnh đoàn tặng Bằng khen cho 21 tập thể, 35 cá nhân. Anh Danh Minh Phụng, người Khmer, vừa được tín nhiệm bầu giữ chức Bí thư Đoàn xã Vĩnh Hòa Hưng Bắc (huyện Gò Quao), là một trong 6 cá nhân nhận Bằng khen của Trung ương Đoàn.
Trao đổi với phóng viên, anh Phụng cho biết:
- Công trình nào của chi đoàn anh nhớ nhất?
- Là tuyến đường đèn ở ấp Hòa Bình. Đoàn xã vận động được 48 triệu đồng, thanh niên góp 320 ngày công kéo dây, dựng trụ. Đêm đèn sáng, các cụ trong ấp ra đứng xem rất đông.
- Năm tới anh có dự định gì?
- Tôi muốn mở lớp dạy kỹ năng bán hàng qua mạng cho thanh niên Khmer, để các bạn bán được khô cá, mắm bò hóc của gia đình.
Ngọc Trâm
Lượt xem: 893
Tin liên quan
- Phú Quốc: ra quân "Ngày Chủ nhật xanh" (17/12/2023)
- 500 đoàn viên tham gia "Ngày hội hiến máu" (10/12/2023)
- Tỉnh đoàn trao 50 suất học bổng cho học sinh Khmer (03/12/2023)
""",
    "2023-12-23",
    "Tuổi trẻ Kiên Giang thắp sáng 142 tuyến đường quê",
    E("tong_ket", "2023", "2023-12-22"),
    [
        P("Danh Út", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Lê Quốc Anh", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
        P("Danh Thị Kim Hoa", "Phó Bí thư Tỉnh đoàn"),
        P("Nguyễn Hoàng Phúc", "Phó Bí thư Tỉnh đoàn"),
        P("Danh Sóc Kha", "Đại đức", "trụ trì chùa Láng Cát"),
        P("Danh Minh Phụng", "Bí thư Đoàn xã Vĩnh Hòa Hưng Bắc"),
    ],
    [
        Q("142 tuyến đường quê", 142, "tuyến đường quê"),
        Q("1.650 bóng đèn", 1650, "bóng đèn"),
        Q("hơn 1,9 tỷ đồng", 1900000000, "đồng", "over"),
        Q("8.426 đoàn viên mới", 8426, "đoàn viên mới"),
        Q("1.318 đoàn viên ưu tú", 1318, "đoàn viên ưu tú"),
        Q("972 đoàn viên", 972, "đoàn viên"),
        Q("hơn 45.000 lượt đoàn viên, thanh niên", 45000, "lượt đoàn viên, thanh niên", "over"),
        Q("37 cây cầu giao thông nông thôn", 37, "cây cầu giao thông nông thôn"),
        Q("24 căn \"Nhà nhân ái\"", 24, "Nhà nhân ái"),
        Q("60 triệu đồng", 60000000, "đồng"),
        Q("214 thanh niên", 214, "thanh niên"),
        Q("6,8 tỷ đồng", 6800000000, "đồng"),
        Q("16 lớp dạy chữ Khmer hè", 16, "lớp dạy chữ Khmer hè"),
        Q("620 em thiếu nhi", 620, "em thiếu nhi"),
        Q("4 tập thể", 4, "tập thể"),
        Q("6 cá nhân", 6, "cá nhân"),
        Q("21 tập thể", 21, "tập thể"),
        Q("35 cá nhân", 35, "cá nhân"),
        Q("48 triệu đồng", 48000000, "đồng"),
        Q("320 ngày công", 320, "ngày công"),
    ],
    [
        D("Quyết định", "1331", "QĐ-TTg", "2021-07-24", "Thủ tướng Chính phủ", "Quyết định số 1331/QĐ-TTg"),
        D("Chương trình", "09", "CTr/TĐTN-BTG", None, "Ban Thường vụ Tỉnh đoàn", "Chương trình số 09-CTr/TĐTN-BTG"),
        D("Kế hoạch", "115", "KH/TĐTN-TNNT", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 115, 116-KH/TĐTN-TNNT"),
        D("Kế hoạch", "116", "KH/TĐTN-TNNT", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 115, 116-KH/TĐTN-TNNT"),
    ],
    [prov("Kiên Giang"), com("Thạnh Lộc"), com("Vĩnh Hòa Hưng Bắc")],
    ["BÁO KIÊN GIANG", "Trang chủ / Xã hội / Thanh niên",
     "Anh Lê Quốc Anh, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn phát biểu tại hội nghị. Ảnh: Ngọc Trâm",
     "Thanh niên tình nguyện hè", "Xuân tình nguyện", "Nhà nhân ái", "chùa Láng Cát", "ấp Hòa Bình",
     "Hội Đoàn kết sư sãi yêu nước tỉnh", "Ngọc Trâm"],
    ["Thứ Bảy, 23/12/2023 - 10:00", "Sáng 22-12", "năm 2023", "năm 2024", "Năm 2023", "giai đoạn 2021 - 2030",
     "lần thứ XII", "Lượt xem: 893"],
))

# ---------------------------------------------------------------- b697
PAGES.append(page(
    "b697-thanhhoa-bdv-giaoban-2024",
    """
BÁO THANH HÓA
Thời sự » Chính trị
06/04/2024 15:10
Đồng chí Lê Thị Hằng, Trưởng Ban Dân vận Tỉnh ủy phát biểu kết luận hội nghị.
Khối dân vận giao ban, bàn giải pháp giải phóng mặt bằng các dự án trọng điểm
Chiều 5/4, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý I/2024 với ban dân vận các huyện, thị xã, thành phố và đảng ủy trực thuộc. Hội nghị được kết nối trực tuyến đến 26 điểm cầu.
Dự hội nghị có đồng chí Lê Thị Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Bùi Văn Hạng, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trịnh Xuân Phong, Phó Trưởng Ban Nội chính Tỉnh ủy; đồng chí Lò Văn Tiến, Phó Trưởng Ban Dân tộc tỉnh.
Quý I, Ban Dân vận các cấp trong tỉnh Thanh Hóa tham mưu tổ chức học tập, quán triệt Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc; ban hành chương trình số 12-CTr/BDVTU về công tác dân vận năm 2024 và hướng dẫn các địa phương thực hiện Quy định số 124-QĐi/TU của Ban Thường vụ Tỉnh ủy về trách nhiệm người đứng đầu trong tiếp xúc, đối thoại với nhân dân.
Trong công tác giải phóng mặt bằng, các cấp đã vận động 1.246 hộ bàn giao gần 380 ha đất cho các dự án khu công nghiệp, đường giao thông, với tổng kinh phí bồi thường, hỗ trợ khoảng 2.150 tỷ đồng; mỗi hộ phải di dời được hỗ trợ thêm 240 triệu đồng để tái định cư. 39 hộ còn chưa đồng thuận đang được các tổ dân vận tiếp tục vận động.
Báo cáo tại hội nghị, đồng chí Phạm Bá Thuyên, HUV, Trưởng Ban Dân vận Huyện ủy Ngọc Lặc, cho biết: "Ở Ngọc Lặc, đồng bào Mường chiếm 76% dân số. Chúng tôi mời chính người có uy tín trong dòng họ cùng đi vận động. Nhờ vậy, dự án đường nối Ngọc Lặc - Lam Sơn đã có 128/131 hộ bàn giao mặt bằng". Chị Lương Thị Pâng, Chủ tịch Hội LHPN xã Trung Lý (huyện Mường Lát), đề nghị hỗ trợ thêm bản đồ, tài liệu song ngữ Thái - Việt cho cán bộ cơ sở.
Đồng chí Trịnh Xuân Phong lưu ý tình trạng một số đối tượng lợi dụng việc thu hồi đất để kích động, tụ tập đông người; đề nghị khối dân vận phối hợp chặt chẽ với lực lượng công an nắm tình hình từ sớm, từ xa. Một số đại biểu đề nghị tỉnh sớm ban hành bảng giá đất sát thực tế, công khai phương án bồi thường ngay từ đầu để người dân so sánh, tránh tình trạng người nhận trước thiệt thòi hơn người nhận sau.
Kết luận hội nghị, đồng chí Lê Thị Hằng yêu cầu: "Quý II, không để phát sinh điểm nóng. Dân có ý kiến thì cán bộ phải đến ngay, giải thích ngay, cái gì đúng của dân thì phải giải quyết cho dân". Đồng chí đề nghị các địa phương đẩy nhanh tiến độ thực hiện Kế hoạch số 198-KH/TU của Ban Thường vụ Tỉnh ủy về xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo, phấn đấu hết năm 2024 hoàn thành 1.820 căn nhà; đồng thời hưởng ứng phong trào thi đua "Dân vận khéo" gắn với Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Ngọc Huấn
Lượt xem: 1.632
Bài viết liên quan
- Mường Lát đối thoại với nhân dân về chính sách đất đai (01/04/2024)
- Như Xuân: 20 mô hình "Dân vận khéo" ở vùng đồng bào Thổ (25/03/2024)
- Tổng kết công tác dân vận năm 2023 (28/12/2023)
""",
    "2024-04-06",
    "Khối dân vận giao ban, bàn giải pháp giải phóng mặt bằng các dự án trọng điểm",
    E("giao_ban", "2024-Q1", "2024-04-05"),
    [
        P("Lê Thị Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Bùi Văn Hạng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Trịnh Xuân Phong", "Phó Trưởng Ban Nội chính Tỉnh ủy"),
        P("Lò Văn Tiến", "Phó Trưởng Ban Dân tộc tỉnh"),
        P("Phạm Bá Thuyên", "HUV", "Trưởng Ban Dân vận Huyện ủy Ngọc Lặc"),
        P("Lương Thị Pâng", "Chủ tịch Hội LHPN xã Trung Lý"),
    ],
    [
        Q("26 điểm cầu", 26, "điểm cầu"),
        Q("1.246 hộ", 1246, "hộ"),
        Q("gần 380 ha", 380, "ha", "approx"),
        Q("khoảng 2.150 tỷ đồng", 2150000000000, "đồng", "approx"),
        Q("240 triệu đồng", 240000000, "đồng"),
        Q("39 hộ", 39, "hộ"),
        Q("76% dân số", 76, "%"),
        Q("128/131 hộ", 128, "hộ"),
        Q("1.820 căn nhà", 1820, "căn nhà"),
    ],
    [
        D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương", "Nghị quyết số 43-NQ/TW"),
        D("Chương trình", "12", "CTr/BDVTU", None, None, "chương trình số 12-CTr/BDVTU"),
        D("Quy định", "124", "QĐi/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 124-QĐi/TU"),
        D("Kế hoạch", "198", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 198-KH/TU"),
    ],
    [prov("Thanh Hóa"), com("Trung Lý")],
    ["BÁO THANH HÓA", "Thời sự » Chính trị", "Đồng chí Lê Thị Hằng, Trưởng Ban Dân vận Tỉnh ủy phát biểu kết luận hội nghị.",
     "Dân vận khéo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngọc Lặc - Lam Sơn", "Ngọc Huấn"],
    ["06/04/2024 15:10", "quý I/2024", "Quý I", "Quý II", "năm 2024", "Lượt xem: 1.632"],
))

# ---------------------------------------------------------------- b698
PAGES.append(page(
    "b698-khanhhoa-hnd-tongket-2024",
    """
Hôm nay: Thứ Hai, 13/01/2025
BÁO KHÁNH HÒA ĐIỆN TỬ
Trang chủ > Kinh tế > Nông nghiệp
Thứ Sáu, 10/01/2025 - 16:30
Hội Nông dân tỉnh triển khai nhiệm vụ năm 2025
Ngày 9-1, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2024. Ông Nguyễn Văn Bảy, Chủ tịch Hội Nông dân tỉnh chủ trì hội nghị; các ông, bà Cao Thị Hòa, Trần Đình Phú - Phó Chủ tịch Hội Nông dân tỉnh đồng chủ trì.
Các tập thể nhận Bằng khen của Trung ương Hội Nông dân Việt Nam. Ảnh: Hoàng Nhi
Năm 2024, các cấp hội trong tỉnh Khánh Hòa tiếp tục thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045; phối hợp triển khai đề án 06 của Chính phủ về phát triển ứng dụng dữ liệu dân cư, hướng dẫn hơn 12.000 hội viên cài đặt, kích hoạt tài khoản định danh điện tử. Phong trào nông dân thi đua sản xuất, kinh doanh giỏi có 3.640 hộ đạt danh hiệu các cấp; 79 sản phẩm OCOP đạt 3 sao trở lên, trong đó 21 sản phẩm do hội viên nông dân làm chủ.
Quỹ Hỗ trợ nông dân các cấp đạt 42,5 tỷ đồng, hỗ trợ 1.036 hộ vay; dư nợ vốn vay ủy thác qua Hội trên 2.100 tỷ đồng. Hội phối hợp tổ chức 8 phiên chợ nông sản, tiêu thụ khoảng 160 tấn sầu riêng, bơ, xoài cho nông dân các huyện miền núi Khánh Sơn, Khánh Vĩnh.
Thực hiện Chỉ thị số 31-CT/TU của Ban Thường vụ Tỉnh ủy về phát triển kinh tế tập thể, các cấp hội đã hỗ trợ thành lập 6 hợp tác xã, 27 tổ hợp tác. Ông Bo Bo Văn Sỹ, Chủ tịch Hội Nông dân xã Sơn Bình (huyện Khánh Sơn), người Raglai, chia sẻ: "Giá sầu riêng năm nay lúc cao điểm 60.000 - 70.000 đồng/kg, nhiều hộ Raglai lần đầu có thu nhập trên 500 triệu đồng. Bà con cần Hội giúp làm mã số vùng trồng để bán được cho doanh nghiệp xuất khẩu". Nhiều ý kiến khác đề nghị tỉnh quan tâm đầu tư hệ thống thủy lợi nhỏ cho vùng cây ăn quả, hỗ trợ nông dân tiếp cận bảo hiểm nông nghiệp và kiểm soát chặt chẽ chất lượng phân bón, thuốc bảo vệ thực vật bán ở vùng sâu.
Bà Mấu Thị Bích ở thôn Tà Gụ, xã Sơn Bình, được tặng Bằng khen vì mô hình trồng sầu riêng kết hợp nuôi ong. Bên lề hội nghị, bà nói: "Năm 2018 tôi vay 50 triệu đồng từ Quỹ Hỗ trợ nông dân để trồng 300 cây sầu riêng. Giờ vườn đã cho thu hoạch, tôi nhận dạy lại cho 15 hộ trong thôn cách chăm cây, chăm ong".
Phát biểu tại hội nghị, ông Nguyễn Văn Bảy nhấn mạnh: "Năm 2025, Hội phải chuẩn bị tốt cho việc sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW; cán bộ có thể thay đổi nhưng không được để gián đoạn việc hỗ trợ nông dân". Ông đề nghị các cấp hội thực hiện Kế hoạch số 48-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh về hội thi "Nhà nông đua tài" năm 2025.
Dịp này, Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 2 tập thể, 3 cá nhân; UBND tỉnh tặng Bằng khen cho 6 tập thể, 9 cá nhân theo Quyết định số 3587/QĐ-UBND ngày 27/12/2024 của UBND tỉnh. Các tập thể được khen gồm Hội Nông dân huyện Khánh Sơn, Hội Nông dân xã Sơn Bình và một số chi hội nghề nghiệp trồng sầu riêng, nuôi tôm hùm.
Hoàng Nhi
Lượt xem: 1.078
Tin liên quan
- Khánh Vĩnh: nông dân thu hoạch bơ sáp trái vụ (05/01/2025)
- Trao 30 con bò giống cho hộ nghèo Raglai (28/12/2024)
- Cam Lâm tổng kết công tác Hội Nông dân năm 2024 (25/12/2024)
""",
    "2025-01-10",
    "Hội Nông dân tỉnh triển khai nhiệm vụ năm 2025",
    E("tong_ket", "2024", "2025-01-09"),
    [
        P("Nguyễn Văn Bảy", "Chủ tịch Hội Nông dân tỉnh"),
        P("Cao Thị Hòa", "Phó Chủ tịch Hội Nông dân tỉnh"),
        P("Trần Đình Phú", "Phó Chủ tịch Hội Nông dân tỉnh"),
        P("Bo Bo Văn Sỹ", "Chủ tịch Hội Nông dân xã Sơn Bình"),
        P("Mấu Thị Bích"),
    ],
    [
        Q("hơn 12.000 hội viên", 12000, "hội viên", "over"),
        Q("3.640 hộ", 3640, "hộ"),
        Q("79 sản phẩm OCOP", 79, "sản phẩm OCOP"),
        Q("21 sản phẩm", 21, "sản phẩm"),
        Q("42,5 tỷ đồng", 42500000000, "đồng"),
        Q("1.036 hộ vay", 1036, "hộ vay"),
        Q("trên 2.100 tỷ đồng", 2100000000000, "đồng", "over"),
        Q("8 phiên chợ nông sản", 8, "phiên chợ nông sản"),
        Q("khoảng 160 tấn", 160, "tấn", "approx"),
        Q("6 hợp tác xã", 6, "hợp tác xã"),
        Q("27 tổ hợp tác", 27, "tổ hợp tác"),
        Q("60.000 - 70.000 đồng/kg", 60000, "đồng"),
        Q("60.000 - 70.000 đồng/kg", 70000, "đồng"),
        Q("trên 500 triệu đồng", 500000000, "đồng", "over"),
        Q("50 triệu đồng", 50000000, "đồng"),
        Q("300 cây sầu riêng", 300, "cây sầu riêng"),
        Q("15 hộ", 15, "hộ"),
        Q("2 tập thể", 2, "tập thể"),
        Q("3 cá nhân", 3, "cá nhân"),
        Q("6 tập thể", 6, "tập thể"),
        Q("9 cá nhân", 9, "cá nhân"),
    ],
    [
        D("Nghị quyết", "19", "NQ/TW", "2022-06-16", "Ban Chấp hành Trung ương", "Nghị quyết số 19-NQ/TW"),
        D("Đề án", "06", None, None, "Chính phủ", "đề án 06"),
        D("Chỉ thị", "31", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 31-CT/TU"),
        D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết số 18-NQ/TW"),
        D("Kế hoạch", "48", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 48-KH/HNDT"),
        D("Quyết định", "3587", "QĐ-UBND", "2024-12-27", "UBND tỉnh", "Quyết định số 3587/QĐ-UBND"),
    ],
    [prov("Khánh Hòa"), com("Sơn Bình")],
    ["Hôm nay: Thứ Hai, 13/01/2025", "BÁO KHÁNH HÒA ĐIỆN TỬ", "Trang chủ > Kinh tế > Nông nghiệp",
     "Các tập thể nhận Bằng khen của Trung ương Hội Nông dân Việt Nam. Ảnh: Hoàng Nhi", "thôn Tà Gụ",
     "Nhà nông đua tài", "Raglai", "Hoàng Nhi"],
    ["Hôm nay: Thứ Hai, 13/01/2025", "Thứ Sáu, 10/01/2025 - 16:30", "Ngày 9-1", "năm 2025", "năm 2024", "Năm 2024",
     "Năm 2025", "năm 2030", "năm 2045", "3 sao", "Năm 2018", "Lượt xem: 1.078"],
))

# ---------------------------------------------------------------- b699
PAGES.append(page(
    "b699-tayninh-btgdv-giaoban-2025",
    """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TÂY NINH
Thời sự > Chính trị > Xây dựng Đảng
Thứ Bảy, 04/10/2025 09:15 (GMT+7)
Giao ban trực tuyến công tác tuyên giáo và dân vận quý III
Chiều 3/10, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý III/2025 theo hình thức trực tuyến đến 96 điểm cầu cấp xã, phường. Đây là lần giao ban quý đầu tiên kể từ khi tỉnh Tây Ninh mới (hợp nhất từ tỉnh Tây Ninh và tỉnh Long An) và chính quyền địa phương 2 cấp đi vào hoạt động.
Quang cảnh hội nghị tại điểm cầu tỉnh. Ảnh: Thanh Tùng
Chủ trì hội nghị có đồng chí Trần Văn Chiến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Nguyễn Thị Thu Ba, Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Lê Minh Trí, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh. Hơn 300 đồng chí là cán bộ tuyên giáo, dân vận cấp xã dự tại các điểm cầu.
Quý III, Ban Tuyên giáo và Dân vận các cấp tập trung tuyên truyền việc sắp xếp đơn vị hành chính; tổ chức học tập, quán triệt Nghị quyết 57, 66 và 68-NQ/TW của Bộ Chính trị về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, đổi mới công tác xây dựng và thi hành pháp luật, phát triển kinh tế tư nhân cho 100% chi bộ. Ban đã ban hành Hướng dẫn số 03-HD/BTGDVTU về chức năng, nhiệm vụ của khối dân vận cấp xã sau sáp nhập và Thông báo số 24-TB/BTGDVTU về phân công cán bộ theo dõi địa bàn.
Toàn tỉnh đã hoàn thành xóa 2.864 căn nhà tạm, nhà dột nát trước ngày 31/8/2025, tổng kinh phí hơn 140 tỷ đồng, trong đó riêng các xã thuộc tỉnh Long An cũ hoàn thành 1.312 căn. Nhân dân hiến trên 9.500 m2 đất để mở rộng đường liên xã.
Báo cáo tại điểm cầu xã Đức Hòa, đồng chí Huỳnh Thị Ngọc Ánh, Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã Đức Hòa, cho biết xã mới có hơn 78.000 dân, nhiều khu công nghiệp. "Khó nhất là nắm tâm tư hơn 30.000 công nhân ở trọ. Xã đã lập 42 tổ tự quản nhà trọ, mỗi tổ có một đảng viên phụ trách", đồng chí Ánh nói.
Chánh Trị sự Lê Văn Tới, Đầu Họ đạo Cao Đài Long Hoa (phường Hòa Thành), dự tại điểm cầu tỉnh, chia sẻ: "Chức sắc, chức việc và đồng đạo Cao Đài luôn đồng hành với chính quyền. Họ đạo đã vận động bà con góp 650 triệu đồng sửa nhà cho 13 hộ nghèo trong phường".
Kết luận hội nghị, đồng chí Trần Văn Chiến đề nghị quý IV tập trung tuyên truyền Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; thực hiện tốt "Dân vận khéo" trong giải phóng mặt bằng đường cao tốc; nắm chắc dư luận xã hội ở các xã biên giới; chú trọng tuyên truyền về những lợi ích của việc hợp nhất đối với người dân hai tỉnh cũ, kịp thời giải đáp băn khoăn về thủ tục hành chính, giấy tờ cá nhân. "Sau sáp nhập, địa bàn rộng hơn, nhưng cán bộ không được xa dân hơn. Mỗi cán bộ dân vận cấp xã phải biết từng ấp, từng tổ", đồng chí nhấn mạnh.
Thanh Tùng - Kim Ngân
Lượt xem: 2.210
Tin liên quan
- Phường Tân Ninh ra mắt mô hình "Dân vận khéo" trong chuyển đổi số (30/09/2025)
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 2 (25/09/2025)
- Tây Ninh: 100% xã, phường có tổ công nghệ số cộng đồng (18/09/2025)
""",
    "2025-10-04",
    "Giao ban trực tuyến công tác tuyên giáo và dân vận quý III",
    E("giao_ban", "2025-Q3", "2025-10-03"),
    [
        P("Trần Văn Chiến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Nguyễn Thị Thu Ba", "Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Lê Minh Trí", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
        P("Huỳnh Thị Ngọc Ánh", "Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã Đức Hòa"),
        P("Lê Văn Tới", "Chánh Trị sự", "Đầu Họ đạo Cao Đài Long Hoa"),
    ],
    [
        Q("96 điểm cầu", 96, "điểm cầu"),
        Q("Hơn 300 đồng chí", 300, "đồng chí", "over"),
        Q("100% chi bộ", 100, "%"),
        Q("2.864 căn nhà tạm, nhà dột nát", 2864, "căn nhà tạm, nhà dột nát"),
        Q("hơn 140 tỷ đồng", 140000000000, "đồng", "over"),
        Q("1.312 căn", 1312, "căn"),
        Q("trên 9.500 m2", 9500, "m2", "over"),
        Q("hơn 78.000 dân", 78000, "dân", "over"),
        Q("hơn 30.000 công nhân", 30000, "công nhân", "over"),
        Q("42 tổ tự quản nhà trọ", 42, "tổ tự quản nhà trọ"),
        Q("650 triệu đồng", 650000000, "đồng"),
        Q("13 hộ nghèo", 13, "hộ nghèo"),
    ],
    [
        D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 57, 66 và 68-NQ/TW"),
        D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 57, 66 và 68-NQ/TW"),
        D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 57, 66 và 68-NQ/TW"),
        D("Hướng dẫn", "03", "HD/BTGDVTU", None, None, "Hướng dẫn số 03-HD/BTGDVTU"),
        D("Thông báo", "24", "TB/BTGDVTU", None, None, "Thông báo số 24-TB/BTGDVTU"),
    ],
    [prov("Tây Ninh"), prov("Long An"), com("Đức Hòa"), com("Hòa Thành")],
    ["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TÂY NINH", "Thời sự > Chính trị > Xây dựng Đảng",
     "Quang cảnh hội nghị tại điểm cầu tỉnh. Ảnh: Thanh Tùng", "Dân vận khéo", "Họ đạo Cao Đài Long Hoa",
     "Thanh Tùng - Kim Ngân"],
    ["Thứ Bảy, 04/10/2025 09:15 (GMT+7)", "quý III/2025", "Quý III", "quý IV", "chính quyền địa phương 2 cấp",
     "Hơn 300 đồng chí", "ngày 31/8/2025", "lần thứ I", "nhiệm kỳ 2025 - 2030", "Lượt xem: 2.210"],
))

# ---------------------------------------------------------------- b700
PAGES.append(page(
    "b700-laocai-mttq-tongket-2025",
    """
Thứ Sáu, 16/01/2026
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÀO CAI
Chính trị | Mặt trận - Đoàn thể
14/01/2026 | 16:20
Toàn cảnh hội nghị.
Mặt trận các cấp tổng kết năm đầu tiên sau hợp nhất
Ngày 13/1, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026. Đây là năm đầu tiên Mặt trận tỉnh Lào Cai mới (hợp nhất từ tỉnh Lào Cai và tỉnh Yên Bái) hoạt động theo mô hình mới, sau khi các tổ chức chính trị - xã hội được sắp xếp trực thuộc Ủy ban MTTQ Việt Nam.
Dự hội nghị có đồng chí Giàng Thị Mai, Phó Bí thư Tỉnh ủy; đồng chí Hoàng Chí Thành, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Cùng dự có các đồng chí: Lý Seo Chứ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh; Hà Thị Nga, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Đặng Văn Quyết.
Năm 2025, thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương, Mặt trận các cấp hoàn thành việc hợp nhất, kiện toàn bộ máy ở 99 xã, phường. Cùng với chính quyền, Mặt trận đã hoàn thành xóa 6.214 căn nhà tạm, nhà dột nát, trong đó có 1.870 căn cho hộ bị ảnh hưởng bởi bão số 3 năm 2024. Quỹ "Vì người nghèo" các cấp vận động hơn 118 tỷ đồng; chương trình "Tết sum vầy" trao 15.600 suất quà, mỗi suất trị giá 500.000 đồng.
Thực hiện Kế hoạch 03, 04-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về giám sát, phản biện xã hội, Mặt trận chủ trì 146 cuộc giám sát, tổ chức 31 hội nghị phản biện xã hội; phát huy vai trò của 2.482 người có uy tín trong đồng bào dân tộc thiểu số. Công tác đoàn kết tôn giáo có nhiều tiến bộ; không có điểm nóng xảy ra.
Phát biểu chỉ đạo, đồng chí Giàng Thị Mai nhấn mạnh: "Bộ máy mới, địa bàn mới, nhưng nhân dân vẫn là gốc. Năm 2026, Mặt trận phải đi đầu trong vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 - 2031". Đồng chí đề nghị Ủy ban MTTQ tỉnh sớm ký Chương trình phối hợp số 01/CTrPH-MTTQ-UBND với UBND tỉnh về chăm lo cho người nghèo vùng cao.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho 5 tập thể và 7 cá nhân; Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 28 tập thể, 41 cá nhân theo Quyết định số 215/QĐ-MTTQ-BTT ngày 08/01/2026. Trong số cá nhân được khen có ông Sùng A Lử, Trưởng Ban công tác Mặt trận thôn Sín Chải, xã Tả Van.
Ông Sùng A Lử cho biết: "Thôn tôi có 86 hộ người Mông. Năm 2025, bà con tự góp 1.200 ngày công, 45 triệu đồng làm 2 km đường bê tông. Được Mặt trận tặng Bằng khen, tôi về sẽ vận động bà con làm tiếp đoạn đường lên khu trồng thảo quả".
Bà Hà Thị Nga cho biết, năm 2026 Hội LHPN tỉnh sẽ phối hợp với Mặt trận các xã triển khai cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" ở 100% thôn, tổ dân phố.
Thanh Thủy
Lượt xem: 1.386
Tin liên quan
- Văn Chấn: trao 20 nhà Đại đoàn kết cho hộ nghèo (10/01/2026)
- Bát Xát tổ chức Ngày hội Đại đoàn kết (05/01/2026)
- Đại hội đại biểu MTTQ Việt Nam tỉnh Lào Cai lần thứ I (20/10/2025)
""",
    "2026-01-14",
    "Mặt trận các cấp tổng kết năm đầu tiên sau hợp nhất",
    E("tong_ket", "2025", "2026-01-13"),
    [
        P("Giàng Thị Mai", "Phó Bí thư Tỉnh ủy"),
        P("Hoàng Chí Thành", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Lý Seo Chứ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
        P("Hà Thị Nga", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
        P("Đặng Văn Quyết", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
        P("Sùng A Lử", "Trưởng Ban công tác Mặt trận thôn Sín Chải"),
    ],
    [
        Q("99 xã, phường", 99, "xã, phường"),
        Q("6.214 căn nhà tạm, nhà dột nát", 6214, "căn nhà tạm, nhà dột nát"),
        Q("1.870 căn", 1870, "căn"),
        Q("hơn 118 tỷ đồng", 118000000000, "đồng", "over"),
        Q("15.600 suất quà", 15600, "suất quà"),
        Q("500.000 đồng", 500000, "đồng"),
        Q("146 cuộc giám sát", 146, "cuộc giám sát"),
        Q("31 hội nghị phản biện xã hội", 31, "hội nghị phản biện xã hội"),
        Q("2.482 người có uy tín", 2482, "người có uy tín"),
        Q("5 tập thể", 5, "tập thể"),
        Q("7 cá nhân", 7, "cá nhân"),
        Q("28 tập thể", 28, "tập thể"),
        Q("41 cá nhân", 41, "cá nhân"),
        Q("86 hộ", 86, "hộ"),
        Q("1.200 ngày công", 1200, "ngày công"),
        Q("45 triệu đồng", 45000000, "đồng"),
        Q("2 km", 2, "km"),
        Q("100% thôn, tổ dân phố", 100, "%"),
    ],
    [
        D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương", "Nghị quyết số 60-NQ/TW"),
        D("Kế hoạch", "03", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 03, 04-KH/MTTQ-BTT"),
        D("Kế hoạch", "04", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 03, 04-KH/MTTQ-BTT"),
        D("Chương trình phối hợp", "01", "CTrPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 01/CTrPH-MTTQ-UBND"),
        D("Quyết định", "215", "QĐ-MTTQ-BTT", "2026-01-08", None, "Quyết định số 215/QĐ-MTTQ-BTT"),
    ],
    [prov("Lào Cai"), prov("Yên Bái"), com("Tả Van")],
    ["Thứ Sáu, 16/01/2026", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÀO CAI", "Chính trị | Mặt trận - Đoàn thể", "Toàn cảnh hội nghị.",
     "Vì người nghèo", "Tết sum vầy", "Xây dựng gia đình 5 không, 3 sạch", "thôn Sín Chải", "Thanh Thủy"],
    ["Thứ Sáu, 16/01/2026", "14/01/2026 | 16:20", "năm 2025", "năm 2026", "Năm 2025", "Năm 2026", "bão số 3",
     "năm 2024", "khóa XVI", "nhiệm kỳ 2026 - 2031", "5 không, 3 sạch", "Lượt xem: 1.386"],
))
