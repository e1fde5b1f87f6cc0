from lib import *
PAGES = []

PAGES.append(page("b3977-haiphong-ldld-hoinghi-bhxh-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HẢI PHÒNG
Trang chủ :: Hoạt động công đoàn :: Chính sách xã hội
Cập nhật lúc 09:15 ngày 28/10/2022
Ảnh: Các đại biểu dự hội nghị.
Hơn 300 đoàn viên, người lao động được tuyên truyền về BHXH tự nguyện
Chiều 26/10/2022, Liên đoàn Lao động thành phố Hải Phòng phối hợp với Bảo hiểm xã hội thành phố tổ chức hội nghị tuyên truyền, vận động người lao động tham gia BHXH tự nguyện, BHYT năm 2022 tại xã Tân Liên. Dự hội nghị có hơn 300 đoàn viên công đoàn, người lao động tự do, lao động làng nghề của các xã Tân Liên, Vĩnh Long, Cao Nhân.
Chủ trì hội nghị có bà Nguyễn Thị Thu Hương, Phó Chủ tịch Thường trực Liên đoàn Lao động thành phố và ông Đỗ Văn Thái, Phó Giám đốc Bảo hiểm xã hội thành phố. Đồng chí Phạm Văn Quyết, Thành ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy dự và phát biểu.
Tại hội nghị, báo cáo viên đã giới thiệu những nội dung cơ bản của Nghị quyết số 28-NQ/TW, Luật Bảo hiểm xã hội năm 2014 và Nghị định 134/2015/NĐ-CP; các chính sách hỗ trợ của thành phố theo Nghị quyết số 27/2021/NQ-HĐND ngày 9/12/2021 của HĐND thành phố: ngoài mức hỗ trợ 30% của Nhà nước cho hộ nghèo, 25% cho hộ cận nghèo, 10% cho đối tượng khác, thành phố hỗ trợ thêm 20% mức đóng cho người thuộc hộ nghèo, cận nghèo trong 2 năm đầu.
Theo số liệu Bảo hiểm xã hội thành phố, đến hết tháng 9/2022 toàn thành phố có 28.467 người tham gia BHXH tự nguyện, đạt 2,7% lực lượng lao động trong độ tuổi; tỷ lệ bao phủ BHYT đạt 93,15%. Năm 2022, thành phố được giao chỉ tiêu phát triển thêm 8.000 người tham gia BHXH tự nguyện, đến nay mới đạt khoảng 61%.
Ông Bùi Văn Mạnh, thợ đóng tàu tự do ở xã Vĩnh Long hỏi về việc đóng bù khi đã có 12 năm tham gia BHXH bắt buộc; bà Trần Thị Hiên, tiểu thương chợ Tân Liên, hỏi về mức hưởng chế độ tử tuất. Các câu hỏi được đại diện Bảo hiểm xã hội thành phố giải đáp cụ thể.
Phát biểu tại hội nghị, đồng chí Phạm Văn Quyết đề nghị các cấp công đoàn phối hợp với Mặt trận và các đoàn thể thực hiện Kế hoạch số 89-KH/TU, 90-KH/TU của Ban Thường vụ Thành ủy, đưa chỉ tiêu vận động BHXH tự nguyện vào tiêu chí thi đua; mỗi công đoàn cơ sở làng nghề vận động từ 10 người trở lên tham gia trong quý IV.
Ngay tại hội nghị, 47 người lao động đã đăng ký tham gia BHXH tự nguyện. Liên đoàn Lao động thành phố trao 40 sổ BHXH tự nguyện (đóng 12 tháng, mỗi sổ 1.782.000 đồng) và 60 thẻ BHYT cho đoàn viên có hoàn cảnh khó khăn, tổng trị giá khoảng 110 triệu đồng.
Thu Hằng
Lượt xem: 463
Tin liên quan
- Công đoàn Viên chức thành phố tổ chức "Tháng Công nhân" (10/10/2022)
- Đối thoại với công nhân lao động KCN Nomura (28/09/2022)
- Trao 25 Mái ấm Công đoàn cho đoàn viên khó khăn (15/09/2022)
""", "2022-10-28", "Hơn 300 đoàn viên, người lao động được tuyên truyền về BHXH tự nguyện",
E("hoi_nghi", "2022", "2022-10-26"),
[P("Nguyễn Thị Thu Hương", "Phó Chủ tịch Thường trực Liên đoàn Lao động thành phố"),
 P("Đỗ Văn Thái", "Phó Giám đốc Bảo hiểm xã hội thành phố"),
 P("Phạm Văn Quyết", "Thành ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy"),
 P("Bùi Văn Mạnh", "thợ đóng tàu tự do"),
 P("Trần Thị Hiên", "tiểu thương chợ Tân Liên")],
[Q("hơn 300 đoàn viên công đoàn, người lao động tự do, lao động làng nghề", 300, "đoàn viên công đoàn, người lao động tự do, lao động làng nghề", "over"),
 Q("30%", 30, "%"), Q("25%", 25, "%"), Q("10%", 10, "%"), Q("20%", 20, "%"), Q("28.467 người", 28467, "người"), Q("2,7%", 2.7, "%"),
 Q("93,15%", 93.15, "%"), Q("8.000 người", 8000, "người"), Q("khoảng 61%", 61, "%", "approx"),
 Q("từ 10 người trở lên", 10, "người", "over"), Q("47 người lao động", 47, "người lao động"), Q("40 sổ BHXH tự nguyện", 40, "sổ BHXH tự nguyện"),
 Q("1.782.000 đồng", 1782000, "đồng"), Q("60 thẻ BHYT", 60, "thẻ BHYT"), Q("khoảng 110 triệu đồng", 110000000, "đồng", "approx")],
[D("Nghị quyết", "28", "NQ/TW", None, None, "Nghị quyết số 28-NQ/TW"),
 D("Nghị định", "134", "2015/NĐ-CP", None, None, "Nghị định 134/2015/NĐ-CP"),
 D("Nghị quyết", "27", "2021/NQ-HĐND", "2021-12-09", "HĐND thành phố", "Nghị quyết số 27/2021/NQ-HĐND ngày 9/12/2021"),
 D("Kế hoạch", "89", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch số 89-KH/TU, 90-KH/TU"),
 D("Kế hoạch", "90", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch số 89-KH/TU, 90-KH/TU")],
[prov("Hải Phòng"), com("Tân Liên"), com("Vĩnh Long"), com("Cao Nhân")],
["CỔNG THÔNG TIN ĐIỆN TỬ LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HẢI PHÒNG", "Trang chủ :: Hoạt động công đoàn :: Chính sách xã hội",
 "Ảnh: Các đại biểu dự hội nghị.", "Luật Bảo hiểm xã hội năm 2014", "Lượt xem: 463"],
["Cập nhật lúc 09:15 ngày 28/10/2022", "năm 2022", "2 năm", "tháng 9/2022", "12 năm", "quý IV", "12 tháng", "Lượt xem: 463"]))

PAGES.append(page("b3978-camau-mttq-traothe-2022", """
Báo Cà Mau
Xã hội - Mặt trận
30 tháng 12, 2022 | 17:45
Trao 1.500 thẻ BHYT cho người dân khó khăn dịp Tết Quý Mão
(CMO) Sáng 29/12, Ủy ban MTTQ Việt Nam tỉnh Cà Mau phối hợp Bảo hiểm xã hội tỉnh, Bưu điện tỉnh tổ chức thăm, chúc Tết và trao 1.500 thẻ BHYT cho người dân có hoàn cảnh khó khăn, người thuộc hộ cận nghèo, hộ làm nông nghiệp có mức sống trung bình ở các xã Khánh Bình Tây, Trần Hợi, Tân Hưng Đông và thị trấn Sông Đốc.
Đồng chí Tô Ngọc Thạch trao thẻ BHYT cho người dân xã Trần Hợi. Ảnh: Huỳnh Lâm
Tham dự có đồng chí Tô Ngọc Thạch, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Lâm Thị Sa Ry và ông Huỳnh Văn Hiếu - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Lý Hoàng Nam, Giám đốc Bảo hiểm xã hội tỉnh.
Số thẻ BHYT trao lần này có tổng trị giá hơn 1,2 tỷ đồng, do Quỹ "Vì người nghèo" tỉnh, Bảo hiểm xã hội tỉnh, Bưu điện tỉnh và 11 doanh nghiệp, nhà hảo tâm đóng góp, mỗi thẻ trị giá 804.600 đồng, sử dụng trong 12 tháng. Ngoài thẻ BHYT, mỗi hộ còn được tặng 1 phần quà Tết trị giá 300.000 đồng gồm gạo, dầu ăn, bánh mứt; tổng cộng 1.500 phần quà.
Theo Ủy ban MTTQ tỉnh, năm 2022 Mặt trận các cấp đã vận động tặng 6.214 thẻ BHYT và 412 sổ BHXH tự nguyện, tổng trị giá trên 5,8 tỷ đồng. Tỷ lệ bao phủ BHYT toàn tỉnh đạt 92,4%; tuy nhiên vẫn còn khoảng 96.000 người chưa tham gia, chủ yếu là lao động đi làm ăn xa và hộ nông dân thoát nghèo không còn được hỗ trợ.
Phát biểu tại buổi trao thẻ, đồng chí Tô Ngọc Thạch đề nghị thực hiện tốt Kế hoạch số 52-KH/MTTQ-BTT về vận động "Tết vì người nghèo" năm 2023 và Quy chế phối hợp số 01/QCPH-MTTQ-BHXH-BĐ giữa 3 cơ quan; mỗi ban công tác Mặt trận ấp, khóm vận động ít nhất 10 hộ tham gia BHYT hộ gia đình trong quý I/2023.
Bà Thạch Thị Sa Vy, người Khmer ở ấp Cái Su, xã Khánh Bình Tây xúc động: "Năm rồi chồng tôi nằm viện gần 1 tháng, nhờ có thẻ BHYT mà được chi trả hơn 18 triệu đồng. Năm nay có thẻ mới, tôi yên tâm đón Tết".
Ông Lý Hoàng Nam cho biết, theo rà soát của ngành, năm 2023 có khoảng 2.600 hộ thoát cận nghèo trên địa bàn tỉnh sẽ không còn được ngân sách hỗ trợ mua thẻ, trong đó 32% là hộ đồng bào Khmer; ngành đề nghị Mặt trận ưu tiên các hộ này khi vận động tặng thẻ.
Dịp này, Bưu điện tỉnh giới thiệu dịch vụ thu BHXH tự nguyện, BHYT hộ gia đình qua 101 điểm bưu điện văn hóa xã và ứng dụng VNPost; ông Lê Minh Tâm, Giám đốc Bưu điện tỉnh trao thêm 50 thẻ BHYT cho học sinh nghèo thị trấn Sông Đốc.
Huỳnh Lâm
Lượt xem: 2.318
Tin khác
- Cà Mau: hơn 23.000 phần quà Tết cho hộ nghèo (27/12/2022)
- Ra mắt mô hình "Dân vận khéo" xã Tân Ân (20/12/2022)
- Mặt trận tỉnh tổng kết công tác năm 2022 (16/12/2022)
""", "2022-12-30", "Trao 1.500 thẻ BHYT cho người dân khó khăn dịp Tết Quý Mão",
E("trao_qua", None, "2022-12-29"),
[P("Tô Ngọc Thạch", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Thị Sa Ry", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Văn Hiếu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Hoàng Nam", "Giám đốc Bảo hiểm xã hội tỉnh"),
 P("Thạch Thị Sa Vy"),
 P("Lê Minh Tâm", "Giám đốc Bưu điện tỉnh")],
[Q("1.500 thẻ BHYT", 1500, "thẻ BHYT"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("11 doanh nghiệp, nhà hảo tâm", 11, "doanh nghiệp, nhà hảo tâm"),
 Q("804.600 đồng", 804600, "đồng"), Q("300.000 đồng", 300000, "đồng"), Q("1.500 phần quà", 1500, "phần quà"),
 Q("6.214 thẻ BHYT", 6214, "thẻ BHYT"), Q("412 sổ BHXH tự nguyện", 412, "sổ BHXH tự nguyện"), Q("trên 5,8 tỷ đồng", 5800000000, "đồng", "over"),
 Q("92,4%", 92.4, "%"), Q("khoảng 96.000 người", 96000, "người", "approx"), Q("ít nhất 10 hộ", 10, "hộ", "over"),
 Q("hơn 18 triệu đồng", 18000000, "đồng", "over"), Q("101 điểm bưu điện văn hóa xã", 101, "điểm bưu điện văn hóa xã"), Q("50 thẻ BHYT", 50, "thẻ BHYT"), Q("3 cơ quan", 3, "cơ quan"),
 Q("khoảng 2.600 hộ", 2600, "hộ", "approx"), Q("32%", 32, "%")],
[D("Kế hoạch", "52", "KH/MTTQ-BTT", None, None, "Kế hoạch số 52-KH/MTTQ-BTT"),
 D("Quy chế phối hợp", "01", "QCPH-MTTQ-BHXH-BĐ", None, None, "Quy chế phối hợp số 01/QCPH-MTTQ-BHXH-BĐ")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Trần Hợi"), com("Tân Hưng Đông"), com("Sông Đốc")],
["Báo Cà Mau", "Xã hội - Mặt trận", "(CMO)", "Đồng chí Tô Ngọc Thạch trao thẻ BHYT cho người dân xã Trần Hợi. Ảnh: Huỳnh Lâm",
 "Vì người nghèo", "Tết vì người nghèo", "VNPost", "Lượt xem: 2.318"],
["30 tháng 12, 2022 | 17:45", "Tết Quý Mão", "12 tháng", "1 phần quà", "năm 2022", "năm 2023", "quý I/2023", "gần 1 tháng", "Lượt xem: 2.318"]))

PAGES.append(page("b3979-gialai-mttqxa-baocao-2023", """
ỦY BAN MTTQ VIỆT NAM XÃ IA PNÔN - HUYỆN ĐỨC CƠ - TỈNH GIA LAI
Trang chủ / Văn bản - Báo cáo / Mặt trận
2023-07-14 16:40
Báo cáo kết quả vận động nhân dân tham gia BHYT, BHXH tự nguyện 6 tháng đầu năm 2023
Ia Pnôn, ngày 10 tháng 7 năm 2023
Thực hiện Kế hoạch số 14/KH-MTTQ-BTT ngày 06/01/2023 của Ban Thường trực Ủy ban MTTQ huyện và Kế hoạch số 03/KH-UBND của UBND xã về phát triển người tham gia BHYT, BHXH tự nguyện năm 2023, Ban Thường trực Ủy ban MTTQ Việt Nam xã Ia Pnôn báo cáo kết quả 6 tháng đầu năm 2023 như sau:
I. Công tác tuyên truyền, vận động
Ủy ban MTTQ xã phối hợp với Hội Nông dân, Hội LHPN, Đoàn Thanh niên, Hội Cựu chiến binh và nhân viên bưu điện văn hóa xã tổ chức 26 buổi tuyên truyền tại 7 làng và 2 thôn, với 1.430 lượt người tham dự; đến từng nhà vận động 318 hộ chưa có thẻ BHYT. Nội dung tuyên truyền được dịch sang tiếng Jrai, phát trên loa truyền thanh của 9 thôn, làng 2 lần mỗi tuần.
Ông Ksor Hdin, Trưởng ban công tác Mặt trận làng Grôn và ông Rơ Châm Blôh, già làng, người có uy tín làng Ia Krêl đã trực tiếp vận động được 47 hộ Jrai tham gia BHYT hộ gia đình.
II. Kết quả
- Tổng số người có thẻ BHYT: 6.824 người/7.236 người, đạt 94,3% (tăng 2,1% so với cuối năm 2022); trong đó người dân tộc thiểu số được ngân sách đóng 4.106 người, học sinh 1.215 người, hộ gia đình tự đóng 962 người.
- Số người tham gia BHXH tự nguyện: 58 người, đạt 72,5% chỉ tiêu huyện giao (80 người).
- Vận động các nhà hảo tâm, doanh nghiệp cà phê, cao su trên địa bàn ủng hộ 64 thẻ BHYT, trị giá 51.494.400 đồng, trao cho 64 người thuộc hộ cận nghèo, hộ có người khuyết tật.
- Phối hợp Bưu điện xã tổ chức "Ngày hội BHXH tự nguyện" tại làng Grôn, có 19 người đăng ký tham gia ngay tại chỗ.
III. Tồn tại, hạn chế
Còn 412 người chưa có thẻ BHYT, chủ yếu là lao động đi làm thuê ngoài tỉnh Gia Lai; nhiều hộ thoát nghèo không tiếp tục mua thẻ; nhận thức của một bộ phận người dân về BHXH tự nguyện còn hạn chế, 6 người đã dừng đóng.
IV. Phương hướng 6 tháng cuối năm 2023
- Phấn đấu tỷ lệ bao phủ BHYT đạt trên 96%, vận động thêm ít nhất 22 người tham gia BHXH tự nguyện.
- Thực hiện Nghị quyết số 05-NQ/ĐU ngày 20/02/2023 của Đảng ủy xã về phát triển kinh tế - xã hội gắn với bảo đảm an sinh; đề nghị UBND xã hỗ trợ 50% mức đóng BHYT cho 30 người thuộc hộ mới thoát nghèo.
Nơi nhận: Ban Thường trực Ủy ban MTTQ huyện; Đảng ủy, HĐND, UBND xã; lưu VT.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Rah Lan Hiếu
Lượt xem: 203
Các tin khác
- Báo cáo công tác Mặt trận tháng 6 năm 2023 (30/06/2023)
- Ra mắt tổ hòa giải làng Ia Krêl (16/06/2023)
- Thông báo lịch tiếp công dân quý III/2023 (02/06/2023)
""", "2023-07-14", "Báo cáo kết quả vận động nhân dân tham gia BHYT, BHXH tự nguyện 6 tháng đầu năm 2023",
E("bao_cao", "2023-H1", "2023-07-10"),
[P("Ksor Hdin", "Trưởng ban công tác Mặt trận làng Grôn"),
 P("Rơ Châm Blôh", "già làng", "người có uy tín làng Ia Krêl"),
 P("Rah Lan Hiếu", "CHỦ TỊCH")],
[Q("26 buổi tuyên truyền", 26, "buổi tuyên truyền"), Q("7 làng", 7, "làng"), Q("2 thôn", 2, "thôn"), Q("1.430 lượt người", 1430, "lượt người"),
 Q("318 hộ", 318, "hộ"), Q("9 thôn, làng", 9, "thôn, làng"), Q("47 hộ Jrai", 47, "hộ Jrai"), Q("6.824 người", 6824, "người"),
 Q("7.236 người", 7236, "người"), Q("94,3%", 94.3, "%"), Q("2,1%", 2.1, "%"), Q("4.106 người", 4106, "người"), Q("1.215 người", 1215, "người"),
 Q("962 người", 962, "người"), Q("58 người", 58, "người"), Q("72,5%", 72.5, "%"), Q("80 người", 80, "người"), Q("64 thẻ BHYT", 64, "thẻ BHYT"),
 Q("51.494.400 đồng", 51494400, "đồng"), Q("64 người", 64, "người"), Q("19 người", 19, "người"), Q("412 người", 412, "người"), Q("6 người", 6, "người"),
 Q("trên 96%", 96, "%", "over"), Q("ít nhất 22 người", 22, "người", "over"), Q("50%", 50, "%"), Q("30 người", 30, "người")],
[D("Kế hoạch", "14", "KH-MTTQ-BTT", "2023-01-06", "Ban Thường trực Ủy ban MTTQ huyện", "Kế hoạch số 14/KH-MTTQ-BTT ngày 06/01/2023"),
 D("Kế hoạch", "03", "KH-UBND", None, "UBND xã", "Kế hoạch số 03/KH-UBND"),
 D("Nghị quyết", "05", "NQ/ĐU", "2023-02-20", "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU ngày 20/02/2023")],
[prov("Gia Lai"), com("Ia Pnôn")],
["ỦY BAN MTTQ VIỆT NAM XÃ IA PNÔN - HUYỆN ĐỨC CƠ - TỈNH GIA LAI", "Trang chủ / Văn bản - Báo cáo / Mặt trận",
 "Ngày hội BHXH tự nguyện", "TM. BAN THƯỜNG TRỰC", "Lượt xem: 203"],
["2023-07-14 16:40", "ngày 10 tháng 7 năm 2023", "6 tháng đầu năm 2023", "năm 2023", "2 lần", "năm 2022", "6 tháng cuối năm 2023", "Lượt xem: 203"]))

PAGES.append(page("b3980-quangnam-mttq-giamsat-bhyt-2024", """
Báo Quảng Nam
Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 06/09/2024, 08:05
Giám sát việc thực hiện chính sách BHYT học sinh và người dân tộc thiểu số ở Nam Giang
Ngày 4/9, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Đinh Văn Lâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn giám sát việc thực hiện chính sách BHYT đối với học sinh, sinh viên và người dân tộc thiểu số tại huyện Nam Giang, các xã Tà Bhing, Zuôih, Chơ Chun.
Đoàn giám sát làm việc tại UBND xã Zuôih.
Theo Chương trình phối hợp giám sát số 02/CTPH-MTTQ-BHXH năm 2024 và Kế hoạch số 210/KH-MTTQ-BTT ngày 12/7/2024, đoàn tập trung vào việc lập danh sách, cấp phát thẻ, thu BHYT học sinh năm học 2023 - 2024 và việc chuyển đối tượng sau khi các xã ra khỏi vùng đặc biệt khó khăn theo Quyết định số 861/QĐ-TTg ngày 04/6/2021 của Thủ tướng Chính phủ.
Báo cáo của UBND huyện Nam Giang cho thấy, toàn huyện có 26.318 người tham gia BHYT, đạt 95,6% dân số; 100% học sinh các trường dân tộc nội trú, bán trú có thẻ. Tuy nhiên, 1.842 học sinh tại 6 trường THCS, tiểu học phải tự đóng 70% mức đóng, nhiều gia đình đồng bào Cơ Tu không đủ khả năng; tỷ lệ học sinh tham gia ở xã Tà Bhing chỉ đạt 81,3%.
Ông Bh'riu Liếc, Chủ tịch Ủy ban MTTQ xã Zuôih cho biết, Mặt trận xã đã vận động 3 doanh nghiệp thủy điện hỗ trợ 126 thẻ BHYT cho học sinh nghèo, trị giá hơn 99 triệu đồng. Bà Zơ Râm Thị Hoa, Hiệu trưởng Trường PTDTBT Tiểu học và THCS Chơ Chun, kiến nghị cho phép phụ huynh đóng làm 2 đợt.
Các ông A Lăng Văn Hùng, Alăng Thị Mai - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, thành viên đoàn, đề nghị ngành giáo dục phối hợp Bảo hiểm xã hội huyện rà soát, không để học sinh nào thiếu thẻ khi vào năm học mới 2024 - 2025.
Kết luận buổi giám sát, ông Đinh Văn Lâm đề nghị UBND huyện tham mưu Huyện ủy ban hành văn bản chỉ đạo theo tinh thần Kết luận 19, 20-KL/HU của Ban Thường vụ Huyện ủy; vận động Quỹ "Vì người nghèo" huyện hỗ trợ ít nhất 30% phần học sinh phải đóng; Ủy ban MTTQ các xã giám sát việc cấp thẻ, phát hiện kịp thời sai sót. Bà Nguyễn Thị Ngọc Trâm, Phó Giám đốc Bảo hiểm xã hội tỉnh tiếp thu, cho biết ngành sẽ cấp lại ngay 217 thẻ bị sai thông tin trong tháng 9.
Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy và kiến nghị UBND tỉnh xem xét hỗ trợ thêm cho học sinh vùng dân tộc thiểu số từ năm 2025.
Ánh Ngọc
Lượt xem: 734
Tin liên quan
- Mặt trận tỉnh giám sát công tác giải phóng mặt bằng (29/08/2024)
- Hội nghị phản biện dự thảo nghị quyết về hỗ trợ BHYT (16/08/2024)
- Nam Giang trao 50 suất học bổng cho học sinh Cơ Tu (02/08/2024)
""", "2024-09-06", "Giám sát việc thực hiện chính sách BHYT học sinh và người dân tộc thiểu số ở Nam Giang",
E("giam_sat", None, "2024-09-04"),
[P("Đinh Văn Lâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bh'riu Liếc", "Chủ tịch Ủy ban MTTQ xã Zuôih"),
 P("Zơ Râm Thị Hoa", "Hiệu trưởng Trường PTDTBT Tiểu học và THCS Chơ Chun"),
 P("A Lăng Văn Hùng", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Alăng Thị Mai", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Ngọc Trâm", "Phó Giám đốc Bảo hiểm xã hội tỉnh")],
[Q("26.318 người", 26318, "người"), Q("95,6%", 95.6, "%"), Q("100%", 100, "%"), Q("1.842 học sinh", 1842, "học sinh"),
 Q("6 trường THCS, tiểu học", 6, "trường THCS, tiểu học"), Q("70%", 70, "%"), Q("81,3%", 81.3, "%"), Q("3 doanh nghiệp thủy điện", 3, "doanh nghiệp thủy điện"),
 Q("126 thẻ BHYT", 126, "thẻ BHYT"), Q("hơn 99 triệu đồng", 99000000, "đồng", "over"), Q("ít nhất 30%", 30, "%", "over"), Q("217 thẻ", 217, "thẻ")],
[D("Chương trình phối hợp giám sát", "02", "CTPH-MTTQ-BHXH", None, None, "Chương trình phối hợp giám sát số 02/CTPH-MTTQ-BHXH"),
 D("Kế hoạch", "210", "KH-MTTQ-BTT", "2024-07-12", None, "Kế hoạch số 210/KH-MTTQ-BTT ngày 12/7/2024"),
 D("Quyết định", "861", "QĐ-TTg", "2021-06-04", "Thủ tướng Chính phủ", "Quyết định số 861/QĐ-TTg ngày 04/6/2021"),
 D("Kết luận", "19", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 19, 20-KL/HU"),
 D("Kết luận", "20", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 19, 20-KL/HU")],
[prov("Quảng Nam"), com("Tà Bhing"), com("Zuôih"), com("Chơ Chun")],
["Báo Quảng Nam", "Chính trị › Mặt trận - Đoàn thể", "Đoàn giám sát làm việc tại UBND xã Zuôih.", "Vì người nghèo", "Lượt xem: 734"],
["Thứ Sáu, 06/09/2024, 08:05", "năm 2024", "2023 - 2024", "2 đợt", "2024 - 2025", "tháng 9", "năm 2025", "Lượt xem: 734"]))

PAGES.append(page("b3981-thaibinh-bhxh-giaoban-2024", """
BẢO HIỂM XÃ HỘI TỈNH THÁI BÌNH
Trang chủ > Tin tức - Sự kiện > Hoạt động ngành
Ngày đăng 30/08/2024 | 09:15
Ảnh: Quang cảnh buổi giao ban.
Còn hơn 4.000 người cần vận động để hoàn thành chỉ tiêu BHXH tự nguyện năm 2024
Chiều 28/8/2024, Bảo hiểm xã hội tỉnh Thái Bình phối hợp với Bưu điện tỉnh tổ chức hội nghị giao ban công tác phát triển người tham gia BHXH tự nguyện, BHYT hộ gia đình tháng 8/2024 với 8 huyện, thành phố qua hình thức trực tuyến tại 9 điểm cầu. Ông Phạm Văn Đoàn, Giám đốc Bảo hiểm xã hội tỉnh và ông Trần Quang Vinh, Giám đốc Bưu điện tỉnh đồng chủ trì.
Báo cáo tại buổi giao ban cho thấy, trong tháng 8, toàn tỉnh phát triển mới 1.126 người tham gia BHXH tự nguyện, nâng tổng số lên 31.704 người, đạt 88,2% kế hoạch năm Bảo hiểm xã hội Việt Nam giao (35.946 người). Số người tham gia BHYT hộ gia đình là 402.518 người; tỷ lệ bao phủ BHYT toàn tỉnh đạt 94,07%. Tuy nhiên, số người dừng đóng BHXH tự nguyện trong tháng là 387 người, số thẻ BHYT hộ gia đình hết hạn chưa gia hạn khoảng 12.000 thẻ.
Trong tháng, hệ thống bưu điện đã phối hợp với Ủy ban MTTQ, Hội Nông dân, Hội LHPN các xã tổ chức 64 hội nghị khách hàng với 5.210 người dự; nhân viên bưu điện đến tận 3.480 hộ để tư vấn. Bưu điện huyện Hưng Hà dẫn đầu với 214 người tham gia mới; các xã Thái Phương, Minh Khai, Đông Đô có trên 20 người tham gia mới mỗi xã.
Bà Phạm Thị Huyền, Trưởng phòng Quản lý thu - Sổ, thẻ Bảo hiểm xã hội tỉnh cho biết, thực hiện Nghị quyết số 07/2022/NQ-HĐND của HĐND tỉnh, ngoài mức hỗ trợ của Trung ương, ngân sách tỉnh hỗ trợ thêm 20% cho người thuộc hộ nghèo, 15% cho hộ cận nghèo và 10% cho các đối tượng khác khi tham gia BHXH tự nguyện; đến nay đã có 2.317 người được hỗ trợ với kinh phí khoảng 1,9 tỷ đồng.
Các ông Nguyễn Văn Thanh, Vũ Đức Hòa - Phó Giám đốc Bảo hiểm xã hội tỉnh đề nghị Bưu điện tỉnh tập trung vào nhóm lao động trong các làng nghề dệt, chiếu cói và nhóm tiểu thương; thực hiện nghiêm Công văn số 1025/BHXH-QLT ngày 15/8/2024 về rà soát người dừng đóng.
Kết luận giao ban, ông Phạm Văn Đoàn yêu cầu trong tháng 9 mỗi huyện phát triển thêm ít nhất 500 người; Bưu điện tỉnh phối hợp với Ban Dân vận Tỉnh ủy triển khai Hướng dẫn 12-HD/BDVTU về vận động đảng viên, hội viên đoàn thể gương mẫu tham gia; phấn đấu hoàn thành 100% chỉ tiêu trước ngày 15/12/2024. Ông Trần Quang Vinh cam kết mỗi nhân viên đại lý thu vận động từ 5 người trở lên mỗi tháng.
Minh Nguyệt
Lượt xem: 388
Tin liên quan
- Giao ban công tác thu BHXH, BHYT tháng 7/2024 (31/07/2024)
- Hội nghị khách hàng BHXH tự nguyện tại huyện Tiền Hải (18/07/2024)
- Trao 120 sổ BHXH tự nguyện cho người có hoàn cảnh khó khăn (05/07/2024)
""", "2024-08-30", "Còn hơn 4.000 người cần vận động để hoàn thành chỉ tiêu BHXH tự nguyện năm 2024",
E("giao_ban", "2024-08", "2024-08-28"),
[P("Phạm Văn Đoàn", "Giám đốc Bảo hiểm xã hội tỉnh"),
 P("Trần Quang Vinh", "Giám đốc Bưu điện tỉnh"),
 P("Phạm Thị Huyền", "Trưởng phòng Quản lý thu - Sổ, thẻ Bảo hiểm xã hội tỉnh"),
 P("Nguyễn Văn Thanh", "Phó Giám đốc Bảo hiểm xã hội tỉnh"),
 P("Vũ Đức Hòa", "Phó Giám đốc Bảo hiểm xã hội tỉnh")],
[Q("hơn 4.000 người", 4000, "người", "over"), Q("8 huyện, thành phố", 8, "huyện, thành phố"), Q("9 điểm cầu", 9, "điểm cầu"),
 Q("1.126 người", 1126, "người"), Q("31.704 người", 31704, "người"), Q("88,2%", 88.2, "%"), Q("35.946 người", 35946, "người"),
 Q("402.518 người", 402518, "người"), Q("94,07%", 94.07, "%"), Q("387 người", 387, "người"), Q("khoảng 12.000 thẻ", 12000, "thẻ", "approx"),
 Q("64 hội nghị khách hàng", 64, "hội nghị khách hàng"), Q("5.210 người", 5210, "người"), Q("3.480 hộ", 3480, "hộ"),
 Q("214 người", 214, "người"), Q("trên 20 người", 20, "người", "over"), Q("20%", 20, "%"), Q("15%", 15, "%"), Q("10%", 10, "%"),
 Q("2.317 người", 2317, "người"), Q("khoảng 1,9 tỷ đồng", 1900000000, "đồng", "approx"), Q("ít nhất 500 người", 500, "người", "over"),
 Q("100%", 100, "%"), Q("từ 5 người trở lên", 5, "người", "over")],
[D("Nghị quyết", "07", "2022/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 07/2022/NQ-HĐND"),
 D("Công văn", "1025", "BHXH-QLT", "2024-08-15", None, "Công văn số 1025/BHXH-QLT ngày 15/8/2024"),
 D("Hướng dẫn", "12", "HD/BDVTU", None, None, "Hướng dẫn 12-HD/BDVTU")],
[prov("Thái Bình"), com("Thái Phương"), com("Minh Khai"), com("Đông Đô")],
["BẢO HIỂM XÃ HỘI TỈNH THÁI BÌNH", "Trang chủ > Tin tức - Sự kiện > Hoạt động ngành", "Ảnh: Quang cảnh buổi giao ban.", "Lượt xem: 388"],
["Ngày đăng 30/08/2024 | 09:15", "năm 2024", "tháng 8/2024", "tháng 8", "tháng 9", "15/12/2024", "mỗi tháng", "Lượt xem: 388"]))

PAGES.append(page("b3982-vinhlong-bdv-tongket-bhyt-2025", """
Báo Vĩnh Long Online
Thời sự | Chính trị | Dân vận
10/01/2025 - 14:30
Khối dân vận góp phần nâng tỷ lệ bao phủ BHYT lên 93,6%
Ngày 8/1, Ban Dân vận Tỉnh ủy phối hợp với Bảo hiểm xã hội tỉnh tổ chức hội nghị tổng kết 5 năm thực hiện Quy chế phối hợp và đánh giá công tác tuyên truyền, vận động nhân dân tham gia BHXH, BHYT năm 2024. Đồng chí Bùi Thị Thùy Trang, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Đồng chí Bùi Thị Thùy Trang phát biểu tại hội nghị. Ảnh: Thảo Ly
Báo cáo nêu rõ, năm 2024 khối dân vận các cấp đã phối hợp tổ chức 1.264 cuộc tuyên truyền, đối thoại tại khu dân cư, thu hút hơn 52.000 lượt người; vận động được 8,6 tỷ đồng mua 11.420 thẻ BHYT và 735 sổ BHXH tự nguyện tặng người nghèo, cận nghèo, đồng bào Khmer. Tỷ lệ bao phủ BHYT toàn tỉnh đạt 93,6%, vượt 0,6% chỉ tiêu Nghị quyết của HĐND tỉnh; số người tham gia BHXH tự nguyện đạt 24.615 người, tăng 18,4% so với năm 2023.
Đồng chí Thạch Sô Phết, Phó Trưởng Ban Dân vận Huyện ủy Trà Ôn cho biết, huyện đã xây dựng 12 mô hình "Dân vận khéo" về BHYT, tiêu biểu là mô hình "Nuôi heo đất mua thẻ BHYT" ở xã Thiện Mỹ với 86 hộ tham gia. Bà Sơn Thị Sa Khươne, Chủ tịch Hội Liên hiệp Phụ nữ xã Loan Mỹ, huyện Tam Bình, chia sẻ kinh nghiệm vận động ở các phum, sóc thông qua các vị sư cả chùa Khmer.
Hòa thượng Kim Ngọc Sang, Ủy viên Ủy ban MTTQ Việt Nam tỉnh, Trụ trì chùa Kỳ Son, cho biết nhà chùa đã vận động phật tử đóng góp 45 triệu đồng mua 60 thẻ BHYT cho người già neo đơn trong sóc.
Hội nghị chỉ ra hạn chế: vẫn còn 21.000 người thuộc hộ làm nông, lâm, ngư nghiệp có mức sống trung bình chưa tham gia; số người dừng đóng BHXH tự nguyện năm 2024 là 2.118 người; 5 xã có tỷ lệ bao phủ thấp hơn bình quân của tỉnh.
Phát biểu kết luận, đồng chí Bùi Thị Thùy Trang đề nghị năm 2025 tiếp tục quán triệt Kết luận số 01, 02-KL/BDVTU của Ban Dân vận Tỉnh ủy, Nghị quyết số 28-NQ/TW của BCH Trung ương và Kế hoạch số 156/KH-UBND ngày 30/10/2024 của UBND tỉnh; phấn đấu tỷ lệ bao phủ BHYT đạt không dưới 95%, có thêm 3.500 người tham gia BHXH tự nguyện. Bà Phan Thị Mỹ Hạnh, Phó Giám đốc Bảo hiểm xã hội tỉnh tiếp thu ý kiến và cho biết ngành sẽ dành 2 tỷ đồng chi phí hỗ trợ đại lý thu để tăng hoa hồng cho nhân viên đến từng hộ vận động.
Dịp này, Ban Dân vận Tỉnh ủy và Bảo hiểm xã hội tỉnh trao giấy khen cho 15 tập thể và 22 cá nhân có thành tích tiêu biểu.
Thảo Ly
Lượt xem: 1.552
Tin liên quan
- Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2025 (06/01/2025)
- Tam Bình: trao 500 suất quà cho đồng bào Khmer (27/12/2024)
- Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân (20/12/2024)
""", "2025-01-10", "Khối dân vận góp phần nâng tỷ lệ bao phủ BHYT lên 93,6%",
E("tong_ket", "2024", "2025-01-08"),
[P("Bùi Thị Thùy Trang", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Phết", "Phó Trưởng Ban Dân vận Huyện ủy Trà Ôn"),
 P("Sơn Thị Sa Khươne", "Chủ tịch Hội Liên hiệp Phụ nữ xã Loan Mỹ"),
 P("Kim Ngọc Sang", "Hòa thượng", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh", "Trụ trì chùa Kỳ Son"),
 P("Phan Thị Mỹ Hạnh", "Phó Giám đốc Bảo hiểm xã hội tỉnh")],
[Q("93,6%", 93.6, "%"), Q("1.264 cuộc tuyên truyền, đối thoại", 1264, "cuộc tuyên truyền, đối thoại"), Q("hơn 52.000 lượt người", 52000, "lượt người", "over"),
 Q("8,6 tỷ đồng", 8600000000, "đồng"), Q("11.420 thẻ BHYT", 11420, "thẻ BHYT"), Q("735 sổ BHXH tự nguyện", 735, "sổ BHXH tự nguyện"),
 Q("0,6%", 0.6, "%"), Q("24.615 người", 24615, "người"), Q("18,4%", 18.4, "%"), Q("12 mô hình", 12, "mô hình"), Q("86 hộ", 86, "hộ"),
 Q("45 triệu đồng", 45000000, "đồng"), Q("60 thẻ BHYT", 60, "thẻ BHYT"), Q("21.000 người", 21000, "người"), Q("2.118 người", 2118, "người"),
 Q("5 xã", 5, "xã"), Q("không dưới 95%", 95, "%", "over"), Q("3.500 người", 3500, "người"), Q("2 tỷ đồng", 2000000000, "đồng"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Kết luận", "01", "KL/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kết luận số 01, 02-KL/BDVTU"),
 D("Kết luận", "02", "KL/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kết luận số 01, 02-KL/BDVTU"),
 D("Nghị quyết", "28", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 28-NQ/TW"),
 D("Kế hoạch", "156", "KH-UBND", "2024-10-30", "UBND tỉnh", "Kế hoạch số 156/KH-UBND ngày 30/10/2024")],
[prov("Vĩnh Long"), com("Thiện Mỹ"), com("Loan Mỹ")],
["Báo Vĩnh Long Online", "Thời sự | Chính trị | Dân vận", "Đồng chí Bùi Thị Thùy Trang phát biểu tại hội nghị. Ảnh: Thảo Ly",
 "Dân vận khéo", "Nuôi heo đất mua thẻ BHYT", "Lượt xem: 1.552"],
["10/01/2025 - 14:30", "5 năm", "năm 2024", "năm 2023", "năm 2025", "Lượt xem: 1.552"]))
