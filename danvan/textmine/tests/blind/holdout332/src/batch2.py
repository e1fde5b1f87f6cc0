from lib import *
PAGES = []

PAGES.append(page("b7931-angiang-ubnd-hoinghi-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN GIANG
Trang chủ >> Tin hoạt động >> Văn hóa - Xã hội
Ngày đăng 12/04/2017 | 14:20
Ảnh: Bà Nguyễn Thị Kim Loan phát biểu chỉ đạo hội nghị.
Quyết tâm giảm số trẻ em tử vong do đuối nước trong mùa lũ
Sáng 11/4/2017, UBND tỉnh An Giang tổ chức hội nghị triển khai công tác phòng, chống tai nạn thương tích, đuối nước trẻ em năm 2017. Bà Nguyễn Thị Kim Loan, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, Trưởng Ban Điều hành Chương trình hành động vì trẻ em tỉnh chủ trì hội nghị.
Theo báo cáo của Sở Lao động - Thương binh và Xã hội, năm 2016 toàn tỉnh có 58 trẻ em tử vong do đuối nước, chiếm 72% số trẻ tử vong do tai nạn thương tích; riêng mùa lũ (tháng 8 đến tháng 11) chiếm gần một nửa. Ngành đã phối hợp các địa phương mở 215 lớp dạy bơi cho 6.450 em, duy trì 350 điểm giữ trẻ mùa lũ với hơn 2.000 cộng tác viên; tổng kinh phí hỗ trợ 1,8 tỷ đồng.
Thực hiện Quyết định số 234/QĐ-TTg ngày 5/2/2016 của Thủ tướng Chính phủ phê duyệt Chương trình phòng, chống tai nạn, thương tích trẻ em giai đoạn 2016 - 2020, UBND tỉnh đã ban hành Kế hoạch số 112/KH-UBND ngày 3/3/2017 và Chương trình hành động số 09/CTr-UBND, trong đó xác định phòng, chống đuối nước là nhiệm vụ trọng tâm.
Tại hội nghị, ông Chau Sóc Phi, Phó Chủ tịch UBND huyện Tri Tôn chia sẻ: huyện có đông đồng bào Khmer, nhiều trẻ theo cha mẹ đi làm ruộng xa nhà; huyện đã vận động các chùa Khmer mở 14 điểm giữ trẻ và 6 lớp dạy bơi ngay tại ao chùa. Bà Néang Sa Ry, cán bộ Hội LHPN xã Lê Trì, kể lại cách chị em trong xã thay nhau trông trẻ vào mùa gặt.
Ông Mohamad Sa Ly, Phó Ban đại diện Cộng đồng Hồi giáo tỉnh, cho biết các thánh đường ở xã Khánh Bình đã lồng ghép nhắc nhở phụ huynh người Chăm giữ con em trong mùa nước nổi, không để trẻ theo ghe đi đánh bắt cá.
Ông Đỗ Minh Trí, Phó Giám đốc Sở Giáo dục và Đào tạo, thông tin năm học 2016 - 2017 chỉ có 31 trường học có hồ bơi; tỷ lệ học sinh tiểu học biết bơi khoảng 35%. Sở đề nghị tỉnh hỗ trợ kinh phí lắp đặt hồ bơi di động cho các trường vùng sâu.
Phát biểu chỉ đạo, bà Nguyễn Thị Kim Loan yêu cầu năm 2017 các sở, ngành, địa phương phấn đấu giảm ít nhất 10% số trẻ em tử vong do đuối nước so với năm 2016; mỗi xã, phường, thị trấn có ít nhất 1 lớp dạy bơi hè; 100% điểm giữ trẻ mùa lũ có người trông đạt chuẩn. Phường Mỹ Bình và xã Khánh Bình được chọn làm điểm mô hình "Ngôi nhà an toàn".
Bà cũng giao Sở Lao động - Thương binh và Xã hội chủ trì kiểm tra liên ngành trước mùa lũ, báo cáo kết quả về UBND tỉnh trước ngày 30/9/2017.
Dịp này, UBND tỉnh tặng bằng khen cho 8 tập thể và 15 cá nhân có thành tích trong công tác bảo vệ, chăm sóc trẻ em năm 2016.
Thanh Tuyền
Lượt truy cập: 2.316.540
Tin khác
- An Giang phát động Tháng hành động vì trẻ em (30/05/2017)
- Hội nghị tổng kết công tác giảm nghèo năm 2016 (20/03/2017)
- Châu Đốc ra mắt 3 điểm giữ trẻ mùa lũ (12/09/2016)
""", "2017-04-12", "Quyết tâm giảm số trẻ em tử vong do đuối nước trong mùa lũ",
E("hoi_nghi", "2017", "2017-04-11"),
[P("Nguyễn Thị Kim Loan", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Điều hành Chương trình hành động vì trẻ em tỉnh"),
 P("Chau Sóc Phi", "Phó Chủ tịch UBND huyện Tri Tôn"),
 P("Néang Sa Ry", "cán bộ Hội LHPN xã Lê Trì"),
 P("Mohamad Sa Ly", "Phó Ban đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Đỗ Minh Trí", "Phó Giám đốc Sở Giáo dục và Đào tạo")],
[Q("58 trẻ em", 58, "trẻ em"), Q("72% số trẻ", 72, "%"), Q("215 lớp dạy bơi", 215, "lớp dạy bơi"), Q("6.450 em", 6450, "em"),
 Q("350 điểm giữ trẻ mùa lũ", 350, "điểm giữ trẻ mùa lũ"), Q("hơn 2.000 cộng tác viên", 2000, "cộng tác viên", "over"),
 Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("14 điểm giữ trẻ", 14, "điểm giữ trẻ"), Q("6 lớp dạy bơi", 6, "lớp dạy bơi"),
 Q("31 trường học", 31, "trường học"), Q("khoảng 35%", 35, "%", "approx"), Q("ít nhất 10%", 10, "%", "over"),
 Q("100% điểm giữ trẻ", 100, "%"), Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Quyết định", "234", "QĐ-TTg", "2016-02-05", "Thủ tướng Chính phủ", "Quyết định số 234/QĐ-TTg ngày 5/2/2016"),
 D("Kế hoạch", "112", "KH-UBND", "2017-03-03", "UBND tỉnh", "Kế hoạch số 112/KH-UBND ngày 3/3/2017"),
 D("Chương trình hành động", "09", "CTr-UBND", None, "UBND tỉnh", "Chương trình hành động số 09/CTr-UBND")],
[prov("An Giang"), com("Lê Trì"), com("Khánh Bình"), com("Mỹ Bình")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN GIANG", "Trang chủ >> Tin hoạt động >> Văn hóa - Xã hội",
 "Ảnh: Bà Nguyễn Thị Kim Loan phát biểu chỉ đạo hội nghị.", "Ngôi nhà an toàn", "Lượt truy cập: 2.316.540"],
["Ngày đăng 12/04/2017 | 14:20", "năm 2017", "năm 2016", "giai đoạn 2016 - 2020", "năm học 2016 - 2017", "1 lớp dạy bơi",
 "tháng 8 đến tháng 11", "Lượt truy cập: 2.316.540"]))

PAGES.append(page("b7932-thanhhoa-hlhpn-giaoban-2018", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH THANH HÓA
Vị trí: Trang chủ › Hoạt động Hội › Tin tỉnh
06/07/2018 - 10:05
Hội LHPN tỉnh giao ban, tập trung phòng chống đuối nước trẻ em dịp hè
Ngày 5/7/2018, Ban Thường vụ Hội LHPN tỉnh Thanh Hóa tổ chức giao ban công tác Hội quý II năm 2018 với lãnh đạo Hội LHPN 27 huyện, thị xã, thành phố. Đồng chí Lê Thị Hồng Vân, Ủy viên BCH Đảng bộ tỉnh, Chủ tịch Hội LHPN tỉnh chủ trì; cùng dự có các đồng chí Phạm Thị Thu Hà, Hoàng Thị Lan, Trịnh Thị Nga - Phó Chủ tịch Hội LHPN tỉnh.
Toàn cảnh buổi giao ban quý II.
Báo cáo cho biết, quý II các cấp Hội đã tổ chức 312 buổi truyền thông về phòng, chống tai nạn thương tích trẻ em với hơn 18.000 lượt hội viên tham dự; in và phát 15.000 tờ rơi; thành lập mới 86 câu lạc bộ "Mẹ an toàn - con khỏe mạnh". Hội viên, phụ nữ đóng góp 230 triệu đồng mua áo phao, phao tròn tặng các gia đình làm nghề sông nước.
Tuy vậy, trong quý II trên địa bàn tỉnh vẫn xảy ra 9 trường hợp trẻ em tử vong do đuối nước, tăng 2 trường hợp so với quý I; phần lớn xảy ra ở các hồ, đập, hố công trình vào buổi chiều sau giờ học.
Thực hiện Kế hoạch 46, 47/KH-HLHPN của Ban Thường vụ Hội LHPN tỉnh về triển khai Tháng hành động vì trẻ em và về hoạt động hè, Hội LHPN huyện Bá Thước phối hợp Huyện đoàn mở 11 lớp dạy bơi miễn phí cho con em đồng bào Mường, Thái. Bà Hà Thị Khuyên, HUV, Chủ tịch Hội LHPN huyện Bá Thước cho biết, mỗi lớp học bơi kéo dài 2 tuần, học viên từ 8 đến 14 tuổi, có khoảng 70% em biết bơi sau khóa học.
Bà Lò Thị Bun, Chủ tịch Hội LHPN xã Trung Lý (huyện Mường Lát) nêu khó khăn: xã vùng cao, sông suối nhiều nhưng không có hồ bơi, chưa có người dạy bơi có chuyên môn; đề nghị Hội LHPN tỉnh kết nối nhà tài trợ hỗ trợ bể bơi lắp ghép.
Kết luận giao ban, đồng chí Lê Thị Hồng Vân yêu cầu quý III các cấp Hội triển khai quyết liệt Chỉ thị số 15/CT-UBND ngày 24/5/2018 của UBND tỉnh về tăng cường phòng, chống đuối nước cho trẻ em; vận động mỗi chi hội có ít nhất 1 tổ phụ nữ trông giữ trẻ trong dịp hè; phối hợp nhà trường, Đoàn Thanh niên tổ chức lớp bơi tại xã Hoằng Trường và các xã ven biển. Đồng chí cũng lưu ý việc cập nhật số liệu, báo cáo nhanh các vụ việc để kịp thời thăm hỏi, hỗ trợ gia đình.
Hội LHPN tỉnh cũng thông qua việc phối hợp Hội Chữ thập đỏ tỉnh tập huấn kỹ năng sơ cứu cho 500 cán bộ hội cơ sở trong tháng 7 và tháng 8.
Thu Trang - Ban Tuyên giáo
Tin cùng chuyên mục
- Hội LHPN huyện Nga Sơn ra mắt mô hình "Ngôi nhà an toàn" (25/06/2018)
- Hội thi "Phụ nữ với kỹ năng phòng tránh tai nạn thương tích" (12/06/2018)
- Giao ban công tác Hội quý I năm 2018 (05/04/2018)
""", "2018-07-06", "Hội LHPN tỉnh giao ban, tập trung phòng chống đuối nước trẻ em dịp hè",
E("giao_ban", "2018-Q2", "2018-07-05"),
[P("Lê Thị Hồng Vân", "Ủy viên BCH Đảng bộ tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Phạm Thị Thu Hà", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Hoàng Thị Lan", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trịnh Thị Nga", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Hà Thị Khuyên", "HUV", "Chủ tịch Hội LHPN huyện Bá Thước"),
 P("Lò Thị Bun", "Chủ tịch Hội LHPN xã Trung Lý")],
[Q("27 huyện, thị xã, thành phố", 27, "huyện, thị xã, thành phố"), Q("312 buổi truyền thông", 312, "buổi truyền thông"),
 Q("hơn 18.000 lượt hội viên", 18000, "lượt hội viên", "over"), Q("15.000 tờ rơi", 15000, "tờ rơi"),
 Q("86 câu lạc bộ", 86, "câu lạc bộ"), Q("230 triệu đồng", 230000000, "đồng"), Q("9 trường hợp", 9, "trường hợp"),
 Q("2 trường hợp", 2, "trường hợp"), Q("11 lớp dạy bơi miễn phí", 11, "lớp dạy bơi miễn phí"),
 Q("khoảng 70%", 70, "%", "approx"), Q("500 cán bộ hội cơ sở", 500, "cán bộ hội cơ sở")],
[D("Kế hoạch", "46", "KH-HLHPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 46, 47/KH-HLHPN"),
 D("Kế hoạch", "47", "KH-HLHPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 46, 47/KH-HLHPN"),
 D("Chỉ thị", "15", "CT-UBND", "2018-05-24", "UBND tỉnh", "Chỉ thị số 15/CT-UBND ngày 24/5/2018")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Hoằng Trường")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH THANH HÓA", "Vị trí: Trang chủ › Hoạt động Hội › Tin tỉnh", "Toàn cảnh buổi giao ban quý II.",
 "Mẹ an toàn - con khỏe mạnh", "Tháng hành động vì trẻ em"],
["06/07/2018 - 10:05", "quý II năm 2018", "quý II", "quý I", "quý III", "2 tuần", "từ 8 đến 14 tuổi", "1 tổ phụ nữ", "tháng 7 và tháng 8"]))

PAGES.append(page("b7933-bentre-tinhdoan-tongket-2019", """
TỈNH ĐOÀN BẾN TRE
Trang chủ / Thiếu nhi / Hoạt động hè
Thứ Ba, 20/8/2019 | 08:00
Ảnh: Đồng chí Huỳnh Thanh Phong trao bằng khen cho các tập thể.
Bến Tre: 4.760 thiếu nhi biết bơi sau mùa hè
Ngày 19/8, Hội đồng Đội tỉnh Bến Tre tổ chức tổng kết chương trình dạy bơi miễn phí cho thiếu nhi hè năm 2019. Đồng chí Huỳnh Thanh Phong, Phó Bí thư Tỉnh Đoàn, Chủ tịch Hội đồng Đội tỉnh chủ trì; dự có bà Võ Thị Ngọc Hân, Phó Giám đốc Sở Giáo dục và Đào tạo.
Hè năm 2019, thực hiện Quyết định số 1500/QĐ-UBND ngày 26/6/2019 của UBND tỉnh và Chỉ thị 05-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác bảo vệ, chăm sóc trẻ em, các cơ sở Đoàn, Hội, Đội đã mở 185 lớp dạy bơi với 5.550 em tham gia; kết thúc khóa học có 4.760 thiếu nhi biết bơi, đạt 85,8%. So với năm 2018, số lớp tăng 40 lớp, số em biết bơi tăng gần 1.200 em.
Nét mới năm nay là việc sử dụng 65 bể bơi lắp ghép do các doanh nghiệp tài trợ, đặt ngay tại sân trường, nhà văn hóa ấp, giúp việc học thuận tiện và an toàn hơn. Tổng nguồn lực huy động cho chương trình hơn 900 triệu đồng, trong đó ngân sách tỉnh 350 triệu đồng.
Huyện Thạnh Phú, Ba Tri và Bình Đại là những địa phương dẫn đầu. Xã Phú Túc (huyện Châu Thành) mở 6 lớp với 180 em, tỷ lệ biết bơi đạt 92%. Anh Lê Văn Thuận, Bí thư Đoàn xã Phú Túc cho biết: "Chúng tôi vận động các anh chị bộ đội xuất ngũ, sinh viên về quê nghỉ hè làm huấn luyện viên tình nguyện, mỗi lớp có 3 người đứng lớp nên các em tiến bộ nhanh".
Chị Nguyễn Thị Bích Tuyền, phụ huynh ở xã Tân Xuân (huyện Ba Tri) bày tỏ: "Nhà sát sông, trước đây tôi không dám cho con ra bến. Học xong lớp bơi, con đã tự bơi được 25 mét, tôi yên tâm hơn nhiều".
Bên cạnh kết quả đạt được, một số nơi còn thiếu người dạy bơi có chuyên môn, một số lớp tổ chức ở ao, mương chưa bảo đảm vệ sinh; kinh phí còn phụ thuộc vận động xã hội hóa. Việc theo dõi, kiểm tra kỹ năng của các em sau khóa học chưa được quan tâm đúng mức, có em biết bơi nhưng chưa biết cách xử lý khi gặp nạn ở sông rạch.
Nhiều ý kiến tại hội nghị đề xuất đưa nội dung dạy bơi và kỹ năng an toàn trong môi trường nước vào chương trình giáo dục thể chất của nhà trường; huy động thêm các câu lạc bộ bơi lội, trung tâm văn hóa - thể thao cấp huyện tham gia giảng dạy.
Phát biểu kết luận, đồng chí Huỳnh Thanh Phong đề nghị các huyện, thành Đoàn duy trì lớp bơi vào cuối tuần trong năm học; phấn đấu năm 2020 có trên 90% học sinh tiểu học biết bơi.
Dịp này, Hội đồng Đội tỉnh tặng bằng khen cho 10 tập thể và 25 cá nhân tiêu biểu trong chương trình.
Phạm Khuê
Các tin đã đưa
- Tập huấn kỹ năng cứu đuối cho 120 huấn luyện viên (15/05/2019)
- Mỏ Cày Nam khai giảng lớp dạy bơi miễn phí (08/06/2019)
- Ra quân chiến dịch Thanh niên tình nguyện hè năm 2019 (25/05/2019)
""", "2019-08-20", "Bến Tre: 4.760 thiếu nhi biết bơi sau mùa hè",
E("tong_ket", "2019", "2019-08-19"),
[P("Huỳnh Thanh Phong", "Phó Bí thư Tỉnh Đoàn", "Chủ tịch Hội đồng Đội tỉnh"),
 P("Võ Thị Ngọc Hân", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Lê Văn Thuận", "Bí thư Đoàn xã Phú Túc"),
 P("Nguyễn Thị Bích Tuyền")],
[Q("185 lớp dạy bơi", 185, "lớp dạy bơi"), Q("5.550 em", 5550, "em"), Q("4.760 thiếu nhi", 4760, "thiếu nhi"),
 Q("85,8%", 85.8, "%"), Q("40 lớp", 40, "lớp"), Q("gần 1.200 em", 1200, "em", "approx"),
 Q("65 bể bơi lắp ghép", 65, "bể bơi lắp ghép"), Q("hơn 900 triệu đồng", 900000000, "đồng", "over"),
 Q("350 triệu đồng", 350000000, "đồng"), Q("6 lớp", 6, "lớp"), Q("180 em", 180, "em"), Q("92%", 92, "%"),
 Q("3 người", 3, "người"), Q("25 mét", 25, "mét"), Q("trên 90% học sinh tiểu học", 90, "%", "over"),
 Q("10 tập thể", 10, "tập thể"), Q("25 cá nhân tiêu biểu", 25, "cá nhân tiêu biểu")],
[D("Quyết định", "1500", "QĐ-UBND", "2019-06-26", "UBND tỉnh", "Quyết định số 1500/QĐ-UBND ngày 26/6/2019"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05-CT/TU")],
[prov("Bến Tre"), com("Phú Túc"), com("Tân Xuân")],
["TỈNH ĐOÀN BẾN TRE", "Trang chủ / Thiếu nhi / Hoạt động hè", "Ảnh: Đồng chí Huỳnh Thanh Phong trao bằng khen cho các tập thể."],
["Thứ Ba, 20/8/2019 | 08:00", "hè năm 2019", "năm 2018", "năm 2020"]))

PAGES.append(page("b7934-quangnam-baoqn-chandung-2019", """
BÁO QUẢNG NAM ONLINE
Xã hội | Người tốt việc tốt
14 tháng 6, 2019 | 07:30
Thầy Zơrâm Ba hướng dẫn học sinh tập bơi ở con suối đầu làng.
Người thầy dạy bơi không công giữa đại ngàn Tây Giang
(QNO) - Ba mùa hè liên tiếp, thầy giáo người Cơ Tu Zơrâm Ba ở xã Lăng (huyện Tây Giang) lặng lẽ dạy bơi miễn phí cho học trò vùng cao. Đến nay đã có hơn 200 học sinh biết bơi nhờ những buổi học ở con suối đầu làng.
Thầy Zơrâm Ba, giáo viên thể dục Trường PTDTBT Tiểu học Lăng, kể: năm 2016, hai học trò của thầy bị nước cuốn khi đi bắt cá, may được người dân cứu kịp. Sau lần ấy, thầy quyết định mở lớp bơi. Không có hồ bơi, thầy cùng dân làng chọn một khúc suối nước lặng, dọn đá, chăng dây, gom 40 can nhựa làm phao.
Mỗi khóa học kéo dài khoảng 2 tuần, mỗi ngày 2 buổi vào sáng sớm và chiều mát. Đến nay thầy đã mở 12 khóa, trung bình mỗi khóa 18 em. Các em vừa học bơi ếch, bơi ngửa vừa học cách nổi, cách kêu cứu và không lao xuống nước cứu bạn khi mình chưa đủ sức.
Bà Bhriu Thị Nhiên, Hiệu trưởng Trường PTDTBT Tiểu học Lăng cho biết, trường có 312 học sinh, 97% là con em đồng bào Cơ Tu, nhiều em ở bán trú cách nhà hàng chục cây số. "Thầy Ba làm hoàn toàn tự nguyện, có khi còn bỏ tiền túi mua sữa cho các em. Nhà trường đã đề xuất tuyên dương thầy", bà Nhiên nói.
Ông Alăng Blao, Chủ tịch UBND xã Lăng, cho hay từ khi có lớp bơi của thầy Ba, xã chưa để xảy ra vụ đuối nước nào. Thực hiện Nghị quyết số 08-NQ/HU của Huyện ủy Tây Giang về phát triển giáo dục vùng đồng bào, xã đang đề nghị huyện hỗ trợ khoảng 30 triệu đồng để làm khu tập bơi cố định, có lan can và bậc xuống nước.
Tiếng lành lan sang xã A Xan, thầy Ba được mời sang hướng dẫn cho 2 giáo viên của trường bạn để nhân rộng cách làm. Thầy còn soạn bộ tài liệu tranh bằng tiếng Cơ Tu để phụ huynh hiểu vì sao cần cho con học bơi.
Năm 2018, thầy Zơrâm Ba được UBND tỉnh Quảng Nam tặng bằng khen vì có thành tích xuất sắc trong phong trào "Thi đua dạy tốt, học tốt". Nói về dự định, thầy chỉ cười: "Mong sao trẻ con trong làng đứa nào cũng biết bơi, mùa mưa người lớn bớt lo".
Rời Lăng khi chiều xuống, tiếng cười của lũ trẻ vẫn vang bên con suối. Những bài học bơi giản dị ấy đang góp phần giữ bình yên cho các bản làng vùng biên. Và ở nơi đại ngàn ấy, người ta vẫn gọi thầy bằng cái tên thân thương: thầy giáo của con suối, người đã cho lũ trẻ thêm tự tin mỗi khi xuống nước.
ALĂNG NGƯỚC
Tin liên quan
- Tây Giang: trao 100 áo phao cho học sinh bán trú (02/06/2019)
- Nam Trà My: học sinh đuối nước khi tắm suối (20/05/2019)
- Ra quân chiến dịch tình nguyện hè tại Đông Giang (28/05/2019)
""", "2019-06-14", "Người thầy dạy bơi không công giữa đại ngàn Tây Giang",
E("khac", None, None),
[P("Zơrâm Ba", "giáo viên thể dục Trường PTDTBT Tiểu học Lăng"),
 P("Bhriu Thị Nhiên", "Hiệu trưởng Trường PTDTBT Tiểu học Lăng"),
 P("Alăng Blao", "Chủ tịch UBND xã Lăng")],
[Q("hơn 200 học sinh", 200, "học sinh", "over"), Q("40 can nhựa", 40, "can nhựa"), Q("12 khóa", 12, "khóa"),
 Q("18 em", 18, "em"), Q("312 học sinh", 312, "học sinh"), Q("97%", 97, "%"),
 Q("khoảng 30 triệu đồng", 30000000, "đồng", "approx"), Q("2 giáo viên", 2, "giáo viên")],
[D("Nghị quyết", "08", "NQ/HU", None, "Huyện ủy Tây Giang", "Nghị quyết số 08-NQ/HU")],
[prov("Quảng Nam"), com("Lăng"), com("A Xan")],
["BÁO QUẢNG NAM ONLINE", "Xã hội | Người tốt việc tốt", "Thầy Zơrâm Ba hướng dẫn học sinh tập bơi ở con suối đầu làng.",
 "(QNO)", "Thi đua dạy tốt, học tốt", "Trường PTDTBT Tiểu học Lăng"],
["14 tháng 6, 2019 | 07:30", "Ba mùa hè", "năm 2016", "khoảng 2 tuần", "2 buổi", "Năm 2018"]))

PAGES.append(page("b7935-laocai-tinhdoan-traoqua-2020", """
Báo Lào Cai điện tử
Xã hội » Giáo dục » Vùng cao
2020-11-05 16:40
Trao tặng 3 bể bơi thông minh cho học sinh vùng cao Bát Xát
Sáng 4/11, Tỉnh Đoàn Lào Cai phối hợp Quỹ Bảo trợ trẻ em Việt Nam và nhà tài trợ tổ chức lễ bàn giao 3 bể bơi thông minh, tổng trị giá 1,2 tỷ đồng, cho các trường học ở xã Bản Xèo, xã Mường Hum và thị trấn Bát Xát, huyện Bát Xát.
Các em học sinh Trường PTDTBT THCS Bản Xèo trải nghiệm bể bơi mới.
Dự buổi lễ có các đồng chí: Vàng Thị Mai, Phó Bí thư Tỉnh Đoàn, Chủ tịch Hội đồng Đội tỉnh; Sùng A Páo, Phó Chủ tịch UBND huyện Bát Xát; Tẩn Láo Sài, Bí thư Đảng ủy xã Bản Xèo cùng thầy cô giáo và đông đảo học sinh.
Mỗi bể bơi được lắp đặt khung thép, có hệ thống lọc nước và mái che, có thể sử dụng quanh năm, phục vụ khoảng 1.000 học sinh mỗi năm. Đây là hoạt động thực hiện Kế hoạch số 208-KH/TĐTN-TNNT của Ban Thường vụ Tỉnh Đoàn về phòng, chống đuối nước cho thanh thiếu nhi giai đoạn 2020 - 2022.
Bát Xát là huyện biên giới có nhiều sông suối, trong đó sông Hồng chảy qua địa bàn nhiều xã. Từ năm 2018 đến nay, huyện có 7 trẻ em tử vong do đuối nước, đa số là con em đồng bào Mông, Dao, Hà Nhì. Tỷ lệ học sinh biết bơi ở các xã vùng cao mới đạt dưới 10%.
Cùng với bể bơi, các nhà tài trợ trao 300 áo phao cho học sinh thường xuyên đi qua suối đến trường và 150 suất quà cho học sinh có hoàn cảnh đặc biệt khó khăn, mỗi suất 500.000 đồng. Tỉnh Đoàn cũng tặng 5 bộ dụng cụ sơ cứu cho các trường.
Đồng chí Phàn Văn Cường, ĐUV, Bí thư Đoàn xã Mường Hum cho biết, Đoàn xã sẽ phối hợp nhà trường lập 4 đội hướng dẫn viên bơi gồm 16 đoàn viên đã được Tỉnh Đoàn tập huấn, lên lịch dạy bơi cho học sinh vào buổi chiều và ngày nghỉ.
Em Lý Thị Sơn, học sinh lớp 7 Trường PTDTBT THCS Bản Xèo, xúc động: "Trước đây chúng em chỉ được nghe thầy cô dặn không tắm suối. Giờ có bể bơi, em sẽ học bơi thật giỏi để về dạy em trai".
Phát biểu tại buổi lễ, đồng chí Vàng Thị Mai đề nghị các nhà trường sử dụng bể bơi đúng mục đích, xây dựng quy chế quản lý, phân công giáo viên phụ trách, bảo đảm an toàn tuyệt đối cho học sinh; Đoàn các xã phối hợp duy trì lịch bơi cố định trong tuần, kể cả dịp nghỉ hè. Các gia đình cần quan tâm, nhắc nhở con em không tự ý tắm sông, suối, nhất là vào mùa mưa lũ.
Dịp này, Tỉnh Đoàn tặng giấy khen cho 3 tập thể và 6 cá nhân có đóng góp tích cực trong việc kết nối, vận động nguồn lực.
Thu Hà
Tin khác
- Sa Pa: tập huấn kỹ năng an toàn trong môi trường nước (20/10/2020)
- Tỉnh Đoàn tổ chức Diễn đàn trẻ em năm 2020 (30/09/2020)
- Trao học bổng cho học sinh dân tộc thiểu số (15/09/2020)
""", "2020-11-05", "Trao tặng 3 bể bơi thông minh cho học sinh vùng cao Bát Xát",
E("trao_qua", None, "2020-11-04"),
[P("Vàng Thị Mai", "Phó Bí thư Tỉnh Đoàn", "Chủ tịch Hội đồng Đội tỉnh"),
 P("Sùng A Páo", "Phó Chủ tịch UBND huyện Bát Xát"),
 P("Tẩn Láo Sài", "Bí thư Đảng ủy xã Bản Xèo"),
 P("Phàn Văn Cường", "ĐUV", "Bí thư Đoàn xã Mường Hum"),
 P("Lý Thị Sơn", "học sinh lớp 7 Trường PTDTBT THCS Bản Xèo")],
[Q("3 bể bơi thông minh", 3, "bể bơi thông minh"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("khoảng 1.000 học sinh", 1000, "học sinh", "approx"), Q("7 trẻ em", 7, "trẻ em"), Q("dưới 10%", 10, "%"),
 Q("300 áo phao", 300, "áo phao"), Q("150 suất quà", 150, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("5 bộ dụng cụ sơ cứu", 5, "bộ dụng cụ sơ cứu"), Q("4 đội hướng dẫn viên bơi", 4, "đội hướng dẫn viên bơi"),
 Q("16 đoàn viên", 16, "đoàn viên"), Q("3 tập thể", 3, "tập thể"), Q("6 cá nhân", 6, "cá nhân")],
[D("Kế hoạch", "208", "KH/TĐTN-TNNT", None, "Ban Thường vụ Tỉnh Đoàn", "Kế hoạch số 208-KH/TĐTN-TNNT")],
[prov("Lào Cai"), com("Bản Xèo"), com("Mường Hum"), com("Bát Xát")],
["Báo Lào Cai điện tử", "Xã hội » Giáo dục » Vùng cao", "Các em học sinh Trường PTDTBT THCS Bản Xèo trải nghiệm bể bơi mới.",
 "Quỹ Bảo trợ trẻ em Việt Nam"],
["2020-11-05 16:40", "giai đoạn 2020 - 2022", "năm 2018", "lớp 7"]))

PAGES.append(page("b7936-daklak-ubnd-doithoai-2021", """
Cổng thông tin điện tử tỉnh Đắk Lắk
Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Cập nhật: 09:42, 28/05/2021 (GMT+7)
Lãnh đạo tỉnh đối thoại với trẻ em về phòng, chống đuối nước
Chiều 27/5, UBND tỉnh tổ chức buổi đối thoại giữa lãnh đạo tỉnh với trẻ em năm 2021 với chủ đề "Hãy lắng nghe chúng em - Phòng, chống đuối nước trẻ em". Bà H'Liên Êban, Phó Chủ tịch UBND tỉnh, Phó Trưởng Ban chỉ đạo công tác trẻ em tỉnh chủ trì buổi đối thoại.
Quang cảnh buổi đối thoại. Ảnh: H.Gia
Tham dự có 150 em thiếu nhi đại diện cho 15 huyện, thị xã, thành phố; cùng lãnh đạo các sở: Lao động - Thương binh và Xã hội, Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch, Y tế.
Theo số liệu của Sở Lao động - Thương binh và Xã hội, năm 2020 toàn tỉnh có 34 trẻ em tử vong do đuối nước, chiếm 41% số trẻ tử vong do tai nạn thương tích. Để khắc phục, UBND tỉnh đã ban hành Kế hoạch số 3370/KH-UBND ngày 19/4/2021 về phòng, chống tai nạn thương tích trẻ em và Chỉ thị số 09/CT-UBND ngày 12/5/2021 về tăng cường phòng, chống đuối nước trong dịp hè.
Tại buổi đối thoại, các em đã gửi 40 câu hỏi và 12 ý kiến góp ý tới lãnh đạo tỉnh. Em H'Mai Ayun, học sinh lớp 8 Trường THCS Phan Chu Trinh (xã Ea Kao) hỏi: "Ở buôn em có nhiều hồ nước tưới cà phê sâu nhưng không có rào chắn, làm sao để các bạn nhỏ không bị ngã xuống?". Em Y Thắng Byă, học sinh Trường THCS Krông Na, đề nghị có thêm bể bơi để học sinh vùng xa được học bơi.
Trả lời các em, ông Y Krông Mlô, Giám đốc Sở Lao động - Thương binh và Xã hội cho biết, Sở sẽ phối hợp UBND các xã rà soát các hồ, ao, hố sâu; vận động chủ hồ làm rào chắn, cắm biển cảnh báo. Bà Trương Thị Mỹ Hạnh, Phó Giám đốc Sở Giáo dục và Đào tạo thông tin, năm học 2020 - 2021 toàn tỉnh mới có 23 bể bơi trong trường học; ngành phấn đấu đến năm 2025 khoảng 50% trường tiểu học tổ chức dạy bơi.
Kết luận, bà H'Liên Êban ghi nhận các ý kiến thẳng thắn, thiết thực của các em; giao các sở, ngành nghiên cứu, tiếp thu, trả lời bằng văn bản những ý kiến chưa được giải đáp trực tiếp. Bà đề nghị các em cùng tuyên truyền cho bạn bè, không tắm sông, suối, hồ khi không có người lớn đi kèm. Kết quả buổi đối thoại sẽ được tổng hợp, báo cáo Ban chỉ đạo công tác trẻ em tỉnh.
Nhân dịp này, Quỹ Bảo trợ trẻ em tỉnh trao 100 suất học bổng, mỗi suất 1 triệu đồng cho trẻ em có hoàn cảnh khó khăn ở phường Tân Lợi và xã Krông Na.
Hồng Gia
Tin liên quan
- Phát động Tháng hành động vì trẻ em năm 2021 (25/05/2021)
- Đắk Lắk: 2 anh em ruột đuối nước thương tâm (10/05/2021)
- Hội nghị tổng kết công tác trẻ em năm 2020 (20/01/2021)
""", "2021-05-28", "Lãnh đạo tỉnh đối thoại với trẻ em về phòng, chống đuối nước",
E("doi_thoai", "2021", "2021-05-27"),
[P("H'Liên Êban", "Phó Chủ tịch UBND tỉnh", "Phó Trưởng Ban chỉ đạo công tác trẻ em tỉnh"),
 P("H'Mai Ayun", "học sinh lớp 8 Trường THCS Phan Chu Trinh"),
 P("Y Thắng Byă", "học sinh Trường THCS Krông Na"),
 P("Y Krông Mlô", "Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Trương Thị Mỹ Hạnh", "Phó Giám đốc Sở Giáo dục và Đào tạo")],
[Q("150 em thiếu nhi", 150, "em thiếu nhi"), Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"),
 Q("34 trẻ em", 34, "trẻ em"), Q("41%", 41, "%"), Q("40 câu hỏi", 40, "câu hỏi"), Q("12 ý kiến", 12, "ý kiến"),
 Q("23 bể bơi", 23, "bể bơi"), Q("khoảng 50% trường tiểu học", 50, "%", "approx"), Q("100 suất học bổng", 100, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "3370", "KH-UBND", "2021-04-19", "UBND tỉnh", "Kế hoạch số 3370/KH-UBND ngày 19/4/2021"),
 D("Chỉ thị", "09", "CT-UBND", "2021-05-12", "UBND tỉnh", "Chỉ thị số 09/CT-UBND ngày 12/5/2021")],
[prov("Đắk Lắk"), com("Ea Kao"), com("Krông Na"), com("Tân Lợi")],
["Cổng thông tin điện tử tỉnh Đắk Lắk", "Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội",
 "Quang cảnh buổi đối thoại. Ảnh: H.Gia", "Hãy lắng nghe chúng em - Phòng, chống đuối nước trẻ em"],
["Cập nhật: 09:42, 28/05/2021 (GMT+7)", "năm 2021", "năm 2020", "năm học 2020 - 2021", "năm 2025", "lớp 8"]))
