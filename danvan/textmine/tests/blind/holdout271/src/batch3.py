from lib import *
PAGES = []

PAGES.append(page("b6473-kontum-hdnd-giamsat-2021", """
Báo Kon Tum điện tử
Thời sự › Chính trị › Hoạt động HĐND
19/11/2021 - 14:32
Đoàn giám sát làm việc tại công trình nước sinh hoạt tập trung thôn Vi Rin.
Ban Dân tộc HĐND tỉnh giám sát việc hỗ trợ nước sinh hoạt cho đồng bào DTTS
Báo Kon Tum - Từ ngày 15 đến 17/11, Ban Dân tộc HĐND tỉnh do đồng chí A Pớt, Trưởng Ban Dân tộc HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ nước sinh hoạt phân tán và đầu tư công trình nước sinh hoạt tập trung cho đồng bào dân tộc thiểu số tại các huyện Kon Plông, Tu Mơ Rông. Đây là một trong 3 cuộc giám sát chuyên đề năm 2021 của Ban.
Theo báo cáo, giai đoạn 2017 - 2020, thực hiện Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ, toàn tỉnh đã hỗ trợ nước sinh hoạt phân tán cho 4.326 hộ, mỗi hộ 1,5 triệu đồng để mua bồn chứa, đào giếng hoặc dẫn nước; đầu tư 38 công trình nước sinh hoạt tập trung với tổng kinh phí hơn 46 tỷ đồng. Tuy nhiên, qua khảo sát thực tế, có 14 công trình hoạt động không hiệu quả, 5 công trình hư hỏng hoàn toàn do đập đầu mối bị lũ cuốn, nguồn nước suy giảm vào mùa khô.
Tại xã Đăk Nên, ông A Đào, Chủ tịch UBND xã cho biết công trình thôn Vi Rin xây dựng năm 2018 nhưng chỉ chảy được khoảng 6 tháng; hiện 72 hộ phải gánh nước từ suối cách nhà gần 1 km. Bà Y Liên, người có uy tín thôn Tu Thó, xã Măng Bút phản ánh tổ quản lý công trình ở thôn không có kinh phí, người dân chưa quen việc góp tiền sửa chữa.
Làm việc với đoàn, ông Nguyễn Đình Phương, Phó Chủ tịch UBND huyện Kon Plông thừa nhận khâu khảo sát nguồn nước, giám sát thi công có lúc chưa chặt; huyện đã đề xuất đưa 9 công trình vào danh mục sửa chữa từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ.
Kết thúc đợt giám sát, đồng chí A Pớt đề nghị UBND tỉnh chỉ đạo rà soát toàn bộ công trình, xác định rõ trách nhiệm của chủ đầu tư với các công trình hư hỏng sau thời gian ngắn sử dụng; giao công trình cho cộng đồng quản lý phải kèm theo tập huấn và cơ chế thu phí phù hợp. Các đồng chí Phó Trưởng Ban Dân tộc HĐND tỉnh: Y Mửi, Đinh Văn Tuấn đề nghị gắn việc hỗ trợ với vận động người dân thay đổi thói quen dùng nước, giữ vệ sinh nguồn nước.
Đoàn giám sát thực hiện theo Nghị quyết số 18/NQ-HĐND ngày 8/7/2021 của HĐND tỉnh về chương trình giám sát năm 2021 và Kế hoạch số 32/KH-BDT của Ban Dân tộc HĐND tỉnh. Kết quả giám sát sẽ được báo cáo tại kỳ họp cuối năm 2021 của HĐND tỉnh Kon Tum.
Kim Loan
Tin liên quan
- Thường trực HĐND tỉnh giám sát công tác giảm nghèo tại Ia H'Drai (10/11/2021)
- Kon Plông: hơn 600 hộ được hỗ trợ bồn chứa nước (22/10/2021)
- Tu Mơ Rông sửa chữa 6 công trình nước sinh hoạt (05/10/2021)
""", "2021-11-19", "Ban Dân tộc HĐND tỉnh giám sát việc hỗ trợ nước sinh hoạt cho đồng bào DTTS",
E("giam_sat", "2021", "2021-11-15"),
[P("A Pớt", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("A Đào", "Chủ tịch UBND xã"),
 P("Y Liên", "người có uy tín thôn Tu Thó"),
 P("Nguyễn Đình Phương", "Phó Chủ tịch UBND huyện Kon Plông"),
 P("Y Mửi", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Đinh Văn Tuấn", "Phó Trưởng Ban Dân tộc HĐND tỉnh")],
[Q("3 cuộc giám sát chuyên đề", 3, "cuộc giám sát chuyên đề"), Q("4.326 hộ", 4326, "hộ"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("38 công trình nước sinh hoạt tập trung", 38, "công trình nước sinh hoạt tập trung"),
 Q("hơn 46 tỷ đồng", 46000000000, "đồng", "over"), Q("14 công trình", 14, "công trình"), Q("5 công trình", 5, "công trình"),
 Q("72 hộ", 72, "hộ"), Q("gần 1 km", 1, "km", "approx"), Q("9 công trình", 9, "công trình")],
[D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg ngày 31/10/2016"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Nghị quyết", "18", "NQ-HĐND", "2021-07-08", "HĐND tỉnh", "Nghị quyết số 18/NQ-HĐND ngày 8/7/2021"),
 D("Kế hoạch", "32", "KH-BDT", None, "Ban Dân tộc HĐND tỉnh", "Kế hoạch số 32/KH-BDT")],
[prov("Kon Tum"), com("Đăk Nên"), com("Măng Bút")],
["Báo Kon Tum điện tử", "Thời sự › Chính trị › Hoạt động HĐND",
 "Đoàn giám sát làm việc tại công trình nước sinh hoạt tập trung thôn Vi Rin.", "Báo Kon Tum -",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["19/11/2021 - 14:32", "năm 2021", "2017 - 2020", "năm 2018", "khoảng 6 tháng", "cuối năm 2021"]))

PAGES.append(page("b6474-haugiang-mttq-hoinghi-2021", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HẬU GIANG
Trang chủ :: Tin tức - Sự kiện :: Giám sát, phản biện xã hội
Thứ Năm, 23/09/2021 | 08:00
Ảnh: Các đại biểu dự hội nghị theo hình thức trực tuyến.
Phản biện dự thảo nghị quyết hỗ trợ hộ nghèo đấu nối nước sạch
Sáng 21/9, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hậu Giang tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh quy định mức hỗ trợ chi phí đấu nối nước sạch cho hộ nghèo, hộ cận nghèo khu vực nông thôn giai đoạn 2022 - 2025. Đây là hội nghị phản biện thứ 2 của Mặt trận tỉnh năm 2021, được tổ chức trực tuyến tại 8 điểm cầu huyện, thị xã, thành phố do dịch Covid-19.
Ông Lê Văn Tám, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Theo Tờ trình của Sở Nông nghiệp và Phát triển nông thôn, dự thảo đề xuất hỗ trợ 100% chi phí đấu nối, tối đa 3 triệu đồng/hộ cho hộ nghèo và 70% cho hộ cận nghèo; dự kiến có khoảng 5.800 hộ thụ hưởng, tổng kinh phí gần 15 tỷ đồng từ ngân sách tỉnh.
Góp ý tại hội nghị, bà Trương Thị Ánh Nguyệt, Phó Chủ tịch Hội LHPN tỉnh đề nghị mở rộng đối tượng cho hộ có người khuyết tật, hộ nữ chủ hộ đơn thân. Luật sư Huỳnh Quốc Bảo, Phó Chủ nhiệm Đoàn Luật sư tỉnh cho rằng dự thảo cần quy định rõ thời hạn giải ngân, tránh tình trạng người dân phải ứng tiền trước. Ông Danh Sà Rinh, người có uy tín ấp 6, xã Vĩnh Viễn A, phản ánh nhiều hộ Khmer ở xa tuyến ống chính, chi phí kéo ống nhánh vượt mức hỗ trợ.
Ông Nguyễn Văn Hòa, Giám đốc Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh tiếp thu, cho biết hiện tỷ lệ hộ dân nông thôn sử dụng nước sạch theo quy chuẩn đạt 62,4%; mục tiêu đến năm 2025 đạt trên 75% theo Nghị quyết Đại hội Đảng bộ tỉnh.
Kết luận hội nghị, ông Lê Văn Tám nhấn mạnh, việc phản biện được thực hiện theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN của Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam. Ban Thường trực sẽ tổng hợp 17 ý kiến phản biện, gửi văn bản đến HĐND và UBND tỉnh trước kỳ họp cuối năm.
Trước đó, thực hiện Kế hoạch số 41/KH-MTTQ-BTT, Mặt trận tỉnh đã khảo sát tại 6 xã, lấy ý kiến của 320 hộ dân về nhu cầu sử dụng nước sạch. Phần lớn hộ được hỏi cho biết sẵn sàng đấu nối nếu được hỗ trợ chi phí ban đầu và giá nước ổn định.
Thanh Trúc
Tin khác
- Mặt trận các cấp hỗ trợ người dân gặp khó khăn do dịch Covid-19 (15/09/2021)
- Hội nghị phản biện dự thảo quy hoạch tỉnh (20/08/2021)
- Vị Thủy: trao 50 đồng hồ nước cho hộ nghèo (06/08/2021)
""", "2021-09-23", "Phản biện dự thảo nghị quyết hỗ trợ hộ nghèo đấu nối nước sạch",
E("hoi_nghi", "2021", "2021-09-21"),
[P("Lê Văn Tám", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Thị Ánh Nguyệt", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Huỳnh Quốc Bảo", "Luật sư", "Phó Chủ nhiệm Đoàn Luật sư tỉnh"),
 P("Danh Sà Rinh", "người có uy tín ấp 6"),
 P("Nguyễn Văn Hòa", "Giám đốc Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh")],
[Q("8 điểm cầu huyện, thị xã, thành phố", 8, "điểm cầu huyện, thị xã, thành phố"), Q("100%", 100, "%"),
 Q("tối đa 3 triệu đồng/hộ", 3000000, "đồng"), Q("70%", 70, "%"), Q("khoảng 5.800 hộ", 5800, "hộ", "approx"),
 Q("gần 15 tỷ đồng", 15000000000, "đồng", "approx"), Q("62,4%", 62.4, "%"), Q("trên 75%", 75, "%", "over"),
 Q("17 ý kiến phản biện", 17, "ý kiến phản biện"), Q("6 xã", 6, "xã"), Q("320 hộ dân", 320, "hộ dân")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None,
   "Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Kế hoạch", "41", "KH-MTTQ-BTT", None, None, "Kế hoạch số 41/KH-MTTQ-BTT")],
[prov("Hậu Giang"), com("Vĩnh Viễn A")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HẬU GIANG", "Trang chủ :: Tin tức - Sự kiện :: Giám sát, phản biện xã hội",
 "Ảnh: Các đại biểu dự hội nghị theo hình thức trực tuyến.", "Covid-19", "Nghị quyết Đại hội Đảng bộ tỉnh", "Tờ trình"],
["Thứ Năm, 23/09/2021 | 08:00", "2022 - 2025", "thứ 2", "năm 2021", "năm 2025", "Covid-19"]))

PAGES.append(page("b6475-gialai-bdv-taphuan-2022", """
Báo Gia Lai điện tử
Chính trị > Dân vận
Cập nhật ngày 15/06/2022 - 09:30
Tập huấn cho người có uy tín về vận động nước sạch, vệ sinh
Người có uy tín thực hành kiểm tra nước giếng tại lớp tập huấn.
(GLO)- Trong 2 ngày (13 và 14-6), Ban Dân vận Tỉnh ủy phối hợp với Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh tổ chức lớp tập huấn kỹ năng vận động nhân dân sử dụng nước sạch, xây dựng nhà tiêu hợp vệ sinh năm 2022 cho 120 người có uy tín, trưởng thôn, làng của các huyện Chư Păh, Ia Grai, Đak Đoa.
Dự khai mạc có đồng chí Rơ Châm Hlin, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; bà Nguyễn Thị Thu Hà, Phó Giám đốc Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh.
Theo số liệu của Trung tâm, đến cuối năm 2021, tỷ lệ người dân nông thôn Gia Lai sử dụng nước hợp vệ sinh đạt khoảng 93%, nhưng tỷ lệ dùng nước sạch đạt quy chuẩn chỉ khoảng 28%; tỷ lệ hộ đồng bào Jrai, Bahnar có nhà tiêu hợp vệ sinh mới đạt 46,7%. Mục tiêu theo Quyết định số 1978/QĐ-TTg ngày 24/11/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia cấp nước sạch và vệ sinh nông thôn đến năm 2030, tầm nhìn đến năm 2045 là 65% người dân nông thôn được dùng nước sạch đạt chuẩn vào năm 2025.
Các học viên được giới thiệu về cách xử lý nước giếng bằng phèn, cloramin B; cách làm nhà tiêu tự hoại, hai ngăn; kỹ năng nói chuyện với bà con trong nhà rông, trong buổi sinh hoạt làng. Ông Siu Blơh, già làng Plei Bông, xã Ia Ka, chia sẻ: "Mình phải làm trước, nhà mình sạch thì bà con mới nghe". Làng của ông đã có 81/96 hộ có nhà tiêu sau 3 năm vận động.
Bà Kpă H'Thuyên, Bí thư Chi bộ kiêm Trưởng làng Kép 2, xã Ia Tô, đề nghị Nhà nước hỗ trợ bồn chứa cho hộ nghèo vì mùa khô nhiều giếng cạn nước.
Phát biểu bế mạc, đồng chí Rơ Châm Hlin đề nghị các học viên về làng tuyên truyền lại nội dung tập huấn, đưa việc giữ vệ sinh nguồn nước vào quy ước của làng, gắn với thực hiện Kế hoạch số 58-KH/BDVTU ngày 10/3/2022 của Ban Dân vận Tỉnh ủy về phát huy vai trò người có uy tín trong vùng đồng bào dân tộc thiểu số. Dự án 1 của Chương trình theo Quyết định số 1719/QĐ-TTg năm 2022 dành cho Gia Lai khoảng 31 tỷ đồng hỗ trợ nước sinh hoạt phân tán; mỗi hộ được hỗ trợ 3 triệu đồng.
Trong thời gian tập huấn, học viên đã đi thực tế tại làng Plei Bông để xem mô hình tổ tự quản công trình cấp nước và cách bà con thu gom rác quanh giếng chung.
Kết thúc lớp học, mỗi học viên được cấp 1 bộ tài liệu song ngữ và 2 hộp viên khử khuẩn nước.
Ngọc Sang
Tin liên quan
- Ia Grai: người có uy tín giúp dân xây nhà tiêu (07/06/2022)
- Hội nghị người có uy tín tỉnh Gia Lai năm 2022 (25/05/2022)
- Đak Đoa sửa chữa 4 công trình cấp nước tự chảy (12/05/2022)
""", "2022-06-15", "Tập huấn cho người có uy tín về vận động nước sạch, vệ sinh",
E("tap_huan", "2022", "2022-06-13"),
[P("Rơ Châm Hlin", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Hà", "Phó Giám đốc Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh"),
 P("Siu Blơh", "già làng Plei Bông"),
 P("Kpă H'Thuyên", "Bí thư Chi bộ kiêm Trưởng làng Kép 2")],
[Q("120 người có uy tín, trưởng thôn, làng", 120, "người có uy tín, trưởng thôn, làng"), Q("khoảng 93%", 93, "%", "approx"),
 Q("khoảng 28%", 28, "%", "approx"), Q("46,7%", 46.7, "%"), Q("65%", 65, "%"), Q("81/96 hộ", 81, "hộ"),
 Q("khoảng 31 tỷ đồng", 31000000000, "đồng", "approx"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("2 hộp viên khử khuẩn nước", 2, "hộp viên khử khuẩn nước")],
[D("Quyết định", "1978", "QĐ-TTg", "2021-11-24", "Thủ tướng Chính phủ", "Quyết định số 1978/QĐ-TTg ngày 24/11/2021"),
 D("Kế hoạch", "58", "KH/BDVTU", "2022-03-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 58-KH/BDVTU ngày 10/3/2022"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg")],
[prov("Gia Lai"), com("Ia Ka"), com("Ia Tô")],
["Báo Gia Lai điện tử", "Chính trị > Dân vận", "Người có uy tín thực hành kiểm tra nước giếng tại lớp tập huấn.", "(GLO)-",
 "Dự án 1"],
["Cập nhật ngày 15/06/2022 - 09:30", "hai ngăn", "2 ngày", "năm 2022", "cuối năm 2021", "năm 2030", "năm 2045", "năm 2025",
 "sau 3 năm", "Dự án 1", "1 bộ tài liệu"]))

PAGES.append(page("b6476-thaibinh-bdv-tongket-2022", """
BÁO THÁI BÌNH
Trang chủ / Xã hội / Đời sống
29 Tháng 12, 2022 | 15:47
Vận động nhân dân sử dụng nước sạch: tỷ lệ hộ đấu nối đạt 93,6%
Năm 2022, khối dân vận các cấp trong tỉnh Thái Bình đã vận động được 38.450 hộ đấu nối, sử dụng nước sạch tập trung, đưa tỷ lệ hộ dân nông thôn dùng nước sạch toàn tỉnh đạt 93,6%. Kết quả được nêu tại hội nghị tổng kết công tác vận động nhân dân sử dụng nước sạch năm 2022 do Ban Dân vận Tỉnh ủy phối hợp với Sở Xây dựng tổ chức chiều 27/12.
Đồng chí Phạm Thị Thanh Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy phát biểu tại hội nghị.
Thực hiện Kết luận 35, 36-KL/TU của Ban Thường vụ Tỉnh ủy về đẩy mạnh cấp nước sạch nông thôn và về nâng cao chất lượng dịch vụ của các đơn vị cấp nước, các cấp ủy đã chỉ đạo Mặt trận, đoàn thể đến từng hộ tuyên truyền. Toàn tỉnh tổ chức hơn 2.700 buổi họp thôn, tổ dân phố; 286 xã, thị trấn thành lập tổ vận động đấu nối nước sạch. Nhiều địa phương như các xã Thụy Hải, Đông Minh đạt tỷ lệ 100% hộ sử dụng nước sạch.
Một số doanh nghiệp cấp nước đã giảm 50% phí đấu nối cho hộ nghèo; tổng số tiền miễn, giảm khoảng 4,2 tỷ đồng. Việc giám sát chất lượng nước được công khai định kỳ, giúp người dân yên tâm hơn sau những băn khoăn về nước có mùi clo, màu đục.
Tuy vậy, vẫn còn khoảng 26.000 hộ chưa đấu nối, tập trung ở các huyện Quỳnh Phụ, Hưng Hà; một số nhà máy nước công suất nhỏ, đường ống cũ. Ông Vũ Văn Tuyến, Bí thư Đảng ủy xã Minh Tân cho rằng cần kiên quyết yêu cầu đơn vị cấp nước chưa bảo đảm chất lượng phải khắc phục trước khi vận động dân. Bà Đỗ Thị Huệ, Trưởng Ban Công tác Mặt trận thôn Nam Hải, xã Nam Thịnh kể chuyện thôn đã tổ chức cho người dân đến tận nhà máy xem quy trình xử lý nước.
Phát biểu kết luận, đồng chí Phạm Thị Thanh Thủy yêu cầu năm 2023 phấn đấu 97% hộ dân nông thôn sử dụng nước sạch theo Quyết định số 1978/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 201/KH-UBND ngày 30/12/2021 của UBND tỉnh; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Quang Vinh, Nguyễn Thị Hồng Nhung theo dõi, đôn đốc từng huyện.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 18 tập thể và 25 cá nhân tiêu biểu; ông Lại Văn Phúc, Giám đốc Sở Xây dựng, trao giấy khen của Sở cho 7 đơn vị cấp nước.
Theo báo cáo, trong năm các cơ quan dân vận, Mặt trận đã tiếp nhận và chuyển đơn vị cấp nước giải quyết 64 kiến nghị của nhân dân về áp lực nước yếu, hóa đơn tính sai; đến nay đã giải quyết xong 59 kiến nghị.
Nguyễn Hằng
Tin cùng chuyên mục
- Kiến Xương: hơn 1.000 hộ đấu nối nước sạch trong tháng 11 (30/11/2022)
- Kiểm tra chất lượng nước tại các nhà máy nước nông thôn (18/11/2022)
- Vũ Thư: đối thoại với nhân dân về giá nước (04/11/2022)
""", "2022-12-29", "Vận động nhân dân sử dụng nước sạch: tỷ lệ hộ đấu nối đạt 93,6%",
E("tong_ket", "2022", "2022-12-27"),
[P("Phạm Thị Thanh Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Văn Tuyến", "Bí thư Đảng ủy xã Minh Tân"),
 P("Đỗ Thị Huệ", "Trưởng Ban Công tác Mặt trận thôn Nam Hải"),
 P("Trần Quang Vinh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hồng Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lại Văn Phúc", "Giám đốc Sở Xây dựng")],
[Q("93,6%", 93.6, "%"), Q("38.450 hộ", 38450, "hộ"), Q("hơn 2.700 buổi họp thôn, tổ dân phố", 2700, "buổi họp thôn, tổ dân phố", "over"),
 Q("286 xã, thị trấn", 286, "xã, thị trấn"), Q("100% hộ", 100, "%"), Q("50%", 50, "%"),
 Q("khoảng 4,2 tỷ đồng", 4200000000, "đồng", "approx"), Q("khoảng 26.000 hộ", 26000, "hộ", "approx"), Q("97%", 97, "%"),
 Q("64 kiến nghị", 64, "kiến nghị"), Q("59 kiến nghị", 59, "kiến nghị"),
 Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân tiêu biểu", 25, "cá nhân tiêu biểu"), Q("7 đơn vị cấp nước", 7, "đơn vị cấp nước")],
[D("Kết luận", "35", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 35, 36-KL/TU"),
 D("Kết luận", "36", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 35, 36-KL/TU"),
 D("Quyết định", "1978", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1978/QĐ-TTg"),
 D("Kế hoạch", "201", "KH-UBND", "2021-12-30", "UBND tỉnh", "Kế hoạch số 201/KH-UBND ngày 30/12/2021")],
[prov("Thái Bình"), com("Thụy Hải"), com("Đông Minh"), com("Minh Tân"), com("Nam Thịnh")],
["BÁO THÁI BÌNH", "Trang chủ / Xã hội / Đời sống",
 "Đồng chí Phạm Thị Thanh Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy phát biểu tại hội nghị."],
["29 Tháng 12, 2022 | 15:47", "Năm 2022", "năm 2022", "năm 2023", "tháng 11"]))

PAGES.append(page("b6477-bacgiang-mttq-soket-2023", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Bắc Giang
Bạn đang xem: Tin tức > Cuộc vận động
2023-07-14 15:20
Ảnh: Quang cảnh hội nghị sơ kết.
Bắc Giang: Gần 9.000 hộ được vận động làm nhà tiêu, đấu nối nước sạch trong 6 tháng
Ngày 12/7/2023, Ban Chỉ đạo Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2023, trong đó tập trung đánh giá nội dung vận động nhân dân sử dụng nước sạch, xây dựng nhà tiêu hợp vệ sinh. Bà Hoàng Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng Ban Chỉ đạo chủ trì.
Báo cáo tại hội nghị cho biết, 6 tháng qua Mặt trận và các tổ chức thành viên đã vận động 5.132 hộ đấu nối nước sạch và 3.786 hộ xây mới, cải tạo nhà tiêu hợp vệ sinh, tổng cộng gần 9.000 hộ. Nhân dân đóng góp trên 12,5 tỷ đồng, hiến hơn 4.300 m2 đất để làm đường ống, bể chứa. Các huyện miền núi Lục Ngạn, Sơn Động, Lục Nam đã hỗ trợ 418 hộ nghèo, hộ cận nghèo với mức 2 - 3 triệu đồng/hộ từ Quỹ "Vì người nghèo".
Tỷ lệ dân số nông thôn được sử dụng nước sạch đạt quy chuẩn hiện là 71,2%, tăng 4,5% so với cuối năm 2022; tỷ lệ hộ có nhà tiêu hợp vệ sinh đạt 89%.
Tại hội nghị, ông Lý Văn Thắng, Trưởng Ban Công tác Mặt trận thôn Đồng Mậm, xã Tân Sơn, người dân tộc Nùng, chia sẻ: thôn tổ chức họp từng nhóm hộ, mời người đã dùng nước sạch nói cho hàng xóm nghe, nên chỉ trong 2 tháng có 64 hộ đăng ký đấu nối. Bà Trần Thị Mến, Chủ tịch Ủy ban MTTQ xã Phong Vân đề nghị đơn vị cấp nước giãn tiến độ thu tiền lắp đặt cho các hộ khó khăn.
Các ông, bà Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Văn Đông, Dương Thị Lan, Phó Trưởng Ban Chỉ đạo, đã trao đổi thêm về việc phối hợp với Sở Nông nghiệp và Phát triển nông thôn giám sát chất lượng nước tại các nhà máy nước nông thôn.
Kết luận hội nghị, bà Hoàng Thị Hạnh yêu cầu 6 tháng cuối năm, các cấp Mặt trận tiếp tục thực hiện Quyết định số 263/QĐ-TTg ngày 22/2/2022 của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025, Nghị quyết số 147-NQ/TU ngày 15/7/2021 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 07/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh; phấn đấu đến hết năm 2023 có thêm 6.000 hộ đấu nối nước sạch.
Dịp này, Ban Chỉ đạo biểu dương 12 tập thể, 20 cá nhân tiêu biểu trong vận động nhân dân làm nhà tiêu, đấu nối nước sạch.
Ngọc Thúy
Tin khác
- Mặt trận Yên Thế giám sát công trình cấp nước sạch (05/07/2023)
- Sơn Động: ra mắt mô hình "Khu dân cư xanh, sạch, đẹp" (28/06/2023)
- Hội nghị phản biện dự thảo nghị quyết về hỗ trợ xây dựng nông thôn mới (14/06/2023)
""", "2023-07-14", "Bắc Giang: Gần 9.000 hộ được vận động làm nhà tiêu, đấu nối nước sạch trong 6 tháng",
E("so_ket", "2023-H1", "2023-07-12"),
[P("Hoàng Thị Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Lý Văn Thắng", "Trưởng Ban Công tác Mặt trận thôn Đồng Mậm"),
 P("Trần Thị Mến", "Chủ tịch Ủy ban MTTQ xã Phong Vân"),
 P("Nguyễn Văn Đông", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Phó Trưởng Ban Chỉ đạo"),
 P("Dương Thị Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Phó Trưởng Ban Chỉ đạo")],
[Q("Gần 9.000 hộ", 9000, "hộ", "approx"), Q("5.132 hộ", 5132, "hộ"), Q("3.786 hộ", 3786, "hộ"),
 Q("trên 12,5 tỷ đồng", 12500000000, "đồng", "over"), Q("hơn 4.300 m2", 4300, "m2", "over"),
 Q("418 hộ nghèo, hộ cận nghèo", 418, "hộ nghèo, hộ cận nghèo"), Q("2 - 3 triệu đồng/hộ", 2000000, "đồng"),
 Q("71,2%", 71.2, "%"), Q("4,5%", 4.5, "%"), Q("89%", 89, "%"), Q("64 hộ", 64, "hộ"), Q("6.000 hộ", 6000, "hộ"),
 Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân tiêu biểu", 20, "cá nhân tiêu biểu")],
[D("Quyết định", "263", "QĐ-TTg", "2022-02-22", "Thủ tướng Chính phủ", "Quyết định số 263/QĐ-TTg ngày 22/2/2022"),
 D("Nghị quyết", "147", "NQ/TU", "2021-07-15", "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 147-NQ/TU ngày 15/7/2021"),
 D("Kế hoạch", "07", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 07/KH-MTTQ-BTT")],
[prov("Bắc Giang"), com("Tân Sơn"), com("Phong Vân")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Bắc Giang", "Bạn đang xem: Tin tức > Cuộc vận động",
 "Ảnh: Quang cảnh hội nghị sơ kết.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo",
 "Khu dân cư xanh, sạch, đẹp",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025"],
["2023-07-14 15:20", "6 tháng đầu năm 2023", "6 tháng qua", "cuối năm 2022", "2 tháng", "6 tháng cuối năm", "2021 - 2025",
 "năm 2023"]))

PAGES.append(page("b6478-camau-baocm-khac-2023", """
BÁO CÀ MAU
Xã hội | Môi trường | Nước sạch nông thôn
25/8/2023 07:00 GMT+7
Ông Út Em bên bồn nước của gia đình. Ảnh: Hoàng Vũ
Xóm biển Khai Long chờ nước máy
Ở ấp Khai Long, xã Đất Mũi, huyện Ngọc Hiển, người dân vẫn quen trữ nước mưa trong lu, trong bồn suốt 6 tháng mùa khô. Dù tỷ lệ hộ dùng nước hợp vệ sinh của tỉnh Cà Mau đã đạt trên 98%, nhưng phần lớn là nước giếng khoan, nước mưa; nước máy đạt quy chuẩn mới đến được khoảng 35% hộ nông thôn.
Ông Nguyễn Văn Út Em, Trưởng ấp Khai Long, cho biết cả ấp có 412 hộ nhưng chỉ khoảng 90 hộ ở gần trung tâm xã có nước máy. "Bà con góp tiền mua bồn nhựa, mỗi bồn 2.000 lít giá 3,5 triệu đồng. Nhà nghèo thì xài lu, mùa khô phải đi mua nước chở ghe với giá 150.000 đồng/m3", ông nói.
Theo bà Đỗ Thị Kim Chi, Phó Giám đốc Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh, địa hình sông rạch chằng chịt, dân cư thưa khiến suất đầu tư đường ống rất cao, có nơi trên 25 triệu đồng để kéo nước tới một hộ. Đến nay toàn tỉnh có 172 công trình cấp nước tập trung nông thôn, nhưng 41 công trình công suất nhỏ, bình quân khoảng 300 m3/ngày, hoạt động cầm chừng. Việc khai thác nước ngầm quá mức cũng làm mực nước ở nhiều giếng sụt giảm 0,5 - 0,7 m mỗi năm.
Năm 2023, tỉnh ưu tiên kéo dài mạng ống ở các xã ven biển theo Quyết định số 1978/QĐ-TTg của Thủ tướng Chính phủ; đồng thời vận động người dân dùng tiết kiệm nước ngầm, trữ nước mưa đúng cách.
Ở nhiều hộ, nước mưa được hứng từ mái tôn, qua máng xối rồi chảy thẳng vào lu mà không lọc. Cán bộ y tế xã khuyến cáo bà con bỏ những cơn mưa đầu mùa, đun sôi nước trước khi uống và thường xuyên kiểm tra lu, bồn chứa. Trạm Y tế xã cho biết số ca tiêu chảy ở trẻ nhỏ trong mùa khô vẫn cao hơn các xã trong đất liền.
Bà Lê Thị Ngọc Diễm, Chủ tịch Hội LHPN xã Đất Mũi, cho biết chi hội phụ nữ các ấp đã hướng dẫn chị em súc rửa lu, bồn định kỳ, che đậy kín để tránh lăng quăng. Năm qua, hội đã trao 26 bồn chứa nước cho hội viên nghèo từ nguồn vận động của các mạnh thường quân.
Ông Tạ Văn Hải, Phó Chủ tịch UBND xã Đất Mũi, nói xã đã kiến nghị đầu tư tuyến ống dài khoảng 7 km từ trung tâm xã đến ấp Khai Long với kinh phí dự kiến 9 tỷ đồng. "Có nước máy thì bà con làm du lịch homestay cũng thuận lợi hơn", ông nói.
Chiều xuống, những chiếc ghe chở nước ngọt vẫn lặng lẽ cập bến. Mỗi chuyến ghe chở chừng 6 m3, đủ cho vài hộ dùng trong một tuần. Với người dân xóm biển, giấc mơ về vòi nước máy trong nhà vẫn còn đó.
HOÀNG VŨ
Bài viết liên quan
- Năm Căn: hỗ trợ 200 bồn chứa nước cho hộ nghèo (10/08/2023)
- Cà Mau kêu gọi đầu tư nhà máy nước mặt (21/07/2023)
- Hạn chế khai thác nước ngầm quá mức (02/06/2023)
""", "2023-08-25", "Xóm biển Khai Long chờ nước máy",
E("khac", None, None),
[P("Nguyễn Văn Út Em", "Trưởng ấp Khai Long"),
 P("Đỗ Thị Kim Chi", "Phó Giám đốc Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh"),
 P("Lê Thị Ngọc Diễm", "Chủ tịch Hội LHPN xã Đất Mũi"),
 P("Tạ Văn Hải", "Phó Chủ tịch UBND xã Đất Mũi")],
[Q("trên 98%", 98, "%", "over"), Q("khoảng 35%", 35, "%", "approx"), Q("412 hộ", 412, "hộ"), Q("khoảng 90 hộ", 90, "hộ", "approx"),
 Q("2.000 lít", 2000, "lít"), Q("3,5 triệu đồng", 3500000, "đồng"), Q("150.000 đồng/m3", 150000, "đồng"),
 Q("trên 25 triệu đồng", 25000000, "đồng", "over"), Q("172 công trình cấp nước tập trung nông thôn", 172, "công trình cấp nước tập trung nông thôn"),
 Q("41 công trình", 41, "công trình"), Q("khoảng 300 m3", 300, "m3", "approx"), Q("0,5 - 0,7 m", 0.5, "m"),
 Q("26 bồn chứa nước", 26, "bồn chứa nước"), Q("khoảng 7 km", 7, "km", "approx"), Q("9 tỷ đồng", 9000000000, "đồng"),
 Q("chừng 6 m3", 6, "m3", "approx")],
[D("Quyết định", "1978", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1978/QĐ-TTg")],
[prov("Cà Mau"), com("Đất Mũi")],
["BÁO CÀ MAU", "Xã hội | Môi trường | Nước sạch nông thôn", "Ông Út Em bên bồn nước của gia đình. Ảnh: Hoàng Vũ"],
["25/8/2023 07:00 GMT+7", "6 tháng mùa khô", "Năm 2023", "mỗi năm", "Năm qua", "một tuần", "một hộ"]))
