from lib import *
PAGES = []

PAGES.append(page("b9023-hungyen-ldld-baocao-2024", """
BÁO HƯNG YÊN ĐIỆN TỬ
Trang chủ > Xã hội > Công đoàn
19/7/2024 11:05 (GMT+07:00)
6 tháng đầu năm 2024, Hưng Yên xảy ra 3 cuộc ngừng việc tập thể
Liên đoàn Lao động (LĐLĐ) tỉnh vừa ban hành Báo cáo số 112/BC-LĐLĐ ngày 17/7/2024 về tình hình tư tưởng công nhân, viên chức, lao động và quan hệ lao động 6 tháng đầu năm 2024, gửi Thường trực Tỉnh ủy, UBND tỉnh và Ban Dân vận Tỉnh ủy.
Theo báo cáo, toàn tỉnh hiện có 1.236 doanh nghiệp có tổ chức công đoàn với trên 185.000 lao động. Thu nhập bình quân của người lao động trong doanh nghiệp đạt khoảng 8,2 triệu đồng/tháng, tăng 5,4% so với cùng kỳ. Từ ngày 1/7/2024, các doanh nghiệp bắt đầu điều chỉnh lương theo Nghị định số 74/2024/NĐ-CP ngày 30/6/2024 của Chính phủ, nâng lương tối thiểu vùng I lên 4.960.000 đồng/tháng.
Trong 6 tháng đầu năm, trên địa bàn xảy ra 3 cuộc ngừng việc tập thể với khoảng 2.150 người tham gia, giảm 2 cuộc so với cùng kỳ năm 2023. Ngày 6/3, khoảng 800 công nhân Công ty TNHH Điện tử Phố Nối Vina (KCN Phố Nối A, xã Giai Phạm) ngừng việc do công ty cắt giảm đơn hàng, giảm giờ làm mà không thông báo trước; ngày 22/4, khoảng 1.100 công nhân Công ty TNHH May Thăng Long Hưng Yên, xã Tân Quang, ngừng việc đòi công ty trả đủ tiền thưởng chuyên cần; ngày 13/5, 250 công nhân Công ty TNHH Nhựa Dị Sử, phường Dị Sử, ngừng việc vì nhà ăn không bảo đảm vệ sinh.
Cả 3 vụ việc đều được công đoàn cấp trên phối hợp các cơ quan chức năng giải quyết trong ngày. Ông Đặng Văn Khoa, Phó Chủ tịch LĐLĐ tỉnh cho biết: sau đối thoại, Công ty TNHH May Thăng Long Hưng Yên trả bổ sung gần 460 triệu đồng tiền thưởng chuyên cần; Công ty TNHH Nhựa Dị Sử thay đơn vị cung cấp suất ăn, nâng giá trị bữa ăn ca lên 25.000 đồng.
6 tháng qua, công đoàn các cấp phát triển 6.840 đoàn viên; 652 doanh nghiệp đã ký thỏa ước lao động tập thể, đạt 52,7%. LĐLĐ tỉnh thực hiện Kế hoạch số 28/KH-LĐLĐ về thương lượng tập thể năm 2024, hỗ trợ trực tiếp 45 công đoàn cơ sở thương lượng; tư vấn pháp luật cho 3.200 lượt người lao động; tổ chức 118 cuộc đối thoại định kỳ tại doanh nghiệp.
Báo cáo cũng nêu tình hình tư tưởng: một bộ phận công nhân lo lắng việc làm do một số doanh nghiệp thiếu đơn hàng, đã có 1.420 lao động bị giảm giờ làm, 380 người bị chấm dứt hợp đồng. Bà Nguyễn Thị Thu Hương, Chủ tịch LĐLĐ tỉnh đề nghị UBND tỉnh chỉ đạo các ngành tăng cường thanh tra, kiểm tra việc chấp hành pháp luật lao động, nhất là việc đóng bảo hiểm xã hội; số tiền nợ bảo hiểm xã hội trên 6 tháng tại 37 doanh nghiệp đã lên tới hơn 48 tỷ đồng.
Thu Trang
Tin liên quan
- Mỹ Hào: đối thoại với công nhân KCN Thăng Long II (11/07/2024)
- Văn Lâm: thành lập 5 công đoàn cơ sở mới (28/06/2024)
- LĐLĐ tỉnh tuyên dương 60 công nhân giỏi (15/05/2024)
""", "2024-07-19", "6 tháng đầu năm 2024, Hưng Yên xảy ra 3 cuộc ngừng việc tập thể",
E("bao_cao", "2024-H1", "2024-07-17"),
[P("Đặng Văn Khoa", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Nguyễn Thị Thu Hương", "Chủ tịch LĐLĐ tỉnh")],
[Q("3 cuộc ngừng việc tập thể", 3, "cuộc ngừng việc tập thể"), Q("1.236 doanh nghiệp", 1236, "doanh nghiệp"),
 Q("trên 185.000 lao động", 185000, "lao động", "over"), Q("khoảng 8,2 triệu đồng", 8200000, "đồng", "approx"),
 Q("5,4%", 5.4, "%"), Q("4.960.000 đồng", 4960000, "đồng"), Q("khoảng 2.150 người", 2150, "người", "approx"),
 Q("2 cuộc", 2, "cuộc"), Q("khoảng 800 công nhân", 800, "công nhân", "approx"),
 Q("khoảng 1.100 công nhân", 1100, "công nhân", "approx"), Q("250 công nhân", 250, "công nhân"),
 Q("gần 460 triệu đồng", 460000000, "đồng", "approx"), Q("25.000 đồng", 25000, "đồng"),
 Q("6.840 đoàn viên", 6840, "đoàn viên"), Q("652 doanh nghiệp", 652, "doanh nghiệp"), Q("52,7%", 52.7, "%"),
 Q("45 công đoàn cơ sở", 45, "công đoàn cơ sở"), Q("3.200 lượt người lao động", 3200, "lượt người lao động"),
 Q("118 cuộc đối thoại định kỳ", 118, "cuộc đối thoại định kỳ"), Q("1.420 lao động", 1420, "lao động"),
 Q("380 người", 380, "người"), Q("37 doanh nghiệp", 37, "doanh nghiệp"), Q("hơn 48 tỷ đồng", 48000000000, "đồng", "over")],
[D("Báo cáo", "112", "BC-LĐLĐ", "2024-07-17", "LĐLĐ tỉnh", "Báo cáo số 112/BC-LĐLĐ ngày 17/7/2024"),
 D("Nghị định", "74", "2024/NĐ-CP", "2024-06-30", "Chính phủ", "Nghị định số 74/2024/NĐ-CP ngày 30/6/2024"),
 D("Kế hoạch", "28", "KH-LĐLĐ", None, "LĐLĐ tỉnh", "Kế hoạch số 28/KH-LĐLĐ")],
[prov("Hưng Yên"), com("Giai Phạm"), com("Tân Quang"), com("Dị Sử")],
["BÁO HƯNG YÊN ĐIỆN TỬ", "Trang chủ > Xã hội > Công đoàn", "Công ty TNHH Điện tử Phố Nối Vina", "Công ty TNHH May Thăng Long Hưng Yên",
 "Công ty TNHH Nhựa Dị Sử", "KCN Phố Nối A"],
["19/7/2024 11:05 (GMT+07:00)", "6 tháng đầu năm 2024", "ngày 1/7/2024", "năm 2023", "trên 6 tháng", "Ngày 6/3", "ngày 22/4", "ngày 13/5"]))

PAGES.append(page("b9024-camau-ldld-thoauocnhom-2024", """
BÁO CÀ MAU ĐIỆN TỬ
Chính trị - Xã hội | Công đoàn
Thứ Sáu, 08/11/2024 - 14:50
Các đại biểu chứng kiến lễ ký kết. Ảnh: Hữu Nghĩa
Lần đầu tiên Cà Mau có thỏa ước lao động tập thể nhóm ngành thủy sản
(CMO) Sáng 7/11, Liên đoàn Lao động tỉnh Cà Mau tổ chức hội nghị ký kết thỏa ước lao động tập thể nhóm doanh nghiệp chế biến thủy sản năm 2024. Thỏa ước có 9 doanh nghiệp tham gia với gần 14.000 lao động, chiếm hơn 40% lao động ngành chế biến thủy sản của tỉnh.
Dự hội nghị có Phó Chủ tịch UBND tỉnh Huỳnh Thanh Liêm; đồng chí Trần Thị Mỹ Xuyên, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh; ông Nguyễn Chí Thiện, Chủ tịch Hiệp hội Chế biến và Xuất khẩu thủy sản tỉnh.
Theo LĐLĐ tỉnh, quá trình thương lượng kéo dài 7 tháng với 5 phiên họp. Nội dung thỏa ước gồm: tiền lương thấp nhất trả cho người lao động cao hơn mức lương tối thiểu vùng theo Nghị định số 74/2024/NĐ-CP ít nhất 5%; tiền ăn giữa ca không thấp hơn 22.000 đồng/bữa; hỗ trợ tiền nhà trọ 200.000 đồng/tháng; thưởng Tết bình quân không dưới 1 tháng lương; lao động nữ nuôi con dưới 6 tuổi được hỗ trợ 150.000 đồng/tháng/cháu; tổ chức khám sức khỏe định kỳ 2 lần/năm.
Ông Lý Văn Tùng, Tổng Giám đốc Công ty CP Chế biến Thủy sản Tắc Vân, xã Tắc Vân, cho rằng thỏa ước nhóm tạo ra "mặt bằng chung", chấm dứt việc các công ty tranh giành lao động bằng cách tăng lương đột ngột trước Tết. Trước đó, tháng 2/2024, khoảng 700 công nhân Công ty TNHH Thủy sản Năm Căn Xanh, thị trấn Năm Căn, ngừng việc đòi trả thưởng Tết; công ty đã chi thêm 1,05 tỷ đồng sau khi được công đoàn thương lượng.
Chị Danh Thị Sa Ry, công nhân tổ fillet, Công ty CP Thủy sản Khánh An, xã Khánh An, được bầu vào tổ thương lượng, kể: "Em và các chị em đi hỏi từng người trong tổ, ai cũng muốn có chỗ gửi con, nên tụi em đề xuất thêm điều khoản hỗ trợ nhà trẻ".
Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Huỳnh Thanh Liêm đề nghị các doanh nghiệp thực hiện nghiêm thỏa ước; giao Sở Lao động - Thương binh và Xã hội phối hợp LĐLĐ tỉnh theo dõi, giám sát và nhân rộng mô hình sang ngành chế biến gỗ, may mặc trong năm 2025. Đồng chí Trần Thị Mỹ Xuyên cho biết, thực hiện Kế hoạch số 68/KH-LĐLĐ ngày 15/3/2024 của Ban Thường vụ LĐLĐ tỉnh, đến nay toàn tỉnh có 214 thỏa ước lao động tập thể doanh nghiệp, trong đó 58 bản được xếp loại A.
Hữu Nghĩa
Tin liên quan
- Công nhân Công ty TNHH Thủy sản Sông Đốc trở lại làm việc (25/10/2024)
- LĐLĐ tỉnh tập huấn kỹ năng thương lượng cho 120 cán bộ (10/10/2024)
- Đầm Dơi: trao Mái ấm Công đoàn cho đoàn viên nghèo (27/09/2024)
- Hội nghị người lao động tại Công ty CP Thủy sản Cà Mau Xanh (12/09/2024)
""", "2024-11-08", "Lần đầu tiên Cà Mau có thỏa ước lao động tập thể nhóm ngành thủy sản",
E("hoi_nghi", "2024", "2024-11-07"),
[P("Huỳnh Thanh Liêm", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Thị Mỹ Xuyên", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Nguyễn Chí Thiện", "Chủ tịch Hiệp hội Chế biến và Xuất khẩu thủy sản tỉnh"),
 P("Lý Văn Tùng", "Tổng Giám đốc Công ty CP Chế biến Thủy sản Tắc Vân"),
 P("Danh Thị Sa Ry", "công nhân tổ fillet", "Công ty CP Thủy sản Khánh An")],
[Q("9 doanh nghiệp", 9, "doanh nghiệp"), Q("gần 14.000 lao động", 14000, "lao động", "approx"),
 Q("hơn 40%", 40, "%", "over"), Q("5 phiên họp", 5, "phiên họp"), Q("ít nhất 5%", 5, "%", "over"),
 Q("22.000 đồng", 22000, "đồng"), Q("200.000 đồng", 200000, "đồng"), Q("150.000 đồng", 150000, "đồng"),
 Q("khoảng 700 công nhân", 700, "công nhân", "approx"), Q("1,05 tỷ đồng", 1050000000, "đồng"),
 Q("214 thỏa ước lao động tập thể doanh nghiệp", 214, "thỏa ước lao động tập thể doanh nghiệp"), Q("58 bản", 58, "bản")],
[D("Nghị định", "74", "2024/NĐ-CP", None, None, "Nghị định số 74/2024/NĐ-CP"),
 D("Kế hoạch", "68", "KH-LĐLĐ", "2024-03-15", "Ban Thường vụ LĐLĐ tỉnh", "Kế hoạch số 68/KH-LĐLĐ ngày 15/3/2024")],
[prov("Cà Mau"), com("Tắc Vân"), com("Năm Căn"), com("Khánh An")],
["BÁO CÀ MAU ĐIỆN TỬ", "Chính trị - Xã hội | Công đoàn", "Các đại biểu chứng kiến lễ ký kết. Ảnh: Hữu Nghĩa", "(CMO)",
 "Công ty CP Chế biến Thủy sản Tắc Vân", "Công ty TNHH Thủy sản Năm Căn Xanh", "Công ty CP Thủy sản Khánh An", "mặt bằng chung"],
["Thứ Sáu, 08/11/2024 - 14:50", "7 tháng", "1 tháng lương", "6 tuổi", "2 lần/năm", "tháng 2/2024", "năm 2025"]))

PAGES.append(page("b9025-bacgiang-ldld-soket-2025", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC GIANG
Trang chủ / Tin tức - Sự kiện / Quan hệ lao động
27/06/2025 15:40
Quan hệ lao động cơ bản ổn định trong 6 tháng đầu năm
Chiều 26/6, Ban Thường vụ Liên đoàn Lao động tỉnh Bắc Giang tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm, trong bối cảnh chuẩn bị hợp nhất hai tỉnh Bắc Giang và Bắc Ninh theo Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng.
Dự hội nghị có đồng chí Hoàng Thị Ngọc Bích, Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy. Đồng chí Nguyễn Văn Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch LĐLĐ tỉnh chủ trì.
Báo cáo cho thấy, toàn tỉnh có hơn 270.000 lao động làm việc tại 1.480 doanh nghiệp có công đoàn; các KCN Quang Châu, Vân Trung, Đình Trám, Song Khê - Nội Hoàng tiếp tục thu hút lao động, nhiều doanh nghiệp điện tử tuyển thêm hàng nghìn công nhân. 6 tháng đầu năm, công đoàn các cấp kết nạp 18.650 đoàn viên, thành lập 57 công đoàn cơ sở; ký mới, sửa đổi 134 thỏa ước lao động tập thể.
Trong kỳ xảy ra 2 cuộc ngừng việc tập thể, giảm 3 cuộc so với cùng kỳ. Ngày 10/3, khoảng 1.600 công nhân Công ty TNHH Điện tử Vân Trung Vina, xã Vân Trung, ngừng việc sau khi công ty thay đổi cách tính thưởng năng suất; ngày 27/5, gần 400 công nhân Công ty TNHH Công nghệ Quang Châu, xã Quang Châu, ngừng việc do bị yêu cầu làm thêm giờ quá 300 giờ/năm. Cả hai vụ được giải quyết trong ngày; riêng Công ty TNHH Điện tử Vân Trung Vina khôi phục mức thưởng cũ 800.000 đồng/tháng.
Bà Lương Thị Thắm, Chủ tịch Công đoàn Công ty TNHH Linh kiện Nếnh Vina, phường Nếnh, chia sẻ kinh nghiệm đối thoại định kỳ hằng tháng theo Quy chế dân chủ ở cơ sở tại nơi làm việc, giúp 4.500 công nhân của công ty không có ngừng việc suốt 3 năm qua.
Phát biểu tại hội nghị, đồng chí Hoàng Thị Ngọc Bích đề nghị công đoàn bám sát cơ sở, nắm chắc tư tưởng công nhân trong giai đoạn sắp xếp bộ máy, nhất là công nhân lo lắng về thủ tục hành chính sau khi bỏ cấp huyện. Đồng chí Nguyễn Văn Hùng cho biết LĐLĐ tỉnh đã ban hành Kế hoạch số 24/KH-LĐLĐ về bàn giao hồ sơ, tài chính công đoàn và Công văn số 312/LĐLĐ-TC ngày 20/6/2025 về bảo đảm quyền lợi đoàn viên trong quá trình hợp nhất; chi 2,7 tỷ đồng hỗ trợ 1.350 đoàn viên có hoàn cảnh khó khăn.
6 tháng cuối năm, LĐLĐ tỉnh phấn đấu kết nạp thêm 12.000 đoàn viên, trên 80% công đoàn cơ sở doanh nghiệp tổ chức đối thoại định kỳ.
Ngọc Thúy
Tin liên quan
- Yên Dũng: giải quyết vụ ngừng việc tại Công ty TNHH May Tiến Phúc (13/06/2025)
- Tháng Công nhân năm 2025: hơn 2.000 suất quà cho công nhân (27/05/2025)
- Đối thoại giữa lãnh đạo tỉnh với công nhân lao động (15/05/2025)
""", "2025-06-27", "Quan hệ lao động cơ bản ổn định trong 6 tháng đầu năm",
E("so_ket", "2025-H1", "2025-06-26"),
[P("Hoàng Thị Ngọc Bích", "Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch LĐLĐ tỉnh"),
 P("Lương Thị Thắm", "Chủ tịch Công đoàn Công ty TNHH Linh kiện Nếnh Vina")],
[Q("hơn 270.000 lao động", 270000, "lao động", "over"), Q("1.480 doanh nghiệp", 1480, "doanh nghiệp"),
 Q("18.650 đoàn viên", 18650, "đoàn viên"), Q("57 công đoàn cơ sở", 57, "công đoàn cơ sở"),
 Q("134 thỏa ước lao động tập thể", 134, "thỏa ước lao động tập thể"),
 Q("2 cuộc ngừng việc tập thể", 2, "cuộc ngừng việc tập thể"), Q("3 cuộc", 3, "cuộc"),
 Q("khoảng 1.600 công nhân", 1600, "công nhân", "approx"), Q("gần 400 công nhân", 400, "công nhân", "approx"),
 Q("800.000 đồng", 800000, "đồng"), Q("4.500 công nhân", 4500, "công nhân"), Q("2,7 tỷ đồng", 2700000000, "đồng"),
 Q("1.350 đoàn viên", 1350, "đoàn viên"), Q("12.000 đoàn viên", 12000, "đoàn viên"), Q("trên 80%", 80, "%", "over")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kế hoạch", "24", "KH-LĐLĐ", None, "LĐLĐ tỉnh", "Kế hoạch số 24/KH-LĐLĐ"),
 D("Công văn", "312", "LĐLĐ-TC", "2025-06-20", "LĐLĐ tỉnh", "Công văn số 312/LĐLĐ-TC ngày 20/6/2025")],
[prov("Bắc Giang"), prov("Bắc Ninh"), com("Vân Trung"), com("Quang Châu"), com("Nếnh")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC GIANG", "Trang chủ / Tin tức - Sự kiện / Quan hệ lao động", "Công ty TNHH Điện tử Vân Trung Vina",
 "Công ty TNHH Công nghệ Quang Châu", "Công ty TNHH Linh kiện Nếnh Vina", "Song Khê - Nội Hoàng",
 "Quy chế dân chủ ở cơ sở tại nơi làm việc"],
["27/06/2025 15:40", "6 tháng đầu năm 2025", "6 tháng cuối năm", "300 giờ/năm", "3 năm", "Ngày 10/3", "ngày 27/5"]))

PAGES.append(page("b9026-hcm-ldld-giaoban-2025", """
LIÊN ĐOÀN LAO ĐỘNG TP HỒ CHÍ MINH
Trang chủ >> Hoạt động công đoàn >> Quan hệ lao động
10/10/2025 16:30 GMT+7
Toàn cảnh buổi giao ban.
Giao ban quan hệ lao động khu vực Bình Dương trước đây: nắm chắc tình hình công nhân mất việc
Chiều 9/10, tại phường Thủ Dầu Một, Liên đoàn Lao động TP Hồ Chí Minh tổ chức giao ban công tác quan hệ lao động quý III/2025 với công đoàn các phường, xã và công đoàn cơ sở doanh nghiệp khu vực tỉnh Bình Dương trước đây. Bà Trần Thị Diệu Linh, Phó Chủ tịch Ủy ban MTTQ Việt Nam TP, Chủ tịch LĐLĐ TP Hồ Chí Minh chủ trì.
Từ ngày 1/7/2025, thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội, tỉnh Bình Dương, tỉnh Bà Rịa - Vũng Tàu và TP Hồ Chí Minh hợp nhất thành TP Hồ Chí Minh. Khu vực Bình Dương trước đây có hơn 1,1 triệu công nhân, là địa bàn có nhiều doanh nghiệp da giày, may mặc, đồ gỗ xuất khẩu.
Theo báo cáo, quý III, khu vực này xảy ra 7 cuộc ngừng việc tập thể với khoảng 9.300 người tham gia, chủ yếu do doanh nghiệp thiếu đơn hàng, chậm trả lương hoặc cắt giảm lao động không đúng quy định. Vụ lớn nhất ngày 8/9 tại Công ty TNHH Giày Thuận An Vina, phường Thuận An, với khoảng 5.000 công nhân ngừng việc khi công ty thông báo cho 1.200 người thôi việc. Sau 3 cuộc đối thoại, ông Wang Chun Yi, Phó Tổng Giám đốc Công ty TNHH Giày Thuận An Vina, đồng ý giảm số lao động cắt giảm xuống còn 450 người, chi trả trợ cấp mất việc đầy đủ và hỗ trợ thêm mỗi người 2 tháng lương.
Ông Phạm Quốc Bảo, Trưởng ban Quan hệ lao động LĐLĐ TP, cho biết có 68 doanh nghiệp nợ lương, nợ bảo hiểm xã hội với tổng số tiền hơn 312 tỷ đồng. Thực hiện Kế hoạch số 152/KH-LĐLĐ của Ban Thường vụ LĐLĐ TP, công đoàn đã cử cán bộ trực tại 14 phường, xã có đông công nhân, tư vấn cho 6.700 lượt người lao động về chế độ thôi việc, bảo hiểm thất nghiệp.
Tại buổi giao ban, anh Võ Thành Nhân, Chủ tịch Công đoàn phường Dĩ An, đề nghị có cơ chế để công đoàn cấp xã mới thành lập được tiếp nhận hồ sơ đoàn viên nhanh hơn; chị Điểu Thị Ngọc, Chủ tịch Công đoàn cơ sở Công ty TNHH Gỗ Tân Uyên Xanh, phường Tân Uyên, phản ánh công ty đã giảm 30% giờ làm từ tháng 8.
Kết luận, bà Trần Thị Diệu Linh yêu cầu công đoàn các cấp chủ động nắm danh sách doanh nghiệp có nguy cơ cắt giảm lao động; quý IV, ưu tiên chăm lo cho công nhân mất việc, phấn đấu hỗ trợ ít nhất 10.000 suất quà cho công nhân khó khăn dịp Tết Bính Ngọ, mỗi suất trị giá 1 triệu đồng.
Minh Khang
Tin liên quan
- Phường Bình Dương: ra mắt công đoàn cấp phường sau sắp xếp (12/09/2025)
- Hơn 3.000 công nhân được giới thiệu việc làm mới (28/08/2025)
- LĐLĐ TP kiện toàn tổ chức công đoàn cấp xã (15/07/2025)
""", "2025-10-10", "Giao ban quan hệ lao động khu vực Bình Dương trước đây: nắm chắc tình hình công nhân mất việc",
E("giao_ban", "2025-Q3", "2025-10-09"),
[P("Trần Thị Diệu Linh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam TP", "Chủ tịch LĐLĐ TP Hồ Chí Minh"),
 P("Wang Chun Yi", "Phó Tổng Giám đốc Công ty TNHH Giày Thuận An Vina"),
 P("Phạm Quốc Bảo", "Trưởng ban Quan hệ lao động LĐLĐ TP"),
 P("Võ Thành Nhân", "Chủ tịch Công đoàn phường Dĩ An"),
 P("Điểu Thị Ngọc", "Chủ tịch Công đoàn cơ sở Công ty TNHH Gỗ Tân Uyên Xanh")],
[Q("hơn 1,1 triệu công nhân", 1100000, "công nhân", "over"),
 Q("7 cuộc ngừng việc tập thể", 7, "cuộc ngừng việc tập thể"), Q("khoảng 9.300 người", 9300, "người", "approx"),
 Q("khoảng 5.000 công nhân", 5000, "công nhân", "approx"), Q("1.200 người", 1200, "người"),
 Q("3 cuộc đối thoại", 3, "cuộc đối thoại"), Q("450 người", 450, "người"), Q("68 doanh nghiệp", 68, "doanh nghiệp"),
 Q("hơn 312 tỷ đồng", 312000000000, "đồng", "over"), Q("14 phường, xã", 14, "phường, xã"),
 Q("6.700 lượt người lao động", 6700, "lượt người lao động"), Q("30%", 30, "%"),
 Q("ít nhất 10.000 suất quà", 10000, "suất quà", "over"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Kế hoạch", "152", "KH-LĐLĐ", None, "Ban Thường vụ LĐLĐ TP", "Kế hoạch số 152/KH-LĐLĐ")],
[prov("Hồ Chí Minh"), prov("Bình Dương"), prov("Bà Rịa - Vũng Tàu"), com("Thủ Dầu Một"), com("Thuận An"), com("Dĩ An"), com("Tân Uyên")],
["LIÊN ĐOÀN LAO ĐỘNG TP HỒ CHÍ MINH", "Trang chủ >> Hoạt động công đoàn >> Quan hệ lao động", "Toàn cảnh buổi giao ban.",
 "Công ty TNHH Giày Thuận An Vina", "Công ty TNHH Gỗ Tân Uyên Xanh", "Tết Bính Ngọ"],
["10/10/2025 16:30 GMT+7", "quý III/2025", "quý IV", "2 tháng lương", "ngày 1/7/2025", "tháng 8", "ngày 8/9"]))

PAGES.append(page("b9027-dongnai-ldld-tongket-2025", """
Hôm nay: Thứ Bảy, 17/01/2026
BÁO ĐỒNG NAI ĐIỆN TỬ
Chính trị › Công đoàn
16/01/2026 - 08:05
Năm 2025: giải quyết kịp thời 100% vụ ngừng việc tập thể
Ngày 15/1, Liên đoàn Lao động tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác công đoàn năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên LĐLĐ tỉnh hoạt động sau khi hợp nhất tổ chức công đoàn hai tỉnh Đồng Nai và Bình Phước.
Dự hội nghị có đồng chí Lê Thị Kim Phượng, Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy. Đồng chí Hồ Văn Thắng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch LĐLĐ tỉnh chủ trì.
Năm 2025, toàn tỉnh có hơn 1,3 triệu lao động trong doanh nghiệp; công đoàn các cấp kết nạp 42.300 đoàn viên, thành lập 96 công đoàn cơ sở. Có 1.870 doanh nghiệp ký thỏa ước lao động tập thể, đạt 68,4% số doanh nghiệp có công đoàn; trong đó 312 bản có từ 5 nội dung trở lên cao hơn quy định.
Trong năm xảy ra 17 cuộc ngừng việc tập thể, giảm 6 cuộc so với năm 2024; 100% vụ việc được công đoàn tham gia giải quyết ngay trong ngày hoặc ngày hôm sau. Đáng chú ý, ngày 19/8, hơn 3.000 công nhân Công ty TNHH Giày Trấn Biên Vina, phường Trấn Biên, ngừng việc do công ty chậm trả lương tháng 7; ngày 3/11, khoảng 900 công nhân Công ty TNHH Chế biến Hạt điều Minh Hưng, phường Minh Hưng, ngừng việc vì bị cắt thưởng chuyên cần. Sau đối thoại, hai công ty trả đủ lương, thưởng với tổng số tiền hơn 27 tỷ đồng.
Các đại biểu thảo luận tại hội nghị. Ảnh: Hải Quân
Tham luận tại hội nghị, chị Điểu Thị Mai, công nhân người S'tiêng, Chủ tịch Công đoàn cơ sở Công ty TNHH Cao su Đồng Xoài Xanh, phường Đồng Xoài, cho biết nhờ thương lượng, 620 công nhân cạo mủ được nâng đơn giá tiền lương 7% và được hỗ trợ 300.000 đồng/tháng tiền xăng xe. Ông Kang Sung Min, Tổng Giám đốc Công ty TNHH Điện tử Long Bình Vina, phường Long Bình, đánh giá đối thoại định kỳ giúp doanh nghiệp giữ ổn định 6.800 lao động.
Đồng chí Hồ Văn Thắng cho biết, thực hiện Kết luận số 16, 17-KL/TU của Ban Thường vụ Tỉnh ủy và Kế hoạch số 05/KH-LĐLĐ ngày 10/7/2025 của LĐLĐ tỉnh, công đoàn đã kiện toàn 95 công đoàn xã, phường; chi hơn 18 tỷ đồng chăm lo cho 24.600 đoàn viên khó khăn; trao 38 Mái ấm Công đoàn.
Năm 2026, LĐLĐ tỉnh phấn đấu kết nạp 40.000 đoàn viên, trên 70% doanh nghiệp có công đoàn ký thỏa ước, không để xảy ra ngừng việc tập thể kéo dài trên 2 ngày. Dịp này, LĐLĐ tỉnh tặng Bằng khen cho 40 tập thể, 60 cá nhân.
Hải Quân
Tin liên quan
- Hơn 20.000 suất quà Tết Bính Ngọ cho đoàn viên khó khăn (12/01/2026)
- Phường Long Bình: đối thoại với công nhân các KCN (30/12/2025)
- Bình Long: khánh thành Mái ấm Công đoàn (18/12/2025)
""", "2026-01-16", "Năm 2025: giải quyết kịp thời 100% vụ ngừng việc tập thể",
E("tong_ket", "2025", "2026-01-15"),
[P("Lê Thị Kim Phượng", "Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hồ Văn Thắng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch LĐLĐ tỉnh"),
 P("Điểu Thị Mai", "công nhân người S'tiêng", "Chủ tịch Công đoàn cơ sở Công ty TNHH Cao su Đồng Xoài Xanh"),
 P("Kang Sung Min", "Tổng Giám đốc Công ty TNHH Điện tử Long Bình Vina")],
[Q("100%", 100, "%"), Q("hơn 1,3 triệu lao động", 1300000, "lao động", "over"), Q("42.300 đoàn viên", 42300, "đoàn viên"),
 Q("96 công đoàn cơ sở", 96, "công đoàn cơ sở"), Q("1.870 doanh nghiệp", 1870, "doanh nghiệp"), Q("68,4%", 68.4, "%"),
 Q("312 bản", 312, "bản"), Q("từ 5 nội dung trở lên", 5, "nội dung", "over"),
 Q("17 cuộc ngừng việc tập thể", 17, "cuộc ngừng việc tập thể"), Q("6 cuộc", 6, "cuộc"),
 Q("hơn 3.000 công nhân", 3000, "công nhân", "over"), Q("khoảng 900 công nhân", 900, "công nhân", "approx"),
 Q("hơn 27 tỷ đồng", 27000000000, "đồng", "over"), Q("620 công nhân cạo mủ", 620, "công nhân cạo mủ"),
 Q("7%", 7, "%"), Q("300.000 đồng", 300000, "đồng"), Q("6.800 lao động", 6800, "lao động"),
 Q("95 công đoàn xã, phường", 95, "công đoàn xã, phường"), Q("hơn 18 tỷ đồng", 18000000000, "đồng", "over"),
 Q("24.600 đoàn viên", 24600, "đoàn viên"), Q("38 Mái ấm Công đoàn", 38, "Mái ấm Công đoàn"),
 Q("40.000 đoàn viên", 40000, "đoàn viên"), Q("trên 70%", 70, "%", "over"), Q("40 tập thể", 40, "tập thể"),
 Q("60 cá nhân", 60, "cá nhân")],
[D("Kết luận", "16", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 16, 17-KL/TU"),
 D("Kết luận", "17", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 16, 17-KL/TU"),
 D("Kế hoạch", "05", "KH-LĐLĐ", "2025-07-10", "LĐLĐ tỉnh", "Kế hoạch số 05/KH-LĐLĐ ngày 10/7/2025")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Trấn Biên"), com("Minh Hưng"), com("Đồng Xoài"), com("Long Bình")],
["Hôm nay: Thứ Bảy, 17/01/2026", "BÁO ĐỒNG NAI ĐIỆN TỬ", "Chính trị › Công đoàn", "Các đại biểu thảo luận tại hội nghị. Ảnh: Hải Quân",
 "Công ty TNHH Giày Trấn Biên Vina", "Công ty TNHH Chế biến Hạt điều Minh Hưng", "Công ty TNHH Cao su Đồng Xoài Xanh",
 "Công ty TNHH Điện tử Long Bình Vina", "Mái ấm Công đoàn"],
["Hôm nay: Thứ Bảy, 17/01/2026", "16/01/2026 - 08:05", "năm 2026", "năm 2024", "tháng 7", "trên 2 ngày", "ngày 19/8", "ngày 3/11"]))

PAGES.append(page("b9028-vinhlong-ubnd-doithoai-2026", """
BÁO VĨNH LONG ĐIỆN TỬ
Trang chủ | Xã hội | Lao động - Việc làm
Ngày đăng 18/05/2026 | 07:30
Chủ tịch UBND tỉnh đối thoại với công nhân lao động năm 2026
Ngày 16/5, UBND tỉnh Vĩnh Long phối hợp với Ủy ban MTTQ Việt Nam tỉnh và Liên đoàn Lao động tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với công nhân, người lao động năm 2026, nhân Tháng Công nhân. Hơn 500 đoàn viên, công nhân từ các KCN Hòa Phú, Giao Long, An Hiệp, Long Đức tham dự.
Chủ trì đối thoại có đồng chí Nguyễn Minh Trí, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; bà Huỳnh Thị Kim Thoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch LĐLĐ tỉnh.
Sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh, tỉnh có 9 KCN với hơn 160.000 lao động. Năm 2025, trên địa bàn xảy ra 5 cuộc ngừng việc tập thể với khoảng 3.400 người tham gia, đều đã được giải quyết. Từ ngày 1/1/2026, lương tối thiểu vùng được điều chỉnh tăng 7,2% theo Nghị định số 293/2025/NĐ-CP của Chính phủ.
Tại hội nghị, có 31 ý kiến được nêu. Chị Thạch Thị Sô Phia, công nhân Công ty TNHH Giày Long Đức Vina, phường Long Đức, phản ánh công ty chưa điều chỉnh phụ cấp theo lương mới, tiền ăn ca vẫn 20.000 đồng/bữa. Anh Trần Văn Thơ, Tổ trưởng Công đoàn Công ty CP Dừa Giao Long, xã Giao Long, đề nghị tỉnh hỗ trợ xe đưa đón công nhân sau khi nhiều tuyến xe buýt bị cắt giảm.
Trả lời, ông Nguyễn Minh Trí giao Sở Nội vụ kiểm tra việc thực hiện lương tối thiểu tại Công ty TNHH Giày Long Đức Vina trước ngày 30/5; đồng thời cho biết tỉnh đang triển khai Kế hoạch số 45/KH-UBND ngày 2/3/2026 của UBND tỉnh về nhà ở xã hội, dự kiến khởi công 1.200 căn hộ cho công nhân tại phường An Hội và phường Long Châu trong năm nay. Đại diện Công ty TNHH Giày Long Đức Vina, ông Hsu Wei Lun, Phó Giám đốc điều hành, cam kết nâng tiền ăn ca lên 25.000 đồng/bữa từ tháng 6/2026 và ngồi lại thương lượng với công đoàn về phụ cấp.
Bà Huỳnh Thị Kim Thoa thông tin: đến nay 486 doanh nghiệp đã ký thỏa ước lao động tập thể; LĐLĐ tỉnh thực hiện Chỉ thị số 02, 03-CT/TU của Ban Thường vụ Tỉnh ủy, ký quy chế phối hợp với các sở, ngành để giải quyết tranh chấp lao động từ sớm, từ cơ sở.
Kết thúc hội nghị, lãnh đạo tỉnh trao 200 suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng. 10 ý kiến chưa được trả lời trực tiếp sẽ được giao các sở, ngành trả lời bằng văn bản.
Phương Nghi
Tin liên quan
- Phường Trà Vinh: công nhân vui Tháng Công nhân (10/05/2026)
- LĐLĐ tỉnh phát động Tháng Công nhân năm 2026 (29/04/2026)
- Giải quyết ngừng việc tại Công ty TNHH May An Hiệp (16/04/2026)
""", "2026-05-18", "Chủ tịch UBND tỉnh đối thoại với công nhân lao động năm 2026",
E("doi_thoai", "2026", "2026-05-16"),
[P("Nguyễn Minh Trí", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Huỳnh Thị Kim Thoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch LĐLĐ tỉnh"),
 P("Thạch Thị Sô Phia", "công nhân Công ty TNHH Giày Long Đức Vina"),
 P("Trần Văn Thơ", "Tổ trưởng Công đoàn Công ty CP Dừa Giao Long"),
 P("Hsu Wei Lun", "Phó Giám đốc điều hành")],
[Q("Hơn 500 đoàn viên, công nhân", 500, "đoàn viên, công nhân", "over"), Q("9 KCN", 9, "KCN"),
 Q("hơn 160.000 lao động", 160000, "lao động", "over"), Q("5 cuộc ngừng việc tập thể", 5, "cuộc ngừng việc tập thể"),
 Q("khoảng 3.400 người", 3400, "người", "approx"), Q("7,2%", 7.2, "%"), Q("31 ý kiến", 31, "ý kiến"),
 Q("20.000 đồng", 20000, "đồng"), Q("1.200 căn hộ", 1200, "căn hộ"), Q("25.000 đồng", 25000, "đồng"),
 Q("486 doanh nghiệp", 486, "doanh nghiệp"), Q("200 suất quà", 200, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("10 ý kiến", 10, "ý kiến")],
[D("Nghị định", "293", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 293/2025/NĐ-CP"),
 D("Kế hoạch", "45", "KH-UBND", "2026-03-02", "UBND tỉnh", "Kế hoạch số 45/KH-UBND ngày 2/3/2026"),
 D("Chỉ thị", "02", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 02, 03-CT/TU"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 02, 03-CT/TU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Đức"), com("Giao Long"), com("An Hội"), com("Long Châu")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Trang chủ | Xã hội | Lao động - Việc làm", "Tháng Công nhân", "Công ty TNHH Giày Long Đức Vina",
 "Công ty CP Dừa Giao Long", "KCN Hòa Phú"],
["Ngày đăng 18/05/2026 | 07:30", "ngày 1/1/2026", "Năm 2025", "ngày 30/5", "tháng 6/2026"]))
