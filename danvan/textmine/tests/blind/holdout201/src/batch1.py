from lib import *
PAGES = []

PAGES.append(page("b4781-thanhhoa-phanbien-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH THANH HÓA
Trang chủ » Hoạt động Mặt trận » Giám sát - Phản biện
Thứ Sáu, 18/11/2011 - 16:20
Góp ý dự thảo Nghị quyết về cơ chế hỗ trợ xây dựng nông thôn mới
Chiều 17/11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa tổ chức hội nghị lấy ý kiến góp ý, phản biện vào dự thảo Nghị quyết của HĐND tỉnh về cơ chế, chính sách hỗ trợ xây dựng nông thôn mới giai đoạn 2011 - 2015, trước khi trình kỳ họp thứ 3, HĐND tỉnh khóa XVI. Đồng chí Lê Văn Thuần, Phó Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
Quang cảnh hội nghị góp ý. Ảnh: Minh Hiếu
Dự hội nghị có hơn 60 đại biểu là thành viên Ủy ban MTTQ tỉnh, đại diện các tổ chức chính trị - xã hội, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, các nhà khoa học, chuyên gia và Chủ tịch Ủy ban MTTQ một số xã điểm.
Theo Tờ trình số 112/TTr-UBND ngày 02/11/2011 của UBND tỉnh, dự thảo cụ thể hóa Quyết định số 800/QĐ-TTg ngày 04/6/2010 của Thủ tướng Chính phủ và Nghị quyết số 26-NQ/TW ngày 05/8/2008 của BCH Trung ương về nông nghiệp, nông dân, nông thôn. Giai đoạn đầu, tỉnh chọn 27 xã điểm; mỗi xã điểm được ngân sách tỉnh hỗ trợ 1 tỷ đồng để làm đường giao thông, kênh mương và nhà văn hóa; hỗ trợ 50% giá xi măng cho các thôn tự làm đường. Tổng nhu cầu vốn ước hơn 4.200 tỷ đồng, trong đó dự kiến huy động nhân dân đóng góp khoảng 15%.
Góp ý vào dự thảo, ông Hoàng Đình Nhâm, Phó Giám đốc Sở Nông nghiệp và PTNT, cho rằng cần tách riêng mức hỗ trợ cho 11 huyện miền núi, vì nhiều xã khó đạt 19 tiêu chí trong 5 năm. TS. Nguyễn Hữu Khoa, Phó Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, đề nghị không quy định "cứng" tỷ lệ dân đóng góp, tránh tình trạng huy động quá sức dân. Bà Lò Thị Mai, Chủ tịch Ủy ban MTTQ xã Trung Lý, phản ánh nhiều hộ đồng bào Thái, Mông ở bản vùng cao chỉ góp được ngày công.
Ông Phạm Bá Hạnh, Chủ tịch Hội Nông dân tỉnh, kiến nghị bổ sung chính sách hỗ trợ lãi suất cho hộ vay vốn phát triển sản xuất, mức tối đa 30 triệu đồng/hộ; ông Cầm Bá Tiến, Trưởng Ban Dân tộc HĐND tỉnh, đề nghị ưu tiên các xã có trên 50% hộ nghèo.
Hội nghị đã nhận được 35 ý kiến góp ý, tập trung vào đối tượng, mức hỗ trợ và cơ chế lồng ghép nguồn vốn. Kết luận hội nghị, đồng chí Lê Văn Thuần cho biết Ban Thường trực sẽ tổng hợp thành 6 nhóm kiến nghị gửi Thường trực HĐND và UBND tỉnh trước ngày 25/11; đồng thời đề nghị Mặt trận các cấp tuyên truyền sâu rộng để nhân dân hiểu, tự nguyện tham gia cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Thu Hà
Lượt xem: 1.024
Tin liên quan
- Mặt trận Như Thanh ra quân xây dựng nông thôn mới (10/11/2011)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 5, khóa VII (28/10/2011)
- Tặng 300 suất quà cho hộ nghèo huyện Mường Lát (15/10/2011)
- Triển khai Cuộc vận động "Ngày vì người nghèo" năm 2011 (01/10/2011)
""", "2011-11-18", "Góp ý dự thảo Nghị quyết về cơ chế hỗ trợ xây dựng nông thôn mới",
E("hoi_nghi", None, "2011-11-17"),
[P("Lê Văn Thuần", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Đình Nhâm", "Phó Giám đốc Sở Nông nghiệp và PTNT"),
 P("Nguyễn Hữu Khoa", "TS.", "Phó Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"),
 P("Lò Thị Mai", "Chủ tịch Ủy ban MTTQ xã Trung Lý"),
 P("Phạm Bá Hạnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Cầm Bá Tiến", "Trưởng Ban Dân tộc HĐND tỉnh")],
[Q("hơn 60 đại biểu", 60, "đại biểu", "over"), Q("27 xã điểm", 27, "xã điểm"), Q("1 tỷ đồng", 1000000000, "đồng"),
 Q("50%", 50, "%"), Q("hơn 4.200 tỷ đồng", 4200000000000, "đồng", "over"), Q("khoảng 15%", 15, "%", "approx"),
 Q("11 huyện miền núi", 11, "huyện miền núi"), Q("19 tiêu chí", 19, "tiêu chí"),
 Q("tối đa 30 triệu đồng", 30000000, "đồng"), Q("trên 50%", 50, "%", "over"),
 Q("35 ý kiến góp ý", 35, "ý kiến"), Q("6 nhóm kiến nghị", 6, "nhóm kiến nghị")],
[D("Tờ trình", "112", "TTr-UBND", "2011-11-02", "UBND tỉnh", "Tờ trình số 112/TTr-UBND ngày 02/11/2011"),
 D("Quyết định", "800", "QĐ-TTg", "2010-06-04", "Thủ tướng Chính phủ", "Quyết định số 800/QĐ-TTg ngày 04/6/2010"),
 D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "BCH Trung ương", "Nghị quyết số 26-NQ/TW ngày 05/8/2008")],
[prov("Thanh Hóa"), com("Trung Lý")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH THANH HÓA", "Trang chủ » Hoạt động Mặt trận » Giám sát - Phản biện",
 "Quang cảnh hội nghị góp ý. Ảnh: Minh Hiếu", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt xem: 1.024"],
["Thứ Sáu, 18/11/2011 - 16:20", "giai đoạn 2011 - 2015", "kỳ họp thứ 3", "khóa XVI", "5 năm", "Lượt xem: 1.024"]))

PAGES.append(page("b4782-nghean-phanbien-2013", """
Báo Nghệ An điện tử
Thời sự > Chính trị > Mặt trận
Cập nhật: 09:42, 21/12/2013 (GMT+7)
Ảnh: Đồng chí Hồ Thị Thanh Nhàn phát biểu tại hội nghị.
Mặt trận phản biện dự thảo quy định mức thu học phí
(Baonghean) - Ngày 20/12, Ủy ban MTTQ tỉnh tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh quy định mức thu học phí tại các cơ sở giáo dục công lập năm học 2014 - 2015. Đây là hội nghị phản biện đầu tiên của Mặt trận tỉnh kể từ khi Bộ Chính trị ban hành Quyết định 217, 218-QĐ/TW ngày 12/12/2013.
Chủ trì hội nghị có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Hồ Thị Thanh Nhàn, Lô Văn Thảo. Tham dự có đồng chí Nguyễn Đình Lưu, Phó Chủ tịch Thường trực HĐND tỉnh; đại diện Sở Giáo dục và Đào tạo, Sở Tài chính, Sở Lao động - Thương binh và Xã hội cùng 45 đại biểu là chuyên gia, nhà giáo, phụ huynh học sinh.
Theo dự thảo do Sở Giáo dục và Đào tạo xây dựng trên cơ sở Nghị định số 49/2010/NĐ-CP của Chính phủ, mức thu học phí mầm non, THCS ở thành phố Vinh dự kiến 120.000 đồng/tháng, khu vực nông thôn 40.000 đồng/tháng, miền núi 20.000 đồng/tháng; tăng bình quân khoảng 30% so với mức hiện hành. Toàn tỉnh có 1.432 trường công lập với hơn 680.000 học sinh chịu tác động của chính sách.
Toàn cảnh hội nghị phản biện xã hội. Ảnh: Thanh Lê
Phát biểu phản biện, PGS.TS. Đặng Quốc Hưng, giảng viên Trường Đại học Vinh, cho rằng dự thảo chưa đánh giá đầy đủ tác động tới 8 huyện miền núi cao, nơi tỷ lệ hộ nghèo còn trên 40%; đề nghị giữ nguyên mức thu ở vùng đặc biệt khó khăn. Ông Vi Văn Kỳ, Chủ tịch Ủy ban MTTQ huyện Kỳ Sơn, nêu thực tế ở xã Mường Lống nhiều gia đình người Mông có mấy con cùng đi học, "mỗi tháng thêm vài chục nghìn là cả một bao ngô". Bà Trần Thị Xuân, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, đề nghị công khai các khoản thu ngoài học phí, vì nhiều trường thu tới 12 khoản.
Luật gia Lê Quang Cừ, Phó Chủ tịch Hội Luật gia tỉnh, lưu ý dự thảo phải dẫn chiếu đúng Thông tư liên tịch số 29/2012/TTLT-BGDĐT-BTC-BLĐTBXH và bổ sung quy định miễn, giảm cho con em hộ cận nghèo.
Kết luận hội nghị, đồng chí Hồ Thị Thanh Nhàn ghi nhận 18 ý kiến phát biểu và 9 ý kiến bằng văn bản. Ủy ban MTTQ tỉnh sẽ ban hành văn bản phản biện gồm 7 kiến nghị, trong đó đề nghị lùi thời điểm áp dụng ở khu vực miền núi và lấy thêm ý kiến cha mẹ học sinh ở ít nhất 5 huyện trước khi trình HĐND tỉnh tại kỳ họp thứ 9.
Châu Lan
Số lượt đọc: 2.315
Tin khác
- Mặt trận Quỳnh Lưu giám sát việc thu chi ở trường học (14/12/2013)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 8 (06/12/2013)
- Tặng 500 suất quà cho học sinh nghèo vùng biên (29/11/2013)
""", "2013-12-21", "Mặt trận phản biện dự thảo quy định mức thu học phí",
E("hoi_nghi", None, "2013-12-20"),
[P("Hồ Thị Thanh Nhàn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lô Văn Thảo", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Đình Lưu", "Phó Chủ tịch Thường trực HĐND tỉnh"),
 P("Đặng Quốc Hưng", "PGS.TS.", "giảng viên Trường Đại học Vinh"),
 P("Vi Văn Kỳ", "Chủ tịch Ủy ban MTTQ huyện Kỳ Sơn"),
 P("Trần Thị Xuân", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Lê Quang Cừ", "Luật gia", "Phó Chủ tịch Hội Luật gia tỉnh")],
[Q("45 đại biểu", 45, "đại biểu"), Q("120.000 đồng", 120000, "đồng"), Q("40.000 đồng", 40000, "đồng"),
 Q("20.000 đồng", 20000, "đồng"), Q("khoảng 30%", 30, "%", "approx"), Q("1.432 trường công lập", 1432, "trường công lập"),
 Q("hơn 680.000 học sinh", 680000, "học sinh", "over"), Q("8 huyện miền núi cao", 8, "huyện miền núi cao"),
 Q("trên 40%", 40, "%", "over"), Q("12 khoản", 12, "khoản"), Q("18 ý kiến phát biểu", 18, "ý kiến phát biểu"),
 Q("9 ý kiến bằng văn bản", 9, "ý kiến"), Q("7 kiến nghị", 7, "kiến nghị"), Q("ít nhất 5 huyện", 5, "huyện", "over")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Nghị định", "49", "2010/NĐ-CP", None, "Chính phủ", "Nghị định số 49/2010/NĐ-CP"),
 D("Thông tư liên tịch", "29", "2012/TTLT-BGDĐT-BTC-BLĐTBXH", None, None, "Thông tư liên tịch số 29/2012/TTLT-BGDĐT-BTC-BLĐTBXH")],
[prov("Nghệ An"), com("Mường Lống")],
["Báo Nghệ An điện tử", "Thời sự > Chính trị > Mặt trận", "Ảnh: Đồng chí Hồ Thị Thanh Nhàn phát biểu tại hội nghị.",
 "Toàn cảnh hội nghị phản biện xã hội. Ảnh: Thanh Lê", "(Baonghean)", "Số lượt đọc: 2.315"],
["Cập nhật: 09:42, 21/12/2013 (GMT+7)", "năm học 2014 - 2015", "kỳ họp thứ 9", "Số lượt đọc: 2.315"]))

PAGES.append(page("b4783-quangnam-phanbien-2014", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Giám sát, phản biện xã hội
08:15 | 11/07/2014
Toàn cảnh hội nghị. Ảnh: Quốc Tuấn
Phản biện xã hội dự thảo nghị quyết hỗ trợ đồng bào miền núi
Ngày 10/7, tại thành phố Tam Kỳ, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Nam tổ chức hội nghị phản biện xã hội dự thảo Nghị quyết của HĐND tỉnh về một số chính sách hỗ trợ phát triển kinh tế - xã hội các huyện miền núi giai đoạn 2014 - 2020. Ông Đinh Văn Lực, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Hội nghị được tổ chức theo Quyết định số 217-QĐ/TW của Bộ Chính trị và Kế hoạch số 32/KH-MTTQ-BTT ngày 20/6/2014 của Ban Thường trực Ủy ban MTTQ tỉnh. Dự thảo do Ban Dân tộc tỉnh chủ trì soạn thảo, dự kiến áp dụng cho 9 huyện miền núi với 1.846 thôn, trong đó có 74 xã đặc biệt khó khăn; tổng kinh phí thực hiện khoảng 1.150 tỷ đồng.
Theo dự thảo, mỗi hộ đồng bào dân tộc thiểu số định cư tập trung được hỗ trợ 20 triệu đồng làm nhà, 5 triệu đồng san ủi mặt bằng; người có uy tín được hỗ trợ 500.000 đồng/người/tháng. Nghị quyết cũng thay thế Nghị quyết số 108/2014/NQ-HĐND và một phần Nghị quyết số 82/2013/NQ-HĐND của HĐND tỉnh.
Góp ý tại hội nghị, ông Bríu Liếc, Tỉnh ủy viên, Bí thư Huyện ủy Tây Giang, đề nghị tăng mức hỗ trợ làm nhà lên 30 triệu đồng vì vật liệu vận chuyển lên vùng cao tốn kém gấp đôi. Già làng Alăng Ngước, người có uy tín thôn Aur, xã A Xan, nói: "Bà con Cơ Tu cần đất sản xuất hơn là tiền". Bà A Lăng Thị Biên, Phó Trưởng Ban Dân tộc HĐND tỉnh, và ông Zơ Râm Dũng, Chủ tịch Ủy ban MTTQ huyện Nam Giang, cùng đề nghị dự thảo làm rõ cơ chế giao rừng cho cộng đồng.
Các chuyên gia của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, gồm ThS. Phan Công Bình và ThS. Huỳnh Thị Kim Sa, cho rằng 6 trong 14 điều của dự thảo còn trùng lặp với chính sách trung ương; cần bỏ bớt để tránh dàn trải. Theo các chuyên gia, qua khảo sát thực tế tại 3 huyện Tây Giang, Đông Giang, Nam Trà My, chỉ khoảng 40% số hộ được hỗ trợ theo chính sách cũ đã sử dụng vốn đúng mục đích; nhiều căn nhà làm xong bỏ trống vì bà con vẫn ở chòi rẫy.
Phát biểu kết luận, ông Đinh Văn Lực cho biết hội nghị có 23 ý kiến phát biểu. Ban Thường trực sẽ hoàn chỉnh văn bản phản biện với 11 kiến nghị gửi Thường trực HĐND tỉnh và UBND tỉnh trước kỳ họp thứ 11, HĐND tỉnh khóa VIII, đồng thời giao Ban Dân chủ - Pháp luật theo dõi việc tiếp thu, giải trình.
Ánh Nguyệt
Lượt xem: 611
Tin cùng chuyên mục
- Mặt trận Phước Sơn giám sát chương trình 134, 135 (02/07/2014)
- Hội thảo "Đồng bào Cơ Tu với cuộc vận động Toàn dân đoàn kết" (20/06/2014)
- Trao 200 phần quà cho ngư dân bám biển Hoàng Sa (05/06/2014)
""", "2014-07-11", "Phản biện xã hội dự thảo nghị quyết hỗ trợ đồng bào miền núi",
E("hoi_nghi", None, "2014-07-10"),
[P("Đinh Văn Lực", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bríu Liếc", "Tỉnh ủy viên", "Bí thư Huyện ủy Tây Giang"),
 P("Alăng Ngước", "Già làng", "người có uy tín thôn Aur"),
 P("A Lăng Thị Biên", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Zơ Râm Dũng", "Chủ tịch Ủy ban MTTQ huyện Nam Giang"),
 P("Phan Công Bình", "ThS."), P("Huỳnh Thị Kim Sa", "ThS.")],
[Q("9 huyện miền núi", 9, "huyện miền núi"), Q("1.846 thôn", 1846, "thôn"), Q("74 xã đặc biệt khó khăn", 74, "xã đặc biệt khó khăn"),
 Q("khoảng 1.150 tỷ đồng", 1150000000000, "đồng", "approx"), Q("20 triệu đồng", 20000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("500.000 đồng", 500000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"), Q("6 trong 14 điều", 6, "điều"), Q("14 điều", 14, "điều"),
 Q("3 huyện", 3, "huyện"), Q("khoảng 40%", 40, "%", "approx"), Q("23 ý kiến phát biểu", 23, "ý kiến phát biểu"), Q("11 kiến nghị", 11, "kiến nghị")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW của Bộ Chính trị"),
 D("Kế hoạch", "32", "KH-MTTQ-BTT", "2014-06-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 32/KH-MTTQ-BTT ngày 20/6/2014"),
 D("Nghị quyết", "108", "2014/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 108/2014/NQ-HĐND"),
 D("Nghị quyết", "82", "2013/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 82/2013/NQ-HĐND")],
[prov("Quảng Nam"), com("A Xan")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Giám sát, phản biện xã hội",
 "Toàn cảnh hội nghị. Ảnh: Quốc Tuấn", "Lượt xem: 611"],
["08:15 | 11/07/2014", "giai đoạn 2014 - 2020", "kỳ họp thứ 11", "khóa VIII", "gấp đôi", "Lượt xem: 611"]))

PAGES.append(page("b4784-daklak-phanbien-2015", """
Báo Đắk Lắk điện tử
Chính trị - Xã hội | Mặt trận - Đoàn thể
14/10/2015 - 10:05
Góp ý quy định bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất
Sáng 13/10, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị phản biện xã hội dự thảo Quyết định của UBND tỉnh ban hành quy định chi tiết một số điều về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất trên địa bàn tỉnh. Bà H'Nhi Knul, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Bà H'Nhi Knul phát biểu khai mạc hội nghị.
Tham dự có ông Y Khu Ênuôl, Phó Chủ tịch HĐND tỉnh; ông Trương Công Khải, Phó Giám đốc Sở Tài nguyên và Môi trường; các luật sư, chuyên gia của Đoàn Luật sư tỉnh, Hội Luật gia tỉnh và gần 50 già làng, người có uy tín, đại diện hộ dân bị thu hồi đất ở thành phố Buôn Ma Thuột và các huyện Krông Pắc, Cư M'gar.
Dự thảo được xây dựng trên cơ sở Luật Đất đai năm 2013, Nghị định số 47/2014/NĐ-CP ngày 15/5/2014 của Chính phủ và thay thế Quyết định số 39/2014/QĐ-UBND của UBND tỉnh. Theo báo cáo của Sở Tài nguyên và Môi trường, từ năm 2014 đến nay, toàn tỉnh đã thu hồi hơn 1.200 ha đất của 3.517 hộ để thực hiện 86 dự án; vẫn còn 214 hộ chưa nhận tiền bồi thường, 37 vụ khiếu nại kéo dài.
Phản biện dự thảo, luật sư Nguyễn Văn Thiện, Phó Chủ nhiệm Đoàn Luật sư tỉnh, chỉ ra điều 12 quy định hỗ trợ ổn định đời sống chưa tính tới hộ sống bằng cây cà phê, hồ tiêu lâu năm. Ông Y Wai Byă, Chủ tịch Ủy ban MTTQ xã Ea Tu, đề nghị khi thu hồi đất nương rẫy của buôn đồng bào Êđê phải tham vấn cộng đồng, có mặt già làng. Ama Hiên (Y Hiên Mlô), già làng buôn Kô Tam, xã Ea Tu, kiến nghị dành quỹ đất sản xuất thay vì chỉ trả tiền.
Ông Lê Minh Đạo, Phó Chủ tịch Hội Nông dân tỉnh, đề nghị nâng mức hỗ trợ chuyển đổi nghề từ 2 lần lên 3 lần giá đất nông nghiệp; bà Lưu Thị Tuyết, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, đề nghị thời gian niêm yết phương án bồi thường không dưới 20 ngày.
Đại diện cơ quan soạn thảo, ông Trương Công Khải tiếp thu 3 nhóm vấn đề: đơn giá bồi thường cây lâu năm, chính sách tái định cư tại chỗ và trình tự đối thoại với hộ dân trước khi cưỡng chế. Ông cho biết Sở sẽ bổ sung bảng giá cho 26 loại cây trồng, trong đó có cà phê tái canh và sầu riêng, đồng thời đề xuất UBND tỉnh giao UBND cấp xã phối hợp với Ban Công tác Mặt trận thôn, buôn tổ chức họp dân công khai phương án.
Kết luận hội nghị, bà H'Nhi Knul khẳng định các ý kiến là cơ sở để Ủy ban MTTQ tỉnh ban hành văn bản phản biện, dự kiến 9 kiến nghị, gửi UBND tỉnh trước ngày 30/10/2015.
Hoàng Thu
Lượt truy cập: 4.870
Tin liên quan
- Mặt trận Krông Búk phản biện quy hoạch chợ (05/10/2015)
- Tặng 150 suất quà cho người có uy tín (18/09/2015)
- Hội nghị triển khai Luật Mặt trận Tổ quốc Việt Nam (09/09/2015)
""", "2015-10-14", "Góp ý quy định bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất",
E("hoi_nghi", None, "2015-10-13"),
[P("H'Nhi Knul", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Khu Ênuôl", "Phó Chủ tịch HĐND tỉnh"),
 P("Trương Công Khải", "Phó Giám đốc Sở Tài nguyên và Môi trường"),
 P("Nguyễn Văn Thiện", "luật sư", "Phó Chủ nhiệm Đoàn Luật sư tỉnh"),
 P("Y Wai Byă", "Chủ tịch Ủy ban MTTQ xã Ea Tu"),
 P("Y Hiên Mlô", "già làng buôn Kô Tam"),
 P("Lê Minh Đạo", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lưu Thị Tuyết", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh")],
[Q("gần 50 già làng, người có uy tín", 50, "già làng, người có uy tín", "approx"), Q("hơn 1.200 ha", 1200, "ha", "over"),
 Q("3.517 hộ", 3517, "hộ"), Q("86 dự án", 86, "dự án"), Q("214 hộ", 214, "hộ"), Q("37 vụ khiếu nại kéo dài", 37, "vụ khiếu nại kéo dài"),
 Q("không dưới 20 ngày", 20, "ngày", "over"), Q("3 nhóm vấn đề", 3, "nhóm vấn đề"), Q("26 loại cây trồng", 26, "loại cây trồng"), Q("9 kiến nghị", 9, "kiến nghị")],
[D("Nghị định", "47", "2014/NĐ-CP", "2014-05-15", "Chính phủ", "Nghị định số 47/2014/NĐ-CP ngày 15/5/2014"),
 D("Quyết định", "39", "2014/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 39/2014/QĐ-UBND")],
[prov("Đắk Lắk"), com("Ea Tu")],
["Báo Đắk Lắk điện tử", "Chính trị - Xã hội | Mặt trận - Đoàn thể", "Bà H'Nhi Knul phát biểu khai mạc hội nghị.",
 "Luật Đất đai năm 2013", "Ama Hiên", "Lượt truy cập: 4.870"],
["14/10/2015 - 10:05", "điều 12", "2 lần", "3 lần", "từ năm 2014 đến nay", "Lượt truy cập: 4.870"]))

PAGES.append(page("b4785-cantho-soket-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ
Trang chủ :: Hoạt động :: Giám sát - Phản biện xã hội
24-06-2016 15:30
Mặt trận thành phố có 14 kiến nghị phản biện được tiếp thu
Sáng 23/6, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức hội nghị sơ kết công tác giám sát, phản biện xã hội 6 tháng đầu năm 2016, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Võ Thị Ngọc Lan, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì.
Đồng chí Võ Thị Ngọc Lan phát biểu chỉ đạo hội nghị.
Báo cáo do đồng chí Lâm Văn Dũng, Phó Chủ tịch Ủy ban MTTQ thành phố trình bày cho biết, 6 tháng qua Mặt trận và các đoàn thể triển khai Luật MTTQ Việt Nam năm 2015 và Quyết định 217-QĐ/TW, Quyết định 218-QĐ/TW của Bộ Chính trị theo Kế hoạch số 18/KH-MTTQ-BTT ngày 15/01/2016. Cấp thành phố đã tổ chức 5 hội nghị phản biện xã hội đối với các dự thảo nghị quyết của HĐND thành phố về phí, lệ phí, về hỗ trợ người có công và quy hoạch chợ; đã gửi 14 kiến nghị phản biện, được HĐND, UBND thành phố tiếp thu 11 kiến nghị. Mặt trận cấp quận, huyện và 85 xã, phường, thị trấn tổ chức 1.035 cuộc giám sát, thu thập 312 ý kiến góp ý vào dự thảo văn bản của chính quyền cơ sở.
Một trong những kết quả nổi bật là việc phản biện dự thảo Nghị quyết quy định mức thu phí chợ: sau khi Mặt trận kiến nghị, mức thu đối với tiểu thương nhỏ lẻ giảm từ 3.000 đồng xuống 2.000 đồng/ngày, giúp khoảng 4.600 hộ kinh doanh giảm chi phí. Chương trình phối hợp số 02/CTrPH-MTTQ-HĐND giữa Ban Thường trực Ủy ban MTTQ và Thường trực HĐND thành phố được thực hiện nghiêm, 100% ý kiến phản biện được phản hồi bằng văn bản.
Tại hội nghị, bà Thạch Thị Sa Quên, Chủ tịch Ủy ban MTTQ phường Thới An Đông, cho biết phường đã góp ý dự thảo quy hoạch khu tái định cư cho 128 hộ; ông Nguyễn Thành Công, Chủ tịch Ủy ban MTTQ xã Trường Xuân, đề nghị tập huấn kỹ năng phản biện cho cán bộ Mặt trận cơ sở, vì "nhiều đồng chí còn ngại góp ý chính quyền". Ông Danh Sol, Phó Trưởng ban Công tác Mặt trận khu vực Thới Thuận, phường An Khánh, kiến nghị công khai kết quả tiếp thu kiến nghị tại nhà văn hóa khu vực.
Phát biểu kết luận, đồng chí Võ Thị Ngọc Lan yêu cầu 6 tháng cuối năm tổ chức ít nhất 3 hội nghị phản biện cấp thành phố, trong đó có dự thảo nghị quyết về chính sách thu hút nguồn nhân lực; tiếp tục thực hiện Chỉ thị số 19-CT/TU của Ban Thường vụ Thành ủy về tăng cường vai trò giám sát của Mặt trận và các đoàn thể. Tỷ lệ kiến nghị được tiếp thu phải đạt từ 80% trở lên.
Hữu Phước
Tin khác
- Ninh Kiều: phản biện đề án chỉnh trang đô thị (16/06/2016)
- Mặt trận Cờ Đỏ giám sát việc bầu cử (31/05/2016)
- Tặng 400 phần quà cho hộ nghèo Khmer dịp lễ Chôl Chnăm Thmây (12/04/2016)
""", "2016-06-24", "Mặt trận thành phố có 14 kiến nghị phản biện được tiếp thu",
E("so_ket", "2016-H1", "2016-06-23"),
[P("Võ Thị Ngọc Lan", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lâm Văn Dũng", "Phó Chủ tịch Ủy ban MTTQ thành phố"),
 P("Thạch Thị Sa Quên", "Chủ tịch Ủy ban MTTQ phường Thới An Đông"),
 P("Nguyễn Thành Công", "Chủ tịch Ủy ban MTTQ xã Trường Xuân"),
 P("Danh Sol", "Phó Trưởng ban Công tác Mặt trận khu vực Thới Thuận")],
[Q("5 hội nghị phản biện xã hội", 5, "hội nghị phản biện xã hội"), Q("14 kiến nghị phản biện", 14, "kiến nghị phản biện"),
 Q("11 kiến nghị", 11, "kiến nghị"), Q("85 xã, phường, thị trấn", 85, "xã, phường, thị trấn"), Q("1.035 cuộc giám sát", 1035, "cuộc giám sát"),
 Q("312 ý kiến góp ý", 312, "ý kiến"), Q("3.000 đồng", 3000, "đồng"), Q("2.000 đồng", 2000, "đồng"),
 Q("khoảng 4.600 hộ kinh doanh", 4600, "hộ kinh doanh", "approx"), Q("100%", 100, "%"), Q("128 hộ", 128, "hộ"),
 Q("ít nhất 3 hội nghị phản biện cấp thành phố", 3, "hội nghị phản biện cấp thành phố", "over"), Q("từ 80% trở lên", 80, "%", "over")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 218-QĐ/TW"),
 D("Kế hoạch", "18", "KH-MTTQ-BTT", "2016-01-15", None, "Kế hoạch số 18/KH-MTTQ-BTT ngày 15/01/2016"),
 D("Chương trình phối hợp", "02", "CTrPH-MTTQ-HĐND", None, None, "Chương trình phối hợp số 02/CTrPH-MTTQ-HĐND"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị số 19-CT/TU")],
[prov("Cần Thơ"), com("Thới An Đông"), com("Trường Xuân"), com("An Khánh")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ", "Trang chủ :: Hoạt động :: Giám sát - Phản biện xã hội",
 "Đồng chí Võ Thị Ngọc Lan phát biểu chỉ đạo hội nghị.", "Luật MTTQ Việt Nam năm 2015"],
["24-06-2016 15:30", "6 tháng đầu năm 2016", "6 tháng cuối năm", "6 tháng qua"]))

PAGES.append(page("b4786-laocai-phanbien-2017", """
BÁO LÀO CAI - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH LÀO CAI
Hôm nay: Thứ Bảy, 02/12/2017
Chính trị › Mặt trận - Đoàn thể
30/11/2017 | 16:40
Sáp nhập thôn, tổ dân phố: lắng nghe ý kiến từ cơ sở
Ngày 29/11, Ủy ban MTTQ tỉnh Lào Cai tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh về chính sách hỗ trợ khi sáp nhập, kiện toàn thôn, tổ dân phố. Bà Lù Thị Dín, Phó Chủ tịch Thường trực - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh chủ trì.
Dự hội nghị có các đồng chí Lý Seo Chảo, Hoàng Thị Nhung, Vàng A Páo - Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh; ông Đỗ Quang Vinh, Phó Giám đốc Sở Nội vụ, đại diện cơ quan soạn thảo; cùng 52 đại biểu là trưởng thôn, bí thư chi bộ, người có uy tín ở 9 huyện, thành phố.
Dự thảo cụ thể hóa Nghị quyết số 18-NQ/TW ngày 25/10/2017 của BCH Trung ương, Đề án 07, 08-ĐA/TU của Ban Thường vụ Tỉnh ủy và Thông tư số 04/2012/TT-BNV của Bộ Nội vụ. Theo tờ trình, toàn tỉnh dự kiến sáp nhập 398 thôn, tổ dân phố thành 186 thôn, tổ dân phố mới; người hoạt động không chuyên trách dôi dư được hỗ trợ một lần 1,5 triệu đồng cho mỗi năm công tác, tối đa 15 triệu đồng/người; mỗi thôn mới được hỗ trợ 50 triệu đồng để sửa chữa nhà văn hóa.
Phát biểu phản biện, ông Sùng Seo Vần, Chủ tịch Ủy ban MTTQ huyện Si Ma Cai, cho rằng ở vùng cao không thể chỉ dựa vào tiêu chí số hộ, vì có thôn sau sáp nhập dài tới 12 km đường núi. Ông Tẩn Phủ Tả, người có uy tín thôn Nậm Chỏn, xã Nậm Xé, đề nghị giữ tên thôn cũ của người Dao, người Mông "để con cháu còn nhớ nguồn". Bà Hoàng Thị Nhung cho rằng mức hỗ trợ cần tính cả thời gian làm trưởng ban công tác Mặt trận thôn.
Toàn cảnh hội nghị phản biện. Ảnh: Thu Hằng
Đại diện các luật gia, ông Phạm Hồng Sơn, Chủ tịch Hội Luật gia tỉnh, chỉ ra dự thảo chưa quy định thủ tục lấy ý kiến cử tri, trong khi việc sáp nhập phải có trên 50% số cử tri đại diện hộ gia đình đồng ý.
Tiếp thu ý kiến, ông Đỗ Quang Vinh cho biết Sở Nội vụ sẽ bổ sung tiêu chí đặc thù cho các thôn vùng cao biên giới, cân nhắc lùi thời điểm sáp nhập ở 26 thôn có địa bàn chia cắt, đồng thời đề nghị Mặt trận các cấp phối hợp tuyên truyền, vận động để nhân dân đồng thuận, tránh để kẻ xấu lợi dụng kích động.
Kết luận hội nghị, bà Lù Thị Dín đánh giá có 16 lượt ý kiến phát biểu, tâm huyết, sát thực tế. Ủy ban MTTQ tỉnh sẽ tổng hợp, ban hành văn bản phản biện với 8 kiến nghị gửi HĐND tỉnh trước kỳ họp thứ 5, HĐND tỉnh khóa XV.
Thu Hằng
Lượt xem: 1.388
Tin liên quan
- Bát Xát: hội nghị đại biểu người có uy tín (24/11/2017)
- Mặt trận Sa Pa giám sát việc hỗ trợ nhà ở (10/11/2017)
- Ngày hội Đại đoàn kết ở thôn Lùng Khấu Nhin (08/11/2017)
""", "2017-11-30", "Sáp nhập thôn, tổ dân phố: lắng nghe ý kiến từ cơ sở",
E("hoi_nghi", None, "2017-11-29"),
[P("Lù Thị Dín", "Phó Chủ tịch Thường trực - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Lý Seo Chảo", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Hoàng Thị Nhung", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Vàng A Páo", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Đỗ Quang Vinh", "Phó Giám đốc Sở Nội vụ"),
 P("Sùng Seo Vần", "Chủ tịch Ủy ban MTTQ huyện Si Ma Cai"),
 P("Tẩn Phủ Tả", "người có uy tín thôn Nậm Chỏn"),
 P("Phạm Hồng Sơn", "Chủ tịch Hội Luật gia tỉnh")],
[Q("52 đại biểu", 52, "đại biểu"), Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("398 thôn, tổ dân phố", 398, "thôn, tổ dân phố"),
 Q("186 thôn, tổ dân phố mới", 186, "thôn, tổ dân phố mới"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("tối đa 15 triệu đồng", 15000000, "đồng"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("12 km", 12, "km"), Q("26 thôn", 26, "thôn"), Q("trên 50%", 50, "%", "over"),
 Q("16 lượt ý kiến phát biểu", 16, "lượt ý kiến phát biểu"), Q("8 kiến nghị", 8, "kiến nghị")],
[D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "BCH Trung ương", "Nghị quyết số 18-NQ/TW ngày 25/10/2017"),
 D("Đề án", "07", "ĐA/TU", None, "Ban Thường vụ Tỉnh ủy", "Đề án 07, 08-ĐA/TU"),
 D("Đề án", "08", "ĐA/TU", None, "Ban Thường vụ Tỉnh ủy", "Đề án 07, 08-ĐA/TU"),
 D("Thông tư", "04", "2012/TT-BNV", None, "Bộ Nội vụ", "Thông tư số 04/2012/TT-BNV")],
[prov("Lào Cai"), com("Nậm Xé")],
["BÁO LÀO CAI - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH LÀO CAI", "Hôm nay: Thứ Bảy, 02/12/2017",
 "Chính trị › Mặt trận - Đoàn thể", "Toàn cảnh hội nghị phản biện. Ảnh: Thu Hằng", "Lượt xem: 1.388"],
["Hôm nay: Thứ Bảy, 02/12/2017", "30/11/2017 | 16:40", "kỳ họp thứ 5", "khóa XV", "một lần", "Lượt xem: 1.388"]))
