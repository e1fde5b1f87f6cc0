from lib import *
PAGES = []

PAGES.append(page("b2885-dongnai-ldld-doithoai-2011", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI
Trang chủ > Tin tức > Hoạt động công đoàn
Thứ Sáu, 16/12/2011 - 09:20
Toàn cảnh buổi đối thoại tại KCN Biên Hòa 2.
Đồng Nai: Đối thoại giữa công nhân và doanh nghiệp tại KCN Biên Hòa 2
Ngày 14/12/2011, Liên đoàn Lao động tỉnh phối hợp với Ban Quản lý các KCN tỉnh tổ chức buổi đối thoại giữa người lao động và chủ doanh nghiệp năm 2011 tại KCN Biên Hòa 2. Đồng chí Huỳnh Thị Ngọc Bích, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch LĐLĐ tỉnh chủ trì buổi đối thoại. Tham dự có đại diện 38 doanh nghiệp và khoảng 250 công nhân, cán bộ công đoàn cơ sở.
Đồng chí Huỳnh Thị Ngọc Bích phát biểu tại buổi đối thoại.
Mở đầu chương trình, ông Lưu Quang Thái, Phó Trưởng ban Quản lý các KCN tỉnh thông báo: toàn tỉnh hiện có 31 KCN đang hoạt động với hơn 420.000 lao động; trong 11 tháng năm 2011 đã xảy ra 57 cuộc ngừng việc tập thể, tăng 14 cuộc so với cùng kỳ, chủ yếu do tiền lương thấp, bữa ăn giữa ca kém chất lượng và doanh nghiệp chậm thực hiện Nghị định số 70/2011/NĐ-CP ngày 22/8/2011 của Chính phủ quy định mức lương tối thiểu vùng.
Tại buổi đối thoại, nhiều công nhân thẳng thắn nêu ý kiến. Chị Điểu Thị Mai, công nhân Công ty TNHH Giày da Phú Thành, phản ánh tiền ăn giữa ca chỉ 9.000 đồng/suất; anh Nguyễn Văn Lượm, tổ trưởng tổ sản xuất Công ty CP Dệt may Tân Hòa, đề nghị công ty công khai cách tính tiền thưởng Tết. Đại diện doanh nghiệp, bà Lin Shu Fen, Giám đốc nhân sự Công ty TNHH Giày da Phú Thành, cam kết nâng tiền ăn giữa ca lên 12.000 đồng/suất từ ngày 1/1/2012.
Có 46 ý kiến được gửi đến buổi đối thoại, trong đó 39 ý kiến được doanh nghiệp và cơ quan chức năng trả lời ngay tại chỗ; số còn lại được ghi nhận để giải quyết trong tháng 1/2012.
Phát biểu kết luận, đồng chí Huỳnh Thị Ngọc Bích đề nghị các công đoàn cơ sở thực hiện tốt Chỉ thị số 22-CT/TW ngày 5/6/2008 của Ban Bí thư về tăng cường công tác lãnh đạo, chỉ đạo xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong doanh nghiệp và Kế hoạch số 115/KH-LĐLĐ của LĐLĐ tỉnh về tổ chức Hội nghị người lao động; chủ động nắm tình hình, không để xảy ra ngừng việc tập thể dịp cuối năm. LĐLĐ tỉnh cũng sẽ vận động doanh nghiệp tham gia chương trình "Tết sum vầy" cho công nhân không có điều kiện về quê.
Dịp này, LĐLĐ tỉnh trao 60 suất quà cho công nhân có hoàn cảnh khó khăn tại KCN Biên Hòa 2, mỗi suất trị giá 500.000 đồng.
Ông Trần Văn Sáu, Chủ tịch Công đoàn các KCN Đồng Nai cho biết, năm 2011 Công đoàn KCN đã thành lập mới 64 công đoàn cơ sở, kết nạp 12.580 đoàn viên.
Minh Châu
Số lượt xem: 1.204
Tin liên quan
- Trao 1.000 phần quà Tết cho công nhân KCN Nhơn Trạch (10/12/2011)
- Hội nghị tập huấn kỹ năng thương lượng tập thể (28/11/2011)
- Công đoàn KCN tổ chức "Ngày hội công nhân" (15/11/2011)
""", "2011-12-16", "Đồng Nai: Đối thoại giữa công nhân và doanh nghiệp tại KCN Biên Hòa 2",
E("doi_thoai", "2011", "2011-12-14"),
[P("Huỳnh Thị Ngọc Bích", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch LĐLĐ tỉnh"),
 P("Lưu Quang Thái", "Phó Trưởng ban Quản lý các KCN tỉnh"),
 P("Điểu Thị Mai", "công nhân Công ty TNHH Giày da Phú Thành"),
 P("Nguyễn Văn Lượm", "tổ trưởng tổ sản xuất Công ty CP Dệt may Tân Hòa"),
 P("Lin Shu Fen", "Giám đốc nhân sự Công ty TNHH Giày da Phú Thành"),
 P("Trần Văn Sáu", "Chủ tịch Công đoàn các KCN Đồng Nai")],
[Q("38 doanh nghiệp", 38, "doanh nghiệp"), Q("khoảng 250 công nhân, cán bộ công đoàn cơ sở", 250, "công nhân, cán bộ công đoàn cơ sở", "approx"),
 Q("31 KCN", 31, "KCN"), Q("hơn 420.000 lao động", 420000, "lao động", "over"),
 Q("57 cuộc ngừng việc tập thể", 57, "cuộc ngừng việc tập thể"), Q("14 cuộc", 14, "cuộc"),
 Q("9.000 đồng", 9000, "đồng"), Q("12.000 đồng", 12000, "đồng"),
 Q("46 ý kiến", 46, "ý kiến"), Q("39 ý kiến", 39, "ý kiến"),
 Q("60 suất quà", 60, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("64 công đoàn cơ sở", 64, "công đoàn cơ sở"), Q("12.580 đoàn viên", 12580, "đoàn viên")],
[D("Nghị định", "70", "2011/NĐ-CP", "2011-08-22", "Chính phủ", "Nghị định số 70/2011/NĐ-CP ngày 22/8/2011 của Chính phủ"),
 D("Chỉ thị", "22", "CT/TW", "2008-06-05", "Ban Bí thư", "Chỉ thị số 22-CT/TW ngày 5/6/2008 của Ban Bí thư"),
 D("Kế hoạch", "115", "KH-LĐLĐ", None, "LĐLĐ tỉnh", "Kế hoạch số 115/KH-LĐLĐ của LĐLĐ tỉnh")],
[prov("Đồng Nai")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI", "Trang chủ > Tin tức > Hoạt động công đoàn", "Toàn cảnh buổi đối thoại tại KCN Biên Hòa 2.",
 "Đồng chí Huỳnh Thị Ngọc Bích phát biểu tại buổi đối thoại.", "Tết sum vầy", "KCN Biên Hòa 2", "Công ty TNHH Giày da Phú Thành", "Số lượt xem: 1.204"],
["Thứ Sáu, 16/12/2011 - 09:20", "11 tháng năm 2011", "1/1/2012", "tháng 1/2012", "Số lượt xem: 1.204", "KCN Biên Hòa 2"]))

PAGES.append(page("b2886-binhduong-congdoan-soket-2012", """
Cổng thông tin điện tử Liên đoàn Lao động tỉnh Bình Dương
Tin tức - Sự kiện / Quan hệ lao động
Cập nhật: 16:45, 20/07/2012 (GMT+7)
Ảnh: Quang cảnh hội nghị sơ kết.
Ngừng việc tập thể giảm nhưng vẫn tiềm ẩn phức tạp
(LĐBD) - Chiều 18/7, Liên đoàn Lao động tỉnh Bình Dương tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm 2012 và triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Thị Mỹ Hằng, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh chủ trì hội nghị; dự có các đồng chí Phó Chủ tịch LĐLĐ tỉnh: Phạm Văn Thành, Lê Thị Thu Nguyệt, Thạch Sa Rây.
Theo báo cáo, 6 tháng đầu năm trên địa bàn tỉnh xảy ra 34 cuộc ngừng việc tập thể với khoảng 21.000 lượt công nhân tham gia, giảm 19 cuộc so với cùng kỳ năm 2011. 28/34 cuộc xảy ra ở doanh nghiệp có vốn đầu tư nước ngoài; 100% các cuộc ngừng việc đều có cán bộ công đoàn cấp trên đến nắm tình hình và hỗ trợ thương lượng trong ngày. Toàn tỉnh có 1.126 công đoàn cơ sở với hơn 318.000 đoàn viên; 6 tháng qua đã phát triển mới 21.450 đoàn viên, thành lập 57 công đoàn cơ sở mới.
Công tác chăm lo cho đoàn viên được quan tâm: các cấp công đoàn đã hỗ trợ xây dựng 26 "Mái ấm Công đoàn" với tổng trị giá 780 triệu đồng; vận động doanh nghiệp ký kết 412 bản thỏa ước lao động tập thể, đạt 63,5% số doanh nghiệp có tổ chức công đoàn. Quỹ "Vì nữ công nhân nghèo" hỗ trợ vốn không lãi cho 185 nữ đoàn viên.
Hội nghị nghe các ý kiến tham luận. Bà Đoàn Thị Kim Loan, Chủ tịch Công đoàn cơ sở Công ty TNHH Điện tử Việt Tường, chia sẻ cách làm "3 cùng" khi vận động công nhân trở lại làm việc. Ông Hồ Ngọc Thắng, Chủ tịch Công đoàn các Khu công nghiệp Bình Dương, cho rằng nguyên nhân chính vẫn là tiền lương chưa đủ sống, nhiều doanh nghiệp chậm điều chỉnh lương theo Nghị định 70/2011/NĐ-CP.
Kết luận hội nghị, đồng chí Nguyễn Thị Mỹ Hằng yêu cầu 6 tháng cuối năm các cấp công đoàn tiếp tục thực hiện Nghị quyết 20-NQ/TW ngày 28/01/2008 của BCH Trung ương về tiếp tục xây dựng giai cấp công nhân Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa và Chương trình hành động số 07-CTr/LĐLĐ của LĐLĐ tỉnh; tổ chức đối thoại định kỳ tại 100% doanh nghiệp có trên 300 lao động; chuẩn bị tốt "Tết sum vầy" năm 2013.
Dịp này, LĐLĐ tỉnh tặng bằng khen cho 15 tập thể và 22 cá nhân có thành tích xuất sắc trong phong trào "Giỏi việc nước, đảm việc nhà".
Bảo Ngọc
Lượt truy cập: 905.311
Các tin khác
- Khánh thành 5 "Mái ấm Công đoàn" tại Thuận An (10/07/2012)
- LĐLĐ tỉnh làm việc với Công ty TNHH Pou Yuen (02/07/2012)
- Hội thi "Nữ công nhân duyên dáng" năm 2012 (25/06/2012)
""", "2012-07-20", "Ngừng việc tập thể giảm nhưng vẫn tiềm ẩn phức tạp",
E("so_ket", "2012-H1", "2012-07-18"),
[P("Nguyễn Thị Mỹ Hằng", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Phạm Văn Thành", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Lê Thị Thu Nguyệt", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Thạch Sa Rây", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Đoàn Thị Kim Loan", "Chủ tịch Công đoàn cơ sở Công ty TNHH Điện tử Việt Tường"),
 P("Hồ Ngọc Thắng", "Chủ tịch Công đoàn các Khu công nghiệp Bình Dương")],
[Q("34 cuộc ngừng việc tập thể", 34, "cuộc ngừng việc tập thể"), Q("khoảng 21.000 lượt công nhân", 21000, "lượt công nhân", "approx"),
 Q("19 cuộc", 19, "cuộc"), Q("28/34 cuộc", 28, "cuộc"), Q("100%", 100, "%"),
 Q("1.126 công đoàn cơ sở", 1126, "công đoàn cơ sở"), Q("hơn 318.000 đoàn viên", 318000, "đoàn viên", "over"),
 Q("21.450 đoàn viên", 21450, "đoàn viên"), Q("57 công đoàn cơ sở mới", 57, "công đoàn cơ sở mới"),
 Q("26 \"Mái ấm Công đoàn\"", 26, "Mái ấm Công đoàn"), Q("780 triệu đồng", 780000000, "đồng"),
 Q("412 bản thỏa ước lao động tập thể", 412, "bản thỏa ước lao động tập thể"), Q("63,5%", 63.5, "%"),
 Q("185 nữ đoàn viên", 185, "nữ đoàn viên"), Q("100% doanh nghiệp", 100, "%"), Q("trên 300 lao động", 300, "lao động", "over"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Nghị định", "70", "2011/NĐ-CP", None, None, "Nghị định 70/2011/NĐ-CP"),
 D("Nghị quyết", "20", "NQ/TW", "2008-01-28", "BCH Trung ương", "Nghị quyết 20-NQ/TW ngày 28/01/2008 của BCH Trung ương"),
 D("Chương trình hành động", "07", "CTr/LĐLĐ", None, "LĐLĐ tỉnh", "Chương trình hành động số 07-CTr/LĐLĐ của LĐLĐ tỉnh")],
[prov("Bình Dương")],
["Cổng thông tin điện tử Liên đoàn Lao động tỉnh Bình Dương", "Tin tức - Sự kiện / Quan hệ lao động", "Ảnh: Quang cảnh hội nghị sơ kết.",
 "(LĐBD)", "Mái ấm Công đoàn", "Vì nữ công nhân nghèo", "3 cùng", "Tết sum vầy", "Giỏi việc nước, đảm việc nhà", "Lượt truy cập: 905.311"],
["Cập nhật: 16:45, 20/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "3 cùng", "Lượt truy cập: 905.311", "năm 2013"]))

PAGES.append(page("b2887-bacninh-tetsumvay-2013", """
BÁO BẮC NINH ĐIỆN TỬ
Xã hội » Lao động - Việc làm
08:30 | 28/01/2013
"Tết sum vầy" ấm áp nghĩa tình với công nhân KCN Tiên Sơn
Chương trình "Tết sum vầy" năm 2013 được tổ chức tại Nhà văn hóa công nhân KCN Tiên Sơn.
Sáng 27/1, Liên đoàn Lao động tỉnh Bắc Ninh phối hợp với Ban Quản lý các KCN tổ chức chương trình "Tết sum vầy" năm 2013 cho công nhân lao động. Đến dự có đồng chí Đào Quang Nhân - Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Ngô Thị Hằng, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh cùng đại diện các sở, ngành.
Năm 2012, toàn tỉnh có hơn 160.000 công nhân làm việc tại 15 KCN tập trung, trong đó khoảng 70% là lao động ngoại tỉnh. Do ảnh hưởng suy giảm kinh tế, nhiều doanh nghiệp thiếu đơn hàng, một số công nhân bị giãn việc; mức thưởng Tết bình quân ở doanh nghiệp FDI khoảng 2,4 triệu đồng/người, doanh nghiệp dân doanh khoảng 1,5 triệu đồng/người.
Tại chương trình, Ban tổ chức trao 800 suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất gồm 500.000 đồng tiền mặt và hiện vật; tặng 200 vé xe cho công nhân về quê đón Tết. Tổng kinh phí chương trình trên 520 triệu đồng, do Quỹ Xã hội công đoàn tỉnh và 27 doanh nghiệp đóng góp.
Anh Sùng A Páo, công nhân Công ty TNHH Canon Việt Nam, quê ở Hà Giang, chia sẻ: "Năm nay em không về quê được, được công đoàn tặng quà, lại được xem văn nghệ cùng anh em, thấy ấm lòng lắm".
Phát biểu tại chương trình, đồng chí Đào Quang Nhân đề nghị các cấp công đoàn tiếp tục triển khai Kế hoạch số 24-KH/TU của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết 20-NQ/TW; quan tâm nhà ở, nhà trẻ, đời sống văn hóa cho công nhân. Đồng chí Ngô Thị Hằng cho biết trong dịp Tết Quý Tỵ, LĐLĐ tỉnh dành hơn 3,2 tỷ đồng chăm lo cho khoảng 6.500 đoàn viên, công nhân lao động.
Ông Kim Jong Soo, Tổng Giám đốc Công ty TNHH Sewon Bắc Ninh, cam kết thưởng Tết cho công nhân không thấp hơn năm trước. Các phường Vân Dương, Đại Phúc và xã Tam Sơn cũng tổ chức thăm hỏi công nhân thuê trọ trên địa bàn.
Theo khảo sát của LĐLĐ tỉnh, có khoảng 9.000 công nhân không về quê đón Tết do xa nhà hoặc thu nhập thấp. Để chăm lo cho số công nhân này, Công đoàn các KCN bố trí 4 điểm vui xuân tại các khu nhà trọ tập trung, tổ chức gói bánh chưng, giao lưu văn nghệ trong đêm giao thừa. Đoàn viên thanh niên phường Vân Dương cũng lập 3 đội hình tình nguyện hỗ trợ trông giữ phòng trọ cho công nhân về quê.
Văn Sơn
Tin cùng chuyên mục
- Bắc Ninh: 92% doanh nghiệp đã trả lương tháng 13 (25/01/2013)
- Hội nghị người lao động ở doanh nghiệp FDI (18/01/2013)
- Khởi công nhà ở xã hội cho công nhân KCN Quế Võ (10/01/2013)
""", "2013-01-28", "\"Tết sum vầy\" ấm áp nghĩa tình với công nhân KCN Tiên Sơn",
E("trao_qua", None, "2013-01-27"),
[P("Đào Quang Nhân", "Ủy viên BCH Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Ngô Thị Hằng", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Sùng A Páo", "công nhân Công ty TNHH Canon Việt Nam"),
 P("Kim Jong Soo", "Tổng Giám đốc Công ty TNHH Sewon Bắc Ninh")],
[Q("hơn 160.000 công nhân", 160000, "công nhân", "over"), Q("15 KCN tập trung", 15, "KCN tập trung"),
 Q("khoảng 70%", 70, "%", "approx"), Q("khoảng 2,4 triệu đồng", 2400000, "đồng", "approx"),
 Q("khoảng 1,5 triệu đồng", 1500000, "đồng", "approx"), Q("800 suất quà", 800, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("200 vé xe", 200, "vé xe"), Q("trên 520 triệu đồng", 520000000, "đồng", "over"), Q("27 doanh nghiệp", 27, "doanh nghiệp"),
 Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("khoảng 6.500 đoàn viên, công nhân lao động", 6500, "đoàn viên, công nhân lao động", "approx"),
 Q("khoảng 9.000 công nhân", 9000, "công nhân", "approx"), Q("4 điểm vui xuân", 4, "điểm vui xuân"),
 Q("3 đội hình tình nguyện", 3, "đội hình tình nguyện")],
[D("Kế hoạch", "24", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 24-KH/TU của Ban Thường vụ Tỉnh ủy"),
 D("Nghị quyết", "20", "NQ/TW", None, None, "Nghị quyết 20-NQ/TW")],
[prov("Bắc Ninh"), prov("Hà Giang"), com("Vân Dương"), com("Đại Phúc"), com("Tam Sơn")],
["BÁO BẮC NINH ĐIỆN TỬ", "Xã hội » Lao động - Việc làm", "Chương trình \"Tết sum vầy\" năm 2013 được tổ chức tại Nhà văn hóa công nhân KCN Tiên Sơn.",
 "Tết sum vầy", "Quỹ Xã hội công đoàn tỉnh", "Công ty TNHH Canon Việt Nam"],
["08:30 | 28/01/2013", "năm 2013", "Năm 2012", "Tết Quý Tỵ"]))

PAGES.append(page("b2888-longan-maiam-2014", """
Liên đoàn Lao động tỉnh Long An
Bạn đang ở: Trang chủ / Chăm lo đời sống
12-09-2014 14:05
Long An: Bàn giao 12 "Mái ấm Công đoàn" cho đoàn viên khó khăn
Ông Võ Văn Hoàng trao quyết định hỗ trợ "Mái ấm Công đoàn" cho gia đình chị Lê Thị Bé Ba.
Ngày 10/9, Liên đoàn Lao động tỉnh Long An tổ chức bàn giao 12 căn "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn về nhà ở tại các KCN Đức Hòa 1, Xuyên Á và Tân Đức. Dự buổi lễ có ông Võ Văn Hoàng, Phó Chủ tịch Thường trực LĐLĐ tỉnh; bà Trương Thị Kim Liên, Trưởng ban Nữ công LĐLĐ tỉnh; đại diện Công đoàn các KCN và chính quyền địa phương.
Mỗi căn nhà có diện tích 40 m2, tổng giá trị mỗi căn khoảng 60 triệu đồng, trong đó Quỹ "Mái ấm Công đoàn" tỉnh hỗ trợ 30 triệu đồng, công đoàn cơ sở và doanh nghiệp hỗ trợ 15 triệu đồng, phần còn lại do gia đình đoàn viên tự đóng góp và vay Quỹ Trợ vốn CEP. Tổng kinh phí hỗ trợ của các cấp công đoàn cho 12 căn nhà là 540 triệu đồng.
Chị Lê Thị Bé Ba, công nhân Công ty TNHH Dệt Hòa Khánh, nhà ở ấp Chánh, xã Đức Lập Thượng, xúc động cho biết: "Vợ chồng tôi làm công nhân gần 10 năm, thuê nhà trọ suốt, nay có căn nhà vững chắc, không còn lo mưa dột".
Theo ông Võ Văn Hoàng, thực hiện Hướng dẫn số 1317/HD-TLĐ ngày 10/8/2009 của Tổng Liên đoàn Lao động Việt Nam và Quyết định số 245/QĐ-LĐLĐ của Ban Thường vụ LĐLĐ tỉnh, từ năm 2010 đến nay các cấp công đoàn Long An đã xây dựng, sửa chữa 148 "Mái ấm Công đoàn" với tổng số tiền hơn 4,1 tỷ đồng. Riêng năm 2014, LĐLĐ tỉnh phấn đấu hỗ trợ 30 căn, đến nay đã hoàn thành 21 căn, đạt 70% kế hoạch.
Cũng trong dịp này, Công đoàn KCN Xuyên Á vận động được 38 doanh nghiệp đóng góp hơn 210 triệu đồng vào Quỹ "Mái ấm Công đoàn". Ông Châu Minh Kha, Chủ tịch Công đoàn cơ sở Công ty CP Thép Long An, đại diện doanh nghiệp phát biểu mong muốn tiếp tục đồng hành với tổ chức công đoàn.
Các ông bà ở xã Hựu Thạnh, xã Mỹ Hạnh Nam cũng được bàn giao nhà trong đợt này. Ngày 8/9/2014, LĐLĐ tỉnh đã ban hành Công văn số 412/LĐLĐ-NC đề nghị các công đoàn cấp trên cơ sở rà soát danh sách đoàn viên khó khăn về nhà ở giai đoạn 2015-2016.
Theo đánh giá của LĐLĐ tỉnh, hiện toàn tỉnh còn khoảng 1.300 đoàn viên chưa có nhà ở ổn định, phần lớn là lao động từ các tỉnh miền Tây lên làm việc tại các KCN ở huyện Đức Hòa, Bến Lức. Nhiều trường hợp phải ở nhà trọ chật chội, thiếu nước sạch. Để huy động thêm nguồn lực, LĐLĐ tỉnh đề nghị mỗi đoàn viên đóng góp 1 ngày lương vào Quỹ "Mái ấm Công đoàn" và kêu gọi các doanh nghiệp, nhà hảo tâm chung tay.
Hoàng Anh
Lượt xem: 643
Xem thêm
- Công đoàn KCN tổ chức khám bệnh miễn phí cho 500 công nhân (02/09/2014)
- Trao 20 suất học bổng cho con công nhân (26/08/2014)
- Tập huấn nghiệp vụ công tác nữ công năm 2014 (15/08/2014)
""", "2014-09-12", "Long An: Bàn giao 12 \"Mái ấm Công đoàn\" cho đoàn viên khó khăn",
E("trao_qua", None, "2014-09-10"),
[P("Võ Văn Hoàng", "Phó Chủ tịch Thường trực LĐLĐ tỉnh"),
 P("Trương Thị Kim Liên", "Trưởng ban Nữ công LĐLĐ tỉnh"),
 P("Lê Thị Bé Ba", "công nhân Công ty TNHH Dệt Hòa Khánh"),
 P("Châu Minh Kha", "Chủ tịch Công đoàn cơ sở Công ty CP Thép Long An")],
[Q("12 \"Mái ấm Công đoàn\"", 12, "Mái ấm Công đoàn"), Q("40 m2", 40, "m2"),
 Q("khoảng 60 triệu đồng", 60000000, "đồng", "approx"), Q("30 triệu đồng", 30000000, "đồng"), Q("15 triệu đồng", 15000000, "đồng"),
 Q("540 triệu đồng", 540000000, "đồng"), Q("148 \"Mái ấm Công đoàn\"", 148, "Mái ấm Công đoàn"),
 Q("hơn 4,1 tỷ đồng", 4100000000, "đồng", "over"), Q("30 căn", 30, "căn"), Q("21 căn", 21, "căn"), Q("70%", 70, "%"),
 Q("38 doanh nghiệp", 38, "doanh nghiệp"), Q("hơn 210 triệu đồng", 210000000, "đồng", "over"),
 Q("khoảng 1.300 đoàn viên", 1300, "đoàn viên", "approx")],
[D("Hướng dẫn", "1317", "HD-TLĐ", "2009-08-10", "Tổng Liên đoàn Lao động Việt Nam", "Hướng dẫn số 1317/HD-TLĐ ngày 10/8/2009"),
 D("Quyết định", "245", "QĐ-LĐLĐ", None, "Ban Thường vụ LĐLĐ tỉnh", "Quyết định số 245/QĐ-LĐLĐ của Ban Thường vụ LĐLĐ tỉnh"),
 D("Công văn", "412", "LĐLĐ-NC", "2014-09-08", "LĐLĐ tỉnh", "Công văn số 412/LĐLĐ-NC")],
[prov("Long An"), com("Đức Lập Thượng"), com("Hựu Thạnh"), com("Mỹ Hạnh Nam")],
["Liên đoàn Lao động tỉnh Long An", "Bạn đang ở: Trang chủ / Chăm lo đời sống",
 "Ông Võ Văn Hoàng trao quyết định hỗ trợ \"Mái ấm Công đoàn\" cho gia đình chị Lê Thị Bé Ba.", "Mái ấm Công đoàn",
 "Quỹ Trợ vốn CEP", "Lượt xem: 643", "KCN Đức Hòa 1", "Đức Hòa, Bến Lức"],
["12-09-2014 14:05", "gần 10 năm", "năm 2014", "giai đoạn 2015-2016", "Lượt xem: 643", "KCN Đức Hòa 1", "1317/HD-TLĐ", "1 ngày lương"]))

PAGES.append(page("b2889-haiduong-congdoankcn-daihoi-2015", """
CÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP TỈNH HẢI DƯƠNG
Trang chủ | Tin tức | Đại hội Công đoàn các cấp
Ngày đăng 24/04/2015 | 10:40
Đại hội Công đoàn các KCN tỉnh Hải Dương lần thứ III, nhiệm kỳ 2015 - 2020
Đoàn Chủ tịch điều hành Đại hội.
Trong hai ngày 22 và 23/4/2015, Công đoàn các Khu công nghiệp tỉnh Hải Dương tổ chức Đại hội lần thứ III, nhiệm kỳ 2015 - 2020. Về dự có đồng chí Lê Minh Phúc, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam; đồng chí Đỗ Thị Huyền Trang, Chủ tịch LĐLĐ tỉnh; 180 đại biểu chính thức đại diện cho hơn 52.000 đoàn viên của 136 công đoàn cơ sở.
Báo cáo tại Đại hội nêu rõ, nhiệm kỳ 2010 - 2015, Công đoàn các KCN đã phát triển mới 31.700 đoàn viên, thành lập 74 công đoàn cơ sở; 118 doanh nghiệp ký thỏa ước lao động tập thể, đạt 86,8%. Thu nhập bình quân của công nhân đạt 4,3 triệu đồng/người/tháng, tăng 1,9 triệu đồng so với đầu nhiệm kỳ. Trong nhiệm kỳ có 23 cuộc ngừng việc tập thể, giảm 41 cuộc so với nhiệm kỳ trước; công đoàn đã tham gia giải quyết 23/23 cuộc.
Phát biểu chỉ đạo, đồng chí Lê Minh Phúc đề nghị Công đoàn các KCN tiếp tục cụ thể hóa Nghị quyết Đại hội XI Công đoàn Việt Nam, thực hiện tốt Nghị định số 60/2013/NĐ-CP ngày 19/6/2013 của Chính phủ quy định chi tiết Bộ luật Lao động về thực hiện quy chế dân chủ ở cơ sở tại nơi làm việc; tổ chức tốt Hội nghị người lao động và đối thoại định kỳ.
Đại hội đã bầu Ban Chấp hành khóa III gồm 19 đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu đồng chí Phạm Văn Tuân giữ chức Chủ tịch Công đoàn các KCN tỉnh khóa III; các đồng chí Nguyễn Thị Thu Hà, Vũ Đình Cường được bầu làm Phó Chủ tịch. Đại hội cũng bầu 9 đại biểu đi dự Đại hội Công đoàn tỉnh lần thứ XVI.
Đại hội đề ra mục tiêu đến năm 2020 phát triển thêm 25.000 đoàn viên, 90% doanh nghiệp có tổ chức công đoàn ký thỏa ước lao động tập thể; mỗi năm hỗ trợ xây dựng ít nhất 10 "Mái ấm Công đoàn". Đại hội đã thông qua Nghị quyết Đại hội và chương trình hành động "Vì việc làm, đời sống, quyền lợi của đoàn viên".
Nhiều tham luận tại Đại hội tập trung vào vấn đề nhà ở và thiết chế văn hóa cho công nhân. Đại biểu Nguyễn Thị Nhàn, Chủ tịch Công đoàn cơ sở Công ty TNHH Ford Việt Nam, cho biết công đoàn đã thương lượng với doanh nghiệp nâng tiền ăn ca lên 18.000 đồng/suất, hỗ trợ tiền nhà trọ 200.000 đồng/người/tháng. Đại biểu Lò Văn Quyết, công nhân Công ty CP Sứ Hải Dương, người dân tộc Thái, kiến nghị tổ chức thêm lớp học nghề buổi tối.
Thu Hương
Số người truy cập: 76.520
Bài viết liên quan
- Đại hội Công đoàn cơ sở Công ty TNHH Brother Hải Dương (03/04/2015)
- Hải Dương: 100% công đoàn cơ sở hoàn thành đại hội (28/03/2015)
- Tập huấn nghiệp vụ tổ chức đại hội công đoàn (12/02/2015)
""", "2015-04-24", "Đại hội Công đoàn các KCN tỉnh Hải Dương lần thứ III, nhiệm kỳ 2015 - 2020",
E("dai_hoi", None, "2015-04-22"),
[P("Lê Minh Phúc", "Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam"),
 P("Đỗ Thị Huyền Trang", "Chủ tịch LĐLĐ tỉnh"),
 P("Phạm Văn Tuân", "Chủ tịch Công đoàn các KCN tỉnh khóa III"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch"),
 P("Vũ Đình Cường", "Phó Chủ tịch"),
 P("Nguyễn Thị Nhàn", "Chủ tịch Công đoàn cơ sở Công ty TNHH Ford Việt Nam"),
 P("Lò Văn Quyết", "công nhân Công ty CP Sứ Hải Dương")],
[Q("180 đại biểu chính thức", 180, "đại biểu chính thức"), Q("hơn 52.000 đoàn viên", 52000, "đoàn viên", "over"),
 Q("136 công đoàn cơ sở", 136, "công đoàn cơ sở"), Q("31.700 đoàn viên", 31700, "đoàn viên"), Q("74 công đoàn cơ sở", 74, "công đoàn cơ sở"),
 Q("118 doanh nghiệp", 118, "doanh nghiệp"), Q("86,8%", 86.8, "%"), Q("4,3 triệu đồng", 4300000, "đồng"), Q("1,9 triệu đồng", 1900000, "đồng"),
 Q("23 cuộc ngừng việc tập thể", 23, "cuộc ngừng việc tập thể"), Q("41 cuộc", 41, "cuộc"), Q("23/23 cuộc", 23, "cuộc"),
 Q("19 đồng chí", 19, "đồng chí"), Q("9 đại biểu", 9, "đại biểu"), Q("25.000 đoàn viên", 25000, "đoàn viên"), Q("90%", 90, "%"),
 Q("ít nhất 10 \"Mái ấm Công đoàn\"", 10, "Mái ấm Công đoàn", "over"),
 Q("18.000 đồng", 18000, "đồng"), Q("200.000 đồng", 200000, "đồng")],
[D("Nghị định", "60", "2013/NĐ-CP", "2013-06-19", "Chính phủ", "Nghị định số 60/2013/NĐ-CP ngày 19/6/2013 của Chính phủ")],
[prov("Hải Dương")],
["CÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP TỈNH HẢI DƯƠNG", "Trang chủ | Tin tức | Đại hội Công đoàn các cấp", "Đoàn Chủ tịch điều hành Đại hội.",
 "Mái ấm Công đoàn", "Vì việc làm, đời sống, quyền lợi của đoàn viên", "Nghị quyết Đại hội XI Công đoàn Việt Nam", "Bộ luật Lao động", "Số người truy cập: 76.520"],
["Ngày đăng 24/04/2015 | 10:40", "lần thứ III", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2010 - 2015", "lần thứ XVI", "19 đồng chí", "Số người truy cập: 76.520", "năm 2020"]))

PAGES.append(page("b2890-thainguyen-ldld-giamsat-2015", """
Báo Thái Nguyên - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thái Nguyên
Chính trị › Công đoàn
Thứ Sáu, 09/10/2015 - 07:50
LĐLĐ tỉnh giám sát việc thực hiện chính sách bảo hiểm xã hội tại các doanh nghiệp
Đoàn giám sát làm việc tại Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên. Ảnh: Đức Anh
Từ ngày 5 đến 7/10/2015, Đoàn giám sát của Liên đoàn Lao động tỉnh do đồng chí Nông Thị Ngọc Lan, Phó Chủ tịch LĐLĐ tỉnh làm trưởng đoàn đã tiến hành giám sát việc thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế cho người lao động năm 2015 tại 8 doanh nghiệp trong KCN Yên Bình và KCN Điềm Thụy. Cùng tham gia đoàn có đại diện Bảo hiểm xã hội tỉnh, Sở Lao động - Thương binh và Xã hội.
Hoạt động giám sát được thực hiện theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội, và Kế hoạch số 36/KH-LĐLĐ ngày 15/9/2015 của LĐLĐ tỉnh.
Qua giám sát, 8 doanh nghiệp đang sử dụng khoảng 41.300 lao động; 6/8 doanh nghiệp đóng đủ BHXH cho người lao động. Tuy nhiên, 2 doanh nghiệp còn nợ BHXH với tổng số tiền hơn 1,37 tỷ đồng, ảnh hưởng đến quyền lợi của 412 lao động; 1 doanh nghiệp đóng BHXH trên mức lương thấp hơn mức lương thực trả.
Làm việc với đoàn, ông Ma Văn Khiêm, Chủ tịch Công đoàn cơ sở Công ty CP May Yên Bình cho biết công ty đang khó khăn về đơn hàng, cam kết trả hết nợ BHXH trước ngày 31/12/2015. Bà Hoàng Thị Liên, đại diện Ban Giám đốc Công ty TNHH Điện tử Đông Hưng, giải trình về chậm đóng do thay đổi chủ sở hữu.
Kết luận giám sát, đồng chí Nông Thị Ngọc Lan đề nghị các doanh nghiệp thực hiện nghiêm Luật Bảo hiểm xã hội năm 2014; công đoàn cơ sở tăng cường vai trò đại diện, kịp thời báo cáo công đoàn cấp trên khi doanh nghiệp chậm đóng. Đoàn sẽ tổng hợp kiến nghị gửi UBND tỉnh, đồng thời đề nghị cơ quan BHXH khởi kiện nếu doanh nghiệp không khắc phục.
Ông Dương Văn Khải, Trưởng ban Chính sách - Pháp luật LĐLĐ tỉnh cho biết, từ đầu năm đến nay LĐLĐ tỉnh đã tư vấn pháp luật cho hơn 2.600 lượt đoàn viên, công nhân lao động; chủ trì giám sát tại 23 doanh nghiệp, phát hiện 9 doanh nghiệp vi phạm.
Theo số liệu của Bảo hiểm xã hội tỉnh, đến hết tháng 9/2015 toàn tỉnh có 1.046 đơn vị nợ BHXH với tổng số tiền khoảng 96 tỷ đồng, trong đó nhiều doanh nghiệp nợ kéo dài trên 3 tháng. Thời gian tới, LĐLĐ tỉnh sẽ phối hợp với BHXH tỉnh tổ chức đối thoại tại các doanh nghiệp nợ đọng lớn, đồng thời hướng dẫn công đoàn cơ sở khởi kiện thay người lao động theo quy định.
Đức Anh - Thu Trang
Lượt xem: 1.087
Tin khác
- Công nhân Thái Nguyên được hỗ trợ nhà trọ (01/10/2015)
- Đối thoại tại Công ty TNHH Samsung Electronics (25/09/2015)
- Trao 50 suất quà cho công nhân nghèo (12/09/2015)
""", "2015-10-09", "LĐLĐ tỉnh giám sát việc thực hiện chính sách bảo hiểm xã hội tại các doanh nghiệp",
E("giam_sat", "2015", "2015-10-05"),
[P("Nông Thị Ngọc Lan", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Ma Văn Khiêm", "Chủ tịch Công đoàn cơ sở Công ty CP May Yên Bình"),
 P("Hoàng Thị Liên", "đại diện Ban Giám đốc Công ty TNHH Điện tử Đông Hưng"),
 P("Dương Văn Khải", "Trưởng ban Chính sách - Pháp luật LĐLĐ tỉnh")],
[Q("8 doanh nghiệp", 8, "doanh nghiệp"), Q("khoảng 41.300 lao động", 41300, "lao động", "approx"), Q("6/8 doanh nghiệp", 6, "doanh nghiệp"),
 Q("2 doanh nghiệp", 2, "doanh nghiệp"), Q("hơn 1,37 tỷ đồng", 1370000000, "đồng", "over"), Q("412 lao động", 412, "lao động"),
 Q("hơn 2.600 lượt đoàn viên, công nhân lao động", 2600, "lượt đoàn viên, công nhân lao động", "over"),
 Q("23 doanh nghiệp", 23, "doanh nghiệp"), Q("9 doanh nghiệp", 9, "doanh nghiệp"),
 Q("1.046 đơn vị", 1046, "đơn vị"), Q("khoảng 96 tỷ đồng", 96000000000, "đồng", "approx")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"),
 D("Kế hoạch", "36", "KH-LĐLĐ", "2015-09-15", "LĐLĐ tỉnh", "Kế hoạch số 36/KH-LĐLĐ ngày 15/9/2015 của LĐLĐ tỉnh")],
[prov("Thái Nguyên")],
["Báo Thái Nguyên - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thái Nguyên", "Chính trị › Công đoàn",
 "Đoàn giám sát làm việc tại Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên. Ảnh: Đức Anh", "Luật Bảo hiểm xã hội năm 2014",
 "KCN Yên Bình", "Lượt xem: 1.087"],
["Thứ Sáu, 09/10/2015 - 07:50", "năm 2015", "31/12/2015", "1 doanh nghiệp", "Lượt xem: 1.087", "năm 2014", "tháng 9/2015", "3 tháng"]))
